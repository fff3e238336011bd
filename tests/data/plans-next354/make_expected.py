# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next354/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c354, round 67, for round 68: seven page openings of festival-season plans and
notices from outside Shanghai — 户县's 2013 春节 系列群众文化活动 arrangement (news form, (一)–(四), (四) cut); 蒲城县教育局's 清明
假期安全及春季防火 notice (一–三, 三 cut; its year printed only in a cited number); 红旗区's 2020 「我们的节日·端午节」 notice (1、–5、,
5、 cut); a town's 「我们的节日·端午」 notice on a document site (一、 only, the opening printed twice, cut); a 汶川县 school's 七一
活动方案 (篇三, 一–五, cut at 五/(一)); 常州市武进区戴溪小学's 2015 中秋、国庆 放假 notice (1.–3., 2. with ①–③); 墩集镇's 2021 重阳
文艺演出 方案 (一–七, fields)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_line_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited
in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by
c354.

    PYTHONPATH=. python tests/data/plans-next354/make_expected.py tests/data/plans-next354
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
CALLBACK = ("bodies that together call back the notice's whole addressee line are a call to all, no doers (Round 89's governs "
            "on x330_02; Round 91's governs on x336_02; Round 95 confirmed x348_01 一); only a call that names part of the line "
            "is a kind with a rule-2 verb (Round 91 on x336_07 二)")
KIND = ("a festival named only as the kind or theme of the work names no period (Round 89 on x330_03; p44e), unlike "
        "节日期间／节前 (Round 90's governs on x126_02)")
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 88's governs on p63e-1; "
           "Round 93 on x342_03 「四、加强执法力」)")
CARRY = ("a missing subject carries the subject standing before it in its paragraph, across full stops (rounds 34, 49 p46d; "
         "Round 83 on x314_03 四/(一))")
