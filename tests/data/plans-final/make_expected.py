# ruff: noqa: E501  (answers with Chinese quotations: line width counts each character twice)
"""Builds tests/data/plans-final/expected.json from the hand-written answers below.

These plans are the never-tuned set of round 6: never tune the parser on them (see README.md). Only
`line` and `title_starts` are looked up in the text (given by hand where a plan's items run into one long
line: d02, d04, and for d16's ㈠ item); every answer was written here by reading the texts, before the parser
or the scorer was run on them.

    python tests/data/plans-final/make_expected.py tests/data/plans-final
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
         COVER,
         CUT,  # noqa: E402
         S,
         plan,
         write_collected,
)

PAGES = ("opening of the page as the search tool's pages corpus returned it (about 2,000 bytes; ASCII ,:();, "
         "page chrome included; a final newline added)")
PROSE = "units named only as prose subjects or objects are not the task's units (plans-dev EXPECTED.md): lead = [] and " \
        "responsible = []"
ONE_FIRST = "a single unit under the 「首位单位为牵头单位,下同」 rule: lead = that unit; lead = [] is also accepted"

plan("d01_guandu-2016-wenzengzhang-cu-fazhan-zhengce-cuoshi.txt",
     title="",
     title_note="the stored text has no title: it starts with the preamble; by its content it is 官渡区's policy "
                "measures for steady growth (区 measures answering 昆政发〔2016〕13号)",
     doc_no="", issuer="昆明市官渡区 (identified by the content: 「结合官渡区实际」)", date="2016",
     level="district (Yunnan, Kunming, Guandu)",
     source="http://www.kmgd.gov.cn/c/2016-12-06/1370808.shtml — " + PAGES,
     style="district policy measures: 「一、 提高投资项目审批效率」 sections (a space after 、), items 「1. 精简项目审批手"
           "续。…」 numbered on across sections (1.–3. under 一, 4.–5. under 二), each ending 「(X牵头,A、B、C配合)」 "
           "— X leads, the others cooperate; one list 「…等部门,区国投公司、各街道办事处配合」; item 5 cut",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["区政务服务局"], ["区发改局", "区审改办", "区住建局", "区级相关部门"], skip_deadline=True,
          note="「5月底前实现我区中介超市上线运行」: the text gives no year (the plan answers 昆政发〔2016〕13号, so 2016 "
               "is likely, but neither a title nor a date says so): not checked"),
        S(["一", "2"], ["区国土分局"], ["区规划分局", "区级相关部门"], not_targets=[(6, "亩")],
          note="6亩以下(不含6亩) is the threshold of the simplified procedure, not a target"),
        S(["一", "3"], ["区环保局"], ["区水务局", "区级相关部门"], skip_deadline=True,
          note="14个/7个/3个工作日内 are processing time limits for three kinds of files, not one deadline of the task "
               "(not checked as deadline; not listed as targets either)"),
        S(["二", "4"], ["区发改局"], ["区财政局", "区交运局", "区经贸投促局", "区住建局", "区水务局", "区国投公司",
                                   "各街道办事处"], [(4000, "万元")],
          note="「…区水务局等部门,区国投公司、各街道办事处配合」: the list runs on after 「等部门,」; the item number runs on "
               "(4. is the first item of 二); 三年滚动 is a planning horizon, not a figure"),
        S(["二", "5"], [], [], skip_deadline=True, note=CUT + " (「强化项目会办推」): its bracket of units is not on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["item 5 「强化项目会办推」 is cut by the page: 5 leaves, or 4 without it",
            "昆政发〔2016〕13号 is a document number"])

plan("d02_haiyan-2022-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie.txt",
     title="政府工作报告2022年重点工作责任分解（海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知）",
     title_note="the plan's name (in the body, after the signature) or the notice title (line 4, with a trailing 「 |」 "
                "of the flattened metadata table): either is accepted",
     doc_no="盐政办发〔2022〕16号", issuer="海盐县人民政府办公室", date="2022-04-18",
     level="county (Zhejiang, Jiaxing, Haiyan)",
     source="http://www.haiyan.gov.cn/art/2022/4/26/art_1229436874_59379425.html — " + PAGES,
     style="county 政府工作报告 breakdown: a metadata table flattened with 「|」, then cover, signature and the plan RUN "
           "INTO ONE LINE; sections named by the leading PERSON (「一、王丹县长牵头重点工作」), items 「1.…。 责任单位:县发改局"
           "(首位单位为牵头单位,下同)、县财政局、…」 — the FIRST-LISTED UNIT IS THE LEAD, stated once inside the first "
           "list; items restart under each section; the page ends in 二's item 2",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["县发改局"], ["县发改局", "县财政局", "县税务局", "县农业农村局"], [(7.5, "%"), (8.5, "%")],
          line=8, title_starts="全县生产总值增长",
          note="「(首位单位为牵头单位,下同)」 is a rule, not part of the unit name; year 2022 is the plan's, no deadline"),
        S(["一", "2"], ["县财政局"], ["县财政局"], line=8, title_starts="落实党政机关过紧",
          lead_alternatives=[[]], note=ONE_FIRST + "; 「三公」 is a name"),
        S(["二", "1"], ["县司法局"], ["县司法局"], line=8, title_starts="坚持县政府常务会",
          lead_alternatives=[[]], note=ONE_FIRST + "; 曹惠明常务副县长 (the section heading) is a person, not a unit"),
        S(["二", "2"], [], [], [(2000, "亩"), (1000, "亩")], line=8, title_starts="深化“亩均论英雄",
          note=CUT + " (after 「城镇低效用地」): its 责任单位 are not on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["sections 一、/二、 name the county head and the executive deputy head who lead their tasks (persons, not "
            "units)",
            "the cover names a second attachment, 《2022年县政府民生实事项目责任分解》, not on the page",
            "县第十五次党代会, 「三个年」, 七大提升行动 are names"])

plan("d03_xxshi-meili-wenming-chengshi-chuangjian-xingdong-fangan.txt",
     title="魅力文明城市创建行动方案",
     doc_no="", issuer="a city (not named; 「建设“大强美富通”现代化都市」)", date="2021",
     level="city (not named)",
     source="https://m.youxiua.com/show-45-461444-1.html (a copying site) — " + PAGES,
     style="creation plan (文明城市): title twice, every line indented with a space, a blank line between paragraphs; "
           "「一、开展…专项行动」 then 「1.…。」 items dense with dated figures written with SPACES (「12 月底前」, "
           "「 80%」, 「605 万平方米」, 「6.2 万户」, 「15546 套」); one item broken over two paragraphs by a page "
           "break (「…等生活」 / 「服务设施。…」); no units anywhere; the page ends in item 4",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], [(80, "%"), (50, "%")], skip_deadline=True,
          note="「12 月底前」 without a year (2021 by 「对 2020 年已达标的…」, but no title or date gives it): not "
               "checked; 三级和二级 are grades, 2020 年 is a year"),
        S(["一", "2"], [], [], note="「一案一策」 is a name; no figure, no date"),
        S(["一", "3"], [], [], [(50, "个"), (605, "万平方米"), (6.2, "万户"), (15546, "套"), (200, "部")],
          skip_deadline=True,
          note="two dated steps (5 月底前, 12 月底前) without a year: not checked; the paragraph 「服务设施。继续推进既有"
               "住宅增设电梯,12 月底前开工建设 200部。…」 continues item 3 after a page break"),
        S(["一", "4"], [], [], skip_deadline=True, note=CUT + "; 「6 月底前」 without a year"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["十大专项行动 counts the plan's parts, not a target", "「大强美富通」 is a slogan",
            "only the first of ten 专项行动 is on the page"])

plan("d04_chaling-chuangguowei-siluan-zhengzhi-huodong-shishi-fangan.txt",
     title="创国卫四乱整治活动实施方案",
     title_note="the title runs into the first sentence on the one line of the text",
     doc_no="", issuer="a county's 创卫 office or government (the county is not named; its townships 城关镇、桃坑乡、"
                       "下东乡、洣江乡、思聪乡 are those of 茶陵县, Hunan)",
     date="201x (the year is masked on the page)", level="county (Hunan, Zhuzhou, Chaling by its township names)",
     source="https://xiaomilidoc.com/p-1884992.html (a document site) — " + PAGES,
     style="county creation plan (国家卫生县城) with the WHOLE TEXT ON ONE LINE: 「一、工作目标…二、组织领导整治领导小组:"
           "三、整治对象(一)整治范围。…(二)整治内容1.乱种(…)。…4.乱放养。…四、整治步骤1.宣传发动阶段(5月2日7日),…」; "
           "phases with garbled date ranges (「5月2日7日」 for 5月2日—7日), the year masked as 201x, the site's own "
           "sentence 「本篇文章来自资料管理下载。」 and a page marker 「第1页共2页」 inside the text",
     leaf_tasks=10, attachment_task_rows=0, childless_top_level_sections=["一、工作目标", "二、组织领导", "五、整治时间"],
     samples=[
        S(["三", "(一)"], [], [], line=1, title_starts="整治范围。城关镇",
          note="the scope: 社区, 安置小区 and 村 of five townships are places, not units of the task"),
        S(["三", "(二)", "1"], [], [], line=1, title_starts="乱种(城关镇六个",
          note="a definition of what is to be cleared (乱种 in the six 社区 of 城关镇); no unit, figure or date"),
        S(["三", "(二)", "2"], [], [], line=1, title_starts="乱堆。指小街小巷"),
        S(["三", "(二)", "3"], [], [], line=1, title_starts="乱搭。指小街小巷", note="「四乱现象」 is a name"),
        S(["三", "(二)", "4"], [], [], line=1, title_starts="乱放养。指居民家"),
        S(["四", "1"], [], [], skip_deadline=True, line=1, title_starts="宣传发动阶段(5",
          note="「5月7日前交县创卫办」: the year is masked (201x): not checked; 各有关乡镇 is the prose subject; " + PROSE),
        S(["四", "2"], [], [], skip_deadline=True, line=1, title_starts="自行整治阶段(5",
          note="「(5月8日13日)」 (5月8日—13日, year masked): not checked; 各有关乡镇 is the prose subject"),
        S(["四", "3"], [], [], skip_deadline=True, line=1, title_starts="集中整治阶段(5",
          note="「由县创卫办、县城管局、县规划局、县国土局及相关乡镇联合采取集中整治」 names the actors in prose: "
               + PROSE + " (a reader could list them as responsible units; doubtful)"),
        S(["六", "(一)"], [], [], line=1, title_starts="成立机构,加强领",
          note="各有关乡镇 is the prose subject"),
        S(["六", "(二)"], [], [], skip_deadline=True, line=1, title_starts="加强督查,明确奖",
          note=CUT + "; 县创卫办 oversees in prose (督查), not a labelled unit"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各有关乡镇对本区域内四乱现象摸底造册,5月7日前交县创卫办", "when": "5月7日前 (year masked: 201x)",
              "when_norm": None}],
     notes=["counting: 一、二、五、 have no numbered items (二、 has only 「整治领导小组:」 with no names); 三: (一) + (二)1.–4. "
            "= 5; 四: 1.–3. = 3; 六: (一)(二) = 2 ((二) cut); total 10",
            "phases 宣传发动阶段 (5月2日—7日), 自行整治阶段 (5月8日—13日), 集中整治阶段 (5月14日—31日) are not checked: "
            "their year is masked (201x)",
            "「六个社区、四个行政村」, 「五个乡镇」 and 「一个月」 are scope and duration, not targets"])

plan("d05_huarong-2021-xian-zhengfu-zhongdian-gongzuo-renwu-tongzhi.txt",
     title="2021年县政府重点工作任务分解（2021年县政府重点工作任务(华政发〔2021〕2号)）",
     title_note="the page's title line 「2021年县政府重点工作任务(华政发〔2021〕2号)」 names the notice; the plan it "
                "issues is 《2021年县政府重点工作任务分解》; either is accepted",
     doc_no="华政发〔2021〕2号", issuer="华容县人民政府", date="2021-03-23", level="county (Hunan, Yueyang, Huarong)",
     source="https://huarong.gov.cn/33159/37006/37008/37025/37164/content_1801120.html — " + PAGES,
     style="county cover of a 政府工作报告-style task breakdown: a bulleted metadata list, title with the doc number in "
           "brackets, 来源/浏览量 chrome, then 「一、强化责任落实。…」 instructions (heading, 。, text); a dated filing "
           "duty inside 二、; the page ends in 四、",
     leaf_tasks=4, count_alternatives=[0, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note="县政府分线领导 (persons), 主要责任单位 / 其他责任单位 are roles, not units"),
        S(["二"], [], [], dl="于2021年3月15日前", dln="2021-03-15",
          note="the instruction's one date: the 实施方案 and 「四四表单」 filed with 县政府督查室 by 2021-03-15"),
        S(["三"], [], [], note="定时调度 is a rhythm without a date"),
        S(["四"], [], [], skip_deadline=True, note=CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "主要责任单位将实施方案和“四四表单”报县政府分管领导审查签字后报县政府督查室备案",
              "when": "于2021年3月15日前", "when_norm": "2021-03-15"}],
     notes=[COVER, "p02 in ../plans is 华容县's 文旅广电 plan of 2021, a different document",
            "「四四表单」 is a name"])

plan("d06_jiayu-2024-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie-tongzhi.txt",
     title="县人民政府办公室关于印发 2024年县《政府工作报告》确定的重点工作责任分解方案和2024年市《政府工作报告》涉及嘉鱼"
           "重点事项责任分解方案的通知",
     title_note="the notice title (first line, with a stray space); it issues two plans, so no single plan name is "
                "expected",
     doc_no="嘉政办发〔2024〕1号", issuer="嘉鱼县人民政府办公室", date="2024-02-22",
     level="county (Hubei, Xianning, Jiayu)",
     source="http://jiayu.gov.cn/xxgk/zc/qtzdgkwj/202403/t20240318_3512224.shtml — " + PAGES,
     style="county cover of two 政府工作报告 breakdowns: metadata two fields a line (索引号 … 文号 …), 「一、务必高度重视。"
           "…」 instructions; a filing duty 「于2月29日前…报送至县政府政务督查室」 (no year: the notice's 2024); the "
           "page ends in 二、",
     leaf_tasks=2, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="2月29日前", dln="2024-02-29",
          note="the year is the notice's (发文日期 2024-02-22; 2024 is a leap year); 各牵头单位 / 各责任单位 are roles"),
        S(["二"], [], [], skip_deadline=True, note=CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各牵头单位将经本单位主要负责人审定后的细化方案报送至县政府政务督查室", "when": "2月29日前",
              "when_norm": "2024-02-29"}],
     notes=[COVER, "p01 in ../plans is 嘉鱼县's 2021 breakdown, a different document",
            "「中华人民共和国成立75周年」, 「十四五」 are not figures of the plan"])

plan("d07_guangfeng-2021-qu-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fengong-tongzhi.txt",
     title="区政府办公室关于印发2021年区政府工作报告重点工作责任分工的通知",
     doc_no="", issuer="上饶市广丰区人民政府办公室", date="2021",
     level="district (Jiangxi, Shangrao, Guangfeng)",
     source="http://www.gfx.gov.cn/qzfb/ndgzfj/202108/953da6dab3f149e6a210b729ade32c7d.shtml — " + PAGES,
     style="district cover of a 政府工作报告 breakdown (101 tasks in the attachment, not on the page): 「一、以目标倒逼落"
           "实。…」 instructions; 三、 holds half-year and year-end reporting duties whose dates lost their 月 "
           "(「分别于615日、1215日前」 for 6月15日 and 12月15日, 「625日、1225日前」 for 6月25日 and 12月25日); the page "
           "ends in 三、",
     leaf_tasks=3, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note="各牵头单位 / 责任单位 are roles; 「路线图」「时间表」 are words"),
        S(["二"], [], [], note="各乡镇(街道) are named as a role (责任单位尤其是各乡镇(街道)要积极配合), not as this "
                              "instruction's unit"),
        S(["三"], [], [], skip_deadline=True, note="four dated reports in one instruction: no single deadline"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区直各责任单位将所协办重点工作的半年进展报至牵头单位,并抄送区政府督查室", "when": "615日 (6月15日)",
              "when_norm": "2021-06-15"},
             {"what": "区直各责任单位将所协办重点工作的全年完成情况报至牵头单位", "when": "1215日前 (12月15日前)",
              "when_norm": "2021-12-15"},
             {"what": "各牵头单位将牵头负责的重点工作半年进展报区政府督查室", "when": "625日 (6月25日)",
              "when_norm": "2021-06-25"},
             {"what": "各牵头单位将牵头负责的重点工作全年完成情况(须综合责任单位情况)报区政府督查室",
              "when": "1225日前 (12月25日前)", "when_norm": "2021-12-25"}],
     notes=[COVER, "「共101项」 counts the plan's tasks: not a target; 区十六届人大六次会议 is a meeting's name",
            "doubtful reading: the four dates are written without 月 (615日, 1215日, 625日, 1225日); a reader takes them "
            "as 6月15日, 12月15日, 6月25日, 12月25日 (half-year and year-end reports; the year is the plan's, 2021)"])

plan("d08_diqing-2022-chuangjian-guojia-weisheng-chengshi-shishi-fangan.txt",
     title="迪庆州创建国家卫生城市实施方案(2022—2024年)",
     doc_no="", issuer="迪庆藏族自治州 (the 州's plan; issuer not on the page)", date="2022",
     level="prefecture (Yunnan, Diqing 迪庆藏族自治州)",
     source="http://www.lbtc.cn/m/view.php?aid=12939 (a copying site) — " + PAGES,
     style="creation plan (国家卫生城市) on a copying site: 「新闻资讯」 chrome, title with the plan period in brackets, "
           "indented paragraphs with blank indented lines between them; 「一、指导思想」 prose, 「二、工作目标」 / "
           "「(一)总体目标」 heading lines; the page ends in (一)",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], skip_deadline=True,
          note=CUT + "; 「7个方面45项210个指标」 describe the national standard (its parts), and 「7个专项行动」 is "
                     "a name: not targets"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the plan period 2022—2024 is in the title only; no phases on the page",
            "「(2021版)」 is an edition year"])

plan("d09_canlian-2007-fuzhu-qiju-gongying-fuwu-shishi-banfa.txt",
     title="《残疾人辅助器具供应服务“十一五”实施方案》实施办法（关于印发《〈残疾人辅助器具供应服务“十一五”实施方案〉实施办法》"
           "的通知）",
     title_note="the plan's title (line 28) or the notice title (written three times): either is accepted",
     doc_no="全康办〔2007〕9号", issuer="中国残疾人联合会 (全国残疾人康复工作办公室)", date="2007-01-23",
     level="central (national organisation: 中国残疾人联合会 / 全国残疾人康复工作办公室)",
     source="http://law517.infoeach.com/view-NTE3fDEwNzA1NQ==.html (a law-text site) — " + PAGES,
     style="national implementation rules on a law-text site: breadcrumb and 时间/来源/阅读 chrome, the notice title "
           "three times, the issuer's name alone on a line, a date in Chinese numerals (二○○七年一月二十三日), then "
           "「一、任务目标」 with items 「1 . 组织供应…」 (a SPACE before the full stop) dense with 万-figures written with "
           "spaces (「300 万件」); 「二、主要措施」 / 「(一)…」 heading line; the page ends in (一)",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], [(300, "万件"), (30, "万件")],
          note="the plan period is 「十一五」 (2006—2010): no deadline in the item"),
        S(["一", "2"], [], [], [(7, "万例"), (1, "万例")]),
        S(["一", "3"], [], [], note="「(具体任务分配见附件 1 )」 refers to an attachment not on the page"),
        S(["二", "(一)"], [], [], skip_deadline=True, note=CUT + " (a heading line, then 「各级残疾人辅助器」)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["the preamble's 「7 万例」 and 「30 余万件」 are what was done in the 十五 period, not targets",
            "「全康办〔2007〕9号」 is a document number; 「十五」「十一五」 are plan periods"])

plan("d10_zhucheng-2021-zhongda-tufa-shijian-yingji-baozhang-tixi-jianshe-xingdong-jihua.txt",
     title="諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)",
     title_note="the title as written at the start of the text (after the preview's chunk number 「1、」); the page's "
                "first line is the uploaded file's name 「…行動計劃方案(2021-2022年)(18頁).docx」, which is not",
     doc_no="", issuer="诸城市 (the city's plan; issuer not on the page)", date="2021",
     level="county-level city (Shandong, Weifang, Zhucheng)",
     source="http://szcn-led.com/baogao/928920.html (a document site's preview) — " + PAGES,
     style="action plan in TRADITIONAL characters in a document site's preview: upload metadata a field a line, then "
           "the text run into long chunks numbered 「1、」「2、」「3、」 by the preview (not items; 「3、」 splits 「50公里」 "
           "from 「飛行半徑」), 「一、總體要求」 run into the text, goals as 「-…」 bullets, figures 0.011, 1%, 100%, "
           "50公里, a garbled 「724小時」 (7×24小時)",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、總體要求"],
     samples=[],
     plan_targets=[{"number": 1, "unit": "%"}, {"number": 100, "unit": "%"}, {"number": 50, "unit": "公里"}],
     phases=[], duties=[],
     notes=["counting: only 一、總體要求 is on the page (goals, no numbered items): 0 tasks, or 1 if the section is "
            "read as one; the preview's 「1、」「2、」「3、」 are page chunks",
            "「億元GDP生產安全事故死亡率控制在0.011以內」 has no measure word: not checked",
            "「2022年底前」 (物資儲備) is a dated goal of the section",
            "魯政辦字2020167號 (a garbled document number) and 2020-2022 are not figures"])

plan("d11_liupanshui-2020-jiankang-liupanshui-xingdong-tuijin-fangan.txt",
     title="健康六盘水行动推进方案（市人民政府办公室关于印发健康六盘水行动推进方案的通知）",
     title_note="the plan's title after the cover or the notice title: either is accepted",
     doc_no="", issuer="六盘水市人民政府办公室", date="2020-09-28",
     level="city (Guizhou, Liupanshui)",
     source="https://www.gzlps.gov.cn/zwgk/bmxxgk/szfb/fdzdgknr_5751016/szfwj_5734496/lpsfbf_5734500/202010/"
            "t20201015_64096918.html — " + PAGES,
     style="city action plan: accessibility chrome, a metadata block, the notice title twice, a date without 年月日 "
           "(「2020928」), 「一、行动目标」 with two dated goal paragraphs 「2022年,…」 「2030年,…」 (no figures), then "
           "「二、重点任务」 / 「(一)…。」 heading line / 「1.…」; the page ends in item 1",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、行动目标"],
     samples=[
        S(["二", "(一)", "1"], [], [], skip_deadline=True,
          note=CUT + "; 疾控机构 / 公共卫生机构 / 医疗机构 are prose objects"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["n17 in ../plans-next is 六盘水市's 2022 plan for new infrastructure, a different document",
            "「国发2019〕13号」 and 「黔府办发〔201930号」 are garbled document numbers, not figures"])

plan("d12_huzhou-weijianwei-2023-weisheng-jiankang-gongzuo-yaodian.txt",
     title="2023年全市卫生健康工作要点（湖州市卫生健康委关于印发 2023年全市卫生健康工作要点的通知）",
     title_note="the plan's title after the cover or the notice title (given on one line, then again over two lines): "
                "either is accepted",
     doc_no="湖卫健发〔2023〕1号", issuer="湖州市卫生健康委员会", date="2023-04-26",
     level="city bureau (Zhejiang, Huzhou 卫生健康委)",
     source="http://wjw.huzhou.gov.cn/art/2023/5/4/art_1229210319_58898184.html — " + PAGES,
     style="city bureau work points: breadcrumb and 时间/发布 chrome, many lines of spaces, the notice title over two "
           "lines, a signature pushed right with spaces, 「一、  全面深化一个主题」 (two spaces) and 「1.…」; the page "
           "ends in item 1",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], skip_deadline=True,
          note=CUT + "; 「重点工作5张报表」 is a name, 「每月评选…每季评选」 are the bureau's own ratings (not "
                     "reporting duties), 「保五争三拼第一」 a slogan"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「16819」健康行动 is a name, not a figure"])

plan("d13_xixiang-2023-xian-zhengfu-gongzuo-baogao-renwu-fenjie-yilanbiao-tongzhi.txt",
     title="西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知",
     title_note="the notice title (line 3; again over two lines below the issuer); the tables it issues are not on "
                "the page",
     doc_no="西政发〔2023〕3号 (written 「西政发〔20233」)", issuer="西乡县人民政府", date="2023",
     level="county (Shaanxi, Hanzhong, Xixiang)",
     source="http://www.snxx.gov.cn/xxxzf/xxzwgk/xxgknr/zfwj/zfwj/202304/b7c1d474861643ff94f89cf2a3d218a0.shtml — "
            + PAGES,
     style="county cover of a 政府工作报告 breakdown: site navigation line, a garbled doc number, three paragraphs of "
           "unnumbered instructions with some punctuation lost (「…纲领性文件为确保…」), then 「附件1.2023年县政府」 "
           "cut",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no numbered task on the page: the three tables are attachments; 「附件1.2023年县政府」 is an attachment "
            "line, not an item",
            "「县委督查办…月开展一次督查督办」 is oversight by the 督查办, not a reporting duty of the units",
            "县十八届人民代表大会第二次会议, 「三个年」, 「四不两直」 are names"])

plan("d14_caidian-2021-renda-jianyi-zhengxie-tian-banli-yaoqiu.txt",
     title="",
     title_note="no title on the page: a forum post quoting the requirements of 蔡甸区's 2021 建议/提案 handling",
     doc_no="", issuer="武汉市蔡甸区 (by the content: 「把蔡甸建设成为…」)", date="2021",
     level="district (Hubei, Wuhan, Caidian)",
     source="https://www.whcdrm.com/thread-1982-1-1.html (a local forum) — " + PAGES,
     style="建议/提案 handling requirements as four unnumbered paragraphs: two dated completion duties (省市 建议/提案 by "
           "2021年6月30日, 区 ones by 2021年8月31日) and three 100% goals",
     leaf_tasks=0, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[{"number": 100, "unit": "%"}],
     phases=[],
     duties=[{"what": "各承办单位将省市人大代表建议和政协提案办理完毕并书面答复", "when": "2021年6月30日之前",
              "when_norm": "2021-06-30"},
             {"what": "将区人大代表建议和政协提案办理完毕并书面答复", "when": "2021年8月31日之前",
              "when_norm": "2021-08-31"}],
     notes=["counting: no numbered item: 0 tasks",
            "doubtful reading: the two dated lines are read as duties (written replies due by a date, as the handling "
            "plans of the earlier sets treat them); a reader could call them the plan's deadlines instead",
            "办复率 / 见面率 / 满意率 100%: one plan target (the same figure three times)",
            "f02 in ../plans-fresh is 蔡甸区's 2023 政府工作报告 breakdown, a different document"])

plan("d15_xxshi-2023-gonggu-tisheng-quanguo-wenming-chengshi-gongzuo-fangan.txt",
     title="",
     title_note="no title on the page (it starts with the preamble): a 2023 plan to consolidate a 全国文明城市 title, "
                "posted with its names replaced by X (X省, X市, XXX)",
     doc_no="", issuer="a city (X市)", date="2023", level="city (not named)",
     source="https://m.wydbw.com/show.asp?Id=338256 (a writing-template site) — " + PAGES,
     style="creation plan (巩固提升全国文明城市) as a TEMPLATE with names replaced by X: 「一、指导思想」, 「二、组织机构」 "
           "with a 指挥部 list (指挥长:XXX …), an unnumbered 「办公室(市创城办)」 heading with 「主要职责:」 and items "
           "「1.…;」, then 「(一)综合组」 with 组长/副组长/成员 lines; the page ends there",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "1"], [], ["市创城办"],
          note="the duties of the unnumbered heading 「办公室(市创城办)」 (「指挥部下设办公室(以下简称市创城办)」): the "
               "heading's unit is the items' responsible unit (plans-dev 10/12 read a unit heading so); doubtful: a "
               "reader could leave it []"),
        S(["二", "2"], [], ["市创城办"], note="as 二/1"),
        S(["二", "3"], [], ["市创城办"], note="as 二/1"),
        S(["二", "4"], [], ["市创城办"], note="an address and phone line numbered as a duty; as 二/1"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 二、's items 1.–4. (the 市创城办's duties) and (一)综合组 (cut after its member line) = 5, or 4",
            "「7个工作组」 is the structure, not a target; XXX are redacted names"])

plan("d16_shaxian-2012-jiakuai-disan-chanye-fazhan-shishi-yijian.txt",
     title="关于加快第三产业发展的实施意见(试行)",
     title_note="written on line 1 and again after the issuer (line 7)",
     doc_no="沙政〔2012〕478号 (written 「沙政〔2012478」)", issuer="沙县人民政府", date="2012-10-11",
     level="county (Fujian, Sanming, Shaxian)",
     source="http://www.fjsx.gov.cn/zwgk/ghjh/zxgh/201210/t20121011_459811.htm — " + PAGES,
     style="county implementation opinion: page chrome (日期/来源, a 「| | | |」 line), the title twice, a garbled doc "
           "number, blank lines of spaces; 「一、总体要求」 and 「二、目标任务」 prose (dated figures by 2015), "
           "「三、重点发展领域」 with items numbered with the PARENTHESISED IDEOGRAPH 「㈠」 (U+3220); units as prose "
           "subjects (县经贸、统计、工商、税务等部门); the page ends in ㈠",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、目标任务"],
     samples=[
        S(["三", "㈠"], [], [], skip_deadline=True, line=34, title_starts="大力发展商贸业。",
          note=CUT + "; 「县经贸、统计、工商、税务等部门要…」 names departments by their short names as the prose "
                     "subject: " + PROSE),
     ],
     plan_targets=[{"number": 18, "unit": "%"}, {"number": 38, "unit": "%"}],
     phases=[], duties=[],
     notes=["二、目标任务: 「到2015年,第三产业增加值年均增长18%以上,增加值占地区生产总值的比重达38%以上」 — plan "
            "targets dated 2015", "十二五 is a plan period"])

plan("d17_zizhiqu-2020-fangzhi-gengdi-feilianghua-wending-liangshi-shengchan-gongzuo-fangan.txt",
     title="防止耕地“非糧化”穩定糧食生產工作方案",
     title_note="the plan's title, written over two lines (「防止耕地“非糧化”穩定糧食」 / 「生產工作方案」)",
     doc_no="", issuer="an autonomous region's people's government (自治區人民政府; the region is not named — "
                       "「現代特色農業示範區」 is Guangxi's term)",
     date="2020-12-29", level="province (an autonomous region, probably Guangxi)",
     source="http://m.cctv1204.com/zhengce/show-24782.html (a copying site) — " + PAGES,
     style="province work plan in TRADITIONAL characters, from the addressees on (no notice title), a date, 「(此件公開"
           "發布)」, the title over two lines, 「一、總體要求」 prose, 「二、工作措施」 / 「(一)…。…」 (heading, 。, text on "
           "one line); no units; the page ends in (一)",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、總體要求"],
     samples=[
        S(["二", "(一)"], [], [], skip_deadline=True,
          note=CUT + "; 市、縣(市、區)人民政府 are named in prose (their 考核), not as the task's units"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["國辦發〔2020〕44號 is a document number; 「第三次全國國土調查」 is a name"])

plan("d18_wucheng-2025-tuidong-jingji-gaozhiliang-fazhan-ruogan-zhengce-jucuo.txt",
     title="关于推动经济高质量发展若干政策举措(2025年版)（金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措"
           "(2025年版)的通知）",
     title_note="the plan's title (over two lines, the edition in brackets on the second) or the notice title: either "
                "is accepted",
     doc_no="", issuer="金华市婺城区人民政府", date="2025-04-01", level="district (Zhejiang, Jinhua, Wucheng)",
     source="https://chu21.com/html/chunengy-43847.shtml (a news site's copy) — " + PAGES,
     style="district policy measures on a news site: a reporter's summary first (figures of a LATER section quoted: "
           "100%, 5万千瓦, 35亿千瓦时, 260根), then the notice, signature and plan; the LEAD UNIT ON THE SECTION "
           "HEADING 「一、强化科技创新(区科技局牵头)」 for its items, a section goal 「2025年,力争全社会研发投入强度达到"
           "2.95%」, then 「(一)…。…」; the page ends in (一)",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["区科技局"], [], skip_deadline=True,
          note=CUT + " (「每家分别最高」, the figure lost); the section heading's 「(区科技局牵头)」 is inherited by its "
                     "items (issue 10, class 4)"),
     ],
     plan_targets=[{"number": 2.95, "unit": "%"}],
     phases=[], duties=[],
     notes=["the reporter's summary (lines 1–2) quotes figures of the energy section, which is not on the page: not "
            "checked", "「315」科技创新体系 is a name"])

plan("d19_huaihua-2023-guanche-luoshi-dahao-jingji-zengzhang-zhudongzhang-shishi-fangan.txt",
     title="懷化市貫徹落實《關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施》實施方案（懷化市人民政府辦公室關于"
           "印發《懷化市貫徹落實〈關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施〉實施方案》的通知）",
     title_note="the plan's title (over three lines after the signature) or the notice title (line 1; again over four "
                "lines): either is accepted",
     doc_no="懷政辦發〔2023〕9號", issuer="懷化市人民政府辦公室", date="2023-03-15",
     level="city (Hunan, Huaihua)",
     source="http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml (a copying site) — "
            + PAGES,
     style="city implementation plan in TRADITIONAL characters: notice title, 發布時間 chrome, a 規範性文件 code "
           "(HHCR-2023-01005), doc number, the notice title over four lines, the plan title over three, 「一、促進消費"
           "恢復升級」 / 「1.…。…」 with money figures (3000萬元, a range 3萬元-5萬元); no units; the page ends in item 1",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], [(3000, "萬元"), ("3-5", "萬元")], skip_deadline=True,
          note=CUT + "; the units are written as in the text (萬元 = 万元); 3萬元-5萬元 is the support per event "
                     "(a range); 金融機構、平臺企業、商貿企業 are prose objects"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["湘政辦發〔2023〕4號 is a document number; 「發展六仗」 is a name; 2023年湖南省夏季消費促進活動 is an event"])

plan("d20_xiaoshan-shenru-shishi-chuangxin-qiangqu-zhanlue-ruogan-zhengce-yijian.txt",
     title="关于深入实施创新强区战略加快萧山经济高质量发展的若干政策意见",
     title_note="the plan's name; the page's heading prefixes it twice with the site's 「杭州市萧山区高新技术企业奖励政策:」",
     doc_no="", issuer="杭州市萧山区 (issuer and date not on the page)", date="",
     level="district (Zhejiang, Hangzhou, Xiaoshan)",
     source="https://www.gxqyrd.cn/zzrd/gq/4830.html (a consultancy's copy) — " + PAGES,
     style="district policy opinion on a consultancy's page: the site's name, the heading twice, 「一、…。」 / "
           "「(一)…」 heading lines / 「1.…」 items numbered on across (一)(二), each followed by a SEPARATE LINE "
           "「牵头单位:区经信局」 after a blank line, many blank lines; subsidy figures (最高200万元, 20%, 1500万元); "
           "the page ends in item 4",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], ["区经信局"], [],
          note="a lone 「牵头单位:」 line: its unit is the lead (the label says so); 「两大」 is not a figure with a "
               "measure word"),
        S(["一", "(一)", "2"], ["区经信局"], [],
          [(200, "万元"), (20, "万元"), (1500, "万元"), (2, "%"), (20, "%")],
          note="subsidy rates and ceilings are the measure's figures (as plans-dev 01 reads loan ceilings); the "
               "threshold 「5000万元以上的」 and 「三年」 are not checked"),
        S(["一", "(二)", "3"], ["区经信局"], [], [(20, "万元"), (30, "%"), (1000, "万元"), (300, "万元")],
          note="「三级以上」 is a grade; 5G is a name"),
        S(["一", "(二)", "4"], [], [], skip_deadline=True, note=CUT + " (「提升数」): its 牵头单位 line is not on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「一二八」组合拳 is a slogan"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """``align29`` of round 30: the note reads "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was, now = f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — "
    s["note"] = s["note"].replace(was, now, 1)


