# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next353/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 67 (built by helper c353, for round 68): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``at_in``); every
answer was written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and "Round 83 rulings,
written early" to its end — Rounds 83–95, printed in nine parts, see the README's Exposures) applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next353/make_expected.py tests/data/plans-next353
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, at_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
at = partial(at_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files (as plans-next341/347)
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/市政与基础设施/{path} (official page {url}) — {STORED} ({chars} characters stored)"


def lab(file, head):
    """The article's label as printed: the whole line where the label stands alone (x353_01's 「第三条  预留采购份额方案」),
    「第N条（heading）」 where the text runs on after a bracket heading (x353_02, x353_03), 「第N条」 where the text runs on
    after spaces (x353_04)."""
    for line in (DIR / file).read_text(encoding="utf-8").split("\n"):
        s = line.strip()
        if not s.startswith(head):
            continue
        rest = s[len(head):]
        if rest.startswith("（"):
            return head + rest[:rest.index("）") + 1]
        if rest[:1] in (" ", "\u3000"):
            body = rest.strip()
            return s if len(body) <= 20 and "，" not in body and "。" not in body else head
    raise KeyError(head)


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44: in 第X条 articles a body named by a kind, or a party by role, standing as the subject of the "
           "article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 92's governs on "
           "x182_03 第七条)")
REVIEW = ("a decision on a party's application or submission and its steps — 审核, 审查, 受理, 作出决定, 颁发 — name none, "
          "in articles too, whether the decider stands as the subject of 作出…决定 or as the agent of 由 (Round 85's "
          "x321_02 and turned x317_03 第九条（一）; Round 93's x341_01 第三条（一）; Round 94's turned x240_04 第二十四条), "
          "while an article binding the rules' body to act on applications gives work, a task naming none (Round 87's "
          "x327_04 一–四; x325_01 第十六条)")
SENDING = ("a sending — 报告, 上报, 报送, 通知, 移送, 提交 — names no doer, in articles too (Round 83's x315_01 第十一条; "
           "Round 85's x322_04 第七条; Round 89's x331_01 三/（二）)")
OWED = ("a regulated party bound by 应 to acts of its own is given work, a task naming none (Round 84's p61a-2; Round 95's "
        "confirmed x347_02 第四、五、十二、十四、十五条), its applying or filing on its own matters naming no unit (round 30's "
        "applicant; round 42)")
MONEY = ("an article whose only acts move money (安排, 列入预算, 反映支出, 使用资金) is the scheme's terms, no task (Round 83's "
         "x311_01 第七条; Round 89's x329_02 第七条; Round 93's x345_02 第七条)")
TERMS = ("who may take part, the conditions an applicant meets and the papers it hands in are the scheme's terms, no task "
         "(round 30's applicant; Round 83's x315_04; Round 87's x327_02 五)")
