# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next317/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 62 (built by helper c317): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate``), and the headed
articles' labels 「第四条（部门职责）」 are copied from the text by ``head``; every answer was written here by reading the
texts, with ../CONVENTIONS.md (its head in full, "Round 77 rulings, written early" to its end — Rounds 78–82 and "Round 83
rulings, written early" included —, older rulings where a grep for a form led) applied to every item. Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next317/make_expected.py tests/data/plans-next317
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)


def head(file, label):
    """The whole heading line of a headed article 「第四条（部门职责）」, as printed, found by its label 「第四条」."""
    for line in (DIR / file).read_text(encoding="utf-8").split("\n"):
        if line.strip().startswith(label + "（"):
            return line.strip()
    raise KeyError(label)


REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"     # the commit read_file gave for all four stored files
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit above), typed from the "
          "answer; only the repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank "
          "lines around them, the `# ` marker before the title); the typed file with the wrapper put back had read_file's "
          "total_chars")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/消防与人防/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同B…, designations; in 第X条 articles the subject of a "
        "verb of doing): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), rounds 54, 62 p52c, 66; Round 77's x299_01 第十三条: in 第X条 articles a body named by a kind or "
           "a party by role standing as the subject of the article's verb of doing is a doer whatever the verb (加强 included, "
           "round 63); filing or sending for itself (rounds 42, 46; Round 75's p57a-2), paying, options (可), a duty held "
           "(履行, rounds 67, 70), a guide and a review of a submission name none")
OF_RULE = ("a 的-phrase gives the name after the last 的 (rounds 32, 38; Round 77's x304_02 第十九条; Round 81's x310_01 / "
           "x310_04 第五条), the printed phrase accepted")
DUTYLIST = ("a lead-in naming a body and a duty word over a list 「A主要履行下列职责:」 gives each item that names none its body, "
            "whatever verb joins them (Round 81's x305_04 第四条, governs; Round 83's x311_03 第十一、十二条; Round 75's p57a-2; rule 4)")
GUIDE = ("a guide names none, in articles too: 「A对B进行指导」「提供…指导」 (rule 3; Round 81's x309_01 第三条; Round 83's x311_02 "
         "第十条 「A对B加强指导」)")
SENDING = ("a report or a sending (报, 报送, 报告, 提供有关情况, 通知, 移送) names no doer, in articles too (Round 75's p57a-2; Round 81's "
           "x310_03 第十四条; Round 83's x315_01 第十一条, turned: 提供 records), and an article whose only acts are owed sendings "
           "is a task naming no unit (round 55's x248_01; Round 83's x313_01 第十一条)")
PENALTY = ("penalties are not targets: a fine's scale 「处5000元以上2万元以下罚款」 (CONVENTIONS.md 「Penalties are not targets」; "
           "round 52 decided) → not_target")
RULES_NODATE = ("standing rules: no item writes a date (the only dates are the rules' own promulgation, entry into force and the "
                "repeal of the old text, general provisions; 「及时」「立即」 print no time) → " + NODATE)
CATCHALL = ("a list's last line 「法律、法规、规章规定的其他…要求」「市公安局确定的其他职责」 names no act of its own: text, no task "
            "(Round 83's governs on x311_01 / x311_02 / x311_03's catch-alls; Round 77's x299_01 第六条)")
PERSON = ("a person is never a unit (round 30); 作业人员, 现场监护人员, 船长, 专业电工, 防火负责人, 专人 are persons, and no person "
          "is rewritten into their body (Round 74's 你局; Round 81's x305_01 第二十六条)")
NOPARTY = ("an article (or an article's line) that gives work by 应当／不得／必须 with no body as its subject is a task naming no unit "
           "(round 65's x274_01; Round 77's x302_02 四、; round 67's x280_04: a ban on the work with no party is work; a line naming "
           "an act or a limit on what may be built is a task, Round 74's x296_01 三、（二）; Round 77's x299_01 第六条)")
