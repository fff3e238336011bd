# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next3/expected.json from the hand-written answers below.

These plans are a never-tuned set of round 9 (plans from outside Shanghai, every level): never tune the parser
on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of
../plans/expected_tools.py, or by ``at`` below where an item's number is not at the start of its line: k08,
whose text is one line, the inline 「(二)」 and 「2.」 of k18, and the inline 「1、」 of k22); every answer was
written here by reading the texts, before the parser or the scorer was run on them.

    python tests/data/plans-next3/make_expected.py tests/data/plans-next3
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    COVER,
    CUT,
    ONE,
    PAGES,
    YEAR,
    S,
    at_in,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

HAND = ("; the excerpt was copied by hand from the tool's answer into the file (JSON escapes undone, a final newline "
        "added)")
PROSE = "no unit is named for the item (the subjects in the text are prose): lead = [], responsible = []"
NOTITLE = "the page holds no title of the plan: no title is checked"
GOALS = "a section of aims or principles (总体要求/指导思想/工作目标…): with 0 counted as the plan's tasks is accepted"
HEAD = ("units on the section heading 「十N、unit」 over items (一)…: the heading's unit is the responsible unit of "
        "each item (issue 10 class 4; plans-dev 10/12 unit headings), no lead named (the unit as lead is accepted)")


at = partial(at_in, DIR)


def src(url):
    return url + " — " + PAGES + HAND


