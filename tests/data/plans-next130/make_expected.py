# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next130/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 35 (built by helper c130): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at 4a632d14 (rounds 25–34 and
the round-35 rulings written early). Neither the parser nor the scorer was run on this set by its builder: the lead
scores it first.

    PYTHONPATH=. python tests/data/plans-next130/make_expected.py tests/data/plans-next130
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
FOLDER = "房屋与住房"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations, pivots 委托): lead = [], "
        "responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (结算, 存入, 公示, "
          "交纳, 开展 without 组织, 摸清, 标注, 统筹 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
APPLY = ("an applicant 「由A提出申请」「A向B申请／提交」 and a receiver 「报A备案」「告知／抄送A」「经A确认」 are no units (rule 3; "
         "round 30 applicant)")
HEADING = ("CONVENTIONS.md rule 1, a unit heading: the numbered line is the body's name and the paragraph under it its "
           "work; the label decides and sentences add nothing (plans-dev 12's unit-colon items); a single unit: lead [], the "
           "unit accepted as lead (plans-dev 03, as a single-unit column)")
PIVOT = ("CONVENTIONS.md round 35, a pivot without 由: 「A委托B＋verb」 reads as 「由A委托B」 — A is a doer, B (the object of "
         "委托) is not")
DUTY_HEAD = ("CONVENTIONS.md round 35, headings that give out work: 「细化责任分工」 names 责任分工, so every body the text "
             "gives work is a unit, by any verb of doing (round 34's 职责分工 heading)")


