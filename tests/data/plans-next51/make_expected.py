# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next51/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by helper c51; page openings from outside Shanghai whose tasks and units
already appear on the page, in fields no earlier set has: 降低制造业企业成本, 国卫复审 巡查问题整改, 医疗联合体/分级诊疗,
创建国家森林城市, 塑料污染治理, 尘肺病防治, 出租汽车行业专项治理, 城市交通 疏堵保畅, 集体林权制度改革, 稳价保供,
菜篮子 市长负责制, 学前教育 普惠): never tune the parser on them (see README.md). Only `line` and `title_starts` are
looked up in the text (by ``locate`` / ``at_in`` of ../plans/expected_tools.py); every answer was written here by
reading the texts. Neither the parser nor the scorer was run on these plans by c51: the lead scores them once.

    python tests/data/plans-next51/make_expected.py tests/data/plans-next51
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
         CUT,  # noqa: E402
         ONE,
         YEAR,
         S,
         at_in,
         page_source,
         plan,
         write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

CUT_LABEL = CUT + " before its unit label: lead = [], responsible = [] (the labels of its neighbours are not carried over)"
FIRST = ("the standing rule (「排在首位/第一位…为牵头单位/部门,下同」) makes the first-listed unit the lead; responsible = "
         "the whole list as printed, the lead included (plans-dev 05, plans-next28 x28 内江)")
RESP_ONLY = "a labelled list of units with no lead named: lead = [], responsible = the list as printed (等 dropped)"
PROSE = "units act only in sentences (no label, no 牵头/负责 tied to a named unit): lead = [], responsible = []"
UNIT_LINE = ("a line headed by a kind of department and a colon (「X部门:负责…」), the item's responsible party as the "
             "plan names it (unit-as-heading, as plans-next39 x10 三、 and x12 二、): lead = [], responsible = [the "
             "heading]; " + ONE.replace("column", "heading"))

F01 = "x51_01_shaoguan-2019-jiangdi-zhizaoye-qiye-chengben-zhichi-shiti-jingji-zhengce-cuoshi.txt"
F02 = "x51_02_pingli-guojia-weisheng-xiancheng-fushen-xuncha-wenti-zhenggai-yaoqiu.txt"
F03 = "x51_03_tianjin-yiliao-lianheti-fenji-zhenliao-zhongdian-renwu.txt"
F04 = "x51_04_xuzhou-chuangjian-guojia-senlin-chengshi-shishi-fangan-di4ye.txt"
F05 = "x51_05_liandu-2021-suliao-wuran-zhili-sannian-gongjian-xingdong-jihua.txt"
F06 = "x51_06_zizhiqu-chenfeibing-fangzhi-gongjian-xingdong-zeren-fenjie-yilanbiao.txt"
F07 = "x51_07_shi-guifan-chuzu-qiche-hangye-guanli-zhuanxiang-zhili-shishi-yijian-di2ye.txt"
F08 = "x51_08_yancheng-chengshi-jiaotong-zhengzhi-shudu-baochang-fangan-di3ye.txt"
F09 = "x51_09_shi-shenhua-jiti-linquan-zhidu-gaige-shishi-fangan-di6ye.txt"
F10 = "x51_10_zhenjiang-wending-wujia-baozhang-gongying-gongzuo-renwu-di1ye.txt"
F11 = "x51_11_zhangjiakou-2025-cailanzi-shizhang-fuzezhi-shishi-fangan.txt"
F12 = "x51_12_yunfu-2019-cujin-xueqian-jiaoyu-puhui-jiankang-fazhan-xingdong-fangan.txt"

