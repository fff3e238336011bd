# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next307/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 60 (built by helper c307): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate``); every answer
was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 74 rulings, written early" to
its end in full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next307/make_expected.py tests/data/plans-next307
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
STORED = ("the stored text (read whole with read_file; the answer named the commit given); only the repository's wrapper "
          "was removed (YAML front matter, the two `>` disclaimer lines and the blank lines around them, the `# ` marker "
          "before the notice title), cut by a script at the first 「\\n# 」; the stored file as copied (wrapper + text) had "
          "the character count read_file gives")
C05 = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four documents (index 05 read @ 49f4bb7b)


def src(path, url, chars):
    return f"{REPO} @ {C05}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), rounds 62 p52c, 66, 68; Round 74's x292_03: in 第X条 articles a body standing as the subject "
           "of the article's verb of doing is a doer whatever the verb; sending for approval or filing (rounds 46, 48; "
           "Round 77's x299_01 第十条), options (可), reviews of a submission (Round 77's x299_01 第十四条), payers of money "
           "(round 48; round 53 decided) and receivers (rule 3) name none")
CLOSED = ("outside 第X条 articles rule 2's forms are a closed list (round 30 clarifications; rounds 44, 63; Round 74's "
          "x292_04, x294_01; Round 77's x302_03): 做好, 存入, 进行, 确认, 收回, 建立, 执行 name none")
RULES_NODATE = ("standing rules: no item writes a date (the only dates are the notice's and the rules' entry into force and "
                "expiry, general provisions; 「N日内」「N个工作日内」「N分钟内」 are limits counted from an event: rounds 33, "
                "54; round 65's x275_05) → " + NODATE)
CLASS = ("a money band inside a noun naming projects is a class, whatever step the class then goes through (round 66 "
         "governing, p55d's turn: 「大于5万元（含5万元）的工程…」「5万(不含5万)以下的项目，由…」 not targets) → not_target")
