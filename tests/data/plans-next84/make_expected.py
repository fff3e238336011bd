# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next84/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 29 (built by helper c84): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py;
given by hand for x84_03's 「任务N：」 items, which ``locate`` cannot find); every answer was written here by reading
the texts, with ../CONVENTIONS.md (round 29's ruling on units written in sentences) applied to every item. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next84/make_expected.py tests/data/plans-next84
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
src = shanghai_source
R1 = "CONVENTIONS.md rule 1 (the label decides; sentences in the item add nothing)"
R2 = "CONVENTIONS.md rule 2"
PLAIN = ("a body only as the plain subject of a verb that is not 牵头/负责/组织实施/实施/落实 and not after 由 (「X要…」, "
         "「X发布…」): no unit by CONVENTIONS.md rules 2–3 (x77's 「plain subject: none」) — lead = [], responsible = []")
LEADS = ("「（牵头单位：…）」 closes the item: the listed units lead and are responsible (lead = responsible = the list), "
         + R1)
FDG = "市发展改革委"
SJ = "市住房城乡建设管理委"
GH = "市规划资源局"
SF = "各省级发展改革委"
SW = "商务、市场监管部门"
DS = "地市级发展改革部门"

# ---------------------------------------------------------------------------------------------------------
X01 = "x84_01_shanghai-2025-yingshang-huanjing-shida-gongjian-tupo-renwu-tongzhi.txt"

plan(X01,
     title="关于加力提速推进2025年优化营商环境“十大攻坚突破任务”的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪发改营商〔2025〕7号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2025-04-30",
     level="city commission (Shanghai), a notice listing ten tasks for the year and five ways of following them up",
     source=src("工程建设管理", "关于加力提速推进2025年优化营商环境“十大攻坚突破任务”的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=1e7ca1aa488045838ab46e19dbb5ea10&siteId=0025", 4201),
     style="a city notice (各相关单位; a preamble 「确保年内取得明显进展」); 一、 ten items 「1、」–「10、」 (ASCII-less 「N、」 "
           "numbers), each a heading line over one paragraph closing with 「（牵头单位：…）」 (1、: 「市发展改革委总牵头，各领域由相关单位"
           "具体牵头」); 二、加强统筹协调和跟踪问效 five items 「1、」–「5、」 with no label (市营商环境综合专班 in sentences, 「由"
           "市营商环境综合专班建立…」 in 4、); no dates in the items",
     leaf_tasks=11, count_alternatives=[10, 12, 15],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [FDG], [FDG],
          note="「（牵头单位：市发展改革委总牵头，各领域由相关单位具体牵头）」: 总牵头 is the role word after the name (dropped), "
               "「各领域由相关单位具体牵头」 names no body (a phrase, no unit); 「会同高校智库、行业协会和媒体机构」 in the text adds "
               "nothing (" + R1 + "); 「BR评估」 a name, 「第四次修订」 an ordinal; " + NODATE),
        S(["一", "3"], [FDG, "市司法局", "市政府办公厅", "市市场监管局"], [FDG, "市司法局", "市政府办公厅", "市市场监管局"],
          targets=[(40, "个")],
          note=LEADS + "; 「在全市40个部门和各区、街镇全面推行」: the rollout's scope, a quantity written in the item (a target "
               "by round 25's rule); 「三种方式」 in words, not checked; 市营商环境专班 in a sentence adds nothing; " + NODATE),
        S(["一", "5"], ["市委金融办", "上海金融监管局", FDG], ["市委金融办", "上海金融监管局", FDG],
          note=LEADS + "; 「千企万户大走访」 a campaign's name (no figure checked); " + NODATE),
        S(["一", "6"], ["市委网信办", "市公安局", "市检察院"], ["市委网信办", "市公安局", "市检察院"],
          not_targets=[(2.0, "版")],
          note=LEADS + "; 「《涉企侵权信息处理服务包》2.0版」 is a version of a named package (not a target); " + NODATE),
        S(["一", "8"], ["市委政法委"], ["市委政法委"],
          note="a single unit under the label 牵头单位: lead and responsible (the label says it leads); " + NODATE),
        S(["一", "10"], [FDG], [FDG],
          note=LEADS + "; the last of the ten; 「12345派单机制」 a hotline's name; 「最后一公里」 a phrase; " + NODATE),
        S(["二", "4"], [], ["市营商环境综合专班"], targets=[(16, "个")], lead_alternatives=[["市营商环境综合专班"]],
          note="no label; 「由市营商环境综合专班建立市级层面企业诉求的兜底解决机制」: the agent of 由 with a verb of doing (" + R2
               + "): responsible, lead = [] (the body accepted as lead); 「做到16个区全覆盖」 a coverage count written in the "
               "item (target); 「12345企业专线」 a hotline's name; 市人大 is the body whose inspection raised the complaints (no "
               "unit); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市营商环境综合专班建立常态化跟踪调度机制，每周跟踪动态、每月汇总进展", "when": "每周 / 每月",
              "when_norm": "weekly (and monthly summaries)"}],
     notes=["counting: 一、 1、–10、 are tasks, each with its own 「（牵头单位：…）」 (10); 二、 is a section of follow-up "
            "(督查调度 / 培训指导 / 宣传监督 / 诉求解决 / 评估问效): by round 27's rule its items that name no unit are not "
            "tasks in a plan whose tasks name units; of them only 4、 names a unit (「由市营商环境综合专班建立…」, "
            "CONVENTIONS rule 2) → **11**. Accepted: 10 (二、 read as a section), 12 (二、1、 too: 「市营商环境综合专班建立…」 "
            "read as naming a unit) and 15 (every numbered leaf)",
            "samples: seven of eleven (一、 first, middle, last; 二、4、)",
            "units: 「牵头单位」 labels → lead = responsible = the list (no 配合 units are written); in 二、 the sentences are "
            "read by CONVENTIONS rule 2 (由 + verb: a unit) and rule 3 (a plain subject 「市营商环境综合专班建立…」 (1、), "
            "「组织牵头部门…」 (2、) and 「依托市工商联…」 (5、): no unit)",
            "dates: none in the items; the cover's 「确保年内取得明显进展」 (2025) is the notice's horizon, not an item's deadline",
            "figures: 40个部门 (3、) and 16个区 (二、4、) the targets sampled; 2.0版 (6、) a version (not a target); "
            "「优化营商环境8.0版方案」 (preamble) a plan's version; 「2025年营商环境各区测评考核」 a year",
            "duties: the task force's weekly tracking and monthly summing-up (二、1、); 「定期通报」 (2、, 10、) and 「加强通报晾晒」 "
            "(5、) are oversight, not reports"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x84_02_guojia-2025-shichang-zhunru-bilei-qingli-zhengzhi-tongzhi.txt"
HUITONG = ("「A会同B＋verb」 (" + R2 + "): lead A (lead [] accepted), responsible A and B; 「商务、市场监管部门」 is one list of "
           "sectors sharing the noun 部门, kept whole as printed (as x76_04's 「建设、交通…等市区管理部门」)")

plan(X02,
     title="国家发展改革委 商务部 市场监管总局关于开展市场准入壁垒清理整治行动 促进全国统一大市场建设的通知",
     title_note="the notice's title (the first line, with its two inner spaces)",
     doc_no="发改体改〔2025〕511号 (from the index; the stored text prints no number)",
     issuer="国家发展改革委, 商务部, 市场监管总局 (central; published on Shanghai's platform by 上海市发展和改革委员会)",
     date="2025-04-23",
     level="central ministries (a joint notice to ministries and provincial departments), republished in Shanghai",
     source=src("工程建设管理", "国家发展改革委 商务部 市场监管总局关于开展市场准入壁垒清理整治行动 促进全国统一大市场建设的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=74aa785390014ee2a5a521558342d80b&siteId=0025", 3895),
     style="a central notice (addressees: 中央和国家机关有关部门, provincial 发展改革委、商务厅（局）、市场监管局); 一、工作目标 "
           "(a paragraph); 二、清理整治重点 a list （一）–（十五） of kinds of barrier (one line each); 三、清理整治工作安排 with "
           "（一）–（三） each over 「1. 」–「4. 」 items (ASCII period and a space) and （四）（五） paragraphs; units ONLY in "
           "sentences: 「A会同B…」, 「由A会同B…」, 「A牵头组织」, 「由A…报送」, 「A与B共同牵头」; a closing paragraph (为期半年, "
           "定期报告) and 附件 1.–2. (not stored)",
     leaf_tasks=12, count_alternatives=[27],
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["三", "（一）", "2"], [SF], [SF, SW, "文件制定部门"], lead_alternatives=[[]],
          note=HUITONG + "; the second clause 「（各省级发展改革委）…会同文件制定部门推动文件修改废止工作」 adds 文件制定部门 "
               "(several clauses: all their bodies in order); 省级人民政府 / 同级人大常委会 receive requests (提请…审议, 报请…办理: "
               "rule 3); 「督促制定部门限期修改」 — 制定部门 is the object; 「原则上在清理整治行动期间完成」 has no date: " + NODATE),
        P(["三", "（二）", "2"],
          note=PLAIN + " (「各省级发展改革、商务、市场监管部门在政府门户网站…发布《…征集公告》」); 「（见附件2）」 a form; " + NODATE),
        S(["三", "（三）", "2"], ["省级发展改革委", DS], ["省级发展改革委", "相关部门", DS, "相关区县"], lead_alternatives=[[]],
          note="four clauses (" + R2 + ", several clauses: all their bodies in order): 「由省级发展改革委会同相关部门开展核实」 "
               "(lead A, responsible A, B), 「地市级发展改革部门牵头组织核实整改」 (A牵头: lead), 「地市级发展改革部门会同相关区县组织"
               "核实整改」 (+ 相关区县), 「核实整改情况由省级发展改革委定期向国家发展改革委报送」 (国家发展改革委 receives: rule 3); "
               "the 「涉省级部门的… / 涉地市级的… / 涉区县级的…」 openings divide the item's own work by level (not contingencies like rule 3's 「确需调整的」), so their clauses count; 省级发展改革委 written without 各 here, as printed; lead [] accepted; 「限时整改」 no date; " + NODATE),
        S(["三", "（三）", "3"], ["国家发展改革委"], ["国家发展改革委", "有关部门"], lead_alternatives=[[]],
          note="「国家发展改革委会同有关部门进行督办」: " + R2 + " 会同 (lead A, lead [] accepted); 「按程序向国务院报告」 a "
               "case clause (「情节严重的」: rule 3); " + NODATE),
        P(["三", "（四）"],
          note=PLAIN + " (「中央和国家机关涉市场准入事项各有关部门加强对本系统指导，积极配合开展清理整治行动」: 配合 with no "
               "牵头 body before it); a paragraph item with no numbered child under （四） (a leaf); the liaison list is a duty; "
               + NODATE),
        S(["三", "（五）"], ["国家发展改革委体改司", "新华社国内新闻编辑部"], ["国家发展改革委体改司", "新华社国内新闻编辑部"],
          note="「国家发展改革委体改司与新华社国内新闻编辑部共同牵头推进工作」: A与B共同牵头 (" + R2 + ": both lead); 「联合成立"
               "工作专班」 sets up a body (rule 3: no units from it); 「新华社各国内分社确定专人负责…对接」: 专人负责 is a person "
               "noun (rule 3); 「各省级发展改革委将…实时同步…」 a plain subject; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "省级发展改革委定期向国家发展改革委报送核实整改情况", "when": "定期", "when_norm": None},
             {"what": "各省级发展改革委向省级人民政府定期报告工作开展情况", "when": "定期", "when_norm": None},
             {"what": "中央和国家机关涉市场准入事项各有关部门更新相关负责人和联络员名单", "when": "not stated", "when_norm": None}],
     notes=["counting: 一、工作目标 is a section; 二、's （一）–（十五） are kinds of barrier to clean up (a list of what, not "
            "work for a unit); 三、 （一） 1.–2. (2), （二） 1.–4. (4; the lead-in paragraph is no item), （三） 1.–4. (4), "
            "（四） and （五） paragraphs with no numbered child (2) → **12**. Accepted: 27 (二、's fifteen leaves counted too, as "
            "plans-dev 05 counts its principles)",
            "samples: six of twelve, across （一）–（五）",
            "units: every body is written in a sentence; CONVENTIONS rule 2 (会同, 牵头, 由 + verb; several clauses give all "
            "their bodies in order) and rule 3 (receivers 国家发展改革委 / 国务院 / 省级人民政府, plain subjects, a body set up, "
            "专人负责) applied item by item",
            "dates: none in the items; 「集中清理整治工作为期半年」 (closing paragraph) a duration with no start date: no "
            "phase, no deadline",
            "figures: none in the items (二、's numbers are list numbers)",
            "duties: the provincial commissions' periodic reports up (三、（三）2. and the closing paragraph) and the liaison "
            "list (三、（四）); 「适时引入人工智能」, 「公开通报」 are not reports"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x84_03_shanghai-2025-laohua-guandao-gengxin-gaizao-shidian-fangan.txt"
TASKN = ("a 「任务N：」 item of 三、行动任务: no body is written in it; 四、工作机制 names each 专项行动's 牵头 units in a separate "
         "item, by the action's name (not a heading, label or units line of this item: CONVENTIONS rule 1 gives no inheritance "
         "across sections) — lead = [], responsible = []")

plan(X03,
     title="上海市推动老化管道更新改造 提升城市安全韧性试点方案（关于印发《上海市推动老化管道更新改造 提升城市安全韧性试点方案》的通知）",
     title_note="the plan's own title (after the cover's date) or the notice title: either is accepted",
     doc_no="沪发改地区〔2025〕9号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会, 上海市住房和城乡建设管理委员会, 上海市水务局, 上海市规划和自然资源局 (four signatures)",
     date="2025-04-18",
     level="city commissions (Shanghai), a pilot plan",
     source=src("工程建设管理", "关于印发《上海市推动老化管道更新改造 提升城市安全韧性试点方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=32417fd7ad064a8d94f3f498134c605d&siteId=0025", 3955),
     style="a cover (four signatures) then the plan: 一、试点要求 and 二、试点目标 paragraphs (2025 and 2028 goals with 750 / 150 / "
           "100 公里); 三、行动任务 four （一）–（四） actions over nine items numbered 「任务1：」–「任务9：」 (a word before the number, "
           "a colon after it); 四、工作机制 1.–4. giving each action its units by 「由X牵头负责」; 五、组织实施 1.–3. (no unit "
           "given work; a reporting duty)",
     leaf_tasks=14, count_alternatives=[13, 9, 16],
     attachment_task_rows=0,
     childless_top_level_sections=["一、试点要求", "二、试点目标"],
     samples=[
        S(["三", "（一）", "任务1"], [], [], dl=None, line=37, title_starts="实施地下管网信息",
          note=TASKN + "; 「新一轮地下管线普查计划」 no date; " + NODATE),
        S(["三", "（二）", "任务3"], [], [], targets=[(750, "公里")], dl="2025年", dln="2025", line=43,
          title_starts="实施城市燃气管道",
          note=TASKN + "; 「2025年完成不少于750公里更新改造」: a floor (target) with the year as its deadline"),
        S(["三", "（三）", "任务5"], [], [], targets=[(150, "公里"), (100, "公里")], dl="2025年", dln="2025", line=49,
          title_starts="实施城市供排水管",
          note=TASKN + "; 「2025年完成150公里供水管道、100公里排水管道更新改造」; 「三大片区」 in words, not checked"),
        S(["三", "（三）", "任务7"], [], [], dl="到2025年底", dln="2025-12-31", line=53, title_starts="实施排水感知系统",
          other_deadlines=["2025年 (基本建成中心城区感知体系)"],
          note=TASKN + "; 「到2025年底感知监测点位密度达到每5公里1个」: a density (per 5 km, 1 point) — not checked as a "
               "target (which of 5 and 1 a reader would call the target is not settled); deadline the end of 2025"),
        S(["三", "（四）", "任务9"], [], [], line=59, title_starts="完善综合管廊建设",
          note=TASKN + "; the last 任务; " + NODATE),
        S(["四", "2"], [SJ], [SJ],
          note="「由市住房城乡建设管理委牵头负责」: " + R2 + " (由A牵头: lead A); 「编制2025年上海市燃气管道更新改造实施方案」 "
               "— 2025 is in the name of the plan to write, no deadline; " + NODATE),
        S(["四", "4"], [SJ, GH], [SJ, GH],
          note="「由市住房城乡建设管理委、市规划资源局牵头负责」: " + R2 + " (both lead); 「（2024-2028年）」 is in a plan's name, "
               "not a deadline; " + NODATE),
     ],
     plan_targets=[{"number": 750, "unit": "公里"}, {"number": 150, "unit": "公里"}, {"number": 100, "unit": "公里"}],
     phases=[],
     duties=[{"what": "各部门、各单位定期将试点进展、经验做法、典型案例等报送市区域高质量发展领导小组办公室", "when": "定期",
              "when_norm": None}],
     notes=["counting: 一、 and 二、 are sections; 三、 任务1–9 (9) and 四、 1.–4. (4: each names 牵头 units and their work) are "
            "tasks; of 五、组织实施 1.–3., 1. names a unit — 「市区域高质量发展领导小组办公室适时组织开展试点工作总结评估」, the subject of "
            "组织＋verb (CONVENTIONS rule 2 as amended in 6ba16bd) — and is a task; 2. and 3. name none (「压实各区人民政府属地"
            "责任」 the object, 「各部门、各单位应定期…报送」 a general call) and are not tasks (round 27) → **14**. Accepted: 13 "
            "(五、1. read as a section item, the reading before the amendment), 9 (四、 read as a mapping of actions to units, "
            "not tasks) and 16 (every numbered leaf)",
            "samples: seven of fourteen (five 任务 items, 四、 2. and 4.); the 「任务N：」 items are located by hand (line and "
            "first words), ``locate`` knowing no number after a word",
            "units: the 任务 items name none (see the sample notes); 四、's items by 「由X牵头负责」; 四、1. also has 「各管线行业"
            "管理部门和专业经营单位密切配合」 and 四、3. 「协同市住房城乡建设管理委」 (not sampled)",
            "dates: 2025 (任务3, 任务5), 到2025年底 (任务7); 2028 only in 二、试点目标 (plan level)",
            "figures: plan-level 750 / 150 / 100 公里 (二、, repeated in 任务3 and 任务5); 「每5公里1个」 not checked; 「9项重点任务」"
            " and 「四大专项行动」 describe the plan"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x84_04_shanghai-2025-shuilu-yunshu-fuzhuye-hecha-tongzhi.txt"

plan(X04,
     title="上海市交通委关于开展本市2025年水路运输及其辅助业核查工作的通知",
     title_note="the notice's title (the first line; a two-line title without the issuer follows)",
     doc_no="沪交港〔2025〕86号 (from the index; the stored text prints no number)",
     issuer="上海市交通委员会",
     date="2025-02-11 (the text's date; the index gives 2025-02-25)",
     level="city commission (Shanghai), a notice organising the year's checks of shipping firms",
     source=src("工程建设管理", "上海市交通委关于开展本市2025年水路运输及其辅助业核查工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=6ade6af50c764568b9b70dd79fcc3875&siteId=0010", 2081),
     style="title, a two-line title, addressees (临港新片区管委会、各区交通主管部门、市港航中心、委执法总队); the window 「自本通知"
           "发布之日起至2025年4月30日」; 一、核查工作安排 （一）核查对象 （二）核查内容 (paragraphs); 二、核查职责分工 one "
           "paragraph of 「X负责…」 (three bodies); 三、核查工作要求 （一）–（六） (（一） and （二） on adjacent lines with no blank "
           "between), two with dated reports (2025-04-30, 2025-05-09); the date and a contact line",
     leaf_tasks=8, count_alternatives=[6, 9],
     attachment_task_rows=0,
     childless_top_level_sections=["二、核查职责分工"],
     samples=[
        P(["一", "（一）"],
          note="a list of who is checked (经营者, 船舶); 「截至2024年12月31日」 is the cut-off of the firms in scope, not a "
               "deadline; " + NODATE),
        P(["三", "（二）"],
          note=PLAIN + " (「各单位及部门…要…核查」, 「各级核查部门要逐家核查」, 「有关交通运输主管部门要督促…」, 「各级核查单位需将…"
               "移交」: general calls and plain subjects, rule 3); 2025 in a form's name; " + NODATE),
        P(["三", "（四）"], targets=[(5, "%")], dl="2025年4月30日前", dln="2025-04-30",
          note=PLAIN + " (「临港新片区管委会、各区交通主管部门于…前将核查工作总结…报市港航中心」: report to 市港航中心 — the "
               "subjects of 报, not of 负责/实施; the report is a duty); 「变化率超5%的应说明原因」 a threshold that triggers an "
               "explanation (round 30: CONVENTIONS.md thresholds — 「超5%的应说明原因」: a target); 「一式两份」 in words"),
        P(["三", "（五）"], dl="2025年5月9日前", dln="2025-05-09",
          note=PLAIN + " (「市港航中心要认真做好…，于…前…上报市交通委」: 做好 and 上报 are not rule-2 verbs)"),
        P(["三", "（六）"], note=PLAIN + " (「各单位及部门要统筹安排检查计划」); 「同一天」 in words; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "临港新片区管委会、各区交通主管部门将核查工作总结及相关核查材料报市港航中心", "when": "2025年4月30日前",
              "when_norm": "2025-04-30"},
             {"what": "市港航中心以电子版形式将核查相关报告与表格上报市交通委", "when": "2025年5月9日前",
              "when_norm": "2025-05-09"}],
     notes=["counting: 一、 （一）（二） (2) and 三、 （一）–（六） (6) → **8**: the items name no unit by CONVENTIONS rules 2–3 "
            "(every body in them is a plain subject or a general call), so the plan's numbered items name no units and every "
            "numbered leaf is a task (round 27, plans-dev 08). Accepted: 6 (一、's two lists of what is checked read as "
            "scope, not work) and 9 (二、核查职责分工 read as a task: it names 市交通委, 市港航中心, 临港新片区管委会, 各区交通主管部门 "
            "with 负责)",
            "samples: five of eight (一、, 三、 first-middle-last and both dated items)",
            "units: 二、 is a childless section (a section, not a task); its 「X负责」 clauses are not a lead-in to 三、 (rule 4 "
            "concerns a paragraph opening a section with items) — 三、's items keep no unit",
            "dates: 2025-04-30 (三、（四）) and 2025-05-09 (三、（五）), both reports (also duties); the check window ends "
            "2025-04-30 (preamble, no phase named); 2024-12-31 is a cut-off",
            "figures: 5% a threshold (a target by CONVENTIONS.md thresholds, round 30); 「交办水函〔2025〕224号」 a document number"])

write_collected(DIR)
