# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next139/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c139, round 36: eight page openings of plans from outside Shanghai — a
中学's 6.26 禁毒日 策划书 whose items give work to PERSONS and to a group the plan set up earlier (「由宣传组负责于6月24日前」);
大足县's 科技活动周 plan with FIELD BLOCKS 「主办单位:县教委」「内容:…」 under numbered activities; 墩尚镇's 2013 全民阅读 plan
run on ONE LINE (items numbered inside the paragraph, 「由文化站与中小学配合」); 王益区农业农村局's 2020 科技之春 plan with
「(责任单位:…)」 labels under a forwarding notice; a 高等专科学校's 世界读书日 plan with a trailing label 「负责牵头单位:宣传部」
and a lead-in 「由学生处负责组织,各学院落实」; page 2 of 漯河市's 2007 科技活动周 notice (有关要求 and an attached table
whose column is 参加活动的主要单位); a city's 2022 读书日 plan whose activities are an UNNUMBERED TABLE with a 负责单位 column;
and 邹岗镇's 全民阅读 plan of general calls): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at_in`` where
the number is not at its line's start, or ``starting`` for table rows); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rule 2 and the rulings of rounds 30–36 are cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c139.

    python tests/data/plans-next139/make_expected.py tests/data/plans-next139
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (inside a one-line text), the first words cut at the line's end.
at = partial(at_line_in, DIR)


