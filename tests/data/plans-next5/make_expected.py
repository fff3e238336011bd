# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next5/expected.json from the hand-written answers below.

These plans are a never-tuned set of round 10 (plans from outside Shanghai, every level): never tune the parser
on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of
../plans/expected_tools.py, or by ``at`` below where an item's number is not at the start of its line or the
path starts with an unnumbered heading: j01, j05, j07, j16); every answer was written here by reading the
texts, before the parser or the scorer was run on them.

    python tests/data/plans-next5/make_expected.py tests/data/plans-next5
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    COVER,
    CUT,
    PAGES,
    S,
    at_in,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

HAND = ("; the excerpt was copied by hand from the tool's answer into the file (JSON escapes undone, a final newline "
        "added)")
PROSE = "no unit is named for the item (the subjects in the text are prose or category words): lead = [], responsible = []"
NOTITLE = "the page holds no title line of the plan: no title is checked"
GOALS = "a section of aims or principles (总体要求/指导思想/分工原则…): with 0 counted as the plan's tasks is accepted"
XY = "「X牵头,A、B…配合」: X is the lead, the cooperating units are responsible (plans p04 convention: 各地、各部门 kept as groups)"


at = partial(at_in, DIR)


def src(url):
    return url + " — " + PAGES + HAND


# ---------------------------------------------------------------------------------------------------------
J01 = "j01_guangdong-2023-sheng-zhengfu-gongzuo-baogao-renwu-fengong-nongyeting.txt"
plan(J01,
     title_note=NOTITLE + " (a department's news post names the plan 《2023年省〈政府工作报告〉工作任务分工方案》 over three "
                "short lines of a teaser; no line is the plan's title)",
     doc_no="", issuer="广东省人民政府 (plan); the page is 广东省农业农村厅(乡村振兴局)'s selection of its tasks", date="2023",
     level="province (Guangdong), selection by a province department",
     source=src("https://dara.gd.gov.cn/ztzx/xczxgzt/xcyw/bmdt/content/post_4379058.html"),
     style="a province department's post quoting the tasks of the 2023 省《政府工作报告》 breakdown that concern it: a "
           "teaser of short lines, then UNNUMBERED tasks RUN INTO ONE LINE, each 「<task> 工作措施:… 部门分工:X牵头,A、B…等配合。」 "
           "(the first without 工作措施); the fourth task is cut",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["粮食产量1268万吨以上"], ["省农业农村厅"], ["省农业农村厅", "各地", "各部门"], [(1268, "万吨")],
          **at(J01, "一起来看看吧~\n"), note=XY + "; the task's name is its target; 2023 implicit, no deadline"),
        S(["大力推进20个战略性产业集群建设"], ["省工业和信息化厅"],
          ["省工业和信息化厅", "省发展改革委", "科技厅", "农业农村厅", "统计局", "政务服务数据管理局", "能源局"], [(20, "个")],
          **at(J01, "各部门配合。 "),
          note=XY + "; 「省发展改革委、科技厅、农业农村厅…能源局等配合」: units as printed (省 shared by the list, not added); "
               "等 dropped; 「1+20」 is a name; 2023年重点工作任务 names the year, not a deadline"),
        S(["促进数字经济和实体经济深度融合"], ["省工业和信息化厅"],
          ["省工业和信息化厅", "省委网信办", "省发展改革委", "科技厅", "农业农村厅", "商务厅", "广电局", "政务服务数据管理局",
           "省通信管理局"], [(5000, "家"), (10, "万家")],
          **at(J01, "能源局等配合。 "),
          note=XY + "; the list 「省委网信办,省发展改革委、…政务服务数据管理局,省通信管理局等配合」 mixes , and 、; 5G and "
               "「千兆城市」 are names"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["three whole tasks and a fourth cut (「促进知识产权高」): 3, or 4 counting the cut one",
            "the tasks have no numbers: the path is the task's first words"])