# ---------------------------------------------------------------------------------------------------------
plan(F01,
     title="韶關市降低制造業企業成本支持實體經濟發展若幹政策措施(修訂版)（韶關市人民政府關于印發韶關市降低制造業企業成本支持實體經濟發展若幹政策措施(修訂版)的通知）",
     title_note="the measures' own title is line 14; the notice title is line 4 (followed there by its number 韶府〔2019〕31號); either is accepted",
     doc_no="韶府〔2019〕31號", issuer="韶关市人民政府 (the signature, in simplified characters)", date="2019-08-16 (发表 2019-09-04)",
     level="city (Guangdong, 韶关市)",
     source=page_source("http://www.dyhrgz.com/zwgk/zchb/content/post_999334.html"),
     style="a mirror of the city's 政策彙編 page converted to TRADITIONAL characters (the signature and the preamble's first "
           "sentence stay simplified); notice, indented signature lines, measures title, preamble (粤府〔2018〕79号), 一、政策措施 "
           "(一) 1. with a bracket 「(責任單位:市稅務局、市財政局,排在首位的爲牽頭單位,下同)」; 2. cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], ["市稅務局"], ["市稅務局", "市財政局"],
          note=FIRST + "; the units are kept in the page's traditional characters; 「自2019年1月1日起按標准調整到位」 is the "
               "start of a tax standard, not a deadline; 1—8元/平方米, 50%左右, 200%/150%/100% and 100%/75%/50% are tax "
               "standards and support rates of the policy (what the measure grants), not goals — no target is asked"),
        S(["一", "(一)", "2"], [], [], note=CUT_LABEL + "; the rule 下同 says how a later bracket is read, it gives no "
          "units by itself; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一)/1, 一/(一)/2 (cut); 1 without the cut item",
            "「執行過程中遇到的問題,請徑向市工信局反映」 is a contact instruction, not a reporting duty",
            "31號 / 79号 are document numbers; 2019 the year"])

# ---------------------------------------------------------------------------------------------------------
P02 = "「整改要求:由X负责…」 names one unit that does the work, with no lead named: " + ONE.replace("column", "sentence")
plan(F02,
     title_note="NOT CHECKED: the stored page starts at item 1、; the notice's title and issuer are not on it (平利县's "
                "双创办 — 「整改落实情况及时报县双创办」 — sends the inspection's problems to the units)",
     doc_no="", issuer="平利县 (县双创办; the issuing office is not named on the page)", date="(not on the page)",
     level="county (Shaanxi, 安康市平利县)",
     source=page_source("https://www.pingli.gov.cn/Content-1108651.html"),
     style="a county's inspection notice for the 国家卫生县城 review: five numbered problems 1、–5、, each followed by a line "
           "「整改要求:由(包片单位)X负责…」; 5、 names five units and a dated referral 「在本月底以前」; a closing sentence "
           "with the duty to report to 县双创办; the whole stored page (1,465 bytes)",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], ["县环卫站"], lead_alternatives=[["县环卫站"]],
          note=P02 + "; the problem line and its 整改要求 line are one item; no date"),
        S(["2"], [], ["县气象局"], lead_alternatives=[["县气象局"]],
          note=P02 + "; 「包片单位」 (the unit in charge of the block) is a role word, not part of the name; no date"),
        S(["3"], [], ["县供销社"], lead_alternatives=[["县供销社"]],
          note=P02 + "; 业主 (the owner) is the object of the work, not a unit; no date"),
        S(["4"], [], ["城关镇"], lead_alternatives=[["城关镇"]], dl="在国卫复审暗访以前", skip_deadline=True,
          note=P02 + "; 「在国卫复审暗访以前」 is bound to an event with no date on the page: the deadline is not checked"),
        S(["5"], [], ["县职教中心", "县消防大队", "县委党校", "县供销社", "县交通局"], dl="在本月底以前", skip_deadline=True,
          note="「由陈家坝沿线包片单位县职教中心、县消防大队、县委党校、县供销社、县交通局负责…」: " + RESP_ONLY + "; "
               "县住建局城建监察大队 RECEIVES the stubborn shops (报…采取措施) and 县双创办 spot-checks (抽查): neither is "
               "a unit of the item; 「在本月底以前」: the month is not on the page, so the deadline is not checked"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各相关单位整改落实情况报县双创办", "when": "及时", "when_norm": None}],
     notes=["5 leaves: the numbered problems 1、–5、 with their 整改要求 lines; the closing sentence is the duty",
            "no figures on the page"])

