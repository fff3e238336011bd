# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next262/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 52 (built by helper c262): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 58 rulings", "Round
59 rulings, written early" and "Round 60 rulings" included) applied to every item. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next262/make_expected.py tests/data/plans-next262
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
CLOSED = ("round 30: rule 2's forms are a closed list (做好, 加强, 开展, 进行, 建立, 编制, 发放 … name no doer); round 44's "
          "any-verb reading is for 第X条 articles only, and round 45 keeps headed points out of it")
ONE_LEAD = "a single doer by rule 2 with no 牵头: lead [], the doer as lead accepted (plans-dev 03 一)"
HEADED = ("round 34 (early) / round 51 p47b: a childless point whose text gives work (a rule-2 doer, or an instruction "
          "要／应 with no doer) is a task, in a document of numbered items too (round 36)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x262_01_shi-yingjiju-2021-weihuapin-shuangchong-yufang-jizhi-jianshe-shidian-gongzuo-fangan.txt"
P01 = "上海市危险化学品双重预防机制建设试点工作方案"
N01 = "上海市应急管理局关于印发" + P01 + "的通知"
CIP = "上海化学工业区管理委员会"
JS = "金山区应急管理局"
CITY = "市应急局"
STAGE = ("六、时间节点's stage written as a name and a time with its work under it is a phase and a task (round 33: stages "
         "in a 时间节点／实施步骤 section); the stage's span gives its item the span's end where the item writes no date of "
         "its own (round 35); the year is the notice's, 2021 (signed 2021年8月20日; EXPECTED.md: a year left implicit is "
         "resolved from the plan's date)")

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the plan's own title line (line 13, after the cover) or the notice title (line 1): either (round 60: the "
                "plan's own title line after its cover is its title; round 45's 「plan（notice）」 pair)",
     doc_no="沪应急危化〔2021〕65号 (the index and the stored front matter; the text prints 「应急危化〔2021〕65号」 without 沪)",
     issuer="上海市应急管理局",
     date="2021-08-20",
     date_note="the cover is dated 2021年8月20日 (the index the same)",
     level="a city bureau (Shanghai's emergency management bureau), a pilot plan for the dual prevention mechanism (risk "
           "grading and hidden-hazard checks) in six hazardous-chemical enterprises of two industrial parks",
     source=src("工程建设管理", N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=03caaf2f646a4f6c86e432488ce4adc2&siteId=0037", 3778),
     style="a cover (addressees, one sentence 「请认真执行」, signature, date, a contact line in brackets); the plan's title "
           "line; a preamble; 一、工作目标 and 三、试点内容 and 四、工作小组 childless (四 four paragraphs); 二、 a lead-in over "
           "（一）–（三） lists of enterprises; 五、实施步骤 （一）–（四） heading lines over paragraphs; 六、时间节点 （一）–（四） "
           "stage lines 「（一）建设准备阶段（8月上旬至8月中旬）」 over one paragraph each; 七、保障措施 （一）–（五） heading lines "
           "over one paragraph each, then an unnumbered paragraph of sending dates; the 附件 line; no blank lines inside the plan",
     leaf_tasks=15, count_alternatives=[16, 14, 17],
     leaf_tasks_by_section={"三、": 1, "四、": 1, "五、": 4, "六、": 4, "七、": 5},
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["三"], [], [], responsible_alternatives=[["各试点企业"]],
          note="「各试点企业应按照《双控指南》…要求，积极开展双重预防机制建设试点工作。建设内容主要包括：成立组织机构、…实施分级管控…」 — "
               "an instruction with 应 (" + HEADED + "); 开展 is no rule-2 verb (" + CLOSED + "), and 实施分级管控 stands inside "
               "the list of 建设内容 (a noun's content, round 30), not as the clause's verb: " + NONE + "; 各试点企业 accepted "
               "(the reading that takes 实施 in the list as its verb); " + NODATE),
        S(["四"], [], [], responsible_alternatives=[[CIP, JS]],
          note="四、工作小组 is childless with four paragraphs: one task (round 34 early's childless headed point, one paragraph "
               "or several); it sets up three levels of working groups and gives them their work — an item that sets up "
               "groups and sends them to work gives work (round 57's x255_06), and 「各级工作小组应设置具体联络人」 is an "
               "instruction; the subject of each 「主要负责…」「工作推进小组负责…」 is the group the item sets up (rounds 35, 41, "
               "48: a group's remit), no unit; 市应急局分管领导／分管领导／企业主要负责人 are persons (round 30); 「…等相关处室根据"
               "各自职责协同推进试点工作」 — 协同 with no partner names no doer (round 39), and no rule-2 doer stands in the item "
               "for it to join (round 34's 配合 needs a doer); 成立 is no rule-2 verb outside articles (round 46): " + NONE
               + "; the two park bodies accepted (round 57's x253_06 carried-subject reading of 负责); 「每周调度」 is a duty "
               "(below); " + NODATE),
        S(["五", "（一）"], [], [CITY], lead_alternatives=[[CITY]],
          note="「市应急局负责编制…总体方案」 — A负责 (rule 2); 「各试点企业…编制…具体工作方案」 — 编制 is no rule-2 verb (" + CLOSED
               + "); " + ONE_LEAD + "; the item is no stage (五、实施步骤's items carry no time; the stages are 六's), and the "
               "cover's sending date 8月20日 is 七's: " + NODATE),
        S(["五", "（二）"], [], [CITY], lead_alternatives=[[CITY]], responsible_alternatives=[[]],
          note="「市应急局根据试点进度安排，适时组织上海化学工业区管理委员会、金山区应急管理局及各试点企业开展专题培训，…并组织市级…专家为"
               "试点企业把脉问诊」 — 「A组织B＋verb」: A the doer, B the pivot's object no unit (round 30); 适时 is read as a time "
               "word (when the schedule calls), not as 视情／必要时 (round 53's option) — RULING? 1, none accepted; 「各试点企业要"
               "…开展专题培训」 — 开展 no rule-2 verb; " + ONE_LEAD + "; " + NODATE),
        S(["五", "（四）"], [], [CITY], lead_alternatives=[[CITY]],
          note="「市应急局将在企业自评的基础上，组织专家组对各企业试点工作进行评估」 — 组织＋work makes its subject a doer (round 34; "
               "round 47's p45c: 将 and the issuer's own name change nothing); the 专家组 are persons (round 48); 「试点企业…要对"
               "试点工作进行总结自评」 — 进行 no rule-2 verb (round 37); 「有效运行一段时间后」 is a time from an event (round 34): "
               + NODATE + "; " + ONE_LEAD),
        S(["六", "（一）"], [], [], dl="8月上旬至8月中旬", dln="2021-08",
          note="「成立组织机构，编制…方案，组织开展专项教育培训，…指导部署信息平台建设」 — subjectless: 组织开展 with no subject "
               "standing names no doer (round 41's run-in 「组织高校学生…」; round 47) — " + NONE + "; " + STAGE + " → 8月中旬, "
               "2021-08"),
        S(["六", "（二）"], [], ["试点企业", CITY], dl="8月下旬至10月底", dln="2021-10",
          responsible_alternatives=[[CITY]],
          note="「试点企业完善管理制度、…制定管控措施、实施分级管控、…全面完成试点建设工作」 — 实施 is rule 2's verb wherever it is "
               "printed as the clause's verb (round 57's x251_04; round 43), and 试点企业 is a kind of regulated party (round "
               "34): a doer; 「市应急局组织开展市级双重预防平台建设」 — 组织开展 (rule 2); lead [] (no 牵头); [市应急局] alone "
               "accepted (the reading of the enterprises' verbs as one list of work with no rule-2 clause); " + STAGE
               + " → 10月底, 2021-10"),
        S(["六", "（四）"], [], [], dl="11月中旬至11月底", dln="2021-11",
          responsible_alternatives=[[CIP, JS, "试点企业"]],
          note="「上海化学工业区管理委员会、金山区应急管理局、试点企业对试点建设工作进行总结，并…提出意见和建议」 — 进行 and 提出 (no 申请, "
               "round 51) are no rule-2 verbs outside articles (" + CLOSED + "): " + NONE + "; the three accepted (round 45's "
               "article reading); " + STAGE + " → 11月底, 2021-11"),
        S(["七", "（三）"], [], [], responsible_alternatives=[[CITY]],
          note="「市应急局将…纳入年度考核内容，对…的单位给予考核加分。同时，将…纳入…评审范围，更新评审要素。并考虑…实施差额安全生产责任保险"
               "费率。上海化学工业区管理委员会、金山区应急管理局…制定激励约束机制」 — 纳入 (no money) and 给予加分 are outside rule 2 "
               "(round 55's x250_01); 实施 stands as the object of 考虑 (to consider doing), which makes the step tentative, "
               "read as an option like 视情 (round 53) that reaches the verb joined to it (round 40) — RULING? 2, [市应急局] "
               "accepted (round 57: 实施 read wherever printed as the clause's verb); 制定 no rule-2 verb: " + NONE + "; "
               + NODATE),
        S(["七", "（五）"], [], [CIP, JS, "各试点企业"], responsible_alternatives=[[]],
          note="「市应急局…及时调度建设进展」 — 调度 no rule-2 verb; 「上海化学工业区管理委员会、金山区应急管理局、各试点企业要明确试点工作"
               "责任人和具体联络人，负责建设工作的跟踪和联系…」 — the sentence's subjects carry to 负责 (round 57's x253_06 「…明确…联络员,"
               "负责做好…」: the set-up persons are not the subject unless the text makes them so; persons are never units, "
               "round 30); none accepted; lead [] (no 牵头); the unnumbered paragraph after it 「请各试点企业于8月20日前，报送…；"
               "每星期四15时前，报送…；11月25日前，报送…总结报告」 goes on with （五）'s 信息报送 and is read as its body (round 32; "
               "one more task accepted, round 40: count 16); its dates are the duties' (below), and the item's work goes on "
               "through the pilot (跟踪, 及时调度), so no sending date is its deadline (round 49 p46c; round 50's x233_01) — "
               "RULING? 3: " + NODATE + " of its own work"),
     ],
     plan_targets=[],
     phases=[{"name": "建设准备阶段", "start": "2021-08", "end": "2021-08"},
             {"name": "全面建设阶段", "start": "2021-08", "end": "2021-10"},
             {"name": "运行评估阶段", "start": "2021-10", "end": "2021-11"},
             {"name": "总结提升阶段", "start": "2021-11", "end": "2021-11"}],
     duties=[{"what": "各级工作小组应设置具体联络人，负责每周调度试点工作进展", "when": "每周", "when_norm": "weekly",
              "note": "四、: a recurring coordination rhythm of the plan's groups (EXPECTED.md: recurring reporting／coordination "
                      "rhythms are duties)"},
             {"what": "请各试点企业于8月20日前，报送试点方案、试点责任人、工作联络人", "when": "8月20日前", "when_norm": "2021-08-20",
              "note": "the paragraph after 七、（五）: a one-off dated sending the notice asks of the bodies it tasks with the "
                      "pilot's work (round 43 turned; round 48's x224_01, tasked senders), not a regulated party's standing "
                      "filing (round 41); the year is the notice's"},
             {"what": "试点期间每星期四15时前，报送试点进展情况", "when": "每星期四15时前", "when_norm": "weekly",
              "note": "the same paragraph: a weekly report of progress (round 40's standing rhythm of reporting, sent by the "
                      "bodies the plan tasks)"},
             {"what": "11月25日前，报送试点工作总结报告", "when": "11月25日前", "when_norm": "2021-11-25",
              "note": "the same paragraph: a dated report (round 43)"}],
     notes=["counting: the cover (「请认真执行」) and the preamble no tasks; 一、工作目标 a childless section of aims (round 49); "
            "二、试点企业范围's lead-in and （一）–（三） only name the pilot enterprises, on whom the work bears (round 44's "
            "fields; round 35: a list that gives no work) — no task; 三、 (1) and 四、 (1) childless points that give work; "
            "五、（一）–（四） 4; 六、（一）–（四） 4 (stages with work, round 33); 七、（一）–（五） 5, the closing paragraph of "
            "sending dates （五）'s body → **15**. Accepted: 16 (the closing paragraph one more task, round 40), 17 (and 二、 "
            "as one task by its lead-in 「选取…开展…试点工作」), 14 (四、 as a section that only sets up groups, round 57's "
            "x255_03 reading).",
            "units: 市应急局 by 负责 and 组织＋work; the pilot enterprises by 实施 (六、（二）) and by the carried subject of "
            "负责 (七、（五）); the park bodies act mostly by verbs outside rule 2 (做好, 进行, 成立, 建立健全, 加强, 制定); the "
            "set-up groups and persons (分管领导, 负责人, 联络人, 专家) are no units",
            "dates: 2021年8月20日 (the cover); the four stages of 六、 (phases, and the deadlines of their own items); "
            "五、 and 七、 items none; the sending dates 8月20日／每星期四／11月25日 are duties",
            "figures: none checked — 5个方面 / 「5优」 (a goal's name), 3个行业6家 (the pilot enterprises picked, existing "
            "objects, round 38), 15时 (a clock time), the phone numbers"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x262_02_shi-yingjiju-2021-zhengfu-wangzhan-yunxing-baozhang-gongzuo-zhidu.txt"
P02 = "“上海应急管理”政府网站运行保障工作制度"
N02 = "上海市应急管理局关于印发“上海应急管理”政府网站运行保障工作制度的通知"
XJ = "宣教信息中心"
XC = "宣传培训处"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title, printed over two lines (11 「“上海应急管理”政府网站」, 13 「运行保障工作制度」), or the notice "
                "title (line 1): either (round 60; round 45's pair)",
     doc_no="沪应急宣培〔2021〕59号 (the index and the stored front matter; the text prints no number)",
     issuer="上海市应急管理局",
     date="2021-07-23",
     date_note="the notice is dated 2021年7月23日 (the index the same); the rules passed the bureau's meeting on 2021年6月24日",
     level="a city bureau's internal rules for running its government website: duties of its offices, principles, "
           "requirements per section of the site, and the procedures for content and for columns",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9fc53efb1d0844aea7789dae7e3fe22f&siteId=0037", 6551),
     style="addressees 「局机关各处室、各直属事业单位、各区应急管理局:」, one sentence, signature, date; the rules' title over "
           "two lines; a preamble; 一、适用范围 one paragraph; 二、职责分工 six paragraphs each opening with a body; 三、 a lead-in "
           "over （一）–（三） heading lines with paragraphs; 四、 a lead-in over （一）–（六） headings 「（一）“新闻中心”版块。」 "
           "with paragraphs; 五、 （一） a lead-in over 「1．信息采集。…」–「4．…」 (full-width ．), （二） one paragraph; the "
           "附件 line, then the attachment's column table (栏目名称／信息更新方式／责任部门, one cell a line, no row numbers); blank "
           "lines between all lines",
     leaf_tasks=13, count_alternatives=[15, 14],
     leaf_tasks_by_section={"二、": 1, "三、": 1, "四、": 6, "五、（一）": 4, "五、（二）": 1},
     childless_top_level_sections=["一、适用范围"],
     samples=[
        S(["二"], [], [XC, "办公室", "科技保障处", "规划财务处", XJ, "局网站运维单位", "各处室", "各直属事业单位", "各区应急管理局"],
          responsible_alternatives=[[XC, "办公室", "科技保障处", "规划财务处", XJ, "各处室", "各直属事业单位", "各区应急管理局"]],
          note="二、职责分工 is a childless section of unit paragraphs each opening with a body: one task, its units every body "
               "the text gives work in printed order (round 32; rounds 34, 54: a 职责分工 heading gives out work, any verb); "
               "under it the object of 督促 given work 「督促、联系局网站运维单位落实…」 is a unit (rounds 37, 40); the liaison "
               "partners 「保持与市政府办公厅、市大数据中心等…的沟通」 are no units (round 38); 规划财务处's 「负责…经费保障」 is "
               "负责 with money kept as work (round 37); the list without 局网站运维单位 accepted; lead [] (no 牵头); " + NODATE),
        S(["三", "（二）"], [], ["各处室"], lead_alternatives=[["各处室"]],
          note="a principle heading 「严格审查，确保质量。」 whose text gives concrete work: 「各处室应当对本处室发布的信息严格审查、管理…。"
               "要加强意识形态工作审查，严格落实…各项要求」 — 落实 is rule 2's whatever its object (round 49 p46d), its elided "
               "subject carried inside the paragraph (round 34): 各处室, a kind (处室); an item is read by its words, not its "
               "heading (round 58 on 基本原则 sections: one giving concrete work by rule 2 is a task); 三、（一） 「局网站应当及时…"
               "发布…」 and （三） 「…坚持“统一管理…”…各处室应当高度重视…」 state principles and calls, no tasks (round 49; the "
               "count with them, 15, accepted); " + ONE_LEAD + "; " + NODATE),
        S(["四", "（一）"], [], [], responsible_alternatives=[["各处室", "各直属事业单位", "各区应急管理局", XJ, XC]],
          note="「…各栏目内容由各处室、各直属事业单位和各区应急管理局在…平台上报，宣教信息中心初核，宣传培训处终审发布，各相关部门协同做好…"
               "报送工作」 — a sending under 由 names no doer (round 48 governs, x220_02; round 59's x259_02), 初核／终审发布 "
               "without 由 are outside rule 2's closed list in headed points (" + CLOSED + "), and 协同 with no partner names "
               "none (round 39): " + NONE + "; the five accepted (由 read over the chain, and the any-verb reading, round 45); "
               "the offices' content sent for review and publication is a step of approval, no duty (round 46); " + NODATE),
        S(["四", "（二）"], [], [XJ], lead_alternatives=[[XJ]], not_targets=[(20, "个工作日"), (7, "个工作日")],
          note="「宣教信息中心负责做好“信息公开”板块信息内容的管理维护」 — A负责 (rule 2); 「各处室…做好…编辑、报送、审核工作」 — 做好 "
               "no rule-2 verb; 「应当自信息形成或者变更之日起20个工作日内…发布」「自作出行政决定之日起7个工作日内予以公开」 — limits "
               "counted from an event with no comparison word: the deadline rule, neither a target nor a deadline (round 33; "
               "round 54: 「自…之日起30日内完成」) → 20 and 7 个工作日 not targets; " + ONE_LEAD + "; " + NODATE),
        S(["四", "（四）"], ["政策法规处"], ["政策法规处", "相关处室"], lead_alternatives=[[]],
          note="「政策法规处会同相关处室要…做好局长信箱和监督投诉类信件答复处理工作」 — 「A会同B＋verb」: lead A (lead [] accepted), "
               "responsible A, B (rule 2; round 30); 相关处室 is a kind (处室, like 相关部门, round 33), not the bare 相关单位; "
               "「各相关部门要按照职能分工，及时做好…工作」 — 做好 no rule-2 verb: no unit by it; " + NODATE),
        S(["四", "（六）"], [], [XJ, "各相关部门"], responsible_alternatives=[[XJ]], lead_alternatives=[[XJ]],
          note="「宣教信息中心…负责做好向“中国上海”门户网站报送更新信息、回复社会监督员意见等工作；各相关部门协同做好信息报送、数据提供等"
               "相关工作」 — A负责 (rule 2), and 「其他有关部门…协同开展相关工作」 after a doer's clause makes them responsible "
               "(round 39; round 47's q44a: a kind, no call); [宣教信息中心] alone accepted; lead [] (no 牵头), the doer "
               "accepted; the sending of updates to the city portal is a duty (below); " + NODATE),
        S(["五", "（一）", "1"], [], ["各相关处室", "各直属事业单位", "各区应急管理局", "牵头处室", "相关处室"],
          responsible_alternatives=[["各相关处室", "各直属事业单位", "各区应急管理局"]],
          note="「由各相关处室、各直属事业单位、各区应急管理局根据…采集并撰写…信息稿件」 — 由A＋a verb of doing (round 34): the three "
               "are doers; 「涉及跨部门的信息采集，由牵头处室负责组织撰写，相关处室协同提供信息或数据」 splits the item's own work by its "
               "objects (round 40), not a contingency: 牵头处室, a bare role the plan never names, is a unit as printed (round 51 "
               "p47c; its 牵头 is part of a noun, no lead), and 相关处室 协同 after a doer is responsible (round 39); the three "
               "alone accepted; lead [] (no 牵头 as a verb); the items of 五、（一） complete the lead-in 「应当按以下流程操作：」 "
               "(round 50's colon lead-in has no subject to carry); " + NODATE),
        S(["五", "（一）", "4"], ["原信息报送处室"], ["原信息报送处室", XJ, XC],
          lead_alternatives=[[]], responsible_alternatives=[["原信息报送处室", XJ]],
          note="「由原信息报送处室提供更新信息，经宣传培训处审核后交宣教信息中心更新、更正或删除。其中属于重要…信息的，原信息报送处室报请分管"
               "局领导审批同意后会同宣传培训处交宣教信息中心予以更新…」 — 由A提供 (information, not money: 由A＋a verb of doing, "
               "round 34); 经B审核 an approver (rule 3); 「交B更新」 read as 「交由B＋verb」 (round 33): B a doer; the second "
               "sentence splits the work by its objects (round 40), and its 「A…会同B…」 gives lead A and B responsible (rule 2; "
               "round 45: every lead named); 报请…领导审批 is a step of approval to persons (round 46; round 30) — RULING? 4 "
               "(the reading of 交 without 由, and of 会同 in a branch as the item's lead); lead [] and the pair without "
               "宣传培训处 accepted; " + NODATE),
        S(["五", "（二）"], [], ["处室", XJ], responsible_alternatives=[["提出需求的处室", XJ]],
          note="「局网站栏目需要新增、修改或删除的，由提出需求的处室进行前期可行性论证，…经宣传培训处会签后报…局领导审批同意后，宣传培训处"
               "交宣教信息中心进行新增、修改或删除」 — 由A进行＋work is a doer (round 43), and the 的-rule leaves 处室 (round 32; "
               "round 57's 「建造…的单位」 → 单位; the whole phrase accepted); 经B会签 an approver (rule 3); 「交宣教信息中心进行…」 "
               "read as 「交由B＋verb」 (round 33, RULING? 4): 宣教信息中心 a doer; 宣传培训处, the subject of 交 (no rule-2 "
               "verb), none; the opening 「…的」 names the objects the procedure answers (round 56), not a contingency; lead []; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "宣教信息中心负责做好向“中国上海”门户网站报送更新信息", "when": None, "when_norm": None,
              "note": "四、（六）: a plan body sending information to another body's portal (rounds 35, 36, 44: a report or "
                      "information sent is a duty), undated; the offices' content sent for review and publication (四、"
                      "（一）, 五、（一）/2) is a step of approval (round 46), no duty"}],
     notes=["counting: the notice (「请认真遵照执行」) and the preamble no tasks; 一、适用范围 a scope (general provision, "
            "round 30); 二、职责分工 one task (round 32); 三、 （二） only (（一）, （三） principles and calls, round 49; the "
            "lead-in 「应当遵循以下原则：」 no task); 四、（一）–（六） 6 (each gives work by 由／负责／会同 or an instruction 应当／要; "
            "the lead-in 「…共设立…5大版块」 states the site's structure); 五、（一） 1．–4． 4 (the lead-in opens them) and "
            "（二） 1 → **13**. Tasks are counted to the 附件 line (EXPECTED.md): the attachment's column table (栏目 → 责任部门, "
            "no row numbers, group cells 「政务公开」「依申请公开」 between rows) is not counted. Accepted: 15 (三、（一）, （三） "
            "as tasks, round 58's 「read by its words」 with 应当), 14 (one of them).",
            "units: the offices by 负责 (most items), 由A采集／提供／进行, 会同, 落实 (carried subject), and the 职责分工 "
            "section's bodies; the websites, portals and the 平台 are no bodies (a thing, round 41); persons (局领导, 负责人) "
            "never units",
            "dates: 2021年6月24日 (the meeting), 2021年7月23日 (the notice); no item date; 20／7个工作日内 limits from an "
            "event (no deadline); no phases",
            "figures: not targets 20个工作日, 7个工作日 (limits from an event, round 33); 5大版块 (the site's structure), "
            "第8次 (a meeting's ordinal) not checked"])