LIMIT = ("a time limit counted from an event with no comparison word (「N分钟内」「N个月内」「N个工作日内」) is the deadline "
         "rule: neither a target nor a deadline (rounds 33, 34, 54; line 240's 内 after a time counted from an event)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x307_01_putuo-2025-fangwu-xieyi-zhihuan-guanli-banfa.txt"
P01 = "上海市普陀区房屋协议置换管理办法"
N01 = "上海市普陀区人民政府关于印发《" + P01 + "》的通知"
SS = "实施主体"


def a01(label, *items):
    return art(X01, [label, *items])


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="普府规范〔2025〕5号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市普陀区人民政府",
     date="2025-11-28",
     date_note="the notice is dated 2025年11月28日; in force 2026年1月1日 to 2030年12月31日 (第十五条)",
     level="a district government (Shanghai Putuo) issuing its rules on housing replacement by agreement (房屋协议置换): "
           "scope, the managing bodies, the implementing body, conditions, scope of a project, survey, consultation, the "
           "parties, valuers, the public notice, ways, signing, managing the houses taken, ending a project",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0075::0075200708", 3013),
     style="a notice (addressees, one sentence 「…审议通过，现予印发。」, signature, date); the rules' title; an unnumbered "
           "preamble 「为规范…制定本办法。」; fifteen articles 「第N条（heading）」 (full-width brackets, no space) on their own "
           "lines over paragraphs; 第一、二、四条 have items 「（一）…」 ending in half-width 「;」; blank lines between all "
           "paragraphs; no attachment",
     leaf_tasks=12, count_alternatives=[11, 13, 14, 15],
     leaf_tasks_by_section={"第二条": 3, "第三条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第九条": 1,
                            "第十条": 1, "第十二条": 1, "第十三条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第二条（管理单位）", "（二）"], ["区房管局", "区规划资源局"], ["区房管局", "区规划资源局"],
          lead_alternatives=[[]],
          note="「区房管局负责本区国有土地上房屋协议置换的牵头管理，区规划资源局负责本区集体土地上房屋协议置换的牵头管理，负责业务指导、对实施主体和工作人员"
               "行为监管等工作;」 — two clauses of 负责 (rule 2: several clauses, all their bodies in order); each body 负责 the "
               "牵头管理 of one kind of land, and bodies that lead different parts of one item are all its leads (rounds 36, 45; "
               "Round 77's x304_02 第五条, turned: 「A牵头…」 gives the lead wherever it stands) → lead both; lead [] accepted "
               "(牵头 read as a noun inside 负责's object, RULING? 1); " + RULES_NODATE,
          **a01("第二条（管理单位）", "（二）")),
        S(["第二条（管理单位）", "（三）"], [], ["区发改委", "区建管委", "区财政局", "区文旅局"],
          responsible_alternatives=[["区发改委、区建管委、区财政局、区文旅局等相关管理单位"]],
          note="「区发改委、区建管委、区财政局、区文旅局等相关管理单位，按照各自工作职责配合和保障房屋协议置换工作顺利进行。」 — 配合 with a subject of "
               "its own makes it a doer (round 46's p44g; Round 77's x301_01 三/（一）, turned), and in an article the subject "
               "of a verb of doing is one (" + ARTICLE + "); 「A、B等X单位」 gives A, B — a category tail after 等 is no unit "
               "(plans-dev EXPECTED.md; round 35; Round 74's x294_02, turned); lead [] (no 牵头); " + RULES_NODATE,
          **a01("第二条（管理单位）", "（三）")),
        S(["第五条（实施范围的确定）"], [], ["区发改委", "区建管委", "区财政局", "区文旅局", "街道办事处"],
          lead_alternatives=[["牵头管理单位"], ["区房管局", "区规划资源局"]],
          responsible_alternatives=[["区发改委", "区建管委", "区财政局", "区文旅局", "街道办事处（镇政府）"]],
          note="「牵头管理单位会同区发改委、区建管委、区财政局、区文旅局、街道办事处（镇政府）等部门确定房屋协议置换项目实施范围，并报区人民政府同意。」 — "
               "「A会同B＋verb」: lead A, A and B (rule 2); but 牵头管理单位 is a word pointing back to the bodies 第二条（二） gives "
               "the 牵头管理 (区房管局, 区规划资源局), as 各牵头单位 and 上述单位 are (rounds 34, 38; Round 74's x293_01 3.3): it adds "
               "no unit, so lead [] (RULING? 2: the pointer as printed, or the two bodies it means, accepted as lead); the "
               "bodies after 会同 by the 等 rule (Round 74's x294_02), and 「（镇政府）」 a bracket naming the body that "
               "stands in for the kind in another area, dropped (Round 77's x302_01 一、, turned; the printed name accepted); "
               "the approval by the district government a sending (none); " + RULES_NODATE,
          **a01("第五条（实施范围的确定）")),
        S(["第六条（房屋调查登记）"], [SS], [SS, "相关行政管理部门"], lead_alternatives=[[]], responsible_alternatives=[[SS]],
          note="「实施主体对…等情况组织调查登记。…未经登记的建筑由实施主体会同相关行政管理部门依法进行调查、认定和处理。…」 — 组织＋work names the implementing "
               "body (rule 2); 「由A会同B＋verb」 gives lead A, A and B (rule 2), 相关…部门 a kind, a doer with a rule-2 form "
               "(Round 77's x304_01 4.2.1, turned); 「未经登记的建筑」 is the kind of object the second clause works on (Round "
               "79: a class of object, no contingency), so its 会同 clause is the article's own work (RULING? 3: read as a "
               "case of the survey → [实施主体], accepted); " + RULES_NODATE,
          **a01("第六条（房屋调查登记）")),
        S(["第七条（方案征询及修改）"], [], [SS], lead_alternatives=[[SS]], targets=[(30, "日")],
          note="「实施主体应当将…方案（征求意见稿）…予以公示，征求…意见。征求意见期限不少于30日，…。征求意见结束后，实施主体将修改情况及时公布，并向牵头管理单位备案。」 — "
               "the article's subject of 公示／公布 (" + ARTICLE + "); 不少于30日 a floor the item sets (round 30's line; "
               "Round 77's x304_02 第十三条 不少于10日) → 30 日; the filing with the leading bodies a sending, its duty below; "
               + ONE_LEAD + "; " + RULES_NODATE,
          **a01("第七条（方案征询及修改）")),
        S(["第九条（评估机构的选定）"], [], ["房地产估价机构", SS], responsible_alternatives=[[SS]],
          note="「被置换房屋和用于产权置换房屋的价值，由房地产估价机构评估确定。…实施主体接受房地产估价机构申请报名并…公示。实施主体应当组织房屋所有权人、公有房屋承租人"
               "…进行投票…实施主体可以邀请公证机关…进行公证。实施主体应将确定的房地产估价机构…公告。」 — 由A＋评估确定 names the valuers (rule 2; "
               "Round 77's x304_02 第十九条, confirmed), the implementing body by 组织B进行 (rule 2) and its article verbs; "
               "the owners and tenants are persons (round 30) and the objects of 组织; 可以邀请 an option (round 30), so "
               "公证机关 none; lead [] (no 牵头); the list without the valuers (their pricing read as a term) accepted; "
               + RULES_NODATE,
          **a01("第九条（评估机构的选定）")),
        S(["第十条（房屋协议置换公告）"], [], [SS], lead_alternatives=[[SS]], targets=[(50, "户")],
          note="「实施主体将房屋协议置换方案报区人民政府同意后，作出房屋协议置换公告（附方案）并在…范围内发布。 涉及房屋所有权人、公有房屋承租人50户以上的，房屋协议置换方案"
               "应当经区人民政府常务会议讨论决定。」 — the article's subject of 作出／发布 (" + ARTICLE + "); 报…同意 a sending for "
               "approval and 经A讨论决定 an approval (rule 3; Round 77's x302_04 四、（二）: 经A＋同意／审查／批准 names none); 50户以上 a "
               "quantity joined to 以上 that triggers a step (round 30's line: 「常住人口1000人以上的行政村」-like thresholds are "
               "targets; a count of households, no money band inside a noun of projects, RULING? 13) → 50 户; " + ONE_LEAD + "; "
               + RULES_NODATE,
          **a01("第十条（房屋协议置换公告）")),
        S(["第十三条（被置换房屋的管理）"], [], [SS, "房屋征收事务所"],
          responsible_alternatives=[[SS, "受委托的房屋征收事务所"]],
          note="「实施主体和受委托的房屋征收事务所应当对被置换房屋进行妥善管理，已具备拆除条件的房屋应当及时拆除，已具备移交条件的房屋应当及时移交给相关职能部门。」 — "
               "「A和B」 two names (round 34), the article's subjects (" + ARTICLE + "); a 的-phrase gives the name after the "
               "last 的 (rounds 32, 38; Round 77's x304_02 第十九条 confirmed) → 房屋征收事务所 (the printed form accepted); "
               "the receiver of 移交 none (rule 3; Round 77's x299_03 第十六条); lead [] (no 牵头); " + RULES_NODATE,
          **a01("第十三条（被置换房屋的管理）")),
     ],
     plan_targets=[(3, "年"), (5, "年")],
     phases=[],
     duties=[{"what": "征求意见结束后，实施主体将修改情况及时公布，并向牵头管理单位备案", "when": "及时", "when_norm": None,
              "note": "第七条: the implementing body's filing of the revised plan with the leading bodies — a sending the rules "
                      "ask of a body they task (the head: dated sendings are duties; Round 74's duties): undated (及时 is no "
                      "time, round 35; plans-dev 01 and 04)"}],
     notes=["counting (leaf tasks; the notice 「…审议通过，现予印发。」 is one plan with the rules it issues, round 30's two "
            "documents under one cover): the preamble, 第一条 (scope; its （一）–（三） the kinds of project, Round 78's (a)) and "
            "第十五条 (force) general provisions; 第四条 (the conditions a project must meet before launch — funds, houses, "
            "the 3- and 5-year transition ceilings — the scheme's terms, Round 74's x292_03 第十二条, Round 77's x197_03: "
            "their ceilings are plan targets 3 年, 5 年), 第十一条 (the owners' choice, an option), 第十四条 (when a project "
            "ends, a term) no tasks; 第二条 （一）（二）（三） 3 (（一）'s 「区人民政府为…监管责任主体」 a designation, Round 75's "
            "p57a-1), 第三、五、六、七、八、九、十、十二、十三条 1 each → 12. Accepted: 11 (第二条（一） a designation that gives no "
            "act), 13 (第四条 counted as one), 14 (第四条's two items), 15 (and 第十四条).",
            "units: no labels; the short names as printed (区房管局, 区规划资源局, 实施主体); 牵头管理单位 a pointer; the owners and "
            "tenants (房屋所有权人, 公有房屋承租人) persons and households; 各镇政府、街道办事处 are named 实施主体 by 第三条.",
            "targets: 30 日 (第七条), 50 户 (第十条); plan targets 3 年, 5 年 (第四条's ceilings, 不得超过); 「三年内不再启动」 "
            "(第十四条) a term with a limit; 220号 a document number."])