WORKCOUNT = ("the events an item holds, 一 as any number, are its own number of work (round 49's 「改造100户」; Round 84's p61e-1; "
             "Round 93 on x342_06 「召开一次」)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone by json.loads, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x354_01_huxian-2013-chunjie-xilie-qunzhong-wenhua-huodong-anpai.txt"
YEAR01 = ("the year is the arrangement's own 「2013年春节期间」 (line 1; EXPECTED.md: a year left implicit is resolved from the "
          "plan's own year), and each lunar day printed beside its solar day fits 2013 (正月初一 = 10 February 2013; Round 95 "
          "turned x348_02: a lunar day printed with its solar day fixes one year)")
ACT01 = ("a numbered activity of the arrangement (「活动具体安排如下:」), each an event the plan holds with its days and places: a "
         "task (Round 91 on x336_04; Round 95 confirmed x348_02 1、–9、)")
plan(X01,
     title_note="no title line is printed: the excerpt opens in the piece's first paragraph and the page's headline was not "
                "returned (the site's heading stands only where the text prints none and the heading names the piece: round "
                "65's x275_03) — no title is checked",
     doc_no="", issuer="户县 (西安, 陕西; 「按照县委、县政府安排」 — the news item names no issuing office)",
     date="not shown (the text prints 2013年春节期间; the site's path 201302)",
     level="county (户县) over its squares, venues, 镇, 社区 and 村",
     source=source("http://m.news.wmxa.cn/n/201302/19503.html"),
     style="a news site's piece in the form of an arrangement: a preamble reporting the plan (「户县将…开展九大类…活动」), a "
           "paragraph of principles ending 「活动具体安排如下:」, then (一)–(四) run-in headings with a colon and one paragraph "
           "each of days (solar and lunar), places and acts; the site drops dashes (「2月4(腊月二十四)2月24日」, 「810支」); (四) CUT at 「组织新剧」",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], [], targets=[(810, "支")], dl="2月24日", dln="2013-02-24",
          note="「(一)魅力广场春节大舞台主题活动暨甘亭地区第六届文化艺术节:2月23日(正月十四)在人民路广场组织全县810支具有代表性的鼓舞队举办…精品鼓舞阵地展演;2月24日(正月十五)在文庙广场举办…大型综合歌舞秦腔晚会,当晚在县城新区组织大型焰火晚会。」 — "
               + ACT01 + ". Units: 组织 and 举办 have no subject printed: " + NONE + ". Target: the troupes the item gathers for "
               "its show are its number of work (rounds 37, 49; Round 83 confirmed x312_06 「組織300余人的秧歌匯演」 300 人): 810 支 as "
               "printed (round 48; RULING? 1: the site drops dashes, so 「8—10支」 may be meant). 「第六届」 is a name's ordinal. "
               "Deadline: the latest date the item prints is its deadline (round 34; Round 82's p60e-3), 2月24日 (「当晚」 the "
               "same day), 2月23日 another; " + YEAR01 + ": 2013-02-24"),
        S(["(二)"], [], [], dl="2月24日", dln="2013-02-24",
          note="「(二)书画迎春2013图片、书画系列展览:2月4(腊月二十四)2月24日(正月十五)在文庙大殿举办2013户县迎春书画展暨图晒户县摄影作品展;1月29日(腊月十八)2月24日(正月十五)在县农展馆举办2013年农民画精品展。」 — "
               + ACT01 + ". 举办 has no subject; 县农展馆 and 文庙大殿 are venues, the places of the work (rule 3: no body is made a doer): "
               + NONE + ". The 2013 inside the exhibitions' names are names (EXPECTED.md: years are not targets). Deadline: the "
               "spans' end 2月24日 (round 34), " + YEAR01 + ": 2013-02-24"),
        S(["(三)"], [], [], dl="2月 24日", dln="2013-02-24",
          note="「(三)快乐健身活力画乡体育活动:2月10日(正月初一)2月 24日(正月十五)在县体育场、各镇、社区、村组健身广场分别组织乒乓球、篮球、围棋、象棋、足球、健身舞等体育比赛活动。」 — "
               + ACT01 + ". 组织 has no subject printed; 各镇、社区、村组 stand inside the place phrase 「在…健身广场」 (a body inside a "
               "noun's description is no doer, round 30): " + NONE + ". Deadline: the span's end 2月24日 (round 34), " + YEAR01
               + ": 2013-02-24"),
        S(["(四)"], [], ["文化服务单位"],
          responsible_alternatives=[["县电视台", "县剧团", "县剧院", "县电影院", "县文化馆", "县图书馆", "县农展馆", "各镇文化站", "村级农家书屋"],
                                    ["县电视台", "县剧团", "县剧院", "县电影院", "县文化馆", "县图书馆", "县农展馆", "各镇文化站", "村级农家书屋", "文化服务单位"]],
          dl="2月24日", dln="2013-02-24",
          note="「(四)文化惠民幸福画乡活动:1月12(腊月初一)2月24日(正月十五),由县电视台、县剧团、县剧院、县电影院、县文化馆、县图书馆、县农展馆、各镇文化站、村级农家书屋等文化服务单位深入开展节日期间各项文化惠民活动;组织新剧」 ("
               + CUT + ") — " + ACT01 + "; " + CUTVERB + ". Units: the agent of 由 with any verb of doing is a doer (rule 2), 开展 "
               "included; names before 等 that illustrate a kind named after it give that kind (Round 87 on x325_02 第二十二条; Round 91 "
               "on x336_04 (四) 「…等宣传媒体单位」; Round 95 turned x349_03 七、3 to the kind): responsible [文化服务单位], lead [] (no "
               "牵头); the nine printed names, and the names with the kind, accepted (as Round 95 kept them). 「组织新剧」 after the "
               "semicolon is cut before its object and names no subject. Deadline: the span's end 2月24日 (round 34), 「节日期间」 "
               "being the same season; " + YEAR01 + ": 2013-02-24"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: (一)–(四) ((四) CUT). The two paragraphs before (一) are the news item's preamble and the arrangement's "
            "principles (「按照…的原则,以…为指导…」: p51e), no numbered items. The page names a unit only in (四); (一)–(三) are "
            "the arrangement's own activities (主要任务-like), not the seeds' support items (EXPECTED.md lines 3–5), so they stay "
            "tasks naming none",
            "「九大类」 in the preamble counts the programme's kinds (the page prints four): a plan-level count stated in a "
            "preamble, not checked"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x354_02_pucheng-xian-jiaoyuju-qingming-jiaqi-anquan-chunji-fanghuo-tongzhi.txt"
ADDR02 = "the addressee line 「各初中、县直学校、中心校、民办学校:」 (every kind of school the bureau runs)"
YEAR02 = ("no year of the notice is printed: 「渭教安稳[2025]5号」 is the city bureau's cited notice, and a cited document's number "
          "dates that document (Round 93 on x342_07); only what is printed is read (round 48), a missing year filled only from a "
          "fact that dates the plan's own work (round 50) — the deadline is written as printed and not checked (RULING? 3: "
          "the cited 2025 notice of the same season read as the year gives 2025-04)")
plan(X02,
     title="关于认真做好清明节假期安全及春季防火工作的通知（蒲城县教育局关于认真做好清明节假期安全及春季防火工作的通知）",
     title_note="lines 1–3: the issuer's line 「蒲城县教育局」 over the title broken over two lines 「关于认真做好清明节假期安全及春季防火工作的」 / "
                "「通 知」: one title (Round 87 on x326_08), the issuer in front (Round 94's governs on x344_05 and x265_08), written "
                "in the pair form, the title line alone accepted; the space in 「通 知」 is whitespace (the scorer squashes it)",
     doc_no="", issuer="蒲城县教育局 (渭南, 陕西) — its issuer line", date="not shown (the cited city notice is 2025's)",
     level="county education bureau over its 初中, 县直学校, 中心校 and 民办学校",
     source=source("http://pcdjzx.com/wap/show.asp?id=8737"),
     style="a school's site reposting the bureau's notice: issuer line, title over two lines, addressee line, preamble citing the "
           "city bureau's notice, 一、–三、 each a run-in heading and one paragraph (二、三、 with 一是…二是… inside), 三 CUT at 「扩大网上」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], responsible_alternatives=[["各学校"]],
          note="「一、提高思想认识,开展消防排查。各学校要切实提高思想认识,加强领导,完善制度,明确职责,全力做好清明节及春季防火安全工作。要认真组织开展消防安全大检查,尤其要对校园内的供电设施、电器、线路等进行重点排查,发现问题要立即整改,不得拖延。」 — "
               "a childless top-level point that gives work by 要 is a task in a document of numbered items (Round 84's p61c-1). "
               "Units: 各学校 names every addressee of " + ADDR02 + " together, so " + CALLBACK + "; 「要认真组织开展…大检查」 carries it "
               "(" + CARRY + ") and changes nothing: " + NONE + ". RULING? 2: 各学校 read as a kind with the carried 组织开展 "
               "gives [各学校] — accepted. Deadline: 「清明节及春季防火安全工作」 names the work's kind, and " + KIND + ": "
               + NODATE),
        S(["二"], [], [], targets=[(1, "次")], responsible_alternatives=[["各校"]], dl="清明假前", skip_deadline=True,
          note="「二、强化安全教育,落实监管责任。一是各学校要在清明假前集中召开一次教师会和主题班会,有针对性的向师生做好安全教育。…二是各校在清明假前要制定并发放《告家长书》,…并将回执留存备案。要向广大家长告知…,提醒家长加强学生假期的安全监管,不允许学生私自参加尧山庙会等人员密集的大型集会,落实好家长的安全管理责任。」 — "
               "a task (Round 84's p61c-1); 一是…二是… inside a numbered item's paragraph are its text, no items (round 37; Round 89 "
               "on x332_03 三/(一)). Units: 召开 without 组织, 做好, 制定, 发放 are outside rule 2's closed list (round 30); "
               "「落实好家长的安全管理责任」 carries 各校 (" + CARRY + ") with 落实＋责任 (round 46), but 各学校／各校 name the whole of "
               + ADDR02 + ": " + CALLBACK + " — " + NONE + " ([各校] accepted, RULING? 2). 留存备案 keeps the slips at the school "
               "(no sending). Target: 「集中召开一次教师会和主题班会」, " + WORKCOUNT + ": 1 次. Deadline: 「清明假前」 in the item's own "
               "text dates it by the festival's month (p44e; Round 90's governs), but " + YEAR02),
        S(["三"], [], [],
          note="「三、组织开展“我们的节日•清明节之缅怀先烈,报效祖国,圆梦中华”主题教育实践活动。一是开展祭奠革命先烈活动。利用县域内的永丰烈士陵园…等爱国主义教育基地,组织师生缅怀革命先烈、追忆革命历史,…二是深入开展“网上祭英烈”活动。在网上向先贤先烈鞠躬献花、抒写感言寄语,扩大网上」 ("
               + CUT + ") — " + CUTVERB + ". 组织开展 and 组织师生缅怀 have no subject printed, and the subject of 二 does not "
               "carry into another numbered item: " + NONE + ". Deadline: 「我们的节日•清明节」 names the activity's theme, and "
               + KIND + ": " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一–三 (三 CUT). Each is a top-level point with a run-in heading and its paragraph, no numbered children "
            "(一是…二是… are text, round 37)",
            "「渭教安稳[2025]5号」 is a document number (EXPECTED.md: not a target); 「尧山庙会」 a name"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x354_03_hongqi-qu-2020-womende-jieri-duanwujie-zhuti-huodong-tongzhi.txt"
ADDR03 = "the addressee line 「各镇、办事处,各级文明单位:」"
plan(X03,
     title="关于开展“我们的节日·端午节”主题 活动的通知",
     title_note="line 3, the notice's own title line (the space inside 「主题 活动」 as printed; the scorer squashes whitespace); "
                "line 1 「信息展示」 and line 5 (发布, 浏览) are the site's",
     doc_no="", issuer="红旗区 (新乡, 河南) — 「现就红旗区开展…」; the issuing office is not printed (a district 文明办 by the cited "
                       "「新文明办」 plan)",
     date="not shown (the preamble cites 《2020年度“我们的节日主题活动实施方案》, whose year the notice's work carries out)",
     level="district (红旗区) over its 镇, 办事处 and 各级文明单位",
     source=source("http://www.xxwgyxx.cn/news/877"),
     style="a school's site reposting the district's notice: the site's 「信息展示」, the title line, the site's 发布／浏览 line, the "
           "addressee line, one preamble, then 1、–5、 each 「过X端午。」 and one paragraph, blank lines between; 5、 CUT at 「文明礼」",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], ["各文明单位"],
          note="「2、过爱国端午。各文明单位要以弘扬传统文化为主题,选择国学经典作品,开展演讲、诗歌诵读等系列活动,引导人们感受传统文化精髓,激发爱国热情。要在中小学校广泛开展中华文化经典诵读活动,组织广大师生通过电视、广播、互联网等多种渠道,了解端午节的来历和文化习俗,…」 — "
               "开展 without 组织 is outside rule 2 (round 30), but the second sentence's 「组织广大师生…了解…」 is 「A组织B＋verb」 "
               "(round 30; Round 91 on x336_05 二/4) with 各文明单位 carried (" + CARRY + "). 各文明单位 names only part of " + ADDR03
               + " (the towns and offices are left out), so it is a kind, a doer (Round 91 on x336_07 二; c348's x348_08 二/(一), "
               "a kind of 文明创建单位 by 組織B＋verb). Responsible [各文明单位], lead [] (no 牵头); 广大师生 are persons, the object "
               "of 组织. Deadline: 「端午节的来历」 names the festival as the subject taught, and " + KIND + ": " + NODATE),
        S(["3"], [], [], responsible_alternatives=[["各镇", "办事处", "各级文明单位"]],
          note="「3、过爱心端午。各镇、办事处,各级文明单位要积极组织志愿者深入社区、乡村开展“送温暖、献爱心”活动,为留守儿童、孤寡老人…送去社会各界的温暖,陪他们在欢乐祥和的气氛中共度端午佳节。」 — "
               "the subject repeats " + ADDR03 + " word for word: " + CALLBACK + " — " + NONE + ". RULING? 5: the three read as "
               "doers by 组织志愿者…开展 (rule 2's 「A组织B＋verb」) gives [各镇, 办事处, 各级文明单位] — accepted. Deadline: 「共度端午佳节」 "
               "names the festival as the occasion of the visits, no 期间／节前 (" + KIND + "): " + NODATE + " (RULING? 6: read as "
               "the festival's period, dated by 端午 2020 — 25 June — by the 2020年度 plan it carries out, gives 2020-06)"),
        S(["4"], [], [],
          note="「4、过卫生端午。结合全国文明城市创建,深入开展爱国卫生运动,宣传防治传染病等知识,普及日常卫生保健知识。组织开展爱国卫生义务劳动,发动广大干部群众、社区居民、学生、志愿者等,对公共环境进行清扫,…」 — "
               "组织开展 has no subject printed, and 3's subject does not carry into another numbered item: " + NONE + ". The "
               "volunteers and residents mobilised are persons. " + NODATE),
        S(["5"], [], [], responsible_alternatives=[["各镇", "办事处", "各级文明单位"]],
          note="「5、过文明端午。各镇、办事处,各级文明单位组织各种形式的文明礼」 (" + CUT + ") — " + CUTVERB + " (组织 with its "
               "object cut). The subject is " + ADDR03 + " again: " + CALLBACK + " — " + NONE + " (RULING? 5: the three as doers "
               "by 组织, accepted). " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 2、–5、 (5、 CUT). 1、「过平安端午。疫情防控期间,突出人文关怀,通过解传统文化内涵,增长民俗知识,感受传统文化魅力,利用电话,微信等新媒体向长辈,亲友互赠祝福表达情感,促进家庭和睦…」 "
            "tells the public how to keep the festival at home — persons' own conduct in their own time gives the plan's bodies "
            "no work (Round 87 turned x324_07 四; Round 93 on x342_07 二; Round 95 confirmed x348_04): text, no task. RULING? 4: "
            "1、 read as a numbered leaf of the notice's own programme (its 突出人文关怀 an act of the organisers) gives 5 — accepted",
            "the page names a unit (2、's 各文明单位), and 1、–5、 are the programme's own points, not the seeds' support items "
            "(EXPECTED.md lines 3–5); 3、 and 5、 stay tasks naming none",
            "「新文明办20208号」 is a document number with its bracket lost (EXPECTED.md: not a target); no item is dated, so the "
            "year (2020年度) is no part of any answer"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x354_04_zhen-womende-jieri-duanwu-zhuti-huodong-tongzhi.txt"
plan(X04,
     title="XX“我们的节日·端午”主题活动通知",
     title_note="the document's own title line, printed at the start of line 22 after the site's chunk mark 「1、」 (and again "
                "at once, and in the repeated opening in line 24); the site's headline 「xx“我们的节日·端午”主题活动通知」 (lines 1, 3, "
                "lower-case mask) is no title line where the text prints its own (round 65's x275_03; Round 89 on x330_04: the "
                "piece's own title less chunk marks) — RULING? 7",
     doc_no="", issuer="a town (「我镇」; its 各村居, 教育指导中心, 文体中心, 团委, 妇联) — not named (XX)",
     date="not shown (the site's 时间:2018-02-04 is the upload's)",
     level="town (镇) over its 村居 and 单位",
     source=source("https://m.wenku365.com/p-7081919.html"),
     style="a document site's preview: the site's headline twice, its ID, size, page count and date fields, five page-image "
           "lines, 「资源描述:」 and its blurb, then the document's text in the site's chunks 「1、」「2、」: title (printed twice), "
           "addressee line 各村居、各单位, preamble, 「一、开展中华经典诵读和爱国主义教育活动。…」 running over the chunk break "
           "(「通」 / 「2、过举办」), then the opening printed again from the title to 「各相关部」 (CUT)",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], **at(X04, "现通知如下:一、"),
          note="「一、开展中华经典诵读和爱国主义教育活动。各相关部门要充分挖掘“我们的节日·端午”的爱国精神和文化内涵,开展中华经典诵读和各种形式的爱国主义教育活动,弘扬…。各村居、教育指导中心、文体中心、团委、妇联等部门要积极策划开展诵读端午民俗诗歌…活动,通 / 2、过举办端午经典美文鉴赏会、…等活动,引导群众…增强爱国主义情感。」 — "
               "a childless top-level point that gives work by 要 (Round 84's p61c-1); the site's chunk mark 「2、」 inside 「通过」 is "
               "chrome (Round 89 on x330_04: chunk marks), not an item. Units: 挖掘, 开展 without 组织, 弘扬 and 策划开展 are outside "
               "rule 2's closed list (round 30; Round 85 on x318_06: 「各村委会要精心部署,统一安排,…开展…」 none): " + NONE
               + ". Deadline: 「我们的节日·端午」 names the theme, and " + KIND + "; no year is printed (the site's date dates "
               "nothing, Round 78's p58d-2): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 一. The site's 「1、」「2、」 are its chunk marks (Round 89 on x330_04), and the second copy of the opening "
            "(title, addressee line, preamble, 「一、开展中华经典诵读…各相关部」) is the same document printed again: counted once "
            "(Round 95 on x350_08: one document the site printed twice is counted once). 2 (the repeated 一 counted again, or the "
            "chunk marks read as items) accepted, as Round 95 kept 8 there"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x354_05_wenchuan-xuexiao-qiyi-huodong-fangan-pian3.txt"
plan(X05,
     title="学校七一活动方案",
     title_note="line 1, the site's headline 「学校七一活动方案(3)」 less its page mark (3): the piece 「篇三:」 prints no title line of "
                "its own, and the heading names the piece's own kind (Round 91 on x336_01; Round 93 on x344_02: less its page mark)",
     doc_no="", issuer="a school in 汶川县 (阿坝, 四川: 「按照县委办、县政府办关于印发《汶川县…》的通知(汶委办〔20xx〕92号)」, 「我校」 "
                       "implied by 「在全校」, 「经支部委员会研究决定」) — not named",
     date="not shown (「成立xx周年」 masked; 「描绘91年的光辉成果」)",
     level="school (its party branch) for its own staff and pupils",
     source=source("http://m.kj-cy.cn/htm/2013526/24885_3.htm"),
     style="a 范文 site's third page: headline with page mark, the site's 时间／作者／栏目 line, 「篇三:」, a preamble, 一、指导思想 "
           "(one paragraph), 二、活动意义 (one paragraph), 三、活动开展时间 (「20xx年05月-07月」), 四、活动对象 (「全体师生」), "
           "五、活动内容 with a lead line and (一) CUT at its heading 「“学党史、知党情、跟党走”」; four-space indents as stored",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动意义", "三、活动开展时间", "四、活动对象"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["0 leaves. 一、指导思想 is a point of guiding ideas (plans-dev EXPECTED.md lines 21–25; p51e). 二、活动意义 states what the "
            "activity is and what it does (「这是一次…教育活动,是按照…要求…在全校开展…的学习实践活动…它帮助广大师生…」) with no 要／应 and "
            "no doer: a point of aims, a section (p51e; Round 84's p61c-1 names the aims points; Round 87 on x326_08). 三 and 四 are "
            "a time field and the persons taken part (Round 85 on x319_03 四; rule 3's composition). 五 has a numbered child "
            "printed, so it is no leaf, and its (一) is cut at a heading that prints a theme and no verb of work: a cut line "
            "gives no work (round 71; Round 95 confirmed x348_03 (一)). RULING? 8: (一) kept as far as printed (round 41), the "
            "theme heading naming an activity, gives 1 — accepted",
            "「91年」 is a past span (not a target); 「汶委办〔20xx〕92号」 a document number"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x354_06_daixi-xiaoxue-2015-zhongqiu-guoqing-fangjia-tongzhi.txt"
plan(X06,
     title="关于中秋节、国庆节放假通知",
     title_note="line 6, the notice's own title line (line 1 is the site's headline, the same words); lines 2–5 are the site's fields",
     doc_no="", issuer="常州市武进区戴溪小学 (江苏) — its signature line", date="2015-09-23 (its date line)",
     level="school (小学) to its 各办 (offices), teachers and classes",
     source=source("http://www.dxxx.wj.czedu.cn/html/article961321.html"),
     style="a school's site: headline, 发布时间／点击／来源／录入者 fields, the title again, addressee 「各办:」, preamble, 1. (the holiday "
           "dates, with a second line of 国庆 dates and the winter timetable), 2.注意事项: with ①②③, 3. a greeting, signature, date, "
           "「附件:」 and the site's empty image marks",
     leaf_tasks=2, count_alternatives=[3, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2", "①"], [], [], dl="节前", dln="2015-10", **at(X06, "①"),
          note="「①各办切实加强节前安全检查工作,各室关闭电器,切断电源,关好门窗。」 — circled numbers are items (Round 89 on x332_01 "
               "「①组织撤离…」), so 2. is no leaf and ① is one, a task: the check before the holidays is the school's own work. "
               "Units: 各办 repeats the addressee line 「各办:」 whole (" + CALLBACK + "), and 加强, 关闭 are outside rule 2's closed "
               "list (round 30); 各室 are rooms: " + NONE + ". Deadline: 「节前」 in the item's own text names the holiday's eve, "
               "dated by the festival the notice prints in its year, the later of two (Round 90's governs on x126_02: 元旦、春节 → "
               "春节; round 34's 「元旦春节期间」) — 国庆 2015: 2015-10 (RULING? 10: the eve of the first holiday, 中秋's 9月26日, "
               "gives 2015-09)"),
        S(["2", "③"], [], [], **at(X06, "③"),
          note="「③各班对全体学生进行节假日安全、卫生、学习教育:教育学生防火、防电、防水等;教育学生少到或不到人群密集场所,以防止感染病菌;教育学生认真完成作业,合理休息。」 — "
               "a task (Round 89 on x332_01). Units: 进行 is outside rule 2's closed list (round 30), and 各班 are classes of "
               "pupils led by teachers (persons): " + NONE + ". Deadline: 「节假日安全…教育」 names the kind of teaching (the holidays' "
               "safety), no 期间／节前, and " + KIND + ": " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 2./① and 2./③. 1. 「中秋节放假安排: 9月26日至27日放假,共两天;」 with its 国庆 line and the winter timetable "
            "(「10月8日起按冬令作息时间上班…学生放学时间为15:50…」) is a holiday calendar, which gives no work (Round 89 on x330_01; "
            "Round 91 on x336_03, x336_07 一/1). 2./② 「各教师执行减负各项规定。」 only keeps to rules other texts set, with no act of "
            "its own, and teachers are persons: text (Round 86's (b); Round 84's p61a-1 catch-all; round 30). 3. 「祝广大师生过一个"
            "平安祥和的中秋国庆双节。」 is a greeting, no work. RULING? 9: ② read as the school's own work (a numbered leaf on a page "
            "that names no unit, plans-dev 08) gives 3, and 1. counted as well 4 — both accepted",
            "15:50 and 16:30 are clock times (EXPECTED.md: not targets); no item holds them"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x354_07_dunji-zhen-2021-chongyangjie-wenyi-yanchu-huodong-fangan.txt"
plan(X07,
     title_note="no title line is printed: the excerpt opens at 「一、活动意义」, the platform's headline not returned (round 65's "
                "x275_03: the site's heading stands only where it is printed and names the piece) — no title is checked",
     doc_no="", issuer="墩集镇 (泗县, 宿州, 安徽; its platform page on sixian.gov.cn's 基层 channel) — 主办 泗县文化和旅游局 and 墩集镇党委、政府",
     date="2021-10-06 (its date line)",
     level="town (墩集镇) with the county 文化和旅游局",
     source=source("https://www.sixian.gov.cn/grassroots/25622/156467911.html"),
     style="a county platform's page of a town's event plan: 一、活动意义 (one paragraph), 二、活动目的: with 1、–3、, 三、活动时间: 2021年10月14日下午, "
           "四、活动地点, 五、主办单位, 六、承办单位, 七、协办单位 (the names one a line), the date line",
     leaf_tasks=0, count_alternatives=[1, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、活动意义", "三、活动时间", "四、活动地点", "五、主办单位", "六、承办单位", "七、协办单位"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["0 leaves. 一、活动意义 states why the festival matters and ends 「定于重阳节在墩集镇敬老院开展文艺演出,与老人们一起联欢…」: a point "
            "of significance with no 要／应 and no doer is a section (p51e; plans-dev EXPECTED.md lines 21–25), the event it names "
            "being the plan itself, whose time, place and hosts the fields 三–七 give. 二、活动目的's 1、–3、 state aims 「让老人们了解…」"
            "「敬重老人,关心老人的良好品质…」「让老人们感受…」 — items that state aims give no work (p51e; Round 87 on x326_08; "
            "Round 89 on x332_06). 三–七 are fields: a time, a place, and plan-level host labels, which give no work and no units "
            "to other sections (Round 89 decided on x330_05's 参与单位 point; Round 91 on x336_04: lines naming fields and no act). "
            "RULING? 11: 一 read as the plan's one event, a childless point naming an act of the plan's own work (Round 89 on "
            "x330_07 三、活動內容), gives 1 — accepted; 二's 1、–3、 counted by their numbers gives 3 — accepted",
            "「九九」, 1989年 and 「农历九月初九」 are names and dates of the festival's history, no targets and no deadlines"])

write_collected(DIR)