# ---------------------------------------------------------------------------------------------------------
plan("j02_yunnan-2017-cujin-quansheng-jingji-chixu-pingwen-fazhan-yijian.txt",
     title_note=NOTITLE + " (the page starts at the addressees; by its content a 云南省人民政府 opinion on steady growth, 2017)",
     doc_no="", issuer="云南省人民政府 (by the addressees 「各州、市、县、区人民政府,省直各委、办、厅、局」 and the content)",
     date="2017", level="province (Yunnan)",
     source=src("https://yaoan.gov.cn/Pages_31_18539.aspx"),
     style="province opinion: top-level items 一、二、 as headings, each with one long paragraph that ends in "
           "「(X、Y牵头;A、B、…,C、D,各州、市人民政府配合)」 — two leads, cooperating units split by 、 and ,; several dated "
           "steps inside one item; item 二 cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], ["省发展改革委", "财政厅"],
          ["省发展改革委", "财政厅", "省工业和信息化委", "国土资源厅", "环境保护厅", "住房城乡建设厅", "林业厅", "水利厅", "地税局",
           "国家开发银行云南省分行", "农业发展银行云南省分行", "各州、市人民政府"],
          [(3, "亿元"), (20, "个"), (4, "%"), (60, "%"), (80, "%")], skip_deadline=True,
          note="(X、Y牵头;…配合): two leads; 「各州、市人民政府」 is one group name (not 各州 + 市人民政府); deadlines: "
               "2017年3月底前 (拨付前期经费), 6月底前 60%, 9月底前 80%, 11月底前 all, 第3季度 a check — several steps, no "
               "single deadline: not checked; 8个重点行业主管部门 counts the departments under management (neither checked)"),
        S(["二"], [], [], [(3, "亿元")], note=CUT + "; its units are not on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["item 二 is cut after 「采」: 2, or 1 without it"])

# ---------------------------------------------------------------------------------------------------------
plan("j03_shandong-2014-shenhua-yusuan-guanli-zhidu-gaige-shishi-yijian.txt",
     title="山东省人民政府关于深化预算管理制度改革的实施意见",
     title_note="line 5; line 1 repeats it with the document number and 《》 in front",
     doc_no="鲁政发〔2014〕20号", issuer="山东省人民政府", date="2014", level="province (Shandong)",
     source=src("https://0798ci.com/law/8240.html"),
     style="province implementation opinion on a law-site copy: title with number, page counter, addressees, preamble, "
           "「一、…总体要求」 with items 「1.指导思想。…」 「2.目标任务。…」 (a bold-run-in heading then text); page cut in 2.",
     leaf_tasks=2, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], note=GOALS + "; " + PROSE),
        S(["一", "2"], [], [], dl="2016年基本完成深化预算管理改革的各项任务", dln="2016",
          note=PROSE + "; yearly steps 2014 start / 2015 decisive progress / 2016 basic completion: the task is due 2016; "
               "the item is cut after 「公开透明」"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["国发〔2014〕45号, 鲁发〔2014〕18号 are cited documents",
            "1. and 2. sit under 一、总体要求 (指导思想, 目标任务): " + GOALS])

# ---------------------------------------------------------------------------------------------------------
plan("j04_xinjiang-1994-baiwanren-wenbao-gongcheng-jihua-tongzhi.txt",
     title="新疆维吾尔自治区百万人温饱工程计划（自治区人民政府关于印发新疆维吾尔自治区百万人温饱工程计划的通知）",
     title_note="the notice title over three lines (lines 13–15), the plan named in it; either is accepted",
     doc_no="新政发〔1994〕103号", issuer="新疆维吾尔自治区人民政府", date="1994-12-27",
     level="province (Xinjiang autonomous region)",
     source=src("http://worldlii.org/chi/cn/legis/xj/laws/75cca198a1c3ca00d09f3bf42d65e0342aea4cf7"),
     style="autonomous-region cover on a legal database: site menu, 【】 metadata lines, notice title over three lines, "
           "document number in brackets RUN INTO the addressees, cover prose with the plan's aim; the plan itself is past the cut",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[{"number": 107, "unit": "万人"}],
     phases=[], duties=[],
     notes=["no numbered item on the page: 0 tasks",
            "the plan's goal: 「基本解决107万贫困人口的温饱问题」 (107万人 also in 「已减少到107万人」); 1986年 is a date in the history",
            "「根据本计划制定自己的…规划和年度计划」 asks the prefectures for plans of their own, not a report: no duty"])

# ---------------------------------------------------------------------------------------------------------
J05 = "j05_yili-zhouzhi-shiyiwu-guihua-gangyao-mubiao-renwu-fenjie-tongzhi.txt"
plan(J05,
     title_note=NOTITLE + " (the page starts at the addressees: 伊犁哈萨克自治州人民政府's notice dividing the 十一五 outline's "
                "targets among counties and departments)",
     doc_no="", issuer="伊犁哈萨克自治州人民政府", date="2006 (十一五; not on the page)",
     level="prefecture (Xinjiang, Ili Kazakh autonomous prefecture)",
     source=src("https://m.fabao365.com/code/law_150479.html"),
     style="prefecture task-division notice, the WHOLE PAGE ONE LINE: addressees, preamble, 「一、分工原则 (一)… (二)… (三)…」 "
           "principles, 「二、责任主体及工作分工 … (一)主要指标 1.主要指标的责任部门。 万元生产」 cut",
     leaf_tasks=4, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], **at(J05, "一、分工原则 (一)"),
          note=GOALS + " (分工原则); " + PROSE),
        S(["一", "(二)"], [], [], **at(J05, "不作分解。 (二)"), note=PROSE + "; 各部门 is the object of 分解落实到部门, not a unit"),
        S(["一", "(三)"], [], [], **at(J05, "落实到部门。 (三)"), note=PROSE + "; 「十一五」-style names, no figures"),
        S(["二", "(一)", "1"], [], [], **at(J05, " 1."),
          note=CUT + " (「1.主要指标的责任部门。 万元生产」): its units are not on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["leaves: 一(一)(二)(三) (principles) and 二(一)1 (cut): 4; 1 if the principles are not tasks",
            "the document is a notice; its tasks (indicators, projects, reforms per department) follow past the cut"])

