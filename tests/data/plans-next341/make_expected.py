# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next341/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 65 (built by helper c341, for round 66): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings, written early" to its
end in full — Rounds 83–91 — older rulings only where a ruling quoted there led) applied to every item. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next341/make_expected.py tests/data/plans-next341
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/市政与基础设施/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 87's x325_01 第二十四条)")
REVIEW = ("a decision on a party's application and its steps — 受理, 审核, 查验, 核准, 签注, 核发 — name none, in articles "
          "too, 由 before the approver changing nothing (Round 85's x321_02 and turned x317_03 第九条（一）: 「符合要求的，由A核发」; "
          "Round 87's x327_04), while a point that binds the rules' body to act on applications gives work, a task naming "
          "none (Round 87's x327_04 一–四; x325_01 第十六条)")
SENDING = ("a sending — 报…备案, 上报, 报送, 提交, 告知, 通知 — names no doer, in articles too (Round 83's x315_01 第十一条; Round "
           "85's x322_04 第七条), and an article whose only acts are owed sendings is a task naming no unit (Round 83's "
           "x313_01 第十一条)")
DUTYSPLIT = ("a 职责分工 article of paragraphs each opening with a body is one task naming every body it gives work, in "
             "printed order, each once (Round 82's p60c-1; Round 87's x327_02 二, confirmed)")
NOSUBJ = ("acts of the rules' own work with no subject give work (round 65's x274_01; Round 87's x325_03 三、; Round 89's "
          "x329_03 第十一条): a task naming no unit")
MONEY = ("an article whose only acts move money (拨付, 划拨, 纳入预算, 缴纳, 偿还, 转入账户) is the scheme's terms, no task (Round "
         "83's x311_01 第七条; Round 89's x329_02 第七条 and x334_01 第十条)")
RECUR = "a day in a yearly or quarterly cycle with no year is a recurring date, no deadline (round 34; Round 91's x335_02 第十四条); " + NODATE


