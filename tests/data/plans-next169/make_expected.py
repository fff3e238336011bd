# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next169/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c169, round 40: eight page openings of plans from outside Shanghai — page 4 of a
市's 文明交通 plan (labels 「责任单位:A(牵头单位)、B」 over 「具体工作:」 lines); a 山东 市's 2013 道路交通 责任分工 notice in
traditional characters (「(交通運輸部門負責)」 closing each item); page 6 of 江苏's 文明交通工程 document (四、工作要求 with a
分工 paragraph of 负责／牵头／会同 clauses); a 镇's 道路交通安全 「集中统一宣传日」 plan (每月18日, 各村(社区)及有关部门要…落实);
渑池县's 农村中小学危房改造 plan printed on one line (由县乡两级负责核查); a 農村喝水安全管理制度 printed on one line, in
traditional characters with the site's inline pinyin (管理職責, unit-colon items); a 镇's 信访化解 plan (范文 篇一: goal rates,
persons only); the 国家卫生计生委's 2014 世界无烟日 notice (traditional, spam line, 组织开展): never tune the parser on them
(see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, and ``at_in`` for
the items of x169_05 and x169_06, which the pages print inside one line); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 25–40 are cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c169.

    python tests/data/plans-next169/make_expected.py tests/data/plans-next169
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides; sentences in the item add nothing)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOTITLE = "the page prints no title of its own (no title is answered)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x169_01_shi-wenming-jiaotong-xingdong-shishi-fangan-di4ye.txt"
LEAD01 = ("rule 1: the item's label line 「责任单位:A(牵头单位)、B…」 gives its units — A, marked 「(牵头单位)」 by the label itself, is the "
          "lead, and the responsible list is the label's list as printed (the lead included, plans-dev 01's convention); RULING? the "
          "bracket 「(牵头单位)」 read as the label's lead mark, not as a role bracket kept with the name (round 37 keeps 「a bracket of one "
          "alias or role」 with its name): the unit is 「市文明办」, not 「市文明办(牵头单位)」")
