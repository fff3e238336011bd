# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next93/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 30 (built by helper c93): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md (round 29's ruling on units written in
sentences, round 30's rulings on thresholds and general provisions). Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    python tests/data/plans-next93/make_expected.py tests/data/plans-next93
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
R2NONE = ("CONVENTIONS.md rule 2: no clause of the item makes a body the doer in the ruled forms (由A…, A牵头, "
          "A负责/具体负责/主责/组织实施/实施/落实, 组织＋verb, A会同B…): lead = [], responsible = []")
YOU = "CONVENTIONS.md rule 2, the subject of 负责: responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
BY = "CONVENTIONS.md rule 2, the agent of 由 with a verb of doing: responsible A, lead [] (A alone accepted as the lead)"
RELATIVE = "relative time limits (「…内」) only: no dated deadline, not checked (plans-next87's reading of 「5个工作日内」)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x93_01_shanghai-daoyunju-2022-daxing-yunshu-cheliang-gonglu-hecha-guanli-tongzhi.txt"

plan(X01,
     title="关于进一步加强大件运输车辆行驶公路核查管理工作的通知",
     title_note="the notice title (the first line)",
     doc_no="沪道运设养〔2022〕24号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2022-01-29",
     level="city bureau (Shanghai), to 市道运中心 and the expressway companies",
     source=shanghai_source("市政与基础设施", "关于进一步加强大件运输车辆行驶公路核查管理工作的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=1c9d620f322148568f67e6405094499c&siteId=0010", 1447),
     style="a notice of four headed points 一、–四、 over one paragraph each; bodies in sentences: 「市道运中心对…审查把关，组织人员对…"
           "加强现场核查」, 「各高速公路项目公司要…组织收费站工作人员对…进行称重检测」 (「A组织B＋verb」), 「市道路运输局、市道运中心充分"
           "利用…倒查…」; size thresholds 超过4.5米 / 3.75米 / 28米; no date but a past accident's",
     leaf_tasks=4, count_alternatives=[0],
     leaf_tasks_by_section={"一、–四、 (headed points)": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["市道运中心"], lead_alternatives=[["市道运中心"]],
          note="「市道运中心对承运人提交的申请材料认真审查把关，组织人员对车货总体外廓尺寸…加强现场核查」: the subject of 「A组织B＋verb」 "
               "is the doer (CONVENTIONS.md rule 2 and its round-30 clarification; 人员, the object of 组织, is no unit): responsible "
               "市道运中心, lead [] (a single body accepted as lead); the subjectless case 「如发现…的，…暂停…资格」 adds none; "
               + NODATE),
        S(["二"], [], ["各高速公路项目公司"], targets=[(4.5, "米"), (3.75, "米"), (28, "米")],
          lead_alternatives=[["各高速公路项目公司"]],
          note="「各高速公路项目公司要切实履行职责…组织收费站工作人员对大件运输车辆进行称重检测和验证核查」: a group named by a kind "
               "with a verb of rule 2 (组织B＋verb) is a doer, not a general call (CONVENTIONS.md round-30 clarifications); the bodies "
               "notified 「及时通知市交通委执法总队、市交警总队依法处理」 receive (rule 3); 「车货总高超过4.5米、或者总宽超过3.75米、或者"
               "总长超过28米」: thresholds with 超过 that pick the vehicles to check — targets (CONVENTIONS.md targets, round 30); "
               "「三类标准」 a Chinese numeral; " + NODATE),
        S(["四"],
          note="「充分发挥大件运输协会…作用，多举措开展政策宣贯…」: no subject written (大件运输协会 is the possessor of the 作用 to be "
               "used, not a doer); the heading's 「积极组织行业宣贯与培训」 has no subject: " + R2NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: four headed points over unnumbered paragraphs, each one task (plans-next86 x86_01–03) → **4**; 0 accepted "
            "(the strict childless-section rule)",
            "units: 「A组织B＋verb」 (一、, 二、; the round-30 clarification on main); 三、 is not sampled: its first sentence names "
            "市道路运输局、市道运中心 with plain verbs (利用, 倒查, 发现查处), and its 「…建立重点监管“黑名单”，严格落实审批、监管措施」 "
            "has no subject written — whether the first sentence's subjects carry over to that 落实 is a reading the ruling does "
            "not settle",
            "dates: 「2021年12月18日下午」 dates a past accident (the cover's reason); the signing date; no deadline, no phases, "
            "no duties — the document's weak side on dates, said plainly",
            "not targets: 「三类标准」 (a Chinese numeral); the road names 沪渝高速, 大广高速"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x93_02_shanghai-daoyunju-2022-daolu-yanghu-shichanghua-gaige-guanche-luoshi-tongzhi.txt"

plan(X02,
     title="关于贯彻落实《关于进一步深化本市道路养护市场化改革促进行业健康发展的指导意见》的通知",
     title_note="the notice title (the first line)",
     doc_no="沪道运设养〔2022〕21号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2022-01-28",
     level="city bureau (Shanghai), to 市道运中心, the district traffic commissions, the road companies and 市政公路行业协会",
     source=shanghai_source("市政与基础设施", "关于贯彻落实《关于进一步深化本市道路养护市场化改革促进行业健康发展的指导意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=c00a8f7528aa4ce1b1aa6c58a887d1f6&siteId=0010", 2064),
     style="a notice of three headed points 一、–三、 with inline sub-items （一）–（三） / （一）（二） / （一）–（三） (「（一）切实做好"
           "资质许可与监管。市道运中心…」); bodies in 「A应当积极配合B，做好…」 / 「A要积极配合B」 sentences (配合 without 牵头), "
           "「市道路运输局也将组织各区交通委，开展…培训会」 (「A组织B＋verb」), subjectless 「要…」 items; a transition period "
           "「设置一年（2022年1月1日至2022年12月31日）的过渡期」",
     leaf_tasks=8, count_alternatives=[],
     leaf_tasks_by_section={"一、 （一）–（三）": 3, "二、 （一）（二）": 2, "三、 （一）–（三）": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"],
          note="「市道运中心、各区交通委（建交委）应当积极配合市道路运输局，做好…全流程管理」: 配合 gives a unit only after a doer of "
               "rule 2 (round-30 clarifications, a closed list), and the body assisted, 市道路运输局, is no doer in this item — "
               "「市道路运输局将积极运用…加强事中事后监管」 is a plain sentence: " + R2NONE + "; " + NODATE),
        S(["一", "（三）"],
          note="「市道运中心、各区交通委、各项目公司要进一步规范…招标投标工作」: bodies with 要 and a plain verb (规范): " + R2NONE
               + "; " + NODATE),
        S(["二", "（一）"],
          note="「要切实加强道路养护作业管理…逐步构建…奖惩机制」: no subject written: " + R2NONE + "; " + NODATE),
        S(["三", "（一）"], [], ["市道路运输局", "市政公路行业协会"], lead_alternatives=[["市道路运输局"]],
          note="「市道路运输局也将组织各区交通委，开展资质许可管理及批后管理专题培训会」: 「A组织B＋verb」 — A is the doer, B (各区"
               "交通委), the object of 组织 (a pivot), is not (CONVENTIONS.md round-30 clarifications); 「市政公路行业协会要积极配合市道路"
               "运输局，通过组织专题政策宣传会…等方式，将…传达至…」: a body that 配合s a doer of rule 2 is responsible after any doer, "
               "not only after 牵头 (round-30 clarification, b8025c3) — 市道路运输局 is one in this item; lead [] (no 牵头), the doer "
               "A alone accepted as lead; " + NODATE),
        S(["三", "（二）"], skip_deadline=True,
          note="「设置一年（2022年1月1日至2022年12月31日）的过渡期，过渡期内…均可参加…投标活动」: no body: " + R2NONE + "; the dates "
               "bound a transition window in which old qualifications stay valid (a policy's window, plans-dev 01 一/（一）), read "
               "as the plan's phase; the item's deadline is not checked (a reader may take 2022-12-31 as its end)"),
     ],
     plan_targets=[], phases=[{"name": "过渡期", "start": "2022-01", "end": "2022-12"}], duties=[],
     notes=["counting: three headed points, each with inline sub-items → **8** (一、 3 + 二、 2 + 三、 3); the points are "
            "no 工作要求 / 保障措施 sections, so items naming no unit are tasks",
            "units: one ruled clause (三/（一）, 「A组织B＋verb」) and the body that 配合s its doer there (round-30 clarification); "
            "一/（一）'s 配合 follows no doer and gives none — the document's weak side on units, said plainly",
            "phases: 过渡期 2022-01 → 2022-12 (三/（二）: 「设置一年（2022年1月1日至2022年12月31日）的过渡期」); no item deadline; no duties",
            "not targets: 「一年」 (a Chinese numeral); 「本细则」 names the guidance"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x93_03_shanghai-daoyunju-2022-gaosu-gonglu-rukou-zhichao-shishi-fangan.txt"
PLAN01 = "关于进一步加强上海市高速公路入口治超工作的实施方案"

plan(X03,
     title=f"{PLAN01}（关于印发《{PLAN01}》的通知）",
     title_note="the plan's name (printed over two lines in the body: 「关于进一步加强上海市高速公路入口」 / 「治超工作的实施方案」), "
                "then the notice that issues it (as plans-next87 x87_04)",
     doc_no="沪道运设养〔2022〕22号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局 (the plan jointly by 上海市公安局交通警察总队 and 上海市交通委员会执法总队)",
     date="2022-01-27",
     level="city bureau (Shanghai), to 市道路运输事业发展中心, the district traffic police, the enforcement corps and the expressway companies",
     source=shanghai_source("市政与基础设施", "关于印发《关于进一步加强上海市高速公路入口治超工作的实施方案》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=b8c60c268aef4378a01dcab419a91618&siteId=0010", 4384),
     style="a forwarding notice, then the plan: 「—、指导思想」 (a dash for 一), 二、工作流程 （一）–（四） with 1.–4. / 1.–3. "
           "(procedure steps, 由 clauses, cases 「如…的」 「当…时」 「对于…的车辆」), 三、工作职责分工 （一）–（四） (each 「X负责…」), "
           "四、工作要求 （一）–（三） (headings over paragraphs; 落实 by named bodies in （二）); thresholds 50%以上 / 超过10%; no date",
     leaf_tasks=14, count_alternatives=[15, 16],
     leaf_tasks_by_section={"二、 （一）（二） + （三）1.–4. + （四）1.–3.": 9, "三、 （一）–（四）": 4, "四、 （二）": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["—、指导思想"],
     samples=[
        S(["二", "（一）"],
          note="「当ETC货车驶入ETC车道时，…由高速公路项目公司将其引导至混合车道进行称重检测」: the only 由 clause stands inside a "
               "case 「当…时」 in an item whose work is something else (the devices' weighing) — a contingency, not the item's work "
               "(CONVENTIONS.md rule 3, 「发生…时，由A…」, and its round-30 clarification): " + R2NONE + "; 《…业务规范和技术要求》 a standard's name; " + NODATE),
        S(["二", "（三）", "2"], [], ["高速公路项目公司"], targets=[(50, "%")], lead_alternatives=[["高速公路项目公司"]],
          note="「如被拦截的违法超限超载车辆超重比例达到50%以上的，由高速公路项目公司引导车辆在收费广场或收费车道停靠，通知执法部门…」: "
               "the whole step is the response to its case, so the 由 agent is its unit (CONVENTIONS.md round-30 clarification: "
               "rule 3's case clause is a case inside an item whose work is something else): " + BY + "; 执法部门 (公安交警、"
               "交通执法) notified, no units (rule 3); 「达到50%以上的」: a threshold with 达到…以上 that triggers the step, a target "
               "(CONVENTIONS.md targets, round 30); " + NODATE),
        S(["二", "（三）", "3"], [], ["公安交警部门"], lead_alternatives=[["公安交警部门"]],
          note="「对于跨道通过称重区…的车辆，由公安交警部门对其进行处罚」: 对于 names the objects of the work (the whole step is this "
               "one clause), not a case beside other work: " + BY + "; " + NODATE),
        S(["二", "（三）", "4"], [], ["高速公路项目公司"], targets=[(10, "%")], lead_alternatives=[["高速公路项目公司"]],
          note="「二是针对无证擅自运输的大件运输车辆，由高速公路项目公司引导车辆…停靠，通知执法部门（公安交警、交通执法）进行现场执法」 "
               "(and again in 三是): " + BY + "; the bodies notified (执法部门, 公安交警, 交通执法) receive, no units (rule 3); "
               "「误差值超过10%的」 is a threshold with 超过 that picks the objects of the step: a target (CONVENTIONS.md targets, "
               "round 30); 「按照1和2进行处置」 names steps, not figures; " + NODATE),
        S(["二", "（四）", "2"], [], ["交通执法总队"], lead_alternatives=[["交通执法总队"]],
          note="「由交通执法总队责令并监督超限超载车辆消除违法状态（卸载）」, 「由交通执法总队开具相关执法材料」: " + BY
               + "; 「交由驾驶员签字确认」 a person, 「通知公安交警部门可予以放行」 a receiver, 「公安交警部门不得放行车辆」 a prohibition "
               "(no ruled verb); " + NODATE),
        S(["三", "（一）"], [], ["市道路运输管理局", "道路运输事业发展中心"],
          lead_alternatives=[["市道路运输管理局", "道路运输事业发展中心"]],
          not_targets=[(24, "小时")],
          note="「市道路运输管理局及道路运输事业发展中心负责本市高速公路入口治超的组织与协调工作。负责…」: " + YOU + " (two bodies "
               "joined by 及, split as plans-next78 split 「市道运中心及项目公司」); 「安排24小时值班人员」: 24小时 has no comparison "
               "word and names a norm (round-the-clock duty), not a target (CONVENTIONS.md targets, round 30); " + NODATE),
        S(["三", "（二）"], [], ["公安交警部门"], lead_alternatives=[["公安交警部门"]],
          note="「公安交警部门负责对超限超载车辆驾驶员进行处罚…」: " + YOU + "; 「发生违法车辆冲卡…时，由公安部门组织警力予以打击」 "
               "is a clause inside a case (CONVENTIONS.md rule 3): 公安部门 not added; " + NODATE),
        S(["三", "（四）"], [], ["高速公路项目公司"], lead_alternatives=[["高速公路项目公司"]],
          note="「高速公路项目公司负责对超限超载车辆的现场拦截、劝返…」, 「同时负责…道路养护维修」: " + YOU + "; 执法部门, 公安部门 "
               "receive information (rule 3); 「前后25米内」 (no comparison word of the round-30 list, the reach of the upkeep) is "
               "not checked either way; " + NODATE),
        S(["四", "（二）"], [], ["公安交警、交通执法等单位", "市道运中心", "各高速公路项目公司"],
          note="round 31: CONVENTIONS.md (fields sharing one head, round 31) — 「公安交警、交通执法等单位」: fields joined by 、 "
               "before one head are one name as printed, 等 kept (was responsible ['公安交警', '交通执法', '市道运中心', "
               "'各高速公路项目公司']); the earlier reading: "
               "「公安交警、交通执法等单位要落实好人员力量…，市道运中心要落实队伍…，各高速公路项目公司要…落实好劝返、引导车辆就近"
               "驶离工作」: three clauses with 落实, their subjects in printed order (CONVENTIONS.md rule 2, several clauses in one "
               "item), split on 、 with the tail 「等单位」 dropped (plans-dev EXPECTED.md units); no 牵头, no 会同: lead []; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 「—、指导思想」 (printed with a dash for 一) is a section; 二、 （一）（二） + （三）1.–4. + （四）1.–3. = 9, "
            "三、 （一）–（四） = 4; 四、工作要求: （二） names bodies by 落实 (a task), （一） 「各单位要…组织开展…」 (a general call addressed to all "
            "without a kind, rule 3 and its round-30 clarification) and "
            "（三） (named bodies with 应…宣传, no ruled verb) name no unit and are not tasks in a plan whose tasks name units "
            "(CONVENTIONS.md, round 27) → **14**. Accepted 15 (四/（三） counted for the bodies it names) and 16 (every numbered leaf)",
            "units: 「X负责」 in 三、 and 由 clauses in 二、 (rule 2); a clause inside a case (当…时, 发生…时) in an item whose work is "
            "something else is left out (rule 3: 二/（一）, 三/（二）), while a step that is wholly the response to its case takes "
            "its 由 agent (二/（三）/2, by the round-30 clarifications merged into main during this build, daefe8e / 984fbfa — before "
            "them this item was left unsampled); 二/（二） (「由收费系统…拦截」, 「由收费员人工确认」 — a system and a person, "
            "no bodies) not sampled",
            "dates: none but the signing date 2022年1月27日 — the set's weak side on dates, said plainly; no phases",
            "duties: none — 「公安交警部门做出处罚决定的，应当及时将处罚决定书内容抄送交通执法总队」 and 「收费站应及时报告执法部门」 "
            "are sendings inside cases (plans-next86's reading of 「及时…报告」 in a case)",
            "not targets: 国办发〔2019〕23号, 交办公路〔2019〕29号 (document numbers); 24小时 (a norm); 50%以上 (二/（三）/2) "
            "and 超过10% are targets by the round-30 threshold rule"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x93_04_shanghai-shuiwuju-2022-gongshui-hangye-zhineng-shuibiao-tongzhi.txt"

plan(X04,
     title="上海市水务局关于进一步推进本市供水行业智能水表工作的通知",
     title_note="the notice title (printed twice, then the number)",
     doc_no="沪水务〔2022〕60号",
     issuer="上海市水务局",
     date="2022-01-18",
     level="city bureau (Shanghai), to the district water bureaus, 城投水务集团, 城投兴港公司 and the water companies",
     source=shanghai_source("市政与基础设施", "上海市水务局关于进一步推进本市供水行业智能水表工作的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=7389921c886047959c7530c989563a2f&siteId=0004", 1439),
     style="a notice: 一、现状背景 (past outturns, unnumbered), 二、推进目标 （一）–（三） (headings over one dated paragraph "
           "each: 2022年起 / 到2022年底前 / 到2025年底前, 70%以上 / 30%以上), 三、工作要求 （一）–（三） (inline, 各供水企业要/应, "
           "市、区供水管理部门将…); an attached table named but not printed; no unit in a ruled form",
     leaf_tasks=6, count_alternatives=[3],
     leaf_tasks_by_section={"二、 （一）–（三）": 3, "三、 （一）–（三）": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、现状背景"],
     samples=[
        S(["二", "（一）"],
          note="「2022年起，新装水表原则上统一安装智能水表」: 2022年起 is a start, not a deadline (plans-dev 01 二/（五）); no body: "
               + R2NONE + "; " + NODATE),
        S(["二", "（二）"], dl="到2022年底前", dln="2022-12",
          note="「到2022年底前，力争实现本市非居民用户智能水表全覆盖」: the written date is the item's deadline; 全覆盖 has no "
               "figure; no body: " + R2NONE),
        S(["二", "（三）"], targets=[(70, "%"), (30, "%")], dl="到2025年底前", dln="2025-12",
          note="「到2025年底前，居民用户智能水表覆盖率达到70%以上…郊区供水企业范围内…覆盖率达到30%以上」: goal figures with 达到…以上 "
               "(targets); 「五个新城」 a Chinese numeral in a name; 「市属供水企业范围内」 / 「郊区供水企业范围内」 name where, not who "
               "(no ruled verb): " + R2NONE),
        S(["三", "（一）"],
          note="「各供水企业要认真梳理…合理制定智能水表年度目标和更换计划」: a kind of body acting with 要 and other verbs (梳理, 制定), "
               "none of rule 2's forms (plans-next86's reading of 各供水企业 with 应/要): " + R2NONE + "; T/SMA0013-2020 a "
               "standard number; " + NODATE),
        S(["三", "（三）"],
          note="「市、区供水管理部门将建立考核机制，督促指导供水企业…」: a plain sentence (建立, 督促指导): " + R2NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、现状背景 a section (no numbered child); no unit in a ruled form anywhere, so every numbered leaf is a "
            "task (CONVENTIONS.md, round 25/27: a plan that names no units) → 二、 3 + 三、 3 = **6**; 3 accepted (二、推进目标's "
            "goals read as targets of the plan, not tasks)",
            "dates: 到2022年底前 → 2022-12, 到2025年底前 → 2025-12 (item deadlines); 2022年起 a start; 截至2021年底 a past "
            "outturn's date; the signing date 2022年1月18日; no phases (「分阶段推进」 names no stages with dates beyond the items)",
            "not targets: the past outturns of 一、 (10万个, 944万只, 622万只, 322万只, 204万只, 162万只, 42万只, 21.6%) — in a "
            "section, not checked; the standard number T/SMA0013-2020; the attached 智能水表年度增量计划表 is not printed (no rows)",
            "units: none — the set's weak side on units for this plan, said plainly; taken for its dated goals"])

write_collected(DIR)
