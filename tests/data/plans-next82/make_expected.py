# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next82/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by helper c82, round 28; page openings of documents from outside
Shanghai in fields no earlier set has: 农作物病虫防治, 软弱涣散村党组织整顿, 公共机构节能 任务分解, 流浪乞讨人员救助管理 ×2,
清洁家园 市容 工作台账, 占道经营专项整治, 人工影响天气): never tune the parser on them (see README.md). Only `line` and
`title_starts` are looked up in the text (by ``locate`` / ``at_in`` of ../plans/expected_tools.py); every answer was
written here by reading the texts. Neither the parser nor the scorer was run on these plans by c82: the lead scores them
once.

    python tests/data/plans-next82/make_expected.py tests/data/plans-next82
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    CUT,
    NODATE,
    ONE,
    S,
    at_in,
    page_source,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

PROSE = ("no unit is named for the item (the subjects in the text are prose, kinds of bodies or persons): "
         "lead = [], responsible = []")
GOALS = ("a section of aims, goals, definitions or a leading group (指导思想/工作目标/救助对象…) with no numbered children: "
         "no task")
SPAN = "a span of dates, not a deadline: not checked (as plans-next38's 「4月——12月」)"
NO_TITLE = "title not checked"


# ---------------------------------------------------------------------------------------------------------
F1 = "x82_01_zhen-nongzuowu-bingchong-fangzhi-gongzuo-yijian.txt"
plan(F1,
     title="农作物病虫防治工作意见",
     title_note="line 1 (the shop's file name, also run into the start of the text on line 11)",
     doc_no="", issuer="a town (「镇上成立镇农作物重大病虫害防治工作领导小组」, 镇农技站, 各村(居); not named)",
     date="(not on the page; the shop's upload date 2020-05-03)", level="town (not named)",
     source=page_source("https://m.zhuangpeitu.com/p-11812634.html"),
     style="a document shop's preview: file name, upload line, page thumbnails' captions, 「资源描述」, then the WHOLE TEXT "
           "ON ONE LINE (line 11): the title run into 「一、认清形势,加强领导。」 (prose reasons, then the town's leading group "
           "with an office run by 农技站长 and 「负责加强对全镇…测报调查、技术指导、协调和督查」, and 「各村(居)也要成立相应的工作小组」), "
           "「二、措施到位,责任明确。」 with three 「X负责…」 sentences (领导小组, 镇农技站, 村(居); the last cut mid-sentence)",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], **at(F1, "意见一、"),
          note="the town sets up a leading group (镇长 as head) and its office (农技站长 as director) and tells 各村(居) to set "
               "up working groups: bodies being created and persons, and 各村(居) as the subject of 「也要成立」: " + PROSE +
               "; 「今年」 is no date: " + NODATE),
        S(["二"], [], ["镇农作物病虫害防治工作领导小组", "镇农技站", "村(居)"], **at(F1, "二、"),
          note=CUT + "; three 「X负责…」 sentences: each X is a responsible unit and no lead is named (「X负责」 as in "
               "plans-next74; 村(居) kept with its bracket, as plans-next74 kept 各乡(镇)); 镇政府 and 上级有关部门 receive the "
               "reports (not units of the item); it also holds a reporting duty (below); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "镇农技站负责…向镇政府及上级有关部门报告病虫害情况", "when": "(not stated)", "when_norm": None}],
     notes=["2 tasks: 一、 and 二、, top-level items with no numbered children that each give work to bodies the text names "
            "(the exception of plans-dev 03: every top-level item is itself a task with its own units); 0 accepted (the "
            "mechanical rule: childless top-level sections) and 1 (二、 only: 一、 read as a leading-group section)",
            "no figures: 11812634, 2020-05-03, 11.50KB and the page counts are the shop's chrome",
            "the duty: 镇农技站 reports pest situations to 镇政府 and 上级有关部门 (no date)"])