def starting(file, start, skip=0):
    """Line and first eight characters (after ``skip`` characters) of the one line that starts with ``start``: the
    rows of a table printed one row a line."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, ln in enumerate(lines) if ln.strip().startswith(start)]
    assert len(hits) == 1, (file, start, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0]].strip()[skip:skip + 8]}


NO_TITLE = "title not checked: the page does not show the plan's own title"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R4 = "CONVENTIONS rule 4 (a section's lead-in gives units to items that name none)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋any verb of doing, 牵头, "
         "会同/协同/联合, a designation; rounds 30, 34)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人)"
NOYEAR = "the year is masked or not printed: the date cannot be resolved, not checked"
SPAN = "round 36: an activity's span 「活动时间」 is a stage span, its end the deadline of items with no date of their own"
ROUND27 = ("an item of 工作要求/有关要求 that names no unit, in a plan whose tasks name units: no task (round 27; round 33 "
           "turns it on a unit by label or rule 2)")
FIELDS = ("round 35 (field blocks): the lines under a numbered activity 「主办单位:…」「内容:…」 are its fields, not tasks; its "
          "主办单位 line is its units label (responsible)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x139_01_daxue-guoji-jinduri-huodong-cehuashu.txt"
plan(X01,
     title="大学校园禁毒日活动策划书",
     title_note="line 1 (the site's title for the 策划书; the text speaks of 「我校是…全国百所中学禁毒教育示范学校」)",
     doc_no="", issuer="a 中学 (「我校」; not named; 西山坪戒毒所, 天府俱乐部广场: Chongqing)", date="(no year in the plan; "
     "the site's 「2022-02-18」 is its posting time)", level="school (a 中学, not named)",
     source=page_source("http://huaxiashiwen.com/xuexi/hdfa/372205.html"),
     style="a whole 策划书 on an exam site: title, the site's time line, a preamble, 一、成立宣传教育活动组织机构 with five "
           "groups 1、–5、 (組长/成员 lines, names masked 「xx」), 二、宣传教育活动内容及时间 1、–4、 (dated items, 「由陈善强同志负责」 "
           "persons, 「由宣传组负责于6月24日前…」 a group set up in 一)",
     leaf_tasks=4, count_alternatives=[9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "1"], [], [], dl="6月26日前", skip_deadline=True,
          note=R2 + ": 「6月26日前组织学生代表前往…参观访问,由陈善强同志负责」 — 组织 has no subject, and " + PERSON + ": lead [], "
               "responsible []; 「6月26日前」 has no year (the site's 2022 is its posting time): " + NOYEAR),
        S(["二", "2"], [], [], dl="6月10日启动,6月25日完成", skip_deadline=True,
          note=R2 + ": 「全校教师制做卡片…,由雷先佑、吴学学负责」 — persons (round 30): lead [], responsible []; the latest date "
               "(6月25日完成, round 34) has no year: " + NOYEAR),
        S(["二", "3"], [], ["宣传组"], dl="6月24日前", skip_deadline=True, lead_alternatives=[["宣传组"]],
          note=R2 + ": 「由宣传组负责于6月24日前出一期…黑板报」 — 由A负责; the group was set up in 一/2 (「活动宣传组」), and round 36 "
               "makes a body the plan set up earlier a doer in later items: responsible 宣传组 (as printed here), " + ONE + "; "
               + NOYEAR),
        S(["二", "4"], [], [], dl="6月25日上午9:00时", skip_deadline=True,
          note=R2 + ": 「…街头宣传,地点:…,由xx负责」 — RULING? the masked 「xx」 read as a person (every 「xx」 of 一 is a person: "
               "「组长:xx」): lead [], responsible []; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/1–4; 一/1–5 are groups the plan sets up, each only a list of members (组长/副组长/组员/成员, persons) "
            "that gives no work (round 35: lists that give no work; rule 3: members are not units) — 9 (with them) accepted",
            "「1987年」「138个」「3000多名」 are the preamble's history, 「6.26」 a day's name, 「一期」 a count with no comparison "
            "word, 「9:00」 a clock time: no targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x139_02_dazu-xian-keji-huodongzhou-shishi-fangan.txt"
plan(X02,
     title="科技活动周实施方案",
     title_note="line 1 and line 7 (the site's title and the plan's; no county in it — 「结合我县实际」, 「建设和谐大足」, 「大足县第二届…」)",
     doc_no="", issuer="大足县 (Chongqing; 「结合我县实际」, the year masked 「**年」)", date="(the year masked 「**年5月17日」)",
     level="county (Chongqing, 大足县)",
     source=page_source("https://gwyoo.com/article/xzgaoshou/gongzhuo/200810/148873.html"),
     style="a 范文 site's page: title, 「时间:2022-10-31…」, the site's 导语, the title again, a preamble with masked 「**市」, "
           "一、指导思想 二、基本原则 三、活动主题 (childless), 四、活动内容及日程安排 with a lead-in 「本届科技活动周从**年5月17日开始至5月"
           "22日结束」 and (一)举行开幕式 whose six activities 1.–6. are FIELD BLOCKS 「主办单位:县教委」 / 「内容:…」 — CUT in 6.'s "
           "主办单位 「县卫生」",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、基本原则", "三、活动主题"],
     samples=[
        S(["四", "(一)", "1"], [], ["县教委"], dl="5月16日", skip_deadline=True, lead_alternatives=[["县教委"]],
          note=FIELDS + ": responsible 县教委, " + ONE + "; the activities run 「同时」 with the 开幕式 of 「5月16日上午」 (the "
               "lead-in's span 「**年5月17日…至5月22日」 has a masked year): " + NOYEAR),
        S(["四", "(一)", "2"], [], ["县农办"], dl="5月16日", skip_deadline=True, lead_alternatives=[["县农办"]],
          note=FIELDS + ": responsible 县农办, " + ONE + "; " + NOYEAR),
        S(["四", "(一)", "3"], [], ["县司法局"], dl="5月16日", skip_deadline=True, lead_alternatives=[["县司法局"]],
          note=FIELDS + ": responsible 县司法局, " + ONE + "; 「内容:开展法律宣传,进行法律援助」 adds nothing (" + R1 + "); " + NOYEAR),
        S(["四", "(一)", "4"], [], ["县环保局"], dl="5月16日", skip_deadline=True, lead_alternatives=[["县环保局"]],
          note=FIELDS + ": responsible 县环保局, " + ONE + "; " + NOYEAR),
        S(["四", "(一)", "5"], [], ["县质监局"], dl="5月16日", skip_deadline=True, lead_alternatives=[["县质监局"]],
          note=FIELDS + ": responsible 县质监局, " + ONE + "; " + NOYEAR),
        S(["四", "(一)", "6"], [], [], dl="5月16日", skip_deadline=True,
          note=CUT + ": 「主办单位:县卫生」 — round 36: a name the page cuts off is dropped: lead [], responsible []; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 四/(一)/1–6 (6 CUT in its 主办单位 line); (一) has children, its own text (「5月16日上午9:00时…举行…开幕式,同时进行6"
            "个主题活动」) is their lead-in; 一–三 are childless sections — 5 (without the cut 6) accepted",
            "「6个」 a count with no comparison word, 「第五届」「第二届」 names, 「9:00」 a clock time: no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x139_03_dunshang-zhen-2013-quanmin-yuedu-xilie-huodong-shishi-fangan.txt"
plan(X03,
     title="墩尚镇2013年全民阅读系列活动实施方案",
     title_note="line 1 after the document number 「墩政发〔2013〕11号」",
     doc_no="墩政发〔2013〕11号", issuer="墩尚镇人民政府 (Jiangsu, 连云港 东海县; 「全力打造书香墩尚」)", date="2013 (title)",
     level="town (Jiangsu, 墩尚镇)",
     source=page_source("https://bbs.lygdn.com/article-17081-1.html"),
     style="a forum's copy: line 1 the document number and title, line 2 THE WHOLE PLAN ON ONE LINE — a preamble, 一、活动时间: "
           "4月23日-10月30日 二、活动主题 三、活动目的 四、组织领导 (a group set up, persons) 五、活动内容: (一)…(二)…1、在 2、…3、…4、"
           "…(三)…1、… — CUT (「推动农民读书活动的」); item 1、 of (二) holds only 「在」",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间", "二、活动主题", "三、活动目的", "四、组织领导"],
     samples=[
        S(["五", "(一)"], [], [], dl="4.23日", dln="2013-04", **at(X03, "(一)"),
          note="round 34: items numbered inside one paragraph that run in order are items; 「(一)举行4.23日读书日系列活动启动仪式」 "
               "— no body: lead [], responsible []; RULING? 「4.23日」 in the item's name read as its own date (the launch on "
               "April 23rd, 2013 from the title) rather than the span's end 2013-10"),
        S(["五", "(二)", "2"], [], ["文化站", "中小学"], dl="4月23日-10月30日", dln="2013-10", **at(X03, "2、"),
          note=R2 + ": 「由文化站与中小学配合,在学校开展…活动」 — RULING? read as round 30's 「由A与B共同＋verb」 (A and B both "
               "doers; 配合 between them names no partner outside the pair): responsible 文化站, 中小学, lead [] (no 牵头); "
               "a reader of 「与中小学配合」 as B's help answers 文化站 and 中小学 alike; " + SPAN + " — 2013-10"),
        S(["五", "(二)", "3"], [], [], dl="4月23日-10月30日", dln="2013-10", **at(X03, "3、"),
          note="「“小手牵大手,共享读书乐”读书征文及演讲活动」 — no body: lead [], responsible []; " + SPAN),
        S(["五", "(二)", "4"], [], [], dl="4月23日-10月30日", dln="2013-10", **at(X03, "4、"),
          note="「开放文化信息资源共享工程网络,…同时设立阅览服务点」 — no subject: lead [], responsible []; 「暑、寒假期间」 is no "
               "date; " + SPAN),
        S(["五", "(三)", "1"], [], [], dl="4月23日-10月30日", dln="2013-10", **at(X03, "(三)开展“书香飘农家”活动 1、"),
          note=CUT + "; 「充分利用“农家书屋”平台,…开展…活动。同时在组织农民广泛读书的基础上,开展…」 — 组织 inside a phrase with no "
                     "subject, 开展 without 组织 (" + VERBS + "): lead [], responsible []; " + SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 五/(一), (二)/1 (「在」 only — the site lost its text), (二)/2–4, (三)/1 (CUT) — 5 (without the empty "
            "(二)/1) accepted; 四、组织领导 sets up a group and names its members (persons): rule 3, no task",
            "「第18个」 a name, 「一本」 a count with no comparison word: no targets; the document number's 2013 gives the year"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x139_04_wangyi-qu-nongyenongcunju-2020-kejizhichun-xuanchuanyue-huodong-fangan.txt"
plan(X04,
     title="第二十八届“科技之春”宣传月活动实施方案",
     title_note="line 10, the forwarded plan's title (CONVENTIONS: two documents under one cover — the forwarded document's "
                "title, or the notice's on line 1 「关于印发《…》的通知」)",
     doc_no="", issuer="铜川市王益区农业农村局 (Shaanxi)", date="2020-03-10 (「发布时间」); the activity 2020年3月",
     level="district bureau (Shaanxi, 铜川市王益区)",
     source=page_source("http://www.tcwy.gov.cn/resources/site/151/html/zfxxgk/qzfbmhzbxxgk/qnyncj/bmwj/202103/404409.html"),
     style="a district government site's page: the notice's title, 「来源:…发布时间:2020-03-10」, a one-paragraph cover 「现印发"
           "《…》,请认真遵照执行」, the issuer, the plan's title, 一、指导思想 二、活动时间 「2020年3月」 三、活动内容 (一)–(四) each ending "
           "with a label 「(责任单位:…)」 — CUT in (四) before its label",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动时间"],
     samples=[
        S(["三", "(一)"], [], ["区农技中心", "区果业发展中心", "区农机站", "区产权交易中心"], dl="2020年3月", dln="2020-03",
          note=R1 + ": 「(责任单位:区农技中心、区果业发展中心、区农机站、区产权交易中心)」 — responsible as printed, lead [] (no lead "
                    "named); 「组织农技人员、农业专家科技服务队」 adds nothing; " + SPAN + " — 2020-03"),
        S(["三", "(二)"], [], ["区疫控中心", "区畜牧推广站", "区动监所", "区定点办"], dl="2020年3月", dln="2020-03",
          note=R1 + ": 「(责任单位:区疫控中心、区畜牧推广站、区动监所、区定点办)」, lead []; " + SPAN),
        S(["三", "(三)"], [], ["区农技中心", "区农机站", "区人居办"], dl="2020年3月", dln="2020-03",
          note=R1 + ": 「(责任单位:区农技中心、区农机站、区人居办)」, lead []; " + SPAN),
        S(["三", "(四)"], [], [], dl="2020年3月", dln="2020-03",
          note=CUT + " (「…科普宣传活动,保」): its label is not on the page and its text has no subject: lead [], responsible []; "
                     + SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 三/(一)–(四) ((四) CUT) — 3 (without the cut item) accepted; the cover's 「请认真遵照执行」 is no task",
            "「第二十八届」 a name, 「2020年3月」 the span: no targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x139_05_lijiang-shizhuan-shijie-dushuri-huodong-fangan.txt"
plan(X05,
     title_note=NO_TITLE + " (line 1 is the site's collection 「读书日策划活动方案小学 …(六篇)」, line 3 its 「…篇一」; the "
                "plan opens with its theme 「阅读经典,相伴美好生活」)",
     doc_no="", issuer="丽江师范高等专科学校 (Yunnan; line 6 masks it 「xx高等专科学校」, line 10 names it)",
     date="(the year masked 「20xx年4月2日」; the 23rd 世界读书日 is 2018)", level="school (a 高等专科学校)",
     source=page_source("https://neimou.com/article/1095696.html"),
     style="a 范文 site's page: a collection title, the site's 导语, 「…篇一」, then the plan's unheaded field lines (theme, "
           "「全校师生」, 「xx高等专科学校」, 「承办:校团委、图书馆、学生处、宣传部、各学院」), (一) a heading with two paragraphs, a "
           "date line and a TRAILING LABEL 「负责牵头单位:宣传部」, (二) a heading with a lead-in 「由学生处负责组织,各学院落实,…」 "
           "and items 1.–3. — CUT in 3.",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], ["宣传部"], ["宣传部"], dl="20xx年4月2日", skip_deadline=True,
          note=R1 + ": the item's closing line 「负责牵头单位:宣传部」 is its label (a 牵头单位 label: lead 宣传部, responsible 宣传部); "
                    "the bodies of its sentences (「校团委、图书馆、学生处以及各学院广泛利用…」, 「宣传部统筹安排,做好…」) add nothing; "
                    "the plan's 「承办:…」 line stands before (一) and is no label of it; 「20xx年4月2日」: " + NOYEAR),
        S(["(二)", "1"], [], ["学生处", "各学院"],
          note=R4 + ": the lead-in 「由学生处负责组织,各学院落实,开展…」 — 由A负责组织 (学生处) and A落实 (各学院, a kind, round 32) — "
               "gives its units to 1. (「每个主题每个教学班级推荐3个作品…」, no body of its own): responsible 学生处, 各学院, lead "
               "[]; 「3个作品」 a count with no comparison word (not a target); " + NODATE),
        S(["(二)", "2"], [], ["学生处", "各学院"], targets=[],
          note=R4 + ": 「图书馆宣传橱窗、校团委宣传橱窗要完成1次…橱窗宣传,校团委完成微信公众号的主题宣传」 — 完成 is no verb of the "
               "list (" + VERBS + "), so the item names no unit of its own and takes the lead-in's: responsible 学生处, 各学院, "
               "lead []; 「1次」 has no comparison word: no target; " + NODATE),
        S(["(二)", "3"], [], ["学生处", "各学院"],
          note=CUT + "; 「宣传部、各学院要在校园网上推送…」 — 推送 is no verb of the list: no unit of its own, the lead-in's "
                     "(" + R4 + "): responsible 学生处, 各学院, lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: (一), (二)/1–3 ((二)/3 CUT) — 3 (without the cut item) accepted; the field lines before (一) (theme, "
            "participants, 主办, 承办) are the plan's, no task",
            "「第23个」「第20个」 names, 「3个专题活动」「3个作品」「1次」 counts with no comparison word: no targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x139_06_luohe-shi-2007-keji-huodongzhou-youguan-yaoqiu.txt"
plan(X06,
     title_note=NO_TITLE + " (the page is the notice's SECOND page: it opens at 「六、有关要求」; the attachment's title 「漯河市第"
                "七届科技活动周主要活动一览表」 is on line 9)",
     doc_no="", issuer="漯河市 (Henan; the city's 科技活动周 bodies, 「报送市科技局」)",
     date="2007 (「2007年科技活动周」, 「第七届」; item 3's 「2006年」 is the source's slip)", level="city (Henan, 漯河市)",
     source=page_source("http://www.fsou.net/html/text/lar/169478/16947821_2.html"),
     style="page 2 of a document site's copy: 六、有关要求 1、–4、 (general calls in 1、 and 3、; 2、 「作为主办单位,各级党委宣传部门、"
           "科技行政部门和科协组织,要…组织他们开展…」; 4、 「各县区科技局牵头,会同县区委宣传部和科协,…于5月30日前报送市科技局」), a contact "
           "person and phone, 「附件2:」, the table's title and its header 「序号 主要内容 时间 地点 参加活动的主要单位」, rows printed one "
           "a line 「1 科技活动周启动仪式暨三下乡活动 5月19日 临颍县 市委宣传部、…」 — CUT after row number 「3 」",
     leaf_tasks=2, attachment_task_rows=2, count_alternatives=[6], childless_top_level_sections=[],
     samples=[
        S(["六", "2"], [], ["各级党委宣传部门", "科技行政部门", "科协组织"],
          note=R2 + ": 「作为主办单位,各级党委宣传部门、科技行政部门和科协组织,要…统筹部署,…。要充分发挥…的重要作用,组织他们开展"
                    "各具特色的科技活动」 — 组织B开展 (round 30: the subject is the doer, 他们 the pivot's object) with the subject "
                    "carried over inside the paragraph (round 34: an elided subject); 「作为主办单位」 designates them as well (round "
                    "32): responsible 各级党委宣传部门, 科技行政部门, 科协组织 (和 joins two whole names, round 35), lead []; " + NODATE),
        S(["六", "4"], ["各县区科技局"], ["各县区科技局", "县区委宣传部", "科协"], dl="5月30日前", dln="2007-05",
          note=R2 + ": 「各县区科技局牵头,会同县区委宣传部和科协,形成…总结报告,…于5月30日前报送市科技局」 — A牵头 with 会同B: lead "
                    "各县区科技局 (a kind, round 32), responsible 各县区科技局, 县区委宣传部, 科协; 市科技局 receives (rule 3); "
                    "「各县区、各单位要对…进行全面总结」 is a general call; 「5月30日前」 in the plan's year 2007: 2007-05; the sending "
                    "is a duty"),
        S(["附件", "1"], [], ["市委宣传部", "市科技局", "科协", "卫生局", "文化局", "环保局", "气象局", "农口各单位", "农科院", "计生委",
                            "临颍县有关单位"], dl="5月19日", dln="2007-05", **starting(X06, "1 ", 2),
          note="RULING? the attached table's column 「参加活动的主要单位」 read as a unit column (responsible, no lead; round 33: labels "
               "keep their names, 农口各单位 and 临颍县有关单位 as printed — a kind before 单位, round 34); a reader of it as a list "
               "of participants only answers responsible []; 「5月19日」 in 2007: 2007-05"),
        S(["附件", "2"], [], ["各有关单位"], dl="5月20日", dln="2007-05", lead_alternatives=[["各有关单位"]],
          **starting(X06, "2 ", 2),
          note="RULING? the unit cell 「各有关单位组织收看」 (a name with its verb) read as the column's unit 各有关单位 (a label keeps "
               "its names, round 33), " + ONE + "; 「5月20日」: 2007-05"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各县区科技局…形成2007年科技活动周总结报告,连同有关声像和图片资料,报送市科技局", "when": "5月30日前",
              "when_norm": "2007-05"}],
     notes=["2 leaves of the body: 六/2 and 六/4; 六/1 (「各县区、各有关单位要…加强…领导,…安排专项经费…」: 加强, 抓, 安排 are no "
            "verbs of the list) and 六/3 (「新闻媒体要积极参与…」, 「各有关单位要…印发…悬挂…」: general calls) — " + ROUND27 + "; "
            "2 rows of the attached table (row 3 is a number only, CUT): 4; 6 (every item of 六 and the rows) accepted",
            "「2006年」「2007年」 years, 「第七届」 a name, the phone number: no targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x139_07_shi-2022-shijie-dushuri-zhuti-huodong-fangan.txt"
ROWS = ("RULING? the activities of 四、活动内容与形式 are an UNNUMBERED TABLE printed one row a line (活动名称 活动内容 活动形式 "
        "负责单位): each row is read as a task (path: the section and the row's first cell) and its last cell as its units "
        "label (" + R1 + ", a unit column)")
plan(X07,
     title="20224.23世界读书日主题活动方案",
     title_note="line 3, as printed (「2022」 and 「4.23」 run together on the site); line 7 repeats it with a 「】」",
     doc_no="", issuer="a city (「市图书馆广场」, 文化局; not named)", date="2022-04-23 (「时间:2022年4月23日(星期六)」); the "
     "page's 「发布时间:2026-02-06」 is the site's", level="city (not named)",
     source=page_source("http://news.car369.com/zonghe/202602/529277.html"),
     style="a news site's 综合 page: breadcrumb, title, 「发布时间…」, the title again run into the preamble, 一、活动背景与意义 "
           "(prose), 二、活动目标 (a two-column table 项目/内容 of aims), 三、活动时间与地点 (「- 时间:…」「- 地点:…」), 四、活动内容与形式 "
           "(a four-column table whose rows are unnumbered lines, the last cell 负责单位), 五、宣传方式 (「- 线上宣传:…」) — CUT",
     leaf_tasks=6, attachment_task_rows=0, childless_top_level_sections=["一、活动背景与意义", "三、活动时间与地点"],
     samples=[
        S(["四", "书香启航仪式"], [], ["文化局", "图书馆"], dl="2022年4月23日", dln="2022-04", **starting(X07, "书香启航仪式"),
          note=ROWS + ": responsible 文化局, 图书馆, lead []; " + SPAN + " — the one day 2022-04-23: 2022-04"),
        S(["四", "读书分享会"], [], ["图书馆", "社区组织"], dl="2022年4月23日", dln="2022-04", **starting(X07, "读书分享会"),
          note=ROWS + ": responsible 图书馆, 社区组织, lead []; " + SPAN),
        S(["四", "书籍推荐展"], [], ["图书馆"], dl="2022年4月23日", dln="2022-04", lead_alternatives=[["图书馆"]],
          **starting(X07, "书籍推荐展"),
          note=ROWS + ": responsible 图书馆, " + ONE + "; " + SPAN),
        S(["四", "亲子共读活动"], [], ["社区服务中心"], dl="2022年4月23日", dln="2022-04", lead_alternatives=[["社区服务中心"]],
          **starting(X07, "亲子共读活动"),
          note=ROWS + ": responsible 社区服务中心, " + ONE + "; 「家长与孩子」 are persons; " + SPAN),
        S(["四", "电子书体验区"], [], ["信息技术中心"], dl="2022年4月23日", dln="2022-04", lead_alternatives=[["信息技术中心"]],
          **starting(X07, "电子书体验区"),
          note=ROWS + ": responsible 信息技术中心, " + ONE + "; " + SPAN),
        S(["四", "有奖问答"], [], ["图书馆"], dl="2022年4月23日", dln="2022-04", lead_alternatives=[["图书馆"]],
          **starting(X07, "有奖问答"),
          note=ROWS + ": responsible 图书馆, " + ONE + "; " + SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: the six rows of 四's table; 二、活动目标's rows (项目/内容: aims with no work and no body) and 五's dashed "
            "lines (「- 线上宣传:通过…发布…」, no body, CUT) are no tasks; 一 and 三 are childless sections",
            "「9:00」「17:00」 clock times, 「4·23」 a day's name: no targets; the activity's day is every row's deadline"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x139_08_zougang-zhen-quanmin-yuedu-huodong-fangan.txt"
plan(X08,
     title_note=NO_TITLE + " (lines 1 and 5 name the site's collection 「2023年度乡镇全民阅读活动方案3篇」, line 7 its 「…方案1」; the "
                "plan's own year is masked 「20xx」 and its text speaks of 党的十七届六中全会)",
     doc_no="", issuer="邹岗镇 (Hubei, 孝昌县; 「建设学习型邹岗」, 「孝昌办发[20xx]27号」)", date="(the year masked 「20xx」)",
     level="town (Hubei, 邹岗镇)",
     source=page_source("https://m.kmjg.cn/fanwendaquan/zhenxingxiangzhen/77782.html"),
     style="a 范文 site's page: a collection title, a teaser paragraph repeating the preamble, the title again, 「…方案1」, the "
           "preamble, 一、具体要求 with run-in headed items 「1、统一思想,充分认识…。…」 … 「4、全力保障,…。全民阅读」 — CUT; lines "
           "indented with two ideographic spaces",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [],
          note=R2 + ": 「各单位各部门要从…的高度,充分认识活动的重要意义」 — 各单位 a general call (round 33), 认识 no verb of the "
                    "list: lead [], responsible []; the page names no unit at all, so every numbered leaf is a task (seeds "
                    "EXPECTED.md lines 3–5); " + NODATE),
        S(["一", "2"], [], [],
          note=R2 + ": 「各单位各部门要结合实际,精心组织,开拓创新,…开展…阅读活动」 — 组织 with no work after it (round 34 needs "
                    "组织＋work), 开展 without 组织: lead [], responsible []; " + NODATE),
        S(["一", "3"], [], [],
          note=R2 + ": 「镇宣传办要按照…文件要求,采取开辟专题专栏、出动宣传车、悬挂横幅等形式,…宣传…」 — 采取 and 宣传 are no verbs "
                    "of the list (" + VERBS + "): lead [], responsible []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一/1–4 (4 CUT after its heading) — 3 (without the cut item) accepted",
            "「孝昌办发[20xx]27号」 a document number, 「十七届六中全会」 a name: no targets"])


# Round 62 (align85): x139_03 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: a group's
# set-up point that gives it work, governs, p61d-2 — named there for a later alignment) (README, round 62)
from aligned_rulings import align76  # noqa: E402

align76('x139_03', None, '「四、組織領導: 成立墩尚镇2013年全民阅读系列活动领导小组,负责全民阅读系列活动的统筹、组织、协调等工作。名单如下: …领导小组下设办公室,办公室设在镇文体中心,朱其彬同志兼任办公室主任。」 (x139_03 四): a point that sets a group up and gives it work by 负责 is a task naming none (rule 3; round 73); not sampled',
        "Tasks and counts, governs: round 57's x255_06 一/2, Round 83's x314_03 三 and Round 85's x320_04 二/(一) over the older answer's section (p61d-2); named by Round 84 for a later alignment, aligned by align85; section → task, 6 → 7, 6 stays accepted (and 5, the empty (二)/1 off)",
        ruling="Round 84 rulings", rnd=62, counts={'leaf_tasks': 7, 'count_alternatives': [5, 6], 'childless_top_level_sections': ['一、活动时间', '二、活动主题', '三、活动目的']})

write_collected(DIR)