align30('d04_chaling', ['四', '3'], [], ['县创卫办', '县城管局', '县规划局', '县国土局', '相关乡镇'], '「由县创卫办、县城管局、县规划局、县国土局及相关乡镇联合采取集中整治」: the agents of 由 with a verb of doing are responsible, in printed order, no lead')

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('d01_guandu', ['一', '2'], [(6, '亩')],
                   '「辖区范围内6亩以下(不含6亩)的土地使用转让手续」: 6亩 joined to 以下, a threshold picking the plots')
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('d19_huaihua', ['一', '1'], 'a range is read at its lower edge',
        '「對承辦市級消費促進活動的執行單位或商貿流通企業，給予3萬元-5萬元的資金支持」: a support band (no object picked by it), the target at the lower figure', swap=[(('3-5', '萬元'), (3, '萬元'))])
# round 46 (al48): answers aligned to CONVENTIONS.md "Round 48 rulings, written early", read at the plan
from expected_tools import _sample32  # noqa: E402

_p = _sample32('d05_huarong', None)[0]
_p["title"] = "2021年县政府重点工作任务分解（2021年县政府重点工作任务）"
_p["title_note"] = ("aligned to the Round 48 rulings (round 46): decided (left from round 45) — a document number in "
                    "brackets after a page's title line 「2021年县政府重点工作任务(华政发〔2021〕2号)」 is no part of the title, as "
                    "「（摘录）」 is not (round 44): the plan's own 「…任务分解」 and the line less its number are each accepted; the "
                    "earlier reading: " + _p["title_note"])

