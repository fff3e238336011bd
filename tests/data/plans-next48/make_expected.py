# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next48/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by corpus48; page openings of plans from outside Shanghai whose tasks
carry units on the page, at town, street, village-affairs, school, park and city level: 安全生产, 食品安全, 创文,
交通安全, 疫情防控, 信访, 学校安全, 环境整治, 创卫, 防汛): never tune the parser on them (see README.md). Only `line`
and `title_starts` are looked up in the text (by ``locate`` / ``at_in`` of ../plans/expected_tools.py); every answer
was written here by reading the texts. Neither the parser nor the scorer was run on these plans by corpus48: the lead
scores them once.

    python tests/data/plans-next48/make_expected.py tests/data/plans-next48
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    CUT,
    NODATE,
    ONE,
    YEAR,
    S,
    align30,
    at_in,
    page_source,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

GOALS = "a section of aims, situation, requirements or organisation (指导思想/目标/组织机构/领导小组) with no numbered children: no task"
RESP_ONLY = "a labelled list of units with no lead named: lead = [], responsible = the list as printed"
PROSE = ("no unit is named for the item as a label (the actors in the text are kinds of body or act in sentences): "
         "lead = [], responsible = []")
SUBJECT = ("the item's actor is a named unit acting in a sentence (「X负责…」/「X要…」/「由X牵头…」, no label): prose — lead "
           "and responsible none, that unit accepted as lead (plans-next37/40/47 read such sentences so)")
HEAD = ("a unit (or working group) as the item's head, its duties after it (plans-dev 10 and 12): responsible = that "
        "unit; " + ONE)

F01 = "x48_01_xuzhuang-zhen-2017-anquan-shengchan-zhuanxiang-zhengzhi-gongzuo-jihua.txt"
F02 = "x48_02_zhen-20xx-shipin-anquan-jianguan-gongzuo-jihua.txt"
F03 = "x48_03_zhen-2021-chuangjian-quanguo-wenming-chengshi-gongzuo-fangan.txt"
F04 = "x48_04_zhen-daolu-jiaotong-anquan-dazhengzhi-bairi-xingdong-gongzuo-fangan.txt"
F05 = "x48_05_jiedao-2024-yingdui-xinguan-feiyan-lianfang-liankong-gongzuo-fangan.txt"
F06 = "x48_06_xiangzhen-2026-xinfang-gongzuo-jihua.txt"
F07 = "x48_07_xuexiao-quanyuan-anquan-gongzuo-zerenzhi-shishi-fangan.txt"
F08 = "x48_08_shi-huanjing-rongmao-zonghe-zhengzhi-fangan.txt"
F09 = "x48_09_zhen-cunzhuang-huanjing-zhengzhi-gongzuo-fangan.txt"
F10 = "x48_10_huagong-yuanqu-anquan-shengchan-yue-huodong-fangan.txt"
F11 = "x48_11_huanghu-zhen-chuangjian-guojia-weisheng-zhen-renwu-fenjiebiao.txt"
F12 = "x48_12_jiedao-2022-fangxun-gongzuo-fangan.txt"


# ---------------------------------------------------------------------------------------------------------
ROW = ("a row of the 专项整治安排表 (columns 专项整治行业名称 | 时间安排 | 责任单位), read as a leaf (as plans-next43's "
       "flattened rows; the rows have no numbers, so the path's second element is the row's first cell); the 责任单位 "
       "cell names no lead; units in a cell are separated by a blank; 时间安排 「N月份」 is the month of the campaign, "
       "resolved with the title's 2017 (the task is due within that month)")


def row(name, units, month, note="", **kw):
    """One row of x48_01's table: responsible = the cell's units, deadline = the month (2017)."""
    if len(units) == 1:
        kw["lead_alternatives"] = [list(units)]
        note = (note + "; " if note else "") + ONE
    return S(["一", name], [], list(units), dl=f"{month}月份", dln=f"2017-{month:02d}",
             note=ROW + ("; " + note if note else ""), **at(F01, "\n" + name, skip=-len(name)), **kw)


