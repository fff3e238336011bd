# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next272/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c272, round 53: eight page openings of plans from outside Shanghai that name
their units — a masked xx县's 创建省级园林县城 责任单位职责分解 (unit headings 「一、县城区办事处」「二、县建设局」 over (一)–(七), all
on one line, CUT); 九江县's 建设江西省园林县城 目标任务职责分解表 (a PDF table flattened into two lines: 责任单位 | 配合单位 |
完成时间 2017.4.30 / 2017.9.30, CUT); 绥宁县's 2023 枧冲 义务植树基地 工作方案 (「由县林业局牵头,寨市乡配合,在2023年3月5日前完成」);
城口县双河乡's 2026 义务植树活动方案 under its cover 双河府发〔2026〕1号 (五、任务分工 「1.党政办:…」, CUT); 福清市城头镇's 植树节
活动方案 (a compilation's piece 「…方案一:」, masked 20xx, 由A负责／由A组织 items); a 镇 of 西乡县's 义务植树 实施方案 (three
headed points, 「二、明确目标任务,落实工作责任」, masked 20XX, CUT); 文新街道's 元宵 活动方案 (one line: 职责分工 under four work
groups, masked 20xx, CUT); 海港区's 2021 epidemic leading group's 通告 closing rural markets on a betting-injected mirror (由A落实主体责任, 由A负责，B…配合)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–62 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c272.

    PYTHONPATH=. python tests/data/plans-next272/make_expected.py tests/data/plans-next272
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a one-line page, a flattened table): the line where the nth marker ends
# and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 36/45: hired persons; round 42: 干部 are persons)"
MASKED = ("the year is masked 「20xx」 and nothing in the text fixes it (a site's headline or piece header fills nothing, rounds 45, "
          "46): a masked year that nothing fixes is no date (round 57 decided, x255_08), so the span 「二、活动时间:20xx年3月12日」 dates "
          "nothing and the deadline is none")
NO_TITLE = "title not checked: "
COLS = ("a flattened table's 责任单位 and 配合单位 cells: 责任单位 names no lead (round 55's x253_05: 「责任单位：A」 beside 「协办单位：B」 "
        "gives lead [], responsible A, B; 配合 as 协办, round 47), the 配合单位 cell responsible with it in printed order")

