# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next14/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 15 (built by corpusS): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or by
``at_after`` below, which calls expected_tools.at_in, for t03, whose plan is the 附件 after a cover numbered 一、–三、 too,
and t10, three attached plans numbered alike);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next14/make_expected.py tests/data/plans-next14
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    ONE,
    S,
    at_in,
    plan,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

PROSE = ("no unit is named for the item as a label (the actors in the text act in sentences): lead = [], responsible = []")
PERIOD = ("no date in the item (the plan's period is in its title only): whether the item takes the period's end is a "
          "reading, so the deadline is not checked")
RESP = "「（责任单位：…）」 at the end of the item: a responsible list, no lead named; split on 、"
LEAD = ("「（X牵头，Y结合实际落实）」: X is the lead (as the issue's （X牵头，Y参与）), responsible = X and Y as printed "
        "(各区有关部门 / 相关区有关部门 a group)")
DUTY = ("「（A、B…等按职责分工负责，…）」: a responsible list without a lead; 按职责分工负责 is a phrase and the tail 等 is "
        "dropped; 各区有关部门结合实际落实 adds the group 各区有关部门")
BARE = "a bare unit list in brackets at the item's end 「（A、B、C）」: a responsible list, no lead named; split on 、"



def src(path, url, chars):
    return shanghai_source("规划与土地", path, url, chars)


def P(path, targets=(), note="", **kw):
    """An item that names no unit as a label (prose actors only)."""
    return S(path, [], [], targets, note=(note + "; " if note else "") + PROSE, **kw)


def U(path, units, targets=(), note="", **kw):
    """An item whose units are labelled as a list without a lead (a single unit as lead accepted)."""
    if len(units) == 1:
        kw["lead_alternatives"] = [list(units)]
        note = (note + "; " if note else "") + ONE
    return S(path, [], list(units), targets, note=note, **kw)


def L(path, lead, others, targets=(), note="", **kw):
    """「（X牵头，Y…）」: X leads; responsible is X and the others as printed."""
    return S(path, [lead], [lead, *others], targets, note=(note + "; " if note else "") + LEAD, **kw)


def at_after(file, *anchors_then_marker):
    """Line and first eight characters of the first marker (the last argument) after the texts ``anchors``, each
    looked for after the one before (t03: the plan's own 一、… follow a cover that is numbered too, so the path's
    markers would find the cover's first; t10: three attached plans numbered alike)."""
    *anchors, marker = anchors_then_marker
    text = (DIR / file).read_text(encoding="utf-8")
    pos = 0
    for anchor in anchors:
        pos = text.index(anchor, pos)
    found = at_in(DIR, file, marker, nth=text.count(marker, 0, pos) + 1)
    line = text.split("\n")[found["line"] - 1]
    return {"line": found["line"], "title_starts": line.split(marker, 1)[1].strip()[:8]}


# ---------------------------------------------------------------------------------------------------------
T01 = "t01_shanghai-guiziju-2025-rengong-zhineng-liangzi-chengshi-kongjian-zhineng-jianshe-shishi-fangan.txt"

