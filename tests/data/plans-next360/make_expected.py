# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next360/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c360, round 68, for round 69: seven page openings of festival-season plans and
notices from outside Shanghai — 东胜区's 「万家乐」 元宵文化节 方案 on a 范文 site (一 theme, principles, aims; 二/(一) venues,
cut); 蒲城县教育局's 2013 notice on school safety during the 尧山庙会 at 清明 (1、–4、); 圩塘中心小学's 清明 祭扫烈士陵园 plan
(一–五, 五 1)–4), then an unnumbered 「清明扫墓议程」 一–六); a town's 中心学校 端午 放假 notice on a 范文 site (一 calendar,
二 (一)–(五)); 陕西中港腾飞学校's 2017 端午 放假 notice (unnumbered paragraphs); a county bureau's 重阳节 敬老助老 notice on a
范文 site (一–三, 三 cut); 沧浪区委老干部局's 2011 老年节 activities (news form, 1.–5.)): never tune the parser on them
(see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_line_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited
in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by
c360.

    PYTHONPATH=. python tests/data/plans-next360/make_expected.py tests/data/plans-next360
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
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
CALLBACK = ("a word for all the addressees, or the addressee line printed again, calls the notice's addressees back: a call to "
            "all, no doers, whatever verb follows (Round 89's governs on x330_02; Round 91's on x336_02; Round 97 confirmed "
            "x354_02 一, 二 and x354_03 3、, 5、); only a kind named apart from the rest is read as a kind (Round 91 on x336_07 二)")
KIND = ("a festival named only as the kind or theme of the work names no period (Round 89 on x330_03; Round 97 confirmed "
        "x354_03 3、), unlike 节日期间／节前／放假前 (Round 90's governs on x126_02; Round 97 confirmed x354_06 2/①)")
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 88's governs on p63e-1; "
           "Round 93 on x342_03)")
WORKCOUNT = ("the events an item holds, 一 as any number, are its own number of work (round 49's 「改造100户」; Round 84's p61e-1; "
             "Round 93 on x342_06 「召开一次」)")
