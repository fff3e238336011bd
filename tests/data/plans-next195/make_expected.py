# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next195/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c195, round 43: eight page openings of plans from outside Shanghai — 石狮's 20xx
世界环境日 plan (a field block with 「责任单位:」「配合单位:」 and a 协调人); a 村's 2020 厕所革命 整村推进 plan on a 范文 site
(「1.2020年…」, a 责任主体 point, a list of subsidy standards); a province's 2012 春节 「好書刊進基層」 notice (traditional with
the site's inline pinyin, five headed points, 「春節期間」); 顺德区's xx年 防溺水 plan (traditional with inline pinyin,
「(牽頭單位:…,責任單位:…)」 labels); 佛耳湖镇中心学校's 防溺亡 plan (a school's own, 「工作职责和任务」); a 镇's 網格化 防溺水
plan (traditional, persons and bodies mixed); 石埠子镇's 2025 预防溺水 plan (a township site's metadata lines, 「二、明确责任分工
(一)各社区、各村。」); 中和小学's 2013 控辍保学 劝返制度 (one line, items 一、–六、 run on)): never tune the parser on them (see
README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``at_in`` of ../plans/expected_tools.py); every
answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of rounds
30–43 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was
run on these plans by c195.

    python tests/data/plans-next195/make_expected.py tests/data/plans-next195
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