# ---------------------------------------------------------------------------------------------------------
X01 = "x341_01_shi-gonganju-2025-judu-huaxuepin-gonglu-yunshu-tongxingzheng-fafang-guanli-guiding.txt"
P01 = "上海市公安局剧毒化学品公路运输通行证发放和管理规定"
N01 = "上海市公安局关于修改《上海市公安局剧毒化学品公路运输通行证发放和管理规定》的决定"
FJ = "分局交通管理部门"
SJ = "市局交通管理部门"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 19, printed after 「附件」) or the decision's title (line 1): either (round "
                "45's pair; round 30's forwarding notice followed by the document it forwards is one plan)",
     doc_no="沪公行规〔2025〕4号 (the stored front matter and line 21; the rules were first issued as 沪公发〔2005〕423号)",
     issuer="上海市公安局",
     date="2025-04-16",
     date_note="the decision is signed 2025年4月16日 (line 15; the front matter gives 2025-04-17); in force 2025年4月28日, valid to "
               "2030年4月27日 (line 9, a general provision); line 21 prints the rules' history (2005, 2015, 2020, 2025); the time "
               "limits 「收到征求意见函之日起1个工作日内」「3个工作日内」「7个工作日内」 count from events and date nothing (round 33); "
               "no task is dated",
     level="the city public security bureau, to its branches and departments: a decision renaming the traffic and public-order "
           "departments in its rules, and the rules as amended — how a permit to carry highly toxic chemicals by road is applied "
           "for, reviewed, routed, issued, recorded and enforced",
     source=src("上海市公安局关于修改《上海市公安局剧毒化学品公路运输通行证发放和管理规定》的决定.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0033::GKXX-20250422144241615-20377", 5339),
     style="a decision (addressees, the renaming, entry into force, 「附件：修改后的《…》」, signature 2025年4月16日), then 「附件」 and "
           "the rules: title, a line of their history, 19 articles run in 「第N条　text」 (an ideographic space after the label), "
           "lists （一）–（五） in 第三–六、九条 with paragraphs after some lines; after 第十九条 「附：剧毒化学品公路运输通行证的签注规定」, "
           "「附」 and that appendix's （一）（二） (not counted)",
     leaf_tasks=23, count_alternatives=[18, 20, 21, 22, 24, 25],
     leaf_tasks_by_section={"decision (cover)": 0, "第一、二条": 0, "第三条": 2, "第四条": 0, "第五条": 2, "第六条": 6,
                            "第七条": 1, "第八条": 1, "第九条": 4, "第十–十六条": 7, "第十七–十九条": 0, "附 签注规定": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条", "（一）"], [], [], responsible_alternatives=[["分局"], [FJ, "分局"]], **art(X01, ["第三条", "（一）"]),
          note="「（一）在本市范围内运输的，且行驶路线在同一区范围内的，应当向所在地公安分局（以下简称“分局”）交通管理部门提出申请，分局交通管理部门审核后，由分局核发《通行证》，并报市局交通管理部门备案； 行驶路线跨区范围的，应当向始发地或者目的地分局交通管理部门提出申请，经市局交通管理部门核准并征得沿途分局交通管理部门同意后，由受理申请交通管理部门所在的分局核发《通行证》。」 — "
               "the applicant's 提出申请 names none (round 30's applicant); " + REVIEW + "; 报…备案 is a sending (" + SENDING.split(" (")[0]
               + "), 经A核准／征得B同意 rule 3's approvers; the line binds the branches to act on applications: a task naming "
               "none; the paragraph on cross-district routes is the line's own body (printed before （二）); the issuing "
               "branch by 由A核发 accepted (rule 2's literal list; RULING? 2); " + NONE + "; " + NODATE),
        S(["第六条", "（二）"], [], [], not_targets=[(12, "分"), (2, "次")], responsible_alternatives=[[FJ]],
          **art(X01, ["第六条", "（二）"]),
          note="「分局交通管理部门受理申请后，应当及时审核和查验以下事项：」 over 「（二）审核驾驶人在一个记分周期内是否有交通违法记分满12分，或者有两次以上驾驶剧毒化学品运输车辆超载、超速记录。 本市驾驶人通过全国交通管理信息查询系统进行查询；外省…驾驶人如无法通过系统查询的，由《通行证》核发地公安机关交通管理部门发函至驾驶人档案所在地公安机关交通管理部门查询。」 — "
               "「A应当对下列事项进行…：」 with a doer makes the lines the parts of A's work, items (Round 89's governs on x334_02 "
               "第六条: the x248_01 form), and the paragraph before （三） is （二）'s body; the work is the review of an application "
               "(" + REVIEW.split(", while")[0] + "), so the branch is accepted only; 由A发函至B查询 is a sending (Round 89's "
               "x331_01: a clause whose only act sends names none); 「记分满12分」 joins no comparison word (满 is not on round "
               "30's list) and 「两次以上…记录」 describes a fault the review looks for (round 31's second exception: figures that "
               "describe a hazard or fault to find are no targets): not_targets 12 分, 2 次; " + NONE + "; " + NODATE),
        S(["第八条"], [], [], responsible_alternatives=[[SJ]], **art(X01, ["第八条"]),
          note="「市局交通管理部门接到跨省（自治区、直辖市）或者本市区运输路线和时间等核准材料后，应当在当日向沿途省级公安机关交通管理部门或本市分局交通管理部门发出征求意见函。沿途本市分局交通管理部门应在收到征求意见函之日起1个工作日内反馈意见；…4个工作日内反馈意见。 市局交通管理部门在收到上述反馈意见后，应当在当日将核准意见及时反馈分局交通管理部门。」 — "
               "consulting other bodies while approving a route a branch submits is a step of that approval, the consulted "
               "bodies receivers (Round 91's turned x340_04 第十七条: 征求意见 in a review names none), and each 发出／反馈 is a "
               "sending (" + SENDING.split(" (")[0] + "); the core of the permit's review, bound on the city department: a task "
               "naming none, the department accepted; 1／4个工作日内 are time limits from events (round 33: unchecked); "
               + NONE + "; " + NODATE),
        S(["第九条", "（一）"], [], [], targets=[(15, "天")], responsible_alternatives=[[FJ]],
          **art(X01, ["第九条", "（一）"]),
          note="「分局交通管理部门在对当事人提出的申请进行审核和查验后，应当按照下列情况分别处理：」 over 「（一）对证明文件真实有效，…通行路线和时间对公共安全不构成威胁的，经分局交通管理部门负责人复核全部资料后，在《流程记录单》和《申请表》上签注批准意见，报送分局负责人批准签发《通行证》。《通行证》每次运输一车一证，有效期不超过15天。」 — "
               "each line names its own act, so the lines are items (Round 87's governs on x328_03: the lines of a list are its "
               "items, each read by its words; not Round 78's (b) list of cases under one act — 20 accepted); the decision on "
               "the application names none (" + REVIEW.split(", while")[0] + "), the 负责人 are persons (rule 3); 不超过15天 "
               "a ceiling joined to 不超过, a target (round 30's line; 天 and 日 one measure, round 54); " + NONE + "; "
               + NODATE),
        S(["第十条"], [], [], responsible_alternatives=[["分局"]], **art(X01, ["第十条"]),
          note="「分局对已经受理的申请，在本市范围内进行运输的，应在3个工作日内作出准予许可或者不予许可的决定；…7个工作日内作出…决定。对准予许可的，应当即时填发《通行证》，并于当日送达或者通知申请人领取…；对不予许可的，应当告知申请人不予许可的理由，并出具《不予行政许可决定书》。」 — "
               + REVIEW + "; the time limits count from the acceptance (round 33: unchecked); " + NONE + "; " + NODATE),
        S(["第十二条"], [], [SJ], lead_alternatives=[[SJ]], responsible_alternatives=[[FJ, SJ]],
          **art(X01, ["第十二条"]),
          note="「分局交通管理部门对批准跨省…或者本市区运输剧毒化学品的，应当及时填写《剧毒化学品公路运输通知单》，上报市局交通管理部门。 市局交通管理部门在收到《…通知单》后，要在运输前通知沿途省级公安机关交通管理部门或者本市沿途分局交通管理部门，通过查询计算机信息系统或其他方式及时了解剧毒化学品运输详细信息，加强监督检查。」 — "
               "the branch's 填写…上报 is a sending (" + SENDING.split(" (")[0] + "; filling in the form is the sending's own "
               "step, as drafting for one's own review is, Round 85's x322_04 第九条); the city department's 了解 and 加强监督检查 "
               "are its own work, verbs of doing in an article (" + ARTICLE + "), its 通知 a notice (a duty, below); the branch "
               "with it accepted (RULING? 3: 填写 read as a verb of doing); " + ONE_LEAD + "; " + NODATE),
        S(["第十三条"], [], [], targets=[(5, "吨")], responsible_alternatives=[[FJ]], **art(X01, ["第十三条"]),
          note="「对气态、液态剧毒化学品单车运输超过五吨的，签发通行证的分局交通管理部门应当填写《单车运输大宗剧毒化学品备案表》报市局交通管理部门备案。」 — "
               + SENDING + " (the branch accepted); 「…单车运输超过五吨的，」 is a 的-clause of its own with no head noun after it "
               "that triggers the filing, 超过 a comparison word: a target 5 吨 (round 30's line; round 49; Round 83's x313_03 "
               "第六条; not round 58's class, which is a figure inside a noun the work picks); " + NONE + "; " + NODATE),
        S(["第十四条"], [], ["市局"], lead_alternatives=[["市局"]], responsible_alternatives=[[SJ, "市局"]],
          **art(X01, ["第十四条"]),
          note="「剧毒化学品运输车辆不得进入限制通行区域。但对因情况特殊必须经过限制通行区域的，应当经市局交通管理部门批准并安排警车引导通过。 本市危险化学品运输车辆的限制通行区域，由市局划定并向社会公告。」 — "
               "由A＋a verb of doing names A (rule 2: 划定), 市局 the bureau's own short name for itself as printed (round 30: "
               "the issuer speaking of itself is a unit); the ban binds the carriers' vehicles (a rule to the regulated, no "
               "doer of rule 2), and 「经A批准并安排警车引导」 is rule 3's 经A同意 — the department with it accepted (RULING? 4: "
               "whether 经 reaches 安排 or 安排 is the department's own act); " + ONE_LEAD + "; " + NODATE),
        S(["第十五条"], [], [FJ], lead_alternatives=[[FJ]],
          responsible_alternatives=[["始发地、目的地和途经地分局交通管理部门", FJ]], **art(X01, ["第十五条"]),
          note="「始发地、目的地和途经地分局交通管理部门应当通过信息系统等方式及时了解剧毒化学品运输信息，加强对…的监督检查。对违反…公路运输安全管理规定的行为，由分局交通管理部门查处；对违反…治安管理规定的行为，移交分局治安管理部门查处。」 — "
               + ARTICLE + "; 由A查处 names A (rule 2; the rules' own body acting on a breach, Round 77's x299_04 第二十八条); "
               "a place phrase before a kind says which body and is no part of the name (Round 87's x325_04; Round 85's x321_01 "
               "六、（三））, so both clauses name 分局交通管理部门, each body once (Round 82) — the printed phrase accepted (RULING? "
               "5); 「移交B查处」 hands the matter on, B the pivot's object, no unit (Round 87's x325_02 第十九条); " + ONE_LEAD
               + "; " + NODATE),
        S(["第十六条"], [], [FJ], lead_alternatives=[[FJ]], **art(X01, ["第十六条"]),
          note="「分局交通管理部门应当建立剧毒化学品公路运输通行审批档案，一证一档。 任何单位和个人不得擅自涂改、故意损毁或者伪造…审批档案。 剧毒化学品公路运输通行证档案资料保留一年后销毁。」 — "
               + ARTICLE + " (建立); the ban to 「任何单位和个人」 is text (Round 80), the keeping and destroying with no subject "
               "the rules' own work (round 65's x274_01); 「保留一年」 joins no comparison word (unchecked); " + ONE_LEAD + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "分局交通管理部门审核后，由分局核发《通行证》，并报市局交通管理部门备案", "when": None, "when_norm": None,
              "note": "第三条（一） — a branch the rules task filing the permit it issued: a body the rules task sending the "
                      "results of the work they give it (round 48; Round 87's turned x325_02 第十五条; Round 91's confirmed "
                      "filings by tasked bodies), undated"},
             {"what": "应当及时填写《剧毒化学品公路运输通知单》，上报市局交通管理部门", "when": None, "when_norm": None,
              "note": "第十二条 — the branch's report of the permits it approved, undated (及时 prints no time; plans-dev 01 and 04)"},
             {"what": "市局交通管理部门在收到《剧毒化学品公路运输通知单》后，要在运输前通知沿途省级公安机关交通管理部门或者本市沿途分局交通管理部门",
              "when": "运输前", "when_norm": None,
              "note": "第十二条 — a notice to the bodies that act on it (round 44; Round 91's x340_02 第十九条), a time from an "
                      "event: undated"},
             {"what": "签发通行证的分局交通管理部门应当填写《单车运输大宗剧毒化学品备案表》报市局交通管理部门备案", "when": None,
              "when_norm": None, "note": "第十三条 — the branch's filing of a large single-vehicle permit it issued, undated"}],
     notes=["counting (leaf tasks): the decision (cover, lines 1–15) renames departments and sets its force — no tasks; the "
            "rules after its 「附件」 are the document it forwards, whose items are the plan's tasks (round 30's forwarding "
            "notice; RULING? 1: or the count stops at the decision's 「附件：」 line, 0 — not accepted), counted to the rules' own "
            "「附：」 line (the 签注规定 after it an attachment, plans-dev EXPECTED.md; 25 accepted with its （一）（二）). 第一条 "
            "purpose, 第二条 definition, 第十七条 a pointer to other texts (Round 86's (b)), 第十八条 a 参照 scope, 第十九条 entry "
            "into force — general provisions (round 30); 第四条 what the consignor fills in, hands in and submits to — an "
            "applicant's terms (round 30's applicant; Round 87's x323_01 第二十六条: lines naming what an applicant hands in name "
            "no act), no task (24 accepted: the article one task); 第三条 2 (its lines bind the branches to review, issue and "
            "file: Round 87's x327_04; 21 accepted: the applicant's ways only); 第五条 2; 第六条 6 (（一）–（五） and the closing "
            "「符合上述规定的，收存相关资料，…签注」, a paragraph after the last item that gives work by a verb of doing, Round "
            "86; 22 accepted without it, 18 with the article one task); 第七、八条 1 each; 第九条 4 (20 accepted: one task); "
            "第十–十六条 1 each → **23**.",
            "units: every review of the permit application names none (see REVIEW in the samples' notes), so most samples "
            "expect none with the acting department accepted; doers: 第十二条 [市局交通管理部门], 第十四条 [市局], 第十五条 and "
            "第十六条 [分局交通管理部门]; not sampled: 第五条（一）（二）, 第六条（一）（三）–（五） and its closing paragraph, 第七条, "
            "第九条（二）–（四）, 第十一条 (the entry of the permit in the database, a step of the decision: none) — all none",
            "dates: none (see date_note)",
            "figures: targets 15 天 (第九条（一）), 5 吨 (第十三条); not_targets 12 分, 2 次 (第六条（二）); unchecked: 1／3／4／7个工作日内 "
            "(time limits), 「保留一年」, the standards' numbers GB13392-2023 and GB7258-2017",
            "duties: four undated (第三条（一）, 第十二条 twice, 第十三条); not duties: 第八条's 征求意见函 and 反馈 (steps of the "
            "approval, Round 89's x329_04 第九条), 第十条's 送达／通知申请人 (serving a decision on the applicant, its own step, "
            "Round 83's x313_02 五、（十一））, 第十一条's database entry (unchecked)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x341_02_shi-caizhengju-2023-zhengcexing-nongye-xindai-danbao-zijin-guanli-banfa.txt"
P02 = "上海市政策性农业信贷担保资金管理办法"
N02 = "关于印发《上海市政策性农业信贷担保资金管理办法》的通知"
CZJ = "市财政局"
NNW = "市农业农村委"
RDZ = "市融资担保中心"
RDZ_FULL = "上海市中小微企业政策性融资担保基金管理中心"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the measures' title (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪财发〔2023〕18号 (the stored front matter; the text prints none)",
     issuer="上海市财政局、上海市农业农村委员会",
     date="2023-12-21",
     date_note="the cover is signed 2023年12月21日 (line 11); 第二十五条 in force 2024年1月1日, valid to 2028年12月31日 (a general "
               "provision); 「9月底」「次年2月底前」「每季度开始后的5个工作日内」 (第十七、十八、二十条) recur in the yearly or quarterly cycle; "
               "no task is dated",
     level="the city finance bureau with the agriculture and rural affairs commission: how the city's policy farm-credit "
           "guarantee fund is run by the city's SME guarantee fund centre — the bodies' duties, the business it may back and "
           "its ceilings, the fund's sources, uses, replenishment, city–district cost sharing, reports, write-offs and checks",
     source=src("关于印发《上海市政策性农业信贷担保资金管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0017::xxfbdf0000022229", 3679),
     style="a short cover notice (two issuers), the measures' title, six chapters 「第N章  title」 and 25 articles run in "
           "「第N条  text」 (two spaces); lists （一）–（五） of business kinds, applicant conditions, sources, uses and materials "
           "(第七、十、十五、十六、十八条); 第九条 counts 一是…二是… inside its text",
     leaf_tasks=16, count_alternatives=[13, 14, 15, 17, 19],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四–六条": 3, "第七条": 0, "第八–十一条": 4, "第十二条": 0,
                            "第十三、十四条": 2, "第十五、十六条": 0, "第十七、十八条": 2, "第十九条": 0, "第二十、二十一条": 2,
                            "第二十二、二十三条": 2, "第二十四、二十五条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条"], [], [RDZ_FULL, RDZ], lead_alternatives=[[RDZ], [RDZ_FULL]],
          responsible_alternatives=[[RDZ], [RDZ_FULL]], **art(X02, ["第三条"]),
          note="「农业担保资金由上海市中小微企业政策性融资担保基金管理中心（以下简称“市融资担保中心”）进行运作管理，实行专款专用、专户核算、封闭运行。农业担保资金业务运作规则由市融资担保中心另行制定。」 — "
               "由A＋a verb of doing names A (rule 2: 进行运作管理, 另行制定 — setting rules is work, Round 85's x322_04 第二十五条), "
               "an article in 总则 that gives work a task (head: round 30); a full name and its 「（以下简称“X”）」 each acting are "
               "given where printed, the bracket dropped (round 43; Round 90's governs on x329_04; Round 91's x339_01) — either "
               "name alone accepted; no 牵头: lead [], the one body as lead accepted (plans-dev 03 一); " + NODATE),
        S(["第四条"], [CZJ], [CZJ, NNW], lead_alternatives=[[]], **art(X02, ["第四条"]),
          note="「市财政局负责会同市农业农村委共同做好农业信贷担保政策的制定和实施工作，协调保险、银行等相关金融机构推进…；做好…预算审核工作；对担保代偿损失的核销进行审批；对农业担保资金进行监督管理和绩效评价。」 — "
               "「（由）A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2), 负责 before it naming A too; the "
               "banks and insurers are the object of the pivot 协调 (round 30), no units; one article of the 部门职责 chapter "
               "per body, each its own task (head: a 总则-like article that gives work); " + NODATE),
        S(["第五条"], [], [NNW], lead_alternatives=[[NNW]], **art(X02, ["第五条"]),
          note="「市农业农村委负责协调市、区两级农业农村管理部门指导和推进政策性农业信贷担保工作；面向涉农区、乡镇、村以及农业经营主体开展…宣传推广工作；建立和完善…信息数据库…」 — "
               "负责 names A (rule 2); the departments after 协调 are the pivot's object (round 30: 「协调A、B落实」), and those "
               "面向 are the work's audience; " + ONE_LEAD + "; " + NODATE),
        S(["第六条"], [], [RDZ], lead_alternatives=[[RDZ]], **art(X02, ["第六条"]),
          note="「市融资担保中心负责制定农业担保资金业务运作规则；开展…预算编制、使用管理、代偿追偿等工作；对担保贷款项目开展…全过程风险管理，定期向市财政局、市农业农村委报送农业担保资金使用情况；根据业务类型接受相关行业主管部门的指导和监督。」 — "
               "负责 names A (rule 2), the short name where it acts (round 43); the two receivers of its report and the guiding "
               "departments are rule 3's; the report is a duty (below); " + ONE_LEAD + "; " + NODATE),
        S(["第八条"], [], [], targets=[(1000, "万元")], **art(X02, ["第八条"]),
          note="「农业担保资金不得用于开展任何形式的非农担保业务，对单个农业经营主体的在保余额不得超过1000万元。」 — a ban and a "
               "ceiling on the fund's own work limit that work, a task naming none (Round 83's x314_10 四/(四); Round 85's "
               "x321_03 第九条), unlike a ban to 「任何单位和个人」; 不得超过1000万元 a ceiling joined to 超过, a target (round 30's "
               "line); " + NONE + "; " + NODATE),
        S(["第九条"], [], [], targets=[(300, "万元"), (70, "%")], **art(X02, ["第九条"]),
          note="「农业担保资金重点支持“双控”范围内的业务。一是控制业务范围…；二是控制担保额度。服务对象聚焦家庭农场、…等农业适度规模经营主体，单户在保余额最高不超过300万元。符合“双控”标准的担保额不得低于总担保额的70%。」 — "
               "the fund's own work with its limits, a task naming none (as 第八条); 一是…二是… inside an article are its text "
               "(round 37; Round 89's x332_03); 最高不超过300万元 and 不得低于…70% are a ceiling and a floor, targets (round 30's "
               "line); " + NONE + "; " + NODATE),
        S(["第十条"], [], [RDZ], lead_alternatives=[[RDZ]], **art(X02, ["第十条"]),
          note="「申请农业信贷担保支持的涉农经营主体应至少符合以下条件，具体要求由市融资担保中心在担保业务运作规则中确定：（一）…（四）」 — "
               "the lines are conditions a scheme sets for applicants, no items (Round 86's (a); Round 83's x314_09), so the "
               "article is one task; 由A确定 names A, setting a standard in the scheme's rules being work (Round 87's x325_04 "
               "六、（三）; round 39: a point that also gives work is a task); 至少 stands before no quantity; " + ONE_LEAD
               + "; " + NODATE),
        S(["第十一条"], [], ["市、区两级农业农村等行业主管部门"], lead_alternatives=[["市、区两级农业农村等行业主管部门"]],
          responsible_alternatives=[["行业主管部门"]], **art(X02, ["第十一条"]),
          note="「不断探索和拓展“政府+银行+保险+担保”等多层次合作模式，市、区两级农业农村等行业主管部门应主动推荐符合条件的优质农业经营主体，加强…“白名单库”建设。」 — "
               + ARTICLE + " (推荐, 加强…建设); levels and a field before 等 with one head are one name as printed (round 30's "
               "「市、区X部门」; round 31's 「商务等部门」; Round 91's governs on x340_02 第四条), 等 kept inside it (the scorer strips "
               "only a final 等) — the head alone accepted (Round 85's x317_01; Round 91); the opening act with no subject is the "
               "rules' own work; " + ONE_LEAD + "; " + NODATE),
        S(["第十七条"], [], [], targets=[(90, "%")], **art(X02, ["第十七条"]),
          note="「农业担保资金建立持续补充机制，当担保资金余额低于本金的90%时，适时启动补充机制。 确需启动补充机制时，市融资担保中心应于9月底向市财政局提出申请,市财政局审核后将补充资金纳入下年度预算。」 — "
               + NOSUBJ + "; 「当…低于本金的90%时」 triggers the step, 低于 a comparison word: a target 90 % (round 30's line; "
               "Round 87's x323_04 第二十八条 「…超过二十四米时」); the second paragraph is a case (「确需…时」, rule 3's contingency) "
               "holding an application and a review with money (round 30's applicant; Round 83's x311_01 第七条), adding no "
               "unit; 「9月底」 a yearly date with no year: " + RECUR),
        S(["第二十条"], [], [], responsible_alternatives=[[RDZ]], **art(X02, ["第二十条"]),
          note="「市融资担保中心应于每季度开始后的5个工作日内，将上季度发生的担保业务相关数据报送市财政局、市农业农村委，并抄送区财政和农业农村主管部门…。市融资担保中心应于次年2月底前将上年度担保业务统计情况和报告报送市财政局、市农业农村委。」 — "
               + SENDING + " (the centre accepted); the two reports are duties (below); " + RECUR),
        S(["第二十二条"], [], [CZJ, NNW], **art(X02, ["第二十二条"]),
          note="「市财政局、市农业农村委对市融资担保中心业务状况进行定期检查和考核，重点考核其…情况，建立持续性和政策性并重的绩效考核评价体系。」 — "
               "a check of the body the rules set to run the fund, with its appraisal, is the checking bodies' own work (Round 87's "
               "x325_01 第二十四条; Round 89's x334_01 第十二条), " + ARTICLE.split(" (")[0] + "; no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[(90, "%"), (0.5, "%")],
     plan_targets_note="第十二条 「按照不高于未偿还的贷款本金90%的比例承担风险责任」 and 第十六条（三） 「按照不高于上年度农业担保贷款在保余额的0.5%据实安排」: "
                       "a scheme's terms in no task give plan targets, a comparison word joined (Round 85's x321_04; round 62's w52b); "
                       "第十三条's band 0.5%/年-1.5%/年 joins no comparison word (unchecked, round 30; Round 91's x335_03)",
     phases=[],
     duties=[{"what": "定期向市财政局、市农业农村委报送农业担保资金使用情况", "when": "定期", "when_norm": None,
              "note": "第六条 — the centre the rules task with the fund reports its use: a body the rules task sending the results "
                      "of the work they give it (round 48; Round 89's x329_01 第十一条 「定期…报送」: an undated duty)"},
             {"what": "每季度开始后的5个工作日内，将上季度发生的担保业务相关数据报送市财政局、市农业农村委", "when": "每季度开始后的5个工作日内",
              "when_norm": "quarterly", "note": "第二十条 — a quarterly duty (Round 89's x329_03 第十六条, monthly alike)"},
             {"what": "次年2月底前将上年度担保业务统计情况和报告报送市财政局、市农业农村委", "when": "次年2月底前",
              "when_norm": "yearly (by the end of February)", "note": "第二十条 — a yearly duty"}],
     notes=["counting (leaf tasks): the cover's 「请按照执行」 no task; 第一条 purpose, 第二条 definition, 第二十五条 entry into force "
            "— general provisions (round 30); 第七条 the business the fund may back (a scope, its lines classes: Round 86's (a)), "
            "第十二条 the fund's share of risk (a term) and an encouragement (鼓励 names no work, rounds 30, 40), 第十五、十六条 the "
            "fund's sources and uses (contents), 第十九条 the city–district cost sharing (money only: 核算 and 上解 of the shares, "
            "Round 83's x311_01 第七条; 17 accepted with it), 第二十四条 a consequence pointing to the law with no agent (Round 87's "
            "x325_01 第二十五条) — no tasks; 第三–六、八–十一、十三、十四、十七、十八、二十–二十三条 one each → **16**. 第十条 one "
            "task (its lines conditions; 19 accepted with them as items); 第十四条 (the centre opens a dedicated account and keeps "
            "the fund's books there), 第十八条 (its application for replenishment with the materials it hands in and the bureau's "
            "review and payment) and 第二十一条 (its write-off application and the bureau's approval, 予以核销 with no subject) "
            "read as work of the rules' own bodies — each may be read as money or an application only: 15, 14, 13 accepted.",
            "units: 第三条 both names of the centre (round 43); 第四条 lead 市财政局 by 会同; one body per article in 第五、六、十条; "
            "第十一条 one name with 等 inside; 第二十二条 two subjects; not sampled: 第十三条 [市融资担保中心] (由A…确定), 第十四条 "
            "[市融资担保中心], 第十八条 and 第二十一条 none (an application and its review), 第二十三条 [市财政局, 市农业农村委] (组织开展)",
            "dates: none (see date_note)",
            "figures: targets 1000 万元 (第八条), 300 万元, 70 % (第九条), 90 % (第十七条); plan targets 90 % (第十二条), 0.5 % (第十六条"
            "（三））; unchecked: the fee band 0.5%/年-1.5%/年 (第十三条), 7：3 (第十九条, a ratio of sharing), the time limits",
            "duties: 第六条 undated, 第二十条 quarterly and yearly; not duties: 第十七、十八、二十一条's applications to 市财政局 (steps "
            "of its decisions, Round 89's x329_04 第九条)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x341_03_shi-daoluyunshuju-2023-daolu-yunshu-shichang-yanzhong-shixin-zhuti-guanli-shishi-xize.txt"
P03 = "上海市道路运输市场严重失信主体管理实施细则"
N03 = "上海市道路运输管理局关于印发《上海市道路运输市场严重失信主体管理实施细则》的通知"
DYJ = "市道路运输局"
DYJ_FULL = "上海市道路运输管理局"
QJT = "区交通行政管理部门"
DYZ = "市道运中心"
DYZ_FULL = "上海市道路运输事业发展中心"
QTB = "道路运输行业其他相关部门"
CJB = "信息采集部门"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' title (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪道运行规〔2023〕4号 (the stored front matter; the text prints none)",
     issuer="上海市道路运输管理局",
     date="2023-10-27",
     date_note="the cover is signed 2023年10月27日 (line 11); in force 2023年12月1日, valid to 2028年11月30日 (the cover and 第十六条, "
               "general provisions); the time limits 「五个工作日内」「二十个工作日内」「三个工作日内」 count from events (round 33); no task "
               "is dated",
     level="the city road transport bureau: how operators in road transport are listed as seriously untrustworthy — who "
           "sets the standards, the list of acts, the credit platform, collecting the records, files, the listing decision and "
           "its term, queries, objections, credit repair, removal and the sanctions; an attached list of 21 sanctions",
     source=src("上海市道路运输管理局关于印发《上海市道路运输市场严重失信主体管理实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::92ebf91008184e439f1b6c63a3a2cf31", 4359),
     style="a short cover notice, the rules' title, 16 articles 「第N条（heading）」 with the heading on a line of its own and "
           "paragraphs below; after 第十六条 「附件」 and the 惩戒措施清单, a table flattened one cell a line (序号 1–6 over "
           "（1）–（21））",
     leaf_tasks=12, count_alternatives=[10, 11, 13, 14],
     leaf_tasks_by_section={"第一、二条": 0, "第三–十四条": 12, "第十五、十六条": 0, "附件 (清单)": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（职责分工）"], [DYJ_FULL], [DYJ_FULL, QJT, DYZ_FULL, QTB, DYJ], lead_alternatives=[[DYJ]],
          responsible_alternatives=[[DYJ_FULL, QJT, DYZ_FULL, QTB], [DYJ, QJT, DYZ, QTB]],
          **art(X03, ["第三条（职责分工）"]),
          note="「上海市道路运输管理局（以下简称市道路运输局）是…主管部门，负责制定…，牵头推进名单公布、移出以及联合惩戒等工作。 区交通行政管理部门负责…。 上海市道路运输事业发展中心（以下简称市道运中心）和道路运输行业其他相关部门应当根据各自职责做好…，协助市道路运输局开展联合惩戒等工作。」 — "
               + DUTYSPLIT + "; 「A…牵头（负责）」 gives lead A (rule 2); 协助 with a subject of its own makes it a doer (Round 83's "
               "x311_03 第四条; Round 89's governs on x329_04 第四条), and the body assisted, named by its short name where it "
               "acts, is added where printed (Round 90's governs on x329_04: the full name by 负责／牵头, the short name by 开展, "
               "last); at a defining bracket the printed name stands (round 61's x264_01); 其他相关部门 with its field one name as "
               "printed (round 31; Round 91's x337_04) — the list without the short name, and the short names alone, accepted; "
               + NODATE),
        S(["第四条（严重失信行为）"], [], [DYJ], lead_alternatives=[[DYJ]], **art(X03, ["第四条（严重失信行为）"]),
          note="「市道路运输局结合行业管理实际，对…经营主体…不遵守法定义务等情况进行归纳汇总，…明确严重失信行为的具体认定标准，并形成全市统一的严重失信行为清单。… 市道路运输局应当向社会公布严重失信行为清单，并…动态调整清单内容。」 — "
               + ARTICLE + " (归纳汇总, 明确, 形成, 公布, 调整); 「存在清单所列行为的经营主体属于严重失信主体」 a definition inside "
               "the article (text); " + ONE_LEAD + "; " + NODATE),
        S(["第五条（信用管理信息平台）"], [], ["信息平台"], lead_alternatives=[["信息平台"]], responsible_alternatives=[[]],
          **art(X03, ["第五条（信用管理信息平台）"]),
          note="「严重失信主体管理工作应当依托统一的行业信用管理信息平台开展。 信息平台应当整合现有…信用信息，并具备…基础功能。 信息平台应当对接市公共信用信息服务平台和交通运输部相关信用信息系统，实现数据开放、传输和共享。」 — "
               "Round 85's decided facility form (「X仓库／X车站／X场所应＋verb of doing」 names X as printed), which Round 89's "
               "x329_01 reached to any facility a rule binds by 应当 to an act, read for the platform bound to 整合 and 对接 "
               "(RULING? 6: a software platform may be no facility run by a body — Round 85's x319_02 read a platform that only "
               "receives as none; none accepted); the first paragraph says how the work runs, 具备…功能 a property; the "
               "platform as lead accepted as a single doer; " + NODATE),
        S(["第六条（信息采集和归集）"], [], [DYJ, QJT, DYZ, QTB], responsible_alternatives=[[DYJ, QJT, DYZ, QTB, CJB]],
          **art(X03, ["第六条（信息采集和归集）"]),
          note="「市道路运输局、区交通行政管理部门、市道运中心和道路运输行业其他相关部门在履行职责过程中发现…，应当按照规定及时采集和归集相关信息。 …信用信息，应当自动归集至信息平台；尚不具备信息化条件的，可以先通过手动输入等方式归集信息。上述信息采集部门对其归集的名单内容、依据等进行解释，并对其真实性、准确性、合规性负责。 信息采集部门在归集信息前，应当告知当事人…；当事人提出异议的，信息采集部门应当予以核实并在五个工作日内反馈结果。」 — "
               + ARTICLE + " (采集和归集), 和 joining the last two names (round 34); 「（上述）信息采集部门」 names the bodies "
               "the first paragraph gave the work, pointing back, and adds no unit (Round 87's x323_02 第二十一条 组建部门; Round "
               "81's x307_01 第五条) — the list with it accepted; the option 可以 (round 49 p46b), the notice to the party "
               "(a sending) and the check of its objection (a decision in the party's cause, Round 91's x337_01 第九条) add "
               "none; no 牵头: lead []; 五个工作日内 a time limit (round 33: unchecked); " + NODATE),
        S(["第七条（信用档案）"], [], [], targets=[(5, "年")], responsible_alternatives=[[CJB]],
          **art(X03, ["第七条（信用档案）"]),
          note="「信息采集部门应当建立道路运输严重失信主体信用档案，将…信息记入档案，同步保存于信息平台供查询应用。信用档案数据信息保存期限一般不少于五年。 严重失信主体基本情况信息包括…。失信行为信息包括…。」 — "
               "信息采集部门 names no body of its own here: it points back to the four bodies 第六条 gave the collecting, adding no "
               "unit (Round 87's x323_02 第二十一条; RULING? 7: or the role name kept where it acts as a defined party is, Round "
               "83's x315_02 第四、五条 — accepted); 「一般不少于五年」 a floor on how long the work keeps its records, a target "
               "5 年 (round 30's line: 不少于; Round 87's x328_01 第七条 an owed act with a limit on it); the second paragraph "
               "lists the records' contents (text); " + NONE + "; " + NODATE),
        S(["第八条（严重失信主体名单）"], [], [DYJ], lead_alternatives=[[DYJ]], **art(X03, ["第八条（严重失信主体名单）"]),
          note="「市道路运输局根据严重失信主体失信行为的情况，决定将其列入严重失信主体名单的，应当制作决定文书并通过门户网站等渠道向社会公布。决定文书应当载明…。」 — "
               "the rules' own body acting on breaches is a doer in articles (Round 77's x299_04 第二十八条; " + ARTICLE.split(" (")[0]
               + "), a decision of its own, not on a party's application (Round 85's x321_02 reads those); what the decision "
               "states is its contents (text); " + ONE_LEAD + "; " + NODATE),
        S(["第九条（公布期限）"], [], [], not_targets=[(2, "年")], **art(X03, ["第九条（公布期限）"]),
          note="「经营主体列入严重失信主体名单对外公布的期限为两年，期限届满应当及时移出名单。」 — " + NOSUBJ + " (移出, owed by 应当); "
               "「期限为两年」 is the listing's term joined to no comparison word, a norm of the scheme, no target (round 30; "
               "Round 87's x327_01 六: a period a stage lasts is that stage's time rule): not_target 2 年; " + NONE + "; "
               + NODATE),
        S(["第十一条（异议处理）"], [], [], responsible_alternatives=[[DYJ]], **art(X03, ["第十一条（异议处理）"]),
          note="「严重失信主体或者利害关系人认为信用信息的采集、…存在错误、遗漏等情形，…可以向市道路运输局或者信息采集部门提出异议，市道路运输局审核确认后作出是否更正的决定。」 — "
               "the party's objection is its option (round 49 p46b; round 30's applicant), and a decision made on a party's "
               "objection is one in the party's cause, naming none (Round 91's x337_01 第九条; Round 85's x322_02 第二十条), though "
               "the rules bind their body to make it: a task naming none (Round 87's x325_01 第十六条) — the bureau accepted; "
               + NONE + "; " + NODATE),
        S(["第十二条（信用修复）"], [], [DYJ], lead_alternatives=[[DYJ]], responsible_alternatives=[[]],
          **art(X03, ["第十二条（信用修复）"]),
          note="「严重失信主体自…公布之日起半年以上，完成整改…的，可以向市道路运输局提出信用修复申请，并提供…材料。 市道路运输局应当在申请材料齐全并受理后二十个工作日内对严重失信主体的整改落实、履行义务等情况组织调查核实，并将修复结果通过门户网站公开。准予修复的，应当移出严重失信主体名单；不予修复的，应当说明理由。 距离上一次信用修复并移出名单后不到一年再次提出修复申请的，不得予以修复。」 — "
               "a review of an application names none, but the review rule gives way where 负责, 实施 or 组织＋verb places the "
               "review on a body (Round 85's x317_03 第九条（一） as it limits Round 81's x309_02 第十二条 and Round 83's x315_03 "
               "第三条; Round 88's x325_02 第四条): 组织调查核实 names the bureau (rule 2) — none accepted (RULING? 8: the "
               "check made on a party's own application); the applicant's option names none; 半年以上 sits in the applicant's "
               "condition (unchecked: 半年 prints no digit), 不到一年 joins no word of round 30's list, 二十个工作日内 a time limit "
               "(round 33); " + ONE_LEAD + "; " + NODATE),
        S(["第十四条（惩戒措施）"], [], [DYJ, "道路运输行业相关协会"], responsible_alternatives=[[DYJ]],
          **art(X03, ["第十四条（惩戒措施）"]),
          note="「市道路运输局…编制道路运输行业的惩戒措施清单，列明…，并向社会公布。 市道路运输局、区交通行政管理部门、市道运中心和道路运输行业其他相关部门可以依据清单内容，…依法实施联合惩戒。 惩戒措施清单内容应当同步推送至…各业务信息系统…，并进行标注和提醒。 道路运输行业相关协会应当加强行业信用管理建设，鼓励开展信用等级分类和信用评价，依据协会章程对严重失信主体采取业内警示、…等惩戒措施。」 — "
               + ARTICLE + " (编制, 公布); the second paragraph is an option (可以, round 49 p46b: its four bodies add none), the "
               "third the rules' own acts with no subject (round 65's x274_01); the association bound by 应当 to its own acts "
               "(加强…建设, 采取…措施) is a doer in an article (Round 84's p61a-2; Round 88's x117_03: a regulated party named by "
               "its kind), 鼓励 naming no work (rounds 30, 40) — the bureau alone accepted; no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks, the rules' body to the 「附件」 line; the attached 惩戒措施清单 not counted — a list of sanctions, "
            "plans-dev EXPECTED.md): the cover's 「现予以印发」 no task; 第一条 purpose, 第二条 scope, 第十五条 officials' liability "
            "(the standard liability clause, Round 91's x340_04 第七十九条), 第十六条 entry into force — general provisions (round "
            "30); every other article one task, each read as a whole (no numbered items) → **12**. Accepted: 13 (第十五条 "
            "counted), 11 (第五条 read as the platform's properties, or 第十条 「市道路运输局应当提供查询服务」 as a sending of the "
            "party's records, text), 10 (both), 14 (第三条's three paragraphs as three tasks).",
            "units: article subjects (round 44) and the 职责分工 article; short names where the text acts by them (round 43); "
            "not sampled: 第十条 [市道路运输局] (提供查询服务; the other organs' 可以查询 an option), 第十三条 none (the collecting "
            "department's application for removal, a sending; the bureau's deletion on it a step of that decision; [市道路运输局] "
            "would be accepted)",
            "dates: none (see date_note)",
            "figures: target 5 年 (第七条); not_target 2 年 (第九条); unchecked: 半年以上 and 不到一年 (第十二条), the time limits "
            "五／二十／三个工作日内, the 附件's 一年内／三年内 (an attachment)",
            "duties: none — 第六条's 告知当事人 and 反馈结果 serve the party in its own cause (Round 83's x313_02 五、（十一））, 第八、"
            "十二、十四条's 公布／公开 are disclosure (round 55's x247_01), 第十三条's application for removal is a step of the "
            "bureau's decision (Round 89's x329_04 第九条), 第十四条's 推送至…系统 names no receiving body"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x341_04_shi-caizhengju-2023-daolu-jiaotong-shigu-shehui-jiuzhu-jijin-guanli-shishi-xize.txt"
P04 = "上海市道路交通事故社会救助基金管理实施细则"
N04 = "关于印发《上海市道路交通事故社会救助基金管理实施细则》的通知"
ZX = "市救助基金管理中心"
JGJ = "国家金融监督管理总局上海监管局"
WJW = "市卫生健康委"
GAJ = "公安机关交通管理部门"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' title (line 21) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪财发〔2023〕7号 (the stored front matter; the text prints none)",
     issuer="上海市财政局 with 国家金融监督管理总局上海监管局、上海市公安局、上海市农业农村委员会、上海市卫生健康委员会、上海市民政局",
     date="2023-08-31",
     date_note="the cover is signed 2023年8月31日 (line 19); 第五十二条 in force 2023年9月1日, valid to 2028年8月31日, and a "
               "transitional span 2022-07-01 to 2023-08-31 (general provisions); 「每季度结束后10／15个工作日内」「每年2月1日前」"
               "「每年3月1日前」「每年3月15日前」 recur; the other time limits count from events; no task is dated",
     level="six city bodies under the city government's consent: how the city's road-accident social relief fund is set up, "
           "run by a working group and a management centre, raised (insurers' levy, fines, recoveries, grants, donations), "
           "used to advance rescue and funeral costs, recovered and written off, managed, audited and reported, with the "
           "penalties",
     source=src("关于印发《上海市道路交通事故社会救助基金管理实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0017::xxfbdf0000021476", 7769),
     style="a cover notice with six issuers, the rules' title, seven chapters 「第N章 title」 (the first 「第一章  总   则」 with "
           "spaces inside) and 52 articles run in 「第N条  text」 (two spaces; one space in 第五、三十九、四十条); duty lists "
           "（一）–（七） (第五、六条), lists of sources, cases, materials, review contents and information (第七、十六、十九、二十、"
           "二十二、三十、三十八、四十六条); two defining brackets close with a half-width 「) 」",
     leaf_tasks=49, count_alternatives=[38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 51, 52],
     leaf_tasks_by_section={"第一–三条": 0, "第四条": 1, "第五条": 6, "第六条": 7, "第七条": 0, "第八条": 1, "第九条": 0,
                            "第十、十一条": 2, "第十二–十六条": 0, "第十七、十八条": 2, "第十九条": 0, "第二十–二十八条": 9,
                            "第二十九、三十条": 0, "第三十一–三十五条": 5, "第三十六条": 0, "第三十七–四十六条": 15,
                            "第四十七–四十九条": 0, "第五十条": 1, "第五十一、五十二条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第五条", "（一）"], [], ["市财政局"], lead_alternatives=[["市财政局"]], **art(X04, ["第五条", "（一）"]),
          note="「市救助基金管理工作小组成员单位职责分工：」 over 「（一）市财政局是救助基金的主管部门，依法监督检查救助基金的筹集、使用和管理，并对上海市道路交通事故社会救助基金管理中心（以下简称“市救助基金管理中心”）管理情况进行考核。」 — "
               "the lines of a duty list are its items, each naming its own body (rule 4 gives a lead-in's body only to lines "
               "naming none); 「A是…的X部门」 designates A and the verbs after it carry it (Round 85's x319_04; Round 89's x331_02), "
               "监督检查 and 考核 of the centre the bureau's own work (Round 87's x325_01 第二十四条), a duty word over the list "
               "making the named body a unit whatever its verb (round 53's x242_02); the centre, defined here, is the object; "
               + ONE_LEAD + "; " + NODATE),
        S(["第五条", "（三）"], [], ["市公安局", ZX], responsible_alternatives=[["市公安局"]],
          **art(X04, ["第五条", "（三）"]),
          note="「（三）市公安局负责通知道路交通事故受害人或者其亲属申请垫付抢救及丧葬费用，提供事故相关证明材料，协助市救助基金管理中心做好相关救助基金垫付费用的追偿及核销工作。」 — "
               "负责 names A (rule 2); 协助 reads as 配合, and in articles the body served is a doer by any verb of doing after it, "
               "做好 included (Round 83's x311_03 第四条; Round 89's x331_04 第十六条) — the police alone accepted; no 牵头: lead "
               "[]; " + NODATE),
        S(["第六条", "（四）"], [], [ZX], lead_alternatives=[[ZX]], **art(X04, ["第六条", "（四）"]),
          note="「市救助基金管理中心主要履行下列管理职责：」 over 「（四）追偿垫付款，向公安机关等单位通报拒不履行偿还义务的机动车道路交通事故责任人信息；」 — "
               "a duty-list lead-in gives its lines naming none its body (Round 81's x305_04 第四条; Round 83's x311_03 第八条（三）; "
               "rule 4), the 通报 inside the line included; " + ONE_LEAD + "; " + NODATE),
        S(["第八条"], [], [], targets=[(1, "%"), (3, "倍")],
          lead_alternatives=[["市财政局"]], responsible_alternatives=[["市财政局", JGJ]], **art(X04, ["第八条"]),
          note="Round 93 (turned; round 25's rates over round 30's norm): 「比例为1%」 unchecked → a target 1 % — a rate the "
               "rules fix for the money they move is round 25's 「每户补贴2000元」 (round 30's norm with no comparison word "
               "names a kind or sizes staff or a facility), an item target, the article a task; the 3 倍 confirmed. 「本市救助基金从交强险保险费收入中提取资金的比例为1%。若财政部调整…比例幅度，或…需要…调整本市具体提取比例的，由市财政局会同国家金融监督管理总局上海监管局提出调整提取比例的建议，报市政府批准后实施。 救助基金累计结余达到上一年度支出金额3倍以上的，本年度暂停从交强险保险费中提取。」 — "
               "a proposal sent up for another body's decision is a step of that decision, naming none (Round 89's x334_04 第四条; "
               "Round 85's x321_03 第五条（一）), and it stands inside a case (「若…的」, rule 3) — lead 市财政局 with the bureau "
               "accepted by 会同 (rule 2); the suspension is an act of the scheme's own work with no subject (round 65's x274_01), "
               "so the article is a task naming none (RULING? 9: or the levy's terms, no task — 43 accepted); 「…达到…3倍以上的，」 "
               "a 的-clause of its own triggering the step, 达到／以上 comparison words: a target 3 倍 (round 30's line; round "
               "49); 「比例为1%」 joins no comparison word (the builder left it unchecked: a rate of the levy or a norm, round 25 against round 30; turned above); "
               + NONE + "; " + NODATE),
        S(["第十条"], [], [JGJ], lead_alternatives=[[JGJ]], **art(X04, ["第十条"]),
          note="「国家金融监督管理总局上海监管局负责对保险公司及时足额缴纳救助基金情况实施监督检查，对未及时足额缴纳的保险公司，督促其补缴，并依法进行查处；每季度结束后15个工作日内，国家金融监督管理总局上海监管局将…汇总情况，抄送市救助基金管理中心。」 — "
               "负责 and 实施 name A (rule 2); the insurers are objects of 督促 (round 30's pivot); the quarterly copy to the "
               "centre is a duty (below); " + ONE_LEAD + "; " + RECUR),
        S(["第十七条"], [], [], responsible_alternatives=[[GAJ]], **art(X04, ["第十七条"]),
          note="「公安机关交通管理部门处理受害人人身伤亡的机动车道路交通事故时，发生…第十六条所列情形之一需要救助基金垫付…的，应当书面告知受害人或者其亲属申请救助基金垫付的权利、应承担的义务及办理流程，并在处理事故之日起3个工作日内制作书面通知并送达医疗机构。」 — "
               + SENDING + " (the department accepted; RULING? 10: or the police's own notice, a verb of doing in an article, round "
               "44); the notice to the hospital, the body that acts on it, is a duty (below); 「3个工作日内」 counts from the "
               "accident's handling (round 33); " + NONE + "; " + NODATE),
        S(["第二十条"], [], [], responsible_alternatives=[[WJW]], **art(X04, ["第二十条"]),
          note="「市卫生健康委收齐符合条件的垫付申请以及相关材料后，应当在3个工作日内，…对垫付申请进行审核，书面提出审核意见，并将审核意见以及申请材料提交市救助基金管理中心。对不符合垫付要求的，应说明理由。 垫付申请的审核内容具体包括：（一）…（三）其他需要审核的内容。」 — "
               "a review of a party's application by its own verb (进行审核) names none (Round 85's x319_01 第七条（三）; Round 88's "
               "x325_02 第四条 form 「A对…进行审核」), though 第五条（四） gives the commission the work by 负责 — the commission "
               "accepted; the noun lead-in 「审核内容具体包括：」 gives the review's scope, text (Round 89's governs on x334_02 第六条), "
               "so the article is one task; handing the opinion to the centre is a step of its decision (Round 89's x329_04 "
               "第九条), no duty; " + NONE + "; " + NODATE),
        S(["第二十五条"], [], [WJW], lead_alternatives=[[WJW]], **art(X04, ["第二十五条"]),
          note="「市卫生健康委应当建立抢救费用专家审核制度，对受害人伤情复杂、申请垫付金额较大以及申请人对救助基金垫付结果有异议等情况，组织专家开展评审。」 — "
               + ARTICLE + " (建立), and 组织＋verb names its subject (rule 2; Round 81's x309_02 第十二条), the experts the "
               "pivot's object (round 30); " + ONE_LEAD + "; " + NODATE),
        S(["第三十三条"], [], [ZX], lead_alternatives=[[ZX]], responsible_alternatives=[[]], **art(X04, ["第三十三条"]),
          note="「市救助基金管理中心收到核销材料后，应当依法组织开展审核工作。审核后确需核销救助基金垫付费用的，向市财政局书面提交核销申请及相关证明材料，市财政局按规定程序批准。」 — "
               "组织开展 places the review on the centre (rule 2; Round 85's x317_03 第九条（一）: the review rule gives way to "
               "reviews placed by 负责, 实施 or 组织＋verb) — none accepted; its application to the bureau is a sending for "
               "approval and the bureau only approves (rule 3: 「经A同意」); " + ONE_LEAD + "; " + NODATE),
        S(["第三十七条"], [], [ZX, GAJ, "市农业农村委", WJW], responsible_alternatives=[[ZX]], not_targets=[(24, "小时")],
          **art(X04, ["第三十七条"]),
          note="「市救助基金管理中心应当建立…信息系统，建立数据信息交互机制，规范…流程，提高…效率。 市救助基金管理中心设立24小时热线电话，公安机关交通管理部门、市农业农村委、市卫生健康委也应建立相应的值班制度，确保能够及时受理、审核垫付申请。」 — "
               + ARTICLE + " (建立, 设立), each body once in printed order (Round 82); 「24小时热线电话」 a figure with no comparison "
               "word naming a kind of service (Round 87's x324_08 「24小时值班制度」): not_target 24 小时; no 牵头: lead []; "
               + NODATE),
        S(["第四十三条"], [], [JGJ], lead_alternatives=[[JGJ]], targets=[(3, "个工作日")], **art(X04, ["第四十三条"]),
          note="「本市办理交强险业务的保险公司未依法从交强险保险费中提取资金并及时足额转入本市救助基金账户的，由国家金融监督管理总局上海监管局进行催缴，超过3个工作日仍未足额上缴的，由国家金融监督管理总局上海监管局给予警告，并予以公告。」 — "
               "a penalty a named enforcing body imposes on regulated parties is its enforcement, a task (Round 77's x299_04 第二十八条; "
               "Round 91's confirmed 「由A…给予处罚」), 由A＋verb naming A (rule 2); 「超过3个工作日仍未足额上缴的，」 a 的-clause of its "
               "own with no head noun that triggers the warning, 超过 a comparison word: a target 3 个工作日 (round 30's line; "
               "Round 85's x317_04 第十二条; RULING? 11: or a time limit counted from the demand, round 33); " + ONE_LEAD + "; "
               + NODATE),
        S(["第五十条"], [], ["市民政局"], lead_alternatives=[["市民政局"]], **art(X04, ["第五十条"]),
          note="「本实施细则所称丧葬费用，是指…服务费用。具体垫付费用标准由市民政局制定。 丧葬费用中遗体停放、冷藏的天数按实计算，最长不超过公安机关交通管理部门出具的尸体处理通知书规定的时限。」 — "
               "a definition article that also gives work is a task (round 39; the head: articles of general provision are those "
               "that only define), 由A制定 naming A (rule 2; Round 85's x322_04 第二十五条 另行制定), an article in 附则 that gives "
               "work a task (Round 87's x325_02 第二十三条); 最长不超过 binds a period to another text's limit, no figure; "
               + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每季度结束后15个工作日内，国家金融监督管理总局上海监管局将本市各保险公司交强险保险费收入以及缴纳救助基金的汇总情况，抄送市救助基金管理中心",
              "when": "每季度结束后15个工作日内", "when_norm": "quarterly",
              "note": "第十条 — a tasked body's summary of the work the rules give it (its supervision of the levy), sent each "
                      "quarter (round 48; Round 89's x329_03 第十六条)"},
             {"what": "在处理事故之日起3个工作日内制作书面通知并送达医疗机构", "when": "处理事故之日起3个工作日内", "when_norm": None,
              "note": "第十七条 — a notice to the body that acts on it (round 44; Round 91's x340_02 第十九条), a time from an "
                      "event: undated"},
             {"what": "垫付情况应书面告知申请人、实施抢救的医疗机构、市卫生健康委、处理该道路交通事故的公安机关交通管理部门",
              "when": None, "when_norm": None,
              "note": "第二十一条 — a notice of the centre's own results to the bodies concerned (Round 89's turned x331_04 第九条; "
                      "Round 91's x340_02 第二十四条), undated (第二十三条's notice to the police alike, not listed apart)"},
             {"what": "道路交通事故案件侦破后，公安机关交通管理部门应当及时通知市救助基金管理中心", "when": None, "when_norm": None,
              "note": "第二十六条 — a report the rules ask when a case arises, to the body that acts on it (round 44), undated"},
             {"what": "市救助基金管理中心每年将追偿未果的机动车道路交通事故案件清单提供各成员单位", "when": "每年",
              "when_norm": "yearly",
              "note": "第三十一条 — a sending of records to the bodies that use them, with its rhythm a duty (Round 83's x315_01 "
                      "第十一条)"},
             {"what": "于每季度结束后15个工作日内，将上一季度的财务会计报告报送至市财政局", "when": "每季度结束后15个工作日内",
              "when_norm": "quarterly", "note": "第三十九条 — the centre's quarterly report of its accounts (round 48)"},
             {"what": "于每年2月1日前，将上一年度工作报告和财务会计报告报送至市财政局", "when": "每年2月1日前",
              "when_norm": "yearly (by 1 February)", "note": "第三十九条 — the centre's yearly report"},
             {"what": "市财政局应当于每年3月1日前，将本市上一年度救助基金的筹集、使用、管理、追偿以及市救助基金管理中心相关情况报送至财政部和国务院保险监督管理机构",
              "when": "每年3月1日前", "when_norm": "yearly (by 1 March)",
              "note": "第四十二条 — the bureau's yearly report of the fund to the central bodies (round 48)"}],
     notes=["counting (leaf tasks): the cover's 「请按照执行」 no task; general provisions (round 30): 第一条 purpose, 第二条 the fund's "
            "setting up, definition and scope, 第三条 a principle (round 68), 第四十七条 officials' liability (Round 91's x340_04 "
            "第七十九条), 第四十八、四十九条 definitions, 第五十一条 a 参照 scope, 第五十二条 force and transition; the scheme's terms, "
            "no tasks: 第七条 and 第十三条 the fund's sources, 第九条 the insurers' levy and their filing on it (a payer's obligation, "
            "Round 89's x329_01; round 42), 第十二条 the debtors' repayment, 第十四条 a grant paid in, 第十五条 donations paid in, "
            "第三十六条 costs kept in budgets (money only, Round 83's x311_01 第七条), 第十六条 the cases the fund covers with its "
            "7日 rule (a list of cases and a reckoning, Round 78's (b); the hospital's explanation a step of the claim), 第十九条 what "
            "the hospital hands in (Round 87's x323_01 第二十六条), 第二十九、三十条 options (可以, round 49 p46b). Tasks: 第四条 1 "
            "(the working group it sets up with work, and the members' work: a task naming none, Round 84's p61d-2); 第五条 6; "
            "第六条 7 (（七）「其他日常管理工作」 names the centre's own routine under its lead-in's act, Round 89's x331_04 第十一条（三）, "
            "not a catch-all of duties other texts set, Round 84's p61a-1 — RULING? 12; 43 accepted without it); 第八条 1 (RULING? "
            "9); 第十、十一、十七、十八、二十–二十八、三十一–三十五、三十七、三十九–四十六、五十条 one each; 第三十八条 6 — Round 96 (turned, "
            "aligned round 67 to CONVENTIONS.md \"Round 96 rulings\"; p67f): 「市救助基金管理中心应当公开以下信息：」 — the objects of a "
            "work clause's own verb are the work's parts, each line （一）–（五） a task taking the lead-in's body (round 55's "
            "x248_01 第十二、五十条; round 58's turned x229_03 第九条; Round 91's governs on x334_02 第六条; x259_04 第十三条 read "
            "so), and the closing 「…应当依法予以保密」 one more task (Round 86's governs; round 38) — → **49** (was 44: the "
            "article one task, its lines text; 44, and 48 with the paragraph as text, stay accepted). Accepted: 38–43 (any of "
            "第六条（七）, 第八条, 第十八条 (the hospital's help to the applicant, Round 84's p61a-2, or the applicant's own step), "
            "第二十四条 (an option with a call to 有关单位), 第二十八条 (repayments and an option, with one owed 依法处理 after them), "
            "第三十二条 (requirements on a sending), 第四十六条 (a liability clause with an agent) read as no task), 45–48 (第九条, "
            "第十六条 or 第十九条 counted, or 第三十八条's five lines as items), and from 49 the same readings (43–48, 50–52).",
            "units: rule 2 in articles (round 44); the duty lists of 第五、六条 by their named bodies and lead-in; not sampled: "
            "第四条 (none: the group set up there; 各成员单位 points back to the members it lists), 第五条（二）[国家金融监督管理总局上海监管局], "
            "（四）[市卫生健康委] (the hospitals the object of 监督), （五）[市农业农村委, 市救助基金管理中心], （六）[市民政局, 市救助基金管理中心], "
            "第十一条 [市公安局] (市财政局's transfer only money), 第二十一、二十三条 none (decisions on applications), 第二十六条 "
            "[市救助基金管理中心], 第三十五条 [市财政局], 第四十、四十一条 (「A委托B＋verb」 names A, round 35), 第四十四、四十五条 (由A…予以处理)",
            "dates: none (see date_note)",
            "figures: targets 1 % and 3 倍 (第八条; the 1 % Round 93, turned), 3 个工作日 (第四十三条); not_target 24 小时 (第三十七条); unchecked: the "
            "7日 of 第十六、十九条 (a class of costs, round 58, not in a task), 超过3年 in 第三十条's cases (an option's), the time "
            "limits 2／3／10／15个工作日内",
            "duties: eight (第十条 quarterly, 第十七条, 第二十一条, 第二十六条 undated, 第三十一条 yearly, 第三十九条 quarterly and yearly, "
            "第四十二条 yearly); not duties: 第九条's insurers' filing (round 42), 第二十条's opinion to the centre and 第三十三条's "
            "application (steps of decisions), 第三十四条's list to the police (undated, not listed: a sending beside 第三十一条's), "
            "第四十二条's 向社会公告 (disclosure, round 55's x247_01)"])

write_collected(DIR)
