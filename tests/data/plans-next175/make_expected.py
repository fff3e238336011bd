# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next175/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 41 (built by helper c175): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the round-41 rulings written early and continued included) applied to every item. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next175/make_expected.py tests/data/plans-next175
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = partial(shanghai_source, "建筑设计与报建")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations, pivots 委托): lead = [], "
        "responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another verb "
          "(加强, 健全, 核实, 办理, 作出, 载明, 公示, 查处, 处罚 without 由, 采取, 暂停, 对…进行 …) is not a unit")
WORKLESS = ("CONVENTIONS.md round 38 / round 39 / round 40: items naming no unit in a plan with units elsewhere are tasks where "
            "they give work (a count without them accepted)")
ARTICLE = ("CONVENTIONS.md round 30 / round 33: in a document written as articles, an article that gives work (a doer or an "
           "instruction 「应当…」) is a task; general provisions (purpose, scope, entry into force) are not")
LIMIT = ("CONVENTIONS.md round 33: a limit counted from an event with no comparison word 「在受理后2个工作日内」 is the item's "
         "deadline rule, not a target; no deadline (round 34: times from an event are no deadline)")
RULED42 = ("CONVENTIONS.md \"Round 42 rulings, written early\" → Units: a 「…的，由A…」 step after a case or a branch is "
           "the article's own work, A a doer")
WITHIN = ("CONVENTIONS.md round 33: a time limit with a comparison word is a target 「时限不超过5个工作日」 (round 30's 不超过)")
CLASS = ("CONVENTIONS.md round 34 (targets): a class the rule covers is not a target — 「1万平方米及以下的…产业项目」 names the "
         "objects a rule applies to, like 「10万平方米以上的项目」")


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x175_01_shi-zhujianwei-2025-shigongtu-shencha-gaige-youguan-yaoqiu-tongzhi.txt"
T01 = "上海市住房和城乡建设管理委员会关于进一步明确本市工程建设项目施工图设计文件审查改革有关要求的通知"

