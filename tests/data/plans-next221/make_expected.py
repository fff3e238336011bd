# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next221/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 46 (built by helper c221): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 47 rulings, written
early" and "Round 46 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run
on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next221/make_expected.py tests/data/plans-next221
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
           "none); round 47 (q44c): role-like kinds (建设单位, 设计单位 …) are bodies named by a kind and doers so")
BY = "CONVENTIONS.md units rule 2: the agent of 由 with a verb of doing is a doer (round 34: 「由A＋any verb of doing」)"
HUI = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 — lead A (lead [] accepted), responsible A, B"
KIND = ("round 33 / round 42 continued: 有关部门／相关部门 are kinds, doers with a rule-2 form, and a 会同 partner named by its kind "
        "is a unit as printed")
RECV = ("CONVENTIONS.md units rule 3: a body that only receives, approves or is consulted 「报A审议」「经A审核」「征询A意见」 is no "
        "unit (round 36: 「经过A、B初步审查」)")
DESC = "round 30 clarifications: a body inside a noun's description 「经A认定的企业」 is not a doer of the item"
FUND = "round 45: a fund or scheme the rules govern 「引导基金应选择…」 is no body, whatever its legal form"
OPTION = "round 34 / round 40: an option 「A可…」「可以…」 is no assignment, and 可 reaches every verb joined to it"
APPLICANT = ("round 30 / round 34: an applicant 「由A提出申请」 is no unit; round 44: 可以申请 names no doer")
FILING = ("round 46 (turned, on x205_04 第十二条): round 44's article rule does not reach a report 「应定期向…提交／报告」 — read as "
          "「由A向B提供／提交…报告」, a filing with no doer (round 39)")
APPROVAL = ("round 46 / round 47: a body sending its own project, plan, budget or accounts for a decision takes a step of approval — "
            "no duty, and the approver is rule 3's")
EVENT = ("CONVENTIONS.md round 33 / round 34: a limit counted from an event with no comparison word 「N个工作日内」 is the item's "
         "deadline rule, not a target, and no deadline (times from an event)")
TRIGGER = ("CONVENTIONS.md round 30 (thresholds): a quantity joined to a comparison word inside a 「…的」 condition that triggers a "
           "step of the work is a target (round 37: 「50万元（含）以下的…案件」 a trigger); both edges of a band are read alike "
           "(round 29)")
CLASS = ("CONVENTIONS.md round 43: a size band that decides which body reviews 「总投资500万元（含）以上的…项目」 is a class of project, "
         "no target (round 34 / round 38: a class the rule covers)")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2 or the article rule")
LABEL = ("CONVENTIONS.md units rule 1: a unit-colon item 「（一）A：…」 gives its units (round 37: a unit-colon label gives the label's "
         "name); sentences in its text add nothing")
GENART = ("CONVENTIONS.md round 30: articles of general provision (purpose and basis, scope, definitions, the interpreting body, "
          "entry into force) and round 34's 参照 articles are not tasks; a count that includes them is accepted")
NOWORK = ("CONVENTIONS.md round 33: an article with no work among articles of work (a principle or a statement with no doer and no "
          "work) is a task only in a plan that names no units at all; a count that includes it is accepted")
SUBJLESS = "round 43: rule points with no subject are tasks where they give work (x172_03's reading)"


def one(path, unit, targets=(), note="", **kw):
    """An article whose one doer is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw, **art(CUR[0], path))


def A(path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``) in the current file."""
    return S(path, lead, resp, targets, **kw, **art(CUR[0], path))


CUR = [""]