plan(F01,
     title="徐庄镇2017年度安全生产专项整治工作计划",
     title_note="lines 4–5 (the title runs over two lines); the cover notice (lines 1–3) names it in 《》",
     doc_no="", issuer="登封市徐庄镇人民政府 (「经镇政府研究决定」; the page is on 登封市's 政务公开 site)",
     date="2017-02-24 (二〇一七年二月二十四日)", level="town (Henan, 登封市徐庄镇)",
     source=page_source("https://public.dengfeng.gov.cn/D49Y/2044017.jhtml"),
     style="a cover notice (addressees, one sentence, a date in Chinese numerals), the title over two lines, a preamble, "
           "一、专项整治安排表 as a `|` table of 12 monthly rows (行业 | 时间安排 | 责任单位, units separated by a blank, once "
           "run together: 「派出所工商质监所」), 二、工作要求 (一)–(三) with a monthly report duty, a closing sentence, "
           "三、监督及考核 cut in its first sentence",
     leaf_tasks=12, count_alternatives=[3, 4], attachment_task_rows=0,
     childless_top_level_sections=["三、监督及考核"],
     samples=[
        row("烟花爆竹", ["安监站", "安监所"], 1),
        row("危险化学品", ["安监站", "安监所"], 2),
        row("电力设施", ["电管所"], 3),
        row("养老机构", ["民政所"], 4),
        row("建筑施工及市政建设", ["城建办"], 5),
        row("医疗机构", ["文化站", "卫生院"], 6),
        row("特种设备", ["工商质监所", "安监站"], 7),
        row("网吧、KTV", ["文化站", "派出所工商质监所"], 8,
            note="「文化站 派出所工商质监所」: the second name is two bodies (派出所, 工商质监所) printed without the blank the "
                 "other cells have; kept as printed (as plans-next45 kept 「市经信局市新经济委」)"),
        row("景区(点)、文物设施、宗教场所、", ["生态办"], 9,
            note="the first cell ends with a stray 「、」; its brackets are part of the cell, not a number"),
        row("学校、幼儿园、午托部", ["文化站"], 10),
        row("林产品加工", ["林站"], 11),
        row("交通运输", ["超限站", "公路站", "交警六中队"], 12,
            note="three units in the cell; 交警六中队 keeps its number (a name, not a target)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各有关责任单位向镇安委会上报专项整治工作总结", "when": "每月26日前", "when_norm": "monthly (day 26)"}],
     notes=["12 leaves: the table's 12 rows (unnumbered, one 行业 a month). Round 25, answers aligned with seeds/EXPECTED.md "
            "lines 3–5 (convention 2: in a plan whose tasks name units, 工作要求 items that name no unit are not tasks): "
            "二/(一)–(三) name only kinds (各有关责任单位, 镇安委会有关成员单位), so they are no longer counted (was 15) "
            "and their three samples (12 checks) are gone; 3 accepted (only the numbered "
            "items (一)–(三), the table not read as tasks) and 4 (the table as one item 一、 plus (一)–(三)); 三、监督及考核 is "
            "cut in its first sentence and has no numbered child (a section)",
            "「一个月开展一个行业(领域)安全生产专项整治」 is the rhythm of the plan, not a target; the months are the rows' "
            "deadlines, not phases (no phase names)",
            "the last sentence of 二、 (「本计划未列出的…相关责任单位也要按照职责分工…」) is unnumbered: not a task"])

# ---------------------------------------------------------------------------------------------------------
plan(F02,
     title_note="NOT CHECKED: the page shows a forum post's heading 「乡镇食品安全工作计划范文」 (with 「2017」 above it), "
                "not the plan's own title; the text names itself inline: 「特制定 20XX 年度食品安全监管工作计划」 (the year "
                "masked, on a line of its own)",
     doc_no="", issuer="a town of 成都 (「我镇」, 「镇政府成立…」, 「大力推进成都市食品安全示范县创建工作」; not named)",
     date="(masked 「20XX」; the forum heading says 2017)", level="town (Sichuan, 成都's; not named)",
     source=page_source("https://m.pinggu.org/bbs/thread-13455056-1-1.html"),
     style="a forum's 范文 post: 「2017」, the post title, a one-sentence blurb run into the addressee line 「!各社区、政府"
           "有关部门:」, a preamble whose last words are split over three lines (「特制定 / 20XX / 年度…计划。」), 一、加强组织领导 "
           "(a leading group: named persons with posts, eight offices as members, its office in 安监办), 二、明确职责 (一) "
           "「安监办负责组织…」 cut with 「 ...」, two lines of blanks and 「附件列表」",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、加强组织领导"],
     samples=[
        S(["二", "(一)"], [], [], lead_alternatives=[["安监办"]],
          note="「(一)安监办负责组织食品经营、餐饮单位负责人 ...」: " + SUBJECT + "; 食品经营、餐饮单位负责人 are the objects of "
               "the work, not units; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发生食品安全等级事故时向市食品安全委员会报告", "when": "如发生食品安全等级事故", "when_norm": None}],
     notes=["1 leaf on the page: 二/(一) (cut); 0 without it; 一、加强组织领导 is a leading group with no numbered child ("
            + GOALS + ")",
            "罗健勇, 王锋, 何志宏 are persons (组长, 副组长), not units; the eight member offices (经济发展办 … 卫生院) are "
            "members of the group, not a task's units",
            "the duty: an event-driven report to 市食品安全委员会 (no date)"])

