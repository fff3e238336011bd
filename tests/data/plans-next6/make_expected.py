# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next6/expected.json from the hand-written answers below.

These plans are THE never-tuned set of round 11 (built by corpusK): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or by ``at``
below where an item's number is not at the start of its line); every answer was written here by reading the texts,
before the parser or the scorer was run on them.

    python tests/data/plans-next6/make_expected.py tests/data/plans-next6
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    COVER,
    CUT,
    PAGES,
    S,
    at_in,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

HAND = ("; the excerpt was copied by hand from the tool's answer into the file (JSON escapes undone, a final newline "
        "added)")
PROSE = "no unit is named for the item (the subjects in the text are prose or category words): lead = [], responsible = []"
NOTITLE = "the page holds no title line of the plan: no title is checked"
ROW = ("attachment row of the 附件1 task table (序号 | 任务名称 | 任务内容 | 牵头部门 | 配合部门 | 时间节点, one cell a line): "
       "牵头部门 = lead, 配合部门 = the other responsible units (lead included in responsible)")
Y2019 = "时间节点 「2019年」: the year only (2019)"


at = partial(at_in, DIR)


def src(url):
    return url + " — " + PAGES + HAND


# ---------------------------------------------------------------------------------------------------------
Q01 = "q01_baoshan-2019-shenghuo-laji-quancheng-fenlei-tixi-jianshe-shishi-fangan.txt"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"
WHOLE = ("the stored text (read with read_file); only the repository's wrapper was removed (YAML front matter, the two "
         "`>` disclaimer lines and the blank lines around them, the `# ` marker before the notice title); the "
         "reconstructed file has the stored file's character count (13376)")


def row(n, lead, others, dl, dln, targets=(), **kw):
    note = ROW + ("; " + Y2019 if dl == "2019年" else "") + ("; " + kw.pop("note") if "note" in kw else "")
    return S(["附件", str(n)], list(lead), list(lead) + list(others), list(targets), dl, dln, note=note, **kw)


GJ = "各街镇（园区）"
LX = "各联席会议成员单位"
LR = "区绿化市容局"
XC3 = "区委宣传部（区文明办、区政府新闻办、区委网信办）"

