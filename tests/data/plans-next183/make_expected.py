# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next183/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 42 (built by helper c183): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the "Round 42 rulings, written early" and "Round 42 rulings, continued" included) applied to every item. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next183/make_expected.py tests/data/plans-next183
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = shanghai_source

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another verb "
          "(受理, 出具, 办理, 建立, 提供, 做好, 加强, 拨付, 清算, 告知, 编制 …) is not a unit")
ONE_DOER = "a single doer read by rule 2: lead = [], the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("CONVENTIONS.md round 30 / round 33: in a document written as articles, an article that gives work (a doer or an "
           "instruction 「应当…」) is a task; general provisions (purpose, scope, definitions, entry into force) are not")
LIMIT = ("CONVENTIONS.md round 33: a limit counted from an event with no comparison word 「在5个工作日内」 is the item's "
         "deadline rule, not a target; no deadline (round 34: times from an event are no deadline)")
HEAD = ("CONVENTIONS.md round 34 / round 35 / round 37: a heading that gives out work (职责分工／管理部门／管理责任, any 「X分工」 "
        "heading) makes every body the text gives work a unit, in printed order")
CLASSQ = ("RULING? 2: a project class by investment or size 「总投资500万元（含）以上的…大修工程」 that decides which body reviews "
          "it is read as a class the rule covers (round 34: 「10万平方米以上的项目」; round 38 / 40: a figure in a noun naming a "
          "kind of thing; as x175_01 read 「1万平方米及以下的…项目」), not a target")


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_DOER, lead_alternatives=[[unit]], **kw)


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


