# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next319/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 62 (built by helper c319): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``); every answer
was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 77 rulings, written early" to
its end in full — Rounds 78–82 and "Round 83 rulings, written early" included —, older rulings where a grep for a form
led) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next319/make_expected.py tests/data/plans-next319
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit below), typed from the "
          "answer; only the repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank "
          "lines around them, the `# ` marker before the notice title)")


def src(path, url, chars):
    return (f"{REPO} @ {C2B}, docs/房屋与住房/{path} ({url}) — {STORED}; the typed file with the wrapper put back had "
            f"{chars} characters, read_file's total_chars {chars}")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, A配合 with a subject of its own, designations): "
        "lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("outside 第X条 articles rule 2's list is closed (rounds 30, 44; Round 77's x302_03 二、, x302_04 五、（一）; Round 83's "
          "x313_02 五、: 进行, 指导, 保障, 评估, 责令 name none, 应／要 before them changing nothing)")
ARTICLE = ("in 第X条 articles a body standing as the subject of the article's verb of doing is a doer whatever the verb "
           "(round 44, decided; rounds 62 p52c, 66, 68; Round 81's x307_02 第六条（一）2); options (可／可以, round 49 p46b), "
           "reviews and decisions on a party's submission (Round 77's x299_01 第十四条, x302_05 第十一条; Round 81's x309_01 "
           "第十八条, x309_02 第十八条), sendings and steps of one's own approval (Round 77's x299_01 第十条, x304_02 第十一条) "
           "and applications (round 30's 「由A提出申请」; Round 81's x307_03 二、（一）) name none")
SENDING = ("a sending names no doer, in articles too (Round 75's p57a-2; Round 77's x299_01 第十条, x302_04 三、（三））, and is an "
           "undated duty of the body the rules task (Round 74's Duties)")
RULES_NODATE = ("standing rules: no item writes a date for its work (the dates are the notice's and the rules' entry into force "
                "and expiry) → " + NODATE)
ETC = ("「A、B…等X部门」 gives the named bodies, the category tail after 等 no unit (plans-dev EXPECTED.md; Round 74's x294_02; "
       "plans-next307's x307_01 第二条（三）; plans-next313's ETC)")
HUITONG = ("「A会同B＋verb」 gives lead A and responsible A, B (rule 2; rounds 34, 45; Round 77's x302_04 三、（一）（二）), a 会同 "
           "clause read by its verb (round 61; Round 77's x304_04 第十五条（二））")
