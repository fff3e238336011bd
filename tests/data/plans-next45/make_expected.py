# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next45/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by corpus45; page openings of plans from outside Shanghai whose tasks
and units already appear on the page, in fields no earlier set has: 法治政府建设, 清理拖欠中小企业账款, 社会信用体系,
脱贫攻坚 考核问题整改 / 巩固脱贫成果“回头看”, 老龄事业, 数字政府, 质量振兴, 中医药强区, 粮食安全责任制, 以旧换新):
never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``
/ ``at_in`` of ../plans/expected_tools.py); every answer was written here by reading the texts. Neither the parser nor
the scorer was run on these plans by corpus45: the lead scores them once.

    python tests/data/plans-next45/make_expected.py tests/data/plans-next45
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
     CUT,  # noqa: E402
     ONE,
     S,
    align30,
     at_in,
     page_source,
     plan,
     write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

CUT_LABEL = CUT + " before its unit label: lead = [], responsible = [] (the labels of its neighbours are not carried over)"
GOALS = ("a section of aims, principles or requirements (指导思想/工作目标/总体要求) with no numbered children: no task")
LEAD_LABEL = "「牵头单位:」 (or 「…牵头负责」) names the lead; the other labelled units are responsible, the lead listed with them"
RESP_ONLY = "a labelled list of units with no lead named: lead = [], responsible = the list as printed (等 dropped)"

F01 = "x45_01_xiping-2020-fazhi-zhengfu-jianshe-gongzuo-anpai.txt"
F02 = "x45_02_zhongyang-2016-jiakuai-tuijin-fazhi-zhengfu-jianshe-shishi-yijian.txt"
F03 = "x45_03_jiulongpo-2023-fangfan-huajie-tuoqian-zhongxiao-qiye-zhangkuan-gongzuo-fangan.txt"
F04 = "x45_04_dean-2015-shehui-xinyong-tixi-jianshe-renwu-fengong-fangan.txt"
F05 = "x45_05_shejian-xiang-2018-tuopin-gongjian-chengxiao-kaohe-fankui-wenti-zhenggai-shishi-fangan.txt"
F06 = "x45_06_qijia-zhen-gonggu-tuopin-chengguo-huitoukan-gongzuo-fangan.txt"
F07 = "x45_07_yuanmou-2020-jiakuai-laoling-shiye-fazhan-shishi-fangan.txt"
F08 = "x45_08_weihai-2023-shuzi-weihai-jianshe-gongzuo-yaodian.txt"
F09 = "x45_09_zhangye-2011-tuijin-zhiliang-zhenxing-gongzuo-fangan.txt"
F10 = "x45_10_pengshan-zhongyiyao-qiangqu-jianshe-zhongdian-renwu.txt"
F11 = "x45_11_longcheng-2022-luoshi-liangshi-anquan-shengzhang-zerenzhi-gongzuo-fangan.txt"
F12 = "x45_12_chengdu-2024-dagumo-shebei-gengxin-xiaofeipin-yijiuhuanxin-xingdong-fangan.txt"

# ---------------------------------------------------------------------------------------------------------
plan(F01,
     title="西平县2020年度法治政府建设工作安排（关于印发西平县2020年度法治政府建设工作安排的通知）",
     title_note="the plan's own title is line 8; the notice title runs over lines 3–4; either is accepted",
     doc_no="西政办〔2020〕20号", issuer="西平县人民政府办公室", date="2020-07-08", level="county (Henan, 西平县)",
     source=page_source("http://xiping.gov.cn/portal/zwgk/zfwj/xzb/xzbelel/webinfo/2020/09/1606553978297842.htm"),
     style="number, issuer and a two-line notice title; notice; plan title; preamble; 一、 (一)(二), each item followed by "
           "a line 「责任单位:…」 that ends in the phrase 「,乡镇人民政府按职责分工分别负责。」; (二) cut before its label",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["县政府办公室", "县司法局", "各有关部门", "乡镇人民政府"],
          note="the line after the item: 「责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责。」 — "
               + RESP_ONLY + "; 按职责分工分别负责 is a phrase, not part of a unit (plans-dev 01); 各有关部门 and "
               "乡镇人民政府 are kept as the label lists them (group names in a labelled list, as plans-dev 02's 各有关省级人民政府); "
               "no date"),
        S(["一", "(二)"], [], [], note=CUT_LABEL + "; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一), 一/(二) (cut); 1 without the cut item",
            "2020 / 「十三五」 are years and names; no targets, no phases, no reporting duties on the page"])