# ---------------------------------------------------------------------------------------------------------
plan("j06_yexian-2025-renda-daibiao-jianyi-zhengxie-tian-banli-tongzhi.txt",
     title="叶县人民政府办公室关于认真做好2025年县人大代表建议和政协提案办理工作的通知",
     title_note="line 7, after the site's breadcrumb and metadata",
     doc_no="", issuer="叶县人民政府办公室 (平顶山市)", date="2025-05-12 (page date)",
     level="county (Henan, Pingdingshan, Ye county)",
     source=src("https://yexian.gov.cn/contents/33179/439882.html"),
     style="county 建议/提案 handling notice: site chrome, metadata, title, addressees with their separators lost "
           "(「各乡(镇)人民政府街道办事处人民政府各部门,有关单」), the count of motions, 「一、强化责任担当,健全领导体系」 as a "
           "heading line and one long paragraph of roles (「3+1」 mechanism); cut",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note=PROSE + " (各承办单位, 主要负责同志, 分管领导, 具体承办人员, 办公室: roles in prose); 「3+1」 is a name; "
               + CUT),
     ],
     plan_targets=[{"number": 211, "unit": "件"}],
     phases=[], duties=[],
     notes=["211件 (建议98件、提案113件) is the workload the notice hands out: a plan-level figure",
            "the addressees line lost its 、 and ends cut (「有关单」); 「县政协十一届次会议」 lost a numeral in the source",
            "0 is accepted for the count: a reader may see 一、 as the notice's instruction rather than a task"])

# ---------------------------------------------------------------------------------------------------------
J07 = "j07_xian-2022-zhengfu-gongzuo-baogao-renwu-fenjie-yijian.txt"
plan(J07,
     title="西安市2022年《政府工作报告》任务分解意见（西安市人民政府办公厅关于印发2022年政府工作报告任务分解意见的通知）",
     title_note="the plan's own title (line 15) or the notice title (line 1): either is accepted",
     doc_no="", issuer="西安市人民政府办公厅", date="2022-04-29", level="city (Shaanxi, Xi'an)",
     source=src("https://kuaibao.lzzcloud.net/news_info/905473.html"),
     style="city 政府工作报告 breakdown: notice title, addressees, one-line cover, signature and date, a contact line "
           "(person and telephone), the plan's title, then an UNNUMBERED heading 「说明」 over explanatory notes 1.–4. (the "
           "breakdown's rules: 责任单位 = main responsible unit, others 配合单位; 12 parts, 171 items); the 171 tasks are past the cut",
     leaf_tasks=4, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["说明", "2"], [], [], **at(J07, "\n2."),
          note="the rule 「将各项任务的主要负责单位确定为责任单位,其他负责单位确定为配合单位」 defines the column words; "
               "责任单位/配合单位 here are not units: lead = [], responsible = []; " + COVER.replace("cover's", "说明's")),
        S(["说明", "3"], [], [], **at(J07, "\n3."), not_targets=[(171, "项")],
          note="「共171项」 and the per-part counts (10项, 12项…) count the breakdown's items; they are not targets"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["说明 has no number: the heading text is the path's first element",
            "周涛 and 86789315 are a contact person and telephone, not a unit or a figure",
            "the notes 1.–4. are read as tasks by the count convention for cover instructions (4); 0 (the tasks are past "
            "the cut) is accepted"])

# ---------------------------------------------------------------------------------------------------------
plan("j08_guangxi-2018-xiangcun-zhenxing-chanye-jichu-sheshi-gonggong-fuwu-sannian-xingdong-jihua.txt",
     title="乡村振兴产业发展基础设施公共服务能力提升三年行动计划(2018—2020年)（广西壮族自治区人民政府办公厅关于印发乡村振兴产业发展基础设施公共服务能力提升三年行动计划(2018—2020年)的通知）",
     title_note="the plan's title over lines 9–10 or the notice title over lines 1–4: either is accepted",
     doc_no="桂政办发〔2018〕46号", issuer="广西壮族自治区人民政府办公厅", date="2018-05-10",
     level="province (Guangxi autonomous region)",
     source=src("https://news.jingxi.net/read-htm-tid-29284.html"),
     style="autonomous-region three-year action plan on a county news site: notice title over four lines, number in "
           "brackets, addressees, cover, date without signature, the plan's title over two lines, preamble, 「一、总体要求 "
           "(一)指导思想。」 with its text on the next line; cut",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], note=GOALS + "; " + PROSE + "; " + CUT + "; 2018—2020 is the plan's period, no deadline"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["桂发〔2017〕16号, 桂发〔2018〕7号 are cited documents; 「五位一体」「四个全面」 are names"])

