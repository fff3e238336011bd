# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next38/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by corpus38; page openings of plans from outside Shanghai, in fields
no earlier set has: 中小学生欺凌治理, 清洁取暖, 全民国家安全教育日, 计划生育, 全民阅读, 第五次全国经济普查,
全民国防教育): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text
(by ``locate`` of ../plans/expected_tools.py); every answer was written here by reading the texts. Neither the parser
nor the scorer was run on these plans by corpus38: the lead scores them once.

    python tests/data/plans-next38/make_expected.py tests/data/plans-next38
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
         CUT,  # noqa: E402
         S,
         page_source,
         plan,
         write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

PROSE = ("no unit is named for the item (the subjects in the text are prose, roles or category words): "
         "lead = [], responsible = []")
GOALS = ("a section of aims, principles, theme, time, scope or a leading group (指导思想/活动主题/活动时间/领导小组…) "
         "with no numbered children: no task; with it counted is accepted")
NO_TITLE = "title not checked: the page does not show the plan's title"
MASKED = "the year is masked on the page (「20x年」/「20xx年」): the deadline is not checked"



# ---------------------------------------------------------------------------------------------------------
plan("x38_01_changchun-2018-zhongxiaoxuesheng-qiling-zonghe-zhili-shishi-fangan.txt",
     title="加强中小学生欺凌综合治理工作实施方案",
     title_note="lines 7 and 11 (the site's heading and the text's title, the same words)",
     doc_no="", issuer="长春市 education system (the page is a Jilin education site's 信息公开 > 地方法规和规章; 来源 学校安全处; "
                       "「推动长春市教育系统中小学生欺凌防治工作」, 「结合长春市实际」)",
     date="2018-10-15 (the site's date; it applies 吉教联〔2018〕33号)", level="city (Jilin, 长春; education bureau)",
     source=page_source("http://www.ccedin.net/dffghgz/118082.shtml"),
     style="a government education site: two lines of MOJIBAKE (U+FFFD) before 「Adobe Flash Player」, breadcrumb with "
           "「>」, title, a 来源/时间/作者/编辑人/点击数 line, title again, preamble citing two document numbers, "
           "一、指导思想 (one paragraph), 二、基本原则 (一)(二) (principles, (二) cut)",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves by the mechanical rule: 二/(一) and 二/(二) (cut) — principles, not work: 0 accepted (1 without the "
            "cut item), not sampled",
            "教督〔2017〕10号, 吉教联〔2018〕33号 are document numbers; 「十一部门」 names the issuers; 点击数:2009 and the "
            "time line are page chrome: no targets, no deadlines"])

# ---------------------------------------------------------------------------------------------------------
plan("x38_02_shi-20xx-qingjie-qunuan-shishi-fangan.txt",
     title_note=NO_TITLE + " (the page shows a list of other documents and an 更新时间 line, then the preamble; by its "
                           "words a 泰安 county-level city's 20xx年清洁取暖 实施方案: 「结合我市实际情况,制定本实施方案」)",
     doc_no="", issuer="a county-level city of 泰安 (Shandong; 「我市」, following 《泰安市20xx年冬季清洁取暖建设实施方案》; not named)",
     date="(years masked as 「20xx」; page date 2023-12-22)", level="county-level city (Shandong, 泰安; not named)",
     source=page_source("https://ilede.com.cn/a/72nmq0w.html"),
     style="an essay site: a block of OTHER DOCUMENTS' titles and dates repeated twice (扫黑除恶督导 整改报告, 国民经济计划 "
           "执行情况报告) around an 更新时间/发布时间/作者 line, then the preamble, 一、工作目标 (one paragraph of area and "
           "household goals, one number missing: 「完成清洁取暖改造万户」), 二、基本原则 (one paragraph, cut)",
     leaf_tasks=0, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、基本原则"],
     samples=[],
     plan_targets=[{"number": 50, "unit": "万平方米"}, {"number": 18, "unit": "万平方米"}, {"number": 500, "unit": "户"}],
     phases=[], duties=[],
     notes=["no numbered task on the page: 一、 and 二、 are sections with no numbered children (" + GOALS + ")",
            "plan targets in 一、工作目标: 城区清洁取暖改造 50万平方米, 既有建筑能效提升 18万平方米, 农房建筑能效提升 500户; "
            "「农村地区完成清洁取暖改造万户」 has no number (masked or lost on the page): not asked",
            "the titles and dates in the page's first 15 lines are other documents of the site: no title, no targets, no "
            "deadlines; 「近三年内列入拆迁计划区域」 is a condition, not a deadline; 一户一宅 is a rule, not a target"])