# ---------------------------------------------------------------------------------------------------------
plan("k01_jilin-2017-jiaqiang-xiangzhen-zhengfu-fuwu-nengli-jianshe-shishi-yijian.txt",
     title="關于加強鄉鎮政府服務能力建設的實施意見（中共吉林省委辦公廳吉林省人民政府辦公廳印發〈關于加強鄉鎮政府服務能力建設的實施意見〉的通知）",
     title_note="the opinion's own title (line 5) or the notice title (line 1, in 《》): either is accepted",
     doc_no="吉辦發〔2017〕49號", issuer="中共吉林省委辦公廳, 吉林省人民政府辦公廳", date="2017",
     level="province (Jilin; party committee and government general offices)",
     source=src("http://nybiz.cn/law/7628.html"),
     style="province implementation opinion in TRADITIONAL characters: notice title in 《》 with 〈〉 inside, doc number, "
           "addressees, one-sentence cover, the opinion's title, preamble, 「一、充分認識…的重要意義」 as a paragraph "
           "section; the page ends inside it",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=["一、充分認識加強鄉鎮政府服務能力建設的重要意義"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["一、 is a section on significance without numbered children: no task is on the page (0)",
            "中辦發〔2017〕11號 is a cited document; 「最后一公里」 is a phrase"])

plan("k02_changxingzhen-2001-nongcun-chuji-weisheng-baojian-guihua-ji-shishi-yijian.txt",
     title="长兴镇农村初级卫生保健工作规划(2001-2010年)及实施意见（南溪县长兴镇人民政府关于印发《长兴镇农村初级卫生保健工作规划(2001-2010年)及实施意见》的通知）",
     title_note="the plan's title (over two lines after the cover) or the notice title (line 3, followed on the same "
                "line by the addressees): either is accepted",
     doc_no="长府发[2001]15号", issuer="南溪县长兴镇人民政府", date="2001-03-28",
     level="town (Sichuan, Yibin, Nanxi county, Changxing town)",
     source=src("https://xiexiebang.com/a3/2019051219/15372f55db20a66a.html"),
     style="town notice with its plan: a document site's 「第一篇:」 line, the red-header line with the doc number in "
           "ASCII brackets 「[2001]」, the notice title run into its addressees, 特此通知, signature, date, 主题词/抄送 "
           "line, the plan's title over two lines, preamble, 「一、总体目标」 paragraph cut by the page",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["一、总体目标 is a goals paragraph (a section); the page ends in it at 「分别在20」, so its figure is cut: "
            "no plan target is checked",
            "「共印36份」 is a print run, not a target; 2001—2010年 is the plan's period"])

plan("k03_sichuan-2017-shengdaihui-baogao-zhengfu-gongzuo-mubiao-renwu-fengong-fangan-tongzhi.txt",
     title="贯彻落实省第十一次党代会报告涉及政府工作目标任务的分工方案（四川省人民政府办公厅关于印发贯彻落实省第十一次党代会报告涉及政府工作目标任务分工方案的通知）",
     title_note="the plan's name as the cover cites it, or the notice title (over three lines after the metadata): "
                "either is accepted",
     doc_no="川办发〔2017〕64号", issuer="四川省人民政府办公厅", date="2017-06-30",
     level="province (Sichuan; government general office)",
     source=src("http://www.sc.gov.cn/10462/c103046/2017/7/5/1a93acd428cf41709bc81b98be01773f.shtml"),
     style="COVER of a province task breakdown: a metadata list with bullets 「  • 索 引 号 :」, the notice title over "
           "three indented lines, doc number, addressees, three cover paragraphs without numbers (the tasks themselves "
           "are past the cut); a filing duty 「于8月15日前报省政府督查室备案」",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[], plan_targets=[], phases=[],
     duties=[{"what": "各牵头单位制定的工作计划报省政府督查室备案", "when": "8月15日前", "when_norm": "2017-08-15"},
             {"what": "各牵头单位定期召集责任单位研究会商，加强日常跟踪检查", "when": "定期", "when_norm": None}],
     notes=["the cover's paragraphs are not numbered: no task is on the page (0)",
            "8月15日 has no year: 2017, the notice's date (成文日期 2017-06-30)",
            "「定期召集责任单位研究会商」 is read as a coordination rhythm (as plans-dev 09's 「定期召开协调会」); doubtful",
            "省政府督查室 putting the work into 绩效管理 is oversight, not a duty"])

plan("k04_xxzhen-2023-chuangjian-quanguo-wenming-chengshi-gongzuo-shishi-fangan.txt",
     title="镇2023年度创建全国文明城市工作实施方案",
     title_note="the first line as printed (the town's name is left out by the site: 「XX镇」 in the text)",
     doc_no="", issuer="a town of an unnamed county (XX镇, XX县)", date="2023",
     level="town (province not named)",
     source=src("http://haowensou.com/index/article/detail/detail_id/54764.html"),
     style="town creation plan on a writing site (names masked XX, one person named): 「一、工作目标」 and "
           "「二、组织机构」 paragraphs, 「三、工作步骤」 with 「(一)宣传发动阶段(1月—2月)。…」 — a phase with a month "
           "range and no year; the page ends after it",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=["一、工作目标", "二、组织机构"],
     samples=[
        S(["三", "(一)"], [], [], dl="(1月—2月)", dln="2023-02",
          note=PROSE + "; a phase item: the year 2023 is the plan's (title); the range ends in February"),
     ],
     plan_targets=[], phases=[{"name": "宣传发动阶段", "start": "2023-01", "end": "2023-02"}], duties=[],
     notes=["程桢恒 is a person (the office's head), not a unit; the leading group's members are roles",
            "《XX县2021-2023年创建全国文明城市工作责任分解表》 is a cited table"])

plan("k05_yongde-2021-chengzhenhua-jianshe-sannian-xingdong-jihua.txt",
     title="永德县城镇化建设三年行动计划(2020―2022年)（中共永德县委办公室 永德县人民政府办公室关于印发《永德县城镇化建设三年行动计划(2020―2022年)》的通知）",
     title_note="the plan's title (two lines, the second 「2020―2022年)」 without its opening bracket) or the notice "
                "title (as the page's heading, 「三年行动 计划」 with a space): either is accepted",
     doc_no="", issuer="中共永德县委办公室, 永德县人民政府办公室", date="2021-04-16",
     level="county (Yunnan, Lincang, Yongde; party committee and government offices)",
     source=src("https://jlxk.wenyuanchain.com/yd/article/1421031699113889793"),
     style="county three-year plan on an archive site WITH MOST PUNCTUATION LOST (commas, 、, 《, the date "
           "「2021416」, section numbers): notice heading twice, addressees run together, the plan's title over two "
           "lines, an unnumbered 「总体要求」 section and three ——principles; the page ends at 「目标任」",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=["总体要求"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no numbered item is on the page (the numbers were lost with the punctuation): 0",
            "「2021416」 is the cover's date 2021年4月16日 with its 年月日 lost"])

plan("k06_binzhou-2020-chengshi-pinzhi-tisheng-sannian-xingdong-shishi-fangan.txt",
     title="滨州市城市品质提升三年行动实施方案（滨州市人民政府办公室关于印发滨州市城市品质提升三年行动实施方案的通知）",
     title_note="the plan's title or the notice title; the news headline on line 1 is not the plan's title",
     doc_no="", issuer="滨州市人民政府办公室", date="2020-04-15",
     level="city (Shandong, Binzhou)",
     source=src("http://binzhou.dzwww.com/bzhxw/202005/t20200507_5704070.htm"),
     style="a NEWS PAGE carrying a city plan: headline, date line, a reporter's summary paragraph with the plan's three "
           "yearly stages (「一年打基础、起势头」: 到2020年底 …), 「具体通知如下」, then the notice, cover, signature, "
           "date, the plan's title, preamble and 「一、工作目标」 (cut)",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[], plan_targets=[],
     phases=[{"name": "一年打基础、起势头", "start": None, "start_alt": "2020-04", "end": "2020-12"},
             {"name": "两年重攻坚、有看头", "start": None, "start_alt": "2021-01", "end": "2021-12"},
             {"name": "三年建长效、争一流", "start": None, "start_alt": "2022-01", "end": "2022-12"}],
     duties=[],
     notes=["the three stages are quoted from the plan (「按照…的工作要求」) and dated in the reporter's summary "
            "(到2020年底 / 到2021年底 / 到2022年底): read as the plan's phases, ending at those dates; a start at the plan's "
            "month or right after the stage before is accepted, as is none. Doubtful: they stand in the summary, the "
            "plan's own 一、工作目标 is cut at 「走」",
            "鲁政办字〔2019〕146号 is a cited document"])

plan("k07_xuchang-2020-zhizao-zhidu-yiju-zhicheng-chengxiang-jianshe-fazhan-shishi-fangan.txt",
     title="许昌市建设“智造之都、宜居之城”高水平推进城乡建设发展实施方案",
     title_note="the plan's title (line 5, after 「全文如下:」; also in 《》 in the news's first line)",
     doc_no="", issuer="许昌市人民政府", date="2020-04",
     level="city (Henan, Xuchang)",
     source=src("http://www1.dehuizx.com/zcmbjc/1920.html"),
     style="a news item (大河财立方) quoting a city plan: three lines of summary, 「全文如下:」, the plan's title, "
           "preamble, 「一、主要目标」 with two paragraphs 「年年底前,…」 whose YEARS WERE DROPPED by the site; cut",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=["一、主要目标"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["the stages 「年年底前,完善设施补短板」 / 「年年底前,彰显特色提品质」 lost their years (the cited 「许发〔〕20号」 "
            "lost its year too): no date is checked",
            "「1+4」 is a name of the transfer system"])

K08 = "k08_xxjiedao-2023-gongzuo-guihua.txt"
plan(K08,
     title="2023年街道2023年工作规划",
     title_note="as printed after the preview's chunk number 「1」, run into the first sentence 「今年是…」",
     doc_no="", issuer="a street office in Linyi (临沂科创城, 东城)", date="2023",
     level="street (街道, Shandong, Linyi)",
     source=src("https://www.wnwk.com/doc/2090265.html"),
     style="a street's yearly plan as a document site's preview: ALL ON ONE LINE, chunk numbers 「1」「2」「3」 run into "
           "the text (「…聚力增效2一是…」, 「拉开新时展新3格局」), a converter's word errors (进展 for 发展, 效劳 for "
           "服务, 〞 for ”), items 「(一)…(二)…」 with 一是/二是/三是 inside and dense figures (50%以上, 5个, 40名, "
           "20名, 3个, 10家, 2个)",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], [], [(50, "%"), (5, "个"), (40, "名"), (20, "名"), (3, "个"), (10, "家"), (2, "个")],
          not_targets=[(10, "万元"), (3, "年")],
          note=PROSE + "; 「消退二星级以下党组织5个」 and 「新增…村支部书记5个」 are both 5个; 「新增3个村集体收入超过10万元」: "
                       "3个 is the target, 10万元 the threshold; 「3年以上不进展党员村」 a threshold; 「在45个村」 names "
                       "where, not a figure to reach (not checked); no date in the item",
          **at(K08, "(一)坚持", skip=-2)),
        S(["(二)"], [], [], dl="力争在2023年完成", dln="2023",
          note=PROSE + "; " + CUT + " (「完成浙大农研」); 「2023年完成…并投入使用」 is the item's date",
          **at(K08, "(二)坚持", skip=-2)),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「101周年」 and 「“11339〞」「“1136〞」 are an anniversary and names of programmes",
            "the chunk numbers 1, 2, 3 of the preview are not items"])

