# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next66/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by helper c66, round 26; page openings from outside Shanghai whose tasks
carry units or dates on the page: 非洲猪瘟, 学生接送车辆, a school's month plan, 乡村振兴, 营商环境, 农村改厕 ×2, 清明
森林防火): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by
``locate`` / ``at_in`` of ../plans/expected_tools.py, or ``row`` below); every answer was written here by reading the
texts. Neither the parser nor the scorer was run on these plans by c66: the lead scores them once.

    python tests/data/plans-next66/make_expected.py tests/data/plans-next66
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
    unit-headed line)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, s in enumerate(lines) if s.strip().startswith(starts)]
    i = hits[nth - 1]
    return {"line": i + 1, "title_starts": lines[i].strip()[:8]}


PROSE = ("no unit is named for the item as a label (the actors act in sentences or are kinds: 各村(居), 各县区 公安、教育部门, "
         "村集体经济组织, 有关部门和单位): lead = [], responsible = []")
BY_X = ("「由X+verb」 with a named office gives the step to X (as plans-next56's 「由X负责」): responsible = [X], no lead named; "
        + ONE.replace("column", "sentence"))
UNIT_HEAD = ("a line headed by a unit and a colon 「X:负责…」 is an item with X as the responsible unit (unit-as-heading, "
             "plans-dev 12; plans-next57 x57_05); no lead named, X accepted as lead")
NONE = "lead = [], responsible = []"
YEARLESS = "no year on the page (masked or not given): the deadline is not checked"

F01 = "x66_01_zhen-2021-feizhou-zhuwen-fangkong-chunji-sanda-xingdong-gongzuo-fangan.txt"
F02 = "x66_02_shi-xuesheng-jiesong-cheliang-anquan-yinhuan-paicha-gongzuo-fangan.txt"
F03 = "x66_03_xiaoxue-2011-xiaxueqi-gongzuo-jihua-anpai.txt"
F04 = "x66_04_jinxiang-2021-xiangcun-zhenxing-zhongdian-renwu-qingdan.txt"
F05 = "x66_05_chizhou-2017-chuangyou-sizui-yingshang-huanjing-shishi-yijian.txt"
F06 = "x66_06_zhen-20xx-nongcun-gaice-shishi-fangan.txt"
F07 = "x66_07_zhouzhi-zhen-2018-nongcun-huce-gaizao-tisheng-shishi-fangan.txt"
F08 = "x66_08_zhen-qingmingjie-senlin-fanghuo-fangan.txt"

