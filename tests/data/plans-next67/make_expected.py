# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next67/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by helper c66, round 26, after plans-next66; page openings of town and
county documents from outside Shanghai whose tasks carry units or dates on the page: 环境卫生 clean-up, 烟花爆竹, 种植结构
调整, 青贮玉米): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by
``locate`` / ``at_in`` of ../plans/expected_tools.py, or ``row`` below); every answer was written here by reading the
texts. Neither the parser nor the scorer was run on these plans by c66: the lead scores them once.

    python tests/data/plans-next67/make_expected.py tests/data/plans-next67
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    CUT,
    NODATE,
    ONE,
    S,
    align30,
    at_in,
    page_source,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)


def row(file, starts, nth=1):
    """Line (1-based) and first eight characters of the nth line that starts with ``starts`` (an unnumbered
    unit-headed or date-headed line)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, s in enumerate(lines) if s.strip().startswith(starts)]
    i = hits[nth - 1]
    return {"line": i + 1, "title_starts": lines[i].strip()[:8]}


PROSE = ("the unit or body opens the item as the subject of its sentence (「X要…」「X务必…」「X做好…」), with no label, colon or "
         "「由X负责」: a prose actor (plans-dev's rule; plans-next56 x56_02): lead = [], responsible = []")
NO_TITLE = "title not checked: the page starts below the title"

F01 = "x67_01_gaozhuang-zhen-2021-huanjing-weisheng-dazhengzhi-tongzhi.txt"
F02 = "x67_02_anju-zhen-2023-chunjie-yanhua-baozhu-anquan-guanli-fangan.txt"
F03 = "x67_03_chengde-xian-2017-zhongzhi-jiegou-tiaozheng-buchong-tongzhi.txt"
F04 = "x67_04_pengyang-2020-qingzhu-yumi-zhongzhi-jinji-tongzhi.txt"

# ---------------------------------------------------------------------------------------------------------
WINDOW = "the notice's window 「2021年6月23日-2021年7月1日」 (一、) is one period for all items, not the item's deadline"
ALIGN41 = ("aligned round 41: a campaign's span stated once for the whole action is a stage span for items with "
           "no date (CONVENTIONS round 37 rulings, Dates, targets; Round 41: a campaign's span, plans-next171 「一、检查时间 "
           "即日起至5月底」) — 「一、整治时间:2021年6月23日-2021年7月1日」 dates the undated items by its end 2021-07-01; was no deadline")
SPAN67 = dict(dl="2021年6月23日-2021年7月1日", dln="2021-07-01")
plan(F01,
     title_note=NO_TITLE + " (the page opens at the addressees 「各村委会:」; by its words a town's notice on a clean-up before 七一)",
     doc_no="", issuer="高庄镇人民政府 (西咸新区泾河新城, Shaanxi: the site and the 陕公网安备 footer)",
     date="2021-06-23 (the signature)", level="town (Shaanxi, 西咸新区 高庄镇)",
     source=page_source("http://jhxc.xixianxinqu.gov.cn/zwgk/tzgg/617cf372f8fd1c0bdc601f3d.html"),
     style="a town government page: addressees, preamble 「现将有关事宜如下:」, 一、整治时间:… and 二、整治重点:… as one-line "
           "sections, 三、整治任务: 1.–3. (no actor), 四、责任分工: 1.–3. (「由保洁公司负责…」, persons, 「乡村振兴办公室做好…」), the "
           "signature and date, blank lines and the site's 公安备案 footer 「陕公网安备⏎61042302000131号」",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、整治时间", "二、整治重点"],
     samples=[
        S(["三", "1"], [], [], **SPAN67, note="no actor; 「三堆」 is a name: no target; " + ALIGN41),
        S(["三", "2"], [], [], **SPAN67, note="「各村主次干道」 names where, not who: no unit; " + ALIGN41),
        S(["三", "3"], [], [], **SPAN67, note="no actor; " + ALIGN41),
        S(["四", "1"], [], ["保洁公司"], **SPAN67, lead_alternatives=[["保洁公司"]],
          note="「由保洁公司负责组织各村保洁人员…」: 「由X负责」 gives the item to X (plans-next56) — 保洁公司 is the town's cleaning "
               "company, named by its function (as a 城管队 is), not a plural kind (各村) or the town itself: responsible = "
               "[保洁公司], no lead named; " + ONE.replace("column", "sentence") + "; " + ALIGN41),
        S(["四", "2"], [], [], **SPAN67,
          note="「各包村干部、村干部,负责…」: persons (cadres), not units: lead = [], responsible = []; 「门前三堆」 is a name; "
               + ALIGN41),
        S(["四", "3"], [], [], **SPAN67,
          note="「乡村振兴办公室做好组织协调工作,对各村整治情况进行检查」: " + PROSE + " — the heading 四、责任分工 does not make "
               "the sentence's subject a label (no colon, no 「负责」); " + ALIGN41),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 tasks: 三/1.–3. and 四/1.–3.; 一、整治时间 and 二、整治重点 are one-line sections (time, scope), not tasks",
            "the window 2021年6月23日-2021年7月1日 is one period (not named phases; no phase checked); 61042302000131 is the "
            "site's 公安备案 number: no target"])

# ---------------------------------------------------------------------------------------------------------
PLAN02 = "安居镇2023年春节期间燃放烟花爆竹安全管理工作方案"
plan(F02,
     title=f"{PLAN02}（关于印发《{PLAN02}》的通知）",
     title_note="line 9 (the plan's title) or line 3 (the notice's title, under the issuer line 2): either is accepted",
     doc_no="安府发〔2023〕1号", issuer="重庆市铜梁区安居镇人民政府", date="2023-01-03 (the notice's date)",
     level="town (Chongqing, 铜梁区安居镇)",
     source=page_source("https://cqstl.gov.cn/jz/ajz_70782/zwgk_70755/fdzdgknr_70758/zcwj/202301/t20230128_11536872.html"),
     style="a town page: the number first, the issuer, the notice title, addressees, the cover sentence, signature, date, "
           "「(此件公开发布)」, the plan title, a preamble with the 条例's start date and five named streets, 一、目标任务 "
           "(prose), 二、组织领导 (a leading group: 镇长刘明, 周厚实, member units), 三、职责分工 with ONE UNIT-HEADED LINE naming "
           "two units 「安居镇派出所、七佛交巡警大队:负责…」 (cut at 「配合安居镇燃放」)",
     leaf_tasks=1, count_alternatives=[0, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、目标任务", "二、组织领导"],
     samples=[
        S(["三", "安居镇派出所、七佛交巡警大队"], [], ["安居镇派出所", "七佛交巡警大队"],
          note="a line headed by units and a colon 「X、Y:负责…」 is an item with them as responsible (unit-as-heading, "
               "plans-dev 12; as x66_01): two units, no lead named (the first is not taken as lead); 「配合安居镇燃放…」 is "
               "cut; " + CUT + "; " + NODATE,
          **row(F02, "安居镇派出所、七佛交巡警大队")),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task on the page: the unit-headed line under 三、职责分工 (cut); 0 without it; 2 accepted (二、组织领导 counted: it "
            "sets up the group and gives its office work)",
            "「于2019年2月1日起施行」 is the 条例's start date, not a deadline; 铜应急〔2022〕68号 and 安府发〔2023〕1号 are document "
            "numbers; the persons 刘明, 周厚实 lead the group: no units of an item"])

# ---------------------------------------------------------------------------------------------------------
STEP = ("an unnumbered paragraph headed by its date under 三、调减完成时限 (a list of dated steps) is an item, its path the "
        "date (as plans-next57 reads unnumbered rows); the step's actors are not named (乡镇 is what is adjusted): lead = [], "
        "responsible = []")
plan(F03,
     title="承德县人民政府办公室关于2017年农业种植结构调整任务指标的补充通知",
     title_note="line 3 (with blanks inside, squashed) and lines 9–13 (split over three lines)",
     doc_no="承县政办字〔2017〕8号", issuer="承德县人民政府办公室 (Hebei; 来源 县农业农村局)",
     date="2017-03-13 (the page's 发布时间)", level="county (Hebei, 承德市承德县)",
     source=page_source("http://www.cdx.gov.cn/content.jsp?code=11695"),
     style="a government page: breadcrumb, the title on one line with blanks inside, a 发布时间/来源/字体/打印 line, a long run of "
           "blanks before the number, the issuer and the title split over three lines, blank lines between all paragraphs, "
           "addressees, a preamble (3.99万亩, the changed 5.3万亩 goal, 承县政办〔2016〕9号), 一、压减重点区域 and 二、压减主要品种 "
           "as one-paragraph sections (二 indented with three blanks; five crop figures), 三、调减完成时限 with UNNUMBERED "
           "PARAGRAPHS HEADED BY THEIR DATES 「2017年3月,…」 and 「2017年4—5月,…」 (the second broken by a blank line and cut)",
     leaf_tasks=2, count_alternatives=[0, 1, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、压减重点区域", "二、压减主要品种"],
     samples=[
        S(["三", "2017年3月"], [], [], dl="2017年3月", dln="2017-03",
          note=STEP + "; the step's date is its deadline (a month: any day of it passes); 「十三五」 is a name",
          **row(F03, "2017年3月")),
        S(["三", "2017年4—5月"], [], [], dl="2017年4—5月", skip_deadline=True,
          note=STEP + "; 「2017年4—5月」 is a two-month span given as a 完成时限: its end (2017-05) or no deadline — not "
               "checked; the step runs over a blank line (「加强⏎⏎农业种植结构调整的…」) and is cut; " + CUT,
          **row(F03, "2017年4—5月")),
     ],
     plan_targets=[{"number": 3.99, "unit": "万亩"}, {"number": 0.8, "unit": "万亩"}, {"number": 0.9, "unit": "万亩"},
                   {"number": 1.1, "unit": "万亩"}, {"number": 0.6, "unit": "万亩"}, {"number": 0.59, "unit": "万亩"}],
     phases=[], duties=[],
     notes=["2 tasks: the dated steps under 三、调减完成时限 (the second cut); 1 without the cut step; 0 accepted (the reading of "
            "numbered leaves only: 一、二、三、 have no numbered children); 3 accepted (the three top-level sections read as "
            "tasks)",
            "plan targets: the 2017 goal 3.99万亩 (籽粒玉米 cut back) and 二's crop areas 0.8 / 0.9 / 1.1 / 0.6 / 0.59万亩 (「0.9 "
            "万亩」 has a blank before its unit); the earlier 2017—2018 goal 5.3万亩 is the one changed (not asked); 101线 and "
            "S254线 are road names, 承县政办〔2016〕9号 / 〔2017〕8号 document numbers: no targets"])

# ---------------------------------------------------------------------------------------------------------
YEAR04 = "the year 2020 from the preamble 「保质保量完成2020年全县12万亩青贮玉米种植任务」"
plan(F04,
     title_note=NO_TITLE + " (the page opens at the addressees 「各乡镇人民政府、相关部门单位:」; by its words a county's urgent "
                           "notice 「现就进一步做好青贮玉米种植面积落实工作紧急通知如下」)",
     doc_no="", issuer="彭阳县 (Ningxia; the county government's 县政府文件 column on pengyang.gov.cn; the issuing office is not "
                       "on the page)",
     date="2020 (the preamble's year; the page's address is dated 2020-10-09)", level="county (Ningxia, 固原市彭阳县)",
     source=page_source("https://www.pengyang.gov.cn/xxgk_13872/zc/wjfb/xzfwj/202010/t20201009_2251058.html"),
     style="a government page with no title: addressees, preamble (12万亩), 一、(一)–(三), 二、(一)–(四), 三、(一) (cut); the "
           "items OPEN WITH THEIR ACTOR as the sentence's subject 「(一)县农业农村局要…」「(二)各乡(镇)要…」「(三)种子管理、农业执法"
           "等部门,要…」; TWO DATED ITEMS 「(一)各乡镇务必于3月15日前…」「(二)县农业农村局务必于4月10日前…」",
     leaf_tasks=8, count_alternatives=[7], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], note="「县农业农村局要及时将…精神传达到乡村组三级组织」: " + PROSE + "; " + NODATE),
        S(["一", "(二)"], [], [], note="「各乡(镇)要…」: " + PROSE + " (各乡(镇) is also a kind); " + NODATE),
        S(["一", "(三)"], [], [], note="「县农业农村局要全面启动“北草南用”战略…」: " + PROSE + "; 「北草南用」 is a name; " + NODATE),
        S(["二", "(一)"], [], [], dl="3月15日前", dln="2020-03-15",
          note="「各乡镇务必于3月15日前全面完成青贮玉米种植面积落实任务,并将农户自筹款按时汇入农业农村局指定帐户」: " + PROSE
               + " (各乡镇 is also a kind); the deadline 3月15日前 in " + YEAR04),
        S(["二", "(二)"], [], [], dl="4月10日前", dln="2020-04-10",
          note="「县农业农村局务必于4月10日前完成青贮玉米种子采购,并及时发放到农户手中」: " + PROSE + "; the deadline 4月10日前 in "
               + YEAR04),
        S(["二", "(三)"], [], [], note="「种子管理、农业执法等部门,要鼓励…」: kinds of department (等部门): lead = [], responsible = []; "
          + NODATE),
        S(["二", "(四)"], [], [], note="「县农业农村局要及时制定青贮玉米栽培技术规程…」: " + PROSE + "; " + NODATE),
        S(["三", "(一)"], [], [], note="「县农业农村局务必落实好…包乡等工作机制…」: " + PROSE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[{"number": 12, "unit": "万亩"}],
     phases=[], duties=[],
     notes=["8 tasks: 一/(一)–(三), 二/(一)–(四), 三/(一) (cut); 7 without the cut item",
            "plan target: 全县 12万亩 青贮玉米 in the preamble",
            "the two dated items are dated by month and day; the year comes from the preamble"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x67_04", ["一", "(二)"], [], ["各乡(镇)"],
        "「各乡(镇)要…积极组织广大干部开展入户宣传、对比算账及技术服务等工作」: the subject of 组织＋verb (as round 29's x77_04) is responsible, no lead (A alone accepted as lead)", alt=[["各乡(镇)"]])
align30("x67_04", ["一", "(三)"], [], ["县农业农村局"],
        "「县农业农村局要全面启动“北草南用”战略,组织养牛大户、饲草配送中心和紫花苜蓿营销企业及时和东北部乡镇签订饲料订单」: the subject of 组织＋verb is responsible, no lead (A alone accepted as lead); the firms are those it organises", alt=[["县农业农村局"]])
# round 35 (p35c): answers aligned to tests/data/CONVENTIONS.md's "Round 35 rulings, written early" (Units), read at
# the item's text, never from parser output (README, "Round 35: answers aligned (p35c)")
from expected_tools import PLANS as _PLANS35  # noqa: E402


def _align35(file, path, resp, ruling, words):
    """One sample's units aligned: responsible ``resp`` in printed order, no lead (a single unit also accepted as the
    lead); the note starts 「aligned round 35: <ruling> — <words> (old → new)」."""
    s = next(s for p in _PLANS35 if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was = f"lead {s['lead']}, responsible {s['responsible']}"
    s["lead"], s["responsible"] = [], list(resp)
    s.pop("lead_alternatives", None)
    if len(resp) == 1:
        s["lead_alternatives"] = [list(resp)]
    s["note"] = (f"aligned round 35: {ruling} — {words} ({was} → lead [], responsible {list(resp)}); the earlier "
                 "reading: " + s.get("note", ""))

_align35('x67_01', ['四', '3'], ['乡村振兴办公室'], 'a heading that gives out work (CONVENTIONS round 35, Units: 职责分工／责任分工／工作分工／任务分工／职能分工／部门职责／管理职责／管理体制／管理责任, and 「明确部门职责」)',
         '「乡村振兴办公室做好组织协调工作,对各村整治情况进行检查」 under 四、责任分工: the heading labels the doers')

write_collected(DIR)
