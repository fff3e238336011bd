# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next167/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 40 (built by helper c167): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or
``at_in`` for a run-in 「六是」 paragraph); every answer was written here by reading the texts, under ../CONVENTIONS.md as
on main at 497cc1ab (rounds 25–39 and the round-40 rulings written early). Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next167/make_expected.py tests/data/plans-next167
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, at_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ONE = "a single doer: lead = [] (no lead named), the unit as lead is accepted (plans-dev 03 一)"
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30/37/38: rule 2's forms are a closed list — the plain subject of another verb (加强, 开展 "
          "without 组织, 建立, 责令, 反馈 …) is not a unit")
SUBJ = ("CONVENTIONS.md units rule 2, the subject of 负责／落实 or of 组织＋work (round 34), or the agent of 由＋a verb of "
        "doing (round 34)")
HUIT = "CONVENTIONS.md units rule 2, 「（由）A会同B＋verb」: lead A (lead [] accepted), responsible A, B"
WORK_HEAD = ("CONVENTIONS.md round 38 and round 40: a heading that names a party's 主体责任 (「强化企业主体责任」「全面履行…主体"
             "责任」; here 「依法全面落实承发包人主体责任」) gives out work — every body the text gives work, by any verb of doing, "
             "is a unit, in printed order; the objects of 督促／组织 given work are units under it (rounds 37/38); a receiver "
             "(「报A」「向A报备」「提请A处理」), an approver (「须经A同意」) or a body named only as a circumstance is not (round 30/36)")
UNIT_HEAD = ("CONVENTIONS.md units rule 1 and round 38: a heading that names a party 「第五条 建设单位责任」 is a unit heading for "
             "the text under it; the label decides and the sentences add nothing (plans-dev 06 三/（一）)")
NOUNITS = ("CONVENTIONS.md 「What is a task」: the plan names no unit anywhere (the cover's 市水务局、市发展改革委 are the "
           "authors; 「各区党政领导班子年度绩效考核」, 「明确市属建设单位和项目所在区政府职责分工」 name bodies only as objects), so "
           "lead = [], responsible = []")
