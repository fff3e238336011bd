# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next103/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c103, round 31: eight page openings of plans from outside Shanghai — 濉溪县
市场监管局's 2025 双随机 plan written as a notice with two points, a village school's 手足口病 plan, a county's 2017
义务植树月 plan whose page LOST EVERY DIGIT 1 (「207年」, 「3月2日」 for 3月12日, item numbers 「、」 and 「()」), 回龙圩's
2023 义务植树 plan with 由…牵头…配合 and dated steps, 于都县's 2022 责任落实全覆盖 plan under a notice forwarding five
plans, a township's 2018 有限空间 plan, a township's 2023 九小场所 plan with the site's 「……此处隐藏5001个字……」 inside an
item, and a county's 清剿火患 plan's later page with 负责 clauses): never tune the parser on them (see README.md). Only
`line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in`` where
an item's number is lost or its heading is off the page); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (its round-29 rules on units written in sentences, the round-30 clarifications and
thresholds and the round-31 lines are cited in the notes). Neither the parser nor the scorer was run on these plans
by c103.

    python tests/data/plans-next103/make_expected.py tests/data/plans-next103
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (a number lost on the page, a heading off the page).
at = partial(at_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's title"
GOALS = "a section of aims, scope or contents (工作目标/整治范围/重点内容…) with no numbered children: no task"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
VERBS = ("rule 2's verbs are 负责/具体负责/主责/实施/落实 and 组织＋verb (or the agent of 由 with any verb, 牵头, 会同) — a "
         "closed list (round 30); this clause's verb is none of them")
CALL = ("a general call (「各地要…」; round 30: addressed to all, or a group by kind with no verb of rule 2)")
STAGE = "the bracketed span after the stage's name is the stage's span (a phase), not the item's deadline: not checked"
IMPLICIT = "the year is implicit and resolved from the plan's year printed on the page (plans-dev EXPECTED.md: deadlines)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
ONES = "the digit 1 is lost everywhere on this page (see the plan's style)"


# ---------------------------------------------------------------------------------------------------------
X01 = "x103_01_suixi-2025-shuangsuiji-yigongkai-choucha-gongzuo-jihua.txt"
plan(X01,
     title="濉溪县市场监督管理局2025年度“双随机、一公开”抽查工作计划（濉溪县市场监督管理局2025年度“双随机、一公开”抽查工作计划的通知）",
     title_note="lines 1–2 (the notice's title broken after 「2025年度」); the notice is itself the plan (「现就做好2025年"
                "“双随机、一公开”监管工作通知如下」): the plan's name or the notice's title",
     doc_no="", issuer="濉溪县市场监督管理局 (Anhui, 淮北市濉溪县)", date="2025 (the title; the site's date 2025-05-08)",
     level="county bureau (Anhui, 濉溪县市场监督管理局)",
     source=page_source("https://www.sxx.gov.cn/zwgk/public/1851/64725819.html"),
     style="a county site's notice as a plan: the title in TWO LINES, the addressees 「局属各单位:」, a preamble, then "
           "POINTS 一、 二、 written as heading lines with paragraphs and NO NUMBERED CHILDREN (「一、 」 with a blank after "
           "the comma); general calls 「全县市场监管部门要…」「各单位要…」, a guide 「在市局科室指导下」, 「各相关股室要牵头抓好…」, "
           "a second paragraph of 二、 with 「原则上应当于11月10日前完成」 (year implicit) — CUT",
     leaf_tasks=2, count_alternatives=[1, 0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note=R3 + ": 「全县市场监管部门要持续加强…」 is " + CALL + "; 「各相关业务股室在市局科室指导下,建立健全…名录库」 — 市局"
               "科室 only guides (「在A指导下」) and 建立健全 is not a verb of rule 2 (" + VERBS + "): lead = [], responsible = []; "
               + NODATE),
        S(["二"], ["各相关股室"], ["各相关股室"], dl="11月10日前", dln="2025-11-10",
          note=R2 + ": 「各相关股室要牵头抓好本条线双随机抽查工作」 (「A牵头（负责）」: lead A; a group named by a kind with a verb "
               "of rule 2 is a doer, round 30) and 「要组织完成任务接收、实施检查…」 (the same subject, 组织＋verb) — lead and "
               "responsible 各相关股室 (a lead of 各… alone is also passed by reading nothing, as the scorer does); 「各单位要…扎实"
               "做好…」 is " + CALL + "; 「相关股室要强化统筹实施」 has 强化 as its verb (统筹实施 its object) and 「相关业务股室要"
               "对口加强督促指导」 加强: not added; 市局 and 省局处室 are the bodies whose tasks are received; 「原则上应当于11月10日"
               "前完成」 (the item's second paragraph, before the cut) is the deadline — " + IMPLICIT + " (2025, the title)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 points on the page: 一、 and 二、 (cut), heading lines with paragraphs and no numbered children; they are the "
            "notice's work, read as tasks (each names its work and its bodies, as plans-dev 03's top-level items); 1 accepted "
            "(without the cut item) and 0 (the points read as sections by the childless-section rule)",
            "「第二版」, 「2025年度」, 「一单两库」 are names and years: no targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x103_02_mujia-xuexiao-shouzukoubing-fangzhi-shishi-fangan.txt"
plan(X02,
     title="穆家学校防治手足口病实施方案（小学手足口病防治方案）",
     title_note="the site's title 「小学手足口病防治方案」 (lines 1, 3, 5, 6, 8) or the plan's own name in its preamble 「特制"
                "穆家学校防治手足口病实施方案」 (line 10): either accepted",
     doc_no="", issuer="穆家学校 (a village school; the province is not named: 「省卫生厅、省教育厅」, 「县教育局」)",
     date="(no year on the page; EV71 and 手足口病 紧急通知 date it to 2008–2010)", level="school (穆家学校, not placed)",
     source=page_source("https://www.doczj.com/doc/287950364.html"),
     style="a document site's copy: breadcrumb 「当前位置:文档之家›」, the title FIVE TIMES, blank lines between paragraphs, "
           "一、 a working group with EMPTY 组长:/副组长: and 「成员:各班班主任」, 二、 one paragraph of duties (教导处负责…,"
           "后勤负责…, 班主任负责…) with no numbered child, 三、 points 1、–4、 with the issuer as 「学校」; a LINE BREAK INSIDE "
           "A WORD (「向校⏎⏎长室报告」); a daily report — CUT inside 4、",
     leaf_tasks=4, count_alternatives=[3, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、成立穆家学校防治手足口病工作小组", "二、各司其职、各负其责,实行责任追究制度"],
     samples=[
        S(["三", "1"], [], [],
          note="no body is named (「召开班主任工作会议,…积极组织开展手足口病防控工作」 has no subject): lead = [], "
               "responsible = []; 省卫生厅、省教育厅 and 县教育局 are the senders of the notices learnt (" + R3 + "); " + NODATE),
        S(["三", "2"], [], [],
          note=R2 + ": 「学校利用晨会、班会…切实加强对学生的宣传教育工作」 — " + VERBS + " (加强): lead = [], responsible = []; "
               "「洗净手、喝开水…」 a slogan; " + NODATE),
        S(["三", "3"], [], ["学校"], lead_alternatives=[["学校"]],
          note=R2 + ": 「学校认真落实班主任晨检制度」 (the subject of 落实; the issuer speaking of itself is a unit as printed, "
               "round 30) — responsible 学校, " + ONE + "; 「每天向学校办公室报告」「办公室每天定时向校⏎⏎长室报告」「向各级部门"
               "报告」: 学校办公室, 校长室 and 各级部门 receive, and 办公室's verb 报告 is none of rule 2's (" + R3 + "); 班主任 and "
               "家长 are persons; the daily report is a duty; " + NODATE),
        S(["三", "4"], [], [],
          note=CUT + "; " + R2 + ": 「学校采取多种形式,广泛开展…爱国卫生运动」 — " + VERBS + " (开展 without 组织): "
               "lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "及时记录并每天向学校办公室报告学生缺课情况和原因,办公室每天定时向校长室报告", "when": "每天",
              "when_norm": "daily"}],
     notes=["4 leaves: 三/1、–4、 (4、 cut); 3 without the cut item; 5 accepted (二、 read as a task: a paragraph of units "
            "with 负责 and no numbered child — by the rule a top-level item with no numbered children is a section, and not "
            "every top-level item is a task sentence, so the plans-dev 03 exception does not apply); 一、 sets up a group "
            "(its 组长/副组长 empty, 成员 persons): a section",
            "「EV71」 is a name: no target"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x103_03_xian-2017-yiwu-zhishu-yue-huodong-fangan.txt"
plan(X03,
     title="2017年“义务植树月”活动方案（207年“义务植树月”活动方案）",
     title_note="line 1 (the site's heading, whole) or line 5 (the document's own title with its 1 lost, 「207年」): "
                "either accepted",
     doc_no="", issuer="a county (Zhejiang, not named; 「芹阳办事处」 and 「推进我县国家公园建设」 point to 开化县)",
     date="2017 (line 1; the page writes 「207年」)", level="county (Zhejiang; 开化 by 芹阳办事处, not named)",
     source=page_source("http://www.nepao.com/show-140-276429-1.html"),
     style="an essay site's copy (「本 文 由第一 公文 网 收 集整理莲山」) on which EVERY DIGIT 1 IS LOST: 「207年」 for 2017年, "
           "「3月2日」 for 3月12日 (植树节), 「0棵树」 for 10棵, 「每人种植棵树」 and 「至少有个」 for 1棵/1个, 「3˙2」 for "
           "3·12, and the item numbers 1、 and (1) printed as a bare 「、」 and 「()」 at the line's start (2月3日(正月初七) is "
           "right: 2017's 正月初七 is 3 February); addressees on one line with commas; 一、活动时间安排 with a lead-in and "
           "three STAGES AS ITEMS with their times, 二、活动内容与要求 1–3 (the third with 由主管部门…, 团县委和妇联要组织…), "
           "「&bsp;三、」 (an HTML entity with its n lost, before the number), 三/1 with (1)活动时间 (2)参加对象 — CUT at "
           "三/2's heading",
     leaf_tasks=8, count_alternatives=[7, 5, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        # round 32: CONVENTIONS.md "Stages written as items" — 一/1 and 一/2 (「…活动,时间为…」 under 「分以下三个阶段进行」,
        # each a name and a time) are the plan's phases, not tasks: their two samples are taken out (README, "Round 32:
        # answers aligned (lead)"); the count already accepts 6 and 5 (the stages read as the schedule)
        S(["二", "1"], [], [], **at(X03, "\n、", nth=2),
          note="the number 1、 is lost (" + ONES + "); 「各乡镇和单位开展义务植树活动可形式多样」 is " + CALL + " and an "
               "option (可…): lead = [], responsible = []; 公仆林, 子孙林… are names; " + NODATE),
        S(["二", "3"], [], ["主管部门", "团县委", "妇联"], targets=[(3, "棵"), (5, "棵")],
          note=R2 + ": 「学校、医院、企业等单位的植树任务归口到各主管部门,由主管部门综合确定方案」 (the agent of 由 with a verb "
               "of doing) and 「团县委和妇联要组织广大青年和妇女积极参加义务植树」 (「A组织B＋verb」, round 30: A is the doer, B "
               "not a unit; split at 和) — responsible in the printed order, lead [] (no 牵头); 「全县机关干部义务植树要按照…」 "
               "names persons, 「各乡镇要按照…确定植树人员和规模」「各乡镇要确保…」 are " + CALL + "; targets: the per-person "
               "quotas 「每名干部职工种植3棵树」 and 「党员干部种植5棵树」 (per-unit quantities of the work, as round 25's 「每户补贴"
               "2000元」 — not settled by CONVENTIONS: 「按照…的要求」 could be read as a norm like 「原则上按500户配1名」; a "
               "clerk records what each person plants); 「0棵树」 (10 with its 1 lost) and 「每人种植棵树」 (no figure left) are "
               "not checked either way; 「至少有个植树点」 has lost its figure (1个): no target; " + NODATE),
        # aligned round 35: CONVENTIONS.md "Round 35 rulings" (Tasks, Field blocks) — (1)活动时间 (2)参加对象 are the fields
        # of the activity 三/1, one task; the sample was the field 三/1/(2) (README, "Round 35: answers aligned")
        S(["三", "1"], [], [], **at(X03, "\n、", nth=3), dl="2月3日(正月初七)", dln="2017-02-03",
          note="aligned round 35: field blocks — 「、春节上班第一天机关义务植树活动」 (its 1 lost, " + ONES + ") with the fields "
               "「()活动时间:2月3日(正月初七)。」「(2)参加对象:各乡镇人民政府、县级各机关、企事业单位、各社会团体。」: one task; "
               "参加对象 names the activity's PARTICIPANTS, no units field (the ruling's label is 承办单位／责任单位), and no "
               "clause makes them doers by a verb of rule 2: lead = [], responsible = []; its time field is the activity's "
               "day: 2017-02-03 (the plan's year 2017, 「207年」 on the page)"),
        S(["三", "2"], [], [], **at(X03, "2、", nth=3),
          note=CUT + " (after its heading 「“义务植树月”和“3˙2”义务植树节」, 3·12 with its 1 lost): lead = [], responsible = []; "
               + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "全县机关干部义务植树活动", "start": "2017-02", "end": "2017-02"},
             {"name": "乡村、学校、医院、企业等单位义务植树活动", "start": "2017-02", "end": "2017-03"},
             {"name": "全国“义务植树节”活动", "start": "2017-03", "end": "2017-03"}],
     duties=[],
     notes=["8 leaves: 一/1–3 (stages written as items), 二/1–3, 三/1 (its (1)活动时间 (2)参加对象 are fields, aligned round "
            "35), 三/2 (cut after its heading); 7 without the cut item; 5 or 4 accepted (the stages read as the schedule, with "
            "or without the cut item); the items 一/1, 二/1, 三/1 and 三/1/(1) have lost their number 1 on the page and are "
            "counted by reading (the count was 9, 8, 6 or 5 with the fields as items)",
            "phases (「207年“义务植树月”活动分以下三个阶段进行」, year 2017): 机关干部 on 正月初七 (2017-02-03, the date "
            "三/1/(1) gives), the units' planting 2月3日–3月2日 (3月12日), 植树节 3月2日 (3月12日)",
            "「207年」, 「3˙2」, 「正月初七」 are garbled years and day names: no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x103_04_huilongxu-2023-yiwu-zhishu-huodong-fangan.txt"
plan(X04,
     title_note=NO_TITLE + " (the page starts at 「一、活动时间:」; the plan is 回龙圩's 2023 义务植树活动 方案 on the "
                           "义务植树 site)",
     doc_no="", issuer="回龙圩管理区 (Hunan, 永州; 「区林业局」, 「区宣传部」, 「回龙圩镇」, 「回峰林场」)",
     date="2023 (the dates)", level="district (Hunan, 永州市回龙圩管理区)",
     source=page_source("http://www.yiwuzhishu.cn/index.php/home/project/entitydetail/e_id/819.html"),
     style="a planting site's project page: no title, heading-colon points 一、–七、 (「一、活动时间:2023年3月3日上午9:00」, "
           "「六、目标任务:完成义务植树示范面积50亩」), 五、参加人员 with 1、–3、 particulars (「3、参与人数:」 empty), "
           "「七、准备工作:120人」 (the participants' figure displaced onto the heading), (一)–(五) with 「由A牵头,B、C配合,在"
           "2023年2月23日前完成」, 「由A负责,于…前」, 「由A安排专人负责」, two 由 clauses in one item, a contact line with a "
           "mobile number; ends with two blank lines (the stored page is whole)",
     leaf_tasks=5, count_alternatives=[8], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间", "二、植树活动地点", "三、植树活动主题", "四、活动目的", "六、目标任务"],
     samples=[
        S(["七", "(一)"], ["区林业局"], ["区林业局", "回龙圩镇", "回峰林场"], dl="在2023年2月23日前", dln="2023-02-23",
          note=R2 + ": 「由区林业局牵头,回龙圩镇、回峰林场配合」 — lead 区林业局; responsible 区林业局, 回龙圩镇, 回峰林场 in "
               "the printed order; the date is the deadline"),
        S(["七", "(二)"], [], ["区林业局"], lead_alternatives=[["区林业局"]], dl="于2023年3月2日前", dln="2023-03-02",
          not_targets=[(5, "米")],
          note=R2 + ": 「由区林业局负责,于2023年3月2日前将苗木运达指定地点」 (the agent of 由 with 负责) — responsible, " + ONE
               + "; 「按照株距5米打坑」 is a spacing norm with no comparison word (round 30: a figure that only names a norm is "
               "not a target, as 「原则上按500户配1名」): not_target"),
        S(["七", "(三)"], [], ["区宣传部"], lead_alternatives=[["区宣传部"]], dl="2023年3月3日", dln="2023-03-03",
          note="aligned round 41: a single day under 活动时间 stated once for the whole activity 「一、活动时间:2023年3月3日上午9:00」 is its one-day span (CONVENTIONS Round 42 rulings, continued): a preparation with no date of its own is due that day; was no deadline; " + R2 + ": 「由区宣传部安排专人负责植树活动影像资料收集」 (the agent of 由 with a verb of doing, 安排) — responsible, "
               + ONE + "; 专人 are persons (round 30: a person is never a unit)"),
        S(["七", "(四)"], [], ["回峰林场"], lead_alternatives=[["回峰林场"]],
          note=R2 + ": 「由回峰林场安排人员负责对所种苗木进行管护、管理」 — responsible, " + ONE + "; 「区林业局定期对义务植树"
               "基地进行督查检查」: 进行督查检查 is not a verb of rule 2 (" + VERBS + "), so 区林业局 is not added; 「植树活动"
               "结束后」 and 「定期」 are no dates: " + NODATE + "; kept round 41: the care after the activity and the "
               "periodic checks are after the activity's day and recurring (round 33), not due on it — the single-day span "
               "(Round 42 rulings, continued) reaches only the preparations"),
        S(["七", "(五)"], [], ["区林业局", "各单位"], dl="2023年3月3日", dln="2023-03-03",
          note="aligned round 41: a single day under 活动时间 stated once for the whole activity 「一、活动时间:2023年3月3日上午9:00」 is its one-day span (CONVENTIONS Round 42 rulings, continued): a preparation with no date of its own is due that day; was no deadline; " + R2 + ": 「由区林业局负责准备活动横幅,由各单位自备植树工具等相关物资」 — two 由 clauses, each the agent of 由 with a "
               "verb of doing (负责准备, 自备): responsible both in the printed order, lead [] (no 牵头); not settled by "
               "CONVENTIONS: 「自备…物资」 is not a cost (经费/费用/资金) as in round 30's payer rule, so 各单位 is read as a doer "
               "(a reader who reads it as a payer answers 区林业局 alone)"),
     ],
     plan_targets=[{"number": 50, "unit": "亩"}],
     phases=[], duties=[],
     notes=["5 tasks: 七/(一)–(五); 8 accepted (the leaves 五/1、–3、 counted too: they are particulars of the participants — "
            "参加形式, 报名方式, 参与人数 — that name no unit and no work, not tasks in a plan whose tasks name units, as items "
            "of 工作目标/总体要求 are); 一、–四、 and 六、 are heading-colon points with no numbered children (sections)",
            "plan target: 「六、目标任务:完成义务植树示范面积50亩」 — 50 亩",
            "「2023年3月3日上午9:00」 is the activity's time (a clock time), 「120人」 on 七's heading is the participants' "
            "number displaced from 「3、参与人数:」 (not checked), 13638414614 a telephone number: no targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x103_05_yudu-2022-yingji-zeren-luoshi-quanfugai-gongzuo-fangan.txt"
plan(X05,
     title="于都县应急责任落实全覆盖工作方案（关于印发《于都县应急管理工作“五个全覆盖”工作方案》的通知）",
     title_note="line 7 (the first forwarded plan's title) or line 3 (the notice's title; 「于都县人民政府办公室」 on line 2): "
                "two documents under one cover — the forwarded plan's title or the notice's",
     doc_no="于府办发〔2022〕33号", issuer="于都县人民政府办公室 (Jiangxi, 赣州市于都县)", date="2022-04-26 (the notice)",
     level="county (Jiangxi, 于都县)",
     source=page_source("https://www.yudu.gov.cn/ydxxxgk/wgk/202210/0e2596b0465e4fc6a9cd672a1d57b573.shtml"),
     style="a county site's disclosure page: the document number, the issuer, the notice's title, addressees with brackets "
           "「各乡(镇)人民政府,…县直(驻县)有关单位:」, a cover sentence FORWARDING FIVE PLANS in a row of 《》, the date, then "
           "the FIRST plan's title, preamble with 「(“1+5”)」, 一、工作目标 (prose), 二、工作任务 / (一) / 1. with 「各乡(镇)要"
           "制定…」 and 「3月底前,将…」 (year implicit; before the notice's own date) — CUT",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)", "1"], [], [], dl="3月底前", dln="2022-03",
          note=CUT + "; " + R2 + ": 「落实《于都县安全生产职责规定》」 has no subject, and 「各乡(镇)要制定党政领导干部安全生产"
                     "“职责清单”和年度“工作清单”」 is " + CALL + " (制定): lead = [], responsible = []; 「3月底前,将…」 (its "
                     "verb cut) is the deadline — " + IMPLICIT + " (2022: the notice and 「2022年全市应急管理工作」), "
                     "though it falls before the notice's date 2022-04-26"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一)/1. (cut); 0 without it; 一、工作目标 is a section (" + GOALS + "); the cover's "
            "「请认真抓好贯彻落实」 is no task; of the five forwarded plans only the first begins on the page",
            "「1+5」, 「五个全覆盖」, 「两个至上」 are names, 于府办发〔2022〕33号 a document number: no targets",
            "no duty is answered: the sending 「3月底前,将“职责清单”和年度“工作清单”」 is cut before its verb"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x103_06_xiangzhen-2018-gongmao-youxian-kongjian-zhuanxiang-zhengzhi-fangan.txt"
plan(X06,
     title="乡镇持续开展工贸行业有限空间作业安全生产专项整治工作方案",
     title_note="lines 1 and 2 (the title twice; 「乡镇」 stands for the township's masked name)",
     doc_no="", issuer="a township (not named: 「乡镇」, 「全镇」, 「镇国土规建环保安…」)", date="2018 (「自2018年2月上旬至2018年"
     "10月31日」)", level="township (not named)",
     source=page_source("https://www.wenmi123.com/article/306141.html"),
     style="an essay site's copy: the title twice, 一、工作目标 (prose), 二、整治范围 with a lead-in and SCOPE ITEMS (一)–(四) "
           "as colon lists (重点行业:…), 三、重点内容 (one paragraph of 「…情况」), 四、方法步骤 with the campaign's span "
           "「自2018年2月上旬至2018年10月31日」, (一) a STAGE with its span 「(2月上旬至3月31日)」 and 1. with a general call and "
           "「3月15日前,…上报镇国土规建环保安」 — CUT inside the receiver's name",
     leaf_tasks=5, count_alternatives=[4, 1, 0], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "三、重点内容"],
     samples=[
        S(["四", "(一)", "1"], [], [], dl="3月15日前", dln="2018-03-15",
          note=CUT + "; " + R3 + ": 「各村(社区),各有关单位要结合实际制定印发…实施方案」 is " + CALL + " (制定印发), and the "
                     "plan goes 「上报镇国土规建环保安…」 (a receiver, cut): lead = [], responsible = []; 「3月15日前」 is the "
                     "deadline — " + IMPLICIT + " (2018, 「专项整治自2018年2月上旬…」); the stage's span 「(2月上旬至3月31日)」 "
                     "on (一) is a phase; the sending is a duty"),
     ],
     plan_targets=[],
     phases=[{"name": "动员部署,宣传发动阶段", "start": "2018-02", "end": "2018-03"}],
     duties=[{"what": "将专项整治工作实施方案上报镇国土规建环保安", "when": "3月15日前", "when_norm": "2018-03-15"}],
     notes=["5 leaves by the leaf rule (the page names no unit by the rules, so every numbered leaf counts, plans-dev 08): "
            "二/(一)–(四) and 四/(一)/1. (cut); 4 without the cut item; 1 or 0 accepted (a clerk reads 二's (一)–(四) as the "
            "campaign's scope — 重点行业/企业/环节/时段 — not as work, as items of 工作目标 are not tasks); no sample is "
            "written on the scope items for that reason",
            "phase: 动员部署,宣传发动阶段 2018-02 → 2018-03 (「(2月上旬至3月31日)」, the year from 「自2018年2月上旬」); the "
            "other two stages are off the page",
            "「三个阶段」 and 「今年内…不再发生…较大生产安全事故」 give no figure: no targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x103_07_xiang-2023-jiuxiao-changsuo-xiaofang-zhuanxiang-zhengzhi-fangan.txt"
plan(X07,
     title="全乡“九小场所”消防安全专项整治行动方案",
     title_note="lines 1 and 2 (the title twice)",
     doc_no="", issuer="a township (not named; 「全乡」, 「结合我县实际」, 「各村、有关科室」; the cited documents are masked "
                       "「X省」「X〔2023〕X号」)",
     date="2023 (the cited documents; the campaign runs to 「2024年年底」)", level="township (not named)",
     source=page_source("http://cedoc.cn/info/link/131519.html"),
     style="a document site's copy with its own title twice, a preamble citing MASKED documents 「《X省…》(X〔2023〕X号)」 "
           "(one bracket unclosed), 一、工作目标 (prose), 二、整治对象 (一)–(四) with THRESHOLDS of size 「班级数6个(不含本数,"
           "下同)以下」「建筑面积300平方⏎米以下」 (a LINE BREAK INSIDE THE UNIT) 「200平方米以下」, and (四) CUT by the site's "
           "「……此处隐藏5001个字……」 inside 「200平方米以」; after it a stage (三)巩固提升阶段(2024年11月至12月) whose heading "
           "(六、) is hidden, 七、工作要求 / (一) — CUT",
     leaf_tasks=6, count_alternatives=[5, 4, 2, 1], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], [], targets=[(6, "个")],
          note="a scope item naming no body: lead = [], responsible = []; 「班级数6个(不含本数,下同)以下的学校」 — a threshold with "
               "以下 that picks the objects of the work: a target (CONVENTIONS round 30, thresholds by the comparison word; "
               "not an age band nor a hazard); " + NODATE),
        S(["二", "(二)"], [], [], targets=[(300, "平方米")],
          note="a scope item naming no body: lead = [], responsible = []; 「建筑面积300平方⏎米以下」 — the unit 平方米 is "
               "broken across two lines; a threshold with 以下: a target (round 30); " + NODATE),
        S(["二", "(四)"], [], [], not_targets=[(5001, "个")],
          note="a scope item cut by the site's 「……此处隐藏5001个字……」 (page chrome: 5001 characters hidden) — 5001个 is "
               "no quantity of the plan (not_target); 「建筑面积200平方米以」 lost its comparison word (以下) to the cut: its "
               "200 平方米 is not checked; lead = [], responsible = []; " + NODATE),
        S(["(三)"], [], [], dl="2024年11月至12月", skip_deadline=True, **at(X07, "(三)", nth=2),
          note="a stage written as an item; its heading (六、, the steps) is in the hidden text, so its path is written as "
               "printed; 「各村、有关科室要认真梳理总结,…开展自评验收,…要挂牌整改」 is " + CALL + " (梳理总结, 开展 without "
               "组织, 挂牌整改): lead = [], responsible = []; " + STAGE),
        S(["七", "(一)"], [], [],
          note=CUT + "; 「各村、有关科室要高度重视」 is " + CALL + ": lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "巩固提升阶段", "start": "2024-11", "end": "2024-12"}],
     duties=[],
     notes=["6 leaves on the page by the leaf rule (the page names no unit by the rules, so every numbered leaf counts): "
            "二/(一)–(四) ((四) cut by the hidden text), the stage (三) and 七/(一) (cut); 5 or 4 without the cut items; 2 or "
            "1 accepted (the scope items 二/(一)–(四) read as the campaign's objects, not work — the same reading with or "
            "without 七/(一)); the hidden 5,001 characters held 三、–六、 and the stages (一)(二)",
            "(三) is written as printed (「(三)」 with no parent on the page); it is not 二/(三)",
            "「自即日起至2024年年底」 is the campaign's span (the plan's end), not an item's deadline; X〔2023〕X号 are masked "
            "document numbers: no targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x103_08_eshan-qingjiao-huohuan-zhuanxiang-xingdong-fangan.txt"
plan(X08,
     title_note=NO_TITLE + " (the page is a later page of a county's 清剿火患 专项行动 plan and starts at the scope item (四))",
     doc_no="", issuer="a county in Yunnan (峨山彝族自治县 by its towns 甸中镇、化念镇、塔甸镇、岔河乡、大龙潭乡、富良棚乡 and "
                       "双江街道、小街街道; not named)",
     date="(no year on the page; the national 清剿火患 campaign ran 2011–2012)", level="county (Yunnan, 峨山 by its towns)",
     source=page_source("http://ask.fsou.com/html/text/lar/174089/17408913_1.html"),
     style="a law site's later page: it starts at a SCOPE item 「(四)其他影响本地区公共消防安全的区域和行业。…」 (its heading "
           "二、 on an earlier page), 三、工作机构及职责分工 / (一) a 指挥部 the item sets up with PERSONS (副县长易长生 任指挥长…) "
           "and an office placed in 县公安消防大队 「具体负责…日常事务」 / (二) 「A负责<towns>,B负责<街道>,C负责<街道>。D、E等行业"
           "主管部门负责组织开展…」 and a liaison to name, 四、工作任务 / (一) a HEADING LINE 「着力开展“五一工程”」 with its "
           "paragraph 「各乡镇(街道)和职能部门要…组织开展“五一工程”,既每周一次…每月一次…」 and 「一是…」 — CUT",
     leaf_tasks=4, count_alternatives=[3, 2, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(四)"], [], [],
          note="a scope item (the areas and trades the campaign covers): no body is named (「将…纳入…专项行动范围」 has no "
               "subject): lead = [], responsible = []; 「三合一」「九小场所」 are names; " + NODATE),
        S(["三", "(一)"], [], [],
          note=R3 + ": 「县人民政府成立县“清剿火患”指挥部」 — a body the item sets up (成立 is none of rule 2's verbs); 副县长"
               "易长生, 陈绍强, 梁跃清, 陈飞 are persons (a person is never a unit); 「成员由…部门领导组成」 are members; "
               "「指挥部下设办公室在县公安消防大队,具体负责…日常事务」 — the subject of 具体负责 is the office the item sets "
               "up, placed in 县公安消防大队 (a place, not a doer): lead = [], responsible = []; " + NODATE),
        S(["三", "(二)"], [], ["县公安消防大队", "县文体局", "县工商局", "县教育局", "卫生局"],
          note=R2 + ": several 负责 clauses in one item 「县公安消防大队负责甸中镇、…,县文体局负责双江街道,县工商局负责小街"
               "街道。县教育局、卫生局等行业主管部门负责组织开展…」 — all their bodies in the printed order (the towns and "
               "街道 are the areas each answers for, objects of 负责, not units); 「县教育局、卫生局等行业主管部门」: separate "
               "heads split at 、, 「等行业主管部门」 a category tail dropped (plans-dev EXPECTED.md: 「等建设主管部门」 is no unit — plans-dev 10 三/（二） 「区建管委、…、区房管局等建设主管部门」 keeps 区房管局; the round-31 line on 「人事、卫生等部门」 joins fields before one head, and 县教育局、卫生局 are separate heads); "
               "lead [] (no 牵头); 「各乡镇(街道)、各职能部门要设专兼职…联络员,及时通报…」 is " + CALL + " (设, 通报) and a "
               "duty (a liaison to name); 部门领导 are persons; " + NODATE),
        S(["四", "(一)"], [], ["各乡镇(街道)", "职能部门"], skip_deadline=True,
          note=R2 + ": 「各乡镇(街道)和职能部门要按照…工作要求,组织开展“五一工程”」 — the subject of 组织开展, a group named "
               "by kind with a verb of rule 2 (round 30: a doer), split at 和 with the names as printed (各 is printed on the "
               "first only); lead [] (no 牵头); 「每周一次…每月一次…」 are rhythms (duties), not dated deadlines: not checked; "
               "「一是…」 enumerates inside the item and numbers none (cut)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每月一次排名通报", "when": "每月一次", "when_norm": "monthly"},
             {"what": "各乡镇(街道)、各职能部门要设专兼职“清剿火患”专项行动工作联络员,及时通报工作情况", "when": "not stated",
              "when_norm": None}],
     notes=["4 leaves on the page: (四) (a scope item of a section whose heading is on an earlier page), 三/(一), 三/(二), "
            "四/(一) (cut inside its 「一是」); 3 accepted without the working-group item 三/(一) (it names no unit and sets up "
            "a group, like an item of 组织领导) or without the cut item, 2 or 1 without the scope item (四) too",
            "「每周一次」「每月一次」 are rhythms, 「五一工程」「三合一」 names: no targets"])

from expected_tools import align33_units  # noqa: E402

align33_units('x103_04', ['七', '(五)'], [], ['区林业局'],
              'No kind, no doer — 各单位 is a general call (单位 is any body): 「由区林业局负责准备活动横幅,由各单位自备植树工具等相关物资」: responsible 区林业局 alone')  # noqa: E501


# round 34 (p34h): answers aligned to CONVENTIONS.md "Round 34 rulings" by reading the items
from expected_tools import align34_units  # noqa: E402

align34_units('x103_08', ['三', '(二)'], [], ['县公安消防大队', '县文体局', '县工商局', '县教育局', '卫生局', '各乡镇(街道)', '各职能部门'],
              "the item's heading 「(二)职责分工。」 is a label of doers: every body the text gives work is a unit (CONVENTIONS.md round 34, a 职责分工 heading) — 「各乡镇(街道)、各职能部门要设专兼职…联络员,及时通报工作情况」 adds 各乡镇(街道), 各职能部门 (kinds, no bare 各单位)")  # noqa: E501

# round 51 (p51d): answers aligned to tests/data/CONVENTIONS.md "Round 58 rulings" (Targets, turned)
from expected_tools import align58_targets  # noqa: E402

align58_targets("x103_07", ["二", "(二)"], "「小医院(小诊所、小托育机构):建筑面积300平方米以下的诊所、门诊部、托育机构」: the band stands inside the noun defining the class of places the campaign picks", to_not=[(300, "平方米")])
write_collected(DIR)