plan(Q01,
     title="关于贯彻《上海市生活垃圾管理条例》推进全程分类体系建设的实施方案（上海市宝山区人民政府办公室关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施方案的通知）",
     title_note="the plan's own title (two lines after the cover: 「关于贯彻《上海市生活垃圾管理条例》」 / 「推进全程分类体系建设的实施方案」) or the notice title: either is accepted",
     doc_no="宝府办〔2019〕26号", issuer="上海市宝山区人民政府办公室", date="2019-05-05", level="district (Shanghai Baoshan)",
     source=f"GitHub zhiyao87/Shanghai-Gov-Docs-Index @ {C2B}, docs/市容绿化与景观/上海市宝山区人民政府办公室关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施方案的通知.md (official page https://www.shanghai.gov.cn/zhengce/detail/0078::2dadcacd-e1c8-441c-9f2f-b7ab4d861222) — {WHOLE}",
     style="district implementation plan, WHOLE document: cover, two-line plan title, 一、–五、 with （一） and 1. items whose "
           "units are only in prose (「由区机管局与区绿化市容局落实」, 「由街镇（园区）牵头，区绿化市容局配合落实」), quarterly "
           "steps inside items; 附件1 a 39-row task table flattened one cell a line (序号 | 任务名称 (merged: only on the first "
           "row of a group) | 任务内容 | 牵头部门 | 配合部门 | 时间节点), cells broken over two lines (rows 9, 14, 21, 23); "
           "附件2 a per-town target table without numbers, 附件3 an indicator table (numbers only)",
     leaf_tasks=18, task_section_leaves=15, attachment_task_rows=39, childless_top_level_sections=["一、指导思想"],
     leaf_tasks_by_section={"二、工作目标": 3, "三": 9, "四": 3, "五": 3},
     samples=[
        S(["二", "（一）"], [], [], [(67.4, "万户"), (70, "%"), (518, "个"), (104, "个")], skip_deadline=True,
          note=PROSE + "; a goal item (工作目标 has numbered children, so they are leaves); 「2019年创建…达标村104个」: the plan's year for one target, not checked as a deadline"),
        S(["二", "（二）"], [], [], [(670, "个"), (12, "座"), (1610, "吨"), (251, "吨")],
          note=PROSE + "; 「不高于1610吨」 a ceiling, still a target; no date"),
        S(["三", "（一）", "1"], [], [], [(70, "%")],
          note=PROSE + "; the last sentence assigns ONE part of the item in prose (党政机关…由区机管局与区绿化市容局落实，其余单位…由街镇（园区）牵头，区绿化市容局配合落实): not the item's unit labels (doubtful: a reader could take 街镇（园区） as lead); no date"),
        S(["三", "（一）", "2"], [], [], [(1918, "个")], skip_deadline=True, not_targets=[(240, "升")],
          note=PROSE + "; steps 一季度 / 上半年 / 到三季度 (2019 implicit): several dated steps, no single deadline, not checked; 240升 is a bin size (a spec, not a target); 每户1组、每村1辆 are equipment norms"),
        S(["三", "（二）", "1"], [], [],
          note=PROSE + " (各街镇（园区）…, 区商务委对接企业…, 区财政局、区发展改革委等部门制定… are sentence subjects of the 一是…四是 parts, not labels); no date"),
        S(["三", "（二）", "2"], [], [], [(18, "辆")], skip_deadline=True,
          note=PROSE + "; 「2019年再新增18辆」: the plan's year, not checked"),
        S(["三", "（三）", "1"], [], [], skip_deadline=True,
          note=PROSE + "; quarterly steps of 2019 then 「2020年形成处置能力」: several dates, not checked"),
        S(["四", "（二）"], [], [],
          note=PROSE + " (城管执法部门 in prose); 「每日一报，一周整改」 a rhythm (duty below); no date"),
        S(["五", "（一）"], [], [], note=PROSE + "; no date"),
        row(1, ["区政府办公室"], [LX], "2019年3月", "2019-03", note="the first row of the group 加强组织领导 (task name on the line after 1)"),
        row(2, ["区委组织部（区公务员局）"], [LR], "2019年", "2019", note="a bracketed second name kept with the unit"),
        row(3, ["区政府办公室"], [GJ], "2019年6月", "2019-06"),
        row(4, [GJ], [LX], "2019年3月", "2019-03"),
        row(5, ["区委组织部", "区民政局", "区住房保障房屋管理局", LR], [GJ], "2019年6月", "2019-06", note="group 推进基层建设"),
        row(6, ["区民政局"], [GJ], "2019年", "2019", note="「每1-2周」 is a rhythm of the analysis, not a target"),
        row(7, ["区城市网格化综合管理中心"], [LX], "2019年", "2019"),
        row(8, [LR], [LX], "2019年5月", "2019-05"),
        row(9, [GJ], [LR, "区农业农村委"], "2019年", "2019", note="group 推进全面覆盖; 配合部门 cell broken over two lines 「区绿化市容局、」 / 「区农业农村委」"),
        row(10, [LR], ["区商务委", "区国资委", "区住房保障房屋管理局", "区民政局", "区文化旅游局", "区市场监管局"], "2019年6月", "2019-06", [(70, "%")]),
        row(11, [LR], ["区住房保障房屋管理局"], "2019年", "2019"),
        row(12, ["区委组织部"], [GJ], "2019年", "2019", note="a second group headed 推进全面覆盖 (the task name repeated)"),
        row(13, [LR], ["区城管执法局"], "2019年", "2019", [(131, "吨")]),
        row(14, ["区机管局"], [LR, "区党政机关、公共机构"], "2019年9月", "2019-09", [(100, "%")],
            note="配合部门 cell broken over two lines 「区绿化市容局」 / 「区党政机关、公共机构」 (doubtful: the second line could be read as a further column, but the table has none); 「区党政机关、公共机构」 one group (the row's subject: 党政机关、公共机构)"),
        row(15, [LR], ["区商务委", "区住房保障房屋管理局", "区城管执法局"], "2019年", "2019", [(670, "个"), (12, "座")], note="group 加快体系建设"),
        row(16, [LR], [GJ], "2019年", "2019", [(80, "辆"), (1, "辆")], note="「80余辆」: 80, about"),
        row(17, [LR], ["区科委", GJ], "2019年", "2019"),
        row(18, [GJ], [LR], "2019年3月", "2019-03", not_targets=[(500, "户")], note="「原则上按500户配1名」 a staffing norm, not a target"),
        row(19, [GJ], ["区财政局", LR], "2019年6月", "2019-06"),
        row(20, [GJ], [LR], "2019年9月", "2019-09"),
        row(21, ["区政府办公室", LR], ["区规划资源局", "区重大办"], "2019年", "2019",
            lead_alternatives=[["区政府办公室", LR, "区规划资源局", "区重大办"]],
            note="group 提高处理能力; the units are on two lines 「区政府办公室、区绿化市容局、」 / 「区规划资源局、区重大办」: the trailing 、 can mean one 牵头 cell broken over two lines (all four lead, no 配合) or two cells — both leads accepted, responsible is the four either way"),
        row(22, [LR, "区城管执法局"], ["区城市网格化综合管理中心", GJ], "2019年", "2019"),
        row(23, ["区市场监管局"], ["区商务委", LR], "2019年", "2019", note="配合部门 on two lines 「区商务委」 / 「区绿化市容局」 (a cell broken without a 、)"),
        row(24, ["区文化旅游局", "区市场监管局"], ["区商务委"], "2019年", "2019", note="group 推动源头减量"),
        row(25, ["区邮政局", "区市场监管局"], [LR], "2019年", "2019"),
        row(26, ["区市场监管局", "区农业农村委", "区商务委"], [GJ], "2019年", "2019"),
        row(27, ["区城管执法局"], [LR], "2019年", "2019", note="group 强化执法监督"),
        row(28, ["区城管执法局", "区市场监管局"], [LR], "2019年", "2019"),
        row(29, [LR], [XC3, "区民政局"], "2019年", "2019", note="a second group headed 强化执法监督; 「区委宣传部（区文明办、区政府新闻办、区委网信办）」 one unit (its bracket names the offices it acts as), not split on the 、 inside the bracket"),
        row(30, [LR], [GJ], "2019年", "2019"),
        row(31, [LR, "区委宣传部"], [GJ], "2019年5月", "2019-05", note="group 营造良好氛围"),
        row(32, [LR], ["区住房保障房屋管理局", "区城管执法局", "区民政局", "区卫健委", "区机管局", "区国资委", "区教育局", "区商务委"], "2019年", "2019"),
        row(33, ["区科委", LR, XC3], [GJ], "2019年", "2019"),
        row(34, [LR, "区民政局"], [GJ], "2019年", "2019"),
        row(35, ["区民政局", "区委宣传部（区文明办）", "区妇联"], [LR], "2019年", "2019", note="a second group headed 营造良好氛围"),
        row(36, [LR, "区委宣传部（区政府新闻办、区委网信办）"], [GJ], "2019年", "2019"),
        row(37, ["区城管执法局", "区住房保障房屋管理局", "区民政局"], [LR], "2019年", "2019"),
        row(38, [LR], [GJ], "2019年", "2019", [(1, "场")], note="「（各单位全年不少于一场）」: 一场 in a Chinese numeral"),
        row(39, [LR, "区机管局"], [GJ], "2019年", "2019", [(5, "场")]),
     ],
     plan_targets=[],
     phases=[],
     duties=[
        {"what": "将单位、生活垃圾分类小区名单及开展情况以简报形式定期向区委、区政府进行报告", "when": "定期", "when_norm": None},
        {"what": "联席办形成每月例会制度、通报制度，沟通各项情况", "when": "每月", "when_norm": "monthly"},
        {"what": "垃圾分类黄马夹巡查队伍循环督查，每日一报，一周整改", "when": "每日", "when_norm": "daily"},
     ],
     notes=["一、指导思想 is a section; 二、工作目标 has numbered goal items （一）–（三） (counted: 18 body leaves, 15 without them)",
            "附件1 has 39 numbered rows (tasks); 附件2 (towns, no row numbers) and 附件3 (indicators) are data tables, not tasks",
            "quarterly steps (一季度…四季度) in 三/（一）/2 and 三/（三）/1–2 are steps of items, not schedule phases: phases = []"])