def A1(file, path, unit, targets=(), note="", **kw):
    """An article sample whose one doer (rule 2) is ``unit``."""
    return A(file, path, [], [unit], targets, note=note + "; " + ONE_DOER, lead_alternatives=[[unit]], **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x183_01_baoshan-2021-gongcheng-jianshe-xiangmu-chubu-sheji-shencha-guanli-banfa.txt"
N01 = "宝山区工程建设项目初步设计审查管理办法"

plan(X01,
     title=N01 + "（关于印发《" + N01 + "》的通知）",
     title_note="the 办法's own title (line 19, after 「附件1」) or the notice title (line 1): either",
     doc_no="宝建〔2021〕12号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市宝山区建设和管理委员会",
     date="2021-03-09",
     date_note="the cover is signed 2021年3月9日; the index gives 2021-03-11 (the publication date); the 办法 runs 「自发布之日起」",
     level="a district commission (Shanghai Baoshan's construction and management commission), rules for reviewing the "
           "preliminary designs of construction projects: sources, scope, the managing departments, which body reviews "
           "which projects, the procedure with working-day limits, what is reviewed, duties of reviewers, builders and "
           "designers",
     source=src("建筑设计与报建", "关于印发《" + N01 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0f29717f-1332-4cca-b5f4-f2e1ad66263a&siteId=0078", 4465),
     style="a cover (addressees 「各有关单位：」, one paragraph, 「特此通知。」, a 附件 line naming two attachments 「1．…」「2．…」 "
           "(the second, a flow chart, not printed), the signature, the date); then 「附件1」 and the 办法: its title, a "
           "preamble, nine points 一、–九、 on heading lines; items （一）… and below them 「1、」… and 「（1）」…; 三、 one "
           "paragraph; 九、 run in (interpretation and entry into force); blank lines between all paragraphs",
     leaf_tasks=15, count_alternatives=[13, 14, 16, 17, 24],
     leaf_tasks_by_section={"三、管理部门": 1, "四、项目事权分工": 4, "五、初步设计审批程序": 4, "六、审查内容": 1,
                            "七、相关要求": 3, "八、其他管理要求": 2},
     childless_top_level_sections=["一、审批依据", "二、适用范围"],
     samples=[
        S(["三"], ["宝山区建设和管理委员会"],
          ["宝山区建设和管理委员会", "宝山区发展和改革委员会", "区建设管理委", "区发展改革委"],
          lead_alternatives=[[], ["区建设管理委"]],
          responsible_alternatives=[["宝山区建设和管理委员会", "宝山区发展和改革委员会"]],
          note="a childless point that gives work to a doer is a task (round 36), under a 管理部门 heading (" + HEAD + "); "
               "「宝山区建设和管理委员会（以下简称区建设管理委）负责会同宝山区发展和改革委员会（以下简称区发展改革委）对…组织评审及审批」 — "
               "「A负责会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2, 会同); then 「区建设管理委负责…，区发展改革委"
               "负责…」 (two more 负责 clauses). Names as printed, the 「（以下简称…）」 bracket dropped (round 35) and no alias "
               "rewritten (round 38: a short name beside the full name stays as printed) → four names for two bodies; RULING? 1: "
               "the two-name reading with the full names only is accepted (`responsible_alternatives`; the short-names-only reading "
               "cannot be, as the scorer adds the expected lead to each alternative); " + NODATE),
        S(["四", "（一）"], [], ["区建设管理委"], lead_alternatives=[["区建设管理委"]],
          not_targets=[(500, "万元"), (100, "万元"), (200, "万元")],
          note="under the heading 四、项目事权分工 (an 「X分工」 heading, round 37: " + HEAD + "): 「区建设管理委负责的初步设计审查项目范围为"
               "…，主要包括：」 gives the commission its share of the reviews → 区建设管理委; 区发展改革委 appears only in a description "
               "「区发展改革委立项批复的政府投资项目」 (the 的-rule, round 32: no unit); the list 1、–7、 of project classes under the "
               "lead-in is a list that gives no work (round 35: text, not items); " + CLASSQ + " → 500 / 100 / 200 万元 not "
               "targets; " + ONE_DOER + "; " + NODATE),
        S(["四", "（二）"], [], ["市住房和城乡建设管理委员会"], lead_alternatives=[["市住房和城乡建设管理委员会"]],
          note="「以下项目应报市住房和城乡建设管理委员会审批：」 under the 事权分工 heading — round 36: under a heading that gives out "
               "work, 「移交B处理」 makes B a unit; 「报B审批」 is read alike (B given the approval work); 1、–3、 and （1）（2） are a "
               "list of project classes (round 35: text); 超过100米 / 超过60米 / 超过50000平方米 are read as classes (RULING? 2, "
               "not listed); " + NODATE),
        one(["四", "（三）", "1"], "建设单位",
            note="「…由建设单位按规定自行组织审查，并将评审报告及其他相关材料报区建设管理委备案」 — 由A＋组织审查 (rule 2; round 34: a "
                 "regulated party by a kind is a doer with a rule-2 form); 「报区建设管理委备案」 is a filing (round 42: a 备案 is a "
                 "filing; the receiver no unit, rule 3; no duty); 500万 / 100万 以下 read as classes (RULING? 2, not listed); "
                 + NODATE),
        one(["五", "（三）"], "建设管理审批部门", not_targets=[(10, "个工作日"), (5, "个工作日")],
            note="「建设管理审批部门根据工程情况，组织投资、规划国土、…以及属地政府等相关部门在10个工作日内完成初步设计征询」 — 「A组织B＋"
                 "verb」 (round 30): A the doer, B (the object of 组织) no unit; 「需要时可召开…」 an option (round 34); 「通知建设单位"
                 "终止审查」 (通知, no rule-2 verb); 10 / 5 个工作日内 and the heading's 15个工作日 — " + LIMIT),
        S(["五", "（四）"], [], [],
          note="「…必须进行修改的，应由建设单位将调整后的初步设计报请原审批单位重新审查批准」 — a party's filing to the body that "
               "approves it (round 37: 「由项目实施单位向联席会议报送决算」 is an applicant's, no unit; round 39: 「由A向B提交…」 a "
               "filing); 「还需原审批机关重新审查批准」 — an approving body (rule 3: 经A同意); " + NONE + "; " + NODATE),
        one(["七", "（二）"], "建设单位",
            note="a 相关要求 section whose items give work (round 35 / round 39: tasks); 「建设单位应对送审资料的真实性负责」 — the "
                 "subject of 负责 (rule 2; round 34: a regulated party by a kind is a doer); 「审批单位有权不予批复」 (no rule-2 verb); "
                 "「后果由建设单位自行负责」 names who bears the consequences (round 33: 「费用由A自行负责」 a payer), adding nothing; "
                 + NODATE),
        one(["八", "（一）"], "评审单位",
            note="「初步设计技术评审和概算评审应委托有相应评审资质的第三方评审单位开展，…由评审单位出具评审报告」 — 由A＋出具 (round 38: "
                 "「由A…出具同意意见」 is 由A＋a verb of doing) → 评审单位; 委托 has no subject here (no doer by it); 设计单位 修改完善 "
                 "(no rule-2 verb); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover forwards the 办法 printed after 「附件1」 (round 30: two documents under one cover are one plan; "
            "the cover's 「请遵照执行」 is no task, and its 附件 line is an attachment reference, not the end of the body, as in "
            "plans-dev 09); the preamble no task; 一、审批依据 (eleven source documents, a list) and 二、适用范围 (scope, a list of "
            "classes) are general provisions (round 30); 三、 (a childless point with doers, round 36) 1; 四、 （一）（二） (each a "
            "lead-in over a list of project classes: one task each, round 35) + （三）1、2、 (由建设单位…组织审查) = 4, （三）3、 "
            "(「…进行调整的，…权限相应调整」, no doer and no work, round 33) out; 五、 （一）–（四） 4 (（一）'s materials 1、–7、 and "
            "（1）… are lists, round 35); 六、 (a lead-in 「审批单位…主要审查以下内容：」 over 「是否…」 check points, a list that gives "
            "no work: one task, round 38 / 40: items naming no unit that give work are tasks) 1; 七、 （一）–（三） 3; 八、 （一）（二） "
            "2, （三） (「有效期2年」, a statement with no work) out; 九、 interpretation and entry into force (general) → **15**. "
            "Accepted: 14 (六、 out), 13 (六、 and 五/（一） — the builder's application — out), 16 / 17 (四/（三）/3 and 八/（三） in), "
            "24 (四、（一）'s 1、–7、 and （二）'s 1、 （1） （2） 3、 read as items)",
            "units: 三、 (负责会同, 负责 ×2), 四、 (the 事权分工 heading), 四/（三）/1–2 (由建设单位…组织审查), 五/（三） (A组织B), 七、 "
            "(A对…负责: 审批单位 in （一）, 建设单位, 设计单位), 八/（一） (由评审单位出具), 八/（二） (由发改委控制; 「如超出…，应由建设单位"
            "牵头向区发展改革委、区财政局、区建设管理委申请…」 — an application, RULING? 3); elsewhere the departments act with plain verbs "
            "(受理, 出具, 告知, 把关, 审查) and the builders apply (提交, 报请)",
            "dates: 2021年3月9日 (the signature); 「自发布之日起执行」; no item is dated; working-day limits (5 / 1 / 15 / 10 / 5 个"
            "工作日) are limits from events (round 33), 有效期2年 a validity; no phases, no duties (the builders' 备案 are filings)",
            "figures: 500万元（含）以上, 100万元（含）以上, 200万元（含）以上 ×2, 超过100米, 超过地下3层及以上, 超过60米, 超过50000平方米, "
            "500万 / 100万 / 200万 以下, 基坑深度超过5米 — classes of project (RULING? 2); 第662号, 2016年版, 2013年版, CJJ36-2016 and "
            "the document numbers are names"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x183_02_shi-fangguanju-2025-jiyou-jianzhuwu-goujianwu-chaichu-gongcheng-guanli-guiding.txt"
N02 = "上海市既有建筑物、构筑物拆除工程管理规定"
FILING = ("the builder's 办理…手续／报送 to the district housing department are a regulated party's filings (round 32 / round 41 / "
          "round 42: a 备案 is a filing; no duty, the receiver no unit by them)")

plan(X02,
     title=N02 + "（关于印发《" + N02 + "》的通知）",
     title_note="the rules' own title (line 13) or the notice title (lines 1 and 3): either",
     doc_no="沪房规范〔2025〕4号 (printed on line 5)",
     issuer="上海市房屋管理局 (the cover prints no signature, only the date; the index names the issuer)",
     date="2025-04-29",
     date_note="the cover is dated 2025年4月29日; the index gives 2025-05-06 (the publication date); in force 2025年7月1日 to "
               "2030年6月30日",
     level="a city bureau (Shanghai's housing administration), rules for the demolition of existing buildings and "
           "structures: the departments' management duties, the parties' duties, filings at each stage, site, waste, "
           "fire-safety and emergency duties, supervision",
     source=src("城市更新与历史保护", "关于印发《" + N02 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=eb320a9845e14019b889202bc05ad1bf&siteId=0013", 3401),
     style="the notice title twice (lines 1 and 3), the document number, addressees, one paragraph, the date (no signature); "
           "the rules' title; 25 articles 「第N条 （heading）」 on lines of their own (a space before the bracket), text in the "
           "paragraphs after; no items inside articles; two ASCII commas (「发包前,应按规定」「信用评价体系,对参建单位」); blank "
           "lines between all paragraphs",
     leaf_tasks=17, count_alternatives=[18, 19, 20, 21, 22, 23, 24, 25],
     leaf_tasks_by_section={"第三条–第二十二条 (less 第六、十五、十六条)": 17},
     samples=[
        A(X02, ["第三条 （管理责任）"], [], ["市住房城乡建设管理部门", "市房屋管理部门", "市房屋安全监察所", "各区房屋管理部门"],
          note="an article headed 管理责任 (" + HEAD + "; round 35 lists 管理责任): four 「A负责…」 clauses (rule 2) in printed "
               "order; 「各区房屋管理部门应当明确…具体工作机构，承担日常监督管理工作」 — the 工作机构 is a body the item has designated "
               "(round 30 / round 35: a body the item sets up is no unit); no lead; " + NODATE),
        A(X02, ["第四条 （各方责任）"], [], ["建设单位", "各参建单位", "施工单位", "监理单位"],
          note="「建、构筑物拆除工程的建设单位（以下简称“建设单位”）…负有首要责任，应当做好…协调管理，并督促各参建单位落实…责任」 — 负有首要"
               "责任 a designation (round 35: 「A负总责」); the name after the last 的 and without its 以下简称 bracket (round 32 / "
               "round 35); 「施工单位应当对…负责」 (负责), 「监理单位应当…实施监理，并承担监理责任」 (实施; round 39: 承担…责任); the "
               "heading 各方责任 read as a heading that gives out work (a duty word 责任, round 37 / 38: 「压实…责任」「X职责」) — so "
               "the object of 督促 given work, 各参建单位, is a unit (round 37 / 38: under a work heading the objects given work "
               "by 督促 are units; RULING? 4); no lead; " + NODATE),
        A(X02, ["第十条 （开工备案）"], [], ["区房屋管理部门"], lead_alternatives=[["区房屋管理部门"]], not_targets=[(15, "日")],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区房屋管理部门受理申请后，应当在15日内…发放开工备案证明」 — the subject of 发放 is a doer (建设单位 that files stays a regulated party, round 30/34); lead [] (accepted as the lead); formerly: " + ARTICLE + "; 「建设单位应通过“一网通办”将…材料向项目所在区房屋管理部门办理开工备案手续」 — " + FILING + "; 「区房屋管理"
               "部门受理申请后，应当在15日内…发放开工备案证明」 — 受理 / 发放 without 由 (" + CLOSED + "): " + NONE + "; 15日内 — "
               + LIMIT),
        A(X02, ["第十一条 （待拆房屋移交）"], [], ["建设单位", "施工单位"],
           note="aligned round 45 (Round 47 ruling): q44c, role-like kinds as the subjects of articles are doers of any verb of doing (round 44's article rule; round 34); 「建设单位…应当与施工单位签订…」 and 「建设单位应当明确管理责任单位进行封闭式管理」 make 建设单位 a doer, before 施工单位 in printed order (was 施工单位 alone); formerly: 「建设单位…应当与施工单位签订书面场地及待拆房屋交接文件，并由施工单位履行现场施工管理责任」 — 「A与B签订」 without 由 names "
                "no doer (round 42), 「由施工单位履行…责任」 is 由A＋a verb of doing (round 34) → 施工单位; 「建设单位应当明确管理责任单位"
                "进行封闭式管理」 — the 管理责任单位 is a body the item has designated (no unit, round 35), and 明确 is no rule-2 verb; "
                + NODATE),
        A(X02, ["第十三条 （文明施工）"], [], ["建设单位", "施工单位", "监理单位"],
          note="aligned round 45 (Round 47 ruling): q44c, role-like kinds as the subjects of articles are doers of any verb of doing (round 44's article rule; round 34); 「监理单位应当将文明施工纳入监理范围」 — the subject of the article's 纳入 is a doer (was no unit); formerly: 「建设单位、施工单位应当…制定和落实降尘、降噪等文明施工措施」 — the subjects of 落实 (rule 2), two names by 、; 「监理单位"
               "应当将文明施工纳入监理范围」 (纳入, no rule-2 verb); no lead; " + NODATE),
        A(X02, ["第十九条 （竣工备案）"], [], ["建设单位", "施工单位"],
           note="aligned round 45 (Round 47 ruling): q44c, role-like kinds as the subjects of articles are doers of any verb of doing (round 44's article rule; round 34); 「施工单位在竣工备案手续完成后应当及时向建设单位移交场地」 — the subject of the article's 移交 is a doer, after 建设单位 in printed order (was 建设单位 alone); formerly: 「建设单位…应当组织施工、监理等单位人员按合同要求组织竣工验收」 — 组织＋work (round 34: 组织竣工验收) → 建设单位; the persons "
                "it gathers are the object of 组织 (no unit); 「并向…区房屋管理部门办理竣工备案手续」 — " + FILING + "; 「施工单位…应当"
                "及时向建设单位移交场地」 (移交, no rule-2 verb; 及时 no date); " + NODATE),
        A(X02, ["第二十条 （安全事故及突发事件处置）"], [], ["建设单位", "施工单位"],
          note="an article whose whole work is the response to a case 「施工过程中如发生安全事故…时」 (round 30: such an item takes its "
               "doers; rule 3's case clause is a case inside an item whose work is something else): 「建设单位和施工单位应当立即启动"
               "应急处置预案，落实事故（事件）信息上报制度，并组织力量进行处置」 — 落实 and 组织＋work (rule 2); 和 joins two names "
               "(round 34); the 上报制度 is the parties' statutory reporting (round 41: no duty); 立即 no date; " + NODATE),
        A(X02, ["第二十二条 （信用管理）"], [], ["市房屋管理部门"], lead_alternatives=[["市房屋管理部门"]],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市房屋管理部门应当建立…信用评价体系，对…信用信息进行管理」 — the subject is a doer; lead [] (accepted as the lead); formerly: " + ARTICLE + "; 「市房屋管理部门应当建立…信用评价体系,对…信用信息进行管理」 — 建立 / 进行管理 (" + CLOSED + "): " + NONE
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (purpose), 第二条 (scope and definitions) and 第二十五条 (entry into force and validity) are general "
            "provisions (round 30); 第六条 (「发包与招标应符合…要求」), 第十五条 (persons 「管理人员、作业人员…应当符合…要求」), 第十六条 "
            "(persons 「项目经理、专职安全员、机械操作工…应当接受…培训」), 第二十三条 (「申请人免于提交纸质材料」) and 第二十四条 (「…应当符合"
            "规划确定的…要求」) name no body and give it no work (round 33: an article with no work among articles of work; round 36 "
            "/ 37: rules for persons or the public with no body named are text) → out; the other seventeen (第三、四、五、七–十四、"
            "十七–二十二条) each give work to a body → **17**. Accepted: 18–22 (any of 第六、十五、十六、二十三、二十四条 in), 23–25 (with the "
            "general provisions)",
            "units: 第三条 (管理责任 heading, 负责 ×4), 第四条 (各方责任, RULING? 4), 第十一条 (由施工单位履行), 第十三条 / 第十四条 "
            "(落实), 第十九条 (组织竣工验收), 第二十条 (落实, 组织力量进行处置); elsewhere the bodies act with plain verbs (办理, 报送, "
            "编制, 提供, 做好, 受理, 查验, 出具, 处理, 建立) or by option (「区房屋管理部门可以聘请专家…」, round 34)",
            "dates: 2025年4月29日 (the cover), 2025年7月1日 / 2030年6月30日 (entry into force and validity); 15日内 a limit from an "
            "event; no item is dated; no phases; no duties (the builders' 报建, 报送, 备案 and 上报 are regulated parties' filings, "
            "round 41 / 42)",
            "figures: 15日 (a limit, no target); no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x183_03_shi-caizhengju-2024-lishi-fengmao-baohu-chengshi-gengxin-zijin-guanli-banfa.txt"
N03 = "上海市历史风貌保护及城市更新资金管理办法"
RATE = ("a policy's own rate or subsidy written in the article (round 25: 「每户补贴2000元」; round 38: a policy's own rate "
        "「每立方米加收0.8元」 is a target)")

plan(X03,
     title=N03 + "（关于印发《" + N03 + "》的通知）",
     title_note="the 办法's own title (line 15) or the notice title (line 1): either",
     doc_no="沪财发〔2024〕8号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市财政局",
     date="2024-08-20",
     date_note="the cover is signed 2024年8月20日 (the index gives the same day); the 办法 is in force from 2024年7月1日",
     level="a city bureau (Shanghai's finance bureau), rules for the fund for historic-area protection and urban renewal: "
           "sources and uses, city subsidies and rates, budgeting and payment procedures among the city and district finance "
           "bodies and the housing administration",
     source=src("城市更新与历史保护", "关于印发《" + N03 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=xxfboswf0000002958&siteId=0017", 3524),
     style="a cover (addressees 「各区财政局：」, one paragraph, 「特此通知。」, the signature, the date); the 办法's title; four "
           "chapters on lines with runs of spaces 「第一章    总      则」; 18 articles run in 「第N条  …」 (two spaces); items "
           "（一）… inside 第四、五、十二、十三条; 第十三条 closes with an unnumbered paragraph after its items; a formula line; "
           "blank lines between all paragraphs",
     leaf_tasks=15, count_alternatives=[11, 12, 13, 14, 16, 17],
     leaf_tasks_by_section={"第一章 总则": 1, "第二章 资金来源及使用范围": 4, "第三章 资金管理": 10},
     samples=[
        A(X03, ["第三条"], ["市、区两级财政部门"], ["市、区两级财政部门", "规划资源、房屋管理、发展改革部门"],
          lead_alternatives=[[]],
          note="an article of 总则 that gives work is a task (round 30); 「市、区两级财政部门会同规划资源、房屋管理、发展改革部门等做好…"
               "工作」 — 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); 「市、区两级财政部门」 one name (round "
               "30: 「市、区X部门」); 「规划资源、房屋管理、发展改革部门等」 — fields sharing one head are one name as printed (round 31; "
               "the final 等 dropped by the scorer); " + NODATE),
        A(X03, ["第七条"], [], [], [(20000, "元")],
          note="the city fund's support for the districts' old-area projects (a policy article that gives the fund's work, round 38 "
               "/ 40: items naming no unit that give work are tasks; a count without it accepted); 「给予每平方米20000元的定额补贴」 — "
               + RATE + "; the subject is 市级资金 (a fund, no body): " + NONE + "; " + NODATE),
        A(X03, ["第八条"], [], ["市房管局", "市财政局"], [(50, "%"), (40, "%")],
          note="「由市级资金…给予相应补助」 (a fund as the agent of 由: no body); second paragraph 「…控制单价由市房管局、市财政局根据…"
               "确定后另行发布，并适时调整」 — 由A＋a verb of doing (round 34) → 市房管局, 市财政局; 「按照项目控制单价内50%比例据实补贴」 / "
               "「40%比例」 — " + RATE + "; the districts named 「普陀、杨浦、…等区」 pick who gets which rate (places, no units); no lead; "
               + NODATE),
        A(X03, ["第九条"], [], [], [(2, "个百分点"), (5, "年")],
          note="「贴息利率…最多不超过2个百分点」「贴息期限…最长不超过5年」 — 最多／不超过／最长 are comparison words (round 30 / round 32) "
               "→ targets; 「每年结算一次」 a rhythm of settling, not a sending (no duty); the subject is 市级资金: " + NONE + "; "
               + NODATE),
        A(X03, ["第十一条"], ["市、区两级财政部门"], ["市、区两级财政部门", "相关部门"], lead_alternatives=[[]],
          note="「市、区两级财政部门会同相关部门，…统筹安排资金，编制年度预算，按程序报批」 — 「A会同B＋verb」 (rule 2): lead A (lead [] "
               "accepted), responsible A, B; 相关部门 as the partner of 会同 is a unit as printed (\"Round 42 rulings, continued\": "
               "「会同相关部门」); 年度 / 及时 give no date; " + NODATE),
        A(X03, ["第十三条", "（一）"], [], ["市财政局", "区级财政部门"],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市财政局按照…提前告知区级财政部门。区级财政部门应将…编入…预算」 — the subjects of 告知 and 编入 are doers, in printed order; lead []; formerly: " + "an item inside an article is its item (round 37); 「每年10月底前，市财政局按照…预计数提前告知区级财政部门。区级财政部门应将"
               "…全额编入下一年度政府预算」 — 告知 / 编入 (" + CLOSED + "): " + NONE + "; 每年10月底前 is a recurring date, no "
               "deadline (round 34), read as a yearly duty below"),
        A(X03, ["第十五条"], ["区财政局"], ["区财政局", "相关部门"], lead_alternatives=[[]],
          note="「项目实施单位可向区财政局提出贴息申请」 — an applicant and an option (round 30 / round 34: no unit); 「区财政局会同相关部门"
               "参照…规定审核后转报市财政局」 — 「A会同B＋verb」 (rule 2): lead A (lead [] accepted), responsible A, 相关部门 (as in "
               "第十一条); 「市财政局审核…，将贴息资金支付至项目实施单位」 (审核 / 支付, no rule-2 verb; the receiver no unit); the "
               "转报 is a duty below (undated); " + NODATE),
        A(X03, ["第十六条"], [], ["各级财政部门", "主管部门"],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「各级财政部门和主管部门要加强…绩效管理…，建立健全…机制」 — the subjects of 加强 are doers, two heads two names; lead []; formerly: " + ARTICLE + "; 「各级财政部门和主管部门要加强对资金的绩效管理…，建立健全…机制」 — 加强 / 建立健全 (" + CLOSED + "): "
               + NONE + "; " + NODATE),
     ],
     plan_targets=[{"number": 80, "unit": "%",
                    "note": "第四条（二）「…扣除…支出后的全部收入不低于80%部分」 — 不低于 (round 30's line); 第四条 is a list of the fund's "
                            "sources (no task, see the count), so its rate is a plan target (round 35: a ceiling in a scope article is "
                            "a plan target, a policy's own rate)"}],
     phases=[],
     duties=[{"what": "市财政局按照下一年度专项转移支付预计数提前告知区级财政部门", "when": "每年10月底前",
              "when_norm": "yearly (by 10-31)",
              "note": "第十三条（一）: a plan body's sending to another body of the plan (round 35), with a yearly rhythm (round 34 / "
                      "round 40: a standing rhythm is a duty)"},
             {"what": "区财政局会同相关部门审核贴息申请后转报市财政局", "when": None, "when_norm": None,
              "note": "第十五条: a plan body's sending to another (round 35 / round 36: 「村…初审后报镇」 is a duty, undated when no "
                      "date is written)"}],
     notes=["counting: 第一条 (purpose) and 第二条 (definitions) are general provisions (round 30), 第十七条 (「区财政部门可参照本办法…"
            "制定具体实施意见」, an option and a 参照 article, round 34) and 第十八条 (entry into force) too; 第四条 (the fund's sources "
            "（一）–（六）) and 第五条 (its uses （一）–（四）) are lists that give no work (round 35 / 36: text) → out; 第三条 1; 第六、七、九条 "
            "(the city fund's support, no body named: round 38 / 40 items naming no unit that give work) 3; 第八条 1; 第十、十一、十四、"
            "十五、十六条 5; 第十二条 （一）（二） 2 and 第十三条 （一）（二） 2 (round 37: items inside an article), plus 第十三条's closing "
            "paragraph 「…审价审计单位由市房管局牵头会同市财政局通过公开招标确定，并开展相关考核管理工作」 1 (round 36: a closing paragraph "
            "after an article's items that gives work is one more task; it has no path of its own, so it is not sampled) → **15**. "
            "Accepted: 14 (without the closing paragraph), 12 / 11 (without 第六、七、九条, with or without it), 13 (第十二、十三条 one task "
            "each), 16 / 17 (第四、五条 in)",
            "units: 第三、十一、十五条 (会同), 第八条 (由A确定), 第十三条's closing paragraph (由市房管局牵头会同市财政局…确定: lead 市房管局; "
            "not sampled); elsewhere 市财政局 and the district finance bodies act with plain verbs (拨付, 清算, 告知, 下达, 审核, 建立, "
            "加强)",
            "dates: 2024年8月20日 (the signature), 2024年7月1日 (entry into force); 每年10月底前 (a yearly rhythm, a duty), 按年度 / 每年 "
            "(rhythms of settling); no item has a one-off date; no phases",
            "figures: 80% (plan target, 第四条), 20000元 (第七条), 50% / 40% (第八条), 2个百分点 / 5年 (第九条) — targets; 1030799 (a "
            "budget code in 第十条), 财综〔2014〕76号 / 沪财发〔2018〕7号 (document numbers), 第六条、第七条 (article numbers) — not "
            "targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x183_04_shi-guihuaziyuanju-2022-chengshi-gengxin-guihua-tudi-shishi-xize.txt"
N04 = "上海市城市更新规划土地实施细则（试行）"
OPTION = "CONVENTIONS.md round 34 / round 40: 「A可（以）…」 is an option — no doer, and no work by it"

plan(X04,
     title=N04 + "（关于印发《" + N04 + "》通知）",
     title_note="the rules' own title (line 11) or the notice title (line 1, 「…》通知」 without 的): either",
     doc_no="沪规划资源详〔2022〕506号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市规划和自然资源局",
     date="2022-12-30",
     date_note="the cover is signed 2022年12月30日 (the index gives the same day); in force 「自印发之日起」",
     level="a city bureau (Shanghai's planning and natural resources bureau), planning and land rules for urban renewal: "
           "public elements, changes of land use, floor area, height and boundaries, land supply, terms, prices, registration, "
           "holding and transfer, whole-life management; two attached tables of floor-area multipliers",
     source=src("城市更新与历史保护", "关于印发《上海市城市更新规划土地实施细则（试行）》通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=820bdf5393054e9a84ea928d340376b9&siteId=0032", 5736),
     style="a cover (addressees 「各区政府、各相关管委会:」 with an ASCII colon, one paragraph, the signature, the date); the rules' "
           "title; five chapters 「第一章  总则」 (two spaces); 19 articles 「第N条 （heading）」 on lines of their own, text after; "
           "items （一）… inside 第四–七、九条 (第五条's run-in headed 「（一）保证可达性。…」); a 附件 line naming two tables; then "
           "「附件1」「附件2」, tables flattened one cell a line (multipliers 2.0 / 1.5 / 0.8 …, notes ①–⑤); blank lines between "
           "all paragraphs",
     leaf_tasks=18, count_alternatives=[5, 13, 14, 16, 26],
     leaf_tasks_by_section={"第二章 规划政策": 11, "第三章 土地政策": 5, "第四章 全生命周期管理": 2},
     samples=[
        A(X04, ["第五条 （公共要素的设置要求）", "（一）"], [], [], [(3, "层")], not_targets=[(24, "小时")],
          note="items inside an article that set requirements 「应当…」「不得…」 are its items and tasks (round 37; round 38 / 40: items "
               "naming no unit that give work are tasks); 「公共服务设施宜布局在建筑的三层及以下」 — 及以下 (round 30's line: a ceiling of "
               "a standard) → 3层; 「保障24小时对外开放」 — a norm with no comparison word (round 30: not a target); " + NONE + "; "
               + NODATE),
        A(X04, ["第五条 （公共要素的设置要求）", "（四）"], [], [], [(3, "米")], not_targets=[(4.5, "米")],
          note="「底层架空净空高度一般宜为4.5米左右，原则上不得低于3米」 — 不得低于 (round 30's 低于) → 3米; 「一般宜为4.5米左右」 a usual "
               "figure with no comparison word (round 40: 「一般为3-5年」 is no target); " + NONE + "; " + NODATE),
        A1(X04, ["第六条 （用地性质的更新政策）", "（一）"], "区人民政府",
           note="「…可以相互转换…」 options (" + OPTION + "); 「涉及以上用地性质转换的零星更新项目，提供的公共要素规模应当依据…，由区人民政府"
                "确定」 — 由A＋a verb of doing (round 34), the item's own work after its case (\"Round 42 rulings, written early\": a "
                "「…的，由A…」 step is the article's own work) → 区人民政府; " + NODATE),
        A1(X04, ["第八条 （建筑高度的更新政策）"], "区人民政府",
           note=ARTICLE + "; 「涉及建筑高度调整的零星更新项目，提供的公共要素规模应当…，由区人民政府确定」 — 由A＋确定 (round 34) → "
                "区人民政府; " + NODATE),
        A1(X04, ["第十条 （风貌保护的更新政策）"], "区人民政府",
           note="「…可以部分不计入容积率，具体比例由区人民政府确定」 — 由A＋确定 (round 34; round 41: 「具体办法由A制定」 inside an article "
                "that gives work is that article's work) → 区人民政府; 「区人民政府、物业权利人及建设主体主动保护…的新增历史建筑」 — bodies "
                "inside a noun's description (round 30: no doers); " + NODATE),
        A1(X04, ["第十二条 （用地手续）"], "实施主体",
           note="「城市更新项目通过存量补地价方式办理用地手续的，…由更新方案明确的实施主体办理存量补地价」 — 由A＋a verb of doing (round "
                "34), a step after a branch (\"Round 42 rulings, written early\": the article's own work); the name after the last "
                "的 (round 32) → 实施主体; 「市、区相关管理部门提出的…要求」 a description (no doer); 「区人民政府明确的特定区域」 a "
                "description; " + NODATE),
        A(X04, ["第十四条 （土地价款）"], [], [],
          note="「…应当…委托土地评估机构进行市场评估，并经区人民政府集体决策后确定」 — 委托 has no subject; 「经A…决策」 names an "
               "approving body (rule 3: 「经A同意」; round 36: 「经过A、B初步审查」 no unit); 「区人民政府集体决策时可以综合考虑…」 an "
               "option (" + OPTION + "): " + NONE + "; " + NODATE),
        A(X04, ["第十五条 （不动产登记）"], [], ["出让人", "接收部门"],
          note="「办理转移登记或变更上述重要注记内容时，根据…约定由出让人出具审核同意的意见」 — 由A＋出具 (round 38), read as the "
               "article's own step (\"Round 42 rulings, written early\") rather than a contingency (RULING? 5); 「…公共要素设施物业，由"
               "更新方案中明确并纳入建设用地使用权合同的接收部门按规定办理首次登记」 — 由A＋办理 (round 34), the name after the last 的 "
               "(round 32) → 接收部门; 出让人 a party named by its kind (round 34); no lead; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (purpose), 第二条 (scope and the two definitions, 「由统筹主体负责推动…」 inside a definition: a general "
            "provision, round 30), 第十一条 (「…适用本章土地政策」) and 第十九条 (entry into force) are general; 第三条 (options only, "
            "「可以…」「各区人民政府可以细化…」) and 第四条 (a definition and a list of conditions 「应当符合以下情形之一：」, round 35) give no "
            "work → out; 第五条 （一）–（五） 5 (its closing 「…可以在同一实施主体的其他地块上提供」 an option, out); 第六条 （一） 1 "
            "(（二）（三） options only, out); 第七条 （一）（三） 2 (（二）（四） options, out); 第八、九、十条 3 (第九条's （一）–（三） are "
            "conditions, round 35: text); 第十二–十八条 7 → **18**. Accepted: 5 (only the items that name a unit: 第六条（一）, 第八、"
            "十、十二、十五条 — round 38 / 40: a count without the items naming no unit), 14 (第五条 one task), 13 (each of 第五–十、"
            "十二–十八条 one task), 16 (every article 第三–十八条 one task), 26 (the options and 第三、四、十一条 in as well)",
            "units: only 区人民政府 (由A确定 ×3), 实施主体, 出让人 and 接收部门 (由A办理／出具); elsewhere the rules speak of projects and "
            "parties with options (可以), approvals (经A), descriptions (A明确的…) or no subject",
            "dates: 2022年12月30日 (the signature); 「自印发之日起施行」; no item is dated; no phases, no duties",
            "figures: 三层及以下 → 3层, 不得低于3米 (第五条) — targets; 24小时, 4.5米左右 — not; the attached tables' multipliers "
            "(2.0, 1.5, 0.8, 1.0, 0.5, 0), the notes' 300米范围内 and the bands 小于或等于 / 大于…50% / 30% 的部分 are table cells of a "
            "rule's attachment, read as neither targets nor not-targets (no check written on them)"])

write_collected(DIR)
