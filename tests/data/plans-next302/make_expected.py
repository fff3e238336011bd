# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next302/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 59 (built by helper c302): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_line_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 70 rulings, written early" to its end
in full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next302/make_expected.py tests/data/plans-next302
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"     # the commit read_file gave for all five stored files
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit above); only the "
          "repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank lines around "
          "them, the `# ` marker before the notice title), cut by a script at the first 「\\n# 」; the repository's closing "
          "「## 附件（官方直链）」 list where stored is kept, as plans-next206, 233 and 240 kept it; the stored file as copied "
          "(wrapper + text) had the character count read_file gives")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/规划与土地/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
HEADED = ("outside 第X条 articles rule 2's list is closed (rounds 30, 44; round 74's x292_04, x294_01, x295_03): 进行, 开展 "
          "without 组织, 做好, 加强, 推进, 统筹, 指导, 督促, 征询, 签订, 编制, 建立 name none")
CHILDLESS = ("a childless top-level point whose text names an act is a task (rounds 36, 62's x257_01; round 74's x294_01 三), "
             "its unnumbered paragraphs its own body (rounds 32, 34; round 70's x288_06)")
PARTY = ("the parties' own steps (the applicant — 建设单位, 集体土地所有权人, 农户 — applying, filing, commissioning its survey) "
         "are rules for the applicant, no tasks (round 52's x236_03; round 67's x284_04 第六条; round 70's x286_02 五、（三）; "
         "round 74's x292_02)")
LIMIT = ("a time limit with no comparison word 「办理时限为N个工作日」「N个月内」 is the deadline rule: neither a target nor a "
         "deadline (rounds 33, 34, 54; round 65's x275_05; round 70's x291_02 「压缩至3个工作日内」 not_target)")
CLASS = ("round 58 (governs over round 30's picking line, round 70's x287_01 4.1; round 74's x297_04 三、(六)1、): a figure "
         "inside a noun naming the class of projects a piece of work picks is a class, no target, 不超过 or not")
FIELDS = ("fields joined by 、 before one head noun are one name as printed (round 31: 「人事、卫生部门」; round 70's x288_06 "
          "「教育、农机…等行业监管部门」)")
