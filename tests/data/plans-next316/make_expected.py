# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next316/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 61 (built by helper c316): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``); every answer was written here by
reading the texts, with ../CONVENTIONS.md (its head in full, "Round 77 rulings, written early" to its end in full —
Rounds 78, 79, 80 and "Round 81 rulings, written early" included —, older rulings where a grep for a form led) applied
to every item. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next316/make_expected.py tests/data/plans-next316
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit below), typed from the "
          "answer; only the repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank "
          "lines around them, the `# ` marker before the notice title)")
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"


def src(path, url, chars):
    return (f"{REPO} @ {C49}, docs/市政与基础设施/{path} ({url}) — {STORED}; the typed file with the wrapper put back had "
            f"{chars} characters, read_file's total_chars {chars}")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同B…, A配合 with a subject of its own, designations): "
        "lead = [], responsible = []")
CLOSED = ("outside 第X条 articles rule 2's list is closed (rounds 30, 44; Round 77's x302_04 五、（一）, 八、: 进行, 加强, 编制, 建立 "
          "name none; Round 81's x306_08: 要 changing nothing)")
ONE_LEAD = "lead [] (no 牵头); the single doer as lead accepted (plans-dev 03 一)"
PIVOT = ("the object of 督促 is no unit, and the verb after it is the object's (round 30; Round 77's x303_06 二; Round 81's "
         "x307_02 第六条)")
KAIZHAN = "开展 without 组织 is outside rule 2 (round 30's clarification names it)"
HUITONG = "「A会同B＋verb」 gives lead A and responsible A, B (rule 2; rounds 34, 45); lead [] accepted"

# ---------------------------------------------------------------------------------------------------------
X01 = "x316_01_shi-jiaotongwei-2022-weixian-huowu-daolu-yunshu-chuyun-huanjie-guanli-tonggao.txt"
T01 = "上海市交通委员会、上海市应急局、上海市公安局 关于进一步加强本市危险货物（危险化学品）道路运输储运环节管理的通告"
TYR = "危险货物（危险化学品）托运人"
CYR = "危险货物（危险化学品）承运人"
PTS = ("a 通告 of numbered points 一、–十、, not 第X条 articles: " + CLOSED)
TG_NODATE = ("a standing notice to the trade: no item writes a date (2022年8月15日 is its entry into force, 2022年7月28日 its "
             "signing) → " + NODATE)

