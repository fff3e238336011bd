# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next334/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 63 (built by helper c334, for round 64): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``at_in``);
every answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings,
written early" to its end in full, older rulings only where a ruling quoted there led) applied to every item. Neither
the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next334/make_expected.py tests/data/plans-next334
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
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the wrapper rebuilt in front of it gives exactly the stored character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/市容绿化与景观/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 87's x325_01 第二十四条); "
           "an application (round 30's applicant), a review of a submission and the decision on it (Round 85's x321_02; "
           "Round 87's x327_04), a sending (Round 83's x315_01 第十一条) and options (可, round 49 p46b) name none")
DUTYSPLIT = ("a 职责分工 article of paragraphs each opening with a body is one task naming every body it gives work, in "
             "printed order, each once (Round 82's p60c-1; Round 87's x327_02 二, confirmed); a pivot's object is no unit "
             "(round 30)")
DUTYLIST = ("a duty list's lead-in 「A…主要履行以下职责：」 gives its body to the lines that name none of their own (rule 4; Round "
            "81's x305_04 第四条; Round 83's x311_03 第八条（三））")
NOSUBJ = ("acts of the rules' own work with no subject give work (round 65's x274_01; Round 87's x325_03 三、): a task "
          "naming no unit")
LIMITWORK = ("a limit, a ban or an act on where and how a facility may be set up is a task naming none, a line stating "
             "only the state asked is text (Round 87's governs on x328_03 第九–十四条; Round 85's x322_04 第五条)")
TOWN = "镇人民政府"
TOWN_P = "镇（乡）人民政府"
TOWN_NOTE = ("「镇（乡）人民政府」: a bracket naming the body that stands in for the kind in one area is dropped (Round 85's "
             "x321_01 三、（二）; Round 87's x325_04 「各街镇（高新区社区）」), so 镇人民政府, the printed name accepted")


def printed(units):
    """The same list with the town government's name as printed (accepted beside the bracket-dropped name)."""
    return [TOWN_P if u == TOWN else u for u in units]