# ---------------------------------------------------------------------------------------------------------
X03 = "x262_03_shi-jiaotongwei-2021-shanghai-gang-kouan-fuwu-he-shoufei-xingwei-tongzhi.txt"
N03 = "关于进一步规范上海港口岸服务和收费行为的通知"
RULES03 = ("the operators act by verbs outside rule 2 (规范, 计收, 制定, 公示, 加强, 做好, 备案, 执行, 设置, 明确); a regulated party "
           "by its kind is a doer only by a rule-2 form (round 34), and outside 第X条 articles the closed list stands (round "
           "44; round 45 keeps headed points out of the article reading)")

plan(X03,
     title=N03,
     title_note="the notice title (line 1)",
     doc_no="沪交发〔2021〕30号 (the index prints 「沪交发 〔2021〕30号」 with a space; the text prints no number)",
     issuer="上海市交通委员会 with 上海市商务委员会, 上海市市场监管局 and 上海市道路运输管理局 (four signatures, one a line; the "
            "index lists 上海市交通委员会)",
     date="2021-05-27",
     date_note="the notice is signed 二〇二一年五月二十七日; the index dates it 2021-06-07 (its publication)",
     level="four city commissions and bureaus (Shanghai), a notice of seven headed points on port services and charges: "
           "what operators must do, what they are encouraged to do, and the supervising departments' work",
     source=src("工程建设管理", N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=a267c0a7f98f450aaf34f6a8002ec2df&siteId=0010", 1603),
     style="addressees 「各有关单位：」, a preamble ending 「现将有关事项通知如下：」; seven headed points 一、–七、, each one paragraph "
           "(the number and the text on one line); four signatures one a line, the date in Chinese numerals; blank lines "
           "between all paragraphs; an ASCII 「;」 inside 二、",
     leaf_tasks=5, count_alternatives=[6, 7],
     leaf_tasks_by_section={"二、": 1, "三、": 1, "四、": 1, "五、": 1, "七、": 1},
     childless_top_level_sections=[],
     samples=[
        S(["二"], [], [], responsible_alternatives=[["各口岸服务经营者"]],
          note="「各口岸服务经营者应依法规范各类经营服务性收费行为。…实行市场调节价的收费应…自主制定收费标准，并…公示…。同时，各口岸服务经营者"
               "应加强动态管理，及时做好…更新工作。本市鼓励…」 — instructions 应 to a kind of party give work (" + HEADED + "); "
               + RULES03 + ": " + NONE + "; 鼓励 names no doer (round 40); the operators accepted (the article reading); " + NODATE),
        S(["三"], [], [], responsible_alternatives=[["国际海上运输经营者"]],
          note="「国际海上运输经营者收取的…附加费用，应当按照…第十五条…向上海航运交易所（…）备案，国际海上运输经营者应对码头操作费等附加费用"
               "进行公示和告知，并严格执行生效的备案运价」 — the filing is a regulated party's own statutory filing (round 41): no "
               "duty, and 上海航运交易所 receives (rule 3); 进行 and 执行 are outside rule 2 in headed points (" + RULES03 + "): "
               + NONE + "; 第十五条 names an article of the regulation, no target; " + NODATE),
        S(["五"], [], [], responsible_alternatives=[["船东、船代、无船承运人、货代、口岸、港口等行业协会"]],
          note="「船东、船代、无船承运人、货代、口岸、港口等行业协会要积极发挥行业自律作用，引导各经营者规范收费行为」 — fields closed by one "
               "shared head are one group as printed (rounds 31, 42 continued), and 相关行业协会 is a kind (round 34), but 发挥"
               "…作用 (not 牵头作用, round 44) and 引导 are outside rule 2: " + NONE + "; a task by its 要 (" + HEADED + "); the "
               "group accepted; " + NODATE),
        S(["七"], [], [], responsible_alternatives=[["市交通、商务、市场监管、道路运输等管理部门"]],
          note="「市交通、商务、市场监管、道路运输等管理部门做好业务指导，压实属地责任，根据各自职责分工对服务项目和收费情况加强监管执法，视情开展"
               "联合督查。对未明码标价等价格违法行为的，以及未按备案运价执行的，相关执法部门将依法予以严处」 — the group is one name as "
               "printed (fields before one head, round 42 continued); 做好, 加强 (outside articles, round 57) name no doer; 压实"
               "属地责任 names no party, 属地 being the territorial principle (round 57's x251_01); 视情 is an option (round 53); "
               "the sanction after a breach has no 由 and 严处 is no rule-2 verb (round 60's x71_03 step after a case reads "
               "「由A依法吊销」 with 由; 予以 reaches only 落实, round 47) — " + NONE + " — RULING? 5; the group accepted; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: a notice of headed points (round 34 early): 二、 三、 四、 五、 七、 give work by 应／应当／要 to bodies "
            "named by a kind → **5**; 一、 「…经营者，应当遵循诚实信用的原则，依法经营，公平竞争」 states a principle of conduct "
            "(a stance, round 49), no task; 六、 is encouragements only (鼓励, round 49 p46b; round 51: a point of only "
            "options is none). Accepted: 6 (一、 as a task by its 应当), 7 (and 六、).",
            "units: none — every instruction is given by a verb outside rule 2's closed list (headed points, not articles); "
            "the accepted alternatives give the article reading (round 45); 上海航运交易所 only receives filings (rule 3)",
            "dates: 二〇二一年五月二十七日 (the signature), 2021-06-07 (the index); no item date, no phases, no duties (the "
            "operators' 备案 is a regulated party's filing, round 41)",
            "figures: none — 第十五条 (an article's number)"])


# ---------------------------------------------------------------------------------------------------------
X04 = "x262_04_shi-zaixianpuban-2021-ziran-zaihai-fengxian-pucha-xuanchuan-gongzuo-fangan.txt"
P04 = "上海市第一次自然灾害综合风险普查宣传工作方案"
N04 = ("上海市第一次自然灾害综合风险普查领导小组办公室、中共上海市委宣传部关于印发《" + P04 + "》的通知")
SPAN04 = ("the cover's 「上海市将…于2020年至2022年开展第一次自然灾害综合风险普查」 states the census's schedule, a fact of the "
          "wider action the publicity serves, not a span the plan sets for its own items (round 44 decided; round 47's "
          "calendar fact; round 48 needs 定于／决定) — RULING? 6: no deadline")

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the plan's own title, printed over two lines (9 「上海市第一次自然灾害综合风险普查」, 10 「宣传工作方案」), or the "
                "notice title (line 1): either (round 60; round 45's pair)",
     doc_no="沪灾险普办〔2021〕3号 (the index and the stored front matter; the text prints no number)",
     issuer="上海市第一次自然灾害综合风险普查领导小组办公室 and 中共上海市委宣传部 (the index files it under 上海市应急管理局)",
     date="2021-07-26",
     date_note="the notice is dated 2021年7月26日; the index dates it 2021-07-27",
     level="the city census office and the party's publicity department, the publicity plan of Shanghai's first natural "
           "hazard risk census: aims, contents to publicise, eight arrangements, three requirements; two attachments "
           "(slogans, the census logo)",
     source=src("工程建设管理", "上海市第一次自然灾害综合风险普查领导小组办公室、中共上海市委宣传部关于印发《上海市第一次自然灾害综合.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=26f8b57bc2984d4c992f23d30ba3543b&siteId=0037", 5930),
     style="addressees, one paragraph of the cover, the two issuers and the date in two columns on two lines; the plan's title "
           "over two lines; a preamble; 一、指导思想 and 二、工作目标 one paragraph each; 三、 a lead-in over （一）–（五） 「大力宣传"
           "…」 paragraphs; 四、 a lead-in over （一）–（八） run-in headed paragraphs 「（一）举行新闻发布会。…」 and a closing "
           "paragraph; 五、 （一）–（三） run-in headed paragraphs; the 附件 line (two attachments: 45 numbered slogans under "
           "一、–三、, and the logo's description under 一、–五、)",
     leaf_tasks=17, count_alternatives=[16, 13, 12],
     leaf_tasks_by_section={"三、": 5, "四、": 9, "五、": 3},
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "（一）"], [], [],
          note="「大力宣传普查的目的、意义、作用等，使…，提高社会公众对…的知晓率和认知度…」 — each of 三、's five paragraphs gives "
               "publicity work by a verb (大力宣传, 做好…发布和解读), so they are items (round 47's x218_06: publicity 方面 that "
               "each give work by a verb; round 48's x220_04); round 49's x230_04 list of bare contents differs (a count of 13 "
               "with 三、 as one task accepted); subjectless, and the lead-in 「各区、各有关部门和单位要…加强宣传策划，统筹安排…」 "
               "has no rule-2 clause to give (rule 4): " + NONE + "; 知晓率 has no figure; " + SPAN04),
        S(["四", "（一）"], [], ["市普查办", "市委宣传部"],
          note="「在全面铺开启动阶段和成果应用总结阶段，市普查办、市委宣传部组织市级媒体召开…专题新闻发布会」 — 「A组织B＋verb」: A the "
               "doers, B (媒体) the pivot's object (round 30); two names by 、; lead [] (no 牵头); the two stages are named, not "
               "dated: " + SPAN04),
        S(["四", "（二）"], [], [], responsible_alternatives=[["市、区普查机构", "有关部门"]],
          note="「市、区普查机构及有关部门编发宣传手册」 — 编发 is no rule-2 verb (" + CLOSED + "): " + NONE + "; the two names "
               "(levels before one head one name, round 30; 及 joins two names, round 34) accepted; " + SPAN04),
        S(["四", "（五）"], [], [], responsible_alternatives=[["市普查办"]],
          note="run-in heading 「组织问卷调查。」 with no subject gives no doer, and a body named after it in the text is not its "
               "subject (round 41); 「市普查办…制定问卷调查，各级普查办、各级宣传部门发放给相关单位、市民群众」 — 制定, 发放 (of things, "
               "round 53) are outside rule 2: " + NONE + "; [市普查办] accepted (the heading's 组织 read with the text's "
               "subject); " + SPAN04),
        S(["四", "（七）"], [], [], responsible_alternatives=[["市普查办"]],
          note="「市普查办举办“…解说竞赛”…。各区普查办、各有关部门和单位结合实际，积极开展相关活动」 — 「A将举办…」 without 由 names no "
               "doer outside articles (round 42; round 54: 由A举办 would), and 开展 is no rule-2 verb: " + NONE + "; "
               + SPAN04),
        S(["五", "（一）"], ["各区普查办"],
          ["市普查办", "市委宣传部", "市普查领导小组成员单位", "各区普查办", "区委宣传部门", "各条线", "基层社区"],
          lead_alternatives=[[]],
          responsible_alternatives=[["市普查办", "市委宣传部", "市普查领导小组成员单位", "各区普查办", "区委宣传部门"]],
          note="run-in heading 「加强组织领导，压实责任。」 — 压实…责任 as a heading's object gives out work (round 37; round 47's "
               "「明确责任。」), so every body the text gives work is a unit (round 34): 「由市普查办和市委宣传部统一组织，负责…统筹、"
               "协调」 (由A组织, A和B two names), 「市普查领导小组成员单位要配合做好…」 (配合 after a doer, round 34; a group named by "
               "its kind, round 35), 「各区普查办要会同区委宣传部门…建立宣传工作组」 (「A会同B＋verb」: lead A, responsible A, B, "
               "rule 2), 「各条线、基层社区开展…宣传活动」 (given work under the heading, as printed) — RULING? 7 on 各条线／基层社区; "
               "the list without them accepted; lead [各区普查办] by 会同 (round 45: every lead named), lead [] accepted "
               "(round 30); 坚持“统一领导…” a principle; " + SPAN04),
        S(["五", "（三）"], [], [], responsible_alternatives=[["各有关部门"]],
          note="「各级、各有关部门和单位要提前制定宣传方案，强化资金保障，落实宣传工作经费」 — 落实 keeps money as work (round 48) and is "
               "rule 2's, but the subject 「各级、各有关部门和单位」 stands with the catch-all: 「各有关部门、单位要…」 is a call (round "
               "42; round 58), and 各级 alone names no head: " + NONE + "; [各有关部门] accepted (round 34's 和 two names); "
               + SPAN04),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover (「请…认真贯彻执行」) and the preamble no tasks; 一、指导思想 (a stance, round 58) and 二、工作目标 "
            "(aims, round 49) childless sections; 三、（一）–（五） 5 (the lead-in no task); 四、（一）–（八） 8 and the closing "
            "paragraph 「各级普查办、各有关部门和单位参照以上活动安排，…积极会同各级宣传部门认真做好普查宣传的组织、策划和实施工作」 that gives the "
            "section's work → one more task (round 40) → 9; 五、（一）–（三） 3 (run-in headed items that give work, round 35; "
            "round 44's decided safeguards reading is for unnumbered paragraphs) → **17**. Accepted: 16 (without the closing "
            "paragraph), 13 and 12 (三、 as one task by its lead-in, round 49's x230_04 reading). Tasks are counted to the 附件 "
            "line: the slogans 1.–45. and the logo's 一、–五、 are attachments (EXPECTED.md).",
            "units: the census office and the publicity department by 组织＋work, 由A组织 and 会同; most arrangements act by "
            "verbs outside rule 2 (编发, 制作, 开设, 举办, 发放, 进行); 「各有关部门和单位」 with the catch-all is a call",
            "dates: 2020年至2022年 (the census, in the cover: " + SPAN04 + "); 2021年7月26日 (the notice); no item date; the "
            "stages 「全面铺开启动阶段」「成果应用总结阶段」 are named, not dated: no phases",
            "figures: none checked — 国办发〔2020〕12号, 沪府办发〔2020〕4号, 国灾险普办发〔2021〕11号 (document numbers), 2020-2022 "
            "(the census's period in the logo), the slogans' numbers 1–45 (attachment)"])

# Round 59 (rul80p): aligned to tests/data/CONVENTIONS.md "Round 80 rulings" (README, round 59)
from aligned_rulings import align80  # noqa: E402

align80("x262_04", ["五", "（三）"], "「各级、各有关部门和单位要提前制定宣传方案，强化资金保障，落实宣传工作经费」: 「各有关部门和单位」 is one name as printed, a kind (round 67's x282_08; Round 77's x304_01 4.3.1（2））, a doer with rule 2's 落实; 各级 alone names no head (a call)",
        "Units, governs: plans-dev 01 二/（五）, round 67's x282_08 and Round 77's x304_01 over rounds 37, 42's catch-all; none and [各有关部门] stay accepted",
        lead=[], resp=["各有关部门和单位"], resp_alt=[[], ["各有关部门"]])

write_collected(DIR)
