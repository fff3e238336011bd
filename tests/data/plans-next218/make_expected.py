# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next218/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c218, round 46: eight page openings of plans from outside Shanghai — a 街道's 2018
全民禁毒宣传月 plan (金凤区, Yinchuan; traditional, run on one line, a 牵头单位／参加宣传单位 label CUT); a 乡's 全国科普日 plan
(traditional with the site's inline pinyin, field blocks, 主办／承办／协办单位 lines CUT); a 区's 全国科普日 plan (masked dates,
区科协 as the doer, 联合 and 组织); a 市's 2009 科普节 plan (traditional, 责任单位 and 参加单位 fields, dated items); a 镇's 2016
全国科普日 plan (a document site's preview with doubled characters, numbers inside one paragraph); 西安市科协's 全国科普日 plan
(masked year, no body); a county grain bureau's 粮油科协 科普活动月 plan (a hidden-text block, a summary sent up); 广东省科协's
2006 科技进步活动月 notice (headed points, spam in place of the issuer)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at`` where an
item does not start its line); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md`
(rule 1, rule 2 and the rulings of rounds 30–46 are cited in the notes; readings CONVENTIONS does not settle say RULING?).
Neither the parser nor the scorer was run on these plans by c218.

    python tests/data/plans-next218/make_expected.py tests/data/plans-next218
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item that does not start its line (numbers inside one paragraph, round 34): the line where the nth marker ends
# and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NO_TITLE = "title not checked: the page prints no title of its own on a line of its own"
MASKED = ("deadline not checked: the item's date or its activity's span has a masked or missing year and the page names "
          "none (round 46 decided: a masked year stays unreadable where the plan's own title names no year)")
CHROME = "「1、」「2、」「3、」 at the starts of the lines are the document site's chunk openers, not items (round 40)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x218_01_jiedao-2018-quanmin-jindu-xuanchuanyue-huodong-shishi-fangan.txt"
plan(X01,
     title_note=NO_TITLE + " (「街道2018年全民禁毒宣傳月活動工作實施方案」 is printed twice, run in after the site's chunk "
                "opener 「1、」 and before the addressees on one line; line 1 is the site's file name)",
     doc_no="", issuer="a 街道办事处 of 金凤区 (银川市, Ningxia: 「按照金鳳區禁毒委…通知要求」; the 街道 is not named, "
     "「北京中路街道辦事處」 leads one of its points)",
     date="not shown (2018: the title)", level="street office (a 街道 of 金凤区, 银川市, Ningxia)",
     source=page_source("http://820124.com/article/116823989.html"),
     style="a document site's preview in traditional characters (with the site's pronunciation marks 「區(qū)」): the site's line, "
           "then the plan run on in two lines after the chunk openers 「1、」「2、」: the title twice, the addressees 「各社區(居委會)、"
           "轄區單位:」, a preamble with the campaign span 「自6月1日至6月30日」, 一、宣傳活動主題, 二、目標任務 (a goal with no "
           "subject), 三、宣傳實施方案 (一) with a 宣传点 line 「6月3日上午…牽頭單位:北京中路街道辦事處;參加宣傳單位:金鳳區財政局、"
           "人社局、」 — CUT",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、宣傳活動主題", "二、目標任務"],
     samples=[
        S(["三", "(一)"], ["北京中路街道辦事處"], ["北京中路街道辦事處", "金鳳區(qū)財政局", "人社局"],
          dl="6月3日", dln="2018-06-03", **at(X01, " (一)"),
          note=CUT + "; round 34: numbers inside one paragraph are items (一、…三、 and (一) run on one line); " + R1
               + ": 「牽頭單位:北京中路街道辦事處」 gives the lead; 「參加宣傳單位:金鳳區(qū)財政局、人社局、」 is a 参加单位 field of the "
               "item (round 42: its responsible units; round 43: 参加 is 参与), cut after its second name — the names before the "
               "cut are given (round 45: a label cut after every name gives its names); names as printed, the site's mark "
               "「(qū)」 kept (round 39) and 人社局 not widened (round 36); the item's own day 「6月3日」 in the title's year 2018 "
               "wins over the preamble's span 「自6月1日至6月30日」 (round 37: an item's own date wins over the activity's span)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一) (CUT inside its first 宣传点). 一、宣傳活動主題 is a field (round 42 continued); 二、目標任務 "
            "is a goal section whose 「組織開展…」「抓好…」 have no subject (plans-dev: childless 目标 sections are sections); 2 "
            "accepted (二 read as a task)",
            CHROME,
            "「6.27」 names a meeting, 「2017年」 a past year; the site's pronunciation marks 「(qū)」「(chuàng)」 are the page's and kept"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x218_02_xiang-kexie-quanguo-kepuri-huodong-shishi-fangan.txt"
XIE = "XXX鄉(xiāng)"
plan(X02,
     title="科協(xié)全國(guó)科普日活動(dòng)實施方案",
     title_note="line 1, as printed (the site's inline pinyin kept, round 39)",
     doc_no="", issuer="a 乡's 科协 (「召開XXX鄉科技科普工作座談會」, 「主辦單位:縣科協」; the 乡 is masked 「XXX鄉」)",
     date="not shown (the 食品安全 theme of 2012's 全国科普日; no year on the page)", level="township (a 乡, masked 「XXX鄉」)",
     source=page_source("http://5728338.com/HuoDongFangAn/617990.html"),
     style="an essay site's page in traditional characters with inline pinyin after many characters 「科協(xié)」: the title, the "
           "site's name, 一、活動主題及時間 ((一)主題 (二)時間:9月15日—21日), 二、重點活動安排 (一) a 座谈会 with field lines 1.時間 "
           "2.主持人 3.參會人員 (persons of county bodies) 4.會議議程 5.「整個座談會籌備工作由XXX鄉黨委和政府負責。」 6.「請電視臺、"
           "報社派記者參加活動。」; (二)1. a 宣传活动 with (1) 主辦／承辦／協辦單位 lines — CUT inside the 協辦 list",
     leaf_tasks=2, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二", "(一)"], [], [XIE + "黨委", "政府"], skip_deadline=True,
          responsible_alternatives=[[XIE + "黨(dǎng)委和政府"]],
          note="round 35: numbered lines that are the fields of one item (時間、主持人、參會人員、議程) make the item one task; "
               + R2 + ": field 5 「整個座談會籌備工作由XXX鄉黨委和政府負責」 — 由A負責; 「A和B」 two names (round 34; round 41's "
               "「各级党委、政府」 two names) — RULING? the one-name reading 「XXX鄉黨委和政府」 (round 35: 和 joins two names only "
               "where each side is a whole body name) is accepted; the masked place is kept as printed (rounds 40, 44); lead [] "
               "(no 牵头). Not units: the 參會人員 field names persons 「…等單位負責人」 (round 43: a 参加人员 field names persons), "
               "「請電視臺、報社派記者參加活動」 (派 is no rule-2 verb; the request form reads only 请A负责／牵头／组织, round 30); "
               + MASKED + " (「9月16日」 with no year on the page)"),
        S(["二", "(二)", "1"], ["縣科協(xié)"],
          ["縣科協(xié)", XIE + "黨委", XIE + "人民政府", "縣科委", "縣食安辦", "縣教委", "縣食藥監(jiān)局",
           "縣質(zhì)監(jiān)局", "縣工商局", "縣氣象局", "縣農(nóng)委", "縣畜牧局", "縣扶貧辦", "縣婦聯(lián)"],
          responsible_alternatives=[["縣科協(xié)", XIE + "黨委", XIE + "人民政府"]], skip_deadline=True,
          note=CUT + "; the lines (1) and ①–③ are the item's fields (round 35); " + R1 + ": round 44: item label lines "
                     "「主辦單位:A;承辦單位:B」 read as 「由A主辦、B承辦」 — lead 縣科協, responsible with 承辦's XXX鄉黨委, XXX鄉人民政府; "
                     "「協辦單位:」 (co-organisers) read as 参与／配合 beside a doer (rounds 34, 43, 46: responsible) — RULING? the "
                     "reading without the 協辦 list is accepted; the last name 「團(tuá」 is cut and dropped (round 36); names as "
                     "printed with the site's pinyin (round 39); " + MASKED + " (the span 「9月15日—21日」 has no year)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一) (a 座谈会: its 1.–6. are fields, round 35) and 二/(二)/1 (a 宣传活动: (1) is its field block; CUT); "
            "一、活動主題及時間 (一)(二) are fields (round 42 continued: a section that only gives the theme and the time); 4 "
            "accepted (一's (一)(二) read as items)",
            "the page names no year: 「9月15日—21日」 and 「9月16日」 date nothing checkable; 「9:30—10:30」 are clock times",
            "劉XXX, 楊XXX, 秦XX … are persons; 「思而思學網」 is the site's name; the 「(xié)」 marks are the site's"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x218_03_qu-kexie-quanguo-kepuri-huodong-fangan.txt"
plan(X03,
     title_note=NO_TITLE + " (line 1 is the site's 「优秀实用范文分享」; the plan opens at 一、指导思想)",
     doc_no="", issuer="a 区's 科协 (「我区“全国科普日”活动」, 「区科协」; the district is not named, names masked 「_街道」)",
     date="not shown (masked 「__年」; the 2007–2010 theme 「节约能源资源，保护生态环境，保障安全健康」)",
     level="district (a 区, not named; the 区科协's plan)",
     source=page_source("https://fanwen.gdygsk.com/showinfo-63-8662-12.html"),
     style="a 范文 site's page: 一、指导思想, 二、活动主题, 三、活动时间 (masked 「_年_月_日---_日」), 四、活动方式 (no subject), "
           "五、活动安排 (一)–(六) as run-in headed items — 「区科协与_街道…联合举办…。届时,将联合区卫生、计生…等区直部门,组织不少于7个…」, "
           "「由区科协组织各镇、街、园…」, 「区科协购买…」, 「区科协组织购买…」 — CUT at 「(」",
     leaf_tasks=6, count_alternatives=[7], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题", "三、活动时间", "四、活动方式"],
     samples=[
        S(["五", "(一)"], ["区科协", "_街道"], ["区科协", "_街道", "区卫生、计生、文化、司法、安监等区直部门"],
          targets=[(7, "个")], skip_deadline=True, lead_alternatives=[[]],
          note="「区科协与_街道在_广场联合举办…」: 联合 with no object is an adverb and 举办 is no rule-2 verb (round 43: 「A、B联合印发」; "
               "round 40: 「A将举办」 without 由) — no doer by that sentence; 「届时,将联合区卫生…等区直部门,组织不少于7个…咨询服务台」: "
               "the subject carries from the sentence before in the same paragraph (round 34: an elided subject; round 44: a "
               "subjectless 组织 carries the earlier subject), 「A联合B＋verb」 reads as 「A会同B」 (round 34) and 组织 is a rule-2 "
               "verb whatever its object (round 43) — lead 区科协, _街道 (lead [] accepted, round 30), responsible with B; "
               "「区卫生、计生、文化、司法、安监等区直部门」 is fields sharing one head, one name as printed (rounds 31, 42); the "
               "masked 「_街道」 kept as printed (rounds 40, 44) — RULING? a reader who keeps the second sentence subjectless "
               "(round 41: 「紧密联合A、B等部门，协同推进…」 gives no doer) answers none; 「不少于7个」 is a target (round 30: 不少于); "
               + MASKED + " (「9月21日」 under a masked 「__年」)"),
        S(["五", "(二)"], [], [], skip_deadline=True,
          note="「邀请高校的教授做面向区直机关干部、各镇、街道…的…报告」 — no subject; 邀请 is no rule-2 verb; the bodies are the "
               "audience: " + NONE + "; " + MASKED + " (the activity's span 「_年_月_日---_日」 is masked)"),
        S(["五", "(三)"], [], ["区科协"], lead_alternatives=[["区科协"]], skip_deadline=True,
          note=R2 + ": 「由区科协组织各镇、街、园对全区所有的科普画廊进行内容更换」 — 由A组织 (a doer); 各镇、街、园, the objects of "
               "组织, are no units (round 30: the pivot's object); " + ONE + "; " + MASKED),
        S(["五", "(五)"], [], [], skip_deadline=True,
          note="「区科协购买…科普展板,在启动仪式现场、社区、学校进行巡回展出」 — 购买 and 进行…展出 are no rule-2 verbs outside "
               "articles (round 30: a closed list; round 44: the article rule reads only 第X条 articles): " + NONE + "; the book "
               "titles 《…》 are names; " + MASKED),
        S(["五", "(六)"], [], ["区科协"], lead_alternatives=[["区科协"]], skip_deadline=True,
          note=R2 + ": 「区科协组织购买一批科技类和科普类的图书,分发到各镇、街、园」 — A组织＋work (round 34); the receivers "
               "各镇、街、园 are no units (rule 3); " + ONE + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 五/(一)–(六); the 「(」 at the page's end is a cut opener read as nothing (round 41); 7 accepted (四、活动方式 "
            "read as a task: its 「组织动员全区…人员…积极行动起来」 has no subject; round 36: a childless point is a section unless it "
            "names a doer)",
            "every date on the page has a masked or missing year (「__年」「_年_月_日---_日」「9月21日」): no deadline is checked",
            "「_」 and 「__」 mask names and years as the page prints them"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x218_04_shi-2009-kepujie-huodong-fangan.txt"
plan(X04,
     title_note=NO_TITLE + " (line 1 is the site's preface naming its own collection 「科技局發展科普教育實施方案范文」; the plan "
                "names its event 「*市2009年科普節活動」 in the preamble and says 「具體方案如下」)",
     doc_no="", issuer="a 市 (「市委、市政府決定」, 「責任單位:市科協」; the city is masked 「*市」)",
     date="2009 (「建國六十周年」, 「*市2009年科普節」)", level="city (a 市, masked 「*市」; its 2009 科普节 plan)",
     source=page_source("http://juzijia.cn/article/xzgaoshou/gongzhuo/200909/187303.html"),
     style="an essay site's page in traditional characters: the site's preface, a preamble (「市委、市政府決定,在9月18日~9月25日舉辦*市"
           "2009年科普節活動」), 一、活動主題 and 二、舉辦時間 as one-line fields, 三、活動內容: items 1、2、 each a field block (責任單位:, "
           "時間:, 地點:, 議程: (1)–(6), 參加人員: / 參加單位:, 內容:) — CUT in 2、's 內容",
     leaf_tasks=2, count_alternatives=[7], attachment_task_rows=0,
     childless_top_level_sections=["一、活動主題", "二、舉辦時間"],
     samples=[
        S(["三", "1"], [], ["市科協"], lead_alternatives=[["市科協"]], dl="9月18日(星期五)上午9:00~11:30", dln="2009-09-18",
          note="round 35: 責任單位／時間／地點／議程／參加人員 are the item's fields, the item one task; " + R1 + ": 「責任單位:市科協」; "
               + ONE + "; the 參加人員 field names persons (round 43); the agenda (1)–(6) is the 議程 field (市領導 致詞、宣布、頒獎: "
               "persons); the item's own day 9月18日 in the year the item names (「*市2009年科普節」) wins over the festival's "
               "span 9月18日~25日 (round 37); 「20*~20*年度」「第三批」「2010年科普歷書」 are names and masked years, not "
               "targets or dates"),
        S(["三", "2"], [], ["市科協", "各科普聯席會議成員單位", "學(協)會"], lead_alternatives=[["市科協"]],
          targets=[(3, "種"), (1000, "份"), (3, "人")], not_targets=[(5, "塊")],
          dl="9月18日(星期五)8:00~11:30", dln="2009-09-18",
          note=CUT + "; " + R1 + ": 「責任單位:市科協」 and the 參加單位 field 「各科普聯席會議成員單位及所掛靠的學(協)會」 (round 42: a "
                     "参加单位 list inside one item's fields gives its responsible units); 及 splits two names (round 34) and "
                     "「所掛靠的學(協)會」 gives the name after the 的 (rounds 32, 38: 所 dropped): 學(協)會; lead [] (a 責任單位 "
                     "label names no lead), 市科協 alone as the lead accepted (the item's one 責任單位 beside its 參加單位); targets: "
                     "「準備3種以上宣傳資料」 and 「每種資料至少1000份」 by round 30's line (以上, 至少) — RULING? round 44 reads supplies "
                     "an item hands out as means (「领取灭鼠药350包」, no comparison word); here the comparison words were read as "
                     "deciding; 「組織3~5人…參加宣傳」 is the item's own number of persons to send, read at its lower edge (rounds "
                     "32, 37): 3 人 ((衛生系統10~12人) the same for one system); 「5塊左右宣傳圖板」 (左右, no comparison word; "
                     "boards to make) and the board size 「1.2米×0.9米」 are no targets"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/1 and 三/2 (CUT), each a field block (round 35); 一、二、 are one-line fields (theme, time); 7 accepted "
            "(1's 議程 (1)–(6) read as items)",
            "「*」 masks the city's name and some years, as the page prints it; 「9:00~11:30」 are clock times"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x218_05_xiangzhen-2016-quanguo-kepuri-jizhong-xuanchuan-huodong-fangan.txt"
SPAN5 = ("the item has no date of its own: it is due at the end of the activity's span 「三、活动时间2016年10月8日至220日」 "
         "(round 36: an activity's span dates the items with no date of their own); 「220日」 is the site's doubling of 「20日」 "
         "(the preview doubles characters at its line wraps: 「场场天」「活动动」), so the month 2016-10 is the answer")
plan(X05,
     title_note=NO_TITLE + " (the title 「乡镇2016年“全国科普日”集中宣传活动方案」 is printed twice, run in after the chunk opener "
                "「1、」 and before the addressees, and once in the site's own line)",
     doc_no="", issuer="a 镇 (「我镇」, addressees 「各村、三办三中心」; not named)", date="2016 (the title)",
     level="town (a 镇, not named)",
     source=page_source("https://m.wenku365.com/p-36459747.html"),
     style="a document site's preview: its chrome lines (ID, 大小, 页数, 时间), a line naming the file, then the plan run on inside "
           "three paragraphs after the chunk openers 「1、」「2、」「3、」, WITH CHARACTERS DOUBLED at the preview's line wraps "
           "(「小小康」「场场天」「单位位」「220日」): the title twice, the addressees, 一、活动主题, 二、活动宗旨, 三、活动时间 "
           "(2016年10月8日至220日), 四、活动安排 (一) with 1.–3. (「各科普责任单位,悬挂…」「各科普责任单位位,采取多种方式,…开展…」), "
           "(二), and 「(三)」 at the cut",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动宗旨", "三、活动时间"],
     samples=[
        S(["四", "(一)", "1"], [], [], dl="2016年10月8日至220日", dln="2016-10", **at(X05, "活动氛围1."),
          note="round 34: numbers inside one paragraph that run in order are items; 「利用场场天,在集镇人员密集的场场所开展集中宣传"
               "活动」 — no subject: " + NONE + "; " + SPAN5),
        S(["四", "(一)", "2"], [], [], dl="2016年10月8日至220日", dln="2016-10", **at(X05, ";2."),
          note="「各科普责任单位,悬挂挂活动主题条幅或打滚动字字幕」 — 悬挂／打 are no rule-2 verbs (round 30: a closed list); the "
               "name 「各科普责任单位」 is a kind, but no verb of rule 2 makes it a doer: " + NONE + "; " + SPAN5),
        S(["四", "(一)", "3"], [], [], dl="2016年10月8日至220日", dln="2016-10", **at(X05, "; 3."),
          note="「各科普责任单位位,采取多种方式,结合本本单位工作实际,开展活动动主题宣传…」 — 采取 and 开展 without 组织 are no rule-2 "
               "verbs (round 30); the doubled 「位位」 is the site's: " + NONE + "; " + SPAN5),
        S(["四", "(二)"], [], [], dl="2016年10月8日至220日", dln="2016-10", **at(X05, " (二)"),
          note="「开展全全镇中小学生科普知识教育育活动 在校园开展科普知知识[chunk opener 3、]讨论会、…」 — the text runs on across the "
               "site's chunk opener (round 40: chrome); no subject: " + NONE + "; " + SPAN5),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 四/(一)/1–3 and 四/(二); 「(三)」 at the page's end is a number with no text (round 41: read as nothing); "
            "5 accepted ((三) counted); 一、二、 are theme and aim fields, 三、 the activity's span (round 42 continued)",
            CHROME + "; the site's chrome lines (ID, 大小, 页数, 时间 2019-05-10) are the page's",
            "the doubled characters are the preview's, kept as found; 「小小康」 is 「小康」, not a quantity"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x218_06_xian-shi-kexie-quanguo-kepuri-huodong-fangan.txt"
plan(X06,
     title_note=NO_TITLE + " (「全国科普日主题活动方案万能」 and 「…篇1」 are the site's headline and collection label; the notice's "
                "own title is not printed)",
     doc_no="", issuer="西安市科协 (with 市教育局, 科技局: 「西安市科协联合市教育局、科技局共同组织开展西安市20__年全国科普日活动」)",
     date="not shown (masked 「20__年」; the theme 「创新放飞梦想，科技引领未来」 is 2016's)",
     level="city body's own (西安市科协, Shaanxi)",
     source=page_source("https://m.xuexila.com/fwn/fangandaquan/c1586223.html"),
     style="an essay site's page: breadcrumbs, the site's headline and blurb, 「篇1」, a notice's preamble naming the three bodies, "
           "一、活动主题和时间 (「活动时间:9月17-23日在全市各地集中开展,…主题宣传活动贯穿全年」), 二、活动内容安排 (「重点围绕以下四个方面"
           "进行宣传策划:」) (一) 大力普及传播发展理念 (着力普及宣传… with no subject) and (二) — CUT at 「着力宣传」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题和时间"],
     samples=[
        S(["二", "(一)"], [], [], skip_deadline=True,
          note="a plan that names no unit in its items: every numbered leaf is a task (plans-dev 08; rounds 25/27); the preamble's "
               "「西安市科协联合市教育局、科技局共同组织开展…」 gives units to no item (round 40: a plan's preamble before its first "
               "section); 「大力普及宣传…」「着力普及宣传…」「牢固树立…」 — no subject: " + NONE + "; RULING? the four 方面 are read as "
               "items that give work (each opens with a verb 「大力普及…」); a reader who takes them as what the publicity bears "
               "on (round 44: points on what the work bears on are fields) would count 0; " + MASKED
               + " (the span 「9月17-23日」 under a masked 「20__年」; 「贯穿全年」 of a masked year)"),
        S(["二", "(二)"], [], [], skip_deadline=True,
          note=CUT + "; 「围绕创新驱动发展战略,着力宣传」 — no subject: " + NONE + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), 二/(二) (CUT); 一、 is the theme-and-time field (round 42 continued); the reading of the 方面 as "
            "fields (count 0) is asked, not accepted (see the RULING? in 二/(一))",
            "「_周年」 and 「20__年」 are masks; 「创新、协调、绿色、开放、共享」 names ideas, not units"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x218_07_liangyou-kexie-kepu-huodongyue-shishi-fangan.txt"
HIDDEN = ("deadline not checked: 二、时间安排 is inside the site's hidden block (「隐藏内容 此处内容需要权限查看」) and the preamble's "
          "year is masked 「20*年」, so the activity's span, which would date the item (round 36), cannot be read")
plan(X07,
     title="科普活动月实施方案",
     title_note="line 1, as printed (the preamble names the plan 「粮油科协20*年科普活动月活动实施方案」, with a masked year)",
     doc_no="", issuer="粮油科协 of a county grain bureau (「结合粮食部门实际」, 「肖胜安局长」, 「在局机关」; 「根据县科普联席会议制度领导"
     "小组的布署」; the county is not named)",
     date="not shown (masked 「20*年」; the 第十三届 科普活动月)", level="a body's own (a county grain bureau's 粮油科协)",
     source=page_source("https://39ysw.com/141128.html"),
     style="an essay site's page: the title, a preamble (a masked document 「*委办[20*]1号」), 一、组织领导 (persons lead, 「日常工作由"
           "粮油科协办理」, a call to solve staff, funds and goods), 二、时间 / 安排 (the heading broken over two lines) swallowed by "
           "the site's HIDDEN-TEXT BLOCK (「隐藏内容」「此处内容需要权限查看」 and three 「•」 price lines), which also hides 三's heading "
           "and item 1; then 「2、活动形式。」 (its parents hidden) and 四、活动总结 (「粮油科协在活动结束后,…予以总结,并报县委办等单位」); "
           "the page ends there (a short copy, 1,601 bytes)",
     leaf_tasks=3, count_alternatives=[2, 4], attachment_task_rows=0,
     childless_top_level_sections=["二、时间安排"],
     samples=[
        S(["一"], [], ["粮油科协"], lead_alternatives=[["粮油科协"]], skip_deadline=True,
          note="round 34 (early) and round 36: a childless point whose text gives work to a doer by rule 2 is a task; " + R2
               + ": 「日常工作由粮油科协办理」 — 由A＋any verb of doing (round 34); " + ONE + "; not units: 「肖胜安局长主管」「由分管"
               "局长王涛同志负责」 (persons, round 30); the count without 一 is accepted (round 42: a 组织领导 point that only says "
               "who carries out the whole event is a plan-level field) — here it also asks 「切实解决好活动人员、经费、物资…」; "
               + HIDDEN),
        S(["2"], [], [], skip_deadline=True,
          note="the item's parents (三、 and its item 1) are inside the site's hidden block: the path is the item's own number, "
               "as x201_05 (3); 「组织相关粮油加工企业(如龙江面制品厂、米城大米厂等)参与此项活动」 — 组织 with no subject (round 41: a "
               "run-in heading with no subject gives no doer; the preamble gives no item units, round 40); 「在局机关可以办专栏」 is "
               "an option (round 40); 局机关 is a place: " + NONE + "; " + HIDDEN),
        S(["四"], [], [], dl="在活动结束后",
          note="a childless point that gives work (round 34 early); 「粮油科协在活动结束后,将…成果予以总结,并报县委办等单位」 — 总结 is "
               "no rule-2 verb (round 41's 予以 reads the verb after it: 予以落实 is a doer, 予以总结 not) and 报 is a sending: "
               + NONE + " — RULING? a reader who takes the issuer's own summary as its work names 粮油科协; the sending is the "
               "plan's duty (below); 「在活动结束后」 is a time from an event, no deadline (round 34); 「考评」「表彰」 have no subject; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "粮油科协将第十三届科普月活动的成果予以总结，报县委办等单位", "when": "在活动结束后", "when_norm": None}],
     notes=["3 leaves: 一 (a childless point with a doer), the hidden-parent item 2、, 四 (a childless point giving work); 二、时间"
            "安排 is a time field whose text is hidden; accepted 2 (一 read as a plan-level field, round 42) and 4 (二 read as a "
            "task)",
            "「8.8积分」 in the site's price lines is chrome, not a target; 「第十三届」 names the edition",
            "龙江面制品厂, 米城大米厂 are examples inside a bracket; 肖胜安, 王涛 are persons"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x218_08_guangdong-sheng-kexie-2006-keji-jinbu-huodongyue-tongzhi.txt"
CALL = ("a childless headed point that gives work is a task (round 34 early: a notice written as headed points); ")
plan(X08,
     title="关于开展2006年全省“科技进步活动月”活动的通知",
     title_note="line 3, as printed",
     doc_no="not shown", issuer="广东省科协 (「附:广东省科协2006年\"科技进步活动月\"活动安排」; the gmq@gdsta.cn address; the "
     "signature line is replaced by the site's spam 「博鱼(中国)」)",
     date="2006-03-31 (「二○○六年三月三十一日」; the page's 2006-04-06)", level="province body's own (广东省科协, Guangdong)",
     source=page_source("http://dryer-china.com/kyguanwangmanbetx/tzgg/content_9870"),
     style="a reposted notice with spam in the chrome (「博鱼网页版」 in the breadcrumbs, 「博鱼(中国)」 in the issuer's place): title, "
           "date line, addressees 「省级学会、协会、研究会,各地级以上市科协:」, a preamble (the month starts 「5月20日」), four "
           "headed points 一、…四、 with no numbered children (calls with 「要」 and no named doer; 四 asks for a report "
           "「活动结束请各单位上报活动开展情况报告,送省科协科普部」), contacts, an attachment line, the date",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note=CALL + "「各级科协要围绕活动主题,积极采取各种形式,…开展一系列活动」 — 采取／开展 (without 组织) are no rule-2 verbs "
                      "(round 30); 各级科协 is a kind but has no verb of rule 2: " + NONE + "; the preamble's 「5月20日启动」 is the "
                      "month's start, not an end: " + NODATE),
        S(["二"], [], [],
          note=CALL + "「活动开展要…组织好专家进村…等活动」 — 组织 with no body as subject (「活动开展」 is no body; round 41); "
                      "「各地活动项目可按省科协的活动安排」 is an option and 各地 no kind (rounds 32, 40); 「与省科协科普部联系」 a "
                      "liaison (round 38): " + NONE + "; " + NODATE),
        S(["三"], [], [],
          note=CALL + "「要发挥科协科普主要力量作用,积极联合有关部门、发动所属学会、组织科普志愿者…」 — no subject (round 41: "
                      "「紧密联合A、B等部门，协同推进…」 with no subject gives no doer): " + NONE + "; " + NODATE),
        S(["四"], [], [],
          note=CALL + "「要做好活动成效跟踪、报道、宣传、总结工作。活动结束请各单位上报活动开展情况报告,送省科协科普部」 — 各单位 is a "
                      "general call (round 33), the report a duty (below); 省科协科普部 receives (rule 3): " + NONE + "; 「活动结束」 "
                      "is a time from an event (round 34): " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各单位上报活动开展情况报告，送省科协科普部", "when": "活动结束", "when_norm": None}],
     notes=["4 leaves: the headed points 一–四 (no numbered children; each gives work, round 34 early)",
            "「020-83547584」, the e-mail and the contacts 顾梅奇, 李莉 (persons) are contact lines; 「十六届五中全会」 names a meeting",
            "「博鱼网页版」「博鱼(中国)」 are the reposting site's spam, kept as found; 「相关文件下载」「分享到」「用户登录」 are chrome"])

write_collected(DIR)
