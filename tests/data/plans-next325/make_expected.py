# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next325/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 62 (built by helper c325) for round 63: never tune the parser on them
(see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``); every
answer was written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, in full, and "Round 81
rulings, written early" to its end in full — Rounds 81–85 —, older rulings only where a ruling quoted there led) and
/work/shared/plans-dev/EXPECTED.md (lines 1–60) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next325/make_expected.py tests/data/plans-next325
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four (asked without a commit)
STORED = ("the stored text (read whole with read_file), typed from the tool's answer; only the repository's wrapper was "
          "removed (the YAML front matter, the two `>` disclaimer lines and the blank line after them, the `# ` marker "
          "before the notice title); the typed file with that wrapper put back had exactly read_file's total_chars")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars} characters)"


def variants(names):
    """Accepted single-doer lists: each printed or short form of one body, as lead and as responsible."""
    return [[n] for n in names]


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("in 第X条 articles a body standing as the subject of the article's verb of doing is a doer whatever the verb "
           "(round 44, decided; rounds 62 p52c, 66, 68; Round 81's x307_02 第六条（一）2); options (可／可以, round 49 p46b), "
           "reviews of a party's submission and the decision on it with its own steps (Round 77's x302_05 第十一条; Round "
           "81's x309_01 第十八条; Round 85's x321_02 第三、五条 受理…申请), sendings (Round 75's p57a-2; Round 83's x315_01 "
           "第十一条), steps of one's own approval and applications (round 30's applicant; Round 77's x304_02 第十一条) name none")
CLOSED = ("outside 第X条 articles rule 2's list is closed (rounds 30, 44; Round 77's x302_02; Round 83's x313_02 五、, x316_01 "
          "一): 管理, 制作, 设, 做好, 给予, 统计, 报送, 承诺, 审核 without 由 name none, 应 before them changing nothing")
NOSUBJ = ("acts of the rules' own bodies with no subject give work (round 65's x274_01; Round 77's x302_04 五、（三）; Round 81's "
          "x305_02): a task naming no unit")
LIMIT = ("a processing time limit 「应在10个工作日内完成」「提前3个月」 is the deadline rule of the work it bounds, no target and no "
         "deadline (rounds 33, 54, 58; Round 77's x302_04 二、（三）)")
PERIOD = ("a duration a rule fixes for how long a state lasts — a validity, a publication period, a lease term 「一般为2年」 — with "
          "no comparison word names a norm, not_target (Round 81, decided on x310_03 第十一条: 一般 is no comparison word)")
TERMS = ("who may apply, on what conditions, with what papers, and what a tenant or applicant must do to get, keep or leave "
         "the housing are the scheme's terms for applicants, no tasks (round 30's applicant; Round 83's x314_09, x314_10; "
         "Round 85's x320_05, x321_02: articles whose only acts are a party's applications and options are no tasks)")
DEFINED = ("a body the text defines 「A（以下简称B）」 is given as printed where it stands: the whole name at the defining bracket "
           "(Round 83's x311_02 第十五条: a defining bracket is not where the short name acts; round 43; Round 78's x95_02), the "
           "short name where the short name acts (Round 81's x310_04), the other form accepted")
ETC = ("「A、B、C等部门」: separate heads are separate names (round 31), and the category tail 等部门 after the last whole name is "
       "no unit (plans-dev EXPECTED.md: 「category tails such as 等建设主管部门 are not units」; plans-next319's ETC), the "
       "name with its tail accepted")
BREACH = ("the rules' own body taking the step after a breach (予以处理, 处罚, 查处) is a doer, by 由A and in articles by any "
          "verb (Round 77's x299_04 第二十八条; Round 83's x316_02 （二十））")
SENDON = ("「由A移送B…予以处理」: 移送／移交 to a receiver hands the matter on and names none, B's 处理 being the object of the "
          "sending (Round 81's x305_04 第十五条 「移交…处理」; round 61's 交); 「A可向B通报」 an option (round 49 p46b); an article "
          "whose only acts are owed sendings is a task naming no unit (Round 83's x313_01 第十一条)")
YOU_VERB = ("the agent of 由 with a verb of doing is a doer, in headed points too (rule 2: 「由A负责／组织实施／审批／核发…」; round 30's "
            "「由A统一指导、集中认定」)")
PAYER = ("money paid out 「给予…奖励」「发放」「支付」 names a payer, no doer (round 30; round 53 on 发放; Round 81's x309_03 三、（一））, "
         "and a point that also gives work 「具体标准由A…予以明确」 is a task (round 39; Round 85 confirmed x322_04 第二十五条: a task, "
         "the bureau by 由A另行制定, its payment terms beside it)")