plan(X01,
     title=T01,
     title_note="line 1 (printed again on line 3)",
     doc_no="沪建建管〔2025〕55号 (printed on line 5)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2025-01-26",
     level="a city commission (Shanghai's housing and construction commission), a notice of rules for the reform of "
           "construction-drawing review: which projects are exempt, and the after-the-fact quality check of exempt projects",
     source=src("上海市住房和城乡建设管理委员会关于进一步明确本市工程建设项目施工图设计文件审查改革有关要求的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f100d1e962294a0da699397877684ea6&siteId=0011", 2069),
     style="title twice, number, addressees 「各有关单位：」, a preamble; four headed points 一、–四、 over paragraphs: 一、 one "
           "paragraph, 二、 （一） with 1. 2. (ASCII period) and （二） one paragraph, 三、 seven unnumbered paragraphs (the check "
           "procedure: 合格的 / 不合格的 branches, a breach case, a change case), 四、其他 (a reference and the entry into "
           "force); a 附件 line with two unprinted attachments; blank lines between all paragraphs",
     leaf_tasks=5, count_alternatives=[2, 4, 6],
     leaf_tasks_by_section={"一、": 1, "二、": 3, "三、": 1},
     childless_top_level_sections=["四、其他"],
     samples=[
        S(["一"], [], [],
          note="「调整…免于审查正面清单…，将符合…的特殊建设工程项目移出正面清单，特殊建设工程应当按有关规定严格执行…“多图联审”制度」 — "
               "the issuer's own adjustment of a list and a rule for a kind of project (no subject; 特殊建设工程 is a project, "
               "no body): " + NONE + "; a childless headed point of a notice written mostly as headed points that gives an "
               "instruction 「应当…」 (CONVENTIONS.md round 34, written early) is a task; 4 accepted without it; " + NODATE),
        S(["二", "（一）", "1"], [], [], not_targets=[(1, "万平方米")],
          note="「总建筑面积1万平方米及以下的…产业项目，…应执行施工图设计文件免审制度」 — " + CLASS + " → 1万平方米 not a target; "
               "no body: " + NONE + "; " + WORKLESS + "; " + NODATE),
        S(["二", "（一）", "2"], [], [], not_targets=[(1, "万平方米"), (5, "万立方米/日"), (5000, "平方米")],
          note="「…由建设单位自主选择执行施工图设计文件免审或“多图联审”制度」 — RULING? 1: read as the regulated party's own "
               "choice (round 34: a party that applies for itself or only may act 「可…」 is no doer; 自主选择 gives the owner an "
               "option, not work) → " + NONE + "; the other reading (由A＋a verb of doing, round 34) gives responsible "
               "建设单位; 1万平方米以上 / 小于5万立方米/日 / 5000平方米及以下 name the projects the rule covers — " + CLASS + "; "
               + NODATE),
        S(["三"], [], ["市、区建设管理部门", "特定地区管委会", "原审查机构", "建设管理部门", "交通、水务、绿化市容等相关部门"],
          targets=[(5, "个工作日"), (10, "个工作日"), (7, "个工作日")],
          note="aligned round 41: 「未在规定时限内完成整改、整改复查仍不合格，或建设单位拒不整改的，由建设管理部门或交通、水务、绿化市容等"
               "相关部门核实情况后依法责令建设单位停止施工…」 is a 「…的，由A…」 step after a case, the article's own work: A a doer (" + RULED42 + "; the "
               "group closed by a shared head 「交通、水务、绿化市容等相关部门」 one name as printed, \"Round 42 rulings, continued\") "
               "— responsible adds 建设管理部门 and 交通、水务、绿化市容等相关部门; the builder's note was: 「由市、区建设管理部门和特定地区管委会委托经市住房城乡建设管理委认定的施工图审查机构进行事后质量检查」 — round 33 / "
               "round 35: 「由A委托B＋verb」 makes A a doer, B (the object of 委托) no unit; 「市、区X部门」 one name as printed "
               "(round 30), 和 joins two whole names (round 35); 「整改完成后，应重新在线上传，由原审查机构复查」 — 由A＋a verb of "
               "doing (round 34): 原审查机构 a doer — RULING? 2: the 合格的 / 不合格的 paragraphs are the check's own steps split "
               "by its outcome (round 40: work split by its steps gives all of them), not a contingency; 「未在规定时限内完成"
               "整改…的，由建设管理部门或…相关部门核实情况后依法责令…」 and 「确需修改的，…由原审查机构进行复查」 are cases (rule 3: "
               "「确需…的」 a contingency) and add no unit; no lead named (lead []); 「时限不超过5个工作日」「时限不超过10个工作日」"
               "「整改时限一般不超过7个工作日」 — " + WITHIN + "; 1万平方米及以下 / 以上 are classes (not listed); " + NODATE
               + " (the entry into force 2025年2月1日 is in 四、)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: a notice written mostly as childless headed points (一、 三、 四、 have no numbered child): 一、 (an "
            "instruction, round 34 early ruling) → 1; 二、（一）1. 2. and （二） → 3 (the classes of project and the procedure "
            "each follows: rules that give the projects' owners their course, items of the point; " + WORKLESS + "); 三、 "
            "(seven paragraphs, one point: its units by 由A委托B and 由A复查) → 1; 四、其他 (a reference to another policy and the "
            "entry into force: a general provision, round 30) no task → **5**. Accepted: 4 (一、 read as the issuer's own "
            "adjustment of a list), 2 (二、's items read as a list of classes that gives no work, round 35), 6 (四、 in)",
            "units: only in 三、 (rule 2); 二/（一）/2's 「由建设单位自主选择」 is RULING? 1; the cover's addressees are no unit",
            "dates: 2025年1月26日 (signature), 2025年2月1日 (entry into force); no item is dated",
            "figures: classes of project (1万平方米及以下 / 以上, 小于5万立方米/日, 5000平方米及以下) are not targets (round 34); the "
            "time limits with 不超过 (5 / 10 / 7个工作日) are targets (round 33); 住建部令第58号, 第十四条, 〔2021〕288号 are "
            "numbers of documents"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x175_02_shi-zhujianwei-2024-shigong-xuke-shenpi-guanli-gongzuo-tongzhi.txt"
T02 = "上海市住房和城乡建设管理委员会关于进一步规范和完善建筑工程施工许可审批管理工作的通知"

plan(X02,
     title=T02,
     title_note="line 1 (printed again on line 3)",
     doc_no="沪建建管〔2024〕484号 (printed on line 5)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2024-09-19",
     level="a city commission (Shanghai's housing and construction commission), a notice of six headed points on "
           "construction permits: a pile-and-retaining-wall permit for large projects, the owner's duties, the permit "
           "authorities' supervision",
     source=src("上海市住房和城乡建设管理委员会关于进一步规范和完善建筑工程施工许可审批管理工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=99e62fa9be3d461d8c6758c6df875073&siteId=0011", 1620),
     style="title twice, number, addressees, a preamble; six headed points 「一、…」 run in (no heading lines): 一、 a lead-in "
           "「对同时满足以下条件的项目，可将…纳入…核发范围：」 over three conditions （一）–（三）, 二、 two paragraphs, 三、–五、 one "
           "paragraph each, 六、 the entry into force; signature date; blank lines between all paragraphs",
     leaf_tasks=4, count_alternatives=[2, 5, 7],
     leaf_tasks_by_section={"二、–五、": 4},
     childless_top_level_sections=["一、", "六、"],
     samples=[
        S(["二"], [], ["建设单位", "施工图审查机构"],
          note="「建设单位应当按要求组织开展技术方案专项论证」 — 组织＋work (rule 2, round 34: a regulated party named by a kind is "
               "a doer with a rule-2 form) → 建设单位; 「…施工图设计文件…，应由符合资质要求的施工图审查机构审查」 — 由A＋a verb of "
               "doing (round 34), the 的-rule (round 32: the name after the last 的) → 施工图审查机构; 「建设单位可凭…申请办理…"
               "施工许可证」 is an applicant's option (round 30 / round 34, no unit by it); 「建设行政管理部门核发…时，应载明…」 — "
               + CLOSED + "; no lead named; " + NODATE),
        S(["三"], [], [],
          note="「建设单位在申请施工许可证时，应当核实…并作出相应承诺」 (an applicant's check; 核实 / 作出 no rule-2 verbs) and "
               "「建设行政管理部门不得颁发施工许可证」 — " + CLOSED + "; " + NONE + "; an instruction to the plan's bodies "
               "(round 34) in a plan with units elsewhere: " + WORKLESS + "; " + NODATE),
        S(["四"], [], ["原发证机关"],
          note="aligned round 41: 「对涉及以欺骗等不正当手段取得施工许可证的，责令停止施工，由原发证机关按照相关程序撤销施工许可证」 is a "
               "「…的，由A…」 step after a case, the article's own work: A a doer (" + RULED42 + ") — responsible [] → 原发证机关 "
               "(lead []: no 牵头); the builder's note was: 「市、区建设行政管理部门和特定地区管委会应当加强施工许可事中事后监管…」 — " + CLOSED + "; 「对涉及以欺骗等不正当手段"
               "取得施工许可证的，责令停止施工，由原发证机关按照相关程序撤销施工许可证」 is a case inside an item whose work is "
               "something else (rule 3; round 34: a case stays a case) → no unit; " + NONE + "; " + WORKLESS + "; " + NODATE),
        S(["五"], [], [],
          note="「市、区建设行政管理部门应当进一步健全审批服务监管机制，…督促建设主体切实履行主体责任」 — 健全 / 优化 / 督促 are no "
               "rule-2 verbs (round 30: the pivot 督促 gives neither its subject nor its object); " + NONE + "; "
               + WORKLESS + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: a notice of six headed points with no heading lines; 一、's （一）–（三） are the conditions a project must "
            "meet (round 35: conditions are a list that gives no work, text), and 一、 itself states a policy with no subject "
            "and 「可将…纳入…」 (an option, round 34 / 40): no task; 二、–五、 give work (二、 to 建设单位 and 施工图审查机构 by rule "
            "2; 三、–五、 instructions 应当／不得 to the permit authorities with no rule-2 verb, " + WORKLESS + ") → **4**; 六、 the "
            "entry into force (a general provision) no task. Accepted: 2 (二、 and 四、 only: aligned round 41, 四、 names 原发证机关 by the Round 42 ruling on 「…的，由A…」 steps — the builder's 1, 二、 only, rested on 四、 naming no unit), 5 (一、 in, as a point that gives the "
            "authorities an option of work), 7 (一、's three conditions read as items, with 二、–五、)",
            "units: in 二、 and (aligned round 41) 四、; the addressees 各区建设管理（交通）委、特定地区管委会 are no item's subject",
            "dates: 2024年9月19日 (signature), 2024年11月1日 (entry into force); no item is dated",
            "figures: 12米及以上 (一、（二）, a condition picking the projects — in no task, not checked); "
            "沪建建管联〔2024〕249号, 沪建质安〔2024〕217号, 沪住建规范〔2023〕2号 are document numbers"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x175_03_shi-guodongban-2023-renfang-shigongtu-sheji-shencha-zhiliang-jiancha-xize.txt"
N03 = "上海市人防建设工程施工图设计和审查质量检查工作细则"
INHERIT = ("CONVENTIONS.md rule 4 (closed in round 39): the lead-in of 十、 「由检查单位…抽取专家，与检查工作人员组成检查组」 — 由A＋"
           "a verb of doing (round 34) — gives 检查单位 to the items under it that name none of their own; 检查单位 is a role "
           "the document defines as a body (二、检查单位：上海市国防动员办公室; round 33: a unit as printed); 检查组, which the "
           "lead-in sets up, is no unit (rule 3)")

plan(X03,
     title=N03 + "（关于印发《" + N03 + "》的通知）",
     title_note="the rules' own title (line 17, after the cover) or the notice title (line 1, again on line 3): either",
     doc_no="沪国动规〔2023〕3号 (printed on line 5)",
     issuer="上海市国防动员办公室",
     date="2023-11-29",
     date_note="in force 2024年1月1日 to 2028年12月31日 (十四、)",
     level="a city office (Shanghai's national defence mobilisation office), rules for checking the quality of civil-air-"
           "defence construction drawings and their review: who checks, classes and sampling rates, kinds and contents of "
           "checks, procedure, sanctions, publication",
     source=src("关于印发《" + N03 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=6d70099434a24148947652caab4ce5c4&siteId=0026", 3616),
     style="cover (title twice, number, addressees, one sentence, signature, date), the rules' title, a preamble; fourteen "
           "headed points 一、–十四、 on lines of their own: 一、 a list of six source documents （一）–（六）, 二、检查单位 and "
           "三、具体实施单位 one line each naming bodies, 四、 五、 (grade bands A–D) 六、 statements, 七、 八、 （一）… with heading "
           "lines over paragraphs, 八、（二） 1．2． (fullwidth period) and （1）–（4）, 九、 （一）–（三） and a closing sentence, 十、 "
           "a lead-in over （一）–（三）, 十一、 （一）1．–5. (one ASCII 「5.」) （二）1．2． （三）, 十二、 （一）（二）, 十三、 十四、 one "
           "paragraph each; a 附件 line with two unprinted attachments; blank lines between all paragraphs",
     leaf_tasks=19, count_alternatives=[18, 20, 21, 24, 30],
     leaf_tasks_by_section={"七、检查方式": 4, "八、检查内容": 7, "十、检查程序": 2, "十一、检查处理": 3, "十二、信息公开": 2,
                            "十三、检查档案管理": 1},
     childless_top_level_sections=["二、检查单位", "三、具体实施单位", "四、检查对象", "五、检查分类", "十四、施行时间"],
     samples=[
        S(["七", "（一）"], [], [], [(30, "%"), (50, "%"), (70, "%"), (100, "%")], not_targets=[(1, "")],
          note="「对A、B、C、D类设计单位和审图机构的日常监督检查抽查比例分别为不少于30%、50%、70%和100%」 — 不少于 (round 30's "
               "line) reaches the four rates → targets; 「人防工程项目总数为1的，全数抽查」 — a count with no comparison word "
               "naming a case → not a target; the item's work has no subject (随机抽取…进行…检查): " + NONE + "; " + WORKLESS
               + "; the plan-level 二、检查单位 gives no item units (round 41: a plan-level field stated once, like 「承办单位：A」); "
               + NODATE),
        S(["七", "（三）"], [], [], [(2, "次")],
          note="「与市建设工程勘察设计管理事务中心（以下简称…）开展多图联审的联合检查。与人防安全质量监督部门联动开展设计质量联合检查，"
               "每年联动不少于2次」 — no subject; the partners after 与 are liaisons (round 38: 「与A对接」 no unit; 联动 with no "
               "doer names none, round 41): " + NONE + "; 不少于2次 — a frequency with a floor (round 35) → target; 每年 a "
               "rhythm, no deadline; " + NODATE),
        S(["八", "（二）", "1"], [], [],
          note="「与市勘察设计管理中心开展多图联审的联合检查，人防检查内容同上」 — no subject, a partner only: " + NONE + "; "
               + WORKLESS + "; " + NODATE),
        S(["十", "（一）"], [], ["检查单位"], lead_alternatives=[["检查单位"]],
          note="「检查组依据有关规范…进行检查…，经审核后将检查意见书反馈给相对人，要求其限期整改」 — 检查组 is the subject of "
               "进行检查 (no rule-2 verb, round 37) → the item names none of its own; " + INHERIT + "; " + ONE + "; 限期整改 "
               "(a limit with no date) → " + NODATE),
        S(["十", "（二）"], [], ["检查单位"], lead_alternatives=[["检查单位"]],
          note="「被检查单位应限期整改并回复整改报告，检查单位对其整改情况进行复核」 — 被检查单位 a regulated party (整改, 回复 no "
               "rule-2 verbs; its reply is a regulated party's filing, no duty, round 32 / round 41); 检查单位 the subject of "
               "进行复核 (no rule-2 verb) → the item names none → " + INHERIT + "; " + ONE + "; " + NODATE),
        S(["十一", "（三）"], [], [],
          note="「审图机构审查完毕后，…仍存在影响重大安全隐患的，检查单位将视情节轻重暂停或取消委托该施工图审查机构的审查资格」 — "
               "检查单位 is the subject of 暂停 / 取消 without 由 (round 34's 「对…的，由A处罚」 needs 由; " + CLOSED + "); no "
               "lead-in over 十一、: " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover and the preamble no task; 一、检查依据's （一）–（六） a list of documents (round 35: a list "
            "that gives no work, text); 二、检查单位 and 三、具体实施单位 name bodies once for the whole rules (round 41: a plan-level "
            "field gives no item units) and give no work of their own: no tasks (20 / 21 accepted with one or both: "
            "designations, round 32) — RULING? 3; 四、检查对象 (scope), 五、检查分类 (grade bands, round 32) no tasks; 六、（一）（二） "
            "and 九、（一）–（三） statements of periods and sampling rules with no doer and no work (round 33: not tasks in a plan "
            "whose tasks name units; 24 accepted with them); 七、（一）–（四） → 4; 八、（一）, （二）1．, （二）2．（1）–（4）, （三） → 7 "
            "(2． has children); 十、（一）（二） → 2 (（三） 「专家…应遵循回避原则」 a rule for persons, no task; accepted in 20); 十一、"
            "（一）（二）（三） → 3 (（一） and （二）'s 1．–5. / 1．2． are cases, round 35: an item whose items are only cases is one "
            "task); 十二、（一）（二） → 2; 十三、 (an instruction 「应…归档」, round 34 / 36) → 1; 十四、 entry into force no task → "
            "**19**. Accepted: 18 (十三、 out), 20, 21, 24 and 30 (every numbered leaf of 六、–十二、 with 十一、's cases as items, and "
            "十三、)",
            "units: 检查单位 by the lead-in of 十、 (rule 4) to its items; 上海市民防监督管理事务中心 and 经委托授权的管委会 (三、) act in "
            "no item; 市住房城乡建设管理委 (十一、（二）) receives a referral (移送, rule 3)",
            "dates: 2023年第9次主任办公会议, 2023年11月29日, 2024年1月1日 / 2028年12月31日 (validity); rhythms 每年 (七、（三）), "
            "每月（季度） (十二、（一）: publication to the public, no duty), 每月3日、18日 (十一、（一）4．: the regulated parties' "
            "report days — a regulated party's filing, no duty, round 41); no item is dated",
            "figures: 30% / 50% / 70% / 100% (不少于), 100% (七、（二）, the item's own rate), 不少于2次 — targets; the grade bands "
            "=100%, ≧60%, ≧30%, ＜30% (round 32: not targets), 15个自然日 / 1个月 (definitions of a period), 连续2个检查周期, 下调为0, "
            "调高至100%, 超过5个工作日 (triggers of the sampling rules in 九、, no task), 2次及以上 / 2项 / 2次 / 3次及以上 (the cases "
            "of 十一、), 3个工作日内 — not checked"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x175_04_shi-shengtaihuanjingju-2021-yejian-shigong-xuke-beian-shencha-guanli-banfa.txt"
N04 = "上海市建设工程夜间施工许可和备案审查管理办法"
BODY = ("the rule binds the applicants and builders (施工单位, 建设单位: regulated parties whose filings are no duties, round 32 / "
        "round 41)")

plan(X04,
     title=N04 + "（上海市生态环境局、市住房城乡建设管理委、市交通委、市公安局、市城管执法局关于印发《" + N04 + "》的通知）",
     title_note="the rules' own title (line 11) or the notice title (line 1): either",
     doc_no="沪环规〔2021〕16号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市生态环境局 with 上海市住房和城乡建设管理委员会, 上海市交通委员会, 上海市公安局, 上海市城市管理行政执法局",
     date="2021-09-02",
     date_note="the cover is signed 2021年9月2日; the index gives 2021-09-03; in force 2021年10月3日 for 5 years",
     level="five city bureaus (Shanghai), joint rules on night-time construction: permits for building works, filings for "
           "road and rail works, duties of the permitting and filing departments, supervision, penalties, complaints; five "
           "attached forms",
     source=src("上海市生态环境局、市住房城乡建设管理委、市交通委、市公安局、市城管执法局关于印发《上海市建设工程夜间.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=44b7f981638d4ef1bd595fb232d8c1e1&siteId=0024", 8169),
     style="the notice title, addressees and one paragraph with no blank line between, five signatures over three lines with "
           "runs of spaces (「上 海 市 公 安 局」 spaced), the date; the rules' title; chapters 「第一章　总则」 (an ideographic "
           "space; 第三章's heading with an ASCII space and broken over two lines) and articles 「第N条（heading）」 on a line of "
           "their own (some 「第N条 （…）」 with a space), text on the next line(s); items （一）… inside 第五、七、八、十、十六、十七、"
           "十九条; no blank lines inside most articles; five attached forms flattened one cell a line (spaced blanks, □ boxes, "
           "vertical words one character a line)",
     leaf_tasks=34, count_alternatives=[22, 23, 25, 26, 35, 37, 38],
     leaf_tasks_by_section={"第一章 总则": 1, "第二章 房屋类建筑工程夜间施工许可": 16, "第三章 …夜间施工备案": 14,
                            "第四章 监督管理": 3},
     samples=[
        A(X04, ["第三条（职责分工）"], [],
          ["市生态环境局", "区生态环境局", "市、区建设行政管理部门", "市交通委员会", "上海市道路运输管理局", "区交通行政管理部门",
           "道路管理机构", "城管执法部门", "其他相关行政管理部门"],
          note="an article headed 职责分工 (CONVENTIONS.md round 34 / round 35: a heading that gives out work — every body given "
               "work is a unit, in printed order): A负责 ×5 paragraphs, 「具体由上海市道路运输管理局实施」 (由A＋实施), 「区交通行政管理"
               "部门及其道路管理机构负责」 (及 splits, round 34; 其 dropped like 所, round 38 → 道路管理机构), 「其他相关行政管理部门按照各自"
               "职责，协同实施本办法」 (round 39: added as responsible); 「市、区建设行政管理部门」 one name (round 30); 「未经生态环境部门"
               "批准」 names an approving body (rule 3); no lead; " + NODATE),
        A(X04, ["第六条（许可天数要求）"], [], [], [(3, "天"), (24, "小时"), (12, "天")],
          note="「连续进行夜间施工不得超过3天，两次…之间应有24小时以上的间隔，…当月累计不得超过12天」 — 不得超过 / 以上 (round 30's "
               "line: a ceiling or floor of a standard) → targets; " + BODY + "; " + NONE + "; " + ARTICLE + "; " + NODATE),
        A(X04, ["第七条（夜间施工要求）", "（三）"], [], [], [(5, "米"), (15, "米")],
          note="「围挡距离居民住宅小于5米或施工作业点距离…敏感建筑物小于15米时，应采取增高围挡…等降噪措施」 — 小于 (round 32) in a "
               "condition that triggers the step (round 30 / round 40) → targets; an item numbered inside an article is its item "
               "(round 37); " + BODY + "; " + NONE + "; " + NODATE),
        A(X04, ["第九条（许可流程）"], [], ["区生态环境局"], lead_alternatives=[["区生态环境局"]], not_targets=[(2, "个工作日")],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区生态环境局…应视情况到施工现场核实…，并…办理夜间施工许可」 — responsible 区生态环境局 (生态环境部门 the same body), lead [] (accepted as the lead); formerly: " "「区生态环境局…应视情况到施工现场核实…，并…办理夜间施工许可，生态环境部门应当在受理后2个工作日内作出许可决定」 — "
               + CLOSED + "; " + NONE + "; " + LIMIT),
        A(X04, ["第十八条 （备案流程）"], [], ["相应备案部门"], not_targets=[(2, "个工作日")], lead_alternatives=[["相应备案部门"]],
          note="「…工程由相应备案部门受理后2个工作日内完成备案」 — 由A＋a verb of doing (受理, round 34) → 相应备案部门, as printed; "
               + ONE + "; " + LIMIT),
        A(X04, ["第二十三条（监督管理）"], [], ["各级生态环境管理部门", "各级建设行政管理部门", "各级交通建设工程安全质量监督机构", "各级城管执法部门"],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): four paragraphs whose subjects 各级生态环境管理部门／各级建设行政管理部门／各级交通建设工程安全质量监督机构／各级城管执法部门 把关／加强／查处 — each a doer, in printed order; lead []; formerly: " + "four paragraphs 「各级生态环境管理部门应当严格把关…」「各级建设行政管理部门应当…加强…巡查，做好…配合工作」「各级交通建设工程"
               "安全质量监督机构应当加强…，及时查处…」「各级城管执法部门应当…依法查处…」 — RULING? 4: 监督管理 is read as no heading "
               "that gives out work (it holds no duty word 职责／责任／分工／部门／主体, rounds 35–40; like 「加强安全责任体系」, round 38) "
               "and 把关 / 加强 / 做好 / 查处 are no rule-2 verbs (" + CLOSED + ") → " + NONE + "; read as a work heading it would "
               "give all four kinds; " + NODATE),
        A(X04, ["第二十四条（行政处罚）"], [], ["生态环境部门", "城管执法部门", "交通行政管理部门"],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「…生态环境部门、城管执法部门、交通行政管理部门应当依法处罚」 — the subjects of 处罚 are doers, in printed order (the units punished are regulated parties); lead []; formerly: " + "「对违反夜间施工有关法律、法规规定的有关单位，生态环境部门、城管执法部门、交通行政管理部门应当依法处罚」 — the "
               "response to a case with the bodies as subjects of 处罚 without 由 (round 34's response reading is 「对…的，由A处罚」; "
               + CLOSED + ") → " + NONE + "; " + NODATE),
        A(X04, ["第二十五条（信访处理）"], ["区生态环境局"], ["区生态环境局", "相关部门", "相应备案部门"], lead_alternatives=[[]],
          note="「由区生态环境局会同相关部门负责处理和化解」 — 「（由）A会同B＋verb」 (rule 2): lead A (lead [] accepted), responsible "
               "A, B (相关部门 a kind, round 33); 「…备案产生的信访及投诉，…由相应备案部门负责处理和化解」 — the item's work split by its "
               "objects (round 40: gives all of them) → 相应备案部门; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "区生态环境局将当日获准的建筑工地夜间施工许可信息公示，并及时告知城管执法部门", "when": "每日17:00前",
              "when_norm": "daily",
              "note": "第十一条: a plan body's sending to another body of the plan (round 35), each day; the posting itself is "
                      "publication"},
             {"what": "备案部门将当日备案的夜间施工备案信息报市道路运输局", "when": "每日17:00前", "when_norm": "daily",
              "note": "第二十条: the filing departments send each day's filings to 市道路运输局 (a plan body to a plan body, "
                      "round 35); 市道路运输局每周…公示 is publication"}],
     notes=["counting: 第一条 (purpose), 第二条 (scope) and 第二十六条 (entry into force) are general provisions (round 30: no "
            "tasks; a count with them accepted); 第五条 is a prohibition on the works with its exceptions （一）–（四） (round 36: "
            "prohibitions to the public with no body named are text; accepted as one task); 第七条 （一）–（八） and 第十六条 "
            "（一）–（六） are items of their articles (round 37) → 8 + 6; 第八条 / 第十七条's （一）… are lists of materials "
            "(round 35: a list that gives no work) and 第十条 / 第十九条's are cases (round 35: an article whose items are only "
            "cases is one task) → one task each; the other articles 第三、四、六、八–十五、十七–二十五条 one each → "
            "1 + 16 + 14 + 3 = **34**. Accepted: 35 (第五条 in), 22 / 23 (第七条 and 第十六条 one task each), 25 / 26 / 37 / 38 "
            "(with the three general provisions)",
            "units: 第三条 (a 职责分工 article), 第十八条 (由A受理), 第二十五条 (会同 and 由A负责); elsewhere the departments are "
            "subjects of plain verbs (核实, 办理, 加强, 公示, 查处, 处罚 without 由) and the builders are regulated parties "
            "(申请, 办理手续, 张贴, 递交 — applicants' steps, round 30 / round 34)",
            "dates: 2021年9月2日 (signature), 2021年10月3日 / 有效期5年 (entry into force, validity); times of day 22时 / 6时 / "
            "22：00 / 17:00; limits from events (3个 / 5个工作日前, 2个工作日内, 提前1天) — no item is dated",
            "figures: 不得超过3天, 24小时以上, 不得超过12天 (第六条), 原则上不得超过10天, 24小时以上, 不得超过20天 (第十五条), 小于5米 / "
            "小于15米 (第七条（三）) — targets; 2个工作日内 (a limit from an event), 提前1天, 22时至次日早晨6时 (the night's hours), "
            "市府23号令 — not targets",
            "the attached forms (附件1–5) are forms, not task tables: no rows are counted"])

write_collected(DIR)