plan(T01,
     title="上海城市空间治理领域人工智能应用暨量子城市空间智能建设工作实施方案（2026—2027年）（关于印发《上海城市空间治理领域人工智能应用暨量子城市空间智能建设工作实施方案（2026—2027年）》的通知）",
     title_note="the plan's title after the cover (with its period in brackets), or the notice title (printed twice at the top): either is accepted",
     doc_no="沪规划资源数〔2025〕254号", issuer="上海市规划和自然资源局",
     date="2025-07-08", level="city bureau (Shanghai, 市规划资源局; approved by the city government's executive meeting)",
     source=src("关于印发《上海城市空间治理领域人工智能应用暨量子城市空间智能建设工作实施方案（2026—2027年）.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f7e64fe836214862a36a4554208ffe73&siteId=0032", 4538),
     style="city implementation plan for 2026—2027: the notice title twice, the number, a one-line cover (addressees end with "
           "an ASCII colon), then the plan; 一、–五、 sections, 二、 and 三、 split into （一）–（三）; items 1.–28. numbered on "
           "across all sections, each 「N.heading。text（责任单位：A、B…）」 (1–8 units; 杨浦区, 同济大学, 上海理工大学 and the "
           "group 各相关委办局 among them); no dates, almost no figures",
     leaf_tasks=28, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        U(["一", "1"], ["市规划资源局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["一", "2"], ["市规划资源局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["一", "4"], ["市规划资源局", "市经济信息化委", "市科委"], skip_deadline=True,
          note=RESP + "; 「具备100+城市大型公共空间质量指数…的指数垂类模型」: 100+ describes the model's indices (neither a target nor a not-target is checked); " + PERIOD),
        U(["一", "5"], ["市数据局", "市规划资源局"], skip_deadline=True, note=RESP + "; a half-width comma inside the sentence (「服务平台,利用」); " + PERIOD),
        U(["二", "（一）", "6"], ["市规划资源局"], skip_deadline=True,
          note=RESP + "; the numbers run on: item 6 is the first of 二、（一）; 「上海2035」 is a plan's name; " + PERIOD),
        U(["二", "（二）", "10"], ["市规划资源局", "市数据局", "市经济信息化委"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["二", "（二）", "11"], ["市经济信息化委", "市数据局", "各相关委办局"], skip_deadline=True,
          note=RESP + "; 各相关委办局 is a group, kept as printed; " + PERIOD),
        U(["二", "（三）", "15"], ["市规划资源局", "市数据局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["三", "（一）", "16"], ["市规划资源局", "杨浦区"], skip_deadline=True, note=RESP + "; a district (杨浦区) as a unit; " + PERIOD),
        U(["三", "（一）", "17"], ["杨浦区", "市规划资源局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["三", "（二）", "20"], ["市人才局", "市教委", "杨浦区"], skip_deadline=True, note=RESP + "; 「上海创客学院」 is a name; " + PERIOD),
        U(["三", "（二）", "21"], ["杨浦区", "市规划资源局", "市经济信息化委", "同济大学", "上海理工大学"], skip_deadline=True,
          note=RESP + "; two universities among the units; " + PERIOD),
        U(["三", "（二）", "22"], ["杨浦区", "市发展改革委", "市经济信息化委", "市科委", "市人才局", "市教委", "市住房城乡建设管理委", "市规划资源局"],
          skip_deadline=True, note=RESP + "; eight units; 「市区联合、以区为主」 is how the work is shared, not a unit; " + PERIOD),
        U(["三", "（三）", "23"], ["市规划资源局", "市科委", "市经济信息化委", "市文化旅游局", "市体育局", "同济大学", "杨浦区", "上海理工大学"],
          skip_deadline=True, note=RESP + "; the events named in 「…」 are names; " + PERIOD),
        U(["四", "25"], ["市规划资源局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["五", "28"], ["市规划资源局", "市科委", "市国资委", "市经济信息化委", "市数据局", "市发展改革委", "市财政局", "杨浦区"],
          skip_deadline=True,
          note=RESP + "; the text first gives each bureau its part in sentences (由市规划资源局组织成立…；市科委指导支持…；…), then the "
                      "label lists the same bureaus and 杨浦区: the label is the answer; " + PERIOD),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 1.–28. run on across 一、（1–5）, 二、（一）6–9 / （二）10–12 / （三）13–15, 三、（一）16–17 / （二）18–22 / "
            "（三）23–24, 四、25–27, 五、28 = 28 leaves; no childless section",
            "every item ends with 「（责任单位：…）」; no item names a lead; 杨浦区 (a district), 同济大学 and 上海理工大学 are units of the lists",
            "the plan's period 2026—2027 is in its title only; the notice is dated 2025年7月8日",
            "沪府办发〔2024〕27号 in the preamble is a document number; plans-next9 y02 (the 2026 量子城市 工作要点) cites this plan "
            "(a different document)"])

# ---------------------------------------------------------------------------------------------------------
T02 = "t02_shanghai-nongyenongcunwei-2025-gengdi-zhongzhi-yongtu-guankong-tongzhi.txt"
COUNTIES = ("各区、市属涉农国企 (the notice's addressees) act in sentences; 市农业农村委 too")

plan(T02,
     title="关于做好耕地种植用途管控工作的通知",
     title_note="the notice is the document (no plan title of its own)",
     doc_no="沪农委〔2025〕96号 (from the index; the stored text prints no number)", issuer="上海市农业农村委员会",
     date="2025-04-22", level="city bureau (Shanghai, 市农业农村委)",
     source=src("关于做好耕地种植用途管控工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=02922f92b2be49fead629af736b06348&siteId=0009", 1821),
     style="city bureau's task notice: addressees, a preamble, 一、工作内容 (one paragraph), 二、主要任务 （一）–（四） heading lines "
           "ending 。 each followed by one paragraph, 三、保密要求 (one paragraph), signature; actors in sentences only; one year "
           "「到2026年」; rhythms 定期, 及时",
     leaf_tasks=4, count_alternatives=[6], attachment_task_rows=0,
     childless_top_level_sections=["一、工作内容", "三、保密要求"],
     samples=[
        P(["二", "（一）"], note=COUNTIES + "; 「至少“一远景一近景”」 is a kind of photo, not a figure; " + NODATE),
        P(["二", "（二）"], dl="到2026年", dln="2026",
          note=COUNTIES + "; 「按计划推进撂荒地复耕复种，到2026年全面完成农业农村部下达的复耕复种任务」: the item's last sentence dates its work"),
        P(["二", "（三）"], note=COUNTIES + "; 「定期…分析和监查」, 「定期反馈实际需求」 are rhythms (see duties); " + NODATE),
        P(["二", "（四）"], note=COUNTIES + "; 「及时将…网络人员信息（政务云账号）反馈至市农业农村委」 (see duties); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区、市属涉农国企及时将耕地种植用途管控工作网络人员信息（政务云账号）反馈至市农业农村委", "when": "及时", "when_norm": None},
             {"what": "各区、市属涉农国企定期反馈实际需求，共同完善耕地种植用途管控平台", "when": "定期", "when_norm": None}],
     notes=["counting: 二、 （一）–（四） = 4; 6 accepted if the notice's 一、 and 三、 (paragraphs without items) are read as tasks "
            "(as notices whose top-level items are their tasks)",
            "一、工作内容 describes the whole work (摸底调查, 核查, 一地一方案表) in one paragraph: a section, not a task",
            "a half-width comma inside 一、 (「核查,并开展」)"])

# ---------------------------------------------------------------------------------------------------------
T03 = "t03_shanghai-guiziju-2024-shuiziyuan-jichu-diaocha-tongzhi-shishi-fangan.txt"
TECH = ("a technical step of 四、技术方法与步骤 (heading line, text in the next paragraph): counted as a leaf by the rule, read as "
        "method rather than work by a reader (see count alternatives)")


def W(anchor, marker, path, targets=(), note="", **kw):
    """An item of t03's plan (after the line 「附件」); no item names a unit as a label."""
    return P(path, targets, note, **at_after(T03, anchor, marker), **kw)


plan(T03,
     title="上海市水资源基础调查实施方案（关于协同推进本市水资源基础调查的通知）",
     title_note="the attached plan's title, or the notice title: either is accepted",
     doc_no="沪规划资源调〔2024〕424号 (from the index; the stored text prints no number)",
     issuer="上海市规划和自然资源局 and 上海市水务局 (joint signature)",
     date="2024-10-08", level="city bureaus (Shanghai, 市规划资源局 with 市水务局)",
     source=src("关于协同推进本市水资源基础调查的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=6f49d432af8c4109847664bd55dd5d78&siteId=0032", 8176),
     style="a notice (its own 一、–三、 paragraphs, 附件 line, two-bureau signature) with the plan as the 附件: 一、总体目标; 二、工作任务 "
           "（一）–（四） heading lines; 三、组织分工 prose (市规划资源局牵头, 市水务局配合); 四、技术方法与步骤 「一是…五是」 "
           "paragraphs, then （一） 1.–6., （二） 1.–6. with （1）–（3） under 2., （三） 1.–7., （四）, every numbered line a heading "
           "with its text in the next paragraph; 五、时间安排 （一）–（四）, each a list of unnumbered dated lines 「2025年2月前，…；」; "
           "六、主要成果 deliverables 1.文字成果 / 2.图件成果 / 3.数据库成果; 七、质量管理 prose; 八、实施保障 （一）（二）; "
           "half-width 「.」 and 「,」 inside sentences",
     leaf_tasks=42, count_alternatives=[4, 10, 20, 32], attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标", "三、组织分工", "七、质量管理"],
     samples=[
        W("二、工作任务", "（一）", ["二", "（一）"], note="the dates of this survey are in 五、（一）, not in the item; " + NODATE),
        W("二、工作任务", "（三）", ["二", "（三）"], not_targets=[(5, "万")],
          note="「以1：5万比例尺为主」 is a map scale; 「形成2023-2025年度地下水资源评价」 names the years assessed, not a deadline; " + NODATE),
        W("二、工作任务", "（四）", ["二", "（四）"], note="「评价.聚焦」 half-width full stop; " + NODATE),
        W("四、技术方法与步骤", "1.", ["四", "（一）", "1"],
          note=TECH + "; 「丰水期采集时相为6月-7月，枯水期采集时相为11月-12月」 are the seasons the images are taken in (no year), "
                      "not deadlines: no deadline; 0.5米 is a resolution (not checked)"),
        W("根据河流、湖泊、水库、坑塘特点", "（1）", ["四", "（二）", "2", "（1）"],
          note=TECH + "; the fourth level （1）; 45°角 and 「不少于测深线总长度的5%」 are survey specifications (not checked); " + NODATE),
        W("7.支撑流域和国家地下水资源调查工作", "7.", ["四", "（三）", "7"],
          note=TECH + "; 「在完成全市2023、2024、2025年度…的基础上」 names assessed years; " + NODATE),
        W("五、时间安排", "（一）", ["五", "（一）"], dl="2025年9月前", dln="2025-08",
          other_deadlines=[{"deadline": "2025年2月前", "deadline_norm": "2025-01"}, {"deadline": "2025年4月底前", "deadline_norm": "2025-04-30"}],
          note="three dated steps of one survey, the last 「2025年9月前」 (before September: 2025-08, as plans-dev 11's 「6月前」; "
               "a reader writing 2025-09 is a doubtful reading); the heading line is the item, the dated lines its text"),
        W("五、时间安排", "（二）", ["五", "（二）"], dl="2026年", dln="2026",
          other_deadlines=[{"deadline": "2025年9月", "deadline_norm": "2025-09"}],
          note="steps 2024年 → 2025年1-7月 → 7-8月 → 8月 → 9月 (成果编制上报), then 「2026年，结合实际开展其余小部分河流的水下地形测量」: "
               "the last date is the deadline (doubtful: the main result is due 2025年9月)"),
        W("五、时间安排", "（三）", ["五", "（三）"], dl="2026年1-6月", dln="2026-06",
          other_deadlines=[{"deadline": "2024年12月前", "deadline_norm": "2024-11"}, {"deadline": "2025年6月", "deadline_norm": "2025-06"}],
          note="five dated steps; the last 「2026年1-6月，地下水资源年度评价（2025年度）」 ends the item (「（2025年度）」 names the year assessed)"),
        W("五、时间安排", "（四）", ["五", "（四）"], dl="2025年-2026年", dln="2026",
          note="two studies, each 「2025年-2026年」: the range's end"),
        W("六、主要成果", "1.", ["六", "（一）", "1"], note="a deliverable (文字成果) named under 六、主要成果: counted by the rule, not work by a reader; " + NODATE),
        W("六、主要成果", "（四）", ["六", "（四）"], note="deliverables of the two studies; " + NODATE),
        W("八、实施保障", "（二）", ["八", "（二）"], note="各单位 in a sentence; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "水域空间调查完成内业甄别、补充调查、成果建库及上报", "when": "2025年4月底前", "when_norm": "2025-04-30"},
             {"what": "地表液态水储存量调查数据处理及成果编制上报", "when": "2025年9月", "when_norm": "2025-09"}],
     notes=["body: the plan after the line 「附件」 (its title 上海市水资源基础调查实施方案); the cover notice's 一、–三、 are paragraphs "
            "of the notice (意义, 任务要求, 工作机制), not the plan's tasks, and its 「附件：上海市水资源基础调查实施方案」 line comes "
            "before the signature",
            "counting by the rule (lowest numbered items): 二、 4; 四、 （一） 6 + （二） 1.,（1）–（3）,3.–6. = 8 + （三） 7 + （四） 1 = 22; "
            "五、 4; 六、 3 + 3 + 3 + 1 = 10; 八、 2 → 42. Accepted: 4 (二、工作任务 only), 10 (二、, 五、 and 八、: the work, its "
            "schedule and its guarantees), 20 (without 四、's methods), 32 (without 六、's deliverables)",
            "units: 三、组织分工 says in prose 「由市规划资源局牵头，市水务局及其他相关部门配合」 and what each bureau does; no item "
            "carries a unit label, so every sample expects lead = [] and responsible = []; 市规划资源局 is the plan-level lead (prose)",
            "五、时间安排's four lists are the schedules of the four surveys, not stages of the plan: no phases",
            "四、's intro 「最小调查面积为400平方米 / 300平方米」, 「按3°分带」, 「GB/T 13989」 and （二）'s 「2000米以上」, 「5%的比例」 are "
            "survey specifications in paragraphs that are not leaves: nothing checked",
            "signed 2024年10月8日 (the index dates it 2024-10-10); 自然资发〔2023〕230号, 自然资办发〔2024〕7号 are document numbers"])

# ---------------------------------------------------------------------------------------------------------
T04 = "t04_shanghai-guiziju-2024-chengshi-dizhi-anquan-fengxian-fangkong-shishi-fangan.txt"
TWO = ("two dated goals in the item, 「到2025年…；到2030年…」: the last is the item's deadline (doubtful: a reader may take "
       "the first, 2025)")

plan(T04,
     title="上海市加强城市地质安全风险防控实施方案（关于印发《上海市加强城市地质安全风险防控实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪规划资源质〔2024〕365号 (from the index; the stored text prints no number)",
     issuer="市规划资源局, 市住房城乡建设管理委, 市水务局, 市应急局, 市交通委 (joint signature, one bureau a line)",
     date="2024-09-05", level="city bureaus (Shanghai, 市规划资源局 with four city bureaus)",
     source=src("关于印发《上海市加强城市地质安全风险防控实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=523efc1d4eba4fd491a1e81a2e507fb7&siteId=0032", 6048),
     style="city implementation plan of five bureaus (signature one bureau a line): 一、总体要求 （一）–（三） (指导思想, 基本原则 as "
           "four 「X，Y。」 paragraphs, 主要目标 with 到2025年 / 到2030年); 二、重点任务 （一）–（六） groups, items 1.–14. numbered on, "
           "each ending 「（X牵头，各区有关部门结合实际落实）」 or 「（A、B…等按职责分工负责[，各区有关部门结合实际落实]）」; 三、保障措施 "
           "（一）–（三） 「heading。text（units）」; targets with 万个, 座, 组, 口, 点/百平方公里, 毫米/年; scales 1:10000 and "
           "thresholds ≥150米 / ≥15米; the 附件 (主要目标) is not stored",
     leaf_tasks=20, task_section_leaves=17, count_alternatives=[14], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（三）"], skip_deadline=True,
          note="主要目标: 「到2025年…基本健全。到2030年…进一步提升。」 goals of the whole plan without figures; whether they are the "
               "item's deadline is a reading (not checked)"),
        L(["二", "（一）", "1"], "市规划资源局", ["各区有关部门"], dl="到2030年", dln="2030",
          other_deadlines=[{"deadline": "到2025年", "deadline_norm": "2025"}],
          note=TWO + "; 1:10000, 1:25000, 1:50000 are survey scales and 「200米以浅」 a depth (not checked)"),
        L(["二", "（一）", "2"], "市规划资源局", ["相关区有关部门"], dl="到2030年", dln="2030",
          other_deadlines=[{"deadline": "到2025年", "deadline_norm": "2025"}], note=TWO + "; 相关区有关部门 (not 各区)"),
        U(["二", "（一）", "3"], ["市规划资源局", "市应急局", "市住房城乡建设管理委", "市交通委", "各区有关部门"], dl="到2025年", dln="2025",
          note=DUTY + "; the item's text begins with a space after 「“一张图”。」"),
        U(["二", "（一）", "4"], ["市规划资源局", "市数据局"], [(100, "万个"), (125, "万个")], dl="到2030年", dln="2030",
          other_deadlines=[{"deadline": "到2025年", "deadline_norm": "2025"}],
          note=DUTY + "; 「钻孔数量达到100万个；到2030年，达到125万个」; " + TWO),
        U(["二", "（二）", "5"], ["市规划资源局", "市应急局", "各区有关部门"], note=DUTY + "; " + NODATE),
        L(["二", "（二）", "6"], "市规划资源局", ["各区有关部门"], note=NODATE),
        U(["二", "（三）", "7"], ["市住房城乡建设管理委", "市交通委", "市水务局", "市规划资源局"], not_targets=[(150, "米"), (15, "米")],
          note=DUTY + "; 「高度≥150米的建（构）筑物工程或开挖深度≥15米的基坑工程」 say which projects need a separate assessment "
                      "(thresholds, not targets); 建设单位, 勘察单位, 设计单位, 施工单位, 监理单位, 监测单位 act in sentences; 「工程开工前」 "
                      "is a step of every project (see duties): " + NODATE),
        U(["二", "（三）", "8"], ["市住房城乡建设管理委", "市交通委", "市水务局", "市规划资源局"], note=DUTY + "; " + NODATE),
        U(["二", "（四）", "9"], ["市规划资源局", "市水务局", "市住房城乡建设管理委"],
          note=DUTY + "; a half-width comma (「取水范围,需要」); 「按时报送相关数据」 (see duties); " + NODATE),
        L(["二", "（五）", "10"], "市规划资源局", ["各区有关部门"],
          [(3, "座"), (10, "组"), (30, "口"), (60, "点/百平方公里"), (80, "点/百平方公里")], dl="到2030年", dln="2030",
          other_deadlines=[{"deadline": "到2025年", "deadline_norm": "2025"}],
          note="「新建地面沉降综合监测站3座、分层标组10组、地下水监测井30口，…密度不低于60点/百平方公里，五个新城不低于80点/百平方公里」 "
               "by 2025, 80点/百平方公里 city-wide by 2030; " + TWO),
        U(["二", "（五）", "11"], ["市规划资源局", "市应急局", "市水务局", "市住房城乡建设管理委", "市交通委", "市数据局"],
          note=DUTY + "; six units; 「上海市地质灾害智能分析与监测预警平台」 is a name; " + NODATE),
        U(["二", "（五）", "12"], ["市应急局", "市规划资源局", "市住房城乡建设管理委", "市交通委", "市水务局"], [(6, "毫米/年")],
          dl="到2030年", dln="2030",
          note=DUTY + "; 市应急局 listed first, no lead named; 「全市平均地面沉降量持续控制在6毫米/年以内」 (a ceiling)"),
        U(["二", "（五）", "13"], ["市应急局", "市消防救援总队", "市规划资源局", "市住房城乡建设管理委"],
          note=DUTY + "; 「定期开展…应急救援演练」 is a rhythm of drills, not a report; " + NODATE),
        U(["二", "（六）", "14"], ["市规划资源局", "市住房城乡建设管理委", "市市场监管局"], dl="到2030年", dln="2030",
          other_deadlines=[{"deadline": "到2025年", "deadline_norm": "2025"}],
          note=DUTY + "; standards named in 《》 are titles; " + TWO),
        U(["三", "（一）"], ["市规划资源局", "市住房城乡建设管理委", "市交通委", "市水务局", "市应急局", "市市场监管局"],
          note=DUTY + "; 市地调院, 市地矿集团 and 各区相关部门 act in sentences; " + NODATE),
        U(["三", "（三）"], ["市规划资源局", "市应急局", "市住房城乡建设管理委"], note=DUTY + "; 世界地球日, 全国防灾减灾日 are days' names; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "需要取水的地下水源热泵工程项目落实地面沉降、地下水水位及水质监测要求，并按照监管部门要求按时报送相关数据",
              "when": "按时（按照监管部门要求）", "when_norm": None},
             {"what": "建设单位将工程建设方案和防止对地下水产生不利影响的措施方案报有管理权限的水行政主管部门备案",
              "when": "工程开工前", "when_norm": None}],
     notes=["counting: 一、 （一）–（三） 3 (no units; a reader may leave them out: 17), 二、 1.–14. running on across （一）–（六） = 14, "
            "三、 （一）–（三） 3 = 20; 14 accepted (二、's items only)",
            "unit conventions: 「（X牵头，…结合实际落实）」 → lead X; 「（A、B…等按职责分工负责…）」 → no lead, the list (等 dropped); "
            "「，各区有关部门结合实际落实」 adds the group 各区有关部门 (「相关区有关部门」 in item 2)",
            "the plan's two horizons 到2025年 / 到2030年 recur inside items: items with both take 2030 (the last), with the 2025 "
            "goal in other_deadlines",
            "「附件：上海市加强城市地质安全风险防控主要目标」 ends the text; the table itself is not stored",
            "自然资发〔2024〕19号 is a document number; 《上海市地质灾害危险性评估管理规定》 etc. are titles"])

# ---------------------------------------------------------------------------------------------------------
T05 = "t05_shanghai-guiziju-2024-diandong-zixingche-anquan-zhili-gongjian-guihua-ziyuan-gongzuo-fangan.txt"

plan(T05,
     title="关于推动本市电动自行车安全治理攻坚行动规划资源工作方案（关于印发《关于推动本市电动自行车安全治理攻坚行动规划资源工作方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪规划资源建〔2024〕132号 (from the index; the stored text prints no number)", issuer="上海市规划和自然资源局",
     date="2024-04-19", level="city bureau (Shanghai, 市规划资源局; its part of the city's 电动自行车 campaign)",
     source=src("关于印发《关于推动本市电动自行车安全治理攻坚行动规划资源工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9755b2171484404c829c194299e5d4fe&siteId=0032", 2275),
     style="city bureau's work plan: cover (addressees end with an ASCII colon), then 一、–三、 each 「heading」 (三、's ends "
           "with 。), 一、 with an intro paragraph; items （一）–（四） / （一）（二） / （一）–（四） one paragraph each; actors 市局相关部门, "
           "各区规划资源部门和派出机构 in sentences; a day without a year 「4月底前」; a monthly report 「自2024年4月起，每月25日前」",
     leaf_tasks=10, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一", "（一）"], note="「美丽家园」… are programme names; " + NODATE),
        P(["一", "（二）"], not_targets=[(15, "分钟")], note="「15分钟社区生活圈」 is a programme's name; " + NODATE),
        P(["一", "（三）"], note="「同步设计、同步施工、同步投入使用」 is a rule; " + NODATE),
        P(["一", "（四）"], dl="4月底前", dln="2024-04-30",
          note="「《实施意见》力争在4月底前完成发文」: the year is the notice's (signed 2024年4月19日); 市局相关部门、单位 act in a sentence"),
        P(["二", "（二）"], note="「定期按要求报送相关信息」 (see duties); " + NODATE),
        P(["三", "（一）"], not_targets=[(15, "分钟")], note="「15分钟社区生活圈」 is a name; " + NODATE),
        P(["三", "（二）"],
          note="「请各区和派出机构自2024年4月起，每月25日前报送工作进展情况」 is a monthly report (see duties), a rhythm, not the item's "
               "deadline: no deadline"),
        P(["三", "（四）"], note=NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区规划资源部门和派出机构报送工作进展情况", "when": "自2024年4月起，每月25日前", "when_norm": "monthly (by day 25, from 2024-04)"},
             {"what": "市局定期按要求报送相关信息，及时向市级领导小组反馈问题和工作建议", "when": "定期", "when_norm": None}],
     notes=["counting: 一、 （一）–（四） 4, 二、 （一）（二） 2, 三、 （一）–（四） 4 = 10",
            "一、's intro paragraph (研究制定《…实施意见》) is not numbered: it belongs to the section",
            "沪安委会〔2024〕7号 is a document number; 「电动自动车」 in 二、（一） is the source's own typo"])

# ---------------------------------------------------------------------------------------------------------
T06 = "t06_fengxian-2024-weifa-yongdi-zonghe-zhengzhi-sannian-xingdong-gongzuo-fangan.txt"
YEARLY = ("a stage of every year (「每年度按步骤有序推进」, with 2024's own date in brackets): which year's date is the "
          "item's deadline is a reading, not checked")

plan(T06,
     title="奉贤区违法用地综合整治三年行动工作方案(2024-2026)（上海市奉贤区人民政府办公室关于印发《奉贤区违法用地综合整治三年行动工作方案（2024-2026）》的通知）",
     title_note="the plan's title after the cover (printed over two lines, ASCII brackets), or the notice title: either is accepted",
     doc_no="沪奉府办发〔2024〕12号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区人民政府办公室 (the notice's title; the index names 上海市奉贤区人民政府)",
     date="2024-05-08", level="district (Shanghai Fengxian)",
     source=src("上海市奉贤区人民政府办公室关于印发《奉贤区违法用地综合整治三年行动工作方案（2024-2026）》的.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0084cc7ed4bb222e2b569be8b8369e9019cd&siteId=0084", 6734),
     style="district three-year plan (2024-2026) with ASCII brackets throughout: (一)…, 「(3月底前)」, half-width ; inside "
           "sentences; title over two lines; 一、总体目标 paragraph (2300亩); 二、整治内容 (一)–(四) categories of plots with "
           "areas; 三、整治方式 and 四、整治要求 heading lines with paragraphs; 五、行动步骤 three yearly stages without a year; "
           "六、工作保障 (一)–(五); 附件1 a per-town quota table (one cell a line, header cells broken over two lines, a town with "
           "two sub-rows); 附件2 a 单位 | 职责分工 table of 16 units (unnumbered rows, one cell a line)",
     leaf_tasks=18, count_alternatives=[11, 14, 19, 34], attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标"],
     samples=[
        P(["二", "(一)"], note="「约1068亩」 is the area of this category (scope, not checked); C类, D类 are classes; " + NODATE),
        P(["二", "(三)"], note="「“二调”后“三调”前」 names two surveys, not dates; " + NODATE),
        P(["二", "(四)"], note=NODATE),
        P(["三", "(一)"], note="heading line 「(一)拆除还地」, text in the next paragraph; " + NODATE),
        P(["三", "(三)"], note="属地街镇, 区政府 act in sentences; " + NODATE),
        P(["四", "(一)"], [(2300, "亩"), (700, "亩"), (900, "亩"), (70, "%"), (30, "%")], skip_deadline=True,
          note="「第一年…不少于700亩;第二年…不少于900亩;第三年…不少于700亩」 and 「不低于…70%;…不得超过…30%」; the years are "
               "counted (第一年 = 2024 …), so the deadline is a reading, not checked"),
        P(["四", "(二)"], note="the second paragraph (区级…成员单位, 区规划资源局 in sentences) belongs to this item; " + NODATE),
        P(["四", "(三)"], note=NODATE),
        P(["五", "(一)"], skip_deadline=True, note="「(3月底前)」, 「于每年3月底(2024年为4月底)前报市规划资源局」 (see duties); " + YEARLY),
        P(["五", "(二)"], skip_deadline=True, note="「(12月中旬前)」; two reports inside (see duties); " + YEARLY),
        P(["五", "(三)"], skip_deadline=True,
          note="「(12月底前)」; 「市规划资源局于每年7月底前开展中期考核，12月20日前开展年度考核，12月30日前总结年度工作」; " + YEARLY),
        P(["六", "(一)"], note=NODATE),
        P(["六", "(三)"], note="「根据月度排名情况」 is a ranking rhythm, not a report; " + NODATE),
        P(["六", "(五)"], note=NODATE),
     ],
     plan_targets=[{"number": 2300, "unit": "亩"}],
     phases=[],
     duties=[{"what": "区政府制定本辖区“新三年行动”的年度实施方案报市规划资源局", "when": "于每年3月底(2024年为4月底)前",
              "when_norm": "yearly (by the end of March; 2024 by the end of April)"},
             {"what": "各属地街镇向区规划资源局上报本季度工作进展及下季度工作计划", "when": "每年二、三季度最后一个月15日前",
              "when_norm": "quarterly (day 15 of the last month of the 2nd and 3rd quarters)"},
             {"what": "区规划资源局报送年度整治工作总结", "when": "每年12月15日前", "when_norm": "yearly (by 12-15)"}],
     notes=["counting: 二、 (一)–(四) 4, 三、 (一)–(三) 3, 四、 (一)–(三) 3, 五、 (一)–(三) 3, 六、 (一)–(五) 5 = 18. Accepted: 14 "
            "(二、's categories read as the scope), 11 (二、 and 三、 read as scope and methods), 19 (一、总体目标 read as a task), "
            "34 (with 附件2's 16 unit rows read as tasks)",
            "附件2 (单位 | 职责分工: 区规划资源局, 区纪委监委, 区发展改革委, 区经济委员会, 公安局奉贤分局, 区财政局, 区生态环境局, "
            "区农业农村委, 区水务局, 区应急局, 区市场监管局, 区绿化市容局, 区城管执法局, 区税务局, 区拆违办, 各街镇) gives each unit its "
            "duties; its rows have no numbers, so no row is sampled (a path by number cannot name them)",
            "附件1 is a quota table by town (青村镇 … 海湾镇, 奉城镇 split into 老奉城 and 头桥, 总计 2351.54 / 714 / 937.54 / 700): data, not tasks",
            "五、行动步骤 are stages of every year without a year: no phases are checked",
            "the plan repeats the city plan's wording in places (「区政府要…报市规划资源局」, 「市规划资源局于每年7月底前开展中期考核」), "
            "and cites it as 「(2024-206)」 (the source's typo)",
            "一、总体目标 holds the plan-level goal 2300亩 (2024–2026) and 「力争2029年底实现产业类存量违法用地清零」; plans-next9 y04 is "
            "嘉定's plan of the same template (a different district and document)"])

# ---------------------------------------------------------------------------------------------------------
T07 = "t07_chongming-2023-nongcun-jiti-jingyingxing-jianshe-yongdi-rushi-shidian-tuijin-gongzuo-fangan.txt"
COLON = "unit-colon item 「（一）X：…」: the body before the colon is the item's responsible party (a group of the plan)"

plan(T07,
     title="上海市崇明区农村集体经营性建设用地入市试点推进工作方案（上海市崇明区人民政府办公室关于印发本区农村集体经营性建设用地入市试点推进工作方案的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪崇府办发〔2023〕16号 (from the index; the stored text prints no number)", issuer="上海市崇明区人民政府办公室",
     date="2023-06-27", level="district (Shanghai Chongming)",
     source=src("上海市崇明区人民政府办公室关于印发本区农村集体经营性建设用地入市试点推进工作方案的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=92e1b088-e11d-4e96-b83c-4fd4cfbad301&siteId=0085", 7826),
     style="district pilot plan (2023 to 2024): 一、 （一）指导思想 / （二）工作原则 (four 「坚持…。」 paragraphs); 二、试点工作组织 "
           "（一）–（三） 「heading。text」 with member lists in sentences (25 bureaus); 三、 three unit-colon items 「（一）工作领导小组：…」; "
           "四、 （一）–（十一）, （一） with six documents 「1.《…》（责任单位：X）」 (two opened with an ASCII 「(」), （八） with "
           "1.–6. 「heading。text」; 五、试点实施步骤 three phases with years in brackets 「（二）组织实施阶段（2023年7月-2024年10月）」, "
           "the third holding two dated reports; 六、保障措施 （一）–（三）; half-width ; inside sentences",
     leaf_tasks=35, task_section_leaves=33, count_alternatives=[21, 29], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["二", "（一）"], note="「成立区试点工作领导小组…成员由区发展改革委、…及各乡镇主要负责同志组成」: members in a sentence (prose; "
                              "doubtful: a reader may take the 25 members as units); " + NODATE),
        P(["二", "（三）"], note="「建立由区规划资源局、区农业农村委牵头，区发展改革委、…等部门为主要成员的试点工作专班」: the 专班's "
                              "lead in a sentence (prose; doubtful: a reader may take 区规划资源局, 区农业农村委 as the item's lead); " + NODATE),
        U(["三", "（一）"], ["工作领导小组"], note=COLON + "; " + NODATE),
        U(["三", "（二）"], ["协调监管机构"], note=COLON + "; " + NODATE),
        U(["三", "（三）"], ["工作推进专班"], note=COLON + "; " + NODATE),
        U(["四", "（一）", "1"], ["区规划资源局"], note="「(责任单位：区规划资源局）」 opened with an ASCII 「(」 and closed full width; " + NODATE),
        U(["四", "（一）", "2"], ["区财政局"], note="「（责任单位：区财政局）」; " + NODATE),
        U(["四", "（一）", "4"], ["区农业农村委"], note=NODATE),
        U(["四", "（一）", "6"], ["区规划资源局"], note="opened with an ASCII 「(」 like item 1; " + NODATE),
        P(["四", "（二）"], note="「各乡镇应稳步开展排摸…」, 「区规划资源局牵头各乡镇建立健全拟入市地块项目计划库」 are sentences; " + NODATE),
        P(["四", "（五）"], note="half-width ; (「联动性;需明确」); " + NODATE),
        P(["四", "（八）", "1"], note="入市主体, 区规划资源局 act in sentences; " + NODATE),
        P(["四", "（八）", "3"], note="「由区规划资源局会同区农业农村委等相关职能部门对入市方案核提意见」 is a sentence; " + NODATE),
        P(["四", "（十）"], not_targets=[(2020, "年")], note="《上海市城乡建设用地基准地价（2020年）》 is a title (its year is not a target or deadline); " + NODATE),
        P(["五", "（一）"], dl="2023年6月前", dln="2023-05",
          note="phase 「准备部署阶段（2023年6月前）」: before June (2023-05, as plans-dev 11's 「6月前」; a reader writing 2023-06 "
               "is a doubtful reading)"),
        P(["五", "（二）"], dl="2024年10月", dln="2024-10", note="phase 「组织实施阶段（2023年7月-2024年10月）」: the range's end"),
        P(["五", "（三）"], dl="2024年11月-12月", dln="2024-12",
          other_deadlines=[{"deadline": "2023年12月底前", "deadline_norm": "2023-12-31"}, {"deadline": "2024年10月底", "deadline_norm": "2024-10-31"}],
          note="phase 「试点总结阶段（2024年11月-12月）」: the heading's end; its two paragraphs date two reports (2023年12月底前, "
               "2024年10月底 — before the phase itself starts: the source's own inconsistency; see duties)"),
        P(["六", "（二）"], note="「区规划资源局、区农业农村委应根据职责分工带领…」 is a sentence; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "准备部署阶段", "start": None, "start_alt": "2023-04", "end": "2023-05", "end_alt": "2023-06"},
             {"name": "组织实施阶段", "start": "2023-07", "end": "2024-10"},
             {"name": "试点总结阶段", "start": "2024-11", "end": "2024-12"}],
     duties=[{"what": "根据入市试点推进工作的进度及阶段性成果情况，形成年度工作报告并报送市政府", "when": "2023年12月底前", "when_norm": "2023-12-31"},
             {"what": "根据入市试点推进工作的成效和经验、完成情况，总结试点工作成果并形成报告", "when": "2024年10月底", "when_norm": "2024-10-31"},
             {"what": "入市工作遇到的重大问题要及时反映", "when": "及时", "when_norm": None}],
     notes=["counting: 一、 （一）（二） 2, 二、 3, 三、 3, 四、 （一） 6 + （二）–（七） 6 + （八） 6 + （九）–（十一） 3 = 21, 五、 3, "
            "六、 3 = 35; 33 without 一、总体要求; 21 (四、 only); 29 (without 二、 and 三、's organisation items)",
            "准备部署阶段: the heading says only 「2023年6月前」; its start is read from 「从2023年4月启动」 (accepted) or left open; "
            "its end 2023-05 (before June) or 2023-06 accepted",
            "units: only 四、（一）'s six document items carry 「（责任单位：X）」 labels; 三、's three items are unit-colon items "
            "naming the plan's own bodies; elsewhere bureaus act in sentences",
            "the cover is dated 2023年6月27日 and says 「（此件公开发布）」; 厅字〔2022〕34号, 自然资办函〔2023〕364号, 沪规划资源乡〔2023〕201号 "
            "are document numbers"])

# ---------------------------------------------------------------------------------------------------------
T08 = "t08_jiading-2022-panhuo-dixiao-yongdi-tisheng-chanye-nengji-xingdong-fangan.txt"

plan(T08,
     title="嘉定区盘活低效用地 提升产业能级行动方案（上海市嘉定区人民政府关于印发《嘉定区盘活低效用地提升产业能级行动方案》的通知）",
     title_note="the plan's title after the cover (a space between its two halves), or the notice title: either is accepted",
     doc_no="嘉府发〔2022〕13号 (from the index; the stored text prints no number)", issuer="上海市嘉定区人民政府",
     date="2022-10-11", level="district (Shanghai Jiading)",
     source=src("上海市嘉定区人民政府关于印发《嘉定区盘活低效用地提升产业能级行动方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_159663&siteId=0080", 4922),
     style="district action plan: the cover's 「附件:《…》」 line (ASCII colon) before the signature, then the plan; 一、指导思想; "
           "二、适用范围 with five criteria 1.–5. (definitions of 低效产业用地); 三、基本原则 1.–3.; 四、重点任务 （一）–（五） groups "
           "(the “四个一批”), items 1.–18. numbered on, each ending with a bare unit list in brackets 「（各街镇、区规划资源局、区土储中心）」 "
           "(one ends 「等）」, one 「）。」); 五、实施步骤 1.–3. with years; 六、保障措施 1.–3.",
     leaf_tasks=32, count_alternatives=[18, 24, 27], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        P(["二", "1"], not_targets=[(25, "%")],
          note="a criterion (what counts as 闲置 land): 「不足25％」 (full-width ％) and 「不足三分之一」, 「满一年」 define it, not targets; " + NODATE),
        U(["四", "（一）", "1"], ["各街镇", "区规划资源局", "区土储中心"], note=BARE + "; the text says 区规资局 and 区土地储备中心, the label 区规划资源局 and 区土储中心; " + NODATE),
        U(["四", "（一）", "2"], ["各街镇", "区财政局", "区土储中心"], note=BARE + "; " + NODATE),
        U(["四", "（一）", "3"], ["区规划资源局", "区经委", "区司法局", "各街镇"], note=BARE + "; " + NODATE),
        U(["四", "（二）", "4"], ["各街镇", "区属国企"], note=BARE + "; 区属国企 is a group; " + NODATE),
        U(["四", "（二）", "5"], ["区属国企"], note=BARE + "; " + NODATE),
        U(["四", "（二）", "6"], ["区经委", "区规划资源局", "区市场监管局"], note=BARE + "; " + NODATE),
        U(["四", "（三）", "8"], ["区经委"], note=BARE + "; " + NODATE),
        U(["四", "（三）", "9"], ["区规划资源局", "区经委", "区土储中心"], note=BARE + "; 区投促领导小组 in a sentence; " + NODATE),
        U(["四", "（四）", "11"], ["区经委", "区规划资源局"], note=BARE + "; " + NODATE),
        U(["四", "（五）", "13"], ["区经委", "区规划资源局"], note=BARE + "; 「当年度」, 「下一年度」 are rhythms of a quota, no date; " + NODATE),
        U(["四", "（五）", "14"], ["区经委", "区财政局", "区内各相关行政审批部门", "各街镇"], note=BARE + "; 区内各相关行政审批部门 a group; " + NODATE),
        U(["四", "（五）", "15"], ["各街镇", "区规划资源局"], note=BARE + "; the bracket is followed by 。; " + NODATE),
        U(["四", "（五）", "17"], ["区经委", "区投促中心", "各街镇"], note=BARE + "; 「及时录入区投资促进信息化平台」 (see duties); " + NODATE),
        U(["四", "（五）", "18"], ["区经委", "区规划资源局", "区生态环境局", "区市场监管局", "区税务局", "各街镇"],
          note=BARE + "; the list ends 「各街镇等）」: 等 dropped; 「百日行动」 is a campaign's name; " + NODATE),
        P(["五", "1"], dl="2022年", dln="2022", note="「2022年，对全区范围内的低效产业用地…进行全面梳理」: the step's year"),
        P(["五", "3"], note="「2023年起，按照“四个一批”项目清单进行考核」: a start, not a deadline; " + NODATE),
        P(["六", "1"], note="区投资促进工作领导小组, 各街镇 act in sentences; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "盘活资源及时录入区投资促进信息化平台", "when": "及时", "when_norm": None}],
     notes=["counting by the rule: 二、 1.–5. 5, 三、 1.–3. 3, 四、 1.–18. 18, 五、 1.–3. 3, 六、 1.–3. 3 = 32. Accepted: 27 "
            "(二、's criteria read as definitions), 24 (二、 and 三、 read as scope and principles), 18 (四、 only)",
            "四、's unit lists name no lead and state no first-listed rule: lead = [] (a single unit as lead accepted)",
            "五、实施步骤 are three steps (调查摸底 2022, 分类处置 每年, 总结推广 2023年起), not named as stages with months: no phases checked",
            "the cover's 「附件:《嘉定区盘活低效用地 提升产业能级行动方案》」 comes before the signature: the plan follows the signature; "
            "沪规划资源用〔2020〕351号, 沪规划资源规〔2021〕6号, 嘉规划资源地〔2020〕7号 are document numbers"])

# ---------------------------------------------------------------------------------------------------------
T09 = "t09_baoshan-2021-dixiao-chanye-yongdi-chuzhi-gongzuo-shishi-fangan.txt"
TOWNS = ["各镇", "园区"]
ROLES = ("「（牵头部门：X，配合部门：Y…）」: lead = the 牵头部门 (one or more), responsible = lead and 配合部门 as printed; "
         "「各镇、园区」 split on 、 into 各镇 and 园区 (the parks; keeping 「各镇、园区」 whole is a doubtful alternative)")


def R(path, lead, coop, targets=(), note="", **kw):
    """六、's items: 「（牵头部门：…，配合部门：…）」."""
    return S(path, list(lead), [*lead, *coop], targets, note=(note + "; " if note else "") + ROLES, **kw)


plan(T09,
     title="宝山区低效产业用地处置工作的实施方案（关于印发《宝山区低效产业用地处置工作的实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="宝经委〔2021〕3号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区经济委员会 and 上海市宝山区规划和自然资源局 (joint signature)",
     date="2021-04-23", level="district bureaus (Shanghai Baoshan, 区经委 with 区规划资源局)",
     source=src("关于印发《宝山区低效产业用地处置工作的实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=7456c0d7-82be-4905-b313-0cdb4b80b4dc&siteId=0078", 7916),
     style="district implementation plan of two bureaus: 「一、 总体要求」 (a space after 、) （一）–（四）; 二、认定标准 （一）–（四） "
           "(criteria); 三、处置办法 （一）–（四）, each with unnumbered 「一是…」 sub-headings and 「X类。」 paragraphs; 四、处置程序 "
           "（一）–（三）, （二） with 「1、」「2、」; 五、工作机制 （一） and （二）职责分工 (one paragraph a bureau, 「X负责…」); 六、工作安排 "
           "（一）–（三） groups with items 1.–8. numbered on, each ending 「（牵头部门：X，配合部门：Y…）」, item 4. holding two "
           "「一是…」「二是…」 paragraphs with a bracket each; thresholds 20％, 25%, 50％, 5万元/亩 (full- and half-width %)",
     leaf_tasks=26, count_alternatives=[8, 18, 22], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一", "（四）"], note="工作内容: three 「heading。text」 paragraphs, unnumbered; 各镇政府、园区管委会 in a sentence; " + NODATE),
        P(["二", "（四）"], not_targets=[(5, "万元/亩")],
          note="a criterion: 「亩产税收低于5万元/亩」 defines low-efficiency land (a threshold, not a target); 《上海产业用地指南（2019版）》 "
               "and 宝经委〔2019〕34号 are a title and a document number; " + NODATE),
        P(["三", "（一）"], targets=[(20, "%")],
          note="「溢价不超过20％的…；溢价超过20％的…」 decides who approves (a threshold; round 30: CONVENTIONS.md thresholds — 「不超过20％的」「超过20％的」, a target); 宝府办〔2015〕80号 a document number; " + NODATE),
        P(["三", "（二）"], targets=[(25, "%")], note="「完成投资额25%以上的在建工程项目」 says which projects (a threshold; round 30: CONVENTIONS.md thresholds — 「25%以上的」, a target); " + NODATE),
        P(["三", "（三）"], not_targets=[(50, "%")], note="「物业可转让不超过50％」 is a limit of a rule, not a target; " + NODATE),
        P(["四", "（一）"], note="「每年四季度由区规划资源局、区经委制定年度目标总量」: a yearly step in a sentence (prose), not a dated deadline; " + NODATE),
        P(["四", "（二）", "1"],
          note="「1、对于年度处置计划项目」 (1、 numbering); 「在每年一季度…提交区低效产业用地处置工作小组审核」 is a yearly submission "
               "(see duties), not the item's deadline; " + NODATE),
        P(["四", "（三）"], note="「工作小组定期汇总相关情况」 (see duties); " + NODATE),
        P(["五", "（一）"],
          note="「成立由区规划资源局、区经委牵头的…工作小组,成员单位由区发展改革委、…等部门及各镇、园区组成」: the group's lead and "
               "members in a sentence (prose; doubtful: a reader may take them as the item's units); a half-width comma; " + NODATE),
        P(["五", "（二）"], note="职责分工: eight paragraphs 「区规划资源局负责…」, 「区经委牵头负责…」 …: roles in sentences (prose); " + NODATE),
        R(["六", "（一）", "1"], ["区经委"], ["区规划资源局", "区发展改革委", "区科委", "区商务委", "区统计局", *TOWNS], note=NODATE),
        R(["六", "（一）", "2"], ["区经委", "区规划资源局"], ["区发展改革委", "区科委", "区商务委", "区统计局", *TOWNS], note="two 牵头部门; " + NODATE),
        R(["六", "（二）", "3"], ["区经委", "区规划资源局"], ["区发展改革委", "区科委", "区商务委", "区生态环境局", *TOWNS], note=NODATE),
        R(["六", "（二）", "4"], ["区规划资源局", "区市场监管局"], TOWNS,
          note="the item's heading line 「4.实施严格的管控措施。」 is followed by 「一是…（牵头部门：区规划资源局、区市场监管局，配合部门：各镇、园区）」 "
               "and 「二是…（牵头部门：区规划资源局，配合部门：各镇、园区）」: the item's units are the union of the two brackets "
               "(doubtful: a parser reading one bracket gets a subset); 「引导2014年前出让的产业用地权利人…」 says which land (a "
               "condition, not a deadline): no deadline"),
        R(["六", "（二）", "5"], TOWNS, ["区规划资源局", "区税务分局", "区应急管理局", "区生态环境局", "区市场监管局", "区住房保障房屋管理局", "区建设管理委", "区城管执法局"],
          note="the towns and parks lead here; 「五违四必」 is a campaign's name; " + NODATE),
        R(["六", "（二）", "6"], ["区国资委"], ["区规划资源局", *TOWNS], note=NODATE),
        R(["六", "（三）", "7"], ["区规划资源局", "区财政局"], ["区经委", *TOWNS], note=NODATE),
        R(["六", "（三）", "8"], ["区规划资源局", "区经委", *TOWNS], ["区发展改革委", "区科委", "区商务委", "区生态环境局"],
          note="four 牵头部门 (各镇、园区 among them); 「以房换地」 is a name; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各镇、园区与相关企业形成低效产业地块处置方案，提交区低效产业用地处置工作小组审核", "when": "每年一季度",
              "when_norm": "yearly (first quarter)"},
             {"what": "工作小组定期汇总低效产业用地全生命周期监管相关情况", "when": "定期", "when_norm": None}],
     notes=["counting: 一、 （一）–（四） 4, 二、 4, 三、 4, 四、 （一） + （二）1、2、 + （三） = 4, 五、 2, 六、 1.–8. 8 = 26. Accepted: 8 "
            "(六、工作安排 only, the items with units), 18 (without 一、 and 二、: requirements and criteria), 22 (without 一、)",
            "三、's 「一是…」「二是…」 and 「协议收地类。」… are unnumbered sub-headings inside （一）–（四）: not leaves",
            "units are labelled only in 六、; 五、（二）职责分工 gives each bureau its part in prose",
            "no dates: 每年四季度 / 每年一季度 are yearly rhythms; 2014年前 is a condition; 沪规划资源用〔2019〕475号, 沪经信产〔2019〕206号 "
            "are document numbers"])

# ---------------------------------------------------------------------------------------------------------
T10 = "t10_fengxian-nongyenongcunwei-2020-gengdi-turang-huanjing-baohu-anquan-liyong-yange-guankong-gongzuo-fangan.txt"
BRACKET = ("「(X、Y牵头，A、B配合实施)」 / 「(X牵头,Y配合)」 in ASCII brackets: lead X (and Y), responsible lead and the others; "
           "「(A、B…按职责分工负责)」 and 「(A、B)」: a list without a lead")
ATT = ("the path's first element names the attached plan (「附件1」…「附件3」, a heading text the numbers ignore): the three "
       "plans are numbered alike, and the first words tell the items apart")


def F(att, path, lead, resp, targets=(), note="", **kw):
    """An item of one of t10's three attached plans; ``att`` is 1, 2 or 3."""
    where = at_after(T10, f"\n附件{att}\n", *[f"\n{p}、" for p in path[:-1]], path[-1])
    if len(resp) == 1 and not lead:
        kw["lead_alternatives"] = [list(resp)]
        note = (note + "; " if note else "") + ONE
    return S([f"附件{att}", *path], list(lead), list(resp), targets,
             note=(note + "; " if note else "") + BRACKET + "; " + ATT, **where, **kw)


FARM = ["区农业农村委"]
LIST3 = ["各街镇", "开发区", "头桥集团"]

plan(T10,
     title="上海市奉贤区农业农村委员会关于印发《奉贤区优先保护类耕地集中区域土壤环境保护工作方案》等的通知",
     title_note="the notice issues three plans: the notice title is the document's title (a plan's own title, e.g. the first, is a doubtful alternative)",
     doc_no="沪奉农委〔2020〕45号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区农业农村委员会 with 上海市奉贤区规划和自然资源局 and 上海市奉贤区生态环境局 (joint signature)",
     date="2020-10-19", level="district bureaus (Shanghai Fengxian, 区农业农村委 with 区规划资源局 and 区生态环境局)",
     source=src("上海市奉贤区农业农村委员会关于印发《奉贤区优先保护类耕地集中区域土壤环境保护工作方案》等的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0084i20201112-azb45gt0ynql19hjwy&siteId=0084", 6244),
     style="one notice issuing THREE work plans as 附件1–3 (优先保护类耕地 / 受污染耕地安全利用 / 受污染耕地严格管控), each 一、总体要求, "
           "二、工作目标 (到2020年 / 到2030年; 95%, 98% in 附件2), 三、主要任务 (一)–(六)/(五)/(六) 「(一)heading。text(units)」 with ASCII "
           "brackets, then 保障措施 (附件2 also 四、工作计划: two dated paragraphs); 附件1 writes full-width ，, 附件2 and 3 mostly "
           "half-width , and ; (「牵头, 各街镇」 with a space, 「开发区，头桥集团」 mixed); the source's typos 岀发, 杈属 and a missing 。",
     leaf_tasks=31, count_alternatives=[17], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、工作目标", "四、工作计划 (附件2)"],
     samples=[
        F(1, ["三", "(一)"], ["区农业农村委", "区规划资源局", "区生态环境局"], ["区农业农村委", "区规划资源局", "区生态环境局", *LIST3],
          note="three leads; 「定期…更新和上传」 (see duties); " + NODATE),
        F(1, ["三", "(二)"], FARM, [*FARM, "区规划资源局"], note=NODATE),
        F(1, ["三", "(三)"], [], FARM, note=NODATE),
        F(1, ["三", "(四)"], [], ["区规划资源局", "区生态环境局", "区农业农村委", "区水务局", "区绿化市容局"],
          note="a half-width ; inside the text; " + NODATE),
        F(1, ["三", "(六)"], [], ["区发展改革委", "区财政局", "区农业农村委"], note=NODATE),
        F(1, ["四", "(一)"], [], [], note="roles in sentences (区农业农村、生态环境、规划资源等部门…; 涉农镇人民政府、街道办事处是…责任主体): lead = [], responsible = []; " + NODATE),
        F(2, ["三", "(一)"], ["区农业农村委", "区生态环境局", "区规划资源局"], ["区农业农村委", "区生态环境局", "区规划资源局", *LIST3],
          note="「牵头, 各街镇」: a half-width comma and a space; " + NODATE),
        F(2, ["三", "(三)"], [], LIST3, note="a list of the towns' side only; " + NODATE),
        F(2, ["三", "(四)"], [], ["区生态环境局", "区农业农村委"], note=NODATE),
        F(2, ["五", "(二)"], [], [], note="no unit; the paragraph ends without 。; " + NODATE),
        F(3, ["三", "(一)"], ["区农业农村委", "区生态环境局", "区规划资源局"], ["区农业农村委", "区生态环境局", "区规划资源局", *LIST3],
          note="「各街镇、开发区，头桥集团」: 、 and ， in one list; " + NODATE),
        F(3, ["三", "(二)"], FARM, [*FARM, "区规划资源局"], note="「杈属」 is the source's typo for 权属; " + NODATE),
        F(3, ["三", "(四)"], FARM, [*FARM, "区绿化市容局", "区规划资源局"], note=NODATE),
        F(3, ["三", "(六)"], FARM, [*FARM, "区生态环境局"], note=NODATE),
     ],
     plan_targets=[{"number": 95, "unit": "%"}, {"number": 98, "unit": "%"}],
     phases=[],
     duties=[{"what": "定期对各类别耕地面积、分布等信息进行更新和上传（数据上传至农用地环境信息系统）", "when": "定期", "when_norm": None}],
     notes=["counting: 附件1 三、 6 + 四、 4 = 10; 附件2 三、 5 + 五、 5 = 10; 附件3 三、 6 + 四、 5 = 11 → 31; 17 accepted (the three "
            "三、主要任务 only). 一、总体要求, 二、工作目标 and 附件2's 四、工作计划 (two unnumbered dated paragraphs, 2020年 / 2030年) "
            "are sections",
            "the three plans are numbered alike (三、(一) three times): samples name the plan by 附件N first; a parser that keeps the "
            "plans apart, or one that runs them into one list, both find the items by their first words",
            "plan targets: 附件2 二、工作目标 「到2020年,轻中度受污染耕地的安全利用率达到95%以上;到2030年,…达到98%以上」 (a section, "
            "not a task); 附件1/3's goals have no figures",
            "no item has a date; 到2020年 / 到2030年 / 2020年 / 2030年 are in sections without items",
            "the cover cites 国发〔2016〕31号, 沪府发〔2016〕111号, 沪农委〔2019〕473号 in ASCII brackets with <…> for inner titles"])

# the answers later rounds aligned to the conventions (rounds 30–32): aligned.py
import aligned  # noqa: E402,F401

# aligned round 36 (p36a): CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too (README, "Round 36: answers aligned (p36a)")
from expected_tools import _sample32  # noqa: E402

_p36, _ = _sample32('t03_shanghai', None)
for _sec in ['七、质量管理']:
    _p36["childless_top_level_sections"].remove(_sec)
_p36.setdefault("notes", []).append(
    "aligned round 36: CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too — 七、质量管理: 「市规划资源局组织开展调查成果审查」 (组织＋work, rule 2) — a task; 43 (before the ruling) stays accepted (leaf_tasks " + str(_p36["leaf_tasks"]) + " → 44; count_alternatives "
    + str(_p36.get("count_alternatives", [])) + " → [4, 10, 21, 33, 43])")
_p36["leaf_tasks"], _p36["count_alternatives"] = 44, [4, 10, 21, 33, 43]

# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in a plan naming units
# (CONVENTIONS.md "Round 49 rulings", governs; round 27) — samples dropped, count without them (README, "Round 50:
# aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('t09', [],
             '一、总体要求 （一）指导思想 （二）基本原则 （三）工作目标 state aims, principles and goals and name no unit, in a plan whose wor'
             "k names units: no tasks (round 27; Round 49's principles); （四）工作内容 gives work and stays a leaf; 22, 1"
             '8, 8 stay accepted',
             23, [8, 18, 22])
# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

align68("t09", ["二", "（四）"], "「（四）土地综合产出效率低下的工业用地 即…或亩产税收低于5万元/亩的工业项目用地」: 即 opens a definition of a class of land, and a band inside a definition names the class and asks nothing to be met (round 66's x81_04; round 58)",
        "Targets, turned: round 66's x81_04 over round 31's threshold alignment", to_not=[(5, "万元/亩")])

write_collected(DIR)