# ---------------------------------------------------------------------------------------------------------
Q02 = "q02_hongshan-2025-qu-zhengfu-gongzuo-baogao-zhuyao-mubiao-renwu-zeren-fenjie-fangan-tongzhi.txt"
plan(Q02,
     title="2025年区《政府工作报告》确定的主要目标任务责任分解方案（区人民政府办公室关于印发2025年区《政府工作报告》确定的主要目标任务责任分解方案的通知）",
     title_note="the plan's name or the notice's title (both on the page; the notice title also broken over three lines)",
     doc_no="洪政办〔2025〕1号", issuer="洪山区人民政府办公室 (Wuhan, Hubei)", date="2025-01-06", level="district (Hubei, Wuhan Hongshan)",
     source=src("https://www.hongshan.gov.cn/xxgk/zc/qt/qzfbwj/202502/t20250220_2537360.shtml"),
     style="cover of a 政府工作报告 breakdown: site metadata lines, the title three times, cover instructions 一、加强组织领导 / "
           "二、按时报告情况 / 三、 (cut), dates with the 年 dropped by the source (「于20251月20日前」, 「20254月8日、7月8日、10月8日及12月8日前」)",
     leaf_tasks=3, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note=PROSE + "; " + COVER),
        S(["二"], [], [], dl="于20251月20日前", dln="2025-01-20",
          other_deadlines=["20254月8日、7月8日、10月8日及12月8日前 (quarterly)"],
          note=PROSE + " (区政府督查室 is the recipient); the source dropped 年: 「20251月20日」 is 2025年1月20日; " + COVER),
     ],
     plan_targets=[], phases=[],
     duties=[
        {"what": "制定全年办理工作方案，经本单位主要负责人审定后书面报区政府督查室", "when": "2025年1月20日前", "when_norm": "2025-01-20"},
        {"what": "主要目标任务各季度及全年完成情况报送至区政府督查室", "when": "2025年4月8日、7月8日、10月8日及12月8日前", "when_norm": "quarterly"},
     ],
     notes=["the page ends inside cover instruction 三、; the breakdown itself is not on the page"])