# ---------------------------------------------------------------------------------------------------------
X02 = "x307_02_hongkou-2024-weixian-fangwu-yingji-chuzhi-gongzuo-banfa.txt"
P02 = "虹口区危险房屋应急处置工作办法（试行）"
N02 = "关于印发《" + P02 + "》的通知"
FG = "区房管局"
SD = "属地街道"


def a02(label, *items):
    return art(X02, [label, *items])


plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="虹房管〔2024〕68号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市虹口区住房保障和房屋管理局 (the rules passed by the district government's executive meeting)",
     date="2024-08-14",
     date_note="the notice is dated 2024年8月14日; in force from issue for 2 years (第十九条)",
     level="a district housing bureau (Shanghai Hongkou) issuing its procedure for emergency work on dangerous housing — "
           "the set's one contingency plan: definitions, the bodies' duties, finding hazards (patrols, checks, reports), "
           "the conditions, who recognises and carries out a project by its money band, budget, approvals, contracting, "
           "funds, project management, evaluation, liability",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0076::64d55037-4877-4466-a741-8871e7cd8f60", 3450),
     style="a notice (addressees, 「…现印发给你们，请按照执行。」, 「特此通知。」, issuer, date); the rules' title; nineteen articles "
           "「第N条（heading）」 on their own lines over paragraphs; 第六条 has headed items 「（一）日常巡查」 (its own lines 1.–3.), "
           "「（二）专项检查」「（三）隐患报送及应急措施」 over paragraphs; 第七、九条 items 「（一）…」 run in; blank lines between all "
           "paragraphs; no attachment",
     leaf_tasks=18, count_alternatives=[16, 17, 19, 20],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第六条": 4, "第八条": 1, "第九条": 3, "第十条": 1, "第十一条": 1,
                            "第十三条": 1, "第十四条": 1, "第十五条": 1, "第十六条": 1, "第十七条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第五条（管理职责）"], [FG],
          [FG, "区应急局", "区国资委", "区卫健委", "区商务委", "区教育局", "区文旅局", "区体育局", "区民政局", "区人武部",
           "区退役军人事务局", "区财政局", "各街道"],
          lead_alternatives=[[]],
          responsible_alternatives=[[FG, "区应急局", "区人武部", "区退役军人事务局", "区财政局", "各街道"],
                                    [FG, "区应急局", "区国资委、区卫健委、区商务委、区教育局、区文旅局、区体育局、区民政局等部门",
                                     "区人武部", "区退役军人事务局", "区财政局", "各街道"]],
          note="「区房管局牵头组织开展…，加强…监管…。 区应急局负责督促指导相关职能部门和街道，协调推进…。 区国资委、…、区民政局等部门应当按照各自职责，督促落实…房屋使用安全"
               "责任人配合做好…。 区人武部、区退役军人事务局配合做好…。 区财政局负责落实资金保障…。 区房管局、各街道应当加强…，依法组织实施。」 — a duties article (管理职责, "
               "a duty word: every body given work is a unit, rounds 35, 37; Round 74's x294_01) and an article's subjects "
               "(" + ARTICLE + "): 牵头 gives the lead (rule 2), 负责 twice, 配合 with its own subject (round 46's p44g), "
               "组织实施 (rule 2); 「A、B…等部门」 gives the named bureaus, the tail after 等 no unit (Round 74's x294_02); the "
               "objects of 督促指导 and 督促落实 (相关职能部门和街道, 房屋使用安全责任人) none (round 30's pivot); 各街道 a kind; the "
               "list without the seven bureaus (督促 as a pivot verb outside rule 2) and the printed 等-name accepted; "
               + RULES_NODATE,
          **a02("第五条（管理职责）")),
        S(["第六条（隐患发现）", "（一）", "1"], [], ["物业服务企业", "小区自行管理机构"],
          responsible_alternatives=[["物业服务企业或小区自行管理机构"]],
          note="「1.物业服务企业或小区自行管理机构应结合住宅小区实际情况，定期对…进行日常巡查，对发现的隐患采取防护措施并及时报送属地街道。」 — the article's "
               "subjects of 进行／采取 (" + ARTICLE + "), 或 giving both (round 30's 「由A或B指定专人负责」; Round 74's x292_03 "
               "第五条（三）); the receiver 属地街道 none (rule 3); 定期 names no rhythm; the report a sending, its duty below "
               "(undated); lead [] (no 牵头); " + RULES_NODATE,
          **a02("第六条（隐患发现）", "（一）", "1.")),
        S(["第六条（隐患发现）", "（一）", "2"], [], ["各行业主管部门", "区属集团"], responsible_alternatives=[[]],
          note="「2.各行业主管部门、区属集团应督促职责范围内房屋产权人或管理人落实日常巡查机制。对发现的隐患及时报送相应主管部门、区属集团。」 — in an article the "
               "subject of a verb of doing is a doer whatever the verb (" + ARTICLE + "), and the object of the pivot 督促 "
               "is none (round 30); none accepted (督促 as outside rule 2's pivots, round 30's 「协调 and 督促 are not」, "
               "RULING? 4); the second sentence's receivers none; " + RULES_NODATE,
          **a02("第六条（隐患发现）", "（一）", "2.")),
        S(["第六条（隐患发现）", "（一）", "3"], [], ["街道"], lead_alternatives=[["街道"]],
          note="「3.街道应落实属地责任，充分利用现有网格化巡查力量，积极调动城发公司、市容协管队伍等街面管理人员，做好常规房屋安全巡查，建立…流程机制。」 — 落实 is rule 2's "
               "verb (with a 责任 object it designates, Round 74's x297_01 五、12.), and in an article the subject of any "
               "verb of doing (" + ARTICLE + "); a district naming its 街道 names a kind (Round 70's x288_04; Round 74's "
               "x294_06's form); the objects of 调动 none; " + ONE_LEAD + "; " + RULES_NODATE,
          **a02("第六条（隐患发现）", "（一）", "3.")),
        S(["第六条（隐患发现）", "（三）"], [], ["各行业主管部门", SD, "区属集团"],
          note="「各行业主管部门、属地街道、区属集团及时汇总隐患信息并报送区房管局。经初判符合应急处置条件的，相应主体应启动应急处置预案，做好人员疏散、警示设置、防坠网搭设等"
               "应急措施。」 — the article's subjects of 汇总 (" + ARTICLE + "); 属地 says which (rounds 40, 55); 相应主体 a word "
               "pointing back to the bodies named (Round 74's x293_01 3.3; round 34) adds none; the receiver 区房管局 none; "
               "the report a sending, its duty below (undated: 及时); lead [] (no 牵头); " + RULES_NODATE,
          **a02("第六条（隐患发现）", "（三）")),
        S(["第九条（实施主体）", "（一）"], [FG], [FG], lead_alternatives=[[]],
          not_targets=[(100, "万元")],
          note="「（一）对金额大于100万元的项目，由区房管局牵头召开专家评审会，开展项目论证、评估工作。经评估通过后，由区房管局报区政府同意后实施；」 — 「由A牵头」: "
               "lead A, A (rule 2); 由A＋实施 again A; 报区政府同意 a sending for approval (none); 大于100万元 " + CLASS + "; "
               + RULES_NODATE,
          **a02("第九条（实施主体）", "（一）")),
        S(["第九条（实施主体）", "（二）"], [FG], [FG, SD], lead_alternatives=[[]], responsible_alternatives=[[FG]],
          not_targets=[(20, "万元"), (100, "万元")],
          note="「（二）对金额大于20万元小于等于100万元的项目，由区房管局会同属地街道共同认定通过后，由区房管局实施；」 — 「由A会同B＋verb」: lead A (lead [] "
               "accepted), A and B (rule 2); 认定 is a verb of doing (round 30's 「由A统一指导、集中认定」), the bodies' own "
               "recognition of a project, no review of a party's submission (Round 77's x299_01 第十四条); both edges of the "
               "band 20 万元, 100 万元 " + CLASS + "; " + RULES_NODATE,
          **a02("第九条（实施主体）", "（二）")),
        S(["第九条（实施主体）", "（三）"], [], [SD, "街道"], lead_alternatives=[[SD]], responsible_alternatives=[[SD]],
          not_targets=[(20, "万元")],
          note="「（三）对金额小于等于20万元的项目，由属地街道认定，认定结果报区房管局备案后由街道实施。」 — 由A＋认定 and 由A＋实施 (rule 2); a name is kept as "
               "printed (round 30; Round 74's x294_04: no name rewritten), so 属地街道 and 街道 both stand (RULING? 5: one "
               "body printed two ways, [属地街道] accepted); the filing with the bureau a sending, its duty below; 小于等于20万元 "
               + CLASS + "; lead [] (no 牵头; the first doer accepted as lead); " + RULES_NODATE,
          **a02("第九条（实施主体）", "（三）")),
        S(["第十条（预算设立）"], [], [FG, "区财政局"], responsible_alternatives=[[FG, "各街道", "区财政局"]],
          not_targets=[(20, "万")],
          note="「危险房屋应急处置资金纳入区房管局预算经常性项目，实施金额20万及以上项目由区房管局负责年度预算管理和日常资金使用管理；实施金额20万以下项目由各街道预算统筹保障；"
               "区财政局做好对预算项目设立、资金使用的指导和监督。」 — 由A负责 (rule 2); 「由A…保障」 with the cost as its object names a "
               "payer, no doer (round 30: 由A承担／分担／保障 with 经费, 费用, 资金) — [区房管局, 各街道, 区财政局] accepted (保障 read "
               "with 统筹, Round 79's 由A统筹, RULING? 6); the article's subject of 做好 (" + ARTICLE + "); 20万 (及以上／以下) "
               + CLASS + " (the unit as printed, round 29); lead [] (no 牵头); " + RULES_NODATE,
          **a02("第十条（预算设立）")),
        S(["第十三条（合同管理）"], [], [], not_targets=[(1, "个月")],
          note="「应急处置项目实施前，应当先签订合同，确因情况紧急未签订合同的，应当自工程实施之日起1个月内启动补签合同流程，明确…等内容。」 — an article of acts "
               "with no subject: a task naming no unit — " + NONE + "; 1个月内 counted from the works' start: " + LIMIT
               + " → not_target; " + RULES_NODATE,
          **a02("第十三条（合同管理）")),
        S(["第十六条（绩效评估）"], [], [FG, SD, "区财政局"], responsible_alternatives=[[FG, SD]],
          note="「项目实施后，应由区房管局和属地街道按职责分工及时进行项目资料备案，配合区财政局做好项目绩效跟踪和评价工作。」 — 「由A和B＋verb」 (rule 2; 和 two "
               "names, round 34), and in an article 「A配合B＋verb」 gives A and B, A first (Round 74's x297_01 五、9., turned; "
               "round 36's 「配合A实施…」): the body served is a unit where a verb of doing follows it, and in an article any "
               "verb of doing counts (" + ARTICLE + "); the list without 区财政局 (做好 outside rule 2, Round 77's x300_07 "
               "四/3) accepted; lead [] (no 牵头); " + RULES_NODATE,
          **a02("第十六条（绩效评估）")),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "各行业主管部门、属地街道、区属集团及时汇总隐患信息并报送区房管局", "when": "及时", "when_norm": None,
              "note": "第六条（三）: the bodies' report of the hazards they gathered to the bureau — a sending the rules ask "
                      "of bodies they task: undated (及时 is no time, round 35)"},
             {"what": "认定结果报区房管局备案后由街道实施", "when": None, "when_norm": None,
              "note": "第九条（三）: the street's filing of its recognition with the bureau — a sending (Round 77's x299_01 "
                      "第十条: the sending an undated duty)"}],
     notes=["counting (leaf tasks; the notice is one plan with the rules it issues): 第一条 (purpose), 第二条 (scope and a "
            "statement of the city's system), 第三条 (principles, round 51), 第十九条 (force) general provisions; 第七条 "
            "（一）–（三） a list of the cases that allow the work (Round 78's (b), no items), 第十二条 (an option and a "
            "qualification: terms), 第十八条 (who bears the cost, a payer; 参照执行) and 第六条（二） (the owners' option 可自行或委托) "
            "no tasks; 第四条 a definitions article whose third paragraph gives work (「相关责任主体应保留…记录，尽快组织专家评审」, "
            "round 39: a general provision that also gives work stays a task) 1; 第五条 1; 第六条（一）1. 2. 3. and （三） 4; "
            "第八条 1; 第九条（一）–（三） 3; 第十、十一、十三、十四、十五、十六、十七条 1 each → 18. Accepted: 17 (第四条 as a "
            "definition), 16 (and 第十七条 as liability naming no body tasked), 19 (第六条（二） counted), 20 (and 第三条).",
            "units: no labels; short names as printed (区房管局, 区应急局, 区财政局…); 属地街道 and 街道 as printed; 各行业主管部门 "
            "and 区属集团 kinds; 相应主体, 相关责任主体 pointers or kinds by role; 房屋使用安全责任人 a role (Round 77's x299_02: "
            "责任人 never a unit).",
            "targets: none in the sampled items; the money bands 100万元, 20万元, 20万, 200万元 (第九、十、十四条) classes of "
            "projects, not targets (round 66); 1个月内 (第十三条) a limit; C、D级 a grade."])

