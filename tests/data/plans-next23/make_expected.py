# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next23/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by corpus23; page openings of plans from outside
Shanghai in fields the earlier sets have little of: 重大工程/项目攻坚, 殡葬领域整治, 地质灾害防治, 家庭医生签约,
大气污染防治, 危化品综合治理, 全民健身, 违法建设整治): never tune the parser on them (see README.md). Only `line`
and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or by ``at`` where an
item's number is not at its line's start: x23_01, x23_06, x23_12 run on one line); every answer was written here by
reading the texts. Neither the parser nor the scorer was run on these plans by corpus23: the lead scores them once.

    python tests/data/plans-next23/make_expected.py tests/data/plans-next23
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    CUT,
    ONE,
    PAGES,
    S,
    at_in,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

HAND = ("; the excerpt was copied by hand from the tool's answer into the file (JSON escapes undone, a final newline "
        "added; runs of blanks retyped as ASCII spaces)")
PROSE = ("no unit is named for the item (the subjects in the text are prose, roles or category words): "
         "lead = [], responsible = []")
GOALS = ("a section of aims, principles or facts (指导思想/工作目标/工作要求/总体思路/分布情况…): no task; with it counted "
         "is accepted")
AIMS_CHILDREN = ("its numbered children are aims or facts: leaves by the mechanical rule, 0 accepted, not sampled "
                 "(plans-next18's convention)")
at = partial(at_in, DIR)


def src(url):
    return url + " — " + PAGES + HAND


