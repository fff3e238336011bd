# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next359/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 68 (built by helper c359, for round 69): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and "Round 83 rulings, written
early" to its end — Rounds 83–97, printed in eleven parts, see the README's Exposures) applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next359/make_expected.py tests/data/plans-next359
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files (as plans-next341/347/353)
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives the stored character "
          "count")


def src(path, url, chars, extra=""):
    return f"{REPO} @ {C2B}, docs/市政与基础设施/{path} (official page {url}) — {STORED}{extra} ({chars} characters stored)"


def lab(file, head):
    """The article's label as printed: 「第N条（heading）」, on a line of its own in all four texts (the heading in
    brackets, the text on the lines below). The first line that starts with the label is the article's (x359_01's
    attachment 1 numbers its own 第一条–第八条 after the 附件 line, below every article of the measures)."""
    for line in (DIR / file).read_text(encoding="utf-8").split("\n"):
        s = line.strip()
        if s.startswith(head + "（"):
            return s[:s.index("）") + 1]
    raise KeyError(head)


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44: in 第X条 articles a body named by a kind, or a party by role, standing as the subject of the "
           "article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 92's governs on "
           "x182_03 第七条)")
REVIEW = ("a decision on a party's application or submission and its steps — 审核, 审查, 公示, 作出决定, 颁发 — name none, "
          "in articles too, 由 before the decider changing nothing (Round 85's x321_02 and turned x317_03 第九条（一）; "
          "Round 89's x334_01 第九条; Round 93's x341_01 第三条（一）; Round 94's turned x240_04 第二十四条; Round 95's "
          "x347_03 第二十七条), while 组织＋review names its subject (Round 88's x325_02 第四条 form; Round 92's p65a)")
SENDING = ("a sending — 报告, 上报, 报送, 通知, 提供, 共享至, 纳入…平台 — names no doer, in articles too (Round 83's turned "
           "x315_01 第十一条; Round 85's turned x322_04 第七条; Round 89's x331_01 三/（二）)")
OWED = ("a regulated party the rules bind by 应 to acts of its own is given work, a task naming none where its acts are "
        "its filing, applying or reporting on itself (Round 84's p61a-2; Round 88's turned x117_03 第二十二条; Round 95's "
        "x347_02; Round 97's x353_03 第二十、二十一条)")
OPTION = "可／可以／有权 give an option, no work (round 49 p46b; Round 89's x333_01 第九条, x334_02 第七条)"
LIMIT = "a time limit counted from an event is no target and dates nothing (round 33; Round 87's x326_08 「3日内」)"
CLASS = ("a figure inside a noun naming the class of thing the work picks is a class, no target (round 58; Round 83's "
         "turned x311_01 第十条; Round 97's x353_01 第五条)")
FINE = ("what a breach costs is no target, a fine's band included (round 32: 「处5000元以上3万元以下的罚款」; Round 85's "
        "turned x321_03 第五条（三））")
PENALTY = ("a penalty a named enforcing body imposes on regulated parties is its enforcement, a task (Round 91's x340_02 "
           "第二十六条; Round 77's x299_04 第二十八条)")
DUTY_LIST = ("a lead-in binding a named party to the duties or acts its lines list gives the lines that name none its "
             "body (rule 4; Round 83's x311_03 第十一、十二条; Round 81's x305_04 第四条), each line read by its words "
             "(Round 87's governs on x328_03)")