CEILING = ("a quantity joined to 不超过／不得超过／低于 in a task item is that item's target (round 25; round 30's line; Round 85 "
           "confirmed x322_04 第二十五条 「不得超过5年」 as a target of its task)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x325_01_pudong-2024-gonggong-zulin-zhufang-gongying-guanli-shishi-xize.txt"
N01 = "关于印发《浦东新区公共租赁住房供应管理实施细则》的通知"
P01 = "浦东新区公共租赁住房供应管理实施细则"
JWQ_F, JWQ = "浦东新区建设和交通委员会", "区建交委"
ZB_F, ZB = "浦东新区住宅发展和保障中心", "区住保中心"
GZ_F, GZ = "上海市浦东新区公共租赁住房投资运营有限公司", "区公租房公司"
THREE = ["浦东新区财政局", "浦东新区审计局", "浦东新区城管执法局"]
THREE_ETC = ["浦东新区财政局", "浦东新区审计局", "浦东新区城管执法局等部门"]

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="浦建委规〔2024〕1号 (the stored front matter; the text prints none)",
     issuer="上海市浦东新区建设和交通委员会",
     date="2024-01-02",
     date_note="the notice is signed 2024年1月2日; 第二十七条 「本细则自2024年2月1日起施行，有效期至2029年1月31日」 (and the cover's "
               "「有效期5年，至2029年1月31日止」) is entry into force and validity, a general provision (round 30) dating no item",
     level="the Pudong construction and transport commission (also the district housing bureau), to the district bureaus, "
           "the streets and towns and the district public-rental-housing company: who runs district public rental housing, "
           "who may apply and how, the review, allocation, lease, exit and supervision",
     source=src("关于印发《浦东新区公共租赁住房供应管理实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0070::0070321748", 4698),
     style="a cover notice, then the rules' title and seven chapters 「第一章 总则」…「第七章 附则」 of 27 articles, each 「第N条（heading）」 "
           "on a line of its own with its text in the paragraphs below; 第六、七、九、十七条 hold （一）–（N） lines (conditions, "
           "reckoning rules, papers, cases); defined short names 区建交委, 区住保中心, 区公租房公司",
     leaf_tasks=10, count_alternatives=[12, 14, 15],
     leaf_tasks_by_section={"第一章": 2, "第二章": 0, "第三章": 4, "第四章": 3, "第五章": 0, "第六章": 1, "第七章": 0},
     samples=[
        S(["第三条（管理部门）"], [], [JWQ_F, ZB_F, *THREE],
          responsible_alternatives=[[JWQ, ZB, *THREE], [JWQ_F, ZB_F, *THREE_ETC], [JWQ, ZB, *THREE_ETC], [ZB_F, *THREE],
                                    [ZB, *THREE]],
          **art(X01, ["第三条（管理部门）"]),
          note="「浦东新区建设和交通委员会（以下简称“区建交委”）是…行业管理部门，应当根据…适时修改和调整浦东新区公共租赁住房供应管理政策，并做好…指导和监督工作。 浦东新区住宅发展和保障中心（以下简称“区住保中心”）具体负责公共租赁住房供应管理工作，并对…运营机构…管理情况，开展日常检查和监管。 浦东新区财政局、浦东新区审计局、浦东新区城管执法局等部门根据各自职责协助做好…管理与监督工作。」 — "
               "an article in 总则 that gives bodies work is a task (round 30); " + ARTICLE + ": 修改和调整 policy names the "
               "commission (its 做好…指导和监督 alone would be rule 3's guide, Round 82's p60b-1), 具体负责 names the centre (rule 2), "
               "协助 reads as 配合 with its own subject, a doer (rounds 38, 47; Round 83's x311_03 第四条); every body of a "
               "管理部门 article of paragraphs each opening with a body, in printed order (Round 82's p60c-1 form); " + DEFINED
               + "; " + ETC + "; no 牵头: lead []; the list without the commission accepted (its clause read as a guide); "
               + NODATE),
        S(["第四条（运营机构）"], [], [GZ_F], lead_alternatives=variants([GZ_F, GZ]), responsible_alternatives=[[GZ]],
          **art(X01, ["第四条（运营机构）"]),
          note="「上海市浦东新区公共租赁住房投资运营有限公司（以下简称“区公租房公司”）是浦东新区公共租赁住房运营机构，应当设立受理窗口，具体负责线上、线下组织实施…申请、受理、审核、配租和租赁管理等工作。」 — "
               "「A是…的X机构」 designates A (Round 81's x308_07; Round 75's p57a-1) and 具体负责 names it (rule 2); " + DEFINED
               + "; " + ONE_LEAD + "; " + NODATE),
        S(["第十条（受理）"], [], [],
          lead_alternatives=variants(["区公租房公司受理窗口", "受理窗口"]),
          responsible_alternatives=[["区公租房公司受理窗口"], ["受理窗口"], ["区公租房公司受理窗口", "受理窗口"]],
          **art(X01, ["第十条（受理）"]),
          note="「申请对象提交的申请材料齐备的，区公租房公司受理窗口应当予以受理，收件日为受理日；…尚未齐备的，受理窗口应当一次性告知，且补正材料齐全日为受理日。」 — "
               "accepting a party's application and telling it what is missing are steps of the review of its submission, "
               "which name none (Round 85's x321_02 第三、五条 「…受理…申请」; Round 77's x302_05 第六条), 告知 a sending (Round 85 "
               "turned x322_04 第七条's 告知); the window's work still makes the article a task naming none (Round 83's x313_01 "
               "第十一条: an article whose only acts are owed steps of this kind stays a task); " + NONE + "; the window as "
               "printed accepted; " + NODATE),
        S(["第十二条（审核）"], [], [], lead_alternatives=[[GZ]], responsible_alternatives=[[GZ]],
          not_targets=[(10, "个工作日")], **art(X01, ["第十二条（审核）"]),
          note="「区公租房公司受理申请后，根据…准入条件，开展核查工作，应在10个工作日内完成审核工作。 核查期间，单身申请人（申请家庭主申请人）应当配合区公租房公司补充相关材料。 经核查，认定…符合申请条件的，区公租房公司应当出具准入资格确认书；…不符合…的，应当出具审核未通过的书面意见。」 — "
               "the review of an application and the decision on it with its own steps name none, in articles too (Round 77's "
               "x302_05 第十一条; Round 81's x309_01 第十八条); the applicant's 配合 in the check of its own application names "
               "none (Round 83's x315_03 第七条: 「A应配合对A的核查」); the operator's work keeps it a task naming none; " + NONE
               + "; [区公租房公司] accepted (if the operator's 开展核查工作 is read as its own work); 应在10个工作日内 " + LIMIT
               + "; " + NODATE),
        S(["第十三条（供应标准）"], [], [GZ], lead_alternatives=[[GZ]], **art(X01, ["第十三条（供应标准）"]),
          note="「公共租赁住房以套为单位出租。单身申请人可申请租赁一套一居室或二居室住房…；申请家庭可申请…。 拆套房源的供应标准，由区公租房公司按照市、区相关规定另行制定，并报区建交委备案后执行。」 — "
               "the first paragraph is the scheme's terms for applicants (" + TERMS + "), but 由A＋另行制定 gives the operator "
               "work, and an article that also gives work is a task (round 39; Round 85 confirmed x322_04 第二十五条's 另行制定); "
               "「报A备案」 makes the commission a receiver, no unit (rule 3); " + ONE_LEAD + "; 一套, 一居室 kinds of housing, "
               "no figures read; " + NODATE),
        S(["第十四条（轮侯）"], [], [GZ], lead_alternatives=[[GZ]], **art(X01, ["第十四条（轮侯）"]),
          note="「区公租房公司应当将审核情况在网上业务平台进行公示。取得准入资格确认书的申请对象，…登录网上业务平台，参与选房轮候…。 公租房轮候以…日期作为排序依据…。 区公租房公司根据轮候结果配租公共租赁住房，并签订公共租赁住房租赁合同。合同签订后，区公租房公司按市、区相关规定办理租赁合同备案工作。」 — "
               + ARTICLE + ": 配租 names the operator (its own allocation, no review of a submission); 公示 of its review "
               "results and the contracts' 备案 (a filing on its own contracts, Round 81's x310_03 第六条) name none by "
               "themselves, the applicants' queueing is their terms; " + ONE_LEAD + "; 后四位 a rule of ranking, no figure "
               "read; " + NODATE),
        S(["第十六条（租赁期限）"], [], [], lead_alternatives=[[GZ]], responsible_alternatives=[[GZ]],
          targets=[(6, "年")], not_targets=[(2, "年"), (3, "个月")], **art(X01, ["第十六条（租赁期限）"]),
          note="「公共租赁住房的租赁合同期限一般为2年，合同到期后仍需租赁的，应提前3个月向区公租房公司提出续租申请，区公租房公司对其准入资格、租金缴纳及合同履行情况进行审核，审核通过后可以续租，市筹和区筹租赁总年限累计不超过6年。」 — "
               "the tenant's renewal application names none (round 30's applicant) and the operator's 审核 of it is a review "
               "of a submission, none (Round 77's x302_05 第十一条); the operator's review keeps the article a task naming none "
               "(as 第十二条) (RULING? 3: or the whole article the tenants' terms, no task); " + NONE + "; [区公租房公司] "
               "accepted; " + CEILING + ": 累计不超过6年 → 6 年; 一般为2年 " + PERIOD + "; 提前3个月 " + LIMIT + "; " + NODATE),
        S(["第十八条（租金标准）"], [], [GZ], lead_alternatives=[[GZ]], **art(X01, ["第十八条（租金标准）"]),
          note="「公共租赁住房原则上进行简易装修并配备相应的生活设施。公共租赁住房的租金标准略低于市场租金水平，每年度由区公租房公司通过市场价格评估后核定，报区住保中心备案同意后实施。 在租赁合同期限内，区公租房公司不得擅自调整租赁价格。」 — "
               + YOU_VERB + ": 由区公租房公司…核定 the rent it charges is its own work, not a review of another's submission; "
               "「报A备案同意」 makes the centre a receiver and approver, no unit (rule 3); the yearly filing is the operator's "
               "step of its own approval, no duty (round 42; Round 85's x322_04 第二十四条: a filing on one's own matters is no "
               "duty) (RULING? 4); " + ONE_LEAD + "; 每年度 a rhythm of the work, no deadline (round 34); " + NODATE),
        S(["第十九条（档案管理）"], [], [GZ], lead_alternatives=[[GZ]], **art(X01, ["第十九条（档案管理）"]),
          note="「区公租房公司应当建立健全公共租赁住房档案管理制度，完善纸质档案和电子档案的收集、管理及利用等工作，…建立公共租赁住房台账制度，逐步实现…电子化管理。」 — "
               + ARTICLE + ": 建立健全, 完善, 建立 with the operator as subject (round 44; in headed points they would name none); "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十四条（日常检查）"], [], [ZB], lead_alternatives=[[ZB]], responsible_alternatives=[[]],
          **art(X01, ["第二十四条（日常检查）"]),
          note="「区住保中心应当对区公租房公司相关工作进行检查，对检查中发现的问题及时提出整改意见。」 — " + ARTICLE + ": "
               "检查 and 提出整改意见 with the centre as subject; Round 82's guide (p60b-1) is 指导 and 监督 of another body's work, "
               "and Round 85's x321_03 第六条 kept it to those words, so a check of the operator is the centre's own work "
               "(RULING? 5: or a supervision of another body's work, rule 3's guide → none, accepted); " + ONE_LEAD + "; "
               + NODATE),
     ],
     plan_targets=[(15, "平方米"), (3, "个月")],
     phases=[], duties=[],
     notes=["Round 87 (turned): round 60 and round 62's w52b — a pointer to the law for a consequence with no agent is a general "
            "provision — over round 65's x274_01: 第二十五条（责任追究） 「公租房申请、供应管理等工作自觉接受公民…的监督。…存在隐瞒虚报和虚假证明等行为的，"
            "按照上海市社会信用管理相关规定处理」 — accepting scrutiny names no act, and 按照…规定处理 with no agent only points to other texts "
            "(x95_04 第十九条, turned): task → no task, 11 → **10** (accepted already; 11 is withdrawn with the reading), and the sample "
            "on 第二十五条 is dropped; 12 (第十五条 counted) stays accepted as Round 87 says, and 14, 15 are left as the builder wrote "
            "them (no ruling moved them). The builder's count was below.",
            "counting (leaf tasks): 第一条 purpose, 第二条 scope, 第二十六条 参照执行, 第二十七条 entry into force and validity — "
            "general provisions (round 30); 第五、六、八、九、十一、十五、十七、二十–二十三条 — who may apply, the conditions, the papers, "
            "the ban on applying twice, signing, deemed abandonment, leaving, transition — the scheme's terms for applicants "
            "and tenants, no tasks (round 30's applicant; Round 83's x314_09; Round 85's x321_02), their （一）–（N） lines no "
            "leaves; 第七条 (住房面积的计算, （一）–（三）) a standard of reckoning that names no act, text (Round 85's x319_01 "
            "第六条（三）: 「a standard of reckoning names no act」); tasks: 第三、四条 (总则 articles giving work), 第十、十二、十三、"
            "十四、十六、十八、十九、二十四、二十五条 → 11. Accepted: 10 (第二十五条 as a general statement, RULING? 2), 12 (第十五条 "
            "counted: the applicant or its employer and the operator sign the lease, 「由A与B签订」 read without 由, RULING? 1), "
            "14 (第七条's three lines as leaves: the rules' own reckoning 核定), 15 (both).",
            "units: article subjects (round 44); defined short names as printed where they act, the whole name at the "
            "defining bracket; reviews of applications, filings and the applicants' steps name none",
            "dates: no item is dated; 2024-01-02 signing, 2024-02-01 entry into force, 2029-01-31 expiry",
            "figures: targets 6 年 (第十六条 不超过); plan targets 15 平方米 (第六条（三） 低于…(含), a threshold in the applicants' "
            "terms, round 30's line with Round 75's p57f and round 62's w52b), 3 个月 (第二十二条 不超过三个月的过渡性居住期); "
            "not targets 10 个工作日, 2 年, 3 个月 (第十六条's 提前); unchecked: 一年以上（含一年） (第六条（二）), 1 个月, 90 日, 6 年 "
            "(第二十条, no comparison word), document numbers",
            "duties: none written — the operator's yearly filing of its rent (第十八条) and of its leases (第十四条) are filings "
            "on its own matters (RULING? 4)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x325_02_qingpu-2024-gonggong-zulin-zhufang-guanli-shishi-banfa.txt"
N02 = "上海市青浦区住房保障和房屋管理局关于印发修改后的《青浦区公共租赁住房管理实施办法》的通知"
P02 = "青浦区公共租赁住房管理实施办法"
GL = "区住房保障管理部门"
ZX_F, ZX = "区住房保障中心", "区住房保障机构"
YY = "区运营机构"
SL = "受理机构"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="青房管规〔2024〕1号 (the stored front matter; the text prints none)",
     issuer="上海市青浦区住房保障和房屋管理局 (the text's signature prints 「上海市青浦区住房保障与房屋管理局」)",
     date="2024-09-09",
     date_note="signed 2024年9月9日; 第二十五条 「本办法自2024年10月10日起实施，有效期至2029年6月30日」 is entry into force and "
               "validity (round 30), dating no item",
     level="the Qingpu housing bureau, to the units concerned: the district's public rental housing — who runs it, who "
           "may apply, the review, queueing and allocation, leases, exit, penalties and oversight",
     source=src("上海市青浦区住房保障和房屋管理局关于印发修改后的《青浦区公共租赁住房管理实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0083::00831343672", 4892),
     style="a cover notice, then the rules' title and eight chapters 「第一章  总则」…「第八章  附则」 of 25 articles 「第N条  text」 "
           "(two spaces after the number); 第六、七、十二、十八、二十条 hold （一）–（N） lines; two articles are broken mid-word by "
           "the page (第十八条 「…退出公共租赁住\\n\\n房：」, 第二十条 「…的，区\\n\\n运营机构有权…」 and its （三）), and 第二十条（七） runs on "
           "into the paragraph after the list on the same line",
     leaf_tasks=13, count_alternatives=[12, 14, 15, 16],
     leaf_tasks_by_section={"第一章": 2, "第二章": 2, "第三章": 2, "第四章": 2, "第五章": 0, "第六章": 2, "第七章": 2,
                            "第八章": 1},
     samples=[
        S(["第四条"], [], [GL, ZX_F, YY],
          responsible_alternatives=[[GL, ZX, YY], [GL, ZX_F, "区公共租赁住房运营公司"], [GL, ZX, "区公共租赁住房运营公司"]],
          **art(X02, ["第四条"]),
          note="「区住房保障管理部门负责本区公共租赁住房行政管理工作，对…管理工作进行指导、监督与检查。区住房保障中心（以下简称区住房保障机构）按…规定实施公共租赁住房保障对象的审核，可在街道、镇住房保障机构（以下简称受理机构）或区公共租赁住房运营公司（以下简称区运营机构）设立受理窗口，委托实施申请受理和审核。区运营机构负责本区公共租赁住房投资、建设筹措、供应和租赁管理。」 — "
               "an article in 总则 that gives bodies work is a task (round 30); 负责 names the department and the operator, 实施 "
               "the centre (rule 2; Round 83's x315_03 第三条: 实施 placed by rule 2's list is read before the review rule); the "
               "可 clause is an option (round 49 p46b), the bodies it names places for a window; " + DEFINED + " (区运营机构, "
               "defined inside the option, acts under its short name); several doers, no 牵头: lead []; " + NODATE),
        S(["第五条"], [], [], **art(X02, ["第五条"]),
          note="「公共租赁住房房源可以通过新建、配建、改建、收购或…等方式筹集；公共租赁住房应当尽可能安排在交通便利、公共设施较为齐全的区域，并按照规定配套建设生活服务设施和商业服务设施；新建公共租赁住房可以是成套住房，也可以是集体宿舍。」 — "
               "可以 clauses are options (round 49 p46b); 应当…安排 and 配套建设 with no subject are acts of the rules' own work "
               "(" + NOSUBJ + "), a limit on where the work may build being a task naming none (Round 85 confirmed x322_04 "
               "第五条); " + NONE + "; " + NODATE),
        S(["第八条"], [], [], responsible_alternatives=[[SL, ZX], ["受理窗口", SL, ZX]],
          not_targets=[(5, "个工作日"), (10, "个工作日"), (3, "日")], **art(X02, ["第八条"]),
          note="「受理窗口对申请人提交的申请材料进行审核。对材料齐全的，应当出具受理凭证；…一次性告知补正要求。 受理后，受理机构在5个工作日内完成材料核对…；材料收齐后由受理机构提交区住房保障机构审核。区住房保障机构应在10个工作日内完成核查；经审核，对符合条件的申请人在指定网站上公示，公示期3日。经公示无异议或异议不成立的，登记为…轮候对象，…出具《准入资格确认书》；对不符合条件的申请人，应当书面通知并说明理由。」 — "
               "the review of an application, its decision and the decision's own steps (受理, 核对, 核查, 公示, 登记, 出具, 通知) name "
               "none, in articles too (Round 77's x302_05 第六、十一条; Round 81's x309_01 第十八条; Round 85's x319_01 第七条（三）); "
               "由受理机构提交…审核 is a sending (Round 77's x299_01 第十条: 「由A报B批准」 names none); the bodies' work keeps "
               "it a task naming none; " + NONE + "; the bodies accepted; 5个工作日内, 10个工作日内 " + LIMIT + "; 公示期3日 " + PERIOD
               + "; " + NODATE),
        S(["第九条"], [], [], lead_alternatives=[[GL]], responsible_alternatives=[[GL, "有关部门"], [GL]],
          not_targets=[(15, "个工作日")], **art(X02, ["第九条"]),
          note="「申请对象对审核结果有异议，可以向本区住房保障管理部门申请复核。区住房保障管理部门应当会同有关部门进行复核，并在15个工作日内完成复核；对复核后不符合保障条件的，区住房保障管理部门应当在15个工作日内将复核结果书面告知申请人。」 — "
               "a review of a party's objection and its decision name none, in articles too (Round 81's x309_01 第十八条; Round "
               "85's x319_01 第七条（四）: 「…有异议的，由专项工作组进行复核」 none), and a 会同 clause is read by its verb, a 会同 "
               "with a review of an application giving none (round 61; Round 85's x321_01 五、（二） on Round 77's x304_04 "
               "第十五条（二））; 告知 a sending; the department's work keeps it a task naming none; " + NONE + "; the department "
               "(with 有关部门, a kind) accepted; 15个工作日内 " + LIMIT + "; " + NODATE),
        S(["第十条"], [], [YY], lead_alternatives=[[YY]], responsible_alternatives=[[]], not_targets=[(2, "年")],
          **art(X02, ["第十条"]),
          note="「经审核获得准入资格的申请人，由区运营机构登记进行轮候、参与配租。轮候对象可在准入资格有效期内登录区运营机构信息平台，查看轮候情况。《准入资格确认书》有效期2年，轮候对象到期后需重新申请。」 — "
               + YOU_VERB + ": the operator's registering of the qualified for queueing and allocation is its own allocation "
               "work, after the review has decided (第八条), not a step of that review; the applicants' viewing and "
               "re-applying are their terms; " + ONE_LEAD + "; none accepted (if 登记 is read as the decision's last step); "
               "有效期2年 " + PERIOD + "; " + NODATE),
        S(["第十一条"], [], [YY], lead_alternatives=[[YY]], **art(X02, ["第十一条"]),
          note="「区运营机构应当根据房源数量和申请、轮候人数合理安排房源配租工作，并定期向区住房保障机构报送相关情况。」 — " + ARTICLE
               + ": 安排…配租工作 with the operator as subject; the sending to the centre names none but is a duty of a body "
               "the rules task, 定期 naming no rhythm, so undated (Round 74's Duties; Round 81's x310_03 第十四条; plans-dev "
               "EXPECTED.md duties); " + ONE_LEAD + "; " + NODATE),
        S(["第十五条"], [], [YY], lead_alternatives=[[YY]], **art(X02, ["第十五条"]),
          note="Round 87 (turned): round 48 over round 42 — a plan body sending its own results 「…备案」 has an undated duty, as round "
               "57 read x254_01 第十二条: the operator is a body the rules task (named in the articles on duties), and round 42's filing "
               "is a party's on its own matters: no duty → an undated duty (below); the units stand. The builder's reading was: "
               "「公共租赁住房的租赁价格按略低于同地段住房市场租金水平合理确定，由区运营机构委托第三方评估机构进行市场租金评估，并报区住房保障管理部门备案；…实行一房一价且每年根据市场租金评估的结果调整（合同期内不调价）。」 — "
               "「由A委托B＋verb」 names A, B none by that clause (round 35; Round 81's x309_04 第二十六条); 「报A备案」 a receiver "
               "(rule 3); the filing of its own price is a step of its own approval, no duty (round 42) (RULING? 4); "
               + ONE_LEAD + "; 每年 a rhythm of the work, no deadline (round 34); " + NODATE),
        S(["第十七条"], [], [YY], lead_alternatives=[[YY]], **art(X02, ["第十七条"]),
          note="「非独立选址建设、配建或改建的公共租赁住房可纳入对应住宅项目统一实施物业管理服务；独立选址建设或通过市场化租赁筹措的公共租赁住房由区运营机构选聘或委托专业服务机构进行管理服务。」 — "
               "可纳入 is an option (round 49 p46b); " + YOU_VERB + ", 「由A选聘或委托B＋verb」 naming A (round 35); " + ONE_LEAD
               + "; " + NODATE),
        S(["第十九条"], [], [], responsible_alternatives=[[ZX], [ZX, "区城管执法部门"], [ZX, "区城管执法部门", GL]],
          not_targets=[(11, "号")], **art(X02, ["第十九条"]),
          note="「单身申请人（申请家庭）隐瞒、虚报相关信息，或伪造相关证明材料的，由区住房保障机构移送区城管执法部门按照《公共租赁住房管理办法》（住房和城乡建设部令第11号）等规定予以处理；所在单位出具虚假证明材料的，区住房保障管理部门可向税务、市场监管等部门通报，建议相关部门及时检查…；相关个人、单位涉嫌犯罪的，移送司法机关处理。同时，…相关信息按…规定提供本市公共信用信息服务平台。」 — "
               + SENDON + "; 提供…平台 a sending of records (Round 81's x310_03 第十四条); the article is not " + BREACH
               + ", for no body of it takes the step itself (RULING? 6: or 移送B予以处理 names B as the body acting after the "
               "breach, and A by 由A → the alternatives); " + NONE + "; 第11号 a decree number, not_target (EXPECTED.md); "
               + NODATE),
        S(["第二十条"], [], [ZX], lead_alternatives=[[ZX]], responsible_alternatives=[[YY, ZX]],
          not_targets=[(6, "个月")], **art(X02, ["第二十条"]),
          note="「承租人在租赁合同期内有下列情形之一的，区运营机构有权终止租赁合同取消其租住资格，并限期收回承租的住房：（一）…（四）承租人无正当理由累计6个月以上未实际居住…；（五）承租人累计6个月以上拖欠租金；…（七）存在法律、法规和政府规章禁止的其他行为。承租人有前款所列行为之一的，除按照租赁合同约定处理外，由区住房保障机构根据承租人行为，按照…等规定予以处理。」 — "
               "a list of cases is the text of the item that announces it, one task (Round 78's (b); Round 81's x305_04 "
               "第十三、十四条), and the paragraph after it, printed on （七）'s line, goes on with the same step; " + BREACH
               + ": 由区住房保障机构…予以处理; 有权 grants the landlord a right it may use, an option like 可 (round 49 p46b) "
               "(RULING? 7: or the operator's termination is the rules' own body acting on the breach → both, accepted); "
               + ONE_LEAD + "; 累计6个月以上 describes a breach in a list of breaches to find, no target, 以上 changing "
               "nothing there (Round 81's x310_04 第十五条（四）; round 31's exception); " + NODATE),
        S(["第二十一条"], [], [ZX, "其他有关部门"], lead_alternatives=[[ZX]],
          responsible_alternatives=[[ZX], [ZX, "有关部门"]], **art(X02, ["第二十一条"]),
          note="「区住房保障机构应当设立电话、信箱、电子邮箱等，接受公民、新闻媒体和其他社会组织对本区公共租赁住房工作的监督；任何单位和个人都有权对违反公共租赁住房法律、法规的行为进行举报、投诉，区住房保障机构和其他有关部门应当依法及时受理并依照各自职责调查核实及时处理。」 — "
               + ARTICLE + ": 设立 names the centre; investigating and handling reported breaches of the law is the rules' own "
               "bodies acting on a breach (" + BREACH + "), not a decision on a complaint about the bodies' own work (Round "
               "85's x322_02 第二十条) (RULING? 8); 其他有关部门 is a kind (rule 2's 各有关部门), kept as printed (rounds 33, 43); "
               "「任何单位和个人都有权…」 a right of everyone, text (Round 80); two doers, no 牵头: lead [] (the centre alone "
               "accepted); " + NODATE),
        S(["第二十二条"], [], ["镇人民政府", "政府派出机构"],
          responsible_alternatives=[["镇人民政府", "街道办事处", "园区管委会"],
                                    ["镇人民政府", "街道办事处", "园区管委会", "政府派出机构"],
                                    ["镇人民政府", "政府派出机构", GL], ["镇人民政府", "街道办事处", "园区管委会", GL]],
          **art(X02, ["第二十二条"]),
          note="「公共租赁住房全面纳入城市网格化管理和社区综合治理。公共租赁住房所在地的镇人民政府以及街道办事处、园区管委会等政府派出机构，应对辖区内公共租赁住房的使用管理情况建立巡查制度，落实属地管理责任。区住房保障管理部门应对巡查的频率和要求等提出指导意见，并加强监督检查。」 — "
               "a 的-phrase gives the name after the last 的 (rounds 32, 38), and names before 等 inside it are what the kind "
               "stands for, no names of their own (Round 85 confirmed x317_01 第三条: 「…等各级人民政府的派出机关」 → [派出机关]), "
               "以及 joining two (round 34): 镇人民政府, 政府派出机构 (RULING? 9: or the three printed bodies); " + ARTICLE + ": "
               "建立巡查制度 with them as subject, 落实…责任 designating (round 46); the department's 指导意见 and 监督检查 of their "
               "patrols is rule 3's guide, in articles too (Round 82's p60b-1; Round 83's x311_02 第十条: 加强 adding nothing), "
               "its list accepted; no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[(15, "平方米"), (6, "年"), (6, "个月")],
     phases=[],
     duties=[{"what": "区运营机构定期向区住房保障机构报送相关情况", "when": "定期", "when_norm": None},
             {"what": "由区运营机构委托第三方评估机构进行市场租金评估，并报区住房保障管理部门备案", "when": None, "when_norm": None,
              "note": "Round 87 (turned): 第十五条 — the operator, a body the rules task, sends the result of its own rent "
                      "assessment to the department for filing (round 48; round 57's x254_01 第十二条), no date printed: an undated "
                      "duty (the builder wrote none, round 42's party's filing)"}],
     notes=["counting (leaf tasks): 第一条 purpose, 第二条 definition, 第三条 principle and aims 「要坚持…定位…着力缓解…」 with no "
            "doer (Round 80's aims form; round 68: a principle names no act), 第二十四条 the rules' own adjustment, 第二十五条 "
            "entry into force — no tasks (round 30); 第六、七、十二、十三、十四、十六、十八条 — who may apply, conditions, papers, "
            "allocation standards, choosing and moving in, the lease, renewal, exit — the scheme's terms for applicants and "
            "tenants (round 30's applicant; Round 83's x314_09; Round 85's x321_02), their （一）–（N） lines no leaves "
            "(第十八条's 「区运营机构可给予…过渡期」 an option, round 49 p46b); tasks: 第四、五、八、九、十、十一、十五、十七、十九、二十、"
            "二十一、二十二、二十三条 → 13 (第二十条 one task with its list of cases, Round 78's (b); 第二十三条 a ban on the "
            "reviewing bodies' own use of data, a limit on the rules' own work, a task naming none, Round 85's x321_03 "
            "第九条 — RULING? 10). Accepted: 12 (第二十三条 as a closing provision), 14 (第十六条 counted: 「经审核符合条件的」 the "
            "operator's review of a renewal, as x325_01 第十六条 is counted), 15 (+ 第十三条's 「受理机构不再受理…申请」), 16 "
            "(+ 第三条).",
            "units: article subjects (round 44); 区住房保障中心 at its defining bracket, 区住房保障机构 and 区运营机构 where the "
            "short names act; reviews, objections' reviews, sendings and applicants' steps name none",
            "dates: no item is dated; 2024-09-09 signing, 2024-10-10 entry into force, 2029-06-30 expiry",
            "figures: plan targets 15 平方米 (第六条 低于), 6 年 (第十四条 一般不超过6年), 6 个月 (第十八条 最高不超过6个月) — scheme's "
            "terms in no task (Round 75's p57f; round 62's w52b); not targets 5 / 10 个工作日, 3 日 (第八条), 15 个工作日 (第九条), "
            "2 年 (第十条), 6 个月 (第二十条's breaches), 第11号; unchecked: 一年以上（含一年） (第六条), 2人, 1套, 3人 (第十二条), "
            "7天内, 2年内 (第十三条), 2年 (第十四条), 3个月 (第十六条)",
            "duties: one undated sending of a body the rules task (第十一条); Round 87 (turned): the operator's filing of its own "
            "assessed rent (第十五条) an undated duty too (the builder wrote no duty, RULING? 4)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x325_03_pudong-2025-fangpiao-anzhi-shishi-banfa.txt"
N03 = "关于印发《浦东新区房票安置实施办法（试行）》的通知"
P03 = "浦东新区房票安置实施办法（试行）"
KF = "开发企业"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the measures' own title line (line 21) or the notice's title (line 1) without the site's tag 「(联合发文)」 "
                "(joint issue), which the stored heading appends to the notice's title as the platform's label (Round 81's "
                "x308_01 and Round 83's x314_06: a compilation's mark after a title is chrome) (RULING? 11): either (round "
                "45's pair)",
     doc_no="浦建委规〔2025〕1号 (the stored front matter; the text prints none)",
     issuer="上海市浦东新区建设和交通委员会, 上海市浦东新区发展和改革委员会, 上海市浦东新区规划和自然资源局 (joint)",
     date="2025-09-28",
     date_note="signed 2025年9月28日; 六、 「…自2025年9月29日起施行，有效期1年」 is entry into force and validity (round 30), "
               "dating no item",
     level="three Pudong bodies, to the district's commissions, towns and district-owned firms: housing vouchers 房票 for "
           "households whose houses are taken — the voucher pool of new flats, the reward, the settlement and the "
           "developers' part",
     source=src("关于印发《浦东新区房票安置实施办法（试行）》的通知(联合发文).md",
                "https://www.shanghai.gov.cn/zhengce/detail/0070::0070347864", 2812),
     style="a cover notice with 「（此页无正文）」 and three signatures, then the measures' title, a preamble and six headed points "
           "一、–六、; 二、–四、 hold （一）–（N） items each opening with a run-in heading ending in 「。」 (「（一）房票安置。本办法所称…」); "
           "一、, 五、, 六、 childless",
     leaf_tasks=7, count_alternatives=[4, 6, 8, 9],
     leaf_tasks_by_section={"一": 0, "二": 0, "三": 3, "四": 4, "五": 0, "六": 0},
     childless_top_level_sections=["一、适用范围", "五、保障措施", "六、其他"],
     samples=[
        S(["三", "（一）"], [], [], responsible_alternatives=[[JWQ_F]],
          note="「（一）自愿申报房票房源。开发企业可自愿申报将浦东区域…范围内的新建商品房楼盘纳入房票房源。经浦东新区建设和交通委员会审核后，符合条件的房源纳入房票房源库实施信息化管理。」 — "
               "the developers' 可自愿申报 is an applicant's option (round 30's applicant; round 49 p46b); 「经A审核」 is rule 3's "
               "approving body (「经A同意」), no 组织 before it (Round 77's x302_04 四、（二） reads only 「经A组织＋verb」); 纳入…实施"
               "信息化管理 with no subject is the rules' own work (" + NOSUBJ + "), so a task naming none; " + NONE + "; the "
               "commission accepted; " + NODATE),
        S(["三", "（二）"], [], [],
          note="「（二）给予合理房票政策性奖励。对给予选择房票安置的被补偿人户在原征收货币补偿金额的基础上给予适度额外奖励，同时构建与房票相关的多种安置方式组合，匹配被补偿人户各类家庭实际需求。」 — "
               "给予 a reward alone would be the scheme's terms (Round 75's p57f-1), but 构建…组合 beside it is work of the "
               "rules' bodies with no subject (" + NOSUBJ + "; Round 81's x305_02: a measure that names such acts is no "
               "scheme's term) (RULING? 12: or 三、's three points are management principles that 四、 turns into measures, "
               "no tasks → 4); " + NONE + "; " + NODATE),
        S(["三", "（三）"], [], [], responsible_alternatives=[[KF]],
          note="「（三）资金严格封闭管理。房票购房资金由原征收货币补偿款和房票政策性奖励构成，实行封闭管理。房票购房资金由被补偿人户委托房屋征收补偿单位直接支付至开发企业，开发企业就房票购房款专户或专账管理，杜绝以房票套取政府奖励资金。」 — "
               "支付 moves money, a payer (round 30; Round 81's x309_03 三、（一））, and the household that commissions it is a "
               "beneficiary; 实行封闭管理 with no subject is the rules' own work (" + NOSUBJ + "), so the point is no mere terms "
               "of payment (Round 81 turned x309_03 四、 where only money moved) (RULING? 12, count 6 accepted with it as terms); "
               + CLOSED + " (开发企业…专户或专账管理); " + NONE + "; [开发企业] accepted; " + NODATE),
        S(["四", "（一）"], [], ["房源开发企业"], lead_alternatives=variants(["房源开发企业"]),
          responsible_alternatives=[[KF, "房源开发企业"]],
          note="「（一）建立房票房源库。开发企业可自愿申报…新建商品房楼盘信息，并经浦东新区建设和交通委员会审核后纳入房票房源库。房票房源库实施信息化管理，房源开发企业负责提供并确认相关数据，并实时动态更新。 选购房票房源库内房源，不受…限制。」 — "
               "「A负责…」 names A (rule 2), a supply of data placed by 负责 included (Round 83's x311_04 第十一条, governs); "
               "开发企业可自愿申报 an option, none (round 49 p46b); 「经A审核」 rule 3's approver; the buyers' freedom of choice "
               "their terms; 房源开发企业 kept as printed (rounds 33, 43); " + ONE_LEAD + "; " + NODATE),
        S(["四", "（二）"], [], [], not_targets=[(100, "%")],
          note="「（二）给予房票政策性奖励。鼓励被补偿人户选择以货币补偿款购买房票房源库内房源，对选择购买…的被补偿人户给予一定政策性奖励。 对选择购买房票房源库房源的，房票购房资金上限=征收国有土地上房屋货币补偿金额…×（100%+房票奖励率）。…按（房票购房资金上限-实际购买新建商品房价格）÷（100%+房票奖励率）计算，一次性货币补偿被补偿人户。 房票奖励率按照“一基地一方案”，具体结合项目实际予以确定并公示。」 — "
               "鼓励 gives the households no work (Round 83's x313_03 第四条（五）; Round 77's x299_02 第七条) and 给予, 补偿 pay "
               "money (round 30; round 53), but 予以确定并公示 the rate with no subject is the rules' own work (" + NOSUBJ + "), "
               "so the point is a task (round 39: a point that also gives work); " + NONE + "; 100% a term of a formula, no "
               "quantity of the work, not_target (round 30's line: no comparison word); " + NODATE),
        S(["四", "（三）"], [], [],
          note="「（三）构建安置方式组合。在原有动迁安置房和货币补偿方式的基础上，补充提供“货币补偿（含房票安置）”“货币补偿（含房票安置）+安置房”等多种补偿安置方式供被补偿人户选择。被补偿人户选购安置房后以货币补偿余额购买…的，可按…计算可享受的房票政策性奖励。房票安置应当限期实施。」 — "
               "补充提供 and 应当限期实施 with no subject are the rules' own work (" + NOSUBJ + "); the households' choices are "
               "options (round 49 p46b); " + NONE + "; 限期 prints no date; " + NODATE),
        S(["四", "（六）"], [], [KF], lead_alternatives=variants([KF, "房源开发企业"]),
          responsible_alternatives=[["房源开发企业"], []],
          note="「（六）开发企业责任。房票房源库内房源开发企业应制作房源宣传画册和宣传片；在征收基地现场…进行看房预约，并在售楼处设房票接待专区做好接待讲解。开发企业应对选择房票购房的房票安置使用人，同等给予商品房销售端其他各项优惠。 房票购房资金应封闭运行，房源开发企业应就房票购房款专户或专账管理，定期统计并报送浦东新区建设和交通委员会，杜绝以房票套取政府奖励资金。 申报房源入库阶段，房源开发企业应当书面承诺…。由此造成房票奖励资金被非法套取流失的，由开发企业承担相应法律责任。」 — "
               "the item's run-in heading 「开发企业责任」 names a body with the part it plays, a unit heading (rule 1: the label "
               "decides; Round 83's x312_07 四/1 「公安机关部署」), so 开发企业 as printed there (RULING? 13: or a run-in heading of "
               "the item's own matter, no label, and 制作, 设, 管理, 统计, 报送, 承诺 outside rule 2's closed list, 「由此造成…的，由A承担"
               "…责任」 a case (rule 3) → none, accepted); the developer's periodic report on its own account is a regulated "
               "party's filing on its own matters, no duty (round 42; Round 85's x322_01 一、（二））(RULING? 4); " + ONE_LEAD
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the preamble and 一、适用范围 (scope, the developers' option) no tasks; 二、（一）–（三） "
            "definitions, general provisions (round 30); 三、（一）–（三） 3; 四、（一）（二）（三）（六） 4 — 四、（四） (who holds the "
            "voucher's right and who may use it: 「…作为房票安置权利人」, a ban on transfer) and 四、（五） (the households sign "
            "with the compensating body, apply for settlement, the money is paid over; the buyer and the developer agree "
            "on the rest) are the scheme's terms for the households and of payment, no tasks (round 30's applicant; Round "
            "81's x309_03 四、; Round 85's x321_02); 五、保障措施 (限购 and taxes 按…规定执行) a childless point naming no unit "
            "and no work (seeds EXPECTED.md; round 27); 六、 interpretation and entry into force (round 30) → 7. Accepted: "
            "4 (三、's points as principles, RULING? 12), 6 (三、（三） as terms of payment), 8 (四、（五） counted: the "
            "households' signing with the compensating body, RULING? 1), 9 (四、（四）（五） counted).",
            "samples: the document holds 7 tasks by the count above and all 7 are sampled (the brief's 8 per whole "
            "document cannot be met without sampling an item this set reads as no task)",
            "units: headed points keep rule 2's closed list (rounds 30, 44); 负责 (四、（一）) and a unit heading (四、（六）) "
            "are the only forms the document prints; 经A审核 is rule 3's approver",
            "dates: no item is dated; 2025-09-28 signing, 2025-09-29 entry into force, validity 1 year",
            "figures: not target 100 % (四、（二）'s formula); no plan target (the reward rate is left to each site's plan)",
            "duties: none written — the developers' periodic report (四、（六）) is a filing on their own matters (RULING? 4)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x325_04_jinshan-2023-zhengshou-jiti-tudi-fangwu-buchang-shishi-banfa.txt"
N04 = "金山区人民政府关于印发《金山区征收集体土地房屋补偿实施办法》的通知"
P04 = "金山区征收集体土地房屋补偿实施办法"
JZ = "各街镇"
JZ_ALT = ["各街镇（高新区社区）", "被征收房屋所在地各街镇（高新区社区）", "被征收房屋所在地各街镇", "所在地各街镇"]
ZD = "征地事务机构"
JZ_NOTE = ("「被征收房屋所在地各街镇（高新区社区）」: a bracket naming the body that stands in for the kind in one area is dropped "
           "(Round 77's x302_01 一、; Round 81's x307_01 第五条; Round 85's x321_01 三、（二）), and the place phrase before the "
           "kind says which towns, as 属地 does (rounds 40, 55), giving the kind 各街镇 (RULING? 14: or the name as printed, "
           "as Round 81 kept 属地街道 — the printed forms accepted)")
REVIEW_Q = ("no party's submission is named: the towns determine the area from the certificates the text lists, their own "
            "determination, not a review of what a party files (Round 77's review rule; Round 85's x319_01 第七条（三） read "
            "a review of the parties' papers after a village's first check) (RULING? 15)")

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the measures' own title line (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="金府规发〔2023〕3号 (the stored front matter; the text prints none)",
     issuer="上海市金山区人民政府",
     date="2023-10-26",
     date_note="signed 2023年10月26日; 十、 「本实施办法自2023年12月1日起施行，有效期至2026年9月30日」 is entry into force and "
               "validity (round 30), dating no item",
     level="the Jinshan district government, to its towns, streets, park committees and departments: the rates, formulas "
           "and steps of compensating houses on requisitioned collective land",
     source=src("金山区人民政府关于印发《金山区征收集体土地房屋补偿实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0081::00816c2d5b648f915787a2ece814a2581fc0", 5267),
     style="a cover notice, then the measures' title, a preamble and ten headed points 「一、关于…」–「十、实施日期及执行」; "
           "（一）–（N） items with run-in headings on lines of their own; lines 「一类：…」 of rates under 一、, 二、, 五、（二）; "
           "1.–N. lines under 五、（三）（四） and 七、（二）（三）, （1）–（3） under 五、（四）2.; a space inside 「10 安培」 (七、（二）7.)",
     leaf_tasks=9, count_alternatives=[10, 11, 12],
     leaf_tasks_by_section={"一": 0, "二": 0, "三": 0, "四": 2, "五": 1, "六": 3, "七": 1, "八": 2, "九": 0, "十": 0},
     childless_top_level_sections=["一、关于征收集体土地居住房屋的区域划分", "三、关于征收集体土地居住房屋补偿的方式",
                                   "九、计户标准", "十、实施日期及执行"],
     samples=[
        S(["四", "（三）"], [], [JZ], lead_alternatives=variants([JZ, *JZ_ALT]), responsible_alternatives=variants(JZ_ALT),
          note="「（三）被征收房屋的居住建筑面积认定 被征收房屋的居住建筑面积，由被征收房屋所在地各街镇（高新区社区）根据征收土地预公告时被征收房屋的宅基地使用权证、房地产权证、不动产权证或者建房批准文件等认定。」 — "
               + YOU_VERB + "; " + REVIEW_Q + "; " + JZ_NOTE + "; " + ONE_LEAD + "; " + NODATE),
        S(["四", "（四）"], [], [JZ], lead_alternatives=variants([JZ, *JZ_ALT]), responsible_alternatives=variants(JZ_ALT),
          note="「（四）可建未建建筑面积的货币补偿金额计算公式 被补偿人经审核认定的可建未建建筑面积，可给予土地使用权基价补偿和价格补贴。货币补偿金额计算公式为：…。 可建未建建筑面积由被征收房屋所在地各街镇（高新区社区）根据《补偿规定》第十八条相关规定进行审核认定。」 — "
               "the formula is the scheme's terms (Round 85's x318_07), but 由A…进行审核认定 gives the towns work, and a point that "
               "also gives work is a task (round 39); " + YOU_VERB + "; " + REVIEW_Q + "; " + JZ_NOTE + "; " + ONE_LEAD
               + "; 第十八条 an article number, no figure; " + NODATE),
        S(["五", "（三）"], [], [JZ], lead_alternatives=variants([JZ, *JZ_ALT]), responsible_alternatives=variants(JZ_ALT),
          targets=[(60, "平方米")],
          note="「（三）享受征收安置建筑面积的审核认定 被补偿人应享受的征收安置建筑面积，由被征收房屋所在地各街镇（高新区社区）按户为单位，以下列标准审核认定： 1.…予以审核认定。 2.…扣除被补偿人他处已享受的…建筑面积…后，予以审核认定。 3.经…审核认定后，被补偿人按户可享受的征收安置建筑面积低于60平方米的，按60平方米征收安置建筑面积予以审核认定。」 — "
               "the lines only say how much area each case is recognised at, a standard of reckoning that names no act of its "
               "own (Round 85's x319_01 第六条（三）; Round 83's x315_02 第八条: requirements are their standard's terms), so "
               "（三） is one task with the lead-in's work (RULING? 16: or the lines are items each naming 予以审核认定, with the "
               "lead-in's body, rule 4 → count 11); " + YOU_VERB + "; " + REVIEW_Q + "; " + JZ_NOTE + "; " + ONE_LEAD
               + "; 低于60平方米的 a threshold joined to 低于 that triggers the step, a target (round 30's line) of the task it "
               "stands in (round 25); " + NODATE),
        S(["六", "（二）"], [], [JZ], lead_alternatives=variants([JZ, *JZ_ALT]), responsible_alternatives=variants(JZ_ALT),
          note="「（二）均衡实物安置补贴的建筑面积 被补偿人享受均衡实物安置补贴的建筑面积，由被征收房屋所在地各街镇（高新区社区）按产权房屋调换方式应享受的征收安置建筑面积审核认定。」 — "
               + YOU_VERB + "; " + REVIEW_Q + "; " + JZ_NOTE + "; " + ONE_LEAD + "; " + NODATE),
        S(["六", "（三）"], [], [ZD], lead_alternatives=[[ZD]], responsible_alternatives=[[]],
          note="「（三）均衡实物安置补贴单价 均衡实物安置补贴单价，由征地事务机构以征收土地预公告之日为时点，结合征收安置房区域周边存量商品住房成交价格在征地房屋补偿方案中予以明确。」 — "
               + YOU_VERB + ": setting the unit price in the site's compensation plan is the body's own work (RULING? 17: "
               "明确 is named among verbs outside rule 2 for a subject (round 30), read here with 由 as any verb of doing — "
               "none accepted); " + ONE_LEAD + "; " + NODATE),
        S(["六", "（五）"], [], [ZD], lead_alternatives=[[ZD]], responsible_alternatives=[[]],
          note="「（五）均衡实物安置补贴的奖励费 被补偿人全部享受均衡实物安置补贴的，应予以均衡实物安置补贴总额一定比例的奖励费，奖励费标准由征地事务机构在征地房屋补偿方案中予以明确。部分享受均衡实物安置补贴的，不予奖励。」 — "
               + PAYER + "; " + YOU_VERB + " (RULING? 17); " + ONE_LEAD + "; 一定比例 prints no figure; " + NODATE),
        S(["七", "（四）"], [], [ZD], lead_alternatives=[[ZD]], responsible_alternatives=[[]], targets=[(5, "万元")],
          note="「（四）征收集体土地居住房屋奖励费 征地房屋补偿过程中，征地事务机构应对在规定签约期限内签订…协议，并在…期限内办理腾房手续的居住房屋被补偿人给予奖励，签约和腾房奖励费标准按户计算，签约和腾房奖励费合计每户不得超过5万元。具体标准由征地事务机构在征地房屋补偿方案中予以明确。」 — "
               + PAYER + "; " + YOU_VERB + " (RULING? 17); " + ONE_LEAD + "; " + CEILING + ": 每户不得超过5万元 → 5 万元; "
               + NODATE),
        S(["八", "（一）"], [], [ZD], lead_alternatives=[[ZD]], responsible_alternatives=[[]], targets=[(3, "万元")],
          note="「（一）征收集体土地居住房屋停产停业损失补偿标准 根据《补偿规定》第十六条第二款的规定，被补偿人利用自有合法宅基地房屋从事生产经营活动，并在征收土地预公告前已取得工商营业执照的，可按户给予不超过3万元的一次性停产停业损失补偿。具体补偿标准由征地事务机构在征地房屋补偿方案中予以明确。」 — "
               "可…给予 is an option and a payment (round 49 p46b; round 30), " + PAYER + "; " + YOU_VERB + " (RULING? 17); "
               + ONE_LEAD + "; " + CEILING + ": 不超过3万元 → 3 万元; article numbers no figures; " + NODATE),
        S(["八", "（三）"], [], [ZD], lead_alternatives=[[ZD]], responsible_alternatives=[[]], targets=[(10, "万元")],
          note="「（三）征收集体土地非居住房屋奖励费 征地房屋补偿过程中，征地事务机构应对…非居住房屋被补偿人给予奖励，…签约和腾房奖励费合计每户不得超过10万元。具体标准由征地事务机构在征地房屋补偿方案中予以明确。」 — "
               + PAYER + "; " + YOU_VERB + " (RULING? 17); " + ONE_LEAD + "; " + CEILING + ": 每户不得超过10万元 → 10 万元; "
               + NODATE),
     ],
     plan_targets=[(20, "平方米"), (36, "个月"), (500, "元")],
     phases=[], duties=[],
     notes=["counting (leaf tasks): the preamble, 一、 (the three classes of area), 三、 (the household's choice), 九、 (what "
            "a household is) and 十、 (entry into force, the projects it covers) are general provisions or terms, no tasks "
            "(round 30); 二、（一）–（三）, 五、（一）（二）, 六、（一）（四）, 七、（二） 1.–8. rates, formulas and who is entitled — "
            "the scheme's terms, no tasks (Round 85 turned x318_07 二: headed rate lines are terms), 四、（一）（二） formulas; "
            "points whose only acts pay money — 五、（四） (settlement, the household's 结清 of the difference), 六、（六） "
            "(征地事务机构应…予以支付), 七、（一） (发放搬家补助费), 七、（三） (the agreed transition and its allowance), 七、（五） "
            "(装潢期补贴) — the scheme's terms of payment (Round 81 turned x309_03 四、; round 53 on 发放); 八、（二） (a rate "
            "band 100-350元 and 「被补偿人、区征地事务机构应按…规定执行」, a rule for both parties to follow, Round 83's x313_02 "
            "四、) no task; tasks: 四、（三）（四）, 五、（三）, 六、（二）（三）（五）, 七、（四）, 八、（一）（三） → 9. Accepted: 10 "
            "(八、（二） counted: a standard that also tells the body to act, Round 83's x313_02 六、（四）), 11 (五、（三）'s three "
            "lines as items, RULING? 16), 12 (both).",
            "samples: all 9 tasks sampled",
            "units: 由A＋认定／审核认定／予以明确 (rule 2); the towns' kind 各街镇 with the bracket dropped; payments name payers",
            "dates: no item is dated; 2023-10-26 signing, 2023-12-01 entry into force, 2026-09-30 expiry",
            "figures: targets 60 平方米 (五、（三） 低于), 5 万元, 3 万元, 10 万元 (不得超过／不超过); plan targets from the terms in "
            "no task — 20 平方米 (五、（四）2.（2） 不超过20平方米（含）), 36 个月 (七、（三）1. 一般不超过36个月), 500 元 (七、（一） 每户低于500元"
            "的); unchecked: the rates 1200 / 1050 / 900 / 400 / 210 / 3000 / 2700 / 2400 元/平方米建筑面积, 10 平方米（含）以内, "
            "50%, 10 元, 1000 元, the 迁移费 rates, 8 元, 600 元, 100%, 1200 元, 3个月, 100-350 元, article numbers",
            "duties: none (no sending is asked)"])

write_collected(DIR)
