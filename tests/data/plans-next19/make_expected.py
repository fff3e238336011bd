# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next19/expected.json from the hand-written answers below.

These plans are a blind never-tuned set of round 17 (built by corpusX; page openings of plans from outside
Shanghai in fields the earlier sets have little of: 安全生产月, 爱国卫生, 防汛, 垃圾分类, 招商引资): never tune the
parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of
../plans/expected_tools.py, or by ``at`` where an item's number is not a marker ``locate`` knows: x19_06's ⑴);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on these plans by
corpusX: the lead scores them once.

    python tests/data/plans-next19/make_expected.py tests/data/plans-next19
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    PAGES,
    YEAR,
    S,
    at_in,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

HAND = ("; the excerpt was copied by hand from the tool's answer into the file (JSON escapes undone, a final newline "
        "added; runs of blanks retyped as ASCII spaces)")
PROSE = ("no unit is named for the item (the subjects in the text are prose, roles or category words): "
         "lead = [], responsible = []")
GOALS = ("a section of aims, principles or facts (指导思想/活动主题/活动时间…): no task; with it counted is accepted")
at = partial(at_in, DIR)


def src(url):
    return url + " — " + PAGES + HAND


# ---------------------------------------------------------------------------------------------------------
plan("x19_01_xiangzhen-2025-anquan-shengchanyue-huodong-fangan.txt",
     doc_no="", issuer="a town (「结合我镇实际情况」「本乡镇」; the town is not on the page)",
     date="2025 (by the page's address 202505; not in the text)", level="town (place not on the page)",
     source=src("http://mip.mjgov.cn/jxfw/202505/329980.html"),
     style="a town's 安全生产月 plan with NO TITLE on the page (it starts at the preamble); 一、指导思想 / 二、活动主题 / "
           "三、活动时间 childless; 四、主要任务 「1. …」 (ASCII dot and a blank); 五、保障措施 1.–3., 3 cut after its heading",
     leaf_tasks=8, count_alternatives=[7, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题", "三、活动时间"],
     samples=[
        S(["四", "1"], ["镇安委会"], ["镇安委会"],
          note="「由镇安委会牵头组织召开…动员大会」: 牵头 names the lead (由 not part of the unit); no deadline (the month "
               "6月1日–6月30日 is the campaign's span, in 三、)"),
        S(["四", "3"], [], [], note=PROSE + " (「组织专业人员」)"),
        S(["五", "1"], [], [], note=PROSE + " (「成立专门的工作领导小组」: a group to be set up, not named)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["no title on the page: the title is not checked",
            "8 leaves: 四/1–5 and 五/1–3 (五/3 is only its heading 「强化监督考核」, cut); 7 without the cut one; 5 if the "
            "保障措施 items are not read as tasks",
            "三、活动时间 (6月1日–6月30日, no year in the text) is one span, not phases: phases = []",
            "「一个月」 is the span: no target"])

# ---------------------------------------------------------------------------------------------------------
plan("x19_02_wangjiang-anquan-shengchanyue-huodong-fangan-di2ye.txt",
     doc_no="", issuer="望江县 (inferred: 「中国人寿望江公司」「长江华阳海事处」; Anhui, Anqing)",
     date="(not on the page)", level="county (Anhui, Wangjiang, inferred)",
     source=src("http://yuwenmi.com/fanwen/wenmi/216524_2.html") + "; page 2 of a paged copy (title, 一、 and 二、 "
            "are on page 1)",
     style="page 2 of a county's 安全生产月 plan: starts at 三、活动时间; 四、活动安排 / (一)…(四) activities, each with "
           "FIELDS as numbered items 「1.活动时间:」「2.活动内容:」「3.组织单位:」 (units in the 3. field, doubled label in "
           "(三), a 参加单位 list in brackets); (四)/2. cut empty",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["三、活动时间"],
     samples=[
        # aligned round 35: CONVENTIONS.md "Round 35 rulings" (Tasks, Field blocks) — 1.活动时间 2.活动内容 3.组织单位 are the
        # fields of one activity: the activity (一)–(四) is one task, its 「组织单位:」 line its units label (responsible);
        # the samples were 四/(一)/3, 四/(二)/3, 四/(三)/3 and the field 四/(一)/1 (README, "Round 35: answers aligned")
        S(["四", "(一)"], [], ["各乡镇人民政府", "县直有关部门和单位"], dl="6月1日至6月7日", skip_deadline=True,
          note="aligned round 35: field blocks — 「3.组织单位:各乡镇人民政府,县直有关部门和单位。」 is the activity's label: split "
               "at the comma; no lead named; 县直有关部门和单位 a group name kept whole; its 「1.活动时间:6月1日至6月7日」 is "
               "the activity's time: " + YEAR + " (no year on the page)"),
        S(["四", "(二)"], [], ["各乡镇人民政府", "总工会"],
          note="aligned round 35: field blocks — 「3.组织单位:各乡镇人民政府、总工会。」"),
        S(["四", "(三)"], [], ["县安办", "各乡镇人民政府", "县有关部门和单位"],
          note="aligned round 35: field blocks — 「3.组织单位:组织单位:县安办、…」: the label is doubled on the page; the "
               "bracketed 「参加单位:县安监局、交通局、…」 (12 participants at the consultation point) are not read as the "
               "item's units — doubtful; the bracket also names a place (回龙路和东洲路…超市门前), no unit"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["no title on the page: the title is not checked",
            "4 tasks: the activities (一)–(四), their numbered lines 1.–3. read as fields (aligned round 35, field blocks; "
            "the mechanical 10 and 11 were accepted before)",
            "the four activity weeks have dates without a year: no phases (phases = [])",
            "《安监局长》《零的神话》 are film titles; 一是…四是 are parts of (二)/2, not items; no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x19_03_chifeng-aiguo-weisheng-gongzuo-jihua.txt",
     title="愛國衛生工作計畫",
     title_note="line 1, the site's heading in traditional characters; the plan's full name is not on the page",
     doc_no="", issuer="赤峰市 (inferred: 「籌劃組建赤峰市病媒生物防制協會」「全市」「自治區」; Inner Mongolia)",
     date="(blanked by the site: 「200x年」「黨的xx大」)", level="city (Inner Mongolia, Chifeng, inferred)",
     source=src("https://www.mingyanjiaju.org/fanwen/weishenggongzuojihua/1231216441731756.htm"),
     style="a city 爱国卫生 work plan in TRADITIONAL characters on an essay site; six top-level items 一、…六、 with no "
           "sub-levels, blank line between paragraphs; one item broken over a blank line inside a quoted name "
           "(「三促\\n\\n進」); years blanked (200x, xx大)",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], note=PROSE + "; 「五小」 is a name: no target"),
        S(["三"], [], [], note=PROSE + " (the city office is the implied actor; 「赤峰市病媒生物防制協會」 is an association "
                                   "to be set up, not a responsible unit)"),
        S(["六"], [], [], note=PROSE + " — doubtful: 「各地愛衛辦要…」「市愛衛辦將給予指導並組織申報」 are prose subjects "
                                   "(a kind of office and the issuer's own office), not a unit list"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: the top-level items are tasks (none is a section of aims); item 二 runs over a blank line inside "
            "「五治、四改、三促進、兩創建、一達標」, which is a name: no targets",
            "「第二十個」 is an ordinal; 200x and xx are blanked years: no deadlines",
            "「組織申報」 is the city office applying upward for the units, not a reporting duty of the units: duties = []"])

# ---------------------------------------------------------------------------------------------------------
plan("x19_04_xiangzhen-fangxun-kanghan-shishi-fangan.txt",
     doc_no="", issuer="a town (「结合我镇实际」; by 梅山东干渠/沣西干渠 a town in Shaanxi, inferred; not named)",
     date="(not on the page)", level="town (Shaanxi, inferred; not named)",
     source=src("http://zuowen.c321.cn/fangan/5644162.html"),
     style="an essay site's collection 「乡镇抗旱实施方案范文(通用6篇)」 with a blurb; the first text (heading 「乡镇抗旱实施"
           "方案1」) is a town's 防汛 plan: 一、指导思想 (with 总体要求), 二、主要任务和要求 / (一)灌区防汛 / (二)水库防汛, "
           "headings on their own lines and the body on the next line; (二) cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], dl="在汛前", skip_deadline=True,
          note=PROSE + " (「各村要…」: 各村 is a kind of actor); 「起闭机要在汛前擦油调试」: 汛前 is a season, no date — "
                       "not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["no plan title on the page: 「乡镇抗旱实施方案1」 is the site's heading for a 防汛 text; the title is not checked",
            "2 leaves (二/(一), 二/(二) cut); 1 without the cut one; 二/(二) is not sampled (its text is cut before any "
            "unit: 「按照县防汛指挥部下达的《小水库」 names the source of an order, not its units)",
            "「四座小型水库」 is a fact, not a target; 一、's 总体要求 (堤防不决口…) has no numbers"])

# ---------------------------------------------------------------------------------------------------------
plan("x19_05_xian-2021-shenghuo-laji-fenlei-gongzuo-shishi-fangan.txt",
     title="2021年生活垃圾分类工作实施方案",
     title_note="the document site's file name (several times) and the text's title line (「2021 年…」 with a blank once, "
                "then without); the county is not named",
     doc_no="", issuer="a county (「县农业农村局」「各镇(办)」; not named)", date="2021 (by the title)",
     level="county (place not on the page)",
     source=src("https://m.taodocs.com/p-602976532.html"),
     style="a document site's preview with chrome (page counter, file size, uploader, date); the preview runs the "
           "preamble into the body of the first task, whose heading (一) is MISSING; then 「牵头单位:农业农村局、城管局、"
           "卫健局配合单位:各镇人民政府、街道办事处」 on ONE line (no separator before 配合单位); (二) cut; a line broken "
           "inside a word (「管理责\\n任人」), 「****」 masking in the text",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["1 numbered leaf on the page ((二), cut); 2 if the unnumbered body before 「牵头单位:」 is read as the first task",
            "no sample: the only units on the page (lead 农业农村局、城管局、卫健局; 配合 各镇人民政府、街道办事处) belong to "
            "the item whose number the preview lost, and (二)'s units are cut off",
            "2021 is the plan's year, 2022/2/13 the upload date; 21KB, 10页, 1 / 10 are chrome: no targets, no deadlines"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x19_06_cangxi-2022-zhaoshang-yinzi-kaimenhong.txt"
plan(X06,
     doc_no="", issuer="苍溪县政府 (the page's 发布机构; Sichuan, Guangyuan)", date="2022-02-22 (the page's 发布日期)",
     level="county (Sichuan, Cangxi)",
     source=src("https://m.muncard.com/govop/show/20220221043249-31410-00-000.html"),
     style="a county government's 招商引资 「开门红」 measures as shown by a mirror: a metadata table flattened with 「|」 "
           "(索引号, 发布机构, 发布日期), NO TITLE, then three items numbered with PARENTHESIZED DIGIT characters ⑴⑵⑶ "
           "(U+2474–2476), each a run-in heading 「强化招商意识。」 and dense targets",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["⑴"], [], [], targets=[(90, "%"), (80, "%"), (30, "%")], **at(X06, "⑴"),
          note=PROSE + " (「乡镇、县级部门」 in 「红黑榜」 are kinds of units); 「分别达到90%、80%、30%以上」: three targets"),
        S(["⑵"], [], [], targets=[(22, "亿元"), (14, "亿元"), (15, "亿元")], **at(X06, "⑵"),
          note=PROSE + "; 「百日攻坚」 is a name: no target; no deadline (「开门红」 implies the first quarter but gives no "
                       "date)"),
        S(["⑶"], [], [], dl="一季度", dln="2022-03", **at(X06, "⑶"),
          not_targets=[(120, "亿只")],
          note=PROSE + "; 「力争一季度一批项目正式投产」: first quarter of 2022 (the year from the page's date) → 2022-03 — "
                       "doubtful; 「年产120亿只医疗级手套」 is a project's capacity, not a target"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["no title on the page: the title is not checked",
            "3 leaves ⑴⑵⑶; the parent section is not on the page",
            "008478033/2022-0140 is an index number: no target"])

write_collected(DIR)
