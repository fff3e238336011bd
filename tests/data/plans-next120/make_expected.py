# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next120/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c120, round 34: eight page openings of plans from outside Shanghai — 镜洋镇
(福清)'s 2006 「五·一」 notice of headed points with 「镇安全生产工作领导小组要…牵头组织」 and 「各村、各单位要…精心组织做好」,
a town's 2021 消防车通道 专项治理 策划方案 whose 工作步骤 are stages with dates and work, page 2 of 贵州's 温泉旅游产业 意见
with run-in headed paragraphs and 「(责任单位:…)」 labels, page 3 of 凉山州's 展销会 管理办法 (articles 第十八条–第二十五条,
「举办单位负责」「…应联合公安、工商、城管等部门建立」), a 办事处's 2018 春节花市 工作方案 (「(一)综合办公室负责…」), page 3 of
a district's 百姓迎新春 游园活动 方案 (a flattened table of games with 责任单位 and 牵头单位 columns, then 六、工作要求 with
「由A负责」 clauses), 猴屿乡's 2016 端午 龙舟竞渡 安全保卫方案 (seven headed points, dated sendings to 乡综治办), and page 3
of 平坝县's 2010 首届樱花旅游节 方案 (activities with 时间/地点/承办单位/活动内容 lines): never tune the parser on them (see
README.md).
Only `line` and `title_starts` are looked up in the text (``locate`` of ../plans/expected_tools.py, ``article_in`` for
articles, or the local helpers below where an item does not start with a number a marker finds); every answer was
written here by reading the texts under `tests/data/CONVENTIONS.md` (rules 1–4 of round 29, the round-30
clarifications, the round-31/32/33/34 rulings, cited in the notes). Neither the parser nor the scorer was run on these
plans by c120.

    python tests/data/plans-next120/make_expected.py tests/data/plans-next120
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, article_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


def head(file, marker):
    """An item with no number (a run-in heading 「严格项目审核。」): the line where ``marker`` starts (it must occur
    once) and the item's first eight characters, from the marker on."""
    text = (DIR / file).read_text(encoding="utf-8")
    assert text.count(marker) == 1, (file, marker)
    pos = text.index(marker)
    return {"line": text.count("\n", 0, pos) + 1, "title_starts": text[pos:pos + 8].split("\n")[0]}


