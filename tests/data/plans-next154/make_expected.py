# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next154/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c154, round 38: eight page openings of plans from outside Shanghai — 黄茅洲镇's
2021 优化营商环境 plan (run-in headed paragraphs, 「由各村…赶赴现场」, CUT); a 镇's 2023 经济发展推进 plan with masked growth
rates and goal figures; 房县's 2023 营商环境 具体措施 with 「(牵头单位:…,责任单位:…)」 closing each item; a county's
镇村项目攻坚月 意见 (each project with the fields 「1、任务」「2、项目攻坚领导小组」 and a 成员单位 list under a 责任分工 heading);
a 开发区's 2025 责任清单 table (责任领导 persons, 责任单位, 完成时限 「全年」); a 区's 项目建设提速战役 plan run on ONE line; a 区's
重点项目建设 通告 with unit headings 「(一)项目业主单位」「(二)项目责任协调单位」 and masked years; and 盘锦's 2009 招商引资
任务安排意见 of headed points with goal figures): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at_in`` where
the number is not at its line's start, ``starting`` for run-in headed paragraphs, ``row`` for table rows); every answer
was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds
25–38 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was
run on these plans by c154.

    python tests/data/plans-next154/make_expected.py tests/data/plans-next154
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (inside a line), the first words cut at the line's end.
at = partial(at_line_in, DIR)


def starting(file, start):
    """Line and first eight characters of the one line that starts with ``start`` (a run-in headed paragraph)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, ln in enumerate(lines) if ln.strip().startswith(start)]
    assert len(hits) == 1, (file, start, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0]].strip()[:8]}


def row(file, n):
    """A flattened table row 「n |」 (one cell a line): the line of its number, the first eight characters of the
    next line (the 重点工作 cell)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, ln in enumerate(lines) if ln.strip() == f"{n} |"]
    assert len(hits) == 1, (file, n, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0] + 1].strip()[:8]}


NO_ADDRESS = ("(the search tool gave this page no address) — opening of the page as the search tool's pages corpus "
              "returned it (about 2,000 bytes; ASCII ,:();, page chrome included); the excerpt was copied from the tool's "
              "answer into the file (the JSON string's escapes undone by json.loads, a final newline added; nothing else changed)")
R1 = "CONVENTIONS rule 1 (the label decides; sentences in the item add nothing)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋any verb of doing, 牵头, "
         "会同/协同/联合, a designation; rounds 30, 34)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = "no year is printed on the page: the date cannot be resolved, not checked"