NO_TITLE = "title not checked: the page opening prints no title of the plan"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 42: 干部 are persons)"
MASKED = "the year is masked on the page (「xx年」「20xx年」): the deadline is not checked"
CLOSED = "no rule-2 verb (round 30's closed list: 开展, 做好, 制定, 派出, 召开 … are not in it)"
PINYIN = "the site's inline pinyin 「(qū)」「(fā)」 inside a name is kept as printed (round 39)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x195_01_shishi-20xx-shijie-huanjingri-xuanchuan-huodong-fangan.txt"
plan(X01,
     title="教育局世界环境日宣传活动方案",
     title_note="line 1, as printed by the site (line 5 the collection's 「教育局世界环境日宣传活动方案 篇1」); the plan is "
                "石狮's 环保 plan under the site's 教育局 heading",
     doc_no="", issuer="石狮市 (county-level city, 泉州, 福建; 「为石狮全域城市化建设」「泉州市环保工作会议」; the issuing bureau is "
     "not named — its 环境监察大队, 法规宣教股, 环境监测站 point to the city's 环保局)", date="20xx (masked; the site's "
     "2024-11-26 is its own date)", level="county-level city (石狮, 福建), a bureau's plan",
     source=page_source("http://diyifanwen.cache2.idcadmin.com/get.php?url=https%3A%2F%2Fm.diyifanwen.com%2Ffanwen%2F"
                        "shijiehuanjingbaohuri%2F18944378.html"),
     style="a 范文 site's cache page: the site's heading and date, 「…篇1」, a preamble, 一、指导思想, 二、活动主题 (the theme left "
           "blank 「“”」), 三、活动时间 「20xx年5月25日--6月10日」, 四、活动内容及时间安排 (一) as a FIELD BLOCK — 时间:6月4日 / 地点: / "
           "协调人:陈垂汉 / 责任单位:环境监察大队 / 配合单位:…(a bracket listing four companies) / 活动内容: — CUT inside 活动内容",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题", "三、活动时间"],
     samples=[
        S(["四", "(一)"], [], ["环境监察大队", "法规宣教股", "环境监测站", "各环境监察中队", "三大集控区污水处理厂"],
          lead_alternatives=[["环境监察大队"]], skip_deadline=True,
          note=CUT + "; round 35: numbered lines or field lines 时间／地点／承办单位／活动内容 are the fields of one item, its "
                     "责任单位 line its units label (" + R1 + "); 「配合单位:」 beside 「责任单位:」 gives responsible too, no lead "
                     "named, the 责任单位 as lead accepted (plans-next2, plans-next16: 「（责任单位：A，配合单位：B）」); the bracket "
                     "「(石狮市海天环境工程有限公司、…、南华环境工程开发有限公司)」 lists the bodies the kind 三大集控区污水处理厂 "
                     "stands for and is dropped (round 37, like 「（即：…）」); 协调人:陈垂汉 — " + PERSON + "; the item's own "
                     "day 「6月4日」 (round 37: an item's own date wins over the activity's span) — " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 四/(一) (CUT); 一、指导思想 is a section, 二、活动主题 and 三、活动时间 only give the theme and the "
            "time (round 42 continued: a section that only gives the time, place, aim or theme of the activity is a field, "
            "no task)",
            "三、活动时间 「20xx年5月25日--6月10日」 is the activity's span with a masked year: no deadline is checked and no phase "
            "is written; 三大集控区 / 三大 is a name, no quantity",
            "the site lines (heading, 「2024-11-26」, 「…篇1」) are chrome"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x195_02_cun-2020-cesuo-geming-zhengcun-tuijin-shishi-fangan.txt"
plan(X02,
     title="厕所建设实施方案",
     title_note="line 13, as printed (the piece's heading before 「第1篇」; line 7 is the site's 「厕所建设实施方案范文」)",
     doc_no="", issuer="a 村 of a 镇 (not named: 「镇村」 with the names blanked; 责任主体 镇人民政府)", date="2020 (the project's "
     "year, 「2020年全村完成…」; the site's date 2023-02-28 is its own)", level="village (a 村's project under its 镇)",
     source=page_source("https://youfabiao.com/haowen/23191.html"),
     style="a journal-sales site's 范文 page (site lines, a phone number, 「第1篇」): 一、目标任务 (一)基本情况 (present figures) "
           "(二)目标任务 1.–3. (「1.2020年全村完成…287户」 — a number followed at once by a year), 二、责任主体 (「项目责任主体为镇"
           "人民政府。具体责任单位为镇村村民委员会。」), 三、工作措施 (one paragraph, a group set up), 四、奖补标准 (一) 1. (1)–(4) "
           "standards a new toilet must meet — CUT at 「(4)厕屋屋」",
     leaf_tasks=5, count_alternatives=[3, 4, 6], attachment_task_rows=0, childless_top_level_sections=["二、责任主体"],
     samples=[
        S(["一", "(二)", "1"], [], [], [(287, "户"), (90, "%")], skip_deadline=True,
          note="「2020年全村完成新改建…287户。总体目标:…户用无害化卫生厕所达到90%以上;…群众满意度达90%以上」 — 全村 is a place "
               "and 完成 no rule-2 verb (" + CLOSED + "): lead [], responsible []; 287户 the item's own number to build, 90% "
               "with 以上／达 (round 30's line); the item opens with a year 「1.2020年」 right after its number (a parser may "
               "read 「1.2020」 as one figure): round 39 dates a headed point opening with a year, but an item opening with a "
               "year outside a steps section is still open (round 42 continued): the deadline is not checked"),
        S(["一", "(二)", "2"], [], [], [(100, "户")],
          note="「新建三格化粪污(含生活污水)无害化处理池100户」 — no subject: lead [], responsible []; 100户 the item's own "
               "number to build (round 37); 三格 names a kind of tank, no quantity; " + NODATE),
        S(["一", "(二)", "3"], [], [], [(186, "户")],
          note="「旧化粪池加盖186户」 — no subject: lead [], responsible []; 186户 the item's own number (round 37); " + NODATE),
        S(["三"], [], [],
          note="round 34 (early): a childless point whose text gives work (「…按照宣传动员、参观学习、组织实施的程序进行,村上要成立"
               "项目质量监督小组,负责…质量监督」) is a task (the count 4 without it is accepted); the group the point sets up is "
               "the subject of 负责 (round 35: set-up bodies stay rule 3); 村上 (「in the village」) with 成立 — no rule-2 verb "
               "and a place (round 43: 我市／本市 standing alone is a place): lead [], responsible []; " + NODATE),
     ],
     plan_targets=[{"number": 1500, "unit": "元"}, {"number": 2, "unit": "米"}, {"number": 1.5, "unit": "平方米"}],
     phases=[], duties=[],
     notes=["5 leaves: 一/(一) (基本情况: the plan's tasks name no unit, so every numbered leaf is a task — plans-dev 08 — "
            "though it states figures only), 一/(二)/1–3 and 三 (a childless point that gives work). Accepted: 4 (without "
            "一/(一), round 33: a statement with no work; or without 三), 3 (without both), 6 (二、责任主体 counted: round 42 — a "
            "point that only says who carries out the whole project, like 「三、具体实施单位：…」, is a plan-level field, no "
            "task and no item units, a count with it accepted)",
            "二、责任主体: 「责任主体为镇人民政府。具体责任单位为镇村村民委员会」 names the whole project's bodies (round 34: a "
            "designation) — as a plan-level field it gives no item units (round 42); a reader who gives them to every item "
            "disagrees with round 40's preamble ruling",
            "四、奖补标准: (一)无害化卫生厕所 1.新建卫生厕所 「每户补助1500元」 with (1)–(4) the standards a new toilet must meet "
            "「厕屋净高不低于2米,面积不小于1.5平方米」 — a list of rates and conditions gives no work (rounds 35, 36, 38: text, no "
            "tasks); the policy's own rate 1500元 and the floors 2米 (不低于), 1.5平方米 (不小于) are plan targets (round 38: "
            "plan targets where the article is no task); 「(4)厕屋屋」 is CUT",
            "not targets: 一/(一)'s present figures 618户, 185户, 21户, 125户 (round 33: past and present figures); 「三年内有"
            "搬迁」 names a class of household",
            "site lines (「欢迎来到优发表网」, phone numbers, 「购物车(0)」, the menu, 「时间:2023-02-28 15:56:20」, the 序论) are chrome"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x195_03_sheng-2012-chunjie-haoshukan-jinjiceng-huodong-tongzhi.txt"
U03 = "各地出版發(fā)行單位"
plan(X03,
     title="關于認真組織做好春節(jié)期間“好書刊進基層”活動的通知",
     title_note="line 1 as printed, the site's inline pinyin 「(jié)」 kept (round 39), less the site's 「(摘錄)」 (「excerpt」, "
                "the page's mark, not part of the notice's name) — RULING? a reader who keeps 「(摘錄)」 answers the whole line",
     doc_no="", issuer="a province's 新闻出版 authority (not named; 「我省」, addressed to 「各省轄市文化光電新聞出版局…各省直直管試點縣"
     "(市)新聞出版管理部門」 — 省辖市 and 省直管试点县, as in 河南)", date="2012 (「為營造2012年春節期間…」)",
     level="province (a provincial 新闻出版 authority)",
     source=page_source("http://m.tropicaldreamskapaa.com/Show.asp?id=329"),
     style="a notice in traditional characters with the site's inline pinyin 「春節(jié)」「發(fā)行」「優(yōu)秀」: title with 「(摘錄)」, "
           "addressees, a preamble (「為營造2012年春節(jié)期間濃厚的文化氛圍」), five headed points 一、–五、 each 「heading sentence。"
           "text」, a closing paragraph 「各地和各新聞出版主管部門對這次活動要高度重視…認真組織實施,…豐富多」 — CUT; typos as "
           "printed (「文化光電」「文化只是,想讀者」「游園手術」)",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [U03], lead_alternatives=[[U03]], skip_deadline=True,
          note="round 34 (early): a childless headed point that gives work in a notice of headed points is a task; " + R2 +
               ": 「各地出版發行單位要組織一批優秀書刊、音像電子出版物,走進火車站…贈送」 — round 43 (turned): 组织 is in rule 2's "
               "list whatever its object, the subject a doer; 各地 before a kind is kept as printed (round 38: 「各地农业行政主管"
               "部门」 a kind), " + PINYIN + "; " + ONE + "; no date of its own: whether the notice's 「2012年春節期間」 (title, "
               "preamble) is the span of every item is the still-open question of a goal date stated once in a preamble "
               "(round 43): the deadline is not checked"),
        S(["二"], [], [], dl="春節(jié)期間", dln="2012-01",
          note="「春節期間,全省要開展不同形式的讀書活動」 — 全省 is a place, no body (round 43: 我市 standing alone; round 32: "
               "各地), and 開展 no rule-2 verb: lead [], responsible []; the item's own 「春節期間」 — round 40: a festival's "
               "day in the plan's year dates 「在春节前」 by its month; round 43: 「宣传周期间」 is dated by that day's month — "
               "春节 2012 fell on 2012-01-23: 2012-01"),
        S(["三"], [], [], skip_deadline=True,
          note="「各出版發行單位、圖書賣場要開展不同形式的優惠銷售…,開設特價專區」 — a kind with a verb outside rule 2's list is no "
               "doer (" + CLOSED + "): lead [], responsible []; no date of its own (as 一: not checked)"),
        S(["四"], [], [], dl="春節(jié)期間", dln="2012-01",
          note="「春節期間,各地各出版發行單位要大力倡導書刊賀歲,開展…捐贈書刊活動」 — 倡導／開展 are no rule-2 verbs: lead [], "
               "responsible []; the item's own 「春節期間」: 2012-01 (as 二)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: the headed points 一、–五、 (round 34 early: a notice written as headed points; each gives work). "
            "Accepted: 6 (the closing paragraph counted, round 40: a closing paragraph that gives the section's work). Read "
            "here as the notice's close (round 34: 「请…抓紧组织」-like requirements for 「這次活動」 as a whole after the last "
            "point), not 五's body and no task",
            "五 is not sampled: its units hang on that reading (「要積極組織書刊發行單位參加…」 has no subject — 组织's object is "
            "no unit, round 30 — but the closing paragraph read as 五's body would add 各新聞出版主管部門 by 「認真組織實施」)",
            "the preamble's 「2012年春節期間」 and the title's 「春節期間」 set the notice's time; 二 and 四 write it themselves"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x195_04_shunde-qu-xx-yufang-xuesheng-nishui-gongzuo-shishi-fangan.txt"
plan(X04,
     title_note=NO_TITLE + " (line 2 is the collection's heading 「策劃預防學生溺水工作實施方案篇一」, the site's word 策劃 and "
                "its piece number glued on)",
     doc_no="", issuer="順德區 (佛山, 廣東; 「認真貫徹落實《佛山市順德區防止學生溺水工作意見》」, 區級部門聯席會議; the issuer not named)",
     date="xx年 (masked)", level="district (順德區, 佛山)",
     source=page_source("http://aiweibaby.com/zuowen/19565932.html"),
     style="a 范文 site's page in traditional characters with the site's inline pinyin 「區(qū)」「聯(lián)」: the site's blurb, the "
           "collection heading 「…篇一」, an aims paragraph (「xx年,學生溺水事故死亡人數比去年下降25%以上」), items 1、–3、 each "
           "closing 「(牽頭單位:A,責任單位:B)。」 — 3、 CUT before its label",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], ["區(qū)教育局"], ["區(qū)教育局", "區(qū)預防學生溺水聯(lián)席會議成員單位"], skip_deadline=True,
          note=R1 + ": 「(牽頭單位:區教育局,責任單位:區預防學生溺水聯席會議成員單位)」 — lead the 牽頭單位, responsible both; the "
                    "members named by a kind are a body as printed (round 35: 「各成员单位」 a group named by a kind; the label "
                    "keeps its names, round 33); " + PINYIN + "; 「今年5月和8月,召開2次…聯席會議」 — 「今年」 is the masked xx年: "
                    + MASKED + "; 2次 has no comparison word (not written as a target, as plans-next177's 「讲座1次」)"),
        S(["2"], ["鎮(zhèn)街道教育局"], ["鎮(zhèn)街道教育局", "鎮(zhèn)街道預防學生溺水聯(lián)席會議成員單位"],
          note=R1 + ": 「(牽頭單位:鎮街道教育局,責任單位:鎮街道預防學生溺水聯席會議成員單位)」 as printed (the label writes "
                    "鎮街道 without the text's brackets 「鎮(街道)教育局」); the text's own clauses (「…為本轄區…牽頭單位,統籌協調"
                    "鎮(街道)公安部門…」) add nothing (rule 1); " + NODATE),
        S(["3"], [], [],
          note=CUT + " (before any label); 「學校要對本單位…進行總體安排,…制訂工作方案;…組建巡查隊伍…進行巡防」 — 進行 is not 實施 "
                     "(round 37) and 制訂／組建 are no rule-2 verbs: lead [], responsible []; " + NODATE),
     ],
     plan_targets=[{"number": 25, "unit": "%"}], phases=[], duties=[],
     notes=["3 leaves: 1、–3、 (3、 CUT); the aims paragraph before 1、 is no item",
            "plan target: 25 % (「學生溺水事故死亡人數比去年下降25%以上」, 以上: round 30's line) in the masked year",
            "the first paragraph 「方案是根據實際情況…」 is the site's blurb (chrome)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x195_05_foerhu-zhen-zhongxin-xuexiao-2018-yufang-weichengnianren-nini-zhuanxiang-zhili-fangan.txt"
plan(X05,
     title="佛耳湖镇中心学校关于开展预防未成年人溺亡专项治理工作的实施方案",
     title_note="line 6, as printed (line 4 is the site's heading 「镇中心学校防溺水工作方案」)",
     doc_no="", issuer="佛耳湖镇中心学校 (新密, 郑州, 河南; after 豫综治办〔2018〕33号)", date="2018 or later (the cited "
     "〔2018〕33号; the plan prints no date on the page)", level="a body's own (a town's central school)",
     source=page_source("http://6dgww.com/Article/12501968.html"),
     style="a 公文 site's page: the site's line, its heading, the plan's title, a preamble, 一、工作原则和目标 (principles), "
           "二、工作职责和任务 1、 2、 (a work heading over items whose sentences name 中小学校及幼儿园, 中心学校) — the page ends after "
           "2、",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作原则和目标"],
     samples=[
        S(["二", "1"], [], ["中小学校", "幼儿园", "相关部门", "中心学校"],
          note="round 38: 「工作职责」 is a heading that gives out work, and every body its text gives work is a unit (rounds "
               "34–36): 「中小学校及幼儿园负责协调本单位相关部门开展专项治理工作」 — A及B two names (round 34), and under a work "
               "heading 「A协调B…开展」 gives A and B (round 36); 「本单位相关部门」 read as 相关部门 (round 43: 本局 before another "
               "body's name is dropped) — RULING? a reader who keeps 「本单位相关部门」 as printed; 「中心学校抓好督查,督促落实」 — a "
               "body given work under the heading (抓好, any verb of doing, round 34); 「本单位领导班子要做到…」 — persons (" +
               PERSON + "): lead [] (no 牵头 named); " + NODATE),
        S(["二", "2"], [], ["中小学校", "幼儿园"],
          note="under the work heading (round 38): 「中小学校及幼儿园要结合实际,开展集中教育活动,印发…」 — the bodies the text "
               "gives work, A及B two names (round 34): lead [], responsible both; the first sentence 「做好学生的预防溺水安全"
               "教育」 has no subject; 《致佛耳湖镇中小学生及幼儿家长的一封信》 is a title; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/1, 二/2; 一、工作原则和目标 states principles and an aim with no doer (a section); the "
            "page ends after 2、 (a 3、 may follow on the site)",
            "preamble: the bodies that issued the cited documents (市综治委、教育体育局、公安局…) are no units of any item",
            "the site's line 「公文高手,超级方便的公文写作神器! 立即了解」 is chrome"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x195_06_zhen-wanggehua-guanli-fangnishui-gongzuo-fangan.txt"
plan(X06,
     title_note=NO_TITLE + " (the page opens at the preamble 「為進一步織牢織密防範學生溺水…特製定本方案。」)",
     doc_no="", issuer="a 镇 (not named; 「我鎮」「鎮學生安全專業委員會」「鎮黨政班子成員」)", date="not printed on the page",
     level="town (a 镇; the site's 《致家長的一封信》 and 「六有」 as in 湖南 plans; not named)",
     source=page_source("https://www.sgf2.com/37584/38154/38157/38161/38248/40416/content_2311744.html"),
     style="a town's plan in traditional characters (「體係」「機製」 as the site converted them): a preamble, 一、構建網格化責任體係 "
           "with a lead-in paragraph of roles and items (一)–(五) that mix bodies 「鎮學生安全專業委員會」「村(社區)」「教育行政部門」 "
           "with persons 「鎮黨政班子成員」「聯點幹部」「黨組織書記」「校(園)長」 — (五) CUT in the list of fields after 「協同」",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["鎮學生安全專業委員會"], lead_alternatives=[["鎮學生安全專業委員會"]],
          note=R2 + ": 「鎮學生安全專業委員會統籌領導全鎮防溺水工作,落實領導包片責任製」 — 統籌領導 is no rule-2 verb, but the "
                    "carried subject of 落實 is a doer (round 34: an elided subject carries over inside one paragraph); " + ONE +
                    "; 鎮幹部 who 包村 are persons; the heading 「構建網格化責任體係」 gives out no work (round 38: 「加强安全责任体系」) "
                    "and the lead-in 「構建…主職幹部負總責、分管幹部牽頭抓、部門協作…的網格化責任體係」 is a principle of roles "
                    "(round 40/41: no units); " + NODATE),
        S(["一", "(二)"], [], [],
          note="「鎮黨政班子成員兼任…特聘安全副校長,…聯點幹部負責防溺水及學校安全管理工作,嚴格落實“六有”…」 — the subjects are "
               "persons (" + PERSON + "), with 負責 and 落實 too: lead [], responsible []; 「六有」 is a name (its six 有 are "
               "listed), no quantity; " + NODATE),
        S(["一", "(三)"], [], ["村(社區)"], lead_alternatives=[["村(社區)"]],
          note=R2 + ": 「村(社區)負責在本村(社區)水域附近設立足量的警示牌…」 — A負責 (a kind of body, the bracket kept as printed, "
                    "round 34); 「村(社區)黨組織書記對…負總責,…組織幹部開展走訪」 — a person (" + PERSON + "), his 組織 gives no "
                    "unit; 「每一個責任單位或家庭」 is the object of 分解到 (no unit); " + ONE + "; " + NODATE),
        S(["一", "(四)"], [], [],
          note="「學校(幼兒園)黨組織書記和校(園)長對全校防溺水工作負總責,專題部署…,嚴格落實防溺水責任…,督促家長履行監護責任」 — "
               "the subjects are persons (" + PERSON + "; round 35's 「A负总责」 designates a body, not a person), the carried "
               "subject of 落實 the same persons: lead [], responsible []; 家長 the object of 督促 (no unit); " + NODATE),
        S(["一", "(五)"], ["教育行政部門"], ["教育行政部門"], lead_alternatives=[[]],
          note=CUT + " (after the list of fields, before their verb); 「教育行政部門發揮行業牽頭作用,協同宣傳、政法、…、團委、婦聯」 — "
                     "read as 「A牽頭」 (A plays the lead: round 32's designation, like 「由A作为牵头单位」 round 41): lead and "
                     "responsible 教育行政部門 — RULING? 「發揮…牽頭作用」 is not 「A牵头」 word for word (lead [] accepted); the "
                     "partners of 協同 stand before a verb the page cuts off: round 43 (turned) — a clause cut before its verb "
                     "names nothing after the cut — read here as naming none of the partners; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一/(一)–(五) ((五) CUT); 4 accepted ((五) cut before its verb, not counted). 一's lead-in paragraph is "
            "no item",
            "the partners of (五)'s 協同 would be one body per bare field name as printed (round 42 continued: 宣傳, 政法, 民政, "
            "住建, 公安, 衛健, 應急, 農業, 交通, 文旅, 團委, 婦聯) if the verb were on the page"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x195_07_shibuzi-zhen-2025-yufang-nishui-gongzuo-shishi-fangan.txt"
plan(X07,
     title="石埠子镇关于预防溺水工作实施方案",
     title_note="line 15, as printed (also the metadata lines 5 and 12 「标  题:」)",
     doc_no="", issuer="石埠子镇 (安丘, 潍坊, 山东)", date="2025-06-23 (发文日期)",
     level="township (石埠子镇, the county-level city's site)",
     source=page_source("http://www.anqiu.gov.cn/xxgk/sbzz/202507/t20250701_6524325.html"),
     style="a government site's page: two runs of metadata lines (「• 索 引 号:」… and again on four lines), the title, 「发布时间:"
           "2025-06-23」, a preamble citing five documents, 一、健全组织机制 (one paragraph: 「各社区、各村要严格落实属地责任…」 and a "
           "专组 of persons), 二、明确责任分工 (一)各社区、各村。 — a unit heading over its text — CUT at 「各类权属水」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各社区", "各村"],
          note="round 36: a childless top-level point that gives work to a rule-2 doer is a task (the count 1 without it is "
               "accepted); " + R2 + ": 「各社区、各村要严格落实属地责任」 — kinds of body with 落实 (round 32: 各街镇-like kinds are "
               "doers); two names (round 30: 「各镇、园区」); 「明确各有关部门职责」 — the departments are an object; the 专组 the "
               "point completes is led by persons (「镇政府主要负责同志任组长」「分管负责同志」「各社区书记、有关部门负责同志」 — "
               + PERSON + "): lead [] (no 牵头 named); " + NODATE),
        S(["二", "(一)"], [], ["各社区", "各村"],
          note=CUT + "; " + R1 + ": the unit heading 「(一)各社区、各村。」 under 「明确责任分工」 (round 35: a heading whose object "
                     "is 责任分工 gives out work): responsible 各社区, 各村; the text's 「各社区、村是第一责任主体,对…负总责」 adds "
                     "nothing (rule 1); lead [] (no 牵头 named); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一 and 二/(一) (CUT); 1 accepted (一 read as a 组织领导 section: round 36 makes it a task "
            "by its doers)",
            "the preamble's document numbers (潍政办字〔2021〕45号 …) and 「20条措施」 (a title) are no targets",
            "bytes: 1,990 where a whole opening gives 1,999–2,001 — about 10 bytes are missing, most likely non-breaking "
            "spaces of the metadata lines (「索 引 号」「分  类」) that the tool's answer showed as plain spaces; words and line "
            "breaks are as the tool gave them"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x195_08_zhonghe-xiaoxue-2013-kongchuo-baoxue-quanfan-zhidu.txt"
plan(X08,
     title_note="title not checked: the page is ONE line; its title 「中和小学2013年春季学期控辍保学Р劝返制度」 runs into item 一、 "
                "with the site's paragraph marks 「Р」 inside it",
     doc_no="", issuer="中和小学 (a primary school under a 中心学校 and a 镇政府; place not named)",
     date="2013 (春季学期, title)", level="a body's own (a primary school's rules)",
     source=page_source("https://m.qiqiwenku.com/doc/651079.html"),
     style="a document site's whole short text on ONE line: the title, then 「Р 一、…Р 二、…Р 六、…」 — six numbered rules run on "
           "with the site's mark 「Р」 (Cyrillic Er) where the document's line breaks were; 983 bytes, the whole text",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], **at(X08, "Р 一、"),
          note="round 34: items numbered inside one paragraph (a page printed on one line) are items when the numbers run in "
               "order from 一; 「有晨会课的教师要亲自查点…,对查出的未到校学生要在一小时内报学校」 — teachers are persons (" + PERSON +
               "): lead [], responsible []; 「一小时内」 is a limit from an event (round 33: no deadline); 「每天」 a rhythm: "
               "no deadline"),
        S(["二"], [], [], **at(X08, "Р 二、"),
          note="「学校要迅速派出教师当天家访」 — 派出 is no rule-2 verb (round 30 names it): lead [], responsible []; 「当天」 is a "
               "time from the event (round 34): no deadline"),
        S(["三"], [], ["学校"], lead_alternatives=[["学校"]], **at(X08, "Р 三、"),
          note=R2 + ": 「学校应当天向中心学校汇报,并组织有关人员(包括村干部)制定劝返方案」 — 组织＋work (round 34; its objects, "
                    "persons, are no units); the issuer naming itself is a unit as printed (round 30: 「我委」「本局」); 中心学校 "
                    "only receives (rule 3); 「与村干部联合开展」 — persons; " + ONE + "; 「当天」: no deadline"),
        S(["四"], [], [], **at(X08, "Р 四、"),
          note="「…学生仍不能入学就读的,学校应在开校一周内将…上报中心学校、镇政府,并协助乡镇、村继续做好劝返动员工作」 — 上报 "
               "and 协助 are no rule-2 verbs (協助 gives units only under a work heading, round 36): lead [], responsible []; "
               "中心学校、镇政府 receive, 乡镇、村 are the objects of 协助; 「开校一周内」 is a limit from an event: no deadline"),
        S(["六"], [], [], **at(X08, "Р 六、"),
          note="「学校建立控辍保学月监测期报告制度,责成监测报告员,于每学期开学后一周内前将…按时报中心学校」 — 建立 is no rule-2 "
               "verb and 责成's object is a person: lead [], responsible []; 「每学期开学后一周内」 recurs each term (round 34: "
               "a rhythm is no deadline)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "学校在开校一周内将辍学学生情况以书面形式上报中心学校、镇政府", "when": "开校一周内",
              "when_norm": None, "note": "round 35/36: a plan body's sending to another body is a duty; a limit from the "
                                         "term's start, no date"},
             {"what": "每学期开学后一周内将学校辍学和劝返情况按时报中心学校", "when": "每学期开学后一周内",
              "when_norm": None, "note": "round 40: a standing rhythm of reporting to a body is a duty, whoever sends it; "
                                         "each term (no rhythm word of the scorer's list)"}],
     notes=["6 leaves: 一、–六、 (round 34: items numbered inside one line); 5 accepted (五 「对未及时报告…造成辍学的,要追究有关"
            "人员的责任」 read as a penalty rule that gives no work; round 43 reads rule points with no subject as tasks where they "
            "give work)",
            "no dates: every time is counted from an event (「一小时内」「当天」「开校一周内」) or recurs (「每天」「每学期」)"])

write_collected(DIR)