YOU_A_YU_B = ("「由A与B（共同）签订」 names A and B (round 30; Round 81's x309_01 第五条; Round 83's x313_01 第十三条, turned)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x319_01_chongming-2025-zhengshou-jiti-tudi-fangwu-buchang-anzhi-mianji-rending-banfa.txt"
N01 = "上海市崇明区人民政府关于印发本区征收集体土地房屋补偿安置面积认定办法（试行）的通知"
P01 = "崇明区征收集体土地房屋补偿安置面积认定办法（试行）"
ZX = "专项工作组"
XZ = "乡镇专项工作组"


def a01(label, *items):
    return art(X01, [label, *items])


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪崇府规〔2025〕2号 (not printed in the text; the index's number)",
     issuer="上海市崇明区人民政府 (the index: 上海市崇明区人民政府办公室)",
     date="2025-11-17",
     date_note="signed 2025年11月17日; in force 2025年12月18日 for 2 years (第十条)",
     level="a district government (Chongming, Shanghai), trial rules on recognising the resettlement floor area when "
           "collective land and its houses are requisitioned: who recognises (the township governments and their working "
           "groups), the reference day, households, area by persons and by certificates, the procedure (papers, first "
           "review by the village committee, review and decision by the group, publication)",
     source=src(N01 + ".md", "official page https://www.shanghai.gov.cn/zhengce/detail/0085::test_0529446c-8451-4d2c-962b-614508bd3da4", 2214),
     style="a notice (addressees, one sentence issuing the rules, 「特此通知。」, the date); the rules' title; ten articles "
           "「第N条（heading）」 each on its own line over paragraphs; 第六条 holds （一）–（三） headings over paragraphs, "
           "（一） with 1.–3. and unnumbered paragraphs after 3.; 第七条 holds （一）–（四） headings over one paragraph each; "
           "blank lines between all paragraphs",
     leaf_tasks=5, count_alternatives=[4, 6, 7, 12],
     leaf_tasks_by_section={"第三条": 1, "第六条": 1, "第七条": 3},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（认定主体）"], [], ["乡镇人民政府"], lead_alternatives=[["乡镇人民政府"]],
          note="「乡镇人民政府负责征地房屋补偿安置面积的认定工作，成立征地房屋补偿安置面积认定专项工作组。」 — 「A负责…」 (rule 2); the group the article "
               "sets up is no unit there (rule 3; round 73) → [乡镇人民政府], " + ONE_LEAD + "; " + RULES_NODATE,
          **a01("第三条（认定主体）")),
        S(["第六条（安置面积认定）", "（三）"], [], ["乡镇人民政府"], lead_alternatives=[["乡镇人民政府"]],
          responsible_alternatives=[[]],
          note="「（三）认定标准 人口面积小于见证面积的，以见证面积为安置面积；人口面积大于见证面积的，以人口面积为安置面积。如遇其他特殊情形及超占标准建房等，由乡镇人民政府召集相关职能部门联合会商处置。」 — "
               "the first sentence is the scheme's term (which area counts, Round 75's p57f-1: who gets what, no act), and "
               "the item's only work is the response to its 「如遇…」 case: an item whose whole work is the response to a "
               "case takes the agent of 由 (round 30's clarification; Round 78's p58c-2; Round 80's p59c-2), rule 3's case "
               "holding only where the item's work is something else; 召集 is 由A's verb of doing (rule 2; " + ARTICLE + "), "
               "the bodies called its objects (round 30's pivot) → [乡镇人民政府], " + ONE_LEAD + "; none accepted (the item "
               "read as terms with a contingency, RULING? 1); " + RULES_NODATE,
          **a01("第六条（安置面积认定）", "（三）")),
        S(["第七条（认定程序）", "（二）"], [], [XZ], lead_alternatives=[[XZ]], responsible_alternatives=[[], ["村委", XZ]],
          note="Round 85 (turned): Round 81's x309_04 第三十条 governs over Round 79's contingency as the builder read it — the "
               "village committee's check of a party's papers is a review and its sending up, none (Round 77's x302_05 第六条), but "
               "「需要…的」 after the item's own check is a branch of that check, not rule 3's 「确需…的」 (Round 81 turned x305_01 "
               "第十二条's branch), and 组织＋review names its subject, as Round 81 read 「需要进行复检的，应当组织…复检」: 「…需要进一步"
               "核实／复检的，A组织…」 after the item's own check names A. None → [乡镇专项工作组] (" + ONE_LEAD + "); none and "
               "[村委, 乡镇专项工作组] stay accepted ([村委] alone is withdrawn with the reading). The builder's reading was: "
               "「（二）初审复核 村委对相关资料进行初审复核并提出初审意见，由村委相关负责人签字确认，并报乡镇专项工作组审核。相关资料需要进一步核实的，乡镇专项工作组组织进行复核查证。」 — "
               "the village committee's first check is a review of what the party files (第七条（一）), which names none, in "
               "articles too (Round 77's x302_05 第六条; x304_04 第十五条（二））; the 负责人 signing is a person (rule 3: "
               "负责人 never a unit); 报…审核 is a sending (" + SENDING + "); 「需要进一步核实的」 is rule 3's 「确需…的」 case "
               "(Round 79; Round 83's x315_01 第六条, turned) beside the item's other work, so its 组织 adds no unit "
               "(Round 78) — " + NONE + "; [村委] (round 44's subject read in articles) and + 乡镇专项工作组 (组织＋复核, Round "
               "81's x309_02 第十二条 governs) accepted (RULING? 2); " + RULES_NODATE,
          **a01("第七条（认定程序）", "（二）")),
        S(["第七条（认定程序）", "（三）"], [], [], responsible_alternatives=[[XZ, ZX], [ZX], [XZ]],
          note="「（三）审核认定 乡镇专项工作组进行资料审核后，由专项工作组集体讨论，形成人口和面积认定意见，并对安置面积进行核定，加盖乡镇人民政府公章确认。」 — "
               "the review of a party's papers, the decision on them and the decision's own steps (形成意见, 核定, 盖章) name "
               "none, in articles too (Round 77's x302_05 第十一条; Round 81's x309_01 第十八条; Round 81's x309_02 第十八条 "
               "turned 「由A核发／确认」 of a decision to none) — " + NONE + "; the group under both printed names (round 43: "
               "no name rewritten; Round 82's p60c-3) and either alone accepted (RULING? 3: 由A＋集体讨论 as rule 2's 由A); "
               + RULES_NODATE,
          **a01("第七条（认定程序）", "（三）")),
        S(["第七条（认定程序）", "（四）"], [], [], responsible_alternatives=[[ZX]], targets=[(7, "日")],
          note="「（四）结果公示 在征收范围内公示人口和面积认定结果，时间不少于7日，对人口和面积认定结果有异议的，由专项工作组进行复核，并将复核结果再次公示，复核结果在征收范围内公示时间不少于7日。」 — "
               "publication with no subject is the rules' own act, work naming no body (round 65's x274_01; Round 77's "
               "x302_04 五、（三））; the review of a party's objection and its publication name none, in articles too (Round "
               "81's x309_01 第十八条; Round 77's x302_05 第十一条) — " + NONE + "; [专项工作组] accepted (the agent of 由 read "
               "as rule 2's, RULING? 3); 「不少于7日」 a floor joined to 不少于, a target (round 30's line; Round 81 kept "
               "「不少于10个工作日」) → 7 日 (printed twice, one check); " + RULES_NODATE,
          **a01("第七条（认定程序）", "（四）")),
     ],
     plan_targets=[(60, "平方米"), (80, "平方米"), (120, "平方米"), (180, "平方米"), (40, "平方米")],
     phases=[],
     duties=[{"what": "村委提出初审意见，由村委相关负责人签字确认，并报乡镇专项工作组审核", "when": None, "when_norm": None,
              "note": "第七条（二）: the village committee sends its first opinion up to the group — a sending (" + SENDING
                      + "); the party's own papers in （一） are an application, no duty (round 42)."}],
     notes=["counting (leaf tasks; the notice 「…现印发给你们」 is one plan with the rules it issues, round 30's two documents): "
            "第一条 (purpose), 第二条 (scope), 第八条 (参照执行), 第九条 (interpretation) and 第十条 (entry into force, validity) are "
            "general provisions (round 30; Round 78's (c)); 第四条 (the reference day) and 第五条 (households) are the "
            "scheme's terms, no act of a body (Round 75's p57f-1); 第六条（一） 1.–3. and its paragraphs and （二） are the "
            "scheme's terms (who gets what area; 可 an option), their figures plan targets (round 62's w52b; Round 75); "
            "第七条（一） is the applicant's papers (Round 83's x314_09, x315_04: an applicant's conditions). Tasks: 第三条 1, "
            "第六条（三） 1, 第七条（二）–（四） 3 → **5**. Accepted: 4 (第六条（三） read as terms), 6 (第七条（一） counted), 7 "
            "(第四、五条 counted), 12 (every article and item from 第三条 to 第七条 counted by the every-leaf reading).",
            "units: no labels; rule 2 in articles (round 44); the working group 第三条 sets up (乡镇专项工作组, printed later "
            "as 专项工作组) acts only in reviews and decisions on the parties' papers (none by Round 77's review rule).",
            "dates: none for any item; figures: 60／80／120／180 平方米 ceilings (不超过) and 40 平方米 (the area added per "
            "child) are the scheme's terms, plan targets; 7 日 (不少于) 第七条（四）'s target; 2 年 the validity (Round 81's "
            "x310_03, decided) and 第2名, 1人／2人, 92年 names of classes or a year, unchecked."])