# ---------------------------------------------------------------------------------------------------------
plan(F01,
     title="非洲猪瘟防控春季“三大行动”工作方案",
     title_note="line 1",
     doc_no="", issuer="a town (「我镇」, 镇长朱以武; the town and its county not named: 「XX县非洲猪瘟防控应急预案」 is masked)",
     date="(2021, from 三's 「开展2021年非洲猪瘟防控春季…」)", level="town",
     source=page_source("https://xiebiwenku.com/index/article/detail/detail_id/23548.html"),
     style="a document site's text: title, preamble, 一、工作目标 (one sentence of aims), 二、强化组织领导 (a leading group of "
           "named persons and of offices 财政所、农业中心、经发办、工商所、派出所), 三、职责分工 with THREE UNNUMBERED "
           "UNIT-HEADED LINES 「村(居)民委员会:要…」「农服中心:负责…」「财政所:负责…」; the stored excerpt ends there (1,856 bytes)",
     leaf_tasks=3, count_alternatives=[0, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、强化组织领导"],
     samples=[
        S(["三", "村(居)民委员会"], [], ["村(居)民委员会"], lead_alternatives=[["村(居)民委员会"]],
          note=UNIT_HEAD + "; 村(居)民委员会 is the villages' committees as a body (as 各村 in plans-dev 12), kept with its "
               "bracket; 「2021年」 is the campaign's year and 「三大行动」 a name: no target; " + NODATE,
          **row(F01, "村(居)民委员会")),
        S(["三", "农服中心"], [], ["农服中心"], lead_alternatives=[["农服中心"]],
          note=UNIT_HEAD + " (农服中心 is printed short; 二、 calls it 农业服务中心/农业中心 — the line's own words are the answer); "
               "「负责疑似疫情上报工作」 is a standing function with no time, not a dated duty; " + NODATE,
          **row(F01, "农服中心")),
        S(["三", "财政所"], [], ["财政所"], lead_alternatives=[["财政所"]],
          note=UNIT_HEAD + "; " + NODATE, **row(F01, "财政所")),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: the three unit-headed lines under 三、职责分工 (unnumbered lines read as items, their path the unit "
            "that heads them, as plans-next57 reads unnumbered rows); 0 accepted (a reading of numbered leaves only: the "
            "three top-level sections have no numbered children); 4 accepted (二、强化组织领导 counted: it sets up a group "
            "and tells 各村 to set up theirs)",
            "二's persons (朱以武, 唐宴忠, 吴和) and offices are members of a leading group, not units given an item",
            "no figures except the year; no dates"])

# ---------------------------------------------------------------------------------------------------------
plan(F02,
     title="开展学生接送车辆安全隐患排查工作方案",
     title_note="line 1 (and at the start of lines 3, 5 and 7: the preview repeats it)",
     doc_no="", issuer="a city's 公安局 and 教育局 (「市公安局、教育局决定…在全市范围内」; city not named)",
     date="(not on the page; 「自10月20日至年底」 with no year)", level="city (not named)",
     source=page_source("https://wenku.docs.qq.com/detail?docId=8l3F0yrY94"),
     style="a 腾讯文库 preview: title, a teaser paragraph cut at 「预」, then the text RUN INTO ONE LINE with blanks inside "
           "words (「工 作」「一 步」, the document's line breaks), 「一、工作目标」 and 「二、工作措施 (一)…」 inline, a page "
           "marker 「16 /」 where the preview stops, the site's title again",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], [], dl="10月底前", skip_deadline=True,
          note="「10月底前,各县区 公安、教育部门要积极会同安监部门,联合组织对辖区内学…」: the actors are kinds (each "
               "county's police and education departments; 安监部门): " + NONE + "; 「10月底前」 is the "
               "item's deadline but " + YEARLESS + "; " + CUT + " (at 「学 16 /」)",
          **at(F02, "二、工作措施 (一)")),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task on the page: 二/(一) (cut); 0 without the cut item; 一、工作目标 is aims (a section)",
            "「自10月20日至年底」 is the campaign's window (one period, no named phases); 「16 /」 is the preview's page "
            "marker: no target"])

# ---------------------------------------------------------------------------------------------------------
MONTH = ("the item stands under the month heading 「{m}」 of a term plan 「xx年-2011学年度下学期」 (the spring term of "
         "2011: the first year is masked, the term is the second half of the school year ending in 2011): the month is "
         "when the item is done, read as its deadline ({n}; a month, so any day of it passes); the school itself does "
         "the work and the 区/市/中心 named are the inspectors or organisers it meets: lead = [], responsible = []")


def M(month, norm, n, marker, note="", **kw):
    base = MONTH.format(m=month, n=norm)
    return S([month, str(n)], [], [], dl=month, dln=norm, note=(note + "; " if note else "") + base, **at(F03, marker), **kw)