# ---------------------------------------------------------------------------------------------------------
plan("j09_quzhou-2021-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie-tongzhi.txt",
     title="政府工作报告“十四五”时期重点工作责任分解（关于印发2021年政府工作报告重点工作责任分解的通知）",
     title_note="the first plan's title (lines 27–29, over two lines) or the notice title (line 7): either is accepted",
     doc_no="衢政办发〔2021〕3号", issuer="衢州市人民政府办公室", date="2021-03-24",
     level="city (Zhejiang, Quzhou)",
     source=src("http://www.qz.gov.cn/art/2021/3/26/art_1229563913_2265193.html"),
     style="city 政府工作报告 breakdown: metadata, notice title, cover issuing THREE breakdowns, signature, the first "
           "breakdown's title over two lines, items 「1.…。」 each followed by SEPARATE LINES 「牵头市领导:<person>」 and "
           "「责任单位:A、B、C」 — no first-listed rule on the page; item 2's list is cut (「市协」)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], ["市发改委", "市农业农村局", "市文旅局"],
          note="牵头市领导 汤飞帆 is a person, not a unit; the page states no first-listed rule, so no lead (plans-dev "
               "convention); 十四五 is a period, no deadline"),
        S(["2"], [], ["市发改委", "市经信局", "市财政局", "市住建局", "市税务局"],
          note=CUT + ": the last unit is cut to 「市协」 (not a unit name); the five whole units are expected"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「1433」 is the name of a strategy; 「六稳」「六保」「八八战略」 are names"])

# ---------------------------------------------------------------------------------------------------------
plan("j10_xzhen-di-xx-jie-cun-ju-weiyuanhui-huanjie-xuanju-gongzuo-shishi-fangan.txt",
     title="X镇第XX届村(居)民委员会换届选举工作实施方案",
     title_note="line 1 and line 7 (a writing site's copy: place and term masked as X / XX)",
     doc_no="", issuer="X镇 (masked; a Sichuan town by 川委办〔2020〕20号)", date="2021 (the 2020 notice it follows; the "
     "text masks the year as 20XX)",
     level="town (Sichuan, name masked)",
     source=src("https://zlkzs.com/zhuantifanwen/gongwenfanwen/9103.html"),
     style="town implementation plan on a writing-sample site: title, site line, a compiler's sentence, the title again, "
           "preamble with masked names and years, 「一、指导思想、基本原则和工作目标」 「(一)指导思想」 as heading lines; cut",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], note=GOALS + "; " + PROSE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["第十届/第十一届 name the committees' terms, not targets; 20XX is a masked year",
            "the site's compiler line 「下面是小编为大家整理的…」 is chrome"])

# ---------------------------------------------------------------------------------------------------------
plan("j11_zhejiang-weijianwei-2023-quansheng-weisheng-jiankang-gongzuo-yaodian.txt",
     title="2023年全省卫生健康工作要点（浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知）",
     title_note="the plan's title (line 21) or the notice title (line 5): either is accepted",
     doc_no="浙卫发〔2023〕10号", issuer="浙江省卫生健康委", date="2023-04-22",
     level="province department (Zhejiang health commission)",
     source=src("https://wsjkw.zj.gov.cn/art/2023/4/25/art_1229123468_5105599.html"),
     style="province department work points: metadata, notice, plan title, 「一、总体要求」 paragraph, 「二、主要任务 "
           "(一)…行动。 1.主要目标指标。」 with a paragraph of TEN INDICATORS (达X以上 / 降至X / 达X), 「2.重点工作举措。 (1)…」 cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "(一)", "1"], [], [],
          [(82.4, "岁"), (39, "%"), (9.3, "%"), (47, "%"), (102, "元"), (50, "个"), (70, "%"), (25, "%"), (42, "%"), (85, "%")],
          note=PROSE + "; heading 「1.主要目标指标。」, the indicators in the next paragraph; 健康浙江发展指数达85 is an index "
               "without a unit and 1000万以上 (体检人数) a count with 万 only: not listed; 2023—2027 names a cited plan"),
        S(["二", "(一)", "2", "(1)"], [], [], note=PROSE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["一、总体要求 is a section without numbered items", "「七优享」「八八战略」「三个一号工程」 are names"])

# ---------------------------------------------------------------------------------------------------------
plan("j12_suzhou-2015-zhengfu-gongzuo-renwu-fenjie-xiada-tongzhi.txt",
     title_note=NOTITLE + " (a cover from the addressees to the date; its attachment is 苏州市2015年政府工作任务分解表)",
     doc_no="", issuer="苏州市人民政府", date="2015-02-17", level="city (Jiangsu, Suzhou)",
     source=src("http://bwm8.com/szsrmzf/zfwj/201503/baf4641319164b9a948a382f8fd70e86.shtml"),
     style="city cover of a 政府工作报告 breakdown table: addressees with a ; between groups, three unnumbered paragraphs "
           "(15 targets and 37 tasks handed out; 市发改委 manages; a self-check at mid-year and year-end reported to 市发改委), "
           "the 附件 line, signature, date; the table is not on the page",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[], phases=[],
     duties=[{"what": "各地、各部门于年中和年末分别组织一次自查活动,并将结果报市发改委", "when": "年中和年末",
              "when_norm": None}],
     notes=["15项工作目标和37项工作任务 count the table's rows, not targets",
            "the self-check is half-yearly (年中和年末): the scorer knows no half-year rhythm, so only the duty is checked",
            "市发改委 汇总上报市政府 is the same duty passed on"])