# ---------------------------------------------------------------------------------------------------------
plan(F02,
     title="关于加快推进法治政府建设的实施意见",
     title_note="line 3, the page's heading of the county government's 实施意见",
     doc_no="", issuer="中阳县人民政府 (「中阳县政府」, 「结合我县实际」)", date="2016-03-21 (the page's date)",
     level="county (Shanxi, 中阳县)",
     source=page_source("http://sxzhongyang.gov.cn/zyxzw/zwgk/zfwj/201805/t20180522_564659.shtml"),
     style="breadcrumb, title, site line, addressees, preamble (晋政发〔2015〕4号), 一、指导思想和工作目标 (a section), 二、 a "
           "prose paragraph then 1. 2., each item followed by SEPARATE LINES 「牵头单位:…」 and 「配合单位:…」; 2. cut; two-blank "
           "indents",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想和工作目标"],
     samples=[
        S(["二", "1"], ["县政府办", "县编办", "县政府法制办"],
          ["县政府办", "县编办", "县政府法制办", "县政府各有关部门"],
          note=LEAD_LABEL + ": 「牵头单位:县政府办、县编办、县政府法制办」 (three leads) and 「配合单位:县政府各有关部门」 (a group "
               "name kept whole); the labels stand on their own lines after the item; no date"),
        S(["二", "2"], [], [], note=CUT_LABEL + "; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/1, 二/2 (cut); 1 without the cut item; 一、 is a section (" + GOALS + "); 二、's "
            "opening paragraph (「各乡镇和县直单位要…」) is the section's lead-in, not an item",
            "十八大/三中/四中 and 晋政发〔2015〕4号 are names and a document number: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan(F03,
     title="九龙坡区进一步防范和化解拖欠中小企业账款工作方案",
     title_note="lines 6–7 (the title runs over two lines)",
     doc_no="", issuer="重庆市九龙坡区人民政府办公室 (「发布单位」)", date="2023-06-19 (发布时间)",
     level="district (Chongqing, 九龙坡区)",
     source=page_source("https://dzgx.cqsmartpark.cn/announce/show.php?itemid=2899"),
     style="a park site's four chrome words (采购/产品/供应/企业), a 发布时间/发布单位 line, title over two lines, preamble "
           "(工信厅企业函〔2023〕123号, 渝府办发〔2023〕39号), 一、总体要求 (a section), 二、工作任务 (一) 1.排查范围 2.报送程序 "
           "(run-in headings); 2. gives the work in the form 「由各相关单位负责,将…反馈至区民营经济局汇总」 and is cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "(一)", "1"], [], [],
          note="「排查范围」: the scope of the 摸排 (拖欠 as of 2023年3月31日, a cut-off date of the scope, not a deadline); no "
               "unit named for it: lead = [], responsible = []; 1265家企业 is the count of firms a city survey found — a "
               "past figure, not a target",
          not_targets=[(1265, "家")]),
        S(["二", "(一)", "2"], [], [],
          note="「由各相关单位负责,将全面摸排清理情况及时反馈至区民营经济局汇总」: 各相关单位 is a category (the units that owe "
               "money), not a named unit, and 区民营经济局 RECEIVES the returns: lead = [], responsible = [] (as plans-next43 reads "
               "recipients of reports); " + CUT + "; no date"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "全面摸排清理情况反馈至区民营经济局汇总", "when": "及时", "when_norm": None}],
     notes=["2 leaves on the page: 二/(一)/1, 二/(一)/2 (cut); 1 without the cut item; 一、 is a section (" + GOALS + ")",
            "2023年3月31日 bounds the debts to be found (截至…), not a deadline; 123号/39号 are document numbers",
            "the duty: returns to 区民营经济局 (及时, no date)"])

