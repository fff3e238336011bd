# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next91/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 30 (built by helper c91, with plans-next92 from one walk of the
index): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by
``locate`` of ../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md
(round 29's ruling on units written in sentences, round 30's on thresholds, general-provision articles and two
documents under one cover) applied to every item. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next91/make_expected.py tests/data/plans-next91
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
src = shanghai_source
R1 = "CONVENTIONS.md rule 1 (the label decides; sentences in the item add nothing)"
R2 = "CONVENTIONS.md rule 2"
R3 = "CONVENTIONS.md rule 3"
PLAIN = ("a body only as the plain subject of a verb that is not 牵头/负责/组织实施/实施/落实/组织＋verb and not after 由 "
         "(" + R2 + "–3): no unit — lead = [], responsible = []")
PIVOT = ("「A组织B…＋verb」 (组织 with bodies as its object, then the verb): A is the doer, B (the object of 组织) is "
         "not a unit (CONVENTIONS round 30 clarifications, on main since 984fbfa)")
FEN = ("「（A、B分工负责，C推进落实）」 closes the paragraph: A, B and C are the units (「分工负责」 and 「推进落实」 are "
       "phrases, like EXPECTED.md's 「按职责分工负责」), no lead named (lead = []); " + R1)
ZB = "各区电动自行车安全隐患全链条整治工作专班"
SJT = "市交通委"
JGZX = "市交通建管中心"
QJT = "各区交通主管部门"
FDG = "市发展改革委"
SJG = "市市场监管局"

# ---------------------------------------------------------------------------------------------------------
X01 = "x91_01_shanghai-2024-zhongda-jiaotong-gongcheng-yaosu-baozhang-zhidao-yijian.txt"