# ---------------------------------------------------------------------------------------------------------
plan(F03,
     title_note="NOT CHECKED: the law database's page (「首页 > 法律法规 > 正文阅览」, 「目录」) starts at item 1.; the "
                "document's title is not on it (a 天津 document on 医疗联合体 / 分级诊疗: 「本市」, 市卫生计生委, tj.pkulaw.com)",
     doc_no="", issuer="天津市 (inferred: the address tj.pkulaw.com and 「本市」; the issuing office is not on the page)",
     date="(not on the page; 市卫生计生委 and 市人力社保局 date it before 2018)",
     level="province-level city (天津市, inferred)",
     source=page_source("http://tj.pkulaw.com/lar/302e1e0695ae117a41f2e33c2c2e3978bdfb.html"),
     style="a law database's page: breadcrumb, 「目录」, then items 1.–4. (their section heading is not on the page), each "
           "ending with a bracket 「(A、B负责)」; the first bracket adds the rule 「排在第一位的为牵头部门,下同」; 4. cut",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], ["市卫生计生委"], ["市卫生计生委", "市人力社保局"],
          note="「(市卫生计生委、市人力社保局负责,排在第一位的为牵头部门,下同)」: " + FIRST + "; 牵头医院 in the text is "
               "a kind of hospital, not a unit; no date"),
        S(["2"], ["市卫生计生委"], ["市卫生计生委"],
          note="「(市卫生计生委负责)」: a single unit, the lead by the standing rule 下同 of item 1; no date"),
        S(["3"], ["市卫生计生委"], ["市卫生计生委", "市发展改革委", "市财政局", "市人力社保局"],
          note="four units, the first the lead by the rule 下同; no date"),
        S(["4"], [], [], note=CUT_LABEL + "; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: 1.–4. (4. cut); 3 without the cut item",
            "「四位一体」, 二、三级医院 are names and grades: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan(F04,
     title_note="NOT CHECKED: the stored page is page 4 of 徐州's 创建国家森林城市 plan (lar 171840, _4): it starts with "
                "the label of the previous page's item (九)",
     doc_no="", issuer="徐州市 (「徐州经济开发区管委会」, 「市成立国家森林城市创建工作领导小组」; the office is not on the page)",
     date="(not on the page; the item's goal 「到 2011年」 dates it about 2009–2010)", level="city (Jiangsu, 徐州市)",
     source=page_source("http://www.holdmm.net/html/text/lar/171840/17184073_4.html"),
     style="page 4 of a law mirror's copy: a label line 「(牵头单位:X;责任单位:…)」 of the item before the page; (十) "
           "followed by its label line; 四、保障措施 with (一) and (二) as heading lines over prose paragraphs; (二) cut",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(十)"], ["市旅游局"],
          ["市旅游局", "市市政园林局", "林业局", "文化广电新闻出版局", "报业集团", "广播电视台", "各县市区人民政府"],
          targets=[(2, "万人次")], dl="到 2011年", dln="2011",
          note="「(牵头单位:市旅游局;责任单位:市市政园林局、林业局、文化广电新闻出版局、报业集团、广播电视台,各县市区人民政府)」"
               " on the line after the item: the lead and the responsible list as printed (林业局, 文化广电新闻出版局 written "
               "without 市 after the first name), the lead listed with them; 「到 2011年,涉林旅游观光新增2万人次」: target "
               "and date (a blank inside 「到 2011年」 as on the page); the label on line 1 belongs to item (九) of the "
               "previous page and is no unit of (十)"),
        S(["四", "(一)"], [], [], lead_alternatives=[["领导小组办公室"]],
          note="heading line then a paragraph; 市 sets up the leading group; 「由领导小组办公室牵头,制定目标考核办法」 is "
               "one activity's lead in a sentence: lead = [], responsible = [], 领导小组办公室 as lead accepted (as "
               "plans-next45 x45_06); the item names a unit (领导小组办公室, accepted as lead), so it stays a task under "
               "round 25, convention 2 (seeds/EXPECTED.md lines 3–5: in a plan whose tasks name units, an item of 保障措施 / 组织实施 / 工作要求 that names no unit is no task); no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks on the page: (十), 四/(一); 四/(二) (cut; 市政府 / 各县(市)区 / 各级、各部门 act in sentences, no "
            "unit read or accepted) names no unit in a plan whose tasks name units: no task — "
            "round 25, convention 2 (seeds/EXPECTED.md lines 3–5: in a plan whose tasks name units, an item of 保障措施 / 组织实施 / 工作要求 that names no unit is no task); round 24 counted 3 (2 accepted) and sampled 四/(二) with no unit; (十)'s section "
            "heading (三、…) is on an earlier page",
            "line 1 is the label of (九), whose text is on page 3: not a task of this page"])

