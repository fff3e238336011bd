# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next26/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by corpus26; page openings of plans from outside Shanghai, mostly in
fields no earlier set has: 根治欠薪, 医共体/医疗卫生服务体系, 乡村治理, 电子商务进农村, 双重预防机制; plus a 危化品
page 2 and two 道路交通安全 pages): never tune the parser on them (see README.md). Only `line` and `title_starts`
are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or by ``at`` where an item's number is not at
its line's start: x26_02's (一)/(二) inside run-together lines); every answer was written here by reading the texts.
Neither the parser nor the scorer was run on these plans by corpus26: the lead scores them once.

    python tests/data/plans-next26/make_expected.py tests/data/plans-next26
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
GOALS = ("a section of aims, principles or facts (指导思想/工作目标/基本原则/领导机构…): no task; with it counted is "
         "accepted")
CHUNKS = ("「1、」「2、」「3、」 at line starts are the document site's chunk numbers (the text runs on across them, even "
          "inside a word: 「…完善和落实隐患」/「2、排查治理制度」), not items")
NO_TITLE = "title not checked: the page does not show the plan's title"
at = partial(at_in, DIR)


def src(url):
    return url + " — " + PAGES + HAND


# ---------------------------------------------------------------------------------------------------------
DAYING_UNITS = ["县安委办", "大英经开区", "县经科局", "县发展改革局", "县应急局", "大英生态环境局", "县交通运输局",
                "县住房城乡建设局", "县公安局", "县市场监管局"]
plan("x26_01_daying-2022-weixian-huaxuepin-anquan-fengxian-jizhong-zhili-fangan-di2ye.txt",
     title_note=NO_TITLE + " (this is page 2 of a paged copy; the title, the preamble and 一、二、 are on page 1). "
                           "By the items it is 大英县's 危险化学品安全风险集中治理 plan, but that name is not on the page",
     doc_no="", issuer="大英县 (Sichuan, Suining; 「大英县安全生产职能职责规定」, 「县安委办」 — the issuing body is not on "
                       "this page)",
     date="2022 (every 治理时限 is in 2022)", level="county (Sichuan, 大英县)",
     source=src("https://dyrmt.com/article-147399-2.html") + "; page 2 of a paged copy (page 1 holds the title and "
            "sections 一、二、)",
     style="page 2 starting at a top-level heading 「三、具体举措、责任主体和治理时限」 / (一) heading line / 1.…5. items, "
           "each ending with a bracket 「(责任单位:X;治理时限:2022年N月)」 or 「(牵头责任单位:X;责任单位:A、B、…;治理时限:"
           "…)」 — ASCII brackets, full-width colons replaced by ASCII, 「;」 between the fields; 5. cut before its bracket",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "(一)", "1"], [], ["县安委办"], dl="2022年11月", dln="2022-11", lead_alternatives=[["县安委办"]],
          note="「(责任单位:县安委办;治理时限:2022年11月)」: " + ONE + "; 《大英县安全生产职能职责规定》 and 大英红旗化工园区 "
               "are a rule and a place, not units; 治理时限 is the deadline (month only: 2022-11)"),
        S(["三", "(一)", "2"], [], ["县安委办"], dl="2022年8月", dln="2022-08", lead_alternatives=[["县安委办"]],
          note="「(责任单位:县安委办;治理时限:2022年8月)」: " + ONE + "; 「适时召开联席会」 is a meeting held when needed, "
               "no rhythm and no reporting duty; 大英县危险化学品安全生产专业委员会 is the body to be used, not a label"),
        S(["三", "(一)", "3"], ["县安委办"], DAYING_UNITS, dl="2022年4月", dln="2022-04",
          note="「牵头责任单位:县安委办」 is the lead; 「责任单位:大英经开区、…、县市场监管局」 the nine others "
               "(responsible lists the lead too, as plans-dev 01); 大英生态环境局 is printed without 县, kept as printed"),
        S(["三", "(一)", "4"], ["县安委办"], DAYING_UNITS, dl="2022年12月", dln="2022-12",
          note="same bracket as 3. with 治理时限:2022年12月; 《大英县危险化学品安全生产工作责任清单》 is a document"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves on the page: 三/(一)/1.–5.; 4 without the cut 5. (its bracket is cut off, so it is not sampled)",
            "the numbers in the paths are as printed on this page (三、 is the document's third section)",
            "no figures in the items: no targets; every deadline is a month of 2022"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x26_02_shanxi-shi-2017-huagong-weihuapin-qiye-shuangchong-yufang-jizhi-shishi-fangan.txt"
plan(X02,
     title="化工和危险化学品生产经营企业构建双重事故预防机制实施方案",
     title_note="line 1 after the site's chunk number 「1、」, run into the preamble 「为建立…」 without a break",
     doc_no="", issuer="a city in Shanxi (「全市」; it follows 山西省安全生产监督管理局's 「晋安监发2017 221号」; the city and "
                       "the issuing body are not named)",
     date="2017 (「2017 年底前」 in 一、)", level="city (Shanxi, inferred; not named)",
     source=src("https://m.docduoduo.com/d-1888389.html"),
     style="document-site preview in site CHUNKS 「1、」「2、」「3、」 at line starts (chunk 2 starts inside a sentence, chunk 3 "
           "with 「、、严重性」); title, preamble, 一、工作目标, 二、 and its (一)(二) RUN TOGETHER inside the lines; a document "
           "number with a blank instead of brackets 「晋安监发2017 221号」 and 「2017 年底前」 with a blank; cut in 二/(二)",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], [], **at(X02, "(一)"),
          note=PROSE + " (「企业要以装置为单元…」: 企业 is a kind of actor; 评价机构 in prose); run-in heading 「全面开展安全风险"
                       "辨识。」; the item's number stands inside chunk 2's line, after 二、's heading"),
        S(["二", "(二)"], [], [], **at(X02, "(二)"),
          note=CUT + " (it runs on into chunk 3); " + PROSE + "; 「红、橙、黄、 蓝」四色 and the four risk levels are "
                                                              "categories, not targets"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=[CHUNKS,
            "2 leaves: 二/(一), 二/(二) (cut); 1 without the cut item; 3 if 一、工作目标 is counted (it is aims: " + GOALS + ")",
            "一、's 「2017 年底前,初步建立全市危险化学品生产经营企业安全风险数据库…」 is the plan's goal with a year-end date, "
            "in a childless aims section: not sampled",
            "「晋安监发2017 221号」 is a document number (its brackets lost): no target, no date"])