# ---------------------------------------------------------------------------------------------------------
plan(F04,
     title="德安县社会信用体系建设(2015—2020年)任务分工方案",
     title_note="line 1",
     doc_no="", issuer="德安县 (the county's 社会信用 site; the issuing office is not on the page)",
     date="(not on the page: the plan period is 2015—2020; 赣办字〔2015〕19号 is cited; the page's address is of 2018-02)",
     level="county (Jiangxi, 九江市德安县)",
     source=page_source("http://da.credit.jiujiang.gov.cn/zcfg_286/pzzc/201802/t20180221_3196655.html"),
     style="a 任务分工方案 whose title is the first line; preamble; 一、 (一) 1.–4., (二) 5.–6. (the 1.–6. run on across (一)(二)); "
           "each item ends with a bracket 「(A、B、C牵头负责)」 (several leads) or 「(X负责)」/「(A、B负责)」 (no lead named); 6. cut",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], ["县政府法制办", "人行德安分行", "县发改委"], ["县政府法制办", "人行德安分行", "县发改委"],
          note="「(县政府法制办、人行德安分行、县发改委牵头负责)」: all three lead (牵头负责), and they are the item's responsible "
               "units; no date"),
        S(["一", "(一)", "2"], [], ["人行德安分行"], lead_alternatives=[["人行德安分行"]],
          note="「(人行德安分行负责)」: " + ONE + "; no date"),
        S(["一", "(一)", "3"], [], ["县直有关部门", "各乡镇场"],
          note="「(县直有关部门、各乡镇场负责)」: " + RESP_ONLY + " (two group names; 各乡(镇、场) in the text is the same "
               "group); no date"),
        S(["一", "(一)", "4"], ["人行德安分行", "县发改委"], ["人行德安分行", "县发改委"],
          note="「(人行德安分行、县发改委牵头负责)」: both lead; no date"),
        S(["一", "(二)", "5"], ["县政府信息办", "人行德安分行", "县市监局", "县发改委"],
          ["县政府信息办", "人行德安分行", "县市监局", "县发改委"],
          note="「(县政府信息办、人行德安分行、县市监局、县发改委牵头负责)」: four leads; the numbers run on (5. under (二)); "
               "no date"),
        S(["一", "(二)", "6"], [], [], note=CUT_LABEL + "; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves on the page: 一/(一)/1–4, 一/(二)/5–6 (6 cut); 5 without the cut item",
            "2015—2020 / 2014—2020 are plan periods in titles, 47号/19号 document numbers: no targets, no deadlines"])

# ---------------------------------------------------------------------------------------------------------
plan(F05,
     title_note="NOT CHECKED: the page starts at the preamble and does not show the plan's title; the same document on "
                "cnzh.gov.cn's 政府信息公开 page is titled 「2017年度脱贫攻坚成效考核反馈问题整改实施方案」 (issuer 广元市昭化区"
                "射箭乡人民政府, 2018-09-05)",
     doc_no="", issuer="广元市昭化区射箭乡人民政府 (from the same document's other page; this page shows no issuer)",
     date="2018-09 (the page's address 20180913; the other page 2018-09-05)", level="township (Sichuan, 昭化区射箭乡)",
     source=page_source("https://cnzh.gov.cn/News/Detail/20180913162918062.html"),
     style="no title; a preamble citing 川委厅〔2018〕29 号 (blank before 号), 一、整改内容 1.专项整改问题 (1) … (2)住房安全方面。 ① "
           "…; each problem ends with 「(牵头单位:X;责任单位:各村支部)」 and is followed by a paragraph 「整改措施:…」; ① cut in its "
           "measures; stray blanks inside words (「搬 迁」)",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1", "(1)"], ["扶贫办"], ["扶贫办", "各村支部"],
          note=LEAD_LABEL + ": 「(牵头单位:扶贫办;责任单位:各村支部)」 — the problem line carries the labels, its 「整改措施:」 "
               "paragraph (the next line) belongs to the same item; no date"),
        S(["一", "1", "(2)", "①"], ["扶贫办", "村建所"], ["扶贫办", "村建所", "各村支部"], **at(F05, "①"),
          note=LEAD_LABEL + ": 「(牵头单位:扶贫办、村建所;责任单位:各村支部)」 (two leads); (2)住房安全方面。 is a heading "
               "whose only child on the page is ①; " + CUT + " (in its 整改措施); no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/1/(1) and 一/1/(2)/① (① cut in its measures); 1 without ①; 3 if (2) is counted as well",
            "2017 年 / 29 号 are a year and a document number; no targets, dates or duties on the page"])