plan(X01,
     title=T01,
     title_note="the title line as printed (line 1), the three issuers in front and the space before 关于 kept (the scorer "
                "squashes spaces)",
     doc_no="沪交发〔2022〕8号 (the index's field 「沪交发 〔2022〕8号」; not printed in the stored text)",
     issuer="上海市交通委员会、上海市应急管理局、上海市公安局 (printed 「上海市交通委员会、上海市应急局、上海市公安局」)",
     date="2022-07-28",
     date_note="signed 2022年7月28日 (the index: 2022-08-03); in force 2022年8月15日",
     level="three city bodies (transport commission, emergency bureau, police), a public notice to shippers, carriers, "
           "loaders and consignees of dangerous goods on road transport: checks of papers and licences, a digital "
           "supervision system, contract and waybill rules, out-of-town carriers' filing, loaders' five checks, "
           "district enforcement, service",
     source=src("上海市交通委员会、上海市应急局、上海市公安局 关于进一步加强本市危险货物（危险化学品）道路运输储运环.md (the stored file name is cut at 50 characters)",
                "official page https://www.shanghai.gov.cn/zhengce/detail?businessId=d882ed75db85487d9fac12d5d022d94c&siteId=0010",
                2281),
     style="a notice 通告 with no addressees: the title line, one preamble paragraph ending 「通告如下：」, ten childless points "
           "一、–十、 each one paragraph, 「本通告自2022年8月15日起实施。」, the issuers on one line, the date; blank lines between "
           "all paragraphs; a web address inside 二、",
     leaf_tasks=10, count_alternatives=[9, 8],
     leaf_tasks_by_section={"一": 1, "二": 1, "三": 1, "四": 1, "五": 1, "六": 1, "七": 1, "八": 1, "九": 1, "十": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], responsible_alternatives=[[TYR, "承运人", "收发货单位"]],
          note="「一、本市危险货物（危险化学品）托运人、承运人、收发货单位要严格按照相关法律法规切实履行对…资质及相关运输信息的查验义务，留存相关单证并做好台账以备核查，发现问题立即向属地"
               "交通、应急、公安等有关管理部门报告。」 — a childless point that gives work is a task (round 36; round 51 p47b; Round 77's "
               "x300_04 二); " + PTS + "; 履行 names none (round 67; Round 77's x299_04 第四条), and the report to the authorities "
               "is a sending (the duty below), the authorities receivers (rule 3) — " + NONE + "; the three parties (本市 "
               "dropped, round 41; the name shared before 托运人 kept on the first) accepted (RULING? 1); " + TG_NODATE),
        S(["二"], [], [],
          note="「二、本市实施危险货物（危险化学品）道路运输数字化监管，建立…全过程管理系统（下称“危货运输管理系统”,网址：…）用于日常监管。…进出本市，交通部门的道口查验工作"
               "由危货运输管理系统相关数据的查验替代。」 — acts of the scheme with 本市 as their subject (a place, no body, round 41) "
               "give work, a task naming no unit (round 65's x274_01; Round 77's x302_04 五、（三））; 交通部门 is inside the "
               "description of the work replaced (round 30's 「参加由A组织的培训」; Round 81's x305_01 第三十六条) and 由 names a "
               "system, no body — " + NONE + "; " + TG_NODATE),
        S(["三"], [], [], responsible_alternatives=[[TYR]],
          note="「三、危险货物（危险化学品）托运人在签订运输合同时…，推荐使用《上海市危险货物道路运输合同》（示范文本…）。托运人应向承运人提供…托运清单，清单中应载明…信息…。托运人应"
               "查验承运人的…许可证或者备案证明，复印后与运输合同一并留存，并在危货运输管理系统中查询确认…等级，以规避安全风险。」 — the shipper's duties: 推荐使用 an "
               "option (round 49 p46b), 提供, 查验, 留存, 查询确认 outside the list; the clearance list's contents text (Round 77's "
               "x302_05 第七条) — " + PTS + " — " + NONE + "; [" + TYR + "] accepted (round 44's subject read in points); "
               + TG_NODATE),
        S(["六"], [], [], responsible_alternatives=[["外省市承运人"]], targets=[(3, "个月")],
          note="「六、在本市从事危险货物（危险化学品）运输的外省市承运人，如连续在本市经营运输三个月以上（收、发货地均在本市行政区域内的），应向市道路运输局办理备案；如起讫地一方在本市行政区域内的，"
               "应接受危货运输管理系统相关数据的查验，不再使用市道路运输局网站查验。」 — a filing for oneself names none, and 「向A办理备案」 makes A a "
               "receiver (rule 3; Round 74's x292_01; round 42) — " + NONE + "; [外省市承运人] accepted (the name after the "
               "last 的, rounds 32, 38); 「三个月以上」 is a quantity joined to 以上 in a condition clause of its own followed by a "
               "step (「如…以上（…）的，应…」): a trigger, a target (round 30's line; round 49; Round 81's x307_01 第十条 governs) "
               "→ 3 个月; " + TG_NODATE),
        S(["七"], [], ["相关承运人"], lead_alternatives=[["相关承运人"]], responsible_alternatives=[[]],
          note="「七、危货运输管理系统通过…收集汇总…电子运单信息。系统自动…进行比对、核验，符合法律法规要求的电子运单及相关数据由系统推送至…收发货单位。对查验不符合要求、填报不规范的…，"
               "系统不予推送，由相关承运人按照法律法规要求进行补充完善后，方予推送。」 — a point that describes the system also gives work by its 由 "
               "clause, a task (round 39); a step after a branch of the work's own check 「不符合要求的…由A…」 is the point's own "
               "work, its doer a unit (Round 81's x305_01 第十二条, turned; round 42), the agent of 由 with a verb of doing "
               "(rule 2), and a regulated party bound to correct its own filing gives work (Round 81's x309_04 第三十七条); "
               "相关承运人 as printed (相关 before a kind, Round 77's x299_01 第二十条) — " + ONE_LEAD + "; none accepted "
               "(the point read as a description of the system, RULING? 2); " + TG_NODATE),
        S(["八"], [], ["承运人"], lead_alternatives=[["承运人"]],
          responsible_alternatives=[[], ["生产、储存、运输、使用和经营企业", "装货人", "承运人"]],
          note="「八、充装或者装载危险货物（危险化学品）的生产、储存、运输、使用和经营企业应当建立健全并严格执行充装或者装载查验、记录制度。装货人在…前，应按规定登录危货运输管理系统…进行“五必查”，"
               "…装货人不得为其充装…，并将未通过的查验事项及原因在系统内标注。承运人应积极配合装货“五必查”。」 — 建立健全, 执行, 进行, 标注 outside the "
               "closed list (" + PTS + "); but the subject of 配合 as its own main verb is a doer (round 46's p44g; Round 77's "
               "x300_07 四/3 and x301_01 三/（一）, turned; Round 81's x306_07 三), and the step served (装货“五必查”) names "
               "no body → [承运人], " + ONE_LEAD + "; none and the three subjects (the firms' name after the last 的, "
               "rounds 32, 38) accepted (RULING? 3); 「五必查」 a name with a figure, unchecked; " + TG_NODATE),
        S(["九"], [], ["各区人民政府"], lead_alternatives=[["各区人民政府"]],
          responsible_alternatives=[["有关主管部门", "各区人民政府"]],
          note="「九、各有关单位要严格执行本通告的相关要求，有违反上述规定或有其他违法违规行为的，有关主管部门将依法予以查处，各区人民政府要落实属地监管责任，切实加强辖区内的执法监督。」 — "
               "各有关单位 is a call (rounds 30, 33; Round 77's x304_01: only the bare 有关单位／各单位); 查处 after a breach is "
               "outside the closed list in points (round 70's x289_03 and Round 77's x299_04 第二十八条 read the rules' own body "
               "in articles), so 有关主管部门 is accepted, not written; 落实 is rule 2's verb whatever its object (round 66's "
               "p46d; 落实 with 监管责任 designates, round 46) → [各区人民政府], " + ONE_LEAD + "; " + TG_NODATE),
        S(["十"], [], [], responsible_alternatives=[["各有关管理部门"]],
          note="「十、各有关管理部门要加强服务意识，向行业内企业做好宣传、解释和培训工作，并做好信息公开，热线咨询电话等信息服务。」 — 各有关管理部门 is a kind "
               "(有关 before 管理部门, Round 77's x304_01 4.2.1, turned; Round 80's p59c-1), but 加强 and 做好 are outside the "
               "closed list (round 30; Round 81's x308_09) — " + NONE + "; [各有关管理部门] accepted (RULING? 4); " + TG_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现问题立即向属地交通、应急、公安等有关管理部门报告",
              "when": "立即（发现问题时）", "when_norm": None,
              "note": "一、: the parties the notice tasks report what they meet in their checks to the local authorities — a "
                      "sending of what one meets in one's work is an undated duty (Round 74's Duties; plans-dev 01 and 04 "
                      "「及时」 → none); not a filing on oneself (round 42), which 五、's 电子运单 and 六、's 备案 are (no duties). "
                      "RULING? 5"}],
     notes=["counting (leaf tasks; a 通告 of ten childless numbered points, each giving work to the trade or the "
            "authorities: round 36; round 51 p47b): 一、–十、 1 each → **10**. The preamble, the entry into force "
            "「本通告自2022年8月15日起实施。」 (round 30), the issuers and the date no tasks. Accepted: 9 (七、 read as a description "
            "of the system, RULING? 2), 8 (二、 too, read as the scheme's own statement).",
            "units: no labels; rule 2 in numbered points (closed list); parties by role (托运人, 承运人, 装货人, 收发货单位) "
            "written as printed where a rule-2 form makes them doers (八、 承运人 by 配合; 七、 相关承运人 by 由).",
            "dates: none for any item; figures: 3 个月 a target (六、's trigger); 「五必查」 a name; the web address and "
            "UN／CAS numbers no figures."])

