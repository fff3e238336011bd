# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next224/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 46 (built by helper c224): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 47 rulings, written
early" included) applied to every article. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next224/make_expected.py tests/data/plans-next224
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"
WHOLE = ("the stored text (read with read_file at that commit; the stored file typed out whole and its character count "
         "checked against read_file's total_chars); only the repository's wrapper was removed (the YAML front matter, the "
         "two `>` disclaimer lines and the blank lines around them, the `# ` marker before the title); everything from the "
         "title line on is as stored")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/房屋与住房/{path} (official page {url}) — {WHOLE} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTSUBJ = ("CONVENTIONS.md \"Round 44 rulings, written early\" (decided): in rules written as articles (第X条), a named body "
           "standing as the subject of the article's verb of doing is a doer whatever the verb (verbs of being or having name "
           "none); round 47 (q44c): role-like kinds (建设单位, 代理机构 …) are bodies named by a kind, doers so")
FU = "CONVENTIONS.md units rule 2: the subject of 负责 is a doer (responsible A; lead [] — no 牵头)"
BY = "CONVENTIONS.md units rule 2 / round 34: the agent of 由 with any verb of doing is a doer"
PAYER = ("CONVENTIONS.md round 47 (decided): cost verbs — 承担／分担／保障／列支／提供／投保 (round 37), 给予补贴 (round 46), 拨付 and "
         "结算 with money as object — say who pays, not who does the work; an article's subject is read as 「由A＋verb」 reads its "
         "agent, and 由A＋a cost verb names a payer: no unit")
FILING = ("CONVENTIONS.md round 46 (turned, x205_04 第十二条): round 44's article rule does not reach 提交／提供 to another body — "
          "「由A向B提供／提交…」 is a filing with no doer (round 39)")
OPTION = ("CONVENTIONS.md round 34 / round 40: an option 「A可…」「可选择…」 is no assignment, and 可 reaches every verb joined to it in "
          "the same sentence")
RECV = ("CONVENTIONS.md units rule 3: a body that only receives, approves or is consulted 「报经A批准」「经A审议」「向A核实」 is no "
        "unit")
PIVOT = ("CONVENTIONS.md round 30: the object of a pivot verb (要求B…, 通知B…) is not a unit; the pivot's subject is the doer here "
         "by the article rule (round 44)")
LIAISON = "CONVENTIONS.md round 38: liaison partners 「与A对接」「与A实现信息共享」 are no units"
PEOPLE = ("CONVENTIONS.md round 30 / round 35 / round 37: borrowers, applicants and the public (借款人, 借款申请人, 被征收人, 户籍人员) "
          "are no units — rules for the public with no body named are text; an applicant 「向A申请」 is no unit")
ALIAS = "CONVENTIONS.md round 35: 「（以下简称X）」 is dropped from the name; round 43: the full name where it is printed"
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2 or the article rule")
EVENT = ("CONVENTIONS.md round 33 / round 34: a limit counted from an event 「N个月内」「放款前」 is the item's deadline rule, not a "
         "target and no deadline (times from an event)")
GENART = ("CONVENTIONS.md round 30: articles of general provision (purpose and basis, scope, definitions, the interpreting body, "
          "entry into force) and round 34's 参照／按…执行 articles are not tasks; a count that includes them is accepted")
NOWORK = ("CONVENTIONS.md round 33: an article with no work among articles of work (a principle, a term of the scheme, a statement "
          "with no doer and no work) is a task only in a plan that names no units at all; a count that includes it is accepted")
CONDS = ("CONVENTIONS.md round 35: lists that give no work — conditions an applicant must meet, cases — are text, not items or "
         "tasks; an article whose items are only cases is one task")
IMPL = ("「本办法由市公积金中心负责组织实施」 in 附则 read as a general provision like the interpreting body (round 30) — RULING? 1; "
        "the count with it is accepted")


def one(path, unit, targets=(), note="", **kw):
    """An article (or article item) whose one doer is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw, **art(CUR[0], path))


def A(path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``) in the current file."""
    return S(path, lead, resp, targets, **kw, **art(CUR[0], path))


CUR = [""]
CENTRE = "市公积金中心"
BANK = "承办银行"