def row(file, number):
    """A row of a flattened table (「5 夹弹珠 发改局」): the one line that starts with the row number and a blank; the
    first eight characters after them, cut at the line's end."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, ln in enumerate(lines) if ln.startswith(f"{number} ")]
    assert len(hits) == 1, (file, number)
    rest = lines[hits[0]][len(str(number)) + 1:]
    return {"line": hits[0] + 1, "title_starts": rest[:8]}


def art(file, label):
    return article_in(DIR, file, [label])


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
VERBS = ("rule 2's verbs are 负责/具体负责/主责/实施/落实, 组织＋work, the agent of 由 with a verb of doing, 牵头, 会同/联合/"
         "协同 — a closed list (round 30); this clause's verb is none of them")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
SECTION = "a top-level section with no numbered children (plans-dev EXPECTED lines 21–25): no task"
POINTS = ("round 34 (early ruling): in a document of headed points, a childless point whose text gives work is a "
          "task; a point that only states facts or a schedule is not")
EVENT = "「放假前」 is a time from an event (round 34: 「考试前」「接报后」 are no deadline)"
HOLIDAY = ("aligned round 39: 「在放假前」 is the holiday the plan fixes (Round 39 rulings, Dates) — 一、 fixes it: 「“五一”放假"
           "时间从5月1日至7日」: 2006-05 (was: no deadline, 「放假前」 read as a time from an event)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x120_01_jingyangzhen-2006-wuyi-fangjia-anquan-shengchan-tongzhi.txt"
plan(X01,
     title="关于“五·一”期间放假安排及做好有关工作的通知",
     title_note="line 10 (also in the metadata line 6 after 「- 标 题:」)",
     doc_no="镜政〔2006〕21", issuer="镜洋镇人民政府 (Fujian, 福清市)", date="2006-04-27",
     level="town (Fujian, 福清 镜洋镇)",
     source=page_source("http://www.fuqing.gov.cn/xjwz/zfxxgk/zfbmxxgk/xxjzxxgkml/jyyangz/fdzdgknr/qtyzdgkdzfxx/201709/t20170915_1652332.htm"),
     style="a city site's page: an empty first line, a METADATA BLOCK of 「- 索 引 号: …」 lines, the notice's title, the "
           "addressees, a garbled opening sentence (「关工作通 2006年度…有知如下」), then HEADED POINTS with blanks 「一、 放假时间"
           "安排 。…」: 一、 the holiday's dates, 二、 安全生产 (「镇安全生产工作领导小组要在放假前牵头组织对全镇安全生产进行次拉网式"
           "的大检查」「各村、各单位要…精心组织做好…检查工作」), 三、 环境卫生和安全保卫 — CUT at 「防止出现火灾」",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二"], ["镇安全生产工作领导小组"], ["镇安全生产工作领导小组", "各村"], dl="在放假前", dln="2006-05",
          note=POINTS + "; " + R2 + ", several clauses: 「镇安全生产工作领导小组要在放假前牵头组织对全镇安全生产进行次拉网式的大检查…"
               "落实整改措施」 (A牵头: lead A) and 「各村、各单位要…精心组织做好节日期间的安全生产检查工作」 (组织＋work, round 34: "
               "各村 a kind of body is a doer; 各单位 a general call, round 33) — lead 镇安全生产工作领导小组, responsible both; "
               "「各村、各单位要站在…高度…认真研究,周密部署」 (研究, 部署: no verb of rule 2) and 「两个风景区所在的村要做好…」 (做好) "
               "add none; " + HOLIDAY),
        S(["三"], [], ["各村"], dl="放假前", dln="2006-05", lead_alternatives=[["各村"]],
          note=CUT + "; " + POINTS + "; " + R2 + ": 「放假前,各村、各单位要认真组织做好辖区内的环境卫生保洁工作」 (组织＋work: 各村 a "
                     "doer, 各单位 a general call) and, the subject carried over in the paragraph (round 34), 「…落实安全保卫责任制」 — "
                     "responsible 各村, " + ONE + "; " + HOLIDAY),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 二、 and 三、 (cut), childless headed points that give work (round 34, early ruling); 一、放假时间安排 "
            "states the holiday's dates (5月1日至7日, 共7天, 4月29日、30日上班) and gives no body work: no task; 3 accepted "
            "(every point a task)",
            "「共7天」 and the dates of 一、 are the holiday's calendar, 「2006-00021」 an index number, 「〔2006〕21」 a "
            "document number: no targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x120_02_zhen-2021-xiaofangche-tongdao-zhuanxiang-zhili-cehua-fangan.txt"
plan(X02,
     title="2021年消防车通道专项治理工作策划方案",
     title_note="lines 3 and 7 (the same words; line 1 is the site's breadcrumb, line 5 its date)",
     doc_no="", issuer="a town's 镇政府 (unnamed; 「镇政府决定在全镇范围内部署开展」, 各村屯)", date="2021 (the title; 「即日起至2021年12月底」)",
     level="town (unnamed)",
     source=page_source("https://www.dxf5.com/wenmigongwen/cehuafangan/2021/0726/517570.html"),
     style="a 范文 site's copy with blank lines between paragraphs and two-blank indents: breadcrumb, title, site date, "
           "title again, a preamble, 一、工作目标, 二、工作时间 (「即日起至2021年12月底」), 三、组织领导 (a 领导小组 whose 成员 are "
           "offices' 负责人), 四、工作步骤 with STAGES 「(一)动员部署阶段(3月1日前)。镇政府结合实际情况,…逐级落实工作任务…」 and "
           "「(二)督促整改阶段(3月1日至4月30日)。各村屯、相关」 — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、工作时间", "三、组织领导"],
     samples=[
        S(["四", "(一)"], [], ["镇政府"], lead_alternatives=[["镇政府"]], dl="3月1日前", dln="2021-03-01",
          note="round 33 (stages, any time form): a stage with its time and its work in a section 工作步骤 is a phase and a "
               "task; " + R2 + ": 「镇政府结合实际情况,…研究制订…,研究部署…,召开会议、下发方案…,逐级落实工作任务、措施和责任」 — "
               "镇政府 the subject of 落实 (研究制订, 召开 are no verbs of rule 2) — responsible 镇政府, " + ONE + "; "
               "「(3月1日前)」 the stage's end, the year from the title: deadline 2021-03-01 (a 「…日前」 date is that day)"),
        S(["四", "(二)"], [], [], dl="3月1日至4月30日", dln="2021-04-30",
          note=CUT + " at 「各村屯、相关」: no verb, no doer on the page: lead = [], responsible = []; a stage with work (cut) — "
                     "the span's end 4月30日 is the item's deadline (round 34: several dates, the latest), year 2021"),
     ],
     plan_targets=[],
     phases=[{"name": "动员部署", "start": None, "end": "2021-03"},
             {"name": "督促整改", "start": "2021-03", "end": "2021-04"}],
     duties=[],
     notes=["2 tasks: 四/(一) and 四/(二) (cut), stages with work; 1 accepted (the cut stage left out); 一、–三、 are "
            "sections (" + SECTION + "; 三、's 成员 are offices' 负责人, members)",
            "二、工作时间 「即日起至2021年12月底」 is the campaign's span, no stage: no phase; the site's date 2021-07-26 is "
            "after the stages' dates — the year 2021 is the title's"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x120_03_guizhou-jiakuai-wenquan-lvyou-chanye-fazhan-yijian.txt"
plan(X03,
     doc_no="", issuer="贵州省 (the 省人民政府 or its office; 「贵州省温泉产业发展指挥部」, 「省旅游发展和改革领导小组」)",
     date="2018 (the site's path 20180424)", level="province (Guizhou)",
     source=page_source("https://dinovaliano.com/news/finance/20180424/175810122123_2.shtml"),
     style="a news site's PAGE 2 of the 意见 (no title on the page): 二、科学规划实施 and 三、构建产业体系, each with RUN-IN "
           "HEADED PARAGRAPHS and NO NUMBERS (「统筹规划编制。…」「严格项目审核。…(责任单位:…)」), unit labels at the end of some "
           "paragraphs only, in ASCII brackets with 、 and , between names — CUT in 「发展“温泉+大健康”」",
     leaf_tasks=5, count_alternatives=[2, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "统筹规划编制"], [], [], **head(X03, "统筹规划编制。"),
          note="RULING?: a run-in headed paragraph under a numbered section (the site dropped its number) read as an item "
               "(a task); no label and no doer: 「统一编制全省温泉产业发展规划」 has no subject — lead = [], responsible = []; "
               + NODATE),
        S(["二", "严格项目审核"], [], ["省旅游发展委", "省发展改革委", "省国土资源厅", "省环境保护厅", "各市人民政府", "贵安新区管委会"],
          not_targets=[(3, "级"), (2, "级")], **head(X03, "严格项目审核。"),
          note=R1 + ": 「(责任单位:省旅游发展委、省发展改革委、省国土资源厅、省环境保护厅,各市人民政府、贵安新区管委会)」 — "
               "responsible the six bodies in printed order, lead [] (a 责任单位 label names no lead); the sentences' "
               "「省旅游发展和改革领导小组负责…」「各成员单位配合…」「各市旅游发展和改革领导小组负责…」 add nothing (the label decides); "
               "「三级及以上」「二级及以下的温泉资源项目」 name the classes of projects each body reviews (round 34: a class the rule "
               "covers is not a target); " + NODATE),
        S(["二", "强化规划执行"], [], ["省旅游发展委", "省发展改革委", "省国土资源厅", "省环境保护厅", "省水利厅", "省林业厅", "省工商局",
                                    "省质监局", "各市人民政府", "贵安新区管委会"], **head(X03, "强化规划执行。"),
          note=R1 + ": the label's ten bodies in printed order, lead []; 「贵州省温泉产业发展指挥部定期对…进行检查」 adds nothing; "
               "「定期」 is a rhythm with no date: " + NODATE),
        S(["三", "发展“温泉+大数据”"], [], [], **head(X03, "发展“温泉+大数据”。"),
          note="RULING? (as 二/统筹规划编制): a run-in headed paragraph read as a task; no label; 「支持温泉旅游开发企业利用…打造…」 "
               "has no subject (企业 the object of 支持) — lead = [], responsible = []; the 《…》 document named is no unit; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 tasks: the run-in headed paragraphs 二/统筹规划编制, 严格项目审核, 强化规划执行, 三/发展“温泉+大数据”, "
            "发展“温泉+大健康” (cut) — RULING?; 2 accepted (二、 and 三、 as childless numbered points, round 34's early "
            "ruling, each with its paragraphs' labels), 4 accepted (the cut paragraph left out)",
            "no title on the page (page 2); the 意见's name is not printed"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x120_04_liangshan-zhanxiaohui-huizhan-huodong-guanli-banfa.txt"
plan(X04,
     doc_no="", issuer="凉山州 (Sichuan; 「我州西昌市城区」, 「冠有“凉山”等字样的州级…展销会」, 州商务局)",
     date="(no date on the page)", level="prefecture (Sichuan, 凉山彝族自治州)",
     source=page_source("http://www.fymate.net/html/text/lar/169796/16979624_3.html"),
     style="a law site's PAGE 3 of a 办法 on 展销会 and 会展活动 (no title, no site header): it opens inside an article's list "
           "(「(三)…(六)」, the article's head on page 2), then articles 第十八条 (conditions of a venue, items (一)–(四)) to "
           "第二十五条, one a line — 「第二十一条 举办单位负责…」「第二十三条 市县商务局会展管理机构应与公安等部门及时衔接,组织做好…」 — "
           "CUT in 第二十五条 (「…应联合公安、工商、城管等部门建立联席」)",
     leaf_tasks=7, count_alternatives=[8, 11, 15], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第十九条"], [], ["举办单位", "会展场所管理方"], responsible_alternatives=[["举办单位"]], **art(X04, "第十九条"),
          note="aligned round 52 to CONVENTIONS.md \"Round 62 rulings\" (turned): in 第X条 articles a party named by a kind "
               "is a doer by any verb of doing (round 54): 「举办单位应当与会展场所管理方签订…,制定…,明确…」 — 签订 in articles "
               "(round 48), 制定, 明确 (responsible [] → [举办单位, 会展场所管理方]); [举办单位] stays accepted. Earlier note: "
               "an article that gives work (「举办单位应当与会展场所管理方签订…,制定…,明确…」): a task (round 30, round 34's early "
               "ruling); 举办单位 is the subject of 签订, 制定, 明确 — " + VERBS + " (「由A与B签订」 needs 由, round 30): lead = [], "
                "responsible = []; 「开展前」 is a time from an event: no deadline"),
        S(["第二十一条"], [], ["举办单位"], lead_alternatives=[["举办单位"]], **art(X04, "第二十一条"),
          note=R2 + ": 「举办单位负责商品展销会的内部组织管理工作」 — a regulated party with 负责 is a doer (round 34: rule 2 does not "
               "ask who the body is) — responsible 举办单位, " + ONE + "; 「将审查情况报告该市县商务局的登记机关备案」 is a regulated "
               "party's filing (round 32: no duty; the 登记机关 receives, rule 3); " + NODATE),
        S(["第二十三条"], [], ["市县商务局会展管理机构"], lead_alternatives=[["市县商务局会展管理机构"]], **art(X04, "第二十三条"),
          note=R2 + ": 「市县商务局会展管理机构应与公安等部门及时衔接,组织做好…安全工作方案和应急预案」 — 组织＋work (round 34) makes "
               "it a doer; 「与公安等部门及时衔接」 (衔接: no 会同/联合) gives 公安等部门 no place; 「报州级商务、公安、消防部门备案」 "
               "— the receivers are no units (rule 3), and the filing has no date (no duty checked); responsible the 机构, "
               + ONE + "; " + NODATE),
        S(["第二十五条"], ["市县商务局会展管理机构"], ["市县商务局会展管理机构", "公安、工商、城管等部门"], lead_alternatives=[[]],
          **art(X04, "第二十五条"),
          note=CUT + " (「建立联席」); round 34: 「A联合B＋verb」 reads as 「A会同B」 — lead A (lead [] accepted), responsible A, B; "
                     "「公安、工商、城管等部门」 is fields sharing one head with 等, one name as printed (round 31); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 tasks: 第十九条–第二十五条 (articles of work; 第二十五条 cut); 第十八条 states the conditions a venue must meet "
            "and its (四) an approval 「需经州人民政府或者州级有关主管部门的批准」 (rule 3) — a statement with no doer and no work "
            "(round 33: not a task in a plan whose tasks name units); the opening (三)–(六) are the list of an article whose "
            "head is on page 2 (contents, no work); accepted 8 (第十八条 one task), 11 (its items (一)–(四)), 15 (every "
            "numbered leaf on the page)",
            "no title on the page (page 3); no figure is a target (「市县」 are levels)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x120_05_banshichu-2018-chunjie-yingchun-huashi-gongzuo-fangan.txt"
plan(X05,
     title="2018年春节花市工作方案",
     title_note="lines 1 and 8 (the site's heading and the text's title, the same words)",
     doc_no="", issuer="a 办事处 of a 新区 (masked 「**办事处」「**新区」; 王母社区工作站 among the members)",
     date="2018 (the title; 「**新区2*年迎春花市定于1月21日10时至1月27日22时举行」)", level="subdistrict (办事处, masked)",
     source=page_source("https://360docs.net/doc/33965045.html"),
     style="a document site's page: title, 「合集下载」 and three NUMBERED DISCLAIMERS 「  1. 1、下载文档前…」, title again, two "
           "preamble paragraphs, a 领导小组 (组长:*, 副组长:*, 成员单位:由…组成), its office 「设在城市建设管理办公室,负责…」, the "
           "market's dates, then (一) and (二) with no section heading above them (「(一)综合办公室负责…」「(二)城市建设管理办公室负责"
           "配合新区城管部门开展…;落实…;做好…」) — CUT",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], ["综合办公室"], lead_alternatives=[["综合办公室"]],
          note=R2 + ": 「综合办公室负责迎春花市活动的对外宣传和舆情管理等工作」 — responsible, " + ONE + "; " + NODATE),
        S(["(二)"], [], ["城市建设管理办公室"], lead_alternatives=[["城市建设管理办公室"]],
          note=CUT + "; " + R2 + ": 「城市建设管理办公室负责配合新区城管部门开展花市的筹备和协调工作;落实…;做好…」 — the subject of 负责 "
                     "(and of 落实) is the doer; 新区城管部门 is the object of 配合 and the subject of 开展 (no 组织: no verb of rule 2, "
                     "round 34: 配合 needs a doer) — not a unit; responsible 城市建设管理办公室, " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: (一) and (二) (cut); the disclaimers 「1. 1、」–「3. 3、」 are the site's, no items; the 领导小组 paragraph "
            "sets up a group (「由…组成」 members, rule 3) and its office (「办公室设在城市建设管理办公室,负责…」, a body the text "
            "sets up) in unnumbered paragraphs: no task",
            "「1月21日10时至1月27日22时」 is the market's span (clock times): no phase, no deadline"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x120_06_qu-baixing-yingxinchun-xilie-zonghe-youyuan-huodong-fangan.txt"
TABLE = ("RULING?: the table's header is on page 2; each row prints its number, its game, a column of bodies one a line "
         "and then one body again (the first of the column) — read as 责任单位 (all) then 牵头单位 (the repeated one), as "
         "六/1 names both (「各项目牵头单位…各责任单位…」); " + R1 + " (table columns): lead the 牵头单位, responsible the column")
plan(X06,
     doc_no="", issuer="a district of Jiangsu (masked 「××区」; 「海门广场」, 区委政法委, 区文体广电局)",
     date="(masked 「××年」)", level="district (masked)",
     source=page_source("http://yuwenmi.com/fanwen/wenmi/189758_3.html"),
     style="a 范文 site's PAGE 3 (no title): the end of a FLATTENED TABLE of games, rows 4–11 (「5 夹弹珠 发改局⏎统战部⏎残 联 "
           "发改局 每人20个弹球…」: number, game, a column of bodies one a line, the lead body again, a remark; blanks inside names "
           "「残 联」「团 委」「工 信局」 and games 「套 圈」), then 六、工作要求 1.–3. with 「…由各责任单位负责,道具、奖金的准备由区"
           "文体广电局负责」 and 「资金发放由区文体广电局、监察局、财政局、审计局负责,…由文体广电局负责落实。区委政法委负责…」; the page "
           "ends at the document's end",
     leaf_tasks=10, count_alternatives=[11, 8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["5"], ["发改局"], ["发改局", "统战部", "残 联"], targets=[(20, "个"), (50, "公分")], **row(X06, 5),
          note=TABLE + "; targets: the game's rules 「每人20个弹球」 (a quantity the item sets, round 25) and 「碗与碗之间间隔50公分"
               "以上」 (以上, the thresholds line); 「残 联」 as printed (the blank is the page's); " + NODATE),
        S(["7"], ["机关工委"], ["机关工委", "城管局", "民政局"], **row(X06, 7), note=TABLE + "; " + NODATE),
        S(["8"], ["团委"], ["团 委", "科技局", "计生局"], **row(X06, 8),
          note=TABLE + "; the lead column prints 「团委」, the first cell 「团 委」 (the same body; blanks are squashed); " + NODATE),
        S(["10"], ["政协办"], ["政协办", "司法局", "采购中心"], **row(X06, 10), note=TABLE + "; " + NODATE),
        S(["11"], ["文体广电局"], ["文体广电局"], dl="上午10:00开始", skip_deadline=True, **row(X06, 11),
          note=TABLE + "; one body in both columns; 「上午10:00开始」 is a clock time of the day (the date masked 「××时」 in "
                       "六/1): not checked"),
        S(["六", "2"], [], ["区文体广电局"], lead_alternatives=[["区文体广电局"]],
          note="round 33: a 工作要求 item with a doer of rule 2 names a unit, so it is a task; " + R2 + ": 「道具、奖金的准备由区文体"
               "广电局负责」 — responsible, " + ONE + "; 「…奖券的发放由各责任单位负责」 — 各责任单位 refers back to the table's "
               "column (round 34: a back-reference adds no unit); 「承办单位要认真做好…组织协调工作」 (做好: no verb of rule 2); "
               + NODATE),
        S(["六", "3"], [], ["区文体广电局", "监察局", "财政局", "审计局", "文体广电局", "区委政法委"],
          note="a 工作要求 item with doers (round 33): a task; " + R2 + ", several clauses: 「资金发放由区文体广电局、监察局、财政局、"
               "审计局负责」, 「舞台等相关布置由文体广电局负责落实」 (printed without 区: a name as printed, round 34), 「区委政法委负责"
               "维护海门广场的秩序」 — responsible all in printed order, lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 tasks: the table's rows 4–11 on the page (rows 1–3 on page 2) and 六/2, 六/3; 六/1 names no unit (「各有关单位」 "
            "a general call, round 33; 「各项目牵头单位要安排一名领导负责」 a back-reference and a person) — not a task (round 27); "
            "11 accepted (六/1 counted), 8 (the 工作要求 items read as no tasks)",
            "row 4 「吉祥套」 prints 「农林水利局⏎(扶贫办)」 in the column and 「农林水利局」 as the lead: not sampled",
            "「1个半小时以上」 in 六/1 (not a task) is not checked; no title on the page (page 3)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x120_07_houyuxiang-2016-duanwu-longzhou-jingdu-anquan-baowei-fangan.txt"
plan(X07,
     doc_no="", issuer="猴屿乡人民政府 (Fujian, 长乐)", date="2016-05-27",
     level="township (Fujian, 长乐 猴屿乡)",
     source=page_source("http://www.fzcl.gov.cn/xjwz/zwgk/zfwj/201705/t20170516_461974.htm"),
     style="a district site's page of a township's 方案 with NO TITLE line: addressees 「各村、各单位:」, a one-sentence preamble "
           "(「特制定以下安全工作保卫方案」), seven HEADED POINTS 一、–七、 (一、 the boats, area and dates 「6月5日-6月9日止」; "
           "二、 「浮岐村设指挥部负责执勤巡逻工作,…并将执勤巡逻名单于5月30日前上报乡综治办」; 五、 「于5月 30日前上报」 with a "
           "blank; 七、 「执勤巡逻队负责…,船长负责…」), the issuer and the date, and 「扫一扫在手机上查看」 — the whole document",
     leaf_tasks=6, count_alternatives=[7, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二"], [], [], dl="5月30日前", dln="2016-05-30",
          note=POINTS + "; RULING?: 「浮岐村设指挥部负责执勤巡逻工作,制定…,并将…上报乡综治办」 — the subject of 负责 is the 指挥部 the "
               "item sets up (rule 3; round 34: a set-up body is no unit) and 浮岐村's verb is 设 (" + VERBS + "): lead = [], "
               "responsible = []; 乡综治办 receives (rule 3); deadline 5月30日前, the year from the preamble (2016)"),
        S(["三"], [], [],
          note=POINTS + "; 「乡与村签订安全保卫工作责任状,浮岐村与各条船也要签订责任状」 — 签订 with no 由 (round 30's 「由A与B签订」 "
               "needs the agent of 由): " + VERBS + "; 「严禁…」 names no body: lead = [], responsible = []; " + NODATE),
        S(["五"], [], [], targets=[(1, "名")], dl="5月 30日前", dln="2016-05-30",
          note=POINTS + "; no body is named (「每条龙舟都要实行编号挂牌」; 船长 and 村干部 are persons): lead = [], responsible = []; "
               "「配备1至2名村干部或…村民担任船长」 — a range read at its lower edge (round 32): target 1 名; 「于5月 30日前上报乡综治办」 "
               "(a blank inside the date, the page's): deadline 2016-05-30"),
        S(["六"], [], [], dl="6月9日止", skip_deadline=True,
          note=POINTS + "; 「各船长应负责组织人员将龙舟抬上岸」 — 船长 is a person's role (round 34: never a unit): lead = [], "
               "responsible = []; 「限从6月5日-6月9日止」 bounds the activity and the work follows 「活动结束」 (a time from an event): "
               "the deadline is not checked"),
        S(["七"], [], ["执勤巡逻队"], lead_alternatives=[["执勤巡逻队"]],
          note=POINTS + "; " + R2 + ": 「执勤巡逻队负责龙舟竞渡区域的沿江路面及观龙舟点的排查」 — a body named by a kind, responsible, "
               + ONE + "; 「船长负责本船秩序…」 is a person's role (no unit); 「向指挥部报告」 a receiver; 「活动期间」 is a span, "
               "no date: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "执勤巡逻名单上报乡综治办", "when": "5月30日前", "when_norm": "2016-05-30"},
             {"what": "锣手、鼓手、舵手造册登记后上报乡综治办", "when": "5月 30日前", "when_norm": "2016-05-30"}],
     notes=["6 tasks: 二、–七、 (headed points that give work, round 34's early ruling); 一、 states the boats (5条), the "
            "area and the days (6月5日-6月9日) and gives no work: no task; 7 accepted (every point), 5 (四、 — rules for the "
            "crews and the crowd, no plan body — left out)",
            "duties: the two dated sendings to 乡综治办 (二、 and 五、; the township's office, round 32: a plan unit's "
            "sending to the plan's office is a duty)",
            "「5条」 (一、) is a present figure (round 33): no target; 「2016年5月27日」 the issuer's date"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x120_08_pingba-2010-shoujie-yinghua-lvyoujie-huodong-fangan.txt"
HOST = ("RULING?: an activity written as 「(一)name⏎1、时 间:…⏎2、地 点:…⏎3、承办单位:…⏎4、活动内容:…」 is one task whose "
        "numbered lines are its fields (time, place, host, content), not tasks; its 「承办单位:」 line is read as the item's "
        "unit label (" + R1 + ", responsible, no lead) — x115_08 read 承办 as no verb of rule 2 in a sentence, this is a label")
D327 = "「1、时 间:2010年3月27日…」 — the activity's date: deadline 2010-03-27"
plan(X08,
     doc_no="", issuer="平坝县 (Guizhou, 安顺; 县委宣传部, 县旅游发展局)", date="2010 (the activities on 2010年3月27日)",
     level="county (Guizhou, 平坝县)",
     source=page_source("http://gz-travel.net/wzgz/zthd/gfhd/as/201003/8737_3.html"),
     style="a travel site's PAGE 3 of the 首届贵州·平坝樱花旅游节 方案 (no title): 六、主体活动 with six activities (一)–(六), "
           "each with four numbered FIELD LINES 「1、时 间:2010年3月27日9︰30-11︰00」 (full-width ︰ in clock times) 「2、地 点:…」 "
           "「3、承办单位:…」 (bodies split by 「,」 or by blanks) 「4、活动内容:…」 (one with 「(红缘坊茶楼负责派人…)」, one with "
           "「天龙镇组织屯堡妇女20人,…」), then 「七、其他事项:⏎安全」 — CUT",
     leaf_tasks=6, count_alternatives=[24], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["六", "(一)"], [], ["县委宣传部", "县旅游发展局"], dl="2010年3月27日", dln="2010-03-27",
          note=HOST + "; 「3、承办单位:县委宣传部,县旅游发展局」; " + D327 + " (9︰30-11︰00 clock times)"),
        S(["六", "(二)"], [], ["贵州省艺术摄影学会", "县旅游发展局"], dl="2010年3月27日", dln="2010-03-27",
          note=HOST + "; two bodies split by a blank; " + D327),
        S(["六", "(三)"], [], ["城关镇人民政府", "天龙镇人民政府", "白云镇人民政府", "夏云镇人民政府", "高峰镇人民政府", "乐平乡人民政府",
                             "羊昌乡人民政府"], dl="2010年3月27日下午", dln="2010-03-27",
          note=HOST + "; seven bodies split by blanks, in printed order; 「组织县境内地戏队进行汇演」 has no subject; " + D327),
        S(["六", "(四)"], [], ["平坝县文联"], lead_alternatives=[["平坝县文联"]], dl="2010年3月27日", dln="2010-03-27",
          note=HOST + "; " + ONE + "; " + D327),
        S(["六", "(五)"], [], ["平坝农场茶叶加工厂"], lead_alternatives=[["平坝农场茶叶加工厂"]], dl="2010年3月27日下午",
          dln="2010-03-27",
          note=HOST + "; the label decides: 「(红缘坊茶楼负责派人进行茶艺表演)」 in the content adds nothing (rule 1); " + ONE + "; "
               + D327 + " (14:00-17:00)"),
        S(["六", "(六)"], [], ["城关镇人民政府", "天龙镇人民政府", "马场镇人民政府", "羊昌乡人民政府"], targets=[(20, "人")],
          dl="2010年3月27日", dln="2010-03-27",
          note=HOST + "; the content's 「天龙镇组织屯堡妇女20人,城关镇组织黑苗妇女20人…」 adds nothing to the label (rule 1); "
               "target 20 人 (each town's quota, round 25); " + D327),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 tasks: the activities 六/(一)–(六); 24 accepted (every numbered field line 1、–4、 a leaf); 七、其他事项 is cut "
            "at its first word",
            "no title on the page (page 3); clock times 9︰30-11︰00, 14:00-17:00 are no targets"])

write_collected(DIR)
