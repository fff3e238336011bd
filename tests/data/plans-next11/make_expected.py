# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next11/expected.json from the hand-written answers below.

These plans are a never-tuned set of round 13 (built by corpusP; page openings of plans from outside Shanghai):
never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by
``locate`` of ../plans/expected_tools.py, or by ``at`` below where an item's number is not at the start of its
line: p05, whose whole page is one line); every answer was written here by reading the texts. Neither the parser
nor the scorer was run on these plans by corpusP: the lead scores them once, after all parser work.

    python tests/data/plans-next11/make_expected.py tests/data/plans-next11
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import COVER, PAGES, S, at_in, plan, write_collected  # noqa: E402, F401

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

HAND = ("; the excerpt was copied by hand from the tool's answer into the file (JSON escapes undone, a final newline "
        "added)")
PROSE = "no unit is named for the item (the subjects in the text are prose or category words): lead = [], responsible = []"
CUT = "the page ends inside this item"
GOALS = "a section of aims or principles (总体要求/指导思想/基本原则/分工原则…): with 0 counted as the plan's tasks is accepted"
LR = "「(牵头单位:X;责任单位:A、B)」: X lead, A, B responsible (the scorer adds the lead to the responsible units)"


at = partial(at_in, DIR)


def src(url):
    return url + " — " + PAGES + HAND


# ---------------------------------------------------------------------------------------------------------
plan("p01_gangcheng-2021-shenhua-fangguanfu-youhua-yingshang-huanjing-zhongdian-renwu-fengong-fangan.txt",
     title="深化“放管服”改革优化营商环境2021年重点任务分工方案",
     title_note="the plan's name (line 5; the notice title is not on the page, which starts at the addressees)",
     doc_no="", issuer="济南市钢城区人民政府办公室", date="2021-04-10", level="district (Shandong, Jinan Gangcheng)",
     source=src("https://kuaibao.lzzcloud.net/news_info/820521.html"),
     style="district task division: cover without its title, 一、 / (一) / 1. with each item ending "
           "「(牵头单位:X;责任单位:A)」 — the first in 〔〕 with 「,」 between the labels and 「各街道(功能区)」 inside; item 5 cut "
           "inside its 责任单位 (「区政」)",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], ["区政府办公室"], ["区政府有关部门", "各街道(功能区)"],
          note=LR + "; the bracket is 〔…〕 and the labels are split by 「,」 not 「;」; 各街道(功能区) is one group as printed"),
        S(["一", "(一)", "2"], ["区政府办公室", "区司法局", "区行政审批服务局"], ["区政府有关部门"], note=LR + "; three leads"),
        S(["一", "(一)", "3"], ["区政府办公室"], ["区司法局"],
          note=LR + "; 「区司法局等有关部门」: split at 等, the category tail 有关部门 is no unit (EXPECTED.md: 等建设主管部门)"),
        S(["一", "(一)", "4"], ["区司法局"], ["区政府有关部门"], note=LR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["item 5 is cut inside 「责任单位:区政」: 5 tasks, or 4 without the cut one; item 5 is not sampled (its unit is cut)",
            "no deadline on the page (2021 is the plan's year)"])

# ---------------------------------------------------------------------------------------------------------
plan("p02_honggutan-2022-shenru-tuijin-youhua-yingshang-huanjing-yihao-gaige-gongcheng-xingdong-fangan.txt",
     title="2022年红谷滩区关于深入推进优化营商环境“一号改革工程”全力打造区域性标杆城区行动方案",
     title_note="the title as the page gives it (line 5), after site chrome lines",
     doc_no="", issuer="南昌市红谷滩区 (the page names no issuing office)", date="2022-04-14 (published)",
     level="district (Jiangxi, Nanchang Honggutan)",
     source=src("http://hgt.nc.gov.cn/hgtqrmzf/yhyshjzcwj/202210/ad065d14dc234c15aef590b06241e44f.shtml"),
     style="district action plan: site chrome, 一、总体要求 as one paragraph, 二、主要任务 / (一)实施…专项行动 cut at 「牵头领」 "
           "(the item's 牵头领导 line)",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "(一)"], [], [], note=PROSE + " (the page ends at 「牵头领」, before any unit); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「五大专项行动」, 「第一方阵」 are names, not targets"])

# ---------------------------------------------------------------------------------------------------------
plan("p03_dongning-anquan-shengchan-zhuanxiang-zhengzhi-sannian-xingdong-zongti-fangan.txt",
     title="东宁市安全生产专项整治三年行动总体方案",
     title_note="line 1",
     doc_no="", issuer="东宁市 (Heilongjiang; 市委市政府 named in the text, no issuing office on the page)", date="",
     level="county-level city (Heilongjiang, 东宁市)",
     source=src("https://www.dongning.gov.cn/index.php/cms/item-view-id-57381.shtml"),
     style="three-year action plan: title, an indented preamble, 一、总体要求 and 二、主要任务 each one long paragraph with no numbered "
           "item yet (二 cut)",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、总体要求", "二、主要任务"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no numbered item under 一 or 二 on the page: 0 tasks; 二、主要任务 read as one task (1) is accepted",
            "the plan's years (三年行动) are not on the page"])

