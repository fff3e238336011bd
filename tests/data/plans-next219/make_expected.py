# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next219/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c219, round 46: eight page openings of plans from outside Shanghai — 中牟新区's
2025 蓝天保卫战 plan (a 郑州 district bureau's page; goals with five ceilings and floors, one cut item); a 镇's 禁止露天焚烧秸秆
plan on a document site (everything run in on two chunk lines, 五、职责分工 with unit-colon items (一)(二), CUT); a 永济 镇's
「三治一化」 plan (a 时间安排 section of two dated stage paragraphs, a masked year 201*); a 镇's 2019 三秋 秸秆 禁烧 实施意见
(a 禁烧时段 field, groups set up, CUT); 汉阴县's 2018 秸秆禁烧 plan under its cover notice (由A提出…, CUT); a 金华 county-level
city's 2018 蓝天保卫战 plan in traditional characters (「牽頭單位:…;責任單位:…」 lines after items 1.–3., 4. CUT); 北旺乡's 2022
秸秆禁烧 plan (a cut subject under 「明确责任」); 农业农村部办公厅's 农办科〔2019〕20号 notice (no rule-2 verb, CUT)): never tune
the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at`` where the
number is run into a line); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1,
rule 2 and the rulings of rounds 30–46 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither
the parser nor the scorer was run on these plans by c219.

    python tests/data/plans-next219/make_expected.py tests/data/plans-next219
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, YEAR, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number is run into a line (not at its start): the line where the nth marker ends and the first eight
# characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOPLAN = "no unit anywhere on the page: every numbered leaf is a task (plans-dev 08; rounds 25/27)"
GOAL = "round 44 decided: a goal's date in a 目标 section is the goal's, no item's deadline"
CHUNK = ("the site's chunk openers 「1、」「2、」 before the text are chrome, not items (round 40); the numbers 一、… and (一)… "
         "are run into those two lines and are items as if each stood at a line start (round 34: items numbered inside one "
         "paragraph, in order)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x219_01_zhongmu-xinqu-2025-lantian-baoweizhan-shishi-fangan.txt"
plan(X01,
     title="中牟新区2025年蓝天保卫战实施方案",
     title_note="line 6, as printed (lines 1–5 are the site's index number, publisher, column and dates)",
     doc_no="not shown (index 416211581/2025-00007)", issuer="郑州市生态环境局中牟分局 (the page's publisher; the plan is 中牟新区's)",
     date="2025-09-09 (the page's date)", level="a district body's own (郑州市生态环境局中牟分局, for 中牟新区, Henan)",
     source=page_source("https://public.zhongmu.gov.cn/D250301X/9601599.jhtml"),
     style="a county government site's page: five bullet lines of metadata, the title, a preamble, 一、指导思想, 二、主要目标 (one "
           "paragraph of 2025 goals: three 「控制在…以下」 ceilings, 「不低于262天」, 「控制在4天以下」), 三、主要任务 (一) 加快开展降碳"
           "行动 over 1. 加强减污降碳协同控制 (no subject; 「推进落实…」「严格落实…」「加强…」) — CUT after its first 「;」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、主要目标"],
     samples=[
        S(["三", "(一)", "1"], [], [],
          note=CUT + " (after 「…温室气体排放;」); " + NOPLAN + "; 「推进落实郑州市减污降碳协同控制实施方案」「严格落实《消耗臭氧层物质"
               "管理条例》」 — 落实 with no subject (the plan's bodies are not named; the issuer speaks of no one): " + NONE
               + "; 企业 is the object of 备案管理 (a body inside a noun's description, round 30); " + NODATE + " (the 2025 of "
               "二、主要目标 is the goals' year: " + GOAL + "; the title's year dates nothing, round 38)"),
     ],
     plan_targets=[{"number": 73, "unit": "微克/立方米"}, {"number": 39, "unit": "微克/立方米"},
                   {"number": 23, "unit": "微克/立方米"}, {"number": 262, "unit": "天"}, {"number": 4, "unit": "天"}],
     phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一)/1 (CUT). 一、指导思想 and 二、主要目标 are childless sections (plans-dev)",
            "plan targets (二、主要目标, round 30's line): PM10 「控制在73微克/立方米以下」, PM2.5 「39微克/立方米以下」, NO2 "
            "「23微克/立方米以下」, 「优良天数不低于262天」, 「重污染天数控制在4天以下」; 「PM10」「PM2.5」「NO2」 name pollutants "
            "(digits in names), 「十四五」 names a plan period",
            "the page's index number 416211581/2025-00007 and dates are the site's metadata"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x219_02_zhen-jinzhi-lutian-fenshao-jiegan-ji-jiegan-zonghe-liyong-shishi-fangan.txt"
