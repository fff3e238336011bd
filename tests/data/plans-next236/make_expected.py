# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next236/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 48 (built by helper c236): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 49 rulings, written
early" and the "Round 50 rulings, written early" included) applied to every item. Neither the parser nor the scorer was
run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next236/make_expected.py tests/data/plans-next236
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit; round 44 "
          "(decided) reads any verb of doing only in 第X条 articles")
ARTICLE = ("round 45: headed points that read like articles (a procedure) are not articles — the closed-list reading is "
           "the answer and the article reading (the subjects of any verb of doing) is accepted beside it "
           "(`responsible_alternatives`)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CARRY = "round 34: an elided subject carries over inside one paragraph"
EVENT = ("times counted from an event (「收到…后」「…工作日内」「…前」 of a step) are no deadline (round 34) and a limit with no "
         "comparison word 「N个工作日内」 is the deadline rule, not a target (round 33)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x236_01_shi-shenpi-gaigeban-2022-shuidianqiwang-lianhe-baozhuang-yijianshi-banshi-zhinan.txt"
G01 = "上海市工程建设项目“水电气网联合报装”一件事办事指南"
N01 = "关于印发《" + G01 + "》的通知"
CTR = "审批审查中心"
SU = "服务单位"
HEAD01 = ("五、服务流程 and 七、服务时限 are a procedure in headed points; each numbered step is an item (the lead-in "
          "「服务单位按以下流程办理：」 gives no unit: 办理 is no rule-2 verb, rule 4 needs a rule-2 clause)")
ALIAS01 = ("「水电气网服务单位（以下简称服务单位）」 and 「（市、区两级工程建设项目审批审查中心，…）」: names given through a short "
           "name read as the short name where it is printed (round 38; round 35 drops the 以下简称 bracket)")

plan(X01,
     title=G01 + "（" + N01 + "）",
     title_note="the guide's own title (line 15) or the notice title (lines 1 and 3): either",
     doc_no="沪建审改办〔2022〕3号 (printed on line 5)",
     issuer="上海市工程建设项目审批制度改革工作领导小组办公室",
     date="2022-06-29",
     date_note="the cover is dated 2022年6月29日 (the index the same); the text names no date of work",
     level="a city office (the office of Shanghai's leading group for reforming construction-project approval), a "
           "guide to one joint service: connecting water, drainage, power, gas and network to new construction "
           "projects — scope, conditions, the bodies that serve, the procedure, materials tables, time limits, results, "
           "channels, fees, basis",
     source=src("工程建设管理", N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=086c84752c7547d4971fe0bc595205e3&siteId=0011", 6983),
     style="the notice title twice, the number, a one-sentence cover 「…请认真按照执行。」, the signature and date; the guide's "
           "title; twelve headed points 一、–十二、 as heading lines over paragraphs, （一）（二）… heading lines, numbered steps "
           "「1、 信息接收。…」「1、受理：…」 with unnumbered paragraphs after some; 六、's two materials tables flattened one cell "
           "a line (rows 「1」…「11」 alone on lines, cells holding 「1、…」「（1）…」 lists); 十一、 a numbered list of "
           "documents; 十二、附件 with three attachment names; blank lines between paragraphs",
     leaf_tasks=22, count_alternatives=[12, 17, 21, 24],
     leaf_tasks_by_section={"四、服务机构": 5, "五、服务流程": 6, "七、服务时限": 6, "八、获取结果": 2, "九、咨询服务渠道": 3},
     childless_top_level_sections=["一、适用范围", "二、事项内容", "十、服务收费"],
     samples=[
        S(["四", "（一）"], [], ["各供水企业"], lead_alternatives=[["各供水企业"]],
          note="「各供水企业，按照职责分工，负责…服务」 — A负责 (rule 2), a regulated party by its kind (round 34: rule 2 does not "
               "ask who the body is), as printed with 各 (round 42: 各 stays); 「按照职责分工」 a phrase, no unit (EXPECTED.md); "
               "四、服务机构 names the serving bodies, a point of the guide's own content (round 35: its items that give work "
               "are tasks); " + ONE_LEAD + "; " + NODATE),
        S(["四", "（三）"], [], ["供电企业"], lead_alternatives=[["供电企业"], ["本市供电企业"]],
          responsible_alternatives=[["本市供电企业"]],
          note="「本市供电企业，按照职责分工，负责…」 — 负责 (rule 2); 本市 before a name is no part of it (round 41: 「本市各级人民政府」 "
               "→ 各级人民政府), the name as printed accepted; " + ONE_LEAD + "; " + NODATE),
        S(["四", "（五）"], [], ["网络基础设施服务单位"], lead_alternatives=[["网络基础设施服务单位"]],
          note="「网络基础设施服务单位，按照职责分工，负责…」 — 负责 (rule 2); a kind before 单位 makes a kind, not the catch-all "
               "单位 (round 34); " + ONE_LEAD + "; " + NODATE),
        S(["五", "（一）", "1"], [], [], responsible_alternatives=[[CTR]],
          note=HEAD01 + "; 「审批审查中心完成信息接收，…一次性提请报装用户补充，将项目信息和咨询需求分送相应的服务单位」 — 完成, 提请, "
               "分送 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; " + ARTICLE + "; the sending on of the applicants' "
               "needs is the guide's one duty (below); " + NODATE),
        S(["五", "（一）", "2"], [], [CTR], lead_alternatives=[[CTR]],
          note=HEAD01 + "; 「服务单位主动对接报装用户进行需求确认，完成受理，…研究制定答复意见」 — 对接, 完成, 研究制定 are no rule-2 "
               "verbs; the unnumbered paragraph after the step 「服务单位可按需要开展现场踏勘，对可以同步现场踏勘的，由审批审查中心组织"
               "现场联合踏勘。」 is its body (round 32: a paragraph after an item that gives work is that item's body): 「可」 an "
               "option (round 34), and 「…的，由A组织…」 a step after a branch, the item's own work (round 42; round 49: a clause "
               "after a case with 由A is A's) — 由A组织＋work → " + CTR + " a doer (" + ALIAS01 + "); " + ONE_LEAD + "; "
               + NODATE),
        S(["五", "（二）", "2"], [], [CTR, SU], lead_alternatives=[[CTR]], responsible_alternatives=[[CTR]],
          note=HEAD01 + "; 「…对可以同步现场踏勘的，由审批审查中心组织联合踏勘」 — 由A组织＋work (round 49's clause after a case) → "
               + CTR + "; 「服务单位分别制定并出具接入方案（排水接入由服务单位指导报装用户制定完善接入方案）」 — 由A＋any verb of "
               "doing (round 34) splits the item's work by its object (round 40: 「涉及X的，由A…」 gives all), so 服务单位 is a "
               "doer by 由…指导 — RULING? 1 (or rule 3's guide 「A指导B…」 without 负责, round 30: no unit; [" + CTR + "] "
               "accepted); 「由审批审查中心通过工程审批系统一口汇总反馈」 — 由A＋verb of doing: the same centre again, once; "
               "「双方可商定…」 an option; no 牵头: lead [] (round 30); " + ALIAS01 + "; " + EVENT),
        S(["五", "（二）", "3"], [], ["各服务单位", CTR],
          note=HEAD01 + "; 「各服务单位到现场实施接入服务」 — 实施 (rule 2), a kind as printed with 各 (round 42); 「由审批审查中心通过"
               "工程审批系统一口汇总反馈」 — 由A＋verb of doing (round 34); both in printed order (rule 2's several clauses); "
               "「服务单位与报装用户商定…」 no rule-2 verb; the bracket 「燃气、网络可在…实施接入服务」 is an option (可, round 40) "
               "and 燃气、网络 name services; no 牵头: lead [] (round 30); 「工程竣工验收或约定接入日期前」 is an event, no "
               "deadline (round 34): " + NODATE),
        S(["七", "（一）", "2"], [], [], not_targets=[(2, "个工作日"), (15, "个工作日")],
          note="「服务单位主动对接报装用户，确认需求并完成补正后2个工作日内完成受理，并约定咨询答复日期（一般5个工作日内）…在15个工作"
               "日内…完成制定接入方案」 — 对接, 确认, 完成, 约定 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; 七、 restates "
               "the steps with their time limits, items that give work (round 40: items naming no unit are tasks where they "
               "give work; the count without them accepted); " + EVENT + " → 2／15个工作日 not targets, 「一般5个工作日内」 a usual "
               "term (round 40: 一般为 no target); " + NODATE),
        S(["七", "（二）", "3"], [], [CTR], lead_alternatives=[[CTR]], not_targets=[(6, "个工作日")],
          note="「服务单位与报装用户商定实施接入日期，自接入启动之日起一般6个工作日内…完成接入服务」 — 商定, 完成 no rule-2 verbs; "
               "「分别出具接入完成工单后，由审批审查中心通过工程审批系统一口汇总反馈」 — 由A＋verb of doing (round 34) → " + CTR
               + "; " + ONE_LEAD + "; " + EVENT + " (6个工作日 not a target); " + NODATE),
        S(["八", "（二）"], [], [],
          note="「服务单位根据报装用户的报装需求，…发出现场踏勘告知；服务单位制定接入方案，…反馈接入方案，发出按期施工告知；服务单位"
               "现场实施接入服务后，…出具接入完成工单」 — 实施 here stands inside a time clause 「…实施接入服务后」 (an event that "
               "dates the next step), not the item's verb; 发出, 制定, 反馈, 出具 are no rule-2 verbs (" + CLOSED + "): " + NONE
               + "; 八、获取结果 says how the applicant gets each result, work of the serving bodies: a task naming no unit "
               "(round 40; the counts without 八、 and 九、 accepted); " + NODATE),
        S(["九", "（三）"], [], [],
          note="「市、区两级审批审查中心设立综窗，安排人员为报装用户提供现场综合咨询服务」 — 设立, 安排, 提供 are no rule-2 verbs (round "
               "35: 设 is no rule-2 verb; " + CLOSED + "): " + NONE + "; a point of the guide's own content that gives work "
               "(round 40); " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "审批审查中心完成信息接收，将项目信息和咨询需求分送相应的服务单位",
              "when": "工程审批系统上收到报装用户需求后", "when_norm": None,
              "note": "五、（一）1 (again 五、（二）1 「并将项目需求分送相应的服务单位」, 七、（一）1 and （二）1 「1个工作日内」): the centre "
                      "passes the applicants' needs on to the serving bodies after its own step (receiving and checking them) — "
                      "round 49's x228_03 五、（二） (「…审核后纳入备选项目库并推送至…」: passing applicants' projects on after its "
                      "own step is an undated duty; round 46/48's 「初审后报镇」, 转报) — RULING? 2; undated: a time from an "
                      "event (round 34). The centre's 「一口汇总反馈」 to applicants and the serving bodies' replies are the "
                      "procedure's own work (round 45: a notice a body issues in a procedure is its work, not a report); the "
                      "applicants' own 提出需求／上传资料 are applications (round 32), no duties"}],
     notes=["counting: the cover (one sentence 「请认真按照执行」) no task; 一、适用范围 a scope and 二、事项内容 a statement of what "
            "the matter is (general provisions, round 30; childless points that give no work, round 34 early); 三、具备条件 "
            "（一）（二） are the applicant's own conditions and steps 「报装用户…应一表提出…」 (round 35: conditions an applicant "
            "must meet; round 49: x229_01 第七条 1.–2., an applicant's own steps, give the plan's bodies no work) → no tasks; "
            "四、（一）–（五） 5 (负责); 五、（一） 1、–3、 and （二） 1、–3、 6 (the lead-in paragraphs of （一）（二）, the applicant's "
            "steps and 「服务单位按以下流程办理：」, no tasks); 六、 （一）（二） the applicant's materials tables (round 35: a "
            "materials list is no task; round 50 turned x232_01 第十三条 so) → none; 七、 （一）1、–3、, （二）1、–3、 6; 八、（一）（二） "
            "2; 九、（一）–（三） 3; 十、服务收费 (「不收取费用」, a term with no doer and no 要／应: round 46's x204_04) no task; 十一、 "
            "（一）–（五） the documents the guide rests on (basis, round 30; a list that gives no work, round 35) no tasks; "
            "十二、附件 the attachments' names (tasks are counted to the 附件 line) → **22**. Accepted: 12 (only the items "
            "naming a unit: 四 5, 五 4, 七 3 — round 40: a count without items naming no unit), 17 (without 八、 and 九、), 21 "
            "(without 九、（一）, whose subjects are the system and its columns, things — round 41), 24 (with 三、's two "
            "applicant points or 六、's two tables counted, round 49 / round 50: the builder's count with them stays "
            "accepted there).",
            "units: the serving bodies by kind with 负责 (四、), 各服务单位 with 实施 (五、（二）3), 审批审查中心 as the agent of 由 "
            "(组织, 汇总反馈), 服务单位 by 由…指导 (RULING? 1); 报装用户 (the 建设单位 applying) are applicants, never units "
            "(round 30); bodies that only issue permits 「掘占路许可」 or approve are rule 3's; the two-level centre 「市、区两级"
            "审批审查中心」 is named as a unit nowhere by a rule-2 form (九、 设立, 公布)",
            "dates: 2022年6月29日 (the cover); no date of work, no phase; time limits 「1个工作日内」「2个工作日内」「一般5个工作日内」"
            "「15个工作日内」「一般6个工作日内」 from events (no deadline, no target); no sample dated",
            "figures: no targets; 100万元及以上 / 100万元以下 (一、, the class of project the guide covers: round 34 / round 50 "
            "— not checked, no sample on a scope point); 1:500 and 1：500 (map scales), 沪府发（2021）24号, 沪建审改〔2022〕1号, "
            "沪发改价管〔2021〕7号, 通信管发〔2020〕42号, 沪水务〔2019〕139号 (document numbers), table row numbers 1–11, "
            "http://gcls.sh.gov.cn"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x236_02_shi-yingjiju-2022-weixian-huaxuepin-anquan-fengxian-jizhong-zhili-zhongdian-renwu-tongzhi.txt"
N02 = "上海市应急管理局关于深入推进 危险化学品安全风险集中治理重点任务的通知"
BUR = "各区应急管理局"
HEADED02 = ("round 34 (written early): in a notice of headed points a childless point whose text gives work (a rule-2 doer "
            "or an instruction 「要…」) is a task")
COMM = "市安委会危险化学品安全专业委员会"

plan(X02,
     title=N02,
     title_note="the notice title (line 1, printed with a space after 深入推进; the scorer squashes white space)",
     doc_no="沪应急危化〔2022〕33号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市应急管理局",
     date="2022-06-20",
     date_note="the notice is dated 2022年6月20日 (the index the same)",
     level="a city bureau (Shanghai's emergency management bureau), a notice to the district bureaus on the key work "
           "of the hazardous-chemicals risk campaign: five headed points",
     source=src("工程建设管理", "上海市应急管理局关于深入推进 危险化学品安全风险集中治理重点任务的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=c0c20a7462f744d68195d3d928fbf190&siteId=0037", 2451),
     style="addressee 「各区应急管理局：」, a preamble citing two documents; five headed points 一、–五、 as heading lines over "
           "one or two paragraphs each; a two-line 附件 list, the signature and the date; blank lines between all paragraphs",
     leaf_tasks=5, count_alternatives=[4],
     leaf_tasks_by_section={"一、": 1, "二、": 1, "三、": 1, "四、": 1, "五、": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [BUR], lead_alternatives=[[BUR]], not_targets=[(15, "条")],
          note=HEADED02 + "; 「各区应急管理局要认真贯彻…精神，落实市委、市政府工作部署」 — 落实 (rule 2; round 49: 落实 whatever its "
               "object), 各区应急管理局 a kind (round 32: 各区…); the second paragraph's 「各区应急管理局要坚持统筹推进…」 names the "
               "same bureaus (once); 「相关单位基本复工复产」 states a fact; 「确保各项工作有效组织」 — 组织 inside a 确保 clause "
               "(round 44: a 确保 clause names no doer); " + ONE_LEAD + "; 「3月以来」 a past time, 「年度目标」 no date: "
               + NODATE + "; 「十五条硬措施」 a name (not a target)"),
        S(["二"], [], [BUR], lead_alternatives=[[BUR]],
          note=HEADED02 + "; 「各区应急管理局要不断优化…，…要…建立健全与行业主管部门的联动工作机制，…配合对发现的重大隐患联合督办，…"
               "对违法违规单位实施联合惩戒」 — 实施 (rule 2) with the subject carried (" + CARRY + "); 「与行业主管部门」 a "
               "liaison partner (round 38: 「与A对接」 no unit); the cited documents' issuers are names of documents; "
               + ONE_LEAD + "; " + NODATE),
        S(["三"], [], [],
          note=HEADED02 + "; 「各区应急管理局要重点关注…推进情况，以问题为导向，定期会商，靶向施策，深入整治，逐一攻坚，确保按照相关任务"
               "的时间节点完成各个阶段性目标」 — 关注, 会商, 施策, 整治, 攻坚 are no rule-2 verbs (" + CLOSED + "), the 确保 "
               "clause names no doer (round 44): " + NONE + "; a point that gives work naming no unit is a task (round 40; the "
               "count 4 without it accepted); 「时间节点」 names no date: " + NODATE),
        S(["四"], [COMM], [COMM, "各区应急管理部门", "临港新片区管委会", "上海化工区管委会"], lead_alternatives=[[]],
          note=HEADED02 + "; 「由市安委会危险化学品安全专业委员会牵头，继续深化完善工作机制」 — 由A牵头 over the item's own work (round "
               "50: x234_03 「由卫生健康部门牵头,协调…」) → lead; 「各区应急管理部门、临港新片区管委会、上海化工区管委会要参照市级工作"
               "模式组建专家团队，…适时组织“回头看”」 — 组织 whatever its object (round 43; round 49) → doers, three names by 、 "
               "(组建 sets up a team of persons, no unit: rounds 35, 48); several clauses → all in printed order (rule 2); the "
               "lead's clause and the others' sentence stand in one paragraph (round 34's 「由A牵头，B、C＋verb」: responsible A, "
               "B, C); lead [] accepted (round 30: the agent of 由 alone); 「适时」「前期」 no dates: " + NODATE),
        S(["五"], [], ["园区", "企业"], responsible_alternatives=[["园区和企业"], []],
          note=HEADED02 + "; 「各区应急管理局要建立完善…调度机制，加强…跟踪调度，…开展专门督导，严格压实园区和企业主体责任。要及时对照…"
               "查找…，…报送市应急局」 — 建立完善, 加强, 开展, 查找, 报送 are no rule-2 verbs, so the bureaus are no doers here ("
               + CLOSED + "); 「压实园区和企业主体责任」 names the parties who answer — a designation (round 50: 「压实运维单位责任」 "
               "names X, as 「落实…的主体责任」 does, round 46/47, where the subject is a general call or a supervisor): "
               "「A和B」 two names where each side is a whole body name (round 34; round 35), 园区 a body (round 30's 「各镇、园区」) "
               "and 企业 a kind → [园区, 企业] — RULING? 3 (the one name 「园区和企业」 and none accepted); 「市应急局将定期调度…，"
               "对典型问题进行通报」 — 调度, 进行 no rule-2 verbs; the monthly report is the point's duty (below); 「每月20日下午"
               "17:00前」 a rhythm, no deadline (round 34): " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "于每月20日下午17:00前将集中治理的主要措施和工作推进情况报送市应急局",
              "when": "每月20日下午17:00前", "when_norm": "monthly",
              "note": "五、: the district bureaus the notice tasks send their measures and progress to the issuing bureau every "
                      "month — a standing rhythm of reporting to the issuing office is a duty (round 40), monthly (round 34's "
                      "rhythm words); 17:00 a clock time"}],
     notes=["counting: the preamble no task; five childless headed points that each give work (" + HEADED02 + ") → **5**. "
            "Accepted: 4 (三、, naming no unit, left out — round 40).",
            "units: 各区应急管理局 with 落实 (一、) and 实施 (二、, carried); 由A牵头 and three bodies with 组织 (四、); 三、 and 五、's "
            "verbs are outside rule 2; 五、's 压实 X主体责任 designation (RULING? 3); persons none; 相关单位 (一、) a statement, "
            "行业主管部门 (二、) a liaison partner",
            "dates: 2022年6月20日 (the signature); 3月以来 (a past time); 每月20日下午17:00前 (a rhythm: the duty's); no "
            "deadline, no phase",
            "figures: no targets — 十五条 (a name), 17:00 (a clock time), 沪安委会〔2022〕1号, 沪安委办〔2022〕9号, 沪交安委办〔2022〕28号, "
            "沪环土〔2022〕77号, 沪发改能源〔2022〕75号 (document numbers), 附件1／附件2"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x236_03_shi-jiaotongwei-2022-xinnengyuan-chuzuche-chongdian-shifanzhan-shenbao-tongzhi.txt"
N03 = "关于开展2022年度 本市新能源出租车充电示范站申报工作的通知"
DTR = "区交通管理部门"
DDR = "区发展改革委"
CTC = "市交通委"
CDR = "市发展改革委"
YEAR03 = ("the year 2022 from the notice (title 「2022年度」, signature 2022年3月21日; EXPECTED.md: a year left implicit is "
          "resolved from the plan's title or date)")
HUITONG = "「（由）A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2)"
PIVOT = ("「A会同B委托市级平台…」 — 委托 is a pivot: the commissioning A (with its 会同 partner) is the doer and the object "
         "市级平台 no unit (round 33 「由A委托B＋verb」; round 35 「A委托B组织…」)")

plan(X03,
     title=N03,
     title_note="the notice title (line 1, printed with a space after 2022年度; the scorer squashes white space)",
     doc_no="沪交科〔2022〕239号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市交通委员会",
     date="2022-03-21",
     date_note="the notice is signed 2022年3月21日; the index and the front matter give 2022-06-02 (the page's date); "
               "either way its dates fall in 2022",
     level="a city commission (Shanghai's transport commission), a call for the 2022 taxi charging demonstration "
           "stations: the procedure of application, review and acceptance by district and city bodies, materials, and "
           "the listed projects' dates",
     source=src("工程建设管理", "关于开展2022年度 本市新能源出租车充电示范站申报工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b75aa7a89b2342c08080131977180ff7&siteId=0010", 1512),
     style="addressees, a preamble; 一、申报流程 （一） 1、–3、, （二） 1、–5、, （三） childless; 二、申报材料 （一）–（四） a "
           "materials list; 三、项目管理 （一）（二）; 四、联系方式 persons and phone numbers; a two-line 附件 list and the date; "
           "one line per paragraph, no blank lines except before the 附件 and the date",
     leaf_tasks=7, count_alternatives=[9, 8, 6],
     leaf_tasks_by_section={"一、（一）": 2, "一、（二）": 4, "三、项目管理": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）", "2"], [DTR], [DTR, DDR], dl="于7月15日之前", dln="2022-07-15", lead_alternatives=[[]],
          note="「区交通管理部门收到申请后，会同区发展改革委及时组织验收，并于7月15日之前将相关验收意见报市交通委」 — " + HUITONG
               + " (with 组织验收); 市交通委 receives (rule 3); deadline: the item's only date bounds the sending of the "
               "acceptance's result, joined to the work by 并 (round 49, p46c: then it is also the item's deadline) → "
               "2022-07-15 (" + YEAR03 + "); the sending is a dated duty (below)"),
        S(["一", "（一）", "3"], [CTC], [CTC, CDR], lead_alternatives=[[]],
          note="「市交通委收到各区验收意见后，会同市发展改革委委托市级平台对申报项目进行验收确认，并对外发布…」 — " + HUITONG + "; "
               + PIVOT + "; 「收到…后」 an event: " + NODATE),
        S(["一", "（二）", "2"], ["各区交通管理部门"], ["各区交通管理部门", DDR], dl="在7月15日之前", dln="2022-07-15",
          lead_alternatives=[[]],
          note="「各区交通管理部门会同区发展改革委审核申报项目的真实性、符合性要求，并在7月15日之前将审核意见报市交通委」 — " + HUITONG
               + "; names as printed (各区交通管理部门 here, 区发展改革委 without 各: round 38, no alias rewritten); deadline: the "
               "date bounds the sending of the review's result, joined by 并 (round 49, p46c) → 2022-07-15 (" + YEAR03 + "); a "
               "dated duty (below)"),
        S(["一", "（二）", "3"], [CTC], [CTC, CDR], lead_alternatives=[[]],
          note="「市交通委收到各区审核意见后，会同市发展改革委委托市级平台组织专家对申报项目进行评审并发布年度建设计划」 — " + HUITONG
               + "; " + PIVOT + " (市级平台's 组织 is the pivot object's verb: round 40, 「A组织B会同C」 gives A only; the experts "
               "are persons); 「年度建设计划」 names a plan, no date: " + NODATE),
        S(["一", "（二）", "4"], [DTR], [DTR, DDR], lead_alternatives=[[]],
          note="「各区交通管理部门根据年度计划推进示范站建设」 — 推进 is no rule-2 verb (" + CLOSED + "); 「建成后由区交通管理部门会同区"
               "发展改革委及时组织验收并出具验收意见，报市交通委」 — 由A会同B组织 (rule 2) → " + HUITONG + "; 各区交通管理部门 of the "
               "first clause adds no unit (no rule-2 verb; the printed 区交通管理部门 is the doer of the 由 clause); 「建成后」 an "
               "event: " + NODATE + "; the sending of the acceptance's opinion is an undated duty (below)"),
        S(["三", "（一）"], [], [], dl="11月底前", dln="2022-11",
          note="「列入本年度…建设计划名单的项目，应在7月底前实现开工，9月底前完成建设，各区交通、发改部门在11月底前完成验收」 — 实现, "
               "完成 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; a point of the plan's own content that gives work is a "
               "task though it names no unit (round 35: 相关要求 sections; round 40; the count 6 without it accepted); "
               "deadline: several dates in one item, the latest is its deadline (round 34): 「11月底前」 → 2022-11 (" + YEAR03
               + "); 「本年度」 the plan's year"),
     ],
     plan_targets=[{"number": 3, "unit": "年",
                    "note": "二、（三） 「非自有土地的提供租赁合同或合作协议（租赁、合作期不少于三年）」 — a floor with 不少于 (round 30) in "
                            "the applicant's materials list, which is no task (round 35): a threshold in a conditions list "
                            "that is no task is a plan target (round 48: x224_04, x224_02)"}],
     phases=[],
     duties=[{"what": "区交通管理部门…于7月15日之前将相关验收意见报市交通委",
              "when": "7月15日之前", "when_norm": "2022-07-15",
              "note": "一、（一）2: a district body passes its acceptance opinion on others' projects to the city commission "
                      "after its own step (round 36's 「初审后报镇」; rounds 46, 48, 49: passing others' papers on after its own "
                      "step is a duty), dated (round 43: a one-off dated sending the notice asks of the bodies it tasks)"},
             {"what": "各区交通管理部门…在7月15日之前将审核意见报市交通委",
              "when": "7月15日之前", "when_norm": "2022-07-15",
              "note": "一、（二）2: the district bodies' review of the applicants' projects passed on to the city commission "
                      "(as above), dated"},
             {"what": "由区交通管理部门会同区发展改革委及时组织验收并出具验收意见，报市交通委",
              "when": "建成后", "when_norm": None,
              "note": "一、（二）4: the same passing on after acceptance, undated (a time from an event, round 34; round 47: "
                      "x212_02's sending after 验收 is an undated duty)"}],
     notes=["counting: the preamble no task; 一、（一） 1、 and （二） 1、 are the applicants' own steps 「项目建设单位在6月30日之前"
            "填写…报所在地交通管理部门」 (round 49: x229_01 第七条 1.–2., an applicant's own steps give the plan's bodies no "
            "work; round 30: an applicant is no unit) → no tasks; （一） 2、3、 → 2; （二） 2、–5、 → 4; （三） 「…参照上述申报流程"
            "执行。扩建项目规模不低于附件所规定的站点规模。」 points to the procedure above and sets no work of its own (round 34: "
            "参照 articles are general provisions; round 50: x232_01's term) → no task; 二、申报材料 （一）–（四） an applicant's "
            "materials list (round 35) → no tasks; 三、（一） 1 (dated work); 三、（二） 「…未能如期完成…的申报单位，取消其后两年的"
            "申报资格」 a consequence for a failing applicant (round 48: liability and penalties are no tasks) → none; 四、联系方式 "
            "persons and phones → **7**. Accepted: 9 (with the applicants' 1、 steps, round 49 accepts its builder's count with "
            "them), 8 (三、（二） counted), 6 (三、（一）, naming no unit, left out — round 40).",
            "units: 会同 pairs of district and city bodies (lead the first, round 30), 委托 pivots (市级平台 no unit), the "
            "applicants 项目建设单位／建设企业／申报单位 never units (round 30), 市交通委 as a receiver in the districts' items "
            "(rule 3), persons 董昭／张英杰 never units",
            "dates: 6月30日之前 (the applicants' filing, no task), 7月15日之前 (the districts' items and duties), 7月底前 / 9月底前 / "
            "11月底前 (三、（一）, latest 2022-11), the signature 2022年3月21日, 2020-2021年度 (a list's name); " + YEAR03 + "; no "
            "phases",
            "figures: plan target 不少于三年 (二、（三）); not targets 2020-2021年度 (a name), 两年 (a penalty: round 32), phone "
            "numbers 17321087125 / 021-23115232"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x236_04_shi-fagaiwei-2022-zhuanfa-dianli-xianhuo-shichang-jianshe-tongzhi.txt"
N04 = "关于转发《国家发展改革委办公厅 国家能源局综合司关于加快推进电力现货市场建设工作的通知》的通知"
GRID = "国网上海市电力公司"
TEAM = "上海电力现货专班"
EXCH = "上海电力交易中心"
FWD = ("round 39: a forwarding notice's own numbered requirements are tasks when the document it forwards is not "
       "printed (the forwarded 《通知》 is only an attachment's name here); run-in headed points 「一、充分认识…。…」")

plan(X04,
     title=N04,
     title_note="the notice title (line 1); the forwarded notice is not printed (round 49: the notice's own title)",
     doc_no="沪发改能源〔2022〕100号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2022-04-25",
     date_note="the notice is signed 2022年4月25日; the index gives 2022-04-29 (the page's date)",
     level="a city commission (Shanghai's development and reform commission), a notice forwarding the national notice "
           "on the electricity spot market with four requirements of its own to the grid company, the trading centre and "
           "others, dated",
     source=src("工程建设管理", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=da7dcd044fc34ff8b8d65f6ebc2d0e04&siteId=0025", 1611),
     style="addressees 「各有关单位：」, a preamble ending 「有关要求通知如下：」; four headed points 「一、充分认识….」–「四、…。」 with "
           "run-in headings over one paragraph each (一、 ends in 「，」); 「特此通知」 without a full stop, a bracketed contact "
           "line with spaces, the 附件 line naming the forwarded notice, the signature and date; blank lines between all "
           "paragraphs",
     leaf_tasks=4, count_alternatives=[3],
     leaf_tasks_by_section={"一、": 1, "二、": 1, "三、": 1, "四、": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note=FWD + "; 「请各单位提高政治站位，…切实履行工作职责，确保…」 — 各单位 a general call (round 33), 履行 no rule-2 verb "
               "(round 38: 「A履行…工作」 names no doer): " + NONE + "; a 「充分认识…重要意义」 point that the notice counts among "
               "its points is a task (round 44: 「各街镇要充分认识…重要性」; the count 3 without it accepted); 「当前…冲刺阶段」 "
               "no date: " + NODATE),
        S(["二"], [GRID], [GRID, TEAM], dl="2022年9月30日前", dln="2022-09-30", lead_alternatives=[[]],
          note=FWD + "; 「国网上海市电力公司牵头上海电力现货专班，…进一步修订并完善电力现货市场规则体系」 — A牵头 with an object reads "
               "as 「由A牵头B、C＋verb」 (round 33): lead A, responsible A, B; the 专班 is a standing team made an actor "
               "(round 34: a 专班 is a unit as printed), not one the item sets up; 「上海电力现货专班…应进一步…研究」 — 研究 no "
               "rule-2 verb (adds nothing new); 「各单位反馈意见」 a description; deadline: 「力争2022年5月20日前」「2022年6月10日前"
               "…并报送我委」「2022年9月30日前完成结算试运行工作方案编制并报送我委」 — several dates, the latest is the deadline "
               "(round 34), the last sending joined by 并 to the item's own work (round 49, p46c) → 2022-09-30; the two "
               "sendings to the commission are dated duties (below, RULING? 4)"),
        S(["三"], [], [GRID, EXCH], dl="2022年10月30日前", dln="2022-10-30",
          note=FWD + "; 「国网上海市电力公司负责…，上海电力交易中心负责…」 — two 负责 clauses (rule 2's several clauses) in printed "
               "order; 「请国网上海市电力公司、上海电力交易中心加快推进相关工作」 — 推进 no rule-2 verb, the same bodies; no 牵头: "
               "lead [] (round 30); deadline: 「确保2022年6月30日前开展首次模拟试运行工作，力争2022年10月30日前，…基本具备结算试运行"
               "条件」 — the item's own dates, the latest (round 34) → 2022-10-30"),
        S(["四"], [], [GRID, EXCH],
          note=FWD + "; 「请国网上海市电力公司、上海电力交易中心根据…进展情况，组织开展专项培训」 — 请A＋组织开展 (round 30: the request "
               "form; 组织＋work) → both doers; 「请各相关单位深入参与…，做好…支撑配合」 — a general call (round 33: 相关单位), "
               "and 参与 gives nothing without 由 (round 48); 「请市经济信息化委、华东能监局大力支持…，并…加快推动…」 — 支持 is no "
               "partner's word (round 48: 「请A、B…支持，加强…」) and 推动 no rule-2 verb → no units; no 牵头: lead [] (round "
               "30); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "完成模拟试运行工作方案编制并报送我委",
              "when": "2022年6月10日前", "when_norm": "2022-06-10",
              "note": "二、: the spot-market team sends the work plan it drafts to the issuing commission by a date — a one-off "
                      "dated sending the notice asks of a body it tasks (round 43), read as sent to inform: no word of "
                      "approval (审核／审定／批准) is printed (round 48's step of approval needs a decision) — RULING? 4"},
             {"what": "完成结算试运行工作方案编制并报送我委",
              "when": "2022年9月30日前", "when_norm": "2022-09-30",
              "note": "二、: the second plan sent the same way (RULING? 4)"}],
     notes=["counting: the preamble (the forwarded notice and 「有关要求通知如下：」) no task; " + FWD + " → 一、–四、 **4**. "
            "Accepted: 3 (一、, a call to understand the significance with a general call only, left out — round 44).",
            "units: 牵头 with an object (二、), two 负责 clauses (三、), 请A组织开展 (四、); general calls 各单位／各相关单位; "
            "市经济信息化委 and 华东能监局 asked to support (no partner's word, round 48); 我委 (the issuer) only receives",
            "dates: 2022年5月20日前, 6月10日前, 9月30日前 (二、, latest 2022-09-30), 6月30日前, 10月30日前 (三、, latest 2022-10-30); "
            "the signature 2022年4月25日; no phases",
            "figures: no targets — 发改办体改﹝2022﹞129号 (a document number, printed with ﹝﹞), the contact's phone and fax "
            "numbers 23119516 / 63584462"])

write_collected(DIR)
