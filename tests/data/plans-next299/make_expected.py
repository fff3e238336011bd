# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next299/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 59 (built by helper c299): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``at_line_in``); every
answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 70 rulings, written
early" to its end in full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next299/make_expected.py tests/data/plans-next299
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
at = partial(at_line_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"     # the commit read_file gave for all four stored files
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit above); only the "
          "repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank lines around "
          "them, the `# ` marker before the notice title), cut by a script at the first 「\\n# 」; the stored file as copied "
          "(wrapper + text) had the character count read_file gives")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/消防与人防/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations; in 第X条 articles the subject of a "
        "verb of doing): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), rounds 54, 62 p52c, 66: in 第X条 articles a body named by a kind standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (加强 included, round 63's x252_01 / x252_03); applying, "
           "filing or sending for itself, paying, options (可), a duty held (履行, rounds 67, 70) and a review of a submission "
           "name none")
REVIEW = ("round 67's x280_01 第十条, round 68's x274_04, round 70's x286_01 第七条, round 74's x292_02 / x292_03 第五条（二）: a "
          "review of a submission (a check of an application, its acceptance, the decision and its own steps) names none, in "
          "articles too")
ITEMS = ("lines after a work clause 「…对下列内容进行审查：」「…内容包括：」 are the work's parts, items (round 63's x248_01 / x248_02 / "
         "x248_04; round 44's 「…主要包括：」), each taking the lead-in's doer where it names none (rule 4)")
ROLE = ("「使用和维护管理责任人」 is a person's role the rules give to owners, investors, users or their agents (第四条): rule 3 "
        "leaves out the nouns 负责人／责任人, and round 62 (p52c) says 「a person's role (管理责任人) never does」 — no unit by "
        "any verb; the role as printed is accepted (round 66's x270_04: a party by role, owners may be persons; RULING? 5)")
LIMIT = ("a time limit counted from an event with no comparison word (「N个工作日内」「…后三个月内」) is the deadline rule: neither "
         "a target nor a deadline (rounds 33, 34, 54; round 65's x275_05; round 70's x291_02)")
LIABILITY = ("liability 「由其所在单位或者…主管部门给予行政处分；构成犯罪的，依法追究刑事责任」 names the breaker's own superiors and the law's "
             "consequence, no body the rules task: no task (round 49's x39_03; round 63's x240_03 / x240_04)")
BAN = ("不得 with its act gives work and names none, though its party is printed (round 67's x280_04; round 70's x286_04 第十一条); "
       "「任何单位和个人」 is the public, a general call")