# ---------------------------------------------------------------------------------------------------------
plan(F06,
     title="七家镇开展巩固脱贫成果“回头看”的工作方案",
     title_note="lines 1–2 (the title runs over two lines)",
     doc_no="", issuer="七家镇 (the town; 「结合我镇实际」)", date="(not on the page; after the 巩固拓展脱贫攻坚成果 policy of 2021)",
     level="town (七家镇; province not on the page)",
     source=page_source("https://www.shouyouha.com/279316.html"),
     style="title over two lines; preamble; 一、总体要求 (a section); 二、重点任务 opens with 「由县巩固拓展脱贫攻坚成果领导小组"
           "牵头,各乡镇(街道)领导小组、县领导小组各成员单位组织实施,…全面开展巩固脱贫成果“回头看”工作」 — a lead named once "
           "for the WHOLE section — then (一)责任落实情况 with 1、 (cut)",
     leaf_tasks=1, count_alternatives=[0, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "(一)", "1"], [], [], lead_alternatives=[["县巩固拓展脱贫攻坚成果领导小组"]],
          note="「党委政府主体责任」: the item names no unit; the section's lead-in names 县巩固拓展脱贫攻坚成果领导小组 as lead "
               "(牵头) for the whole 重点任务 with 各乡镇(街道)领导小组、县领导小组各成员单位 implementing: lead = [] and responsible "
               "= [] for the item, the section's lead carried down is accepted as lead (as plans-dev 10's plan-level lead); "
               + CUT + "; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一)/1 (cut); 0 without it; 2 if (一) is counted too (its heading sentence 「重点排查…」 "
            "carries work); 一、 is a section (" + GOALS + ")",
            "「4方面」, 「两不愁三保障」, 「四个不摘」 are names and counts of headings: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan(F07,
     title="元谋县人民政府关于进一步加快老龄事业发展的实施方案",
     title_note="line 5, the page's heading",
     doc_no="元政发〔2020〕6号", issuer="元谋县人民政府", date="2020-08-12 (成文日期; 发文 2020-08-13)",
     level="county (Yunnan, 楚雄州元谋县)",
     source=page_source("http://yncxym.gov.cn/info/egovinfo/1007/overt_centent/11532328015177503N-/2020-0813006.htm"),
     style="gov page chrome (无障碍浏览/长者模式), title, ONE LINE of 索引号/公文目录/发文日期/文号/成文日期/发布机构, addressees, "
           "preamble, 一、 (一)(二)(三); each item ends 「(牵头单位:X,责任单位:A、B、各乡镇人民政府)」 and holds a dated rate goal "
           "「到2020年,…达到90%」; (三) cut",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["县人力资源和社会保障局"],
          ["县人力资源和社会保障局", "县财政局", "县卫生健康局", "各乡镇人民政府"],
          targets=[(90, "%")], dl="到2020年", dln="2020",
          note=LEAD_LABEL + ": 「(牵头单位:县人力资源和社会保障局,责任单位:县财政局、县卫生健康局、各乡镇人民政府)」; "
               "「到2020年,城镇职工和城乡居民基本养老保险参保率达到90%」: the item's target and date"),
        S(["一", "(二)"], ["县医疗保障局"],
          ["县医疗保障局", "县卫生健康局", "楚雄银保监分局元谋监管组", "各乡镇人民政府"],
          targets=[(95, "%")], dl="到2020年", dln="2020",
          note=LEAD_LABEL + "; 楚雄银保监分局元谋监管组 is one body (kept whole); 「…参保率稳定在95%以上」 the target"),
        S(["一", "(三)"], [], [], note=CUT_LABEL + "; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 一/(一)–(三) ((三) cut); 2 without the cut item",
            "42号/19号/6号 are document numbers, 11532328015177503N-/2020-0813006 an index number: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan(F08,
     title="数字威海建设2023年工作要点（威海市人民政府办公室关于印发数字威海建设2023年工作要点的通知）",
     title_note="the plan's title is lines 1 and 18; the notice title is line 4; either is accepted",
     doc_no="", issuer="威海市人民政府办公室", date="2023-08-19", level="city (Shandong, 威海市)",
     source=page_source("http://www.e-gov.org.cn/article-186199.html"),
     style="a reprint on 电子政务网: plan title, 来源 line, notice title, addressees, notice, signature and date, plan title "
           "again, preamble, 一、 (一) 1. 2. (four levels); 1. ends with 「(牵头单位:市行政审批服务局;责任单位:市直有关部门、"
           "单位,各区市政府、开发区管委。以下任务均需各区市政府、开发区管委落实,不再一一列出)」 — a 下同 rule for the later "
           "tasks; 2. cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], ["市行政审批服务局"],
          ["市行政审批服务局", "市直有关部门、单位", "各区市政府", "开发区管委"],
          dl="年底前", dln="2023-12",
          not_targets=[(24, "小时")],
          note=LEAD_LABEL + "; 「市直有关部门、单位」 is one group (市直有关部门和单位) and is kept whole — splitting it leaves a bare "
               "「单位」; the bracket's last sentence is a rule, not a unit; 「年底前基本实现…」: the year is the plan's (2023, "
               "title) — resolved as EXPECTED.md asks; 「24小时不打烊」 is a name, not a target"),
        S(["一", "(一)", "2"], [], ["各区市政府", "开发区管委"],
          note=CUT + " before its own label; by the rule stated under 1. (「以下任务均需各区市政府、开发区管委落实,不再一一列出」) "
               "各区市政府 and 开发区管委 are units of every later task: lead = [], responsible = those two; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一)/1, 一/(一)/2 (cut); 1 without the cut item",
            "15号/10号 are document numbers; 「双全双百」, 「一次办好」, 「进一个网、办全市事」 are names"])

