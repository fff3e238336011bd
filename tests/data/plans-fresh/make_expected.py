"""Builds tests/data/plans-fresh/expected.json from the hand-written answers below.

These plans are the second never-tuned set: never tune the parser on them (see README.md). Only
`line` and `title_starts` are looked up in the text; every answer was written here by reading the
texts, before the parser or the scorer was run on them.

    python tests/data/plans-fresh/make_expected.py tests/data/plans-fresh
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import S, plan, write_collected  # noqa: E402

PAGES = "opening of the page as the search tool's pages corpus returned it (ASCII ,:();, page chrome included)"
SH = "GitHub zhiyao87/Shanghai-Gov-Docs-Index, "

plan("f01_shijingshan-2019-xinshidai-jiedao-gongzuo-renwu-fenjie-fangan.txt",
     title="石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案", doc_no="",
     issuer="中共北京市石景山区委办公室、北京市石景山区人民政府办公室", date="2019-04-16",
     level="district (Beijing, Shijingshan)",
     source="https://www.wenmi123.com/article/312836.html (a copy of the PDF's text) — " + PAGES,
     style="district task breakdown copied from a PDF: hard line breaks inside sentences, page markers 「— — — 3 —」, "
           "the 一、 heading wrapped over two lines; after each item SEPARATE LINES 「牵头单位:区委组织部」 and "
           "「协办单位:区委编办、…、园区党工\\n委、各街道党工委」 (the unit list wraps inside a name); the page ends i"
           "nside item 2",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["区委组织部"],
          ["区委组织部", "区委编办", "区民政局(区委社会工委)", "园区党工委", "各街道党工委"],
          note="协办单位 are the cooperating units (in responsible, like 配合单位); 「园区党工」+「委」 is one name wr"
               "apped "
               "at the line end; 区民政局(区委社会工委) keeps its bracketed second name; no date in the item"),
        S(["一", "2"], [], [], skip_deadline=True, note="cut off after 「做实街」: its units are not on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the page's own lines (栏目/发布/浏览…) and the cover's last words 「认真贯彻执行。」 come before the plan"
            " title"])

plan("f02_caidian-2023-zhengfu-gongzuo-baogao-mubiao-renwu-zeren-fenjie.txt",
     title="2023年区《政府工作报告》确定的主要目标任务责任分解方案", doc_no="蔡政办〔2023〕1号",
     issuer="武汉市蔡甸区人民政府办公室", date="2023-01-03", level="district (Hubei, Wuhan, Caidian)",
     source="https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml — " + PAGES,
     style="政府工作报告 target breakdown: cover notice with three numbered instructions (a dated filing duty and a qu"
           "arterly "
           "report), then the plan: each target is an item 「(一)地区生产总值增长7%以上」 followed by a SEPARATE line "
           "「责任单位:区发展和改革局」; ASCII brackets; the page ends inside the 4th unit line (「责任单位:区」)",
     leaf_tasks=4, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["区发展和改革局"], [(7, "%")], skip_deadline=True,
          lead_alternatives=[["区发展和改革局"]],
          note="one 责任单位, no lead named (the lone unit as lead is accepted); the year 2023 is in the section headi"
               "ng only (not checked)"),
        S(["一", "(二)"], [], ["区科技和经信局"], [(12, "%")], skip_deadline=True,
          lead_alternatives=[["区科技和经信局"]]),
        S(["一", "(三)"], [], ["区发展和改革局"], [(10, "%")], skip_deadline=True,
          lead_alternatives=[["区发展和改革局"]]),
        S(["一", "(四)"], [], [], [(12, "%")], skip_deadline=True,
          note="the page stops at 「责任单位:区」: no whole unit name; the cut task is still a task"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "于2023年1月15日前将工作方案报区人民政府办公室", "when": "2023年1月15日前", "when_norm": "2023-0"
         "1-15"},
             {"what": "每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况报区人民政府办公室",
              "when": "从2023年第一季度开始，每季度最后一个月的30日前", "when_norm": "quarterly (day 30 of the quarter"
                  "'s last month)"}],
     notes=["the cover's three numbered instructions are not plan tasks; counting them too (7) is accepted",
            "the quarterly wording is the example the issue quotes for duties in a cover notice (class 8); this "
            "document itself is in no tuning set"])

plan("f03_leshan-2020-zhengfu-gongzuo-baogao-zhongdian-gongzuo-renwu-fengong-fangan.txt",
     title="《政府工作报告》重点工作任务分工方案", doc_no="乐府办函〔2020〕8号", issuer="乐山市人民政府办公"
         "室",
     date="2020-03-09", level="city (Sichuan, Leshan)",
     source="https://ncp.pkulaw.com/epidemiclar/ca88e5607ab25b486d19d880f89c3659bdfb.html "
            "(a law database copy) — " + PAGES,
     style="政府工作报告 task division: database chrome, the notice title twice (once with <>, once with 〈〉), a cove"
           "r for two "
           "plans, then 一、 / 1. items indented with spaces; the page ends inside item 1 before its units",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], skip_deadline=True,
          note="cut before its units; 「4A级景区」 is a grade, not a quantity"),
     ],
     plan_targets=[], phases=[], duties=[])

plan("f04_chengdu-2024-chengshi-shequ-qianrushi-fuwu-sheshi-jianshe-shishi-fangan.txt",
     title="成都市城市社区嵌入式服务设施建设工程实施方案", doc_no="",
     issuer="成都市发展和改革委员会、中共成都市委社会工作部、成都市规划和自然资源局、成都市住房和城乡建设局",
     date="2024", level="city bureaus, jointly (Sichuan, Chengdu)",
     source="https://lr5.cn/2024/08/07/47893.html (a copy of the notice) — " + PAGES,
     style="joint notice of four city bodies, title three times (page chrome), then the plan's 一、主要目标 with two d"
           "ated "
           "goal paragraphs (到2025年底前…100个; 到2027年底前…50%); the page ends inside the second goal",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、主要目标"],
     samples=[],
     plan_targets=[{"number": 100, "unit": "个"}, {"number": 50, "unit": "%"}], phases=[], duties=[],
     notes=["一、主要目标 has no numbered children: a section, not a task (reading it as one task is accepted)",
            "the goals' dates (2025年底前, 2027年底前) belong to the plan's goals, not to a task"])

plan("f05_yancheng-2024-qianwan-gongcheng-yumi-zhixiang-shishi-yijian.txt",
     title="", doc_no="",
     title_note="no title in the stored text (盐城市2024年推进乡村全面振兴的实施意见)",
     issuer="盐城市 (yancheng.gov.cn)", date="2024", level="city (Jiangsu, Yancheng)",
     source="https://www.yancheng.gov.cn/art/2024/1/1/art_13184_4180903.html — " + PAGES,
     style="city implementing opinions with no title in the stored text: preamble, 一、 then （一）/（二） items whose"
           " text is "
           "on the same line after a heading sentence; dense quantities in 万亩 / 万头 / 家 / 万吨; no units, no dates"
           "; "
           "the page ends inside （二）",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], [(90, "个")],
          note="三年旱粮单产增一成行动 is a programme name; 部级…整建制推进县 is a title"),
        S(["一", "(二)"], [], [], [(400, "万亩"), (25, "万头"), (1400, "家"), (125, "万吨")],
          note="「“菜篮子”市长负责制」: a person's role, not a unit; cut off mid-word"),
     ],
     plan_targets=[], phases=[], duties=[])

plan("f06_chongchuan-2023-qu-zhengfu-zhongdian-minsheng-shishi-xiangmu-biao.txt",
     title="2023年区政府重点民生实事项目推进情况(1-11月)", doc_no="", issuer="南通市崇川区人民政府",
     date="2023-11", level="district (Jiangsu, Nantong, Chongchuan)",
     source="http://chongchuan.gov.cn/xccqrmzf/msssxm/content/3050375a-7066-4841-b547-49222f1a34fa.html — " + PAGES,
     style="a TASK TABLE FLATTENED ONE CELL A LINE, each cell ending in 「 |」: header 序号 / 主要任务 / 全年目标任务 "
           "/ 分管领导 / "
           "牵头单位 / 责任主体与协同单位 / 1-10月推进情况 / 1-11月推进情况 / 是否达序 / 说明, then rows 24–26 (the pa"
           "ge starts "
           "inside the table); the rows leave 全年目标任务 out; progress cells carry figures that are not targets",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["24"], ["城管局"], ["城管局", "市政局", "相关街道"], [(50, "条")], skip_deadline=True, line=13,
          title_starts="优化提升50条背街", not_targets=[(30, "%"), (60, "%")],
          note="徐国江 (分管领导) is a person; 完成30% / 60% are progress, not targets; 2023 is the table's year (not "
               "checked)"),
        S(["25"], ["城管局"], ["城管局", "市政局", "环卫处", "崇川经济开发区", "各街道"], [(210, "个")],
          skip_deadline=True,
          line=22, title_starts="新增四分类“三定一", not_targets=[(451, "个"), (38, "个")],
          note="「三定一督」 is a name; 451个厢房 / 46个小区 / 38个厢房 / 70个分类亭 are progress; 9月28 and 2个月 are"
               " in the 说明 cell"),
        S(["26"], ["城管局"], ["城管局", "崇川经济开发区", "相关街道"], [(8, "个"), (20, "个")],
          skip_deadline=True, line=32,
          title_starts="新建建筑垃圾中转站", not_targets=[(17, "个")],
          note="the page ends after row 26's 是否达序 cell"),
     ],
     plan_targets=[], phases=[], duties=[])

plan("f07_wuhan-2023-zhengfu-gongzuo-baogao-mubiao-renwu-zeren-fenjie-tongzhi.txt",
     title="2023年市《政府工作报告》目标任务责任分解方案", doc_no="",
     title_note="the plan the cover issues (《2023年市〈政府工作报告〉目标任务责任分解方案》; its own title line is cu"
                "t); the notice's title is not in this text",
     issuer="武汉市人民政府办公厅", date="2023-01-12", level="city (Hubei, Wuhan)",
     source="https://www.whcdrm.com/thread-10965-1-1.html (a forum copy of the notice) — " + PAGES,
     style="the cover notice of a 政府工作报告 breakdown on a forum page (image names, 「[复制链接]」): three numbered"
           " instructions "
           "with a dated filing duty (2023年2月10日前) and a quarterly report (每个季度第1个月的20日前, from Q2); a ru"
           "le "
           "sentence in brackets 「(无牵头单位的,责任单位即为牵头单位,下同)」; the page ends inside the plan's title",
     leaf_tasks=3, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="于2023年2月10日前", dln="2023-02-10",
          note="牵头单位 / 责任单位 are roles; the bracket is a rule, not a unit"),
        S(["二"], [], []),
        S(["三"], [], [], skip_deadline=True, note="a quarterly rhythm, not a deadline; 确保全年硬账硬结"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各牵头单位于2023年2月10日前将制订的办理方案、督办工作人员名单及其联系方式报市人民政府督查室",
              "when": "2023年2月10日前", "when_norm": "2023-02-10"},
             {"what": "各牵头单位要在每个季度第1个月的20日前，将责任事项完成情况报市人民政府督查室",
              "when": "从2023年第二季度起，每个季度第1个月的20日前", "when_norm": "quarterly (day 20 of the quarter's "
                  "first month)"}],
     notes=["whether a cover's instructions are tasks is a reading choice (0 is accepted); the duties are not",
            "doc number 武政办〔2023〕1号 is given by other copies, not by this text"])

plan("f08_ningbo-jiangbei-2020-laojiu-xiaoqu-gaizao-sannian-xingdong-fangan.txt",
     title="江北区城镇老旧小区改造三年行动方案(2020-2022年)", doc_no="北区政办发〔2020〕11号",
     issuer="宁波市江北区人民政府办公室", date="2020-05-08", level="district (Zhejiang, Ningbo, Jiangbei)",
     source="http://www.nbjiangbei.gov.cn/art/2020/5/8/art_113389_129219.html — " + PAGES,
     style="district three-year plan: page metadata lines, cover notice, the plan title with its period on the next li"
           "ne "
           "「(2020-2022年)」, then 一、总体要求 with (一)指导思想 / (二)工作目标 (heading word, 。, text on the same "
           "line); "
           "the page ends inside (二)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], []),
        S(["一", "(二)"], [], [], dl="于2022年底前", dln="2022-12-31",
          note="从2020年起 is the start; 「六有」 is a name; 三年 is the plan period"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["(一)指导思想 is a numbered item with text: a leaf by the convention (not counting it, 1, is accepted)"])

plan("f09_shi-2008-renda-jianyi-zhengxie-tian-banli-tongzhi.txt",
     title="",
     title_note="no title in the stored text (a city's notice on handling the 2008 suggestions of NPC deputies and "
                "CPPCC proposals; its opening is not stored)",
     doc_no="", date="2008",
     issuer="某市人民政府办公室 (the stored text names only 市政府督查室, 市人大选工委, 市政协提案委)",
     level="city (province not named in the text)",
     source="http://www.fsou.net/html/text/lar/170104/17010450_1.html (a law database copy) — " + PAGES
            + "; the stored text starts in section 三",
     style="建议/提案 handling notice: unnumbered paragraphs with relative time limits (3个月内, 1个月内, 延长1个月) a"
           "nd an "
           "impossible date 「2008年9月31日前」, then 四、几个具体问题 with (一)/(二); the page ends at 「(」",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["四", "(一)"], [], [], skip_deadline=True, not_targets=[(10, "日")],
          note="「在接到建议、提案的10日内」 is a time limit of a rule (relative), not a target"),
        S(["四", "(二)"], [], [], note="附表1、2 is a reference; A/B/C/D are grades"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "所有建议、提案须在2008年9月31日前办理完毕并答复代表、委员", "when": "2008年9月31日前",
              "when_norm": "2008-09"},
             {"what": "会办单位应积极配合，将本单位意见于1个月内函告主办单位", "when": "1个月内", "when_norm": None},
             {"what": "各承办单位要在收到建议、提案之日起3个月内办理完毕并答复代表和委员", "when": "收到之日起3个月内",
              "when_norm": None}],
     notes=["9月31日 does not exist (the source's own mistake): the month 2008-09 is what is checked",
            "主办单位 / 会办单位 / 承办单位 are roles, not named units"])

plan("f10_guofa-2019-shuangsuiji-yigongkai-jianguan-yijian.txt",
     title="国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见",
     doc_no="国发〔2019〕5号", issuer="国务院",
     date="2019-01-27", level="central (State Council)",
     source="GitHub ZhouYNF/platform-1, db/ge_policy_raw20190217.sql @ 2197df553eee3b0bc9989d91addadf2f4227fddc, row 1 "
            "(http://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm), converted as ../plans/c0* (whole docu"
            "ment)",
     style="central opinions, whole: title over two lines; 一、总体要求 with four unnumbered 「坚持…。」 paragraphs; "
           "二、主要目标 "
           "with dated goals (到2019年底 / 到2020年底 / 三到五年); （一）…（七） and （一）…（三） whose heading is it"
           "s own paragraph "
           "and the text the next one; no unit labels at all, actors in prose (市场监管总局要发挥牵头作用)",
     leaf_tasks=10, attachment_task_rows=0, childless_top_level_sections=["一、总体要求", "二、主要目标"],
     samples=[
        S(["三", "（一）"], [], [], note="各省（区、市）人民政府 act in prose"),
        S(["三", "（二）"], [], [], note="市场监管总局要会同有关部门… is prose, no label"),
        S(["三", "（四）"], [], []),
        S(["三", "（七）"], [], []),
        S(["四", "（一）"], [], [],
          note="「市场监管总局要发挥牵头作用」 and 「建立市场监管部门牵头的联席会议制度」 are prose; no unit label"),
        S(["四", "（三）"], [], []),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the goals' dates in 二、 (到2019年底, 到2020年底) belong to a section without numbered items, not to a ta"
            "sk",
            "no reporting duty, no phases, no quantities"])

plan("f11_chongming-2021-chengshi-tijian-gongzuo-fangan.txt",
     title="2021年崇明区城市体检工作方案", doc_no="沪崇府办发〔2021〕20号", issuer="上海市崇明区人民政府办公室",
     date="2021-09-09", level="district (Shanghai, Chongming)",
     source=SH + "docs/城市更新与历史保护/上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知.md "
            "@ 49f4bb7b24691276dec660a576f20a54a0c46b63 (https://www.shanghai.gov.cn/zhengce/detail?businessId="
            "3be98d42-f59c-4c0e-a130-7c5f918795c2&siteId=0085); stored Markdown = 3120 characters, wrapper removed as "
            "in ../plans/s0*",
     style="district work plan, whole: cover without a signature name; 一、 （一）…（八） one-line items; 二、 （一）…"
           "（五） "
           "heading then text paragraphs; 三、工作步骤 = five steps stamped with a month 「（一）建立工作机制（2021年8"
           "月）。…」, "
           "step （四） holding a dated report duty and a list 1.–4. of the report's contents; 四、组织保障 names the "
           "lead in "
           "prose (区建设管理委会同…共同推进); ends with an 附件 line",
     leaf_tasks=21, count_alternatives=[18], attachment_task_rows=0, childless_top_level_sections=["四、组织保障"],
     samples=[
        S(["一", "（一）"], [], []),
        S(["二", "（四）"], [], [], note="heading line, text in the next two paragraphs"),
        S(["三", "（一）"], [], [], dl="（2021年8月）", dln="2021-08", note="a step = a phase; 明确…牵头部门、责任部门"
            " is a to-do, not a unit"),
        S(["三", "（二）"], [], [], dl="（2021年9月）", dln="2021-09",
          note="「采用数据截止日期为2020年12月31日」 is the data's cut-off date, not a deadline"),
        S(["三", "（五）"], [], [], dl="（2021年12月）", dln="2021-12"),
     ],
     plan_targets=[],
     phases=[{"name": "建立工作机制", "start": "2021-08", "end": "2021-08"},
             {"name": "数据资料收集", "start": "2021-09", "end": "2021-09"},
             {"name": "指标评估分析", "start": "2021-09", "end": "2021-09"},
             {"name": "形成体检报告", "start": "2021-10", "end": "2021-10"},
             {"name": "体检成果应用", "start": "2021-12", "end": "2021-12"}],
     duties=[{"what": "10月15日前，形成崇明区城市体检正式报告，上报区政府同意后报送市住房城乡建设管理委",
              "when": "10月15日前", "when_norm": "2021-10-15"},
             {"what": "各相关部门按要求提供指标数据资料", "when": "2021年9月", "when_norm": "2021-09"}],
     notes=["counting: 一、 8; 二、 5; 三、 （一）（二）（三）, the list 1.–4. under （四）, （五） = 8; total 21. Rea"
            "ding （四） as one "
            "task and its 1.–4. as the report's contents gives 18 (accepted)",
            "65 / 34 / 6个指标 and 「占全球种群数量1%以上的水鸟物种数」 describe the indicator system: not targets",
            "plan-level lead in prose: 区建设管理委 (会同 25 named bodies); 分管副区长 is a person's role"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """``align29`` of round 30: the note reads "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was, now = f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — "
    s["note"] = s["note"].replace(was, now, 1)


