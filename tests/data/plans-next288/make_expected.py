# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next288/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c288, round 56, for round 57: eight page openings from outside Shanghai whose
items give work to named units — 铁岭县's 端午 文化广场活动方案 (a government page: 四、活动内容 1.–6., the running order of one
event; 五、 plan-level host fields; 六、责任分工 with five 「A:负责…」 paragraphs, CUT in the fifth); a 街道's 端午 “我们的节日” plan
(篇1 of a 范文 compilation: 二、(一) with its 「重点责任:文化站、各社区」 line, CUT in (二)); a 镇's 端午文化节 plan in a docx
preview run into one line (four field blocks 一、–四、 with 「责任单位:区文明办、XX镇」 on 一、; the site's chunk numbers 「1、」「2、」,
CUT in 四、); 海盐县's notice of the 第九届“我们一家人” 文化走亲 (2020; 由A主办,B承办 as a point of its own; 四、活动形式 1.–2.,
五、活动要求 1.–5.); 句容's 下乡 演出 plan (篇8: a host point, a schedule of shows, a 启动仪式 field block, 七、活动要求 1、 with
「各镇负责…」「承办单位负责…」, CUT in 3、); page 2 of a 县's 国庆 安全生产大检查 plan ((九)–(十一) 「县X局要重点检查…」, a trailing
「…等行业监管部门也要认真组织开展…」, 六、工作要求 (一)–(二), CUT); a 镇's 五一节期间安全生产工作方案 (一、组织机构, 二、具体措施 1、–6.;
the next piece's title at the page's end); a 乡's 端午 “端午节·中华魂” plan (host fields, 五、活动内容 (一)1、2、(二)–(四), CUT)):
never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` /
``at_line_in`` of ../plans/expected_tools.py); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–68 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c288.

    PYTHONPATH=. python tests/data/plans-next288/make_expected.py tests/data/plans-next288
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, and outside 第X条 articles it stands, round 63's x268_02): "
        "lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
SPAN = ("an activity's span 「活动时间」 is a stage span: items with no date of their own are due at its end (CONVENTIONS "
        "round 35; a single day is a span one day long, round 37)")
HOSTPT = ("「由A主办,B承办」 as a point of its own about the whole event is a plan-level field (round 48 r48b, confirmed in round "
          "54; rounds 40–42): no task, and its bodies are units of no item")
REQ = ("items of a 要求 section that name no unit are no tasks in a plan whose tasks name units (CONVENTIONS head, round 27; "
       "plans-next282's x282_07 四、具体要求 read so); a 要求 section standing on its own keeps its items (round 50's x234_07) — "
       "those that name a unit")


def single(unit):
    return {"lead_alternatives": [[unit]]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x288_01_tieling-xian-duanwu-wenhua-guangchang-huodong-fangan.txt"
plan(X01,
     title="“粽情文化迎端午 暖心中医送安康” 文化广场活动方案",
     title_note="the document's own title line (line 6) under the page's index table, which prints the same in its 「标  题:」 "
                "cell; the space inside is printed",
     doc_no="", issuer="铁岭县文化旅游和广播电视局 (the index table's 发布机构)", date="2023-06-19 (the index table's 成文日期)",
     level="county bureau (铁岭县, Liaoning)",
     source=page_source("http://www.tielingxian.gov.cn/tlx/xxgk/zdlygk/ggwhfw/ggfw35/zzkzqzwhhd/2023062015390942578/index.html"),
     style="a county government page: the index table (索引号, 发布机构, 成文日期 2023-06-19, 标题), the title, a preamble 「…将于6月20日"
           "举办…」, 一、活动时间 「6月20日9:00-11:00」, 二、活动地点, 三、活动主题, 四、活动内容 1.–6. (the running order: a ceremony of "
           "persons' speeches, a clinic, gifts, a show, dances; 「4非遗…」 with no mark after the number), 五、主办、支持、承办单位 "
           "(host fields, one body a line), 六、责任分工 (「铁岭县文旅广局:负责…;」 a body a paragraph) — CUT in its fifth paragraph",
     leaf_tasks=2, count_alternatives=[7, 1], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间", "二、活动地点", "三、活动主题", "五、主办、支持、承办单位"],
     samples=[
        S(["四"], [], [], dl="6月20日", dln="2023-06-20",
          note="四、活动内容 1.–6. 「启动仪式:…局长王德礼主持;…讲话;…宣布开始。」「名医义诊;」「赠送香囊、发放健康知识宣传单等;」「4非遗传承人"
               "展示…」「县剧团、县文化馆文艺演出;」「舞龙舞狮表演和乡村健身操舞表演。」 — the running order of one event at one time "
               "and place, its programme: one task of fields (round 52's x238_03 turned: speeches, a ceremony, a show are the "
               "programme; round 50's x234_02), the count with 1.–6. as items accepted; the persons by post (局长, 院长, 副县长) "
               "are no units (round 30), and 「县剧团、县文化馆文艺演出」 has no verb of rule 2 (演出 is none): " + NONE + "; "
               "deadline: " + SPAN + " — 一、 prints 「6月20日9:00-11:00」, and the year is the plan's date, 2023 (the index table's "
               "成文日期 2023-06-19; EXPECTED.md: a year left implicit is resolved from the plan's date) — RULING?"),
        S(["六"], [], ["铁岭县文旅广局", "铁岭市中医院", "凡河镇人民政府", "开发区社会事业服务中心", "铁岭县剧团"], dl="6月20日", dln="2023-06-20",
          responsible_alternatives=[["铁岭县文旅广局", "铁岭市中医院", "凡河镇人民政府", "开发区社会事业服务中心"]],
          note="CONVENTIONS (round 32, a childless section of unit paragraphs; round 54's governs: an article or section headed "
               "职责分工／任务分工 is one task, its units every body given work, in printed order): 「六、责任分工」 over 「铁岭县文旅广局:"
               "负责综合协调工作;」「铁岭市中医院:负责…」「凡河镇人民政府:负责现场环境卫生、安全保障和组织群众参与活动…」「开发区社会事业服务"
               "中心:负责…」「铁岭县剧团:负责舞台背景、音响设备等相」 — each body with 负责 (rule 2, and under a work heading any verb "
               "of doing); the fifth paragraph is cut after its body and verb, which still name it (round 39; round 63's 「镇卫生院:"
               "负责」; round 67's x282_01), the list without it accepted; names as printed (铁岭市中医院 beside 五、's 铁岭市中医医院: "
               "one body printed two ways is given as printed each time, rounds 48, 63, 64); 负责综合协调 makes no lead (no 牵头): "
               "lead []; 五、's host fields give no item units (round 48 r48b); deadline: " + SPAN + " (as 四; RULING?); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 四 (a programme: one task of fields, round 52's x238_03) and 六 (a 责任分工 section of unit paragraphs, round "
            "32; CUT). Accepted: 7 (四/1.–6. as six items, 六 one) and 1 (六 alone, 四 read as a field of the event). 一、二、三、 "
            "(time, place, theme) and 五、 (plan-level host fields: 主办／支持／承办) are no tasks (round 37's field sections; round "
            "48 r48b)",
            "the index table 「索 引 号…发文字号: 发布日期: 2023-06-19」 is the government site's, read for the plan's date only; the "
            "page's breadcrumb and footer are not in the opening"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x288_02_xingfu-jiedao-duanwu-wode-jieri-huodong-fangan.txt"
plan(X02,
     title_note="title not checked: 篇1 of a 范文 compilation 「关于乡镇端午节活动方案(精选11篇)」; the site's headline 「乡镇端午节活动方案」 "
                "names the compilation, and the piece prints none of its own (as plans-next282's compilation pieces)",
     doc_no="", issuer="幸福街道办事处 (named in the preamble)", date="not shown (the site's 2022-06-20 is its posting; "
     "「十八届四中全会」 points to 2015, not printed as a year)", level="street (幸福街道, city not named)",
     source=page_source("https://yjbys.com/cehuashu/1367179.html"),
     style="a 范文 site's page: headline, posting line, a blurb, 「乡镇端午节活动方案 篇1」, a preamble (幸福街道办事处 将…组织开展…), "
           "一、活动主题 (a paragraph), 二、活动内容 (一) a paragraph then 「重点责任:文化站、各社区」 on a line of its own, (二) — CUT",
     leaf_tasks=2, count_alternatives=[3, 1], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "(一)"], [], ["文化站", "各社区"],
          note=R1 + ": 「重点责任:文化站、各社区」, the line after (一)'s paragraph and before (二), is (一)'s units label (a 责任 label "
               "on the item; round 32's trailing units line), responsible in printed order, no lead (重点责任 names none, round "
               "57's 责任单位); the paragraph's 「社区、文化站要组织编排…」 adds nothing (rule 1); 各社区 a kind (rounds 53, 63); "
               "the preamble's 「幸福街道办事处将…组织开展…」 gives units to no item (round 40: rule 4 is for a section's lead-in); "
               + NODATE),
        S(["二", "(二)"], [], [], skip_deadline=True,
          note="「(二)广泛开展中华经典诵读活动。在节日期间,组织广大市民群众上网浏览…,引导…缅怀先贤,学习其忧国忧民的博大」 — 组织 with no "
               "subject names no doer (round 30), and no label follows on the page: " + NONE + "; 「在节日期间」 would date the item "
               "by the festival's month in the plan's year (round 67's x283_02), but no year is printed (round 48): not checked; "
               + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), (二) (CUT). 一、活动主题, whose paragraph 「广泛开展…等丰富多彩的节日活动」 states the theme's scope, "
            "stays a field (round 42 continued: a 活动主题 section that gives work stays a field); 3 with it accepted; 1 (without "
            "the cut (二)) accepted",
            "the site's headline, posting line and blurb, and the repeated 「关于乡镇端午节活动方案(精选11篇)」, are chrome"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x288_03_zhen-duanwu-wenhuajie-huodong-fangan.txt"
plan(X03,
     title_note="title not checked: the docx preview's file name 《端午文化节活动方案 11.docx》 and the name run into the first "
                "chunk 「1、端午文化节活动方案11过端午节是…」 (a file name with a number, no title line of its own)",
     doc_no="", issuer="a 镇 (「为我镇争创全国文明镇」; 区文明办 above it; not named)", date="not shown (「20xx年6月18日」 masked)",
     level="town (in a 区; not named)",
     source=page_source("https://m.001doc.com/doc/518789.html"),
     style="a docx preview: the site's line, then the text run into one line opened by the site's chunk number 「1、」 and a "
           "second line opened by its chunk number 「2、」 (mid-word: 「组织古\\n2、镇居民」); four field blocks 一、–四、 each with 活动时间／"
           "活动地点 and 责任单位 (一、) or 活动内容 (二、–四、; 二、's 活动内容 with 1、包粽子活动 2、端午文化展示) — CUT in 四、",
     leaf_tasks=4, count_alternatives=[5, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["区文明办", "XX镇"], skip_deadline=True, **at(X03, "具体安排如下:一、"),
          note=R1 + " (CONVENTIONS round 35, field blocks): 「一、…主题文化活动启动仪式活动时间:20xx年6月18日(星期一)上午9:3010:00活动"
               "地点:XX责任单位:区文明办、XX镇」 — the block's 责任单位 field is its units label: responsible in printed order, no "
               "lead (round 57's 责任单位); XX镇 kept as printed (a masked name, round 48: only what is printed is read); the year "
               "is masked 「20xx」: not checked (round 48)"),
        S(["二"], [], [], skip_deadline=True, **at(X03, "XX镇二、"),
          note="「二、欢乐粽动员活动时间:…活动地点:XX活动内容:1、包粽子活动:包粽子比赛,组织古镇居民和商家分2组比赛,每组各20人;市民学"
               "包粽子活动,邀请游客…(…由一、二等奖获得者共6人现场表演)。2、端午文化展示:向老街经营户发放艾草、香囊活动;粽子拼图游戏…」 — a "
               "field block (round 35) whose 活动内容 lists the parts of one event at one time and place, its programme: one task "
               "of fields (round 52's x238_03; round 44's 活动内容 with 日程安排) — RULING?: round 51's x168_05 makes activities under "
               "「活动内容:」 items where each is given work by a verb, so 二/1 and 二/2 may be the tasks (count 5 accepted); 组织 "
               "with no subject names no doer and the prize-winners are persons (round 30): " + NONE + "; the 「2、」 opening the "
               "second line 「2、镇居民和商家」 is the site's chunk number inside 「古镇」, no item; 分2组, 每组各20人 and 6人 are the "
               "event's make-up with no comparison word (not checked); the year is masked: not checked"),
        S(["三"], [], [], skip_deadline=True, **at(X03, "套五毒游戏。三、"),
          note="「三、农耕文化巡街表演活动时间:…活动内容:本次农具操行街由春播、夏管、秋收、丰登、红歌方队(…)、志愿者方队(…)六部分组成。」 — "
               "「由A、B组成」 states members (CONVENTIONS rule 3), and the 方队 are groups of persons: " + NONE + "; the year "
               "is masked: not checked"),
        S(["四"], [], [], skip_deadline=True, **at(X03, "六部分组成。四、"),
          note="「四、端午摇快船表演活动时间:…活动内容:摇快船作为…传统表演节目之一,将在端午节时安排红黄两条船,每条船上设有五名锣鼓乐器手,另有七人"
               "分别掌舵、摇船,船员皆身着民族服」 — 安排 with no subject names no doer (round 30); the crews are persons: " + NONE
               + "; 「在端午节时」 and the block's 「20XX年6月18日」: no year printed: not checked; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一、–四、, field blocks (round 35) run into the text; 5 accepted (二/1, 二/2 as items, round 51's x168_05 — "
            "RULING?) and 3 (without the cut 四、)",
            "the site's chunk numbers 「1、」 (before the run-in name 「端午文化节活动方案11」) and 「2、」 (inside 「古镇」) open the two "
            "stored lines: no items; the preamble's 「我们将组织开展…」 names no body (我们, the town speaking of itself, round 65)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x288_04_haiyan-xian-jiu-jie-wenhua-zouqin-huodong-tongzhi.txt"
plan(X04,
     title_note="title not checked: the page opens with the reader button 「朗读」 and the addressees; the notice's title is "
                "the site's headline, not in the opening",
     doc_no="", issuer="a 县 (海盐县 by 武原街道 and the site's path; 「我县」; not named in the text)",
     date="not shown (the activity runs 2020年8月~10月)", level="county (海盐县, Zhejiang)",
     source=page_source("http://nbxinxi.com/a/haiyanxian/20210601/161103.html"),
     style="a county notice to 「各镇(街道)党(工)委、政府(办事处)」: a preamble, 一、活动主题, 二、活动时间 「2020年8月~10月」, 三、活动组织 "
           "「由A主办,B承办」 (a point of its own), 四、活动形式 1.–2., 五、活动要求 1.–5.; whole on the page (1,472 bytes)",
     leaf_tasks=4, count_alternatives=[7, 5, 6], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间", "三、活动组织"],
     samples=[
        S(["四", "1"], [], [], dl="8月下旬", dln="2020-08",
          note="「1.本次活动于 8月下旬在武原街道举行启动仪式;」 — an activity with no subject; 举行 is outside rule 2's list (round 30), "
               "and 武原街道 is the place: " + NONE + "; 「8月下旬」 is the item's own date (round 37: an item's own date wins "
               "over the span), its year the plan's printed 「2020年8月~10月」 (EXPECTED.md; round 42's year the text prints): "
               "2020-08"),
        S(["四", "2"], [], [], dl="2020年8月~10月", dln="2020-10",
          note="「2.活动分片实施,由三个镇(街道)组成一个走亲小组,开展走亲活动(具体分组见附件)。」 — 「由A、B组成」 states members (rule 3), "
               "and 开展 without 组织 names none (round 30); 实施's subject is 活动: " + NONE + "; deadline: " + SPAN
               + " — 二、 「2020年8月~10月」: 2020-10"),
        S(["五", "1"], [], ["镇(街道)"], dl="2020年8月~10月", dln="2020-10", responsible_alternatives=[[]], **single("镇(街道)"),
          note=R2 + ": 「1.走亲演出活动所有节目均由镇(街道)策划组织,各地开展一次“接亲”活动。」 — 由A＋verbs of doing (round 34), 组织 "
               "itself in rule 2's list; 镇(街道) in a county's notice to its towns names each town or street, a kind of body "
               "(the addressees 「各镇(街道)党(工)委、政府(办事处)」; round 53's xx镇), not a town speaking of itself (round 65's 鎮: a "
               "place) — RULING?, none accepted; 各地 is a call (round 30); " + ONE + "; deadline: " + SPAN + ": 2020-10"),
        S(["五", "5"], [], ["接亲方镇(街道)"], dl="2020年8月~10月", dln="2020-10", **single("接亲方镇(街道)"),
          note=R2 + ": 「5.接亲方镇(街道)负责提供必要的演出设备和场地,并安排好…,演出现场及周边的安全保卫、治安、交通等管理。」 — the subject "
               "of 负责; 接亲方 names the party by its side in the exchange (round 66: X方 a party, 港方, 船方), kept with the kind "
               "it qualifies as printed; " + ONE + "; deadline: " + SPAN + ": 2020-10"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 四/1, 四/2, 五/1, 五/5. " + REQ + ": 五/2 (「演出时间一般控制在90分钟左右」, the show's length: a standard, no "
            "body), 五/3 (「…走亲方参与3个以上节目」: 参与 is no rule-2 verb) and 五/4 (「8月上旬,各镇(街道)完成活动的策划方案」: 完成 is no "
            "rule-2 verb, round 30) name no unit. Accepted: 7 (all of 五), 6 (五/4 as a dated task) and 5",
            "三、活动组织 「由各镇(街道)党(工)委、政府(办事处)主办,各镇(街道)文化站承办」 — " + HOSTPT,
            "一、二、 are fields (the theme, the time); 二's span 「2020年8月~10月」 dates the items that print no date of their own"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x288_05_jurong-wenyi-yanchu-xiaxiang-huodong-fangan.txt"
plan(X05,
     title_note="title not checked: 篇8 of a site's compilation; 「下乡活动方案 篇8」 is the site's heading (the plan prints none)",
     doc_no="", issuer="句容 (宣传部, 市文化体育局; a 县级市 of Jiangsu; not named as issuer)", date="not shown (「—12月底」 lost "
     "its start; no year)", level="county-level city (句容)",
     source=page_source("http://www.7swz.com/dongshi/rvssv/nJlymRnaOZ"),
     style="a 范文 site's page: the site's greeting, 「搜索」, the breadcrumb, the heading 「下乡活动方案 篇8」, 来源; 一、组织实施 (由A、B主办,"
           "C协办,D承办), 二、活动时间 「—12月底」, 三、活动内容, 四、节目组成, 五、场次安排 (每乡镇4场; eleven 镇 lines of 「*村」), 六、启动仪式 "
           "(1、–5、 fields, 4、 and 5、 with (1)–(5)), 七、活动要求 1、–3、 — CUT in 3、",
     leaf_tasks=3, count_alternatives=[2, 4, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、组织实施", "二、活动时间", "三、活动内容", "四、节目组成"],
     samples=[
        S(["五"], [], [], targets=[("4", "场")], skip_deadline=True,
          note="「五、场次安排 每乡镇4场,具体安排如下: 天王镇 *村 *村 *村 *村 …开发区 *村…」 — the work's own schedule, the shows and "
               "where they are given: one task (round 51's x179_08 「采血地点及时间安排」; a point with only the time or place stays a "
               "field, so 2 without it accepted); the 镇 lines are places; no body is given work: " + NONE + "; target: 4 场, the "
               "number of work the item sets for each town (round 62 decided; round 67's x282_05 「每天…350条」: the distribution 每乡镇 "
               "is no target of its own); deadline: 二、's 「—12月底」 (CONVENTIONS round 35's span) lost its start and prints no year: "
               "not checked"),
        S(["六"], [], [], skip_deadline=True,
          note="六、启动仪式 「1、 时间:下午2:30 2、 地点: 镇 村 3、 参加人员:宣传部、文化体育局、所在镇及赞助单位等有关领导 4、 准备:(1)…(5) "
               "5、 程序:(1)…(5)」 — a field block that sets out one event, its preparations and programme: one task of fields "
               "(round 35; round 50's x234_02; round 52's x238_03); 参加人员 are 领导, persons (round 30), and the (1)–(5) lines are "
               "nouns with no doer: " + NONE + "; no date of its own, and 二's span prints no year: not checked"),
        S(["七", "1"], [], ["各有关部门", "各镇", "承办单位"], skip_deadline=True,
          responsible_alternatives=[["各镇", "承办单位"], ["各有关部门", "各镇"]],
          note=R2 + " (several clauses, in order): 「各地、各有关部门要充分重视,加强领导,明确任务,落实到位。」 — 落实 is rule 2's verb "
               "whatever its object (round 66's p46d; round 67's x282_08 「各有关部门和单位要认真落实…」), 各有关部门 a kind (rounds 33, "
               "58), 各地 a call (round 30); 「各镇负责安排好演出场所…」 — the subject of 负责; 「承办单位负责舞台的搭设,演出的组织」 — the "
               "subject of 负责, a party by its role as printed (rounds 62, 66: parties by role), here 一、's 句容文化馆 (a role "
               "pointing back to a body the text names; round 66's j06 各承办单位 pointed to none) — RULING?; the list without "
               "各有关部门 (落实到位 read as the call's close) and without 承办单位 accepted; lead []; 「要按照分工,各司其职…精心组织策划」 "
               "with no subject of its own carries 承办单位 (round 34) and adds none; no date in the item, and 二's span prints no "
               "year: not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 五 (the work's schedule), 六 (a field block, one task), 七/1. " + REQ + ": 七/2 (「…各地尽可能选调2—3个优秀"
            "节目参加演出」: 各地 a call, 选调 no rule-2 verb) and 七/3 (a standard for the shows, CUT) name no unit. Accepted: 2 (五 as a "
            "field), 4 and 5 (七/2, 七/3 as tasks)",
            "一、组织实施 「由句容宣传部、句容市文化体育局主办,各乡镇及赞助单位 协办,句容文化馆承办」 (split over two lines) — " + HOSTPT,
            "二、三、四、 are fields (the time, the content 「文艺演出」, the programme's make-up 「…占4/5,…占1/5」); the site's greeting, "
            "「搜索」, breadcrumb and 「来源:微智科技网」 are chrome"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x288_06_xian-guoqing-anquan-shengchan-dajiancha-fangan-di2ye.txt"
plan(X06,
     title_note="title not checked: page 2 of a law-search site's text opens at (九) of a section whose heading is on page 1",
     doc_no="", issuer="a 县 (县公安局, 县住建局, 县质监局, 各乡镇人民政府; not named)", date="not shown (after 国发[2010]23号)",
     level="county (not named)",
     source=page_source("http://www.fymate.com/html/text/lar/173119/17311939_2.html"),
     style="page 2 of a law-search site's text: (九)–(十一) run-in headings 「(九)民爆器材管理。县公安局要重点检查…」, an unnumbered "
           "paragraph 「同时,教育、…等行业监管部门也要认真组织开展国庆安全生产大检查工作…」, 六、工作要求 (一)(二) run-in headings — CUT in (二) "
           "(a line break inside its 《…》)",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(九)"], [], [], responsible_alternatives=[["县公安局"]],
          note="「(九)民爆器材管理。县公安局要重点检查民爆器材的运输、储存、使用等各个环节的管理情况;严厉打击非法买卖、转让和私藏民爆器材行为。」 — "
               "检查 and 打击 are outside rule 2's closed list (round 30; outside 第X条 articles it stands, round 63's x268_02): "
               + NONE + " — RULING?: the section's heading (五、, on page 1) is not shown; if it is a 职责分工 heading, every body "
               "given work by a verb of doing is a unit (rounds 34, 35, 54), so [县公安局] is accepted; " + NODATE),
        S(["(十)"], [], [], responsible_alternatives=[["县住建局"]],
          note="「(十)建筑施工安全。县住建局要重点针对各施工现场,检查…的落实情况,督促施工单位落实保障措施,严厉查处…行为。」 — 检查, 督促 and 查处 "
               "are outside rule 2's list; 施工单位 is the pivot's object (round 30: 督促B整改 names no B), its 落实 inside the "
               "pivot: " + NONE + " — [县住建局] accepted as in (九) (RULING?); " + NODATE),
        S(["(十一)"], [], ["教育、农机、文物、林业、国土、卫生和食品药品、通讯等行业监管部门"], skip_deadline=True,
          responsible_alternatives=[["县质监局", "教育、农机、文物、林业、国土、卫生和食品药品、通讯等行业监管部门"], []],
          note=R2 + ": 「(十一)特种设备安全。县质监局要重点检查…情况。」 — 检查 is none (as (九)); the unnumbered paragraph after the "
               "last item 「同时,教育、农机、文物、林业、国土、卫生和食品药品、通讯等行业监管部门也要认真组织开展国庆安全生产大检查工作,确保全县各行业"
               "安全。」 gives work, so it is that item's body (CONVENTIONS round 32: a trailing paragraph that does not speak of the "
               "run), and 组织开展 is rule 2's: fields sharing one head, one name as printed with 等 kept (round 31's 「人事、卫生等部门」; "
               "plans-next282's x282_04 「公安、…、旅游等部门」), 卫生和食品药品 one field; lead []; the list with 县质监局 accepted "
               "(RULING? as (九)), and none (RULING?: 「同时,…也要…」 may be read as the section's close, speaking to all its items, no item's body); 「国庆安全生产大检查」 names the campaign (a festival inside a name dates nothing, round 52's "
               "x238_01) and no year is printed on the page: not checked"),
        S(["六", "(一)"], [], ["各乡镇人民政府", "各有关部门", "各生产经营单位"],
          note=R2 + ": 「(一)加强组织领导。各乡镇人民政府、各有关部门、各生产经营单位要及时制定切实可行的检查方案,认真落实安全生产责任制,采取…措施,"
               "组织人力物力,扎实有效地开展好…大检查工作。」 — 落实 is rule 2's verb whatever its object, 责任制 included (round 66's "
               "p46d), and 六、工作要求's items that name a unit are tasks (round 27; round 67's x281_03); three kinds (各有关部门, "
               "rounds 33, 58; 各生产经营单位, round 67's x285_01: rule 2 does not ask who the body is), in printed order; 组织人力物力 "
               "organises means, not work; lead []; " + NODATE),
        S(["六", "(二)"], [], ["各乡镇人民政府", "各安全生产专业办公室"], responsible_alternatives=[[]],
          note=R2 + ": 「(二)全面开展大检查,彻底消除安全隐患。各乡镇人民政府、各安全生产专业办公室要严格按照《\\n国务院关于…的通知》…文件,…加大…"
               "检查打击力度,…。对一般性隐患和问题,要当场责令整改;…要正式发出整改通知书,责令停产停业整顿,并督促有关单位建立隐患整改责任制,切实落实"
               "整改措施,隐患不」 — 加大／责令／督促 are none of rule 2's verbs, but 「切实落实整改措施」 has no subject of its own and "
               "carries the paragraph's subject (round 34), never the pivot's object 有关单位 (round 65's x274_01: a later verb is "
               "not a pivot object's) — RULING?, none accepted (the clause read inside 督促's pivot); two kinds in printed order; "
               "lead []; the stored line break inside 《…》 joins nothing (round 65's x274_04); " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves on the page: (九), (十), (十一) (of a section headed on page 1, its 五、 by 六、 after it) and 六/(一), (二) "
            "(CUT); 4 (without the cut (二)) accepted. The paragraph 「同时,…也要认真组织开展…」 is (十一)'s body (round 32's trailing "
            "paragraph), no task of its own",
            "(一)–(八) of the section and the plan's title are on page 1, not in this set"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x288_07_zhen-wuyi-jie-qijian-anquan-shengchan-gongzuo-fangan.txt"
plan(X07,
     title_note="title not checked: the page opens with the first plan's preamble (its title is the site's headline, not "
                "in the opening); 「乡镇五一节期间安全生产工作方案」 at line 20 opens the compilation's next piece",
     doc_no="", issuer="a 镇 (镇安监站, 各村委会; the county's 太白山 景区 nearby; not named)",
     date="二〇一八年四月儿十八日 (the signature date, 「儿」 as printed)", level="town (not named)",
     source=page_source("http://tudiao.com/a/2206/1719906.html"),
     style="a 范文 page: the first piece's preamble, 一、组织机构。 (a 领导小组 of masked persons; its office in 镇安监站), 二、具体措施。 "
           "1、–5、 and 「6.」, 「后附…值班表」, the 值班 line, the date 「二〇一八年四月儿十八日」; then the next piece's title and the "
           "start of its preamble — CUT",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、组织机构。"],
     samples=[
        S(["二", "1"], [], [], dl="五一前", dln="2018-05", responsible_alternatives=[["镇安监站"]],
          note="「1、镇安监站在五一前对各村、各驻地单位进行安全生产检查,并将检查情况进行通报。五一节期间要对本辖区安全生产工作再进行一次全面排查,"
               "夯实工作责任,…坚决消除火灾隐患。」 — 进行 is outside rule 2's list (round 30; plans-next282's x282_02 read it so), and "
               "a 通报 of one's own findings is no duty (round 65's x274_03; round 67); 夯实工作责任 with no one whose duty it names "
               "designates no one (round 50's 「压实X(的)责任」 names X; round 65's 「确保责任落实」 an aim): " + NONE + " — RULING?: "
               "夯实 as 压实 may be read as the station placing the duty on itself, so [镇安监站] is accepted; deadline: 「在五一前」 — a "
               "named day dates its item by its month (round 61's 「在“七一”前」; round 36's 「在春节前」), with 「五一节期间」 after it "
               "the same month; the year is the plan's printed date 「二〇一八年四月…」 (EXPECTED.md: the plan's date) — 2018-05"),
        S(["二", "2"], [], [],
          note="「2、xx森林公园对进入景区的游客进行安全生产宣传、入山登记,收缴火种,杜绝火种节日林区,严厉打击野外用火行为。」 — 进行／收缴／杜绝／"
               "打击 are none of rule 2's verbs (round 30): " + NONE + "; " + NODATE + " (节日 is no date)"),
        S(["二", "3"], [], ["各村委会"],
          note=R2 + ": 「3、各村委会召开安全生产工作群众会,加大…宣传力度,教育…,同时,落实好低智、呆傻人员的监护人员的看管工作。」 — 召开 "
               "without 组织, 加大 and 教育 are none, but 落实好 (rule 2; 落实 whatever its object, round 66's p46d) carries the "
               "sentence's subject (round 34); 各村委会 a kind (rounds 53, 63); lead []; " + NODATE),
        S(["二", "4"], [], [],
          note="「4、太保站在进入太白山景区的游客必须要有向导、背工带领,并对其进行防火宣传,进行、收缴火种、入山登记。」 (garbled as printed) — "
               "what the tourists must have is a rule for persons (round 65's x274_02), and 进行／收缴 are none of rule 2's verbs: "
               + NONE + "; " + NODATE),
        S(["二", "5"], [], [],
          note="「5、加强值班制度。各安全生产责任单位由主要领导带班,要安排值班人员。」 — 由A带班 names persons (主要领导; round 30: a person is "
               "never a unit), and 安排 is none of rule 2's verbs: " + NONE + "; " + NODATE),
        S(["二", "6"], [], [],
          note="「6.在xxx街道、xxx、xxx检查站等地设置管卡,严格检查过往车辆、人员,并出动车辆…进行巡查。」 — no subject, and the places are "
               "places: " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 二/1–6 (「6.」 with a full stop after five 「N、」: the same run); 一、组织机构 is a childless section (it "
            "sets up a 领导小组 and its office, 「领导小组办公室负责处理…日常工作」 — a body the item sets up, rule 3; plans-dev "
            "EXPECTED.md lines 21–25)",
            "「后附xxx镇安全生产值班表。」, the 值班 line and the date close the first piece; 「乡镇五一节期间安全生产工作方案」 and "
            "「为了加强我镇安全生产工作领导,」 open the next piece (CUT): its items are not on the page"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x288_08_xiang-duanwu-jie-zhonghua-hun-huodong-fangan.txt"
plan(X08,
     title="乡镇端午节活动方案",
     title_note="the site's heading on line 1, the notice printing no title of its own (round 65's x275_03: a site's heading "
                "may stand as the title where the text prints none; round 67 confirmed)",
     doc_no="", issuer="a 县 (xx县委宣传部 and xx县文明办 host; addressed to 「xx乡党委,县直有关部门党委(工委、党组、支部)」)",
     date="not shown (「20xx年6月20日」 masked)", level="county, for one 乡 (xx乡补那村)",
     source=page_source("https://gunzhua.com/fanwen/cehuashu/887464.html"),
     style="a 范文 site's page: the heading, the site's blurb, the addressees, a preamble, 一、活动主题 二、活动时间 三、活动地点 (fields), "
           "四、主办单位 with 承办单位 and 协办单位 lines, 五、活动内容 (一) with 1、2、, (二), (三), (四) — its heading the page's last line",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间", "三、活动地点", "四、主办单位"],
     samples=[
        S(["五", "(一)", "1"], [], [], skip_deadline=True,
          note="「1、组织群众开展扭秧歌或跳广场舞、唱戏曲等活动;」 — 组织 with no subject names no doer (round 30); 四、's host fields give "
               "no item units (" + HOSTPT + "): " + NONE + "; deadline: 二、活动时间 「20xx年6月20日」 is the event's one-day span "
               "(round 37), its year masked: not checked (round 48)"),
        S(["五", "(一)", "2"], [], [], skip_deadline=True,
          note="「2、组织群众开展“包香囊、佩香囊、送香囊”民俗活动。」 — as 1、: " + NONE + "; the span's year is masked: not checked"),
        S(["五", "(二)"], [], [], skip_deadline=True,
          note="「(二)开展“送温暖·献爱心”活动。慰问留守儿童、空巢老人、残疾人,…」 — 开展 without 组织 and 慰问 name no doer (round 30), and "
               "the persons visited are no units: " + NONE + "; the span's year is masked: not checked"),
        S(["五", "(三)"], [], [], skip_deadline=True,
          note="「(三)开展“端午诵·中华魂”集中诵读活动。组织xx乡中小学校学生诵读经典…」 — 组织 with no subject (round 30), and the pupils "
               "are the pivot's object, persons: " + NONE + "; the span's year is masked: not checked"),
        S(["五", "(四)"], [], [], skip_deadline=True,
          note="「(四)开展“端午·文明行动”宣传教育活动。」 at the page's end — a heading that prints its work by a verb is an item (round "
               "65's x278_07 read a cut word as nothing; here the clause is whole), naming no body: " + NONE + "; the span's year "
               "is masked: not checked; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 五/(一)/1, 2, 五/(二), (三), (四) (its heading alone at the page's end); 4 (without (四)) accepted. 一、–三、 are "
            "fields (theme, time, place); 四、主办单位 with its 承办单位 and 协办单位 lines — " + HOSTPT,
            "the addressees 「xx乡党委,县直有关部门党委…」 name whom the notice is sent to, no item's units"])

# round 57 (rul73): answers aligned to tests/data/CONVENTIONS.md "Round 70 rulings, written early" (turned; README, round 57)
from aligned_rulings import align73  # noqa: E402

align73("x288_04", None, "「五、活动要求 … 2.演出时间一般控制在90分钟左右 3.…走亲方参与3个以上节目 4. 8月上旬,各镇(街道)完成活动的策划方案」: a 要求 section that holds the plan's own content — the event's norms and the dates it gives units — is read like any section (round 35), its items that give work tasks though they name no unit (rounds 39, 40); round 27's line is for 要求 items that only urge or safeguard — 五/2, 五/3, 五/4 tasks naming no unit (not sampled; 五/4 due 2020-08, 五/3's 3 个 (以上) where sampled)",
        "Tasks and counts, turned: rounds 35, 39, 40 over round 27's 要求 items; 4 stays accepted",
        counts={"leaf_tasks": 7, "count_alternatives": [4, 5, 6]})
align73("x288_05", ["七", "1"], "「…承办单位负责舞台的搭设,演出的组织」 after 一、's 「句容文化馆承办」: 承办单位 once the text has named its 承办 body is a word that points back (上述单位, 各牵头单位, 各承办单位; rounds 34, 38, 57, 63) and adds no unit, and the body it points to stands in a plan-level host point, which gives items none (round 48's r48b); 各有关部门 by 落实 stands (round 67's x282_08)",
        "Units, turned: rounds 34, 38, 57, 63's x272_06 over the role reading; the builder's list stays accepted",
        resp=["各有关部门", "各镇"], resp_alt=[["各有关部门", "各镇", "承办单位"], ["各镇", "承办单位"]])

write_collected(DIR)
# Round 63 (rul88): x288_07 一、组织机构 aligned to tests/data/CONVENTIONS.md "Round 88 rulings" (Tasks and counts, governs:
# Round 84's p61d-2 — a set-up point that gives its group or office work by a verb is a task naming none; p63e-2) (README, round 63)
from aligned_rulings import align88  # noqa: E402

align88("x288_07", None, "「一、组织机构。 …特成立…领导小组…领导小组下设办公室,办公室设在镇安监站,领导小组办公室负责处理安全生产日常工作,办公室主任由xxx同志担任…」 (x288_07 一): 负责 gives the office work (the group's routine, as Round 84 read x208_07 二 「…办公室设在街道安监站,负责小组日常工作」): a task naming none; not sampled",
        "Round 88 (Tasks and counts, governs: Round 84's p61d-2 over the older answer's section; 一、组织机构 section → task, 6 → 7, 6 stays accepted; p63e-2)",
        counts={"leaf_tasks": 7, "count_alternatives": [6], "childless_top_level_sections": []})

write_collected(DIR)
