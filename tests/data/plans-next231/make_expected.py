# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next231/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c231, round 47: eight page openings of plans from outside Shanghai — an xx市's
(重庆) 世界统计日 庆祝活动 方案 written as 一是…五是 (「由市统计局、重庆调查总队联合举办…」, a count of households to visit,
no year on the page, CUT); 西咸新区's 经普办 2018 统计开放日 notice in mangled traditional characters (「新區本級與灃東新城聯合
組織…」, a one-day span 「決定于9月20日…舉辦」, a dated sending 「請各新城于9月21日前…報送」, whole); an xx市's 第七屆 統計
開放日 實施方案 in traditional characters (「各縣市區統計局要…組織…」, 「局隊聯合泗水縣統計局,舉辦…」, no year, CUT); an xx省
city's 气象局 2017 世界气象日 方案 (field blocks with 牵头单位／参与单位 labels and 活动时间 lines, CUT); 青島市's 2006 首屆
文化遺產日 實施方案 (traditional; a plan-level 主辦／協辦 point, dated items 1、–3、, CUT); a city's (池州 by 九华山) 2014
世界人口日 notice as headed points (「市人口计生委届时将…组织党员志愿者…」, CUT); a 镇's 2017 世界人口日 方案1 appended to
a site's article, with the next piece (成都's 方案2) cut at its 「一」 (活动时间 7月上旬 as the span); a 社区's 國際志愿者日
方案 【篇一】 in traditional characters (「由恒信居民區工、青、婦群團組織志愿者…」, an age band and supplies, no year)): never
tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where the number stands inside a line or under an unnumbered heading); every answer was written here by
reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–48 are cited in the notes;
readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c231.

    python tests/data/plans-next231/make_expected.py tests/data/plans-next231
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (run-in 一是…) or under an unnumbered heading: the line where the nth
# marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list; round 44: it stands outside articles): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人; round 36/45: hired persons; round 42: 干部 are persons)"
NOYEAR = ("no year is printed on the page (the site's date is the site's, round 45; a year an anniversary implies is not "
          "printed, round 48): the deadline is not checked")
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x231_01_moushi-shijie-tongjiri-qingzhu-huodong-fangan.txt"
plan(X01,
     title="某市筹备世界统计日庆祝活动方案",
     title_note="line 1, the piece's own title on an aggregator's page (the only title; 「发布 2022-05-04…」 is the site's)",
     doc_no="", issuer="xx市统计局 and 重庆调查总队 (「局队」; the city masked 「xx市」, 重庆 by 重庆调查总队 and 观音桥)",
     date="not shown (the site's date 2022-05-04 is the site's; 「首次“重庆统计开放日”」 and 世界统计日 point to 2010, not "
          "printed)",
     level="city (xx市 — 重庆; its 统计局 and the 调查总队)",
     source=page_source("http://tudiao.com/a/2205/1679530.html"),
     style="an aggregator's page: title, the site's date line, a preamble, then run-in points 「一是…二是…五是…」 (round 36: run-in "
           "numbers are item numbers; paths use the bare numeral as plans-next210/211 do), each a paragraph, two of them with an "
           "unnumbered paragraph after them (工作组人员…, 在“开放日”当天…: the item's body); masks 「**」 「xx」 — CUT in 五",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], **at(X01, "一是"),
          note="「成立活动领导小组。由局队一把手任组长…领导小组下设办公室,办公室定在局队综合处,负责整个活动的统筹协调」 — a group and its "
               "office the item sets up are no units (rule 3; round 35; round 45: where the office sits is no doer); 一把手, "
               "分管领导, 处室负责人 are persons (" + PERSON + "); the trailing 「工作组人员从相关部门抽调组成」 is its body (round 32): "
               + NONE + "; a task as an item that gives work in a plan with units elsewhere (round 40; the count 4 without it "
               "is accepted, as x208_01's 组织领导 point); " + NODATE),
        S(["二"], [], ["市统计局", "重庆调查总队"], targets=[(20, "名")], skip_deadline=True, **at(X01, "二是"),
          note=R2 + ": 「由市统计局、重庆调查总队联合举办首次“重庆统计开放日”活动」 — the agent of 由 with a verb of doing (round 34: "
               "由A＋any verb of doing; 联合 with no object is an adverb, round 43): responsible both in printed order, lead [] (no 牵头, "
               "no 主办, round 40); 「请局队专业人士…介绍」 — persons; 「抽选20名公众代表参加活动」 — the item's own number to select "
               "(round 37: an item's own number to appoint; round 44: a count of the item's work stays a target) — RULING? 2; "
               "「9月20日上午」 with no year: " + NOYEAR),
        S(["三"], [], ["市统计局", "重庆调查总队", "xx区统计局"], skip_deadline=True, **at(X01, "三是"),
          note=R2 + ": 「由市统计局、重庆调查总队和xx区统计局联合举办“世界统计日”庆祝活动」 — 由A＋a verb of doing (round 34); 和 joins "
               "two whole names (round 34/35), the mask 「xx」 kept as printed (round 44): responsible the three, lead []; "
               "「邀请统计专家」 — persons; 「10月20日」 with no year: " + NOYEAR),
        S(["四"], [], [], targets=[(10, "户")], skip_deadline=True, **at(X01, "四是"),
          note="「市统计局和重庆调查总队各抽选10户调查对象进行走访慰问」 — 抽选／进行 are no rule-2 verbs (round 30's closed list; round "
               "37: 「A对…进行…」 without 由 names no doer); 「重庆调查总队将召开…座谈会」 — 召开 without 组织 is no rule-2 verb (round 30): "
               + NONE + "; 10户 — the count of households the item's work visits, a target (round 44: 「改造100户」; RULING? 2); "
               "「在“世界统计日”活动期间」 — a named day's period (round 42/46) with no year printed: " + NOYEAR),
        S(["五"], [], [], **at(X01, "五是"),
          note="「以其它形式开展统计宣传。如在重庆统计外开辟…专栏,刊登…」 — no subject: " + NONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一是…五是 (run-in item numbers, round 36/37: a run of them that is the plan's only structure is its items); "
            "the unnumbered paragraphs after 一 and 二 are their bodies (round 32). Accepted: 4 (一, a group set up, not a task)",
            "no year is printed anywhere in the text; 「发布 2022-05-04」 is the site's (round 45): no deadline is checked"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x231_02_xixian-xinqu-2018-tongji-kaifangri-tongzhi.txt"
SPAN02 = ("round 48 (decided): 「西咸新區決定于9月20日…舉辦…第九屆“統計開放日”活動」 in the preamble fixes when the plan's own "
          "activity is held (決定于, like 定于／決定從): a one-day span (round 42 continued: a day is a span), so items with no "
          "date of their own are due that day; the year from the notice's date 2018年9月12日 (EXPECTED.md: an implicit year "
          "from the plan's date)")
plan(X02,
     title_note=NO_TITLE + "the page prints no title: it opens with the site's 「瀏覽次數(shù):次」 and the addressees 「各新城經普辦:」",
     doc_no="", issuer="西咸新區第四次全國經濟普查領導小組辦公室 (Shaanxi)", date="2018年9月12日",
     level="a new area (西咸新区, city level) — its 经普办's notice to the 新城 offices",
     source=page_source("http://www.www3333333.com/xwzx/ztzl/dscjjpc/wjtz/6015722cf8fd1c2073f1b429.html"),
     style="a mirror's copy in traditional characters with the site's mangled pinyin glosses 「區(qū)」「統(tǒng)」「內(nèi)」 (kept as printed, round "
           "39); addressees, a preamble with the activity's day, 一、活動主題 and 二、活動方式 (fields), 三、活動安排 (一)(二), 四、具體要求 "
           "(一)–(三) with a dated sending, contact lines, the issuing office and the date — whole (the page's text ends there)",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0,
     childless_top_level_sections=["一、活動主題", "二、活動方式"],
     samples=[
        S(["三", "(一)"], [], ["新區(qū)本級", "灃東新城"], dl="9月20日", dln="2018-09-20",
          note=R2 + ": 「新區本級與灃東新城聯合組織西咸新區“統計開放日”活動」 — 組織＋work (round 34) with two subjects joined by 與 "
               "(round 37: 「A與B組織…」 makes both doers; 聯合 with no object an adverb, round 43): responsible both as printed, the "
               "page's gloss 「(qū)」 kept (round 39), 本級 a level word kept as printed (round 47: 同级／本级, 「镇级」 a group as "
               "printed), lead []; 「其余新城在9月20日舉辦…」 — 舉辦 without 由 is no rule-2 verb (round 42: 「A将举办…」 without 由): no "
               "unit; the item's own date 9月20日, year 2018 from the notice's date"),
        S(["三", "(二)"], [], [], dl="決定于9月20日", dln="2018-09-20",
          note="「通過…等方式開展活動,各新城要在確定的大主題下,…創新活動內容與形式」 — 開展／創新 are no rule-2 verbs (round 30): "
               + NONE + "; " + SPAN02),
        S(["四", "(一)"], [], [], dl="決定于9月20日", dln="2018-09-20",
          note="「各新城要高度重視,…精心組織,統一行動,…開展“920”宣傳活動」 — 組織 with no object gives no doer (round 41: 「…精心"
               "组织,认真做好…」), 開展 is no rule-2 verb: " + NONE + "; a requirement that gives work is a task (round 39: a 工作要求 "
               "section whose items give work); " + SPAN02),
        S(["四", "(二)"], [], [], dl="決定于9月20日", dln="2018-09-20",
          note="「組織好開放日線上主題宣傳活動。」 — a subjectless 組織 with no subject in its paragraph to carry (round 34/44: the carried "
               "subject stays inside one paragraph; round 41: no subject, no doer): " + NONE + "; " + SPAN02),
        S(["四", "(三)"], [], [], dl="于9月21日前", dln="2018-09-21",
          note="「請各新城于9月21日前向新區報送統計開放日相關材料(含工作總結、照片、視頻和宣傳資料等)」 — a sending: 報送 is no rule-2 verb "
               "and a sender is no doer by it (round 39: 「由A向B提供／提交…」; round 48 on x220_02); 新區 receives (rule 3): " + NONE
               + "; the item's own date (year 2018); the sending is the plan's dated duty (round 43 turned: a one-off dated sending "
               "the notice asks of the bodies it tasks)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各新城于9月21日前向新區(qū)報送統計開放日相關材料(含工作總結、照片、視頻和宣傳資料等)", "when": "于9月21日前",
              "when_norm": "2018-09-21",
              "note": "四/(三) (round 43 turned: a one-off dated sending the notice asks of the bodies it tasks is a dated duty; "
                      "round 42: a dated sending by a tasked body); written as printed (traditional, the page's gloss 「(qū)」 kept)"}],
     notes=["5 leaves: 三/(一)(二), 四/(一)–(三). 一、活動主題 (a theme) and 二、活動方式 (「主要采取線上線下結合…等方式進行」: how the "
            "activity is held, no doer, no 要) are fields (round 42 continued: a section that only gives the time, place, aim or "
            "theme; round 44: points that only say when, where or on what); accepted: 6 (二 as a task)",
            "the contact lines, the issuing office and the date close the notice; they are no items",
            "the page's glosses 「(shù)」「(jīng)」「(qū)」… are the mirror's and are kept (round 39); paths use ASCII brackets as printed"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x231_03_xx-shi-diqijie-tongji-kaifangri-shishi-fangan.txt"
plan(X03,
     title="第七屆中國統計開放日的活動實施方案",
     title_note="lines 5, 7 and 11 (the piece's only title, printed three times by the site; traditional characters as printed)",
     doc_no="", issuer="xx市統計局 and 國家統計局xx調查隊 (「局隊」; masked; 泗水縣 places it in 濟寧, Shandong — not printed)",
     date="not shown (第七屆 points to 2016; no year is printed)",
     level="city (xx市, masked)",
     source=page_source("https://wenshudu.com/xingzhenggongwen/fangan/qdlglo.html"),
     style="a 文書 site's copy in traditional characters: breadcrumb, the title three times around a preamble, 一、活動主題及原則 "
           "(a paragraph), 二、活動內容和時間 (一)舉辦現場活動(9月20日)。… (二)多渠道宣傳農業普查(9月份)。… with run-in 「一是…四是」 "
           "inside (二) — CUT in (二)",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、活動主題及原則"],
     samples=[
        S(["二", "(一)"], ["局隊"], ["各縣市區統計局", "局隊", "泗水縣統計局"], lead_alternatives=[[]], skip_deadline=True,
          note=R2 + ": several clauses in one item, all their bodies in printed order — 「各縣市區統計局要…適時組織進村宣傳工作」 (組織＋work, "
               "round 34; a group named by a kind with a rule-2 verb is a doer, round 30) and 「9月20日局隊聯合泗水縣統計局,舉辦xx市第七屆"
               "…現場活動」 (round 34 / round 48 on x227_01: 「A聯合B＋verb」 reads as 「A會同B」 with any verb: lead A, responsible A, "
               "B; lead [] accepted, round 30); 局隊 is the issuers' own short name, a unit as printed (round 30: 「我委」); 「(9月20日)」 "
               "with no year: " + NOYEAR),
        S(["二", "(二)"], [], [], skip_deadline=True,
          note="「縣市區統計局與調查隊要加強與宣傳部門溝通…」 — 加強 is no rule-2 verb; 一是…四是 inside are the item's text (round 37); "
               "「二是市統計局和調查隊的統計內網、外網開設…專欄」 — 開設 is no rule-2 verb and the networks are its subject: " + NONE
               + "; 「(9月份)」 with no year: " + NOYEAR + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), 二/(二) (CUT). 一、活動主題及原則 is a section (its 「組織開展…」 has no subject; round 42 continued: a "
            "theme section is a field); accepted: 3 (一 read as a childless point that gives work, round 34 early)",
            "「一是…四是」 inside 二/(二) are that item's text (round 37), not items"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x231_04_qixiangju-2017-shijie-qixiangri-jinian-huodong-fangan.txt"
H04 = "活动内容及任务分工"
plan(X04,
     title="气象局2017年世界气象日纪念活动方案",
     title_note="line 5, the piece's own title on a 文库 page (the lines above it and the 来源 line are the site's)",
     doc_no="", issuer="a city's 气象局 (「结合我市实际」; its province masked 「xx省气象局」)", date="not shown (2017 by the title and text)",
     level="city (a 市气象局, city not named)",
     source=page_source("https://www.neimou.com/article/7372435.html"),
     style="a 文库 page: the site's desktop prompt, the title, a 来源 line, a preamble, the unnumbered heading 「活动内容及任务分工」, "
           "then items (一)(二) each a field block of unnumbered label lines — 活动内容／活动时间／活动地点／牵头单位／参与单位／责任分工 — "
           "CUT in (二)'s 责任分工",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S([H04, "(一)"], ["市气象学会"], ["市气象学会", "市气象台", "气象站", "公共气象服务中心", "办公室", "业务科", "各县局"],
          dl="活动时间:3月20-25日", dln="2017-03-25", **at(X04, "(一)"),
          note=R1 + ": the item's field block (round 35: fields of one item; round 42: a 参加单位 list inside one item's fields is "
               "its responsible units) — 「牵头单位:市气象学会」 the lead, 「参与单位:市气象台、气象站、公共气象服务中心、办公室、业务科、"
               "各县局」 responsible (round 46: 参与 makes bodies responsible), in printed order after the lead; the label decides, "
               "so the sentences 「气象学会负责联络…」 and the 责任分工 line add nothing; the item's own 活动时间 「3月20-25日」 (its "
               "end, round 34), year 2017 from the title and text; the unnumbered heading is the path's first element (plans-dev 11)"),
        S([H04, "(二)"], ["市公共气象服务中心"], ["市公共气象服务中心", "市局", "各县局"], dl="活动时间:3月中旬", dln="2017-03",
          **at(X04, "(二)"),
          note=R1 + ": 「牵头单位:市公共气象服务中心」 the lead, 「参与单位:市局、各县局」 responsible (round 42/46); the 责任分工 line's "
               "bodies add nothing (the label decides); 「组织气象专家…」 — experts are persons (round 45); the item's own 活动时间 "
               "「3月中旬」 (2017-03); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: (一), (二) under the unnumbered heading 「活动内容及任务分工」 (CUT in (二)); the label lines of each item are "
            "its fields, not items (round 35)",
            "「各县局自行组织」 in (一)'s 责任分工 — 组织 with no object gives no doer (round 41); the labels decide anyway (rule 1)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x231_05_qingdao-shi-2006-wenhua-yichanri-shishi-fangan.txt"
plan(X05,
     title="2006年青島市首屆“文化遺產日”活動實施方案",
     title_note="line 1 as printed (traditional characters, the curly quotes kept)",
     doc_no="", issuer="青島市 (主辦: 青島市委宣傳部、文化局、文物局; 來源: 文物局)", date="2006-05-20 (發布日期, the government site's "
     "line copied by the mirror)", level="city (青島市, Shandong)",
     source=page_source("http://m.999gcw.com/lslm/zt/whyc/wjjh/202111/t20211126_3877105.shtml"),
     style="a mirror of 青島政務網's page in traditional characters, lines indented with spaces: title, 發布日期 line, 一、活動宗旨 "
           "(a paragraph), 二、主題及宣傳口號 1、2、 (slogans), 三、主辦、協辦單位 (two label lines for the whole event), 四、主要活動內容及"
           "時間安排 1、–3、 each opening with its date — CUT in 3、",
     leaf_tasks=3, count_alternatives=[4, 5, 6], attachment_task_rows=0,
     childless_top_level_sections=["一、活動宗旨", "三、主辦、協辦單位"],
     samples=[
        S(["四", "1"], [], [], dl="6月5日", dln="2006-06-05",
          note="「6月5日,在文化局一樓會議室,邀請…記者召開新聞發布會」 — no subject (文化局 is the place); 召開 is no rule-2 verb: " + NONE
               + "; 三、主辦、協辦單位 is a point of its own about the whole event, so it is a plan-level field that gives the items "
               "no units (round 42; round 44; round 48: only a 主办 line inside the section over the items is their label); the "
               "item's own date, year 2006 from the title"),
        S(["四", "2"], [], [], dl="6月10日", dln="2006-06-10",
          note="「6月10日,請政府市長或分管副市長發表電視講話或署名文章」 — persons (" + PERSON + "): " + NONE + "; the item's own date"),
        S(["四", "3"], [], [], dl="6月5日至6月11日", dln="2006-06-11",
          note="「6月5日至6月11日,利用電視、電臺、報刊、網站等媒體設專題專欄宣傳…」 — no subject: " + NONE + "; the span's end is the "
               "deadline (round 34: the latest date); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 四/1–3 (3 CUT). 一、活動宗旨 is a section (its 「青島市將舉辦系列活動」 — 舉辦 without 由, and a city speaking of "
            "itself is a place, round 43); 二、主題及宣傳口號 1、2、 are the theme's fields, not tasks (round 42 continued); 三、主辦、協辦"
            "單位 is a plan-level host field (round 42: no task, no item units). Accepted: 4 (三 counted as a task, as round 42 "
            "allows), 5 and 6 (二/1–2 counted too: every numbered leaf of a plan whose items name no unit, plans-dev 08)",
            "「今年6月10日,我們將迎來第一個“文化遺產日”」 in 一 states a calendar fact (round 47): it sets no span"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x231_06_shi-renkou-jishengwei-2014-shijie-renkouri-tongzhi.txt"
plan(X06,
     title_note=NO_TITLE + "the page prints only the site's headlines 「是第几个世界人口日」「2014年是第几个世界人口日」; the notice's "
                "own title is not on it",
     doc_no="", issuer="a city's 人口计生委 (「我市」; the addressees 「各县区,九华山、开发区管委会人口计生委」 point to 池州, Anhui — not "
     "printed)", date="not shown (2014 by the text)", level="city (a 市人口计生委's notice to its counties)",
     source=page_source("http://jianlimoban.c321.cn/fangjia/jieri/61884.html"),
     style="a 范文 site's page: site chrome and headlines, addressees, a preamble (「2014年7月11日是第25个世界人口日」, a calendar "
           "fact), headed points 「一、精心组织活动。…」「二、宣传形式多样。…」 each one paragraph — the page ends after 二 (a stray "
           "backtick 「的`成就」 is the page's)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["市人口计生委"], lead_alternatives=[["市人口计生委"]], skip_deadline=True,
          note="round 34 (early): a childless headed point that gives work is a task; " + R2 + ": 「市人口计生委届时将结合迎“七一”"
               "主题实践活动,组织党员志愿者走上街头,开展…活动」 — 组织 is in rule 2's list whatever its object (round 43 turned; round "
               "47 on p45c: 「…将于…组织对…进行」 makes its subject a doer), the volunteers are persons; 「各地要高度重视…」 is a general "
               "call (round 32): responsible 市人口计生委; " + ONE + "; 「届时」 points back to the named day 「“7.11”世界人口日」 of the item's own text, with 2014 printed only "
               "in the preamble's calendar fact — RULING? 1: the deadline is not checked"),
        S(["二"], [], [], dl="世界人口日前后", dln="2014-07",
          note="「要充分利用广播电视…大力宣传…」 (no subject), 「国家卫生计生委将发布…」 (发布 no rule-2 verb), 「各地要注意采用和推广」 "
               "(a general call, round 32): " + NONE + "; 「世界人口日前后」 — a named day's period in the item's own text dates it by "
               "the day's month in the plan's year (round 42 「“6.26”国际禁毒日期间」, round 46 p44e): 7月11日 of 2014 (the "
               "text's own year, round 42) — RULING? 1"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一, 二 (childless headed points that give work, round 34 early); the page ends after 二's paragraph",
            "the addressees receive the notice; 「各地要…」 is a general call throughout (round 32)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x231_07_zhen-2017-shijie-renkouri-huodong-fangan.txt"
SPAN07 = ("round 42 continued / round 37: 「二、活动时间:7月上旬」, stated once for the whole activity, is its span; items with no "
          "date of their own are due at its end — 2017-07 (the year the plan's own text prints, 「2017年7月11日是第28个世界人口日」, "
          "round 42: the text's own year)")
plan(X07,
     title_note=NO_TITLE + "the page is a site's article 「世界人口日是哪天【汇总】」 with the plan appended as 「附:2017年世界人口日活动"
                "方案1」 — a compilation's piece header (round 48: x222_05's 【一】), followed by the next piece 「…方案2」; neither "
                "line is the plan's own title line (RULING? 3)",
     doc_no="", issuer="a 镇 (「我镇」; 「根据区计生委的通知精神」 — a town of a district; not named)",
     date="not shown (2017 by the text)", level="town (a 镇, not named)",
     source=page_source("http://huaxiashiwen.com/jieri/xisu/700048.html"),
     style="a site's article (headline, date, an intro, 「2017年7月11日农历六月十八世界人口日」) with 「附:2017年世界人口日活动方案1」 "
           "appended: a preamble, 一、活动主题 / 二、活动时间:7月上旬 / 三、活动地点:XXXXX (fields), 四、活动形式: 1.–4., 五、活动准备: (a "
           "list of things); then 「2017年世界人口日活动方案2」 (成都's: a preamble, CUT at its 「一」)",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间", "三、活动地点", "五、活动准备"],
     samples=[
        S(["四", "1"], [], [], dl="7月上旬", dln="2017-07",
          note="「悬挂横幅标语;」 — no subject; no unit is named anywhere in the plan, so every leaf that gives work is a task "
               "(plans-dev 08; rounds 25/27): " + NONE + "; " + SPAN07),
        S(["四", "3"], [], [], dl="7月上旬", dln="2017-07",
          note="「设立咨询台,针对我镇计生工作设立…多个咨询台,深入群众中间…」 — no subject (我镇 the place it serves; round 43: a town "
               "speaking of itself is a place): " + NONE + "; " + SPAN07),
        S(["四", "4"], [], [], dl="7月上旬", dln="2017-07",
          note="「各村选出的争创“家佳示范户”代表家庭发放宣传材料」 — the households are the public (round 41, round 35: no unit); 各村 "
               "stands inside a 的-phrase describing them (round 30: a body inside a noun's description): " + NONE + "; the list of "
               "materials after 「包括:」 is text; " + SPAN07),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 四/1–4 of 方案1. 一、二、三 are fields (theme, time, place; round 42 continued), 五、活动准备 a list of supplies "
            "that gives no work (round 35). Accepted: 5 (五 read as a task of preparing)",
            "two pieces under one page (round 30's two documents): 方案2 (成都, 「建设美丽繁荣和谐四川」) is cut at its first 「一」 and "
            "has no task on the page, so every counted task is 方案1's; no sample needs `document`",
            "the site's article before 「附:」 (what day 世界人口日 falls on) gives no work"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x231_08_shequ-guoji-zhiyuanzheri-huodong-fangan.txt"
plan(X08,
     title="國際志愿者日活動方案",
     title_note="line 1 less the compilation's 【篇一】 (round 48: a piece header 「…方案【一】」 may stand as the title less its "
                "number, like 「（摘录）」, round 44); traditional characters as printed",
     doc_no="", issuer="a 社区 (its 恒信居民區 and 社區 volunteers; not named)", date="not shown (「第個」: the number and the year "
     "are missing)", level="community (a 社区, under a street; not named)",
     source=page_source("http://szftgk.com/HuoDongFangAn/835342.html"),
     style="a 范文 site's piece 【篇一】 in traditional characters: a preamble, 一、活動主題, 二、活動時間 12月1日?9日 (the 「?」 is the "
           "page's), 三、活動內容 1、–3、 each a headline 「“…”…活動」 run into its text, and 「4.開展…」 — the page ends there",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活動主題", "二、活動時間 12月1日?9日"],
     samples=[
        S(["三", "1"], [], [], skip_deadline=True,
          note="「活動現場征集志愿者V笑照片,由自愿者填寫一人一表的信息表,建立志愿者信息庫…」 — 由 persons (the volunteers themselves: "
               + PERSON + "); no other subject: " + NONE + "; 活動時間 12月1日?9日 has no year (「今年12月5日是第個…」): " + NOYEAR),
        S(["三", "2"], [], ["恒信居民區工、青、婦群團"], lead_alternatives=[["恒信居民區工、青、婦群團"]],
          not_targets=[(16, "歲"), (30, "張")], skip_deadline=True,
          note=R2 + ": 「由恒信居民區工、青、婦群團組織志愿者對…開展送溫暖活動」 — 由A＋組織＋work (round 34), the volunteers the "
               "pivot's persons; 「工、青、婦群團」 is fields sharing one head (round 31: one name as printed, with its place 恒信居民區 "
               "kept, round 40: a shared modifier stays with the first name); " + ONE + "; 「16歲以下單親兒童」 is an age band naming "
               "a group of persons (round 31: no target) and 「贈送30張“自助卡”」 supplies the item hands out (round 44: means, no "
               "target; no comparison word); " + NOYEAR),
        S(["三", "3"], [], [], skip_deadline=True,
          note="「組織社區廣大黨員志愿者、居民群眾志愿者、團青年志愿者,開展內外環境大整治」 — a subjectless 組織 with no subject in its "
               "paragraph (round 41: no subject, no doer; round 44's carried subject needs one): " + NONE + "; " + NOYEAR),
        S(["三", "4"], [], [], skip_deadline=True,
          note="「開展“青春紅絲帶”志愿宣傳活動。」 — no subject; 開展 is no rule-2 verb: " + NONE + "; the page ends after it; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 三/1–4 (4 numbered 「4.」 after 「1、2、3、」: numbers in order, round 34); 一、活動主題 and 二、活動時間 are fields "
            "(round 42 continued)",
            "no year is printed (「第個」 lost its number): no deadline is checked in this file"])

write_collected(DIR)
