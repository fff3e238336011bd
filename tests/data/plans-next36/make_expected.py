# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next36/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 22 (built by corpus36): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    PYTHONPATH=$PWD python tests/data/plans-next36/make_expected.py tests/data/plans-next36
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

HEADING = ("the item's heading is a unit (「（N）unit」 or 「（N）unit。负责…」): that unit is the item's responsible "
           "party, as plans-dev 10 / 12 (unit-as-heading); no lead is named")


src = shanghai_source


P, U = prose_and_listed(PROSE_ACTORS)

# ---------------------------------------------------------------------------------------------------------
X01 = "x36_01_shanghai-2025-youxiu-lishi-jianzhu-guanli-tongzhi.txt"
ROLE = ("roles in sentences only (「各区房屋行政管理部门应当…」, 「市历史建筑保护事务中心应当…」): generic department kinds "
        "acting in prose, no label")

plan(X01,
     title="关于加强本市优秀历史建筑管理的通知",
     title_note="the notice is the plan (no separate plan title); the title is printed twice, as stored",
     doc_no="沪房规范〔2025〕7号",
     issuer="上海市房屋管理局 (from the index; the stored text prints no signature, only the date)",
     date="2025-12-22",
     level="city bureau (Shanghai)",
     source=src("城市更新与历史保护", "关于加强本市优秀历史建筑管理的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=7523222ef8dc4a1b913992c6c1cd6efe&siteId=0013", 3295),
     style="city bureau's normative notice (规范性文件) that is itself the plan: title twice, number, addressees (各区住房保障"
           "房屋管理局，各区建设行政管理部门，各区住宅修缮管理部门，各相关单位), preamble; 一、职责分工 four unnumbered "
           "paragraphs each 「X部门负责…」; 二、日常管理 （一）–（四）, 三、工程管理 （一）（二） (a run-in item with three more "
           "paragraphs, split by an investment threshold of 100万元), 四、健全机制 （一）–（四）, each 「（N）heading」 with the "
           "text in the next paragraph(s); 五、施行日期 (2026-01-01 to 2030-12-31); a closing date 2025年12月22日. Units only "
           "as kinds of department in sentences (市/区房屋行政管理部门, 各街镇城市网格化管理部门, 城管执法部门)",
     leaf_tasks=10, count_alternatives=[11, 14], attachment_task_rows=0,
     childless_top_level_sections=["一、职责分工", "五、施行日期"],
     samples=[
        P(["二", "（一）"],
          note=ROLE + "; two reporting duties (各区 报送的月度巡查情况; 市历史建筑保护事务中心 定期报送 市房屋行政管理部门) are in "
               "the plan's duties; 「（附件1）」 refers to an annex not in the text; " + NODATE),
        P(["二", "（二）"], note=ROLE + "; " + NODATE),
        P(["二", "（三）"],
          note="actors are 转让人 / 出租人 and the two parties (not units); the 承诺书 「应当报送区房屋行政管理部门」 is a "
               "filing duty (in the plan's duties); 「（附件2）」 an annex reference; " + NODATE),
        P(["二", "（四）"],
          note=ROLE + "; two paragraphs, the second naming 城管执法部门 (处罚) and 区房屋行政管理部门 (协助配合) in a "
               "sentence; " + NODATE),
        P(["三", "（一）"], targets=[(100, "万元")],
          note="a run-in item 「（一）对于投资额100万元及以上的…工程，应当…申报」 with three more paragraphs; 100万元 is the "
               "threshold that sorts the works (round 30: CONVENTIONS.md thresholds — 「100万元及以上的…工程」: a target); 建设行政管理部门 / 质量安全监督机构 / 住宅修缮管理部门 / 设计方案"
               "受理部门 act in sentences; " + NODATE),
        P(["三", "（二）"], not_targets=[(100, "万元")],
          note="「对投资额低于100万元的…工程，纳入各区属地化管理」: the same threshold, not a target; " + NODATE),
        P(["四", "（一）"], note=ROLE + "; " + NODATE),
        P(["四", "（二）"],
          note=ROLE + "; 「定期普查」 is an inspection rhythm, not a reporting duty; 《上海市优秀历史建筑调查评估工作实施办法》 "
               "a rule's name; " + NODATE),
        P(["四", "（三）"], note=ROLE + "; 「三维数字化测绘成果」: no digit; " + NODATE),
        P(["四", "（四）"],
          note=ROLE + "; 「市房屋行政管理部门组织…进行年度评估」 is an annual evaluation (oversight), not a reporting duty "
               "(as plans-dev 07's 专项年度考核); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区报送月度巡查情况（市历史建筑保护事务中心对各区报送的月度巡查情况进行核对）",
              "when": "月度", "when_norm": "monthly"},
             {"what": "市历史建筑保护事务中心及时汇总各区修缮（装修改造）项目进展情况，定期报送市房屋行政管理部门",
              "when": "定期", "when_norm": None},
             {"what": "转让或出租双方的《优秀历史建筑保护要求承诺书》应当报送区房屋行政管理部门",
              "when": "产权转让或出租时", "when_norm": None}],
     notes=["counting: 二、 （一）–（四） 4, 三、 （一）（二） 2, 四、 （一）–（四） 4 = 10 leaves; 一、职责分工 (four unnumbered "
            "paragraphs of duties by department) and 五、施行日期 have no numbered children (sections). Accepted: 11 "
            "(一、职责分工 read as one task), 14 (its four paragraphs read as four tasks)",
            "no item names a unit as a label: every lead and responsible answer is “none”; the addressees and the "
            "department kinds in sentences (市/区房屋行政管理部门, 市历史建筑保护事务中心, 市建设行政管理部门, 各区住宅修缮"
            "管理部门, 各街镇城市网格化管理部门, 城管执法部门) are prose actors",
            "no deadline: 「自2026年1月1日起施行，有效期至2030年12月31日」 (五、) is the notice's validity, not a task's "
            "deadline; 2025年12月22日 is the signing date (the index gives 2025-12-24)",
            "the only figure is the 100万元 threshold (三、 （一）（二）): no plan target; no phase"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x36_02_jiading-2023-chengshi-gengxin-gongzuo-shishi-yijian.txt"
STEP = ("a step of the 操作流程 (a procedure, not a dated task): its actors (申请人, 统筹主体, 区规划资源局, 区人民政府 …) "
        "act in sentences")
SCOPE = "a kind of urban renewal the opinion applies to (三、适用范围): a scope item, not work given to a unit"

plan(X02,
     title="关于推进嘉定区城市更新工作的实施意见（上海市嘉定区人民政府关于印发《关于推进嘉定区城市更新工作的实施意见》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="嘉府发〔2023〕20号 (from the index; the stored text prints no number)",
     issuer="上海市嘉定区人民政府 (the cover's signature)", date="2023-07-17",
     level="district (Shanghai Jiading)",
     source=src("城市更新与历史保护", "上海市嘉定区人民政府关于印发《关于推进嘉定区城市更新工作的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_172157&siteId=0080", 5355),
     style="district implementation opinion after a short cover (addressees, one sentence, signature, date 2023年7月17日): "
           "一、指导思想 and 二、基本原则 (one paragraph each); 三、适用范围 （一）–（五） (scope items ending 「；」/「。」); "
           "四、操作流程 （一）–（三） with 「1.」 steps (no space after the dot; run-in headings 「旧区改造。」) and loose "
           "paragraphs between them; 五、主要职责 （一）区城市更新领导小组, （二）区更新办 (units as headings, text below) and "
           "（三）成员单位 (nine unnumbered paragraphs each opening with a unit or a list of departments: 区规划资源局负责…); "
           "六、保障机制 (a lead-in paragraph, then （一）–（五） with 「1.」–「3.」 run-in items; （三）资金保障 two paragraphs). "
           "No date, no figure in any task; half-width commas 「精细化,开展」「更新改造,协调」「行业指导,配合」",
     leaf_tasks=29, task_section_leaves=24, count_alternatives=[37, 32], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、基本原则"],
     samples=[
        P(["三", "（一）"], note=SCOPE + "; " + NODATE),
        P(["三", "（五）"], note=SCOPE + "; 区人民政府 decides (认定) in a sentence; " + NODATE),
        P(["四", "（一）", "1"],
          note=STEP + "; a list of steps of 旧区改造; 「（详见附件1流程图）」 refers to a flow chart not in the text (附件1 is "
               "no target); " + NODATE),
        P(["四", "（一）", "3"],
          note=STEP + "; 「由街镇负责…」「需经区城市更新领导小组审核」「由区住房保障房屋管理局指导…」: three actors in "
               "sentences, no label; 「一、二级开发」 no digit; " + NODATE),
        P(["四", "（二）", "1"],
          note=STEP + "; 「报区人民政府审定后向社区发布」 is a procedural step, not a reporting duty; " + NODATE),
        P(["四", "（二）", "3"],
          note=STEP + "; the item runs on into the next unnumbered paragraph (涉及控详规划编制…); 「成果报送区规划资源局审核」 "
               "is a procedural submission, not a reporting duty; " + NODATE),
        P(["四", "（三）", "3"], note=STEP + "; the shortest item (one sentence); " + NODATE),
        U(["五", "（一）"], ["区城市更新领导小组"],
          note=HEADING + "; the text below also sets up 区更新办 (设在区建设管理委) and a 专班 whose 召集人 is the head of "
               "区住房保障房屋管理局: no further unit of the item; " + NODATE),
        U(["五", "（二）"], ["区更新办"],
          note=HEADING + "; 区更新办 is the text's own short name of 区城市更新领导小组办公室; 区建设管理委、区住房保障房屋"
               "管理局、区规划资源局 (三家副主任单位) act in a sentence; the second paragraph gives 「“两旧一村”改造工作专班」 its "
               "duties; " + NODATE),
        P(["五", "（三）"],
          note="the heading 「成员单位」 is a category, not a unit; its nine paragraphs each open with a unit or department "
               "list in a sentence (区规划资源局负责…, 区建设管理委负责…, …, 街道办事处、镇人民政府按照职责分工…): prose "
               "roles, lead = [], responsible = [] (reading the nine subjects as the item's units is the other reading, "
               "not offered); " + NODATE),
        P(["六", "（一）", "2"],
          note="「力争“项目成熟一个、土地供应一个”」: no digit, a slogan; 「年度国土资源计划」 no date; " + NODATE),
        P(["六", "（二）", "1"],
          note="「拟定区城市更新三年行动方案和年度重点推进项目实施计划」: 三年 names a plan's span (no digit, no year); "
               "「“实施一批、储备一批”」 a slogan; " + NODATE),
        P(["六", "（二）", "2"],
          note="「各成员单位按节点目标有序推进项目实施，定期报送工作任务推进情况」: a reporting duty (in the plan's "
               "duties), actors in a sentence; " + NODATE),
        P(["六", "（三）"],
          note="资金保障: an item without numbered children, text in two paragraphs below the heading; 镇级政府 / 区级财政 "
               "act in sentences; " + NODATE),
        P(["六", "（四）", "1"],
          note="「由区建设管理委、区住房保障房屋管理局、区规划资源局安排专职人员」: three units in a sentence, no label; "
               + NODATE),
        P(["六", "（五）", "2"], note="the last item of the document; 各职能部门 in a sentence; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各成员单位按节点目标有序推进项目实施，定期报送工作任务推进情况", "when": "定期",
              "when_norm": None}],
     notes=["counting: 三、 （一）–（五） 5; 四、 （一） 1.–3. 3, （二） 1.–4. 4, （三） 1.–3. 3 = 10; 五、 （一）–（三） 3; 六、 "
            "（一） 2, （二） 3, （三） 1, （四） 3, （五） 2 = 11 → 29 leaves; 一、指导思想 and 二、基本原则 are sections. "
            "task_section_leaves 24 (三、适用范围's five scope items are not work). Accepted also: 37 and 32 (五、（三）成员单位's "
            "nine unit paragraphs read as nine tasks, with or without 三、)",
            "units: only 五、（一） and （二） name a unit as the item's heading; everywhere else units act in sentences "
            "(lead = [], responsible = [])",
            "no item prints a date or a figure (三年行动方案, 年度 计划 have no date): every deadline answer is “none”; no "
            "plan target; 四、操作流程's numbered steps are a procedure, not phases",
            "(2017-2035年) in 一、指导思想 are the periods of two master plans; 附件1–5 (flow charts) are referred to but not "
            "in the text",
            "one reporting duty (六、（二）2.); 四、's 「报区人民政府审定」「成果报送区规划资源局审核」 are steps of a procedure "
            "that applicants or 统筹主体 take, not reporting duties; 「形成重大事项专报制度」 (五、（二）) sets up a system, no "
            "duty of its own"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x36_03_hongkou-2014-lishi-fengmao-fangzai-fengxian-paicha-jizhi-shishi-yijian.txt"
STREET = ("a numbered sub-item of （五）各街道办事处 that is one sentence 「X街道办事处负责…」: the street office it opens with is "
          "the item's responsible unit (like its parent's siblings, whose headings are units); the parent's 各街道办事处 is "
          "not added")

plan(X03,
     title="关于建立虹口区历史风貌区和优秀历史建筑防灾及风险排查机制的实施意见"
           "（虹口区人民政府办公室印发关于建立虹口区历史风貌区和优秀历史建筑防灾及风险排查机制实施意见的通知）",
     title_note="the plan's title after the cover (printed over two lines: 「关于建立虹口区历史风貌区和优秀历史建筑」 / "
                "「防灾及风险排查机制的实施意见」), or the notice title: either is accepted",
     doc_no="虹府办发〔2014〕30号 (from the index; the stored text prints no number)",
     issuer="上海市虹口区人民政府办公室 (the cover's signature 虹口区人民政府办公室, no date printed)", date="2014-08-18",
     level="district (Shanghai Hongkou)",
     source=src("城市更新与历史保护",
                "虹口区人民政府办公室印发关于建立虹口区历史风貌区和优秀历史建筑防灾及风险排查机制实施意见的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b4fb4bde3c8b4cb39404675f393bdd49&siteId=0076", 2027),
     style="short district mechanism opinion after a cover (addressees, one sentence, signature without date); the plan "
           "title over two lines; 一、–五、 top-level items that are whole sentences (一、二、 general requirements, 三、 the "
           "scope with 58处, 五、 accountability); 四、 (「…原则上每年不少于2次：」) holds （一）–（七） whose headings are units "
           "「（一）区房管局。负责…」, and （五）各街道办事处 splits into 1.–3. items 「X街道办事处负责…」. HTML entities "
           "「&ldquo;四个能力&rdquo;」 kept as stored; a half-width comma 「安全排查,并落实整改」",
     leaf_tasks=9, count_alternatives=[7, 11, 12, 13], attachment_task_rows=0,
     childless_top_level_sections=["一、（须加强保护）", "二、（各单位…共同做好防灾工作）", "三、（范围）",
                                   "五、（追究责任）"],
     samples=[
        U(["四", "（一）"], ["区房管局"],
          note=HEADING + "; 「负责定期牵头召开…例会」: 牵头 in the sentence (the unit as lead is accepted); two duties "
               "(例会 定期; 汇总…上报排查情况) are in the plan's duties; " + NODATE),
        U(["四", "（二）"], ["公安消防支队"],
          note=HEADING + "; 「&ldquo;四个能力&rdquo;」 (HTML entities as stored) names four abilities — 四 is no digit, no "
               "target; " + NODATE),
        U(["四", "（三）"], ["区建交委"],
          note=HEADING + "; 「配合公安消防支队」: a unit in the sentence it helps, not a unit of the item; " + NODATE),
        U(["四", "（四）"], ["区安监局"], note=HEADING + "; " + NODATE),
        U(["四", "（五）", "1"], ["提篮桥街道办事处"],
          note=STREET + "; 提篮桥历史文化风貌区 / 外滩历史文化风貌区 are places; " + NODATE),
        U(["四", "（五）", "2"], ["四川北路街道办事处"], note=STREET + "; " + NODATE),
        U(["四", "（五）", "3"], ["欧阳路街道办事处"], note=STREET + "; 「防灾风险和排查工作」 as printed; " + NODATE),
        U(["四", "（六）"], ["虹房集团"],
          note=HEADING + " (a state-owned housing group as a unit); the half-width comma 「安全排查,并落实整改」; " + NODATE),
        U(["四", "（七）"], ["区房屋急修中心"],
          note=HEADING + "; 「及时报区房管局、虹房集团、房屋产权人（单位）」: whom it reports to, not units of the item (the "
               "duty is in the plan's duties); " + NODATE),
     ],
     plan_targets=[{"number": 2, "unit": "次"}],
     phases=[],
     duties=[{"what": "区房管局定期牵头召开全区历史风貌区和优秀历史建筑防灾及风险排查工作例会", "when": "定期",
              "when_norm": None},
             {"what": "区房管局汇总、梳理、分析和上报排查情况", "when": None, "when_norm": None},
             {"what": "区房屋急修中心确认存在严重安全隐患的要及时报区房管局、虹房集团、房屋产权人（单位）",
              "when": "及时（确认存在严重安全隐患时）", "when_norm": None}],
     notes=["counting: 四、 （一）–（四） 4, （五） 1.–3. 3, （六）（七） 2 = 9 leaves; 一、二、三、五、 are top-level sentences "
            "without numbered children (read as sections by the rule). Accepted: 7 (（一）–（七）, the three street offices "
            "read as part of （五）), 12 (also 一、二、五、 as tasks), 13 (also the scope 三、)",
            "aligned round 39: round 34's early ruling (childless headed points that give work, in a document whose "
            "points are mostly childless) — 一、 gives work by instruction 「须加强保护。要高度关注、逐步改善…」 and 二、 by "
            "「各单位要牢固树立…建立部门联动工作机制…」: both tasks; 五、 「…将依法依纪追究责任」 (accountability, no doer, "
            "no instruction) none → 11 accepted (9 + 一、二、)",
            "plan target: 「原则上每年不少于2次」 in 四、's lead-in (排查 at least twice a year), a frequency for every unit of "
            "四、; 三、's 「共计58处优秀历史建筑」 is the scope's size, and 「1－4批」 the batches a list was published in (not "
            "targets); 「（建办规电〔2014〕3号）」 a document number",
            "units: the seven headings of 四、 are units (responsible, one each; lead accepted as the single unit); （五）'s "
            "three sub-items open with their street office; 一、二、 say 各单位 in a sentence",
            "no deadline, no phase; the cover prints no date (the index gives 2014-08-18)"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x36_01", ["二", "（一）"], [], ["各区房屋行政管理部门"], "「各区房屋行政管理部门应当落实具体管理部门和专人，与…建立信息联系…」: the subject of 落实, responsible, no lead (A alone accepted); 市历史建筑保护事务中心 进行核对 / 汇总 are verbs rule 2 does not list, and 市房屋行政管理部门 receives (rule 3)", alt=[["各区房屋行政管理部门"]], rule="2 and 3")
align30("x36_01", ["三", "（一）"], [], ["质量安全监督机构", "住宅修缮管理部门"], "「质量安全监督机构对工程安全、质量实施监督」, 「住宅修缮管理部门对施工过程实施监督检查」: the subjects of 实施 (as rule 2's 「A依法对…实施监督」), responsible in order, no lead; 建设行政管理部门 核发 / 开展 and 设计方案受理部门 进行专项评估 are subjects of verbs rule 2 does not list, 市房屋行政管理部门 加强指导 guides (rule 3)", rule="2 and 3")
align30("x36_01", ["四", "（四）"], [], ["市房屋行政管理部门"], "「市房屋行政管理部门组织对优秀历史建筑保护管理工作进行年度评估」: the subject of 组织＋verb, responsible, no lead (A alone accepted); 「建设行政管理部门和房屋行政管理部门，应当…加强…监管」 and 「…还应当建立评估机制」 are subjects of verbs rule 2 does not list", alt=[["市房屋行政管理部门"]])
align30("x36_02", ["四", "（一）", "3"], [], ["街镇", "区住房保障房屋管理局"], "「在项目筹划阶段由街镇负责项目方案编制及前期各项准备工作」: the agent of 由 with 负责; 「由区住房保障房屋管理局指导项目实施单位委托…审核，并对项目开发建设全过程进行监管」: the agent of 由 with a verb of doing (监管, not only guidance); responsible in order, no lead; 区城市更新领导小组 approves 「需经…审核」 (rule 3)", rule="2 and 3")
align30("x36_02", ["六", "（四）", "1"], [], ["区建设管理委", "区住房保障房屋管理局", "区规划资源局"], "「由区建设管理委、区住房保障房屋管理局、区规划资源局安排专职人员，…分工负责更新办日常运行管理相关工作」: the agents of 由 with verbs of doing, responsible in order, no lead")
align30("x36_01", ["二", "（四）"], [], ["各街镇城市网格化管理部门"], "「各街镇城市网格化管理部门应当…对优秀历史建筑实施网格化管理，加强日常巡查」: the subject of 实施, responsible, no lead (A alone accepted); 区房屋行政管理部门 receives the dispatched cases (rule 3)", alt=[["各街镇城市网格化管理部门"]], rule="2 and 3")

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x36_01', ['三', '（二）'], [(100, '万元')],
                   '「对投资额低于100万元的修缮（装修改造）工程，纳入各区属地化管理」: joined to 低于, a threshold picking the works')
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x36_01', S32(['一'], [], ['市、区房屋行政管理部门', '市房屋行政管理部门', '市历史建筑保护事务中心', '区房屋行政管理部门', '市建设行政管理部门', '各区住宅修缮管理部门', '各街镇城市网格化管理部门'],
          note='「市、区房屋行政管理部门应当…共同做好保护管理工作。市房屋行政管理部门负责…。市历史建筑保护事务中心负责…。区房屋行政管理部门负责…」 (several 负责 clauses), then 「市建设行政管理部门负责…」「各区住宅修缮管理部门负责…」「各街镇城市网格化管理部门负责…」; no date'),
          'a childless section of unit paragraphs', '「一、职责分工」 has no numbered children; its four unnumbered paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order; the reading of the paragraphs as four tasks (14) is no longer accepted',
          '一、职责分工', leaf_tasks=11, count_alternatives=[])

# round 34 (p34h): answers aligned to CONVENTIONS.md "Round 34 rulings" by reading the items
from expected_tools import align34_units  # noqa: E402

align34_units('x36_02', ['四', '（二）', '3'], [], ['统筹主体', '区人民政府'],
              '「统筹主体按照规划…。组织专家委员会专家评审，形成区域更新方案。成果报送区规划资源局审核，由区人民政府认定后予以公布」 — the elided subject of 「组织…专家评审」 carries over inside the paragraph (统筹主体, CONVENTIONS.md round 34 Tasks: an elided subject; 组织＋work), and 由A认定 is 由A＋a verb of doing (round 30 names 认定; CONVENTIONS.md round 34); 区规划资源局 only receives (报…审核, rule 3)')  # noqa: E501

# round 39 (p39g): rule 4 as written — a lead-in's doers for the items that name none, by reading the items
from expected_tools import align39_units  # noqa: E402

align39_units('x36_02', ['六', '（一）', '2'], ['区更新办'], ['区更新办', '区城市更新领导小组各成员单位'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 六、's opening paragraph 「区更新办牵头区城市更新领导小组各成员单位，…及时制定或修订完善城市更新相关政策措施…」 (「A牵头B…」 read as 「由A牵头，B配合」, round 33) names the section's doers; the item names none of its own: lead 区更新办 (lead [] accepted), responsible 区更新办, the members as printed", alt=[[]])  # noqa: E501
align39_units('x36_02', ['六', '（二）', '1'], ['区更新办'], ['区更新办', '区城市更新领导小组各成员单位'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 六、's opening paragraph 「区更新办牵头区城市更新领导小组各成员单位，…及时制定或修订完善城市更新相关政策措施…」 (「A牵头B…」 read as 「由A牵头，B配合」, round 33) names the section's doers; the item names none of its own: lead 区更新办 (lead [] accepted), responsible 区更新办, the members as printed", alt=[[]])  # noqa: E501
align39_units('x36_02', ['六', '（二）', '2'], ['区更新办'], ['区更新办', '区城市更新领导小组各成员单位'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 六、's opening paragraph 「区更新办牵头区城市更新领导小组各成员单位，…及时制定或修订完善城市更新相关政策措施…」 (「A牵头B…」 read as 「由A牵头，B配合」, round 33) names the section's doers; the item names none of its own: lead 区更新办 (lead [] accepted), responsible 区更新办, the members as printed", alt=[[]])  # noqa: E501
align39_units('x36_02', ['六', '（三）'], ['区更新办'], ['区更新办', '区城市更新领导小组各成员单位'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 六、's opening paragraph 「区更新办牵头区城市更新领导小组各成员单位，…及时制定或修订完善城市更新相关政策措施…」 (「A牵头B…」 read as 「由A牵头，B配合」, round 33) names the section's doers; the item names none of its own: lead 区更新办 (lead [] accepted), responsible 区更新办, the members as printed", alt=[[]])  # noqa: E501
align39_units('x36_02', ['六', '（五）', '2'], ['区更新办'], ['区更新办', '区城市更新领导小组各成员单位'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 六、's opening paragraph 「区更新办牵头区城市更新领导小组各成员单位，…及时制定或修订完善城市更新相关政策措施…」 (「A牵头B…」 read as 「由A牵头，B配合」, round 33) names the section's doers; the item names none of its own: lead 区更新办 (lead [] accepted), responsible 区更新办, the members as printed", alt=[[]])  # noqa: E501

# round 44 (p44f): CONVENTIONS.md Round 43 rulings, Targets — a size band that decides which body reviews is a class of
# project, no target (the same band in the same rules, x191_04 第十五条, is answered so)
from expected_tools import _sample32  # noqa: E402

for _path, _words in (
        (["三", "（一）"], "「对于投资额100万元及以上的优秀历史建筑的修缮（装修改造）工程，应当通过…审批管理系统进行申报」: "
                         "the band sends the works to the city's review system"),
        (["三", "（二）"], "「对投资额低于100万元的修缮（装修改造）工程，纳入各区属地化管理」: the band sends the works to the "
                         "districts")):
    _s = _sample32("x36_01", _path)[1]
    _s["targets"].remove({"number": 100, "unit": "万元"})
    _s.setdefault("quantities_not_targets", []).append({"number": 100, "unit": "万元"})
    _s["note"] = ("aligned round 44: CONVENTIONS.md Round 43 rulings, Targets (a size band that decides which body "
                  f"reviews is a class of project, no target) — {_words} (target 100万元 → not_target 100万元); the "
                  "earlier reading: " + _s["note"])

# round 52 (al52): CONVENTIONS.md "Round 60 rulings" (Tasks, turned; p51e), README "Round 52"
_p = _sample32("x36_02", None)[0]
for _path in (["三", "（一）"], ["三", "（五）"]):
    _p["samples"].remove(_sample32("x36_02", _path)[1])
_p["leaf_tasks"], _p["count_alternatives"] = 24, [29, 37, 32]
_p["notes"].append('aligned round 52 to CONVENTIONS.md "Round 60 rulings" (turned): 「本实施意见所称城市更新，是指…具体包括：'
                   "（一）…（五）区人民政府认定的其他城市更新活动」 (三、适用范围) is a definition of scope, a general provision in a "
                   "plan of headed points as in articles (round 56's x81_02; round 30: none on general provisions); 区人民政府 inside "
                   "「…认定的」 describes a noun (round 30): the samples on 三/（一）, 三/（五） are dropped (leaf_tasks 29 → 24, "
                   "count_alternatives [37, 32] → [29, 37, 32]); the earlier count 29 stays accepted")

write_collected(DIR)