align30('f10_guofa', ['三', '（二）'], ['市场监管总局'], ['市场监管总局', '有关部门'], '「市场监管总局要会同有关部门制定联合抽查事项清单、标准和实施办法」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 「各有关部门要…」「各省（区、市）人民政府要…」 general calls (rule 3)', alt=[[]])  # noqa: E501
align30('f10_guofa', ['四', '（一）'], ['市场监管总局'], ['市场监管总局', '各有关部门'], '「市场监管总局要发挥牵头作用，加强统筹协调，会同各有关部门共同推进各项工作」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 「建立市场监管部门牵头的联席会议制度」 a body the item sets up, 「地方各级人民政府要…」 a general call (rule 3)', alt=[[]])  # noqa: E501
# round 32: answers aligned (p32u) to tests/data/CONVENTIONS.md — doers the round-32 reader reads (a modal, an
# adverb or a first verb between a body and its verb of rule 2; 定期 before 组织; designations) that the answers,
# written before the round-29 ruling, read as prose (README, "Round 32: answers aligned (p32u)")
from expected_tools import align32_units  # noqa: E402

align32_units('f07', ['三'], [], ['市人民政府督查室'], '「市人民政府督查室定期组织开展专项和暗访督查」: the subject of 组织＋verb is responsible, no lead; 「各牵头单位要…报市人民政府督查室」 a role sending to a receiver (rule 3), 「各责任单位将…纳入…」 a general call')  # noqa: E501

# aligned round 36 (p36h): CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too (a 保障措施／组织保障 point among them) (README, "Round 36: answers aligned (p36h)")  # noqa: E501
from expected_tools import _sample32  # noqa: E402

_p36h, _ = _sample32('f11_chongming', None)
_p36h["childless_top_level_sections"].remove('四、组织保障')
_p36h.setdefault("notes", []).append('aligned round 36 (p36h): CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too (a 保障措施／组织保障 point among them) — 四、组织保障 (「区政府是推进本区城市体检工作的责任主体，由分管副区长牵头统筹协调…，区建设管理委会同区发展改革委、…共同推进…」: a designation and 「A会同B＋verb」 — doers by rule 2): a task → leaf_tasks 21 → 22; 21 (before the ruling) and 18 stay accepted')  # noqa: E501
_p36h["leaf_tasks"], _p36h["count_alternatives"] = 22, [21, 18]

write_collected(sys.argv[1])
