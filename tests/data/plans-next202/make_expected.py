# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next202/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c202, round 44: eight page openings of plans from outside Shanghai — a 某镇's 20XX
村庄清洁行动 方案 (one run-on line, 一、组织领导 with 「镇农业农村办统筹协调,组织…」, 三、工作要求 (一)(二), a masked span, CUT);
银川's 2021 村庄清洁行动「夏季战役」 notice (a span 「2021年5月-7月」, 「由“清脏”向“治乱”拓展」 with 由 as "from", CUT, site chrome
after); a __镇's 20__ 全民健身日 方案 (a field block 1、–5、 with ⑴–⑷, 六、活动要求, CUT); 宣州区's 全民健身日 方案 (no year, 「宣州区将
…举办」, 「可…组织开展」, 倡导／鼓励 items, CUT); 阳泉's 2016 全民健身日 notice (traditional, machine-garbled numbering 「壹、」
「第三,」「動詞 (verb的縮寫)」「七。」, a site title year 2019, CUT); 天长市's 2016 全民健身日 方案 (a single-day 活动时间, a group of
persons set up, CUT); an xx区's 2022 全民健身系列活动 方案 (run-on, site chunk numbers 「1、」「2、」「3、」 splitting a name and an
item, a 「明确责任分工」 item with five 由…负责 clauses, a span 「2022年1月-12月」, CUT); page 22 of 内蒙古's 2020 城镇老旧小区改造
实施方案 (a PDF flipbook page: a 重点任务｜责任部门 table whose two columns are interleaved line by line)): never tune the parser
on them (see README.md).
Only `line` and `title_starts` are looked up in the text (``at`` of this script, built on ``at_in`` of
../plans/expected_tools.py, or ``locate`` where every number opens its line); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–44 are cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c202.

    python tests/data/plans-next202/make_expected.py tests/data/plans-next202
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on text) or whose number does not open its line the way locate
# reads it (「七。」「五.」): the line where marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 主要负责人; round 41: 书记 and 干部 are persons)"
MASKED = "the year is masked on the page (「20XX」「20__」): the deadline is not checked"
NOYEAR = "the year is not printed on the page: the deadline is not checked"
SPAN = ("round 37: a campaign's or activity's span stated once for the whole action is a stage span, its end the deadline "
        "of items with no date of their own")
WORKREQ = ("round 39: a 工作要求／活动要求 section whose items give work is the plan's work (tasks); round 40: the count "
           "without the items naming no unit is accepted")