# ---------------------------------------------------------------------------------------------------------
plan(F03,
     title="xx镇2021年创建全国文明城市工作方案",
     title_note="line 7 (the text's title, place masked 「xx镇」); line 1 is the shop's heading 「乡镇2021年创建全国文明城市"
                "工作方案*」",
     doc_no="", issuer="a town (「xx镇」 of 「xx区」; masked)", date="2021 (the title); the shop's date 2022-05-22",
     level="town (masked)",
     source=page_source("https://gwydvip.com/article/7471.html"),
     style="a document shop's free preview: heading, a reads/price line, a disclaimer, the title, a preamble, 一、指导思想 "
           "cut by 「…………」, a withheld part (二、 is not shown), 三、主要任务 with a lead-in, (一) 1、 cut by 「…………」, (二) 1、 "
           "with a LABEL 「(责任单位:拆违控违办、各村、社区;责任人;xx)」 (a 「;」 where 「:」 is meant, the person masked) and 2、 "
           "cut, (三) not shown, (四) 1、 cut; blank lines between paragraphs",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["三", "(一)", "1"], [], [],
          note=PROSE + " (商户住户 are the objects); the text breaks off at 「严禁…………」 (withheld by the shop), so a label "
                       "that may follow is not on the page; 门前“三包” and 「自扫门前雪」 are names and a slogan; " + NODATE),
        S(["三", "(二)", "1"], [], ["拆违控违办", "各村", "社区"], targets=[(2, "次")],
          note="「(责任单位:拆违控违办、各村、社区;责任人;xx)」: " + RESP_ONLY + "; 「责任人;xx」 is a masked PERSON (a "
               "responsible individual), not a unit; 各村 and 社区 are kept as the label lists them; target: 每天清扫2次、"
               "垃圾清运2次 (2 次 a day, twice); 「三无标准」 is a name; " + NODATE),
        S(["三", "(二)", "2"], [], [], note=CUT + " (at 「…………」, before any label): " + PROSE + "; " + NODATE),
        S(["三", "(四)", "1"], [], [], note=CUT + ": " + PROSE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: 三/(一)/1, 三/(二)/1, 三/(二)/2, 三/(四)/1 (cut); 3 without the cut one; the parts behind "
            "「…………」 (二、, (一)'s later items, (三)) are not on the page and are not counted; 三、's lead-in paragraph is "
            "not an item",
            "第七届, 2021—2023年 (the 创建周期) and 十九届 are names and a period: no targets, no phases"])