# ---------------------------------------------------------------------------------------------------------
plan(F05,
     title_note="NOT CHECKED: the page is an essay site's 「关于开展塑料污染治理专项行动的报告5篇」 whose 篇一 is 丽水市莲都区's "
                "plan; its title appears only inside the site's blurb (line 1) and cut at the start of line 3 "
                "(「市莲都区塑料污染治理三年攻坚行动计划 (2021-2023 年)」)",
     doc_no="", issuer="丽水市莲都区 (「结合我区实际」; the office is not on the page)", date="2021 (the plan period 2021-2023)",
     level="district (Zhejiang, 丽水市莲都区)",
     source=page_source("https://dao518.com/fanwendaquan/zhuantifanwen/2728.html"),
     style="an essay site's collection: blurb line, 「篇一:」, the plan's title cut in front, preamble (莲发改[2021]14 号), "
           "一、 总体要求 and 二、主要目标 as run-in paragraphs (dated goals 到 2021/2022/2023 年底, no numbered children), "
           "三、重点任务 followed on the same line by 「( (一 )禁限使用不可降解塑料袋专项 行动(牵头单位:区市场监管局、区经商局)」 "
           "(stray blanks as on the page); the page ends at 「主」",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、主要目标"],
     samples=[
        S(["三", "(一)"], ["区市场监管局", "区经商局"], ["区市场监管局", "区经商局"], **at(F05, "(一 )"),
          note="「(牵头单位:区市场监管局、区经商局)」 after the action's name: two leads, the responsible list the same; the "
               "item's number is written 「( (一 )」 on the line of 三、 (the essay site's copy of a two-line layout); the "
               "text is cut after one character; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一) (cut after its label); 0 without it; 一、 and 二、 are sections of aims and goals "
            "with no numbered children (no task)",
            "二、主要目标's 「到 2021 年底…到 2022 年底…到 2023 年底」 are the plan's dated goals without figures; 14 号 is a "
            "document number"])

# ---------------------------------------------------------------------------------------------------------
UNITS06 = ["各級(jí)人民政府"]
plan(F06,
     title="塵肺病防治攻堅(jiān)行動(dòng)具體工作目標(biāo)和責(zé)任分解一覽表",
     title_note="the table's title as printed on line 4 (the page is converted to traditional characters with the "
                "reading of some characters added in brackets, e.g. 「堅(jiān)」); not the site's chrome",
     doc_no="", issuer="an autonomous region's government (「自治區(qū)、市、縣(市、區(qū))逐級(jí)簽訂…責任書」; not named)",
     date="2019 (the year columns 2019年 / 2020年; the national 尘肺病防治攻坚行动方案 is of 2019)",
     level="province (an autonomous region, not named)",
     source=page_source("http://m.cornels-photography.com/paper/233329559.html"),
     style="a document-sharing page (「下載本文檔」, 版權說明, 文檔簡介) whose text is a TASK TABLE FLATTENED INTO ONE LINE: "
           "title, headers 重點任務 行動目標 指標要求 責任部門 2019年 2020年, then row 一、強化組織領導 (goal, requirements 1.–3., "
           "責任部門 「各級(jí)人民政府落實。」) and row 二、粉塵危害專項治理行動 (goal, 1. 2., cut); traditional characters "
           "with readings in brackets inside words",
     leaf_tasks=5, count_alternatives=[2, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], UNITS06, **at(F06, "1."), skip_deadline=True,
          note="row 一's 責任部門 cell 「各級(jí)人民政府落實。」 (落實 is the verb) applies to the row's requirements 1.–3.: "
               "responsible = the group as printed, reading included; lead = [] (a responsible column; the group as lead "
               "passes by the scorer's 各-group rule); the year columns 2019年/2020年 cannot be told apart on the flattened "
               "line, so no deadline is checked"),
        S(["一", "3"], [], UNITS06, **at(F06, "3."), skip_deadline=True,
          note="as 一/1 (the same row's cell); 自治區/市/縣 sign 責任書 level by level — levels, not units"),
        S(["二", "1"], [], [], **at(F06, "1.", nth=2), skip_deadline=True,
          note="row 二's 責任部門 cell comes after its requirements and is beyond the page: lead = [], responsible = [] "
               "(row 一's cell is not carried over)"),
        S(["二", "2"], [], [], [(80, "%")], **at(F06, "2.", nth=2), skip_deadline=True,
          note="「申報率達到80%以上,…定期檢測率達到80%以上,…職業健康檢查率達到80%以上」: the target (three rates of "
               "80%); " + CUT + " (and before the row's 責任部門 cell)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves on the page: the numbered requirements 一/1–3 and 二/1–2 (二/2 cut); 2 if the table's rows (一、 二、) "
            "are the tasks; 4 without the cut requirement",
            "the year columns 2019年 / 2020年 are in the header only; which cell holds which year is lost in the flattening"])