OPTION = "可／可以／有权 give an option, no work (round 49 p46b; Round 89's x333_01 第九条, x334_02 第七条)"
LIMIT = "a time limit counted from an event is no target and dates nothing (round 33; Round 87's x326_08 「3日内」)"
CLASS = ("a figure inside a noun naming the class of thing the work picks is a class, no target (round 58; Round 83's "
         "turned x311_01 第十条; Round 93's x344_04 「死亡3人以上…的事故」)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x353_01_shi-caizhengju-2022-zhengfu-caigou-cujin-zhongxiao-qiye-fazhan-shishi-banfa.txt"
P01 = "上海市政府采购促进中小企业发展实施办法"
N01 = "关于印发《上海市政府采购促进中小企业发展实施办法》的通知"
ZG = "主管预算单位"
CG = "采购人"


def a1(n):
    return lab(X01, n)


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title line (line 13) or the cover's title (line 1): either (round 45's pair; round 30's "
                "forwarding notice followed by the document it issues is one plan)",
     doc_no="沪财发〔2022〕1号 (the stored front matter; the cover prints no number)",
     issuer="上海市财政局 with 上海市经济和信息化委员会 (the cover's two signatures)",
     date="2022-01-19",
     date_note="the cover is signed 2022年1月19日 (line 11); in force 2022年3月1日 to 2027年2月28日 (第十七条, a general "
               "provision); 每年6月底前 (第十五条) is a day in a yearly cycle with no year, a recurring date, no deadline (round "
               "34; Round 91's x335_02 第十四条): no task is dated",
     level="the city finance bureau and the economy and informatisation commission, to the city budget units, the district "
           "finance bureaus and SME departments and the city procurement centre: how public purchasers reserve shares for "
           "small and medium firms, discount small firms' prices, take their declarations and publish what they reserved",
     source=src("关于印发《上海市政府采购促进中小企业发展实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0017::xxfbdf0000018599", 3986),
     style="a cover (addressees, 「现予发布，自…起施行，请按照执行」, two signatures, date), then the measures: title and 17 "
           "articles 「第N条  heading」 (two spaces) on a line of their own with the text in paragraphs below; one list "
           "（一）–（四） in 第四条",
     leaf_tasks=14, count_alternatives=[11, 12, 13, 15, 16, 17],
     leaf_tasks_by_section={"第一条": 0, "第二、三条": 2, "第四条": 1, "第五–八条": 4, "第九条": 0, "第十–十六条": 7,
                            "第十七条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a1("第二条")], [], [CG], lead_alternatives=[[CG]], **art(X01, [a1("第二条")]),
          note="「采购人应当按照《管理办法》相关规定，通过加强采购需求管理，落实采购份额预留、价格评审优惠、优先采购等措施，提高中小企业在政府采购中的份额，支持中小企业发展。」 — "
               "an article headed 总体要求 that gives work to a body is a task, as a 总则 article that gives work is (CONVENTIONS.md "
               "head, round 30's general provisions), and 落实 with measures as its object is rule 2's (Round 87's x324_04 二); "
               "采购人 are the city's public purchasers, a kind (round 44); " + ONE_LEAD + "; " + NODATE),
        S([a1("第三条")], [], [ZG], lead_alternatives=[[ZG]], **art(X01, [a1("第三条")]),
          note="「主管预算单位应当加强对所属单位的指导和管理，组织评估本部门…政府采购项目适宜由中小企业提供情况，在编制部门预算时统筹制定本部门面向中小企业预留采购份额方案。方案应当包括…」 — "
               "组织＋评估 is rule 2's, and 制定 in an article (round 44); what the scheme must hold is its contents, text (Round "
               "86's (a)); the units it guides are the object of 指导 (rule 3's guide); " + ONE_LEAD + "; " + NODATE),
        S([a1("第五条")], [], [CG, ZG], targets=[(30, "%"), (60, "%")],
          not_targets=[(200, "万元"), (400, "万元")], **art(X01, [a1("第五条")]),
          note="「本市政府采购限额标准以上，200 万元以下的货物和服务采购项目、400 万元以下的工程采购项目，…采购人应当将采购项目整体预留，专门面向中小企业采购。 超过200万元的…、超过400万元的工程采购项目，主管预算单位应当统筹…，预留其预算总额的30%以上给中小企业，其中预留给小微企业的比例不低于60%。」 — "
               + ARTICLE + " (预留; 统筹…预留), each body once, printed order; " + CLASS + " (「200 万元以下的…采购项目」「超过200万元的…"
               "采购项目」 name the classes of project each paragraph reaches): not_targets 200 万元, 400 万元; a floor on the "
               "body's own act joined to 以上／不低于 is a target (round 30's line): 30 %, 60 %; lead [] (no 牵头); " + NODATE),
        S([a1("第六条")], [], [CG], lead_alternatives=[[CG]], responsible_alternatives=[[CG, ZG]],
          **art(X01, [a1("第六条")]),
          note="「采购人应当严格按照主管预算单位制定的预留采购份额方案开展采购活动，确需变更方案的，应当经主管预算单位同意。…采购人拟不专门面向中小企业预留采购份额的，应当说明…原因，并由其主管预算单位确认。 预留份额的采购项目，鼓励…」 — "
               + ARTICLE + " (开展采购活动); 经A同意 is rule 3's approver, and 由A确认 of what the purchaser submits is the "
               "review rule's (" + REVIEW.split(" (")[0] + "; Round 89's x329_04 第九条: a sending for the receiver's 确定 is a "
               "step of its decision), the budget unit accepted with it; the body inside 「主管预算单位制定的…方案」 is in a noun's "
               "description (round 30); 鼓励 names no work (rounds 30, 40); " + ONE_LEAD + "; " + NODATE),
        S([a1("第七条")], [], [], **art(X01, [a1("第七条")]),
          note="「不专门面向中小企业采购的采购项目或者采购包，…在评审时对小微企业均应执行价格评审优惠政策。采用最低评标价法和综合评分法的采购项目，应当按照《管理办法》规定对小微企业报价给予一定比例的扣除，…应当…给予一定比例的政策性加分…」 — "
               "acts of the rules' own work with no subject printed are a task naming none (round 65's x274_01; Round 93's "
               "x345_04 第十四条); 「一定比例」 prints no figure; " + NONE + "; " + NODATE),
        S([a1("第八条")], [], [CG], lead_alternatives=[[CG]], **art(X01, [a1("第八条")]),
          note="「在货物采购项目中，货物全部由中小企业制造即可享受中小企业扶持政策，…不作要求。 采购人应当结合采购项目特点，按照…《政府采购品目分类目录》确定采购项目属性。…无法确定的，按照有利于采购项目实施的原则确定。」 — "
               "the first paragraph is who enjoys the policy, the scheme's terms (text); 确定 of the project's class is the "
               "purchaser's own act in an article (round 44); the body inside 「财政部制定的…」 is in a noun's description "
               "(round 30); " + ONE_LEAD + "; " + NODATE),
        S([a1("第十条")], [], [CG, "采购代理机构"], **art(X01, [a1("第十条")]),
          note="「采购人、采购代理机构应当在采购文件中载明《管理办法》规定的《中小企业声明函》格式和…划型标准，并明确采购标的对应的…所属行业… 供应商符合中小企业条件的，应当按照《中小企业声明函》格式，如实、完整填报…声明企业类型。…」 — "
               + ARTICLE + " (载明, 明确 in their own documents); the supplier's declaration is a bidder's filing for the "
               "benefit (round 30's applicant; round 42): no unit; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第十二条")], [], ["市财政局"], lead_alternatives=[["市财政局"]], responsible_alternatives=[[]],
          **art(X01, [a1("第十二条")]),
          note="「鼓励采购人、采购代理机构在投标（响应）保证、履约保证、资金支付等方面为中小企业提供优惠和便利。… 市财政局根据本市公共数据开放规定，向金融机构提供政府采购公共数据，推进金融机构优化普惠金融服务，支持金融机构为…中小企业提供政府采购信用和合同融资。」 — "
               "鼓励 names no work (rounds 30, 40), so the purchasers are none; handing the data it holds to the banks is a "
               "sending (Round 83's x315_01 第十一条), but 推进 and 支持 are the bureau's own verbs of doing in an article (round "
               "44), round 30's pivot line reading only the banks, the object (Round 95's confirmed x352_01 第十四条 "
               "「所有权人应当督促设置人…」); none accepted (推进 read as a pivot outside rule 2's list); " + ONE_LEAD + "; " + NODATE),
        S([a1("第十三条")], [], ["市和区中小企业主管部门"], lead_alternatives=[["市和区中小企业主管部门"]],
          **art(X01, [a1("第十三条")]),
          note="「市和区中小企业主管部门负责根据《管理办法》规定，做好政府采购监督检查、投诉处理及行政处罚等工作中对中小企业的认定工作。 政府采购活动中的行业划分有关问题，中小企业、采购人、采购代理机构等可以向市和区中小企业主管部门咨询。」 — "
               "rule 2's 负责; 「市和区X部门」 is one name as printed, as 「市、区X部门」 is (round 30); the second paragraph is an "
               "option of those who ask (" + OPTION.split(" (")[0] + "), the department there a receiver (rule 3); "
               + ONE_LEAD + "; " + NODATE),
        S([a1("第十五条")], [], [ZG], lead_alternatives=[[ZG]], **art(X01, [a1("第十五条")]),
          note="「主管预算单位应当按照《管理办法》规定格式，于每年6月底前在上海政府采购网公开本部门上一年度预留项目执行情况。未达到《管理办法》规定的预留份额比例的，应当作出说明。」 — "
               "publishing its own results is the body's own act (Round 91's x337_01 第九条; Round 95's confirmed x352_02 "
               "第十条), a verb of doing in an article (round 44); publishing to the public is disclosure, no duty (round 55's "
               "x247_01; Round 89's x329_03 第三十二条); 每年6月底前 is a day in a yearly cycle with no year, a recurring date, "
               "no deadline (round 34; Round 91's x335_02 第十四条); " + ONE_LEAD),
        S([a1("第十六条")], [], ["财政部门"], lead_alternatives=[["财政部门"]],
          responsible_alternatives=[["本市财政部门"], []], **art(X01, [a1("第十六条")]),
          note="「本市财政部门应当加强对政府采购促进中小企业发展政策执行情况的监督检查。采购人未按照规定为中小企业预留采购份额，…供应商提供声明函内容不实的，依照《中华人民共和国政府采购法》…等国家和本市有关规定追究法律责任。」 — "
               "the finance departments' supervision of how the purchasers carry out the policy is their own enforcement work "
               "in an article (round 44; Round 87's x325_01 第二十四条: a check that acts on what it finds; Round 93's x346_01 "
               "第十六条: 加强对…的组织和指导 in articles names the bodies), 加强 adding nothing; 本市 is no part of a name "
               "(Round 85's x321_01 六、（三）; round 41), the printed name accepted; none accepted (RULING? 1: or Round 82's "
               "p60b-1 guide, 监督 of other bodies' work outside a 职责分工 heading); the liability sentence points to the law "
               "with no agent (Round 87's x325_01 第二十五条); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's 「请按照执行」 is no task; general provisions (round 30): 第一条 purpose and "
            "basis, 第十七条 entry into force; no task: 第九条 which suppliers enjoy the policy and which are deemed small "
            "(" + TERMS.split(" (")[0] + "); tasks: 第二条 (总体要求 giving the purchasers work by 落实), 第三条, 第四条 one (the "
            "four ways of reserving 「…即…」 are kinds the lead-in names, the article's text, Round 86's (a) and Round 78's (b); "
            "the closing paragraph an option), 第五–八条 one each, 第十条, 第十一条 (the reviewers' rule on the declarations, "
            "a review the rules bind their bodies to make: a task naming none, Round 87's x325_01 第十六条; its 可以 an "
            "option), 第十二、十三条, 第十四条 (a limit on the bodies' own reckoning 「不得计入…执行情况」, a task naming none, "
            "Round 83's x314_10 四/(四); Round 85's x321_03 第九条), 第十五、十六条 → **14**. Accepted: 11–13 (any of 第四、十一、"
            "十四条 read as text: definitions, the scheme's terms for recognition, a rule of reckoning), 15 and 16 (第二条 "
            "read with 第九条's deemed classes as a task, or 第十一条's two paragraphs), 17 (第四条's four lines as items)",
            "units: rule 2 and round 44 in articles; the suppliers' declarations and the reviewers' decisions on them name "
            "none; not sampled: 第四条 none, 第十一条 none ([采购人, 采购代理机构, 评标委员会] accepted would be the builder's "
            "guess, not written), 第十四条 none",
            "dates: none (see date_note)",
            "figures: targets 30 %, 60 % (第五条); not_targets 200 万元, 400 万元 (第五条, classes of project); unchecked: "
            "「不足3家」 (第十四条: 不足 stands on no ruled list of comparison words), 「上一年度」",
            "duties: none: 第十五条's publishing is disclosure; 第六条's 说明原因 and confirmation are steps of the budget unit's "
            "decision (Round 89's x329_04 第九条); the suppliers' declarations are their own filings (round 42)"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x353_02_shi-zhujianwei-2021-ranqi-shigu-diaocha-chuli-guiding.txt"
P02 = "上海市燃气事故调查处理规定"
N02 = "关于印发《上海市燃气事故调查处理规定》 的通知"
DCZ = "事故调查组"


def a2(n):
    return lab(X02, n)


plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 35) or the cover's title (line 1, a space before 的通知 as stored; printed "
                "again on line 25): either (round 45's pair; round 30); the site's fields 索取号…内容描述 (lines 3–19) are "
                "page chrome",
     doc_no="沪住建规范〔2021〕1号 (line 21; the site's field prints 「沪住建规范〔2021〕1 号」)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2021-01-25",
     date_note="the cover is dated 二○二一年一月二十五日 (line 33; the front matter gives 2021-07, the site's month); in force "
               "2021年4月1日 to 2026年3月31日 (第二十一条, a general provision); 30分钟内, 1小时内, 3日内, 20日内, 60日内 are times "
               "counted from the accident (round 33) and 每月 a rhythm: no task is dated",
     level="the city housing and construction commission's rules on gas accidents: who reports them and how fast, who sets "
           "up the investigation for each class of accident, the simple procedure, the investigation groups' make-up, "
           "duties, means and time limits, their reports and the penalties",
     source=src("关于印发《上海市燃气事故调查处理规定》 的通知.md",
                "https://zjw.sh.gov.cn/gfxwj/20210701/41be960e4687499ca6f90605484920e5.html", 4199),
     style="the site's index fields (索取号, 发布机构, 文件编号…, one a line), a cover (number, issuer, title, addressees, "
           "「现予以发布，请遵照执行」, date in Chinese numerals), then the rules: title and 21 articles 「第N条（heading）text」 run "
           "on; lists （一）–（六） in 第三、六、九、十四、十五、十八条; spaces left inside words by the page's line breaks "
           "(「造成 人员伤亡」「街 道办事处」); 第十二条's label printed in the middle of line 101, after 第十一条's last sentence; "
           "two lines of the site after the last article (相关稿件…文件解读)",
     leaf_tasks=23, count_alternatives=[21, 22, 24, 25, 26],
     leaf_tasks_by_section={"第一–三条": 0, "第四、五条": 2, "第六条": 0, "第七、八条": 2, "第九条": 5, "第十–十二条": 3,
                            "第十三条": 0, "第十四条": 5, "第十五条": 2, "第十六、十七条": 2, "第十八条": 0,
                            "第十九、二十条": 2, "第二十一条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a2("第四条")], [], ["市、区政府"], lead_alternatives=[["市、区政府"]], responsible_alternatives=[[]],
          **art(X02, [a2("第四条")]),
          note="「市、区政府坚持“政府统一领导、分级实施”的原则，…开展事故 报告和调查处理工作，及时、准确地查清事故经过…，并对事故责任者依法追究责任。 参加事故调查处理的部门与单位应当相互协调配合…；事故发生单位、燃气企业应当积极配 合事故调查处理工作，如实提供…资料，不得伪造毁灭证据…」 — "
               "a principle that places work on named bodies is a task like any item (Round 93's turned x345_02 第三条 分级负责; "
               "Round 94's turned x345_02 全程管理), 开展 a verb of doing in an article (round 44) and 「市、区X」 one name as "
               "printed (round 30); the bare heads 部门与单位 after a 的-phrase name no kind (Round 81's x310_03 第十条), and the "
               "accident unit's and gas firm's part in the investigation of their own accident names none (Round 83's "
               "x315_03 第七条 form: 「A应（积极）配合对A的检查」); none accepted (RULING? 2: or a point of principle, p51e, no "
               "task, 22 accepted); " + ONE_LEAD + "; " + NODATE),
        S([a2("第五条")], [], [], not_targets=[(1, "人"), (3, "人"), (30, "分钟"), (1, "小时")],
          **art(X02, [a2("第五条")]),
          note="「燃气事故发生后，各有关单位应当…报告事故信息并进 行应急处置。 燃气企业接报燃气事故信息后，应当…向燃气管理部门报告。 区燃气管理部门、燃气企业应当及时向市燃气管理部门报 告燃气事故。其中，造成 1 人（含 1 人）以上死亡或 3 人以上（含 3 人）受伤的事故，区燃气管理部门应当在接到事故报告 后 30 分钟内以口头方式、1 小时内以书面方式，向市燃气管 理部门报告；其它燃气事故，区燃气管理部门应当每月上报市 燃气管理部门。」 — "
               "an article whose only acts are owed reports is a task naming no unit (Round 83's x313_01 第十一条), "
               + SENDING.split(" (")[0] + "; 各有关单位 is a call with no kind (round 30; Round 80's p59a-2); " + CLASS
               + ": not_targets 1 人, 3 人; " + LIMIT + ": not_targets 30 分钟, 1 小时; the reports are duties (below); " + NONE
               + "; " + NODATE),
        S([a2("第七条")], [], ["人民政府"], lead_alternatives=[["人民政府"]],
          responsible_alternatives=[["事故发生地人民政府"]], **art(X02, [a2("第七条")]),
          note="「燃气事故发生后，事故发生地人民政府负责事故受伤人员救治、死亡人员善后处置、受损建筑修复、 受灾群众安抚与安置，负责认定事故损失…、协调经济理赔、社会救助等工作。」 — "
               "rule 2's 负责; a place phrase with its own nouns before a kind says which body and is dropped, only a one-word "
               "relation 所在／属地 kept (Round 93's x341_01 第十五条 「始发地、目的地和途经地分局交通管理部门」; Round 89's "
               "x331_02): [人民政府], the printed name accepted (RULING? 3: or 事故发生地 read as a one-word relation like 所在地, "
               "kept); " + ONE_LEAD + "; " + NODATE),
        S([a2("第八条")], [], ["市人民政府", "区人民政府", "属地镇人民政府", "街道办事处", "燃气企业", "国有企业（集团）"],
          responsible_alternatives=[["市人民政府", "区人民政府", "属地镇人民政府", "街道办事处"],
                                    ["市人民政府", "区人民政府", "镇人民政府", "街道办事处", "燃气企业", "国有企业（集团）"]],
          not_targets=[(100, "万元")], **art(X02, [a2("第八条")]),
          note="「特别重大燃气事故由市人民政府组织有关部门配合国务院事故调查组进行调查。 重大燃气事故由市人民政府组织调查，市人民政府可授权、委托…组织调查。 较大燃气事故…由区人民政府组织调查，区人民政府可授权、委托… 未造成人员死亡的一般燃气事故由属地镇人民政府或街 道办事处组织调查；…可以适用简易程序。 仅对燃气企业造成 100  万元以下直接经济损失且未对他 方造成损害的一般燃气事故，由燃气企业组织调查；事故发生 单位属于国有企业的，由其所属的国有企业（集团）组织调查。… 市、区人民政府对应由其组织调查的个案另有指令的，执行其指令。」 — "
               "由A组织＋verb names A (rule 2), 「A组织B＋verb」 A and not B (round 30), 或 joining doers (round 49); each "
               "paragraph names the class of accident whose investigation its body organises, a class of the work's objects "
               "that decides which body acts, no contingency (Round 83's turned x313_01 第四条; Round 94's 「对X的，由A＋verb」 "
               "form); 属地 is a one-word relation, kept (Round 89's x331_02); the 的-phrase gives 国有企业（集团） after its last "
               "的 (rounds 32, 38), the bracket completing the name kept as printed; the 可授权、委托 sentences and 可以适用 are "
               "options (" + OPTION.split(" (")[0] + "); the closing 另有指令 a case (rule 3); 街道办事处 is printed 「街 道办事处」 "
               "(the scorer squashes spaces); " + CLASS + ": not_target 100 万元; each once, printed order; lead [] (no 牵头); "
               + NODATE),
        S([a2("第九条"), "（一）"], [], [], targets=[(2, "人")], **art(X02, [a2("第九条"), "（一）"]),
          note="「适用于简易程序认定的燃气事故，按 照下列程序进行调查；」 over 「（一） 现场调查人员不得少于 2 人；」 — the lines "
               "of a flow of steps are its items, each read by its words (Round 77's x299_01 第六条; Round 87's governs on "
               "x328_03; Round 91's x340_04 line by line); a floor on the persons the work must have joined to 不少于 is a "
               "target (Round 91's x340_01 第十条 「三名及以上专家」): 2 人; the investigators are persons, never units (round "
               "30); " + NONE + "; " + NODATE),
        S([a2("第十条")], [], ["公安机关"], lead_alternatives=[["公安机关"]], **art(X02, [a2("第十条")]),
          note="「公安机关接到燃气事故信息后，应当立即赶往现场，对现场人员进行控制并进行相应调查。排除刑事、治安案件及自杀并初步判断为燃气事故后，应当通知区燃 气管理部门。」 — "
               + ARTICLE + " (赶往现场, 进行控制, 进行调查); the notice to the body that acts on it is a duty (below), naming no "
               "unit; 立即 prints no date; " + ONE_LEAD + "; " + NODATE),
        S([a2("第十一条")], [], [], targets=[(2, "名")], not_targets=[(20, "日")], **art(X02, [a2("第十一条")]),
          note="「由燃气企业组织调查的事故，应当成立由本单位的主要负 责人、…管理人员组成的事故调查组。 事故调查组的成员应当与…没有直接利 害关系。事故现场勘查工作应当有两名以上调查人员参加。 事故调查报告应于事发后 20 日内报事发地燃气管理部门。」 — "
               "the body in 「由燃气企业组织调查的事故」 stands in a noun's description (round 30) and 成立 is outside rule 2, "
               "the group's members a composition (rule 3); the staff are persons; a floor on the persons the work must have "
               "joined to 以上 is a target (Round 91's x340_01 第十条): 2 名 (两名); " + LIMIT + ": not_target 20 日; the "
               "report is a duty (below); " + NONE + "; " + NODATE),
        S(["第十二条（组成部门）"], [], [], responsible_alternatives=[["事故调查组织部门"]], not_targets=[(3, "日")],
          **at(X02, "第十二条（组成部门）"),
          note="「第十二条（组成部门）市、区人民政府组织调查的燃气事故，事故调查组织部门一般应当在事故发生之日起 3 日内向同 级政府请示组织成立事故调查组，并通知相关部门。事故调查 组由…派员组成，必要时应当聘请有 关专家参与。事故调查组组长由…负责人担任。 由镇人民政府或街道办事处组织调查的燃气事故，一般应 当在事故发生之日起 3 日内组织成立事故调查组。…」 — "
               "the label stands in the middle of line 101, after 第十一条's last sentence (as stored): an article is where its "
               "label is printed (round 48: paths as printed); 事故调查组织部门 is a role word pointing back to the bodies "
               "第八条 gives the part, adding no unit (Round 93's x341_03 第七条; Round 87's x323_02 第二十一条), the role word "
               "accepted; 请示 sends the matter up for the government's decision (a step of it, Round 89's x334_04 第四条), "
               "通知 a sending; the bodies in 「…组织调查的燃气事故」 stand in a noun's description (round 30); the groups' "
               "members and leaders are compositions and persons (rule 3); " + LIMIT + ": not_target 3 日; " + NONE + "; "
               + NODATE),
        S([a2("第十四条"), "（一）"], [], [DCZ], lead_alternatives=[[DCZ]],
          **art(X02, [a2("第十四条"), "（一）"]),
          note="「事故调查组履行下列职责：」 over 「（一）查明事故发生的经过、原因、人员伤亡情况及直接 经济损失;」 — a lead-in binding a "
               "named body to the duties its lines list gives those lines its body (rule 4; Round 84's p61a-2 form; Round 93's "
               "x345_02 第四条), and a group set up before (第十一、十二条) and given work later is a doer (rounds 36, 57, as "
               "Round 95 read x350_03 二/2); Round 90's p64f reaches a 职责 heading over a body the same section sets up; "
               + ONE_LEAD + "; " + NODATE),
        S([a2("第十五条"), "（一）"], [], ["燃气事故调查组"], lead_alternatives=[["燃气事故调查组"]],
          responsible_alternatives=[[]], **art(X02, [a2("第十五条"), "（一）"]),
          note="「燃气事故调查取证可采取下列方式：」 over 「（一）现场勘查。现场勘查由燃气事故调查组负责组织， 做好现场燃气设施…的勘查记录，固定相关物证；对勘查过程应进行照相或录像，…应当备注说明情况；」 — "
               "the lines of a list are read each by its words (Round 87's governs on x328_03; Round 91's x340_04): （一）'s "
               "由A负责组织 places the work on the group (rule 2) and its steps are bound by 应, a task; （二）（三）'s 有权 and "
               "（五）'s 可以 are options (" + OPTION.split(" (")[0] + "), no tasks; （四） 「…需要…技术鉴定的，事故调查组应委托有资质的机构进行"
               "技术鉴定」 a task by 「A委托B＋verb」 (round 35): 2 tasks (RULING? 4: or the lead-in's 可采取 reaches every line, "
               "Round 89's x334_02 第七条, no task, 21 accepted); the name as printed, 燃气事故调查组 here (round 43); "
               + ONE_LEAD + "; " + NODATE),
        S([a2("第十六条")], [], [], responsible_alternatives=[["事故调查组组长单位"]], **art(X02, [a2("第十六条")]),
          note="「在事故调查过程中，经事故调查组认定属于自然灾害、治安刑事案件或者生产安全事故等不属于燃气事故，由事故调查组组长单位移送有关部门另行组织调查。」 — "
               "handing a case to the body with jurisdiction passes the matter on and names none, 由 before the sender "
               "changing nothing (Round 89's x331_01 三/（二）「由区市场监管局将评估报告移交相关街道」; Round 87's x325_02 第十九条), "
               "and it is no report (Round 91's x337_03 八、: no duty); 经A认定 is rule 3's; an article whose only act hands a "
               "matter on is a task naming no unit (Round 83's x313_01 第十一条); " + NONE + "; " + NODATE),
        S([a2("第十七条")], [], [], targets=[(60, "日")], **art(X02, [a2("第十七条")]),
          note="「事故调查组应当自事故发生之日起60日内提交事故调查报告；特殊情况下，经负责事故调查的人民政府批准，提交事故调查报告的期限可以延长，但延长的期限最长不超过 60 日。 技术鉴定所需时间不计入事故调查期限。」 — "
               "an owed sending with its time limit is a task naming none (Round 83's x313_01 第十一条), the report a duty "
               "(below); 60日内 from the accident dates nothing (round 33), but a ceiling on the extension joined to 最长不超过 is "
               "a target (Round 83's x315_03 第七条 「最多不得超过30日」; round 32's 最长): 60 日; 经A批准 rule 3's; " + NONE
               + "; " + NODATE),
        S([a2("第二十条")], [], ["各有关管理部门"], lead_alternatives=[["各有关管理部门"]],
          responsible_alternatives=[["各有关管理部门", "有关部门"], []], **art(X02, [a2("第二十条")]),
          note="「各有关管理部门，依照法律、行政法规规定的权限和程序，对责任单位和人员进行行政处罚；构成犯罪的，及时移送公安机关，依法追究刑事责任。有关部门应当督促事故责任方总结经验教训…」 — "
               "a penalty a named enforcing body imposes on those answerable is its enforcement, a task (Round 91's x340_02 "
               "第二十六条; Round 77's x299_04 第二十八条), 各有关管理部门 a group named by a kind with a verb of doing in an "
               "article (round 30; Round 93's x343_04 六、（三） 各有关部门 with 落实); the bare 有关部门 of the next sentence is a "
               "call (Round 93's turned x343_01 第四条（二）: 相关单位／有关部门, a call), the list with it accepted; the referral "
               "to the police a sending; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "燃气企业接报燃气事故信息后，应当依照“快报事实、慎报原因、实事求是”的原则向燃气管理部门报告", "when": None,
              "when_norm": None,
              "note": "第五条 — a report of an accident, sent to the body that acts on it, is a duty whoever sends (Round 89's "
                      "turned x334_03 第十三条（三）; Round 91's governs on x335_01 第三十条), undated"},
             {"what": "区燃气管理部门应当在接到事故报告后30分钟内以口头方式、1小时内以书面方式，向市燃气管理部门报告", "when": None,
              "when_norm": None,
              "note": "第五条 — the district department's report of a grave accident to the city department (round 44: a "
                      "report the rules ask when a case arises), times from an event: undated"},
             {"what": "其它燃气事故，区燃气管理部门应当每月上报市燃气管理部门", "when": "每月", "when_norm": "monthly",
              "note": "第五条 — a recurring report of the district department's own records (plans-dev EXPECTED.md: recurring "
                      "reporting rhythms; Round 85's x319_02), monthly"},
             {"what": "排除刑事、治安案件及自杀并初步判断为燃气事故后，应当通知区燃气管理部门", "when": None, "when_norm": None,
              "note": "第十条 — the police's notice of its finding to the body that acts on it (Round 89's turned x331_04 第九条; "
                      "Round 91's x340_02 第十九、二十四条), undated"},
             {"what": "事故调查报告应于事发后20日内报事发地燃气管理部门", "when": "事发后20日内", "when_norm": None,
              "note": "第十一条 — the gas firm's investigation is work the rules give it, and the report of its results a duty "
                      "(round 48; Round 91's filings by bodies the scheme tasks), not round 42's filing on its own business "
                      "(RULING? 5); a time from the event: undated"},
             {"what": "事故调查组应当自事故发生之日起60日内提交事故调查报告", "when": "自事故发生之日起60日内", "when_norm": None,
              "note": "第十七条 (第十四条（五） 「提交事故调查报告」 the same step printed twice, one duty, round 41) — a tasked "
                      "body's report of its own work (round 48), a time from the event: undated"},
             {"what": "造成人员死亡的燃气事故调查报告由事故调查组组长单位报送同级人民政府", "when": None, "when_norm": None,
              "note": "第十九条 — the report of the investigation's results to the government (round 48), undated"},
             {"what": "事故调查组织部门一般应当在事故发生之日起3日内向同级政府请示组织成立事故调查组，并通知相关部门", "when": None,
              "when_norm": None,
              "note": "第十二条 — the notice to the departments that send members (round 44: a notice to the bodies that act on "
                      "it, Round 91's x340_02 第十九条); the 请示 is a step of the government's decision (Round 89's x329_04 "
                      "第九条); a time from the event: undated"}],
     notes=["counting (leaf tasks): the site's index fields and the cover's 「请遵照执行」 are no tasks; general provisions "
            "(round 30): 第一条 purpose, 第二条 the definition (its 等级按照…执行 a pointer), 第三条 scope with its excluded cases "
            "（一）–（四）, 第二十一条 force; no tasks: 第六条 and 第十八条 (「…报告应当包括下列内容：」 over a report's contents: a noun "
            "lead-in over contents is text, Round 92's governs on x311_02; Round 89's x329_01 第八条; their closing sentences "
            "a state and persons' signatures), 第十三条 (what the members must hold, a state of persons, Round 87's x327_02 五); "
            "tasks: 第四条 1 (a principle placing work on named bodies), 第五条 1, 第七、八条 1 each (第八条's paragraphs one "
            "article with no items), 第九条 5 (the steps of the simple procedure), 第十、十一条 1 each, 第十二条 1 (its label "
            "printed mid-line), 第十四条 5 (the group's duties), 第十五条 2 (（一）（四）; （二）（三）（五） options), 第十六、十七、"
            "十九、二十条 1 each → **23**. Accepted: 21 (第十五条 as options only), 22 (第四条 a principle, or 第十五条 one task), "
            "24 and 25 (第六、十八条 each one task of a report's rule), 26 (第十五条's five lines all items)",
            "units: rule 2 and round 44 in articles; investigations placed by 由A组织 name A; sendings and hand-overs name "
            "none; not sampled: 第十九条 none by 报送, [组长单位] by 由组长单位保存 (rule 2's 由A＋verb; a role word pointing back "
            "to 第十二条's body would add none), 第九条（二）–（五） none, 第十四条（二）–（五） [事故调查组], 第十五条（四） [事故调查组]",
            "dates: none (see date_note)",
            "figures: targets 2 人 (第九条（一）), 2 名 (第十一条), 60 日 (第十七条's extension ceiling); not_targets 1 人, 3 人, "
            "30 分钟, 1 小时 (第五条), 100 万元 (第八条), 20 日 (第十一条), 3 日 (第十二条); unchecked: 60日内 (第十七条, a time from "
            "the event beside the target 60 日 of the same number)",
            "duties: eight, above; not duties: 第五条's 各有关单位 reporting under the emergency plan (a call with no body), "
            "第十六条's 移送 (a hand-over, Round 91's x337_03 八、), 第二十条's 移送公安机关, 第十二条's 请示"])


