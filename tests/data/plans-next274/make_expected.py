# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next274/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 54 (built by helper c274): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``, ``article_in`` and the ``inline``
helper below); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 62
rulings", "Round 63 rulings, written early" and "Round 64 rulings" included) applied to every item. Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next274/make_expected.py tests/data/plans-next274
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
STORED = ("the stored text (read whole with read_file at that commit); only the repository's wrapper was removed (YAML "
          "front matter, the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the notice "
          "title), cut by a script at the first 「\\n# 」; the stored file as typed (wrapper + text) had the character count "
          "read_file gives")


def src(commit, folder, path, url, chars):
    return f"{REPO} @ {commit}, docs/{folder}/{path} (official page {url}) — {STORED} ({chars})"


C03 = "49f4bb7b24691276dec660a576f20a54a0c46b63"     # index/03's commit; its stored files read there
C05 = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"     # the commit read_file gave for index/05's stored files


def inline(file, label, mark, nth=1):
    """Line and first eight characters of an item numbered inside an article's one-line paragraph (round 34: items
    numbered inside one paragraph are items): the article's label line, then its text line, then the nth ``mark``."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.strip().startswith(label))
    i += 1
    while not lines[i].strip():
        i += 1
    pos = -1
    for _ in range(nth):
        pos = lines[i].index(mark, pos + 1)
    return {"line": i + 1, "title_starts": lines[i][pos + len(mark):pos + len(mark) + 8]}


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit; round 44 "
          "(decided) reads any verb of doing only in 第X条 articles (round 63 on x268_02: outside articles the closed list "
          "stands)")
PROC = ("round 45: headed points that read like articles (a procedure) are not articles — the closed-list reading is the "
        "answer and the article reading (the subjects of any verb of doing) is accepted beside it "
        "(`responsible_alternatives`)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
HUIT = ("rule 2: 「A会同B＋verb」 gives lead A, responsible A, B; several subjects before 会同 are each a lead (round 45: every "
        "lead named; round 59's x261_06 「A、B、C、D协同市建委负责…」); lead [] accepted (round 30); round 61: a 会同 clause is read "
        "by its verb, and here the verb is work (编制, 建立), not applying, sending, paying or handing on")
HEADED = ("round 34 (written early), round 51 p47b: a childless headed point whose text gives work (a rule-2 doer or an "
          "instruction 「应…」「要…」) is a task")
ARTICLE = ("round 44 (decided): in 第X条 articles a named body standing as the subject of the article's verb of doing is a doer "
           "whatever the verb; verbs of being or having, applying, filing or sending for itself, paying and options name none "
           "(rounds 47 q44c, 48, 54)")
REVIEW = ("round 63 (turned, x268_04): a step in which a body reviews others' applications moves the procedure on — standing "
          "work, a task naming no unit (round 51 p47c, round 57: a review of a submission is rule 3's step, in articles too)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x274_01_shi-zhengfu-bangongting-2017-zhongda-gongcheng-qianqi-gongzuo-shishi-yijian.txt"
P01 = "关于进一步改进和优化市重大工程建设项目前期工作的实施意见"
N01 = "上海市人民政府办公厅印发关于进一步改进和优化市重大工程建设项目前期工作实施意见的通知"
NDRC, PLAN, MAJOR = "市发展改革委", "市规划国土资源局", "市重大办"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the plan's own title line (line 11, after the cover's signature and date: round 62 m52, round 60's x256_06) "
                "or the cover's title (line 1): either (round 45's pair)",
     doc_no="沪府办发〔2017〕64号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市人民政府办公厅",
     date="2017-10-19",
     date_note="the cover is dated 2017年10月19日 (the index: published 2017-10-24); in force on issue",
     level="the city government's general office (Shanghai), an implementation opinion on the preparatory work of the "
           "city's major public-investment projects: a project reserve, a rolling three-year plan, a yearly investment "
           "plan, five procedural simplifications and four requirements",
     source=src(C03, "工程建设管理", N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-12344_54076&siteId=0001", 3771),
     style="a cover (addressees, one sentence 「…请认真按照执行。」, signature, date); the plan's own title line; a preamble; "
           "一、指导思想 and 二、总体思路 childless; 三、基本原则 （一）–（四） run-in stances; 四、实施方案 （一）–（三） heading lines "
           "over a definition paragraph and a paragraph of work, （四） a heading line over 1.–5. with run-in headings; "
           "五、具体要求 （一）–（四） run-in headings, （一） followed by six unnumbered paragraphs each opening with bodies; two "
           "closing paragraphs (a 参照 option for district projects, the entry into force); blank lines between all paragraphs",
     leaf_tasks=11, count_alternatives=[12, 10, 9],
     leaf_tasks_by_section={"四、（一）–（三）": 3, "四、（四）": 4, "五、具体要求": 4},
     childless_top_level_sections=["一、指导思想", "二、总体思路"],
     samples=[
        S(["四", "（一）"], [NDRC, PLAN], [NDRC, PLAN, "相关行业部门", "区政府"], lead_alternatives=[[]],
          note="「市发展改革委、市规划国土资源局会同相关行业部门、区政府等按照…原则，…建立“…规划储备库”」 — " + HUIT + "; 「相关行业部门、"
               "区政府等」: the final 等 dropped (EXPECTED.md), 相关 before a kind makes a kind (round 56), 区政府 a body; the carried "
               "「明确建设单位，开展…编制和报批」 names 建设单位 only as an object; 「拨付前期研究经费」 pays (round 47: a payer); the "
               "first paragraph 「“…储备库”主要是…」 says what the reserve is for (no doer); " + NODATE),
        S(["四", "（二）"], [NDRC, MAJOR], [NDRC, MAJOR, "行业管理部门", "建设单位"], lead_alternatives=[[]],
          responsible_alternatives=[[NDRC, MAJOR, "行业管理部门"]], not_targets=[(3, "年")],
          note="「市发展改革委、市重大办会同行业管理部门等…滚动编制“…三年计划”」 — " + HUIT + "; 「报市政府审定后，建设单位据此进一步稳定建设"
               "方案，抓紧组织编制和报批…可行性研究报告」 — 组织＋work makes its subject a doer (round 34), a verb before it allowed "
               "(round 57's 拓展实施, round 61's 适时组织), 建设单位 a body named by a kind (rounds 34, 47 q44c); the reading without "
               "it accepted; 「报市政府审定」 sends the body's own plan for a decision, a step of approval (round 46): no duty; "
               "「三年计划」 is a name (names with digits are no targets, EXPECTED.md) → 3 年 not a target; " + NODATE),
        S(["四", "（四）", "1"], [], [NDRC], lead_alternatives=[[NDRC]], responsible_alternatives=[[]],
          note="「市发展改革委根据…，简化项目立项工作，或向项目建设单位、管线单位和有关审批部门印发《建设项目前期工作函》，加快组织开展环境影响"
               "报告书（表）、…等前期工作」 — the subject carries inside one paragraph (round 34) to 组织开展 (组织＋work, round 34; a verb "
               "before it, round 57); the bodies the letter is sent to are receivers (rule 3); " + ONE_LEAD + "; none accepted "
               "(the letter's receivers may be read as the ones who speed the work up: RULING? 2); " + NODATE),
        S(["四", "（四）", "2"], [], [],
          note="「对列入…的建设项目，加快项目立项工作。」 — an item of the plan's own measures that gives work with no subject (round 40: "
               "items naming no unit in a plan with units elsewhere are tasks where they give work; round 56: 对…的 names the "
               "objects) — a task naming no unit (RULING? 1, count 9 without it accepted): " + NONE + "; " + NODATE),
        S(["四", "（四）", "3"], [], [], responsible_alternatives=[["市、区规划国土资源部门"]],
          note="「市、区规划国土资源部门依据控详规划…核发建设项目选址意见书，出具…批复，提出…审核意见」 — 核发, 出具, 提出 without 由 are "
               "outside rule 2's list in a headed item (" + CLOSED + "): " + NONE + "; " + PROC + " (levels before one head "
               "one name, round 30); 「建设项目可以…提前启动…」 — a project is a thing (round 41) and 可以 an option (round 40); 「到"
               "有关部门办理审批手续」 an application (round 30); 「可参照…执行」 an option; " + NODATE),
        S(["四", "（四）", "5"], [], [],
          note="「…的前提下，同步开展质量监督、安全监督等。建设单位凭…审核意见，申请办理施工图审查等手续。」 — the first sentence gives the "
               "supervision work with no subject (round 43: rule points with no subject are tasks where they give work; round "
               "60's x244_01: a plan's sentence of its own work states that work) — a task naming no unit (RULING? 1; count 10 "
               "without it accepted); 建设单位 applies (round 30: an applicant is no unit); the 前提下 clause lists a case: "
               + NONE + "; " + NODATE),
        S(["五", "（一）"], [NDRC, PLAN, MAJOR], [NDRC, PLAN, "行业管理部门", MAJOR, "有关部门"], lead_alternatives=[[]],
          responsible_alternatives=[["各相关部门", NDRC, PLAN, "行业管理部门", MAJOR, "市住房城乡建设管理委", "市交通委", "其他审批部门",
                                     "有关部门"]],
          note="（一）'s run-in heading 「加强组织领导。」 is a noun phrase and gives out no work (round 45), and the six unnumbered "
               "paragraphs after it, before （二）, are its text (round 54: unnumbered paragraphs are tasks only in a notice with no "
               "numbering or after an article's items; round 32: a paragraph after an item that goes on with its work is its "
               "body) — one task, its units every rule-2 clause's bodies in printed order, each once (rule 2's several clauses; "
               "round 45: every lead named): 「市发展改革委、市规划国土资源局会同行业管理部门制订…」, 「市发展改革委、市重大办会同行业管理部门"
               "编制…」, 「市重大办会同有关部门…组织编制…」 (" + HUIT + "; 有关部门 a kind, round 33); 「市住房城乡建设管理委、市交通委等"
               "制订…」「市规划国土资源局制订…」「其他审批部门…做好…」「各相关部门…积极研究完善…」 — 制订, 做好, 研究完善 are outside the "
               "list (" + CLOSED + "), the article reading of every subject accepted (round 45); 「充分发挥…领导小组的作用」 has no "
               "subject; " + NODATE),
        S(["五", "（二）"], [], [], responsible_alternatives=[["有关审批部门"]],
          note="「建设单位依法取得项目立项后，有关审批部门积极探索…审批办理方式，一次性告知建设单位…，帮助建设单位…。同时，加强事中、事后监管」 "
               "— 探索, 告知, 帮助, 加强 are outside rule 2's list (" + CLOSED + "; round 57: 加强 is a verb of doing only in "
               "articles): " + NONE + "; the point gives work (round 40: a task naming no unit); the subjects' article reading "
               "accepted (round 45); 建设单位 a served applicant (round 30); " + NODATE),
        S(["五", "（四）"], [MAJOR], [MAJOR, "有关部门"], lead_alternatives=[[]],
          note="「将市重大工程建设项目前期工作纳入市政府目标考核范围，市重大办会同有关部门定期对项目前期工作进行分析和评估，及时总结经验，解决…」 "
               "— rule 2's 「A会同B＋verb」 (lead A, responsible A, B; lead [] accepted, round 30); the verb 进行分析和评估 is work, "
               "not applying, sending, paying or handing on (round 61), and 有关部门 a kind (round 33); 「定期」 a rhythm with no "
               "rhythm word (no deadline, no duty: nothing is sent); 「年度考核的依据」 names a yearly review, no date: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover (「请认真按照执行」, rule 'What is a task') and the preamble no tasks; 一、指导思想 and 二、总体思路 "
            "childless top-level sections (plans-dev lines 21–25: a plan whose work sits in numbered items); 三、（一）–（四） "
            "基本原则 stances, no tasks in any plan (round 49; round 60 p51e); 四、（一）–（三） 3; 四、（四） 1., 2., 3., 5. 4 "
            "— 4.「优化项目招标投标手续。」 holds only options 「招标人可以…」「建设单位可以…」: an item of options gives no work (round 49 "
            "p46b; round 51 p47b), no task, and its heading alone gives none (rounds 56, 62); 五、（一）–（四） 4 (（一） with its "
            "six paragraphs one task); the closing 「对区政府投资的区重大工程建设项目，可参照执行本实施意见。」 (an option and a 参照 "
            "provision, round 34) and 「本实施意见自印发之日起施行。」 (the close) no tasks → **11**. Accepted: 12 (四、（四）4. as a "
            "task), 10 (四、（四）5. not a task), 9 (2. and 5. not tasks) — RULING? 1.",
            "units: 会同 clauses give the leads (四、（一）–（三）, 五、（一）, （四））; 组织＋work gives 建设单位 in 四、（二） and 市发展改革委 "
            "in 四、（四）1.; 核发, 出具, 制订, 做好, 探索, 强化 in headed items name none (the article reading accepted where sampled); "
            "the cover's addressees 「各区人民政府，市政府各委、办、局」 are units of no item",
            "dates: 2017年10月19日 (the cover); no item is dated, no campaign span, no phases; 「本实施意见自印发之日起施行」 a "
            "time of force; no duty (「报市政府审定」 a step of approval, round 46)",
            "figures: none is a target; 三年计划 (a plan's name), 五年规划, 一书四方案, 一库、二计划、五优化 (names) are not"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x274_02_shi-renshe-ju-2017-shigong-qiye-wailai-congye-renyuan-shebao-tongzhi.txt"
N02 = "关于在沪施工企业外来从业人员参加本市城镇职工基本社会保险若干问题的通知"

plan(X02,
     title=N02,
     title_note="the notice title (line 1)",
     doc_no="沪人社规〔2017〕5号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市人力资源和社会保障局 with 上海市住房和城乡建设管理委员会 (two signatures; the index lists the first)",
     date="2017-03-27",
     date_note="the notice is dated 2017年3月27日 (the index: published 2017-03-29); in force 2017年4月1日, valid to "
               "2022年3月31日",
     level="two city bureaus (Shanghai), rules on which migrant workers of construction firms join the city's social "
           "insurance, with one point of work for the bodies that run it",
     source=src(C03, "工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=t0035_1439863&siteId=0035", 1132),
     style="addressees (two centres, the districts' bureaus), a preamble; six childless headed points 一、–六、 of one "
           "paragraph each (no headings); two signatures and the date; blank lines between all paragraphs",
     leaf_tasks=1, count_alternatives=[3],
     leaf_tasks_by_section={"四、": 1},
     childless_top_level_sections=["一、", "二、", "三、", "五、", "六、"],
     samples=[
        S(["四"], [], ["市社会保险经办部门", "市建设管理部门"],
          responsible_alternatives=[["市社会保险经办部门"],
                                    ["市人力资源社会保障局", "市住房城乡建设管理委", "市社会保险经办部门", "市建设管理部门"]],
          note=HEADED + "; 「市人力资源社会保障局、市住房城乡建设管理委共同做好…的组织实施工作」 — 做好 is outside rule 2 and 组织实施工作 its "
               "object noun (round 48: 「做好组织工作」 is no 组织＋work), and 共同 without 由 makes no doer (round 30's 「由A与B共同＋"
               "verb」 needs 由): no doer by it (the two accepted beside, the headed points' article reading, round 45); 「市社会"
               "保险经办部门负责做好具体参保工作」 — 负责 (rule 2) → responsible; 「市建设管理部门协同做好…核对工作」 — 协同 with no partner "
               "names no doer by itself (round 39), but after a doer's clause it adds its subject as responsible, as 配合 does "
               "(round 39's 「其他有关部门…协同开展相关工作」; round 34); no 牵头: lead [] (round 30); [市社会保险经办部门] alone "
               "accepted; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、 and 二、 say which workers must or may join the city's insurance "
            "(「…的外来从业人员，应当参加…」「…经用人单位提出申请，也可以参加…」) — rules for the public and an applicant's option (rounds "
            "36, 37, 41; round 52's x240_04: a rule on what anyone does is text), no tasks; 三、 points the rates and benefits "
            "to the city's rules (「按本市有关规定执行」, round 34's 参照 provision) and 五、 the city's residents to 二、 (「可参照…"
            "执行」) — general provisions; 六、 entry into force and repeal (the close, round 34) → **1** (四、). Accepted: 3 (一、 "
            "and 二、 read as tasks naming no unit, as round 63 read 「…应当投保…」 in x273_01 — RULING? 3).",
            "units: only 四、 names doers (负责, and 协同 after it); the addressees 「市社会保险事业管理中心，市医疗保险事业管理中心，各区"
            "人力资源和社会保障局、建设管理委（建设交通委）」 are units of no item; 用人单位 applies (round 30)",
            "dates: 2017年3月27日 (the signature), in force 2017年4月1日, valid to 2022年3月31日 (a validity, round 45: no "
            "deadline); no phases, no duties",
            "figures: none (沪人社养发〔2012〕20号 a document number)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x274_03_shi-fangguanju-2021-xinjian-zhuzhai-jiaofu-shiyong-xuke-guanli-tongzhi.txt"
N03 = "关于加强本市新建住宅交付使用许可管理工作的通知"
DIST = "各区房管部门"

plan(X03,
     title=N03,
     title_note="the notice title (line 1, printed again on line 3)",
     doc_no="沪房规范〔2021〕14号 (printed on line 5)",
     issuer="上海市房屋管理局",
     date="2021-12-28",
     date_note="the notice is dated 2021年12月28日 (the index: 2021-12-29); in force 2022年1月1日, valid to 2026年12月31日",
     level="a city bureau (Shanghai's housing administration), a notice to the districts' housing bureaus on the licence "
           "to deliver new housing for use: five points of work",
     source=src(C05, "房屋与住房", N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail/0013::d11ce9e8a59948a08cceb9f61a77fc6f", 1687),
     style="the title twice, the document number, addressees, a preamble; five childless headed points 一、–五、 each one "
           "paragraph opening with a run-in heading 「坚持依法行政。」; the PDF's page marks 「—1—」「—2—」 left inside the text "
           "(inside a document's name in 一、 and mid-sentence in 三、); the entry into force inside 五、; 「特此通知。」, "
           "signature, date; blank lines between all paragraphs",
     leaf_tasks=5,
     leaf_tasks_by_section={"一、–五、": 5},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [DIST], lead_alternatives=[[DIST]],
          note=HEADED + "; 「各区房管部门应在…中，坚持…原则，严格按照…依法行政，杜绝…，落实“一网通办”行政审批制度改革工作要求」 — 落实 is "
               "rule 2's whatever its object (round 49 p46d), its subject carried inside the paragraph (round 34); 各区房管部门 "
               "a kind (round 32: 各区 with a head); 「—1—」 inside 《上海市—1—新建住宅交付使用许可规定》 is the PDF's page mark, chrome "
               "(rounds 40, 53, 62); " + ONE_LEAD + "; " + NODATE),
        S(["二"], [], [DIST], lead_alternatives=[[DIST]],
          note=HEADED + "; 「各区房管部门应…加强…台账管理，…督促和指导建设单位…」 and 「…各区房管部门要督促相关部门或单位，签订…协议，落实…"
               "主体责任，并…制定并落实配套设施建设计划」 — a verb with no subject after a pivot and a comma carries the subject before "
               "the pivot, never its object (round 61's x263_02; round 41; round 56's 「A要加强…，落实B…」), so 落实 is 各区房管部门's "
               "(rule 2); the objects of 督促 (建设单位, 相关部门或单位) are no units outside a work heading (round 30; round 40), and "
               "「注重过程指导」 gives out no work (round 37); 「…主体责任」 names no party X, so no designation (round 59); "
               + ONE_LEAD + "; " + NODATE),
        S(["三"], [], [], [(2, "名")], responsible_alternatives=[[DIST, "区房管部门"]],
          note=HEADED + "; 「各区房管部门应履行好…行政许可职责，优化内部审核…」「区房管部门，应指派2名以上（含2名）工作人员至现场，…进行核查，并"
               "出具…意见书」 — 履行, 优化, 指派, 进行核查, 出具 without 由 are outside rule 2's list in a headed point (" + CLOSED
               + "; round 38: 「A履行…工作」 names no doer): " + NONE + "; " + PROC + "; 核查人员 are persons (round 30), 建设单位 "
               "an applicant (round 30); target: the persons the item sends with 以上 (round 30's line; round 57: the persons an "
               "item sends are its own number of work) → 2 名; 「—2—」 mid-sentence is a page mark (chrome); " + NODATE),
        S(["四"], [DIST], [DIST, "相关职能部门", "市房管部门"], [(20, "%")], lead_alternatives=[[]],
          note=HEADED + "; 「各区房管部门应履行好属地监管职责，会同相关职能部门跨前服务，建立…矛盾化解机制」 — 「A会同B＋verb」 (rule 2): lead "
               "各区房管部门, responsible it and 相关职能部门 (a kind, round 33; the verb is work, round 61); 「市房管部门继续加强…监督管理，"
               "通过采取…等方式实施监管」 — 实施 (rule 2) → 市房管部门 responsible after them, in printed order; 「每年将组织对…进行检查"
               "与培训」 carries 市房管部门 (组织＋work, round 34; 将 changes nothing, round 47's p45c); target: 「抽查比例不低于20%」 — "
               "the share a body checks, with 不低于 (round 30's line; round 60: the share checked is the work's own number) → "
               "20%; 「每年」 a rhythm and 「通报检查情况」 a bulletin to the districts (no report sent to a body: no duty, RULING? "
               "4); lead [] accepted (round 30); " + NODATE),
        S(["五"], [], [], responsible_alternatives=[[DIST]],
          note=HEADED + " (「…后，应当…及时立卷归档、妥善保存」); 立卷归档, 保存 are outside rule 2's list (" + CLOSED + "): " + NONE
               + "; " + PROC + "; 「本通知自2022年1月1日起施行，有效期至2026年12月31日…同时废止」 inside the point is the time of "
               "force and a validity (round 45: a validity dates nothing; round 63's x273_01: an entry-into-force sentence with "
               "no work of its own adds none): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、–五、, five childless headed points that give work (" + HEADED + ") → "
            "**5**; 「特此通知。」 the close. No alternative count is listed: no point is a general provision or a stance "
            "alone (一、's 「坚持依法行政」 heading is followed by work with 落实).",
            "units: 落实 (一、, 二、), 会同 and 实施／组织 (四、) name doers; 履行好, 指派, 出具, 立卷归档 in headed points name none "
            "(the article reading accepted, round 45); 建设单位 (served, an applicant), 相关部门或单位 (objects of 督促), 核查人员 "
            "(persons) are no units; the addressees 「临港新片区管委会、长兴岛管委会，各区住房保障房屋管理局」 are units of no item",
            "dates: 2021年12月28日 (the signature), in force 2022年1月1日, valid to 2026年12月31日; no item is dated; no "
            "phases; no duties",
            "figures: targets 2名以上（含2名） (三、) and 不低于20% (四、); not targets 沪建管〔2015〕1016 (a document number), "
            "—1— / —2— (page marks)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x274_04_shi-fangguanju-2021-gongyou-chanquan-baozhang-zhufang-gonghou-guanli-shishi-xize.txt"
P04 = "上海市共有产权保障住房供后管理实施细则"
N04 = "关于印发《" + P04 + "》的通知"
A02, A03, A04 = "第二条（管理职责）", "第三条（住房保障实施机构）", "第四条（队伍建设）"
A06, A12, A13 = "第六条（信息化建设和档案管理）", "第十二条（回购审核）", "第十三条（实施回购）"
A15 = "第十五条（共有产权保障住房房源项目市场基准价格和浮动幅度）"
A18, A21, A22 = "第十八条（政府优先购买）", "第二十一条（协调机制）", "第二十二条（分类管理）"
A24, A27 = "第二十四条（协议处理措施）", "第二十七条（资金的归集和使用）"
LOCAL = "房屋所在地区住房保障部门"
LOCAL_AG = "房屋所在地区住房保障实施机构"
CITY_AG = "市住房保障实施机构"
DIST_AG = "区住房保障实施机构"
ENF = "房屋所在地区街道办事处、乡镇人民政府综合行政执法机构"
DUTIES02 = ("the article's heading 「管理职责」 gives out work (rounds 34, 35, 38), and its lead-in 「房屋所在地区住房保障部门是…行政管理"
            "部门，具体职责如下：」 names one body's duties, a colon its items complete: each item's subject is the lead-in's (rounds 50, "
            "56); the items numbered inside the one-line paragraph are items (round 34), each a task where it gives work (rounds "
            "37, 52, 56: numbered items inside any article are items)")

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 33, after the cover's signatures and date: round 62 m52) or the cover's title "
                "(line 1, printed again on line 3): either (round 45's pair)",
     doc_no="沪房规范〔2021〕13号 (printed on line 5)",
     issuer="上海市房屋管理局 with six other city bodies (市住房城乡建设管理委, 市发展改革委, 市规划资源局, 市财政局, 上海市税务局, "
            "市城管执法局: seven signatures, one a line)",
     date="2021-12-01",
     date_note="the cover is dated 2021年12月1日 (the index the same); in force 2021年12月1日, valid to 2026年6月30日",
     level="seven city bodies (Shanghai), the revised rules on the after-sale management of shared-ownership affordable "
           "housing: duties of the housing departments and agencies, buy-back, transfer and pre-emption, use and "
           "enforcement (30 articles in four chapters)",
     source=src(C05, "房屋与住房", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail/0013::484934a3ccdb4ed988e2c2e4d7004d83", 8234),
     style="a cover (title twice, number, addressees, one sentence, 「特此通知。」, a 「附件:」 line naming the rules, seven "
           "signatures, the date) before the rules; the rules' title line; chapters 「第一章 总则」…「第四章 附则」; 30 articles "
           "「第N条（heading）」 on a line of their own over one line of text each, the original paragraphs run together with a "
           "space and items 「（一）…；」 run in (the stored page's spacing: 「第 26 号」「同住人 的」「家庭成 员」 kept); formulas "
           "with 「=」「×」; blank lines between all lines",
     leaf_tasks=30, count_alternatives=[29, 28, 26, 21],
     leaf_tasks_by_section={"第二条": 5, "第三条": 6, "第四条": 1, "第六条": 1, "第九条": 1, "第十二条": 1, "第十三条": 1,
                            "第十四条": 1, "第十五条": 2, "第十六条": 2, "第十七条": 1, "第十八条": 1, "第二十条": 1,
                            "第二十一条": 1, "第二十二条": 1, "第二十三条": 1, "第二十四条": 1, "第二十五条": 1, "第二十七条": 1},
     childless_top_level_sections=[],
     samples=[
        S([A02, "（一）"], [LOCAL], [LOCAL], **inline(X04, A02, "（一）"),
          note=DUTIES02 + "; 「（一）牵头审核本区建设筹措的…市场基准价格」 — A牵头 (rule 2): lead and responsible the lead-in's body, "
               "as printed (所在 stays, rounds 40, 55); " + NODATE),
        S([A02, "（二）"], [], [LOCAL], lead_alternatives=[[LOCAL]], **inline(X04, A02, "（二）"),
          note=DUTIES02 + "; 「（二）指导协调相关单位共同开展…监督检查」 — the lead-in's body is the subject of a verb of doing in an article "
               "(" + ARTICLE + "); 相关单位, the object, is the bare catch-all, no unit even under a work heading (rounds 33, 37); "
               + ONE_LEAD + "; " + NODATE),
        S([A03, "（二）"], [], ["住房保障实施机构"], lead_alternatives=[["住房保障实施机构"]],
          responsible_alternatives=[[LOCAL_AG]], **inline(X04, A03, "（二）"),
          note="「第三条（住房保障实施机构）」 names one party and its text is that party's own duties (city and district levels): a "
               "party heading is a unit heading (round 38 「建设单位责任」; round 46: only where its text is that party's duties; "
               "round 50's 「第五条（建设单位职责）」), and the label decides (rule 1); round 45: over items naming the same party more "
               "fully, the heading's name is the unit and the item's own name accepted beside it — here the colon lead-in "
               "「房屋所在地区住房保障实施机构负责组织实施辖区内以下…工作，具体包括：」 names it (RULING? 5); the items after a work clause are "
               "the work's parts (rounds 44, 55); 「（二）组织住房回购、上市转让、优先购买以及购买政府产权份额等转让管理」; "
               + NODATE),
        S([A04], [], ["区政府", "区", "分配供应地区政府", "区相关部门", "街道办事处", "乡镇人民政府"], **art(X04, [A04]),
          responsible_alternatives=[["区政府", "分配供应地区政府", "区相关部门", "街道办事处", "乡镇人民政府"]],
          note="an article with no items whose sentences each give a body work is one task, its units every doer in printed order, "
               "each once (round 54); " + ARTICLE + ": 「区政府应当…加强…队伍建设；…合理配置…人员」, 「供后管理工作任务较重的区，应当进一步"
               "充实…力量」 (the 的-rule leaves 区, the districts named by a kind: round 50's x234_08), 「住房保障对象较多的分配供应地区政府"
               "应当参照…加强…」 (the 的-rule), 「区相关部门和街道办事处、乡镇人民政府应当加强…业务培训，保障工作场所和条件」 (和 gives two names, "
               "、 splits the rest: rounds 34, 35; 保障 with no money is work, round 48); 「市政府相关部门应当及时给予业务指导和支持」 — a "
               "body that guides or supports is no unit (rule 3; rounds 48, 55); 「各级住房保障部门、单位工作人员应当定期参加业务培训」 — "
               "staff are persons (round 30); the list without 区 accepted; " + NODATE),
        S([A06], [LOCAL_AG], [CITY_AG, LOCAL_AG], lead_alternatives=[[]], **art(X04, [A06]),
          note=ARTICLE + ": 「市住房保障实施机构应当加强住房保障信息化建设，建立…信息系统」 → responsible; 「房屋所在地区住房保障实施机构应当牵头"
               "组织相关街道办事处、乡镇人民政府建立…工作台帐」 — A牵头 (rule 2): the lead; the objects of 组织 are no units outside a "
               "work heading (round 30; round 40); units in printed order; lead [] accepted (round 30); the information 「发送至保障性"
               "住房供后管理信息系统」 is a duty (below); " + NODATE),
        S([A12], [], [], **art(X04, [A12]), not_targets=[(15, "个工作日")],
          note=REVIEW + ": 「区住房保障实施机构应当在收到书面回购申请后的15个工作日内，到…实地踏勘，认定同时符合下列条件的，应当作出同意回购的书面"
               "决定：」 reviews the owners' buy-back applications — " + NONE + "; （一）–（三） are conditions answered once in the lead-in, "
               "text (round 54; round 60); 「15个工作日内」 is a time limit from an event with no comparison word — the deadline rule, "
               "no target and no deadline (round 33; round 54); " + NODATE),
        S([A13], [], [DIST_AG, "机构"], **art(X04, [A13]),
          responsible_alternatives=[[DIST_AG, "机构", "回购实施单位"], [DIST_AG, "区政府指定的机构"], [DIST_AG]],
          note="「回购由区住房保障实施机构或者区政府指定的机构（以下统称“回购实施单位”）实施。」 — 由A或者B＋实施 (rule 2; 或者 joins alternative "
               "doers, round 49's 「部门或机关」); the 的-rule gives 机构 (round 40's 「市政府确定的机构」 → 机构), and 以下统称 is dropped "
               "(round 35; round 61: 统称 as 简称); 「回购实施单位应当与购房人、同住人签订回购合同」 — in the article that defines the role the "
               "defined name adds none (rounds 47, 50's x232_04), and buyers are persons (round 52): no co-signatory; 「支付全部回购"
               "价款」 pays (a payer, round 48); （一）–（七） are conditions of payment, text (round 35); the rate bands 「不足3个月…超过"
               "3年及以上」 are the scheme's terms, not checked; the whole phrase, the list with the defined name and the agency "
               "alone accepted; " + NODATE),
        S([A15, "（一）"], ["市住房保障部门"], ["市住房保障部门", "市城乡建设、发展改革、财政、税务、规划资源等相关部门"],
          lead_alternatives=[[]], responsible_alternatives=[["市住房保障部门", "相关部门"]],
          **inline(X04, A15, "（一）"),
          note="the lead-in 「…按照下列规定报请有关部门审核确认后，适时发布：」 over items that split the approval by its objects (市级项目／区级"
               "项目), each with doers of its own: items, each a task (round 40's work split by objects; round 52's x240_04 第二十九条); "
               "「（一）市级项目由市住房保障部门予以核实，并会同市城乡建设、…、规划资源等相关部门共同审核，提出审核意见报市政府批准」 — 由A＋verb "
               "and 「A会同B＋verb」 (rule 2): lead 市住房保障部门 (lead [] accepted, round 30); fields joined by 、 before one head "
               "「…等相关部门」 are one group as printed (rounds 31, 42 continued, 48's x220_02 4.1); 「报市政府批准」 is a step of "
               "approval (round 46): no duty; [市住房保障部门, 相关部门] accepted; " + NODATE),
        S([A18], [], ["优先购买实施单位"], lead_alternatives=[["优先购买实施单位"]], **art(X04, [A18]),
          note=ARTICLE + ": 「区住房保障实施机构决定优先购买的，优先购买实施单位应当到共有产权保障住房内实地踏勘，…与购房人、同住人签订转让合同」 "
               "— a step after a case (rounds 42, 49 p46d), its subject the role 第十四条 defines, a unit as printed where it acts "
               "(rounds 33, 38, 43, 47); 区住房保障实施机构 stands inside the case (「…决定优先购买的」, rule 3); 「将全部款项支付给…」 "
               "pays (round 48); buyers are persons (rounds 30, 52); " + ONE_LEAD + "; " + NODATE),
        S([A21], [], ["房屋所在地区政府"], lead_alternatives=[["房屋所在地区政府"]], **art(X04, [A21]),
          note="「房屋所在地区政府应当组织区住房保障、建设管理、…等部门和街道办事处、乡镇人民政府建立…协调机制，…明确职责分工，协调处理…」 — "
               "「A组织B＋verb」: A the doer (rule 2's 组织; round 30), the bodies B, the pivot's object, no units outside a work "
               "heading (round 40; 「协调机制」 gives out no work, round 37); " + ONE_LEAD + "; " + NODATE),
        S([A22], [], [ENF, LOCAL_AG, "房屋所在地区相关部门"], **art(X04, [A22]),
          responsible_alternatives=[["房屋所在地区街道办事处", "乡镇人民政府综合行政执法机构", LOCAL_AG, "房屋所在地区相关部门"]],
          note="the article's work split by the kinds of breach (round 40: 「涉及X的，由A…；涉及Y的，由B…」 gives all of them): 「…等违规行为，"
               "由房屋所在地区街道办事处、乡镇人民政府 综合行政执法机构…进行处理」 — places joined by 、 before one head are one name as printed "
               "(round 35's 「秭归县、夷陵区…政府」; round 61's x264_04), the page's space inside it no part of it; 「由房屋所在地区住房保障"
               "实施机构按照协议约定，追究其违约责任」 — the agency's own step against a breach (round 57's x251_03; round 60's x71_03), "
               "not a consequence with no agent (round 48); 「由房屋所在地区相关部门依据职责，对…进行处理」 — 由A＋a verb of doing (round "
               "34), 相关部门 a kind (round 33); the enforcement body printed again adds none (each once, rule 2); the split "
               "reading of the first name accepted; " + NODATE),
        S([A24], [], [DIST_AG], lead_alternatives=[[DIST_AG]], **art(X04, [A24]), not_targets=[(5, "年")],
          note="「购房人、同住人有下列情形之一的，由区住房保障实施机构依据…约定，解除协议，收回住房，按照原销售价格退回购房款，并禁止其5年内再次"
               "申请…：（一）…（三）」 — 由A＋verbs of doing (rule 2; the agency's step after a breach, rounds 42, 49 p46d); an article whose "
               "items only name cases is one task (round 35); 退回购房款 pays back (round 48) but 解除, 收回 keep the work; 「5年内再次"
               "申请」 is what the breach costs, a penalty (rounds 32, 33): no target; 「区住房保障实施机构可依法向人民法院起诉」 an option "
               "(round 40); " + ONE_LEAD + "; " + NODATE),
        S([A27], [], ["区政府"], lead_alternatives=[["区政府"]], **art(X04, [A27]),
          note="「…缴纳的政府产权份额价款，应当上缴同级财政，由区政府统筹使用，并优先用于回购、优先购买…等用途」 — 上缴 moves money (a payer, round "
               "48), but 统筹 keeps money as work (rounds 35, 48: 「由政府按比例统筹用于…」 is 由A＋a verb of doing) and 应当 with its act "
               "gives work (round 63's x270_01 / x273_01): a task, [区政府] (RULING? 6: or round 62's fund article, no task); "
               + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "房屋所在地区住房保障实施机构应当…及时记录共有产权保障住房转让处置、违规违约使用行为的发现和查处等信息，并发送至保障性住房供后管理信息系统",
              "when": "及时", "when_norm": None,
              "note": "第六条: information a body the rules task sends to the city's system (round 48's x222_02: information sent "
                      "to the organiser through its platform; round 48's x224_01 承办银行 「将…信息报送…系统」): an undated duty"},
             {"what": "区级项目…提出审核意见报区政府批准，并报市住房保障、发展改革、财政和税务部门备案",
              "when": None, "when_norm": None,
              "note": "第十五条（二）: the district department sends the approved base price for filing — a plan body sending "
                      "the results of its own work 「…备案」 has an undated duty (rounds 48, 57); 「报区政府批准」 before it is a "
                      "step of approval (round 46), no duty"}],
     notes=["counting (leaf tasks; the cover and its 「附件:」 line, naming the rules it forwards, are one plan with the rules, "
            "round 49's x229_04; tasks are the rules' articles): general provisions 第一条 (purpose), 第二十九条 (points to "
            "another body's rules, round 34's 参照), 第三十条 (entry into force) no tasks; 第二条 （一）–（四） 4 and the "
            "sentences after the items, which give other bodies work (提供、协助核查, 配合, 负责, 纳入), one more task (rounds 36, "
            "38: closing paragraphs after an article's items are one task) → 5; 第三条 （一）–（五） 5 and its closing sentence "
            "(配合, 负责) → 6; 第四条 1 (round 54); 第五条 a fund's source (纳入…预算, round 62: no task); 第六条 1; 第七、八、十、"
            "十一、十九条 owners' and applicants' rules, cases and materials (rounds 35, 48, 52: rules for the public and the "
            "applicant), 第十四条 beside them one task by 「优先购买实施单位应当予以优先购买」 (a step after a case); 第九条, "
            "第十二条 and 第十六条 （一）（二） the agency's reviews (round 63: tasks naming no unit) → 1, 1, 2; 第十三条 1; 第十五条 "
            "（一）（二） 2; 第十七条 1 (「区住房保障实施机构应当出具书面证明」: a notice a body issues in a procedure is its work, "
            "round 48); 第十八条 1; 第二十条 1 (巡查 by 组织力量开展, 委托, 上报, 处理); 第二十一、二十二、二十三、二十四、二十五条 5; "
            "第二十六条 (a consequence with no agent, rounds 48, 51) and 第二十八条 (options 「可…；也可…」, round 49 p46b) no "
            "tasks; 第二十七条 1 (RULING? 6) → **30**. Accepted: 29 (第二十七条 as a fund article, no task — RULING? 6), 28 (the sentences after 第二条（四） and 第三条（五） read as "
            "those items' text — RULING? 7), 26 (that, and 第十五、十六条 one task each), 21 (第二条 and 第三条 one task each, round "
            "54's 部门职责 article).",
            "units: articles read by round 44's article rule (any verb of doing names its subject); options (可), reviews "
            "of submissions, payers (支付, 退回…款, 上缴), persons (购房人, 同住人, 工作人员) and the public name none; the defined "
            "roles 回购实施单位 and 优先购买实施单位 add none in the articles that define them and are units where printed acting "
            "later (第十八条)",
            "dates: 2021年12月1日 (the cover; in force), valid to 2026年6月30日, 「2021年10月1日至2021年11月30日参照本实施细则执行」 "
            "(a retroactive time of force); time limits from events (15／10／20个工作日内) no deadlines; no item is dated; no "
            "phases",
            "figures: none sampled as a target; not targets 15个工作日 (第十二条, a time limit from an event), 5年 (第二十四条, a "
            "ban for a breach), 市政府令第26号 (a number); 「未满5年」「满5年」 (owners' classes) and the rate bands of 第十三条 "
            "(scheme terms) are not checked"])

write_collected(DIR)
