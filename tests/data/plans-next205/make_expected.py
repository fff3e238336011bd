# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next205/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 45 (built by helper c205): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 45 rulings, written
early" and "Round 44 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run
on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next205/make_expected.py tests/data/plans-next205
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = partial(shanghai_source, "工程建设管理")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTSUBJ = ("CONVENTIONS.md \"Round 44 rulings, written early\" (decided): in rules written as articles (第X条), a named body "
           "standing as the subject of the article's verb of doing is a doer whatever the verb (verbs of being or having name "
           "none)")
BY = "CONVENTIONS.md units rule 2: the agent of 由 with a verb of doing is a doer (round 34: 「由A＋any verb of doing」)"
HUI = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 — lead A (lead [] accepted), responsible A, B"
KIND = ("round 33 / round 42 continued: 有关部门／相关部门 are kinds, doers with a rule-2 form, and a 会同 partner named by its kind "
        "is a unit as printed")
PIVOT = ("CONVENTIONS.md round 30: the object of a pivot verb (组织B开展, 协助B办理, 委托B) is not a unit; the pivot's subject is the "
         "doer (组织 is in rule 2's list; inside articles the subject of any verb of doing, round 44)")
RECV = "CONVENTIONS.md units rule 3: a body that only receives, approves or is consulted 「向A报告」「报A审核」「征询A」 is no unit"
PENALTY = ("CONVENTIONS.md round 32 / round 33: penalties — what a breach costs (a suspension 「暂停…6个月」, a bar 「5年内不得申请」) — "
           "are not targets")
EVENT = ("CONVENTIONS.md round 33 / round 34: a limit counted from an event with no comparison word 「N个工作日内」 is the item's "
         "deadline rule, not a target, and no deadline (times from an event)")
CLASS = ("CONVENTIONS.md round 43 (a size band that decides which body reviews 「总投资500万元（含）以上的…项目」 is a class of project, "
         "no target; round 34 / round 38: a class the rule covers) — here the band decides who commissions the supervisor")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2 or the article rule")
GENART = ("CONVENTIONS.md round 30: articles of general provision (purpose and basis, scope, definitions, the interpreting body, "
          "entry into force) and round 34's 参照 articles are not tasks; a count that includes them is accepted")
NOWORK = ("CONVENTIONS.md round 33: an article with no work among articles of work (a statement with no doer and no work) is a "
          "task only in a plan that names no units at all; a count that includes it is accepted")
CONDS = "CONVENTIONS.md round 35: lists that give no work — conditions an applicant must meet — are text, not items or tasks"


def one(path, unit, targets=(), note="", **kw):
    """An article item whose one doer is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw, **art(CUR[0], path))


def A(path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``) in the current file."""
    return S(path, lead, resp, targets, **kw, **art(CUR[0], path))


CUR = [""]

