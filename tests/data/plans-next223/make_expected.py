# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next223/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 46 (built by helper c223): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 47 rulings, written
early" and "Round 46 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run
on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next223/make_expected.py tests/data/plans-next223
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
ROLE = ("round 47 (q44c governs): role-like kinds as the subjects of articles — 建设单位, 施工单位, 招标人, 中标人 — are bodies named "
        "by a kind, doers with a rule-2 form and, in articles, as the subject of any verb of doing (rounds 34, 44)")
BY = "CONVENTIONS.md units rule 2: the agent of 由 with a verb of doing is a doer (round 34: 「由A＋any verb of doing」)"
HUI = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 — lead A (lead [] accepted), responsible A, B"
RECV = ("CONVENTIONS.md units rule 3: a body that only receives, approves or reviews 「向A申请」「经A同意」「报A审议」「经过A审查」 is "
        "no unit (round 36)")
APPLICANT = ("round 30: an applicant 「由A提出申请」「由建设单位申报」 is not a unit; round 37 / round 46: a body sending its own "
             "project or plan for a decision takes a step of approval — no unit by that clause, and no duty")
OPTION = "round 34 / round 40: an option 「A可…」「可由A…」 is no assignment — A is no doer by it (可 reaches every verb joined to it)"
NOSUBJ = ("round 43: rule points with no subject are tasks where they give work (x172_03's reading); a count without such "
          "articles is accepted")
EVENT = ("CONVENTIONS.md round 33 / round 34: a limit counted from an event with no comparison word 「N日内」「N个工作日内」 is "
         "the item's deadline rule, not a target, and no deadline (times from an event)")
PENALTY = "CONVENTIONS.md round 32 / round 33: penalties — what a breach costs (a deduction 「扣除…的50%」) — are not targets"
CLASS = ("round 43: a size band that decides which body reviews 「总投资500万元（含）以上的…项目」 is a class of project, no target "
         "(round 34 / round 38: a class the rule covers)")
GENART = ("CONVENTIONS.md round 30: articles of general provision (purpose and basis, scope, definitions, the interpreting body, "
          "entry into force) and round 34's 参照／按照…执行 articles are not tasks; a count that includes them is accepted")
NOWORK = ("CONVENTIONS.md round 33: an article with no work among articles of work (a principle, a statement with no doer and no "
          "work) is a task only in a plan that names no units at all; a count that includes it is accepted")
CONTENTS = ("round 37 / round 45: a list of what a document must contain is a list that gives no work — the article is one task, "
            "its lines are text")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2 or the article rule")


def A(path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``) in the current file."""
    return S(path, lead, resp, targets, **kw, **art(CUR[0], path))


def one(path, unit, targets=(), note="", **kw):
    """An article item whose one doer is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw, **art(CUR[0], path))


CUR = [""]