# ---------------------------------------------------------------------------------------------------------
plan(F07,
     title_note="NOT CHECKED: the stored page is page 2 (lar 169587, _2) of a city's 规范出租汽车行业管理专项治理 实施意见; "
                "it starts at 三、组织机构和职责分工",
     doc_no="", issuer="a city government (「市政府成立…协调小组」, 市运管处; the city is not named on the page)",
     date="(not on the page; a year with 「7月20日前」)", level="city (not named)",
     source=page_source("http://www.fymate.net/html/text/lar/169587/16958795_2.html"),
     style="page 2 of a law mirror's copy: 三、组织机构和职责分工 with a paragraph (协调小组, its office at 市运管处), "
           "「相关职能部门分工如下:」 and four UNNUMBERED lines headed by kinds of department 「交通部门:负责…」, "
           "「公安部门:…」, 「监察、纠风部门:…」, 「工商行政管理部门:…」; 四、时间安排 「分以下4个阶段」 (一)(二) with month "
           "dates and no year; (二) cut",
     leaf_tasks=6, count_alternatives=[2, 3, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "交通部门"], [], ["交通部门"], lead_alternatives=[["交通部门"]], **at(F07, "交通部门", skip=-4),
          note=UNIT_LINE + "; no date"),
        S(["三", "公安部门"], [], ["公安部门"], lead_alternatives=[["公安部门"]], **at(F07, "公安部门:", skip=-5),
          note=UNIT_LINE + "; 「协助有关部门」: 有关部门 is a category; no date"),
        S(["三", "工商行政管理部门"], [], ["工商行政管理部门"], lead_alternatives=[["工商行政管理部门"]],
          **at(F07, "工商行政管理部门:", skip=-9), note=UNIT_LINE + "; no date"),
        S(["四", "(一)"], [], [], dl="7月20日前", skip_deadline=True,
          note="「制订方案阶段:7月20日前,各县和市级有关部门…」: the actors are categories in a sentence (" + PROSE
               + "); " + YEAR + " (no year on the page)"),
        S(["四", "(二)"], [], [], dl="7月", skip_deadline=True,
          note="「全面整治阶段:7月,…」: as (一); " + CUT + "; " + YEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves on the page: the four department lines of 三、 and 四/(一), 四/(二) (cut); 2 if only the numbered "
            "phases are tasks; 3 if 三、 is one task; 5 without the cut item",
            "「监察、纠风部门」 heads one line for two kinds of department (not sampled)",
            "the phases 制订方案阶段 (→ 7月20日) and 全面整治阶段 (7月) have no year on the page: no phase is checked",
            "「4个阶段」 counts the phases: not a target"])