plan("k09_guangxi-2017-cujin-minzu-diqu-he-renkou-jiaoshao-minzu-fazhan-guihua-shishi-yijian.txt",
     title="广西壮族自治区人民政府关于贯彻落实国家“十三五”促进民族地区和人口较少民族发展规划的实施意见",
     title_note="the opinion's title (line 1); no separate notice",
     doc_no="桂政发〔2017〕58号", issuer="广西壮族自治区人民政府", date="2017",
     level="province (autonomous region: Guangxi)",
     source=src("http://mzw.gxzf.gov.cn/zwgk/zfxxgk/fdzdgknr/ghjh/ghjh_zcqgh/t1814183.shtml"),
     style="autonomous-region implementation opinion: title, doc number, addressees, preamble; 「一、总体要求」 with "
           "「(一)指导思想。」 and 「(二)工作目标。」 on lines of their own, the text below; goals 「1.经济持续较快发展。"
           "到2020年,…」 「2.…」 (cut)",
     leaf_tasks=3, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], skip_deadline=True,
          note=PROSE + "; 「确保到2020年我区与全国一道迈入全面小康社会」 is the guiding aim: its date is not checked"),
        S(["一", "(二)", "1"], [], [], dl="到2020年", dln="2020",
          note=PROSE + "; 「比2010年翻一番」: 2010 is the base year and 翻一番 has no figure (not checked)"),
        S(["一", "(二)", "2"], [], [], note=PROSE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["一、总体要求 holds (一)指导思想 and (二)工作目标 1.–2.: three leaves as plans-dev 08 counts 建设目标; "
            + GOALS,
            "国发〔2016〕79号 is a cited document; 「两个建成」 is a name"])

plan("k10_changli-2018-chengxiang-yiwu-jiaoyu-yitihua-gaige-fazhan-shishi-yijian.txt",
     title="昌黎县人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见",
     title_note="the page's title line (after the site's navigation lines)",
     doc_no="", issuer="昌黎县人民政府", date="2018-06-29",
     level="county (Hebei, Qinhuangdao, Changli)",
     source=src("https://www.clxzf.gov.cn/single/27/6411.html"),
     style="county implementation opinion on the county site: navigation lines (「无障碍 手机版」, 「当前位置:…」, "
           "「字体:【 】 【打印】」), title, date line, preamble, 「一、指导思想」, 「二、工作目标」 with a dated lead "
           "paragraph and goals 「(一)…」「(二)…」「(三)…」 (cut in (三))",
     leaf_tasks=3, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], skip_deadline=True,
          note=PROSE + "; the section's 「到2020年」 is not in the item: its deadline is not checked"),
        S(["二", "(二)"], [], [], skip_deadline=True, note=PROSE + "; as (一)"),
        S(["二", "(三)"], [], [], skip_deadline=True, note=PROSE + "; " + CUT + " at 「均达到10」: the figure is cut"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["二、工作目标's (一)–(三) are goals, counted as leaves (3); " + GOALS,
            "秦政字〔2018〕5号 is a cited document; 「两免一补」 is a name"])