# ---------------------------------------------------------------------------------------------------------
F2 = "x82_02_zhen-2017-ruanruo-huansan-cun-dangzuzhi-zhengdun-fangan.txt"
plan(F2,
     title="2017年软弱涣散村整顿方案",
     title_note="the collection label on line 2 「【2017年软弱涣散村整顿方案1】」 without its brackets and piece number (as "
                "plans-next38 drops 「篇1」); the preamble on line 1 names it the same way",
     doc_no="", issuer="a town's party committee (镇党委; the village 共同村, 「美好岔路」; not named)",
     date="2017 (「将于2017年2月开始至5月底」)", level="town (not named)",
     source=page_source("https://kuaihz.com/tid3/tid42_1205967.html"),
     style="an essay site's collection: a preamble by the site (「美文网小编搜集」), the label 【…1】, the town's preamble with a "
           "span 「2017年2月开始至5月底」, 一、指导思想 (prose), 二、方法步骤 with (一)(二)(三) whose headings end in DATE SPANS "
           "「(3月1日至3月6日)」「(3月7日至3月20日)」「(3月21日至4月21日)」 and their text on the next line; NAMED PERSONS "
           "(杨军章, 陶长俊, 时咏) in (一); (三) cut",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], dl="3月1日至3月6日", skip_deadline=True,
          note="镇党委 convened a meeting and set up a leading group (named persons as head and deputies), whose office "
               "「要对后进村整顿工作进行检查、通报」: the actors act in sentences (镇党委, 办公室) and persons are no units: " +
               PROSE + "; " + SPAN),
        S(["二", "(二)"], [], [], dl="3月7日至3月20日", skip_deadline=True,
          note="no subject at all (meetings, visits, a work plan): " + PROSE + "; " + SPAN),
        S(["二", "(三)"], [], [], dl="3月21日至4月21日", skip_deadline=True,
          note=CUT + "; 村务监督委员会 is the body whose members meet, not a unit given the item: " + PROSE + "; " + SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一), 二/(二), 二/(三) (cut); 2 without the cut item; 一、指导思想 is a section (" + GOALS + ")",
            "the three dated steps are tasks with date spans (year 2017 from the preamble); they are not asked as phases "
            "(no stage names, as plans-next74's x74_03) and their deadlines are not checked (spans)",
            "no figures: 「一个月」 is the length of the campaign, 「四议两公开」「五个好」 are slogans; 2017年 a year",
            "「办公室要对后进村整顿工作进行检查、通报」 is an inspection with circulars, not a report to a named body: no duty"])

# ---------------------------------------------------------------------------------------------------------
F3 = "x82_03_suzhou-2023-gonggong-jigou-jieneng-gongzuo-renwu-fenjie.txt"
plan(F3,
     title="2023年度宿州市公共机构节能工作任务分解",
     title_note="line 9 (also line 13, and line 6 after the 「名  称:」 label)",
     doc_no="宿行管〔2023〕5号", issuer="宿州市机关事务管理中心 (Anhui, 宿州市) to 各县、区公共机构节能管理部门",
     date="2023-04-13", level="city centre to counties/districts (Anhui, 宿州)",
     source=page_source("https://www.ahsz.gov.cn/public/2655633/193646471.html"),
     style="a city site's page: a METADATA BLOCK (索引号 cut to 「号:」, 发布机构, dates, 文号, 名称 …), the title twice with a 来源 "
           "line between, addressees, a preamble with a document number, FOUR TOP-LEVEL ITEMS 一、–四、 each a whole task "
           "sentence 「…。各县、区2023年底前…不少于N个。」 (no numbered children), a closing sentence, an attachment list "
           "(five file names) and blank lines",
     leaf_tasks=4, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], [(1, "个")], dl="2023年底前", dln="2023-12",
          note="「各县、区2023年底前遴选绿色食堂不少于1个」: 各县、区 are the addressees as a kind (no unit named): " + PROSE +
               "; the ceiling 「不少于1个」 is the item's target"),
        S(["二"], [], [], [(3, "个")], dl="2023年底前", dln="2023-12",
          note="「各县、区2023年底前建设公共机构生活垃圾分类示范点不少于3个」: " + PROSE),
        S(["三"], [], [], [(1, "个")], dl="2023年底前", dln="2023-12",
          note="「…各县、区2023年底前落地公共机构合同能源管理项目不少于 1个」 (a blank before 1): " + PROSE),
        S(["四"], [], [],
          note="「各县、区做好2022年度已建成节约型机关单位的评价复核迎检工作」: " + PROSE + "; 2022年度 names the year of the "
               "units checked, not a date for the work: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 tasks: 一、–四、, each top-level item a whole task sentence with its own date and figure (the exception of "
            "plans-dev 03 for top-level-only items); 0 accepted (the mechanical rule)",
            "no plan-level figures beyond the items; 宿行管〔2023〕5号 and 皖管办〔2023〕23号 are document numbers, 003187456/"
            "202304-00008 the index number, 3049367 a phone number, 附件1–3 file names",
            "the closing 「以上四项工作任务将做为…目标绩效考核依据」 says how the items are assessed: no duty"])