# ---------------------------------------------------------------------------------------------------------
X01 = "x299_01_shi-guodongban-2024-zhongdian-diqu-renfang-gongcheng-tongchou-jianshe-guanli-guiding.txt"
P01 = "上海市重点地区人民防空工程统筹建设管理规定"
N01 = "关于印发《上海市重点地区人民防空工程统筹建设管理规定》的通知"
GJ = "各级国动部门"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line or the notice's title line (line 1): either (round 45's pair)",
     doc_no="沪国动规〔2024〕1号 (printed on line 3)",
     issuer="上海市国防动员办公室",
     date="2024-07-03",
     date_note="the notice is dated 2024年7月3日 (the index: 2024-07-03); in force 2024年9月1日 to 2029年8月31日 (第二十二条)",
     level="the city national-defence-mobilisation office (Shanghai), rules on planning and building civil air-defence works "
           "together across the key development areas: duties, the joint plan (drafting, content, consultation, approval, "
           "use, review), the project scheme (drafting, review, its points), signs, IoT, lists, changes, supervision, liability",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0026::2da5ce7e92df467089da954e28784c5a", 3609),
     style="a notice (number, addressees, one sentence 「…请认真按照执行。」, issuer, date); the rules' title line; four chapters "
           "第N章; 22 articles 「第N条（heading）」 with the heading on its own line and the text on the next; item lists （一）–（五） "
           "under 第六、八、十五条",
     leaf_tasks=26, count_alternatives=[16, 19, 20, 22, 23, 27],
     leaf_tasks_by_section={"第五条": 1, "第六条": 5, "第七条": 1, "第八条": 4, "第九条": 1, "第十条": 1, "第十一条": 1,
                            "第十二条": 1, "第十三条": 1, "第十四条": 1, "第十五条": 4, "第十六条": 1, "第十七条": 1,
                            "第十八条": 1, "第十九条": 1, "第二十条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第五条（管理职责）"], [], ["上海市国防动员办公室", "各区国动部门", "有关管委会人民防空管理部门"],
          responsible_alternatives=[["上海市国防动员办公室", "各区国动部门"]], **art(X01, ["第五条（管理职责）"]),
          note="「上海市国防动员办公室负责…管理，制定…规则；组织实施…审查和…审核；对区级国动部门落实…开展指导和监督检查。 各区国动部门、有关管委会人民防空"
               "管理部门承担…规划的组织编制，按照…权限实施项目统筹建设管理。」 — rule 2's 负责 and 实施 name the city office and the two "
               "kinds of the second paragraph (承担 with work is also an article's verb of doing, round 44; round 70's x286_04 第七条 "
               "由A承担＋work); 区级国动部门 is the object of 指导和监督检查, no doer (round 30: a pivot's object); 有关管委会人民防空"
               "管理部门 is a kind (管委会's 人防 departments), not the bare call 有关单位 (round 62 p52c: a kind before 单位／部门 makes "
               "a kind); lead [] (no 牵头); the list without it accepted; " + NODATE),
        S(["第六条（统筹要求）", "（三）"], [], [], not_targets=[(10, "分钟")], **art(X01, ["第六条（统筹要求）", "（三）"]),
          note="「集中开发区域内人民防空工程统筹服务半径应满足人员十分钟内的步行要求。统筹建设优先落实指挥、医疗救护、防空专业队等骨干人民防空工程的规划要求，"
               "以人员掩蔽工程为主，并根据需要配套物资库、区域电站等其他人民防空工程。」 — a line under 「…应…并满足以下要求：」 that names "
               "acts of the plan's bodies (落实, 配套) gives work with no subject (round 70's x287_02; round 74's x296_01 三、（二）: a "
               "limit on what the work may build is a task naming none), a task — " + NONE + "; 「十分钟内的步行要求」 is a norm of "
               "the radius with 内 alone and no comparison word (round 30: a figure that only names a norm; rounds 33, 54: 内 "
               "alone is no target) → 10 分钟 not_target; " + NODATE),
        S(["第七条（规划编制）"], [], ["市、区级国动部门", "有关管委会人民防空管理部门"],
          responsible_alternatives=[[GJ]], **art(X01, ["第七条（规划编制）"]),
          note="「市、区级国动部门、有关管委会人民防空管理部门（以下简称“各级国动部门”）在编制…规划前，应当开展…现状情况调查，…开展前期研究。」 — in an "
               "article the subjects of 开展 are doers (" + ARTICLE + "); levels before one head are one name as printed (round 30's "
               "「市、区X部门」), and the defining bracket goes whole, the short name accepted (rounds 35, 73); lead []; "
               + NODATE),
        S(["第九条（征询评审）"], [], [], **art(X01, ["第九条（征询评审）"]),
          note="「人民防空工程统筹建设规划成果应征询发展改革、经济信息化、…绿化市容等部门意见，并组织相关专业领域方面专家对…进行评审。」 — 应 with "
               "acts gives work, a task; the departments consulted only give views (rule 3: a body that only receives or is "
               "asked is no unit), and 组织 with no subject standing in the article names none (round 34; round 70's x291_02), "
               "experts are persons — " + NONE + "; " + NODATE),
        S(["第十条（规划审批）"], [], [], responsible_alternatives=[["国动部门"]], **art(X01, ["第十条（规划审批）"]),
          note="「…的人民防空工程统筹建设规划，由国动部门报所在区政府或管委会批准后实施；其他…规划经市国动部门审核后报所在区政府或管委会批准。」 — a body "
               "sending its own plan up for approval takes a step of its own approval, which names none (round 74's x297_04 "
               "三、2、; rounds 34, 46), the approving 区政府／管委会 and the reviewing 市国动部门 (经A审核) are rule 3's receivers and "
               "approvers — " + NONE + "; [国动部门] accepted (由A＋报 read as rule 2's agent, RULING? 1); the sending is the "
               "plan's duty (below); " + NODATE),
        S(["第十二条（规划评估）"], [], [GJ], lead_alternatives=[[GJ]], **art(X01, ["第十二条（规划评估）"]),
          note="「各级国动部门应当按规划期组织评估本行政地区人民防空工程统筹建设规划实施情况，形成评估报告。」 — 组织评估 is rule 2's 组织＋verb; 各级国动部门 "
               "is the short name 第七条 defines, a kind with its levels, printed so here (rounds 43, 48: a name as printed); "
               + ONE_LEAD + "; 形成评估报告 is sent to no one (no duty); 「按规划期」 names no date; " + NODATE),
        S(["第十三条（方案编制）"], [], ["建设单位"], lead_alternatives=[["建设单位"]], responsible_alternatives=[[]],
          **art(X01, ["第十三条（方案编制）"]),
          note="「建设单位采用项目统筹方式修建人民防空工程的，应当编制人民防空工程统筹建设方案。」 — in an article the subject of 编制 is a doer (" + ARTICLE
               + "); drafting the scheme stands apart from sending it for review (第十四条), as round 70 read x290_01 第八条 "
               "「建设单位依据设计方案编制…改造实施方案」 (governs over round 65's x276_03); " + ONE_LEAD + "; none accepted (the drafting "
               "read as a step of one's own approval, RULING? 2); " + NODATE),
        S(["第十四条（方案审查）"], [], [], responsible_alternatives=[[GJ]], **art(X01, ["第十四条（方案审查）"]),
          note="「各级国动部门应加强对人民防空工程统筹建设方案编制过程指导。 各级国动部门应对建设单位报送的人民防空工程统筹建设方案进行集体审议。」 — where "
               "加强's only object is guidance the body stays rule 3's guide (round 63's x252_01 / x252_03 line), and the "
               "collective review of a scheme the builder sends in is a review of a submission (" + REVIEW + ") — " + NONE
               + "; [各级国动部门] accepted (RULING? 3); " + NODATE),
        S(["第十五条（审查内容）", "（二）"], [], [], responsible_alternatives=[[GJ]],
          **art(X01, ["第十五条（审查内容）", "（二）"]),
          note="「（二）项目实施主体是否为同一开发主体或多个企业、机构等共同组成的联合开发主体，项目地块是否为多个成片、连续的建设地块。」 under 「各级国动部门对…"
               "方案中下列内容进行重点审查：」 — " + ITEMS + "; the lead-in's work is a review of a submission (" + REVIEW + "), so "
               "its items name none — " + NONE + "; [各级国动部门] accepted (RULING? 3); " + NODATE),
        S(["第十七条（数字赋能）"], [], [], **art(X01, ["第十七条（数字赋能）"]),
          note="「推动统筹建设的人民防空工程参照公用民防工程相关标准同步设计、安装物联设施。」 — a measure naming an act the plan's bodies carry out gives work "
               "with no subject and no 要 (round 65's x274_01; round 70's x287_02 推动), a task naming none — " + NONE + "; "
               + NODATE),
        S(["第二十条（监督指导）"], [GJ], [GJ, "规划资源、住房建设等相关部门"], lead_alternatives=[[]],
          responsible_alternatives=[[GJ]], **art(X01, ["第二十条（监督指导）"]),
          note="「各级国动部门应会同规划资源、住房建设等相关部门，加强和区域成片开发牵头单位的协调沟通，加强对建设单位落实…方案的监督管理。 建设单位未按…方案实施，"
               "擅自变更…，各级国动部门将依法予以处理。」 — 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2; "
               "rounds 34, 45); fields joined by 、 before one head with 等 are one name as printed, 等 kept (round 31; round 70's "
               "x288_06 「教育、农机…等行业监管部门」), not whole bodies before a category tail (round 74's x294_02); 区域成片开发牵头"
               "单位 is the partner of 协调沟通 and 建设单位 the party supervised (round 62: a party supervised gives no unit); the "
               "step after a breach is the same body's (round 70's x289_03); [各级国动部门] alone accepted (the fields read as a "
               "call, RULING? 4); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "由国动部门报所在区政府或管委会批准后实施；其他重点地区人民防空统筹建设规划经市国动部门审核后报所在区政府或管委会批准",
              "when": None, "when_norm": None,
              "note": "第十条: the joint plan sent up for approval, a submission the rules ask of the bodies they task (plans-dev "
                      "EXPECTED.md: duties to submit; round 74's x297_01 / x297_04 sendings): an undated duty"}],
     notes=["counting (leaf tasks; the notice 「现将《…》印发给你们，请认真按照执行。」 is one plan with the rules it issues, round "
            "49's x229_04): general provisions 第一条 (purpose), 第二条 (scope and definitions), 第三条 (scope: the areas, and "
            "「…在市国动部门指导下实施」 a scope with a guide, rule 3), 第四条 (a principle and a state, round 68; round 74's "
            "x296_01 一、), 第二十二条 (entry into force) no tasks (round 30); 第五条 1; 第六条 （一）–（五） 5 (requirements the "
            "work must meet, each naming an act or a limit on what is built: round 70's x287_02, round 74's x296_01 三、（二）); "
            "第七条 1; 第八条 （一）–（四） 4 (the planning's parts after 「考虑下列要素，开展…规划编制：」, " + ITEMS + "); 第九–十四条 "
            "1 each; 第十五条 （一）–（四） 4 (" + ITEMS + "); 第十六–二十条 1 each (第十九条 a review on a change and a ban, 不得); "
            "第二十一条 (" + LIABILITY + "; its 「…工作人员应当依法依规，严格管理」 urges persons) no task → **26**. Accepted: 22 (第六条 "
            "one task), 23 (第八条 or 第十五条 one task), 19 and 20 (two of the three lists one task each), 16 (all three), 27 "
            "(第二十一条 counted).",
            "units: rule 2's 负责／实施／组织＋verb／会同 and, in articles, the subject of a verb of doing (round 44); reviews of "
            "the scheme and the approval steps name none; 各级国动部门 is the short name 第七条 defines (市、区级国动部门 and "
            "有关管委会人民防空管理部门), given as printed where printed",
            "dates: 2024年7月3日 (the notice), in force 2024年9月1日–2029年8月31日; no item is dated; no phases; one undated duty "
            "(第十条's sending for approval)",
            "figures: not target 10 分钟 (第六条（三）, a norm with 内 alone); no other figure in a task"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x299_02_shi-minfangban-2022-minfang-gongcheng-shiyong-he-weihu-guanli-guiding.txt"
P02 = "上海市民防工程使用和维护管理规定"
N02 = "关于印发《上海市民防工程使用和维护管理规定》的通知"
QU = "市、区民防管理部门"
ZR = "使用和维护管理责任人"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line or the notice's title (printed twice, lines 1 and 3): either (round 45's pair)",
     doc_no="沪民防规〔2022〕1号 (printed on line 5)",
     issuer="上海市民防办公室",
     date="2022-10-27",
     date_note="the notice is dated 2022年10月27日 (the index: 2022-10-28); in force 2022年12月1日 to 2027年11月30日 (第二十三条)",
     level="the city civil-defence office (Shanghai), rules on using and maintaining civil-defence works: the offices' duties, "
           "who maintains which works, use (fees, public use, filing, alteration, IoT, bans), maintenance (systems, "
           "standards, repair, wartime conversion), withdrawal from service",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0026::abdf24dc5b39422bbfa8a7953279c85b", 3688),
     style="a notice (the title twice, number, addressees, one sentence 「…请遵照执行。」, issuer, date); the rules' title line; "
           "five chapters 「第N章  …」 (two spaces); 23 articles 「第N条（heading）」 with the heading on its own line, the last "
           "two run on one line with the text (「第二十二条　（文件解释） 本规定…」); item lists （一）–（五）, half-width "
           "「(一)」–「(四)」 in 第十三条, a closing paragraph after 第十三条's items",
     leaf_tasks=24, count_alternatives=[17, 18, 20, 22, 23, 25, 28],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第八条": 1, "第九条": 1, "第十条": 1,
                            "第十一条": 5, "第十三条": 5, "第十四条": 1, "第十五条": 3, "第十六条": 1, "第十九条": 1,
                            "第二十条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（管理部门）"], [], ["上海市民防办公室", "各区民防办公室"], **art(X02, ["第三条（管理部门）"]),
          note="「上海市民防办公室负责…的监督管理，并对各区民防管理部门管理的…工作开展监督指导。负责市直属公用民防工程使用和维护管理。 各区民防办公室负责本行政"
               "区域内…管理工作，并对其他民防工程的使用和维护实施监督管理。」 — rule 2's 负责 (and 实施) name both offices, in order; "
               "各区民防管理部门 is the object of 监督指导 (round 30: a pivot's object); lead [] (no 牵头); " + NODATE),
        S(["第六条（使用收费）"], [], [], **art(X02, ["第六条（使用收费）"]),
          note="「民防工程平时由投资者使用管理，收益归投资者所有。 平时利用公用民防工程的，使用单位应当…向市或者区民防办缴纳民防工程使用费。 …使用费的标准，按照…"
               "执行。 其他民防工程平时使用收益，应优先用于…必要支出。」 — the investor's use and its income say who holds what (a verb of "
               "being), paying names a payer, no doer (round 30; round 48), and the receiving office is rule 3's receiver; "
               "a payer bound by 应当 still gives work (round 63's x248_03 第八条; round 70's x291_01 六、), a task — " + NONE
               + "; " + NODATE),
        S(["第八条（使用备案）"], [], [QU], lead_alternatives=[[QU]], responsible_alternatives=[[]],
          **art(X02, ["第八条（使用备案）"]),
          note="「平时利用其他民防工程的，应按规定做好使用备案，市、区民防管理部门要加强监督检查。」 — the user's filing is a filing for itself (" + ARTICLE
               + "); 加强监督检查: 加强 is an article's verb of doing with supervision, work, as its object (round 63's x252_03 「市房屋"
               "管理部门加强…监督检查」, x254_02 第十四条), so its subject is a doer; levels before one head one name as printed "
               "(round 30); " + ONE_LEAD + "; none accepted; " + NODATE),
        S(["第十条（智能管理）"], [], [], **art(X02, ["第十条（智能管理）"]),
          note="「本市鼓励民防工程使用和维护管理责任人通过智能化手段加强…管理。 公用民防工程应根据相关标准设置智能监管物联设施，…应实现通信信号覆盖。 其他民防工程"
               "已建设智能监管物联设施的，应接入民防监管平台。」 — 鼓励 names no work (rounds 30, 40), but 应 with acts on the works as "
               "topics gives work with no doer (round 63's x248_02 第六条; round 70's x287_02), a task; the platform is where "
               "the works connect (a channel, round 66's x21_03) — " + NONE + "; " + NODATE),
        S(["第十一条（禁止行为）", "（二）"], [], [], **art(X02, ["第十一条（禁止行为）", "（二）"]),
          note="「（二）向民防工程内部和孔口附近排入废水、废气或者倾倒废弃物、堆放杂物，堵塞孔口；」 under 「任何单位或者个人不得从事下列行为：」 — the lines "
               "complete the ban's object, items (round 63's x248 lists; round 40's work split by its objects), each a ban: "
               + BAN + " — " + NONE + "; " + NODATE),
        S(["第十三条（工作制度）", "(二)"], [], [], responsible_alternatives=[[ZR], ["民防工程的使用和维护管理责任人"]],
          **art(X02, ["第十三条（工作制度）", "(二)"]),
          note="「(二)检查维保制度，制定民防工程检查和维修保养计划，确定维修保养周期、时间和内容，并实施定期检查。」 under 「民防工程的使用和维护管理责任人应"
               "制定并执行以下工作制度：」 — " + ITEMS + "; the lead-in's subject is a person's role: " + ROLE + " — " + NONE
               + "; the path as printed, half-width brackets (EXPECTED.md: paths as printed); " + NODATE),
        S(["第十三条（工作制度）"], [], [QU], lead_alternatives=[[QU]], **at(X02, "内容等。\n\n"),
          note="「市、区民防管理部门应对上述制度落实情况进行监督检查。」, the paragraph after 第十三条's items — a closing paragraph that gives work "
               "is one more task (round 36; round 63's x248_01 第十二、五十条), found inside its article by its first words (the "
               "scorer's article path); in an article 进行 with supervision is a verb of doing (round 44: outside articles 进行 is "
               "none), its subject a doer (" + ARTICLE + "); " + ONE_LEAD + "; " + NODATE),
        S(["第十四条（维护管理措施要求）"], [], [], responsible_alternatives=[["民防工程" + ZR], [ZR]],
          **art(X02, ["第十四条（维护管理措施要求）"]),
          note="「民防工程使用和维护管理责任人应当落实民防工程维护管理的人员及经费，执行…，保持…，并达到以下要求：（一）工程结构完好，无渗漏现象；…（五）…无锈蚀"
               "损坏。 …责任人可以自行或委托其他单位实施…。 住宅小区内的其他民防工程，可在物业管理协议中明确…」 — one task: the lines （一）–（五） "
               "state the state the works must be in, the standard's content, text (round 66's x271_05; round 74's x296_03 "
               "三、3), and the two closing paragraphs are options (可, round 49 p46b); 落实 is rule 2's verb, but its subject "
               "is a person's role: " + ROLE + " — " + NONE + "; " + NODATE),
        S(["第十五条（工程修缮）", "（三）"], [], [], responsible_alternatives=[[ZR], ["民防工程的使用和维护管理责任人"]],
          **art(X02, ["第十五条（工程修缮）", "（三）"]),
          note="「（三）按要求重新编制《民防工程维护管理使用手册》，按照民防工程标识系统相关技术标准设置民防工程标识牌。」 under 「修缮、加固改造应由民防工程的使用"
               "和维护管理责任人按照…规定组织实施，并符合下列要求：」 — requirements the repair must meet, each naming an act or a limit "
               "(round 74's x296_01 三、（二））, items taking the lead-in's doer by rule 4; 由A组织实施 names A, but A is a "
               "person's role: " + ROLE + " — " + NONE + "; " + NODATE),
        S(["第十九条（退出序列程序）"], [], ["属地民防管理部门"], lead_alternatives=[["属地民防管理部门"]],
          **art(X02, ["第十九条（退出序列程序）"]),
          note="「民防工程的退出序列，应由属地民防管理部门提出，组织评估或委托有关管理部门公布的房屋检测鉴定单位进行检测鉴定后，报市民防办审定。退出序列后，应在…档卡中"
               "予以注记，… 其他民防工程的退出序列应与该…责任人协商一致。」 — 由A提出, then 组织评估 (rule 2's 组织＋verb) or 「A委托B＋verb」 "
               "(round 35; round 74's x297_04) name the local office; 属地 is part of the name as printed (rounds 40, 55, 62, "
               "70); the office it reports to decides (rule 3's receiver), the testing firm is B of 委托 and 有关管理部门 sits in "
               "its description (round 30); " + ONE_LEAD + "; the sending up is a duty (below); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "由属地民防管理部门提出，组织评估或委托…检测鉴定后，报市民防办审定",
              "when": None, "when_norm": None,
              "note": "第十九条: the local office sends its own assessed proposal up to the city office for decision, a "
                      "sending the rules ask of a body they task, of its own results (round 74's x297_01; round 48's "
                      "x223_03): an undated duty"}],
     notes=["counting (leaf tasks; the notice is one plan with the rules it issues, round 49's x229_04): general provisions "
            "第一条 (purpose), 第二条 (scope), 第十七条 (a definition), 第二十一条 (「…管委会可参照本规定执行」, an option and a "
            "scope), 第二十二条 (interpretation), 第二十三条 (entry into force) no tasks (round 30); 第三、四、五、六条 1 each "
            "(第五条 an owner's options with 不得 and 应当符合, a ban giving work); 第七条 「本市鼓励…优先提供给…，并按照有关要求做好管理"
            "工作」 no task (鼓励 names no work and reaches the 并 clause joined to its object, rounds 30, 40; round 74's x296_02 "
            "五、); 第八、九、十条 1 each; 第十一条 （一）–（五） 5 (each a ban: " + BAN + "); 第十二条 (a right of the public to stop "
            "and report) no task; 第十三条 (一)–(四) 4 and its closing paragraph 1 (round 36); 第十四条 1 (its （一）–（五） states, "
            "text); 第十五条 （一）–（三） 3; 第十六条 1; 第十八条 （一）–（三） (conditions for withdrawal, terms, round 46) no tasks; "
            "第十九、二十条 1 each → **24**. Accepted: 20 (第十一条 one task), 22 (第十五条 one task), 23 (第十三条's closing "
            "paragraph not a task of its own), 18 (第十一条 and 第十五条 one task each), 17 (and 第十三条's paragraph folded), "
            "25 (第七条 counted), 28 (第十四条's five lines counted as items).",
            "units: " + ROLE + "; rule 2's 负责 and articles' verbs of doing name the city and district offices; payers, "
            "filers and bans name none",
            "dates: 2022年10月27日 (the notice), in force 2022年12月1日–2027年11月30日; no item is dated; no phases; one undated "
            "duty (第十九条's sending up)",
            "figures: none in a task (第十五条（一）'s 「不得低于原防护等级」 has no figure)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x299_03_shi-guodongban-2026-renfang-gongcheng-dangan-guanli-guiding.txt"
P03 = "上海市人民防空工程档案管理规定"
N03 = "关于印发《上海市人民防空工程档案管理规定》的通知"
RF = "人防管理部门"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line or the notice's title (printed twice, lines 1 and 3): either (round 45's pair)",
     doc_no="沪国动规〔2026〕2号 (printed on line 5)",
     issuer="上海市国防动员办公室、上海市档案局",
     date="2026-06-11",
     date_note="the notice is dated 2026年6月11日, signed by both offices (the index: 2026-06-11); in force 2026年6月11日 to "
               "2031年6月10日 (第十九条)",
     level="the city national-defence-mobilisation office and the city archives bureau (Shanghai), rules on the archives "
           "of civil air-defence works: the offices' and the builders' duties, collecting, review, handover, deferred "
           "handover, e-archives, keeping, terms, use, digitising, transfers",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0026::ad371e463ee241f48278e5a0a72daf47", 3057),
     style="a notice (the title twice, number, addressees, 「…请认真遵照执行。」「特此通知。」, two issuers, date); the rules' title "
           "line; 19 articles 「第N条（heading）」 with no chapters, the heading on its own line; one item list （一）–（四） "
           "under 第七条's second paragraph",
     leaf_tasks=15, count_alternatives=[12, 13, 16, 17],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第六条": 1, "第七条": 4, "第八条": 1, "第九条": 1, "第十条": 1,
                            "第十一条": 1, "第十三条": 1, "第十四条": 1, "第十六条": 1, "第十七条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（政府职责）"], [], ["上海市国防动员办公室", "各区国防动员办公室", "相关管委会"],
          responsible_alternatives=[["市国动办", "区国动办", "相关管委会"], ["上海市国防动员办公室", "各区国防动员办公室"]],
          **art(X03, ["第四条（政府职责）"]),
          note="「上海市国防动员办公室（以下简称市国动办）负责全市…管理工作，业务上受市档案主管部门监督和指导。 各区国防动员办公室（以下简称区国动办）负责…。 相关"
               "管委会依据授权或委托，具体承担职责范围内的…管理工作。 市、区国动办和相关管委会，统称为人防管理部门。」 — rule 2's 负责 names the two "
               "offices, each as printed before its defining bracket, the short names accepted (rounds 35, 73); 具体承担…工作 "
               "in an article is a verb of doing with work (round 44; round 70's x286_04 第七条), 管委会 a kind (相关 before a "
               "kind is no bare call, round 62 p52c); the archives authorities only supervise and guide (rule 3); the closing "
               "sentence is a definition; lead []; the two offices alone accepted; " + NODATE),
        S(["第五条（参建单位职责）"], [], ["建设单位", "其他参建单位"], responsible_alternatives=[["建设单位"]],
          **art(X03, ["第五条（参建单位职责）"]),
          note="「建设单位应当建立健全…制度，负责协调、督促勘察、设计、施工、监理、防护设备生产企业等参建单位（以下简称其他参建单位）做好…工作，并按要求向人防管理部门"
               "移交…档案。其他参建单位应当配合建设单位做好…工作。」 — 负责 names 建设单位 (rule 2), the firms it coordinates and urges "
               "are a pivot's objects (round 30: 协调, 督促), handing its own archive over is a filing (round 41); 「A配合B＋"
               "verb」 gives A and B, A first (round 74's x297_01 五、9.; rule 2's 「A负责…，B配合」), so 其他参建单位 — the short "
               "name the article defines, printed so — is responsible too; lead [] (no 牵头); [建设单位] accepted; " + NODATE),
        S(["第六条（形成和收集范围）"], ["市国动办"], ["市国动办", "市档案局", "建设单位"], lead_alternatives=[[]],
          responsible_alternatives=[["市国动办", "市档案局"]], **art(X03, ["第六条（形成和收集范围）"]),
          note="「人民防空工程档案收集范围和整理要求由市国动办会同市档案局研究确定，并由市国动办向社会公布。 建设单位根据项目建设进度，及时收集各参建单位形成并归档的…"
               "文件材料。」 — 「由A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); 由市国动办公布 names it again; "
               "in an article the subject of 收集 is a doer (" + ARTICLE + "; round 63's x248_02 第十二条 建设单位 保管), collecting "
               "others' papers no filing for itself; the list without 建设单位 accepted; " + NODATE),
        S(["第七条（档案审查）", "（二）"], [], [], responsible_alternatives=[[RF]], **art(X03, ["第七条（档案审查）", "（二）"]),
          note="「（二）竣工图的编制质量；」 under 「建设单位向人防管理部门移交人民防空工程档案时，人防管理部门应当进行审查。…审查的内容包括：」 — " + ITEMS
               + "; the lead-in's work is a review of a submission (" + REVIEW + "), so its items name none — " + NONE
               + "; [人防管理部门] accepted (RULING? 3); " + NODATE),
        S(["第八条（档案移交和接收）"], [], [RF], lead_alternatives=[[RF]], responsible_alternatives=[[]],
          **art(X03, ["第八条（档案移交和接收）"]),
          note="「人防管理部门按照…“谁审批、谁接收”和…原则，分别负责审查、接收本部门审批、管理的人民防空工程档案。 建设单位应当在…时，通过“一网通办”…平台申请…事项。"
               "建设单位向人防管理部门报送…档案，人防管理部门审查符合要求的，向建设单位出具…接收意见书。」 — 负责 is rule 2's own verb, and a body "
               "given the review by its own article's 负责 is a unit (round 63's x254_02 第十五条 「负责…审查」); the builder's "
               "application and sending are its own filing (round 30's applicant), the certificate the decision's step; "
               "人防管理部门 is the name 第四条 defines, printed so; " + ONE_LEAD + "; none accepted (the review rule over 负责, "
               "RULING? 3); " + NODATE),
        S(["第九条（容缺办理）"], [], [], not_targets=[(3, "个月")], **art(X03, ["第九条（容缺办理）"]),
          note="「建设单位申请…时，可按照相关规定申请…“容缺办理”，并作出限时办理归档书面承诺。满足条件的，人防管理部门出具“附条件通过”的…结论。 建设单位应当按照承诺在"
               "…竣工验收备案后三个月内完成人民防空工程档案移交。」 — an applicant's option and commitment (round 58's x122_01), the "
               "decision on it (" + REVIEW + "), and a builder bound by 应当 to hand its own archive over: a filing for itself, "
               "a task naming none (round 74's x292_01 第三、五条: 应当 with an act gives work, the filing names none) — " + NONE
               + "; 「…备案后三个月内」: " + LIMIT + " → 3 个月 not_target; " + NODATE),
        S(["第十一条（档案保管）"], [], [RF, "建设单位"], **art(X03, ["第十一条（档案保管）"]),
          note="「人防管理部门负责保管其接收的…档案，对破损或者霉变等档案应当及时采取补救措施…。 建设单位除按规定向人防管理部门、城市建设档案管理部门报送…外，还应当…编制和"
               "保存一套完整的…档案。同时建设单位应向该人民防空工程的使用管理单位提供一套…档案。」 — 负责 names the office (rule 2); in an article the "
               "builder keeping a full set is a doer (round 63's x248_02 第十二条, turned: 保管 a verb of doing), and 提供 of "
               "anything but money is work (round 74's x292_03 第十三条); the receivers are rule 3's; lead []; " + NODATE),
        S(["第十三条（档案利用）"], [], ["市国动办"], lead_alternatives=[["市国动办"]], **art(X03, ["第十三条（档案利用）"]),
          note="「符合规定的单位和个人…，可以向人防管理部门申请利用…档案。市国动办在市档案主管部门的指导下，制定…具体规定，并向社会公布。」 — the public's "
               "option to apply (可, an applicant) names none; 市国动办 is the subject of 制定 and 公布 in an article (" + ARTICLE
               + "; round 39's 「具体办法由A制定」 inside an article that gives work); 在A的指导下 is rule 3's guide; " + ONE_LEAD
               + "; " + NODATE),
        S(["第十六条（权属转移）"], [], ["原权属单位", "原使用管理单位"], responsible_alternatives=[[]],
          **art(X03, ["第十六条（权属转移）"]),
          note="「已建人民防空工程的权属发生转移时，相关的…档案由原权属单位向接收单位办理移交。使用管理单位发生转移时，相关的…档案由原使用管理单位向现使用管理单位移交。」 — "
               "an article whose whole work is the response to a case takes its agent (round 30: rule 3's case clause is a "
               "case inside an item whose work is something else); 由A向B办理 names A (round 34's 由A为B办理; round 74's x292_03 "
               "第五条（三））, and 原 says which body, part of the name as printed (rounds 40, 55, 62, 70: 所在, 属地, 接亲方); the "
               "receivers are none; lead []; none accepted (the handover read as a sending, which names no doer, round 70's "
               "x286_01 第四条（三）1、; RULING? 6); " + NODATE),
        S(["第十七条（停、缓建工程）"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          responsible_alternatives=[["建设单位", "上级主管部门"]], **art(X03, ["第十七条（停、缓建工程）"]),
          note="「停建、缓建项目的人民防空工程档案由建设单位保管。建设单位撤销的，人民防空工程档案由其上级主管部门保管；无上级主管部门的，建设单位可将…档案…交由人防管理部门"
               "暂存。」 — 由A保管 names A (rule 2: 由A＋a verb of doing; round 63's x248_02 保管); the superior keeps the archive "
               "only in a case inside the article's work (rule 3: 「确需调整的，由A负责」), and 可将 is an option; " + ONE_LEAD
               + "; the list with the superior accepted; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the notice 「现将《…》印发给你们，请认真遵照执行。」 is one plan with the rules it issues, round "
            "49's x229_04): general provisions 第一条 (purpose), 第二条 (scope, 「…参照本规定执行」), 第三条 (definition), 第十八条 "
            "(interpretation), 第十九条 (entry into force, a repeal) no tasks (round 30); 第四、五、六条 1 each; 第七条 （一）–（四） "
            "4 (" + ITEMS + "; its first paragraph, the builder's own 汇总、整理和归档, stands before the items as the article's "
            "opening, not a leaf); 第八–十一条 1 each; 第十二条 (terms of how long archives are kept, 「…保管期限为永久…保管5年」: "
            "the scheme's terms, round 46) no task; 第十三、十四条 1 each; 第十五条 (「…按照国家和本市有关保密规定执行」, a reference, "
            "text) no task; 第十六、十七条 1 each → **15**. Accepted: 12 (第七条 one task), 13 (and its first paragraph "
            "folded the other way), 16 (第七条's first paragraph, or 第十二条 or 第十五条, counted), 17 (two of them).",
            "units: rule 2's 负责／会同／由A＋verb and articles' verbs of doing name the offices and the builder; reviews, "
            "the builder's applications and filings, guides and receivers name none; short names (市国动办, 区国动办, "
            "其他参建单位, 人防管理部门) given as printed where printed, the full names where printed before a bracket",
            "dates: 2026年6月11日 (the notice), in force 2026年6月11日–2031年6月10日; no item is dated; no phases; no duty "
            "(the builder's handovers of its own archive are filings on itself, round 42; no body the rules task is asked "
            "to send its own results)",
            "figures: not target 3 个月 (第九条, a time from an event); unchecked: 5年 and 四级以上（含四级） (第十二条, terms, no task)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x299_04_shi-guodongban-2025-renfang-fanghu-shebei-guanli-shishi-banfa.txt"
P04 = "上海市人民防空防护设备管理实施办法"
N04 = "关于印发《上海市人民防空防护设备管理实施办法》的通知"
SJ = "市国动办"
QY = "生产企业"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the measures' own title line or the notice's title (printed twice, lines 1 and 3): either (round 45's pair)",
     doc_no="沪国动规〔2025〕2号 (printed on line 5)",
     issuer="上海市国防动员办公室",
     date="2025-10-30",
     date_note="the notice is dated 2025年10月30日 (the index: 2025-10-30); in force 2025年12月1日 to 2030年11月30日 (第三十条)",
     level="the city national-defence-mobilisation office (Shanghai), measures on civil air-defence protective equipment: "
           "duties, innovation, standards, IT, associations, the production licence (conditions, acceptance, on-site "
           "check, issue, producers from elsewhere), production (quality, testing, nameplates, warranty, supervision), "
           "installation (firms, subcontracting, safety, checks and acceptance, emergencies, supervision), spot checks, "
           "credit, liability",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0026::440927b062ec48fd842de526e6fc53d1", 5081),
     style="a notice (the title twice, number, addressees, 「…请认真按照执行。」, issuer, date); the measures' title line; six "
           "chapters 第N章; 30 articles 「第N条 heading」 (a space, no brackets) on their own lines; item lists （一）–（七）, "
           "（一）–（三）, （一）（二）, （一）–（四）",
     leaf_tasks=29, count_alternatives=[24, 26, 27, 28, 30],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第十条": 3, "第十一条": 1,
                            "第十二条": 1, "第十三条": 1, "第十四条": 1, "第十五条": 1, "第十六条": 1, "第十七条": 1,
                            "第十八条": 2, "第十九条": 1, "第二十一条": 1, "第二十二条": 1, "第二十三条": 1, "第二十四条": 4,
                            "第二十五条": 1, "第二十六条": 1, "第二十七条": 1, "第二十八条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第四条 管理职责"], [], ["上海市国防动员办公室"], lead_alternatives=[["上海市国防动员办公室"]],
          responsible_alternatives=[[SJ], ["上海市国防动员办公室", "区国动办", "授权的管委会人民防空部门"]],
          **art(X04, ["第四条 管理职责"]),
          note="「上海市国防动员办公室（以下简称市国动办）是本市防护设备管理的主管部门，负责组织制定…，履行监督管理职责；受…委托负责…认定工作，并将认定结果上报国家"
               "人民防空主管部门。 区国动办，授权的管委会人民防空部门按照市国动办要求履行…监督管理职责。」 — a designation 「A是…的主管部门」 and "
               "负责 name the city office (Round 75's p57a-1; rule 2), as printed before its defining bracket, the short name "
               "accepted (rounds 35, 73); the district offices only 履行 duties, which names none (rounds 67, 70's x287_01 8), "
               "so they are accepted, not written (RULING? 7); the national authority receives (rule 3); " + ONE_LEAD
               + "; the report of the licence results is a duty (below); " + NODATE),
        S(["第五条 技术创新"], [], [], **art(X04, ["第五条 技术创新"]),
          note="「本市鼓励人民防空科学研究和技术创新，鼓励新技术…推广应用。本市政府投资的人民防空工程应选用新型防护设备。」 — 鼓励 names no work "
               "(rounds 30, 40), but 应 with an act on the works the city funds gives work with no doer (round 63's x248_02 第六条; "
               "round 74's x296_02 五、: a point that also gives work by 应 is a task); 本市 is the city as a place (round 63) — "
               + NONE + "; " + NODATE),
        S(["第七条 信息化"], [], [SJ], lead_alternatives=[[SJ]], **art(X04, ["第七条 信息化"]),
          note="「市国动办推动本市防护设备生产安装信息化建设，加强全生命周期监管工作。」 — in an article the subject of 推动 and 加强 (with "
               "supervision as its object) is a doer (" + ARTICLE + "); 市国动办 is the short name 第四条 defines, printed so "
               "(rounds 43, 48); " + ONE_LEAD + "; " + NODATE),
        S(["第八条 社会组织"], [], ["国防动员、人民防空相关协会团体"], lead_alternatives=[["国防动员、人民防空相关协会团体"]],
          responsible_alternatives=[["本市国防动员、人民防空相关协会团体"], []], **art(X04, ["第八条 社会组织"]),
          note="「本市国防动员、人民防空相关协会团体发挥好政策宣传、行业自律作用，预防与制止不正当竞争，推广“新材料…”在人民防空领域运用，提升…水平。」 — in an "
               "article the subject of 预防与制止 and 推广 is a doer (" + ARTICLE + "), associations a kind like 「相关行业协会」 "
               "(round 43's kinds); fields joined by 、 before one head are one name as printed (round 31); 本市 before a name "
               "is no part of it (round 39's 「本市各级人民政府」 → 各级人民政府), the printed form accepted; " + ONE_LEAD + "; none "
               "accepted (the associations' role read as a stance, 发挥…作用, RULING? 8); " + NODATE),
        S(["第十条 资质受理", "（二）"], [], [], responsible_alternatives=[[SJ]], **art(X04, ["第十条 资质受理", "（二）"]),
          note="「（二）登记信息是否准确真实；」 under 「市国动办核对以下内容无误后在…系统予以受理。审核内容如下：」 — " + ITEMS + "; the lead-in "
               "is a check of an application and its acceptance (" + REVIEW + "), so its items name none — " + NONE + "; "
               "[市国动办] accepted (RULING? 3); " + NODATE),
        S(["第十二条 证书核发"], [], [], responsible_alternatives=[[SJ]], not_targets=[(20, "个工作日"), (5, "年")],
          **art(X04, ["第十二条 证书核发"]),
          note="「市国动办应当自受理之日起20个工作日内作出决定。市国动办对通过核查的生产企业相关信息报请国家人民防空主管部门核发《资质证书》，《资质证书》有效期5年。对于"
               "不符合条件的，不予核发证书，并书面向申请人说明理由。 生产企业在领取…新证书时，应当向市国动办交还原证书。」 — the decision on an "
               "application and its steps (" + REVIEW + "), and the firm's return of its own certificate a party's step "
               "(round 52's x236_03) — " + NONE + "; [市国动办] accepted (RULING? 3); 「自受理之日起20个工作日内」: " + LIMIT
               + " → 20 个工作日 not_target; 「有效期5年」 a term with no comparison word (round 46's terms) → 5 年 not_target; "
               "the sending up is a duty (below); " + NODATE),
        S(["第十三条 来沪生产"], [], [], not_targets=[(30, "个工作日")], **art(X04, ["第十三条 来沪生产"]),
          note="「《资质证书》上注册地址在外省市的生产企业可以在本市生产，无需重复申请资质证书。…上述企业应当在新生产地点生产的产品出厂后30个工作日内，将新生产地点和…"
               "检验检测报告…提交至市国动办。」 — an option (可以), then a firm bound by 应当 to file its own report: a filing for "
               "itself names none, the article a task (round 74's x292_01 第三、五条) — " + NONE + "; 「出厂后30个工作日内」: "
               + LIMIT + " → 30 个工作日 not_target; a party's filing on itself is no duty (round 42); " + NODATE),
        S(["第十四条 产品质量"], [], [QY], lead_alternatives=[[QY]], **art(X04, ["第十四条 产品质量"]),
          note="「生产企业生产、销售的防护设备不得超出…范围，对其生产、销售的防护设备产品质量负责，建立完备有效的质量管理体系，确保…符合…要求。」 — 对X负责 makes a "
               "doer where X is the work itself (round 70's x286_02 六、（一）; rounds 50, 51 p47c), and 建立 is an article's verb of "
               "doing (" + ARTICLE + "); the firm, a party named by a kind, is a doer in articles (round 62 p52c: no line "
               "between a rule's own parties and regulated operators); " + ONE_LEAD + "; " + NODATE),
        S(["第十八条 生产监督", "（一）"], [], [], **art(X04, ["第十八条 生产监督", "（一）"]),
          note="「（一）对《资质证书》上注册地址在本市的生产企业，开展取得资质后是否满足资质标准的监督管理，…」 under 「对防护设备生产的监督管理有：」 — "
               "the supervision's parts, items (" + ITEMS + "); neither the lead-in nor the line names a body, and 开展 with "
               "no subject names none; the firms are the party supervised (round 62) — " + NONE + "; " + NODATE),
        S(["第二十一条 安装安全"], [], ["参建单位"], lead_alternatives=[["参建单位"]],
          responsible_alternatives=[["人防工程的参建单位"]], **art(X04, ["第二十一条 安装安全"]),
          note="「防护设备安装过程中，人防工程的参建单位应按照法律法规、设计要求、…合同约定开展安装作业，确保防护设备安装安全。 …应按照《…实施细则》实施。」 — in an "
               "article the subject of 开展 is a doer (" + ARTICLE + "); a 的-phrase before a body's head describes it (round 32; "
               "round 74's x297_04 三、(五)1、 keeps only levels and 所在／属地 words) → 参建单位, the printed phrase accepted; "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十八条 行政相对方责任"], [], ["市、区国动部门"], lead_alternatives=[["市、区国动部门"]],
          responsible_alternatives=[[]], **art(X04, ["第二十八条 行政相对方责任"]),
          note="「建设、设计、防护设备生产、防护设备安装、工程施工、监理、检验检测等单位及其从业人员，发现存在违法违规行为的，市、区国动部门依法处罚；构成犯罪的，依法追究"
               "刑事责任。…」 — a named body the rules task taking its own step after a breach is a doer (round 70's x289_03 "
               "「违反规定者由公安机关责令…」; round 51 q47b: items that carry their own response are tasks), here as an "
               "article's subject with 处罚 (round 44); the prosecution is the law's consequence (round 49's x39_03); levels "
               "before one head one name (round 30); " + ONE_LEAD + "; none accepted (the article read as liability, no "
               "task, count 28: RULING? 9); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "受国家人民防空主管部门委托负责本市行政区域内防护设备生产资质的认定工作，并将认定结果上报国家人民防空主管部门",
              "when": None, "when_norm": None,
              "note": "第四条: the city office reports the results of its own licensing to the national authority that "
                      "commissioned it, a sending of its own results (round 48's x223_03 「将认定结果…报送」; round 74's x297_01): "
                      "an undated duty"},
             {"what": "市国动办对通过核查的生产企业相关信息报请国家人民防空主管部门核发《资质证书》",
              "when": None, "when_norm": None,
              "note": "第十二条: the checked firms' details sent up for the certificate to be issued, a sending of the office's "
                      "own results (as 第四条): an undated duty"}],
     notes=["counting (leaf tasks; the notice is one plan with the measures it issues, round 49's x229_04): general provisions "
            "第一条 (purpose), 第二条 (scope and definitions), 第三条 (principles, round 68), 第三十条 (entry into force) no tasks "
            "(round 30); 第四–八条 1 each (第五条 by its 应, 第六条 「本市执行…标准…应当符合…，保证…」 by its acts with no doer, round "
            "63's x248_02 第六条); 第九条 (「企业…应当取得《资质证书》…应在资质申请前满足以下生产条件：（一）…（七）」: conditions of an "
            "application, rules for the applicant, round 58's x122_01; round 52's x236_03) no task; 第十条 （一）–（三） 3 "
            "(" + ITEMS + "; the first paragraph, the applicant's steps and a 可以 option, no task of its own); 第十一–十七条 1 "
            "each (第十一条 the on-site check of an application, a review, naming none; 第十三条 the firms' own filing); 第十八条 "
            "（一）（二） 2; 第十九条 1; 第二十条 (「…应按照《…管理办法》及…规定执行」, a reference, text) no task; 第二十一、二十二、二十三条 "
            "1 each; 第二十四条 （一）–（四） 4 (the supervision's contents after 「…监督管理内容包括：」, " + ITEMS + "); 第二十五–二十八条 "
            "1 each; 第二十九条 (" + LIABILITY + ") no task → **29**. Accepted: 26 (第二十四条 one task), 27 (第十条 one task), "
            "28 (第十八条 one task, or 第二十八条 read as liability), 24 (第十条, 第十八条 and 第二十四条 one task each), 30 "
            "(第二十条 counted).",
            "units: designations and 负责 (第四条), articles' verbs of doing (推动, 加强, 建立, 开展, 签订, 处罚) and 对X负责 name the "
            "city office, the associations, the producers, the installers and the parties; reviews of applications, the "
            "firms' own filings, 履行 and the items of supervision lists with no body name none",
            "dates: 2025年10月30日 (the notice), in force 2025年12月1日–2030年11月30日; no item is dated; no phases; two undated "
            "duties (第四条, 第十二条: licence results sent up to the national authority)",
            "figures: not targets 20 个工作日, 5 年 (第十二条), 30 个工作日 (第十三条): times from events and a term; unchecked: "
            "注册资金不低于1000万元 and 已满2年 (第九条（一）（六）, conditions of an application, no task), 3至6个月内 (第十条, the "
            "applicant's window)"])