ONE01 = "rule 1: the item's label line 「责任单位:」 names one unit with no 牵头 mark: " + ONE
plan(X01,
     doc_no="", issuer="a 市 (「市文明办」「团市委」「市公安交警支队」; not named)", date="(no date on the page)",
     level="city (a 市, not named)",
     title_note=NOTITLE + ": the page is page 4 (「_4.html」) of a 文明交通 plan and opens at item 2. of a heading printed on page 3",
     source=page_source("http://www.fymate.com/html/text/lar/172356/17235632_4.html"),
     style="page 4 of a city's 文明交通 plan: numbered items 2.–6. of a heading the page does not show, each a heading line, a label "
           "line 「责任单位:A(牵头单位)、B、…」 or 「责任单位:A」 and a line 「具体工作:…」; 6. CUT inside its 具体工作",
     leaf_tasks=5, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], ["市文明办"], ["市文明办", "团市委", "总工会", "妇联", "公安交警支队"], nodl=True,
          note=LEAD01 + "; 「组织文明交通志愿者深入…开展…」 in 具体工作 adds nothing under the label (rule 1); " + NODATE),
        S(["3"], ["市委宣传部"], ["市委宣传部", "公安交警支队"], nodl=True,
          note=LEAD01 + "; 「积极协调新闻媒体…」 — the media are the object of 协调 (no unit, round 30); " + NODATE),
        S(["4"], [], ["市公安交警支队"], lead_alternatives=[["市公安交警支队"]], nodl=True, not_targets=[(12, "分")],
          note=ONE01 + "; 「记满12分驾驶人培训」 names a class of drivers (those who reached 12 points): a figure naming a kind, no "
               "comparison word — not a target (rounds 30, 34); 「五个一」 a name; " + NODATE),
        S(["5"], [], ["市交通运输局"], lead_alternatives=[["市交通运输局"]], nodl=True,
          note=ONE01 + "; 「二级维护」 a name; " + NODATE),
        S(["6"], [], ["市教育局"], lead_alternatives=[["市教育局"]], nodl=True,
          note=CUT + " (「督促学校把交通安全宣传教育」); " + ONE01 + "; 学校, the object of 督促, is no unit (round 30) and the label "
               "decides anyway; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 2.–6. (6. CUT); the page holds no heading above 2. (its 一、/(一) is on page 3), so paths are the bare "
            "numbers as printed",
            "「12分」 names a class of drivers, 「五个一」 a name: no targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x169_02_shandong-shi-2013-daolu-jiaotong-zhongdian-gongzuo-zeren-fengong-tongzhi.txt"
LABEL02 = "rule 1: the item's closing bracket 「(X負責)」 gives its unit (the kind as printed, traditional script kept): " + ONE
plan(X02,
     doc_no="", issuer="a 市's people's government in 山东 (addressees 「各縣(市)、區人民政府,市政府各部門」; 「我市」; not named)",
     date="2013 (it cites 魯政辦字〔2013〕54號 and speaks of 「2012年以來」)", level="city (a 市 in Shandong, not named)",
     title_note=NOTITLE + ": the opening begins at the addressees; the notice's own words call it 「道路交通重點工作責任分工」",
     source=page_source("https://ppfocus.com/0/ed310efab.html"),
     style="a city government's notice in traditional characters: addressees, a lead-in (「現就我市道路交通重點工作責任分工通知如下:」), "
           "一、加強道路運輸企業安全管理 (一)規範道路運輸企業生產經營行為。 1.–4., each closing with a bracket 「(交通運輸部門負責)」／"
           "「(公安部門負責)」; 4. CUT before its bracket",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], [], ["交通運輸部門"], lead_alternatives=[["交通運輸部門"]], nodl=True,
          note=LABEL02 + "; 「相關主管部門…要嚴格審查…」 in the text adds nothing under the label (rule 1); " + NODATE),
        S(["一", "(一)", "2"], [], ["交通運輸部門"], lead_alternatives=[["交通運輸部門"]], nodl=True, not_targets=[(5, "万吨")],
          note=LABEL02 + "; 「縣級交通運輸部門要…實行派駐管理」 adds nothing under the label; 「年發運量5萬噸以上車站、港口碼頭…」 "
               "picks a class of places the work covers (round 38: 「排水量超过100m3/d」 picks a class; round 40: a figure in a noun "
               "naming a kind of thing is a class unless the work is to build or reach it): not a target; " + NODATE),
        S(["一", "(一)", "3"], [], ["公安部門"], lead_alternatives=[["公安部門"]], nodl=True,
          note=LABEL02 + "; 「所需費用由…駕駛員或者運輸經營者承擔」 names payers (round 30: a cost verb), no unit; " + NODATE),
        S(["一", "(一)", "4"], [], [], nodl=True,
          note=CUT + " (「將運輸企業所屬車輛和駕」, before its bracket); " + R2 + ": 「推進…建設,完善…機制」 — no body: lead [], "
               "responsible []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一/(一)/1–4 (4 CUT)",
            "「90.6%」 is a present share of deaths (round 33: past and present figures are not targets); 「第256號」「〔2013〕54號」 "
            "document numbers"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x169_03_jiangsu-wenming-jiaotong-gongcheng-gongzuo-yaoqiu-di6ye.txt"
plan(X03,
     doc_no="", issuer="江苏 (「全省」「省建立深入实施江苏文明交通工程协调机制」; the issuing body is not on the page)",
     date="(no date on the page)", level="province (Jiangsu)",
     title_note=NOTITLE + ": the page is page 6 (「_6.html」) of a document on 江苏文明交通工程 and opens at 四、工作要求",
     source=page_source("http://fsou.com/html/text/lar/174129/17412954_6.html"),
     style="page 6 of a province's 文明交通工程 document: 四、工作要求 (一)加强领导,完善机制。 (a paragraph) (二)明确分工,落实责任。 (one "
           "long paragraph of 「A负责…;B负责…;C牵头…,会同有关部门…」 clauses) — CUT at the end of (二)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["四", "(一)"], [], ["各级党委", "政府"], nodl=True,
          note="round 39: a 工作要求 section whose items give work is the plan's work (tasks); " + R2 + ": 「各级党委、政府要…切实加强"
               "…的领导,精心组织,明确责任,落实措施」 — the subject of 落实 (a verb here, not round 33's noun) is a doer; a kind of "
               "body at every level (round 39: 「各级各有关部门」 is a kind), not a no-kind word (round 32); RULING? the name split by "
               "round 40's 「a shared modifier stays with the first name」: 各级党委, 政府 (a reader of 「各级党委、政府」 as one name, "
               "or of 「落实措施」 as a slogan naming no doer, differs); 「省建立…机制,各地建立…」 — 建立 is no verb of rule 2 and 各地 "
               "names no kind (round 32); lead [] (no 牵头); the count 1 (this item read as naming no unit, round 40's count "
               "without such items) is accepted; " + NODATE),
        S(["四", "(二)"], ["经济和信息化部门", "公安部门"],
          ["文明办", "有关部门", "共青团组织", "经济和信息化部门", "教育部门", "公安部门", "住房城乡建设部门", "交通运输部门"],
          nodl=True,
          note="round 37: a heading whose object is a duty word 「落实责任」 and an 「X分工」 heading 「明确分工」 give out work — every "
               "body the text gives work is a unit (round 35); " + R2 + ", in printed order: 「文明办负责组织…,会同有关部门组织…」 "
               "(文明办; 有关部门, the partner of 会同, round 30), 「共青团组织负责引导…」, 「经济和信息化部门牵头依托…建立…,会同有关部门"
               "制定…」 (和 inside one body's name, round 35), 「教育部门负责…」, 「公安部门负责…,…牵头建立文明交通信用制度」, 「住房城乡"
               "建设部门负责…」, 「交通运输部门负责…」; lead: the two bodies that 牵头 parts of the item (round 36: both are its lead); "
               "「向有关政府部门提供…」 names a receiver and 「落实运输企业交通安全主体责任」 the enterprises as the object of 落实 (rule 3: "
               "no units); 「要充分发挥各部门、人民团体、基层组织的职能作用」 — bodies inside a noun's description (round 30), no subject: "
               "no units; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 四/(一)–(二) (the page ends at the close of (二)'s paragraph, 「…推进文明交通建设」 with no 。) — 1 accepted "
            "(四/(一) read as naming no unit, round 40)",
            "「两个率先」「四个争创」 names: no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x169_04_zhen-daolu-jiaotong-anquan-jizhong-tongyi-xuanchuanri-huodong-fangan.txt"
RHYTHM04 = ("the plan's only date is the monthly day 「每月18日为“全镇集中统一宣传日”」 — a rhythm, no deadline (round 34: recurring dates "
            "are no deadline); the page prints no year (the site's line 2021-02-23 is an upload date)")
plan(X04,
     title="道路交通安全“集中统一宣传日”活动方案",
     title_note="line 1 (the site's page title) and line 6 (the plan's own title, after the site's lines)",
     doc_no="", issuer="a 镇 (「经镇政府研究」「全镇」「我镇」; not named)", date="(no year printed; the site's line 2021-02-23)",
     level="town (a 镇, not named)",
     source=page_source("https://xiexiebang.com/wenshu/cehua/fb4957ee3bd79b7c.html"),
     style="a document site's page: title, the site's line and blurb, the plan's title again, a preamble, 一、工作目标 (prose), 二、工作内容 "
           "「每月18日为…」 (一)阵地宣传活动。 (a lead-in line) 1.建设范围:… 2.宣传内容:… — CUT; blank lines between paragraphs",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)", "1"], [], ["各村(社区)", "有关部门"], nodl=True,
          note=R2 + ": 「各村(社区)及有关部门要认真贯彻落实《交通安全宣传教育设施设置规范》」 — the subject of (贯彻)落实 is a doer; "
               "「A及B」 are two names (round 34), the bracket stays with its name (round 34), 有关部门 a kind (round 33); 「有条件的地方,"
               "要积极协调…」 — a case (rule 3) with 地方 naming no kind and 协调 no verb of rule 2: no unit; lead [] (no 牵头); "
               "「GA/T963-2011」 a standard number (no target); " + RHYTHM04),
        S(["二", "(一)", "2"], [], [], nodl=True,
          note=CUT + " (「与阶段性交安宣传工作保持一致,」); " + R2 + ": no body: lead [], responsible []; " + RHYTHM04),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一)/1–2 (2 CUT); 一、工作目标 is a childless section; 「每月18日为…」 and 「突出阵地…四大功能作用。」 are "
            "lead-in lines, not items",
            "「18日」 a day of the month, 「四大功能」 a name: no targets; the site's blurb repeats the title twice in 《》"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x169_05_mianchi-xian-nongcun-zhongxiaoxue-weifang-gaizao-gongcheng-shishi-fangan.txt"
