# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next240/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 48 (built by helper c240): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the
"Round 49 rulings, written early" and "Round 50 rulings" included) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next240/make_expected.py tests/data/plans-next240
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    SHANGHAI_COMMIT,
    SHANGHAI_REPO,
    STORED_WHOLE,
    S,
    article_in,
    plan,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source
art = partial(article_in, DIR)
LATER_COMMIT = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"


def later_source(path, url, chars):
    """A file read_file serves at the repository's later commit 2bad43a2… (one stored version)."""
    return (f"{SHANGHAI_REPO} @ {LATER_COMMIT} (read_file serves this file at that commit, not at "
            f"{SHANGHAI_COMMIT[:8]}…), docs/规划与土地/{path} (official page {url}) — {STORED_WHOLE} ({chars})")


def flk_source(path, url, chars):
    """A regulation stored from flk.npc.gov.cn: another wrapper (as plans-next207's flk files)."""
    return (f"{SHANGHAI_REPO} @ {SHANGHAI_COMMIT}, docs/规划与土地/{path} (official page {url}) — the stored text (read "
            f"with read_file, {chars} characters); this stored file's wrapper is not YAML: a 「# 」 title line, a six-line "
            "metadata list (公布日期 … 来源) and a 「---」 rule with the blank line after it, all removed; the text starts at "
            "the regulation's own title line")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb (完成, 开展, 建立, "
          "提供, 进行 …) is not a unit outside 第X条 articles; round 45: headed points that read like articles are not "
          "articles — the article reading (round 44) is accepted beside it (`responsible_alternatives`)")
RULEPT = ("round 43 (structure): rule points with no subject are tasks where they give work (应当／不得／要 …); round 47: "
          "a section of the plan's own content is read like any section, its items that give work are tasks even where "
          "they name no body")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
FROMEVENT = ("a limit counted from an event with no comparison word 「…个工作日内」 is the item's deadline rule, not a "
             "target and no deadline (round 33; round 34: 内 after a time counted from an event)")
ARTSUBJ = ("round 44 (decided): in rules written as articles (第X条) a named body standing as the subject of the article's "
           "verb of doing is a doer whatever the verb; verbs of being or having name no doer; round 46: a sending "
           "「提交／报送」 is no doer")
ARTGP = ("round 30: articles of general provision (purpose, scope, definitions, interpretation, entry into force) are no "
         "tasks; samples are not written on them")
PENALTY = "round 32 / round 33: penalties (a fine's scale) are not targets"

