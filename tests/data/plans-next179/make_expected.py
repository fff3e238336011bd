# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next179/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c179, round 41: eight page openings of plans from outside Shanghai — a 乡's
第六次人口普查 方案 (诗礼乡; chapter headings over 一、–九、, groups set up, a dated sending); a *镇's 2015 爱国卫生清洁运动
方案 (one run-on line, 「1、」 then 「1整治…」 with its brackets lost, CUT); a 街's 农村生活垃圾分类 实施方案 (a document site's
chunk numbers 「1、」「2、」, 三/(一)–(三) with 1名以上／1个以上, CUT); a county's 2020 厕所革命 行动计划 (traditional with
inline pinyin, headings at the ends of lines, no unit, CUT); 祁门县生态环境分局's 2019 六五环境日 活动方案 (a span 「2019年5月底至
6月初」, run-in headings with no subject, CUT); a masked 「__县」's 6·5 宣传活动 通知 (a 参加单位 field, ①–④, 各有关单位, CUT);
宜兴 环保局's 6·5 系列宣传活动 计划 (a table, one cell a line, 责任部门 column, CUT in row 9); a county's 无偿献血指导性计划 通知
(rate items, 工作要求, a 由 clause cut before its verb)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at`` where the
number is not at its line's start or the path starts with an unnumbered heading, ``row`` for table rows); every answer was
written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–41 are
cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these
plans by c179.

    python tests/data/plans-next179/make_expected.py tests/data/plans-next179
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a heading at a line's end, a run-on text) or whose path starts with an
# unnumbered chapter heading: the line where marker ends and the first eight characters after it, stopping at the line's
# end.
at = partial(at_line_in, DIR)