EXPERTS = ("the experts are the rules' own regulated party, engaged and sanctioned by them: their owed acts are work, "
           "tasks naming none (Round 84's p61a-2; Round 97's x353_03 第二十条), persons never units (round 30) (RULING? 1: "
           "or Round 85's x317_01 hired persons' job, no tasks)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x359_01_shi-caizhengju-2018-zhengfu-caigou-pingshen-zhuanjia-he-pingshen-gongzuo-guanli-banfa.txt"
P01 = "上海市政府采购评审专家和评审工作管理办法"
N01 = "关于印发《上海市政府采购评审专家和评审工作管理办法》的通知"
CZ = "市财政局"
CG = ["采购人", "采购代理机构"]


def a1(n):
    return lab(X01, n)


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title line (line 11) or the cover's title (line 1): either (round 45's pair; round 30's "
                "notice issuing the document it prints is one plan)",
     doc_no="沪财发〔2018〕2号 (the stored front matter; the page prints no number)",
     issuer="上海市财政局",
     date="2018-03-15",
     date_note="the cover is signed 2018年3月15日 (line 9); in force 2018年5月1日 to 2023年4月30日 (第四十六条, a general "
               "provision); 五个工作日内, 三个工作日, 半小时, 24小时 are times counted from events (round 33), 定期 no date: no task "
               "is dated",
     level="the city finance bureau's measures on government-procurement review experts: how the bureau engages, trains, "
           "renews and dismisses them, how purchasers draw them by lot and run the reviews, the experts' and committees' "
           "duties, the bureaus' supervision and the penalties",
     source=src("关于印发《上海市政府采购评审专家和评审工作管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0017::0017-177331", 10274),
     style="a cover (addressees, 「现予发布，自…起施行，请遵照执行」, issuer, date), then the measures: title, eight chapters "
           "「第N章　title」 (an ideographic space) and 46 articles 「第N条（heading）」 on a line of their own with the text "
           "below; lists （一）– in 第六、七、十一–十四、十七、二十五、二十六、二十八、三十、三十九条; after 第四十六条 the 附件 line and the "
           "two attachments printed whole (the experts' discipline in 第一条–第八条 「第N条  text」, the pledge form, and "
           "quoted articles of other texts)",
     leaf_tasks=53, count_alternatives=[38, 45, 48, 50, 52, 54],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四条": 0, "第五条": 1, "第六条": 6, "第七条": 0, "第八–十二条": 5,
                            "第十三条": 0, "第十四条": 3, "第十五、十六条": 2, "第十七条": 4, "第十八–二十四条": 7,
                            "第二十五条": 4, "第二十六–二十八条": 3, "第二十九条": 0, "第三十条": 7, "第三十一–三十六条": 6,
                            "第三十七条": 0, "第三十八–四十一条": 4, "第四十二–四十六条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a1("第三条")], [], [CZ], lead_alternatives=[[CZ]], **art(X01, [a1("第三条")]),
          note="「评审专家由上海市财政局（以下简称“市财政局”）统一聘用并进行动态管理。…纳入本市政府采购评审专家库…管理。」 — "
               "the agent of 由 with a verb of doing is a doer (rule 2), the short name given as 「以下简称」 makes it (rounds 35, "
               "43: the full name with its bracket dropped is the same body; 上海市财政局 is its printed full name); "
               + ONE_LEAD + "; " + NODATE),
        S([a1("第五条")], [], [CZ, "市和区财政局"], responsible_alternatives=[[CZ]], **art(X01, [a1("第五条")]),
          note="「本市对评审专家实行统一标准、管用分离、随机抽取的管理原则。 市财政局负责依法建立和管理专家库，并…建立专家抽取系统。 市和区财政局对本级预算项目政府采购活动履行监督管理职责时，依法对相关评审专家进行监督管理。」 — "
               "the principle names no doer (p51e); 负责 is rule 2's; the third paragraph's 进行监督管理 is a verb of doing in "
               "an article (" + ARTICLE.split(" (")[0] + "), checking the experts the bodies' own enforcement (Round 97's "
               "governs on x353_01 第十六条), the 履行…职责时 clause its frame; 「市和区X」 one name as printed (round 30, as "
               "plans-next353 wrote 市和区中小企业主管部门); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第六条"), "（一）"], [], [CZ], lead_alternatives=[[CZ]], **art(X01, [a1("第六条"), "（一）"]),
          note="「…聘用程序包括：」 over 「（一）发布招聘信息公告。市财政局在上海政府采购网发布招聘公告，公告明确聘用条件…」 — the "
               "lines of a flow of steps are its items, each read by its words (Round 77's x299_01 第六条; Round 87's governs "
               "on x328_03; plans-next353 x353_02 第九条) (RULING? 2: or 「聘用程序包括：」 a noun lead-in over contents, Round "
               "92's governs on x311_02, the article one task); the bureau's own notice calling for applicants is its act "
               "before any application, a verb of doing in an article (round 44); " + ONE_LEAD + "; " + NODATE),
        S([a1("第六条"), "（四）"], [], [], responsible_alternatives=[[CZ]], **art(X01, [a1("第六条"), "（四）"]),
          note="「（四）审核聘用申请。市财政局成立工作小组对应聘申请人是否符合聘用条件进行审核。」 — " + REVIEW.split(" (")[0]
               + "; 「A对…进行审核」 names none (Round 88's x325_02 第四条 form), and setting up the group that reviews is a step "
               "of the review, the group a set-up body (rule 3); " + NONE + "; " + NODATE),
        S([a1("第十四条"), "（二）"], [], [], **art(X01, [a1("第十四条"), "（二）"]),
          note="「评审专家在评审工作中应承担以下义务：」 over 「（二）发现供应商在政府采购活动中有不正当竞争或恶意串通等违法违规行为的，应及时向采购人、采购代理机构或财政部门报告；」 — "
               + EXPERTS + "; the report is a sending, naming none (" + SENDING.split(" (")[0] + "), and a duty (below); "
               "及时 prints no date; " + NONE + "; " + NODATE),
        S([a1("第十七条"), "（二）"], [], [], responsible_alternatives=[["市和区财政局"]],
          **art(X01, [a1("第十七条"), "（二）"]),
          note="「评审专家的随机抽取，按以下程序进行：」 over 「（二）需求审核。市和区财政局对本级预算项目政府采购评审专家需求进行审核。」 — "
               "the lines of the drawing's flow are its items, each read by its words (RULING? 2); a check of what the "
               "purchaser submits, by 「A对…进行审核」 with no 组织, names none (Round 88's x325_02 第四条 form; Round 85's "
               "x321_02); " + NONE + "; " + NODATE),
        S([a1("第二十二条")], [], CG, responsible_alternatives=[[]], targets=[(24, "小时")],
          **art(X01, [a1("第二十二条")]),
          note="「评审专家抽取成功后，采购人或其委托的采购代理机构不得随意取消评审或者改变评审时间。确需取消评审或者改变评审时间的，应当至少提前24小时在专家抽取系统报备并通知有关评审专家。」 — "
               "a limit on the purchasers' own acts with its subject printed (" + ARTICLE.split(" (")[0] + "; Round 83's "
               "x314_10 四/(四): a ban on acts only the work does limits it), 或 joining doers (round 49) and the 的-phrase "
               "giving 采购代理机构 (rounds 32, 38), each once, printed order (RULING? 3: or a ban names no doer, none); the "
               "确需…的 case adds no unit (rule 3), but a quantity joined to 至少 is a target wherever it stands (round 30's "
               "line): 24 小时; the notice to the experts a duty (below); lead [] (no 牵头); " + NODATE),
        S([a1("第二十五条"), "（一）"], [], CG, responsible_alternatives=[[]],
          **art(X01, [a1("第二十五条"), "（一）"]),
          note="「采购人或其委托的采购代理机构应当依法组织评审，在评审工作现场履行下列管理职责：」 over 「（一）制止无关人员进入评审现场；」 — "
               + DUTY_LIST + ", the duty word 职责 in the lead-in (Round 85's x319_02 三/1); （五） is a catch-all, text "
               "(Round 84's p61a-1); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第二十七条")], [], CG, **art(X01, [a1("第二十七条")]),
          note="「评审工作结束后五个工作日内，采购人或其委托的采购代理机构应通过专家抽取系统对各评审专家作出评价，如实记载…，并报同级财政部门。」 — "
               + ARTICLE.split(" (")[0] + " (作出评价, 记载); the sending to the finance department a duty (below); " + LIMIT
               + "; lead [] (no 牵头); " + NODATE),
        S([a1("第三十四条")], [], [CZ], lead_alternatives=[[CZ]], **art(X01, [a1("第三十四条")]),
          note="「市财政局定期对评审专家和采购代理机构组织政府采购政策法规和评审工作业务培训，并建立考核机制。」 — 组织＋a verb of work "
               "is rule 2's (组织…培训), training the body holds its own act (Round 91's x335_01 第二十一条); the trainees are "
               "the objects; 定期 prints no date and no rhythm (round 34); " + ONE_LEAD + "; " + NODATE),
        S([a1("第三十六条")], [], ["市和区财政局", CZ], responsible_alternatives=[["市和区财政局"]],
          **art(X01, [a1("第三十六条")]),
          note="「市和区财政局按照分级管理要求，依法对…评审活动进行监督管理，对采购人、采购代理机构是否按照本办法规定抽取评审专家和组织评审工作进行监督管理，并依法处理…违法违规或违纪行为。 需要对评审专家解聘的，由市财政局办理解聘手续。」 — "
               "checking how the rules are carried out by the parties they bind is the bodies' enforcement (Round 97's "
               "governs on x353_01 第十六条; Round 85's governs on 「A依法对…实施监督」); 「需要…的」 after the item's own "
               "enforcement is a branch of it, not rule 3's 确需…的 (Round 85's turned x319_01 第七条（二））, and 由A＋办理 "
               "names A (rule 2); the two printed names are two names (round 43), each once; none of the purchasers (objects "
               "of the check); lead [] (no 牵头); " + NODATE),
        S([a1("第三十八条")], [], ["财政部门"], lead_alternatives=[["财政部门"]],
          not_targets=[(2000, "元"), (2, "万元"), (5, "万元")], **art(X01, [a1("第三十八条")]),
          note="「评审专家未按照…进行独立评审或者泄露…的，由财政部门给予警告，并处2000元以上2万元以下的罚款；影响中标、成交结果的，处2万元以上5万元以下的罚款…」 — "
               + PENALTY + "; " + FINE + ": not_targets 2000 元, 2 万元, 5 万元; " + ONE_LEAD + "; " + NODATE),
        S([a1("第四十条")], [], ["有关行政主管部门"], lead_alternatives=[["有关行政主管部门"]],
          responsible_alternatives=[[]], **art(X01, [a1("第四十条")]),
          note="「对评审专家做出的处罚和不良行为记录信息，市财政局将按照国家和本市有关规定与相关公共信用信息平台共享，有关行政主管部门等将依法对被处罚和有不良行为记录的评审专家进行联合惩戒。」 — "
               "sharing records with the platform that gathers them is a sending, naming none (Round 85's x317_01 第六条 form: "
               "「A将X共享至B」; Round 97's x353_03 第二十八条), its duty below; the departments' joint sanction is their "
               "enforcement, a verb of doing in an article (" + ARTICLE.split(" (")[0] + "), 有关行政主管部门 a kind (Round 83's "
               "x311_03 第四条: 有关行政管理部门), 等 dropped (plans-dev EXPECTED.md); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现供应商在政府采购活动中有不正当竞争或恶意串通等违法违规行为的，应及时向采购人、采购代理机构或财政部门报告",
              "when": None, "when_norm": None,
              "note": "第十四条（二） (第三十条（六） 「…应向财政部门报告，或者向采购人或其委托的代理机构提出…」 the same report of the "
                      "same reviewers, one duty, round 41) — a report of what a party's duty of check finds, sent to the bodies "
                      "that act on it (Round 83's x316_01 一; round 44), undated"},
             {"what": "应当至少提前24小时在专家抽取系统报备并通知有关评审专家", "when": None, "when_norm": None,
              "note": "第二十二条 — the purchaser's notice of its own change to the experts it concerns (Round 97's x358_01 第七、"
                      "十、十一、十二条: a notice of the body's own decision to the party it concerns is a duty), a time before "
                      "an event: undated"},
             {"what": "采购人或其委托的采购代理机构应通过专家抽取系统对各评审专家作出评价，如实记载…情形，并报同级财政部门",
              "when": None, "when_norm": None,
              "note": "第二十七条 — the purchasers, bodies the rules task, sending the results of the work the rules give them "
                      "(round 48; Round 91's filings by bodies the scheme tasks), five working days after the review: undated"},
             {"what": "评审专家应通过专家抽取系统对采购人代表、采购代理机构进行评价，如实记载…行为，并应向同级财政部门反映",
              "when": None, "when_norm": None,
              "note": "第三十三条 — the experts' evaluation sent to the finance department, as 第二十七条's (round 48), undated"},
             {"what": "市财政局将按照国家和本市有关规定与相关公共信用信息平台共享", "when": None, "when_norm": None,
              "note": "第四十条 — records sent to the platform that gathers them are a sending, its duty undated (Round 81's "
                      "x310_03 第十四条; Round 97's x353_03 第二十八条)"}],
     notes=["counting (leaf tasks): the cover's 「请遵照执行」 is no task; general provisions (round 30): 第一条 purpose, 第二条 "
            "scope, 第四条 the definition of 评审工作, 第四十四条 参照执行, 第四十五条 the interpreting body, 第四十六条 force; no "
            "tasks: 第七条 the experts' conditions (round 30's applicant; Round 83's x315_04), 第十三条 their rights (" + OPTION.split(" (")[0]
            + "), 第二十九条 the committee's make-up and who may sit on it (rule 3's composition; persons; Round 83's x312_07 "
            "三/1), 第三十七条 (可以派员, an option), 第四十二、四十三条 the discipline of officials and staff (the standard "
            "liability clause, a general provision, Round 91's x340_04 第七十九条; Round 97's x358_01 第二十一条); the 附件 "
            "line ends the count (plans-dev EXPECTED.md), so the attachments' 第一条–第八条 are not counted (Round 92's governs "
            "on x165_02); tasks: 第三条 (由A聘用), 第五条, 第六条 6 ((一)(三)–(七); (二) the applicants' own steps, round 30's "
            "applicant), 第八、九条 (the experts' owed acts), 第十条 (组织开展续聘), 第十一、十二条 one each (lists of cases with "
            "their lead-ins, Round 78's (b); 第十二条's paragraphs after its cases the article's text, Round 86's (a)), 第十四条 3 "
            "((一)–(三); (四) a catch-all, Round 84's p61a-1), 第十五条 (负有保密责任 designates, Round 87's x326_07 第六条; "
            "Round 96's x341_04 保密), 第十六条 (a limit on the procurement's own work, no subject, round 65's x274_01), 第十七条 4 "
            "(its flow's lines), 第十八条 (the limit 「应当选择本单位以外的评审专家」 on the option; its 可以 reaches the 并 clause), "
            "第十九–二十四条 one each (第二十条: the experts' 应当配合 beside the purchaser's option), 第二十五条 4 ((一)–(四); (五) a "
            "catch-all; the closing 可邀请 an option), 第二十六条 one (「不得有下列行为：」 a list of breaches, the text of the "
            "article, Round 87's x328_01 第十三条), 第二十七条, 第二十八条 one (a list of cases with its paragraphs, Round 86's "
            "(a)), 第三十条 7 ((一)–(七); (八) a catch-all), 第三十一–三十六条 one each, 第三十八条 (由财政部门 penalties), 第三十九条 "
            "one (a list of cases, the bureau's own sanction with no subject, Round 91's x340_01 第三十二条), 第四十、四十一条 → "
            "**53**. Accepted: 38 (the experts' owed acts read as hired persons' job, RULING? 1: 第八、九、二十、三十二、三十三条 "
            "and 第十四条's 3 and 第三十条's 7 out), 48 and 50 (第六条 or 第十七条 one task, RULING? 2) and 45 (both), 52 "
            "(第十八条 an option only), 54 (第二十九条's 应确认 read as owed work)",
            "units: rule 2 and round 44 in articles; the experts and committee members are persons (round 30), never units; "
            "not sampled: 第十条 [市财政局] (组织开展), 第十五条 [采购人, 采购代理机构, 各级财政部门] (负有保密责任), 第十九条 "
            "[采购人, 采购代理机构] (an article whose whole work is the response to its case, round 30), 第二十一、二十三、"
            "二十四条 [采购人, 采购代理机构], 第二十六条 none, 第三十一条 none (the committee's decision on the bids, Round 85's "
            "x322_02 第十五条), 第三十五条 [市和区财政局] (本市建立 names no body, Round 83's x315_01 第二十条), 第四十一条 "
            "[采购人, 采购代理机构, 财政部门]",
            "dates: none (see date_note)",
            "figures: target 24 小时 (第二十二条); not_targets the fines of 第三十八条; unchecked: 「满８年」「68周岁以下」 (第七条, "
            "an applicant's conditions, round 31's age band), 「两年」 (第十条, a term), 「三个工作日」 (第十七条: 不得早于 stands on "
            "no ruled list)",
            "duties: five, above; not duties: 第八条's updating of the experts' own information (round 42: a filing on its "
            "own matters), 第十二条's 公告 and 第十条's 续聘名单公告 (steps of the decisions, publishing to the public, round "
            "55's x247_01)"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x359_02_shi-zhengfu-bangongting-2016-juece-zixun-yanjiu-keti-guanli-banfa.txt"
P02 = "上海市人民政府决策咨询研究课题管理办法"
N02 = "上海市人民政府办公厅关于转发市政府发展研究中心制订的《上海市人民政府决策咨询研究课题管理办法》的通知"
ZX = "中心"
CJR = "课题承接人"


def a2(n):
    return lab(X02, n)


plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the measures' own title line (line 11) or the forwarding notice's title (line 1): either (round 45's pair; "
                "round 30's forwarding notice followed by the document it forwards is one plan)",
     doc_no="沪府办〔2016〕5号 (the stored front matter; the page prints no number)",
     issuer="上海市人民政府办公厅 (forwarding the measures of 上海市人民政府发展研究中心, which signs them 2016年1月12日)",
     date="2016-01-23",
     date_note="the notice is signed 2016年1月23日 (line 7; the front matter gives 2016-01-26, the site's date); in force "
               "2016年2月1日 to 2020年12月31日 (第三十三条, a general provision; the front matter marks the measures 失效); "
               "每年第四季度 (第六条) is a period in a yearly cycle with no year, no deadline (round 34): no task is dated",
     level="the city government's general office forwarding the development research centre's measures on the city "
           "government's decision-consulting research topics: how the centre plans topics, chooses their researchers by "
           "tender or commission, follows, reviews, ends or withdraws the work, and who owns, uses and pays for the results",
     source=src("上海市人民政府办公厅关于转发市政府发展研究中心制订的《上海市人民政府决策咨询研究课题管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0001::0001-39370_46274", 4184),
     style="a forwarding notice (addressees, 「已经市政府同意，现转发给你们，请认真按照执行」, issuer, date), then the measures: "
           "title, seven chapters 「第N章 title」 (an ASCII space) and 33 articles 「第N条（heading）」 on a line of their own with "
           "the text below; lists （一）– in 第十五、二十一、二十四条; the centre's signature and date at the end",
     leaf_tasks=22, count_alternatives=[21, 23, 24],
     leaf_tasks_by_section={"第一–三条": 0, "第四–八条": 5, "第九条": 0, "第十、十一条": 2, "第十二条": 0, "第十三、十四条": 2,
                            "第十五条": 0, "第十六–二十四条": 9, "第二十五条": 0, "第二十六、二十七条": 2, "第二十八–三十条": 0,
                            "第三十一、三十二条": 2, "第三十三条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a2("第四条")], [], [ZX], lead_alternatives=[[ZX]], responsible_alternatives=[["上海市人民政府发展研究中心"]],
          **art(X02, [a2("第四条")]),
          note="「课题管理由中心负责。 中心应当建立课题联络制度，… 中心组织建立课题评审专家库，… 中心应当加强对课题研究过程的跟踪指导，并对课题经费使用情况进行监督。」 — "
               "由A负责 and 组织＋verb are rule 2's; an article in 总则 that gives work is a task (CONVENTIONS.md head, round 30's "
               "general provisions); the name as printed where it acts, 中心, the short name 第二条 defines (rounds 35, 43), "
               "the full name accepted; " + ONE_LEAD + "; " + NODATE),
        S([a2("第六条")], [], [ZX], lead_alternatives=[[ZX]], **art(X02, [a2("第六条")]),
          note="「中心每年第四季度向市有关部门、科研院校、专家征询列入第二年重点课题的选题。」 — " + ARTICLE.split(" (")[0]
               + " (征询); those asked are the object; 每年第四季度 is a period in a yearly cycle with no year, no deadline "
               "(round 34; Round 91's x335_02 第十四条); " + ONE_LEAD),
        S([a2("第七条")], [], [ZX], lead_alternatives=[[ZX]], **art(X02, [a2("第七条")]),
          note="「中心组织专家组对…征询的课题进行筛选，形成年度重点课题初步方案并报各分管市领导。…中心汇总形成年度重点课题选题方案报市政府审定。」 — "
               "组织＋verb is rule 2's, the expert group its object (round 30); 汇总形成 its own act (Round 83's governs on "
               "x311_04 第十五条); the sendings for the leaders' views and the government's 审定 are steps of that decision, "
               "no duty (Round 89's x329_04 第九条); " + ONE_LEAD + "; " + NODATE),
        S([a2("第十条")], [], [ZX], lead_alternatives=[[ZX]], **art(X02, [a2("第十条")]),
          note="「课题招标，可采取公开招标和邀请招标的方式。 经市政府批准的年度重点课题，应当采取公开招标方式，由中心定期组织。 重点专项课题和一般专项课题的招标，可以…，由中心根据实际需要开展。」 — "
               "由A组织 names A (rule 2; Round 89's x330_05 四/1: 组织 alone); the 可 sentences are options (" + OPTION.split(" (")[0]
               + "), the third's 由中心…开展 inside its option's sentence; 经市政府批准的 a noun's description (round 30); "
               + ONE_LEAD + "; " + NODATE),
        S([a2("第十三条")], [], [ZX], lead_alternatives=[[ZX]], **art(X02, [a2("第十三条")]),
          note="「中心对投标的单位和个人，应当组织专家组进行评审。…由专家组提出课题承接人的推荐人选。 对专家组推荐的课题承接人选，中心通过组织面试比选会，最终确定课题承接人。…」 — "
               "a review of the bids placed by 组织＋verb names its subject (Round 85's x317_03 第九条（一） limit; Round 88's "
               "x325_02 第四条; Round 92's p65a form), the expert group the object of 组织 and a set-up panel (rule 3); "
               + ONE_LEAD + "; " + NODATE),
        S([a2("第十四条")], [], [ZX], lead_alternatives=[[ZX]], responsible_alternatives=[[]],
          **art(X02, [a2("第十四条")]),
          note="「课题招标确定的最终承接人，中心应当通过中国上海门户网站和中心网站等途径向社会公布。」 — publishing the body's own "
               "result is its own act (Round 91's x337_01 第九条; Round 95's x352_02 第十条), a verb of doing in an article "
               "(round 44); none accepted (RULING? 4: or 公示 as a step of the decision on the bids, Round 89's x334_01 "
               "第九条); publishing to the public is disclosure, no duty (round 55's x247_01); " + ONE_LEAD + "; " + NODATE),
        S([a2("第十七条")], [], [], responsible_alternatives=[[ZX]], **art(X02, [a2("第十七条")]),
          note="「课题承接人经中心确定后，由中心向课题承接人出具《立项通知书》或课题委托通知。 课题承接人接到…后，应当按要求填报《…计划任务书》…。《计划任务书》包括：…等内容。… 课题承接人填报的《计划任务书》经中心批准确认，予以立项。」 — "
               "issuing the notice of the centre's own choice is the decision's issue, 由 before the issuer changing nothing "
               "(" + REVIEW.split(" (")[0] + "), the researcher's filing of its own plan a filing on itself (" + OWED.split(" (")[0]
               + "), 经A批准确认 rule 3's approver, the plan's contents text (Round 86's (a)); the article binds the centre to act "
               "on the researchers' plans, a task (Round 87's x327_04); " + NONE + "; " + NODATE),
        S([a2("第十八条")], [], [ZX, CJR], responsible_alternatives=[[ZX]], **art(X02, [a2("第十八条")]),
          note="「重点课题正式立项后，中心安排重点课题开题会，确定…，并与课题承接人约定提交相关研究材料的具体时间。其他课题，由课题承接人确定开题会事宜。」 — "
               + ARTICLE.split(" (")[0] + " (安排, 确定); 由A＋确定 names the researcher (rule 2), a party the rules contract by "
               "role (Round 91's filings: contracted parties of the public work are tasked bodies; x353_04's 承接主体); 与B约定 "
               "a two-party act (Round 95's x347_04 第十二条); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第十九条")], [], [CJR], lead_alternatives=[[CJR]], responsible_alternatives=[[]],
          **art(X02, [a2("第十九条")]),
          note="「课题承接人应当按《计划任务书》的相关要求，开展课题研究工作。 课题承接人应当在约定时间内，向中心提交详细研究提纲…；在研究中期提交…；在研究期末提交课题研究报告及成果摘要。 课题内容需要保密的，课题承接人应当遵守保密要求，不得…向外披露。」 — "
               "a contracted party bound by 应当 to carry out the work is a doer in an article (round 44; Round 88's turned "
               "x117_03 第二十二条: a regulated party named by its kind acting by a verb of doing), only its filings and "
               "reports naming none; the submissions are a duty (below); none accepted (RULING? 5: or the researcher a "
               "beneficiary taking up a grant, round 30's applicant); " + ONE_LEAD + "; " + NODATE),
        S([a2("第二十条")], [], [ZX, "承接人"], responsible_alternatives=[[ZX], [ZX, CJR]], **art(X02, [a2("第二十条")]),
          note="「重点课题承接人提交中期研究成果后，由中心组织中期交流会，提出…意见和建议。其他课题由承接人安排中期交流会事宜。」 — "
               "由A组织 and 由A＋安排 name A (rule 2; Round 87's governs on x326_03: 由A安排 names A); the name as printed each "
               "time, 承接人 here (round 43), 课题承接人 accepted; the researcher's handing in is a sending in a time clause; "
               "each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第二十三条")], [], [], responsible_alternatives=[[ZX]], **art(X02, [a2("第二十三条")]),
          note="「课题成果通过评审或者认定的，由中心颁发结题证书。」 — issuing the certificate on the reviewed results is the "
               "review's decision (" + REVIEW.split(" (")[0] + "; Round 95's x347_03 第二十七条: 由市政府…颁发), the article "
               "binding the centre to act on the results a task naming none (Round 87's x327_04); " + NONE + "; " + NODATE),
        S([a2("第二十六条")], [], [], responsible_alternatives=[[ZX]], **art(X02, [a2("第二十六条")]),
          note="「课题研究成果由中心统一报送市领导，提供决策咨询参考。」 — a clause whose only act sends names none, 由 changing "
               "nothing (Round 89's x331_01 三/（二） 「由区市场监管局及时上报区政府」), and an article whose only act is an owed "
               "sending is a task naming no unit (Round 83's x313_01 第十一条); the sending a duty (below); " + NONE + "; "
               + NODATE),
        S([a2("第三十二条")], [], [ZX], lead_alternatives=[[ZX]], **art(X02, [a2("第三十二条")]),
          note="「本办法中各类课题申报、评审、委托及研究成果等资料，由中心统一归档。」 — 由A＋a verb of doing names A (rule 2); an "
               "article in 附则 that gives work is a task (CONVENTIONS.md head, round 30); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "课题承接人应当在约定时间内，向中心提交详细研究提纲和具体实施计划；在研究中期提交中期研究成果或最新观点材料；在研究期末提交课题研究报告及成果摘要",
              "when": None, "when_norm": None,
              "note": "第十九条 — the contracted researcher sending the results of the work it is given (round 48; Round 91's "
                      "filings by bodies the scheme tasks), three reports of one work joined (round 41), undated (约定时间)"},
             {"what": "课题撤项的，应当通知课题承接人，并在中心网站予以公布", "when": None, "when_norm": None,
              "note": "第二十四条 — a notice of the body's own decision to the party it concerns (Round 97's x358_01; Round 93's "
                      "x345_04 第十七条), undated; the publishing is disclosure (round 55's x247_01)"},
             {"what": "课题研究成果由中心统一报送市领导，提供决策咨询参考", "when": None, "when_norm": None,
              "note": "第二十六条 — the centre sending the results of its own work (round 48), undated"}],
     notes=["counting (leaf tasks): the notice's 「请认真按照执行」 is no task; general provisions (round 30): 第一条 purpose, "
            "第二条 the definition, 第三十三条 force; no tasks: 第三条 a principle naming no doer (p51e; round 68), 第九条 (the two "
            "ways of choosing, the manner of work the later articles set, Round 87's turned x324_06 三), 第十二条 who may bid and "
            "how (round 30's applicant), 第十五条 (可以采用委托, options over a list of cases), 第二十五条 (who owns the "
            "copyright, a state, Round 87's state-only line), 第二十八–三十条 (the funding, its use and its stopping: articles "
            "whose only acts budget, pay or keep money are the scheme's terms, Round 83's x311_01 第七条; Round 97's x358_02 "
            "第二十、二十一条); tasks: 第四–八条 one each, 第十、十一条, 第十三、十四条, 第十六条 (沟通, 由中心研究决定), 第十七条, "
            "第十八–二十条, 第二十一条 one (a list of cases with its lead-in and closing paragraph, Round 78's (b), Round 86's "
            "(a)), 第二十二条 (组织专家进行…评审; 由中心进行认定), 第二十三条, 第二十四条 one (a list of cases; its notice a duty), "
            "第二十六条 (an owed sending), 第二十七条 (limits on the use of results: a task naming none, Round 87's x327_01 "
            "第七条), 第三十一条 (its last paragraph 由中心…进行成果转化工作; 可以 the rest), 第三十二条 → **22**. Accepted: 21 "
            "(第二十六条, a sending only, read as no task), 23 (第九条 as work, or 第二十九条 「应当加强研究经费的财务管理」 read "
            "as the keeper's work, Round 93's x341_02), 24 (both)",
            "units: rule 2 and round 44 in articles; 中心 as printed (the short name 第二条 defines); not sampled: 第五、八条 "
            "[中心] (由中心…作出安排／研究确定), 第十一条 [中心], 第十六条 [中心], 第二十一条 none ([中心, 课题承接人] by 由A或B作出说明 "
            "accepted if sampled), 第二十二条 [中心], 第二十四条 none, 第二十七条 none, 第三十一条 [中心]",
            "dates: none (see date_note)",
            "figures: none checked; 「第二年」「一年内」「两个或两个以上」 join no comparison word of round 30's list",
            "duties: three, above; not duties: 第七条's sendings to the leaders and the government for their 审定 (steps of "
            "the decision, Round 89's x329_04 第九条), 第十七条's filing of the plan (a step of the centre's approval), "
            "第十四条's publishing (disclosure)"])


