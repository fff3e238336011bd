# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next96/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 30 (built by helper c95): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts. Neither the parser nor the scorer was
run on this set by its builder: the lead scores it first.

    python tests/data/plans-next96/make_expected.py tests/data/plans-next96
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    article_in,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
R2BY = "CONVENTIONS.md units rule 2 (the agent of 由 with a verb of doing is a doer: responsible, lead [] / a single unit accepted as lead)"
R2SUBJ = "CONVENTIONS.md units rule 2 (the subject of 负责／实施／落实／组织实施 is a doer; several clauses: all their bodies in order)"
R2WITH = "CONVENTIONS.md units rule 2 (「（由）A会同B＋verb」: lead A, lead [] accepted; responsible A, B)"
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (选定, 召集, 进行, 提出, "
          "建立, 指派, 通知, 约谈 …) is not a unit")
PERSON = "CONVENTIONS.md round 30: a person is never a unit (专管员 / 巡查员 / 主任 / 法定代表人 are persons)"
R3 = "CONVENTIONS.md units rule 3 (a body that only receives, approves or guides is no unit)"
COST = "CONVENTIONS.md round 30: 「由A承担／支付」 with a cost as object names a payer, not a doer"
NOUN = "CONVENTIONS.md round 30: a body inside a noun's description (「由…平台接转的投诉」「…定期组织的会议」) is not a doer"
SPLIT = "CONVENTIONS.md round 30: names kept as printed — 「各镇、园区」 is two names, so 「各公司、村、居民区」 is three"
THR = "CONVENTIONS.md targets: quantities of the policy (ceilings, floors and thresholds with 以上／以下／不少于／不超过／最高, rates, amounts) are targets (round 25, round 30 by the comparison word)"
REL = "a time limit counted from an event (no date can be resolved): the deadline is not checked"
GEN = ("CONVENTIONS.md round 30 (articles of general provision — scope, the interpreting body, entry into force — are not tasks; "
       "a count that includes them is accepted)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x96_01_yuepu-2017-jianshe-gongcheng-anquan-wenming-shigong-shishi-banfa.txt"

plan(X01,
     title="月浦镇关于建设工程安全文明施工的实施办法（试行）",
     title_note="the title (the first line; no separate notice title)",
     doc_no="宝月府〔2017〕108号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区月浦镇人民政府",
     date="2017-10-31",
     level="town (Shanghai Baoshan, Yuepu town), site-safety supervision rules for the town's companies, villages and neighbourhoods",
     source=shanghai_source("工程建设管理", "月浦镇关于建设工程安全文明施工的实施办法（试行）.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=775763ea-c3c1-4e89-b1a3-d2290be11086&siteId=0078", 3253),
     style="a notice-as-rules to 「各基层单位、相关部门」; 一、–五、 with 1.… and （一）… (one 「2. 」 with a space); 一、组织机构 a childless "
           "section naming the town's supervision group; the doers are often persons (专管员, 巡查员) in 「由X负责」 sentences; weekly "
           "inspections, a monthly report form, 24小时内",
     leaf_tasks=24, count_alternatives=[25],
     leaf_tasks_by_section={"二、管理机制": 7, "三、专管员主要职能": 4, "四、监管内容和方式": 9, "五、工作机制": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、组织机构"],
     samples=[
        U(["二", "2"], ["建设单位（代建单位）"], targets=[(200, "万元")],
          note="「由建设单位（代建单位）负责…日常巡查、监督管理工作」 — " + R2BY + " (建设单位 a kind of body, as plans-next89 read it; the "
               "bracket kept as part of the name, as plans-dev 10 keeps 区公安分局（交管）); 「投资额在200万元以下（含200万）」 picks the "
               "projects (" + THR + "); " + NODATE),
        P(["二", "3"], targets=[(200, "万")],
          note="「由村专管员负责…」: " + PERSON + " — no unit; 「投资金额200万以下（含200万）」 (" + THR + "; printed 「200万」 with no unit: "
               "Round 56 rulings (turned: 万 is part of the number, the unit only the printed one, none supplied from the noun) and "
               "Round 58 rulings (governs: an answer with no unit is met only by a figure with no unit), 万元 → 万); " + NODATE),
        P(["二", "5"], note="「由各村专管员及镇市容办巡查员对项目…进行日常巡查」: " + PERSON + "; " + NODATE),
        P(["二", "6"], note="「各公司专管员负责…」: " + PERSON + "; " + NODATE),
        P(["三", "（一）"], note="「负责做好…日常巡查工作」 with no subject; the lead-in names 专管员 (" + PERSON + "); " + NODATE),
        U(["四", "（一）"], ["各公司", "村", "居民区"], targets=[(1, "次")],
          note="「各公司、村、居民区负责对管辖范围内在建工程的…开展日常管理工作」 — " + R2SUBJ + "; " + SPLIT + "; 「巡查，每周不少于一次」 a "
               "floor with 不少于 (" + THR + "); the monthly 检查月报表 sent to 镇建设工程监管组 is a duty; " + NODATE),
        P(["四", "（二）", "1"], skip_deadline=True, not_targets=[(24, "小时")],
          note="「专管员…立即上报」 (" + PERSON + "); 「镇建设工程监管组在接到报告后的24小时内，指派专人到现场核查」: " + CLOSED + "; 24小时内 "
               "counts from the report (" + REL + "), a time limit, not a target"),
        U(["四", "（二）", "2"], ["镇拆违办"],
          note="「立即报送镇拆违办，由其按照相应处理程序执行」 — " + R2BY + " (其 = 镇拆违办, the body named just before); " + NODATE),
        P(["四", "（三）", "2"], targets=[(1, "次")],
          note="「坚持每周不少于一次的跟踪督促检查」 (" + THR + "); no subject (the 专管员 of 三、); " + NODATE),
        P(["五", "（二）"], note="「参加镇建设工程监管组定期组织的工作会议」: " + NOUN + "; the meeting rhythm is a duty; " + NODATE),
        P(["五", "（三）", "2"],
          note="「镇建设工程监管组对各公司、村、居民区…进行年度考评」: " + CLOSED + "; 「…的，由镇纪检部门…作出相应处罚」 a case "
               "(CONVENTIONS.md rule 3); " + NODATE),
     ],
     plan_targets=[{"number": 1, "unit": "名"}, {"number": 2, "unit": "名"}],
     phases=[],
     duties=[{"what": "填写检查月报表（附件1），上报至镇建设工程监管组", "when": "每月（月报表）", "when_norm": "monthly"},
             {"what": "参加镇建设工程监管组定期组织的工作会议", "when": "定期", "when_norm": None}],
     notes=["counting: 一、组织机构 has no numbered children (a section; it names the supervision group 镇建设工程监管组 and asks each company, "
            "village and neighbourhood to name 1-2 专管员). 二、 1.–7. 7; 三、 （一）–（四） 4; 四、 （一） 1 + （二） 1.–4. 4 + （三） 1.–4. 4 = 9; "
            "五、 （一）（二） 2 + （三） 1. 2. 2 = 4 → **24**. Accepted: 25 (一、 as a leaf)",
            "samples: eleven of 24, from 二、 to 五、",
            "units: " + R2BY + "; " + R2SUBJ + "; " + PERSON + "; " + SPLIT + "; " + CLOSED,
            "not sampled for doubt: 二、1. (「由镇建设工程监管组配合区建设交通委（区安质监站）开展…」: the agent of 由 supports the body "
            "that leads), 三、（二）–（四） (no subject, the 专管员 of the lead-in)",
            "plan-level targets: 「设立1-2名建设工程专职（或兼职）管理人员」 in 一、 (the band's two edges)",
            "dates: none (the signature's 2017年10月31日); 24小时内 counts from a report; no phases",
            "duties: the monthly inspection report (检查月报表, 四、（一）) and the group's periodic meetings (五、（二）); weekly inspections "
            "and the yearly 考评 are rhythms of the work itself, not reports"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x96_02_wusong-2024-jianshe-gongcheng-xiangmu-guanli-shishi-zanxing-banfa.txt"
YZ = "业主（街道部门或下属单位）"

plan(X02,
     title="吴淞街道建设工程项目管理实施暂行办法（关于修订实施《吴淞街道建设工程项目管理实施暂行办法》的通知）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="宝吴街办〔2024〕5号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区人民政府吴淞街道办事处",
     date="2024-05-23 (index; the cover is signed 2024年5月20日)",
     level="street office (Shanghai Baoshan, Wusong street), rules for the street's own construction projects",
     source=shanghai_source("工程建设管理", "关于修订实施《吴淞街道建设工程项目管理实施暂行办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=23110e85-f3d7-458f-9191-2c6f59897afc&siteId=0078", 6593),
     style="一、–十一、 with （一）… and 1. / 1、 items; 三、职责分工 six unnumbered unit-colon paragraphs (「管理办：负责…」); bands by "
           "investment (5万元 / 20万元 / 100万元 / 400万元, 「(不含)」 in ASCII in two headings); 九、十、 childless sections with work; "
           "11 attachments listed, not stored",
     leaf_tasks=32, count_alternatives=[35, 36, 40],
     leaf_tasks_by_section={"二、组织机构": 2, "四、立项管理": 3, "五、工程管理": 6, "六、合同管理": 7, "七、施工管理": 7,
                            "八、结算管理": 4, "十一、附则": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围", "三、职责分工", "九、档案管理", "十、应急、抢修项目"],
     samples=[
        U(["二", "（二）"], ["管理办"],
          note="「领导小组会议由组长召集…」 (" + PERSON + "); 「由管理办形成会议纪要」 — " + R2BY + "; 「半数以上」 has no figure; " + NODATE),
        P(["四", "（二）"], targets=[(5, "万元")],
          note="「投资金额在5万元以下（不含）的建设项目」 (" + THR + "); 「业主…提出书面申请…报办事处主任审批」: " + CLOSED + " and a person "
               "approves (" + PERSON + "); " + NODATE),
        P(["五", "（二）"], targets=[(5, "万元"), (20, "万元")],
          note="band 「5万元以上(含)至20万元以下(不含)」 in the heading (" + THR + "); 「建管中心择优选定…；营商办择优选定…；管理办召集…」: "
               + CLOSED + "; " + NODATE),
        P(["五", "（四）", "2"], targets=[(400, "万元")],
          note="「投资金额在400万元（含）以上」 (" + THR + "); 「建管中心与选定的招标代理单位…采用公开招标方式进行采购」: " + CLOSED + "; "
               + NODATE),
        S(["五", "（五）"], ["营商办"], ["营商办", "建管中心"], lead_alternatives=[[]],
          note="「费用审核由营商办会同建管中心负责」 — " + R2WITH + "; " + NODATE),
        U(["六", "（二）"], ["建管中心"], skip_deadline=True, not_targets=[(10, "个工作日")],
          note="「自…送达之日起10个工作日内，由建管中心…拟制《工程施工合同（草案）》」 — " + R2BY + "; 10个工作日内 counts from the notice "
               "(" + REL + "), a time limit, not a target"),
        U(["六", "（三）"], ["建管中心"],
          note="「建管中心负责审核《工程施工合同（草案）》」 — " + R2SUBJ + "; 「由街道办事处主任签署批准」: " + PERSON + "; " + NODATE),
        U(["六", "（七）"], ["业主"],
          note="「由业主按照相关规定组织实施」 — " + R2BY + " (业主 = 街道部门或下属单位, a kind of body by 三、's definition); " + NODATE),
        S(["七", "（一）", "2"], [YZ], [YZ, "建管中心"], [(50, "万元")], lead_alternatives=[[]],
          note="「由业主（街道部门或下属单位）会同建管中心指定…专业人员负责…」 — " + R2WITH + " (the name kept as printed, bracket "
               "included); 「投资金额在50万元以下（不含）」 (" + THR + "); " + NODATE),
        P(["八", "（一）"], targets=[(80, "%")],
          note="「工程款的支付额不应超过合同价格的80%」 a ceiling with 超过 (" + THR + "); no doer; " + NODATE),
        P(["八", "（三）"], targets=[(95, "%"), (5, "%")], skip_deadline=True,
          note="「支付至工程审定价的95%。余款（工程审定价的5%）…」 amounts of the payment (" + THR + "); 「质量保证期…结束后30个工作日内付清」 "
               "(" + REL + "); no doer"),
        P(["十一", "（一）"], targets=[(2, "名")],
          note="「一般应有2名以上的工作人员参加」 (" + THR + "); 各级领导干部 persons (" + PERSON + "); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "党政办及时将主任办公会、党工委会涉及建设项目内容的会议纪要抄送至管理办", "when": "及时", "when_norm": None},
             {"what": "由建设单位督促施工单位在10个工作日内提交《工程结算书》报营商办", "when": "竣工验收达到合格标准后10个工作日内",
              "when_norm": None}],
     notes=["counting (every numbered leaf): 一、 (scope), 三、 (six unnumbered unit-colon paragraphs), 九、 and 十、 have no numbered children: "
            "sections. 二、 （一）（二） 2; 四、 （一）–（三） 3; 五、 （一）–（三） 3 + （四） 1、2、 2 + （五） 1 = 6; 六、 （一）–（七） 7; 七、 （一） 1. 2. 2 "
            "+ （二） 1 + （三） 1. 2. 2 + （四） 1. 2. 2 = 7; 八、 （一）–（四） 4; 十一、 （一）–（三） 3 → **32**. Accepted: 35 (三、九、十、 one "
            "leaf each: they give work to named offices), 36 (and 一、), 40 (三、's six paragraphs as six leaves, and 九、十、)",
            "samples: twelve of 32, from 二、 to 十一、 (三、 is a section, so its unit-colon paragraphs are not sampled)",
            "units: " + R2BY + "; " + R2SUBJ + "; " + R2WITH + "; " + PERSON + "; " + CLOSED,
            "not sampled for doubt: 二、（一） (a group the item sets up, 「负责…承发包」), 四、（三） (「业主…与管理办共同提请…」 without 由), "
            "七、（二） (「由具有相应资质的施工监理单位…实施监理」 and 「由领导小组会议集体讨论确定」: a meeting as an agent)",
            "dates: none with a calendar date (the cover's 2024年5月20日); 10个工作日内 / 30个工作日内 count from events; 每年年底 (十、) is "
            "a yearly step of the group in a section; no phases",
            "the same kind of document as plans-next89 x89_01 (港沿镇 small works): kept as the one street rule of its kind in this set"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x96_03_wusong-2024-jingyingxing-zichan-zulin-guanli-ruogan-yijian.txt"

plan(X03,
     title="关于进一步完善吴淞街道经营性资产租赁管理的若干意见（关于印发《关于进一步完善吴淞街道经营性资产租赁管理的若干意见》的通知）",
     title_note="the 意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="宝吴街办〔2024〕2号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区人民政府吴淞街道办事处",
     date="2024-04-18 (index; the cover is signed 2024年4月2日)",
     level="street office (Shanghai Baoshan, Wusong street), an opinion to the street's companies on leasing their property",
     source=shanghai_source("房屋与住房", "关于印发《关于进一步完善吴淞街道经营性资产租赁管理的若干意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=5c76a5a0-4a75-473c-a5bc-a4d6d1facdf1&siteId=0078", 2885),
     style="a cover to 「各下属公司」; 一、–六、 with 「（一）实行底价管理。…」 run-in headings; circled ①–⑤ inside 四、（四）; an 附件 of eight "
           "prohibited acts 1、–8、 after 「附件：」",
     leaf_tasks=11, count_alternatives=[13],
     leaf_tasks_by_section={"三、规范招租流程": 3, "四、严格决策审批": 4, "五、完善监管机制": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、适用范围"],
     samples=[
        U(["三", "（一）"], ["企业专业部门"],
          note="「由企业专业部门在…基础上…合理确定底价」 — " + R2BY + "; 「街道下属企业应建立…机制」: " + CLOSED + "; 「报街道审批」 ("
               + R3 + "); 「定期」 with no rhythm named; " + NODATE),
        P(["三", "（二）"], targets=[(5, "个工作日")],
          note="「公告期限不少于5个工作日」 a floor with 不少于 (" + THR + "); 「街道下属企业…应通过…发布招租信息公告」: " + CLOSED + "; " + NODATE),
        P(["三", "（三）"], note="「街道下属企业不得…」, 「必须严格审验承租人基本情况」: " + CLOSED + "; " + NODATE),
        P(["四", "（一）"], targets=[(3, "年"), (2, "年")],
          note="「租赁期限原则上不超过3年…原则上不超过2年」 ceilings with 原则上不超过 (" + THR + "); 「一年一签」 a norm without a comparison "
               "word; no doer; " + NODATE),
        P(["四", "（四）"], targets=[(300, "平方米")],
          note="「单次租赁建筑面积在300平方米及以上的」 picks the leases that go to collective decision (" + THR + "); no doer; " + NODATE),
        P(["五", "（二）"],
          note="「街道下属企业法定代表人为…第一责任人」 (" + PERSON + "); 「下属企业要建立…体系，层层压实责任，履行好…职责」: " + CLOSED
               + "; " + NODATE),
        P(["五", "（四）"], note="「街道通过专项审计…等方式，对下属企业…进行监督」: " + CLOSED + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf): 一、指导思想 and 二、适用范围 have no numbered children (sections). 三、 （一）–（三） 3; 四、 （一）–（四） "
            "4; 五、 （一）–（四） 4 → **11**. 六、其他 （一） (the interpreting body) and （二） (entry into force) are general provisions ("
            + GEN + "); 13 with them is accepted. The 附件's eight prohibited acts are a list of the 意见's attachment, not tasks",
            "samples: seven of 11, across 三、–五、",
            "units: " + R2BY + "; " + CLOSED + "; " + PERSON + "; 街道下属企业 is the addressee of most items as the plain subject of "
            "应 / 要 / 不得 (no unit by the closed list)",
            "not sampled for doubt: 四、（三） (「由出租企业、街道招商公司、承租企业协商后…明确」: 出租企业 / 承租企业 are parties named by their "
            "part, or kinds of body)",
            "dates: none (2024年4月2日 is the cover's and the entry into force); no phases; no duties (the approval 报街道审批 is a step)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x96_04_zhoupu-2023-wuye-fuwu-butie-dabiao-kaohe-jiangli-shishi-banfa.txt"
K1 = "第一部分 物业服务考核奖励办法"
K2 = "第二部分  物业服务达标考核补贴办法"
K3 = "第三部分  附  则"
ZX = "周浦镇城市建设管理事务中心（周浦镇房管办事处）"


def B(path, markers, *args, units=None, **kw):
    """A sample under a 第N部分 heading (no number: its text is the path's first element, as plans-dev 11), located by its
    markers in order (``article_in`` walks them line by line)."""
    where = art(X04, markers)
    if units is None:
        return P(path, *args, **kw, **where)
    return U(path, units, *args, **kw, **where)


plan(X04,
     title="周浦镇住宅小区物业服务补贴达标考核奖励实施办法",
     title_note="the title (the first line; the notice title below it is split over two lines)",
     doc_no="浦周府规〔2023〕1号 (printed under the title)",
     issuer="上海市浦东新区周浦镇人民政府",
     date="2023-07-10 (printed 2023年7月10日; the cover is signed 2023年7月7日)",
     level="town (Shanghai Pudong, Zhoupu town), awards and subsidies for property-service firms after a quarterly assessment",
     source=shanghai_source("房屋与住房", "周浦镇住宅小区物业服务补贴达标考核奖励实施办法.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070318892&siteId=0070", 5569),
     style="title, number, a split notice title, cover, a printing line; a preamble 一、–四、 (四、考核方式 holds 「由X牵头…每季度进行考核一次」); "
           "then 第一部分 / 第二部分 / 第三部分 headings without numbers, each numbering 一、… again; 「1、」 and 「（1）」 items; prize and "
           "subsidy scales (7.5万元/半年/个, 0.35元/㎡/月), score bands",
     leaf_tasks=29, count_alternatives=[31, 33, 35],
     leaf_tasks_by_section={"第一部分": 15, "第二部分": 11, "第三部分": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、考核对象", "三、考核内容", "四、考核方式"],
     samples=[
        B([K1, "一"], [K1, "一、"], targets=[(7.5, "万元"), (2.5, "万元")], not_targets=[(89, "个")],
          note="the prizes 「7.5万元/半年/个」… (" + THR + "); 「取排名前40%」 (前, no comparison word of the round 30 list) not checked; 「以目前B类89个小区为基础」 a present count, not a target; "
               "no doer; " + NODATE),
        B([K1, "二"], [K1, "二、"], targets=[(0.5, "万元")],
          note="「0.5万元/半年」 (" + THR + "); 「各取排名前15%」 not checked (前 is no comparison word of the round 30 list); no doer; " + NODATE),
        B([K1, "三"], [K1, "三、"], targets=[(5, "万元")], note="「当年一次性奖励5万元」 (" + THR + "); no doer; " + NODATE),
        B([K1, "四", "1"], [K1, "四、", "1、"], note="a rule of the award; no doer; " + NODATE),
        B([K1, "四", "2", "（6）"], [K1, "四、", "2、", "（6）"], targets=[(10, "分")],
          note="「最高扣10分」 (" + THR + "); 「由市民服务热线12345、…等各类平台接转的物业管理投诉」: " + NOUN + "; " + NODATE),
        B([K2, "一", "1"], [K2, "一、", "1、"], targets=[(0.35, "元")],
          note="「按照小区实际面积0.35元/㎡/月进行补贴」 a rate (" + THR + "); the document number in brackets is not a target; no doer; "
               + NODATE),
        B([K2, "一", "2"], [K2, "一、", "2、"], targets=[(50, "%")],
          note="「支付50%物业管理费，另外50%由政府代为支付」: " + COST + "; 50% a share of the policy (" + THR + "); " + NODATE),
        B([K2, "二"], [K2, "二、"], targets=[(59, "分")],
          note="「不达标（59分及以下）」 (" + THR + "; the other bands 86～100 / 71～85 / 60～70 are not checked); no doer; " + NODATE),
        B([K2, "三"], [K2, "三、"], units=[ZX], targets=[(0.35, "元"), (80, "%")],
          note="「由周浦镇城市建设管理事务中心（周浦镇房管办事处）根据考核结果进行“差别化”补贴」 — " + R2BY + " (the bracketed alias kept as "
               "part of the name as printed); 「0.35元/㎡/月」, 「基本补贴资金总额的80%」 (" + THR + "); " + NODATE),
        B([K2, "四"], [K2, "四、"], units=[ZX], targets=[(20, "%")],
          note="「由周浦镇城市建设管理事务中心（…）根据…进行物业服务达标考核统筹补贴」 — " + R2BY + "; 「基数上浮20%」 a rate (「考核前50%」 not checked: 前 is no comparison word) ("
               + THR + "); 「半年度考核」 a rhythm of the assessment; " + NODATE),
        B([K3, "1"], [K3, "1、"],
          note="「周浦镇城市建设管理事务中心（…）进行约谈并责令整改」: " + CLOSED + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "由周浦镇城市建设管理事务中心（周浦镇房管办事处）牵头，第三方、居委、房管办事处每季度进行考核一次",
              "when": "自每年1月1日开始，每季度", "when_norm": "quarterly"},
             {"what": "每半年牵头相关业务部门和居委对住宅物业服务达标考核情况进行综合评定", "when": "每半年",
              "when_norm": "every half year (two a year)"}],
     notes=["counting: the preamble's 一、–四、 have no numbered children (sections at the top level). Under the unnumbered part headings "
            "(their text is the path's first element, as plans-dev 11): 第一部分 一、二、三、 3 + 四、 1、 1 + 2、（1）–（10） 10 + 五、 1 = 15; "
            "第二部分 一、 1、2、 2 + 二、三、四、 3 + 五、 1、–6、 6 = 11; 第三部分 1、–5、 5, of which 3、 (entry into force, 有效期三年) and 5、 "
            "(the interpreting body) are general provisions (" + GEN + ") → 3. Total **29**. Accepted: 31 (with 第三部分 3、5、), 33 (the "
            "preamble's four sections as leaves), 35 (both)",
            "samples: eleven of 29, across 第一部分 – 第三部分; the preamble's 四、考核方式 (its 「由…牵头」 and quarterly rhythm) is a section, "
            "read as a duty",
            "units: " + R2BY + "; " + COST + "; " + NOUN + "; " + CLOSED + "; 物业服务企业 / 物业项目 are the objects of the assessment",
            "not sampled for doubt: 第一部分 四、2、（10） and 第二部分 五、6、 (「落实小区日常装修巡查工作」 with its subject 物业服务企业 "
            "left out), 第一部分 五、 (「排名居后10%」: no comparison word of the round 30 list), 第二部分 五、1、–5、 (penalty bands "
            "「每项扣500元—5000元」), 第三部分 4、 (「A每半年牵头B和C…进行综合评定」: B and C objects of 牵头 or co-doers)",
            "dates: none checked (「自每年1月1日开始」 starts a rhythm; 2023年7月10日 is the entry into force); no phases",
            "duties: the quarterly assessment (preamble 四、) and the half-yearly overall rating (第三部分 4、)"])

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x96_04', [K2, '二'], 'grade bands are not targets',
        '「考核等级分为优秀（86～100分）、达标（71～85分）、基本达标（60～70分）、不达标（59分及以下）四个等级」: 59分 names a grade of '
        'result, as 「不达标（59分及以下）」 in the ruling', to_not=[(59, '分')])
align32('x96_04', [K1, '四', '2', '（6）'], 'penalties are not targets',
        '「…经查确属物业服务单位失职,未及时整改的，最高扣10分」: a deduction for a failing, what a breach costs (no goal, standard, '
        'object picked or step triggered by the sum)', to_not=[(10, '分')])
align32('x96_01', None, 'a range is read at its lower edge',
        '「各公司、村、居民区…设立1-2名建设工程专职（或兼职）管理人员」: the target at the lower figure, 1名 (the floor of what must be done)',
        plan_targets=[(1, '名')])
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x96_02', S32(['三'], [], [YZ, '管理办', '营商办', '监察办', '党政办', '建管中心'],
          note='six 「X：负责…」 paragraphs (业主（街道部门或下属单位） kept as printed, as the other samples); no calendar date'),
          'a childless section of unit paragraphs', '「三、职责分工」 has no numbered children; its six unnumbered unit-colon paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order (as plans-next51 x51_07); the reading of its paragraphs as six leaves (40) is no longer accepted',
          '三、职责分工', leaf_tasks=33, count_alternatives=[35, 36])
# Round 54 (al55): money bands aligned to tests/data/CONVENTIONS.md "Round 66 rulings" (Targets, turned; README, "Round 54")
from expected_tools import align66_bands  # noqa: E402

align66_bands("x96_02", ["四", "（二）"], [(5, "万元")], "「投资金额在5万元以下（不含）的建设项目」 — the band inside the noun of projects")
align66_bands("x96_02", ["五", "（二）"], [(5, "万元"), (20, "万元")],
              "the band 「5万元以上(含)至20万元以下(不含)」 naming the projects the item's procurement covers, named by the ruling")
align66_bands("x96_02", ["七", "（一）", "2"], [(50, "万元")],
              "「投资金额在50万元以下（不含）」 — the band naming the projects, named by the ruling; 五/（四）/2 400万元 stands")

# Round 59 (rul80p): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58b-3 / p58a-1, governs; README, round 59)
from aligned_rulings import align78  # noqa: E402

_G78 = ("Tasks and counts, governs: rounds 30, 35, 56, 60's x36_02, 66's x81_04 and 72 over the every-leaf samples; "
        "the old counts stay accepted; aligned in round 59 by rul80p")
align78("x96_04", [K1, "四", "2", "（6）"], "「2、物业项目在考核期内出现以下情形的，将根据实际情况对该项目半年考评总分进行加减分。（1）…（10）」: a list of cases "
        "under a lead-in (what raises or lowers a project's score) is one task with its lead-in (round 35; Round 78 (b), x89_01 "
        "四、（二）), its lines no items; so is 第二部分 五、「明确扣罚情形及金额：1、…6、」 (the cases that cut a subsidy), one task", _G78, drop=True, rnd=59,
        counts={"leaf_tasks": 15, "count_alternatives": [17, 29, 31, 33, 35],
                "leaf_tasks_by_section": {"第一部分": 6, "第二部分": 6, "第三部分": 3}})

write_collected(DIR)