# ---------------------------------------------------------------------------------------------------------
plan("x26_03_nanzhai-zhen-genzhi-qianxin-zhuanxiang-xingdong-shishi-fangan.txt",
     title="南寨鎮根治欠薪專項行動實施方案（根治欠薪專項行動方案）",
     title_note="the text names itself in its preamble (「制定南寨鎮根治欠薪專項行動實施方案」); the page's heading for it is "
                "line 3 「根治欠薪專項行動方案1」, whose 「1」 is the text's place in the collection: either name is accepted "
                "(without the ordinal); line 1 「…范文(精選6篇)」 is the collection's heading",
     doc_no="", issuer="南寨鎮 (a town; province and county not on the page)",
     date="(not on the page; after the 《保障農民工工資支付條例》 of 2020 and during the epidemic: 「受疫情影響的企業」)",
     level="town (南寨鎮; province unknown)",
     source=src("http://m.qianlijiaju.cn/fangan/6554287.html"),
     style="an essay site's collection in TRADITIONAL characters: collection heading, a blurb, the heading "
           "「根治欠薪專項行動方案1」, preamble, 一、總體行動目標 (aims), 二、主要任務 / (一)行動范圍 / (二)行動內容 as heading "
           "lines with the text on the next line; a stray 「'」 inside a word (「引發的'集體事件」); cut in (二)",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=["一、總體行動目標"],
     samples=[
        S(["二", "(一)"], [], [],
          note=PROSE + " (the item is the campaign's scope: 「覆蓋全鎮所有在建工程項目和勞密性用工企業,轄區所有生產經營單位」 "
                       "— kinds of entity to be covered, not units given work); no date"),
        S(["二", "(二)"], [], [],
          note=CUT + "; " + PROSE + " (「要指導用人單位…」 has no subject; 用人單位 are the ones checked); 「責令限期整改」 is a "
                                   "rule of enforcement without a date: no deadline"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), 二/(二) (cut); 1 without the cut item (or if the scope (一) is not read as a task); 3 if "
            "一、總體行動目標 is counted (" + GOALS + ")",
            "「兩清零三確保」 and 「四個」底線 are slogans without figures: no targets"])