# ---------------------------------------------------------------------------------------------------------
X01 = CUR[0] = "x221_01_huangpu-fagaiwei-2025-botou-jiehe-guquan-touzi-jijin-guanli-shishi-xize.txt"
P01 = "黄浦区“拨投结合”股权投资基金管理实施细则"
N01 = "关于印发修订后的《黄浦区“拨投结合” 股权投资基金管理实施细则》的通知"
MGR = "拨投基金管理机构"
S01 = [
    one(["第九条"], "拨投基金投资决策工作组", not_targets=[(5000, "万元")],
        note="「5000万元及以下的项目由拨投基金投资决策工作组审定」 — " + BY + "; the group was set up in 第七条 (round 36: bodies a plan "
             "set up earlier are doers in later items); 「报投决会审议」「报区政府常务会议审定」 — " + RECV + "; 「可以…邀请相关行业主管部门、"
             "单位及专家参加」 — an option (" + OPTION + "); 「5000万元以上／及以下的项目」 decide which body decides (" + CLASS + ") → "
             "5000万元 not a target; " + NODATE),
    A(["第十条"], [], ["基金管理机构", MGR], lead_alternatives=[["基金管理机构"]],
      responsible_alternatives=[["基金管理机构"], [MGR]],
      note="「拨投基金的日常投资运作，由符合条件的基金管理机构负责」 — " + BY + ", the name after the last 的 (round 32's 的-rule: "
           "基金管理机构); 「拨投基金管理机构应按照…履行相应的职责」 — " + ARTSUBJ + "; the two names are kept as printed (round 38 / "
           "round 43: no alias is rewritten), either alone accepted — RULING? 7; no 牵头: lead [] (the 由A负责 body as lead "
           "accepted); " + NODATE),
    A(["第十二条"], [MGR], ["区发展改革委", "区财政局", "区国资委", MGR, "区投促办", "区科委", "区商务委", "区文化旅游局"],
      lead_alternatives=[[]],
      note="several clauses in one article (rule 2): 「区发展改革委负责…日常工作」 (负责); 「区财政局履行投资监督职责」「区国资委履行…出资人的"
           "职责」 — " + ARTSUBJ + "; 「拨投基金管理机构会同区投促办、区科委、区商务委、区文化旅游局等产业部门开展…征集、初步遴选工作」 — "
           + HUI + " (round 45: 会同 and 牵头 leading different parts of one item: every lead named, alternatives accepted); "
           "「A、B、C等产业部门」 with separate heads gives A, B, C (round 35: the 等… tail dropped); " + NODATE),
    one(["第十三条"], "托管商业银行",
        note="「拨投基金应选择…商业银行进行托管」 — the fund is the subject (" + FUND + "), the bank its object; 「托管商业银行具体负责拨投基金"
             "资金拨付、清算和日常监控」 — 具体负责 (rule 2); 拨付 under 负责 is work, not a payer (round 47: 负责 makes it work, "
             "「由A负责拨付」); 「定期向拨投基金管理机构报告资金使用情况」 is a duty below (round 35: a plan body's sending to another "
             "body of the plan), 定期 a rhythm with no rhythm word; " + NODATE),
    A(["第二十四条"], ["区发展改革委"], ["区财政局", "区发展改革委", "行业主管部门"], lead_alternatives=[[]],
      note="「建立…考核机制，对整体投资组合开展长周期考核评价」 (no subject); 「区财政局对拨投基金采用整体评价原则进行综合绩效评价」 — "
           + ARTSUBJ + " (round 43: 进行＋work); 「区发展改革委会同行业主管部门加强对拨投基金投向的指导评价，对拨投基金管理机构采取…综合评价」 — "
           + HUI + "; " + KIND + "; 拨投基金管理机构 is the one evaluated (an object), no unit; " + NODATE),
    A(["第二十六条"], [], [],
      note="「建立定期报告制度。拨投基金管理机构应定期向投资决策机构报告…。投决会定期向区委、区政府报告…」 — " + FILING + ": no unit "
           "(the article is a task: it sets up the reporting system and its reports, round 43); both reports are duties below "
           "(round 40: a standing report of a body the rules task), 定期 a rhythm with no rhythm word; " + NODATE),
    one(["第二十七条"], "相关部门",
        note="「相关部门根据职责组织实施授信承诺、信用审查、信用评价机制，并依法将…失信信息纳入信用平台」 — 组织实施 (rule 2); 相关部门 is a "
             "kind (round 33: 有关部门／相关部门 are kinds; only the bare 有关单位／相关单位／各单位 are calls); 「根据职责」 is a phrase, no "
             "unit; " + NODATE),
]
plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title (lines 14–16, printed over two lines 「黄浦区“拨投结合”股权投资基金」「管理实施细则」) or the notice "
                "title (line 1, a space before 股权): either",
     doc_no="黄发改规〔2025〕2号 (from the index and the stored front matter; the text prints no number of its own — 黄发改规〔2025〕1号 "
            "is the repealed earlier version)",
     issuer="上海市黄浦区发展和改革委员会 with 上海市黄浦区财政局 (two signatures on one line; the index lists the first)",
     date="2025-06-04",
     date_note="the cover is signed 2025年6月4日 (the index the same); the rules apply from that day to 2030年6月3日",
     level="district bureaus (Shanghai Huangpu, the development and reform commission and the finance bureau), rules for the "
           "district's 拨投结合 equity fund (grants that turn into equity): its bodies, who decides, how it invests and exits, "
           "risk control, reports, credit and audit",
     source=src(N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=4be1f8a1-5d9c-4361-a0b0-8b3081e53841&siteId=0071", 3823),
     style="a cover (addressees 「区各相关单位：」, one sentence, 「特此通知。」, two signatures on one line with spaces between, the "
           "date), then the title over two lines and five chapters 「第一章  总  则」 (spaces inside); 32 articles 「第N条  text」 run in "
           "on their line after two ASCII spaces; 第九条, 第十六条, 第十九条 with more paragraphs; 第二十二条 a lead-in over three cases "
           "（一）–（三）; no closing chrome",
     leaf_tasks=13, count_alternatives=[12, 14, 16, 32, 34],
     leaf_tasks_by_section={"第二章  管理架构": 5, "第三章  投资运作": 3, "第四章  风险控制和管理": 5},
     childless_top_level_sections=[],
     samples=S01,
     plan_targets=[{"number": 15, "unit": "年",
                    "note": "第十五条 「拨投基金存续期最长可至15年」 — 最长 (round 32's list) on the fund's own term in an article that gives "
                            "no work: a plan target (round 35: a ceiling in a scope article is a plan target)"},
                   {"number": 20, "unit": "%",
                    "note": "第二十条 「对所投资的单个直投项目的出资规模不得超过拨投基金总体规模的20%」 — a ceiling (超过, round 30) in an article "
                            "with no doer and no work: the policy's own limit, a plan target (round 35 / round 38)"}],
     phases=[],
     duties=[{"what": "托管商业银行定期向拨投基金管理机构报告资金使用情况", "when": "定期", "when_norm": None,
              "note": "第十三条: a standing report of a body the rules task to another body of the plan (round 35 / round 40)"},
             {"what": "拨投基金管理机构应定期向投资决策机构报告拨投基金运行情况、资产负债情况、投资损益情况及其他可能影响投资者权益的重大情况",
              "when": "定期", "when_norm": None, "note": "第二十六条 (round 40: a standing report, whoever sends it)"},
             {"what": "投决会定期向区委、区政府报告拨投基金管理运行情况及重大投资、决策情况等事项", "when": "定期", "when_norm": None,
              "note": "第二十六条"}],
     notes=["counting: general provisions — 第一条 (purpose, basis), 第二、三条 (definitions), 第三十条 (the interpreting bodies), "
            "第三十一条 (how the rules themselves are amended), 第三十二条 (entry into force) — and 第二十九条 (「应严格遵守国家相关法律法规…"
            "另有规定的，从其规定」, a rule of conformity like round 34's 参照 articles): " + GENART + "; no work (" + NOWORK + "): 第四条 "
            "(principles), 第五条 (the money's source), 第六条 (「可依法采用…组织形式」, an option), 第八条 (the group's leaders, persons, "
            "and members: rule 3), 第十一条 (where the fee is fixed), 第十四条 (the mode), 第十五条 (the term), 第十八条 (options to buy back "
            "or exit), 第二十条 (a ceiling), 第二十一条 (「可以…设置…上限」, a 不得 to the fund, 「可以放宽」: options and a limit), 第二十二条 "
            "(the fund's right 「有权终止合作并选择提前退出」 in three cases: a verb of having, round 44, read as an option, round 40 — "
            "RULING? 4), 第二十五条 (a principle of tolerance; persons 相关人员). Tasks: 第七条 (「将相关事项报…审议，并设立…机构」: work with "
            "the fund as subject, round 43), 第九、十、十二、十三条, 第十六、十七、十九条, 第二十三条 (subjectless 「建立…制度」, round 43), "
            "第二十四、二十六、二十七、二十八条 → **13**. Accepted: 12 (第七条 out, an architecture statement), 14 (第二十二条 one task, "
            "round 35: an article whose items are only cases is one task), 16 (its three cases as tasks), 32 (every article, rounds 30 "
            "/ 33), 34 (every article, 第二十二条 as its three items)",
            "not sampled for doubt: 第七条 (the fund as the subject of 报／设立), 第十七条 (拨投基金管理机构办理… beside the fund's 签订), "
            "第十九条 (「如出现…的情况，拨投基金管理机构应当制定退出方案」: round 42's step after a case vs rule 3's case; 「由拨投基金管理机构"
            "提出，经投资决策机构审议同意，可以实施提前退出」: a proposal for approval and an option), 第二十二条 (RULING? 4)",
            "units: 投决会 / 投资决策机构 / 区政府常务会议 only approve or receive (rule 3); 分管…副区长 are persons; the group's members "
            "(第八条) are no units (rule 3); 拨投基金 (the fund) is no body (round 45)",
            "figures: plan targets 15年 (最长) and 20% (不得超过); not targets 5000万元 (第九条, a band that decides who decides: " + CLASS
            + "), 「一年以上」 (第二十二条, a case of a right, not sampled), document numbers (国办发〔2025〕1号, 沪府办规〔2023〕29号, "
            "黄发改规〔2024〕2号, 黄发改规〔2025〕1号)",
            "dates: 2025年6月4日 (the signature and entry into force), 有效期至2030年6月3日: no deadlines, no phases; 定期 (three "
            "standing reports, duties)"])