# ---------------------------------------------------------------------------------------------------------
plan(F04,
     title="乡镇道路交通安全大整治百日行动工作方案",
     title_note="line 1 (after the site's category words 「交通安全工作方案」) and again at the start of line 3",
     doc_no="", issuer="a coastal town (「我镇」, 「边防所」, 「与沿海大通道连接的村口」; not named)",
     date="(not on the page; dates masked 「X月X日」; the site's path says 2020-04-14)", level="town (coastal; not named)",
     source=page_source("https://m.pc3329.com/gongwendaquan/qihuawenan/2020/0414/238147.html"),
     style="a 公文 site's page: category words and the title, the title again run into the preamble, 一、工作时间和目标。 "
           "(a run-in paragraph with masked dates and 「四个明显下降」), 二、整治重点。 run into 「(他)路面违法大整治。」 (a garbled "
           "「(一)」), the paragraph's last sentence on a line of its own (「城管执法部门要…」), (二), (三) cut",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、工作时间和目标。"],
     samples=[
        S(["二", "(他)"], [], [], lead_alternatives=[["镇道安办"]], **at(F04, "(他)"),
          note="path: 「(他)」 stands where (一) belongs (a conversion error on the page; (二)(三) follow); 「镇道安办要协调派出所、"
               "边防所等执法管控力量…」: " + SUBJECT + " (派出所、边防所 are the forces it coordinates; 城管执法部门 in the next "
               "sentence is a kind of body); " + NODATE + " (the window 「从X月X日起至X月X日」 is masked)"),
        S(["二", "(二)"], [], [], note=PROSE + " (「X等村」 masked villages as the subject); 「今年前两个季度」 describes the "
                                            "past: " + NODATE),
        S(["二", "(三)"], [], [], note=CUT + ": " + PROSE + "; 「三年以下低驾龄」 defines a group of drivers (a threshold, "
                                                          "not a target); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(他)=(一), 二/(二), 二/(三) (cut); 2 accepted (the garbled 「(他)」 not read as an item, or the cut "
            "item left out); 一、 is a run-in section of time and aims (" + GOALS + ")",
            "「百日行动」 and 「四个明显下降」 / 「两客一危一货」 are names: no targets; the action's window is masked (X月X日)"])

# ---------------------------------------------------------------------------------------------------------
GROUP = ("a working group as the item's head with a 「工作职责:」 label (三、任务分工): the group is the item's "
         "responsible body (" + HEAD + ")")
plan(F05,
     title="街道2024年应对新冠肺炎联防联控工作方案",
     title_note="the second title on the line, written with blanks 「街道 2024 年应对…工作方案」 (blanks do not count); the "
                "first, 「街道年应对新冠肺炎联防联控工作方案(推举)」, is the shop's heading with its year lost",
     doc_no="", issuer="a street office of a district (「经街道党工委、办事处讨论决定」, 「区街道」; not named)",
     date="2024 (the title)", level="street (not named)",
     source=page_source("https://www.xiaomilidoc.com/p-14024507.html"),
     style="the whole page on ONE LINE: the shop's title with 「(推举)」, the title with blanks, a preamble, 一、指导思想 (masked "
           "names 「******」), 二、组织机构 (a leading group with two named persons), 三、任务分工 1、综合协调组。 / 2、宣传组。 (cut), "
           "each followed by 「工作职责:」 and duties separated by 「;」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织机构"],
     samples=[
        S(["三", "1"], [], ["综合协调组"], lead_alternatives=[["综合协调组"]], **at(F05, "三、任务分工 1、"),
          note=GROUP + "; its daily collection of the communities' reports is a duty (see duties); " + NODATE),
        S(["三", "2"], [], ["宣传组"], lead_alternatives=[["宣传组"]], **at(F05, "2、"),
          note=GROUP + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每日梳理汇总社区上报的各类排查、隔离信息", "when": "每日", "when_norm": "daily"}],
     notes=["2 leaves: 三/1, 三/2 (cut); 1 without the cut one; 一、 and 二、 have no numbered children (" + GOALS + ")",
            "刘晓绪, 杨永亮 are persons (组长); 「四方责任」, 「五个凡是」, 「五个体系」 are names: no targets",
            "the duty: the 综合协调组's daily collection of the communities' 排查、隔离 reports"])

# ---------------------------------------------------------------------------------------------------------
plan(F06,
     title="2026年优秀乡镇信访工作计划",
     title_note="line 7 as printed (the document site's heading; 「优秀」 is the site's word, but it is the only title on "
                "the page; the text calls itself 「本年度信访工作计划」)",
     doc_no="", issuer="a town (「全镇」, 「镇信访办」, 12 行政村(社区); not named; uploaded in Sichuan)",
     date="2026 (the title); the site's date 2026-01-16", level="town (not named)",
     source=page_source("https://max.book118.com/html/2026/0115/5303312220013104.shtm"),
     style="document-site chrome as 「- 」 lines (counts, size, pages, date, 举报), the title, a preamble, 一、 (a heading "
           "sentence, then a lead-in paragraph) with 1. and 2. (run-in headings, dense figures and rhythms), 2. cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], lead_alternatives=[["镇信访办"]], targets=[(58, "个"), (1, "名")],
          not_targets=[(12, "个")],
          note="「每月25日由镇信访办牵头,组织派出所、司法所、农业农村服务中心等部门召开网格"
               "矛盾分析会」: " + SUBJECT + " (派出所、司法所、农业农村服务中心 are organised for the meeting, in the same "
               "sentence); targets: 58个基础网格 (the town is to be divided into 58), 1名 (one 网格员, one 包片干部, one 党员志愿者 "
               "per grid); 12个行政村(社区) is the town's present number of villages — a fact, not a target; 每日1次 / 每周1次 / "
               "每月25日 are rhythms (the monthly meeting is a duty, see duties), not deadlines: " + NODATE),
        S(["一", "2"], [], [],
          note=CUT + " (「联合农业农村服务中心每季度开展」): " + PROSE + " (联合 X names a partner in a sentence, no subject "
                     "unit); 「4+2」 is the mechanism's name; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "镇信访办牵头召开网格矛盾分析会,汇总形成《月度矛盾风险清单》", "when": "每月25日",
              "when_norm": "monthly (day 25)"}],
     notes=["2 leaves: 一/1, 一/2 (cut); 1 without the cut one; 一、's heading and its lead-in paragraph are not items",
            "「三位一体」, 「4+2」, 「红、黄、绿」 are names; 二十大 a name",
            "the duty: the monthly 网格矛盾分析会 (a coordination rhythm) and its 《月度矛盾风险清单》"])

