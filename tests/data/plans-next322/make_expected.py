# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next322/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 62 (built by helper c322): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``); every answer
was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 77 rulings, written early" to
its end in full, older rulings only where a ruling quoted there led) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next322/make_expected.py tests/data/plans-next322
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file gave for x322_01, _02, _03
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for x322_04
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` heading line, and the run of blank lines after it cut to one); the text "
          "was typed from the tool's answer (not re-checked by a character count)")


def src(commit, path, url, chars):
    return f"{REPO} @ {commit}, docs/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("outside articles rule 2's list is closed (rounds 30, 44; Round 77's x302_02, x302_03, x302_04 五、（一）: 进行, "
          "加强, 建立, 签订 without 由 outside it; Round 83's x316_01 十: a kind is a doer only by a rule-2 verb)")
ARTICLE = ("round 44 (decided), rounds 62 p52c, 66, 68: in 第X条 articles a body named by a kind (or a party by role, "
           "Round 77's x304_02 实施主体; Round 81's x309_04 第三十七条) standing as the subject of the article's verb of "
           "doing is a doer whatever the verb; an application or filing for one's own approval (round 30's applicant; "
           "Round 77's x304_02 第十一条), a review of a submission and the decision on it with its own steps (Round 77's "
           "x302_05 第六、十一条, x304_04 第十五条（二））, a sending (Round 75's p57a-2; Round 77's x299_01 第十条; Round 83's "
           "x315_01 第十一条) and options (可, Round 77's x301_02 （十八）) name none")
NOSUBJ = ("acts of the rules' own bodies with no subject give work (round 65's x274_01; Round 77's x302_04 五、（三）; Round "
          "81's x305_02): a task naming no unit")
LIMIT = ("a time limit running from an event 「…后N日内」「前3个工作日」 is no target and no deadline (rounds 33, 54, 58; "
         "Round 77's x302_04 二、（三）)")
BREACH = ("the rules' own body taking the step after a breach (责令改正, 处罚款, 查处) is a doer (Round 77's x299_04 第二十八条; "
          "round 70's x289_03; Round 83's x316_02 （二十））")
BAND = ("a policy's quantities written in a task item, both edges of a band 「1万元以上3万元以下」 read alike and kept as a "
        "range string (round 25, round 29; EXPECTED.md: ranges as strings; round 30's line: 以上／以下)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x322_01_shi-lvrongju-2010-jianzhu-laji-gongcheng-zhatu-yunshu-guanli-guiding.txt"
P01 = "关于加强本市建筑垃圾和工程渣土运输管理的规定"
QX = "区（县）绿化市容管理部门"
YS = "运输企业"

plan(X01,
     title=P01,
     title_note="the document's own title line (line 1); it is issued as 「规定」 to its addressees, no cover notice",
     doc_no="沪绿容(2010)207号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局",
     date="2010-06-21",
     date_note="signed 二○一○年六月二十一日 (last line); 四、 「本规定自颁布之日起至2010年12月31日施行」 is its validity (a general "
               "provision, round 30), dating no item",
     level="the city greenery and city-appearance bureau, to the district (county) bureaus, the district enforcement "
           "bureaus, its own units and the muck-haulage firms: duties of haulage firms on sites, of the district bureaus "
           "in supervising them, and the accountability that backs both",
     source=src(C49, "建筑垃圾与材料/关于加强本市建筑垃圾和工程渣土运输管理的规定.md",
                "https://lhsr.sh.gov.cn/zcfg/20100621/0039-D547C6D3-71BE-47D7-9F4B-C15B22DBCB1F.html", 2863),
     style="addressees and a preamble, then four points 一、–四、 (一、–三、 with （一）–（六）, their brackets followed by a space "
           "on some lines); 一、（五） 「现场管理员职责：」 over 1、–5、, 一、（六） a paragraph over 1、–3、, 二、（二） a list 「检查执法重点项目："
           "1、…3、」 of what the check covers with a paragraph after it; a stray 「[u1]」 (an editor's mark) kept at 一、（二）; 四、 "
           "the validity; the signing date",
     leaf_tasks=18, count_alternatives=[19, 20, 21],
     leaf_tasks_by_section={"一": 7, "二": 6, "三": 5, "四": 0},
     childless_top_level_sections=["四、本规定自颁布之日起至2010年12月31日施行"],
     samples=[
        S(["一", "（一）"], [], [YS], lead_alternatives=[[YS]], responsible_alternatives=[[], [YS, "建设单位"]],
          not_targets=[(3, "个工作日")],
          note="「运输企业应当与建设单位签订《…承运合同》，配合建设单位向工程所在地的区（县）绿化市容管理部门申报建筑渣土产生量和处置方案。 建筑渣土处置核准后，建设单位和运输企业应当在工程出土前3个工作日向区（县）绿化市容管理部门领取建筑渣土处置证，确保…随车携带处置证。」 — "
               "配合 with a subject of its own makes it a doer (round 46's p44g; Round 77's x301_01 三/（一））, the body "
               "served (建设单位) a unit only by a rule-2 verb after it or under a work heading (round 36; Round 81's x306_05): "
               "申报 is an application (round 30's applicant), none; 签订 without 由 outside articles names none (Round 77's "
               "x302_02); 领取…处置证 is drawing the permit one needs, an application (Round 81's x307_03 申领); "
               + ONE_LEAD + "; none and the pair accepted; " + LIMIT + " (前3个工作日: no comparison word); " + NODATE),
        S(["一", "（二）"], [], [], responsible_alternatives=[[YS]],
          note="「[u1]运输企业应当每日向区（县）绿化市容管理部门告知当日建筑渣土运输计划，包括…数量及使用车辆等具体安排。」 — the item's only act "
               "is a sending, which names no doer (Round 75's p57a-2; Round 77's x299_01 第十条), and the firm's notice of its "
               "own day's haulage is a regulated party's filing on its own matters, no duty (Round 81's Duties: 「A regulated "
               "party's filing on itself stays none」, round 42) — still a task: an item whose only acts are owed sendings is "
               "one naming no unit (Round 83's x313_01 第十一条) (RULING? 1); the 「[u1]」 mark is kept as printed (round 48); "
               + NONE + "; [运输企业] accepted; " + NODATE),
        S(["一", "（六）", "3"], [], [YS], lead_alternatives=[[YS]], responsible_alternatives=[[]],
          not_targets=[(24, "小时")],
          note="「（六）运输企业应当落实专人，对工地现场管理措施落实、运输车辆行驶安全、道路污染等情况实施全程监管。」 over 「3、对运输企业发生人员死亡的道路交通事故，自事故发生二十四小时内将事故发生时间、发生地点、事故车辆等详细情况报告所在区（县）绿化市容管理部门。」 — "
               "a lead-in naming a body about its items' work gives each item that names none its body (rule 4; Round 75's "
               "duty-list lead-in; Round 83's x311_03 第八条（三）: a lead-in gives its sending items its body): 运输企业 by "
               "落实 (rule 2's verb, RULING? 3 for 落实专人); the report of a fatal accident to the bureau that acts on it is "
               "a duty, undated (Round 83's x316_01 一: a report the rules ask when a case arises; a time limit from the "
               "event prints no date); " + ONE_LEAD + "; none accepted; 二十四小时内 " + LIMIT + "; " + NODATE),
        S(["二", "（一）"], [], [QX], lead_alternatives=[[QX]], responsible_alternatives=[[]],
          note="「区（县）绿化市容管理部门在受理建筑渣土处置申报时，应当严格审核申请主体资格…等材料。 在受理…申报后，区（县）绿化市容管理部门应当及时组织人员对排放工地进行现场勘察，确认…，并作出正确评估。对符合…规定的，应在规定时间内核发建筑渣土处置证。 区（县）绿化市容管理部门应当及时汇总所在区工地出土安排情况，每日向市绿化市容管理部门报告工地出土情况。」 — "
               "审核 of an application and 核发 on it are a review and its decision, none (Round 77's x302_05, x304_04 "
               "第十五条（二））, but 组织＋verb names its subject wherever it stands, a review named by 组织 included (rule 2; "
               "Round 81's x309_02 第十二条, x310_03 第七条, governs; 「A组织B＋verb」 names A, round 30); 汇总 is outside the "
               "closed list; " + ONE_LEAD + "; none accepted; the daily report to the city bureau is a duty with a daily "
               "rhythm (round 41: a report named by its rhythm; Round 83's x314_02 four duties by rhythm), no item "
               "deadline (a recurring date is a rhythm, round 34); " + NODATE),
        S(["二", "（二）"], [QX], [QX, "城管执法部门"], lead_alternatives=[[]],
          responsible_alternatives=[[QX]], targets=[(1, "次")],
          note="「区（县）绿化市容管理部门应当会同城管执法部门建立工地巡查制度，组建联合小组对区域内出土工地、消纳卸点实施执法检查，根据作业时间，做到每日至少巡查覆盖一次。对违法、违规行为，及时督促改正; 对拒不改正的，由城管执法部门按照法律、法规进行处罚。检查执法重点项目：1、建筑渣土处置申报情况;2、运输车辆相关证照齐全、车况状态等情况;3、运输企业现场管理员制度落实情况。 区（县）绿化市容管理部门应当建立…监管档案，由现场检查人员详细记录…」 — "
               "「A会同B＋verb」: lead A, responsible A, B (rule 2; Round 77's x299_01 第二十条, a 会同 with 加强 confirmed); "
               "由城管执法部门…处罚 after the item's own check is " + BREACH + ", the same body; the three lines only name what "
               "the check covers, no act of their own (Round 83's x312_02 三: lines that only list whom the work visits name "
               "no act; Round 77's x299_01 第六条), so they are （二）'s text and （二） a leaf, the closing paragraph going on "
               "with the same check (Round 81's x305_04 第十三、十四条, governs) (RULING? 4; count 25 with the lines as "
               "leaves); 现场检查人员 are persons; 至少…一次 a number joined to 至少, a target (round 30's line) (RULING? 5); "
               "lead [] accepted; " + NODATE),
        S(["二", "（三）"], [], [],
          note="Round 85 (turned): Round 81's x308_09 and x308_04, with Round 83's x313_04 五、 配备专人, over rule 2's 落实 read for a "
               "person — rule 2's 落实 has work as its object, and 落实专人 staffs the work, as 确定专门人员 and 配备专人 do (none); 负责 "
               "after 专人 is a person's (round 30); 指导、监督 is rule 3's guide. 「A落实／配备／确定专人（负责X）」 names none: "
               "[区（县）绿化市容管理部门] → none (accepted already; the ruling keeps no other list accepted, so the builder's is "
               "withdrawn). " + NONE + "; " + NODATE + ". The builder's reading was: 「区（县）绿化市容管理部门应当落实专人负责建筑渣土卸点付费信息系统、行驶装卸记录仪监控信息系统的操作及管理，并指导、监督运输企业规范使用，发现违规及时处置。」 — "
               "落实 is rule 2's verb (the subject of 落实: responsible A), its object here the staffing of the bureau's own "
               "system work; 负责 after 专人 is persons' (round 30; Round 83's x313_04 五、: 「企业应配备专人负责保管」 — 配备 "
               "outside the list) (RULING? 3: 落实专人 as rule 2's 落实, or like 配备专人, none); 指导、监督运输企业 is rule 3's "
               "guide; " + ONE_LEAD + "; none accepted; " + NODATE),
        S(["二", "（五）"], [], [], responsible_alternatives=[[QX]],
          note="「区（县）绿化市容管理部门应当将区域内运输企业发生人员死亡的道路交通事故信息及时报市绿化市容管理部门。」 — a sending names no doer "
               "(Round 75's p57a-2; Round 83's x315_01 第十一条), and an item whose only act is an owed sending is a task "
               "naming no unit (Round 83's x313_01 第十一条); the sending is an undated duty (及时 prints no time, plans-dev "
               "01 and 04; Round 83's x316_01 一: 立即 as 及时); " + NONE + "; the bureau accepted; " + NODATE),
        S(["二", "（六）"], ["市绿化市容管理部门"], ["市绿化市容管理部门", "市城管执法部门", "执法部门"],
          lead_alternatives=[[]],
          responsible_alternatives=[["市绿化市容管理部门", "市城管执法部门"]], targets=[(25, "%")],
          note="「市绿化市容管理部门会同市城管执法部门组成建筑渣土运输督察小组，对全市建筑渣土排放工地开展抽查，并建立现场检查记录档案。每周累计抽查率不低于25%，基本做到全市排放工地每月抽查一次。对在抽查中发现的问题，及时责令单位予以改正，并告知区（县）绿化市容管理部门；对违反法规规定的，由执法部门依法进行查处。」 — "
               "「A会同B＋verb」 gives lead A, A and B (rule 2), the group they form for the work being theirs (rule 3: the "
               "group set up is no unit; A is, as the doer of the item); 由执法部门…查处 after the item's own check is " + BREACH
               + ", a name kept as printed beside 市城管执法部门 (rounds 43, 48: no name rewritten); 不低于25% a floor, a "
               "target (round 30's line); 每月抽查一次 unchecked (no comparison word); the pair without 执法部门 and lead [] "
               "accepted; " + NODATE),
        S(["三", "（三）"], [], [], responsible_alternatives=[["市绿化市容管理部门", "市城管执法部门"]],
          note="「区（县）绿化市容管理部门、城管执法部门未按本通知要求实施监管的，市绿化市容管理部门、市城管执法部门将予以专项通报批评。」 — "
               "outside articles 予以通报批评 is outside rule 2's closed list (" + CLOSED + "), and the bodies in the "
               "「…的」 case are its objects (round 30); Round 77's x299_04 第二十八条 reads the rules' own body acting after "
               "a breach in articles and by 由A (Round 83's x316_02 （二十））, neither here (RULING? 6); " + NONE + "; the "
               "city pair accepted; " + NODATE),
        S(["三", "（五）"], [], ["相关部门"], lead_alternatives=[["相关部门"]], responsible_alternatives=[[]],
          note="「市、区（县）绿化市容、城管执法部门应当加强对建筑渣土管理、执法人员的管理，严禁滥用职权、玩忽职守、徇私舞弊；对违法违纪的，由相关部门依法给予查处。」 — "
               "加强 is outside the closed list (" + CLOSED + "); 由A＋查处 after a breach names A (rule 2's 由A＋a verb of "
               "doing; " + BREACH + "), 相关部门 a kind (Round 77's x304_01, turned); " + ONE_LEAD + "; none accepted; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "运输企业发生人员死亡的道路交通事故，自事故发生二十四小时内报告所在区（县）绿化市容管理部门", "when": "自事故发生二十四小时内", "when_norm": None},
             {"what": "区（县）绿化市容管理部门每日向市绿化市容管理部门报告工地出土情况", "when": "每日", "when_norm": "daily"},
             {"what": "区（县）绿化市容管理部门将运输企业发生人员死亡的道路交通事故信息及时报市绿化市容管理部门", "when": "及时", "when_norm": None}],
     notes=["Round 85 (turned): Round 77's decided on x301_01 二/（二） over plans-dev 08's every leaf — 「…在建筑渣土排放工地配备现场管理员…"
            "（五）现场管理员职责：1、…5、」: the site staff a firm hires are persons whose job duties are none (Round 77: 「a hired person's "
            "are none」; round 36's 护林员职责), unlike posts heading the plan's own bodies. 一、（五） 1、–5、 are no tasks: 23 → **18** "
            "(一、 7; accepted already; 23 is withdrawn with the reading), the one sample written (一、（五）、1) dropped. Accepted on the "
            "new count: 19 (四、 counted), 20 (二、（二）'s lines as leaves — the reading Round 85 keeps accepted, 25 on the builder's "
            "count), 21 (both). The builder's counting follows.",
            "counting (leaf tasks): 一、 （一）–（四） 4, （五） 1、–5、 5 (staff duty lines, tasks naming none), （六） 1、–3、 3 "
            "(its paragraph the lead-in) → 12; 二、 （一）–（六） 6 (（二）'s three lines of check items are its text); 三、 "
            "（一）–（五） 5 (acts with no subject 纳入, 予以告诫, 追究, 列入 give work: " + NOSUBJ + "); 四、 the validity, a "
            "general provision (round 30), no task → 23. Accepted: 18 (（五）'s lines as a hired person's job duties, off; "
            "RULING? 2), 24 (四、 counted: round 30 keeps a count with general provisions accepted), 25 (二、（二）'s lines "
            "as leaves; RULING? 4), 26 (both). 一、's opening paragraph 「…运输企业…必须加强…，建立…制度」 is the section's "
            "text (its verbs outside the closed list), no task.",
            "units: from sentences (headed points, rule 2's closed list); 区（县）绿化市容管理部门 as printed (levels before one "
            "head one name, round 30); persons (现场管理员, 专人, 现场检查人员) never units",
            "dates: no item is dated; 前3个工作日, 二十四小时内 limits from events; 2010年12月31日 the validity's end",
            "figures: targets 1 次 (二、（二） 至少), 25 % (二、（六） 不低于); not targets 3 个工作日 (一、（一）), 24 小时 "
            "(一、（六）3); unchecked: 每月抽查一次, 两次未履行职责 (a breach's description, round 31's exception)",
            "duties: three, checked (二、（一）'s daily report; the two fatal-accident reports, undated); 一、（二）'s daily plan "
            "is the firm's filing on itself, no duty (RULING? 1)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x322_02_shi-lvrongju-2016-jianzhu-laji-gongcheng-zhatu-yunshu-danwei-zhaotoubiao-banfa.txt"
P02 = "上海市建筑垃圾和工程渣土运输单位招投标管理办法"
N02 = "关于印发《上海市建筑垃圾和工程渣土运输单位招投标管理办法》的通知"
QL = "区（县）绿化和市容行政管理部门"
ZB = "招标人"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the measures' own title line (line 7) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪绿容〔2016〕207号 (printed on line 3)",
     issuer="上海市绿化和市容管理局",
     date="2016-05-18",
     date_note="the notice prints 2016年5月18日 (line 6; the front matter gives 2016-05-17); the measures are in force "
               "2016年7月1日 to 2020年12月31日 (第二十二条, a general provision dating no item)",
     level="the city greenery and city-appearance bureau, to the district (county) bureaus: how the district bureaus "
           "tender the licences of construction-waste and muck haulage firms, and who supervises it",
     source=src(C49, "建筑垃圾与材料/关于印发《上海市建筑垃圾和工程渣土运输单位招投标管理办法》的通知.md",
                "https://lhsr.sh.gov.cn/gfxwj/20160517/0039-1D67F1F3-E75A-4292-BE2E-2F4939937671.html", 3071),
     style="a forwarding notice (number, addressees, one sentence, date) then the measures' title and 22 articles, each "
           "「第N条   heading」 (spaces, no brackets) on a line of its own over its paragraphs; 第六条 holds a list 1.–3. with "
           "（1）（2） under 2.",
     leaf_tasks=15, count_alternatives=[14, 16, 18],
     leaf_tasks_by_section={"第四条": 1, "第六条": 1, "第七条": 1, "第九–二十条 less 第八条": 12},
     childless_top_level_sections=[],
     samples=[
        S(["第四条   职责分工"], [], ["上海市绿化和市容管理局", "上海市废弃物管理处", "上海市绿化和市容（林业）工程管理站", QL],
          responsible_alternatives=[["市绿化市容局", "上海市废弃物管理处", "上海市绿化和市容（林业）工程管理站", QL]],
          **art(X02, ["第四条   职责分工"]),
          note="「上海市绿化和市容管理局（以下简称市绿化市容局）负责…监督管理和…平台的设立；具体日常监督管理工作由上海市废弃物管理处承担；招投标平台的运营管理以及…发布与公示由上海市绿化和市容（林业）工程管理站承担。 区（县）绿化和市容行政管理部门负责…组织实施。」 — "
               "several clauses of rule 2 (负责; 由A承担 with work as its matter names a doer, round 30: only a cost makes a "
               "payer; Round 77's x303_03 承担＋work), all their bodies in printed order; under 职责分工 every body given work "
               "is a unit (rounds 34, 35); the full name kept, its 以下简称 dropped (round 43; Round 78's x95_02), the short "
               "name accepted; no 牵头: lead []; " + NODATE),
        S(["第六条   启动招投标"], [], [ZB], lead_alternatives=[[ZB]], responsible_alternatives=[[]],
          **art(X02, ["第六条   启动招投标"]),
          note="「满足下列条件之一的，招标人应当启动招投标工作：1.…许可证有效期距离届满不足四个月的; 2.…无法满足本辖区…运输需求的：（1）…（2）… 3.…其它应当启动招投标的情况。」 — "
               "a list of cases under a lead-in is the text of the item that announces it, one task, its lines no items "
               "(Round 78's (b); round 35) (count 18 accepted with them as leaves); " + ARTICLE + ": 招标人, the name 第五条 "
               "defines for the district bureaus, kept as printed (Round 81's x310_04: a name the text defines; rounds 43, "
               "48); " + ONE_LEAD + "; 不足四个月 unchecked (不足 is not in round 30's list of comparison words); " + NODATE),
        S(["第七条   招标方案"], [], [ZB], lead_alternatives=[[ZB]], responsible_alternatives=[[]],
          **art(X02, ["第七条   招标方案"]),
          note="「拟启动招标工作的招标人应当组织编制招标方案，招标方案应当包括…等内容，报上海市绿化和市容管理局核准后实施。」 — 组织＋verb names its "
               "subject (rule 2), a 的-phrase giving the name after the last 的 (rounds 32, 38); 报A核准 is a sending for "
               "approval, naming none (Round 77's x299_01 第十条), an undated duty; what the plan must hold is its content "
               "(text); " + ONE_LEAD + "; " + NODATE),
        S(["第九条   评标专家"], [], ["市绿化市容局"], lead_alternatives=[["市绿化市容局"]],
          responsible_alternatives=[["上海市绿化和市容管理局"]], **art(X02, ["第九条   评标专家"]),
          note="「评标专家库由市绿化市容局组建，分别为绿化市容、城管执法、交通管理（交警）和住房建设管理四个类别。 评标委员会成员数量为五名，一名由招标人指定的代表，其余四名…随机抽取。」 — "
               "由A＋a verb of doing (组建) names A (rule 2), the short name as printed (round 43; Round 82's p60c-3), the "
               "full name accepted; the committee's make-up is a composition, no unit and no work of its own (rule 3; Round "
               "74's x295_04); 五名, 四个类别 name the make-up, unchecked; " + ONE_LEAD + "; " + NODATE),
        S(["第十一条   投标报名"], [], [], responsible_alternatives=[[ZB]], targets=[(2, "家")],
          **art(X02, ["第十一条   投标报名"]),
          note="「招标公告发布后，投标人应当在规定时限内办理投标报名手续，并提交报名所需材料。 符合招标条件的投标人数量未达到比招标数量多2家（含）以上的，应当重新组织招标。重新招标后，…数量仍不足的，招标人可以采用邀请招标方式。」 — "
               "the bidders' registration is their application (round 30's applicant); 重新组织招标 has no subject (" + NOSUBJ
               + "), and 招标人可以 is an option (round 30); " + NONE + "; [招标人] accepted; 2家（含）以上 in a 的-clause of its "
               "own followed by a step is a trigger, a target (round 49; Round 81's x307_01 第十条; Round 83's x313_03 "
               "第六条); " + NODATE),
        S(["第十五条   评标"], [], [], responsible_alternatives=[["评标委员会", ZB]],
          **art(X02, ["第十五条   评标"]),
          note="「评标委员会应当按照…对投标文件进行评审和比较。 评标委员会完成评标后，应当向招标人提出书面评标报告，并推荐合格的中标候选人。 招标人根据…确定中标候选人。」 — "
               "the evaluation of bids is a review of the bidders' submissions, and the choice of candidates its decision, "
               "naming none in articles too (Round 77's x299_01 第十四条, x302_05 第六条; Round 81's x309_01 第十八条); the "
               "committee's report to the tenderer a sending (RULING? 7); " + NONE + "; the committee and the tenderer "
               "accepted; " + NODATE),
        S(["第十六条  候选人公示"], [], [], targets=[(5, "个工作日")], **art(X02, ["第十六条  候选人公示"]),
          note="「评标结束后，招标人确定的中标候选人名单应当在招投标平台进行公示。中标候选人的公示时间不应少于5个工作日。」 — " + NOSUBJ
               + "; 招标人 stands inside the noun's description 「招标人确定的…名单」, no doer (round 30: 「经A认定的企业」); "
               + NONE + "; 不应少于5个工作日 a floor joined to 少于 (不少于 with 应), a target (round 30's line; Round 81's "
               "「不少于10个工作日」 stays a floor); " + NODATE),
        S(["第十七条  确定中标人"], [], [ZB], lead_alternatives=[[ZB]], responsible_alternatives=[[]],
          not_targets=[(3, "日")], **art(X02, ["第十七条  确定中标人"]),
          note="「中标候选人经公示无异议的，招标人应将其确定为中标人。 投标人或者其他利害关系人对中标候选名单有异议的，应当在…公示期间通过书面形式提出。招标人应当自收到异议之日起3日内作出是否受理答复。经查实，…确有违规的，招标人应及时取消中标候选人资格，在完成本轮招投标后，由招标人评估运能需求，空缺的运能按照本办法第六条执行。」 — "
               "the award after the review, the answer to an objection and its steps are decisions on submissions, none "
               "(Round 77's x302_05 第十一条); but 由招标人评估运能需求 is the agent of 由 with a verb of doing on the "
               "tenderer's own work after the branch (rule 2; round 42's branch step; Round 81's x305_01) (RULING? 8); "
               "the objectors' 提出 an application; " + ONE_LEAD + "; none accepted; 3日内 " + LIMIT + "; " + NODATE),
        S(["第二十条  投诉处理"], [], [QL], lead_alternatives=[[QL]],
          responsible_alternatives=[[], [QL, "市绿化市容局"]], not_targets=[(30, "个工作日")],
          **art(X02, ["第二十条  投诉处理"]),
          note="「投标人或者其他利害关系人认为…的，可以…向所在区（县）绿化和市容行政管理部门投诉，… 区（县)绿化和市容行政管理部门应当自收到投诉之日起3个工作日内决定是否受理投诉…；自受理投诉之日起30个工作日内，应当作出书面处理决定并回复投诉人；… 如处理中查实中标人确存在违法违规使中标结果无效的，区（县）绿化和市容行政管理部门应当依法对中标人进行处理。 区（县）绿化和市容和管理行政部门在招投标过程中存在违法违规情况的投诉，市绿化市容局应当受理并在规定期限内作出处理并书面回复投诉人。」 — "
               "a decision on a party's complaint and its own steps name none, in articles too (Round 77's x302_05 第十一条; "
               "round 68), the complainants' 投诉 an application; but the district bureau's 依法对中标人进行处理 is " + BREACH
               + " — the name as printed in that clause (the article prints the bureau three ways: 「区（县)…」 with a "
               "half-open bracket, 「区（县）绿化和市容和管理行政部门」, and the clause's own; round 48: kept as printed); the "
               "city bureau's 受理…作出处理 a decision on a complaint, none (RULING? 9); " + ONE_LEAD + "; none and the pair "
               "with the city bureau accepted; 3个工作日内, 30个工作日内, 10日内 " + LIMIT + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "招标方案报上海市绿化和市容管理局核准", "when": None, "when_norm": None}],
     notes=["counting (leaf tasks; the notice 「现将…印发给你们，请遵照执行」 is one plan with the measures it issues): 第一条 "
            "purpose, 第二条 scope, 第三条 a principle (round 68; Round 83's x313_04), 第五条 definitions, 第二十一条 参照, "
            "第二十二条 entry into force and validity — general provisions, no tasks (round 30; Round 78's (a), (c)); 第八条 "
            "「招标人可以自行或者委托…」 an option only, no task (round 49 p46b); 第六条 one task with its list of cases (Round "
            "78's (b)); 第四、六、七、九–二十条 less 第八条 → 15. 第十四条 (开标, 由投标人…检查 and options), 第十九条 (the winner's "
            "own licence, an application) are tasks naming none or their parties (not sampled). Accepted: 14 (第十九条 off: "
            "the winner's own licence only), 16 (第八条 counted), 18 (第六条's 1.–3. with （1）（2） as leaves).",
            "units: article subjects (round 44); defined names (招标人) kept as printed; reviews, decisions on submissions and "
            "complaints, applications and sendings none",
            "dates: none; 2016年7月1日 and 2020年12月31日 are entry into force and validity",
            "figures: targets 2 家 (第十一条), 5 个工作日 (第十六条); not targets 3 日 (第十七条), 30 个工作日 (第二十条); "
            "unchecked: 四个月 (不足), 五名, 四个类别, 10日内, 3个工作日内",
            "duties: one undated (第七条's plan sent for approval, Round 77's x299_01 第十条)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x322_03_shi-lvrongju-2010-jianzhu-zhatu-yunshu-cheliang-jishu-yaoqiu-tongzhi.txt"
P03 = "关于提高本市建筑渣土运输车辆技术要求的通知"

plan(X03,
     title=P03,
     title_note="the notice's title line (line 1)",
     doc_no="沪绿容(2010)21号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局",
     date="2010-01-19",
     date_note="signed 二○一○年一月十九日 (last line); the year dates 二、2's 2010年2月10日前 as printed",
     level="the city greenery and city-appearance bureau, to the district (county) bureaus, the city transport office "
           "and the muck-haulage firms: safety equipment muck trucks must carry, and how the permits and checks enforce it",
     source=src(C49, "建筑垃圾与材料/关于提高本市建筑渣土运输车辆技术要求的通知.md",
                "https://lhsr.sh.gov.cn/fzwj/20100119/0039-B0F4C74F-21B9-4A23-9D21-1028B0BE31CA.html", 1063),
     style="addressees and a preamble, then 一、技术要求 (a lead-in paragraph over 1、–3、) and 二、管理措施 (1、–2、) followed by an "
           "unnumbered paragraph giving a date and the bureaus' checks; the signing date",
     leaf_tasks=5, count_alternatives=[6],
     leaf_tasks_by_section={"一": 3, "二": 2},
     childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [],
          note="「本市区域内建筑渣土运输车辆除满足《…》（DB31/T 398-2007）的相关规定外，还必须满足以下要求：」 over 「1、根据《机动车辆后视镜的性能和安装要求》（GB15084）的相关规定，必须安装广角后视镜、补盲后视镜，并安装下视镜，…」 — "
               "the lines of a list are its items, each read by its words: a line naming an act (安装) is a task (Round 77's "
               "x299_01 第六条; Round 81's x308_04: a line stating only a state is text); the trucks are things, the firms "
               "named only in the addressees: " + NONE + "; standard numbers DB31/T 398-2007, GB15084 are no targets "
               "(EXPECTED.md); " + NODATE),
        S(["一", "3"], [], [], targets=[(2, "个")],
          note="「3、车厢两侧各增加安装2个转弯信号灯和1个白天与转弯信号灯联动、晚上自动关闭的语音提示器，…」 — a task naming no unit (as 1、); a count "
               "of what the item's work is to install is its number of work (Round 81's x306_03 一座彩灯门楼, x308_05 "
               "一个垃圾池; round 55's x245_05), 2 个 checked (1 个 beside it unchecked: a lone 一 is read as a count only "
               "where a thing is counted, Round 74 continued); " + NONE + "; " + NODATE),
        S(["二", "1"], [], [],
          note="「1、从2010年3月1日起，不再核准新增四桥载重自卸车从事建筑渣土运输。」 — a start alone dates no deadline (Round 77 decided on "
               "x300_02: a start gives an end only with a length or a 至Y), and a bare act with no subject gives work (" + NOSUBJ
               + "); 四桥 names a kind of truck (round 30: 「3吨或5吨货车」), unchecked; " + NONE + "; " + NODATE),
        S(["二", "2"], [], ["市绿化市容局", "市交通港口局"], responsible_alternatives=[[]],
          lead_alternatives=[["市绿化市容局", "市交通港口局"]],
          dl="2010年2月10日前", dln="2010-02-10",
          note="「2、上述技术要求作为申请《…运输许可证》及…车况检测的基本要求，对不符合要求的，一律不予核发…。」 then the unnumbered paragraph 「本市区域内建筑渣土运输企业应根据技术要求在2010年2月10日前完成整修和改装，市绿化市容局、市交通港口局将组织开展车辆检测，对不合格的车辆，实施限期整改，…对两次整改不达标的，…责令该车辆退出建筑渣土运输作业市场。」 — "
               "an unnumbered paragraph after the last item that gives work is that item's body, no task of its own (round "
               "70's x288_06; rounds 32, 34) (RULING? 10; count 6 with it as its own task); 组织开展 names its subjects "
               "(rule 2), two separate heads two names (round 31); the firms' 完成 is outside the closed list; lead [] (no "
               "牵头), the pair as lead accepted; the date the item prints is its deadline (round 34), 2010 printed; 两次 "
               "describes a breach, unchecked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): 一、 1、–3、 (installing acts) 3; 二、 1、–2、 2 (the closing paragraph is 2、's body) → 5. "
            "Accepted: 6 (the closing paragraph as its own task, round 54's s48b reading).",
            "units: only in the closing paragraph (组织开展); the addressees name no item's unit",
            "dates: 2010-02-10 (二、2); 2010年3月1日 is a start",
            "figures: target 2 个 (一、3); unchecked 1 个, 四桥, 两次; standard numbers no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x322_04_shi-zhengfu-2018-jianzhu-boli-muqiang-guanli-banfa.txt"
P04 = "上海市建筑玻璃幕墙管理办法"
JS = "建设行政管理部门"
SJS = "市建设行政管理部门"
YZ = "业主"

plan(X04,
     title=P04,
     title_note="the rules' title line (line 1); the stored file printed it twice (the `# ` heading, dropped as the wrapper, "
                "and the text's own line)",
     doc_no="上海市人民政府令第77号 (2011), amended by 令第15号 (2018) — printed on line 3",
     issuer="上海市人民政府",
     date="2018-12-07",
     date_note="line 3: published 2011年12月28日, amended and re-published 2018年12月7日; in force 2012年2月1日 (第三十二条, a "
               "general provision); no item is dated",
     level="the city government's rules (a 政府规章) on building, using and maintaining glass curtain walls: the "
           "departments' duties, the builders', designers', contractors', supervisors' and owners' duties, and penalties",
     source=src(C2B, "建筑垃圾与材料/上海市建筑玻璃幕墙管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/a5b073c54763445aa26a48ca2440c722.html", 5793),
     style="the rules' title, a bracketed line of publication and amendment, then 32 articles 「第N条（heading）」 each on a "
           "line of its own over paragraphs separated by blank lines; lists （一）–（五） in 第六、十九、二十、二十一、三十一条",
     leaf_tasks=34, count_alternatives=[30, 32, 33, 35, 36],
     leaf_tasks_by_section={"第四–十八条": 15, "第十九条": 3, "第二十条": 5, "第二十一–三十一条": 11},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（管理部门）"], [], ["市和区建设行政管理部门", "市和区规划行政管理部门", "市和区环境保护行政管理部门", "发展改革、房屋管理、市场监管、应急等部门"],
          responsible_alternatives=[["市和区建设行政管理部门", "市和区规划行政管理部门", "市和区环境保护行政管理部门"],
                                    ["市和区建设行政管理部门", "市和区规划行政管理部门", "市和区环境保护行政管理部门", "本市发展改革、房屋管理、市场监管、应急等部门"]],
          **art(X04, ["第四条（管理部门）"]),
          note="「市和区建设行政管理部门按照职责分工，负责…监督管理。 市和区规划行政管理部门…负责…规划控制。 市和区环境保护行政管理部门…负责组织…论证。 本市发展改革、房屋管理、市场监管、应急等部门按照各自职责，协同实施本办法。」 — "
               "several 负责 clauses, all their bodies in printed order (rule 2); levels before one head one name (round 30: "
               "「市、区X部门」), fields before one head with 等 one name as printed (round 31; Round 77's x299_01 第二十条), "
               "本市 no part of it (round 41); 协同 with no partner is an adverb (round 39; Round 80's p59a-2) and 实施 rule "
               "2's verb; no 牵头: lead []; the three without the fourth, and the fourth with 本市, accepted; " + NODATE),
        S(["第五条（禁止采用玻璃幕墙的范围）"], [], [], targets=[(2, "层")], **art(X04, ["第五条（禁止采用玻璃幕墙的范围）"]),
          note="「住宅、医院门诊急诊楼和病房楼、中小学校教学楼、托儿所、幼儿园、养老院的新建、改建、扩建工程以及立面改造工程，不得在二层以上采用玻璃幕墙。 在T形路口正对直线路段处，不得采用玻璃幕墙。」 — "
               "a limit on what the building works may build is a task (Round 74's x296_01 三、（二）; Round 83's x314_10 "
               "四/(四): a ban on acts only the work can do), unlike a ban to 「任何单位和个人」 (Round 80) (RULING? 11); "
               + NONE + "; 二层以上 a quantity joined to 以上, a target wherever it stands, a ceiling of a standard (round "
               "30's line) (RULING? 11); " + NODATE),
        S(["第七条（行政管理部门的告知）"], [], [], responsible_alternatives=[["市和区发展改革部门", "市和区规划行政管理部门"]],
          **art(X04, ["第七条（行政管理部门的告知）"]),
          note="Round 85 (turned): Round 83's x315_01 第十一条 and Round 81's x309_01 第十六条 over round 44's any verb — giving a party "
               "what it needs to act on is a sending, which names no doer, in articles too, as 提供 the manual is (第十六条); an article "
               "whose only acts are owed sendings is a task naming no unit (Round 83's x313_01 第十一条). The two departments → none "
               "(accepted already); the builder's list stays accepted. " + NONE + ". The builder's reading was: 「市和区发展改革部门审批、核准建设项目时，应当书面告知建设单位玻璃幕墙工程建设和使用维护的相关规范。 市和区规划行政管理部门核定…规划条件时，应当书面告知建设单位…相关规范。」 — "
               + ARTICLE + ": 告知 the builder of the rules is the departments' own act, as serving a decision or a 通报 to "
               "those checked is (Round 83's x313_02 五、（十一）; rounds 65, 68), not a sending of records one holds to the "
               "body that uses them (Round 83's x315_01 第十一条) (RULING? 12); the 审批、核准 in the 时 clause name when; no "
               "牵头: lead []; none accepted; " + NODATE),
        S(["第九条（结构安全性论证和光反射环境影响论证）"], [],
          [JS, "环境保护行政管理部门", SJS, "市环境保护行政管理部门"],
          responsible_alternatives=[["建设单位", JS, "环境保护行政管理部门", SJS, "市环境保护行政管理部门"],
                                    [SJS, "市环境保护行政管理部门"]],
          **art(X04, ["第九条（结构安全性论证和光反射环境影响论证）"]),
          note="「…建设单位应当在施工图设计文件送审前，编制玻璃幕墙结构安全性报告，并提交建设行政管理部门组织专家论证。 建设单位应当…编制…技术评估报告，并提交环境保护行政管理部门组织专家论证。 市建设行政管理部门、市环境保护行政管理部门应当分别建立…专家库。专家抽取、回避等规则，由市建设行政管理部门、市环境保护行政管理部门另行制定。」 — "
               "组织＋verb names its subject, a review named by 组织 included (rule 2; Round 81's x309_02 第十二条, x310_03 "
               "第七条, governs): the two departments that 组织专家论证; 建立 and 由A…制定 name the two city departments "
               "(round 44; rule 2's 由A＋verb), each printed name kept (rounds 43, 48); the builder's reports are drawn for "
               "its own permit and go to the review the same sentence names, a step of its own approval (Round 77's x304_02 "
               "第十一条; Round 77's x299_01 第十三条 kept the drafting apart only where the review had an article of its own) "
               "(RULING? 13), the list with it accepted; no 牵头: lead []; " + NODATE),
        S(["第十条（施工图设计文件的审查）"], [], ["设计单位"], lead_alternatives=[["设计单位"]],
          **art(X04, ["第十条（施工图设计文件的审查）"]),
          note="「设计单位应当在编制施工图设计文件时，落实结构安全性和光反射环境影响的评估和论证意见。 建设单位在申请施工图设计文件审查时，应当提交…报告。 施工图设计文件审查机构应当审查…。…建设行政管理部门不予颁发施工许可证。 变更玻璃幕墙设计的，建设单位应当将施工图设计文件送原审查机构重新审查。」 — "
               + ARTICLE + ": 落实 names the designer (rule 2's verb too); the builder's filings and resubmission are steps of "
               "its own approval (round 55's x246_01 第十一条; Round 83's x316_01 七), the review body's 审查 a review and the "
               "department's refusal its decision, none; " + ONE_LEAD + "; " + NODATE),
        S(["第十六条（玻璃幕墙使用维护手册）"], [], [], responsible_alternatives=[["设计单位", "建设单位"]],
          **art(X04, ["第十六条（玻璃幕墙使用维护手册）"]),
          note="「采用玻璃幕墙的建设工程竣工验收时，设计单位应当向建设单位提供《玻璃幕墙使用维护手册》。 采用玻璃幕墙的建筑销售时，建设单位应当向买受人提供《…手册》。 《…手册》应当载明…等内容。」 — "
               "giving a document one holds to the one who uses it is a sending, which names no doer, in articles too (Round "
               "83's x315_01 第十一条, turned: 提供 records; Round 75's p57a-2) (RULING? 14); what the manual holds is its "
               "content, text; an article whose only acts are owed sendings stays a task (Round 83's x313_01 第十一条); "
               + NONE + "; the designer and the builder accepted; " + NODATE),
        S(["第十七条（保修责任）"], [], ["施工单位"], lead_alternatives=[["施工单位"]], targets=[(5, "年")],
          not_targets=[(6, "个月")], **art(X04, ["第十七条（保修责任）"]),
          note="「施工单位应当…在玻璃幕墙保修期内承担保修责任。 玻璃幕墙防渗漏的保修期不低于5年。 玻璃幕墙工程竣工验收满1年时，施工单位应当进行一次全面检查。其中，…在工程竣工验收后6个月时，进行一次全面的预拉力检查和调整。经检查发现存在安全隐患的，施工单位应当及时予以维修。」 — "
               + ARTICLE + ": 承担…责任 names a doer (round 30), 进行检查, 维修 verbs of doing, the repair a step after the "
               "item's own check (round 42); " + ONE_LEAD + "; 不低于5年 a floor, a target (round 30's line); 6个月时, 满1年时 "
               "times from an event with no comparison word, no targets (" + LIMIT + "); " + NODATE),
        S(["第十八条（既有玻璃幕墙的安全使用维护责任主体）"], [], [YZ], lead_alternatives=[[YZ]],
          responsible_alternatives=[["建筑物的业主"]], **art(X04, ["第十八条（既有玻璃幕墙的安全使用维护责任主体）"]),
          note="「既有玻璃幕墙的安全使用维护责任，由建筑物的业主承担。 本市鼓励业主投保建筑玻璃幕墙使用的相关责任保险。」 — 「由A承担…责任」 names a doer "
               "(round 30's clarification: only a cost as object makes a payer), a 的-phrase giving the name after the last "
               "的 (rounds 32, 38), the printed phrase accepted; 鼓励 names no work (Round 77's x299_02 第七条); a party by "
               "role is a unit (Round 74's 房屋产权方); " + ONE_LEAD + "; " + NODATE),
        S(["第十九条（日常维护保养）", "（二）"], [], ["物业服务单位"], lead_alternatives=[["物业服务单位"]],
          **art(X04, ["第十九条（日常维护保养）", "（二）"]),
          note="「受委托的物业服务单位应当履行下列义务：」 over 「（二）发现玻璃幕墙损坏或者存在安全隐患可能危及人身财产安全，但业主拒绝采取消除危险措施的，物业服务单位应当采取必要的应急措施，并立即报告建设行政管理部门和房屋行政管理部门。」 — "
               + ARTICLE + ": 采取…措施 names the management firm (its own subject; the lead-in gives the same, rule 4; Round "
               "81's x305_04 第四条), the step after its own finding (round 42); the report to the two departments is a duty, "
               "undated (立即 as 及时, Round 83's x316_01 一); the article's items are its leaves, its paragraph after them "
               "a task of its own (Round 77's x299_02; Round 83's x311_04 第十一条), its first paragraph 「业主或者受委托的物业服务"
               "单位，应当…进行日常维护保养」 an opening paragraph before the lead-in (RULING? 15: count 35 with it); "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十条（定期检查）", "（一）"], [], [YZ], lead_alternatives=[[YZ]], responsible_alternatives=[[]],
          **art(X04, ["第二十条（定期检查）", "（一）"]),
          note="「业主应当委托原施工单位或者其他有玻璃幕墙施工资质的单位按照下列规定对玻璃幕墙进行定期检查：」 over 「（一）玻璃幕墙工程竣工验收1年后，每5年进行一次检查。」 — "
               "each line names an act (进行检查), so the lines are items (Round 77's x299_01 第六条), and a lead-in naming a "
               "body about its items' work gives them its body (rule 4; Round 75; Round 83's x311_03 第十一、十二条): 「A委托B"
               "＋verb」 names A, B none (round 35; Round 81's x309_04 第二十六条); " + ONE_LEAD + "; none accepted; 每5年, "
               "1年后 a rhythm and a time from an event, unchecked (RULING? 16 for the lines as items; count 30 with them as "
               "one task's text); " + NODATE),
        S(["第二十一条（安全性鉴定）"], [], [YZ], lead_alternatives=[[YZ]], **art(X04, ["第二十一条（安全性鉴定）"]),
          note="「既有玻璃幕墙有下列情形之一的，业主应当委托具有玻璃幕墙检测能力的单位进行安全性鉴定：（一）…（五）需要进行安全性鉴定的其他情形。 进行安全性鉴定的单位应当出具鉴定结论。」 — "
               "a list of cases is the text of the item that announces it, one task, its lines no items, and the paragraph "
               "after them goes on with the same step (Round 78's (b); Round 81's x305_04 第十三、十四条, governs); 「A委托B"
               "＋verb」 names A (round 35); 「进行安全性鉴定的单位」 gives the bare head 单位, a call (Round 81's x310_03 "
               "第十条); " + ONE_LEAD + "; " + NODATE),
        S(["第二十三条（防护措施）"], [], [YZ, "供应单位"], responsible_alternatives=[[YZ]],
          **art(X04, ["第二十三条（防护措施）"]),
          note="「对采用钢化玻璃等…的建筑玻璃幕墙，业主应当根据不同情况，采取粘贴安全膜、设置挑檐或者顶棚等必要的防护措施。 粘贴安全膜的，应当将安全膜固定于周边结构上。 采用的安全膜应当符合相关国家技术标准。安全膜的供应单位应当按照国家技术标准和合同约定，承担安全膜的产品质量责任。 …所采用的建筑材料应当具备…防护性能。」 — "
               + ARTICLE + ": 采取 names the owner; 「A承担…责任」 names a doer (round 30's clarification), 「安全膜的供应单位」 "
               "giving 供应单位 (rounds 32, 38); the standards the film and materials meet are text; no 牵头: lead []; the "
               "owner alone accepted; " + NODATE),
        S(["第二十四条（技术资料）"], [], [], responsible_alternatives=[["施工单位", YZ]],
          **art(X04, ["第二十四条（技术资料）"]),
          note="「对玻璃幕墙进行定期检查、维修的施工单位，应当将…技术资料，移交给业主。 既有玻璃幕墙建筑的业主应当于每年12月将当年玻璃幕墙定期检查、安全性鉴定、维修以及采取防护措施等情况的技术资料，报建设行政管理部门备案。」 — "
               "移交 to a receiver hands the matter on and names none (Round 77's x299_03 第十六条, turned); the owner's "
               "yearly filing of its own wall's records is a sending, naming none (Round 75's p57a-2), and a regulated "
               "party's filing on itself, no duty (Round 81's Duties: 「A regulated party's filing on itself stays none」) "
               "(RULING? 17); an article whose only acts are owed sendings stays a task (Round 83's x313_01 第十一条); "
               "每年12月 a recurring date, no deadline (round 34; Round 79); " + NONE + "; the two parties accepted; "
               + NODATE),
        S(["第二十五条（专项维修资金）"], [], [SJS], lead_alternatives=[[SJS]], responsible_alternatives=[[]],
          targets=[(5, "年")], **art(X04, ["第二十五条（专项维修资金）"]),
          note="「新建建筑的玻璃幕墙专项维修资金，由建设单位在…初始登记前，按照规定缴存至指定专户。 既有建筑的…专项维修资金，由业主按照规定一次性或者分批缴存至指定专户。分批缴存的，最长缴存年限不得超过5年。 …缴存金额，按照…造价的一定比例确定。… 具体缴存和管理办法由市建设行政管理部门另行制定。」 — "
               "缴存 moves money, a payer (round 30; Round 81's x309_03 三、（一）), so 建设单位 and 业主 are none, but "
               "由A＋另行制定 gives the department work (rule 2), and an article that also gives work is a task (round 39; "
               "Round 83's x311_01 第七条 had only money); " + ONE_LEAD + "; none accepted; 不得超过5年 a ceiling joined to "
               "超过, a target (round 30's line; Round 83's x315_03 第七条 「最多不得超过30日」) of the task it stands in "
               "(round 25) (RULING? 18); " + NODATE),
        S(["第二十八条（对违反建设规定的处罚）"], [], [JS], lead_alternatives=[[JS]], not_targets=[("1-3", "万元")],
          **art(X04, ["第二十八条（对违反建设规定的处罚）"]),
          note="Round 85 (turned, by the form of x321_03 第五条（三））: round 32's penalties over round 25's rates — what a breach costs "
               "is no target, a fine's scale or band included (round 32: 「处5000元以上3万元以下的罚款」; CONVENTIONS.md's head: 「Penalties "
               "are not targets」): 「处1万元以上3万元以下罚款」 1-3 万元 target → not_target. The builder's reading was: 「违反本办法第十六条第一款、第二款规定，设计单位或者建设单位拒不提供《…手册》的，由建设行政管理部门责令限期改正；逾期不改正的，处1万元以上3万元以下罚款。」 — "
               + BREACH + "; the offenders inside the case are objects of the penalty (round 30); " + ONE_LEAD + "; " + BAND
               + "; article numbers no targets; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "监理单位立即向建设行政管理部门报告施工单位拒不改正或者不停止施工", "when": "立即", "when_norm": None},
             {"what": "物业服务单位立即报告建设行政管理部门和房屋行政管理部门", "when": "立即", "when_norm": None}],
     notes=["counting (leaf tasks): 第一条 purpose, 第二条 definition, 第三条 scope, 第三十二条 entry into force — general "
            "provisions, no tasks (round 30); 第四–十八条 one task each (15; 第六条 one task with its list of cases and the "
            "paragraph after it, Round 78's (b); 第十一条 the parties' qualifications, 第十三条 materials, a task by its acts); "
            "第十九条 （一）（二） and its paragraph after them 3; 第二十条 （一）–（四） and its paragraph 「定期检查应当按照…实施」 "
            "5; 第二十一条 one task (list of cases); 第二十二–三十一条 one each (10; 第二十五条 a task by 另行制定, 第三十一条 one "
            "task with its list of breaches) → 34. Accepted: 35 (第十九条's first paragraph as its own task, RULING? 15), 33 "
            "(第二十条's paragraph as （四）'s text), 32 (第十一条 and 第三十一条 off: qualifications only, officials' "
            "discipline by bodies the rules do not task, round 49's x39_03), 30 (第二十条's lines as the lead-in's text, one "
            "task; RULING? 16), 36 (第六条's three lines as leaves).",
            "units: article subjects (round 44); levels and fields before one head one name; 业主, 施工单位, 监理单位, "
            "设计单位, 物业服务单位 parties by role (Round 74's 房屋产权方); reviews, filings for one's own approval, "
            "sendings of documents, money paid in none",
            "dates: no item is dated; 每年12月 recurring; 2011, 2018, 2012 publication, amendment, entry into force",
            "figures: targets 2 层 (第五条 二层以上), 5 年 (第十七条 不低于, 第二十五条 不得超过); not targets 6 个月 (第十七条), 1-3 万元 "
            "(第二十八条, a fine's band: Round 85, turned — the builder wrote it as a target); unchecked: 3-10 万元 (第二十九条), 3000元以上1万元以下, 1000元以上1万元以下 (第三十条), 每5年 / "
            "每3年 / 满10年 (第二十条), article and decree numbers",
            "duties: two undated reports when a case arises (第十五条, 第十九条（二））; 第二十四条's yearly filing is the "
            "owner's filing on itself, no duty (RULING? 17)"])

write_collected(DIR)
