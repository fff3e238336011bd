# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next160/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c160, round 39: eight page openings of plans from outside Shanghai — an XX镇's
全国“两会”期间消防安保 实施方案 (two stages with bodies, no year), 共青城市市场监督管理局's 2024 质量月 活动方案 (「牵头部门:」
「配合部门:」「活动时间:」 under every item), a 宁德 county-level 市场监督管理局's 2020 质量月 活动方案 (its name replaced by the
site's spam; a task table with 牵头部门 / 协助部门 columns), 慈惠街团工委's 2015 学雷锋 活动方案 (field blocks with 「组织单位:」),
a 团县委's 2012 学雷锋志愿服务月 实施方案 (seven dated items inside one line, the site's page markers 「1、」「2、」), an x镇's 2020
雷锋日 志愿服务 实施方案 (「镇直各单位要组织本单位志愿者」), 大英县市场监督管理局's 2020 安全用药月 活动方案 (no body named) and a
团市委's 三月学雷锋 活动方案 in traditional script (「團市委組織參與…」, field blocks): never tune the parser on them (see
README.md).
Only `line` and `title_starts` are looked up in the text (``locate`` of ../plans/expected_tools.py; ``at`` and ``row``
below for a number inside a line and a table row printed one cell a line); every answer was written here by reading the
texts under `tests/data/CONVENTIONS.md` (rules 1–4 of round 29, the round-30 clarifications, the round-31 to round-39
rulings, cited in the notes). Neither the parser nor the scorer was run on these plans by c160.

    python tests/data/plans-next160/make_expected.py tests/data/plans-next160
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOUNIT = "no body is named as the doer (rule 2's closed list): lead = [], responsible = []"
LABEL = ("rule 1 (the label decides): 「牵头部门:A」「配合部门:B」 — lead A; responsible A, B in printed order (as 「由A牵头，B"
         "配合」, rule 2's reading of a lead and its partners)")


# For items locate cannot find (a number inside a line), the first words cut at the line's end.
at = partial(at_line_in, DIR)


