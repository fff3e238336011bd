# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next352/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 66 (built by helper c352, for round 67): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and "Round 83 rulings, written early"
to its end — Rounds 83–93 — read in full; older rulings only where a ruling quoted there led) applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next352/make_expected.py tests/data/plans-next352
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)


def art_after(file, article, marker, item):
    """An item of the SECOND numbered list of one article (x352_03 第二条 numbers its 街镇 list from （一） again):
    located after the line that opens that list; the path keeps the article and the item as printed."""
    return article_in(DIR, file, [article, marker, item])


REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file gave for all three files (stored only there)
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the whole stored file was "
          "copied from the tool's answer (its JSON string) and gives exactly the stored character count, and the "
          "wrapper was then cut by a script")


def src(folder, path, url, chars):
    return f"{REPO} @ {C49}, docs/{folder}/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
NOLEAD = "no 牵头 and no 会同: lead []"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 87's x325_01 第二十四条); "
           "an application (round 30's applicant), a review of a submission and the decision on it (Round 85's x321_02; "
           "Round 87's x327_04), a sending (Round 83's x315_01 第十一条) and options (可, round 49 p46b) name none")
DUTYSPLIT = ("a 职责分工 article of paragraphs each opening with a body is one task naming every body it gives work, in "
             "printed order, each once (Round 82's p60c-1; Round 87's x327_02 二, confirmed)")
TOWN_NOTE = ("「镇（乡）人民政府」: a bracket giving the body of the same kind in other areas is dropped wherever it stands "
             "(Round 89's x331_02 and x334_04, turned on the bracket) — the printed name accepted")
ONENAME = ("fields sharing one head, joined by 、 (and 和), with or without 等, are one name as printed (round 31: "
           "「人事、卫生等部门」; Round 91's governs on x340_02 第四条)")
FINES = ("what a breach costs is no target, a fine's band included (round 32; Round 85's x321_03 第五条（三）, turned): "
         "not_targets")
SETTER = ("a regulated party named by its kind 「设置人」 bound by 应当 to a verb of doing in an article is a doer (Round 88's "
          "turned x117_03 第二十二条: 「（X）设置人／设置者应当＋a verb of doing」 names the setter; Round 84's p61a-2)")