plan(F03,
     title="学校校长组织工作计划",
     title_note="line 7 (the collection's own heading for this piece; line 3 adds the collection label 「集锦9篇」 and line 9 "
                "「范文1」, both dropped as collection labels; the text gives itself no title beyond 「下学期工作计划安排」)",
     doc_no="", issuer="a primary school of 厦门 海沧 (「根据区教育局、海沧中心工作计划精神,结合我校实际」; 「区小学毕业考试」)",
     date="spring term 2011 (「xx年-2011学年度下学期」; the site's date 2022-06-18)",
     level="school (Fujian, 厦门市海沧区; not named)",
     source=page_source("https://www.haoqikan.com/haowen/2841.html"),
     style="a 集锦 page of a periodical site: chrome (phone numbers, 证券代码), the collection title, a time line, the piece's "
           "heading and 「范文1」, one preamble sentence, then MONTH HEADINGS 「二月份:」「三月份:」「四月份:」「五月份:」 each "
           "over one-line items 1、–9、 (9, 9, 8, 6), blank lines between; the last item holds two exam days and is cut "
           "(「5月31日上午」)",
     leaf_tasks=32, count_alternatives=[31], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        M("二月份", "2011-02", 1, "二月份:\n\n1、"),
        M("二月份", "2011-02", 4, "作息时间表并上交;\n\n4、"),
        M("二月份", "2011-02", 9, "进社区活动;\n\n9、", note="「阳光体育」 is a programme name"),
        M("三月份", "2011-03", 1, "三月份:\n\n1、", note="「迎接区…检查评估」: 区 is the inspector, not a unit doing the item"),
        M("三月份", "2011-03", 5, "视导工作;\n\n5、"),
        M("三月份", "2011-03", 9, "前期准备工作;\n\n9、"),
        M("四月份", "2011-04", 1, "四月份:\n\n1、"),
        M("四月份", "2011-04", 4, "组织半期考试;\n\n4、"),
        M("四月份", "2011-04", 8, "评估检查;\n\n8、"),
        M("五月份", "2011-05", 1, "五月份:\n\n1、"),
        M("五月份", "2011-05", 3, "下校视导工作;\n\n3、"),
        M("五月份", "2011-05", 6, "篮球比赛;\n\n6、",
          note="「参加区小学毕业考试:5月24日上午考英语、5月31日上午」: the two exam days are in the month (any day of May "
               "passes); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["32 tasks: 二月份 1、–9、, 三月份 1、–9、, 四月份 1、–8、, 五月份 1、–6、 (6 cut); 31 without the cut item; the month "
            "headings are unnumbered section headings (their text is the path's first element, as plans-dev 11)",
            "12 of the 32 items are sampled (first, middle and last of each month; about 1 in 3, as for whole documents): "
            "the items are one-line and read alike, and sampling all 32 would give this one page a third of the set's checks",
            "the month headings are read as the deadlines of their items (a month plan: each item falls in its month); they "
            "are not listed as phases (no phase is checked)",
            "「百名校长、万名教师」 (二月份 8) is a programme name; 400-888-9411 / 211862 are the site's phone and code: no targets"])

# ---------------------------------------------------------------------------------------------------------
UNITS04 = ["县扶贫开发办", "县教育和体育局", "县卫生健康局", "县住房和城乡建设局", "县民政局", "县医疗保障局", "各镇街"]
plan(F04,
     title="2021年全县乡村振兴工作重点任务清单",
     title_note="line 7",
     doc_no="", issuer="金乡县农业农村局 (the page's 发布机构 and 信息来源; 「全县」: a county list)",
     date="2021-04-20 (成文日期)", level="county (Shandong, 济宁市金乡县)",
     source=page_source("http://www.jinxiang.gov.cn/art/2021/4/20/art_75741_2724091.html"),
     style="a government page: breadcrumb, an index block one label a line (索引号 with two-blank gaps, 发布机构, 成文日期, "
           "有效性), the title, a 发布日期 line, 「分享」, a 总的要求 paragraph, 一、 heading, 1. with a LABEL AT ITS END "
           "「(责任单位:县扶贫开发办牵头,县教育和体育局、…、县医疗保障局等有关部门参加,各镇街落实)」 (the lead inside the "
           "责任单位 label), 2. cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["县扶贫开发办"], UNITS04,
          note="「(责任单位:县扶贫开发办牵头,县教育和体育局、县卫生健康局、县住房和城乡建设局、县民政局、县医疗保障局等有关部门"
               "参加,各镇街落实)」: the lead is the unit that 牵头; the responsible list is every unit the label names, the lead "
               "with them, and the group 各镇街 (落实); 「等有关部门」 is a category tail, dropped (plans-next5, plans-next11); "
               "「过渡期内」 is a span, not a deadline; 「四个不摘」 and 「两不愁三保障」 are names: no target; " + NODATE),
        S(["一", "2"], [], [],
          note=CUT + " (before its label, which is not on the page): lead = [], responsible = []; 「两委」 is a name; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks on the page: 一/1, 一/2 (cut); 1 without the cut item; the 总的要求 paragraph is unnumbered prose",
            "「39项重点任务」 in 总的要求 counts the list's own items: not asked as a target; 11370828004313434W/2021-05704 is "
            "an index number and 2021-04-20 the page's date: no targets, no deadlines"])

# ---------------------------------------------------------------------------------------------------------
LEAD05 = ("「(市工商质监局牵头负责)」 at the item's end: the one unit named, and named as the lead (牵头): lead = responsible "
          "= [市工商质监局]; lead = [] accepted (one unit, as plans-dev 03's 「(X负责)」)")