# ---------------------------------------------------------------------------------------------------------
POST = ("a person's post (校长, 分管副校长) as the item's head: a post is not a unit (plans-dev 11 reads 分管局长负责 so): "
        "lead = [], responsible = []; the post accepted as lead")
plan(F07,
     title="学校全员安全工作责任制实施方案",
     title_note="in 【】 at the start of line 1, with the shop's page count 「(16页)」 (dropped); the preamble names it again "
                "in 《》",
     doc_no="", issuer="a school (「结合本校实际」; not named)", date="(not on the page; the site's path says 2025-08)",
     level="school (not named)",
     source=page_source("http://zixun.ndcgxx.cn/jxfw/202508/398891.html"),
     style="the title in 【】 run into the preamble; 一、指导思想 (a paragraph); 二、实施目标 1.–5. (one-line goals, 「1. 」 with a "
           "blank); 三、组织机构 (a leading group: 校长, 副校长, offices as members); 四、责任分工 with a lead-in and 1.–5. "
           "「X:负责…」 where X is a post (校长, 分管副校长) or an office (教务处, 德育处, 总务处); 5. cut",
     leaf_tasks=10, count_alternatives=[9, 5, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "三、组织机构"],
     samples=[
        S(["四", "1"], [], [], lead_alternatives=[["校长"]], note=POST + "; " + NODATE),
        S(["四", "2"], [], [], lead_alternatives=[["分管副校长"]], note=POST + "; " + NODATE),
        S(["四", "3"], [], ["教务处"], lead_alternatives=[["教务处"]],
          note="「3. 教务处:负责教学过程中的安全管理…」: " + HEAD + "; " + NODATE),
        S(["四", "4"], [], ["德育处"], lead_alternatives=[["德育处"]],
          note="「4. 德育处:负责学生日常行为规范教育…」: " + HEAD + "; " + NODATE),
        S(["四", "5"], [], ["总务处"], lead_alternatives=[["总务处"]],
          note="「5. 总务处:负责学校基础设施、水电、食堂、」: " + HEAD + "; " + CUT + " (its unit is before the cut); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves by the mechanical rule: 二/1–5 (goals) and 四/1–5 (5. cut); 9 without the cut item; 5 (四's items only: "
            "二、's items are goals, not tasks) and 4 (四's without the cut one) accepted; 二、's goals are not sampled",
            "一、 and 三、 have no numbered children (" + GOALS + "); 三、's members (教务处、德育处、总务处、保卫科) belong to the "
            "leading group, not to a task",
            "no dates, no figures: no targets, no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
plan(F08,
     title_note="NOT CHECKED: the page's title 「村委环境卫生整治方案」 (three times, and 「…方案1」) is the essay site's, and "
                "DISAGREES with the text: a city's 环境容貌综合整治 plan (「经市政府研究,决定在全市范围内深入开展环境容貌综合"
                "整治工作,制定本方案」), whose own title is not shown",
     doc_no="", issuer="a city government (「经市政府研究」, 「全市」; not named)", date="(not on the page; the site's date "
                                                                                       "2023-03-22)",
     level="city (not named)",
     source=page_source("https://www.wenshubang.com/fangan/3131031.html"),
     style="an essay site: 「方案」, the site's title, a date/投稿 line, a blurb, the title twice and 「…方案1」, a preamble, "
           "一、总体目标 (a paragraph), 二、主要任务 (一)整治环境卫生 1. 2., each item followed by a line 「责任单位:」 and lines "
           "「(1)城管局负责城区街道;」 「(2)交通局负责国道。」 (a unit with its area); 2.'s list cut; blank lines and two-blank "
           "indents",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["二", "(一)", "1"], [], ["城管局", "交通局"], targets=[(3, "次")],
          note="「责任单位:」 then 「(1)城管局负责城区街道;」 「(2)交通局负责国道。」: " + RESP_ONLY + " — each unit with its "
               "area (城区街道, 国道 are places, not units); the (1)(2) lines are the label's list, not sub-tasks; target: "
               "主街主路每天洒水3次以上; 「门前三包」, 「洗路降尘」 are names; " + NODATE),
        S(["二", "(一)", "2"], [], ["城管局"], lead_alternatives=[["城管局"]],
          note="「责任单位:」 then 「(1)城管局负责城区、城乡结合部道路」 — the page ends in the list: the one unit on the page "
               "is 城管局; " + ONE + "; the places listed (小街巷、城乡结合部、出入市口…) are not units; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一)/1, 二/(一)/2 (its unit list cut); 1 without the cut one; 3 accepted if the label's (1)(2) "
            "lines are read as numbered children (1/(1), 1/(2), 2/(1)); 一、总体目标 is a section (" + GOALS + ")",
            "「两级政府、三级管理」 names the management system: no target"])

# ---------------------------------------------------------------------------------------------------------
plan(F09,
     title="村庄环境整治工作方案",
     title_note="line 1 is the file name 「村庄环境整治工作方案.docx」; the text's title is run into its preamble on line 3 "
                "(after the shop's page marker 「1、」)",
     doc_no="", issuer="a town (「结合我镇实际」, 「全镇」; not named)", date="(not on the page; its goal is 「到2022年」)",
     level="town (not named)",
     source=page_source("https://taowenge.com/p-86313778.html"),
     style="a shop's text in three long lines, each starting with the shop's PAGE MARKER 「1、」「2、」「3、」 (not items); "
           "blanks inside words where the source's lines broke (「乡村振兴 战略」); 一、工作目标 run in; 二、整治内容 1.清理农村生活"
           "垃圾 (1)–(4) (standards to meet), then a label 「(牵头领导:责任部门:城管中队、各行政村)」 with the leader slot "
           "EMPTY, then 「.清理村内塘沟」 (its number 2 lost) (1)–(5), and its label cut 「(牵头领导:责任部门:」",
     leaf_tasks=2, count_alternatives=[1, 9], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "1"], [], ["城管中队", "各行政村"], **at(F09, "二、整治内容1."),
          note="「(牵头领导:责任部门:城管中队、各行政村)」 after (4): 牵头领导 is a slot for a LEADER (a person), left empty on "
               "the page — no lead; 责任部门 lists the responsible units: " + RESP_ONLY + "; the (1)–(4) before the label are "
               "the standards of 1. (one label for the whole item), so the item is the leaf; 日产日清 is a rule; " + NODATE),
        S(["二", "2"], [], [], **at(F09, "各行政村)."),
          note="path: the item's number is lost on the page (「).清理村内塘沟」); its label is cut 「(牵头领导:责任部门:」 before "
               "any unit: lead = [], responsible = [] (the label of 1. is not carried over); " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/1 and 二/2 (its number lost, its label cut); 1 without the cut one; 9 accepted if the standards "
            "(1)–(4) and (1)–(5) are read as the leaves; the page markers 「1、」「2、」「3、」 at the line starts are the "
            "shop's, not items",
            "「到2022年农村人居环境明显改善…」 quotes a higher-level 总目标 in the preamble: not a task deadline; 「四清一治一改」 "
            "is a name"])