# ---------------------------------------------------------------------------------------------------------
X03 = "x353_03_shi-jiaotongwei-2021-gonglu-yanghu-zuoye-danwei-zizhi-guanli-shishi-xize.txt"
P03 = "上海市公路养护作业单位资质管理实施细则"
N03 = "关于印发《上海市公路养护作业单位资质管理实施细则》的通知"
DY = "市道路运输局"
ZF = "委执法总队"
QJ = "区交通行政管理部门"


def a3(n):
    return lab(X03, n)


plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 15) or the cover's title (line 1): either (round 45's pair; round 30)",
     doc_no="沪交行规〔2021〕13号 (line 3)",
     issuer="上海市交通委员会",
     date="2021-12-21",
     date_note="the cover is dated 二○二一年十二月二十一日 (line 13); in force 2022年1月1日 to 2026年12月31日 (the cover and "
               "第三十条, a general provision); 5／20／10个工作日内, 30日内, 届满3个月之前 are times counted from events (round 33): "
               "no task is dated",
     level="the city transport commission's rules on licensing road-maintenance contractors: the bodies' duties, the "
           "conditions and papers for a licence, how the road transport bureau decides, renews, changes and cancels "
           "licences, and how the bodies supervise licensed firms",
     source=src("关于印发《上海市公路养护作业单位资质管理实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::80b873beab734baea7fef02c19b77925", 4626),
     style="a cover (number line, addressees, 「现予印发，自…起施行」, signature, date in Chinese numerals), then the rules: "
           "six chapters 「第N章 title」 (「总  则」「附  则」 with two spaces), 30 articles 「第N条（heading）text」 run on "
           "(第二十一条 with a space after its bracket); lists （一）–（九） in 第七–十、十二、十八、二十六条",
     leaf_tasks=16, count_alternatives=[14, 15, 17, 18, 19],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四–十三条": 0, "第十四条": 1, "第十五条": 0,
                            "第十六–二十九条": 14, "第三十条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a3("第三条")], [], ["上海市道路运输管理局", "上海市交通委员会执法总队", DY, QJ],
          responsible_alternatives=[["上海市道路运输管理局", "上海市交通委员会执法总队", QJ], [DY, ZF, QJ]],
          **art(X03, [a3("第三条")]),
          note="「上海市道路运输管理局（以下简称市道路运输局）负责本市公路养护作业单位资质的许可和管理工作。上海市交通委员会执法总队（以下简称委执法总队）协助市道路运输局对…进行监督管理。 区交通行政管理部门在职责范围内对…进行监督管理，并配合市道路运输局做好相关管理工作。」 — "
               "a 职责分工 article is one task naming every body it gives work, in printed order, each once (Round 82's "
               "p60c-1; Round 93's x341_03 第三条; round 34's 职责分工 heading: any verb names its subject); the full names act "
               "where printed, their 以下简称 dropped (rounds 35, 43; Round 91's x339_01), and the body 协助／配合 serve is a "
               "doer by the verb after it (Round 83's x311_03 第四条), its short name given where printed (Round 90's governs "
               "on x329_04 第四条: a full name and its short name each acting are both given); the lists of full names alone "
               "and of short names accepted; lead [] (no 牵头; 协助 reads as 配合, round 30); " + NODATE),
        S([a3("第十四条")], [], [], responsible_alternatives=[[DY], [DY, QJ]], targets=[(60, "日")],
          not_targets=[(5, "个工作日"), (20, "个工作日")], **art(X03, [a3("第十四条")]),
          note="「市道路运输局或者区交通行政管理部门在收到申请材料后5个工作日内，以市道路运输局名义作出受理或者不予受理的决定。对作出受理决定的，市道路运输局在20个工作日内作出许可或者不予许可的决定。 市道路运输局可以聘请专家…评审，并且将评审结果向社会公示。…专家评审的时间最长不得超过60日。市道路运输局准予许可的，应当自作出决定之日起10个工作日内向申请人颁发相应的资质证书。」 — "
               + REVIEW + "; the experts' review is an option (" + OPTION.split(" (")[0] + "), 可以 reaching its 并 clause "
               "(round 49 p46b); " + LIMIT + ": not_targets 5 个工作日, 20 个工作日; a ceiling joined to 最长不得超过 is a "
               "target (Round 83's x315_03 第七条; round 32's 最长): 60 日; " + NONE + "; " + NODATE),
        S([a3("第十六条")], [], [DY], lead_alternatives=[[DY]], **art(X03, [a3("第十六条")]),
          note="「市道路运输局应当将许可决定通过局门户网站向社会公开，并报送交通运输部。」 — publishing its own decisions is the "
               "body's own act (Round 91's x337_01 第九条; Round 93's x341_03 第十二条), a verb of doing in an article (round "
               "44); the sending to the ministry is a duty (below), naming none; " + ONE_LEAD + "; " + NODATE),
        S([a3("第十七条")], [], [DY], lead_alternatives=[[DY]], **art(X03, [a3("第十七条")]),
          note="「市道路运输局应当建立公路养护作业单位资质网上申报、审批和监管平台。申请人可以通过“一网通办”平台申请并获取资质电子证照。」 — "
               + ARTICLE + " (建立); the applicant's 可以 an option; " + ONE_LEAD + "; " + NODATE),
        S([a3("第十八条")], [], [], **art(X03, [a3("第十八条")]),
          note="「取得公路养护作业资质的单位，应当按照所取得的资质类别开展养护作业活动。 禁止公路养护作业单位从事下列活动：（一）…（二）…」 — "
               + OWED + "; the 的-rule leaves a bare 单位, no kind (Round 91's x339_04 第八条 「具有…资质的单位，应当…」: none); "
               "a list of breaches is the text of the article that announces it (Round 87's x328_01 第十三条); " + NONE + "; "
               + NODATE),
        S([a3("第十九条")], [], [], responsible_alternatives=[[DY]], **art(X03, [a3("第十九条")]),
          note="「公路养护作业单位资质许可有效期届满，拟继续从事…的，应当在资质许可有效期届满3个月之前，向市道路运输局提交延续申请… 市道路运输局接到延续申请后，应当在…有效期届满前，对作业单位是否符合规定的资质条件进行审查。符合条件的，…作出准予延续的决定；不符合条件的，应当责令限期整改，整改后仍不符合条件的，应当作出不予延续的决定。」 — "
               + REVIEW + ", 责令整改 a step of the renewal decision on the firm's application; the firm's application is "
               "its own (round 30's applicant); 届满3个月之前 a time before an event (round 33); " + NONE + "; " + NODATE),
        S([a3("第二十条")], [], [], not_targets=[(30, "日")], **art(X03, [a3("第二十条")]),
          note="「在公路养护作业单位资质许可有效期内，养护作业单位的名称、地址、法定代表人、技术负责人等发生变更的，应当在变更事项发生后30日内向市道路运输局提交变更申请，办理资质证书变更手续。」 — "
               + OWED + " (as the owners' 30日内完成申报 of x347_02 第五条, Round 95 confirmed); " + LIMIT + ": not_target 30 日; "
               + NONE + "; " + NODATE),
        S([a3("第二十三条")], [], [DY, ZF, QJ], **art(X03, [a3("第二十三条")]),
          note="「市道路运输局、委执法总队以及区交通行政管理部门应当加强对公路养护作业单位取得资质后是否满足资质条件和从业行为进行监督管理。」 — "
               "the bodies' supervision of the licensed firms is their own enforcement work, a verb of doing in an article "
               "(round 44; Round 87's x325_01 第二十四条; Round 93's x346_01 第十六条), 加强 adding nothing; rule 3's guide is "
               "指导 of another body's work (Round 82's p60b-1); the short names as printed where they act (round 43); each once, "
               "printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第二十五条")], [], [DY], lead_alternatives=[[DY]], responsible_alternatives=[[]],
          **art(X03, [a3("第二十五条")]),
          note="「公路养护作业单位隐瞒有关真实情况或者提供虚假材料申请…资质的，市道路运输局不予许可。 …以欺骗、贿赂等不正当手段取得…资质的，由市道路运输局依法予以撤销。 …不得使用非本单位技术人员的职业资格、专业技术证书。」 — "
               "refusing an application is the decision on it (" + REVIEW.split(" (")[0] + "), but revoking a licence got by "
               "fraud is the rules' own body acting after a breach, 由A＋verb (rule 2; Round 93's x346_02 第十四条 「由发证的…"
               "部门注销…许可证」; Round 95's confirmed x347_03 第三十五条 由市审定办撤销); the ban on the firms is text of the "
               "article; " + ONE_LEAD + "; " + NODATE),
        S([a3("第二十七条")], [], [DY], lead_alternatives=[[DY]], targets=[(3, "个月")], **art(X03, [a3("第二十七条")]),
          note="「取得公路养护作业资质的单位，应当保持资产、技术人员、技术设备等方面满足相应资质条件。 公路养护作业单位不再符合相应资质条件的，市道路运输局应当责令其限期整改并向社会公告，整改期限最长不超过3个月。」 — "
               "the first paragraph is a state the firm keeps, text (Round 93's x345_04 第二十二条; Round 86's (b)); ordering a "
               "firm that falls short to correct is the body's own enforcement step after a breach (Round 85's x321_03 第六条; "
               "Round 87's x325_01 第二十四条), a verb of doing in an article (round 44); a ceiling joined to 最长不超过 is a "
               "target (round 32's 最长; round 30's line): 3 个月; " + ONE_LEAD + "; " + NODATE),
        S([a3("第二十八条")], [], [DY], lead_alternatives=[[DY]], **art(X03, [a3("第二十八条")]),
          note="「市道路运输局应当建立公路养护作业单位信用管理制度，并将相关信息纳入市交通委信用信息共享平台。」 — " + ARTICLE
               + " (建立); the records sent to the platform that gathers them are a sending, an undated duty (Round 81's "
               "x310_03 第十四条; Round 95's turned x352_02 第十条) (below); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[(50, "%"), (30, "%")], phases=[],
     duties=[{"what": "市道路运输局应当将许可决定通过局门户网站向社会公开，并报送交通运输部", "when": None, "when_norm": None,
              "note": "第十六条 — the bureau's sending of its own decisions to the ministry (round 48: a tasked body's report "
                      "of its own results; Round 89's turned x331_04 第九条), undated; the publishing to the public is "
                      "disclosure, no duty (round 55's x247_01)"},
             {"what": "将相关信息纳入市交通委信用信息共享平台", "when": None, "when_norm": None,
              "note": "第二十八条 — records sent to the platform that gathers them (Round 81's x310_03 第十四条; Round 95's "
                      "turned x352_02 第十条), undated (RULING? 6: or 纳入 a platform is the bureau's own filing of its "
                      "system, no report)"}],
     notes=["counting (leaf tasks): the cover's publishing line is no task; general provisions (round 30): 第一条 purpose, "
            "第二条 scope, 第三十条 force; no tasks: 第四条 (a firm may work only once licensed: the scheme's terms), 第五条 (a "
            "principle naming no doer, round 68), 第六条 (a pointer to the national 办法, Round 86's (b)), 第七–十条 (the "
            "conditions an applicant meets, their lines text), 第十一条 (the applicant applies; 可以 an option), 第十二条 (the "
            "papers an application carries), 第十三条 (鼓励 and options), 第十五条 (the licence's term, a state) — "
            + TERMS.split(" (")[0] + "; tasks: 第三条 1 (职责分工), 第十四条 1 (the decisions on applications), 第十六、十七条 "
            "1 each, 第十八条 1 (the licensed firms' owed conduct, its bans text), 第十九条 1 (the renewal review), 第二十、二十一条 "
            "1 each (the firms' owed applications on a change, a merger or a split, as Round 95 confirmed x347_02's owners' "
            "owed acts), 第二十二条 1 (the bureau's 10个工作日内办结 of replacements), 第二十三、二十四条 1 each (supervision and "
            "its manner; 第二十四条's bodies stand in 「A…对…的监督管理，原则上采取…方式」, a noun's description: none), 第二十五–"
            "二十九条 1 each (第二十六条's （一）–（四） cases of its lead-in, Round 78's (b); 第二十九条 由A印制, rule 2) → **16**. "
            "Accepted: 14 (第二十、二十一条 read as an applicant's terms, round 30 and Round 85's x321_02), 15 (第二十九条 the "
            "certificate's form, text), 17 and 18 (第十八条's two banned acts as items), 19 (第二十六条's four cases as items)",
            "units: rule 2 and round 44 in articles; decisions on applications name none (the review rule, Round 94's turned "
            "x240_04 form); not sampled: 第二十一条 none, 第二十二条 none, 第二十四条 none ([市道路运输局, 委执法总队, 区交通行政管理部门] "
            "accepted if sampled), 第二十六条 [市道路运输局] (注销 on the listed cases, the body acting on its own licence, Round "
            "93's x346_02 第十四条), 第二十九条 [市道路运输局]",
            "dates: none (see date_note)",
            "figures: targets 60 日 (第十四条), 3 个月 (第二十七条); not_targets 5 个工作日, 20 个工作日 (第十四条), 30 日 (第二十条); "
            "plan targets (a scheme's terms in no task, Round 85's x321_04; Round 93's x343_01 第七条（二））: 50 %, 30 % "
            "(第七条（五） 「不得少于总数的50%」「不得少于总数的30%」); unchecked: 近3年, 连续3年／3个月, 1个月 (no comparison word), "
            "有效期5年 (第十五条, a term), 正本一份，副本二份 (第二十九条, no comparison word)",
            "duties: two, above; not duties: the firms' applications (round 42), 第二十四、二十六、二十七条's 向社会公布／公告 "
            "(disclosure, round 55's x247_01), 第十四条's 书面告知申请人 (a step of the decision)"])