# ---------------------------------------------------------------------------------------------------------
Q03 = "q03_fuyu-shi-zhengfu-ducha-shi-nongcun-renju-huanjing-zonghe-zhengzhi-zhuanxiang-ducha-tongzhi.txt"
FY = "各乡镇场"
plan(Q03,
     title="扶余市人民政府督查室关于对全市开展农村人居环境综合整治工作专项督查的通知",
     doc_no="", issuer="扶余市人民政府督查室 (Jilin)", date="", level="city (county-level; Jilin, Songyuan)",
     source=src("https://www.fy58.com/archiver/tid-23118.html"),
     style="a supervision notice posted on a forum's archive: title line, then the WHOLE notice in one line — 一、重点督办事项 "
           "1.–7. each ending 「(责任单位:A、B、各乡镇场)」 (one with 「责任单位;」), 二、几点要求 1.–3. (3. cut); a report due "
           "「于7月17日下班前」 without a year",
     leaf_tasks=10, task_section_leaves=7, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["城市管理执法大队", FY], **at(Q03, "重点督办事项 1."), note="responsible only; 各乡镇场 one group (乡、镇、场); no date"),
        S(["一", "2"], [], ["国土局", "住建局", "城市管理执法大队", FY], **at(Q03, " 2.")),
        S(["一", "3"], [], ["农业局", "林业局", "城市管理执法大队", FY], **at(Q03, " 3.")),
        S(["一", "4"], [], ["农机服务中心", "农业局", "林业局", "交通局", FY], **at(Q03, " 4.")),
        S(["一", "5"], [], ["住建局", "畜牧局", FY], **at(Q03, " 5."), note="「(责任单位;住建局、…)」: a semicolon after the label"),
        S(["一", "6"], [], ["交通局", FY], **at(Q03, " 6.")),
        S(["一", "7"], [], ["住建局", FY], **at(Q03, " 7.")),
        S(["二", "1"], [], [], skip_deadline=True, **at(Q03, "几点要求 1."),
          note=PROSE + " (市直相关部门、各乡镇 are the addressees in prose; 市政府督查室 the recipient); 「7月17日」 without a year on the page: not checked"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "将落实情况形成报告，纸质版和电子版一并报市政府督查室", "when": "7月17日下班前 (year not stated)", "when_norm": None}],
     notes=["二、几点要求 1.–3. are requirements of the notice (counted: 10; 7 for 重点督办事项 alone)",
            "no date on the page; the year of 7月17日 is unknown"])