plan(X01,
     title="上海市重大交通工程要素保障指导意见（试行）（上海市交通委员会关于印发《上海市重大交通工程要素保障指导意见（试行）》的通知）",
     title_note="the guidance's own title (after the cover's date) or the notice title (the first line, repeated): either",
     doc_no="沪交建〔2024〕691号 (printed in the text)",
     issuer="上海市交通委员会",
     date="2024-09-25 (the cover's date; the index gives 2024-09-26)",
     level="city commission (Shanghai), a guidance (试行) on securing land, water, green and other 要素 for major transport works",
     source=src("工程建设管理", "上海市交通委员会关于印发《上海市重大交通工程要素保障指导意见（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e1e17711e1e646d698cdd3fc6409c86c&siteId=0010", 7351),
     style="notice title twice, number, cover (我委会同相关部门和单位编制), the guidance's title; 一、适用范围与工作要求 and "
           "二、组织机构与分工 are paragraphs without numbers (二、: four paragraphs of roles — 建设单位 牵头制定…, 各区交通主管"
           "部门 做好…, 市交通建管中心 组织和督促…, 市交通委 牵头组织…); 三、主要任务 （一）–（四） the four project stages, each "
           "「1．工作流程」 over （1）–（3）/（4） (a step's heading words, a full-width colon, then who does what) with unnumbered "
           "paragraphs after the last step (「此阶段工作过程中，…」) and a leaf 「2．成果形式和深度要求」; 四、保障措施 （一）（二） "
           "with heading lines (由X督促 / 由X统筹 / X牵头); then 「附件」 with its own 一、–四、 over （一）–（九） (what each stage "
           "checks: 40cm胸径以上 …)",
     leaf_tasks=20, count_alternatives=[18, 22, 49],
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围与工作要求", "二、组织机构与分工"],
     samples=[
        P(["三", "（一）", "1", "（1）"],
          note="「在要素行业主管部门和权属单位的配合下，研究单位收集相关资料并开展现场调查」: 「在A的配合下」 is like 「在A指导下」 "
               "(" + R3 + ": not units) and 研究单位 is the plain subject of 收集/开展 (" + R2 + "); " + NODATE),
        P(["三", "（一）", "2"],
          note="「2．成果形式和深度要求」: a leaf (no numbered child); its paragraph names 资源要素行业主管部门、权属单位 only as "
               "those asked (「向…了解」: receivers, " + R3 + "); 「军事用地、重要文物设施」 no figure; " + NODATE),
        S(["三", "（二）", "1", "（1）"], [], ["项目主体单位"], lead_alternatives=[["项目主体单位"]],
          note="「项目主体单位组织开展项目建议书要素保障章节编制工作」: the subject of 组织开展 (" + R2 + "; 项目主体单位 a kind of "
               "body, like 物业服务企业 in rule 2's list): responsible, lead = [] (accepted as lead); 「编制单位开展…」 and "
               "「供规划编制单位做好…」 plain subjects / an object (no unit); " + NODATE),
        S(["三", "（二）", "1", "（4）"], [], [SJT], lead_alternatives=[[SJT]],
          note="the step's text and the paragraph after it (「此阶段工作过程中，市交通委组织各区交通主管部门、项目主体单位、…"
               "就…向要素主管部门或权属单位征询意见并形成会议纪要」): " + PIVOT + " — responsible 市交通委, lead [] (accepted as "
               "lead); 「经区要素主管部门或权属单位反馈书面意见」 a receiver/approver (" + R3 + "); 「规划编制单位在规划层面稳定…」 "
               "a plain subject; " + NODATE),
        S(["三", "（三）", "1", "（3）"], [SJT], [SJT, "建设单位", JGZX, QJT, "工程可行性研究编制单位", "专业技术单位"],
          lead_alternatives=[[]],
          note="the step and the three unnumbered paragraphs after it up to 「2．」 (the item's body, " + R2 + ": 「its body up "
               "to the next item」): 「市交通委会同建设单位、市交通建管中心、各区交通主管部门、工程可行性研究编制单位、专业技术单位"
               "等就要素保障章节征询…意见」 — 「A会同B…＋verb」: lead A (lead [] accepted), responsible A and the bodies after "
               "会同 in the printed order (等 dropped); 「市交通委组织开展工程可行性研究预审时」 adds 市交通委 (already there); "
               "「预评审单位重点核查」, 「专业技术单位同步更新」 plain subjects; 「各区交通主管部门积极组织相关街镇，配合…」: " + PIVOT
               + " (各区交通主管部门 already a unit by 会同; 相关街镇 not); " + NODATE),
        P(["三", "（四）", "1", "（4）"],
          note="「建设单位定期梳理…，在承诺期…及时履行相关承诺，归还借用指标」: a plain subject (" + R2 + "); 定期 a rhythm of its "
               "own work, not a report; 「在承诺期」 no date; " + NODATE),
        P(["三", "（四）", "2"],
          note="「后续实施过程中若有重大调整，由市交通建管中心督促建设单位…，获得一致意见后由建设单位更新…」: both 由-clauses stand "
               "inside a case (「若有重大调整」): a contingency, not the item's work (" + R3 + "); the first paragraph names no "
               "body; " + NODATE),
        S(["四", "（一）"], [], [JGZX, "建设单位"],
          note="re-read under CONVENTIONS.md round-30 clarifications: 「督促B整改」, the object of a pivot verb is not a unit "
               "— 「由市交通建管中心督促建设单位会同各区交通主管部门…进行摸排」 makes 建设单位 (and the 会同 clause inside the "
               "pivot's complement, 各区交通主管部门) objects of 督促, not units; 建设单位 stays a unit by its own 「由建设单位同步"
               "梳理…」 (由 + a verb of doing, " + R2 + "); old lead 建设单位, responsible 市交通建管中心, 建设单位, 各区交通主管"
               "部门 → lead [], responsible 市交通建管中心, 建设单位. The earlier note: "
               "heading line 「（一）加强统筹联动」, text in the next paragraph: 「在市规划资源局、市水务局、…等资源要素行业主管部门"
               "的指导下」 — guides, not units (" + R3 + "); 「由市交通建管中心督促…」 (由 + a verb of doing: responsible "
               "市交通建管中心); 「建设单位会同各区交通主管部门…进行摸排」 (会同: lead 建设单位, lead [] accepted; responsible "
               "建设单位, 各区交通主管部门); 「由建设单位同步梳理…」 (由: 建设单位 again); 「由交通类项目优先使用」 names projects, "
               "not a body; all bodies in the printed order (" + R2 + ": several clauses in one item); the 会议机制's "
               "「定期研究并协调解决」 is a coordination rhythm (a duty); " + NODATE),
        S(["四", "（二）"], [QJT], [JGZX, QJT],
          note="re-read under CONVENTIONS.md round-30 clarifications: pivot objects 「组织B开展」, the object of a pivot verb "
               "is not a unit — 「各区交通主管部门牵头区相关部门主动对接」: 各区交通主管部门 the doer by 牵头 (" + R2 + "), "
               "区相关部门 the object of the pivot, not a unit; old responsible 市交通建管中心, 各区交通主管部门, 区相关部门 → "
               "市交通建管中心, 各区交通主管部门. The earlier note: "
               "heading line 「（二）严格过程管理」 and three paragraphs: 「由市交通建管中心统筹各交通建设单位，将…纳入…」 (由 + "
               "verb: responsible 市交通建管中心); 「鼓励有条件的交通建设单位…」 an encouragement (no unit); 「各区交通主管部门牵头区"
               "相关部门主动对接、积极推进」 (「A牵头…」: lead A; the bodies it leads, 区相关部门, take part: responsible) — " + R2
               + "; 「年度目标管理手册」 / 「年度综合交通发展水平考核」 yearly tools, no date; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "建立要素保障会议机制，定期研究并协调解决项目推进过程中存在的问题", "when": "定期", "when_norm": None}],
     notes=["counting: 一、 (scope and general requirements: a general-provision section, round 30) and 二、 (four unnumbered "
            "paragraphs of roles) are childless sections; 三、 （一） 1．（1）–（3） + 2． (4), （二） 1．（1）–（4） + 2． (5), "
            "（三） 1．（1）–（3） + 2． (4), （四） 1．（1）–（4） + 2． (5) = 18; 四、保障措施 （一）（二） name bodies by 由/会同/"
            "牵头 (" + R2 + "), so they are tasks (round 27) → **20**, counted to the 「附件」 line. Accepted: 18 (三、 only), "
            "22 (一、 and 二、 each read as one task) and 49 (the attachment's 29 numbered checks counted too)",
            "samples: nine of twenty — 三、（一） two, （二） two, （三） one, （四） two, 四、 both",
            "units: the actors are mostly kinds of bodies (建设单位, 研究单位, 项目主体单位, 专业技术单位, 编制单位, 各区交通主管部门) "
            "and named ones (市交通委, 市交通建管中心); by " + R2 + " (a closed list, round 30 clarifications) only 组织开展 / "
            "「A组织B＋verb」 (A the doer, B not), 会同, 牵头 and 由 + verb make them units (the objects of pivot verbs — "
            "督促B会同C…, 牵头B对接 — are not, round 30 re-read of 四、); plain subjects, bodies asked or guiding (向…了解, 在…的配合下/指导下, 经…) and clauses "
            "inside a case (若有重大调整) give none (" + R3 + "); 二、's paragraphs are a childless section (rule 4 concerns a "
            "lead-in to a section's items)",
            "dates: none in the guidance (年版 / 〔2021〕 in documents' names)",
            "figures: none in the body; the attachment's 「40cm胸径以上」 is not in a task",
            "phases: the four project stages 项目储备 / 项目建议书 / 工程可行性研究 / 初步设计至实施 carry no dates: not schedule "
            "phases (none)",
            "duties: the 要素保障会议机制 meeting 「定期」 (a coordination rhythm, 四、（一）)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x91_02_shanghai-2024-diandong-zixingche-chongdian-shoufei-tongzhi.txt"

plan(X02,
     title="关于规范我市电动自行车充电收费行为的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪发改价管〔2024〕42号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会 with 市应急局, 市市场监管局, 市住房城乡建设管理委, 市房管局 (five signatures)",
     date="2024-09-10 (the text's date; the index gives 2024-09-14)",
     level="city commissions (Shanghai), a notice regulating e-bike charging fees and giving each measure to units",
     source=src("工程建设管理", "关于规范我市电动自行车充电收费行为的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f04b48eb2002423bbf0305b6eb516712&siteId=0025", 3039),
     style="a notice with top-level items 一、–八、 whose text is one or two paragraphs, each paragraph closing with a unit "
           "bracket 「（A、B分工负责，各区电动自行车安全隐患全链条整治工作专班推进落实）」 or 「（A负责，…推进落实）」; 六、 has "
           "four headed children 「1.自建充电设施」 … 「4.提供相关补贴」 (heading line, text in the next paragraph); dates "
           "「自2025年1月1日起」 (一、), 「2024年底前」 and 「2025年6月底前」 (三、); five signatures",
     leaf_tasks=11, count_alternatives=[13],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二"], [], [SJG, ZB], lead_alternatives=[[SJG]],
          note="「（市市场监管局负责，各区电动自行车安全隐患全链条整治工作专班推进落实）」: responsible both; 市市场监管局 is the one "
               "「负责」 body (lead [] — no lead is named —, the 负责 body accepted as lead); " + R1 + "; " + NODATE),
        S(["三"], [], ["市电力公司", "石电能源", ZB], dl="2025年6月底前", dln="2025-06-30",
          other_deadlines=[{"deadline": "2024年底前", "deadline_norm": "2024-12-31"}],
          note=FEN + "; the short names 市电力公司 and 石电能源 as printed in the bracket; the sentences 「电网企业应…」 「各区应重点"
               "督促…」 add nothing (rule 1); two dated steps: the applications 「2024年底前」 and the direct supply 「2025年6月"
               "底前」 — the item's goal (由电网直接供电) is the later; 「自发文之日起」 a start"),
        S(["五"], [], [FDG, SJG, ZB], note=FEN + "; " + NODATE),
        S(["六", "1"], [], ["市住房城乡建设管理委", "市房管局", ZB],
          note="heading line 「1.自建充电设施」, text and bracket in the next paragraph: 「（市住房城乡建设管理委、市房管局负责，"
               "…专班推进落实）」 — responsible all three, no lead (lead = []); 街镇、居（村）委会… are those encouraged (not units, "
               "rule 1); " + NODATE),
        U(["六", "2"], [ZB], targets=[(5, "年")],
          note="「（各区电动自行车安全隐患全链条整治工作专班推进落实）」: the one unit (" + R1 + "); 「倡导签订5年以上运营合作协议」 "
               "— 5年 with 以上 is a target (CONVENTIONS round 30: a quantity joined to a comparison word); " + NODATE),
        U(["八"], [ZB],
          note="「各区要高度重视…」 is a general call; the bracket 「（各区…专班推进落实）」 gives the unit (" + R1 + "); the last "
               "item; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、–五、, 七、, 八、 are top-level items without numbered children whose text carries its own unit "
            "brackets: each a complete task (plans-dev 03); 六、 holds 1.–4. → 7 + 4 = **11**. Accepted: 13 (一、 and 七、, each "
            "two paragraphs with a bracket of their own, read as two tasks each)",
            "samples: six of eleven (二、 三、 五、 六、1. 六、2. 八、); 一、 and 七、 are not sampled (two brackets in one item)",
            "units: the brackets decide (rule 1); 「分工负责」 and 「推进落实」 phrases; no lead is named anywhere; a single "
            "「负责」 body beside the 专班 is accepted as lead",
            "dates: 三、's 2024-12-31 and 2025-06-30; 一、's 「原则上自2025年1月1日起全面实现…单独计量」 (not sampled) is a start that "
            "works as a deadline",
            "figures: 「5年以上」 (六、2.) the only quantity of a task",
            "no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x91_03_shanghai-2024-changsanjiao-shichang-yitihua-zhongdian-gongzuo-jucuo.txt"
CSY = "三省一市"
RESP = ("「（…按职责分工负责）」 closes the item: the listed units are responsible; 「按职责分工负责」 a phrase, the category "
        "tail 「等部门」/「等单位」 dropped (EXPECTED.md: 「等建设主管部门」 is not a unit); " + R1)
BARE = ("a list of fields under one 「三省一市…等部门」: split on 、 as printed (EXPECTED.md), 「三省一市」 kept on the first name "
        "where it is printed, the tail 「等部门」 dropped")

plan(X03,
     title="推进长三角区域市场一体化建设近期重点工作举措（2024-2025年）（关于印发《推进长三角区域市场一体化建设近期重点工作举措（2024-2025年）》的通知）",
     title_note="the measures' own title (after the 「附件」 line) or the notice title (the first line): either",
     doc_no="沪发改改革〔2024〕13号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会 and 上海市市场监督管理局 with the 发展改革委 and 市场监管局 of 江苏, 浙江, 安徽 (eight signatures)",
     date="2024-08-29 (the cover's date; the index gives 2024-09-13)",
     level="city commission (Shanghai) with three provinces' bodies, a forwarding notice and the joint measures it forwards",
     source=src("工程建设管理", "关于印发《推进长三角区域市场一体化建设近期重点工作举措（2024-2025年）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=7051eba4b30f40fdb802c754080954e1&siteId=0025", 4314),
     style="a forwarding notice (「现印发给你们」, a 「附件：」 line, eight signatures), then 「附件」 and the measures: a preamble, "
           "一、–五、 headings over items 1.–18. NUMBERED ON across sections, each closing with 「（三省一市X部门负责）」, "
           "「（三省一市X部门牵头，Y等部门按职责分工负责）」 or 「（三省一市A、B、C等部门按职责分工负责）」 (a list of fields "
           "sharing one 「…等部门」)",
     leaf_tasks=18, count_alternatives=[],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        U(["一", "1"], [CSY + "市场监管部门"], note="「（三省一市市场监管部门负责）」; " + NODATE),
        S(["一", "2"], [CSY + "发展改革部门"], [CSY + "发展改革部门", "信用中心"],
          note="「（三省一市发展改革部门牵头，信用中心等单位按职责分工负责）」: 牵头 names the lead; responsible the lead and "
               "信用中心 (「等单位」 a tail); " + R1 + "; 「《2023年长三角区域公共信用信息补充目录》」 a name with a year; " + NODATE),
        U(["二", "6"], [CSY + "公共资源交易主管部门"],
          note="「（三省一市公共资源交易主管部门等按职责分工负责）」: one unit, 「等」 dropped; " + RESP + "; " + NODATE),
        S(["三", "9"], [], [CSY + "地方党委金融办", CSY + "中央金融管理部门"],
          note=RESP + "; two names, each printed with 「三省一市」; no lead (lead = []); 上海证券交易所、上海期货交易所 are "
               "bodies the item's work concerns, not units (rule 1); " + NODATE),
        S(["四", "12"], [CSY + "市场监管部门"], [CSY + "市场监管部门", "商务"],
          note="「（三省一市市场监管部门牵头，商务等部门按职责分工负责）」: lead by 牵头; " + BARE + " (「商务」); 「全国12315平台」 "
               "a name with digits; " + NODATE),
        S(["五", "17"], [CSY + "市场监管部门"], [CSY + "市场监管部门", "应急部门", "一体化示范区执委会"],
          note="「（三省一市市场监管部门牵头，应急部门、一体化示范区执委会等按职责分工负责）」: lead by 牵头; responsible the lead "
               "and the two after it (「等」 dropped); 「一地六县」 and 「皖北八市」 names; " + NODATE),
        S(["五", "18"], [], [CSY + "发展改革", "市场监管部门"],
          note="「（三省一市发展改革、市场监管部门负责）」: " + BARE + " (the shared 「部门」 stays on the last name as printed); "
               "no lead (lead = []); the sentence 「上海市、江苏省、浙江省、安徽省四地发展改革委、市场监管局建立定期沟通协商工作机制」 "
               "adds nothing (rule 1); 「三省一市定期对推进工作进行总结评估」 a rhythm (a duty); the last item; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "三省一市定期对推进工作进行总结评估", "when": "定期", "when_norm": None}],
     notes=["counting: two documents under one cover (CONVENTIONS round 30): the forwarding notice names no task; the measures "
            "after 「附件」 hold 一、–五、 over 1.–18. → **18**",
            "samples: seven of eighteen, from each of 一、–五、",
            "units: every item has its bracket (rule 1); 「牵头」 names the lead where printed (2., 8., 10.–13., 17.); lists of "
            "bare fields (「三省一市法院、检察院、公安…等部门」) are split as printed, the tail dropped",
            "dates: none in the items; 「（2024-2025年）」 is the measures' period in their title (no deadline)",
            "figures: none checked (12315, 一地六县, 皖北八市 are names)",
            "duties: the 定期 summary and evaluation by 三省一市 (18.)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x91_04_shanghai-2024-zhaotoubiao-yuliu-fene-zhongxiao-qiye-tongzhi.txt"

plan(X04,
     title="上海市住房和城乡建设管理委员会关于在工程建设招投标领域通过预留份额方式促进中小企业发展的通知",
     title_note="the notice's title (the first line; repeated on the third)",
     doc_no="沪建建管〔2024〕375号 (printed in the text)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2024-07-22",
     level="city commission (Shanghai), a short notice giving the districts and tenderers work for SME set-asides",
     source=src("工程建设管理", "上海市住房和城乡建设管理委员会关于在工程建设招投标领域通过预留份额方式促进中小企业发展的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=db39e4386543473a9b50460cfbfe8c9e&siteId=0011", 1234),
     style="title twice, number, addressees (各区建设管理（交通）委，相关单位); three top-level items 一、遴选项目 二、招投标要求 "
           "三、工作要求, each a heading line over one paragraph, with no numbered child; 「本通知自印发之日起施行」; date",
     leaf_tasks=3, count_alternatives=[2],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一"], targets=[(3, "个")],
          note="「各区在依法必须招标的政府投资项目中，选取至少3个…项目」: 各区 is the plain subject of 选取 (" + R2 + "–3): no "
               "unit; 「至少3个」 is a floor joined to a comparison word (至少): a target (CONVENTIONS round 30); "
               "「工信部联企业〔2011〕300号」 a document number; " + NODATE),
        P(["二"],
          note="rules for 招标人 / 投标人 (roles as plain subjects of 应…: no unit); 「附件1」 is the name of another document's "
               "attachment; " + NODATE),
        P(["三"], dl="今年第四季度", nodl=True,
          note="「各区要高度重视…，今年第四季度报送执行情况」: a general call (「各区要…」, " + R3 + "): no unit; the report's time "
               "「今年第四季度」 — 今年 is the notice's year (2024-07-22), the quarter ends 2024-12: its deadline (a month answer "
               "accepts the quarter's last day); the report is also a duty; deadline: none — Round 49 rulings, Dates (p46c), "
               "which names x91_04: the item's work goes on (高度重视、加强工作协调、鼓励…遴选项目, the standing set-aside) and the "
               "report is its running account, so 今年第四季度 dates the duty only (2024-12 was the answer before)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区报送在工程建设招投标领域通过预留份额方式支持中小企业工作的执行情况", "when": "今年第四季度",
              "when_norm": "2024-12"}],
     notes=["counting: 一、–三、 are the notice's only items (heading + paragraph, no numbered child); the notice names no unit "
            "(a plain subject, roles and a general call), so every numbered leaf is a task (plans-dev 08; CONVENTIONS "
            "「What is a task」) → **3**. Accepted: 2 (三、工作要求 read as a requirement section without a unit, round 27)",
            "samples: all three",
            "units: none by CONVENTIONS rules 2–3 (a close call for the walk: taken for its dated report and its threshold)",
            "dates: 「今年第四季度」 → 2024-12 (三、); 「自印发之日起施行」 entry into force",
            "figures: 「至少3个」 (一、) a target; 〔2011〕300号 and 〔2024〕21号 / 249号 document numbers",
            "duties: the districts' Q4 report on how the set-aside was carried out"])

# round 31: answers aligned (ra31) to tests/data/CONVENTIONS.md — the checks that passed with the sentence-unit
# reader off and failed with it on, each read again by the ruling (README, "Round 31: answers aligned (ra31)")
from expected_tools import align31  # noqa: E402

align31('x91_03', ['四', '12'], ['三省一市市场监管部门'], ['三省一市市场监管部门', '商务等部门'], '「（三省一市市场监管部门牵头，商务等部门按职责分工负责）」: the label decides; 「商务等部门」 is one name as printed, 等 kept (round 31, 「fields sharing one head」: 「商务等部门」 one name)', rule='1')  # noqa: E501
align31('x91_03', ['五', '18'], [], ['三省一市发展改革、市场监管部门'], '「（三省一市发展改革、市场监管部门负责）」: the label decides; fields joined by 、 before one head noun are one name as printed (round 31, 「fields sharing one head」: 「三省一市发展改革、市场监管部门」); a single unit with 负责: lead [], the unit as lead accepted', alt=[['三省一市发展改革、市场监管部门']], rule='1')  # noqa: E501

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x91_01', S32(['二'], ['建设单位', '市交通委'], ['建设单位', '各区交通主管部门', '上海市交通建设工程管理中心', '市交通委'],
          lead_alternatives=[[]], note='「交通建设工程的建设单位主动跨前参与…。建设单位作为…责任主体，牵头制定和落实要素保障方案」 (a designation and 牵头: a lead) 「各区交通主管部门做好…」「上海市交通建设工程管理中心（以下简称市交通建管中心）组织和督促建设单位完成…」 (A组织B＋verb) 「市交通委…牵头组织和对接…」 (a lead); no date'),
          'a childless section of unit paragraphs', '「二、组织机构与分工」 has no numbered children; its four unnumbered paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order',
          '二、组织机构与分工', leaf_tasks=21, count_alternatives=[18, 22, 50])
# round 33 (p33u): answers aligned to tests/data/CONVENTIONS.md "Round 33 rulings", read at the item (README, round 33)
from expected_tools import align33_units  # noqa: E402

align33_units('x91_01', ['四', '（二）'], ['各区交通主管部门'], ['市交通建管中心', '各区交通主管部门', '区相关部门'],
              '「由A牵头B、C＋verb」 reads as 「由A牵头，B、C配合」 (lead A; responsible A, B, C) — 「各区交通主管部门牵头区相关部门主动对接」: 区相关部门 (a kind, 相关部门) the object of 牵头')  # noqa: E501

write_collected(DIR)