# ---------------------------------------------------------------------------------------------------------
X03 = "x307_03_songjiang-2025-fangpiao-anzhi-shishi-banfa.txt"
P03 = "松江区房票安置实施办法（试行）"
N03 = "关于印发《" + P03 + "》的通知"
HF = "房票核发单位"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 10) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪松房管规〔2025〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市松江区住房保障和房屋管理局 and 松江区规划和自然资源局 (a joint notice: both sign)",
     date="2025-11-20",
     date_note="the notice is dated 2025年11月20日; in force 2025年12月21日 to 2027年12月20日 (七、（五））",
     level="two district bureaus (Shanghai Songjiang) issuing trial rules on resettlement by housing vouchers (房票): "
           "scope, what a voucher is and holds, the houses on offer, rules of use (issue, validity, payment, "
           "inheritance, settlement, funds, exit), rewards, liability, other matters; three attachments named only",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0082::b039be60ba0542f3b36384a28aa3b4fd", 3414),
     style="a notice (eleven addressees, 「现将《…》印发给你们，请遵照执行。」, the two issuers on one line with spaces, date); "
           "the rules' title; an unnumbered preamble; headed points 一、–七、 on their own lines; 二、 and 四、 have headed "
           "items 「（一）房票定义」… over paragraphs, 五、 and 六、 items over or with their text, 七、 run-in items "
           "「（一）被补偿人指…」; 三、 childless with a paragraph; a 附件 list of three names (no attached text); a "
           "full-width digit 「１个月」; blank lines between all paragraphs",
     leaf_tasks=11, count_alternatives=[9, 10, 12, 13],
     leaf_tasks_by_section={"二、房票内容": 3, "三、房票房源": 1, "四、使用规则": 5, "六、责任追究": 2},
     childless_top_level_sections=["三、房票房源"],
     samples=[
        S(["二", "（一）"], [], ["区房管局"], lead_alternatives=[["区房管局"]], responsible_alternatives=[["区房管局", HF]],
          note="「本办法所称房票，是指由区房管局、区规划资源局（以下称为“房票核发单位”）作为实施主体将…核算后，出具给被补偿人…的结算凭证。房票样式由区房管局统一印发，"
               "由房票核发单位按需申领，并做好核销台账。」 — a definition that also gives work stays a task (round 39; Round 78's "
               "(c): a closing point that also gives work): 由A统一印发 names A (rule 2: the agent of 由 with a verb of "
               "doing); the bodies inside the defined noun's description 「由…作为实施主体…出具…的结算凭证」 are no doers of "
               "the item (round 30: a body inside a noun's description); 由A按需申领 is the issuing bodies drawing forms, an "
               "application (round 30: 「由A提出申请」 no unit) and 做好 outside the list (" + CLOSED + ") — [区房管局, 房票核发单位] "
               "accepted (申领 read as a verb of doing, RULING? 7); " + ONE_LEAD + "; " + RULES_NODATE),
        S(["二", "（二）"], [], ["街镇", "区相关部门"],
          note="「…政府配套商品住房面积由街镇核定，政府配套商品住房回购价格由区相关部门根据相关规定确定。」 after two paragraphs on what the voucher's sum is "
               "made of (terms) — a point that beside terms names an act of the plan's bodies stays a task (Round 75's "
               "p57f-2; round 70's x287_02): 由A核定, 由A确定 (rule 2's agent of 由 with a verb of doing); a district "
               "naming its 街镇 names a kind (Round 70's x288_04); 区相关部门 a kind (Round 77's x304_01 4.2.1, turned: "
               "相关部门 a kind, a doer with a rule-2 form); lead [] (no 牵头); " + RULES_NODATE),
        S(["二", "（三）"], [], ["房屋征收部门"], lead_alternatives=[["房屋征收部门"]],
          note="「房票安置是货币安置方式的一种补充，…。 被补偿人可选择…，具体由房屋征收部门根据实际情况制定“一基地一方案”。街镇开展的协议置换涉及国有土地上的项目，相关工作方案"
               "需向区房管局报备；涉及集体土地上的项目，相关工作方案则需向区规划资源局报备。」 — 由A＋制定 names A (rule 2); the beneficiaries' "
               "choice an option; the filings with 区房管局 and 区规划资源局 sendings whose receivers are none (rule 3), and "
               "the 街镇 inside 「街镇开展的协议置换」 a noun's description (round 30) — their filing a duty below (undated); "
               + ONE_LEAD + "; " + RULES_NODATE),
        S(["三"], [], [],
          note="「本区房地产开发企业以自愿参与为原则，通过意愿征集、综合评估、平等协商，签订协议后，纳入“房源超市”，相关…基本信息应在征收基地内进行公示，相关楼盘信息应及时"
               "更新。纳入“房源超市”中的新建商品住房应是…现房或…期房，…」 — a childless point that gives work by its verbs (公示, 更新) is "
               "a task (Round 70's x278_04 一 confirmed by round 65; round 63's x268_03), its verbs with no subject or "
               "outside the list: the developers' 参与／签订协议 is their joining the scheme (签订 names doers only with 由 "
               "or in articles, Round 77's x302_02 二、) — " + NONE + "; the point as no task (a section) accepted in the "
               "count; " + RULES_NODATE),
        S(["四", "（二）"], [], [HF], lead_alternatives=[[HF]],
          note="「选择房票安置的，由房票核发单位以户为单位，在补偿协议约定期限内向被补偿人核发房票。房票一式两份，…房票金额确认后不得更改，不计息。」 — 由A＋核发 (rule "
               "2; 核发 a verb of doing, Round 77's x302_04 三、: the district's 核发 of a permit is a decision, but here the "
               "issue of a voucher to a party who chose it is the bodies' own work, no review of a submission); the "
               "short name 「以下称为“房票核发单位”」 kept as printed (round 74's short names); 「选择房票安置的」 picks the "
               "beneficiaries (Round 79: a class, no contingency); " + ONE_LEAD + "; " + RULES_NODATE),
        S(["四", "（四）"], [], [], responsible_alternatives=[[HF]], targets=[(85, "%")],
          note="「房票持有人购买可购房源时，…签订…购房合同。…房票核发单位根据有效的房票凭证及购房合同，与房地产开发企业结算房票对应的资金。若…票面金额使用未达到85%的，…由"
               "房票核发单位按照…进行货币结算；票面金额使用达到85%的，房票余额可兑换成等额货币。」 — the holders' steps are rules for the "
               "beneficiary (round 52's x236_03); the issuing bodies settling money with the developers and the holders "
               "are payers (round 53 decided: 发放 with money; round 48), and 进行 and 结算 are outside the list (" + CLOSED
               + ") — " + NONE + "; [房票核发单位] accepted (由A＋进行货币结算 as rule 2's 由A＋verb, RULING? 8); (未)达到85% "
               "a quantity joined to 达到 that decides the step (round 30's line; Round 77's x304_02 第二十五条 达到95%) → 85 %; "
               + RULES_NODATE),
        S(["四", "（八）"], [], [], not_targets=[(20, "个工作日"), (2, "个月")],
          note="「自核发房票之日起2个月内，被补偿人不得变更…。…房票核发单位自收到房票持有人申请之日起20个工作日内，按照…约定明确的其他方式进行补偿，房票核发单位收回房票。」 — "
               "the holders' limits are terms; the issuing bodies' answer to a holder's application is the decision on it "
               "and its own steps, which name none (Round 74's x292_02, x292_03 第五条（二）; Round 77's x302_05 第十一条), "
               "补偿 a payer's act (round 48) and 收回 outside the list (" + CLOSED + ") — " + NONE + "; 20个工作日内 and "
               "2个月内 counted from an event: " + LIMIT + " → not_target; " + RULES_NODATE),
        S(["六", "（二）"], [], [],
          note="「（二）房票核发单位及相关单位，要严格执行征收安置相关政策及规定，对弄虚作假，或者擅自突破政策标准、拒不执行相关规定的，依法追究相关单位和人员责任。」 — "
               "执行 is outside rule 2's list (" + CLOSED + "; 要 changes nothing outside articles, Round 74's x295_03), "
               "相关单位 a bare call (Round 74's x293_01 5.1), and the liability names no body that acts (round 49's x39_03) "
               "— " + NONE + "; [房票核发单位] (执行 read as 实施) is not accepted: the closed list stands; " + RULES_NODATE),
     ],
     plan_targets=[(1, "年")],
     phases=[],
     duties=[{"what": "街镇开展的协议置换涉及国有土地上的项目，相关工作方案需向区房管局报备", "when": None, "when_norm": None,
              "note": "二、（三）: the filing of the 街镇's agreement-replacement plans with 区房管局 (or 区规划资源局) — a sending "
                      "the rules ask (Round 77's x299_01 第十条): undated"}],
     notes=["counting (leaf tasks; the notice is one plan with the rules it issues): the preamble, 一、 (scope) and 七、 "
            "（一）–（六） (a definition, two 参照执行, interpretation, force, a conflict rule: Round 78's (a) and (c)) general "
            "provisions; 四、（一）（三）（五） (the holders' terms: real name, validity 6 months with one 6-month extension, "
            "inheritance and loss — rules for the beneficiary, round 52's x236_03; Round 74's x292_03 第十二条) and 五、"
            "（一）–（三） (a reward given with no subject, a tax reference, a developers' discount: the scheme's terms, Round "
            "75's p57f-1, p57f-2) no tasks; the 附件 list names three attachments not printed (no tasks); 二、（一）（二）"
            "（三） 3, 三、 1, 四、（二）（四）（六）（七）（八） 5, 六、（一）（二） 2 → 11. Accepted: 10 (三、 a section with no "
            "numbered children, plans-dev EXPECTED.md lines 21–25), 9 (and 二、（二） as terms), 12 (四、（三） counted), 13 "
            "(四、（三）（五）).",
            "units: no labels; short names as printed (区房管局, 区规划资源局, 房票核发单位 by 「以下称为」); headed points, so rule 2's "
            "closed list; 被补偿人, 房票持有人 persons; 房地产开发企业 a party acting only outside the list.",
            "targets: 85 % (四、（四）); plan target 1 年 (四、（三）'s 「合计时长不超过1年」, a term's ceiling, Round 75's p57f-1); "
            "6 个月 and 延期仅限1次 terms (unchecked); 2个月内, 20个工作日内 limits; G60 a name."])