plan(X02,
     title_note="title not checked: lines 1–2 are the site's page labels 「乡镇禁止露天焚烧秸秆及秸秆综合利用实施方案_第1页」 (with "
                "「_第N页」); the document's own title 「XX禁止露天焚烧秸秆及秸秆综合利用实施方案」 is run into the chunk line after "
                "「1、」",
     doc_no="", issuer="a 镇 (「我镇」「镇党委、政府」; named only 「XX」, under a 州 and a 县: 「州、县有关…文件精神」)",
     date="not shown", level="town (a 镇, not named; in an autonomous prefecture)",
     source=page_source("https://www.renrendoc.com/paper/211644422.html"),
     style="a document site's preview: the site's page labels and download chrome, then the text run in on two chunk lines "
           "opening 「1、」 and 「2、」: a preamble, 一、指导思想, 二、整治范围 「xx」, 三、工作目标 (split by the chunk break), 四、组织"
           "机构 (a group set up, members 「Xxxx」), 五、职责分工 with unit-colon items (一)农业部门: and (二)公安部门: — CUT in (二)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、整治范围", "三、工作目标", "四、组织机构"],
     samples=[
        S(["五", "(一)"], [], ["农业部门"], lead_alternatives=[["农业部门"]], **at(X02, "五、职责分工(一)"),
          note=CHUNK + "; " + R1 + ": a unit-colon item 「(一)农业部门:要采取有效措施,…」 gives its unit (plans-dev 12 二/（一）); "
               "the sentences add nothing; 农民 are the public (no unit); " + ONE + "; " + NODATE),
        S(["五", "(二)"], [], ["公安部门"], lead_alternatives=[["公安部门"]], **at(X02, "(二)"),
          note=CUT + "; " + R1 + ": 「(二)公安部门:…」 — the label decides, so 「协同有关部门依法监管」 in its text adds nothing (rule "
               "1; 有关部门 would be a partner by round 39 only where no label stands); 「有关责任人」 are persons; " + ONE + "; "
               + NODATE + "; count 1 (the cut (二) read as no task) accepted"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 五/(一), (二) (CUT). 一、指导思想, 二、整治范围 (a field, 「xx」), 三、工作目标 (a goal: 「充分发挥各村职责,落实"
            "责任」 under the county's and the town's leadership) and 四、组织机构 (a group set up, round 35/41) are sections",
            "「1、」「2、」 are the site's chunk openers (round 40); the chunk break splits 「秸秆禁烧工」 / 「作」",
            "「xx」「Xxxx」 are the page's masks; 「秸杆」 (sic) is printed so"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x219_03_zhen-sanzhi-yihua-daqi-wuran-zonghe-zhengzhi-gongzuo-fangan.txt"
STAGE3 = ("round 33: a stage written as a name and a time 「准备阶段(4月6日—4月10日):…」 in a 时间安排 section is a phase, and "
          "with its work after the time it is also a task; the stage paragraphs are unnumbered, so the path is the section and "
          "the stage's first words (round 38: unnumbered paragraphs that give work are tasks, paths by first words)")
plan(X03,
     title_note="title not checked: the page prints no title (it opens with the preamble; the plan names itself 「…“三治一化”工作"
                "方案」 inside it)",
     doc_no="", issuer="a 镇 of 永济市 (Shanxi: 「《永济市大气污染防治行动计划》」「我镇」)", date="not shown (「201*年」, masked)",
     level="town (a 镇 of 永济市, Shanxi, not named)",
     source=page_source("http://bsmz.net/gongwen/762163.html"),
     style="a 范文 site's short copy (1,435 bytes): a preamble, 一、指导思想, 二、工作目标 (「使我镇201*年…」 with a masked year), "
           "三、时间安排 with two unnumbered stage paragraphs 「准备阶段(4月6日—4月10日):…」「集中治理阶段(4月11日—4月30日):…」, then "
           "the site's source and disclaimer line",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "准备阶段"], [], [], skip_deadline=True, line=7, title_starts="准备阶段(4月6",
          note=STAGE3 + "; " + NOPLAN + "; 「制定具体工作方案,…建立台账,分解落实工作责任」 — no subject (落实 inside 分解落实 with "
               "no body): " + NONE + "; deadline 「4月10日」 — " + YEAR + " (the year is masked 「201*」 and no title names it: "
               "round 46 decided, x177_02: unreadable)"),
        S(["三", "集中治理阶段"], [], [], skip_deadline=True, line=8, title_starts="集中治理阶段(4",
          note=STAGE3 + "; 「按照台账任务及工作职责,迅速行动,分类分项开展治理,限期完成」 — no subject, 开展 without 组织 (round 30): "
               + NONE + "; deadline 「4月30日」 — " + YEAR + " (masked year)"),
     ],
     plan_targets=[],
     phases=[{"name": "准备阶段", "start": None, "end": None},
             {"name": "集中治理阶段", "start": None, "end": None}],
     duties=[],
     notes=["2 leaves: the two stage paragraphs of 三、时间安排 (phases and tasks, round 33); 1 accepted (三 read as one childless "
            "headed point that gives work, round 34 early). 一、指导思想 and 二、工作目标 are sections",
            "phases: 准备阶段 (4月6日—4月10日) and 集中治理阶段 (4月11日—4月30日); their months are printed but the year is masked "
            "(「201*年」 in 二), so start and end are unreadable (None, as plans-next28 wrote a stage with no year)",
            "「PM2.5」 names a pollutant; 「五大专项行动」「三治一化」「三大污染」 name programmes, not targets",
            "the last line 「来源:网络整理 免责声明:…」 is the site's"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x219_04_zhen-2019-sanqiu-nongzuowu-jiegan-zonghe-liyong-jinshao-shishi-yijian.txt"
plan(X04,
     title="乡镇三秋农作物秸秆综合利用禁烧工作实施意见",
     title_note="line 5, as printed (line 1, the site's headline, is the same words; lines 2–4 are the site's download notes)",
     doc_no="", issuer="a 镇 (「X镇」「我镇」; not named)", date="2019 (「为做好2019年农作物秸秆综合利用和禁烧工作」)",
     level="town (a 镇, not named)",
     source=page_source("https://360docs.net/doc/0a27286337.html"),
     style="a document site's page: the headline, three download notes 「- 1、…」「- 2、…」「- 3、…」, the title again, the "
           "addressees 「各党支部、村委会及企事业单位:」, a preamble naming 2019, 一、指导思想, 二、总体目标, 三、禁烧时段和禁烧区域 "
           "((一)禁烧时段:「“三秋”为9月26日至10月25日」 (二)禁烧区域: fields), 四、工作措施 (一)加强组织保障。 (groups, an office "
           "and a 巡查队 set up, 「各村要成立」) — CUT",
     leaf_tasks=1, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、总体目标"],
     samples=[
        S(["四", "(一)"], [], [], nodl=True,
          note=CUT + " (at 「各村要成立」); a heading line 「(一)加强组织保障。」 over its paragraphs (round 35: run-in heading); "
               + R2 + ": 「成立X镇…领导小组和考核督查领导小组」「领导小组下设办公室」「同时成立镇禁烧巡查队,每天对各村防火情况进行检查"
               "和督查」 — bodies the item sets up (round 35: no unit; 成立／设 are no rule-2 verbs); 「办公室主任由X同志兼任」 — a "
               "person (round 30); 「各村要成立」 — 成立 is no rule-2 verb and its object is cut: " + NONE + "; deadline: the item "
               "has no date of its own; 三/(一) 「禁烧时段:“三秋”为9月26日至10月25日」 is the campaign's span stated once for the "
               "whole action (round 37; round 42: a 时间 field), its year 2019 from the preamble: 2019-10-25 — RULING? a reader "
               "who reads 禁烧时段 as a focus period that dates no standing measure (round 44's 重点防范期) answers none. "
               "Aligned in round 46 to the Round 47 rulings (decided: a 禁烧时段 is the ban's time of force and dates no "
               "item): no deadline"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 四/(一) (CUT). 三/(一) 禁烧时段 and (二) 禁烧区域 only say when and where the ban holds: fields, "
            "no tasks (round 42/44: points that only say when or where the work bears); 3 accepted (them read as tasks). "
            "一、指导思想 and 二、总体目标 are sections",
            "the download notes 「- 1、…」「- 2、…」「- 3、…」 are the site's chrome, not items (round 40); 「9:00-18:30」 is "
            "in that chrome",
            "「零焚烧」 names a goal, not a target; 「X」 masks names (the town, a city, a place, a person)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x219_05_hanyin-2018-nongzuowu-jiegan-jinshao-gongzuo-shishi-fangan.txt"
plan(X05,
     title="汉阴县2018年农作物秸秆禁烧工作实施方案（汉阴县人民政府办公室关于印发汉阴县2018年农作物秸秆禁烧工作实施方案的通知）",
     title_note="lines 19 and 1, as printed (the plan's title, then the notice that issues it; either is accepted)",
     doc_no="汉政办发〔2018〕61号", issuer="汉阴县人民政府办公室 (安康市, Shaanxi)", date="2018-05-11",
     level="county (汉阴县, Shaanxi)",
     source=page_source("https://www.hanyin.gov.cn/Content-624854.html"),
     style="the county government's page: the notice's title, the site's index table (索引号, 文号, 成文日期 …), the "
           "addressees, the cover 「请认真抓好落实」, signature and date, the plan's title, a preamble, 一、工作目标 (「对全县10个镇"
           "全年实行…禁烧」「综合利用率在90%以上,禁烧率达到100%」), 二、工作重点 (一)明确方向,疏通渠道 over 1. 推行秸秆粉碎还田 "
           "(「由县农机部门提出农机收割指导价」) — CUT at 「农民购买」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)", "1"], [], ["县农机部门"], lead_alternatives=[["县农机部门"]],
          note=CUT + "; " + R2 + ": 「由县农机部门提出农机收割指导价」 — 由A＋a verb of doing (round 34: 由A＋any verb of doing; "
               "提出 a price is the body's own work, not an applicant's 「由A提出申请」, round 30), A a kind as printed; 「大力推广"
               "联合收割机加装…」 has no subject; 「支持和鼓励农机作业合作社和农民购买[…]」 names no doer (round 40: 鼓励／支持); "
               + ONE + "; " + NODATE + " (「全年」 stands in 一、工作目标: " + GOAL + ")"),
     ],
     plan_targets=[{"number": 90, "unit": "%"}, {"number": 100, "unit": "%"}],
     phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一)/1 (CUT). 一、工作目标 is a childless section (plans-dev)",
            "plan targets (一、工作目标, round 30's line): 「全县秸秆综合利用率在90%以上」, 「禁烧率达到100%」; 「10个镇」 counts the "
            "county's towns (a scope, no comparison word): not a target",
            "the cover's 「请认真抓好落实」 is no task (round 25); 「xzfgzbmzfb/2018-0095」 and the dates of the index table are the "
            "site's metadata"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x219_06_jinhua-shuxia-shi-2018-lantian-baoweizhan-shishi-jihua.txt"
LAB6 = ("the label line after the item 「牽頭單位:A;責任單位:B」 gives its units (" + R1 + "): lead A, responsible A then B "
        "in printed order (round 46: a label keeps every name it prints, lead with the others; round 38: 承办单位 beside 牵头单位); "
        "names as printed, in traditional characters (round 36)")
plan(X06,
     title_note="title not checked: the page opens with the preamble; the plan names itself only 「本計劃」 (after 《金華市藍天保衛戰"
                "2018年實施計劃》)",
     doc_no="", issuer="a county-level city under 金华市 (Zhejiang: 「根據《金華市藍天保衛戰2018年實施計劃》和市政府十大民生實事要求」, "
     "「全市」, 「各鎮(街道)」; not named)", date="2018 (「為全力做好2018年大氣污染防治工作」)",
     level="city (a county-level city under 金华市, Zhejiang, not named)",
     source=page_source("http://www.gdankai.cn/zcnews/2350.html"),
     style="a company site's copy in traditional characters, with lines of a single space between paragraphs: a preamble, 一、"
           "工作目標 (2018 goals: 「37微克/立方米以下」「達到88%」「下降10%以上」), 二、主要任務 (一)清潔能源替代行動 over 1.–3., each "
           "followed by a label line 「牽頭單位:…;責任單位:…」, then 4. — CUT at 「4.加快天」",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、工作目標"],
     samples=[
        S(["二", "(一)", "1"], ["經信委"], ["經信委", "發改委", "市場監管局"],
          targets=[(3, "%"), (90, "%")], dl="2018年", dln="2018-12",
          not_targets=[(0.7, "%")],
          note=LAB6 + "; targets: 「比2015年削減3%以上」 and 「潔凈煤使用率達到90%以上」 (round 30's line); 「含硫量高于0.7%的煤炭」 "
               "names a class of coal the ban covers (round 34: a class the rule covers; round 38: figures that pick a class), "
               "not a target; deadline: 「2018年非電煤炭消費總量…削減3%以上」 — a year inside the item that says when its own "
               "work is done (round 46 decided): December 2018; 2015 is a base year"),
        S(["二", "(一)", "2"], ["經信委", "環保局"], ["經信委", "環保局", "發改委", "市場監管局", "各鎮(街道)"],
          dl="9月底前", dln="2018-09-30", not_targets=[(10, "蒸噸")],
          note=LAB6 + " (two leads: a label keeps every name it prints, round 33; plans-next51's 「(牵头单位:区市场监管局、区经商局)」 gives two leads); 各鎮(街道) keeps its bracket (round "
               "34); deadline 「9月底前完成一段式煤氣發生爐淘汰工作」 — the year 2018 from the plan's own text (EXPECTED.md: an "
               "implicit year from the plan's date or title; the preamble's 「2018年大氣污染防治工作」): 2018-09-30; 「10蒸噸及以下"
               "燃煤鍋爐」 names a class of boiler whose removal is to be kept (round 34/38: a class), not a target"),
        S(["二", "(一)", "3"], ["經信委", "發改委"], ["經信委", "發改委", "各鎮(街道)"],
          targets=[(4, "%")], dl="年底前", dln="2018-12-31",
          note=LAB6 + "; target 「比例要達到4%以上」 (round 30's line); deadline 「年底前」 — December of the plan's year (round "
               "34): 2018-12-31"),
        S(["二", "(一)", "4"], [], [],
          note=CUT + " — only 「加快天」 is on the page (its label line, if any, is lost): " + NONE + "; " + NODATE
               + "; count 3 (4. read as no task) accepted"),
     ],
     plan_targets=[{"number": 37, "unit": "微克/立方米"}, {"number": 88, "unit": "%"}, {"number": 10, "unit": "%"}],
     phases=[], duties=[],
     notes=["4 leaves: 二/(一)/1–4 (4. CUT at its first words); 3 accepted. 一、工作目標 is a childless section",
            "plan targets (一、工作目標, round 30's line): 「PM2.5平均濃度達到37微克/立方米以下」, 「AQI優良天數平均比例達到88%」, "
            "「工業涉氣信訪投訴量比2017年下降10%以上」; 「全省排名上升6位」 has no comparison word (a rank, not a target); 2017 and "
            "2015 are base years",
            "the label lines stand after their items, each on its own line between single-space lines; they are units lines "
            "of the item above (rule 1), not items",
            "the single-space lines 「 」 between paragraphs are the page's"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x219_07_beiwang-xiang-2022-jiegan-jinshao-yu-daqi-wuran-zhili-fangan.txt"
plan(X07,
     title_note="title not checked: lines 1–3 are the site's page labels 「2022年秸秆禁烧与大气污染治理方案_第N页」; the document's "
                "own title is run into the chunk line after 「1、」",
     doc_no="", issuer="北旺乡 (「成立北旺乡秸秆禁烧和综合利用工作领导小组」「我乡」; the county is not named)",
     date="2022 (the title)", level="township (北旺乡, not placed)",
     source=page_source("https://renrendoc.com/paper/206362730.html"),
     style="a document site's preview: three page labels and download chrome, then the text run in on two chunk lines opening "
           "「1、」 and 「2、」 (with the site's blanks 「_」 for lost words): a preamble, 一、重要意义 (prose), 二、加强领导,成立_ "
           "(a group, two offices 「均设在乡农业服务中心」 and a 巡查小组 set up; 「在麦收期间_小时不间断巡查」), 三、保障措施 (一)明确"
           "责任。 「乡农业服务中心、安全生产办公室、派出所等部门要把秸秆」 — CUT",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、重要意义", "二、加强领导,成立_"],
     samples=[
        S(["三", "(一)"], [], ["乡农业服务中心", "安全生产办公室", "派出所"], **at(X07, "三、保障措施(一)"),
          note=CUT + "; " + CHUNK + "; the run-in heading 「明确责任。」 is a heading that gives out work (round 35: 「明确部门职责」, "
               "a heading whose object is a duty word; round 37: 「压实…责任」); under it a subject the page cuts before its main "
               "verb is a unit (round 45: 「禁毒委各成员单位在做好…」 under 任务分工) — 「乡农业服务中心、安全生产办公室、派出所等部门要把"
               "秸秆[…]」: the 「等部门」 tail dropped (round 35: 「A、B、C等部门」 gives A, B, C); printed order; lead [] (no 牵头) "
               "— RULING? whether 「明确责任」 (明确 with the bare duty word 责任, no body named in the heading) is one of the work "
               "headings; a reader who keeps round 43's cut clause answers none; " + NODATE + " (「麦收期间」 stands in 二)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一) (CUT). 一、重要意义 gives no work (a section); 二、加强领导,成立_ only sets up a group, "
            "offices and a 巡查小组 of persons (round 35/41: a section of groups set up, as x201_05 二、组织领导): a section; "
            "2 accepted (二 read as a task: the 巡查小组's patrols)",
            "「四分之一」 and 「_%左右」 are past estimates in 一、重要意义 (round 33: not targets); 「_」 is the site's blank; "
            "冯建涛 is a person, not a unit; 「不找一把火」 (sic) is printed so"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x219_08_nongyenongcunbu-bangongting-2019-quanmian-zuohao-jiegan-zonghe-liyong-tongzhi.txt"
CALL8 = ("「各省农业农村部门要…」 — a kind of body (round 32: 各区／各有关部门 are kinds), but the verbs 加强, 编制, 明确, 布局, 创设, "
         "形成, 建立, 摸清, 掌握 are not in rule 2's closed list (round 30: the subject of any other verb is not a unit; 编制 and "
         "建立 are like 制定, 完成)")
plan(X08,
     title="农业农村部办公厅关于全面做好秸秆综合利用工作的通知",
     title_note="line 2, as printed (line 1 「关于进一步强化秸秆禁烧管控工作的通知」 is the site's headline of another document; the "
                "title is printed again at the start of line 4)",
     doc_no="农办科〔2019〕20号", issuer="农业农村部办公厅", date="2019-04-18",
     level="central (a ministry's general office: 农业农村部办公厅)",
     source=page_source("https://www.360docs.net/doc/1a19305616.html"),
     style="a document site's page: another document's title, the notice's title, then one long line of a law database's "
           "fields (•【制定机关】…【文号】…【主题分类】) run into 正文, the title again, the number, the addressees 「各省、自治区、"
           "直辖市农业农村(农牧)厅(局、委):」 and the preamble; 一、工作目标 run in (no work given to a body), 二、重点内容 with "
           "(一) run into its line, (二) — CUT at 「按照分」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], [], **at(X08, "二、重点内容(一)"),
          note="(一) is run into the line of 二、重点内容 (round 34: items numbered inside one paragraph); a heading 「编制年度实施方案。」 "
               "over the next line's paragraph; " + CALL8 + ": " + NONE + "; 「编制省级年度实施方案」 is a plan to draw up, not a "
               "sending (no duty); " + NODATE),
        S(["二", "(二)"], [], [],
          note=CUT + "; " + CALL8 + ": " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), (二) (CUT). 一、工作目标 (run in: 「坚持因地制宜…不断提高秸秆综合利用水平」) is a childless 目标 section "
            "that names no doer (round 36)",
            "「2016年以来,部分省(区)开展了…试点工作」 is a past fact (round 33: not a target or date); 2019.04.18 and 农办科〔2019〕20号 "
            "are the database's fields",
            "the addressees 「各省、自治区、直辖市农业农村(农牧)厅(局、委)」 receive the notice; the plan's items name 「各省农业"
            "农村部门」 with verbs outside rule 2's list"])

write_collected(DIR)