# ---------------------------------------------------------------------------------------------------------
X01 = "x202_01_mou-zhen-20xx-cunzhuang-qingjie-xingdong-gongzuo-fangan.txt"
plan(X01,
     title_note="title not checked: line 1 is the site's file name 「某镇开展2022村庄清洁行动工作方案.docx」; the document's "
                "own title 「某镇开展20XX年村庄清洁行动工作方案」 is glued to its preamble on line 2",
     doc_no="", issuer="a 镇 (「某镇」, masked; 「某省」「某县」 masked too)",
     date="2022 (the file name's 「2022」, 「喜迎中国共产党第二十次全国代表大会」, 「结合2021年度…考核」); the text masks it as 20XX",
     level="town (a 镇, masked 「某镇」)",
     source=page_source("https://desk33.com/d-31423.html"),
     style="a document site's preview: the file name, then the plan run on in ONE LINE: preamble, 一、组织领导 (a paragraph "
           "with no numbered children: 「以镇党委、镇政府为组织领导核心,镇农业农村办统筹协调,组织各相关职能部门及各村(社区)推动…」), "
           "二、行动时间 「从20XX年1月至20XX年12月」 (masked), 三、工作要求 (一) 「各村(社区)要…组织所属村组…」 (二) 「各村(社区)书记"
           "要…每周组织…大扫除」 — CUT in (二)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["二、行动时间"],
     samples=[
        S(["一"], [], ["镇农业农村办"], lead_alternatives=[["镇农业农村办"]], skip_deadline=True, **at(X01, "。一、"),
          note="round 36: a childless top-level point that gives work to a doer by rule 2 is a task in a document of "
               "numbered items too (the count 2, 一 read as a section, is accepted); 「镇农业农村办统筹协调,组织各相关职能部门及"
               "各村(社区)推动农村人居环境整治行动」 — 组织＋work (round 34) with the subject carried from 统筹协调 in the same "
               "clause (round 37's carried subject): 镇农业农村办 a doer; 各相关职能部门 and 各村(社区), the objects of the pivot "
               "组织, are no units (round 30); 「以镇党委、镇政府为组织领导核心」 is a principle of roles, no designation of the "
               "item's doer (round 40/41: 「由政府全面主导…」 gives nothing); " + ONE + "; the span 二、行动时间 「从20XX年1月至20XX年"
               "12月」 would date the item (round 37), but " + MASKED),
        S(["三", "(一)"], [], ["各村(社区)"], lead_alternatives=[["各村(社区)"]], skip_deadline=True, **at(X01, "(一)"),
          note=WORKREQ + "; 「各村(社区)要抓好疫情防控工作,组织所属村组充分利用横幅…」 — A组织B＋verb (round 30/34): 各村(社区), "
               "a group named by its kind (round 30: 各街镇), is a doer; 所属村组, the object of 组织, is no unit; the name is "
               "kept as printed with its bracket (round 34); " + ONE + "; the masked span 「20XX年1月至20XX年12月」: " + MASKED),
        S(["三", "(二)"], [], [], dl=None, dln=None, **at(X01, "(二)"),
          note=CUT + "; 「各村(社区)书记要履行村庄“清洁指挥长”责任,每周组织辖区内村庄进行一次环境卫生大扫除」 — the subject of 组织 is "
                     "书记, a person (" + PERSON + "): " + NONE + "; the item's work is a weekly rhythm: round 38 — recurring "
                     "items keep no deadline under a campaign's span (round 34: recurring dates are no deadline), so none; "
                     "「一次」 has no comparison word (no target)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一 (a childless point with a rule-2 doer, round 36), 三/(一), 三/(二) (CUT); 二、行动时间 is the campaign's span "
            "(a field, no task). Accepted: 2 (一 read as a section of 组织领导)",
            "all on one line: every number stands inside the line (round 34: numbers running in order inside one paragraph "
            "are items)",
            "「某农农函(20XX)某号」 and 「(某农函20XX)某号)」 are masked document numbers (not targets; the unbalanced bracket is "
            "the page's)",
            "the weekly 大扫除 is work, not a reporting duty (no sending)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x202_02_yinchuan-2021-cunzhuang-qingjie-xingdong-xiaji-zhanyi-tongzhi.txt"
DL02 = dict(dl="2021年5月-7月", dln="2021-07")
plan(X02,
     title="关于开展村庄清洁行动夏季战役的通知",
     title_note="lines 5 and 9 (and the site's repeat on line 29), as printed",
     doc_no="", issuer="银川市 (a city body, most likely its 改善农村人居环境工作领导小组办公室; 「严格落实自治区和银川市委政府…部署」, "
     "addressed to 「各县(市)区改善农村人居环境工作领导小组办公室」; Ningxia)",
     date="2021 (「2021年5月-7月」; the site's 「发布:2021-05-29」)", level="city (银川市, Ningxia)",
     source=page_source("https://www.damishu.cn/article/326411.html"),
     style="a 范文 site's page: the site's desktop lines, the title twice around the site's column line 「栏目:工作计划发布:"
           "2021-05-29浏览:2808下载269次收藏」, addressees, a preamble, 一、活动时间 「2021年5月-7月。」, 二、重点任务 with a "
           "lead-in paragraph over (一) 「各县(市)区结合实际,…动员广大农民群众,…集中整治…」 and (二) CUT at 「全面整治农村“四乱”"
           "现」; the site's unlock, download and share lines after (chrome)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、活动时间"],
     samples=[
        S(["二", "(一)"], [], [], **DL02,
          note="「各县(市)区结合实际,因地制宜,动员广大农民群众,广泛参与、集中整治,着力解决…」 — 各县(市)区 is a kind (round 32), "
               "but 动员／整治／解决 are no rule-2 verbs (round 30's closed list); 「由“清脏”向“治乱”拓展,由村庄面上清洁向屋内庭院"
               "(点)、村庄周边拓展(线)」 — 由 here means 'from' (由X向Y拓展), no agent of a verb of doing: " + NONE + "; " + SPAN
               + " — 一、活动时间 「2021年5月-7月」: 2021-07"),
        S(["二", "(二)"], [], [], **DL02,
          note=CUT + " (the heading 「全面整治农村“四乱”现[象]」 is all the page holds): " + NONE + "; " + SPAN + ": 2021-07"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), 二/(二) (CUT); 一、活动时间 is the campaign's span (a field, no phase: no named stages); 二's "
            "lead-in paragraph is no item",
            "lines 1–3 and 27–35 are the site's chrome (desktop shortcut, unlock, download, share, 「确认删除?」「回到顶部」); line "
            "7 is the site's column line",
            "「“五清”」「“四美”」「“四乱”」 name programmes, not targets; 「2021-2025年」 names another plan's period"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x202_03_zhen-20xx-quanmin-jianshen-ri-huodong-fangan.txt"
plan(X03,
     title="__镇20__年“全民健身日”活动方案",
     title_note="line 1, as printed (the masks 「__」 kept)",
     doc_no="", issuer="a 镇 (masked 「__镇」; 「镇全民健身活动组委会」)",
     date="masked 「20__」 (「国务院设立的第二个全民健身日」: 2010)", level="town (a 镇, masked)",
     source=page_source("https://m.fupindai.com/dongshi/rsrhh/xJlEwMX3dZ"),
     style="a 范文 site's page: the title, a one-line preamble, 一、指导思想, 二、活动主题, 三、活动原则 (sections), 四、组织活动机构 "
           "(a heading with nothing under it), 五、“全民健身日”活动安排 as a FIELD BLOCK 「1、时间、地点:8月8日9:00,__场镇」「2、"
           "参加领导:…」「3、参加人员:…」「4、活动项目:」 ⑴–⑷ (⑶ and ⑷ on one line) 「5、宣传展示」, 六、活动要求 (一) (二) — "
           "CUT in (二)",
     leaf_tasks=3, count_alternatives=[7, 10], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题", "三、活动原则", "四、组织活动机构"],
     samples=[
        S(["五"], [], [], skip_deadline=True,
          note="round 35: numbered lines that are the fields of one item (「1、时间、地点」「2、参加领导」「3、参加人员」「4、活动项目」 "
               "with its program steps ⑴–⑷, 「5、宣传展示」) are that item's fields: 五 is one task (round 44: 活动内容 sub-items "
               "that are fields make one task whose 参与单位 line gives its units); here the lines name persons only — 「镇领导、镇"
               "全民健身活动组委会成员」「各村报名参赛选手」 (" + PERSON + "): " + NONE + "; the counts 7 (1、–5、 as items) and 10 "
               "(⑴–⑷ as items too) are accepted; the item's day 「8月8日9:00」 has a masked year 「20__」: " + MASKED),
        S(["六", "(一)"], [], [], skip_deadline=True,
          note=WORKREQ + "; 「加强领导。…按照镇组委会的统一要求和部署,切实加强对组织开展全民健身日活动的组织领导,精心组织,统筹安排」 — "
               "no subject; 组织领导 is a noun and 精心组织 has no object (round 41: 组织 with no object gives no doer); 镇组委会 "
               "only sets the requirements (rule 3): " + NONE + "; the activity's one day 「8月8日」 (round 42 continued: items "
               "with no date of their own are due that day) — " + MASKED),
        S(["六", "(二)"], [], [], skip_deadline=True,
          note=CUT + "; 「活动当天镇各单位、学校、村要广泛开展活动」 — 开展 without 组织 is no rule-2 verb (round 30), and 镇各单位 is "
                     "a general call (round 41: 「场镇各单位」 and like 各…单位 forms): " + NONE + "; 「活动当天」 is 8月8日 of the "
                     "masked year: " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 五 (one task with its fields, round 35) and 六/(一), 六/(二) (CUT); 一–四 are sections or fields (四 an "
            "empty heading). Accepted: 7 (五's 1、–5、 as items) and 10 (with ⑴–⑷ as items under 4、)",
            "「第二个全民健身日」 is an ordinal, 「9:00」 a clock time (not targets)",
            "a near copy of this template is stored at nepao.com (show-58-9424-1, 「&qut;」 entities, the masks dropped); only "
            "this page was taken"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x202_04_xuanzhou-qu-quanmin-jianshen-ri-zhuti-huodong-fangan.txt"
plan(X04,
     title="社区街道全民健身日主题活动方案",
     title_note="line 1, as printed (the site's title for 宣州区's plan)",
     doc_no="", issuer="宣州区 (宣城, Anhui; 「8月8日宣州区将在府山广场主会场举办…」; 「各乡镇(街道)、区直各部门」)",
     date="not printed (「落实《全民健身计划(2011-2015年)》」: 2011–2015; the site's date 2018-08-01)",
     level="county-level district (宣州区, Anhui)",
     source=page_source("https://m.78911.com.cn/JieRiXiSu/634648.html"),
     style="a 范文 site's page: the title, the site's line 「节日习俗2018-08-01才子老师」, points numbered with a DOT 「一.」「二.」…: "
           "一.指导思想, 二.活动原则 (一)(二) (principles), 三.活动主题及宣传口号 (with an option 「各乡镇办事处、有关单位可…」), 四.活动"
           "时间 (「8月8日…时间节点」 and an option 「各乡镇(街道)、区直各部门…可…组织开展」), 五.活动内容 with a lead-in and 1.–4. "
           "(「1.8月8日宣州区将…举办」, 倡导／鼓励 items) — CUT in 4.",
     leaf_tasks=6, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一.指导思想", "三.活动主题及宣传口号", "四.活动时间"],
     samples=[
        S(["二", "(一)"], [], [], skip_deadline=True, **at(X04, "(一)"),
          note="round 33: an article with no work (a principle) is a task only in a plan that names no units at all — no item "
               "of this page names a unit (see 五/1–4), so every numbered leaf is a task (plans-dev 08; round 27); the count 4 "
               "(五/1–4 only, the principles read as no work) is accepted; " + NONE + "; " + NOYEAR),
        S(["五", "1"], [], [], skip_deadline=True, **at(X04, "1."),
          note="「8月8日宣州区将在府山广场主会场举办…健身展示活动」 — 「A将举办…」 without 由 names no doer (round 42: 举办 is no "
               "rule-2 verb), and 宣州区 standing alone as a subject is a place (round 43: 我市 standing alone; round 44: 镇 "
               "standing alone): " + NONE + "; the item's own day 8月8日 (round 37) — " + NOYEAR),
        S(["五", "2"], [], [], dl=None, dln=None, not_targets=[(1, "公里")], **at(X04, "2."),
          note="「倡导各单位职工和市民开展…活动」「鼓励上班人员…」 — a call to the public and an encouragement (round 40: 「鼓励A…」 "
               "names no doer; round 36: rules for the public with no body named are text, here read as the item's text): "
               + NONE + "; 「在距单位1公里范围之内」 names a class of persons (those living within 1 km) — round 34: a class the "
               "rule covers is no target, as an age band names a group of persons (round 31), though 之内 is a comparison word "
               "(round 36) — RULING? a reader who takes round 30's line (a figure with a comparison word that picks the "
               "objects is a target) answers 1 公里 as a target; 「每天坚持徒步健身慢跑1.5公里」 is a daily norm with no "
               "comparison word (round 30: not a target; not written either way); the item is a daily rhythm 「每天」 "
               "(round 34: recurring dates are no deadline): none"),
        S(["五", "3"], [], [], skip_deadline=True, **at(X04, "3."),
          note="「举办篮球、足球、…比赛」 — no subject, and 举办 is no rule-2 verb (round 42): " + NONE + "; the lead-in "
               "「以8月8日为时间节点,先后开展如下活动」 names the day the activities centre on — " + NOYEAR),
        S(["五", "4"], [], [], skip_deadline=True, **at(X04, "4."),
          note=CUT + "; 「倡导各社会体育团体、健身站点可根据自身的特点开展太极拳…」 — an option 「可」 (round 34) inside a call: "
                     + NONE + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 二/(一), (二) (principles, tasks in a plan that names no units at all, round 33) and 五/1–4 (4 CUT). "
            "Accepted: 4 (五/1–4 only). 一.指导思想, 三.活动主题及宣传口号 and 四.活动时间 are sections or fields: their only "
            "clauses with bodies are options 「可结合实际,提出…」「可结合自身实际,组织开展…」 (round 34: 可 names no doer)",
            "no item names a unit: 宣州区 is a place, 各有关部门 (一.) are objects of 动员和引导, and the 乡镇／区直各部门 act only "
            "in options",
            "「2011-2015年」 names another plan's period; 「2018-08-01」 is the site's date"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x202_05_yangquan-2016-quanmin-jianshen-ri-xilie-huodong-tongzhi.txt"
plan(X05,
     title="社區全民健身日系列活動通知",
     title_note="line 5, as printed (the document's own title); line 3 「2019社區全民健身日系列活動通知」 is the site's headline "
                "with the site's year (round 42: the text's own year wins over a site's title year)",
     doc_no="", issuer="阳泉市 (Shanxi; 「陽泉體育從我做起」「把我市建設成為山西向東開放的橋頭堡」, 「市體育局」; the issuing body not "
     "named)", date="2016 by the text (「舉辦第八個全民健身日」, 「《全民健身計劃(2016-2020)》的第壹年」); the site's headline says 2019",
     level="city (阳泉, Shanxi)",
     source=page_source("http://ndbrw.com/huangdaojiri/6328.html"),
     style="a 吉日 site's page in TRADITIONAL characters, machine-rewritten: the site's breadcrumb, its headline 「2019社區…」, "
           "the title, a preamble, points numbered 「壹、」「二、」「第三,」「四、」「動詞 (verb的縮寫)」 (a mistranslated 「五、」)「第六,」"
           "「七。」「八。」: 壹 指導思想, 二 主題, 三 原則, 四 時間 「8月8日全天」, 五 場所, 六 口號 (fields), 七。活動 (three paragraphs: "
           "「市體育局將組織市級體育協會及相關單位…舉辦…」「各體育協會和有關單位應…設立展臺,…並組織健身活動…」「縣(區)文化局要…"
           "開展…」), 八。活動要求 (1) — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["壹、指導思想", "二、活動主題", "第三,活動原則", "四、活動時間", "動詞 (verb的縮寫)市政活動場所",
                                   "第六,宣傳口號"],
     samples=[
        S(["七"], [], ["市體育局", "各體育協會"], skip_deadline=True, **at(X05, "七。"),
          note="round 34 (early): a childless headed point that gives work is a task (one paragraph or several); " + R2
               + ": 「市體育局將組織市級體育協會及相關單位在城市廣場舉辦…」 — A組織B＋verb (round 30/34: 組織＋work): 市體育局 a doer, "
               "市級體育協會及相關單位 the pivot's objects (no units); 「各體育協會和有關單位應…設立展臺,…並組織健身活動」 — 組織＋work "
               "with the subject carried across 並 (round 37): 各體育協會 a kind (round 34: a kind before 協會, like 相关行业协会) "
               "and a doer; 有關單位 is a general call (round 33: no kind, no doer) — 和 joins two names (round 34); 「縣(區)文化局要"
               "…開展…活動」 — 開展 is no rule-2 verb (round 30): no unit; names as printed in traditional script (round 36: "
               "「公安廳」); lead [] (no 牵头); the day 「8月8日」 has no printed year (2016 only by the ordinal 「第八個」; the site "
               "says 2019): " + NOYEAR),
        S(["八", "(1)"], [], [], skip_deadline=True, **at(X05, "(1)"),
          note=CUT + "; " + WORKREQ + "; 「各單位、各協會要通力合作,加強協調,主動溝通,形成合力」 — 各單位 a general call (round "
                     "33); 各協會 a kind, but 通力合作／加強協調／溝通 are no rule-2 verbs (round 30): " + NONE + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 七 (a childless point of three paragraphs giving work, round 34 early) and 八/(1) (CUT). Accepted: 1 "
            "(八/(1) names no unit, round 40). 壹–六 are sections and fields (purpose, theme, principle, time 「8月8日全天」, "
            "place 「城市廣場」, slogans)",
            "the numbering is the site's machine rewrite: 「壹、」 for 一、, 「第三,」「第六,」, 「動詞 (verb的縮寫)」 where 「五、」 was "
            "read as the English 「v.」, 「七。」「八。」 with a full stop; kept as printed",
            "「每天鍛煉壹小時」 (a slogan) and 「第八個」 (an ordinal) are not targets; 「* * *」 is the page's mask"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x202_06_tianchang-2016-quanmin-jianshen-ri-huodong-fangan.txt"
plan(X06,
     title="2016市庆祝第8个全民健身日活动方案",
     title_note="lines 7 and 11, as printed (line 3 「市庆祝第8个全民健身日活动方案」 is the site's headline without the year)",
     doc_no="", issuer="天长市 (Anhui; 「成立天长市“全民健身日”活动领导组」, a county-level city)", date="2016 (「2016年8月8日」)",
     level="county-level city (天长市, Anhui)",
     source=page_source("https://www.cnrencai.com/cehuashu/426968.html"),
     style="a 策划书 site's page: the site's lines, the headline, the site's time line, the title 「2016市庆祝第8个全民健身日活动"
           "方案」 twice around the preamble, 一、指导思想, 二、活动原则, 三、活动主题, 四、活动时间 「2016年8月8日」 (a single day), "
           "五、活动内容: (一) 「成立天长市“全民健身日”活动领导组。市政府副市长陆晓华任组长,…」 — CUT; lines indented with two "
           "full-width spaces",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动原则", "三、活动主题", "四、活动时间"],
     samples=[
        S(["五", "(一)"], [], [], dl="2016年8月8日", dln="2016-08-08",
          note=CUT + "; 「成立天长市“全民健身日”活动领导组。市政府副市长陆晓华任组长,…市体育局局长郑儒良任副[组长]」 — 成立 is no "
                     "rule-2 verb and the group is one the item sets up (round 35: no unit); its members are persons (" + PERSON
                     + "; 市体育局局长 is a person's post): " + NONE + "; the count 0 (a set-up group read as no work) is accepted; "
                     "the activity's one day 「四、活动时间 2016年8月8日」 (round 42 continued: a single day stated once for the "
                     "whole activity; items with no date of their own are due that day): 2016-08-08"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 五/(一) (CUT); 一–四 are sections and fields (round 42 continued: a section that only gives "
            "the time, place, aim or theme is a field)",
            "「21周年」「十五年来」「第8个」 are anniversaries and an ordinal, not targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x202_07_xxqu-2022-quanmin-jianshen-xilie-huodong-shishi-fangan.txt"
DL07 = dict(dl="2022 年 1 月-12 月", dln="2022-12")
plan(X07,
     title_note="title not checked: the page opens with the site's sharing line; the title 「xx区2022年全民健身系列活动计划实施"
                "方案例文」 (the file's) and 「xx 区 2022 年全民健身系列活动安排实施方案范文」 are glued to the site's chunk number "
                "「1、」 and to the preamble on line 2",
     doc_no="", issuer="an xx区 (masked; 「xx 市 xx 区全民健身工作委员会」 hosts; 「各乡镇街人民政府、区直各单位、区体育总会」 carry out)",
     date="2022 (「2022 年 1 月-12 月」; 「庆祝建党一百周年」 suggests the text was first written for 2021)",
     level="district (an xx区, masked)",
     source=page_source("https://m.taowenge.com/p-11201958.html"),
     style="a document site's preview, machine-rewritten (「看法」 for 意见, 「相识」 for 认识, 「支配」, 「区教化局」, 「农夫运动会」): the "
           "site's sharing line, then the plan run on under the site's CHUNK NUMBERS 「1、」「2、」「3、」 at line starts — 「2、」 "
           "splits the name 「xx 区全民健身\\n2、工作委员会」 and 「3、」 splits item 3 「3、充分\\n3、发挥作」: 一、主题, 二、主办单位, "
           "三、承办单位 「各乡镇街人民政府、区直各单位、区体育总会」, 四、参与单位, 五、活动时间 「2022 年 1 月-12 月」, 六、活动内容 "
           "「参照活动安排(附件)」 (fields), 七、活动要求 1、提高思想相识, 2、明确责任分工 (five 「X由A负责」 clauses), 3、 — CUT",
     leaf_tasks=3, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、系列活动主题", "二、活动主办单位", "三、活动详细承办单位", "四、活动参与单位及参与人员资格",
                                   "五、活动时间", "六、活动内容"],
     samples=[
        S(["七", "1"], [], [], **DL07, **at(X07, "七、活动要求 1、"),
          note=WORKREQ + "; 「各单位务必提高相识,统筹支配」 — 各单位 is a general call (round 33): " + NONE + "; " + SPAN
               + " — 五、活动时间 「2022 年 1 月-12 月」: 2022-12"),
        S(["七", "2"], [], ["区体育局", "区总工会", "各街道", "区教化局", "各乡镇", "区体育总会"], **DL07, **at(X07, "。2、"),
          note="round 35: 「明确…职责」 and 「X分工」 headings give out work (round 37: 「部门分工」; 「明确责任分工」 is one) — and "
               "each clause is rule 2's 「由A负责」 anyway (several clauses in one item: all their bodies, in order): 「…由区体育局、"
               "区总工会负责;社区运动会由各街道负责;校内运动会由区教化局、区体育局负责;农夫运动会由各乡镇负责;其他系列活动由区体育总会、"
               "有关单位负责」 — 区体育局 once; 有关单位 is a general call (round 33: no kind, no doer) and is left out; 「区教化局」 is "
               "read as printed (round 43: a misprint is read as printed); the split by events (社区运动会, 校内运动会, …) divides the "
               "item's own work (round 34/40: all are doers); lead [] (no 牵头); the plan-level 承办单位 of 三、 give no item units "
               "(round 41/42: a plan-level field); " + SPAN + ": 2022-12"),
        S(["七", "3"], [], [], **DL07, **at(X07, "。3、"),
          note=CUT + "; the item 「3、充分」 is followed by the site's chunk number 「3、」 (round 40: chrome) and 「发挥作」 — the "
                     "page ends there: " + NONE + "; " + SPAN + ": 2022-12"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 七/1–3 (3 CUT); 一–六 are plan-level fields (theme, host, carriers-out, participants, time, content by "
            "reference to an attachment not on the page; round 42: 「三、具体实施单位：…」 points are plan-level fields, no tasks). "
            "Accepted: 1 (七/2 only, round 40: items naming no unit) and 2 (七/3 cut before its work)",
            "the site's chunk numbers 「1、」 (line 2), 「2、」 (line 3) and 「3、」 (line 4) are chrome (round 40); the first 「3、」 on "
            "line 3 is the plan's own item 七/3",
            "「国办发(36 号)」 is a document number with its year lost (not a target); 「十四五」 and 「一百周年」 are names"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x202_08_neimenggu-2020-laojiu-xiaoqu-gaizao-shishi-fangan-p22.txt"
UNITS08 = ["自治区住房城乡建设厅", "联席会议成员单位", "各盟行政公署", "市人民政府", "各旗县(市、区)人民政府"]
CELL08 = ("the 责任部门 cell of the row (a table column: " + R1 + "), read across the interleaved lines as 「自治区住房城乡建设厅"
          "牵头,联席会议成员单位按职责分工负责;各盟行政公署、市人民政府,各旗县(市、区)人民政府负责落实。」 — the page breaks the "
          "cell mid-word (「负\\n责」「负责落\\n实」): lead 自治区住房城乡建设厅 (牵头), responsible every name in printed order "
          "(labels keep their names, round 33; 按职责分工负责 is a phrase, not part of a name; 各 is not shared across 、: "
          "「市人民政府」 as printed, round 34); sentences in the row's text add nothing (rule 1)")
plan(X08,
     title_note="title not checked: the flipbook page's heading 「Page 22 - 内蒙古自治区人民政府办公厅关于印发自治区全面推进城镇"
                "老旧小区改造工作实施方案的通知」 carries the viewer's 「Page 22 - 」; the page shows no title of its own",
     doc_no="内政办发〔2020〕27号 (cited so by 杭锦旗's 解读, hjq.gov.cn; not on the page)",
     issuer="内蒙古自治区人民政府办公厅 (the plan's 重点任务 table names 自治区住房城乡建设厅 and the 联席会议)",
     date="2020 (the address holds 202012; the document number)", level="province (内蒙古自治区)",
     source=page_source("https://www.nmg.gov.cn/zwgk/zfxxgk/zfxxgkml/gzxzgfxwj/cxhj/202012/W020201215700077458917/files/"
                        "basic-html/page22.html") + "; the whole stored page is 1,420 bytes (a PDF page with little text)",
     style="page 22 of a PDF flipbook (printed page 「- 16 -」): a 重点任务 table 「重 点 任 务 责 任 部 门」 whose columns were "
           "extracted LINE BY LINE and INTERLEAVED — each line holds a piece of the task text and a piece of the unit cell "
           "(「制度的作用,…形成 自治区住房城乡建设厅牵头,」), the row label 「(二)明确」 / 「部门职责」 and the group cell 「保障措施」 "
           "fall between the lines; two rows: (二)明确部门职责 and (三)加强宣传引导, each with the same 责任部门 cell; row (一) "
           "is on an earlier page",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["保障措施", "(二)"], ["自治区住房城乡建设厅"], UNITS08, dl=None, dln=None, line=7, title_starts="明确",
          note="row (二)明确部门职责 of the group 保障措施 (the group cell, printed once between the rows, is the path's first "
               "element as an unnumbered heading, plans-dev 11's convention); its text is lines 4–12 (「充分发挥自治区城镇老旧小区"
               "改造厅际联席会议制度的作用,…按月通报各盟市进展情况,指导做好…相关工作。」, split by the label and the unit cell); "
               + CELL08 + "; 「年度改造计划进度月报制度,按月通报」 is a monthly rhythm (a duty, not a deadline); " + NODATE),
        S(["保障措施", "(三)"], ["自治区住房城乡建设厅"], UNITS08, dl=None, dln=None, line=18, title_starts="加强",
          note="row (三)加强宣传引导 (label on lines 18 and 20, inside the text's lines); its text 「各地区、各相关部门要充分利用各种"
               "媒体,广泛宣传…形成社会广泛支持、群众积极参与良好氛围。」 (lines 14–24) — 各地区 names no body (round 32); " + CELL08
               + "; 「“要我改”为“我要改”」 is a slogan; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "建立健全年度改造计划进度月报制度，按月通报各盟市进展情况", "when": "按月", "when_norm": "monthly",
              "note": "row (二): the 住建厅's monthly progress report system and monthly notices to the 盟市 (round 41: a report "
                      "named by its rhythm 「月报」 is a duty with that rhythm; round 40: a standing rhythm of reporting)"}],
     notes=["2 rows on the page: (二), (三) of the 保障措施 group; 「- 16 -」 is the printed page number, 「P. 22」 the viewer's",
            "the interleaving is the flipbook's text layer (two columns read across); the words are as the tool gave them, "
            "including 「形成 自治区…」 with the space where the columns meet",
            "no figures on the page but 「22」「16」 (page numbers)"])

write_collected(DIR)