# ---------------------------------------------------------------------------------------------------------
plan(F08,
     title_note="NOT CHECKED: the stored page is page 3 (lar 172838, _3) of 盐城's plan on city traffic order and 疏堵保畅 "
                "(亭湖区、盐都区、城南新区); it starts at (四)加强配套建设",
     doc_no="", issuer="盐城市 (亭湖区、盐都区、市开发区、城南新区; the office is not on the page)",
     date="(not on the page; BRT and 「电子警察」 date it about 2010–2013)", level="city (Jiangsu, 盐城市)",
     source=page_source("http://fsou.com/html/text/lar/172838/17283844_3.html"),
     style="page 3 of a law mirror's copy: (四)加强配套建设 (its section 五、 is on an earlier page) with 1.–5., each "
           "naming units in the item's first sentence — 「X牵头,Y、Z配合,…」, 「X负责,…」 or units as subjects (5.); "
           "六、工作要求 (一)(二) with group actors in prose; (二) cut",
     leaf_tasks=7, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(四)", "1"], ["市规划局"], ["市规划局", "市城乡建设局", "公安局", "市公安局"],
          note="「市规划局牵头,市城乡建设局、公安局配合,…;市公安局负责在城市道路…施划临时停车泊位」: X牵头 is the lead, the "
               "配合 units and the second clause's 「市公安局负责」 are responsible, the lead listed with them; 「公安局」 is "
               "kept as printed beside 「市公安局」 (the same bureau, written short); no date"),
        S(["(四)", "2"], ["市城乡建设局"], ["市城乡建设局", "相关建设责任主体"],
          note="「市城乡建设局牵头,相关建设责任主体配合」: lead as above; the 配合 slot holds a group description, kept whole "
               "as a group name (as 各有关部门); no date"),
        S(["(四)", "3"], ["市城乡建设局"], ["市城乡建设局", "市公安局"],
          note="「市城乡建设局牵头,市公安局配合」; BRT is a name; no date"),
        S(["(四)", "4"], [], ["市公安局"], lead_alternatives=[["市公安局"]],
          note="「市公安局负责,…」: one unit, no lead named; " + ONE.replace("column", "clause") + "; no date"),
        S(["(四)", "5"], [], [],
          note="「市城乡建设局和亭湖区、盐都区、市开发区、城南新区及…其它责任单位,坚持…;市公安局、盐都区、城南新区要加快…」: "
               "named units as the subjects of sentences with no 牵头/负责/配合 — " + PROSE),
        S(["六", "(一)"], [], [], note="「各地、各有关部门要成立专门班子…」: " + PROSE + "; no date"),
        S(["六", "(二)"], [], [], note=CUT + "; 「各地、各有…」 cut: no unit; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves on the page: (四)/1–5, 六/(一), 六/(二) (cut); 6 without the cut item",
            "no figures or dates on the page"])

# ---------------------------------------------------------------------------------------------------------
plan(F09,
     title_note="NOT CHECKED: the stored page is page 6 (lar 170057, _6) of a city's 深化集体林权制度改革 plan; it starts "
                "inside the list of departments' duties",
     doc_no="", issuer="a city government (市林改办; 市、区(县、市)两级; the city is not named on the page)",
     date="(not on the page; after 中发[2008]10号)", level="city (not named)",
     source=page_source("http://www.fsou.net/html/text/lar/170057/17005702_6.html"),
     style="page 6 of a law mirror's copy: eight UNNUMBERED lines headed by kinds of department 「林业绿化部门:…」, "
           "「民政、国土部门:…」, 「财政部门:…」, 「档案部门:…」, 「宣传部门:…」, 「公安及维稳部门:…」, 「信访部门:…」, "
           "「其它各部门:…」 (their numbered heading is on page 5), then (三)积极筹集改革资金 (cut)",
     leaf_tasks=9, count_alternatives=[1, 8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["林业绿化部门"], [], ["林业绿化部门"], lead_alternatives=[["林业绿化部门"]], **at(F09, "林业绿化部门", skip=-6),
          note=UNIT_LINE + "; 林改办公室 is the office whose work it carries, not a second unit; no date"),
        S(["财政部门"], [], ["财政部门"], lead_alternatives=[["财政部门"]], **at(F09, "财政部门:", skip=-5),
          note=UNIT_LINE + "; no date"),
        S(["档案部门"], [], ["档案部门"], lead_alternatives=[["档案部门"]], **at(F09, "档案部门:", skip=-5),
          note=UNIT_LINE + "; no date"),
        S(["信访部门"], [], ["信访部门"], lead_alternatives=[["信访部门"]], **at(F09, "信访部门:", skip=-5),
          note=UNIT_LINE + "; 「谁主管,谁负责」 is a principle, not a unit; no date"),
        S(["(三)"], [], [], targets=[(2, "元")],
          note="「按照集体商品林每亩2元的标准…」: a funding standard (how much per mu), a per-unit rate: the item's target — "
               "round 25, convention 1 (plans-dev 01 二/（三）, EXPECTED.md line 87: a policy's ceilings, rates and "
               "entitlements are that item's targets; round 24 had it as not a goal); 1:1 is a matching "
               "ratio; the actors are levels of government in sentences (" + PROSE + "); 市林改办 receives the filing "
               "(the duty); " + CUT + "; no date"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "林改资金的使用编制方案报市林改办备案", "when": "(not stated)", "when_norm": None}],
     notes=["9 leaves on the page: the eight department lines and (三) (cut); 1 if only the numbered item counts; 8 "
            "without the cut item",
            "「民政、国土部门」 and 「公安及维稳部门」 head one line for two kinds of department, 「其它各部门」 a category "
            "(not sampled)"])