# ---------------------------------------------------------------------------------------------------------
X02 = "x319_02_lingang-guanweihui-2024-baozhangxing-zulin-zhufang-shuju-shouji-guanli-banfa.txt"
N02 = "关于印发《中国（上海）自由贸易试验区临港新片区保障性租赁住房数据收集管理办法》的通知"
P02 = "中国（上海）自由贸易试验区临港新片区保障性租赁住房数据收集管理办法"
GW = "管委会相关部门和单位"
JJC = "临港新片区管委会建设和交通管理处"
SJC = "临港新片区管委会数据处"
ZBZX = "临港新片区住房保障事务中心"
DSJ = "上海市临港新片区大数据中心"
YY = "临港新片区各类保租房运营单位"
GWH = "临港新片区管委会"
PTS2 = "headed points 一、–七、, not 第X条 articles: " + CLOSED
LG_NODATE = ("standing rules: no item writes a date (2024年5月10日 the notice's, 2029年3月4日 the validity's end; 每日 a "
             "rhythm, round 34) → " + NODATE)

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 15) or the notice's title (lines 1 and 3, printed twice): either (round "
                "45's pair)",
     doc_no="沪自贸临管委〔2024〕43号 (printed on line 5)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2024-05-10",
     date_note="signed 2024年5月10日; in force on issue, valid to 2029年3月4日 (七、)",
     level="the Lingang new-area administration (a Shanghai body at district level), rules on collecting the data of "
           "government-subsidised rental housing: the bodies and their parts, the data's scope, the supply requirements, "
           "data security, use, supervision",
     source=src(N02 + ".md", "official page https://www.shanghai.gov.cn/zhengce/detail/0058::d3e548aa96514a58969b0971ccd24c3a", 2565),
     style="the notice's title printed twice, its number, addressees, one paragraph issuing the rules, issuer, date; the "
           "rules' title and a preamble; seven headings 一、–七、 on their own lines over paragraphs; 三、 holds 1、 2、 and an "
           "unnumbered paragraph after them, 四、 1、–3、 under a lead-in, 六、 a list of cases 1、–4、 under a lead-in and a "
           "closing paragraph; an attachment named but not printed; blank lines between all paragraphs",
     leaf_tasks=7, count_alternatives=[6, 8, 10],
     leaf_tasks_by_section={"一": 1, "三": 2, "四": 3, "六": 1},
     childless_top_level_sections=["二", "五", "七"],
     samples=[
        S(["一"], [], [GW, JJC, SJC, ZBZX, DSJ, YY, "开发单位"],
          responsible_alternatives=[[GW, "建交处", "数据处", "住保中心", "大数据中心", "数据供应单位"],
                                    [JJC, SJC, ZBZX, DSJ, YY, "开发单位"],
                                    [GW, JJC, SJC, ZBZX, DSJ, "数据供应单位"]],
          note="「一、责任主体」, a childless point of six paragraphs each giving a body its part: 「…统一领导下，管委会相关部门和单位协同落实有关工作。」 "
               "「…建交处…承担领导小组办公室日常工作，统筹协调…」 「…数据处…负责统筹协调…」 「…住保中心…是保租房的管理部门，负责…」 「…大数据中心…负责提供…」 "
               "「临港新片区各类保租房运营单位、开发单位和相关单位（以下统称“数据供应单位”）负责如实、及时、规范提供相关数据。临港新片区管委会各相关部门和单位协同推进有关工作。」 — "
               "a section of paragraphs each opening with a body's part is one task with every body in printed order (Round "
               "82's p60c-1; round 32), and a childless point that gives work is a task (round 36); 落实 and 负责 are rule "
               "2's, 「A是…的管理部门，负责」 designates (Round 75's p57a-1), 承担＋work designates a standing body (Round 77's "
               "x303_03); 「管委会相关部门和单位」 is one name as printed (Round 80's p59c-1), the leading group 在…统一领导下 a "
               "guide (rule 3); 协同推进 with no partner is an adverb and 推进 outside rule 2 (round 39; Round 80's p59a-2), "
               "so the closing 各相关部门和单位 adds nothing; full names printed before 「（以下简称…）」 written (Round 73; "
               "rounds 43, 48), the short names accepted; at the defining bracket the names before it are given, the bare "
               "相关单位 a call (Round 83's x311_02 第十五条; round 37), 「临港新片区各类保租房」 kept on the first name only "
               "(plans-next316's x316_01 一) — the defined name 数据供应单位 accepted; lead [] (no 牵头; 统筹协调 is none); "
               + LG_NODATE),
        S(["三", "1"], [], [], lead_alternatives=[["数据供应单位"]],
          responsible_alternatives=[["数据供应单位"], ["对应数据供应单位"]],
          note="Round 85 (turned): rule 2's closed list in headed points and Round 83's x315_01 第十一条 over rule 4 read for "
               "确保 — a lead-in gives its body to its lines only by a rule-2 clause or a duty word 职责／责任／义务 (rule 4; Round 81's "
               "x305_04 第四条), and 确保…要求 is neither in headed points (rounds 30, 44; Round 77's x299_01 第六条's 「满足以下要求」 "
               "named none); the line's own transmission of records to the platform is a sending, none (Round 81's x310_03 第十四条), "
               "and its rhythm makes it a duty (Round 83's x315_01 第十一条). [数据供应单位] → none (accepted already), + a daily duty "
               "(the plan's duties); [数据供应单位] (and the 由 clause's 对应数据供应单位) stays accepted. The builder's reading was: "
               "「为实现数据的如实、及时、规范等目标，数据供应单位应确保数据达到以下要求：」 over 「1、数据（含房源全景数据）每日实时动态更新，由对应数据供应单位通过专线、公网通道或标准数据接口方式实时传输接入。对于暂时不具备接口对接传输条件的数据供应单位，初期可以…离线传输至大数据中心数据库，每日动态更新。」 — "
               "a line naming acts is a task (Round 77's x299_01 第六条); its own 由 clause is a sending of records to the "
               "platform that gathers them, which names none (Round 81's x310_03 第十四条; Round 83's x315_01 第十一条, turned), "
               "可 an option (round 49 p46b); the lead-in binds the named party to the acts its lines list, so rule 4 gives "
               "it to the line that names none of its own (Round 83's x311_03 第十一、十二条; Round 81's x305_04 第四条) → "
               "[数据供应单位], " + ONE_LEAD + "; none (the line read as the data's standard, Round 83's x315_02 第八条) "
               "and the 由 clause's name accepted (RULING? 4); 每日 a rhythm, no date; " + LG_NODATE),
        S(["四", "1"], [], [], responsible_alternatives=[["相关单位"]],
          note="「相关单位安全管理职责如下：」 over 「1、按照“谁持有、谁负责，谁使用、谁负责”的原则，做好本机构数据资源的安全保密工作。」 — a line with no "
               "subject under a lead-in whose body is the bare 相关单位, a call with no kind (rounds 33, 37; Round 77's "
               "x304_01), so rule 4 has no body to give; 做好 is outside the closed list (" + PTS2 + "); the 负责 inside the "
               "principle's quotation is a slogan's, no clause of the item (round 30) — " + NONE + "; [相关单位] accepted "
               "(RULING? 5); " + LG_NODATE),
        S(["四", "2"], [], ["大数据中心"], lead_alternatives=[["大数据中心"]],
          responsible_alternatives=[[], [DSJ]],
          note="「2、大数据中心对归集的数据进行统一管理并保障数据安全，指导相关单位加强在数据收集、治理、共享等过程中的身份鉴别、授权管理和数据安全保障等。」 under "
               "「相关单位安全管理职责如下：」 — a lead-in with a duty word places duties, so a body its line gives work is a "
               "unit whatever its verb (round 53's x242_02; Round 77's x304_03 五、（二）; Round 74's x294_01: a duty word), "
               "and 「A指导B」 under such a heading gives B too only where B names a kind (Round 82's p60c-4) — 相关单位 is "
               "a call; the defined short name is kept as printed (Round 81's x310_04; rounds 43, 48) → [大数据中心], "
               + ONE_LEAD + "; none (进行, 保障, 指导 read by the closed list alone, " + PTS2 + ") and the full name "
               "accepted (RULING? 5); " + LG_NODATE),
        S(["四", "3"], [], [], responsible_alternatives=[["被赋能使用数据的单位"], ["单位"]],
          note="「3、被赋能使用数据的单位应当在其履行法定职责的范围内依照…条件和程序进行数据存储、加工处理等，并根据公共数据分类分级要求对敏感数据进行脱敏处理。」 — "
               "a 的-phrase whose head is the bare 单位 picks bodies by what they do and names no kind: a call (Round 81's "
               "x310_03 第十条; Round 83's x311_02 第十五条's last head); 进行 is outside the closed list (" + PTS2 + ") — "
               + NONE + "; the phrase and its head accepted; " + LG_NODATE),
        S(["六"], [], [], responsible_alternatives=[[GWH]],
          note="「六、监督检查 临港新片区管委会对保租房基础数据资源目录编制、数据汇聚更新维护、共享使用情况等方面进行评估，存在问题的数据资源，责令数据供应单位整改。数据供应单位有下列情形之一的，临港新片区管委会责令其限期改正：1、…4、… 保租房数据采集及使用过程中…违反…规定，…依法追究…法律责任。」 — "
               "a list of cases is the text of the item that announces it, one task with its lead-in, its lines no items "
               "(Round 78's (b); Round 81's x305_04 第十三、十四条); 进行评估 and 责令 are outside the closed list in headed "
               "points (" + PTS2 + "; plans-next316's x316_01 九: the body acting after a breach is read by round 44 in "
               "articles only), 监督检查 no duty heading (round 35's list: 职责分工／部门职责／管理职责), and 追究 names no "
               "body — " + NONE + "; [临港新片区管委会] accepted (RULING? 6); the figures in the cases none; " + LG_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "数据（含房源全景数据）每日实时动态更新，由对应数据供应单位通过专线、公网通道或标准数据接口方式实时传输接入", "when": "每日",
              "when_norm": "daily",
              "note": "Round 85 (turned): 三/1's transmission of the data to the 大数据中心 platform is a sending of records, and its "
                      "rhythm 每日 makes it a duty (Round 83's x315_01 第十一条: 「with its rhythm a duty」); read by what is sent and "
                      "when (Round 83's x314_02)."}],
     notes=["counting (leaf tasks; the notice 「…现印发给你们」 is one plan with the rules, round 30's two documents): 二、 (the "
            "data's scope, Round 78's (a)), 五、 (a rule by reference and a ban to 「任何单位或人员」, Round 80) and 七、 (entry into "
            "force, validity) are no tasks; the preamble none. 一、 1 (a section of bodies' parts, Round 82's p60c-1); 三、: "
            "1、 1, 2、 no task (a state the data keeps and an option 「可进行」, Round 81's x308_04 二/(三)), the unnumbered "
            "paragraph after the items 「出现数据异常的，由住保中心责令…整改…」 its own task (Round 77's x299_02 第十三条; a case "
            "whose response is the paragraph's whole work, Round 78's p58c-2) → 2; 四、 1、–3、 3; 六、 1 (its lines a list of "
            "cases) → **7**. Accepted: 6 (三、's closing paragraph read as 1、's text), 8 (三、2、 counted), 10 (六、's four "
            "lines counted as items). No sample on 三、's closing paragraph (it prints no number for a path).",
            "units: no labels; 一、 a 职责 section of paragraphs (every body once in printed order, full names before 「以下简称」, "
            "short names accepted); 四、's lead-in 「相关单位安全管理职责如下：」 a duty word over its lines; rule 2's closed list "
            "elsewhere.",
            "dates: none; no figures checked (每日 a rhythm; the validity's end 2029年3月4日 no deadline).",
            "duties: the builder wrote none (三、1、's transmission read as the item's own continuing work to a platform; RULING? "
            "4); Round 85 (turned): the transmission is a sending of records and its rhythm makes it a duty — one daily duty."])

