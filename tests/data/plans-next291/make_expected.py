# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next291/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 57 (built by helper c291): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` in expected_tools); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head, and the "Round 64 rulings" to "Round 69 rulings" in
full; older rulings where a grep for a form led) applied to every item. Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next291/make_expected.py tests/data/plans-next291
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C03 = "49f4bb7b24691276dec660a576f20a54a0c46b63"     # index/03's commit; its stored files read there
STORED = ("the stored text (read whole with read_file at that commit); only the repository's wrapper was removed (YAML "
          "front matter, the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the notice "
          "title); the text was typed over from the read_file answer (the repository could not be fetched here) and each "
          "file checked by the near-twin bar; the stored file as typed (wrapper + text) had the character count read_file "
          "gives")


def src(path, url, chars):
    return f"{REPO} @ {C03}, docs/工程建设管理/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit; round 44 "
          "reads any verb of doing only in 第X条 articles (round 63 on x268_02: outside articles the closed list stands)")
NOSUBJ = ("a verb with no subject names no unit (round 30; round 49 p46d: a subjectless instruction), and a body that is the "
          "object of the item's verbs 「发挥A的优势」「提升A服务效能」 is no doer")
PIVOT = ("round 30 clarifications: the object of a pivot verb 「指导B…」「引导B…」「督促B…」「鼓励B…」 is not a unit; 鼓励／可 "
         "leave the act to the body (rounds 30, 40): no assignment")
