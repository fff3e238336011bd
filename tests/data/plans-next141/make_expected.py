# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next141/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 37 (built by helper c141): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and, for x141_04's
工作任务分工表 rows, ``row_in_table_in``, both of ../plans/expected_tools.py); every answer was written here by
reading the texts, with ../CONVENTIONS.md (all of it, the round-37 rulings written early included) applied to every
item. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next141/make_expected.py tests/data/plans-next141
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    plan,
    prose_and_listed,
    row_in_table_in,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
row_in_table = partial(row_in_table_in, DIR)
src = shanghai_source
R2 = "CONVENTIONS.md rule 2"
R3 = "CONVENTIONS.md rule 3"
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(加强, 推动, 完善, 完成, 制定, 纳入, 报送, 开展 without 组织…) is not a unit")
PIVOT = "the object of a pivot verb (督促, 指导, 协调) is not a unit, and 督促 / 指导 / 协调 are not rule-2 verbs (round 30)"
ELIDED = "an elided subject carries over inside one paragraph (round 34)"
OPTION = "an option 「可…」「可以…」 is not an assignment (round 30, round 34)"
LIST = "for an unlabelled list of doers: lead [], the listed bodies accepted as lead (as the model set plans-next133)"
HUITONG = ("「A会同B＋verb」 (rule 2): lead A, responsible A, B; lead [] accepted — written here as lead [] with A "
           "accepted, the same two answers")
Y2023 = "the year is the notice's (2023, its date 2023年11月13日)"
SPAN = ("RULING? no date in the item; the plan's span 「（2023-2025年）」 is printed only in its titles — a campaign's span "
        "stated once (round 37: its end the deadline of items with no date) or the plan's period (no deadline, as most "
        "sets read a title's years)? the deadline is not checked")


# ---------------------------------------------------------------------------------------------------------
X01 = "x141_01_shanghai-yingjiju-2023-shehui-yingji-liliang-canyu-yingji-gongzuo-zhidao-yijian.txt"
GJ = "各级应急管理部门"