# ---------------------------------------------------------------------------------------------------------
X01 = CUR[0] = "x205_01_chongming-fagaiwei-2026-weituo-touzi-zixun-pinggu-guanli-banfa.txt"
P01 = "上海市崇明区发展和改革委员会委托投资咨询评估管理办法"
N01 = "关于印发《" + P01 + "》的通知"
S01 = [
    one(["第三条（咨询评估机构管理）", "（二）"], "区发展改革委",
        note="「咨询评估机构的选择。区发展改革委通过招标投标或政府采购等方式确定若干家投资咨询评估机构，并分别签订咨询评估服务协议」 — " + ARTSUBJ +
             " (the item is part of 第三条; 确定 and 签订 are verbs of doing); the consultancies chosen are the object, no unit; 若干家 no "
             "figure; " + NODATE),
    A(["第三条（咨询评估机构管理）", "（三）"], [], [],
      note="「咨询评估任务的下达。根据“公平公正、专业匹配、工作高效”的原则，按照咨询评估服务协议等相关约定分配咨询评估工作任务」 — a rule "
           "point with no subject that gives work (分配任务) is a task (round 43, x172_03's reading); the subject of （二） does not carry "
           "into another paragraph (round 34: an elided subject carries over inside one paragraph only): lead [], responsible []; "
           + NODATE),
    one(["第三条（咨询评估机构管理）", "（四）"], "咨询评估机构",
        note="「咨询评估机构应当遵守回避规定…不得承担…。咨询评估机构在接受委托时，如存在上述规定的情况，应当主动向区发展改革委进行说明」 — "
             + ARTSUBJ + "; round 34: a regulated party named by its kind is a doer like any kind (a body, not hired persons, "
             "round 45's 「三师」); 区发展改革委 receives (" + RECV + "); 项目业主单位 inside the description of a relation, no "
             "unit; " + NODATE),
    one(["第三条（咨询评估机构管理）", "（五）"], "咨询评估机构", [(30, "个工作日")],
        not_targets=[(5, "个工作日")],
        note="「咨询评估机构应当按照委托要求，…开展咨询评估，及时向区发展改革委报告…，承担相关保密责任，咨询评估的完成时限一般不超过30个工作日」"
             " — " + ARTSUBJ + "; 「不超过30个工作日」 is a time limit with a comparison word: a target (round 33; 「可以延长30个工作日」 "
             "is the same figure); 「应在规定时限到期日5个工作日前向区发展改革委报告」 is a limit from an event (" + EVENT + "); the two "
             "sendings to 区发展改革委 are duties below (round 40 / round 44); " + NODATE),
    one(["第五条（咨询评估机构评价管理）"], "区发展改革委", not_targets=[(6, "个月")],
        note="「区发展改革委结合…对评估报告质量给予评价」「由区发展改革委进行约谈、警告」「由区发展改革委暂停其承接委托咨询评估任务6个月」 — "
             + ARTSUBJ + "; " + BY + "; 「6个月」 is a penalty (" + PENALTY + "); 首次／两次／三次 are counts of grades with no "
             "comparison word (round 30's line: no target); " + NODATE),
]
plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title (line 13, after the cover) or the notice title (line 1): either",
     doc_no="沪崇发改规〔2026〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市崇明区发展和改革委员会",
     date="2026-04-14",
     date_note="the cover is signed 2026年4月14日 (the index gives the same date); the rules apply from 2026年5月15日, valid 5 years",
     level="district bureau (Shanghai Chongming, the district development and reform commission), rules on the consultancies it "
           "commissions to appraise investment projects: scope, the consultancies' selection and duties, fees, grading, "
           "sanctions; two attached fee tables",
     source=src("关于印发《" + P01 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=test_bd03bcd5-31ab-4ea5-a595-d49e722cda7d&siteId=0085", 3087),
     style="a short cover (addressees, one sentence, 「特此通知。」, signature, date) then the rules' title and seven articles "
           "「第N条（heading）」 each on its own line with its text in paragraphs below; 第二条 （一）–（三） a scope list, 第三条 "
           "（一）–（五） run-in headed items 「（一）咨询评估机构的资格。…」, 第六条 four cases and a closing paragraph; 附表1 (a fee "
           "table flattened one cell a line, ranges with ASCII - and full-width －) and 附表2 (coefficients)",
     leaf_tasks=8, count_alternatives=[6, 7, 9, 13],
     leaf_tasks_by_section={"第三条": 4, "第四条": 1, "第五条": 1, "第六条": 2},
     childless_top_level_sections=[],
     samples=S01,
     plan_targets=[], phases=[],
     duties=[{"what": "咨询评估机构及时向区发展改革委报告咨询评估工作进度及其他有关情况", "when": "及时", "when_norm": None,
              "note": "第三条（五）: a standing report of a body the rules task to the issuing office (round 40: a duty, whoever sends it)"},
             {"what": "咨询评估机构确实难以在规定时限内完成咨询评估任务的，应在规定时限到期日5个工作日前向区发展改革委报告有关情况",
              "when": "规定时限到期日5个工作日前", "when_norm": None,
              "note": "第三条（五）: a sending the rules ask of a body they task when a case arises is an undated duty (round 44)"}],
     notes=["counting: 第一条 (purpose and basis) and 第二条 （一）–（三） (scope: the matters the rules cover) are general provisions; "
            "第三条: （一） lists the qualifications a consultancy must have (「应当具备以下条件」: " + CONDS + "; round 44: verbs of "
            "having name no doer) — no task; （二）–（五） → 4; 第四条 (fees) → 1 (its paragraphs are one article; 「简易评估相关实施管理规定，"
            "由区发展改革委另行制定实施」 inside an article that gives work is its work, round 41, with 「咨询评估机构…不得收受…」); 第五条 → 1; "
            "第六条: the four cases （一）–（四） are one task (round 35: an article whose items are only cases is one task) and the closing "
            "paragraph 「区发展改革委受理…举报、投诉，并组织或委托有关机构和专家进行检查核实…」 one more (round 36) → 2; 第七条 (a 按照…规定 "
            "rule, the interpreting body, entry into force: " + GENART + ") → **8**. Accepted: 7 (第六条 one task, or 第四条 read as "
            "rates and budgeting with no work), 6 (both), 9 (第三条（一） counted, round 33), 13 (the general provisions 第一条, 第二条's three "
            "items and 第七条 counted, round 30)",
            "not sampled for doubt: 第四条 (whether a fee article whose only clause of work is 「由A另行制定实施」 is a task — round 39 "
            "vs round 41), 第六条 (the case task has no doer — 「应当停止委托其…」 has no subject — while its closing paragraph names "
            "区发展改革委: a parser that joins them gives that body to the article)",
            "figures: 「近3年」 (a qualification, 第三条（一）, no task), 「有效期5年」 (validity), the fee tables' ranges (1-4, 8－12 … 万元 by "
            "investment band) and coefficients (1.3 … 0.7－1.2) are not sampled: bands of a table of rates read one cell a line; "
            "「附表1、2」 and 「第五条第一项」 are references",
            "dates: 2026年4月14日 (the signature), 2026年5月15日 (entry into force): no deadlines, no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = CUR[0] = "x205_02_songjiang-fagaiwei-2026-zhengfu-touzi-xiangmu-daili-jianshe-guanli-banfa.txt"
P02 = "松江区政府投资项目代理建设管理办法"
N02 = "上海市松江区发展和改革委员会 上海市松江区财政局关于印发《" + P02 + "》的通知"
LEADIN02 = ("round 37: a lead-in 「…主要职责包括：」 inside an article gives out work for the items under it (rule 4: the lead-in's "
            "body 项目（法人）单位 is the unit of items that name none of their own; round 45: a 「…主要包括：」 list after a work clause "
            "is items)")
S02 = [
    A(["第四条"], ["区发展改革委"], ["区发展改革委", "有关部门", "区财政局"], lead_alternatives=[[]],
      note="「区发展改革委会同有关部门…研究确定是否实施代建制，并负责代建制的统筹协调」 — " + HUI + "; " + KIND + "; 「区财政局作为主管代建制"
           "财务工作的职能部门，对代建制项目的财务活动实施全过程管理和监督」 — a designation (round 32 / round 37: 「A为…的主管部门」) and "
           "实施 (rule 2): responsible; " + NODATE),
    one(["第十二条", "（三）"], "项目（法人）单位",
        note="「（三）筹措自筹资金，申报年度投资计划及用款申请，加强项目会计核算和财务管理」 — " + LEADIN02 + "; the bracket stays with the "
             "name (round 34: names as printed); " + NODATE),
    A(["第十四条"], ["各行业主管部门（单位）"], ["各行业主管部门（单位）", "项目（法人）单位"], lead_alternatives=[[]],
      note="「各行业主管部门（单位）应当按职责分工加强本领域政府投资项目管理，会同项目（法人）单位对项目组织实施进行指导、协调、监管」 — " + HUI +
           " (a kind of body as printed, its bracket kept); 按职责分工 is a phrase, no unit; " + NODATE),
    one(["第十六条"], "主管部门（单位）",
        note="「主管部门（单位）组织项目（法人）单位根据“公平、择优、高效”原则，…在代建单位名录内选择确定代建单位」 — 「A组织B＋verb」: " + PIVOT +
             "; 项目（法人）单位 (the object of 组织) and 代建单位 (the one chosen) are no units; " + NODATE),
    one(["第二十一条"], "代建单位", [(2, "个")],
        note="「代建单位要严格落实《…》…等文件规定。…应当派驻项目管理机构。…代建单位应当在代建合同中明确项目经理，项目经理最多只能同时承担两个项目」"
             " — 落实 (rule 2) and " + ARTSUBJ + "; 「最多…两个项目」 is a ceiling with a comparison word (round 32: 最多): a target "
             "of 2 个; 「项目管理机构应当由项目经理和相关专业技术人员组成」 — members and persons, no units (rule 3); the document numbers "
             "(沪建规范联〔2025〕9号, 沪建质安〔2022〕738号) are no targets; " + NODATE),
    A(["第二十二条"], ["代建单位"], ["代建单位", "项目（法人）单位"], lead_alternatives=[[]],
      note="「代建制项目建成后，必须…进行单项验收」 (no subject); 「代建单位应当会同项目（法人）单位组织项目试运行」 — " + HUI + "; " + NODATE),
    A(["第三十条"], [], ["代建单位", "区有关行政监管部门"],
      note="「代建单位应当严格按照代建委托合同，依法办理…招标工作」 — " + ARTSUBJ + "; 「违反…招投标管理规定的，由区有关行政监管部门依法"
           "进行处罚」 — round 42: a 「…的，由A…」 step after a case is the article's own work (A a doer, a kind as printed); 「区发展改革委、"
           "区财政局可暂停项目建设资金、代建管理费的计划下达和资金拨付」 — an option 「A可…」 names no doer (round 34 / round 40); no lead; "
           + NODATE),
    one(["第三十三条"], "区发展改革委", not_targets=[(5, "年")],
        note="「代建单位、项目经理履职过程中如有不良记录，归集到松江区公共信用信息平台」 (no doer); 「代建单位如发生第三十条…违规行为的，由区发展改革"
             "委将其调整出代建单位名录，且5年内不得申请进入名录」 — " + BY + " (round 42: the step after a case is the article's work); "
             "「5年内不得申请」 is a penalty (" + PENALTY + "); 第三十条／第三十一条 are references; " + NODATE),
]
plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (line 13, after the cover) or the notice title (line 1, two issuers and a space before 关于): either",
     doc_no="松发改规〔2026〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市松江区发展和改革委员会 with 上海市松江区财政局 (two signatures; the index lists the first)",
     date="2026-04-07",
     date_note="the cover is signed 2026年4月7日 and the rules apply from that day to 2031年4月6日; the index gives 2026-04-08",
     level="district bureaus (Shanghai Songjiang, the development and reform commission and the finance bureau), rules on the "
           "agent-construction (代建) of government-funded projects: the agents' roster, the project owners' duties, the "
           "procedure, finance and fees, supervision; an attached fee table",
     source=src(N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9275197a-3728-44b8-8824-25712c567e6c&siteId=0082", 5061),
     style="a cover (addressees, one sentence, two signatures, date) then the rules: seven chapters 「第N章 heading」 and 35 "
           "articles 「第N条  text」 run in on their line (one or two ASCII spaces after the label), 第七条 第八条 第十二条 with "
           "items （一）…; a half-width ; in 第十二条（五）; 附表 代建管理费支出标准表 flattened one cell a line with a worked formula "
           "per row, and two notes 「注：1、…」「2、…」",
     leaf_tasks=30, count_alternatives=[25, 28, 32],
     leaf_tasks_by_section={"第一章 总则": 1, "第二章 代建单位的管理": 5, "第三章 项目（法人）单位的管理": 8,
                            "第四章 代建制项目组织实施程序": 9, "第五章 代建项目财务和资金管理": 5, "第六章 监督管理": 2},
     childless_top_level_sections=[],
     samples=S02,
     plan_targets=[{"number": 2.25, "unit": "%",
                    "note": "附表: the fee rate for projects under 1000万元 (round 38: rates under an article are the policy's own — "
                            "plan targets where the table is no task)"},
                   {"number": 23, "unit": "万元",
                    "note": "附表 注2: 「批复投资在1000万元以下项目，代建管理费均按23万元计取」 (the policy's own amount)"}],
     phases=[], duties=[],
     notes=["counting (the rules' articles; chapters are headings): general provisions — 第一条 (purpose, basis), 第二条 (definition), "
            "第三条 (scope), 第五条 (definition), 第三十四条 (参照), 第三十五条 (entry into force): " + GENART + "; 第七条 （一）–（四） the "
            "conditions an agent must meet (" + CONDS + "); 第十九条 what a contract contains and 第三十一条 (losses deducted from the fee) "
            "and 第三十二条 (an option 「项目（法人）单位可…中止」) give no body work (" + NOWORK + "). Tasks: 第四条 1; 第六条 1; 第八条 1 "
            "(its items are only cases, round 35, with 「由区发展改革委将其调整出…名录」); 第九条 1 (「承担…相关责任」, a designation); "
            "第十条 1 (a prohibition on the agent); 第十一条 1 (「代建单位实行年度考核」, subjectless work, round 43); 第十二条 （一）–（六） "
            "6; 第十三–十八条 6; 第二十–三十条 11; 第三十三条 1 → **30**. Accepted: 25 (第十二条's list read as one task, round 45), 28 "
            "(第十条 and 第十一条 read as statements with no work), 32 (第三十一条 and 第三十二条 counted)",
            "duties: none — 「项目代建合同自签订之日起15日内报区发展改革委、区财政局备案」 (第十七条) is a filing (round 42: a 备案 is a filing; "
            "a standing filing with a limit from an event, not a dated one-off sending); the fund-use plans 「报区发展改革委审核」 "
            "(第二十五条) and the fee overrun 「报区发展改革委、区财政局联合审批」 (第二十八条) are submissions for approval to the approving "
            "bodies (round 37: a party's filing to the body that approves it is an applicant's) — RULING? 3",
            "not sampled for doubt: 第十三条 (「项目（法人）单位应当协助代建单位办理…」 and 「项目（法人）单位和代建单位共同作为合同当事人参与签订」), "
            "第十七条 (「A应当与B签订」 — round 42 outside articles vs round 44 inside; 「主管部门（单位）作为合同见证方」), 第二十五条 (a 会同 "
            "clause beside submissions for approval), 第二十八条 (who is the doer of 「报…联合审批」), 第二十九条 (「区财政局直接拨付至代建单位」: "
            "拨付 as a cost verb or work)",
            "figures: 第八条 「近3年」 (a case), 第十七条 「15日内」 and 第二十七条 「30日内」 (limits from an event: no target, no deadline), "
            "第二十八条 「不高于市级代建管理费标准」 (no figure), the fee table's bands (1000以下 … 200000以上 万元: classes that pick the "
            "rate) and its worked examples; 国令第712号 and the other document numbers are references",
            "dates: 2026年4月7日 (signature and entry into force), 有效期至2031年4月6日 (validity): no deadlines, no phases"])

# ---------------------------------------------------------------------------------------------------------
X03 = CUR[0] = "x205_03_lingang-guanweihui-2026-gongcheng-jianshe-xiangmu-quyu-pinggu-guanli-banfa.txt"
P03 = "中国（上海）自由贸易试验区临港新片区工程建设项目区域评估管理办法"
N03 = "关于印发《" + P03 + "》的通知"
DUTY05 = ("round 34 / round 35: an article headed 部门职责 gives out work — every body the text gives work is a unit, in printed "
          "order (the subject of any verb of doing, the partner of 会同, and under such a heading the bodies in 「A指导B做好…」「A协调B"
          "开展…」, round 35 / round 36); its paragraphs are one task (round 32: a childless section of unit paragraphs)")
ALIAS = ("round 43: a full name and its 「（以下简称“X”）」 are given as printed — the full name where it is printed and X where X is "
         "printed (round 32 / round 38: no alias is rewritten)")
S03 = [
    A(["第五条（部门职责）"], [],
      ["工程建设项目审批审查中心", "规划和自然资源部门", "建设和交通管理部门", "公安交警部门", "区域评估实施主体", "生态和市容管理部门",
       "应急管理部门", "地震部门", "应急部门", "大数据中心"],
      note=DUTY05 + ": 工程建设项目审批审查中心 (负责落实…), 规划和自然资源部门 (负责统筹协调…), 建设和交通管理部门 (负责会同公安交警部门组织编制…"
           "负责协调公安交警部门对…进行认定，指导区域评估实施主体做好…), 生态和市容管理部门 (负责组织编制…指导区域评估实施主体…), 应急管理部门 "
           "(负责协调地震部门和应急部门开展…), 大数据中心 (配合落实…); " + ALIAS + " — so 「应急部门」, printed as the object of 协调 "
           "beside 地震部门, is listed as printed; 「规划和自然资源部门」「建设和交通管理部门」「生态和市容管理部门」 are one name each (round 35: "
           "和 inside one name), 「地震部门和应急部门」 two; 建设单位 (told 「一并告知建设单位…」), 上级部门 (inside a case 「若涉及由上级部门审批…"
           "的」) and the exception 「（生态部门作为区域评估实施主体的情况除外）」 (round 36) give no unit; no lead; " + NODATE),
    A(["第七条（征询区域评估事项建议）"], ["审批审查中心"], ["审批审查中心", "规资部门", "各行业主管部门"], lead_alternatives=[[]],
      not_targets=[(3, "个工作日")],
      note="「由审批审查中心会同规资部门…酌情召开小组会议」 — " + HUI + " (the short names as printed, round 43); 「书面征询区域评估各事项"
           "所涉及的行业主管部门」 — consulted (" + RECV + "); 「各行业主管部门需在3个工作日内依职责…提出该区域是否适合开展该项区域评估的建议」 — "
           + ARTSUBJ + " (各行业主管部门 a kind); 「3个工作日内」 — " + EVENT + "; " + NODATE),
    A(["第九条（组织开展区域评估工作）"], [], ["区域评估实施主体", "规资部门", "其他相关部门", "各行业主管部门"], not_targets=[(5, "个工作日")],
      note="「区域评估实施主体依法选择中介机构…组织编制区域评估报告」 (组织＋work, rule 2; 中介机构 chosen, no unit); 「规资部门应在…5个工作日内"
           "提供相关规划资料」 — " + ARTSUBJ + "; 「其他相关部门根据职责做好资料提供的配合工作」 — after the doers' clauses, those who 配合／"
           "协同开展 are responsible (round 34 / round 39); 「各行业主管部门负责做好指导工作」 — 负责 (rule 2); 「5个工作日内」 — " + EVENT +
           "; no lead; " + NODATE),
    one(["第十五条（加强评估事中事后监管）"], "各行业主管部门",
        note="「各行业主管部门要按照职责分工，做好事中事后监管，…落实监管责任」 — 落实 (rule 2) with a group named by a kind (round 30: 「各区要"
             "落实…」 is a doer); 按照职责分工 is a phrase, no unit; " + NODATE),
    A(["第十六条（加强组织领导）"], ["审批审查中心"], ["审批审查中心", "规资部门"], lead_alternatives=[[]],
      note="「审批审查中心会同规资部门牵头成立区域评估工作小组，组织召开区域评估推进会，加强信息共享…」 — round 37: 「A会同B牵头…」: lead A, "
           "responsible A, B (lead [] accepted as for 会同); the 工作小组 the article sets up is no unit (rule 3 / round 35); A is also "
           "the doer of 组织召开 (rule 2), so 牵头成立 is not only a body set up; 「加强组织领导」 in the heading is a noun phrase (round 45); "
           + NODATE),
    A(["第十七条（加强经验积累和政策评估）"], ["审批审查中心"], ["审批审查中心", "相关部门"], lead_alternatives=[[]],
      note="「审批审查中心做好区域评估整体推进和优化工作，…会同相关部门开展政策评估和政策优化调整工作」 — " + ARTSUBJ + " and " + HUI + "; "
           + KIND + "; " + NODATE),
    one(["第十八条（落实经费保障）"], "管委会相关部门",
        note="「区域评估实施主体组织编制区域评估报告…产生的费用，由管委会财政部门提供财力资金保障」 — a cost verb alone (提供…资金保障) names "
             "a payer, not a doer (round 30 / round 37), and 区域评估实施主体 stands inside the description of the costs (round 30: a "
             "body inside a noun's description is no doer); 「管委会相关部门负责其审批权限内的区域评估成果审批、评审、维护以及政策评估等工作」 — "
             "负责 (rule 2), a kind as printed; 「相关费用在部门预算中列支」 (no subject); " + NODATE),
]
plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 15) or the notice title (lines 1 and 3, printed twice): either",
     doc_no="沪自贸临管规范〔2026〕1号 (printed on line 5 under the notice title; the index agrees)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2026-01-01",
     date_note="the cover is signed 2026年1月1日 (the index gives the same date); the rules apply from that day to 2030年12月31日",
     level="a Shanghai special-area administration (the Lingang New Area administrative committee; the index's level 「其他」), rules "
           "on regional assessments of construction projects: the departments' duties, the assessing bodies, the procedure, the use "
           "and upkeep of results, oversight and funding; an attached table of the eight assessment matters",
     source=src(N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=6f696ceecaef4265b5262c226cdcae0d&siteId=0058", 4601),
     style="the notice title twice (lines 1, 3), the number, addressees ending in an ASCII colon, one sentence, signature and date; "
           "then the rules: five chapters 「第N章 heading」 and twenty articles 「第N条（heading）」 on their own line, text in "
           "paragraphs below (no numbered items); 「（以下简称“X”）」 names in 第五、六条 used in later articles; a 附件 line, then 「附件」 "
           "and an information table flattened one cell a line (序号 1–8, one unnumbered sub-row under 2)",
     leaf_tasks=15, count_alternatives=[14, 16, 20, 23],
     leaf_tasks_by_section={"第二章 职责及任务分工": 2, "第三章 工作程序": 5, "第四章 成果应用": 3, "第五章 监管及保障措施": 5},
     childless_top_level_sections=[],
     samples=S03,
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (purpose), 第二条 (definition), 第三条 (scope: where assessments are carried out), 第四条 (the matters "
            "assessed, and an option 「各区域可…选择」), 第二十条 (a reference to other rules and entry into force) are general "
            "provisions (" + GENART + "); 第五条–第十九条 each one task (no numbered items; 第五条's six paragraphs one task, round 32) → "
            "**15**. Accepted: 14 (第十条 read as the assessing body's submission for approval only, no work of its own — RULING? 3's "
            "question), 16 (第四条 counted), 20 (第五条's six paragraphs read as six tasks), 23 (the eight numbered rows of the attached "
            "table read as task rows)",
            "the attached 区域评估事项信息表 is an information table (each matter's department, assessing body, approving body, validity, "
            "permits and simplification), not a task list: attachment_task_rows 0; its 「5年」「10年」「长期有效」 are validities, no targets",
            "not sampled for doubt: 第六条 (「区域评估实施主体为管委会指定部门」 — a designation read backwards; 临港新片区企业服务中心 「作为…实施主体」; "
            "a case 「确有需要的评估事项，由区域评估工作小组提出建议…」; 园区管理主体配合…落实), 第十条 (a submission 「报具有审查权限的行业主管部门…"
            "评审」), 第十三条 (five paragraphs: 各行业主管部门, 行业主管部门 as printed, 「后续由项目建设单位负责补充完善」 after a branch, "
            "「各行业主管部门或区域评估实施主体需…」), 第十四条 (「所属行业主管部门」 with 所属, 「实施主体」 short), 第十九条 (企服中心 and 各部门)",
            "figures: 「约431平方公里」 (the area of the scope, no comparison word of round 30's list), 「8个事项」 (the matters counted), "
            "「2025年第22次管委会主任办公会」 (a meeting's name) are not targets",
            "dates: 2026年1月1日 (signature and entry into force), 有效期至2030年12月31日 (validity): no deadlines, no phases; no duties "
            "(「提出…建议」 within 3 working days is a reply to a consultation, 第十条's 「报…评审」 a submission for approval)"])

# ---------------------------------------------------------------------------------------------------------
X04 = CUR[0] = "x205_04_fengxian-caizhengju-2025-zhengfuxing-touzi-xiangmu-caiwu-jianli-guanli-banfa.txt"
P04 = "奉贤区政府性投资基本建设项目财务监理管理办法"
N04 = "关于印发《奉贤区政府性投资项目财务监理管理办法》的通知"
LEADIN04 = ("the article's lead-in 「财务监理机构负责的X工作主要包括：」 is read as 「A负责X工作：」: its body is the unit of the items "
            "under it, which name none of their own (rule 4; round 37: a lead-in inside an article; plans-next101 x101_03 第七–九条 read "
            "its twin lead-ins so)")
HELP04 = ("「协助项目(法人)单位＋verb」: 项目(法人)单位 is the object of 协助, no unit (round 30's pivot; x101_03 第七条（一） reads it so) — "
          "RULING? 1: if the lead-in is a work heading (round 37's 「…具体职责为：」), round 36's 「A协助B做好…」 would make 项目(法人)单位 a "
          "unit too (accepted)")
S04 = [
    A(["第四条"], [], ["区财政局", "项目主管部门", "项目(法人)单位", "财务监理机构"],
      note="「区财政局是全区政府性投资项目实施财务监理制的职能主管部门，负责管理财务监理机构的委托、监督、指导和考核等工作」 — a designation "
           "(round 37: 「A为…的主管部门」) and 负责 (rule 2); 「项目主管部门负责协助区财政局开展…」 — 负责 (rule 2); 「项目(法人)单位负责配合"
           "财务监理机构开展工作」 — 负责, and round 36: 「配合A实施…」 gives the partner and A (财务监理机构); names as printed with ASCII "
           "brackets; no lead; " + NODATE),
    one(["第六条", "(一)"], "财务监理机构", responsible_alternatives=[["财务监理机构", "项目(法人)单位"]],
        note="「(一)协助项目(法人)单位编制年度、月度资金用款计划」 — " + LEADIN04 + "; " + HELP04 + "; 年度、月度 name kinds of plan, no "
             "duty; " + NODATE),
    one(["第七条", "(四)"], "财务监理机构",
        note="「(四)核对项目的月度支出，每季度提交投资执行情况分析报告、每年提交年度完成投资分析报告。…向项目(法人)单位提供总结算审核报告」 — "
             + LEADIN04 + "; the quarterly and yearly reports are duties below (round 34: recurring dates are a rhythm, no deadline); "
             "项目(法人)单位 receives (" + RECV + "); " + NODATE),
    one(["第十二条"], "财务监理机构", responsible_alternatives=[[]],
        note="「财务监理机构应定期向项目(法人)单位提交书面报告，并抄送项目主管单位、行业主管部门、区财政局、区发展改革委、区审计局等」 — " + ARTSUBJ +
             " (提交 is a verb of doing); the receivers are no units (" + RECV + "); the periodic report is a duty below — RULING? 2: "
             "round 39 reads 「由A向B提供／提交…报告」 as a filing (A no doer by it) and x101_03 第十一条 read its twin with no unit: "
             "responsible [] accepted; " + NODATE),
    A(["第十五条", "(一)"], [], ["区财政局", "项目主管部门", "项目(法人)单位"],
      not_targets=[(400, "万元")],
      note="「…审批的投资额大于400万元的区级项目，由项目主管部门或项目(法人)单位依据相关批复向区财政局提出申请，由区财政局、项目主管部门或项目"
           "(法人)单位共同委托财务监理机构」 — the applicants 「由A…提出申请」 are no units by that clause (round 30), 「由A、B或C共同委托」 "
           "makes all three doers (rule 2; round 30: 「由A或B指定专人负责」 gives A and B), 财务监理机构 the object of 委托 (round 33: "
           "「由A委托B」, B no unit); 「由项目主管部门自行决定」 — A's own option (round 42: 「由A自主选择…」), no doer by it; 「(市水务局、"
           "市农委等部门)」 inside the description of the approving bodies, no units; 「大于400万元」「小于400万元(含400万元)」 — "
           + CLASS + "; no lead; " + NODATE),
    A(["第十五条", "(二)"], [], ["区财政局", "各镇"],
      not_targets=[(3000, "万元"), (50, "%")],
      note="「投资额大于3000万元的(含3000万元)，由镇向区财政局提出申请，由区财政局、各镇共同委托财务监理机构」 and 「…由各镇自行委托财务监理机构」 "
           "— 由A＋verb of doing (rule 2; 委托 with the supervisor as object, round 33); 「由镇向区财政局提出申请」 an applicant (round 30); "
           "「由各镇自行决定」 an option (round 42); 「大于3000万元」「超过50%(含50%)」「低于50%」 — " + CLASS + "; a half-width ; inside "
           "the item; no lead; " + NODATE),
    one(["第二十三条"], "考核单位",
        note="「财务监理工作质量考核采取日常考核与年度考核相结合的方式进行，…每年定期对财务监理工作质量进行一次考评，具体考核办法由考核单位另行制定」 — "
             "round 41: 「具体办法由A制定」 inside an article that gives work is that article's work (A a doer, a kind of body as printed; "
             "round 39's general provision is an article whose only content is such a sentence); 每年 a rhythm of assessment, no "
             "reporting duty; " + NODATE),
]
plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title (line 17, after 「附件：」; it adds 基本建设) or the notice title (line 1): either",
     doc_no="沪奉财规〔2025〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市奉贤区财政局",
     date="2025-12-16",
     date_note="the cover is signed 2025年12月16日 (the index gives the same date); the rules apply from 2026年1月1日 to 2030年12月31日",
     level="district bureau (Shanghai Fengxian, the district finance bureau), rules on the financial supervisors of "
           "government-funded construction projects: roles, the supervisors' work by stage, reports, entry and selection, fees, "
           "assessment",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=00843513&siteId=0084", 5462),
     style="a cover (addressees, a paragraph, 「特此通知。」, a 附件 line, signature, date) then 「附件：」 and the rules' title; six "
           "chapters and 27 articles 「第N条 text」 run in on their line; items with ASCII brackets (一)…(十二) under 第六–十一、十四、十五条; "
           "lead-ins 「财务监理机构负责的X工作主要包括：」; half-width ; in 第十五条 and 第二十四条",
     leaf_tasks=40, count_alternatives=[38, 50],
     leaf_tasks_by_section={"第一章 总则": 3, "第二章 财务监理的内容和职责": 31, "第三章 财务监理的准入和选择": 4,
                            "第五章 财务监理的考核和监督": 2},
     childless_top_level_sections=[],
     samples=S04,
     plan_targets=[], phases=[],
     duties=[{"what": "每季度提交投资执行情况分析报告", "when": "每季度", "when_norm": "quarterly",
              "note": "第七条（四）: the supervisor's report, a standing rhythm of a body the rules task (round 40)"},
             {"what": "每年提交年度完成投资分析报告", "when": "每年", "when_norm": "yearly", "note": "第七条（四）"},
             {"what": "财务监理机构应定期向项目(法人)单位提交书面报告，并抄送项目主管单位、行业主管部门、区财政局、区发展改革委、区审计局",
              "when": "定期", "when_norm": None, "note": "第十二条 (periodic, no rhythm word)"}],
     notes=["counting: general provisions — 第一条 (purpose), 第二条 (definitions and scope), 第二十六条 (市级 rules prevail), 第二十七条 "
            "(entry into force) — and the 参照／按照…执行 articles 第十七条 and 第十九条 (" + GENART + "); 第十三条 (what a supervisor may "
            "be), 第十四条 （一）–（三） (conditions: " + CONDS + "), 第二十条 (the fee's cap and booking), 第二十一条 (what a contract "
            "should stipulate), 第二十二条 (a payer: 「由项目(法人)单位予以支付」, round 30), 第二十四条 (what assessments cover) give no "
            "body work (" + NOWORK + "). Tasks: 第三–五条 3; 第六条 (一)–(四) 4; 第七条 (一)–(六) 6; 第八条 2; 第九条 4; 第十条 12; 第十一条 2; "
            "第十二条 1; 第十五条 (一)(二) 2; 第十六条 1 (subjectless 委派, round 43); 第十八条 1 (the supervisor 「应当回避」); 第二十三条 1; "
            "第二十五条 1 (「相关单位…实行暂停委派、取消资格等处罚措施」: work with a general call, round 33) → **40**. Accepted: 38 (第十六条 "
            "and 第二十五条 read as giving no body work), 50 (every numbered leaf and childless article less the four general provisions "
            "第一、二、二十六、二十七条 — x101_03's count)",
            "units: the items of 第六–十一条 take 财务监理机构 from their articles' lead-ins (rule 4); their objects of 协助 are no units "
            "(RULING? 1). Not sampled for doubt: 第十条(六) (「会同项目(法人)单位办理工程总结算」 with the 会同's subject carried from the "
            "lead-in, as x101_03 left its twin), 第二十五条 (相关单位, a general call)",
            "figures: 「近3年」 (conditions, 第十四条), 「一级注册造价工程师」 (a grade), 财建〔2004〕369号 and the other numbers (references), "
            "第十五条's bands (classes that decide who commissions, round 43), 「六届第119次常务会议」 (a meeting's name): no targets; "
            "near twin checked: 20 % of its 8-character runs are shared with x101_03 (罗店's 2020 rules, another document)",
            "dates: 2025年12月16日 (signature), 2026年1月1日 (entry into force), 有效期至2030年12月31日: no deadlines, no phases"])

write_collected(DIR)