# ---------------------------------------------------------------------------------------------------------
X01 = "x272_01_xx-xian-chuangjian-shengji-yuanlin-xiancheng-zeren-danwei-zhize-fenjie.txt"
plan(X01,
     title_note=NO_TITLE + "the plan's title 「xx县创建省级园林县城责任单位职责分解」 is run into the text on line 11 (twice, with a masked "
                "date 「201X/X/XX」 between) with no line of its own (round 61: a title run into the text with no mark stays "
                "unchecked, as x208_01); line 1 「县城分解省级职能园林部门义务xx」 is the site's scrambled headline",
     doc_no="", issuer="a masked xx县 (its 县城区办事处, 县建设局, 县政府; province not named)", date="masked 「201X/X/XX」",
     level="county (xx县, masked)",
     source=page_source("https://m.777doc.com/doc-6135366.html"),
     style="a document site's preview: a scrambled headline, the site's chrome (「整理文档很辛苦…」「免费阅读已结束…」「资源描述」), then the "
           "whole document on ONE line: title, masked date, title again, 一、县城区办事处 (一)–(三), 二、县建设局 (一)–(七) — unit headings "
           "(one standing body each) over the body's duties; CUT in 二/(七)",
     leaf_tasks=10, count_alternatives=[8, 9], attachment_task_rows=0,
     samples=[
        S(["一", "(一)"], [], ["县城区办事处"], lead_alternatives=[["县城区办事处"]], **at(X01, "(一)"),
          note=R1 + ": 「一、县城区办事处」 heads the body's own duties, a unit heading (round 38's party heading; round 52's x237_04: a "
               "heading of one standing body over its own duties), and the label decides — sentences add nothing (rule 1); the "
               "objects of 「组织辖区内各单位、居民区及居民个人积极开展…」 are a call (各单位, round 33), places and persons (round 30), "
               "no units even were the document's 职责分解 a work heading (round 37); " + ONE + "; " + NODATE),
        S(["一", "(二)"], [], ["县城区办事处"], targets=[(85, "%"), (80, "%")], lead_alternatives=[["县城区办事处"]],
          **at(X01, "(二)"),
          note=R1 + " (the unit heading); 「植树成活率和保存率不低于85%,尽责率在80%以上」: rates with 不低于／以上 the item must reach are "
               "targets (round 30's line; round 34: 「合格率达到90%以上」 with no grade word); " + ONE + "; " + NODATE),
        S(["一", "(三)"], ["县城区办事处"], ["县城区办事处", "各主管部门"], lead_alternatives=[[]],
          responsible_alternatives=[["县城区办事处"]], **at(X01, "(三)"),
          note=R1 + " (the unit heading); 「配合各主管部门,做好…各项工作,及时完成县政府交办的各项任务」: under a unit label 「A：…配合B做好…」 "
               "B, the body A assists, is responsible with A, lead A (round 41; round 52's x237_04: a unit heading's party and the "
               "bodies its text 会同／协同／配合); 各主管部门 is a kind (主管部门 with 各, as 各有关部门 is a kind, rounds 33, 58), not "
               "round 41's call 「配合有关部门」 (RULING?: the call reading [县城区办事处], lead [], accepted); 县政府 stands inside a "
               "的-phrase describing the tasks (round 30), no unit; " + NODATE),
        S(["二", "(三)"], [], ["县建设局"], targets=[(5, "个百分点"), (2, "平方米")], lead_alternatives=[["县建设局"]],
          **at(X01, "(三)", 2),
          note=R1 + ": under 「二、县建设局」 (a unit heading, as 一、); 「相差在5个百分点以内、人均绿地面积差距在2平方米以内」: 以内 is a "
               "comparison word (round 32), so both are targets; the count 8 that reads (三)(四) as aims with no work (round 60's "
               "主要目标 items) is accepted — here they stand among a body's duties, so they are read as its work; " + ONE + "; "
               + NODATE),
        S(["二", "(五)"], [], ["县建设局"], targets=[(1000, "平方米")], lead_alternatives=[["县建设局"]],
          not_targets=[(500, "米")], **at(X01, "(五)"),
          note=R1 + " (the unit heading); 「按照服务半径500米的要求建设街头绿地、小游园(1000平方米以上)」: the item's work is to build the "
               "class 「1000平方米以上」 names, so it is a target (round 40: 「建设1万吨以上的收储点」); 「服务半径500米的要求」 has no "
               "comparison word and sizes a standing provision, a norm (round 30's 「原则上按500户配1名」; round 60), no target; "
               + ONE + "; " + NODATE),
        S(["二", "(六)"], [], ["县建设局"], targets=[(100, "种")], lead_alternatives=[["县建设局"]], **at(X01, "(六)"),
          note=R1 + " (the unit heading); 「物种数量不低于100种」 is a floor the work must reach (round 30's line): a target; the plans "
               "it compiles (编制完成…规划) are its work; " + ONE + "; " + NODATE),
        S(["二", "(七)"], [], ["县建设局"], lead_alternatives=[["县建设局"]], **at(X01, "(七)"),
          note=R1 + " (the unit heading); 「加强苗圃建设,确保生产绿地总面积」 — " + CUT + " (the figure after 总面积 is lost, no target "
               "read); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves: 一/(一)–(三), 二/(一)–(七) (二/(七) CUT). Accepted: 9 (without the cut item), 8 (二/(三)(四) read as aims "
            "with no work, round 60)",
            "no item is dated and the document's date is masked 「201X/X/XX」: no deadline anywhere",
            "the site's chrome (lines 1–9) is no part of the plan; the numbers 「(一)」 restart under 二、 (paths by the heading, "
            "``at`` takes the nth marker)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x272_02_jiujiang-xian-jianshe-jiangxi-yuanlin-xiancheng-mubiao-renwu-zhize-fenjiebiao.txt"
ROWS = ("the table's printed order, cell by cell, is 标准 | 主要任务 | 责任单位 | 配合单位 | 完成时间 on each row's first line (row 1 "
        "「…需提供文件、制度县建设规划局县法制办2017.4.30」, rows 4–5 「…县财政局县建设规划局2017.9.30」), so the cell just before the date is "
        "配合单位 and the one before it 责任单位")
plan(X02,
     title_note=NO_TITLE + "the plan's own title 「九江县建设江西省园林县城目标任务职责分解表」 is run into the flattened table after 「1、附件」 "
                "(round 61: a title run into the text with no mark stays unchecked); line 1 「江建设江西园林城目标任务职责分解表」 is the "
                "site's cut headline",
     doc_no="", issuer="九江县 (Jiangxi; the table is the 附件 of a notice the page does not print)", date="not shown (deadlines 2017.4.30 / 2017.9.30)",
     level="county (九江县)",
     source=page_source("https://m.jinchutou.com/shtml/view-509804730.html"),
     style="a document site's preview of a PDF table (金锄头文库): the site's chrome (uploader, 文档编号, 第1页…第5页, 资源描述), then the "
           "table flattened into two chunks 「1、」「2、」 (the site's chunk openers, chrome: round 40): header 序号 | 省级园林县城标准 | "
           "主要任务 | 责任单位 | 配合单位 | 完成时间, rows 1、–5、 of 一、组织领导 (the section's name printed broken 「组」「织领」「导」 "
           "between the rows, 「一、」 after row 2), cells interleaved line by line; row 1 of the next section 「1、县城绿地系统规划编」 — CUT",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0,
     samples=[
        S(["一", "1"], [], ["县建设规划局", "县法制办"], lead_alternatives=[["县建设规划局"]], dl="2017.4.30", dln="2017-04",
          **at(X02, "1、", 2),
          note=R1 + ": " + COLS + "; 「需提供文件、制度」 is the row's task; " + ROWS + "; the single 责任单位 as lead accepted (plans-dev "
               "03); the date cell 2017.4.30 is the row's deadline"),
        S(["一", "2"], [], ["县政府办", "县建设规划局", "县电视台"], lead_alternatives=[["县政府办"]],
          responsible_alternatives=[["县政府办", "县建设规划局"], ["县政府办", "县建设规划局", "电视台"]],
          dl="2017.4.30", dln="2017-04", **at(X02, "2、"),
          note=R1 + ": " + COLS + "; the 配合单位 cell prints 「县建设规划局、县」 on the row's first line and 「电视台」 on its second "
               "(「…需经费电视台一、」): one name 县电视台 broken by the cell's line, read whole (RULING?: names as printed, round 36, "
               "would keep 「县」 and 「电视台」 apart or drop the broken name; both readings accepted); " + ONE.replace("body", "责任单位") + "; 2017.4.30"),
        S(["一", "3"], [], ["县林业局", "县文广局", "县建设规划局"], dl="2017.4.30", dln="2017-04", **at(X02, "3、"),
          note=R1 + ": " + COLS + "; row 3 prints 「县林业局、」 and 「县文广局」 on its two lines apart from the rest and 「县建设规划局」 "
               "just before the date: by the rows' order (" + ROWS + ") 县林业局、县文广局 are the 责任单位 cell and 县建设规划局 the 配合单位 "
               "cell; read the other way the same three bodies are responsible, and no lead is named either way; 2017.4.30"),
        S(["一", "4"], [], ["县财政局", "县建设规划局"], lead_alternatives=[["县财政局"]], dl="2017.9.30", dln="2017-09",
          not_targets=[(3, "年")], **at(X02, "4、"),
          note=R1 + ": " + COLS + "; 「近 3 年县城园林绿化建设资金逐年增加」 is the standard's look back over past years (round 33: past "
               "figures are no targets); the task 「需提供项目、预算,每年有增加」 runs over the site's chunk opener 「2、」 (chrome, round "
               "40); " + ONE.replace("body", "责任单位") + "; 2017.9.30"),
        S(["一", "5"], [], ["县城管执法局", "县建设规划局"], lead_alternatives=[["县城管执法局"]], dl="2017.9.30", dln="2017-09",
          **at(X02, "5、"),
          note=R1 + ": " + COLS + "; task 「需有材料,有成果,有维护队伍、预案」; " + ONE.replace("body", "责任单位") + "; 2017.9.30"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 一/1–5 and the next section's row 1 「县城绿地系统规划编」 (CUT before its units). Accepted: 5 (without the cut "
            "row). The site's chunk openers 「1、附件…」「2、有需提供…」 are chrome (round 40), not rows",
            "the paths use the section number 一 the page prints (between rows 2 and 3, the name 组织领导 broken over the rows); "
            "``at`` finds each row by its number inside the flattened line"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x272_03_suining-xian-2023-jianchong-yiwu-zhishu-jidi-huodong-fangan.txt"
SPAN = ("round 36/37: 「一、活动时间2023年03月04日—2023年03月15日」 is the activity's span, its end the deadline of items with no date of "
        "their own (2023-03)")
plan(X03,
     title_note=NO_TITLE + "line 1 「“美丽绥宁、生态绥宁” 枧冲义务植树基地志愿服务活动」 is the site's name of the activity entry (with its "
                "own 活动时间 and 已参与 fields); the piece calls itself 「本工作方案」 and prints no title line",
     doc_no="", issuer="绥宁县 (Hunan; 「经县政府研究决定」, the 县林业局 and 寨市乡)", date="not shown (the activity 2023-03-04 to 2023-03-15)",
     level="county (绥宁县)",
     source=page_source("http://www.yiwuzhishu.cn/index.php/home/project/entitydetail/e_id/1591.html"),
     style="全民义务植树网's activity page: the entry's name, 活动时间, 已参与, the plan's preamble, 一、活动时间 二、植树地点 三、参加人员 (fields; 三 "
           "states the 目标任务 71亩), 四、义务植树基地前期准备工作 (一)–(三) run-in headings 「整地。由县林业局牵头,寨市乡配合,在2023年3月5日前"
           "完成…」, 五、栽植后的后期管理 (a childless point: 「加强管护管理。…由寨市乡安排护林员负责…」), the contact, the site's form and "
           "footer; the same template as x103_04 (回龙圩, 17 % overlap)",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0,
     samples=[
        S(["四", "(一)"], ["县林业局"], ["县林业局", "寨市乡"], dl="在2023年3月5日前完成", dln="2023-03",
          note=R2 + ": 「由县林业局牵头,寨市乡配合」 — lead 县林业局, responsible 县林业局, 寨市乡; the item's own date 「在2023年3月5日前」 "
               "(round 61: before a day is read at that day's month) wins over the span (round 37)"),
        S(["四", "(二)"], [], ["县林业局"], lead_alternatives=[["县林业局"]], dl="于2023年3月5日前", dln="2023-03",
          note=R2 + ": 「由县林业局负责,于2023年3月5日前将苗木运达指定地点」 — 由A负责; " + ONE + "; the item's own date"),
        S(["四", "(三)"], [], ["县林业局"], lead_alternatives=[["县林业局"]], dl="2023年03月04日—2023年03月15日", dln="2023-03",
          note=R2 + ": 「由县林业局负责准备活动横幅,挖锄、铁锹等相关物资」; supplies named without counts; " + ONE + "; " + SPAN),
        S(["五"], [], ["寨市乡"], lead_alternatives=[["寨市乡"]],
          note="a childless point whose text gives work (round 34 early; its run-in heading 「加强管护管理。」): 「由寨市乡安排护林员负责对所种苗木"
               "进行管护」 — the agent of 由 with a verb of doing (安排) is a doer (round 34), the 护林员 are hired persons (" + PERSON
               + "); 「县林业局定期对义务植树基地进行督查检查」 has no rule-2 verb (进行 is no 实施, round 37): no unit by it; " + ONE
               + "; standing care 「管护」 after a planting campaign goes on after it, so the span does not date it (round 53 "
               "decided on x241_08 三; round 56 governs; round 61's x267_04 五/（四）): none"),
     ],
     plan_targets=[(71, "亩")], phases=[], duties=[],
     notes=["4 leaves: 四/(一)–(三) and 五 (a childless point with a run-in heading that gives work). 一、二、三 are fields that say "
            "when, where and who takes part (round 42 continued); accepted: 5 (三 counted, as it states the 目标任务)",
            "plan target: 「目标任务完成义务植树示范面积71亩」 (三, a field; round 38: the figures of a point that is no task are plan "
            "targets)",
            "the 活动时间 field of the site (line 2: 2023-03-03 至 2023-03-15) is the site's entry; the plan's own span is its 一 "
            "(2023-03-04 to 2023-03-15): both end in 2023-03"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x272_04_chengkou-shuanghe-xiang-2026-yiwu-zhishu-huodong-fangan.txt"
DAY = ("round 42 continued: a single day stated once for the whole activity 「1.时间:2026年3月12日 上午9:00—11:00」 is the activity's "
       "span, one day long: items with no date of their own are due that day (2026-03)")
plan(X04,
     title="城口县双河乡2026年义务植树活动方案（关于印发《2026年义务植树活动方案》的通知）",
     title_note="line 26, the plan's own title line after the cover and its 附件: line (round 62 decided: a line after a cover ending in "
                "the plan's name is its own title line, the issuer printed before it kept); the cover 「关于印发《2026年义务植树活动方案》的"
                "通知」 (lines 9 and 18) is accepted as round 45's pair",
     doc_no="双河府发〔2026〕1号", issuer="城口县双河乡人民政府 (Chongqing)", date="2026-03-06", level="township (双河乡)",
     source=page_source("http://www.cqck.gov.cn/jz/shx/zwgk_70755/fdzdgknr_70758/lzyj/zcwj_70760/202603/t20260306_15509846.html"),
     style="a county site's disclosure page: the index fields (索引号, 发文字号 双河府发〔2026〕 1号, …), the cover 「关于印发《2026年义务植树活动"
           "方案》的通知」 (addressees 各村(社区)、各科室(站所), a paragraph, 附件 line, signature, date, contact), 「附件:」, the plan: "
           "一、活动主题 (a field), 二、活动目的 1.–3. (aims), 三、活动时间、地点、参加人员 1.–3. (fields), 四、活动内容 1.–4. (work naming no "
           "unit), 五、任务分工 1.党政办: 2.农业服务中心: 3.宣传办: — CUT after the third label",
     leaf_tasks=6, count_alternatives=[2, 7], attachment_task_rows=0,
     samples=[
        S(["四", "1"], [], [], dl="2026年3月12日", dln="2026-03",
          note="「开展集中义务植树,按划定区域栽种树苗」: work with no subject, a task naming no unit in a plan whose tasks name units "
               "elsewhere (round 40; round 38: work items with no unit are tasks; the count 2 without 四's items is accepted); "
               "五、任务分工's labels give their own items only (round 45: no rows are linked to items by their words): " + NONE
               + "; " + DAY),
        S(["四", "4"], [], [], dl="2026年3月12日", dln="2026-03",
          note="「建立植树区域管护责任,明确后期养护责任人」 — no subject; 责任人 are persons (" + PERSON + "): " + NONE + "; " + DAY),
        S(["五", "1"], [], ["党政办"], lead_alternatives=[["党政办"]], dl="2026年3月12日", dln="2026-03",
          note=R1 + ": the unit-colon item 「1.党政办:统筹协调、通知下发、人员组织、信息上报。」 under 五、任务分工 (a work heading, round 35) "
               "gives 党政办 (round 37's unit-colon label); " + ONE + "; 「信息上报」 names no receiver and no date: no duty sampled; "
               + DAY),
        S(["五", "2"], [], ["农业服务中心"], lead_alternatives=[["农业服务中心"]], dl="2026年3月12日", dln="2026-03",
          note=R1 + ": 「2.农业服务中心:选定植树地点、规划株行距、提供树苗、工具、技术指导,确保成活率」 — the unit-colon label; the rate "
               "「确保成活率」 prints no figure; " + ONE + "; " + DAY),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 四/1–4 (work naming no unit) and 五/1–2 (unit-colon labels). 一、活动主题 and 三's 时间／地点／参加人员 are "
            "fields (round 42 continued), 二's 活动目的 1.–3. aims (round 60: no tasks). 「3.宣传办:」 is a label whose text the page "
            "cut: only what is printed is read, and a heading alone gives no work (round 62's x266_02 五): no task. Accepted: 2 "
            "(四's unlabelled items left out, round 40), 7 (with 五/3)",
            "the cover's paragraph only explains the plan (round 43: cover points that only explain are no tasks); 各村(社区)、"
            "各科室(站所) are its addressees"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x272_05_fuqing-chengtou-zhen-2014-zhishujie-huodong-fangan.txt"
plan(X05,
     title="2014年乡镇植树节活动方案",
     title_note="line 1, the site's headline, which is also the compilation's piece header 「2014年乡镇植树节活动方案一:」 (line 4) less "
                "its piece number (round 46: a piece header may stand as the title less its 【一】, but its year dates nothing); the "
                "plan prints no title of its own (一、活动名称 names the activity)",
     doc_no="", issuer="城头镇 (福清市, Fujian: 「福清侨乡报」「福清市城头镇党委、政府」)", date="masked (「20xx年3月12日」; the site's date 12-27)",
     level="town (城头镇)",
     source=page_source("http://mip.kj-cy.cn/htm/20131227/42644.htm"),
     style="a 范文 site's compilation: headline, 时间, 栏目, piece 「…方案一:」, preamble, 一、活动名称 二、活动时间 三、参加人员 四、植树地点 "
           "(fields), 五、组织准备 (a paragraph 「…由林业站牵头,具体工作由林业站负责落实」), 六、 and 七、 (points with their text run in), "
           "八、物资准备 (一)–(五) 「(一)苗木:由…公司提供;」, 九、 (一)现场技术指导 (二)宣传横幅 1、2、 (banner words, 主办方／协办方) — the "
           "next piece's title 「2014年乡镇植树节」 cut",
     leaf_tasks=10, count_alternatives=[9, 11], attachment_task_rows=0,
     samples=[
        S(["五"], ["林业站"], ["林业站"],
          note=R2 + ": 「镇级领导义务植树活动筹备由林业站牵头,具体工作由林业站负责落实」 — 由A牵头 gives the lead, 由A负责落实 the doer "
               "(the same body); a childless point whose text gives work (round 34 early); " + MASKED + " (the one-day span would otherwise date it, round 42 continued)"),
        S(["六"], [], [],
          note="「六、宣传报道:由镇宣传委员负责联系…」 — 宣传委员 is a post holder, a person (" + PERSON + "); 「现场悬挂醒目的标语」 has no "
               "subject: " + NONE + "; 福清侨乡报 and the radio station are the objects of 联系, no units; " + MASKED),
        S(["七"], [], ["党政办"], lead_alternatives=[["党政办"]],
          note=R2 + ": 「参加义务植树的人员乘坐车辆由党政办统一组织安排」 — 由A组织安排 (round 34: 由A＋any verb of doing); the 同志 who "
               "ride are persons; " + ONE + "; 「于3月12日上午9:00」 prints no year: " + MASKED),
        S(["八", "(一)"], [], ["福清成林景观工程有限公司"], lead_alternatives=[["福清成林景观工程有限公司"]],
          responsible_alternatives=[[]],
          note=R2 + ": 「苗木:由福清成林景观工程有限公司提供」 — 由A＋a verb of doing (round 34); 提供 makes a payer only with money as "
               "its object (rounds 37, 48: cost verbs with 资金／经费／费用), and here it supplies seedlings, work (RULING?: 提供 with "
               "goods; none, the payer's reading, accepted); a company is a body named as printed; " + ONE + "; " + MASKED),
        S(["八", "(三)"], [], [], not_targets=[(10, "把")],
          note="「植树工具:党政办提供锄头10把、铁揪10把」 — 提供 without 由 is no rule-2 verb (round 30: a closed list; only 由A＋any "
               "verb, round 34): " + NONE + " (the 党政办 reading, 提供 read as work outside the list, is not accepted: the "
               "closed list decides outside articles, round 44); the tools handed out are means, no targets (round 44: 「领取灭鼠药350包」); "
               + MASKED),
        S(["九", "(一)"], [], ["福清成林景观工程有限公司"], targets=[(8, "名")],
          lead_alternatives=[["福清成林景观工程有限公司"]],
          note=R2 + ": 「由福清成林景观工程有限公司组织8名技术人员负责现场技术指导」 — 由A组织 (round 34); the technicians are persons, "
               "and the persons an item sends are its own number of work (round 57's x255_02: 4 名; rounds 32, 37, 49): target 8 名; "
               + ONE + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves: 五, 六, 七 (childless points that give work), 八/(一)–(五), 九/(一), 九/(二) (宣传横幅: the banners to "
            "make, their words listed). 一–四 are fields (name, time, persons, place; round 42 continued). Accepted: 9 (九/(二) "
            "read as a list that gives no work, round 35), 11 (九/(二)'s 1、2、 counted as its leaves)",
            "「主办方:福清市城头镇党委、政府」「协办方:…」 under 九/(二)/1 print the banner's words, not a label of the plan's items "
            "(round 42: a plan-level host field gives no item units)",
            "every date is 「20xx年3月12日」 or 「3月12日」 with no year: a masked year nothing fixes is no date (round 57 decided), so every "
            "sampled deadline is none"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x272_06_xixiang-xian-xiangzhen-yiwu-zhishu-huodong-shishi-fangan.txt"
plan(X06,
     title_note=NO_TITLE + "「乡镇义务植树活动实施方案参考」 (lines 3 and 7) is the site's headline with its own word 参考; the piece "
                "prints no title line",
     doc_no="", issuer="a 镇 of 西乡县 (Shaanxi; 「按照西乡县林业局文件要求,镇政府决定…」, 五间房村)", date="masked 「20XX年」",
     level="town (a 镇 of 西乡县, not named)",
     source=page_source("http://www.010zaixian.com/gongwen/huiyifangan/3099930.htm"),
     style="a 范文 site's page: site chrome, headline twice, a preamble, three headed points over paragraphs 「一、加强宣传报道,营造活动"
           "氛围」「二、明确目标任务,落实工作责任」「三、精心组织实施,确保造林成效」 — CUT in 三 after 「搞好组织、协调;」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0,
     samples=[
        S(["一"], [], ["各村委会"], lead_alternatives=[["各村委会"]], targets=[(95, "%")], not_targets=[(2, "个月")],
          note="a childless headed point whose text gives work (round 34 early): 「各村委会要集中 2 个月时间,组织开展义务植树和造林绿化的"
               "大宣传、大发动」 — 组织开展 (round 34's 组织＋work) makes 各村委会, a kind, a doer (round 32: 各…with a rule-2 verb); the "
               "subjectless 「要动员和组织全社会力量…」 carries it (round 34: a subject carries inside one paragraph) and 全社会力量 is "
               "no body (round 44's 多方力量); 「保证义务植树尽责率达到 95%以上」: a target (round 30's line); 「集中 2 个月时间」 is a "
               "duration with no comparison word, no target (round 33); " + ONE + "; " + NODATE),
        S(["二"], [], ["各村委会", "五间房村", "各村"], targets=[(10, "万株"), (100, "亩"), (1, "个")],
          responsible_alternatives=[["各村委会", "五间房村"], ["各村委会", "各村"], ["各村委会"]], skip_deadline=True,
          note="「二、明确目标任务,落实工作责任」: 落实＋责任 makes the heading one that gives out work (rounds 37, 44: 「层层落实防灾责任」), so "
               "every body its paragraphs give work is a unit (rounds 35, 36): 各村委会 (「要全面完成义务植树目标任务」), 五间房村 (「要建100"
               "亩以上的义务植树基地一个」, a named village, a body), 各村 (「要抓住…组织力量科学制定实施方案…」); 我镇 speaking of itself is "
               "a place (round 43); 村支部书记、村委会主任 are persons (" + PERSON + "); lead [] (no 牵头); the lists without 五间房村 or "
               "各村 are accepted (RULING?: 各村 after 各村委会 may be read as the same bodies named twice); targets 「我镇要义务植树10万株」 "
               "(the town's own number of work) and 「建100亩以上的义务植树基地」 (round 40: the work is to build that class), and the one base it builds 「…基地一个」 (round 55 decided: 「每个镇要建立一个…基地」, 1 个); 「今年」 "
               "would date it to December of the plan's year, which is masked 「20XX」: not checked"),
        S(["三"], [], ["镇政府办公室", "镇林业站", "镇宣办", "五间房村委会"],
          note=R2 + ": several clauses in one point, all their bodies in printed order — 「全体机关干部由镇政府办公室统一组织」 (由A组织), "
               "「镇林业站要认真组织好场地规划、种苗准备、技术指导等工作」 (组织＋work, round 34), 「镇宣办要负责做好…」 and 「五间房村委会要负责做好"
               "…」 (负责); the 机关干部 are persons; lead []; 「于20XX年3月8日上午」: a masked year nothing in the text fixes is no date (round 57 decided): "
               "no deadline; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: the three headed points, each a childless point whose paragraphs give work (round 34 early)",
            "the preamble's 「镇政府决定在全镇组织开展 20XX年大型义务植树活动」 gives no item units (round 40: a plan's preamble gives units "
            "to no item); 西乡县林业局 is the body whose paper the town follows"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x272_07_wenxin-jiedao-yuanxiaojie-huodong-fangan.txt"
DUTY = ("「职责分工:」 is a work heading (round 35's list), so every body its text gives work is a unit, the objects of 指导 given work "
        "included (round 35: 「A指导B开展…」 under it, A and B)")
FEST = ("「元宵系列活动」「灯会活动期间」 name the plan's own whole event, the title's words, which date nothing (round 59's x261_03: "
        "「元宵节期间群众文化活动」, round 52 over round 46), and the year is masked 「20xx」 anyway: no deadline")
GROUPS = ("the four groups were set up and composed in 一 (round 61's x263_05: the item that names a group's head and members sets "
          "it up), and the 职责分工 lines give work to the street's standing offices, not to the groups")
plan(X07,
     title_note=NO_TITLE + "「标题 | 社区元宵节活动方案 |」 is the site's field of the piece's name; the piece prints no title line "
                "(「社区元宵节活动方案模板」 is the site's lead-in)",
     doc_no="", issuer="文新街道 (Hangzhou 西湖区 by its name; the page names 「XX区元宵灯会活动领导小组」 only)", date="masked 「20xx年」",
     level="street (文新街道)",
     source=page_source("http://ixindu.com/dictionary/d4097161.html"),
     style="a 范文 dictionary site's page: a field line 「标题 | … |」, then 「范文 | …」 with the site's lead-in and the whole plan on ONE "
           "line: 一、组织保障 (the leading group and four work groups set up), (一) the group's members (masked 「x」), (二)各工作组负责人"
           "名单及职责分工 1、活动协调组 … 职责分工:(1)(2) 2、安全保卫组 (1)–(3) 3、后勤保障组 (one line of 职责分工) 4、游园现场组织组 (1) — CUT",
     leaf_tasks=7, count_alternatives=[8], attachment_task_rows=0,
     samples=[
        S(["一", "(二)", "1", "(1)"], [], ["街道党政办"], lead_alternatives=[["街道党政办"]],
          responsible_alternatives=[["街道党政办", "各科室"]], **at(X07, "(1)"),
          note=DUTY + ": 「街道党政办负责元宵系列活动的宣传报道工作,协调各科室,制定…,组织小型工程招投标」 — 各科室 are coordinated, given no "
               "work of their own, so they are no units (RULING?: round 61 reads the object of 协调 under a work heading as a unit "
               "where the clause gives it work 「协调B做好…」; the list with 各科室 accepted); " + GROUPS + "; " + ONE + "; " + FEST),
        S(["一", "(二)", "1", "(2)"], [], ["街道文化站", "各社区"], responsible_alternatives=[["街道文化站"]],
          **at(X07, "(2)"),
          note=DUTY + ": 「街道文化站负责制订…总体方案,指导各社区开展元宵节庆祝活动」 — 各社区, given 开展 by 指导, are units under it; "
               "「做好区元宵灯会领导小组布置的相关工作」: the group stands inside a 的-phrase describing the work (round 30), no unit; lead "
               "[] (no 牵头); the outside reading (round 30: 指导's object no unit) accepted; " + FEST),
        S(["一", "(二)", "2", "(1)"], [], ["街道综治信访科", "派出所"], **at(X07, "(1)", 2),
          note=DUTY + ": 「街道综治信访科和派出所负责制定…安全保卫工作方案,在灯会活动期间,负责做好…」 — 和 joins two whole names (round "
               "34), 街道 not shared by 派出所 (names as printed); lead []; " + FEST),
        S(["一", "(二)", "3"], [], ["街道城管城建科"], lead_alternatives=[["街道城管城建科"]],
          **at(X07, "3、"),
          note=DUTY + ": 「3、后勤保障组 组长:x 成员:x 职责分工:街道城管城建科负责元宵系列活动期间的卫生保洁工作街道。」 — one duty line "
               "with no (1), so the group's number is the leaf; the stray 「街道。」 closing it is printed as it stands; the group's "
               "leaders are masked persons; " + ONE + "; " + FEST),
        S(["一", "(二)", "4", "(1)"], [], ["社会事务科", "各社区"], responsible_alternatives=[["社会事务科"]],
          **at(X07, "(1)", 3),
          note=DUTY + ": 「社会事务科负责指导各社区制定并实施春节[cut]」 — 各社区, given 制定并实施 by 指导, are units under the heading; lead "
               "[]; the outside reading accepted; " + CUT + "; " + FEST),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 一/(二)/1/(1),(2); 2/(1),(2),(3); 3 (one duty line); 4/(1) (CUT). 一/(一) lists the leading group's members "
            "(masked persons): it sets the group up, no task (rounds 35, 61). Accepted: 8 (一/(一) counted)",
            "「(迎新晚会策划书)」 after 一/(二)'s heading is the site's inserted link text, chrome",
            "the page prints everything on line 2; paths by the numbers, ``at`` takes the nth marker 「(1)」"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x272_08_haigang-qu-2021-zanshi-guanbi-nongcun-daji-zaoye-shichang-tonggao.txt"
SINCE = "「从即日起…暂时进行关闭」 sets a start and no end, and 「五、…恢复交易时间另行通知」 leaves it open: " + NODATE
plan(X08,
     title_note=NO_TITLE + "the notice's title line 「申博体育在线:暂时关闭农村大集、早夜市场的通告」 carries the mirror's injected betting "
                "name where 「关于」 stood (the same injection inside 三's 「《申博体育在线:印发…》」); only what is printed is read "
                "(round 48), so no title is checked; 「周知!海港区暂时关闭农村大集、早夜市场!」 is the site's headline",
     doc_no="", issuer="海港区应对新型冠状病毒感染的肺炎疫情工作领导小组 (秦皇岛, Hebei)", date="2021-01-14 (the site's date line)",
     level="district (海港区's epidemic leading group)",
     source=page_source("http://xinwangzao.com/article_show.aspx?id=12946"),
     style="a betting-injected mirror of a district's 政府公告 page: the injected site name, breadcrumbs, the headline, a date line, "
           "the notice's title (injected), a preamble 「…经…领导小组决定,从即日起对…暂时进行关闭。现就具体事项通告如下:」, points 一、–五、 "
           "each one paragraph, 「特此通告。」, the group's signature broken over two lines with runs of spaces; the page ends there "
           "(1,925 bytes)",
     leaf_tasks=3, count_alternatives=[2, 4, 5], attachment_task_rows=0,
     samples=[
        S(["二"], [], ["市场主办方", "属地镇街园区"],
          responsible_alternatives=[["市场主办方", "属地镇街园区(自发形成市场)"]],
          note=R2 + ": 「由市场主办方和属地镇街园区(自发形成市场)落实主体责任,妥善采取…措施」 — the agent of 由 with 落实 (and 落实…主体责任 "
               "designates, round 39); 和 joins two whole names (round 34); 属地 before a head noun says which towns, streets and parks, "
               "a body (round 62's 当地政府; round 57's bare 属地 is a place); the bracket 「(自发形成市场)」 says for which markets the "
               "towns answer, a scope, dropped like round 43's 「(含…)」 (RULING?: round 34 keeps a bracket after a name; that name "
               "accepted); the principle 「按照“谁主办、谁负责”和属地管理原则」 names no doer (round 41); lead [] (no 牵头); " + SINCE),
        S(["三"], [], [],
          note="「…批发市场、…农贸市场暂不关闭,要按照…要求做好疫情防控工作。同时,严肃查处…」: the markets are sites made actors (round "
               "37) but 做好 is no rule-2 verb, and 严肃查处 has no subject: a point that gives work (要, round 34 early) naming no "
               "unit — " + NONE + "; the count 2 without it is accepted; " + SINCE),
        S(["四"], [], ["市场主办方", "属地镇街园区", "市场监管、城管、公安、为民公司等部门"],
          responsible_alternatives=[["市场主办方", "属地镇街园区", "市场监管", "城管", "公安", "为民公司"],
                                    ["市场主办方", "属地镇街园区"]],
          note=R2 + ": 「凡私自聚集交易等违反本通告规定的,由市场主办方和属地镇街园区负责,…等相关部门配合,依法依规严肃查处」 — the point's whole "
               "work is the response to its case, so the case gives no rule-3 exclusion (round 30; round 60's x71_03); 由A负责 with "
               "B配合 gives B responsible after a doer (round 30); 「市场监管、城管、公安、为民公司等部门」 is a list closed by a shared head, "
               "one group as printed (round 42 continued; round 31's 「人事、卫生等部门」), and the tail 「等相关部门」 after a whole name is "
               "dropped (round 62's x258_03); the split list and the doers alone accepted; lead []; " + SINCE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二, 三, 四 (points that give work). 一、 closes the markets and asks the public to keep away (rules for the "
            "public with no body named are text, rounds 36, 37) and 五、 only says the reopening will be notified (no work): no "
            "tasks. Accepted: 2 (without 三), 4 (with 一), 5 (every point)",
            "the preamble's leading group is the issuer deciding, no unit of the points (round 40: a preamble gives no item units)"])

write_collected(DIR)