plan(X01,
     title="上海市应急管理局关于鼓励和引导社会应急力量参与应急工作的指导意见",
     title_note="the document's title as printed (the first line); no cover notice",
     doc_no="沪应急预案〔2023〕70号 (from the index; the stored text prints no number; 预案 is the issuing division's "
            "code, the document is a 指导意见, not an emergency plan)",
     issuer="上海市应急管理局",
     date="2023-12-01",
     level="a city bureau (Shanghai), a guiding opinion on volunteer rescue forces: principles, goals for 2025 / 2030, "
           "the management, dispatch, support and assessment of the forces, requirements on the emergency bureaus",
     source=src("工程建设管理", "上海市应急管理局关于鼓励和引导社会应急力量参与应急工作的指导意见.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=da9ea1eab918414abc1beb0608e88121&siteId=0037", 3712),
     style="addressees, a lead-in; 一、指导思想 (childless), 二、基本原则 （一）–（三） run-in, 三、建设目标 (childless, the 2025 "
           "figures), 四、工作机制 （一）–（四） heading lines over run-in 「1.信息录入。…」 items (（一）5. with a lead-in and "
           "（1）–（3） conditions; （二）1. and 3. with further unnumbered paragraphs), 五、相关要求 （一）–（三） heading lines "
           "over one paragraph each; signature and date",
     leaf_tasks=17, count_alternatives=[15, 18, 19, 20, 21],
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "三、建设目标"],
     samples=[
        U(["四", "（一）", "2"], [GJ, "民政部门", "业务主管部门"], lead_alternatives=[[GJ]],
          note="「各级应急管理部门会同民政部门、业务主管部门对…社会应急力量实行动态管理，定期汇总名单并向社会公开」 — " + HUITONG
               + "; 定期 a rhythm (round 34): " + NODATE),
        U(["四", "（一）", "4"], [GJ],
          note="「各级应急管理部门协调推动…，建立…机制，定期组织社会应急力量开展队伍联训、应急演练、技能竞赛」 — 组织B＋verb (round "
               "30: A the doer, 社会应急力量 the object of 组织 no unit); 协调推动 / 建立 (" + CLOSED + "); 定期 a rhythm: "
               + NODATE),
        P(["四", "（二）", "1"],
          note="「事件发生后，现场指挥部经研判确需调用…的，将…信息告知属地应急管理部门，应急管理部门按需统一调用，区应急管理部门应当及时"
               "将…调用情况报送市应急管理部门」 and the second paragraph 「各级应急管理部门调度…应当通过书面或者…调度」 (its body, "
               "round 32) — 告知 / 调用 / 报送 / 调度 (" + CLOSED + "); the sending to 市应急管理部门 is the plan's duty (round "
               "35), undated (及时); " + NODATE),
        S(["四", "（二）", "2"], ["应急管理部门"], ["应急管理部门", "公安、交通等部门"], lead_alternatives=[[]],
          note="「应急管理部门会同公安、交通等部门依法依规保障…快速通行，协调解决…」 — 「A会同B＋verb」 (" + R2 + "): lead A "
               "(lead [] accepted), responsible A, B; 「公安、交通等部门」 fields sharing one head with 等 before it, one name "
               "as printed (round 31: 「人事、卫生等部门」); 保障 here the object of 会同's work (快速通行), not a cost (round 30's "
               "payer needs a cost as object); 「社会应急力量…可…提出…申请」 an option and an applicant (round 30): no unit; "
               + NODATE),
        U(["四", "（三）", "3"], ["调用单位"],
          note="「按照“谁使用、谁负责”的原则，调用单位负责协调落实…必要费用」 — 「A负责＋work」 with costs as object is work, not a "
               "payer (round 37: 「由A负责统筹安排并予以保障」; only a cost verb alone makes a payer); 调用单位 a kind before 单位 "
               "(round 34: a kind, not a general call); 「谁使用、谁负责」 a principle, no body; " + NODATE),
        U(["四", "（三）", "4"], [GJ, "保险公司"], lead_alternatives=[[GJ]],
          note="「各级应急管理部门深化与保险主管部门合作，及时收集…意见建议，会同保险公司不断完善…专属保险产品」 — " + HUITONG + " ("
               + ELIDED + ": the subject of 会同 is 各级应急管理部门); 保险主管部门 only the partner of 深化…合作 (" + CLOSED
               + "): no unit; " + NODATE),
        S(["四", "（四）", "1"], ["市应急管理局"], ["市应急管理局", "区应急管理局"], lead_alternatives=[[]],
          note="「市应急管理局按照…建立完善…测评标准，会同区应急管理局定期开展社会应急力量评估工作」 — 「A会同B＋verb」 (" + R2
               + "; " + ELIDED + "): lead A (lead [] accepted), responsible A, B; 「各级应急管理部门应将测评结果作为…参考」 "
               "作为 no rule-2 verb; 定期 a rhythm: " + NODATE),
        U(["五", "（二）"], [GJ, "民政等部门"], lead_alternatives=[[GJ]],
          note="「各级应急管理部门要坚持科学统筹，…会同民政等部门完善社会应急力量管理机制，定期抄送…，联合开展年度评级考核」 — "
               + HUITONG + " (" + ELIDED + "); 「民政等部门」 one name as printed, 等 kept (round 31: 「商务等部门」); a "
               "五、相关要求 item that names a unit by rule 2 is a task (round 33); 定期抄送 names no receiver (no duty); "
               + NODATE),
     ],
     plan_targets=[{"number": 2, "unit": "支"}, {"number": 30, "unit": "支"}],
     phases=[],
     duties=[{"what": "区应急管理部门应当及时将社会应急力量调用情况报送市应急管理部门", "when": "及时", "when_norm": None,
              "note": "四、（二）1.: a plan body's sending to another body of the plan (round 32, round 35), undated (及时)"}],
     notes=["counting: the lead-in holds no task; 一、指导思想 and 三、建设目标 are childless sections (plans-dev EXPECTED.md "
            "lines 21–25); 二、基本原则 （一）–（三） name no unit (round 27: not tasks in a plan whose tasks name units); "
            "四、工作机制: （一）1.–5. → 5 (5.'s （1）–（3） are the conditions a force must meet, a list that gives no work: text, "
            "round 35), （二）1.–3. → 3, （三）1.–4. → 4, （四）1.–3. → 3 → 15 (every leaf of the work section, with a unit or "
            "none); 五、相关要求: （一） and （二） name doers by rule 2 (会同, elided subject) → 2; （三） names none (加大, 嵌入, "
            "发挥: no rule-2 verb) → not a task → **17**. Accepted: 15 (五、 left out), 18 (五/（三） in), 19 (四/（一）/5's "
            "（1）–（3） as leaves), 20 (二、's three in), 21 (both 二、 and 五/（三）)",
            "samples: eight — 四/（一）/2, 4; 四/（二）/1, 2; 四/（三）/3, 4; 四/（四）/1; 五/（二）. Not sampled: 四/（一）/1, 3, 5, "
            "（二）/3, （三）/1, 2, （四）/2, 3 (no unit: 核对, 指导 a pivot, 可以作为 an option, 纳入, 报到, 开展 without 组织, "
            "严禁) and 五/（一） (会同相关部门, the same form as 五/（二）)",
            "units: 会同 (四/（一）/2, （二）/2, （三）/4, （四）/1, 五/（一）（二）), 组织B＋verb (四/（一）/4), 负责＋work (四/（三）/3)",
            "dates: none in any item (定期 rhythms; 「事件发生后」 an event); 「至2025年」「到2030年」 are the goals' horizons in "
            "三、建设目标 (plan targets, no phases)",
            "plan targets: 三、建设目标 「至2025年，培育2-3支…纳入市级…体系，培育不少于30支…」 → 2支 (a range read at its "
            "lower edge, round 32) and 30支 (不少于, round 30); 四/（一）/5's 「达到1级」「达到3级」 name the class of force "
            "the rule covers (round 34), not targets (not sampled)",
            "duties: one (四/（二）/1's sending to 市应急管理部门, 及时)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x141_02_shanghai-jiaotongwei-2023-gangkou-andian-sheshi-gaozhiliang-fazhan-tongzhi.txt"
QG = "各区港口管理部门"
SG = "上港集团"

plan(X02,
     title="上海市交通委员会关于推进本市港口岸电设施高质量发展的通知",
     title_note="the notice title as printed (twice: the first two lines)",
     doc_no="沪交科〔2023〕804号 (printed under the title)",
     issuer="上海市交通委员会",
     date="2023-11-13 (the signature; the index gives 2023-11-14)",
     level="a city commission (Shanghai), a notice on shore power at the port's berths: coverage dates, surveys and "
           "refit plans, the shore-power data platform, the electronic hand-over form from 2024",
     source=src("工程建设管理", "上海市交通委员会关于推进本市港口岸电设施高质量发展的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=853b9f0ba6e640b38058b32105a006f3&siteId=0010", 2093),
     style="the title twice, the number on its own line, a long list of addressees, a lead-in 「…通知如下：」; three "
           "headings 一、–三、 over （一）–（五）, （一）（二）, （一）–（四） paragraphs; 「特此通知。」, signature, date",
     leaf_tasks=11, count_alternatives=[],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（一）"], dl="2023年11月底前", dln="2023-11", not_targets=[(2000, "吨级")],
          note="「力争在2023年11月底前实现本市2000吨级（含）以上码头泊位标准化岸电设施全覆盖」 — no subject: no unit; "
               "「2000吨级（含）以上码头泊位」 names the class of berths the rule covers (round 34: 「10万平方米以上的项目」; the "
               "item's work is coverage, not reaching the class): not a target; 全覆盖 no digit"),
        P(["一", "（二）"], dl="2024年上半年", dln="2024-06", other_deadlines=["2023年底 (2023-12)"],
          note="「码头泊位…应…在2023年底完成…全覆盖。…相关港口可…开展…加装工作，相关选装工作应在2024年上半年完成」 — 完成 ("
               + CLOSED + "); 相关港口可 an option (" + OPTION + "); two dates, the latest is the deadline (round 34): "
               "2024年上半年 → 2024-06; 「220v低压岸电」 a kind of supply (no comparison word), not a target (not checked)"),
        U(["一", "（三）"], [QG, "市港航中心"], lead_alternatives=[[QG, "市港航中心"]],
          note="RULING? 「各区港口管理部门和市港航中心应…对…码头泊位…开展摸底排查，发现…情况的，应组织相关港口经营人…制定岸电设施改造"
               "计划」 — 组织B＋verb (round 30: A the doer, 相关港口经营人 the object of 组织 no unit); the 「发现…的」 clause is "
               "read as the survey's own outcome (the item's work: survey, then refit plans for what it finds), not rule 3's "
               "contingency 「确需调整的，由A负责」 inside an item whose work is something else — the other reading gives no "
               "unit; 「A和B」 two names (round 34); 「（以下简称“岸电平台”）」 no body; " + LIST + "; " + NODATE),
        P(["一", "（五）"], dl="11月23日前", dln="2023-11-23",
          note="「11月23日前，各区港口管理部门、上港集团应将泊位岸电改造计划报送至市港航中心，并定期在每月23日更新改造进度」 — 报送 / "
               "更新 (" + CLOSED + "): no unit; the sending to 市港航中心 is the plan's duty (round 32, round 35); the one-off "
               "date is the deadline, 每月23日 a rhythm (round 34, round 35); " + Y2023),
        U(["二", "（二）"], [QG, "市港航中心", SG], lead_alternatives=[[QG, "市港航中心", SG]],
          dl="11月底前", dln="2023-11",
          note="「各区港口管理部门、市港航中心、上港集团应在11月底前，组织相关码头企业…核对企业现有基本信息…补充完善」 — 组织B＋verb "
               "(round 30: the three the doers, 相关码头企业 no unit); " + LIST + "; " + Y2023),
        U(["三", "（一）"], ["上海市港航事业发展中心", QG, SG], lead_alternatives=[["上海市港航事业发展中心", QG, SG]],
          note="「自2024年1月1日起，上海港全面实行…制度，由上海市港航事业发展中心、各区港口管理部门、上港集团组织相关港口和航运企业开展"
               "具体工作」 — 由A组织B＋verb (" + R2 + "; round 30: the objects of 组织 no unit); the name as printed here "
               "(上海市港航事业发展中心, not the 市港航中心 of other items, round 36: names as printed); " + LIST + "; "
               "「自2024年1月1日起」 a start, not a deadline (as the sets read 「自…起」): " + NODATE),
        P(["三", "（三）"],
          note="「码头港口经营人或岸电供电企业有义务向靠港船舶告知…，并…进行记录和确认。靠港船舶未使用岸电的，港方应认真分析具体原因，…"
               "导致多次未能使用岸电的，港方应及时组织增建…岸电设施。…可按…申请相关运营补贴」 — 告知 / 记录 / 分析 (" + CLOSED
               + "); 港方's 组织增建 stands inside a case 「…导致多次未能使用岸电的」 in an item whose work is informing and "
               "recording (" + R3 + ": a case clause gives no unit, round 34); 可…申请 an option and an applicant (round "
               "30); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区港口管理部门、上港集团应将泊位岸电改造计划报送至市港航中心", "when": "11月23日前",
              "when_norm": "2023-11-23",
              "note": "一、（五）: plan bodies' sending to another body of the plan (round 32, round 35); " + Y2023},
             {"what": "定期在每月23日更新改造进度", "when": "每月23日", "when_norm": "monthly",
              "note": "一、（五）: the same bodies' monthly update of the refit progress to 市港航中心 (a reporting rhythm)"}],
     notes=["counting: the lead-in holds no task; 一、–三、 are headings over （一）–（五）, （一）（二）, （一）–（四）, every one a "
            "leaf of a work section (a unit or none) → **11**; no other count is accepted",
            "samples: seven of eleven — 一/（一）（二）（三）（五）, 二/（二）, 三/（一）（三）. Not sampled: 一/（四） (上港集团 制定), "
            "二/（一） (上海电器科学研究所 完善 / 完成, 尽快), 三/（二） (the ships' applications and entries, an applicant's "
            "filing, round 30), 三/（四） (相关执法部门 进行监控 / 处理: 进行 is no 实施, round 37)",
            "units: 组织B＋verb (一/（三）, RULING?; 二/（二）), 由A组织B＋verb (三/（一）); the rest name no doer by rule 2",
            "dates: 2023年11月底前, 2023年底, 2024年上半年, 11月23日前, 11月底前 (no year: the notice's, 2023), 每月23日 a "
            "rhythm, 自2024年1月1日起 a start; no phases",
            "figures: 2000吨级（含）以上 (a class the rule covers), 220v (a kind) — not targets",
            "duties: the refit plans sent to 市港航中心 by 11月23日 and the monthly update (一、（五）)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x141_03_shanghai-shuiwuju-2023-shuiwu-jianshe-gongcheng-yejian-shigong-guanli-tongzhi.txt"

plan(X03,
     title="关于加强上海市水务建设工程夜间施工管理工作的通知",
     title_note="the notice title as printed (twice: the first two lines)",
     doc_no="沪水务〔2023〕903号 (printed under the title)",
     issuer="上海市水务局, 上海市生态环境局, 上海市交通委员会, 上海市城市管理行政执法局 (four signatures)",
     date="2023-11-13",
     level="four city bodies (Shanghai), a notice on night work in water-engineering projects: the works allowed, who "
           "approves and where the permit or filing is made, the builders' and supervisors' duties, complaints",
     source=src("工程建设管理", "关于加强上海市水务建设工程夜间施工管理工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f5fc00e5d4074bddbfc6ed44d61208a6&siteId=0004", 1993),
     style="the title twice, the number, 「各有关单位：」, a lead-in; six headed points 一、–六、: 一、 a scope line, 二、 a "
           "paragraph and a list （一）–（六） of the works allowed at night, 三、 two paragraphs (the second with 「其中：（1）…；"
           "（2）…」 run in), 四、 （一）–（五） one-sentence items ending 「；」, 五、 one paragraph, 六、 two lines; 「特此通知。」, a "
           "附件 list of three forms (not printed), four signatures, date",
     leaf_tasks=8, count_alternatives=[7, 9, 13],
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围", "六、其他要求"],
     samples=[
        P(["二"], not_targets=[(22, "时")],
          note="「本市行政区域内，除抢修、抢险外，因特殊工序或特殊原因确需在夜间22时至次日早晨6时从事…施工的单位，应当…办理夜间施工证明"
               "和备案手续。除下列特殊施工工序外，禁止…」 — a childless headed point with an instruction (round 34 early ruling; "
               "its （一）–（六） list the works allowed and give no work: text, round 35); the regulated party files for "
               "itself (round 34: an applicant, no unit); （六）'s 「由…监督站认定…的其他特殊情况」 a body inside a noun's "
               "description (round 30); 22时 / 6时 clock times, not targets; " + NODATE),
        U(["三"], ["水务安质监站"],
          note="RULING? 「对确需夜间施工的…作业，先由水务安质监站对作业内容和作业时段出具同意意见，后由建设单位、施工单位…向所在区生态环境"
               "部门申办…手续」 and the second paragraph 「由水务安质监站…出具同意意见，其中：（1）…由建设单位、施工单位…申办…；（2）…由"
               "施工单位向…办理夜间施工备案手续」 — 由A＋a verb of doing (round 34: 由A＋any verb is rule 2) gives 水务安质监站, "
               "whose work here is the approval itself (the other reading: an approving body, rule 3's 「经A同意」 / round 36's "
               "「经过A、B初步审查」, gives none); every clause is 「对…的，由A…」, the item's own procedure (round 34: an item "
               "whose every clause is 「对…的，由A处罚」: a doer), not a case; 建设单位 / 施工单位 apply or file for themselves "
               "(round 34: 「由A申报」「由A向B备案」 no unit); the run-in （1）（2） are cases of one procedure (round 35: an "
               "article whose items are only cases is one task); " + NODATE),
        P(["四", "（一）"],
          note="「施工单位在施工中应当遵守…，夜间施工不得进行…作业，对…设备采取隔声降噪措施」 — 遵守 / 采取 (" + CLOSED + "): "
               "no unit; " + NODATE),
        U(["四", "（四）"], ["建设单位"],
          note="「建设单位要组织协调各参建单位夜间施工噪声污染防治工作，在安全文明施工费中充分考虑…费用」 — 组织＋work (round 34: "
               "组织 followed by a verb, 协调; a regulated party by a kind is a doer); 各参建单位 the object of the pivot (round "
               "30): no unit; 考虑…费用 no cost verb of a payer; " + NODATE),
        P(["四", "（五）"],
          note="「监理单位要加强对…落实情况的监管，督促施工单位严格落实夜间施工管理要求」 — 加强 (" + CLOSED + "); 督促 a pivot ("
               + PIVOT + "): 施工单位's 落实 is the pivot object's verb, no unit; 落实情况 a noun (round 33); " + NODATE),
        S(["五"], ["水务部门"], ["水务部门", "生态环境部门", "相应备案部门"], lead_alternatives=[[]],
          note="「…夜间施工证明产生的信访及投诉，由水务部门会同生态环境部门及相关单位负责处理和化解；…夜间施工备案产生的信访及投诉，由"
               "水务部门会同相应备案部门及相关单位负责处理和化解」 — 「由A会同B＋verb」 twice (" + R2 + "; several clauses: all "
               "their bodies in order): lead 水务部门 (lead [] accepted), responsible 水务部门, 生态环境部门, 相应备案部门; "
               "「相关单位」 no kind (round 33: a general call) and 「会同有关方面」 gives no unit (round 32); the point's whole "
               "work is the handling of complaints (round 30: the response to its cases, a doer); a childless headed point "
               "that gives work (round 34); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the lead-in holds no task; 一、适用范围 a scope (general provision, round 30 / round 34) and 六、其他要求 "
            "(「…见附件」「…按照相关规定执行」, a 参照 point, round 34) are no tasks; 二、 one task (its （一）–（六） a list of "
            "allowed works, text, round 35); 三、 one task (two paragraphs, its run-in （1）（2） cases of one procedure, "
            "round 35); 四、（一）–（五） → 5; 五、 one task → **8**. Accepted: 7 (二、 read as a rule for applicants, no "
            "task), 9 (三、's （1）（2） as items, round 34's numbers inside one paragraph), 13 (二、's （一）–（六） as leaves)",
            "samples: six of eight — 二、, 三、, 四/（一）（四）（五）, 五、. Not sampled: 四/（二）（三） (施工单位 应…考虑 / 优化, like "
            "四/（一）)",
            "units: 由A＋verb (三、, RULING?), 组织＋work (四/（四）), 由A会同B负责 (五、)",
            "dates: none (22时 / 6时 clock times; the signature 2023年11月13日); no phases",
            "figures: 22时, 6时 (clock times) — not targets",
            "duties: none (三、's 申办 / 备案 are the builders' own filings, round 32 / round 34)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x141_04_changsanjiao-2023-jiaotong-lingyu-yima-tongxing-gongzuo-fangan.txt"
TABLE = "长三角交通领域“一码通行”工作任务分工表"
JTW = "上海市交通委员会"
DSJ = "上海市大数据中心"
ROW = ("a row of the 工作任务分工表 (the plan's task table, printed after the 方案 with no 附件 line: read as an "
       "attachment's rows, round 37 / plans-next109; path 附件/N): its only unit column is 责任单位, so rule 1 gives "
       "responsible = the cell's names in printed order (a final 等 dropped) and lead [] (plans-dev EXPECTED.md lines "
       "19–40: no lead named)")
HEAD = ("RULING? the run-in heading 「（N）<province>。」 is read as the item's unit heading (rule 1, as the unit-colon "
        "items 「（一）城运中心：负责…」 of plans-dev 12; the plan's own task table names places — 苏州市, 嘉兴市, 合肥市 — as "
        "责任单位): responsible = the place as printed, lead [] with it accepted; the other reading (a place, no body) "
        "gives none")
YEARS = "steps dated 2023年 / 2024年 / 2025年: the latest is the item's deadline (round 34)"


def R(n, units, note="", **kw):
    """A row of the 工作任务分工表: responsible the 责任单位 cell, lead [] (the table names no lead)."""
    return S(["附件", str(n)], [], list(units), skip_deadline=True, note=ROW + "; " + note + SPAN,
             **row_in_table(X04, TABLE, n), **kw)


plan(X04,
     title="长三角交通领域“一码通行”工作方案（2023-2025年）（关于印发《长三角交通领域“一码通行”工作方案（2023-2025年）》的通知）",
     title_note="the plan's own title, printed over two lines after the cover's date 「长三角交通领域“一码通行”工作方案」 / "
                "「（2023-2025年）」, or the notice title (the first line): either",
     doc_no="沪交科〔2023〕706号 (from the index; the stored text prints no number)",
     issuer="上海市交通委员会, 江苏省交通运输厅, 浙江省交通运输厅, 安徽省交通运输厅, 上海市大数据中心, 江苏省政务服务管理办公室, "
            "浙江省大数据发展管理局, 安徽省数据资源管理局 (eight signatures)",
     date="2023-11-01 (the cover's date; the index gives 2023-11-02)",
     level="eight bodies of Shanghai and three provinces (published by the Shanghai commission), a three-year plan for "
           "one transit QR code across the Yangtze delta: tasks by province with yearly steps, then a task table with "
           "a 责任单位 column",
     source=src("工程建设管理", "关于印发《长三角交通领域“一码通行”工作方案（2023-2025年）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=1baa1fc056f14a48832cf5a27fa85e47&siteId=0010", 3422),
     style="the notice title, then again over two lines; a one-paragraph cover, 「特此通知。」, eight signers two a line "
           "spaced by runs of spaces, 2023年11月1日; the plan's title over two lines, a basis paragraph; 一、工作目标 "
           "(childless), 二、总体思路 （一）–（三） run-in, 三、任务安排 （一）上海市。–（四）安徽省。 run-in place headings with "
           "yearly steps, 四、保障机制 （一）–（三） run-in; then the task table's title over two lines and the table flattened "
           "one cell a line (序号 / 重点工作 / 主要内容 / 责任单位; rows 1–6, several names a cell)",
     leaf_tasks=5, attachment_task_rows=6, count_alternatives=[4, 6, 8, 10, 14],
     leaf_tasks_by_section={"三、任务安排 （一）–（四）": 4, "四、保障机制 （一）": 1},
     childless_top_level_sections=["一、工作目标"],
     samples=[
        U(["三", "（一）"], ["上海市"], dl="2025年", dln="2025", other_deadlines=["2023年", "2024年"],
          note=HEAD + "; " + YEARS + "; 「与浙江、江苏、安徽等三省部标码城市完成互联互通」 三省 no digit"),
        U(["三", "（二）"], ["江苏省"], [(7, "个")], dl="2025年", dln="2025", other_deadlines=["2023年", "2024年"],
          note=HEAD + "; " + YEARS + "; 「推动南京、…连云港等7个城市纳入…试点范围」 the item's own number of cities to bring in "
               "(round 37: an item's own number to appoint or build is a target; no comparison word needed for a goal); "
               "「江苏省政务服务码“苏服码’在部分城市开展…试点」 开展 without 组织 (" + CLOSED + ")"),
        U(["三", "（四）"], ["安徽省"], dl="2025年", dln="2025", other_deadlines=["2023年", "2024年"],
          note=HEAD + "; " + YEARS + "; 「研究…」「探索…」 no rule-2 verb"),
        S(["四", "（一）"], ["三省一市交通管理部门"], ["三省一市交通管理部门", "大数据管理部门", "交通管理部门"],
          skip_deadline=True,
          note="「三省一市交通管理部门牵头大数据管理部门联合成立省级工作专班。…由交通管理部门、大数据管理部门等协同推进，建立…会议机制，"
               "协调推动…」 — 「A牵头B＋verb」 (round 33: lead A, responsible A, B) and 「由A、B等＋verb」 (round 34: 由A＋any "
               "verb; 等 dropped, round 35); the 工作专班 the item sets up is no unit (round 35); RULING? 「交通管理部门」 in the "
               "second sentence names the same bodies as 「三省一市交通管理部门」 without the prefix — kept as printed "
               "(round 36: names as printed) though it may be read as a back-reference (round 34) that adds no unit; a "
               "保障机制 item that names doers is a task (round 33); " + SPAN),
        R(1, [JTW, DSJ, "江苏省交通运输厅", "浙江省交通运输厅", "安徽省交通运输厅", "首批试点城市", "上汽集团随申行公司"],
          note="the cell ends 「…上汽集团随申行公司等」 (a final 等, dropped); 首批试点城市 a kind of body as printed; "),
        R(2, [JTW, "苏州市", "嘉兴市"],
          note="places as bodies in a unit column (rule 1: the label keeps its names); 「三市市民」 三 no digit; "),
        R(4, [JTW, "江苏省交通运输厅", "苏州市", "南通市", "淮安市", "无锡市", "徐州市", "南京市", "连云港市"],
          not_targets=[(5, "个")],
          note="「其它5个城市仅乘坐城市公交」 counts the other cities of the list (no comparison word; 仅 is none): not a "
               "target; "),
        R(6, [JTW, DSJ, "安徽省交通运输厅", "安徽省数据资源管理局", "合肥市"],
          note=""),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover holds no task; 一、工作目标 a childless section; 二、总体思路 （一）–（三） name no unit (round 27: "
            "not tasks in a plan whose tasks name units; （三）'s yearly steps are no named stages, no phases); 三、任务安排 "
            "（一）–（四） → 4 (place headings, RULING?); 四、保障机制: （一） names doers (牵头, 由…协同推进) → 1, （二） "
            "(加强对接合作) and （三） (探索研究) name none → not tasks → **5**; the 工作任务分工表's 6 rows are "
            "`attachment_task_rows` (11). Accepted: 4 (四/（一） left out), 6 (the rows only), 8 (二、's three in), 10 "
            "(4 + rows), 14 (8 + rows)",
            "samples: eight — 三/（一）（二）（四）, 四/（一）, rows 1, 2, 4, 6",
            "units: the place headings of 三、 (RULING?), 牵头 / 由A协同推进 in 四/（一）, the table's 责任单位 column",
            "dates: 2023年 / 2024年 / 2025年 steps in 三、 (the latest the deadline); the rows and 四/（一） print none (the "
            "plan's span in its titles: not checked, RULING?); no phases",
            "figures: 7个 (三/（二）) and 5个 (三/（三）) cities to bring in — targets; 5个 in row 4 (the other cities) — not "
            "a target; 2023-2025 the plan's span, 〔2020〕35号 a number",
            "duties: none"])

# round 46 (al48): answers aligned to CONVENTIONS.md "Round 48 rulings, written early", read at the items
from expected_tools import align48_units  # noqa: E402

align48_units('x141_03', ['五'], ['水务部门'], ['水务部门', '生态环境部门', '相关单位', '相应备案部门'],
              "governs (rounds 34, 47 over the round-23 tail; q44a): 「由水务部门会同生态环境部门及相关单位负责…」 — 及 joins two "
              "names (round 34), 相关单位 is a kind (round 47) and, as the partner of 会同, a unit as printed (round 42 continued); "
              "only a 等 tail is dropped — 相关单位 is kept once, in printed order; lead 水务部门 (lead [] accepted)")

write_collected(DIR)
