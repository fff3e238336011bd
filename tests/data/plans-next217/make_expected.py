# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next217/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c217, round 46: eight page openings of plans from outside Shanghai — 贵州省河湖长制办公室's
2025 工作要点 (province; 「(责任单位:…)」 labels, the second cut inside a name); page 2 of a 市's 依法行政 plan (「(市直责任单位:…)」
labels, items 2、–4、 whose parents are off the page); a 市's 依法行政 points 三、–六、 with closing unit brackets 「(A及相关部门和县区
政府)」; 临泽县交通运输局's 2025 安全生产月 notice (lost numbers 「、树牢…」「)开展…」, 「各企业要组织观看…」); 开化县教育局's 2020
安全生产月 plan (one item, the activity's span); 仁和区教育局's xx年 安全生产月 plan (a 组织领导 point, masked year); 广水市太平镇's
河长制 plan (no units, dated items and year tasks); a township's 2022 安全生產月 plan in traditional script with the site's
inline pinyin and broken characters): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``at_in`` of ../plans/expected_tools.py); every
answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of rounds
30–46 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was
run on these plans by c217.

    python tests/data/plans-next217/make_expected.py tests/data/plans-next217
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = "lead [], responsible []"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NO_TITLE = "title not checked: the page prints no title of the plan"
CLOSED = "rule 2's forms are a closed list (round 30)"
SUBJECTLESS = "a clause with no subject names no doer (round 41)"
LABEL = ("the closing bracket is the item's unit label (rule 1; plans-dev 01's 「（A、B负责）」 form): every name it prints is "
         "kept (round 33: labels keep their names, less 各地／各地区／各方面／有关方面), in printed order; no 牵头: lead []")

