# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next34/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by corpus34; page openings of plans from outside Shanghai, chosen for
tasks that NAME UNITS where pages with such tasks could be found: 营商环境 若干措施/行动方案 with 「责任单位:」 lines or
inline 「(责任单位:…)」, an 人大建议/政协提案 handling plan, a task list under unit headings, and campaign plans of a
province, a district, towns and county bureaus): never tune the parser on them (see README.md). Only `line` and
`title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or by ``at`` where an item's
number is not at its line's start); every answer was written here by reading the texts. Neither the parser nor the
scorer was run on these plans by corpus34: the lead scores them once.

    python tests/data/plans-next34/make_expected.py tests/data/plans-next34
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
         CUT,  # noqa: E402
         ONE,
         S,
         at_in,
         page_source,
         plan,
         write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

PROSE = ("no unit is named for the item (the subjects in the text are prose, roles or category words): "
         "lead = [], responsible = []")
GOALS = ("a section of aims, principles, scope, time or a leading group (指导思想/工作目标/组织领导…) with no numbered "
         "children: no task; with it counted is accepted")
NO_UNIT_ON_PAGE = ("the item's unit label (if any) comes after the point where the page is cut: no unit is on the "
                   "page, lead = [], responsible = []")
at = partial(at_in, DIR)



# ---------------------------------------------------------------------------------------------------------
F = "x34_01_xiamen-2019-jujiao-qiye-guanqie-youhua-yingshang-huanjing-ruogan-cuoshi.txt"
plan(F,
     title="厦门市聚焦企业关切进一步落实优化营商环境政策的若干措施（厦门市人民政府办公厅关于印发聚焦企业关切进一步落实优化营商环境政策若干措施的通知）",
     title_note="the measures' own title is split over lines 19 and 21 (「厦门市聚焦企业关切进一步落实」 / 「优化营商环境政策的若干措施」); "
                "the notice's title is line 1; either is accepted",
     doc_no="厦府办〔2019〕10号", issuer="厦门市人民政府办公厅 (Fujian)",
     date="2019-01-16 (the page prints 「2019116」: 年/月/日 lost)", level="city (Fujian, 厦门)",
     source=page_source("https://www.xm.gov.cn/zfgb/6240"),
     style="a city government gazette page: notice title, number, addressees, one sentence, issuer, a date with its 年/月/日 "
           "lost 「2019116」, single-blank lines, the measures' title on two lines, a preamble (「国办发〔2018104号」 with its "
           "bracket lost), 一、 then items (一)(二)(三) each followed by SEPARATE LABEL LINES 「责任单位:市发改委、市财政局"
           "(第一责任单位为牵头单位,下同)」 and 「时限要求:持续推进」; (三) is cut before its labels",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["市发改委"], ["市发改委", "市财政局"],
          note="the label line after the item: 「责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)」 — the bracket is the "
               "lead rule (the first-listed unit is the lead, for all later items too), not a unit; responsible is the "
               "whole list as printed, lead included (plans-dev 01/05); 「时限要求:持续推进」 is ongoing work, no date: no "
               "deadline; PPP is a word, no quantity"),
        S(["一", "(二)"], ["市建设局"], ["市建设局"],
          note="「责任单位:市建设局」: one unit, the lead by the rule 「第一责任单位为牵头单位,下同」 stated under (一); "
               "「时限要求:持续推进」: no deadline"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 一/(一)(二)(三) ((三) cut before its label lines, not sampled: its units are not on the "
            "page); 2 without the cut item",
            "the label lines 「责任单位:…」 and 「时限要求:…」 belong to the item above them; they are not items",
            "国办发〔2018104号 (sic) and 厦府办〔2019〕10号 are document numbers: no targets"])

# ---------------------------------------------------------------------------------------------------------
F = "x34_02_taizhou-2019-jujiao-qiye-guanqie-youhua-yingshang-huanjing-xingdong-fangan.txt"
plan(F,
     title="聚焦企业关切进一步优化营商环境行动方案（泰州关于印发聚焦企业关切进一步优化营商环境行动方案的通知）",
     title_note="the page shows only the site's heading on line 1 (「泰州关于印发…行动方案的通知」); the plan's name inside it, "
                "or the whole heading, is accepted",
     doc_no="", issuer="泰州市 (Jiangsu; 「我市」, 「江苏高质量发展中部支点城市」; the issuing office is not on the page — by "
                       "the 苏政办发 it follows, probably 泰州市人民政府办公室)",
     date="(not on the page; it follows 国办发〔2019〕39号 and 苏政办发〔2019〕48号, so 2019)", level="city (Jiangsu, 泰州)",
     source=page_source("https://zhaoshangtong.net/policys/show-1628.html"),
     style="a policy-aggregator page: the site's heading (notice title without 「市人民政府办公室」), the preamble, 一、 and "
           "items (一)(二), each a paragraph ending with an INLINE 「(责任单位:市行政审批局、住建局、司法局,各市(区)人民政府,"
           "医药高新区管委会)」 — units split by 、 and by , with ASCII brackets inside a name; (二) is cut before its label",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["市行政审批局", "住建局", "司法局", "各市(区)人民政府", "医药高新区管委会"],
          note="inline 「(责任单位:市行政审批局、住建局、司法局,各市(区)人民政府,医药高新区管委会)」: split on 、 and , ; "
               "「各市(区)人民政府」 is one group name (do not split at its brackets); 住建局 and 司法局 are printed without 「市」 "
               "and kept as printed; no lead is named and the page states no first-listed rule: lead = []; no date"),
        S(["一", "(二)"], [], [], targets=[(100, "个工作日")],
          note=CUT + "; " + NO_UNIT_ON_PAGE + "; target 「全市工程建设项目审批时间缩短至100个工作日内」; 「一家牵头」 is a "
                     "procedure's slogan, not a unit; no date"),
     ],
     plan_targets=[{"number": 100, "unit": "个工作日"}], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一)(二) ((二) cut); 1 without the cut item",
            "国办发〔2019〕39号 and 苏政办发〔2019〕48号 are document numbers: no targets; 「能减尽减、能放尽放」 is a principle"])

# ---------------------------------------------------------------------------------------------------------
F = "x34_03_nankai-2022-renda-jianyi-zhengxie-tian-banli-gongzuo-anpai-yijian.txt"
plan(F,
     title="南开区人民政府关于办理2022年市区“两会”人大代表建议政协提案工作的安排意见",
     title_note="line 7 (the site's 名称 field); the document's own title on lines 20–24 is split over three lines and "
                "prints 「2022“两会”」 without 年/市区; either is accepted by a reader",
     doc_no="南开政发〔2022〕2号 (line 13; line 26 prints 「南开政发〔20222」)",
     issuer="天津市南开区人民政府 (office: 天津市南开区人民政府办公室)", date="(2022; 成文日期/发文日期 are empty on the page)",
     level="district (Tianjin, 南开区)",
     source=page_source("http://www.tjnk.gov.cn/NKQZF/ZWGK5712/zcwj/qjwj/qzf_1/202203/t20220316_5830651.html"),
     style="a district government page: the site's date line (「2019年12月3日星期二」, the site's clock, not the document's), "
           "accessibility links, a breadcrumb with 「>」, LABEL/VALUE LINES with blanks inside the labels (「名    称 :」, "
           "「索   引  号 :」, 「发 文 字 号 :」) and two empty ones, the title again over three lines, a number without its "
           "closing bracket, addressees, a preamble without its final 。, 一、主要工作任务 as two unnumbered paragraphs of "
           "COUNTS (25件, 17件, 8件, 129件, 43件, 86件; 14个/25个承办单位), 二、办理工作时限 「分三个阶段」 / 「1.办复阶段4月19日前"
           "各主办单位应自正式交」 (cut)",
     leaf_tasks=1, count_alternatives=[0, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、主要工作任务"],
     samples=[
        S(["二", "1"], [], [], dl="4月19日前", dln="2022-04-19",
          note=CUT + "; the first of three stages (办复阶段); 「各主办单位」 is a kind of body (whichever unit leads a proposal), "
                     "not a unit: lead = [], responsible = []; year 2022 from the title"),
     ],
     plan_targets=[],
     phases=[{"name": "办复阶段", "start": None, "end": "2022-04"}],
     duties=[],
     notes=["1 leaf on the page: 二/1 (cut); 一、主要工作任务 has no numbered children (its two paragraphs count the "
            "proposals received): a section, 2 accepted if it is read as a task; 0 without the cut item",
            "the counts 25件/17件/8件/129件/43件/86件 and 14个/25个承办单位 describe the workload received, not goals: not "
            "asked as targets",
            "an 人大建议/政协提案 handling plan: the stages (办复阶段 …) are its schedule; only the first is on the page (end "
            "2022-04, start not stated)",
            "11120104MB0X116904/2022-00007 is an index number; 2019年12月3日星期二 is the site's date line: no deadline"])

# ---------------------------------------------------------------------------------------------------------
F = "x34_04_qu-2025-zhongxiaoxue-yufang-xuesheng-nishui-zhuanxiang-xingdong-fangan.txt"
plan(F,
     title="2025 年某全区中小学校预防学生溺水专项行动方案",
     title_note="the start of the single line, without the site's 「范文」 glued to it (「…专项行动方案范文为有效预防…」); "
                "「某全区」 is the site's masking of the district's name",
     doc_no="", issuer="a district's 教育体育局 (「区教育体育局将适时组织明查暗访」; Jiangxi, by 《江西省预防中小学生溺水管理暂行办法》; "
                       "the district is masked 「某全区」)",
     date="(2025 from the title)", level="district (Jiangxi; name masked)",
     source=page_source("https://www.xiaomilidoc.com/p-14178635.html"),
     style="a document shop's preview: the WHOLE PAGE ON ONE LINE, sections and items separated by single blanks: "
           "一、总体目标, 二、对象, 三、时间步骤 with three DATED PHASES 「(一)动员部署阶段(4 月 12 日-4 月 26 日)」 (blanks inside "
           "the dates), 四、基本任务清单 with a UNIT AS HEADING 「(一)区教体行政部门」 and under it 「1.督促、指导…」 (cut)",
     leaf_tasks=4, count_alternatives=[3, 6], attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标", "二、对象"],
     samples=[
        S(["三", "(一)"], [], [], dl="4 月 12 日-4 月 26 日", dln="2025-04-26", **at(F, "(一)"),
          note="a dated phase (动员部署阶段); 「各中小学校」 is a kind of body, the prose subject: lead = [], responsible = []; "
               "deadline = the end of the window, year 2025 from the title"),
        S(["三", "(二)"], [], [], dl="4 月 27 日-10 月 15 日", dln="2025-10-15", **at(F, "(二)"),
          note="「各单位要精心组织…区教育体育局将适时组织明查暗访」: 各单位 is a kind of body and 区教育体育局 acts in a "
               "sentence (no label): lead = [], responsible = []; deadline = the end of the window"),
        S(["四", "(一)", "1"], [], ["区教体行政部门"], lead_alternatives=[["区教体行政部门"]],
          **at(F, "区教体行政部门 1."),
          note=CUT + "; the UNIT AS HEADING 「(一)区教体行政部门」 gives the responsible body of the tasks 1.… under it "
                     "(plans-dev 10/12 give a heading's unit to the heading item; here the heading has children, so the "
                     "leaf 1. carries it); " + ONE + "; no date"),
     ],
     plan_targets=[],
     phases=[{"name": "动员部署阶段", "start": "2025-04", "end": "2025-04"},
             {"name": "具体实施阶段", "start": "2025-04", "end": "2025-10"},
             {"name": "总结提高阶段", "start": "2025-10", "end": "2025-10"}],
     duties=[{"what": "仔细总结经验教训,形成书面总结并报送上级教育行政部门", "when": "总结提高阶段(10 月 16 日-10 月 31 日)",
              "when_norm": "2025-10-31"}],
     notes=["4 leaves on the page: 三/(一)(二)(三) (the phases, each with work) and 四/(一)/1 (cut); 3 without the cut item; "
            "6 if 一、总体目标 and 二、对象 are read as tasks (" + GOALS + ")",
            "三/(三) 总结提高阶段 carries the one reporting duty: a written summary to the higher education authority within "
            "10月16日–10月31日",
            "「4 月 12 日至 10 月 31 日」 is the campaign's window (三、 heading line), not an item's deadline; 「每日一播」 is a "
            "programme's name; 省教育厅 is where the task list comes from, not a unit of a task"])

# ---------------------------------------------------------------------------------------------------------
F = "x34_05_sheng-2023-tongxin-fangnishui-zhuanxiang-xingdong-gongzuo-fangan.txt"
plan(F,
     title="2023年“同心防溺水”专项行动工作方案",
     title_note="line 1 (the site's heading) or line 6 (the text's heading)",
     doc_no="", issuer="a province's 教育厅 with 自然资源厅, 水利厅, 农业农村厅 and 应急厅 (「全省」, 「省教育厅…联合成立」; the "
                       "province is not named)",
     date="(2023 from the title; page date 2023-04-09)", level="province (not named)",
     source=page_source("https://bangongwenku.com/index/article/detail/detail_id/59682.html"),
     style="a writing site: heading, date line with a view count 「38」, the site's slogan line, the heading again, preamble, "
           "一、目标要求, 二、组织领导 (five provincial departments form a leading group; 「各市参照成立」), 三、工作步骤 with an "
           "unnumbered window sentence and steps 「(一)动员部署(4月底前)。…」「(二)组织实施(10月底前)。各地各学校」 (cut) — "
           "step names without 阶段, deadlines in brackets",
     leaf_tasks=2, count_alternatives=[1, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、目标要求", "二、组织领导"],
     samples=[
        S(["三", "(一)"], [], [], dl="4月底前", dln="2023-04-30",
          note="「各级教育行政部门要…」: a kind of body as the prose subject: lead = [], responsible = []; year 2023 from "
               "the title"),
        S(["三", "(二)"], [], [], dl="10月底前", dln="2023-10-31",
          note=CUT + "; 「各地各学校」: kinds of body: lead = [], responsible = []"),
     ],
     plan_targets=[],
     phases=[{"name": "动员部署", "start": None, "start_alt": "2023-04", "end": "2023-04"},
             {"name": "组织实施", "start": None, "start_alt": "2023-05", "end": "2023-10"}],
     duties=[],
     notes=["2 leaves on the page: 三/(一)(二) ((二) cut); 1 without it; 4 if 一、 and 二、 are read as tasks (" + GOALS + ")",
            "the five provincial departments of 二、组织领导 form the campaign's leading group (plan level; its office sits in "
            "省教育厅学校安全管理处): not a task's units",
            "「自4月上旬启动至12月底结束」 is the campaign's window, not an item's deadline; 「5月至10月」 names the season of "
            "risk; 38 is the site's view count: no targets"])

# ---------------------------------------------------------------------------------------------------------
F = "x34_06_zhen-2021-xiaqiu-liangji-jiegan-jinshao-gongzuo-fangan.txt"
plan(F,
     title="2021年夏秋两季秸秆禁烧工作方案",
     title_note="line 3 (also inside the site's blurb on line 1)",
     doc_no="", issuer="a town (「结合我镇实际」, 「在全镇辖区范围内」; county and province not named; 麦收 suggests the north)",
     date="(2021 from the title)", level="town (not named)",
     source=page_source("https://dy1993.cn/biMG.html"),
     style="a document site: the site's blurb line, an image line in Markdown 「![禁烧,…](/static/…)」, the title, then "
           "sections whose HEADINGS END THE PREVIOUS LINE after a blank (「…特制定本方案。 一、指导思想」), 三、工作步骤 with "
           "phases 「(一)组织发动阶段。时间:夏季麦收前(5月30日一6月4日)、秋季秋收前(9月20日一9月30日)。」 — TWO WINDOWS per "
           "phase, the dash written 「一」 — and the site's page line 「第 1 页 共 3 页」 between (一) and (二)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "(一)"], [], [], skip_deadline=True, **at(F, "(一)"),
          note=PROSE + " (the work has no subject; 「领导干部包管区、管区干部包村、村干部包地块」 is a scheme of persons); two "
                       "windows (夏季 5月30日一6月4日, 秋季 9月20日一9月30日): the deadline is not checked"),
        S(["三", "(二)"], [], [], skip_deadline=True, not_targets=[(24, "小时")], **at(F, "(二)"),
          note="「镇政府、各行政村、要按照分工,各负其责」: the town government and its villages are prose subjects, no label: "
               "lead = [], responsible = []; 24小时 is a duty rhythm (巡回检查), not a target; two windows (6月5日一6月30日, "
               "10月1日一10月31日): not checked"),
     ],
     plan_targets=[],
     phases=[{"name": "组织发动阶段", "start": "2021-05", "start_alt": "2021-09", "end": "2021-06", "end_alt": "2021-09"},
             {"name": "全面禁烧阶段", "start": "2021-06", "start_alt": "2021-10", "end": "2021-06", "end_alt": "2021-10"}],
     duties=[],
     notes=["2 leaves on the page: 三/(一)(二) (the page may go on after (二)); 一、指导思想 and 二、工作目标 are sections",
            "each phase has a summer and an autumn window; the answer takes the summer window and accepts the autumn one "
            "(start_alt/end_alt); the year 2021 is the title's",
            "「第 1 页 共 3 页」 is the site's page line: not text, no numbers to read; 「一」 between dates is a dash"])

# ---------------------------------------------------------------------------------------------------------
F = "x34_07_yangcun-xiang-2012-zhongyaocai-jidi-jianshe-shishi-fangan.txt"
plan(F,
     title="杨村乡农业产业化药材基地建设实施方案",
     title_note="at the start of the single line, after the shop's page number 「1」 and run into the preamble",
     doc_no="", issuer="杨村乡人民政府 (Hunan, 怀化市鹤城区; signature at the end)", date="2012-03 (「2012年3月」)",
     level="township (Hunan, 鹤城区杨村乡)",
     source=page_source("https://m.777doc.com/doc-5156435.html"),
     style="a document shop's preview of a WHOLE SHORT PLAN on ONE LINE: the shop's page numbers 「1」 (before the title) and "
           "「2」 (inside 「组织协调及2技术工作」), sections 一、–四、 run together without breaks, a FLATTENED TABLE "
           "「村名趴坡水垄合计面积(亩)350150500」 (趴坡 350, 水垄 150, 合计 500), a leading group of PERSONS (组长:彭开铁…), "
           "四、工作要求 with 1、2、3、 and the signature and date at the end",
     leaf_tasks=3, count_alternatives=[6], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、基地建设范围", "三、组织领导"],
     samples=[
        S(["四", "1"], [], [], **at(F, "四、工作要求1、"),
          note="「各村支两委必须统一思想…」: the village committees are a kind of body, the prose subject: lead = [], "
               "responsible = []; no date"),
        S(["四", "2"], [], [], **at(F, "。2、"),
          note="「农技部门要因地制宜…」: 农技部门 is a category word (the agricultural-technology departments), the prose "
               "subject, not a labelled unit: lead = [], responsible = []"),
        S(["四", "3"], [], [], **at(F, "。3、"),
          note="「农户要严格遵从…」: farmers are not a unit: lead = [], responsible = []"),
     ],
     plan_targets=[{"number": 500, "unit": "亩"}], phases=[], duties=[],
     notes=["3 leaves: 四/1–3; 一、–三、 have no numbered children (" + GOALS + "; 6 accepted if they are read as tasks)",
            "plan target: the 500亩 中药材基地 (said three times); the table's 350 and 150 (亩, by village) are its parts, "
            "not asked; 「2个村」 counts the villages (scope)",
            "the leading group names persons (彭开铁, 彭先波, 仇志勇, 李先华, 彭祖兴) and 各村主任 as 责任人: no units; "
            "the 「1」 and 「2」 of the shop's pages are no items and no numbers",
            "《鹤城区2012年农业产业化基地建设工作目标》 is a document's name: its year is no deadline"])

# ---------------------------------------------------------------------------------------------------------
F = "x34_08_xian-weijiwei-2023-chuangli-shengji-shengtaixian-gongzuo-fangan.txt"
plan(F,
     title="县卫计委创立省级生态县工作方案",
     title_note="after the shop's 「第1页共4页」, run into the preamble on the single line",
     doc_no="", issuer="a county's 卫生和计划生育委员会 (「我委」, 「卫计系统」; county not named — the shop replaced place names "
                       "with 「XX县区」)",
     date="(the text says 2023 — 「县2023年创立省级生态县实施方案」; the shop's copies often rewrite years, and 卫计委 were "
          "merged in 2018, so the real year may be earlier)",
     level="county bureau (卫计委; county not named)",
     source=page_source("https://wnwk.com/doc/529568.html"),
     style="a document shop's preview on ONE LINE: 「第1页共4页」, title run into the preamble, shop typos (「科学开展观」 for "
           "科学发展观, a closing 〞, 「按时完XX县区交办」 where the shop's place mask ate 「成」, 「2各以上」 for 2个以上), 一、指导思想, "
           "二、主要工作任务 with (一)–(七), five of them DATED 「4月底前完成…」「6月底前完成…」 and listing documents to prepare "
           "(cut in (七))",
     leaf_tasks=7, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], **at(F, "(一)"),
          note="the bureau's own task, no unit named: lead = [], responsible = []; 「按时」 has no date: no deadline"),
        S(["二", "(二)"], [], [], dl="4月底前", dln="2023-04-30", **at(F, "(二)"),
          note="the bureau's own task (the list after 「。」 names the documents to prepare, and 各医疗机构 where one copy is "
               "kept): lead = [], responsible = []; year as the text's (2023)"),
        S(["二", "(三)"], [], [], dl="4月底前", dln="2023-04-30", **at(F, "(三)"),
          note="省疾病预防控制中心 is the issuer of a certificate to collect, not a unit of the task: lead = [], "
               "responsible = []"),
        S(["二", "(六)"], [], [], dl="6月底前", dln="2023-06-30", **at(F, "(六)"),
          note="「完成全县医疗机构医疗废物暂存点标准化建设…」: no unit named (医疗机构 are what is built in): lead = [], "
               "responsible = []"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves on the page: 二/(一)–(七) ((七) cut after 「普及率达9」); 6 without it; 一、指导思想 is a section",
            "(七) 「6月底前完成打造卫生改厕观摩点(每个乡镇2各以上)」 is cut and its 2各 (sic) is a typo for 2个: not sampled",
            "「近三年」 describes a certificate's period; 「一级以上医疗机构」 is a class of hospital: no targets"])

# ---------------------------------------------------------------------------------------------------------
F = "x34_09_xian-2011-wenming-xiancheng-chuangjian-fangan.txt"
R44_SPAN = ("; deadline aligned in round 46 (p46c) to the Round 44 rulings' decided goal-date bullet: an item takes a deadline from … a campaign span the plan sets for its work (「自X起至Y」, a 时间 field, round 37) — 二、实施时间 「2011 年3 月中旬—6 月下旬」 is that field: 2011-06")
plan(F,
     title="文明县城创建方案",
     title_note="at the start of the single line, run into the preamble after one blank",
     doc_no="", issuer="a county bureau in charge of 市容、环卫和城市规划管理 (「结合我局工作实际」; probably the county's "
                       "城市管理/建设 bureau; county not named — 西塘河、建港沟 are its rivers)",
     date="(2011 from the first sentence)", level="county bureau (not named)",
     source=page_source("https://m.daumloan.com/p-38497676.html"),
     style="a document shop's preview on ONE LINE with blanks after commas and around numbers (「2011 年3 月中旬—6 月下旬」): "
           "一、指导思想 run into its text, 二、实施时间 (the plan's window), 三、工作重点 with 1、2、 whose text enumerates "
           "「一是…二是…三是…四是…」 / 「一要…二要…」 and says 「牵头负责」「牵头整治」 WITHOUT NAMING A UNIT (the bureau itself "
           "leads); cut in 2、",
     leaf_tasks=2, count_alternatives=[1, 3, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、实施时间"],
     samples=[
        S(["三", "1"], [], [], dl="2011 年3 月中旬—6 月下旬", dln="2011-06", **at(F, "三、工作重点 1、"),
          note="「牵头负责对县城主次干道…进行治理」「牵头整治乱搭乱建…」: 牵头 with no unit — the bureau that writes the "
               "plan leads: no unit is named, lead = [], responsible = []; 一是…四是 are prose enumerations, not items"
               + R44_SPAN),
        S(["三", "2"], [], [], dl="2011 年3 月中旬—6 月下旬", dln="2011-06", **at(F, "。 2、"),
          note=CUT + "; 「牵头负责配全配好…」: as 三/1, no unit named: lead = [], responsible = []" + R44_SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 三/1 and 三/2 (cut); 1 without the cut item; 3 or 4 if 一、/二、 are read as tasks",
            "二、实施时间 「2011 年3 月中旬—6 月下旬」 is the plan's window, a section without a phase name: no phase asked; "
            "it dates the items (2011-06: aligned in round 46 to the Round 44 rulings, a 时间 field is a campaign span)",
            "「一是…」「一要…」 enumerations inside 1、 and 2、 are not numbered items (counting them is wrong)"])

# round 39 (p39g): rule 4 as written — a lead-in's doers for the items that name none, by reading the items
from expected_tools import align39_units  # noqa: E402

align39_units('x34_05', ['三', '(一)'], [], ['各市'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 三、's opening paragraph 「全省统一部署,各市根据要求制定具体方案并组织实施」 (A组织实施; 各市 a group named by a kind, as 各区) names the doers of the stages; the stage names none of its own (「各级教育行政部门要…制定…、全面做好…」 has no rule-2 verb; (二)'s text is cut after 「各地各学校」): responsible 各市, lead [] (the single body accepted)", alt=[['各市']])  # noqa: E501
align39_units('x34_05', ['三', '(二)'], [], ['各市'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 三、's opening paragraph 「全省统一部署,各市根据要求制定具体方案并组织实施」 (A组织实施; 各市 a group named by a kind, as 各区) names the doers of the stages; the stage names none of its own (「各级教育行政部门要…制定…、全面做好…」 has no rule-2 verb; (二)'s text is cut after 「各地各学校」): responsible 各市, lead [] (the single body accepted)", alt=[['各市']])  # noqa: E501

write_collected(DIR)
