# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next213/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 46 (built by helper c213): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the "Round 46 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next213/make_expected.py tests/data/plans-next213
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = partial(shanghai_source, "工程建设管理")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations; in articles the named body "
        "standing as the subject of a verb of doing, round 44 decided): lead = [], responsible = []")
ARTICLE44 = ("CONVENTIONS.md \"Round 44 rulings, written early\" (decided): in rules written as articles (第X条) a named "
             "body standing as the subject of the article's verb of doing is a doer whatever the verb; verbs of being "
             "or having (是, 有, 享有, 可以申请) name none; round 34: a regulated party or role named by a kind is a doer "
             "by the same forms")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2 or round 44's article rule")
SUBJECTLESS = ("CONVENTIONS.md round 43 (structure): rule points with no subject are tasks where they give work; round "
               "38 / 39 / 40: items naming no unit in a plan with units elsewhere are tasks where they give work")
LIMIT = ("CONVENTIONS.md round 33: a limit counted from an event with no comparison word 「在N个工作日内」「N日内」 is the "
         "item's deadline rule, not a target; round 34: times from an event are no deadline")
FILING = ("CONVENTIONS.md round 46 (turned): a filing in an article 「A应…向B提交／报告…」 names no doer (round 39's 「由A向B提"
          "供／提交…报告」), and round 32 / 41: a regulated party's standing filing to the department that administers the "
          "rules is no duty")
CASE = ("CONVENTIONS.md rule 3 / round 30 / round 40: a clause inside a case 「确需调整的，由A负责」 is a contingency, not the "
        "item's work — its bodies are no units")


