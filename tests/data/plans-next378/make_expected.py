# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next378/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c378, round 71, for round 72: seven page openings of festival-season plans and
notices from outside Shanghai — a 开化 town party committee's 2017 春节 work notice (杨委﹝2017﹞6号; 一–三, 三 cut);
安徽师范大学第二附属中学's 2018 元宵 dinner 方案 (校德〔2018〕6号; 七 1、3、, 八 1、–2、); 海临小学's 2023 清明 祭扫 方案 on a
document site (五 (一)1、–4、, (二)1、–2、, 六 1、–3、 cut); 湖南师大二附中's 2020 中秋 「六个一」 notice (四 1.–6. and a sending);
江宁区丹阳学校's 2012 国庆 书法／绘画 notice (四 1、–2、); a school's 2009 「迎国庆 颂祖国」 arrangement (活动一–三); 渡市镇党委's
2017 重阳 老年人体育运动 notice (渡委发〔2017〕187号; 一–五)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_line_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited
in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by
c378.

    PYTHONPATH=. python tests/data/plans-next378/make_expected.py tests/data/plans-next378
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, PAGES, S, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list; Round 100's first bullet: the subject of any other verb names "
        "none): lead [], responsible []")
PERSON = "a person is never a unit, and his body is not read in for him (round 30; Round 81's x305_01; Round 99 on x360_07 1.)"
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
LEAF = "a numbered leaf of a plan that names no unit is a task (plans-dev 08; seed 003; Round 105 on x375_01)"
WORKCOUNT = ("the events an item holds and the things it makes, 一 as any number, are its own number of work (round 37; round "
             "52's decided 「五个一」; Round 93 on x342_06; Round 102 confirmed x366_05 四/4's 1 件, 1 张, 1 句)")
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 93 on x342_03; Round 105 "
           "confirmed x374_03 二/5 「5、注重」)")
FIELDS = ("lines that only say where, when, in what form or by whom the one event the plan sets is held are its fields "
          "and give no work of their own (Round 89 decided x330_05; Round 97's governs on x354_07; Round 99 confirmed x360_03 "
          "五/1); Round 102's governs on x366_06)")
AIMS = "an aims or theme point states the occasion and aims and gives no work (p51e; Round 104 on x373_01 三、; Round 105 on x375_01)"
CONDUCT = ("a line binding the pupils during the school's own event is the conduct of the work itself, a task in a plan naming "
           "no unit (Round 104's governs on x372_07 七/2, 七/4 — Round 91's x336_07 一/4 with plans-dev 08 over Round 93's x342_07 二)")
TIMEFIELD = ("an activity's time section dates the activities it names (round 35's 活动时间; round 42; Round 95's x348_06; Round 102 "
             "confirmed x368_04's 2015-01)")
