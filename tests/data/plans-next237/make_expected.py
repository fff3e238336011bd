# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next237/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 48 (built by helper c237): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the "Round 49 rulings, written early" and "Round 50 rulings" included) applied to every item. Neither the parser nor
the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next237/make_expected.py tests/data/plans-next237
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = partial(shanghai_source, "工程建设管理")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list outside 第X条 articles — the subject of any other verb "
          "is not a unit (round 44 decided reads any verb of doing only in 第X条 articles; round 45: headed points are not "
          "articles, the article reading is accepted beside)")
ARTSUBJ = ("CONVENTIONS.md \"Round 44 rulings, written early\" (decided): in rules written as articles (第X条), a named body "
           "standing as the subject of the article's verb of doing is a doer whatever the verb (verbs of being or having "
           "name none)")
BY = "CONVENTIONS.md units rule 2: the agent of 由 with a verb of doing is a doer (round 34: 「由A＋any verb of doing」)"
HUI = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 — lead A (lead [] accepted), responsible A, B"
PIVOT = ("round 30: the object of a pivot verb (组织B开展, 委托B, 协助B办理) is not a unit; the pivot's subject is the doer where "
         "the verb is in rule 2's list (组织 is; inside articles the subject of any verb of doing, round 44)")
RECV = "CONVENTIONS.md units rule 3: a body that only receives, approves or guides 「报A备案」「经A同意」「在A指导下」 is no unit"
ONE_LEAD = "a single doer: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
GENART = ("round 30: articles and points of general provision (purpose and basis, scope, definitions, the interpreting body, "
          "entry into force) and round 34's 参照／按照…执行 pointers are not tasks; a count that includes them is accepted")
PROC = ("round 48 (Targets): a band that decides the procurement method 「100万元（含）以上，400万元以下的，须采取…」 triggers a "
        "step, so it is a target, both edges (rounds 29, 30; 不足 is a comparison word, round 32)")
REVIEW = ("round 43: a size band that decides which body reviews or supervises 「总投资500万元（含）以上的…项目」 is a class of "
          "project, no target (round 48: 「Round 43's class reaches only a band that decides which body reviews or approves」)")
STREET = ("round 44 / round 45: 「镇将…组织…」 — a town or street standing alone where it speaks of itself is a place, no doer "
          "(round 43: 我市／本市 standing alone)")
SETUP = ("round 35 / round 45: a body the article itself sets up (its office 「办公室设在…」, its members 「由A、B组成」) names no "
         "unit there; round 36: bodies a plan set up earlier are doers in later items")
APPROVAL = ("round 46 (governs, rounds 48, 49): a body sending its own project, plan or accounts for a decision 「报…审批／决策」 "
            "takes a step of approval — no duty, and the approver is rule 3's")
CASE = "round 42 / round 49: a 「…的，由A…」 step after a case is the article's own work — A a doer"


def A(path, lead=(), resp=(), targets=(), at=None, **kw):
    """A sample of an article document, located by ``article_in`` (``at`` gives the markers where the path's
    printed numbers differ from the line starts)."""
    return S(path, lead, resp, targets, **kw, **art(CUR[0], at or path))