# round 59 (rul80): answers aligned to tests/data/CONVENTIONS.md "Round 77 rulings, written early" (turned; README, round 59)
from aligned_rulings import align77  # noqa: E402

align77("x299_03", ["第十六条（权属转移）"], "「…档案由原权属单位向接收单位办理移交。…由原使用管理单位向现使用管理单位移交」 (第十六条): 移交 to a receiver hands the matter on, naming none by itself (round 65's x276_04; round 61: 交 passes the matter on, as a sending does), 办理 before it changing nothing; only under a work heading are both units (round 36's 「移交B处理」); the article stays a task",
        "Units, turned: round 61's 交 and round 65's x276_04 over rule 2's 由A＋verb; none (accepted already), the builder's list stays accepted",
        resp=[], resp_alt=[["原权属单位", "原使用管理单位"]])

# Round 59 (rul80p): aligned to tests/data/CONVENTIONS.md "Round 80 rulings" (README, round 59)
from aligned_rulings import align80  # noqa: E402

_G80a = ("Tasks and counts, decided: round 36's prohibitions to the public and round 60's x53_01 第十三条 over the bans on a "
         "named party (round 67's x280_04, round 70's x286_04 第十一条); the old counts stay accepted")
align80("x299_02", ["第十一条（禁止行为）", "（二）"], "「任何单位或者个人不得从事下列行为：（一）侵占民防工程；…（五）…」 (第十一条) and 「任何单位和个人不得擅自改建民防工程。确因…改建的，不得降低…，并按…执行。」 (第九条): a ban addressed to anyone 「任何单位和个人」 binds no body the plan tracks — a prohibition to the public, text, no task (round 36; x53_01 第十三条 「任何单位或者个人不得实施擅自拆除…」), its lines the ban's objects, no items", _G80a, drop=True,
        counts={"leaf_tasks": 18, "count_alternatives": [24, 17, 20, 22, 23, 25, 28],
                "leaf_tasks_by_section": {"第三条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第八条": 1, "第九条": 0, "第十条": 1,
                                          "第十一条": 0, "第十三条": 5, "第十四条": 1, "第十五条": 3, "第十六条": 1, "第十九条": 1,
                                          "第二十条": 1}})

write_collected(DIR)