# ---------------------------------------------------------------------------------------------------------
FUYANG_UNITS = ["市人力资源社会保障局", "市城乡建设局", "市交通运输局", "市水利局", "各县市区人民政府", "阜阳经开区",
                "阜合园区管委会"]
plan("x26_04_fuyang-2023-genzhi-tuoqian-nongmingong-gongzi-shishi-yijian.txt",
     title_note=NO_TITLE + " (a law site's metadata lines, then the addressees; the opinion calls itself 「如下实施意见」 "
                           "only)",
     doc_no="阜政办〔2023〕11号", issuer="阜阳市人民政府 (发文机关 line; Anhui, Fuyang)", date="2023-08-18",
     level="city (Anhui, 阜阳)",
     source=src("https://055110.com/law/2/38225.html"),
     style="a law site's six metadata lines written without separators (「发文机关阜阳市人民政府」「发文字号阜政办〔2023〕11号」), "
           "addressees, preamble, 「一、 强化措施,…」 (a blank after 、), run-in items 「(一)加强劳动合同管理。…」 each ending with "
           "「(责任单位:…)」; the first bracket adds a STANDING RULE 「以下均需各县市区人民政府,阜阳经开区、阜合园区管委会负责"
           "落实,不再列出」; cut in (二) before its bracket",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], FUYANG_UNITS, not_targets=[(3, "年")],
          note="「(责任单位:市人力资源社会保障局、市城乡建设局、市交通运输局、市水利局等部门,各县市区人民政府,阜阳经开区、"
               "阜合园区管委会。以下均需…不再列出)」: a list without a lead (lead = []); 「等部门」 is a category tail; "
               "「阜阳经开区、阜合园区管委会」 read as two units (阜阳经开区 is itself a unit name; the shared 管委会 is not "
               "added); the sentence 「以下均需…负责落实,不再列出」 is a rule for the later items, not a unit list of its own; "
               "「至少保存至工程完工且工资全部结清后3年」 is a retention period the employer must keep, not a target; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一/(一) and 一/(二) (cut); 1 without the cut item",
            "一/(二) is not sampled: its own units are cut off (by the standing rule it would also carry 各县市区人民政府, "
            "阜阳经开区, 阜合园区管委会)",
            "the metadata dates 2023年08月18日 (发文日期, 施行日期) are the document's dates, not deadlines; 国办发〔2016〕1号 and "
            "皖政办〔2016〕22号 are document numbers"])

# ---------------------------------------------------------------------------------------------------------
plan("x26_05_shi-daolu-jiaotong-anquan-chuangjian-huodong-gongzuo-zhize.txt",
     title_note=NO_TITLE + " (the page starts at item 4、 of a part whose heading is not on it; by its words it is a "
                           "city's plan for a road-traffic-safety 创建活动 that gives duties to 县(市)区, 乡(镇) governments "
                           "and departments)",
     doc_no="", issuer="a prefecture-level city or higher (it gives work to 「县(市)区人民政府」; not named)",
     date="(not on the page)", level="city (inferred; place not on the page)",
     source=src("http://www.fymate.net/html/text/lar/172179/17217918_1.html"),
     style="a site page starting INSIDE a document: items 4、5、6、 of an unseen (一) (the county governments' duties, by "
           "item 6), then 「(二)乡(镇)人民政府的工作职责」 with 1、–4、, then 「四、相关职能部门的工作职责」 / 「(一)公安部门」 / 1、 "
           "(cut): the UNITS ARE HEADINGS of duty lists (「X的工作职责」, a bare department name); 1、 numbering with 、",
     leaf_tasks=8, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["5"], [], [],
          note="path: its parents are not on the page, so the path starts at 5 (the parent's unit is not on the page "
               "either); " + PROSE + "; 「山区、农村道路」 are places"),
        S(["6"], [], [],
          note="「县(市)区人民政府要设立创建活动办公室,负责本地区…」: the government is the prose SUBJECT of the sentence, "
               "read as a kind of actor like 各学校/各村 (plans-next22); lead = [], responsible = []"),
        S(["(二)", "1"], [], ["乡(镇)人民政府"], lead_alternatives=[["乡(镇)人民政府"]],
          note="the heading 「(二)乡(镇)人民政府的工作职责」 names the unit whose duties 1、–4、 are (unit as heading, as "
               "plans-dev 10's 三、, but one level up: the leaves are the numbered duties under it); " + ONE + "; "
               "「联席会议制度」 is a mechanism to set up, no dated rhythm"),
        S(["(二)", "3"], [], ["乡(镇)人民政府"], lead_alternatives=[["乡(镇)人民政府"]],
          note="unit from the heading (二) as for (二)/1; 「组织公安、交通、农机、安全生产监督管理等部门」 are the departments the "
               "township ORGANISES (objects), not units of the item; 「节假日期间」 is a recurring window, not a deadline"),
        S(["四", "(一)", "1"], [], ["公安部门"], lead_alternatives=[["公安部门"]],
          note=CUT + "; the heading 「(一)公安部门」 under 「四、相关职能部门的工作职责」 names the unit of its duties 1、…; "
                     + ONE + "; 「本级人民政府」 is the body to report to (the sentence is cut at 「提出预」)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves on the page: 4、5、6、 (under a parent not on the page), (二)/1、–4、, 四/(一)/1、 (cut); 7 without the cut "
            "item",
            "(二)'s parent (probably 三、 on the governments' duties) is not on the page: the path starts at (二)",
            "「每年度创建、表彰一批交通安全村…」 (item 4) is a yearly commendation, not a reporting duty; 「五进」 is a slogan: "
            "no targets on the page"])

