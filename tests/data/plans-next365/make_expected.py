# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next365/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 69 (built by helper c365, for round 70): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and "Round 83 rulings, written
early" to its end — Rounds 83–99, read whole, see the README's Exposures) applied to every item. Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next365/make_expected.py tests/data/plans-next365
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files (as plans-next341–359)
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/市政与基础设施/{path} (official page {url}) — {STORED} ({chars} characters stored)"


def lab(file, head):
    """The article's label as printed: 「第N条（heading）」 on a line of its own in all four texts (x365_03 prints
    「第三十二条(失信惩戒)」 with ASCII brackets, kept as printed)."""
    for line in (DIR / file).read_text(encoding="utf-8").split("\n"):
        s = line.strip()
        if s.startswith(head + "（"):
            return s[:s.index("）") + 1]
        if s.startswith(head + "("):
            return s[:s.index(")") + 1]
    raise KeyError(head)


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44: in 第X条 articles a body named by a kind, or a party by role, standing as the subject of the "
           "article's verb of doing bound by 应当／不得 is a doer whatever the verb (Round 92's governs on x182_03 第七条; "
           "Round 99's x359_01 第二十二条)")
SENDING = ("a sending — 报告, 报送, 告知, 通知, 答复, 归集, 报…备案 — names no doer, in articles too, and an article whose only "
           "acts are owed sendings is a task naming no unit (Round 83's x313_01 第十一条; Round 85's turned x322_04 第七条; "
           "Round 98's x353_02 第十七条)")
REVIEW = ("a decision on a party's application and its steps name none, in articles too, 由 before the decider changing "
          "nothing (Round 85's x321_02 and turned x317_03 第九条（一）; Round 94's turned x240_04 第二十四条), while "
          "组织＋review names its subject (Round 92's p65a form)")
OPTION = "可／可以／有权 give an option, no work (round 49 p46b; Round 89's x333_01 第九条)"
LIMIT = ("a time counted from an event, 内 alone or 前 joining no comparison word, is no target and dates nothing "
         "(round 33; Round 97's x355_03 五、（二））")
FINE = ("what a breach costs is no target, a fine's band included (round 32: 「处5000元以上3万元以下的罚款」; Round 85's "
        "turned x321_03 第五条（三））")
PENALTY = ("a penalty a named enforcing body imposes on regulated parties is its enforcement, a task (Round 91's x340_02 "
           "第二十六条; Round 77's x299_04 第二十八条)")
ZONE = ("a bracket giving the body of the same kind in other areas is dropped, 乡（镇）人民政府 → 乡人民政府, the printed name "
        "and 镇人民政府 accepted (Round 89's turned x331_02, x334_04; Round 94's governs on p66b; as plans-next359 wrote "
        "x359_04 第三十二条)")
PAYER = ("「由A保障／负责安排／负责筹集」 with 资金 as object names a payer, not a doer (round 30's clarification: 由A承担／分担／保障 "
         "with a cost; Round 83's x311_01 第七条 统筹安排 of funds; Round 87's governs on x323_02 第三十六条: a payer only where "
         "the matter is money alone)")
FILING = ("the operators, contracted firms and purchasers these rules name and task are bodies the rules task, so their "
          "owed filings and reports of the work the rules give them are duties (Round 87's turned x325_02 第十五条, "
          "x328_01 第十条; Round 91's filings by bodies the scheme tasks) (RULING? on the class: or round 42's filing on "
          "one's own business, Round 85's x322_04 第二十四条, no duty)")
ZG = "轨道交通企业"
SJ = "市交通行政管理部门"


# ---------------------------------------------------------------------------------------------------------
X01 = "x365_01_shi-zhengfu-2023-daolu-he-gonggong-changsuo-qingsao-baojie-fuwu-guanli-banfa.txt"
P01 = "上海市道路和公共场所清扫保洁服务管理办法"
SL = "市绿化市容行政管理部门"
QL = "区绿化市容行政管理部门"
XZ = "乡人民政府"
XZP = "乡（镇）人民政府"
ZD = "作业服务单位"


def a1(n):
    return lab(X01, n)