# ---------------------------------------------------------------------------------------------------------
X03 = "x359_03_shi-zhengfu-2025-guanxian-guanli-banfa.txt"
P03 = "上海市管线管理办法"
GH = "规划资源部门"
QS = "管线权属单位"


def a3(n):
    return lab(X03, n)


plan(X03,
     title=P03,
     title_note="the heading line (line 1), printed again on line 3",
     doc_no="上海市人民政府令第17号 (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2025-01-17",
     date_note="promulgated 2025年1月17日, in force 2025年3月1日 (line 5 and 第六十一条, a general provision); 15日内, 10个工作日内, "
               "2个工作日内, 5个工作日内 are times counted from events (round 33), 定期 no date: no task is dated",
     level="the city government's rules on pipelines: the city and district governments' and departments' duties, the "
           "planning of pipelines and overhead lines, building (plans, permits, tracking surveys, acceptance), upkeep, "
           "accidents and removal, utility tunnels and shared poles, the pipeline GIS and its data, and the penalties",
     source=src("上海市管线管理办法.md", "https://www.shanghai.gov.cn/xxzfgzwj/20250401/8fd81efe7f284111b2249fb3c544f7cf.html",
                9116, extra=" — but one character short: the rebuilt file counts 9,115, the tool's offsets agreeing with "
                "the typed text up to character 3,250 and one behind it from 3,900 on (see the README)"),
     style="the heading printed twice, the promulgation line in brackets, eight chapters 「第N章  title」 (two spaces; "
           "「第一章  总  则」) and 61 articles 「第N条（heading）」 on a line of their own with the text below; lists （一）– in "
           "第十四、十五条",
     leaf_tasks=55, count_alternatives=[49, 50, 51, 53, 54],
     leaf_tasks_by_section={"第一–三条": 0, "第四–十一条": 8, "第十二条": 0, "第十三条": 1, "第十四条": 5,
                            "第十五–三十四条": 20, "第三十五条": 0, "第三十六–四十三条": 8, "第四十四条": 0,
                            "第四十五–五十一条": 7, "第五十二条": 0, "第五十三–五十八条": 6, "第五十九–六十一条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a3("第四条")], [], ["市、区人民政府"], lead_alternatives=[["市、区人民政府"]], responsible_alternatives=[[]],
          **art(X03, [a3("第四条")]),
          note="「市、区人民政府加强对管线管理工作的领导和统筹协调，研究决策管线管理有关重大事项，部署推进管线管理相关工作。」 — "
               + ARTICLE.split(" (")[0] + " (研究决策, 部署推进), as Round 93 read 「市、区政府完善…机制」 (x345_03 第五条); 「市、区X」 "
               "one name (round 30); none accepted (RULING? 6: or Round 87's x323_02 第四条, who leads the whole of the work, a "
               "plan-level field, no task); " + ONE_LEAD + "; " + NODATE),
        S([a3("第五条")], [], ["住房城乡建设管理部门", GH, "水务、经济信息化、通信管理等行业主管部门", "市发展改革部门",
                               "公安、交通、国防动员、应急管理、绿化市容、城管执法等部门"],
          responsible_alternatives=[["住房城乡建设管理部门", GH, "水务、经济信息化、通信管理等行业主管部门", "市发展改革部门"]],
          **art(X03, [a3("第五条")]),
          note="「住房城乡建设管理部门负责…。 规划资源部门负责…。 水务、经济信息化、通信管理等行业主管部门根据职责分工，负责…。市发展改革部门和区人民政府指定的部门按照职责负责石油天然气管道的保护工作。 公安、交通、国防动员、应急管理、绿化市容、城管执法等部门按照各自职责，协同实施本办法。」 — "
               "a 部门职责 article of paragraphs is one task with every body it gives work, printed order, each once (Round "
               "82's p60c-1; Round 87's governs on x327_02); fields before one head with 等 are one name as printed (round "
               "31's 「商务等部门」; Round 91's governs on x340_02 第四条); 「区人民政府指定的部门」 leaves a bare head after its "
               "的 and names none (round 30; Round 83's x313_01 第三条), the government inside it a description; 协同实施本办法 "
               "makes doers (Round 91's x340_02 第三条, x340_03 第五条), the list without them accepted; lead [] (no 牵头); "
               + NODATE),
        S([a3("第十一条")], [GH], [GH, "住房城乡建设管理等部门"], lead_alternatives=[[]], responsible_alternatives=[[GH]],
          **art(X03, [a3("第十一条")]),
          note="「规划资源部门应当会同住房城乡建设管理等部门根据详细规划和相关专项规划，…制定管线综合规划。 管线综合规划制定过程中，应当征求管线建设单位和相关部门的意见。」 — "
               "「A会同B＋verb」 gives lead A, responsible A, B (rule 2), B one name as printed (round 31's 「商务等部门」); those "
               "consulted are receivers (rule 3; Round 91's turned x340_04 第十七条); " + NODATE),
        S([a3("第十四条"), "（一）"], [], [], **art(X03, [a3("第十四条"), "（一）"]),
          note="「地下管线工程建设在规划上产生交叉的，一般按照下列规定处理：」 over 「（一）压力管线避让重力流管线；」 — the lines of a "
               "list are its items, each read by its words, and a line that limits where and how a facility is laid is a "
               "task naming none (Round 87's governs on x328_03; Round 91's x340_04 line by line; Round 95's x351_04 清单) "
               "(RULING? 7: or the lines a rule of planning for whoever plans, text, Round 78's (a), the article one task); "
               + NONE + "; " + NODATE),
        S([a3("第十九条")], [], ["管线建设单位"], lead_alternatives=[["管线建设单位"]], responsible_alternatives=[[]],
          **art(X03, [a3("第十九条")]),
          note="「管线工程立项后，规划资源部门应当根据管线建设单位的需求，向其提供相关地下管线现状资料。 管线建设单位应当进行管线工程现场调查，并将现场调查资料反馈给规划资源部门。」 — "
               "giving records one holds to the body that uses them is a sending, naming none in articles too (" + SENDING.split(" (")[0]
               + "), as is the feedback; the builder's own survey is a verb of doing in an article, a regulated party named "
               "by its kind (round 44; Round 88's turned x117_03 第二十二条); " + ONE_LEAD + "; " + NODATE),
        S([a3("第二十六条")], [], [], not_targets=[(15, "日")], **art(X03, [a3("第二十六条")]),
          note="「在本办法第十五条规定区域内，因建设工程施工或者举办重大活动等原因，需要架设临时架空线的，应当事先将临时架空线架设方案，向市住房城乡建设管理部门或者区建设行政管理部门备案。建设工程施工或者重大活动结束后15日内，应当拆除架设的临时架空线并恢复原状。」 — "
               "owed acts with no subject are a task naming none (round 65's x274_01; Round 93's x345_04 第十四条), the filing a "
               "party's on its own line (round 42: no duty), the departments receivers (rule 3); " + LIMIT + ": not_target 15 "
               "日; " + NONE + "; " + NODATE),
        S([a3("第二十八条")], [], ["建设单位", QS], responsible_alternatives=[["建设单位", QS, "施工单位"]],
          **art(X03, [a3("第二十八条")]),
          note="「建设工程施工前，建设单位应当查明地下管线情况，并组织管线权属单位向施工单位进行现场及技术资料的交底，管线权属单位应当予以配合。 施工过程中，发现管线实际情况与交底情况不符，可能影响管线安全的，施工单位应当立即停止施工作业，采取相应的保护措施，并通知有关管线权属单位。管线权属单位应当派人到现场监护。」 — "
               "查明 and 组织＋verb name the builder (round 44; rule 2), the owner the object of 组织 but a doer by its own "
               "配合 (round 46's p44g) and 派人监护; the contractor's stop on finding a mismatch is a clause inside a case "
               "(发现…的, rule 3; Round 94's confirmed form: a finding adds none), the contractor accepted; each once, "
               "printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第三十八条")], ["管线行业主管部门"], ["管线行业主管部门", "有关部门", QS], lead_alternatives=[[]],
          responsible_alternatives=[["管线行业主管部门", QS]], **art(X03, [a3("第三十八条")]),
          note="「管线行业主管部门应当会同有关部门制定管线安全事故应急预案，建立事故统计分析制度。 管线权属单位应当制定本单位管线安全事故应急预案，配备…，并定期组织演练。 发生管线事故时，管线权属单位应当立即启动本单位应急预案，进行应急处置，并向管线行业主管部门报告。」 — "
               "「A会同B＋verb」 gives lead A, responsible A, B (rule 2), 有关部门 kept as a kind after 会同 (Round 80's p59a-2; "
               "Round 85's x321_01 五、（二）), the list without it accepted; the owner's own 制定 and 组织＋演练 (round 44; rule "
               "2); the accident's report is a duty (below); each once, printed order; " + NODATE),
        S([a3("第四十二条")], [], ["区建设行政管理部门"], lead_alternatives=[["区建设行政管理部门"]],
          **art(X03, [a3("第四十二条")]),
          note="「发现权属不明的架空线或者架空线杆架的，区建设行政管理部门应当依法予以公告。公告期满后仍无人认领的，由区建设行政管理部门组织清除。」 — "
               "an article whose whole work is the response to its case takes its doer (round 30's clarification), 予以公告 a "
               "verb of doing in an article and 由A组织 rule 2's; each once; " + ONE_LEAD + "; " + NODATE),
        S([a3("第四十三条")], [], [], **art(X03, [a3("第四十三条")]),
          note="「本市推进在五个新城、各类园区、成片开发区域新建道路时，按照综合管廊专项规划，同步建设地下综合管廊。」 — an act of "
               "the rules' own work with no body (本市 a place, Round 83's x315_01 第二十条) is a task naming none (round 65's "
               "x274_01; Round 95's x352_01 第十九条); 五个新城 names the places, no target (round 30's kind); " + NONE + "; "
               + NODATE),
        S([a3("第四十五条")], [], ["综合管廊运营单位", QS], **art(X03, [a3("第四十五条")]),
          note="「综合管廊运营单位负责综合管廊内共用设施设备的巡查、养护和维修，…并配合和协助入廊管线权属单位开展巡查、养护和维修。管线权属单位负责入廊管线的设施维护。 综合管廊运营单位和管线权属单位应当建立安全管理制度…」 — "
               "负责 is rule 2's, each body's own clause (rule 2's several clauses); 入廊管线权属单位 inside 配合's object is "
               "the body served, 管线权属单位 its name where it acts by 负责 (round 43: each printing as it acts; the served "
               "body's 开展 is the same owners' work); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第四十八条")], [], ["市规划资源、住房城乡建设管理部门", "市住房城乡建设管理部门"],
          responsible_alternatives=[["市规划资源、住房城乡建设管理部门"]], **art(X03, [a3("第四十八条")]),
          note="「市规划资源、住房城乡建设管理部门建设统一的管线地理信息库。…数据应当纳入管线地理信息库。 市住房城乡建设管理部门应当依托管线地理信息库，加强管线综合管理信息化建设。 …数据标准和技术规范，由市规划资源、住房城乡建设管理部门组织编制。」 — "
               "fields before one head are one name (round 31), a doer by 建设 in an article (round 44) and by 由A组织 (rule 2); "
               "市住房城乡建设管理部门 is another name as printed, a doer by 加强…建设 (round 44; Round 82's turned x310_03: a "
               "second name printed differently is kept), the first alone accepted; each once, printed order; lead [] (no "
               "牵头); " + NODATE),
        S([a3("第五十三条")], [], [GH], lead_alternatives=[[GH]], not_targets=[(1, "万元"), (3, "万元")],
          **art(X03, [a3("第五十三条")]),
          note="「违反本办法第三十条第一款、第二款规定，管线建设单位未按照要求报送地下管线测量资料的，由规划资源部门责令限期改正；逾期不改正的，予以通报批评，并处1万元以上3万元以下罚款。」 — "
               + PENALTY + "; " + FINE + ": not_targets 1 万元, 3 万元; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发生管线事故时，管线权属单位应当立即启动本单位应急预案，进行应急处置，并向管线行业主管部门报告",
              "when": None, "when_norm": None,
              "note": "第三十八条 — a report of an accident, sent to the body that acts on it, is a duty whoever sends (Round 89's "
                      "turned x334_03 第十三条（三）; Round 91's governs on x335_01 第三十条), undated"},
             {"what": "将单位在管线管理活动中的相关信用信息归集至本市公共信用信息服务平台", "when": None, "when_norm": None,
              "note": "第五十八条 — records sent to the platform that gathers them are a sending, its duty undated (Round 81's "
                      "x310_03 第十四条; Round 97's x353_03 第二十八条)"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope and definition, 第五十二条 a "
            "pointer to the law, 第五十九条 the officials' liability (Round 91's x340_04 第七十九条), 第六十条 参照适用, 第六十一条 "
            "force; no tasks: 第三条 principles (p51e), 第十二条 (可以编制, an option), 第三十五条 (可以…申请, an option), 第四十四条 "
            "(「应当符合…要求」, conformity naming no act, Round 95's turned x352_01 第五条); tasks: 第四条 (RULING? 6), 第五条 one "
            "(a 部门职责 article), 第六–九条 (acts with no subject, 第七条 with 由A会同B制定), 第十条, 第十一条, 第十三条 one (limits "
            "on where pipelines go; its first sentence conformity), 第十四条 5 (its lines, RULING? 7), 第十五条 one (a ban and a "
            "list of areas, the lines classes of place, Round 78's (b)), 第十六、十七条 (limits), 第十八条 (the builder's owed "
            "permits, " + OWED.split(" (")[0] + "), 第十九–三十二条 one each, 第三十三条 (owed acceptance), 第三十四条, 第三十六–"
            "四十三条 one each, 第四十五–五十一条 one each (第五十一条: sharing through the platform with no subject; its 可以 an "
            "option), 第五十三–五十八条 one each (penalties by named bodies; 第五十八条's 采取…措施) → **55**. Accepted: 51 "
            "(第十四条 one task, RULING? 7), 54 (第四条 a plan-level field, RULING? 6), 53 (第十八、三十三条 read as the builder's "
            "applications, round 30's applicant), 50 and 49 (those readings together)",
            "units: rule 2 and round 44 in articles; not sampled: 第七条 lead [市规划资源、住房城乡建设管理部门] with 有关部门; "
            "第十条 lead [市住房城乡建设管理、水务、经济信息化、通信管理等管线行业主管部门, 市住房城乡建设管理部门]; 第二十条–第二十二条 "
            "[管线建设单位]; 第二十三条 lead [市住房城乡建设管理部门, 市交通部门] with [管线建设单位, …]; 第二十四条 [道路工程建设单位, "
            "地下管线建设单位]; 第二十七条 none (applications and the drawing review, Round 85's x321_02); 第二十九条 [管线建设单位, "
            "测绘单位, 其他工程建设单位]; 第三十条 none (sendings; the 组织 inside the 无法实施…的 case, rule 3); 第三十一条 "
            "[市规划资源部门, 测绘单位]; 第三十二条 [管线权属单位]; 第三十九条 [施工单位, 管线权属单位]; 第四十条 lead [建设单位, "
            "市住房城乡建设管理部门]; 第四十一条 [管线权属单位, 架空线、架空线杆架权属单位]; 第四十六、四十九、五十条 with 会同 leads",
            "dates: none (see date_note)",
            "figures: not_targets 15 日 (第二十六条), 1 万元 and 3 万元 (第五十三条); unchecked: the working-day limits of "
            "第三十–三十二、四十一条 (round 33), 五个新城 (a name of places), the other fines",
            "duties: two, above; not duties: the builders' and owners' sendings of their own surveys, plans, drawings and "
            "data (第十九、二十二、二十三、三十、三十二、四十一、五十条: regulated parties' filings on their own works, round 42; "
            "Round 95's x352_01 第十三条; Round 97's x357_02 三、（八））, the filings of 第二十六、三十四条 (their own lines and "
            "works), 第二十三条's published 综合掘路计划 (disclosure, round 55's x247_01)"])


