# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next281/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 55 (built by helper c281 for round 56's scoring): never tune the parser
on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``);
every answer was written here by reading the texts, with ../CONVENTIONS.md (its head, and the "Round 62 rulings" to
"Round 66 rulings" in full; older rulings where a grep for a form led) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next281/make_expected.py tests/data/plans-next281
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C03 = "49f4bb7b24691276dec660a576f20a54a0c46b63"     # index/03's commit; its stored files read there
STORED = ("the stored text (read whole with read_file at that commit); only the repository's wrapper was removed (YAML "
          "front matter, the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the notice "
          "title), cut by a script at the first 「\\n# 」; the stored file as typed (wrapper + text) had the character count "
          "read_file gives")


def src(path, url, chars):
    return f"{REPO} @ {C03}, docs/工程建设管理/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit; round 44 "
          "reads any verb of doing only in 第X条 articles (round 63 on x268_02: outside articles the closed list stands)")
PROC = ("round 45: headed points that read like articles (a procedure, rules with 应当) are not articles — the closed-list "
        "reading is the answer and the article reading (the subjects of any verb of doing) is accepted beside it")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided): in 第X条 articles a named body standing as the subject of the article's verb of doing is a doer "
           "whatever the verb; verbs of being or having, applying, filing or sending for itself, paying and options name none "
           "(rounds 47 q44c, 48, 54; round 62: no line between a rule's own parties and regulated operators)")
ROLE = "项目法人 is a party by role, a unit as printed (rounds 34, 51 p47c, 63's 项目所有人, 66's 出让人)"
APPROVAL = ("round 46 (confirmed in round 48's x205_02, x207, x213_02 第六条): a body sending its own project, plan or accounts "
            "to the body that decides takes a step of approval — no duty; round 65's x276_03 第五条: such a step names none "
            "(the verb decides, whoever the body is, round 62), the body accepted")
HEADED = ("round 34 (written early), round 62's x257_01, round 51 p47b: a childless point whose text gives work (a rule-2 "
          "doer or an instruction 「应…」「要…」) is a task")
MUST = ("round 63 (x273_01, x270_01 第九条): 应当／不得／必须 with its act gives work though no unit is named — a task naming no "
        "unit where no ruled form names a body")
TEXT_STATE = ("rounds 63, 66 (x271_05 管理标准): a line that only states what a thing is or the state it is kept in, with no body "
              "asked 要／应, is the standard's contents — text, no task")