plan(F05,
     title="池州市人民政府关于创优“四最”营商环境的实施意见",
     title_note="line 5, without the number in brackets that follows it 「(池政〔2017〕101号)」",
     doc_no="池政〔2017〕101号", issuer="池州市人民政府 (Anhui)", date="(2017; the page's 发布时间 2018-01-26)",
     level="city (Anhui, 池州市)",
     source=page_source("https://jindifashion.com/html/402881e5465f3f6701465f66403e017c20180130205940ul7r.html"),
     style="a mirror of the city's page: 政务微信/政务微博/× chrome, the title with its number in brackets, a 来源 line, the "
           "preamble, two-blank indents, 一、 heading, 「1.深化商事制度改革。」 with (1)(2)(3) RUN INTO THE SAME LINE, each "
           "sub-item ending in 「(市工商质监局牵头负责)」; (3) cut",
     leaf_tasks=3, count_alternatives=[2, 1], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "1", "(1)"], ["市工商质监局"], ["市工商质监局"], lead_alternatives=[[]],
          note=LEAD05 + "; 「由市政府授权市工商质监局公布市级《目录》」 is prose inside the item; 「多证合一、一照一码」 is a name: "
               "no target; " + NODATE,
          **at(F05, "1.深化商事制度改革。(1)")),
        S(["一", "1", "(2)"], ["市工商质监局"], ["市工商质监局"], lead_alternatives=[[]],
          note=LEAD05 + "; " + NODATE, **at(F05, "(2)")),
        S(["一", "1", "(3)"], [], [],
          note=CUT + " (before its label): lead = [], responsible = []; " + NODATE, **at(F05, "(3)")),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks on the page: 一/1/(1), (2), (3) (cut; the run-in (n) read as items, as plans-next38 x38_06 reads inline "
            "numbers); 2 without the cut item; 1 accepted (1. read as the leaf, its (n) left unsplit)",
            "皖政〔2017〕120号 and 池政〔2017〕101号 are document numbers; 「四最」 is a name: no targets"])

# ---------------------------------------------------------------------------------------------------------
CHUNK = ("the text's two lines start with the 金锄头 preview's chunk numbers 「1、」 and 「2、」 (1、农村改厕的实施方案 各村: …; "
         "2、上级财政补贴的材料外…): they are not items")
plan(F06,
     title="农村改厕的实施方案",
     title_note="line 1 (the site's heading; the text repeats it after the chunk number 「1、」 on line 18)",
     doc_no="", issuer="a town (「我镇」, addressed to 各村, the village 古桥畈村; town and county not named)",
     date="(year masked 「20*年」; uploaded 2019-09-06)", level="town (not named)",
     source=page_source("https://m.jinchutou.com/p-97848791.html"),
     style="a 金锄头文库 page: 上传人/文档编号 line, four page-preview lines, 「资源描述」; then the text RUN INTO TWO LINES "
           "that start with the preview's chunk numbers 「1、」「2、」; blanks between sentences; 一、目标任务 (one sentence: "
           "「古桥畈村实施农村改厕50户」); 二、资金筹集 with items NUMBERED WITHOUT A DELIMITER 「1政府补助。」–「4群众自筹。」 "
           "(4 broken across the chunk break 「除⏎⏎2、上级财政补贴的材料外」); 三、规范施工管理 「1改厕器材采购。由镇改厕办申请…由县统一"
           "招标采购。」 「2施工质量控制。」 「3施工进度控制。乡镇负责…并将进度上报县改厕办,县改」 (cut)",
     leaf_tasks=7, count_alternatives=[6, 8], attachment_task_rows=0,
     childless_top_level_sections=["一、目标任务"],
     samples=[
        S(["二", "1"], [], [], targets=[(400, "元")],
          note="「省财政安排专项补助资金每户400元」: 省财政 pays (the sentence's subject, not a unit given the item): lead = [], "
               "responsible = []; the per-household rate 400元 is the item's quantity (round 25: a policy's rate is a target); "
               + NODATE, **at(F06, "多渠道筹集。 1")),
        S(["二", "2"], [], [], note=PROSE + "; " + NODATE, **at(F06, "400元。 2")),
        S(["二", "3"], [], [], note=PROSE + "; " + NODATE, **at(F06, "物资上给予扶持。 3")),
        S(["二", "4"], [], [],
          note="「4群众自筹。除⏎⏎2、上级财政补贴的材料外,建设农村卫生户厕所需的其余建材由农户自购。」: the item runs over the chunk "
               "break (the line-start 「2、」 is the preview's, not an item); 农户 are a kind: lead = [], responsible = []; "
               + NODATE, line=at(F06, "物资上给予帮助。 4")["line"], title_starts="群众自筹。除"),
        S(["三", "1"], [], ["镇改厕办"], lead_alternatives=[["镇改厕办"]],
          note="「由镇改厕办申请,并提供购置清单,由县统一招标采购。」: " + BY_X + "; 县 is a level of government with no office "
               "named (as 乡里 in plans-next56): not a unit; " + NODATE, **at(F06, "三、规范施工管理 1")),
        S(["三", "2"], [], [],
          note="「…镇改厕办要组织相关专业人员在施工过程中加强指导」: 镇改厕办 acts in a sentence (「X要…」, not 「由X…」): lead = [], "
               "responsible = []; " + NODATE, **at(F06, "由县统一招标采购。 2")),
        S(["三", "3"], [], [],
          note="「乡镇负责改厕施工组织,并将进度上报县改厕办」: 乡镇 is a kind of body and 县改厕办 the recipient of the report: "
               "lead = [], responsible = []; " + CUT + "; " + NODATE, **at(F06, "及时纠正。 3")),
     ],
     plan_targets=[{"number": 50, "unit": "户"}],
     phases=[],
     duties=[{"what": "乡镇负责改厕施工组织,并将进度上报县改厕办", "when": None, "when_norm": None}],
     notes=["7 tasks: 二/1–4 and 三/1–3 (3 cut); 6 without the cut item; 8 accepted (一、目标任务 counted: one work sentence "
            "with its village and 50户); " + CHUNK,
            "the items' numbers have no delimiter (「1政府补助。」): read as numbered items all the same (the number, a "
            "four-character heading, 。)",
            "plan target: 一、目标任务's 50户 (古桥畈村); 20*年 is a masked year: no dates",
            "the duty: progress reported to 县改厕办 (三/3), with no time given"])

