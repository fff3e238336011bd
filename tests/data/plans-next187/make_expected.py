# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next187/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c187, round 42: eight page openings of plans from outside Shanghai — a 镇's 2023
生活垃圾分类 推进计划 (one line, 二/(一)1.–3., CUT); 象山县环保局's 2006 六·五 宣传方案 (traditional, five dated points, a
由A会同B clause, 办公室和生态办负责); 中卫市's 2010 节能宣传周 通知 (三、组织机构 with doers, dated items, CUT); 河头店镇's 2012
节能宣传周 方案 (one line, 「(此项工作由A、B负责)」 after each item, 「第1页共11页」 inside an item, CUT); a 市's 2018 节能宣传周
实施方案 (a field block 主办单位／参加单位 cut inside its list); the fourteen ministries' 2019 节能宣传周 通知 (traditional, 会同
有关单位, CUT in 一); 江口县's 2016 全民阅读 方案 (plan-level 主办／承办 fields, a ceremony's programme, CUT); 江苏省全民阅读活动
领导小组's 2016 读书节 总体方案 (a forwarding notice under a document site's chrome, CUT in 三/(一)/1)): never tune the parser
on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, and by ``at`` where
the number stands inside a line); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md`
(rule 1, rule 2 and the rulings of rounds 30–42 are cited in the notes; readings CONVENTIONS does not settle say RULING?).
Neither the parser nor the scorer was run on these plans by c187.

    python tests/data/plans-next187/make_expected.py tests/data/plans-next187
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a page printed on one line): the line where marker ends and the first
# eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
ONELINE = ("round 34: a page printed on one line — numbers running in order inside one paragraph are items as if each "
           "stood at a line start")
NOUNITS = "round 40: items naming no unit that give work are tasks in a plan with units elsewhere (a count without them accepted)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x187_01_zhen-2023-shenghuo-laji-fenlei-gongzuo-tuijin-jihua.txt"
plan(X01,
     title="2023年全镇生活垃圾分类工作推进计划",
     title_note="the text before 「一、」 on the page's one line (round 34: a page printed on one line reads as if each "
                "number stood at a line start, so the title is the run before 「一、工作目标」)",
     doc_no="", issuer="a 镇 (not named; 「我镇」, 「XX镇生活垃圾分类收集设施配置标准」 masked)", date="2023 (title)",
     level="town (a 镇, not named; province not named)",
     source=page_source("https://xiezuofangchengshi.com/doc/64060.html"),
     style="a document site's preview as ONE LINE: the title glued to 一、工作目标 (镇驻地…覆盖率达到90%), 二、主要任务 "
           "(一)提升体系建设 1.–3. run on inside the line — CUT in 3. at the site's 「提升...」; a short excerpt (1,150 bytes)",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)", "1"], [], [], **at(X01, "(一)提升体系建设1."),
          note=ONELINE + "; 「各村、企业、公共机构等各类场所加快…设施建设」 — 加快 is no rule-2 verb (round 30's closed list), "
               "and 「确保完成…」「加快配置…」 have no subject: " + NONE + "; the plan's year 2023 is in its title only (round "
               "38: a period printed only in the title dates nothing): " + NODATE),
        S(["二", "(一)", "2"], [], [], **at(X01, "规范运输车辆管理。2."),
          note=ONELINE + "; 「全面落实…管理责任人制度」 — 落实 with no subject names no doer; 「在居民小区、村居推广…」 no "
               "subject: " + NONE + "; 「三分类」 names a kind (no figure); 「《XX镇…配置标准(2023年版)》」 is a document's name "
               "(its year no date): " + NODATE),
        S(["二", "(一)", "3"], [], [], **at(X01, "(2023年版)》。3."),
          note=CUT + " (at the site's 「提升...」); 「以社区(村庄)为单位,对辖区内废旧物资回收站点进行全面摸排」 — no subject, "
                     "进行 no rule-2 verb (round 37): " + NONE + "; " + NODATE),
     ],
     plan_targets=[{"number": 90, "unit": "%"}], phases=[], duties=[],
     notes=["3 leaves: 二/(一)/1.–3. (3. CUT); 一、工作目标 is a childless section (round 34 early: in a plan whose work sits "
            "in numbered items, a childless 工作目标 stays a section)",
            "plan target: 「镇驻地生活垃圾分类设施覆盖率达到90%」 (达到, round 30's line) in 一、工作目标",
            "the same document is stored at 001doc 661547 with chunk numbers 「1、」「2、」 (not taken: the brief named this "
            "copy)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x187_02_xiangshan-huanbaoju-2006-liuwu-shijie-huanjingri-xuanchuan-fangan.txt"
DAY02 = "the year 2006 from the preamble (「2006年“六·五”世界環境日中國主題…」)"
plan(X02,
     title_note="title not checked: the page prints no title line of its own (the site's 「前言」 names the piece 「我局六·五"
                "世界環境日宣傳方案確定范文」; 「世界環境日」 on line 2 is a tag)",
     doc_no="", issuer="象山县环保局 (Zhejiang, 宁波; 「我局」「本局石浦工作站」「縣環保局」, 「象山生態縣建設工作領導小組」)",
     date="2006 (「2006年“六·五”世界環境日…」; the address holds 200704)",
     level="a county bureau's own (象山县环保局, Zhejiang)",
     source=page_source("http://m.sdfengxin.cn/article/xzgaoshou/gongzhuo/200704/69056.html"),
     style="a 范文 site's page in TRADITIONAL characters: the site's 前言 line, a tag line, a one-sentence preamble, then "
           "five childless points 一、–五、 each ending with its date in brackets 「(5月23日)」…「(6月5日-9日)」; 四、 holds "
           "three 片 run-ins (丹城片／石浦片／西周片) with 「由本局石浦工作站會同A、B和C共同舉行」「具體方案由石浦站擬定」「由縣環保局"
           "派人指導,與西周小學共同舉行」; 五、保障措施 「辦公室和生態辦負責…」「法規科負責…」 — the page ends at the end of 五 "
           "(1,928 bytes, under the 2,000-byte opening: likely the whole text)",
     leaf_tasks=5, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="5月23日", dln="2006-05-23",
          note="round 34 (early) and round 36: in a document of headed points, a childless point that gives work is a task; "
               "「以…領導小組名義,與縣委宣傳部聯合印發…的通知,對各鎮鄉黨委、政府…提出宣傳要求,明確責任分工,落實具體措施」 — no "
               "subject: 聯合 with no subject names no doer (round 41: 「紧密联合A、B…」 with no subject; round 34: a partner is "
               "no unit without a doer), 落實 has no subject, 各鎮鄉黨委… are the addressees of the notice (receivers, rule 3): "
               + NONE + "; the item's own day 「(5月23日)」, " + DAY02 + ": 2006-05-23; 「2006-2007年」 is a document's name"),
        S(["二"], [], [], dl="5月26日", dln="2006-05-26",
          note="「成立綠色宣講團并發文公布,舉行聘請儀式」 — a body the item sets up (round 35), no subject, 成立／舉行 no rule-2 "
               "verbs: " + NONE + "; 「(5月26日)」, " + DAY02 + ": 2006-05-26"),
        S(["三"], [], [], dl="6月1日", dln="2006-06-01",
          note="「協調縣主要媒體宣傳…公益廣告」 — 協調 is a pivot outside rule 2's list (round 30), with no subject; the media are "
               "its objects: " + NONE + "; 「空氣質量周報或日報」 are the media's products, not a reporting duty of the plan's "
               "units; 「(6月1日)」, " + DAY02 + ": 2006-06-01"),
        S(["四"], ["石浦工作站"], ["石浦工作站", "石浦番頭小學", "新港小學", "象二中", "石浦站", "縣環保局", "西周小學"],
          targets=[(2, "個")], dl="6月5日-9日", dln="2006-06-09", lead_alternatives=[[]],
          note=R2 + ", several clauses in one item, all their bodies in printed order: 「石浦片—由本局石浦工作站會同石浦番頭小學、"
               "新港小學和象二中共同舉行宣傳活動」 — (由)A會同B＋verb: lead A (lead [] accepted), responsible A, B; 「A和B」 are "
               "two names (round 34): 新港小學, 象二中; 「本局」 before the station's name is dropped like 本市／我市 (round 41; "
               "round 42: a word before a name that only places it) — RULING? (a reader who keeps it answers 本局石浦工作站); "
               "「具體方案由石浦站擬定」 — 由A＋a verb of doing (round 34; round 41: 「具体办法由A制定」 inside an item that gives "
               "work is that item's work): 石浦站, a short name kept as printed (round 38: no alias is rewritten); 「西周片—由縣"
               "環保局派人指導,與西周小學共同舉行」 — 由A＋a verb of doing (派人指導): 縣環保局; 與B共同舉行 carries A as its subject, "
               "read as 「由A与B共同＋verb」 (round 30: both doers) — RULING? (a reader who ends A's clause at 指導 leaves 西周小學 "
               "out); not units: 「與有關學校、社區、新聞媒體聯合開展…」 (聯合 with no subject, round 41), 「主要有環保局、外國語學校"
               "、丹二小和公園社區參加」 (參加 with no 由, no rule-2 verb: participants), 「要求其他…學校和社區以及申報單位…懸掛」 "
               "(the objects of 要求, a pivot outside the list), 「新聞媒體開辟…專欄,作好…」 (no rule-2 verb); 「分設縣前街廣場和丹城"
               "公園2個點」 — the item's own number of points to set up (round 37: an item's own number to build is a target): 2 "
               "個; 「(6月5日-9日)」 — the latest day (round 34), " + DAY02 + ": 2006-06-09"),
        S(["五"], [], ["辦公室", "生態辦", "法規科"],
          note="round 36: a childless point that gives work to doers by rule 2 is a task; 「辦公室和生態辦負責向新聞單位提供…資料」 "
               "— A和B two names (round 34), the subject of 負責: 辦公室, 生態辦 (a body named by a kind counts, round 30: "
               "「由办公室负责」); 「法規科負責準備宣傳資料…」: 法規科; 新聞單位 receive (rule 3); lead [] (no 牵头); 「十五」"
               "「十一五」 are plan periods' names (not targets); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: the childless points 一、–五、 (a document of headed points, round 34 early); accepted: 2 (四 and 五 "
            "only, the points naming units; round 40: a count without the items naming no unit)",
            "traditional characters as stored (「環保局」「聯合」「辦公室」); the units are answered as printed",
            "「象二中」「丹二小」 are schools' short names (二 is no item number inside them)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x187_03_zhongwei-2010-jieneng-xuanchuanzhou-huodong-tongzhi.txt"
SPAN03 = ("round 36/37: the activity's span 「二、活动时间 2010年6月12日至18日」, stated once for the whole action, dates items "
          "with no date of their own by its end: 2010-06-18")
plan(X03,
     title="中卫市人民政府办公室关于组织开展2010年节能宣传周活动的通知",
     title_note="line 1, as printed",
     doc_no="卫政办发〔2010〕177号", issuer="中卫市人民政府办公室 (Ningxia)", date="2010 (not printed on the page; the "
     "activity 2010年6月12日至18日)", level="city (中卫市, Ningxia; a city government's office)",
     source=page_source("http://fsou.com/html/text/lar/172012/17201296.html"),
     style="a notice (no forwarded plan): title, document number, addressees, preamble, then 一、宣传主题 and 二、活动时间 "
           "(fields), 三、组织机构 (a childless point: 「市节能减排工作领导小组办公室(市工业和信息化局)负责…」「各县、各有关部门、"
           "各用能企业要…组织开展…」), 四、活动安排及内容 (一) 1、–3、 run-in headed items with dates 「(6月12日)前」「6月12日至"
           "18日」「宣传周期间」 — CUT in 3、",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、宣传主题", "二、活动时间"],
     samples=[
        S(["三"], [], ["市节能减排工作领导小组办公室(市工业和信息化局)", "各县", "各有关部门", "各用能企业"],
          dl="2010年6月12日至18日", dln="2010-06-18",
          note="round 36: a childless top-level point that gives work to a doer by rule 2 is a task (round 42: a point that "
               "only says who carries out the whole event is a field — this one also gives the counties and departments their "
               "work; the count 3 without it is accepted); " + R2 + ", several clauses: 「A负责全市节能宣传周活动的组织和协调工作」"
               " — A with its bracket kept whole (round 34: a bracket after a name stays; round 37: one alias or role stays); "
               "「各县、各有关部门、各用能企业要…组织开展形式多样的节能宣传活动」 — 组织开展 (组织＋work, round 34) with kinds as "
               "subject (round 32: 各县／各有关部门 are kinds; round 34: a kind of regulated party 各用能企业 is a doer); not "
               "units: 「中宁县、海原县要加强组织协调,制定出…方案」 (组织协调 a noun after 加强, round 41: 组织 with no work; 制定 "
               "no rule-2 verb), 「各相关部门要做出具体的工作安排」 (no rule-2 verb); lead [] (no 牵头); " + SPAN03),
        S(["四", "(一)", "1"], [], [], dl="6月12日前", dln="2010-06-12",
          note="「宣传周的第一个工作日(6月12日)前,各部门、各单位、各用能企业要…悬挂节能宣传横幅,开展…活动」 — 悬挂／开展 (no 组织) "
               "are no rule-2 verbs (round 30), and 各部门／各单位 are general calls (round 30, round 33): " + NONE + "; the "
               "item's own day wins over the span (round 37): 2010-06-12; 「附件一」「附件二」 are attachments not on the page"),
        S(["四", "(一)", "2"], [], [], dl="6月12日至18日", dln="2010-06-18",
          note="run-in heading 「中卫市及两县电视台滚动插播节能宣传用语」 — 插播 no rule-2 verb (round 30): " + NONE + "; the "
               "item's own span 「6月12日至18日」 (year 2010 from 二、活动时间): 2010-06-18"),
        S(["四", "(一)", "3"], [], [], dl="宣传周期间", dln="2010-06-18",
          note=CUT + "; 「宣传周期间在《中卫日报》刊登节能宣传专版」 — no subject: " + NONE + "; 「宣传周期间」 is the activity's "
                     "span: 2010-06-18"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 三 (a childless point with doers) and 四/(一)/1、–3、 (3、 CUT); 一、宣传主题 and 二、活动时间 are fields "
            "(round 42 continued: a section that only gives the time or theme is a field, no task); accepted: 3 (三 read as "
            "a plan-level field, round 42)",
            "「宁政办发〔2010〕89号」 is a document number; 「两县」 (two counties) no target"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x187_04_hetoudian-zhen-2012-gonggong-jigou-jieneng-xuanchuanzhou-huodong-fangan.txt"
SPAN04 = ("round 36/37: the activity's span 「二、活动时间2012年6月11日至6月17日」 dates items with no date of their own by its "
          "end: 2012-06-17")
LBL04 = ("the bracket 「(此项工作由A负责)」 closing the item is its units label (rule 1; read by rule 2 the same: 由A＋负责)")
plan(X04,
     title_note="title not checked: the page's one line opens 「河头店镇公共机构节能宣传周活动方案为贯彻落实…」 with the title "
                "glued to the preamble (no break, no number between them)",
     doc_no="", issuer="河头店镇 (a 镇; 「经镇政府研究」「我市节能宣传周活动方案」: a town under a county-level city, province "
     "not named)", date="2012 (「2012年镇节能宣传周」; 二、活动时间 2012年6月11日至6月17日)",
     level="township (河头店镇)",
     source=page_source("https://xiaomilidoc.com/p-2042775.html"),
     style="a document site's preview as ONE LINE: title glued to the preamble, 一、活动目的, 二、活动时间 (a span), 三、活动内容 "
           "(一)–(三) with run-in 1、2、3、 items, most closing with 「(此项工作由A、B负责)」 or 「(此项工作由A、B参加)」; the site's "
           "page mark 「第1页共11页」 stands inside (二)3、 — CUT in (三)1、",
     leaf_tasks=7, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、活动目的", "二、活动时间"],
     samples=[
        S(["三", "(一)", "1"], [], ["镇团委", "镇妇联"], dl="2012年6月11日至6月17日", dln="2012-06-17",
          **at(X04, "(一)开展各项宣传活动。1、"),
          note=ONELINE + "; " + LBL04 + ": 镇团委, 镇妇联; lead [] (no 牵头); " + SPAN04),
        S(["三", "(一)", "2"], [], ["镇党政办", "镇团委", "镇妇联"], dl="2012年6月11日至6月17日", dln="2012-06-17",
          **at(X04, "镇妇联负责)。2、"),
          note=ONELINE + "; " + LBL04 + ": 镇党政办, 镇团委, 镇妇联; lead []; " + SPAN04),
        S(["三", "(一)", "3"], [], ["镇党政办"], dl="2012年6月11日至6月17日", dln="2012-06-17",
          lead_alternatives=[["镇党政办"]], **at(X04, "(此项工作由镇党政办、镇团委、镇妇联负责)。3、"),
          note=ONELINE + "; " + LBL04 + ": 镇党政办; " + ONE + "; 「利用报纸、电视等媒体,进行节能宣传」 — media are means; "
               + SPAN04),
        S(["三", "(二)", "1"], [], [], dl="2012年6月11日至6月17日", dln="2012-06-17",
          **at(X04, "(二)开展青少年节能降耗宣传教育。1、"),
          note=ONELINE + "; 「在各中小学开展…讲座」 — no subject, 开展 (no 组织) no rule-2 verb, the schools are the place: "
               + NONE + "; " + NOUNITS + "; " + SPAN04),
        S(["三", "(二)", "3"], [], ["镇团委", "各中小学校"], dl="2012年6月11日至6月17日", dln="2012-06-17",
          **at(X04, "养成节能环保习惯。3、"),
          note=ONELINE + "; the closing bracket 「(此项工作由镇团委、各中小学校参加)」 is the item's units label (rule 1), and "
               "由A＋any verb of doing names doers (round 34; round 42: a 参加单位 list inside one item's fields is its "
               "responsible units): 镇团委, 各中小学校 (a kind, as printed); lead []; 「每天少用一升水,少用一…张纸」 are norms "
               "with no comparison word (not targets); the site's page mark 「第1页共11页」 inside the sentence is chrome (round "
               "40), not a figure of the item; " + SPAN04),
        S(["三", "(三)", "1"], [], [], dl="2012年6月11日至6月17日", dln="2012-06-17",
          **at(X04, "(三)开展节能环保村(居)活动。1、"),
          note=CUT + "; 「在集镇主要街道、广场、机关、学校、企业等场所悬挂」 — places, no subject (the unit bracket, if any, is "
                     "lost to the cut): " + NONE + "; " + SPAN04),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 三/(一)/1、–3、, (二)/1、–3、, (三)/1、 (CUT); 一、活动目的 and 二、活动时间 are fields (round 42 "
            "continued). Accepted: 4 (only the items with a unit bracket — (一)/1–3 and (二)/3 — round 40)",
            "「第1页共11页」 is a document site's page mark inside (二)3、's sentence (「少用一第1页共11页张纸」), kept as "
            "stored; the numbers in it are chrome (round 40: a site's chunk openers are chrome)",
            "「2012年镇节能宣传周」 quotes the activity's name; no plan target (the 主题 is a slogan)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x187_05_shi-2018-jieneng-xuanchuanzhou-ditanri-huodong-shishi-fangan.txt"
plan(X05,
     title="全市2018年全国节能宣传周和全国低碳日活动实施方案",
     title_note="line 3, as printed (the breadcrumb on line 1 repeats it)",
     doc_no="", issuer="a 市 (not named: 「结合我市实际」「xx旧区中心广场」; 「自治区发改委环资处」 — a city in an autonomous "
     "region)", date="2018 (title; the site's 发布时间 2019-04-18)", level="city (a 市, not named; an autonomous region)",
     source=page_source("https://guanchang.qwyd.net/gongzuo/shishifangan/329462.html"),
     style="a 范文 site's page: breadcrumb, title, the site's 发布时间, a preamble citing the 14 ministries' notice with a "
           "masked number 「x改环资[2018]x号」, 一、活动时间 / 二、宣传主题 (fields), 三、宣传重点 (a childless paragraph "
           "「要认真贯彻…积极宣传…」), 四、活动安排 (一) as a FIELD BLOCK 「时 间:」「地 点:」「主办单位:市发改委」「参加单位:市环保局"
           "、…、市交通运输局、市」 — CUT inside the 参加单位 list",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间", "二、宣传主题", "三、宣传重点"],
     samples=[
        S(["四", "(一)"], ["市发改委"], ["市发改委", "市环保局", "市教育局", "市科技局", "市经信委", "市住建委", "市交通运输局"],
          dl="6月13日", dln="2018-06-13", lead_alternatives=[[]],
          note=CUT + "; round 35: field blocks — the lines 时间／地点／主办单位／参加单位 are the fields of one item, and its units "
                     "lines are its labels (rule 1): 「主办单位:市发改委」 — round 40: 「由A主办、B承办的…活动」 naming the item's own "
                     "event gives A as lead, so the 主办单位 field gives 市发改委 as lead (lead [] accepted: a reader who reads "
                     "the field as a responsible-only label, as round 38 reads 承办单位); round 42: 「A 参加单位 list inside one "
                     "item's fields is that item's responsible units」: 市环保局 … 市交通运输局; the last name 「市」 is cut off by "
                     "the page and dropped (round 36: a name the page cuts off is dropped); 「时 间:6月13日(星期三)」 — the item's "
                     "own day, year 2018 from the title: 2018-06-13; 「9:00—12:00」 are clock times (no targets); 「xx旧区中心"
                     "广场」 is a place"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 四/(一) (CUT in its 参加单位 field); 一、活动时间 and 二、宣传主题 are fields (round 42 continued); 三、宣传"
            "重点 is a childless paragraph of aims 「要…积极宣传…;继续组织开展…;推广…」 with no doer — a section in a plan "
            "whose work sits in numbered items (round 34 early); accepted: 2 (三 read as a task of instructions, round 34 "
            "early's 「要…」)",
            "「6月11日—6月17日」 (the week) and 「6月13日」 (低碳日) in 一; 「14部委」 names the issuers' number (no target); "
            "「x改环资[2018]x号」 is the page's mask"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x187_06_fagaiwei-deng-2019-jieneng-xuanchuanzhou-ditanri-huodong-tongzhi.txt"
plan(X06,
     title="關於做好2019年全國節能宣傳周和全國低碳日活動的通知（國家發展改革委 生態環境部 教育部 科技部 工業和信息化部 "
           "住房城鄉建設部 交通運輸部 農業農村部 商務部 國資委 廣電總局 國管局 全國總工會 共青團中央"
           "關於做好2019年全國節能宣傳周和全國低碳日活動的通知）",
     title_note="lines 4 and 10, as printed (traditional; the big5 gateway's copy of the gov.cn page); aligned round 45: "
                "Round 46 ruling on an issuer's line above a title (x210_03) — the title as printed with the issuers "
                "in front (lines 8–10), the 「關於…」 part alone accepted (the q02 pair form)",
     doc_no="發改環資〔2019〕999號", issuer="國家發展改革委 and thirteen other central bodies (生態環境部 … 共青團中央; "
     "page source 工業和信息化部網站)", date="2019 (the page's date 2019-06-13)",
     level="central (fourteen ministries and bodies, a joint notice)",
     source=page_source("http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2019-06/13/content_5399955.htm"),
     style="gov.cn's big5 gateway page in TRADITIONAL characters: the site's 「EN」 and address lines, the title, date and "
           "source line, the site's 字號／打印 line, the fourteen issuers on two lines, the title again, the document number, "
           "a long addressee list, the preamble fixing 「6月17日至23日為全國節能宣傳周,6月19日為全國低碳日」, then 一、 "
           "(「國家發展改革委將會同有關單位…組織開展相關宣傳活動」) — CUT at 「各」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], ["國家發展改革委"], ["國家發展改革委"], dl="節能宣傳週期間", dln="2019-06-23",
          lead_alternatives=[[]], responsible_alternatives=[["國家發展改革委", "有關單位"]],
          note=CUT + " (at 「各」); round 34 (early) / round 36: a childless point that gives work to a doer is a task; "
                     "「在節能宣傳週期間,國家發展改革委將會同有關單位圍繞宣傳主題,組織開展相關宣傳活動」 — A會同B＋verb (rule 2): "
                     "lead 國家發展改革委 (lead [] accepted); the partner 「有關單位」 names no kind (round 33: 有关单位 is a general "
                     "call; round 32: 「会同有关方面」 gives no unit), so responsible is A alone — RULING? round 42 (continued) "
                     "makes a 会同 partner named by its kind a unit 「会同相关部门」; 有關單位 has no kind, but a reader who reads "
                     "round 42 for any 会同 partner answers 國家發展改革委, 有關單位 (accepted); 將 is a modal (the verb is 會同…"
                     "組織開展, unlike round 42's 「A将举办」); 「在節能宣傳週期間」 — the week the preamble fixes 「6月17日至23日」 "
                     "(round 36/37: a span's end): 2019-06-23; the theme 「綠色發展,節能先行」 is a slogan"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 一、 (CUT at 「各」, the start of its next sentence)",
            "the issuers' list (two lines) and the addressee list are no units of any item; 「中央軍委後勤保障部」 etc. are "
            "addressees (receivers)",
            "「十九大」 no figure; 「6月19日為全國低碳日」 is a day of the plan, not a task"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x187_07_jiangkou-xian-2016-quanmin-yuedu-shijie-dushuri-huodong-fangan.txt"
plan(X07,
     title="江口县全民阅读暨第二十一个世界读书日糸列活动方案",
     title_note="line 1 (and line 7), as printed (「糸列」 for 系列 is the page's)",
     doc_no="", issuer="江口县文化体育广播电视新闻出版局 (Guizhou, 铜仁; the page's author 江口县图书馆)",
     date="2016 (the page's 发布时间 2016-04-13; 「2016世界读书日」)",
     level="a county bureau's own (江口县文体广电新闻出版局, Guizhou)",
     source=page_source("http://jiangkouxian.superlib.libsou.com/show/news_info?columnId=6873&id=11708"),
     style="a county library's page: title, the site's 发布时间／作者／阅读次数 lines with 「- |」 separators, the title again, "
           "a one-line preamble, 一、指导思想, 二、主、承办单位 (主办单位／承办单位／协办单位 fields, names separated by spaces: "
           "「中共江县委宣传部 江口县文体广电新闻出版局」), 三、活动主题, 四、活动目的, 五、活动时间 (2016年4月23日—2016年10月底), "
           "六、活动内容及时间安排 (一) 「4月23日上午9:30在新步行街举行…启动仪式」 and its 「启动仪式流程:」 1、–3、 — CUT in 3、",
     leaf_tasks=1, count_alternatives=[2, 3, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、主、承办单位", "三、活动主题", "四、活动目的", "五、活动时间"],
     samples=[
        S(["六", "(一)"], [], [], dl="4月23日", dln="2016-04-23",
          note="「4月23日上午9:30在新步行街举行…启动仪式」 — no subject, 举行 no rule-2 verb: " + NONE + "; the plan-level "
               "fields 「二、主、承办单位」 (主办单位／承办单位／协办单位) name who hosts the whole event: they give no item units "
               "(round 41: a plan-level 承办单位 field; round 42: 「活动由A主办，B承办」 as a point of its own is a field); the "
               "item's own day, year 2016 from 五、活动时间 (the item's date wins over the span, round 37): 2016-04-23; 「9:30」 "
               "is a clock time; the ceremony's programme 「启动仪式流程:」 1、–3、 (主持人介绍…, 领导致辞, 宣读…) is the item's text, "
               "a list of steps that gives no body work (round 35: lists that give no work are text; persons act)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 六/(一) (its 流程 list read as text); 一、指导思想 a section, 二、主、承办单位 a plan-level field (round 42), "
            "三／四／五 fields (round 42 continued). Accepted: 2 (二 counted as a task, round 42: a count with such fields as "
            "tasks is accepted), 3 (the 流程 steps 1、–3、 as items of (一)), 4 (both)",
            "「中共江县委宣传部」 (江口 shortened to 江) is the page's; the 协办单位 names are separated by spaces only",
            "「第二十一个」「2016 年」「2014 年」 are an ordinal and years (no targets); the spaces before 年 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x187_08_jiangsu-2016-di12jie-jiangsu-dushujie-zongti-fangan.txt"
plan(X08,
     title="第十二届江苏读书节总体方案（江苏省全民阅读活动领导小组关于印发第十二届江苏读书节总体方案的通知）",
     title_note="the forwarded plan's title (line 35) or the notice's (line 29, also split over lines 13 and 15) — either "
                "is accepted (CONVENTIONS: two documents under one cover, the forwarded document's title or the notice's)",
     doc_no="苏阅发〔2016〕3号", issuer="江苏省全民阅读活动领导小组", date="2016-04-25",
     level="province (Jiangsu; a provincial leading group)",
     source=page_source("https://360docs.net/doc/35756468.html"),
     style="a document site's page: the title, the site's three numbered notices 「1. 1、下载文档前…」「2. 2、…」「3. 3、…」 "
           "(chrome), a law database's header 【法规类别】…【效力级别】XP10, the notice (title, number, addressees, one-sentence "
           "forwarding, signature, date), then the forwarded 总体方案: 一、活动主题, 二、活动时间 (2016年4月23日至9月28日), "
           "三、主要活动安排 (一)重大阅读活动 1. 「举办2016江苏全民阅读日活动」 with its paragraph — CUT at 「同步开」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "(一)", "1"], [], [], dl="4月23日", dln="2016-04-23",
          note=CUT + " (at 「同步开」); CONVENTIONS (two documents under one cover): the forwarded plan's items are the tasks; "
                     "the site's numbered notices 「1. 1、…」–「3. 3、…」 are chrome (round 40: a document site's chunk openers "
                     "and breadcrumbs are no items); 「4月23日,在南京雨花台举办…启动活动…4月23日前后举办…大讲堂」 — no subject, "
                     "举办 no rule-2 verb; 「其他各省辖市、县(市、区)在江苏全民阅读日前后同步开[展]」 — 开展 without 组织 is no "
                     "rule-2 verb (round 30): " + NONE + "; the item's own day 「4月23日」 (「4月23日前后」 is around the same day), "
                     "year 2016 from the title line 「举办2016江苏全民阅读日活动」 and 二、活动时间: 2016-04-23; 「第二十一届」 is an "
                     "ordinal"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 三/(一)/1. (CUT); 一、活动主题 and 二、活动时间 are fields (round 42 continued); the cover notice's 「请结合"
            "实际，认真贯彻落实」 is no task",
            "「XP10」 and 「9:00-18:30」 are the sites' (no targets); 【发文字号】 prints 「苏阅发[2016]3号」 with ASCII brackets, "
            "the notice 「(苏阅发〔2016〕3号)」"])

write_collected(DIR)