# ---------------------------------------------------------------------------------------------------------
Q04 = "q04_mou-zhen-zhengfu-huanjing-zhengzhi-gongzuo-shishi-fangan.txt"
plan(Q04,
     title="政府環境整治工作實施方案",
     title_note="line 1, the writing site's title for the plan",
     doc_no="", issuer="a town (镇; name masked as **)", date="", level="town (masked; province not named)",
     source=src("http://www.trq119.com/article/xzgaoshou/gongzhuo/200905/203433.html"),
     style="a town's clean-up plan on a writing site, in TRADITIONAL characters with a few broken characters "
           "(「正?;⒁幏痘拈L效」), the year and some names masked as 「**」; 一、工作安排 (一)–(三) phase items "
           "「(一)宣傳發動階段(**年5月30日至6月9日):1、…;2、…。3、…」 with inline steps; 二、工作目標 1、 cut",
     leaf_tasks=6, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], [], [], skip_deadline=True, **at(Q04, "):1、"),
          note=PROSE + "; an inline step of the phase (一) (dates with a masked year): not checked"),
        S(["一", "(二)"], [], [], [(18, "人")], skip_deadline=True,
          note=PROSE + " (「從市容、公安、工商等部門和鎮干部中抽調」: sources of staff in prose); 18人左右 the team size; the phase's dates have a masked year: not checked"),
        S(["一", "(三)"], [], [],
          note=PROSE + " (鎮直各單位、各村 and 市容執法中隊、工商、**、城建等部門 in prose); 「6月15日以后」 a start, not a deadline"),
        S(["二", "1"], [], [], not_targets=[(322, "省道")], **at(Q04, "\n1、"),
          note=PROSE + "; 「322省道」 a road's name; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["(一)–(三) are phases (宣傳發動階段, 集中整治階段, 鞏固正常管理階段) but the year is masked (「**年」) and the site's date "
            "(2022-05-31) is an upload time: phases are not checked",
            "counted 6 with the inline steps 1、2、3、 of (一) as leaves; 4 without them"])

# ---------------------------------------------------------------------------------------------------------
Q05 = "q05_hunan-2020-luoshi-zhengfu-gongzuo-baogao-zhongdian-gongzuo-bumen-fengong-yijian.txt"
plan(Q05,
     title="落實《政府工作報告》重點工作部門分工的意見（湖南省人民政府關於印發《落實〈政府工作報告〉重點工作部門分工的意見》的通知）",
     title_note="the plan's title (two lines 「落實《政府工作報告》重點工作」 / 「部門分工的意見」) or the notice title (three lines); either is accepted",
     doc_no="湘政發〔2020〕1號", issuer="湖南省人民政府", date="2020-01-17", level="province (Hunan)",
     source=src("https://ppfocus.com/0/eda170f3f.html"),
     style="province 政府工作报告 breakdown in TRADITIONAL characters on a mirror site: notice title over three lines, cover with "
           "unnumbered 一要…四要 inline, plan title over two lines, 一、 with item 1. cut after its first targets",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], [(7.5, "%"), (5.5, "%")], note=PROSE + " (its units are past the end of the page); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the cover's 一要…四要 are inline duties of the departments, not numbered items"])