# ---------------------------------------------------------------------------------------------------------
X02 = CUR[0] = "x221_02_jingan-chengguanju-2025-chaichu-weifa-jianzhu-xiangmu-zijin-guanli-banfa.txt"
P02 = "静安区拆除违法建筑项目资金管理办法（2025年修订）"
N02 = "关于印发《静安区拆除违法建筑项目资金管理办法（2025年修订）》的通知"
CG = "区城管执法局"
S02 = [
    one(["第四条（职责分工）", "（一）"], CG,
        note=LABEL + " (第四条 is headed 职责分工, a heading that gives out work, round 34 / round 35); the item's own verbs (负责实施, "
             "进行汇总, 编制并申报, 统筹管理, 开展检查评估) are the body's work; " + NODATE),
    one(["第四条（职责分工）", "（五）"], "街道（镇）",
        note=LABEL + "; 「配合完成违法建筑拆除工作，提出拆除违法建筑资金申请」 — the label decides, whatever the verbs (an applicant's "
             "提出申请 adds nothing and takes nothing, rule 1); the bracket stays with the name (round 34: names as printed); " + NODATE),
    one(["第七条 (预算申报）"], CG,
        note="「区城管执法局根据下一年度的工作计划，及各街道（镇）上报的拆违工作需求，进行汇总编制，报送区财政局」 — " + ARTSUBJ + "; "
             "各街道（镇） inside 「…上报的…需求」 (" + DESC + "); the budget sent to 区财政局 is a step of approval (" + APPROVAL + "): "
             "no duty; 「下一年度」 names the budget's year, no deadline; the heading is printed 「第七条 (预算申报）」 (a space, an ASCII "
             "「(」 and a full-width 「）」); " + NODATE),
    A(["第九条（预算结转）"], [], [],
      note="「当年未使用完的专项资金预算按区财政局结转结余资金相关规定统一收回国库，来年据实申报安排」 — no subject; 区财政局 names whose "
           "rules apply (" + DESC + "); the article gives work (收回, 申报安排): a task with no unit (" + SUBJLESS + "); 当年／来年 "
           "are a yearly cycle, no deadline; " + NODATE),
    A(["第十二条（政府采购）", "（二）"], [], [], [(100, "万元"), (400, "万元")],
      note="「预算金额在100万元（含）以上，400万元以下的，须采取竞争性谈判、竞争性磋商的方式确定委托拆除违法建筑施工单位」 — no subject; "
           "the lead-in's 「区城管执法局组织实施的拆除违法建筑项目」 is a description (round 34: 「A组织实施的＋noun」 stays a description), "
           "so rule 4 gives the items nothing; the bands pick the procurement method, a step of the work: " + TRIGGER + " → 100万元, "
           "400万元 (not " + CLASS.split(":")[0] + "'s band that decides which body reviews — RULING? 6); the chosen 施工单位 is "
           "an object, no unit; " + NODATE),
    A(["第十三条（资金支付）"], [], [], [(5, "万元")], responsible_alternatives=[[CG]],
      note="「区城管执法局按照合同和工程进度申请支付资金」 — the bureau asks for payment: read as an applicant (" + APPLICANT + ") — "
           "RULING? 3 (the article-subject reading " + CG + " accepted); 「金额在5万元（含）以上的，需通过党组会讨论通过后支付」 — a "
           "threshold in a 「…的」 condition that triggers a step (" + TRIGGER + ") → 5万元; 党组会 approves (rule 3); 「原则上不得超过"
           "预算资金总额」 has no figure; " + NODATE),
    A(["第十五条（监督检查）"], [], [CG, "区财政局", "区审计局"],
      note="「区城管执法局、区财政局、区审计局依职责进行监督检查，督促资金专款专用和提升资金效益」 — " + ARTSUBJ + " (round 43: 进行＋"
           "work); 督促 has no body as object; no 牵头: lead [] (round 30); 「依职责」 is a phrase, no unit; " + NODATE),
]
plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (line 11 and the line 「（2025年修订）」 under it) or the notice title (line 1): either; the "
                "cover's sentence prints the name with a space 「…项目 资金管理办法…」",
     doc_no="静城管政〔2025〕8号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市静安区城市管理行政执法局",
     date="2025-06-06",
     date_note="the cover's date is printed 「2025年月30日」 (the month is missing); the index gives 2025-06-06; the rules apply 「于公布之日起」",
     level="district bureau (Shanghai Jing'an, the city-management law-enforcement bureau), rules on the fund for demolishing "
           "illegal buildings: principles, the bodies' duties, budgeting, use, procurement by band, payment, supervision; an "
           "attached operating manual (操作手册) for demolition projects",
     source=src(N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=a171b48b-d3fc-41cc-bcdf-de941ec35113&siteId=0072", 4462),
     style="a cover (addressees 「各相关委办局、各街镇：」, one sentence, signature, the date 「2025年月30日」), the title and 「（2025年修订）」 "
           "on two lines; five chapters (the first two with an ideographic space 「第一章　总则」); 18 articles 「第N条（heading）」 alone on "
           "their line with the text in paragraphs below (第七条 printed 「第七条 (预算申报）」); 第三条 （一）–（四） principles, 第四条 "
           "（一）–（五） unit-colon items, 第五条 （一）–（六） definitions, 第十二条 （一）–（三） bands; then 「附件」 and the manual 「静安区拆除"
           "违法建筑施工项目操作手册」 with its own numbering 一、–四、, （一）–（五）, 1.–5., （1）（2）",
     leaf_tasks=18, count_alternatives=[15, 16, 17, 32, 34, 35],
     leaf_tasks_by_section={"第一章　总则": 5, "第二章　资金预算管理": 5, "第三章 资金使用管理": 6, "第四章 监督评价": 2},
     childless_top_level_sections=[],
     samples=S02,
     plan_targets=[], phases=[], duties=[],
     notes=["counting (the body, from the rules' title to the 「附件」 line, as plans-dev EXPECTED.md counts): general provisions — "
            "第一条 (purpose), 第二条 (scope), 第五条 （一）–（六） (definitions of the costs, with a 「根据…执行」 line), 第十七条 (the "
            "interpreting bodies), 第十八条 (entry into force): " + GENART + "; 第三条 （一）–（四） principles (" + NOWORK + "). Tasks: "
            "第四条 （一）–（五） 5 (unit-colon items under 职责分工); 第六、七、八、九、十、十一条 6; 第十二条 （一）–（三） 3 (each band a branch "
            "of the procurement work, round 40: an item split by its objects); 第十三、十四、十五、十六条 4 (第十四条 and 第十六条 subjectless, "
            "round 43) → **18**. Accepted: 17 (第四条（四）, an option to apply, read as no work), 16 (第十二条 one task, round 35: an "
            "article whose items are only cases), 15 (第九、十四、十六条 subjectless articles out), 32 (every leaf of the body: general "
            "provisions and principles counted, rounds 30 / 33), 34 and 35 (the body's 18 with the manual's 16 leaves, or 17 with its "
            "childless 三、, read as a second document under one cover, round 30 — RULING? 1)",
            "the attached manual (附件 静安区拆除违法建筑施工项目操作手册) is read as an attachment, not counted and not sampled (EXPECTED.md: "
            "leaf tasks are counted from the plan's title to its 附件 line); its figures (五个工作日内 ×3, 三十个工作日以内, 六个月内, 一年) "
            "are not checked",
            "not sampled for doubt: 第四条（二） (a garbled clause 「批复的年度拆违项目资金预算」 before 负责), 第四条（四） (an option 「可以提出"
            "…申请」 under a unit label), 第六条 (「区城管执法局对…进行审核，通过党组会讨论通过后，启动该项目」 beside 各街道（镇）上报的 "
            "materials), 第十一条 (「专项资金使用单位需…制定…制度」: a kind by 单位 with a kind before it, round 34), 第十六条 (各相关部门 "
            "inside the case of the sanctions)",
            "units: 区拆违办 (第十条 「区拆违办负责做好绩效跟踪…」) is a doer by 负责; 党组会 approves (rule 3); 市拆违专办 names whose tasks "
            "(第八条), no unit",
            "figures: targets 100万元 / 400万元 (第十二条（二）, also （一）（三） 100万元 / 400万元), 5万元 (第十三条); not checked: the "
            "manual's time limits; document numbers (沪委办〔2017〕58号, 沪精细化办〔2021〕1号, 沪财采〔2023〕32号), 2024年版, (2016), (2019)",
            "dates: 「2025年月30日」 (the cover, the month missing), 「于公布之日起实施」: no deadlines, no phases; 下一年度／当年／来年 "
            "(the budget's cycle) date nothing; no duties (the budget and its adjustment go to 区财政局 for approval: " + APPROVAL + ")"])