# ---------------------------------------------------------------------------------------------------------
plan(F10,
     title="化工园区“零事故”安全生产月活动方案",
     title_note="line 12 without the collection's ordinal 「方案一:」; line 10 「工厂安全生产月活动方案(精选3篇)」 is the "
                "collection's title (and line 1 the file's)",
     doc_no="", issuer="「某沿海省级化工园区管委会」 (the 适用单位 line; not named)", date="(no year in the plan; the site's "
                                                                                     "date 2026-03-22)",
     level="chemical park (a province-level park's 管委会; not named)",
     source=page_source("https://max.book118.com/html/2026/0321/8020006054010055.shtm"),
     style="a document shop's preview of a 「精选3篇」 file: chrome as 「  • 」 bullets, the collection title, 「方案一:」 and "
           "the plan's title, an 适用单位 line, 一、目标与指标 1.–4. (rate goals with ≥; 「1.30天内」: the item number 1. "
           "before 30天), 二、组织与职责 1.–3. (「1办7组」, a dated filing 「名单5月25日前报园区备案」, 「园区应急管理局危化科7名"
           "公务员每人包保7家企业」), 三、时间排程 (T-day lines: five named weeks, no numbers), 四、 1. cut, then the shop's "
           "「您可能关注的文档 … 相关文档」",
     leaf_tasks=8, count_alternatives=[7, 4, 3], attachment_task_rows=0,
     childless_top_level_sections=["三、时间排程(T0为6月1日)"],
     samples=[
        S(["二", "1"], [], [],
          note="「园区安委会主任(管委会副主任)挂帅,下设“1办7组”」: organisation — a post heads it (a person, not a unit) and "
               "the office and seven groups are set up, not given a task here: " + PROSE + "; the duty phone number is masked; "
               + NODATE),
        S(["二", "2"], [], [], dl="5月25日前", skip_deadline=True,
          note="「企业层面:每家企业复制…名单5月25日前报园区备案」: 每家企业 is a kind of body: " + PROSE + "; the filing to the "
               "park by 5月25日 is a duty (see duties); " + YEAR + " (no year in the plan)"),
        S(["二", "3"], [], [], lead_alternatives=[["园区应急管理局危化科"]], targets=[(7, "家")],
          note="「园区应急管理局危化科7名公务员每人包保7家企业,担任“安全月督导员”」: " + SUBJECT + " (the section's only "
               "named unit with work); target: 7家 enterprises per official; 7名 is the section's staff, 「AB角」 a name; "
               + NODATE),
        S(["四", "1"], [], [], dl="5月25日", skip_deadline=True,
          note="「5月25日09:00园区“安全月”动员大会(线下+直播)」: " + CUT + "; " + PROSE + "; the meeting's day is 5月25日 — "
               + YEAR + " (no year in the plan); 「1.5月」: the item number 1. before the date (not 1.5)"),
     ],
     plan_targets=[{"number": 98, "unit": "%"}, {"number": 95, "unit": "%"}, {"number": 0.5, "unit": "条"},
                   {"number": 30, "unit": "%"}, {"number": 120, "unit": "万元"}],
     phases=[],
     duties=[{"what": "车间“安全月执行专员”名单报园区备案", "when": "5月25日前", "when_norm": None}],
     notes=["8 leaves by the mechanical rule: 一/1–4 (goals), 二/1–3, 四/1 (cut); 7 without the cut one; 4 (二's and 四's "
            "items only: 一、's are goals) and 3 accepted; 三、时间排程 has no numbered children (five schedule lines)",
            "plan targets in 一、: 隐患闭环率≥98%, 抽考合格率≥95%, 安全提案人均≥0.5条, 采纳率≥30%, 经济效益≥120万元; 「较上月提升8"
            "个百分点」 and 「“三零”」 (three zeros) are not asked; 47家企业, 1.8万人 in the 适用单位 line describe the park (facts, "
            "not targets)",
            "三、's five weeks (预热周 5月25–31日, 启动周 T0–T+6, 攻坚周 T+7–T+20, 巩固周 T+21–T+29, 总结表彰 T+30, T0 = 6月1日) are "
            "phases, but the plan gives no year, so they are not asked (phases = []); the T-day arithmetic gives 6月1–7日, "
            "6月8–21日, 6月22–30日, 7月1日",
            "the duty: the workshops' 执行专员 list to the park by 5月25日 (year not given, not normalised)"])