# ---------------------------------------------------------------------------------------------------------
plan(F09,
     title="张掖市推进质量振兴工作方案",
     title_note="line 6 (the notice shows no title line of its own)",
     doc_no="张政办发〔2011〕187号", issuer="张掖市人民政府办公室", date="2011-06-28 (二〇一一年六月二十八日)",
     level="city (Gansu, 张掖市)",
     source=page_source("https://www.zhangye.gov.cn/zyszfxxgk/fdzdgknr_5657/qtfdzdgknr/zfgb/zfgb2011/2011_07/2011_02/202411/t20241118_1317315.html"),
     style="breadcrumb (政府公报 2011年第7期), number, addressees, notice, date in Chinese numerals, title, preamble, 一、主要任务 "
           "(一)–(三), each ending 「(牵头单位:…)」 with only a lead named; (三) cut with a dated target 「到2015年,争取引进3-5个"
           "中国名牌产品,新增10个甘肃名牌产品、2」",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["各县区政府"], ["各县区政府"],
          note="「(牵头单位:各县区政府)」: a lead label naming the county/district governments as a group; no date"),
        S(["一", "(二)"], ["市质监局", "各县区政府"], ["市质监局", "各县区政府"],
          note="「(牵头单位:市质监局,各县区政府)」: two leads; 市推进质量振兴工作领导小组 (另行制定 the award rules) is a prose "
               "subject, not a label; no date"),
        S(["一", "(三)"], [], [], targets=[("3-5", "个"), (10, "个")], dl="到2015年", dln="2015",
          note=CUT_LABEL + "; 「到2015年,争取引进3-5个中国名牌产品,新增10个甘肃名牌产品」: targets (a range kept as a string) "
               "and the date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 一/(一)–(三) ((三) cut); 2 without the cut item",
            "58号/123号/187号 are document numbers; 2011 the year"])