# ---------------------------------------------------------------------------------------------------------
X01 = "x334_01_shi-lvrongju-2024-laji-fenlei-youhua-tisheng-shiji-jiangli-zijin-guanli-banfa.txt"
P01 = "上海市生活垃圾分类优化提升工作市级奖励资金管理办法"
N01 = "关于印发《上海市生活垃圾分类优化提升工作市级奖励资金管理办法》的通知"
SLR = "市绿化市容局"
QLR = "各区绿化市容局"
FGW = "市发展改革委"
CZJ = "市财政局"
GJ = "各级绿化市容和财政部门"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title (line 15) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪绿容〔2024〕285号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局, 上海市发展和改革委员会, 上海市财政局",
     date="2024-07-26",
     date_note="the cover is signed by the three bodies 2024年7月26日 (lines 7–13); 第三条's 2023年1月1日至2025年12月31日 is the "
               "span of the work the scheme rewards (a scope, no deadline) and 第十四条's 有效期至2026年12月31日 a general "
               "provision; no task is dated",
     level="the city greenery and city-appearance bureau with the development and reform commission and the finance "
           "bureau, to the district governments: a city reward fund, paid as a transfer to the districts, for residential "
           "compounds and villages that reach the high household-waste sorting standard (classes Ⅰ and Ⅱ) — rates, "
           "conditions, duties, planning, application, payment, performance and checks",
     source=src("关于印发《上海市生活垃圾分类优化提升工作市级奖励资金管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0039::610328b4-41fa-4ba8-a02d-33ae63c92efc", 3086),
     style="a cover notice signed by three bodies, the measures' title, 14 articles 「第N条（heading）」 with the heading on a "
           "line of its own and the text below; 第四条 rate lines and four coefficient lines, 第五条 conditions （1）–（5）, "
           "第六条 a duties article of six paragraphs each opening with a body",
     leaf_tasks=7, count_alternatives=[6, 8, 12],
     leaf_tasks_by_section={"第一–五条": 0, "第六–九条": 4, "第十条": 0, "第十一–十三条": 3, "第十四条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第六条（部门职责）"], [], [SLR, FGW, CZJ, "各区人民政府", "各区财政局", QLR],
          **art(X01, ["第六条（部门职责）"]),
          note="「市绿化市容局负责统筹推进…；制定…；汇总编制…年度计划；落实…主体责任；做好…工作。 市发展改革委负责奖励资金的安排，并下达资金计划。 市财政局负责预算和资金拨付审核，组织具体实施部门对…进行监督管理和绩效评价… 各区人民政府是本区…工作的责任主体，负责所需资金筹措和组织推进。 各区财政局审核拨付转移支付资金，组织、指导区绿化市容局实施转移支付绩效管理工作。 各区绿化市容局负责统筹协调本区…工作；…」 — "
               + DUTYSPLIT + ": 具体实施部门 (the object of 组织) and 区绿化市容局 (the object of 组织、指导) are pivot objects; "
               "各区人民政府 is designated 「A是…的责任主体」 (Round 85's x319_04 第四条) and 负责 besides; no 牵头: lead []; "
               "six tasks, one a paragraph, are accepted in the count (12; x328_04's 14 for 三、's four paragraphs); " + NODATE),
        S(["第七条（项目管理）"], [], [SLR, QLR], **art(X01, ["第七条（项目管理）"]),
          note="「市绿化市容局根据本办法制定优化提升工作的实施细则，明确…。 各区绿化市容局应对Ⅰ类、Ⅱ类小区（村）建设实施全过程管理，并聘请专业第三方机构进行验收，确保建设质量。验收所需费用纳入各区绿化市容局部门预算。」 — "
               + ARTICLE + ": 制定 and 实施 (rule 2's own verb) name the two bureaus in printed order; the third-party body is "
               "the object of 聘请 (round 30's pivot); the acceptance's cost is a payer's term (round 30: 费用); no 牵头: lead []; "
               + NODATE),
        S(["第八条（预算编制）"], [], [QLR, SLR, FGW], responsible_alternatives=[[QLR, SLR, FGW, CZJ]],
          **art(X01, ["第八条（预算编制）"]),
          note="「各区绿化市容局按照要求制定本区Ⅰ类、Ⅱ类小区（村）建设的年度计划，报市绿化市容局审核。市绿化市容局根据全市年度工作计划测算资金，向市发展改革委提出年度资金需求。市发展改革委按照…要求编制预算，按规定报市财政局。市财政局审核后，纳入年度预算。」 — "
               + ARTICLE + ": 制定 (the districts' building plan), 测算 and 编制 name the three in printed order; the finance "
               "bureau's 审核后纳入 is a review of what another body sends and its decision (Round 85's x321_02), none — the "
               "list with it accepted; an article whose acts are not only moving money is a task (unlike 第十条, Round 83's "
               "x311_01 第七条); the sendings 报…审核／报市财政局 ask the receiver's review, steps of approval, no duty (Round "
               "87's x325_01 第十八条, confirmed: 「报…备案同意后实施」; Round 77's x299_01 第十条) (RULING? 2: or undated duties, "
               "Round 83's x313_01 第十一条); the year in 年度 recurs and prints no date; no 牵头: lead []; " + NODATE),
        S(["第九条（资金申请）"], [], [], responsible_alternatives=[[SLR], [SLR, FGW]],
          **art(X01, ["第九条（资金申请）"]),
          note="「各区绿化市容局根据年度综合考评情况，向市绿化市容局提出奖励资金申请。市绿化市容局对各区提出的资金申请进行审核，并上网公示拟奖励对象及金额后，提出审核意见报市发展改革委。市发展改革委审核后下达资金使用计划。」 — "
               "a point that binds the rules' bodies to act on applications gives work, a task naming none (Round 87's "
               "x327_04 一–四, confirmed), the districts applying for their own reward being beneficiaries (round 30's "
               "applicant), and the review, its 公示 of the proposed awards, the opinion sent on and the commission's "
               "decision steps of the decision on the application (Round 85's x321_02; Round 87's x327_04) (RULING? 3: "
               "or 公示 a verb of doing in articles, round 44, naming 市绿化市容局); " + NONE + "; the bureau, and the bureau "
               "with the commission, accepted; " + NODATE),
        S(["第十一条（绩效管理）"], [], [GJ], lead_alternatives=[[GJ]],
          responsible_alternatives=[["各级绿化市容部门", "财政部门"]],
          **art(X01, ["第十一条（绩效管理）"]),
          note="「各级绿化市容和财政部门要按照全面实施预算绩效管理的要求，建立健全全过程预算绩效管理机制，按规定科学合理设定项目绩效目标，对照绩效目标做好绩效监控，每年组织开展转移支付绩效自评。强化绩效结果运用，…」 — "
               + ARTICLE + " (组织开展 rule 2's besides); fields joined before one head are one name as printed (round "
               "31: 「人事、卫生部门」), 和 here joining the fields, not two heads — the split names accepted; 每年…绩效自评 "
               "is a yearly rhythm of the bodies' own evaluation, no report sent, no duty (round 41 reads reports; "
               "EXPECTED.md: reporting and coordination rhythms) and no target (每年 no count); " + ONE_LEAD + "; "
               + NODATE),
        S(["第十二条（监督检查）"], [], [GJ, SLR], responsible_alternatives=[[GJ]],
          **art(X01, ["第十二条（监督检查）"]),
          note="「各级绿化市容和财政部门应当加强对转移支付资金分配、使用、管理情况的监督检查，发现问题及时纠正。 市绿化市容局按照“双随机”原则对已建成的Ⅰ类和Ⅱ类小区（村）开展抽查复核。复核不通过的，由市绿化市容局在当年奖励资金审核中提出扣回奖励资金意见。」 — "
               + ARTICLE + ": a check of the money the bodies themselves allot and use, with correction, is their own work "
               "(Round 87's x325_01 第二十四条, confirmed: a check that orders correction is the body's own work; Round 85's "
               "x321_03 第六条), 加强 adding nothing in articles; the city bureau's 开展抽查复核 of the compounds it rewarded "
               "is its own audit of the grant by a verb of doing (round 44) (RULING? 4: or a spot check of what the districts "
               "accepted and filed, a review naming none, Round 87's x323_04 第二十九条 — the list without it accepted); "
               "复核不通过的 … 提出扣回…意见 is the review's decision, none; names as 第十一条; no 牵头: lead []; " + NODATE),
        S(["第十三条（信息公开）"], [], ["各级绿化市容部门"], lead_alternatives=[["各级绿化市容部门"]],
          **art(X01, ["第十三条（信息公开）"]),
          note="「各级绿化市容部门应当按照国家和我市政府信息公开有关规定，公开转移支付资金使用情况，接受社会监督。」 — "
               + ARTICLE + " (公开); 接受社会监督 names no act (Round 87's x325_01 第二十五条: accepting scrutiny); "
               + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[(15, "万元"), (10, "万元"), (3, "个")],
     phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 no task; 第一条 purpose, 第二条 definitions (with the fund's "
            "专款专用 terms), 第十四条 entry into force and interpretation — general provisions (round 30); 第三条 (who is "
            "rewarded) and 第四条 (the rates and coefficients by class) are the scheme's terms, no doer and no 要／应 "
            "(Round 85's x318_07 二, turned), their figures plan targets; 第五条's conditions （1）–（5） are what a compound "
            "must reach to apply, the applicant's conditions (round 30's applicant; Round 83's x315_04 第五条; Round 85's "
            "x320_05) — no tasks; 第十条 (the finance bureau's advance notice, the districts' budgeting, the payment "
            "request and clearing) only moves money, the scheme's terms (Round 83's x311_01 第七条, confirmed; Round 81's "
            "x309_03 四、) (RULING? 1); 第六、七、八、九、十一、十二、十三条 one task each → **7**. Accepted: 6 (第九条 read as "
            "the applicant's and the reviewers' steps only, no task), 8 (第十条 counted), 12 (第六条's six paragraphs as six "
            "tasks, or 第五条's five conditions as items).",
            "units: article subjects (round 44); 市绿化市容局, 市发展改革委, 市财政局 as printed; 各级绿化市容和财政部门 one "
            "name (round 31); every task has lead [] (no 牵头 anywhere)",
            "dates: no task is dated; 2024年7月26日 the cover's signing; 2023-01-01 to 2025-12-31 the rewarded work's span "
            "(第三条, terms), 2026-12-31 the measures' expiry (general provision)",
            "figures: plan targets 15 万元 and 10 万元 per compound (第四条's rates, Round 85's x318_07: the rates plan "
            "targets) and 3 个 (第五条（2） 至少3个智能闭环管理场景, a condition of the terms); unchecked: the coefficient "
            "thresholds 95／90／80 分 and the coefficients 1, 0.9, 0.5, 0 (terms by class), 第五条's 低于80分 (a bar on "
            "applying)",
            "duties: none — the sendings of 第八、九条 (报市绿化市容局审核, 报市财政局, 报市发展改革委) ask the receiver's review "
            "and decision, steps of approval (Round 87's x325_01 第十八条; RULING? 2)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x334_02_shi-lvrongju-2022-xingzheng-xuke-jiandu-jiancha-banfa.txt"
P02 = "上海市绿化和市容管理局行政许可监督检查办法"
N02 = "关于印发《上海市绿化市容局行政许可监督检查办法》的通知"
XKC = "市绿化市容局行政许可处"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the measures' own title line (line 13, 「上海市绿化和市容管理局…」) or the notice's title (line 1, "
                "「…上海市绿化市容局…」, the short name of the same bureau): either (round 45's pair)",
     doc_no="沪绿容〔2022〕319号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局",
     date="2022-11-29",
     date_note="the cover is signed 2022年11月29日 (line 11); the measures take effect 2023年1月1日 (第十一条, a general "
               "provision); no task is dated",
     level="the city greenery and city-appearance bureau, to the district bureaus and its own units: how it supervises the "
           "licensing done by the district bureaus and the bodies licensing on its behalf — who checks, complaints, what "
           "and how it checks, correction, reporting and the districts' own checks",
     source=src("关于印发《上海市绿化市容局行政许可监督检查办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0039::97a653b4-1482-4b32-9614-0d58a12301f0", 1978),
     style="a short cover notice, the measures' title, 11 articles 「第N条（heading）」 with the heading on a line of its "
           "own; 第六条 a lead-in 「…监督检查的主要内容：」 over （一）–（十一）, 第七条 「…可以通过以下方式进行：」 over （一）–（四）",
     leaf_tasks=6, count_alternatives=[5, 7, 10, 15, 16],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四条": 0, "第五条": 1, "第六条": 1, "第七条": 0,
                            "第八–十条": 3, "第十一条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（监督检查部门）"], [XKC], [XKC, "局相关部门（单位）"], lead_alternatives=[[]],
          responsible_alternatives=[[XKC, "局相关部门"]],
          **art(X02, ["第三条（监督检查部门）"]),
          note="「市绿化市容局行政许可处会同局相关部门（单位），按照有关职责做好行政许可工作的监督检查。」 — 「A会同B＋verb」: "
               "lead A (lead [] accepted), responsible A, B (rule 2); in articles any verb of doing, 做好 included (round "
               "44; Round 83's x311_03 第四条); a section of a body kept as printed (round 43); 局相关部门 a kind (Round 85's "
               "x320_01), its bracket 「（单位）」 an alternative kind printed with it, kept as printed — the name without it "
               "accepted; an article in the opening provisions that gives work by a rule-2 form is a task (round 30; "
               "Round 85's x317_04 第四条); " + NODATE),
        S(["第五条（投诉和咨询）"], [], ["市绿化市容局政务服务综合窗口", "行政审批部门"],
          responsible_alternatives=[["行政审批部门"]],
          **art(X02, ["第五条（投诉和咨询）"]),
          note="「市绿化市容局政务服务综合窗口依托“一网通办”和“12345”政务服务等平台，接受群众对行政许可工作的投诉举报和咨询服务。 行政审批部门应当根据有关的行政许可投诉和咨询内容，配合做好复核、答复等工作。被投诉举报人确实存在违法行为的，应当依法作出处理。」 — "
               + ARTICLE + ": taking in the public's complaints is the rules' bodies' own work (Round 87's x325_02 第二十一条, "
               "confirmed: 受理 of reports), the window a unit of the bureau named as printed (round 43); 配合 with a subject "
               "of its own makes it a doer (round 46's p44g; Round 85's x319_04 第十四条), the body served named by none; "
               "the 的-clause's step has no subject and carries the one before it in its paragraph (rounds 34, 49 p46d); "
               "「行政审批部门」 is 第二条's defined name, kept where it acts (Round 81's x310_04) (RULING? 5: or the window "
               "only receives, rule 3 — the list without it accepted); no 牵头: lead []; " + NODATE),
        S(["第六条（监督检查内容）"], [], [], **art(X02, ["第六条（监督检查内容）"]),
          note="「对行政审批部门实施行政许可行为进行的监督检查的主要内容：（一）行政许可主体是否合法…（十一）其他需要进行监督检查的内容。」 — "
               "lines that only say what a check covers are its scope, text (Round 85's x322_01 二、（二）, confirmed: one "
               "leaf), so the article has no items and is one task, the check on these contents (Round 86's form (a): "
               "contents of a plan or a check leave the article one task) (RULING? 6: or each line an item of the check, "
               "round 63's x248_01 as plans-next311 read 「监督检查包括以下内容：」 → 16, 15 without the catch-all （十一）, "
               "Round 84's p61a-1; or the article only names the check's contents, no task → 5); the lead-in's subject is "
               "the noun 监督检查 (no body); " + NONE + "; " + NODATE),
        S(["第八条（纠正和处理）"], [], ["市绿化市容局"], lead_alternatives=[["市绿化市容局"]], responsible_alternatives=[[]],
          **art(X02, ["第八条（纠正和处理）"]),
          note="「行政审批部门实施的行政许可行为违反有关规定的，市绿化市容局可责令限期纠正。 发现公民、法人或者其他组织从事行政许可事项的活动存在违法行为的，市绿化市容局督促行政审批部门依法作出处理决定。」 — "
               "可责令 is an option (round 49 p46b); the second paragraph is the item's only work, the response to a case, "
               "so its body is taken (round 30's clarification: an item whose whole work is the response to a case); "
               + ARTICLE + " — 督促 the licensing bodies to decide on an offender is the bureau's own step after a breach "
               "(Round 77's x299_04 第二十八条; Round 85's x321_03 第六条, governs: 「A监督B（违法行为）的改正」 names A) "
               "(RULING? 7: or 督促 another body's work is rule 3's guide, Round 82's p60b-1 — none accepted); "
               + ONE_LEAD + "; " + NODATE),
        S(["第九条（情况通报）"], [], [XKC], lead_alternatives=[[XKC]], **art(X02, ["第九条（情况通报）"]),
          note="「市绿化市容局行政许可处应将各级行政审批部门的日常监管和督查结果，纳入年度“绩效考核”。对行政审批部门违反有关规定实施的行政许可行为，视具体情况在行业内进行通报，或者向所在区人民政府、上级行政机关进行通报。」 — "
               + ARTICLE + " (纳入), the second sentence carrying the subject before it in its paragraph (rounds 34, 49 "
               "p46d); the 通报 of a body's breach is a sanction the bureau may choose 「视具体情况」, not a report the rules "
               "owe, so no duty (Round 85's x322_01 三、: 予以通报批评 a sanction; round 44's duty is a sending owed when a case "
               "arises); 年度 names the yearly appraisal, no date; " + ONE_LEAD + "; " + NODATE),
        S(["第十条（督查制度）"], [], ["各级行政审批部门"], lead_alternatives=[["各级行政审批部门"]],
          **art(X02, ["第十条（督查制度）"]),
          note="「各级行政审批部门应当建立健全本部门行政许可监督检查制度，对本部门内部行政许可责任部门及工作人员实施行政许可行为进行监督检查。」 — "
               + ARTICLE + ", the defined name with 各级 kept as printed (round 30; Round 81's x310_04); " + ONE_LEAD
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 no task; 第一条 purpose, 第二条 scope (with the defined "
            "names 市绿化市容局, 行政审批部门), 第十一条 entry into force — general provisions (round 30); 第四条 the check's "
            "principles, a principle naming no act (round 68; Round 85's x317_02 一、); 第七条 「…可以通过以下方式进行：」: the "
            "ways the check may take are options, 可 reaching every line under it (round 49 p46b; Round 87's x327_01 二) — "
            "no task; 第六条 one task (its lines the check's scope, RULING? 6); 第三、五、八、九、十条 one each → **6**. "
            "Accepted: 5 (第六条 no task), 7 (第七条 one task), 10 (第七条's four lines as items), 15 and 16 (第六条's lines as "
            "items, without or with the catch-all （十一））.",
            "units: article subjects (round 44); the bureau's sections and window as printed (round 43); the defined name "
            "行政审批部门 where it acts (Round 81's x310_04)",
            "dates: no task is dated; 2022年11月29日 the cover's signing; 2023年1月1日 the start (general provision)",
            "figures: none; unchecked: 「12345」 (a hotline's name, EXPECTED.md: names with digits)",
            "duties: none — 第九条's 通报 is a sanction at the bureau's choice (视具体情况), not an owed report; no sending is "
            "asked of any body"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x334_03_shi-lvrongju-2022-gongyuan-lvdi-youle-sheshi-guanli-banfa.txt"
P03 = "上海市公园绿地游乐设施管理办法"
N03 = "关于印发《上海市公园绿地游乐设施管理办法》的通知"
SLH = "市绿化管理部门"
QLH = "区绿化管理部门"
GYD = "公园绿地管理单位"
QSY = "企事业单位"
A04 = "第四条 管理部门职责"
A06 = "第六条 公园绿地游乐区的设置要求"
A13 = "第十三条 管理要求"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the measures' own title (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪绿容规〔2022〕1号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局, 上海市市场监督管理局",
     date="2022-03-01",
     date_note="the cover is signed by the two bureaus 2022年3月1日 (lines 7–11) and names the two meetings that passed the "
               "measures (2022年1月4日, 2022年3月1日); in force 2022年3月25日 to 2027年3月24日 (第二十一条, a general provision); "
               "节假日和重大活动前 (第十三、十六条) recur and date nothing",
     level="the city greenery and city-appearance bureau with the market-supervision bureau, to the district bureaus and "
           "the bodies concerned: where amusement areas may be set up in parks and green spaces and how big, the park "
           "managers' duties over the operators of the rides, and the checks and appraisal by the greenery departments",
     source=src("关于印发《上海市公园绿地游乐设施管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0039::25a23792-7019-40d7-a403-92849d181140", 4205),
     style="a cover notice signed by two bureaus, the measures' title, five chapters 「第N章 title」 and 21 articles "
           "「第N条 heading」 (a space, the heading on a line of its own, the text below; 第十九、二十条 with two spaces and "
           "their text on the label's line); 第六条 three lines （一）–（三） then a ratio table flattened one cell a line "
           "and two paragraphs; 第十三条 two paragraphs, a lead-in over （一）–（六） and a paragraph after them",
     leaf_tasks=22, count_alternatives=[19, 21, 23, 25],
     leaf_tasks_by_section={"第一–三条": 0, "第四条": 1, "第五条": 0, "第六条": 4, "第七–十二条": 6, "第十三条": 7,
                            "第十四–十六条": 3, "第十七条": 0, "第十八条": 1, "第十九–二十一条": 0},
     childless_top_level_sections=[],
     samples=[
        S([A04], [], [SLH, "市公园管理事务中心", QLH, "市市场监管部门", "区市场监管部门"],
          responsible_alternatives=[[SLH, QLH, "市市场监管部门", "区市场监管部门"]],
          **art(X03, [A04]),
          note="「市绿化管理部门负责…的监督管理，组织制定…；指导、督促区绿化管理部门做好…管理。市公园管理事务中心承担…监督检查、相关数据采集等具体管理事务。 区绿化管理部门负责本辖区…的管理工作。 市市场监管部门负责组织制定…地方标准。 区市场监管部门负责…的质量监督，查处…的行为。」 — "
               + DUTYSPLIT + "; 承担 with work as its object names a doer (round 30: only a cost as object names a payer), "
               "so 市公园管理事务中心 (the list without it accepted); the district department, the object of 指导、督促 in the "
               "first paragraph, opens its own paragraph with 负责; no 牵头: lead []; four tasks (one a paragraph) accepted "
               "in the count (25); " + NODATE),
        S([A06, "（三）"], [], [], targets=[(10, "米"), (20, "米")], **art(X03, [A06, "（三）"]),
          note="「游乐区设置应当与公园绿地整体环境相协调，并符合下列要求：」 over 「（三）游乐区距离城市道路不小于10米，距离居民区不小于20米。」 — "
               "the lines of a list are its items, each read by its words (Round 77's x299_01 第六条); " + LIMITWORK
               + "; 不小于10米, 不小于20米 floors joined to 不小于, targets (round 30's line; Round 85's x322_04 第五条); "
               "the lead-in's 相协调 a state, text; " + NONE + "; " + NODATE),
        S([A06], [], [], targets=[(2.5, "%"), (0.5, "%")], line=57, title_starts="严格控制公园绿地",
          note="「严格控制公园绿地游乐区面积，其用地比例应当符合下表规定：公园绿地面积 / 游乐区用地比例 / 4公顷（不含）—10公顷部分 / ≦2.5% / … / 100公顷（不含）以上部分 / ≦0.5% / 备注：… 历史名园、4公顷以下的公园、开敞式公园绿地、科研为主要功能的公园，原则上不得设置有动力的游乐设施。 游乐区面积超过规定比例和游乐设施项目设置不符合要求的已建成公园绿地，应当结合…，按规定逐步予以调整。」, the paragraphs after 第六条's items — "
               "an unnumbered paragraph after an article's last numbered item that gives work by a verb of doing is one "
               "more task of the article, several such paragraphs one task (Round 86's governs; round 38); 严格控制, "
               "不得设置, 逐步予以调整 are limits and acts on how the areas are set up, naming none (" + LIMITWORK + "); "
               "the table's cells 「≦2.5%」…「≦0.5%」 are ceilings the ratio must meet, ≦ the sign of 不大于 (round 30's line: a "
               "ceiling of a standard), targets 2.5 %, 1.5 %, 1.0 %, 0.5 % (the first and last checked) (RULING? 8: or a "
               "sign is no comparison word and the cells are the table's norms); the area bands and 4公顷以下的公园 pick the "
               "parks and portions a rule applies to, unchecked (round 58's class beside round 25's bands: the two pull "
               "apart, so neither is checked); " + NONE + "; " + NODATE),
        S(["第七条 游乐区内部要求"], [], [], targets=[(2, "米"), (1, "米")], **art(X03, ["第七条 游乐区内部要求"]),
          note="「游乐区内应当合理控制游乐项目的密度…。游乐区内园路宽度应当不小于2米；相邻游乐设施的安全栅栏水平间距应当不小于2米；…与乔木树冠外缘距离应当不小于2米、与灌木距离应当不小于1米。 游乐区内应当按照消防规定设置消防器材，安装监控等技防设备。 游乐区内应当按照相关标准的要求设置安全标志。」 — "
               "an article of paragraphs with no items is one task (round 38); " + LIMITWORK + " — 控制, 设置, 安装 acts "
               "with no subject (" + NOSUBJ + "); 不小于2米, 不小于1米 floors of a standard, targets (round 30's line); "
               + NONE + "; " + NODATE),
        S(["第八条 游乐设施的设置要求"], [], [], **art(X03, ["第八条 游乐设施的设置要求"]),
          note="「已建成公园绿地内新增或者更换游乐设施，应当编制项目设置方案，明确…。因…原因，确需调整原有建成公园绿地内部布局的，应当依法向市绿化市容管理部门办理相关审批手续。」 — "
               "编制 with no subject is work of the rules (" + NOSUBJ + "); the approval body only receives the "
               "application (rule 3: 「向A申请」), and the case 「确需调整…的」 adds no unit (rule 3; Round 79); " + NONE
               + "; " + NODATE),
        S(["第九条 安全责任"], [], [QSY, GYD], responsible_alternatives=[[GYD], [QSY]], **art(X03, ["第九条 安全责任"]),
          note="「负责公园绿地运营管理的企事业单位（以下统称公园绿地管理单位）是游乐设施安全管理的主要责任单位。应当与…运营单位订立书面合同，并签订安全管理协议，…建立明晰的运营退出机制。 公园绿地管理单位应当核实…，依法督促、协助运营单位加强安全检查和管理；发现运营单位有…安全隐患或异常情况的，应当要求运营单位及时处理，并报告相关部门。」 — "
               "「A是…的X单位」 designates A (Round 85's x319_04 第四条), and the following sentences carry it (rounds 34, 49 "
               "p46d); " + ARTICLE + "; at a defining bracket the 的-rule gives the head where it names a kind (round 61's "
               "x264_01; Round 83's x311_02 第十五条: [产权人, 使用人] at the bracket), 企事业单位 a kind (Round 81's x306_03; "
               "Round 87's x323_02 第三十条), and the defined name serves where it is printed later (Round 81's x310_04) — "
               "so both, in printed order (RULING? 9: one body under two names; either name alone accepted); the operator "
               "is the object of 督促／要求 (round 30's pivot); 报告相关部门 is a duty (below); no 牵头: lead []; " + NODATE),
        S(["第十二条 从业人员"], [], [GYD], lead_alternatives=[[GYD]], targets=[(1, "次")],
          **art(X03, ["第十二条 从业人员"]),
          note="「公园绿地管理单位应当督促运营单位配备必要的从业人员，并加强岗前安全教育和培训… 公园绿地管理单位应当督促运营单位为从业人员制定安全教育和培训计划，每年至少进行一次集中安全教育，按规定保存相关教育和培训记录。」 — "
               + ARTICLE + ": a manager's supervision of the operators it contracts is its own work (Round 87's x328_01 "
               "第十三条, confirmed), the operator the pivot's object (round 30); 每年至少进行一次: a quantity joined to 至少 "
               "is a target, 1 次 in a rhythm included (round 30's line; Round 85's x320_09 二), the period none; training "
               "is no report, no duty; " + ONE_LEAD + "; " + NODATE),
        S([A13, "（一）"], [], [GYD], lead_alternatives=[[GYD]], responsible_alternatives=[[]],
          **art(X03, [A13, "（一）"]),
          note="「公园绿地管理单位应当依法对运营单位安全管理制度的制定和执行情况等进行检查；节假日和重大活动前，应当开展安全专项检查。督促运营单位做好以下工作：」 over 「（一）建立日常维护保养和安全检查制度，制定维护保养作业和安全检查计划。明确每台游乐设施的维护保养周期，明示维护保养情况信息。督促操作人员和维修人员每日开展运行前安全检查，…。安全管理人员每周开展巡检并有完整的记录。」 — "
               "an article with numbered items is no leaf, its opening paragraphs the text leading into them (Round 83's "
               "x311_04 第十一条; Round 85's x322_04 第十九条); a lead-in in articles binding a named body to the work its "
               "lines list gives it to the lines that name none (rule 4; Round 83's x311_03 第十一、十二条), the lines being "
               "the operator's work the manager 督促s (its own supervision, Round 87's x328_01 第十三条) (RULING? 10: or the "
               "lines are the operator's acts, a pivot's object, and 督促 gives them nothing — none accepted); the persons "
               "are no units (round 30); 每日, 每周 rhythms with no count, no target; " + ONE_LEAD + "; " + NODATE),
        S([A13, "（三）"], [], [GYD], lead_alternatives=[[GYD]], responsible_alternatives=[[]],
          **art(X03, [A13, "（三）"]),
          note="Round 89 (turned on （三）, Round 83's x316_01 一 over round 42): a report of an accident, sent to the bodies "
               "that act on it, is a duty (round 44; x316_01 一), whoever sends — 「发生运营事故时，…及时向相关管理部门报告」: no "
               "duty → an undated duty (below; no duty stays accepted); the units stand. The builder's reading: "
               "「（三）建立应急救援和事故处理制度。制定专项应急救援预案，配备应急设施、装备、工具，定期开展应急救援演练，并对演练效果进行评估，及时修订、完善应急救援预案。发生运营事故时，应当按照应急预案进行处置，及时向相关管理部门报告。」 — "
               "the lead-in's body as （一） (rule 4; Round 83's x311_03) (RULING? 10); 定期 prints no rhythm; the accident "
               "report was read the operator's on its own matters, a regulated party's filing, no duty (round 42; Round 85's "
               "x322_01 一、（二））, turned by Round 89 (above); " + ONE_LEAD + "; none accepted; " + NODATE),
        S(["第十六条 检查督促"], [], [SLH, QLH], **art(X03, ["第十六条 检查督促"]),
          note="「市绿化管理部门在节假日和重大活动前，组织开展安全检查或者抽查。运用现代技术手段，开发…智能应用场景，建立完善…管理数据库。 区绿化管理部门应当建立监督管理制度，定期开展监督检查，核实、报送游乐设施运营管理情况。」 — "
               "组织开展 names its subject (rule 2), the next sentence carrying it (rounds 34, 49 p46d), and " + ARTICLE
               + "; 节假日和重大活动前 recurs before each holiday, no date (round 34); the district department's 报送 of the "
               "operation's state is a report the rules owe, undated (定期 prints no rhythm) — a duty (below); no 牵头: "
               "lead []; " + NODATE),
        S(["第十八条 考核评价"], [], [SLH], lead_alternatives=[[SLH]], **art(X03, ["第十八条 考核评价"]),
          note="「公园绿地游乐设施的管理工作纳入区绿化、直属公园年度绩效考核，公园分类分级管理、文明公园考评和复评等。 市绿化管理部门组织对全市公园绿地游乐设施管理情况进行综合评价。」 — "
               "the first paragraph's 纳入 has no subject (" + NOSUBJ + "), the second's 组织＋verb names its subject (rule 2); "
               "年度 names the yearly appraisal, no date and no report; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现运营单位有违反运营安全规定、存在安全隐患或异常情况的，应当要求运营单位及时处理，并报告相关部门", "when": None,
              "when_norm": None,
              "note": "第九条 — the park manager's report of what its own check of the operator finds, sent to the bodies "
                      "that act on it: an undated duty (Round 83's x316_01 一, confirmed; 及时 prints no time, Round 79)"},
             {"what": "区绿化管理部门应当建立监督管理制度，定期开展监督检查，核实、报送游乐设施运营管理情况", "when": None,
              "when_norm": None,
              "note": "第十六条 — a report the rules owe of a body they task (round 48; Round 85's x320_04 (二)/5: a report "
                      "with no time printed is an undated duty); 定期 names no period"},
             {"what": "发生运营事故时，应当按照应急预案进行处置，及时向相关管理部门报告", "when": None, "when_norm": None,
              "note": "Round 89 (turned on （三）, Round 83's x316_01 一 over round 42): 第十三条（三） — a report of an accident, "
                      "sent to the bodies that act on it, is a duty whoever sends (round 44; x316_01 一); 及时 prints no "
                      "time: no duty → an undated duty (no duty stays accepted). The builder's reading was: the operator's "
                      "report on its own matters, no duty (round 42; RULING? 11)"}],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 no task; 第一条 purpose, 第二条 scope, 第十九条 参照, 第二十条 "
            "definitions, 第二十一条 entry into force — general provisions (round 30; Round 85's x322_02 参照); 第三条 a "
            "principle (round 68), 第五条 鼓励 (Round 83's x313_03 第四条（五）), 第十七条 「…可以单独或者联合相关部门约谈…，并督促…」 "
            "options, 可 reaching the 并 clause (round 49 p46b; Round 87's x327_01 二) — no tasks; 第四条 one task (Round "
            "82's p60c-1); 第六条 4 — （一）（二）（三） each a limit or act on where and how the area is set up (（一）'s "
            "「相对独立，集中设置」 and （二）'s 「保持适当的距离，并…进行适当隔离」 acts, not states only; Round 87's x328_03 "
            "governs) and the paragraphs after them one task (Round 86); 第七–十二条 one each (6); 第十三条 7 — its opening "
            "paragraphs lead into （一）–（六） (no leaf of their own, Round 85's x322_04 第十九条) and the paragraph after "
            "them (水上游乐项目) its own task (Round 86); 第十四、十五、十六、十八条 one each → 1 + 4 + 6 + 7 + 4 = **22**. "
            "Accepted: 19 (第六条 one task: the area rules a standard's terms, Round 83's x315_02 第八条), 21 (第六条（一） a "
            "state, text), 23 (第十七条 counted), 25 (第四条's four paragraphs as four tasks).",
            "units: article subjects (round 44); the departments named by kind as printed (市绿化管理部门, 区绿化管理部门, "
            "市市场监管部门, 区市场监管部门; 市绿化市容管理部门 in 第八条 only receives); 公园绿地管理单位 the defined name "
            "(第九条) where it acts; the operators (运营单位) are objects of 督促／要求 (round 30's pivot), never doers here",
            "dates: no task is dated; 节假日和重大活动前 recurs (round 34)",
            "figures: targets 10 米, 20 米 (第六条（三）), 2.5 %, 0.5 % (第六条's table, of four ceilings), 2 米, 1 米 (第七条), "
            "1 次 (第十二条); unchecked: the area bands (4, 10, 50, 100 公顷) and 4公顷以下的公园 (RULING? 8), GB/T 16767 "
            "(a standard number, EXPECTED.md), 1.5 % and 1.0 %",
            "duties: three undated — 第九条's report to 相关部门 of the operator's faults, 第十六条's 报送 of the operation's "
            "state and — Round 89 (turned on （三）) — 第十三条（三）'s accident report to 相关管理部门; not duties: 第十三条's "
            "每月召开安全工作例会 (a regulated firm's internal meeting, round 42; RULING? 11, confirmed on the meeting), "
            "第十二条's yearly training"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x334_04_shi-zhengfu-2014-shirong-huanjing-weisheng-zerenqu-guanli-banfa.txt"
P04 = "上海市市容环境卫生责任区管理办法"
SLX = "市绿化市容行政管理部门"
QLX = "区绿化市容行政管理部门"
JZ = [TOWN, "街道办事处"]
A02 = "第二条（管理部门）"
A03 = "第三条（区和街镇管理职责）"
HY = "市场监管、商务、药品监管、房屋管理、经济信息化、住房城乡建设管理、交通、卫生健康、教育、文化旅游等有关行政管理部门"

plan(X04,
     title=P04,
     title_note="the rules' title, printed twice (lines 1 and 3)",
     doc_no="上海市人民政府令第24号 (2014), 修正 by 上海市人民政府令第7号 (2023) (line 5; the front matter gives none)",
     issuer="上海市人民政府",
     date="2014-12-05",
     date_note="line 5: issued 2014年12月5日 by order No. 24, amended 2023年12月5日 by order No. 7 (the index gives no date); "
               "in force 2015年3月1日 (第二十一条, a general provision); no task is dated",
     level="the city government's rules on the city-appearance and sanitation zones that shops, compounds, sites and "
           "units keep in front of their premises: the departments' and the district and town governments' duties, how "
           "zones are drawn, what the responsible parties keep, notices, records, self-regulation, appraisal, publicity",
     source=src("上海市市容环境卫生责任区管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/bf1738899709433ca96b0e9dabf03242.html", 3672),
     style="a government rule with no cover: the title twice, a line of its order and amendment, 21 articles "
           "「第N条（heading）」 with the heading on a line of its own; 第二条 a duty list （一）–（三） and a paragraph after "
           "it; 第三条 a paragraph, a duty list （一）–（三） whose （三） runs on into the towns' lead-in, then a second list "
           "（一）–（三）; 第四条 a list of zone ranges （一）–（六） and three paragraphs; 第十一条 a lead-in over （一）–（四）",
     leaf_tasks=25, count_alternatives=[24, 26, 27, 31],
     leaf_tasks_by_section={"第一条": 0, "第二条": 4, "第三条": 6, "第四–八条": 5, "第九条": 0, "第十条": 1,
                            "第十一条": 4, "第十二–十四条": 3, "第十五条": 0, "第十六、十七条": 2, "第十八–二十一条": 0},
     childless_top_level_sections=[],
     samples=[
        S([A02, "（一）"], [], [SLX], lead_alternatives=[[SLX]], **art(X04, [A02, "（一）"]),
          note="「市绿化市容行政管理部门是本市市容环境卫生责任区(以下简称“责任区”)工作的主管部门，主要履行以下职责：」 over 「（一）组织制定本市责任区管理的相关政策、标准与指导意见；」 — "
               + DUTYLIST + ", the line's own 组织制定 rule 2's besides; " + ONE_LEAD + "; " + NODATE),
        S([A02], [], [HY], lead_alternatives=[[HY]], responsible_alternatives=[["本市" + HY]], line=21,
          title_starts="本市市场监管、商务",
          note="「本市市场监管、商务、药品监管、房屋管理、经济信息化、住房城乡建设管理、交通、卫生健康、教育、文化旅游等有关行政管理部门按照各自职责，协同实施本办法。」, the paragraph after 第二条's items — "
               "an unnumbered paragraph after an article's last item that gives bodies work by a verb of doing is one more "
               "task of the article (Round 86's governs; round 38), and work on the rules as a whole placed by 实施 is a "
               "task, not a general provision (Round 85's x317_04 第四条: 「本规定由…贯彻实施，…负责检查监督」); fields joined "
               "before one head with 等 are one name as printed (round 31), 本市 no part of it (Round 85's x321_01 六、（三））"
               " — the name with 本市 accepted; " + ONE_LEAD + "; " + NODATE),
        S([A03, "（三）"], [], [QLX] + JZ,
          responsible_alternatives=[[QLX] + printed(JZ), [QLX], JZ, printed(JZ)], **art(X04, [A03, "（三）"]),
          note="「区绿化市容行政管理部门负责本辖区内责任区的监督管理，主要履行以下职责：」 over 「（三）指导镇（乡）人民政府、街道办事处推进责任区自律管理工作。镇（乡）人民政府、街道办事处负责组织本辖区内的相关单位、个人落实责任区制度，主要履行以下职责：」 — "
               "the page prints the towns' lead-in on （三）'s own line, and rule 2 reads every clause of an item's own text "
               "up to the next item: 「A负责组织…落实…」 names the town governments and sub-district offices (rule 2); the "
               "district department's 指导 is its listed duty, given by the lead-in (" + DUTYLIST + "; Round 85's x319_02 四: "
               "a duty word over a list), though 「A指导B」 alone is rule 3's guide (RULING? 12: （三） as printed holds both "
               "bodies' work, or only the department's line with the towns' lead-in belonging to the list after it — "
               "either part accepted); " + TOWN_NOTE + "; no 牵头: lead []; " + NODATE),
        S([A03, "（一）"], [], JZ, responsible_alternatives=[printed(JZ)], **at(X04, "（一）", nth=3),
          note="「镇（乡）人民政府、街道办事处负责组织本辖区内的相关单位、个人落实责任区制度，主要履行以下职责：」 over the second 「（一）落实具体责任人、责任区范围；」 — "
               "the towns' own duty list, printed after 第三条（三） with its numbers starting again; paths are written as "
               "printed, a number not repaired by its place (round 48; Round 85's x320_02), so ['第三条…', '（一）'] a second "
               "time, told apart by its first words (the scorer's tie-break); " + DUTYLIST + ", the line's 落实 with work as "
               "object rule 2's besides (round 30); " + TOWN_NOTE + "; no 牵头: lead []; " + NODATE),
        S(["第四条（责任人确定及责任区范围划分）"], [], [SLX], lead_alternatives=[[SLX]],
          responsible_alternatives=[[SLX] + JZ, [SLX] + printed(JZ)],
          **art(X04, ["第四条（责任人确定及责任区范围划分）"]),
          note="「责任人按照…规定确定。 本市陆域责任区范围的划分，遵循下列基本规定：（一）实行物业管理的居住区的责任区范围，为其物业管理区域外侧至人行道外沿；…（六）… 市绿化市容行政管理部门应当按照前款规定，制定本市责任区范围的具体划分标准，并向社会公布。 按照第一款、第二款规定不能确定责任区范围的，镇（乡）人民政府、街道办事处应当根据实际情况，提出划分建议，报所在地区绿化市容行政管理部门确定。 行政辖区的接壤地区责任区范围不清的，由市绿化市容行政管理部门予以确定。」 — "
               "lines that only class the zones by the kind of place are a list of classes, no items that give work (Round "
               "83's x313_03 第十三条; Round 78's (b)), so the article has no items: it is one task and its paragraphs its "
               "work (Round 86's form (a)); " + ARTICLE + ": 制定 names the city department; the towns' 提出划分建议，报…确定 is "
               "a proposal sent up for the district's decision, a step of that decision (Round 85's x321_03 第五条（一）), "
               "and 「…不清的，由A予以确定」 a case beside the article's other work, adding no unit (rule 3; Round 83's x315_01 "
               "第六条, turned) (RULING? 13: or the proposal is the towns' work by a verb of doing — the list with them "
               "accepted); " + ONE_LEAD + "; " + NODATE),
        S(["第五条（责任要求）"], [], ["责任人"], lead_alternatives=[["责任人"]], responsible_alternatives=[[]],
          **art(X04, ["第五条（责任要求）"]),
          note="Round 89 (turned: Round 84's p61a-2 — a regulated party bound by 应当 is a doer — and Round 87's x323_04 over "
               "rule 3's nouns read for any 责任人): rule 3's 负责同志／负责人／责任人 are persons in charge of a body or a task; "
               "第四条 makes 责任人 the rules' party for each 责任区 (units and persons alike), so it is kept where it acts "
               "(予以劝阻、制止), as the defined 单位 was: none → [责任人] (none stays accepted; " + ONE_LEAD + "). The "
               "builder's reading was: "
               "「…陆域责任区的责任要求确定如下：（一）保持市容整洁，无乱设摊、乱搭建、…无影响通行的积雪残冰；（二）保持环境卫生整洁，无暴露垃圾、粪便、污水、污迹。 责任人对责任区内违反市容环境卫生管理规定的行为，应当予以劝阻、制止；劝阻、制止无效的，向绿化市容行政管理部门、城管执法部门或者镇（乡）人民政府、街道办事处报告。」 — "
               "the two lines state only the state a zone must keep, text (Round 85's x320_09, turned; Round 87's x328_03 "
               "governs: a line stating only the state asked), so the article is one task and its closing paragraph its "
               "work (Round 86's form (a)); 「责任人」 is among rule 3's nouns that are no units (负责同志／负责人／责任人), though "
               "here the rules' defined party (units and persons alike) (RULING? 14: or a regulated party bound by 应当, a "
               "doer in articles, Round 84's p61a-2 — [责任人] accepted, and so turned above); the report when dissuasion "
               "fails is a duty (below); " + NONE + "; " + NODATE),
        S(["第六条（公共设施保洁）"], [], ["产权单位", QLX], **art(X04, ["第六条（公共设施保洁）"]),
          note="「邮政、供水、供电、电信、交通等公共设施的产权单位应当按照城市容貌标准的要求，做好公共设施保洁工作。责任人发现责任区内的上述公共设施不符合要求的，应当向区绿化市容行政管理部门报告。区绿化市容行政管理部门应当要求公共设施的产权单位及时处理。」 — "
               + ARTICLE + ": a regulated party bound by 应当 to an act is a doer (Round 84's p61a-2), its name the head after "
               "the last 的 (rounds 32, 38; Round 85's x317_01 第三条); the district department's 要求 the owners' repair is "
               "its own step on a fault reported to it (Round 87's x325_01 第二十四条: a check that orders correction); 责任人, "
               "kept where it acts by Round 89 (第五条, turned), only reports here, a sending naming none (rounds 46, 48), "
               "its report a duty (below); no 牵头: lead []; " + NODATE),
        S(["第七条（责任告知书）"], [], [QLX] + JZ + ["责任人", SLX],
          responsible_alternatives=[[QLX] + printed(JZ) + ["责任人", SLX], [QLX] + JZ + [SLX], [QLX] + printed(JZ) + [SLX]],
          **art(X04, ["第七条（责任告知书）"]),
          note="Round 89 (turned on 第五条, read here as there): 第四条 makes 责任人 the rules' party for each 责任区, kept where "
               "it acts (Round 84's p61a-2: a regulated party bound by 应当 is a doer), and 「责任人应当将《责任告知书》…公示，并保持"
               "整洁、完好」 is its act — 责任人 added in printed order (the builder's list, without it, stays accepted, as none "
               "does on 第五条). The builder's reading: "
               "「区绿化市容行政管理部门应当制作《…责任告知书》…。《责任告知书》应当载明…。《责任告知书》由镇（乡）人民政府、街道办事处向本辖区内的责任人发放。 责任人应当将《责任告知书》…公示… 《责任告知书》示范文本由市绿化市容行政管理部门制定。」 — "
               + ARTICLE + " (制作); 由A＋a verb of doing names A (rule 2): 由A发放 hands the rules' own notice to the parties, "
               "as serving a body's own decision ends its work (Round 83's x313_02 五、（十一））, and 由A制定 names the city "
               "department (Round 85's x322_04 第二十五条); " + TOWN_NOTE + "; 责任人 as 第五条 (turned, above); no 牵头: lead []; "
               + NODATE),
        S(["第十条（自律性规约）"], [], ["责任区自律组织"], lead_alternatives=[["责任区自律组织"]],
          responsible_alternatives=[[]], **art(X04, ["第十条（自律性规约）"]),
          note="「责任区自律组织应当制定自律性规约，明确…等事项。其中，自律性规约约定的具体责任要求可以…增加其他…要求。参加责任区自律组织的责任人应当遵守自律性规约的约定。」 — "
               + ARTICLE + ": a body the rules bind by 应当 to draw up its own rules is a doer (Round 84's p61a-2), though "
               "第九条 only encourages its founding (a body set up elsewhere is no body the item sets up, rule 3); 可以 an "
               "option (round 49 p46b); the members' 遵守 names no act (Round 84's p61a-2: 「遵守…规定」); " + ONE_LEAD
               + "; none accepted; " + NODATE),
        S(["第十一条（政府推进自律）", "（二）"], [], JZ, responsible_alternatives=[printed(JZ), []],
          **art(X04, ["第十一条（政府推进自律）", "（二）"]),
          note="「镇（乡）人民政府、街道办事处应当根据本辖区实际情况，推进实施责任区自律管理，做好以下具体工作：」 over 「（二）对自律性规约的制订提供指导服务；」 — "
               "in articles a lead-in binding named bodies to the work its lines list gives them to the lines that name "
               "none (rule 4; Round 83's x311_03 第十一、十二条: 「A、B应当遵守下列规定：」 gives A and B); 提供指导服务 to the "
               "self-regulating groups is the towns' listed work, not 「在A指导下」 (rule 3's guide is the body that guides "
               "another's work — here the line's own act, given by the lead-in); " + TOWN_NOTE + "; none accepted; no 牵头: "
               "lead []; " + NODATE),
        S(["第十三条（合同指导）"], [], [], responsible_alternatives=[JZ, printed(JZ)],
          **art(X04, ["第十三条（合同指导）"]),
          note="「镇（乡）人民政府、街道办事处应当指导居住区、商业办公楼等区域的业主在签订…等合同时，将责任要求纳入合同内容。」 — "
               "「A指导B…」 without 负责 is rule 3's guide, in articles too (round 30; Round 83's x311_02 第十条), the "
               "owners the object and the verbs after it theirs (Round 83's x316_02 （十四））; an article whose only act is "
               "guidance still gives work, a task naming none (Round 85's x317_01 第十九条 kept its article) (RULING? 15: "
               "or in articles the subject of 指导 is a doer, round 44 — the towns accepted); " + NONE + "; " + NODATE),
        S(["第十六条（宣传工作）"], [], ["市和区绿化市容行政管理部门", "行政管理部门"] + JZ,
          responsible_alternatives=[["市和区绿化市容行政管理部门", "行政管理部门"] + printed(JZ),
                                    ["市和区绿化市容行政管理部门", "有关协同实施本办法的行政管理部门"] + JZ,
                                    ["市和区绿化市容行政管理部门", "有关协同实施本办法的行政管理部门"] + printed(JZ)],
          **art(X04, ["第十六条（宣传工作）"]),
          note="「市和区绿化市容行政管理部门、有关协同实施本办法的行政管理部门、镇（乡）人民政府、街道办事处应当通过多种形式，宣传责任区制度，增强…意识。」 — "
               + ARTICLE + " (宣传); levels before one head are one name (round 30; Round 85's x321_04 第十条); a 的-phrase "
               "gives the name after its last 的 (rounds 32, 38; Round 85's x317_01 第三条) — 行政管理部门, the printed phrase "
               "accepted; " + TOWN_NOTE + "; no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "责任人对责任区内违反市容环境卫生管理规定的行为，应当予以劝阻、制止；劝阻、制止无效的，向绿化市容行政管理部门、城管执法部门或者镇（乡）人民政府、街道办事处报告",
              "when": None, "when_norm": None,
              "note": "第五条 — a report of the breaches the parties' own duty finds, sent to the bodies that act on them, is "
                      "a duty, undated (Round 83's x316_01 一, confirmed; round 44: a sending the rules ask when a case "
                      "arises)"},
             {"what": "责任人发现责任区内的上述公共设施不符合要求的，应当向区绿化市容行政管理部门报告", "when": None, "when_norm": None,
              "note": "第六条 — the same form: a fault found in the zone reported to the department that acts on it "
                      "(Round 83's x316_01 一), undated"}],
     notes=["counting (leaf tasks): no cover; 第一条 purpose, 第十八条 (a pointer to the law for a breach with no agent, "
            "Round 87's x325_01 第二十五条, turned), 第十九条 (liability, 依法给予处分 with no agent), 第二十条 (the water zones "
            "under other rules, a scope), 第二十一条 entry into force — general provisions; 第九条 本市鼓励 (no work, Round 83's "
            "x313_03 第四条（五））; 第十五条 「…评选标准中，应当包含责任区制度的实施情况」 states what a standard holds, text (Round "
            "85's x320_09, turned) (RULING? 16); 第二条 4 (（一）–（三） and the paragraph after them, Round 86); 第三条 6 "
            "(its opening 「区人民政府负责…综合协调」 leads into the lists, no leaf of its own, Round 85's x322_04 第十九条; the "
            "department's （一）–（三） and the towns' （一）–（三））; 第四、五条 one each (their lines classes and states, Round 86's "
            "form (a)); 第六、七、八、十条 one each; 第十一条 4 (（四） 「其他有利于推进…的服务工作」 names a kind of work, not the "
            "duties other texts set nor work handed down — Round 84's p61a-1 form — so a leaf); 第十二、十三、十四、十六、十七条 "
            "one each → 4 + 6 + 2 + 4 + 4 + 5 = **25**. Accepted: 24 (the towns' list as （三）'s children, or 第十一条（四） a "
            "catch-all), 26 (第十五条 counted, or 第三条's opening paragraph its own task), 27 (第五条's two lines as items and "
            "its paragraph), 31 (第四条's six lines as items and its paragraphs one more).",
            "units: article subjects (round 44); the departments by kind as printed (市绿化市容行政管理部门, 区绿化市容行政管理部门, "
            "市和区… one name); the town governments as 镇人民政府 (the bracket 「（乡）」 dropped, Round 85's x321_01 三、（二）; the "
            "printed name accepted everywhere); 责任人 the rules' party, kept where it acts (第五条, 第七条 — Round 89, turned on "
            "第五条; the builder read it rule 3's noun, no unit, RULING? 14, which stays accepted); not sampled: 第八条 and 第十二条 "
            "(the towns), 第十四条 (the sector departments as one name and 相关行业协会; 国家机关、事业单位和国有企业 「发挥示范带头作用」 "
            "a stance, no act, Round 87's x324_06 四/3), 第十七条 (市和区人民政府)",
            "dates: none; 2014年12月5日 and 2023年12月5日 the order and its amendment, 2015年3月1日 the start",
            "figures: none; unchecked: the order numbers (第24号, 第7号)",
            "duties: two undated — 第五条's report when dissuasion fails and 第六条's report of faulty public facilities; not "
            "duties: 第四条's 提出划分建议，报…确定 (a proposal for the district's decision, a step of approval)"])

write_collected(DIR)