# ---------------------------------------------------------------------------------------------------------
plan("x26_06_hainan-2018-daolu-jiaotong-anquan-zhuanxiang-zhengzhi-sannian-gongjianzhan-fangan.txt",
     title="海南省道路交通安全专项整治三年攻坚战工作方案(试行)（海南省人民政府办公厅关于印发海南省道路交通安全专项整治三年攻坚战工作方案(试行)的通知）",
     title_note="the plan's title on line 7 or the notice title on line 2 (line 1 repeats it after the number 琼府办〔2018〕48号 "
                "in 《》, with a blank inside 「( 试行)」)",
     doc_no="琼府办〔2018〕48号", issuer="海南省人民政府办公厅", date="2018-06-01", level="province (Hainan)",
     source=src("https://0798ci.com/policy/53381.html"),
     style="a law site's heading line (number + notice title in 《》), the notice title again, addressees, one-sentence "
           "notice, issuer and date, the plan's title, preamble, 一、指导思想和工作目标 (cut)",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、指导思想和工作目标"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、指导思想和工作目标 is aims (" + GOALS + "); 1 if it is read as a task",
            "「30周年」 is an anniversary and 中发〔2018〕12号 a document number: no targets; 三年攻坚战 names the campaign (its "
            "years are not on the page)"])

# ---------------------------------------------------------------------------------------------------------
plan("x26_07_hainanzhou-2024-jinmixing-xianyu-yigongti-jianshe-shishi-fangan.txt",
     title="海南州全面推进紧密型县域医疗卫生共同体建设实施方案（关于印发海南州全面推进紧密型县域医疗卫生 共同体建设实施方案的通知）",
     title_note="the plan's title over lines 5–6 (「…医疗卫生」 / 「共同体建设实施方案」) or the notice title on line 4 (with a "
                "blank inside, as printed)",
     doc_no="", issuer="海南州 (海南藏族自治州, Qinghai; the issuing office is not on the page)",
     date="2024 (index number 2024092600000171; 生效日期 2024-10-31)", level="prefecture (Qinghai, 海南州)",
     source=src("https://www.hainanzhou.gov.cn/zwgk/fdzdgknr/zcwj/content_400010889"),
     style="a government site's metadata flattened with 「|」 (索引号, 发布机构, 生效日期, 废止日期, 文 号 with a blank, 所属主题), "
           "the notice title (no notice text), the plan's title over two lines, preamble, 一、总体目标 with two paragraphs, "
           "the second dated with % goals (cut)",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[],
     plan_targets=[{"number": 90, "unit": "%"}, {"number": 55, "unit": "%"}],
     phases=[], duties=[],
     notes=["no task on the page: 一、总体目标 is aims (" + GOALS + "); 1 if it is read as a task",
            "plan targets in 一、: 「90%的乡镇卫生院达到服务能力推荐标准」, 「基层医疗卫生机构诊疗量占比提高到55%左右」 (by "
            "「到2025年底前」); 「12812」 is the name of a work pattern and 青卫健〔2024〕58号 a document number: no targets; "
            "2024-10-31 is the page's 生效日期, no deadline"])