# ---------------------------------------------------------------------------------------------------------
X04 = "x353_04_shi-caizhengju-2021-zhengfu-goumai-fuwu-guanli-banfa.txt"
P04 = "上海市政府购买服务管理办法"
N04 = "关于印发《上海市政府购买服务管理办法》的通知"
GM = "购买主体"
CJ = "承接主体"
SQB = "市、区财政部门"
SQG = "市、区各部门"


def a4(n):
    return n   # 「第N条  text」 run on after two spaces: the label is 第N条 alone


plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the measures' own title line (line 11) or the cover's title (line 1): either (round 45's pair; round 30)",
     doc_no="沪财发〔2021〕3号 (the stored front matter; the cover prints no number)",
     issuer="上海市财政局",
     date="2021-05-21",
     date_note="the cover is signed 2021年5月21日 (line 9); in force 2021年5月25日 to 2026年4月30日 (第四十九条, a general "
               "provision); 一般不超过1年／不超过3年 are contract terms, 定期 and 及时 print no date: no task is dated",
     level="the city finance bureau, with the city government's consent, to the city budget departments and the district "
           "finance bureaus: who buys public services and who may supply them, what may not be bought, the guiding "
           "catalogues, budgets, buying, contracts, performance evaluation, disclosure and supervision",
     source=src("关于印发《上海市政府购买服务管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0017::xxfbdf0000017339", 5006),
     style="a cover (addressees, 「经市政府同意，现将…印发给你们，请遵照执行」, signature, date), then the measures: title, ten "
           "chapters 「第N章　title」 (an ideographic space), 49 articles 「第N条  text」 run on after two spaces, one list "
           "（一）–（六） in 第十一条; the last line 「附件：上海市市级政府购买服务指导性目录」 (the catalogue not stored)",
     leaf_tasks=27, count_alternatives=[23, 24, 25, 26, 28, 29, 30, 31, 33],
     leaf_tasks_by_section={"第一–四条": 0, "第五、六条": 2, "第七–十条": 0, "第十一–十四条": 4, "第十五、十六条": 0,
                            "第十七条": 1, "第十八条": 0, "第十九、二十条": 2, "第二十一、二十二条": 0, "第二十三–二十五条": 3,
                            "第二十六条": 0, "第二十七–三十一条": 5, "第三十二条": 0, "第三十三–三十五条": 3, "第三十六条": 0,
                            "第三十七–四十二条": 6, "第四十三–四十六条": 0, "第四十七条": 1, "第四十八、四十九条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a4("第五条")], [], ["市财政部门", "区财政部门", SQG, "审计部门"],
          responsible_alternatives=[["市财政部门", "区财政部门", "审计部门"]], **art(X04, [a4("第五条")]),
          note="「市财政部门负责制定市级政府购买服务制度，指导各区、各市级部门政府购买服务工作。 区财政部门负责本行政区域政府购买服务管理工作，制定区级政府购买服务制度。 市、区各部门负责建立健全本部门政府购买服务工作机制和管理制度… 审计部门依法对本市政府购买服务进行审计监督。」 — "
               "several clauses of rule 2 in one article give all their bodies, in order (rule 2; Round 82's p60c-1), 负责 "
               "each and 审计监督 the auditors' own work (round 44); 「市、区各部门」 is one name as printed (round 30), a group "
               "with 负责 (rule 2's A: 各有关部门), the list without it accepted (a call, round 30's 各部门); those the bureau "
               "guides are rule 3's object; lead [] (no 牵头); " + NODATE),
        S([a4("第六条")], [], ["各级行政机关", GM], responsible_alternatives=[[GM], ["本市各级行政机关", GM], []],
          **art(X04, [a4("第六条")]),
          note="「本市各级行政机关是政府购买服务的购买主体。 购买主体是政府购买服务的责任主体，具体负责组织实施购买服务活动。」 — "
               "「A是…的X主体」 designates A (Round 85's x319_04 第四条; Round 83's x313_01 第三条; Round 89's governs on x331_02 "
               "第三条), and the defined name acts by 具体负责组织实施 (rule 2), kept as printed where it acts (Round 81's x310_04; "
               "Round 83's x313_01 第三条 [街道办事处, 镇人民政府, 实施主体]); 本市 is no part of a name (Round 85's x321_01 六、（三））; "
               "none accepted (RULING? 7: or round 30's definition 「本办法所称…是指…」, a general provision); lead [] (no 牵头); "
               + NODATE),
        S([a4("第十一条")], [], ["各区", "各市级部门"], **art(X04, [a4("第十一条")]),
          note="「以下各项不得纳入政府购买服务范围：（一）不属于政府职责范围的服务事项；…（六）…」 then 「各区、各市级部门应当结合实际情况，对上述禁止性事项予以细化，明确本区、本部门政府购买服务禁止性事项具体内容。」 — "
               "the lines only class what may not be bought, so they are no items that give work, and the article is one "
               "task with the paragraph after them its work (Round 86's (a); Round 78's (b); Round 91's x337_01 第六、七条); "
               "groups named by a kind with a verb of doing in an article are doers (round 30; round 44); each once, printed "
               "order; lead [] (no 牵头); " + NODATE),
        S([a4("第十三条")], [SQB], [SQB, SQG], lead_alternatives=[[]], responsible_alternatives=[[SQB]],
          **art(X04, [a4("第十三条")]),
          note="「本市政府购买服务指导性目录在市与区两级实行分级管理。市、区财政部门分别牵头制定本级政府购买服务指导性目录，市、区各部门在本级指导性目录范围内编制本部门政府购买服务指导性目录。 市、区财政部门制定的指导性目录应当报同级人民政府同意后实施。市、区各部门编制的本部门指导性目录应当报同级财政部门备案。」 — "
               "「A牵头＋verb」 gives lead A (rule 2), and the departments' own 编制 in an article makes them doers (round 44), "
               "each once, printed order; 「市、区X」 one name (round 30); 报…同意后实施 is a step of the government's approval "
               "(Round 77's x299_01 第十条), the 备案 of the departments' own catalogues a duty (below); " + NODATE),
        S([a4("第二十条")], [], [GM], lead_alternatives=[[GM]], **art(X04, [a4("第二十条")]),
          note="「购买主体应当根据国家规定和行业标准，科学设定服务需求和目标要求，综合物价、工资、税费等因素，根据厉行节约的原则，合理测算政府购买服务所需资金。」 — "
               + ARTICLE + " (设定, 测算), estimating the cost being the work of setting the need, not a payment (" + MONEY.split(" (")[0]
               + " reaches only moving money); " + ONE_LEAD + "; " + NODATE),
        S([a4("第二十三条")], [], [GM], lead_alternatives=[[GM]], **art(X04, [a4("第二十三条")]),
          note="「购买主体应当根据购买内容及市场状况、…等因素，按照“方式灵活、程序简便、公开透明、竞争有序”的原则，组织实施政府购买服务工作，择优确定承接主体。」 — "
               "rule 2's 组织实施; the firm chosen is the object of the choice; " + ONE_LEAD + "; " + NODATE),
        S([a4("第二十七条")], [], [GM, CJ], responsible_alternatives=[[GM]], **art(X04, [a4("第二十七条")]),
          note="「购买主体应当与确定的承接主体签订书面合同，合同约定的服务内容应当符合本办法第十条、第十一条的规定。 政府购买服务合同应当明确服务的内容、期限…等内容。」 — "
               "「A与B签订」 is round 30's two-party act, with or without 由 (Round 93's x345_01 第二十四条; Round 95's confirmed "
               "x347_04 第十二条); the contract's contents are text (Round 86's (a)); the purchaser alone accepted; lead [] (no "
               "牵头); " + NODATE),
        S([a4("第二十八条")], [], [], targets=[(1, "年"), (3, "年")], **art(X04, [a4("第二十八条")]),
          note="「政府购买服务合同履行期限一般不超过1年；在预算保障的前提下，对于购买内容相对固定、连续性强…的政府购买服务项目，可以签订履行期限不超过3年的政府购买服务合同。」 — "
               "limits on the bodies' own contracts are a task naming none, their ceilings its targets (Round 93's x345_03 "
               "第十条 「原则上不超过20年…最高不超过50年」; Round 87's x328_01 第七条 「一般不超过5年」): 1 年, 3 年 (the longer term "
               "an option's ceiling joined to 不超过, round 30's line wherever it stands); " + NONE + "; " + NODATE),
        S([a4("第二十九条")], [], [GM, CJ], **art(X04, [a4("第二十九条")]),
          note="「购买主体应当加强政府购买服务项目履约管理，及时掌握项目实施进度，督促承接主体严格履行合同，按照合同约定向承接主体支付款项。 承接主体应当按照合同约定，认真组织实施服务项目，按时完成服务项目任务，保证服务数量、质量和效果。」 — "
               + ARTICLE + " (掌握, 督促: in articles the subject of 督促 is a doer, round 30's pivot line reading only its object, "
               "Round 95's confirmed x352_01 第十四条), and the contracted firm's 组织实施 is rule 2's (Round 91's filings: "
               "contracted operators of the public service are tasked bodies); each once, printed order; lead [] (no 牵头); "
               + NODATE),
        S([a4("第三十一条")], [], [CJ], lead_alternatives=[[CJ]], **art(X04, [a4("第三十一条")]),
          note="「承接主体应当建立政府购买服务项目台账，依照有关规定或合同约定记录保存并向购买主体提供项目实施相关重要资料信息。」 — "
               + ARTICLE + " (建立, 记录保存); providing its records to the purchaser is a sending of its work's results, a duty "
               "(below), naming none; " + ONE_LEAD + "; " + NODATE),
        S([a4("第三十四条")], [], [GM], lead_alternatives=[[GM]], **art(X04, [a4("第三十四条")]),
          note="「购买主体应当加强政府购买服务项目预算绩效管理，按规定开展事前绩效评估，编报绩效目标，加强合同履约期间的绩效执行监控，定期对所购服务实施情况开展绩效评价。」 — "
               + ARTICLE + " (开展, 编报); 定期 prints no date and no rhythm (round 34); " + ONE_LEAD + "; " + NODATE),
        S([a4("第四十七条")], [], ["各区", "各市级部门"], **art(X04, [a4("第四十七条")]),
          note="「各区、各市级部门应当结合本区、本部门实际情况，制定本区、本部门开展政府购买服务的具体办法。」 — groups named by a "
               "kind with a verb of doing in an article are doers (round 30; round 44); an article in 附则 that gives work is a "
               "task (CONVENTIONS.md head, round 30's general provisions); each once, printed order; lead [] (no 牵头); "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市、区各部门编制的本部门指导性目录应当报同级财政部门备案", "when": None, "when_norm": None,
              "note": "第十三条 (第十四条's 「市、区各部门调整本部门指导性目录应当报同级财政部门备案」 the same filing, one duty, round "
                      "41) — bodies the rules task filing their own catalogue (round 48; Round 87's turned x325_02 第十五条 "
                      "备案), undated"},
             {"what": "承接主体应当建立政府购买服务项目台账，依照有关规定或合同约定记录保存并向购买主体提供项目实施相关重要资料信息",
              "when": None, "when_norm": None,
              "note": "第三十一条 — a contracted operator of the public service sending the results of the work the rules give "
                      "it (round 48; Round 91's filings by bodies the scheme tasks), undated"}],
     notes=["counting (leaf tasks): the cover's 「请遵照执行」 is no task; general provisions (round 30): 第一条 purpose, 第二条 "
            "the definition, 第四十五条 scope (参照执行), 第四十八条 the interpreting body, 第四十九条 force; no tasks: 第三条 "
            "principles (round 68), 第四条 a bare 实行…模式 introducing the system (Round 93's x346_01 第六条), 第七–十条 who may "
            "buy and supply and what may be bought (" + TERMS.split(" (")[0] + "; 第八条's 可以…但不得 an option, 可以 reaching "
            "its sentence), 第十五、十六条 options (可以实施, the 会同…报…同意 inside 第十六条's condition), 第十八、二十一、二十二条 "
            "budgets (" + MONEY.split(" (")[0] + "), 第二十六条 and 第四十六条 pointers to other texts (Round 86's (b)), 第三十二条 "
            "the firm's keeping to financial rules and its part in the check of itself (Round 86's (b); Round 83's x315_03 "
            "第七条), 第三十六条 options, 第四十三、四十四条 liability pointing to the law (Round 87's x325_01 第二十五条; Round 91's "
            "x340_04 第七十九条); tasks: 第五条, 第六条 (designation), 第十一条 (one, its lines classes), 第十二条 (予以公开 with no "
            "subject, round 65's x274_01), 第十三、十四条, 第十七条 (优先安排…项目, the scheme's own choice with no subject), "
            "第十九条 (a limit on the bodies' own buying, Round 83's x314_10), 第二十、二十三条, 第二十四条 (a limit), 第二十五条 "
            "(its second paragraph's 实施), 第二十七–三十一条 (第三十条 a ban on the contracted firm's subcontracting, a limit on "
            "the scheme's work as Round 93 read x345_01 第十七条), 第三十三条 (the purchasers' ban on guarantees; 可以 an option), "
            "第三十四、三十五、三十七–四十二条 (第四十二条's 有关部门 a call: none), 第四十七条 → **27**. Accepted: 23–26 (any of "
            "第六、十二、十七、十九、二十四、三十、三十三、四十二条 read as text: a definition, a principle, a limit on whoever acts), "
            "28–31 (第八、十六、二十二、三十二条 read as work), 33 (第十一条's six lines as items)",
            "units: rule 2 and round 44 in articles; not sampled: 第十二条 none, 第十四条 [市、区财政部门, 市、区各部门] by 调整 (or "
            "none: the adjustments' approval and filing), 第十七、十九条 none, 第二十四条 none ([购买主体] accepted if sampled), "
            "第二十五条 [购买主体], 第三十、三十三条 none, 第三十五条 [购买主体, 预算主管部门], 第三十七条 [购买主体, 财政部门], "
            "第三十八–四十一条 [购买主体] (publishing its own information, Round 91's x337_01 第九条), 第四十二条 none",
            "dates: none (see date_note)",
            "figures: targets 1 年, 3 年 (第二十八条); no other figure joins a comparison word",
            "duties: two, above; not duties: 第十三、十四条's 报…同意 (steps of approval, Round 77's x299_01 第十条), 第二十二条's "
            "报…审核 (Round 89's x329_04 第九条), 第三十八–四十一条's publishing (disclosure, round 55's x247_01)"])

write_collected(DIR)