LATER = "round 34: items numbered inside one paragraph that run in order are items (as if each number stood at a line start)"
RUNIN = "round 35: run-in headings 「X。…」 opening the paragraphs of a numbered section are that section's items"
WHOLE_YEAR = ("RULING? 「全年」 (the whole year) read as the plan's year: deadline_norm the year alone (YYYY), so a "
              "December of that year also passes (round 34 reads 「年内」 as December of the plan's year)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x154_01_huangmaozhou-zhen-2021-youhua-yingshang-huanjing-shishi-fangan.txt"
plan(X01,
     title="黄茅洲镇2021年优化营商环境工作实施方案",
     title_note="lines 6–7, the title split over two lines (「…工作」「实施方案」); the cover names it 《黄茅洲镇2021年优化营商环境工作实施方案》",
     doc_no="黄政发〔2021〕5号", issuer="沅江市黄茅洲镇人民政府 (Hunan, 益阳 沅江市; cover signature)", date="2021-04-29 (cover)",
     level="town (Hunan, 沅江市黄茅洲镇)",
     source=NO_ADDRESS,
     style="a town's cover notice (document number, addressees, the signature and date), the plan's two-line title, 一、指导思想 "
           "(prose), 二、目标任务 of two run-in headed paragraphs 「着力优化施工环境,加快发展步伐。一是…二是…」「着力优化人文环境,…」, "
           "三、工作措施 「建立完善工作责任机制。各村、镇直各部门单位要…落实责任…由各村在接到问题诉求后30分钟内赶赴现场…」 — CUT",
     leaf_tasks=3, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "着力优化施工环境"], [], [], nodl=True, **starting(X01, "着力优化施工环境"),
          note=RUNIN + "; round 38: work items under a 目标 section that give work are tasks (a count without them "
               "accepted); " + R2 + ": 「一是维护重点工程建设环境,重点抓好…二是整治企业周边环境。完善…,及时协调处理…,严厉打击…」 — no "
               "subject, no verb of the list (" + VERBS + "): lead [], responsible []; " + NODATE),
        S(["二", "着力优化人文环境"], [], [], nodl=True, **starting(X01, "着力优化人文环境"),
          note=RUNIN + "; " + R2 + ": 「进一步加大…宣传力度,大力营造…氛围」 — no body: lead [], responsible []; " + NODATE),
        S(["三", "建立完善工作责任机制"], [], ["各村", "镇直各部门单位"], nodl=True, **starting(X01, "建立完善工作责任机制"),
          note=CUT + " (「将问题处理」); " + RUNIN + " (or a childless point that gives work, round 34: one task either way); " + R2
               + ": 「各村、镇直各部门单位要切实加强领导,…落实责任,…全面落实分层、分级包干负责制」 — the subject of 落实 (a verb here, "
               "not round 33's noun) is a doer: 各村 (a kind, like 各区／各街镇, round 32) and 镇直各部门单位 (a kind before 单位, "
               "round 34: only the bare 各单位 is a general call); 「由各村在接到问题诉求后30分钟内赶赴现场」 — 由A＋a verb of doing "
               "(round 34) adds 各村 again; lead [] (no 牵头); 「30分钟内」「24小时内」 are limits counted from an event (round 33: "
               "no deadline, no target): no deadline"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二's two run-in headed paragraphs and 三's one (CUT) — 1 (only 三, the 目标 paragraphs naming no unit, "
            "round 27) accepted; 一 is a childless section of prose",
            "「30分钟内」「24小时内」 are limits from an event (round 33), 「沅办发27号」 a document number: no targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x154_02_zhen-2023-jingji-fazhan-tuijin-gongzuo-fangan.txt"
plan(X02,
     title="2023年度镇经济发展推进工作方案",
     title_note="line 9 (and line 3, and in the site's breadcrumb); 「镇」 as printed (the town's name is dropped by the site)",
     doc_no="", issuer="a 镇 (「我镇」「县上下达我镇的推进任务」; not named — 天麻、食用菌、乌鸡 by its words)",
     date="2023 (title; the site's 「发布时间:2023-04-27」)", level="town (a 镇, not named)",
     source=page_source("https://fzchengheng.com/zhuantifanwen/gongwenfanwen/96716.html"),
     style="a 范文 site's page: breadcrumb, the title twice, the site's time line and blurb, a preamble, 一、2023年经济发展推进目标 "
           "(masked rates 「增长**%」), 二、2023年经济发展重点工作 (一) (two paragraphs of goal figures) (二) — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、2023年经济发展推进目标"],
     samples=[
        S(["二", "(一)"], [], [],
          [(10780, "亩"), (1900, "吨"), (90000, "只"), (6800, "头"), (540, "亩"), (1, "个"), (3, "个")],
          dl="全年", dln="2023",
          note="the page names no unit at all, so every numbered leaf is a task (seeds EXPECTED.md lines 3–5; plans-dev 08); "
               + R2 + ": no body is given work: lead [], responsible []; targets: the item's goal figures 「稳定在10780亩」「总产量"
               "1900吨以上」(以上, round 30) 「养殖乌鸡90000只」「饲养生猪6800头」「新发展中药材540亩」 and, in its second paragraph, "
               "「培育县级龙头企业1-2个」 (a range read at its lower edge, round 32: 1个) and 「农民专业合作社及家庭农场3个」; 「1500万简」 "
               "(as printed) is a goal too but not sampled; " + WHOLE_YEAR + " (「全年养殖…」「全年培育…」): 2023"),
        S(["二", "(二)"], [], [], nodl=True,
          note=CUT + " (「加快“旅游+”融合发」); no body, no figure: lead [], responsible []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一) (two paragraphs, one task) and 二/(二) (CUT) — 1 (without the cut item) accepted; 一 is a childless "
            "section of aims",
            "the aims of 一 are masked 「增长**%」「***%」「**.*%」: no plan targets; 「十四五」 a name"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x154_03_fangxian-2023-kongzhi-chengben-youhua-yingshang-huanjing-juti-cuoshi.txt"
ALL_03 = ["县直各有关单位", "各乡镇人民政府"]
LABEL03 = ("round 33: a label keeps every name it prints (「县直各有关单位」 kept, round 37: the label rule keeps 「各有关单位」)")
plan(X03,
     title="以控制成本为核心优化营商环境的具体措施",
     title_note="line 4, after the cover's addressees, one line and date",
     doc_no="", issuer="房县人民政府 (Hubei, 十堰市; the site fangxian.gov.cn, 「十堰市智慧城市信用平台」; the cover is unsigned on the page)",
     date="2023-06-30 (cover)", level="county (Hubei, 房县)",
     source=page_source("http://www.fangxian.gov.cn/xxgk/zc/zfbwj/202309/t20230922_4316928.shtml"),
     style="a county's cover (addressees, one line, the date), the title, a preamble, 一、更大力度降低制度性交易成本 (一)(二) each closing "
           "「(牵头单位:A,责任单位:B,C)」, (三)大力推行“首席服务员 — CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["县行政审批局"], ["县行政审批局"] + ALL_03, nodl=True,
          note=R1 + ": 「(牵头单位:县行政审批局,责任单位:县直各有关单位,各乡镇人民政府)」 — lead 县行政审批局, responsible the lead and "
               "the label's names in printed order; " + LABEL03 + "; 「“510”模式」 a name: no target; " + NODATE),
        S(["一", "(二)"], ["县行政审批局", "县市场监管局", "县发改局"], ["县行政审批局", "县市场监管局", "县发改局"] + ALL_03, nodl=True,
          note=R1 + ": 「(牵头单位:县行政审批局、县市场监管局、县发改局,责任单位:…)」 — three leads, then the 责任单位; the sentence "
               "「承诺书及践诺情况由审批部门推送至…平台」 adds nothing (the label decides); 「申请人」 an applicant; " + NODATE),
        S(["一", "(三)"], [], [], nodl=True,
          note=CUT + " (「大力推行“首席服务员」, before its label): lead [], responsible []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一/(一)–(三) ((三) CUT) — 2 (without the cut item) accepted",
            "「鄂政办发〔2022〕52号」「十政办发〔2023〕19号」 document numbers, 「510」 a name: no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x154_04_xian-zhencun-xiangmu-gongjianyue-huodong-gongzuo-yijian.txt"
MEMBERS = ("round 35 (field blocks): 「1、任务」「2、项目攻坚领导小组」 are the fields of the project, not tasks; RULING? the group's "
           "「成员单位:」/「成员:」 list, under the heading 「一、重点项目和责任分工」 (a 责任分工 heading gives out work, rounds 35/38), "
           "read as the project's responsible units — not rule 3's members of a body the item sets up; 组长／副组长 are persons "
           "(never units); lead [] (no 牵头)")
SPAN04 = ("the campaign's span 「从4月下旬开始,集中一个月时间」 (round 37: a span for items with no date) has no year on the page: " + NOYEAR)
plan(X04,
     title="镇村项目攻坚月活动工作意见",
     title_note="line 7, after the site's breadcrumb and blurb (which add 「范文」)",
     doc_no="", issuer="a county government (「县政府决定…」; 佳芦镇、王家砭镇、上高寨乡: 佳县, Shaanxi 榆林, by its words; not named)",
     date="(no year printed)", level="county (Shaanxi, 佳县 by its words)",
     source=page_source("https://meizhang.com/yijian/huodonggongzuoyijian/612375.html"),
     style="a 范文 site's page: breadcrumb, title with 范文, blurb, the title, addressees, a lead-in with the campaign's span, 一、重点项目和"
           "责任分工 (一)–(四) each with the fields 「1、任务」 (the work) and 「2、项目攻坚领导小组」 (组长/副组长 persons, 「成员单位:」 or "
           "「成员:」 bodies), 二、项目攻坚工作要求 1、加强领导。… — CUT",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["城建局", "土地局", "文体局", "物资总公司"], dl="从4月下旬开始,集中一个月时间", skip_deadline=True,
          note=MEMBERS + ": 「成员单位:城建局、土地局、文体局、物资总公司」 (物资总公司 an enterprise named as a body); " + SPAN04),
        S(["一", "(二)"], [], ["城建局", "土地局", "林业局", "佳芦镇政府"], dl="从4月下旬开始,集中一个月时间", skip_deadline=True,
          note=MEMBERS + ": 「成员:城建局、土地局、林业局、佳芦镇政府」; " + SPAN04),
        S(["一", "(三)"], [], ["水利局", "经发局", "盐化办", "王家砭镇政府"], dl="从4月下旬开始,集中一个月时间", skip_deadline=True,
          note=MEMBERS + "; 「超额完成土方任务」 has no figure; " + SPAN04),
        S(["一", "(四)"], [], ["盐化办", "经发局", "交通局", "林业局", "土地局", "王家砭镇政府", "上高寨乡政府"],
          dl="从4月下旬开始,集中一个月时间", skip_deadline=True,
          note=MEMBERS + ": seven bodies in printed order; " + SPAN04),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: the four projects 一/(一)–(四) (their 「1、任务」「2、项目攻坚领导小组」 are fields, round 35); 二/1 (CUT, "
            "「要把…作为…重中之重,…要蹲在点上、现场指挥」: no body) names no unit and is no task in a plan whose tasks name units "
            "(round 27) — 5 (with it) accepted",
            "「四个重点建设项目」「一个月」 are counts with no comparison word: no targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x154_05_huoshan-kaifaqu-2025-zhongdian-gongzuo-zeren-qingdan.txt"
TABLE = ("rule 1: the 责任单位 column gives the row's units; the 责任领导 column names persons (叶林, 马振明, 张云峰), never units "
         "(round 30)")
plan(X05,
     title="2025年开发区重点工作及责任清单",
     title_note="line 1",
     doc_no="", issuer="a 开发区 (霍山经济开发区, Anhui 六安, by the site ahhuoshan.gov.cn; 「招商工作部、安商工作部」「改革办」)",
     date="2025 (title)", level="development zone (a county's 开发区, Anhui 霍山县)",
     source=page_source("https://www.ahhuoshan.gov.cn/public/6598161/37968314.html"),
     style="a WHOLE page (782 bytes): the title and a table flattened one cell a line, each cell closed by 「 |」 — header 序号／重点"
           "工作／责任领导／责任单位／完成时限, rows 1–3 (the 重点工作 cells keep the source's stray spaces 「工作机 制」)",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], ["招商工作部", "安商工作部"], dl="全年", dln="2025", **row(X05, 1),
          note=TABLE + ": 「招商工作部、安商工作部」 — two names, lead []; " + WHOLE_YEAR + ": 2025"),
        S(["2"], [], ["改革办"], [(10, "家"), (400, "亩")], dl="全年", dln="2025", lead_alternatives=[["改革办"]], **row(X05, 2),
          note=TABLE + ": 改革办, " + ONE + "; targets 「力争全年盘活僵尸企业10家,盘活存量土地400亩」 (the item's goal figures); "
               + WHOLE_YEAR + ": 2025"),
        S(["3"], [], ["规划建设局"], dl="全年", dln="2025", lead_alternatives=[["规划建设局"]], **row(X05, 3),
          note=TABLE + ": 规划建设局, " + ONE + "; 「纬六路」 a name; " + WHOLE_YEAR + ": 2025"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: the table's rows 1–3 (the page holds no more)",
            "「纬六路」 a name, 「领导+专班」 no figure: no other targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x154_06_qu-xiangmu-jianshe-tisu-zhanyi-shishi-fangan.txt"
NOUNITS06 = ("the page names no unit as a doer anywhere (一、组织领导 names the members of a group the plan sets up, 「…主要负责人为"
             "成员」 persons, and a person 「区发改委主任张迅任办公室主任」), so every numbered leaf is a task (seeds EXPECTED.md lines 3–5)")
plan(X06,
     title="项目建设提速战役实施方案",
     title_note="line 2, after the site's 「内容预览:」",
     doc_no="", issuer="a 区 (「我区」「各镇政府、各街道办事处」; 江南新城、九龙新区、「黄山金竹人造板厂」: in 黄山市 by its words; not named)",
     date="(no year printed: 「今年」)", level="district (a 区, not named)",
     source=page_source("http://mswk.cn/Article/ShowArticle.asp?ArticleID=7750"),
     style="a member site's preview: 「内容预览:」, the title, then THE WHOLE OPENING ON ONE LINE — a preamble, 一、组织领导 (a group and "
           "its office), 二、目标任务 (a lead-in with 「10.6亿元投资任务」) (一)园区建设目标任务1、…2、… (二)五大板块项目建设目标任务 (a "
           "lead-in) 1、工业板块:… — CUT 「完成厂…………」, then the site's member lines",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、组织领导"],
     samples=[
        S(["二", "(一)", "1"], [], [], nodl=True, **at(X06, "1、"),
          note=LATER + "; " + NOUNITS06 + "; " + R2 + ": 「按照…实施方案的要求,…加快江南新城建设步伐」 — no body: lead [], "
               "responsible []; " + NODATE),
        S(["二", "(一)", "2"], [], [], [(2, "平方公里")], dl="今年", skip_deadline=True, **at(X06, "2、"),
          note=R2 + ": no body: lead [], responsible []; target 「确保九龙新区今年初步建成2平方公里」 (the item's goal); 「一纵三横」 "
               "a name; 「今年」 and " + NOYEAR),
        S(["二", "(二)", "1"], [], [], [(15, "个"), (3, "个")], dl="今年", skip_deadline=True, **at(X06, "1、", 2),
          note=CUT + " (「完成厂…………」); " + R2 + ": no body: lead [], responsible []; targets 「引进工业项目不少于15个,投产项目不少于3个」 "
               "(不少于, round 30); 「今年」 and " + NOYEAR),
     ],
     plan_targets=[{"number": 10.6, "unit": "亿元"}],
     phases=[], duties=[],
     notes=["3 leaves: 二/(一)/1–2 and 二/(二)/1 (CUT) — 2 (without the cut item) accepted; 一、组织领导 is a childless section "
            "that sets up a group (no task); " + LATER,
            "plan target: 二's lead-in 「确保完成今年10.6亿元投资任务」 (the action's goal); 「443」 a name, 「5个月」 a span, 「三大战役」"
            "「五大板块」 names: no other targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x154_07_qu-zhongdian-xiangmu-jianshe-guihua-tonggao.txt"
HEAD07 = ("CONVENTIONS rule 1 and round 38: a heading that names a party (「(一)项目业主单位」「(二)项目责任协调单位」) is a unit "
          "heading for the items under it: its name is their unit; 「各重点项目业主单位务必…」 in the text adds nothing (the label "
          "decides); " + ONE)
plan(X07,
     title="区重点项目建设规划通告",
     title_note="line 4 (and line 10, and in the site's breadcrumb)",
     doc_no="", issuer="a 区 (「我区」「区政府」; not named)", date="(masked: 「20xx年重点建设项目」「府办〔20xx〕66号」)",
     level="district (a 区, not named)",
     source=page_source("https://www.bimoguan.com/xingzhenggongwen/tonggao/epgqnv.html"),
     style="a 公文 site's page: 「关闭→」, breadcrumb, title, the site's line, a preamble with masked years, the title again, "
           "一、重点建设项目工作计划 (one paragraph of counts, 「53、04亿元」 as printed), 二、工作要求 (一)项目业主单位 1、(and an unnumbered "
           "paragraph on 承办单位) 2、 (二)项目责任协调单位 1、 2、各责任协调单位要积极协调解决项目 — CUT",
     leaf_tasks=4, count_alternatives=[3, 5], attachment_task_rows=0, childless_top_level_sections=["一、重点建设项目工作计划"],
     samples=[
        S(["二", "(一)", "1"], [], ["项目业主单位"], lead_alternatives=[["项目业主单位"]], nodl=True,
          note=HEAD07 + "; the unnumbered paragraph 「各重点前期项目承办单位务必…」 after 1、 is 1's body (round 32) and adds nothing "
               "under the heading; 「确保按时、保质、保量完成」 has no date: no deadline"),
        S(["二", "(一)", "2"], [], ["项目业主单位"], lead_alternatives=[["项目业主单位"]], nodl=True,
          note=HEAD07 + "; 「务必在每月1日、29日前…完成项目半月进度填报」 is a rhythm (round 34: recurring dates are no deadline): no "
               "deadline; the filing into a tracking system is not written as a duty here (the regulated owner's filing, round 32)"),
        S(["二", "(二)", "1"], [], ["项目责任协调单位"], lead_alternatives=[["项目责任协调单位"]], nodl=True,
          note=HEAD07 + " (「各责任协调单位要…督促和推动项目业主单位…」: 项目业主单位 is the object of the pivot 督促, round 30); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/(一)/1–2 and 二/(二)/1–2 ((二)/2 CUT) — 3 (without the cut item) and 5 (with 一 read as a point that "
            "gives work) accepted; 一 is a childless section that describes the list (「共计54项…」); no sample is written on (二)/2: it "
            "opens with the same eight characters as (二)/1 (「各责任协调单位要」), so a sample there could not be told apart by its first words",
            "一's 「54项」「15项」「8项」「20项」「11项」 count the projects the list holds and 「53、04亿元」… are the list's planned "
            "sums written with 、 for the point: read as the list's description, no plan targets; 「每月1日、29日」 dates of a rhythm, "
            "「20xx」 masked years, 「66号」「7号」 document numbers: no targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x154_08_panjin-2009-shi-zhengfu-bumen-zhaoshang-yinzi-renwu-anpai-yijian.txt"
POINTS = ("round 34: a document of headed points 「一、…二、…三、」 with no numbered child; a childless point whose text gives work "
          "is a task")
plan(X08,
     title="2009年市政府各部门招商引资工作任务安排意见",
     title_note="line 11 (the notice's title 「盘锦市人民政府办公室关于印发…的通知」 is on lines 3 and 6)",
     doc_no="盘政办发〔2009〕15号", issuer="盘锦市人民政府办公室 (Liaoning, 盘锦市; cover signature)",
     date="2009-02-27 (cover 「二○○九年二月二十七日」)", level="city (Liaoning, 盘锦市)",
     source=page_source("http://panjin.gov.cn/html/1875/2009-05-12/content-70210.html"),
     style="a city government site's page: a metadata table flattened with 「|」, the notice's number and title, addressees, one "
           "line, signature and date, the plan's title, a preamble, three childless headed points 一、确定专职招商人员 二、明确招商任务 "
           "(three paragraphs of goal figures) 三、做好协调和考核工作 「市经委作为全市域外招商牵头责任部门,要组织协调好…;人事部门要会」 — CUT",
     leaf_tasks=3, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], [(200, "名")], dl="2009年", dln="2009",
          note=POINTS + "; " + R2 + ": 「在市直60个部门中抽调逾200名人员,…全力抓好招商工作」 — no subject, 抽调 no verb of the list: "
               "lead [], responsible []; target 200名 (round 37: an item's own number to appoint is a target; 逾 = more than); "
               "「60个部门」 counts existing bodies (round 38): not a target; RULING? 「2009年,…」 opening the point read as its time "
               "(the plan's year, as 「年内」, round 34): deadline_norm 2009"),
        S(["二"], [], [],
          [(31, "项"), (53, "项"), (137, "项"), (30, "亿元"), (1, "亿美元"), (25.6, "亿元"), (4.4, "亿元")],
          dl="2009年…当年", dln="2009",
          note=POINTS + "; " + R2 + ": 「各部门招商引资要实现…」 — 实现 is no verb of the list; 「外经贸局、建委引进外资各1亿美元」 — 引进 is "
               "no verb of the list (" + VERBS + "): lead [], responsible []; targets the point's goal figures (开工 31项, 签约 53项, "
               "洽谈 137项, 30亿元; 外资 1亿美元 each; the classes' 25.6亿元 and 4.4亿元); 「一类部门31个」「二类部门22个」 count the "
               "classes' members: not targets; RULING? 「2009年…当年」 read as the plan's year: 2009"),
        S(["三"], ["市经委"], ["市经委"], [(200, "亿元")], lead_alternatives=[[]], nodl=True,
          note=CUT + " (「人事部门要会」: the verb is cut, so 人事部门 is no doer by rule 2's closed list); " + POINTS + "; " + R2
               + ": 「市经委作为全市域外招商牵头责任部门,要组织协调好…」 — a designation as the lead body (round 33: 「明确A为牵头单位」 "
               "gives lead A; round 34: 「A作为…主体」) and 组织＋work: lead 市经委 (lead [] accepted), responsible 市经委; target "
               "「确保完成引进200亿元招商引资指标」; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: the childless points 一–三 (三 CUT) — 1 (only 三, the points naming no unit read as no tasks in a plan "
            "whose tasks name units, round 27) accepted",
            "「附件1」「附件2」 are attachments the page does not hold; 「60个部门」「31个」「22个」 counts of bodies, 「二○○九年」 a date: "
            "no targets"])

write_collected(DIR)