plan(X01,
     title=P01,
     title_note="the heading line (line 1, printed again on line 3)",
     doc_no="上海市人民政府令第83号 (2012), amended by 上海市人民政府令第7号 (2023) (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2023-12-05",
     date_note="promulgated 2012年5月2日 (令第83号), amended 2023年12月5日 (令第7号) (line 5); in force 2012年7月1日 (第二十一条, a "
               "general provision); 每年 (第十四条) is a yearly cycle with no year (round 34), 每日定时, 5日内 are rhythms and "
               "times from events (round 33): no task is dated",
     level="a city government rule (政府规章) on the cleaning of roads and public places: who is the responsible party for "
           "each kind of road, how the districts and towns tender the cleaning and pay for it, the contracted firms' "
           "service norms, emergencies, yearly review, complaints",
     source=src("上海市道路和公共场所清扫保洁服务管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/1c344139def749a996d1c8f0fd3f5541.html", 3441),
     style="heading printed twice, the promulgation line in brackets, then 21 articles 「第N条（heading）」 on a line of "
           "their own with the text below (no chapters); lists （一）– in 第二、四、十、十二、十九条",
     leaf_tasks=21, count_alternatives=[18, 19, 20, 25],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四条": 3, "第五–十一条": 7, "第十二条": 4,
                            "第十三–十七条": 5, "第十八、十九条": 0, "第二十条": 1, "第二十一条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a1("第三条")], [], [SL, QL], responsible_alternatives=[[QL]], **art(X01, [a1("第三条")]),
          note="「市绿化市容行政管理部门是本市道路和公共场所清扫保洁服务的主管部门。 区绿化市容行政管理部门按照规定职责，负责…管理。」 — "
               "naming the department that bears the rules' work, under a duty heading, designates it (Round 93's governs "
               "on x346_01 第三条 「绿化市容部门是…行政主管部门」), and 负责 is rule 2's; each once, printed order; lead [] "
               "(no 牵头); " + NODATE),
        S([a1("第四条"), "（一）"], [], [QL, XZ], responsible_alternatives=[[QL, XZP], [QL, "镇人民政府"]],
          **art(X01, [a1("第四条"), "（一）"]),
          note="「…责任人，分别按照下列规定确定：」 over 「（一）城市道路、特定公路路段和公共场所，由区绿化市容行政管理部门或者乡（镇）人民政府负责；」 — "
               "lines that each give a named body the work of one kind of place are items (Round 95's x352_02 第七条; Round "
               "97's x353_02 第八条: clauses dividing the work by a kind of its objects), 由A或者B负责 names both (round 30; "
               "round 49); " + ZONE + "; lead [] (no 牵头); " + NODATE),
        S([a1("第四条"), "（三）"], [], ["村民委员会"], lead_alternatives=[["村民委员会"]],
          **art(X01, [a1("第四条"), "（三）"]),
          note="「（三）村内通道，由村民委员会负责。」 — 由A负责 (rule 2), a line of the article's items (above); " + ONE_LEAD
               + "; " + NODATE),
        S([a1("第七条")], [SL, "市市场监督行政管理部门"], [SL, "有关部门", "市市场监督行政管理部门"],
          lead_alternatives=[[], [SL]], responsible_alternatives=[[SL, "市市场监督行政管理部门"]],
          **art(X01, [a1("第七条")]),
          note="「…清扫保洁的等级和具体范围由市绿化市容行政管理部门会同有关部门确定。 …质量标准，由市市场监督行政管理部门会同市绿化市容行政管理部门制定并公布。」 — "
               "「由A会同B＋verb」 gives lead A with B (rule 2), and bodies that lead different parts by 会同 are all leads "
               "(Round 83's x316_02 （二十）; Round 87's governs on x328_04 三); 有关部门 a kind after 会同 (Round 80's p59a-2), "
               "the list without it accepted; each once, printed order; the first sentence's 实行分等级清扫保洁 has no "
               "subject and the second's 应当符合 is a state (Round 87's state-only line); " + NODATE),
        S([a1("第八条")], [], [QL, XZ, "镇人民政府", "街道办事处", "村民委员会"],
          responsible_alternatives=[[QL, XZP, "镇人民政府", "街道办事处", "村民委员会"]],
          **art(X01, [a1("第八条")]),
          note="「…作业服务单位，由区绿化市容行政管理部门或者乡（镇）人民政府通过招标的方式确定。作业服务单位应当具备…许可证。 街巷里弄内通道以及村内通道，由镇人民政府、街道办事处或者村民委员会负责组织清扫保洁队伍或者专人进行清扫保洁。」 — "
               "由A＋确定 and 由A负责组织 are rule 2's, 或者 joining doers (round 49); the firm's licence is a state it holds "
               "(Round 83's x313_02 四、; Round 87's x327_02 五), the 核发 body inside a noun's description (round 30); "
               + ZONE + " (乡人民政府 and the printed 镇人民政府 two names); each once, printed order; lead [] (no 牵头); "
               + NODATE),
        S([a1("第九条")], [SL], [SL, "市财政、住房城乡建设管理、交通等行政管理部门"], lead_alternatives=[[]],
          responsible_alternatives=[["镇人民政府", "街道办事处", "村民委员会", SL, "市财政、住房城乡建设管理、交通等行政管理部门"]],
          **art(X01, [a1("第九条")]),
          note="「…所需要的资金…由区或者乡（镇）人民政府财政予以保障。 …资金，由镇人民政府或者街道办事处负责安排。 …资金，由村民委员会负责筹集。 本市环卫作业养护预算定额，由市绿化市容行政管理部门会同市财政、住房城乡建设管理、交通等行政管理部门，按照…原则制定。 …财政资金的使用，应当接受财政、审计部门的监督、检查。」 — "
               "setting the budget norm is work beyond moving money (Round 95's x351_01 二、（九）26; Round 97's x355_03 七、3), "
               "so the article is a task; 「由A会同B制定」 gives lead A with B, fields before one head with 等 one name as "
               "printed (round 31); " + PAYER + " (RULING? 1: or 负责, rule 2's own verb, names them); the auditors "
               "are receivers (rule 3); printed order; " + NODATE),
        S([a1("第十一条")], [], [QL, XZ, ZD, SL], responsible_alternatives=[[QL, XZ, SL], [QL, XZP, ZD, SL]],
          **art(X01, [a1("第十一条")]),
          note="「作业服务单位确定后，区绿化市容行政管理部门或者乡（镇）人民政府应当与中标的作业服务单位签订作业服务协议。 市绿化市容行政管理部门应当制定…示范文本。」 — "
               "与B签订 is round 30's two-party act, both doers (Round 95's x347_04 第十二条; Round 93's x345_01 第二十四条), the "
               "的-phrase giving 作业服务单位 (rounds 32, 38); 制定 a verb of doing in an article (" + ARTICLE.split(" (")[0]
               + "); " + ZONE + "; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第十二条"), "（七）"], [], [ZD], lead_alternatives=[[ZD]],
          responsible_alternatives=[["城市道路、特定公路路段和公共场所作业服务单位"]],
          **art(X01, [a1("第十二条"), "（七）"]),
          note="「城市道路、特定公路路段和公共场所作业服务单位应当…进行清扫保洁作业，并遵守下列服务规范：」 over 「（七）及时收集作业产生的垃圾并投入指定的垃圾收集容器，不将其混入…」 — "
               "a service norm the rules bind a contracted firm to is work (Round 93's x346_01 第十四条（一）; Round 84's "
               "p61a-2), the lines read each by its words: a line naming an act is a task, one stating only a state "
               "（二）（三）（五）（六） is text (Round 87's governs on x328_03; Round 91's x340_04; Round 99's x361_02 "
               "第十二条) (RULING? 2); a lead-in binding a named party to the acts its lines list gives them its body "
               "(rule 4; Round 83's x311_03 第十一、十二条); a place phrase with its own nouns before the kind is dropped "
               "(Round 93's x341_01 第十五条; Round 97's x353_02 第七条), the printed name accepted; " + ONE_LEAD + "; 及时 "
               "prints no date; " + NODATE),
        S([a1("第十三条")], [], ["市、区绿化市容行政管理部门", XZ, ZD],
          responsible_alternatives=[["市、区绿化市容行政管理部门", XZP, ZD], ["市、区绿化市容行政管理部门", XZ]],
          **art(X01, [a1("第十三条")]),
          note="「市、区绿化市容行政管理部门和乡（镇）人民政府应当编制…应急预案，做好…保障工作。 作业服务单位应当根据…预案，编制本单位的应急处置具体方案，并向区绿化市容行政管理部门备案。」 — "
               + ARTICLE.split(" (")[0] + " (编制), 「市、区X部门」 one name (round 30); the firm's own plan is work of its "
               "own beside its filing (Round 93's x346_03 第二十六条); the filing a duty (below); " + ZONE + "; each "
               "once, printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第十四条")], [], [QL, XZ], responsible_alternatives=[[QL, XZP]], **art(X01, [a1("第十四条")]),
          note="「区绿化市容行政管理部门或者乡（镇）人民政府应当每年组织对作业服务单位的…评议活动，并公布评议结果。评议过程中，应当听取…意见…」 — "
               "组织＋verb is rule 2's, 或者 joining doers (round 49); publishing the results to the public is disclosure, "
               "no duty (round 55's x247_01); 每年 is a yearly cycle with no year and no count printed: no deadline, no "
               "target (round 34; Round 84's p61e-1 reads a count printed); " + ZONE + "; lead [] (no 牵头); " + NODATE),
        S([a1("第十六条")], [], [], responsible_alternatives=[["市或者区绿化市容行政管理部门", "城管执法部门"]],
          not_targets=[(5, "日")], **art(X01, [a1("第十六条")]),
          note="「任何单位和个人…有权向市或者区绿化市容行政管理部门和城管执法部门进行投诉。 市或者区绿化市容行政管理部门和城管执法部门应当自受理投诉之日起5日内，将处理意见答复投诉人。」 — "
               "the first paragraph is a right of anyone (" + OPTION.split(" (")[0] + "; Round 80), the second's only act "
               "is 「A将X答复B」, a sending (" + SENDING.split(" (")[0] + "), a notice of the bodies' own handling to the "
               "party it concerns and a duty (below) (RULING? 3: or the bodies' handling of complaints about the service "
               "they run, Round 89's x329_01 第十七条 「应当及时处理和反馈」, the two bodies); " + LIMIT + ": 5 日 not_target; "
               + NONE + "; " + NODATE),
        S([a1("第十七条")], [], [ZD], lead_alternatives=[[ZD]], responsible_alternatives=[[]],
          **art(X01, [a1("第十七条")]),
          note="「违反本办法第十二条第一款或者第十四条规定，作业服务单位未按照要求进行清扫保洁作业或者经评议未达到…质量的，应当按照作业服务协议的约定进行整改。」 — "
               "an article whose whole work is the response to its case takes its doer (round 30's clarification), and a "
               "party the rules bind by 应当 to correct its own work is a doer where it acts (Round 97's x355_02 四、（三）4 "
               "「整改责任方应当按照协议约定…实施整改」; " + ARTICLE.split(" (")[0] + "); the agreement names no other body; "
               + ONE_LEAD + "; " + NODATE),
        S([a1("第二十条")], [], ["产权人", "管理单位"], responsible_alternatives=[["产权人"]],
          **art(X01, [a1("第二十条")]),
          note="「设置在本市道路和公共场所的公共设施，由产权人或者其委托的管理单位负责保洁。保洁质量应当符合…标准要求。」 — "
               "由A或者B负责 names both (round 30: 「由A或B指定专人负责」), the 的-phrase giving 管理单位 (rounds 32, 38); the "
               "quality a state (Round 87's state-only line); each once, printed order; lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "作业服务单位应当根据所在区域清扫保洁服务突发事件应急预案，编制本单位的应急处置具体方案，并向区绿化市容行政管理部门备案",
              "when": None, "when_norm": None,
              "note": "第十三条 — the contracted firm filing the plan the rules make it draw up; " + FILING + "; undated"},
             {"what": "市或者区绿化市容行政管理部门和城管执法部门应当自受理投诉之日起5日内，将处理意见答复投诉人",
              "when": None, "when_norm": None,
              "note": "第十六条 — a notice of the bodies' own handling to the party it concerns is a duty (Round 97's x358_01 "
                      "第七、十、十一、十二条; Round 93's x345_04 第十七条), 5日内 a time from an event: undated"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope and definition of 道路 (its "
            "（一）–（四） a definition's kinds, Round 78's (a)), 第二十一条 force; no tasks: 第十八条 (「按照《…条例》等…的规定予以处理」, "
            "a pointer to other texts with no agent, Round 87's turned x325_01 第二十五条), 第十九条 (the discipline of the "
            "rules' own officials, the standard liability clause, Round 91's x340_04 第七十九条; Round 97's x358_01 第二十一条); "
            "tasks: 第三条 (a designation and 负责), 第四条 3 (its lines, each 由A负责), 第五条 one (its first paragraph a "
            "principle naming no doer, p51e; 「本市建立…增长机制」 an act with no subject, the rules' own bodies', round 65's "
            "x274_01, 本市 no body, round 41), 第六–十一条 one each (第十条 「招标文件，应当包括下列主要内容：（一）–（三）」 the "
            "contents of a document, no items, Round 86's (a), the article binding the tender's drafting one task naming "
            "none, Round 99's x364_01 第六条), 第十二条 4 ((一)(四)(七) acts, (二)(三)(五)(六) states only, text, and the closing "
            "paragraph 「…清扫保洁队伍或者专人应当每日定时进行清扫保洁」 one more task naming none, Round 86's governs — the "
            "team organised under 第八条 and persons, no unit, Round 96's turned x350_06 一/3), 第十三–十七条 one each, "
            "第二十条 → **21**. Accepted: 18 (第十二条 one task), 19 (第四条 one task), 20 (第五条 no task, or 第十二条's lines "
            "without the paragraph), 25 (第十二条 every line and the paragraph)",
            "units: rule 2 and round 44 in articles; not sampled: 第六条 [市绿化市容行政管理部门]; 第十条 none; 第十二条（一）（四） "
            "[作业服务单位]; 第十五条 [市和区绿化市容行政管理部门, 乡人民政府, 街道办事处] (宣传, a verb of doing in an article)",
            "dates: none (see date_note)",
            "figures: not_target 5 日 (第十六条); no other figure in a task",
            "duties: two, above; not duties: 第十四条's 公布评议结果 (disclosure to the public, round 55's x247_01)"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x365_02_shi-zhengfu-2022-guidao-jiaotong-yunying-anquan-guanli-banfa.txt"
P02 = "上海市轨道交通运营安全管理办法"


def a2(n):
    return lab(X02, n)


plan(X02,
     title=P02,
     title_note="the heading line (line 1, printed again on line 3)",
     doc_no="上海市人民政府令第22号 (2009), amended 2016 and by 上海市人民政府令第62号 (2022) (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2022-01-24",
     date_note="promulgated 2009年12月9日 (令第22号), amended 2016年6月21日 and 2022年1月24日 (令第62号) (line 5); in force "
               "2010年3月1日 (第三十二条, a general provision); 3个月, 1年 are floors on stages, 10天前, 3日内, 立即 times "
               "from events (round 33), 定期 no date: no task is dated",
     level="a city government rule (政府规章) on the safety of rail transit operation: the supervising departments, the "
           "operating enterprise's safety facilities, protection zones and works near the lines, the safety assessments "
           "before operation, staff, passengers, security checks, risk control, supervision, emergencies, reports and "
           "penalties",
     source=src("上海市轨道交通运营安全管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20220222/c92c258170e14fe6a7b37a8787839cc6.html", 6613),
     style="heading printed twice, the promulgation and amendment line in brackets, then six chapters 「第N章　title」 (an "
           "ideographic space) and 32 articles 「第N条（heading）」 on a line of their own with the text below; lists （一）– "
           "in 第六、十五、二十九条 (第六、十五、二十九条's lead-ins end with an ASCII colon)",
     leaf_tasks=33, count_alternatives=[29, 30, 34, 39],
     leaf_tasks_by_section={"第一、二条": 0, "第三–五条": 3, "第六条": 4, "第七–十四条": 8, "第十五条": 0,
                            "第十六–二十八条": 13, "第二十九条": 5, "第三十–三十二条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a2("第三条")], [], ["市应急管理部门", SJ, "发展改革、住房城乡建设管理、公安、卫生健康、消防救援机构等部门", "区人民政府"],
          responsible_alternatives=[["市应急管理部门", SJ]], **art(X02, [a2("第三条")]),
          note="「市应急管理部门依法对安全生产工作实施综合监督管理。 市交通行政管理部门依法对轨道交通运营安全实施监督管理。 发展改革、…消防救援机构等部门及区人民政府按照各自职责，协同实施本办法。」 — "
               "「A依法对…实施监督」 is rule 2's 实施 (Round 85's governs), and bodies named to carry out the rules 协同实施 "
               "do work (Round 91's x340_02 第三条, x340_03 第五条); fields before one head with 等 are one name as printed "
               "(round 31; Round 91's x337_04 第四条); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第六条"), "（二）"], [], [ZG], lead_alternatives=[[ZG]], **art(X02, [a2("第六条"), "（二）"]),
          note="「轨道交通企业应当按照…规范标准，在车站、车厢内设置以下安全设施、设备:」 over 「（二）安全、消防、人员疏散导向等标志；」 — "
               "a list that a body's own verb acts on gives items, each a part of its work taking its body (Round 96's "
               "turned x341_04 第三十八条: 「应当公开以下信息：」; round 63's x248_01; rule 4) (RULING? 4: or the lines the "
               "contents of one act, Round 86's (a), the article one task); " + ONE_LEAD + "; " + NODATE),
        S([a2("第十条")], [], [SJ], lead_alternatives=[[SJ]], **art(X02, [a2("第十条")]),
          note="「…市交通行政管理部门应当…划定轨道交通安全保护区的具体范围，并告知规划、房屋等相关行政管理部门。 在…安全保护区范围内进行…作业的，规划、房屋等相关行政管理部门应当告知相关作业单位向市交通行政管理部门办理…审批手续。」 — "
               + ARTICLE.split(" (")[0] + " (划定); the second paragraph's only act is 告知, a sending naming none ("
               + SENDING.split(" (")[0] + "), the work unit an applicant (round 30); the bureau's notice of its own "
               "zone to the bodies that act on it a duty (below); " + ONE_LEAD + "; " + NODATE),
        S([a2("第十一条")], [], [ZG, "作业单位"], responsible_alternatives=[[ZG]], **art(X02, [a2("第十一条")]),
          note="「…轨道交通企业应当对…安全保护区实施安全管理。 作业单位应当按照经…审批同意的作业方案进行施工，并采取相应的安全保护措施。作业单位…应当重新向…办理…审批手续。 轨道交通企业应当对…施工制定安全监督方案，并…进行日常监督。」 — "
               "实施 is rule 2's, and a party by role bound by 应当 to take measures on its site is a doer in an article "
               "(Round 93's x346_03 第二十六条 施工单位 采取措施; " + ARTICLE.split(" (")[0] + "), its fresh application "
               "a step of its own approval (round 42); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第十二条")], [], ["施工单位", ZG], responsible_alternatives=[[ZG]], **art(X02, [a2("第十二条")]),
          note="「在…安全保护区外进行建设工程施工，…的，施工单位应当采取必要的安全防护措施，不得影响…，并在施工前书面告知轨道交通企业。 轨道交通企业应当派员对施工现场进行安全检查。…轨道交通企业应当要求施工单位立即停止施工…，同时报告市交通行政管理部门。」 — "
               "the 的-clause picks a kind of works by what they are, no event (Round 94's 「对X的」 form), and the subjects "
               "of 采取措施 and 进行安全检查 are doers (" + ARTICLE.split(" (")[0] + "); 要求 is a pivot whose object is no "
               "unit (round 30); the firm's notice of its own works is round 42's filing, no duty; the enterprise's report "
               "of the danger a duty (below); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第十三条")], [], [SJ], lead_alternatives=[[SJ]], targets=[(3, "个月"), (1, "年")],
          **art(X02, [a2("第十三条")]),
          note="「轨道交通工程完工后，应当按照规定开展不载客试运行；不载客试运行时间不少于3个月。 …轨道交通企业应当向市交通行政管理部门报告；市交通行政管理部门认为符合条件的，应当组织第三方安全评估机构进行初期运营前安全评估。 …由市交通行政管理部门报市人民政府批准后，开展初期运营；初期运营时间不少于1年。…」 — "
               "组织＋review names its subject (Round 92's p65a form; Round 85's x317_03 limit), the assessor the object of "
               "组织 (round 30); 「由A报B批准」 names none (Round 77's x299_01 第十条); the enterprise's reports are steps "
               "of the bureau's decision, no duty (Round 89's x329_04 第九条); quantities joined to 不少于 are targets "
               "wherever they stand (round 30's line): 3 个月, 1 年; " + ONE_LEAD + "; " + NODATE),
        S([a2("第十四条")], [], [ZG], lead_alternatives=[[ZG]], targets=[(5000, "公里"), (300, "小时")],
          **art(X02, [a2("第十四条")]),
          note="「轨道交通企业应当…对从业人员进行安全培训和考核… 轨道交通企业列车驾驶员应当进行不少于5000公里驾驶里程的培训…；调度员、行车值班员应当进行不少于300小时操作的培训… 轨道交通企业应当对…重点岗位人员进行安全背景审查和心理测试。」 — "
               + ARTICLE.split(" (")[0] + " (进行培训, 审查); the drivers and dispatchers are persons, never units (round "
               "30); floors joined to 不少于 on the training the article requires are its targets (round 30's line; Round "
               "91's x340_01 「三名及以上专家」): 5000 公里, 300 小时; " + ONE_LEAD + "; " + NODATE),
        S([a2("第十九条")], [], [ZG, SJ], not_targets=[(10, "天")], **art(X02, [a2("第十九条")]),
          note="「…轨道交通企业应当制订安全防护方案并报市交通行政管理部门备案。轨道交通企业应当在…10天前，通过…方式向乘客履行告知义务。 …市交通行政管理部门应当事先向市人民政府报告，并做好安排和调度工作。」 — "
               + ARTICLE.split(" (")[0] + " (制订; 做好, Round 83's x311_03 第四条: 做好 in an article); the notice to the "
               "passengers is disclosure to the public, no duty (round 55's x247_01), the filing and the bureau's report "
               "duties (below); " + LIMIT + ": 10 天 not_target; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第二十二条")], [], [SJ, "交通、应急管理、公安、消防救援机构等部门", "国有资产监督管理机构"],
          responsible_alternatives=[[SJ], [SJ, "国有资产监督管理机构"]], **art(X02, [a2("第二十二条")]),
          note="「市交通行政管理部门应当依法对…实施监督检查；交通、应急管理、公安、消防救援机构等部门应当加强相互衔接，必要时可以实行联合检查。 国有资产监督管理机构依法将…纳入经营业绩考核范围。 执法人员实施检查时，应当出示执法证件…」 — "
               "实施 is rule 2's; 加强相互衔接 binds the departments by 应当 to an act of their own (" + ARTICLE.split(" (")[0]
               + "; Round 85's x317_01 第六条: 加强…共享 among the subjects is their joint work), 必要时可以 an option (" + OPTION.split(" (")[0]
               + "); 纳入…考核范围 a verb of doing with its subject; 执法人员 persons (round 30); fields before one head one "
               "name (round 31); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第二十三条")], [SJ], [SJ, "应急管理、公安、卫生健康等部门", ZG], lead_alternatives=[[]],
          responsible_alternatives=[[SJ, "应急管理、公安、卫生健康等部门"]], **art(X02, [a2("第二十三条")]),
          note="「市交通行政管理部门应当会同应急管理、公安、卫生健康等部门，…编制轨道交通突发事件应急预案，并报市人民政府批准。 轨道交通企业应当根据…预案，编制本单位的具体应急预案，并报市交通行政管理部门备案。」 — "
               "「A会同B＋verb」 gives lead A with B (rule 2), fields before one head one name (round 31); the enterprise "
               "drafting its own plan is a verb of doing in an article (round 44), its filing a duty (below); the "
               "bureau's plan sent for approval is a step of the decision, no duty (Round 89's x329_04 第九条); printed "
               "order; " + NODATE),
        S([a2("第二十六条")], [], [ZG], lead_alternatives=[[ZG]], **art(X02, [a2("第二十六条")]),
          note="「本市建立健全…应急处置机制。轨道交通企业应当与公安部门、镇（乡）人民政府、街道办事处定期会商、加强信息共享，提高响应速度、实行联动处置… 发生…情况时，轨道交通企业可以采取…临时措施… 轨道交通企业可以停止…运营，并应当立即报告市交通行政管理部门。 轨道交通企业采取…措施的，应当同时…向乘客履行告知义务；…应当为乘客出具延误证明…，并做好乘客的疏散工作。」 — "
               "本市 names no body (round 41); 与B会商 is a consultation, the bodies consulted no doers (Round 95's x351_04 "
               "第七条: 与B签订 a joint act, 与B会商 a consultation), the enterprise a doer by its own verbs in an article "
               "(round 44); 可以 options (" + OPTION.split(" (")[0] + "); the 定期会商 rhythm and the report duties "
               "(below); " + ONE_LEAD + "; " + NODATE),
        S([a2("第二十七条")], [], [], targets=[(15, "分钟")], not_targets=[(3, "日")],
          **art(X02, [a2("第二十七条")]),
          note="「轨道交通运行发生15分钟以上延误情形的，轨道交通企业应当立即报告市交通行政管理部门，并在恢复运行后3日内将延误原因及处置情况书面报告市交通行政管理部门。 轨道交通发生运营险性事件的，轨道交通企业应当按照规定报告市交通行政管理部门。」 — "
               + SENDING.split(" (")[0] + " (Round 98's x353_02 第十七条: [事故调查组] not accepted), both paragraphs "
               "duties (below); a quantity joined to 以上 in a 的-clause of its own that triggers the step is a target "
               "(round 30's line; Round 87's x323_04 第二十八条; Round 93's x341_04 第四十三条): 15 分钟; " + LIMIT
               + ": 3 日 not_target; " + NONE + "; " + NODATE),
        S([a2("第二十九条"), "（二）"], [], [SJ], lead_alternatives=[[SJ]], not_targets=[(3000, "元"), (1, "万元")],
          **art(X02, [a2("第二十九条"), "（二）"]),
          note="「对轨道交通企业违反本办法的行为，由市交通行政管理部门按照下列规定予以处罚:」 over 「（二）违反本办法第十五条第二款、第三款规定，未按照要求履行安全职责的，给予警告，并处3000元以上1万元以下的罚款。」 — "
               "items under 「由A按照下列规定予以处罚：」 that each carry their own response are items taking A (Round 99's "
               "x359_04 第三十四条; Round 51's turned x225_04 第三十四条); " + PENALTY.split(" (")[0] + "; " + FINE
               + ": not_targets 3000 元, 1 万元; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "轨道交通工程竣工验收合格后，轨道交通企业应当将轨道交通线路竣工总平面布置图报市交通行政管理部门备案",
              "when": None, "when_norm": None, "note": "第五条 — " + FILING + "; undated"},
             {"what": "市交通行政管理部门应当…划定轨道交通安全保护区的具体范围，并告知规划、房屋等相关行政管理部门",
              "when": None, "when_norm": None,
              "note": "第十条 — a notice of the body's own decision to the bodies that act on it (Round 95's turned x347_04 "
                      "第五、八条; Round 97's x358_02 第八条), undated"},
             {"what": "轨道交通企业应当要求施工单位立即停止施工并采取相应的安全措施，同时报告市交通行政管理部门",
              "when": None, "when_norm": None,
              "note": "第十二条 — a report of a danger to the works the rules govern, sent to the body that acts on it (round "
                      "44; Round 89's turned x334_03 第十三条（三）; Round 83's x316_01 一), undated, 同时 printing no time"},
             {"what": "轨道交通企业在安全检查中发现有危险物品的，应当立即采取防止危险发生的安全措施，并按照规定及时报告公安部门",
              "when": None, "when_norm": None,
              "note": "第十七条 — a report of what the enterprise's own check finds, sent to the body that acts on it (Round 83's "
                      "x316_01 一), undated"},
             {"what": "轨道交通企业应当制订安全防护方案并报市交通行政管理部门备案", "when": None, "when_norm": None,
              "note": "第十九条 — " + FILING + "; undated"},
             {"what": "轨道交通暂停运营或者缩短运营时间的，市交通行政管理部门应当事先向市人民政府报告",
              "when": None, "when_norm": None,
              "note": "第十九条 — a plan body's report of its own work to the government (round 48; Round 85's x320_04 (二)/5), "
                      "事先 printing no date: undated"},
             {"what": "对可能影响运营安全的隐患及时整改，并向市交通行政管理部门报告", "when": None, "when_norm": None,
              "note": "第二十条 — the enterprise's report of the hazards it finds and mends, the work the rules give it; " + FILING
                      + "; undated"},
             {"what": "轨道交通企业应当根据轨道交通突发事件应急预案，编制本单位的具体应急预案，并报市交通行政管理部门备案",
              "when": None, "when_norm": None, "note": "第二十三条 — " + FILING + "; undated"},
             {"what": "轨道交通企业应当与公安部门、镇（乡）人民政府、街道办事处定期会商、加强信息共享", "when": None,
              "when_norm": None,
              "note": "第二十六条 — a recurring coordination rhythm is a duty (plans-dev EXPECTED.md; Round 85's x320_09 二; Round "
                      "91's x338_02 定期召开), 定期 with no period printed: undated"},
             {"what": "轨道交通企业可以停止轨道交通部分区段或者全线的运营，并应当立即报告市交通行政管理部门", "when": None,
              "when_norm": None,
              "note": "第二十六条 — a report of an event on the works the rules govern, owed by its own 应当 (round 44; Round "
                      "91's governs on x335_01 第三十条), undated"},
             {"what": "轨道交通运行发生15分钟以上延误情形的，轨道交通企业应当立即报告市交通行政管理部门，并在恢复运行后3日内将延误原因及处置情况书面报告市交通行政管理部门",
              "when": None, "when_norm": None,
              "note": "第二十七条第一款 — a report of an event on the works (Round 91's governs on x335_01 第三十条), the "
                      "immediate and the written report of one delay one duty (round 41), 3日内 a time from an event: undated"},
             {"what": "轨道交通发生运营险性事件的，轨道交通企业应当按照规定报告市交通行政管理部门", "when": None,
              "when_norm": None, "note": "第二十七条第二款 — as the first paragraph, another event: undated"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope, 第三十一条 参照执行 (a scope), "
            "第三十二条 force; no tasks: 第十五条 (the duties of the enterprise's station staff and drivers: the job duties of "
            "persons a regulated party hires are none, Round 85's x317_01 and turned x322_01 一、（五）; Round 86's (c); Round "
            "95's x347_04 第二十条 道路停车管理员; persons never units, round 30 — RULING? 5), 第三十条 (「…由相关行政管理部门依照其"
            "规定处罚」, only a pointer to the penalties other texts set, Round 84's p61a-1; Round 87's turned x325_01 "
            "第二十五条); tasks: 第三、四、五条 one each (第五条: 专篇 in the study with no subject, the enterprise's system, "
            "the facilities' state, the filing), 第六条 4 ((一)–(三), the objects of 设置, and the two paragraphs after them "
            "one task, Round 86's governs; Round 95's x347_04 第五条), 第七–十四条 one each, 第十六条 (the passengers' duties "
            "to all, text, Round 80; the enterprise's 加强…管理 its work), 第十七条 (the ban and the checks; the security "
            "staff persons), 第十八条 (limits on the facilities and the enterprise's checks), 第十九–二十八条 one each "
            "(第二十八条 由市交通行政管理部门责令…处…罚款, a penalty), 第二十九条 5 (its items, each with its own response) → "
            "**33**. Accepted: 29 (第二十九条 one task), 30 (第六条 one task), 34 (第三十条 read as the bodies' enforcement), "
            "39 (第十五条's six lines as the regulated enterprise's owed work, Round 99's governs on x359_01)",
            "units: rule 2 and round 44 in articles; not sampled: 第四、五、七、八条 [轨道交通企业]; 第九条 [轨道交通企业, 市场监管部门]; "
            "第十六、十七、十八、二十一条 [轨道交通企业]; 第二十条 [轨道交通企业, 市交通行政管理部门]; 第二十四条 [市交通行政管理部门, "
            "相关行政管理部门, 轨道交通企业] (an article whose whole work is the response to its case, round 30); 第二十五条 "
            "[轨道交通企业, 相关行政管理部门, 市交通行政管理部门]; 第二十八条 [市交通行政管理部门]",
            "dates: none (see date_note)",
            "figures: targets 3 个月 and 1 年 (第十三条), 5000 公里 and 300 小时 (第十四条), 15 分钟 (第二十七条); not_targets 10 天 "
            "(第十九条), 3 日 (第二十七条), the fines of 第二十九条（二）; unchecked: the other fines",
            "duties: twelve, above (four of them the enterprise's filings and reports of its own work: the RULING? on the "
            "class); not duties: 第十二条's firm's notice of its own works (round 42), 第十三条's reports before the "
            "assessments (steps of the decision, Round 89's x329_04 第九条), 第十六条's 移送公安部门 (handing a matter on, "
            "Round 91's x337_03 八、), 第二十三条's 报市人民政府批准 (a step of the approval), the notices to passengers "
            "(第十九、二十五、二十六条: disclosure to the public, round 55's x247_01)"])