# ---------------------------------------------------------------------------------------------------------
plan(F07,
     title="乡镇2018年度农村户厕改造提升工作实施方案",
     title_note="lines 1 and 8 (the site's heading; the text's own title would name the town, masked 「xxx镇」)",
     doc_no="", issuer="a town of 周至县 (Shaanxi; 「xxx镇」 masked by the site; 「确保完成周至县下达的工作任务」)",
     date="2018 (「2018年度」; posted 2018-07-30)", level="town (Shaanxi, 西安市周至县; masked)",
     source=page_source("http://www.mswk.cn/Article/ShowArticle.asp?ArticleID=128242"),
     style="a writing site's preview: title, 投稿人/发布时间 line, 「内容预览:」, title again, two-blank indents; 一、目标任务 "
           "(a paragraph: 9个村, 「并在今年9月底前完成」); 二、项目实施 / (一)实施重点 with 1、–4、 RUN INTO ONE LINE separated by "
           "「;」; (二)资金筹集与管理 1. 2. (2000元/户; a document number 「周爱卫办发﹝2018﹞9号」 with odd brackets and a title "
           "in 「<…>」); 2. cut by the site's 「…………」, then the site's 全文共3142字 / 注册 lines",
     leaf_tasks=6, count_alternatives=[5, 7], attachment_task_rows=0,
     childless_top_level_sections=["一、目标任务"],
     samples=[
        S(["二", "(一)", "1"], [], [], note="「实施美丽乡村的村户厕改造整村推进」: no unit; " + NODATE,
          **at(F07, "(一)实施重点\n\n  1、")),
        S(["二", "(一)", "2"], [], [],
          note="「列入2018-2020年农村污水改造治理的村庄…统一按安排、同步规划、同时建设」: no unit; 2018-2020年 names which "
               "villages (a programme's years), not a deadline; " + NODATE, **at(F07, "整村推进;2、")),
        S(["二", "(一)", "3"], [], [],
          note="「省定贫困村及危房改造户(2017-2018年)全覆盖」: no unit; the years name the households: no deadline",
          **at(F07, "同时建设;3、")),
        S(["二", "(一)", "4"], [], [], note="「农家乐必须率先完成改厕,否则暂停营业」: 农家乐 are a kind: no unit; " + NODATE,
          **at(F07, "整村推进实施;4、")),
        S(["二", "(二)", "1"], [], [], targets=[(2000, "元/户")],
          note="「验收合格后财政补助2000元/户」 is the item's rate (a target); 「由驻村工作队、帮扶单位出资」: kinds of body "
               "(each village's work team, the helping units), not named units: lead = [], responsible = []; " + NODATE,
          **at(F07, "(二)资金筹集与管理\n\n  1.")),
        S(["二", "(二)", "2"], [], ["镇财政所"], lead_alternatives=[["镇财政所"]], not_targets=[(9, "号")],
          note="「由镇财政所组织统一支付给村」: " + BY_X + "; 「xxx镇建立…专项资金」 names the masked town as the sentence's "
               "subject; 周爱卫办发﹝2018﹞9号 is a document number (not a target); " + CUT + " (by the site's 「…………」); "
               + NODATE, **at(F07, "出资。\n\n  2.")),
     ],
     plan_targets=[{"number": 9, "unit": "个村"}],
     phases=[], duties=[],
     notes=["6 tasks: 二/(一)/1–4 (run into one line, read as items) and 二/(二)/1, 2 (2 cut); 5 without the cut item; 7 "
            "accepted (一、目标任务 counted: it holds the work's scope and date)",
            "plan target: 「任务分解为9个村」; 「今年9月底前完成」 (2018-09-30) is the plan's own date, in a section that is not a "
            "task: no sample carries it",
            "三格化粪池 is a kind of tank; 3142字 is the site's count: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan(F08,
     title="清明节森林防火方案",
     title_note="lines 2 and 4 (the site's heading, twice)",
     doc_no="", issuer="a town (「镇、村(居)」, 「报镇防火办备案」; not named)",
     date="(year masked: 「《镇20-20年度森林防火工作意见》」; posted 2014-07-14)", level="town (not named)",
     source=page_source("https://www.fanwenq.com/UserLookArticle.asp?ArticleID=9b41b080162ee529"),
     style="a 范文 site's preview: 返回, the title twice, a time line with [下载该文章] [会员注册], then the WHOLE TEXT ON ONE "
           "LINE: preamble, 「一、防火宣传1.…2.…3.…4.…」 inline, cut at 「自觉遵...」; then 请先登录 / > / 相关推荐",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], dl="3月31日前", skip_deadline=True,
          note="「镇、村(居)分别召开…动员会议…村(居)工作预案于3月31日前报镇防火办备案」: 镇 and 村(居) act in sentences and "
               "镇防火办 receives the filing: lead = [], responsible = []; 「3月31日前」 is the item's deadline but " + YEARLESS,
          **at(F08, "一、防火宣传1.")),
        S(["一", "2"], [], [],
          note="「各村(居)利用标语…积极开展防火宣传,清明节期间(4月2日至4月8日),一律不得上坟烧纸烧香」: " + NONE
               + "; 4月2日至4月8日 is the window the ban holds in (a span), not a deadline: no deadline",
          **at(F08, "报镇防火办备案。2.")),
        S(["一", "3"], [], [], note="「各村(居)党支部要…」: " + NONE + "; " + NODATE,
          **at(F08, "等鞭炮。3.")),
        S(["一", "4"], [], [], dl="在清明节前", skip_deadline=True,
          note="「中小学校各班级要适时开展防火宣传,在清明节前每个班级都要上好一堂防火知识课」: kinds (schools' classes): "
               "lead = [], responsible = []; 「在清明节前」 dates the lesson by a festival in a year not given: not checked; "
               + CUT, **at(F08, "予以曝光。4.")),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "村(居)工作预案于3月31日前报镇防火办备案", "when": "3月31日前", "when_norm": None}],
     notes=["4 tasks on the page: 一/1.–4. inline (4 cut); 3 without the cut item",
            "the duty: each village's plan filed with 镇防火办 by 3月31日 (year not given: not normalised)",
            "「冲天雷」 is a kind of firecracker; 一堂 is one lesson: no targets"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x66_02", ["二", "(一)"], ["各县区公安、教育部门"], ["各县区公安、教育部门", "安监部门"],
        "aligned round 39: CONVENTIONS round 31 (Names: fields joined by 、 before one head are one name as printed, "
        "「人事、卫生等部门」) — 「各县区 公安、教育部门」 is the fields 公安, 教育 sharing the head 部门, one name (the page's "
        "space after 各县区 dropped), read again from the text; before: 各县区公安, 教育部门 apart. "
        "「10月底前,各县区 公安、教育部门要积极会同安监部门,联合组织对辖区内学…」: 「A会同B＋verb」, lead A (the two bodies joined by 、, names kept as printed as the round-30 clarification says: 各县区公安, 教育部门; lead [] accepted), responsible A, B in order", alt=[[]])