plan("k11_qiandongnan-2017-chengxiang-yiwu-jiaoyu-yitihua-gaige-fazhan-shishi-fangan.txt",
     title="黔东南州统筹推进县域内城乡义务教育一体化改革发展实施方案",
     title_note="the plan's title over two lines after the cover (the notice title is not on the page)",
     doc_no="黔东南府办发〔2017〕45号", issuer="黔东南州人民政府办公室", date="2017-09-29",
     level="prefecture (autonomous prefecture, Guizhou, Qiandongnan)",
     source=src("https://www.qdn.gov.cn/zwgk_5871642/zfgb_5871708/2017n_5877404/2017ndsyq_5877445/zzfbgswj_5877447/202110/t20211013_70864094.html"),
     style="prefecture plan: doc number first (no notice title on the page), addressees, cover, signature, date, the "
           "plan's title over two lines, preamble, 「一、总体要求」 and 「二、目标任务」 paragraphs (cut)",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=["一、总体要求", "二、目标任务"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["到2018年 / 到2020年 in 二、 are goals without figures; 国发〔2016〕40号 / 黔府发〔2017〕13号 are cited documents"])

plan("k12_shanxi-2018-jifa-zhongdian-qunti-huoli-daidong-chengxiang-jumin-zengshou-shishi-fangan.txt",
     title="山西省激发重点群体活力带动城乡居民增收的实施方案",
     title_note="the plan's title (inside <strong> in the HTML line); the notice title is not on the page",
     doc_no="晋政发〔2018〕13号", issuer="山西省人民政府", date="2018-03-27",
     level="province (Shanxi)",
     source=src("http://laodongfa.com/stadata/bmgz/7504.html"),
     style="province plan stored by a law site WITH ITS HTML MARKUP AS TEXT: five metadata lines, then one long line of "
           "「<p>…</p><p style=\"text-align: right;\">…」 holding addressees, cover, signature, date, the title in "
           "<strong>, preamble, 「一、指导思想」 and 「二、总体目标」 (cut)",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=["一、指导思想", "二、总体目标"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no numbered item with tasks is on the page (0); the markup is the site's stored text, kept as found",
            "国发〔2016〕56号 is a cited document"])

plan("k13_hunan-2009-jiaqiang-putong-gaodeng-xuexiao-biyesheng-jiuye-gongzuo-tongzhi.txt",
     title="湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知",
     title_note="the notice's title over two lines (the site's 「湖南省人民政府办公厅文件」 lines are a red header)",
     doc_no="湘政办发〔2009〕24号", issuer="湖南省人民政府办公厅", date="2009",
     level="province (Hunan; government general office)",
     source=src("https://xiexiebang.com/a10/2019051410/d2bb0893c964bd97.html"),
     style="province notice on a writing site (site header, 「第一篇:」), red header, doc number, title over two lines, "
           "addressees, preamble (a cited number in odd brackets 「„2009‟3号」), items 「一、title。text」 with no "
           "sub-levels, the second cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note=PROSE + "; an item on the importance of the work (a section of that kind left out gives 1)"),
        S(["二"], [], [], skip_deadline=True, not_targets=[("3-5", "年")],
          note=PROSE + "; 「组织、人事、民政等部门牵头」 names departments in prose, not units; 「用3-5年时间」 is a "
                       "period, 「4:3:3」 a cost share, 「从2009年起」 a start; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the notice's numbered items are its tasks (plans-dev 03's style); 一、 on importance may be read as a "
            "section: 1 is accepted"])

plan("k14_xxsheng-jiaoyuting-nian-quansheng-jiaoyu-gongzuo-yaodian.txt",
     title_note=NOTITLE + " (a writing site's copy of a province education department's work points; the years "
                          "were dropped: 「年全省教育工作」)",
     doc_no="", issuer="a province's education department (not named; 省委八届 / 十二五 point to about 2011)",
     date="", level="province department (education; province not named)",
     source=src("https://meizhang.com/jihua/jiaoyugongzuojihua/568979.html"),
     style="a writing site's copy of a department's yearly work points: site sentence, two unnumbered paragraphs "
           "(总体要求; 主要目标 with EIGHT PERCENT GOALS), 「(一)推动教育事业科学发展」 heading, 「1.…」 (cut); "
           "years dropped",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)", "1"], [], [], note=PROSE + "; " + CUT + "; no date"),
     ],
     plan_targets=[{"number": 99.5, "unit": "%"}, {"number": 98, "unit": "%"}, {"number": 91, "unit": "%"},
                   {"number": 8, "unit": "%"}, {"number": 2, "unit": "%"}, {"number": 84, "unit": "%"},
                   {"number": 29, "unit": "%"}],
     phases=[], duties=[],
     notes=["the 主要目标 paragraph's figures are plan targets: 入学率 99.5% / 98% / 91% (残疾儿童), 文盲率 8% / 2%, "
            "毛入学率 84%, 入园率 91%, 高等教育毛入学率 29% (91% twice, checked once)"])