# ---------------------------------------------------------------------------------------------------------
plan("p04_suzhou-ah-2023-shenhua-wenlv-ronghe-jiakuai-jianshe-gaopinzhi-lvyou-qiangshi-shishi-yijian.txt",
     title="中共宿州市委宿州市人民政府关于深化文旅融合彰显宿州魅力加快建设高品质旅游强市的实施意见",
     title_note="lines 1 and 2 (the same title twice), doc number on line 3",
     doc_no="宿发〔2023〕11号", issuer="中共宿州市委、宿州市人民政府 (Anhui)", date="2023",
     level="city (Anhui, 宿州), party committee and government jointly",
     source=src("https://ct.ahsz.gov.cn/public/2655611/194418121.html"),
     style="implementation opinion (文旅): 一、总体要求 with run-in items 「1.指导思想。…」「2.总体布局。…」 numbered across the whole "
           "opinion (EXPECTED: 1.–n. run on); item 2 cut",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], note=PROSE + "; " + GOALS + "; 「六大工程」 is a name"),
        S(["一", "2"], [], [], note=PROSE + "; 「一带一廊三圈」 is a name; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["both items are aims (指导思想, 总体布局): 2, or 0 as a section of aims, or 1 without the cut item"])

# ---------------------------------------------------------------------------------------------------------
P05 = "p05_guofa-2006-shiyiwu-guihua-gangyao-zhuyao-mubiao-he-renwu-gongzuo-fengong-tongzhi.txt"
plan(P05,
     title="国务院关于落实《中华人民共和国国民经济和社会发展第十一个五年规划纲要》主要目标和任务工作分工的通知",
     title_note="the title opens the page's single line and runs straight into 「政策法规司2006-08-24颁布日期:…」 (doubtful: a "
                "parser must cut it there)",
     doc_no="国发[2006]29号", issuer="国务院", date="2006-08-24", level="central (State Council)",
     source=src("https://m.777doc.com/doc-6513703.html"),
     style="State Council task-division notice on a document site: THE WHOLE PAGE ONE LINE — title, metadata, doc number run "
           "into the addressees, cover, 「一、分工原则」 and 「(一)明确政府职责和市场功能。」「(二)落实责任主体。」 inline; (二) cut",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], **at(P05, "(一)"), note=PROSE + "; " + GOALS + " (分工原则)"),
        S(["一", "(二)"], [], [], **at(P05, "(二)"), note=PROSE + "; 「各部门」, 「相关部门」 are prose; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「十一五」, 「五年」 and 「三个代表」 are names, not targets",
            "the two items are principles of the division (分工原则): 2, or 0, or 1 without the cut item"])

# ---------------------------------------------------------------------------------------------------------
plan("p06_fujian-sheng-zhili-canzhuo-wuran-jianshe-shipin-fangxin-gongcheng-gongzuo-shishi-fangan.txt",
     title="省治理“餐桌污染”建设“食品放心工程”工作实施方案",
     title_note="line 1 (and again on line 7, after the writing site's 导语)",
     doc_no="", issuer="福建省 (by 闽委 / 福建省人民政府 cited; years masked 「*年」 by the site)", date="",
     level="province (Fujian)",
     source=src("https://gwyoo.com/article/xzgaoshou/gongzhuo/200711/101854.html"),
     style="province food-safety plan on a writing site, years masked as 「*」: 一、 heading then a paragraph 「由X承办,A、B…协办。"
           "治理工作目标:…85%以上;…95%以上;…1%以内。主要措施:」, then 「(一)由X负责,A、B配合,…」 with a second assignment "
           "「C、D负责,A配合,…」 inside the same item (cut)",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["省经贸委"], ["省农业厅", "环保局", "福建出入境检验检疫局", "厦门出入境检验检疫局"],
          lead_alternatives=[["省经贸委", "福建出入境检验检疫局", "厦门出入境检验检疫局"]],
          note="「由X负责,A、B配合」: X lead, the cooperating units responsible; units as printed (环保局 without 省: the list shares "
               "省). Doubtful: the item holds a second assignment 「福建出入境检验检疫局、厦门出入境检验检疫局负责,省农业厅配合」 "
               "— reading both as leads is accepted; the responsible set is the same either way; " + CUT),
     ],
     plan_targets=[{"number": 85, "unit": "%"}, {"number": 95, "unit": "%"}, {"number": 1, "unit": "%"}],
     phases=[], duties=[],
     notes=["the targets 85%/95%/1% stand in section 一's own paragraph (治理工作目标), not in item (一): plan targets",
            "section 一's own units (省经贸委承办, …协办) belong to the section, which is no leaf",
            "the masked years (*年, 闽委[*]4号) leave the plan undated"])