FESTIVAL = ("a festival's period in an item's own text dates the item by the festival's month in the plan's year (round 46's "
            "decided p44e; Round 90's governs on x126_02: 春节 3 February 2011 → 2011-02)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x378_01_kaihua-yangwei-2017-chunjie-qijian-youguan-gongzuo-tongzhi.txt"
NOUNIT01 = ("the notice's sentences print no subject (要…做好, 要组织开展, 要检查, 加强监管, 组织好…: the town's bodies addressed as a "
            "whole, 「各村党支部、村委会,镇属各部门:」), and a 组织 with no subject names no one (rule 2 needs its doer printed or carried "
            "inside its paragraph, round 34; Round 100's first bullet): " + NONE)
plan(X01,
     title="关于切实做好2017年春节期间有关工作的通知",
     title_note="lines 3–4 「关于切实做好2017年春节期间」「有关工作的通知」: a title the page breaks over lines is one title (Round 105 on "
                "x374_01; round 48); line 1 「朗读」 is the site's button and line 2 the document number",
     doc_no="杨委﹝2017﹞6号", issuer="a town party committee of 开化县 (浙江) — 「杨委」, 「全镇人民」, 「镇属各部门」; the site's path "
                                 "「kaihuaxian」; the town's full name is not printed in the opening",
     date="not shown (2017, the title's year; 春节 2017 fell on 28 January)",
     level="town (镇党委) over its villages' party branches, village committees and town offices",
     source=source("http://nbxinxi.com/a/kaihuaxian/20210625/336638.html"),
     style="a county-information site's page: 「朗读」, the number, the title over two lines, addressees, a preamble citing the county "
           "office's notice, 一、–三、 each a run-in heading sentence with its paragraph on one line, 三 CUT at 「做好庭院前后」",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note="「一、切实做好关心群众各项工作。要按照“三严三实”的要求,…做好困难群众的生活安排和救助工作。对困难家庭、困难群众,要组织开展走访慰问、专项救助、送温暖等活动,…要检查各项社会保障、社会救助措施落实情况,落实好…帮扶救助措施,…对农民工工资支付情况要进行专项检查,…」 — "
               "a childless point of a notice that names acts of the addressees' work is a task (round 65's x274_01; Round 104 "
               "confirmed x372_01's 一 and 三). Units: " + NOUNIT01 + ". Deadline: 「春节期间」 stands in the title and preamble "
               "only, and a festival's period there dates nothing (p44e; rounds 38, 44; round 67's x295_02): " + NODATE),
        S(["二"], [], [], dl="春节期间", dln="2017-01",
          note="「二、妥善安排群众物质文化生活。要根据节日期间消费需求,做好…保供稳价工作。对产品质量和食品药品安全加强监管,…要安排好春节期间文化生活,…组织丰富多彩的节日文化活动,…加强文化市场执法检查,…」 — "
               "a task (as 一). Units: " + NOUNIT01 + ". Deadline: 「春节期间」 (and 「节日期间」) in the item's own text: "
               + FESTIVAL + "; 春节 2017 is 28 January: 2017-01"),
        S(["三"], [], [], dl="春节期间", dln="2017-01",
          note="「三、扎实开展好环境卫生整治行动。高度重视春节期间环境卫生,…组织好群众性环境卫生清洁。要清除各类积存垃圾、卫生死角,做好河道沿岸、公路两侧、村庄四周卫生保洁,…要动员居民开展家庭卫生大扫除,做好庭院前后」 ("
               + CUT + ") — " + CUTVERB + ": a task. Units: " + NOUNIT01 + "; 动员居民 makes the residents the objects of a pivot "
               "(round 30). Deadline: 「春节期间」 in the item's own text: " + FESTIVAL + ": 2017-01"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一, 二, 三 (CUT). Each is a run-in heading sentence and its paragraph, childless; the notice prints no "
            "sub-numbering. The count 2 (三 dropped as cut) is accepted only because the page ends inside it",
            "the preamble 「为切实做好2017年春节期间各项工作,…根据县委办《关于做好2017年元旦春节期间有关工作的通知》,现将春节期间有关事项通知如下:」 "
            "cites the county office's notice (a cited document's title dates nothing of this notice, Round 93 on x342_07) and "
            "gives its items no units (no rule-2 clause; rule 4)",
            "「三严三实」 is a slogan's name; no figure in the opening is a target"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x378_02_anshida-erfuzhong-2018-yuanxiaojie-huodong-fangan.txt"
NOUNIT02 = ("the 方案 names no unit by rule 2 (its doers are the 班主任, classes and pupils; the issuer's 德育处 signs; 「安师大第二附属中学"
            "特开展…」 in 一 acts by 开展 without 组织): " + NONE)
EVENT02 = "「三、活动时间:2018年3月2日 17:00——18:20」: " + TIMEFIELD + ": 2018-03-02"
plan(X02,
     title="2018年元宵节活动方案",
     title_note="line 7, the piece's own title line under its issuer and number (lines 4–5); line 2 「【德育处】2018年元宵节活动方案」 is "
                "the site's heading with its bracketed column tag, and the site's heading stands only where the text prints no "
                "title (Round 97's x354_04; Round 99's x362_06; Round 105 on x374_08)",
     doc_no="校德〔2018〕6号 (printed 「校德 〔2018〕6号」)", issuer="安徽师范大学第二附属中学 德育处 (芜湖, 安徽; the signature 「安师大二附中德育处」)",
     date="not shown in the text (the event 2018-03-02; the site's 添加日期 2018-03-08)",
     level="school (its moral-education office over the grades' class teachers and pupils)",
     source=source("http://www.asdefz.com/index.php?m=content&c=index&a=show&catid=33&id=1056"),
     style="a school site's page: welcome line, the site's heading, 添加者 line, the school name and number padded with spaces, the "
           "title, 一、活动背景 (a paragraph), 二–六 one-line fields (目的, 时间, 主题, 地点, 对象), 七、活动安排 1、 and 3、 (no 2、 "
           "printed), 八、注意事项 1、–2、, the signature; lines of spaces as stored",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、活动背景", "二、活动目的", "三、活动时间", "四、活动主题", "五、活动地点", "六、活动对象"],
     samples=[
        S(["七", "1"], [], [], dl="2018年3月2日", dln="2018-03-02",
          note="「1、16:50高一高二年级各班班主任集合学生,整队到食堂。高一年级在一楼,高二年级在二楼。17:30高三年级各班班主任集合学生,整队到食堂一楼。」 — "
               "the class teachers gather and march their classes: " + LEAF + ". Units: the 班主任 are persons (" + PERSON + "): "
               + NONE + ". 「16:50」「17:30」 are clock times (head: not targets). Deadline: " + EVENT02),
        S(["七", "3"], [], [], dl="2018年3月2日", dln="2018-03-02",
          note="「3、各班按指定位置就坐,班主任和本班学生坐在一起,相关任课老师选择所带班级就坐。」 (no 2、 is printed; the path as printed) — "
               "the seating of the classes at the dinner: " + CONDUCT + ". Units: classes and teachers, groups of pupils and "
               "persons: " + NONE + ". Deadline: " + EVENT02),
        S(["八", "1"], [], [], dl="2018年3月2日", dln="2018-03-02",
          note="「1、各班主任提前做好文明礼仪教育。」 — work given to the class teachers before the event: " + LEAF + ". Units: "
               "persons: " + NONE + ". Deadline: 提前 names no day of its own; the teaching comes before the event its time field "
               "dates, the latest date the plan gives it (round 34's latest date): " + EVENT02 + " (RULING? 2: unchecked, "
               "提前 printing no day)"),
        S(["八", "2"], [], [], dl="2018年3月2日", dln="2018-03-02",
          note="「2、珍惜粮食,杜绝浪费。」 — the pupils' and teachers' conduct at the school's own dinner: " + CONDUCT + ". RULING? "
               "1: read as a caution on persons' own conduct (Round 93's x342_07 二; Round 87's turned x324_07 四), no task — "
               "count 3 accepted. Units: " + NONE + ". Deadline: " + EVENT02),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 七/1, 七/3, 八/1, 八/2. 一 活动背景 (with the school 「特开展…元宵喜乐活动」) and 二 活动目的, 四 活动主题: " + AIMS
            + "; 三 时间, 五 地点, 六 对象 are " + FIELDS + ": childless sections",
            "the dinner is the one event the plan sets, but 七's and 八's lines each give the teachers or the classes work of "
            "their own (gathering, marching, seating, teaching), unlike bare fields (Round 102's governs on x366_06 reads a "
            "piece whose only lines are fields)",
            "「17:00——18:20」「16:50」「17:30」 clock times; 「〔2018〕6号」 a document number"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x378_03_hailin-xiaoxue-2023-qingming-jisao-fangan.txt"
NOUNIT03 = ("the 方案 names no unit by rule 2 (its doers are the 班主任, the 辅导员 and pupils — persons — and 组织 in (一)/4 prints no "
            "subject): " + NONE)
DAY03 = "「二、活动时间 :2023年4月3日」: " + TIMEFIELD + ": 2023-04-03"
plan(X03,
     title="2023海临小学清明祭扫方案",
     title_note="line 1 opens 「1、2023年海临小学“清明祭扫方案 2023海临小学清明祭扫方案 一、指导思想…」: 「1、」 is the document site's page "
                "mark (Round 105 on x374_06: a page mark is the site's, no numbering), 「2023年海临小学“清明祭扫方案」 the site's file "
                "name with its stray 「“」, and 「2023海临小学清明祭扫方案」 the piece's own head before 一、 (round 48; the site's heading "
                "stands only where the text prints none, Round 105 on x374_08). RULING? 3: the file name 「2023年海临小学“清明祭扫方案」",
     doc_no="", issuer="海临小学 (「海临籍烈士」, 「东湖烈士陵园」; the place not named further)",
     date="not shown (2023, the title's and the 活动时间's year)",
     level="primary school (its Young Pioneers' squadrons of grade 4, their counsellors and class teachers)",
     source=source("https://m.wnwk.com/doc/1728800.html"),
     style="a document site's preview in three stored lines, each opened by the site's page mark 「1、」「2、」「3、」: the file name and "
           "title, 一、指导思想 1、–3、 (aims), 二–四 fields, 五、活动程序和方法 (一) 1、–4、 and (二) 1、–2、 with the ceremony's 第一项–"
           "第七项 and the speech and oath texts, 六、活动要求 1、–3、 CUT at 「春游」; all run in with spaces",
     leaf_tasks=9, count_alternatives=[6, 12], attachment_task_rows=0,
     childless_top_level_sections=["二、活动时间", "三、活动地点", "四、参加对象"],
     samples=[
        S(["五", "(一)", "1"], [], [], dl="3月27日4月3日", dln="2023-04-03", **at(X03, "准备工作: 1、"),
          note="「(一)3月27日4月3日,活动前的思想教育,组织落实活动前的准备工作: 1、班主任介绍海临籍烈士的英勇事迹;」 — the preparation the "
               "plan holds: " + LEAF + " (run in; line given). Units: " + NOUNIT03 + ". Deadline: (一)'s own span 「3月27日4月3日」 "
               "(its dash lost as stored) dates its points, the latest date (round 34), the year the plan's own 2023: 2023-04-03"),
        S(["五", "(一)", "3"], [], [], dl="3月27日4月3日", dln="2023-04-03", **at(X03, "立式班牌; 3、"),
          note="「3、学生穿校服佩戴红领巾。(根据天气情况自带遮阳帽、水)」 — the pupils' dress for the school's own visit: " + CONDUCT
               + ". RULING? 4 (with 六/2–3): read as persons' own conduct, no task. Units: " + NOUNIT03 + ". Deadline: as "
               "(一)/1, 2023-04-03"),
        S(["五", "(二)", "1"], [], [], dl="4月3日", dln="2023-04-03", **at(X03, "活动安排: 1、"),
          note="「(二)4月3日活动安排: 1、8。00在操场整队出发。」 — the visit's departure (as x372_07 七/2's, Round 104): " + LEAF
               + ". Units: " + NONE + ". 「8。00」 is a clock time (head). Deadline: (二)'s own 「4月3日」 of 2023: 2023-04-03"),
        S(["五", "(二)", "2"], [], [], dl="4月3日", dln="2023-04-03", **at(X03, "整队出发。 2、"),
          note="「2、到达烈士陵园后举行祭扫仪式。 同学们,…现在我宣布:海临小学清明祭扫活动现在开始。 第一项、全体肃立,敬礼。 第二项、请少先队代表讲话。 第三项、敬献花圈。 第四项、致哀并三鞠躬。 第五项、…献诗:我的自白书领诵:鲍昱辰。 第六项、…宣誓(辅导员): … 第七项、 宣布清明扫墓活动到此结束。」 — "
               "the ceremony with its running order, one task (Round 99 confirmed x360_03's 清明扫墓议程; Round 104 on x372_07 五; "
               "round 52's turned x238_03); 第一项–第七项 are its programme, no leaves; the host's speech and the oath are its "
               "script; the page mark 「3、」 inside 第七项 is the site's. Units: " + NONE + "; 鲍昱辰 a person. Deadline: (二)'s "
               "「4月3日」: 2023-04-03"),
        S(["六", "1"], [], [], dl="2023年4月3日", dln="2023-04-03", **at(X03, "活动要求: 1、"),
          note="「1、必须牢固树立平安第一的思想,切实加强学生集体活动的平安、纪律、卫生教育。」 — work given for the visit (加强…教育): "
               + LEAF + "; in a plan naming no unit a requirement item is read like any item (plans-dev 08; Round 105's governs "
               "on x375_01 四、保障措施). Units: " + NONE + ". Deadline: " + DAY03 + " (RULING? 5: unchecked, a standing "
               "requirement the time field does not name)"),
        S(["六", "2"], [], [], dl="2023年4月3日", dln="2023-04-03", **at(X03, "卫生教育。 2、"),
          note="「2、参加活动的学生一律步行,严禁擅自离队。一切行动听从指挥,严格遵守交通规那么,不乱扔果皮纸屑。」 (「规那么」 the site's "
               "slip for 规则) — " + CONDUCT + " (RULING? 4). Units: " + NONE + ". Deadline: " + DAY03),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 leaves: 五/(一)/1–4, 五/(二)/1–2 (2 with its ceremony's programme), 六/1–3 (3 CUT: 「3、春游活动未结束前,严禁学生擅自离开队伍回家;"
            "春游」 prints its ban before the cut, " + CUTVERB + ", and is a task as 六/2). 一 指导思想's 1、–3、 (缅怀先烈…; "
            "欣赏自然风光…; 丰富学生课外生活…) state aims (" + AIMS + "), no tasks; 二 时间, 三 地点, 四 参加对象 are " + FIELDS
            + ". RULING? 4: 6 (五/(一)/3, 六/2, 六/3 as persons' conduct) and 12 (一's aims read as leaves) accepted",
            "五/(一)/2 「预订花圈、准备队旗、立式班牌」 and 五/(一)/4 「组织学生背诵我的自白书」 are tasks naming none (not sampled)",
            "「海临籍」 names the martyrs' home, no body; 「第一项」–「第七项」 ordinals of the programme; 「8。00」 a clock time"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x378_04_hunan-shida-erfuzhong-2020-zhongqiujie-huodong-tongzhi.txt"
SPAN04 = "「二、活动时间 10月1日——10月7日」 with the notice's own 2020 (title, date line): " + TIMEFIELD + ", the span's end (round 34): 2020-10-07"
HOME04 = ("the 「六个“一”」 are the activity's contents, each an act the 方案 gives the grade's pupils: " + LEAF + " (Round 102 "
          "confirmed x366_05 四/4's 「四个一」 acts for the old as a task); RULING? 6: read as pupils' acts in their own time at home, "
          "persons' conduct (Round 93's x342_07 二), no tasks — count 1 (6. with its sending) accepted")
plan(X04,
     title="关于开展湖南师大二附中2020年中秋节活动的通知",
     title_note="line 1, the notice's own title (the page's heading is the title itself)",
     doc_no="", issuer="共青团湖南师大第二附属中学委员会 (the school's 团委, 长沙; the signature; the page's 作者:学生处)",
     date="2020-09-28 (the notice's own date line); the page 2020-09-30",
     level="school (its Youth League committee over the grade-1 division, class teachers and pupils)",
     source=source("https://hnsd2fz.com/student-development/theme/1188"),
     style="a school site's page, the notice whole: title, the site's tag, date, author and counter lines, the preamble, 一–三 headed "
           "fields (主题, 时间, 对象) each with its value on the next line, 四、活动内容(中秋六个“一”) 1.–6. one line each, an unnumbered "
           "paragraph after 6. (the letter, the selection and the sending), signature and date",
     leaf_tasks=6, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间", "三、活动对象"],
     samples=[
        S(["四", "1"], [], [], targets=[(1, "次")], dl="10月1日——10月7日", dln="2020-10-07",
          note="「1.给家人做一次早餐」 — " + HOME04 + ". Units: pupils, persons: " + NONE + ". Target: 「一次」, " + WORKCOUNT
               + ": 1 次. Deadline: " + SPAN04),
        S(["四", "2"], [], [], targets=[(1, "次")], dl="10月1日——10月7日", dln="2020-10-07",
          note="「2.在家里打扫一次卫生」 — as 1. (RULING? 6). Units: " + NONE + ". Target: 1 次 (" + WORKCOUNT + "). Deadline: "
               + SPAN04),
        S(["四", "5"], [], [], targets=[(1, "次")], dl="10月1日——10月7日", dln="2020-10-07",
          note="「5.与家人交谈一次高中三年的规划」 — as 1. (RULING? 6). Units: " + NONE + ". Target: 1 次; 「三年」 names the "
               "span the plan talks of, no figure of the work (not checked). Deadline: " + SPAN04),
        S(["四", "6"], [], ["级部"], targets=[(1, "封"), (3, "份")], dl="10月7号20点前", dln="2020-10-07",
          responsible_alternatives=[[]],
          note="「6.写一封家书」 with the unnumbered paragraph after it 「返校前,给家人写一封家书,诉说对他们的爱意与感恩。同时家长将家书拍照发至家长群,由班主任评选三份最能打动人的家书。由级部收齐各班活动照片素材及家书于10月7号20点前打包发至校团委张静文老师。」 — "
               "an unnumbered paragraph after the last item that gives work is that item's body (round 32's trailing paragraph, "
               "as Round 104 turned x372_04's; Round 99 on x362_08): one task. Units: 「由级部收齐…打包发至…」 — the agent of 由 with "
               "a verb of doing is a doer (rule 2; round 30's 「由办公室负责」: a body named by its kind counts); 「高一级部」 (三) is "
               "the school's grade division, a body; the 班主任 (by 由 too) and the parents are persons (" + PERSON + "); 校团委 and "
               "张静文老师 receive (rule 3): responsible [级部], lead []. RULING? 7: 级部 read as the grade's staff, or the 由 clause "
               "as only the sending (a duty's sender), none — accepted. Targets: 「一封」 and 「评选三份」, " + WORKCOUNT + ": 1 封, "
               "3 份. Deadline: the item's own 「10月7号20点前」, the year the notice's 2020: 2020-10-07. The sending is a duty (below)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "the grade division gathers the classes' activity photos and the family letters and sends them to the school's "
                      "Youth League committee (张静文老师)", "when": "10月7号20点前", "when_norm": "2020-10-07"}],
     notes=["6 leaves: 四/1–6 (6. with the paragraph after it). 一 主题 (" + AIMS + "), 二 时间 and 三 对象 (" + FIELDS + ") are "
            "childless sections; the preamble 「校团委拟以中秋节为契机,开展节庆文化系列活动」 names the issuer by 开展 without 组织 and "
            "gives no units (rule 4)",
            "四/3 「陪家人散一次步」 and 四/4 「给家人洗一次脚」 are tasks as 1. with 1 次 each (not sampled)",
            "duties: works sent to the office that gathers them (round 49's p46c; Round 97's x353_03; Round 104 on x372_06), "
            "dated by the item's own 10月7号; the parents' photos posted to the class chat are persons' own acts, no duty",
            "「六个“一”」 counts the parts (Round 102: the name counts the parts and is no figure of the work); 「1999」 the page's "
            "counter; 「20点」 a clock time"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x378_05_danyang-xuexiao-2012-qingzhu-guoqing-shufa-huihua-huodong-tongzhi.txt"
plan(X05,
     title="关于开展“庆祝国庆 爱我中华”少年儿童书法 绘画活动的通知",
     title_note="line 3, the notice's own title line as printed (its inner spaces kept, round 48); line 1 is the site's headline, the "
                "same words with the school's name in front, and the site's heading stands only where the text prints none (Round "
                "105 on x374_08; Round 97's x354_04)",
     doc_no="", issuer="江宁区丹阳学校 (南京; the signature 「江宁区丹阳学校 德育处 团总支 大队部」)",
     date="2012-09-26 (the notice's own date line); the page 2012/9/27",
     level="school (its moral-education office, League branch and Young Pioneers' brigade over the classes and pupils)",
     source=source("http://dyzx.jnjy.net.cn/NewShow-392.aspx"),
     style="a school site's page: the headline, its date line, the notice's title, addressees, a preamble, 一–三 (目的, 主题 with their "
           "paragraphs, 时间 on its line), 四、活动安排 1、–2、, the signature and date, then the site's footer lines",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、活动目的:", "二、活动主题:", "三、活动时间:2012年9月26日---2012年10月12日"],
     samples=[
        S(["四", "2"], [], ["学校"], targets=[(5, "幅")], dl="10月12日前", dln="2012-10-12",
          responsible_alternatives=[[]],
          note="「2、活动以班级(中队)为单位,由班主任或辅导员组织学生积极参加并确认参赛选手名单。每班精选5幅参赛作品于10月12日前交至大队部,由学校统一组织评选。(注:按年级评选一等奖2名、二等奖4名,三等奖6名)」 — "
               "the entry and the judging the plan holds: a task. Units: 由班主任或辅导员组织… names persons (" + PERSON + "); "
               "「由学校统一组织评选」 is the agent of 由 with 组织＋verb (rule 2), the issuer speaking of itself (round 30: 「我委」"
               "「本局」 a unit as printed): responsible [学校], lead []; 大队部 receives (rule 3). RULING? 8: 学校 read as no body "
               "named (the page's own school, a word for itself with no name), none — accepted. Targets: 「每班精选5幅」, " + WORKCOUNT
               + ": 5 幅; the prizes 「一等奖2名、二等奖4名,三等奖6名」 are not checked (RULING? 9: the numbers of awards the judging "
               "makes, targets; or round 58's class of grades a result falls in, not_target). Deadline: the item's own 「10月12日前」, "
               "the year the notice's 2012 (and 三's span ends the same day): 2012-10-12. The works handed to the 大队部 are a duty"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "each class hands its five chosen entries to the 大队部", "when": "10月12日前", "when_norm": "2012-10-12"}],
     notes=["1 leaf: 四/2. 四/1 「凡满6-15周岁,在书法、绘画有突出成绩的少先队员、同学均可参加。」 says who may enter, a field of the contest "
            "(Round 99 confirmed x360_03 五/1: who takes part; round 30's applicant), no task; 「6-15周岁」 an age band (round 31). "
            "RULING? 10: 四/1 as a task, count 2 — accepted. 一 活动目的 and 二 活动主题 state aims (" + AIMS + "); 三 活动时间 is a "
            "field: childless sections",
            "the preamble 「我校决定举办…书法、绘画比赛活动」 names the issuer by 决定举办, outside rule 2's list (rule 4: no units)",
            "duties: works sent to the office that gathers them (round 49's p46c; Round 104 on x372_06), dated by the item's own "
            "10月12日前",
            "「60周年」 an anniversary; 「11665」「1652」 the site's author id and counter; the footer's 028/025 numbers, ICP numbers "
            "and 「2021048345」 are chrome"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x378_06_xuexiao-2009-yingguoqing-songzuguo-xilie-huodong-anpai.txt"
UNIT06 = ("the preamble 「…我校将组织学生开展以“迎国庆 颂祖国”为主题的系列教育活动。」 opens the arrangement with the issuer speaking of itself "
          "(round 30: 「我委」「本局」 a unit as printed) as the subject of 组织B＋verb (round 30: 「A组织B＋verb」, A the doer), and a lead-in's "
          "rule-2 clause gives its items units where they name none of their own (rule 4; Round 99 on x360_07's news lead-in, the "
          "form); each 活动's own 组织／开展 prints no subject and its 负责人 are persons (" + PERSON + "): responsible [我校], lead "
          "[]. RULING? 11: the preamble read as the whole document's opening, not a section's (rule 4 reaches a section's opening "
          "paragraph), none — accepted")
plan(X06,
     title="“迎国庆 颂祖国”系列活动安排",
     title_note="line 1, the arrangement's own title as printed (its curly quotes and inner space kept, round 48)",
     doc_no="", issuer="a school's 德育处 (the signature; 「我校」, 「各级组」, 「班队活动课」, 「三、四年级组」) — the school not named in the text; "
                       "the site's address 「bnsx.xbjyfw.cn」",
     date="2009-09-22 (the date line 「09.09.22」; 「国庆60周年」 fixes 2009)",
     level="primary school (its moral-education office over the grade groups and classes)",
     source=source("http://www.bnsx.xbjyfw.cn/html/article524411.html"),
     style="a school site's page, whole: title, addressee 「各级组:」, preamble, 活动一:–活动三: each a named heading line with its text on "
           "the next line (负责人 in brackets), signature and a two-digit date line",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["活动一"], [], ["我校"], dl="本周三(9月23日)", dln="2009-09-23", responsible_alternatives=[[]], **at(X06, "活动一:"),
          note="「活动一:“精彩影片庆中华” 本周三(9月23日)下午第三节班队活动课组织各年级观看爱国主义影片《走进新中国》。(负责人:韦国)」 — the "
               "label that opens a heading line is its path element, as 一、 is (Round 89's x330_06 一是; Round 99 on x361_01's "
               "情况一; line given); the film the plan holds: " + LEAF + ". Units: " + UNIT06 + ". Deadline: 「本周三(9月23日)」, the "
               "year the plan's own 2009 (the date line 09.09.22 and the ordinal 「国庆60周年」 agree: rounds 49, 50; Round 74's "
               "x294_06; Round 104 on x372_06): 2009-09-23"),
        S(["活动二"], [], ["我校"], dl="本周", skip_deadline=True, responsible_alternatives=[[]], **at(X06, "活动二:"),
          note="「活动二:“唱响三歌迎国庆” 本周利用音乐课和晨会课时间各班统一练唱国歌、队歌、校歌,分级组比赛,…(具体另见方案,负责人:邵伟强)」 — "
               "a task (as 活动一). Units: " + UNIT06 + "; 各班 and 级组 are groups of pupils and teachers acting by 练唱, 比赛. "
               "Deadline: 「本周」 names the week of 22 September 2009 and prints no day: written as printed, not checked (round 48: "
               "only what is printed is read; Round 104 on x372_01 一's nights) (RULING? 12: the week's last school day, "
               "2009-09-25, or the arrangement's 2009-09)"),
        S(["活动三"], [], ["我校"], responsible_alternatives=[[]], **at(X06, "活动三:"),
          note="「活动三:“妙笔生花画祖国” 在三、四年级组开展“祖国在我心中——画中国版图”绘画比赛,优秀作品在橱窗展览。(具体另见方案,负责人:顾澈)」 — "
               "a task. Units: " + UNIT06 + ". Deadline: the preamble's 「在国庆60周年到来之际」 dates nothing (p44e; rounds 38, 44): "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 活动一–活动三, each a named heading with its text (the arrangement prints no other numbering)",
            "「负责人:韦国」 etc. name persons in charge (rule 3: 负责人 is no unit); 「具体另见方案」 points to other texts",
            "「60周年」 an anniversary; 「9月23日」 a date; 「三、四年级组」 names grades (round 31)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x378_07_dushi-zhen-2017-chongyangjie-laonianren-tiyu-yundong-tongzhi.txt"
plan(X07,
     title_note="no title: the page's opening as the corpus holds it starts with the document number (no headline or title line), "
                "so no title is checked (as c372 did on x372_04 and x372_05)",
     doc_no="渡委发〔2017〕187号", issuer="中共达州市达川区渡市镇委员会 (the signature; 四川)",
     date="2016-10-23 as printed in the date line — a slip: the number's 〔2017〕 and the event's 2017年10月28日 say 2017-10-23",
     level="town (镇党委) over its villages' and communities' party branches and the old people's association's branches",
     source=source("http://www.dachuan.gov.cn/xxgk-show-60693.html"),
     style="a district disclosure page, the notice whole: number, addressee, preamble, 一–五 headed lines each with its value or "
           "paragraph on the next line (时间, 对象, 地点, 经费保障, 组织保障), signature and date",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间", "二、参赛对象", "三、活动地点", "四、经费保障"],
     samples=[
        S(["五"], [], ["各党支部"], dl="10月28号当天", dln="2017-10-28", responsible_alternatives=[[]],
          note="「五、组织保障 各党支部要安排专人负责,组织好各分会会员参与活动项目的报名,同时在10月28号当天带好队,确保会员参与活动中、往返路途的安全。」 — "
               "the branches' work for the event (registration, leading their teams, safety): a task (round 65's x274_01; Round "
               "104 on x372_01). Units: 「组织好…」 is rule 2's 组织＋work (round 49; round 57's x253_07; Round 70's x295_02 二/(二)/2 "
               "「各村文化室要…组织好图书借阅…」 confirmed), and 「A组织B＋verb」 makes A the doer (round 30); a group named by a kind "
               "with a rule-2 verb is a doer, not a call (round 30: 「各区要落实…」); 安排专人负责 staffs the work, its 负责 the "
               "persons' (Round 90's governs on the staffing form): responsible [各党支部], lead [] (the body accepted as lead, "
               "rule 2). Deadline: the item's own 「10月28号当天」 with 一's 「2017年10月28日」: 2017-10-28"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 五. 一 时间, 二 参赛对象, 三 地点 are " + FIELDS + ". 四 「各党支部应拿出一定经费,确保本村老年协会会员当天的生活保障,标准按村干部"
            "到镇开会的工作餐标准。」: an item whose only acts budget, pay or move money gives no task (Round 101's line on p69e, as "
            "Round 104 read it on x371_02 第十五条; Round 89's x329_02), the meals' standard being the money's measure — RULING? "
            "13: 四 a task (确保…生活保障 as work beyond the money), count 2 — accepted",
            "the preamble 「经镇主要领导同意,在全镇举办首届老年人体育运动暨九九重阳节活动」 prints no subject (rule 4: no units); 经…同意 "
            "names none (rule 3)",
            "「12个」 counts the associations taking part (二, a field, not checked); 「首届」 an ordinal"])

write_collected(DIR)