REVIEW = ("round 67's x280_01 第十条, round 68's x274_04, round 70's x286_01 第七条, round 74's x292_02: a review of a "
          "submission and the decision on it name none (审查, 核发…批文)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x302_01_shi-guihuaziyuanju-2022-quanyu-tudi-zonghe-zhengzhi-shidian-tongzhi.txt"
QU = "各区人民政府（临港新片区管委会）"

plan(X01,
     title="关于做好全域土地综合整治试点工作的通知",
     title_note="the notice is the plan (printed twice, lines 1 and 3); its number line 沪规划资源乡〔2022〕503号 is no part of it",
     doc_no="沪规划资源乡〔2022〕503号 (line 4)",
     issuer="上海市全域土地综合整治联席会议办公室 (上海市规划和自然资源局代章)",
     date="2022-12-29",
     date_note="signed 2022年12月29日 (line 18); the index gives 2022-12-29 too",
     level="a city joint-meeting office (the planning bureau's seal), to the joint meeting's members, the districts with "
           "farmland and the Lingang committee: work on the 2022 pilots of whole-area land consolidation (8 towns, listed "
           "in the 附件)",
     source=src("关于做好全域土地综合整治试点工作的通知.md",
                "https://ghzyj.sh.gov.cn/zcwj/zhl/20221229/1f33e970312a4fb0a4a937168bac2966.html", 2319),
     style="a notice: addressees, one preamble paragraph, four childless headed points 一、–四、 each one paragraph, "
           "signature, date, and an 附件 list of eight pilot towns 1.–8.; then the repository's 「## 附件（官方直链）」 links",
     leaf_tasks=4, count_alternatives=[3],
     leaf_tasks_by_section={"一": 1, "二": 1, "三": 1, "四": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [QU], dl="应于2023年一季度前批复全域土地综合整治实施方案", dln="2023-03",
          lead_alternatives=[[QU], ["各区人民政府"]], responsible_alternatives=[["各区人民政府"]],
          note="「各区人民政府（临港新片区管委会）负责组织试点街镇…编制实施方案并按规定程序报批…。各区人民政府（临港新片区管委会）应于2023年一季度前"
               "批复全域土地综合整治实施方案，并落实下一年度财政预算。」 — " + CHILDLESS + "; 负责 names its subject (rule 2), and "
               "「A组织B＋verb」 names A, not the towns it organises (round 30); the bracket names the one body that stands for a "
               "district government in Lingang, one alias of the role, kept as printed (round 65's 市公用事业局(环卫局); round 70's "
               "x287_01 2.2; round 74's x297_01 五、13.: only a bracket listing several kinds is dropped), the bare 各区人民政府 "
               "accepted (RULING? 1); " + ONE_LEAD + "; sending its own plan up 报批 is a step of its own approval (round 74's "
               "x297_04 三、2、), no duty; the deadline: 「2023年一季度前」, a quarter's end, 2023-03 (RULING? 2)"),
        S(["二"], ["市规划资源局"], ["市规划资源局", "市财政局"], lead_alternatives=[[]],
          note="「各试点区镇要…统筹…加快推进…。同时，市级联席会议成员单位要加强对试点地区的引导和支持，指导区级部门合理安排…。市规划资源局会同市财政局"
               "将依申请在全域整治区域内设立市级土地整治项目，各区人民政府（临港新片区管委会）应按照不低于1:1比例配套区级土地整治项目或资金…」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); 将 and 依申请 change nothing (round 47's "
               "p45c); " + HEADED + " (统筹, 推进, 加强, 指导); 配套…项目或资金 is a payer's share (round 30: 由A承担／保障 a cost names "
               "a payer; round 48), no doer; the ratio 「不低于1:1」 is a target by round 30's line but is left unchecked (a "
               "ratio written with a colon has no number and unit the answer can state; RULING? 3); " + NODATE),
        S(["三"], [], [], targets=[(1.05, "")],
          note="「试点工作要坚持…。试点区域依据规划和实施方案，确需对耕地和永久基本农田布局进行优化的，按照“先补后占、占优补优、补占面积比超过1.05”的原则，"
               "编制耕地（永久基本农田）整理方案，严格落实国土空间用途管制要求…」 — a task (编制…方案 and 落实 give work, " + CHILDLESS
               + "); 试点区域 is a place, no body, and 落实 has no subject printed — " + NONE + "; 「补占面积比超过1.05」: 超过 "
               "joined to a quantity is a target (round 30's line), a floor the work's balance must exceed, not a figure inside "
               "a noun naming a class of objects (round 58) → 1.05 with no unit (a ratio, as plans-next209's 0.525 "
               "coefficient; RULING? 4); " + NODATE),
        S(["四"], [QU], [QU], lead_alternatives=[[], ["各区人民政府"]],
          responsible_alternatives=[["各区人民政府"], [QU, "有关部门", "单位"], [QU, "有关部门"]],
          note="「请各区人民政府（临港新片区管委会）切实发挥主体作用，建立由主要领导负责的区级统筹协调机制，会同有关部门、单位编制工作计划，…加强规划的"
               "组织实施…。…对整改不力、后果严重的，市级联席会议办公室将动态调整试点名单，并依法依规追究相关部门和人员责任。」 — 请A＋a verb of "
               "rule 2 is the request form (round 30), and 「A会同B＋verb」 names A lead (rounds 34, 45; round 74's x293_02 "
               "「请你局会同有关单位做好…」: 会同's partner 有关单位 a call) — lead and responsible [各区人民政府（临港新片区管委会）], the "
               "partners 有关部门、单位 accepted; 由主要领导负责 is a person inside the description of a mechanism (round 30); the "
               "office's 调整 and 追究 after a breach are no verbs of rule 2 (round 70's x289_03: 将 nothing) — none from them; "
               "组织实施 here is a noun (加强…的组织实施); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): four childless headed points, each a paragraph that gives work (" + CHILDLESS + ") → "
            "**4**; the preamble (the eight pilots decided: a past decision, no target) and the 附件 list of eight towns (the "
            "pilots' names: a list, no work; the attachment is not counted, plans-dev EXPECTED.md) are no tasks. Accepted: 3 "
            "(三、 read as a stance of 耕地 protection naming no act, round 68 — it names 编制 and 落实, so the main count keeps it).",
            "units: 负责 and 请A会同B in 一、 and 四、; 会同 in 二、; the bracket 「（临港新片区管委会）」 kept as printed (RULING? 1)",
            "dates: signed 2022年12月29日; the only dated item 一、 「应于2023年一季度前批复」 (RULING? 2); no phases; no duties",
            "figures: target 1.05 (三、, 超过); unchecked: 1:1 (二、, 不低于 a ratio, RULING? 3), 8个 (preamble, the pilots decided)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x302_02_shi-guihuaziyuanju-2026-chanye-yongdi-churang-hetong-fazhan-xieyi-jianguan-tongzhi.txt"
SD = "属地政府（街镇）"
KW = "开发区管委会"

plan(X02,
     title="关于加强产业用地出让合同和产业发展合作协议监管服务的通知",
     title_note="the notice is the plan (line 1)",
     doc_no="沪规划资源产〔2026〕146号 (the index and the stored front matter; the text prints no number)",
     issuer="上海市规划和自然资源局, 上海市经济和信息化委员会",
     date="2026-04-30",
     date_note="signed 2026年4月30日 (line 55); the index gives 2026-04-30",
     level="two city bodies (planning and natural resources bureau, economy and informatisation commission), to the "
           "districts' planning and industry departments and the zones' committees: joint supervision of industrial land "
           "sale contracts and industry development agreements from 2026-06-01",
     source=src("关于加强产业用地出让合同和产业发展合作协议监管服务的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=1722c73687e04c04aaef34eb25cadfd2&siteId=0032", 2248),
     style="a notice with blank lines between paragraphs: addressees, a preamble, four childless headed points 一、–四、 "
           "(each heading two phrases joined by a comma) of two to three unnumbered paragraphs, 三、's paragraphs each "
           "opening with a run-in heading of two phrases 「明晰责任分工，压实监管责任。」; 附件 1.–5. (templates), two issuers, date",
     leaf_tasks=4, count_alternatives=[3],
     leaf_tasks_by_section={"一": 1, "二": 1, "三": 1, "四": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], ["产业部门"], ["产业部门", SD, KW], lead_alternatives=[[]],
          responsible_alternatives=[["产业部门", "属地政府", KW]],
          note="「建立动态更新的产业招商项目储备库…强化规划资源部门前置介入、全程参与机制…。 新供地工业项目，…产业部门牵头完成项目产业准入，…明确…指标，"
               "会同属地政府（街镇）、开发区管委会形成《产业发展合作协议》（预协议）…。 存量改扩建工业项目，…各区需按照产业准入要求，对拟建项目…进行综合"
               "评估，明确…指标…」 — " + CHILDLESS + "; A牵头 with a verb: lead A, and the 会同 clause that goes on with the same "
               "subject adds its partners (rule 2: 「（由）A会同B＋verb」), 属地 part of the name as printed (rounds 40, 55, 62, 67) "
               "and the bracket naming the level the local government is 「（街镇）」 kept as one alias (round 65; round 70's x287_01 "
               "2.2), the bare 属地政府 accepted; 规划资源部门 stands inside the description of a mechanism (round 30); 各区需…进行"
               "…评估 is outside rule 2 (进行, round 44); " + NODATE),
        S(["二"], [], [], responsible_alternatives=[["规划资源部门", SD, KW], ["企业", "规划资源部门", SD, KW]],
          note="「新供地工业项目，企业竞得土地后，与规划资源部门签订《土地出让合同》…。属地政府（街镇）或开发区管委会，…与企业同步签订《产业发展合作协议》。"
               " 存量改扩建工业项目，…规划资源部门与企业签订新版《土地出让合同》，属地政府（街镇）或开发区管委会与企业签订…。 …签订主体须符合…，不得委托"
               "园区公司签订。…签订后，同步上传至土地全生命周期管理系统备案。」 — " + CHILDLESS + "; the signing parties act by 签订 "
               "with no 由 (round 30's 「由A与B签订」 needs 由), outside articles (" + HEADED + ") — " + NONE + "; the "
               "public signatories (and the firm) accepted (the article reading of a subject's verb, RULING? 5); the ban 不得委托 "
               "names none (round 70's x286_04 第十一条); the upload for filing is the signatories' own filing of their "
               "agreement (round 42), no duty; " + NODATE),
        S(["三"], [], [SD, KW, "产业部门", "规划资源部门"],
          note="「明晰责任分工，压实监管责任。…规划资源部门、产业部门、属地政府（街镇）、开发区管委会协同做好监管工作。属地政府（街镇）或开发区管委会负责日常巡查、"
               "开竣工信息报送、…违约处置；产业部门负责组织填报…、开展投达产认定；规划资源部门负责…履约监管和违约处置。 开展联合检查，加强履约通报。…规划资源"
               "部门、产业部门定期开展联合现场检查，督促…。…定期通报…履约情况。 强化产业协同，优化服务保障。…」 — the run-in headings are the "
               "paragraphs' own words, no numbered items (plans-dev EXPECTED.md lines 19–25: unnumbered headings make no "
               "leaves), so 三、 is one task (" + CHILDLESS + "); several 负责 clauses name all their bodies in order (rule 2), "
               "或 giving both (round 30), and under 「明晰责任分工」 a duty heading every body given work is a unit anyway (rounds "
               "35, 37; round 67's x282_04: 「X分工」) — the same four; 协同做好 has no partner after 协同 and 做好 is outside rule 2 "
               "(round 70's x289_03: 联合 with no partner an adverb); 开展 without 组织 and 督促 are none (" + HEADED + "); lead [] "
               "(no 牵头); 定期 is a rhythm, no deadline (round 34); " + NODATE),
        S(["四"], [], [],
          note="「2026年6月1日起，新发布出让公告的工业用地，应启用新版《土地出让合同》，并签订《产业发展合作协议》；…同步实行联合监管模式。 2026年6月1日前，"
               "已公告未签约的工业用地，按已公示的预合同签订正式《土地出让合同》…。 仓储用地项目，参照…执行。研发总部…项目，按照…适时实施。」 — 应启用 "
               "and 签订 bind the plan's land bodies with no subject printed (round 49; round 65's x274_01: a measure naming an act "
               "the plan's bodies carry out gives work with no subject), so a task naming no unit — " + NONE + "; no task "
               "accepted in count 3 (a transition, round 74's x292_04 十、, RULING? 6); the dates: 「2026年6月1日起」 is when the "
               "rule starts and 「2026年6月1日前，已公告未签约的」 names the class of lands announced before it (a 的 class), neither "
               "an end by which work is due → no deadline (RULING? 6)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "加强部门间信息共享，定期通报全市工业用地出让合同及发展协议履约情况",
              "when": "定期", "when_norm": None,
              "note": "三、: a recurring report of the contracts' performance the notice asks for (EXPECTED.md: recurring "
                      "reporting rhythms are duties), its rhythm unnamed (定期): an undated duty"}],
     notes=["counting (leaf tasks): four childless headed points whose unnumbered paragraphs (and 三、's run-in headed "
            "paragraphs) are their bodies (" + CHILDLESS + ") → **4**; the preamble and 附件 1.–5. (templates, not "
            "attached) are no tasks. Accepted: 3 (四、 read as transition rules, RULING? 6).",
            "units: 牵头 and 会同 in 一、; 负责 clauses in 三、; 签订 with no 由 in 二、 (none, RULING? 5); the bracket 「（街镇）」 "
            "kept as printed, the bare 属地政府 accepted",
            "dates: signed 2026年4月30日; 2026年6月1日起 and 2026年6月1日前 in 四、 (a start and a class, no deadline, RULING? 6); "
            "one undated duty (定期通报, 三、); no phases",
            "figures: none in any item (2026 dates only)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x302_03_shi-xinchengban-2021-xincheng-jianshe-yongdi-zhibiao-jiangli-caozuo-banfa.txt"
P03 = "“十四五”新城建设用地指标奖励操作办法"
N03 = "关于印发《“十四五”新城建设用地指标奖励操作办法》的通知"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 9) or the notice's title (lines 1, 3): either (round 45's pair)",
     doc_no="沪新城规建办〔2021〕7号 (line 4)",
     issuer="上海市新城规划建设推进协调领导小组办公室",
     date="2021-07-26",
     date_note="the notice is signed 2021年7月26日 (line 8); the index's 2021-09-29 is the page's posting; the rules in "
               "force to 2026年12月31日 (line 21)",
     level="a city leading group's office, to the four districts with new towns (嘉定, 青浦, 松江, 奉贤): how the city "
           "rewards new-town construction with land quota by the districts' yearly assessment",
     source=src("关于印发《“十四五”新城建设用地指标奖励操作办法》的通知.md",
                "https://ghzyj.sh.gov.cn/zcwj/tdgl/20210929/cb1b134e3be242a29e0ad24f07e26e17.html", 1726),
     style="a forwarding notice (addressees, one sentence 「现予印发，请遵照执行」, issuer, date) then the rules' title, a "
           "preamble and three childless headed points 一、–三、 of one to three paragraphs; a stored line break inside a "
           "word in 一、 (「加快新\\n城建设」); the validity sentence after 三、's paragraph",
     leaf_tasks=3, count_alternatives=[2],
     leaf_tasks_by_section={"一": 1, "二": 1, "三": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各区"], lead_alternatives=[["各区"]], responsible_alternatives=[[]],
          note="「新城建设用地指标奖励，是指…。目的是为了调动…积极性… 新城建设用地指标奖励政策坚持…原则，自2021年起，根据市政府对各区…考核结果，对各新城…项目"
               "在办理农转用用地审批时，分档确定市级使用净增建设用地指标的比例，其余部分由各区使用减量化用地指标落实。奖励方案在一定范围内公开发布…」 — "
               "under 目标原则 an item naming a unit is a task (seeds EXPECTED.md lines 3–5; round 27), and 分档确定, 落实 and 公开"
               "发布 are acts of the scheme (round 65's x274_01), more than a definition or a stance (round 68); 由A＋落实 names A "
               "(rule 2), 各区 a group named by a kind with a verb of rule 2 (round 30); 市政府's 考核 stands inside a 根据-phrase "
               "(a basis, round 30's noun description); " + ONE_LEAD + "; none accepted with count 2 (一、 read as principles "
               "and a definition, RULING? 7); 「自2021年起」 a start, no deadline; " + NODATE),
        S(["二"], [], ["区政府"], lead_alternatives=[["区政府"]],
          responsible_alternatives=[["市规划资源局", "区政府"]],
          targets=[(100, "%"), (60, "%"), (30, "%"), (20, "%")],
          note="「…对考核结果为“优秀”的区，市级净增建设用地计划奖励支持市政公益项目、产业项目和经营性项目的比例分别为100%、60%和30%；对…“良好”的区，…分别为80%、"
               "40%和20%。 每年年初，市规划资源局在全市年度建设用地计划安排方案编制中单列“新城建设用地奖励指标”。奖励用地指标由区政府统筹安排，用于…，应优先"
               "保障…。 各新城应用好奖励用地指标…」 — a point that beside its rates names acts of the plan's bodies (单列, 统筹安排, "
               "用好) stays a task (round 70's x287_02; round 75's p57f-2: only rates alone are terms), and a policy's rates "
               "written in a task are its targets (round 25: 「每户补贴2000元」) → 100 %, 60 %, 30 %, 20 % checked (80 % and 40 % "
               "alike, unchecked; RULING? 8: plan targets if the rates were read as terms); 由A＋统筹安排 names A (rule 2, the "
               "agent of 由 with a verb of doing); 市规划资源局's 单列 is outside the closed list (" + HEADED + "), accepted "
               "with it (RULING? 9); 各新城 are places, 用好 outside rule 2; " + ONE_LEAD + "; 每年年初 a rhythm, no deadline "
               "(round 34); " + NODATE),
        S(["三"], [], ["市规划资源局"], lead_alternatives=[["市规划资源局"]],
          note="「市规划资源局对新城建设用地奖励指标实施专账管理，确保奖励指标及时拨付给相关区，并确保专账专用，动态掌握各区奖励指标的使用情况。 本操作办法有效期至"
               "2026年12月31日。」 — A实施 names A (rule 2's 实施); the validity sentence after the last point is a general "
               "provision (round 30: entry into force, 有效期), no work of 三、's, and the rules' term is no deadline of the "
               "work (RULING? 10) — " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the notice 「…制定《…操作办法》。现予印发，请遵照执行。」 is one plan with the rules it issues, "
            "round 49's x229_04): three childless headed points, each giving work (" + CHILDLESS + ") → **3**; the rules' "
            "preamble (purpose) and the validity sentence are general provisions (round 30). Accepted: 2 (一、目标原则 a "
            "definition and principles, no task, RULING? 7).",
            "units: 由各区…落实 (一、), 由区政府统筹安排 (二、), 市规划资源局…实施 (三、); 市规划资源局's 单列 none (RULING? 9)",
            "dates: signed 2021年7月26日; 自2021年起 (一、) a start; 每年年初 (二、) a rhythm; 有效期至2026年12月31日 the rules' "
            "term, no deadline (RULING? 10); no phases; no duties",
            "figures: targets 100 %, 60 %, 30 %, 20 % (二、; 80 %, 40 % unchecked; RULING? 8); 2035 in 「上海2035」 a name"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x302_04_shi-guihuaziyuanju-2020-xiangcun-jianshe-xiangmu-guihua-ziyuan-shenpi-gaige-shishi-xize.txt"
P04 = "上海市乡村建设项目规划资源审批制度改革实施细则（试行）"
N04 = "关于印发《上海市乡村建设项目规划资源审批制度改革实施细则（试行）》的通知"
SHI = "市规划资源部门"
QUJ = "区规划资源部门"
ZHEN = "镇（乡、街道）政府"
ZHENR = "镇（乡、街道）人民政府"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 9) or the notice's title (lines 1, 3): either (round 45's pair)",
     doc_no="沪规划资源乡〔2020〕206 号 (line 4, with a page space before 号)",
     issuer="上海市规划和自然资源局",
     date="2020-05-09",
     date_note="the notice is signed 「2020 年 5 月 9 日」 (line 8, page spaces); the index's 2020-11-27 is the page's "
               "posting; the rules 「自印发之日起试行」 (line 100)",
     level="the city planning and natural resources bureau, to its own divisions, the districts' bureaus, its branches and "
           "the towns with farmland: the approval procedure for rural building projects (land opinion, land supply, rural "
           "planning permit, set-out check, completion check, registration), who approves what, a green channel",
     source=src("关于印发《上海市乡村建设项目规划资源审批制度改革实施细则（试行）》的通知.md",
                "https://ghzyj.sh.gov.cn/zcwj/zhl/20201127/89efc90392e24b1c87fdcdee56935968.html", 6909),
     style="a forwarding notice (addressees, one sentence, issuer, date) then the rules' title, a preamble and eight headed "
           "points 一、–八、: 一、–五、 with （一）–（五） headings on their own lines and paragraphs under them, 二、（一） with "
           "1.–4. whose text starts on the next line after a colon 「：」「: 」; **三、's heading run in at the end of 二、（五）'s "
           "last line and 三、（三）'s heading at the end of （二）'s line**; 六、–八、 childless with paragraphs; 附件 1.–17. "
           "(forms, not attached)",
     leaf_tasks=12, count_alternatives=[11, 14, 26],
     leaf_tasks_by_section={"一": 1, "二": 1, "三": 3, "四": 1, "五": 3, "六": 1, "七": 1, "八": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（五）"], [], [SHI, QUJ, "派出机构", ZHENR],
          not_targets=[(500, "平方米"), (100, "平方米")],
          note="「（五）审批权限 市规划资源部门是本市乡村建设项目审批的主管部门，负责…制度制定和机制建设工作，对…进行指导及监督。 区规划资源部门及派出机构负责…组织"
               "开展…审批及项目实施过程监管。 镇（乡、街道）人民政府负责…审批及项目实施过程监管。具备条件的镇（乡、街道）人民政府，区规划资源部门可…委托办理小型…"
               "项目（用地面积不超过500平方米且建筑面积不超过1000平方米）的审批手续。 用地面积不超过100平方米的厕所…项目，…可免于办理…，按规定向区规划资源部门"
               "及时报备…」 — under 总体要求 an item that names units is a task (seeds EXPECTED.md lines 3–5; round 27); a "
               "designation 「A是…的主管部门」 and 负责 name A (round 75's p57a-1; rule 2), 「A及B」 two names (round 72's x284_02; "
               "round 74's x297_01 五、12.), several clauses all their bodies in order (rule 2); 可…委托 an option (round 30); "
               "报备 to a body a receiver (rule 3); lead [] (no 牵头); " + CLASS + " → 500 平方米 and 100 平方米 not_target "
               "(1000 平方米 alike, unchecked); " + NODATE),
        S(["二", "（二）"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          responsible_alternatives=[[], ["建设单位", QUJ], [QUJ]],
          note="「办理规划土地意见书前，建设单位应依据所在区规划资源部门出具的边界确认单，委托测绘服务机构开展土地调查。 …取得发展改革部门固定资产投资代码… "
               "集体经营性建设用地入市项目，区规划资源部门在办理规划土地意见书时，应同步征询相关委办局意见。集体土地所有权人可将具体工作委托区土地招拍挂办公室"
               "办理。」 — a task: the district bureau's consultation on others' papers is a serving body's work (round 63), beside "
               "the applicant's own steps (" + PARTY + "); 「A委托B＋verb」 names A, outside articles too (round 35; round 74's "
               "x297_04 三、(三)2、 turned), so 建设单位 by 委托…开展 (RULING? 11: or the applicant's step, none); 征询 is "
               "outside rule 2 (" + HEADED + "), the bureau accepted with it; 所在区规划资源部门 inside a noun's description "
               "(出具的边界确认单, round 30), 可将…委托 an option; " + ONE_LEAD + "; " + NODATE),
        S(["三", "（一）"], ["集体土地所有权人"], ["集体土地所有权人", QUJ], lead_alternatives=[[]],
          responsible_alternatives=[[QUJ], ["集体土地所有权人", QUJ, "区人民政府"]],
          **at(X04, "三、供地审批\n（一）"),
          note="「（一）集体建设用地使用项目 使用新增建设用地…的乡村建设项目，应在核发规划土地意见书后，由集体土地所有权人会同区规划资源部门拟定供地方案，报区人民"
               "政府审查，区人民政府核发供地批文。」 — the heading 三、 is printed at the end of 二、（五）'s last line (line 56) and is "
               "read as its own (round 70's x290_01: a lost line break joins nothing); 「由A会同B＋verb」: lead A (lead [] "
               "accepted), responsible A, B (rule 2) — the collective owner drafts its plan with the bureau, work by 会同, not an "
               "application 「由A提出申请」 (round 30), the bureau alone accepted (RULING? 12); the district government's 审查 and "
               "核发 are the review of the submitted plan and its decision (" + REVIEW + "), accepted with it; " + NODATE),
        S(["三", "（二）"], ["集体土地所有权人"], ["集体土地所有权人", QUJ], lead_alternatives=[[]],
          responsible_alternatives=[[QUJ], ["集体土地所有权人", QUJ, "区人民政府"]],
          **at(X04, "供地批文。\n（二）"),
          note="「（二）集体经营性建设用地入市项目 …应在核发规划土地意见书、完成土地入市前征询后，由集体土地所有权人会同区规划资源部门拟定入市方案，报区人民政府"
               "审查，区人民政府核发供地批文。（三）农户建房项目」 — as 三、（一）: 由A会同B＋拟定, lead A, responsible A, B (rule 2; "
               "RULING? 12); the review and decision name none (" + REVIEW + "); the next item's heading run in at the line's "
               "end is （三）'s own (round 70's x290_01); " + NODATE),
        S(["三", "（三）"], [], [QUJ], lead_alternatives=[[QUJ]], responsible_alternatives=[[]],
          not_targets=[(20, "个工作日")], **at(X04, "核发供地批文。（三）"),
          note="「（三）农户建房项目」 (run in at the end of line 60) 「使用存量宅基地以外土地的农户建房项目，在集体土地所有权人统筹集中办理规划土地意见书手续后，"
               "由区规划资源部门报区政府按集体建设用地使用项目办理供地手续。 以上情形涉及占用农用地的，还应办理农转用审批手续，…供地批文办理时限为20个工作日。 "
               "设施农用地应办理备案手续，…」 — the two unnumbered paragraphs after the last item of 三、 are its body (rounds 32, 34; "
               "round 70's x288_06); 由A＋a verb of doing names A (rule 2): the district bureau takes the farmers' case to the "
               "district government, work on others' papers (round 63), not its own project sent up for approval (round 74's "
               "x297_04 三、2、, none; RULING? 13); the owner's clause before 后 says when (round 70's x291_02), its 办理 a "
               "party's own step (" + PARTY + "); " + ONE_LEAD + "; 「办理时限为20个工作日」: " + LIMIT + "; " + NODATE),
        S(["四", "（二）"], [], [QUJ, ZHEN, "村委会"], responsible_alternatives=[[QUJ, ZHEN]],
          note="「集体建设用地使用项目和设施农业项目，…可向区规划资源部门申办…。…农户建房项目向镇（乡、街道）政府直接申办。区规划资源部门和镇（乡、街道）政府依申请"
               "办理乡村建设规划许可证时，应同步组织设计方案意见征询和公示。… 农户提出建房申请，经村委会组织公示后，向镇（乡、街道）政府申办…。镇（乡、街道）"
               "政府在办理期间，可会同区农业农村部门、区规划资源部门…联审。…」 — 组织＋work names its subject (rule 2's 组织; round "
               "74's x295_02 组织好＋work): the district bureau and the town; a clause before 后 says when and its subject does the "
               "work it names (round 70's x291_02 turned: 「在自行组织五方验收通过后」), so 村委会 by 组织公示 (RULING? 14: or 经A…后 "
               "as rule 3's 经A同意, the two accepted); 可会同 an option (round 30), its partners none; the applicants' 申办 are "
               "rules for the applicant (" + PARTY + "); lead [] (no 牵头); " + NODATE),
        S(["五", "（一）"], [], [ZHEN], lead_alternatives=[[ZHEN]], responsible_alternatives=[[QUJ, ZHEN]],
          note="「简化…开工放样复验审批流程，…以备案制为主…。采取备案的，建设单位…提交备案材料后直接下载，打印备案证明。 区规划资源部门和镇（乡、街道）政府收到…"
               "备案材料后，应当对建设项目实施情况进行核查，对于不符合…的，应督促建设单位整改。 开工放样复验批准后，出具…结论单…。农户建房项目由镇（乡、街道）"
               "政府组织现场放样复验，直接出具结论单。」 — 由A组织＋work names A (rule 2); 进行核查 and 督促 are outside the closed "
               "list in headed points (" + HEADED + "), the district bureau accepted with the town (RULING? 15); the builder's "
               "filing is its own (round 42; " + PARTY + "); 简化 gives work with no subject (round 65's x274_01); " + ONE_LEAD
               + "; " + NODATE),
        S(["五", "（二）"], [], [ZHEN], lead_alternatives=[[ZHEN]], not_targets=[(6, "个月")],
          note="「开展竣工规划核实、土地核验、档案验收以及地名核查、地质资料汇交核查工作，核发…合格证及批准文件。 农户建房项目由镇（乡、街道）政府组织现场竣工规划核实、"
               "土地核验，并负责填写《…验收意见表》作为…备案材料。农户建房档案资料由镇（乡、街道）政府组织6个月内移交区规划资源部门。」 — 由A组织＋work and "
               "负责 name A (rule 2); the first sentence has no subject; " + ONE_LEAD + "; 「6个月内移交」: " + LIMIT + " — the "
               "handover is an undated duty (below); " + NODATE),
        S(["五", "（三）"], [], [],
          note="「建设单位凭竣工规划资源验收合格文件及“多测合一”成果，…申请办理不动产登记。乡村建设项目可用建设单位承诺书代替竣工验收备案证明，同步核发竣工规划资源"
               "验收合格文件和不动产权证书，实现竣工规划资源验收和不动产登记合一。宅基地使用权及房屋所有权的登记操作细则另行制定。」 — the builder's "
               "application is a rule for the applicant (" + PARTY + "), but 同步核发 and 另行制定 are acts of the plan's bodies "
               "with no subject (round 65's x274_01; round 48: 「具体办法由A制定」 work), a task naming no unit — " + NONE +
               "; no task accepted in count 11 (RULING? 16); " + NODATE),
        S(["六"], [], ["规划资源、农业农村部门"], lead_alternatives=[["规划资源、农业农村部门"]],
          responsible_alternatives=[["规划资源、农业农村部门", "规划资源部门", "投资部门"]],
          not_targets=[(5, "个工作日")],
          note="「对于乡村振兴重点项目，统一进入乡村建设项目实施库（以下简称“实施库”），由规划资源、农业农村部门开展审批提前服务。 开展规划土地技术服务，…协调编制…"
               "方案…。规划资源部门通过“行政协助”方式开展部门意见征询，投资部门同步开展可行性研究，…可合并开展。 提前服务内容可作为项目审批正式意见，…乡村建设规划"
               "许可证办理时限为5个工作日。」 — " + CHILDLESS + "; the agent of 由 with any verb of doing is a doer (rule 2; round "
               "74's x292_01 第十四条), and 「规划资源、农业农村部门」 is " + FIELDS + "; the subjects of 开展 without 组织 name none "
               "(" + HEADED + "), accepted with it; " + ONE_LEAD + "; 「办理时限为5个工作日」: " + LIMIT + "; " + NODATE),
        S(["七"], [], [],
          note="「深化机构改革，…将乡村建设项目的规划资源审批事项交由一个部门负责全过程管理。 …申请人可通过外网“一网通办”平台注册用户并申报。… 由区规划资源部门核发的"
               "批文、证书等，加盖区局印章（圆章）…。农户建房项目乡村建设规划许可证的发文与发证，由镇（乡、街道）人民政府受区规划资源部门委托办理的，文、证、表、"
               "附图均加盖区局编号章。」 — " + CHILDLESS + " (深化, 重构, 接入, 加盖); 「一个部门」 is a count of a kind named by "
               "none, no body; 由A核发的批文 and 由A受B委托办理的 stand inside a noun's description and a 的 case (round 30: 「参加"
               "由A组织的培训」 no doer; round 74's x292_04 九、), 申请人 an applicant with an option — " + NONE + "; " + NODATE),
        S(["八"], [], [SHI], lead_alternatives=[[SHI]],
          responsible_alternatives=[[SHI, QUJ, "市、区规划资源部门", ZHEN]],
          note="「市规划资源部门统筹加强…业务监督管理，规范完善…制度，组织实施业务监督检查和综合考评。区规划资源部门对镇（乡、街道）…办理情况进行业务指导和监督检查。"
               "市、区规划资源部门要加强业务宣讲和培训，…编制…办事指南、工作手册和操作手册。 区规划资源部门与镇（乡、街道）政府，应分层次建立乡村设计师制度，…」 — "
               "组织实施 names its subject (rule 2); 进行, 加强, 编制 and 建立 are outside the closed list in headed points (" + HEADED
               + "; round 70's x288_07 进行), the other bodies accepted with it (RULING? 15); 「市、区规划资源部门」 would be one name "
               "as printed (round 30); " + ONE_LEAD + "; the closing 「本实施细则自印发之日起试行。」 is a general provision (round 30), "
               "no work of 八、's; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "农户建房档案资料由镇（乡、街道）政府组织6个月内移交区规划资源部门",
              "when": "6个月内", "when_norm": None,
              "note": "五、（二）: a sending the rules ask of a body they task, of its own work's records, to the body over it, "
                      "is an undated duty (round 44; round 48's x223_03; round 74's x297_01 四、 turned), the limit running "
                      "from an event"}],
     notes=["counting (leaf tasks; the notice 「现将《…》印发给你们，请认真遵照执行。」 is one plan with the rules it issues, "
            "round 49's x229_04): 一、总体要求 （一） aims, （二） scope (a general provision, round 30), （三） principles "
            "(stances, round 68), （四） the procedure's stages and what each approval holds (definitions, round 66's x81_04) "
            "no tasks — they name no unit (seeds EXPECTED.md lines 3–5) —, （五） 1 (it names units); 二、 （一）1.–4. (who must "
            "apply for what and when one may skip it: " + PARTY + "), （三） and 四、（三） (the processing times: terms, "
            "round 46; round 74's x292_03 第十二条), （四） and 四、（四） (the form of the papers: terms), （五） and 四、（五） "
            "(validity, and what the holder must or may do: rules for the applicant) no tasks, 二、（二） 1 (the district "
            "bureau's consultation); 三、 （一）–（三） 3 (the headings run in at lines' ends read as their own, round 70's "
            "x290_01; （三） with the two paragraphs after it); 四、（一） (every project must apply: a rule for the applicant) "
            "no task, （二） 1; 五、 （一）–（三） 3; 六、, 七、, 八、 1 each (" + CHILDLESS + ") → **12**. Accepted: 11 (五、（三） "
            "read as the builder's application alone, RULING? 16), 14 (二、（三）, 四、（三） read as the bodies' work within "
            "a time, RULING? 17), 26 (every leaf that carries text but 一、（二）, the scope).",
            "units: 负责 and a designation (一、（五）), 委托 (二、（二）), 由A会同B (三、（一）（二）), 由A＋报…办理 (三、（三）), 组织＋work "
            "(四、（二）, 五、（一）（二）, 八、), 由A开展 with fields before one head (六、); 进行, 征询, 开展, 加强, 编制, 建立 none in "
            "headed points (round 44); applicants and their steps none",
            "dates: the notice 「2020 年 5 月 9 日」; no item is dated (times from events only); no phases (the four stages "
            "of 一、（四） are steps of a procedure with no dates); one undated duty (五、（二）, the town's records handed over "
            "within 6 months)",
            "figures: not targets 500 平方米, 100 平方米 (一、（五）, classes inside nouns; 1000 平方米 alike, and 二、（一）1.、4.'s "
            "500 / 1000 平方米 in no task), 20 个工作日 (三、（三）), 6 个月 (五、（二）), 5 个工作日 (六、): limits; unchecked: 5 and "
            "20 个工作日 (二、（三）, 四、（三）, no tasks), 三年, 一年, 三十天 (validity and the holder's steps, no tasks)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x302_05_shi-guihuaziyuanju-2019-budongchan-dengji-shixin-xinxi-guanli-banfa.txt"
P05 = "上海市不动产登记失信信息管理办法"
N05 = "关于印发《上海市不动产登记失信信息管理办法》的通知"
QJ = "市自然资源确权登记局"
ZX = "市自然资源确权登记事务中心"
QD = "各区登记事务机构"
ARTICLE = ("round 44 (decided), rounds 62 p52c, 66, 68: in 第X条 articles a body named by a kind standing as the subject of "
           "the article's verb of doing is a doer whatever the verb; a review of a submission and the decision on it "
           "(rounds 67's x280_01 第十条, 68's x274_04, 70's x286_01 第七条), a sending (rounds 46, 48, 70's x286_01 第四条（三）, "
           "75's p57a-2) and options (可) name none")
SHORT = ("a name printed with its defining bracket 「（以下简称“…”）」 is kept as printed before the bracket, the short name "
         "accepted, and a short name printed alone in a later article is kept as printed, the full name accepted (rounds "
         "35, 43, 48; round 73)")

plan(X05,
     title=P05 + "（" + N05 + "）",
     title_note="the rules' own title line (line 7) or the notice's title (line 1): either (round 45's pair)",
     doc_no="none printed (the index and the stored front matter give none either)",
     issuer="上海市规划和自然资源局",
     date="2019-12-09",
     date_note="the notice is signed 2019年12月9日 (line 6), the rules adopted 2019年12月5日; in force 2020年1月15日 to "
               "2025年1月14日 (第十五条); the index's 2025-08-22 is the page's posting",
     level="the city planning and natural resources bureau, to the districts' bureaus, the city registration centre and "
           "the districts' registration offices: recording, reporting, publishing and correcting bad-credit records in real "
           "estate registration",
     source=src(N05 + ".md", "https://ghzyj.sh.gov.cn/zcwj/gfxwj/20250822/05ef6251c29b4de5ac5ac6c8275c0953.html", 2846),
     style="a forwarding notice (addressees, one paragraph, issuer, date) then the rules' title and fifteen articles "
           "「第N条」 each label on its own line, the text on the lines below; lists （一）–（六） under 第四、五条, two lists "
           "（一）–（三） numbered alike under one 第七条, （一）–（四） under 第八条",
     leaf_tasks=6, count_alternatives=[5, 7],
     leaf_tasks_by_section={"第三条": 1, "第六条": 1, "第九条": 1, "第十一条": 1, "第十二条": 1, "第十三条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第三条"], [], ["市规划和自然资源局", QJ, ZX, QD],
          responsible_alternatives=[["市规划资源局", "市确权登记局", "市登记中心", QD],
                                    ["市规划和自然资源局", QJ, ZX, QD, "相关部门"]],
          **art(X05, ["第三条"]),
          note="「市规划和自然资源局（以下简称“市规划资源局”）负责指导和监督…。 市自然资源确权登记局（以下简称“市确权登记局”）负责细化…制度并组织实施，协同相关部门"
               "建立…机制。 市自然资源确权登记事务中心（以下简称“市登记中心”）负责具体实施…，组织各区不动产登记事务机构（以下简称“区登记事务机构”）做好…，督促检查… "
               "各区登记事务机构负责按规定准确记录和上报失信信息…」 — an article that gives work to bodies is a task though it stands "
               "among the general ones (round 30); 负责 (负责指导 included, round 30) names each subject, several clauses all in "
               "order (rule 2); " + SHORT + "; the object of 组织 is no unit (round 30), 协同's partner 相关部门 a call (round 74's "
               "x293_02: 有关单位 after 会同), accepted with it; lead [] (no 牵头); " + NODATE),
        S(["第六条"], [], [QD], lead_alternatives=[[QD]],
          responsible_alternatives=[[QD, "市登记中心"], [QD, ZX]],
          **art(X05, ["第六条"]),
          note="「各区登记事务机构即时记录失信信息，经各区登记事务机构负责人审查后报送市登记中心。 市登记中心对上报的失信信息和相应证明材料进行复核，提交市确权登记局"
               "审定。 市登记中心也可自行收集…，提交市确权登记局审定。」 — " + ARTICLE + ": the district offices record (记录, a verb "
               "of doing); the centre's 复核 of what the offices report and its sending for the bureau's 审定 are a review and a "
               "sending (accepted with it, RULING? 18); 负责人 persons (round 30); 也可 an option; " + ONE_LEAD + "; the "
               "offices' report up is an undated duty (below); 即时 no date; " + NODATE),
        S(["第九条"], [], ["市确权登记局"], lead_alternatives=[["市确权登记局"], [QJ]],
          responsible_alternatives=[[QJ]],
          **art(X05, ["第九条"]),
          note="「失信信息主体的行为严重破坏市场公平竞争和社会正常秩序的，市确权登记局应将其列入不动产登记严重失信主体名单，并在市公共信用信息服务平台、市规划资源局官网依法"
               "予以公布。 信息主体可通过上述平台查询…」 — the rules' own step after a breach names its agent by rule 2's forms, in "
               "articles an article's verb of doing (round 44; round 70's x289_03 二、四), 应 with 列入 and 公布; the "
               "platforms are places a list is published (round 66's x21_03: a channel), the party's 查询 an option; the short "
               "name as printed, the full name accepted (" + SHORT + "); " + ONE_LEAD + "; " + NODATE),
        S(["第十一条"], [], [], responsible_alternatives=[["市确权登记局"], [QJ]],
          lead_alternatives=[["市确权登记局"]], not_targets=[(5, "个工作日")],
          **art(X05, ["第十一条"]),
          note="「信息主体对失信信息的真实性、准确性有异议的，可通过上海市公共信用信息服务平台提出书面异议申请，市确权登记局应当在收到…转交的异议材料之日起五个工作日内"
               "作出是否更正的决定，并将处理结果反馈市公共信用信息服务平台。」 — 应当 with its act gives work, a task; the decision "
               "on a party's objection is a decision on a submission, which names none in articles too (" + ARTICLE + ") — "
               + NONE + "; [市确权登记局] accepted (RULING? 19); 「五个工作日内」: " + LIMIT.replace("「办理时限为N个工作日」「N个月内」", "「N个工作日内」")
               + " (in Chinese numerals); the result sent back is an undated duty (below); " + NODATE),
        S(["第十二条"], [], [], **art(X05, ["第十二条"]),
          note="「在失信信息查询期限内，信息主体可依照规定的程序和条件提出信用修复申请，经确认核实后，满足修复条件的，将其从不动产登记严重失信主体名单移出。」 — "
               "the party's application is an option (round 30), and 将其…移出 an act of the rules' bodies with no subject "
               "(round 49; round 65's x274_01), so a task naming no unit — " + NONE + "; no task accepted in count 5 (the "
               "decision on a party's application, its steps only, RULING? 20); " + NODATE),
        S(["第十三条"], [], ["市登记中心"], lead_alternatives=[["市登记中心"], [ZX]],
          responsible_alternatives=[[ZX]],
          **art(X05, ["第十三条"]),
          note="「市登记中心需建立失信信息电子数据库和纸质文件档案库，数据库和档案库内容应保持一致。 纸质文件档案应包含…。 市登记中心应妥善管理查询期限内的纸质文件"
               "档案，电子信息数据永久保存。」 — " + ARTICLE + ": 建立 and 管理 with 需／应 name the centre, the short name as printed "
               "(" + SHORT + "); the archive's contents are text (round 70's x286_01 第六条); " + ONE_LEAD + "; 永久 no date; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区登记事务机构即时记录失信信息，经各区登记事务机构负责人审查后报送市登记中心",
              "when": "即时", "when_norm": None,
              "note": "第六条: a body the rules task sends what it records in its work to the body over it (round 44; round "
                      "48's x223_03; round 65's x279_04; round 74's x297_01 四、 turned): an undated duty"},
             {"what": "市确权登记局作出是否更正的决定，并将处理结果反馈市公共信用信息服务平台",
              "when": "收到异议材料之日起五个工作日内", "when_norm": None,
              "note": "第十一条: the result of a decision sent back to the platform that passed the objection on (round 44; "
                      "plans-next292's x292_04 六、 反馈): an undated duty, its limit running from an event"}],
     notes=["counting (leaf tasks; the notice 「…制定了《…》…。现印发给你们，请遵照执行。」 is one plan with the rules it issues, "
            "round 49's x229_04): 第一、二、十四、十五条 general provisions (purpose, scope, a reference to other rules, entry into "
            "force, round 30) no tasks; 第三条 1 (a duties article of 负责 clauses); 第四条 (the office 可 ask applicants to "
            "commit to （一）–（六）: an option and the applicant's commitments, round 58's x122_01) and 第五条 (the kinds of bad-"
            "credit matters, a definition, round 66's x81_04) no tasks, their items no leaves of work; 第六条 1; 第七条 (what "
            "the reported data hold, two lists （一）–（三）: the content of a record, text, round 70's x286_01 第六条) no task; "
            "第八条 (the sources an office 可 draw on: an option) no task; 第九条 1; 第十条 (可以确定 an option, and a term of "
            "five years: round 46) no task; 第十一、十二、十三条 1 each → **6**. Accepted: 5 (第十二条 no task, RULING? 20), 7 "
            "(第七条 counted by its 应当采集 in （二）, RULING? 21).",
            "units: 负责 (第三条), the article rule (round 44) for 记录, 列入／公布, 建立／管理; reviews, decisions on parties' "
            "submissions and sendings none; short names kept as printed, the full names accepted",
            "dates: the notice 2019年12月9日; no item is dated (即时, 五个工作日内, 永久); no phases; two undated duties (第六条's "
            "report up, 第十一条's result sent back)",
            "figures: not target 5 个工作日 (第十一条, 五个工作日内: a limit); unchecked: 五年 (第十条, a term in no task)"])