# ---------------------------------------------------------------------------------------------------------
F4 = "x82_04_chongqing-2008-liulang-qitao-renyuan-jiuzhu-guanli-yijian.txt"
plan(F4,
     title="重庆市人民政府办公厅关于加强城市生活无着的流浪乞讨人员救助管理工作的意见",
     title_note="line 2 (and at the start of line 4, run into the metadata); line 1 is the shop's own title for the file "
                "(「…实施意见(征求意见稿)【模板】」), not this document's",
     doc_no="渝办发〔2008〕34号", issuer="重庆市人民政府办公厅 (to 各区县(自治县)人民政府, 市政府有关部门)",
     date="2008-02-03", level="city (Chongqing, a province-level city)",
     source=page_source("https://www.360docs.net/doc/4917578787.html"),
     style="a document shop: the shop's title for another kind of document, the document's title, then line 4 running "
           "together a law database's METADATA (「文章属性•【制定机关】…•【字号】渝办发[2008]34号…正文」), the title again, the "
           "number in brackets, addressees, preamble, 「一、建立健全齐抓共管的长效机制」 and 「(一)加强…组织领导。」 INLINE; (一)'s "
           "text on lines 5–8 with 「由市综治委牵头」 and a list of eight 成员单位; (二) on line 9, cut on line 10",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["市综治委"],
          ["市综治委", "市民政局", "市公安局", "市市政委", "市卫生局", "市司法局", "市交委", "团市委", "市残联"],
          **at(F4, "(一)"),
          note="「市政府成立由市综治委牵头的“市流浪乞讨人员管理办公室”,成员单位为市民政局、市公安局、市市政委、市卫生局、市司法局、"
               "市交委、团市委、市残联」: 「由X牵头」 names the lead and the member units are the units the item gives the work "
               "(responsible, lead included); 市政府 sets the office up, 各区县(自治县)人民政府 are a kind of body (prose, 「要…"
               "成立相应的…办公室」); " + NODATE),
        S(["一", "(二)"], [], [], **at(F4, "(二)"),
          note=CUT + "; 「市流浪乞讨人员管理办公室要切实履行…职能」: the office acts in a sentence, no label or 牵头/负责: " + PROSE +
               "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一) and 一/(二) (cut); 1 without the cut item",
            "no figures: 渝办发〔2008〕34号 (also 「[2008]34号」) is the document number, 2008.02.03 the dates"])