# round 51 (p51d): answers aligned to tests/data/CONVENTIONS.md "Round 58 rulings" (Targets, turned)
from expected_tools import align58_targets  # noqa: E402

align58_targets("d01_", ["一", "2"], "「辖区范围内6亩以下(不含6亩)的土地使用转让手续,区政府审查后办理土地登记」: 6亩以下 stands inside the noun naming the class of land transfers the step picks", to_not=[(6, "亩")])
# Round 61 (rul84): d15 二/3 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: the duty lists' catch-all last lines, governs, p61a-1) (README, round 61)
from aligned_rulings import CATCHALL84, align84  # noqa: E402

align84("d15", ["二", "3"], "「3.完成指挥部领导交办的其他事项;」 (二/3, the office's duties): a catch-all last working line naming only work others hand down: text, no task",
        CATCHALL84 + "; sample dropped, 5 → 4 (accepted already), 5 stays accepted", drop=True, counts={"leaf_tasks": 4, "count_alternatives": [5]})

write_collected(sys.argv[1])

# Round 64 (rul90): d15 二/1–4 aligned to tests/data/CONVENTIONS.md "Round 90 rulings" (Units, governs: a 职责 heading
# over a body the same section sets up names none, p64f) (README, round 64)
from aligned_rulings import SETUP90, align90  # noqa: E402

for _n in ("1", "2", "4"):   # 二/3 dropped in round 61 (Round 84)
    align90("d15_xxshi", ["二", _n], "「指挥部下设办公室(以下简称市创城办)和7个工作组。 办公室(市创城办) 主任:XXX 副主任:XXX 成员:从市有关单位抽调。 主要职责: 1.…」 (d15 二/" + _n + "): the section 二、组织机构 sets the office up (下设, its roster printed) and the heading over its duties names the body it sets up: a task naming none",
            SETUP90 + "; [市创城办] → none, [市创城办] stays accepted", resp=[], resp_alt=[["市创城办"]])

write_collected(sys.argv[1])