def row(file, n):
    """Line of row ``n`` of a table printed one cell a line (cells between 「|」 lines) after the line 「序号」, and the
    first eight characters of its next cell (活动内容)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = lines.index("序号")
    while lines[i].strip() != str(n):
        i += 1
    j = i + 1
    while lines[j].strip() in ("", "|"):
        j += 1
    return {"line": i + 1, "title_starts": lines[j].strip()[:8]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x160_01_xx-zhen-lianghui-qijian-xiaofang-anbao-shishi-fangan.txt"
NOYEAR = ("the page prints no year (「两会」 of an unnamed year; 「3 月1日前」「3 月3日一 3月11 日」): the deadline is not checked "
          "(the year is implicit and not on the page)")
plan(X01,
     title="镇全国“两会”期间消防安保实施方案（XX 镇全国“两会”期间消防安保实施方案）",
     title_note="line 1 is the site's headline (without 「XX 」); the document's own title opens line 2, run into the preamble "
                "— either accepted (the 「X（Y）」 form)",
     doc_no="", issuer="XX镇 (镇政府; masked 「XX」; 「落实区政府消防工作会议精神」)", date="(no year on the page)",
     level="town (masked 「XX 镇」)",
     source=page_source("https://maok.cn/index.php?c=preview&id=126762&s=news"),
     style="a document site's preview: the headline, then the whole text on ONE line — the title run into the preamble, "
           "一、指导思想和工作目标, 二、组织领导 (the group of persons 「组长:XX 浩…」, its office 「设在应急办」), 三、方法步骤 "
           "(「共分三个阶段:」) with 「(一)动员部署阶段(3 月1日前)…」 and 「(二)组织实施阶段(3 月3日一 3月11 日)…」 — CUT in (二)",
     leaf_tasks=2, attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想和工作目标", "二、组织领导"],
     samples=[
        S(["三", "(一)"], [], ["镇消防安全检查领导小组"], targets=[(1, "次")], skip_deadline=True,
          lead_alternatives=[["镇消防安全检查领导小组"]], **at(X01, "(一)"),
          note="round 34 (items numbered inside one paragraph: 一、二、三、 and (一)(二) run in order inside line 2); round 33 "
               "(a stage with its work after the time is a phase and a task); " + R2 + ": 「镇消防安全检查领导小组会要组织镇派出所、"
               "应急办进入村(街道)至少开展一次…宣传活动」 — 组织＋work (round 34), the group set up in 二、 is a doer in a later item "
               "(round 36); RULING?: 「领导小组会要组织」 is read as 领导小组 + 会要 (will), the name 「镇消防安全检查领导小组」 as "
               "printed here (二、 calls it 「消防检查工作领导小组」; round 38: no alias rewritten); the objects of the pivot 组织 "
               "(镇派出所, 应急办) are not units (round 30); 「各村、各有关单位要…全面安排部署,制定…,开展…」 uses no rule-2 verb (round 30 "
               "closed list: no doer); " + ONE + "; round 35 (a frequency with a floor is a target): 「至少开展一次」 → 1 次; "
               + NOYEAR),
        S(["三", "(二)"], [], ["各村", "各企事业单位"], targets=[(1, "名")], skip_deadline=True, **at(X01, "(二)"),
          note=CUT + "; round 33 (stage and task); " + R2 + ": 「各村、各企事业单位成立…机构,按照工作方案,精心组织实施、定期研判调度,"
               "组织联合督查」 — 组织实施 and 组织＋work (round 34) with the subject 各村、各企事业单位 (round 34: a kind before 单位 makes "
               "a kind — 企事业单位 is not the bare 各单位 of round 33); the 领导组织机构 they set up is rule 3; lead [] (no 牵头); round "
               "37 (an item's own number to appoint is a target): 「要落实一名专(兼)职消防管理人员」 → 1 名; 「三清楚」 a name; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 三/(一), 三/(二) (stages with work: phases and tasks, round 33; the third stage is not on the page); "
            "一、 names no body, 二、 sets up the group of persons and its office (rule 3)",
            "phases not written: the stages 动员部署阶段 / 组织实施阶段 have months but no year on the page (a phase is YYYY-MM)",
            "not targets: 「3 月1日」「3月11 日」 dates, 「XX」 masks"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x160_02_gongqingcheng-shichang-jianguanju-2024-zhiliangyue-huodong-fangan.txt"
FIELDS2 = ("round 35 (field blocks: the lines 活动时间／活动地点（范围）／牵头部门／配合部门 under an item are its fields, not tasks; "
           "the item is one task)")
plan(X02,
     title="共青城市市场监督管理局2024年“质量月”活动方案",
     title_note="line 7 (the cover's 「现将《…》,印发给你们」 names it too)",
     doc_no="", issuer="共青城市市场监督管理局 (the signature; Jiangxi, 九江)", date="2024-09-13 (the cover's date)",
     level="county-level city bureau (共青城市市场监督管理局; Jiangxi)",
     source=page_source("https://www.gongqing.gov.cn/scjdglj/02/fgzc/zcwj/202411/t20241113_6769017.html"),
     style="a city government site's page: 「相关解读: / 相关文件:」, the cover (addressees, 「现将…印发给你们」, signature, date), "
           "the title, 一、活动主题, 二、活动内容 (一)–(五) each a paragraph followed by the lines 「活动时间:」「活动地点:／活动范围:」"
           "「牵头部门:」「配合部门:」 — CUT in (五)",
     leaf_tasks=5, attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "(一)"], ["质监股"], ["质监股", "食药股", "市场秩序股", "知识产权股", "各分局"], dl="9月", dln="2024-09",
          note=FIELDS2 + "; " + LABEL + "; 「活动时间:9月」 — the plan's year (2024, the title and the cover's date)"),
        S(["二", "(二)"], ["质监股"], ["质监股", "各分局"], dl="9月", dln="2024-09",
          note=FIELDS2 + "; " + LABEL + "; the body's 「组织计量技术机构及相关专家入企开展服务」 has no subject (rule 1: the label "
               "decides anyway); 2024-09"),
        S(["二", "(三)"], ["质监股"], ["质监股", "各分局"], dl="5-12月", dln="2024-12",
          note=FIELDS2 + "; " + LABEL + "; 「活动时间:5-12月」 — a span: its end is the deadline (round 35/36), 2024-12"),
        S(["二", "(四)"], ["质监股"], ["质监股", "各分局"], dl="5-12月", dln="2024-12",
          note=FIELDS2 + "; " + LABEL + "; 「发布一批…标准」 has no figure; 2024-12 (the span's end)"),
        S(["二", "(五)"], [], [], nodl=True,
          note=CUT + " (「组织“检验检测机构开放日”活动。组织检验检测技」: its field lines are not on the page); " + NOUNIT
               + " (组织 with no subject names no body); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 tasks: 二/(一)–(五); 一、活动主题 is a childless section (a theme); the cover's 「请结合实际,认真贯彻执行」 is no task",
            "no targets: 「2024年」 a year, 「5-12月」 months"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x160_03_shi-shichang-jianguanju-2020-zhiliangyue-huodong-fangan.txt"
COLS3 = ("rule 1 (a table column is a label): 牵头部门 → lead, 协助部门 → responsible with the lead (the lead's partners, as "
         "「由A牵头，B配合」); the cell 「办公室,各市场监督管理所」 is two names (split on ,)")
plan(X03,
     title="beat365网页登录_365bet官网备用网站_365betvip市场监督管理局2020年“质量月”活动方案",
     title_note="line 6, as the page prints it: the site replaced the city's name (福鼎市 by the page's path and 「宁德市」 in the "
                "cover; not in the text) with a gambling site's name in every place — kept as printed",
     doc_no="", issuer="a 市场监督管理局 under 宁德市 (Fujian; its name replaced on the page by a spam string)",
     date="2020-09-08 (the cover's date)", level="county-level city bureau (宁德市's, name masked by the page)",
     source=page_source("https://bjtjqm.com/bmzfxxgk/scjdglj/zfxxgkml/qtyzdgkdzf/202009/t20200916_1355420"),
     style="a copy of a government site's page: the cover's addressees and text (「我局制定了《…》,现予印发」), the signature "
           "and date, 「(此件主动公开)」, the title, a preamble, 一、活动主题, 二、活动时间 (「2020年9月份」), 三、活动安排 — a table "
           "printed one cell a line between 「|」 lines (序号 / 活动内容 / 活动时间 / 牵头部门 / 协助部门), rows 1–3 — CUT in row 3's "
           "协助部门 cell (「各市场」)",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "1"], ["质量安全监督管理股"], ["质量安全监督管理股", "办公室", "各市场监督管理所"], dl="9月1日-3日",
          dln="2020-09-03", **row(X03, 1),
          note="a task table in the plan body (round 37: read as rows, each a task); " + COLS3 + "; the time cell's span ends "
               "2020-09-03 (the year from 二、活动时间 「2020年9月份」)"),
        S(["三", "2"], ["质量安全监督管理股"], ["质量安全监督管理股", "各市场监督管理所"], dl="9月", dln="2020-09", **row(X03, 2),
          note=COLS3 + "; 「9月」 of the plan's year (2020)"),
        S(["三", "3"], ["质量安全监督管理股"], ["质量安全监督管理股"], dl="9月", dln="2020-09", **row(X03, 3),
          note=CUT + " (the 协助部门 cell 「各市场」); " + COLS3 + "; round 36 (a name the page cuts off is dropped): 「各市场」 is "
               "not a unit; 2020-09"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 三、活动安排's rows 1–3 (the rest of the table is not on the page); 一、 and 二、 are childless sections "
            "(theme, time)",
            "no targets: document numbers 〔2020〕133号, 「16个部门」 a name's figure, years; 二、活动时间 「2020年9月份」 is the "
            "activity's span (every row has its own time cell)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x160_04_cihuijie-tuangongwei-xueleifeng-huodong-fangan.txt"
BLOCK4 = ("round 35 (field blocks: 活动时间／活动地点／活动内容／组织单位／参与人员 are the item's fields, not tasks; its 组织单位 "
          "line is its units label, responsible); lead [] (no 牵头)")
SPAN4 = "round 36 (an activity's span 「二、活动时间 2015年3月期间」 gives its end to items with no date of their own): 2015-03"
plan(X04,
     title="3.5学雷锋活动方案",
     title_note="line 3 (line 1 is the site's path, line 5 「若木分享」)",
     doc_no="", issuer="慈惠街团工委 (「慈惠街团工委决定…」; 东西湖区 慈惠街, Wuhan)", date="2015 (the activity's dates)",
     level="street (慈惠街 团工委; Wuhan 东西湖区)",
     source=page_source("https://m.xuexila.com/fwn/wenmi/cehuafangan/59045.html"),
     style="a template site's page (indented paragraphs, blank lines between): the site's path, the title, a preamble, "
           "一、活动主题, 二、活动时间 「2015年3月期间」, 三、活动内容 (一)–(四) each a field block (活动时间 / 活动地点 / 活动内容 / "
           "组织单位 / 参与人员), 四、活动要求 1、 2、 — the page ends after 2、",
     leaf_tasks=6, count_alternatives=[4, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "(一)"], [], ["慈惠街团工委"], lead_alternatives=[["慈惠街团工委"]], dl="2015年3月9日下午(周一)",
          dln="2015-03-09",
          note=BLOCK4 + "; the single body as the lead accepted (plans-dev 03); 「活动时间:2015年3月9日」 is the item's own date "
               "(round 37: over the activity's span)"),
        S(["三", "(二)"], [], ["各大队(社区)", "二级单位团支部"], dl="2015年3月5日至3月15日", dln="2015-03-15",
          note=BLOCK4 + "; the label 「各大队(社区)、二级单位团支部」 gives two names, the bracket kept (round 34); 「参与人员:」 names "
               "persons (no unit); the span's end 2015-03-15"),
        S(["三", "(三)"], [], ["慈惠街团工委"], lead_alternatives=[["慈惠街团工委"]], dl="2015年3月10日上午(周二)",
          dln="2015-03-10", note=BLOCK4 + "; the single body as the lead accepted; 2015-03-10"),
        S(["三", "(四)"], [], ["慈惠街妇联", "职介站", "团工委"], dl="2015年3月17日(周一)", dln="2015-03-17",
          note=BLOCK4 + "; 「慈惠街妇联、职介站、团工委」 — three names as printed (separate heads, round 31); 2015-03-17"),
        S(["四", "1"], [], ["各大队(社区)", "二级单位"], targets=[(1, "次")], dl="2015年3月期间", dln="2015-03",
          note="round 39 (a 工作要求 section whose items give work is the plan's work: tasks; 4 accepted without 四、's items, "
               "round 38); " + R2 + ": 「各大队(社区)、二级单位等直属团组织至少组织一次学雷锋志愿者活动」 — 组织＋work (round 34: "
               "组织 followed by a verb-noun); round 35 (「A、B等相关…」 with separate heads gives A, B, the 等… tail dropped): "
               "各大队(社区), 二级单位 — RULING?: 「二级单位等直属团组织」 read as round 35's 等-tail (the other reading keeps "
               "「二级单位等直属团组织」 as one name, or reads 直属团组织 as the kind); 团工委, which receives the plans, is no unit "
               "(rule 3); lead [] (no 牵头); round 35 (a frequency with a floor is a target): 「至少组织一次」 → 1 次; " + SPAN4),
        S(["四", "2"], [], [], dl="2015年3月期间", dln="2015-03",
          note="round 39 (an item of a 要求 section that gives work is a task; 5 accepted reading it as rule 27's 要求 item with "
               "no unit); 「各直属团组织要充分调动…积极性,并取得…支持,并及时…报道」 — 调动／取得／报道 are no rule-2 verbs: "
               + NOUNIT + "; " + SPAN4),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "在活动之前将活动方案上报至团工委", "when": "在活动之前", "when_norm": None,
              "note": "round 35 (a plan body's sending to another body of the plan is a duty; 四/1's 各大队(社区)、二级单位 to "
                      "团工委); timed from an event (before each activity): no date (round 34)"}],
     notes=["6 tasks: 三/(一)–(四) (field blocks, round 35), 四/1–2 (a 要求 section's work items, round 39); 4 accepted "
            "(without 四、's items, round 38's count), 5 accepted (四/2 read as a 要求 item naming no unit, round 27); 一、 and "
            "二、 are childless sections (theme, time)",
            "not targets: 「第52个」「第16个」 names of days, 「3·5」 a date; 「周一」 a weekday"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x160_05_tuanxianwei-2012-xueleifeng-zhiyuan-fuwuyue-shishi-fangan.txt"
NONE5 = ("the plan names no unit (团县委 is the issuer, 「团县委研究决定…」; the items have no subject): every numbered leaf is a "
         "task (plans-dev 08, seed 003); " + NOUNIT)
ITEMS5 = ("round 34 (items numbered inside one paragraph: 四、活动内容's 1、–7、 run in order inside line 22; RULING?: the site's "
          "page markers 「1、」 (line 20) and 「2、」 (line 22, splitting 「组/织」) that open the document's chunks are read as site "
          "chrome, not items)")
YEAR5 = "the year from 二、活动时间 「2012年3月1日—3月31日」"
plan(X05,
     title="团县委关于开展“3.5”学雷锋志愿服务月活动实施方案（团县委关于深入开展学雷锋活动的实施方案）",
     title_note="the document's own title opens line 20 after the site's chunk marker 「1、」, run into the preamble; the site's "
                "name (lines 1, 3, 18, with 「.doc」) reads 「团县委关于深入开展学雷锋活动的实施方案」: either accepted (the 「X（Y）」 form)",
     doc_no="", issuer="a 团县委 (the county not named)", date="2012 (二、活动时间)", level="county (团县委; place not named)",
     source=page_source("https://www.wenku365.com/p-53959227.html"),
     style="a document-sharing site's page: the file name twice, ID, size, pages, the site's date, three page-image names, "
           "「资源描述:」, then the document in the site's chunks 「1、…」「2、…」 — the title run into the preamble and headed points "
           "一、活动主题 二、活动时间 三、活动目的 on one line, and 四、活动内容 with items 1、–7、 inside one line — CUT in 7、",
     leaf_tasks=7, attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间", "三、活动目的"],
     samples=[
        S(["四", "1"], [], [], dl="3月2日", dln="2012-03-02", **at(X05, "活动内容1、"),
          note=ITEMS5 + "; " + NONE5 + "; 「3月2日开展…」 — " + YEAR5),
        S(["四", "2"], [], [], dl="3月5日", dln="2012-03-05", **at(X05, ";2、"),
          note=NONE5 + "; 「3月5日开展“学雷锋、树新风”…」 — " + YEAR5),
        S(["四", "3"], [], [], dl="3月6日", dln="2012-03-06", **at(X05, "。3、"),
          note=NONE5 + "; " + YEAR5),
        S(["四", "4"], [], [], dl="3月12日", dln="2012-03-12", **at(X05, ";4、"),
          note=NONE5 + "; 「“植树节”」 a name; " + YEAR5),
        S(["四", "5"], [], [], dl="3月18日", dln="2012-03-18", **at(X05, ";5、"),
          note=NONE5 + "; " + YEAR5),
        S(["四", "6"], [], [], dl="3月22日", dln="2012-03-22", **at(X05, ";6、"),
          note=NONE5 + "; " + YEAR5),
        S(["四", "7"], [], [], dl="3月28日", dln="2012-03-28", **at(X05, "。7、"),
          note=CUT + "; " + NONE5 + "; " + YEAR5),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 tasks: 四/1–7 (one line, round 34); 一、–三、 are childless sections (theme, time, aims — 三、's 「组织广大团员青年…"
            "集中开展…」 has no subject)",
            "not targets: 「3.5」 a date in a name, 「26.00 KB」「3页」「ID:53959227」 the site's, years and dates"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x160_06_x-zhen-2020-leifengri-zhiyuan-fuwu-huodong-shishi-fangan.txt"
SPAN6 = ("round 37 (a campaign's span stated once for the whole action is a stage span for items with no date): 「镇政府决定于3月"
         "集中在全镇范围内开展」 — 2020-03 (三、活动时间 is masked 「x日至x日」; every reading of it falls in the March the cover names)")
plan(X06,
     title="2020年x镇开展“3.5雷锋日”志愿服务活动实施方案",
     title_note="line 1 in the site's brackets 「[1711,…]」 and line 5 after 「1711 」, run into the preamble; 「x」 masks the "
                "town's name",
     doc_no="", issuer="x镇 (镇政府; masked)", date="2020 (the title)", level="town (masked 「x镇」)",
     source=page_source("http://www.wufanghuizhong.com/xindetihui/2021/1103/19777.html"),
     style="an essay site's page: the bracketed headline with a view count, the site's date, the title run into the preamble, "
           "then headed points two to a line (「一、活动目标 … 二、活动主题 …」, 「三、活动时间 x日至x日 四、活动内容 (一)…」), "
           "(二)深入开展主题志愿服务活动 1、 — CUT in 1、",
     leaf_tasks=2, attachment_task_rows=0,
     childless_top_level_sections=["一、活动目标", "二、活动主题", "三、活动时间"],
     samples=[
        S(["四", "(一)"], [], ["镇直各单位"], lead_alternatives=[["镇直各单位"]], dl="于3月集中…开展", dln="2020-03",
          **at(X06, "(一)"),
          note="round 34 (a number inside a line; the item's run-in heading 「广泛开展惠民志愿服务活动」 then its work); " + R2
               + ": 「镇直各单位要组织本单位志愿者,围绕…,精心组织、精准服务」 and 「要组织志愿者为…提供送温暖志愿服务」 (the elided "
               "subject carried, round 34) — round 30: 「A组织B＋verb」, A the doer; 镇直各单位 a kind (round 34: a kind before "
               "单位); the objects 本单位志愿者, 志愿者 are persons (no unit); " + ONE + "; " + SPAN6),
        S(["四", "(二)", "1"], [], [], dl="于3月集中…开展", dln="2020-03", **at(X06, " 1、"),
          note=CUT + "; 「开展“践行x精神 学习身边榜样”专题宣讲活动。组织全镇中小学开展…比赛」 — no subject (the pivot's object "
               "全镇中小学 is no unit, round 30): " + NOUNIT + "; " + SPAN6),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 四/(一) (a leaf with text) and 四/(二)/1 (the page ends in it); 一、–三、 are childless sections (aims, "
            "theme, a masked time)",
            "not targets: 「1711」 the site's view count, 「3.5」 a date in a name, 「2020年」 a year"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x160_07_daying-xian-2020-anquan-yongyaoyue-huodong-fangan.txt"
NONE7 = ("the plan names no unit (the addressees of the cover only): every numbered leaf is a task (plans-dev 08, seed 003); ")
SPAN7 = ("round 36 (an activity's span gives its end to items with no date): 一、时间安排 「2020年11月17日-2020年12月10日」 — "
         "2020-12-10")
plan(X07,
     title="2020年“全国安全用药月”活动方案（大英县市场监督管理局关于印发《2020年“全国安全用药月” 活动方案》的通知）",
     title_note="the plan's title is line 23 (under the issuer's name, line 21); the notice's title is line 5: either accepted "
                "(the 「X（Y）」 form)",
     doc_no="", issuer="大英县市场监督管理局 (Sichuan, 遂宁)", date="2020-11-17 (the cover's date)",
     level="county bureau (大英县市场监督管理局)",
     source=page_source("https://dyrmt.com/article-73474-1.html"),
     style="a county news site's page: the site's menu, the notice's title, the site's byline 「2020-11-17 00:00| 发布者…」, "
           "「摘要: {…}」 (the site's JSON), the cover (addressees, 「现将《…》印发给你们」, signature, date), the issuer and the plan's "
           "title, a preamble, 一、时间安排, 二、活动主题, 三、宣传重点 (一)–(三) — CUT in (三)",
     leaf_tasks=3, attachment_task_rows=0,
     childless_top_level_sections=["一、时间安排", "二、活动主题"],
     samples=[
        S(["三", "(一)"], [], [], dl="2020年11月17日-2020年12月10日", dln="2020-12-10",
          note=NONE7 + "「宣传县市场监管局抗击新冠疫情,开展检查检验…」 — 县市场监管局 is the object of 宣传 (what is publicised), "
               "not a doer: " + NOUNIT + "; " + SPAN7),
        S(["三", "(二)"], [], [], dl="2020年11月17日-2020年12月10日", dln="2020-12-10",
          note=NONE7 + "「集中宣贯…。开展…改革五年来,市场监管局落实监管职能,推进…的举措和成效,增进…」 — RULING?: 「市场监管局"
               "落实监管职能」 stands inside the object of the publicity (「…的举措和成效」, round 30: a body inside a noun's "
               "description is not a doer of the item; round 33: 落实 that is not the verb of the item's clause gives no doer); "
               "the other reading makes 市场监管局 a doer by rule 2 (the subject of 落实): " + NOUNIT + "; 「五年来」 a past span "
               "(not a target); " + SPAN7),
        S(["三", "(三)"], [], [], dl="2020年11月17日-2020年12月10日", dln="2020-12-10",
          note=CUT + "; " + NONE7 + "「发挥药师、药学专家及相关专业团体的作用,宣传…」 — no subject: " + NOUNIT + "; " + SPAN7),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 三/(一)–(三) (宣传重点 items, the work of the activity); 一、 (the span) and 二、 (the theme) are "
            "childless sections; the cover's 「请结合实际,认真抓好落实」 is no task",
            "no targets: 「查看: 4」「评论: 0」 and the JSON's id are the site's, dates and years"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x160_08_tuanshiwei-sanyue-xueleifeng-huodong-fangan.txt"
YEAR8 = "the year from 三、活動時間 「2015年3月起持續開展」 (「2014」 in 1、's 活動內容 is part of an event's name)"
plan(X08,
     title="三月學雷鋒活動方案",
     title_note="line 1 (traditional script, as printed)",
     doc_no="", issuer="团市委 and 市青年志愿者协会 (「團市委、市青年志願者協會決定」; Hohhot by 首府 and 賽罕區 — not named; line 2 "
                       "says 「團縣委決定」)",
     date="2015 (三、活動時間)", level="city (团市委; 呼和浩特 by its districts)",
     source=page_source("http://m.athomedrugdetox.com/fwn/wenmi/cehuafangan/59034.html"),
     style="a template site's page in traditional script (「?現制定」 and 「(xù)」-style inline readings are the page's): the "
           "title, a preamble, 一、活動目的, 二、活動主題, 三、活動時間, 四、活動安排 (一)宣傳發動 (a paragraph), (二)相關活動安排 "
           "1、 2、 each a field block (活動時間 / 活動地點 / 活動內容) — CUT in 2、",
     leaf_tasks=3, attachment_task_rows=0,
     childless_top_level_sections=["一、活動目的", "二、活動主題", "三、活動時間"],
     samples=[
        S(["四", "(一)"], [], [], nodl=True,
          note="a leaf of the work section 四、活動安排 (its text gives work: 「充分發揮…的作用,…加強輿論引導」); no subject: "
               + NOUNIT + "; 三、活動時間 「2015年3月起持續開展」 has a start and no end: " + NODATE),
        S(["四", "(二)", "1"], [], ["團市委"], lead_alternatives=[["團市委"]], targets=[(2000, "名")], dl="3月4日上午10:00",
          dln="2015-03-04",
          note="round 35 (field blocks: 活動時間／活動地點／活動內容 are the item's fields); " + R2 + ": the heading 「團市委組織參與"
               "首府…啟動儀式」 — 組織＋work (round 34), the name as printed (round 36); " + ONE + "; round 37 (an item's own "
               "number to mobilise is a target): 「組織我市2000名青年志願者參與」 → 2000 名; 「10:00」 a clock time; " + YEAR8),
        S(["四", "(二)", "2"], [], [], dl="3月5日16:00", dln="2015-03-05",
          note=CUT + "; field blocks (round 35); 「賽罕區志願服務活動」 names a place's activity, no unit label and no rule-2 "
               "clause (round 38's place heading needs a plan that lists places as 責任單位): " + NOUNIT + "; 「16:00」 a clock "
               "time; " + YEAR8),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 四/(一), 四/(二)/1–2; 一、–三、 are childless sections (aims, theme, time)",
            "not targets: 「51周年」「第16個」 names of anniversaries, 「2014」 a name's year, clock times"])

write_collected(DIR)