# ---------------------------------------------------------------------------------------------------------
X02 = "x316_02_shi-fubanting-2024-jinyibu-jianshao-daolu-jiaotong-shigu-yijian.txt"
T02 = "关于进一步减少本市道路交通事故的意见"
N02 = "上海市人民政府办公厅印发修订后的《关于进一步减少本市道路交通事故的意见》的通知"
JAW = "市交安委"
JAWF = "市安全生产委员会道路交通安全专业委员会"
YJ_NODATE = ("a standing opinion: no item writes a date (「每年」「定期」 are rhythms, round 34; the dates are the notice's and the "
             "repealed 2020 text's) → " + NODATE)

plan(X02,
     title=T02 + "（" + N02 + "）",
     title_note="the opinion's title line (line 13) with the notice that issues it: written in the pair form the scorer "
                "reads (round 30's two documents; round 45's pair): either passes",
     doc_no="沪府办发〔2024〕33号 (the index's field; not printed in the stored text)",
     issuer="上海市人民政府办公厅",
     date="2024-12-27",
     date_note="signed 2024年12月27日 (the index: 2024-12-30); it repeals 沪府办规〔2020〕13号 (the 2020 text)",
     level="the city government's general office, the revised opinion on cutting road-traffic accidents: district "
           "leadership, road safety works, transport-trade safety, key groups and vehicles, enforcement, publicity, "
           "accountability, Yangtze-delta co-operation — 25 run-in items naming city bureaus and the districts",
     source=src(N02 + ".md",
                "official page https://www.shanghai.gov.cn/zhengce/detail?businessId=2b8e5bbed08d4661bc0b73c9a02b34e0&siteId=0001",
                5964),
     style="a forwarding notice (addressees, one instruction paragraph, a repeal paragraph, issuer, date) then the "
           "opinion: its title line, a preamble, eight headings 一、–八、 on their own lines and 25 run-in items "
           "（一）–（二十五） numbered straight through, each 「（N）heading。text」 in one paragraph; blank lines between all "
           "paragraphs; no closing lines",
     leaf_tasks=25, count_alternatives=[],
     leaf_tasks_by_section={"一": 2, "二": 5, "三": 5, "四": 5, "五": 3, "六": 1, "七": 2, "八": 2},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], [], [], responsible_alternatives=[["各区政府", JAWF], ["各区政府", JAW]],
          note="「（一）加强地区交通安全组织领导。各区政府要实行道路交通安全地方行政首长负责制，将…纳入…，定期分析研判形势，加强统筹协调和监督指导。市安全生产委员会道路交通安全专业委员会"
               "（以下简称“市交安委”）要健全完善…评价体系，定期对各区开展评价，并向市委政法委提供…综治考评情况，向市安全生产委员会（以下简称“市安委会”）提供…工作情况。」 — "
               "要实行 is named by round 30's clarification as no rule-2 form, 负责制 a noun, " + KAIZHAN + ", 健全完善 and "
               "加强 outside the list (" + CLOSED + "); the two 提供 are sendings (the duty below) — " + NONE + "; the two "
               "subjects accepted (the full name printed before 「（以下简称…）」 and the short name, Round 73; rounds 43, 48; "
               "RULING? 6); " + YJ_NODATE),
        S(["二", "（三）"], [], ["市交通委", "市公安局"],
          responsible_alternatives=[["市交通委", "市公安局", "市住房城乡建设管理委", "各区政府", JAW, "市安委会办公室"]],
          note="「（三）推动道路安全设施改造升级。市交通委、市公安局要落实交通安全设施与道路建设主体工程同步设计、同步施工、同步投入使用制度，…；要加强…管理，保障资金到位。市交通委、市住房城乡"
               "建设管理委、市公安局和各区政府要聚焦…，开展精细化治理，…；…要推进…建设；…要建立维护、保养机制。市交安委、市安委会办公室要视情对…开展督办。」 — 落实 is rule 2's "
               "verb (its subjects doers); the later sentences' 开展, 推进, 建立 are outside the list (" + KAIZHAN + "; " + CLOSED +
               ") → [市交通委, 市公安局], lead [] (no 牵头; two doers, so no single doer is accepted as lead); every subject accepted; " + YJ_NODATE),
        S(["二", "（四）"], [], [],
          responsible_alternatives=[["市公安局", "市交通委", "市住房城乡建设管理委", "各区政府", "市教委", "市卫生健康委"]],
          note="「（四）滚动排查治理道路设施隐患。市公安局、市交通委、市住房城乡建设管理委和各区政府要细化…标准，滚动排查…隐患，形成电子化档案，分级分类开展治理。市公安局、市教委、市交通委和各区"
               "政府要按照“一学校一方案”原则，进一步规范完善…，排查整改…。市公安局、市卫生健康委、市交通委和各区政府要按照“一医院一方案”原则，充分挖掘…，优化完善…。」 — 细化, 排查, "
               "形成, 开展 without 组织, 规范完善, 挖掘 are outside the list (" + CLOSED + ") — " + NONE + "; every subject "
               "accepted (RULING? 6); 「一学校一方案」「一医院一方案」 are names of a principle, no figures checked; " + YJ_NODATE),
        S(["二", "（六）"], [], ["市气象局"], lead_alternatives=[["市气象局"]],
          responsible_alternatives=[[], ["市交通委", "市气象局", "市公安局"]],
          note="「（六）加强恶劣天气高影响路段防护。市交通委、市气象局、市公安局要建设完善…气象监测设施，实现…有效覆盖。市气象局要配合做好高快速路气象观测设施建设标准设计、监控视频信息反演等技术"
               "支持。市公安局、市交通委要在恶劣天气预警时，及时采取、发布针对性交通管控措施。」 — the subject of 配合 as its own main verb is a doer (round "
               "46's p44g; Round 77's x301_01 三/（一）, turned; Round 81's x306_07 三), 做好 after it naming no body served; 建设完善, "
               "采取、发布 outside the list (" + CLOSED + ") → [市气象局], " + ONE_LEAD + "; none and the three accepted "
               "(RULING? 7); " + YJ_NODATE),
        S(["二", "（七）"], [], ["市公安局", "市应急局", "市交通委", "市卫生健康委", "市消防救援局", "各区政府"],
          note="「（七）提升应急处置和救援急救能力。市公安局、市应急局、市交通委、市卫生健康委、市消防救援局和各区政府要按照…原则，建立健全…应急救援联动机制；要制定完善各类交通事故处置预案，"
               "定期组织开展应急救援专项培训和演练训练，…」 — 组织开展 is rule 2's 组织＋verb, read wherever it stands (Round 77's x302_04 "
               "四、（二）), its subject carried from the clause before in its paragraph (rounds 34, 49 p46d; Round 77's x303_02 "
               "(三)); names split on 、 and 和 as printed (round 34) → the six, lead [] (no 牵头); 「定期」 a rhythm; " + YJ_NODATE),
        S(["三", "（八）"], ["市公安局"], ["市公安局", "市住房城乡建设管理委", "市交通委", "市绿化市容局"],
          lead_alternatives=[[]],
          note="「（八）从严开展运输企业安全管理。市交通委要严格…准入管理，加强…，督促企业制定并严格执行…规程。市交通委、市应急局、市公安局要健全…机制，…。市公安局、市交通委、…、市城管执法局"
               "要构建完善…“四地联管”工作机制。市公安局、市交通委和各区政府要实现…电子化。市公安局要会同市住房城乡建设管理委、市交通委、市绿化市容局督促工程施工方、…等企业和客货运场站落实源头管理，"
               "…。市交通委、市公安局、市应急局、市城管执法局要加强…检查，综合运用…措施，…」 — " + HUITONG + "; the firms, objects of 督促, are no "
               "units (" + PIVOT + "); the other clauses' 严格, 健全, 构建完善, 实现, 加强 outside the list (" + CLOSED + "); "
               "「四地联管」 a name; " + YJ_NODATE),
        S(["三", "（十）"], ["市交通委"], ["市交通委", "市公安局", "市应急局"], lead_alternatives=[[]], targets=[(100, "%")],
          note="「（十）推动重点车辆动态监管落地。市交通委要会同市公安局、市应急局督促“两客一危”、重型载货汽车等营运车辆安装卫星定位装置，加大监管力度，力争上路行驶车辆装置安装率、入网率、实时在线率达到"
               "100%。市交通委、市公安局要综合运用线上抽查、线下检查等方式，督促企业落实动态监控制度。」 — " + HUITONG + "; the firms' 落实 under 督促 "
               "is theirs (" + PIVOT + "); 「达到100%」 is a quantity joined to 达到, a goal of the item (round 30's line) → 100 %; "
               "「两客一危」 a name; " + YJ_NODATE),
        S(["三", "（十一）"], ["市公安局"], ["市公安局", "市经济信息化委", "市交通委"], lead_alternatives=[[]],
          note="「（十一）强化智能网联汽车安全监管。市公安局要会同市经济信息化委、市交通委研究建立市级智能网联安全监管平台，加强…监管，开展运行监测、事故调查等工作；要指导、督促…单位定期对…开展…培训。"
               "市交通委要督促自动驾驶运输车辆经营者加强…动态监管，…」 — " + HUITONG + "; 指导 is rule 3's guide and the objects of "
               "督促 none (" + PIVOT + "); 市交通委 is already a partner; " + YJ_NODATE),
        S(["四", "（十三）"], ["市交通委"], ["市交通委", "市公安局"], lead_alternatives=[[]],
          note="「（十三）提升驾驶培训监管质量水平。市交通委要会同市公安局完善驾驶培训监管机制，实现…互联互通，严格落实培训内容和学时要求，提高培训质量。市公安局要定期检查、通报驾驶人考场情况，…。"
               "市交通委、市公安局要加强新能源车辆驾考工作，…」 — " + HUITONG + " (落实 after it in the same clause, the same pair); the "
               "later 检查、通报 and 加强 add no body (" + CLOSED + "); " + YJ_NODATE),
        S(["四", "（十四）"], [], [],
          responsible_alternatives=[["市公安局", "市交通委", "市经济信息化委", "市市场监管局", "市生态环境局"], ["市交通委"]],
          not_targets=[(50, "岁")],
          note="「（十四）加强重点群体隐患排查治理。市公安局、市交通委要定期排查…驾驶人，督促企业加强管理。市交通委要督促客货运企业每年组织驾驶人进行体检，并组织为50岁及以上驾驶人增加心脑血管类体检项目，"
               "对不适宜从事驾驶工作的，及时调离岗位。市经济信息化委、市市场监管局、市公安局要加强…监管力度，严查…。市市场监管局、市公安局、市生态环境局、市交通委要对机动车检测机构加强…监管，…」 — "
               "the two 组织 are the firms', the object of 督促, 并 joining them to the firms' own verb (" + PIVOT + "); 排查, "
               "加强, 严查 outside the list (" + CLOSED + ") — " + NONE + "; every subject accepted, and [市交通委] (the "
               "second 组织 read as the commission's, RULING? 8); 「50岁及以上驾驶人」 is an age band naming a group of persons, "
               "no target though joined to 及以上 (round 31's exception) → 50 岁 not_target; 「每年」 a rhythm; " + YJ_NODATE),
        S(["四", "（十六）"], [], ["市交通委", "市公安局", "各区政府"], responsible_alternatives=[[]],
          note="「（十六）规范道路施工养护作业管理。市交通委要推动落实施工养护路段交通安全提示、预警、防护设施标准化、规范化。市交通委、市公安局和各区政府要压实道路权属单位主体责任，督促规范设置警示标志、"
               "限速标志、反光锥桶和发光灯具，落实专人负责现场安全管理；要建立黑名单制度，严惩违规作业行为。」 — 落实 is rule 2's verb whatever its object "
               "(round 66's p46d): 「推动落实…」 holds the commission's 落实 with its own object (unlike 抓好贯彻落实, a noun, Round 81's "
               "x308_09), and 「落实专人负责…」 is the three bodies' (the subject carried, rounds 34, 49 p46d; 督促 here has no "
               "object of its own, so the clause after it is not a pivot); 专人 is a person (round 30) → [市交通委, 市公安局, "
               "各区政府], lead [] (no 牵头); none accepted (both 落实 read as objects of 推动／督促, RULING? 9); " + YJ_NODATE),
        S(["四", "（十七）"], ["市财政局"], ["市财政局"],
          responsible_alternatives=[["市财政局", "市卫生健康委", "市公安局", "上海金融监管局"]],
          note="「（十七）完善救助基金运行管理机制。市财政局要牵头优化道路交通事故社会救助基金线上管理系统，简化救助基金申请审批流程。市卫生健康委、市公安局要加强相关业务指导和培训。上海金融监管局要探索建立"
               "保险行业提前介入、协助伤员申请救助基金的工作机制。」 — 「A牵头…」 gives lead A wherever it stands (rule 2; Round 77's x304_02 "
               "第五条, turned); the next sentences are their own clauses with 加强 and 探索建立, no 配合／参与／协助 after the lead "
               "(协助 there is the insurers', inside the mechanism's description) → lead and responsible [市财政局]; the four "
               "accepted; " + YJ_NODATE),
        S(["五", "（十九）"], [], [], responsible_alternatives=[["市交通委", "市公安局", "市城管执法局"]],
          not_targets=[(100, "吨")],
          note="「（十九）健全治理车辆超限超载长效机制。市交通委、市公安局、市城管执法局要加强信息共享、线索通报、研判会商、联合执法，严查超限超载行为，…。市交通委、市公安局要在本市所有高速公路入口收费站设置"
               "称重检测设备，…；要加大重点路段巡查力度，…；对严重超载的，依法处罚驾驶人、承运人、装载场所、运输企业，依法运用刑事手段严厉整治“百吨王”。」 — 加强, 严查, 设置, "
               "加大, 处罚 outside the list (" + CLOSED + ") — " + NONE + "; the three accepted; 「百吨王」 is a name holding a "
               "figure (the head's notes: names with digits are no targets) → 100 吨 not_target; " + YJ_NODATE),
        S(["五", "（二十）"], ["市交通委", "市教委"], ["市城管执法局", "市交通委", "市公安局", "市教委"],
          lead_alternatives=[[]], responsible_alternatives=[["市交通委", "市公安局", "市教委"]],
          not_targets=[(57, "座")],
          note="「（二十）加大对非法营运的联合打击力度。市公安局、市城管执法局要聚焦…，严查非法运输车辆，并溯源查处…。市绿化市容局要加强对建筑垃圾运输行业的监管，由市城管执法局对违法违规企业依法处罚。"
               "市交通委要会同市公安局查处…违法违规行为；要加快淘汰清零57座以上大客车、“营转非”大客车。市教委要会同市公安局、市交通委严厉打击“黑校车”。」 — the agent of 由 with a verb "
               "of doing (处罚) is a doer (rule 2); two 会同 clauses each give their subject as a lead and their partners as "
               "units (rule 2; bodies leading different parts are all leads, rounds 36, 45; Round 81's x309_01 第四条) → "
               "lead [市交通委, 市教委] (lead [] accepted), responsible in printed order; the 由 clause read as a sanction "
               "after a breach accepted without 市城管执法局 (RULING? 10); 聚焦, 严查, 加强 outside the list; 「57座以上大客车」 is "
               "a figure inside a noun naming the kind the work removes, a class, not a target (round 34; round 58; Round 53's "
               "「拥有30辆以上…的企业」, governs) → 57 座 not_target; " + YJ_NODATE),
        S(["六", "（二十一）"], [], ["市交通委", "市公安局"],
          responsible_alternatives=[["市公安局", "市交通委", "市委宣传部", "市文化旅游局", "市教委", "各区政府"]],
          note="「（二十一）加强交通安全宣传教育。市公安局、市交通委、市委宣传部要打造…品牌。市交通委要加强…培训。市交通委、市公安局要组织开展客货运行业文明驾驶人评选活动。市文化旅游局要督促旅行社…。"
               "市公安局、市教委要深化开展…主题宣传教育活动，…。各区政府要针对…开展精准宣传教育；…」 — 组织开展 is rule 2's 组织＋verb → the pair; 打造, "
               "加强, 督促, 深化开展, 开展 without 组织 outside the list (" + KAIZHAN + "; " + CLOSED + ") → [市交通委, 市公安局], "
               "lead [] (no 牵头; two doers, no lead accepted); every subject accepted; " + YJ_NODATE),
        S(["七", "（二十二）"], ["市公安局"], ["市公安局", "市交通委", "市城管执法局", "市应急局"], lead_alternatives=[[]],
          note="「（二十二）严格事故责任倒查追究。市公安局要会同市交通委、市城管执法局、市应急局对运输车辆肇事发生亡人交通事故的企业开展深度调查，对不履行交通安全管理义务的，依法予以行政处罚；…。发生重特大道路"
               "交通事故的，依法依纪追究相关部门及人员责任。各有安全生产监管职责的部门和各区政府要针对事故暴露的问题，举一反三，做好…工作。」 — " + HUITONG + "; "
               "the liability line names no body (round 49's x39_03), and 做好 is outside the list; " + YJ_NODATE),
        S(["七", "（二十三）"], [], [],
          responsible_alternatives=[["市发展改革委", "市公安局", "市交通委", "上海金融监管局"]],
          note="「（二十三）完善失信约束工作机制。市发展改革委、市公安局要将单位涉及交通违法等情况依法纳入信用评价范围。市交通委、上海金融监管局要将交通违法、事故等情况与客运线路招投标、运力投放及保险费率、"
               "银行信贷等关联，…。各使用信用信息单位要及时向市公共信用信息服务平台反馈信用激励和惩戒措施实施情况。」 — 纳入 and 关联 are outside the list "
               "(" + CLOSED + "), and the feedback to the platform is a sending, which names no doer (Round 75's p57a-2; Round "
               "81's x310_03 第十四条; the duty below) — " + NONE + "; the four accepted; " + YJ_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市交安委向市委政法委提供道路交通安全综治考评情况，向市安委会提供道路交通安全工作情况",
              "when": "（定期评价后）", "when_norm": None,
              "note": "一/（一）: the committee sends the results of its own assessment to two bodies — a sending of one's own "
                      "results the plan asks of a body it tasks is a duty, undated where its item prints no time (Round 74's "
                      "Duties; Round 79: 定期 names no rhythm of the sending)"},
             {"what": "市公安局及时向市市场监管局通报涉及非法经营性改装、违法生产销售等线索",
              "when": "及时", "when_norm": None,
              "note": "四/（十五）: the police pass on what they meet in their work (leads) — an undated duty (Round 74's "
                      "Duties; plans-dev 01 and 04 「及时」 → none)"},
             {"what": "各使用信用信息单位要及时向市公共信用信息服务平台反馈信用激励和惩戒措施实施情况",
              "when": "及时", "when_norm": None,
              "note": "七/（二十三）: a sending of the results of one's own measures to the platform — an undated duty "
                      "(Round 74's Duties; 「及时」 → none)"}],
     notes=["counting (leaf tasks; the forwarding notice and the opinion it issues are one plan, round 30's two "
            "documents): （一）–（二十五） under 一、–八、 1 each → **25**; every item names a body (no aims point: 一、 is "
            "「加强组织领导和责任落实」, a work heading, Round 80's p59d-1 form does not reach it). The cover's instruction "
            "and its repeal paragraph 「…（沪府办规〔2020〕13号）同时废止。」 no tasks (Round 79's repeal; round 30).",
            "units: no labels; rule 2 in run-in points (closed list): 会同 in （八）（十）（十一）（十三）（二十）（二十二）, 牵头 in "
            "（十七）, 组织开展 in （七）（二十一）, 落实 in （三）（十六）, 配合 in （六）, 由A处罚 in （二十）; the many 「A要加强／建立／"
            "推动…」 clauses name none (written as accepted alternatives). Names as printed, short forms (市交通委, 市公安局, "
            "市住房城乡建设管理委…) being all the text prints for them; 市交安委's full name is printed once in （一）.",
            "dates: none for any item (every item standing work; 「每年」「定期」 rhythms); figures: 100 % a target (（十）); "
            "50 岁 (age band), 57 座 (a class), 100 吨 (「百吨王」, a name) not_target; 「两客一危」「四地联管」 names."])