# ---------------------------------------------------------------------------------------------------------
P07 = "p07_jiaxian-2018-zhuanfa-pingdingshan-shiyong-nongchanpin-xiaoshou-shichang-shipin-anquan-zhuti-zeren-zhuanxiang-zhili-shishi-fangan.txt"
plan(P07,
     title="平顶山市食用农产品销售市场落实食品安全主体责任专项治理工作实施方案（关于转发平顶山市食用农产品销售市场落实食品安全主体责任专项治理工作实施方案的通知）",
     title_note="the plan's name (three lines) or the notice title (line 2; printed again broken, 「关于发…」, over lines 5–7)",
     doc_no="", issuer="郏县 (Henan; a food and drug body, by the addressees 「股(室)、队,各食药监管所」; its name is not on the page) "
                       "forwarding 平顶山市's plan", date="2018-04-16 (printed 「2018年416」)",
     level="county body (Henan, 郏县) forwarding a city plan",
     source=src("https://jiaxian.gov.cn/contents/52119/388464.html"),
     style="county forwarding notice: site greeting, notice title, a broken second copy of the title, many blank-space lines, "
           "the date without 月/日 (「2018年416」), plan title over three lines, 一、二、 one-line sections, 三、 / (一)市场开办者 "
           "(a category heading) / 1. 2. 3. (3 cut)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、专项治理范围"],
     samples=[
        S(["三", "(一)", "1"], [], [], note=PROSE + " (市场开办者 / 销售者 are kinds of actor, not units)"),
        S(["三", "(一)", "2"], [], [], note=PROSE + " (主要负责人 is a role)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["item 3 is cut: 3 tasks, or 2 without it", "一、指导思想 and 二、专项治理范围 are sections, not tasks"])

# ---------------------------------------------------------------------------------------------------------
plan("p08_zhuanglang-2012-chuangjian-shengji-wenming-xian-biaobing-jizhong-luoshi-huodong-shishi-fangan.txt",
     title="庄浪县创建省级文明县标兵集中落实活动实施方案（关于印发《庄浪县创建省级文明县标兵集中落实活动实施方案》的通知）",
     title_note="the plan's name (lines 10–11) or the notice title (lines 2–3, under the two issuers on line 1)",
     doc_no="", issuer="中共庄浪县委办公室、庄浪县人民政府办公室 (Gansu)", date="2012-04-12",
     level="county (Gansu, 庄浪县), party and government offices jointly",
     source=src("http://bui-logistics.com/html/contents11532_67840.html"),
     style="county civilisation-campaign plan: two issuers on one line, notice title over two lines, plan title over two "
           "lines, 一、指导思想 and 二、主要任务 paragraphs with no numbered item yet (二 cut)",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、指导思想", "二、主要任务"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no numbered item on the page: 0 tasks; 二、主要任务 read as one task (1) is accepted",
            "「9个测评项目,36项测评指标,124项测评内容」 count the items of the 测评细则 (a standard's contents), not targets "
            "of the plan: not checked (doubtful)"])

# ---------------------------------------------------------------------------------------------------------
plan("p09_qiannan-2020-jiankang-qiannan-xingdong-shishi-fangan-tongzhi.txt",
     title="健康黔南行动实施方案（黔南州人民政府办公室关于印发健康黔南行动实施方案的通知）",
     title_note="the plan's name (line 16) or the notice title (line 9, under the issuer on line 8)",
     doc_no="", issuer="黔南州人民政府办公室 (Guizhou)", date="2020-05-20", level="prefecture (Guizhou, 黔南州)",
     source=src("https://www.qiannan.gov.cn/ztzl/qnzzfgb/2020/dsq_098855/zfbfw_08541/202007/t20200728_61792603.html"),
     style="prefecture 健康 action plan in the gazette: seven `label: | value |` metadata lines of the gazette first, cover, "
           "一、总体目标 (2022 / 2030 aims), 二、重点任务 / (一) / 1. (cut)",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["二", "(一)", "1"], [], [], note=PROSE + " (各级健康促进与教育专业机构 are prose); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the 2022 and 2030 aims of 一、总体目标 carry no numbers"])

