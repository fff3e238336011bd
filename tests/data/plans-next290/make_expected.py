# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next290/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 57 (built by helper c290): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``, ``article_in`` and ``at_line_in``);
every answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 64 rulings" to
"Round 68 rulings … continued" in full, older rulings where a grep for a form led) applied to every item. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next290/make_expected.py tests/data/plans-next290
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
at = partial(at_line_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit below); only the "
          "repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank lines around "
          "them, the `# ` marker before the notice title), cut by a script at the first 「\\n# 」; the stored file as copied "
          "(wrapper + text) had the character count read_file gives")


def src(commit, path, url, chars, extra=""):
    return f"{REPO} @ {commit}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars}){extra}"


C4D = "4d8fe162809354f56275a7791649e0cdff91b1f8"     # the commit read_file gave for x290_01's stored file (and the index)
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"     # the commit read_file gave for x290_02 … 04's stored files

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), rounds 62 p52c, 66, 68: in 第X条 articles a body named by a kind standing as the subject of the "
           "article's verb of doing is a doer whatever the verb; applying, filing or sending for itself, paying, options (可), "
           "having or owing (负有…义务) and reviews of a submission name none (rounds 47 q44c, 48, 54, 67's x280_01)")
HOUSEHOLDS = "tenants and owners are households and the public, no units (rounds 41, 52, 55's x247_03 第十四条)"
REVIEW = ("round 67's x280_01 第十条, round 68's x274_04 第十二条: a review of a submission and the decision on it name none, in "
          "articles too")
LIMIT = ("a time limit counted from an event with no comparison word (「N个工作日内」) is the deadline rule: neither a target nor "
         "a deadline (rounds 33, 34, 54; round 65's x275_05)")
MIDLINE = ("the article's label stands inside the line of the article before it (the page joined two paragraphs with a space); "
           "an article is read from its own label wherever the page prints it (RULING? 1), so its line and first words are "
           "those after the label")