def one(path, unit, targets=(), note="", at=None, **kw):
    """An article item whose one doer is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return A(path, [], [unit], targets, at=at, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


CUR = [""]

# ---------------------------------------------------------------------------------------------------------
X01 = CUR[0] = "x237_01_jinhai-2024-xiaoxing-jianshe-gongcheng-xiangmu-guanli-shishi-banfa.txt"
P01 = "金海街道关于规范小型建设工程项目管理实施办法"
N01 = "上海市奉贤区人民政府金海街道办事处关于印发《" + P01 + "》的通知"
HEADED01 = ("the rules are headed points 一、–五、 over numbered items, not 第X条 articles: rule 2's closed list decides units "
            "(round 45: headed points that read like articles are not articles; the article reading accepted beside)")
SELF = "实施部门 — the department that carries out a project, a body named by its kind (round 34: rule 2 does not ask who the body is)"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title (line 13) or the notice title (line 1): either",
     doc_no="奉金街〔2024〕5号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市奉贤区人民政府金海街道办事处",
     date="2024-08-27",
     date_note="the cover is signed 2024年8月27日 (the index the same); 「本意见自发布之日起实施」",
     level="a street office of a district (Shanghai Fengxian, 金海街道), rules on the street's small construction works "
           "(under 400万元): duties, approval, registration, tendering, site, safety, funds, archives, discipline",
     source=src(N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0084i20240909-ilw2dj4oez1i1qrteu&siteId=0084", 6087),
     style="a cover (addressees, one sentence, 「特此通知。」, signature, date); the rules' title; a preamble; 一、–五、 headed "
           "points; (一)–(七) with ASCII brackets under 三、; items 「1、」; sub-items 「(1)」 and 「①」; half-width 「;」 "
           "at the ends of list entries; blank lines between all paragraphs",
     leaf_tasks=46, count_alternatives=[45, 47, 50, 55],
     leaf_tasks_by_section={"二、管理职责": 1, "三、(一)": 5, "三、(二)": 2, "三、(三)": 15, "三、(四)": 5, "三、(五)": 3,
                            "三、(六)": 10, "三、(七)": 1, "四、": 4},
     childless_top_level_sections=[],
     samples=[
        S(["二"], [], ["项目建设责任单位(部门)", "街道营商环境办公室", "街道社区发展办公室", "街道城市建设管理事务中心"],
          note="a childless headed point of unit paragraphs 「X负责…;Y负责…」 under a 管理职责 heading is one task (round 32's "
               "childless section of unit paragraphs; round 34 early: a childless headed point that gives work; rounds 34, 38: "
               "职责／管理职责 headings give out work): every body with 负责 (rule 2's several clauses), in printed order; the "
               "bracket 「(部门)」 stays with its name (round 34: names as printed); no 牵头: lead []; " + NODATE),
        S(["三", "(一)", "1"], [], [], responsible_alternatives=[["街道各单位(部门)"]],
          note="「街道各单位(部门)应将小型建设工程列入区政府项目投资计划，落实建设资金」 — 落实 is in rule 2's list (round 49: 落实 "
               "whatever its object; round 48: 落实…经费 keeps money as work), but 街道各单位(部门) is read as a 各…单位 general call "
               "(round 41: 「场镇各单位」 and like 各…单位 forms are general calls; round 33: 各单位) — RULING? 1 (the name with its "
               "bracket 「(部门)」 accepted); 「实施部门提交…讨论后须形成会议纪要，编制项目可行性研究报告，按相关规定报区发改委立项审批」 — "
               "提交／编制 are no rule-2 verbs (" + CLOSED + "), and the sending is " + APPROVAL + ": " + NONE + "; " + NODATE),
        S(["三", "(一)", "2"], [], ["实施部门"], [(30, "万")], lead_alternatives=[["实施部门"]],
          note="「由实施部门编制项目概算」 — " + BY + " (" + SELF + "); 「经街道评估后，报主任办公会决策」 — an approver (" + RECV
               + "), the sending " + APPROVAL + "; 「涉及概算金额30万及以上属于“三重一大”的提交党工委讨论决策」 — a quantity with 及以上 "
               "that triggers a step is a target (round 30's line; round 36: 「查实3起及以上…的」), written as printed (30万, no 元); "
               + ONE_LEAD + "; " + NODATE),
        S(["三", "(二)", "1"], [], [], not_targets=[(100, "万元"), (300, "平方米")],
          note="「投资总额100万元及以上或建筑面积300平方米及以上的新建、改建、扩建工程…的小型建设工程，完成立项批复后，应进行项目报建」 "
               "— a subjectless instruction gives work (round 43: rule points with no subject are tasks where they give work) "
               "and names no doer: " + NONE + "; the two sizes stand inside the noun that names the class of works the rule "
               "covers (rounds 34, 38; round 49 on q46c: 「年产值5000万元以上的企业」 — a standing size inside a noun is a class) → "
               "not targets — RULING? 2 (round 30's line would read them as targets; the lead's open q47b asks this very "
               "question); " + NODATE),
        S(["三", "(三)", "1", "(2)"], [], [], [(100, "万元"), (3, "人")],
          note="「施工单项合同估算值在100万元以下(不含100万元)的小型建设工程可采用邀请招标方式」 — " + PROC + " → 100万元; "
               "「被邀请的投标人不得少于3人」 — a floor (不少于, round 30) on what the work must reach → 3人 (round 47: a floor of what "
               "the item makes is its standard); 可 is an option and no body is named: " + NONE + "; " + NODATE),
        S(["三", "(三)", "3"], [], ["实施部门", "街道社区发展办公室"],
          note="「各小型建设项目的实施部门组织项目的招投标」 — 组织＋work (round 34: 组织 followed by a verb-noun, 招投标), the name after "
               "the last 的 (round 32's 的-rule: 「各小型建设项目的实施部门」 → 实施部门); 「街道社区发展办公室负责招投标过程的监管」 — 负责 "
               "(rule 2); 「专业工程有行业专门规定的，按相关行业管理规定实施」 — a pointer with no subject, no unit; two doers, no 牵头: "
               "lead []; " + NODATE),
        S(["三", "(四)", "3"], [], ["街道建管站"], not_targets=[(200, "万"), (2000, "平方米")],
          lead_alternatives=[["街道建管站"]],
          note="「投资额200万以下(不含200万)及建筑面积2000平方米以下(不含2000平方米)的小型工程项目由街道建管站负责…的监管」 — " + BY
               + " (负责); 「投资额200万以上(含200万)…的工程项目，实施部门应在开工前向区建设行业主管部门报备，并接受监管」 — 报备 is a "
               "filing and 接受 no rule-2 verb (" + RECV + "; " + CLOSED + "); the bands decide which body supervises the works: "
               + REVIEW + " → 200万 and 2000平方米 not targets; 「开工前」 is a time from an event (round 34): " + ONE_LEAD
               + "; " + NODATE),
        S(["三", "(五)", "3"], [], ["实施部门"], lead_alternatives=[["实施部门"]],
          note="「实施部门应指派专人负责工程的安全质量监管工作」 — 指派 is no rule-2 verb and the 专人 are persons (round 30; round 34: "
               "专人 never a unit); 「由实施部门组织设计、施工和监理等各方进行工程验收」 — 由A组织 (rule 2), the objects of 组织 no "
               "units (" + PIVOT + "); 「在验收合格之日起15日内向街道备案」 — a limit counted from an event (round 33: no target, no "
               "deadline; round 34: times from an event); " + ONE_LEAD + "; " + NODATE),
        S(["三", "(六)", "1", "(1)"], [], ["项目(法人)单位", "主管部门"],
          note="「项目完工后由项目(法人)单位委托第三方中介机构审价、…编制工程决算」 — 「由A委托B＋verb」: A the doer, B no unit (round 33); "
               "「由主管部门对工程决算进行审核、出具竣工财务决算批复」 — " + BY + " (round 43: 由A进行＋work); 「批复文件报区财政局备案」 — "
               "区财政局 receives (" + RECV + "); names as printed with ASCII brackets; two doers, no 牵头: lead []; " + NODATE),
        S(["三", "(六)", "5"], [], ["营商环境办公室"], lead_alternatives=[["营商环境办公室"]],
          note="「实施部门应将审计结果报街道营商环境办公室，营商环境办公室负责汇总统计」 — 负责 (rule 2), the short name as printed (round "
               "38: no alias is rewritten; round 43); 实施部门's sending of the audit results is a duty below (round 48: a plan "
               "body sending its own results is an undated duty), not a unit by 报 (" + RECV + "); " + ONE_LEAD + "; " + NODATE),
        S(["四", "2"], [], [],
          note="「实施部门与中标的施工企业就…签订合同和廉洁协议」 — outside 第X条 articles 「A与B签订…」 without 由 names no doer (round "
               "42; round 48 governs only inside articles): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "实施部门应将审计结果报街道营商环境办公室", "when": None, "when_norm": None,
              "note": "三、(六)5: a plan body sends its own results to another body (round 48, governs: an undated duty)"}],
     notes=["counting: the cover and the preamble no tasks; 一、适用范围 and its (一)–(四) are the scope (" + GENART + "); 二、 "
            "childless, one task (unit paragraphs); 三、(一)'s lead-in (a principle 「应遵循…原则」) no task, 1、–5、 → 5; (二) 1、 2、 "
            "(3、 「按照各行业规定执行」 a pointer, " + GENART + ") → 2; (三) 1、(1)–(4), 2、(1)–(4), 3、 childless, 4、 one task "
            "(its (1)–(10) are the cases that make a bidder 履约不合格: round 35, a list that gives no work is text; an article "
            "whose items are only cases is one task), 5、(1)–(5) (the agent's duties; round 44: numbered 「不得…」 items are "
            "items) → 15; (四) 1、–5、 → 5 (the paragraph after 5、 「未按上述规定…不予认定」 states a consequence, 5、's text); (五) "
            "1、–3、 → 3; (六) 1、(1)–(3), 2、, 3、(1), 3、(2)①②, the closing paragraph of 3、 「最终结算价原则上应控制在不超过合同价款的"
            "5%以内」 (round 40: a closing paragraph after a section's last item that gives its work is one more task), 4、, 5、 "
            "→ 10; (七) childless → 1; 四、 1、 (「参建各方必须严格遵循…原则」, an instruction, counted), 2、, 3、 (its (1)–(7) the "
            "breaches that are handed on: cases, text), 4、 → 4; 五、 1、–3、 entry into force, precedence and a 参照 pointer "
            "(" + GENART + ") → **46**. Accepted: 45 (without (六)3's closing paragraph, round 40, or without 四、1、 read as a "
            "stance, round 49), 47 (with 三、(二)3、), 50 (with 一、's (一)–(四)), 55 (with 4、信用管理's (1)–(10) as items).",
            "units: " + HEADED01 + "; " + STREET + " — 「由街道进行评估」「经街道审核同意」 name no unit; the 实施部门 acts mostly by "
            "verbs outside rule 2 (编制, 提交, 签订, 报) and by 组织 (rule 2)",
            "dates: 2024年8月27日 (the signature) only; 「开工前」「验收合格之日起15日内」 are times from an event; no deadline, no "
            "phase",
            "figures: targets 30万 / 20万 (及以上, steps), 100万元 / 400万元 (procurement bands), 3人 / 3家 (floors), 5% (超过 / 不超过, "
            "triggers and a ceiling), 30万元 (超出概算); not targets 400万元 in 一、 (the scope's class), 100万元 / 300平方米 in 三、(二)1 "
            "(RULING? 2), 200万 / 2000平方米 in 三、(四)3 (" + REVIEW + "), 「5人以上单数」 (a panel's usual size, 一般由…组成; not "
            "checked), document numbers (沪奉建发〔2019〕5号 …), 「三重一大」 (a name)"])

# ---------------------------------------------------------------------------------------------------------
X02 = CUR[0] = "x237_02_xidu-2024-jianshe-gongcheng-xiangmu-guanli-banfa.txt"
P02 = "西渡街道建设工程项目管理办法"
N02 = "上海市奉贤区人民政府西渡街道办事处关于印发《" + P02 + "》的通知"
XMB = "项管办"
TQ = "第四条(项目准备)"
LEADIN02 = ("(三)'s lead-in 「项目提出部门在项管办指导审核下负责建设工程项目的采购工作」 gives 项目提出部门 to the items under it that "
            "name none (rule 4; round 44: the lead-in is about their work); 项管办 only guides and checks (rule 3 「在A指导下」)")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (line 11) or the notice title (line 1): either",
     doc_no="奉西街办〔2024〕5号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市奉贤区人民政府西渡街道办事处",
     date="2024-07-30",
     date_note="the cover is signed 2024年7月30日 (the index the same); the rules apply from 2024年7月30日 and repeal the trial "
               "rules 奉西街办〔2021〕18号",
     level="a street office of a district (Shanghai Fengxian, 西渡街道), rules on the street's construction projects: the "
           "leading group and its office, planning, start, procurement bands, site management, acceptance, final "
           "accounts, payments, archives, oversight",
     source=src(N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0084i20240811-npqpheccic2h0m6ifk&siteId=0084", 4073),
     style="a cover (addressees, one sentence, signature, date); the rules' title; a preamble; 11 articles 「第N条(heading)」 "
           "with ASCII brackets on a line of their own over paragraphs; items (一)–(五) in ASCII brackets, 「1.」 and "
           "「(1)」 under 第四条(三); half-width 「;」 and 「,」 inside the text; blank lines between all paragraphs",
     leaf_tasks=24, count_alternatives=[22, 23],
     leaf_tasks_by_section={"第一条": 1, "第三条": 1, "第四条": 10, "第五条": 2, "第六条": 1, "第七条": 1, "第八条": 1,
                            "第九条": 1, "第十条": 5, "第十一条": 1},
     childless_top_level_sections=[],
     samples=[
        one(["第三条(项目论证)"], XMB,
            note="「建设工程项目年度计划由项管办统一管理」「由项管办进行汇总后报区发改委审批」 — " + BY + " (round 43: 由A进行＋work); 项管办 "
                 "is the office 第一条 set up (" + SETUP + "); 「街道各职能部门和下属事业单位、村居…在每年第三季度申报下一年度的…投资计划及"
                 "资金预算」 — applicants for their own projects (round 30; round 48: 「由项目行政主管部门…申报储备项目」), no units; "
                 "the street's yearly plan sent to 区发改委 for approval is " + APPROVAL + " (round 47: x213_02's yearly plan and "
                 "budget); 「每年第三季度」 is a rhythm (round 34): " + NODATE),
        one([TQ, "(一)"], "项目提出部门",
            note="「项目提出部门在项管办指导下负责各项目的具体实施」 — 负责 (rule 2), 项管办 a guide (rule 3 「在A指导下」); 「…组织办理项目"
                 "立项、规划建设等相关审批手续」 — the same subject (round 34's carried subject); 「每年预算正式下达后」 an event: "
                 + NODATE),
        A([TQ, "(二)"], [], [], [(100, "万元"), (400, "万元")],
          note="「单项合同估算价100万元(含)以上的建设工程项目须在“上海政府采购网”上发布政府采购意向信息」「…400万元(含)以上的…须同时在…发布"
               "招标计划公告」 — bands that trigger a step of the procurement (round 48; round 30's line) → 100万元, 400万元; 「由项目提出"
               "部门负责人提供采购需求」 — 负责人 is a person (round 30; round 34), not the department, and 提供 gives material: no "
               "doer; the subjectless 须发布 gives work with no body: " + NONE + " (" + ARTSUBJ + " — no body stands as a "
               "subject); 「原则上不得晚于采购活动开始前30日」 — a limit counted from an event (not checked either way); " + NODATE),
        one([TQ, "(三)", "1", "(2)"], "各项目提出部门", [(30, "万元"), (100, "万元"), (3, "家")],
            note="「单项合同估算价30万元(含)以上不足100万元的项目，采用竞争性磋商、邀请招标等公平竞争方式实施」 — " + PROC + " → 30万元, "
                 "100万元; 「被邀请的投标人不少于三家」 — a floor (round 30) → 3家; 「具体提名遴选由各项目提出部门负责」 — " + BY
                 + " (负责), as printed with 各: the item names its own doer, so the lead-in adds nothing (rule 4); " + NODATE),
        one([TQ, "(三)", "1", "(3)"], "项目提出部门", [(100, "万元"), (400, "万元")],
            note="「单项合同估算价100万元(含)以上不足400万元的项目：财政性资金投资项目，通过“上海政府采购网”上实施政府采购;其他资金项目，按"
                 "相关规定采取公开招标方式」 — no subject of its own: " + LEADIN02 + "; " + PROC + " → 100万元, 400万元; " + NODATE),
        one([TQ, "(四)"], "西渡街道司法所",
            note="「西渡街道司法所承担街道订立的合同的合法性审查等工作」 — 承担＋work designates its subject (round 41: 「A承担…的推进」; "
                 "round 39) and is an article's verb of doing (" + ARTSUBJ + "); 「项目采购后应及时签订合同」 subjectless; 「可以委托"
                 "法律顾问或者专业服务机构协助审查」 — an option (round 34: 可), the commissioned no units; " + NODATE),
        A(["第五条(项目管理)", "1"], [], ["项目提出部门", "城建中心"], at=["第五条(项目管理)", "1."],
          note="「由项目提出部门负责项目协调工作」 — " + BY + " (负责); 「城建中心是施工期间日常监管部门」 — a designation 「A为…的主管部门」 "
               "(round 37) — a doer; 「…由项目提出部门对施工单位予以处罚」 — the same doer (" + CASE + "); 施工单位, 监理单位, 代建单位 "
               "are the parties punished, no units; two doers, no 牵头: lead []; " + NODATE),
        A(["第七条(项目审价、审计)"], [], ["行业主管部门", "街道办"], not_targets=[(400, "万元"), (3000, "万元")],
          note="「…投资额400万元(含)以下的项目决算由行业主管部门或街道办对工程决算进行审核、出具竣工财务决算批复，并向区财政局备案」 — "
               "「由A或B＋verb」: both doers (round 30: 「由A或B指定专人负责」; round 43: 由A进行＋work); 街道办 is the street office "
               "named as a body (the issuer speaking of itself, round 30: 「我委」「本局」), not the bare place 街道 (" + STREET
               + ") — RULING? 5; the filing of the approval with 区财政局 is a duty below (round 48: a plan body sending its own results for "
               "the record); 「…报区财政局作合规性审核」「…必须向区财政局申请审核批复」 — 区财政局 reviews (" + RECV + "); the bands "
               "400万元 / 400-3000万元 / 3000万元 decide which body reviews the accounts: " + REVIEW + "; no 牵头: lead []; "
               + NODATE),
        one(["第十条(监督管理)", "(二)"], XMB,
            note="「若发现拆分申报、未批先建等违规现象，由项管办责令停工，并报街道纪工委(监察办)追究相关人员责任」 — the item's whole "
                 "work is the response to what is found, so 由A＋verb names its doer (round 30: an item whose whole work is a case's "
                 "response; " + CASE + "); 项管办 set up in 第一条 (" + SETUP + "); 街道纪工委(监察办) receives the report (rule 3); "
                 + NODATE),
        A(["第十条(监督管理)", "(三)"], [], [],
          note="「各级领导干部带头遵章守纪，不得干预招投标的正常进行…若发现有拆标、分标等违法、违规现象，将追究相关人员责任」 — 各级领导干部 "
               "are persons (round 30: a person is never a unit), and 追究 has no subject: " + NONE + "; " + NODATE),
        one(["第十条(监督管理)", "(五)"], "街道纪工委(监察办)",
            note="「街道纪工委(监察办)对建设工程项目开展情况以及规定执行情况进行监督，并提出整改意见，问题严重的予以问责」 — " + ARTSUBJ
                 + " (进行监督, 提出, 予以问责 are verbs of doing); the bracket names the same body's other hat and stays (round 42); "
                 + NODATE),
     ],
     plan_targets=[(80, "%")], phases=[],
     duties=[{"what": "出具竣工财务决算批复，并向区财政局备案", "when": None, "when_norm": None,
              "note": "第七条: the body that approves the final accounts sends its approval to 区财政局 for the record (round 48, "
                      "governs: a plan body sending its own results 「将认定结果…报送…备案」 is an undated duty)"}],
     notes=["counting: the preamble no task; 第二条 (scope, its (一)(二) kinds of project) and 第十一条 (二)–(四) (a 参照 pointer, "
            "the interpreting body, entry into force) are general provisions (" + GENART + "); 第一条 sets up the leading group "
            "and gives its office 项管办 the management work — one task with no unit (" + SETUP + "); 第三条 1; 第四条 (一), (二), "
            "(三) 1.(1)–(4) and 2.(1)–(3), (四) → 10 ((三)'s lead-in no task of its own); 第五条 1. 2.; 第六条, 第七条, 第八条 (「项目资金"
            "拨付应根据工程进度拨付…付款原则上不得超过合同价的80%」, an instruction with 应, counted), 第九条 one each; 第十条 (一)–(五) "
            "5; 第十一条 (一) (「相关职能部门和分管领导需积极沟通」) 1 → **24**. Accepted: 23 (第一条 read as a body set up with no "
            "work of the plan's, or 第八条 read as payment terms, round 46), 22 (both).",
            "units: " + ARTSUBJ + "; 项管办, set up by 第一条, is a doer in later articles (round 36); the departments that "
            "apply 「谁申报、谁负责」 act by 负责 where the text says so; 街道办 a body, 街道 alone a place (" + STREET + ")",
            "dates: 2024年7月30日 (signature and entry into force), 奉西街办〔2021〕18号 (the repealed trial rules); 「每年第三季度」 "
            "(a rhythm), 「三年内」「质保期满后」 (a penalty's span, an event): no deadline, no phase",
            "figures: targets 30万元 / 100万元 / 400万元 (procurement bands), 3家 / 三家 (floors), 80% (不得超过, 第八条; a plan target: "
            "第八条 is not sampled); not targets 400万元 / 3000万元 in 第七条 (" + REVIEW + "), 97% (付款至…97%, no comparison word, "
            "not checked), 「三年内不得参加」 (a penalty, round 32), 30日 (a limit from an event, not checked), document numbers"])

# ---------------------------------------------------------------------------------------------------------
X03 = CUR[0] = "x237_03_minhang-2024-zhengfu-touzi-xiangmu-caiwu-jianli-guanli-banfa.txt"
P03 = "闵行区政府投资项目财务监理管理办法"
N03 = "闵行区人民政府关于印发《" + P03 + "》的通知"
JL = "监理机构"
COSIGN = ("round 40 / round 48: 「由A…与B签订…」 — A a doer, B a co-signatory read like 会同 (responsible); inside 第X条 articles "
          "「A与B签订…」 makes A a doer and B responsible (round 48, governs)")

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 14) or the notice title (line 1; printed again over lines 5–6 「…《闵行区」 "
                "「政府投资项目财务监理管理办法》的通知」): either",
     doc_no="闵府规发〔2024〕8号 (printed on line 3; the index and the front matter the same)",
     issuer="上海市闵行区人民政府",
     date="2024-07-30",
     date_note="the notice is dated 2024年7月30日 (the index the same); the rules apply from 2024年9月1日 to 2027年8月31日",
     level="a district government (Shanghai Minhang), rules on financial supervisors (财务监理) of government-funded "
           "projects: roles, three classes of project, the supervisors' work, procurement and commissioning, entry, fees, "
           "assessment; three attachments (the supervisors' work by class, two tables)",
     source=src(N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f119e70b-c63a-425e-9472-28582a0cea00&siteId=0079", 10362),
     style="the notice title, the document number, the title again over two lines, addressees and two lines of cover, the "
           "date; the rules' title; seven chapters 「第N章  X」 and 21 articles 「第N条  text」 run in on their line (two spaces "
           "after the label) with further paragraphs under them; items （一） and 「1.」; no blank lines inside the rules; "
           "「附件：1.…」 over three lines, then 附件1 (the work by class, headed points 一、… over （一）…), 附件2 and 附件3 "
           "(tables one cell a line), 备注, 公开属性, 抄送 and the printing line",
     leaf_tasks=14, count_alternatives=[13, 15, 16],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第七条": 3, "第八条": 1, "第九条": 3, "第十一条": 3, "第十四条": 1,
                            "第十七条": 1},
     childless_top_level_sections=[],
     samples=[
        one(["第四条"], JL,
            note="「监理机构应当严格按照…开展财务监理工作，并承担相应的审查责任和法律责任」 — " + ARTSUBJ + " (开展), and 「A承担…责任」 "
                 "designates A (round 39; round 30: 「由A承担…责任」 names a doer); 监理机构 is the name the rules define for the "
                 "supervisors 「（以下简称监理机构）」, a body named by its kind (round 34, round 47: role-like kinds in articles); "
                 + NODATE),
        A(["第五条"], [], ["区财政局", "区行业主管部门", "项目单位", "代建实施单位", JL],
          responsible_alternatives=[["区财政局", "区行业主管部门", "项目单位", "代建实施单位"]],
          note="「区财政局是本区项目实施监理制的职能主管部门，负责…」 — a designation (round 37: 「A为…的主管部门」) and 负责 (rule 2); "
               "「区行业主管部门负责…」 — 负责; 「项目单位、代建实施单位负责配合监理机构开展工作」 — 负责, and round 36: 「配合A实施…」 gives "
               "the partner and A (监理机构; as x205_04 第四条 read its twin) — the reading without 监理机构 accepted; 「并有权…提出…"
               "建议」 a right (round 44: 有权 names no doer by itself); several clauses in printed order, no 牵头: lead []; " + NODATE),
        one(["第七条", "1"], JL, at=["第七条", "1."],
            note="「1.一类项目，监理机构负责接受委托后，自项目批复后至完成的全过程，开展资金监控、财务管理及投资控制…工作」 — 负责 (rule 2); "
                 "「财务监理工作内容详见附件1」 — a pointer to the attachment (not counted, EXPECTED.md: tasks to the 附件 line); "
                 "「一类项目」 a class the article defines, no figure here; " + NODATE),
        A(["第八条"], [], [], responsible_alternatives=[[JL]],
          note="「监理机构应定期向项目单位和代建实施单位提交书面报告…」 — round 46 (turned, x205_04 第十二条, this article's twin): round "
               "44's article rule does not reach 提交 — a sending is read as 「由A向B提供／提交…报告」, a filing with no doer (round 39; "
               "round 48 on sendings under 由) → " + NONE + "; the receivers no units (" + RECV + "); 监理机构 accepted; the "
               "periodic report is a duty below (定期: no rhythm word); " + NODATE),
        one(["第九条", "（一）"], "行业主管部门", [(100, "万元")],
            note="「达到政府采购限额标准以上的项目，即单笔采购金额大于100万元（含100万元），行业主管部门按照政府采购相关规定实施采购，确定"
                 "监理机构」 — 实施 (rule 2; and " + ARTSUBJ + "); 大于 (round 32) with the procurement method it decides: " + PROC
                 + " → 100万元; the name as printed (行业主管部门, not the 区行业主管部门 of （二）: round 38, no alias is rewritten); "
                 + NODATE),
        A(["第十一条", "（一）", "1"], [], ["区项目单位", "代建单位", JL, "各街镇（莘庄工业区）"], not_targets=[(50, "%")],
          at=["第十一条", "（一）", "1."],
          note="「区级实施项目，由区项目单位在框架协议顺序轮候系统确定，并与代建单位、监理机构签订服务合同；各街镇（莘庄工业区）实施项目，由区"
               "项目单位在区框架协议顺序轮候系统确定，并由各街镇（莘庄工业区）与监理机构签订服务合同」 — " + BY + " (确定); " + COSIGN
               + " → 代建单位, 监理机构; 「由各街镇…与监理机构签订」 — 「由A与B签订」 (round 30: both doers); the split by the project's "
               "level gives every body (round 40: work split by its objects); the bracket 「（莘庄工业区）」 stays with its name (round "
               "34: 「街镇（高新区）」); 「超过50%（含50%）」 decides who commissions the supervisor: " + REVIEW + " (x205_04 第十五条 "
               "read its twin so) → 50% not a target; no 牵头: lead []; " + NODATE),
        A(["第十一条", "（二）"], [], ["各镇（莘庄工业区）", JL],
          note="「由各镇（莘庄工业区）负责在框架协议顺序轮候系统确定，并与监理机构签订服务合同」 — " + BY + " (负责); " + COSIGN + "; "
               "「如确需建立镇级框架协议监理机构，由镇（莘庄工业区）向区财政局提交框架协议采购方案报区财政局审核备案」 — a contingency "
               "(rule 3: 「确需…的」) and a filing for approval (round 46), no further unit; no 牵头: lead []; " + NODATE),
        A(["第十七条"], ["行业主管部门"], ["行业主管部门", "区发改委", "项目单位", "代建实施单位", "各行业主管部门"],
          lead_alternatives=[[]], targets=[(1, "次")],
          note="[aligned (w52d): Round 60 rulings, turned (rounds 49, 58 over w51d's scope) — the events an item holds in a rhythm are its own number of work, 1 次 included: not_target → target] 「通过框架协议采购确定入围的监理机构，由行业主管部门并会同区发改委、项目单位和代建实施单位等组成考核小组开展考核工作」 — "
               + HUI + " (round 34: the partner of 会同 in setting something up is a doer; members are only 「由A、B组成」), the 等 "
               "tail dropped (round 35); 「以上各类项目的监理考核办法，由各行业主管部门另行制定」 — inside an article that gives work "
               "「具体办法由A制定」 is its work (round 41), as printed with 各 (round 38: no alias rewritten); 「每年对监理机构工作质量"
               "组织一次考评」 — subjectless 组织; 一次 has no floor word (round 35: 「至少两年开展一次」 is a target; a bare rhythm is "
               "none) → not a target; the yearly check is the item's rhythm, no deadline (round 34): " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "监理机构应定期向项目单位和代建实施单位提交书面报告", "when": "定期", "when_norm": None,
              "note": "第八条: the supervisor's reports to the bodies the rules task (round 40 / round 48: a tasked body's reports "
                      "are duties; 定期 names no rhythm)"}],
     notes=["counting (the rules up to 「附件：」, EXPECTED.md): 第一条 (purpose), 第二条 (scope and definitions), 第三条 (a "
            "definition), 第十条 (「…按照政府采购等相关法律法规规定执行」, a pointer), 第二十一条 (市级 rules prevail; entry into force) "
            "are general provisions (" + GENART + "); 第六条 (three classes of project: definitions, round 49's 「…分为以下…类」 "
            "list that gives no work), 第十二条 (who may be a supervisor), 第十三条 1.–3. (conditions, round 35), 第十五条 (the fee's "
            "cap and booking), 第十六条 (what a contract should stipulate), 第十八条 (what assessments cover), 第十九条 (「可…终止…」: "
            "an option, round 49 p46b) and 第二十条 (what a contract states; liability, round 48) give no body work, as x205_04 "
            "read their twins. Tasks: 第四条 1; 第五条 1 (three unit paragraphs); 第七条 1.–3. 3; 第八条 1; 第九条 （一）, （二） and "
            "its closing paragraphs 「区行业主管部门：…」「由区行业主管部门与入围的监理机构分别签订框架协议，并负责建立…系统」 (round 38: "
            "several closing paragraphs after an article's items are one task) 3; 第十一条 （一）1., （一）2., （二） 3; 第十四条 1 "
            "(回避); 第十七条 1 → **14**. Accepted: 13 (第九条's closing paragraphs read as （二）'s text, round 32), 15 (with 第六条), 16 "
            "(with 第六条 and 第十九条).",
            "units: " + ARTSUBJ + "; sendings 提交／报 are filings (round 46); the 区行业主管部门 of each kind of project is named "
            "in 第九条 (区财政局, 区征收中心, 区规划资源局, 区农业农村委) — a definition, no units of their own",
            "dates: 2024年7月30日 (the notice), in force 2024年9月1日, valid to 2027年8月31日; 「近3年内」 (conditions); attachment 1's "
            "「每月初」「每年 12 月」 (reports in the attachment, not counted): no deadline, no phase",
            "figures: targets 100万元 (大于／小于, procurement bands, 第九条); not targets 1000万元 / 200万元 (第六条's classes: "
            "definitions, round 49 governs), 50% (第十一条: who commissions, " + REVIEW + "), 「近3年」「近３年」 (conditions, no "
            "comparison word), the attachments' figures (not counted), document numbers (沪发改投〔2016〕70号, 沪建计联〔2005〕834号)",
            "near twin checked: 21 % of the counted text's 8-character runs are shared with x205_04 (奉贤's 2025 rules, another "
            "document; 30 % of the whole file, attachment 1's work lists included — round 48 reads the bar on the counted "
            "text)"])

# ---------------------------------------------------------------------------------------------------------
X04 = CUR[0] = "x237_04_jingan-2024-zhengfu-touzi-xiangmu-daili-jianshe-guanli-shishi-xize.txt"
P04 = "静安区政府投资项目代理建设管理实施细则"
N04 = "关于印发《" + P04 + "》的通知"
FG = "区发展改革委"
DJ = "代建单位"
FR = "项目（法人）单位"
DUTIES11 = ("「第十一条 （代建单位职责）」 names one party and lists its own duties: a unit heading (round 50, governs: 「第五条（建设单位"
            "职责）」; round 38: a party heading), so 代建单位 is each item's unit by rule 1 and sentences add nothing; the "
            "lead-in 「…主要职责包括会同项目（法人）单位开展以下工作：」 would make the partner responsible by round 50's colon lead-in "
            "(「A…会同B…：」 completed by each item) — RULING? 3 ([代建单位, 项目（法人）单位] with lead 代建单位 accepted)")

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title (line 19) or the notice title (line 1): either",
     doc_no="静发改投〔2024〕36号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市静安区发展和改革委员会 with 静安区财政局, 静安区建设和管理委员会 and 静安区国有资产监督管理委员会 (four "
            "signatures, one a line; the index lists the commission)",
     date="2024-07-25",
     date_note="the index dates it 2024-07-25; the cover is signed 2024年7月9日, the day the rules take effect (valid to "
               "2029年1月31日)",
     level="four district bodies (Shanghai Jing'an), detailed rules of the district's agent-construction (代建) system for "
           "government-funded projects: roles, a pool of agents, their duties, contracts, joint work with the project "
           "owner, funds, acceptance, assessment, breaches; a fee table",
     source=src(N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=d01f32d0-3602-4679-a2c3-a461a56ccac6&siteId=0072", 7400),
     style="a cover (addressees, a paragraph, 「特此通知。」, four signatures, date); the rules' title; seven chapters 「第N章 X」; "
           "32 articles 「第N条 （heading）」 on a line of their own (第四条 without the space, 第三十一条 and 第三十二条 run in) over "
           "paragraphs; items （一）–（九） and 「1.」; a 附表 (the fee table, one cell a line) after the last article; blank "
           "lines between all paragraphs",
     leaf_tasks=33, count_alternatives=[31, 32, 36],
     leaf_tasks_by_section={"第一章 总则": 1, "第二章 代建单位入围": 2, "第三章 代建单位的选择": 12, "第四章 项目组织实施": 15,
                            "第五章 履约考核": 2, "第六章 监督管理": 1},
     childless_top_level_sections=[],
     samples=[
        A(["第四条（职能分工）"], [FG], [FG, "有关部门", "区财政局", "区建设管理委", "区国资委"], lead_alternatives=[[]],
          note="a 职能分工 heading gives out work (round 35), and a childless article of unit paragraphs is one task (round 32; "
               "round 34: a 职责分工 heading is a label of doers): 「区发展改革委是代建制实施工作的牵头部门，负责…」 — a designation as "
               "the 牵头 body (round 41: 「明确A为牵头…单位」 names A the lead where A exists before the item) and 负责; 「会同有关部门…"
               "研究确定…」 — the 会同 partner named by its kind is a unit as printed (round 42 continued; round 33: 有关部门 a kind); "
               "「区财政局作为主管代建制财务工作的职能部门，负责…」「区建设管理委负责…」「区国资委负责…」 — 负责 (rule 2); printed order; "
               "lead [] accepted; " + NODATE),
        A(["第六条 （代建入围单位产生）"], [FG], [FG], not_targets=[(2, "年")],
          note="「由区发展改革委牵头，通过招标的方式，优选出若干入围代建单位」 — 「由A牵头」 (rule 2): lead and responsible A; 「入围代建单位服务"
               "期限一般为2年」 — a usual term with no comparison word (round 40: 「一般为3-5年」 no target); 若干 no figure; " + NODATE),
        one(["第十一条 （代建单位职责）", "（六）"], DJ,
            responsible_alternatives=[[DJ, FR]],
            note=DUTIES11 + "; 「做好…投资控制，按季度向区发展改革委、区财政局和项目主管部门等报送项目工程进度、资金使用和投资控制情况，配合"
                 "财务（投资）监理做好…」 — the receivers are no units (" + RECV + "); the quarterly sending is a duty below (round "
                 "40: a standing rhythm of reporting; round 48: a tasked body's reports); 配合 with a partner named adds none under "
                 "a unit heading (rule 1); 「按季度」 a rhythm (round 34): " + NODATE),
        A(["第十二条 （代建单位选取）"], [], ["主管部门（单位）", "出资人主体"],
          note="「由主管部门（单位）或区政府授权的出资人主体等组织项目（法人）单位…在入围代建单位内选择确定代建单位」 — 「由A或B＋verb」: both "
               "doers (round 30: 「由A或B指定专人负责」), 组织＋work (rule 2); 「区政府授权的出资人主体」 → 出资人主体 (round 32's 的-rule; "
               "round 40: 「市政府确定的机构」 → 机构), the 等 tail dropped; 项目（法人）单位, the object of the pivot 组织, is no unit (" + PIVOT
               + "); the bracket 「（单位）」 stays with its name (round 34); no 牵头: lead []; " + NODATE),
        one(["第十五条 （代建工作要求）"], DJ, [(2, "个")],
            note="「代建单位实施项目管理时，应当派驻项目管理机构，提供项目管理方案」 — " + ARTSUBJ + " (派驻, 提供; 实施 is rule 2's too); "
                 "「项目经理最多只能同时承担两个项目」 — 最多 (round 32) → 2个; 项目经理 a person (round 30), no unit; " + NODATE),
        A(["第十六条 （项目（法人）单位和代建单位协同）"], [FR, DJ], [FR, DJ], lead_alternatives=[[]],
          note="「项目（法人）单位应当会同代建单位办理基本建设相关手续」 — " + HUI + "; 「代建单位会同项目（法人）单位依法组织招投标活动」 — "
               "会同 again with the other lead; round 45: 会同 leading different parts of one item — every lead named (lead [] "
               "accepted); 「由项目（法人）单位和代建单位共同作为合同当事人参与签订各类合同」 — the same two (round 30: 「由A与B共同＋verb」); "
               "「向规划资源、生态环境、建设管理等部门、单位提交…」 — receivers (rule 3); " + NODATE),
        one(["第十七条 （代建项目财务管理）", "（二）"], FG,
            responsible_alternatives=[[FG, FR, DJ]],
            note="「区发展改革委审核后下达年度投资计划」 — " + ARTSUBJ + " (round 49: x229_01's 区发改委 「审核后下达资金计划」 is the article's "
                 "verb of doing); 「项目（法人）单位会同代建单位据此…申请建设资金」 — an application for funds by the project's own bodies "
                 "(round 30: an applicant is no unit; round 43: an applicant stays none even with 牵头 in the clause) — read as no "
                 "unit, the 会同 form's reading (lead 项目（法人）单位, both responsible) accepted beside — RULING? 4; " + NODATE),
        A(["第二十七条 （考核小组）"], [FG], [FG],
          note="「年度考核工作由考核小组负责，考核小组由区发展改革委、区财政局、区建设管理委和区国资委组成」 — the group the article sets up "
               "and its members (" + SETUP + "): no units by them; 「年度考核工作由区发展改革委牵头组织…报经区政府同意后，向有关部门通报」 — "
               "「由A牵头」 (rule 2): lead A; 区政府 approves (rule 3); 「每年一季度」 — a rhythm (round 34: recurring dates are no "
               "deadline): " + NODATE),
        A(["第二十八条 （考核方式）"], [], [FG, "区财政局", "区建设管理委", "区国资委"],
          note="「区发展改革委、区财政局、区建设管理委和区国资委结合…对项目整体情况…进行年度考核。区发展改革委对…进行考核。区财政局…区建设管理委"
               "…区国资委对…进行综合考核」 — " + ARTSUBJ + " (进行考核; outside articles 进行 would name none, round 37); 「A和B」 two "
               "names (round 34); 「考核小组可邀请…」 an option (round 34: 可); no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "按季度向区发展改革委、区财政局和项目主管部门等报送项目工程进度、资金使用和投资控制情况", "when": "按季度",
              "when_norm": "quarterly",
              "note": "第十一条（六）: a standing quarterly report of a body the rules task with the plan's own work (round 40; "
                      "round 48: an agent's yearly report is a yearly duty)"}],
     notes=["counting (the rules up to 附表, EXPECTED.md): 第一条 (purpose), 第二条 (definition), 第三条 (scope and an exemption), "
            "第五条 (definition), 第三十一条 (interpretation), 第三十二条 (entry into force) are general provisions (" + GENART + "); "
            "第七条 （一）–（三） state the principles of the pool (round 49: principles give no work; the count with them, 36, "
            "accepted); 第八条 and 第九条 are conditions and bars for agents who apply (round 35: lists that give no work); 第二十九条 "
            "is the scoring scheme (grade bands, a penalty, and the criteria lists （一）–（三） with points: what the assessment "
            "covers, no work). Tasks: 第四条 1; 第六条 1; 第十条 1 (回避); 第十一条 （一）–（九） 9; 第十二–十六条 5; 第十七条 （一）–（四） "
            "4 (its lead-in paragraphs no tasks of their own); 第十八–二十八条 11; 第三十条 1 (five paragraphs) → **33**. Accepted: "
            "32 (第二十条 read as payment terms: 「由区财政局…拨付」 a payer, round 47), 31 (and 第十九条's fee terms), 36 (with 第七条's "
            "principles).",
            "units: " + ARTSUBJ + "; 第十一条 is a unit heading (RULING? 3); the 会同 pairs of 项目（法人）单位 and 代建单位 (第十六、十八、"
            "二十一–二十四、三十条) are read by their form (" + HUI + "; round 43: read by its form even inside a party's own "
            "filing); a cost verb 「由区财政局…拨付」 names a payer (round 47)",
            "dates: 2024年7月9日 (signature and entry into force), valid to 2029年1月31日; 「每年一季度」「按季度」 (rhythms); 「30个工作日"
            "内」「3个月内」「30日内」 (limits from events): no deadline, no phase",
            "figures: target 2个 (最多, 第十五条); not targets 2年 (一般为, 第六条), 1000万元 (第三条: a class exempted, round 50 "
            "governs), 近3年 (a bar), 90分 / 80分 / 60分 (grade bands, round 32), 10% (扣减: a penalty, round 32; 第二十条's 10% "
            "share is the fee's own split, not sampled), 5年内 (a penalty), the 附表's rates (an attachment, not counted), "
            "document numbers (国务院令第712号, 沪发改规范〔2020〕21号, 静发改委规〔2023〕2号)",
            "near twin checked: 25 % of the counted text's 8-character runs are shared with x205_02 (松江's 代建 rules, another "
            "document; 31 % of the whole file with the city fee table that both print — round 48 reads the bar on the counted "
            "text)"])

# Round 54 (al55): money bands aligned to tests/data/CONVENTIONS.md "Round 66 rulings" (Targets, turned; README, "Round 54")
from expected_tools import align66_bands  # noqa: E402

align66_bands("x237_02", [TQ, "(二)"], [(100, "万元"), (400, "万元")],
              "「单项合同估算价100万元(含)以上的建设工程项目须…」「…400万元(含)以上的…」 — bands inside the noun of projects, "
              "whatever procurement step follows")
align66_bands("x237_02", [TQ, "(三)", "1", "(2)"], [(30, "万元"), (100, "万元")],
              "「单项合同估算价30万元(含)以上不足100万元的项目」 — the band inside the noun of projects; 3家 (a floor) stands")
align66_bands("x237_02", [TQ, "(三)", "1", "(3)"], [(100, "万元"), (400, "万元")],
              "「单项合同估算价100万元(含)以上不足400万元的项目」 — the band inside the noun of projects")

# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

align68("x237_01", ["三", "(三)", "1", "(2)"], "「施工单项合同估算值在100万元以下(不含100万元)的小型建设工程可采用邀请招标方式」: a band inside a noun naming works is a class, whatever step follows (round 66); 3人, a floor, stands",
        "Targets, turned: round 66 governs over round 48", to_not=[(100, "万元")])

write_collected(DIR)