# ---------------------------------------------------------------------------------------------------------
plan("x38_03_zhen-2024-quanmin-guojia-anquan-jiaoyuri-xuanchuan-jiaoyu-huodong-fangan.txt",
     title="2024年“4·15”全民国家安全教育日宣传教育活动工作方案",
     title_note="line 1",
     doc_no="", issuer="a town (「XX镇」, 「我镇」, 「全体镇村干部」; name and province masked)",
     date="(2024 from the title: 第九个全民国家安全教育日)", level="town (masked 「XX镇」)",
     source=page_source("https://wenmijiayuan.com/doc/66258.html"),
     style="a document site's text: title, preamble, 一、活动主题 (one sentence), 二、工作安排 / (一) with a LABELLED "
           "UNIT LIST at its end 「(责任单位:各村(社区)、单位部门)」 (brackets inside the brackets), (二) (cut before its own "
           "label); shorter than the tool's usual cut (1,507 bytes: the stored excerpt ends there)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "(一)"], [], ["各村(社区)", "单位部门"],
          note="「(责任单位:各村(社区)、单位部门)」 at the end of the item: two responsible bodies, no lead (the label is "
               "责任单位, not 牵头单位); 各村(社区) keeps its bracket; 单位部门 (the town's units and departments) is a "
               "collective word but it is what the label lists; 「开展一次…安全知识测试」 is one event, not a target; "
               "「在宣传教育日期间」 is a window (4月15日 in the preamble is the day itself): no deadline"),
        S(["二", "(二)"], [], [],
          note=CUT + " (before its 「(责任单位:…)」 label, which is not on this page): " + PROSE + "; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/(一) and 二/(二) (cut); 1 without the cut item; 一、活动主题 is a section (" + GOALS + ")",
            "75周年, 十四五, 第九个 are in the preamble: no targets; 4月15日 is the day of the event, not a task's deadline"])