# ---------------------------------------------------------------------------------------------------------
X04 = "x359_04_shi-zhengfu-2024-tingchechang-ku-guanli-banfa.txt"
P04 = "上海市停车场（库）管理办法"
SJ = "市交通行政主管部门"
GJ = "市、区公安交通管理部门"
JY = "公共停车场（库）经营者"


def a4(n):
    return lab(X04, n)


plan(X04,
     title=P04,
     title_note="the heading line (line 1), printed again on line 3",
     doc_no="上海市人民政府令第85号, last amended by 第13号 of 2024 (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2024-04-02",
     date_note="promulgated 2012年8月31日, amended 2018, 2021 and 2024年4月2日 (line 5); in force 2013年1月1日 (第三十八条, a "
               "general provision); 15日内, 提前5日 are times counted from events (round 33): no task is dated",
     level="the city government's rules on car parks: the transport departments' and others' duties, planning, building "
           "and converting car parks, the public car parks' registration and service rules, the drivers' rules, road-side "
           "parking (set up, run, charged, removed), prices, receipts, the parking information system, statistics, sharing "
           "and the penalties",
     source=src("上海市停车场（库）管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/db87382c0196401193dc761532005879.html", 6898),
     style="the heading printed twice, the promulgation and amendment line in brackets, seven chapters 「第N章  title」 (two "
           "spaces; 「第一章  总  则」) and 38 articles 「第N条（heading）」 on a line of their own with the text below; lists "
           "（一）– in 第十、十五、十六、十九、二十四、二十六、三十四、三十七条",
     leaf_tasks=45, count_alternatives=[37, 42, 44, 46],
     leaf_tasks_by_section={"第一、二条": 0, "第三–十二条": 10, "第十三条": 0, "第十四条": 1, "第十五条": 8, "第十六条": 3,
                            "第十七–十九条": 3, "第二十–二十三条": 0, "第二十四、二十五条": 2, "第二十六条": 2,
                            "第二十七–三十三条": 7, "第三十四条": 9, "第三十五–三十八条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a4("第三条")], [], [SJ, "区交通行政主管部门", "规划资源、建设、公安交通、房屋、财政、价格、市场监管、税务、消防、绿化市容等管理部门"],
          responsible_alternatives=[[SJ, "区交通行政主管部门"],
                                    [SJ, "区交通行政主管部门", "本市规划资源、建设、公安交通、房屋、财政、价格、市场监管、税务、消防、绿化市容等管理部门"]],
          **art(X04, [a4("第三条")]),
          note="「市交通行政主管部门是本市停车场（库）的主管部门，负责本办法的组织实施，并对市管停车场（库）实施监督管理。 区交通行政主管部门按照规定职责，负责…监督管理。 本市规划资源、建设、…、绿化市容等管理部门按照各自职责，协同实施本办法。」 — "
               "a 管理部门 article of paragraphs is one task with every body it gives work (Round 82's p60c-1), 负责 and 实施 "
               "rule 2's, 协同实施本办法 making doers (Round 91's x340_02 第三条), the list without them accepted; fields before "
               "one head with 等 one name (round 31), 本市 no part of it (round 41; Round 96's governs on p67h), the printed "
               "name accepted; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a4("第四条")], [], ["停车服务行业协会", "有关行政管理部门"],
          responsible_alternatives=[["停车服务行业协会"], ["本市停车服务行业协会", "有关行政管理部门"], ["本市停车服务行业协会"]],
          **art(X04, [a4("第四条")]),
          note="「本市停车服务行业协会应当按照有关规定，制定行业自律规范，开展行业服务质量评价和培训工作，并协助有关行政管理部门做好停车场（库）的相关管理工作。」 — "
               + ARTICLE.split(" (")[0] + " (制定, 开展), 本市 no part of the name (Round 96's governs on p67h); in articles the "
               "body served by 协助 is a doer by any verb of doing after it, 做好 included, 有关行政管理部门 a kind (Round 83's "
               "x311_03 第四条); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a4("第六条")], [SJ], [SJ, "市规划资源、建设行政管理部门"], lead_alternatives=[[]], responsible_alternatives=[[SJ]],
          **art(X04, [a4("第六条")]),
          note="「公共停车场（库）专项规划由市交通行政主管部门根据本市综合交通规划和交通需求状况，会同市规划资源、建设行政管理部门编制，经报市人民政府批准后，纳入相应的城乡规划。」 — "
               "「由A会同B＋verb」 gives lead A, responsible A, B (rule 2), B fields before one head, one name (round 31); 经报…"
               "批准 names a receiver (rule 3); " + NODATE),
        S([a4("第九条")], [], ["新建公共建筑", "新建公共交通枢纽"], responsible_alternatives=[[]], **art(X04, [a4("第九条")]),
          note="「新建公共建筑应当按照…设置标准和设计规范，配套建设停车场（库）…。 新建公共交通枢纽应当根据…规划，配套建设公共交通换乘停车场（库）。 配套建设的停车场（库）应当与主体工程同步设计、同步施工、同步验收、同步交付使用。」 — "
               "Round 85's decided facility form reaches any facility a rule binds by 应当 to an act, a work being built "
               "included, named as printed (Round 89's x329_01 第五条 「新建高速公路应当同步建设ETC系统」: + 新建高速公路; Round "
               "93's x341_03 第五条), none accepted; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a4("第十条")], [], [], not_targets=[(5000, "平方米")], **art(X04, [a4("第十条")]),
          note="「下列公共建筑未按照…配套建设停车场（库）的，应当在改建、扩建时补建：（一）…（三）建筑面积在5000平方米以上的商场、旅馆、餐饮、娱乐等经营性场所。 前款规定的公共建筑因客观环境条件限制，无法补建…的，公共建筑所有人应当向…提交有关专家技术论证报告。」 — "
               "lines that only class the buildings a duty falls on are the article's text, one task naming none, 下列公共建筑 "
               "pointing to no body (Round 87's x323_04 第五十一条; Round 78's (b)); the owner's report inside its case is a "
               "sending (rule 3; " + SENDING.split(" (")[0] + "); " + CLASS + ": not_target 5000 平方米; " + NONE + "; " + NODATE),
        S([a4("第十五条"), "（三）"], [], [JY], lead_alternatives=[[JY]], responsible_alternatives=[[]],
          **art(X04, [a4("第十五条"), "（三）"]),
          note="「公共停车场（库）经营者应当遵守下列服务规范：」 over 「（三）执行停车收费规定，在停车场（库）入口处及收费处醒目位置公示收费标准；」 — "
               + DUTY_LIST + "; a service norm the rules bind an operator to is its work (Round 93's x346_01 第十四条（一）), "
               "Round 95's x347_04 第二十条 reading a hired person's job; the name as printed, its （库） part of the name (no "
               "zone bracket, Round 94's p66b); " + ONE_LEAD + "; " + NODATE),
        S([a4("第十六条"), "（三）"], [], [], **art(X04, [a4("第十六条"), "（三）"]),
          note="「机动车驾驶员及其随车人员在公共停车场（库）停放车辆，应当遵守下列规定：」 over 「（三）不得停放装有易燃、易爆、有毒、有害等危险物品或者其他违禁物品的车辆。」 — "
               "a party the rules define by what it does is a regulated party, its owed acts work, individuals included "
               "(Round 93's x346_03 第三十七条 装修垃圾产生单位和个人; Round 95's x347_02), Round 80's rule to anyone reading "
               "「任何单位和个人」 (RULING? 8: or the drivers the public, Round 85's turned x317_03 第十四条, text); drivers are "
               "persons, never units (round 30); " + NONE + "; " + NODATE),
        S([a4("第十九条")], [GJ], [GJ, "交通行政主管部门", "建设行政管理部门"], lead_alternatives=[[]],
          responsible_alternatives=[[GJ, "交通行政主管部门"]], **art(X04, [a4("第十九条")]),
          note="「道路停车场的设置应当严格实行总量控制。 道路停车场的设置方案由市、区公安交通管理部门会同交通行政主管部门、建设行政管理部门按照下列原则编制：（一）…（三）… 编制…时，市、区公安交通管理部门应当会同交通行政主管部门听取…意见。 市、区公安交通管理部门和交通行政主管部门应当按照规定职责，划设泊位标线，设置道路停车标志，公示…。其他任何单位和个人不得…设置停车泊位。」 — "
               "the lines are the criteria the plan follows, its contents (Round 86's (a)), so the article is one task; "
               "「由A会同B、C＋verb」 gives lead A (rule 2), the later clauses the same bodies, each once; the ban to 「任何单位和"
               "个人」 is text (Round 80); " + NODATE),
        S([a4("第二十四条")], [GJ], [GJ, "交通行政主管部门"], lead_alternatives=[[]], **art(X04, [a4("第二十四条")]),
          note="「道路停车场有下列情形之一的，市、区公安交通管理部门应当会同交通行政主管部门及时予以撤除，并通知建设行政管理部门：（一）…（三）… 道路停车场撤除后，市、区公安交通管理部门和交通行政主管部门应当及时恢复道路设施原状。」 — "
               "a list of cases is the text of its lead-in, one task (Round 78's (b); Round 83's x313_03 第六条); 「A会同B＋verb」 "
               "gives lead A (rule 2); the notice is a sending, naming none, and a duty (below); each once, printed order; "
               + NODATE),
        S([a4("第二十五条")], [], ["道路停车场管理者"], lead_alternatives=[["道路停车场管理者"]], **art(X04, [a4("第二十五条")]),
          note="「道路停车场管理者应当遵守本办法第十五条第六项、第八项的规定，以及执行道路停车收费规定，规范使用停车收费设备。 道路停车场管理者应当加强对工作人员的管理，建立投诉受理机制，及时处理工作人员不按规定收费…等违规行为。 道路停车场工作人员应当经…培训考核合格。」 — "
               + ARTICLE.split(" (")[0] + " (执行, 规范使用, 建立, 处理); the staff's qualification is persons' (round 30); "
               + ONE_LEAD + "; " + NODATE),
        S([a4("第二十九条")], [SJ], ["市、区交通行政主管部门", SJ, "有关部门"], lead_alternatives=[[]],
          responsible_alternatives=[["市、区交通行政主管部门", SJ]], **art(X04, [a4("第二十九条")]),
          note="「本市实行公共停车信息系统联网管理。 市、区交通行政主管部门应当按照统一的标准组织公共停车信息系统的建设，并…向社会公众提供…信息服务。 公共停车场（库）经营者和道路停车场管理者应当…将其停车信息纳入全市公共停车信息系统。 …联网管理规定和有关标准，由市交通行政主管部门会同有关部门制定。」 — "
               "组织＋verb and 「由A会同B制定」 are rule 2's (lead A), 有关部门 a kind after 会同 (Round 80's p59a-2), the list "
               "without it accepted; the operators' data into the system is a sending, naming none; the two printed names "
               "two names (round 43); each once, printed order; " + NODATE),
        S([a4("第三十二条")], [SJ], [SJ, "市公安交通、房屋、建设等行政管理部门", "区人民政府", "乡人民政府", "街道办事处"],
          lead_alternatives=[[]],
          responsible_alternatives=[[SJ, "市公安交通、房屋、建设等行政管理部门", "区人民政府", "乡（镇）人民政府", "街道办事处"],
                                    [SJ, "市公安交通、房屋、建设等行政管理部门", "区人民政府", "镇人民政府", "街道办事处"]],
          **art(X04, [a4("第三十二条")]),
          note="「市交通行政主管部门应当会同市公安交通、房屋、建设等行政管理部门制定…指导性意见，并加强…监督、指导。 区人民政府应当组织区交通、公安交通、房屋、建设等行政管理部门建立…协调制度，制定…计划，推进… 乡（镇）人民政府、街道办事处应当根据…，划定共享区域，并组织指导…居民委员会、业主委员会、相关单位协商制定…方案，签订共享协议。…」 — "
               "「A会同B＋verb」 gives lead A with B, one name (round 31); 「A组织B＋verb」 names A, B the object (round 30); the "
               "towns act by 划定 in an article and 组织 (round 44; rule 2), the committees the objects; a bracket giving the "
               "body of the same kind in other areas is dropped (Round 89's turned x331_02; Round 94's governs on p66b), the "
               "printed name and 镇人民政府 accepted; each once, printed order; " + NODATE),
        S([a4("第三十四条"), "（一）"], [], ["市、区交通行政主管部门"], lead_alternatives=[["市、区交通行政主管部门"]],
          not_targets=[(200, "元"), (2000, "元")], **art(X04, [a4("第三十四条"), "（一）"]),
          note="「市、区交通行政主管部门对违反本办法的行为，按照下列规定予以处罚：」 over 「（一）公共停车场（库）经营者违反本办法第十四条规定，未履行备案义务的，责令限期改正。逾期不改正的，处以200元以上2000元以下的罚款。」 — "
               "the lines are the penalties the lead-in's body imposes, each a part of its enforcement (Round 96's turned "
               "x341_04: a list a body's verb acts on gives items; " + PENALTY.split(" (")[0] + "), the body passing to lines "
               "naming none (rule 4) (RULING? 9: or the lines a list of breaches, Round 78's (b), the article one task); "
               + FINE + ": not_targets 200 元, 2000 元; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市、区公安交通管理部门应当会同交通行政主管部门及时予以撤除，并通知建设行政管理部门", "when": None,
              "when_norm": None,
              "note": "第二十四条 — a notice of the bodies' own decision to the body that acts on it (Round 95's turned x347_04 "
                      "第五、八条; Round 91's x340_02 第十九条), undated"},
             {"what": "机动车驾驶员不按照规定支付停车费的信息，应当纳入本市个人信用征信系统", "when": None, "when_norm": None,
              "note": "第二十六条 — records sent to the system that gathers them are a sending, its duty undated, the sender "
                      "unnamed (Round 81's x310_03 第十四条; Round 97's x353_03 第二十八条; Round 91's governs on x335_01 "
                      "第三十条 for an unnamed sender)"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope and definition, 第三十六条 (参照执行, "
            "a scope), 第三十七条 definitions, 第三十八条 force; no tasks: 第十三条 (a ban to 「任何单位和个人」, Round 80, and the "
            "approval a change needs, an applicant's term), 第二十条 (「…办法，由市交通行政主管部门另行制定」 only a pointer to "
            "another text, round 39; Round 97's turned x357_01 四/10), 第二十一、二十二条 (可以, options), 第二十三条 (a charge's "
            "money, Round 83's x311_01 第七条), 第三十五条 (obstruction pointing to the public-security law, a general "
            "provision); tasks: 第三条 one (a 管理部门 article), 第四条, 第五条 (推广应用, an act with no subject beside 鼓励, "
            "round 65's x274_01), 第六–十二条 one each (第七条 a limit on the land's use; 第十条 one with its classes; 第十一条 a "
            "review naming none; 第十二条 the departments' 做好…验收相关工作), 第十四条 (the operator's owed filings, " + OWED.split(" (")[0]
            + "), 第十五条 8 (its lines), 第十六条 3 (RULING? 8), 第十七–十九条 one each (第十八条 the temporary operator's owed "
            "filing and assessment; 第十九条's lines criteria, Round 86's (a)), 第二十四、二十五条, 第二十六条 2 ((三) the ban on "
            "overstaying; (一) a pointer to 第十六条 and (二) paying are text, Round 86's (b); its two paragraphs after the "
            "items one task, Round 86's governs), 第二十七条 (setting the charges, 由A会同B另行制定 inside a point that gives "
            "work, Round 85's x322_04 第二十五条), 第二十八条 (the operators' receipts), 第二十九–三十三条 one each (第三十条 owed "
            "sendings; 第三十一条 the owners' opening; 第三十三条 its last paragraph's 由A…进行处理, the towns' plan an option), "
            "第三十四条 9 ((一)–(八) and its closing paragraph 由市或者区交通行政主管部门处以…, RULING? 9) → **45**. Accepted: 37 "
            "(第三十四条 one task, RULING? 9), 42 (第十六条 text, RULING? 8), 44 (第五条 鼓励 only), 46 (第二十条 or 第三十五条 read as "
            "work)",
            "units: rule 2 and round 44 in articles; not sampled: 第八条 lead [市交通行政主管部门] with [市公安交通、规划资源行政管理部门]; "
            "第十一条 none (a review of construction, Round 88's form; the consulting a step, Round 91's turned x340_04 第十七条); "
            "第十二条 [市、区交通行政主管部门]; 第十七条 [公共停车场（库）经营者]; 第二十七条 lead [市价格行政主管部门]; 第二十八条 "
            "[公共停车场（库）经营者, 道路停车场管理者]; 第三十一条 [所有人, 管理人] (the 的-rule); 第三十三条 [市、区公安交通管理部门]",
            "dates: none (see date_note)",
            "figures: not_targets 5000 平方米 (第十条, a class), 200 元 and 2000 元 (第三十四条（一）, fines); unchecked: the other "
            "fines, 15日内 and 提前5日 (第十四条, times from events)",
            "duties: two, above; not duties: the operators' filings and statistics (第十四、十八、三十条: regulated parties' "
            "filings on their own business, round 42; Round 91's governs on x339_04), the operators' data into the parking "
            "system (第二十九条: their own car parks' data, round 42 — the one reading left to the lead's view in the README), "
            "第十条's owner's report (inside a case)"])

write_collected(DIR)