DUTYNOTE = ("CONVENTIONS.md round 35: a plan unit's sending to another body of the plan is a duty (round 40: a standing "
            "rhythm of reporting is a duty, whoever sends it)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x167_01_shanghai-2021-qushui-zaixian-jiance-he-guanli-tongzhi.txt"
T01 = "上海市水务局关于进一步加强本市取水在线监测和管理工作的通知"
QU = ["各区水务局", "临港新片区管理委员会"]

plan(X01,
     title=T01,
     title_note="the notice's one title (printed twice: the stored title line and the text's own)",
     doc_no="沪水务〔2021〕363号 (printed under the title)",
     issuer="上海市水务局",
     date="2021-05-13",
     level="city bureau (the water authority), to 上海市供水管理事务中心、各区水务局",
     source=shanghai_source("市政与基础设施", T01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=e4b9b6a80faa47c78ad38793df44face&siteId=0004", 1316),
     style="a short notice: title twice, number, addressees, a preamble, 一、总体目标 (a childless paragraph), 二、管理要求 "
           "（一）（二） (one paragraph each), 三、考核要求 (a childless paragraph), 「特此通知。」, signature and date",
     leaf_tasks=3, count_alternatives=[2, 4],
     leaf_tasks_by_section={"二/（一）（二）": 2, "三、考核要求": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["二", "（一）"], [], ["市供水管理事务中心"], lead_alternatives=[["市供水管理事务中心"]],
          note="「市供水管理事务中心负责指导各区加快推进…，…督促市管取水户按时填报…，负责全市用水统计直报系统名录库的维护和管理」 — "
               + SUBJ + " (负责, 负责指导 is 负责, round 30); 各区 and 市管取水户 are objects of 指导／督促 (pivot objects, round 30: "
               "no units); " + ONE + "; " + NODATE),
        S(["二", "（二）"], [], QU,
          note="「各区水务局和临港新片区管理委员会负责…安装和日常维护工作，要落实保障经费，按要求组织开展…在线监测工作…，督促区管取水户"
               "…，并将…年度取水计划、取水月报上报市供水管理事务中心」 — " + SUBJ + "; 「A和B」 two names (round 34: each side a whole "
               "body name); 市供水管理事务中心 here only receives (rule 3); 区管取水户 the object of 督促; two doers, no lead; " + NODATE),
        S(["三"], [], [],
          note="「三、考核要求」 a childless top-level point: 「市供水管理事务中心应对各区取水在线监测工作加强考核，将…汇总情况，同步反馈至"
               "各区水务局和临港新片区管理委员会，数据质量的完好率、准确率将纳入各区政府…考核」 — 加强, 反馈 — " + CLOSED + "; 考核要求 is "
               "no heading that gives out work (not in the lists of rounds 35/37/38/40); " + NONE + "; round 40: an item naming no "
               "unit in a plan with units elsewhere is a task where it gives work (a count without it accepted); 每周, 每月 rhythms "
               "— " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区水务局和临港新片区管理委员会将区管取水户的年度取水计划、取水月报上报市供水管理事务中心", "when": "年度取水计划、取水月报",
              "when_norm": "yearly and monthly",
              "note": "aligned round 41: a report named by its rhythm 「取水月报」 is a duty with that rhythm, a yearly plan sent "
                      "once a year a yearly duty (CONVENTIONS.md \"Round 41 rulings, continued\"); the first named, yearly, is "
                      "the one checked; 二/（二）: " + DUTYNOTE + "; the builder's reading was: RULING?: no rhythm word is written (the reports' names 年度取水计划, 取水月报 say "
                      "what they are, not when they are sent), read as undated (round 36: undated when no date is written)"},
             {"what": "市供水管理事务中心将取水在线监测数据每周、每月的汇总情况同步反馈至各区水务局和临港新片区管理委员会",
              "when": "每周、每月", "when_norm": "weekly and monthly",
              "note": "三: " + DUTYNOTE + " (the centre's sending of the weekly and monthly summaries to the district bureaus; "
                      "the first rhythm named, weekly, is the one checked)"}],
     notes=["counting: 一、总体目标 a childless goal paragraph — a section (round 34 early / round 36: a childless 工作目标 point "
            "is a section unless it names a doer; 「现有“规模以上取水单位”，应于2022年11月30日前接入…」 gives the regulated "
            "intakes a date but names no doer in a ruled form); 二/（一）（二） (rule-2 doers); 三、考核要求 a childless point that "
            "gives work (round 40, a count without it accepted) → **3**; 2 (三 left out), 4 (一 a task) accepted",
            "dates: none given to a task — 2022年11月30日 (一's date for the regulated intakes, in a goal section), 2021年5月13日 "
            "the signature; 每周, 每月 rhythms; 「核发取水许可证前」 a time from an event",
            "targets: 「年取水许可量在10万立方米（含）以上的取水单位」 — a class the rule covers (round 34, like 「10万平方米以上的项目」): "
            "not a target (in 一, no task); 办资管〔2021〕57号 a document number; no plan targets, no phases",
            "said plainly: a small notice (891 characters of text, 3 tasks); plans-next114 passed it over for its size"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x167_02_shanghai-2021-chengfabaoren-zhuti-zeren-biaohou-lvyue-guanli-tongzhi.txt"
T02 = "上海市水务局关于落实承发包人主体责任强化标后履约管理的通知"

plan(X02,
     title=T02,
     title_note="the notice's one title (printed twice)",
     doc_no="沪水务〔2021〕126号 (printed under the title)",
     issuer="上海市水务局",
     date="2021-03-01",
     level="city bureau (the water authority), to 各有关单位",
     source=shanghai_source("市政与基础设施", T02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=1f0f47b5fb71456783535302b2b26bd1&siteId=0004", 4480),
     style="a notice of headed points: 一、 (a childless paragraph of background and aims), 二、依法全面落实承发包人主体责任 with "
           "（一） (a headed sub-point over one paragraph) and （二） 1.–3. (1. 「项目法人职责」 and 2. 「监理单位的职责」 party headings "
           "over one paragraph each; 3. a heading over seven run-in paragraphs 「一是…」–「七是…」), 三、强化标后履约政府监管组织保障 "
           "（一）–（四） headed sub-points over one paragraph each, 「特此通知。」, signature and date; an ASCII 「,」 in 一是; no "
           "calendar date given to any item",
     leaf_tasks=14, count_alternatives=[8, 12, 15],
     leaf_tasks_by_section={"二/（一）": 1, "二/（二）1.、2.": 2, "二/（二）3. 一是–七是": 7, "三/（一）–（四）": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、高度重视水务工程建设项目标后履约管理工作"],
     samples=[
        S(["二", "（一）"], [], ["水务工程建设项目法人"], lead_alternatives=[["水务工程建设项目法人"]],
          note="under 「二、依法全面落实承发包人主体责任」 — " + WORK_HEAD + ": 「水务工程建设项目法人应建立完善…内控和自查制度，加强…」 "
               "(a regulated party by a kind is a doer, round 34); the name as printed (round 38: no alias rewritten; 「规范项目法人"
               "招标集体决策机制」 later in the text names it inside a noun); 纪委监委 and 招投标监管部门 only receive 「书面报…」「向…报备」; "
               "承包单位 the object of 选择; 「鼓励采用工程总承包方式」 names no doer (round 40); " + ONE + "; " + NODATE),
        S(["二", "（二）", "1"], [], ["项目法人"], lead_alternatives=[["项目法人"]],
          note="「1.项目法人职责」 — " + UNIT_HEAD + " (a heading 「X职责」 naming a party, like 「建设单位责任」): 项目法人; "
               "「提请项目主管部门和招投标监管部门等依法处理」 adds nothing (and names receivers); " + ONE + "; " + NODATE),
        S(["二", "（二）", "2"], [], ["监理单位"], lead_alternatives=[["监理单位"]],
          note="「2.监理单位的职责」 — " + UNIT_HEAD + ": 监理单位 (the 的-phrase 「监理单位的职责」 names the party); the text's "
               "「代表项目法人…实施监督」「要求施工单位改正」「报告项目法人要求设计单位改正」 add nothing (rule 1); " + ONE + "; " + NODATE),
        S(["二", "（二）", "3", "六"], [], ["水务工程建设项目各参建单位"], lead_alternatives=[["水务工程建设项目各参建单位"]],
          **at(X02, "六是"),
          note="「六是严格安全生产管理。水务工程建设项目各参建单位应建立健全安全生产责任体系，…严格落实项目用工管理制度…」 — run-in "
               "「一是…七是…」 paragraphs that are 3.'s only structure are its items (round 36; round 37: inside one paragraph they "
               "would be text); under the work heading of 二 — " + WORK_HEAD + "; and 落实 with it as subject (rule 2); the name "
               "as printed, one kind with 各 inside (round 39: 「各级各有关部门」 one kind as printed); the path's last number 「六」 is "
               "the run-in ordinal (found by its first words where the parser numbers it otherwise); " + ONE + "; " + NODATE),
        S(["三", "（二）"], ["市水务局"], ["市水务局", "市住房城乡建设管理委", "各区水行政主管部门"], lead_alternatives=[[]],
          note="「市水务局会同市住房城乡建设管理委，制定出台《上海市水利工程施工招标评标办法》等文件，…。各区水行政主管部门应组织并督促"
               "水务工程全面应用招标评标办法，协同推进电子招投标实施」 — " + HUIT + "; RULING?: 「组织并督促水务工程全面应用…」 read as "
               "「A组织B＋verb」 (round 30: A the doer, the object no unit), 组织 sharing its object and work with 督促; 「协同推进」 "
               "with no partner names no doer (round 39); several clauses: all their bodies in printed order; " + NODATE),
        S(["三", "（三）"], [], [],
          note="「各级水行政主管部门应通过暗访、稽察等形式…开展…监督检查，…要及时责令改正，…要予以通报，…要及时移交招投标管理部门予以"
               "查处」 — 开展 without 组织, 责令, 通报, 移交 — " + CLOSED + "; 招投标管理部门 receives the cases (移交B处理 gives B only "
               "under a work heading, round 36; 三's heading 「…政府监管组织保障」 gives out nothing — no duty word); " + NONE
               + "; round 40: a task where it gives work (a count without it accepted); " + NODATE),
        S(["三", "（四）"], [], ["各级水行政主管部门"], lead_alternatives=[["各级水行政主管部门"]],
          note="「各级水行政主管部门要按照…要求，加大对违法违规行为的信用惩戒力度，及时上报相关不良行为信息，落实联合惩戒措施」 — 落实 "
               "with the kind as subject (" + SUBJ + "; a kind named with 各级, round 39: 「各级各有关部门」 one kind as printed); "
               "「及时上报」 names no receiver and no rhythm (no duty); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 a childless paragraph of background 「近年来…」 and aims 「必须切实采取有效措施，加大…」 with no doer — a "
            "statement (round 33: no task where tasks name units; a count with it accepted); 二/（一） a childless sub-point; "
            "二/（二）1., 2. party headings over one paragraph; 3. 「标后履约管理的重点事项」 over 「一是…」–「七是…」 paragraphs — seven "
            "items (round 36); 三/（一）–（四） childless sub-points, （一）（三） naming no unit (round 40: tasks where they give "
            "work) → **14**; 8 (3. one task), 12 (三/（一）（三） left out), 15 (一 a task) accepted",
            "units: 二 by its heading (round 38/40 主体责任 heading; RULING?: 「依法全面落实承发包人主体责任」 names the parties' "
            "主体责任 only through 承发包人, the contracting parties, not a named body — read as round 40's 「全面履行…主体责任」); "
            "二/（二）1., 2. party headings (rule 1, round 38); 3.'s items under 二's heading: 二是 项目法人 and 监理单位 (督促监理单位"
            "…进行重点监控: the object of 督促 given work, round 38), 三是 中标人, 项目法人, 四是 项目法人 and the objects of 组织 "
            "(勘察设计单位, 施工单位, 监理单位; 有关专家 persons), 五是 项目法人 and 中标单位 (督促), 七是 项目法人, 建设单位 — not "
            "sampled (long lists, one reading each); 一是 names no body (「要严格合同的签订」 no subject); 三/（一） 「各级水行政主管部门"
            "以及项目法人应树立…，建立和完善…」 — 建立 — no unit, not sampled",
            "dates: none — 2021年3月1日 the signature; 「合同签订后」「中标人中标后」 times from events; 定期或随机 no rhythm of a duty",
            "targets: none (no figure in the text but document names); no plan targets, phases or duties (「及时上报」「向项目主管部门"
            "报告」「按程序上报…」 are a party's reports of cases with no rhythm: round 32/37, a regulated party's filing is no duty)",
            "said plainly: plans-next114 opened this notice and passed it over (「standing rules for project owners…, few units in "
            "a ruled form」); under the round-38/40 rulings on 主体责任 headings and party headings most of its items name units"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x167_03_shanghai-2018-hehu-qingsiluan-wenti-rending-ji-qingli-zhengzhi-biaozhun-tongzhi.txt"
T03 = "上海市水务局关于明确上海市河湖“清四乱”专项行动问题认定及清理整治标准的通知"

plan(X03,
     title=T03,
     title_note="the notice's one title (printed twice)",
     doc_no="沪水务〔2018〕1289号 (printed under the title)",
     issuer="上海市水务局",
     date="2018-12-02",
     level="city bureau (the water authority), to 各区河长制办公室",
     source=shanghai_source("市政与基础设施", T03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=01c98a696d1c43399e42523beeb3c76f&siteId=0004", 2834),
     style="a notice: title twice, number, addressee, a preamble, 一、认定标准 （一）–（四） (one paragraph each, lists of kinds of "
           "problem), 二、清理整治标准 （一） 1.–4., （二） 1.–4., （三） 1.–3., （四） 1.–2., 三、下阶段工作要求 （一）–（三） run-in "
           "headed paragraphs 「（一）进一步落实…责任。…」, signature and date (no 「特此通知」)",
     leaf_tasks=16, count_alternatives=[3, 5, 20],
     leaf_tasks_by_section={"二/（一）1.–4.": 4, "二/（二）1.–4.": 4, "二/（三）1.–3.": 3, "二/（四）1.–2.": 2, "三/（一）–（三）": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二", "（一）", "2"], [], [],
          note="「对于非法围垦河道，限期拆除违法占用河道及其滩地建设的围堤…，恢复河道原状，或者采取其他补救措施」 — work with no subject: "
               + NONE + "; round 40: an item naming no unit in a plan with units elsewhere is a task where it gives work (a count "
               "without 二 accepted); 「限期」 names no date — " + NODATE),
        S(["二", "（二）", "4"], [], ["崇明、宝山、浦东等沿江各区"], lead_alternatives=[["崇明、宝山、浦东等沿江各区"]],
          note="「…崇明、宝山、浦东等沿江各区应加强对外籍涉砂船只…的监管，定期组织整治驱离，配合非法采砂专项打击」 — 组织＋work (组织整治"
               "驱离, round 34) makes the subject a doer; RULING?: 「崇明、宝山、浦东等沿江各区」 — districts named without a head, "
               "sharing the head 沿江各区 — read as one name as printed (round 31: 「人事、卫生等部门」 fields sharing one head, 等 "
               "kept), not round 35's separate heads 「A、B、C等部门」 (崇明, 宝山, 浦东 are no body names by themselves); 司法机关 "
               "receives 「移交司法机关」; " + ONE + "; 定期 a rhythm — " + NODATE),
        S(["二", "（三）", "1"], [], [],
          note="「建立河道管理范围内的垃圾和固体废物堆放…点位清单」 — 建立 with no subject: " + NONE + "; a task (round 40, as "
               "二/（一）2.); " + NODATE),
        S(["二", "（四）", "2"], [], ["各区", "地方水行政主管部门", "有关水行政主管部门"],
          note="「未经审批和批建不符的违法违规建设项目（截至2018年9月底），对于其中符合岸线管控要求…的项目，由各区提出清理整治要求；其它"
               "项目由地方水行政主管部门督促项目业主组织提出论证报告，…由有关水行政主管部门予以审查…」 — 由A＋a verb of doing (提出, "
               "督促, 审查; round 34: the agent of 由 with any verb); round 40: work split by its objects 「涉及X的，由A…；涉及Y的，由B…」 "
               "gives all of them; 项目业主, the object of 督促 (no work heading here), is no unit; no lead; RULING?: 「截至2018年9月底」 "
               "dates the projects the item covers (a cut-off picking its objects), not the item's work — read as no deadline; "
               + NODATE),
        S(["三", "（一）"], [], ["各区"], lead_alternatives=[["各区"]], dl="于2019年年底前", dln="2019-12",
          note="「…各区要进一步提高思想认识，加强组织领导，落实责任分工，…于2019年年底前完成本市区管及区管以下河湖的管理范围划定工作」 — "
               "落实 with a kind as subject (round 30: 「各区要落实…」 a group named by a kind with a rule-2 verb is a doer); round 39: "
               "a 工作要求 section's items that give work are tasks; " + ONE + "; 年底前 → December (round 34)"),
        S(["三", "（二）"], ["各级河长办"], ["各级河长办"], lead_alternatives=[[]], dl="从现在到明年5月底", dln="2019-05",
          note="「从现在到明年5月底，开展为期8个月的“集中整治”。…由各级河长办牵头，组织各相关职能部门，逐项细化明确…」 — 「由A牵头」: lead "
               "A (rule 2); 各相关职能部门, the object of 组织 (a pivot, round 30; no work heading), no unit; RULING?: 「由A牵头，组织B…」 "
               "read as the pivot (B no unit), not round 34's 「由A牵头，B、C＋verb」 (B responsible) — 组织 stands between; A alone as "
               "lead, lead [] accepted (one doer); 明年 is 2019 (the notice of 2018-12-02): 「从现在到明年5月底」 the campaign's span, "
               "its end the deadline (round 37/38); 为期8个月 a duration, no comparison word — not a target"),
        S(["三", "（三）"], [], [],
          note="「…各区应重视中小河湖“清四乱”行动，建立月报制度、整改台账和销号制度，加大…力度，…加大对各街镇的抽查、复核力度，督促各街镇"
               "进一步加强…」 — 重视, 建立, 加大, 督促 — " + CLOSED + " (督促 is no rule-2 verb, round 30; 各街镇 its object); "
               + NONE + "; 月报制度 a system to set up, no sending named (no duty) — " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 （一）–（四） the criteria of the four kinds of problem — definitions and lists that give no work (round "
            "30/35): no tasks; 二、 the clean-up standards, 13 numbered items that say what work is done to each kind (拆除, 清除, "
            "建立清单, 落实责任), two with doers (（二）4., （四）2.), the rest naming none — tasks (round 40: items naming no unit in a "
            "plan with units elsewhere are tasks where they give work); 三/（一）–（三） (round 39: 工作要求 items that give work) → "
            "**16**; 3 (三 only, 二 read as a standard), 5 (三 and the two items of 二 that name doers), 20 (一's four criteria "
            "counted too) accepted",
            "units: rule 2 (落实, 由A＋verb, 由A牵头, 组织＋work); 二/（三）3. 「主动向地方人民政府、有关河长汇报，…提交相关部门鉴别分类」 "
            "— receivers, no subject; 二/（二）2. 「逐河段落实政府责任人、主管部门责任人和管理单位责任人」 — persons as the object of 落实, "
            "no subject: not sampled; the preamble's 「市河长办…印发…」 is past",
            "dates: 三/（一） 2019年年底前; 三/（二） 「从现在到明年5月底」 (2019-05); 「截至2018年9月底」 a cut-off of the projects covered "
            "(二/（四）2., RULING? above); 2018年8月 and 2018年12月2日 past or the signature; 定期 a rhythm",
            "targets: none — 为期8个月 a duration (no comparison word), 「两江六湖」 a name, document numbers 办建管〔2018〕130号 …; "
            "no plan targets, phases or duties (「建立月报制度」 sets up a report, it names no sending)",
            "said plainly: plans-next116 opened it and passed it over as a standard (its brief passed standards over); the brief "
            "of this set takes a notice that gives work to named bodies or dated items, and 三 does both"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x167_04_shanghai-2017-shuiziyuan-baohu-liyong-he-fangxun-shisanwu-guihua.txt"
PLAN04 = "上海市水资源保护利用和防汛“十三五”规划"
NOTICE04 = "上海市人民政府办公厅转发市水务局、市发展改革委制订的《上海市水资源保护利用和防汛“十三五”规划》的通知"

plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 规划's own title (after the cover) or the notice title (the first line): either is accepted",
     doc_no="沪府办发〔2017〕3号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅 (forwarding the 规划 of 市水务局 and 市发展改革委)",
     date="2017-01-06 (the index; the cover is signed 2017年1月3日)",
     level="city government office, to 各区、县人民政府，市政府各委、办、局",
     source=shanghai_source("市政与基础设施",
                            "上海市人民政府办公厅转发市水务局、市发展改革委制订的《上海市水资源保护利用和防汛“十三五”规划》的通.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-12344_51023&siteId=0001", 11624),
     style="a forwarding cover (「请认真按照执行」, signature, date), then the 规划: a preamble, 一、“十二五”发展回顾 （一）–（七） run-in "
           "headed paragraphs of past results (（七） with a second paragraph) and a closing paragraph of shortcomings 「一是…四是…」, "
           "二、“十三五”发展思路 （一）指导思想 (childless), （二）基本原则 1.–4., （三）发展重点 a lead-in and 1.–6., （四）发展目标 "
           "1.总体目标 (two paragraphs) and 「2.主要指标」 (a heading alone: its table is not printed), 三、“十三五”主要任务 （一）–（八） "
           "run-in headed sub-points each over 1.–3./1.–5./1.–4. run-in headed items (三/（四）1. with a second paragraph), 四、保障"
           "措施 （一）–（三） headed sub-points over one paragraph each; ASCII 「,」 and 「:」 in places",
     leaf_tasks=50, count_alternatives=[27, 30, 34, 40, 42, 43, 49],
     leaf_tasks_by_section={"一/（一）–（七）": 7, "二/（一）": 1, "二/（二）1.–4.": 4, "二/（三）1.–6.": 6, "二/（四）1.、2.": 2,
                            "三/（一）–（八）": 27, "四/（一）–（三）": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["三", "（一）", "1"], [], [], targets=[(60, "公里"), (39.5, "公里"), (96.1, "公里"), (5, "公里")],
          note="「…完成60公里黄浦江和苏州河堤防改造，完成39.5公里公用岸段海塘达标建设，…推进96.1公里专用岸段海塘达标建设，完成5公里保滩"
               "工程建设」 — " + NOUNITS + "; the item's own amounts of work to build are targets (round 25; round 37: an item's "
               "own number to build is one); " + NODATE),
        S(["三", "（二）", "2"], [], [], targets=[(100, "万立方米/日")],
          note="「完成…近10座水厂续建、新建和改扩建工程，新增城镇供水能力约100万立方米/日」 — " + NOUNITS + "; 约100万立方米/日 the "
               "capacity to add, a target (round 25; 约 an approximation, the figure kept); 近10座 (near ten, not checked); " + NODATE),
        S(["三", "（二）", "4"], [], [], targets=[(1, "亿平方米")], dl="到规划期末", dln="2020",
          note="「到规划期末实施中心城区1亿平方米住宅建筑面积的二次供水设施改造…」 — " + NOUNITS + "; 1亿平方米 a target (the work's "
               "amount); RULING?: 「到规划期末」 read as the end of the 十三五 period (2016–2020), dated 2020 — round 38 says a plan's "
               "period printed only in its title dates nothing; here the item writes 到规划期末 itself"),
        S(["三", "（二）", "5"], [], [], targets=[(15, "口")],
          note="「…建设15-20口应急供水（回灌）深井…」 — " + NOUNITS + "; a range read at its lower edge (round 32): 15口; " + NODATE),
        S(["三", "（四）", "1"], [], [], targets=[(631, "公里"), (1000, "公里"), (1.2, "万公里")], dl="2020年前", dln="2020",
          other_deadlines=[{"text": "2017年底前", "norm": "2017-12"}, {"text": "力争到2020年", "norm": "2020"}],
          note="「…实施631公里城乡中小河道综合整治；制定河网水系连通三年行动计划…」 and its second paragraph (the item's body, round "
               "32) 「…实施1000公里中小河道治理，开展1.2万公里镇村级河道疏浚，力争到2020年，…轮疏一遍。…2017年底前，基本消除…黑臭"
               "状况；2020年前，全市力争全面消除黑臭水体…」 — " + NOUNITS + "; several dates: the latest is the deadline, the others "
               "steps (round 34); 「2020年前」 read as 2020, as the sets read 「YYYY年前」 (plans-next77, -157); 三年行动计划 a name, "
               "not a target"),
        S(["三", "（五）", "2"], [], [], targets=[(101, "个"), (65, "%"), (90, "%")],
          note="「…持续推进101个（受益面积78.2万亩）低洼圩区达标改造建设，…消除“十年一遇”以下排涝标准圩区，“二十年一遇”圩区标准达到65%，"
               "圩区除涝设施达标率90%…」 — " + NOUNITS + "; 101个 the work's amount, 达到65% (a comparison word, round 30) and the "
               "rate 90% goals — targets; 「十年一遇」「二十年一遇」 names of standards (not targets; 以下 after a name of a standard "
               "picks the polders to remove, read as a class, round 34/38); 78.2万亩 the area the 101 serve (not checked); " + NODATE),
        S(["三", "（七）", "1"], [], [], targets=[(10.1, "%")], dl="2020年前", dln="2020", not_targets=[(5, "万立方米")],
          note="「…抓好月用水量5万立方米以上重点监管工业企业的对标和节水技术改造…2020年前，全市河湖水面率提高到10.1%」 — " + NOUNITS
               + "; 提高到10.1% a goal (a target); 「月用水量5万立方米以上重点监管工业企业」 a class the work covers (round 34/38: "
               "a figure that picks a class), not a target; 「2020年前」 read as 2020 (as x167_04 三/（四）1.)"),
        S(["四", "（三）"], [], [],
          note="「制定本规划实施方案，对任务逐一分解、落实责任。…进一步明确市属建设单位和项目所在区政府职责分工，排定详细项目建设计划和"
               "实施节点…」 — " + NOUNITS + " (落实 has no subject here; the bodies are objects of 明确); a 保障措施 item is a task in a "
               "plan that names no units at all (「What is a task」); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting — the plan names no unit anywhere, so 「every numbered leaf is a task」 (CONVENTIONS 「What is a task」, "
            "plans-dev 08, seed 003; round 33: principles and statements with no work are tasks only in such a plan): 一/（一）"
            "–（七） 7 (past results), 二/（一） 1, 二/（二）1.–4. 4, 二/（三）1.–6. 6, 二/（四）1., 2. 2 (2. an empty heading), "
            "三/（一）3 + （二）5 + （三）3 + （四）3 + （五）3 + （六）3 + （七）4 + （八）3 = 27, 四/（一）–（三） 3 → **50**; RULING? "
            "(whether a review of past results and the goals, guidance and principles count): accepted 49 (「2.主要指标」 an empty "
            "heading, no task), 43 (the review left out: past results give no work), 42 (and the empty heading), 40 (三, 四, the "
            "principles and 发展重点), 34 (三, 四 and the principles), 30 (三 and 四, the plan's work), 27 (三 only)",
            "units: none in the plan (" + NOUNITS + "); the cover's 「请认真按照执行」 is no task",
            "dates: 三/（二）4. 到规划期末 (RULING?, 2020); 三/（四）1. 2017年底前, 到2020年, 2020年前; 三/（七）1. 2020年前; "
            "2017年1月3日 the cover; the review's 2013年、2014年度 past; 「十二五」「十三五」 periods",
            "targets: the work's amounts in 三's items (公里, 座, 个, 万立方米/日, 亿平方米, 口, %) — sampled where written as the "
            "item's own work; the review's figures (一/（一）–（七）) past outturns, not targets (round 33); 5年一遇, 十年一遇, "
            "二十年一遇 names of standards; 「一级A」 a grade name; 1#、2#围区 names; no plan targets, phases or duties",
            "said plainly: a five-year 规划 with no unit: every lead and responsible check of its samples expects none (16 of its "
            "checks); plans-next124 opened it and passed it over for that reason; this set's brief takes a plan that names "
            "bodies or dates items, and it dates three"])

write_collected(DIR)