# ---------------------------------------------------------------------------------------------------------
plan("p10_jiaoyubu-2012-xuexi-xuanchuan-he-guanche-luoshi-shibada-jingshen-zhongdian-gongzuo-fangan.txt",
     title="教育部学习宣传和贯彻落实党的十八大精神重点工作方案",
     title_note="line 5, after a school site's chrome",
     doc_no="", issuer="教育部", date="2012-11", level="central (ministry: 教育部)",
     source=src("http://zjbzx.org/info/1036/4694.html"),
     style="ministry work plan reposted on a school site: chrome lines, an image file name line, preamble, a long 一、 heading, "
           "run-in items 「1.及时传达学习。…」 … 「4.组织成就展示。」 (4 cut)",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], note=PROSE + " (教育部党组, 直属机关 are the ministry's own bodies named as meeting hosts, not task units)"),
        S(["一", "2"], [], [], note=PROSE + " (中央宣讲团, 高校 are prose)"),
        S(["一", "3"], [], [], note=PROSE + "; 「第21次」 is an ordinal and 「2013年全国教育工作会议」 a meeting's name: no target, "
                                           "no deadline"),
        S(["一", "4"], [], [], note=PROSE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["item 4 is cut: 4 tasks, or 3 without it", "2012111707.jpg (line 9) is an image's file name, not a number"])

# ---------------------------------------------------------------------------------------------------------
plan("p11_yunyan-2021-jiankang-yunyan-xingdong-shishi-fangan-tongzhi.txt",
     title="健康云岩行动实施方案（云岩区人民政府办公室关于印发健康云岩行动实施方案的通知）",
     title_note="the plan's name (line 20) or the notice title (line 1, after the document number)",
     doc_no="云府办发〔2021〕6号", issuer="云岩区人民政府办公室 (Guiyang, Guizhou)", date="2021-02-22",
     level="district (Guizhou, Guiyang Yunyan)",
     source=src("https://gz.gy/zhengce/21469.html"),
     style="district 健康 action plan: doc number and notice title on one line, the cover twice (once as a summary line with "
           "trailing spaces), lines of spaces, 一、总体目标 (cut)",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no numbered item under 一 on the page: 0 tasks"])

# ---------------------------------------------------------------------------------------------------------
plan("p12_anxi-2021-liuda-gongcheng-ertong-qingshaonian-jinshi-zonghe-fangkong-shishi-fangan-tongzhi.txt",
     title="安溪县实施“六大工程”全面加强儿童青少年近视综合防控工作实施方案（安溪县教育局等七部门关于印发《安溪县实施“六大工程”全面加强儿童青少年近视综合防控工作实施方案》的通知）",
     title_note="the notice title (line 5, indented); the plan's own name appears only inside it and the cover",
     doc_no="安教〔2021〕171号", issuer="安溪县教育局等七部门 (教育局, 卫生健康局, 文化体育和旅游局, 财政局, 人力资源和社会保障局, "
                                          "市场监督管理局, 融媒体中心; Fujian)",
     date="2021-11-22", level="county bureaus jointly (Fujian, 安溪县)",
     source=src("http://fjax.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/jyj/zfxxgkml/202112/t20211212_2668566.htm"),
     style="cover only: indented `• label:value` metadata, the notice title, addressees, one cover paragraph, seven issuers two to "
           "a line, then the site's 附件下载 / 解读 links (the plan is an attachment not on the page)",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["the plan itself is an attachment: 0 tasks", "「六大工程」 is a name"])

# ---------------------------------------------------------------------------------------------------------
plan("p13_changchun-2021-jiankang-changchun-xingdong-shishi-fangan-tongzhi.txt",
     title="健康長春行動實施方案（長春市人民政府關於印發健康長春行動實施方案的通知）",
     title_note="the notice title (line 1, and again in the wiki's summary lines) in TRADITIONAL characters; the plan's name is "
                "not a line of its own",
     doc_no="長府發〔2021〕7號", issuer="長春市人民政府 (Jilin)", date="2021-04-06", level="city (Jilin, 長春)",
     source=src("https://newton.com.tw/wiki/%E9%95%B7%E6%98%A5%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E9%97%9C%E6%96%BC%E5%8D%B0%E7%99%BC%E5%81%A5%E5%BA%B7%E9%95%B7%E6%98%A5%E8%A1%8C%E5%8B%95%E5%AF%A6%E6%96%BD%E6%96%B9%E6%A1%88%E7%9A%84%E9%80%9A%E7%9F%A5/60327757"),
     style="city 健康 action plan on a wiki mirror in TRADITIONAL characters: wiki summary with bullet lines, 「全文」, preamble, "
           "indented 一、總體要求 / (一)指導思想 / (二)基本原則 / 1.–3. (3 cut)",
     leaf_tasks=4, count_alternatives=[0, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(二)", "1"], [], [], note=PROSE + "; " + GOALS),
        S(["一", "(二)", "2"], [], [], note=PROSE + "; " + GOALS),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["leaves: (一)指導思想 and 1.–3. under (二): 4; 0 as a section of aims, or 3 without the cut item 3",
            "「2030」 in 「健康長春2030」 is a name"])

write_collected(DIR)