# ---------------------------------------------------------------------------------------------------------
X03 = "x319_03_zhangmiao-jiedao-2024-zhuzhai-xiaoqu-wuye-gongzuo-kaohe-banfa.txt"
T03 = "张庙街道住宅小区物业工作考核办法"
ZM_NODATE = ("standing rules: no item writes a date (2024年3月1日 entry into force, 2024年3月8日 the signing; 每半年, 当年, 次年 "
             "rhythms and classes) → " + NODATE)

plan(X03,
     title=T03,
     title_note="the title line as printed (line 1)",
     doc_no="宝张街〔2024〕3号 (not printed in the text; the index's number)",
     issuer="上海市宝山区人民政府张庙街道办事处 (printed at the end)",
     date="2024-03-08",
     date_note="signed 2024年3月8日; in force 2024年3月1日 (九、)",
     level="a street office (Zhangmiao, Baoshan district, Shanghai), rules on assessing the property-service firms of its "
           "residential estates: the aims, the assessment group, principles, the half-year cycle, the firms assessed, "
           "scoring, grades, use of the results",
     source=src(T03 + ".md", "official page https://www.shanghai.gov.cn/zhengce/detail/0078::37e64a06f5534285931e558e9534b748", 1619),
     style="the title, addressees, one preamble paragraph ending 「制订如下考核办法。」, nine headings 一、–九、 on their own lines "
           "each over one or more paragraphs (八、's paragraphs open 「A档：」「C档：」), an attachment named, the issuer and the "
           "date; blank lines between all paragraphs",
     leaf_tasks=2, count_alternatives=[3, 4, 7],
     leaf_tasks_by_section={"二": 1, "八": 1},
     childless_top_level_sections=["一", "三", "四", "五", "六", "七", "九"],
     samples=[
        S(["二"], [], ["街道相关职能部门", "各居民区", "街道建管中心"],
          responsible_alternatives=[["街道建管中心"], ["街道相关职能部门", "各居民区"]],
          note="「二、组织领导 成立考核工作组，统筹推进住宅小区物业工作考核。由街道相关职能部门和各居民区给予考核打分，汇总形成考核结果，并持续加强考核结果运用。考核工作小组日常工作由街道建管中心负责。」 — "
               "a point that sets up a group and gives work is a task (Round 77's x300_05 二; Round 83's x314_01 二、), the "
               "group set up no unit (rule 3; round 73); 「由A和B给予考核打分」 is 由A＋a verb of doing, 和 joining two names "
               "(rule 2; round 34), and 「…由街道建管中心负责」 rule 2's 由A负责; 相关 before a kind makes a kind (Round 77's "
               "x299_01 第二十条), 各居民区 a group named by its kind (round 30) → the three in printed order, lead [] (no "
               "牵头); the office alone (the scoring read as a review of the firms) and the scorers alone accepted; "
               + ZM_NODATE),
        S(["八"], [], ["街道"], lead_alternatives=[["街道"]], responsible_alternatives=[[]],
          note="「八、结果运用 A档：…给予一定资金奖励，次年优先参与…评定和推荐。C档：次年原则上不得参与…，…补贴、奖励给予一定下浮。考核结果将上报区房管局作为…依据。考核结果通过…平台向社会广泛公布，同时向…区房管局等行业主管部门进行通报。当年评定为C档的，督促企业…提交书面整改方案；连续两年评定为C档的，由街道约谈物业项目负责人；连续三年评定为C档的，建议居民区调整物业服务企业。」 — "
               "the grades' rewards are the scheme's terms (Round 75's p57f-1: 给予 with no act beside it), but the point "
               "also gives work — publication and steps after each grade with no subject (round 65's x274_01) and a step "
               "by 由街道约谈 — so it is a task (round 39); a step after a branch of the work's own result is the point's "
               "work, its doer a unit (round 42; Round 81's x305_01 第十二条, turned), no contingency (Round 79); 约谈 with 由A "
               "is rule 2's form; 上报 and 通报 are sendings (" + SENDING + ") and 区房管局 a receiver (rule 3); 督促 and 建议 "
               "have no subject → [街道], " + ONE_LEAD + "; none accepted; 「连续两年／三年」 classes of firms, unchecked; "
               + ZM_NODATE),
     ],
     plan_targets=[(10, "分")],
     phases=[],
     duties=[{"what": "考核结果将上报区房管局作为年度综合评价和售后公房考核补贴重要依据", "when": None, "when_norm": None,
              "note": "八、: the results are sent up to the district housing bureau — a sending, an undated duty (Round 74's "
                      "Duties); the rhythm of the half-year assessment is the work's, not the sending's (round 34). "
                      "The 通报 to 行业主管部门 in the next sentence goes with it."}],
     notes=["counting (leaf tasks; headed points, each childless): 一、 指导思想 an aims point that names no doer (Round 80's "
            "p59d-1), 三、 原则 (Round 83's x313_04: a principles point that makes no body a doer is a section), 四、 the "
            "cycle 「以每半年为周期，一年开展2次考核」 (the scheme's rhythm, no body and no act of the rules' bodies beyond "
            "the cycle; RULING? 7), 五、 the firms assessed (scope, Round 78's (a)), 六、 scoring and 七、 grades (the "
            "scheme's terms, Round 75's p57f-1) and 九、 (entry into force, interpretation: round 30) are no tasks. Tasks: "
            "二、 1, 八、 1 → **2**. Accepted: 3 (四、 counted), 4 (四、 and 六、), 7 (every childless point but the aims "
            "point and 九、, the every-leaf reading of plans-dev 08).",
            "units: no labels; rule 2 in headed points (closed list).",
            "dates: none; figures: 10 分 (加分项目总分不超过10分, a ceiling joined to 不超过) a plan target of 六、's terms; "
            "80 分, 20 分 (a split of the score, no comparison word), 20 %／10 % (grade bands, Round 75's p57f-2: 「86 分, "
            "60 分 stay grade bands」), 73个／24个／38个／11个 (the estates that exist, no aim) and 2 次 (the cycle) unchecked."])