# round 59 (rul80): answers aligned to tests/data/CONVENTIONS.md "Round 77 rulings, written early" (turned, decided; README, round 59)
from aligned_rulings import align77  # noqa: E402

BRACKET = ("「各区人民政府（临港新片区管委会）负责／应…」 (x302_01 一、, 四、; the addressees print 「各涉农区人民政府、临港新片区管委会」 apart): a bracket naming "
           "the body that stands in for the kind in one area lists what the kind stands for, dropped like 「各化工园区（A、B、C）」; only a "
           "bracket of one alias, role or section of the same body stays (round 65's 市公用事业局(环卫局); round 70's x287_01 2.2); two "
           "bodies are no reading")
TURNED = ("Units, turned: round 37's bracket of kinds and Round 74's x297_01 五、13. over the builder's alias; [各区人民政府] "
          "(accepted already), the printed name stays accepted")
align77("x302_01", ["一"], BRACKET + "; and 「…应于2023年一季度前批复…实施方案」: 「N月前」 is before month N, the end of month N−1 (plans-dev 11's 「6月前」, which binds; round 33), 「N月底前／末」 keep month N, and a quarter reads alike — 「一季度前」 the end of the quarter before, 「一季度末前／底前」 the quarter's own end; 2023 alone is no reading",
        TURNED + "; Dates, decided: 2023-03 → 2022-12", resp=["各区人民政府"], resp_alt=[[QU]], dln="2022-12")