# ---------------------------------------------------------------------------------------------------------
plan("x38_04_shi-jiaoyu-quanmin-guojia-anquan-jiaoyuri-huodong-fangan.txt",
     title="全民国家安全教育日活动方案",
     title_note="line 3 (the site's heading); the text is a city education bureau's notice 「现将相关事宜通知如下」",
     doc_no="", issuer="a city's education bureau (「我市中小学生」, reports to 「市教育局思政科」; city not named)",
     date="(years masked 「20x年」; page date 2020-01-22; 「七五」普法 places it in 2016–2020)",
     level="city (education bureau; not named)",
     source=page_source("https://m.stra.cn/wenku/cgds/3XWO1o2WXG"),
     style="a document site's page: 您的当前位置 line, heading, date and a 来源 of a travel site, two-blank indents, "
           "preamble addressed to 各单位, 一、活动时间 (a masked-year window 「20x年4月13日至4月18日」), 二、活动内容 "
           "(一) with 1、2、 under it, (二), (三), 三、工作要求 (一)–(三) with a DATED REPORT DUTY in (三) 「务必于4月18日前报送"
           "市教育局思政科」 (no full stop), the site's 「因篇幅问题不能全部显示…」 line (the stored page ends there)",
     leaf_tasks=7, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间"],
     samples=[
        S(["二", "(一)", "1"], [], [], dl="4月15日", skip_deadline=True,
          note="「4月15日,各单位在门户网站、新媒体平台转载转发…」: 各单位 is a kind of actor, the prose subject: lead = [], "
               "responsible = []; 4月15日 is the day the work is done; " + MASKED + " (the plan's year is 「20x年」)"),
        S(["三", "(三)"], [], [], dl="4月18日前", skip_deadline=True,
          note="「各单位将活动开展情况务必于4月18日前报送市教育局思政科」: 各单位 is the prose subject and 市教育局思政科 the "
               "recipient of the report, not a unit doing the task: lead = [], responsible = []; " + MASKED),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各单位将活动开展情况务必于4月18日前报送市教育局思政科", "when": "4月18日前", "when_norm": None}],
     notes=["7 leaves: 二/(一)/1, 二/(一)/2, 二/(二), 二/(三), 三/(一), 三/(二), 三/(三); 4 accepted if 三、工作要求's "
            "(一)–(三) are read as requirements, not tasks; 一、活动时间 is a section (" + GOALS + ")",
            "the duty: the activity report to 市教育局思政科 by 4月18日; the year is masked (「20x年」), so it is not normalised",
            "「20x年4月13日至4月18日」 is the activity window (one period, no named phases): no phases; 第x个, 七五 are "
            "names: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x38_05_xian-weirao-xiangzhen-jihua-shengyu-gaige-jihua.txt",
     title="围绕乡镇计划生育改革计划",
     title_note="lines 1 and 7 (the site's title; the text itself is a county's plan 「为全县人口与经济社会发展…」, whose own "
                "title is not on the page)",
     doc_no="", issuer="a county (「全县总人口控制在48万以内」, 「争创省级优质服务先进县」; not named)",
     date="(not on the page; 「三个代表」 and 全面建设小康社会: the 2000s; the site's date 2022-07-09)",
     level="county (not named)",
     source=page_source("https://gwyoo.com/article/shuzhibaogao/jhgh/jhsygzjh/201107/449841.html"),
     style="a writing-service site: title, time line, a 导语 disclaimer, title again, 一、总体工作思路 (a paragraph), "
           "二、主要工作目标 (one paragraph of RATE GOALS: 10‰, 5‰, 95%, 85%, 70%, 1.2), 三、重点工作及推进措施 / 「1、提高优质"
           "服务质量,…。」 run on into 「一要…二要…三要…四要…」 prose enumerations (cut; the site's words 「资料来源于」 break "
           "into the last sentence)",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、总体工作思路", "二、主要工作目标"],
     samples=[
        S(["三", "1"], [], [], targets=[(70, "%"), (20, "%")],
          note=CUT + "; " + PROSE + " (各乡(镇) is a kind of body); 「一要…四要」 are prose enumerations, not items; targets: "
               "基本生殖保健服务接受率 70%, 男性生殖保健开展率 20%; 「三零」 is a slogan; no date"),
     ],
     plan_targets=[{"number": 48, "unit": "万"}, {"number": 10, "unit": "‰"}, {"number": 5, "unit": "‰"},
                   {"number": 95, "unit": "%"}, {"number": 85, "unit": "%"}, {"number": 70, "unit": "%"}],
     phases=[], duties=[],
     notes=["1 leaf on the page: 三/1 (cut); 0 without it; 一、 and 二、 are sections with no numbered children (" + GOALS + ")",
            "plan targets in 二、主要工作目标: 总人口 48万 (以内), 出生率 10‰, 自然增长率 5‰, 符合政策率 95%, 脱贫率 85%, 生殖保健"
            "服务接受率 70%; 「总和生育率控制在1.2左右」 is a ratio without a unit: not asked; 「年末」 is the plan year's end "
            "(year not on the page): no duty, not a task's deadline"])

# ---------------------------------------------------------------------------------------------------------
plan("x38_06_xiangzhen-jisheng-gongzuo-jihua-huibian.txt",
     title="乡镇计生工作计划",
     title_note="the plan's own title is inside line 2 after the shop's 「第 12 页 共 12 页 下载后可任意编辑」; line 1 is the "
                "compilation's name 「乡镇计生工作计划与乡镇计生管理的工作计划汇编」 (not the plan's)",
     doc_no="", issuer="a town (「全镇」, 「镇级财政」; not named)",
     date="(not on the page; 「稳妥启动“单独两孩”政策」 places it in 2014)", level="town (not named)",
     source=page_source("http://upload.mayiwenku.com/p-54781606.html"),
     style="a document shop's flattened text: the compilation's name, then ONE LINE holding the shop's repeated "
           "「下载后可任意编辑」, the title and the whole plan with every number INSIDE THE LINE (「一、目标任务 (一)总体思路 … "
           "(二)主要目标 … 二、工作重点 (一)加强宣传教育… 1.稳妥启动…」); goals numbered ①–⑥ and one bare 「7」; slogans "
           "「三项制度」「三大服务」; cut after 「仔细贯」",
     leaf_tasks=3, count_alternatives=[0, 1, 2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[{"number": 15.0, "unit": "‰"}, {"number": 8, "unit": "‰"}, {"number": 84.6, "unit": "%"},
                   {"number": 2.4, "unit": "%"}, {"number": 90, "unit": "%"}, {"number": 100, "unit": "%"},
                   {"number": 95, "unit": "%"}, {"number": 80, "unit": "%"}, {"number": 8.5, "unit": "元"}],
     phases=[], duties=[],
     notes=["3 leaves by reading: 一/(一) and 一/(二) (a way of working and goals: 0 accepted for them) and 二/(一)/1 (cut "
            "after its first sentence 「稳妥启动“单独两孩”政策。仔细贯」); the numbers stand inside one line, not at line "
            "starts; not sampled (the only work item is cut after its heading)",
            "①–⑥ and 「7镇级财政…」 are goals inside 一/(二), not items",
            "plan targets in 一/(二): 出生率 15.0‰, 自然增长率 8‰, 政策符合率 84.6%, 政策外多孩率 2.4%, 满意率 90%, 兑现率 100%, "
            "统计准确率 95%, 孕检覆盖率 80%, 经费人均 8.5元; 「第 12 页 共 12 页」 is the shop's page count; 三项/三大/五大/六项 "
            "are slogans: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x38_07_qinan-2021-quanmin-yuedu-huodong-shishi-fangan.txt",
     title="2021年秦安县全民阅读活动实施方案（中共秦安县委宣传部 秦安县文体广电和旅游局关于印发《2021年秦安县全民阅读活动实施方案》的通知）",
     title_note="the plan's title on line 26 (after two blanks of indent); the notice's title on lines 9 and 15 (line 9 "
                "with blanks inside the book-title marks 「全民阅读   活动实施方案」)",
     doc_no="", issuer="中共秦安县委宣传部, 秦安县文体广电和旅游局 (Gansu, 天水市秦安县)",
     date="2021-03-09", level="county (Gansu, 秦安县)",
     source=page_source("https://www.qinan.gov.cn/info/11102/386211.htm"),
     style="a county government site: language/accessibility links, search labels, the notice's title broken by blanks, a "
           "发布机构/索引号/时间 line with 【下载Word】 links, the notice (addressees 各镇人民政府,县直宣传文化系统各单位), two "
           "issuers and the date on separate lines, the plan with two-blank indents; 一、活动主题 and 二、活动时间 (one line "
           "each), 三、活动内容及时间安排 / (一) an activity with a 「时 间:2021年全年」 line and a 「主办单位:」 LABEL cut "
           "before its value",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "(一)"], [], [], dl="2021年全年", skip_deadline=True,
          note=CUT + " (right after the label 「主办单位:」, whose value is not on the page): no unit on the page — lead = [], "
                     "responsible = [] (秦安县图书馆 is the owner of the website used, not a unit given the work); "
                     "「时 间:2021年全年」 is the activity's span, not a deadline (a reader might take 2021 as its end): "
                     "not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一) (cut); 0 without it; 一、 and 二、 are one-line sections (" + GOALS + ")",
            "「2021年3月中旬至12月」 is the campaign's span: no phases; 建党100周年 is a name: no target; 索引号 is a number "
            "of the site: no target"])

# ---------------------------------------------------------------------------------------------------------
plan("x38_08_qu-20xx-shuxiang-quanmin-yuedu-shishi-fangan.txt",
     title="全民阅读实施方案",
     title_note="lines 3 and 7 (the site's heading; 「(通用5篇)」 and 「 篇1」 are the collection's labels, dropped); the text "
                "calls itself 「“书香”──20xx全民阅读活动方案」",
     doc_no="", issuer="a district (「我区」, 区委宣传部(区文体旅游局); 「xx市」 — media 珠江商报: Guangdong; names masked)",
     date="(years masked 「20xx」; the site's date 2025-04-05)", level="district (Guangdong; not named)",
     source=page_source("https://ee001.com/fangan/321496.html"),
     style="an essay site: breadcrumb, heading, date, 「篇1」, two-blank indents; 一、活动目的 … 四、组织架构 (one paragraph "
           "each; 四、 lists the organisers after a label that lost its first character 「办单位:」), 五、活动安排 / (一)(二) "
           "each with a LABELLED UNIT LIST 「(责任单位:…)」 right after its heading, then 时间:/地点:/内容: lines; (二) cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、活动目的", "二、活动主题", "三、活动时间", "四、组织架构"],
     samples=[
        S(["五", "(一)"], [], ["区委宣传部(区文体旅游局)", "区直属机关党工委", "区教育局", "区总工会", "团区委", "区妇联",
                               "区文明办", "区图书馆", "xx镇宣传文体办"],
          dl="4月22日", skip_deadline=True,
          note="「(责任单位:区委宣传部(区文体旅游局)、…、xx镇宣传文体办)」: nine responsible units, no lead named (the "
               "label is 责任单位; the first unit as lead is a reading the answers do not take); 区委宣传部 keeps its "
               "bracketed second name; 「时间:4月22日」 is the day of the launch; " + MASKED + "; 地点 xx镇文化中心 is a place"),
        S(["五", "(二)"], [], ["区委宣传部", "xx城市网"],
          note=CUT + "; 「(责任单位:区委宣传部、xx城市网)」: two responsible units, no lead; 「时间:4月——12月」 is a span, "
                     "not a deadline"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 五/(一), 五/(二) (cut); 1 without the cut item; 一、–四、 are sections (" + GOALS + ")",
            "四、组织架构 lists organisers (区委宣传部 …新华书店) and media (珠江商报 …): not a task's units",
            "「20xx年4月—12月」 (三、活动时间) is the campaign's span: no phases"])

# ---------------------------------------------------------------------------------------------------------
plan("x38_09_anning-taipingxincheng-jiedao-2023-diwuci-jingji-pucha-shishi-fangan.txt",
     title="太平新城街道办事处第五次全国经济普查实施方案（安宁市人民政府太平新城街道办事处关于印发《太平新城街道办事处第五次全国经济普查实施方案》的通知）",
     title_note="the plan's title on line 8; the notice's title on line 1",
     doc_no="太新办发〔2023〕31号", issuer="安宁市人民政府太平新城街道办事处 (Yunnan, 昆明市安宁市)",
     date="2023-07-28", level="street (Yunnan, 安宁市太平新城街道)",
     source=page_source("http://www.kman.gov.cn/c/2023-07-28/6689600.shtml"),
     style="a city government site's notice: title, number, addressees, one sentence, issuer, date, 「(此件公开发布)」, the "
           "plan's title, preamble, 一、普查目的 (one paragraph), 二、领导小组 with NAMED PERSONS and posts in brackets "
           "(「组 长:葛 静(…)」, blanks inside labels and names) (cut in the member list)",
     leaf_tasks=0, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、普查目的", "二、领导小组"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、普查目的 and 二、领导小组 are sections without numbered children (" + GOALS + ")",
            "the leading group lists persons and their posts: no units; 安政发(2023)3号 and 太新办发〔2023〕31号 are document "
            "numbers: no targets; 2023年7月28日 is the notice's date"])

# ---------------------------------------------------------------------------------------------------------
plan("x38_10_xianning-2023-zuohao-diwuci-quanguo-jingji-pucha-gongzuo-tongzhi.txt",
     title_note=NO_TITLE + " (the stored page starts at the addressees; by its words 咸宁市人民政府's notice on doing the "
                           "第五次全国经济普查 well: 「切实做好我市第五次全国经济普查工作,现将有关事项通知如下」)",
     doc_no="", issuer="咸宁市人民政府 (Hubei; addressees 各县、市、区人民政府,市政府各部门,咸宁高新区管委会; the page is under "
                       "xxgk/zc/zfwj/xzf — the city government's documents)",
     date="(not on the page; the address holds 202306 and it applies 鄂政发〔2023〕5号)", level="city (Hubei, 咸宁)",
     source=page_source("http://xianning.gov.cn/xxgk/zc/zfwj/xzf/202306/t20230621_3130775.shtml"),
     style="a city government's notice without its title: addressees, a preamble with two document numbers, 一、普查目标任务, "
           "二、普查对象范围 (a long list of sectors after 「具体范围包括:」), 三、普查内容时间 (cut) — sections of prose",
     leaf_tasks=0, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、普查目标任务", "二、普查对象范围", "三、普查内容时间"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no numbered task on the page: 一、–三、 are prose sections without numbered children (" + GOALS + "; a reader "
            "may count 三、 as cut work; 0 is the answer)",
            "国发〔2022〕22号, 鄂政发〔2023〕5号 are document numbers; 第一个百年, 第二个百年 are names: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x38_11_xian-2015-quanmin-guofang-jiaoyu-gongzuo-shishi-fangan.txt",
     title_note=NO_TITLE + ": the site's heading 「2019年办公室全民国防教育日实施方案」 does not match the text, which is a "
                           "county's 2015 plan issued with 《XX县2015年全民国防教育工作的安排意见》 (「现制定实施方案如下」)",
     doc_no="", issuer="a county (「XX县」, 「经县委、县政府分管国防教育工作的领导同意」; name and province masked)",
     date="(2015 from the text; the site's date 2023-09-16)", level="county (masked 「XX县」)",
     source=page_source("http://m.creditsailing.com/HuoDongFangAn/701603.html"),
     style="an essay site: a category word, a heading that DISAGREES with the text (2019/办公室 vs a county's 2015 plan), a "
           "date line, a forwarding preamble (「现将《…安排意见》印发给你们…现制定实施方案如下」), 一、总体要求 with five RATE "
           "GOALS in quotation marks (95%/80%/70%/60%/85%), 二、主要工作措施 / (一) a heading and a paragraph / 「1.突出各级"
           "领导干部这个重点。…」 (cut)",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "(一)", "1"], [], [],
          note=CUT + "; " + PROSE + "; 《2013-2017年全国干部教育培训规划》 is a document's name: no deadline, no target"),
     ],
     plan_targets=[{"number": 95, "unit": "%"}, {"number": 80, "unit": "%"}, {"number": 70, "unit": "%"},
                   {"number": 60, "unit": "%"}, {"number": 85, "unit": "%"}],
     phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一)/1 (cut); 0 without it; 一、总体要求 is a section (" + GOALS + ")",
            "plan targets in 一、总体要求: 国防教育普及率 95% (党政机关和学校), 80% (事业单位、国有大中型企业), 70% (民营骨干企业), "
            "60% (农村), 85% (社区); 「六进」 is a slogan"])