# ---------------------------------------------------------------------------------------------------------
X01 = "x240_01_shi-guihuaziyuanju-2020-guotu-kongjian-yongtu-guanzhi-jiaqiang-gengdi-baohu-ruogan-yijian.txt"
P01 = "关于本市实施国土空间用途管制加强耕地保护的若干意见"
N01 = "上海市人民政府办公厅转发市规划资源局《" + P01 + "》的通知"
NOUNIT01 = ("the item names no body (no label, no rule-2 clause); " + RULEPT + ": a task with no unit: " + NONE)
FIELDS = ("round 31 / round 42 continued / round 48: fields joined by 、 before one head and closed by it 「市、区发展改革、"
          "…、住房城乡建设管理等部门」 are one name as printed (等 inside the name kept; the scorer strips only a final 等); one "
          "body per field is accepted")

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the forwarded opinions' own title (the line after the cover's date) or the notice title (printed twice, "
                "lines 1 and 3): either (CONVENTIONS.md 'Two documents under one cover')",
     doc_no="沪府办规〔2020〕19号 (printed under the notice title; the stored front matter has no number)",
     issuer="上海市人民政府办公厅 (cover) forwarding 上海市规划和自然资源局's opinions (signed 2020年12月29日)",
     date="2020-12-31",
     date_note="the cover is dated 2020年12月31日; the opinions 2020年12月29日, in force 2021年2月1日; the stored front matter's "
               "发布日期 2025-09-04 is the bureau site's posting date, not the document's",
     level="city (Shanghai's general office forwarding the planning and natural resources bureau's opinions): land-use "
           "control and farmland protection — baselines and quotas to 2035, zoned entry rules, conversion control, "
           "monitoring, patrols and enforcement",
     source=src("规划与土地", "上海市人民政府办公厅转发市规划资源局《关于本市实施国土空间用途管制加强耕地保护的若干意见》的通知.md",
                "https://ghzyj.sh.gov.cn/zcwj/tdgl/20250904/b8beb5bef38d40188c172baaf3d75943.html", 5877),
     style="the title line twice (the stored heading and the page's own line), the number, addressees, one sentence 「…现转发"
           "给你们，请认真按照执行。」, the issuer and date on lines of their own; the opinions' title; a preamble; five top-level "
           "points 一、–五、 each with （一）… heading lines over one or two paragraphs (no blank lines anywhere in the body); "
           "一、（三）基本原则 with four run-in principles 「１.依法依规，保护优先。」 (the first number a full-width digit) and "
           "四、（二） with three run-in lines 「1.管制权限。」「2.管制标准。」「3.管制类型。」; the entry into force, the "
           "bureau and its date; the repository's 「## 附件（官方直链）」 block with a PDF link kept as stored",
     leaf_tasks=15, count_alternatives=[16, 17, 18, 19, 22],
     leaf_tasks_by_section={"二、（一）–（四）": 4, "三、（一）–（四）": 4, "四、（一）（三）（四）": 3, "五、（一）–（四）": 4},
     childless_top_level_sections=[],
     samples=[
        S(["二", "（一）"], [], [], [(200, "万亩"), (150, "万亩"), (3, "万亩")], dl="到2035年", dln="2035-12",
          note=NOUNIT01 + "; targets: 「到2035年，全市耕地保护空间不低于200万亩」 — 不低于 (round 30's line) → 200万亩; 「集中连片"
               "划实划优150万亩永久基本农田，以及3万亩报自然资源部管理储备地块」 — the amounts the item's own work is to mark out "
               "(round 37: an item's own number to appoint or build; round 44: a count of work done 「改造100户」) → 150万亩, "
               "3万亩; deadline: the item's own 「到2035年」 says when its goal is reached — round 46 (decided): a year inside an "
               "item that says when its own work is done is its deadline, December of that year → 2035-12 (一、（二）'s same "
               "year is the plan goal's date, round 44, not this item's source)"),
        S(["二", "（三）"], [], [],
          note=NOUNIT01 + " (「制定并执行年度建设用地减量化计划」「强化…考核，逐级压实保护责任」「及时调整…标准」「按照要求缴纳耕地"
               "开垦费」 — no subject; 逐级 a manner; the fee payers are applicants, round 30); 「年度」 names a yearly plan, a "
               "rhythm, no deadline (round 34); " + NODATE),
        S(["三", "（一）"], [], [],
          note=NOUNIT01 + " (「不准占用永久基本农田，实施植树造林…一旦发现，要责令整改」「要即时在部管储备地块内落实补划」 — 落实 with "
               "no subject: an instruction, no doer, round 49 p46d); the heading's 「150万亩永久基本农田」 names the stock the "
               "rules bear on (not checked); 「（不含湖泊）」 a scope; " + NODATE),
        S(["四", "（三）"], [], [],
          note=NOUNIT01 + " (「落实“先补后占”」「允许“先备后补”」「要按照自然年完成补划」 — no subject); 「按照自然年」 is a rhythm "
               "(round 34: recurring dates are no deadline); the classes 「“许可管制+监测监管”类」 are names, no figures; "
               + NODATE),
        S(["五", "（一）"], [], ["各区政府", "市、区发展改革、规划资源、农业农村、绿化市容、水务、生态环境、交通、住房城乡建设管理等部门"],
          responsible_alternatives=[["各区政府", "市、区发展改革", "规划资源", "农业农村", "绿化市容", "水务", "生态环境", "交通",
                                     "住房城乡建设管理等部门"]],
          note="heading 「落实耕地保护共同责任」 — 落实＋责任 gives out work (round 37 「压实…责任」; round 44 「层层落实防灾责任」): "
               "every body the text gives work is a unit; 「各区政府对…保护工作负总责」 — 负总责 is a designation (round 35), 各区政府 "
               "a kind; 「政府主要领导为第一责任人」 — persons, never units (round 30); 「…等部门按照职责，负责相应土地用途转换监督监管"
               "工作」 — 负责 (rule 2); " + FIELDS + "; 「领导干部…考核评价」 persons; no 牵头: lead []; " + NODATE),
        S(["五", "（三）"], [], ["各级规划资源部门"], responsible_alternatives=[["各级规划资源部门", "农业农村部门"]],
          note="「各级规划资源部门要依托四级巡查网络，严格落实巡查责任」 — 落实 is in rule 2's list whatever its object (round 49 "
               "p46d), and 各级规划资源部门 is a kind (round 39 「各级各有关部门」 one kind as printed) → a doer; 「农业农村部门要对…"
               "进行巡查、制止及执法」 — 进行 is no rule-2 verb (round 37: 「A对…进行审批」 names no doer; " + CLOSED + "); 「要及时"
               "责令限期整改…依法追究相关主体责任。构成犯罪的，追究刑事责任」 — no subject of its own and a consequence of a breach "
               "(round 49 decided: what the law does to a breaker names no doer); 「四级」 a name (not checked); " + ONE_LEAD
               + "; " + NODATE, lead_alternatives=[["各级规划资源部门"]]),
     ],
     plan_targets=[{"number": 200, "unit": "万亩",
                    "note": "一、（二）总体目标 「确保到2035年，本市永久基本农田保护面积不低于150万亩、耕地保护面积不低于200万亩」 — "
                            "不低于 (round 30): the plan's goals (round 44 decided: a goal stated once in a 目标 section is a "
                            "plan-level target with its own date)"},
                   {"number": 150, "unit": "万亩", "note": "一、（二）, as above (不低于150万亩)"}],
     phases=[], duties=[],
     notes=["counting: the cover (「请认真按照执行」) and the preamble no tasks; 一、明确总体要求 — （一）指导思想 and （二）总体目标 "
            "state the aim and goals (no doer, no work given: round 27; round 44: the goal's date), （三）基本原则 1.–4. are "
            "principles (round 49: 基本原则 items state a stance and give no work — no tasks in any plan; 4. 「各级政府承担耕地保护主体"
            "责任。各行业主管部门按照各自职责，深度协调…」 is read as a principle of roles, round 41, RULING? 1); 二、（一）–（四） 4; 三、"
            "（一）–（四） 4; 四、（一） 1, （二） 0 (1.管制权限 「核心事权在市级规划资源部门」, 2.管制标准, 3.管制类型 「分为三类」 state the "
            "scheme's terms — where a power sits, a standard, classes defined — with no doer and no 要／应: round 46's x204_04, "
            "round 48's x220_01, round 49's 「…分为以下四类」; RULING? 2), （三）（四） 2; 五、（一）–（四） 4 → **15**. Accepted: 16 "
            "(四、（二） one task, or 一、（三）4. a task), 17 (both), 18 (四、（二）'s 1.–3. as tasks), 19 (those and 4., or "
            "一、（三） 1.–4. all), 22 (1.–3. and 1.–4.)",
            "units: only 五、（一） (designation 负总责; 负责; a heading that gives out work) and 五、（三） (落实) name doers; the "
            "other items give work with no subject (" + RULEPT + ")",
            "dates: 2020年12月31日 (the cover), 2020年12月29日 (the bureau), in force 2021年2月1日; 到2035年 (一、（二）: the "
            "goal's date, round 44; 二、（一）: the item's own, 2035-12); 年度, 按照年度, 按照自然年 (rhythms); no phases, no duties",
            "figures: plan targets 150万亩 / 200万亩 (不低于, 一、（二）); targets 200万亩 (不低于), 150万亩 and 3万亩 (the amounts "
            "to mark out) in 二、（一）; not targets 中发〔2017〕4号, 中发〔2019〕18号, 沪委发〔2020〕13号 (document numbers), "
            "（2017—2035年） (a plan's period in a cited title), 第三次全国国土调查, “二调”, 四级 (names)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x240_02_shi-guihuaziyuanju-2025-guifan-linshi-yongdi-guanli-zhidao-yijian.txt"
P02 = "关于规范临时用地管理的指导意见（试行）"
N02 = "上海市人民政府办公厅转发市规划资源局修订的《" + P02 + "》的通知"
QU = "区规划资源部门"
SHI = "市规划资源部门"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the forwarded guidance's own title (the line after the cover's date) or the notice title (line 1): either",
     doc_no="沪府办规〔2025〕16号 (from the stored front matter; the text prints no number)",
     issuer="上海市人民政府办公厅 (cover) forwarding 上海市规划和自然资源局's revised guidance (signed 2025年11月27日)",
     date="2025-12-02",
     date_note="the cover is dated 2025年12月2日 (the front matter's 发布日期 2025-12-03); the guidance 2025年11月27日; in force "
               "2026年1月1日, valid to 2027年12月31日; it revises the 2023 guidance 沪府办规〔2023〕31号 (passed, a near twin)",
     level="city (Shanghai's general office forwarding the planning and natural resources bureau's revised guidance): "
           "temporary land use — scope, terms and limits, application and approval, use and reclamation, oversight",
     source=src("规划与土地", "上海市人民政府办公厅转发市规划资源局修订的《关于规范临时用地管理的指导意见（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=abb905f706c344ff90e3e5a1bae241d2&siteId=0001", 4548),
     style="a cover (addressees, one sentence 「…请认真按照执行。」, issuer, date); the guidance's title; a preamble; five "
           "top-level points 一、–五、 with blank lines between all paragraphs; 一、 a definition and a 「…的范围包括：」 list "
           "1.–4.; 二、–五、 with （一）… items of one to three paragraphs (no heading lines: each item opens with its rule); "
           "full-width digits 「５个工作日」 beside ASCII 「5个工作日」; the entry into force with a 参照 sentence; the bureau "
           "and its date",
     leaf_tasks=16, count_alternatives=[14, 15, 17, 20],
     leaf_tasks_by_section={"二、（一）（二）": 2, "三、（一）–（五）": 5, "四、（一）–（五）": 5, "五、（一）–（四）": 4},
     childless_top_level_sections=["一、严控临时用地使用范围"],
     samples=[
        S(["二", "（二）"], [], [], [(2, "年"), (4, "年")], responsible_alternatives=[[QU]],
          note=RULEPT + " (「…期限应当与…相衔接」); targets: 「一般不超过两年」「期限不超过四年」「继续使用期限一般不超过两年」 — 不超过 "
               "(round 30's line: a ceiling of a standard) → 2年, 4年; 「可以重新办理一次」 an option; 「确需超过两年的，区规划资源部门"
               "应当经区政府同意后报市规划资源部门备案」 — a clause inside a case 「确需…的」 is a contingency, not the item's work "
               "(rule 3): no unit ([区规划资源部门] accepted); 区政府 approves (rule 3); " + NONE + "; 「从批准之日起计算」 a "
               "start from an event: " + NODATE),
        S(["三", "（三）"], [QU], [QU, "区林业部门", "水务部门", "有关部门"],
          note="「…由区规划资源部门一并出具相关批准文件」 — 由A＋a verb of doing (rule 2; round 38 「由A…出具同意意见」); 「临时用地"
               "只涉及使用林地或者水面的，由区林业部门或者水务部门依法办理审批手续；涉及林地、耕地、水面等地类混合的，由区规划资源部门"
               "牵头受理申请并会同有关部门分别审批后，统一出具…」 — the item's work split by its objects gives all of them (round "
               "40), 或者 joins alternative doers named as printed (round 49 「部门或机关」 → two; round 38), 牵头 for one part "
               "makes the lead (round 37), 有关部门 the 会同 partner, a kind (rounds 33, 42); the applicant's own steps "
               "(「申请人应当…提出临时用地申请」「提供…」, 「可以一并申请」) are an applicant's, no unit (round 30); 「最迟不得晚于"
               "主体项目正式开工前一个月」 is a time from an event, no deadline (round 34); " + NODATE),
        S(["三", "（四）"], [], [], responsible_alternatives=[[QU]],
          not_targets=[(20, "个工作日"), (5, "个工作日")],
          note="「区规划资源部门应当自受理之日起20个工作日内完成审批」 — 完成 is no rule-2 verb; 「可在受理申请后开展征询」 an option "
               "(可, round 40); 「被征询部门、单位应当在5个工作日内回复」 — bodies consulted (rule 3) with 回复: " + CLOSED + "; "
               + NONE + "; " + FROMEVENT),
        S(["四", "（二）"], [], [QU], lead_alternatives=[[QU]],
          note="「需论证的由区规划资源部门组织专家论证」 — 由A组织＋work (rule 2; round 34) in a step after a branch of the "
               "item's own review (round 42: 「…的，由A…」 is the article's own work; round 49 p46d: with 由A it is A's); 「区规划"
               "资源部门应当对…进行审查并出具审查意见」 — 进行, 出具 without 由 add no form (" + CLOSED + "); 「临时用地使用人应当…编制"
               "…完成土地复垦」「…应当及时补足」 — the regulated user's own obligations with verbs outside the list; the experts are "
               "persons (round 45); " + ONE_LEAD + "; 「期满前六个月内」 a time from an event (round 34): " + NODATE),
        S(["四", "（五）"], [], [], [(1, "年"), (20, "%")],
          note=RULEPT + " (「所在区域暂停审批新的临时用地并予以整改」 — 所在区域 is a place, no kind of body, like 地区 (round 32, "
               "round 39)); targets: 「超期一年以上未完成土地复垦的总规模达到…总规模20%以上的」 — figures with 以上 in a 「…的」 "
               "condition that triggers the step (round 30's line; round 49: a figure in a condition clause of its own is a "
               "trigger) → 1年, 20%; 「按年度统计」 a rhythm: " + NONE + "; " + NODATE),
        S(["五", "（三）"], [QU], [QU, "区农业农村部门"], lead_alternatives=[[]],
          note="「区规划资源部门应当加强…监督检查，落实责任主体」 — 落实 (rule 2; round 49 p46d) → 区规划资源部门; 「…督促临时用地"
               "使用人开展…」 — the object of 督促 is no unit (round 30); 「…未完成复垦…的，由区规划资源部门责令限期改正…，由区规划"
               "资源部门会同区农业农村部门代为完成复垦…」 — a step after a case inside the item's wider work is the item's own "
               "(round 45 「对未履行…的企业，由相关部门…处罚」; round 42), and 「由A会同B＋verb」 gives lead A (lead [] accepted), "
               "responsible A, B (rule 2); 「期满前三个月内」「一年内」 are times from an event: " + NODATE),
        S(["五", "（四）"], [], [SHI, QU], lead_alternatives=[[SHI]],
          note="「市规划资源部门应当组织抽查…」 — 组织＋work (rule 2; round 34) → 市规划资源部门; 「…向相关区进行通报，由区规划资源"
               "部门依法依规查处」 — 由A＋a verb of doing in a step after a case of the item's own check (round 42; round 49 "
               "p46d) → 区规划资源部门; 相关区 receives the notice (rule 3); 「市规划资源部门应当加强对区规划资源部门的监督，…依法依规"
               "进行查处并严肃问责」 — 加强, 进行 add no form; no 牵头: lead [] (市规划资源部门, the first doer, accepted as the lead, plans-dev 03 一); " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "区规划资源部门在临时用地批准后20个工作日内将批准文件、协议和四至范围、土地利用现状影像资料等上传至自然资源部"
                      "临时用地信息系统备案",
              "when": "", "when_norm": None,
              "note": "五、（一）: a body the guidance tasks sending information to the ministry's system (round 48: 承办银行's "
                      "「负责将…信息报送…征信管理系统」 is an undated duty; x222_02's registering on a website sends information); "
                      "the limit counts from each approval (round 34: a time from an event is no date): undated"}],
     notes=["counting: the cover (「请认真按照执行」) and the preamble no tasks; 一、 defines temporary land and lists the "
            "land its scope includes — a definition and scope point (round 30: general provisions), its 1.–4. a list that "
            "gives no work (round 35) → a childless section, no task; 二、（一）（二） 2, 三、（一）–（五） 5, 四、（一）–（五） 5, 五、"
            "（一）–（四） 4 → **16** (" + RULEPT + "). 四、（四） 「…经原审批机关批准，可以用于其他建设项目，但必须确保土地复垦"
            "义务履行到位」 is read as a task (必须确保, a rule beyond the option; round 49 p46b: an article that only lists "
            "options is none) and 五、（二） 「…系统中无审批信息的，不予认可为临时用地」 as a task (a rule the oversight applies). "
            "The closing paragraph (entry into force, 「储备土地的临时利用按照…规定执行」 — a 参照 sentence, round 34) is the close. "
            "Accepted: 17 (一、 as a task), 20 (一、's 1.–4. as items), 15 / 14 (四、（四） and／or 五、（二） read as no work)",
            "units: four items name doers by rule 2 (三、（三） 由…出具／牵头…会同, 四、（二） 由…组织, 五、（三） 落实／由…会同, 五、"
            "（四） 组织／由…查处); the other items name bodies only with verbs outside rule 2's list (完成, 提供, 进行, 征求) or in "
            "a case 「确需…的」, and the guidance is headed points, not articles (round 45: the article reading accepted); "
            "三、（一） 「主体项目建设单位是临时用地的权利义务主体，…承担…复垦的义务」 (not sampled) reads as a designation of the "
            "applicant-user (RULING? 3)",
            "dates: 2025年12月2日 (the cover), 2025年11月27日 (the bureau), in force 2026年1月1日, valid to 2027年12月31日; "
            "every limit counts from an event (批准之日, 受理之日, 期满, 开工前, 到期前): no deadline anywhere; no phases",
            "figures: targets 2年 / 4年 (不超过, 二、（二）), 1年 (原则上不超过一年, 四、（一）; 超期一年以上, 四、（五）), 20% (以上, 四、"
            "（五））; not targets ５个工作日 / 5个工作日 / 20个工作日 (limits from an event), 一个月 / 三个月 / 六个月 (times before "
            "an event), 一次 (「可以重新办理一次」, an option's count, not checked)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x240_03_shi-zhengfu-2010-tudi-chubei-banfa.txt"
GT = "市规划国土资源局"
CB = "市土地储备中心"


def A(path, lead=(), resp=(), targets=(), **kw):
    return S(path, lead, resp, targets, **kw, **art(X03, path))


plan(X03,
     title="上海市土地储备办法",
     title_note="the rules' own title (printed twice: the stored heading and the page's line)",
     doc_no="上海市人民政府令第25号 (2004), amended by 上海市人民政府令第52号 (2010) — printed in the bracket under the title",
     issuer="上海市人民政府",
     date="2010-12-20",
     date_note="issued 2004年6月9日 (令第25号), amended and re-issued 2010年12月20日 (令第52号); in force 2004年8月1日 "
               "(第二十条); the stored front matter prints no date",
     level="city government rules (政府规章): land reserve — managing bodies, reserve bodies and their division of work, "
           "the reserve plan, procedures for reserved plots, supply, funds, oversight",
     source=later_source("上海市土地储备办法.md",
                         "https://www.shanghai.gov.cn/xxzfgzwj/20210608/2f30724e2b154ebe8259db8ba4445a73.html", 3141),
     style="the title twice, the issue-and-amendment bracket, 20 articles each a label line 「第四条（管理部门）」 standing alone "
           "over one to three paragraphs (blank lines between all paragraphs), 第六条 with items （一）–（六）; no chapters, "
           "no signature",
     leaf_tasks=12, count_alternatives=[13, 14, 15, 17, 20],
     leaf_tasks_by_section={"第四、五条": 2, "第七–十五条": 9, "第十七条": 1},
     childless_top_level_sections=[],
     samples=[
        A(["第四条（管理部门）"], [], ["市土地管理工作领导小组", "市规划和国土资源管理局", "区（县）土地管理部门",
                                  "市和区（县）投资、规划、土地、建设等管理部门"],
          responsible_alternatives=[["市土地管理工作领导小组", GT, "区（县）土地管理部门", "市和区（县）投资、规划、土地、建设等管理部门"],
                                    ["市土地管理工作领导小组", "市规划和国土资源管理局", "区（县）土地管理部门"]],
          note="an article headed 管理部门 gives out work: every body the text gives work is a unit (round 34's 职责分工 "
               "heading list names 管理部门); 「A负责审核批准…，协调解决…」「A负责…组织编制…监督管理」「B负责…日常监督管理」 — "
               "负责 (rule 2); 「…等管理部门按照本办法的规定，履行…审批职责」 — the subject of the article's verb (round 44) under the "
               "work heading; 「市规划和国土资源管理局（以下简称市规划国土资源局）」 — in the article that defines the short name the "
               "body is given by its own name, the 以下简称 bracket dropped (round 35; round 50 x232_04), the short name "
               "accepted; 区（县） keeps its bracket (round 34: a bracket after a name stays with it); the 投资、规划、土地、建设 "
               "fields before one head are one name as printed (round 31; round 42 continued); the 审批 body without 履行 accepted "
               "(round 38: 「A履行…工作」 outside articles); no 牵头: lead []; " + NODATE),
        A(["第五条（储备机构）"], [], [CB, "各区（县）政府"], responsible_alternatives=[[CB]], lead_alternatives=[[CB]],
          note="「市土地储备中心是市政府设立的土地储备机构，…实施土地储备，负责储备地块的前期开发，承办…」 — 实施／负责 (rule 2); "
               "it exists before these rules (「是市政府设立的」 describes it: round 41, a body that exists before the item; round "
               "45's standing committee), so it is no body the article sets up; 「各区（县）政府设立一个土地储备机构，…实施土地储备」 — "
               "the districts' governments are the subject of the article's verb 设立 (round 44 decided: in 第X条 articles any "
               "verb of doing) and a kind (各区, round 32), while the reserve body they set up is no unit (round 35; round 43 "
               "「各村要组织一支…抢险队」: the team set up is none) — RULING? 4 ([市土地储备中心] accepted, reading 设立 as round 35's "
               "setting-up verb that is no rule-2 verb); 「其他的专门机构可以…」 an option (round 40); " + NODATE),
        A(["第七条（储备分工）"], [], [CB, "区（县）土地储备机构", "专门机构"],
          responsible_alternatives=[[CB, "区（县）土地储备机构"]],
          note="a 「X分工」 heading gives out work (round 37); 「…由市土地储备中心负责储备」 — 由A负责 (rule 2); 「…由市土地储备中心和"
               "所在地的区（县）土地储备机构联合储备」 — 由A＋a verb of doing (round 34), A和B two names (round 34), the 的-rule "
               "leaves 区（县）土地储备机构 (round 32); 「经市政府批准的专门机构，在…范围内实施土地储备」 — 实施 (rule 2), the 的-rule "
               "leaves 专门机构 (a kind); the 经A批准 in its description is no unit (rule 3); no 牵头: lead []; " + NODATE),
        A(["第八条（储备计划）"], [GT], [GT, "市发展改革委员会"], lead_alternatives=[[]],
          responsible_alternatives=[[GT, "市发展改革委员会等有关部门"]],
          note="「市规划国土资源局应当会同市发展改革委员会等有关部门，在每年第四季度组织编制下年度的土地储备计划」 — 「A会同B＋verb」: "
               "lead A (lead [] accepted), responsible A, B (rule 2); the short name as printed here (round 38: names given "
               "through 以下简称 read as printed where printed); 「…等有关部门」 — a 等 tail after a whole body name is dropped "
               "(round 35; round 48), the whole as printed accepted; 「经市土地管理工作领导小组审核批准后分解下达」 — the approver "
               "(rule 3); 「每年第四季度」 is a yearly rhythm, no deadline (round 34: recurring dates are no deadline); " + NODATE),
        A(["第十一条（储备地块的基础性建设）"], [], ["投资、规划管理部门"], responsible_alternatives=[[]],
          note="「土地储备机构可以…实施基础性建设」 — 可 makes it an option (round 34 / round 40): no doer by it; 「并经投资、规划、"
               "建设管理部门批准后」 — approvers (rule 3); 「…投资、规划管理部门应当在批准前期开发立项和建设用地规划许可证时，一并审批"
               "储备地块的基础性建设」 — the subject of the article's verb of doing (" + ARTSUBJ + "), fields before one head one "
               "name as printed (round 31); none accepted (审批 read as an approver's step, rule 3); lead []; " + NODATE),
        A(["第十四条（储备信息统计）"], [], [GT], lead_alternatives=[[GT]],
          note="「市规划国土资源局应当建立土地储备信息统计制度」 — the subject of the article's verb of doing (" + ARTSUBJ + "); "
               "「土地储备机构应当每季度将…信息，报送市规划国土资源局」 — a sending, no doer by it (round 46; round 48 x220_02), the "
               "quarterly duty below (round 40: a standing rhythm of reporting to the body that runs the scheme, sent by a body the "
               "rules task, round 48); " + ONE_LEAD + "; 「每季度」 a rhythm: " + NODATE),
        A(["第十五条（储备地块的供应）"], ["市或者区（县）土地管理部门"],
          ["土地储备机构", "市或者区（县）土地管理部门", "投资、规划等管理部门"],
          lead_alternatives=[[]],
          note="「土地储备机构应当按照…要求，做好…前期准备工作」 — the subject of the article's verb of doing (round 44; round 42 "
               "「A应当配合做好…」 makes A a doer); 「储备地块的出让工作，由市或者区（县）土地管理部门会同投资、规划等管理部门和土地储备"
               "机构，…组织实施」 — 「由A会同B＋verb」: lead A (lead [] accepted), responsible A and the partners (rule 2); 「市或者"
               "区（县）土地管理部门」 is one name as printed (levels sharing one head, like 「市、区X部门」, round 30), 「投资、规划等"
               "管理部门」 one name as printed with its inner 等 (round 31 「人事、卫生等部门」); 土地储备机构 printed twice, given "
               "once; " + NODATE),
        A(["第十七条（监督检查）"], [], ["市和区（县）土地管理部门", "财政、审计部门"],
          responsible_alternatives=[["市和区（县）土地管理部门"]],
          note="「市和区（县）土地管理部门应当定期检查…」 and 「财政、审计部门应当对…定期进行核查、审计」 — the subjects of the "
               "article's verbs of doing (" + ARTSUBJ + "; 进行＋work inside an article, round 43 「由…进行备案」), 「财政、审计"
               "部门」 fields before one head, one name (round 31); 「审计结果应当报送市土地管理工作领导小组」 — a report sent to "
               "another body: an undated duty (rounds 35, 46; 定期 names no rhythm); no 牵头: lead []; [市和区（县）土地管理部门] "
               "accepted (进行 read by round 37's closed list); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "土地储备机构每季度将储备土地的面积、数量、坐落、收购补偿价格、基础性建设情况、临时利用情况等相关信息报送市规划国土资源局",
              "when": "每季度", "when_norm": "quarterly",
              "note": "第十四条: a standing rhythm of reporting by a body the rules task (round 40; round 48's agent's yearly report "
                      "is a yearly duty; round 41's filings are a regulated party's statutory reports on itself)"},
             {"what": "财政、审计部门对土地储备的成本开支和土地储备机构的财务状况定期进行核查、审计，审计结果报送市土地管理工作领导小组",
              "when": "", "when_norm": None,
              "note": "第十七条: a report sent to another body of the rules (rounds 35, 46): a duty; 「定期」 names no rhythm "
                      "the scorer reads (round 34's rhythm words), so undated"}],
     notes=["counting (" + ARTGP + "): 第一–三条 (purpose, scope, definition) and 第十九、二十条 (interpretation, entry into "
            "force) general provisions; 第六条（储备范围） — 「下列土地应当纳入土地储备范围：（一）…（六）」 — read as a scope article "
            "listing the land (round 30's scope; its （一）–（六） a list of objects, round 35), no task; 第十六条（资金管理） — "
            "「由受让人支付给…」 names payers (round 48 decided: 支付 a cost verb) and 「…管理办法，由市财政局会同市规划国土资源局另行"
            "规定」 is round 39's 「实施细则由A另行制定」 in an article with no other work (round 50, x232_01 第十三条): no task; "
            "第十八条（违法行为的处理） — staff liability 「…构成犯罪的，依法追究刑事责任；…依法给予行政处分」 with no agent — what the "
            "law does to a breaker (round 48: liability states a consequence; round 49 decided, x39_03), no task (RULING? 5: "
            "round 51's open q47b on officials' liability articles); tasks: 第四、五、七–十五、十七条 → **12**. Accepted: 13, 14, "
            "15 (第六、十六、十八条 one, two or all three counted), 17 (every article but the five general provisions), 20 (every "
            "article)",
            "units not sampled: 第九条 (「土地储备机构应当…确定地块实施储备」 实施 → 土地储备机构; 「可以向…办理／申领」 an applicant's "
            "options; 「由土地管理部门…办理…手续后，发给…」 由A → 土地管理部门), 第十条 (「土地储备机构…应当…与该单位进行协商，确定补偿价格，"
            "签订收购储备协议」 — a co-signatory in an article, round 48, with 该单位 pointing back to 企事业单位), 第十二条 (「…应当由"
            "市规划国土资源局收回」 由A; 「可以向…申请土地登记」 an applicant's option), 第十三条 (「经规划管理部门批准，土地储备机构可以…"
            "临时利用」 an option; 「市和区（县）土地储备机构不得兼营…」 a prohibition)",
            "dates: 2004年6月9日, 2010年12月20日 (the orders), 2004年8月1日 (entry into force); 每年第四季度, 每季度, 定期 "
            "(rhythms); no deadline, no phases",
            "figures: none a target; 令第25号 / 令第52号, 148件 (a count in a cited decision's title), 第六条第（一）、（二）、（六）项 "
            "(references) are not targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x240_04_shi-renda-2015-diming-guanli-tiaoli.txt"
DMB = "上海市地名管理办公室"
QDMB = "区、县地名管理办公室"
SZ = "市市政工程主管部门"
GA = "市公安部门"


def B(path, lead=(), resp=(), targets=(), **kw):
    return S(path, lead, resp, targets, **kw, **art(X04, path))


plan(X04,
     title="上海市地名管理条例",
     title_note="the regulation's own title line (the stored 「# 」 heading removed with the wrapper)",
     doc_no="none printed (a local regulation: adopted 1998-09-22, amended 2010, 2011 and 2015)",
     issuer="上海市人民代表大会常务委员会",
     date="2015-07-23",
     date_note="adopted 1998年9月22日, third amendment 2015年7月23日 (the bracket under the title); in force 1999年1月1日 "
               "(第四十三条); the stored metadata list leaves 公布日期 and 施行日期 empty",
     level="city regulation (地方性法规) of the Shanghai People's Congress Standing Committee: place names — the bodies that "
           "manage them, naming and approval procedures, use, signs, legal liability",
     source=flk_source("上海市地名管理条例.md", "https://flk.npc.gov.cn/detail?id=4028abcc61277793016128534c6c12ea", 6418),
     style="a regulation with an amendment bracket, a 目录 (「目    录」 and 「第一章  总则」 with runs of spaces), six chapters "
           "「第一章  总则」 and 43 articles whose label and text share one line 「第一条  为加强…」 (two spaces after the label; "
           "typed as ASCII spaces from the tool's answer), further paragraphs of an article on lines of their own, items "
           "（一）… in 第三、七、二十、二十九、三十一、三十二、三十三、三十七、三十八、四十二条; blank lines only around chapter headings",
     leaf_tasks=39, count_alternatives=[29, 31, 32, 34, 36, 37, 38, 40, 41, 42],
     leaf_tasks_by_section={"第四、五条": 2, "第七–九条": 3, "第十–二十一条": 12, "第二十四、二十六条": 2,
                            "第二十九条 （一）–（三）": 3, "第三十、三十一条": 2, "第三十二条 （一）–（四）": 4,
                            "第三十三–三十六条": 4, "第三十八条 （一）–（六）": 6, "第三十九条": 1},
     childless_top_level_sections=[],
     samples=[
        B(["第四条"], [], ["上海市地名委员会", "区、县地名委员会", DMB, QDMB],
          responsible_alternatives=[["上海市地名委员会", "区、县地名委员会", "市地名办", "区、县地名办"]],
          note="「上海市地名委员会和区、县地名委员会…审议决定地名工作的重大事项，协调…」 — the subjects of the article's verbs of doing "
               "(" + ARTSUBJ + "), 「A和B」 two names (round 34), 「区、县地名委员会」 levels before one head, one name (round 30 "
               "「市、区X部门」); 「在同级人民政府领导下」 a circumstance (rule 3); 「上海市地名管理办公室（以下简称市地名办）和区、县地名"
               "管理办公室（以下简称区、县地名办）…负责…，并…实施行政处罚」 — 负责／实施 (rule 2), given by their own names in the "
               "article that defines the short names, the 以下简称 brackets dropped (round 35; round 50 x232_04), the short names "
               "accepted; 「区、县地名办业务上受市地名办领导」 — being led, no work; no 牵头: lead []; " + NODATE),
        B(["第五条"], [], [GA, "区、县公安部门", "有关行政部门", "乡、镇人民政府", "街道办事处"],
          responsible_alternatives=[[GA, "区、县公安部门", "有关行政部门"], [GA, "区、县公安部门", "本市有关行政部门", "乡、镇人民政府",
                                                                     "街道办事处"]],
          note="「市公安部门负责…」「区、县公安部门…具体负责…」 — 负责／具体负责 (rule 2); 「业务上受市地名办指导」「在市公安部门的领导下」 "
               "— guidance and being led (rule 3), no unit by them; 「本市有关行政部门按照各自职责做好地名工作」 — 本市 before a name is "
               "dropped (round 41), 有关行政部门 a kind (部门, round 33), the subject of the article's verb 做好 (round 44); 「乡、"
               "镇人民政府和街道办事处协助…监督检查…」 — the subjects of the article's verb of doing (round 44) and two names by 和 "
               "(round 34); the bodies they assist are the object of 协助, no units (round 46, x205_04); lead []; " + NODATE),
        B(["第十三条"], [], [],
          note="「…居住区名称由建设单位报市地名办审批…，其他居住区名称由建设单位报区、县地名办审批」 and 「…名称，由街道办事处或者乡、镇"
               "人民政府报区、县地名办审批」 — a body sending its own proposal for a decision takes a step of approval (round 46: no "
               "doer, no duty; round 48: a sending under 由 names no doer; round 30: 「由建设单位申报」 is an applicant), and the "
               "bodies that approve are rule 3's receivers (「报A审批」); 「市规划行政主管部门实施规划管理的居住区」 — a body inside a "
               "description of the objects (round 30); " + NONE + "; " + NODATE),
        B(["第二十四条"], [], [],
          responsible_alternatives=[["地名审批部门", "市和区、县公安部门"], ["本市地名审批部门", "市和区、县公安部门"]],
          not_targets=[(30, "日"), (60, "日"), (15, "日")],
          note="Round 94 (turned; Units: Round 85's x317_03 第九条（一） and x321_02 — a decision on a party's application or "
               "submission and its steps name none, in articles too, 由 before the approver changing nothing — with Round 88's "
               "x325_02 第四条 (only a review placed by 负责, 实施 or 组织＋verb names its body) and Round 91's x339_04 第十二条 "
               "(「当场作出行政审批决定」, a subject, none), over this note's article subjects; p66f): responsible [地名审批部门, "
               "市和区、县公安部门] → none (the old lists stay accepted) — 「A应当自受理地名申报／门弄号申请之日起三十日内作出审批决定」 "
               "decides the applicant's cause, whether A stands as its subject or as the agent of 由; the sending 「…抄送市地名办备案」 "
               "stays the plan's undated duty; the earlier reading: 「本市地名审批部门应当自受理地名申报之日起三十日内作出审批决定」「市和区、县公安部门应当…三十日内作出审批决定」 — the "
               "subjects of the article's verb of doing (" + ARTSUBJ + "); 本市 dropped (round 41; round 50: 本区 before a name); "
               "「…应当自审批之日起十五日内将审批的地名文件抄送市地名办备案」 — a sending of the body's own results to another: the "
               "undated duty below (round 48 governs: a plan body sending its results 「报送…备案」 is a duty); 「逾期不作出决定的"
               "视为同意」 a rule; 三十日 / 六十日 / 十五日 are limits from an event (" + FROMEVENT + "); lead []"),
        B(["第二十九条", "（二）"], [], ["房屋行政管理部门"], lead_alternatives=[["房屋行政管理部门"]],
          note="「涉及建筑物、构筑物名称的，下列行政管理部门审批有关证件时，应当查验地名批准文件；…不予办理…：（一）…（二）房屋行政"
               "管理部门审批商品房预售许可证；（三）…」 — items numbered inside an article are its items (round 37), each naming the "
               "body and the approval at which it must check (the article's work split by its objects, round 40): read as "
               "three tasks (RULING? 6; the count with 第二十九条 as one task accepted), each body the subject of the article's "
               "verbs 审批／查验 (" + ARTSUBJ + "); " + ONE_LEAD + "; " + NODATE),
        B(["第三十二条", "（三）"], [], ["乡、镇人民政府"], lead_alternatives=[["乡、镇人民政府"]],
          note="「地名标志的设置人按照下列规定确定：…（三）集镇名称标志的设置人，为乡、镇人民政府」 — a designation of the body that "
               "answers for the work (round 32 「明确A为责任主体」; round 34 「X的责任主体为A」), its items the designations (items "
               "inside an article, round 37; the count with 第三十二条 as one task accepted); levels before one head one name "
               "(round 30); " + ONE_LEAD + "; " + NODATE),
        B(["第三十五条"], [SZ, GA], ["设置人", SZ, "市地名办", GA],
          lead_alternatives=[[]],
          responsible_alternatives=[[SZ, "市地名办", GA], ["地名标志的设置人", SZ, "市地名办", GA]],
          note="「地名标志的设置人应当使用统一样式的路名标志和门弄号牌」 — the role the regulation defines for a body (round 33 "
               "「项目管理人」; round 47: a role the document defines is a unit where it acts), the subject of the article's verb of "
               "doing (round 44), the 的-rule giving 设置人 (round 32; the whole phrase and none accepted: setters may be owners, "
               "round 46's 业主); 「…样式，由市市政工程主管部门会同市地名办确定」 and 「…样式，由市公安部门会同市地名办确定」 — two "
               "「由A会同B＋verb」 clauses, each by its form (round 44): leads A of each part (round 36: two bodies that lead "
               "different parts are both the lead; lead [] accepted, round 30), 市地名办 as printed here (round 38: the short "
               "name where it is printed), given once; 「按照国家规定的样式制作」 no body; " + NODATE),
        B(["第三十八条", "（二）"], [], ["市或者区、县公安部门"], lead_alternatives=[["市或者区、县公安部门"]],
          not_targets=[(300, "元"), (3000, "元")],
          note="「擅自确定、更改门弄号的，由市或者区、县公安部门责令限期改正；逾期未改正的，处以三百元以上三千元以下的罚款」 — an item "
               "whose work is the response to its case: the agent of 由 is a doer (round 30; round 34: 「对…的，由A处罚」); 「市或者区、"
               "县公安部门」 one name as printed (levels sharing one head, round 30); the items （一）–（六） of 第三十八条 are its "
               "items (round 37; RULING? 7 — round 51's open q47b on items that each carry their own penalty; the count with "
               "第三十八条 as one task accepted); 300元 / 3000元 are a fine's scale — " + PENALTY + "; 「限期」 with no time: "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "本市的地名审批部门自审批之日起十五日内将审批的地名文件抄送市地名办备案",
              "when": "", "when_norm": None,
              "note": "第二十四条: a body the regulation tasks sending its own results to another body for the record (round 48 "
                      "governs over round 42: 「将认定结果报送…备案」 is an undated duty; round 44); the limit counts from each "
                      "approval: undated"}],
     notes=["counting (" + ARTGP + "): 第一–三条 (purpose, scope, definitions with （一）–（八）) and 第四十二、四十三条 "
            "(definitions, entry into force) general provisions; 第六条 a principle 「地名管理应当…保持…稳定，实现…标准化」 (round 49: "
            "principles give no work; round 33); 第二十二、二十三条 an applicant's rules (round 35; round 48 borrowers' articles), "
            "第二十七、二十八条 rules for the public on writing and using names with no body (rounds 36, 37), 第三十七条 prohibitions "
            "to 「任何单位和个人」 (round 36), 第二十五条 a transitional deeming 「…视为依照本条例批准的地名」 (general provision), 第四十条 "
            "officials' discipline and criminal liability (round 48: liability states a consequence; round 49 decided, x39_03), "
            "第四十一条 parties' rights and options 「可以申请复议」「可以申请人民法院强制执行」 (round 48: 有权 a right; round 40: 可 an "
            "option) — no tasks; tasks: 第四、五条 2; 第七、八、九条 3 (naming and numbering rules the approving bodies apply, round 43 "
            "rule points with no subject; RULING? 8); 第十–二十一条 12 (naming, renaming and cancelling procedures: each gives the "
            "approving bodies work); 第二十四、二十六条 2; 第二十九条 （一）–（三） 3; 第三十、三十一条 2; 第三十二条 （一）–（四） 4; "
            "第三十三–三十六条 4; 第三十八条 （一）–（六） 6; 第三十九条 1 → **39**. Accepted: 37 (第二十九条 one task), 36 (第三十二条 "
            "one), 34 (第三十八条 one; or 第二十九、三十二条 both one), 32, 31, 29 (those folds together), 38 / 40 / 41 / 42 (one to "
            "three of 第六、七、八、九、二十二、二十三、二十七、二十八、三十七、四十条 read the other way)",
            "units not sampled: 第十–二十一条's procedures mix applicants 「由A…向B申报」「由A报B审批」 (round 46: a step of approval, "
            "no doer) with approvers as the subjects of 审核／审批 (round 44's article rule) and bodies that pass others' papers on "
            "after their own step 「…审核后报…审批」 (round 46: a duty, not sampled as duties: more than twenty such sendings); "
            "第二十条 (「市或者区、县地名办应当发出地名更名通知书」; 「有关单位或者个人」 a general call), 第二十六条 (「市或者区、县地名办应当…"
            "三个月内…公布，费用由申报人承担」 — a payer), 第三十条, 第三十四、三十六条 (设置人), 第三十九条 (「由上级主管部门责令纠正」)",
            "dates: 1998年9月22日, 2010年9月17日, 2011年12月22日, 2015年7月23日 (adoption and amendments), 1999年1月1日 (entry "
            "into force); every limit counts from an event (受理, 审批, 收到通知书, 批准或者注销, 交付使用前): no deadline anywhere; "
            "no phases",
            "figures: targets none; not targets 三十日 / 六十日 / 十五日 / 三个月 (limits from an event), 三千元 … 三万元, 三百元 … "
            "三千元, 五十元, 五百元 (fines, round 32), 第十一届 / 第五次 … (names), 12件 (a count in a cited decision's title)"])

write_collected(DIR)