plan("k15_xxshi-2017-jiakuai-jiaoyu-fazhan-shishi-yijian.txt",
     title_note=NOTITLE + " (it starts with the addressees; a Henan city's opinion answering 豫政办〔2017〕90号)",
     doc_no="", issuer="a Henan city's government (not named: 「一个重返、六个重大」, 「区域性中心强市」)", date="2017",
     level="city (Henan, not named)",
     source=src("http://www.cucuw.cn/i55561.htm"),
     style="city implementation opinion without its title: addressees, preamble, 「一、总体要求」 with "
           "「(一)指导思想。…」 「(二)基本原则。」 1.–3. 「1.加强统筹。…」 and 「(三)总体目标。到2020年,全」 (cut)",
     leaf_tasks=5, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], note=PROSE + "; no date"),
        S(["一", "(二)", "1"], [], [], note=PROSE + "; a principle; no date"),
        S(["一", "(二)", "2"], [], [], note=PROSE + "; a principle; no date"),
        S(["一", "(二)", "3"], [], [], note=PROSE + "; a principle; no date"),
        S(["一", "(三)"], [], [], dl="到2020年", dln="2020", note=PROSE + "; " + CUT + " right after 「到2020年,全」"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["leaves: (一), (二)1.–3., (三) = 5; " + GOALS,
            "国办发〔2016〕37号 / 豫政办〔2017〕90号 are cited documents"])

K16 = "k16_heilongjiang-2009-shida-gongcheng-tuijin-gongzuo-fangan.txt"
plan(K16,
     title="十大工程推进工作方案（黑龙江省人民政府办公厅关于印发十大工程推进工作方案的通知）",
     title_note="the plan's title (after the cover) or the notice title (twice at the top, the site's name before it)",
     doc_no="黑政办发〔2009〕17号", issuer="黑龙江省人民政府办公厅", date="2009-03-13",
     level="province (Heilongjiang; government general office)",
     source=src("http://ask.fsou.com/html/text/lar/170828/17082848.html"),
     style="province plan on a law-search site: the site's name line, notice title twice, doc number in brackets, "
           "cover, date, plan title; 「一、千亿斤粮食产能工程」 with unnumbered 「工作要求:」 and 「任务分工:吕维峰副省长"
           "负责,省农委总牵头。」 lines, then 「1.水利化工程:…省水利厅牵头,省发改委、农垦总局、国土资源厅、环保厅等单"
           "位配合。」 — a LEAD AND HELPERS SENTENCE at the END of the item; item 2 cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["省水利厅"], ["省水利厅", "省发改委", "农垦总局", "国土资源厅", "环保厅"],
          [(4, "个"), (5, "个"), (127, "座"), (100, "万亩"), (200, "万亩"), (75, "万亩")],
          note="「省水利厅牵头,省发改委、农垦总局、国土资源厅、环保厅等单位配合」: X牵头 is the lead, the 配合 units are "
               "responsible (等单位 dropped; 农垦总局 / 国土资源厅 / 环保厅 as printed, without 省); the section's "
               "总牵头 省农委 is not repeated in the item's units (the item names its own; doubtful); 4个 / 5个 渠首 "
               "projects, 127座 reservoirs, 100万亩 new and 200万亩 improved paddy, 75万亩 / 200万亩 irrigation; "
               "no date in the item"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["item 2 (农机化工程) is cut before its units: not sampled; 2 leaves, or 1 without the cut item",
            "「任务分工:吕维峰副省长负责」 names a person; 省农委 总牵头 leads the whole 工程",
            "the cover asks the leading units for 5年行动计划 and 实施方案 without a date: not read as a reporting duty",
            "「千亿斤」 is the name of the project"])

K17 = "k17_heilongjiang-xinnongcun-jianshe-gongcheng-shishi-fangan-di4ye.txt"
UNIT15, UNIT16, UNIT17, UNIT18 = "省人力资源和社会保障厅", "省商务厅", "省广播电视局", "省农业开发办"


def hd(sec, n, unit, targets=(), note=""):
    return S([sec, n], [], [unit], targets, lead_alternatives=[[unit]],
             note=(note + "; " if note else "") + HEAD + "; no date")