# ---------------------------------------------------------------------------------------------------------
X04 = "x307_04_pudong-2023-zhuzhai-xiaoqu-fangwu-yingji-weixiu-fuwu-guanli-ruogan-guiding.txt"
P04 = "浦东新区住宅小区房屋应急维修服务管理若干规定"
N04 = "浦东新区人民政府关于印发《" + P04 + "》的通知"
PT = "区应急维修平台"
ZZ = "街镇服务站"
WY = "物业服务企业"
ZX = "区物业管理事务中心"


def a04(label, *items):
    return art(X04, [label, *items])


plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title, printed over two lines 「浦东新区住宅小区房屋应急维修」「服务管理若干规定」 (lines 9 and 11; a stored "
                "break is the layout's, rounds 34, 61), or the notice's title (line 1): either (round 45's pair)",
     doc_no="浦府管规〔2023〕7号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市浦东新区人民政府",
     date="2023-12-29",
     date_note="the notice is dated 2023年12月29日 (no signature line); in force 2024年2月1日 to 2029年1月31日 (第十五条)",
     level="a district government (Shanghai Pudong) issuing its rules on emergency repair services in residential estates: "
           "the sector body and the platform, the streets' and towns' duty and their stations, property firms, who pays, "
           "graded response, emergency danger removal, openness, safeguards, inspection, assessment, detailed rules",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0070::0070321642", 2705),
     style="a notice (addressees, 「现将《…》印发给你们，请认真按照执行。」, date); the rules' title over two lines; fifteen "
           "articles 「第N条  (heading)」 (two spaces, half-width brackets) on their own lines over paragraphs; 第四、五条 each "
           "end in 「…具体承担以下职能：」 and items 「(一)…;」 (half-width brackets and semicolons); blank lines between all "
           "paragraphs; no attachment",
     leaf_tasks=15, count_alternatives=[9, 14, 16, 17],
     leaf_tasks_by_section={"第四条": 4, "第五条": 3, "第六条": 1, "第八条": 1, "第九条": 1, "第十条": 1, "第十一条": 1,
                            "第十二条": 1, "第十三条": 1, "第十四条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第四条  (行业管理)", "(二)"], [], [PT], lead_alternatives=[[PT]], responsible_alternatives=[[]],
          note="「区应急维修平台具体承担以下职能： … (二)承担房屋应急维修服务诉求的受理、交办和督办;」 — a lead-in clause gives its items units when they "
               "name none (rule 4), and a standing body given its duties by 承担＋work is designated (Round 77's x303_03; "
               "round 39); the platform is named in 第二条 as a standing platform (「区房屋应急维修指挥平台(以下简称“区应急维修平台”)」), "
               "and 「区物业管理事务中心设立区应急维修平台」 is the centre's duty, not the item setting it up (round 36: a body "
               "standing before the item is a doer where given work; Round 74: a platform made an actor is a unit as "
               "printed) — none accepted (the platform read as set up by its article, Round 75's set-up rule, RULING? 9); "
               + ONE_LEAD + "; " + RULES_NODATE,
          **a04("第四条  (行业管理)", "(二)")),
        S(["第四条  (行业管理)", "(三)"], [PT], [PT, ZZ, WY], lead_alternatives=[[]], responsible_alternatives=[[PT], []],
          note="「(三)协同街镇服务站和物业服务企业提供房屋应急维修服务;」 under 「区应急维修平台具体承担以下职能：」 — the item's missing subject is "
               "the lead-in's body (rule 4; rounds 34, 49 p46d: a missing subject carries the subject before it), and "
               "「A协同B＋verb」 reads as 「A会同B＋verb」 (round 30): lead A, A and B (和 two names, round 34); lead [] and "
               "the platform alone (or none, RULING? 9) accepted; " + RULES_NODATE,
          **a04("第四条  (行业管理)", "(三)")),
        S(["第五条  (属地责任)", "(二)"], [], [ZZ], lead_alternatives=[[ZZ]], responsible_alternatives=[[]],
          note="「街镇服务站具体承担以下职能： … (二)根据区应急维修平台统一调度，对辖区外房屋应急维修服务诉求提供支援;」 — the lead-in's body (rule 4; "
               "designated by 承担, Round 77's x303_03), the station named in 第二条 as a standing body; the body whose "
               "dispatch it follows 「根据A统一调度」 is no doer (a guide, rule 3's 「在A指导下」); none accepted as in (三) of "
               "第四条 (RULING? 9); " + ONE_LEAD + "; " + RULES_NODATE,
          **a04("第五条  (属地责任)", "(二)")),
        S(["第八条  (分级处置机制)"], [], [PT, ZZ, WY], not_targets=[(30, "分钟")],
          note="「区应急维修平台、街镇服务站和物业服务企业自接到…诉求后，原则上应当在30分钟内响应。 物业服务企业无法完成…的，可以由街镇服务站响应…;街镇服务站无法完成…的，"
               "可以由区应急维修平台响应…。」 — the article's subjects of 响应 (" + ARTICLE + "); the second paragraph options "
               "(可以由, round 30) add nothing; 30分钟内 counted from the request: " + LIMIT + " (原则上 is no comparison word "
               "without 不超过) → not_target; lead [] (no 牵头); " + RULES_NODATE,
          **a04("第八条  (分级处置机制)")),
        S(["第九条  (紧急排险)"], [], [WY, "街道办事处", "镇人民政府"],
          note="「住宅小区房屋应急维修涉及危害公共安全情形的，物业服务企业应当立即向业主委员会、居(村)民委员会、街道办事处或者镇人民政府报告，并采取避险防范措施。 街道办事处、"
               "镇人民政府应当立即进行现场查看并视情采取紧急排险措施;无法完成紧急排险的，可以向…请求支援。」 — the item's whole work is the response "
               "to its case, so its doers stand (round 30's clarification; Round 78's p58c-2), the article's subjects of "
               "采取／进行 (" + ARTICLE + "); the receivers of 报告 none (rule 3); 「A、B」 two names; the request for help an "
               "option; the report a sending, its duty below (立即: undated); lead [] (no 牵头); " + RULES_NODATE,
          **a04("第九条  (紧急排险)")),
        S(["第十一条  (保障措施)"], [], [PT, ZZ], responsible_alternatives=[[PT, ZZ, ZX, "街道办事处", "镇人民政府"]],
          note="「区应急维修平台、街镇服务站应当配备…人员、设施设备和应急物资，…开展专业培训，…保养，…调整应急物资储备。 鼓励…加强…信息化建设…。 区物业管理事务中心和街道办事处、"
               "镇人民政府应当…分别为区应急维修平台、街镇服务站提供必要的补贴。」 — the article's subjects of 配备／开展 (" + ARTICLE + "); "
               "鼓励 gives no work (Round 77's x299_02 第七条); 提供 with money (补贴) makes a payer, no doer (round 48: only "
               "money makes a payer; Round 74's x292_03 第十三条) — the list with the three payers accepted; lead [] (no "
               "牵头); " + RULES_NODATE,
          **a04("第十一条  (保障措施)")),
        S(["第十三条  (考核评价)"], [], [ZX], lead_alternatives=[[ZX]],
          note="「区物业管理事务中心应当建立考核制度，制定…规范和考核标准，对区应急维修平台、街镇服务站的…进行考核评价。 区应急维修平台、街镇服务站…未按照协议约定提供…的，"
               "相关部门、单位可以对其进行诫勉、约谈，督促及时整改。 物业服务企业存在失信行为的，按照…记入信用档案。」 — the article's subject (" + ARTICLE
               + "); 可以 makes the second paragraph an option (round 30), and the third has no subject; " + ONE_LEAD + "; "
               + RULES_NODATE,
          **a04("第十三条  (考核评价)")),
        S(["第十四条  (实施细则)"], [], ["区建交委"], lead_alternatives=[["区建交委"]],
          note="「本规定的具体实施细则，由区建交委另行制定。」 — 由A＋制定 (rule 2); a closing article that gives a body work is no general "
               "provision (round 39; Round 78's (c): a closing point that also gives work stays a task), unlike 「本办法由A负责"
               "解释」 (rule 3); " + ONE_LEAD + "; " + RULES_NODATE,
          **a04("第十四条  (实施细则)")),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "物业服务企业应当立即向业主委员会、居(村)民委员会、街道办事处或者镇人民政府报告", "when": "立即", "when_norm": None,
              "note": "第九条: the property firm's report of a danger to public safety — a sending the rules ask of a body "
                      "they task: undated (立即 is no time, as 及时, round 35)"}],
     notes=["counting (leaf tasks; the notice is one plan with the rules it issues): 第一条 (purpose), 第二条 (scope and "
            "definition), 第三条 (principles, 总体要求: 「应当坚持…原则」, round 51) and 第十五条 (force) general provisions; 第七条 "
            "(who is the 维修责任人 and that he bears the cost: a payer and persons, terms) no task; 第四条 (一)–(四) 4 and "
            "第五条 (一)–(三) 3 (an article's items are its leaves; the paragraphs before them, 「区建交委负责…」「区物业管理事务中心"
            "设立…并负责…」「街道办事处、镇人民政府负责…」, are the article's text above its items); 第六、八、九、十、十一、十二、十三、十四条 1 "
            "each → 15. Accepted: 14 (第十四条 read as a closing provision), 16 (第七条 counted), 17 (第四、五条's opening "
            "paragraphs counted as tasks of their own), 9 (第四、五条 one task each).",
            "units: no labels; short names by 「以下简称」 as printed (区应急维修平台, 街镇服务站, 房屋应急维修服务); 街道办事处 and 镇人民政府 "
            "two names; 房屋维修责任人, 房屋所有权人, 房屋使用人 persons by role.",
            "targets: none in the sampled items; 30分钟内 (第八条) a limit; no plan target."])