# ---------------------------------------------------------------------------------------------------------
X01 = CUR[0] = "x223_01_lingang-guanweihui-2025-jianshe-gongcheng-zhaotoubiao-gaige-caozuo-xize.txt"
P01 = "临港新片区对接国际高标准经贸规则 推进建设工程招投标改革的操作细则"
N01 = "关于印发《" + P01 + "》的通知"
S01 = [
    one(["第四条 投标人资格"], "招标人",
        note="「招标人应按照工程规模合理设置投标人资质要求。招标文件中不得…设置差异性得分…。…招标人不得区别对待内外资企业」 — " + ARTSUBJ +
             "; " + ROLE + "; 投标人 and 内外资企业 are objects, no units; 「招标文件中不得…」 has a document as its subject (no body); "
             + NODATE),
    A(["第六条 技术性指标编制"], [], [],
      note="「招标文件中规定的各项技术要求不得限定或指定…」「该引用后应注明“或相当于”的字样」 — the subjects are a document and its "
           "requirements, no body (round 45: a fund or scheme the rules govern is no body); 「可由招标人根据实际情况设置国际标准」 — "
           + OPTION + "; the article gives work (不得／应注明) with no doer: a task (" + NOSUBJ + "); lead [], responsible []; "
           + NODATE),
    A(["第九条 资格预审公告和招标公告"], [], [],
      note="「资格预审公告和招标公告应当载明以下内容：」 and nine unnumbered lines — " + CONTENTS + "; 「招标人及其招标代理机构的名称…」 "
           "and 潜在投标人 are named inside the content list, no units (round 30: a body inside a noun's description); " + NOSUBJ +
           "; " + NODATE),
    A(["第十三条 促进中小企业发展"], [], [],
      note="「适宜由中小企业承揽的工程建设项目应落实支持中小企业发展政策」 — 由中小企业承揽 stands inside the description of the projects "
           "(round 30: a body inside a noun's description is no doer of the item) and the subject of 落实 is a thing (round 41: a "
           "thing as subject gives no unit); 「招标人可通过整体预留…实施预留份额」 — " + OPTION + "; 「鼓励招标人优先采用…」 — round 40: "
           "鼓励A… names no doer; lead [], responsible []; " + NODATE),
    A(["第十五条 紧急情况"], [], [], [(10, "日")],
      responsible_alternatives=[["招标人"]],
      note="「工程建设项目存在下列紧急情况的，由招标人向招投标监管部门申请，经临港新片区建设行政主管部门同意后，缩短相关期限至不少于10日：」 — "
           "招标人 applies (" + APPLICANT + "); 招投标监管部门 receives and 临港新片区建设行政主管部门 approves (" + RECV + "); its items "
           "（一）（二） are only cases (round 35: an article whose items are only cases is one task), 专家 are persons; 「不少于10日」 "
           "is a time limit with a comparison word: a target (round 33; round 30's 不少于); responsible [招标人] (招标人 as the doer of "
           "缩短 after the approval) is accepted — RULING? 1; " + NODATE),
    one(["第十六条 不进行招标项目实施"], "招标人",
        note="「招标人应向临港新片区建设行政主管部门申请办理不招标手续」 is an application (" + APPLICANT + "; the receiver is no unit, rule 3); "
             "「招标人应科学、合理地确定项目的合同金额，可通过自行实施或委托第三方专业机构实施等方式进行价格测算」 — " + ARTSUBJ + " (确定); "
             + ROLE + "; the commissioned 第三方专业机构 stands in an option (" + OPTION + "); 「承包商或供应商应当具备…资格条件」 — a verb "
             "of having (round 44), no unit; " + NODATE),
    A(["第十八条 投诉"], [], [], not_targets=[(10, "日")],
      note="「投标人对招标人的异议答复不满意…的，可以在答复期满后10日内向临港新片区建设行政主管部门投诉」 — a bidder's own complaint, an "
           "option (可以) and a regulated party's filing for itself (round 34: not a doer where it applies or files for itself; "
           "round 44: 可以申请 names no doer); the bureau receives it (rule 3); 「投诉书应当包括：（一）…（六）」 — " + CONTENTS +
           "; 「投标人不得进行虚假、恶意投诉」 a prohibition on the filer; 「10日内」 counted from 答复期满 — " + EVENT + "; the article "
           "is a task of rules for a party (" + NOSUBJ + "; the count without 第十七、十八条 is accepted); lead [], responsible []; "
           + NODATE),
    A(["第十九条 异议答复及投诉处理"], [], ["招标人", "临港新片区建设行政主管部门"],
      note="「招标人应当在规定时间内作出答复…；作出答复前，应暂停招标投标活动」 and 「临港新片区建设行政主管部门根据调查和取证情况，对受理的投诉"
           "事项做出处理决定」 — " + ARTSUBJ + " (two subjects, in printed order; " + ROLE + "); 「…可采取补救措施予以纠正的，由招标人纠正"
           "后继续招投标活动」 — round 42: a 「…的，由A…」 step after a case is the article's own work; no 牵头: lead []; " + NODATE),
]
plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title (line 17, after the cover; a space inside it as printed) or the notice title (lines 1 and "
                "3): either",
     doc_no="沪自贸临管委〔2025〕2号 (printed on line 5 and in the stored front matter)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2025-01-06",
     date_note="the cover is signed 2025年1月6日 (the index gives the same date); the rules apply from the day they are issued",
     level="the Lingang New Area administration (the index's 「其他」 level), operating rules for tendering government-funded "
           "works under the international trade rules the area pilots: tender scope, bidders' qualifications, breaches, "
           "technical specifications, publication, notices' contents, contract performance, small firms, emergencies, "
           "untendered projects, objections and complaints",
     source=src(N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=42752755d7ec4089af6e4879e2fa2e2d&siteId=0058", 3852),
     style="a cover (the notice title printed again, the number, addressees with an ASCII colon, a paragraph, 「特此通知。」, "
           "signature, date) then the rules' title and five chapters 「第N章 heading」 over 20 articles 「第N条 heading」 each "
           "alone on its line with its text in paragraphs below; items （一）… under 第五、十五、十八条 (第十八条's （五） ends with 。 "
           "before （六）); 第九、十、十一、十七条 list a notice's or letter's contents as unnumbered lines ending in ；",
     leaf_tasks=16, count_alternatives=[10, 12, 14, 17, 28],
     leaf_tasks_by_section={"第二章 招标投标管理": 11, "第三章 招标投标特殊情形": 2, "第四章 异议及投诉": 3},
     childless_top_level_sections=[],
     samples=S01,
     plan_targets=[], phases=[], duties=[],
     notes=["counting: general provisions — 第一条 (purpose and basis), 第二条 (scope, and 「应按…相关法律、法规及规定执行」), 第二十条 "
            "(entry into force): " + GENART + "; 第十四条 「鼓励招标人通过工程招投标平台进行电子归档」 only encourages (round 40: 鼓励 names no "
            "doer; round 34 early: a point is a task where it gives a doer's work or an instruction 「要／应当」) — " + NOWORK + ". Tasks: "
            "第三、四条 2; 第五条 1 (its items （一）–（六） define the breaches — cases, round 35 — and its closing paragraph gives 招标人 the "
            "work 「应当在招标文件中明确…」); 第六–十三条 8 (第八–十一条 each one task: " + CONTENTS + "); 第十五条 1 (items only cases); "
            "第十六条 1; 第十七条 1 and 第十八条 1 (a bidder's objection and complaint: rules for a party; their contents lists are text); "
            "第十九条 1 → **16**. Accepted: 14 (第十七、十八条 read as a regulated party's own filings that give no plan body work, rounds 32 "
            "/ 41), 12 (第八–十一条 read as lists that give no work, round 37), 10 (both), 17 (第十四条 counted), 28 (every numbered leaf — "
            "第五条 6, 第十五条 2, 第十八条 6 — and every childless article less the three general provisions)",
            "not sampled for doubt: 第三条 (a subjectless 「…的，应当招标」 that reads like scope), 第五条 (the closing paragraph's 「招标人"
            "拒绝相关投标人…的，应当在招标文件中明确…」: a case clause (rule 3) or the article's own work (round 42)), 第七条 (「招投标信息应当"
            "通过…工程招投标平台统一发布」: the platform is a means, no actor; 「（以下简称“工程招投标平台”）」), 第十七条 (the same bidder's "
            "filing as 第十八条, its contents as lines without numbers)",
            "figures: 「不少于10日」 (第十五条, a target) beside 「10日内」 (第十八条, a limit from an event); document numbers 国发〔2023〕23号, "
            "沪府发〔2024〕1号, 沪建建管〔2024〕584号 are references; no table",
            "dates: 2025年1月6日 (signature); 「自发布之日起实施」: no deadlines, no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = CUR[0] = "x223_02_putuo-fagaiwei-2024-daijian-danwei-gongzuo-zhiliang-pingjia-kaohe-banfa.txt"
P02 = "普陀区政府投资建设项目代理建设单位工作质量评价考核办法(试行)"
N02 = "关于印发《普陀区政府投资建设项目代理建设单位工作质量评价考核办法（试行）》的通知"
S02 = [
    A(["第四条 考核主体"], [], ["区发改委", "区财政局"],
      note="「本着“谁主管谁负责”的原则，考核主体为区发改委和区财政局」 — a designation: round 34 「X的责任主体为A」 and round 37 「A为…的主管"
           "部门」 make A a doer (here the assessors); 「A和B」 gives two names (round 34); no 牵头: lead []; " + NODATE),
    A(["第五条 考核方式"], [], ["区发改委", "区财政局"],
      note="「对年度工作报告中所反映问题较多的，由区发改委和区财政局对建设项目(法人)单位及代理建设单位开展约谈，并限期整改」 — " + BY + " (round "
           "30: 「由A与B…」 both doers; round 42: a 「…的，由A…」 step after a case is the article's own work); the objects of 约谈 are "
           "no units; 「区发改委、区财政局可采取…发放《…考核表(试行)》…开展工作质量考核」 — " + OPTION + " (the same bodies anyway); "
           "代理建设单位's 「上报上一年度工作报告」 and 「提交关于该项目的工作报告」 are reports to the assessors: round 46 (turned on x205_04 "
           "第十二条) — the article rule does not reach a report handed in (round 39: 「由A向B提供／提交…报告」 is a filing), so 代理建设单位 "
           "is no unit by them; they are duties below (round 40, as x101_03 reads its supervisor's reports); the bodies handed the "
           "form (项目行政主管部门, 建设项目(法人)单位, 财务监理, 建管, 规划资源等相关部门) only receive and score it, no units; 「每年一季度」 "
           "is a rhythm (round 34: recurring dates are no deadline), 「限期整改」 names no date; " + NODATE),
    A(["第八条 考核结果运用"], [], [], [(20, "%")], not_targets=[(50, "%")],
      note="「代理建设费用…应当在合同中明确分为基本费用、考核保留金两部分，其中：代理建设费用的20%留存作为考核保留金」 — a subjectless rule "
           "that gives work (" + NOSUBJ + "); 20% is the policy's own rate (round 25; round 38: the rates of an article that is a task "
           "are its targets); 「考核结果为“中”，扣除考核保留金的50%」 — " + PENALTY + "; 「考核结果作为建设项目(法人)单位依据代建合同支付…"
           "的依据」 — the project owner stands inside a description (round 30) and 支付 with money as object is a cost verb (round 47: "
           "拨付／结算; round 46: 给予补贴): no unit; lead [], responsible []; " + NODATE),
]
plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (line 13, after the cover; its (试行) in ASCII brackets as printed) or the notice title "
                "(line 1, （试行） in full-width brackets): either",
     doc_no="普发改规范〔2024〕4号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市普陀区发展和改革委员会 with 上海市普陀区财政局 (two signatures; the index lists the first)",
     date="2024-12-11",
     date_note="the cover is signed 2024年12月11日 (the index the same); the rules apply from 2025年1月11日 to 2029年12月31日",
     level="district bureaus (Shanghai Putuo, the development and reform commission and the finance bureau), trial rules for "
           "assessing the agents that manage government-funded construction projects (代建单位): who assesses, how, what, the "
           "grades, the fee retention, discipline",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075193805&siteId=0075", 1817),
     style="a short cover (addressees, one sentence, two signatures, date) then the rules' title and four chapters 「第N章 heading」; "
           "第一–三条 run in 「第N条 text」, 第四–九条 「第N条 heading」 alone on their line with paragraphs below, 第十、十一条 run in "
           "again; no numbered items; grade bands with 「(含)」 and a full-width ～; a half-width ; in 第八条",
     leaf_tasks=4, count_alternatives=[3, 5, 6, 11],
     leaf_tasks_by_section={"第二章 考核的实施": 3, "第三章 考核的其他事项": 1},
     childless_top_level_sections=[],
     samples=S02,
     plan_targets=[], phases=[],
     duties=[{"what": "列入考核范围的建设项目的代理建设单位需每年一季度向区发改委和区财政局上报上一年度工作报告", "when": "每年一季度",
              "when_norm": "yearly",
              "note": "第五条: a standing yearly report of a body the rules task to the issuing bodies (round 40: a standing rhythm of "
                      "reporting to the issuing office is a duty, whoever sends it; x101_03 reads its supervisor's periodic reports "
                      "so) — RULING? 2"},
             {"what": "被列入考核范围的建设项目在完成竣工验收后，其代理建设单位应向区发改委、区财政局提交关于该项目的工作报告",
              "when": "完成竣工验收后", "when_norm": None,
              "note": "第五条: a report the rules ask when a case arises (the project's completion) — an undated duty (round 44; "
                      "「完成竣工验收后」 is a time from an event, round 34)"}],
     notes=["counting: general provisions — 第一条 (purpose, basis), 第二条 (definition), 第十条 (interpretation), 第十一条 (entry into "
            "force): " + GENART + "; 第三条 (a principle 「应当遵循…的原则」), 第六条 (what the assessment covers, subjectless 「…进行考核，"
            "并设置得分项目」) and 第七条 (how the score is computed and graded) give no body work (" + NOWORK + "). Tasks: 第四条 1 (a "
            "designation of the assessors), 第五条 1 (three paragraphs, one article: round 32), 第八条 1, 第九条 1 (discipline: 「参与考核"
            "的相关科室、单位应了解…」「主管单位及相关评分单位不得…」「被考核方不得…」) → **4**. Accepted: 3 (第四条 read as a statement of who "
            "assesses, no work of its own), 5 (第六条 counted: subjectless 进行考核, round 43), 6 (第六、七条), 11 (every article, round 30 "
            "and round 33)",
            "not sampled for doubt: 第九条 (「参与考核的相关科室、单位」 — the 的-rule leaves 相关科室 (a kind?) and 单位 (a catch-all, round "
            "33); 了解 and 掌握 as verbs of doing under the article rule; 「主管单位及相关评分单位」 only in prohibitions)",
            "figures: the grade bands 「得分90分(含)以上为“优”」「80(含)～90分为“良”」「70(含)～80分为“中”」「70分以下为“差”」 name grades of "
            "result (round 32 / round 34: grade bands are not targets; 第七条 is no task); 20% (a target of 第八条) and 50% (a penalty)",
            "dates: 2024年12月11日 (signature), 2025年1月11日 (entry into force), 有效期至2029年12月31日: no deadlines, no phases"])

# ---------------------------------------------------------------------------------------------------------
X03 = CUR[0] = "x223_03_lingang-guanweihui-2024-yingji-qiangxian-jiuzai-gongcheng-jianshe-guanli-banfa.txt"
P03 = "中国（上海）自由贸易试验区临港新片区应急抢险救灾工程建设管理办法"
N03 = "关于印发《" + P03 + "》的通知"
SETUP = ("round 36: bodies a plan set up earlier are doers in later items (round 35's set-up rule covers only the item that sets "
         "them up)")
S03 = [
    A(["第七条（管理职责）"], [], ["临港新片区发改、建交、生态、应急、社发等部门", "财政部门", "审计部门", "监察部门"],
      note="a heading 管理职责 gives out work (round 34 / round 35 / round 38): every body the text gives work is a unit, in "
           "printed order; 「临港新片区发改、建交、生态、应急、社发等部门根据各自职责，负责对…的监管」 — bare fields closed by one shared head "
           "「…等部门」 are one name as printed (round 31 「人事、卫生等部门」; round 42 continued: a list closed by a shared head stays one "
           "group), 负责 (rule 2); 「财政部门负责…资金的保障工作」 — 负责 with funds as its object is work, not a payer (round 37); "
           "「审计部门负责…审计监督，监察部门负责…监察」 — 负责 (rule 2); the two paragraphs are one task (round 32); no 牵头: lead []; "
           + NODATE),
    one(["第八条（认定分工）", "（二）"], "管委会行业主管部门",
        note="「使用管委会财政资金的应急抢险救灾工程，未设立应急抢险指挥机构的，由管委会行业主管部门组织认定」 — " + BY + " (组织＋work); "
             "round 40: an article whose work is split by its objects 「涉及X的，由A…；涉及Y的，由B…」 gives each part's body (the item's "
             "own work, not a case); the heading 认定分工 is an 「X分工」 heading (round 37) that gives out work; " + NODATE),
    one(["第十条（认定程序）", "（二）"], "专家评审委员会",
        responsible_alternatives=[["行业主管部门", "专家评审委员会"]],
        note="「由行业主管部门提出应急抢险救灾工程建设需求，由专家评审委员会对于工程的风险隐患紧急程度进行评估，评估报告提交联席会议审议通过后认定」 — "
             "由专家评审委员会…进行评估: " + BY + " (round 43: 由A进行＋work); the committee was set up in 第九条 (" + SETUP + "); "
             "由行业主管部门提出…需求 is read as the filer's step before another body's work (round 40: 「由所属镇、街道提供相关资料，由B预审」 — "
             "B a doer, the filers not), and [行业主管部门, 专家评审委员会] (由A＋any verb, round 34) is accepted — RULING? 3; 联席会议 "
             "approves (" + RECV + "); the lead-in's 项目主管部门 does not reach an item that names its own doers (rule 4); " + NODATE),
    one(["第十一条（简化审批流程）"], "各有关管理部门",
        note="「各有关管理部门应当在职权范围内，对项目的立项、规划、用地、施工许可等相关行政审批流程予以简化」 — " + ARTSUBJ + " (简化; "
             "round 41's 「予以 reaches only 落实」 is for rule 2's closed list outside articles); 各有关管理部门 is a kind (round 32 / round "
             "33: 各有关部门 and the like are kinds); 「可以在开工后完善相关手续」 — subjectless, an option; " + NODATE),
    one(["第十三条（建立队伍储备库）"], "项目主管部门", [(3, "家")],
        note="「项目主管部门应当建立相应的应急抢险救灾工程队伍储备库（以下简称“储备库”）」 — " + ARTSUBJ + " (建立); 项目主管部门 is the name "
             "第九条 gives 「（以下统称“项目主管部门”）」 to the certifying bodies — a role a document defines for bodies is a unit as printed "
             "(round 33 「项目管理人」; round 38 / round 43: names given through 以下简称 read as printed); 「储备库中每种类型的队伍数量一般不"
             "少于3家」 — a floor with 不少于: a target (round 30's line; round 40's 「一般为3-5年」 has no comparison word, this one "
             "has); 「储备库名单应当向社会公开」 subjectless; " + NODATE),
    A(["第十五条（合同管理）"], [], [], not_targets=[(10, "个工作日")],
      note="「应急抢险救灾工程实施前，应当先签订合同，确因情况紧急未签订合同的，应当自工程实施之日起10个工作日内补签合同」 — no subject and no "
           "body named: a rule point that gives work (" + NOSUBJ + "); 承包单位 is named inside the contract's contents, no unit; "
           "「10个工作日内」 counted from 工程实施之日 — " + EVENT + "; lead [], responsible []; " + NODATE),
    one(["第十七条（过程管理）", "（二）"], "项目主管部门",
        note="「应急抢险救灾工程完工后，由项目主管部门及时组织综合验收…，并就应急抢险救灾工程完工情况向本级政府进行报告」 — " + BY + " (组织＋"
             "work); 本级政府 receives (rule 3); the report is an undated duty below (round 35 / round 44); 「完工后」 is a time from an "
             "event (round 34); " + NODATE),
    A(["第十八条（资金管理）", "（二）"], [], [],
      note="「应急抢险救灾工程根据资金列支渠道，按照管委会或各镇资金使用管理办法具体实施」 — subjectless; 「工程款支付超过估算价的，由管委会或各镇"
           "财政部门根据审价部门出具的结算报告，予以支付超额部分」 — 支付 with money as its object is a cost verb: 由A＋a cost verb names a "
           "payer, no unit (round 47 decided: 拨付／结算; round 46: 给予补贴; round 35 / round 36); 审价部门 is named inside a description "
           "of the report (round 30), no unit; 「超过估算价」 has no figure; lead [], responsible []; " + NODATE),
    one(["第十九条（参建各方责任）"], "建设单位",
        responsible_alternatives=[["建设单位", "参建各方"]],
        note="the heading 「参建各方责任」 gives out work (round 43: 「各方责任」 reads like 职责划分); 「应急抢险救灾工程的建设单位应当加强工程建设"
             "的日常管理，确保工程质量」 — the 的-rule leaves 建设单位 (round 32), a doer (" + ROLE + "; " + ARTSUBJ + "); 「…的参建各方应当"
             "…做好工程建设的各项组织实施工作」 — 参建各方 is read as 各参与方, a general call (round 44: 各参与方／各方面 are general calls, "
             "no units); [建设单位, 参建各方] (the work heading's every body) is accepted; " + NODATE),
]
plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 15, after the cover) or the notice title (lines 1 and 3): either",
     doc_no="沪自贸临管委〔2024〕153号 (printed on line 5 and in the stored front matter)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2024-12-06",
     date_note="the cover is signed 2024年12月6日 (the index the same); the rules apply from 2025年1月1日",
     level="the Lingang New Area administration (the index's 「其他」 level), rules on emergency rescue and relief works: what "
           "they are, who certifies them and how, the expert committee and joint meeting, simplified approvals, direct award, "
           "the reserve of contractors, contracts, acceptance, funds, the parties' duties",
     source=src(N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b059adfbd96f40fc9a7c82d0eb4b59b3&siteId=0058", 3820),
     style="a cover (the notice title printed again, the number, addressees with an ASCII colon, one sentence, signature, date) "
           "then the rules' title and 21 articles 「第N条（heading）」 each alone on its line with paragraphs below, no chapters; items "
           "（一）… under 第四、五、八、十七、十八条; 第十条's first procedure stands as an unnumbered paragraph before （二） (its （一） lost), "
           "then a 「前款第（二）项所称…」 paragraph and a closing paragraph",
     leaf_tasks=20, count_alternatives=[17, 18, 19, 27],
     leaf_tasks_by_section={"第七条": 1, "第八条": 3, "第九条": 1, "第十条": 3, "第十一条": 1, "第十二条": 1, "第十三条": 1,
                            "第十四条": 1, "第十五条": 1, "第十六条": 1, "第十七条": 2, "第十八条": 2, "第十九条": 1, "第二十条": 1},
     childless_top_level_sections=[],
     samples=S03,
     plan_targets=[], phases=[],
     duties=[{"what": "经专家评审委员会和联席会议认定为抢险救灾工程的，项目主管部门应当将认定结果报送临港新片区管委会应急处备案", "when": None,
              "when_norm": None,
              "note": "第十条 closing paragraph: a sending the rules ask of the bodies they task when a case arises is an undated "
                      "duty (round 44: 「取消的，…将取消原因报送区政府」) — RULING? 4 (备案, round 42)"},
             {"what": "依法不进行招标的，项目主管部门应当将认定意见书面报送同级建设行政主管部门，并抄送同级财政、审计、监察等部门备案",
              "when": None, "when_norm": None, "note": "第十二条: the same form (round 44) — RULING? 4"},
             {"what": "就应急抢险救灾工程完工情况向本级政府进行报告", "when": "完工后", "when_norm": None,
              "note": "第十七条（二）: a plan body's report to another body (round 35 / round 44), undated"}],
     notes=["counting: general provisions — 第一条 (purpose), 第二条 (scope), 第三条 (definition), 第四条 （一）–（七） (「本办法所称的…主要"
            "包括以下建设工程」: scope), 第二十一条 (entry into force): " + GENART + "; 第五条 （一）（二） (conditions a works must meet: round "
            "35, text) and 第六条 (a principle) give no body work (" + NOWORK + "). Tasks: 第七条 1 (two paragraphs, round 32); 第八条 3 "
            "(（一）, （二） and the closing paragraph 「除上述情形外，…由工程所在镇政府认定」, round 36); 第九条 1 (three paragraphs); 第十条 3 (the "
            "unnumbered procedure before （二） is item （一） whose number the page lost, round 37; （二） with its 「前款第（二）项所称…」 "
            "definition as its text; the closing 「…项目主管部门应当将认定结果报送…备案」, round 36); 第十一–十六条 6; 第十七条 （一）（二） 2; "
            "第十八条 （一）（二） 2; 第十九条 1; 第二十条 1 (a subjectless 「依法进行问责」, " + NOSUBJ + ") → **20**. Accepted: 19 (第二十条 "
            "out, or 第八条's closing paragraph read as a case, rule 3), 18 (both), 17 (第十条 read as one procedure task, or 第二十条 and the "
            "two closing paragraphs out), 27 (every numbered leaf — 第四条 7, 第五条 2, 第八条 2, 第十条 1, 第十七条 2, 第十八条 2 — and "
            "every childless article less the five general ones, 第六条 included)",
            "not sampled for doubt: 第八条（一） (「由该应急抢险指挥机构认定」 — 该 before a name, round 42's quantifier; a body another plan "
            "sets up), 第八条's closing paragraph (no path of its own), 第九条 (the certifying bodies 「负责认定…的应急抢险指挥机构和行业主管部门、"
            "镇政府（以下统称“项目主管部门”）」 as 牵头 subjects, the committee the article sets up (round 35), 「（5名以上）」 experts (persons) "
            "and a joint meeting convened by a person), 第十条（一） (no printed number), 第十二条 (subjectless direct award beside 项目主管部门's "
            "filing to 建设行政主管部门: a doer by the article rule or a filing, round 46), 第十六条 (「…的责任单位和责任人，按照相关规定追究责任」), "
            "第十七条（一） and 第十八条（一） (open with the same words as 第十五条 and 第十八条（二）, see the README)",
            "figures: 「不少于3家」 (a target), 「10个工作日内」 (a limit from an event), 「（5名以上）」 (experts to appoint, 第九条, not "
            "sampled), 「附件1-附件5」 (references to forms the text does not hold)",
            "dates: 2024年12月6日 (signature), 2025年1月1日 (entry into force): no deadlines, no phases"])

# ---------------------------------------------------------------------------------------------------------
X04 = CUR[0] = "x223_04_putuo-fagaiwei-2024-zhengfu-touzi-jianshe-xiangmu-chubei-guanli-he-yu-anpai-banfa.txt"
P04 = "普陀区政府投资建设项目储备管理和预安排办法"
N04 = "关于印发《" + P04 + "》的通知"
S04 = [
    A(["第四条 (责任分工)"], [], ["区发改委", "专业中介机构", "相关部门"], responsible_alternatives=[["区发改委"]],
      note="「区发改委具体负责储备库的建设、管理、更新以及组织专业中介机构或相关部门对项目进行综合评估」 — 具体负责 (rule 2); the heading 「责任"
           "分工」 gives out work (round 35), and under such a heading the objects of 组织 that are given work are units (round 37; round "
           "40: 「负责通知B做好…」) — 专业中介机构, and 相关部门 a kind (round 33); [区发改委] alone (the pivot rule outside a work heading, "
           "round 30) is accepted; no 牵头: lead []; " + NODATE),
    A(["第七条 (项目申报)"], [], [], responsible_alternatives=[["项目行政主管部门"]],
      note="「每年四季度，由项目行政主管部门根据区政府确定的中长期规划和专项发展建设规划，申报储备项目」 — " + APPLICANT + "; 「可随时申报」 an "
           "option; 「储备库实行集中申报，动态更新」 subjectless; [项目行政主管部门] (由A＋any verb of doing, round 34) is accepted — RULING? "
           "5; 「每年四季度」 is a rhythm (round 34: recurring dates are no deadline); " + NODATE),
    A(["第九条(项目入库)"], [], ["区发改委", "区建管委", "区重大办", "区财政局", "区规划资源局", "区生态环境局"],
      note="「区发改委、区建管委、区重大办、区财政局、区规划资源局、区生态环境局等部门对申报纳入储备库项目先行开展联审，研究确定…」 — " + ARTSUBJ +
           " (开展, 研究确定); round 35: 「A、B、C等部门」 with separate heads gives A, B, C (the 等… tail dropped); no 牵头: lead []; "
           + NODATE),
    one(["第十三条(可行性研究报告编报)"], "项目(法人)单位", [(1000, "吨标准煤")],
        note="「项目(法人)单位完成前置审批后，并根据完善后的设计方案编制项目可研报告…，并向区发改委提交…等文件」 — " + ARTSUBJ + " (编制; the "
             "name as printed, its ASCII bracket kept, round 34); the papers sent to 区发改委 for its approval are a step of approval "
             "(round 46: no duty; the receiver no unit); 「节能审查意见(年能耗1000吨标准煤以上)」 — a threshold with 以上 that triggers a "
             "step (an energy review opinion is required): a target by round 30's line (its own example 「年节能量50吨标准煤以上的」) — "
             "RULING? 6 (round 34 / round 43: a class the rule covers); " + NODATE),
    A(["第十五条 (可行性研究报告审批)"], ["区发改委"], ["区发改委", "项目行政主管部门"], lead_alternatives=[[]],
      not_targets=[(5000, "万元"), (1, "亿元")],
      note="「经区发改委会同项目行政主管部门专报…」「经区发改委会同项目行政主管部门报请区政府常务会议决策同意后」 — " + HUI + "; 「由区发改委批复可研"
           "报告」 (three times) — " + BY + "; 「经项目行政主管部门专报…」「由项目行政主管部门报请区政府专题会议审议」 — the same body; 「经财务监理"
           "审核」 — a reviewing body (" + RECV + "); 区领导 are persons, 区政府常务会议／专题会议 approve (rule 3); 「5000万元(不含)以下」"
           "「5000万元至1亿元(不含)以下」「1亿元及以上」 — " + CLASS + " (here the band decides who decides); " + NODATE),
    A(["第十六条 (初步设计和概算编制与审批)"], ["项目行政主管部门"],
      ["区发改委", "项目行政主管部门", "项目(法人)单位", "设计单位", "区建管委"], lead_alternatives=[[]],
      responsible_alternatives=[["区发改委", "项目行政主管部门", "项目(法人)单位", "区建管委"]],
      note="four paragraphs, one article (round 32): 「由区发改委在可行性研究报告审批时…一并进行审核」 — " + BY + "; 「由项目行政主管部门会同项目"
           "(法人)单位…选择…设计单位，编制初步设计文件」 — " + HUI + " (the lead of the one 会同 clause, round 45: every lead named); "
           "「设计单位必须严格按照…进行设计」 — " + ARTSUBJ + " (" + ROLE + "); 「…初步设计由区建管委负责审核，区建管委应…选择…评估机构对…"
           "进行评估，并批复…」 — " + BY + " (负责), the chosen 评估机构 no unit; 「项目(法人)单位应严格按照…组织实施」 — 组织＋work (rule 2); "
           "the reading without 设计单位 (a contractor the item has chosen) is accepted; 「项目概算总投资不得超过可研批复总投资」 has no "
           "figure; " + NODATE),
    one(["第十八条 (经费保障)"], "项目行政主管部门",
        responsible_alternatives=[["项目行政主管部门", "区财政局"]],
        note="「由项目行政主管部门会商区财政局安排项目前期研究费用」 — 会商 is no 会同: A alone, B accepted (round 45); 安排 with a cost as "
             "object is not among the cost verbs (承担／分担／保障／列支／提供／投保, round 37; 给予补贴, round 46; 拨付／结算, round 47), so "
             "由A＋a verb of doing (round 34) makes A a doer — RULING? 7; 「应当接受区财政局、区审计局等部门的监督检查」 — overseers (round 40: "
             "invited overseers are rule 3's), no units; 「综合评估费用列入区发改委、区建管委部门预算」 — no doer; " + NODATE),
    A(["第二十条 (项目预排)"], ["区发改委"], ["区发改委", "区财政局", "区重大办"], lead_alternatives=[[]],
      note="「区发改委会同区财政局、区重大办根据…，研究提出下一年度政府投资建设项目预安排建议计划」 — " + HUI + "; 「每年第四季度，由项目行政主管部门"
           "…申报下一年度项目投资计划」 — " + APPLICANT + " (round 47 confirmed x213_02 第六条: a body's own yearly plan sent up for a "
           "decision is no duty); 「每年第四季度」 a rhythm, 下一年度 names the plan's year, no deadline (round 34); " + NODATE),
    A(["第二十四条 (项目调整)", "(二)"], [], ["区建管委", "区规划资源局", "区房管局"],
      note="「涉及技术性方面的重大设计变更调整，应先由区建管 委、区规划资源局、区房管局等技术审核部门提出审核意见」 — " + BY + " (round 38: "
           "「由A…出具同意意见」 is 由A＋a verb of doing); round 35: 「A、B、C等…部门」 gives A, B, C; 「区建管 委」 is printed with a space "
           "inside the name (the scorer squashes whitespace; written here without it); the article's opening paragraphs name "
           "行业主管部门 but the item names its own doers (rule 4); " + NODATE),
    S(["第二十四条 (项目调整)", "(一)", "2"], ["区发改委"], ["项目行政主管部门", "区发改委", "区财政局", "行政主管部门"],
      [(500, "万元"), (10, "%")], lead_alternatives=[[]], **art(CUR[0], ["第二十四条 (项目调整)", "(一)", "2、"]),
      note="「突破批复总概算的，项目行政主管部门应查明调概原因并…书面上报区发改委和区财政局，并由区发改委委托评估公司…进行评估」 — " + ARTSUBJ +
           " (查明) and round 33 「由A委托B」 (A a doer, the 评估公司 no unit); the three 「其中：…」 paragraphs after 2、 are its text "
           "(round 32: an unnumbered paragraph after the last item that gives work is that item's body; 其中 speaks of 2、's case): "
           "「由区发改委和区财政局审查同意后办理…」 (由A与B, round 30: both doers), 「由区发改委会同区财政局审查后…」 (" + HUI + "), 「并会同行政"
           "主管部门提请区政府常务会议审议」 (the partner of 会同 is a unit, printed 行政主管部门 — no alias rewritten, round 38); 「不超过"
           "500万元且不超过10%时」「不超过500万元但超过总概算10%时」「500万元以上时」 — bands of an overrun, an event, that trigger the "
           "procedure: targets (round 43: a band in a case of an event stays round 30's trigger; round 47: point bands that "
           "trigger steps are targets); 区政府专题会议 and 分管财政的区领导 approve (rule 3, persons); " + NODATE),
]
plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title (line 11, after the cover) or the notice title (line 1): either",
     doc_no="普发改规范〔2024〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市普陀区发展和改革委员会",
     date="2024-12-11",
     date_note="the cover is signed 2024年12月11日 (the index the same); the rules apply from 2025年1月11日 to 2029年12月31日",
     level="a district bureau (Shanghai Putuo, the development and reform commission), rules on the reserve of government "
           "investment projects (application, joint review, proposals, feasibility studies, approval by size, design and "
           "budget estimates, funds for early work) and on the yearly pre-arrangement of investment plans and their adjustment",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075193803&siteId=0075", 5433),
     style="a short cover (addressees, one sentence, signature, date) then the rules' title and five chapters 「第N章    heading」 "
           "(four spaces); 28 articles 「第N条 (heading)」 alone on their line with ASCII brackets, some without the space "
           "「第九条(项目入库)」 and one with two 「第二十七条  (办法解释)」; items (一)… under 第五、二十四条, 第二十四条(一) with 1、2、 and "
           "three 「其中：…」 paragraphs after 2、; spaces inside words 「项目建议 书」「区建管 委」; a flow chart's title closes the text",
     leaf_tasks=23, count_alternatives=[19, 22, 24, 29],
     leaf_tasks_by_section={"第二章 项目储备管理": 13, "第三章 项目预安排": 9, "第四章 监督管理": 1},
     childless_top_level_sections=[],
     samples=S04,
     plan_targets=[], phases=[],
     duties=[{"what": "项目(法人)单位依据确定的初步建设方案编制项目建议书并由项目主管部门审核报送区发改委", "when": None, "when_norm": None,
              "note": "第十一条: a plan body passing another's papers on after its own step (round 36 「初审后报镇」; round 46 "
                      "confirmed) is a duty, undated"},
             {"what": "行业主管部门应将有关情况上报区发改委、区财政局，并按有关程序办理项目调整手续", "when": None, "when_norm": None,
              "note": "第二十四条: information sent when a case arises (a project's major change) — an undated duty (round 44); the "
                      "adjustment procedure itself is a step of approval (round 46)"}],
     notes=["counting: general provisions — 第一条 (purpose and basis), 第二条 (scope), 第二十六条 (new rules prevail), 第二十七条 "
            "(interpretation), 第二十八条 (entry into force): " + GENART + "; 第三条 and 第十九条 (principles), 第五条 (classes defined "
            "「是指…」 in (一)–(三): definitions) and 第六条 (a 管理原则 article with subjectless 定期充实和调整) give no body work (" + NOWORK +
            "). Tasks: 第四条 1; 第七–十八条 12; 第二十–二十三条 4 (第二十二条 a subjectless 「…报区政府常务会议审定后…纳入…计划下达」, " + NOSUBJ +
            "); 第二十四条 5 ((一)1、, (一)2、 with its 其中 paragraphs, (二), (三) a subjectless prohibition, (四)); 第二十五条 1 "
            "(subjectless 「依法追究当事人的责任」) → **23**. Accepted: 22 (第二十二条 or 第二十五条 out), 19 (第二十四条 one task), 24 "
            "(第六条 counted, or the 其中 paragraphs read as one more task of (一), round 40), 29 (every numbered leaf — 第五条 3, 第二十四条 "
            "5 — and every childless article less the five general provisions)",
            "not sampled for doubt: 第八条 (「由申报单位作为牵头主体，明确配合单位并牵头各配合单位…」 — a designation of a role the article "
            "names, its 配合单位 objects, and 各项目行政主管部门 beside 项目行政主管部门), 第十一条 (「区发改委…可按规定方式选取…评估机构…并依据"
            "评估意见批复项目建议书」 — whether 可 reaches 批复, round 40), 第二十三条 (各职能部门 with 加强; 「由区财政局…追加安排财政预算，安排"
            "项目建设资金」 — work or a payer), 第二十四条(一)1、 (「由行政主管部门将有关情况书面上报…，由区财政局商区发改委后…调整」: a filer, "
            "会商) and (四)",
            "figures: 第十三条 「1000吨标准煤以上」 (a target), 第十五条's bands (classes deciding who decides) beside 第二十四条's overrun "
            "bands (triggers of an event: targets); 国务院令第712号, 普府规范〔2024〕2号, 普发改规范〔2019〕3号 are references",
            "dates: 2024年12月11日 (signature), 2025年1月11日 (entry into force), 有效期至2029年12月31日; 每年四季度／每年第四季度 (rhythms of "
            "application), 年中, 当年度, 下一年度: no deadlines, no phases"])

write_collected(DIR)