NOYEAR = ("no year of the notice's own is printed, and a missing year is not filled from a site's field or a cited "
          "document's number (round 48; Round 89's x330_05; Round 93 on x342_07; Round 97 confirmed x354_02 二 unchecked)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x360_01_dongsheng-qu-wanjiale-yuanxiao-wenhuajie-huodong-fangan.txt"
plan(X01,
     title="元宵晚会的活动文案策划",
     title_note="line 5 「元宵晚会的活动文案策划【篇1】」 less its piece mark (a piece mark is chrome: Round 83 on x314_06; Round 93 on "
                "x344_02: less its page mark), the same words as the site's headline (line 1); the piece prints no title line of "
                "its own (its preamble names 「东胜区年“万家乐”元宵文化节活动方案」 in a sentence), and the heading names the piece's "
                "kind (round 65's x275_03; Round 91 on x336_01; as c354 read x354_05) — RULING? 1 (no title checked, or the "
                "preamble's name, the others)",
     doc_no="", issuer="东胜区 (鄂尔多斯, 内蒙古; 「现结合我区实际,特制定东胜区年…方案」) — the issuing office not printed",
     date="not shown (「东胜区年」: the year is dropped by the site)",
     level="district (东胜区) over its 街道办事处 and 镇",
     source=source("https://m.tui555.com/cehuashu/297201.html"),
     style="a 范文 site's piece: headline, author line 「| 小龙」, piece mark 【篇1】, a preamble with the plan's 总体思路, 一、活动主题、"
           "原则及宗旨 with (一) theme, (二) 1.–2. principles, (三) 1.–2. aims; 二、活动阵地及活动内容 with (一)四大活动阵地 1.–3. (the "
           "venues; 3. CUT at 「罕台镇政」); blank lines between paragraphs",
     leaf_tasks=0, count_alternatives=[2, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["0 leaves. 一/(一) 「…以“富民强区促和谐,万众欢腾闹元宵”为主题」 is the theme; (二) 1.–2. 「坚持…的原则」 are principles naming no "
            "doer (p51e; Round 89's x332_06; Round 91 on x336_05); (三) 1.–2. 「丰富和活跃…」「打造节庆文化旅游品牌…」 state aims (p51e; "
            "Round 87 on x326_08). 二/(一) 1.–3. 「城区大型广场大型文化活动将在铁西公园…等处集中开展」 say where the activities the plan "
            "sets elsewhere are held: venue lines, fields of place that give no work of their own (Round 89 decided on x330_05; "
            "Round 95's x348_05 time field; Round 97's governs on x354_07: the one event a point names is what the fields "
            "describe); 3. is cut before its verb (round 71). RULING? 2: the venue lines read as the plan's own acts "
            "(「将在…开展」, a verb of work) give 3, or 2 with the cut 3. dropped (round 71) — both accepted",
            "「十个一万」「十五项」「四大」 in the preamble and headings count the programme's parts: plan-level counts in a "
            "preamble, not checked; 「第三产业」 is a name"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x360_02_pucheng-xian-jiaoyuju-2013-yaoshan-miaohui-qijian-xuexiao-anquan-tongzhi.txt"
ADDR02 = "the addressee line 「各相关学校:」"
PERIOD02 = ("「庙会期间」 in the item's own text names the period its work falls in (p44e; Round 90's governs on x126_02), 4月3日—5日 "
            "by 1、; but " + NOYEAR + " — the only year is the site's 「发布时间:2013-03-29」 (a site's field dates nothing: Round "
            "78's p58d-2): written as printed, not checked (RULING? 4: the site's date read as the notice's gives 2013-04)")
plan(X02,
     title="关于做好尧山庙会期间学校安全工作的通知（蒲城县教育局关于做好尧山庙会期间学校安全工作的通知）",
     title_note="lines 5–7: the issuer's line 「蒲 城 县 教 育 局」 over the title broken over two lines 「关于做好尧山庙会期间学校安全工作的」 / "
                "「通    知」: one title (Round 87 on x326_08), the issuer in front (Round 94's governs on x344_05 and x265_08), "
                "written in the pair form, the title line alone accepted (line 1, the site's headline, prints the same words); the "
                "spaces are whitespace (the scorer squashes it)",
     doc_no="", issuer="蒲城县教育局 (渭南, 陕西) — its issuer line", date="not shown (the site's 发布时间 2013-03-29)",
     level="county education bureau over the schools concerned (城区, 矿区 and named towns' schools)",
     source=source("http://scjg.pcdjzx.com/show.asp?id=3793"),
     style="a school's site reposting the bureau's notice: headline, the site's 作者／浏览／发布时间 line, issuer line with spaced "
           "characters, title over two lines, blank lines of one space, addressee 「各相关学校:」, preamble, 1、–4、 each one "
           "paragraph (four-space indents), a closing paragraph (教育局将…督查…责任追究), then a contact list with persons' names "
           "and telephone numbers",
     leaf_tasks=3, count_alternatives=[4, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], [], dl="庙会期间", skip_deadline=True,
          note="「2、相关学校要高度重视庙会期间的校园安全工作,要迅速召开专题会议,将县局精神,传达到辖区内每一所学校(幼儿园)。各单位要制定切实可行的工作方案,采取有效措施对学校安全工作进行安排和落实。」 — "
               "a numbered item that gives work by 要 is a task. Units: 相关学校 repeats " + ADDR02 + " (" + CALLBACK + "); "
               "「各单位要…」 is a general call (rule 3); 召开 without 组织, 传达, 制定 are outside rule 2's closed list (round 30), and "
               "「进行安排和落实」 makes 落实 a noun of 进行 with no 责任 (round 46 reads 落实＋责任): " + NONE + ". Deadline: "
               + PERIOD02),
        S(["3"], [], ["各初中"], responsible_alternatives=[[]], dl="庙会期间", skip_deadline=True,
          note="「3、庙会期间,各校要切实加强学校安全管理工作和安全纪律教育工作,谨防事故。要严格对学生进行考勤,…要交由监护人将学生带回。各初中要组织人力对辖区小学、幼儿园进行专门检查,防止出现工作漏洞。」 — "
               "a task. Units: 各校 calls the addressees back (" + CALLBACK + "); but 各初中 is one kind of school named apart from "
               "the rest (the 小学 and 幼儿园 it checks are others), and 「A组织B＋verb」 (「组织人力…进行专门检查」; round 30; round 42: 组织 "
               "is in rule 2's list whatever its object; Round 96 turned x350_06 一/3 so) makes it the doer: responsible [各初中], "
               "lead [] (no 牵头); none accepted (RULING? 3: 人力 read as staffing, Round 88's form, names none). Deadline: " + PERIOD02),
        S(["4"], [], [], dl="庙会期间", skip_deadline=True,
          note="「4、庙会期间,各单位要严格执行“三个禁止”,即严禁任何单位组织教师、学生参加庙会活动;严禁教师、学生私自组织参加庙会活动;严禁教师、学生个人私自参加庙会活动。」 — "
               "a ban on the notice's own addressees' conduct of their work is a task (Round 83's x314_10; Round 91 on x336_07 一/4). "
               "Units: 「各单位要…执行」 is a general call, and 「严禁任何单位组织…」 binds anyone (Round 80): " + NONE + ". 「三个禁止」 "
               "is a name (the number of its bans), no target. Deadline: " + PERIOD02),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 2、–4、. 1、 「4月3日—5日为庙会活动日期,…各学校一律在校上课。清明节假日随后自行安排补休。」 is the schools' calendar "
            "for the fair (which days are taught, the 清明 rest moved): a holiday calendar gives no work (Round 89 on x330_01; "
            "Round 91 on x336_03, x336_07 一/1). RULING? 5: 1、 read as an order to the named schools to hold classes (a rule on "
            "the addressees' conduct, Round 91 on x336_07 一/4) gives 4 — accepted",
            "the closing paragraph 「庙会期间,教育局将对各学校安全工作进行督查。…教育局将严格实行责任追究。」 stands unnumbered after the "
            "last item of a numbered notice: unnumbered paragraphs are tasks only in a notice with no numbering (round 38; "
            "Round 97 on x353_02 reads the layout, not this); 5 (it counted) accepted. The contact list names persons (never "
            "units); the telephone numbers are no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x360_03_weitang-zhongxin-xiaoxue-qingming-jisao-lieshi-lingyuan-huodong-fangan.txt"
DATE03 = ("the plan's own time field 「三 、 活动时间: 4月5日」 spans the event the item is a step of, but " + NOYEAR
          + ": written as printed, not checked")
plan(X03,
     title="清明节学生活动策划方案",
     title_note="line 3, the piece's heading on the site (line 1 is the site's breadcrumb, line 5 its 时间／分享 line); the text prints "
                "no title line of its own and the heading names the piece (round 65's x275_03; Round 91 on x336_01)",
     doc_no="", issuer="圩塘中心小学 (常州市新北区, 江苏: 「小主持人宣布:圩塘中心小学祭扫革命烈士活动现在开始」, 「市新北区潘墅烈士陵园」)",
     date="not shown (「4月5日」, no year)",
     level="school (中心小学) for its own pupils and staff",
     source=source("https://xuexila.com/fwn/wenmi/write/526298.html"),
     style="a 范文 site's page: breadcrumb, heading, 时间 line, 一 指导思想 (two paragraphs), 二 组织机构 (组长／副组长／组员 left blank), 三 "
           "活动时间, 四 活动地点, 「五活动要求:」 (its 、 lost) with 1)–4), then the unnumbered heading 「清明扫墓议程」, the host's opening "
           "line and 一、–六、 (the ceremony's steps, with the host's words), and the site's id 「526298」 as the last line; spaces "
           "inside 「一 、 」「三 、 」 as stored",
     leaf_tasks=4, count_alternatives=[3, 5, 9], attachment_task_rows=0,
     childless_top_level_sections=["一 、 指导思想", "二、 组织机构", "三 、 活动时间", "四 、 活动地点"],
     samples=[
        S(["五", "2)"], [], [], dl="4月5日", skip_deadline=True, **at(X03, "2)"),
          note="「2)下午1:30集合,整队乘车前往潘墅烈士陵园;」 — 五活动要求's numbered line (「五活动要求:」 its 、 lost: a page that lost a "
               "mark leaves its item an item, round 37) giving the event's own step: a task (round 39: a 工作要求 section's items "
               "that give work are the plan's work). Units: no subject: " + NONE + ". 1:30 is a clock time (head: not a target). "
               "Deadline: " + DATE03),
        S(["五", "3)"], [], [], dl="4月5日", skip_deadline=True, **at(X03, "3)"),
          note="「3)带队老师必须清点好各班人数,并强调活动纪律;」 — work by 必须, a task; the teachers are persons (a person is never a "
               "unit, round 30): " + NONE + ". Deadline: " + DATE03),
        S(["五", "4)"], [], [], responsible_alternatives=[["总务处"]], dl="4月5日", skip_deadline=True, **at(X03, "4)"),
          note="「4)总务处准备好花圈。」 — a task. Units: 准备 is outside rule 2's closed list (round 30: the subject of any other verb "
               "— 完成, 明确, 制定, 开展 without 组织 — is no unit by rule 2), and in a plan (not articles) round 44's 「any verb names "
               "its subject」 does not reach it: " + NONE + ". RULING? 6: 总务处, a named office with the one act the line gives, "
               "read as its doer (Round 97's governs on x353_04 第五条 for a line dividing duties) gives [总务处] — accepted. "
               "Deadline: " + DATE03),
        S(["清明扫墓议程"], [], [], dl="4月5日", skip_deadline=True, **at(X03, "清明扫墓议程", skip=-6),
          note="「清明扫墓议程 / 小主持人宣布:圩塘中心小学祭扫革命烈士活动现在开始 / 一、奏国歌 … 二、 向革命烈士敬献花圈: … 三、 向革命先烈默哀三分钟,奏哀乐。… 四、介绍烈士事迹 / 五、学生代表讲话。 / 六、 绕烈士陵园一周,敬献小白花。」 — "
               "the running order of one event, its programme, is one task of fields (Round 52 turned x238_03 六、活动安排 1、–6、: "
               "「speeches, a ceremony, a show, a recital, a visit are the running order of one event」; round 50's x234_02), so "
               "the unnumbered heading stands as the one item (plans-dev: an unnumbered heading's text is the path) and 一–六 are "
               "its fields. Units: no body: " + NONE + "; 小主持人, 学生代表 are persons. 「三分钟」 is the ceremony's form, no "
               "number of work. Deadline: " + DATE03 + " (RULING? 7: the six steps read as leaves gives 9; no task, the "
               "programme a script of the day, gives 3)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 五 2)–4) and the 议程 as one task. 一 指导思想 (guiding ideas, p51e); 二 组织机构 is a group's composition with "
            "its names left blank, a section (Round 84's governs, p61d-2; Round 97 confirmed x356_02 三/1); 三 and 四 are fields "
            "(time, place). 五 1) 「3-5年级部分学生参加清明节扫墓活动;」 says who takes part, persons: a field of the event's "
            "participants (Round 85 on x319_03 四; rule 3's composition), no task — RULING? 8: on a page that names no unit "
            "every numbered leaf is a task (plans-dev 08; Round 97's governs on x356_03), 1) counted gives 5 — accepted. "
            "「3-5年级」 names a group of pupils by grade (round 31: a band naming a group of persons is no target)",
            "the last line 「526298」 is the site's page id"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x360_04_zhen-zhongxin-xuexiao-duanwujie-fangjia-tongzhi.txt"
ADDR04 = "the addressee line 「各校(幼儿园):」"
PERIOD04 = ("「放假期间」 in the item's own text names the holiday the notice prints (p44e; Round 90's governs on x126_02), "
            "6月12日-6月14日; but the notice masks its own year (「20__年」 twice), and the cited 「道教通〔2021〕78号」 dates "
            "only that document (Round 93 on x342_07; Round 97 confirmed x354_02 二): written as printed, not checked "
            "(RULING? 9: 「6月14日(星期一)」 fits 2021 alone — 端午 2021 fell on Monday 14 June — and a weekday printed with its day "
            "fixes one year as a lunar day does (Round 95 turned x348_02), giving 2021-06)")
plan(X04,
     title="2023端午节放假通知",
     title_note="line 5 「2023端午节放假通知篇16」 less its piece mark (Round 93 on x344_02; Round 83 on x314_06), the compilation "
                "heading 「2023端午节放假通知(30篇)」 (line 3) less its count the same words; the piece prints no title line of its "
                "own, and the heading names its kind (round 65's x275_03) — its 「2023」 is the compilation's, the piece's year "
                "masked (RULING? 10: no title checked)",
     doc_no="", issuer="a town's 中心学校 (「结合我镇实际」, 「书面报中心学校」; 「道教通〔2021〕78号」, a 道县 education number, 湖南) — not named",
     date="not shown (「20__年」)",
     level="town 中心学校 over its schools and kindergartens",
     source=source("https://fanwen.gdygsk.com/showinfo-290-115386-15.html"),
     style="a 范文 site's page: 「首页公文通知」, the compilation heading, the piece mark line, addressee 「各校(幼儿园):」, preamble, "
           "一、放假时间 (the dates), 二、有关要求 with (一)–(五) one sentence or two each; blank lines between",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=["一、放假时间"],
     samples=[
        S(["二", "(一)"], [], [], dl="放假期间", skip_deadline=True,
          note="「(一)各校必须安排好放假期间值班工作,明确带班领导和值班人员,并将值班安排情况于20__年5月30日前书面报中心学校。」 — a task "
               "(必须). Units: 各校 calls back " + ADDR04 + " (" + CALLBACK + "); 安排, 明确 are outside rule 2's list (round "
               "30); 中心学校 receives (rule 3): " + NONE + ". Deadline: the sending of the duty list is the duty's date only (round "
               "49's p46c: not where the sending is other information, a list; Round 87 turned x324_07 三 so), and the item is "
               "dated by its period: " + PERIOD04 + ". The sending is a duty (below)"),
        S(["二", "(二)"], [], [], dl="放假期间", skip_deadline=True,
          note="「(二)各校在放假期间要认真做好安全保卫、防火防盗等各项工作,确保节日安全。」 — a task. Units: " + CALLBACK + "; 做好 "
               "is outside rule 2: " + NONE + ". Deadline: " + PERIOD04),
        S(["二", "(三)"], [], [],
          note="「(三)各校要切实做好放假期间师生的安全教育,特别要结合季节特点做好疾病防控、森林防火、道路交通和防溺水等安全教育工作。」 — a task. "
               "Units: " + CALLBACK + ": " + NONE + ". Deadline: 「放假期间师生的安全」 names what the teaching is about (the "
               "holiday's safety), no period the work falls in (Round 97 confirmed x354_06 2/③'s 「节假日安全…教育」 so): " + NODATE),
        S(["二", "(四)"], [], [], dl="放假期间", skip_deadline=True,
          note="「(四)有在建工程项目的学校要做好放假期间的施工安排,确保有相关领导和监工人员在施工现场指导工程建设,确保工程进度、工程质量和施工安全。」 — "
               "a task. Units: 「有在建工程项目的学校」 picks a kind of the addressees, but 做好 is outside rule 2's closed list (round "
               "30), and 相关领导、监工人员 are persons: " + NONE + ". Deadline: 「放假期间的施工安排」 — the works' arrangement for the "
               "holiday, the period the work covers: " + PERIOD04),
        S(["二", "(五)"], [], [],
          note="「(五)各校要认真做好群众来信来访工作,遇有突发事件发生,要严格按照有关规定及时报告并妥善处置。」 — a task; 「遇有…发生」 is "
               "a case inside the item (rule 3). Units: " + CALLBACK + ": " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各校 send the holiday duty arrangement (值班安排情况) in writing to the 中心学校", "when": "20__年5月30日前",
              "when_norm": None}],
     notes=["5 leaves: 二/(一)–(五). 一、放假时间 「6月12日-6月14日(星期一)放假3天」 is a holiday calendar, which gives no work (Round "
            "89 on x330_01; Round 91 on x336_07 一/1): a childless section; 6 (it counted) accepted",
            "「3天」 is the calendar's length (no item's work); 「道教通〔2021〕78号」 a document number"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x360_05_zhonggang-tengfei-xuexiao-2017-duanwujie-fangjia-anpai-tongzhi.txt"
PERIOD05 = ("「放假前」／「节假期间」 in the item's own text are dated by the holiday the notice prints, 5月28日—30日 of 2017 (its "
            "title, 「2017年端午节来临」; p44e; Round 90's governs on x126_02; Round 97 confirmed x354_06 2/①): 2017-05")
plan(X05,
     title="2017端午节放假安排通知",
     title_note="line 7, the notice's own title line (line 3 is the site's headline, the same words; line 1 the breadcrumb, line 5 "
                "the site's 来源／时间／浏览 line)",
     doc_no="", issuer="陕西中港腾飞学校 (its site's 来源 line; 「结合我校实际,经我校研究」)", date="2017-05-25 (the site's 时间 field)",
     level="school (its 各部门, teachers and pupils)",
     source=source("http://xdmpa.com/Notice-show-96.html"),
     style="a school's site: breadcrumb, headline, 来源／时间／浏览 line, the title again, two paragraphs on the festival's names and "
           "history, a preamble, then unnumbered paragraphs with space indents as stored — the calendar, the 各部门 paragraph, "
           "the duty teachers' paragraph and 「有重大突发事件…」 CUT at 「确保祥和平」",
     leaf_tasks=3, count_alternatives=[2, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["“端午节”放假前"], [], [], dl="放假前", dln="2017-05", **at(X05, "“端午节”放假前", skip=-8),
          note="「“端午节”放假前,各部门对所属师生进行安全教育,尤其做好外出旅游活动的安全教育和管理工作,严格外出审批程序,杜绝参加非正规机构组织的具有潜在危险性的活动。同时安排好值班人员,及时处理本单位临时事物,协助值班人员做好各项安全防范工作,确保假期时间安全稳定无事故。」 — "
               "unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks (round 38; Round 65 on "
               "x277_07); the path is the paragraph's first words (no number printed). Units: 各部门 is a general call (rule 3: "
               "「各部门要加强…」), and 进行, 做好, 安排 are outside rule 2's closed list (round 30): " + NONE + ". Deadline: " + PERIOD05),
        S(["值班教师定时"], [], [], dl="节假期间", dln="2017-05", **at(X05, "值班教师定时", skip=-6),
          note="「值班教师定时对全校安全情况进行全面检查,发现问题及时处理,消除安全隐患,防止各类意外事故发生;同时负责做好节假期间的校园安全工作。」 — "
               "a task (round 38). Units: the duty teachers are persons, and a person is never a unit even with 负责 (round 30): "
               + NONE + ". Deadline: " + PERIOD05),
        S(["有重大突发事件"], [], [], **at(X05, "有重大突发事件", skip=-7),
          note="「有重大突发事件,要按规定及时报告并妥善处理,确保祥和平」 (" + CUT + ") — " + CUTVERB + "; an item whose whole work "
               "is the response to a case is work (round 30: 「（七）…发生…时，由A负责处置」 takes A), so the paragraph is a task "
               "naming none (no subject). RULING? 11: the paragraph read as rule 3's case with no work of its own gives 2 — "
               "accepted. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: the three paragraphs of work. The two paragraphs on the festival's names (「端午从字面上…」「古人几年纪年…」) "
            "are text; the preamble 「2017年端午节来临,…现将…通知如下:」 introduces; 「5月28日(星期日)至30日(星期二,端午节)放假调休,共3天。"
            "5月27日星期六上班。」 is a holiday calendar, no work (Round 89 on x330_01; Round 91 on x336_07 一/1) — 4 (it counted) "
            "accepted",
            "「3天」 is the calendar's length; 「五日」「初一」 in the history are no figures of work"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x360_06_xian-ju-chongyangjie-jinglao-zhulao-huodong-anpai-tongzhi.txt"
ADDR06 = "the addressee 「局属各单位:」 (run on after the title in line 4)"
plan(X06,
     title="重阳节敬老助老活动安排通知方案",
     title_note="line 4 「重阳节敬老助老活动安排通知方案局属各单位:」: the piece's own title line with its addressee run on (the site "
                "lost the break); line 1 is the site's headline with its page mark (一), line 3 the site's name 「思而思学网」 — the "
                "text's own title, less the addressee (round 48: the title as printed; Round 94's governs on x344_05)",
     doc_no="", issuer="a county bureau (「我局是县老龄工作领导小组成员单位」, 「根据县委组织部、县委老干部工作局《关于》()精神」, "
                       "「《xx县老人优待办法暂行规定》」) — not named",
     date="not shown (the site dropped every figure: 「今月日」「第个」「颁布周」)",
     level="county bureau over its 局属各单位",
     source=source("http://gxscse.com/QiHuaWenAn/294859.html"),
     style="a 范文 site's page: headline with page mark, the site's name, the title with the addressee run on, a preamble "
           "whose figures the site lost, 一、–三、 each a run-in heading and one paragraph; 三 CUT at 「县政府将于九月下旬开展老龄工作检查,」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note="「一、积极开展《中华人民和国老人权益保障法》(以下简称《老法》)宣传活动。我局是县老龄工作领导小组成员单位,今是《老法》颁布周,各单位要广泛开展形式多样的宣传活动。通过开展一系列活动,大力宣传《老法》和《xx县老人优待办法暂行规定》;…」 — "
               "a childless top-level point that gives work by 要 is a task in a document of numbered items (Round 84's p61c-1). "
               "Units: 各单位 calls back " + ADDR06 + " (" + CALLBACK + "); 开展 without 组织 and 宣传 are outside rule 2 (round "
               "30); 「我局是…成员单位」 states membership (rule 3: members): " + NONE + ". Deadline: 「重阳节」 stands only in the "
               "preamble as the occasion (" + KIND + "): " + NODATE),
        S(["二"], [], [],
          note="「二、要切实加强领导。…各单位要切实加强领导,把关心、爱护退休老党员、老干部、老职工工作纳入工作议事日程,力所能及地帮助老同志解决一些实际困难,把这项工作当成一件大事来抓,统筹安排。」 — "
               "a childless point that gives work by 要 (Round 84's p61c-1), its first sentences a stance. Units: " + CALLBACK
               + "; 加强, 纳入, 帮助 are outside rule 2: " + NONE + ". " + NODATE),
        S(["三"], [], [], dl="九月下旬", skip_deadline=True,
          note="「三、广泛开展敬老助老活动。各单位要结合本单位实际,…广泛开展以“弘扬敬老美德、营造和谐氛围”为主题的敬老活动,采取召开座谈会、个别走访等形式,对本单位的退休人员进行慰问。同时,要结合政风行风评议,…做好对老人的服务工作。县政府将于九月下旬开展老龄工作检查,」 ("
               + CUT + ") — a task. Units: " + CALLBACK + "; 开展 without 组织, 进行, 做好 are outside rule 2; 县政府's 开展…检查 is "
               "outside the list too, and a check of the item's work by another body names no doer of it (rule 3's guide; round "
               "30): " + NONE + ". Deadline: the latest date the item prints is its deadline (round 34; Round 82's p60e-3), "
               "「九月下旬」 (the county's check the work is done for), but no year is printed anywhere (round 48): written as "
               "printed, not checked (RULING? 12: the county's check read as another body's act, not the item's time, gives no "
               "deadline)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一–三 (三 CUT), each a top-level point with a run-in heading and its paragraph, no numbered children",
            "the site dropped every figure (「今月日是世界个“国际老人节”」「颁布周」「《关于》()」): nothing of them is read (round 48)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x360_07_canglang-qu-laoganbuju-2011-laonianjie-duoxiang-huodong.txt"
ACT07 = ("a numbered activity the bureau's piece announces (「积极策划了采取多项措施、开展多项活动」), each an act of its programme for "
         "the festival: a task (Round 91 on x336_04; Round 95 confirmed x348_02 1、–9、; as c354 read x354_01's news-form items)")
LEAD07 = ("the lead-in's subject 沧浪区委老干部局 acts by 策划／采取／开展, outside rule 2's list, so the paragraph gives the items no "
          "units (rule 4: a lead-in's clause gives units only by a rule-2 form), and a subject does not carry into numbered items "
          "(as c354 read x354_03 4、)")
plan(X07,
     title="沧浪区委老干部局积极落实措施,开展多项活动庆祝第24个老年节",
     title_note="line 2, the piece's own headline on the bureau's site (line 1 is the site's menu, line 3 its 发布日期／来源／阅读次数 "
                "line); the piece prints no other title",
     doc_no="", issuer="沧浪区委老干部局 (苏州, 江苏; the piece on 中共苏州市委老干部局's site)", date="2011-08-31 (the site's 发布日期)",
     level="district bureau (区委老干部局) for the district's retired cadres",
     source=source("http://www.lgbj.suzhou.gov.cn/Info_Detail.aspx?id=6427"),
     style="a bureau site's news piece in the form of a programme: menu line, headline, date line, a lead-in paragraph, 1.–5. each "
           "one line (four-space indents), the site's copyright line",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [], responsible_alternatives=[["区四套班子"]],
          note="「1.举办沧浪区老干部祝寿会。由区四套班子领导为老同志祝寿并赠送鲜花和蛋糕。」 — " + ACT07 + ". Units: 「由区四套班子领导…」: "
               "the agent of 由 is the four bodies' leaders, persons, and a person is never a unit, his body not read in for him "
               "(round 30; Round 81's x305_01 第二十六条; Round 87 on x324_07 一): " + NONE + "; " + LEAD07 + ". RULING? 13: "
               "「区四套班子领导」 read as the bodies acting (the leaders for their bodies) gives [区四套班子] — accepted. "
               "Deadline: no date; 「老年节」 names the occasion (" + KIND + "): " + NODATE),
        S(["2"], [], [], responsible_alternatives=[["沧浪区委老干部局"]],
          note="「2.组织身体较好、有运动能力的老同志举办重阳节郊外活动,到张家港看新农村、新气象让老同志感觉大自然的美好风光。」 — " + ACT07
               + ". Units: 「组织B＋verb」 has no subject printed, and " + LEAD07 + ": " + NONE + " (RULING? 14: the lead-in's "
               "bureau carried as the subject of 组织 gives [沧浪区委老干部局] — accepted). Deadline: 「重阳节郊外活动」 names the "
               "activity's kind (" + KIND + "): " + NODATE),
        S(["3"], [], [], targets=[(1, "份")],
          note="「3.给每位老同志送上一份重阳糕,向他们表示节日的祝贺。」 — " + ACT07 + ". Units: no subject: " + NONE + ". Target: a "
               "per-person quantity the item gives is its target (round 25's 「每户补贴2000元」 per-unit rate; " + WORKCOUNT + "): "
               "1 份. " + NODATE),
        S(["4"], [], [],
          note="「4.上门、上医院看望、慰问不能参加活动和祝寿会的老同志,向他们表示节日的问候。」 — " + ACT07 + ". " + NONE + ". " + NODATE),
        S(["5"], [], [], targets=[(1, "场")],
          note="「5.举办一场桥牌友谊赛,让老干部、老朋友相聚一堂、互叙友情。」 — " + ACT07 + ". " + NONE + ". Target: 「一场」, "
               + WORKCOUNT + ": 1 场. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 1.–5. The lead-in 「今年是建党九十周年,又逢建国62周年,在第24个老年节到来之际,…」 gives the occasion; 九十, 62 and "
            "24 are anniversaries and a name's ordinal (head: years and names with digits are not targets)",
            "the last line is the site's copyright and address (苏州市三香路558号, 215004: an address and a postcode)"])

write_collected(DIR)