# Round 60 (rul82): answers aligned to tests/data/CONVENTIONS.md "Round 82 rulings" (README, round 60)
from aligned_rulings import align82  # noqa: E402

align82("x307_02", ["第十条（预算设立）"], "「…由区房管局负责年度预算管理和日常资金使用管理；…区财政局做好对预算项目设立、资金使用的指导和监督。」 (第十条): guidance and supervision of another body's work is rule 3's guide, in articles too, as a verb or as 做好's object (round 55's x247_02), 监督 joined to 指导 the same guide (Round 81's x309_01 第三条 指导监督); 预算设立 is no heading that gives out work",
        "Units, turned: round 55's x247_02 governs with Round 81's x309_01 over round 44's article subject (p60b-1)",
        resp=[FG], resp_alt=[[FG, "区财政局"], [FG, "各街道", "区财政局"]])

# Round 61 (rul84): x307_04 第四条 (四), 第五条 (三) aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: the duty lists' catch-all last lines, governs, p61a-1) (README, round 61)
from aligned_rulings import CATCHALL84, align84  # noqa: E402

align84("x307_04", None, "「(四)承担上级部门交办的其他房屋应急维修任务。」 (第四条 (四)) and 「(三)承担街道办事处、镇人民政府交办的其他房屋应急维修任务。」 (第五条 (三)): last lines of duty lists naming only work others hand down: text, no tasks; not sampled",
        CATCHALL84 + "; 15 → 13 (第四条 4 → 3, 第五条 3 → 2), 15 stays accepted",
        counts={"leaf_tasks": 13, "count_alternatives": [15, 9, 14, 16, 17],
                "leaf_tasks_by_section": {"第四条": 3, "第五条": 2, "第六条": 1, "第八条": 1, "第九条": 1, "第十条": 1, "第十一条": 1, "第十二条": 1, "第十三条": 1, "第十四条": 1}})

write_collected(DIR)