# ---------------------------------------------------------------------------------------------------------
X03 = "x316_03_shi-shichang-jianguanju-2024-minyong-shuibiao-ranqibiao-qiangzhi-jianding-gaige-shidian-fangan.txt"
T03 = "上海市民用水表、燃气表强制检定改革试点方案"
N03 = "上海市市场监督管理局关于印发《上海市民用水表、燃气表强制检定改革试点方案》的通知"
SJ_NODATE = ("no item writes a date of work (「自2024年4月1日起」 is the pilot's start, which dates no deadline: Round 77's "
             "x300_02 decided) → " + NODATE)

plan(X03,
     title=T03 + "（" + N03 + "）",
     title_note="the plan's title line (line 13) with the notice that issues it (printed twice, lines 1 and 3): written in "
                "the pair form the scorer reads (round 30's two documents; round 45's pair): either passes",
     doc_no="沪市监计量〔2024〕128号 (the index's field; not printed in the stored text)",
     issuer="上海市市场监督管理局",
     date="2024-03-29",
     date_note="signed 2024年3月29日 (the index the same); the pilot starts 2024年4月1日",
     level="the city market-regulation bureau, a pilot scheme merging the factory verification of household water and "
           "gas meters with their first compulsory verification: principles, aims, the pilot's scope, conditions for "
           "firms, five mechanisms (authorisation, traceability, digital supervision, sampling, redress), safeguards",
     source=src(N03 + ".md",
                "official page https://www.shanghai.gov.cn/zhengce/detail?businessId=2c984a728e83e4b2018e974d56d64c2c&siteId=0019",
                3045),
     style="a notice (its title twice, addressees, one paragraph, issuer, date) then the scheme: title line, preamble, "
           "五 headed parts 一、–五、 on their own lines; 一、 and 三、 childless; 二、 （一）–（四） heading lines over one "
           "paragraph each; 四、 （一） a heading over a paragraph, （二） a heading over conditions 1．–4．, （三） a heading over "
           "run-in items 1．–5．; 五、 （一）–（四） heading lines over one paragraph each; blank lines between all paragraphs",
     leaf_tasks=9, count_alternatives=[10, 13, 14],
     leaf_tasks_by_section={"四": 6, "五": 3},
     childless_top_level_sections=["一", "三"],
     samples=[
        S(["四", "（一）"], [], [],
          note="「（一）试点范围 自2024年4月1日起，在全市范围内开展民用水表、燃气表出厂检定与首次强制检定合并实施（以下简称“二检合一”）改革试点。依据…第二十七条规定，经市场监管部门"
               "授权的生产企业，对本企业制造的民用水表、燃气表在出厂前进行计量检定，检定合格后在安装前可不再进行首次强制检定。」 — a pilot's scope that names its "
               "work (开展…改革试点) is the work's scope, no general provision (Round 78's closing note; Round 81's x308_06), a "
               "task naming no unit (acts of the scheme with no subject, round 65's x274_01); 进行 is outside the closed "
               "list and 市场监管部门 sits inside the description of the firms (round 30's 「参加由A组织的培训」) — " + NONE + "; "
               + SJ_NODATE),
        S(["四", "（三）", "1"], [], ["市市场监管局"], lead_alternatives=[["市市场监管局"]], responsible_alternatives=[[]],
          note="「1．建立专项计量授权机制。本市民用水表、燃气表生产企业…具备…必要条件的，可自愿依法向市市场监管局申请…专项计量授权。市市场监管局根据企业申请，按照JJF 1069《…考核规范》等相关"
               "规定，组织对生产企业进行现场考核，对通过考核的企业进行授权。」 — the firms' application is an option and an application (round 49 p46b; round "
               "30), the bureau a receiver there; 组织＋verb places the work of the review on the bureau (Round 81's x309_02 "
               "第十二条 and x310_03 第七条: 组织＋review governs over the review rule) → [市市场监管局], " + ONE_LEAD + "; none "
               "accepted (the review and its decision, Round 77's x299_01 第十四条; RULING? 11); the name as printed (the "
               "cover's 上海市市场监督管理局 not rewritten, rounds 63, 64); JJF 1069 a standard number; " + SJ_NODATE),
        S(["四", "（三）", "2"], [], ["生产企业"], lead_alternatives=[["生产企业"]], responsible_alternatives=[[]],
          note="「2．建立产品追溯机制。获得专项计量授权的生产企业应严格按照国家计量检定规程，对每台计量器具在出厂前进行全项目的计量检定，并促进…。要加强对…的信息化管理，实现…可追溯。生产企业应配合"
               "市场监管部门开展的线上线下监管工作。」 — the subject of 配合 as its own main verb is a doer (round 46's p44g; Round 77's x301_01 "
               "三/（一））, and the body served stands inside the 的-phrase that describes the work (no rule-2 verb of its own, "
               "round 36); 进行 and 加强 are outside the closed list (" + CLOSED + "); the 的-phrase gives 生产企业 (rounds 32, "
               "38) → [生产企业], " + ONE_LEAD + "; none accepted (RULING? 7); 「每台」 a norm, no figure checked; " + SJ_NODATE),
        S(["四", "（三）", "3"], [], ["生产企业"], lead_alternatives=[["生产企业"]],
          responsible_alternatives=[["生产企业", "供水供气服务企业"], []],
          note="「3．建立数字化监管机制。生产企业负责将其销售于本市的民用水表、燃气表检定数据上传至上海市计量器具强制检定公共服务平台，在计量器具上加贴上海市强制检定二维码。供水供气服务企业对…已实施“二检合一”"
               "检定合格的…进行验收登记，并将安装使用信息上传至…平台。」 — 负责 places the work (rule 2; Round 77's x299_03 第八条: work placed by 负责 "
               "is read though its verb would be a review or a sending), the labelling its own act; 进行验收登记 and 上传 of the "
               "water and gas firms are outside the closed list and a sending (Round 75's p57a-2) → [生产企业], " + ONE_LEAD +
               "; the two firms and none accepted (RULING? 12); " + SJ_NODATE),
        S(["四", "（三）", "4"], [], ["市场监管部门"], lead_alternatives=[["市场监管部门"]],
          responsible_alternatives=[["市场监管部门", "法定计量检定机构"]],
          note="「4．建立抽样检查机制。基于风险可控的原则，市场监管部门应及时组织开展事中事后监管，并在水表、燃气表安装使用前委托法定计量检定机构实施监督抽样检定。监督抽样检定不向企业收取费用。」 — "
               "组织开展 (rule 2's 组织＋verb), and 「A委托B＋verb」 names A, B none by that clause (round 35; Round 81's x309_04 "
               "第二十六条) → [市场监管部门], " + ONE_LEAD + "; + 法定计量检定机构 accepted; the fee line a term; " + SJ_NODATE),
        S(["四", "（三）", "5"], [], [], responsible_alternatives=[["供水供气服务企业"]],
          note="「5．建立失准救济机制。进一步健全民用水表、燃气表计量纠纷调解、仲裁处理机制，对消费者提出的诉求要及时予以回应。对查实计量失准的民用水表、燃气表，督促供水供气服务企业依法依规处理，…」 — "
               "acts with no subject give work, a task naming no unit (round 65's x274_01); the water and gas firms are the "
               "object of 督促 (" + PIVOT + ") — " + NONE + "; [供水供气服务企业] accepted; " + SJ_NODATE),
        S(["五", "（一）"], [], ["各区市场监管局"], lead_alternatives=[["各区市场监管局"]], responsible_alternatives=[[]],
          note="「（一）加强组织领导 民用水表、燃气表强制检定改革是一项系统工程，…。各区市场监管局要提高认识，强化责任担当，加强调研摸底，鼓励相关企业积极参与改革试点工作，落实改革举措，增强企业获得感。」 — "
               "an item of 保障措施 that names a unit is a task (round 27; seeds EXPECTED.md lines 3–5); 落实 is rule 2's verb "
               "whatever its object (round 66's p46d) → [各区市场监管局] (各区 before a kind of body, a kind, round 33), "
               + ONE_LEAD + "; none accepted (the item read as urging only, round 68); " + SJ_NODATE),
        S(["五", "（二）"], [], ["试点生产企业"], lead_alternatives=[["试点生产企业"]], responsible_alternatives=[[]],
          note="「（二）强化企业主体责任 试点生产企业要严格按照法律法规及相关技术规范要求，开展民用水表、燃气表“二检合一”工作，落实质量主体责任，完善计量管理制度，加强检定过程控制，严格管理…，严禁伪造…，"
               "及时开展…售后服务。」 — 落实 with 主体责任 designates (round 46; Round 81's x310_01 三/（一）), and a heading whose object is "
               "a duty word places duties (Round 77's x304_03 五、（二）) → [试点生产企业] as printed, " + ONE_LEAD + "; none "
               "accepted; " + SJ_NODATE),
        S(["五", "（三）"], [], ["各区市场监管局", "市场监管部门"],
          responsible_alternatives=[["各区市场监管局"]],
          note="「（三）加强事中事后监管 各区市场监管局要落实属地责任，强化…的主体责任，定期组织对水表、燃气表生产企业实施“双随机、一公开”监督检查。市场监管部门组织落实好“二检合一”水表、燃气表安装前监督抽样"
               "检定。若检查发现生产企业有伪造…行为的，依法从严查处。」 — 落实 and 组织＋实施 (rule 2) make the district bureaus doers, and "
               "「A组织落实好…」 makes 市场监管部门 one (组织＋verb, Round 77's x302_04 四、（二）; Round 81's x306_06 组織好), two "
               "bodies as printed (a kind and its district offices named apart, no name rewritten, Round 74's 你局) → the two, "
               "lead [] (no 牵头; two doers, no lead accepted); [各区市场监管局] accepted (市场监管部门 read as the same bodies, "
               "RULING? 13); 「双随机、一公开」 a name; " + SJ_NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the cover notice and the scheme it issues are one plan, round 30): 一、指导思想 and "
            "三、工作目标 childless sections (plans-dev EXPECTED.md lines 21–25; Round 80's p59d-1: no clause names a doer); "
            "二、基本原则 （一）–（四） principles naming no unit, no tasks in a plan whose tasks name units (seeds EXPECTED.md "
            "lines 3–5; round 68: a principle names no act); 四、（一） 1 (a pilot's scope naming its work); 四、（二） 1．–4． "
            "conditions a firm must meet, states and terms, no tasks (Round 77's x299_01 第六条 state lines; Round 81's "
            "x310_04 第十条), and （二） itself a heading over them, no task; 四、（三） 1．–5． 5; 五、（一）–（三） 3 (each names a "
            "unit); 五、（四） 加大宣传力度 names no unit (保障措施, no task: round 27) → **9**. Accepted: 10 (五、（四） or 四、（二） "
            "counted as one), 13 (四、（二）'s four lines counted), 14 (both).",
            "units: no labels; rule 2 in headed points: 组织 (四/（三）/1, 4; 五/（三）), 配合 (四/（三）/2), 负责 (四/（三）/3), "
            "落实 (五/（一）–（三））. Names as printed: 市市场监管局 in the items (the cover's 上海市市场监督管理局 not rewritten); "
            "市场监管部门 and 各区市场监管局 kept apart as printed.",
            "dates: none for any item (the start 2024-04-01 of 四/（一） dates no deadline); no figures checked (JJF 1069 a "
            "standard number; 「二检合一」「双随机、一公开」 names); no duties (the cover's 「请及时向市市场监管局反映」 a cover "
            "instruction; the firms' uploads filings on themselves, round 42)."])