ONELINE05 = ("round 34: a page printed on one line — 一、(一)(二) 二、(一)(二)(三) run in order inside line 9, so they are items as if each "
             "stood at a line start")
plan(X05,
     title="渑池县农村中小学危房改造 工程实施方案",
     title_note="inside line 9 after the site's lines and the collection's 「危房改造工程方案篇1」; as printed (a space before 工程), "
                "followed by the issuers' names 「县教体局 县计委 县财政局 县扶贫办」",
     doc_no="", issuer="县教体局, 县计委, 县财政局, 县扶贫办 of 渑池县 (Henan, 三门峡市; printed after the title)",
     date="(no year printed; it cites 豫政办【2003】90号, so 2003 or later)", level="county (Henan, 渑池县)",
     source=page_source("https://www.wenmi.com/jinpin/sbnl4c007ddl.html"),
     style="a 范文 collection's page: the collection's title and date, 「危房改造工程方案篇1」, then the whole plan opening on ONE line: "
           "title, issuers, preamble, 一、目标和任务 (一)(goal) (二)(tasks, 「由县乡两级负责核查」) 二、实施原则 (一)–(三) (principles; "
           "(三) with 一是…二 CUT)",
     leaf_tasks=2, count_alternatives=[1, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], nodl=True, **at(X05, "(一)"),
          note=ONELINE05 + "; round 40: an item naming no unit in a plan with units elsewhere is a task where it gives work "
               "(「基本解决…D级危房,建立和完善…投入机制」), the count without it (1) accepted; " + R2 + ": no body: lead [], "
               "responsible []; 「D级」 a grade of building (no target); " + NODATE),
        S(["一", "(二)"], [], ["县乡两级"], lead_alternatives=[["县乡两级"]], dl="从今年起,用3年或稍长一些时间", skip_deadline=True,
          **at(X05, "(二)"),
          note=ONELINE05 + "; " + R2 + ": 「现存的或新增的B级、C级危房由县乡两级负责核查」 — 由A负责＋a verb of doing; RULING? 「县乡两级」 "
               "(the county and township levels) read as a group of bodies, as printed; " + ONE + "; 「从今年起,用3年或稍长一些时间」 — "
               "「今年」 is not printed (the plan cites a 2003 notice) and 「或稍长一些时间」 leaves the end open: not checked; 「3年」 a "
               "duration with no comparison word (no target)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一/(一)–(二) — 1 (一/(一), a goal, read as no task) and 5 (二、实施原则's three principles counted too: round 33 "
            "reads a principle as a task only in a plan that names no units, and accepts a count that includes it) accepted; "
            "二/(二)'s 「教育、计划、财政、扶贫办等部门要按照…原则,统筹安排,各司其职,密切配合」 names no doer by rule 2 (统筹安排, 配合 "
            "without a doer, round 34), so the principles stay principles",
            "「D级」「B级、C级」 grades of building, 「三统一分」「四结合」 names, 「豫政办【2003】90号」 a document number: no targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x169_06_nongcun-heshui-anquan-guanli-zhidu.txt"
ONELINE06 = ("round 34: a page printed on one line — 一、(一)(二)(三)1.–4. 二、(一)1.2. (二)1.2. run in order inside line 3, so they "
             "are items as if each stood at a line start")
HEAD06 = ("round 34/35: 「二、管理職責」 (with 「(一)政府職責」「(二)部門職責」) is a heading that gives out work — every body the text "
          "gives work is a unit")
COLON06 = ("rule 1: a unit-colon label 「A:」 opening the item gives A; round 38: a label 「（七）A：」 gives A as lead — lead and "
           "responsible A, lead [] accepted")
PINYIN06 = "round 39: the site's inline pinyin 「鄉(xiāng)鎮(zhèn)」「衛(wèi)」 is kept in the name as printed"
plan(X06,
     title="農村喝水安全管理制度",
     title_note="at the start of line 3 (the page runs the title into 一、總則), as printed (the page's 「喝水」 for 飲水)",
     doc_no="", issuer="(none: a document site's 管理制度 for 「本地區」)", date="(no date on the page)",
     level="none named (a 管理制度 for 「本地區」 at county and township level)",
     source=page_source("http://www.boteman.cn/paper/429292647.html"),
     style="a document site's page in traditional characters with the site's inline pinyin: the site's copyright line, 「文檔簡介」, then "
           "the whole text on ONE line: title, 一、總則 (一)目的 (二)適用范圍 (三)基本原則 1.–4., 二、管理職責 (一)政府職責 1. 2. "
           "(二)部門職責 1.水利部門: 2.衛(wèi)生健康部門: — CUT",
     leaf_tasks=4, count_alternatives=[8, 10], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)", "1"], [], ["縣級人民政府"], lead_alternatives=[["縣級人民政府"]], nodl=True, **at(X06, "政府職責1."),
          note=ONELINE06 + "; " + HEAD06 + "; " + R2 + ": 「縣級人民政府是…的責任主體,負責…」 — a designation (round 32) and the "
               "subject of 負責: responsible 縣級人民政府, " + ONE + "; " + NODATE),
        S(["二", "(一)", "2"], [], ["鄉(xiāng)鎮(zhèn)人民政府", "用水戶協會"], nodl=True, **at(X06, "運行管理。2."),
          note=HEAD06 + ": 「A負責…,協調解決…,指導B等群眾組織開展工作」 — under such a heading 「A指导B开展…」 gives A and B (round 35); "
               "「用水戶協會等群眾組織」 gives 用水戶協會 (the 等… tail dropped, round 35); " + PINYIN06 + "; lead [] (no 牽頭); "
               + NODATE),
        S(["二", "(二)", "1"], ["水利部門"], ["水利部門"], lead_alternatives=[[]], nodl=True, **at(X06, "部門職責1."),
          note=COLON06 + " (「水利部門:負責…,指導…」); " + NODATE),
        S(["二", "(二)", "2"], ["衛(wèi)生健康部門"], ["衛(wèi)生健康部門"], lead_alternatives=[[]], nodl=True,
          **at(X06, "等工作。2."),
          note=CUT + " (「負責農」); " + COLON06 + "; " + PINYIN06 + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/(一)/1–2 and 二/(二)/1–2 (2 CUT); 一、總則's (一)目的 and (二)適用范圍 are general provisions (purpose, "
            "scope: round 30, no tasks; a count with them accepted) and (三)基本原則 1.–4. principles (round 33: tasks only in a plan "
            "that names no units; a count with them accepted): 8 (with the principles) and 10 (every leaf) accepted",
            "no figures in the page"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x169_07_zhen-xinfang-jian-huajie-gongzuo-fangan.txt"
NOUNITS07 = ("the page names no unit as a doer anywhere (「村(社区)、单位要把…纳入…」 — 纳入 is no verb of rule 2 and 单位 a general call, "
             "round 33; 主要领导, 其他领导 are persons, never units, round 30), so every numbered leaf is a task (seeds EXPECTED.md "
             "lines 3–5; plans-dev 08)")
plan(X07,
     doc_no="", issuer="a 镇 (「全镇各级各部门」; not named)", date="(no date on the page; the site's line 2024-03-20)",
     level="town (a 镇, not named)",
     title_note=NOTITLE + ": line 11 「信访化解工作方案篇一」 is the 范文 site's sample heading (its collection is 「最新信访化解工作方案"
                "(模板8篇)」), not the plan's title (as plans-next163 read collection headings)",
     source=page_source("http://cooco.net.cn/zuowen/3840757.html"),
     style="a 范文 site's page: breadcrumb, the collection's title three times, a date line, a blurb, 「信访化解工作方案篇一」, a preamble "
           "with the year's three goal rates, (一)工作原则。 1.坚持党政领导负总责的原则。… 2.坚持事发地为主的原则。… — CUT",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)", "1"], [], [], nodl=True,
          note=NOUNITS07 + "; " + R2 + ": no body: lead [], responsible []; 「落实包案责任」 has persons as its subject (其他领导); "
               "「信访积案化解年」「一岗双责」 names; " + NODATE),
        S(["(一)", "2"], [], [], nodl=True,
          note=CUT + " (「以户籍地常住地为辅“的」); " + NOUNITS07 + "; " + R2 + ": 「按照…原则,进一步明确…责任主体」 — no subject: lead "
               "[], responsible []; " + NODATE),
     ],
     plan_targets=[{"number": 80, "unit": "%"}, {"number": 90, "unit": "%"}, {"number": 100, "unit": "%"}],
     phases=[], duties=[],
     notes=["2 leaves: (一)/1–2 (2 CUT); the page has no 一、 above (一)",
            "plan targets: the preamble's 「确保集体访积案80%以上化解,确保个访积案90%以上停诉息访,确保进京访积案100%以上化解到位」 "
            "(以上, round 30: the plan's goals)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x169_08_guowei-2014-shijie-wuyanri-kongyan-lvyue-gongzuo-tongzhi.txt"
POINTS08 = ("round 34: a notice of headed points 「一、…二、…」 with paragraphs under them; a childless point whose text gives work is "
            "a task")
plan(X08,
     title="關于開展第27個世界無煙日活動及相關控煙履約工作的通知",
     title_note="line 15, after a spam line and the site's chrome; as printed, in traditional characters",
     doc_no="國衛宣傳發〔2014〕27號", issuer="国家卫生计生委 (its 宣传司; the site reposts it from the ministry's site)",
     date="2014-05-21 (the site's line)", level="central (a ministry: 国家卫生计生委)",
     source=page_source("http://www.0832.org.cn/html/kypd/gylf/710.shtml"),
     style="a tobacco site's page in traditional characters: a spam line, the site's menu lines, breadcrumb, the notice's title, the "
           "site's line, two lines with 「???」, the document number, addressees, a lead-in with a gap the site left 「“提高煙草稅》)」, "
           "一、持續推進無煙環境創建工作 (two paragraphs), 二、認真做好煙草流行監測工作 「各級衛生計生部」 — CUT",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各級衛生計生部門", "愛衛部門"], nodl=True,
          note=POINTS08 + "; " + R2 + ": 「各級衛生計生部門、愛衛部門應廣泛動員各有關部門、社會團體及企事業單位積極貫徹落實…要求,…"
               "大力開展…,推進…,落實“十二五”規劃要求」 — the objects of the pivot 動員 are no units (round 30); RULING? the elided "
               "subject of 「落實“十二五”規劃要求」 carries over from the sentence's subject (round 34), making 各級衛生計生部門 and 愛衛部門 "
               "doers; and 「各級衛生計生部門要貫徹落實…,…組織開展多種形式的督導、檢查和暗訪評估」 (组织＋work, round 34); a shared "
               "modifier stays with the first name (round 40): 各級衛生計生部門, 愛衛部門; lead [] (no 牽頭); 「2014年5月31日」 is the "
               "day the notice speaks of, not a date of this item's work; " + NODATE),
        S(["二"], [], [], nodl=True,
          note=CUT + " (「各級衛生計生部」); " + POINTS08 + "; a name the page cuts off is dropped (round 36): lead [], responsible []; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: the points 一 (two paragraphs) and 二 (CUT)",
            "「第27個」 a name, 「〔2014〕27號」「〔2014〕8號」 document numbers, 「十二五」 a name: no targets; 「及時通報結果,接受媒體和公眾監督」 "
            "is publication, not a report to a superior: no duty"])

write_collected(DIR)