# ---------------------------------------------------------------------------------------------------------
X04 = "x319_04_qingpu-2024-qushu-zhengshou-anzhi-zhufang-jianshe-yu-guanli-shishi-xize.txt"
N04 = "上海市青浦区住房保障和房屋管理局关于印发修订后的《青浦区区属征收安置住房建设与管理实施细则》的通知"
P04 = "青浦区区属征收安置住房建设与管理实施细则（修订）"
FG = ["区发改委", "区建管委", "区财政局", "区规划资源局"]
QP_NODATE = ("standing rules: no item writes a date for its work (2024年12月27日 the notice's, 2025年1月26日 entry into force, "
             "5 years; 18个月 a validity) → " + NODATE)


def a04(label, *items):
    return art(X04, [label, *items])


plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 9) or the notice's title (line 1): either (round 45's pair)",
     doc_no="青房管规〔2024〕2号 (not printed in the text; the index's number)",
     issuer="上海市青浦区住房保障和房屋管理局",
     date="2024-12-27",
     date_note="signed 2024年12月27日; in force 2025年1月26日 for 5 years (第十八条)",
     level="a district housing bureau (Qingpu, Shanghai), revised rules on building, supplying and using district "
           "resettlement housing for requisitions: the bodies' parts, plans, sites, agreed prices, project recognition, "
           "land, design, pre-sale recognition, supply plans, housing stock, supply slips, registration, warranty, shops; "
           "two attachments (rules on reviewing the agreed price; rules on the shops)",
     source=src(N04 + ".md", "official page https://www.shanghai.gov.cn/zhengce/detail/0083::00831370054", 7569),
     style="a notice (addressees, one sentence, the date); the rules' title; four chapters 「第N章 name」 and eighteen "
           "articles 「第N条 heading」 (a space, no brackets) each on its own line over paragraphs; 第十条 holds （一）–（四） "
           "and a paragraph after them; an 「附件：1.…」 line, then 附件1 (four chapters, ten articles) and 附件2 (six "
           "articles, 第四条 with （一）–（五））, each numbered from 第一条 again; blank lines between all paragraphs",
     leaf_tasks=19, count_alternatives=[15, 16, 18, 20, 29, 30],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第九条": 1,
                            "第十条": 5, "第十一条": 1, "第十二条": 1, "第十三条": 1, "第十四条": 1, "第十五条": 1,
                            "第十六条": 1, "第十七条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第三条 职责分工"], [],
          ["区政府办公室", "区发展改革委员会", "区建设和管理委员会", "区住房保障和房屋管理局", "区财政局", "区规划和自然资源管理局",
           "区房屋征收事务中心", "区征收中心", "区房管局", "其他相关委办局", "属地街镇", "区属企业"],
          responsible_alternatives=[["区府办", "区发改委", "区建管委", "区房管局", "区财政局", "区规划资源局", "区征收中心",
                                     "其他相关委办局", "属地街镇", "区属企业"],
                                    ["区政府办公室", "区发展改革委员会", "区建设和管理委员会", "区住房保障和房屋管理局", "区财政局",
                                     "区规划和自然资源管理局", "区房屋征收事务中心", "其他相关委办局", "属地街镇", "区属企业"],
                                    ["区政府办公室", "区发展改革委员会", "区建设和管理委员会", "区住房保障和房屋管理局", "区财政局",
                                     "区规划和自然资源管理局", "区房屋征收事务中心", "区征收中心", "区房管局"]],
          note="「区政府办公室（简称区府办）、区发展改革委员会（简称区发改委）、…区房屋征收事务中心（简称区征收中心）负责…综合协调；区征收中心负责…具体事务；区房管局负责…政策指导及各项行政审批；其他相关委办局、属地街镇和区属企业根据相应职能配合…」 — "
               "a 职责分工 article gives every body it gives work (round 35; Round 82's p60c-1), 负责 rule 2's and 配合 with a "
               "subject of its own a doer (round 46's p44g); full names printed before 「（简称…）」 written (Round 73; rounds "
               "43, 48), and a body printed two ways in one article listed as printed each time (Round 82's p60c-3, turned: "
               "区征收中心, 区房管局 printed again where they act), 区财政局's bracket naming itself; 其他相关委办局 a kind "
               "(相关 before a kind, Round 77's x299_01 第二十条), 和 joining names (round 34) → twelve in printed order, lead "
               "[] (no 牵头); the short names, the full names once, and the list without the 配合 bodies accepted; "
               + QP_NODATE,
          **a04("第三条 职责分工")),
        S(["第四条 责任主体"], [], ["属地街镇", "建设单位", "区征收中心", "区各委办局"],
          responsible_alternatives=[[], ["属地街镇", "建设单位", "区征收中心"]],
          note="「区属征收安置住房建设项目实施主体为属地街镇；建设主体为取得…开发权的建设单位；推进主体为区征收中心；配合部门为区各委办局。」 — 「A是／为…主体」 "
               "designates A wherever it stands (Round 75's p57a-1; Round 78's x95_02, turned; Round 81's x308_07 二, turned), "
               "the role first and the body after 为 the same designation; a 的-phrase gives the name after the last 的 "
               "(rounds 32, 38) → the four in printed order, lead []; none (round 30: 「领导机构为…」 a body the item "
               "defines) and the three without the 配合 bodies accepted (RULING? 8); " + QP_NODATE,
          **a04("第四条 责任主体")),
        S(["第五条 建设计划"], ["区征收中心"], ["区征收中心"] + FG + ["区房管局"],
          lead_alternatives=[[]], responsible_alternatives=[["区征收中心"], ["区征收中心", "属地街镇"]],
          note="「区属征收安置住房年度建设计划（或中长期计划）由区征收中心负责编制。属地街镇…将…项目上报区征收中心审核。区征收中心根据上报项目…形成年度建设计划（或中长期计划），会同区发改委、区建管委、区财政局、区规划资源局、区房管局等部门审核后，报区政府审定并实施。…」 — "
               "由A负责编制 (rule 2) and " + HUITONG + " — 审核 here is the drafter's joint check of its own plan before it "
               "goes up, no review of another's submission (Round 77's x302_04 三、（一）（二）: 「由A会同B拟定…，报…审查」); "
               "the 街镇's 上报 and 报区政府审定 are sendings (" + SENDING + "), the district government's 审定 a decision "
               "(none); " + ETC + " → lead [区征收中心], the six; lead [] and the centre alone accepted, + 属地街镇 (上报 "
               "read as work) accepted; " + QP_NODATE,
          **a04("第五条 建设计划")),
        S(["第六条 项目选址"], ["区规划资源局"], ["属地街镇", "区规划资源局", "区发改委", "区建管委", "区房管局", "区征收中心"],
          lead_alternatives=[[]], responsible_alternatives=[["属地街镇"], ["属地街镇", "区规划资源局"]],
          note="「…选址必须符合…。区属征收安置住房建设项目的选址由属地街镇负责实施，由区规划资源局会同区发改委、区建管委、区房管局、区征收中心等部门审核批准并落实。」 — "
               "由A负责实施 (rule 2), and 「由A会同B审核批准并落实」: 审核批准 of the site another body proposes is a review and "
               "its decision (none, Round 77's x302_04 三、（二））, but 落实 is rule 2's own verb, read wherever it stands "
               "(Round 77's x299_03 第八条: work placed by rule 2's verb before the review rule) → lead [区规划资源局] "
               "(" + HUITONG + "), the six in printed order (" + ETC + "); lead [], the 街镇 alone (the clause read as a "
               "review) and the 街镇 with the bureau accepted (RULING? 9); " + QP_NODATE,
          **a04("第六条 项目选址")),
        S(["第七条 建房协议价格"], ["区房管局"], ["区房管局"] + FG,
          lead_alternatives=[[]], responsible_alternatives=[["区房管局"]],
          note="「…建房协议价格，由土地使用权出让价格（折算为土地楼面价）、…和相关税费等组成。由区房管局委托有资质的审价单位进行核实论证、提出审核意见后，会同区发改委、区建管委、区财政局、区规划资源局等部门审核并报区政府审定。…按照前款规定的审核程序进行调整。…」 — "
               "the price's make-up is the scheme's terms; 「由A委托B＋verb」 names A, B none by that clause (round 35; "
               "Round 83's x313_02 六、（四）: 由A委托 governs over the review rule), and the 会同 clause carries A "
               "(" + HUITONG + "; " + ETC + "); 报区政府审定 a sending → lead [区房管局], the five; lead [] and the bureau "
               "alone accepted (RULING? 9); " + QP_NODATE,
          **a04("第七条 建房协议价格")),
        S(["第八条 项目认定"], ["区房管局"], ["属地街镇", "区房管局"] + FG,
          lead_alternatives=[[]], responsible_alternatives=[["属地街镇", "区规划资源局"], ["属地街镇"]],
          not_targets=[(18, "个月")],
          note="「…项目认定由属地街镇负责实施。区房管局会同区发改委、区建管委、区财政局、区规划资源局等部门对建房协议价格测算、…等进行审核，报区政府审定后，由区房管局向市房管局申报项目认定审批。区规划资源局在会商前，对项目规划和用地方面进行核定，并…做好项目备案工作。 市房管局出具的项目认定文件…时效为18个月。 逾期需延期使用的，由…属地街镇向区房管局提交延期申请报告，…。因故需撤销认定的，…」 — "
               "由A负责实施 (rule 2); the 会同 clause's 审核 is the bureaus' joint check of the project before they apply for "
               "it, their own work (as 第五条, " + HUITONG + "); 申报 to the city is an application (" + ARTICLE + "); the "
               "planning bureau's 核定 and 做好 are an article subject's verbs of doing (round 44), the bureau listed once "
               "(round 51's each once, one printed name); the extension and revocation paragraphs are 「需…的」 cases and "
               "applications (rule 3; Round 79) → lead [区房管局], the six in printed order; lead [], the 街镇 with the "
               "planning bureau (the 会同 clause read as a review of the 街镇's project) and the 街镇 alone accepted "
               "(RULING? 9); 「时效为18个月」 is how long the recognition lasts, a validity with no comparison word, a norm "
               "(Round 81's x310_03 第十一条, decided) → 18 个月 not_target; " + QP_NODATE,
          **a04("第八条 项目认定")),
        S(["第九条 土地出让"], [], ["区规划资源局", "建设单位", "区房管局", "属地街镇"],
          responsible_alternatives=[["区规划资源局", "区房管局"],
                                    ["区规划资源局"]],
          note="「…由区规划资源局在安排年度用地指标时单独列出，并确保优先供给。…均采用土地定向招拍挂方式…。区规划资源局应当与取得征收安置住房建设项目开发权的建设单位签订国有土地使用权出让合同…。…签订出让合同前，由区房管局与属地街镇、建设单位共同签订建设意向书；签订出让合同后，由区房管局与属地街镇、建设单位共同签订建设协议书。…」 — "
               "由A＋单独列出 is a verb of doing with 由 in articles (rule 2; " + ARTICLE + "); 「A应当与B签订」 in articles "
               "names the signers (rounds 48, 62 p52c; Round 77's x302_02: 签订 makes doers in articles), and " + YOU_A_YU_B
               + "; the 的-phrase gives 建设单位 (rounds 32, 38) → the four (a set: the order does not count), lead []; the "
               "two bureaus, and the planning bureau alone, accepted; " + QP_NODATE,
          **a04("第九条 土地出让")),
        S(["第十一条 预售认定"], [], ["属地街镇", "建设单位", "区房管局"],
          responsible_alternatives=[["属地街镇", "区房管局"], ["属地街镇", "建设单位"]],
          note="「区属征收安置住房建设项目的预售认定由属地街镇配合建设单位实施。办理预售认定前，由区房管局与属地街镇、建设单位共同签订供应协议。区房管局对…进行审核后，向市房管局申报项目预售认定审批。…建设单位在…时，必须及时申请办理预售认定、预售许可、网签合同认证等手续…」 — "
               "「由A配合B实施」: the agent of 由 with 配合 as its verb is a doer (rule 2; round 46's p44g), and B is a unit by "
               "the rule-2 verb 实施 after it (round 36; Round 77's x300_07 四/3); " + YOU_A_YU_B + "; the bureau's 审核 of the "
               "builder's papers and its 申报, and the builder's own applications, name none (" + ARTICLE + ") → the three, "
               "lead [] (no 牵头); the lists without 建设单位 or without the bureau accepted; " + QP_NODATE,
          **a04("第十一条 预售认定")),
        S(["第十二条 供应计划"], [], ["区征收中心"], lead_alternatives=[["区征收中心"]],
          note="「区征收中心根据…房源量建立区属征收安置住房房源基本库，结合…，组织编制征收安置住房年度供应计划，报区政府审定并实施。 区属征收安置住房供应和使用由区征收中心统筹管理，…」 — "
               "组织＋work (rule 2), 由A统筹管理 (rule 2's 由A; Round 79: 统筹 keeps work) and an article subject's 建立 "
               "(round 44) → [区征收中心], " + ONE_LEAD + "; 报区政府审定 a sending (the duty below); " + QP_NODATE,
          **a04("第十二条 供应计划")),
        S(["第十三条 房源管理"], [], ["区征收中心"], lead_alternatives=[["区征收中心"]],
          responsible_alternatives=[["建设单位", "区征收中心"]],
          note="「建设单位取得《上海市住宅交付使用许可证》后，将房源清单提交区征收中心入库。区征收中心根据街镇安置需求申请进行分配、安置与统筹。 …房源调剂到…的，经区政府同意后，由区征收中心调拨需求房源。」 — "
               "handing one's list in is a sending (" + SENDING + "); the centre's allocation is an article subject's verb "
               "of doing (round 44), and 由A调拨 rule 2's; 经区政府同意 an approval (rule 3) → [区征收中心], " + ONE_LEAD
               + "; + 建设单位 accepted; " + QP_NODATE,
          **a04("第十三条 房源管理")),
        S(["第十四条 供应单管理"], [], ["建设单位"], lead_alternatives=[["建设单位"]], responsible_alternatives=[[]],
          note="「供应单唯一的适用对象必须是…征收安置户，…严禁跨项目使用…。 …在取得《征收安置房房源认定单》后，由街镇向区房管局申领，经审核后按需发放。建设单位配合。 供应单失效的，需所有联返还后重新申领；…」 — "
               "drawing forms one needs is an application (round 30's 「由A提出申请」; Round 81's x307_03 二、（一）), the "
               "bureau's 审核 and 发放 with no subject, the slips' terms and the replacement steps (a 失效／遗失 case, rule 3) "
               "name none; 「建设单位配合」 is 配合 with a subject of its own, a doer (round 46's p44g; Round 77's x300_07 四/3, "
               "turned), the step served naming no body → [建设单位], " + ONE_LEAD + "; none accepted (RULING? 10); "
               + QP_NODATE,
          **a04("第十四条 供应单管理")),
        S(["第十五条 房地产登记"], [], ["不动产登记机构"], lead_alternatives=[["不动产登记机构"]],
          responsible_alternatives=[[]], not_targets=[(3, "年")],
          note="「建设单位办理不动产权证书后，…购房人持…资料，到青浦区自然资源确权登记事务中心办理不动产权证。 征收安置住房的预售许可证应当注记“征收安置住房”。 不动产登记机构核准…登记的，应当在…附记栏内，注记“征收安置住房”。 征收安置住房在取得不动产权证后的3年内，不得转让、抵押，但…除外。」 — "
               "the buyers' steps are applicants' (round 30), the centre they go to a receiver (rule 3: 向A申请); 「不动产登记"
               "机构…应当…注记」 is an article subject's verb of doing (round 44), the 的 clause a branch of its own "
               "registration work, no contingency (Round 81's x305_01 第十二条) → [不动产登记机构], " + ONE_LEAD + "; none "
               "(the 注记 read as the registration's own step of a party's application) accepted; 「3年内，不得转让」 a bar "
               "on the housing for a span with no comparison word (Round 81's x310_03, decided: a duration a rule fixes "
               "for a state) → 3 年 not_target; " + QP_NODATE,
          **a04("第十五条 房地产登记")),
        S(["第十六条 保修责任"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          note="「建设单位应向区属征收安置住房的购房人出具《住宅工程质量分户验收合格证明书》、…，并依法承担保修责任。」 — an article subject's verbs of "
               "doing (round 44), 承担…责任 naming a doer (round 30: 「由A承担…责任」), the buyers receivers → [建设单位], "
               + ONE_LEAD + "; " + QP_NODATE,
          **a04("第十六条 保修责任")),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区征收中心形成年度建设计划，会同区发改委等部门审核后，报区政府审定并实施", "when": None, "when_norm": None,
              "note": "第五条 (and 第十二条's supply plan alike): sending one's plan up for approval is a step of that approval "
                      "and an undated duty (Round 77's x299_01 第十条; Round 74's Duties); 年度 names the plan, no day."}],
     notes=["counting (leaf tasks of the rules, plans-dev EXPECTED.md lines 19–25: from the plan's title to its 「附件：」 "
            "line, the attachments excluded; the notice 「…印发给你们」 one plan with the rules, round 30): 第一条 (purpose), "
            "第二条 (definition, scope) and 第十八条 (entry into force, interpretation, repeal, 参照) are general provisions "
            "(round 30; Round 79's repeal; Round 78's (c)). Tasks: 第三–九条 7; 第十条 （一）–（四） 4 (lines naming limits on "
            "what the work may build, Round 77's x299_01 第六条) + the paragraph after them 1 (Round 77's x299_02 第十三条) "
            "= 5; 第十一–十七条 7 → **19**. Accepted: 15 (第十条's items read as a standard's terms, Round 83's x315_02 "
            "第八条, and the article one task), 16 (the same with its closing paragraph apart), 18 (第四条 read as a "
            "definition, RULING? 8), 20 (第十四条's terms of the slips apart), 29 and 30 (the attachments' tasks added: "
            "附件1 第五、七、八、九条 4; 附件2 第三条 1 and 第四条 （一）–（五） 5, 第五条 (a party's filing) none or 1).",
            "units: no labels; 第三条 a 职责分工 article (every body given work, names as printed each time, Round 82's "
            "p60c-3); rule 2 in articles elsewhere (round 44's subject of a verb of doing; 由A; 会同; 由A与B签订).",
            "dates: none for any item; figures: 18 个月 (a validity) and 3 年 (a bar's span) not_target; the attachments' "
            "「不高于…2%」「不高于…1%」 (附件1 第六条) are the price's terms, unchecked (the attachments are outside the count).",
            "samples only in the rules (the attachments number their articles from 第一条 again; a path 「第三条 …」 is "
            "the rules' own, its label binding it)."])

write_collected(DIR)