# ---------------------------------------------------------------------------------------------------------
plan("j13_heze-2023-shenhua-xinjiu-dongneng-zhuanhuan-lvse-ditan-gaozhiliang-fazhan-fengong-luoshi-fangan.txt",
     title_note=NOTITLE + " (the page starts at the document number; the plan is named only in the cover sentence: "
                "《菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案》)",
     doc_no="菏政办字〔2023〕1号", issuer="菏泽市人民政府办公室", date="2023", level="city (Shandong, Heze)",
     source=src("https://dzrdoor.com/bgs/info/1131/3781.html"),
     style="city task-division plan: number and addressees with stray spaces before 〔 and 《, cover instructions 一、二、三、 "
           "run-in (「一、高度重视,认真研究政策。…」), then at once the plan's first item 「1. …。(牵头单位:市发」 cut inside its "
           "bracket — no plan title between cover and items",
     leaf_tasks=1, count_alternatives=[0, 3, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [],
          note=CUT + " inside 「(牵头单位:市发」: the lead's name is cut (most likely 市发展改革委, but not on the page): "
               "lead = [], responsible = []; the item's 重大突破 has no figure"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["count: the plan's item 1. (cut) is the one task; the cover's instructions 一、–三、 read as tasks (3 or 4 with "
            "the cut item) and 0 are accepted (" + COVER + ")",
            "三、: 市发展改革委 负责…统一督导调度 is a standing role, not a dated duty",
            "国发〔2022〕18号, 鲁政办字〔2022〕128号 are cited documents"])

# ---------------------------------------------------------------------------------------------------------
plan("j14_yongchang-2017-kaizhan-shengji-jiankang-xiancheng-shidian-gongzuo-guihua.txt",
     title="永昌县开展省级健康县城试点工作规划(2017-2020年)",
     title_note="line 2 (line 1 repeats it with a space before the bracket)",
     doc_no="", issuer="永昌县 (金昌市)", date="2017", level="county (Gansu, Jinchang, Yongchang)",
     source=src("https://www.ruralchina.cn/zgbxsdcztk/zgxsk/ycx/xsgk/253774.shtml"),
     style="county pilot work plan: title twice, a long preamble, 「一、总体要求」 「(一)指导思想深入贯彻…」 (heading and text run "
           "together without a stop), 「(二)基本原则政策融合」 cut",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [],
          note=GOALS + "; " + PROSE + "; the heading 指导思想 runs into its text; 2017-2020 is the plan's period, no deadline"),
        S(["一", "(二)"], [], [], note=GOALS + "; " + PROSE + "; " + CUT + " (「(二)基本原则政策融合」)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2016年底 dates the pilot's designation (history), not a deadline",
            "「健康中国2030」「健康甘肃2030」 are names of plans, not figures"])

# ---------------------------------------------------------------------------------------------------------
plan("j15_neimenggu-2019-jiakuai-tuijin-hubaoe-xietong-fazhan-ruogan-zhengce-cuoshi.txt",
     title="關于加快推進呼包鄂協同發展的若干政策措施（內蒙古自治區人民政府印發《關于加快推進呼包鄂協同發展的若干政策措施》的通知）",
     title_note="the measures' own title (line 30) or the notice title (line 18; also in the 標題 metadata): either is accepted",
     doc_no="內政發〔2019〕2號", issuer="內蒙古自治區人民政府", date="2019-01-07",
     level="province (Inner Mongolia autonomous region)",
     source=src("http://www.ky-re.com/xxgk/zwgkml/zcjd/201901/t20190116_234810.html"),
     style="autonomous-region policy measures in TRADITIONAL characters on a mirror page: stray HTML tags as text lines, "
           "breadcrumb, a metadata block with spaced labels (「索  引  號」), every line indented by six spaces, notice "
           "title, cover, date, the measures' title, preamble, 「一、產業協作發展」 「1.加快推進…」 cut",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [],
          note=CUT + "; no units on the page; 「準(格爾)托(克托)清(水河)」 are place names with brackets, not units"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the HTML tags (<tbody id=…>) are the mirror's wrapper, kept as found",
            "「2016—2020年」 is the period of a cited outline, not a deadline"])

# ---------------------------------------------------------------------------------------------------------
J16 = "j16_zhonglou-2021-zhongda-minsheng-shishi-xiangmu-mubiao-renwu-zeren-fenjiebiao.txt"
TABLE = ("the table is flattened with NO separators: 「<row no.><项目名称><主要内容><分管领导><牵头单位><配合单位>」 run "
         "together; the document site's chunk numbers 「1、」「2、」「3、」 start lines 3–5 and are not rows")
