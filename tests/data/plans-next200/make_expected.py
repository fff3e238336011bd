# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next200/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c200, round 44: eight page openings of plans from outside Shanghai — a county's
道路交通安全秩序整治 plan (a trailing 「实施单位。A牵头，B、C、D配合。」 line, a dated item without a year); page 1 of a city's
2008-era 道路交通安全 攻坚战 plan (dated 集中整治 items, 「各县区政府要组织协调…」, fields sharing one head 「安监、交通、公安等部门」);
清流县's 2025 道路交通安全综合整治攻坚行动方案 under its cover (a campaign span 「从即日起至2025年12月31日」); 义乌市's
山洪灾害防御工作指南 (征求意见稿, articles: 「A指挥协调、B负责牵头…，C、D、E…做好…」, 「（以下简称市防指）」, 镇(街道)); a 镇's
农村交通事故预防攻坚战方案 on a document site (one run-on line, site chunk openers 「1、」「2、」「3、」, 「(责任单位:…)」 labels,
dates without a year); page 1 of a province's 农村道路交通安全 plan (十二五, 「县(市)人民政府要…并组织实施」, a payer); a city's
20xx 农村冬季清洁取暖 plan on a 范文 site (「未完成改造任务的县(市、区)…组织实施…」, masked years); a 镇's 农村交通安全整治实施方案
on a 范文 site (三、工作职责 「镇政府…认真组织整改」, a set-up office)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate``, ``at_in`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rules
1–3 and the rulings of rounds 30–44 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the
parser nor the scorer was run on these plans by c200.

    python tests/data/plans-next200/make_expected.py tests/data/plans-next200
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, article_in, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)
art = partial(article_in, DIR)

NO_TITLE = "title not checked: the page opening prints no title of the plan"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = ("the page prints no year for the plan (the text's dates are month and day only): the deadline is not checked "
          "(as a masked year, plans-next177)")
MASKED = "the year is masked on the page (「20xx年」): the deadline is not checked"
UNITLESS = ("round 40: items naming no unit in a plan with units elsewhere are tasks where they give work (a count "
            "without them is accepted)")
CHUNKS = ("round 40: the document site's chunk openers 「1、」「2、」「3、」 at the line starts are chrome, not items; round 34: "
          "items numbered inside one paragraph are items when their numbers run in order; round 42: the bare 「2切实…」 is "
          "item 2 whose dot was lost")

# ---------------------------------------------------------------------------------------------------------
X01 = "x200_01_xian-daolu-jiaotong-anquan-zhixu-zhengzhi-gongzuo-fangan.txt"
plan(X01,
     title="道路交通安全秩序整治工作方案",
     title_note="line 1, as printed (the site's page title is the plan's)",
     doc_no="", issuer="a county (not named; 「全县」「我县」「县政府主要领导」「县交警大队」)", date="not on the page (「下半年」; the "
     "campaign's first item runs 7月12日至8月7日)", level="county (not named)",
     source=page_source("http://6dgww.com/Article/15579865.html"),
     style="a document site's page: the title, a preamble, 一、 with (一) (a dated item 「7月12日至8月7日」 and a units line of its "
           "own after it 「实施单位。县交警大队牵头,县交通局、县广电局、县安监局配合。」) and (二) (departments in sentences, no units line "
           "before the cut); the site's lines 「(未完,全文共2015字,当前显示657字)」「(请认真阅读下面的提示信息)」 end the page",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["县交警大队"], ["县交警大队", "县交通局", "县广电局", "县安监局"], skip_deadline=True,
          deadline="7月12日至8月7日",
          note=R1 + ": the line 「实施单位。县交警大队牵头,县交通局、县广电局、县安监局配合。」 after the item's paragraph and before "
                    "(二) is the item's units label (a 实施单位 field like 「责任单位：」, written with 。): lead 县交警大队 (牵头), "
                    "responsible all four in printed order (配合 after 牵头, rule 2's form inside the label); 「组装宣传车…」 "
                    "has no subject; the item's own span 「7月12日至8月7日」 ends 8月7日 — " + NOYEAR + "; 「为期一个月」 is "
                    "a duration, no target"),
        S(["一", "(二)"], [], [], dl=None, nodl=True,
          note="no units line before the page's cut (the site shows 657 of 2,015 characters); 「公安交警部门要深入学校讲授…」「教育部门"
               "要开设…课」「各中小学要设立…宣传橱窗…,深入开展…竞赛」 — 讲授／开设／设立／开展 without 组织 are no rule-2 verbs "
               "(round 30's closed list): lead [], responsible []; " + NODATE + " (the span of (一) is that item's own, "
               "round 37: an item's own date wins, and it dates no other item)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一), 一/(二) (the page ends after (二)'s paragraph); the 实施单位 line belongs to (一)",
            "no year anywhere on the page: (一)'s deadline is not checked",
            "the two last lines are the site's chrome (a paywall notice), not text of the plan"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x200_02_shi-daolu-jiaotong-anquan-gongjianzhan-fangan-di1ye.txt"
plan(X02,
     title_note=NO_TITLE + " (the stored page 1 opens at 「(一)交通安全集中宣传」 of a section it does not show)",
     doc_no="", issuer="a city (not named; 「全市」「各县区政府」, 「迎接奥运、文明出行」 — 2008 by its theme, not printed)",
     date="not on the page (the theme 「迎接奥运」 points to 2008)", level="city (not named)",
     source=page_source("http://www.fsou.net/html/text/lar/170040/17004046_1.html"),
     style="page 1 of a city's 道路交通安全 攻坚战 plan on a document site, opening at (一) of an unseen section: (一) a "
           "宣传 item (「各县区政府要组织协调新闻媒体…」, 「宣传、教育、交通、安监、公安等部门要加强协作配合」), (二)(三) 集中整治 items "
           "each opening with its own span 「4月20日至6月30日」「7月1日至9月30日」 and fields sharing one head as subject, (四) CUT "
           "after its heading words",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], ["各县区政府", "宣传、教育、交通、安监、公安等部门"], dl=None, nodl=True,
          responsible_alternatives=[["各县区政府"]],
          note=R2 + ": 「各县区政府要组织协调新闻媒体…开展…宣传报道」 — 组织＋work makes its subject a doer whatever the object "
                    "(round 43, turned), 各县区政府 a kind; the object 新闻媒体 is no unit (round 30's pivot); 「宣传、教育、交通、安监、"
                    "公安等部门要加强协作配合」 — 配合 with no partner named makes its subject a doer (round 44: 「A应当配合做好…工作」; "
                    "round 34: 配合 in an item with a rule-2 doer); the fields share one head 「等部门」: one name as printed, 等 "
                    "kept (round 31; the scorer strips only a final 等); the reading that takes 「加强协作配合」 as mutual "
                    "cooperation naming no doer gives 各县区政府 alone (accepted); 「各县区要…精心谋划,制订方案」 — 制订 is no "
                    "rule-2 verb; lead [] (no 牵头); " + NODATE + " (no campaign span on the page)"),
        S(["(二)"], [], [], skip_deadline=True, deadline="4月20日至6月30日",
          note="「安监、交通、公安等部门要针对…突出问题,进一步建立健全…机制…,加强…治理,完善…设施」 — 建立健全／加强／完善 are no rule-2 "
               "verbs (round 30's closed list), 协作配合机制 is a noun: lead [], responsible []; the item's own span ends 6月30日 "
               "— " + NOYEAR),
        S(["(三)"], [], ["安监、交通、农业(农机)、教育、公安等部门"], lead_alternatives=[["安监、交通、农业(农机)、教育、公安等部门"]],
          skip_deadline=True, deadline="7月1日至9月30日", not_targets=[(3, "人")],
          note=R2 + ": 「安监、交通、农业(农机)、教育、公安等部门要各司其职、明确任务、落实责任」 — the subject of 落实 is a doer "
                    "(rule 2; round 44: 落实＋责任 gives out work); fields sharing one head, one name as printed with its bracket "
                    "(rounds 31, 34); " + ONE + "; the item's own span ends 9月30日 — " + NOYEAR + "; 「一次死亡3人以上交通事故"
                    "明显减少」 — 3人以上 names a class of accident (a figure in a noun naming a kind, rounds 34/40), not a target"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: (一)–(四) of an unseen section; (四) is cut after its heading words 「危险化学品运输」 (3 "
            "accepted without it)",
            "the spans of (二) and (三) are each item's own dates, not named stages: no phase is written",
            "no year is printed: no deadline is checked"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x200_03_qingliu-xian-2025-daolu-jiaotong-anquan-zonghe-zhengzhi-gongjian-xingdong-fangan.txt"
plan(X03,
     title="2025年清流县道路交通安全综合 整治攻坚行动方案",
     title_note="line 6, as printed (a space inside; the cover's 《…》 on line 2 names the same plan)",
     doc_no="", issuer="清流县人民政府办公室 (福建, 三明)", date="2025-04-18", level="county (清流县, 福建)",
     source=page_source("https://www.fjql.gov.cn/zfxxgkzl/zc/xzgfxwj/202504/t20250427_2119160.htm"),
     style="the county's own site: the cover's addressees and its one sentence 「请抓好贯彻落实」, the signer and date, "
           "「(此件主动公开)」, the title (with a space), a preamble fixing the campaign span 「从即日起至2025年12月31日」, 一、工作目标 "
           "(a goal with no figure), 二、工作措施 (一)落实标准化工作体系 1. — CUT in 1.",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)", "1"], [], [], dl="从即日起至2025年12月31日", dln="2025-12-31",
          note=CUT + "; 「分乡镇、分行业领域、分层级,逐级逐个单位严格贯彻《…方案》,落实…“三个一”图册」 has no subject (「逐级逐个单位」 is "
                     "a manner, and 单位 alone names no kind, round 33): lead [], responsible []; the preamble's campaign span "
                     "「从即日起至2025年12月31日」 is the span the plan sets for its work (round 37; round 44 decided: an item "
                     "with no date of its own takes a campaign span the plan sets): 2025-12-31; 「一张」「一套」「一本」 carry no "
                     "comparison word (no targets)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一)/1 (CUT); 一、工作目标 is a section (a goal with no doer)",
            "the cover's 「请抓好贯彻落实」 is no task (round 25); the goal 「力争2025年全县道路交通事故死亡人数与前三年(2022-2024年)"
            "平均数同比下降」 holds no figure to reach (2022-2024 names the years of the comparison) — no plan target; "
            "「不发生较大及以上道路交通事故」 names a grade of accident, no figure"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x200_04_yiwu-shi-shanhong-zaihai-fangyu-gongzuo-zhinan.txt"
RULING4 = ("RULING? 「镇(街道)负责组织所辖村(社区)…」 in a city's guide: 镇(街道) standing alone names the level of town and street "
           "governments (a kind, each 镇 or 街道 of the city), read here as a doer by 负责 (rule 2); round 44 reads 「镇将…组织…」 (the "
           "issuer's own town speaking of itself) as a place like 我市 — a reader who extends that gives 市防指 alone (accepted)")
plan(X04,
     title="义乌市山洪灾害防御工作指南",
     title_note="lines 3 and 4, as printed (line 1 is the site's file name 「….docx」; line 5 「征求意见稿」 marks a draft)",
     doc_no="", issuer="义乌市 (浙江, 金华; the issuing body is not on the page: 「市防指」 and 「水务局」 act in it)",
     date="not on the page (cites SL666-2014)", level="county-level city (义乌, 浙江)",
     source=page_source("https://m.bdocx.com/doc/9387874.html"),
     style="a document site's preview of a city's guide written as ARTICLES with no space after the number 「第一条为…」: purpose "
           "(第一条), principle (第二条), the responsibility system by persons (第三条), who leads and who works (第四条 「市防汛防台抗旱"
           "指挥部(以下简称市防指)指挥协调、水务局负责牵头…,各有关部门、镇人民政府、街道办事处根据各自职责做好…」 and a reference to 附件1), "
           "a headed article with two paragraphs (第五条), 第六条 CUT before its verb's object",
     leaf_tasks=3, count_alternatives=[2, 4, 5, 6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第四条"], ["水务局"], ["市防汛防台抗旱指挥部", "水务局", "各有关部门", "镇人民政府", "街道办事处"], dl=None, nodl=True,
          **art(X04, ["第四条"]),
          note="round 44 decided: in rules written as articles a named body standing as the subject of the article's verb of "
               "doing is a doer whatever the verb — 市防汛防台抗旱指挥部 (指挥协调), 水务局 (负责), 各有关部门、镇人民政府、街道办事处 "
               "(做好); 「水务局负责牵头…」 — A牵头 gives the lead (rule 2); the full name as printed, its 「(以下简称市防指)」 dropped "
               "(round 35); 「根据各自职责」 is a manner; 「具体职责分工详见附件1」 names no body; " + NODATE),
        S(["第五条"], ["市防指"], ["市防指", "相关部门、单位", "镇(街道)"], responsible_alternatives=[["市防指", "相关部门、单位"]],
          dl=None, nodl=True,
          **art(X04, ["第五条"]),
          note="a headed article whose two paragraphs give work: 「市防指结合…检查,组织相关部门、单位开展…排查,督促镇(街道)开展…,联合相关"
               "部门、单位做好…」 — 市防指 (the alias as printed, round 43) a doer (组织＋work; round 44's articles); the objects of "
               "组织 and 督促 are no units (round 30); 「联合相关部门、单位」 — the partner is the catch-all 「相关部门和单位」 (round "
               "37: a general call), no unit; 「镇(街道)负责组织所辖村(社区)开展…自查」 — 镇(街道) a doer (负责; the bracket stays "
               "with the name, round 34), the 村(社区) it organises are no units; " + RULING4 + "; " + NODATE + "; aligned round 53 to "
               "CONVENTIONS.md \"Round 64 rulings\" (turned): 联合 reads as 会同 (round 34) and the subject carried inside the "
               "paragraph gives it the lead (round 44's x218_03), the partner named by its kind a unit as printed, "
               "「相关部门、单位」 one name (round 42 continued; plans-dev 02) (lead [] → [市防指], responsible + 相关部门、单位; "
               "the RULING4 alternative without 镇(街道) kept)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks on the page: 第四条, 第五条, 第六条 (CUT after 「要参照《…导则》、《…导则》」); 第一条 (purpose, a general provision, "
            "round 30), 第二条 (principles) and 第三条 (the responsibility system, persons only: 「防汛责任人由…主要负责人担任」) are no "
            "tasks in a plan whose articles name units (round 33); counts with them are accepted (4, 5, 6), and 2 without the "
            "cut 第六条",
            "第六条 is not sampled: its subject 「市、镇(街道)、村(社区)」 stands before 参照 and a cut object (市 alone is a place, "
            "round 43)",
            "「SL666-2014」 is a standard number, not a target; 「附件1」 is not on the page"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x200_05_zhen-nongcun-jiaotong-shigu-yufang-gongjianzhan-fangan.txt"
plan(X05,
     title="农村交通事故预防攻坚战方案",
     title_note="line 3 after the site's chunk opener 「1、」 (line 1 is the site's file name 「….docx」)",
     doc_no="", issuer="a 镇 (not named; 「全镇」「镇党委书记」「依据市政府道路交通安全工作联席会议要求」)", date="not on the page "
     "(the campaign runs 「自2月1日至6月30日」, no year)", level="town (a 镇, not named)",
     source=page_source("https://taowenge.com/p-82935585.html"),
     style="a document site's preview: the plan printed as ONE RUN-ON LINE per site chunk, each chunk opening with the site's "
           "「1、」「2、」「3、」 (the chunk 「3、」 even splits the word 组织: 「…市里组」 / 「3、织开展…」); a campaign span 「自2月1日至"
           "6月30日」 in the preamble; 一、工作目标, 二、组织领导 (a leading group of persons and its office set up), 三、主要任务 (一) 1. 2 "
           "(二) 3. run on, with closing labels 「(责任单位:交管站、劝导站)」「(责任单位:交管站、各村居、派出所)」 and dates 「3月底前」"
           "「6月底前」「5月底前」 without a year — CUT in 3.",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、组织领导"],
     samples=[
        S(["三", "(一)", "1"], [], ["交管站", "劝导站"], skip_deadline=True, deadline="3月底前; 6月底前",
          **at(X05, "2、1."),
          note=R1 + ": the closing label 「(责任单位:交管站、劝导站)」: responsible, no lead; " + CHUNKS + "; two dates, the latest "
                    "「6月底前」 is the deadline (round 34), the other a step — " + NOYEAR),
        S(["三", "(一)", "2"], [], ["交管站", "各村居", "派出所"], skip_deadline=True, deadline="5月底前",
          **at(X05, "(责任单位:交管站、劝导站) 2"),
          note=R1 + ": the closing label 「(责任单位:交管站、各村居、派出所)」, names as printed; the bare 「2切实加强专业队伍建立」 is item "
                    "2 (round 42); 「5月底前,各村要配齐…」 — " + NOYEAR),
        S(["三", "(二)", "3"], [], [], skip_deadline=True,
          **at(X05, "(二)强化农村地区交通参加人治理 3."),
          note=CUT + " (the page ends at 「周末夜」; its label, if any, is lost); 「每月协作市里组[3、]织开展异地用警…」 — the site's "
                     "chunk opener inside 组织 is chrome; the clause has no subject (「协作市里」: 市里 a place), and 每月 is a "
                     "rhythm, not a deadline (round 34): lead [], responsible []; the campaign span 「自2月1日至6月30日」 would "
                     "date it (round 37) — " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 三/(一)/1, 2 and 三/(二)/3 (CUT); 一、工作目标 (no doer) and 二、组织领导 (a group of persons and "
            "the office it sets up 「领导小组办公室设在交管站」, round 35) are sections",
            "the three lines open with the site's chunk numbers 「1、」「2、」「3、」 (chrome, round 40); the plan's own 一、 二、 三、 "
            "(一) 1. run on inside them (round 34)",
            "no year anywhere on the page: no deadline is checked; the campaign span is not written as a phase (one span, "
            "no stages)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x200_06_sheng-nongcun-daolu-jiaotong-anquan-gongzuo-fangan-di1ye.txt"
plan(X06,
     title_note=NO_TITLE + " (the stored page 1 opens at 「(三)」 of the goals section it does not show)",
     doc_no="", issuer="a province (not named; 「全省所有乡(镇)」, 「结合贯彻省、市国民经济和社会发展“十二五”规划」)",
     date="not on the page (the 十二五 period begins: about 2011)", level="province (not named)",
     source=page_source("http://www.kleyou.com/html/text/lar/173102/17310273_1.html"),
     style="page 1 of a province's 农村道路交通安全 plan on a document site: (三) (四) of an unseen goals section (「95%的建制村通"
           "班车」), then 三、工作任务和措施 (一) 1.–3., run-in headings with sentences whose subjects are levels of government "
           "(「县 (市)、乡(镇)两级人民政府要建立…」 with a stray space, 「县级人民政府提供基本财政保障」, 「县(市)人民政府要…并组织实施」); a line "
           "break inside 「《 / 道路交通安全法》」; CUT in 3.",
     leaf_tasks=3, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "(一)", "1"], [], [], dl=None, nodl=True,
          note="「县 (市)、乡(镇)两级人民政府要建立…协调机制,加强…的组织领导和协调」 — 建立／加强 are no rule-2 verbs and 组织领导 is a "
               "noun here (not 组织＋work); 「并配备专门的安全员负责…」 — 安全员 are persons (round 34); 「县级人民政府提供基本财政保障,"
               "解决…经费问题」 — a cost verb names a payer, not a doer (rounds 30, 35, 37): lead [], responsible []; " + NODATE),
        S(["三", "(一)", "2"], [], [], dl=None, nodl=True,
          note="no subject: 「深入推进…建设,明确各级人民政府的…责任。将…纳入…,定期分析…,督促各有关部门履行…职责」 — the bodies are "
               "objects (of 明确, 督促; round 30's pivot): lead [], responsible []; " + NODATE),
        S(["三", "(一)", "3"], [], ["县(市)人民政府"], lead_alternatives=[["县(市)人民政府"]], dl=None, nodl=True,
          note=CUT + "; " + R2 + ": 「县(市)人民政府要认真总结…,制定本地道路交通安全规划,明确年度任务和目标,并组织实施」 — 组织实施 "
                     "makes its subject a doer (a kind, the bracket kept, round 34); the next sentence 「要根据…制定并组织实施…」 "
                     "carries it (round 37); " + ONE + "; 「十一五」「十二五」 name plan periods, no dates: " + NODATE),
     ],
     plan_targets=[{"number": 95, "unit": "%"}],
     phases=[], duties=[],
     notes=["3 leaves on the page: 三/(一)/1–3 (3. CUT); (三) and (四) are goal items of an unseen 二、 (aims with no doer: no "
            "tasks in a plan whose tasks name units, round 27); 5 accepted (the goals counted)",
            "plan target: 95 % (「基本实现全省所有乡(镇)、95%的建制村通班车」, a goal of (四))",
            "「一次」 and other figures: none; the stray space in 「县 (市)」 is the page's"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x200_07_shi-20xx-nongcun-dongji-qingjie-qunuan-fangan.txt"
plan(X07,
     title_note=NO_TITLE + " (line 1 「冬季农村取暖的方案15篇」 and line 3 「冬季农村取暖的方案1」 are the 范文 site's headings for "
                "its collection, not the plan's name)",
     doc_no="", issuer="a city (not named; 「我市」「对已经基本完成改造的县(市、区)…」)", date="20xx (masked)",
     level="city (not named)", source=page_source("https://oh100.com/a/202211/5623659.html"),
     style="a 范文 site's page: its headings and sales sentence, then the first plan of its collection — a preamble, 一、总体要求 "
           "(no doer), 二、目标任务 (one paragraph: 「未完成改造任务的县(市、区)…组织实施剩余的清洁取暖改造任务,力争在20xx年8月底前…,"
           "20xx年10月底前…」), 三、改造方式 (一)气代煤 with a trailing paragraph 「各县(市、区)要督促辖区燃气公司认真履行好…主体责任,」 — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二"], [], ["县(市、区)"], lead_alternatives=[["县(市、区)"]], skip_deadline=True,
          deadline="20xx年10月底前; 20xx年8月底前",
          note="a childless point that names a doer is a task (round 36: a 工作目标 point is a section unless it names a doer); "
               + R2 + ": 「未完成改造任务的县(市、区)…组织实施剩余的清洁取暖改造任务」 — 组织实施 makes its subject a doer; the 的-phrase "
                      "describes the name, the unit is the name after the last 的 (round 34): 县(市、区), its bracket kept; 「对已经"
                      "基本完成改造的县(市、区)查漏补缺」 — the other 县(市、区) are the object of 对, 查漏补缺 no rule-2 verb; " + ONE
               + "; the latest date 「20xx年10月底前」 would be the deadline (round 34) — " + MASKED + "; 「不可抗力影响…另行调整」 is "
                 "a case, no work (rule 3)"),
        S(["三", "(一)"], [], [], dl=None, nodl=True,
          note=CUT + "; 「实施气代煤清洁取暖改造…坚持做到…同步实施」 has no subject; the trailing paragraph 「各县(市、区)要督促辖区燃气公司"
                     "认真履行好气源保障主体责任,」 is the item's body (round 32: an unnumbered paragraph after the last item) — "
                     "督促 is no rule-2 verb and its object 燃气公司 is no unit (round 30's pivot; no work heading here): lead [], "
                     "responsible []; 「4个控制环节」 carries no comparison word (no target); " + UNITLESS + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二 (a childless point with a doer, round 36) and 三/(一) (CUT); 一、总体要求 is a section "
            "(「严密组织实施」 has no subject); 1 accepted (三/(一) names no unit, round 40)",
            "every year is masked 「20xx」: no deadline is checked"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x200_08_zhen-nongcun-jiaotong-anquan-zhengzhi-shishi-fangan.txt"
plan(X08,
     title="农村交通安全整治实施方案",
     title_note="line 1, as printed (the 范文 site's page title; line 11 「农村交通安全整治实施方案 1」 heads the first plan of "
                "the collection)",
     doc_no="", issuer="a 镇 (「xx镇」 masked; 「构建平安和谐十八里」)", date="not on the page (the site's 2024-08-23 is its "
     "posting time)", level="town (xx镇; 十八里 named in the aims)",
     source=page_source("https://pincai.com/article/3260118.htm"),
     style="a 范文 site's page with blank lines between paragraphs and two-space indents: the site's title, time line, "
           "「(精选20篇)」 headings and sales sentence, then plan 1: a preamble, 一、指导思想与工作目标 (aims), 二、组织领导 (an office "
           "set up, persons 李前锦, 杨强, …), 三、工作职责 (「镇政府加大宣传力度,…并认真组织整改,…」) — CUT mid-word",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想与工作目标", "二、组织领导"],
     samples=[
        S(["三"], [], ["镇政府"], lead_alternatives=[["镇政府"]], dl=None, nodl=True,
          note=CUT + "; round 38: a heading 「工作职责」 gives out work, every body the text gives work is a unit; round 34 early: a "
                     "childless headed point that gives work is a task: 「镇政府加大宣传力度,建立健全工作机制,…并认真组织整改」 — "
                     "镇政府 (组织＋work besides); 「认真分析各村…存在的问题」 — 各村 is inside the object, given no work; " + ONE
                     + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三、工作职责 (CUT); 一、 (aims) is a section; 二、组织领导 sets up 「xx镇农村道路交通管理办公室」 of "
            "persons and gives it 「负责…监督管理工作」 — the office the item sets up is no unit (round 35), 「各村设立交通安全协管员」 "
            "(设立, persons) names no doer: a section; 2 accepted (二 read as a task)",
            "persons 李前锦, 杨强, 田明贵, 肖刚 are published text, not units; the site's lines (time, 「蔼媚」, categories, "
            "「我要投稿」, 「(精选20篇)」 twice) are chrome"])

write_collected(DIR)