# ---------------------------------------------------------------------------------------------------------
X01 = "x217_01_guizhou-sheng-2025-hehuzhangzhi-gongzuo-yaodian.txt"
plan(X01,
     title="贵州省河湖长制2025年度工作要点",
     title_note="line 6, after the cover notice (黔河湖长办〔2025〕3号, which has no title line of its own on the page)",
     doc_no="黔河湖长办〔2025〕3号", issuer="贵州省河湖长制办公室", date="2025-04-14", level="province (贵州)",
     source=page_source("https://mwr.guizhou.gov.cn/ztjj/rdzt/srsshzzzldstzl/tzgg/202504/t20250418_87541429.html"),
     style="a province office's page: the document number, addressees, a cover paragraph (「…组织制定《…工作要点》。现印发给你们,"
           "请结合工作职责,加强经费保障,抓好各项任务落实」), signature and date, the title, a preamble, 一、强化河湖长制 with 1. and 2. "
           "run-in headed items each closed by 「(责任单位:…)」 — 2.'s label CUT inside its last name 「河湖长制责」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["各级河湖长制办公室", "河湖长制责任单位"],
          note=R1 + ": 「(责任单位:各级河湖长制办公室、河湖长制责任单位)」 — " + LABEL + "; 河湖长制责任单位 names the scheme's "
               "member bodies by a kind (a kind before 单位 makes a kind, round 34) and is kept as printed; " + NODATE
               + " (the plan's year 2025 is in its title only; round 38: a period in the title dates nothing)"),
        S(["一", "2"], [], ["河湖长制办公室"],
          responsible_alternatives=[["各级总河湖长", "河湖长", "河湖长制办公室"]],
          note=CUT + " (inside the label 「(责任单位:各级总河湖长、河湖长、河湖长制办公室、河湖长制责」); " + R1 + ": the names whole "
                     "before the cut are given (round 45: a bracket cut after its names gives them), the torn 「河湖长制责」 is dropped "
                     "(round 36: a name the page cuts off is dropped); RULING? 各级总河湖长 and 河湖长 are posts held by persons (party "
                     "and government leaders serving as river chiefs): read as persons, never units (round 30; round 46: a post "
                     "holder's duties are a person's) even inside a label, so responsible is 河湖长制办公室 alone (各 not shared, round "
                     "34); a reader who keeps every name a label prints (round 33) answers all three (accepted); 「配合召开…联席会议」 "
                     "adds nothing (the label decides); lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/1 and 一/2 (CUT in its label); the cover's 「请结合工作职责,加强经费保障,抓好各项任务落实」 is a "
            "cover instruction, no task",
            "「六大任务」「二十届二中、三中全会」 are names (no targets); no dates, phases or duties on the page"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x217_02_shi-tuijin-yifa-xingzheng-gongzuo-fangan-di2ye.txt"
plan(X02,
     title_note=NO_TITLE + " (a page 2: it opens at item 「2、注重运用调解手段化解行政争议」; the parents of 2、–4、 are on page 1)",
     doc_no="", issuer="a 市 government (「市直责任单位」「市政府法制办」「市行政投诉中心」; the city is not named)",
     date="not shown (「新农村建设」「相对集中行政处罚」 point to about 2006–2009)", level="city (not named)",
     source=page_source("http://www.fsou.net/html/text/lar/169717/16971721_2.html"),
     style="page 2 of a city's 依法行政 plan on a document site: items 2、–4、 (under a （三） on page 1, about 化解行政争议), then "
           "(四)全面推行政执法责任制, each closed by 「(市直责任单位:…)」; then 三、保障措施 (一) with no label — CUT",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], ["市政府法制办", "市行政投诉中心", "市直各相关单位"],
          note=R1 + ": 「(市直责任单位:市政府法制办、市行政投诉中心、市直各相关单位)」 — " + LABEL + " (市直各相关单位 stays: in a "
               "label 各有关单位 is kept, round 37); the sentence 「各级行政机关和各行政投诉中心…要积极探索…」 adds nothing (rule 1); "
               "path by the printed number, its parents off the page; " + NODATE),
        S(["3"], [], ["市司法局"], lead_alternatives=[["市司法局"]],
          note=R1 + ": 「(市直责任单位:市司法局)」; " + ONE + "; 「与有关部门密切配合」 adds nothing (rule 1); " + NODATE),
        S(["4"], [], ["市信访局", "市直各单位"],
          note=R1 + ": 「(市直责任单位:市信访局、市直各单位)」 — " + LABEL + " (市直各单位 kept in a label, round 33/37); " + NODATE),
        S(["(四)"], [], ["市直各执法单位", "市政府法制办"],
          note=R1 + ": 「(市直责任单位:市直各执法单位、市政府法制办)」 — " + LABEL + "; a childless （四） under the same 二、 as "
               "2、–4、's （三）; 「全面推行政执法责任制」 as printed; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: 2、, 3、, 4、 (the items of a （三） on page 1) and (四); 三、保障措施/(一) — 「各级政府、各单位要拟订"
            "…培训方案」, 拟订 no rule-2 verb and 各单位 a general call (round 33), no label — is no task in a plan whose tasks name "
            "units (round 27; CUT as well); 5 accepted (round 40: items naming no unit that give work, a count with them)",
            "no dates, targets, phases or duties on the page"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x217_03_shi-yifa-xingzheng-gongzuo-anpai-gongye-fushi.txt"
plan(X03,
     title_note=NO_TITLE + " (the stored page opens at 「三、完善制度建设程序」)",
     doc_no="", issuer="a 市 government (「工业富市」「市政府法制局」「各县区政府」; the city is not named)",
     date="not shown (「《决定》和《意见》」: the State Council's 2008 决定 on 市县政府依法行政 and its 2010 意见 — about 2008–2010)",
     level="city (not named)",
     source=page_source("http://ask.fsou.com/html/text/lar/171661/17166173_1.html"),
     style="a city's 依法行政 points on a document site, from 三、 on: top-level run-in headed points 三、–六、, each a paragraph "
           "closed by a unit bracket without 负责 「(市政府法制局及相关部门)」「(市政府办公室、市政府法制局及相关部门和县区政府)」"
           "「(市政府各部门、各县区政府)」 — CUT at 「六、稳步推进机构改革。根」",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三"], [], ["市政府法制局", "相关部门"],
          note=R1 + ": 「(市政府法制局及相关部门)」 — 「A及B」 are two names (round 34); 相关部门 is a kind (round 33) kept as printed; "
               "lead []; top-level points each with their own units are tasks (plans-dev 03); " + NODATE),
        S(["四"], [], ["市政府办公室", "市政府法制局", "相关部门", "县区政府"],
          note=R1 + ": 「(市政府办公室、市政府法制局及相关部门和县区政府)」 — split on 、, 及 and 和 between whole names (round 34/35); "
               "县区政府 one name as printed; lead []; 「未经公布和上级政府备案审查的」 is a case in a rule (no unit); " + NODATE),
        S(["五"], [], ["市政府各部门", "各县区政府"],
          note=R1 + ": 「(市政府各部门、各县区政府)」; the sentences 「各县区、各部门要结合各自职责…进行清理」「各行政执法部门都要有…」 "
               "add nothing (rule 1); lead []; 「专(兼)职」 is no unit; " + NODATE),
        S(["六"], [], [],
          note=CUT + " (「稳步推进机构改革。根」): no body, no date; " + NONE + "; a headed point that gives work (推进) naming no "
                     "unit is a task (round 40), the count 3 without it accepted; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: the top-level points 三、–六、 (childless, each a run-in heading over a paragraph; 一、二、 are "
            "not on the stored page); 3 accepted (六、 cut with no unit, read as no task)",
            "no dates, targets, phases or duties on the page"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x217_04_linze-xian-jiaotong-yunshuju-2025-anquan-shengchanyue-tongzhi.txt"
MONTH = ("RULING? the preamble's 「今年6月是第24个全国“安全生产月”」 names the national month, not a span the notice sets for its "
         "work (round 44 decided: a date stated once in a preamble dates no item unless it is the plan's campaign span "
         "「自X起至Y」 or a 时间 field); read as no deadline; a reader who takes the 安全生产月 as the activity's span answers "
         "2025-06")
plan(X04,
     title="临泽县交通运输局 关于开展2025年全县交通运输行业 “安全生产月”活动的通知",
     title_note="line 5, as printed (one line with the issuer in front and two spaces)",
     doc_no="临交发〔2025〕17号", issuer="临泽县交通运输局", date="2025-06-03", level="a body's own (county bureau: 临泽县, 张掖, 甘肃)",
     source=page_source("http://www.gslz.gov.cn/zfxxgk/zfwj_6139/bmwj_6143/202506/t20250625_1418511.html"),
     style="a county site's page: navigation lines, the title, the open-government fields one a line (索引号, 发文字号 临交发〔2025〕17号, "
           "发布机构, 生成日期 2025-06-03 …), addressees, a preamble; the page LOST numbers: 「、树牢安全理念,…」 (一、 lost its 一), a "
           "lead-in paragraph, 「(一)加强专题学习要把…」 (heading run into its text), 「)开展警示教育。…」 ((二) lost its 「(二」) — "
           "CUT in (二) at 「进一步强化落实」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], **at(X04, "(一)"),
          note="「加强专题学习要把…作为学习重点,采取专题研讨、集中宣讲等多种形式,全面学习领会…」 — " + SUBJECTLESS + ": " + NONE
               + "; path 一/(一): the heading 「、树牢安全理念…」 lost its 一 on the page; " + MONTH),
        S(["一", "(二)"], [], ["各企业"], lead_alternatives=[["各企业"]], **at(X04, "\n)"),
          note="RULING? the line 「)开展警示教育。…」 is read as item (二) whose 「(二」 the page lost (round 37: a paragraph that lost "
               "its number is the item its place gives); " + R2 + ": 「各企业要组织观看“安全生产月”主体宣传片」 — 组织＋work (round 34), "
               "各企业 a kind (round 46: 企业 is a kind): a doer; the opening 「要充分发挥交通运输行业优势,在…持续滚动播放…」 has no "
               "subject; " + ONE + "; the count 1 (this line read as (一)'s text) is accepted; " + CUT + "; " + MONTH),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一) and 一/(二) (the page lost 一's numeral and (二)'s 「(二」); 1 accepted (the 「)」 line "
            "read as part of (一)); the lead-in paragraph under 一 is the section's text",
            "6月16日 全国“安全宣传咨询日” and 第24个 are in the preamble (no item's date, no target); the open-government field lines "
            "(索引号 620723037/2025-00015 …) are chrome"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x217_05_kaihua-xian-jiaoyu-xitong-2020-anquan-shengchanyue-wanlixing-fangan.txt"
plan(X05,
     title="开化县教育系统2020年“安全生产月”和“安全生产万里行”活动方案",
     title_note="line 7, after the forwarding notice (「现将《…》印发给你们」, 开化县教育局, 2020年5月29日), as printed",
     doc_no="", issuer="开化县教育局", date="2020-05-29", level="a body's own (county bureau: 开化县, 衢州, 浙江)",
     source=page_source("http://nbxinxi.com/a/kaihuaxian/20210625/333953.html"),
     style="a local news site's copy: 「朗读」, a forwarding notice to 各县属学校、乡镇中心学校, the plan's title, a preamble (开安委办〔2020〕"
           "20 号, the space as printed), 一、总体要求 (a section), 二、活动主题、时间 (fields: 主题; 时间:2020年6月1日—6月30日), 三、活动内容 "
           "with a lead-in 「…于2020年6月1日至6月30日在全县各校同时开展」 and (一)制订一个实施方案 — CUT at 「制定切实可行的活」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、总体要求", "二、活动主题、时间"],
     samples=[
        S(["三", "(一)"], [], [], dl="2020年6月1日—6月30日", dln="2020-06-30",
          note=CUT + "; 「全县各校要根据…要求,及时成立…领导机构,制定切实可行的活…」 — 全县 is a scope (round 43), 各校 a kind, but "
                     "成立／制定 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; the activity's span 「时间:2020年6月1日—6月30日」 "
                     "(二、 and 三's lead-in) is a stage span: its end is the deadline of items with no date of their own (round "
                     "35/36): 2020-06-30"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一); 一、总体要求 is a section and 二、活动主题、时间 a field (round 42 continued: a section that "
            "only gives the time or theme is a field)",
            "one span, no stages: no phase written; 第19个 and 「20 号」 are no targets (an ordinal, a document number)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x217_06_renhe-qu-jiaoyuju-anquan-shengchanyue-huodong-fangan.txt"
plan(X06,
     title="教育局安全生产月活动方案",
     title_note="line 3, as printed (the preamble names it 《仁和区教育局xx年“安全生产月”活动方案》)",
     doc_no="", issuer="仁和区教育局 (攀枝花, 四川; the preamble's 「制定《仁和区教育局xx年…》」)", date="xx年 (masked)",
     level="a body's own (district bureau: 仁和区教育局)",
     source=page_source("http://www.wendang9.com/detail.aspx?unid=324766"),
     style="a document site's page: 「登录」, the title, a preamble (「攀教基[]38号」, the year masked 「xx年」), 一、指导思想, 二、活动主题, "
           "三、活动时间 「xx年6月1日-6月30日」, 四、组织领导 (a leading group of named persons, 「成员:由…负责人…组成。具体工作由安全卫生"
           "体育科负责,具体负责督促指导、统筹协调各学校开展…活动」), 五、活动内容及形式 1. — CUT in 1.",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题", "三、活动时间", "四、组织领导"],
     samples=[
        S(["五", "1"], [], [], skip_deadline=True,
          note=CUT + "; 「各学校(园)要在校(园)门口悬挂醒目的…」 — 悬挂 is no rule-2 verb (" + CLOSED + "): " + NONE + "; the span "
                     "「xx年6月1日-6月30日」 has a masked year and the printed title names none (round 46 decided: a masked year is "
                     "read only from the title's year): the deadline is not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 五/1; 四、组织领导 is a plan-level field: it sets up the leading group (a body the item sets up, "
            "round 35; its 组长／副组长 are persons, round 30) and says who carries out the whole event (「具体工作由安全卫生体育科负责」 — "
            "round 42: a point that only says who hosts, checks or carries out the whole event is no task and gives no item "
            "units); 2 accepted (四 read as a task with 安全卫生体育科 by 由A负责)",
            "「攀教基[]38号」 is a document number with its year lost; the persons' names are published text, not units"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x217_07_taiping-zhen-quanmian-tuixing-hezhangzhi-shishi-fangan.txt"
NOUNIT = "no unit anywhere on the page: every numbered leaf is a task (plans-dev 08; rounds 25/27)"
YEARTASK = ("round 44 decided: an item that opens with a year outside a steps section takes that year as its deadline "
            "(December); 二、工作安排 names no stages (阶段／步骤), so its items are dated tasks, not phases (round 42: phases need "
            "named stages)")
plan(X07,
     title="太平镇全面推行河长制实施方案",
     title_note="line 15, as printed, after the open-government fields",
     doc_no="", issuer="广水市太平镇 (人民政府)", date="2025-05-20 (the page's 发布日期; the plan's own steps run 2023–2025)",
     level="township (太平镇, 广水市, 随州, 湖北)",
     source=page_source("http://www.guangshui.gov.cn/jcxxgkpt/zb/gsstpz/zc_20407/qtzdgkwj_20408/202505/t20250520_1332065.shtml"),
     style="a city site's open-government page for a township: fields one a line (索引号, 发布机构, 发布日期 2025-05-20 …), the "
           "title, 「• 发布时间」 lines, a one-line preamble, 一、实施内容 (一)–(三) run-in headed paragraphs with dates inside "
           "(年内, 2024年底前, 2025年前, 2023年底前), 二、工作安排 (一)2023年重点任务 … (三)2025年重点任务, 三、实施保障 (a paragraph: "
           "150万元 a year, 季度督查) — the whole short plan, no unit named (persons: 镇党委书记, 班子成员, 管理员)",
     leaf_tasks=6, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=["三、实施保障"],
     samples=[
        S(["一", "(一)"], [], [], targets=[(12, "项")],
          note=NOUNIT + "; 「镇党委书记担任总河长,班子成员分管重点流域」 persons (round 30); 「明确水利、环保、农业等部门协同职责,落实…等"
                        "12项具体工作清单」 — no subject (" + SUBJECTLESS + "); the departments are objects of 明确: " + NONE
                        + "; 12项 — the item's own count of work to set (round 37: an item's own number to build is a target); "
                        + NODATE),
        S(["一", "(二)"], [], [], targets=[(3, "个"), (7, "公里")], skip_deadline=True,
          note=NOUNIT + "; no subject: " + NONE + "; targets 3个 (处理点 to build) and 7公里 (护岸 to build) — counts of work done "
                        "(round 44); RULING? dates 「年内」「2024年底前」「2025年前」 — the latest is the deadline (round 34), but 年内 "
                        "is the plan's year, which the page does not print (the site's 发布日期 2025-05-20 is chrome-like metadata, "
                        "round 45; the plan's own steps start in 2023): not checked; without 年内 the latest is 2024-12 (「2025年前」 "
                        "= before 2025, round 33's 「N月前」 read for a year; 「2024年底前」 2024-12)"),
        S(["一", "(三)"], [], [], responsible_alternatives=[["镇级"]], dl="2023年底前", dln="2023-12",
          note=NOUNIT + "; RULING? 「镇级每月组织联合巡查,村级每周开展日常巡查」 — 镇级 (the town level of the river-chief system) "
                        "names a level, not a body (like 「镇将…」, a place, round 44); read as no doer: " + NONE + "; a reader who "
                        "takes 镇级 as the town's body with 组织＋work (round 34) answers 镇级 (accepted); 每月／每周 are inspection "
                        "rhythms, no reporting duty (plans-dev 08) and no deadline (round 34); 「2023年底前完成重点河段视频监控全覆盖」 "
                        "— the one one-off date: 2023-12"),
        S(["二", "(一)"], [], [], dl="2023年重点任务", dln="2023-12",
          note=NOUNIT + "; " + YEARTASK + ": 2023-12; no subject: " + NONE),
        S(["二", "(二)"], [], [], dl="2024年重点任务", dln="2024-12",
          note=NOUNIT + "; " + YEARTASK + ": 2024-12; no subject: " + NONE),
        S(["二", "(三)"], [], [], dl="2025年重点任务", dln="2025-12",
          note=NOUNIT + "; " + YEARTASK + ": 2025-12; no subject: " + NONE),
     ],
     plan_targets=[{"number": 150, "unit": "万元"}],
     phases=[], duties=[],
     notes=["6 leaves: 一/(一)–(三) and 二/(一)–(三); 三、实施保障 is a childless section (no rule-2 doer: 「镇财政每年安排专项经费」 "
            "is a cost, round 37; 建立／纳入／公示 with no subject; round 36: a childless section is a task only with a rule-2 doer); "
            "7 accepted (三 read as a task, round 44 decided: a safeguards section that gives work is one task)",
            "plan target: 「镇财政每年安排专项经费150万元」 — the plan's own sum (round 38: the figures of a point that is no task "
            "are plan targets)",
            "no phases: 二、工作安排's items are years of work, not named stages (round 42); no duties: 「定期公示工作进展」 publishes to "
            "the public, 「季度督查」 is oversight",
            "the quotes 「\"巡查-反馈-整改\"」「\"一河一档\"」「\"清四乱\"」 are ASCII on the page"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x217_08_xiangzhen-2022-anquan-shengchanyue-huodong-fangan-fanti.txt"
MASK08 = ("the year is masked 「20_年」 and the only title is the site's blurb, where the year is broken 「?022年」 (round 45: a "
          "year printed only in a site's headline dates nothing; round 46: a masked year is read only from the plan's printed "
          "title): the deadline is not checked")
plan(X08,
     title_note=NO_TITLE + " (the site's blurb names 「…2022年鄉(xiāng)鎮(zhèn)安全生產(chǎn)月活動方案」 with broken characters; no "
                           "title line of the plan)",
     doc_no="", issuer="a 鎮 (not named; 「我鎮」「各村、鎮直單位」)", date="2022 (the blurb's broken 「?022年」; the text 「20_年」)",
     level="township (not named)",
     source=page_source("http://m.nycmayorsoffice.com/hdzj/hdfa/206239.html"),
     style="a 范文 site's page in traditional script with the site's inline pinyin after many characters 「鄉(xiāng)鎮(zhèn)」 and "
           "broken characters (「咨詢?nèi)铡?/p>」「確?;顒诱S行虻亻_展」, as found): a blurb, 一、指導思想, 二、活動主題, 三、活動時間 "
           "「20_年6月1日至30日。其中:6月16日為安全宣傳咨詢日」, 四、活動形式 (一)、(二)、 (headings over paragraphs), 五、活動內容: "
           "1、–4、 — CUT in 4、",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指導(dǎo)思想", "二、活動主題", "三、活動時間"],
     samples=[
        S(["四", "(一)"], [], ["各村", "鎮(zhèn)直單位"], responsible_alternatives=[["各村", "鎮直單位"]], skip_deadline=True,
          **at(X08, "(一)、"),
          note=R2 + ": 「各村、鎮(zhèn)直單位要加強對活動的領導,做到統一部署,指定專人負責,落實必要的經費」 — 落實 (a rule-2 verb, "
               "with funds as its object: not a cost verb, round 37) makes 各村 (a kind) and 鎮直單位 (a kind before 單位, round 34) "
               "doers; 專人 is a person (round 34); names as printed with the site's pinyin (round 39), the name without it "
               "accepted; lead [] (no 牵头); " + MASK08),
        S(["四", "(二)"], [], [], skip_deadline=True, **at(X08, "(二)、"),
          note="「充分利用廣播、電視、宣傳車等…宣傳本次活動的主題…,及時報道各地安全月活動的情況」 — " + SUBJECTLESS + ": " + NONE
               + "; 報道 is news coverage, no duty to report to a body; " + MASK08),
        S(["五", "1"], [], [], skip_deadline=True,
          note="「開展“全國安全生產月”咨詢日活動」 (the line ends in broken characters) — no subject: " + NONE + "; the day the plan "
               "fixes, 6月16日 (三、), would date it (round 36), but " + MASK08),
        S(["五", "2"], [], [], skip_deadline=True,
          note="「各危險化學品、交通運輸、煙花爆竹、建築施工等企業要普遍開展安全質量標準化活動」 — 開展 is no rule-2 verb (" + CLOSED
               + "): " + NONE + "; " + MASK08),
        S(["五", "4"], [], [], skip_deadline=True,
          note=CUT + "; 「各村、各單位組建以單位領導、黨員…」 — 組建 is no rule-2 verb and 各單位 a general call (round 33): " + NONE
                     + "; " + MASK08),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves on the page: 四/(一), (二) and 五/1–4 (五/4 CUT); 一、–三、 are a section and fields (round 42 continued); "
            "(一)、 and (二)、 print 、 after the bracket (as the page has it)",
            "every date is of the masked year 「20_年」: no deadline is checked; the span is one span, no stages (no phase)",
            "the blurb (line 1) and the pinyin brackets are the site's; broken characters are kept as found"])

write_collected(DIR)