plan(K17,
     title="全省新农村建设工程实施方案（中共黑龙江省委办公厅、黑龙江省人民政府办公厅关于印发《全省新农村建设工程实施方案》和《全省新农村建设第二批“千村试点”实施方案》的通知）",
     title_note="the notice title (the page's heading) or the first plan it issues, whose task list the page shows",
     doc_no="", issuer="中共黑龙江省委办公厅, 黑龙江省人民政府办公厅", date="",
     level="province (Heilongjiang; party committee and government general offices)",
     source=src("http://www.fymate.cn/html/text/lar/171031/17103188_4.html"),
     style="PAGE 4 of a province plan on a law-search site: the site's name, the notice title, then the MIDDLE of the "
           "task list by department: three orphan items (一)–(三) of a department named on page 3, then headings "
           "「十五、省人力资源和社会保障厅」 「十六、省商务厅」 「十七、省广播电视局」 「十八、省农业开发办」 — A UNIT AS THE "
           "SECTION HEADING over its items (一)…, dense figures (35所, 10000张, 10%, 1500个, 10亿元, 55%, 200万亩)",
     leaf_tasks=15, count_alternatives=[12], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(二)"], [], [], [(35, "所"), (40, "所"), (10000, "张")],
          note="an orphan item: its department's heading is on the page before (not here), so no unit can be read: "
               "lead = [], responsible = []; 新建、改造 35所 centre homes and 40所 town homes, 10000张 beds; no date"),
        hd("十五", "(一)", UNIT15),
        hd("十五", "(二)", UNIT15, [(10, "%")], note="「试点覆盖面争取达到…的10%」"),
        hd("十六", "(一)", UNIT16, [(1500, "个")], note="「万村千乡市场工程」「一网多用」 are names"),
        hd("十六", "(二)", UNIT16, [(10, "亿元")], note="「家电下乡」 is a name"),
        hd("十七", "(一)", UNIT17, [(55, "%"), (60, "%")]),
        hd("十八", "(一)", UNIT18, [(200, "万亩")]),
        hd("十八", "(二)", UNIT18, [(10, "个")]),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["leaves on the page: 3 orphan items + 十五 (一)–(四) + 十六 (一)(二) + 十七 (一)–(三) + 十八 (一)–(三, cut) "
            "= 15; 12 without the orphans is accepted",
            "黑龙江电视台 / 黑龙江人民广播电台 in 十七/(三) are prose actors",
            "the notice's date is not on the page: no date is checked"])

K18 = "k18_heilongjiang-2013-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fengong-yijian.txt"
HX = "「(X主办,Y、Z协办)」: 主办 is the lead, 协办 units are responsible with it; " + YEAR


def hj(path, lead, others, targets=(), note="", **kw):
    return S(path, lead, [*lead, *others], targets, skip_deadline=True, note=(note + "; " if note else "") + HX, **kw)


def one(path, unit, targets=(), note="", **kw):
    return S(path, [], [unit], targets, skip_deadline=True, lead_alternatives=[[unit]],
             note=(note + "; " if note else "") + "「(X负责)」: " + ONE + "; " + YEAR, **kw)


plan(K18,
     title="黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见",
     title_note="the opinion's title (line 1)",
     doc_no="", issuer="黑龙江省人民政府", date="2013-03-27",
     level="province (Heilongjiang)",
     source=src("http://wisor.cc/policy/show.php?from=client&itemid=100941"),
     style="province 政府工作报告 breakdown: 「一、全省经济社会发展主要目标」 with nine goals 「(一)地区生产总值增长11%"
           "左右。(省发改委负责)」 — (二) RUN ON on the line of (一) —, units in brackets as 「(X负责)」, 「(X主办,Y、Z协办)」 "
           "and 「(A、B、C分别负责)」; 「二、…」 「(一)全力推进产业项目建设。」 with 1. 2. (2. run on after 1.'s "
           "bracket) 3. (cut)",
     leaf_tasks=12, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        one(["一", "(一)"], "省发改委", [(11, "%")]),
        hj(["一", "(二)"], ["省财政厅"], ["省国税局", "地税局"], [(13, "%")],
           note="「省国税局、地税局」: 地税局 as printed (省 is not repeated)", **at(K18, "(二)公共", skip=-2)),
        hj(["一", "(三)"], ["省发改委"], ["省工信委", "国土资源厅", "住建厅", "环保厅", "水利厅", "交通运输厅", "农委",
                                   "商务厅", "金融办"], [(30, "%")], note="the 协办 units after the first without 省, as printed"),
        S(["一", "(七)"], [], ["省发改委", "农委", "统计局"], [(12, "%")], skip_deadline=True,
          note="「(省发改委、农委、统计局分别负责)」: each for its part, no lead; " + YEAR),
        one(["一", "(八)"], "省物价监管局", [(3.5, "%")], note="「控制在3.5%左右」"),
        one(["一", "(九)"], "省发改委", [(3.5, "%")], note="「下降3.5%」"),
        hj(["二", "(一)", "1"], ["省发改委"], ["省工信委", "科技厅", "商务厅", "国土资源厅", "林业厅"],
           [(600, "个"), (2000, "亿元"), (5200, "亿元")]),
        hj(["二", "(一)", "2"], ["省工信委"], ["省发改委"], note="run on after item 1's bracket on the same line",
           **at(K18, "2.重点", skip=-2)),
        S(["二", "(一)", "3"], [], [], skip_deadline=True, note=CUT + " before its bracket: no unit on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["一's nine goals and 二/(一)'s items 1.–3. are the leaves on the page: 12",
            "哈尔滨中小型燃气轮机 etc. in 2. are projects"])

K19 = "k19_heilongjiang-cujin-jingji-wenzengzhang-ruogan-cuoshi.txt"
FU = ("「(A、B、…負責)」 in traditional characters: all responsible, no lead named; 「今明兩年」 has no year on the page "
      "(not checked); compound names kept whole: 「相關市、縣政府」 (the cities' and counties' governments), "
      "「哈爾濱、黑河、綏芬河市政府」 (three city governments) — a split into parts is doubtful, not accepted by the "
      "scorer")
