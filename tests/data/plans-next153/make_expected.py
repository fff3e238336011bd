# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next153/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c153, round 38: eight page openings of plans from outside Shanghai — 旌德县's
电信诈骗 集中宣传 活动方案 whose 「四、任务分工」 is one childless section of unit paragraphs, a town's 2021 打击电信诈骗 宣传
方案 with 「由镇宣传工作领导小组负责组织…(完成时限:2021年11月底)」, a town's 扫黑除恶 工作制度 of three headed points with
weekly/monthly/quarterly sendings, a county's 森林防火工作方案 on a document site whose point 「二、齐抓共管,层层落实防火责任」
gives work to eight bodies, a city's 农村人居环境整治提升 plan cut after 「(一)…建设1个…、9个…、352个…」, a 区's 清明 森林防火
方案 in TRADITIONAL characters with INLINE PINYIN inside its names 「區(qū)森林防火指揮部」 and 「一、」 glued to the end of
the preface, a county's 秸秆禁烧 方案 run together on ONE LINE with the site's page marks, and 小江镇's 2017 「清河行动」
forwarding notice whose numbered requirements 1–4 carry dated sendings 「与2017年8月30日前报镇河长办备案」 and a 会同
clause): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in``
where the number is not at its line's start or the text runs on one line); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rules 1–4 on units and the rulings of rounds 30–38 are cited in the notes;
readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c153.

    python tests/data/plans-next153/make_expected.py tests/data/plans-next153
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (a number not at its line's start, or a run-together line), the first words cut at the
# line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's own title"
NOYEAR = "the year is masked or not printed: the date cannot be resolved, not checked"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋verb, 牵头, 会同/协同, a "
         "designation; rounds 30, 34, 37, 38)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NONE_NAMED = "no body named in a rule-2 form: lead = [], responsible = []"
WORKHEAD = ("round 35/37 (a heading that gives out work: any 「X分工」 heading, and a heading whose object is a duty word "
            "「落实…责任」): every body the text gives work is a unit, by any verb, in printed order")

# ---------------------------------------------------------------------------------------------------------
X01 = "x153_01_jingde-fangfan-dianxin-wangluo-zhapian-jizhong-xuanchuan-huodong-fangan.txt"
U01 = ["县公安局", "各乡镇", "各县直单位", "各派出所", "各镇", "县委平安办", "县委宣传部", "县委政法委", "县政府办",
       "县法院", "县人民检察院", "县民政局", "县教体局", "县科技商务经信局", "县市场监管局"]
plan(X01,
     title_note=NO_TITLE + " (the page opens with the preamble 「为深入推进…现制定活动方案如下:」; the plan's name is not on it)",
     doc_no="", issuer="旌德县 (Anhui, 宣城: 「旌德县打击治理电信网络新型违法犯罪工作联席会议」; the issuing body not named)",
     date="20xx (masked: 「20xx年1月10日至3月31日」)", level="county (Anhui, 旌德)",
     source=page_source("https://m.nryq.cn/dongshi/rgrrb/1KJ7RLz30L"),
     style="a question site's page: the preamble, 「一、工作目标」 and 「二、活动时间」 as bare headings (a span with the year "
           "masked under 二), 「三、宣传对象及内容」 1、2、 (a list, no work), 「四、任务分工」 as UNNUMBERED PARAGRAPHS each opening "
           "with a body 「县委宣传部负责…」「县民政局结合…开展…」 — CUT inside the last 「县科技商务经信局、县市场监管局负责…」",
     leaf_tasks=1, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、活动时间"],
     samples=[
        S(["四"], [], U01, skip_deadline=True,
          note=CUT + "; round 32 (a childless section of unit paragraphs is one task) and " + WORKHEAD + " (任务分工 is in "
               "round 35's list): 「县公安局具体推进,各乡镇和各县直单位落实」 (和 joins two whole names, round 35), 「交由各乡镇、各县直"
               "单位…」 (交由A, round 33: the same bodies), 「各派出所将…进行宣传」, 「各镇…入户宣传」, 「县委平安办负责…」 … 「县科技商务"
               "经信局、县市场监管局负责…」 — responsible in printed order, each once; no 牵头: lead = []; NOT units: 「在本级党委统一部署"
               "下」 (a circumstance, round 36), 「乡镇、社区(村)的工作人员及居民小区物业工作人员」 (persons, round 30), 「各地」 (no kind, "
               "round 32), 「联席会议成员单位」 (the object of 召集, not a pivot verb of round 37's list), 「公安局」 inside 「对公安局办理…"
               "案件的指导」 (an object); the activity's span 「20xx年1月10日至3月31日」 would give its end (round 36) but " + NOYEAR),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每1周通报各乡镇电诈案件发案情况(具体到社区、村)", "when": "每1周", "when_norm": "weekly"}],
     notes=["1 leaf: 四 (a section of unit paragraphs, round 32); 三/1 「宣传对象。全县广大人民群众。」 and 三/2 「宣传内容。」 name no work "
            "(a list, round 35): 3 (with them) accepted",
            "「每1周」 a rhythm, 「为期三个月」 a span: no targets; the 县公安局's weekly 通报 to 各乡镇 is a reporting rhythm (duty)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x153_02_zhen-daji-dianxin-zhapian-xuanchuan-gongzuo-shishi-fangan.txt"
plan(X02,
     title="XX镇打击电信诈骗宣传工作实施方案",
     title_note="line 1 (the town masked 「XX」)",
     doc_no="", issuer="a town (masked 「XX镇」; 「劝返我镇在缅滞留人员」 — a border region, not named)", date="2021 (「完成时限:2021年11月底」)",
     level="town (not named)",
     source=page_source("https://xiexiebang.com/a5/3a6cea0e541d33c5.html"),
     style="a document site's page: title, preamble, 「一、指导思想」 and 「二、组织领导」 (a group of persons, its office's "
           "director a masked person who 「牵头负责…」) as paragraphs, 「三、工作内容」 (一) as a HEADING LINE and a paragraph "
           "「由镇宣传工作领导小组负责组织…。各单位、各村居务必…同时组织炸开…会议…。(完成时限:2021年11月底)」, (二) CUT in its heading",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导"],
     samples=[
        S(["三", "(一)"], [], ["镇宣传工作领导小组", "各村居"], dl="(完成时限:2021年11月底)", dln="2021-11",
          note=R2 + ": 「由镇宣传工作领导小组负责组织全体机关干部…召开全镇动员大会」 — 由A负责 (A a body, round 36: a group named "
               "before or elsewhere is a doer; the persons it gathers are the object of 组织, round 30) and 「各单位、各村居务必…做好…,"
               "同时组织炸开辖区内反诈宣传动员会议」 — 组织＋verb (RULING? 「炸开」 read as the page's slip for 召开: 组织召开 is rule 2's "
               "form) by a kind 各村居 (round 32), 各单位 a general call with no kind (round 33): responsible 镇宣传工作领导小组, 各村居, "
               "no 牵头: lead = []; the label 「(完成时限:2021年11月底)」 closing the item: deadline 2021-11"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/(一), 三/(二) (cut in its heading 「加快全镇反诈宣传资」: no sample); 1 (without the cut heading) accepted",
            "二、组织领导 sets up a group of persons and its office (rule 3, round 35) whose director is a person: a section, no task"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x153_03_zhen-saohei-chue-zhuanxiang-douzheng-gongzuo-zhidu.txt"
OFFICE = "镇领导小组办公室"
plan(X03,
     title="XX镇扫黑除恶专项斗争工作制度",
     title_note="line 1; 「篇一」 (line 3) is the site's piece number",
     doc_no="", issuer="a town (masked 「XX镇」「xxx镇」; not named)", date="(no year printed)", level="town (not named)",
     source=page_source("https://m.07608.cn/qihuawenan/122826.html"),
     style="a model-text site's page: title, 「篇一」, a preamble, then three HEADED POINTS each a run-in heading and one "
           "paragraph 「一、建立联席会议制度。…」「二、建立信息报送制度。…」「三、建立调研督导制度。…」 (three CUT); rhythms "
           "everywhere (每半年/每月/每周一/每月底/每季度), one 「负责」",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note="round 34 (childless headed points that give work are tasks in a document of headed points); " + R2 + ": 「镇扫黑"
               "除恶专项斗争领导小组每半年召开一次会议」「领导小组办公室…适时召开专题会议」「各成员单位每月召开一次工作会议」 — 召开 "
               "without 组织 is no rule-2 verb (round 30), 「领导小组成员单位要牢固树立…加强…做好…」 neither: " + NONE_NAMED +
               "; 「每半年…一次」「每月…一次」 rhythms without a comparison word: no targets; rhythms are no deadline (round 34): "
               + NODATE),
        S(["二"], [], [OFFICE], lead_alternatives=[[OFFICE]],
          note=R2 + ": 「镇领导小组办公室负责收集、整理、汇总,按照要求向县领导小组报送周报、月报、季报」 — A负责: responsible "
               + OFFICE + ", " + ONE + "; the sendings of 「各村、镇扫黑除恶专项斗争领导小组成员单位」 (报送 is no rule-2 verb) are "
               "duties, not units; 「经镇领导小组办公室审查后」 approves (rule 3); the rhythms are no deadline (round 34): " + NODATE),
        S(["三"], [], [],
          note=CUT + "; " + R2 + ": 「镇扫黑除恶专项斗争领导小组建立调研督导制度,全面督导检查各村、各有关部门…」 — 建立 and 督导检查 "
                     "are no rule-2 verbs (" + VERBS + "); 各村、各有关部门 are the objects checked: " + NONE_NAMED + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每周一向镇领导小组办公室报送工作开展情况和相关数据", "when": "每周一", "when_norm": "weekly"},
             {"what": "每月底向镇领导小组书面报告工作开展情况", "when": "每月底", "when_norm": "monthly"},
             {"what": "每季度报送工作小结", "when": "每季度", "when_norm": "quarterly"},
             {"what": "向县领导小组报送周报、月报、季报", "when": "周报、月报、季报", "when_norm": "weekly"},
             {"what": "每半年向镇党委报送全镇扫黑除恶专项斗争进展情况", "when": "每半年", "when_norm": None}],
     notes=["3 leaves: 一, 二, 三 (cut); 2 (without the cut 三) accepted",
            "「重大情况及时报送」 names no rhythm (not answered as a duty); the half-yearly sending has no rhythm word the "
            "scorer knows: when_norm null (found by its words only)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x153_04_xian-senlin-fanghuo-gongzuo-fangan.txt"
U04 = ["各级各有关部门", "县森林防火指挥部各成员单位", "财政部门", "教育部门", "交通部门", "广电部门", "气象部门",
       "武装、公安、武警、消防部门"]
plan(X04,
     title="森林防火工作方案",
     title_note="line 27 after the site's 「文档介绍:」 (lines 4, 15, 21 print the file name 「森林防火工作方案.docx」)",
     doc_no="", issuer="a county (「我县山高谷深」, 「县森林防火指挥部」; not named)", date="(no year printed; 「2020/12/6」 is the upload date)",
     level="county (not named)",
     source=page_source("https://m.taodocs.com/p-446879973.html"),
     style="a document site's page: page count, file name three times, format line, uploader and date, 「文档介绍:森林防火工作方案」, "
           "then two HEADED POINTS with leading spaces, heading and text on one line 「  一、提高认识,切实加强组织领导 我县…」 "
           "「  二、齐抓共管,层层落实防火责任 各级各有关部门要…。一是…财政部门要…;教育部门要…组织开展…;…二是县森」 — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各级各有关部门"], lead_alternatives=[["各级各有关部门"]],
          note="round 34 (a childless headed point that gives work is a task) and round 33 (a 组织领导 point with a doer in its "
               "sentence names a unit: a task); " + R2 + ": 「各级各有关部门要始终坚持…,落实森林防火行政领导负责制」 — 落实 by a group "
               "named by a kind (各有关部门 is a kind, round 32/33), the name as printed with 各级 (RULING? 「各级各有关部门」 kept whole; "
               "a reader may cut it to 各有关部门): responsible 各级各有关部门, " + ONE + "; " + NODATE),
        S(["二"], [], U04,
          note=CUT + "; " + WORKHEAD + " — 「层层落实防火责任」 is a heading whose object is a duty word (round 37's 「落实部门监管职责」"
                     "「压实…责任」): 「各级各有关部门要认真落实…责任制」, 「县森林防火指挥部各成员单位要认真履行部门职责」 (a group by a kind, "
                     "round 35), 「财政部门要将…经费纳入财政预算」 (纳入 is work, not a cost verb alone, round 37), 「教育部门要…组织开展…」, "
                     "「交通部门要免征、免收…」, 「广电部门要…发布和播出…」, 「气象部门要提供森林火险天气预报」 (提供 with a forecast, not a "
                     "cost, as object: work, round 30), 「武装、公安、武警、消防部门要积极参加扑火救灾」 (fields sharing one head: one name, "
                     "round 31) — responsible in printed order, no 牵头: lead = []; 「“政府负总责,部门齐抓共管…”」 is a quoted slogan "
                     "of the work's pattern, not a body given work; 「“五个一”」 a name: no target; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一, 二 (cut); 1 (一 read as a section of 组织领导) accepted", "「今冬明春」 is no date"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x153_05_quanshi-nongcun-renju-huanjing-zhengzhi-tisheng-gongzuo-fangan.txt"
plan(X05,
     title="全市农村人居环境整治提升工作方案",
     title_note="line 1",
     doc_no="", issuer="a city under a 州 (「按照省州关于…工作部署」, 「省级…州级…市级…乡镇级」 — a county-level city of an autonomous "
                       "prefecture; not named)", date="2021–2025 (「五年行动方案(2021—2025年)」 of the centre; the plan's own year not printed)",
     level="city (county-level, not named)",
     source=page_source("https://biganzizhijia.com/fanwen/jhfa/41303.html"),
     style="a model-text site's page: title, preamble, 「一、总体目标」 (a paragraph: 「十有十无」 and principles), 「二、重点任务」 "
           "(一) as one paragraph with figures 「建设1个…、9个精品示范村(省级2个、州级7个)、352个美丽村庄(…)」, then the site's "
           "「仅展示665字,全文共3671字」 — the stored excerpt is SHORT (1,970 bytes; the same on a second look-up)",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["二", "(一)"], [], [], [("1", "个"), ("9", "个"), ("2", "个"), ("7", "个"), ("352", "个"), ("16", "个"), ("12", "个"),
                                  ("25", "个"), ("299", "个")],
          note="the page names no unit at all (every numbered leaf a task, plans-dev 08); 「强化分类指导…整合资源、集中力量打造…」 "
               "has no subject: " + NONE_NAMED + "; 「建设1个省级乡村振兴示范乡镇、9个精品示范村…、352个美丽村庄」 — the item's own "
               "numbers to build (round 37): targets 1个, 9个, 352个, and the brackets' shares by level 「(省级2个、州级7个)」「(省级16个、"
               "州级12个、市级25个、乡镇级299个)」, numbers to build as well: targets 2个, 7个, 16个, 12个, 25个, 299个; 「十百千」 a name: no target; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一); 「仅展示665字,全文共3671字」 is the site's line, not the plan's",
            "「(2021—2025年)」 belongs to the central plan's title: no date of this plan"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x153_06_qu-qingming-senlin-fanghuo-gongzuo-fangan.txt"
HQ = "區(qū)森林防火指揮部"
PINYIN = ("RULING? the site's inline pinyin 「(qū)」 stands inside the name; the name is kept as printed (round 36: "
          "names as printed) — a reader who drops the pinyin answers 「區森林防火指揮部」")
plan(X06,
     title_note=NO_TITLE + " (a collection page: 「發(fā)布時間」, a 序言 of the site, then a 区's plan that opens with its "
                           "preamble 「隨著清明節(jié)的臨近…」)",
     doc_no="", issuer="a 区 (「區(qū)森林防火指揮部」「區(qū)教育局」「市、區(qū)」; not named)", date="(no year printed; 「2022-06-03」 is the site's posting time)",
     level="district of a city (not named; outside Shanghai: 「鄉(xiāng)鎮(zhèn)、街道」「林業(yè)站長」)",
     source=page_source("http://jxqp.net/haowen/2644.html"),
     style="a collection site's page in TRADITIONAL characters with INLINE PINYIN after some characters 「區(qū)」「鎮(zhèn)」"
           "「發(fā)」, even inside names: the posting time, the site's preface, the plan's preamble with 「一、宣傳培訓(xùn)工作」 "
           "GLUED to its end (no line start), items 1、–6、 at line starts, 「二、巡查、督查工作」 1、–3、, 「三、案件查處工作」 1、 — CUT",
     leaf_tasks=10, count_alternatives=[9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], **at(X06, "\n1、", 1),
          note="the section number 「一、」 is glued to the preamble's end (path as the plan numbers it); " + R2 + ": 「區(qū)森林防火"
               "指揮部、區(qū)教育局聯(lián)合印發(fā)…」 — 印發 is no rule-2 verb and 聯合 is not among rule 2's partner words (会同, "
               "协同: a closed list, as plans-next138's and earlier answers read 联合): " + NONE_NAMED + "; " + NODATE),
        S(["二", "1"], [], [HQ], [("23", "個")], lead_alternatives=[[HQ]], **at(X06, "\n1、", 2),
          note=R2 + ": 「區(qū)森林防火指揮部組織二十三個巡查組深入到…巡查」 — 「A组织B＋verb」 (round 30): A the doer, the 巡查组 "
               "(the object of 组织) no unit: responsible " + HQ + ", " + ONE + "; " + PINYIN + "; 「二十三個巡查組」 — the item's own "
               "number to field (round 37), written in Chinese numerals: target 23個; 「清明節(jié)期間」 is no date: " + NODATE),
        S(["二", "3"], [], [], **at(X06, "\n3、", 2),
          note="「視天氣情況,區(qū)政府頒發(fā)森林防火令」 — 頒發 is no rule-2 verb (" + VERBS + "); 「視天氣情況」 a case: "
               + NONE_NAMED + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves: 一/1–6, 二/1–3, 三/1 (cut); 9 (without the cut 三/1) accepted",
            "「從3月8日起」 (一/3) is a start, not a deadline; 「3月21日下午召開…會議」 (一/4) has a date without a year (not sampled: "
            "its deadline could not be checked); 「8篇」 in the site's preface is no target"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x153_07_xian-jiegan-jinshao-gongzuo-shishi-fangan.txt"
U07 = ["县环保局", "县交通局", "公路局", "县农委", "县农机局", "县监察局", "县广电局"]
plan(X07,
     title="政府秸秆禁烧工作实施方案",
     title_note="line 1 after the site's page mark 「第1页共4页」, run into 「为认真做好我县…」",
     doc_no="", issuer="a county government (「我县」, 「县政府成立县农作物秸秆禁烧工作领导小组」; not named)",
     date="xx (masked: 「环发(xx)98号」, 「xx年5月底到9月底」)", level="county (not named)",
     source=page_source("https://wnwk.com/doc/806656.html"),
     style="a document site's preview on ONE LINE with its page marks 「第1页共4页」「第2页共4页」「第3页共4页」 INSIDE words "
           "(「县农作第2页共4页物秸秆」): title, preamble, 「一、指导思想」, 「二、目标任务」 (a masked span and a 1公里 zone), 「三、组织"
           "领导及职责分工」: a lead-in setting up the group, 「各组成单位及其职责如下:」 and RUN-IN UNIT SENTENCES 「县环保局。负责…"
           "县交通局、公路局。负责…县农委。负责…」 — CUT at 「县广电局。负责对全县农作」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、目标任务"],
     samples=[
        S(["三"], [], U07, skip_deadline=True, **at(X07, "三、"),
          note=CUT + "; round 32 (a childless section of unit paragraphs is one task, its units all the paragraphs' bodies) and "
               "round 34/35 (a 职责分工 heading: every body the text gives work): 「县环保局。负责…」「县交通局、公路局。负责…」 "
               "(two heads: two names, 公路局 as printed), 「县农委。负责…」「县农机局。负责…」「县监察局。负责…」「县广电局。负责…」 — "
               "responsible in printed order, no 牵头: lead = []; NOT units: 县禁烧办 (its daily work is the 县环保局's: 「承担县禁烧办"
               "的日常工作」), 「县政府成立…领导小组…下设办公室」 (RULING? the lead-in sets up the group whose members' duties follow "
               "「各组成单位及其职责如下:」; 成立 read as setting up, round 35, not as work given under the heading — a reader who reads "
               "every verb under 职责分工 adds 县政府 first), 「直接责任人」「有关责任人员」 (persons); the campaign's span "
               "「xx年5月底到9月底」 (二) would give its end (round 37) but " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 三 (a section of unit sentences, round 32); 二、目标任务 names no body (a section, round 36)",
            "「两侧各1公里的地带」 names the zone the ban covers (no comparison word): no target; 「(xx)98号」 a document number"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x153_08_xiaojiang-zhen-2017-qinghe-xingdong-shishi-fangan.txt"
RIVER = "镇河长办"
COVERNOTE = ("RULING? the page holds the forwarding notice and only the forwarded plan's preamble and a bare 「一、」: the "
             "notice's numbered requirements 1–4 (「具体要求如下:」) give work to the plan's bodies and are read as its tasks "
             "(expected_tools' COVER reading; CONVENTIONS' 「cover instructions are no tasks」 speaks of 「请认真贯彻执行」); 0 accepted")
plan(X08,
     title="小江镇2017年“清河行动”实施方案（关于印发《小江镇2017年“清河行动”实施方案》的通知）",
     title_note="the forwarded plan's name (line 25, after the notice's date) and the notice's (line 9); line 1 and lines 5, 7 "
                "are the collection site's own titles",
     doc_no="", issuer="小江镇人民政府 (「镇河长制领导小组」, 「镇河长办」; province not named)", date="2017-08-02",
     level="town (小江镇)",
     source=page_source("https://99xueshu.com/w/filer68ym09f.html"),
     style="a collection site's page: its title, date 「2024-07-09」 (the site's), 「(精选9篇)」「第1篇」, then a FORWARDING NOTICE "
           "「关于印发《小江镇2017年“清河行动”实施方案》的通知」 with addressees, 「具体要求如下:」 and NUMBERED REQUIREMENTS 1、–4、 "
           "(dated sendings 「与2017年8月30日前报镇河长办备案」「与2017年11月30日前将…总结报镇河长办」, a 会同 clause, an e-mail "
           "number), the issuer and 「2017年8月2日 小江镇2017年“清河行动”实施方案」 on one line, the plan's preamble, a bare 「一、」 — CUT",
     leaf_tasks=4, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [], dl="并与2017年11月30日前", dln="2017-11",
          note=COVERNOTE + "; " + R2 + ": 「各村(居)委会、“河长制”各责任单位要履行好职责,…制定各专项整治行动方案」 — 履行 and 制定 "
                           "are no rule-2 verbs (round 30, round 38: 「A履行…工作」 names no doer): " + NONE_NAMED + "; two dated "
                           "sendings (duties, round 35): the latest date is the item's deadline (round 34): 2017-11"),
        S(["3"], [RIVER], [RIVER, "镇级责任站所"], lead_alternatives=[[]],
          note=COVERNOTE + "; " + R2 + ": 「镇河长办将会同镇级责任站所开展检查督导」 — 「A会同B＋verb」: lead " + RIVER + " (lead [] "
                           "accepted), responsible " + RIVER + ", 镇级责任站所; " + NODATE),
        S(["4"], [], [],
          note=COVERNOTE + "; 「各村(居)委会、责任站所要及时把…材料报镇河长办」 — a sending (报) by bodies with no rule-2 verb: "
                           + NONE_NAMED + "; the sending is an undated duty; 「848381948」 is an e-mail address, no target; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "制定各专项整治行动方案,与2017年8月30日前报镇河长办备案", "when": "2017年8月30日前", "when_norm": "2017-08"},
             {"what": "与2017年11月30日前将专项整治行动工作总结报镇河长办", "when": "2017年11月30日前", "when_norm": "2017-11"},
             {"what": "把专项整治行动过程中的特色、亮点文字、图片、视频材料报镇河长办", "when": "及时", "when_norm": None}],
     notes=["4 leaves: the notice's requirements 1–4 (RULING?, see the samples); 0 accepted (a reader who reads no cover item "
            "as a task: the forwarded plan's items are off the page)",
            "2: 「各牵头责任单位要履行好…职责…各站所要通力配合」 — a back-reference (round 34) and 配合 with no doer: no unit (no sample)",
            "「2017年8月2日」 is the notice's date; 「2024-07-09」 the site's"])

# round 46 (al48): answers aligned to CONVENTIONS.md "Round 48 rulings, written early", read at the items
from expected_tools import align48_units  # noqa: E402

align48_units('x153_04', ['二'], [], [u for u in U04 if u != "财政部门"],
              "decided / turned (cost verbs): 「财政部门要将森林防火专项经费纳入财政预算,保证经费落实到位」 — 纳入…预算 with money "
              "(经费) as object names a payer, no unit (经费 is the subject of 落实到位, no rule-2 verb of the body): 财政部门 is "
              "dropped; the other bodies keep their work")

# Round 61 (rul84): x153_02 二、组织领导 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: a group's
# set-up point that gives it work, governs, p61d-2) (README, round 61)
from aligned_rulings import align84  # noqa: E402

align84("x153_02", None, "「二、组织领导 …成立XX镇反电信网络诈骗宣传活动领导小组,…领导小组下设办公室,…牵头负责全镇反电诈宣传工作并协调各单位…宣传工作,同时负责各类宣传资料制作及信息收集上报工作。」 (x153_02 二): a point that sets a group up and gives it or its office work by 负责 is a task naming none (rule 3); not sampled",
        "Tasks and counts, governs: round 57's x255_06 一/2, Round 83's x314_03 三 and Round 85's x320_04 二/(一) over the older answer's section (p61d-2); 二、组织领导 section → task, 2 → 3, 2 stays accepted",
        counts={"leaf_tasks": 3, "count_alternatives": [2, 1], "childless_top_level_sections": ['一、指导思想']})

write_collected(DIR)