# ---------------------------------------------------------------------------------------------------------
X03 = "x365_03_shi-zhengfu-2018-zhengfu-caigou-shishi-banfa.txt"
P03 = "上海市政府采购实施办法"
CG = ["采购人", "采购代理机构"]
SC = "市财政部门"


def a3(n):
    return lab(X03, n)


plan(X03,
     title=P03,
     title_note="the heading line (line 1, printed again on line 3)",
     doc_no="上海市人民政府令第65号 (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2018-01-22",
     date_note="promulgated 2018年1月22日 (令第65号), in force 2018年3月1日 (line 5; 第四十五条, a general provision); "
               "20个工作日内, 5个工作日内, 2个工作日内 are times from events (round 33), 定期 no date: no task is dated",
     level="a city government rule (政府规章) on government procurement: the procurement committee and the finance "
           "departments, purchasers, agencies and the central procurement centre, budgets and plans, reviews, single-source "
           "procurement, the electronic platform and market, credit records, supervision and penalties",
     source=src("上海市政府采购实施办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210609/b31be750ff604ff883d6ca8b1e12775f.html", 7114),
     style="heading printed twice, the promulgation line in brackets, then eight chapters 「第N章　title」 (an ideographic "
           "space) and 45 articles 「第N条（heading）」 on a line of their own with the text below (第三十二条 prints ASCII "
           "brackets 「第三十二条(失信惩戒)」); lists （一）– in 第十九、二十一、二十九、三十四、四十二条",
     leaf_tasks=40, count_alternatives=[36, 39, 41, 42],
     leaf_tasks_by_section={"第一条": 0, "第二–十一条": 10, "第十二条": 0, "第十三–十八条": 6, "第十九条": 0,
                            "第二十–二十七条": 8, "第二十八条": 0, "第二十九–三十三条": 5, "第三十四条": 5,
                            "第三十五条": 1, "第三十六条": 0, "第三十七–三十九条": 3, "第四十条": 0,
                            "第四十一、四十二条": 2, "第四十三–四十五条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a3("第二条")], [], ["上海市政府采购委员会", "市人民政府", SC],
          responsible_alternatives=[["上海市政府采购委员会", SC], ["市采购委员会", "市人民政府", SC], ["市采购委员会", SC]],
          **art(X03, [a3("第二条")]),
          note="「上海市政府采购委员会（以下简称市采购委员会）负责审议…，协调解决…。市采购委员会组成人员由市人民政府确定。 市财政部门负责市采购委员会的日常工作。」 — "
               "a standing body the article names with no 成立 is a doer by 负责 (Round 93's x345_02 第四条; Round 89's "
               "x331_01 三/（一）), the full name where it acts with its bracket dropped (rounds 35, 43); 由A＋确定 names A "
               "(rule 2), the members themselves no units (rule 3); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第三条")], [], [SC, "区财政部门", "市和区人民政府其他有关部门"], responsible_alternatives=[[SC, "区财政部门"]],
          **art(X03, [a3("第三条")]),
          note="「市财政部门负责拟定…，指导和监督管理…。 区财政部门负责监督管理…。 市和区人民政府其他有关部门依法履行与政府采购活动有关的监督管理职责。」 — "
               "负责 is rule 2's; under a duty heading (部门职责) every body the text gives work is a unit (round 34; Round "
               "93's x345_03 第四条 「市其他相关部门…做好配合、服务、监管工作」), 履行…职责 included (RULING? 6: or round "
               "67's 履行 names none, Round 87's x323_03 第七条); 「市和区X」 one name as printed (round 30); each once, "
               "printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第八条")], [], ["集中采购机构", "采购代理机构"], responsible_alternatives=[["采购代理机构"]],
          **art(X03, [a3("第八条")]),
          note="「集中采购机构和集中采购机构以外的采购代理机构（以下统称采购代理机构）应当…建立完善的…制度，具备…条件和设施。 采购代理机构应当参加财政部门定期组织的…培训，并对本单位从业人员进行…培训，建立培训记录。」 — "
               "at a defining bracket the 的-rule gives the names, the defined name serving where it is printed later "
               "(Round 83's x311_02 第十五条; Round 89's x334_03 第九条), here the same words; " + ARTICLE.split(" (")[0]
               + " (建立, 进行培训); 财政部门 inside a noun's description (round 30: 「参加由A组织的培训」); each once, printed "
               "order; lead [] (no 牵头); " + NODATE),
        S([a3("第九条")], [], ["市政府采购中心", "集中采购机构"], responsible_alternatives=[["市政府采购中心"]],
          **art(X03, [a3("第九条")]),
          note="「市政府采购中心是市人民政府依法设立的集中采购机构，负责组织实施集中采购。区人民政府可以…设立集中采购机构… 纳入集中采购目录的政府采购项目，集中采购机构不得拒绝…委托，并不得转委托…」 — "
               "负责组织实施 is rule 2's; a limit on its own acts with its subject printed names it (" + ARTICLE.split(" (")[0]
               + "), one body printed two ways given each time (rounds 43, 48; Round 94's x343_02 第六条); the district's "
               "设立 an option (" + OPTION.split(" (")[0] + "); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第十一条")], [], [SC] + CG, responsible_alternatives=[[SC]], **art(X03, [a3("第十一条")]),
          note="「市财政部门应当依托政府采购平台建立…供应商库…分类。 …供应商可以…登记入库。市财政部门应当加强…动态管理… 采购人或者采购代理机构实施非公开招标政府采购，需要随机抽取供应商的，应当通过供应商库实施。」 — "
               + ARTICLE.split(" (")[0] + "; the suppliers' entry an option (" + OPTION.split(" (")[0] + "); 需要…的 picks "
               "a kind of procurement by its method, no event (Round 96's 「以／按照X…的，由A」 form; Round 85's x319_01 "
               "第七条（二）: 需要…的 is not rule 3's 确需…的), and 实施 names its subjects, 或者 joining them (round 49); each "
               "once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第十三条")], [], ["采购人"], lead_alternatives=[["采购人"]], not_targets=[(20, "个工作日")],
          **art(X03, [a3("第十三条")]),
          note="「采购人应当在政府采购预算批复后20个工作日内编制政府采购实施计划并报同级财政部门备案。… 采购人应当严格按照政府采购实施计划开展采购活动，确需变更的，应当重新报财政部门备案并说明理由。」 — "
               "drafting its own procurement plan and carrying it out are work, verbs of doing in an article (round 44), "
               "beyond the budget's money (Round 83's x311_01 第七条 reads articles that only budget or pay); the filing a "
               "duty (below); " + LIMIT + ": 20 个工作日 not_target; " + ONE_LEAD + "; " + NODATE),
        S([a3("第十四条")], [], ["财政部门", "集中采购机构"], not_targets=[(5, "个工作日")],
          **art(X03, [a3("第十四条")]),
          note="「财政部门应当在收到采购人报送的政府采购实施计划后5个工作日内，将其中有关集中采购的内容汇总下达至集中采购机构。 集中采购机构应当…进行分析，并…开展批量集中采购。」 — "
               "汇总 is its body's own act, a verb of doing in an article (Round 97's x358_02 第十七条; Round 83's governs on "
               "x311_04 第十五条), and the centre's analysis and procurement its own work (round 44); handing the plans to "
               "the body that acts on them a duty (below); " + LIMIT + ": 5 个工作日 not_target; each once, printed "
               "order; lead [] (no 牵头); " + NODATE),
        S([a3("第十七条")], [], ["评标委员会", "竞争性谈判小组", "询价小组"] + CG, responsible_alternatives=[CG],
          **art(X03, [a3("第十七条")]),
          note="「评标委员会、竞争性谈判小组或者询价小组应当按照…的规定开展评审，并在评审结束后编写评审报告。评审报告应当包括…等。 采购人或者采购代理机构应当对评审活动进行全程录音录像，并将录音录像资料随采购项目文件一并归档。」 — "
               "a standing kind of panel named by its name and bound by 应当 to its own acts is a doer in an article "
               "(round 44; Round 78's x293_01 3.4 form: a group named by its name; rounds 36, 57), its members' acts "
               "persons' (round 30) (RULING? 7: or the panels' review of the bids a decision in the bidders' cause, Round "
               "85's x322_02 第十五条 「评标委员会应当…对投标文件进行评审」 none); the report's contents text (Round 86's (a)); "
               "进行录音录像 and 归档 the purchasers' work (round 44), 或者 joining doers (round 49); each once, printed "
               "order; lead [] (no 牵头); " + NODATE),
        S([a3("第二十条")], [], ["采购人"], lead_alternatives=[["采购人"]], responsible_alternatives=[[]],
          targets=[(5, "个工作日")], **art(X03, [a3("第二十条")]),
          note="「属于本办法第十九条规定情形，且达到公开招标数额的货物、服务项目，拟采用单一来源采购方式的，采购人在依法报财政部门批准之前，应当在上海政府采购网公示，并将公示情况一并报财政部门。公示期不得少于5个工作日。」 — "
               "publishing its own intended procurement to the public is the purchaser's own act, a verb of doing bound "
               "by 应当 (" + ARTICLE.split(" (")[0] + "; Round 99's x359_02 第十四条: publishing one's own result) "
               "(RULING? 8: or a step of its own application for approval, naming none, round 42; Round 83's turned "
               "x316_01 七); the 的-clause picks a kind of project (Round 94's form); the report of the publicity goes "
               "with the application, a step of the finance department's decision, no duty (Round 89's x329_04 第九条); "
               "不得少于 is 不少于, a floor joined to a comparison word of round 30's list (Round 83's x315_03 第七条 read "
               "最多不得超过 so): target 5 个工作日; " + ONE_LEAD + "; " + NODATE),
        S([a3("第二十五条")], [], [SC, "市政府采购中心", "采购人"], responsible_alternatives=[[SC, "市政府采购中心"]],
          **art(X03, [a3("第二十五条")]),
          note="「市财政部门依托政府采购平台推行电子集市采购。 …市政府采购中心应当组织制定采购项目需求，并定期通过…方式确定供应商…，统一录入政府采购平台… 电子集市的货物或者服务能够满足采购人需求的，采购人应当直接选择电子集市供应商进行采购。…应当书面报同级财政部门核实后另行采购。 市财政部门通过…方式，加强对电子集市的监督管理。」 — "
               "组织＋制定 is rule 2's, and 推行, 选择…进行采购, 加强…监督管理 verbs of doing in an article (round 44); "
               "the purchaser's report for 核实 a step of the department's check, no duty (Round 89's x329_04 第九条); "
               "定期 prints no date; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第三十一条")], [], CG + [SC], **art(X03, [a3("第三十一条")]),
          note="「采购人委托采购代理机构开展政府采购活动的，应当查询其信用记录，优先选择… 采购人或者采购代理机构应当在采购文件中明确信用信息的使用规则，在评标或者评审活动开始前查询… 市财政部门在聘用评审专家时应当查询…，对…不得聘为评审专家，已经聘用的应当及时解聘。」 — "
               + ARTICLE.split(" (")[0] + " (查询, 选择, 明确, 解聘), the 的-clause picking a kind of procurement (Round "
               "94's form), 或者 joining doers (round 49); the agency inside 委托's reach in the first clause, named by its "
               "own clause later; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第三十二条")], [], ["财政部门"] + CG, responsible_alternatives=[["财政部门"]],
          **art(X03, [a3("第三十二条")]),
          note="「供应商、采购代理机构存在严重失信行为的，财政部门应当依法禁止其在一定期限内参加政府采购活动。 对列入失信被执行人…名单的供应商，采购人或者采购代理机构不得与其开展政府采购活动。」 — "
               + PENALTY.split(" (")[0] + "; a ban on the purchasers' own acts with its subject printed names them (Round "
               "99's x359_01 第二十二条 「采购人或其委托的采购代理机构不得随意取消评审」), 或者 joining doers (round 49); each once, "
               "printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第三十四条"), "（四）"], [], ["财政部门"], lead_alternatives=[["财政部门"]],
          **art(X03, [a3("第三十四条"), "（四）"]),
          note="「财政部门应当加强对政府采购活动及采购人、采购代理机构的监督检查，并根据需要，组织实施下列专项监督检查:」 over 「（四）开展政府采购活动时查询和使用信用信息的情况；」 — "
               "the lines are the special checks the lead-in's own verb 组织实施 acts on, each a part of the body's work "
               "taking its body (Round 96's turned x341_04; round 63's x248_01 「应当对下列情况进行监督检查：」; rule 4) "
               "(RULING? 9: or what the checks look at, 「…的情况」, contents, Round 92's governs on x311_02, the article "
               "one task); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "采购人应当在政府采购预算批复后20个工作日内编制政府采购实施计划并报同级财政部门备案", "when": None,
              "when_norm": None,
              "note": "第十三条 — the purchasers, bodies the rules task, sending the plan the rules make them draw up; " + FILING
                      + " (the changed plan's 重新报…备案 the same step, one duty, round 41); 20个工作日内 a time from an "
                        "event: undated"},
             {"what": "财政部门应当在收到采购人报送的政府采购实施计划后5个工作日内，将其中有关集中采购的内容汇总下达至集中采购机构",
              "when": None, "when_norm": None,
              "note": "第十四条 — handing the gathered plans to the body that acts on them is a notice of the body's result, a "
                      "duty beside the task (Round 97's x358_02 第八条), undated"},
             {"what": "采购人或者采购代理机构应当立即中止采购程序，并报财政部门处理", "when": None, "when_norm": None,
              "note": "第二十七条 — a report the rules ask when a case arises, to the body that acts on it (round 44; Round 89's "
                      "x330_01), undated (not a 移送 of a case to the body with jurisdiction, Round 99's turned x364_01 "
                      "第十六条: the purchasers report their own suspended procedure)"},
             {"what": "财政部门应当通过政府采购平台记录…情况，并按照本市公共信用信息目录的要求向市公共信用信息服务平台归集",
              "when": None, "when_norm": None,
              "note": "第三十条 — records sent to the platform that gathers them are a sending, its duty undated (Round 81's "
                      "x310_03 第十四条; Round 97's x353_03 第二十八条)"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第四十三条 (the discipline of the rules' "
            "own officials, the standard liability clause, Round 91's x340_04 第七十九条), 第四十四条 (「…应当会同有关部门…制定"
            "…管理细则」, only the pointer to another text, round 39; Round 97's turned x357_01 四/10), 第四十五条 force; no "
            "tasks: 第十二条 (an article whose only acts budget money is the scheme's terms, Round 93's x345_02 第七条; Round 97's "
            "x358_02 第二十条), 第十九条 (可以 over a list of cases, Round 93's x346_02 第七、八条), 第二十八条 (「本市推行…制度」 a "
            "bare system the next articles set, Round 93's x346_01 第六条; Round 97's x358_02 第四条), 第三十六条 (可以 only), "
            "第四十条 (可以 only); tasks: 第二–十一条 one each (第十条: the suppliers' owed conduct, Round 84's p61a-2, a task "
            "naming none — their bids a bidder's steps, round 30), 第十三–十八条 one each (第十五条: limits on the procurement's "
            "own reviews with no subject, round 65's x274_01; Round 87's governs on x328_03), 第二十–二十七条 one each "
            "(第二十一条: its 协商情况记录 contents text, Round 86's (a); 第二十二条: 「本市…实行首购和订购制度」 beside the "
            "purchasers' own acts; 第二十三条: the platform parties' certification of themselves and their signatures, "
            "owed acts on themselves, a task naming none), 第二十九–三十三条 one each (第二十九条's （一）–（五） a list of "
            "classes of breach, the article's text, Round 78's (b)), 第三十四条 5 (its lines), 第三十五条, 第三十七–三十九条, "
            "第四十一、四十二条 (penalties by the finance department; 第四十二条's （一）–（五） cases, the text of one task, Round "
            "78's (b)) → **40**. Accepted: 36 (第三十四条 one task, RULING? 9), 39 (第十条 no task, the suppliers as bidders), "
            "41 (第十二条, 第二十八条 or 第四十四条 read as work), 42 (two of them)",
            "units: rule 2 and round 44 in articles; not sampled: 第四条 [市财政部门] (经A审议 and the district's proposal rule 3); "
            "第五条 [市财政部门]; 第六、七条 [采购人]; 第十条 none; 第十二条 no task; 第十五条 none; 第十六条 [市财政部门, 财政部门]; "
            "第十八条 [采购人, 采购代理机构] (publishing its own result, Round 99's x359_02 第十四条); 第二十一条 [采购人, 采购代理机构] "
            "(组织B＋verb, the staff and the supplier inside the pivot); 第二十二条 [采购人]; 第二十三条 none; 第二十四条 "
            "[采购人, 采购代理机构] (the suppliers' bids and the members' reviews none); 第二十六条 [市财政部门]; 第二十七条 "
            "[采购人, 采购代理机构] (an article whose whole work is the response to its case, round 30); 第二十九条 [市财政部门]; "
            "第三十条 [财政部门]; 第三十三、三十五、三十七、三十八条 [财政部门]; 第三十九条 [审计部门]; 第四十一、四十二条 [财政部门] "
            "with the bodies that discipline staff 「由其行政主管部门或者有关机关」 (由A＋verb)",
            "dates: none (see date_note)",
            "figures: target 5 个工作日 (第二十条, 不得少于); not_targets 20 个工作日 (第十三条), 5 个工作日 (第十四条); unchecked: 2个工作日内 "
            "(第十八条), the fines of 第四十二条",
            "duties: four, above; not duties: 第四条's and 第二十九条's sendings for 审议／批准／审定 (steps of the decision, Round "
            "89's x329_04 第九条), 第二十条's 公示情况 with the application, 第二十五条's 报…核实, 第十八条's 公告 and 第三十七条's "
            "公开 (disclosure, round 55's x247_01), 第二十六条's 向平台参与主体公开 (disclosure to the platform's users)"])