plan(J16,
     title="2021年重大民生实事项目目标任务责任分解表",
     title_note="line 1 (with .docx) and inside line 2's 《》; a reader may add the district (常州市钟楼区, by 幸福钟楼/五星街道)",
     doc_no="", issuer="常州市钟楼区人民政府 (by the content: 幸福钟楼, 五星街道, 南大街街道, 荷花池街道, 邹区镇)", date="2021",
     level="district (Jiangsu, Changzhou, Zhonglou)",
     source=src("https://1wenmi.com/doc/507125.html"),
     style="district livelihood-project breakdown TABLE in a document site's preview: " + TABLE + "; rows 3 and 4 hold "
           "several sub-rows, later sub-rows without leader or units (merged cells: the row above's units); the header row is "
           "repeated mid-text; the preview breaks a unit name across chunks (「高新园(邹区镇」 / 「2、)各街道」); row 5 cut",
     leaf_tasks=5, count_alternatives=[4, 6, 7, 8, 9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], ["教育局"], ["教育局", "经开区", "高新园(邹区镇)", "各街道", "市国有公司"],
          [(12, "个"), (3, "个"), (5000, "个"), (4580, "个")], **at(J16, "配合单位1"),
          note=TABLE + "; 何海平 (区政府分管领导) is a person; 配合单位 cell 「经开区高新园(邹区镇)各街道市国有公司」 read as four "
               "units (高新园(邹区镇) and 各街道 recur in rows 2 and 4); 2021 implicit, no deadline"),
        S(["2"], ["人社局"], ["人社局", "高新园(邹区镇)", "各街道"],
          [(15000, "人"), (5800, "人"), (3, "%"), (10000, "人次")], **at(J16, "市国有公司2"),
          note="the 配合单位 cell is split by the preview's chunk break (「高新园(邹区镇」 + 「2、)各街道」); 3% is a ceiling "
               "(控制在3%以内); 「零就业家庭」 is a name"),
        S(["3"], ["文体旅局", "住建局"], ["文体旅局", "住建局", "晋陵公司", "轨道公司", "五星街道", "南大街街道", "荷花池街道"],
          **at(J16, "各街道3"),
          note="two sub-rows with their own leader and units (何海平/文体旅局/晋陵公司、轨道公司; 芮春祥/住建局/五星街道、南大街街道、"
               "荷花池街道): the row's leads are both 牵头单位, the row's units all of them"),
        S(["4"], ["民政局"], ["民政局", "高新园(邹区镇)", "各街道"], [(23000, "名"), (8, "家"), (300, "户")],
          **at(J16, "荷花池街道4"),
          note="three later sub-rows (8家, 300户, 康复辅具) carry no leader or units: merged cells, the first sub-row's apply; "
               "「IO(X)人」 is a garbled figure (not a target)"),
        S(["5"], [], [], [(2, "家")], **at(J16, "配合单位5"), note=CUT + "; its units are not on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["rows 1–5 (5 cut): 5, or 4 without the cut row; counting sub-rows of rows 3 and 4 (2 + 4) gives up to 9",
            "person names 何海平, 芮春祥, 张菁 are the 区政府分管领导 column, not units"])

# ---------------------------------------------------------------------------------------------------------
plan("j17_wulong-2023-zuohao-quanqu-minsheng-shishi-gongzuo-tongzhi.txt",
     title="重庆市武隆区人民政府办公室关于做好2023年全区民生实事工作的通知",
     title_note="line 12, after a download link and a bracketed metadata block",
     doc_no="武隆府办发〔2023〕4号", issuer="重庆市武隆区人民政府办公室", date="2023-02-23",
     level="district (Chongqing, Wulong)",
     source=src("http://cqwl.gov.cn/zwgk_170/zfxxgkmls/zcwj_1/qtgw/202302/t20230227_11656768.html"),
     style="district notice on livelihood projects: 「[ 索引号 ] …」 metadata, title, addressees, preamble, 「一、…」 heading "
           "lines each with one paragraph of instructions (no units: 各牵头责任单位 / 各责任单位 as categories); 三、 cut at "
           "「实行月报告、季通」",
     leaf_tasks=3, count_alternatives=[0, 2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note=PROSE + "; " + COVER),
        S(["二"], [], [],
          note=PROSE + ": 各牵头责任单位, 各牵头单位, 各责任单位 are the categories of the (unseen) project list, not units"),
        S(["三"], [], [], note=CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "民生实事办理工作实行月报告", "when": "月报告", "when_norm": "monthly"}],
     notes=["the project list is not on the page; 2023 is the year of the projects, no deadline in the items",
            "「季通」 is cut (季通报, quarterly): only the monthly report is checked"])

# ---------------------------------------------------------------------------------------------------------
plan("j18_shi-linyeju-2009-shixing-senlin-jingying-gongzuo-baogao-zhidu-tongzhi.txt",
     title_note=NOTITLE + " (a city forestry bureau's notice on a reporting system; the page starts at the addressees and "
                "skips item 一、)",
     doc_no="", issuer="a city's 林业局 (市林业局造林处 receives the reports; city not named)", date="2009-11-25",
     level="city bureau (province not named)",
     source=src("https://m.fabao365.com/code/law_549534.html"),
     style="city bureau notice setting up a reporting system: addressees, preamble, items 二、三、 (一、 missing from the page), "
           "a closing paragraph with a dated report, the date in Chinese numerals (二〇〇九年十一月二十五日)",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二"], [], [], [(1, "名")],
          note=PROSE + " (各区县(市)林业主管部门 is the addressee group as subject); 「确定一名联络员」: Chinese numeral"),
        S(["三"], [], [], note=PROSE + "; 「随时」 is no deadline"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "上报负责森林经营工作的人员名单(见附件3),确定一名联络员", "when": "not stated", "when_norm": None},
             {"what": "将工作开展情况以信息的形式上报市林业局造林处", "when": "随时", "when_norm": None},
             {"what": "将年度工作总结和附件1、2、3报市林业局造林处", "when": "11月30日前", "when_norm": "2009-11-30"}],
     notes=["11月30日前 takes its year from the date 二〇〇九年十一月二十五日 (five days before)",
            "items 二、三、 are the page's tasks (一、 is not on the page): 2"])

