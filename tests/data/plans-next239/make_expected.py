# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next239/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 48 (built by helper c239): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 49 rulings, written
early" and "Round 50 rulings" included) applied to every article. Neither the parser nor the scorer was run on this set
by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next239/make_expected.py tests/data/plans-next239
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = partial(shanghai_source, "房屋与住房")
ISSUER = "上海市住房公积金管理委员会"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTSUBJ = ("CONVENTIONS.md \"Round 44 rulings, written early\" (decided): in rules written as articles (第X条), a named body "
           "standing as the subject of the article's verb of doing is a doer whatever the verb (verbs of being or having name "
           "none)")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2 or the article rule")
BENSHI = ("round 41: 本市 before a name is no part of it (「本市各级人民政府」 → 各级人民政府; round 50's 本区有关部门 → 有关部门), so "
          "「本市公积金中心」 → 公积金中心 (the name 第四条 defines, 「（以下简称公积金中心）」); the name as printed is accepted (round 50)")
ALIAS03 = ("round 50 (x232_04 第五条): in the article that defines a short name 「上海市公积金管理中心（以下简称市公积金中心）」 the body "
           "is given by its own name as printed, the short name accepted; in later articles the short name as printed is the unit "
           "(rounds 38, 43, 47)")
LEADIN = ("round 50 (decided): a lead-in ending in a colon 「A…履行下列职责：」 opens one sentence its items complete, so its subject is "
          "the subject of each item's verb; round 37: items inside an article are its items, tasks where they give work")
CASES = "round 35: an article whose items are only cases is one task (its list of cases is text)"
EVENT = ("round 33 / round 34: a limit counted from an event with no comparison word 「N个工作日内」「N日内」 is the item's deadline "
         "rule, not a target, and no deadline (times from an event)")
NOTASK = ("no date in the article: no deadline (2025年9月1日 / 2022年1月1日 / 2023年4月1日 are the rules' entry into force, a "
          "validity, not a deadline)")
PENALTY = ("round 32 / round 33: penalties — a fine's scale 「处一万元以上三万元以下罚款」 — are not targets; round 36 / round 38: a list "
           "of rates under an article is text, not items")
GENART = ("round 30: articles of general provision (purpose and basis, scope, definitions, the interpreting body, entry into force) "
          "and round 34's 参照 articles are not tasks; round 48 (decided): 「本办法由A负责组织实施」 as the whole of a closing article "
          "(with 「可以…制定操作细则」) is a general provision; a count with them is accepted")
PUBLIC = ("round 48 (x224_02): borrowers' articles are rules for the public — no tasks; round 49 (x229_01 第七条 1.–2.): an applicant's "
          "own application steps are rules for the applicant and give the plan's bodies no work; round 48: a party's own 办理…手续 at "
          "a registry is an application (no doer); round 48 (decided): a verb that pays or moves money (缴存, 汇缴, 补缴, 代扣代缴) "
          "makes a payer, no unit; round 49 (p46b): an article that only lists what a body may do (可以) gives no work")

CUR = [""]


def one(path, unit, targets=(), note="", alts=(), **kw):
    """An article (item) whose one doer is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一); ``alts`` —
    other printings of the same body, accepted as lead and as responsible."""
    kw.setdefault("lead_alternatives", [[unit]] + [[a] for a in alts])
    if alts:
        kw.setdefault("responsible_alternatives", [[a] for a in alts])
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, **kw, **art(CUR[0], path))