# ---------------------------------------------------------------------------------------------------------
F5 = "x82_05_yexian-liulang-qitao-renyuan-jiuzhu-guanli-shishi-yijian.txt"
plan(F5,
     title_note=NO_TITLE + ": the page starts at the addressees (「各乡镇人民政府,县人民政府各部门,有关单位:」); the text calls "
                           "itself 「如下实施意见」 and 「本通知」 — a county 实施意见 on 流浪乞讨人员救助管理 (title not on the page)",
     doc_no="", issuer="叶县人民政府 (Henan, 平顶山市叶县; by the address yexian.gov.cn and 「我县」; not named on the page)",
     date="(not on the page)", level="county (Henan, 叶县)",
     source=page_source("http://yexian.gov.cn/contents/32553/407199.html"),
     style="a county site's page with NO TITLE: addressees, preamble, 一、救助对象 (definitions), 二、工作目标 (prose), 三、职责分工 "
           "with 「(一)各乡镇。」 — a UNIT AS THE ITEM'S HEADING — then 「各乡镇负责…」 and prose duties (cut mid-word)",
     leaf_tasks=1, count_alternatives=[0, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、救助对象", "二、工作目标"],
     samples=[
        S(["三", "(一)"], [], ["各乡镇"], lead_alternatives=[["各乡镇"]],
          note=CUT + "; the item's heading 「各乡镇。」 names its unit (unit as heading, as plans-dev 10/12) and the text says "
               "「各乡镇负责辖区内…工作」: responsible 各乡镇, no lead (" + ONE + "); 村 (「村设…服务点」) and 「各乡镇、村工作人员」 "
               "are places and persons; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一) (cut); 0 without it; 3 accepted if 一、 and 二、 are read as tasks; they are sections "
            "(" + GOALS + ")",
            "no figures; 「饿死、冻死、冻伤、中暑」 are kinds of events"])

# ---------------------------------------------------------------------------------------------------------
F6 = "x82_06_xian-chengguan-2014-qingjie-jiayuan-xingdong-gongzuo-taizhang.txt"
plan(F6,
     title="清洁家园行动2014年工作台账",
     title_note="line 1",
     doc_no="", issuer="a county 城市管理局 (the address's xcxcsglj; 渠首大道, 鹳河路, 丹江大道 are streets of 淅川县, Henan; "
                       "not named on the page)",
     date="2014 (the ledger's year)", level="county city-management bureau (Henan, 淅川 by the address; not named)",
     source=page_source("https://m.sole-aqua.com/xcxcsglj/zwdt23/content_4457"),
     style="a TASK TABLE flattened to ONE CELL A LINE, each cell ending in 「 |」: header 名 称 / 责任单位 / 工作任务与目标, then "
           "EIGHT UNNUMBERED ROWS (name, 市容大队, task), two row names broken by a blank (「夜市市场整治活 动」); then 「四区划分:」 "
           "with 1、–4、 ZONE DEFINITIONS (street lists), and the site's login links",
     leaf_tasks=8, count_alternatives=[4, 12], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["门前六包"], [], ["市容大队"], lead_alternatives=[["市容大队"]], line=5, title_starts="门前六包",
          note="row 1 (line 5; its 责任单位 cell on line 6, the task on line 7): " + ONE + "; " + NODATE),
        S(["夜市市场整治活动"], [], ["市容大队"], lead_alternatives=[["市容大队"]], line=14, title_starts="夜市市场整治活",
          note="row 4 (line 14, the name broken by a blank: 「夜市市场整治活 动」): " + ONE + "; 「出摊收摊时间」 is no date: " +
               NODATE),
        S(["视觉污染整治活动"], [], ["市容大队"], lead_alternatives=[["市容大队"]], line=20, title_starts="视觉污染整治活",
          note="row 6 (line 20): " + ONE + "; 解放路、东风路 are the streets where the work is done (整治重点), not units; " +
               NODATE),
        S(["经营乱象整治活动"], [], ["市容大队"], lead_alternatives=[["市容大队"]], line=26, title_starts="经营乱象整治活",
          note="row 8, the last (line 26): " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 tasks: the table's eight rows (门前六包, 商贩疏导工程, 重点难点区域整治活动, 夜市市场整治活动, 建筑垃圾违规处置整治活动, "
            "视觉污染整治活动, 商业庆典促销整治活动, 经营乱象整治活动), each with 责任单位 市容大队; rows have no numbers, so the "
            "samples give their line by hand; 4 accepted (the mechanical rule finds only the numbered zone list 1、–4、) and 12 "
            "(both)",
            "四区划分 1、–4、 define zones (严管区, 禁摆区, 控制区, 疏导区) by street names: definitions, not tasks",
            "no figures; 「门前六包」 is a name; 2014 the year"])

# ---------------------------------------------------------------------------------------------------------
F7 = "x82_07_qu-zhandao-jingying-zhuanxiang-zhengzhi-shishi-fangan.txt"
plan(F7,
     title="占道经营专项整治实施方案",
     title_note="line 3 without the shop's 「.doc」 (also at the start of line 14; the preamble calls it 「XX区占道经营专项整治"
                "实施方案」)",
     doc_no="", issuer="a district (masked 「XX区」, of 「XX市」; 街办, 区占道经营专项整治工作领导组办公室)",
     date="(not on the page)", level="district (masked XX区)",
     source=page_source("https://m.daumloan.com/p-331545245.html"),
     style="a document shop's preview: chrome with the shop's numbered 下载提示 「  • 1.…」「  • 2.…」「  • 3.…」 (the site's "
           "notices, not tasks), 「1/6」, then the WHOLE TEXT ON ONE LINE (line 14): file name, title run into the preamble, "
           "「一、 工作目标」 (a blank after 、; prose goals), 「二、 工作任务」 with three ZONE PARAGRAPHS headed by a label and "
           "colon 「严禁区:」「严控区:」「疏导区:」 (no numbers), 严控区 with 「由街办牵头,会同相关部门…,上报区…领导组办公室」; "
           "疏导区 cut",
     leaf_tasks=3, count_alternatives=[0, 1], attachment_task_rows=0,
     childless_top_level_sections=["一、 工作目标"],
     samples=[
        S(["二", "严禁区"], [], [], **at(F7, "严禁区:"),
          note="「严禁区:…禁止各类占道经营行为,实行严管重罚…」: no body named: " + PROSE + "; " + NODATE),
        S(["二", "严控区"], ["街办"], ["街办"], **at(F7, "严控区:"),
          note="「由街办牵头,会同相关部门现场踏勘,确定位置,上报区占道经营专项整治工作领导组办公室」: 「由X牵头」 names the lead; "
               "相关部门 is a kind of body, the 领导组办公室 receives the report (a duty, below); " + NODATE),
        S(["二", "疏导区"], [], [], **at(F7, "疏导区:"),
          note=CUT + " (「在不影响市容、不影响交通」): " + PROSE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "严控区由街办牵头…确定位置,上报区占道经营专项整治工作领导组办公室", "when": "(not stated)",
              "when_norm": None}],
     notes=["3 tasks: the three zone paragraphs of 二、工作任务 (严禁区, 严控区, 疏导区 — unnumbered headed items, as plans-dev "
            "11's unnumbered headings; their path is 二 + the label); 0 accepted (the mechanical rule: no numbered leaf in "
            "the body) and 1 (二、 as one task); 一、 工作目标 is a section (" + GOALS + "); the shop's 1.–3. (lines 9–11) are "
            "the site's notices, not tasks",
            "「五城联创」 is a name, 「取缔一批、规范一批、建设一批」 a slogan; 约6页 and 1/6 the shop's page counts: no targets",
            "the duty: 街办 reports the 严控区 locations to the district's 领导组办公室 (no date)"])

# ---------------------------------------------------------------------------------------------------------
F8 = "x82_08_neixiang-2014-rengong-yingxiang-tianqi-gongzuo-jihua.txt"
plan(F8,
     title="2014年内乡县人工影响天气工作计划（内乡县人民政府办公室关于印发2014年内乡县人工影响天气工作计划的通知）",
     title_note="the plan's title on line 37, the notice's on line 19 (and in the 标题: line 11): either",
     doc_no="内政办19号 (as printed, without the year bracket)", issuer="内乡县人民政府办公室 (Henan, 南阳市内乡县)",
     date="2014-04-08 (the notice; published 2014-04-22)", level="county (Henan, 内乡县)",
     source=page_source("http://neixiangxian.gov.cn/2014/0422/18950.html"),
     style="a county site's page: breadcrumb, METADATA LINES with empty fields (失效时间:, 发文机关:, 成文日期:), the notice's "
           "title twice, a site line with blanks, the one-sentence notice, blank lines holding blanks, the date with trailing "
           "blanks, then the plan: a preamble, 一、作业时段及目的 with (一)(二) whose text starts with a MONTH SPAN "
           "(「全年1—12月份」, 「4—10月份」) and (三), 二、作业点布局和作业工具 (prose: towns with fixed sites), 三、保障措施 (一) "
           "cut; indents of 3–4 blanks",
     leaf_tasks=4, count_alternatives=[3, 5], attachment_task_rows=0,
     childless_top_level_sections=["二、作业点布局和作业工具"],
     samples=[
        S(["一", "(一)"], [], [], dl="全年1—12月份", skip_deadline=True,
          note="增雨防旱作业 through the year: no body named (the plan names no unit for any item): " + PROSE + "; " + SPAN),
        S(["一", "(二)"], [], [], dl="4—10月份", skip_deadline=True,
          note="防雹减灾作业 from April to October, 「根据市气象局短中期预报和市气象台冰雹预警」: 市气象局 and 市气象台 are the "
               "sources of forecasts, not units given the work: " + PROSE + "; " + SPAN),
        S(["一", "(三)"], [], [],
          note="重大活动保障 emergency operations: " + PROSE + "; " + NODATE),
        S(["三", "(一)"], [], [], not_targets=[(348, "号"), (297, "号")],
          note=CUT + "; 经费保障 (「纳入县政府财…」): 县政府 is where the money comes from, the sentence has no subject: " + PROSE +
               "; 国务院令第348号 and 省人民政府令第297号 are the numbers of decrees, not targets; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一/(一), 一/(二), 一/(三), 三/(一) (cut; the plan names no unit for any item, so 保障措施 items count, "
            "as plans-dev 08); 3 without the cut item; 5 if 二、 is read as a task; 二、作业点布局和作业工具 is a childless "
            "section (facilities and places: 余关、乍岖、赵店、瓦亭、七里坪、赤眉等乡镇, 「两个火箭流动作业点」)",
            "the month spans of (一) and (二) are the periods of the operations, not deadlines (not checked)",
            "no figures: ND001-0202-2014-02019 is the index number, 内政办19号 the document number, 2014 the year; "
            "「两个」 counts existing sites (written in words)"])

from expected_tools import align33_units  # noqa: E402

align33_units('x82_04', ['一', '(一)'], [], [],
              "rule 3 (not units: members 「成员单位为…」; a body the item sets up 「成立由A牵头的…办公室」, A a unit only if also the doer of the item) — 「市政府成立由市综治委牵头的“市流浪乞讨人员管理办公室”,成员单位为…」: the office's make-up; the item's work (setting up the leadership) is done by 市政府 and 各区县 with 成立, no verb of rule 2: no unit")  # noqa: E501

write_collected(DIR)