# ---------------------------------------------------------------------------------------------------------
P10 = ("a bracket 「(A、B负责)」 at the item's end: " + RESP_ONLY + "; no rule on the page names the first-listed unit the "
       "lead (item 1., where such a rule would stand, is not on the page), so the first unit as lead is accepted")
plan(F10,
     title_note="NOT CHECKED: the stored page (lar 173246, _1) starts at item 2.; the document's title is not on it "
                "(镇江's work on 米袋子/菜篮子, storage, price statistics, the price fund and market supervision)",
     doc_no="", issuer="镇江市 (「国家统计局镇江调查队」, 「镇江工商局」; the office is not on the page)",
     date="(not on the page; 恢复建立价格调节基金 dates it about 2011)", level="city (Jiangsu, 镇江市)",
     source=page_source("http://www.fymate.com/html/text/lar/173246/17324639_1.html"),
     style="a law mirror's page starting at item 2.: 2.–6. each ending with 「(A、B负责)」 (units after the first written "
           "short: 粮食局, 财政局, 物价局); 7. cut",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], ["市农委", "粮食局"], [(100, "万吨"), (1, "万亩"), (8, "万亩")], lead_alternatives=[["市农委"]],
          note=P10 + "; 「力争实现粮食总产100万吨」「新增蔬菜种植面积1万亩」「新增高效设施农业面积8万亩」: targets"),
        S(["3"], [], ["市商务局", "财政局", "粮食局", "供销社"], lead_alternatives=[["市商务局"]],
          not_targets=[(7, "天")],
          note=P10 + "; 「以满足城镇人口7天消费量的动态库存为基础」 is the size standard of the stock, not a goal"),
        S(["4"], [], ["国家统计局镇江调查队", "市统计局", "物价局", "农委", "商务局", "供销社"],
          lead_alternatives=[["国家统计局镇江调查队"]], note=P10 + "; 按月 describes the statistics, not a report due"),
        S(["5"], [], ["市物价局", "财政局"], lead_alternatives=[["市物价局"]], note=P10),
        S(["6"], [], ["市商务局", "物价局", "镇江工商局"], lead_alternatives=[["市商务局"]], note=P10),
        S(["7"], [], [], note=CUT_LABEL + "; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves on the page: 2.–7. (7. cut); 5 without the cut item; item 1. is not on the page",
            "no dates on the page"])

# ---------------------------------------------------------------------------------------------------------
ZJK = ["各县(区)政府", "各管理区管委会", "经开区管委会"]
plan(F11,
     title="张家口市2025年“菜篮子”市长负责制实施方案（张家口市人民政府办公室印发张家口市2025年“菜篮子”市长负责制实施方案的通知）",
     title_note="the plan's title is line 7, the notice title line 1; either is accepted",
     doc_no="张政办函〔2025〕33号", issuer="张家口市人民政府办公室", date="2025-05-10", level="city (Hebei, 张家口市)",
     source=page_source("https://www.zjk.gov.cn/content/qtszfbgswj/238560.html"),
     style="notice title, 体裁/文号 line, addressees, notice, signature, date, plan title, preamble, 一、 (一)(二), each "
           "ending with a label in brackets: (一) 「〔牵头单位:市农业农村局;责任单位:各县(区)政府、各管理区管委会、经开区管委会。"
           "以下均需…负责落实,不再列出〕」 (a 下同 rule), (二) 「(牵头单位:市」 cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["市农业农村局"], ["市农业农村局"] + ZJK,
          [(130, "万亩"), (2, "家"), (10, "万亩")], dl="到2025年底", dln="2025-12", not_targets=[(23, "家")],
          note="「〔牵头单位:市农业农村局;责任单位:…〕」: the lead, and the responsible list with the lead; the bracket's last "
               "sentence is a rule for the later items, not a unit; 「稳定在130万亩左右」「新增…基地2家以上」「到2025年底,"
               "设施农业占地面积新增10万亩」: targets and the date; 「巩固提升23家」 counts the bases there are (not a goal)"),
        S(["一", "(二)"], [], ZJK,
          [(119, "万头"), (28, "万头"), (185, "万只"), (33, "万吨"), (79, "%")], skip_deadline=True,
          note="「(牵头单位:市」: the label is cut inside the lead's name (no whole unit: lead = []); by the rule of (一) "
               "「以下均需各县(区)政府、各管理区管委会、经开区管委会负责落实,不再列出」 the three are units of this item "
               "(as plans-next45 x45_08's 下同 rule); the five figures are targets; " + YEAR + " (2025, from the title)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一), 一/(二) (its label cut); 1 without it",
            "33号 is a document number; 「三区三线」「一环三区四带」 are names"])

