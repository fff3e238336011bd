# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next283/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c283, round 55: seven page openings of township (镇／乡) work from outside
Shanghai — 卢市镇's 2021 「两会」 安全生产大检查 通知 (five 检查督导组, each with a 「责任单位:」 line, under one campaign span
「2021年3月7日-3月10日」, CUT in 四、); a 镇's 2020 元宵节 活动方案 on a forum mirror (a lead-in 「镇文化站和镇党政办牵头…」 over
1. 「镇文化站要…组织开展…」, CUT); 三星镇's 2023 春节群众文化活动方案 on a document-sharing site (run-on lines, 「由社区文艺队…举行…」,
a dated activity, CUT); 宣化镇's 殡葬集中整治 实施方案 on a document-sharing site (run-on lines, 「2011年…达到70%以上。由林业站牵头,
在春」, CUT); a 镇's 植树节 活动方案 (traditional characters, 「由鎮林業站負責…」 items, the year masked 「20**年」); 苗庵鄉's
「迎新春,送春聯」 活动方案, the first piece of a six-piece compilation (traditional with inline pinyin, 「苗庵文廣站負責…」);
a 镇's 春节文化活动 通知 (「由文化站组织…」, a dated sending 「各村委会于1月15日前把节目名单上报镇文化站」, the year left blank)):
never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``
and ``at_line_in`` of ../plans/expected_tools.py); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–66 are cited in the notes; readings CONVENTIONS
does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c283.

    PYTHONPATH=. python tests/data/plans-next283/make_expected.py tests/data/plans-next283
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, and outside 第X条 articles it stands, round 63's x268_02): "
        "lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = ("no year is printed for the date (round 48: only what is printed is read; the site's own date is the site's, "
          "round 45): the deadline is not checked")
LABEL = (R1 + ": the group's own 「责任单位:」 line is a label (round 37: a unit column or line), every name it prints kept "
         "(round 63 decided); 责任单位 names no lead (round 57): lead []; the 「责任领导:」 line names persons, never units "
         "(round 30)")
SPAN = ("the notice's 「一、检查整改时间 2021年3月7日-3月10日」 is the campaign span the plan sets for its work (round 43 decided: "
        "「自X起至Y」, a 时间 field), and the groups print no date of their own: due 2021-03")