# ---------------------------------------------------------------------------------------------------------
plan("x38_12_huangquqiao-zhen-2016-guofang-jiaoyu-gongzuo-shishi-fangan.txt",
     title="2016年全民国防教育工作实施方案",
     title_note="line 5 without the collection's label 「精选十篇」 (line 1 is the collection 「全民国防教育日工作实施方案精选十篇」); "
                "the text calls itself 「黄渠桥镇国防教育工作实施方案」",
     doc_no="", issuer="黄渠桥镇 (Ningxia, 石嘴山市平罗县: 「按照区、市、县…要求」, 「全区宣传工作会议」 — 区 is the autonomous region)",
     date="(2016 from the heading; the site's date 2018-08-03)", level="town (Ningxia, 平罗县黄渠桥镇)",
     source=page_source("http://m.78911.com.cn/HuoDongFangAn/636509.html"),
     style="an essay site: the collection's heading, 「活动方案2018-08-03三水老师」, the piece's heading, preamble, "
           "一、指导思想 (one paragraph), 二、健全组织,完善机制 (one paragraph: a leading group with NAMED PERSONS run into the "
           "prose 「组长:马志明(镇党委书记)副组长:…成员:…」, and work for 各村) (cut)",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、健全组织,完善机制"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no numbered task on the page: 一、指导思想 is a section (" + GOALS + "); 二、健全组织,完善机制 has no numbered "
            "children either — a leading group and prose duties (「定期召开工作会议」, 「各村要…加强…沟通协作」); 1 accepted "
            "if 二、 is read as one task (it gives work, unlike a leading-group list)",
            "马志明, 杨洪军, 马学成 … are persons: no units; 「双拥共建、民兵预备役、征兵、人民防空」 are kinds of work"])

write_collected(DIR)
