# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next271/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c271, round 53: eight page openings of township, street and county-level plans from
outside Shanghai — an XX镇's 防溺水 工作实施方案 (三、成员单位工作职责 as unit-colon lines 「镇农水办:」「镇共青团、妇联:」…
「镇卫生院:负责」 — CUT); a 农村新冠疫情防控 工作方案 (the first of a site's compilation of three: 一、1、–5、, 「乡镇XX、村委会要组织
人员开展…」 — CUT); an XX镇's 2022 农村供水保障 应急送水方案 (a document site's chunk numbers 「1、」「2、」「3、」, 四、送水流程 1.–5.
run in, no unit by the ruled forms); an XX街道's 2020 创文 六大项整治行动 方案 (bracket labels 「(牵头站所:…;责任单位:…)」 on lines
of their own, a date cut 「确保在2020年9」); a 街道's 农村公共厕所管治 实施计划 (二、目标任务, 三、管理标准 1–9, 四、管理要求 1、
「由各村(社区)负责…」 — CUT); an XX镇's 2020 河长制湖长制 工作安排 (labels 「牵头部门: 协作部门: 主体责任单位:」 run in, chunk numbers
splitting a label 「各村\\n3、(居)」, 「2020年5月底前」「2020年年底前」); a 乡镇's 清明 森林防火 方案 (篇一 of three, one run-on
paragraph, 「3、划分山头片区,落实责任。」 — CUT); 齐云山镇's 清明 森林防火 工作預案 (traditional characters, 「責任人:」 lines
naming persons)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line, ``start`` for an unnumbered unit-colon line); every answer was written here by
reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–62 are cited in the notes;
readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c271.

    python tests/data/plans-next271/make_expected.py tests/data/plans-next271
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, locate, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on page, a document site's chunk line): the line where the nth
# marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


def loc(file, path):
    """``locate`` for an item whose number opens its line."""
    line, first = locate((DIR / file).read_text(encoding="utf-8"), path)
    return {"line": line, "title_starts": first}