# ---------------------------------------------------------------------------------------------------------
X04 = "x365_04_shi-zhengfu-2017-zhengfu-xiaoneng-jianshe-guanli-shixing-banfa.txt"
P04 = "上海市政府效能建设管理试行办法"
BB = "市、区编办"
XD = "效能建设单位"


def a4(n):
    return lab(X04, n)


plan(X04,
     title=P04,
     title_note="the heading line (line 1, printed again on line 3)",
     doc_no="上海市人民政府令第52号 (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2017-05-27",
     date_note="promulgated 2017年5月27日 (令第52号), in force 2017年7月1日 (line 5; 第五十五条, a general provision); 年度, "
               "定期 and 每年 name no date, 30个工作日内 a time from an event (round 33): no task is dated",
     level="a city government rule (政府规章) on the efficiency of government bodies: who leads and runs the work (the "
           "establishment offices, 编办), the bodies' basic management, the exercise of powers, administrative and public "
           "services, efficiency assessment, supervision and sanctions of the bodies",
     source=src("上海市政府效能建设管理试行办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/b223230288b14a8a8a8190b25e2fe681.html", 6919),
     style="heading printed twice, the promulgation line in brackets, then seven chapters 「第N章　title」 (an ideographic "
           "space) and 55 articles 「第N条（heading）」 on a line of their own with the text below; lists （一）– in 第十三、"
           "十九、五十条 (第十九条's lines run-in headed 「（一）目录管理。…」)",
     leaf_tasks=50, count_alternatives=[45, 49, 51, 53],
     leaf_tasks_by_section={"第一、二条": 0, "第三–六条": 4, "第七条": 0, "第八–十八条": 11, "第十九条": 6,
                            "第二十–三十四条": 15, "第三十五条": 0, "第三十六–四十条": 5, "第四十一条": 0, "第四十二条": 1,
                            "第四十三、四十四条": 0, "第四十五–四十八条": 4, "第四十九、五十条": 0, "第五十一–五十四条": 4,
                            "第五十五条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a4("第四条")], [], ["市、区人民政府", "市、区机构编制委员会办公室", "财政、审计、公务员管理等部门"],
          responsible_alternatives=[["市、区机构编制委员会办公室", "财政、审计、公务员管理等部门"],
                                    ["市、区人民政府", BB, "财政、审计、公务员管理等部门"],
                                    ["市、区人民政府", "市、区机构编制委员会办公室", "财政、审计、公务员管理等部门", XD]],
          **art(X04, [a4("第四条")]),
          note="「市、区人民政府领导本行政区域政府效能建设工作。 市、区机构编制委员会办公室（以下统称“市、区编办”）负责…管理和推进工作。 财政、审计、公务员管理等部门按照各自职能，做好…相关工作。 效能建设单位应当确定相关机构负责组织、协调、管理、监督本单位的政府效能建设工作。」 — "
               "under a 职责分工 heading every body the text gives work is a unit (round 34; Round 93's x345_03 第四条, 做好 "
               "included), the governments' 领导 one paragraph of the duty division (RULING? 10: or a statement of who leads "
               "the whole of the work, a plan-level field naming none, Round 87's x323_02 第四条, Round 99's governs on "
               "x359_03 第四条 reading acts of their own); 负责 is rule 2's, the full name where it acts, 「（以下统称…）」 "
               "dropped (rounds 35, 43), the short name accepted; fields before one head with 等 one name (round 31); "
               "「A确定相关机构负责…」 staffs the work and names none (Round 90's governs on the staffing form; Round 97's "
               "x358_01 第四条), the list with 效能建设单位 accepted; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a4("第六条")], [], [BB, "行政机关"], responsible_alternatives=[[BB]], **art(X04, [a4("第六条")]),
          note="「市、区编办应当对本级行政机关的职能进行科学界定，依法明确职责、机构、编制。 市、区编办应当定期对…开展评估，并根据评估结果进行调整。 行政机关不得擅自调整本行政机关职责、内设机构和人员编制。」 — "
               + ARTICLE.split(" (")[0] + " (界定, 评估, 调整; a ban on its own acts with its subject printed, Round 99's "
               "x359_01 第二十二条), 行政机关 a kind (round 30); the short name as printed where it acts (rounds 35, 43); "
               "定期 prints no date; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a4("第十一条")], [], [], responsible_alternatives=[[XD]], **art(X04, [a4("第十一条")]),
          note="「效能建设单位实行岗位目标责任制。效能建设单位应当根据精简、统一、高效的原则，确定履行职责需要设置的岗位、人数及其工作内容、工作标准、工作权限、工作程序及工作责任等。」 — "
               "「A落实／配备／确定＋persons, posts…」 staffs the work and names none, A a doer only by another rule-2 clause "
               "of its own, in articles too (Round 90's governs on the staffing form; Round 93's turned x343_01 第十九条（三）, "
               "x345_02 第六条), and 实行…制 only introduces the system (Round 93's x346_01 第六条); the article binds the bodies "
               "to set up their posts, a task naming none; " + NONE + "; " + NODATE),
        S([a4("第十七条")], [], [], responsible_alternatives=[[XD]], **art(X04, [a4("第十七条")]),
          note="「效能建设单位制作或者获取的政府信息，应当依法主动公开，或者依申请公开。依法不予公开的应当及时告知申请人并说明理由。」 — "
               "the subject is the information; the body inside its description is no doer (round 30: 「经A认定的企业」), and "
               "an act with no subject is the rules' own bodies', a task naming none (round 65's x274_01); the notice to the "
               "applicant a duty (below); " + NONE + "; " + NODATE),
        S([a4("第十九条"), "（六）"], [], [BB], lead_alternatives=[[BB]], **art(X04, [a4("第十九条"), "（六）"]),
          note="「本市实施行政权力标准化管理制度：」 over 「（六）监督检查。市、区编办应当对效能建设单位的行政权力标准化管理实施情况，建立监督检查制度，及时发现和纠正违法或者不当的行为。」 — "
               "lines that each give work are items (Round 95's x352_02 第七条; plans-dev EXPECTED.md), the lead-in a bare "
               "system naming no body (round 41: 本市); " + ARTICLE.split(" (")[0] + " (建立, 纠正); " + ONE_LEAD + "; "
               + NODATE),
        S([a4("第二十五条")], [], [], responsible_alternatives=[["行政机关"]], **art(X04, [a4("第二十五条")]),
          note="「以告知承诺方式实施行政审批的，应当一次告知申请人审批条件和需要提交的材料。申请人以书面形式承诺…的，行使行政审批的行政机关应当作出行政审批决定，并按照规定，对申请人的履行承诺情况进行监督检查。」 — "
               + REVIEW.split(" (")[0] + ", and the check of what the applicant promised is a step of that decision "
               "(Round 91's x339_04 第十二条; Round 97's governs on x358_01 第十九条 read a body going on to supervise the "
               "licensee's activity); the approvals the rules bind their bodies to make are work, a task naming none (Round "
               "87's x327_04); telling applicants the conditions is the scheme's terms, no duty (not a notice of the body's "
               "own finding); " + NONE + "; " + NODATE),
        S([a4("第三十条")], [], [], responsible_alternatives=[[XD]], **art(X04, [a4("第三十条")]),
          note="「效能建设单位认为公民、法人和其他组织提交的相关材料不齐全或者不符合法定形式的，应当一次书面告知需要补正的全部内容，告知的内容应当与其对外公示的办事指南内容一致。」 — "
               + SENDING.split(" (")[0] + " (Round 93's x341_04 第十七条 「应当书面告知受害人」), its notice a duty (below; Round "
               "97's x358_01 第七条 「…一次告知需要补正的全部内容」); " + NONE + "; " + NODATE),
        S([a4("第三十二条")], [], [], responsible_alternatives=[[XD]], **art(X04, [a4("第三十二条")]),
          note="「效能建设单位受理…咨询、申请办理有关事项，首次接待的工作人员应当解答咨询、申请事项，引导办理，并承担首问负责人责任。」 — "
               "the acts are the staff's, persons never units (round 30); staff of the rules' own bodies carry those "
               "bodies' work, a task naming none (Round 89's x333_01 第十三条 case officers; Round 91's x338_03 posts), not "
               "the job of persons a regulated party hires (Round 85's x317_01); the body stands in the time clause "
               "(受理…时), no clause of rule 2; " + NONE + "; " + NODATE),
        S([a4("第三十六条")], [], ["行政服务和公共服务窗口"], lead_alternatives=[["行政服务和公共服务窗口"]],
          responsible_alternatives=[[]], **art(X04, [a4("第三十六条")]),
          note="「行政服务和公共服务窗口应当在其服务场所显著位置设立公示牌，公布…信息；工作人员办公窗口应当统一放置…显示牌。 行政服务和公共服务窗口工作人员在工作时间应当统一佩戴胸牌。」 — "
               "a facility, platform or site a rule binds by 应当 to an act stands for the body that runs it, named as "
               "printed (Round 85's decided x317_04 第三十一条; Round 89's x329_01 第五条; Round 93's x341_03 第五条 信息平台) "
               "(RULING? 11: or a service window a place, no body, none); the staff persons (round 30); " + ONE_LEAD + "; "
               + NODATE),
        S([a4("第四十八条")], [], [BB], lead_alternatives=[[BB]], **art(X04, [a4("第四十八条")]),
          note="「市、区编办应当制定年度政府效能监督检查工作计划，报本级人民政府批准。区编办制定的年度政府效能监督检查工作计划，报市编办备案。」 — "
               + ARTICLE.split(" (")[0] + " (制定); the district office inside the noun's description of the second sentence "
               "(round 30); the sending for approval a step of the decision, no duty (Round 89's x329_04 第九条), the filing "
               "with the office above a duty (below); " + ONE_LEAD + "; " + NODATE),
        S([a4("第五十一条")], [], [BB], lead_alternatives=[[BB]], not_targets=[(30, "个工作日")],
          **art(X04, [a4("第五十一条")]),
          note="「市、区编办实施监督检查，应当根据工作需要作出政府效能监督检查报告，提出政府效能监督检查建议，并以书面形式送达相关效能建设单位。效能建设单位应当自收到监督检查建议书之日起30个工作日内，将采纳情况通报编办。」 — "
               + ARTICLE.split(" (")[0] + " (作出报告, 提出建议; 实施 rule 2's), serving its findings on the body checked "
               "ends its own work (Round 83's x313_02 五、（十一））; the units' only act is 「A将X通报B」, a sending naming "
               "none; both sendings duties (below); " + LIMIT + ": 30 个工作日 not_target; " + ONE_LEAD + "; " + NODATE),
        S([a4("第五十三条")], [], [BB, XD, "编办"], responsible_alternatives=[[BB, XD]], **art(X04, [a4("第五十三条")]),
          note="「市、区编办应当建立政府效能建设监督员制度。监督员可以收集、反映…。效能建设单位应当认真办理监督员提出的问题、意见和建议，并及时反馈。 效能建设单位可以…接受…评议… 公民…有权向编办举报、投诉。编办应当依法受理。」 — "
               + ARTICLE.split(" (")[0] + " (建立, 办理, 受理), a body taking in complaints about the work it oversees "
               "doing its own work (Round 89's x334_02 第五条; Round 87's x325_02 第二十一条); the two printings 市、区编办 and "
               "编办 two names as printed (round 43; Round 82's turned x310_03); 监督员 persons, 可以／有权 options (" + OPTION.split(" (")[0]
               + "); the feedback a duty (below); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a4("第五十四条")], [], ["编办", "相关行政机关"], responsible_alternatives=[[]], **art(X04, [a4("第五十四条")]),
          note="「效能建设单位违反本办法规定，由编办或者相关行政机关按照有关规定给予行政处理。 行政处理方式…可以单独或者合并使用。 效能建设单位受到行政处理的，应当同时依法追究主要负责人及其他责任人的行政责任。 …取消当年度各类先进评选资格。」 — "
               "the bodies these rules regulate are the 效能建设单位 (第二条), and a sanction a named body imposes on them is "
               "its enforcement (" + PENALTY.split(" (")[0] + "), 由A或者B＋verb naming both (round 30; round 49) (RULING? "
               "12: or the discipline of government bodies and officials, the standard liability clause, a general "
               "provision whatever agent it names, Round 91's x340_04 第七十九条; Round 97's x358_01 第二十一条); the "
               "officials' accountability and the lost honours consequences with no agent (Round 95's turned x350_08); "
               "each once, printed order; lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "依法不予公开的应当及时告知申请人并说明理由", "when": None, "when_norm": None,
              "note": "第十七条 — a notice of the body's own decision to the party it concerns (Round 97's x358_01 第七、十、十一、"
                      "十二条; Round 93's x345_04 第十七条), undated"},
             {"what": "新增的行政服务和公共服务事项，应当按照规定向市、区编办登记备案", "when": None, "when_norm": None,
              "note": "第二十六条 — bodies the rules task filing the new items of their own service catalogue with the office "
                      "that keeps it (round 48; Round 91's filings by bodies the scheme tasks), the sender unnamed (Round "
                      "91's governs on x335_01 第三十条), undated"},
             {"what": "效能建设单位认为…材料不齐全或者不符合法定形式的，应当一次书面告知需要补正的全部内容", "when": None,
              "when_norm": None, "note": "第三十条 — a notice of the body's own finding to the applicant (Round 97's x358_01 第七条), undated"},
             {"what": "区编办制定的年度政府效能监督检查工作计划，报市编办备案", "when": None, "when_norm": None,
              "note": "第四十八条 — a body's plan filed with the body above is a sending of work the scheme gives, undated where "
                      "no time is printed (Round 99's x363_01 「…每年度工作计划…报市规划资源局备案」); the plan's 年度 names "
                      "the plan, not a day"},
             {"what": "市、区编办…应当根据工作需要作出政府效能监督检查报告，提出政府效能监督检查建议，并以书面形式送达相关效能建设单位",
              "when": None, "when_norm": None,
              "note": "第五十一条 — a notice of the body's own inspection results to the body checked (Round 97's x358_01 "
                      "第二十二条; Round 89's turned x331_04 第九条), undated"},
             {"what": "效能建设单位应当自收到监督检查建议书之日起30个工作日内，将采纳情况通报编办", "when": None,
              "when_norm": None,
              "note": "第五十一条 — the checked body's report of its response to the findings (Round 89's x333_01 第四十二条: "
                      "the corrected body's report of its correction is a duty), 30个工作日内 a time from an event: undated"},
             {"what": "效能建设单位应当认真办理监督员提出的问题、意见和建议，并及时反馈", "when": None, "when_norm": None,
              "note": "第五十三条 — a notice of the body's own handling to those who raised it (Round 97's x358_01; Round 89's "
                      "x329_01 第十七条 处理和反馈), undated, 及时 printing no time"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope and the definition of "
            "效能建设单位, 第五十五条 force; no tasks: 第七条 (a statement of the authorised bodies' legal standing, no act owed, "
            "Round 78's (a)), 第三十五条 (可以 only), 第四十一条 (可以委托; 「…由市编办另行制定」 only the pointer to another "
            "text, round 39, Round 97's turned x357_01 四/10; the fee's budgeting money), 第四十三条 (what the reviews turn on "
            "and 可以, definitions and an option), 第四十四条 (「按照…的基本流程实施」, an outline of steps, Round 97's x355_02 四、), "
            "第四十九条 (可以邀请 and the manner 采取…方式进行, 可以 reaching the comma-joined clause, round 49 p46b), 第五十条 "
            "(可以要求…／可以责令, options over its lines); tasks: 第三条 (its first paragraph a principle, p51e; its second "
            "the bodies' acts, Round 97's x353_02 第四条), 第四条, 第五条 (the leaders' own acts 组织落实, 管理和监督: staff of "
            "the rules' bodies, a task naming none, Round 89's x333_01 第十三条; not Round 93's x344_01 principle of roles, "
            "which prints no act), 第六条, 第八条 (第二款 a limit on the entrusted body's acts, the bare 组织 no kind, Round "
            "81's x310_03 第十条; Round 91's x339_04 第八条), 第九条 ([内设机构, 派出机构], bound by 应当 to act in their "
            "body's name), 第十–十八条 one each (第十三条 one task, its （一）–（四） classes of matter each with its body, a list "
            "of cases, Round 78's (b), naming 行政机关 by 由A管辖, Round 89's x333_01 第六、七条, place phrases dropped, Round "
            "97's x353_02 第七条; 第十四条 [下级行政机关], 应当由A行使; 有权／可以 options), 第十九条 6 (its lines), 第二十–三十四条 "
            "one each (第二十六条: 本市…实施目录管理, acts with no subject, round 65's x274_01; 第三十三条 [效能建设单位], 作出说明 "
            "its own service), 第三十六–四十条 one each (第三十九条: 「本市实行…制度」 and the scope text, 市、区编办 组织对…的"
            "效能评估 its work; 第四十条: 「本市建立…系统，运用…采集和报送…」 acts with no subject), 第四十二条, 第四十五条 "
            "(纳入…考核内容, an act with no subject), 第四十六–四十八条, 第五十一–五十四条 (第五十二条: 被提请协助的机关应当予以协助, "
            "the bare 机关 no kind, a task naming none) → **50**. Accepted: 45 (第十九条 one task), 49 (第五条 a principle of "
            "roles, or 第五十四条 the liability clause, RULING? 12), 51 (第四十九条 read as the offices' work), 53 (第十三条's "
            "four lines items)",
            "units: rule 2 and round 44 in articles; not sampled: 第三条 [效能建设单位]; 第五条 none (persons); 第八条 none; 第九条 "
            "[内设机构, 派出机构]; 第十、十五、二十三条 [行政机关]; 第十二条 [行政机关] (被请求协助的行政机关, the 的-rule); 第十三条 "
            "[行政机关]; 第十四条 [下级行政机关]; 第十六、十八、二十–二十二、二十四、二十七–二十九、三十一、三十三、三十四、三十七、三十八、四十六条 "
            "[效能建设单位]; 第十九条（一）（三）（四） none, （二）（五） [效能建设单位]; 第二十六条 none; 第三十九、四十二、四十七条 "
            "[市、区编办]; 第四十、四十五条 none; 第五十二条 none",
            "dates: none (see date_note)",
            "figures: not_target 30 个工作日 (第五十一条); no other figure in a task",
            "duties: seven, above; not duties: 第二十五条's 一次告知申请人审批条件 (the scheme's terms told to an applicant, not "
            "the body's own finding), 第四十八条's 报本级人民政府批准 (a step of the approval, Round 89's x329_04 第九条), "
            "第四十条's 采集和报送…数据 (the system's own working, no sender or receiver named)"])

write_collected(DIR)