plan(K19,
     title="黑龍江省促進經濟穩增長的若干措施",
     title_note="the measures' title (line 1, an encyclopedia page)",
     doc_no="", issuer="黑龙江省人民政府", date="",
     level="province (Heilongjiang)",
     source=src("https://newton.com.tw/wiki/%E9%BB%91%E9%BE%8D%E6%B1%9F%E7%9C%81%E4%BF%83%E9%80%B2%E7%B6%93%E6%BF%9F%E7%A9%A9%E5%A2%9E%E9%95%B7%E7%9A%84%E8%8B%A5%E5%B9%B2%E6%8E%AA%E6%96%BD"),
     style="province measures on an encyclopedia page in TRADITIONAL characters: title, a summary, an infobox "
           "(「  • 中文名:…」 with an English line), 「政策全文」, 「一、推進重大基礎設施建設」 with items 1.–4. each "
           "ending 「(A、B、相關市、縣政府負責)」 and 億元 figures; item 4 cut",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["省發改委", "鐵路辦", "哈爾濱鐵路局", "相關市、縣政府"], [(530, "億元")], skip_deadline=True,
          note=FU),
        S(["一", "2"], [], ["省發改委", "交通運輸廳", "相關市、縣政府"], [(270, "億元"), (5478, "公里"), (6000, "公里")],
          skip_deadline=True, note=FU + "; 「約6000公里」"),
        S(["一", "3"], [], ["哈爾濱機場擴建指揮部", "哈爾濱、黑河、綏芬河市政府", "省農墾總局"], [(30, "億元")],
          skip_deadline=True, note=FU),
        S(["一", "4"], [], [], [(494, "億元")], skip_deadline=True,
          note=CUT + " before its bracket: no unit on the page; 「8條主要支流」 names what is treated (not checked)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the infobox lines (中文名 / 外文名 / 影響因素) are the site's, not the plan's"])

plan("k20_qiaocheng-2020-zhengfu-gongzuo-baogao-zhongdian-gongzuo-renwu-fenjiebiao-tongzhi.txt",
     title="谯城区2020年度政府工作报告重点工作任务分解表（亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知）",
     title_note="the table's name as the cover cites it, or the notice title (in the flattened metadata table, twice)",
     doc_no="无", issuer="亳州市谯城区人民政府办公室", date="2020-04-09",
     level="district (Anhui, Bozhou, Qiaocheng)",
     source=src("https://www.bzqc.gov.cn/XxgkContent/show/1465541.html"),
     style="COVER of a district breakdown table: a metadata table FLATTENED WITH 「|」 twice (「标 题: | …的通知 | ||」), "
           "addressees, preamble, numbered instructions 「一、高度重视,夯实责任。…」 「二、…」 (cut); the table is "
           "past the cut",
     leaf_tasks=2, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note=PROSE + "; 各责任单位 is a group in prose; " + COVER),
        S(["二"], [], [], note=PROSE + "; 主要责任单位 / 协同配合单位 are roles; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「2019年12月30日」 is the date of the report, not a deadline; 「第四次次会议」 is as printed"])

plan("k21_xuchang-2016-tisheng-xian-shi-qu-chengshi-guanli-shuiping-sannian-xingdong-jihua.txt",
     title="许昌市提升县(市、区)城市管理水平三年行动计划",
     title_note="the plan's title (line 4, and in 《》 in the cover)",
     doc_no="", issuer="许昌市人民政府", date="2016-06-22",
     level="city (Henan, Xuchang)",
     source=src("http://henan.kjzch.com/xuchang/2016-06-27/149810.html"),
     style="city three-year plan on a news site: addressees, one-line cover, date, title, preamble, 「一、指导思想」 "
           "paragraph and 「二、基本原则」 with ——principles (cut)",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=["一、指导思想", "二、基本原则"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["「从2016年起」 is the start of the plan; 豫政办〔2016〕26号 is a cited document; 「四个河南」「五型许昌」 are "
            "names"])

K22 = "k22_xxzhen-2022-niandu-gongzuo-jihua.txt"
plan(K22,
     title="镇年度工作计划",
     title_note="the document's title (the file name line 「镇年度工作计划 .docx」 and the first words of chunk 1, "
                "followed by its subtitle 「镇年度工作安排」)",
     doc_no="", issuer="a town near Changchun (卡伦开发区, 天景集团; the name masked 「*镇」)", date="2022",
     level="town (Jilin, Changchun area)",
     source=src("https://taowenge.com/p-5822517.html"),
     style="a town's yearly plan as a document site's preview: file-name line, the site's sentence, CHUNKS 「1、」 「2、」 "
           "「3、」 of the preview at line starts (the second and third starting mid-word: 「2、况分析」, 「3、着推动」), "
           "the plan's own item 「1、突出特色,优化结构,谋划富民强镇」 INLINE in chunk 1, figures in 公顷",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [], [(200, "公顷"), (30, "公顷"), (50, "公顷")], dl="到2022年", dln="2022",
          not_targets=[(2, "万公顷")],
          note=PROSE + "; 天景集团 / 朱老六 are partners; 「2万公顷的耕地和1万公顷的林地」 are what the town has, not "
                       "targets; 200公顷 套种基地, 30公顷 山榛子, 「到2022年…达到50公顷」; the item runs over the preview's "
                       "chunks 2 and 3 and is " + CUT,
          **at(K22, " 1、", skip=0)),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the preview's chunk numbers 1、2、3、 are not items; the plan's own 1、 is the one leaf on the page"])

plan("k23_xxzhen-nongban-gongzuo-jihua.txt",
     title="镇农办计划",
     title_note="the title line (twice: the page's heading and the text's)",
     doc_no="", issuer="a town's agriculture office (Hebei, near Langfang; names masked XX)", date="2004",
     level="town office (Hebei)",
     source=src("https://1mishu.com/article/shuzhibaogao/jhgh/200602/31873.html"),
     style="a town agriculture office's plan on a writing site: site lines, a long reasoning paragraph, 「一、…」 "
           "heading lines with paragraphs, an inline list 「2004年将重点引入推广:1、…。2、…。3、…」 inside a paragraph, "
           "「二、…」 (cut)",
     leaf_tasks=2, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], [(95, "%"), (15, "%")], skip_deadline=True,
          note=PROSE + " (河北农大, 省科学院… are partners); 「科技覆盖率达到95%以上」, 「三年内…提高15%以上」: "
                       "三年内 has no start date on the page, not checked"),
        S(["二"], [], [], skip_deadline=True, note=PROSE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the inline 1、2、3、 after 「2004年将重点引入推广:」 list techniques inside 一's paragraph; counted as "
            "children of 一 they give 4 leaves, accepted",
            "「两讲一建」 is a name"])