def start(file, marker):
    """An unnumbered line that opens with ``marker`` (a unit-colon line): its line and its first eight characters."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = next(n for n, ln in enumerate(lines) if ln.strip().startswith(marker))
    return {"line": i + 1, "title_starts": lines[i].strip()[:8]}


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 36/45: hired persons; round 42: 干部 are persons)"
NOYEAR = "no year is printed on the page (the site's date is the site's, round 45): the deadline is not checked"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x271_01_xx-zhen-fangnishui-gongzuo-shishi-fangan.txt"
plan(X01,
     title="XX镇防溺水工作实施方案",
     title_note="line 1, the plan's own title (the page opens with it)",
     doc_no="", issuer="an XX镇 (masked; 「平安XX」)", date="not shown", level="town (XX镇, masked)",
     source=page_source("https://xiexiebang.com/a5/a19a201a833cc93f.html"),
     style="a 范文 site's copy: the title, a preamble, 一、指导思想 and 二、目标任务 (paragraphs), 三、成员单位工作职责 as unit-colon "
           "lines with no numbers 「镇农水办:督促…」「镇共青团、妇联:要…」「镇各中小学校:…」「镇派出所:负责…」「镇卫生院:负责」 — CUT "
           "right after 负责",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、指导思想", "二、目标任务"],
     samples=[
        S(["三", "镇农水办"], [], ["镇农水办"], lead_alternatives=[["镇农水办"]], **start(X01, "镇农水办"),
          note=R1 + ": a unit-colon line 「镇农水办:督促各村(社区)、各有关部门落实…」 gives its unit (rule 1; round 38: a unit heading "
               "names its body); the objects of 督促 are no units (round 30's pivot) and the label decides anyway; " + ONE + "; "
               + NODATE),
        S(["三", "镇共青团、妇联"], [], ["镇共青团", "妇联"], lead_alternatives=[["镇共青团", "妇联"]],
          responsible_alternatives=[["镇共青团、妇联"]],
          **start(X01, "镇共青团、妇联"),
          note=R1 + ": the label 「镇共青团、妇联」 joins two heads by 、 (共青团, 妇联), so two names (round 31: separate heads are "
               "separate names; 镇 is read on the first as printed); the label as one printed string is accepted; lead [] (two "
               "bodies, no 牵头), the label's names as the lead accepted (rounds 38, 40: a unit-colon label gives its body as lead); "
               + NODATE),
        S(["三", "镇各中小学校"], [], ["镇各中小学校"], lead_alternatives=[["镇各中小学校"]], **start(X01, "镇各中小学校"),
          note=R1 + ": 「镇各中小学校:全面安排部署…;…指导家长…」 — the label, a kind as printed (round 34: a kind before 学校); the "
               "家长 the schools guide are no units (rule 3); 「假期和放学离校时段」 are times of the work, no date: " + ONE + "; "
               + NODATE),
        S(["三", "镇派出所"], [], ["镇派出所"], lead_alternatives=[["镇派出所"]], **start(X01, "镇派出所"),
          note=R1 + ": 「镇派出所:负责将防溺水工作纳入日常警务…,加强巡查。及时对溺水人员实施救援。参与…」 — the label (its 负责 "
               "agrees); " + ONE + "; 「及时」 is no date: " + NODATE),
        S(["三", "镇卫生院"], [], ["镇卫生院"], lead_alternatives=[["镇卫生院"]], **start(X01, "镇卫生院"),
          note=R1 + ": 「镇卫生院:负责」 — the label and 负责 are printed, the work after it is cut (round 48: only what is printed "
               "is read; round 62: a heading alone gives no work, but this is a unit-colon item whose verb of duty 负责 is "
               "printed): a task, RULING? 1 (the count 4 without it is accepted); " + CUT + "; " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: the five unit-colon lines of 三 (the last CUT after 「负责」); 一、指导思想 and 二、目标任务 are sections "
            "(their 「零溺水」 and 全覆盖 aims give no work, round 49); accepted: 4 (without the cut 镇卫生院 line)",
            "no figure on the page is a target (「零溺水」 has no digit); no date anywhere"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x271_02_nongcun-xinguan-yiqing-fangkong-gongzuo-fangan-huibian.txt"
plan(X02,
     title="农村新冠疫情防控工作方案",
     title_note="line 15, the compilation's piece header 「农村新冠疫情防控工作方案(一)」 less the compilation's own number 「(一)」 "
                "(round 49: 「附:2017年世界人口日活动方案1」 → the name; round 48: 【一】 dropped); line 3 「农村疫情防控工作方案汇编」 is the "
                "site's headline over three plans",
     doc_no="", issuer="not named (「农村地区」; the first of three model plans; 春节 返乡, 冷链 and 边境 put it in the 2021–22 winter)",
     date="not shown (the site's 2022-07-11 is the site's)", level="rural areas of a county (乡镇 and 村委会 given work; level not named)",
     source=page_source("https://shenyajiaju.com/sy/meiwen/88191.html"),
     style="a site's page (当前位置 breadcrumb, headline, 更新时间, a 目录 of three plans with page numbers), then plan (一): a preamble, "
           "一、强化常态化防控措施 1、–5、 (each a run-in heading 「1、落实疫情检测预警。」 then its text); the site's 「当前隐藏内容免费查看」 "
           "sits inside item 5 — CUT",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], **loc(X02, ["一", "1"]),
          note="「乡镇卫生院、村卫生室及个体诊所提高对…的发现、报告意识,强化…,加强…」 — 提高／强化／加强 are outside rule 2's list "
               "(round 30); 「落实“早发现、早报告”要求」 has no subject: " + NONE + "; " + NODATE),
        S(["一", "2"], [], ["乡镇XX", "村委会"], responsible_alternatives=[["村委会"]], **loc(X02, ["一", "2"]),
          note=R2 + ": 「乡镇XX、村委会要组织人员开展全面摸排」 — A组织B＋verb: A is the doer, 人员 the object of 组织 (round 30); "
               "「乡镇XX」 is a mask kept with its kind (round 53: 「xx镇」, 「XXX鄉黨委」; round 37's no-name mask is a bare 「xx」 with no "
               "kind left), and 、 parts two heads (round 31); 村委会 alone is accepted; lead [] (no 牵头); 「春节返乡人员」 "
               "names persons by a time, no date: " + NODATE),
        S(["一", "3"], [], [], **loc(X02, ["一", "3"]),
          note="「乡镇XX、村委会要督促辖区内的企业和学校等单位落实主体责任」 — 督促 is a pivot outside rule 2's list (round 30: the "
               "object of 督促 is no unit and its subject a doer only if the verb is in the list), and 落实 belongs to the objects: "
               + NONE + "; " + NODATE),
        S(["一", "4"], [], [], **loc(X02, ["一", "4"]),
          note="「引导群众非必要不出门,…节日祈福、农村庙会灯会等活动要进行严格申报审批」 — no subject; 申报审批 without an agent: "
               + NONE + "; 「过年」「错峰返乡」 are no dates: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一/1–5 (5 CUT at 「病媒」, the site's 「当前隐藏内容免费查看」 inside it is chrome, round 40); the 目录 lines "
            "「农村新冠疫情防控工作方案(二)5」 are the site's table of contents, no items (their 5, 8 are page numbers)",
            "no target: the page has no quantity of work"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x271_03_xx-zhen-2022-nongcun-gongshui-baozhang-yingji-songshui-fangan.txt"
plan(X03,
     title_note=NO_TITLE + "the plan's title 「XX镇2022年农村供水保障应急送水方案」 runs straight into its preamble after the site's "
                "chunk number 「1、」 (「…送水方案根据各级党委…」); line 1 is the site's 《….docx》 line (x208_01's case)",
     doc_no="", issuer="an XX镇 (masked; 村屯, 屯(队) — a 屯 places it in Guangxi or the north-east)", date="2022 (the title's year)",
     level="town (XX镇, masked)",
     source=page_source("https://m.1wenmi.com/doc/450880.html"),
     style="a document site's preview (第壹文秘): a 《….docx》 line, then chunks 「1、」「2、」「3、」 (site chrome, round 40), each a line of "
           "run-on text: 一、工作目标, 二、应急送水对象, 三、运行机制, 四、送水流程 1.–5. (「2 .」「3 .」 with a space, 「5,」 with a comma), "
           "五、送水水量及要求 (a standard 「每人每天不低于35升」 split by the chunk number 「3、」) — CUT",
     leaf_tasks=5, count_alternatives=[6, 7], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、应急送水对象", "三、运行机制", "五、送水水量及要求"],
     samples=[
        S(["四", "1"], [], [], dln=None, **at(X03, "送水流程1."),
          note="a numbered step of the plan's own procedure is standing work (round 54; round 61's x264_02 第八条): a task; "
               "「由缺水村屯的供水工程管理员或队长向村委提出申请」 — 由 with persons (管理员, 队长: " + PERSON + ") and an applicant "
               "(round 30: 提出申请 names no doer); 村委 receives: " + NONE + "; " + NODATE),
        S(["四", "2"], [], [], dln=None, **at(X03, "2 ."),
          note="「挂村镇干、村两委干部、驻村工作队现场核实缺水情况」 — 镇干 and 干部 are persons (round 42); 驻村工作队 is a team, but "
               "核实 is outside rule 2's list (round 30: the subject of any other verb is no unit): " + NONE + "; " + NODATE),
        S(["四", "4"], [], [], dln=None, **at(X03, "4 ."),
          note="「镇供水保障专责小组安排送水」 — 安排 is outside rule 2's list without 由 (round 30; round 53: 「由xx镇统一安排」 is a doer "
               "only by 由, round 34; round 44: outside articles the closed list stands): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 四/1–5; 一、工作目标 is a section (round 34 early; its 「组织各村及时开展应急送水活动」 has no subject), 二、应急送水"
            "对象 a field naming the objects (round 44), 三、运行机制 a field that says how the work is ordered (「视旱情…具体安排,优先给…"
            "送水」, round 44), 五、送水水量及要求 a standard of the work cut by the page. Accepted: 6 (with 五 as a task), 7 (with 三 "
            "and 五)",
            "no item names a unit by the ruled forms (persons, 核实, 汇报, 安排): every step is a task naming no unit (plans-dev 08)",
            "「每人每天不低于35升」 in 五 is a floor (round 30) of a point not counted as a task here; not sampled",
            "the chunk numbers 「2、」 and 「3、」 split sentences 「做好\\n2、聚集雨水…」「原则\\n3、上每人每天…」 (round 40: chrome)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x271_04_xx-jiedao-2020-chuangwen-liuda-zhuanxiang-zhengzhi-xingdong-shishi-fangan.txt"
plan(X04,
     title="XX街道创建全国文明城市工作六大项整治行动实施方案",
     title_note="lines 8–9, the plan's own title printed over two lines 「XX街道创建全国文明城市工作六大项整治」 / 「行动实施方案」, "
                "read as one (a title broken by the page's layout); line 1 is the site's headline without 「XX」",
     doc_no="", issuer="XX街道 (masked; under an XX市XX区: 「X创文〔2020〕XX号」)", date="2020 (the 2020 推进方案 it follows)",
     level="street (XX街道, masked)",
     source=page_source("https://www.360docs.net/doc/729335444.html"),
     style="a document site's page: headline, 合集下载, three numbered site notices 「1. 1、下载文档前…」 (chrome), then the plan: title "
           "over two lines, a preamble broken by the PDF's lines, 工作目标 and 工作任务 (unnumbered headings), (一)宣传学习教育组 "
           "(组长／副组长: persons) 1. 2., each with a bracket label on a line of its own after a blank line 「(牵头站所:…;责任单位:…)」, "
           "(二)城市建设组 1. — CUT at 「确保在2020年9」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)", "1"], ["新时代文明实践所"], ["新时代文明实践所", "各社区"], dln=None, **loc(X04, ["(一)", "1"]),
          note=R1 + ": the bracket label 「(牵头站所:新时代文明实践所;责任单位:各社区)」 on the line after the item (a label line after "
               "its item, round 37) — 牵头站所 is a 牵头 label, so lead 新时代文明实践所 (rounds 38, 41: a lead only by 牵头), "
               "responsible the lead and 责任单位 in printed order (round 61's 责任主体／责任单位); 各社区 a kind (round 57); 组长／"
               "副组长 XX are persons; " + NODATE),
        S(["(一)", "2"], [], ["街道创文工作小组", "综合文化服务中心", "团委", "各社区"], dln=None, **loc(X04, ["(一)", "2"]),
          note=R1 + ": 「(责任单位:街道创文工作小组、综合文化服务中心、团委、各社区)」 — a 责任单位 label names no lead (round 57's "
               "x253_05; round 61); four names in printed order; the item's own 「以社区、公共文化设施…为重点」 names places of the work, "
               "not doers (the label decides anyway); " + NODATE),
        S(["(二)", "1"], [], [], skip_deadline=True, **loc(X04, ["(二)", "1"]),
          note="「根据区人民政府安排,加快推进“三微工程”建设」 — 区人民政府 stands inside 根据…安排, the basis of the work, not its doer "
               "(round 30: a body inside a noun's description); its label, if any, is lost with the cut (round 48: only what is "
               "printed is read): " + NONE + "; " + CUT + "; the date is cut at 「确保在2020年9」 — the month is printed but not whether "
               "it is a day, a 月底 or a 月前 (RULING? 2): the deadline is not checked (2020-09 would be the reading of the "
               "printed month)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: (一)/1, (一)/2, (二)/1 (CUT); 工作目标 is a section; the group headings (一)(二) with their 组长／副组长 "
            "lines are headings over numbered items, not leaves",
            "the three lines 「1. 1、下载文档前…」「2. 2、…」「3. 3、…」 are the site's notices (round 40: chrome), no items",
            "「2019年版」「2018年、2019年…创建成果」 are names and past years, no dates of work; 「9:00-18:30」 is the site's"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x271_05_jiedao-nongcun-gonggong-cesuo-guanzhi-shishi-jihua.txt"
plan(X05,
     title="关于农村公共厕所管治实施计划",
     title_note="line 7, the piece's own title (lines 1 and 3 are the site's, with 「范文」)",
     doc_no="", issuer="a 街道 (not named; 「街道党工委」「街办」「新城区,城市南花园」)", date="not shown (the site's 2022-02-21 is the site's)",
     level="street (a 街道, not named)",
     source=page_source("https://www.meizhang.com/jihua/zfgzjh/590783.html"),
     style="a 范文 site's page (美章网): breadcrumb, headline, date, title; 一、指导思想, 二、目标任务 1、2、, 三、管理标准 1、–9、 (the "
           "state a toilet must be kept in), 四、管理要求 1、 — CUT at 「各村(社区)及环卫所应在2月底全部结」",
     leaf_tasks=2, count_alternatives=[3, 11, 12], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "2"], [], ["各村"], lead_alternatives=[["各村"]], dln=None, **loc(X05, ["二", "2"]),
          note=R2 + ": 「对街办投资建造的农村公厕,各村要强化管理,落实专人负责,做好保洁和维修工作」 — 各村 is the subject of 落实 (a "
               "kind with a verb of rule 2 is a doer, round 30); 专人 are persons (" + PERSON + "); a 目标任务 item that names a unit "
               "is a task (seeds EXPECTED lines 3–5); " + ONE + "; 「常年」 is no date: " + NODATE),
        S(["四", "1"], [], ["各村(社区)"], lead_alternatives=[["各村(社区)"]],
          responsible_alternatives=[["各村(社区)", "环卫所"]], skip_deadline=True, **loc(X05, ["四", "1"]),
          note=R2 + ": 「公共厕所用水电由各村(社区)负责安装接通」 — the agent of 由 with 负责 (各村(社区) one name as printed, round 57's "
               "x253_06); 「已全部移交给各村(社区)及环卫所进行日常管理」 states a handover already done (已), a past fact, not the item's "
               "work; 「各村(社区)及环卫所应在2月底全部结」 — 应 with a verb the page cuts (结清／结算?), outside rule 2's list as far as it "
               "is printed: [各村(社区), 环卫所] accepted (round 61: the agent after 交 is a doer, RULING? 3); " + ONE + "; " + CUT
               + "; 「2月底」 has no year: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/2 (各村 by 落实) and 四/1 (CUT); 二/1 is a 目标任务 item naming no unit in a plan whose tasks name units (seeds "
            "EXPECTED lines 3–5: not a task; its 「用2-3年时间」 a span of the goal); 三、管理标准 1–9 state the standard a toilet is kept "
            "to (「公厕外观整洁…」「无蝇无蛆…」): a list of the standard's contents, no work by itself (round 37: a document's contents; "
            "round 46: terms with no doer and no 要／应), RULING? 4. Accepted: 3 (with 二/1), 11 (with 三/1–9), 12 (both)",
            "no target: 「2-3年」 is the goal's span; 三's standards have no figures"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x271_06_xx-zhen-2020-hezhangzhi-huzhangzhi-gongzuo-jihua.txt"
LBL = (R1 + ": the labels run in after the item 「牵头部门:A 协作部门:B,C 主体责任单位:D」 — 牵头部门 names the lead (rounds 38, "
       "41), and responsible is the lead, the 协作部门 and the 主体责任单位 in printed order (round 61: 责任主体 designates a doer, "
       "责任单位 names none as lead); 各村(居) one name as printed (round 57's x253_06)")
YEAR = ("the item prints no date; the year of the plan's heading 「XX镇2020年…工作安排」 dates nothing (round 38: a plan's period "
        "printed only in its title; round 44 decided: an item takes a deadline from its own text, section, stage or a campaign "
        "span, otherwise none): no deadline")
plan(X06,
     title_note=NO_TITLE + "the page's 《镇河长制湖长制工作计划.docx》 is the site's file name; the plan's heading 「XX镇2020年河长制湖长制"
                "工作安排」 runs in after 「1、镇河长制湖长制工作计划」 and straight into 「一、强化…」 (x208_01's case)",
     doc_no="", issuer="an XX镇 (masked; 「XX省行业用水定额」)", date="2020 (the heading's year)", level="town (XX镇, masked)",
     source=page_source("https://taowenge.com/p-48846048.html"),
     style="a document site's preview (淘文阁): the site's line, then chunks 「1、」「2、」「3、」 (chrome, round 40) each one line of "
           "run-on text: 一、强化水资源爱护行动 1.–3., 二、严格水域岸线空间管控行动 4., 三、加强水污染防治行动 5. — CUT; each item closes with "
           "run-in labels 「牵头部门:… 协作部门:… 主体责任单位:…」; the chunk numbers cut 「监督监\\n2、测力度」 and 「各村\\n3、(居)」",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["镇水利站"], ["镇水利站", "镇工业办公室", "镇城建办", "各村(居)"], dln=None, **at(X06, "1.", 1),
          note=LBL + "; 「镇工业办公室,镇城建办」 two names parted by a comma; " + YEAR),
        S(["一", "2"], ["镇水利站"], ["镇水利站", "镇工业办公室", "镇城建办镇农技站", "各村(居)"],
          responsible_alternatives=[["镇水利站", "镇工业办公室", "镇城建办", "镇农技站", "各村(居)"]], dln=None,
          **at(X06, "2.", 1),
          note=LBL + "; 「镇城建办镇农技站」 prints two bodies with no mark between them: one name as printed (round 44: 「各村学校幼儿园」, "
               "names printed with no separator), the two names accepted; 「一户一档」 is a name, no target; " + YEAR),
        S(["一", "3"], ["镇环保站"], ["镇环保站", "镇水利站", "镇城建办", "各村(居)"], dln=None, **at(X06, "3.", 1),
          note=LBL + "; the item's text runs across the chunk number 「2、」 (「加大监督监 / 2、测力度」, chrome); 「回头看」 names a "
               "campaign; " + YEAR),
        S(["二", "4"], ["镇水利站"], ["镇水利站", "镇直镇企各有关单位和部门", "各村(居)"], dl="2020年年底前", dln="2020-12",
          responsible_alternatives=[["镇水利站", "镇直镇企各有关单位和部门", "各村"]], **at(X06, "4.", 1),
          note=LBL + "; 「镇直镇企各有关单位和部门」 is one name as printed (round 61: 镇直 picks bodies by their level, a kind; the scope "
               "words and 和 share one 各有关…, read whole); the 主体责任单位 「各村」 runs across the chunk number 「3、」 into 「(居)」: "
               "各村(居) as in 1–3, 各村 accepted; two dates 「2020年5月底前,全面完成清理整治任务」 and 「2020年年底前,农村河湖“脏乱差”面貌"
               "明显改善」 — the item's latest date is its deadline (round 34): 2020-12"),
        S(["三", "5"], [], [], dln=None, **at(X06, "5.", 1),
          note="「加大对无证开采、越界开采等违法行为查处力度,推动矿山地质环境治理。」 — no subject, and the page ends before its labels "
               "(round 48: a lost label gives nothing): " + NONE + "; " + CUT + "; " + YEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一/1–3, 二/4, 三/5 (CUT before its labels); items number on across the sections (4., 5.), as printed",
            "no target: 「农田浇灌水有效利用系数」 has lost its figure; 「一户一档」 is a name"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x271_07_xiangzhen-qingming-qijian-senlin-fanghuo-shishi-fangan-sanpian.txt"
plan(X07,
     title_note=NO_TITLE + "the page is a document site's preview of a file 「乡镇清明期间森林防火实施方案三篇」 (three plans); 篇一 prints no "
                "title of its own (「…三篇(篇一)春季森林防火工作…」 runs straight into its preamble)",
     doc_no="", issuer="a 镇 (「*镇」, masked)", date="not shown (the upload date 2020-04-12 is the site's)",
     level="town (a 镇, masked)",
     source=page_source("https://m.wenke99.com/p-4727253.html"),
     style="a document site's preview: file facts (上传人, 文档编号 4727253, 页数:20), the page marks 「…doc_第1页」「第1页 / 共20页」 "
           "five times (chrome), 「资源描述」, then 篇一 as one run-on paragraph: a preamble, 一、领导到位 1、2、3、 — CUT at 「负责周围林地"
           "的森林」 (「展开阅」 the site's)",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "2"], [], [], skip_deadline=True, **at(X07, "。2、"),
          note="「各村、林场也应成立相应机构」 — 应 tells the villages and forest farms to act, so the item gives work (round 57's x255_06 "
               "一/2: setting up groups to work); 成立 is no rule-2 verb outside 第X条 articles (round 46: 「各有关区成立…」 names none; "
               "round 60 reads 成立 only in articles): " + NONE + "; the plan is for 清明节期间 with no year printed (round 47: a year the "
               "page does not print cannot be resolved): " + NOYEAR),
        S(["一", "3"], [], ["各村", "镇政府", "各镇直(办)单位", "中小学校"], responsible_alternatives=[[]], skip_deadline=True,
          **at(X07, "。3、"),
          note="「3、划分山头片区,落实责任。」 is the item's run-in heading, and 落实＋责任 makes it a work heading, under which every body "
               "given work is a unit whatever the verb (round 61's x265_07 「加强领导,落实责任。…」; round 36): 各村 (「应加强…管理。…"
               "派员…并派专人、护林员巡查」), 镇政府 (「安排值班人员实行24小时值班」), 「各镇直(办)单位、中小学校应共同维护防火秩序」 (镇直 a "
               "kind, round 61's x265_04; 、 parts two heads); 其余领导成员, 包片包村干部, 护林员 and 各寺庙、矿山负责人 are persons ("
               + PERSON + "); none accepted (the closed list read outside a work heading); lead []; " + CUT + "; 「在清明、春耕期间」 "
               "has no year: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一/2, 一/3 (CUT); 一/1 「成立*镇森林防火安全工作指挥部,指挥部组成人员名单见附表」 only sets up the leading body "
            "and points to its members, telling no one to act (round 57's x255_06 一/1, turned; round 57's x255_03 三): no task; "
            "accepted: 3 (with 一/1); the preamble is no item",
            "「24小时值班」 is a duty's span with no comparison word (x208_04's reading), not sampled as a target"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x271_08_qiyunshan-zhen-qingming-senlin-fanghuo-gongzuo-yuan.txt"
plan(X08,
     title="林業局森林防火工作預案",
     title_note="line 1, the site's headline (printed again in its 導語); the piece prints no title of its own, and its text is "
                "齊云山鎮's (鎮包村, 齊云山鎮護林防火宣傳單)",
     doc_no="", issuer="齊云山鎮 (a 镇; 「國家首次將清明節列為法定節日的第一年」 puts it in 2008, not printed as a date)",
     date="not shown (the site's 2022-05-31 is the site's)", level="town (齊云山鎮)",
     source=page_source("http://www.uv63h8.cn/article/xzgaoshou/gongzhuo/200905/203632.html"),
     style="a 范文 mirror in traditional characters: headline, 時間, 導語 (the site's), a preamble; 一、深入宣傳,開展工作 1、–3、, 二、加強巡查,"
           "控制火源 1、–4、, 三、嚴明紀律,落實值班制度 1、–3、 (CUT); lines 「責任人:**」「責任人:各片片長、聯系村負責人、聯系村干部」 after "
           "some items (persons, masked 「**」)",
     leaf_tasks=10, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["黨政辦公室"], lead_alternatives=[["黨政辦公室"]], skip_deadline=True, **loc(X08, ["一", "1"]),
          note=R2 + ": 「黨政辦公室負責統一書寫護林防火宣傳標語…,并督促各村張貼」 — the subject of 負責 (a body named by a kind, round 30); "
               "各村 the object of 督促 (round 30's pivot); 「2—3幅」 the slogans each village gets, a norm of supply (round 60: a ratio "
               "sizing a provision), not sampled; " + ONE + "; the plan is for 清明 with no year printed: " + NOYEAR),
        S(["一", "3"], [], [], skip_deadline=True, **loc(X08, ["一", "3"]),
          note="「實行鎮包村、村包組、組包戶,并層層簽訂責任狀。」 with 「責任人:各片片長、聯系村負責人、聯系村干部」 — a 責任人 line names "
               "persons (" + PERSON + "), so it gives no unit as a label would; 實行 has no subject: " + NONE + "; " + NOYEAR),
        S(["二", "1"], [], [], skip_deadline=True, **loc(X08, ["二", "1"]),
          note="「抽調林業站、林業公安派出所人員、部分鎮干組成巡查組,對…進行巡查」 — 林業站、林業公安派出所 are only where the persons "
               "drawn come from (人員 is the object of 抽調), and the 巡查組 the item composes is set up by it (rule 3; round 35; round 61's "
               "x263_05); 「責任人:**」 a masked person: " + NONE + "; 「十一個村」 names the villages, no target; " + NOYEAR),
        S(["二", "4"], [], ["各村"], [(3, "人")], lead_alternatives=[["各村"]], skip_deadline=True,
          **loc(X08, ["二", "4"]),
          note=R2 + ": 「由各村書記負責」 — 由 with a person (" + PERSON + "); 「各村組織成立3至5人的巡邏隊,到…進行巡查」 — 各村 is the "
               "subject of 組織＋verb (round 30: 组织＋verb of doing; a kind with a verb of rule 2 is a doer), the team it forms no unit "
               "(rule 3); 「3至5人」 — the persons an item puts to work are its own number of work, a range read at its lower edge (round "
               "32's 「设立1-2名管理人员」; round 57's 「组织4—5名…兽医人员」 → 4 名): target 3 人; " + ONE + "; " + NOYEAR),
        S(["三", "2"], [], [], skip_deadline=True, not_targets=[(4, "時")], **loc(X08, ["三", "2"]),
          note="「嚴格執行森林火災零報告制度,每天下午4時向黨政辦報告,由**負責統計」 — 黨政辦 receives (rule 3), 由** is a masked "
               "person (" + PERSON + "): " + NONE + "; 「4時」 is a clock time (not_target, CONVENTIONS Targets); " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves: 一/1–3, 二/1–4, 三/1–3 (三/3 CUT at 「必須在」); the 責任人 lines are persons' lines after items, no items",
            "三、嚴明紀律,落實值班制度 is a heading over numbered items; its 落實 does not make a unit of 黨政辦 in 三/2, a receiver"])

write_collected(DIR)
# Round 63 (rul88): x271_05 二/2 aligned to tests/data/CONVENTIONS.md "Round 88 rulings" (Units, governs: Round 85's
# 「A落实专人负责」 names none, open62-1) (README, round 63)
from aligned_rulings import STAFF88, align88  # noqa: E402

align88("x271_05", ["二", "2"], "「对街办投资建造的农村公厕,各村要强化管理,落实专人负责,做好保洁和维修工作」 (x271_05 二/2): 落实专人负责 staffs the work (Round 85's x322_01 二、（三））, and 强化管理／做好 are outside rule 2's list: a task naming none",
        STAFF88 + "; [各村] → none, [各村] stays accepted", resp=[], resp_alt=[["各村"]])

write_collected(DIR)