# ---------------------------------------------------------------------------------------------------------
plan("x26_08_eerduosi-2024-wanshan-yiliao-weisheng-fuwu-tixi-shishi-fangan.txt",
     title="鄂尔多斯市进一步完善医疗卫生服务体系实施方案",
     title_note="lines 11 and 13 (the title split over two paragraphs: 「鄂尔多斯市进一步完善医疗卫生」 / 「服务体系实施方案」); "
                "the notice has no title line on the page",
     doc_no="鄂府办发〔2024〕24号", issuer="鄂尔多斯市人民政府办公室 (Inner Mongolia)", date="2024-04-08",
     level="city (Inner Mongolia, 鄂尔多斯)",
     source=src("http://ordoszxqy.org.cn/policy/info/3797"),
     style="starts at the document number; notice (addressees, text, issuer, date) and plan separated by blank lines; the "
           "title split over two paragraphs; 一、总体要求 / (一)指导思想。 / (二)工作目标。 run-in headings; dense goals "
           "(张, ratios 1:1.6, %); cut in (二)",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[{"number": 6.8, "unit": "张"}, {"number": 50, "unit": "%"}, {"number": 80, "unit": "%"}],
     phases=[], duties=[],
     notes=["2 leaves by the mechanical rule (一/(一) 指导思想, 一/(二) 工作目标, cut); 0 accepted (both are aims: " + GOALS +
            "); 1 without the cut (二); not sampled (aims, no units)",
            "plan targets in 一/(二) (by 「到2025年」): 「每千人床位数达到6.8张」, 「50%以上旗区级综合医院达到…推荐标准」, "
            "「县域内住院人次占比达到80%以上」; the ratios 「床人比不低于1:1.6」「医护比不低于1:1.2」 are not checked (no unit)",
            "「2024年第7次常务会议」 names a meeting; 中办发〔2023〕10号 / 内政办发〔2023〕61号 are document numbers"])

# ---------------------------------------------------------------------------------------------------------
plan("x26_09_xian-shi-2020-xiangcun-zhili-zhongdian-renwu-fengong-tongzhi.txt",
     title="加强和改进乡村治理重点任务分工（中共西安市委办公厅 西安市人民政府办公厅 关于印发《加强和改进乡村治理重点任务分工》的通知）",
     title_note="the name of the attached task division in 《》 or the notice title on line 7 (two issuers, two blanks "
                "before 关于, as printed)",
     doc_no="", issuer="中共西安市委办公厅, 西安市人民政府办公厅 (Shaanxi, Xi'an)", date="2020-09-08 (the page's date)",
     level="city (Shaanxi, 西安)",
     source=src("http://www.xasw.gov.cn/info/1005/6819.htm"),
     style="a party-committee site: welcome line, section name, breadcrumb, the notice title, a source/date line, a line "
           "of blanks, addressees, then the notice's own requirements as indented paragraphs 「一是加强组织领导。…」 "
           "「二是明确目标任务。…」 (cut); the task division itself (the attachment) is not on the page",
     leaf_tasks=0, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no numbered task on the page: 一是/二是 are enumerations in prose (as plans-dev 09's 一要…五要), not items; "
            "2 accepted if they are read as items; the tasks are in the attached 分工, not on the page",
            "一是 names kinds of department in prose (「由党委农村工作部门牵头抓总,组织、宣传、政法、公安、民政、司法等相关部门"
            "组成的协同推进机制」): a mechanism to set up, not an assignment with units",
            "中办发〔2019〕41号 and 陕办发〔2020〕4号 are document numbers; 「2020年,…」 in 二是 opens the year's goal (cut)"])