# ---------------------------------------------------------------------------------------------------------
X01 = "x23_01_qingtian-2023-zhongda-gongcheng-bairi-gongjian-xingdong-fangan.txt"
plan(X01,
     title="XX縣區重大工程百日攻堅行動方案",
     title_note="the document's own name, twice at the start of line 8 (the first time with 「(鎮治辦改)」 after it); line 1 "
                "is the site's file name 「縣區重大項目百日攻堅行動方案(8頁).doc」 — doubtful: 「XX」 is the site's mask and "
                "is kept as printed",
     doc_no="", issuer="a county (「我縣」「縣委、縣政府」; by 「美麗青田、幸福僑鄉」 青田县, Zhejiang, inferred; masked XX)",
     date="2023 (by 「2023年度」 in the text; uploaded 2024-01-05)",
     level="county (Zhejiang, Qingtian, inferred)",
     source=src("http://szcn-led.com/baogao/873344.html"),
     style="a document site's preview in TRADITIONAL characters: file name, upload chrome (上傳人, 編號, 8頁, 16.50KB) on "
           "their own lines, then the WHOLE TEXT ON ONE LINE with the site's chunk numbers 「1、」「2、」「3、」 inserted "
           "(inside words: 「通2、過」「(一期3、)」); opening quotes without closing ones (「“促開展,穩投資的決策部署」); "
           "一、攻堅目標 (dense figures), 二、攻堅任務 / (一)…(二) cut",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、攻堅目標"],
     samples=[
        S(["二", "(一)"], [], [], targets=[(1, "個"), (1.5, "億元")], **at(X01, "(一)"),
          note=PROSE + "; 「至少新謀劃招引重大產業工程1個」 and 「完成…創業園工程1.5億元投資」 are targets; 「攻堅期間」 "
                       "(the hundred days) gives no date: no deadline; 「(一期)」 is a project phase name, and the site's "
                       "「3、」 inside 「(一期3、)」 is no item"),
     ],
     plan_targets=[{"number": 162, "unit": "個"}, {"number": 524, "unit": "項"}, {"number": 50, "unit": "%"},
                   {"number": 16, "unit": "萬平方米"}],
     phases=[], duties=[],
     notes=["2 leaves: 二/(一) and 二/(二) (cut); 1 without the cut one; 3 with 一、攻堅目標 read as a task (" + GOALS + ")",
            "the site's chunk numbers 1、2、3、 are not items (plans-next18 x18_06's convention)",
            "plan targets from 一、: 162個攻堅工程, 524項攻堅事項, 落地率50%以上, 16萬平方米 城中村改造 (also 1個, 42個, 102個, 6個, "
            "100%, 60% — not checked); 「13個鄉鎮」「3個鄉鎮」 are scopes, 2023年度 a year",
            "百日 (a hundred days) is the campaign's span without dates: no phases, no deadlines"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x23_02_zhangzhou-2012-xinzengzhang-quyu-fazhan-fangan.txt"
plan(X02,
     title="县新增区发展方案",
     title_note="line 7, the plan's heading on the page; lines 1 and 3 are the site's 「县新增区发展方案范文」; the text's own "
                "name is 「新增长区域发展战役」 (a campaign), not a title",
     doc_no="", issuer="a county in 漳州 (Fujian; 「围绕把建设成为漳州光电产业发展核心区域」, the county's name dropped by the site)",
     date="2012 (「2012年计划投资12.01亿元」)", level="county (Fujian, Zhangzhou, inferred; not named)",
     source=src("https://meizhang.com/fangan/shishifangan/602804.html"),
     style="an essay site's copy (美章网) with its blurb; the names of places DROPPED by the site (「(一)陵工业开发区」 「(二)镇。」 "
           "「(五)乡。」); 二、战役任务 (一)–(七), each ending 「责任单位:镇政府」/「责任单位:乡政府」 run on after the item's "
           "text (no line of its own), (一) without one; 三、战役措施 「1、」「2、」 (ideographic comma), 2 cut after 「落实」",
     leaf_tasks=9, count_alternatives=[8, 10], attachment_task_rows=0,
     childless_top_level_sections=["一、战役目标"],
     samples=[
        S(["二", "(二)"], [], ["镇政府"], targets=[(2, "个"), (0.8, "亿元")], lead_alternatives=[["镇政府"]],
          note=ONE + "; the town's name is dropped by the site (「(二)镇。」); 「实施项目2个」 and 「上千万项目2个」 both 2个; "
                     "「年度投资」 is the year's amount, no deadline"),
        S(["二", "(五)"], [], ["乡政府"], targets=[(2, "个"), (0.35, "亿元")], lead_alternatives=[["乡政府"]],
          note=ONE + "; 「上千万」 (above ten million) is a class of project, not a target"),
        S(["二", "(七)"], [], ["乡政府"], targets=[(1, "个"), (0.5, "亿元")], lead_alternatives=[["乡政府"]],
          note=ONE + "; 「初步筛选项目1个」"),
        S(["三", "1"], [], [],
          note=PROSE + " (a 协调小组 with a 副县长 as deputy head; 「各相关责任单位领导为成员」 names no unit)"),
     ],
     plan_targets=[{"number": 25, "unit": "个"}, {"number": 91.3645, "unit": "亿元"}, {"number": 12.01, "unit": "亿元"}],
     phases=[], duties=[],
     notes=["9 leaves: 二/(一)–(七) and 三/1, 三/2 (cut after 「落实」); 8 without the cut one; 10 with 一、战役目标 read as a task",
            "二/(一) is not sampled: it has no 责任单位 (the area 「陵工业开发区」, its name cut by the site, is the heading; "
            "reading it as the unit would be a guess)",
            "plan targets in 一、: 计划实施项目25个, 总投资91.3645亿元, 2012年计划投资12.01亿元; 「总投资10亿元以上项目」 "
            "describes a class of projects (not checked)",
            "no dates besides the year 2012: no phases, no deadlines"])

# ---------------------------------------------------------------------------------------------------------
plan("x23_03_xian-2018-binzang-lingyu-tuchu-wenti-zhuanxiang-zhengzhi-xingdong-fangan.txt",
     title="殡葬领域突出问题专项整治行动方案",
     title_note="line 3; line 1 is the site's heading 「埭溪镇殡葬改革方案(埭溪镇殡葬改革方案最新)」, which names a town the "
                "text does not (the text is a county's: 「在全县范围内」)",
     doc_no="", issuer="a county (「在全县范围内」; the city in 「*市民发〔2018〕148号」 is masked; not named)",
     date="2018 (「从2018年8月…中旬开始至10月底」)", level="county (place not on the page)",
     source=src("https://binzang101.com/bzbk/5188.html"),
     style="a site's copy with an SEO heading, spam words INSERTED in the text (「2018年8月耐握中旬」, 「促进殡葬昌凯庆行业」); "
           "一、工作目标和基本原则 / (一)工作目标 / (二)基本原则 as heading lines, the principles UNNUMBERED run-in "
           "paragraphs 「加强领导,压实责任。 在…」 (a blank after the 。), the third cut",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["2 leaves by the mechanical rule ((一)工作目标, (二)基本原则, cut); " + AIMS_CHILDREN + "; 1 without the cut one",
            "the unnumbered 「加强领导,压实责任。」… paragraphs are principles, not items",
            "「从2018年8月中旬开始至10月底」 is the campaign's one span, in the preamble: no phases, no deadlines",
            "「10部门」 and the cited number 〔2018〕148号 are no targets; 耐握 / 昌凯庆 are the site's spam, not names"])

# ---------------------------------------------------------------------------------------------------------
plan("x23_04_xiamen-2015-dizhi-zaihai-fangzhi-fangan.txt",
     title="厦门市2015年地质灾害防治方案（厦门市人民政府批转市国土房产局关于2015年地质灾害防治方案的通知）",
     title_note="the notice title (line 2) or the plan's name (line 8, also in 《》 on line 5)",
     doc_no="厦府〔2015〕76号", issuer="厦门市人民政府 (批转 the plan of 市国土房产局; Fujian)", date="2015-03-28",
     level="city (Fujian, Xiamen)",
     source=src("https://www.xm.gov.cn/zfgb/4779"),
     style="a city government's 批转 notice (the page starts with an EMPTY LINE): title, number, addressees, signature, date, "
           "then the plan; 一、主要地质灾害分布情况 / (一)地质灾害易发区域 / (二)主要地质灾害隐患点 (facts), then a table "
           "flattened ONE CELL A LINE with 「|」 lines between cells (区 | 镇(街道) | 行政村(社区)), cut in a cell",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["2 leaves by the mechanical rule ((一), (二), cut in the table); " + AIMS_CHILDREN + "; 1 without the cut one",
            "the table lists places (区, 镇, 村), not tasks: no attachment rows",
            "「122处」「9处」「17个」「46个」 count hazard points and places (facts as of 2015年3月): no targets",
            "「附件1《…一览表》」 is a reference to an attachment that is not on the page; the plan's year 2015 is its only date"])

# ---------------------------------------------------------------------------------------------------------
plan("x23_05_jianhe-2021-dizhi-zaihai-fangzhi-fangan.txt",
     title="剑河县2021年地质灾害防治方案",
     title_note="line 37, the plan's title (also in the page heading and 信息名称 after the number, lines 11 and 21, and in 《》 "
                "on line 31); the notice title is broken over lines 25/27 and has lost characters (「…剑河县2021 / 地质灾害防治"
                "方案的通」)",
     doc_no="剑府办函〔2021〕49号", issuer="剑河县人民政府办公室 (Guizhou, 黔东南州)", date="2021-04-27 (printed 「2021427」)",
     level="county (Guizhou, Jianhe)",
     source=src("http://www.jhx.gov.cn/zwgk/xxgkml/jcgk/zcwj/202109/t20210901_69832352.html"),
     style="a county site's page: navigation chrome, bullet metadata lines 「  • 索引号: …」 (some empty), then the notice "
           "with LOST CHARACTERS (「剑府办函〔202149」, 「2021427」, 「国发〔201120号」: 年/月/日/〕 dropped) broken over lines, "
           "a date line indented by a long run of blanks, the plan's title, preamble, 一、地质灾害隐患空间分布规律 (facts), cut",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、地质灾害隐患空间分布规律"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、 describes the county's geology (" + GOALS + "); 1 if it is read as one",
            "「  • 1」「  • 2」「  • 3」 are navigation bullets, not items",
            "国务院令第394号 and the cited numbers are no targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x23_06_xian-2020-jiating-yisheng-qianyue-fuwu-fangan.txt"
plan(X06,
     doc_no="", issuer="a county (「全县」「县城城区」; not named)", date="2020 (「截止到2020年10月31日」)",
     level="county (place not on the page)",
     source=src("https://m.wenke99.com/p-4908378.html"),
     style="a document site's copy, the WHOLE TEXT ON ONE LINE; Chinese numerals turned into DIGITS by a converter "
           "(「进1步」「2级」「3級」「分为3类」, and the section numbers 一、二、三、 printed 「1、」「2、」「3、」), a few wrong "
           "words (「指点思想」, 「实行方案」, 「最低生活保降」) and the % of the goals lost (「要到达90以上」); 1、指点思想 and "
           "2、工作目标 childless, 3、工作任务 with an unnumbered heading 「明确签约服务对象」 and 「1.」「2.」 groups of people, "
           "2. cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["1、指点思想", "2、工作目标"],
     samples=[
        S(["3", "1"], [], [], **at(X06, "1."), not_targets=[(65, "岁")],
          note=PROSE + "; 「1.重点人群」 names a group of people the service covers (under 「明确签约服务对象」); 「65岁以上」 "
                       "is who belongs to it, not a target; no deadline"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["no title checked: the line starts 「2020年家庭医生签约服务方案家庭医生签约服务方案为…」 — the site's name and the "
            "text's own name run together with the preamble; which one is the title is doubtful",
            "2 leaves by the mechanical rule (3/1, 3/2 cut); 1 if 3、's numbered groups are read as one task "
            "(「明确签约服务对象」); 1、 and 2、 are sections (" + GOALS + ")",
            "2、工作目标 holds the plan's goals with a date (截止到2020年10月31日: 农村 90, 城区 50 — the % is lost in the copy): "
            "not checked as plan targets, since the page prints no unit",
            "「常住6个月以上」 is who may sign (a threshold), 「3类」 a count of groups: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x23_07_shaanxi-2022-daqi-wuran-fangzhi-gongzuo-fangan.txt",
     doc_no="", issuer="a city or county in Shaanxi (「中省」, 陕政办发〔2022〕8号 cited; not named)", date="2022 (by the text)",
     level="city or county (Shaanxi, inferred; not named)",
     source=src("http://www.lbtc.cn/zcnews/11195.html"),
     style="a local 2022 大气污染防治 plan with NO TITLE on the page (it starts at the preamble); 一、工作目标 (aims without "
           "figures), 二、突出重点,打好三场攻坚战 / (一) and (二) run-in headings 「(一)全力打好重污染天气消除攻坚战。以…」 "
           "with long paragraphs, (二) cut",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], [], dl="2022年", skip_deadline=True,
          note=PROSE + "; 「2022年,重污染天气应对能力得到明显提升」 closes the item with the plan's year — a goal's year rather "
                       "than a deadline: not checked; 「秋冬季(10月-次年3月)」 is a season, no phase"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["no title on the page: the title is not checked",
            "2 leaves (二/(一), 二/(二) cut); 1 without the cut one; 3 with 一、工作目标 read as a task (" + GOALS + ")",
            "二/(二) is not sampled (cut before any unit or date)",
            "PM2.5 is a pollutant's name, 「十三五」 a plan period, 「三场」 a count in a heading: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x23_08_chaozhou-2019-dayin-lantian-baoweizhan-shishi-fangan.txt",
     title="潮州市打赢蓝天保卫战实施方案(2019-2020年)",
     title_note="line 2 (also in 《》 on the news site's line 1)",
     doc_no="", issuer="潮州市 (Guangdong; the issuing office is not on the page)", date="2019 (the plan's period 2019-2020)",
     level="city (Guangdong, Chaozhou)",
     source=src("https://cntfj.com/news/12190.html"),
     style="a news site's 「全文如下」 copy: title, preamble, 一、目标要求 (dense % goals), 二、工作任务 / (一) group heading / "
           "1., 2.; units in brackets at the end of a sentence, the first in LENTICULAR brackets with a STANDING RULE "
           "「〔市生态环境局牵头,…参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕」, "
           "a second assignment in ASCII brackets in the same item; 「牵头督导」 in 2., cut inside its unit list",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=["一、目标要求"],
     samples=[
        S(["二", "(一)", "1"], ["市生态环境局"],
          ["市生态环境局", "市发展和改革局", "工业和信息化局", "自然资源局", "各县、区人民政府(管委会)", "市场监管局"],
          lead_alternatives=[["市生态环境局", "市场监管局"]], not_targets=[(35, "蒸吨"), (10, "蒸吨")],
          note="two assignments in one item: 〔市生态环境局牵头,A、B、C参与,各县、区人民政府(管委会)负责落实…〕 after the first "
               "sentence and (市生态环境局、市场监管局牵头,A、B参与) after the second; lead 市生态环境局 (both 牵头 units accepted), "
               "responsible = every unit named (units as printed: 工业和信息化局/自然资源局 share the 市 of the list; "
               "「各县、区人民政府(管委会)」 is one compound name, not 各县 + 区人民政府); the rule sentence 「以下各项工作…不再列出」 "
               "is no unit; 35/10蒸吨 are boiler sizes in a ban, not targets; no deadline (「到2020年」 is in 一、)"),
     ],
     plan_targets=[{"number": 94, "unit": "%"}, {"number": 15, "unit": "%"}, {"number": 10, "unit": "%"},
                   {"number": 26, "unit": "%"}],
     phases=[], duties=[],
     notes=["2 leaves (二/(一)/1, 二/(一)/2 cut in its unit list); 1 without the cut one; 3 with 一、目标要求 read as a task",
            "二/(一)/2 is not sampled: its unit list is cut (「…应急管理局、」); it has a deadline 「2019年9月底前」 (2019-09-30) and "
            "「牵头督导」 leads",
            "plan targets in 一、: 优良天数比例 94%, SO2/NOX/VOCs 下降 15%、10%、26% (and PM2.5 29微克每立方米, not checked); "
            "2015 is a base year, 2020 the goal's year",
            "the standing rule makes 各县、区人民政府(管委会) responsible for every later item too (not checked beyond 1.)"])

# ---------------------------------------------------------------------------------------------------------
plan("x23_09_sichuan-2017-weixian-huaxuepin-anquan-zonghe-zhili-shishi-fangan.txt",
     title="四川省危險化學品安全綜合治理實施方案",
     title_note="line 5 (also in 《》 on line 2); the notice's own title is not on the page, which starts at the addressees",
     doc_no="", issuer="四川省人民政府辦公廳", date="2017-02-17", level="province (Sichuan)",
     source=src("http://www.yixinclean.com/News/Detail/08be8006-fae9-462b-b790-cb538e4d4486"),
     style="a province's notice in TRADITIONAL characters (a company site's copy) from its addressees: two lines, "
           "signature, date, the plan's title, preamble, 一、工作要求 and 二、工作目標 (aims, no numbers below them), cut; "
           "「8?12」 with a lost dot",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、工作要求", "二、工作目標"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、 and 二、 hold requirements and aims (" + GOALS + "); 2 if both are read as tasks, 1 "
            "without the cut 二、",
            "「8?12」 is a date name of an accident, 「近3年來3起」 a fact, 國辦發〔2016〕88號 a cited number: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x23_10_chongqing-2017-weixian-huaxuepin-anquan-zonghe-zhili-shishi-fangan.txt",
     title="重庆市危险化学品安全综合治理实施方案",
     title_note="line 5 (also in 《》 on line 2); the notice's own title is not on the page, which starts at the addressees",
     doc_no="", issuer="重庆市人民政府办公厅", date="2017-03-23", level="province-level municipality (Chongqing)",
     source=src("http://law.foodmate.net/show-190773.html"),
     style="a municipality's notice from its addressees (a law site's copy): two lines, signature, date, the plan's title, "
           "preamble, 一、总体思路 and 二、工作目标 (aims, no numbers below them), cut",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、总体思路", "二、工作目标"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、 and 二、 hold aims (" + GOALS + "); 2 if both are read as tasks, 1 without the cut 二、",
            "the same 国办发〔2016〕88号 is carried out by x23_09 (Sichuan): two provinces' openings of one national plan",
            "「8·12」 names an accident; 十八届三中…六中 are ordinals: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x23_11_xinzhou-2016-quanmin-jianshen-shishi-jihua.txt",
     title="新洲区全民健身实施计划(20162020年)（(新政发〔2016〕21号)区人民政府关于印发新洲区全民健身实施计划(2016—2020年)的通知）",
     title_note="the notice title as printed on lines 1 and 3 (with the number in brackets before it and 「区人民政府」 without "
                "the district's name), or the plan's title on line 19, whose dash the copy lost (「(20162020年)」)",
     doc_no="新政发〔2016〕21号", issuer="武汉市新洲区人民政府 (Hubei)", date="2016-12-29 (printed 「20161229」)",
     level="district (Hubei, Wuhan, Xinzhou)",
     source=src("https://www.zcbk.cn/wuhan/index.php?m=home&c=View&a=index&aid=19894"),
     style="a mirror's copy of a district notice: the number in brackets before the notice title (twice), 栏目/发布时间 chrome, "
           "lines holding ONE BLANK between paragraphs, LOST CHARACTERS in dates and numbers (「20161229」, 「(20162020年)」, "
           "「鄂政发〔201635号」); the plan: 一、指导思想, 二、工作目标 / (一)总体目标 / (二)任务指标 / 1. cut at once",
     leaf_tasks=2, count_alternatives=[0, 1, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["2 leaves by the mechanical rule (二/(一), 二/(二)/1 cut after 「经常参加」); " + AIMS_CHILDREN + "; 1 without "
            "the cut one; 3 with 一、指导思想 read as a task",
            "the period 2016—2020 is the plan's span: no phases, no deadlines",
            "「四个全面」 and 「人人…」 are slogans: no targets"])

# ---------------------------------------------------------------------------------------------------------
X12 = "x23_12_shifanqu-weifa-jianshe-zhuanxiang-zhengzhi-shishi-fangan.txt"
plan(X12,
     title="违法建设专项整治工作实施方案",
     title_note="the start of the one line, after a stray 「.」 of the site; the text runs on without a break (「…实施方案为进一步…」)",
     doc_no="", issuer="a 示范区 管委会 (「示范区管委会副主任X」; the zone and names masked 「X」; not named)",
     date="(not on the page)", level="development zone (示范区; place not on the page)",
     source=src("https://m.wenke99.com/p-5403616.html"),
     style="a document site's copy, the WHOLE TEXT ON ONE LINE, a stray 「.」 before the title, blanks INSIDE words where the "
           "source's lines broke (「防 违控违」, 「示范区违 法建设」, 「公 安局」), names masked 「X」; 一、工作目标 (aims), "
           "二、组织领导 / (一)建立健全违法建设治理两级工作体系。 (a leading group and its members), cut",
     leaf_tasks=1, count_alternatives=[0, 2], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], [], **at(X12, "(一)"),
          note="the item sets up a leading group: 组长/副组长 are roles (names masked X), 「示范区纪工委、…、X区人民法院主要负责同志"
               "为成员」 are its members and 「领导小组办公室设在示范区城管局」 says where its office sits — members of a group "
               "are no unit assignment (plans-dev 04 四/1): lead = [], responsible = []; " + CUT + " (after 「协调推进违法建设」)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf (二/(一), cut); 0 without the cut one; 2 with 一、工作目标 read as a task (" + GOALS + ")",
            "「整改一批、规范一批、拆除一批」 and 「两级」 are slogans and a count in a name: no targets",
            "no dates on the page"])


# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x23_08', ['二', '(一)', '1'], [(35, '蒸吨'), (10, '蒸吨')],
                   '「不再新建每小时35蒸吨以下燃煤锅炉」「禁止新建每小时10蒸吨及以下燃煤锅炉」: boiler sizes joined to 以下 / 及以下, thresholds picking the boilers banned')
write_collected(DIR)