def one(path, unit, note, **kw):
    """A sample whose only unit is ``unit``: lead [], the unit accepted as lead."""
    return S(path, [], [unit], lead_alternatives=[[unit]], note=note, **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x130_01_huangpu-2020-jiazhuang-dianti-gongzuo-liucheng.txt"
T01 = "关于印发《黄浦区既有多层住宅加装电梯工作流程》的通知"

plan(X01,
     title="黄浦区既有多层住宅加装电梯工作流程（关于印发《黄浦区既有多层住宅加装电梯工作流程》的通知）",
     title_note="the 流程's name (printed only inside the notice title, no title line of its own) or the notice title "
                "(the first line): either is accepted",
     doc_no="黄房管发〔2020〕22号 (from the index; the stored text prints no number)",
     issuer="上海市黄浦区住房保障和房屋管理局 with 区规划和自然资源局, 区建设和管理委员会, 区市场监督管理局, 区民政局",
     date="2020-05-21",
     level="district bureaus (Shanghai Huangpu), to 各街道办事处、各集团、各有关单位",
     source=shanghai_source(FOLDER, T01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=db7949ac-32cf-4f36-bf51-10472726d0ba&siteId=0071",
                            3280),
     style="a cover (addressees, one sentence with an ASCII comma 「》,现印发」, five signatures in runs of spaces, the date), "
           "then the 流程 without a title line of its own: 一、增设电梯实施主体 and 二、协调推进机制 (childless paragraphs); "
           "三、加装启动条件 1、–2、 each over （1）… items; 四、操作流程 1、–6、 run-in steps (「1、意愿征询结果公告。…」), "
           "5、 over （1）–（3）, most steps followed by an unnumbered 「申请人需提交：…」 materials paragraph (the step's body); "
           "work is given in sentences (「由A＋verb」, 「由A牵头B…」, 「A会同B…组织」, 「A委托B」); ASCII 「(…)」 and 「;」 as stored",
     leaf_tasks=15, count_alternatives=[16, 17],
     leaf_tasks_by_section={"三": 7, "四": 8},
     attachment_task_rows=0,
     childless_top_level_sections=["一、增设电梯实施主体", "二、协调推进机制"],
     samples=[
        one(["三", "1", "（1）"], "街道",
            PIVOT + ": 「街道委托第三方或建筑设计等专业单位，对小区加装电梯的规划要求…进行可行性评估」 — 街道 a doer, the "
            "third party not; 「由小区业委会向所属街道提出前期排摸申请」 an applicant; 「告知…业主委员会…抄送区房管、规划资源部门」 "
            "receivers (" + APPLY + "); " + NODATE),
        one(["三", "1", "（2）"], "所在街道",
            "CONVENTIONS.md units rule 2, the agent of 由 with a verb of doing: 「由所在街道开具档案查阅和测绘成果调取的介绍信或证明文件」 "
            "(" + SUBJ + "; the name as printed, 所在街道); " + NODATE),
        S(["四", "1"], ["区房管部门"], ["区房管部门", "相关行政部门", "区房管局"],
          note="CONVENTIONS.md units rule 2 and round 33 「由A牵头B、C＋verb」 (牵头 with objects reads as 「由A牵头，B、C配合」): "
               "「由区房管部门指导街道…进行公告」 (由A＋a verb of doing, round 34; 街道 the object of 指导 is not a unit), "
               "「由区房管部门牵头相关行政部门对申请材料进行联审」 (lead 区房管部门; 相关行政部门 a kind, round 33), 「由区房管局备案」 "
               "(the agent of 由, not the receiver of 报A备案) — in printed order, the repeated name once; 「由业主委员会向所属街道提出"
               "书面申请」 an applicant, 「需经申请人所属街道确认」 approval (" + APPLY + "); RULING? the 联审 and 备案 clauses stand "
               "after 「公示结果无异议的，」 and 「符合条件的，」: read as the steps of the procedure (the item's own work, each "
               "following the last), not rule 3's contingency 「确需调整的，由A负责」 — with them read as cases the answer would be "
               "lead [], responsible [区房管部门]; the 「申请人需提交：…」 paragraph (a list of materials, round 35) is the step's "
               "body and gives no work; its 二分之一以上／三分之二以上 are not checked; " + NODATE),
        S(["四", "3"], [], ["专业设计单位", "市房科院"], lead_alternatives=[["市房科院"]],
          not_targets=[(7, "日"), (3, "日")],
          note="CONVENTIONS.md units rule 2: 「应当由专业设计单位提交市房科院」 (由A＋a verb of doing; the design firm files the "
               "applicant's drawings for it — round 34's agent doing it for others 「由A代为申请」 is a doer) and 「市房科院在7日内"
               "组织专家论证」 (A组织＋work, round 34); 「由市房科院委托组织的房屋安全性专家论证」 a body inside a noun's description "
               "(round 30), 「设计单位应当…完善设计方案」 the plain subject of 完善 (" + CLOSED + "); RULING? 「由A提交B」 read as "
               "an agent's work rather than round 34's 「由A向B备案」 filing for itself — without it the answer would be "
               "responsible [市房科院]; lead [] (no 牵头), 市房科院 alone accepted; 「在7日内」「论证会后3日内」 are limits counted "
               "from an event with no comparison word — the deadline rule, not targets (round 33); " + NODATE),
        S(["四", "4"], [], [], targets=[(100, "万元")],
          note=NONE + "; 「申请人向区建管委上报」 an applicant; 「可采取告知承诺审批的方式当场予以核发」 an option with no subject; "
               "「建设行政管理部门在施工许可证上标注…」 the plain subject of 标注 (" + CLOSED + "); 「总投资额100万元以上的，…"
               "当场予以核发施工许可证」 / 「100万元以下的，办理开工信息报送手续」: a threshold with 以上／以下 that picks the "
               "projects of each step — a target (CONVENTIONS.md round 30 thresholds); " + NODATE),
        S(["四", "6"], ["区房管部门"], ["区房管部门", "区建设、规划资源、市场监督、消防等部门"], lead_alternatives=[[]],
          note="CONVENTIONS.md units rule 2, 「A会同B＋verb」 with 组织: 「区房管部门会同区建设、规划资源、市场监督、消防等部门"
               "组织联合验收」 — lead 区房管部门 (lead [] accepted), responsible A, B; B is fields joined by 、 before one head "
               "部门 with 等: one name as printed (round 31); 「申请人向区房管部门申请竣工验收」 an applicant; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 三、 1、 （1）（2） + 2、 （1）–（5） 7 + 四、 1、–4、 4 + 5、 （1）–（3） 3 + 6、 1 → 15 (every numbered "
            "leaf of the two work sections; the items that name no unit — the applicants' steps — are tasks of 三、/四、, which "
            "are no 总体要求／保障 sections, round 27); 一、 and 二、 are childless top-level sections (plans-dev EXPECTED.md "
            "lines 21–25; the work sits in numbered items, round 34's early ruling keeps such sections sections); accepted: "
            "16 (一、 read as a task: 「…是加装电梯的申请人，负责做好…」), 17 (一、 and 二、 both read as tasks)",
            "units: given in sentences only (rule 2); the 「申请人需提交／需填报：…」 paragraphs are lists of materials (round 35), "
            "the bodies of their steps",
            "dates: none (limits counted from events: 5个工作日内, 7日内, 3日内, 30日内)",
            "targets: 100万元 (四/4); not targets: 7日, 3日 (四/3), 《物权法》第七十六条, TSG T7001—2009",
            "duties: none (the filings are the applicants' and the firms', round 32's regulated party)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x130_02_minhang-2020-weixiu-zijin-gonggong-shouyi-guanli-zhidu.txt"
T02 = "闵行区维修资金(公共收益)管理制度（2020年3月修订）"
DEPT = "区维修资金管理部门"
STREET = "街镇（工业区）房屋管理事务机构"

plan(X02,
     title=T02,
     title_note="the 制度's title (the first line, ASCII brackets around 公共收益 as stored); no cover notice",
     doc_no="闵房管〔2020〕100号 (printed under the title)",
     issuer="上海市闵行区住房保障和房屋管理局",
     date="2020-04-10 (in force 2020-04-15)",
     level="district bureau (Shanghai Minhang)",
     source=shanghai_source(FOLDER, "闵行区维修资金(公共收益)管理制度（2020年3月修订）.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=B4481F81-3697-11ED-BE73-539C7EFE7EE3&siteId=0079",
                            6214),
     style="a standing system with no blank lines in its body: title, number, a preamble, then 一、工作职责 1、–4、 (each a UNIT "
           "HEADING line over one paragraph of 负责…); 二、–八、 each a 「…制度」 with run-in （一）… headings over paragraphs, "
           "some over 1、… or （1）… items (二/（一） holds two runs of （1）（2）; 三/（一）/4 a list of conditions; 五、 a list "
           "of eight archive items; 八/（三） two unit headings 1、 2、); 九、施行日期; the signature and a repeated signature line "
           "with spaces; figures: rates 4%/3%/2%, ceilings and floors 25%/50%, thresholds 5万元, 30万元, 100万元",
     leaf_tasks=28, count_alternatives=[23, 25, 26, 29, 35],
     leaf_tasks_by_section={"一": 4, "二": 5, "三": 6, "四": 1, "五": 1, "六": 3, "七": 4, "八": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["九、施行日期"],
     samples=[
        one(["一", "2"], STREET, HEADING + "; the heading 「2、街镇（工业区）房屋管理事务机构」 (the bracket stays with the name, "
            "round 34) over 「负责…指导和监管…；定期开展网上巡查工作，采集、上报相关数据信息；负责…相关处置」; 「定期」 a rhythm; " + NODATE),
        S(["二", "（一）", "（1）"], [], [], targets=[(4, "%"), (3, "%")],
          note=NONE + "; 「房地产开发企业按照每平方米建筑面积成本价的4%交纳；…3%交纳」: the plain subject of 交纳 (" + CLOSED
               + "); a policy's own rates are the item's targets (CONVENTIONS.md targets, round 25: per-unit rates); "
               "counted as a leaf: the first of 二/（一）'s two runs of （1）（2）, found first by its marker; " + NODATE),
        one(["二", "（二）"], DEPT,
            "CONVENTIONS.md units rule 2, the agent of 由 with a verb of doing: 「由区维修资金管理部门将…首期专项维修资金的本息划转至"
            "业主大会的专项维修资金账户」 (" + SUBJ + "); 「业主大会…应当至区维修资金管理部门取得开户通知书…签订委托协议」 the "
            "plain subject of 取得／签订 (" + CLOSED + "); 「应当通知区维修资金管理部门」 a receiver; 「…后」 is the time of the step, "
            "no case (rule 3 names 「…的」 and 「发生…时」); " + NODATE),
        S(["三", "（一）", "2"], [], [], targets=[(25, "%"), (50, "%")],
          note=NONE + "; 「前期物业服务企业应当按季度对公共收益进行结算…存入」 (" + CLOSED + "); 「扣除管理成本（不大于收入总额"
               "的25%）」 and 「入账金额应高于公共收入的50%」: a ceiling and a floor with comparison words (不大于 round 30/32, "
               "高于 round 30) — targets; 「于每季度次月10日前」 a recurring date, no deadline (round 34) and no duty (a regulated "
               "party's deposit, round 32); " + NODATE),
        S(["六", "（二）"], [], ["业主大会"], lead_alternatives=[["业主大会"]], targets=[(5, "万元")],
          note=PIVOT + ": 「业主大会委托其开户银行签约有资质的审价单位进行审价」 — 业主大会 a doer, the bank not (" + SUBJ
               + "); 「审价费用由其开户银行支付」 a payer (round 30); 「业主委员会…也可以自行选定…」 an option (round 30); 「开户银行"
               "提供免费的…审价服务」 the plain subject of 提供; 「维修工程款金额大于5万元（含5万元）的工程…必须进行审价」: a "
               "threshold with 大于 that picks the works to be priced — a target (rounds 30/32); " + NODATE),
        one(["六", "（三）"], "业主大会",
            PIVOT + ": 「业主大会应当委托其开户银行签约有资质的中介机构…进行年度财务审计和换届财务审计」 (" + SUBJ + "); 「…审计"
            "费用由其开户银行支付」「审计费用由全体业主承担」 payers (round 30); 「业主委员会…也可以自行选定…」 an option; "
            "「年度」 a rhythm, no deadline; " + NODATE),
        one(["八", "（三）", "1"], STREET,
            HEADING + "; the heading 「1、街镇（工业区）房屋管理事务机构」 (the bracket stays with the name, round 34); "
            "「各街镇（工业区）应在房屋管理事务机构至少设立一名以上的专职专人维修资金专管员」: 至少／以上 — a target 1名 "
            "(round 30 floor); 「每月…进行一次网上巡查」 a rhythm with no floor word, no target; the report 「向区维修资金管理部门"
            "上报相关情况」 is the plan's duty below; " + NODATE,
            targets=[(1, "名")]),
        one(["八", "（三）", "2"], DEPT,
            HEADING + "; the heading 「2、区维修资金管理部门」; 「区房管局应组织力量每季度…开展一次小区抽查」 is a sentence in "
            "a labelled item (rule 1: sentences add nothing); 「每月」「每季度」 rhythms, no deadline; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "街镇（工业区）房屋管理事务机构向区维修资金管理部门上报违规使用维修资金和公共收益的相关情况",
              "when": "网上巡查发现违规使用时（每月巡查）", "when_norm": None,
              "note": "八/（三）/1: a plan unit's sending to another body of the plan is a duty (CONVENTIONS.md round 32, "
                      "round 35); the banks' quarterly statements 「开户银行每季度需向区维修资金管理部门提交…」 are a regulated "
                      "party's filing, no duty (round 32)"}],
     notes=["counting: 一、 1、–4、 (unit headings) 4 + 二、 （一）'s （1）（2）（1）（2） 4 and （二） 1 + 三、 （一） 1、–5、 5 (4、's "
            "（1）–（3） are conditions, text — round 35) and （二） 1 + 四、 1 (a childless point that gives work, round 34) + "
            "五、 1 (its （一）–（八） list the archive's materials — a list giving no work, text, round 35) + 六、 （一）–（三） "
            "3 + 七、 （一）–（四） 4 + 八、 （一）（二） and （三）'s 1、 2、 4 → 28; 九、施行日期 entry into force (round 30, no "
            "task); accepted: 26 (四、 and 五、 read as sections), 25 (二/（一）'s rate items read as text, （一） one leaf), 23 "
            "(both), 29 (九、 counted), 35 (五、's eight list items counted)",
            "units: the unit headings of 一、 and 八/（三） (rule 1); elsewhere sentences (rule 2), mostly plain subjects of other "
            "verbs or options 「可…」 (no unit)",
            "dates: none for an item (2019年3月1日 a past start of a rule, 2020年4月15日 entry into force; the rest rhythms)",
            "targets: 4%/3% (二/（一）/（1）), 25%/50% (三/（一）/2), 5万元 (六/（二）), 1名 (八/（三）/1); 四、's 「每年至少两次」 "
            "(a frequency with a floor, round 35) is one too, not sampled",
            "duties: one (八/（三）/1's report upward when a violation is found)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x130_03_huangpu-2019-laojiu-zhuzhai-xiaoqu-wuye-zonghe-guanli-shishi-yijian.txt"
T03 = "黄浦区人民政府办公室关于转发区房管局制订的黄浦区老旧住宅小区物业综合管理实施意见（试行）的通知"

plan(X03,
     title="黄浦区老旧住宅小区物业综合管理实施意见（试行）（" + T03 + "）",
     title_note="the opinion's own title (printed on two lines after the cover) or the notice title (the first line): "
                "either is accepted",
     doc_no="黄府办发〔2019〕009号 (from the index; the stored text prints no number)",
     issuer="上海市黄浦区人民政府办公室 (转发 区房管局's opinion)",
     date="2019-04-17",
     level="district government office (Shanghai Huangpu), to 区政府各委、局、办，各街道办事处，各有关企业（集团）公司",
     source=shanghai_source(FOLDER, T03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=59a22f44-636a-49c8-95ef-49f60fc2d479&siteId=0071",
                            3544),
     style="a forwarding notice (one sentence, the date) then the opinion, its title over two lines 「黄浦区老旧住宅小区物业综合管理」"
           "/「实施意见（试行）」; 一、–五、 run-in sections whose items （一）–（十五） are numbered straight through (「（四）构建统筹"
           "协调平台。…」); 一、's （一）指导思想 （二）基本原则 （三）具体目标 name no unit; （五）明确各方工作职责 is a lead-in paragraph "
           "and six unnumbered unit paragraphs 「区房管局:…」「区财政局：…」 (ASCII and full-width colons as stored), the last "
           "「其他相关职能部门与单位…」; no dates, no figures that are targets",
     leaf_tasks=12, count_alternatives=[15],
     leaf_tasks_by_section={"二": 2, "三": 2, "四": 4, "五": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二", "（四）"], [], [],
          note=NONE + "; 「区级层面落实党政双牵头责任，统筹协调指导…」: 区级层面 names no body (a level), 党政双牵头 no body; "
               "「以区住宅小区综合治理联席会议为依托」 a platform used, not a doer; a work item of 二、 (not a 总体要求 item), "
               "so a task without a unit; " + NODATE),
        S(["二", "（五）"], [], ["各相关部门", "街道", "企业集团", "区房管局", "区绿化市容局", "区财政局", "各街道",
                                "其他相关职能部门与单位"],
          lead_alternatives=[["区绿化市容局"]],
          note="CONVENTIONS.md round 32, a childless item of unit paragraphs is one task whose units are all the paragraphs' "
               "bodies in printed order, and round 35, a heading whose object is a 职责 heading 「明确各方工作职责」 gives every "
               "body the text gives work: the lead-in 「各相关部门、街道、企业集团依据自身职责，落实管理职能」 (落实, rule 2; "
               "各 not shared, round 34: 各相关部门, 街道, 企业集团), the unit-colon paragraphs 区房管局 / 区绿化市容局 / 区财政局 / "
               "各街道 / 企业集团, and 「其他相关职能部门与单位依据自身职责落实…」; a repeated name once; ruled round 36: "
               "「企业集团（即：永业集团、南房集团、金外滩集团）」: the bracket 「（即：…）」 read as an explanation dropped from the "
               "name like 「（以下简称“X”）」 (round 35), so it is the lead-in's 企业集团 again — kept with the name (round 34's "
               "bracket rule) it would be a ninth unit as printed; ruled round 36: 「其他相关职能部门与单位」 kept as one name as printed "
               "(与 joins 单位, no whole body name on its own, round 35's 和 rule); RULING? 「区绿化市容局:…牵头指导住宅小区垃圾分类"
               "工作」 is 牵头 for one duty inside a unit paragraph: no lead for the item (the label decides, rule 1), 区绿化市容局 "
               "accepted as the lead; " + NODATE),
        one(["三", "（六）"], "各街道",
            "CONVENTIONS.md units rule 2: 「各街道统筹辖区内…各类实事项目，并叠加实施老旧住宅小区物业综合管理」 — 各街道 the "
            "subject of 实施 (统筹 alone is no rule-2 verb, round 30); a group named by a kind with a rule-2 verb is a doer "
            "(round 32: 各街镇) (" + SUBJ + "); " + NODATE),
        S(["四", "（九）"], [], [],
          note=NONE + "; 「全区执行统一的…工作标准」 names no body; 「三大类型」 names kinds (no target); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: （四）–（十五） 12 — every item of 二、–五、 (work sections; most name no unit but they are no 总体要求／"
            "保障 items, round 27); 一、's （一）指导思想 （二）基本原则 （三）具体目标 name no unit: not tasks in a plan whose tasks "
            "name units (seeds EXPECTED.md lines 3–5, round 27) — accepted: 15 with them",
            "units: only （五） (unit paragraphs) and （六） (rule 2) name units; （十） 「相关条线部门、各街道、企业集团、居民共同参与，"
            "并组织第三方开展满意度专项测评」 (an elided subject of 组织 that includes 居民) was not sampled",
            "dates: none; targets: none (「1+6」, 「四个标杆」, 2018-2020 a plan's years, 三驾马车 are names)",
            "duties: none"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x130_04_baoshan-2018-zhengshou-chaiqian-jidi-xianchang-guanli-tongzhi.txt"
T04 = "上海市宝山区人民政府办公室关于加强征收（拆迁）基地现场管理工作的通知"
BASE = "基地责任单位"

plan(X04,
     title=T04,
     title_note="the notice's title (printed once); the notice is the plan",
     doc_no="宝府办〔2018〕54号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区人民政府办公室",
     date="2018-09-05",
     level="district government office (Shanghai Baoshan), to 各镇人民政府，各街道办事处，各有关单位",
     source=shanghai_source(FOLDER, T04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=e4c9ac81-2abe-4e78-a943-c4d0d6885f05&siteId=0078",
                            1831),
     style="a notice of four headed points: 一、加强组织领导 (a childless paragraph with 「A、B…负责指导、监督」 and 「各…基地责任单位"
           "…负责」); 二、明确工作范围 (「本通知所称…包括：」 and three kinds of base （一）–（三）); 三、细化责任分工 （一）–（五） "
           "(one sentence each, 基地责任单位 / 被征收人 as subjects); 四、明确管理要求 (a lead-in and run-in items （一）–（六）); "
           "「特此通知。」, signature, date; no dates for the work, no targets",
     leaf_tasks=12, count_alternatives=[11, 14, 15],
     leaf_tasks_by_section={"一": 1, "三": 5, "四": 6},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["区住房保障房屋管理局", "区规划土地局", "各征收（拆迁）基地责任单位"],
          note="a childless point whose text gives work to rule-2 doers, counted as a task (round 34's headed points; round 33: "
               "an organising item with a doer in its sentence names a unit; the count without it, 11, is accepted); "
               "CONVENTIONS.md units rule 2, several clauses: 「区住房保障房屋管理局、区规划土地局根据土地性质，负责指导、监督…」 and "
               "「各征收（拆迁）基地责任单位…负责各自征收（拆迁）基地的现场管理」 (a kind, round 34), all bodies in order; no "
               "牵头: lead []; " + NODATE),
        one(["三", "（一）"], BASE,
            DUTY_HEAD + ": 「基地责任单位应根据实际，明确…管理重点和职责，实行全过程、闭环式管理」 (a kind of body, round 34); "
            + NODATE),
        S(["三", "（二）"], [BASE], [BASE, "环保、市容、消防等部门"], lead_alternatives=[[]],
          note=DUTY_HEAD + "; 「基地责任单位…并协同环保、市容、消防等部门落实好对基地的专业管理要求」: 「A协同B＋verb」 reads as "
               "「A会同B」 (round 30) — lead A (lead [] accepted), responsible A, B; B fields joined by 、 before one head 部门 "
               "with 等: one name as printed (round 31); 「加强与职能部门信息资源共享」 — 职能部门 the object of 与, no doer; "
               + NODATE),
        S(["三", "（三）"], [], ["被征收人（被拆迁人）", "房屋承租人"],
          note=DUTY_HEAD + "; 「被征收人（被拆迁人）、房屋承租人腾空房屋并交房前，作为房屋安全责任人，要落实房屋日常管理责任」 — "
               "the regulated parties named by a kind, subjects of 落实 and designated 「作为房屋安全责任人」 (round 34: rule 2 does "
               "not ask who the body is; the bracket stays with the name); ruled round 36 (parties by a kind under a 责任分工 heading are doers): a party that may be a household is read as a "
               "kind of body, not a person (the word 责任人 here names their role, not a unit of its own) — read as persons the "
               "answer would be lead [], responsible []; no 牵头: lead []; " + NODATE),
        one(["三", "（四）"], BASE, DUTY_HEAD + ": 「基地责任单位要落实保洁、保安、保修等基地安全管理责任」 (落实, rule 2 too); " + NODATE),
        one(["三", "（五）"], BASE,
            PIVOT + "; 「基地责任单位要按程序委托有资质的拆房施工单位实施拆房工作」: the demolition firm, object of 委托, is not a "
            "unit (under the 责任分工 heading too: the firm is not given work by the plan, it is the object of the pivot); " + NODATE),
        S(["四", "（一）"], [], [],
          note=NONE + "; 「各基地责任单位要根据现场实际和防范重点，摸清…」: the plain subject of 摸清／建立／列出 (" + CLOSED + "); "
               "四、明确管理要求 is no 职责 heading and its lead-in names no body (rule 4); " + NODATE),
        one(["四", "（五）"], "拆房施工单位",
            "CONVENTIONS.md units rule 2: 「拆房施工单位应严格按照《建筑物、构筑物拆除规程》（DGJ08—70—2013）进行安全生产，严格落实"
            "安全生产、文明施工等作业要求」 — the subject of 落实, a regulated party named by a kind (round 34) (" + SUBJ + "); "
            "the standard's number is no target; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 1 (a childless point giving work to rule-2 doers) + 三、 （一）–（五） 5 + 四、 （一）–（六） 6 → 12; 二、 "
            "is a definition 「本通知所称…包括」 (a general provision, round 30) whose （一）–（三） are kinds of base, a list giving "
            "no work (round 35: text); accepted: 11 (一、 a section), 15 (二、's three kinds as items), 14 (both)",
            "units: 一、 rule 2; 三、细化责任分工 a 责任分工 heading (round 35: every body given work); 四、 only 拆房施工单位 in "
            "（五） (rule 2); 「须报区住房保障房屋管理局或区规划土地局备案」 in 二/（三） a receiver",
            "dates: none; targets: none (DGJ08—70—2013 a standard's number, 「三断」「一户一册」 names)",
            "duties: none"])

# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

align68("x130_02", ["六", "（二）"], "「维修工程款金额大于5万元（含5万元）的工程使用维修资金，必须进行审价」: a band inside a noun naming works is a class, whatever step follows (round 66)",
        "Targets, turned: round 66 governs over round 48", to_not=[(5, "万元")])

write_collected(DIR)