# ---------------------------------------------------------------------------------------------------------
plan("j19_xuancheng-2020-yingdui-xinguan-feiyan-yiqing-ruogan-zhengce-cuoshi-tongzhi.txt",
     title="关于对参与新型冠状病毒肺炎疫情防控医疗卫生人员给予保障和激励的若干措施（宣城市人民政府办公室关于印发应对新型冠状病毒肺炎疫情若干政策措施的通知）",
     title_note="the first measures' own title (line 19) or the notice title (lines 5 and 7): either is accepted; the notice "
                "issues six sets of measures",
     doc_no="宣政办秘〔2020〕1号", issuer="宣城市人民政府办公室", date="2020-02-14", level="city (Anhui, Xuancheng)",
     source=src("https://www.ushui.net/law/v?id=v79f3c1v0102114ddf5bc3fe0a7a0b70034184397da7985e917f"),
     style="city notice issuing six sets of measures, on a law site: the site's phone and search lines, the title twice, "
           "number, addressees, one-sentence cover naming the six sets in 《》, signature, date, the first set's title, "
           "「一、…补助。参照《…》(人社部规〔2016〕4号)…」 cut inside its citations",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note=PROSE + "; 「市委组织部、市财政局、人社局、卫健委」 are the issuers of a cited notice's title (《…的通知》), not "
               "the item's units; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「133-3505-7288」 is the site's phone; 第51次常务会议 numbers a meeting; 人社部规〔2016〕4号, 财社〔2020〕2号, 组通〔2020〕3号 "
            "are cited documents"])

# ---------------------------------------------------------------------------------------------------------
HX = ("the first item's bracket ends with the standing rule 「以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出」: "
      "各县区人民政府 and 园区管委会 are responsible for every later item too (issue 10 class 2/3: a rule sentence, not a unit)")
plan("j20_huaian-2022-bangzhu-shichang-zhuti-shukun-jienan-wending-jingji-zengzhang-shishi-xize.txt",
     title="关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则",
     title_note="line 1, in 《》; the city (淮安) is named only in the preamble",
     doc_no="", issuer="淮安市人民政府 (by 「结合淮安实际」)", date="2022", level="city (Jiangsu, Huai'an)",
     source=src("http://m.jxyuer.com/news/jiaodian/166873.html"),
     style="city implementation rules on a news site: title in 《》, preamble, 「一、…」 heading, items 「1.…。(责任单位:A、B等有关部门,"
           "C、D。以下政策措施均需C、D落实,不再单独列出)」 — responsible-only lists in brackets ending the item; the first "
           "bracket carries a STANDING RULE for all later items; item 3 cut",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["市工信局", "市财政局", "各县区人民政府", "园区管委会"], [(2.43, "亿元")],
          note="「市工信局、市财政局等有关部门,各县区人民政府、园区管委会」: 等有关部门 is a category tail (dropped); the "
               "sentence after 。 in the bracket is a rule, not a unit; " + HX),
        S(["一", "2"], [], ["市工信局", "市财政局", "各县区人民政府", "园区管委会"], [(50, "家")],
          note="(责任单位:市工信局、市财政局) plus the standing rule's units; 每年 is a rhythm, no deadline; "
               "2022-2024 names a cited three-year plan; " + HX),
        S(["一", "3"], [], ["各县区人民政府", "园区管委会"], targets=[(15, "万元")],
          note=CUT + ": its own bracket is not on the page, the standing rule's units apply; 月销售额15万元以下 is the "
               "threshold of a tax exemption (round 30: CONVENTIONS.md thresholds — 「15万元以下的小规模纳税人」: a target)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["苏政发〔2022〕1号 is a cited document; 「智改数转」「小巨人」 are names",
            "no lead is named (责任单位 lists only): lead = [] throughout"])

# ---------------------------------------------------------------------------------------------------------
plan("j21_lanzhou-2015-jiakuai-tuijin-quanshi-disan-chanye-kuayue-fazhan-shishi-yijian.txt",
     title="关于加快推进全市第三产业跨越发展的实施意见（兰州市人民政府办公厅印发关于加快推进全市第三产业跨越发展的实施意见的通知）",
     title_note="the opinion's title over lines 7–8 or the notice title over lines 1–3: either is accepted",
     doc_no="兰政办发〔2015〕7号", issuer="兰州市人民政府办公厅", date="2015", level="city (Gansu, Lanzhou)",
     source=src("http://tzcjj.lanzhou.gov.cn/art/2015/4/16/art_245_171570.html"),
     style="city implementation opinion: notice title over three lines, number, addressees, a cover sentence CUT by the page "
           "(「…实施意见》已经」) running straight into the opinion's title over two lines, 「一、指导思想」 paragraph, "
           "「二、基本原则 (一)做大企业,扩大总量。…」 cut",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], note=GOALS + " (基本原则); " + PROSE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「3341」 is the name of a project programme; 「限上企业」 a statistical category",
            "the cover's sentence is cut in the source page itself (「已经」 then the title)"])

# ---------------------------------------------------------------------------------------------------------
J22 = "j22_moumouzhen-2022-renju-huanjing-zhengzhi-tisheng-gongzuo-fangan.txt"
plan(J22,
     title="某某镇2022年人居环境整治提升工作方案",
     title_note="line 1 (with .docx) and at the start of line 8 after the preview's chunk number 「1、」",
     doc_no="", issuer="某某镇 (masked; in an autonomous region, by 「自治区党委」)", date="2022",
     level="town (an autonomous region, name masked)",
     source=src("https://taowenge.com/p-60495148.html"),
     style="town work plan in a document site's preview: file name, five <image> data lines of the site's rating widget, "
           "a site sentence, then the text in chunks 「1、」「2、」 (preview numbers, not items) with the Word file's line "
           "breaks turned into spaces inside words (「政 府」「目标任 务」); 「一、总体要求(一)指导思想…」 run in; cut",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], **at(J22, "(一)"), note=GOALS + "; " + PROSE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the chunk numbers 「1、」「2、」 at line starts are the preview's, not the plan's items",
            "「五美乡村」 is a name"])

