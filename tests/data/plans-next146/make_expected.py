# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next146/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c146, round 37: eight page openings of plans from outside Shanghai — a city's
農村人居環境 task list in TRADITIONAL characters whose first number lost its bracket 「一)」 (「確保到2020年底…普及率達90%以上」),
two towns' 村庄清洁 plans (2021, one run-together line with 「确保每个村(居)有2名专职保洁员,年底前…」; 2022, 「2022年村庄清洁
行动贯穿全年」 and 「各村(社区)…组织…」「镇将…每月组织各村开展…」), a county's 电信网络诈骗 宣传 plan with unit-colon items
「(一)各乡(镇)、居民事务中心:」「(二)县公安局:」, a town's 2020 电信诈骗 宣传 plan under an essay site's title with two dated
stages, a 农业农村局's 扫黑除恶 宣传 plan whose schedule is a PIPE TABLE with a 责任单位 column, 大邑's 2018 旅游景区 扫黑除恶
plan run together with the site's chunk numbers and two dated stages, and 李家岔镇's 2019 扫黑除恶 宣传方案 with items numbered
inside one paragraph under a lead-in 「社会宣传由镇扫黑除恶专项斗争领导小组组织」): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in``
where the number is not at its line's start, an item has no number, or the text runs on one line); every answer was
written here by reading the texts, under `tests/data/CONVENTIONS.md` (its round-29 rules on units written in sentences
and the rulings of rounds 30–37 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the
parser nor the scorer was run on these plans by c146.

    python tests/data/plans-next146/make_expected.py tests/data/plans-next146
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (a number not at its line's start or without its bracket, a row or stage with no number,
# or a run-together line), the first words cut at the line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's own title"
NOYEAR = "the year is masked or not printed: the date cannot be resolved, not checked"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋verb, 牵头, 会同/协同/联合, a "
         "designation; round 30, round 34)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NONE_NAMED = "no body named in a rule-2 form: lead = [], responsible = []"
SPAN = "round 37: a campaign's span stated once is a stage span for items with no date of their own (its end the deadline)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x146_01_nongcun-renju-huanjing-qixiang-zhongdian-renwu.txt"
plan(X01,
     title_note=NO_TITLE + " (line 1 「農村人居環境七項重點任務?」 is the question site's own question, not the plan's name)",
     doc_no="", issuer="a city of Fujian (「全市」, 「推廣光澤縣華橋鄉…的做法」, 「12個省級鄉村振興特色鄉鎮」 — 南平市 by 光澤縣; not named)",
     date="2020 (「確保到2020年底…」)", level="city (Fujian, not named)",
     source=page_source("http://www.shuibianli.com.cn/wscl/27234.html"),
     style="a question-and-answer site's page in TRADITIONAL characters: the question as line 1, then the plan's items with the "
           "number on its own line and the heading on the next — 「一)」 (the opening bracket LOST), 「農村“廁所革命”」 and a "
           "long paragraph (「各地要…」, 「確保到2020年底全市所有行政村無害化衛生戶廁普及率達90%以上,其中12個省級…和110個省級試點村"
           "達100%」), 「(二)」 「農村生活垃圾治理行動」 (no unit, no date; 「在全市12個…、110個…開展…試點」), 「(三)」 「農村污水治理行動」 "
           "「各地要」 — CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一)"], [], [], [("90", "%"), ("100", "%")], dl="到2020年底", dln="2020-12",
          not_targets=[("12", "個"), ("110", "個")], **at(X01, "一)", skip=1),
          note="the number is printed 「一)」 without its opening bracket (its siblings 「(二)」「(三)」): path as printed; the page "
               "names no unit at all (every numbered leaf a task, plans-dev 08); 「各地要將…列入為民辦實事項目」 is a general call "
               "(round 32: 各地 names no kind of body): " + NONE_NAMED + "; 「確保到2020年底…普及率達90%以上」 — 以上: target 90%, "
               "deadline 2020-12; 「…省級試點村達100%」 — the goal figure the pilots must reach: target 100%; 「12個省級鄉村振興特色"
               "鄉鎮和110個省級試點村」 name the classes of places the 100% applies to (round 34: a class the rule covers): not "
               "targets (RULING? round 37's 「an item's own number to build」 would not fit: the places exist already)"),
        S(["(二)"], [], [], **at(X01, "(二)", skip=1),
          note="「農村生活垃圾治理行動」: no subject anywhere (「進一步健全完善…」「推廣…的做法」「開展…排查整治」): " + NONE_NAMED +
               "; 「在全市12個…、110個省級試點村開展…試點」 names the pilot places (a class, round 34), not answered as targets; "
               "「日產日清」 no figure; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一), (二), (三) (cut at 「各地要」); 2 (without the cut (三)) accepted",
            "「2020年底」 is the only date; 「四」 or 「七項」 in the question are no targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x146_02_zhen-2021-cunzhuang-qingjie-xingdong-zhuanxiang-gongzuo-fangan.txt"
plan(X02,
     title="2021年镇村庄清洁行动专项工作方案",
     title_note="line 1, run into the site's word 「文稿」 and the preamble 「为深入贯彻…」",
     doc_no="", issuer="a town (「全镇」; 「中、省、市」 and 「乡转运、县处理」; not named)", date="2021 (the title)",
     level="town (not named)",
     source=page_source("https://m.wenke99.com/p-5651906.html"),
     style="a document site's preview as ONE LINE: the title glued to 「文稿」 and the preamble, 「一、总体目标」 (「到20_年底,全镇所有"
           "行政村配备保洁员…」, the year masked), 「二、重点任务(一)聚焦“三清”下功夫1.清理农村生活垃圾。各村按照…抓好…确保每个村(居)"
           "有2名专职保洁员,年底前实现…全覆盖,推行…每月参加公益清 扫保洁2天以上。…」 — CUT; the stored excerpt is 1,355 bytes "
           "(shorter than the usual 2,000; the same on a second look-up)",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["二", "(一)", "1"], [], [], [("2", "名"), ("2", "天")], dl="年底前", dln="2021-12", **at(X02, "下功夫1."),
          note=CUT + "; " + R2 + ": 「各村按照…的收运处置模式,抓好农村保洁员队伍建设,统筹整合…」 — 抓好, 统筹整合, 推行 are no "
                     "rule-2 verbs (" + VERBS + "): lead = [], responsible = []; 「确保每个村(居)有2名专职保洁员」 is the item's own "
                     "figure to reach (round 37: an item's own number to appoint or build is a target): target 2名; 「每月参加公益"
                     "清 扫保洁2天以上」 — 以上: target 2天; 「年底前实现行政村专职保洁员全覆盖」 — 年底前 is December of the plan's "
                     "year (round 34), 2021 by the title: deadline 2021-12"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二/(一)/1 (cut); 一、总体目标 is a section (its 「到20_年底」 is masked, and it names no figure)",
            "「三清两改一提升」 is a name with digit words: no target"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x146_03_zhen-2022-cunzhuang-qingjie-xingdong-gongzuo-fangan.txt"
CUN = "各村(社区)"
SPAN22 = ("aligned round 38: recurring items keep no deadline under a campaign's span 「贯穿全年」 (round 38 rulings, Dates: "
          "round 34 wins over round 37's span) — 「二、时间安排 2022年村庄清洁行动贯穿全年」 over the item's 每周/每月/每季度 rounds: "
          "no deadline (2022-12 → none)")
plan(X03,
     title="镇村庄清洁行动工作方案",
     title_note="line 11 (line 5 is the site's heading of the same name)",
     doc_no="", issuer="a town (「全镇各村(社区)」, 「根据《*县关于开展2022年村庄清洁行动的通知》」; not named)", date="2022",
     level="town (not named)",
     source=page_source("https://01861.cn/zhuantifanwen/gongwenfanwen/37565.html"),
     style="a model-text site's page: 注册/登录 and a breadcrumb, the title twice, the site's date, the preamble (「2022年在全镇各村(社区)"
           "持续开展村庄清洁行动」), 「一、活动主题」 (a slogan with odd quotes 「'清洁村庄>献礼二十大“」), 「二、时间安排」 「2022年村庄清洁"
           "行动贯穿全年」, 「三、活动内容」 「(一)组织开展'三个一“活动」 1.–3. (weekly, monthly, quarterly rounds; 「各村(社区)党组织"
           "书记要…每周组织进行一次…」, 「各村(社区)要…组织党员干部带头…。同时,镇将建立'红黑榜“制度,…每月组织各村开展一次…」, "
           "「各村(社区)每季度组织一次…评比活动」) — CUT",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、活动主题", "二、时间安排"],
     samples=[
        S(["三", "(一)", "1"], [], [],
          note=R2 + ": 「各村(社区)党组织书记要履行…责任,每周组织进行一次环境卫生大扫除」 — the doer is a person (党组织书记; round "
                    "30: a person is never a unit; 各村(社区) only says whose): lead = [], responsible = []; 「每周…一次」 a rhythm "
                    "without a comparison word (no target); " + SPAN22),
        S(["三", "(一)", "2"], [], [CUN, "镇"],
          note=R2 + ": 「各村(社区)要…组织党员干部带头,引导发动群众持续开展…行动」 — 组织＋work (「A组织B＋verb」, round 30/34: A a "
                    "doer, B not) by a group named by a kind; 「同时,镇将建立'红黑榜“制度,…每月组织各村开展一次…评比活动,组织镇村"
                    "干部现场观摩」 — 镇 with 组织＋work (its objects 各村, 镇村干部 are no units): responsible 各村(社区), 镇 in the "
                    "printed order, lead [] (no 牵头); " + SPAN22),
        S(["三", "(一)", "3"], [], [CUN], lead_alternatives=[[CUN]],
          note=CUT + "; " + R2 + ": 「各村(社区)每季度组织一次…评比活动」 — 组织＋work by a kind: responsible 各村(社区), " + ONE +
                     "; " + SPAN22),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/(一)/1–3 (3 cut); 一、活动主题 and 二、时间安排 are childless sections (a slogan, a span)",
            "「2022年」 a year, 「二十大」 a name: no targets; the 每周/每月/每季度 rounds are rhythms, not duties to report"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x146_04_xian-fangfan-daji-dianxin-wangluo-zhapian-xuanchuan-gongzuo-fangan.txt"
plan(X04,
     title="防范打击电信网络诈骗宣传工作方案",
     title_note="line 3 without the site's piece number 「 篇1」 (line 1 is the site's collection title 「…范文(通用6篇)」)",
     doc_no="", issuer="a county (「我县」, 「县公安局」; not named)", date="(no year: 「从11月25日起至12月底」)",
     level="county (not named)",
     source=page_source("https://ruiwen.com/fangan/6202171.html"),
     style="a model-text site's page: the collection title, the site's blurb, 「…工作方案 篇1」, a preamble with the campaign's span "
           "「从11月25日起至12月底」, 「一、指导思想」 and 「二、工作目标」 (one paragraph each), 「三、任务分工」 with UNIT-COLON items "
           "「(一)各乡(镇)、居民事务中心:要将…」 and 「(二)县公安局:要」 — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "(一)"], [], ["各乡(镇)", "居民事务中心"], skip_deadline=True,
          note=R1 + " (a unit-colon item, plans-dev 12 「（一）城运中心：负责…」): 「各乡(镇)、居民事务中心:」 — two heads split at "
                    "、 (the bracket stays with its name, round 34), lead [] (no 牵头); the item's sentences (「要组织辖区网格员积极开展"
                    "…」: 网格员 persons) add nothing; 「“六进”」 is a name: no target; the campaign's span 「从11月25日起至12月底」 (" +
                    SPAN + ") has no year: " + NOYEAR),
        S(["三", "(二)"], [], ["县公安局"], lead_alternatives=[["县公安局"]], skip_deadline=True,
          note=CUT + " (only 「要」 after the label); " + R1 + ": 「县公安局:」 — responsible 县公安局, " + ONE + "; the span's "
                     "12月底 has no year: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/(一), 三/(二) (cut after 「要」); 1 accepted; 一、指导思想 and 二、工作目标 are sections (their 「年内」 "
            "「明显下降」 carry no figure)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x146_05_zhen-2020-fangfan-dianxin-wangluo-zhapian-xuanchuan-fangan.txt"
plan(X05,
     title_note=NO_TITLE + " (the site heads the text 「电信网络诈骗案件心得体会总结…」, an essay collection's name)",
     doc_no="", issuer="a town (「xx镇防范电信(网络)诈骗犯罪宣传工作领导小组」, 「镇综治办」; masked)", date="2020",
     level="town (masked 「xx镇」)",
     source=page_source("https://www.meidekan.com/zuowen/115936445.html"),
     style="an essay site's page: 「手机阅读」, its collection title twice, upload date, blurb, 「对于电信网络诈骗案件心得体会总结一」, "
           "then a town's plan with its section headings LOST: a 指导思想 paragraph, a leading-group paragraph (persons masked "
           "「x」; 「领导小组下设办公室(设在镇综治办)…具体负责抓好方案制定…」), and two DATED STAGES 「(一)筹划准备阶段(2020年1月1日至2月"
           "10日)。镇综治办…制定宣传方案。各村积极落实措施…」 「(二)集中宣传阶段(2020年2月10日至11月30日)。各村、相关职能办公室、有关"
           "单位…持续开展…,并每月将宣传活动开展情况(包括」 — CUT",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], ["各村"], lead_alternatives=[["各村"]], dl="2020年1月1日至2月10日", dln="2020-02",
          note="round 33 (stages, any time form): 「筹划准备阶段(2020年1月1日至2月10日)」 is a phase, and with work written in it a "
               "task; " + R2 + ": 「镇综治办按照职责与任务分工,…制定宣传方案」 — 制定 is no rule-2 verb (round 30); 「各村积极落实措施」 — "
               "落实 as the verb by a kind: responsible 各村, " + ONE + "; the stage's own span ends 2020年2月10日: deadline 2020-02"),
        S(["(二)"], [], [], dl="2020年2月10日至11月30日", dln="2020-11",
          note=CUT + "; a phase and a task (round 33); " + R2 + ": 「各村、相关职能办公室、有关单位根据方案和预案,持续开展…宣传」 — "
                     "开展 without 组织 is no rule-2 verb (round 30), 有关单位 a general call (round 33): lead = [], responsible = []; "
                     "the span ends 2020年11月30日: deadline 2020-11; 「并每月将宣传活动开展情况(包括」 is cut before its verb and "
                     "receiver: not answered as a duty"),
     ],
     plan_targets=[],
     phases=[{"name": "筹划准备阶段", "start": "2020-01", "end": "2020-02"},
             {"name": "集中宣传阶段", "start": "2020-02", "end": "2020-11"}],
     duties=[],
     notes=["2 leaves: (一), (二) (cut), stages with work; the 指导思想 and 组织领导 paragraphs have no number (their headings are "
            "lost) and the leading group's office is a body the item sets up (rule 3, round 35): no task, no unit",
            "persons 「xx」「x」 masked; 「2023-01-13」 is the site's upload time"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x146_06_nongye-nongcun-ju-saohei-chue-xuanchuan-gongzuo-fangan.txt"
COL = ("rule 1 (a table's unit column): the pipe table 「时间阶段 | 工作内容 | 责任单位 | 备注 |」 gives each row's 责任单位 cell as "
       "its unit; the 工作内容 and 备注 cells add nothing")
ROW = ("the row is a stage of the schedule (round 33: a stage in a 时间安排 section, here 「工作内容及安排」) with work written in "
       "it — a task as well as a phase; its months have no year (the plan prints none; the site's 2025-09 is its posting "
       "time): " + NOYEAR + "; no phase answered for the same reason")
plan(X06,
     title="农业农村局扫黑除恶宣传工作方案",
     title_note="line 1 inside the site's 【…】, run into the preamble",
     doc_no="", issuer="a 农业农村局 (county level by 「各乡镇农业服务中心」「各乡镇政府」; not named)", date="(no year printed)",
     level="county bureau (not named)",
     source=page_source("https://www.17hubei.com.cn/shujy/202509/474029.html"),
     style="a site's page: 「【title】preamble」, 「一、工作目标」 (a paragraph), 「二、主要任务」 1.–4. with run-in headings "
           "「1. 广泛宣传发动:…」, 「三、工作内容及安排(表格)」 as a PIPE TABLE 「时间阶段 | 工作内容 | 责任单位 | 备注 |」 with five "
           "stage rows 「第一阶段(1-2月) | 制定宣传方案,召开专题会议部署 | 农业农村局办公室 | 明确职责分工 |」…「第五阶段(11-12月)」, "
           "「四、宣传方式」 1.–3. (3 cut)",
     leaf_tasks=12, count_alternatives=[5, 7, 9], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "1"], [], [],
          note="a work item with no body (「利用多种渠道开展扫黑除恶政策宣传」): " + NONE_NAMED + "; 主要任务 is not one of the "
               "sections whose unit-less items are no tasks (round 27 names 工作目标/总体要求/保障措施/组织实施/工作要求): RULING? a task "
               "(7 or 5 accepted for a reader who takes only the rows, or the rows and 四); " + NODATE),
        S(["二", "2"], [], [],
          note="「组织基层力量深入走访」 — 组织＋work with no subject (no body named anywhere in the item): " + NONE_NAMED + "; " + NODATE),
        S(["三", "第一阶段"], [], ["农业农村局办公室"], lead_alternatives=[["农业农村局办公室"]], skip_deadline=True,
          **at(X06, "\n", 10, skip=0),
          note=COL + ": responsible 农业农村局办公室, " + ONE + "; " + ROW),
        S(["三", "第二阶段"], [], ["各乡镇农业服务中心"], lead_alternatives=[["各乡镇农业服务中心"]], skip_deadline=True,
          **at(X06, "\n", 11, skip=0),
          note=COL + ": responsible 各乡镇农业服务中心 (a kind, as printed), " + ONE + "; 「覆盖所有行政村」 no figure; " + ROW),
        S(["三", "第三阶段"], [], ["农业农村局法规科"], lead_alternatives=[["农业农村局法规科"]], skip_deadline=True,
          **at(X06, "\n", 12, skip=0),
          note=COL + ": responsible 农业农村局法规科, " + ONE + "; " + ROW),
        S(["三", "第四阶段"], [], ["各乡镇政府"], lead_alternatives=[["各乡镇政府"]], skip_deadline=True,
          **at(X06, "\n", 13, skip=0),
          note=COL + ": responsible 各乡镇政府, " + ONE + "; " + ROW),
        S(["三", "第五阶段"], [], ["农业农村局综合科"], lead_alternatives=[["农业农村局综合科"]], skip_deadline=True,
          **at(X06, "\n", 14, skip=0),
          note=COL + ": responsible 农业农村局综合科, " + ONE + "; 「形成书面总结报告」 names no receiver (not answered as a duty); "
               + ROW),
        S(["四", "1"], [], [],
          note="「线下宣传:在乡镇集市、村委会、学校等场所设立宣传点,发放宣传手册」 — places, no doer: " + NONE_NAMED + "; " + NODATE),
        S(["四", "2"], [], [],
          note="「线上宣传:利用微信公众号、短信平台、村务公开栏等发布…」 — no doer: " + NONE_NAMED + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["12 leaves: 二/1–4, the five stage rows of 三 (no numbers: paths name the stage), 四/1–3 (3 cut); 9 (二 and the "
            "rows), 7 (二 and 四, the rows read as phases only) and 5 (the rows only) accepted",
            "the stages' months 「1-2月」…「11-12月」 have no year: no phases and no row deadlines are answered"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x146_07_dayi-2018-lvyou-jingqu-saohei-chue-zhuanxiang-douzheng-shishi-fangan.txt"
STAGE = ("round 33 (stages, any time form): the stage under 「四、方法步骤 这次…分为三个阶段:」 written as a name and a time with its "
         "work after it is a phase and a task; the page prints no section numbers for the stages (path names the stage)")
plan(X07,
     title="县旅游景区扫黑除恶专项斗争实施方案",
     title_note="line 1 after the site's chunk number 「1、」, run into 「按照中共大邑县委…」",
     doc_no="", issuer="大邑县旅游和商务局 (Sichuan, 成都: 「成立县旅游和商务局扫黑除恶专项斗争工作领导小组」, 「结合我局实际」)",
     date="2018 (「大委发20184 号」, the stages from 2018年6月)", level="county bureau (大邑县, Sichuan)",
     source=page_source("https://m.wenke99.com/p-1971531.html"),
     style="a document site's preview in THREE RUN-TOGETHER LINES opening with the site's chunk numbers 「1、」「2、」「3、」: the title "
           "glued to its basis (document numbers with their brackets lost 「大委发20184 号」「成旅发201865 号」), 「一、指导思想」, "
           "「二、组织领导」 (a group of persons and its office), 「三、任务目标」, 「四、方法步骤」 with 「第一阶段:宣传造势调查摸底阶段"
           "(2018 年 6 月至12 月) 结合实际,」 run over the chunk break 「3、制定工作方案;…」 and 「第二阶段:侦查破案打击处理阶段(2019 年 "
           "1 月至12 月) 严厉打击…」 — CUT",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导", "三、任务目标"],
     samples=[
        S(["四", "第一阶段"], [], [], dl="2018 年 6 月至12 月", dln="2018-12", **at(X07, "第一阶段:"),
          note=STAGE + "; 「结合实际,」 + 「3、制定工作方案;加大…宣传力度,…;深入调查摸底,…」 (the site's chunk number 「3、」 inside the "
                       "stage is no item) — no subject: " + NONE_NAMED + "; the stage's own span ends 2018年12月: deadline 2018-12"),
        S(["四", "第二阶段"], [], [], dl="2019 年 1 月至12 月", dln="2019-12", **at(X07, "第二阶段:"),
          note=CUT + "; " + STAGE + "; 「严厉打击涉旅涉商行业的黑车、黑导…」 — no subject: " + NONE_NAMED + "; the span ends "
                     "2019年12月: deadline 2019-12"),
     ],
     plan_targets=[],
     phases=[{"name": "宣传造势调查摸底阶段", "start": "2018-06", "end": "2018-12"},
             {"name": "侦查破案打击处理阶段", "start": "2019-01", "end": "2019-12"}],
     duties=[],
     notes=["2 leaves: the two stages of 四 on the page (the third is off it); 一、二、三 are sections — 二、组织领导 sets up a "
            "group of persons and its office (rule 3, round 35), 三、任务目标 names no body",
            "「20184 号」「201865 号」 are document numbers (brackets lost): no targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x146_08_lijiacha-zhen-2019-saohei-chue-zhuanxiang-douzheng-xuanchuan-fangan.txt"
LG = "镇扫黑除恶专项斗争领导小组"
LEADIN = ("round 34 (items numbered inside one paragraph, from 1) and rule 4 (a section's lead-in): 「社会宣传由镇扫黑除恶专项斗争"
          "领导小组组织,重点开展“四个一”宣传:」 — 由A＋组织 (round 34: 由A＋any verb of doing; a body set up before this plan, "
          "round 36) gives the items under it that name no unit their unit")
plan(X08,
     title="李家岔镇人民政府关于扫黑除恶专项斗争的宣传方案",
     title_note="line 1 (line 3 repeats it); the notice is the plan (「制定李家岔镇扫黑除恶专项斗争宣传方案如下」)",
     doc_no="李政发〔2019〕6号", issuer="李家岔镇人民政府 (子长, Shaanxi)", date="2019-01-21",
     level="town (Shaanxi, 子长)",
     source=page_source("https://zh.m.wikisource.org/zh/%E6%9D%8E%E5%AE%B6%E5%B2%94%E9%95%87%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%85%B3%E4%BA%8E%E6%89%AB%E9%BB%91%E9%99%A4%E6%81%B6%E4%B8%93%E9%A1%B9%E6%96%97%E4%BA%89%E7%9A%84%E5%AE%A3%E4%BC%A0%E6%96%B9%E6%A1%88"),
     style="a wiki library's page: the title twice, number, issuer, date, 「发布机关:子长市人民政府」, 「镇文件」, addressees, a "
           "preamble, 「一、宣传内容」 (一)(二) (headed paragraphs, no body named), 「二、宣传形式」 「(一)社会宣传」 over ONE PARAGRAPH: "
           "a lead-in 「社会宣传由镇扫黑除恶专项斗争领导小组组织,重点开展“四个一”宣传:」 and items 1.–3. numbered inside it (「1.制作一期"
           "宣传栏。以镇为主体,指导、组织各村…」, 「2.在公路沿线重要部位刷写标语;各行政村…悬挂横幅。」, 「3.组织一次“扫黑除恶四进”活动。"
           "组织干部职工广泛开展…」) — CUT; leading spaces 「  」 before each paragraph",
     leaf_tasks=5, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [],
          note="a headed item of 宣传内容 with work 「广泛宣传…」 and no body: " + NONE_NAMED + " (3 accepted for a reader who takes "
               "一's items as a list of contents, round 35); 「全国、全省、全市、全县」 levels, no figure; " + NODATE),
        S(["一", "(二)"], [], [],
          note="「广泛宣传刑法、刑事诉讼法…」 — no body: " + NONE_NAMED + "; " + NODATE),
        S(["二", "(一)", "1"], [], ["镇"], lead_alternatives=[["镇"]], **at(X08, "宣传:1."),
          note="round 34 (items numbered inside one paragraph): 1. is an item; RULING? 「以镇为主体,指导、组织各村利用…创办一期…专栏」 "
               "read as a designation of the doer (round 32: 「明确A为责任主体」 makes A a doer; 以A为主体 the same) whose 组织＋work "
               "(组织各村…创办) carries the subject: responsible 镇, " + ONE + " — the item names its own unit, so the lead-in "
               "(rule 4) gives it nothing; a reader who reads 以镇为主体 as no rule-2 form answers " + LG + " (rule 4); 「一期」 a "
               "digit word, not answered; " + NODATE),
        S(["二", "(一)", "2"], [], [LG], lead_alternatives=[[LG]], **at(X08, "到位。2."),
          note=LEADIN + ": 「在公路沿线重要部位刷写标语;各行政村在村庄醒目位置悬挂横幅」 — 刷写 has no subject and 悬挂 is no rule-2 "
                        "verb (" + VERBS + "): the item names no unit and takes the lead-in's, responsible " + LG + ", " + ONE +
                        "; " + NODATE),
        S(["二", "(一)", "3"], [], [LG], lead_alternatives=[[LG]], **at(X08, "横幅。3."),
          note=CUT + "; " + LEADIN + ": 「组织一次“扫黑除恶四进”活动。组织干部职工广泛开展…」 — 组织＋work with no subject of its "
                     "own (round 34: an elided subject): responsible " + LG + ", " + ONE + "; 「四进」 a name: no target; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一/(一), 一/(二), 二/(一)/1–3 (numbered inside one paragraph; 3 cut); 3 accepted (一's items read as a list "
            "of contents)", "「〔2019〕6号」 a document number, 「2019年1月21日」 the issue date: no targets, no deadline"])

write_collected(DIR)