# ---------------------------------------------------------------------------------------------------------
Q06 = "q06_hunan-2018-luoshi-zhengfu-gongzuo-baogao-zhongdian-gongzuo-bumen-fengong-yijian.txt"
plan(Q06,
     title="湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见",
     title_note="the title as the page gives it three times (site chrome 「600字范文 > …」 on line 2)",
     doc_no="", issuer="湖南省人民政府", date="2018", level="province (Hunan)",
     source=src("https://600zi.400zi.cn/e/4/622/5mDpxZJlmJ.html"),
     style="province 政府工作报告 breakdown on an essay site: site chrome lines, 一、 / (一) with the item's targets in a second "
           "paragraph 「主要预期目标是:…(分管副省长、协管副秘书长负责,省发改委牵头,省经信委、…等按职责分」 (cut)",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["省发改委"],
          ["省发改委", "省经信委", "省财政厅", "省人力资源社会保障厅", "省商务厅", "省统计局", "国家统计局湖南调查总队"],
          [(8, "%"), (11.5, "%"), (7.5, "%"), (6.5, "%"), (10.5, "%"), (4.5, "%")],
          note="the item's second paragraph (主要预期目标是:…) belongs to it; 「分管副省长、协管副秘书长负责」 are leaders' roles, not units; "
               "「X牵头,A、B…等按职责分[工负责]」: X lead, the list responsible (cut after 等); 2018 (省十三届人大一次会议; the page's 2019 is its post date); no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the page ends inside item (一)"])

# ---------------------------------------------------------------------------------------------------------
Q07 = "q07_hunan-2022-luoshi-zhengfu-gongzuo-baogao-zhongdian-gongzuo-fengong-yijian.txt"
plan(Q07,
     title_note=NOTITLE + " (the page starts inside the cover; by its content 湖南省人民政府's 2022 《落实〈政府工作报告〉重点工作分工的意见》)",
     doc_no="", issuer="湖南省人民政府", date="2022", level="province (Hunan)",
     source=src("https://sdnongshang.com/spongeprojectile/2059.html"),
     style="cover paragraphs without a title (the name 习近平 dropped by the source: 「以习新时代…」), then item 1. cut",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[S(["1"], [], [], note=PROSE + "; " + CUT)],
     plan_targets=[], phases=[],
     duties=[{"what": "各级各部门坚持月调度、季检查、半年通报、年终考核", "when": "每月调度", "when_norm": "monthly"}],
     notes=["「月调度、季检查、半年通报、年终考核」 is a coordination rhythm of the cover (doubtful as a duty: no report is named)"])