def row(file, n):
    """Line of row ``n`` of a table printed one cell a line after the line 「序号」 (plans-dev: a row is the line holding
    only its number), and the first eight characters of its next cell (the 时间 cell, as ``locate`` reads a row)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = lines.index("序号")
    while lines[i].strip() != str(n):
        i += 1
    j = i + 1
    while not lines[j].strip():
        j += 1
    return {"line": i + 1, "title_starts": lines[j].strip()[:8]}


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人, 主要负责人; round 36: hired persons)"
MASKED = "the year is masked or not on the page (「20__」「__月__日」, or no year printed): the deadline is not checked"
SPAN = ("round 36/37: an activity's span stated once for the whole action is a stage span, its end the deadline of items "
        "with no date of their own")
NO_TITLE = "title not checked: the page prints no title of its own (it opens at the preamble)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x179_01_shili-xiang-diliuci-renkou-pucha-fangan.txt"
H1 = "乡镇农村人口普查的目的和组织原则"
H2 = "人口普查的标准时间、对象和内容"
plan(X01,
     title="人口普查方案",
     title_note="lines 3 and 5, as printed (the site's headline and the piece's title)",
     doc_no="", issuer="诗礼乡 (a 乡; 「乡人民政府成立了诗礼乡第六次全国人口普查领导组」; county and province not named)",
     date="not shown (the census's standard time 「2010年11月1日零时」; the address holds 201003)",
     level="township (诗礼乡, province not named)",
     source=page_source("https://www.1mishu.com/article/xzgaoshou/gongzhuo/201003/585429.html"),
     style="a 范文 site's page: breadcrumb, the title twice, an UNNUMBERED chapter heading 「乡镇农村人口普查的目的和组织原则」 "
           "over 一、–五、 (groups set up and a dated sending 「务必于1月30日前成立,并上报乡普查办公室」; purpose; funds 「乡上相应"
           "安排专项经费」; publicity; 「乡人口普查领导组将抽调…加强对各村…指导」), a second chapter heading 「人口普查的标准时间、"
           "对象和内容」 over 六、–九、 (standard time, scope, 「户口登记地要采集相应信息」) — CUT at 「九、户分为」 (the same county "
           "template as plans-next171's x171_08, another body's text)",
     leaf_tasks=5, count_alternatives=[4, 8, 9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S([H1, "一"], [], [], skip_deadline=True, **at(X01, "一、"),
          note="round 34 (early): a childless point that gives work — 「…务必于1月30日前成立,并上报乡普查办公室」 — is a task; "
               "round 41 (continued): 「设置…领导小组…,分别负责…」 — the groups the item sets up are the subject, no unit (round "
               "35): 「各村委会的人口普查领导小组…分别负责本村人口普查的领导、组织和具体实施」 gives none; 「乡人民政府成立了…领导组,"
               "抽调了…组建…办公室」 — 成立／抽调／组建 are no rule-2 verbs (round 30's closed list; round 35: setting up); "
               "「各有关部门要…各司其职、通力协作、密切配合」 — 配合 with no doer (round 34); " + NONE + "; 「1月30日前」 has no "
               "year on the page (the plan's date is not printed; the census is 2010): " + MASKED),
        S([H1, "三"], [], [], **at(X01, "三、"),
          note="「乡上相应安排专项经费用于人口普查」 — a cost names a payer, not a doer (round 30; round 35): " + NONE + "; read as "
               "a task, the township's own work (round 34 early; round 40: items naming no unit that give work are tasks; the "
               "count 4 without it is accepted); " + NODATE),
        S([H1, "四"], [], [], **at(X01, "四、"),
          note="「各级普查机构要…积极做好人口普查的宣传工作」 — 做好 is no rule-2 verb outside a work heading (round 30; round "
               "34 widens it only under 职责分工 headings): " + NONE + "; " + NODATE),
        S([H1, "五"], [], [], **at(X01, "五、"),
          note="「乡人口普查领导组将抽调…工作人员,加强对各村及相关部门的政策和业务指导」 — the group set up in 一 may be a doer in "
               "later items (round 36), but 抽调 and 加强…指导 are no rule-2 verbs (round 30's closed list; 「A负责指导」 would "
               "be one); 各村及相关部门 are the objects of the guidance (rule 3): " + NONE + "; " + NODATE),
        S([H2, "八"], [], [], **at(X01, "八、"),
          note="「人口普查以户为单位,在现住地进行登记。不在户口登记地居住的,户口登记地要采集相应信息」 — an instruction 「要…」 "
               "(round 34 early: a task), read as one; 户口登记地 is a place, and 采集 no rule-2 verb: " + NONE + "; the "
               "count 4 without it is accepted (a rule of method); the 2010年11月1日 of 六 is the census's standard time, "
               "not this item's date: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各村委会的人口普查领导小组成立后上报乡普查办公室", "when": "1月30日前",
              "when_norm": None, "note": "round 35/36: a plan body's sending to another body of the plan is a duty; the "
                                         "year is not printed (2010 by the census), so no date is checked"}],
     notes=["5 leaves: 一, 三, 四, 五 (the first chapter's points that give work) and 八 (「户口登记地要采集…」); 二 states "
            "the census's purpose, 六 its standard time, 七 its scope, 九 (CUT at 「户分为」) a definition — general provisions "
            "(round 30/34), no tasks. Accepted: 4 (without 八), 8 and 9 (every numbered point on the page, round 30: a count "
            "that includes the general provisions is also accepted; 9 with the cut 九)",
            "paths put the unnumbered chapter heading first (plans-dev 11's convention; plans-next171 x171_08); the numbers "
            "一、…九、 run on across the two chapters",
            "no item names a unit (every body acts with a verb outside rule 2's list, or is a group the plan sets up)",
            "「根据县上安排,,结合实际」: the double comma is the page's"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x179_02_zhen-2015-aiguo-weisheng-qingjie-yundong-gongzuo-fangan.txt"
plan(X02,
     title_note="title not checked: the page's one line opens 「爱国卫生运动工作方案各村、镇直有关单位:…」 with the heading "
                "glued to the addressees; the document names itself 「*镇2015年爱国运动卫生清洁运动工作方案」 in the preamble",
     doc_no="", issuer="a 镇 (masked 「*镇」; addressees 「各村、镇直有关单位」; 「根据县爱国卫生清洁运动工作方案」)",
     date="2015 (「*镇2015年…工作方案」; 十八届四中全会 → late 2014 or 2015)", level="town (a 镇, masked 「*」)",
     source=page_source("https://m.wenke99.com/p-4746544.html"),
     style="a document site's preview as ONE LINE with no line breaks: the title glued to the addressees, the preamble, "
           "一、指导思想, 二、活动主题, 三、目标任务 「1、全面开展集中整治」 with a lead-in naming the 「四大工程」 (到2015年底 "
           "满意率达80%以上), then 「1整治生活垃圾,推进乡村环境整治工程。」 — the first of the four 工程, its brackets lost "
           "— CUT inside it (「无“四堆”(柴堆、」); a short excerpt (1,330 bytes)",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题"],
     samples=[
        S(["三", "1", "1"], [], [], dl="到2015年", dln="2015", **at(X02, "满意率达80%以上。1"),
          note=CUT + "; round 34: numbers running in order inside one paragraph are items — 「1、全面开展集中整治」 is 三's item 1, "
                     "its lead-in 「镇、村以“四大工程”建设为突破口…」 names four 工程 and 「1整治生活垃圾,推进乡村环境整治工程。」 "
                     "is the first of them, a lower-level item whose brackets 「(1)」 the page lost (round 37: a lost number is "
                     "an item) — RULING? a reader who takes the bare 「1」 as text keeps 三/1 as the one leaf (the count is 1 "
                     "either way); " + NONE + " (「积极推动…」「对镇、村主要街(巷)进行硬化…」 have no subject; 进行 is not 实施, "
                     "round 37); 「到2015年,全镇建立比较完善的…体系」: the item's own date, the year 2015 (round 34: 「年内」 is "
                     "the plan's year; here the year is written)"),
     ],
     plan_targets=[{"number": 80, "unit": "%"}], phases=[], duties=[],
     notes=["1 leaf on the page: 三/1/1 (CUT); 一、指导思想 and 二、活动主题 are sections; 三/1 has the lead-in and its first "
            "工程 item; either reading gives 1 task",
            "plan target: 「到2015年底,群众对环境卫生状况满意率达80%以上」 in 三/1's lead-in (以上, round 30's line), a goal of the "
            "section, not of the leaf",
            "「六大发展」「三个方案」「四大工程」「四堆」 name programmes, not targets; 「*」 masks the town's name"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x179_03_jie-nongcun-shenghuo-laji-fenlei-shishi-fangan.txt"
plan(X03,
     title_note="title not checked: the site's file name 「(实用)农村生活垃圾分类最新实施方案.doc」 heads the page; the "
                "document's title 「农村生活垃圾分类实施方案」 is glued to the site's chunk number 「1、」 and to the preamble",
     doc_no="", issuer="a 街 (街道; 「我街」「根据街道建立…」「定期到街上参加人员培训」; not named)",
     date="2020 (「2020年市生活垃圾分类处置工作行动方案」, 「截至2020年底」)", level="street (a 街道, not named)",
     source=page_source("https://www.xinwenku.com/p-77344.html"),
     style="a document site's preview: the file name, the site's sharing line, then the plan run on under the site's chunk "
           "numbers 「1、」「2、」 (the second inside 二、工作目标: 「截至2020年底,农村生活垃圾分类\\n2、村的居住范围达60%以上」): "
           "一、指导思想, 二、工作目标 (three 60%以上), 三、主要任务 (一)–(三) with run-in headings, 「各(村)居要…」「街道要设置1个"
           "以上有规模」 — CUT; the site's 配套讲稿 lines after",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "(一)"], [], [], **at(X03, "(一)"),
          note="「各(村)居要按照…统一布局,制定好…规划,…增加…投资,及时召开…动员会议,…有序开展…」 — 制定／增加／召开 (no 组织)／"
               "开展 (no 组织) are no rule-2 verbs (round 30's closed list): " + NONE + "; the heading 「建立和完善工作机制」 runs "
               "into its text (round 35: run-in headings); " + NODATE),
        S(["三", "(二)"], [], [], targets=[(1, "名")], **at(X03, "(二)"),
          note="「各(村)居要配备1名以上垃圾分类讲师」 — 配备 no rule-2 verb; 「各(村)要部署专职人员,专门负责收集…」 — the subject of "
               "负责 is 专职人员 (" + PERSON + "); 部署 no rule-2 verb: " + NONE + "; 「1名以上」 — 以上 (round 30's line): 1 名; "
               + NODATE),
        S(["三", "(三)"], [], [], targets=[(1, "个")], **at(X03, "(三)"),
          note=CUT + "; 「街道要设置1个以上有规模[…]」 — 设置 no rule-2 verb (round 35: 设 is none): " + NONE + "; 「1个以上」 — "
                     "以上: 1 个 (the count and its unit are on the page; the noun is cut); " + NODATE),
     ],
     plan_targets=[{"number": 60, "unit": "%"}], phases=[], duties=[],
     notes=["3 leaves: 三/(一)–(三) ((三) CUT); 一、指导思想 and 二、工作目标 are sections (round 34: a childless 工作目标 section "
            "stays a section where the work sits in numbered items)",
            "the two 「1、」「2、」 at line starts (lines 3, 4) are the site's chunk numbers (round 40: chrome), the second inside "
            "二's sentence 「农村生活垃圾分类[覆盖]村的居住范围达60%以上」",
            "plan target: 60 % (「达60%以上」 three times in 二、工作目标: coverage, 识别率, 投放准确度); 「截至2020年底」 dates the "
            "goals only (no item date)",
            "「建村20xx411号」「行政信函2020 10号」 are document numbers (the page lost their brackets), not targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x179_04_xian-2020-cesuo-geming-xingdong-jihua-gongzuo-anpai.txt"
plan(X04,
     title="2020年廁所革命行動計(jì)劃工作安排",
     title_note="line 2, as printed, the site's inline pinyin 「(jì)」 kept (round 39: kept as printed)",
     doc_no="", issuer="a county (「我縣」「全縣」; 「根據省、市統一部署」; not named; 「根據x精神」 masked)",
     date="2020 (the title)", level="county (not named)",
     source=page_source("http://004km.cn/fanwen/jihua/e9583e59a619a8f4.html"),
     style="a 范文 site's page in traditional characters with the site's inline pinyin 「計(jì)劃」「實(shí)」: a read count 「2343」, "
           "the title, a preamble, 一、總體要求 (childless), 二、行動思路 with a lead-in 「加快實施“五大攻堅行動”:」 over (一)–(三), "
           "(二) and (三) AT THE ENDS OF LINES (「…形成全縣一張藍圖。(二)全面建改行動。」) with their text on the next line — CUT "
           "in (三) (「使用環(」); no unit is named anywhere",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、總體要求"],
     samples=[
        S(["二", "(一)"], [], [],
          note="round 35: run-in headings 「(一)統籌規劃行動。」 with the text below; a plan that names no units at all: every "
               "numbered leaf is a task (plans-dev 08); 「統籌各部門專項行動」 has no subject and 統籌 is no rule-2 verb: " + NONE
               + "; 「x+x」 is masked, no target; the plan's year 2020 is in its title only (round 38: a period printed only in "
               "the title dates nothing): " + NODATE),
        S(["二", "(二)"], [], [], **at(X04, "(二)"),
          note="the heading stands at the end of line 9, its text on line 10 (the page's layout; the item is (二) as numbered); "
               "「按照省衛計、質監等部門制定的無害化廁所標準…建設改造」 — bodies inside a noun's description are no doers (round "
               "30): " + NONE + "; " + NODATE),
        S(["二", "(三)"], [], [], **at(X04, "(三)"),
          note=CUT + "; the heading at the end of line 10, its text on line 11; 「全面提升我縣廁所衛生條件」 has no subject: "
                     + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 二/(一)–(三) ((三) CUT); 一、總體要求 is a section; the lead-in counts five 行動 (only three "
            "are on the page)",
            "「2343」 on line 1 is the site's read count (chrome); 「四個一批」「五大攻堅行動」 name programmes, not targets",
            "the page's inline pinyin follows characters on most lines (「落實(shí)」); the text is kept as the tool gave it"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x179_05_qimen-2019-liuwu-huanjingri-huanbao-xuanchuanzhou-huodong-fangan.txt"
DL05 = dict(dl="2019年5月底至6月初", dln="2019-06")
plan(X05,
     title="“六·五”世界环境日暨环保宣传周活动方案",
     title_note="line 1, as printed",
     doc_no="", issuer="祁门县生态环境分局 (Anhui, 黄山市; named in the preamble)", date="2019 (「2019年6月5日」; the page is "
     "dated 2019-10-24)", level="a county bureau's own (祁门县生态环境分局, Anhui)",
     source=page_source("http://m.feic31.com/gongzuofanwen/48637.html"),
     style="a 范文 site's page: title, the site's date line, a preamble naming the organiser 「祁门县生态环境分局…组织开展2019年"
           "祁门县“六·五”环保宣传周活动」, 一、活动时间 「2019年5月底至6月初」, 二、活动内容 (一)–(六), each a heading line "
           "(「(二)组织开展全县绿色学校环保主题宣传活动」) over one paragraph with no subject; (一) dated 「6月5日」 — CUT in (六)",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、活动时间"],
     samples=[
        S(["二", "(一)"], [], [], dl="6月5日", dln="2019-06-05",
          note="「6月5日,在中心城区举行广场环保咨询宣传活动」 — no subject: " + NONE + "; the preamble's organiser (「祁门县生态"
               "环境分局…组织开展…活动」) gives units to no item (round 40: a plan's preamble; round 41: a field stated once for "
               "the whole event); the item's own day wins over the span (round 37): 2019-06-05"),
        S(["二", "(二)"], [], [], **DL05,
          note="round 41: a run-in heading 「组织开展全县绿色学校…活动」 with no subject gives no doer; 「陆续组织开展环保知识进学校」 "
               "has none either: " + NONE + "; " + SPAN + " — 「2019年5月底至6月初」: 2019-06"),
        S(["二", "(四)"], [], [], **DL05,
          note="「组织学生代表参观…」 — 组织 with no subject (round 41: no doer; 学生代表 are persons): " + NONE + "; " + SPAN
               + ": 2019-06"),
        S(["二", "(五)"], [], [], **DL05,
          note="「联合农工党祁门总支开展…」「联合农工党祁门总支走进小路口镇胜利村开展…,组织医生义诊」 — 联合 with no subject names no "
               "doer (round 41: 「紧密联合A、B等部门,协同推进…」 with no subject); the partner is no unit without a doer (round "
               "34: 配合 needs a doer, and so does 联合): " + NONE + "; 小路口镇胜利村 is a place; " + SPAN + ": 2019-06"),
        S(["二", "(六)"], [], [], **DL05,
          note=CUT + "; 「配合农工党黄山市委、市局进乡村开展…」 — an item whose only verb is 配合 names no doer (round 34): "
                     + NONE + "; " + SPAN + ": 2019-06"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 二/(一)–(六) ((六) CUT); 一、活动时间 is the activity's span (a section), not a phase (no 实施步骤 stages)",
            "「第5个世界环境日」 is an ordinal, not a target; 「2019-10-24」 is the site's date",
            "no item names a body as its doer: the organiser is named once, in the preamble"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x179_06_xian-liuwu-shijie-huanjingri-xuanchuan-huodong-tongzhi.txt"
BUREAUS = ["环保局", "教育局", "水利水电局", "经济科技信息化和商务粮食局", "林业局", "国土资源局", "交通运输局",
           "卫生和计划生育局", "畜牧水产局", "司法局", "住房和城乡规划建设局", "农业局", "安全生产监督管理局"]
plan(X06,
     title_note=NO_TITLE,
     doc_no="", issuer="a county (masked 「__县」; 「经县政府同意」; 国家生态文明建设示范县 创建)", date="masked (「20__年」; the "
     "theme 「改善环境质量,推动绿色发展」 is 2016's)", level="county (masked 「__县」)",
     source=page_source("https://haog.cn/wenku/vccb/OgpP7bdvgL"),
     style="a 文库 page opening at the notice's preamble (no title): 一、活动时间 (masked 「__月__日-__月__日」), 二、活动主题, "
           "三、活动形式 (一)自主宣传。 (二)媒体宣传。 (三)集中宣传。 — (三) with the fields 「1.参加单位:」 (thirteen bureaus) and "
           "「2.活动要求:」 ①–④ (「各单位组织2-3名工作人员…」「每个单位设置宣传展板3-5块」「城市管理和行政执法局做好…」), 四、工作"
           "要求 (一) 「各有关单位要…」, (二) CUT; the page's own 「\"」 quotes (ASCII)",
     leaf_tasks=5, count_alternatives=[1, 8, 9], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间", "二、活动主题"],
     samples=[
        S(["三", "(一)"], [], [], skip_deadline=True,
          note="「各乡镇和有关单位在本辖区、本单位设立宣传点,采取…形式,开展环保宣传活动」 — 设立／采取／开展 (no 组织) are no "
               "rule-2 verbs (round 30's closed list; 有关单位 is a general call anyway, round 33): " + NONE + "; the "
               "activity's span 「__月__日-__月__日」 is masked: " + MASKED),
        S(["三", "(二)"], [], [], skip_deadline=True,
          note="「县电视台、政府门户网站、手机报等媒体,开设专栏宣传…」 — 开设 no rule-2 verb: " + NONE + "; " + MASKED),
        S(["三", "(三)"], [], BUREAUS, targets=[(2, "名"), (3, "块")], skip_deadline=True,
          note="round 35: field blocks — numbered lines that are the fields of one item (「1.参加单位:」 「2.活动要求:」) are that "
               "item's fields: (三) is one task and its units line lists its bodies; 「参加单位」 (the units that take part and "
               "each set up a stall, ①②) read as the item's units label (rule 1; round 35 names 承办单位／责任单位 lines) — "
               "RULING? a reader who keeps 参加单位 as participants (no label) answers responsible [] (and, reading ①–④ as "
               "items, 8 or 9 tasks, accepted); names split on 、, each whole (「经济科技信息化和商务粮食局」「卫生和计划生育局」"
               "「住房和城乡规划建设局」: round 35, 和 inside one body's name); lead [] (no 牵头); 「2-3名工作人员」「宣传展板3-5块」 "
               "— a range read at its lower edge (round 32): 2 名, 3 块; 「8:30-11:00」「8:30前」 are clock times (not "
               "targets); 「20__年6月3日」 — the year masked: " + MASKED),
        S(["四", "(一)"], [], [], skip_deadline=True,
          note="round 39: a 工作要求 section whose items give work is the plan's work (tasks; round 40: the count 1 without "
               "the items naming no unit is accepted); 「各有关单位要高度重视,加强…组织领导,…制定…实施方案,…扎实开展活动」 — "
               "有关单位 is a general call (round 33: no kind, no doer), and 组织领导 is a noun (组织 with no work after it, "
               "round 41): " + NONE + "; " + MASKED),
        S(["四", "(二)"], [], [], skip_deadline=True,
          note=CUT + "; 「各有关单位要落实本级本单位宣传活动任务」 — 落实 is a rule-2 verb, but 各有关单位 is a general call (round "
                     "33: 有关单位／各单位 name no kind; the label rule keeps 「各有关单位」 only in a unit column, round 37): "
                     + NONE + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 三/(一)–(三) ((三) one task with its fields 1. and 2., round 35) and 四/(一)–(二) ((二) CUT); 一、活动时间 "
            "and 二、活动主题 are sections. Accepted: 1 (only (三) names units: round 40, a count without the items naming no "
            "unit), 8 (①–④ read as items of 2.活动要求, 1. a field) and 9 (1. a leaf too) — RULING? (see README)",
            "「20__年」「__月__日」「生态__」「__县」 are the page's masks; the ASCII quotes 「\"6·5\"」 are the page's",
            "①「各单位组织2-3名工作人员…」: 各单位 is a general call (round 33) even with 组织＋work; ③ 「县广播电视台、政府网站对…进行"
            "宣传报道」 (进行 is not 实施, round 37); ④ 「城市管理和行政执法局做好…协调等工作」 (做好 outside a work heading) — under "
            "reading 8/9 none of ①–④ names a unit by rule 2"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x179_07_yixing-liuwu-shijie-huanjingri-xilie-xuanchuan-huodong-jihua.txt"
COL = ("a row of the plan's table (「序号 | 时间 | 内容 | 任务与要求 | 地点 | 责任部门」, one cell a line): responsible = the "
       "责任部门 cell (CONVENTIONS rule 1, a table column; the 地点 cell is a place, not a unit); the table is the whole plan, so "
       "the row's path is its number (no 附件 line and no section above it)")
NOYEAR = ("the year is not printed (the site's 「时间:2022-04-27」 is its upload date; the address holds 200704, 2007 by "
          "the 6·5 themes): the deadline is not checked")


def R07(n, resp, note="", **kw):
    if len(resp) == 1:
        kw["lead_alternatives"] = [list(resp)]
        note = (note + "; " if note else "") + ONE
    return S([str(n)], [], list(resp), skip_deadline=True, note=COL + "; " + note + "; " + NOYEAR, **row(X07, n), **kw)


plan(X07,
     title="“6•5”世界环境日系列宣传活动计划方案",
     title_note="line 1, as printed (「6•5」 with the bullet •; the cells print 「6·5」)",
     doc_no="", issuer="宜兴市环保局 (Jiangsu; 「以团市委和环保局名义」「在《宜兴日报》刊登」「宜城镇(茶西社区居委)」, 「局六楼会议室」)",
     date="not shown (the site's date 2022-04-27; the address holds 200704)",
     level="a city bureau's own (宜兴市环保局, a county-level city in Jiangsu)",
     source=page_source("https://gwyoo.com/article/shuzhibaogao/jhgh/200704/85165.html"),
     style="a 范文 site's page: the title, the site's time and 导语 lines, then the plan as ONE TABLE printed one cell a line "
           "(序号 / 时间 / 内容 / 任务与要求 / 地点 / 责任部门), rows 1–9 dated 「4月底至5月底」…「6月5日」 with no year, 责任部门 "
           "cells with section brackets 「环保局(宣)」「环保局(宣教科、监察大队信息中心)」「环保局(办、宣)」 — CUT in row 9's "
           "任务与要求 cell 「文稿于5月底报」",
     leaf_tasks=9, count_alternatives=[8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        R07(1, ["团市委", "教育局", "环保局(宣)"],
            note="a bracket after a name stays with it (round 34: 「外滩风景办（执法部门）」): 环保局(宣); 「各组织单位」 is the "
                 "地点 cell; 「4月底至5月底」"),
        R07(2, ["环保局(宣教科、监察大队信息中心)"],
            note="「环保局(宣教科、监察大队信息中心)」 kept whole as printed: the bracket names the bureau's own sections doing "
                 "the row (round 34: a bracket after a name stays with it), not the bodies a kind stands for (round 37's "
                 "「各化工园区（A、B、C）」, dropped) — RULING? a reader who drops the bracket answers 环保局, one who splits "
                 "it answers 宣教科, 监察大队信息中心; 「环境信息中心」 is the 地点 cell"),
        R07(4, ["环保局(宣)", "各相关单位"],
            note="「环保局(宣)及各相关单位」 — 及 joins two names (round 34); in a unit column the label rule keeps 「各有关单位」 "
                 "(round 37), so 各相关单位 stays; 「各镇、环科园、各“创绿”单位」 is the 地点 cell (where the posters go), "
                 "not units; lead [] (no 牵头)"),
        R07(5, ["环保局(宣)", "报社"],
            note="「宜兴日报」 is the 地点 cell; 报社 a body as printed; lead [] (no 牵头)"),
        R07(7, ["环保局(办、宣)"],
            note="「环保局(办、宣)」 kept whole (the bureau's offices in a bracket, as row 2) — RULING? (as row 2); 「组织部分"
                 "企业主」 — the row's unit comes from its column (rule 1)"),
        R07(8, ["环保局(宣)", "宜城镇(茶西社区居委)"],
            note="「宜城镇(茶西社区居委)」 — a bracket after a name stays with it (round 34: 「街镇（高新区）」); 「各相关单位」 "
                 "is the 地点 cell; lead [] (no 牵头); 「6月4日上午」"),
        R07(9, [],
            note=CUT + " — the page ends inside the 任务与要求 cell 「文稿于5月底报」: no 地点 or 责任部门 cell on the page, lead "
                       "[], responsible [] (a name the page cuts off is dropped, round 36); 「市长署名文章」 names a person's "
                       "article (" + PERSON + ")"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 rows (row 9 CUT in its fourth cell); 8 accepted (row 9 read as no task on the page)",
            "row 3's 「历时1个月」 is a duration with no comparison word: no target; no other figures",
            "rows 6 and 7 share 「6月3日」; row 5's 「6月初」; no year anywhere on the page",
            "row 9's 「文稿于5月底报[…]」 is the row's own step (a draft for the newspaper), not a reporting duty"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x179_08_xian-wuchang-xianxue-zhidaoxing-jihua-tongzhi.txt"
plan(X08,
     title="无偿献血指导性计划通知",
     title_note="lines 3 and 5, as printed",
     doc_no="", issuer="a county (「经县人民政府研究」「我县」「县休闲广场」; 「驻汉企业」「驻汉部队」 suggest a place abbreviated "
     "汉; not named)", date="not shown (the year is blank in 「现将年无偿献血指导性计划」; the address holds 201205)",
     level="county (not named)",
     source=page_source("https://www.1mishu.com/article/lidaojianhua/btts/201205/736450.html"),
     style="a 范文 site's page: breadcrumb, the title twice, a preamble with the year left blank 「现将年…」, 一、指导计划确定的"
           "原则 (一)–(三) (quota rates 25—30%, 30%, 献血1次), 二、工作要求 (一)–(三) with run-in headings (「全县各单位、各部门要"
           "安排专人负责组织…」「全县各医疗机构要…」), 三、采血地点及时间安排 (a childless point: 「每月10日、20日、30日市中心血站派车"
           "来采血」「单位献血人数在20人以上的可提前2天…」「全年任务分6月和10月两阶段完成,具体时间由无偿献血领导小组办公室另行」) — "
           "CUT there",
     leaf_tasks=4, count_alternatives=[1, 3, 7], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二", "(一)"], [], [],
          note="round 39: 工作要求 items that give work are tasks (round 40: the count 1 without the items naming no unit is "
               "accepted); 「全县各单位、各部门要安排专人负责组织本地、本单位的无偿献血工作」 — the subject of 负责组织 is 专人 ("
               + PERSON + "), 安排 is no rule-2 verb, and 各单位 is a general call (round 33; 「各部门要加强…」 round 30): "
               + NONE + "; " + NODATE),
        S(["二", "(二)"], [], [],
          note="「全县各医疗机构要严格掌握输血指征,坚持…,大力推广成份输血」 — 各医疗机构 is a kind, but 掌握／坚持／推广 are no rule-2 "
               "verbs (round 30's closed list): " + NONE + "; " + NODATE),
        S(["二", "(三)"], [], [],
          note="「要把做好本单位的无偿献血工作作为…一件大事来抓,单位领导、党团员和青年骨干要带头」 — no body named; persons ("
               + PERSON + "): " + NONE + "; " + NODATE),
        S(["三"], [], ["无偿献血领导小组办公室"], lead_alternatives=[["无偿献血领导小组办公室"]], targets=[(20, "人")],
          skip_deadline=True,
          note=CUT + "; round 36: a childless top-level point that gives work to a doer by rule 2 is a task in a document of "
                     "numbered items too; " + R2 + ": 「具体时间由无偿献血领导小组办公室另行[…]」 — 由A＋a verb lost to the cut "
                     "(round 39: a 由 clause whose verb is lost to the cut still names its doers): 无偿献血领导小组办公室 as printed; "
                     "「市中心血站派车来采血」 — 派车 no rule-2 verb; 「可提前2天与县无偿献血领导小组办公室[联系]」 — an option and a "
                     "liaison (round 34, round 38); " + ONE + "; 「单位献血人数在20人以上的」 — 以上 in a condition that triggers a "
                     "step (round 30's line; round 40): 20 人 (「提前2天」 has no comparison word); 「全年任务分6月和10月两阶段完成」 "
                     "— the latest date 10月 (round 34), but the plan's year is blank on the page: " + MASKED
                     + "; 「每月10日、20日、30日」 is a collection rhythm, not a deadline (round 34)"),
     ],
     plan_targets=[{"number": 25, "unit": "%"}, {"number": 30, "unit": "%"}], phases=[], duties=[],
     notes=["4 leaves: 二/(一)–(三) and 三 (a childless point with a 由 clause, CUT). 一's (一)–(三) are a list of rates (round 36: "
            "text; round 38: numbered rate items under a point are a list of rates, their rates the policy's own — plan targets "
            "where the list is no task): 「25—30%」 read at its lower edge (round 32): 25 %, and 30 %; 「献血1次」「每两年献血1次」 "
            "are norms with no comparison word (not targets). Accepted: 1 (only 三 names a unit, round 40), 3 (without 三) and 7 "
            "(一's three rate items read as tasks)",
            "「驻汉」 and the blank year 「现将年…」 are the page's; 「(节假日除外)」 is an exception to the rhythm"])

write_collected(DIR)