# ---------------------------------------------------------------------------------------------------------
plan(F12,
     title="云浮市促进学前教育普惠健康发展行动方案（云浮市人民政府办公室关于印发云浮市促进学前教育普惠健康发展行动方案和云浮市推动义务教育优质均衡发展行动方案的通知）",
     title_note="the plan's title is line 8; the notice title runs over lines 2–3 (broken inside 「云浮/市」) and issues "
                "two plans; either is accepted",
     doc_no="云府办〔2019〕10号", issuer="云浮市人民政府办公室", date="2019-07-23", level="city (Guangdong, 云浮市)",
     source=page_source("https://dsbftdc.com/yfsrmzf/jcxxgk/zcfg/zfwj/content/post_999.html"),
     style="number, notice title over two lines, addressees, notice, signature, date, plan title, preamble, 一、落实政府职责 "
           "(一) ending with 「(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)」 (angle brackets inside "
           "the unit list as on the page); (二) a sentence 「市教育局会同…等单位…」, cut before its bracket",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["市教育局"], ["市教育局", "市委农办", "各县<市、区>人民政府"],
          note="「(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)」: " + FIRST + "; the list is separated "
               "by commas; 「各县<市、区>人民政府」 is one group name with its own bracket (its 、 splits no unit); 省教育厅 "
               "guides (在…指导下) and is not a unit of the item; no date"),
        S(["一", "(二)"], [], [], lead_alternatives=[["市教育局"]],
          note="「市教育局会同编制、发展改革、财政…等单位发挥联席会议制度作用」: a named unit with 会同 in a sentence (the "
               "first party of 会同 may be read as the lead, plans-dev 03: accepted), the others kinds of department; the "
               "item's bracket is beyond the page: lead = [], responsible = []; " + CUT + "; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一), 一/(二) (cut); 1 without the cut item",
            "「实施过程中遇到的问题,请径向市教育局反映」 is a contact instruction, not a reporting duty; 10号 a document number"])

# round 31: answers aligned (ra31) to tests/data/CONVENTIONS.md — the checks that passed with the sentence-unit
# reader off and failed with it on, each read again by the ruling (README, "Round 31: answers aligned (ra31)")
from expected_tools import align31  # noqa: E402

align31('x51_12', ['一', '(二)'], ['市教育局'], ['市教育局', '编制、发展改革、财政、公安、民政、人社、自然资源、住建、农业农村、卫生健康、国资、市场监督、税务、应急管理、妇联、残联等单位'], '「市教育局会同编制、发展改革、财政、…、妇联、残联等单位发挥联席会议制度作用」: 「A会同B＋verb」 — lead A (lead [] accepted, as before), responsible A, B; B is one name as printed, 等 kept (round 31: fields joined by 、 before one head)', alt=[[]])  # noqa: E501

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import regroup32  # noqa: E402

regroup32('x51_07', [['三', '交通部门'], ['三', '公安部门'], ['三', '工商行政管理部门']],
          S(['三'], [], ['交通部门', '公安部门', '监察、纠风部门', '工商行政管理部门'],
            note="「市政府成立…协调小组…,协调小组办公室设在市运管处,具体负责…」: the group and its office are set up by the item "
                 "(rule 3); 「各县(区)人民政府要建立…,制订…」 has no rule-2 verb; no date"),
          'a childless section of unit paragraphs',
          '「三、组织机构和职责分工」 has no numbered children; after 「相关职能部门分工如下:」 its unnumbered paragraphs each open with '
          'a body 「交通部门:负责…」「公安部门:…」「监察、纠风部门:负责…」「工商行政管理部门:依法确认…」: one task, its units all the '
          'paragraphs\' bodies in printed order (「监察、纠风部门」 fields sharing one head, one name), no lead',
          leaf_tasks=3, count_alternatives=[2])
write_collected(DIR)