# ---------------------------------------------------------------------------------------------------------
X01 = "x281_01_baoshan-shuiwu-2016-shuili-gongcheng-xiangmu-zijin-guanli-banfa.txt"
P01 = "宝山区水利工程项目和资金管理办法"
N01 = "关于印发《宝山区水利工程项目和资金管理办法》的通知"
SW, CZ, FR = "区水务局", "区财政局", "项目法人"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 11, after the cover's signature and date: round 62 m52, round 60's x256_06) "
                "or the cover's title (line 1): either (round 45's pair)",
     doc_no="宝水务〔2016〕29号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市宝山区水务局 (one signature; the cover says 「我们联合制定了」)",
     date="2016-02-05",
     date_note="the cover is dated 2016年2月5日 (the index the same); 第二十五条 puts the rules in force 2014年1月1日 (as printed)",
     level="a district water bureau (Baoshan, Shanghai), rules on water-works projects and their money: duties of the "
           "district bureaus and towns, project reserve and approval, the project owner's duties, the shares of cost by "
           "kind of works, money management (25 articles in five chapters)",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=ca0cbffc-ab58-4fb3-bbef-27f2ce80164c&siteId=0078", 2740),
     style="a cover (addressee 各镇人民政府, one paragraph 「…请遵照执行。」, signature, date); the rules' title line; chapter "
           "lines 「第一章  总  则」…「第五章 资金管理」; articles 「第N条」 run into their text with no space and no heading, "
           "第十条 with （一）（二） on lines of their own, 第十四–十九条 a heading line over a definition paragraph and a cost-"
           "split paragraph; 第五条 ends with no 。; blank lines between all paragraphs",
     leaf_tasks=15, count_alternatives=[13, 14, 16, 21],
     leaf_tasks_by_section={"第一章 总则": 1, "第二章 项目储备和审批": 3, "第三章 项目实施和验收": 7, "第四章 资金配套政策": 0,
                            "第五章 资金管理": 4},
     childless_top_level_sections=[],
     samples=[
        S(["第三条"], [], [SW, CZ, "各镇人民政府"], **art(X01, ["第三条"]),
          note="「区水务局、区财政局负责编制…，制定…，落实…，组织项目实施管理，审核支付…；各镇人民政府负责配合开展项目建设，落实镇级配套资金」 — "
               "an article in 总则 that gives work to bodies is a task (round 30); rule 2's several clauses (负责 twice, 落实): "
               "all their bodies in printed order, 负责配合 making 各镇人民政府 responsible (a kind with a rule-2 verb, rounds "
               "30, 32); no 牵头: lead []; " + NODATE),
        S(["第四条"], [SW], [SW, CZ], lead_alternatives=[[]], **art(X01, ["第四条"]),
          note="「区水务局会同区财政局…科学合理确定水利工程的储备项目，并报市水务局、市财政局审核」 — rule 2's 「A会同B＋verb」: lead A, "
               "responsible A, B (lead [] accepted, round 30); the verb 确定 is work, not applying or sending (round 61: a 会同 "
               "clause is read by its verb); 「报…审核」 sends the district's own reserve list to the bodies that decide: "
               + APPROVAL.split(" — ")[0] + " — no duty; the city bureaus are approvers (rule 3); " + NODATE),
        S(["第五条"], [], [SW], lead_alternatives=[[SW]], **art(X01, ["第五条"]),
          note="「区水务局负责水利工程储备项目前期工作，…委托…勘测设计单位编制…，并及时上报市水务局审核」 — 负责 (rule 2): " + ONE_LEAD
               + "; the commissioned design unit is the object of 委托 (a pivot's object, round 30), no unit; 「上报市水务局审核」 "
               "its own feasibility report for a decision (round 46): no duty; " + NODATE),
        S(["第六条"], [], [], responsible_alternatives=[[SW, CZ]], **art(X01, ["第六条"]),
          note="「区水务局、区财政局按照部门预算编报的要求，向市水务局和市财政局联合上报下一年度水利工程计划，经…审核后纳入财政年度预算」 — the "
               "article's only act is sending the district's own yearly plan up for approval and budgeting: " + APPROVAL
               + " (round 48's x213_02 第六条 is this form: a yearly plan and budget sent up for approval); kept as a task naming "
               "no unit as x276_03 第五条 was (count 13 without 第六、二十三条 accepted) — RULING? 1; " + NODATE),
        S(["第七条"], [], [FR], **art(X01, ["第七条"]),
          note="「项目法人按照项目法人责任制、…等要求，加强项目监管」 — " + ARTICLE + "; 加强 is a verb of doing in articles (round 57); "
               + ROLE + "; " + NODATE),
        S(["第九条"], [], [FR], **art(X01, ["第九条"]),
          note="「项目法人应当按照经批准的设计文件组织工程实施，不得擅自变更…」 — 组织＋work (rule 2's 组织实施) and " + ARTICLE + "; "
               + ROLE + "; " + NODATE),
        S(["第十条", "（一）"], [], [SW], responsible_alternatives=[[]], **art(X01, ["第十条", "（一）"]),
          note="「（一）在批准的工程概算内，由区水务局初审并上报市水务局审核同意后，方可组织实施」 under 「项目法人需要对建设内容进行重大调整…的，"
               "按照下列规定执行：」 — items numbered under an article are items (round 34), each a step of the procedure the article "
               "sets for a case, the case being the whole of the article's work (round 30: an item whose whole work is the response "
               "to a case takes its agents); 由A＋a verb of doing 初审 names A (round 30's 「由A统一指导、集中认定」, round 34) → "
               "[区水务局]; round 63's review step (x268_04: a body reviewing others' applications, a task naming no unit) "
               "accepted — RULING? 2; the project owner's 组织实施 after approval is the case's outcome (方可), no unit; the "
               "sending is a duty (below); " + NODATE),
        S(["第十条", "（二）"], [], [SW, CZ], responsible_alternatives=[[]], **art(X01, ["第十条", "（二）"]),
          note="「（二）超过批准的工程概算，由区水务局、区财政局初审并上报市水务局、市财政审核同意后，方可组织实施」 — as （一）: 由A、B＋初审 "
               "(rule 2, round 34) → both, in printed order; none accepted (round 63's review step) — RULING? 2; " + NODATE),
        S(["第十三条"], [], [FR, "管理单位"], responsible_alternatives=[["管理单位"]], **art(X01, ["第十三条"]),
          note="「项目法人应当及时向管理单位办理工程及档案资料移交工作；管理单位应当落实管养措施和管养经费」 — " + ARTICLE + ": 办理…移交工作 "
               "is the owner's act of work (an article's verb of doing with 应当); 落实 (rule 2) gives 管理单位, a kind, with money "
               "kept as work by 落实 (round 51 p47c's 「由A落实保障」); [管理单位] alone accepted (round 65's 移交 to a receiver "
               "names none by itself); 「及时」 no date: " + NODATE),
        S(["第二十条"], [], [FR], **art(X01, ["第二十条"]),
          note="「项目法人应当根据年度投资计划，编制财务用款计划并提出用款申请，按照年度资金计划安排工程建设进度，确保“当年计划，当年完成”」 — "
               + ARTICLE + ": 编制 and 安排…进度 are acts of work (the 用款申请 an application, naming none by itself); " + ROLE
               + "; 「当年计划，当年完成」 a slogan with no date: " + NODATE),
        S(["第二十一条"], [], [CZ], responsible_alternatives=[[]], **art(X01, ["第二十一条"]),
          note="「区财政局负责按年度计划申请市级补助资金，并按照国库资金集中支付的原则，支付项目建设资金」 — A负责… (rule 2): the subject of "
               "负责 is responsible, the form deciding, not what follows it (round 30: 「A负责指导…」 is 「A负责…」); the objects are "
               "applying for and paying money, which the article rule alone would not read as work (rounds 44, 48), so none is "
               "accepted — RULING? 3; 「按年度计划」 no date: " + NODATE),
        S(["第二十三条"], [], [], lead_alternatives=[[SW]], responsible_alternatives=[[SW, CZ]], **art(X01, ["第二十三条"]),
          note="「区水务局会同区财政局按照审计结果向市水务局和市财政局上报工程财务决算」 — round 61: a 会同 clause is read by its verb, and "
               "上报 sends the district's own final accounts to the city bodies: " + APPROVAL + "; a task naming no unit, lead "
               "区水务局 with both accepted — RULING? 1; " + NODATE),
        S(["第二十四条"], [], [FR], responsible_alternatives=[[FR, "财政部门"], [FR, "水务部门", "财政部门"]],
          not_targets=[(427, "号")], **art(X01, ["第二十四条"]),
          note="「项目法人应当按照批准的工程建设内容使用建设资金，…实行专款专用；对不按规定使用工程建设资金的，水务部门及财政部门有权终止项目执行并由财政部门将"
               "资金收缴国库。对违反财经纪律的…将按照《财政违法行为处罚处分条例》（国务院第427号）的规定进行处理。」 — " + ARTICLE + ": "
               "实行专款专用 is the owner's act; 有权 is a right (rounds 44, 48: a verb of having), and the 由 clause stands under "
               "it, so 财政部门 is read as part of what the departments may do; the article reading of 「由财政部门…收缴」 as a step "
               "after a breach (round 65's x276_04 三（三））, and 水务部门 with it, accepted; the last sentence a consequence with "
               "no agent (round 62's x95_04); 国务院第427号 a document number (EXPECTED.md) → not a target; " + NODATE),
     ],
     plan_targets=[(5000, "元/平米")],
     phases=[],
     duties=[{"what": "由区水务局初审并上报市水务局审核同意后，方可组织实施",
              "when": "", "when_norm": None,
              "note": "第十条（一）（二）: a plan body passing the project owner's change request on after its own step (初审) is an "
                      "undated duty (round 36's 「村…初审后报镇」; rounds 46, 48's x225_01 转报: passing others' papers on); the "
                      "second item's 「由区水务局、区财政局初审并上报市水务局、市财政审核」 is the same duty, one check"}],
     notes=["counting (leaf tasks; the cover notice is one plan with the rules it issues): 第一条 (purpose), 第二条 (scope), "
            "第二十五条 (entry into force) general provisions, no tasks (round 30); 第三条 1; 第四、五、六条 3; 第七、八、九条 3; "
            "第十条 （一）（二） 2 (items under an article, round 34); 第十一条 (「项目验收工作按照《…细则》执行」: points to other rules "
            "with no agent, round 62's x95_04 and round 64's x53_04) no task; 第十二、十三条 2; 第十四–十九条 (a kind of works "
            "defined 「…是指…」 and the shares of its cost 「按市、区、镇6:3:1比例承担」「由所在镇承担」: who pays and how much, with no "
            "doer of work and no 要／应 — round 62 turned x140_03 第十九条, round 64's 支持范围／扶持标准) no tasks; 第二十、二十一条 "
            "2; 第二十二条 (「水利工程实行财务监理制度和项目审价审计制度」: which system the rules apply, no body, no 要／应 — round 65's "
            "x276_01 第二、三条) no task; 第二十三、二十四条 2 → **15**. Accepted: 13 (第六、二十三条, steps of approval, as no tasks "
            "— RULING? 1), 14 (第十条 one task, its items a procedure's text), 16 (第二十二条 a task), 21 (the six cost articles "
            "as tasks naming no unit).",
            "units: articles read by round 44's article rule (any verb of doing names its subject; applying, sending one's "
            "own papers for a decision and paying name none); 会同 read by its verb (round 61); the city bureaus the district "
            "reports to are approvers (rule 3); 勘测设计单位 and 中标单位 objects; 水务部门／财政部门 in 第二十四条 hold a right",
            "dates: 2016年2月5日 (the cover), in force 2014年1月1日 (第二十五条, as printed: a time of force, no deadline); no "
            "item is dated; 「年度」「下一年度」「当年」 are no dates; no phases",
            "figures: the cost shares (6:4, 6:2:2, 6:3:1, 5:3:2, 5:5) and rates (32万/亩, 5000元/平米, 40万/亩) are the "
            "scheme's terms in articles that are no tasks; their figures are plan targets (round 62's w52b, round 66's "
            "x143_02): 5000 元/平米 is checked as a plan target (as printed, 平米 the scorer's alias for 平方米); the ratios "
            "are not checked (no number-and-unit form); 国务院第427号 not a target"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x281_02_huangpu-chengguan-2026-waibaiwei-shishi-yijian.txt"
P02 = "上海市黄浦区外摆位实施意见"
N02 = "关于印发《上海市黄浦区外摆位实施意见》的通知"
JD, ZD = "街道办事处", "重点地区管理办"
OFFICES = ["南京路步行街管理办公室", "人民广场地区管理办公室", "外滩风景区管理办公室", "豫园地区管理办公室", "田子坊地区管理办公室",
           "新天地地区管理办公室"]
YY, SH = "运营主体", "商户"
PARTY_HEAD = ("a heading naming a party over its own duties is a unit heading (rule 1; round 65's 「第三条（住房保障实施机构）」, "
              "rounds 38, 50, 56), and a unit heading takes its text's partners (round 52; round 63's x272_01) — RULING? 5")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the opinion's own title line (line 11, after the cover's signature and date: round 62 m52) or the cover's "
                "title (line 1): either (round 45's pair)",
     doc_no="黄城管执规〔2026〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市黄浦区城市管理行政执法局",
     date="2026-02-12",
     date_note="the cover is dated 2026年2月12日 (the index the same); in force 2026年3月14日, valid to 2031年3月13日",
     level="a district city-management enforcement bureau (Huangpu, Shanghai), an implementation opinion on outdoor seating "
           "「外摆位」 in shopping streets: principles with roles, the streets' choice of areas, the operators' and shops' "
           "setting-up and filing, shops' rules and bans, departments' duties, yearly review and exit",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=ccb70c66-8385-4488-88f0-d6c4d56ebe69&siteId=0071", 3330),
     style="a cover (addressees, one paragraph 「…请遵照执行。」, signature, date); the opinion's title line; a preamble; "
           "一、总则 （一）定义 （二）适用范围 （三）管理原则 1.–4. (heading lines over paragraphs); 二、 childless, two paragraphs; "
           "三、（一） a lead-in over 1.–4., （二）–（六） heading lines over paragraphs; 四、（一） 1.–5. and （三） 1.–7. one line "
           "each, （二）（四）（五） heading lines over paragraphs; 五、（一）–（三）; 六、解释, 七、施行日期; blank lines between all "
           "paragraphs",
     leaf_tasks=25, count_alternatives=[24, 26, 27, 14, 13],
     leaf_tasks_by_section={"一、总则": 1, "二、": 1, "三、": 6, "四、": 14, "五、": 3},
     childless_top_level_sections=["六、解释", "七、施行日期"],
     samples=[
        S(["一", "（三）", "2"], [], ["区城管执法局", JD, *OFFICES],
          responsible_alternatives=[["区城管执法局", JD, ZD], []],
          note="「2.条块结合，属地管理原则」 over 「区城管执法局负责“外摆位”政策保障及统筹协调。」「街道办事处及南京路步行街管理办公室、…、新天地地区管理办公室"
               "（以下简称“重点地区管理办”）落实属地管理责任，负责本区域“外摆位”的具体组织实施、日常管理工作。」 — items of 总体要求-like "
               "sections that name a unit by rule 2 are tasks (round 25/27: 'What is a task'), and the point gives work (负责, "
               "落实, 组织实施), unlike a stance (rounds 49, 60) or a 「按照…的原则」 clause of roles (rounds 41, 52, 62); rule 2's "
               "several clauses: all bodies in printed order; 及 gives two names (round 34's 和), the defining bracket "
               "「（以下简称…）」 dropped (rounds 32, 43, 61); the short name accepted (one body printed two ways, round 48); "
               "none accepted if the principle is read as a stance (count 24) — RULING? 4; " + NODATE),
        S(["二"], [], [], responsible_alternatives=[[JD, ZD]],
          note="「街道办事处及重点地区管理办综合考虑…，通过…的方式确定本辖区的特色街区和夜生活集聚区。」「…应当向社会公示…」 — " + HEADED
               + " (a childless top-level point that is no 工作目标／指导思想／总体要求／基本原则 section, round 62's x257_01); 确定 and "
               "公示 are outside rule 2's list (" + CLOSED + "): " + NONE + "; " + PROC + "; " + NODATE),
        S(["三", "（一）", "3"], [], [], responsible_alternatives=[[YY]], targets=[(100, "米")],
          note="「3.“外摆位”的边缘应当距离桥梁、…以及学校、医院、重大活动场所、应急救援场所100米以上。」 under the lead-in 「运营主体应当统筹安排"
               "“外摆位”的布局，…并符合下列要求：」 — " + MUST + "; the lead-in's 统筹安排 is no rule-2 verb, so rule 4 carries no unit "
               "(" + CLOSED + "); 运营主体 accepted (" + PROC + "); 100米以上: a quantity joined to 以上, a floor of a standard, "
               "is a target (round 30's line); " + NODATE),
        S(["三", "（四）"], [], [], responsible_alternatives=[[YY]],
          note="「运营主体应当根据…功能定位，…形成“外摆位”的整体布局方案。」「商户需设置外摆位的，应当提出设置意愿和具体设置方案。…」 — " + MUST
               + "; 形成 is no rule-2 verb (" + CLOSED + "); 商户 proposing its own plan is an applicant (round 30; round 62: "
               "applying names none); 运营主体 accepted (" + PROC + "); " + NODATE),
        S(["三", "（五）"], [], [], responsible_alternatives=[[YY, "各街道办事处", ZD]],
          note="「商户应当向运营主体报送设置方案…」「运营主体应当将…整体布局方案、商户的设置方案，报送各街道办事处及重点地区管理办。…运营主体应当及时更新信息。"
               "各街道办事处及重点地区管理办应当及时抄报区城管执法局。」「大型连锁店…可由该连锁经营企业总部制定…」 — " + MUST + "; 报送, 更新, "
               "抄报 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; the shop's sending is an applicant's filing on itself "
               "(round 32), the chain's headquarters an option 「可由A…」 (round 30); the senders accepted (" + PROC + "); the "
               "streets' copy to the issuer is a duty (below); 「及时」: " + NODATE),
        S(["三", "（六）"], [], [], responsible_alternatives=[[JD, ZD]],
          note="「街道办事处及重点地区管理办应当将“外摆位”的设置经营等信息与区城运中心互联互通、信息共享，实现外摆位的动态监控。」 — " + MUST
               + "; 互联互通、信息共享 are no rule-2 verbs (" + CLOSED + "); 区城运中心 is named as a partner of a link (「与A对接」, "
               "round 38: no unit); the subjects accepted (" + PROC + "); " + NODATE),
        S(["四", "（一）", "2"], [], [SH], responsible_alternatives=[[]],
          note="「2.桌椅、遮阳伞等设施应当保持安全和整洁美观，并按垃圾分类的要求设置垃圾收集容器…」 under the heading 「（一）商户的自律管理」 — "
               + PARTY_HEAD + ": [商户]; the line asks an act 「应当…设置垃圾收集容器」, more than a state (" + MUST + "); none "
               "accepted (the heading read as a topic, 商户 the regulated); " + NODATE),
        S(["四", "（二）"], [], [YY], responsible_alternatives=[[]],
          note="「（二）运营主体的管理责任」 over 「鼓励和支持运营主体组织商户建立自律组织…」「运营主体应当加强对“外摆位”的日常管理，及时发现和劝阻违法行为；"
               "劝阻无效的，立即报告街道办事处或相关管理部门。」 — " + PARTY_HEAD + "; the text's 应当加强 gives the same body (an article "
               "reading); 鼓励和支持 gives no doer (round 40); none accepted (the heading a noun phrase, round 45, and 加强 outside "
               "articles no rule-2 verb, round 57); the report to the street is a duty (below); " + NODATE),
        S(["四", "（三）", "1"], [], [],
          note="「1.不得挪作他用，不得转让、出租；」 under 「（三）“外摆位”的禁止情形」 — a numbered line with 不得 and its act: " + MUST
               + " (the heading names no party); " + NONE + "; " + NODATE),
        S(["四", "（四）"], [], [],
          responsible_alternatives=[["区商务委", "市场监管局", "城管执法局", "绿化市容局", "公安分局", "文化旅游局", "应急管理局"]],
          note="「（四）行政管理部门依法履职」 over 「区商务委、市场监管局、城管执法局、绿化市容局、公安分局、文化旅游局、应急管理局等部门应当切实履行法定职责，加强对"
               "“外摆位”的检查、指导和监督。」 — the heading is a clause (a kind and 依法履职), no party name over duties; 履行…职责 "
               "and 加强 are outside rule 2's list (" + CLOSED + "; round 57: 加强 a verb of doing only in articles), and 履行 is "
               "no verb that takes on a duty (round 59's 承担／担负／负; round 62's 负主体责任): " + NONE + " — RULING? 6; the "
               "seven accepted (" + PROC + "), the bare 「等部门」 tail dropped (rounds 64, 65); " + NODATE),
        S(["四", "（五）"], [JD, ZD], [JD, ZD, "公安派出所", "市场监管所"],
          note="「（五）街道办事处及重点地区管理办的属地管理责任」 over 「街道办事处及重点地区管理办应当牵头公安派出所、市场监管所等部门及时查处违法行为，…」 — 牵头 "
               "with objects reads as 「由A牵头，B、C配合」 (round 33; round 65's x276_02 「牵头各审批部门制定…」): lead A, responsible A "
               "and the objects; 及 gives two names (round 34); the bare 「等部门」 tail dropped (rounds 64, 65: a bare 等部门 "
               "is dropped); the heading's party is the same two (a unit heading takes its text's partners, round 52); "
               + NODATE),
        S(["五", "（一）"], [], [], responsible_alternatives=[[YY, JD]],
          note="「运营主体每年对“外摆位”商户的…情况进行考核评价。」「街道办事处每年对自我管理的“外摆位”商户的…情况进行考核评价。」 — 进行 is no "
               "rule-2 verb (" + CLOSED + "; round 37: 进行 alone names none): " + NONE + "; a task by its standing yearly work "
               "(round 36: a childless point that gives work); the subjects accepted (" + PROC + "); 每年 a rhythm of work "
               "with nothing sent: no duty (round 65's x274_03 通报), no deadline; " + NODATE),
        S(["五", "（二）"], [], ["有关部门"],
          note="「“外摆位”经营活动中有违法行为被行政处罚的，由有关部门按照规定纳入公共信用信息服务平台。」 — the item's whole work is the "
               "response to the case (round 30 clarifications: 「（七）…发生…时，由A负责处置」 takes A), and 由A＋a verb of doing "
               "(纳入) names A (round 34); 有关部门 is a kind (round 33), kept as printed; lead [] (no 牵头); " + NODATE),
        S(["五", "（三）"], [], [], responsible_alternatives=[[YY, SH]],
          note="「对相关执法部门多次处罚且整改不力的，运营主体、商户应当调整或取消外摆位设置。」 — a step after a breach, the point's own work "
               "(rounds 42, 45, 65's x276_04): " + MUST + "; 调整或取消 is no rule-2 verb (" + CLOSED + "): " + NONE + "; the "
               "subjects accepted (" + PROC + "); 相关执法部门 the ones who punished, inside the case (rule 3); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各街道办事处及重点地区管理办应当及时抄报区城管执法局",
              "when": "及时", "when_norm": None,
              "note": "三、（五）: the streets copying the operators' layouts and shops' plans to the issuing bureau — a plan body "
                      "sending information on to the plan's issuer (round 40's sending to the issuing office; round 36's "
                      "passing others' papers on): an undated duty"},
             {"what": "劝阻无效的，立即报告街道办事处或相关管理部门",
              "when": "立即", "when_norm": None,
              "note": "四、（二）: what a body the rules task meets in its work, sent to others to handle, is a report (round 65's "
                      "x279_04 「停车管理单位应当报告公安、消防、城管等部门进行处理」): an undated duty"}],
     notes=["counting (leaf tasks): the cover and the preamble no tasks; 一、（一）定义 and （二）适用范围 general provisions "
            "(round 30; round 66's x81_04: a scope's definition in headed points); 一、（三） 1.合法原则, 3., 4. stances (rounds "
            "49, 60: 基本原则 points; 3. only says who may be an operator 「可以作为」, an option and a definition, and what the "
            "operator and streets do by 统筹协调, 指导, 引导, none a rule-2 verb), 2. a task (it names units by 负责 and 落实, "
            "RULING? 4) → 1; 二、 a childless point that gives work → 1; 三、（一） 2., 3., 4. (应／不得 instructions) 3 and 1. "
            "(「设置位置为商户的独用或共用部位」: a statement of where, text — " + TEXT_STATE + "); 三、（二）业态 (what trades "
            "are meant, text) and （三）设施设备 (what the equipment is; 「需经许可后设置」 an applicant's step, round 52's x236_03) "
            "no tasks; 三、（四）（五）（六） 3; 四、（一） 1.–4. 4 and 5. (「…范围内保持环境卫生整洁，无暴露垃圾…」, a state, " + TEXT_STATE
            + ") no task; 四、（二） 1; 四、（三） 1.–7. (不得 each) 7; 四、（四）（五） 2; 五、（一）–（三） 3; 六、解释 (the interpreting "
            "body) and 七、施行日期 general provisions → **25**. Accepted: 24 (一、（三）2. as a stance — RULING? 4), 26 and 27 "
            "(三、（一）1. and 四、（一）5. counted as leaves), 14 and 13 (四、（一）and （三）'s lines read as the shops' rules and a "
            "list of banned cases, text — RULING? 7).",
            "units: headed points, not 第X条 articles — rule 2's closed list (round 63's x268_02), the subjects of other verbs "
            "accepted (round 45's procedure reading); party headings 「商户的自律管理」「运营主体的管理责任」「街道办事处及重点地区管理办的"
            "属地管理责任」 read as unit headings (RULING? 5); 牵头 with objects (四、（五）); 由有关部门 in a case's whole work (五、"
            "（二））; options 「可以作为」「可由…」, encouragement 「鼓励和支持」, guides 「指导运营主体」 and applicants (商户提出／报送) "
            "name none",
            "dates: 2026年2月12日 (the cover); in force 2026年3月14日, valid to 2031年3月13日 (times of force); 「每年」「及时」"
            "「立即」 no dates; no item is dated; no phases",
            "figures: 100米以上 (三、（一）3.) a target; 沪绿容〔2025〕131号 a document number"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x281_03_putuo-2018-xiane-yixia-xiaoxing-jianshe-gongcheng-guanli-banfa.txt"
P03 = "普陀区限额以下小型建设工程管理办法"
N03 = "上海市普陀区人民政府办公室关于转发区建管委制定的《普陀区限额以下小型建设工程管理办法》的通知"
GJ = "各街道（镇）"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 11, after the cover's signature and date: round 62 m52) or the cover's "
                "title (line 1): either (round 45's pair)",
     doc_no="普府办〔2018〕22号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市普陀区人民政府办公室 (forwarding rules made by 普陀区建设和管理委员会, whose signature and date close the rules)",
     date="2018-05-29",
     date_note="the cover and the rules are dated 2018年5月29日 (the index the same); in force 2018年7月1日 (六、)",
     level="a district government office (Putuo, Shanghai) forwarding the district construction commission's rules on "
           "small works under the tendering limit: the streets' and towns' duties, the registration, start, notice, check "
           "and enforcement steps, and the work's requirements; six attachments (two notices to builders and four forms)",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=007589969&siteId=0075", 5094),
     style="a cover (addressees, one sentence 「…请按照执行。」, signature, date); the rules' title line; a preamble; "
           "一、指导思想, 二、适用范围, 三、职责分工 childless (paragraphs); 四、管理程序 1、–5、 heading lines over paragraphs; "
           "五、工作要求 childless (three paragraphs); 六、 the entry into force; a 「附件：」 list of six, the commission's "
           "signature and date; 附件1 (a notice to builders, 一、–七、), 附件2, 3 (forms, one cell a line), 附件4 (a notice on "
           "safe and tidy building, 一、–十一、), 附件5, 6 (forms); blank lines between all paragraphs",
     leaf_tasks=7, count_alternatives=[6, 25, 24],
     leaf_tasks_by_section={"三、职责分工": 1, "四、管理程序": 5, "五、工作要求": 1},
     childless_top_level_sections=["一、指导思想", "二、适用范围"],
     samples=[
        S(["三"], [], [GJ, "普陀区建设和管理委员会", "区有关部门"],
          responsible_alternatives=[[GJ, "普陀区建设和管理委员会"]],
          note="「三、职责分工」, a childless section of unit paragraphs, is one task with every paragraph's bodies in printed order "
               "(round 32): 「各街道（镇）依据“属地管理”的原则，负责小型工程的建设管理，落实…」 (负责, 落实: rule 2; 各街道（镇） a kind, "
               "kept with its bracket, rounds 34, 52), 「普陀区建设和管理委员会是本区小型建设工程的行业主管部门，应加强…」 (a designation "
               "「A为…的主管部门」, round 32), 「区有关部门对…的行为，依法进行查处」 (under a work heading any verb of doing gives units, "
               "round 63's x269_07, 进行 too; 区有关部门 a kind) — the list without it accepted (进行 alone names none outside a work "
               "heading, round 37); 「接受区相关行业主管部门的监督和指导」 a guide (rule 3); 「有条件的可通过政府购买服务，引入第三方…」 an option "
               "(round 30); " + NODATE),
        S(["四", "1"], [], [GJ], lead_alternatives=[[GJ]], responsible_alternatives=[[GJ, "街道（镇）相关职能部门"]],
          note="「1、登记备案」 — 「建设单位应当向…街道（镇）申请办理报建备案和施工备案手续」 an applicant's filing (round 30: no unit); "
               "「各街道（镇）按照“属地管理”原则负责区域内巡查，…」 — 负责 (rule 2): " + ONE_LEAD + "; 「街道（镇）相关职能部门应与项目产权所有人、出租人、承租人签署…责任书」 — 签署 is outside rule 2's list in "
               "headed points (" + CLOSED + "; round 48 reads 签订 in articles), accepted (" + PROC + "); " + NODATE),
        S(["四", "2"], [], ["施工单位", "设计单位"], responsible_alternatives=[[]],
          note="「2、开工条件」 — 「小型工程必须由具有相应资质的施工单位施工」「小型工程的施工图纸，应由具备相应资质的设计单位进行设计」: the agent of 由 "
               "with a verb of doing (施工, 进行设计) is a doer (rule 2; round 34), the 的-phrase dropped (round 32: the head after "
               "the last 的) — the builders and designers of the works; none accepted (the point may be read as conditions on the "
               "applicant's project, round 52's x236_03) — RULING? 8; 「建设单位应当在施工前委托…设计单位提出设计方案」: 委托's object "
               "no unit, 委托 no rule-2 verb; 「房屋建筑使用者…不得擅自变动…」 a rule for the public; " + NODATE),
        S(["四", "3"], [], [],
          note="「3、公告公示」 — 「各街道（镇）范围内的小型工程实行公示监督制度，…在施工现场明显位置张贴施工告示牌，自觉接受…监督。」: the subject "
               "is the works, 各街道（镇）范围内 a place scope inside the noun (round 30: a body inside a noun's description is no "
               "doer); the point prescribes an act (张贴) with no body: a task naming no unit (round 43: subjectless points that "
               "give work; round 49: headed work items are tasks though they name no body); the count without it accepted "
               "(round 65's x276_01: which system the rules apply, terms); " + NONE + "; " + NODATE),
        S(["四", "4"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          responsible_alternatives=[["各街道（镇）监管机构", "建设单位"]], not_targets=[(15, "日")],
          note="「4、检查验收」 — 「各街道（镇）监管机构应定期依法对…进行…检查，对发现的问题…应及时提出整改意见」: 进行 and 提出 are outside rule 2's "
               "list (" + CLOSED + "), accepted (" + PROC + "); 「项目竣工后，由建设单位组织设计、施工和监理等各方进行工程验收」 — 由A组织＋"
               "work (rule 2; round 34), the objects of the pivot 组织 no units (round 30); " + ONE_LEAD + "; 「在验收合格之日起15日内"
               "到所属街道（镇）进行竣工备案」 — the builder's filing on itself (round 32: no duty), and 15日内, a time counted from an "
               "event, is the deadline rule, neither a target nor a deadline (round 65 turned x275_05: 内 after a time from an "
               "event) → not a target; " + NODATE),
        S(["四", "5"], [], ["街道（镇）"], lead_alternatives=[["街道（镇）"]],
          note="「5、综合治理」 — 「小型工程若存在…各类违法违规的情况，由街道（镇）根据违法项目的特点，协调、组织安全生产办公室、派出所、城管、绿化和市容"
               "管理等职能部门及时采取综合管理措施。」: the point's whole work is the response to the case (round 30 clarifications), "
               "and 由A＋a verb of doing (组织, 协调) names A (round 34); the objects of the pivots 协调／组织 are no units (round "
               "30: 「组织B开展」「协调A、B落实」); 街道（镇） as printed (no 各 here: one body printed two ways is given as printed, "
               "rounds 48, 63); " + ONE_LEAD + "; " + NODATE),
        S(["五"], [], [GJ, "区各职能部门"],
          responsible_alternatives=[["区、街道（镇）两级建设管理部门", GJ, "区各职能部门", "各行业主管部门"]],
          note="「五、工作要求」 — items of 工作要求 that name a unit are tasks ('What is a task', round 25; round 62's x257_01: a "
               "childless point that gives work): 「各街道（镇）强化日常巡查发现报告机制，区各职能部门加强行政执法，共同担负起及时发现、制止和查处各类"
               "违法违规建设行为的职责」 — 担负 takes on the duty and designates its subjects (rounds 53, 59; round 62's 负主体责任), 区各"
               "职能部门 a kind (round 62's 区各部门(单位)); 建立, 制定, 纳入, 加强 are outside rule 2's list (" + CLOSED + "), so 「区、"
               "街道（镇）两级建设管理部门应建立…」 and 「各行业主管部门应把…纳入…」 name none, all four subjects accepted (" + PROC + "; "
               "levels before one head one name, round 30); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks, from the rules' title to its 「附件：」 line — plans-dev EXPECTED.md lines 19–25; the cover is "
            "one plan with the rules it forwards, 'Two documents under one cover'): the preamble no task; 一、指导思想 (a stance: "
            "「为…，根据…，对建设工程实行分级分类管理…」, round 34 early's 指导思想 sections) and 二、适用范围 (a scope and a "
            "definition, round 30: general provisions) childless sections; 三、职责分工 one task (round 32's childless section of "
            "unit paragraphs); 四、 1、–5、 5; 五、工作要求 one task (a childless point giving work with units); 六、 the entry into "
            "force → **7**. Accepted: 6 (四、3、 as the scheme's terms — round 65's x276_01), 25 and 24 (the attachments' numbered "
            "lines 附件1 一、–七、 and 附件4 一、–十一、 read as tasks: they are notices to builders and sites, forms' companions "
            "outside the plan body — plans-dev lines 19–25).",
            "units: headed points, not 第X条 articles — rule 2's closed list (round 63's x268_02), the subjects of other verbs "
            "accepted where the point reads like a procedure (round 45); a designation (三、), 担负 (五、), 由A组织／协调 (四、4、, "
            "5、); builders' filings 「申请办理…备案」「进行竣工备案」 are applicants' steps on themselves, no units and no duties",
            "dates: 2018年5月29日 (the cover and the rules), in force 2018年7月1日; 「定期」「及时」「15日内」 no dates; no phases; "
            "no duty (the builders' filings are a regulated party's filings on itself, round 32)",
            "figures: 二、's 「总投资额在100万元以下的建设工程」 a band inside a definition (round 66: no target; not sampled, a "
            "general provision); 15日内 (四、4、) not a target; 沪府发[2011]1号, 沪府办[2012]69号, 沪建管[2015]326号 document "
            "numbers; 附件4's 「围挡高度不得低于2米」 stands in an attachment outside the count (not sampled)"])

write_collected(DIR)