# ---------------------------------------------------------------------------------------------------------
P10 = "a bracket 「(责任单位:…等)」 at the item's end: " + RESP_ONLY + "; no date"
plan(F10,
     title_note="NOT CHECKED: the page is an aggregator's digest starting at 「二、重点任务」; the plan's title is not on it "
                "(彭山区's 中医药强区 plan)",
     doc_no="", issuer="眉山市彭山区 (「区政府成立…彭山区推进中医药强区建设工作领导小组」; the issuing office is not named)",
     date="(not on the page)", level="district (Sichuan, 眉山市彭山区)",
     source=page_source("https://chacewang.com/newsdetail/news60635.html"),
     style="a policy aggregator's digest on ONE LINE: 二、重点任务 with group headings (一)(二)(五)(六)(七) run into items 1. 2. 4. "
           "5. 6. 7. 10. 13. 15. 16. — the other items and groups are LEFT OUT by the digest — each item shortened to its first "
           "clause and ending 「,(责任单位:…等)」; then 三、组织实施 (a leading group to 统筹 and 考核)",
     leaf_tasks=10, count_alternatives=[11], attachment_task_rows=0, childless_top_level_sections=["三、组织实施"],
     samples=[
        S(["二", "(一)", "1"], [], ["区卫生健康局", "区财政局"], **at(F10, "行动1."), note=P10),
        S(["二", "(一)", "2"], [], ["区卫生健康局", "区发展改革局", "区财政局", "区农业农村局", "区文广旅局", "区市场监管局"],
          **at(F10, "2.政府", skip=-2), note=P10),
        S(["二", "(一)", "4"], [], ["区卫生健康局", "区委宣传部", "区市场监管局"], **at(F10, "4.推进", skip=-2),
          note=P10 + "; item 3 is missing from the digest (the numbers jump 2 → 4)"),
        S(["二", "(二)", "5"], [], ["区卫生健康局", "区农业农村局", "区文广旅局"], **at(F10, "5.打造", skip=-2), note=P10),
        S(["二", "(二)", "6"], [], ["区卫生健康局", "区财政局"], **at(F10, "6.建设", skip=-2), note=P10),
        S(["二", "(二)", "7"], [], ["区卫生健康局", "区发展改革局", "区财政局"], **at(F10, "7.推进", skip=-2), note=P10),
        S(["二", "(五)", "10"], [], ["区文广旅局", "区卫健局"], **at(F10, "10.中医药", skip=-3),
          note=P10 + "; groups (三)(四) and items 8.–9. are missing from the digest; 区卫健局 is written short here"),
        S(["二", "(六)", "13"], [], ["区文广旅局", "区委宣传部", "区卫生健康局"], **at(F10, "13.推动", skip=-2), note=P10),
        S(["二", "(七)", "15"], [], ["区卫生健康局", "区委组织部", "区财政局", "区人社局", "区医疗保障局"],
          **at(F10, "15.加强", skip=-2), note=P10),
        S(["二", "(七)", "16"], [], ["区卫生健康局", "区人社局"], **at(F10, "16.加强", skip=-2), note=P10),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves on the page (1. 2. 4. 5. 6. 7. 10. 13. 15. 16.); 11 with 三、组织实施 counted (it gives the leading group "
            "the 统筹 and 考核); the digest leaves out items 3, 8, 9, 11, 12, 14 and groups (三)(四)",
            "every item's units are in a bracket after its first clause; none names a lead; no dates, no figures"])

# ---------------------------------------------------------------------------------------------------------
plan(F11,
     title="龙城区人民政府落实粮食安全省长责任制工作方案（关于印发龙城区人民政府落实粮食安全省长责任制工作方案的通知）",
     title_note="the plan's title is line 24, the notice title line 2; either is accepted",
     doc_no="朝龙政办发〔2022〕2号", issuer="朝阳市龙城区人民政府办公室", date="2022-03-30 (written 「2022330」)",
     level="district (Liaoning, 朝阳市龙城区)",
     source=page_source("http://www.cylc.gov.cn/html/LCQZF/202203/0165352750840569.html"),
     style="number, notice title, addressees, notice, lines holding a single blank, signature, date with its digits run "
           "together (「2022330」), plan title, preamble (辽政〔2015〕45号), 一、 (一)(二): each item's text (two paragraphs "
           "in (一), one indented by four blanks) is followed by a line 「责任单位:…」; (二)'s list is cut 「区发改局、农」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["各镇人民政府", "街道办事处"],
          note="「责任单位:各镇人民政府、街道办事处。」 two lines below the item's first paragraph: " + RESP_ONLY
               + "; 区长 / 区政府 in the text are prose subjects; no date"),
        S(["一", "(二)"], [], ["区发改局"], lead_alternatives=[["区发改局"]],
          note="「责任单位:区发改局、农」 — the page ends inside the list: the one whole unit is 区发改局 (「农」 is the start of "
               "a cut name, not a unit); " + ONE + "; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一), 一/(二) (its unit list cut); 1 if the cut item is left out",
            "2022330 is the date (2022-03-30) with its separators lost, 45号 a document number: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan(F12,
     title_note="NOT CHECKED: the page (a product page's 「产品详细」) starts at the preamble; the plan's title is not shown "
                "(成都's 推动大规模设备更新和消费品以旧换新 行动方案, 「结合成都实际,制定本行动方案」)",
     doc_no="", issuer="成都市 (「结合成都实际」; the issuing office is not named)",
     date="2024 (after 国发〔2024〕7号 and 川府发〔2024〕10号)", level="city (Sichuan, 成都市)",
     source=page_source("https://bthyby.com/cpzs/4539.html"),
     style="a product-page site showing a digest of the plan: 「产品详细」, preamble, two paragraphs on the 工作专班 and its "
           "专项工作组 (「市政府有关部门为责任单位」), then (二) with a line 「责任单位:市住建局,市经信局市新经济委、…」 and (八) "
           "with none — (一)(三)–(七) are left out — and a line of 2027 goals after (八)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(二)"], [], ["市住建局", "市经信局市新经济委", "市生态环境局", "市城管委", "市水务局", "市市场监管局"],
          lead_alternatives=[["市住建局"]],
          note="「责任单位:市住建局,市经信局市新经济委、市生态环境局、市城管委、市水务局、市市场监管局」: " + RESP_ONLY
               + "; the first unit stands before a comma and the others after it (a lead-then-partners pattern the page does "
                 "not state): 市住建局 as lead is accepted; 「市经信局市新经济委」 is two bodies written without a separator on the "
                 "page, kept as printed; no date"),
        S(["(八)"], [], [], skip_deadline=True,
          note="the heading names no unit: lead = [], responsible = []; the next line (「到2027年,全市…设备投资规模较2023年增长"
               "25%以上…」) is the plan's overall goal placed here by the digest, so a deadline 2027 read for (八) is not checked "
               "either way"),
     ],
     plan_targets=[{"number": 25, "unit": "%"}], phases=[], duties=[],
     notes=["2 leaves on the page: (二) and (八); the digest leaves out (一) and (三)–(七); 1 accepted (only (二), whose unit "
            "line is there)",
            "plan target: 「设备投资规模较2023年增长25%以上」 (by 2027); 7号/10号 are document numbers"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x45_03", ["二", "(一)", "2"], [], ["各相关单位"],
        "「由各相关单位负责,将全面摸排清理情况及时反馈至区民营经济局汇总」: the agent of 由…负责 (a group of bodies, as 各有关部门) is responsible, no lead (A alone accepted as lead); 区民营经济局 receives the returns (rule 3)", alt=[["各相关单位"]], rule="2 and 3")
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x45_09', ['一', '(三)'], 'a range is read at its lower edge', '「到2015年,争取引进3-5个中国名牌产品」: the target at the lower figure, 3个', swap=[(('3-5', '个'), (3, '个'))])
# round 33 (p33u): answers aligned to tests/data/CONVENTIONS.md "Round 33 rulings", read at the item (README, round 33)
from expected_tools import align33_units  # noqa: E402

align33_units('x45_03', ['二', '(一)', '2'], [], [],
              'no kind, no doer: 有关单位／相关单位／各单位 are general calls — 「由各相关单位负责，将…情况及时反馈至区民营经济局汇总」: 各相关单位 names no kind of body')  # noqa: E501

write_collected(DIR)