def one(file, path, unit, targets=(), note="", **kw):
    """An article item whose one doer (rule 2 / round 44) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw, **art(file, path))


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x213_01_jingan-2025-touzi-buzhu-he-tiexi-xiangmu-guanli-banfa.txt"
P01 = "静安区区级政府投资资金投资补助和贴息项目管理办法"

plan(X01,
     title=P01 + "（关于印发《" + P01 + "》的通知）",
     title_note="the rules' own title (line 15, after the cover) or the notice title (line 1): either (the cover ends in 通知)",
     doc_no="静发改委规〔2025〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市静安区发展和改革委员会 with 上海市静安区财政局 (two signatures, one a line; the index lists the development "
            "and reform commission)",
     date="2025-10-17",
     date_note="the cover is signed 2025年10月17日; the index gives 2025-10-24 (the page's publication); in force 2025年11月23日",
     level="two district bodies (Shanghai Jing'an's development and reform commission and finance bureau), rules for "
           "investment subsidies and interest subsidies from the district's government investment funds: scope, "
           "ceilings, application reports, review, payment, project management, supervision",
     source=src("关于印发《" + P01 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=65f8fd4f-f95e-4b52-9e2e-0dc2a1584106&siteId=0072", 4162),
     style="a cover (the notice title, addressees 「各有关单位：」, one sentence, 特此通知, two signatures one a line, the date); "
           "the rules' title; seven chapters 第一章…第七章 over 31 articles run in 「第一条 text」 (one space); items （一）… "
           "inside 第四、十、十一、十二、十九、二十七、二十八条; trailing paragraphs after the items of 第十、十一、二十八条; full-width "
           "「％」; blank lines between all paragraphs",
     leaf_tasks=21, count_alternatives=[14, 22, 23, 24],
     leaf_tasks_by_section={"第一章 第五、六条": 2, "第二章 第七–九条": 3, "第三章 第十二–十六条": 5, "第四章 第十七–十九条": 3,
                            "第五章 第二十–二十四条": 5, "第六章 第二十六–二十八条": 3},
     childless_top_level_sections=[],
     samples=[
        one(X01, ["第五条"], "区发展改革委",
            note=ARTICLE44 + " — 「区发展改革委应当按照…原则，统筹安排投资补助和贴息资金」 (统筹安排, a verb of doing; the "
                 "principle in quotes names no body); " + NODATE),
        A(X01, ["第六条"], [], [], [(50, "%"), (3000, "万元")],
          note="「区级政府投资资金安排给单个项目的投资补助或贴息资金，原则上不超过项目总投资的50％、额度上限不超过3000万元。支持额度"
               "超过上述标准的，应当报区政府同意后安排」 — a ceiling of the policy's own support (round 25: a policy's quantities "
               "written in an item; round 30: 不超过 / 原则上不超过) → 50 %, 3000 万元; the second paragraph's 「50％及以上的项目」 "
               "is a class the rule covers (round 34), the same figure, so no separate check; the funds are the subject (no "
               "body); 报区政府同意 — an approver (rule 3) and a submission for approval (round 46: no duty); "
               + SUBJECTLESS + "; " + NONE + "; " + NODATE),
        one(X01, ["第十二条"], "区发展改革委",
            note=ARTICLE44 + " — 「区发展改革委主要从以下方面对资金申请报告进行审核：」 (进行审核: outside articles round 37's "
                 "「A对…进行审批」 names no doer, but in an article round 44 reads the subject whatever the verb); the items "
                 "（一）–（五） 「是否符合…」 are the criteria of the review, a list that gives no work (round 35: text), so the "
                 "article is one task; " + NODATE),
        S(["第十七条"], [], ["区财政局"], lead_alternatives=[["区财政局"]], responsible_alternatives=[[]],
          note="「区财政局根据国库集中支付管理…有关规定和要求，拨付投资补助和贴息资金」 — read by round 44's article rule: 区财政局 "
               "is the subject of a verb of doing (拨付) → responsible; lead [], the doer as lead accepted (plans-dev 03 一); the "
               "other reading — 拨付资金 gives money, a cost verb like round 46's 「由区给予适当补贴」 (a payer, no unit) — is "
               "accepted (responsible []): RULING? 1; " + NODATE, **art(X01, ["第十七条"])),
        A(X01, ["第二十一条"], [], [],
          note="「项目（法人）单位应当按照区发展改革委、区财政局要求，定期报告项目建设实施情况、资金使用情况和重大事项」 — " + FILING +
               " (the funded project's own reports to the bodies that fund it; 定期 is the rhythm of a filing, no duty); "
               "「按照A、B要求」 names the bodies only as a circumstance (round 36: 「在A的指导下」), no units; the article gives "
               "work (应当), so it is a task (round 43) with no unit: " + NONE + "; " + NODATE),
        A(X01, ["第二十二条"], [], ["申报单位", "区发展改革委"],
          note="「…项目（法人）单位应当及时向申报单位报告情况，说明原因，提出调整建议」 — the project's own report, a filing (round "
               "46 turned: no doer); 「申报单位核实后，向区发展改革委报告情况和调整建议。区发展改革委按照有关规定进行调整」 — the "
               "subjects of verbs of doing in an article (核实, 进行调整; round 44) → 申报单位 (the body that declared the project, "
               "a role named by a kind, round 34 — here verifying, not applying for itself) and 区发展改革委, in printed order; "
               "申报单位's passing the project's report on after its own check is a duty (round 36 「初审后报镇」, round 46), "
               "undated; the case 「因不能开工建设…等情况，导致…的」 is what the whole article answers (round 30: an item whose "
               "whole work is the response to a case takes its doers); lead [] (no 牵头); " + NODATE),
        one(X01, ["第二十三条"], "项目（法人）单位",
            note=ARTICLE44 + " — 「项目（法人）单位完成工程价款结算后，应当…及时编制项目竣工财务决算」 (编制, a verb of doing; "
                 "the party by role, its bracket kept, round 34: a bracket after a name stays with it); 「项目按照相关规定进行审计」 "
                 "has no subject; 完成…后 / 及时 are times from an event (round 34: no deadline); " + NODATE),
        A(X01, ["第二十六条"], [], ["区发展改革委", "区财政局", "其他部门"],
          responsible_alternatives=[["区发展改革委", "区财政局", "依法对区级政府投资资金投资补助和贴息项目负有监督管理职责的其他部门"]],
          note=ARTICLE44 + " — 「区发展改革委、区财政局以及依法对…负有监督管理职责的其他部门应当加强信息共享，加强…监督检查」 (加强, "
               "a verb of doing in an article); names: separate heads are separate names (round 34), and the 的-phrase before "
               "the third describes it — the unit is the name after the last 的, 其他部门 (rounds 32 / 34 / 46); the whole "
               "phrase as one name (round 36's 「各区和市级负有…职责的部门」) is accepted; lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "申报单位核实后，向区发展改革委报告情况和调整建议", "when": None, "when_norm": None}],
     notes=["counting: the cover no task; 第一条 (purpose), 第二条 (scope), 第三条 (definitions), 第二十九条 (参照, round 34), "
            "第三十一条 (entry into force, validity) are general provisions (round 30); 第四条 (what the funds are mainly for, a "
            "list of kinds of project) a scope; 第十、十一条 (what an application report must contain and the papers to attach: "
            "an applicant's materials list, rounds 35 / 45) give no work; 第二十五条 (「必要时，区发展改革委可…开展后评价」, an "
            "option only, round 40) and 第三十条 (no double subsidy, a 附则 rule) are left out; one task each: 第五–九条 (5), "
            "第十二–十八条 (7; 第十二条's criteria text, round 35), 第十九条 (its （一）–（四） accounting rules a list that gives no "
            "work, round 36 / 38: one task), 第二十–二十四条 (5), 第二十六–二十八条 (3; 第二十七、二十八条 sanctions whose items are "
            "cases, round 35) → **21**. Accepted: 22 (第二十五条 or 第三十条 counted), 23 (第十、十一条 counted as one task each, "
            "round 37's list of what one document contains), 24 (第十九条's （一）–（四） as items), 14 (items naming no unit "
            "left out, round 40: 第六、八、九、十四、二十一、二十四、二十八条)",
            "units: round 44's article subjects — 区发展改革委 (第五、七、十二、十三、十五、十六、二十二、二十六条), 区财政局 (第十七、"
            "十八条, RULING? 1; 第二十六条), 项目（法人）单位 (第十九、二十、二十三条), 申报单位 (第二十二条), 其他部门 (第二十六条); "
            "司法机关 in 第二十七条 (「构成犯罪的，由司法机关依法追究刑事责任」, round 42's 「…的，由A…」); not units: applicants and "
            "their filings (第八、九、二十一条), 行政主管部门 and 区政府 as reviewers or approvers (「经行政主管部门初审后」, "
            "「经区政府批准同意后」, rule 3), 社会中介机构 (the object of 委托, round 33), 有关部门 in 第二十八条 (「可责令」, an "
            "option, round 40), 工作人员 / 有关责任人 (persons)",
            "dates: 2025年10月17日 (signature), 2025年11月23日 (entry into force), 2030年11月22日 (validity); no item carries a "
            "date (及时, 定期, 完成…后, 必要时 are times from events or rhythms); no phases",
            "figures: 50 %, 3000 万元 (第六条, ceilings) — targets; 「50％及以上的项目」 (a class of project, the same figure), "
            "document numbers — not targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x213_02_jiading-2025-shuili-zhuanxiang-xiangmu-jianshe-he-zijin-guanli-banfa.txt"
P02 = "嘉定区水利专项项目建设和资金管理办法"

plan(X02,
     title=P02 + "（关于印发《" + P02 + "》的通知）",
     title_note="the rules' own title (line 11, printed after 91 spaces) or the notice title (line 1): either",
     doc_no="嘉水务〔2025〕47号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市嘉定区水务局 with 上海市嘉定区财政局 (two signatures on one line with ten spaces between; the index lists "
            "the water bureau)",
     date="2025-07-16",
     level="two district bodies (Shanghai Jiading's water bureau and finance bureau), rules for city-listed water "
           "projects (dredging, river works, dykes, sluices, polders): principles, project reserve, approvals, "
           "implementation and acceptance, cost shares, fund management",
     source=src("关于印发《" + P02 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_189303&siteId=0080", 2997),
     style="a cover (the notice title, addressees, one long sentence, two signatures on one line, the date); the rules' "
           "title after a run of 91 spaces; seven chapters over 19 articles run in 「第一条  text」 (two spaces; one after "
           "第十一、十二条); items （一）… inside 第三、十三、十四条 (第十三、十四条 with heading-like article titles 「第十三条  "
           "水利专项项目建设费用」); half-width commas in several sentences; a closing printing line 「上海市嘉定区水务局办公室"
           "              2025年7月16日印发」 and the page's file name 「….pdf」",
     leaf_tasks=12, count_alternatives=[11, 13, 14, 15],
     leaf_tasks_by_section={"第二章 第四–五条": 2, "第三章 第六–八条": 3, "第四章 第九–十一条": 3, "第五章 第十五条": 1,
                            "第六章 第十六–十八条": 3},
     childless_top_level_sections=[],
     samples=[
        one(X02, ["第四条"], "区水务局",
            note=ARTICLE44 + " — 「区水务局…科学合理确定水利专项项目，报区发改委审核列入区级“两库一计划”储备库」 (确定, a verb of "
                 "doing); 区发改委 only reviews (rule 3: a body that approves); sending a project for review is a step of "
                 "approval, no duty (round 46); " + NODATE),
        S(["第六条"], ["区水务局"], ["区水务局", "区财政局"], lead_alternatives=[[]],
          note="「区水务局每年5月底前将下一年度…计划和预算安排上报区政府，经区政府审核同意后，区水务局会同区财政局编制年度水利专项项目"
               "计划…上报市水务局和市财政局」 — 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); 区政府, "
               "市水务局, 市财政局 receive and approve (rule 3); 「每年5月底前」 is a yearly rhythm, no deadline (round 34: recurring "
               "dates are no deadline); the two sendings are read as submissions for a decision (round 46: a body sending its "
               "own plan for approval takes a step of approval — no duty; the city bodies then 下达 the plan, 第八条), not as "
               "round 44's 「a district's yearly joint plan sent to city bodies is a yearly duty」 — RULING? 2",
          **art(X02, ["第六条"])),
        one(X02, ["第七条"], "区水务局",
            note="「区水务局负责向市水务局申请立项、报批工程可行性研究报告和初步设计报告」 — round 41: 「由A负责向B提出申请」: 负责 "
                 "makes A a doer (rule 2), B (市水务局) no unit; the second paragraph 「区水务局按程序申报…，报市水务局审批…，区水务局"
                 "组织开展初步设计报告编制」 the same body (组织开展, rule 2); submissions for approval are no duty (round 46); "
                 + NODATE),
        one(X02, ["第九条"], "区水务局",
            note=ARTICLE44 + " — 「区水务局按照…要求，加强水利专项项目监管，定期将工程进展情况上报市水务局」; sending progress "
                 "information to the city bureau is a duty (round 40: a standing rhythm of reporting, whoever sends it; "
                 "round 46: a plan body sending a report or information), 定期 with no rhythm named; " + NODATE),
        one(X02, ["第十一条"], "区水务局",
            note=ARTICLE44 + " — 「区水务局指导并监督项目（法人）单位按照…组织工程实施」: 项目（法人）单位 is the object of the pivot "
                 "指导并监督 (round 30: the object of a pivot verb is no unit); 「确需调整、变更的，如在批准工程概算内，由区水务局会同"
                 "区发改委初审并上报市水务局审核同意后方可实施」 — " + CASE + " (区发改委 is no unit by it; 区水务局 is a unit by the "
                 "article's first sentence); " + NODATE),
        A(X02, ["第十五条"], [], [], [(3, "%")],
          note="「水利专项项目完工后,在办理工程结算时应留不高于3%的工程款作为工程质量保证金」 — a ceiling with 不高于 (round 30's "
               "line) → 3 %; 「工程保修期自工程竣工验收通过之日起算」 a time from an event; " + SUBJECTLESS + "; " + NONE +
               "; " + NODATE),
        A(X02, ["第十八条"], [], ["区水务局", "属地街镇"],
          note=ARTICLE44 + " — 「区水务局和属地街镇要加强…内控管理和绩效管理，按规定设立绩效目标，开展绩效跟踪，…组织开展绩效评价，"
               "…并通报绩效评价结果」 (组织开展 is rule 2's form even outside articles); 和 joins two whole names (round 34); "
               "属地街镇 is a kind of body (rule 2: 各街镇); 通报 results is no reporting duty to a plan body; lead [] (no 牵头); "
               + NODATE),
     ],
     plan_targets=[{"number": 60, "unit": "%"}, {"number": 40, "unit": "%"}],
     plan_targets_note="第十三条 (cost shares, no task): 「由市、区财政按60%：40%的比例承担」「由市财政补贴60%」 — the policy's "
                       "own rates in a point that is no task are plan targets (round 38; round 46 on x204_04)",
     phases=[],
     duties=[{"what": "区水务局定期将工程进展情况上报市水务局", "when": "定期",
              "when_norm": "periodic (定期, no rhythm named)"}],
     notes=["counting: the cover no task; 第一条 (purpose), 第二条 (scope), 第十二条 (acceptance 「按照…有关规定执行」, a 参照 "
            "article, round 34), 第十九条 (entry into force) are general provisions; 第三条 基本原则 （一）–（三） principles (round "
            "33: an article with no work is no task in a plan whose tasks name units); 第十三、十四条 cost shares — payers "
            "(「由市财政全额承担」「由镇财政承担」, round 30 / 37: a cost verb names a payer) with no 要／应, the scheme's terms "
            "(round 46 on x204_04: no tasks); one task each: 第四–十一条 (8), 第十五条 (1), 第十六–十八条 (3) → **12**. "
            "Accepted: 11 (第十五条, naming no unit, left out, round 40), 13 (第三条 as one task, or 第十二条 counted), 14 "
            "(第十三、十四条 counted), 15 (第三条's （一）–（三） counted)",
            "units: round 44's article subjects and rule 2 — 区水务局 (第四–十一、十六–十八条), 区财政局 (第六条 会同, 第八条 "
            "「区水务局和区财政局…组织工程实施和资金拨付」), 属地街镇 (第十七、十八条); not units: 区发改委, 区政府, 市水务局, 市财政局 "
            "as reviewers and approvers (rule 3), 专业单位 / 具有相应资质单位 (objects of 委托, round 33), 项目（法人）单位 (object "
            "of 指导并监督; its own 「应按规定报告…」 in 第十七条 is a filing, round 46), the bodies in 第十一条's 确需 case",
            "dates: 2025年7月16日 (signature, entry into force, the printing line); 「每年5月底前」 (第六条) a yearly rhythm; no "
            "item deadline; no phases",
            "figures: 3 % (第十五条, 不高于) — a target; 60 %, 40 % (第十三条) — plan targets; 沪水务〔2024〕161号 / 190号 "
            "(document numbers) — not targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x213_03_songjiang-2025-shenpi-shencha-zhongxin-shitihua-jianshe-shishi-fangan.txt"
P03 = "关于进一步推进松江区工程建设项目审批审查中心实体化建设的实施方案"

plan(X03,
     title=P03 + "（上海市松江区人民政府办公室转发区建设管理委制订的《" + P03 + "》的通知）",
     title_note="the plan's own title (lines 9 and 11, printed over two lines) or the forwarding notice's title (line 1): "
                "either (the cover ends in 通知)",
     doc_no="沪松府办〔2025〕32号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市松江区人民政府办公室 (the forwarding notice, no signature printed; the plan is the district construction "
            "commission's, 区建设管理委)",
     date="2025-07-04",
     date_note="the cover is dated 2025年7月4日; the index gives 2025-07-16 (the page's publication)",
     level="district government office (Shanghai Songjiang) forwarding its construction commission's implementation plan "
           "for running the district's construction-project approval and review centre as a physical one-stop centre: "
           "goals, roles and division of work, seven key tasks, safeguards",
     source=src("上海市松江区人民政府办公室转发区建设管理委制订的《关于进一步推进松江区工程建设项目审批审查中心实体化.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=746ddd0a44a440a4bada33519c4a8f85&siteId=0082", 3317),
     style="a forwarding cover (the notice title, addressees, one sentence, the date with no signature); the plan's title "
           "over two lines; a preamble; four sections 一、–四、, each with headed items （一）… whose heading stands on its "
           "own line and whose text is the next paragraph; 二、（二）责任分工 three paragraphs of bodies; a closing line "
           "「本实施方案自发文之日起施行。」",
     leaf_tasks=12, count_alternatives=[5, 9, 14],
     leaf_tasks_by_section={"二、职责定位": 2, "三、重点任务": 7, "四、保障措施": 3},
     childless_top_level_sections=[],
     samples=[
        S(["二", "（一）"], ["区建设管理委", "区数据局（区政务服务中心）"],
          ["区建设管理委", "区数据局（区政务服务中心）",
           "区发展改革、规划资源、水务、生态环境、绿化市容、交通、交管、国动、卫生健康、应急管理、文旅、房管以及电力、燃气、供排水、通信等单位"],
          note="「具体工作由区建设管理委和区数据局（区政务服务中心）双牵头，会同区发展改革、…、房管以及电力、燃气、供排水、通信等单位抓好落实，"
               "负责落实…」 — 由A牵头 (双牵头: two leads, round 36: two bodies that 牵头 are both the lead) and 会同 partners "
               "(rule 2); the partners are bare field names closed by one shared head 「…等单位」: one group as printed "
               "(round 31 / round 42 continued: 「市发展改革、…、城管执法等部门、单位」 stays one group), 以及 inside a list whose "
               "left side is no whole body name (round 35: 和 joins names only where each side is a whole body name); the "
               "bracket naming the bureau's other hat stays (round 42); 「由区长负总责，相关副区长具体负责」 — persons, no units "
               "(round 30); 区领导 persons; 「遇有问题逐级向区领导汇报」 a duty on a case (round 44), undated; " + NODATE),
        S(["二", "（二）"], ["区建设管理委"], ["区建设管理委", "区数据局（区政务服务中心）", "各成员单位"],
          lead_alternatives=[[]],
          note="a heading that gives out work 「责任分工」 (round 35 / 34: every body the text gives work is a unit, in printed "
               "order): 区建设管理委 (负责…运行管理; 牵头落实, 牵头推进, 牵头制定 → the lead, rule 2's 「A牵头」), 区数据局（区政务"
               "服务中心） (负责…日常管理; 配置, 完善), 各成员单位 (支持配合, 选派, 签订, 配齐 — a group named by a kind, round 35); "
               "牵头部门 refers back and adds no unit (round 34); 区审批审查中心办公室 receives a 备案, a filing (round 42: no "
               "duty; rule 3: a receiver); lead [] accepted; " + NODATE),
        S(["三", "（一）"], [], ["前台（综合窗口）", "区政务服务中心", "中台（营商服务专员）", "后台（各单位审批科室）"],
          note="「前台（综合窗口）负责…，前台人员由区政务服务中心派遣。中台（营商服务专员）负责…，中台人员由部分单位业务骨干选派。后台"
               "（各单位审批科室）负责…受理、审批，组织实施…」 — the subjects of 负责 (rule 2) read as the centre's desks made "
               "actors, bodies as printed with their brackets (round 37: sites made actors are bodies, a bracket of one alias "
               "or role stays) — RULING? 3 (中台's bracket names 营商服务专员, persons); 「由区政务服务中心派遣」 — 由A＋a verb of "
               "doing (round 34); 「由部分单位业务骨干选派」 — staff, persons (round 30 / 42: 干部 are persons), no unit; lead [] "
               "(no 牵头); " + NODATE),
        S(["三", "（二）"], [], [],
          note="「积极推进全部涉审事项纳入…」 (no subject); 「高中频或复杂事项单位必须选派业务骨干」 (选派 outside rule 2's closed "
               "list, round 30); 「低频简易事项单位可不选派…，应通过集中培训前台人员等方式…」 (an option, round 40; 应通过 not rule 2); "
               "「存在新增、更改、取消等特殊情况确需收件的，应由区审批审查中心前台（综合窗口）统一收件，由综窗收件系统出具“综窗收件"
               "凭证”」 — " + CASE + "; " + NONE + "; " + NODATE),
        S(["三", "（五）"], ["区审批审查中心"], ["区审批审查中心", "各成员单位"], lead_alternatives=[[]],
          note="「线下由区审批审查中心牵头各成员单位通过物理集合，推动…」 — round 33: 「由A牵头B、C＋verb」 (牵头 with objects) reads "
               "as 「由A牵头，B、C配合」: lead A; responsible A, B; 各成员单位 is a group named by a kind (round 35), not a catch-all "
               "like round 38's 「A牵头各有关部门、单位」; 「各单位在线并联审查」 — 各单位 is a general call (round 33), no unit; "
               "lead [] accepted; " + NODATE),
        S(["三", "（六）"], [], ["区审批审查中心办公室"], lead_alternatives=[["区审批审查中心办公室"]],
          note="「相关入驻部门主动协调解决」 (协调 is no rule-2 verb, round 30); 「针对普遍关注…等问题，由区审批审查中心办公室通过专题"
               "协调会议，跨部门集中会商、协同解决。针对涉及区级层面重大问题，由区审批审查中心办公室提请区领导专题研究解决」 — 由A＋a "
               "verb of doing (round 34), the item's own work split by its objects (round 40: 「涉及X的，由A…」 is no case); the "
               "office exists before this item (二、（二） names it), so it is no body the item sets up (round 36); 区领导 "
               "persons; " + ONE_LEAD + "; " + NODATE),
        S(["四", "（一）"], [], [],
          note="「从制度上做好协同联动…。每年召开工作推进会，研究部署当年重点任务。完善季度例会制度，通过例会形式通报改革进展…」 — no "
               "subject (round 43: a rule point with no subject is a task where it gives work; round 40: items naming no unit "
               "in a plan with units elsewhere are tasks where they give work); the yearly meeting and the quarterly meetings "
               "are coordination rhythms — the plan's duties (plans-dev EXPECTED.md: recurring coordination rhythms), no "
               "deadline (round 34: recurring dates); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每年召开工作推进会，研究部署当年重点任务", "when": "每年", "when_norm": "yearly"},
             {"what": "完善季度例会制度，通过例会形式通报改革进展，协调重点项目疑难问题", "when": "每季度",
              "when_norm": "quarterly"},
             {"what": "遇有问题逐级向区领导汇报", "when": "遇有问题时", "when_norm": None}],
     notes=["counting: the cover and the preamble no tasks; 一、主要目标 （一）（二） are goals that name no unit in a plan whose "
            "tasks name units (round 27: not tasks); 二、（一）（二） 2; 三、（一）–（七） 7; 四、保障措施 （一）–（三） 3 (items "
            "naming no unit that give work, round 38 / 39 / 40); the closing 「本实施方案自发文之日起施行」 no task → **12**. "
            "Accepted: 14 (一、's two goals counted), 9 (四、 left out, round 27's 保障措施 items naming no unit), 5 (every item "
            "naming no unit left out, round 40: 三、（二）（三）（四）（七） and 四、（一）–（三）)",
            "units: 二、（一） 双牵头 + 会同 (a group as printed); 二、（二） a 责任分工 heading (区建设管理委 the lead); 三、（一） desks "
            "(RULING? 3); 三、（五） 由A牵头B; 三、（六） 由A＋verb; not units: 区长, 副区长, 区领导, 营商服务专员 / 业务骨干 / 专家 "
            "(persons), 各单位 (a general call), 相关入驻部门 (协调, no rule-2 verb), the bodies inside 三、（二）'s 确需 case",
            "dates: 2025年7月4日 (the cover), 「自发文之日起施行」; 2024年 names a past evaluation (round 46: a year of a past "
            "fact dates nothing); 每周固定日期 (三、（四）, experts' consulting days) and 每年 / 季度 (四、（一）) are rhythms; no "
            "item deadline; no phases",
            "figures: none are targets (第95次 a meeting's number; 〔2023〕48号 / 〔2020〕7号 / 〔2021〕100号 document numbers; "
            "「最后一公里」 a slogan)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x213_04_fengxian-2025-anquan-shengchan-jubao-jiangli-banfa.txt"
P04 = "上海市奉贤区应急管理局安全生产举报奖励办法(试行)"
N04 = "上海市奉贤区应急管理局 上海市奉贤区财政局关于印发上海市奉贤区应急管理局安全生产举报奖励办法的通知"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title (line 9, 「(试行)」 in ASCII brackets) or the notice title (line 1, the two issuers "
                "before it with one space between): either",
     doc_no="奉应急管〔2025〕39号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市奉贤区应急管理局 with 上海市奉贤区财政局 (two signatures on one line, one space between)",
     date="2025-07-28",
     date_note="the cover is signed 2025年7月28日, after the index's date 2025-07-09 (as stored); trial from 2025年9月1日, "
               "valid two years",
     level="two district bodies (Shanghai Fengxian's emergency management bureau and finance bureau), trial rules "
           "rewarding reports of major accident hazards and work-safety violations: definitions, conditions, exclusions, "
           "reward scales by level (the district bureau or the towns and subdistricts), the procedure, records, secrecy, "
           "sanctions, funding",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=00842320&siteId=0084", 5163),
     style="a cover (the notice title with the two issuers in front, addressees, one sentence, two signatures on one line, "
           "the date); the rules' title; 23 articles run in 「第一条  text」 (two spaces), no chapters; items in ASCII "
           "brackets (一)… inside 第五、八、九、十一、十二、十三、十七条, ending with ASCII semicolons 「;」; 第七条's conditions "
           "as unnumbered paragraphs; two 以下简称 names (各奖励部门 in 第十一条(三), 区应急局奖励部门 in 第十二条(二)); blank "
           "lines between all paragraphs",
     leaf_tasks=14, count_alternatives=[9, 13, 15, 16],
     leaf_tasks_by_section={"第九–十一条": 3, "第十二条(一)–(五)": 5, "第十四、十五、十七、十八条": 4, "第二十、二十一条": 2},
     childless_top_level_sections=[],
     samples=[
        A(X04, ["第九条"], [], [], [(15, "%"), (3000, "元"), (30, "万元"), (100, "元"), (3, "万元"), (4, "万元"), (5, "万元"),
                                   (6, "万元")],
          not_targets=[(1, "人")],
          note="the reward scale (一)–(三) is a list of rates under the article (round 36 / 38: text), its rates the article's "
               "targets (round 25: a policy's own rate; round 30: 最低／最高不超过／以下) → 15 %, 3000 元 (最低奖励), 30 万元 (最高"
               "不超过, twice), 100 元 (100元以下), 3 / 4 / 5 / 6 万元 (per person found, the policy's own rates); 「每查实瞒报谎报"
               "1人」 — the unit a rate is counted by, a norm with no comparison word (round 30) → 1 人 not a target; rewards "
               "are no penalties (round 32); 「被应急管理部门依法实施行政处罚」 is passive, no doer (plans-next197 x197_04 第八条 "
               "reads its twin so); " + SUBJECTLESS + "; " + NONE + "; " + NODATE),
        one(X04, ["第十条"], "区应急局", [(500, "元"), (5000, "元")],
            note="「经由区应急局组织评议，给予500元以下的现金或奖品」 — round 45: 「经由区应急局组织评议」 is 由A组织, a doer; 「经报区应急局"
                 "负责人批准，给予最高不超过5000元奖励」 — a person approving (round 30), no unit and no duty; 500元以下 and 最高不超过"
                 "5000元 (round 30's line) → 500 元, 5000 元; " + NODATE),
        one(X04, ["第十二条", "(一)"], "区应急局", [(30, "日")], not_targets=[(60, "日")],
            note=ARTICLE44 + " — 「区应急局应当及时核查处理举报事项，自受理之日起60日内办结」 (核查处理); 「经上海市应急管理局批准，可以"
                 "适当延长…，但延长期限不得超过30日」 — an approver (rule 3); 不得超过30日 is a ceiling with a comparison word "
                 "(round 30 / 33: 「不少于30天公示」 is a target) → 30 日; 60日内 from an event — " + LIMIT + " → 60 日 not a "
                 "target; 「受核查手段限制，无法查清的，应及时报告区人民政府，由其牵头组织核查」 — " + CASE + " (区人民政府 is no "
                 "unit); the report to 区人民政府 in that case is an undated duty (round 44: a sending the rules ask of the "
                 "bodies they task when a case arises); items numbered inside an article are its items (round 37); " + NODATE),
        one(X04, ["第十二条", "(三)"], "各奖励部门",
            note=ARTICLE44 + " — 「各奖励部门根据举报人提供的信息，制作《…审批表》…，经各部门审核，报主要负责人批准后，…将举报奖励款项"
                 "汇至举报人提供的银行账户」 (制作); the name as printed where it acts (round 38 / 43: a 以下简称 name read as X "
                 "where X is printed — 第十一条(三) defines it); 各部门 reviewing and 主要负责人 approving are rule 3's and a "
                 "person; " + NODATE),
        A(X04, ["第十二条", "(五)"], [], [],
          note="「《…审批表》或《…审批表》原件、举报人身份证明等材料复印件应归入财务发放凭证」 — a step of the procedure with no "
               "subject (round 37: items inside an article are its items); " + SUBJECTLESS + "; " + NONE + "; " + NODATE),
        one(X04, ["第十四条"], "区应急局奖励部门",
            note=ARTICLE44 + " — 「区应急局奖励部门应当如实记录…，做好奖励发放记录，建立奖励档案」 (the 以下简称 name of 第十二条(二), "
                 "as printed, round 38 / 43); the second paragraph 「…按照信访工作材料归档有关规定执行」 is a 参照 sentence inside an "
                 "article that gives work (round 36: a task); keeping records is no reporting duty; " + NODATE),
        A(X04, ["第十七条"], [], ["任免机关", "监察机关"],
          note="「区应急局工作人员有以下情形，由任免机关或者监察机关按照管理权限，…给予行政处分」 — the article's work is the response "
               "to its cases (round 30 / 34: 「对…的，由A处罚」, A a doer); 「由A或B…」 gives both (round 30); the cases (一)–(三) "
               "are text (round 35); 工作人员 / 主管人员 are persons, 司法机关 receives a transfer (「依法移送司法机关处理」, rule "
               "3); a sanction is no target (round 32); lead [] (plans-next197 x197_04 第十五条 reads its twin so); " + NODATE),
        A(X04, ["第二十一条"], [], ["各镇", "街道"],
          responsible_alternatives=[["各镇", "街道", "其他具有监管职能的相关单位"]],
          note="「各镇、街道以及其他具有监管职能的相关单位结合自身实际，…落实安全生产举报奖励资金，做好安全生产举报奖励统计汇总上报工作」 "
               "— 落实 (rule 2); 「各镇、街道」 two names, 各 not shared (round 30: 「各镇、园区」; round 34); the third name by the "
               "的-rule (rounds 32 / 34) is 相关单位, a catch-all and a general call (round 33: 有关单位／相关单位), so no unit — "
               "the whole phrase as one kind (round 36's 「各区和市级负有…职责的部门」) is accepted: RULING? 4; the 统计汇总上报 is a "
               "reporting duty of the bodies the rules task (round 46: sending information), undated; lead [] (no 牵头); "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "无法查清的，区应急局应及时报告区人民政府", "when": "无法查清时（及时）", "when_norm": None},
             {"what": "各镇、街道做好安全生产举报奖励统计汇总上报工作", "when": None, "when_norm": None}],
     notes=["counting: the cover no task; 第一条 (purpose), 第二条 (definition), 第四、五条 (definitions of 重大事故隐患 and of "
            "violations, 第五条's (一)–(七) the kinds defined), 第二十二条 (interpretation), 第二十三条 (trial start, validity) are "
            "general provisions (round 30); 第三条 (principles, then who rewards which reports 「由区应急局…给予奖励」「由各镇、街道"
            "…给予奖励」 — 给予奖励 read as giving money, a cost verb like round 46's 「由区给予适当补贴」: a payer, no work), 第六条 "
            "(the reporter's duty of truth, rules for the public, round 36), 第七条 (conditions, round 35), 第八条 (exclusions), "
            "第十三条 (cases deemed a waiver), 第十六条 (the public's liability) and 第十九条 (「鼓励生产经营单位…」, a call that "
            "names no doer, round 40) give no work; one task each: 第九条, 第十条, 第十一条 (its (一)–(三) rules of who is "
            "rewarded, cases of one rule, round 35), 第十四、十五、十七、十八条 (第十八条 funding in the budget, a subjectless rule, "
            "round 43), 第二十条 (the informants' reward with its 20 % rise), 第二十一条; 第十二条 (一)–(五) the steps of the "
            "procedure (round 37) → 5 → **14**. Accepted: 13 (第十八条 left out, as plans-next197 accepts for its twin), 15 "
            "(第三条 or 第十九条 counted), 16 (both, or 第十一条's (一)–(三) as items), 9 (items naming no unit left out, round 40: "
            "第九条, 第十二条(五), 第十五、十八、二十条)",
            "units: round 44's article subjects (区应急局 in 第十二条(一), 各奖励部门 in 第十一条(三) and 第十二条(三)(四), 区应急局"
            "奖励部门 in 第十四条, by their 以下简称 names as printed); 第十条 经由区应急局组织评议 (round 45); 第十七条 由任免机关或者"
            "监察机关; 第二十一条 各镇, 街道 (RULING? 4); 第十一条(三) and 第十二条(二) define their departments by a 的-phrase "
            "「…负责具体实施举报奖励工作的部门（以下简称…）」 (not sampled: the 的-rule, round 32, would give 部门); 举报人, 被举报人, "
            "工作人员, 主要负责人, 负责人, 信息员 are persons; 区应急局 in 第二十条 acts by 可 (an option, round 40) and inside a "
            "「…核查属实的」 condition",
            "dates: 2025年7月28日 (signature), 2025年9月1日 (trial start), 有效期2年; 60日内, 5个工作日内, 20个工作日内, 60日 "
            "(waiver) are limits or periods from events (round 33: no deadlines, no targets); no phases",
            "figures: 15 %, 3000 元, 30 万元, 100 元, 3–6 万元 (第九条), 500 元, 5000 元 (第十条), 30 日 (第十二条(一), 不得超过), "
            "20 % (第二十条, a rate's rise) — targets; 1 人 (the counting unit of a rate), 〔2011〕158号 (a document number), "
            "the limits from events — not targets"])

write_collected(DIR)
