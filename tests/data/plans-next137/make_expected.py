# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next137/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c137, round 36: eight page openings of plans from outside Shanghai — 藁城市's
食品安全宣传周 活动方案 (活动 (一)–(五) with 「(责任单位:…)」 labels), a county's 2018 食品安全宣传周 系列主题日 活动安排
(unit headings 「(一)县教育局(7月7日)」 over items numbered 2, 3 without stops), the 三、方法和步骤 of 新乡市's 地名公共服务工程
实施方案 (「(二)部门分工」 1.–4., 「民政部门是…牵头部门,负责…」), a district 综治委's 2014 「两集中」 活动 实施方案 (「(二)各镇、
街道办事处」 a unit heading), a county's 2023 清明祭扫 工作方案 (unit-colon paragraphs 「民政局:负责…」), a Sichuan city's 2017
消防宣传月 活动方案, a town's 2024 清明节 文明祭扫 方案 (「由乡镇人民政府负责…由村委会(街道)安排…」) and a county 卫生局's
春运 医疗卫生保障 方案 (「(二)工作职责」 1.–4. unit-colon items): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (``locate`` of ../plans/expected_tools.py, ``at_in`` for
lines that open with the page's 「&bsp;」); every answer was written here by reading the texts under
`tests/data/CONVENTIONS.md` (rules 1–4 of round 29, the round-30 clarifications, the round-31 to round-36 rulings,
cited in the notes). Neither the parser nor the scorer was run on these plans by c137.

    python tests/data/plans-next137/make_expected.py tests/data/plans-next137
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
COLON = ("rule 1: a unit-colon item 「A:…」 gives its units; the sentences after the colon add nothing "
         "(plans-dev 06 三/（一）)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x137_01_gaocheng-shipin-anquan-xuanchuanzhou-huodong-fangan.txt"
LABEL1 = R1 + ": the item's bracket 「(责任单位:…)」 gives its units, split on 、 and , as printed"
plan(X01,
     title="食品安全宣传周活动方案设计",
     title_note="line 1 (the page's name of the text; line 3 is the site's date and author)",
     doc_no="", issuer="藁城市 (Hebei, 石家庄; 「在市人民广场举办“藁城市食品安全宣传周启动仪式…”」) — the 食安办's plan",
     date="2016 (「2016年食品安全宣传周的活动主题」; the site's 2018-06-19 is its posting date)",
     level="city (county-level, Hebei, 藁城市)",
     source=page_source("https://m.78911.com.cn/HuoDongFangAn/376805.html"),
     style="a 范文 site's page: the name, the site's date line, 一、活动主题 (one line with the year), 二、活动内容 with "
           "activities (一)–(五) as run-in paragraphs, each ending in a bracket 「(责任单位:…)」; CUT in (五) 「进一」",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "(一)"], [], ["市政府食安办", "市政府食安委有关成员单位"], dl="6月17日上午", dln="2016-06-17",
          note=LABEL1 + " — 「市政府食安委有关成员单位」 one name as printed (a kind: 成员单位 of a named body); the bodies in "
               "the text 「市工商局、质监局…等有关部门通过…宣传」 add nothing (rule 1); lead [] (no 牵头); the day 「6月17日上午」, "
               "the year from 一、 (2016)"),
        S(["二", "(二)"], [], ["市政府食安办"], lead_alternatives=[["市政府食安办"]], dl="6月17日上午", dln="2016-06-17",
          note=LABEL1 + ": 「(责任单位:市政府食安办)」 — " + ONE + "; 「6月17日上午」 (2016)"),
        S(["二", "(三)"], [], ["市政府食安办", "市电视台", "各监管部门"], targets=[(4, "个")],
          note=LABEL1 + ": 「市政府食安办,市电视台、各监管部门」 — three names (the comma and 、 split alike); 「各监管部门要…制作」 in "
               "the text adds nothing (rule 1); target 「对4个食品安全公益宣传片进行…宣传」 (a quantity the item sets, round "
               "25); 「“食品安全宣传周”期间」 is the week with no date on the page: " + NODATE),
        S(["二", "(四)"], [], ["市政府食安办", "各乡镇区", "各监管部门", "电视台", "报社"],
          note=LABEL1 + ": five names as printed (「各乡镇区」 one name, a kind); 「电视台、报社、市政府门户网站要开辟专栏」 adds "
               "nothing (rule 1); " + NODATE),
        S(["二", "(五)"], [], [],
          note=CUT + " at 「进一」, before any bracket; 「适时组织开展全市…培训活动」 has no subject: lead = [], responsible = []; "
               "「适时」 is no date: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 tasks: 二/(一)–(五) (run-in activities with labels); 一、活动主题 is a section (one line, no number below); "
            "4 accepted ((五), cut before its label, left out)",
            "「2016年」 a year, 「4个」 (二/(三)) the one target"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x137_02_xian-2018-shipin-anquan-xuanchuanzhou-zhutiri-huodong-anpai.txt"
HEAD2 = ("rule 1 (a unit heading): 「(一)县教育局(7月7日)」 under 「二、主办单位」 names the body that holds the day, "
         "and its items take it; sentences in the items (「各级各类学校要组织…」) add nothing")
DAY2 = ("RULING?: the heading's bracketed day 「(7月7日)」 (the body's 主题日) read as the deadline of the items under it, "
        "as the heading's unit is theirs; 一、活动时间 「7月7日至29日」 is the whole week's span (its end, 07-29, would "
        "apply only to items with no day of their own, round 36); the year from the title (2018)")
NUM2 = ("round 36: numbers without stops 「2各级…」「3组织…」 are item numbers; the unnumbered paragraph before 「2」 is "
        "item 1 of the run (RULING?: read so because 2 and 3 follow it)")
plan(X02,
     title="2018年全国食品安全宣传周系列主题日活动安排",
     title_note="line 1 (line 3 repeats it after a site notice, with 「7208年」 as printed)",
     doc_no="", issuer="a county (「县教育局」「县工业和信息化局」「县科技局」; county not named)",
     date="2018 (the title)", level="county (unnamed)",
     source=page_source("http://www.nepao.com/show-190-319104-1.html"),
     style="a 公文 site's page: the title, a site line 「本 文由 第 一 公文 网 收 集整 理7208年…」, then lines opening with the "
           "page's literal 「&bsp;」: 一、活动时间 (7月7日至29日), 二、主办单位 with unit headings 「(一)县教育局(7月7日)」「(二)县工业和"
           "信息化局(7月8日)」「(三)县科技局(7月9日)」, each over an unnumbered paragraph and items 「2…」「3…」 with no stop; "
           "CUT in (三)'s first paragraph",
     leaf_tasks=7, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、活动时间"],
     samples=[
        S(["二", "(一)", "1"], [], ["县教育局"], lead_alternatives=[["县教育局"]], dl="7月7日", dln="2018-07-07",
          **at_in(DIR, X02, "&bsp;(一)县教育局(7月7日)\n&bsp;&bsp;&bsp;"),
          note=NUM2 + "; " + HEAD2 + " — 「各级各类学校通过…宣传」 (学校 with 宣传, no rule-2 verb anyway); " + ONE + "; " + DAY2),
        S(["二", "(一)", "2"], [], ["县教育局"], lead_alternatives=[["县教育局"]], dl="7月7日", dln="2018-07-07",
          **at_in(DIR, X02, "&bsp;&bsp;&bsp;2"),
          note=HEAD2 + ": 「2各级各类学校要组织食堂从业人员开展…培训」 — by rule 2 alone 各级各类学校 (组织＋work) would be the doer, "
               "but the heading's unit decides (rule 1); " + ONE + "; " + DAY2),
        S(["二", "(一)", "3"], [], ["县教育局"], lead_alternatives=[["县教育局"]], dl="7月7日", dln="2018-07-07",
          **at_in(DIR, X02, "&bsp;&bsp;&bsp;3"),
          note=HEAD2 + ": 「3组织开展…专项督导」 (no subject) — " + ONE + "; " + DAY2),
        S(["二", "(二)", "2"], [], ["县工业和信息化局"], lead_alternatives=[["县工业和信息化局"]], dl="7月8日", dln="2018-07-08",
          **at_in(DIR, X02, "\n&bsp;&bsp;2"),
          note=HEAD2 + " (「(二)县工业和信息化局(7月8日)」): 「2举办食盐安全专题宣传活动」 — " + ONE + "; " + DAY2),
        S(["二", "(二)", "3"], [], ["县工业和信息化局"], lead_alternatives=[["县工业和信息化局"]], dl="7月8日", dln="2018-07-08",
          **at_in(DIR, X02, "&bsp;&bsp;&bsp;3", nth=2),
          note=HEAD2 + ": 「3开展诚信兴商主题实践活动」 — " + ONE + "; " + DAY2),
        S(["二", "(三)", "1"], [], ["县科技局"], lead_alternatives=[["县科技局"]], dl="7月9日", dln="2018-07-09",
          **at_in(DIR, X02, "&bsp;(三)县科技局(7月9日)\n&bsp;&bsp;"),
          note=CUT + "; " + NUM2.split(" (RULING?")[0] + "; " + HEAD2 + " (「(三)县科技局(7月9日)」): 「开展“食品安全进社区”活动」 — "
               + ONE + "; " + DAY2),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 tasks: (一)/1–3, (二)/1–3, (三)/1 (cut); 3 accepted (the unit headings (一)–(三) as the tasks, their "
            "paragraphs as their text); 一、活动时间 is one line of the week's span (no phase: no stages)",
            "「232商务举报投诉服务平台」 is a name with digits (not sampled as a figure); 「7208年」 the site's line"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x137_03_xinxiang-diming-gonggong-fuwu-gongcheng-shishi-fangan.txt"
SPLIT3 = ("「(二)部门分工」 read as round 35's 任务分工／工作分工 heading (分工 of 部门; RULING? — the list names 任务分工, 工作分工, "
          "职能分工…, not 部门分工); each item's body is its unit by rule 2 anyway")
plan(X03,
     doc_no="", issuer="新乡市人民政府 (Henan; the 市政府 sets up the 领导小组, the office 「在民政局」)",
     date="(no date on the page; 地名公共服务工程 points to 2006–2008)", level="city (Henan, 新乡)",
     source=page_source("http://www.fsou.net/html/text/lar/169455/16945514_1.html"),
     style="a law site's page of a 方案 that opens inside it at 「三、方法和步骤」 (no title on the page): (一)组织领导 with the "
           "领导小组's duties 1.–4. and its office's 1.–6., a paragraph on the counties' own bodies, then (二)部门分工 with a "
           "lead-in 「市直各部门、驻新各单位负责…整理上报。另外,下列各部门的职责是:」 and items 1.–4. 「民政部门是…牵头部门,负责…」"
           "「发改委负责…」「财政部门负责…」「人事编制部门负责…」 — CUT in 4.",
     leaf_tasks=4, count_alternatives=[14], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "(二)", "1"], ["民政部门"], ["民政部门"],
          note=SPLIT3 + "; round 32/33 (a designation is a doer): 「民政部门是实施地名公共服务工程的牵头部门,负责…」 — 牵头部门 "
               "designates the lead (「明确A为牵头单位」: lead A); the page gives no date: " + NODATE),
        S(["三", "(二)", "2"], [], ["发改委"], lead_alternatives=[["发改委"]],
          note=SPLIT3 + "; " + R2 + ": 「发改委负责…及时办理收费许可手续」 — " + ONE + "; 「及时」 is no date: " + NODATE),
        S(["三", "(二)", "3"], [], ["财政部门"], lead_alternatives=[["财政部门"]],
          note=SPLIT3 + "; " + R2 + ": 「财政部门负责筹集…所需资金,并确保…」 — 负责 with the work of raising the money (not 「由A承担"
               "经费」, a payer, round 30) — " + ONE + "; " + NODATE),
        S(["三", "(二)", "4"], [], ["人事编制部门"], lead_alternatives=[["人事编制部门"]],
          note=CUT + "; " + R2 + ": 「人事编制部门负责做好…定员、定编、」 — " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 tasks: (二)/1–4; (一)'s lists are the duties of the 领导小组 and its office, bodies the plan sets up in that "
            "item (rule 3; round 27: 组织领导 items naming no unit are no tasks) — 14 accepted (those ten items counted); "
            "the counties' paragraph (「都应参照…设置」, 设置 no rule-2 verb) and (二)'s lead-in (rule 4: every item names its "
            "own body) are no tasks",
            "no figures, no dates on the page; 「三、」 is the page's first line (the plan's 一、二、 are on another page)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x137_04_qu-zongzhiwei-2014-pingan-jianshe-zhian-yinhuan-liang-jizhong-fangan.txt"
SPAN4 = ("round 36 (an activity's span is a stage span): the preamble's 「从现在起至11月底」 (the month's 活动) ends at the "
         "end of November; the items write no date of their own: deadline 2014-11-30, the year from the page's "
         "「发布时间:2014-11-04」 (RULING?: the span written in the preamble, not in a 活动时间 line)")
plan(X04,
     title="关于开展“平安建设集中宣传、治安隐患集中整治” 活动的实施方案",
     title_note="line 6 (lines 1–3 are the site's crumbs; the blank before 「活动」 is the page's)",
     doc_no="", issuer="a district's 综治委 (「区综治委决定…」「我区…在全省的领先位次」; jtzfw: 宝鸡 金台区, Shaanxi)",
     date="2014-11-04 (the page's 发布时间)", level="district (Shaanxi, 宝鸡 金台区, its 综治委)",
     source=page_source("https://jtzfw.gov.cn/index.php?ie=2-257-1735-1"),
     style="a district 政法 site's page: crumbs, the title, the source line, addressees 「各镇街综治委,区级各部门:」, a "
           "preamble with the span 「从现在起至11月底」, 一、工作重点 1、–2、 (paragraphs of work with no body named), 二、工作任务 "
           "(一)全区领导干部包抓任务 (a paragraph: 「入户下访不少于30户」…) and (二)各镇、街道办事处 with 1、 — CUT",
     leaf_tasks=4, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], dl="至11月底", dln="2014-11-30",
          note="「1、按照…的思路,大力宣传…」: no body named — lead = [], responsible = []; a task (工作重点 is the plan's work, "
               "not one of round 27's 工作目标／总体要求 sections; 2 accepted without 一/1–2); " + SPAN4),
        S(["一", "2"], [], [], dl="至11月底", dln="2014-11-30",
          note="「2、要在百日社会治安大排查的基础上,开展…整治活动」: no body named — lead = [], responsible = []; " + SPAN4),
        S(["二", "(一)"], [], [], targets=[(30, "户"), (50, "户"), (80, "户")], dl="至11月底", dln="2014-11-30",
          note="「(一)全区领导干部包抓任务」: 「各级领导干部要…」「区级领导…」「各部门、各镇街领导…」「每名干部…」 are persons (round "
               "30: a person is never a unit; 各部门、各镇街 describe the 领导) — lead = [], responsible = []; targets 「入户下访不少于"
               "30户」「不少于50户」「不少于80户」 (不少于, the thresholds line, round 30); " + SPAN4),
        S(["二", "(二)", "1"], [], ["各镇", "街道办事处"], dl="至11月底", dln="2014-11-30",
          note=CUT + "; rule 1 (a unit heading): 「(二)各镇、街道办事处」 over its items — two names split on 、 (round 30: 「各镇、"
               "园区」 two); lead [] (no 牵头); " + SPAN4),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 tasks: 一/1–2, 二/(一) (a childless item of 工作任务), 二/(二)/1 (cut); 2 accepted (一、工作重点's items, which "
            "name no body, left out)",
            "「两率一度」「百日」「千名干部」 are names and past figures: not targets; 2014-11-04 the page's date"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x137_05_xian-2023-qingming-jisao-gongzuo-fangan.txt"
plan(X05,
     doc_no="", issuer="a county (masked 「XX县」)", date="2023 (the title)", level="county (masked)",
     source=page_source("https://yunko.cn/doc/pglzvbqwhe"),
     style="a document site's page: the title broken after the mask (「XX」 on line 1, 「县2023年清明祭扫工作方案」 on line 2), "
           "a preamble, 一、工作目标 (one paragraph), 二、工作内容 with an opening paragraph 「各相关部门要协同配合…」 and UNNUMBERED "
           "unit-colon paragraphs 「民政局:负责…」「应急管理局:认真履行…」 — CUT in 应急管理局's paragraph 「组织安委」",
     title_note="not checked: the printed title is split by the page after the mask 「XX」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二"], [], ["民政局", "应急管理局"], dl="3月25日、26日和4月1日、2日", dln="2023-04-02",
          note="round 32 (a childless section of unit paragraphs): 二、工作内容 is one task, its units the bodies before each "
               "colon in printed order (" + COLON + ": 「协助市场监督管理局查处…」「协助综合执法部门…」 and 「组织协调相关单位」 "
               "add nothing); the opening 「各相关部门要协同配合」 is a general call; lead [] (no 牵头); RULING?: the peak days "
               "「3月25日、26日和4月1日、2日4天时间为祭扫高峰期,要加大管控力度」 in 民政局's paragraph read as dated steps, the "
               "latest the deadline (round 34: several dates, the latest) — 2023-04-02; 「4天」 counts those days (no target)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task: 二、工作内容 (round 32: unnumbered unit paragraphs under a childless section are one task); 2 accepted "
            "(each unit paragraph a task); 一、工作目标 is a section",
            "no title checked (split by the page's mask)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x137_06_sichuan-shi-2017-xiaofang-xuanchuanyue-huodong-fangan.txt"
plan(X06,
     doc_no="", issuer="a Sichuan city (「根据《四川省消防总队…》…结合我市实际」; the 市政府 副市长 heads the group)",
     date="2017 (the site's heading 「2017消防宣传月活动方案1」)", level="city (Sichuan, unnamed)",
     source=page_source("http://zaixiangufen.com/fangan/1501865.html"),
     style="a 范文 site's page 「消防宣传月活动方案」: the site's menu, its heading 「2017消防宣传月活动方案1」 (no title of the plan's "
           "own), a preamble, 一、活动时间 「11月1日至30日。」, 二、活动主题, 三、组织领导 (a 领导小组 of persons, 「办公室设在市消防"
           "支队」), 四、活动总要求 (「各级、各相关部门要…开展…」), 五、活动安排 (一) 「…11月9日是消防集中宣传日,各级消防等部门及消防"
           "重点单位要…有效开展…」 with 1、 — CUT after 1、 (an indented blank line ends the page)",
     title_note="not checked: the page prints the site's name 「消防宣传月活动方案」 and a sample heading only",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间", "二、活动主题", "三、组织领导", "四、活动总要求"],
     samples=[
        S(["五", "(一)", "1"], [], [], dl="11月9日", dln="2017-11-09",
          note="「1、邀请各级党委或政府领导参加集中宣传活动…」: no subject — lead = [], responsible = []; (一)'s lead-in 「各级消防等"
               "部门及消防重点单位要…有效开展…」 gives no unit (开展 without 组织 is no rule-2 verb, round 30; rule 4); RULING?: the "
               "lead-in's day 「11月9日是消防集中宣传日」 is the day of the 集中宣传活动 the item serves — deadline 2017-11-09 "
               "(the month's span 一、 「11月1日至30日」, round 36, would give 2017-11-30; the nearer day taken)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task: 五/(一)/1 (the page ends after it); 一、–四、 are childless sections (time, theme, a 领导小组 of persons "
            "and 「各县(市、区)也要比照成立」 (成立 no rule-2 verb), a 总要求 with a general call) — round 27; 2 accepted ((一) "
            "counted as well)",
            "「119」 is a name; 「群死群伤」 no figure"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x137_07_zhen-2024-qingming-wenming-jisao-shishi-fangan.txt"
plan(X07,
     doc_no="", issuer="a town (「我镇」, unnamed; 「幸福分路」)", date="2024 (the site's heading; 「20__年」 masked in the text)",
     level="town (unnamed)",
     source=page_source("http://www.kaoyanmiji.com/wendang/39890142.html"),
     style="a document site's page 「2024年清明节文明祭扫工作实施方案7篇」: the site's lines, 「篇一:2024年清明节文明祭扫工作实施方案」, "
           "a preamble, 一、指导思想和工作原则 (一)(二) (run-in 「指导思想:」「工作原则:」), 二、工作重点 (一) 「农村公益性公墓由乡镇"
           "人民政府负责,…农村分散的墓地和历史埋葬点,由村委会(街道)安排专」 — CUT",
     title_note="not checked: the plan's heading is the site's 「篇一:…」",
     leaf_tasks=1, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)"], [], ["乡镇人民政府", "村委会(街道)"],
          note=CUT + "; " + R2 + ", round 34 (scope splits): 「农村公益性公墓由乡镇人民政府负责…,农村分散的墓地和历史埋葬点,由"
               "村委会(街道)安排专…」 divides the item's work — both doers, in order; the bracket stays with its name (round 34: "
               "「街镇（高新区）」); lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task: 二/(一) (cut); 一/(一)(二) are 指导思想 and 工作原则 with no body (round 27) — 3 accepted with them",
            "「20__年」 masked; no figures"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x137_08_xian-weishengju-chunyun-yiliao-weisheng-baozhang-fangan.txt"
plan(X08,
     doc_no="", issuer="a county 卫生局 (「根据省卫生厅的要求」; 「县卫生局应急办」「县疾控中心」)", date="(no date on the page)",
     level="county bureau (卫生局, unnamed county)",
     source=page_source("https://m.kaoyanmiji.com/wendang/8585613.html"),
     style="a document site's page 「乡镇春运方案(大全8篇)」: the site's lines, 「乡镇春运方案篇一」 — a county 卫生局's 春运 医疗"
           "卫生保障 方案 with no title of its own: a preamble, an unnumbered aim, (一)组织机构 (run in: 「县卫生局应急办负责…统筹与组织"
           "协调」), (二)工作职责。 with unit-colon items 1.–4. 「县卫生局:」「各医疗机构:」「院前急救机构:县急救中心、各医疗机构要…」"
           "「县疾控中心:」 — CUT in 4.",
     title_note="not checked: the page's heading 「乡镇春运方案篇一」 is the site's",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], ["县卫生局应急办"], lead_alternatives=[["县卫生局应急办"]],
          note=R2 + ": 「县卫生局应急办负责全县春运期间医疗卫生保障工作的统筹与组织协调」 — a 组织机构 item with a doer is a task "
               "(round 33); 「各单位也要完善组织机构」 a general call (round 33: bare 各单位); " + ONE + "; 「春运期间」 no date: "
               + NODATE),
        S(["(二)", "1"], [], ["县卫生局"], lead_alternatives=[["县卫生局"]],
          note=COLON + ": 「县卫生局:加强与有关部门沟通…组织辖区内医疗卫生资源…」 — " + ONE + "; " + NODATE),
        S(["(二)", "2"], [], ["各医疗机构"], lead_alternatives=[["各医疗机构"]],
          note=COLON + ": 「各医疗机构:…负责春运期间伤、病人员的医疗救治工作…协助县疾控中心开展…」 — 县疾控中心 adds nothing "
               "(rule 1); 「一旦发生…」 a case; " + ONE + "; " + NODATE),
        S(["(二)", "3"], [], ["院前急救机构"], lead_alternatives=[["院前急救机构"]],
          note=COLON + ": 「院前急救机构:县急救中心、各医疗机构要加强值班力量…」 — RULING?: the colon names a kind, the sentence "
               "then names its members 县急救中心, 各医疗机构; by rule 1 the label's name is the unit (the sentence adds nothing); "
               "the other reading gives [县急救中心, 各医疗机构]; " + ONE + "; 「最快时间内」 from an event: " + NODATE),
        S(["(二)", "4"], [], ["县疾控中心"], lead_alternatives=[["县疾控中心"]],
          note=CUT + "; " + COLON + ": 「县疾控中心:及时掌握…指导有关部门与单位落实防疫消毒工作…」 — " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 tasks: (一) (run-in 组织机构 naming a doer, round 33) and (二)/1–4; 4 accepted ((一) left out as 组织机构)",
            "no figures, no dates on the page"])

write_collected(DIR)