# ---------------------------------------------------------------------------------------------------------
plan(F11,
     title="黄湖镇创建国家卫生镇任务分解表",
     title_note="line 10 (and again after 「附件:」 on line 11, and at the start of line 12)",
     doc_no="", issuer="黄湖镇 (a town; province not stated; the shop's upload is dated 2018-01-03)",
     date="(not on the page; the shop's path says 2018-01-03)", level="town (黄湖镇; province not stated)",
     source=page_source("https://max.book118.com/html/2018/0103/147185920.shtm"),
     style="nine lines of the shop's rules as 「- N、」 bullets, 「查看更多」, the title, 「附件:」 with the title, then the TABLE "
           "FLATTENED INTO ONE LINE: the title, the header 「项目 负责领导 责任科室 工作内容(按照创建标准结合本镇实际) 完成时间」 and "
           "the first row 「爱国卫生组织管理 白洪森 社会事务办 主持创建工作日常事务;…;制定创建国家卫生镇工作实施方案」, cut before "
           "its 完成时间 cell",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["爱国卫生组织管理"], [], ["社会事务办"], lead_alternatives=[["社会事务办"]], **at(F11, "完成时间 "),
          note="the table's first row (path: its 项目 cell, the row has no number): 负责领导 白洪森 is a PERSON (the leader "
               "in charge), not a unit; 责任科室 社会事务办 is the responsible office: " + ONE + "; the row's 完成时间 cell is "
               "beyond the page: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: the one table row on the page; 0 accepted (a row cut before its last cell, or the flattened header "
            "line not read as a table)",
            "the row's three duties (主持…日常事务; 协调各职能组…; 制定…实施方案) are one cell, one task"])

