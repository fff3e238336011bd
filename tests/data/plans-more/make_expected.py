"""Builds tests/data/plans-more/expected.json from the hand-written answers below.

These plans are the sixth never-tuned set: never tune the parser on them (see README.md). Only
`line` and `title_starts` are looked up in the text (given by hand for table rows without a `附件`
line, for the second table's row 1 in m01, and for m09's items run into two long lines); every answer
was written here by reading the texts, before the parser or the scorer was run on them.

    python tests/data/plans-more/make_expected.py tests/data/plans-more
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import COVER, ONE, PAGES, YEAR, S, plan, write_collected  # noqa: E402


def row(path, unit, targets=(), **kw):
    """A row of a table whose only unit column is 责任单位 (one unit a row)."""
    return S(path, [], [unit], targets, skip_deadline=True, lead_alternatives=[[unit]], **kw)


plan("m01_shapingba-2022-qu-zhengfu-gongzuo-baogao-mubiao-renwu-fenjie-biao.txt",
     title="2022年区政府工作报告目标任务（重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知）",
     title_note="the notice title (first line); the plan it issues is 「2022年区政府工作报告目标任务」 in two attached "
                "tables, each with its own title (…预期目标任务分解表, …重点工作任务分解表): the notice or the plan's "
                "name is accepted, a table's title is not",
     doc_no="", issuer="重庆市沙坪坝区人民政府办公室", date="2022-01-21", level="district (Chongqing, Shapingba)",
     source="http://www.cqspb.gov.cn/zwgk_235/zfxxgkpt/zcwj0617/bm0617/202203/t20220329_10563014.html — " + PAGES,
     style="district 政府工作报告 breakdown as a short cover + TWO TASK TABLES FLATTENED ONE CELL A LINE with a blank "
           "line between cells: 附件1 「序号 / 2022年预期目标 / 责任单位」 rows 1–10 (a figure and one unit each), "
           "附件2 「序号 / 工作任务 / 牵头单位 / 配合单位」 whose row 1 has a short name cell (联动共建科学城) and "
           "a text cell cut before its units; the cover's 「附件:1. …」 / 「2. …」 list names the tables (not tasks); "
           "a garbled signature date 「2022121日」",
     leaf_tasks=0, attachment_task_rows=11, count_alternatives=[10], childless_top_level_sections=[],
     samples=[
        row(["附件", "1"], "区发展改革委", [(5.5, "%")], note=ONE + "; " + YEAR),
        row(["附件", "2"], "区发展改革委", [(6, "%")]),
        row(["附件", "3"], "区经济信息委", [(7, "%")]),
        row(["附件", "4"], "区商务委", [(8, "%")]),
        row(["附件", "5"], "区商务委", [(5, "%")]),
        row(["附件", "6"], "区财政局", [(5, "%")]),
        row(["附件", "7"], "区税务局", [(6, "%")]),
        row(["附件", "8"], "区人力社保局", [(6, "%")]),
        row(["附件", "9"], "区生态环境局", note="「完成年度目标任务」 carries no figure"),
        row(["附件", "10"], "区发展改革委"),
        S(["附件", "1"], [], [], [(8, "家")], skip_deadline=True, line=107, title_starts="联动共建科学城",
          note="附件2's row 1 (its numbers restart; line and first words given by hand): a short name cell, then the "
               "text cell 「推动量子通信器件国家重点实验室落地,引进机数科技等8家独立法人研发机构、中科」 cut before "
               "the 牵头单位 / 配合单位 cells; 8家 is the number of research institutes to bring in"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the body is a cover without tasks; the rows of both tables are the tasks: 10 + 1 = 11, or 10 "
            "if the cut row of 附件2 is not counted",
            "「区政府办公室将定期跟踪督办,并将目标任务完成情况纳入年度考核」 is oversight, not a reporting duty",
            "区十九届人大一次会议 / 区政府十九届第1次常务会议 are names of meetings"])

plan("m02_lishan-2023-qu-zhengfu-zhongdian-gongzuo-renwu-fenjie-he-zeren-fengong-fangan.txt",
     title="立山区政府2023年重点工作任务分解和责任分工方案（立山区人民政府关于印发《立山区政府2023年重点工作任务分解"
           "和责任分"
           "工方案》的通知）",
     title_note="the plan's title, written over two lines after the cover, or the notice title (first written with "
                "《》 and stray spaces, then again run into the doc number): either is accepted",
     doc_no="鞍立政发〔2023〕2号", issuer="鞍山市立山区人民政府", date="2023-03-28",
     level="district (Liaoning, Anshan, Lishan)",
     source="http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html — " + PAGES,
     style="district 政府工作报告 breakdown: a 「…人民政府文件」 header line, doc number, notice title twice (the se"
           "cond "
           "run into the doc number), cover, signature, plan title over two lines, then 「一、经济社会发展的主要预期"
           "目标」 "
           "with items 「1.努力实现地区生产总值增长6.2%左右。」 each followed by SEPARATE LINES 「牵头单位:区发改局"
           "」 and "
           "「责任单位:立山经济开发区,全区经济运行各专班」 (ASCII colon; units split by , and 、), a blank line betw"
           "een "
           "all lines; the page ends after item 7's text",
     leaf_tasks=7, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["区发改局"], ["区发改局", "立山经济开发区", "全区经济运行各专班"], [(6.2, "%")],
          skip_deadline=True, note="全区经济运行各专班 (the district's economic-operation task forces) is one group; "
                                   + YEAR),
        S(["一", "2"], ["区工信局"], ["区工信局", "立山经济开发区"], [(5, "%")], skip_deadline=True,
          note="the subject is 规模上工业增加值 (as printed, for 规模以上)"),
        S(["一", "3"], ["区发改局"], ["区发改局", "立山经济开发区", "各街道", "区直各部门"], [(15, "%")],
          skip_deadline=True, note="「立山经济开发区,各街道、区直各部门」: split at , and 、"),
        S(["一", "4"], ["区商务局"], ["区商务局", "各街道", "区市场局"], [(9, "%")], skip_deadline=True),
        S(["一", "5"], ["区财政局"], ["区财政局", "立山经济开发区", "各街道", "税务局"], [(8, "%")],
          skip_deadline=True),
        S(["一", "6"], ["区发改局"], ["区发改局", "各街道", "各相关单位"], skip_deadline=True,
          note="「居民收入增长与经济增长基本同步」 carries no figure"),
        S(["一", "7"], [], [], skip_deadline=True,
          note="the page ends after the item's text: its unit lines are not on the page; 「不低于全市平均水平」 has no "
               "figure"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["市委十三届五次全会 / 区委十五届四次全会 are names of meetings; 「新突破三年行动」 is a programme name"])

plan("m03_panjin-2021-shi-zhengfu-gongzuo-baogao-renwu-fenjie-he-zeren-fengong-tongzhi.txt",
     title="2021年市《政府工作報告》任務分解和責任分工方案（盤錦市人民政府辦公室關于印發《2021年市〈政府工作報告〉任"
           "務分解和責任"
           "分工方案》的通知）",
     title_note="the notice title (first line) or the plan it issues: either is accepted; the plan's name stands "
                "alone with 《政府工作報告》 (the 〈〉 are the nested marks inside the notice's 《》; corrected after "
                "scoring, see BASELINE.md); the plan's 146 tasks are not "
                "on the page",
     doc_no="盤政辦發〔2021〕1號", issuer="盤錦市人民政府辦公室", date="2021-01-25", level="city (Liaoning, Panjin)",
     source="http://xyexam.com/html/2509/2021-05-25/content-93597.html (a copy in TRADITIONAL characters) — " + PAGES,
     style="city cover notice of a 政府工作报告 breakdown in TRADITIONAL characters: title, doc number, addressees, "
           "three instructions 「1.明確任務,壓實責任。…」 (heading, 。, text on one line) with two dated steps without "
           "the year in the second (2021年2月3日前 / 2月7日前) and a MONTHLY report 「每月28日前…報送市政府督考辦」; a "
           "contact line with a person, a phone number and an e-mail address; signature, date, (此件公開發布)",
     leaf_tasks=3, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [], skip_deadline=True,
          note="two dated steps (2021年2月3日前 to the 分管市領導, 2月7日前 to the 市政府): which one is the "
               "instruction's deadline is a reading choice, not checked; 各牽頭單位 is a role; 「三清單三制度」 is a "
               "name"),
        S(["2"], [], [], note="牽頭單位 / 責任單位 / 各相關單位 are roles, not units"),
        S(["3"], [], [], skip_deadline=True,
          note="a monthly rhythm (每月28日前) and 年底逐一績效對賬: no single deadline, not checked; 市政府督考辦 is "
               "oversight and the receiver of the reports"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各牽頭單位的具體推進實施方案務于2021年2月3日前報送各位分管市領導", "when": "2021年2月3日前",
              "when_norm": "2021-02-03"},
             {"what": "經分管市領導審核把關后于2月7日前報送市政府", "when": "2月7日前", "when_norm": "2021-02-07"},
             {"what": "各牽頭單位要于每月28日前將各項工作任務進展情況報送市政府督考辦", "when": "每月28日前",
              "when_norm": "monthly (day 28)"}],
     notes=[COVER, "「146項工作任務」 counts the plan's tasks: not a target",
            "樸勇智 is a contact person; 2805093 is a phone number, not a figure",
            "u05 in plans-unseen is the 2021 breakdown of 大洼区, a district of Panjin (a different document)"])

plan("m04_wuhu-jiaoyuju-2024-gongzuo-yaodian.txt",
     title="芜湖市教育局2024年工作要点（关于印发《芜湖市教育局2024年工作要点》的通知）",
     title_note="the plan's title after the cover, or the notice title (first line, without the issuer): either is "
                "accepted",
     doc_no="", issuer="芜湖市教育局", date="2024-03-27", level="city bureau (Anhui, Wuhu, 教育局)",
     source="https://jyj.wuhu.gov.cn/openness/public/6596321/39170196.html — " + PAGES,
     style="work points of a CITY BUREAU: page chrome (发布时间, 信息来源, 编辑), addressees that include 「机关各科"
           "室」, "
           "a signature date that lost its 年月日 (「2024327」), lines holding only a space, a preamble, 「一、…」 t"
           "hen "
           "「1.加强思想理论武装。…」 ending in 「(责任科室:组干科、机关党委)」 — the bureau's own SECTIONS (科室) as "
           "the responsible units; the page ends inside item 2",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["组干科", "机关党委"],
          note="「责任科室:」 lists responsible sections, no lead; 局党委理论学习中心组2024年度学习计划 is the name "
               "of a "
               "plan to make (no deadline); 「两个确立」「四个自信」 are slogans"),
        S(["一", "2"], [], [], skip_deadline=True, note="cut at 「全面推」: its units are not on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the date 「2024327」 is read as 2024-03-27 (the page is dated 2024-03-28); 编辑:倪雪梅 is a person (page "
            "chrome)"])

plan("m05_anhui-jiaoyuting-2015-gongzuo-yaodian.txt",
     title="中共安徽省委教育工委安徽省教育厅2015年工作要点（中共安徽省委教育工委安徽省教育厅关于印发2015年工作要点的"
           "通知）",
     title_note="the plan's title (also the page's title, there with a space between the two issuers), or the notice "
                "title: either is accepted",
     doc_no="", issuer="中共安徽省委教育工委、安徽省教育厅", date="2015-03-03",
     level="province department (Anhui, 教育厅 with the party's 教育工委)",
     source="https://www.ahjxjy.cn/contents/8/135.html (a continuing-education site's copy, under 「省厅文件」) — "
            + PAGES,
     style="work points of a PROVINCE DEPARTMENT (厅) issued jointly with a party committee: a long block of the cop"
           "ying "
           "site's contacts (phone numbers), the page title, 【文章来源:】【作者:继教园区】【发布时间:…】 chrome, the "
           "notice with two issuers separated by spaces, lines holding only a space, the plan title, a preamble, "
           "「一、…加强教育系统党的建设。」 (a heading ending in 。) and 「1.…」; the page ends inside item 1",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], skip_deadline=True,
          note="cut at 「纳入」; no units on the page; 「十二五」「十三五」 are plan periods, not figures"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["0551-64652807 and the other contact numbers are phone numbers (page chrome), not figures",
            "the addressees 「委厅机关各处室」 are the department's own divisions (处室)"])

plan("m06_kaifeng-2020-tuidong-zhizaoye-gaozhiliang-fazhan-shishi-fangan.txt",
     title="开封市推动制造业高质量发展实施方案",
     title_note="the plan's own title after the cover; the notice's title is not in this text (the page starts at the "
                "addressees)",
     doc_no="", issuer="开封市人民政府办公室 (from the page address …/szfbgswj…; the text names no issuer)",
     date="2020-11-17", level="city (Henan, Kaifeng)",
     source="http://www.kaifeng.gov.cn/kfsrmzfwz/szfbgswj202303312215/pc/content/content_1765918279767756800.html — "
            + PAGES,
     style="city implementation plan: the page starts at the addressees, a cover issuing three documents at once, a "
           "date without signature, the plan title, 「一、总体要求」 with 「(一)指导思想。…」 and 「(二)发展目标。…」 "
           "(heading word, 。, text on one line) where 发展目标 holds DATED QUANTITATIVE GOALS for 2022 and 2025 "
           "(35%左右, 1%以上, 年均下降5%, 2个, 6个, 8—10个), then 「二、主要任务」 「(一)做强主导产业,提升集群产业链"
           "。」 cut",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], note="a guiding-thought paragraph: no units, no dates"),
        S(["一", "(二)"], [], [], [(35, "%"), (1, "%"), (5, "%"), (2, "个"), (6, "个"), ("8-10", "个")],
          skip_deadline=True,
          note="two dated goals (到2022年 → 2022-12-31: 35%左右, 1%以上, 年均下降5%; 到2025年 → 2025-12-31: 2个千亿级 "
               "and 6个五百亿级产业集群, 8—10个百亿企业): which is the item's deadline is a reading choice, not chec"
               "ked; "
               "「8大重点产业集群」 and 「五千亿规模」 are also figures (not checked either way)"),
        S(["二", "(一)"], [], [], skip_deadline=True, note="cut at 「医药及医」: no units on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["市政府第48次常务会议 is a meeting's name; the two 财政支持措施 issued with the plan are not in the text",
            "「中部地区崛起」「黄河流域生态保护和高质量发展」 are strategy names"])

plan("m07_xinyu-2023-zhengwu-gongkai-gongzuo-yaodian.txt",
     title="2023年新余市政务公开工作要点",
     title_note="the plan's own title after the cover; the notice's title is not in this text",
     doc_no="", issuer="新余市人民政府办公室", date="2023-08-07", level="city (Jiangxi, Xinyu)",
     source="http://echinagov.com/policy/346701.htm (a copy) — " + PAGES,
     style="city work points: every line indented with two ASCII spaces and separated by a blank line; cover, "
           "signature, date, (此件主动公开), plan title, a one-line preamble, 「一、总体要求」 with 「(一)指导思想」 / "
           "「(二)工作目标」 as HEADING LINES (no 。) and their text on the next line; (二) holds one dated goal "
           "「到2023年底,…」; 「二、…」 「(一)加强重大战略实施信息公开」 (heading line) 「1.聚焦…」 cut",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], note="a guiding-thought paragraph; 「幸福城市」 is a name"),
        S(["一", "(二)"], [], [], dl="到2023年底", dln="2023-12-31",
          note="one dated goal (到2023年底 the mechanisms are in place); 知晓度、满意度明显提升 has no figure"),
        S(["二", "(一)", "1"], [], [], skip_deadline=True,
          note="cut at 「产业」; 「工小美」 is a strategy's name; 新宜吉合作主阵地 / 大南昌都市圈 are names"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["no unit is named on the page"])

plan("m08_beijing-2016-zhengwu-gongkai-gongzuo-yaodian.txt",
     title="北京市2016年政务公开工作要点（北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知）",
     title_note="the page writes the notice title three times (with the doc number before it and in 《》, then in 《"
                "》) "
                "and never the plan's own title line: the notice title or the plan's name is accepted",
     doc_no="京政办发〔2016〕26号", issuer="北京市人民政府办公厅", date="2016-05-28",
     level="province-level city (Beijing)",
     source="https://0798ci.com/policy/70942.html (a copy of the notice) — " + PAGES,
     style="work points of a PROVINCE-LEVEL CITY: the doc number run into the notice title in 《》, the title again,"
           " the "
           "doc number twice, cover, signature, date, then the plan WITHOUT its title line: a preamble, 「一、…」 "
           "「(一)进一步推进权力清单和责任清单公开」 (a heading line without 。) and its text on the next line, cut",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], skip_deadline=True,
          note="cut at 「清理规范行政审批」; 「2016年版市政府部门权力清单」 names an edition, not a deadline; 各部门 / "
               "各区政府 are prose subjects"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["中办发〔2016〕8号 / 国办发〔2016〕19号 are cited documents; 市第十四届人民代表大会第四次会议 a meeting"])

plan("m09_xxqu-2019-renda-yian-jianyi-zhengxie-tian-banli-gongzuo-fangan.txt",
     title="2022年人大议案代表建议和政协建议案提案办理工作方案",
     title_note="the title the uploader gave the .docx (repeated at the start of its text, with a space); the body i"
                "s a "
                "2019 plan of a district of Wuhan (「我区」, 武政办〔2019〕19号, 「大武汉」), so the 2022 of the tit"
                "le is "
                "the upload's, not the plan's",
     doc_no="", issuer="a district government of Wuhan (not named)", date="2019",
     level="district (Hubei, Wuhan; not named)",
     source="the search tool's pages corpus returned this text WITHOUT an address: a preview page of a .docx on "
            "taowenge.com (淘文阁网) — opening as returned (ASCII , and (); the preview joins paragraphs with spaces)",
     style="NPC/CPPCC motion (议案/建议/提案) HANDLING PLAN in a document-sharing site's preview: the site's blurb, "
           "then "
           "the text in TWO LONG LINES that the preview numbers 「1、」 「2、」 (page chunks, NOT items) and that cu"
           "t a "
           "word across them (「决胜全面建成小康」 / 「社会、…」); inside: a stray heading of another county "
           "(「平邑县2019年度…办理总体状况」), counts of received items (2件, 4件, 1件, 9件, 16件), 「一、提高站位,压实"
           "责任」 and 「(一)…」 「(二)…」 run into the line; targets 100% / 95%以上; a deadline 4月25日前 without the "
           "year (2019 from the text)",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], [(100, "%"), (95, "%")], line=3, title_starts="严格根据市政府议",
          note="items run into the long line (line and first words given by hand); 见面率、办复率100% and 满意率95%"
               "以上 "
               "are the handling targets; no date"),
        S(["一", "(二)"], [], [], dl="4月25日前", dln="2019-04-25", line=3, title_starts="各承办单位要明确",
          note="cut at 「将办理工」; the year 2019 is the plan's (「为做好2019年议提案办理工作」), not the 2022 of the "
               "uploaded title; 各承办单位 is a role"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「1、」 and 「2、」 at the starts of lines 2–3 are the preview's page chunks, not items; the received c"
            "ounts "
            "(议案2件, 代表建议4件, 建议案1件, 提案9件, 共计16件; 主办4件, 承办5件, 协办、会办7件) are not targets",
            "「第七届世界军人运动会」 and 「70周年」 are names",
            "「主要负责人重视、分管负责人挂帅、职能处室承办、综合处室协调」 is a working mechanism, not units"])

plan("m10_jingxian-2023-fenjie-luoshi-zhengfu-gongzuo-baogao-mubiao-renwu-tongzhi.txt",
     title="泾县人民政府关于分解落实政府工作报告目标任务的通知",
     doc_no="泾政〔2023〕1号", issuer="泾县人民政府", date="2023-01-30", level="county (Anhui, Xuancheng, Jingxian)",
     source="http://ahjx.gov.cn/OpennessContent/show/2668526.html — " + PAGES,
     style="county cover notice of a 政府工作报告 breakdown: accessibility links, a breadcrumb, metadata two fields a "
           "line (索引号 … 组配分类 …, 名称 … 文号 …), the title, a 发布时间/来源/浏览次数/字体 chrome line, then "
           "「一、细化任务抓落实。…」 「二、明确责任抓落实。…」 (heading, 。, text on one line); the page ends insid"
           "e 二、",
     leaf_tasks=2, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note="「细化分解到月」 is how to break the tasks down, not a reporting rhythm; 各乡镇各部门 "
                              "are prose subjects"),
        S(["二"], [], [], skip_deadline=True,
          note="cut at 「主动对」; 牵头县领导 (persons' roles), 牵头责任单位 / 协同责任单位 are roles"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=[COVER, "「6个方面243项工作任务」 counts the plan's parts and tasks: not targets",
            "县十八届人民代表大会第二次会议 is a meeting's name"])

LIANDU_YEAR = "the table's year is 2023; " + YEAR

plan("m11_liandu-2023-qu-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie.txt",
     title="2023年莲都区政府工作报告重点工作责任分解",
     title_note="the table's title; the page's title above it is the report on its first quarter "
                "(「…责任分解第一季度进展情况」), which is not the plan's name",
     doc_no="", issuer="莲都区人民政府办公室", date="2023", level="district (Zhejiang, Lishui, Liandu)",
     source="http://www.liandu.gov.cn/art/2023/4/17/art_1229389376_59114525.html — " + PAGES,
     style="district 政府工作报告 breakdown as a TASK TABLE FLATTENED ONE CELL A LINE (blank line between cells): "
           "header 「分类 / 序号 / 事项 / 责任单位 / 牵头单位」 — the RESPONSIBLE cell comes BEFORE the LEAD cell; the "
           "merged 分类 cell appears once before its first row (「发展目标」 before row 1, 「激发市场活力」 before row "
           "14); 13 target rows with figures, then row 14 cut after its 责任单位 cell; breadcrumb and 作者/来源/发布"
           "时间 "
           "chrome above",
     leaf_tasks=14, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["发展目标", "1"], ["区发改局"],
          ["区农业农村局", "区经商局", "区市场监管局", "区建设局", "区发改局", "区交通局", "莲都邮政管理局",
           "区商金中心",
           "区人力社保局"], [(6.5, "%")], skip_deadline=True, line=22, title_starts="地区生产总值增长",
          note="the lead is the 牵头单位 cell AFTER the 责任单位 cell (column order 责任单位, 牵头单位); "
               + LIANDU_YEAR),
        S(["发展目标", "2"], ["区发改局"], ["区发改局"], [(25, "%")], skip_deadline=True, line=30,
          title_starts="区本级固定资产投"),
        S(["发展目标", "3"], ["区经商局"], ["区经商局", "莲都经开区管委会"], [(10, "%")], skip_deadline=True, line=38,
          title_starts="区本级规上工业增"),
        S(["发展目标", "4"], ["区农业农村局"], ["区农业农村局"], [(3.5, "%")], skip_deadline=True, line=46,
          title_starts="农业增加值增长3"),
        S(["发展目标", "5"], ["区发改局"], ["区发改局"], [(6, "%")], skip_deadline=True, line=54,
          title_starts="服务业增加值增长"),
        S(["发展目标", "6"], ["区商金中心"], ["区商金中心"], [(6, "%")], skip_deadline=True, line=62,
          title_starts="社会消费品零售总"),
        S(["发展目标", "7"], ["区商金中心"], ["区商金中心"], skip_deadline=True, line=70,
          title_starts="区本级外贸出口总",
          note="「保持适度增长」 carries no figure"),
        S(["发展目标", "8"], ["区财政局"], ["区财政局"], [(7.5, "%")], skip_deadline=True, line=78,
          title_starts="区本级一般公共预"),
        S(["发展目标", "9"], ["区科技局"], ["区科技局", "区经商局", "区建设局", "区农业农村局", "莲都经开区管委会"],
          [(2.6, "%")], skip_deadline=True, line=86, title_starts="研究与试验发展(",
          note="(R&D) is a name inside the subject, not a unit or a figure"),
        S(["发展目标", "10"], ["区人力社保局"], ["区人力社保局"], [(3, "%")], skip_deadline=True, line=94,
          title_starts="城镇登记失业率控", note="「控制在3%以内」 is an upper bound"),
        S(["发展目标", "11"], ["区人力社保局"], ["区人力社保局"], skip_deadline=True, line=102,
          title_starts="城乡居民人均可支"),
        S(["发展目标", "12"], ["区发改局"], ["区发改局", "区经商局", "莲都经开区管委会", "区供电公司", "各乡镇(街道)"],
          skip_deadline=True, line=110, title_starts="完成省、市下达的",
          note="各乡镇(街道) is one group (the towns and streets), as written"),
        S(["发展目标", "13"], ["区生态环境分局"], ["区生态环境分局"], skip_deadline=True, line=118,
          title_starts="完成省、市下达的"),
        S(["激发市场活力", "14"], [], ["区行政服务中心", "区深改服务中心"], skip_deadline=True, line=128,
          title_starts="深化政务服务“一",
          note="the page ends after the 责任单位 cell: the 牵头单位 cell is not on the page (lead = []); 「一网通办」"
               "「一件事一次办」 are names"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「发展目标」 and 「激发市场活力」 are the 分类 column's merged cells (section names), not tasks and not"
            " units"])

plan("m12_linan-2022-minsheng-shishi-xiangmu-renwu-biao.txt",
     title="",
     title_note="no title in the stored text (it starts with the page's metadata table); the page is 临安区's 2022 "
                "民生实事项目 plan (发布单位 区政府, 发文日期 2022-07-14)",
     doc_no="", issuer="杭州市临安区人民政府", date="2022-07-14", level="district (Zhejiang, Hangzhou, Lin'an)",
     source="http://www.linan.gov.cn/art/2022/7/14/art_1229299207_4068587.html — " + PAGES,
     style="district livelihood-projects TASK TABLE FLATTENED ONE ROW A LINE with ASCII 「 | 」 between cells: "
           "metadata rows, then 「序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |」; each row's project"
           " cell "
           "holds the year's FIGURES (7所, 6800个, 7家, 500个, 1万例, 100公里, 3条, 20条) and its 实施计划 cell DATED "
           "STEPS without the year (4月底前 … 11月底前); 责任单位 = the unit in charge, 配合单位 = the cooperating "
           "units (、 and , mixed, 各镇(街道)); the page ends inside row 3's 实施计划 cell",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], ["教育局"],
          ["教育局", "发改局", "住建局", "财政局", "规划和自然资源分局", "国兴集团", "新锦集团", "科投集团", "锦城街道",
           "锦北街道", "锦南街道", "青山湖街道", "昌化镇", "天目山镇"], [(7, "所"), (6800, "个")],
          skip_deadline=True, lead_alternatives=[[]], line=5, title_starts="新建成公办中小学",
          other_deadlines=["4月底前 (2022-04-30)", "8月底前 (2022-08-31)", "11月底前 (2022-11-30)"],
          note="责任单位 against 配合单位 reads as X leads, Y cooperates (the issue's （X牵头，Y配合）); lead = [] is "
               "accepted because the column is not labelled 牵头; the steps 4月底前 / 8月底前 / 11月底前 (year 2022 "
               "from the page) are milestones of different schools: which is the row's deadline is a reading choice, "
               "not checked; 「8300安置小区」 is a place name, not a figure"),
        S(["2"], ["卫生健康局"],
          ["卫生健康局", "财政局", "教育局", "规划和自然资源分局", "医疗保障分局", "民政局", "妇联", "各镇(街道)"],
          [(7, "家"), (500, "个"), (1, "万例")], skip_deadline=True, lead_alternatives=[[]], line=6,
          title_starts="新建成婴幼儿照护",
          note="three sub-projects with their own steps (3月底前 … 11月底前): not checked; 2家 / 100个 / 200个 are "
               "quarterly milestones, not the row's targets (not checked either way)"),
        S(["3"], [], [], [(100, "公里"), (3, "条"), (20, "条")], skip_deadline=True, line=7,
          title_starts="实施农村公路大中",
          note="cut inside the 实施计划 cell (after 「10月底前全面完成新增和优化调整」): its unit cells are not on the "
               "page; 6条 is a milestone"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["索引号 000330185/2022-83945 is an index number, not a figure"])

plan("m13_baoshan-2022-qu-zhengfu-minsheng-shishi.txt",
     title="2022年区政府要完成的与人民生活密切相关的实事（上海市宝山区人民政府办公室关于印发《2022年区政府要完成的与"
           "人民生活密"
           "切相关的实事》的通知）",
     title_note="the plan's title (over two lines) or the notice title (the page title, first with the site's name "
                "after 「_」, then alone): either is accepted",
     doc_no="宝府办〔2022〕1号", issuer="上海市宝山区人民政府办公室", date="2022-01-08",
     level="district (Shanghai, Baoshan)",
     source="https://xxgk.shbsq.gov.cn/article.html?infoid=af81beef-7693-4922-8766-2b9ee4b0965e — " + PAGES,
     style="district list of the year's livelihood projects (实事): page title with the site name, list-style metadata "
           "(• 发文字号: …), a cover without tasks, a garbled date 「202218」, the plan title over two lines, then "
           "items 「1.…」 … 「5.…」 DENSE WITH FIGURES and no units; items whose text starts with a figure "
           "(「2.50个小区…」, 「4.460个居村…」: item 2 / item 4, not 2.50 / 4.460); the page ends inside item 5",
     leaf_tasks=5, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [], [(400, "台"), (200, "台")], skip_deadline=True, note=YEAR),
        S(["2"], [], [], [(50, "个"), (10, "个"), (3, "栋"), (1, "万户")], skip_deadline=True,
          note="「2.50个小区」 is item 2 with 50个 (not a number 2.50); four projects in one item"),
        S(["3"], [], [], [(40, "个"), (5, "个")], skip_deadline=True,
          note="「所有义务教育阶段学校」 has no figure"),
        S(["4"], [], [], [(2300, "场")], skip_deadline=True,
          note="「4.460个居村…」 is item 4: 460个 居村综合文化活动室 is the scope (not checked either way), 不少于23"
               "00场 "
               "the target"),
        S(["5"], [], [], skip_deadline=True,
          note="cut at 「专享基本保障计划」; 「十万职工」 (100,000 workers, in Chinese numerals) has no unit word: not "
               "checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["区政府第167常务会议 is a meeting's name; the 区档案局 note about archiving is not a reporting duty",
            "the date 「202218」 is the signature's 2022年1月8日 (the 发文日期 2022-01-08)"])

plan("m14_dongyang-2023-cujin-canjiren-jiuye-xingdong-shishi-fangan.txt",
     title="东阳市促进残疾人就业行动实施方案(2023—2025年)（东阳市人民政府办公室关于印发《东阳市促进残疾人就业行动实"
           "施方案("
           "2023—2025年)》的通知）",
     title_note="the plan's title after the cover, or the notice title (first line, with a space after the issuer): "
                "either is accepted",
     doc_no="", issuer="东阳市人民政府办公室", date="2023-03-13", level="county-level city (Zhejiang, Jinhua, Dongya"
                                                            "ng)",
     source="http://www.dongyang.gov.cn/art/2023/3/21/art_1229692327_59603057.html — " + PAGES,
     style="county-level city action plan for 2023–2025: notice title, 发布日期/访问次数/信息来源 chrome, cover, "
           "signature, date, plan title with its period in ASCII brackets, preamble citing two documents, 「一、总体"
           "目标」 "
           "as prose full of 2025 FIGURES (800人以上, 1300人次以上, 70个以上, 60%以上, 100%), 「二、主要措施」 and "
           "「(一)实施机关、事业单位带头安置残疾人就业行动。」 cut",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["二", "(一)"], [], [], skip_deadline=True,
          note="cut at 「残疾人工作委员会成员单」: no unit on the page"),
     ],
     plan_targets=[{"number": 800, "unit": "人"}, {"number": 1300, "unit": "人次"}, {"number": 70, "unit": "个"},
                   {"number": 60, "unit": "%"}, {"number": 100, "unit": "%"}],
     phases=[], duties=[],
     notes=["plan-level targets in 一、总体目标 (到2025年): 新增残疾人就业800人以上, 职业技能培训1300人次以上, 公益"
            "性岗位70个以上, "
            "就业率达60%以上, 应届残疾人大学生就业率达100%; 「7600多名持证残疾人」 is the population served, not a "
            "target", "浙政办发〔2022〕59号 / 金政办发〔2022〕50号 are cited documents; 「扩中」「提低」 are slogans"])

# m15 and m16 were added after the first fourteen were scored; their answers were committed before the
# parser or the scorer saw them, and they were scored once (BASELINE.md).
plan("m15_sichuan-fagaiwei-2022-shisiwu-xiandai-liutong-tixi-jianshe-shishi-fangan.txt",
     title="四川省“十四五”现代流通体系建设实施方案",
     title_note="the plan's own title after the cover; the notice's title is not in this text",
     doc_no="", issuer="四川省发展和改革委员会", date="2022-10-18",
     level="province department (Sichuan, 发展和改革委员会)",
     source="http://law.foodmate.net/show-219854.html (a copy) — " + PAGES,
     style="implementation plan of a PROVINCE DEPARTMENT (the development and reform commission): the page starts "
           "at the addressees, cover, signature, date, plan title, preamble, 「一、…」 with 「(一)加强市场体系建设。"
           "…」 "
           "(heading, 。, text on one line) ending in a unit bracket in LENTICULAR BRACKETS 〔〕: 「〔责任单位:省发"
           "展改革"
           "委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。"
           "〕」"
           " and 「〔责任单位:省市场监管局〕」; the page ends inside (三)",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["省发展改革委", "省市场监管局", "商务厅", "省大数据中心"],
          note="〔〕 brackets; 按职责分工负责 ends the list (no lead); 「具体任务均涉及相关市(州)人民政府,不再做分工"
               ",下同」 "
               "is a standing note for every task (the city governments are involved, the tasks are not divided "
               "among them): not a unit of this task, and 不再做分工 / 下同 are not units; 「非禁即入」 is a slogan"),
        S(["一", "(二)"], [], ["省市场监管局"], lead_alternatives=[["省市场监管局"]],
          note=ONE),
        S(["一", "(三)"], [], [], skip_deadline=True, note="cut at 「指导站(联系点)、」: its units are not on the pa"
                                                           "ge"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「十四五」 is a plan period; 「一网通办」「一日办结」「多证合一」「证照分离」 are names"])

plan("m16_jiaoyubu-2017-gongzuo-yaodian.txt",
     title="",
     title_note="no title in the stored text (it starts with the plan's first sentence); by its content it is the "
                "Ministry of Education's 2017 work points (教育部2017年工作要点), copied on a university's page",
     doc_no="", issuer="教育部 (identified by the content: 「2017年教育工作的总体要求」, 「指导各地各高校」)",
     date="2017", level="central ministry (教育部)",
     source="https://www2.nynu.edu.cn/xzbm/fzhghch/info/1003/1210.htm (a university office's copy) — " + PAGES,
     style="a MINISTRY's work points without title or cover: a one-paragraph 总体要求, 「一、…建设」 (a heading with"
           "out "
           "。), then 「1.…。」 「2.…。」 items whose first sentence is the heading; no units (the ministry is the a"
           "ctor "
           "throughout: 指导各地各高校); the page ends after item 2",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], note="no unit, no date; 「五位一体」「四个全面」 in the preamble are slogans"),
        S(["一", "2"], [], [], skip_deadline=True,
          note="the page ends after this item's 「落实立德树人根本任务。」: the item may go on"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「十八大」「十八届三中、四中、五中、六中全会」「十九大」 are names of meetings, not figures"])

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('m06_kaifeng', ['一', '(二)'], 'a range is read at its lower edge',
        '「力争培育8—10个百亿企业」: the target at the lower figure, 8个', swap=[(('8-10', '个'), (8, '个'))])
# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in any plan
# (CONVENTIONS.md "Round 49 rulings", governs; round 27; in a plan naming no units the old count stays accepted) —
# samples dropped, count without them (README, "Round 50: aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('m06_kaifeng', [['一', '(一)'], ['一', '(二)']],
             "一、总体要求 (一)指导思想。… (二)发展目标。「到2022年,…35%左右…」 state the plan's aims and goals and g"
             'ive no work: no tasks in any plan (CONVENTIONS.md "Round 49 rulings", governs; x230_06\'s aims); in a p'
             "lan naming no units round 33's count with them stays accepted (3)",
             1, [3],
             goals_figures="its figures are the plan's goals, plan-level targets by round 43's decided goal date and "
                           "Round 57's x245_08 (a 目标 section's levels are plan targets) — not written here (this al"
                           'ignment only drops the item)')
align56_aims('m07_xinyu', [['一', '(一)'], ['一', '(二)']],
             '一、总体要求 (一)指导思想 (二)工作目标 state aims and goals and give no work: no tasks in any plan (CON'
             'VENTIONS.md "Round 49 rulings", governs; x230_06\'s aims); in a plan naming no units round 33\'s count '
             'with them stays accepted (3)',
             1, [3])
write_collected(sys.argv[1])
