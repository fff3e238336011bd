# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next44/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 24 (built by c44): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next44/make_expected.py tests/data/plans-next44
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    align30,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

NOTICE_COUNT = ("counting: the notice's own numbered items are its tasks, as plans-dev 03 (each 一、 is a complete "
                "instruction to the addressees, so EXPECTED.md's 'childless top-level = section' rule does not fit)")
KINDS = ("the actors are kinds of department or party (消防救援部门, 水务部门, 各行业主管部门, 社会单位, 建设单位 …) or "
         "groups (各区政府) acting in sentences, no named unit as a label")

P, U = prose_and_listed(PROSE_ACTORS)

# ---------------------------------------------------------------------------------------------------------
X01 = "x44_01_shanghai-2025-shigongtu-shencha-jigou-rending-tongzhi.txt"

plan(X01,
     title="上海市住房和城乡建设管理委员会关于开展2026—2027年度上海市建设工程施工图设计文件审查机构认定工作的通知",
     doc_no="沪建建管〔2025〕318号",
     issuer="上海市住房和城乡建设管理委员会",
     date="2025-06-16",
     level="city bureau (Shanghai)",
     source=shanghai_source(
         "建筑设计与报建", "上海市住房和城乡建设管理委员会关于开展2026—2027年度上海市建设工程施工图设计文件审查机构认定.md",
         "https://www.shanghai.gov.cn/zhengce/detail?businessId=f1e10105d8854d51abb48613a8d7345f&siteId=0011", 1043),
     style="short city bureau notice: title twice, number, addressees (审查机构 and their 控股勘察设计企业), a preamble; "
           "一、认定标准 and 三、其他事项 one paragraph each; 二、工作安排 1.–3., where 2. is 「X负责…」 followed by an "
           "unnumbered line 「申报受理时间：2025年9月1日—10月30日。」 and 3. is the issuer's own dated step (「我委将于…前」); "
           "附件 line, date",
     leaf_tasks=3, count_alternatives=[5],
     leaf_tasks_by_section={"二、工作安排": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、认定标准", "三、其他事项"],
     samples=[
        P(["二", "1"],
          note="「本次认定由各施工图设计文件审查机构的控股勘察设计企业进行申报」: the applicants, a kind of party in a "
               "sentence (no 负责, no label); the application window is printed under 2., not here: " + NODATE),
        U(["二", "2"], ["上海市建设工程勘察设计管理事务中心"],
          dl="2025年9月1日—10月30日", dln="2025-10-30",
          note="the item is one sentence 「上海市建设工程勘察设计管理事务中心负责…申报受理和初审工作」: the named unit that "
               "负责 the item is its responsible unit (the brief's 「X负责」; as plans-next36 x36_03's 「X负责…」 "
               "sub-items and plans-next22's 「由X负责组织」), no lead named; the unnumbered line after it 「申报受理时间："
               "2025年9月1日—10月30日」 belongs to the item: the intake window's end is the deadline (its start, 2025-09-01, "
               "is not). Reading the sentence as prose (responsible = []) is the other reading, not offered"),
        P(["二", "3"], dl="2025年12月底前", dln="2025-12-31",
          note="「我委将于2025年12月底前完成认定工作并公布…名录」: 我委 is the issuer speaking of itself in a sentence "
               "(no label)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 and 三、 have no numbered children (sections by EXPECTED.md's rule) → 二、 1.–3. = 3; 5 "
            "accepted (一、 and 三、 read as the notice's items, as plans-dev 03)",
            "samples: all three leaves",
            "dates: the intake window (2025年9月1日—10月30日, an unnumbered line under 2.) and 2025年12月底前 (3.); the "
            "signature 2025年6月16日; 2026—2027年度 is the period the recognition is for (part of the name), not a date "
            "of work",
            "figures: 建设部令第13号 is a document number; no targets, no phases; 公布…认定名录 is a publication by the "
            "issuer, not a report: no duties"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x44_02_shanghai-2022-zongjiao-changsuo-xiaofang-biaozhunhua-dabiao-yanshou-tongzhi.txt"
MZ = ("the units act in the step's sentences (「市民族宗教局和市消防救援总队组织召开…」, 「各区民宗部门…会同消防部门…」): "
      "no label, lead = [] and responsible = [] by the corpus convention for subjects of sentences")
PH = "a dated phase item (the phase's end is the item's deadline; the year is written)"

plan(X02,
     title="关于开展上海市宗教活动场所消防安全管理标准化达标验收工作的通知",
     doc_no="沪民宗发〔2022〕45号",
     issuer="上海市民族和宗教事务局, 上海市消防救援总队 (joint)",
     date="2022-11-25",
     level="city bureau (Shanghai), joint notice",
     source=shanghai_source(
         "消防与人防", "关于开展上海市宗教活动场所消防安全管理标准化达标验收工作的通知.md",
         "https://www.shanghai.gov.cn/zhengce/detail?businessId=ad71715a27e14fc981d134cf8cefcb76&siteId=0007", 2745),
     style="city joint notice: title twice, number, addressees (各区民族宗教事务办公室，各区消防救援支队，各市级宗教团体), a "
           "preamble; 一、 二、 三、 五、 paragraphs without numbered children (三、 lists 一是…六是 in one paragraph); "
           "四、实施步骤 （一）–（五） five phases 「（n）X阶段（date）。text」 on one line, each naming its units in sentences; "
           "六、工作要求 （一）–（三） 「（n）heading。text」; 附件 list, two signatures, date",
     leaf_tasks=8, count_alternatives=[],
     leaf_tasks_by_section={"四、实施步骤": 5, "六、工作要求": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、工作范围", "三、创建内容", "五、验收方式"],
     samples=[
        P(["四", "（一）"], dl="2022年12月底前", dln="2022-12-31", note=PH + "; " + MZ),
        P(["四", "（二）"], targets=[(1, "个")], dl="2023年3月底前", dln="2023-03-31",
          other_deadlines=[{"text": "2023年2月底前", "norm": "2023-02-28"}],
          note=PH + "; the phase's end 2023年3月底前 is the deadline, and 「2023年2月底前，完成本辖区内至少1个…达标」 an "
               "earlier milestone inside the phase (other_deadlines) with its target 至少1个 (each district); " + MZ),
        P(["四", "（三）"], dl="2023年4月底前", dln="2023-04-30",
          note=PH + "; the 申报表 filed with 市民宗局 after a joint acceptance is the plan's duty (below); 附件1 / 附件2 "
               "are attachment numbers; " + MZ),
        P(["四", "（四）"], dl="2023年4底前", dln="2023-04-30",
          note=PH + "; the source prints 「2023年4底前」 (月 missing): read as 2023年4月底前; " + MZ),
        P(["四", "（五）"],
          note="「全面实施阶段（2023年4月开始）」 gives the phase's start only: no deadline (the start is the phase's, "
               "below); 「成熟一个批准一个」 is a rule, no date; " + MZ),
        P(["六", "（一）"], note="「将达标验收工作纳入年度重点工作」: no date; actors in a sentence; " + NODATE),
        P(["六", "（二）"],
          note="「明确任务、方法、进度、时限和奖惩」 asks the districts to set dates, gives none; 五星级 is part of a "
               "title (五星级文明和谐寺观教堂), not a target; " + NODATE,
          not_targets=[(5, "星级")]),
        P(["六", "（三）"], note="「“四个能力”」 is a name, not a target; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "动员部署阶段", "start": None, "end": "2022-12"},
             {"name": "各区试点阶段", "start": None, "end": "2023-03"},
             {"name": "试点验收阶段", "start": None, "end": "2023-04"},
             {"name": "经验推广阶段", "start": None, "end": "2023-04"},
             {"name": "全面实施阶段", "start": "2023-04", "end": None}],
     duties=[{"what": "属地民宗、消防部门联合验收通过后向市民宗局填报《上海市宗教活动场所消防安全标准化管理达标验收申报表》",
              "when": "after each joint acceptance (no fixed date)", "when_norm": None}],
     notes=["counting: 一、 二、 三、 五、 have no numbered children (sections; 三、's 一是…六是 are the content to be "
            "assessed, 五、 the acceptance procedure in three paragraphs) → 四、 （一）–（五） 5 + 六、 （一）–（三） 3 = 8",
            "samples: all eight leaves",
            "units: no label anywhere; the issuers (市民族宗教局, 市消防救援总队) and the districts' 民宗 / 消防 departments "
            "act in sentences in every step",
            "phases: five named stages with written years; only the last gives a start (2023年4月开始), the others an "
            "end (…底前); 试点验收阶段 and 经验推广阶段 end in the same month",
            "figures: 「90分以上为达标场所」 (五、) is the pass mark, a threshold, and 「每两年重新审定一次」 (三、) a "
            "re-assessment rhythm, both in sections (no sample); 「三年行动计划」 in the preamble is a name",
            "duties: the 申报表 filed after acceptance (四/（三）); 五、's 「向市民宗局申请验收确认并挂牌」 is the same "
            "submission seen from the procedure; 不定期抽查 is oversight"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x44_03_shanghai-2024-yanglao-jigou-xiaofang-dianxing-wenti-qingdan-zhenggai-tongzhi.txt"
MZJ = ("「各区民政局（、消防救援局）」 are the addressees, acting in the item's sentences (「请各区民政局、消防救援局…」, "
       "「各区民政局要…」): no label, lead = [] and responsible = []")

plan(X03,
     title="关于印发《本市养老机构消防安全典型问题清单》推动积极整改的通知",
     doc_no="沪民养老发〔2024〕11号 (from the index; the stored text prints no number)",
     issuer="上海市民政局, 上海市消防救援局 (joint)",
     date="2024-08-09 (published; signed 2024年8月6日)",
     level="city bureau (Shanghai), joint notice",
     source=shanghai_source(
         "消防与人防", "关于印发《本市养老机构消防安全典型问题清单》推动积极整改的通知.md",
         "https://www.shanghai.gov.cn/zhengce/detail?businessId=6e990173aca04412834ef89c007951c0&siteId=0034", 3756),
     style="city joint notice: title, addressees (各区民政局、消防救援局，市社会福利中心、众仁慈善服务中心), a preamble; three "
           "items 一、–三、 each a heading line and one paragraph (二、 with three paragraphs 一是…三是); an unnumbered "
           "closing line with the report date; signatures on one line with spaces, date, 「（此件主动公开）」; then the "
           "issued 典型问题清单 flattened one cell a line (问题大类 / 具体描述; 12 numbered categories, most with "
           "numbered 1.–n. problems) with no 「附件」 line before it",
     leaf_tasks=3, count_alternatives=[5, 0],
     leaf_tasks_by_section={"一、–三、": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一"], note=MZJ + "; 「及时进行整改」 and 「建立整改台账」 name no date: " + NODATE),
        P(["二"], targets=[(80, "%")], dl="到2024年底", dln="2024-12-31",
          other_deadlines=[{"text": "年底前", "norm": "2024-12-31"}],
          not_targets=[(4, "人"), (2, "人")],
          note=MZJ + "; 二是: 「到2024年底，各区养老机构厨房灶台自动灭火装置安装率至少达到80%」 (target and deadline); 三是: "
               "「年底前分类组织全员培训」 (the same year's end, year from the notice); 一是: 「总持证数不足4人、4级消防设施"
               "操作员持证数不足2人的养老机构列为重点督办对象」 — 4人 / 2人 are thresholds that pick the institutions to "
               "supervise, not targets (4级 is a grade); 「每半年对装置进行一次全面检查和维保」 is the institutions' "
               "maintenance rhythm, not a report by a unit (no duty)"),
        P(["三"], note=MZJ + "; " + NODATE),
     ],
     plan_targets=[{"number": 80, "unit": "%"}],
     phases=[],
     duties=[{"what": "各区民政局、市属单位将养老机构自查自纠和重点问题整改情况报市民政局养老服务处", "when": "8月15日前",
              "when_norm": "2024-08-15"}],
     notes=[NOTICE_COUNT + ": 一、–三、 → 3; 5 accepted (二、's 一是/二是/三是 read as three tasks) and 0 (every item a "
            "childless top-level section, as plans-next41 x41_04)",
            "the issued 典型问题清单 after the signature is a list of problems found (问题大类 / 具体描述), not tasks: its "
            "numbered lines (1.救援和避难设施： … 12.物联网设施, and their 1.–n. problems) are not counted; its figures "
            "(50平方米, 3楼, 1.0m, 24m, 20m, 0) are thresholds of the building rules",
            "samples: all three items",
            "the one duty is the closing line 「请各区民政局、市属单位于8月15日前将…报市民政局养老服务处」 (year 2024 from "
            "the signature 2024年8月6日); it is an unnumbered paragraph after 三、's text and asks for the state of 一、 and "
            "二、 (自查自纠和重点问题整改情况): a closing request of the whole notice, not part of 三、, so 三、 expects no "
            "deadline",
            "plan target: 80 % (二、's 安装率), also the sample's target"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x44_04_shanghai-2023-xiaofang-jichu-sheshi-jianshe-shishi-yijian.txt"

plan(X04,
     title="关于进一步加强本市消防基础设施建设的实施意见（上海市人民政府办公厅印发《关于进一步加强本市消防基础设施建设的实施意见》的通知）",
     title_note="the opinion's title after the cover, or the notice title: either is accepted",
     doc_no="沪府办规〔2023〕22号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅",
     date="2023-09-25",
     level="city (Shanghai municipal government general office)",
     source=shanghai_source(
         "消防与人防", "上海市人民政府办公厅印发《关于进一步加强本市消防基础设施建设的实施意见》的通知.md",
         "https://www.shanghai.gov.cn/zhengce/detail?businessId=f8c790e9ecc448cd95b4773fdbbd8739&siteId=0001", 3677),
     style="city implementation opinion after a short cover (addressees, one sentence, a repeal, signature, date); the "
           "opinion's title, a preamble; 一、主要任务 （一）–（五） heading lines, （一）–（三） with 「1．heading。text」 "
           "items (full-width ．), （四） and （五） one paragraph each; 二、工作要求 （一）–（四） 「（n）heading。text」; "
           "units only in sentences (several 「X负责…」 sentences naming kinds of department), a 工作专班 led by a "
           "person role; effective date at the end",
     leaf_tasks=15, count_alternatives=[11],
     leaf_tasks_by_section={"一、主要任务": 11, "二、工作要求": 4},
     task_section_leaves=11,
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（一）", "1"], targets=[(18, "%")], dl="“十四五”期间", dln="2025",
          note="「“十四五”期间，全市消防救援站数量增长18%以上」: the growth is to be reached within the 14th five-year "
               "period (2021–2025), so its end, 2025, is the item's deadline (the opinion is dated 2023); no actor"),
        P(["一", "（一）", "3"],
          note="「由市级财力保障」 / 「由区级财力保障」 say who pays (funding levels), not units; 消防救援总队机关 / 各区消防救援"
               "支队 are owners of the stations in the sentence; " + NODATE),
        P(["一", "（二）", "2"],
          note="four 「X负责…」 sentences give parts of the item to 水务部门, 消防救援部门, 各区政府 and (由)建设单位, and "
               "「市、区住房城乡建设管理、交通、水务、规划资源等部门…应当」 opens it: " + KINDS + ": lead = [], responsible = "
               "[] (reading the four as responsible parties is the other reading, not offered); " + NODATE),
        P(["一", "（三）", "3"], note=KINDS + "; " + NODATE),
        P(["一", "（四）"], not_targets=[(350, "兆")],
          note="childless item of the task section (one paragraph); 「350兆无线通信系统」 names a radio band (a "
               "specification), not a target; " + NODATE),
        P(["一", "（五）"], note=KINDS + " (「各区政府要…」, 「社会单位要…」, 「消防救援部门要…」); " + NODATE),
        P(["二", "（二）"],
          note="the 工作专班 is led by a person role (市政府分管副秘书长牵头) and made of sixteen listed departments: the "
               "composition of a group, not the item's units (as plans-dev 11's working group): lead = [], responsible = "
               "[]; its office at 市消防救援总队 负责定期统计、通报 — the plan's duty (below); " + NODATE),
        P(["二", "（四）"], note=KINDS + "; 「及时」 / 「适时」 give no date: " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "工作专班办公室（设在市消防救援总队）定期统计、通报消防基础设施建设推进情况", "when": "定期",
              "when_norm": "regular (定期, no interval given)"}],
     notes=["counting: 一、 （一）1.–3. 3 + （二）1.–2. 2 + （三）1.–4. 4 + （四） 1 + （五） 1 = 11; 二、 （一）–（四） 4 → 15; "
            "11 (一、主要任务 only, task_section_leaves) accepted",
            "samples: eight of the fifteen leaves, from every （n） of 一、 and from 二、",
            "units: no label anywhere; the 「X负责」 sentences of 一/（二）/2 name kinds of department and a group, and the "
            "工作专班 of 二/（二） a person-led group: lead and responsible none for every sample",
            "dates: only 「“十四五”期间」 (一/（一）/1) and the dates of the cover (2023年9月25日) and of entry into force "
            "(2023年10月1日, not a deadline); no phases",
            "figures: 18 % (一/（一）/1) the one target; 350兆 a band; 沪府办〔2004〕49号 a document number",
            "duty: the office's 定期统计、通报 (二/（二）); 「纳入市安全生产委员会年度考核」 (二/（三）) is oversight and "
            "「定期检查」 an inspection rhythm, not reports"])


# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x44_02", ["四", "（一）"], [], ["市民族宗教局", "市消防救援总队"],
        "「市民族宗教局和市消防救援总队组织召开全市宗教活动场所消防全标准化管理现场会」: the subjects of 组织＋verb (组织召开) are responsible, in order, no lead; 各区各部门 are those it mobilises")
align30("x44_02", ["六", "（三）"], [], ["各区民宗部门"],
        "「各区民宗部门要通过此次…达标验收工作，强化…，落实消防安全监管责任」: the subject of 落实 is responsible, no lead (A alone accepted as lead)", alt=[["各区民宗部门"]])
align30("x44_03", ["二"], [], ["各区民政局"],
        "「各区民政局要分批组织养老机构消防控制室值班人员参加…培训」「各区民政局要组织养老机构从业人员全员参与应急疏散与灭火救援演练」: the subject of 组织＋verb (as round 29's x77_04 「组织本领域标准主编单位开展…」) is responsible, no lead (A alone accepted as lead); the 养老机构 and their staff are those it organises", alt=[["各区民政局"]])
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x44_03', ['二'], 'comparison words',
        '「总持证数不足4人、4级消防设施操作员持证数不足2人的养老机构列为重点督办对象」: 4人 and 2人 joined to 不足, thresholds that pick '
        'the institutions to supervise (4级 a grade, no comparison word)', to_target=[(4, '人'), (2, '人')])
# round 49 (t49d): aligned to the Round 43 rulings (联合 with no object an adverb, the verb decides) with rule 2 (README,
# "Round 49: answers aligned")
from expected_tools import align49_units  # noqa: E402

align49_units('x44_02', ['四', '（三）'], [], ['市民宗、消防部门'],
              '「市民宗、消防部门将联合组织对各区申报场所进行验收确认并发牌」: 联合 with no object is an adverb, the verb decides; '
              '组织＋verb (组织…进行验收确认, rule 2) makes its subject a doer — responsible 市民宗、消防部门, fields closed by one head '
              'as printed (round 31); 各区民宗、消防部门 only guide the sites (指导, rule 3) and 「属地…部门联合验收」 is no rule-2 verb')

# Round 69 (rul100): aligned to tests/data/CONVENTIONS.md "Round 100 rulings" (turned; README, round 69) — the subjects
# of 负责 and the agent of 由…负责 the prose-actor answer read as none; none stays accepted
from aligned_rulings import align76 as _align76_100  # noqa: E402

_align76_100("x44_04", ["一", "（二）", "2"],
             "「水务部门负责督促供水企业…落实市政消火栓的安装…。消防救援部门负责消火栓的监督管理…。各区政府负责市政消火栓应急维修和日常养护工作…。单位消火栓、居民住宅区消火栓，由建设单位负责按照…标准建设，并由单位、业主或其委托的物业、第三方单位落实专人进行维护保养。」: the subjects of 负责 and the agent of 由…负责 (rule 2's several clauses, in printed order); 供水企业, the object of 督促, no unit (round 30); 落实专人 staffs the work and 进行 is outside the list (Round 85's x322_01 二、（三））, so the last clause adds none; the opening 「…等部门…应当将…纳入其中」 has no verb of the list",
             "turned: rule 2 reads 「A负责…」 and 「由A负责…」 in an item's sentences, several clauses giving all their bodies (round 29) — over the prose-actor answer written before round 29 that the round-29–32 alignments missed; found beside p68j's third question",
             ruling="Round 100 rulings", rnd=69,
             lead=[], resp=["水务部门", "消防救援部门", "各区政府", "建设单位"], resp_alt=[[]])

write_collected(DIR)