OPTION = ("round 30 clarifications: an applicant 「向A申请」 and an option 「可…」 name no unit (a policy's beneficiary, like a "
          "receiver)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
WORK = ("round 34 (written early), round 62's x257_01: a numbered item whose text gives work (verbs of work, instructions) "
        "is a task though it names no body; in a plan that names almost no units every work item is a task (rounds 25/27)")
SAFEGUARD = ("round 46 (p46e, confirmed): 保障措施 items naming no unit are tasks where they give work (round 40), the count "
             "without them accepted; one that only calls is none")

# ---------------------------------------------------------------------------------------------------------
X01 = "x291_01_jinshan-fagaiwei-2026-dierpi-fuwuye-fazhan-yindao-zijin-shenbao-tongzhi.txt"
N01 = "关于开展2026年度第二批服务业发展引导资金项目申报工作的通知"
JS_FGW = "金山区发改委"

plan(X01,
     title=N01,
     title_note="the notice's own title line (line 1); the text prints no cover, no signature and no date",
     doc_no="none printed (the index row gives 「-」)",
     issuer="上海市金山区发展和改革委员会 (from the index row and the stored front matter; the text names 区发改委／金山区发改委 "
            "as the body that reviews, and signs nothing)",
     date="2026 (no date printed; the index row gives 「-」; the title's 2026年度 and 四/2's 「2026年6月5日」 fix the year)",
     level="a district development and reform commission (Jinshan, Shanghai): a call for the second 2026 batch of "
           "applications to the city's service-industry guiding fund — supported fields, applicants' conditions, the "
           "materials list, the procedure (applicants, streets and towns, the commission), support rates, a closing point",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=00818886&siteId=0081", 2852),
     style="no cover: title line, a preamble 「…相关事宜通知如下：」, six points 「一、…」–「六、」, numbered lines 「1.」 (「1. 」 with "
           "a space in 四、), 五、1. with （1）–（3） written 「(1)」 in half-width brackets; 三、's materials lines end with no 。; "
           "「沪府规〔2025]4号」 with mixed brackets as printed; ends 「特此通知。」; blank lines between all paragraphs",
     leaf_tasks=2, count_alternatives=[3, 4, 37],
     leaf_tasks_by_section={"一、": 0, "二、": 0, "三、": 0, "四、": 2, "五、": 0, "六、": 0},
     childless_top_level_sections=["六、其他"],
     samples=[
        S(["四", "3"], [], [], targets=(), dl="于7月24日前", dln="2026-07-24",
          responsible_alternatives=[["街镇（园区）"]],
          note="「街镇（园区）等单位登录专项资金项目管理平台…，及时对项目单位申报项目进行预审，并将预审通过后的项目于7月24日前转报至区发改委」 — "
               "a step in which a body reviews others' applications and passes them on is standing work, a task naming no "
               "unit (round 63's x268_04, round 66: 4、–6、 tasks naming no unit; rounds 51 p47c, 57, 67's x280_01: a review of "
               "a submission names none); 登录, 预审, 转报 are outside rule 2's closed list (" + CLOSED.split(' — ')[0] + "); "
               "the subject read as a unit accepted, 「等单位」 dropped as a bare tail (rounds 35, 64, 65's x278_03); the "
               "deadline is the one-off date the item sets for its own passing-on, its year the plan's (2026: title and 四/2 "
               "print it — EXPECTED.md, years resolved from the plan); 「及时」 no date; the passing-on is also a dated duty "
               "(below)"),
        S(["四", "4"], [JS_FGW], [JS_FGW, "有关部门"], lead_alternatives=[[]],
          note="「金山区发改委会同有关部门适时组织区级评审会议…对通过区级评审…的项目给予转报市级复审」 — rule 2's 「A会同B＋verb」 with 组织＋work "
               "(组织召开, rule 2's list): lead A, responsible A, B (lead [] accepted, round 30); 「A会同有关部门」 gives 有关部门 "
               "(round 64: plans-dev 03 十六 binds; round 66's x259_01); 适时 says when, no option (round 61); the note's "
               "答辩人员 are persons; the passing-on to the city is an undated duty (below); " + NODATE),
     ],
     plan_targets=[(500, "万元"), (60, "%"), (600, "万元"), (300, "万元"), (20, "%"), (50, "%")],
     phases=[],
     duties=[{"what": "将预审通过后的项目于7月24日前转报至区发改委", "when": "7月24日前", "when_norm": "2026-07-24",
              "note": "四/3: a plan body passing applicants' projects on after its own step (预审) sends them to the issuer — "
                      "a duty (round 46's 「初审后报镇」; round 49's x228_03; round 52's x236_01 分送; round 43: a one-off dated sending "
                      "asked of the bodies the notice tasks is a dated duty, round 64's x180_01); year from the plan (2026)"},
             {"what": "对通过区级评审且符合上海市引导资金支持方向的项目给予转报市级复审", "when": "", "when_norm": None,
              "note": "四/4: the commission passing projects on to the city after its own review — an undated duty (round "
                      "48's 转报; round 49's x228_03)"}],
     notes=["counting (leaf tasks; the notice is the plan, no cover): the preamble no task; 一、 1.–4. the fund's supported "
            "fields (a fund's 支持范围 lines name the classes it pays for — the scheme's terms, round 64, round 66's x143_02) "
            "no tasks; 二、 1.–7. conditions an applicant must meet and 三、 1.–17. the materials it hands in (round 35: lists "
            "that give no work; round 52's x236_01 三、具备条件, 六、提交材料) no tasks; 四、1. and 2. the applicants' own "
            "steps (contacting the street, applying online by 7月5日) — rules for the applicant, no task and no duty (round "
            "52's x236_03, round 57 on 沪交科〔2021〕873号 三、（二）2.: the applicants' dated sending is a rule for the applicant); 四、3. and 4. the "
            "serving bodies' steps → 2; 五、 the support rates (1.（1）–（3）, 2.: who is paid and how much, with no doer "
            "and no 要／应 — terms, rounds 62's w52b, 64, 66) no tasks; 六、其他 「如获得支持，项目单位应严格按照…规范使用引导资金，"
            "并认真配合…检查和验收等工作」 the funded applicant's obligations, a rule for the beneficiary (round 35's "
            "commitments 「申报企业应承诺…」, round 57's applicant) → **2**. Accepted: 3 (六、 as a childless point giving work "
            "with 应, round 34 early — RULING? 1), 4 (四、1., 2. as the procedure's steps, the applicants' 申报 with its "
            "dates), 37 (every numbered leaf, read as a plan naming no units).",
            "units: 四、4. only (会同 with 组织); 街镇（园区） reviews and passes on (accepted beside none); the applicants, "
            "项目单位／项目申报单位, are no units (round 30)",
            "dates: no date printed for the notice; 四、2. 「申报开始时间2026年6月5日，截止时间为7月5日24：00」 is the "
            "applicants' window (a rule for the applicant, no task, no phase: no stage of the plan's own work); 四、3. "
            "「于7月24日前」 2026-07-24 (the year from the title's 2026年度 and 四、2.'s 2026年6月5日); 二、4.'s 「2025年8月15日"
            "以后开工」 and 二、2.'s 「2025年度」 select projects (a class), no deadlines",
            "figures: plan targets (round 48: thresholds an applicant must meet in a conditions list are plan targets; "
            "round 62's w52b, round 66's x143_02: the scheme's rates are plan targets): 二、3. 「总投资必须达500万元以上」 "
            "500 万元, 三、7. 「需达到项目总投资额的60%以上」 60 %, 五、1.（1） 「原则上不超过600万元」 600 万元, （2） 「最高不超过项目"
            "总投资的20%，支持金额不超过300万元」 20 % and 300 万元, 2. 「按照市级支持资金的50%的比例」 50 %; not checked: 二、5. "
            "「3年内」 (内 alone, round 65), 二、6. 「最多只能有一个项目」, 二、7. 「1年以上」, the upload limit 「不超过50M」 (an "
            "applicant's rule); 沪府规〔2025]4号 a document number"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x291_02_yangpu-2023-xitong-jicheng-jingzhun-shice-gongcheng-jianshe-yingshang-huanjing-xingdong-jihua.txt"
P02 = "杨浦区关于系统集成、精准施策，提升完善工程建设领域营商环境的行动计划"
N02 = "关于转发《杨浦区关于系统集成、精准施策，提升完善工程建设领域营商环境的行动计划》的通知"
CENTRE = "区审批审查中心"


def N2(path, note, **kw):
    """An item of x291_02 that names no unit by rule 2 (no date in it unless the note says so)."""
    return S(path, [], [], note=note + "; " + NODATE, **kw)


plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the plan's own title line (line 25, after the outer cover and the forwarded notice with their signatures "
                "and dates: round 62 m52, round 60's x256_06) or the outer cover's title (line 1): either (round 45's pair)",
     doc_no="杨建委〔2023〕41号 (from the index and the stored front matter; the text prints only the forwarded notice's "
            "「杨建审改【2023】1号」)",
     issuer="上海市杨浦区建设和管理委员会 (the outer cover's signature), forwarding the notice of 杨浦区工程建设项目审批制度改革工作领导小组",
     date="2023-07-10",
     date_note="the outer cover is dated 2023年7月10日 (the index the same); the forwarded notice 2023年3月17日",
     level="a district construction commission (Yangpu, Shanghai) forwarding the district approval-reform group's action "
           "plan on the business environment in construction: 12 numbered measures in three groups (approval centre, "
           "qualifications, pile-first permits, staged acceptance, utility hook-ups, tendering, credit), three "
           "safeguards, three attachments (terms explained, an acceptance form, a flow chart's title)",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=0077705938afa63fc3565db0db7105c768cb&siteId=0077", 5847),
     style="two covers: the commission's forwarding notice (addressee, one paragraph, an 「附件：」 line naming the "
           "forwarded notice, signature, date), then the group's notice (title, number 「杨建审改【2023】1号」, addressee, "
           "paragraph, signature, date); the plan's title line; a preamble; 「一、」 points with 「（一）」 groups; measures "
           "numbered 「1、」–「12、」 straight through the three groups of 二、, each a run-in heading sentence and its "
           "paragraph on one line; 三、保障措施 「1、」–「3、」; 「附件1：」–「附件3：」 lines, then 附件1's six numbered "
           "terms, 附件2's form as one cell a line, 附件3's title alone; blank lines between all paragraphs",
     leaf_tasks=15, count_alternatives=[12, 17],
     leaf_tasks_by_section={"一、总体要求": 0, "二、主要举措": 12, "三、保障措施": 3},
     childless_top_level_sections=[],
     samples=[
        N2(["二", "（一）", "1"],
           "「…发挥区审批审查中心资源集成整合的优势，对于项目建设过程中的难点、堵点问题，定期组织相关单位开展联合会商会审…」 — 组织＋开展 is rule "
           "2's form, but the sentence has no subject: the heading 「做实区审批审查中心」 makes the centre the object of 做实, and "
           "「发挥A的优势」 a possessor inside an object (" + NOSUBJ + "); 相关单位, the object of 组织, is none (round 30); "
           "[区审批审查中心] accepted as the carried doer of 组织 — RULING? 2; 「定期」 no date",
           responsible_alternatives=[[CENTRE]]),
        N2(["二", "（一）", "2"],
           "「完善…机制，…提供精准政策指导和高效审批服务，每年针对科技园区和重点企业，开展不少于两次宣贯培训。采用告知承诺…」 — no subject (" + NOSUBJ
           + "); " + WORK + "; target: 「不少于两次」 a floor with a comparison word (round 30's line), 两 read as 2, 次 the "
           "unit as printed; 「每年」 a rhythm (round 34), no deadline",
           targets=[(2, "次")]),
        N2(["二", "（一）", "3"],
           "「落实建筑业头部企业的跟踪服务机制，由专人主动对接头部企业，提供全周期“一对一”服务…」 — 落实 with no subject is an instruction "
           "(round 49 p46d); 「由专人」 names a person, and a person is never a unit (round 30 clarifications) — " + NONE),
        N2(["二", "（一）", "4"],
           "「鼓励建筑师负责制…先行先试。…建设单位可在立项前提前开展设计招投标…责任建筑师及其团队依托所在企业，受建设单位委托，代表建设单位对…进行管理。"
           "责任建筑师及其团队可提供…服务」 — " + PIVOT + "; 「建设单位可…」 an option (" + OPTION + "); the responsible architect "
           "and his team are persons (round 30: a person is never a unit; round 48's teams of persons), acting by 进行管理 "
           "and 可提供, outside rule 2 — " + NONE),
        N2(["二", "（二）", "6"],
           "「…办理范围进一步扩大到全区各类建筑工程。实施桩基础工程单独施工发包的，无需提供…，建设单位可凭设计方案批准文件…申请办理桩基础工程施工许可证，"
           "先行开展桩基础工程施工…」 — the builder applies and may start piling: " + OPTION + "; 「实施…发包的」 a class of projects "
           "(round 69: a 的-class is read as the objects of the work), its 实施 no clause of the item's work — " + NONE),
        N2(["二", "（二）", "8"],
           "「建设单位在自行组织五方验收通过后，通过告知承诺的方式，向区审批审查中心申请项目主体工程或单体建筑提前验收…区审批审查中心整合区建管委、规划资源局"
           "意见，对申请人出具行业审查意见…其他专业验收主管部门加强事中事后监管」 — the builder's 组织五方验收 stands in a 在…后 clause that "
           "says when its application may go in, and applying is the builder's own step (round 30's applicant; round 52's "
           "x236_03: rules for the applicant); the centre's 整合…意见, 出具…审查意见 is a review of a submission and the "
           "decision on it, naming none (rounds 51 p47c, 57, 63; round 67's x280_01); 加强 outside articles is none (round "
           "30) — " + NONE + "; [建设单位] accepted (组织验收 is rule 2's own form) — RULING? 3",
           responsible_alternatives=[["建设单位"]]),
        S(["二", "（二）", "10"], [], ["服务单位"], lead_alternatives=[["服务单位"]],
          not_targets=[(3, "个工作日")],
          note="「…区审批审查中心完成信息接收，并将项目需求分送给相应的服务单位。服务单位完成所有踏勘后，…服务单位到现场实施接入服务…办理时限进一步压缩至3"
               "个工作日内完成」 — 实施 is rule 2's verb (「A…实施…」, the subject of 实施), so 服务单位 is a doer, a kind with a "
               "head, as printed (round 32); the centre's 完成信息接收 and 分送 are outside the list (" + CLOSED.split(' — ')[0]
               + "), its passing-on a duty (below); 「系统自动以区审批审查中心名义出具…」: a system acting in the centre's name, "
               "no body doing (round 68: 以…名义 says in whose name it acts, and here the actor is a system, a thing); "
               "建设单位 可一并填写, an option; " + ONE_LEAD + "; 「3个工作日内」: 内 alone is no comparison word (round 65 "
               "turned x275_05: only 以内／之内 or another comparison word makes a limit a target) and a processing time is "
               "a step's time, no target and no deadline (round 65's x276_02 「…7个工作日内办理审批」) → not_target — RULING? 4; "
               + NODATE),
        N2(["二", "（三）", "11"],
           "「鼓励建设单位提前启动勘察、设计招投标…倡导采用工程总承包模式…建设单位可根据项目实际，自主选择单独开展桩基础工程施工发包…」 — " + PIVOT
           + "; 「建设单位可…」 an option; 项目施工总承包单位 is the object of 纳入…统一管理's place, no doer — " + NONE),
        N2(["二", "（三）", "12"],
           "「加强建筑市场主体信用分类结果在…中的综合应用…完善和实施建筑市场主体“红名单”和“黑名单”制度，推进部门间信息共享…支持帮助企业进行信用修复」 — "
           "no subject (" + NOSUBJ + "); 「实施…制度」 has no subject; 企业 is helped (a receiver) — " + NONE),
        N2(["三", "1"],
           "「强化组织实施。…充分发挥区工程建设项目审批制度改革工作领导小组作用…区领导小组办公室要发挥日常协调作用，细化任务分工，做好沟通对接。各部门要依照职责分工，"
           "配强人员力量…」 — " + SAFEGUARD + "; 要＋发挥／细化／做好 and 要＋配强 are no rule-2 verbs (" + CLOSED.split(' — ')[0]
           + "); 「充分发挥A作用」 has A as the object of 发挥; 各部门…配强 a general call with no rule-2 verb (round 30) — "
           + NONE + "; the run-in heading 「强化组织实施」 has no subject"),
        N2(["三", "2"],
           "「严格督查考评。做好…考核迎评工作，加强对各项改革政策落地情况的督导检查，将各项改革举措执行情况…纳入重点考核内容…」 — " + SAFEGUARD
           + "; no subject — " + NONE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "区审批审查中心完成信息接收，并将项目需求分送给相应的服务单位", "when": "", "when_norm": None,
              "note": "二/（二）/10: a plan body passing applicants' papers on after its own step has an undated duty — round "
                      "52's x236_01 confirmed this very form 「将项目信息和咨询需求分送相应的服务单位」 (round 46; round 49's x228_03)"}],
     notes=["counting (leaf tasks, from the plan's title (line 25) to its 「附件1：」 line — plans-dev EXPECTED.md lines 19–25; "
            "the outer cover and the forwarded notice are one plan with the plan they forward, 'Two documents under one "
            "cover', their instructions 「请参照执行」「请认真按照执行」 no tasks): the preamble no task; 一、（一）指导思想 (a stance) "
            "and （二）主要目标 (「一是…二是…」 aims, round 64's q08: a run inside an item is its text; round 68 turned: 工作目标 "
            "items that state aims are no tasks) no tasks; 二、 1、–12、 12 tasks (a measure whose text gives work is a task "
            "though it names no body — the plan names almost no units); 三、保障措施 1、–3、 give work (organising, checking and "
            "review, training and publicity) and name no unit: tasks (round 46's p46e, round 40) → **15**. Accepted: 12 (the "
            "safeguards as a plan's safeguards naming no unit, seeds EXPECTED.md lines 3–5; round 46: the count without them "
            "accepted), 17 (一、（一）,（二） as tasks too). 附件1's six numbered terms (a glossary: 「…是指…」「…包括…」, "
            "definitions, round 30), 附件2's form and 附件3's title stand after the 附件 line: out of the count.",
            "units: the measures are written without subjects, so rule 2 finds a doer in one only (二/（二）/10's 服务单位 "
            "by 实施); applicants 建设单位 and options 可 name none; the approval centre acts by verbs outside the closed list "
            "(整合, 出具, 完成, 分送) or stands as an object; persons (专人, 责任建筑师及其团队) are never units",
            "dates: 2023年7月10日 (the cover), 2023年3月17日 (the forwarded notice); no item is dated (「每年」「定期」「及时」 "
            "rhythms and manners); no phases",
            "figures: 二/（一）/2 「不少于两次」 a target (2 次); 二/（二）/10 「3个工作日内」 not a target (RULING? 4); the "
            "document numbers 沪府办规【2023】1号, 沪建建管【2022】315号, 杨建审改【2023】1号, 沪住建规范[2023]1号 are not "
            "targets; 「三种入驻模式」「五方验收」 name kinds (no comparison word)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x291_03_jinshan-2024-duibiao-gaige-chixu-youhua-yingshang-huanjing-xingdong-fangan.txt"
P03 = "金山区坚持对标改革持续优化营商环境行动方案"
N03 = "关于印发《金山区坚持对标改革持续优化营商环境行动方案》的通知"


def N3(path, note, **kw):
    """An item of x291_03 that names no unit by rule 2 (no date in it)."""
    return S(path, [], [], note=note + "; " + WORK.split(";")[0] + "; " + NODATE, **kw)


plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the plan's own title line (line 19, after the cover's signature, date and the 「附件」 line: round 62 m52) "
                "or the cover's title (line 1): either (round 45's pair)",
     doc_no="金营联办〔2024〕3号 (from the index and the stored front matter; the text prints none)",
     issuer="金山区优化营商环境联席会议办公室, 金山区发展和改革委员会（代章） (the cover's two signature lines)",
     date="2024-03-22",
     date_note="the cover is dated 2024年3月22日 (the index the same); the plan prints no date of its own",
     level="a district business-environment office (Jinshan, Shanghai): a yearly action plan of 27 numbered measures in "
           "four actions (market entry, premises, utilities, labour, finance, trade, tax, disputes, competition, exit; "
           "policy delivery, government services, parks, foreign investment, projects, firm services; supervision; talent, "
           "public services, technology, land, the Yangtze delta, publicity), written without subjects",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=00810b3b61e0ee7f4f85cb88d9d820b66082&siteId=0081", 9001),
     style="a cover (addressee, one paragraph, 「特此通知。」, an 「附件：…」 line, two signature lines, date), a lone 「附件」 "
           "line, the plan's title, a preamble, four points 「一、实施…行动」–「四、」, measures 「1.」–「27.」 numbered straight "
           "through, each a run-in heading sentence 「深化市场准入改革。」 and its paragraph on one line; no 保障措施 section; "
           "blank lines between all paragraphs",
     leaf_tasks=27, count_alternatives=[],
     leaf_tasks_by_section={"一、": 10, "二、": 6, "三、": 5, "四、": 6},
     childless_top_level_sections=[],
     samples=[
        N3(["一", "1"],
           "「大力推动登记注册全程网办，加强行政审批窗口建设，做好做强“小红鑫提前服务工作室”…引导集中登记地企业守法经营…」 — no subject (" + NOSUBJ
           + "); 企业, the object of 引导, is none (" + PIVOT.split(';')[0] + ") — " + NONE),
        N3(["一", "5"],
           "「…指导区级政府性融资担保机构加快转型…引导银行为中小微企业提供综合金融服务…支持企业以应收账款申请担保融资，机关、事业单位作为应付款方收到确权请求的，"
           "及时确认债权债务关系…配合市地方金融管理局审核自由贸易账户拟拓展企业名单…」 — " + PIVOT + "; the 机关、事业单位 sentence is a case "
           "「收到…请求的」 whose verb 确认 is outside rule 2 (rule 3's case; round 30's closed list); 配合 has no subject and "
           "市地方金融管理局 is the body helped, a partner (round 38's liaison) — " + NONE),
        S(["一", "8"], ["相关行业主管部门"], ["相关行业主管部门", "市场监管部门"], lead_alternatives=[[]],
          note="「相关行业主管部门会同市场监管部门强化对资产评估、会计审计、工程造价、质量鉴定等高频评估鉴定事项的监管，督促中介机构规范收费、勤勉履职」 — rule "
               "2's 「A会同B＋verb」: lead A, responsible A, B (lead [] accepted, round 30); both are kinds with a head, units "
               "as printed (rounds 32, 34; 相关 says which, round 64's 「相关部门、单位」); 中介机构, the object of the pivot "
               "督促, is none (round 30); the other sentences of the item have no subject; " + NODATE),
        N3(["二", "14"],
           "「加强区域外商投资资源整合…进一步加强与市商务委、市外国投资促进中心、市外商投资企业协会以及知名地产咨询公司、律所等机构的联系，建立紧密合作关系…」 — the "
           "bodies after 与 are the partners the district liaises with, no doers of its work (round 38's liaison 「与A对接」; "
           "round 67's 「A与B进行清算」's counterpart); no subject — " + NONE),
        N3(["二", "15"],
           "「完善招商引资签约项目跟踪落实服务机制…力争项目快签约、快注册。发挥区领导挂帅督导、职能部门横向协作、镇园区主体责任三级协调机制…」 — "
           "职能部门 and 镇园区 stand inside the name of a mechanism, the object of 发挥 (round 30: a body inside a noun's "
           "description is not a doer); 区领导 are persons — " + NONE),
        N3(["二", "16"],
           "「常态化落实好“1+1+1”组团式服务、领导干部包干走访、中小企业服务专员等机制…建立重点企业政策“服务包”制度…充分发挥12345热线、企业服务云等各类"
           "渠道和平台作用…」 — 落实 with no subject is an instruction (round 49 p46d); 领导干部 and 服务专员 are persons; the "
           "hotline and cloud are channels (round 66's x21_03), objects of 发挥 — " + NONE + "; 「1+1+1」 and 12345 are "
           "names with digits, no targets (not checked)"),
        N3(["三", "17"],
           "「…探索推行“一业一查”“综合查一次”等新模式…两个以上部门对同一监管对象实施不同行政检查且可以同时开展的，原则上应实行跨部门联合检查，除有…"
           "等情形外，原则上每年不得超过两次」 — 部门 are the subject of 实施 inside a condition 「…的，」, which names the case the rule "
           "answers, not the item's work (rule 3: a clause inside a case); 应实行 has no subject of its own — " + NONE
           + "; target: 「原则上每年不得超过两次」 a ceiling with 超过 (round 30's line; 原则上不超过 is in the list) → 2 次; "
           "「两个以上部门」 a threshold inside the condition (round 66: any figure inside such a condition reads by the "
           "line) is not checked (the same figure 2 in another unit)",
           targets=[(2, "次")]),
        N3(["三", "21"],
           "「…按需安排“法治体检”服务团…以现代化工职业学院考试点为基础，着力打造综合性安全生产资格考试点…联合区安全生产体感中心，运用“金英讲堂”执法普法品牌，"
           "采用“送教+体验”的方式分级分批开展“百、千、万人”安全教育培训工作…」 — 联合 reads as 会同 (rounds 34, 64), but the clause has no "
           "subject to lead it, and the partner of a 会同 with no lead stands as the object of 联合 — " + NONE + "; "
           "[区安全生产体感中心] accepted (the partner as a co-doer of 开展) — RULING? 5; 「百、千、万人」 a campaign's name, "
           "no target",
           responsible_alternatives=[["区安全生产体感中心"]]),
        N3(["四", "22"],
           "「启动“上海湾区”人才计划评选…提供创新创业、人才发展…等六大类便利化服务…推进“15分钟就业服务圈”和“长三角零工市场”建设…鼓励企业通过新平台发布招聘信息…」 — "
           "no subject; 企业 the object of 鼓励 — " + NONE + "; 「15分钟就业服务圈」 is a name with digits (EXPECTED.md: "
           "names containing digits are not targets) → not_target; 「六大类」 names kinds (no comparison word), not checked",
           not_targets=[(15, "分钟")]),
        N3(["四", "23"],
           "「改善人才居住条件，加大住房保障力度，增加保障性租赁住房和人才公寓供应，新增供应房源2400套…推动华师大二附中金山实验学校新建工程二期开工建设」 — no "
           "subject; the hospitals and schools named are the projects pushed (objects) — " + NONE + "; target: 「新增供应房源2400套」, "
           "the number of work the item sets (round 62 decided; round 67's x282_05) → 2400 套; 「一期」「二期」「三级甲等」 "
           "are names",
           targets=[(2400, "套")]),
     ],
     plan_targets=[],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks; the cover notice and the plan it issues as its attachment are one plan, 'Two documents "
            "under one cover'; from the plan's title (line 19) to its end — it has no 附件 of its own): the preamble no task; "
            "「1.」–「27.」 27 measures, each a run-in heading and its paragraph giving work, in four work sections (no "
            "工作目标, 保障措施 or 组织实施 section) → **27**; no other count is accepted (the four 「一、实施…行动」 points have "
            "children, so they are no leaves).",
            "units: written without subjects; rule 2 finds a doer only in 8. (会同); partners of 与 and 联合, objects of "
            "推动／引导／指导／鼓励／督促, mechanisms' names and persons (区领导, 领导干部, 服务专员) name none",
            "dates: 2024年3月22日 (the cover); no item is dated (「常态化」「及时」「每年」 no dates); no phases; no duty (no "
            "sending to a receiving body is asked: 「推动区内破产案件涉案信息填报工作」 has no sender or receiver named)",
            "figures: 17. 2 次 and 23. 2400 套 targets; 22. 15 分钟 not a target (a name); 「1+1+1」, 12345, 「百、千、万人」 "
            "names; 「两个以上部门」 (17.) a threshold in a condition, not checked"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x291_04_chongming-yingjiju-2025-shengchan-anquan-shigu-zhuanxiang-yingji-yuan.txt"
P04 = "上海市崇明区生产安全事故专项应急预案"
N04 = "关于印发《" + P04 + "》的通知"
HQ = "区安全生产应急救援指挥部"
LEADU = "区级应对牵头单位"
TOWN = "事发地所在乡镇政府（园区）"
H2, H3, H4, H5, H6, H7 = "2  组织指挥体系", "3  先期处置", "4  应急处置", "5  后期处置", "6  应急保障", "7  预案管理"


def d04(*parts, para=None):
    """Line and first eight characters of a path under x291_04's decimal headings, looked up after 「1  总则」. A part is a
    heading line as printed 「2.2区应对牵头单位」, a bare number 「4.1.1」 whose text runs on the same line, or an item
    「（3）」; ``para`` finds, after the path, the unnumbered paragraph that opens with those words (a paragraph after a
    heading's items). A path ending in a heading gives the heading's words and the text after them (as plans-next285's
    ``dec``); one ending in a number or an item gives the words after it."""
    lines = (DIR / X04).read_text(encoding="utf-8").split("\n")
    i = next(n for n, t in enumerate(lines) if t.strip() == "1  总则")

    def hit(line, part):
        t = line.strip()
        if part.startswith("（"):
            return t.startswith(part)
        if re.fullmatch(r"\d+(\.\d+)+", part):
            return t.startswith(part) and len(t) > len(part) and t[len(part)] not in "0123456789."
        return t == part

    for part in parts:
        while not hit(lines[i], part):
            i += 1
    if para:
        while not lines[i].strip().startswith(para):
            i += 1
        return {"line": i + 1, "title_starts": lines[i].strip()[:8]}
    last = parts[-1]
    if last.startswith("（"):
        rest = lines[i].strip()[len(last):]
    elif re.fullmatch(r"\d+(\.\d+)+", last):
        rest = lines[i].strip()[len(last):].strip()
    else:
        j = i + 1
        while not lines[j].strip():
            j += 1
        head = re.sub(r"^\d+(\.\d+)*\s*", "", lines[i].strip())
        rest = head + lines[j].strip()
    return {"line": i + 1, "title_starts": rest[:8]}


PLAN_NODATE = ("an 应急预案 is a standing plan: no item writes a date (「30分钟内」「1小时内」 are limits from an event, rounds "
               "33, 54) → " + NODATE)
SETUP = ("round 67 (x285_01 2.1, confirmed): 「主要职责：（1）…（6）」 of the headquarters the item sets up — the item that sets a "
         "body up gives its duties no unit (rounds 35, 63's x270_03 四), and the lead-in 「…主要职责：」 makes its lines items")
LEADS = ("「X事故：A牵头」 — rule 2's 「A牵头」: lead A, responsible A (plans-dev's 牵头单位; seeds' labels); 「分别牵头」 gives each its "
         "share, all leads in printed order; a bracket stating a scope 「（生产、经营、储存、使用）」「（道路）」 is dropped (rounds 43, 55, "
         "63, 65's 市公用事业局(环卫局): only a bracket naming the same body stays)")
GROUP = ("a working group listed in 2.3's opening paragraph, each item 「X组。由A牵头，主要负责…」: 由A牵头 names A lead and "
         "responsible (rule 2); the group itself, set up in the item's own heading paragraph, takes no unit from its 主要负责 "
         "(round 67's x285_01 2.1: the item that sets a body up gives its duties no unit)")

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the plan's own title line (line 13, after the cover's signature and date) or the notice title (line 1): "
                "either (round 45's pair)",
     doc_no="沪崇应急〔2025〕6号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市崇明区应急管理局 (the cover's signature)",
     date="2025-01-27",
     date_note="the cover is dated 2025年1月27日 (the index the same); 「本预案自发布之日起施行」 (8 附则)",
     level="a district bureau (Shanghai Chongming's emergency management bureau) issuing the district's revised contingency "
           "plan for production-safety accidents, approved by the district government: organisation (a headquarters, the "
           "bodies that lead by kind of accident, an on-site headquarters of nine working groups), first response, response "
           "by level, on-site measures, recovery, safeguards, plan management; 附件1 a grading list, 附件2 27 bodies' duties",
     source=src(N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=test_c68e8c7b-b5d3-4c73-9daf-fcda5017afe9&siteId=0085", 10580),
     style="a cover (addressees 「各乡镇人民政府、各有关单位：」, one sentence 「…请认真按照执行。」, an 「附件：」 line naming the plan, "
           "signature, date); the plan's title; top headings 「1  总则」…「8  附则」 with two spaces; decimal headings run into "
           "their words with no space 「2.1区安全生产应急救援指挥部」, each on its own line over unnumbered paragraphs; 4.1.1, "
           "4.1.2, 6.1.1, 6.1.2, 6.6.1, 6.6.2 numbers run into their text; 4.2.1–4.2.3 and 4.4.1–4.4.5 third-level heading "
           "lines; items 「（1）…」 under 2.1 (after 「主要职责：」), 2.2 (unit-colon lines 「X事故：A牵头。」, a closing paragraph), "
           "2.3 (nine groups 「（1）综合协调组。由A负责…」, a closing line) and 4.3 (after 「…并采取下列处置措施：」, two closing "
           "paragraphs); 8 附则 childless; 「附件：1.…」「2.…」 lines, 附件1 a grading list 一、–四、 with （一）–（三）, 附件2 "
           "「1.区发展改革委：…」…「27.…」 duty paragraphs; blank lines between all paragraphs",
     leaf_tasks=69, count_alternatives=[68, 70, 67, 96, 59],
     leaf_tasks_by_section={"1  总则": 0, "2  组织指挥体系": 26, "3  先期处置": 3, "4  应急处置": 24, "5  后期处置": 3,
                            "6  应急保障": 9, "7  预案管理": 3, "8  附则": 1},
     childless_top_level_sections=[],
     samples=[
        S([H2, "2.1区安全生产应急救援指挥部", "（3）"], [], [], responsible_alternatives=[[HQ]],
          note="「（3）组织、指导、协调生产安全事故应对工作；」 under 「…区级应急响应启动后，设立区安全生产应急救援指挥部…成员单位由…组成。主要职责：」 — "
               + SETUP + "; the members are no units (rule 3); " + NONE + "; the headquarters by 组织 accepted (as round 67 "
               "kept it accepted); " + PLAN_NODATE, **d04(H2, "2.1区安全生产应急救援指挥部", "（3）")),
        S([H2, "2.2区应对牵头单位", "（2）"], ["区应急局", "区公安分局", "区交通委", "崇明海事局", "区生态环境局"],
          ["区应急局", "区公安分局", "区交通委", "崇明海事局", "区生态环境局"],
          note="「（2）危险化学品事故：区应急局（生产、经营、储存、使用）、区公安分局（道路<除桥梁、隧道以外>）、区交通委（…）、崇明海事局（海上运输）、区生态环境局（废弃物）分别牵头。」 — "
               + LEADS + "; each item a task: the bodies lead separate classes, no one body's work in parts (round 65's x279_01 "
               "第三条 is one work divided where a first share stands unnumbered before the items; here the lead-in only says "
               "which kind of body leads, and every share is an item) — RULING? 6; " + PLAN_NODATE,
          **d04(H2, "2.2区应对牵头单位", "（2）")),
        S([H2, "2.2区应对牵头单位", "（10）"], ["活动主办（承办）机构", "主管部门"], ["活动主办（承办）机构", "主管部门"],
          lead_alternatives=[["活动主办机构", "主管部门"]],
          note="「（10）区级重大活动相关生产安全事故：活动主办（承办）机构或主管部门牵头。」 — rule 2's 「A牵头」: lead A, responsible A; 或 gives both (round 30: 「由A或B…」); 「（承办）」 names the other role of the same organiser, kept as printed "
               "(round 65's bracket naming another name of the same body), the name without it accepted; " + PLAN_NODATE,
          **d04(H2, "2.2区应对牵头单位", "（10）")),
        S([H2, "2.2区应对牵头单位"], [], ["区安全生产委员会"], lead_alternatives=[["区安全生产委员会"]],
          note="「其它未列事故类别，由区安全生产委员会指定牵头应对单位。」 — the paragraph after 2.2's items is one more task (rounds 36, 38, "
               "54; round 67's x284_01 十二、), its path its heading's; the agent of 由 with a verb of doing (指定 designates, round "
               "34) → " + ONE_LEAD + "; " + PLAN_NODATE,
          **d04(H2, "2.2区应对牵头单位", para="其它未列事故类别")),
        S([H2, "2.3现场指挥部", "（1）"], [], [LEADU], lead_alternatives=[[LEADU]],
          note="「（1）综合协调组。由区级应对牵头单位负责，主要负责会议组织、信息汇总、综合协调和资料管理等职责。」 — " + GROUP + "; 由A负责: "
               + ONE_LEAD + "; 区级应对牵头单位 a kind with a head, the one 2.2 defines, as printed (round 32); " + PLAN_NODATE,
          **d04(H2, "2.3现场指挥部", "（1）")),
        S([H2, "2.3现场指挥部", "（2）"], ["区消防救援支队"], ["区消防救援支队"], lead_alternatives=[[]],
          note="「（2）救援行动组。由区消防救援支队牵头，主要负责组织指挥人员搜救、灾情控制等任务。」 — " + GROUP + "; lead [] accepted "
               "(round 30); " + PLAN_NODATE, **d04(H2, "2.3现场指挥部", "（2）")),
        S([H2, "2.3现场指挥部", "（6）"], [TOWN], [TOWN], lead_alternatives=[[]],
          note="「（6）善后工作组。由事发地所在乡镇政府（园区）牵头，主要负责通知接待家属…等工作。」 — " + GROUP + "; 所在 says which (rounds "
               "40, 55), the bracket 「（园区）」 a further body of the same tier kept with the name as printed (round 65's 区建管委"
               "（交通委、水务局）); lead [] accepted; " + PLAN_NODATE, **d04(H2, "2.3现场指挥部", "（6）")),
        S([H3, "3.1即时处置"], [], ["事发单位"], lead_alternatives=[["事发单位"]],
          note="「发生生产安全事故时，事发单位应立即按照本单位生产安全事故应急预案，组织职工展开自救互救…实施即时处置…」 — 「A组织B＋verb」 "
               "and A实施 (rule 2): A a doer, 职工 persons (the pivot's object); the item's whole work is the response to the "
               "accident, so its agent is a doer (round 30's 「发生…时，由A负责处置」; round 67's x285_01 5.2 事故单位); "
               + ONE_LEAD + "; " + PLAN_NODATE, **d04(H3, "3.1即时处置")),
        S([H3, "3.2联动处置"], [], ["区应急联动中心", "区消防救援支队"],
          note="「区应急联动中心、区消防救援支队接警后，应当迅速组织、调度相关应急联动（成员）单位赶赴现场，组织实施人员搜救…」 — 组织 and 组织实施 "
               "(rule 2), both in printed order; the units dispatched are the pivot's object (round 30); 接警后 says when "
               "(round 34: a time from an event); no 牵头: lead []; " + PLAN_NODATE, **d04(H3, "3.2联动处置")),
        S([H4, "4.1信息报告与通报", "4.1.1"], [], [], not_targets=[(30, "分钟"), (1, "小时")],
          note="「4.1.1一旦发生一般及以上级别生产安全事故，区级应对牵头单位接到事故报告后，应在30分钟内以口头方式、1小时内以书面方式向区委、区政府报告…」 — "
               "a sending names no doer, under 由 or as a subject (round 48's x220_02 5.1.1; round 39; round 67's x285_01 5.1): "
               + NONE + "; the report is an undated duty (below); 30分钟内, 1小时内 are limits from an event with 内 and no "
               "comparison word (rounds 33, 54; round 65's x275_05) → not targets; " + PLAN_NODATE,
          **d04(H4, "4.1信息报告与通报", "4.1.1")),
        S([H4, "4.3指挥与协调", "（5）"], [], [], responsible_alternatives=[[HQ]],
          note="「（5）组织应对有关单位和专家进行会商。」 under 「…区安全生产应急救援指挥部视情设立现场指挥部，并采取下列处置措施：」 — the lead-in's "
               "verb is 采取 (no rule-2 clause, so rule 4 gives nothing: round 67's x285_02 3), and a subject carried through the "
               "colon to the item's own 组织 brings 视情 with it: 视情 makes the act hang on circumstances and reaches every verb "
               "joined to it (round 67 turned x285_03 4.3: the four → none, and they stay accepted) — " + NONE + "; the "
               "headquarters accepted; " + PLAN_NODATE, **d04(H4, "4.3指挥与协调", "（5）")),
        S([H4, "4.3指挥与协调"], [], [HQ + "成员单位"], lead_alternatives=[[HQ + "成员单位"]],
          note="「区安全生产应急救援指挥部成员单位按照各自职责分工，组织协调本系统、本行业、本领域应急救援力量和资源协同处置。」 — the first of two "
               "paragraphs after 4.3's items, a task (rounds 36, 38, 54; round 67), its path its heading's; 组织＋work (rule 2's "
               "组织 with a verb, 「组织协调…协同处置」); members' own work is rule 2 (round 30: 「各成员单位职责：A负责…」), the "
               "member list in 2.1 not; the name as printed (round 30) — " + ONE_LEAD + "; " + PLAN_NODATE,
          **d04(H4, "4.3指挥与协调", para="区安全生产应急救援指挥部成员单位")),
        S([H4, "4.4现场处置", "4.4.1方案制定"], [], [HQ, "现场指挥部", LEADU],
          note="「区安全生产应急救援指挥部、现场指挥部或区级应对牵头单位组织研判事故影响范围…制定现场处置方案…涉及工艺处置技术方案须经专家组审核」 — 组织＋"
               "work (rule 2; round 34's 组织＋verb), 或 gives all (round 30: 「由A或B…」 both doers); the headquarters set up in "
               "2.1 and 4.3 are doers in later items (round 36); 专家组 only approves (「须经A审核」, rule 3); no 牵头: lead []; "
               + PLAN_NODATE, **d04(H4, "4.4现场处置", "4.4.1方案制定")),
        S([H4, "4.5信息发布"], [], ["区政府", "应对牵头单位", "新闻宣传部门"],
          responsible_alternatives=[["区政府", "应对牵头单位"], ["区政府", "经授权的应对牵头单位", "新闻宣传部门"]],
          note="「生产安全事故信息发布由区政府或经授权的应对牵头单位负责…新闻宣传部门配合做好信息发布及现场媒体管理工作。」 — 由A负责 with 或 (both doers, "
               "round 30); the 的-rule leaves the head after the last 的 (round 32; round 66's 「经招标承担…的保险机构」), the full "
               "phrase accepted; 「A负责…，B配合」: B responsible after any rule-2 doer (round 30); the rules for those taking part "
               "「不得擅自…」 and the subjectless 「应当第一时间…发布信息」 add none; no 牵头: lead []; " + PLAN_NODATE,
          **d04(H4, "4.5信息发布")),
        S([H5, "5.1善后处置"], [], [TOWN, LEADU, "区民政局", "区财政局", "有关责任单位"],
          lead_alternatives=[[TOWN]], responsible_alternatives=[[TOWN, LEADU, "区民政局", "区财政局"]],
          note="「事发地所在乡镇政府（园区）负责善后处置…区级应对牵头单位、区民政局、区财政局等部门和有关责任单位予以协助。」 — A负责 (rule 2), then 「B…予以协助」 "
               "after a rule-2 doer: responsible (round 30); 「区财政局等部门」 — a bare 「等部门」 tail dropped (rounds 64, 65); 有关责任单位 "
               "keeps a kind (责任单位), unlike the no-kind 「有关单位」 (rounds 33, 43, 64), the list without it accepted; A as the "
               "lead accepted (plans-dev 03 一); " + PLAN_NODATE, **d04(H5, "5.1善后处置")),
        S([H6, "6.5医疗保障"], [], ["区卫生健康部门"], lead_alternatives=[["区卫生健康部门"]],
          note="「区卫生健康部门负责组织协调区医疗救护队伍实施伤员的现场急救…；必要时，请求市政府紧急调集…」 — A负责 (rule 2; 「A负责组织B＋verb」, "
               "the teams the pivot's object, round 30); 必要时 a case, and 请求 asks (市政府 a receiver, rule 3) — " + ONE_LEAD + "; "
               + PLAN_NODATE, **d04(H6, "6.5医疗保障")),
        S([H7, "7.3演练"], [], [LEADU, "生产经营单位"],
          responsible_alternatives=[[LEADU, "生产经营单位", "区级负有安全生产监管职责的部门"]],
          note="「区级应对牵头单位和生产经营单位应当建立应急预案演练制度，通过…组织应急预案所涉及的单位、人员、装备、设施进行演练…区级负有安全生产监管职责的部门加强对…演练的评估指导」 — "
               "the subject 「A和B」 carried to 组织B＋verb (rule 2; round 34: a verb with no subject of its own carries the "
               "subject before it) → both doers, the units drilled the pivot's object; 生产经营单位 a party by a kind (rule 2 does "
               "not ask who the body is, rounds 34, 62); 加强 outside articles is none (round 30), the list with that body "
               "accepted; no 牵头: lead []; " + PLAN_NODATE, **d04(H7, "7.3演练")),
        S(["8  附则"], ["区应急局"], ["区应急局", "有关部门"], lead_alternatives=[[]],
          responsible_alternatives=[[]],
          note="「本预案由区应急局会同有关部门负责具体解释与组织实施。区政府相关部门和各乡镇政府（园区）按照本预案的规定履行职责，并制定相应的应急预案。本预案自发布之日起施行…」 — "
               "a closing point that also gives work is a task (round 39; round 67 confirmed x285_01 9 附则); the interpreting "
               "body alone is no unit (rule 3), but here 「由A会同B负责…组织实施」 gives the plan's implementation too: rule 2's "
               "会同 with 负责 → lead 区应急局, responsible 区应急局, 有关部门 (round 64: 「A会同有关部门负责」 gives 有关部门, "
               "plans-dev 03 十六) — RULING? 7; 履行职责 names no doer (round 67) and 制定 is outside the list; none accepted "
               "(the sentence read as the interpreting clause only); the entry into force on issue no date; " + NODATE,
          **d04("8  附则")),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "区级应对牵头单位接到事故报告后，应在30分钟内以口头方式、1小时内以书面方式向区委、区政府报告",
              "when": "接到事故报告后30分钟内口头、1小时内书面", "when_norm": None,
              "note": "4.1.1: a body the plan tasks sending the accident's facts up (round 44: what a tasked body meets in its "
                      "work, sent on; round 48's x220_02 5.1.1; round 67's x285_01 5.1): an undated duty, its limits counted "
                      "from an event"},
             {"what": "由区级应对牵头单位按规定向区委、区政府报告", "when": "", "when_norm": None,
              "note": "4.1.2: the report of accidents with deaths or injuries listed as important matters — an undated duty "
                      "(as above)"},
             {"what": "区安全生产应急救援指挥部及时将生产安全事故及处置情况报告市安全生产应急救援指挥部", "when": "及时", "when_norm": None,
              "note": "4.2.1: the district headquarters' report to the city headquarters — an undated duty (及时 no date)"}],
     notes=["counting (leaf tasks as in plans-next285's x285_01, confirmed in round 67, and plans-next220's x220_02: the "
            "lowest decimal heading with text, or its 「（N）」 items; paragraphs under a heading are its text; a paragraph after "
            "a heading's items is one more task): the cover (「请认真按照执行」, its 「附件：」 line naming the plan: one plan with "
            "the plan it issues) no task; 1 总则 1.1–1.6 (purpose, basis, scope, accident grades, response grades, principles) "
            "general provisions (round 30); 2.1 （1）–（6） 6 (the headquarters' duties, tasks naming no unit, round 67), 2.2 "
            "（1）–（10） 10 and its closing paragraph 1 (its opening 「各负有安全生产监督管理职责的部门是…应对牵头单位」 a lead-in), "
            "2.3 （1）–（9） 9 (its opening paragraphs compose the on-site headquarters of persons and groups, a lead-in; the "
            "closing 「乡镇（园区）级现场指挥部具体设置参照本预案执行」 a 参照 scope, round 64's x53_04: no task) → 26; 3.1–3.3 → 3; "
            "4.1.1, 4.1.2 2; 4.2.1–4.2.3 3 (4.2's own paragraph 「…可适当提高应急响应级别…适时调整…」 a lead-in); 4.3 （1）–（10） 10 "
            "and its two closing paragraphs 2; 4.4.1–4.4.5 5; 4.5, 4.6 2 → 24; 5.1–5.3 → 3; 6.1.1, 6.1.2, 6.2–6.5, 6.6.1, "
            "6.6.2, 6.7 → 9; 7.1–7.3 → 3; 8 附则 1 (a closing point giving work, round 67's x285_01 9) → **69**. Accepted: 68 "
            "(6.6.1 「…所需的经费，按照有关规定程序予以安排」 as money terms with no doer, round 64), 70 (4.2's paragraph a task), 67 "
            "(4.3's two closing paragraphs as one, or 8 附则 as a general provision and 6.6.1 out), 96 (69 with 附件2's 27 "
            "numbered duty paragraphs, as plans-next285 accepted 49), 59 (2.2's ten lines and closing paragraph as one task — "
            "RULING? 6). 附件1 (grade bands) and 附件2 stand after the 附件 lines: "
            "out of the count (round 67: attached duty lists left out).",
            "units: 牵头 lines (2.2), 由A牵头／负责 (2.3), 组织＋work (3.1, 3.2, 4.4.1, 7.3, 4.3's closing paragraph), 负责 (4.5, "
            "5.1, 6.5), 会同 (8); the headquarters set up in 2.1 gives its own duties no unit there (round 67) and is a doer "
            "later (round 36); persons (指挥长, 主任, 副区长, 负责人, 专家, 职工, 应急救援人员) are never units; reports name no doer; "
            "视情／必要时 make acts hang on circumstances (4.3's items, 3.3's second paragraph, 6.4's 公安)",
            "dates: 2025年1月27日 (the cover), in force on issue; every item undated (a standing plan); limits from events "
            "(30分钟内, 1小时内) no deadlines; no phases; three undated duties (4.1.1, 4.1.2, 4.2.1), the accident unit's own "
            "facts (3.1 「提供与事故相关的详细技术数据」, a party reporting what befell it, round 32) not written as one",
            "figures: no targets; not targets 30 分钟, 1 小时 (4.1.1); 4.1.2's 「一次造成1人以上死亡或3人以上受伤的生产安全事故信息」 "
            "a class of accidents to report inside a noun (round 66's class reading; not checked); 附件1's bands 30人以上 … "
            "1000万元以下 (grade bands in definitions, rounds 32, 66's x81_04: no target; outside the count); 「11·9」 a day's name"])

# round 57 (rul73): answers aligned to tests/data/CONVENTIONS.md "Round 70 rulings, written early" (turned; README, round 57)
from aligned_rulings import align73  # noqa: E402

align73("x291_01", None, "「如获得支持，项目单位应严格按照…规范使用引导资金，并认真配合项目执行情况检查和验收等工作。…」 (六、): round 58's x122_01 commitments are conditions of an application 「申报企业应承诺…」; a funded party bound by 应 to spend its funds by the rules and take part in their check gives work, as x246_03 第十六条 is a task by its 应 (its spender no unit, round 48's cost verbs) — 六、 a childless point that is a task naming no unit (not sampled)",
        "Tasks and counts, turned: round 55's x246_03 and round 67's x281_02 over round 58's commitments; 2 stays accepted",
        counts={"leaf_tasks": 3, "count_alternatives": [2, 4, 37],
                "leaf_tasks_by_section": {"一、": 0, "二、": 0, "三、": 0, "四、": 2, "五、": 0, "六、": 1}})
align73("x291_02", ["二", "（二）", "8"], "「建设单位在自行组织五方验收通过后，…向区审批审查中心申请…提前验收」: 组织验收 is one of rule 2's own examples, read wherever it stands in the item; a clause before 后 says when, and its subject does the work it names (round 68's x52_02); an acceptance is work done on the works (round 65's x279_01); applying names none (round 30), but a body doing work by another clause keeps it (round 48)",
        "Units, turned: rule 2's own 组织验收 and round 68's x52_02 over the applicant reading; none stays accepted",
        lead=[], resp=["建设单位"], alt=[["建设单位"]], resp_alt=[[]])

write_collected(DIR)