# ---------------------------------------------------------------------------------------------------------
X03 = CUR[0] = "x221_03_pudong-2025-tuijin-jianzhushi-fuzezhi-gongzuo-shishi-banfa.txt"
P03 = "浦东新区关于推进建筑师负责制工作的实施办法"
N03 = "浦东新区人民政府 临港新片区管委会印发《" + P03 + "》的通知"
JJ, GZ, LG = "区建交委", "区规划资源局", "临港新片区管委会"
TEAM = ("round 45: the duties of hired persons 「三师」 set out in articles are no tasks (persons; the count with them accepted); "
        "round 36: hired persons' own duties give no unit; round 30: a person is never a unit — 责任建筑师 and 责任建筑师团队 are read "
        "as persons (RULING? 2)")
S03 = [
    A(["第三条"], [JJ, GZ],
      [JJ, GZ, LG, "区发改委", "区财政局", "区生态环境局", "区公安分局", "区教育局", "区卫生健康委", "区文体旅游局", "区综合执法局"],
      lead_alternatives=[[]], responsible_alternatives=[[JJ, GZ, LG]],
      note="「区建交委、区规划资源局共同牵头组建…工作小组」 — A牵头 (rule 2): both lead (round 36: two bodies that 牵头 one item are both "
           "its lead); the group the item sets up and its member list 「工作小组成员单位包括…」 are no units (rule 3; round 35); "
           "「区建交委、临港新片区管委会负责…」「区建交委负责…备案」「区规划资源局、临港新片区管委会负责…」 — 负责 (rule 2, several clauses); "
           "「区发改委、区财政局、…、临港新片区管委会等单位按照各自职责开展工作」 — " + ARTSUBJ + " (round 44: 「…等相关行政管理部门，按照各自"
           "职责共同做好…」 after A负责 clauses are responsible); the 等单位 tail dropped (round 35); one article, its four paragraphs "
           "one task (round 32); the reading without the last paragraph's bodies accepted; lead [] accepted (the 牵头 is for setting "
           "the group up); " + NODATE),
    one(["第九条"], JJ, not_targets=[(2, "个工作日"), (5, "个工作日")],
        note="（一）–（六） list the materials an applicant hands in (round 35 / round 45: an applicant's materials list is no task); "
             "the closing paragraph 「…区建交委应当在材料齐全后2个工作日内予以公示，公示期为5个工作日。…区建交委准予备案」 gives work "
             "(round 36: a closing paragraph after an article's items that gives work is one more task): " + ARTSUBJ + "; 境外建筑师 "
             "(persons, applicants) no units; 「2个工作日内」 (" + EVENT + ") and 「公示期为5个工作日」 (a period with no comparison "
             "word, round 30: a norm) → not targets; " + NODATE),
    A(["第十条"], [], ["建设单位"], lead_alternatives=[["建设单位"]], responsible_alternatives=[["建设单位", "责任建筑师团队"]],
      note="「可以选用设计任务总包或者方案设计总控的实施模式」 — an option (" + OPTION + "); 「实行设计任务总包的，建设单位应当将…发包给…设计"
           "单位，由责任建筑师团队承担全过程设计任务」「实行方案设计总控的，建设单位应当先行将方案设计发包给…」 — the work split by branches "
           "(round 40: every body of the split is the item's): 建设单位 by " + ARTSUBJ + "; the design firms are the objects of 发包 "
           "(no units); 由责任建筑师团队承担／完成 — " + TEAM + " (the team as a body accepted); " + NODATE),
    one(["第二十二条"], "规划资源部门",
        note="「应当由规划资源部门征询建设管理部门意见，明确相关要求，并在土地有偿使用合同或者…意见书中明确采用建筑师负责制」 — " + BY
             + " (round 35: 「由建设单位书面征询…意见」 is work, a doer); 建设管理部门 is consulted (" + RECV + "); " + NODATE),
    A(["第二十四条"], [], [],
      note="「责任建筑师团队服务费用应当…在投资概算的相应费用项目中列支」 — a cost with no payer named (列支 is a cost verb, round 37); "
           "「合理确定建筑师服务费用」 — no subject; 「收费方式可采用…，也可…」 — options (" + OPTION + "); 「不应低于实际成本」 — no "
           "figure; 「具体测算可参考…规定落实」 — an option, 落实 with no subject: no unit; the article gives work on the fees (a task, "
           + SUBJLESS + "); " + NODATE),
    A(["第二十五条"], [], [JJ, GZ, "区生态环境局", "区综合执法局", "区公安分局", LG],
      note="「区建交委、区规划资源局、区生态环境局、区综合执法局、区公安分局、临港新片区管委会等单位应当根据职责分工加强事中事后监督管理，对…"
           "进行检查，…提出整改要求，…依法进行查处」 — " + ARTSUBJ + "; the 等单位 tail dropped (round 35); 「根据职责分工」 is a phrase, "
           "no unit (round 33: a units line by reference gives none); the three paragraphs 「对于…的，检查…」 say what is checked (the "
           "same article's work, subjectless); no 牵头: lead [] (round 30); " + NODATE),
    A(["第二十六条"], [JJ, LG], [JJ, LG, "相关部门"], lead_alternatives=[[]],
      note="「区建交委、临港新片区管委会应当会同相关部门…将…信用信息归集至本市公共信用信息服务平台，并依法采取…措施」 — " + HUI + " (two "
           "subjects: both lead); " + KIND + "; " + NODATE),
]
plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 13, after the cover) or the notice title (line 1, two issuers and a space before 临港): "
                "either",
     doc_no="浦府规〔2025〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市浦东新区人民政府 with the 临港新片区管委会 (two signatures, the second printed 「港新片区管委会」; the index lists the first)",
     date="2025-03-28",
     date_note="the cover is signed 2025年3月28日; the index gives 2025-03-31; the rules apply from 2025年4月1日 to 2030年3月31日",
     level="district government (Shanghai Pudong) with the Lingang New Area administration, rules implementing the city's "
           "architect-responsibility system in Pudong: the bureaus' work group and duties, which works must use it, the "
           "responsible architect's conditions and filing, the owners' and design firms' duties, the architect team's work, "
           "land and approvals, fees, supervision",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070339732&siteId=0070", 5002),
     style="a cover (addressees, one sentence, two signatures on two lines, the date), the title, nine chapters 「第一章  总则」 "
           "(some with two spaces), 第五章 in four sections 「第一节  前期策划」…; 29 articles 「第N条  text」 run in on their line "
           "after two ASCII spaces, several with more paragraphs; 第四条 （一）（二）, 第五条 （一）–（四）, 第八条 （一）–（三）, 第九条 "
           "（一）–（六） with half-width 「;」 closing the items; no closing chrome",
     leaf_tasks=12, count_alternatives=[11, 13, 20, 21, 29, 36, 37],
     leaf_tasks_by_section={"第一章  总则": 1, "第三章 责任建筑师条件": 1, "第四章  基本工作要求": 4, "第六章 土地出让及行政审批": 1,
                            "第七章 保障措施": 1, "第八章  监督管理": 3},
     childless_top_level_sections=[],
     samples=S03,
     plan_targets=[{"number": 3, "unit": "种",
                    "note": "第十九条 「满足技术指标的材料、设施设备的产品品牌不得少于三种」 — a floor (不少于, round 30) of the rules' own "
                            "standard in an article that is no task (the architect team's duties, " + TEAM.split(";")[0] + "): "
                            "a plan target (round 35 / round 38: a policy's own figure where its article is no task)"}],
     phases=[], duties=[],
     notes=["counting: general provisions — 第一条 (purpose), 第二条 (scope), 第四条 （一）（二） and 第五条 （一）–（四） (definitions of "
            "the works covered, 「…是指：」), 第二十八条 (参照), 第二十九条 (entry into force): " + GENART + "; no work — 第六条 (鼓励: round "
            "40, no doer), 第七条 and 第八条 （一）–（三） (a person's qualifications: round 35, conditions are text), 第二十三条 (「可授权由"
            "责任建筑师组织…」: an option, " + OPTION + "); the architect team's duties 第十四–二十一条 (" + TEAM + "). Tasks: 第三条 (the "
            "bureaus' work, four paragraphs, one task), 第九条 (its materials list is text; the closing paragraph's work makes the "
            "task, round 36), 第十、十一、十二、十三条 (the owner's and the design firm's duties), 第二十二条, 第二十四条 (fees, subjectless), "
            "第二十五、二十六、二十七条 → **12**. Accepted: 11 (第九条 or 第二十四条 out), 13 (第二十三条 or 第六条 in), 20 and 21 (the team's "
            "eight articles counted, round 45's count with persons' duties; with 第二十三条), 29 (every article), 36 and 37 (every "
            "numbered leaf and childless article, 第九条's closing paragraph out or in)",
            "not sampled for doubt: 第十一、十二条 (建设单位's duties; 第十二条's 「评价结果反馈至工作小组」 read as a regulated party's report "
            "on its own project to the group that administers the scheme, round 41: no duty), 第十三条 (设计单位 建立…; 「鼓励设计单位…」 no "
            "doer), 第二十七条 (区建交委、临港新片区管委会 建立…制度 and 组织开展评估: like 第二十六条 without a partner)",
            "units: the work group (工作小组) is set up by 第三条 and only receives feedback later; 境外建筑师, 责任建筑师 and the team are "
            "persons (RULING? 2); 评标委员会 (第十九条) is a body the owner sets up; 建设管理部门 (第二十二条) is consulted",
            "figures: plan target 3种 (第十九条, 不得少于); not targets 2个工作日 / 5个工作日 (第九条); not checked: 200万元以上 / 10%以上 "
            "(第四条) and 5万平方米以下 / 3亿元以下 (第五条) — classes of works the rules cover (round 34 / round 43) in definitions; "
            "10年以上 / 5个以上 / 2个以上 (第七条, 第八条) — a person's qualifications in conditions (round 35: text); UIA / FIDIC (names)",
            "dates: 2025年3月28日 (the cover), 2025年4月1日 (entry into force), 有效期至2030年3月31日: no deadlines, no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = CUR[0] = "x221_04_hongkou-fagaiwei-2025-quji-jianshe-caili-xiangmu-guanli-banfa.txt"
P04 = "虹口区区级建设财力项目管理办法"
N04 = "关于印发《" + P04 + "》的通知"
FGW, CZJ, XM, ZG = "区发展改革委", "区财政局", "项目（法人）单位", "主管部门（单位）"
S04 = [
    one(["第五条"], "区主管部门（单位）",
        note="「区主管部门（单位）应当依据…，拟定重要领域的专项规划、专项发展建设规划，明确…」 — " + ARTSUBJ + "; 「经区发展改革委会同有关部门"
             "论证和平衡，并报区政府批准的专项规划…，是…重要依据」 — the 会同 clause stands inside a noun's description (" + DESC + ": "
             "「经A认定的企业」), and 是 is a verb of being: no units from it; the bracket stays with the name (round 34); " + NODATE),
    one(["第八条"], "项目单位",
        note="「…经相关主管部门（单位）审核后上报或转报」 — " + RECV + "; 「房屋修缮、维修、装修类项目由项目单位委托工程咨询单位编制实施方案报批」 "
             "— round 33: 「由A委托B＋verb」: A is the doer, B (the pivot's object) is no unit; the 报批 is a step of approval (" + APPROVAL
             + "); 项目单位 as printed (not 项目（法人）单位, round 38: no alias is rewritten); " + NODATE),
    one(["第十条"], FGW, not_targets=[(2, "年"), (30, "个工作日")],
        note="「区发展改革委可以选择…工程咨询单位对项目建议书进行评估」 — an option (" + OPTION + "); 「区发展改革委按程序审批项目建议书」"
             "「区发展改革委出具…批复表」 — " + ARTSUBJ + "; 「项目（法人）单位凭批复表申请办理…手续」「…向区发展改革委申请延期」 — "
             + APPLICANT + "; 「有效期2年」 (a validity, no comparison word) and 「有效期届满的30个工作日之前」 (a limit counted from an "
             "event, " + EVENT + ") → not targets; " + NODATE),
    A(["第十四条"], ["初步设计审批部门"], [XM, "设计单位", "初步设计审批部门", FGW], [(10, "%"), (500, "万元")],
      lead_alternatives=[[]], responsible_alternatives=[[XM, "初步设计审批部门", FGW]],
      note="「项目（法人）单位应当…选择…机构，编制初步设计文件」「设计单位必须严格按照…进行设计」 — " + ARTSUBJ + "; 「初步设计审批部门会同"
           "区发展改革委审批初步设计，投资概算由区发展改革委负责核定，委托初步设计审批部门…一并批复」 — " + HUI + " and " + BY + "; 「经区发展"
           "改革委、区财政局会审后」 — " + RECV + "; 「主管部门（单位）或项目（法人）单位应及时向区政府报告，经同意后重新报批…」 — a report "
           "to seek consent and a new submission (" + FILING + "; " + APPROVAL + "): no unit, no duty; 「超过投资估算10%以下且增加金额500"
           "万元以下的…；超过投资估算10%以上或增加金额500万元及以上的…」 — the bands trigger the steps (" + TRIGGER + ") → 10%, 500万元; "
           "the reading without 设计单位 (a party designing under the approvals) accepted; " + NODATE),
    A(["第二十条"], [], [], responsible_alternatives=[[CZJ]],
      note="「项目（法人）单位应当…经区发展改革委审核后，向区财政局申请区级建设财力资金」 — an applicant (" + APPLICANT + "), 经区发展改革委"
           "审核 (" + RECV + "); 「区财政局按照…原则及…规定，拨付资金」 — round 47 (decided): 拨付 with money as object is a cost verb, "
           "and 「区财政局…拨付…资金」 (x213_01 第十七条) names a payer: no unit; the payer reading is the answer and 区财政局 as the "
           "article's subject is accepted beside it; " + NODATE),
    A(["第三十四条"], [], ["第三方审计机构", XM],
      note="「第三方审计机构应当严格按照…进行审计，出具审计报告，报送区发展改革委、区财政局，抄送区审计局」 — " + ARTSUBJ + " (进行审计); "
           "the report sent to the commissioning bodies is a duty below (round 46: sending a report has a duty); 「项目（法人）单位应当配合"
           "审计工作，向第三方审计机构及时提供…资料…，并对…负责」 — round 46 (governs): the subject of 配合 with no partner given work is a "
           "doer (round 42 / round 44), and 负责 (rule 2); 提供 资料 is no cost verb; no 牵头: lead [] (round 30); " + NODATE),
    one(["第三十七条"], CZJ, not_targets=[(3, "个月")],
        note="「项目（法人）单位应当在…出具审计报告后3个月内，申请办理项目竣工财务决算审批」 — " + APPLICANT + "; 「采取直接投资方式的…项目，"
             "项目竣工财务决算由区财政局审查批复」「…的审批管理由区财政局确定」 — " + BY + " (round 40: an item split by its objects gives "
             "every body of the split; here one body); 「3个月内」 is a limit from an event (" + EVENT + ") → not a target; " + NODATE),
]
plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title (line 15, after the cover) or the notice title (line 1): either",
     doc_no="虹发改规〔2025〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="虹口区发展和改革委员会 with 虹口区财政局 and 虹口区审计局 (three signatures, one a line; the index lists 上海市虹口区发展和改革委员会)",
     date="2025-01-07",
     date_note="the cover is signed 2025年1月7日 (the index the same); passed by the district government's 84th executive meeting on "
               "2024年12月13日; the rules apply from 2025年2月8日 to 2029年2月7日",
     level="district bureaus (Shanghai Hongkou, the development and reform commission with the finance and audit bureaus), rules "
           "on government projects paid from the district's construction budget: planning, the approval steps, yearly "
           "investment plans, finance and payment, implementation, oversight, completion, audit and accounts, liability",
     source=src(N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=3e73ba98-d749-4816-9f81-45b55476d223&siteId=0076", 5550),
     style="a cover (addressees, one sentence naming the meeting, 「特此通知。」, three signatures one a line, the date), the title, "
           "nine chapters 「第一章 总  则」; 45 articles 「第N条  text」 run in on their line after two (第三十一条, 第三十四条: three) "
           "ASCII spaces, many with more paragraphs; no numbered items; an ASCII 「,」 in 第七条; no closing chrome",
     leaf_tasks=36, count_alternatives=[31, 37, 45],
     leaf_tasks_by_section={"第二章 项目决策": 10, "第三章 项目年度投资计划安排": 2, "第四章 项目财务和资金管理": 3, "第五章 项目实施": 4,
                            "第六章 事中事后监管": 4, "第七章 竣工验收和资产管理": 11, "第八章 法律责任": 2},
     childless_top_level_sections=[],
     samples=S04,
     plan_targets=[], phases=[],
     duties=[{"what": "主管部门（单位）、授权的区属国企初审后，向区发展改革委、区财政局提出项目竣工财务决算审计申请，并抄送区审计局",
              "when": None, "when_norm": None,
              "note": "第三十一条: a plan body passing others' accounts on after its own step (round 36 「初审后报镇」; round 46), undated; "
                      "the project unit's own 报送 of its accounts before it is a step of approval (no duty)"},
             {"what": "第三方审计机构出具审计报告，报送区发展改革委、区财政局，抄送区审计局", "when": None, "when_norm": None,
              "note": "第三十四条: a report sent by a body the rules task (round 46: sending a report has a duty), undated"}],
     notes=["counting: general provisions — 第一条 (purpose), 第二条 (scope, with 「…按照…执行」「另行制定」 lines), 第三条 (what the "
            "money is for), 第四条 (the ways it may be invested: 可采取), 第四十三条 (参照), 第四十四条 (the interpreting bodies), 第四十五条 "
            "(entry into force): " + GENART + "; no work — 第六条 (what the approval steps are), 第三十五条 (「审计报告是…依据」, a verb of "
            "being) (" + NOWORK + "). Tasks: 第五条, 第七–十五条 (9), 第十六、十七条, 第十八–二十条, 第二十一–二十四条 (第二十二、二十三条 "
            "subjectless 「应当依法进行招标」「推行实施代理建设制度」 with 「具体按照…执行」: work with no subject, " + SUBJLESS + "), 第二十五–"
            "二十八条 (第二十五、二十六、二十七条 subjectless likewise), 第二十九–三十四条, 第三十六–四十条, 第四十一、四十二条 → **36**. "
            "Accepted: 31 (the five subjectless 「…制度／…按照…执行」 articles 第二十二、二十三、二十五、二十六、二十七条 read as 参照-like general "
            "provisions, round 34 — RULING? 5), 37 (第六条 or 第三十五条 counted), 45 (every article, rounds 30 / 33)",
            "not sampled for doubt: 第七条 (「区发展改革委…会同相关单位建立…」: a 会同 whose partner is the catch-all 相关单位, round 43: no "
            "unit from it), 第九条 (「主管部门（单位）或项目（法人）单位应当按规定组织编制项目建议书」: both doers by 组织＋work, round 30's "
            "「由A或B…」), 第十五条 (the 概算 adjustment: 提出调整方案 in a case, then 区发展改革委按流程办理), 第十六条 (「项目（法人）单位通过"
            "相关主管部门（单位），向区发展改革委报送…资金需求」 — a request for funds, no doer; 「区发展改革委会同区财政局以及有关部门，研究提出…"
            "安排建议，上报区政府批准」 — 会同, the plan sent for approval: no duty, round 47), 第二十九条 (「由区发展改革委自行或者委托相关主管"
            "部门（单位）组织项目竣工验收」: 由A＋组织 with an alternative commission), 第三十一条 (区属国企 by the 的-rule from 「授权的区属"
            "国企」), 第三十三条 (「区发展改革委、区财政局可以…」 options, a cost 「由区级建设财力安排」, and 「…的社会中介机构，应当回避」), "
            "第四十一条 (「区发展改革委…可要求…；区财政局可停止拨款」 options beside 「由有关部门依法追究…」, round 42's step after a case), "
            "第四十二条 (「…应当严格执行…规定」 with four subjects, persons among them)",
            "figures: targets 10% and 500万元 (第十四条, both bands); not targets 有效期2年, 30个工作日 (第十条), 3个月 (第三十七条), 第84次 (a meeting's number)",
            "dates: 2024年12月13日 (the meeting), 2025年1月7日 (the cover), 2025年2月8日 to 2029年2月7日 (validity): no deadlines, no "
            "phases; 下一年度／年中 (the yearly plan's cycle) date nothing; duties: the two undated sendings above"])

write_collected(DIR)