SENDONLY = ("a clause whose only act sends or hands a matter on names none (Round 87's x325_02 第十九条; Round 89's "
            "x331_01), its receiver the pivot's object (round 30)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x352_01_shi-zhengfu-2020-huwai-zhaopai-shezhi-guanli-banfa.txt"
P01 = "上海市户外招牌设置管理办法"
SL = "市绿化市容部门"
QL = "区绿化市容部门"
JD = "街道办事处"
TOWN = "镇人民政府"
TOWN_P = "镇（乡）人民政府"
XT4 = "规划资源、住房城乡建设、房屋管理、文物、商务、市场监管、应急、语言文字和城管执法等部门"
SZR = "设置人"
SYQR = "所有权人"
SYQR_P = "建（构）筑物所有权人"
CGZF = "城管执法部门"
YG = "有关部门"

plan(X01,
     title=P01,
     title_note="the rules' title (lines 1 and 11); a government rule with no cover (line 5 「上海市绿化和市容管理局」 is the "
                "site's publisher line, lines 6–10 the order: 上海市人民政府令 第41号, its sentence, the mayor, the date)",
     doc_no="上海市人民政府令第41号 (lines 6–7 and 12; the stored front matter gives only 「号」)",
     issuer="上海市人民政府",
     date="2020-12-28",
     date_note="lines 10 and 12: published 2020年12月28日 by order No. 41 (passed 2020年12月14日), in force 2021年3月1日 "
               "(also 第二十七条, a general provision); 定期 (第十三条) names no rhythm; no task is dated",
     level="the city government's rules on shop and building signs: the greenery departments' and towns' duties, the "
           "technical code and the district guides, banned cases, the permit (with its promise-based route), the "
           "setters' and owners' duties, safety checks, credit, complaints and penalties",
     source=src("市容绿化与景观", "上海市户外招牌设置管理办法.md",
                "https://lhsr.sh.gov.cn/zcfg/20210204/a030339cd1594efeb4467fe589d227d7.html", 3970),
     style="a government rule with no cover: the title, the site's publisher line, the order (令 第41号) and its one "
           "sentence, the title again and a bracketed line of its order, then 27 articles 「第N条（heading）」 with the "
           "heading on a line of its own; lists （一）–（六） of banned cases (第九条), （一）–（四） of the cases excluded "
           "from the promise-based permit (第十条) and （一）–（四） of officials' faults (第二十五条); three site links "
           "「解读：…」 after the last article",
     leaf_tasks=16, count_alternatives=[15, 17, 18, 21, 22],
     leaf_tasks_by_section={"第一–三条": 0, "第四–八条": 4, "第九条": 1, "第十–十五条": 6, "第十六条": 0, "第十七条": 1,
                            "第十八条": 0, "第十九–二十二条": 4, "第二十三–二十七条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（管理职责）"], [], [SL, QL, JD, TOWN, XT4],
          responsible_alternatives=[[SL, QL, JD, TOWN_P, XT4], [SL, QL, JD, TOWN], [SL, QL, JD, TOWN_P]],
          **art(X01, ["第四条（管理职责）"]),
          note="「市绿化市容部门是本市户外招牌设置的主管部门，负责…；区绿化市容部门负责本辖区内…工作。 街道办事处、镇（乡）人民政府在区绿化市容部门的指导下，负责本辖区内…具体管理工作。 规划资源、…语言文字和城管执法等部门按照各自职责，协同实施本办法。」 — "
               + DUTYSPLIT + "; 负责 rule 2's, 「在A指导下」 rule 3's guide (A already named by its own 负责); 协同实施本办法 "
               "names doers (Round 91's x340_02 第三条, confirmed) — the list without them accepted; " + ONENAME + "; "
               + TOWN_NOTE + "; " + NOLEAD + "; " + NODATE),
        S(["第七条（设置导则）"], [], [QL], lead_alternatives=[[QL]], responsible_alternatives=[[QL, JD, TOWN]],
          **art(X01, ["第七条（设置导则）"]),
          note="「区绿化市容部门应当组织编制本辖区户外招牌设置导则，…予以指导、规范。 街道办事处、镇（乡）人民政府可以根据本辖区实际情况，编制…导则。区绿化市容部门应当予以指导。 设置导则应当根据技术规范…编制。」 — "
               "组织＋verb names its subject (rule 2); the towns' 可以 is an option, no work (round 49 p46b) — the list with "
               "them accepted; the third paragraph a manner, text (Round 88's x290_01); " + ONE_LEAD + "; " + NODATE),
        S(["第八条（征求意见和公布）"], [], [], responsible_alternatives=[["编制机关"], [SL, QL]],
          **art(X01, ["第八条（征求意见和公布）"]),
          note="「技术规范和设置导则编制过程中，编制机关应当征求相关单位、行业协会、专家和社会公众的意见；编制完成后，应当向社会公布。」 — "
               "编制机关 is a role word naming the bodies 第六、七条 gave the drafting, so it points back and adds no unit "
               "(Round 87's x323_02 第二十一条 「组建部门」; Round 93's x341_03 第七条 「信息采集部门」, confirmed: none, the role "
               "word accepted); the owed acts still make the article a task naming none; those consulted are receivers "
               "(rule 3); " + NONE + "; " + NODATE),
        S(["第十条（设置许可）"], [], [QL, JD, TOWN], responsible_alternatives=[[QL, JD, TOWN_P]],
          not_targets=[(2.5, "米"), (3, "层"), (10, "米")],
          **art(X01, ["第十条（设置许可）"]),
          note="「户外招牌设置应当…取得区绿化市容部门的批准。区绿化市容部门可以采取告知承诺方式实施…审批，但下列情形除外：（一）…（二）…高度大于2.5米的独立式户外招牌；（三）超过建（构）筑物3层或者在建（构）筑物10米以上部位设置；（四）… ⏎ 在历史文化风貌区…设置户外招牌，还应当符合…要求。 ⏎ 区绿化市容部门、街道办事处和镇（乡）人民政府应当采用多种方式，为设置人知悉…提供便利。」 — "
               "the setter's permit is an applicant's step and the approver a receiver (round 30; rule 3's 经A同意); the "
               "promise-based route is an option (可以, round 49 p46b) and its （一）–（四） the cases it cannot reach, a list of "
               "cases and no items (Round 78's (b); Round 86's (a)), so the article is one task and its closing paragraph "
               "its work: " + ARTICLE + " (采用…方式…提供便利); the second paragraph keeps to what other texts set, text "
               "(Round 86's (b)); figures: 2.5 米 and 10 米 stand inside the nouns that name the class of sign or part of "
               "the building (round 58; Round 83's x311_01 第十条, turned), 3 层 in a line of a list of cases the body finds "
               "(round 31's second exception as Round 93 turned x346_02 第七条（四））, none in the task's own work — "
               "not_targets (RULING?: round 30's line and Round 85's x322_04 第五条 「不得在二层以上」 read a ceiling a "
               "standard sets as a target); " + TOWN_NOTE + "; " + NOLEAD + "; " + NODATE),
        S(["第十一条（规划审核要求）"], [], [], responsible_alternatives=[["规划资源部门"]],
          **art(X01, ["第十一条（规划审核要求）"]),
          note="「新建、改建、扩建公共建筑，建设单位在建设工程设计方案中已明确户外招牌设置位置，且属于本办法第十条第一款第一项至第四项规定情形的，规划资源部门在审核建设工程设计方案时，应当征求绿化市容部门意见。」 — "
               "consulting another body while reviewing a developer's design is a step of that review, naming none, the "
               "consulted body a receiver (Round 91's turned x340_04 第十七条, the same form: 「建设行政主管部门在项目初步设计"
               "方案审查时，应当将其设计和建造方案征求市容环境卫生管理部门的意见」 → none, the department accepted); the 的-clause "
               "picks the projects (a case of the work's objects); the article still binds the review, a task (Round 87's "
               "x327_04 form); " + NONE + "; " + NODATE),
        S(["第十三条（设置人责任）"], [], [SZR], lead_alternatives=[[SZR]],
          **art(X01, ["第十三条（设置人责任）"]),
          note="「设置人应当对户外招牌进行维护保养，…应当修复。 设置人应当加强…日常管理，…应当及时整修或者拆除。…设置人应当加强…安全检查，采取相应的安全防范措施… 属于…情形的，设置人应当按照规定委托专业检测单位，定期对户外招牌进行安全检测，并向所在地的街道办事处或者镇（乡）人民政府提交安全检测报告。」 — "
               + SETTER + "; 「A委托B＋verb」 names A, B the pivot's object (round 35; Round 91's x337_01 第三条); the towns "
               "receive the report (rule 3); the report is the setter's filing on its own sign, no duty (round 42; Round "
               "85's x322_04 第二十四条, a building owner's yearly filing, confirmed no duty) (RULING?: or a report sent to "
               "the bodies that act on it, Round 83's x316_01 一); 定期 prints no rhythm; " + ONE_LEAD + "; " + NODATE),
        S(["第十四条（所有权人责任）"], [], [SYQR], lead_alternatives=[[SYQR]],
          responsible_alternatives=[[SYQR_P], [SYQR_P, SYQR], []],
          **art(X01, ["第十四条（所有权人责任）"]),
          note="「建（构）筑物所有权人（以下简称所有权人）与设置人不一致的，所有权人应当督促设置人依法设置、管理户外招牌。 设置人违反规定设置户外招牌或者未履行相关责任的，所有权人应当及时向区绿化市容部门、街道办事处或者镇（乡）人民政府报告。」 — "
               "the owner is a party the rules bind by 应当 (Round 84's p61a-2), and in articles the subject of a verb of "
               "doing is a doer whatever the verb (round 44), 督促 by a party over those it answers for included (Round 89's "
               "x334_03 第十三条 「督促运营单位做好…」 and x334_02 第八条, confirmed) — none accepted (RULING?: 督促 is a pivot "
               "verb outside rule 2's list, round 30); the full name stands at the defining bracket inside the 的-clause and "
               "the defined name acts (round 43; Round 83's x311_02 第十五条: the defined name serves where it is printed "
               "later) — the full name accepted; the report is a sending, naming none, but a duty (below); the 的-clause "
               "「…与设置人不一致的」 picks the class that decides who acts (Round 83's x313_01 第四条); " + ONE_LEAD + "; "
               + NODATE),
        S(["第十五条（特殊情形下的拆除）"], [], [SZR], lead_alternatives=[[SZR]],
          responsible_alternatives=[[SZR, SYQR]],
          **art(X01, ["第十五条（特殊情形下的拆除）"]),
          note="「设置人搬迁或者终止办公、生产经营的，应当自行拆除户外招牌。 所有权人与设置人不一致，且设置人未自行拆除户外招牌的，所有权人应当予以拆除。」 — "
               "the first paragraph's whole work is the response to its case, which takes its doer (round 30's "
               "clarification), the setter's own removal (Round 88's x117_03; Round 87's x328_03 设置者 拆除); the owner "
               "removes only where the named party fails, a default party, a case that adds none (Round 89's x331_04 第五条; "
               "Round 87's x327_02 「未明确…的，由原…承担」) — the list with it accepted (RULING?); " + ONE_LEAD + "; " + NODATE),
        S(["第十七条（安全保障）"], [], ["绿化市容部门", JD, TOWN],
          responsible_alternatives=[["绿化市容部门", JD, TOWN_P]],
          **art(X01, ["第十七条（安全保障）"]),
          note="「绿化市容部门、街道办事处和镇（乡）人民政府应当加强户外招牌安全检查，通过购买服务等方式，委托专业检测单位对户外招牌进行安全抽检；必要时，可以组织实施…集中安全检查和整治。 遇有恶劣天气的，街道办事处、镇（乡）人民政府应当启动相关应急预案，及时督促设置人采取…措施…」 — "
               + ARTICLE + "; 「A委托B＋verb」 names A (round 35); 必要时可以 an option (round 49 p46b); the second "
               "paragraph a case inside an article whose work is something else, adding no unit (rule 3), its bodies named "
               "already; 「绿化市容部门」 a kind kept as printed (round 30); 和 joins names (round 34); " + TOWN_NOTE + "; "
               + NOLEAD + "; " + NODATE),
        S(["第十九条（一网通办和一网统管）"], [], [], **art(X01, ["第十九条（一网通办和一网统管）"]),
          note="「本市户外招牌管理依托政务服务“一网通办”平台，为设置人办理户外招牌设置手续提供高效便捷的服务。 本市户外招牌管理纳入城市运行“一网统管”体系。」 — "
               "acts with no subject are the rules' own bodies' work, a task naming none (round 65's x274_01; Round 93's "
               "x346_01 第四条 「…纳入河长制管理内容，予以统筹协调」, confirmed), 本市 no body (Round 83's x315_01 第二十条) "
               "(RULING?: or statements of the scheme, text, as Round 93 read 「本市实行…制度」); " + NONE + "; " + NODATE),
        S(["第二十一条（投诉和举报）"], [], [YG], lead_alternatives=[[YG]],
          responsible_alternatives=[[], ["绿化市容部门", CGZF, JD, TOWN, "其他有关部门"]],
          **art(X01, ["第二十一条（投诉和举报）"]),
          note="「任何单位和个人发现有违反本办法规定行为的，可以向绿化市容部门、城管执法部门、街道办事处、镇（乡）人民政府或者其他有关部门投诉、举报。有关部门接到投诉、举报后，应当根据各自职责在规定期限内进行处理，并将处理结果予以反馈。」 — "
               "acting on reports of breaches is the rules' bodies' own enforcement (Round 87's x325_02 第二十一条), 有关部门 a "
               "kind kept as printed (round 30; plans-next346 x346_01 第二十一条, the same form) — none and the receivers' "
               "list accepted; 任何单位和个人…可以 an option to anyone (Round 80); the feedback of the results is a duty "
               "(below); " + ONE_LEAD + "; " + NODATE),
        S(["第二十二条（对违反检测要求行为的处罚）"], [], [CGZF, TOWN], responsible_alternatives=[[CGZF, TOWN_P]],
          not_targets=[(1000, "元"), (5000, "元")],
          **art(X01, ["第二十二条（对违反检测要求行为的处罚）"]),
          note="「违反本办法第十三条第三款规定，设置人未按照规定进行安全检测的，由城管执法部门或者镇（乡）人民政府责令限期改正；逾期不改正的，处1000元以上5000元以下罚款。」 — "
               "a penalty a named enforcing body imposes on regulated parties is its enforcement, a task (Round 77's x299_04 "
               "第二十八条; Round 91's x340_02 第二十六条, confirmed), 由A＋verb (rule 2), 或者 joining doers (round 49); "
               + FINES + "; " + TOWN_NOTE + "; " + NOLEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "设置人违反规定设置户外招牌或者未履行相关责任的，所有权人应当及时向区绿化市容部门、街道办事处或者镇（乡）人民政府报告",
              "when": None, "when_norm": None,
              "note": "第十四条 — a report of the breaches the owner meets, sent to the bodies that act on them, is a duty, "
                      "undated (Round 83's x316_01 一; round 44: a sending the rules ask when a case arises; plans-next346 "
                      "x346_01 第八条, the same form); 及时 prints no time (Round 79)"},
             {"what": "有关部门接到投诉、举报后，应当根据各自职责在规定期限内进行处理，并将处理结果予以反馈", "when": None,
              "when_norm": None,
              "note": "第二十一条 — a notice of the body's own finding to the one who raised the matter is a duty, undated "
                      "(Round 93's x345_04 第十七条 「处理结果应当及时告知异议申请人」, confirmed; Round 89's x331_04 第九条); "
                      "「在规定期限内」 prints no time"}],
     notes=["counting (leaf tasks; no cover): 第一条 purpose, 第二条 scope, 第三条 definition (with a pointer for state "
            "bodies' plates), 第二十三、二十四条 consequences pointing to other texts with no agent (Round 87's turned x325_01 "
            "第二十五条), 第二十五条 the discipline of officials (the standard liability clause: Round 91's x340_04 第七十九条), "
            "第二十六条 a pointer to the advertising rules, 第二十七条 entry into force — general provisions (round 30); "
            "第十六条 鼓励 and 第十八条 鼓励 with 可以 (rounds 30, 40; round 49 p46b) — no tasks; 第五条 text (\"Round 95 rulings, "
            "written early\", turned: conformity and the qualities a sign is to have name no act, Round 86's (b) and Round "
            "87's governs on x328_03; 第二十三条's penalty makes it binding, not work — the builder's task reading, 17, "
            "stays accepted); 第九条 one task naming none (a ban on the "
            "setting whose lines are the banned cases, a list of cases: Round 78's (b); RULING?: or read line by line as "
            "x328_03's limits, （六） a catch-all: Round 84's p61a-1); 第十条 one (its list the option's exceptions, its "
            "closing paragraph the work); 第十二条 one ([市绿化市容部门] by 公布 its own list; the first paragraph's 「从事…"
            "的」 has no head noun and keeps to what other texts set); 第十九条 one naming none; 第四、六–八、十一、十三–十五、"
            "十七、二十–二十二条 one each → **16**. Accepted: 17 (第五条 a task, the builder's reading), 15 (第十九条 text too), 18 (第十八条's towns' "
            "可以推进 read as work), 21 and 22 (第九条 line by line, with or without （六））",
            "units: article subjects (round 44); the setter and the owner as regulated parties (Round 84's p61a-2; Round "
            "88's x117_03); 镇（乡）人民政府 → 镇人民政府 (Round 89); not sampled: 第六条 [市绿化市容部门] "
            "(编制; the second paragraph the code's contents, text), 第九条 none, 第十二条 [市绿化市容部门], 第二十条 [有关部门] "
            "(采取惩戒措施 after a breach, Round 77's x299_04 第二十八条; the upload to the credit platform a sending, no duty, "
            "as plans-next346 x346_02 第十五条)",
            "dates: no task is dated (see date_note)",
            "figures: not_targets 2.5 米, 3 层, 10 米 (第十条), 1000 元, 5000 元 (第二十二条); no target in any task",
            "duties: two — 第十四条's report and 第二十一条's feedback (both undated); not duties: 第十三条's test report (the "
            "setter's filing on its own sign, round 42), 第八、十二条's 公布 (disclosure: Round 89's x329_03 第三十二条), "
            "第二十条's upload to the credit platform (no receiving body, no time)",
            "the three lines 「解读：…」 after 第二十七条 are the site's links, no text of the rules"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x352_02_shi-lvrongju-2013-shenghuo-laji-jiliang-guanli-banfa.txt"
P02 = "上海市生活垃圾计量管理办法"
N02 = "上海市绿化和市容管理局关于印发《上海市生活垃圾计量管理办法》的通知"
SJ = "市绿化市容局"
SJF = "上海市绿化和市容管理局"
FG = "市废管处"
FGF = "上海市废弃物管理处"
QX = "区县管理部门"
CQ = "产权单位"
JL = "计量服务单位"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 9, after 「附件」 and the date) or the notice's title (line 1): either "
                "(round 45's pair; the scorer's 「plan（notice）」 form)",
     doc_no="沪绿容(2013)64号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局 (line 5 and the front matter)",
     date="2013-03-11",
     date_note="the notice is dated 2013年3月11日 (line 8); the rules are in force 2013年4月1日 to 2017年12月31日 (第十六条, "
               "a general provision, which repeals the 2008 rules); the site's 发布日期 2017-12-31 is the page's; "
               "「每个自然月结束后三个工作日内／六个工作日内」 (第十条) are monthly rhythms with time limits; no task is dated",
     level="the city's greenery and city-appearance bureau, to those concerned: a cover that issues its revised rules on "
           "weighing household waste (16 articles): duties, the information system, weighbridges, the weighing firms, "
           "vehicle cards, how loads are weighed and recorded, monthly data, upkeep and tolerances, supervision and "
           "sanctions",
     source=src("市容绿化与景观", "上海市绿化和市容管理局关于印发《上海市生活垃圾计量管理办法》的通知.md",
                "https://lhsr.sh.gov.cn/fzwj/20171231/0039-1C749F9B-1868-483B-AE7B-9B55913FDA53.html", 3018),
     style="a short cover (title, the bureau's line, one paragraph that issues the rules and repeals the old ones, "
           "「附件：…」, the date) then the rules' title and 16 articles 「第N条（heading）」 with the heading on a line of its "
           "own; one list （一）（二） of who chooses the weighing firms (第七条); full names with 「（以下简称…）」 in 第四条",
     leaf_tasks=12, count_alternatives=[11, 13, 14],
     leaf_tasks_by_section={"cover": 0, "第一–三条": 0, "第四–六条": 3, "第七条": 2, "第八–十四条": 7, "第十五、十六条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（职责分工）"], [], [SJF, "区绿化市容管理部门", FGF, "区绿化和市容管理部门"],
          responsible_alternatives=[[SJF, "区（县）绿化市容管理部门", FGF, "区（县）绿化和市容管理部门"],
                                    [SJF, FGF, "区绿化和市容管理部门"], [SJF, FGF, "区（县）绿化和市容管理部门"],
                                    [SJF, "区绿化市容管理部门", FGF], [SJ, FG, QX]],
          **art(X02, ["第四条（职责分工）"]),
          note="「上海市绿化和市容管理局（以下简称市绿化市容局）主管本市生活垃圾计量的监督管理工作，负责本办法的监督协调，并指导、监督区（县）绿化市容管理部门开展生活垃圾计量管理工作。 上海市废弃物管理处（以下简称市废管处）具体负责…的计量管理工作。 区（县）绿化和市容管理部门（以下简称区县管理部门）负责…的计量管理工作。」 — "
               + DUTYSPLIT + "; 「A（负责）指导B开展…」 under a 职责分工 heading names A and B (Round 92's governs on x337_04 "
               "第四条, round 34's heading list) — the list without B accepted (RULING?); 「（以下简称X）」 is dropped from the "
               "name and the full name given where it acts (Round 91's x339_01 第三条; round 43), the short names accepted; "
               "区（县）: a bracket giving the body of the same kind in other areas is dropped (Round 89's x331_02) — the printed "
               "names accepted; the district bodies are printed under two names 「区（县）绿化市容管理部门」「区（县）绿化和市容"
               "管理部门」, each kept as printed (Round 90's governs on x329_04: a second name printed differently is kept) — "
               "the list naming them once accepted; " + NOLEAD + "; " + NODATE),
        S(["第六条（计量装置及附属设施安装）"], [], [CQ], lead_alternatives=[[CQ]], not_targets=[(200, "吨")],
          **art(X02, ["第六条（计量装置及附属设施安装）"]),
          note="「生活垃圾大型中转、处置设施和日处理规模在200吨以上生活垃圾预处理设施、资源化利用场所等产权单位应当安装…自动计量装置及附属设施。 日处理规模在200吨以下的生活垃圾预处理设施、…等具备安装条件的，产权单位应当安装…；暂不具备安装条件的，应当采取其他方式进行计量。」 — "
               "the owners of the facilities are a regulated party bound by 应当 (Round 84's p61a-2), doers in an article "
               "(round 44), the facilities before 等 saying whose (Round 87's x325_02 第二十二条: names before 等 give the "
               "kind after it); 200 吨 stands inside the nouns naming the class of facility each paragraph picks, a class, "
               "no target (round 58; Round 83's x311_01 第十条, turned: 「…超过5平方公里…的乡镇」) (RULING?: round 30's line "
               "read it as a threshold that picks the objects of the work); " + ONE_LEAD + "; " + NODATE),
        S(["第七条（计量服务单位确定）", "（一）"], [], [FG], lead_alternatives=[[FG]],
          **art(X02, ["第七条（计量服务单位确定）", "（一）"]),
          note="「生活垃圾计量的日常运行操作，由专业的计量服务单位承担，计量服务单位应当采用以下方式确定：（一）市废管处采用招投标等方式确定市管场所的第三方计量服务单位；」 — "
               "the lines name each body's own act of choosing the firms, so they are items (plans-dev EXPECTED.md: leaf "
               "tasks; Round 77's x299_01 第六条, each line read by its words) (RULING?: or a list of the ways the firms are "
               "chosen, the article one task, Round 86's (a) — count 11); an article with numbered items is no leaf, its "
               "opening text its parent's (Round 85's x322_04 第十九条), and a lead-in gives its body only to lines that name "
               "none (rule 4); " + ARTICLE + " (采用…确定); the defined short name acts where printed (round 43); "
               + ONE_LEAD + "; " + NODATE),
        S(["第七条（计量服务单位确定）", "（二）"], [], [QX], lead_alternatives=[[QX]],
          responsible_alternatives=[["区（县）绿化和市容管理部门"], ["区绿化和市容管理部门"]],
          **art(X02, ["第七条（计量服务单位确定）", "（二）"]),
          note="「（二）区县管理部门按照政府采购程序确定所辖区管生活垃圾处置设施的第三方计量服务单位，自行确定其他所辖区管场所的计量服务单位。」 — "
               "as （一）: " + ARTICLE + "; 区县管理部门 the name 第四条 defines, kept where it acts (Round 81's x310_04; Round "
               "83's x315_02 第四、五条) — the full names accepted; " + ONE_LEAD + "; " + NODATE),
        S(["第九条（计量规范）"], [], ["运输单位", JL], **art(X02, ["第九条（计量规范）"]),
          note="「安装自动计量装置…的市管、区管场所，生活垃圾运输车辆进入和离开时，应当按照实时称取的数据进行计量。 因…异常情况…确认无法自动读取计量数据时，经…确认后，由计量服务单位计量人员进行人工记录，… 安装其他计量设施的…，由运输单位与计量服务单位共同做好台账记录。 未安装计量设施的…，由运输单位与计量服务单位共同做好台账记录。」 — "
               "「由A与B共同＋verb」 names A and B (round 30; Round 83's x313_01 第十三条, turned); the weighing with no subject is "
               "the rules' own work (round 65's x274_01); the fault paragraph is a case (rule 3's 「发生…时」) and its "
               "recorders 计量人员 persons (round 30), so it adds no unit; 市废管处 inside a noun's description (「按市废管处发布的"
               "折算系数」) is no doer (round 30); " + NOLEAD + "; " + NODATE),
        S(["第十条（计量数据报送）"], [], [SJ], lead_alternatives=[[SJ]],
          responsible_alternatives=[[], [JL, QX, SJ]],
          **art(X02, ["第十条（计量数据报送）"]),
          note="「生活垃圾计量产生的数据应当及时填报至上海市生活垃圾物流信息系统。 …计量服务单位应当确保自动记录的数据实时传输至…系统。 …计量服务单位应在每个自然月结束后三个工作日内将…数据报送区县管理部门，区县管理部门应在每个自然月结束后的六个工作日内，将数据填报至…系统。 …(the same for sites with no scales) 全市生活垃圾计量数据由市绿化市容局统一对外发布。」 — "
               "sending records to the body or platform that uses them names none (Round 83's x315_01 第十一条; Round 85's "
               "x319_02 三/1, turned), the monthly ones duties (below); 由A＋a verb of doing names A (rule 2), publishing its "
               "own data being the bureau's own act (Round 91's x337_01 第九条, publishing its own findings) — none accepted "
               "(RULING?: 发布 as disclosure only); 「三个工作日内」「六个工作日内」 time limits, no targets (round 33); the defined "
               "short name acts where printed (round 43); " + ONE_LEAD + "; " + NODATE),
        S(["第十一条（计量装置及附属设施维护）"], [], [CQ], [(1, "‰"), (5, "‰")], lead_alternatives=[[CQ]],
          **art(X02, ["第十一条（计量装置及附属设施维护）"]),
          note="「生活垃圾计量装置及附属设施由产权单位负责维护和保养，确保…正常运行。 本市生活垃圾的自动计量装置允许误差为：使用标准砝码，静态时电子地衡最大误差不得超过±1‰；动态时电子地衡最大误差不得超过±5‰。」 — "
               "由A负责 (rule 2); the tolerances are ceilings a standard sets for the devices the article's work keeps, "
               "quantities joined to 不得超过 (round 30's line: 「a ceiling of a standard」; Round 89's x334_03 ≦, Round 91's "
               "decided 最大 = 不大于), targets of the article's task (round 25); \"Round 95 rulings, written early\" decided the ±: the ceiling holds "
               "both ways, the number its magnitude and the sign no part of it — targets 1 ‰ and 5 ‰ as written; " + ONE_LEAD + "; " + NODATE),
        S(["第十二条（计量监管）"], [], [SJ, QX], responsible_alternatives=[[SJ, QX, FG, JL]],
          **art(X02, ["第十二条（计量监管）"]),
          note="「市绿化市容局、区县管理部门应当对计量服务单位、产权单位的工作开展监督检查，采用现场计量检衡、台帐抽查等方式实施监管。 计量数据产生后确需修正的，根据管理权限分别由市废管处、区县管理部门核准后，由计量服务单位执行，…」 — "
               "a check of the work of the firms the scheme sets to weigh is the bodies' own audit (Round 89's x334_01 "
               "第十二条; Round 87's x325_01 第二十四条), 实施 rule 2's besides; 「确需…的」 is rule 3's contingency inside an "
               "article whose work is something else, adding no unit (Round 79; Round 83's x315_01 第六条, turned) — the "
               "list with its bodies accepted; " + NOLEAD + "; " + NODATE),
        S(["第十三条（计量违规处理）"], [], [SJ, FG, QX], not_targets=[(5, "倍")],
          **art(X02, ["第十三条（计量违规处理）"]),
          note="「市管场所发生逃避计量、不规范计量等行为，市绿化市容局对违规车辆每次按该车核定载重量5倍计入当月垃圾量，告知相关区县管理部门，并予以通报批评。 计量服务单位擅自更改计量原始数据的，一经查实，由市废管处、区县管理部门按计量服务协议处理。 区县管理部门参照市管场所的违规处理流程，自行编制区管场所的计量违规处理制度。」 — "
               "the rules' own bodies acting after a breach are doers (Round 77's x299_04 第二十八条; 由A处理, rule 2), and "
               "编制 an article's verb of doing (round 44); the notice to the districts a sending but a duty (below); the "
               "5 倍 is what the breach costs the hauler, a sanction's scale, no target (round 32; Round 85's x321_03 "
               "第五条（三）, turned) (RULING?: or a rate, round 25); " + NOLEAD + "; " + NODATE),
        S(["第十四条（其他）"], [], [CQ], lead_alternatives=[[CQ]], responsible_alternatives=[["市管、区管场所产权单位"]],
          **art(X02, ["第十四条（其他）"]),
          note="「市管、区管场所产权单位应保持计量装置及其附属设施周围场地的整洁、道路畅通，维护车辆进出设施的秩序；为计量服务单位提供工作和生活上的便利。」 — "
               "a regulated party bound by 应 to acts (维护, 提供便利) gives work (Round 85's x321_04 第十条 「相互提供便利」), a "
               "doer in an article (round 44); a place phrase with its own nouns before a kind says which body and is dropped "
               "(Round 93's x341_01 第十五条) — the printed name accepted; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "计量服务单位应在每个自然月结束后三个工作日内将记录的实际计量数据报送区县管理部门", "when": "每个自然月结束后三个工作日内",
              "when_norm": "monthly",
              "note": "第十条 (the third paragraph; the fourth prints the same step for sites with no scales: one duty, "
                      "round 41) — the weighing firm's monthly report of the data of the work the rules give it, to the "
                      "body that uses it, is a duty (round 48; Round 87's x326_09 三/3; Round 89's x329_03 第十六条, a "
                      "monthly duty)"},
             {"what": "区县管理部门应在每个自然月结束后的六个工作日内，将数据填报至上海市生活垃圾物流信息系统", "when": "每个自然月结束后的六个工作日内",
              "when_norm": "monthly",
              "note": "第十条 — a plan body's monthly filing of the data into the city's system is a duty, its rhythm "
                      "making it one (Round 85's x319_02 三/1, turned: a transmission to the platform with its rhythm is a "
                      "duty)"},
             {"what": "计量服务单位应当确保自动记录的数据实时传输至上海市生活垃圾物流信息系统", "when": None,
              "when_norm": None,
              "note": "第十条 (the second paragraph) — \"Round 95 rulings, written early\", turned (Round 81's x310_03 "
                      "第十四条 — records sent to the platform that gathers them are a sending, its duty undated — with Round "
                      "84's x319_02 三/1): 实时 prints no date, not no sending; no duty → an undated duty"},
             {"what": "市绿化市容局对违规车辆每次按该车核定载重量5倍计入当月垃圾量，告知相关区县管理部门", "when": None,
              "when_norm": None,
              "note": "第十三条 — a notice of the bureau's own finding and sanction to the body concerned is a duty, "
                      "undated (Round 91's x340_02 第二十四条 「评议结果书面通知被评议单位」; Round 89's x331_04 第九条, turned)"}],
     notes=["counting (leaf tasks): the cover prints no task of its own (「现将…发给你们，请各有关单位认真贯彻执行」 and a "
            "repeal), so the rules after its 「附件」 line are the plan (Round 93's x346_02 and x341_01, confirmed; CONVENTIONS.md "
            "head, 「Two documents under one cover」); 第一条 purpose, 第二条 scope, 第十五条 a 参照 scope for grease plants, "
            "第十六条 entry into force — general provisions (round 30); 第三条 「…实施分类计量、分级管理原则，逐步实现…」 a "
            "principle naming no doer (round 68; p51e) — no task; 第七条 2 (its lines each a body's own act); 第八条 one "
            "(「…运输车辆，必须配置…识别卡」 a vehicle bound to an act, Round 85's facility form as Round 93 read 船舶; the "
            "card's application and its review name none; 由计量服务单位将…信息录入…系统 a step after the decision); 第四–六、"
            "九–十四条 one each → **12**. Accepted: 11 (第七条 one task), 13 (第三条 or 第十五条 a task), 14 (both)",
            "units: the full names at the defining brackets of 第四条 where they act, the short names 市绿化市容局, 市废管处, "
            "区县管理部门 where they act later (round 43; Round 91's x339_01); not sampled: 第五条 [市绿化市容局] (建立), 第八条 "
            "[生活垃圾运输车辆] (and 计量服务单位 by 由A录入, or none)",
            "dates: no task is dated (see date_note)",
            "figures: targets 1 ‰ and 5 ‰ (第十一条); not_targets 200 吨 (第六条, a class) and 5 倍 (第十三条, a sanction); "
            "「20吨/日以上」 (第十五条) a class of plant in a general provision, unchecked; 「前七天」 (第九条) a norm of "
            "reckoning, unchecked",
            "duties: four — 第十条's real-time transmission (undated, Round 95 turned) and its two monthly sendings, "
            "and 第十三条's notice; not duties: 第十条's 对外发布 (disclosure), 第八条's application for a card (an applicant's)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x352_03_shi-lvrongju-2021-huwai-zhaopai-shezhi-guanli-banfa-shishi-ruogan-guiding.txt"
P03 = "《上海市户外招牌设置管理办法》实施若干规定"
QLG = "区绿化市容管理部门"
JZ = "街镇"
A2 = "第二条（管理职责）"
JZ_LIST = "街镇在区绿化市容管理部门的指导下"

plan(X03,
     title=P03,
     title_note="the rules' title as line 1 prints it (the 附件 line 8 prints the same; line 7's 「《〈…〉实施若干规定》」 "
                "is the cover's quotation of it); lines 5–6 「设置户外招牌审批」「状态」 are the site's tags",
     doc_no="沪绿容规(2021)2号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局 (lines 9–10, split over two lines)",
     date="2021-02-26",
     date_note="the cover: passed 2021年2月22日, published 2021年2月26日 (lines 7 and 11), in force 2021年3月1日 to "
               "2026年2月28日 (第十四条, a general provision, which repeals 沪绿容规〔2018〕2号); the time limits of 第五条 "
               "(14、7、5个工作日内) count from events; 「设置满两年的…以后每年定期…」 (第七条) is a cycle from an event; no task is "
               "dated",
     level="the city's greenery and city-appearance bureau's rules implementing the city rules on signs: the city "
           "bureau's, the district departments' and the streets' and towns' duties (two lists), the district guides, "
           "permits and their materials, time limits, the setters' and owners' duties, safety checks, the online "
           "platforms and referrals to enforcement; a sample form of the heritage departments' opinion after the last "
           "article",
     source=src("市容绿化与景观", "《上海市户外招牌设置管理办法》实施若干规定.md",
                "https://lhsr.sh.gov.cn/gfxwj/20211104/55d0c59ddfbc428e945822de1296991e.html", 7440),
     style="the title, two site tags, a one-sentence cover 「…已经…审议通过，…自2021年3月1日起施行，请遵照执行。」, "
           "「附件：…」, the signature split over two lines and the date, then 14 articles 「第N条（heading）」 with the heading "
           "on a line of its own (「第八条 （…）」 with a space); 第二条 holds two numbered lists, the district's （一）–（九） "
           "and the 街镇's （一）–（八）, each numbered from （一）; lists of materials 1、–5、 and 1、–4、 (第四条) and a duty "
           "list （一）–（六） (第八条); after 第十四条 a sample form 「…审查意见书（样张）」 (lines of fields), three site links "
           "「解读：…」 and the page's JavaScript (stored; kept as stored)",
     leaf_tasks=29, count_alternatives=[27, 28, 30, 31, 32],
     leaf_tasks_by_section={"cover": 0, "第一条": 0, "第二条 (district list)": 8, "第二条 (街镇 list)": 7,
                            "第三–五条": 3, "第六条": 0, "第七条": 1, "第八条": 6, "第九条": 0, "第十–十三条": 4,
                            "第十四条 and the form": 0},
     childless_top_level_sections=[],
     samples=[
        S([A2, "（四）"], [], [QLG, JZ], responsible_alternatives=[[QLG]],
          **art(X03, [A2, "（四）"]),
          note="「区绿化市容管理部门负责所辖区域内户外招牌设置的协调、指导和监督管理工作。包括：…（四）指导、监督街镇开展户外招牌日常监管工作；」 — "
               "an article with numbered items is no leaf, the text before them its parent's (Round 85's x322_04 第十九条; "
               "Round 83's x311_04 第十一条), and a lead-in with 负责 gives its body to lines that name none (rule 4; Round "
               "81's x305_04 第四条); 「A（负责）指导B开展…」 under a heading of round 34's list (管理职责) names B too "
               "(Round 92's governs on x337_04 第四条) — the lead-in's body alone accepted (RULING?: the heading rule "
               "reaching a line whose A comes from the lead-in); 街镇 the name line 17 defines, kept where it is printed "
               "later (Round 81's x310_04); " + NOLEAD + "; " + NODATE),
        S([A2, "（七）"], [], [QLG, "区城管执法部门", TOWN],
          responsible_alternatives=[[QLG, "区城管执法部门", TOWN_P], [QLG]],
          **art(X03, [A2, "（七）"]),
          note="「（七）配合区城管执法部门、镇（乡）人民政府做好违法户外招牌的查处工作；」 under the district's lead-in — "
               "配合 with its subject from the lead-in makes it a doer (round 46's p44g; rule 4), and in articles the bodies "
               "served are doers by any verb of doing after them, 做好 included (Round 83's x311_03 第四条; Round 89's "
               "x331_04 第十六条) — the lead-in's body alone accepted; " + TOWN_NOTE + "; " + NOLEAD + "; " + NODATE),
        S([A2, "（六）"], [], [JZ], lead_alternatives=[[JZ]], responsible_alternatives=[[JD, TOWN], [JD, TOWN_P]],
          **art_after(X03, A2, JZ_LIST, "（六）"),
          note="「街镇在区绿化市容管理部门的指导下，负责本辖区内以下户外招牌设置的日常具体管理工作：…（六）组织做好违法户外招牌的查处工作；」 — "
               "the second list of 第二条, numbered from （一） again (its （六） told from the district's 「（六）制定本区…」 by "
               "its first words); the lead-in's 负责 gives 街镇 to its lines (rule 4), the district department a guide "
               "(「在A指导下」, rule 3); 街镇 the defined name acting (Round 81's x310_04) — the names it stands for "
               "accepted; " + ONE_LEAD + "; " + NODATE),
        S(["第三条（设置导则）"], [], [QLG, JZ], responsible_alternatives=[[QLG]],
          **art(X03, ["第三条（设置导则）"]),
          note="「区绿化市容管理部门应当根据…编制户外招牌设置导则。 区绿化市容管理部门应当编制…导则，并征求同级规划资源、文物、房屋等管理部门意见。 街镇可以…编制…导则。 设置导则编制过程中，应当征求社会意见，编制完成后区绿化市容管理部门、街镇应当通过部门网站向社会公布，便于社会查询。」 — "
               + ARTICLE + " (编制; 公布 its own guides, Round 91's x337_01 第九条); 街镇's 可以 an option (round 49 p46b), but "
               "its owed publishing a verb of doing — the department alone accepted; those consulted receivers (rule 3); "
               + NOLEAD + "; " + NODATE),
        S(["第四条（设置许可）"], [], [QLG], lead_alternatives=[[QLG]], responsible_alternatives=[[]],
          **art(X03, ["第四条（设置许可）"]),
          note="「设置户外招牌应当…通过行政审批方式取得区绿化市容管理部门的批准。对可以实行告知承诺方式的审批事项，申请人不选择告知承诺方式的，区绿化市容管理部门应当按照…规定，实施行政审批。… 户外招牌设置审批手续应当依托…平台，实现网上审批。 通过常规审批方式申请…的，申请时需提供以下材料：1、…5、… 通过告知承诺方式申请…的，…1、…4、…」 — "
               "实施 stands in rule 2's list and work placed by it is read before the review rule (Round 83's governs on "
               "x315_03 第三条, the same form 「申请人不选择…告知承诺方式的，A应当…实施行政审批」); the papers an application "
               "carries are the scheme's terms, no items (Round 83's x315_04; Round 93's x343_01 第六、十六条), so the article "
               "is one task; " + ONE_LEAD + "; " + NODATE),
        S(["第五条（许可时限）"], [], [], responsible_alternatives=[[QLG], [QLG, "区文物管理部门", "区房屋管理部门"]],
          **art(X03, ["第五条（许可时限）"]),
          note="「采取行政许可（常规）方式审批的，区绿化市容管理部门自收到申请之日起14个工作日内，做出准予…或不准予…决定。… 区绿化市容管理部门收到申请后应当…征求同级文物管理部门或同级房屋管理部门的意见。区文物管理部门、区房屋管理部门应当在收到征询意见函之日起7个工作日内提出审查意见，并…告知区绿化市容管理部门；… 区绿化市容管理部门…5个工作日内做出…决定。… 采取行政许可（告知承诺）方式，…当场作出行政审批决定。」 — "
               "a decision on a party's application and its steps name none, in articles too (Round 85's x321_02; Round 87's "
               "x327_04), consulting other bodies while reviewing one of them (Round 91's turned x340_04 第十七条), the "
               "consulted bodies' opinions steps of the same decision sent for it (Round 89's x329_04 第九条); a point "
               "that binds the rules' body to act on applications is still a task naming none (Round 87's x327_04 form) "
               "(RULING?: or 「区绿化市容管理部门…做出…决定」 as the body's own work); 14、7、5个工作日内 are time limits counted "
               "from events, no targets (round 33); " + NONE + "; " + NODATE),
        S(["第七条（设置人责任）"], [], [SZR], lead_alternatives=[[SZR]],
          **art(X03, ["第七条（设置人责任）"]),
          note="「对属于《办法》第十条第一款第（一）至第（四）项范围的户外招牌，设置满两年的，设置人应当在届满之日的当月及后两个月内，以后每年定期在该三个月份内委托专业检测单位进行安全检测，主动及时向所在地的街镇提交安全检测报告。 …设置人可以…委托…实施安全检查或安全检测。 …经检测综合评定为A、B、C等级的，应当按照…要求，做好相应的安全防范和隐患整改工作。」 — "
               + SETTER + "; 「A委托B＋verb」 names A (round 35); the second paragraph an option (round 49 p46b); the yearly "
               "report is the setter's filing on its own sign, no duty (round 42; Round 85's x322_04 第二十四条: an owner's "
               "yearly filing, confirmed no duty) (RULING?, with x352_01 第十三条); " + ONE_LEAD + "; " + NODATE),
        S(["第八条 （建（构）筑物所有权人责任）", "（六）"], [], [SYQR], lead_alternatives=[[SYQR]],
          responsible_alternatives=[[SYQR_P], []],
          **art(X03, ["第八条 （建（构）筑物所有权人责任）", "（六）"]),
          note="「所有权人与设置人不一致的，所有权人应当履行以下责任：…（六）设置人未履行法定责任的，所有权人应当及时向区绿化市容管理部门、街镇报告。」 — "
               "a duty-list lead-in gives its sending lines its body (Round 83's x311_03 第八条（三）; Round 84's p61a-2: 「X（以下"
               "简称Y）应当履行下列…义务：」 gives its acting lines X's work, whatever X is called elsewhere); the owner a "
               "regulated party; the report a duty (below); the first paragraph (the owner who is the setter) stands before "
               "the items, the parent's text (Round 85's x322_04 第十九条); the full name at the bracket accepted; "
               + ONE_LEAD + "; " + NODATE),
        S(["第十条（安全保障）"], [], [JZ, SJ, QLG], responsible_alternatives=[[SJ, QLG]],
          **art(X03, ["第十条（安全保障）"]),
          note="「街镇应当根据工作需要，通过各种形式全覆盖发放安全责任告知书，督促设置人和建（构）筑物所有权人落实对户外招牌的日常维护，开展安全自查或检测。 市绿化市容局、区绿化市容管理部门、街镇应当通过购买服务方式，委托专业检测单位对户外招牌安全进行抽样检测。按照属地管理原则，街镇对存在安全隐患的户外招牌应督促设置人落实整改并做好复检工作。对拒不整改或整改不到位的，依法移送城管执法部门进行查处。」 — "
               + ARTICLE + " (发放; 「A委托B＋verb」 names A, round 35); the verbs after 督促's object are the object's (round "
               "30; Round 83's x316_02 （十四））; 移送 names none and its receiver is the pivot's object (" + SENDONLY
               + "); each body once, in printed order (Round 82's p60c-1) — the list without 街镇 accepted; " + NOLEAD + "; "
               + NODATE),
        S(["第十二条（对违反检测要求行为的处罚）"], [], [JZ], lead_alternatives=[[JZ]], responsible_alternatives=[[]],
          **art(X03, ["第十二条（对违反检测要求行为的处罚）"]),
          note="「街镇应当根据户外招牌安全检测要求，及时督促设置人进行安全检测。对逾期不检测的，或安全检测发现不符合要求后整改不到位或拒不整改的，依法移送城管执法部门查处。」 — "
               "a body's step on the parties whose duties the rules have it supervise is its own work in an article (round "
               "44; Round 89's x334_02 第八条 「市绿化市容局督促行政审批部门依法作出处理决定」, confirmed) — none accepted "
               "(督促 a pivot verb outside rule 2's list, round 30); the referral names none (" + SENDONLY + "); "
               + ONE_LEAD + "; " + NODATE),
        S(["第十三条（户外广告规定的适用）"], [], [],
          responsible_alternatives=[[QLG, JZ], [QLG, JZ, "城管执法部门"]],
          **art(X03, ["第十三条（户外广告规定的适用）"]),
          note="「利用户外招牌发布户外广告的，区绿化市容管理部门、街镇应当依法移送城管执法部门，依照《上海市市容环境卫生管理条例》《上海市户外广告设施管理办法》等相关管理规定查处。」 — "
               + SENDONLY + ", the 查处 after the receiver the receiver's (round 30's pivot); Round 91's governs on x337_03 "
               "八、（三） names the sender only where 实施 or 负责 places the sending, and here none does; the owed referral "
               "is still a task naming none (Round 87's x325_02 第十九条, confirmed: a task naming none) (RULING?); the "
               "bodies accepted; " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "设置人未履行法定责任的，所有权人应当及时向区绿化市容管理部门、街镇报告", "when": None, "when_norm": None,
              "note": "第八条（六） — a report of the setter's failure, sent to the bodies that act on it, is a duty, undated "
                      "(Round 83's x316_01 一; round 44; x352_01 第十四条, the same step in the city rules); 及时 prints no "
                      "time (Round 79)"}],
     notes=["counting (leaf tasks): the cover prints no task of its own (「…请遵照执行」), so the rules after its 「附件」 line "
            "are the plan (Round 93's x346_02 and x341_01, confirmed); 第一条 purpose and 第十四条 entry into force and "
            "repeal — general provisions (round 30); 第二条: its first paragraph (市绿化市容局负责…) and the two lead-ins stand "
            "before numbered items, no leaves (Round 85's x322_04 第十九条; Round 83's x311_04 第十一条); the district list "
            "（一）–（八） 8 and the 街镇 list （一）–（七） 7 — （九）「完成上级部门交办的其他工作」 and （八） the same are catch-alls, "
            "text (Round 84's p61a-1), and the 街镇's （一）「可以根据本辖区实际情况编制…导则」 a line of a duty list, one of its "
            "duties (Round 85's governs on x317_03 第十二条（三））; 第四条 one (its materials lists no items); 第六条 「户外招牌变更设置"
            "的，应按照《办法》规定重新办理行政许可手续」 an applicant's step (round 30; Round 85's x321_02) — no task; 第八条 6 "
            "(the duty list; its first paragraph before the items the parent's text); 第九条 可以鼓励 (round 49 p46b; rounds "
            "30, 40) — no task; 第三、五、七、十–十三条 one each → **29**. Accepted: 27 and 28 (第五条 no task — decisions on "
            "applications only — or the 街镇's （一） an option, no task), 30 (第八条's first paragraph its own task, or 第二条's "
            "first paragraph), 31 (the two catch-alls counted), 32",
            "units: article subjects (round 44); the defined 市绿化市容局 and 街镇 where they act (round 43; Round 81's "
            "x310_04); 镇（乡）人民政府 → 镇人民政府 (Round 89); not sampled: 第二条's other district lines [区绿化市容管理部门] "
            "by the lead-in (（一） 「编制…导则，指导街道办事处、镇（乡）人民政府（以下简称街镇）编制…」 with 街道办事处, 镇人民政府 by "
            "Round 92's heading rule), the 街镇 lines [街镇], 第八条（一）–（五） [所有权人] (督促 under a duty lead-in: Round 85's "
            "x319_02 四), 第十一条 [区绿化市容管理部门, 街镇] (实现, 纳入)",
            "dates: no task is dated (see date_note)",
            "figures: none in any task checked; 14、7、5个工作日内 (第五条) time limits, 「设置满两年」 (第七条) a cycle from an "
            "event — unchecked",
            "duties: one — 第八条（六）'s report; not duties: 第七条's yearly test report (the setter's filing on its own sign, "
            "round 42), 第五条's opinions sent for the decision (Round 89's x329_04 第九条), 第三条's 公布 (disclosure), "
            "第十一条's 纳入平台 (no receiving body, no time: Round 91's x340_01 第三十七条)",
            "after 第十四条: the sample form 「户外招牌设置房管（文物）部门审查意见书（样张）」 (field lines, no numbered items, no "
            "work), three site links 「解读：…」 and the page's JavaScript — none of it tasks; they stay in the text as stored"])

write_collected(DIR)