def A(path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``) in the current file."""
    return S(path, lead, resp, targets, **kw, **art(CUR[0], path))


# ---------------------------------------------------------------------------------------------------------
X01 = CUR[0] = "x239_01_shi-gongjijin-2025-yidi-geren-zhufang-daikuan-guanli-banfa.txt"
P01 = "上海市住房公积金异地个人住房贷款管理办法"
S01 = [
    A(["第四条"], [], ["住房公积金管理中心"],
      note="「贷款城市与缴存城市的住房公积金管理中心（以下简称公积金中心）按照…规则进行信息交换」 — the subject of the article's verb of "
           "doing (进行信息交换; " + ARTSUBJ + "); the 的-rule (round 32 / round 34) leaves 住房公积金管理中心, and the 「以下简称」 "
           "bracket is dropped (round 35); in the article that defines the short name the body is given by its own name (round "
           "50); the phrase as printed and the short name are accepted; " + ONE_LEAD + "; " + NOTASK,
      lead_alternatives=[["住房公积金管理中心"], ["贷款城市与缴存城市的住房公积金管理中心"], ["公积金中心"]],
      responsible_alternatives=[["贷款城市与缴存城市的住房公积金管理中心"], ["公积金中心"]]),
    one(["第八条"], "公积金中心", alts=["本市公积金中心"],
        note="「本市公积金中心应当建立…台账，并按要求及时向缴存城市公积金中心提供缴存使用证明回执」 — " + ARTSUBJ + "; " + BENSHI
             + "; 缴存城市公积金中心 only receives the receipt (rule 3); the receipt is a step of the loan procedure, no report (round "
               "48: a notice a body issues in a procedure is its work, not a report) — no duty; " + NOTASK),
    one(["第九条"], "公积金中心", alts=["本市公积金中心"],
        note="「本市公积金中心应当加强…贷后管理」 (加强, the article's verb of doing; " + ARTSUBJ + "); 「可以通知缴存城市公积金中心配合开展"
             "贷款催收」 — 可 is an option and reaches every verb joined to it (round 40), and the body told to 配合 is the object of "
             "通知 (round 30's pivot): no unit; 「可以根据借款合同扣划…余额归还贷款」 an option; " + BENSHI + "; " + NOTASK),
    one(["第十一条", "（二）"], "公积金中心", alts=["本市公积金中心"],
        note="「本市公积金中心应当配合贷款城市公积金中心核实…」 — round 46 (governs, p44g): the subject of 配合 is a doer, the body "
             "served (贷款城市公积金中心) is no unit; " + LEADIN + " (第十一条 （一）–（三） are three tasks); " + BENSHI + "; " + NOTASK),
    one(["第十二条", "（三）"], "公积金中心", alts=["本市公积金中心"],
        note="「异地贷款出现逾期的，在接到贷款城市公积金中心通知后，本市公积金中心应当配合开展贷款催收等工作」 — the item's whole work is the "
             "response to its case (round 30; round 43; round 45 decided), and 配合 with a subject of its own makes a doer (round 46); "
             "the notifying centre is no unit (it only sends a notice); " + BENSHI + "; 「接到…通知后」 a time from an event: " + NODATE),
]

plan(X01,
     title=P01,
     title_note="the rules' title (line 1; the text prints no cover)",
     doc_no="沪公积金管委会〔2025〕5号 (from the index and the stored front matter; the text prints no number)",
     issuer=ISSUER,
     date="2025-08-28",
     date_note="signed 二○二五年八月二十八日; in force 2025年9月1日 for five years (the index gives 2025-09-01)",
     level="a city body (Shanghai's housing provident fund management committee), rules on provident-fund loans across cities: "
           "the city centre's ledger, receipts, post-loan management, marking and suspending accounts",
     source=src(P01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=bd2007f0ad514498b579b1359bd639d0&siteId=0064",
                2014),
     style="no cover; four chapters 「第N章 heading」 and 13 articles 「第N条 text」 run in on their line (one space after the "
           "label); 第十一条 and 第十二条 a lead-in 「…进行如下管理：」 over items （一）–（三）; signature and date; a half-width comma "
           "in 第十一条（一）",
     leaf_tasks=9, count_alternatives=[8, 5, 4],
     leaf_tasks_by_section={"第一章 总则": 1, "第二章 外省市缴存职工申请本市公积金贷款": 2, "第三章 本市缴存职工申请外省市公积金贷款": 6},
     childless_top_level_sections=[],
     samples=S01,
     plan_targets=[], phases=[], duties=[],
     notes=["counting (the articles; chapters are headings): 第一条 (purpose), 第二条 (definition), 第六条 (参照), 第十三条 (entry into "
            "force) general provisions (" + GENART + "); 第三条, 第五条, 第七条, 第十条 are the borrowers' conditions, options and "
            "materials (" + PUBLIC + "). Tasks: 第四条 1 (the centres' information exchange, the article rule — RULING? 1); 第八条 1; "
            "第九条 1; 第十一条 （一）–（三） 3; 第十二条 （一）–（三） 3 → **9**. Accepted: 8 (第四条 read as a statement of the mechanism, "
            "no task), 5 and 4 (第十一条, 第十二条 one task each, with and without 第四条)",
            "dates: 2025年9月1日 (entry into force), 有效期五年, 二○二五年八月二十八日 (signature), 沪公积金管委会〔2020〕6号 (repealed): no "
            "deadlines, no phases, no duties (the receipt of 第八条 is a step of the procedure, not a report)",
            "figures: none are targets — 建金〔2015〕135号, 建金〔2016〕230号, 沪公积金管委会〔2020〕6号 (document numbers), 首套 / 第二套 "
            "(kinds of home), 五年 (validity)"])

# ---------------------------------------------------------------------------------------------------------
X02 = CUR[0] = "x239_02_shi-gongjijin-2021-gongyou-chanquan-baozhang-zhufang-daikuan-shishi-xize.txt"
P02 = "上海市住房公积金个人购买共有产权保障住房贷款实施细则"
S02 = [
    one(["第七条（贷款办理）"], "受托机构",
        note="「对于准予贷款的，受托机构应当与借款人、共同借款人、共有产权保障住房的产权人及同住人等当事人以面签形式签订…合同」 — inside 第X条 "
             "articles 「A与B签订」 makes A a doer (round 48, governs: round 44 over round 42); the co-signatories are borrowers and "
             "residents, persons (round 30: a person is never a unit; round 48: borrowers' articles are rules for the public), so "
             "responsible is 受托机构 alone (RULING? 2; the list read as co-signatories, round 48 x224_04 / round 49 x229_02, is "
             "accepted); the first paragraph is the parties' own application 「…前往…受托机构网点提出贷款申请」 (round 30's applicant); "
             + NOTASK,
        responsible_alternatives=[["受托机构", "借款人", "共同借款人", "产权人", "同住人"]]),
    A(["第十条（贷款风险防范）"], [], ["贷款受托机构", "贷款管理部门"],
      note="「贷款受托机构应当严格按照上述规定进行…贷款审核；贷款管理部门应当加强贷前、贷中、贷后的管理和监督」 — two subjects of the "
           "article's verbs of doing (进行审核, 加强; " + ARTSUBJ + "), in printed order (rule 2's several clauses); no 牵头: lead []; "
           + NOTASK),
]

plan(X02,
     title=P02,
     title_note="the rules' title (line 1, printed again on line 3)",
     doc_no="沪公积金管委会〔2021〕15号 (from the index and the stored front matter; the text prints no number)",
     issuer=ISSUER,
     date="2021-12-31",
     date_note="signed 二○二一年十二月三十一日; in force 2022年1月1日 for five years (the index gives 2022-01-04)",
     level="a city body (Shanghai's housing provident fund management committee), implementing rules on provident-fund loans "
           "for buying shared-ownership affordable housing: conditions, co-borrowers, materials, signing, withdrawal, risk",
     source=src(P02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=b575d415a62c47a39c1844409c16991a&siteId=0064",
                2136),
     style="the title twice (line 1 and line 3); 13 articles, each a heading line 「第N条（heading）」 over its paragraphs; 第三条 "
           "with items （一）（二） (conditions); full-width 「％」 in 第三条 and 「%」 in 第八条; signature and date",
     leaf_tasks=2, count_alternatives=[3, 4],
     leaf_tasks_by_section={"第七条（贷款办理）": 1, "第十条（贷款风险防范）": 1},
     childless_top_level_sections=[],
     samples=S02,
     plan_targets=[{"number": 20, "unit": "%",
                    "note": "第三条（二） 「已支付不低于…总价款20％的首付款资金」 (不低于) and 第八条 「已支付…总价款20%以上房款后」 (以上): "
                            "thresholds in conditions articles that are no tasks are plan targets (round 48: x224_04 第八、九条; "
                            "rounds 25, 30, 38, 46)"}],
     phases=[], duties=[],
     notes=["counting (13 articles, no chapters): 第一条 (purpose), 第二条 (definition), 第十一条 (参照), 第十二条 (「本实施细则由市公积金中心"
            "负责组织实施」, the whole closing article), 第十三条 (entry into force, 参照) general provisions (" + GENART + "); 第三条, "
            "第五条, 第六条, 第八条 and 第九条 are the borrowers' conditions, options, materials and withdrawals (" + PUBLIC + "); 第四条 "
            "states a term of the scheme (「…的，认定为首套住房贷款」, no doer and no 要／应: round 46's x204_04). 第九条's 「经补充还款人"
            "本人同意，并由市公积金中心核准」 is the approval step of a borrower's own request (round 46: a step of approval; rule 3's "
            "approver) — no task (RULING? 3). Tasks: 第七条 1, 第十条 1 → **2**. Accepted: 3 (第十二条 or 第九条 counted), 4 (both)",
            "dates: 2022年1月1日 (entry into force), 有效期五年, 2021年10月1日至2021年12月31日 (loans the rules reach back to), "
            "二○二一年十二月三十一日 (signature): no deadlines, no phases, no duties",
            "figures: plan target 20% (第三条, 第八条); not targets 首套 (a kind of loan)"])

# ---------------------------------------------------------------------------------------------------------
X03 = CUR[0] = "x239_03_shi-gongjijin-2023-jiaocun-guanli-banfa.txt"
P03 = "上海市住房公积金缴存管理办法"
S03 = [
    one(["第七条", "（二）"], "上海市住房公积金管理委员会", alts=["市公积金管委会"],
        note="「（二）审批住房公积金归集计划及计划执行情况的报告」 under 「上海市住房公积金管理委员会（以下简称市公积金管委会）是…决策机构，履行下列"
             "职责：」 — a standing body's duties article (round 45: a standing committee in its 机构职责 article is a unit; not a body "
             "the article sets up, round 44) whose lead-in subject is each item's (" + LEADIN + "); 审批 a verb of doing (" + ARTSUBJ
             + "); " + ALIAS03 + "; approving a report is no duty of its own (rule 3's approver); " + NOTASK),
    one(["第八条", "（四）"], "上海市公积金管理中心", alts=["市公积金中心"],
        note="「（四）对单位住房公积金缴存情况实施监督检查」 under 「上海市公积金管理中心（以下简称市公积金中心）负责本市住房公积金缴存管理，履行下列"
             "职责：」 — 负责 in the lead-in (rule 2) and 实施 in the item (rule 2's list); " + LEADIN + "; " + ALIAS03 + "; " + NOTASK),
    one(["第九条"], "市公积金中心",
        note="「市公积金中心按照规定委托受委托银行承办…业务」 — 「A委托B＋verb」: A the doer, B, the object of the pivot 委托, no unit "
             "(round 33; round 35); " + NOTASK),
    one(["第十九条"], "市公积金中心", not_targets=[(5, "日")],
        note="「职工个人缴存的住房公积金，由所在单位每月从其工资中代扣代缴」 and 「单位应当…将…住房公积金汇缴到…专户内」 — verbs that pay or move "
             "money: payers, no units (round 48 decided: cost verbs); 「由市公积金中心计入职工住房公积金账户」 — 由A＋a verb of doing "
             "(round 34): the doer; 「每月发放职工工资之日起5日内」 — " + EVENT + "; 每月 a rhythm: " + NODATE),
    A(["第二十六条"], [], ["市公积金中心"], targets=[(10, "个工作日")], not_targets=[(30, "日")],
      note="para 1: the employer's own application 「单位…向管理部提出申请」 (round 30's applicant); 「管理部应当按规定将符合…条件的单位材料报市"
           "公积金中心审批」 — a sending (round 48 governs: a sending names no doer) that passes the applicants' papers on after its "
           "own check, an undated duty (round 46; round 48's 转报); 「审批时限不得超过10个工作日」 — a time limit with a comparison "
           "word (不超过) is a target (round 33): 10个工作日; para 2 「期满之日前30日内重新申请办理」 — the employer's own limit from an "
           "event, no target (" + EVENT + "); para 3 「市公积金中心应当严格按规定审批…事项，每年专题向市公积金管委会报告」 — 审批, the "
           "article's verb of doing: 市公积金中心 a doer (" + ARTSUBJ + "); the yearly report is a yearly duty (round 40: a standing "
           "rhythm of reporting); no 牵头: lead [], the doer as lead accepted; [管理部, 市公积金中心] (the article rule reading "
           "报 as a verb of doing) accepted; 每年 a rhythm: " + NODATE,
      lead_alternatives=[["市公积金中心"]], responsible_alternatives=[["管理部", "市公积金中心"]]),
    A(["第三十二条"], [], ["市公积金中心", "受委托银行", "缴存单位"],
      note="「市公积金中心、受委托银行、缴存单位及相关工作人员应当对职工的住房公积金账户信息保密」 — the subjects of the article's verb of "
           "doing (保密; " + ARTSUBJ + ") in printed order; 缴存单位 is a kind of body (a kind before 单位 makes a kind, round 34; "
           "round 48: 单位 is a name the rules define in 第三条 「（以下统称单位）」); 相关工作人员 are persons (round 30: a person is never a "
           "unit); 及 joins two names (round 34); [市公积金中心, 受委托银行] accepted; no 牵头: lead []; " + NOTASK,
      responsible_alternatives=[["市公积金中心", "受委托银行"]]),
    one(["第三十三条"], "市公积金管委会",
        note="「…按照国家有关规定执行」 (a 参照 sentence) and 「具体缴存比例、月缴存额上下限每年由市公积金管委会拟订，报市人民政府批准后公布并执行」 — "
             "由A＋a verb of doing (拟订; round 34): a doer, so the 参照 article gives work and is a task (round 36); sending its own "
             "proposal to 市人民政府 for approval is a step of approval, no duty (round 46; round 47's yearly plan sent for approval); "
             "每年 a rhythm: " + NODATE),
    A(["第三十九条"], [], ["市公积金中心", "单位", "清算组织"],
      note="「市公积金中心设立全市统一专户，对封存户实行集中管理」 — 设立, 实行: the article's verbs of doing (" + ARTSUBJ + "); 「单位或者"
           "清算组织在办理账户封存手续前，应当事先告知职工本人」 — 告知, a verb of doing toward the employee (not the filing itself): "
           "单位 (the name 第三条 defines 「（以下统称单位）」, a unit as printed where it acts, round 48 x220_04) and 清算组织 (a kind) are "
           "doers, 或 joining two alternative doers (round 30's 「由A或B指定专人负责」; round 49's 「部门或机关」) — RULING? 4; "
           "[市公积金中心] accepted (the employers read as parties to their own filing); no 牵头: lead []; " + NOTASK,
      responsible_alternatives=[["市公积金中心"]]),
    one(["第四十八条"], "市公积金中心",
        note="「单位在办理…缴存业务时应当提供真实、合法、准确的相关证明材料」 — the employer's own filing (round 32 / round 41: a regulated "
             "party's filing; no doer); 「单位提供虚假材料的，市公积金中心依法将单位相关信息向社会公开并纳入征信系统；涉嫌犯罪的，依法移送司法"
             "机关」 — the centre's own step after a case 「…的，A…」 (round 42; round 45: a step of the point's own work, not rule 3's "
             "contingency; round 49 decided: a clause after a case takes the body acting on it, never the party the case is about): "
             "市公积金中心 a doer; 司法机关 only receives (rule 3); " + NOTASK),
]

plan(X03,
     title=P03,
     title_note="the rules' title (line 1, printed again on line 3)",
     doc_no="沪公积金管委会〔2023〕3号 (from the index and the stored front matter; the text prints no number)",
     issuer=ISSUER,
     date="2023-03-31",
     date_note="signed 二〇二三年三月三十一日; in force 2023年4月1日 for five years (the index gives 2023-03-31)",
     level="a city body (Shanghai's housing provident fund management committee), rules on paying into the housing provident "
           "fund: the committee's and the centre's duties, employers' accounts, contributions, reductions and deferrals, "
           "transfers and sealing, digital services, supervision",
     source=src(P03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=03d6f8b173fb4927b9a475f0e764b9dd&siteId=0064",
                6390),
     style="the title twice (line 1 and line 3); seven chapters 「第N章 heading」 and 52 articles 「第N条 text」 run in on their line "
           "(one space after the label); 第七条, 第八条 a lead-in 「…履行下列职责：」 over items （一）–（五）/（六）, 第八条 with a closing "
           "paragraph on the district offices (管理部); 第二十三条, 第二十四条, 第三十七条, 第三十八条, 第四十二条 with items of conditions "
           "or cases; signature and date",
     leaf_tasks=26, count_alternatives=[16, 24, 25, 27, 28, 41],
     leaf_tasks_by_section={"第一章 总则": 13, "第三章 缴存": 7, "第四章 账户转移、封存、停缴": 1, "第五章 数字化服务": 3, "第六章 监督": 2},
     childless_top_level_sections=[],
     samples=S03,
     plan_targets=[{"number": 5, "unit": "%",
                    "note": "第二十三条 「单位可以申请降低…缴存比例至5%以下」 — the floor of a reduction with 以下 in a conditions article that "
                            "is no task: a plan target (round 48: thresholds in conditions articles that are no tasks; round 35: a "
                            "policy's own rate)"},
                   {"number": 60, "unit": "%",
                    "note": "第二十三条（一）, 第二十四条（二） 「职工月平均工资水平不高于上一年本市职工月平均工资60%的」 — a threshold with 不高于 "
                            "that picks the employers who may apply (round 30's line), in articles that are no tasks: a plan target "
                            "(round 48)"},
                   {"number": 6, "unit": "个月",
                    "note": "第四十二条 「停缴期限不超过六个月」 (and 「不超过十二个月」) — a ceiling with 不超过 of a standard of the scheme "
                            "(round 30), in an article of the employers' own filings that is no task: a plan target (round 46 / "
                            "round 48)"}],
     phases=[],
     duties=[{"what": "市公积金中心应当严格按规定审批单位降低缴存比例或者缓缴的事项，每年专题向市公积金管委会报告",
              "when": "每年", "when_norm": "yearly",
              "note": "第二十六条 para 3: a body the rules task reporting to the committee each year — a yearly duty (round 40: a "
                      "standing rhythm of reporting; round 48: a tasked body's yearly report)"},
             {"what": "管理部应当按规定将符合降低缴存比例或者缓缴条件的单位材料报市公积金中心审批",
              "when": None, "when_norm": None,
              "note": "第二十六条 para 1: a plan body passing the applicants' papers on after its own check is an undated duty (round 46; "
                      "round 36's 「初审后报镇」; round 48's 转报; round 49's x228_03 五、（二））"}],
     notes=["counting (the articles; chapters are headings): general provisions — 第一条 (purpose), 第二条 (scope), 第四十九条 (参照), "
            "第五十条 (interpretation), 第五十一条 (「本办法由市公积金中心负责组织实施。市公积金中心可以依据本办法制定操作细则。」, round 48 "
            "decided on x224_02 第六十九条), 第五十二条 (entry into force) (" + GENART + "); the employers' and employees' own "
            "obligations, filings, payments and options — 第三条, 第四条, 第五条, 第六条, 第十条–第十五条, 第二十条–第二十五条, 第二十九条, "
            "第三十条, 第三十六条–第三十八条, 第四十条–第四十二条 — give the plan's bodies no work (" + PUBLIC + "; 第十四条, 第十五条, 第四十一条: "
            "「市公积金中心可以注销／可以依职工申请办理」 options; RULING? 5); terms of the scheme with no doer and no 要／应 — 第十六条–第十八条, "
            "第三十四条 (an adjustment year, 「如需调整的，应当报经…批准」 a case), 第三十五条 — no tasks (round 46's x204_04, round 48's "
            "x220_01); 第四十六条 「市公积金中心缴存管理应当接受…监督」 — 接受 receives oversight (round 49: 听取, a receiver's verb), no work. "
            "Tasks: 第七条 （一）–（五） 5; 第八条 （一）–（六） 6 and its closing paragraph 「市公积金中心各区管理部（以下简称管理部）负责承办…」 1 "
            "(round 36 / round 38: a closing paragraph after an article's items that gives work is one more task); 第九条; 第十九条; "
            "第二十六条; 第二十七条 (「市公积金中心…办理退还或者补缴」, the centre's own processing); 第二十八条; 第三十一条 (「市公积金中心应当提供"
            "便利服务」); 第三十二条; 第三十三条; 第三十九条; 第四十三条; 第四十四条; 第四十五条; 第四十七条; 第四十八条 → **26**. Accepted: "
            "25 (without 第八条's closing paragraph), 24 (第七条（五）, 第八条（六） 「其他职责」 read as no work), 16 (第七条, 第八条 one task "
            "each), 27 / 28 (第三十四条, 第四十六条 or 第五十一条 counted), 41 (the fifteen articles of the employers' own obligations "
            "counted as tasks: 第三、四、十、十一、十二、十四、十六、二十、二十一、二十二、二十五、三十六、三十八、四十、四十二条)",
            "not sampled: 第八条's closing paragraph (no number to bind a path to)",
            "dates: 2023年4月1日 (entry into force), 有效期五年, 7月1日至次年的6月30日 (the adjustment year, a term), 每年6月30日 (the "
            "interest date, a rhythm), 二〇二三年三月三十一日 (signature), 沪公积金管委会〔2018〕7号 / 〔2020〕4号 (repealed): no deadlines, no "
            "phases",
            "figures: plan targets 5% (以下), 60% (不高于), 六个月 (不超过; 十二个月 the same, unchecked); target 10个工作日 (第二十六条, "
            "不得超过); not targets 30日内 (limits from an event, 第十条–第十四条, 第二十六条, 第三十六条, 第三十八条), 5日内 (第十九条), 10日内 "
            "(第四十一条), 3倍 (第十七条, the base's ceiling stated as a term with no comparison word — unchecked), 两年及以上 / 三年内 / "
            "半年以上 (conditions of the employers and employees: unchecked), document numbers"])

# ---------------------------------------------------------------------------------------------------------
X04 = CUR[0] = "x239_04_shi-gongjijin-2021-xingzheng-zhifa-guanli-banfa.txt"
P04 = "上海市住房公积金行政执法管理办法"
S04 = [
    one(["第六条", "（三）"], "市公积金中心",
        note="「（三）实施行政执法，依法履行行政处理和行政处罚职能」 under 「市公积金中心负责本市住房公积金行政执法工作，履行以下执法监督职责：」 — "
             "负责 in the lead-in and 实施 in the item (rule 2); " + LEADIN + "; " + NOTASK),
    *[one(["第八条", item], "市公积金中心", not_targets=[fine],
          note=f"「{case}」 under 「单位不办理住房公积金缴存登记的，由市公积金中心责令限期办理；逾期不办理的，应当按以下标准处罚：」 — "
               "aligned to CONVENTIONS.md \"Round 52 rulings, written early\" (turned, Round 51 q47b: items that each carry their "
               "own response — a case and its fine — are items, each a task taking the lead-in's body, rule 4): the lead-in's doer "
               "市公积金中心 (由A＋a verb of doing, 责令／处罚; round 34) is the item's; the builder's one task for the article (RULING? "
               "6) is turned; " + PENALTY + " — the fine is no target; " + NOTASK)
      for item, case, fine in (("（一）", "（一）单位设立时间在二年以下的，处一万元罚款", (1, "万元")),
                               ("（二）", "（二）单位设立时间在二年以上五年以下的，处一万元以上三万元以下罚款", (3, "万元")),
                               ("（三）", "（三）单位设立时间在五年以上的，处三万元以上五万元以下罚款", (5, "万元")))],
    one(["第十四条"], "市公积金中心",
        note="「…涉嫌犯罪的，由市公积金中心依法移送司法机关」 — 由A＋a verb of doing (移送, handing a case over; round 34), the whole "
             "article the response to its case (round 30; round 45); 司法机关 only receives (rule 3); not round 49's x39_03 (what the law "
             "does to a breaker: here the centre acts) — RULING? 7; " + NOTASK),
    one(["第十九条"], "市公积金中心", not_targets=[(7, "个工作日")],
        note="「投诉、举报人提供材料或者信息不齐全的，市公积金中心应当在七个工作日内通知投诉、举报人补正」 — the article's verb of doing (通知; "
             + ARTSUBJ + "); the complainants are persons and applicants (round 30); 「七个工作日内」 — " + EVENT + "; " + NOTASK),
    A(["第二十二条"], [], [],
      note="「经前期核查，违法事实不成立…的，不予立案。未纠正违法行为、应当作出行政处罚的，予以立案。」 — a rule point with no subject that gives "
           "work (立案) is a task (round 43; round 47: the closed list decides units, not whether a text gives work); no body is "
           "named: lead [], responsible []; a count without it is accepted (round 40); " + NOTASK),
    one(["第二十五条"], "市公积金中心",
        note="「符合下列情形之一的，市公积金中心可以中止案件调查：（一）–（四）」 — an option (可以) over a list of cases, and 「中止的原因消除后，"
             "市公积金中心应当及时恢复调查」 — a sentence of work in it makes it a task (round 49, p46b: 「A sentence of work in it makes it "
             "a task」), the centre its doer (" + ARTSUBJ + "); " + CASES + "; " + NOTASK),
    A(["第二十七条"], [], [], targets=[(5000, "元"), (3, "万元")],
      note="「对个人拟处以五千元及以上罚款，对单位拟处以三万元及以上罚款的，应当告知当事人有要求举行听证的权利」 — a subjectless rule that gives "
           "work (告知; round 43): no unit; the sums with 及以上 trigger a step (the hearing notice), so they are targets by round 30's "
           "line (round 32: a penalty is no target only where no step is triggered by the sum; round 47: bands that trigger steps "
           "are targets) — RULING? 8; 「听证按照国家及本市有关规定进行」 a 参照 sentence; " + NOTASK),
    one(["第三十一条"], "市公积金中心", not_targets=[(90, "日")],
        note="「市公积金中心应当自案件立案之日起九十日内作出行政处理决定或者行政处罚决定」 — the article's verb of doing (作出; " + ARTSUBJ
             + "); 「九十日内」 — " + EVENT + "; " + NOTASK),
    one(["第三十七条"], "市公积金中心",
        note="「符合下列情形之一的，市公积金中心应当结案：（一）–（八）」 — 结案 the article's verb of doing; " + CASES + "; the court in "
             "（六）（七） is named inside a case, no unit (rule 3); " + NOTASK),
    one(["第三十九条"], "市公积金中心",
        note="「市公积金中心作出行政执法决定后，应当按规定在住房公积金网站上公开相关信息，并按要求将行政执法决定信息报送本市公共信用信息服务平台等」 "
             "— 公开 a verb of doing (" + ARTSUBJ + "); the sending to the credit platform is information sent by a body the rules task, "
             "an undated duty (round 48: the 承办银行's 报送…征信管理系统); the platform only receives (rule 3); 「作出…决定后」 a time "
             "from an event: " + NODATE),
]

plan(X04,
     title=P04,
     title_note="the rules' title (line 1; the text prints no cover)",
     doc_no="沪公积金管委会〔2021〕12号 (from the index and the stored front matter; the text prints no number)",
     issuer=ISSUER,
     date="2021-12-31",
     date_note="signed 二○二一年十二月三十一日; in force 2022年1月1日 for five years (the index gives 2022-01-04)",
     level="a city body (Shanghai's housing provident fund management committee), rules on the provident fund centre's "
           "administrative law enforcement: its duties, penalty standards, complaints and reports, investigation, hearing, "
           "decisions, enforcement, publicity",
     source=src(P04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=eb8ca156e0e540f888f6535039aa9611&siteId=0064",
                6047),
     style="no cover; six chapters 「第N章  heading」 (two spaces, one in 第二章) and 44 articles 「第N条  text」 run in on their "
           "line (one to three spaces after the label); lead-ins 「…履行以下执法监督职责：」「…按以下标准处罚：」「…下列情形之一的…：」 over "
           "items （一）…; two paragraphs run into one line with four spaces (第十六条, 第十七条); signature and date",
     leaf_tasks=38, count_alternatives=[24, 28, 29, 30, 31],
     leaf_tasks_by_section={"第一章 总则": 1, "第二章 行政执法机构和人员": 5, "第三章 行政执法范围和行政处罚标准": 17,
                            "第四章 行政执法程序": 14, "第五章 监督": 1},
     childless_top_level_sections=[],
     samples=S04,
     plan_targets=[], phases=[],
     duties=[{"what": "按要求将行政执法决定信息报送本市公共信用信息服务平台",
              "when": "作出行政执法决定后", "when_norm": None,
              "note": "第三十九条: information sent by the body the rules task — an undated duty (round 48: the 承办银行's 报送…征信管理"
                      "系统; round 44: a sending when a case arises is an undated duty)"}],
     notes=["counting (the articles; chapters are headings): general provisions — 第一条 (purpose), 第二条 (definition), 第三条 "
            "(scope), 第四十二条 (definition of 以下／以上), 第四十三条 (「本办法由市公积金中心组织实施和解释」), 第四十四条 (entry into force) "
            "(" + GENART + "); 第四条 states principles 「以事实为根据…遵循…原则，坚持…」 (round 49: principles give no work); 第七条 the "
            "requirements of law-enforcement staff (persons: round 45 / round 46, no tasks); 第十五条, 第二十六条, 第三十四条, 第三十五条 "
            "only list what the centre may do (可以; round 49 p46b); 第二十三条 「市公积金中心有权采取下列方式进行调查取证：」 a power (有权, a "
            "verb of having: round 48's x221_01 第二十二条) — RULING? 9; 第十六条–第十八条, 第二十四条, 第三十三条, 第四十条 the parties' and "
            "complainants' rights and filings (" + PUBLIC + "; 第十八条's 「有权…审核」 a power); 第四十一条 「…由公安机关依法处罚；构成犯罪的，"
            "依法追究刑事责任」 states what the law does to a breaker (round 49 decided, x39_03). Tasks: 第五条 1; 第六条 （一）–（五） 5; 第八条–"
            "第十四条 17 (the fine scales' items （一）–（三） under 第八、九、十一、十二、十三条 are tasks, 15, with 第十条 and 第十四条: CONVENTIONS.md \"Round 52 rulings, written early\", turned — items that each carry their own response are items, each a task taking the lead-in's body; the builder read them as lists of penalties, text: " + PENALTY + "); 第十九条–第二十二条 4 "
            "(第二十条's list of cases not accepted is text, " + CASES + "); 第二十五条 1; 第二十七条–第三十二条 6 (第二十九条's （一）–（四） are "
            "cases each with its handling: one task, " + CASES + "); 第三十六条 (para 2 「…应当催告当事人履行义务」) 1; 第三十七条–第三十九条 3 → "
            "**38** (aligned, Round 52 rulings; the builder's 28 stays accepted, as the ruling says). Accepted with the fine scales as "
            "one task each (the builder's reading): 28, 24 (第六条 one task), 29 (第二十三条 or 第四条 counted), 30 (both), 31 (第二十九条's "
            "items as tasks)",
            "dates: 2022年1月1日 (entry into force), 有效期五年, 二○二一年十二月三十一日 (signature), 沪公积金管〔2016〕17号 (repealed); limits "
            "from events 七个工作日内 (第十九条, 第二十条, 第三十二条), 三十日内 (第二十一条), 九十日内 (第三十一条), 10日内 — no deadlines, no "
            "phases",
            "figures: targets 五千元及以上 / 三万元及以上 (第二十七条, a trigger of the hearing notice); not targets — the fine scales "
            "(一万元, 一万元以上三万元以下, 百分之十 …, 一倍以上三倍以下, 一年以上三年以下 of a loan bar: penalties, round 32), the bands that "
            "pick a fine (二年以下, 一百个以上五百个以下, 一万元以下, 五十万元以上一百万元以下: parts of the penalty scale, unchecked), 百分之三 "
            "(a daily surcharge, a penalty), limits from events, document numbers"])

write_collected(DIR)