CASE_BAN = ("a list of breaches whose lines each carry their own response 「…的，责令限期改正；逾期不改正的，处…罚款」 are items, each a "
            "task taking the lead-in's body (round 37; Round 51's q47b, turned x225_04 第三十四条 and x239_04)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x317_01_shi-zhengfu-2025-changfang-cangku-xiaofang-anquan-guanli-guiding.txt"
P01 = "上海市厂房仓库消防安全管理若干规定"
H1 = partial(head, X01)
PCJG = "开发区管理机构、工业园区管理机构等各级人民政府的派出机关"
TXBM = "规划资源、公安、市场监管、城管执法、生态环境、经济信息化、交通、国资、邮政管理、数据等部门"
SZBM = "消防救援、住房城乡建设管理、应急管理、规划资源、国资、城管执法等部门"
XH = "仓储、消防等相关行业协会"
CSY = "厂房、仓库使用人"

plan(X01,
     title=P01,
     title_note="the rules' title line (line 1, printed twice by the stored page: lines 1 and 3); no notice stands before them",
     doc_no="上海市人民政府令第25号 (the line under the title: 「2025年12月29日上海市人民政府令第25号公布 自2026年3月1日起施行」; the index prints no 文号)",
     issuer="上海市人民政府",
     date="2025-12-29",
     date_note="promulgated 2025年12月29日, in force 2026年3月1日 (第二十七条, which repeals the 1989 《上海市仓库防火管理规定》)",
     level="the Shanghai city government's rules (政府规章) on fire safety in factory buildings and warehouses: the districts', "
           "towns' and departments' duties, the owners', users' and managers' duties, charging, storing, hot work, cold stores, "
           "photovoltaics, several users and leases, penalties",
     source=src(P01 + ".md", "https://www.shanghai.gov.cn/xxzfgzwj/20260122/06cca6ab5837492b8482d2b2923540df.html", 4520),
     style="the title (twice), a promulgation line in brackets; no chapters; 27 headed articles, the label and its heading "
           "「第四条（部门职责）」 on a line of their own and the text in paragraphs below; item lists （一）–（N） in 第十四、十八、"
           "二十二、二十三、二十六条; one half-width 「;」 (第十四条（一））",
     leaf_tasks=40, count_alternatives=[35, 39, 41, 42],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第九条": 1,
                            "第十条": 1, "第十一条": 1, "第十二条": 1, "第十三条": 1, "第十四条": 3, "第十五条": 1,
                            "第十六条": 1, "第十七条": 1, "第十八条": 4, "第十九条": 1, "第二十条": 1, "第二十一条": 1,
                            "第二十二条": 3, "第二十三条": 6, "第二十四条": 1, "第二十六条": 6},
     childless_top_level_sections=[],
     samples=[
        S([H1("第三条")], [], ["区人民政府", "乡镇人民政府", "街道办事处", "派出机关"],
          responsible_alternatives=[["区人民政府", "乡镇人民政府", "街道办事处", PCJG],
                                    ["乡镇人民政府", "街道办事处", "派出机关"], ["乡镇人民政府", "街道办事处", PCJG]],
          **art(X01, [H1("第三条")]),
          note="「区人民政府应当加强对本行政区域内消防工作的领导，统筹协调厂房、仓库消防安全管理中的重要事项。 乡镇人民政府、街道办事处，以及开发区管理机构、工业园区管理机构等"
               "各级人民政府的派出机关按照职责，组织开展厂房、仓库消防安全检查，协助开展火灾隐患排查和整治工作。」 — 组织开展 (rule 2) names the second paragraph's "
               "subjects, split on 、 as printed (round 30's 「各镇、园区」); " + OF_RULE + " → 派出机关 (RULING? 1: the bodies "
               "named before 等 are examples of the head); 统筹协调 keeps work (Round 79: 统筹 is a verb of doing) and the "
               "district is the article's subject (" + ARTICLE + "), the lists without it accepted (加强…领导 read as a "
               "guide); several clauses, all their bodies in order (rule 2); lead [] (no 牵头); " + RULES_NODATE),
        S([H1("第四条")], [], ["消防救援部门", "应急管理部门", "住房城乡建设管理部门", TXBM],
          responsible_alternatives=[["消防救援部门", "应急管理部门", "住房城乡建设管理部门"]], **art(X01, [H1("第四条")]),
          note="「消防救援部门负责…实施监督管理… 应急管理部门负责…依法实施监督管理。 住房城乡建设管理部门负责…开展…消防设计审查、消防验收、备案和抽查… 规划资源、公安、…、"
               "数据等部门按照各自职责，共同做好…相关工作。」 — 负责 three times (rule 2), several clauses all their bodies in order; fields "
               "joined by 、 before one head with 等 are one name as printed (round 31; Round 77's x299_01 第二十条; Round 81's "
               "x309_01 第四条), a doer under 部门职责, a heading that gives out work (round 35's list; Round 82's p60c-4), and "
               "「…等部门按照各自职责，做好…」 after the doers' clauses is responsible (round 39; round 44's q44a; plans-next311's "
               "x311_01 第六条); the reviews the building bureau 负责 are placed by rule 2's own verb (Round 77's x299_03 "
               "第八条); lead [] (no 牵头); the three alone accepted; " + RULES_NODATE),
        S([H1("第六条")], [], [SZBM], lead_alternatives=[[SZBM]], responsible_alternatives=[[]],
          **art(X01, [H1("第六条")]),
          note="「本市依托城市运行“一网统管”和大数据资源平台，建立健全…风险监测预警机制。消防救援、住房城乡建设管理、…、城管执法等部门应当加强对厂房、仓库基础信息、"
               "监管信息等数据的共享，提升…效能。」 — 本市 is a place and names no body (round 41; Round 83's x315_01 第二十条); the "
               "departments are one name as printed (fields before one head with 等, round 31) and the subject of 加强 and 提升 "
               "in an article (" + ARTICLE + "); sharing data among the bodies that hold it is the rules' own work, not a "
               "sending to a body that gathers it (RULING? 2; none accepted by " + SENDING + "); " + ONE_LEAD + "; "
               + RULES_NODATE),
        S([H1("第七条")], [], [XH], lead_alternatives=[[XH]], **art(X01, [H1("第七条")]),
          note="「仓储、消防等相关行业协会应当加强行业自律，提供消防安全培训、技术咨询和指导服务，研究和推广消防安全先进技术，…」 — the subject of verbs of "
               "doing in an article (" + ARTICLE + "; Round 77's x299_04 第八条 「…相关协会团体发挥好…作用，…推广…」, confirmed), fields "
               "before one head with 等 one name as printed (round 31); the guidance it offers the trade is a service among its "
               "works, no 「A指导B」; " + ONE_LEAD + "; " + RULES_NODATE),
        S([H1("第八条")], [], ["产权人", "使用人", "管理人"],
          responsible_alternatives=[["厂房、仓库的产权人、使用人、管理人"]], **art(X01, [H1("第八条")]),
          note="「厂房、仓库的产权人、使用人、管理人应当依法履行消防安全职责，结合…需要，完善消防安全管理，落实消防安全工作要求。」 — 履行 a duty held names none "
               "(round 67), but 完善 and 落实 (rule 2's own verb) are the parties' acts in an article (" + ARTICLE + "); parties "
               "by role are units (Round 74's 房屋产权方; Round 77's x299_01 第十三条 建设单位); " + OF_RULE + " → three names split "
               "on 、 (round 30); lead [] (no 牵头); " + RULES_NODATE),
        S([H1("第十四条"), "（二）"], [], [], **art(X01, [H1("第十四条"), "（二）"]),
          note="「（二）对作业人员、现场监护人员开展相关作业消防安全培训，督促其落实现场消防安全措施；」 under 「在厂房、仓库中因…需要使用明火作业，…的，应当遵守下列规定：」 — the "
               "lead-in names no party (a 的-clause with no head noun), so rule 4 has no body to give; the object of 督促 is "
               "none (round 30); the lines of a list that name acts are its items (plans-dev EXPECTED.md lines 19–25; Round 77's "
               "x299_01 第六条) — " + NOPARTY + " — " + NONE + "; " + RULES_NODATE),
        S([H1("第十六条")], [], ["仓库使用人"], lead_alternatives=[["仓库使用人"]], responsible_alternatives=[[]],
          **art(X01, [H1("第十六条")]),
          note="「仓库内应当预留疏散主通道，合理控制堆垛面积，并设置明显的边界标识。 仓库使用人应当安排专人对入库货物进行检查，发现可能存在火灾隐患的，应当采取措施消除火灾隐患。」 — "
               "the first paragraph has no subject; the user is the subject of 安排…检查 and 采取措施 in an article (" + ARTICLE
               + "; outside articles 安排 would be outside rule 2, Round 83's x312_03 三/1, so none is accepted), the 专人 persons ("
               + PERSON + "); " + ONE_LEAD + "; " + RULES_NODATE),
        S([H1("第十八条"), "（三）"], [], [], **art(X01, [H1("第十八条"), "（三）"]),
          note="「（三）在外墙设置的告知牌还应当标明制冷剂的品名、特性、保温材料的燃烧性能；」 under 「冷库的使用应当符合下列消防安全管理要求：」 — a line naming an act is "
               "an item and a task (Round 77's x299_01 第六条), its list's （四） 「法律、法规、规章规定的其他消防安全管理要求」 a catch-all, "
               "text (" + CATCHALL + "); the paragraph after the items 「丁、戊类高架仓库内的托盘应当采用不燃或者难燃材料。」 its own task "
               "(round 54's s48b; Round 77's x299_02) — " + NOPARTY + " — " + NONE + "; " + RULES_NODATE),
        S([H1("第十九条")], [], [CSY], lead_alternatives=[[CSY]], responsible_alternatives=[["使用人"], [CSY, "相关行政管理部门"]],
          **art(X01, [H1("第十九条")]),
          note="「厂房、仓库使用人采用新工艺、…的，应当采取有效措施防范消防安全风险；依法开展安全评估的，应当包括消防安全内容。相关行政管理部门根据厂房、仓库使用人的需要，"
               "提供服务和指导。」 — the party in the 的-clause that opens the article is the subject carried into 应当采取 (rounds 34, "
               "49 p46d; Round 81's x309_04 第三十七条), a party by role, kept as printed 「厂房、仓库使用人」 (no 的 inside it; "
               "使用人 accepted); " + GUIDE + " — the departments' 「提供服务和指导」 read as a guide (RULING? 3; the list "
               "with them accepted); " + ONE_LEAD + "; " + RULES_NODATE),
        S([H1("第二十二条"), "（二）"], [], ["使用人"], lead_alternatives=[["使用人"]], responsible_alternatives=[[]],
          **art(X01, [H1("第二十二条"), "（二）"]),
          note="「（二）在各自使用部分设置具有联动功能的火灾报警器，但已配备火灾自动报警系统的除外；」 under 「两个及以上使用人使用同一厂房、仓库的，应当履行下列管理要求：」 — "
               "the lead-in names the users (in its 的-clause, carried into 应当履行: rounds 34, 49 p46d) and a duty word over "
               "the list, so it gives each item its body (" + DUTYLIST + "; RULING? 4: the body stands in the lead-in's "
               "condition, none accepted); 「两个及以上」 in the lead-in is unchecked (a trigger of the lead-in, no item's own); "
               + ONE_LEAD + "; " + RULES_NODATE),
        S([H1("第二十三条"), "（四）"], [], [], **art(X01, [H1("第二十三条"), "（四）"]),
          note="「（四）发现承租人有违反消防安全规定行为的，应当予以劝阻、制止；劝阻、制止无效的，应当及时向所在地消防救援部门报告；」 under 「出租厂房、仓库的，应当与承租人以书面"
               "形式明确各方消防安全责任，并履行下列管理要求：」 — the lead-in's doer is 「出租…的」, a 的-phrase with no head noun, "
               "so it names no body to pass on (rule 4 has nothing to give); the report to the fire-rescue department is a "
               "sending (" + SENDING + "), listed as an undated duty (Round 83's x316_01 一: a report of what the party's check "
               "finds, sent to the body that acts on it); the object served and the receiver name none — " + NONE + "; "
               + RULES_NODATE),
        S([H1("第二十四条")], [], [], responsible_alternatives=[["出租人"]], **art(X01, [H1("第二十四条")]),
          note="「厂房、仓库的出租人应当依托城市运行“一网统管”平台报送出租人和承租人基本信息、…书面协议等信息，信息发生变化的，应当及时更新。」 — " + SENDING
               + "; a regulated party's filing on its own lease is no duty (round 42; Round 81: 「A regulated party's filing "
               "on itself stays none」); [出租人] accepted (round 44's any verb) — " + NONE + "; " + RULES_NODATE),
        S([H1("第二十六条"), "（三）"], [], ["消防救援部门"], lead_alternatives=[["消防救援部门"]],
          not_targets=[(5000, "元"), (2, "万元"), (5, "万元")], **art(X01, [H1("第二十六条"), "（三）"]),
          note="「（三）违反本规定第十八条第一款第一项、第二项规定，冷库内穿堂区域储存物品，或者冷库用电设备下方堆放可燃物品的，责令限期改正；逾期不改正的，处5000元以上2万元以下"
               "罚款；情节严重的，处2万元以上5万元以下罚款。」 under 「违反本规定，有下列情形之一的，由消防救援部门按照下列规定处罚：」 — " + CASE_BAN + "; the rules' "
               "own body acting after a breach is a doer (Round 77's x299_04 第二十八条); " + ONE_LEAD + "; " + PENALTY
               + " → 5000 元, 2 万元, 5 万元; " + RULES_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现承租人有违反消防安全规定行为的，劝阻、制止无效的，应当及时向所在地消防救援部门报告",
              "when": None, "when_norm": None,
              "note": "第二十三条（四）: a report of what the lessor's own watch finds, sent to the body that acts on it, is an "
                      "undated duty (Round 83's x316_01 一; 及时 prints no time, Round 79); 第十一条's 「依法及时处置或者向有关单位报告」 "
                      "(an either-or with the party's own handling, to no named body) and 第二十四条's filing on its own lease "
                      "(round 42) are not listed"}],
     notes=["counting (leaf tasks): 第一条 (purpose), 第二条 (scope, definitions, classes), 第二十五条 (指引条款: a reference to the "
            "law, round 60's x53_01 第十四条), 第二十七条 (force and repeal) general provisions (round 30; Round 79's repeal); "
            "第十四条 （一）–（三） 3 (its closing paragraph 「作业人员应当…。现场监护人员应当…」 the job of persons, no task: round 36's "
            "「护林员职责」, Round 81's x305_04 第七条 decided — RULING? 5); 第十八条 （一）–（三） 3 + the closing paragraph on pallets 1 "
            "→ 4 ((四) a catch-all: " + CATCHALL + "); 第二十二条 （一）–（三） 3; 第二十三条 （一）–（五） 5 + the closing paragraph on "
            "the lessee 1 → 6; 第二十六条 （一）–（六） 6 (" + CASE_BAN + "); every other article 1 (第五条 and 第六条's first "
            "sentence: 本市 with acts, work naming no body; 第九、十、十二、十三、二十、二十一条: requirements and bans with no "
            "party, " + NOPARTY + ") → **40**. Accepted: 41 (第十四条's closing paragraph counted), 42 (and 第十八条（四）), 39 "
            "(第九条 「…应当符合国家工程建设消防技术标准…」 read as a standard's terms, text: Round 83's x315_02 第八条), 35 (第二十六条 one "
            "task).",
            "units: no labels; 负责 (第四条), 组织开展 (第三条), article subjects of verbs of doing (统筹协调, 加强, 完善, 落实, 制定, "
            "开展, 安排, 采取); the penalty lead-in 「由消防救援部门按照下列规定处罚：」 (第二十六条); a duty-word lead-in naming the "
            "users (第二十二条); guides (提供服务和指导), sendings and filings (报告, 报送), the object of 督促 and persons (作业人员, "
            "现场监护人员, 专人) name none",
            "dates: 2025年12月29日 (promulgation), in force 2026年3月1日; no item is dated; no phases; one undated duty "
            "(第二十三条（四））",
            "figures: no targets checked; 「两个及以上使用人」 (第二十二条's lead-in) unchecked; not targets the fines of 第二十六条 "
            "(1000 元, 1 万元, 5000 元, 2 万元, 5 万元; penalties)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x317_02_shi-zhengfu-2021-jiaqiang-xiaofang-jiandu-zhifa-jueding.txt"
P02 = "关于加强本市消防监督执法工作的决定"
XJ = "消防救援机构"
PC = "公安派出所"
ZJ = "住房城乡建设管理部门"
CLOSED = ("the decision's points 一、–八、 are not 第X条 articles: outside articles rule 2's list is closed (rounds 30, 44; Round "
          "77's x302_04 五、（一）, 八、: 进行, 加强, 建立 name none), as plans-next310's x310_02 (a decision of numbered points) was read")
TOP_NODATE = "no date in the point (2021年7月2日 the promulgation, 2021年9月1日 entry into force) → " + NODATE

plan(X02,
     title=P02,
     title_note="the decision's title line (line 1, printed twice: lines 1 and 3)",
     doc_no="上海市人民政府令第51号 (the line under the title: 「2021年7月2日上海市人民政府令第51号公布　自2021年9月1日起施行」)",
     issuer="上海市人民政府",
     date="2021-07-02",
     date_note="promulgated 2021年7月2日, in force 2021年9月1日 (八、)",
     level="the Shanghai city government's decision (政府规章) on fire-supervision enforcement: the fire-rescue bodies', the "
           "police stations' and the building departments' inspection, the transfer of some penalties to the police, "
           "coordination, shared information, fire investigation, training",
     source=src(P02 + ".md", "https://www.shanghai.gov.cn/xxzfgzwj/20210723/c2659961a3944c15a81a2a05ef2f00e4.html", 1457),
     style="the title (twice), a promulgation line in brackets (an ideographic space inside), a preamble ending 「作如下决定：」, "
           "numbered points 一、–八、, three with second paragraphs, 三、 with lines （一）（二） and a closing paragraph",
     leaf_tasks=6, count_alternatives=[7, 8, 9],
     leaf_tasks_by_section={"二": 1, "三": 1, "四": 1, "五": 1, "六": 1, "七": 1},
     childless_top_level_sections=[],
     samples=[
        S(["二"], [], [PC], lead_alternatives=[[PC]], responsible_alternatives=[[XJ, PC]],
          note="「二、消防救援机构依法对机关、团体、企业、事业等单位遵守消防法律、法规、规章的情况进行监督检查。 公安派出所依法对…，实施日常消防监督检查。 法律、法规、规章对"
               "消防监督检查职责另有规定的，从其规定。」 — 实施 (rule 2) names the police stations; 进行 is outside the closed list ("
               + CLOSED + "; the list with the fire-rescue bodies accepted, as round 44 would read an article); the third "
               "paragraph is a scope clause; " + ONE_LEAD + "; " + TOP_NODATE),
        S(["三"], ["市公安机关"], ["市公安机关", "市应急管理部门", "市消防救援机构"], lead_alternatives=[[]],
          responsible_alternatives=[[XJ, "公安机关", ZJ, "市公安机关", "市应急管理部门", "市消防救援机构"]],
          note="「三、消防救援机构、公安机关和住房城乡建设管理部门依法行使…行政处罚权。其中，消防救援机构行使的下列行政处罚权，依法转由公安机关行使：（一）…警告、罚款处罚；（二）与住宅物业"
               "消防安全有关的行政处罚，… 前款规定依法转由公安机关行使的行政处罚事项清单，由市公安机关会同市应急管理部门、市消防救援机构制定，并向社会公布。」 — 「由A会同B＋"
               "verb」 gives lead A (lead [] accepted), responsible A, B (rule 2); 行使 a power held names none, as 履行 a duty "
               "(round 67; the list with the three bodies accepted); the lines （一）（二） only name the powers transferred, no "
               "act: the point's text, as a list of cases is (Round 78's (b); Round 83's x312_02), so the point is one task "
               "with its closing paragraph (RULING? 6); " + TOP_NODATE),
        S(["四"], [], [],
          note="「四、消防救援机构、公安机关和住房城乡建设管理部门应当建立健全消防监督执法协调配合机制；对…线索，应当及时通知或者移送有权处理的部门依法处理。 公安派出所在日常消防"
               "监督检查中，发现…，可以依法开展调查取证等工作，并协助消防救援机构查处违法行为。」 — 建立健全 is outside the closed list ("
               + CLOSED + "); 通知, 移送 pass the matter on (Round 77's x299_03 第十六条, turned; " + SENDING + "); 可以 reaches "
               "the 并 clause joined to it, 协助 included, and an option names no doer (rounds 30, 40, 57; Round 77's x301_02 "
               "（十八））; the point still gives work by 应当: a task naming none — " + NONE + "; " + TOP_NODATE),
        S(["五"], [], [],
          note="「五、消防救援机构、公安机关和住房城乡建设管理部门应当建立消防监督执法信息共享机制，根据实际需要共享…信息。」 — 建立 and 共享 are outside the closed "
               "list (" + CLOSED + ") — " + NONE + "; " + TOP_NODATE),
        S(["六"], [], [XJ, PC],
          note="「六、消防救援机构负责调查火灾原因，统计火灾损失。公安派出所负责保护火灾现场，协助消防救援机构维护火灾现场秩序、开展火灾事故调查访问，依法控制火灾肇事嫌疑人。」 — "
               "负责 twice (rule 2), several clauses all their bodies in order; 协助 inside the police stations' 负责 clause serves "
               "a body already named; lead [] (no 牵头); " + TOP_NODATE),
        S(["七"], [], [],
          note="「七、消防救援机构、住房城乡建设管理部门根据实际需要，对公安派出所进行消防安全管理和技术标准等方面的专业技术培训指导。 对公安机关查处…涉及专业技术判断的事项，消防救援"
               "机构、住房城乡建设管理部门应当提供支持与协助。」 — 进行 and 提供 are outside the closed list (" + CLOSED + "), "
               "培训指导 of another body is rule 3's guide (" + GUIDE + "), and 协助 here is the object of 提供, no verb with a "
               "subject of its own (round 46's p44g reads 配合／协助 as the main verb) — " + NONE + "; " + TOP_NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; a decision of numbered points 一、–八、, no 第X条): the preamble (purpose and basis) and 八、 "
            "(entry into force) general provisions (round 30; Round 78's (c)); 一、 「消防监督执法工作应当坚持依法履职、分工负责、协同高效的"
            "原则，完善…体系，提升…质量和效率」, a principle with its aims, names no body and no act of its own (round 68: a principle "
            "names no act; Round 80's aims points; plans-next310's x310_02 一、) — no task (RULING? 7); 二、–七、 1 each (三、 one: "
            "its lines name the powers, no acts) → **6**. Accepted: 7 (一、 counted, or 三、's closing paragraph its own task), 8 "
            "(both), 9 (and 三、's two lines as items, with 一、 read as a principle).",
            "units: rule 2 only (the closed list outside articles): 实施 (二、), 由A会同B制定 (三、), 负责 (六、); 进行, 建立, 共享, "
            "提供, 通知／移送 and options (可以) name none",
            "dates: none for any item; no phases; no duties (the 通知／移送 of 四、 hands cases on, no report with a time)",
            "figures: none (the articles of the fire law 第六十三条、第六十四条 are names with digits)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x317_03_shi-zhengfu-1994-shuishang-xiaofang-jiandu-guanli-banfa.txt"
P03 = "上海市水上消防监督管理办法"
H3 = partial(head, X03)
GX = "公安机关消防机构"
GJ = "各级公安机关消防机构"
JDZ = "市水上消防监督站"

plan(X03,
     title=P03,
     title_note="the measures' title line (line 1, printed twice: lines 1 and 3)",
     doc_no="none printed (the bracket: 「1994年12月29日上海市人民政府发布，根据2010年12月20日上海市人民政府令第52号公布的《…决定》修正并重新发布」)",
     issuer="上海市人民政府",
     date="1994-12-29",
     date_note="issued 1994年12月29日, amended 2010年12月20日, in force 1995年2月1日 (第二十三条, which repeals the 1987 interim measures)",
     level="the Shanghai city government's measures (政府规章) on fire supervision on the water: the police and fire bureaus' "
           "charge, fire prevention at wharves, on ships and for hot work, the supervision bodies' duties, fire fighting and "
           "its command, rewards and penalties",
     source=src(P03 + ".md", "https://www.shanghai.gov.cn/xxzfgzwj/20210608/2eebfd59977e4e3b991b41148b6fcf01.html", 3331),
     style="the title (twice), a bracketed history line; six chapters 「第一章  总则」 (two spaces); 23 headed articles, the label and "
           "its heading 「第三条（管理部门）」 on a line of their own and the text below; item lists （一）–（N） in 第七、九、十一、十二条; "
           "half-width 「:」 ending three lead-ins",
     leaf_tasks=28, count_alternatives=[27, 29, 30],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第七条": 4, "第八条": 1, "第九条": 4,
                            "第十条": 1, "第十一条": 6, "第十二条": 4, "第十三条": 1, "第十五条": 1,
                            "第十六条": 1, "第十七条": 1},
     childless_top_level_sections=[],
     samples=[
        S([H3("第三条")], [], ["市公安局", "市消防局", "水上消防监督站", "各级人民政府有关部门"],
          responsible_alternatives=[["市公安局", "市消防局", JDZ, "各级人民政府有关部门"],
                                    ["市公安局", "市消防局", "水上消防监督站"], ["市公安局", "市消防局", JDZ]],
          **art(X03, [H3("第三条")]),
          note="「市公安局是本市水上消防工作的主管部门。市消防局负责本市水上消防监督管理工作，其所属的水上消防监督站（以下称“市水上消防监督站”）负责具体实施。 各级人民政府有关部门"
               "应当按各自职责，做好水上消防监督工作。」 — 「A是…的主管部门」 designates A (Round 78's p58b-1; Round 75's p57a-1); 负责 "
               "and 负责具体实施 (rule 2); at a defining bracket the 的-rule gives the name (Round 83's x311_02 第十五条: the "
               "defined name serves where it is printed later), so 水上消防监督站, the defined 市水上消防监督站 accepted; 有关部门 "
               "is a kind (rounds 32, 33), 各级人民政府 saying whose, and 「…按各自职责，做好…」 after the doers' clauses is "
               "responsible, in an article the subject of 做好 too (round 39; round 44's q44a; " + ARTICLE + "); lead [] (no "
               "牵头); " + RULES_NODATE),
        S([H3("第四条")], [], [], **art(X03, [H3("第四条")]),
          note="「在水域和沿岸范围内新建、改建、扩建工程项目时，应当按城市规划建设消防站（包括消防艇专用码头）和消防供水、消防通讯和消防通道等公共消防设施。」 — " + NOPARTY
               + "; 「…时」 here says when the work falls, no contingency (rule 3's cases are 「确需…的」「发生…时」「如有…」, Round 79) — "
               + NONE + "; " + RULES_NODATE),
        S([H3("第七条"), "（一）"], [], [], **art(X03, [H3("第七条"), "（一）"]),
          note="「（一）船舶载运、装卸易燃易爆危险品，应当向公安机关消防机构提供有关情况；有专用码头的，还应当向港口行政管理部门提供…情况；」 under a lead-in naming no body "
               "(「运输、装卸、储存易燃易爆危险品，应当…遵守下列规定:」) — " + SENDING + "; a ship is no body, and a regulated party's "
               "filing on its own cargo is no duty (round 42) — " + NONE + "; " + RULES_NODATE),
        S([H3("第八条")], [], ["港口客运部门"], lead_alternatives=[["港口客运部门"]], **art(X03, [H3("第八条")]),
          note="「港口客运部门应当配备必需的专（兼）职易燃易爆危险品检查员和安全检测仪器，对旅客携带和托运的行李进行检查。 严禁旅客擅自携带、托运易燃易爆危险品进站、上船。」 — the "
               "subject of 配备 and 进行检查 in an article (" + ARTICLE + "); the ban to passengers is a ban to the public, text "
               "(Round 80's p59a-1); " + ONE_LEAD + "; " + RULES_NODATE),
        S([H3("第九条"), "（一）"], [], [], lead_alternatives=[["审批部门"]],
          responsible_alternatives=[["审批部门"], ["明火作业的审批部门"]], **art(X03, [H3("第九条"), "（一）"]),
          note="Round 85 (turned): 「由A（指派专人）检查…，作出审批决定」 on a party's application names none — an approval of a "
               "party's application, its on-site check included, is a review and its decision, none in articles too (Round 77's "
               "x299_04 第十一条; Round 81's x309_02 第十八条), 由 before the approver changing nothing and 指派专人 being no 负责, "
               "实施 or 组织＋verb: [审批部门] → none (accepted already), [审批部门] (and the printed 明火作业的审批部门) stays accepted. "
               "The builder's reading was: "
               "「（一）单位需明火作业的，应当按有关规定办理审批手续，由明火作业的审批部门指派专人到现场检查动用明火条件和消防措施落实情况后，及时作出审批决定；」 — the "
               "applicant's own approval steps name none (round 30's applicant; Round 77's x304_02 第十一条); 由A＋指派 is rule 2's "
               "由A＋verb of doing, read before the review rule (Round 83's x313_02 六、（四）, governs: the review rule reads "
               "reviews given by their own verbs, not work placed by a rule-2 form; Round 81's x309_02 第十二条) — RULING? 8, none "
               "accepted by the review rule (Round 77's x299_04 第十一条: an on-site check of an application is the review's own "
               "step); " + OF_RULE + " → 审批部门; the 专人 are persons; " + ONE_LEAD + "; " + RULES_NODATE),
        S([H3("第九条"), "（三）"], [], [], **art(X03, [H3("第九条"), "（三）"]),
          note="「（三）明火作业时，有关单位应当按规定派员在现场看火，并配备必要的消防设备和器材；」 — 有关单位 is a catch-all with no kind, a call "
               "whatever its verb (rounds 33, 37; Round 80's p59c-1: only 有关部门 names a kind) — " + NONE + "; " + RULES_NODATE),
        S([H3("第十一条"), "（五）"], [], [GJ], lead_alternatives=[[GJ]], responsible_alternatives=[[GX]],
          **art(X03, [H3("第十一条"), "（五）"]),
          note="「（五）按规定负责火灾事故的调查、处理；」 under 「各级公安机关消防机构在其管辖范围内，主要履行下列职责:」 — " + DUTYLIST + "; the "
               "article's first paragraph (市公安局 确定…职责分工) is the text that leads into the items, no task of its own (Round "
               "83's x311_04 第十一条: an article with numbered items is no leaf, only a paragraph after them is); the name as "
               "printed, 各级 a level word (the name without it accepted); " + ONE_LEAD + "; " + RULES_NODATE),
        S([H3("第十二条"), "（一）"], [], [JDZ], lead_alternatives=[[JDZ]], **art(X03, [H3("第十二条"), "（一）"]),
          note="「（一）部署、检查、监督、协调全市水上消防工作；」 under 「市水上消防监督站主要履行下列职责:」 — " + DUTYLIST + "; the defined "
               "name as printed (Round 81's x310_04 第五条); the list's （五） 「市公安局确定的其他职责」 a catch-all, text (" + CATCHALL
               + "); " + ONE_LEAD + "; " + RULES_NODATE),
        S([H3("第十三条")], [], [GX], lead_alternatives=[[GX]], **art(X03, [H3("第十三条")]),
          note="「公安机关消防机构按国家和本市有关公安消防监督程序的规定，实施水上消防监督管理。」 — 实施 (rule 2); " + ONE_LEAD + "; " + RULES_NODATE),
        S([H3("第十五条")], [], [GX, "上海海上搜救中心", "海上安全监督局"],
          responsible_alternatives=[[GX]], **art(X03, [H3("第十五条")]),
          note="「船舶发生火灾，在公安消防队伍到达火灾现场前，由船长指挥自救；…后，由公安机关消防机构指挥扑救。 火灾扑救时，其他各级公安机关消防机构应当服从市消防局统一指挥。 "
               "海上船舶、设施、石油钻井平台发生火灾，由上海海上搜救中心或者海上安全监督局组织扑救。」 — an item whose whole work is the response to its case takes "
               "the agents of 由 (round 30's clarification; Round 78's p58c-2; Round 80's p59c-2), and each 「发生…时」 here is the "
               "article's own event, no contingency beside other work; 由A指挥 and 由A组织扑救 (rule 2), 或者 joining two doers "
               "(round 49); the captain is a person (" + PERSON + "); 服从 names no work of its subject, and 市消防局 stands as "
               "its object; lead [] (no 牵头); the fire bodies alone accepted; " + RULES_NODATE),
        S([H3("第十六条")], [], ["港务监督部门"], lead_alternatives=[["港务监督部门"]], **art(X03, [H3("第十六条")]),
          note="「船舶、水上设施发生火灾，由港务监督部门负责维护火灾现场水上交通秩序。」 — an item whose whole work is the response to its case takes "
               "the agent of 由 (round 30's clarification 「（七）…发生…时，由A负责处置」; Round 78's p58c-2), 由A负责 (rule 2); "
               + ONE_LEAD + "; " + RULES_NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): 第一条 (purpose), 第二条 (scope), 第二十条 (处罚: a reference to the law, round 60's x53_01 "
            "第十四条 / x95_04 第十九条), 第二十二条 (interpretation), 第二十三条 (force and repeal) general provisions (round 30; "
            "Round 79's repeal); 第十八条 (灭火补偿: who pays, 由…单位负责补偿 with a cost, the scheme's terms: Round 81's x309_03 四、; "
            "Round 83's x311_01 第三十九条), 第十九条 (rewards by the party's own unit, superiors or the police: a consequence mirroring "
            "liability, round 48; round 52's x248_04 第十二条), 第二十一条 (officers' conduct and their discipline by 主管部门: "
            "liability, rounds 48, 49) no tasks; 第七条 （一）–（四） 4, 第九条 （一）–（四） 4 (the lead-ins name no body); 第十一条 "
            "（一）–（六） 6 (its first paragraph the lead-in text); 第十二条 （一）–（四） 4 ((五) a catch-all: " + CATCHALL + "; (三) 「必要时可对…进行消防安全检查」, an option under a duty lead-in, counted — RULING? 12); every "
            "other article 1 (第五、六、十、十七条 requirements on bodies by no name or on ships, " + NOPARTY + "; 第十四条 「发现火灾，应当"
            "立即报警。 单位发生火灾，必须及时向…报告。」 was read by the builder as an order to all, a task naming none — RULING? 13) → 29. "
            "Round 85 (turned): 第十四条 is an order to whoever finds a fire, naming no party (round 36; Round 80: 「任何单位和个人」), "
            "a bare 单位 no kind (Round 81's x310_03 第十条) — 「发现X，应当立即报警／报告」 to anyone is text, no task and no duty: "
            "29 → **28** (accepted already). Accepted: 29 (第十二条（五） counted, or 第十九条 counted — the readings the old 30 stood "
            "for), 30 (both), 27 (第七条（四）, 第九条（四） — certificates and training of persons — read as persons' job terms, no "
            "tasks); the old 31 (both, with 第十四条 counted) is withdrawn with the turned reading.",
            "units: no labels; a designation (是…主管部门), 负责 (第三、十一、十六条), 由A＋verb (第九条（一）, 第十五、十六条), 实施 "
            "(第十三条), article subjects of verbs of doing (配备, 进行检查), duty-list lead-ins (第十一、十二条); sendings (提供有关情况, "
            "报告), a catch-all (有关单位), ships and persons (船长, 操作人员, 看火人员, 指挥员) name none",
            "dates: 1994年12月29日 (issue), amended 2010年12月20日, in force 1995年2月1日; no item is dated; no phases; no duties "
            "(the parties' reports are filings on their own cargo or a call to everyone)",
            "figures: none in any item (第十一条 and 第十八条 print none; 《上海市化学危险品作业证》 is a name)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x317_04_shi-zhengfu-1984-lutian-cangku-xiaofang-anquan-guanli-guiding.txt"
P04 = "上海市露天仓库消防安全管理规定"
LC = "露天仓库"
GJ4 = "各级公安机关消防机构"
TG = ("a quantity joined to a comparison word (不低于, 不小于, 不大于, 不得大于, 不得超过, 不应少于, 至少, 超过, 以上) is a target wherever "
      "it stands, a floor or a ceiling of a standard included (CONVENTIONS.md Targets, round 30's line)")
NORM = ("a figure with no comparison word that names a norm or a length of time is not a target (round 30's line; Round 81's "
        "x310_03 第十一条 decided: a duration a rule fixes)")
UNHEADED = "「第N条  text」 on one line, no heading bracket: the path is the label, the first words those after it"

plan(X04,
     title=P04,
     title_note="the rules' title line (line 1, printed twice: lines 1 and 3)",
     doc_no="none printed (the bracket: 「1984年7月19日上海市人民政府发布，根据2010年12月20日上海市人民政府令第52号公布的《…决定》修正并重新发布」)",
     issuer="上海市人民政府",
     date="1984-07-19",
     date_note="issued 1984年7月19日, amended 2010年12月20日, in force 1984年10月1日 (第三十五条)",
     level="the Shanghai city government's rules (政府规章) on open-air storage yards of combustible goods: siting, stacks and "
           "their spacing, storing and loading, electricity, fire water and extinguishers, the yard's fire officer and brigade, "
           "rewards and penalties",
     source=src(P04 + ".md", "https://www.shanghai.gov.cn/xxzfgzwj/20210608/0e86d6e595464b34a127a8757ef4efad.html", 3774),
     style="the title (twice), a bracketed history line; eight chapters 「第一章  总则」 (two spaces); 36 articles 「第N条  text」 "
           "on one line each (two spaces after the label), no heading brackets; one item list （一）–（三） (第二十八条); figures in "
           "Chinese numerals (二米, 三十米, 一点五倍) beside a few in digits (1公斤／平方厘米, 5升／秒)",
     leaf_tasks=32, count_alternatives=[30, 31, 33],
     leaf_tasks_by_section={**{f"第{n}条": 1 for n in ["三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
                                                     "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二",
                                                     "二十三", "二十四", "二十五", "二十六", "二十七", "二十九", "三十", "三十一",
                                                     "三十二"]}, "第二十八条": 3},
     childless_top_level_sections=[],
     samples=[
        S(["第四条"], [], [GJ4], lead_alternatives=[[GJ4]],
          responsible_alternatives=[["建设、设计和负责管理露天仓库的单位", GJ4], ["公安机关消防机构"]], **art(X04, ["第四条"]),
          note="「第四条  本规定由建设、设计和负责管理露天仓库的单位贯彻实施，各级公安机关消防机构负责检查监督。」 — 负责 (rule 2) names the fire bodies; "
               + OF_RULE + " → 单位, a bare head with no kind, a call (Round 81's x310_03 第十条; Round 83's x311_02 第十五条), "
               "so the implementers add no unit (the printed phrase accepted); the article gives work (implementation and its "
               "supervision), unlike 「本办法由A负责解释」 (round 30) — RULING? 9; " + ONE_LEAD + "; " + UNHEADED + "; "
               + RULES_NODATE),
        S(["第七条"], [], [], [(6, "米"), (2, "个")], **art(X04, ["第七条"]),
          note="「第七条  在露天仓库四周内，应留有宽度不小于六米的平坦空地，作为消防车道。在消防车道上，禁止堆放障碍物。贮量大的露天仓库，应设两个以上的大门。」 — " + TG
               + " → 6 米 (不小于), 2 个 (两个以上: the gates the yard must have, a floor, no class the work picks); " + NOPARTY
               + " — " + NONE + "; " + RULES_NODATE),
        S(["第十条"], [], [], [(72, "平方米"), (8, "米"), (4, "米"), (1000, "吨"), (2, "万吨")], **art(X04, ["第十条"]),
          note="「第十条  露天仓库堆场应分堆垛和分组设置。每个堆垛的面积为：棉花、毛麻不得大于七十二平方米；…堆垛高度均不得超过八米。堆垛与堆垛之间，棉花、毛麻至少应留有四米宽度，… "
               "每个组的总贮量为：棉花、毛麻不得超过一千吨；…稻草、芦苇等不得超过二万吨。…」 and a second paragraph for stations' and wharves' yards — " + TG
               + " → 72 平方米, 8 米, 4 米, 1000 吨, 2 万吨 checked (also 300, 150, 120 平方米, 3, 2, 10 米, 1 万立方米 unchecked; 第八条's 「至少应保持三十米」 30 米 alike, unchecked); "
               "an article without items is one task, its paragraphs its text (round 34); " + NOPARTY + " — " + NONE + "; "
               + RULES_NODATE),
        S(["第十二条"], [], [], [(38, "度"), (12, "%")], **art(X04, ["第十二条"]),
          note="「第十二条  棉花、稻草、麻等会自燃的货物堆垛，应保持良好通风，并应经常测量堆垛内的温湿度。发现温度超过三十八度或籽棉水分超过百分之十二时，应及时采取措施，防止自燃起火。」 — "
               "a quantity joined to 超过 that triggers a step of the work is a target (round 30's line: 「变化率超5%的应说明原因」), "
               "no hazard in a list of faults to find (round 31's exception) nor a figure in a noun naming a class (round 58) → "
               "38 度, 12 % (百分之十二) — RULING? 10; " + NOPARTY + " — " + NONE + "; " + RULES_NODATE),
        S(["第十六条"], [], [], [(1.5, "倍")], **art(X04, ["第十六条"]),
          note="「第十六条  在露天仓库堆场内一般应使用地下电缆，如使用地下电缆有困难需要设置架空电力线的，应经供电部门同意后，方准设置，但架空电力线与堆垛最近水平距离不应小于电杆"
               "高度的一点五倍。」 — " + TG + " → 1.5 倍 (不应小于); 「经A同意」 names none (rule 3) — " + NONE + "; " + RULES_NODATE),
        S(["第十八条"], [], [], [(1, "米")], not_targets=[(1.5, "米")], **art(X04, ["第十八条"]),
          note="「第十八条  堆场内使用的电灯灯头与堆垛之间至少应保持一米的距离；安装的防雨开关箱、接线盒，应距离堆垛外缘一点五米。堆场内严禁使用碘钨灯。」 — " + TG
               + " → 1 米 (至少); 「应距离…一点五米」 has no comparison word: " + NORM + " → 1.5 米 not_target; " + NOPARTY + " — "
               + NONE + "; " + RULES_NODATE),
        S(["第二十三条"], [], [], [(1, "公斤／平方厘米"), (13, "米"), (5, "升／秒")], not_targets=[(2, "支")],
          **art(X04, ["第二十三条"]),
          note="「第二十三条  采用低压给水系统，管道内的压力在消防用水量达到最大时，不低于1公斤／平方厘米；采用高压给水系统，管道内的压力应保证二支水枪同时布置在…最高处时，水枪"
               "充实水柱不小于十三米。每支水枪的流量不应小于5升／秒。」 — " + TG + " → 1 公斤／平方厘米, 13 米, 5 升／秒 (units as printed); "
               "「二支水枪」 names the test's set-up, no comparison word: " + NORM + " → 2 支 not_target; " + NOPARTY + " — "
               + NONE + "; " + RULES_NODATE),
        S(["第二十五条"], [], [], [(48, "小时"), (150, "米")], not_targets=[(6, "小时"), (1000, "立方米")],
          **art(X04, ["第二十五条"]),
          note="「第二十五条  用消防水池作为消防水源的，消防水池的容量应…满足六小时火灾延续时间的全部消防用水量。消防水池的补水时间不应超过四十八小时，保护半径不应大于一百五十米。"
               "超过一千立方米的消防水池应分设成二个。」 — " + TG + " → 48 小时, 150 米; 六小时 has no comparison word (" + NORM
               + ") → not_target; 「超过一千立方米的消防水池」 is a figure inside a noun naming the class the work picks (round 58; Round "
               "83's x311_01 第十条, turned; x316_02 （二十） 57座以上) → 1000 立方米 not_target; 「分设成二个」 unchecked; " + NOPARTY
               + " — " + NONE + "; " + RULES_NODATE),
        S(["第二十八条", "（二）"], [], [], **art(X04, ["第二十八条", "（二）"]),
          note="「（二）领导专职、义务消防队（员），加强管理教育和业务训练，组织职工扑灭火灾；定期组织防火安全检查，…负责组织消防器材设备的配置、维修和管理工作；」 under 「露天仓库必须有"
               "一名行政领导担任防火负责人，其职责是：」 — a post the regulated body must fill, carrying that body's fire work: its duty "
               "lines are tasks naming no unit, a person never a unit and no post rewritten into its body (Round 81's x305_04 "
               "第七条, decided; Round 77's x301_01 二/（二）, decided; " + PERSON + ") — " + NONE + "; " + RULES_NODATE),
        S(["第二十九条"], [], ["上级主管部门", "货主单位"],
          responsible_alternatives=[["露天仓库的上级主管部门及货主单位"]], **art(X04, ["第二十九条"]),
          note="「第二十九条  露天仓库的上级主管部门及货主单位必须配备专人，负责经常检查、监督仓库的消防安全工作。」 — the subject of 配备 in an article ("
               + ARTICLE + "); " + OF_RULE + " → 上级主管部门, and 及 joins a second name 货主单位 (round 34's 和); 负责 after "
               "专人 is the persons' (" + PERSON + "); lead [] (no 牵头); " + RULES_NODATE),
        S(["第三十一条"], [], [LC], lead_alternatives=[[LC]], responsible_alternatives=[[]], not_targets=[(70, "%")],
          **art(X04, ["第三十一条"]),
          note="「第三十一条  露天仓库应按仓库职工总人数的百分之七十组建群众义务消防队，每个班组都有义务消防员。义务消防队应积极开展消防业务技术训练活动，…」 — the yard as "
               "the body that runs it, subject of 组建 in an article (" + ARTICLE + "; a party named by what it runs, as 第二十八、"
               "三十、三十二条 write it — RULING? 11, none accepted); the brigade the article sets up is none (rule 3; Round 81's "
               "x308_02); 「按…百分之七十组建」 is a ratio the staffing follows, no comparison word: a norm (round 30's 「按500户配1名」; "
               "Round 81's x308_05) → 70 % not_target; " + ONE_LEAD + "; " + RULES_NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): 第一条 (purpose), 第二条 (scope), 第三十五条 (force), 第三十六条 (a conflict rule) general "
            "provisions (round 30; Round 78's (c)); 第三十三条 (rewards by the police, superiors or the unit: a consequence "
            "mirroring liability, round 52's x248_04 第十二条) and 第三十四条 (liability of persons, rounds 48, 49) no tasks; "
            "第二十八条 （一）–（三） 3 (a post's duty lines); every other article 1 (第三、五–二十七条: requirements with no body, "
            + NOPARTY + "; 第四、二十九–三十二条: bodies by 负责 or as article subjects) → **32**. Accepted: 31 (第九条 or 第二十一条, "
            "「…应按《建筑设计防火规范》的有关规定执行」, read as a reference to the standard, text: Round 83's x315_02 第八条), 30 "
            "(both, or 第二十八条 one task), 33 (第三十三条 counted).",
            "units: no labels; 负责 (第四条), article subjects of verbs of doing (配备, 指派, 组建: 上级主管部门, 货主单位, 露天仓库); "
            "approvals (经供电部门同意, 经防火负责人同意), persons (防火负责人, 专业电工, 车务人员, 专人) and the brigade set up name none",
            "dates: 1984年7月19日 (issue), amended 2010年12月20日, in force 1984年10月1日; no item is dated (二十四小时 a period and a "
            "limit from an event, 第十一条); no phases; no duties",
            "figures: the standards' floors and ceilings are targets (round 30's line); figures with no comparison word (一点五米, "
            "六小时, 二支, 二十四小时) and the class 「超过一千立方米的消防水池」 are not"])

write_collected(DIR)