align30("x66_06", ["三", "2"], [], ["镇改厕办"],
        "「镇改厕办要组织相关专业人员在施工过程中加强指导」: the subject of 组织＋verb (as round 29's x77_04) is responsible, no lead (A alone accepted as lead)", alt=[["镇改厕办"]])
align30("x66_06", ["三", "3"], [], ["乡镇"],
        "「乡镇负责改厕施工组织,并将进度上报县改厕办」: the subject of 负责 is responsible, no lead (A alone accepted as lead); 县改厕办 receives the progress (rule 3)", alt=[["乡镇"]], rule="2 and 3")
from expected_tools import align33_units  # noqa: E402

align33_units('x66_04', ['一', '1'], ['县扶贫开发办'], ['县扶贫开发办', '县教育和体育局', '县卫生健康局', '县住房和城乡建设局', '县民政局', '县医疗保障局', '有关部门', '各镇街'],
              'Labels keep their names, less the four no-kind words — the label prints 「…等有关部门」: 有关部门 is a kind (「No kind, no doer」), a name of the label kept after 等, as plans-dev 05 四/（二）/6 keeps 「海关总署、商务部等有关部门负责」')  # noqa: E501

# Round 61 (align83): x66_01 三 aligned to tests/data/CONVENTIONS.md "Round 82 rulings" (Tasks and units of a 职责分工
# section, p60c-1), which named it for a later alignment (README, round 61)
from aligned_rulings import align83  # noqa: E402
from expected_tools import _sample32 as _s83, at_line_in  # noqa: E402