# ---------------------------------------------------------------------------------------------------------
X01 = "x290_01_shi-fangguanju-2018-jiu-zhufang-chaichu-chongjian-xiangmu-shishi-guanli-banfa.txt"
P01 = "上海市旧住房拆除重建项目实施管理办法"
N01 = "关于印发《上海市旧住房拆除重建项目实施管理办法》的通知"
A04, A06, A07, A08 = "第四条（管理机构）", "第六条（计划立项）", "第七条（建设单位确定）", "第八条（编制设计方案和改造实施方案）"
A10, A11, A14, A16 = "第十条（方案公示和意见征询）", "第十一条（签订协议）", "第十四条 （规划设计要求）", "第十六条（建筑设计要求）"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 8) or the notice's title (line 1, printed again on line 4 with a page space "
                "inside it): either (round 45's pair; the scorer squashes spaces)",
     doc_no="沪房规范〔2018〕1号 (printed on line 3 as 「沪房规范〔2018〕1 号」)",
     issuer="上海市房屋管理局",
     date="2018-01-10",
     date_note="the notice is dated 二 ○ 一 八 年 一 月 十 日 (the page's stripped field said 发布日期：2018-01-17; the index "
               "row 2020-03-31); the rules are in force from 2018年2月11日 (第二十条)",
     level="the city housing bureau (Shanghai), rules on projects that demolish and rebuild old public housing: the bodies "
           "in charge, a district plan listed by the city, the builder, its design and implementation plans, publicity, "
           "the tenants' agreement, design rules, support and funding",
     source=src(C4D, N01 + ".md", "https://fgj.sh.gov.cn/gfxwj/20200331/5f1bcf8188b541f3bb6d37a4c4fe2bcb.html", 3119,
                "; besides the wrapper, the site's page fields under the title (「…的通知( 2018年01月17日  )」, 「发布日期：…」, "
                "「文号：…」, 「字号：」「大」「中」「小」: seven lines) and its closing chrome from 「留言答复查看」 on (portal links "
                "and other documents' headlines) were cut by the same script — web chrome only, the document's own lines "
                "untouched"),
     style="a notice (number, title with a page space, addressees, one sentence 「…请遵照执行。」, a date in Chinese numerals); "
           "the rules' title line; 20 articles 「第N条（heading）」 with the heading on its own line and the text on the next, "
           "paragraphs joined by a space; three articles' labels printed inside the line before (第四条 after 第三条's text, "
           "第十一条 after 第十条's, 第二十条 after 第十九条's, whose label too is in the line); 第五条 （一）–（四） conditions",
     leaf_tasks=9, count_alternatives=[8, 10, 11, 13],
     leaf_tasks_by_section={"第四条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第九条": 1, "第十条": 1, "第十一条": 1,
                            "第十四条": 1, "第十六条": 1},
     childless_top_level_sections=[],
     samples=[
        S([A04], [], ["上海市房屋管理局", "各区住房保障房屋管理部门", "上海市规划和国土资源管理局", "各区规划土地管理部门", "各区人民政府"],
          **at(X01, A04 + " "),
          note="「上海市房屋管理局（以下简称“市房管局”）是本市拆除重建项目实施的管理部门。各区住房保障房屋管理部门（…）负责…具体管理。上海市"
               "规划和国土资源管理局（…）是…主管部门。各区规划土地管理部门（…）负责…。各区人民政府负责…具体组织实施。」 — 「A是…的主管／管理"
               "部门」 designates A (rounds 32, 37; round 67's x284_02 第三条), 负责 is rule 2's verb; several clauses give all their "
               "bodies in printed order (rule 2); the 「（以下简称“X”）」 brackets dropped (round 35), the full names given where they "
               "are printed (round 43); one task: an article dividing the work among bodies (round 54's 部门职责 article); "
               + MIDLINE + "; " + NODATE),
        S([A06], ["区房管局"], ["区房管局", "区相关部门"], lead_alternatives=[[]],
          responsible_alternatives=[["区房管局", "区相关部门", "市房管局"]], **art(X01, [A06]),
          note="「区房管局会同区相关部门…制定本辖区内的拆除重建项目实施计划，经区人民政府批准同意后，报市房管局。市房管局征询市规土局、市财政局意见"
               "后，列入全市…计划。」 — rule 2's 「A会同B＋verb」: lead 区房管局 (lead [] accepted, round 30), responsible it and 区相关部门 "
               "(相关 before a kind makes a kind, round 56); 区人民政府 approves and 市房管局 receives the district plan and lists it after "
               "consulting, a decision on a submission (" + REVIEW + "; the list with 市房管局 by the article rule accepted); 市规土局, "
               "市财政局 are consulted (receivers, rule 3); 「报市房管局」 sends the body's own plan for a decision after approval, a "
               "step of approval (round 46): no duty; " + NODATE),
        S([A07], [], ["区房管局"], lead_alternatives=[["区房管局"]], responsible_alternatives=[[]], **art(X01, [A07]),
          note="「公房产权单位或委托管理人为拆除重建项目的建设单位。对于公房产权不明晰的项目，由区房管局报区人民政府批准，选择区属国有公司作为…建设"
               "单位。」 — the first sentence defines a role (no unit in the article that defines it, rounds 47, 50); 由A＋a verb of "
               "doing (选择) names A (round 34), 报区人民政府批准 a step of approval before it (round 46), and 「对于…的项目」 names the "
               "class of projects the step takes (round 56: 对…的 names the objects), no contingency; 区属国有公司 is the object of "
               "选择 (none) — " + ONE_LEAD + "; none accepted (the article read as a definition of the builder); " + NODATE),
        S([A08], [], ["建设单位"], lead_alternatives=[["建设单位"]], responsible_alternatives=[[]], **art(X01, [A08]),
          note="「建设单位应向区规土局申请核提…规划条件，并…委托专业设计单位进行…方案设计。建设单位依据设计方案编制…改造实施方案。」 — "
               + ARTICLE + "; 申请 names none (applying for itself), 「A委托B＋verb」 makes A the doer (rounds 33, 35, 39), 编制 a "
               "verb of doing; 建设单位, the role 第七条 defines, is a unit where it acts later (rounds 47, 50), a body named by a kind "
               "(rounds 34, 47 q44c); 专业设计单位 the object of 委托 (none); " + ONE_LEAD + "; none accepted (RULING? 2: drafting its "
               "own project's plan as a step in its own approval, round 65's x276_03); " + NODATE),
        S([A10], [], ["建设单位"], lead_alternatives=[["建设单位"]], **art(X01, [A10]),
          note="「建设单位应当将经区规土局批准的…设计方案和实施方案在改造项目范围内向公房承租人和业主公示，征询相关意见。」 — " + ARTICLE
               + "; 公示 and 征询 are the builder's own work on the project (verbs of doing), publishing to those concerned is no duty "
               "(round 55: publishing; round 65's x274_03); 区规土局 inside the description of the plan 「经区规土局批准的」 is no doer "
               "(round 30); " + HOUSEHOLDS + "; " + ONE_LEAD + "; the label 「第十一条（签订协议）」 printed at the end of this article's "
               "line is the next article's (RULING? 1); " + NODATE),
        S([A11], [], ["建设单位"], targets=[(90, "%")], lead_alternatives=[["建设单位"]], **at(X01, A11 + " "),
          note="「建设单位与公房承租人和业主签订改造协议，取得改造项目范围内不低于 90%（具体比例由区人民政府确定）的公房承租人和业主同意后，协议正式生效。」 "
               "— 「A与B签订」 names both (round 30), but B here is tenants and owners: " + HOUSEHOLDS + "; 区人民政府 inside the "
               "bracket fixes a share, an option of a case (round 30's description; no doer of the item); " + ONE_LEAD + "; "
               "「不低于 90%」: a quantity with 不低于 is a target wherever it stands (round 30's line), a floor that triggers the "
               "step (the agreement's effect), not a band inside a noun naming works (round 66) → target 90 %; " + MIDLINE + "; "
               + NODATE),
        S([A14], [], [], **art(X01, [A14]),
          note="「拆除重建项目的规划设计应当按照规划导向，明确地区功能优化、…的目标和要求。」 — 应当 with an act (明确) gives work though no "
               "unit is named (round 63's x270_01, x273_01; round 67's x280_04 第二条): a task naming no unit; " + NONE + "; the "
               "design's 「目标和要求」 are words, no figures; " + NODATE),
        S([A16], [], [], **art(X01, [A16]),
          note="「拆除重建项目改造，不得减少原住户房屋的居住面积，并结合改造解决建筑使用功能完善问题。…设计标准参照…执行。…鼓励户型设计创新，"
               "鼓励…推广应用…」 — 不得 with its act binds and gives work though no unit is named (round 67's x280_04, turned), 解决 "
               "joined to it; 鼓励 names no doer (rounds 30, 40): a task naming no unit; " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the notice, with 「…现印发给你们，请遵照执行。」, is one plan with the rules it issues, round 49's "
            "x229_04): general provisions 第一条 (purpose), 第二条 (scope and definition), 第二十条 (entry into force) no tasks "
            "(round 30); 第三条 a principle 「应当遵循“…”的原则」 with no body and no work, no task (round 68: a principle naming no "
            "unit); 第四条 1 (a division of duties, round 54); 第五条 （一）–（四） the conditions a project meets, a definition of the "
            "class the rules take (round 66's x81_04; round 35's conditions) — no tasks; 第六、七、八、九、十、十一条 1 each "
            "(第九条: the builder's filing, 区规土局's review — round 63: a review is standing work — the publicity 由建设单位…进行 "
            "and the land procedure: one task, not sampled); 第十二条 (「…建设单位方可办理…审批手续」: applying for itself, after a "
            "condition; 「其它审批按照…执行」 a reference) no task; 第十三条 (registration 「应按…规定要求执行」: a reference to other "
            "rules, round 34's 参照 article, round 64's x53_04) no task; 第十四条 1; 第十五条 (「…技术规定，应当符合《…》…标准」: a "
            "state the works meet, round 66's x271_05) no task; 第十六条 1; 第十七条 (support and the use of added flats: the "
            "scheme's terms, round 46) and 第十八条 (the funds' sources, round 62) no tasks; 第十九条 (tenants paying rent: a rule "
            "for households, round 41) no task → **9**. Accepted: 8 (第七条 read as the builder's definition, RULING? 2 side), "
            "10 (第十三条 or 第十七条 counted), 11 (both), 13 (第五条 （一）–（四） counted as lines that give work by 应当).",
            "units: the article rule (round 44) for bodies named by kinds; reviews, approvals and consultation name none; "
            "tenants and owners are households; 建设单位 a role defined in 第七条 and a unit where it acts later",
            "dates: 二 ○ 一 八 年 一 月 十 日 (the notice), in force 2018年2月11日; no item is dated, no phases, no duties",
            "figures: target 90 % (第十一条, 不低于); unchecked: 「三分之二以上」 (第五条（三）, a condition in a non-task), "
            "「五十至七十年代」 (第二条, a definition), 「不低于基准地价」 (第九条, no figure)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x290_02_shi-fangguanju-2019-lianzu-zhufang-shenqing-duixiang-zhufang-mianji-hecha-banfa.txt"
P02 = "上海市廉租住房申请对象住房面积核查办法"
N02 = "上海市房屋管理局关于印发《上海市廉租住房申请对象住房面积核查办法》的通知"
OFFICE = "街道（乡镇）房管办事处（所）"
ACC = "受理地所在区住房保障管理部门"
LOC = "住房所在区住房保障管理部门"
LEADIN = ("三、's lead-in 「街道（乡镇）社区事务受理服务中心受理廉租住房申请后，街道（乡镇）房管办事处（所）按照以下方式开展住房面积核查工作：」: "
          "开展 without 组织 is not in rule 2's closed list (round 30), and outside 第X条 articles the closed list stands (round 44; "
          "round 63), so the lead-in gives the items no units by rule 4; its subject carries through the colon to an item's own "
          "verb where that verb is a rule-2 form (round 56, as round 62 read it; round 67's x285_02)")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 9) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪房规范〔2019〕19号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市房屋管理局",
     date="2019-12-27",
     date_note="the notice is dated 2019年12月27日 (the index: 2019-12-31); in force 2020年1月1日 to 2024年12月31日 (七、)",
     level="the city housing bureau (Shanghai), revised rules on checking the housing area of low-rent housing applicants: "
           "what is checked, who counts in the household, how the street offices check, how living area is set and computed, "
           "special cases",
     source=src(C2B, N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::2cd7e755c6f44e5f8ac3a29ab18b706e", 4277),
     style="a notice (addressees, one paragraph 「…现印发给你们，请认真按照执行。 特此通知。」, date); the rules' title line; a "
           "preamble; seven headed points 一、–七、 (blank lines between paragraphs) with （一）… items and 1、… sub-items, two "
           "lists under one point numbered from （一） twice, a coefficients table flattened one cell a line, formulas with "
           "「=」「÷」「×」, a page mark 「— 3 —」 inside a word (二、（二） 「人— 3 — 员」), page spaces inside words",
     leaf_tasks=4, count_alternatives=[1, 6],
     leaf_tasks_by_section={"三、住房面积核查方式": 4},
     childless_top_level_sections=["一、住房面积核查的范围", "七、其他"],
     samples=[
        S(["三", "（一）"], [], [OFFICE], lead_alternatives=[[OFFICE]], responsible_alternatives=[[]],
          note="「（一）委托上海市住房保障事务中心通过…系统进行住房电子信息比对核查；」 — " + LEADIN + ": 「A委托B＋verb」 makes A the "
               "doer (rounds 33, 35, 39; round 67's x284_04 授权 read as 委托), so the carried 街道（乡镇）房管办事处（所） is the doer; "
               "上海市住房保障事务中心, the object of 委托, is none (the pivot rule); the name kept as printed with its brackets (rounds "
               "34, 42, 65: a bracket naming another level of the same office stays); " + ONE_LEAD + "; none accepted (委托 read "
               "outside rule 2's list); " + NODATE),
        S(["三", "（二）"], [], [], responsible_alternatives=[[OFFICE]],
          note="「（二）无法通过电子信息比对核查的，通过住房所在区住房保障管理部门及街道（乡镇）房管办事处（所）调取…等住房资料进行核查；」 — "
               + LEADIN + ": 调取 and 进行核查 are no rule-2 forms, and the bodies after 通过 are the channel of the work (round 55's "
               "通过B; round 66's x21_03) — " + NONE + "; the carried office accepted (the lead-in read as giving the items its "
               "body); " + NODATE),
        S(["三", "（三）"], [], [], responsible_alternatives=[[OFFICE]],
          note="「（三）无法通过电子信息比对核查、也没有住房资料或者住房资料不完整的（如老式私房、宅基地住房等），派专人入户调查核查；」 — 派 is "
               "no rule-2 verb (round 30: 派出), and 专人 are persons (round 42) — " + NONE + "; the carried office accepted as in "
               "（二）; " + NODATE),
        S(["三", "（四）"], [], [ACC, OFFICE, LOC], responsible_alternatives=[[ACC, OFFICE]],
          note="「（四）家庭或者家庭成员的他处住房，由受理地所在区住房保障管理部门及街道（乡镇）房管办事处（所）负责核查；住房所在区住房保障管理部门及"
               "街道（乡镇）房管办事处（所）应当予以帮助和配合，并提供住房资料。」 — 「由A及B负责」: both doers (rule 2; 及 parts two "
               "whole names, round 34), 「A负责…，B配合／协助」 makes B responsible after any doer (round 30), the street office "
               "printed twice given once; 所在 says which (rounds 40, 55) and the names are kept as printed (round 43); lead [] "
               "(no 牵头); the list without the helper accepted; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the notice is one plan with the rules it issues, round 49's x229_04): the preamble (purpose) "
            "no task; 一、 the scope and its definitions (round 30; round 66's x81_04) and 七、 entry into force: childless, no "
            "tasks; 二、 who counts in the household, with two lists （一）–（四） of persons who may or may not be counted: "
            "definitions of a class, rules for applicants' households (rounds 35, 41; round 66's x81_04), no tasks; 三、 "
            "（一）–（四） the ways the street office checks: the parts of one work its lead-in names (round 67's x280_01 second "
            "list; rounds 55, 62's x248_02) → 4; 四、 how living area is set, （一） 1、–6、, （二） with the coefficients "
            "table, （三）; 五、 the formulas; 六、 the special cases: how a thing is counted, the scheme's terms (round 46; round "
            "64's 扶持标准; round 66's x143_02), no tasks → **4**. Accepted: 6 (四、（一）4、 「…应扣除…后计算」 and 5、 「…应当先拆除，"
            "方可审核…；…应当计算居住面积」 read as lines that give work by 应／应当, RULING? 3), 1 (三、 one task, its items the "
            "lead-in's text).",
            "units: outside articles only rule 2's closed list; the lead-in's 开展 gives none; 委托 and 负责 and 配合 do",
            "dates: 2019年12月27日 (the notice), in force 2020年1月1日, valid to 2024年12月31日; no item is dated, no phases, no "
            "duties",
            "figures: none in the tasks; unchecked (terms and classes): 满 2 年, 未满 5 年, 满 90 日, 超过 7 平方米（不含 7 平方米）, "
            "6 平方米, 1.2 米, 1.7 米, 50%, 90 公分, the coefficients 2.06 … 1.25, 5 年内"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x290_03_shi-minzhengju-2019-gongyou-chanquan-lianzu-zhufang-jiating-jingji-zhuangkuang-hedui-shixi.txt"
P03 = "上海市共有产权保障住房和廉租住房申请家庭经济状况核对实施细则"
N03 = "关于印发修订后的《上海市共有产权保障住房和廉租住房申请家庭经济状况核对实施细则》的通知"
B03, B10, B13 = "第三条（实施机构）", "第十条（委托核对材料的移交程序）", "第十三条（核对工作中止的情形）"
B14, B15, B16, B17 = "第十四条（中止核对的处理）", "第十五条（委托复核）", "第十六条（核对期限的规定）", "第十七条（如实申报的义务）"
CHK, HSG = "核对机构", "住房保障机构"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪民规〔2019〕13号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市民政局 with 上海市房屋管理局 (both sign)",
     date="2019-12-25",
     date_note="the notice is dated 2019年12月25日; in force 2020年1月1日 (the notice and 第十八条), valid to 2024年12月31日",
     level="the city civil-affairs bureau with the housing bureau (Shanghai), revised rules on checking the income and "
           "property of families applying for shared-ownership or low-rent housing: what counts, how it is valued, the "
           "hand-over between the housing agencies and the checking agencies, suspension, re-checks and time limits",
     source=src(C2B, N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0034::MZ_zhuzhan2739_47633", 5080),
     style="a notice (addressees, one paragraph with the time of force, two signatures, date); the rules' title line; 18 "
           "articles 「第N条（heading）」 on lines of their own, text below, blank lines between paragraphs; long lists "
           "（一）–（十六） of income and property kinds; 第十条 an unnumbered paragraph between （一） and （二）; 第十四条 "
           "（一）–（三） and a closing paragraph",
     leaf_tasks=13, count_alternatives=[11, 12, 20],
     leaf_tasks_by_section={"第三条": 1, "第九条": 1, "第十条": 2, "第十一条": 1, "第十三条": 1, "第十四条": 4, "第十五条": 1,
                            "第十六条": 1, "第十七条": 1},
     childless_top_level_sections=[],
     samples=[
        S([B03], [], ["市、区居民经济状况核对机构"], lead_alternatives=[["市、区居民经济状况核对机构"]], **art(X03, [B03]),
          note="「…核对工作，由市、区居民经济状况核对机构（以下统称核对机构）组织和实施。」 — 由A＋组织和实施, rule 2's own verbs; 「市、区X机构」 "
               "levels before one head are one name as printed (round 30; round 67's x280_01), the 「（以下统称…）」 bracket dropped "
               "(round 35); an article that gives work to a body is a task (round 30's 总则 article); " + ONE_LEAD + "; " + NODATE),
        S([B10, "（一）"], [], [HSG], lead_alternatives=[[HSG]], **art(X03, [B10, "（一）"]),
          note="「（一）住房保障机构将核对委托书和委托核对的申请材料…移交核对机构，委托书上应当填写…；」 with the unnumbered paragraph after it "
               "「证明材料为复印件的，住房保障机构应当在查验原件后加盖“与原件核对一致”的印章，并由经办人签字；」 as its text (a paragraph "
               "between two items belongs to the item before, rounds 36, 57) — " + ARTICLE + "; 加盖 a verb of doing; 移交 to a "
               "receiver hands the matter on and names none by itself (rounds 61, 65), 核对机构 the receiver; 经办人 a person "
               "(round 42); " + ONE_LEAD + "; " + NODATE),
        S([B10, "（二）"], [], [CHK], lead_alternatives=[[CHK]], **art(X03, [B10, "（二）"]),
          note="「（二）核对机构收到委托书和委托核对的申请材料后，…应当及时开出收件收据，并组织开展核对；对不符合核对要求的申请材料，退回住房保障机构…」 "
               "— 组织开展 is rule 2's 组织＋work (round 34), 开出 a verb of doing in an article (round 44); 住房保障机构 receives what "
               "is sent back (rule 3); the 核对机构 the name 第三条 defines for its bodies, given where printed (rounds 38, 43); "
               + ONE_LEAD + "; 及时 says when, no date; " + NODATE),
        S([B13], [], [], lead_alternatives=[[CHK]], responsible_alternatives=[[CHK]], not_targets=[(2, "个工作日")],
          **art(X03, [B13]),
          note="「核对机构在开展…工作时遇到下列情形之一的，可以中止核对，并在作出中止核对决定的2个工作日内，书面通知住房保障机构…：（一）…（八）」 — "
               "an article whose list is only cases is one task, the cases answered once outside the list (round 35; round 64's "
               "x229_03; round 67's x280_03 五、); the answer is an option 「可以中止核对」, and 可 reaches the verbs of its own subject "
               "joined to it by 并 (rounds 40, 59's x257_03): no assignment (round 30) — " + NONE + "; [核对机构] accepted (the notice "
               "read as due once the body suspends); " + LIMIT + " → 2 个工作日 not a target; " + NODATE),
        S([B14, "（一）"], [], [HSG], lead_alternatives=[[HSG]], responsible_alternatives=[[]], **art(X03, [B14, "（一）"]),
          note="「住房保障机构应当自收到…中止通知书的15个工作日内，按照下列情况分别作出处理：（一）申请家庭在规定的期限内提交补充证明材料的，或者…未提交"
               "相关证明材料的，书面通知核对机构继续开展核对工作。…」 — the lead-in's own work set out by its cases, each line taking the "
               "lead-in's subject (round 67's x280_01 second list; rounds 50, 56); 书面通知 a verb of doing in an article (round 44); "
               "申请家庭 a household (rounds 41, 52); " + ONE_LEAD + "; none accepted (作出处理 read as the decision on a family's "
               "submission, round 67's x280_01 第十条 — RULING? 4); 「15个工作日内」 stands in the lead-in: " + LIMIT + "; "
               + NODATE),
        S([B14, "（三）"], [], [HSG], lead_alternatives=[[HSG]], responsible_alternatives=[[]], **art(X03, [B14, "（三）"]),
          note="「（三）申请家庭需要延长时间提交证明材料的，经住房保障机构同意后，书面通知核对机构延期开展核对工作。」 — as （一）: the lead-in's "
               "subject (住房保障机构) does the item's work; 经A同意 names A only as the one approving (rule 3), here the same body; "
               + ONE_LEAD + "; none accepted (RULING? 4); " + NODATE),
        S([B15], [], [CHK], lead_alternatives=[[CHK]], not_targets=[(7, "个工作日")], **art(X03, [B15]),
          note="「申请家庭对审批决定提出异议时，住房保障机构认为有必要复核其经济状况的，可以要求核对机构…进行复核。核对机构应当自收到…复核委托书的7个工作日"
               "内完成复核，并书面告知复核结果。」 — the housing agency's request is an option (可以, round 30: no assignment); 核对机构 "
               "完成 and 告知: verbs of doing in an article (round 44), its own check of the family's means, not a review of a "
               "submission with a decision (round 68's x52_02); " + ONE_LEAD + "; " + LIMIT + " → 7 个工作日 not a target; "
               + NODATE),
        S([B16], [], [CHK], lead_alternatives=[[CHK]], not_targets=[(35, "个工作日"), (30, "个工作日")], **art(X03, [B16]),
          note="「核对机构一般自接受委托之日起35个工作日内完成共有产权保障住房的核对工作，30个工作日内完成廉租住房的核对工作，并出具核对报告。」 — "
               + ARTICLE + "; the later paragraphs (time not counted, 「应相应延长」 with no subject) are the article's text; "
               + ONE_LEAD + "; " + LIMIT + " → 35 and 30 个工作日 not targets; " + NODATE),
        S([B17], [], ["相关部门"], lead_alternatives=[["相关部门"]], **art(X03, [B17]),
          note="「申请家庭应当如实申报…，对隐瞒虚报经济状况的，经查实后由相关部门纳入个人信用管理范围，并实施相应的惩戒措施。」 — a step against a "
               "breach is the article's own step after a case, its agents doers (rounds 42, 45, 60's x71_03, 65's x276_04); 由A＋"
               "a verb of doing (纳入, 实施) (round 34); 相关部门 a kind, a unit as printed (round 64: 「相关部门、单位」 one name; only "
               "no-kind 有关方面／有关单位 give none); 申请家庭 a household, its own filing none (rounds 41, 52); " + ONE_LEAD + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "核对机构应当自收到住房保障机构发出的复核委托书的7个工作日内完成复核，并书面告知复核结果",
              "when": "7个工作日内", "when_norm": None,
              "note": "第十五条: a body the rules task reports the result of its own check to the body that commissioned it (round "
                      "44; round 64's x225_02; round 65's x279_03: one the rules ask of a body when a case arises is an undated "
                      "duty); the limit runs from an event (no date)"}],
     notes=["counting (leaf tasks; the notice, with 「…印发给你们，自2020年1月1日起施行，请遵照执行。」, is one plan with the rules): "
            "general provisions 第一条 (purpose), 第二条 (scope), 第十八条 (entry into force) no tasks (round 30); 第三条 1; 第四、"
            "五、六条 what income and property are and what is left out: definitions and lists of kinds (round 30; round 66's "
            "x81_04), no tasks; 第七、八条 how income and property are valued, and 第十二条 how the sums are set: the scheme's terms "
            "(round 46: how a thing is counted), no tasks; 第九条 the forms of proof （一）（二） (materials, text: round 35) and "
            "its closing ban 「…不得要求申请人提供」 (不得 gives work, round 67's x280_04) → 1; 第十条 （一）（二） 2 (the paragraph "
            "between them is （一）'s text); 第十一条 1 (a re-commission sent on, and the checker's steps by 第十条（二）); 第十三条 "
            "1 (a list of cases answered once, round 35); 第十四条 （一）–（三） 3 and its closing paragraph 「…核对机构应当恢复核对工作，"
            "并…出具书面核对报告」 1 (round 36: a closing paragraph giving work); 第十五、十六、十七条 1 each → **13**. Accepted: 12 "
            "(第九条 read as the materials' article, no task), 11 (that, and 第十三条 as an option only, round 49 p46b), 20 "
            "(第十三条's eight cases counted as items).",
            "units: articles read by round 44 (any verb of doing names a body named by a kind); options (可以), households "
            "(申请家庭), persons (经办人) and receivers name none; 核对机构 and 住房保障机构 as printed",
            "dates: 2019年12月25日 (the notice), in force 2020年1月1日, valid to 2024年12月31日; time limits from events (2, 7, "
            "15, 35, 30 个工作日内) no deadlines; no item is dated; no phases",
            "figures: not targets 2, 7, 35, 30 个工作日 (limits from events); unchecked: 15个工作日 (第十四条's lead-in), 「前五年内」 "
            "(第六条, a class of money)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x290_04_shi-fangguanju-2019-xinjian-zhuzhai-peitao-gongcheng-zixun-pinggu-guanli-banfa.txt"
P04 = "上海市新建住宅市政（公建）配套工程咨询评估管理办法"
N04 = "关于印发《上海市新建住宅市政（公建）配套工程咨询评估管理办法》的通知"
HB, CONS = "市房屋管理局", "咨询评估机构"
DUTYLIST = ("「咨询评估机构负有下列职责：」 over （一）–（七）: a duty list is read by its items, not by its heading word, each item "
            "that gives work a task whose subject is the lead-in's, a doer where it is a body named by a kind (round 55's "
            "x232_03 turned; rounds 37, 50); the body is chosen in 第三条, not set up in this article (round 67's x285_01 2.1 "
            "reads a body the item sets up)")

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 9) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪房建管〔2019〕190号 (from the index and the stored front matter, 「沪房建管〔2019〕190 号」; the text prints none)",
     issuer="上海市房屋管理局",
     date="2019-12-18",
     date_note="the notice is dated 2019年12月18日 (the index: 2019-12-19); 「本办法自发布之日起施行」 (第十八条)",
     level="the city housing bureau (Shanghai), rules on the consulting firms that assess the municipal and public "
           "supporting works of new housing: how the bureau chooses, queues, commissions and checks them, and the firms' "
           "duties, reports and time limits",
     source=src(C2B, N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::bb00c745aba2446682a6aba90de8fb0e", 2682),
     style="a notice (「各相关单位：」, one paragraph 「…请遵照执行。特此通知。」, date); the rules' title line; 18 articles "
           "「第N条 text」 with label and text on one line, no headings; 第六条 （一）–（七） a duty list, 第八条 （一）–（四） a "
           "procedure, 第十五条 （一）–（六） cases; a half-width comma 「》,」 and colon 「包括:」",
     leaf_tasks=19, count_alternatives=[13, 16, 17, 18, 20, 21, 22],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第六条": 7, "第七条": 1, "第八条": 4, "第九条": 1, "第十条": 1,
                            "第十一条": 1, "第十二条": 1, "第十三条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第三条"], [], [HB], lead_alternatives=[[HB]], **art(X04, ["第三条"]),
          note="「市房屋管理局通过竞争方式择优选择咨询评估机构，承担本办法第二条规定事项的咨询评估任务。」 — " + ARTICLE + "; 选择 a verb "
               "of doing; the firms, the object of 选择, take on the tasks only as what is chosen (the pivot rule, rounds 30, 49 "
               "p46d); the issuer named by its name is a unit as printed (round 30's 我委; round 68's x39_01); " + ONE_LEAD + "; "
               + NODATE),
        S(["第四条"], [], [HB], lead_alternatives=[[HB]], not_targets=[(3, "年")], **art(X04, ["第四条"]),
          note="「市房屋管理局对入选咨询评估机构实行动态管理，…原则上每三年综合评定和调整一次。」 — " + ARTICLE + " (实行, 评定, 调整); "
               "a 对-phrase before the verb changes nothing (round 68's x39_01); 「每三年…一次」 is a rhythm, its period no target "
               "(round 60; round 67's x282_05: the period 每天 no target) and no deadline (round 34), and 原则上 is no comparison "
               "word alone → 3 年 not a target; no duty (nothing is sent); " + ONE_LEAD + "; " + NODATE),
        S(["第六条", "（二）"], [], [CONS], lead_alternatives=[[CONS]], **art(X04, ["第六条", "（二）"]),
          note="「（二）咨询评估过程中，及时向市房屋管理局报告评估进度及有关情况，在约定时间内完成和报送咨询评估报告；」 — " + DUTYLIST + "; "
               "报告 and 完成 are work of the list's body; 市房屋管理局 receives (rule 3); " + ONE_LEAD + "; 「及时」「在约定时间内」 "
               "give no date; " + NODATE),
        S(["第六条", "（三）"], [], [CONS], lead_alternatives=[[CONS]], **art(X04, ["第六条", "（三）"]),
          note="「（三）对咨询评估报告的质量和相关结论的真实性、准确性和公正性负责；」 — " + DUTYLIST + "; 对X负责 makes a doer where X is "
               "the work itself (round 57; round 66's x21_06), here the firm's own report; " + ONE_LEAD + "; " + NODATE),
        S(["第六条", "（五）"], [], [], responsible_alternatives=[[CONS]], **art(X04, ["第六条", "（五）"]),
          note="「（五）对咨询评估项目及其相关文件负有保密义务；」 — " + DUTYLIST + "; but 负有…义务 only holds a duty and names none "
               "(rounds 41, 52, 54; round 55's x252_04), so the item names no unit: " + NONE + "; the list's body accepted; "
               + NODATE),
        S(["第六条", "（六）"], [], [CONS], lead_alternatives=[[CONS]], **art(X04, ["第六条", "（六）"]),
          note="「（六）定期向市房屋管理局报送咨询评估工作的总结报告；」 — " + DUTYLIST + "; 报送 to a receiver is a sending (a duty, "
               "below), and the list's lead-in gives the item its body; " + ONE_LEAD + "; 定期 is a rhythm without a period, no "
               "date; " + NODATE),
        S(["第七条"], [], [HB], lead_alternatives=[[HB]], responsible_alternatives=[[CONS, HB]], **art(X04, ["第七条"]),
          note="「承担某一项目咨询评估任务的咨询评估机构，与…之间不得存在关联关系。咨询评估机构在接受委托时，如存在前款规定的情况，应主动进行说明。市房屋管理局"
               "委托咨询评估任务时，要认真核查前款规定的关联关系…」 — 不得存在 is a ban on a state (a ban asks nothing done, round 67's "
               "x280_04), 进行说明 the firm's declaration on itself, a filing for itself (rounds 34, 46, 48), and 核查 the bureau's "
               "own check, a verb of doing in an article (round 44) — " + ONE_LEAD + "; the list with the firm (its 说明 read as "
               "work) accepted; " + NODATE),
        S(["第八条", "（一）"], [], [HB], lead_alternatives=[[HB]], responsible_alternatives=[[HB, CONS]],
          **art(X04, ["第八条", "（一）"]),
          note="「市房屋管理局与入选的咨询评估机构签订《项目评估委托协议》,具体委托咨询评估任务时，应按照以下规则和程序进行：（一）根据入选评分的高低，对咨询评估"
               "机构进行初始排队。」 — the lead-in's subject carries into its items (rounds 50, 56), and the one who commissions the "
               "tasks is the bureau; 进行排队 the bureau's own step (round 44's any verb of doing in articles); the firms are its "
               "objects; " + ONE_LEAD + "; the list with the firms (both parties of the lead-in's 签订, round 30) accepted; "
               + NODATE),
        S(["第八条", "（三）"], [], [HB], lead_alternatives=[[HB]], responsible_alternatives=[[HB, CONS]],
          **art(X04, ["第八条", "（三）"]),
          note="「（三）向接受任务的咨询评估机构出具咨询评估委托函，对评估的内容、重点和完成时限等提出明确要求。」 — as （一）: the bureau's own "
               "steps (出具, 提出), the firm the receiver (rule 3); " + ONE_LEAD + "; the list with the firms accepted as in （一）; "
               + NODATE),
        S(["第九条"], [], [CONS], lead_alternatives=[[CONS]], **art(X04, ["第九条"]),
          note="「在接受咨询评估任务后，咨询评估机构应当确定项目负责人，成立评估小组，制定评估工作计划，定期反馈评估工作进度，在规定时限内提交咨询评估报告。…」 — "
               + ARTICLE + "; 项目负责人, 评估小组 and its 人员 are persons or a team of the firm's staff (rounds 42, 48), set up in "
               "the article (round 35); " + ONE_LEAD + "; 「定期」「在规定时限内」 give no date; " + NODATE),
        S(["第十条"], [], [CONS], lead_alternatives=[[CONS]], **art(X04, ["第十条"]),
          note="「咨询评估报告的内容包括：…。咨询评估机构在评估工作中要求补充相关资料时，应当书面通知评估事项的项目建设单位。…咨询评估报告应当附具…名单，并加盖…"
               "公章…」 — the report's contents are text (round 35's materials); 通知 a verb of doing in an article (round 44), the "
               "builder the receiver (rule 3); " + ONE_LEAD + "; " + NODATE),
        S(["第十一条"], [], [CONS], targets=[(30, "个工作日")], not_targets=[(5, "个工作日")], lead_alternatives=[[CONS]],
          **art(X04, ["第十一条"]),
          note="「委托咨询评估的完成时限一般不超过30个工作日。咨询评估机构因特殊情况确实难以在规定时限内完成的，应在规定时限到期日的 5 个工作日之前向市房屋管理局"
               "书面报告有关情况，征得书面同意后，应在批准的延期时限内完成咨询评估任务。」 — " + ARTICLE + " (完成); 「不超过30个工作日」: a "
               "ceiling with 不超过 on a term is a target (round 30's line; round 64's x233_04 「年限不超过15年」; round 65: a comparison "
               "word makes a limit a target) → 30 个工作日; 「5 个工作日之前」 counts back from an event with no comparison word (之前 "
               "marks a time, like 前) — " + LIMIT + " → 5 个工作日 not a target; the report to the bureau is an undated duty "
               "(below); " + ONE_LEAD + "; " + NODATE),
        S(["第十二条"], [], [CONS], lead_alternatives=[[CONS]], **art(X04, ["第十二条"]),
          note="「咨询评估机构应不断改进内部管理机制，优化评估工作流程，保证…开展评估工作，提高…。 承担咨询评估任务的机构及其人员，不得收受…费用。」 — "
               + ARTICLE + " (改进, 优化, 提高: round 57, 加强 included); the ban's 「机构及其人员」 is a ban asking nothing done (round "
               "67's x280_04); " + ONE_LEAD + "; " + NODATE),
        S(["第十三条"], [], [CONS], lead_alternatives=[[CONS]], **art(X04, ["第十三条"]),
          note="「咨询评估机构应于每年底向市房屋管理局报送年度的评估工作总结报告。…」 — a body the rules task sends its yearly report to the bureau: "
               "a yearly duty (below; round 67's x284_01 十、: a body's report of its own work to the body it answers to), and the "
               "sending is the article's work (" + ARTICLE + "; a report of work done is no filing for itself, round 64's "
               "x225_02); " + ONE_LEAD + "; 「每年底」 recurs: a rhythm, no deadline (round 34; round 67's x285_02 6.3); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "咨询评估机构应于每年底向市房屋管理局报送年度的评估工作总结报告",
              "when": "每年底", "when_norm": "yearly (year end)",
              "note": "第十三条: a yearly report of the firm's own work to the bureau that commissions it (rounds 40, 64's x225_02; "
                      "round 67's x284_01 十、); DOMAIN.md's year-end work report"},
             {"what": "定期向市房屋管理局报送咨询评估工作的总结报告",
              "when": "定期", "when_norm": None,
              "note": "第六条（六）: a report to the bureau at a rhythm the text leaves open (定期): an undated duty (no period to "
                      "check)"},
             {"what": "及时向市房屋管理局报告评估进度及有关情况",
              "when": "及时", "when_norm": None,
              "note": "第六条（二）: progress reported to the commissioning bureau during the work: an undated duty (round 44: a "
                      "report by a body the rules task)"},
             {"what": "应在规定时限到期日的5个工作日之前向市房屋管理局书面报告有关情况",
              "when": "规定时限到期日的 5 个工作日之前", "when_norm": None,
              "note": "第十一条: a report the firm sends when a case arises (it cannot finish in time), counted back from an event: "
                      "an undated duty (round 44; round 65's x279_03)"}],
     notes=["counting (leaf tasks; the notice, 「…请遵照执行。特此通知。」, is one plan with the rules): general provisions 第一条 "
            "(purpose), 第二条 (scope), 第十八条 (entry into force) no tasks; 第三、四条 1 each; 第五条 the firms' qualification 「应当"
            "具有…资信等级」 (an applicant's condition, round 35) no task; 第六条 （一）–（七） a duty list read by its items (round "
            "55's x232_03) → 7 ((五) a duty held and (七) 接受…监管 a party supervised name none but stay items of the list); "
            "第七条 1; 第八条 （一）–（四） the procedure's steps under the lead-in (the lead-in's 签订 its heading) → 4; 第九、十、"
            "十一、十二、十三条 1 each; 第十四条 (「市房屋管理局可以组织或委托…进行检查核实，对查实的问题…进行相应处理」) and 第十五条 "
            "(cases, then 「市房屋管理局可以…提出告诫或终止委托，并…报送…」) hold only options (可以 reaching every verb joined to it, "
            "rounds 59, 67's x285_03 视情), no tasks (round 49 p46b; RULING? 5); 第十六条 the fee standard (terms, round 46) and "
            "第十七条 the fee's source and settlement (a fund article, round 62) no tasks → **19**. Accepted: 18 (第八条（四） — "
            "the queue's rule and an option — no task), 20, 21 (第十四条, 第十五条 as tasks naming no unit, RULING? 5), 22 (and "
            "第十七条), 17 (第六条（五）（七） no tasks: a duty held and a party supervised give no work, RULING? 8), 16 (第八条 one task), 13 (第六条 one task: a duties article, round 54).",
            "units: articles read by round 44; options (可以), a duty held (负有…义务), a party supervised (接受监管), the firm's "
            "declaration on itself and persons (项目负责人, 评估小组人员) name none",
            "dates: 2019年12月18日 (the notice), in force on issue; no item is dated; rhythms 每三年, 每年底, 定期 and limits from "
            "events (30, 5 个工作日) no deadlines; no phases",
            "figures: target 30 个工作日 (第十一条, 不超过); not targets 3 年 (第四条, a rhythm's period), 5 个工作日 (第十一条, a time "
            "counted back from an event); unchecked: 「乙级及以上」 (第五条, a grade in a non-task), 「累计两次」 (第十五条, cases)"])

# round 57 (rul73): answers aligned to tests/data/CONVENTIONS.md "Round 70 rulings, written early" (turned; README, round 57)
from aligned_rulings import align73  # noqa: E402

align73("x290_03", [B13], "「核对机构…遇到下列情形之一的，可以中止核对，并在…2个工作日内，书面通知住房保障机构…」 (第十三条): 可以 reaches the notice joined by 并 (none, and no duty: a notice inside an option is owed only if the option is taken), and an article whose only answer to its cases is an option gives no work (round 49 p46b; round 50 turned x232_02 第八条 so, its samples dropped) — no task, the sample dropped",
        "Tasks and counts, turned: round 49 p46b and round 50's x232_02 over the one-task count; 13 stays accepted",
        drop=True,
        counts={"leaf_tasks": 12, "count_alternatives": [13, 11, 20],
                "leaf_tasks_by_section": {"第三条": 1, "第九条": 1, "第十条": 2, "第十一条": 1, "第十四条": 4, "第十五条": 1,
                                          "第十六条": 1, "第十七条": 1}})

# round 57 (rul75): answers aligned to tests/data/CONVENTIONS.md "Round 75 rulings (the lead, during round 57, on the questions round 57's first-wave parser helpers left)" (p57a-2, turned; README, round 57)
R75 = "Round 75 rulings (the lead, during round 57, on the questions round 57's first-wave parser helpers left)"
align73("x290_04", ["第十三条"], "「咨询评估机构应于每年底向市房屋管理局报送年度的评估工作总结报告。…」 (第十三条): a report of one's own work sent to the body one answers to is a sending — a yearly duty (round 67's x284_01 十、) — and a sending names no doer, in articles too (rounds 46, 48, 55's x248_01 第八条 decided: a task naming no unit with its yearly duty; round 59's x259_02; round 70's x286_01 第四条（三）1、); the duty stands",
        "turned: rounds 46, 48, 55's x248_01 第八条 and 70's x286_01 over round 44's any verb of doing", ruling=R75,
        lead=[], resp=[], resp_alt=[[CONS]])

write_collected(DIR)
