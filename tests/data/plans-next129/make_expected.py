# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next129/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 35 (built by helper c129): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` / ``locate`` of
../plans/expected_tools.py, and ``level`` below for the run-in level paragraphs); every answer was written here by
reading the texts, under ../CONVENTIONS.md as on main at 8bc266cb (round 29's ruling on units written in sentences
with the round-30 clarifications, round 30's rulings on thresholds and general provisions, round 31's exceptions,
and the round-32, round-33, round-34 and early round-35 rulings). Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next129/make_expected.py tests/data/plans-next129
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
FOLDER = "规划与土地"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (做好, 签订, 核定, "
          "采取, 有, 指导 without 负责, 服从, 协商 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
MEET = "CONVENTIONS.md units rule 2, 「（由）A会同B＋verb」: lead A (lead [] accepted), responsible A, B"
PAYER = ("payers 「由…缴纳」「…应按…缴纳调节金」 name no doer (CONVENTIONS.md round 30: a cost's payer is not a unit; round 35: "
         "a cost verb decides a payer)")
MAIN = ("an article of the document's own work (not purpose, scope, definitions, interpretation or entry into force): a "
        "task whether or not it names a unit (CONVENTIONS.md round 30 articles; round 34 headed points: an article whose "
        "text gives work 「应…」 is a task; plans-next123 counted so)")
HEAD04 = ("CONVENTIONS.md round 34 / round 35: the item stands under 「二、管理职责」, a heading that gives out work — a label "
          "of doers: every body the text gives work, by any verb of doing, is a unit, in printed order, and in 「A指导B开展…」 "
          "A and B (round 35); receivers 「报A」「通知A」「报告A」 are not (rule 3)")
PIVOT = ("(ruled round 36: every body given work under the heading is a unit) the object of 组织／引导 with its own verb (「组织乡镇开展核查」「引导规模经营主体流转复耕」) is read as round 35's "
         "「A指导B开展…」 under a 职责 heading (B given work: a unit)")
GUIDE = ("(ruled round 36) 「在A（的）指导下＋verb」 under the heading — A is not the subject of a verb of doing (rule 3's guide), so not "
         "a unit, though round 35 makes A a unit in 「A指导B开展」")
RUNIN = ("the paragraphs of this numbered item each open with a level 「区级层面：」「镇级层面：」「村级层面：」 — read as round 35's "
         "run-in headings, the item's children (tasks) (RULING?: round 32 read a childless section of paragraphs opening "
         "with bodies as one task; a level is not a body; the count with each numbered item one task is accepted)")


def art_sample(file):
    """Samples of one file located by their article label (``article_in``)."""
    def A(path, lead=(), resp=(), targets=(), **kw):
        return S(path, lead, resp, targets, **kw, **art(file, path))
    return A


def level(file, item_line_start, heading, **kw):
    """A run-in level paragraph 「区级层面：…」 inside the numbered item whose line starts with ``item_line_start``:
    its line (1-based) and first eight characters (the heading included, as 「一、」 is cut and the rest kept)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = next(n for n, t in enumerate(lines) if t.startswith(item_line_start))
    while not lines[i].startswith(heading):
        i += 1
    return {"line": i + 1, "title_starts": lines[i][:8]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x129_01_fengxian-2025-jiti-jingyingxing-jianshe-yongdi-rushi-jiti-shouyi-fenpei-guanli-banfa.txt"
PLAN01 = "关于进一步完善奉贤区农村集体经营性建设用地入市集体收益分配的管理办法"
NOTICE01 = f"上海市奉贤区农业农村委员会关于印发《{PLAN01}》的通知"
A1 = art_sample(X01)

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪奉农委〔2025〕67号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区农业农村委员会",
     date="2025-12-19",
     level="district commission (Shanghai Fengxian), to 各镇人民政府，街道办事处，海湾旅游区管委会",
     source=shanghai_source(FOLDER, "上海市奉贤区农业农村委员会关于印发《关于进一步完善奉贤区农村集体经营性建设用地入市集体收益分配的管理.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00843581&siteId=0084", 1804),
     style="a cover (「…经2025年12月2日…常务会议审议通过，现印发给你们」, dated 2025年12月19日) then the 办法, ten articles run "
           "into their paragraphs 「第N条 …」 with no chapters and no headings: purpose, definition, scope, then 由A会同B收取 "
           "(第四条), a 联合社's procedure with an approver (第五条), use of the funds (第六条), A负责 (第七条, 第九条), 「A…委托"
           "第三方…进行年度审计」 (第八条), an unaddressed 「加强监督巡查…严肃查处」 (第十条); the page ends with a 「【文字解读】…」 link line",
     leaf_tasks=7, count_alternatives=[5, 6, 10],
     leaf_tasks_by_section={"第四条–第十条": 7},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A1(["第四条"], ["财政部门"], ["财政部门", "规资部门"], lead_alternatives=[[]],
           note="「其入市收益由财政部门会同规资部门按规定收取土地增值收益调节金后，其余部分归农村集体经济组织所有…」: " + MEET
                + " — the clause stands inside a sentence about the proceeds (rule 2: where it stands does not matter; it "
                "is no case 「…的，由A」); 「在农村集体经济组织设立专户」「纳入…平台监管」 have no subject; " + NODATE),
        A1(["第五条"], [], ["街镇经济联合社"], lead_alternatives=[["街镇经济联合社"]],
           note="「…时，街镇经济联合社按联合社章程中规定的程序，需召开理事会…，并召开…成员大会…通过后，方可有效，同时形成会议决议上报"
                "街镇农村集体资产监督管理委员会审核同意后实施」: 召开 (without 组织) and 上报 are outside rule 2, but the subject "
                "carries to 实施 inside the paragraph (CONVENTIONS.md round 34: an elided subject carries over) — ruled round 36 (「A及时安排…实施」 A a doer): 实施 "
                "here closes the approval (「审核同意后实施」), read as the 联合社 carrying out the use; 街镇农村集体资产监督管理委员会 "
                "only approves (rule 3); " + SUBJ + "; " + NODATE),
        A1(["第七条"], [], ["街镇农村集体资产监督管理委员会"], lead_alternatives=[["街镇农村集体资产监督管理委员会"]],
           note="「街镇农村集体资产监督管理委员会负责本辖区入市分成收益具体用途及日常管理的监督」: the subject of 负责 (rule 2); "
                + SUBJ + "; " + NODATE),
        A1(["第八条"], [], ["街镇农经管理部门"], lead_alternatives=[["街镇农经管理部门"]],
           note="「街镇农经管理部门对…实际使用成效委托第三方专业机构进行年度审计，并对其规范性使用进行核查」: a pivot without 由 "
                "「A委托B…」 reads as 「由A委托B」 — A a doer, B (第三方专业机构) not (CONVENTIONS.md round 35, round 33); "
                "「年度」 is no date; " + SUBJ + "; " + NODATE),
        A1(["第九条"], [], ["各级农村经营管理机构"], lead_alternatives=[["各级农村经营管理机构"]],
           note="「各级农村经营管理机构负责对…使用的指导和监督工作，做好…保值增值工作」: the subject of 负责 (rule 2) — a group "
                "named by a kind (round 30: 「各区要落实…」 is a doer); 「任何单位和个人不得侵占…」 is a general ban, no unit; "
                + SUBJ + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (purpose and basis), 第二条 (definition) and 第三条 (scope) are general provisions (round 30); "
            "第四条–第十条 are articles of the 办法's work → **7** (" + MAIN + "): 第六条 (use of the funds, 「按…章程规范使用和"
            "管理，主要用于…」, no subject) and 第十条 (「加强监督巡查，对违反规定的单位和个人依法依规依纪严肃查处」, no subject) "
            "included. Accepted: 6 (第十条 read as a 保障措施-like call naming no unit, round 27), 5 (第六条 also read as a "
            "statement, no work), 10 (with the general provisions, round 30). The last line 「【文字解读】《…》政策解读」 is the "
            "page's link to an interpretation, no task",
            "units: rule 2 only (no label) — 第四条 (由A会同B收取), 第五条 (实施, ruled round 36), 第七条, 第九条 (负责), 第八条 (A委托B); "
            "第六条 and 第十条 name no doer",
            "dates: none — 2025年12月2日 a meeting, 2025年12月19日 the cover's date; 「年度审计」 no date",
            "targets: none; document numbers 厅字〔2022〕34号, 沪农委〔2019〕346号 are not targets; no phases; no duties (the "
            "联合社's 「上报…审核」 is a regulated party's filing for approval, round 32: no duty)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x129_02_fengxian-2025-jiti-jingyingxing-jianshe-yongdi-shiyongquan-diya-daikuan-guanli-banfa.txt"
PLAN02 = "上海市奉贤区农村集体经营性建设用地使用权抵押贷款管理办法"
NOTICE02 = f"关于印发《{PLAN02}》的通知"
A2 = art_sample(X02)

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 办法's own title, printed on two lines after 「附件：」 (「…建设用地使用权」 / 「抵押贷款管理办法」), or the notice "
                "title (the first line): either is accepted",
     doc_no="沪奉财〔2025〕16号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区财政局",
     date="2025-12-16",
     level="district bureau (Shanghai Fengxian), to 各街镇、开发区，各相关区级部门",
     source=shanghai_source(FOLDER, NOTICE02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00843536&siteId=0084", 2804),
     style="a cover (「…修订了《…》，…现印发给你们，请遵照执行」, a 「附件：…试行管理办法」 line, dated 2025年12月16日) then 「附件：」 "
           "and the 办法 (its title on two lines), fifteen articles each a heading line 「第N条 名称」 over its paragraphs: "
           "purpose, definition (with 「…参照…执行」), scope, 适用条件 (「奉贤区相关部门指导地块所在乡镇选取金融机构…」), "
           "definitions of 抵押人／抵押权人, rules for the parties, 由A办理 (第九条), a list of banned cases (一)–(五) with ASCII "
           "brackets and 「;」, 「金融机构应当实施尽职追偿」, 「参与的金融机构…负责实施」, validity of two years",
     leaf_tasks=8, count_alternatives=[7, 9, 12],
     leaf_tasks_by_section={"第四条, 第八条–第十四条": 8},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A2(["第四条 适用条件"],
           note="「开展…抵押贷款的地块应当已经完成…确权、登记、颁证等工作，奉贤区相关部门指导地块所在乡镇选取金融机构开展…业务」: "
                "「A指导B…」 without 负责 makes A a guide (CONVENTIONS.md round 30: rule 3's guide), and 乡镇, the pivot's object, "
                "is no unit (no 职责 heading here: 适用条件 is not one of round 35's headings) — " + CLOSED + ": " + NONE + "; the "
                "article is counted a task for its second sentence, which gives work (its first states a condition; the count "
                "without it, 7, is accepted); " + NODATE),
        A2(["第九条 抵押登记"], [], ["不动产登记机构"], lead_alternatives=[["不动产登记机构"]],
           note="「…抵押登记参照国有土地使用权抵押登记办法的有关规定，由不动产登记机构办理」: the agent of 由 with a verb of doing "
                "(rule 2; round 34: 由A＋any verb) — RULING?: the article opens with 「参照…的有关规定」, and round 34 makes 参照 "
                "articles general provisions; read here as a task, since 参照 only names the manner and the article gives work "
                "to a body (round 30: an article that gives work to a body is a task); " + SUBJ + "; " + NODATE),
        A2(["第十三条 风险补偿"], [], ["金融机构"], lead_alternatives=[["金融机构"]],
           note="「…逾期形成不良贷款后，提供贷款的金融机构应当实施尽职追偿」: the subject of 实施 (rule 2); a 的-phrase before a "
                "name describes it, the unit is the name after the last 的 (round 34) — 金融机构; the article's whole work is the "
                "response to its case (round 30); 「对申请且符合…条件的金融机构，按规定享受风险补偿」 names beneficiaries, no "
                "unit; " + SUBJ + "; " + NODATE),
        A2(["第十四条 金融机构制定相关操作细则"], [], ["金融机构"], lead_alternatives=[["金融机构"]],
           note="「参与的金融机构应研究制定…操作办法细则并负责实施」: the subject of 负责 (rule 2; 研究制定 alone would not do); "
                "「参与的金融机构」 → 金融机构 (round 34: the unit is the name after the last 的; round 34: a regulated party "
                "named by a kind is a doer with a rule-2 form); " + SUBJ + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (目的和依据), 第二条 (定义, with a 参照 sentence), 第三条 (适用范围), 第五条 and 第六条 (definitions "
            "of 抵押人／抵押权人) and 第十五条 (有效期) are general provisions (round 30, round 34 参照); 第七条 (抵押物范围: what the "
            "mortgage covers) is read as a definition of scope (the count with it, 9, is accepted); 第十条's (一)–(五) are the "
            "cases in which land may not be mortgaged — round 35: an article whose items are only cases is one task (12, with "
            "five leaves, accepted); 第四条 and 第八条–第十四条 are the 办法's work → **8**. Accepted: 7 (第四条 read as "
            "conditions, round 35), 9, 12",
            "units: rule 2 only — 第九条 (由A办理), 第十三条 (实施), 第十四条 (负责实施); 第八条 (「可由…中介机构评估确定」, an "
            "option), 第十一条 (「由抵押权人优先受偿」 a receiver of the price, 「由借款人继续清偿」 a payer, 「可以请求人民法院…」 an "
            "option), 第十二条 (「抵押人和抵押权人应当服从」) name no doer",
            "dates: none — 2025年12月16日 the cover's date; 「有效期两年」 a validity; 「到期」「逾期」 no dates",
            "targets: none; document numbers 厅字〔2022〕34号, 自然资办函〔2023〕364号, 金规〔2024〕3号, 沪规划资源乡〔2023〕201号 "
            "are not targets; no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x129_03_fengxian-2025-tudi-zengzhi-shouyi-tiaojiejin-zhengshou-shiyong-guanli-shishi-xize.txt"
PLAN03 = "上海市奉贤区农村集体经营性建设用地土地增值收益调节金征收使用管理实施细则"
NOTICE03 = f"关于印发《{PLAN03}》的通知"
A3 = art_sample(X03)

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 细则's own title, printed on two lines after 「附件：」, or the notice title (the first line): either is "
                "accepted",
     doc_no="沪奉财〔2025〕17号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区财政局",
     date="2025-12-16",
     level="district bureau (Shanghai Fengxian), to 各街镇、开发区，各相关区级部门",
     source=shanghai_source(FOLDER, NOTICE03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00843537&siteId=0084", 3769),
     style="a cover with a 「附件：…」 line (dated 2025年12月16日), then 「附件：」 and the 细则 (its title on two lines) in 第一章–"
           "第五章 and 第一条–第二十四条, each article run into its first paragraph 「第N条 …」: 总则 (purpose, scope, definitions, "
           "payers); 征收缴库 (由A管理 and 由A会同B负责 in 第五条, rates by land use in 第七条 (一)–(五) with ASCII brackets — "
           "15%, 20%, 35%, 35%, 15% —, 50% in 第九条, how income is reckoned in 第十一条 (一)–(五), 「低于基准地价80%的」, 由A办理 "
           "in 第十五条, 「区财政局、区规划资源局等相关部门…采取措施督促」); 使用管理; 法律责任 ((一)–(五) cases); 附则",
     leaf_tasks=13, count_alternatives=[11, 14, 17],  # aligned round 36: CONVENTIONS.md round-36 Tasks 「A list of rates or prices under an article is text」 — 第七条's (一)–(五) rates by land use are its text, 第七条 one task (was 17; [11, 13, 15, 18, 21])
     leaf_tasks_by_section={"第二章 第五条, 第七条, 第九条, 第十二条–第十八条": 10, "第三章 第十九条": 1,
                            "第四章 第二十一条, 第二十二条": 2},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A3(["第五条"], ["区财政局"], ["区财政局", "区规划资源局"], lead_alternatives=[[]],
           note="「调节金由区财政局管理，具体征收工作由区财政局会同区规划资源局负责」: 由A管理 (rule 2: the agent of 由 with a verb "
                "of doing) and 由A会同B负责 — " + MEET + "; " + PAYER + "; " + NODATE),
        A3(["第七条"], [], [], [(15, "%"), (35, "%")],
           note="aligned round 36: CONVENTIONS.md round-36 Tasks 「A list of rates or prices under an article is text」 — 第七条's (一)–(五) rates by land use are its text, 第七条 one task (was the samples 第七条/(一) 15% and 第七条/(三) 35%): 「…应按入市收入的15%缴纳调节金;」「…35%…」: "
                "the policy's own rates, targets of the article (CONVENTIONS.md round 25 per-unit rates; round 35: a policy's "
                "own rate); " + PAYER + ": " + NONE + "; " + NODATE),
        A3(["第九条"], [], [], [(50, "%")],
           note="「…再转让方按土地增值收益的50%缴纳调节金」: the policy's own rate, a target (round 25, round 35); " + PAYER + ": "
                + NONE + "; " + MAIN + "; " + NODATE),
        A3(["第十二条"], [], [], [(80, "%")],
           note="「…入市、再转让价格低于基准地价80%的，区人民政府有优先购买权」: 80% joined to 低于 — a threshold that triggers a "
                "step, a target by the round-30 line (RULING?: round 34 makes 「a class the rule covers」 no target; the price "
                "floor is read as the policy's standard, not a class of objects); 区人民政府 only 有 a right — " + CLOSED + ": "
                + NONE + "; 「执行《…基准地价》」 no subject; " + NODATE),
        A3(["第十五条"], [], ["区规划资源局"], lead_alternatives=[["区规划资源局"]],
           note="「…交易方按合同支付价款及税费、调节金后，由区规划资源局按规定办理不动产登记手续」: the agent of 由 with a verb of "
                "doing (rule 2); 「…后」 is a time from an event (no case 「…的」, no deadline); the paragraph after it (「调节金缴纳"
                "凭证是…要件」) states a requirement; " + SUBJ + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (purpose and basis), 第二条 (scope), 第三条 and 第四条 (definitions; 第四条's payers are part of "
            "the definition), 第八条, 第十条 and 第十一条 (一)–(五) (how 入市收入／增值收益／再转让收入 are reckoned: definitions), "
            "第二十三条 (interpretation), 第二十四条 (entry into force) are general provisions (round 30); 第六条 (「按照…原则，"
            "考虑…因素，确定调节金征收比例」) a principle (round 33); 第二十条 (征收工作经费纳入部门预算) a funding guarantee naming "
            "no unit (round 27, as a 保障措施 item); the rest are the 细则's work: 第五条, 第七条 (一)–(五), 第九条, 第十二–十九条, "
            "第二十一条 (its (一)–(五) are only cases: one task, round 35), 第二十二条 → 17; aligned round 36: 第七条's rates are its "
            "text (a list of rates under an article) → **13**. Accepted: 11 (without the 法律责任 articles 第二十一、二十二条, "
            "read as penalties that give no work), 14 (with 第六条), 17 (第二十一条's five cases as leaves)",
            "units: rule 2 only — 第五条 (由A管理, 由A会同B负责), 第十五条 (由A办理); 第十四条 (调节金征收部门 核定／开具／公示), "
            "第十六条 (「区财政局、区规划资源局等相关部门依据职权采取措施督促其补缴」: 采取, and 督促 is a pivot outside the list), "
            "第十三条 (交易双方签订), 第十八条 (农村集体经济组织…做好…公示) have bodies with verbs outside rule 2 only — no unit; "
            "payers 出让方／出租方／再转让方／缴纳义务人 are no units",
            "dates: none — 2025年12月16日 the cover's date; 「定期公示」 no date; 「有效期两年」 a validity",
            "targets: 15% (第七条(一), 第七条(五)), 20% (二), 35% (三), 35% (四), 50% (第九条), 80% (第十二条); not sampled: (二), (四), (五); "
            "「1030717」 is a budget account number (no target); document numbers 厅字〔2022〕34号, 财税〔2016〕41号, 财税〔2023〕52号, "
            "沪规划资源乡〔2023〕201号 are not targets; no phases, no duties (payments by the regulated are no duty, round 32)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x129_04_chongming-2025-ezhi-nongcun-luanzhan-gengdi-jianfang-nongye-yongdi-guankong-guanli-banfa.txt"
PLAN04 = "崇明区关于坚决遏制农村乱占耕地建房行为及加强农业用地管控的管理办法"
NOTICE04 = "上海市崇明区人民政府关于印发本区坚决遏制农村乱占耕地建房行为及加强农业用地管控的管理办法的通知"


def L4(path, item_line_start, heading, lead=(), resp=(), targets=(), **kw):
    return S(path, lead, resp, targets, **kw, **level(X04, item_line_start, heading))


plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪崇府发〔2025〕32号 (from the index; the stored text prints no number)",
     issuer="上海市崇明区人民政府",
     date="2025-09-12 (signed; the index dates it 2025-09-11)",
     level="district government (Shanghai Chongming), to 各乡、镇人民政府，区政府各委、办、局，区各直属单位",
     source=shanghai_source(FOLDER, NOTICE04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=test_948c8147-31da-4e42-890f-3df51305b9f0&siteId=0085",
                            5480),
     style="a cover (「…已经区委、区政府同意，现印发给你们」, dated 2025年9月12日) then the 办法: a preamble, 一、管理范围 (（一）–"
           "（三）, scope), 二、管理职责 with （一）农民建房监管 / （二）设施农业用地用途监管 / （三）制止耕地“非农化”… each holding "
           "「1.…」「2.…」; every 2. is three paragraphs opened by a level 「区级层面：」「镇级层面：」／「乡镇层面：」「村级层面：」 with "
           "「一是…二是…」 inside; 区级 paragraphs of bodies with 负责／负责指导／牵头推进／负责牵头／会同; 三、保障措施 (childless, "
           "「…要定期向区纪委监委、区委组织部移送…」), 四、附则",
     leaf_tasks=12, count_alternatives=[6, 9, 13, 15],
     leaf_tasks_by_section={"二、（一）1. and 2. (区级／镇级／村级层面)": 4, "二、（二）1. and 2. (区级／镇级／村级层面)": 4,
                            "二、（三）1. and 2. (区级／乡镇／村级层面)": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["三、保障措施", "四、附则"],
     samples=[
        L4(["二", "（一）", "2", "区级层面"], "2.健全农民建房常态监管机制", "区级层面：",
           ["区农业农村委", "区规划资源局"],
           ["区农业农村委", "乡镇", "区规划资源局", "区建设管理委", "区城管执法局", "乡镇综合行政执法队", "区城运中心", "各区级部门"],
           lead_alternatives=[[]],
           note=RUNIN + "; " + HEAD04 + ": 「区农业农村委负责指导乡镇健全…」 (区农业农村委, 乡镇), 「区规划资源局负责…布局」, 「区建设"
                "管理委负责指导乡镇开展…」, 「区城管执法局负责指导乡镇综合行政执法队开展…」, 「区城运中心指导乡镇做好…」, 「各区级部门…"
                "做好…整治」 (a kind: round 32), 「其中区农业农村委牵头推进…，区规划资源局牵头推进…」 — lead the two bodies that "
                "牵头 (rule 2 「A牵头」; ruled round 36: each leads a part of the paragraph's work; under a heading label the lead "
                "[] is accepted); 「《…》（沪规划资源执〔2024〕555号）有关职责分工」 a reference, no unit; " + NODATE),
        L4(["二", "（一）", "2", "镇级层面"], "2.健全农民建房常态监管机制", "镇级层面：", [],
           ["各乡镇", "相关村", "各村"],
           note=RUNIN + "; " + HEAD04 + ": 「各乡镇要将…纳入日常管理，规范做好…」, the elided subject of 一是–五是 (round 34), "
                "「指导相关村完善村规民约…」 (相关村), 「指导各村开展…风险评估」 (各村); 「在区建设管理委的指导下建立…」「在区规划资源局"
                "指导下梳理…」 — " + GUIDE + "; no 牵头: lead []; " + NODATE),
        L4(["二", "（二）", "2", "区级层面"], "2.落实监管职责", "区级层面：",
           ["区农业农村委", "区规划资源局"],
           ["区农业农村委", "乡镇", "区规划资源局", "乡镇人民政府", "部、市、区相关部门", "区绿化市容局"], lead_alternatives=[[]],
           note=RUNIN + "; " + HEAD04 + ": 「区农业农村委负责牵头开展113个…项目日常监管…，指导乡镇做好…监管，将…情况及时通知区规划"
                "资源局并配合做好查处工作」 (区农业农村委, 乡镇; 区规划资源局 here a receiver), 「区规划资源局负责牵头开展164个…"
                "日常监管，…指导乡镇人民政府开展…备案…，配合部、市、区相关部门开展…检查、整改工作…」 (区规划资源局, 乡镇人民政府; "
                "部、市、区相关部门, the partner 区规划资源局 assists, is given work too — aligned round 36: CONVENTIONS.md round 36, "
                "under a heading that gives out work 「B配合A开展」 gives both A and B (first written RULING? with it left out); "
                "「部、市、区」 places sharing one head, one name as printed, round 30), 「区绿化市容局等其他区级部门…做好相关工作」 (round 35: a full "
                "name before 「等其他区级部门」 — the tail dropped: 区绿化市容局); lead the two bodies that 负责牵头 (rule 2 「A牵头"
                "（负责）」; [] accepted, as above); 113个, 164个 count projects already dealt with (present figures, round 33: "
                "no targets, not checked); " + NODATE),
        L4(["二", "（二）", "2", "镇级层面"], "2.落实监管职责", "镇级层面：", [],
           ["各乡镇人民政府", "各乡镇", "乡镇"],
           note=RUNIN + "; " + HEAD04 + ": 「各乡镇人民政府要对照…开展监督管理…」 (the elided subject of 一是–三是), 「同时，各乡镇要"
                "规范办理…备案，定期将完成备案的项目报区规划资源局、区农业农村委」 (各乡镇; the two bureaus receive: rule 3), "
                "「对于经营主体退出的设施农业用地由乡镇依法依规处置」 (乡镇, the agent of 由; under the heading every body given "
                "work counts, the case clause too); names as printed, three names; no 牵头: lead []; the sending to the two "
                "bureaus is a duty (round 35: a plan unit's sending to another body of the plan); " + NODATE),
        S(["二", "（三）", "1"], [], ["各乡镇", "有关单位"],
                note=HEAD04 + "; 「各乡镇、有关单位要将粮食生产任务落实到地块…」: the subject of 落实 (a rule-2 verb too); under a "
                     "label a name is kept unless it is one of the four no-kind words 各地／各地区／各方面／有关方面 (CONVENTIONS.md "
                     "round 33: labels keep their names), so 有关单位 stays (by rule 2 alone it would be a general call, round 33); "
                     "the first paragraph (「贯彻落实…，加强耕地种植用途管控…」) has no subject; no 牵头: lead []; " + NODATE),
        L4(["二", "（三）", "2", "区级层面"], "2.强化问题发现与监督管理", "区级层面：", ["区规划资源局"],
           ["区规划资源局", "乡镇", "区农业农村委", "城运中心", "规模经营主体", "农业社会化服务主体"], lead_alternatives=[[]],
           note=RUNIN + "; " + HEAD04 + ": 「区规划资源局…落实耕地占补平衡；…开展…监测；…要及时组织乡镇开展核查…；会同区农业农村委、"
                "城运中心组织开展对网格巡查员…的业务培训」 (区规划资源局; 乡镇 — " + PIVOT + "; 区农业农村委, 城运中心 by 会同; "
                "网格巡查员 are persons, the trainees), 「区农业农村委…负责加强…管理，…指导基本农田农作物种植…」 and 「…引导规模经营"
                "主体流转复耕、农业社会化服务主体复耕代种」 (the two kinds of operator, as above); lead 区规划资源局 by 「A会同B＋"
                "verb」 (rule 2; [] accepted); 「年度变更」 no date; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各乡镇定期将完成备案的设施农业用地项目报区规划资源局、区农业农村委", "when": "定期", "when_norm": None,
              "note": "二、（二）2. 镇级层面: a plan unit's sending to other bodies of the plan (CONVENTIONS.md round 32, "
                      "round 35); 「定期」 names no rhythm"},
             {"what": "区农业农村委、区规划资源局等定期向区纪委监委、区委组织部移送各乡镇、村的监管问题情况", "when": "定期",
              "when_norm": None,
              "note": "三、保障措施: a sending by plan units to district bodies (round 32, round 35: a duty), in a childless "
                      "section that is no task"}],
     notes=["counting: the preamble and 一、管理范围 （一）–（三） (「监管工作覆盖…」: scope) are general provisions (round 30); "
            "二、管理职责 holds the work: each 1. is one task (（一）1. the 八不准 and 「要…严肃处置」, no body; （二）1. the three "
            "kinds of 大棚房 problem, a list of problems to find — text, not items, round 35; （三）1. two paragraphs); each 2. "
            "is three run-in level paragraphs (round 35: run-in headings opening every paragraph of a numbered item are its "
            "items) → 3 × (1 + 3) = **12**. 三、保障措施 is a childless top-level section (plans-dev EXPECTED.md lines 21–25; its "
            "bodies use 强化／做好／移送, no rule-2 verb), 四、附则 the entry into force. Accepted: 6 (each 2. one task, "
            "RULING?), 9 (6 with 一、's three scope items), 13 (with 三、保障措施), 15 (12 with 一、's three)",
            "units: by the heading 「二、管理职责」 (round 34 / round 35: a label of doers) for every task under it; not "
            "sampled: （一）1. and （二）1. name no body; the 村级层面 paragraphs name no body as subject (「配合镇级部门做好…」, "
            "「报告镇有关部门」, 「组织网格员…」 persons), and （三）2. 乡镇层面 only 「健全由镇级流转管理、土地管理等相关职能部门和村级"
            "组织共同参与…的机制」 (bodies inside a mechanism's description, round 30)",
            "dates: none — 2025年9月12日 the cover's date; 「2020年7月3日之后新增的违法问题」 picks the objects (no deadline); "
            "「每年度」「定期」 rhythms with no date; 「限期开展整改」 no date",
            "targets: none — 113个 / 164个 projects already rectified (present figures, round 33); 「超过两层（含两层）」 and "
            "「占地面积超过整改标准」 describe problems in a list of problems to find (round 31's exception: no targets); document "
            "numbers 自然资发〔2020〕127号, 沪规划资源执〔2024〕555号, 沪农委〔2025〕33号, 自然资发〔2021〕166号, 沪府办〔2021〕39号, "
            "国办发明电〔2020〕24号, 国办发〔2020〕44号 are not targets; no phases"])

write_collected(DIR)