# ---------------------------------------------------------------------------------------------------------
plan(F12,
     title="街道2022年防汛工作方案",
     title_note="the start of the one line, run into the preamble (「…防汛工作方案为切实做好…」); the street is masked "
                "「XX街道」 in the text",
     doc_no="", issuer="a street office (「XX街道」, 「街道党工委、办事处」) of a county on the 北汝河 (「我县」, 姜庄社区, "
                       "肖湾闸; masked)",
     date="2022 (the title)", level="street (masked; a county on the 北汝河, Henan by the river's name)",
     source=page_source("https://3366ai.com/p-33b1ff346cecb817.html"),
     style="the whole page on ONE LINE: title run into the preamble, 一、认清形势、高度重视 (prose with 一是…五是), 二、防汛工作"
           "总体要求 (prose), then 「今年各社区防汛的主要任务是:(一)北汝河堤段1、姜庄社区北汝河新堤段要加强管护,姜庄社区要组织好"
           "500人的抢险队伍,备足防汛物料:纤维袋2000条,木桩300根,…」 cut",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、认清形势、高度重视"],
     samples=[
        S(["二", "(一)", "1"], [], [], lead_alternatives=[["姜庄社区"]],
          targets=[(500, "人"), (2000, "条"), (300, "根"), (10000, "公斤"), (10, "把")], **at(F12, "北汝河堤段1、"),
          note="「姜庄社区北汝河新堤段要加强管护,姜庄社区要组织好500人的抢险队伍…」: " + SUBJECT + " (a named community as the "
               "subject; 肖湾闸 is a sluice, not a unit); targets: 500人 抢险队伍, 纤维袋2000条, 木桩300根, 梢料10000公斤, 大铁锤10把 "
               "(also 麻绳150公斤, 铁丝400公斤); 「汛前」 / 「汛期」 are seasons, not dates; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一)/1 (cut) — (一) and 1、 follow 二、's paragraph (「今年各社区防汛的主要任务是:」) with no "
            "new heading, so they sit under 二、; 0 without the cut one; 一、 is a section of situation (" + GOALS + ")",
            "一是…五是 in 一、 are prose enumerations of problems, not items"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x48_02", ["二", "(一)"], [], ["安监办"],
        "「安监办负责组织食品经营、餐饮单位负责人 ...」: the subject of 负责 is responsible, no lead (A alone accepted as lead); 负责人 are persons (rule 3)", alt=[["安监办"]], rule="2 and 3")
align30("x48_06", ["一", "1"], ["镇信访办"], ["镇信访办"],
        "「每月25日由镇信访办牵头,组织派出所、司法所、农业农村服务中心等部门召开网格矛盾分析会」: 「由A牵头」, lead and responsible A; the offices it organises for the meeting are not named as 配合 (rule 2's 「B、C配合」), the 网格员/包片干部 are persons")
# Round 61 (rul84): x48_07 三、组织机构 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: a group's
# set-up point that gives it work, governs, p61d-2) (README, round 61)
from aligned_rulings import align84  # noqa: E402

align84("x48_07", None, "「三、组织机构 成立学校安全工作领导小组,…领导小组下设办公室,负责日常安全工作的协调、监督和检查。」 (x48_07 三): a point that sets a group up and gives it or its office work by 负责 is a task naming none (rule 3); not sampled",
        "Tasks and counts, governs: round 57's x255_06 一/2, Round 83's x314_03 三 and Round 85's x320_04 二/(一) over the older answer's section (p61d-2); 三、组织机构 section → task, 10 → 11, 10 stays accepted",
        counts={"leaf_tasks": 11, "count_alternatives": [10, 9, 5, 4], "childless_top_level_sections": ['一、指导思想']})

write_collected(DIR)