# ---------------------------------------------------------------------------------------------------------
J23 = "j23_xxqu-2012-juwei-jingpin-shequ-gaijian-fangan.txt"
plan(J23,
     title="居委精品社区改建方案",
     title_note="line 1, a forum post's title for the plan (the district is masked as ××区 in the text)",
     doc_no="", issuer="a district (××区, masked; with one 乡)", date="2012", level="district (province not named)",
     source=src("https://m.pinggu.org/bbs/thread-14545037-1-1.html"),
     style="district community-building plan on a forum: UNNUMBERED section headings (目标任务 / 方法步骤), a phase "
           "heading 「(一)宣传发动阶段(6月19日—6月22日)」 without a year over steps 「1、…;」 「2、…。」 「3、…」, the "
           "forum's 「...」 cut and 「附件列表」 chrome",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=["目标任务 (unnumbered)"],
     samples=[
        S(["方法步骤", "(一)", "1"], [], [], skip_deadline=True, **at(J23, "\n1、"),
          note=PROSE + "; a step of the phase 6月19日—6月22日 (2012): the phase's end may be read as the step's deadline, "
               "or none: not checked"),
        S(["方法步骤", "(一)", "3"], [], [], skip_deadline=True, **at(J23, "\n3、"),
          note=PROSE + " (「乡、各街道、各社区和各成员单位要…制定」: subjects in prose); 《××区…标准》 are cited titles; "
               + CUT),
     ],
     plan_targets=[{"number": 10, "unit": "个"}, {"number": 5, "unit": "个"}],
     phases=[{"name": "宣传发动阶段", "start": "2012-06", "end": "2012-06"}],
     duties=[],
     notes=["目标任务 is an unnumbered section of goals (10个城市社区、5个农村社区; 一个国家级、两个省级、三个市级示范社区 in "
            "Chinese numerals); its year 2012 dates the phase",
            "「一年创精品、两年见成效、三年全覆盖」 is a slogan, not figures"])

# ---------------------------------------------------------------------------------------------------------
plan("j24_liangshan-2020-zhou-zhengfu-gongzuo-baogao-zhongdian-renwu-fengong-fangan-tongzhi.txt",
     title="2020年州政府工作报告重点任务分工方案（凉山州人民政府办公室关于印发2020年州政府工作报告重点任务分工方案的通知）",
     title_note="the notice title (in the 标题 field, once on one line and once over two lines); the plan's own name is the "
                "notice's object: either is accepted",
     doc_no="凉府办发〔2020〕20号", issuer="凉山州人民政府办公室", date="2020-06-16",
     level="prefecture (Sichuan, Liangshan Yi autonomous prefecture)",
     source=src("http://www.lsz.gov.cn/xxgk/zcwj/zzfbgsh/202006/t20200619_1630508.html"),
     style="prefecture cover of a 政府工作报告 breakdown: site chrome, a metadata block one field a paragraph, the title three "
           "times, number, addressees, preamble, instructions 「一、加强领导,确保责任落实到位。…」 run in; 三、 cut; the "
           "breakdown is not on the page",
     leaf_tasks=3, count_alternatives=[0, 2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note=PROSE + " (主要负责同志, 分管负责同志 are roles); " + COVER),
        S(["二"], [], [], note=PROSE + "; 「细化、量化、项目化、具体化」 and 完成时限 name what the units must write, not a "
                                      "deadline"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["州十一届人民代表大会第五次会议, 州委八届八次全会 name meetings, not figures"])

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('j18_shi', ['三'], 'a trailing paragraph',
        '「各地接到本《通知》后,要按要求在11月30日前将年度工作总结和附件1、2、3报市林业局造林处」: the unnumbered paragraph after the last item gives '
        'work, so it is 三\'s body; 各地 is a general call (no unit); its date belongs to the sending (a duty), so the item\'s deadline is not '
        'checked (as plans-next30 x30_02 三)', skip_deadline=True)
# round 33 (p33u): answers aligned to tests/data/CONVENTIONS.md "Round 33 rulings", read at the item (README, round 33)
from expected_tools import align33_units  # noqa: E402

align33_units('j01', ['粮食产量1268万吨以上'], ['省农业农村厅'], ['省农业农村厅', '各部门'],
              'labels keep their names less 各地／各地区／各方面／有关方面 — 「…牵头，各地、各部门配合」: 各部门 kept, 各地 dropped')  # noqa: E501

align33_units('j20', ['一', '1'], [], ['市工信局', '市财政局', '有关部门', '各县区人民政府', '园区管委会'],
              'Labels keep their names, less the four no-kind words — the label prints 「…等有关部门」: 有关部门 is a kind (「No kind, no doer」), a name of the label kept after 等, as plans-dev 05 四/（二）/6 keeps 「海关总署、商务部等有关部门负责」')  # noqa: E501

write_collected(DIR)