def single(unit):
    return {"lead_alternatives": [[unit]]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x283_01_lushizhen-2021-lianghui-anquan-shengchan-dajiancha-tongzhi.txt"
plan(X01,
     title="卢市镇关于做好2021年全国“两会”安全生产大检查的通知",
     title_note="line 1; the notice is the plan itself (round 64: a notice whose own points are the plan)",
     doc_no="", issuer="卢市镇 (镇委镇政府)", date="not shown on the page (2021; the checks run 2021-03-07 to 03-10)",
     level="town (卢市镇; the page is a mirror of a county government's open-information column)",
     source=page_source("http://www.007485.com/zwgk/bmhxzxxgkml/xzbcy/lsz/zfxxgk/fdzdgknr/gysyjs1/aqsc_50494/202103/t20210326_3423355.shtml"),
     style="a town's notice: title, a lead-in, 一、检查整改时间 (the span), 二、检查整改范围, 三、分组情况 (一)–(五) — each a group "
           "heading 「???(一)第一检查督导组;」 (the mirror's non-breaking spaces stored as ?) with 「责任领导:」 persons, 「责任单位:」 "
           "bodies and 「检查范围:」 — then 四、检查督导要求, CUT",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0,
     childless_top_level_sections=["一、检查整改时间", "二、检查整改范围", "四、检查督导要求"],
     samples=[
        S(["三", "(一)"], [], ["政法(应急)办", "派出所", "市场监督管理所"], dl="2021年3月7日-3月10日", dln="2021-03",
          responsible_alternatives=[["政法办", "派出所", "市场监督管理所"]],
          **at(X01, "???(一)", skip=0),
          note=LABEL + "; 「政法(应急)办」 kept with its bracket, another name of the same office (round 65's 市公用事业局(环卫局)), "
               "the name without it accepted; " + SPAN),
        S(["三", "(二)"], [], ["工业办", "城建办", "派出所", "市场监督管理所", "供电所"], dl="2021年3月7日-3月10日", dln="2021-03",
          **at(X01, "???(二)"),
          note=LABEL + "; " + SPAN),
        S(["三", "(三)"], [], ["扶贫办", "财管所", "福利院", "所涉建设单位"], dl="2021年3月7日-3月10日", dln="2021-03",
          responsible_alternatives=[["扶贫办", "财管所", "福利院"]],
          **at(X01, "???(三)"),
          note=LABEL + "; 所涉建设单位 is a kind with a head (单位) and a word saying which ones, as 所在 does (rounds 55, 62), "
               "kept as the label prints it (RULING? 3: the list without it accepted); 福利院, also among the places checked, is "
               "named in the label and kept (rule 1); " + SPAN),
        S(["三", "(四)"], [], ["派出所", "市场监督管理所", "卫生院", "中心学校"], dl="2021年3月7日-3月10日", dln="2021-03",
          **at(X01, "?(四)"),
          note=LABEL + "; " + SPAN),
        S(["三", "(五)"], [], ["农办", "供电所"], dl="2021年3月7日-3月10日", dln="2021-03",
          **at(X01, "?(五)"),
          note=LABEL + "; 「农 办」 is printed with a space inside the name: a space of the layout cuts no name (round 63's x272_02, "
               "a line break inside a cell; the scorer squashes spaces), 农办; " + SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 三/(一)–(五), the check groups. 一、 (the span) and 二、 (the scope, 「全镇范围内各行各业」) give only time "
            "and scope (round 42 continued: a point that gives only the time, place, aim or theme); 四、检查督导要求 is a "
            "工作要求 point naming no unit in a plan whose tasks name units (round 27), and the page ends in it (CUT): 6 "
            "(with 四 as a childless point giving work, round 34 early) accepted",
            "the group headings start with 「???」/「?」/「??」, the mirror's non-breaking spaces as the tool returned them "
            "(kept as printed); 「胡小波 ?杨 ?剑」 likewise"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x283_02_xiangzhen-2020-yuanxiaojie-huodong-fangan.txt"
plan(X02,
     title="乡镇2020年元宵节活动方案",
     title_note="line 1, the forum post's own title line over the plan's text (round 62 decided: a title line is told by "
                "where it stands; round 65: a site's heading may stand as the title)",
     doc_no="", issuer="a 镇 (镇文化站, 镇党政办; not named)", date="not shown (2020 by its title)",
     level="town (a 镇, not named)",
     source=page_source("https://m.pinggu.org/bbs/thread-12130894-1-1.html"),
     style="a forum post: the title, a preamble 「…请各村(社区)认真贯彻落实」, 一、指导思想, 二、活动安排 (一) with a lead-in "
           "「镇文化站和镇党政办牵头组织各村(社区)开展…」 and its 1. — CUT in 1. 「…;各 ...」, then the forum's 「附件列表」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)", "1"], [], ["镇文化站"], skip_deadline=True,
          lead_alternatives=[["镇文化站"], ["镇文化站", "镇党政办"]],
          responsible_alternatives=[["镇文化站", "镇党政办"]],
          not_targets=[(40, "周年")],
          note=R2 + ": 「镇文化站要利用…阵地,…组织开展送春联、文艺演出、迎新春猜灯谜等…文体活动」 — 组织开展 (rule 2) with its "
               "subject; the lead-in of (一) 「镇文化站和镇党政办牵头组织各村(社区)开展…」 gives its items units only where they name "
               "none (rule 4), and 1. names its own; " + ONE + "; the lead-in's reading (lead and responsible 镇文化站, 镇党政办) "
               "accepted (RULING? 1); 「改革开放40周年」 names an anniversary, a name with digits, no target; the work runs 「在除夕、"
               "春节、元宵等传统节日期间」 of 2020, festivals whose dates the page does not print (round 48): the deadline is not "
               "checked; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二/(一)/1 (CUT); 一、指导思想 states aims (a section, round 27); (一) has the child 1. and is no leaf: 2 "
            "(with (一) as a task of its own lead-in) accepted",
            "the preamble's 「请各村(社区)认真贯彻落实」 is a cover's call, no task; 「附件列表」 is the forum's chrome"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x283_03_sanxingzhen-2023-chunjie-qunzhong-wenhua-huodong-fangan.txt"
plan(X03,
     title_note="title not checked: the document's own title 「乡镇春节群众文化活动方案」 runs into its first sentence on one line "
                "after the site's 「1、」 piece mark, and the site's headline adds 「2023年」 and 「.docx」 (a file name)",
     doc_no="", issuer="三星镇 (by its text: 「彰显三星文化特色」; 兰家店安置小区)", date="not shown (the text prints 2023)",
     level="town (三星镇)",
     source=page_source("https://m.wnwk.com/doc/1126343.html"),
     style="a document-sharing site: uploader line, page thumbnails, 「资源描述」, then the text in two run-on pieces 「1、…」 「2、…」 "
           "(the site's piece marks): 一、指导思想 和原那么 (一)(二), 二、活动内容 (一)迎春送福活动。 时间:2023年2月6日上午… 地点… "
           "内容: 1.迎春游街:… 2.金蛇送福:… — CUT",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)", "1"], [], ["社区文艺队"], dl="时间:2023年2月6日上午", dln="2023-02",
          lead_alternatives=[["社区文艺队"]], responsible_alternatives=[[]],
          **at(X03, "1.迎春游街", skip=-4),
          note=R2 + ": 「由社区文艺队在场镇老街举行游街 送福活动」 — the agent of 由 with a verb of doing (举行; rounds 34, 54 s48b's "
               "「由A组织举办」) is a doer; a community's troupe doing the plan's event is read as a body (round 65 decided: a "
               "troupe named in a 单位 field is a body), RULING? 2: it may be read as persons (round 48's teams), none accepted; "
               + ONE + "; the activity's 时间 field 「2023年2月6日上午」 dates its items (round 43 decided: a 时间 field; round "
               "65's x278_08: the text's own year); the run-on line's space 「游街 送福」 is the layout's"),
        S(["二", "(一)", "2"], [], [], dl="时间:2023年2月6日上午", dln="2023-02",
          **at(X03, "2.金蛇送福", skip=-4),
          note="「2.金蛇送福:筹备春联、挂(台)历、灯笼、“福 字等物品进行赠送,同时送效劳(…」 — 筹备 and 进行 with no subject: "
               + NONE + "; dated by the activity's 时间 field; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一)/1 and 2 (CUT); 一、(一)指导思想 and (二)根本原那么 state aims and principles (round 49: no tasks); "
            "(一)'s 时间 and 地点 lines are fields of its items",
            "the page's 「2023年2月6日…(腊月二十六,星期三)」 and 「金蛇」 fit 2013, not 2023: the site's upload rewrote the years, "
            "but the text prints 2023 and only what is printed is read (round 48)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x283_04_xuanhuazhen-binzang-jizhong-zhengzhi-huodong-shishi-fangan.txt"
plan(X04,
     title_note="title not checked: the document's own title 「宣化镇殡葬集中整治活动实施方案」 runs into its preamble on one line "
                "after the site's 「1、」 piece mark; the site's headline is 「殡葬活动实施方案」",
     doc_no="", issuer="宣化镇人民政府 (高台县, 张掖市)", date="not shown (2011 by its text)",
     level="town (宣化镇, 高台县)",
     source=page_source("https://m.wenku365.com/p-12811632.html"),
     style="a document-sharing site: the headline twice, ID, size, pages, thumbnails, 「资源描述」, then the text in run-on pieces "
           "「1、…」「2、…」 (the site's piece marks, a page mark 「-8-」 inside a word): preamble, 一、指导思想, 二、目标任务 "
           "(一)集中整治乱葬乱埋乱弃 1.整治“两沿六区”… — CUT in 1. 「由林业站牵头,在春」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)", "1"], ["林业站"], ["林业站"], targets=[(70, "%")], dl="2011年", dln="2011",
          **at(X04, "1.整治", skip=-2),
          note=R2 + ": 「由林业站牵头,在春」 — 「由A牵头」: lead A, responsible A; the partners the clause would name are lost with "
               "the page (round 39: a clause cut after its doers still names them; round 48: only what is printed is read); "
               "「2011年全镇乱葬乱埋总治理率达到70%以上」 — 达到…以上, a target (round 30's line), and its year is the item's "
               "deadline (2011); 「两沿六区」 names classes of area (Chinese numerals, no target); 「-8-」 is a page mark (chrome, "
               "rounds 40, 53); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二/(一)/1 (CUT); 一、指导思想 states aims (a section, round 27)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x283_05_xiangzhen-zhishujie-huodong-fangan.txt"
plan(X05,
     title="鄉鎮植樹節活動方案",
     title_note="line 2, the page's headline on its own line over the plan (round 65: a site's heading may stand as the "
                "title); the plan prints no other",
     doc_no="", issuer="a 镇 (鎮林業站, 鎮文化站, 交警中隊, 派出所; not named)", date="not shown (「20**年」 masked)",
     level="town (a 镇, not named)",
     source=page_source("http://m.1-jiu.com/cehuashu/760938.html"),
     style="a 策划书 site in traditional characters: 「- 相關推薦」, the headline, the site's lead-in, 一、植樹時間 (「20**年3月11日"
           "下午3時左右」), 二、植樹地點 1、XXX 2、XXX, 三、參加植樹人員, 四、具體活動措施 1、–6、 (run-in topics 「造林現場組織:」 "
           "then 「由鎮林業站負責…」), 五、其他事項說明 1、2、3、5、, then the site's 「更多相關文章」 links — CUT in a link",
     leaf_tasks=6, count_alternatives=[8, 10], attachment_task_rows=0,
     childless_top_level_sections=["一、植樹時間", "三、參加植樹人員"],
     samples=[
        S(["四", "1"], [], ["鎮林業站"], skip_deadline=True, **single("鎮林業站"),
          note=R2 + ": 「1、造林現場組織:由鎮林業站負責場地及人員安排。」 — 由A負責; the run-in topic 「造林現場組織:」 names the work, "
               "no body (round 63's 「工作布置 :」 reading in x275_03); " + ONE + "; the planting day 「20**年3月11日」 has its "
               "year masked: " + NOYEAR),
        S(["四", "2"], [], ["鎮林業站"], skip_deadline=True, **single("鎮林業站"),
          note=R2 + ": 「由鎮林業站負責組織,并送到造林地塊和公路兩旁」; " + ONE + "; " + NOYEAR),
        S(["四", "3"], [], ["鎮林業站", "各參加植樹單位"], targets=[(50, "把"), (30, "把"), (20, "把")], skip_deadline=True,
          lead_alternatives=[["鎮林業站"]], responsible_alternatives=[["鎮林業站"]],
          note=R2 + " (several clauses, in order): 「由鎮林業站負責鎮機關造林的工具50把,其中鋤頭30把,鐵鍬20把,其他人員的由各參加"
               "植樹單位自行負責」 — two 由A負責 clauses dividing the item's work (rule 2: several clauses, all their bodies); "
               "各參加植樹單位 names the bodies taking part by their part in the work, a kind (RULING? 4: it may be read as a call "
               "like 各單位, round 33; [鎮林業站] accepted); lead []; 50 把 is the number of tools the item's work provides, a "
               "number of work (round 62 decided), and 30 把, 20 把 its shares after 其中 (round 62 decided: shares take their "
               "total's reading); " + NOYEAR),
        S(["四", "4"], [], ["鎮林業站"], skip_deadline=True, **single("鎮林業站"),
          note=R2 + ": 「由鎮林業站負責組織所有的技術骨干力量深入到造林植樹地點進行技術指導。要確保…」 — 由A負責; the force "
               "organised is staff, the object, no unit (round 30); " + ONE + "; " + NOYEAR),
        S(["四", "5"], [], ["鎮林業站", "鎮文化站"], skip_deadline=True,
          note=R2 + " (several clauses, in order): 「鎮直各單位門口都要懸掛…橫幅一幅、標語若干條,由鎮林業站負責幾個主要路口的橫幅、"
               "標語。鎮文化站負責宣傳報道」 — 由A負責 and 「A負責」; 鎮直各單位 acts by 懸掛, outside rule 2's list (round 30; "
               "round 63's x268_02): no unit; lead []; " + NOYEAR),
        S(["四", "6"], [], ["交警中隊", "派出所"], skip_deadline=True,
          note=R2 + " (several clauses, in order): 「交警中隊負責維持交通秩序,…。派出所負責參加植樹活動期間的安全保衛工作。」 — "
               "two subjects of 負責; lead []; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 四/1–6. 一、 gives only the time and 三、 only who takes part (round 42 continued: fields); 二、's 1、XXX "
            "2、XXX are places left blank (fields, no work); 五、其他事項說明's lines tell the persons taking part who should not "
            "come (1), to mind their safety (2), to mark their vehicles (3) and that each unit brings its own tools and meals "
            "(5): notes to the participants, read as no tasks (round 65's x274_02: what a person must do is a rule, not the "
            "plan's work; 5 says who provides, round 30's payer). Accepted: 8 (五/3 and 五/5 as tasks naming no unit) and 10 "
            "(all four 五 lines)",
            "the masked year 「20**年」 leaves every date unread: no deadline is checked"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x283_06_miaoanxiang-chunjie-songchunlian-huodong-fangan.txt"
plan(X06,
     title_note="title not checked: the page's headline 「鄉(xiāng)村春節(jié)活動方案」 heads a compilation of six pieces "
                "(「(精選6篇)」); the piece taken, 「鄉(xiāng)村春節(jié)活動方案1」, prints the compilation's name with its number "
                "(round 65: a compilation's header; its pieces are unnamed)",
     doc_no="", issuer="苗庵鄉 (苗庵鄉文廣站; 李圩街)", date="not shown (「20XX年1月10日」 masked)",
     level="township (苗庵鄉)",
     source=page_source("http://www.gdxiangtai.com/word/xiangcunchunjiehuodongfangan.html"),
     style="a 范文 site in traditional characters with inline pinyin 「鄉(xiāng)」「節(jié)」: the headline, the site's lead-in, "
           "「鄉村春節活動方案1」 — a preamble, 一、活動單位 (舉辦單位/協辦單位 lines), 二、時間, 三、地點, 四、活動內容 (one dated "
           "sentence), 五、活動目的, 六、籌劃工作及分工 1、2、3、 — then piece 2's 一、–三、, CUT",
     leaf_tasks=4, count_alternatives=[2, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、活動單位", "二、活動時間", "三、活動地點", "五、活動目的"],
     samples=[
        S(["四"], [], [], skip_deadline=True,
          responsible_alternatives=[["苗庵綜合文廣站", "苗庵鄉(xiāng)中心校"], ["苗庵綜合文廣站", "苗庵鄉中心校"]],
          note="「四、活動內(nèi)容 1月10日早晨9點前,在苗庵鄉(xiāng)李圩街舉辦“迎新春,送春聯(lián)”文化惠民活動。」 — a point whose "
               "paragraph holds the event's work (舉辦), more than a field (round 65's x278_04: a childless point that gives "
               "work): a task; 舉辦 has no subject here: " + NONE + "; RULING? 5: the separate point 一、活動單位 「舉辦單位:苗庵綜合"
               "文廣站 協辦單位:苗庵鄉(xiāng)中心校」 may be read as a standing units line for the event (round 39), so its two "
               "bodies are accepted; the day's year is masked (「20XX年1月10日」): " + NOYEAR),
        S(["六", "1"], [], ["苗庵文廣站"], targets=[(8, "名")], skip_deadline=True, **single("苗庵文廣站"),
          note=R2 + ": 「1、苗庵文廣站負(fù)責(zé)準備寫春聯(lián)所需材料、8名書法協(xié)會會員及書法愛好者的通知和組織並安排車輛"
               "接送」 — the subject of 負責 (the verb printed 「負(fù)責(zé)」 with the mirror's pinyin inside it); 8 名 is the "
               "number of calligraphers the item's work calls and organises, a number of work (round 62 decided); the name as "
               "printed here (the preamble's 「苗庵鄉文廣站」 and 一、's 「苗庵綜合文廣站」 are the same body printed other ways, round "
               "64: given as printed where it stands); " + ONE + "; " + NOYEAR),
        S(["六", "2"], [], ["苗庵鄉(xiāng)中心校"], skip_deadline=True,
          lead_alternatives=[["苗庵鄉(xiāng)中心校"], ["苗庵鄉中心校"]], responsible_alternatives=[["苗庵鄉中心校"]],
          note=R2 + ": 「2、苗庵鄉(xiāng)中心校負(fù)責(zé)整個活動場地安排,派人協(xié)助裁紙、維護秩序…」 — the subject of 負責; "
               "the name kept with the mirror's inline pinyin as printed (rounds 39, 59, 62), the name without it accepted; "
               + ONE + "; " + NOYEAR),
        S(["六", "3"], [], [], skip_deadline=True,
          note="「3、活動形式:為避免人員流動聚集,活動采用先寫後送方式,活動結束春聯分批贈送到群眾家中。」 — a run-in topic, then "
               "采用 and 贈送 with no subject: a task naming no unit (round 65's x275_07: steps set out by verbs are work; 2 and 3 "
               "accepted as counts that read it as a field): " + NONE + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves of piece 1: 四 (the event's sentence of work) and 六/1–3. 一、活動單位, 二、時間, 三、地點 and 五、目的 are "
            "fields (round 42 continued: time, place, aim; organisers named as the event's field); 六/3 「活動形式:…活動采用先寫"
            "後送方式,活動結束春聯分批贈送到群眾家中」 says how, but its 贈送 is work: a task naming no unit (round 65's x275_07: "
            "steps set out by verbs). Accepted: 3 (四 read as a field) and 2 (四 and 六/3 as fields)",
            "piece 2 (「鄉村春節活動方案2」 一、主題 二、時間 三、地點, CUT) is another plan of the compilation and gives no task on "
            "the page; piece 1's tasks are the plan's (round 48: a compilation's pieces)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x283_07_zhen-chunjie-wenhua-huodong-tongzhi.txt"
plan(X07,
     title="镇关于年春节文化活动的通知",
     title_note="line 9, the notice's own title line, its year left blank as printed (round 62 decided: a title line is "
                "told by where it stands; round 48: only what is printed is read); RULING? 6: the site's headline 「乡镇关于"
                "春节文化活动的通知」, printed twice above it, may be preferred (round 65: a site's heading may stand where the "
                "notice prints none)",
     doc_no="", issuer="a 镇 (文化站, 派出所, 交警中队; places 海镜、禄丰、糯租)", date="not shown (the site's 2010/11/16 is the site's)",
     level="town (a 镇, not named)",
     source=page_source("http://www.nayishi.com/wendang/gonggaotongzhi/94dde47c8d8304eb.html"),
     style="a 范文 site: breadcrumb, headline, the site's date, headline again, then the notice: its title, 「各村委会:」, a "
           "lead-in, 一、活动内容 1、–4、, 二、组织领导 (persons), 三、文艺比赛安排及要求 1、–3、 and 「4、各文」 — CUT",
     leaf_tasks=6, count_alternatives=[5, 7], attachment_task_rows=0, childless_top_level_sections=["二、组织领导"],
     samples=[
        S(["一", "1"], [], ["文化站"], skip_deadline=True, **single("文化站"),
          note=R2 + ": 「春节前由文化站组织到海镜、禄丰、糯租等地进行春联赠送活动。时间1月12日——16日。」 — the agent of 由 with 组织 "
               "(round 30; rounds 30, 43, 55: 由A组织 then a verb); " + ONE + "; the item's own days 「1月12日——16日」 print no "
               "year, and 「年春节」 leaves it blank: " + NOYEAR),
        S(["一", "2"], [], [], skip_deadline=True,
          note="「初一中午举行文艺大游展、下午进行文艺表演比赛;晚上安排文艺队在文化广场戏台进行专场演出。」 — 举行, 进行, 安排 with "
               "no subject, 文艺队 the object of 安排: " + NONE + "; 初一 of a year not printed: " + NOYEAR),
        S(["一", "3"], [], [], skip_deadline=True,
          note="「初二中午在文化广场开展游园活动、文艺演出,晚上在文化广场放映露天电影。」 — 开展 without 组织 and 放映, no subject "
               "(round 30's closed list): " + NONE + "; " + NOYEAR),
        S(["一", "4"], [], [], skip_deadline=True, not_targets=[(12, "点")],
          note="「初三中午12点—晚上10点,安排相关的文艺队在文化广场进行演出。」 — " + NONE + "; 12点 and 10点 are clock times, "
               "no targets (CONVENTIONS: clock times are not targets); " + NOYEAR),
        S(["三", "1"], [], [], skip_deadline=True,
          note="「1、各村委会于1月15日前把节目名单上报镇文化站(每个村委会原则上选派一支文艺队参加,…),报名时需村委会证明,每个队必须有"
               "一个领队负责各队的安全、食宿。…」 — 上报 is outside rule 2's list and 镇文化站 receives the names (rule 3: 报A); "
               "选派 is no verb of the list; the 领队 is a person (round 30): " + NONE + "; the sending is a one-off dated duty "
               "the notice asks of the bodies it addresses (round 64's x180_01), checked as a duty with no date, for " + NOYEAR),
        S(["三", "2"], [], [], skip_deadline=True,
          note="「2、各参赛队于初一中午12:00在文化广场集合,12:30进行文艺大游展,下午1:00进行文艺表演比赛,…取消比赛资格。」 — the "
               "teams' schedule, 集合／进行 outside rule 2's list; teams are persons (round 48): " + NONE + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各村委会于1月15日前把节目名单上报镇文化站", "when": "1月15日前", "when_norm": None}],
     notes=["6 leaves: 一/1–4 and 三/1, 2 (三/4 「各文」 is cut at its first words and gives nothing, round 65's 「7.戏」). "
            "二、组织领导 sets up a group of persons (no task). 三/3 「节目时间:每个参赛节目时间在5—8分钟。」 is a norm for the "
            "entries, a field with no work: no task (7 with it accepted); 5 accepted (三/2 read as the teams' own rules)",
            "the duty 「各村委会于1月15日前把节目名单上报镇文化站」 is checked without a date (its year is not printed)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x283_08_muchengxiang-2026-jizhen-jiedao-huanjing-zonghe-zhengzhi-tonggao.txt"
plan(X08,
     title_note="title not checked: the page prints the notice's metadata table and then 「广大村民群众:」; no title line is on the "
                "page (the 通告's title is the site's page heading, not returned)",
     doc_no="", issuer="龙陵县木城乡人民政府", date="2026-01-21 (the site's 发布日期; the 通告 takes force 「即日起」)",
     level="township (木城乡, 龙陵县)",
     source=page_source("https://longling.gov.cn/info/31084/4354599.htm"),
     style="a county site's open-information page: a metadata table (索引号, 发布机构, 发布日期 2026-01-21), then a 通告 to "
           "「广大村民群众:」 — a preamble, 一、整治时间 (一)–(四) stages dated 「(2026年1月31日前)」 … 「(长期)」, 二、整治范围, "
           "三、整治内容 (one paragraph of work), 四、整治要求 (the public's rule and the town's step against those who do not comply) "
           "— CUT",
     leaf_tasks=2, count_alternatives=[1, 6], attachment_task_rows=0,
     childless_top_level_sections=["二、整治范围"],
     samples=[
        S(["三"], [], [],
          note="「三、整治内容 结合…情况,常态化开展环境综合整治提升工作,着力实现“五提升、五杜绝”目标:…」 — a childless point that "
               "gives work (round 34 early), 开展 without 组织 and no subject: " + NONE + "; 常态化 makes it standing work (round "
               "56: work that goes on), and the stages of 一、 do not hold it: no deadline (round 43 decided); 「五提升、五杜绝」 "
               "count the aims in Chinese numerals (no target)"),
        S(["四"], ["木城乡人民政府"], ["木城乡人民政府", "上级主管部门"], lead_alternatives=[[]],
          note="「自本通告发布之日起,所涉及整治的单位和个人须自行清理、拆除、规范整治内容。逾期未处理的,将由木城乡人民政府联合上级主管部门"
               "依法依规进行处理,…」 — the first sentence is a rule for the public with no body named (round 36: text), the "
               "second the point's own step against those who do not comply, its agents doers (round 65's x276_04: a step "
               "against a breach after a case; round 60's x71_03: a sanction with its agent is a task): 由A联合B＋verb reads as "
               "会同 (round 34; round 64's x200_04: 联合 gives its subject the lead), lead 木城乡人民政府 (lead [] accepted, rule "
               "2's 会同), responsible it and 上级主管部门 (a kind with a head, round 42 continued); a township named by its name "
               "is a body (round 48; round 65's 杨行镇); 「自本通告发布之日起」 says when the rule takes force, no deadline (round 63's "
               "「…起」: a time of force)"),
     ],
     plan_targets=[],
     phases=[{"name": "宣传动员阶段", "start": None, "start_alt": "2026-01", "end": "2026-01"},
             {"name": "自主整改阶段", "start": None, "start_alt": "2026-02", "end": "2026-02"},
             {"name": "集中整治阶段", "start": None, "start_alt": "2026-02", "end": "2026-03"},
             {"name": "巩固提升阶段", "start": None, "start_alt": "2026-03", "end": None}],
     duties=[],
     notes=["2 leaves: 三 and 四 (CUT in 四). 一、整治时间 (一)–(四) are the campaign's stages, each only a name and a date "
            "(phases, no tasks: round 42 continued, a point that gives only the time); 二、整治范围 gives only the scope. "
            "Accepted: 1 (四 read as the public's rules, round 36) and 6 (the four stages as items)",
            "phases: each stage prints only its end 「(2026年1月31日前)」; its start is not printed (None), the month the "
            "previous stage ends (or the notice's month) accepted; 巩固提升阶段 is 「长期」, no end"])

# round 56 (rul69): answers aligned to tests/data/CONVENTIONS.md "Round 67 rulings, written early" (turned; README, round 56)
from aligned_rulings import align69  # noqa: E402

align69("x283_02", ["二", "(一)", "1"], "「在除夕、春节、元宵等传统节日期间」 in 「乡镇2020年元宵节活动方案」: a festival's period in an item dates it by the festival's month in the plan's year, and one season of festivals takes the later (round 46's 「元旦春节期间」; round 55's x249_03 is festivals spread over a year) → 2020-02 (元宵 8 Feb 2020)",
        "Dates, turned: round 46's p44e, round 55 over the unchecked deadline",
        dln="2020-02", dl="在除夕、春节、元宵等传统节日期间")

write_collected(DIR)