# ---------------------------------------------------------------------------------------------------------
plan("x26_10_jingyang-xiangcun-zhili-shidian-shifan-gongzuo-fangan.txt",
     title="乡村治理试点示范工作方案",
     title_note="line 7 「乡村治理试点示范工作方案1」 without the 「1」 that numbers the text in the collection (line 3 "
                "「…三篇」 is the collection's heading); the text names itself only as 「如下工作方案」",
     doc_no="", issuer="泾阳县司法局 (Shaanxi, Xianyang; 「县司法局成立…领导小组」, 「泾阳县是全…」)",
     date="(not on the page; after the 十八届五中全会, so 2016 or later)", level="county bureau (Shaanxi, 泾阳县司法局)",
     source=src("https://www.zsfuye.com/shishang/202313.html"),
     style="an essay site: breadcrumb, collection heading, a blurb that starts mid-sentence (「治理人才培养,…」), the "
           "heading 「…工作方案1」, indented paragraphs: preamble, 一、指导思想, 二、领导机构 (a leading group of PERSONS, 「宋 彬」 "
           "with a blank, an office 「设在基层股」), 三、试点村 (cut)",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、领导机构", "三、试点村"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、 is aims, 二、 sets up a leading group of persons, 三、试点村 names the pilot villages "
            "(cut) — " + GOALS + "; 1 or 2 if 二、/三、 are read as tasks",
            "the leading group's members are PERSONS (组长:李九洲 …), the office 「设在基层股」 is its seat: no units",
            "「一村(社区)一法律顾问」 is a programme name: no target"])

# ---------------------------------------------------------------------------------------------------------
plan("x26_11_sheng-20xx-nongcun-zonghe-shifan-dianzi-shangwu-fangan.txt",
     title="農村綜合示範電子商務方案",
     title_note="lines 1, 5 and 10 (the site's name for the text; the text calls itself 「本實施方案」)",
     doc_no="", issuer="a province's commerce department (「結合我省…」, 「省級商務主管部門」; not named)",
     date="(20xx: the year is masked in the cited notice 「財辦建〔20xx〕58號」)", level="province (not named)",
     source=src("https://qqjlz.com/chang/cehua/4m7n6p.html"),
     style="a résumé site's page in TRADITIONAL characters: the name, 「來源:巧巧簡歷站 2.63W」, the name again (indented), "
           "a blurb copied from the text, lines holding one blank, the name a third time, preamble with a masked year "
           "「20xx」, 一、指導思想, 二、基本原則 with UNNUMBERED run-in principles 「省負總責、市縣落實。…」 (cut)",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、指導思想", "二、基本原則"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、 and 二、 are aims and principles (" + GOALS + "); 1 or 2 if they are read as tasks",
            "二、's principles name roles in prose (省級商務主管部門, 市(州)商務主管部門, 示範縣): no task units",
            "「2.63W」 is the site's view count and 財辦建〔20xx〕58號 a document number: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x26_12_neixiang-2017-dianzi-shangwu-jin-nongcun-shifan-chuangjian-shishi-fangan.txt",
     title="内乡县电子商务进农村综合示范创建工作实施方案（内乡县人民政府关于印发电子商务进农村综合示范创建工作实施方案的通知）",
     title_note="the plan's title on line 21 or the notice title on line 3",
     doc_no="", issuer="内乡县人民政府 (Henan, Nanyang)", date="2017-06-20 (page date 2017-09-06)",
     level="county (Henan, 内乡县)",
     source=src("http://neixiangxian.gov.cn/2017/0906/16014.html"),
     style="a county site: breadcrumb, notice title, source/date line, addressees, one-sentence notice, lines holding one "
           "blank, the date (no issuer line), the plan's title, preamble, 一、总体规划 / (一)指导思想 / (二)发展思路 as "
           "heading lines with the text in the next paragraph, then the bare heading 「二、发展目标」 where the page ends",
     leaf_tasks=2, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["二、发展目标"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves by the mechanical rule (一/(一) 指导思想, 一/(二) 发展思路); 0 accepted (both are aims: " + GOALS + "); "
            "not sampled (aims, no units, no dates); 二、发展目标 is a heading whose text is not on the page",
            "「2017年国家电子商务进农村综合示范县」 names a programme year: no deadline, no target"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x26_02", ["二", "(一)"], [], ["企业"], "「企业要以装置为单元，…组织全体员工选用…风险分析方法…进行全方位、全过程辨识」: the subject of 组织＋verb, a kind of body (as rule 2's 物业服务企业) doing the item's work, responsible, no lead (A alone accepted); 评价机构 only wrote a report the firm may consult", alt=[["企业"]])
write_collected(DIR)