# ---------------------------------------------------------------------------------------------------------
X01 = CUR[0] = "x224_01_shi-gongjijin-2021-geren-zhufang-tiexi-daikuan-guanli-banfa.txt"
P01 = "上海市住房公积金个人住房贴息贷款管理办法"
S01 = [
    A(["第五条（承办银行）"], [], [CENTRE, BANK], lead_alternatives=[[CENTRE]], responsible_alternatives=[[]],
      note="「贴息贷款的承办银行为本市住房公积金贷款业务受托银行」 defines the bank (a definition, round 30); 「市公积金中心与承办银行通过"
           "签订《…合作协议》约定各自的权利与义务」 — the article's own work: its subject 市公积金中心 with a verb of doing (" + ARTSUBJ
           + ") and its co-signatory 承办银行 read like a 会同 partner (round 40: 「由A…与B签订…」 — A a doer, B responsible; round 30: "
           "「由A与B签订／共同＋verb」 both doers): responsible 市公积金中心, 承办银行, lead [] (市公积金中心 accepted as lead, as 会同's "
           "lead A is); round 42's 「A与B签订…」 without 由 names no doer (outside articles) pulls the other way — RULING? 2, no unit "
           "accepted; " + NODATE),
    one(["第十一条（贷款审批）"], BANK,
        note="「承办银行按…规定对借款人的贷款资格…进行审核后，按其商业性贷款的审核标准对借款人的贷款申请进行审批」 — the article's "
             "subject with 进行＋work (round 43: 进行 with a verb-noun of work is work) → 承办银行 (" + ARTSUBJ + "); the borrowers "
             "are the objects, " + PEOPLE + "; " + NODATE),
    one(["第十五条（征信管理）"], BANK,
        note="「承办银行负责将贴息贷款信息报送中国人民银行个人征信管理系统」 — " + FU + "; 「借款人的贴息贷款信息纳入市公积金中心信息管理"
             "系统」 — a passive with no agent: no doer; the credit system receives (rule 3); the sending is the plan's duty "
             "(round 35 / round 44: a body the plan tasks sending information to another body), undated — RULING? 3; " + NODATE),
    A(["第十七条（贴息金额）"], [], [CENTRE, BANK], lead_alternatives=[[CENTRE]],
      note="「市公积金中心支付给承办银行的贴息金额为…利息差额」 defines the sum (a definition; the payment is a cost, " + PAYER + "); "
           "「具体加点数值由市公积金中心与承办银行协商约定」 — 「由A与B共同＋verb」 (round 30: A and B both doers; round 40: the partner "
           "read like 会同): responsible 市公积金中心, 承办银行, lead [] (市公积金中心 accepted); LPR is a name; 「如遇…调整的，则按新政策"
           "…调整」 a case (rule 3); " + NODATE),
    A(["第十八条（贴息方式）"], [], [], responsible_alternatives=[[CENTRE]],
      note="「由市公积金中心在支付约定期内将贴息金额支付给承办银行」「市公积金中心中止支付贴息金额」「…按其实际归还利息计付贴息金额」 "
           "— 支付／计付 with money as object are cost verbs: " + PAYER + " (like 拨付); 「罚息及复利…由借款人自行承担」 — a cost borne "
           "by a borrower (round 33: 「费用由A自行承担」 a payer) → lead [], responsible []; the article is counted as a task (it says "
           "who pays what and when the payment stops) — 市公积金中心 accepted (the 由A＋any verb reading, round 34) — RULING? 4; "
           + NODATE),
    A(["第十九条（终止贴息）"], [], [], responsible_alternatives=[[CENTRE]], not_targets=[(6, "个月")],
      note="「发生以下事由后，市公积金中心终止支付贴息金额：（一）…（五）」 — the article's work is the response to its cases "
           "(round 30), one task (" + CONDS + "); 终止支付 stops a payment — a cost verb's subject is a payer (" + PAYER + "): "
           "lead [], responsible [] (市公积金中心 accepted, RULING? 4); 「借款人连续六个月未足额偿还」 — a count that picks a case with "
           "no comparison word (round 30's line: no comparison word, no target) → 6个月 not a target; " + NODATE),
    A(["第二十四条（置换权的放弃）"], [], [BANK], lead_alternatives=[[BANK]], responsible_alternatives=[[CENTRE, BANK]],
      note="「当出现以下情形之一的，市公积金中心放弃对该笔贴息贷款的置换权，抵押物由承办银行全权处置：（一）（二）」 — an article whose "
           "whole work is the response to its cases (round 30 / round 43: the case is the item's own work, its items text, round "
           "35); 「抵押物由承办银行全权处置」 — " + BY + " → 承办银行; 放弃…置换权 gives up a right (a verb of having, round 44: "
           "「享有」 names none) — 市公积金中心 with it accepted; " + ONE_LEAD + "; " + NODATE),
    one(["第二十五条（置换后管理）"], BANK,
        note="「承办银行应当参照组合贷款中公积金贷款的相关规定做好后续管理工作」 — the article's subject with a verb of doing (做好, "
             + ARTSUBJ + "); 参照 here only says how the work is done (a 参照 article gives no work; this one does, round 36); "
             "「市公积金中心按相关规定向承办银行支付组合贷款手续费」 — a fee paid: " + PAYER + "; 「纳入…资产负债表，利息收入归市公积金"
             "中心所有」 — having, no doer; " + NODATE),
]
plan(X01,
     title=P01,
     title_note="the rules' own title (line 1; the stored file has no cover notice)",
     doc_no="沪公积金管委会〔2021〕17号 (from the stored front matter; the text prints no number)",
     issuer="上海市住房公积金管理委员会",
     date="2021-12-31",
     date_note="signed 二○二一年十二月三十一日 (the front matter's 2022-01-04 is the publication date); in force 2022年1月1日 for five years",
     level="a city committee (Shanghai's housing provident fund management committee): rules for subsidised-interest housing "
           "loans that commercial banks lend from their own funds, the centre paying the interest difference and keeping the "
           "right to swap them into provident-fund loans",
     source=src(P01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0064::2b36aefb5a074589961d4f662cbe1f35", 3092),
     style="the title; seven chapters 「第一章  总则」 (two spaces) as heading lines; 29 articles, each a heading line 「第一条（目的和"
           "依据）」 (第六条's brackets ASCII 「(贴息贷款管理)」) over one or two paragraphs; 第十九、二十三、二十四条 with items "
           "「（一）…；」 (cases or conditions); the signature and the date (「二○二一」 with ○); blank lines between all lines",
     leaf_tasks=10, count_alternatives=[9, 11, 12, 13, 22, 29],
     leaf_tasks_by_section={"第一章": 1, "第三章": 3, "第四章": 3, "第五章": 3},
     childless_top_level_sections=[],
     samples=S01,
     plan_targets=[], phases=[],
     duties=[{"what": "承办银行负责将贴息贷款信息报送中国人民银行个人征信管理系统", "when": None, "when_norm": None}],
     notes=["counting (articles; chapters are headings, none a task): general provisions 第一条 (purpose and basis), 第二条 "
            "(definition), 第六条 (「应当纳入公积金贷款制度进行管理…需按公积金贷款的统一要求办理」 — a 参照 article, round 34), 第七条 (the "
            "borrowers the loan is for — scope), 第八条 (「需符合本市公积金贷款的有关规定」 — 参照), 第二十八条 (" + IMPL + "), 第二十九条 "
            "(entry into force) — " + GENART + "; no work: 第三、二十一条 (「可选择…」 options, " + OPTION + "), 第四条 (who bears the "
            "risk — a principle), 第九、十、十二、十三、十六条 (the borrower's steps and terms: " + PEOPLE + "), 第二十条 (how the subsidy "
            "is booked — a payer's term), 第二十三条 (conditions, " + CONDS + "), 第二十六、二十七条 (liability for losses — 赔偿, "
            "「由违约方承担相应责任」 for economic loss: who pays; RULING? 5) — " + NOWORK + "; tasks 第五条, 第十一条, 第十四条 "
            "(承办银行…发放), 第十五条, 第十七、十八、十九条, 第二十二条 (「承办银行应当向房地产登记机构办理抵押权转移手续」), 第二十四、二十五条 "
            "→ **10**. Accepted: 9 (第五条 read as a definition), 11 (第二十八条 in), 12 (第二十六、二十七条 in), 13 (both), 22 "
            "(every article less the general provisions), 29 (every article).",
            "units: 市公积金中心 (the short name given in 第二条, as printed — round 38: names given through 以下简称 read as X where "
            "X is printed) and 承办银行 (a kind of bank the rules define, round 34 / round 47 q44c) are the only doers; 市公积金管委会 "
            "only approves (rule 3); 借款人 are persons (round 30); 房地产登记机构 and the credit system receive (rule 3)",
            "not sampled for doubt: 第二十二条 (「承办银行应当向房地产登记机构办理抵押权转移手续」 — the article rule (round 44) or a filing "
            "at a registry (round 39 / round 46): RULING? 6); 第十四条 (承办银行…以自有资金…发放贴息贷款 — lending one's own money, "
            "a cost verb or work)",
            "dates: 2021年12月31日 (signature), 2022年1月1日 (in force), 有效期五年; no deadline in any article, no phases; one "
            "undated duty (第十五条's sending to the credit system, RULING? 3)",
            "figures: 连续六个月 (a case, no comparison word) not a target; no targets, no plan targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = CUR[0] = "x224_02_shi-gongjijin-2023-geren-zhufang-daikuan-guanli-banfa.txt"
P02 = "上海市住房公积金个人住房贷款管理办法"
CTR2 = "上海市公积金管理中心"
CMT2 = "上海市住房公积金管理委员会"
S02 = [
    one(["第六条"], CMT2,
        note="「上海市住房公积金管理委员会（以下简称市公积金管委会）是…决策机构，负责确定…、审议…、审批…」 — a designation (round 37: "
             "「A为…的主管部门」) and " + FU + "; " + ALIAS + " (市公积金管委会 accepted, `responsible_alternatives`); " + NODATE,
        responsible_alternatives=[["市公积金管委会"]]),
    A(["第七条"], [], [CTR2, CENTRE], lead_alternatives=[[CTR2]], responsible_alternatives=[[CTR2], [CENTRE]],
      note="「上海市公积金管理中心(以下简称市公积金中心)是…管理机构，负责执行…、组织实施…、承担公积金贷款风险…」 — a designation and "
           + FU + "; 「市公积金中心应当建立…管理机制，制定…，建立健全…，实施…全流程管理」 — the same body by its short name, the subject "
           "of verbs of doing (" + ARTSUBJ + "); round 43: a full name and its 「（以下简称“X”）」 both acting in one item are given as "
           "printed — the full name where it is printed and X where X is printed → 上海市公积金管理中心, 市公积金中心 (" + ALIAS + "; "
           "the printed bracket 「(以下简称市公积金中心)」 is ASCII, dropped with the alias); either name alone accepted; no 牵头: lead [] "
           "(the one body as lead accepted); " + NODATE),
    one(["第十三条"], CENTRE,
        note="「借款人和共同借款人均实行贷款次数限制」 — a term for the public; 「贷款次数限制规则由市公积金中心拟订并经市公积金管委会审议"
             "通过后公布执行」 — " + BY + " (拟订) → 市公积金中心; 「经市公积金管委会审议通过」 — " + RECV + "; " + NODATE),
    one(["第十六条"], CENTRE,
        note="「市公积金中心应当与中国人民银行、房屋管理部门、民政部门、个人征信管理部门等相关部门实现信息共享，高效开展贷款条件的认定"
             "工作」 — the article's subject with verbs of doing (" + ARTSUBJ + "); the bodies it shares data with are partners of "
             "与 with no 会同 — " + LIAISON + " (round 42's 「A与B签订」 without 由: the partner is no doer); " + NODATE),
    one(["第十八条"], CENTRE, targets=[(30, "年")],
        note="「市公积金中心应当根据实际情况，合理确定贷款期限」 — " + ARTSUBJ + "; 「但最长不超过30年」 — 最长／不超过 (round 30, round "
             "32) → 30年 a target; 「且不长于借款人法定退休后5年」 — 不长于 means 不超过 (round 32's list: 最长, 不大于) but is not printed in "
             "the list: not checked either way; 「计算共同借款人贷款额度时使用的贷款期限，不得超过…最长贷款期限」 — no figure; " + NODATE),
    one(["第二十条"], "市公积金管委会",
        note="「本办法第十七条中的…倍数、…比例、…公式、…限额，由市公积金管委会根据…综合确定后公布执行」 — " + BY + " (确定) → "
             "市公积金管委会, as printed (its full name was given in 第六条, round 38: a short name stays as printed); " + NODATE),
    one(["第二十四条", "（三）"], CENTRE,
        note="第二十四条's lead-in 「担保方式为抵押的，应当符合以下规定：」 over three rules: （一） 「市公积金中心为第一顺位抵押权人」 "
             "(a status, having) and （二） (the borrower's pledge, " + PEOPLE + ") give no work (" + NOWORK + "); （三） 「市公积金中心"
             "应当与抵押人、贷款银行签订书面抵押合同，并于放款前向本市不动产权属登记部门办妥抵押登记手续」 — " + ARTSUBJ + " → 市公积金"
             "中心; 抵押人 (persons) and 贷款银行 co-sign (no 由; round 42: 「A与B签订」 the partner no doer); the registry receives "
             "(rule 3); 「放款前」 — " + EVENT),
    A(["第二十七条"], [], ["受托机构", CENTRE],
      note="「受托机构、市公积金中心在贷款发放前应当对…进行严格审查；在担保期内应当加强对…的管理，定期检查，防范风险」 — the article's "
           "two subjects with verbs of doing (" + ARTSUBJ + "; 进行＋work, round 43) → 受托机构, 市公积金中心 in printed order (受托机构 "
           "the short name 第八条 gives, round 38), no 牵头: lead [] (round 30); 「贷款发放前」「在担保期内」「定期」 — times from an "
           "event and a rhythm, " + NODATE),
    one(["第二十九条"], "受理网点",
        note="「受理网点对符合条件、材料齐全的借款申请应当予以受理」 — " + ARTSUBJ + " (受理, a verb of doing; 予以 with a verb, round "
             "41); 「受理网点可以不予受理，但需告知借款申请人原因」 — an option then its condition, the same body; the applicants: "
             + PEOPLE + "; " + NODATE),
    one(["第四十条"], CENTRE,
        note="the first three paragraphs are the borrower's options (「借款人还可以申请提取…」, " + PEOPLE + "; " + OPTION + "); "
             "「市公积金中心负责制定住房公积金提取还贷实施细则，确定…并规范办理流程」 — " + FU + " (round 41: 「具体办法由A制定」 inside an "
             "article that gives work is its work, A a doer); " + NODATE),
    S(["第六十条"], [], [], **art(X02, ["第六十条"]),
      note="「贷款已结清的，档案保管期限应当按国家规定年限妥善保管；贷款逾期未收回和呆账核销的贷款档案要永久保管」 — an instruction with no "
           "subject (round 43: rule points with no subject are tasks where they give work); 第五十九条's 市公积金中心 does not carry "
           "into another article (round 34: an elided subject carries over inside one paragraph) — CONVENTIONS.md units rule 2: no "
           "clause makes a body the doer → lead [], responsible []; " + NODATE),
    one(["第六十三条"], "商业银行",
        note="first paragraph 「报经市公积金管委会批准，市公积金中心可与商业银行合作开展贴息贷款，由商业银行以自有资金向借款人发放贷款…」 "
             "— 可 reaches every verb of the sentence, the 由 clause included (" + OPTION + "); second paragraph: 「市公积金中心享有"
             "…置换权利，可…将贴息贷款置换为公积金贷款」 (having, an option), 「商业银行应当配合市公积金中心进行贴息贷款置换，并…及时告知"
             "借款人」 — round 46 (governs, p44g) with round 42: 「A应当配合B进行…」 makes A a doer, B the body served no unit → "
             "商业银行; 市公积金中心 is no unit here; " + NODATE),
    A(["第六十七条"], [], [CENTRE], lead_alternatives=[[CENTRE]],
      note="「受托机构未按照…办理…的，市公积金中心将根据…追究受托机构的责任」 and 「受托机构违规挪用…的，市公积金中心应当解除委托协议，"
           "并追究相关机构和人员的责任；涉嫌犯罪的，依法移送司法机关处理」 — the article's whole work is the response to its cases "
           "(round 30; round 42: 「…的，由A…」 is the article's own step) with 市公积金中心 the subject of verbs of doing (" + ARTSUBJ
           + "); 受托机构, 相关机构 and 司法机关 are the objects and the receiver (rule 3); " + ONE_LEAD + "; " + NODATE),
]
plan(X02,
     title=P02,
     title_note="the rules' own title (line 1, printed twice: lines 1 and 3)",
     doc_no="沪公积金管委会〔2023〕5号 (from the stored front matter; the text prints no number)",
     issuer="上海市住房公积金管理委员会",
     date="2023-03-31",
     date_note="signed 二〇二三年三月三十一日 (the front matter the same); in force 2023年4月1日 for five years",
     level="a city committee (Shanghai's housing provident fund management committee): the rules for provident-fund housing "
           "loans — who decides and manages, borrowers' conditions, sums and terms, security, procedure, repayment, contract "
           "changes, after-loan management, liquidity and liability",
     source=src(P02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0064::e8070af1316846878857d286fcf71540", 8305),
     style="the title twice (lines 1 and 3); eleven chapters 「第一章 总则」 as heading lines; 70 articles 「第一条 为…」 run in after "
           "the label with one space, some with several paragraphs; lists 「（一）…；」 under 第十、十五、十七、二十二、二十四–二十六、三十五、"
           "四十四、四十八、五十、六十五、六十六条; 第五十一条 printed with ASCII punctuation 「,」「:」「(一)…;」; 第七条's ASCII brackets "
           "「(以下简称市公积金中心)」; the signature and the date; blank lines between all lines",
     leaf_tasks=28, count_alternatives=[26, 27, 29, 30, 32, 62, 70],
     leaf_tasks_by_section={"第一章": 3, "第二章": 4, "第三章": 2, "第四章": 3, "第五章": 4, "第六章": 2, "第七章": 1,
                            "第八章": 5, "第九章": 3, "第十章": 1},
     childless_top_level_sections=[],
     samples=S02,
     plan_targets=[{"number": 12, "unit": "期"}], phases=[], duties=[],
     notes=["counting (articles; chapters are headings, none a task): general provisions 第一条 (purpose and basis), 第二、三条 "
            "(definitions, scope), 第九条 (the loans' objects — scope), 第十九条 (「按照…公布的利率和…政策执行」 — 参照, with the "
            "interest rules for the public), 第六十八条 (the interpreting body), 第六十九条 (" + IMPL.replace("本办法由市公积金中心负责"
            "组织实施", "本办法由市公积金中心负责组织实施。市公积金中心可以依据本办法制定操作细则") + "), 第七十条 (entry into force) — "
            + GENART + "; no work — " + NOWORK + ": principles 第四、五条; the public's terms, applications and options 第十一、十四、"
            "二十一、二十八、三十二、三十四、三十六、三十七、三十九、四十一、四十五–五十三条 (" + PEOPLE + "); lists of conditions, cases, "
            "limits and kinds 第十五、十七、二十三、二十五、三十五、四十四条 (" + CONDS + "); the centre's options 第二十二、四十二、六十二、"
            "六十五、六十六条 (" + OPTION + "; 第六十六条's sanctions are penalties, round 32); 第五十四条 (a contract ends — a statement); "
            "第五十七条 (the borrowers' and guarantors' obligations to accept checks — the regulated side, round 35 / round 41); "
            "tasks 第六、七、八、十、十二、十三、十六、十八、二十条, 第二十四条（三）, 第二十六条（三） (the one rule of each list that gives "
            "work; （一）（二） give none), 第二十七、二十九、三十、三十一、三十三、三十八、四十、四十三、五十五、五十六、五十八、五十九、六十、"
            "六十一、六十三、六十四、六十七条 → **28**. Accepted: 26 (第十条 — conditions closed by 「由市公积金管委会制定后公布执行」 — and "
            "第十二条 — a prohibition 「市公积金中心不得…发放」 — out), 27 (either out), 29 (第六十九条 in), 30, 32 (第二十四、二十六条's "
            "（一）（二） counted as items), 62 (every article less the general provisions), 70 (every article).",
            "units: 上海市住房公积金管理委员会 / 市公积金管委会 and 上海市公积金管理中心 / 市公积金中心 as printed (full names in 第六、七条 "
            "with 以下简称, short names after: round 38 / round 43), 受托机构 (the short name 第八条 gives), 受理网点, 贷款银行, 商业银行 — "
            "kinds of body (round 34 / round 47 q44c); borrowers, co-borrowers, applicants, guarantors 保证人 and pledgers 出质人 are "
            "the regulated public (round 35)",
            "not sampled for doubt: 第八条 (「需…经市公积金管委会审批通过」 then the centre's 签订…并…进行监督考核 — the 签订 partner), 第十条 "
            "(conditions closed by a 由 sentence, round 39 / round 41), 第十二条 (a prohibition on the centre), 第三十一条 (签订 with "
            "five parties), 第三十三条 (「贷款银行应当…将公积金贷款资金支付给借款人交易对象，并及时通知借款人」 — 支付 money, a cost verb, "
            "beside 通知), 第六十四条 (a subjectless case clause before 「…由市公积金中心拟订，报市公积金管委会批准后公布执行」)",
            "dates: 2023年3月31日 (signature), 2023年4月1日 (in force), 有效期五年, 次年1月1日 (a rhythm of rate changes); no deadline "
            "in any article, no phases; no duties (the submissions 「报市公积金管委会批准」 are steps of approval, round 46: no duty)",
            "figures: target 30年 (第十八条, 最长不超过); plan target 12期 (第十五条（二） 「累计超过12期(含)」 in a list of cases that is no "
            "task: a trigger with 超过, round 30 / round 36, placed at plan level as round 38 places the rates of a point that is no "
            "task); not targets 5年 in 第六十六条（四） (a penalty, round 32), 1年（含）以内 / 1年以上 (classes of loan the rules cover, "
            "round 34), 第三套 (an ordinal), 6期(含) (no comparison word)"])

# ---------------------------------------------------------------------------------------------------------
X03 = CUR[0] = "x224_03_shi-gongjijin-2023-goumai-zhengshou-anzhi-zhufang-daikuan-guanli-banfa.txt"
P03 = "上海市住房公积金个人购买征收安置住房贷款管理办法"
GUAR = "担保公司"
IMPL3 = "征收实施单位"
TRUST3 = "公积金贷款受托机构"
S03 = [
    one(["第九条"], "上海市住房置业融资担保有限公司", responsible_alternatives=[[GUAR]],
        note="「上海市住房置业融资担保有限公司（以下简称担保公司）为公积金安置房贷款的担保机构」 — a designation (round 32: 「由A作为主责"
             "单位」; round 37: 「A为…的主管部门」 make A a doer) → the company, " + ALIAS + " (担保公司 accepted); 「借款人应当将…住房抵押给"
             "担保公司作为反担保」 — the borrower's step (" + PEOPLE + "); " + NODATE),
    one(["第十条"], GUAR, responsible_alternatives=[[]],
        note="「担保公司为公积金安置房贷款提供连带责任保证担保」 — the article's subject with 提供 a guarantee (a service, not money: "
             "round 37's cost verbs need a cost as object) → 担保公司 (" + ARTSUBJ + "); 「相关的保证担保费用由市公积金中心承担」 — a cost: "
             + PAYER + " → 市公积金中心 no unit; the reading of 提供…担保 as a cost verb (no unit) accepted — RULING? 4; " + NODATE),
    S(["第十二条"], [], [], **art(X03, ["第十二条"]), responsible_alternatives=[["市旧改管理部门"]],
      note="「公积金安置房贷款采取项目化管理的方式」 (a statement); 「借款申请人申请公积金贷款前，市旧改管理部门应当将…旧改项目清单提供至"
           "市公积金中心」 — 提供 to another body: " + FILING + " → lead [], responsible [] (市旧改管理部门 accepted, the article-subject "
           "reading); the sending is the plan's duty (round 46: a plan body sending information has a duty; round 40: whoever "
           "sends it), undated (「申请…前」 — a time from an event, round 34); " + NODATE),
    one(["第十五条"], TRUST3,
        note="「公积金贷款受托机构应当对借款申请人提供的征收补偿协议及补偿款项的情况向对应区征收实施单位或旧改管理部门进行信息核实」 — "
             + ARTSUBJ + " (进行＋work, round 43) → the name as printed; the bodies asked to confirm are consulted (" + RECV + "); "
             + NODATE),
    A(["第十六条"], [], [TRUST3, CENTRE],
      note="「公积金贷款受托机构及市公积金中心负责对借款申请人进行贷款资格审核、…审核」 — " + FU + "; 「A及B」 are two names (round 34), "
           "no 牵头: lead [] (round 30); " + NODATE),
    one(["第十九条"], IMPL3,
        note="「征收实施单位收到同意放款通知书后，应当核对…信息一致，并为符合条件的购房人家庭开具“供应单”」 — " + ARTSUBJ + "; "
             "「收到…后」 is a time from an event (round 34), no case clause (the article's own step, round 42); the buyers' "
             "households are the public; " + NODATE),
    S(["第二十条"], [], [], **art(X03, ["第二十条"]), responsible_alternatives=[[CENTRE]],
      note="「“供应单”开具后，市公积金中心将相关款项放款至该旧改项目指定的收款账户」 — 放款 pays the loan money out, a cost verb like "
           "拨付 (" + PAYER + ") → lead [], responsible [] (市公积金中心 accepted, the article-subject reading) — RULING? 4; 「开具后」 a "
           "time from an event; " + NODATE),
    one(["第二十四条"], GUAR,
        note="「担保公司应当根据借款人的委托，在借款人所购房屋符合…条件后，持委托书、购房合同…办理相关房屋的不动产产权、抵押登记手续」 — "
             "an agent doing it for others (round 34: 「由A代为申请／代办」 is a doer; round 40: 「由A代为申报」) with " + ARTSUBJ
             + " → 担保公司; the borrowers who commission it are persons (round 42: 「受A委托」 — A commissions, no doer); " + NODATE),
]
plan(X03,
     title=P03,
     title_note="the rules' own title (line 1; the stored file has no cover notice)",
     doc_no="沪公积金管委会〔2023〕2号 (from the stored front matter; the text prints no number)",
     issuer="上海市住房公积金管理委员会",
     date="2023-01-16",
     date_note="signed 二〇二三年一月十六日 (the front matter's 2023-01-19 is the publication date); in force 2023年1月24日 for five years",
     level="a city committee (Shanghai's housing provident fund management committee): rules for provident-fund loans to "
           "residents of old-area renewal who buy resettlement housing — the loan terms, the guarantee company, and a procedure "
           "that passes from the old-area renewal departments and the centre to the expropriation units and the guarantor",
     source=src(P03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0064::1b0c4717705445de91bcdbe921ecaf0f", 2769),
     style="the title; five chapters 「第一章 总则」 as heading lines; 26 articles 「第一条  为…」 (two spaces after the label) each one "
           "paragraph; lists 「（一）…；」 under 第四条 (conditions) and 第七条 (how the down payment is reckoned); the signature and the "
           "date; blank lines between all lines",
     leaf_tasks=14, count_alternatives=[13, 15, 21, 26],
     leaf_tasks_by_section={"第二章": 2, "第三章": 10, "第四章": 2},
     childless_top_level_sections=[],
     samples=S03,
     plan_targets=[], phases=[],
     duties=[{"what": "市旧改管理部门应当将符合本市城乡规划要求的旧改项目清单提供至市公积金中心", "when": None, "when_norm": None},
             {"what": "征收实施单位应当将购房合同与“供应单”第一联等产证办理材料交至担保公司", "when": None, "when_norm": None}],
     notes=["counting (articles; chapters are headings): general provisions 第一条 (purpose and basis), 第二条 (definition), "
            "第三条 (scope: the projects the loans support), 第八条 (「按申请时公积金贷款相关规定执行」 — 参照), 第二十六条 (entry into force, "
            "repeal) — " + GENART + "; no work — " + NOWORK + ": 第四条 (an applicant's conditions, " + CONDS + "), 第五、六条 (the "
            "borrowers' and households' terms — 「该家庭协议必须经征收实施单位、律师等第三方现场确认」 is an approval, rule 3; " + PEOPLE
            + "), 第七条 (how the down payment is reckoned: terms, a list that gives no work), 第十一条 (the guarantee's period — a "
            "term), 第十四条 (the applicant's step), 第二十一条 (「…不一致的，不予发放公积金贷款」 — a condition of the loan with no body); "
            "tasks 第九、十、十二、十三、十五–二十、二十二–二十五条 → **14**. Accepted: 13 (第九条, a designation only, out), 15 "
            "(第二十一条 in), 21 (every article less the general provisions), 26 (every article).",
            "units: 担保公司 (上海市住房置业融资担保有限公司, the short name given in 第九条), 市公积金中心 (its full name is given in no "
            "article of this text: kept as printed), 公积金贷款受托机构, 征收实施单位, 市旧改管理部门 — kinds of body and named bodies "
            "(round 34); 各区旧改管理部门 (第十三条) and the 对应区征收实施单位或旧改管理部门 (第十五条) are sources asked (rule 3)",
            "not sampled for doubt: 第十七条 (「市公积金中心应当与借款申请人、…、贷款银行及担保公司等当事人签订…合同」 — the 签订 partners), "
            "第十八条 (「市公积金中心向征收实施单位发送同意放款通知书」 — a notice, the procedure's own step: read as work of 市公积金中心 "
            "and no duty, RULING? 3), 第二十三条 (「征收实施单位应当将…材料交至担保公司」 — passing papers on after its own step: a duty "
            "(round 36 「初审后报镇」, round 46) and no doer by a filing verb (round 46); 征收实施单位 by the article rule the other "
            "reading), 第二十五条 (「担保公司应当…对借款人债务进行代偿」 — repaying a debt, a cost verb or work)",
            "dates: 2023年1月16日 (signature), 2023年1月24日 (in force), 有效期五年; 两年 (a guarantee period, a term); no deadline "
            "in any article, no phases; two undated duties (第十二条's list, 第二十三条's papers)",
            "figures: none that is a target; 〔2020〕8号 a document number"])

# ---------------------------------------------------------------------------------------------------------
X04 = CUR[0] = "x224_04_shi-gongjijin-2022-geren-daikuan-shoutuo-jigou-guanli-banfa.txt"
P04 = "上海市住房公积金个人贷款受托机构管理办法"
TR = "受托机构"
LEADIN17 = ("第十七条's lead-in 「受托机构应当按照业务委托协议及考核办法要求做好日常管理工作，包括以下内容：」 is a work clause and （一）–（七） "
            "its parts (round 44: a list announced by 「…主要包括：」 after a work clause is the work's parts — items, each taking the "
            "lead-in's bodies by rule 4; the single-task count accepted); 受托机构 the lead-in's subject with 做好 (" + ARTSUBJ + ")")
S04 = [
    A(["第四条"], [], [CMT2, CENTRE], responsible_alternatives=[["市公积金管委会", CENTRE]],
      note="「上海市住房公积金管理委员会（以下简称市公积金管委会）负责受托机构的确定，市公积金中心负责受托机构的核查及验收、机构日常管理、"
           "年度考核与复查等」 — two 负责 clauses (rule 2's several clauses: all their bodies, in order), no 牵头: lead [] (round 30); "
           + ALIAS + " (the short name accepted); " + NODATE),
    A(["第十二条"], [], [], responsible_alternatives=[[CENTRE]],
      note="「核查通过的，市公积金中心应当提交市公积金管委会审议该机构的合作申请」 — 提交 to the approving body: " + FILING + "; and "
           "round 46: a body sending a matter for a decision takes a step of approval — no duty, the approver rule 3's → lead [], "
           "responsible [] (市公积金中心 accepted); " + NODATE),
    A(["第十四条"], [], [CENTRE], lead_alternatives=[[CENTRE]], responsible_alternatives=[[CENTRE, TR]],
      note="「市公积金中心应当与验收通过的受托机构签订…业务委托协议，同时向受托机构颁发…委托业务办理证书」 — " + ARTSUBJ + " (颁发) → "
           "市公积金中心; the 受托机构 it signs with and licenses is the object (round 42: 「A与B签订」 without 由, the partner no doer) — "
           "the co-signatory reading (round 40) accepted, RULING? 2; " + ONE_LEAD + "; " + NODATE),
    one(["第十五条"], CENTRE,
        note="「市公积金中心应当要求受托机构按规定制作业务徽标，并要求受托机构下属业务办理网点按规定悬挂」 — " + PIVOT + "; " + NODATE),
    one(["第十七条", "（三）"], TR,
        note=LEADIN17 + "; （三） 「做好…档案管理、…逾期贷款催收、诉讼、债务追偿等贷后风险管理相关工作」 names no body of its own; " + NODATE),
    one(["第十七条", "（七）"], TR,
        note=LEADIN17 + "; （七） 「其他与住房公积金个人贷款业务相关的工作」 — a catch-all part, still an item of the list; " + NODATE),
    one(["第十八条"], "受托机构下属业务办理网点",
        note="「受托机构下属业务办理网点应当严格按照业务范围进行业务办理，不得擅自改变…」 — " + ARTSUBJ + "; 「X下属Y」 is one name as printed "
             "(round 34); " + NODATE),
    A(["第十九条"], [], [CENTRE, TR], not_targets=[(2, "周")],
      note="「受托机构需增减业务办理网点的，应当…向市公积金中心提出书面申请」 — an application (round 30 / round 34: a party applying for "
           "itself, no unit by it); 「市公积金中心应当对网点各项条件落实情况进行现场查看」 — " + ARTSUBJ + "; 「受托机构应当提前两周书面函告"
           "市公积金中心」 — a notice the regulated party files (round 41: a regulated party's filings, no duty); 「受托机构应当说明理由，"
           "并且在…前继续做好…委托业务」 — 做好, the article rule → 受托机构; 「市公积金中心不定期对…进行检查或者抽查」 — the centre again; "
           "in printed order 市公积金中心, 受托机构, no 牵头: lead []; 「提前两周」 — a time counted before an event with no comparison word "
           "(round 33) → 2周 not a target; " + NODATE),
    one(["第二十三条"], TR,
        note="「受托机构应当积极配合市公积金中心开展住房公积金个人贷款诉讼工作」 — round 46 (governs, p44g) with round 42: 「A应当配合B进行…」 "
             "makes A a doer, B the body served no unit → 受托机构 alone; " + NODATE),
    A(["第二十五条", "（三）"], [], [CENTRE, TR],
      note="第二十五条's lead-in 「市公积金中心应当…对受托机构…开展专项检查，受托机构应当配合：」 over （一）–（三） (items, round 44's list "
           "after a work clause; the single-task count accepted); （三） 「市公积金中心应当将检查结果纳入年度考核…；对于检查发现的问题，"
           "受托机构应当及时进行整改」 — both subjects with verbs of doing (" + ARTSUBJ + ") → 市公积金中心, 受托机构 in printed order, "
           "lead [] (no 牵头); 「可以列为…指标」 an option; " + NODATE),
    one(["第三十条"], TR, not_targets=[(3, "个月")],
        note="「被要求暂停业务办理的受托机构应当在3个月内完成整改，查明原因并追究责任，在通过市公积金中心复查审核后再行恢复其业务合作」 — "
             + ARTSUBJ + " (完成, 查明, 追究); 「在3个月内」 counted from the suspension — " + EVENT + "; the centre reviews (rule 3); "
             + NODATE),
]
plan(X04,
     title=P04,
     title_note="the rules' own title (line 1; the stored file has no cover notice)",
     doc_no="沪公积金管委会〔2022〕7号 (from the stored front matter; the text prints no number)",
     issuer="上海市住房公积金管理委员会",
     date="2022-12-14",
     date_note="signed 二〇二二年十二月十四日 (the front matter's 2022-12-16 is the publication date); in force 2022年12月14日 for five years",
     level="a city committee (Shanghai's housing provident fund management committee): rules for the banks and service firms "
           "entrusted with provident-fund loans — who decides, their conditions, admission, day-to-day management and checks, "
           "yearly assessment and exit",
     source=src(P04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0064::2bf58c9d69cd4faf92dd794c86f7ce9e", 4658),
     style="the title; six chapters 「第一章 总则」 (「第二章  受托机构的条件」, 「第五章  …」, 「第六章  附则」 with two spaces) as heading "
           "lines; 35 articles 「第一条  为…」 (two spaces after the label); lists 「（一）…；」 under 第七、八、九条 (conditions), 第十七条 "
           "(the parts of the day-to-day work), 第二十五条 (three rules of the checks), 第二十九、三十二条 (cases); 第八条 with a closing "
           "paragraph; the signature and the date; blank lines between all lines",
     leaf_tasks=32, count_alternatives=[24, 26, 30, 33, 34],
     leaf_tasks_by_section={"第一章": 2, "第二章": 7, "第三章": 18, "第四章": 4, "第五章": 1},
     childless_top_level_sections=[],
     samples=S04,
     plan_targets=[{"number": 5000, "unit": "亿元"}, {"number": 10, "unit": "亿元"}, {"number": 100, "unit": "亿元"}],
     phases=[], duties=[],
     notes=["counting (articles; chapters are headings): general provisions 第一条 (purpose and basis), 第二条 (definition), "
            "第三十四条 (" + IMPL + "), 第三十五条 (entry into force, repeal) — " + GENART + "; no work — " + NOWORK + ": 第三条 (a "
            "principle), 第六条 (the applicant's step, round 30 / round 34), 第七、八、九条 (conditions, " + CONDS + "), 第二十七条 "
            "(「鼓励受托机构积极参与…」 — 鼓励 names no doer, round 40), 第三十二条 (「…市公积金中心可终止与受托机构的合作」 over six cases — "
            "an option, " + OPTION + "); tasks 第四、五条 2 + 第十–十六条 7 + 第十七条 （一）–（七） 7 + 第十八–二十四条 7 + 第二十五条 "
            "（一）–（三） 3 + 第二十六条 1 + 第二十八–三十一条 4 + 第三十三条 1 → **32**. Accepted: 26 (第十七条 one task), 30 "
            "(第二十五条 one task), 24 (both), 33 (第三十四条 in), 34 (第二十七、三十二条 in).",
            "units: 上海市住房公积金管理委员会 / 市公积金管委会 and 市公积金中心 (its full name appears only inside 第二条's definition, so the "
            "short name stands as printed), 受托机构 (the short name given in 第二条), 受托机构下属业务办理网点, 受托机构业务办理网点, 机构 "
            "(第十三条, the applicant admitted) — kinds of body (round 34 / round 47 q44c)",
            "not sampled for doubt: 第五条 (「受托机构必须符合…才能进行合作，合作后应当与市公积金中心签署…协议，并接受…监督与考核」 — "
            "签署 with 与, 接受 a receiver's verb), 第十三条 (「机构应当做好业务开展准备工作…并应当通过市公积金中心的最终验收」 — an admitted "
            "applicant preparing itself), 第二十五条（一）（二） (what the checks cover; an option 「可以自行开展…也可以委派…」), 第二十九条 "
            "(cases, 「市公积金中心应当根据协议要求其暂停业务办理」 — 要求, a pivot), 第三十三条",
            "dates: 2022年12月14日 (signature and entry into force), 有效期五年; 最近3年 (a condition's period), 2年以上 (a condition), "
            "提前两周, 3个月内, 半年内 (times from events); no deadline in any article, no phases; no duty (第十九条's 函告 and 第二十九条's "
            "通报 are the entrusted institutions' filings to the centre that administers them, round 41; 第十二条's submission is "
            "a step of approval, round 46)",
            "figures: plan targets (thresholds of 第八、九条's conditions, articles that are no tasks — round 30's line with round 38's "
            "placement of the figures of a point that is no task): 不小于5000亿元, 不小于10亿元, 100亿元以上 (also 四分之三（含）以上 = 75 %, "
            "二分之一（含）以上 = 50 %, 2年以上, 60亿元以上, 不少于1个 — not listed, not checked); not targets 2周 (第十九条), 3个月 "
            "(第三十条), 〔2021〕18号"])

write_collected(DIR)
for p in __import__("expected_tools").PLANS:
    print(p["file"][:7], p["leaf_tasks"], len(p["samples"]))
    for s in p["samples"]:
        print("   ", "/".join(s["path"]), s["line"], s["title_starts"], s["lead"], s["responsible"],
              [(t["number"], t["unit"]) for t in s["targets"]], s.get("deadline_norm"))