align77("x302_01", ["四"], BRACKET, TURNED + " (as lead too)",
        lead=["各区人民政府"], resp=["各区人民政府"], alt=[[], [QU]],
        resp_alt=[[QU], [QU, "有关部门", "单位"], [QU, "有关部门"]])
align77("x302_01", ["二"], "「…应按照不低于1:1比例配套区级土地整治项目或资金」 (x302_01 二、): a quantity joined to 不低于 is a target wherever it stands (round 30's line), and a share the plan's bodies must put in, in an item that gives work, is that item's (round 25; round 62's w52b made a split of costs plan targets only where the item was no task); the ratio is kept as printed, a string, as ranges are (EXPECTED.md)",
        "Targets, decided: unchecked → (\"1:1\", 比例)", targets=[("1:1", "比例")])
align77("x302_04", ["三", "（三）"], "「…由区规划资源部门报区政府按集体建设用地使用项目办理供地手续」 (x302_04 三、（三））: 报 is a sending whether it carries one's own project (Round 74's x297_04) or a party's case, and names no doer — 「由A报B批准／审定／办理」 names none, whoever drafted the papers; round 63's serving body is a test of tasks, not of units (Round 74's x292_02)",
        "Units, turned: rounds 46, 48 and round 61's 交 over rule 2's 由A＋verb; [区规划资源部门] → none (accepted already), the builder's list stays accepted",
        resp=[], resp_alt=[[QUJ]])

# Round 59 (rul80p): aligned to tests/data/CONVENTIONS.md "Round 80 rulings" (README, round 59)
from aligned_rulings import align80  # noqa: E402

align80("x302_05", ["第三条"], "「市自然资源确权登记局…负责细化…制度并组织实施，协同相关部门建立…联合惩戒机制」 (第三条): 「A协同B＋verb」 reads as 「A会同B」 (round 30; Round 77's x301_02 （十九））, whose subject is the lead whatever the partner (rounds 34, 45; round 64's x200_04; Round 74's x293_02 「你局会同有关单位」), and a partner named by its kind 「相关部门」 is a unit as printed (round 66's p54a, plans-dev 03 十六); only 「有关单位」「有关方面」 give none",
        "Units, turned: rounds 30, 34, 45, 64's x200_04 and 66's p54a over the answer's lead [] and 相关部门 as a call; the old lists stay accepted",
        lead=[QJ], alt=[[]], resp=["市规划和自然资源局", QJ, "相关部门", ZX, QD],
        resp_alt=[["市规划资源局", "市确权登记局", "市登记中心", QD], ["市规划和自然资源局", QJ, ZX, QD]])

write_collected(DIR)