# Round 61 (align83): answers aligned to tests/data/CONVENTIONS.md "Round 83 rulings, written early" (README, round 61)
from aligned_rulings import align83  # noqa: E402

align83("x316_01", ["七"], "「对查验不符合要求、填报不规范的电子运单…，系统不予推送，由相关承运人…进行补充完善后，方予推送」 (七、): a party correcting and resubmitting its own filing takes a step in its own filing, which names none (round 55 turned 「建设单位应根据审核意见修改方案后…重新报审」); Round 81's x309_04 第三十七条 read a firm mending its faulty product; the point stays a task naming none (RULING? 2)",
        "Units, turned: round 55's x246_01 第十一条 and round 54's filing for itself over rule 2's 由A; [相关承运人] → none (accepted already), [相关承运人] stays accepted",
        resp=[], resp_alt=[["相关承运人"]])
align83("x316_01", ["八"], "「承运人应积极配合装货“五必查”」 (八、): a party's part in the check made of itself names none (the form at x315_03 第七条: 「A应（积极）配合（B）对A的检查／核查／监管」), and the point's other verbs (建立健全, 执行, 进行) are outside rule 2's closed list (RULING? 3)",
        "Units, turned: the form at x315_03 第七条 over round 46's p44g as c316 read it; [承运人] → none (accepted already), the builder's lists stay accepted",
        resp=[], resp_alt=[["承运人"], ["生产、储存、运输、使用和经营企业", "装货人", "承运人"]])
align83("x316_02", ["四", "（十六）"], "「市交通委要推动落实施工养护路段…标准化、规范化」 and 「市交通委、市公安局和各区政府要压实道路权属单位主体责任，督促规范设置…，落实专人负责现场安全管理」 (（十六）): 落实 as the object of 推动 is no clause of its own (as after 抓好), 推动 and 督促 are outside rule 2, and a verb run on inside 督促's reach is the object's (RULING? 9)",
        "Units, turned: round 30's pivot and Round 81's x308_09 over c316's 落实; [市交通委, 市公安局, 各区政府] → none (accepted already), the builder's list stays accepted",
        resp=[], resp_alt=[["市交通委", "市公安局", "各区政府"]])
align83("x316_03", ["四", "（三）", "2"], "「生产企业应配合市场监管部门开展的线上线下监管工作」 (四/（三）/2): a party's part in the check made of itself names none (the form at x315_03 第七条), and the point's other verbs (建立, 进行, 加强) are outside rule 2's closed list (RULING? 7)",
        "Units, turned: the form at x315_03 第七条 over round 46's p44g as c316 read it; [生产企业] → none (accepted already), the builder's list stays accepted",
        resp=[], resp_alt=[["生产企业"]])

write_collected(DIR)