# ---------------------------------------------------------------------------------------------------------
Q08 = "q08_hunan-2023-luoshi-zhengfu-gongzuo-baogao-zhongdian-gongzuo-fengong-yijian-tongzhi.txt"
plan(Q08,
     title="落实《政府工作报告》重点工作分工的意见（湖南省人民政府关于印发《落实〈政府工作报告〉重点工作分工的意见》的通知）",
     title_note="the notice title (line 1 with the site's name after 「-」, line 3, and lines 7/9 broken) or the plan's name",
     doc_no="湘政发〔2023〕1号 (printed 「湘政发〔20231」)", issuer="湖南省人民政府", date="2023-01-31", level="province (Hunan)",
     source=src("http://hunan.gov.cn/hnszf/szf/hnzb_18/2023/202302/szfwj_98718_88_1rdehshdhnksrcethtptpbuggrbvghncrevmspksqfrkqtfpnnspgpbfbvchputfevru/202301/t20230131_29230537.html"),
     style="cover of a province 政府工作报告 breakdown on the government site: title with the site name, metadata line, the "
           "broken document number 「湘政发〔20231」, cover paragraphs with inline 一要…二要 (cut)",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no numbered item on the page: 0 tasks"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """``align29`` of round 30: the note reads "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was, now = f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — "
    s["note"] = s["note"].replace(was, now, 1)


align30('q01_baoshan', ['三', '（一）', '1'], ['街镇（园区）'], ['区机管局', '区绿化市容局', '街镇（园区）'], '「党政机关等公共机构生活垃圾分类推进由区机管局与区绿化市容局落实，其余单位生活垃圾分类推进由街镇（园区）牵头，区绿化市容局配合落实」: the agents of 由…落实 and 「由A牵头，B配合」 — lead A (街镇（园区）), responsible all the bodies in printed order; 农户 are households, not bodies')
align30('q01_baoshan', ['三', '（二）', '1'], [], ['街镇（园区）'], '「各街镇（园区）完成再生资源回收网络布局…，落实属地化管理责任，街镇（园区）落实收集点及回收站场地」: the subject of 落实 is responsible, no lead; 区商务委 对接 and 区财政局、区发展改革委等部门 制定 have no rule-2 verb')
# round 52 (al52): CONVENTIONS.md "Round 60 rulings" (Tasks, turned; p51e), README "Round 52"
from expected_tools import NODATE, _sample32  # noqa: E402

R60 = 'aligned round 52 to CONVENTIONS.md "Round 60 rulings" (turned): '
_p = _sample32("q08_", None)[0]
_p["leaf_tasks"], _p["count_alternatives"] = 2, [0]
_p["samples"] = [
    S(["一"], [], [], line=17, title_starts="加强组织领导。各",
      note=R60 + "the cover does not print the 意见 it forwards; its paragraph after the forwarding line runs 「一要加强组织领导。"
           "…二要加强统筹协调。…」: run-in item numbers (round 36), the notice's own requirements, tasks when the plan it "
           "forwards is not printed (round 39; round 55's x245_01); 「各地区、各部门要…制定实施方案…」 — 各地区、各部门 a call "
           "(round 44): no unit; " + PROSE + "; " + NODATE),
    S(["二"], [], [], line=17, title_starts="加强统筹协调。坚",
      note=R60 + "「二要加强统筹协调。…牵头单位要主动担起抓总职责…责任单位要认真履职尽责…各地区要因」 as printed to the cut "
           "(round 48); 牵头单位／责任单位 are back-references to the forwarded 意见's labels (round 34), 各地区 a call "
           "(round 44): no unit; " + PROSE + "; " + NODATE),
]
_p["notes"] = [R60 + "the cover's 「一要…」「二要…」 are the notice's own requirements and tasks (rounds 36, 39, 55): count 0 → 2 "
               "(leaf_tasks 0 → 2, count_alternatives [] → [0]); the earlier count 0 stays accepted; formerly: "
               + "; ".join(_p["notes"])]

# round 56 (the lead): answers aligned to tests/data/CONVENTIONS.md "Round 71 rulings" (turned; the old answer accepted)
from aligned_rulings import align69  # noqa: E402

align69("q01", ["四", "（二）"], "「…一旦发现有单位未规范实施垃圾分类，由城管执法部门责令立即或限期改正；逾期不改正或拒不改正的，由城管执法部门予以行政处罚」: 由A＋a verb of doing names A (rule 2), a step against those who breach the rule is the item's own step after a case (round 60's x71_03, round 67's x283_08 四); 拒不 makes the case last, not another doer",
        "Units, turned: rule 2, round 60's x71_03, round 67's x283_08 四 over a note written before rule 2's sentence reading",
        ruling="Round 71 rulings", lead=[], resp=["城管执法部门"], alt=[["城管执法部门"]], resp_alt=[[]])

# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the printed names accepted)
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'各街镇（园区）': '各街镇', '街镇（园区）': '街镇'})

write_collected(DIR)