plan("k24_zicheng-zhen-2022-juzhu-shequ-jianshe-buduanban-xingdong-shishi-fangan.txt",
     title="紫金县紫城镇居住社区建设补短板行动实施方案(征求意见稿)（关于印发紫金县紫城镇居住社区建设补短板行动实施方案的通知）",
     title_note="the plan's title as printed (with 「(征求意见稿)」) or the drafted notice it is consulted as; the "
                "page's own heading 「关于公开征求对…的意见的通知」 is the consultation, not the plan",
     doc_no="", issuer="紫金县住房和城乡建设局 (draft for the town 紫城镇)", date="2022-11-04",
     level="town (Guangdong, Heyuan, Zijin county, Zicheng town; drafted by the county bureau)",
     source=src("http://zijin.gov.cn/hd/myzj/content/post_521627.html"),
     style="a DRAFT for comment on a county site: navigation line, the consultation notice (with a period "
           "「2022年11月4日--2022年11月14日」 and a contact), signature, the plan's title with 「(征求意见稿)」, "
           "preamble (a cited number with mixed brackets 「〔2022]48号」), 「一、指导思想」 and 「二、工作目标」 (cut)",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["the consultation's period and contact are the page's, not duties of the plan",
            "「2025年年底前」 in 二、 is cut before its figures"])

# round 31: answers aligned (ra31) to tests/data/CONVENTIONS.md — the checks that passed with the sentence-unit
# reader off and failed with it on, each read again by the ruling (README, "Round 31: answers aligned (ra31)")
from expected_tools import align31  # noqa: E402

align31('k13_hunan', ['二'], ['组织、人事、民政等部门', '人事、卫生等部门'], ['组织、人事、民政等部门', '人事、卫生等部门'], '「组织、人事、民政等部门牵头每年招聘一批高校毕业生…」「人事、卫生等部门牵头每年选派适量医…」: 「A牵头」 — lead and responsible the As of both clauses, in order; fields joined by 、 before one head are one name as printed, 等 kept (round 31: 「人事、卫生等部门」); 「由省、市、县三级财政…分担」「由省财政解决」 name payers of costs (round-30 clarification)')  # noqa: E501

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('k08', ['(一)'], [(10, '万元'), (3, '年')],
                   '「新增3个村集体收入超过10万元」「完成辖区内3年以上不进展党员村“动态清零”」: 10万元 joined to 超过, 3年 to 以上, thresholds picking the villages')
# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in any plan
# (CONVENTIONS.md "Round 49 rulings", governs; round 27; in a plan naming no units the old count stays accepted) —
# samples dropped, count without them (README, "Round 50: aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('k09_guangxi', [['一', '(一)'], ['一', '(二)', '1'], ['一', '(二)', '2']],
             '一、总体要求 (一)指导思想 and (二)工作目标 1.–2. state aims and goals: no tasks in any plan (CONVENTIONS.md "Round 49'
             ' rulings", governs); the page is cut inside them, so the count without them is 0; in a plan naming no'
             " units round 33's count with them stays accepted (3)",
             0, [3])

# Round 62 (align85): k04_xxzhen aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: a group's
# set-up point that gives it work, governs, p61d-2 — named there for a later alignment) (README, round 62)
from aligned_rulings import align76  # noqa: E402

align76('k04_xxzhen', None, '「二、组织机构 …特成立XX镇创建全国文明城市工作领导小组,由党委书记任组长,…负责统筹、指挥、协调全镇创建全国文明城市工作。…领导小组下设办公室,由行政审批办主任程桢恒兼任办公室主任。」 (k04 二, the text of plans-unseen u11): a point that sets a group up and gives it work by 负责 is a task naming none (rule 3; round 73); not sampled',
        "Tasks and counts, governs: round 57's x255_06 一/2, Round 83's x314_03 三 and Round 85's x320_04 二/(一) over the older answer's section (p61d-2); named by Round 84 for a later alignment, aligned by align85; section → task, 1 → 2, 1 stays accepted",
        ruling="Round 84 rulings", rnd=62, counts={'leaf_tasks': 2, 'count_alternatives': [1], 'childless_top_level_sections': ['一、工作目标']})

write_collected(DIR)