_W83 = ("「三、职责分工 村(居)民委员会:要按照“属地管理”原则，…。 农服中心:负责疑似疫情上报工作，… 财政所:负责…经费保障，…」 (x66_01 三): a 职责分工 "
        "section of paragraphs each opening with a body 「X：负责…」「X负责…」 is one task whose units are every body in printed "
        "order, each once (round 32; round 51's governs), wherever it stands; Round 82 named x66_01 三 (three unnumbered "
        "unit-headed lines read as three tasks by plans-dev 12's numbered 「（一）城运中心：负责…」) at odds with the form — one "
        "task, count 1, its three samples' paths merging into 三")
_Y83 = ("Tasks and units, governs: round 32's childless section of unit paragraphs, rounds 34, 35, 51 and plans-dev 09 over "
        "the unnumbered lines read as items")
for _u in ("村(居)民委员会", "农服中心"):
    align83("x66_01", ["三", _u], _W83, _Y83, ruling="Round 82 rulings", drop=True)
align83("x66_01", ["三", "财政所"], _W83, _Y83, ruling="Round 82 rulings", drop=True,
        counts={"leaf_tasks": 1, "count_alternatives": [0, 2]})
_s83("x66_01", None)[0]["samples"].append(
    S(["三"], [], ["村(居)民委员会", "农服中心", "财政所"],
      note='aligned round 61 to CONVENTIONS.md "Round 82 rulings" (' + _Y83 + "): " + _W83 + " (the three samples 三/村(居)民委员会, "
           "三/农服中心, 三/财政所 → one sample 三; count 3 → 1) — the section 三、职责分工 is one task, its units the three bodies "
           "that open its paragraphs, printed order, each once, 村(居)民委员会 kept with its bracket; lead [] (no 牵头); 「2021年」 the campaign's year and 「三大行动」 a name: no target; "
           "「负责疑似疫情上报工作」 a standing function with no time, no duty; accepted counts 0 (numbered leaves only) and 2 (二、 "
           "counted too, the old 4's reading under the form); " + NODATE,
      **at_line_in(DIR, F01, "三、")))
_p83 = _s83("x66_01", None)[0]
_p83["notes"][-3:] = [_p83["notes"][-3].replace("(sample 三/村(居)民委员会 dropped)", "(samples 三/村(居)民委员会, 三/农服中心, "
                                                "三/财政所 dropped for one sample 三; " + _p83["notes"][-1].rsplit("dropped; ", 1)[1])]

write_collected(DIR)
