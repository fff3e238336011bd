# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next268/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 53 (built by helper c268): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 60 rulings", "Round 61
rulings, written early" and "Round 62 rulings" included) applied to every item. Neither the parser nor the scorer was
run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next268/make_expected.py tests/data/plans-next268
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit; round 44 "
          "(decided) reads any verb of doing only in 第X条 articles, outside them the closed list stands")
LABEL = ("rule 1: the bracket 「（责任单位：…）」 closing the item is its unit label and gives its units, in printed order; "
         "sentences in its text add nothing; 责任单位 names no lead (round 57's x253_05, round 59's x260_07, round 61's "
         "x265_01): lead []; a final 等 is dropped (round 31: the scorer strips only a final 等)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CARRY = "round 34: an elided subject carries over inside one paragraph"


# ---------------------------------------------------------------------------------------------------------
X01 = "x268_01_shi-fagaiwei-2021-reits-fazhan-xingaodi-shishi-yijian.txt"
N01 = "关于印发上海加快打造具有国际竞争力的不动产投资信托基金（REITs）发展新高地实施意见的通知"
P01 = "关于上海加快打造具有国际竞争力的不动产投资信托基金（REITs）发展新高地的实施意见"
FGW, CZ, SJS, JRJ, RS = "市发展改革委", "市财政局", "上海证券交易所", "市地方金融监管局", "市人力资源社会保障局"
ZJJ, GQ, SW, GZY, QZF = "上海证监局", "市国资委", "市税务局", "市规划资源局", "各区政府"
NODATE01 = (NODATE + " (「本意见自2021年8月1日起施行，有效期至2026年7月31日」 is the close — entry into force and validity, "
            "round 34; no item dates its work)")


def L01(path, units, note="", **kw):
    """An item of the 实施意见: its 责任单位 label gives its units (lead [])."""
    if len(units) == 1:
        kw["lead_alternatives"] = [list(units)]
        note = note + "; " + ONE
    return S(path, [], list(units), note=LABEL + "; " + note + "; " + NODATE01, **kw)


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the 实施意见's own title line (after the cover's date) or the notice title (line 1): either (round 30; "
                "round 60's x256_06: a plan's own title line after its cover is its title)",
     doc_no="沪发改规范〔2021〕6号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with seven city bodies (上海市地方金融监督管理局, 中国证券监督管理委员会上海监管局, 上海市财政局, "
            "上海市国有资产监督管理委员会, 国家税务总局上海市税务局, 上海市人力资源和社会保障局, 上海市规划和自然资源局; eight "
            "signatures, one a line)",
     date="2021-06-18",
     date_note="the cover is dated 2021年6月18日 (the index 2021-06-21, the publication); in force 2021年8月1日, valid to "
               "2026年7月31日 (the index marks it 失效)",
     level="eight city bodies (Shanghai), an 实施意见 on infrastructure REITs: twenty measures under six headed sections, "
           "each closing with a 「（责任单位：…）」 label",
     source=src("工程建设管理", N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=4ab3ad25d2b34d2983796a9b70943e40&siteId=0025", 4945),
     style="a cover (addressees 「各区人民政府、各相关单位：」, one paragraph 「…请结合实际认真落实。」, eight signatures and the date); "
           "the 意见's title line; a preamble; 一、–六、 heading lines over items （一）–（二十） numbered straight through, one "
           "paragraph each, each ending in 「（责任单位：A、B…等）」; the entry into force as the last paragraph; blank lines "
           "between all paragraphs",
     leaf_tasks=20, count_alternatives=[18],
     leaf_tasks_by_section={"一、": 6, "二、": 4, "三、": 2, "四、": 2, "五、": 2, "六、": 4},
     childless_top_level_sections=[],
     samples=[
        L01(["一", "（一）"], [FGW, CZ],
            note="「上海REITs发展专项资金的管理办法另行制订」 inside an item that gives work is that item's (round 41), no unit "
                 "of its own beside the label"),
        L01(["一", "（二）"], [SJS, JRJ, CZ, RS, FGW],
            note="「支持上海证券交易所开展…」 — a body the item supports is no doer (鼓励／支持 name none, round 40), and the label "
                 "decides anyway (rule 1); 「符合条件的可给予办理直接落户支持」 an option (可)"),
        L01(["一", "（五）"], [FGW, QZF],
            note="「鼓励各区对…中介费用予以适当补贴」 — 鼓励 names no doer (round 40) and 补贴 pays (round 46), the label decides"),
        L01(["一", "（六）"], [CZ, SW, GZY, GQ],
            note="「由市区两级税务部门安排专人提供税务咨询服务」 — a 由 clause in the text adds nothing where a label stands (rule 1: "
                 "the label decides; plans-dev 06 三/（一））"),
        L01(["二", "（八）"], [FGW],
            note="the item's text is two encouragements 「鼓励…整体打包发行…」「鼓励…共同持有…，并合作组建…」 with no doer and no "
                 "要／应 (round 40: 鼓励 names no doer), but its label names the body given the work: an item that names a unit "
                 "is a task (CONVENTIONS.md 'What is a task', round 33) — RULING? 1 (count 18 without （八） and （十五） "
                 "accepted)"),
        L01(["二", "（十）"], [SJS],
            note="「由上海证券交易所联合相关单位，邀请…」 — the text's own 由 clause names the same body; the label decides (rule 1), "
                 "and 相关单位 is a general call anyway (round 33); 「定期召开」 a rhythm, no date"),
        L01(["四", "（十三）"], [FGW, GQ, QZF],
            note="「依托市区两级相关政府部门以及专业服务机构，广泛开展…梳理工作」 — bodies relied on, no units beside the label; "
                 "「试点一批、储备一批、后备一批」 a slogan, no figure"),
        L01(["五", "（十六）"], [FGW, ZJJ, QZF, "临港新片区管委会", SJS],
            note="「原始权益人将项目申请材料报送市发展改革委并同步抄送所在区发展改革委」 — an applicant's filing (round 30; round 41): no "
                 "unit, no duty; 「市区两级发展改革部门会同相关部门…加快开展项目合规性审查」 — a sentence adds nothing where a label "
                 "stands (rule 1); 「及时向国家发展改革委出具无异议专项意见」 is the commission's own opinion in its review, not a "
                 "report (round 45's notice in a procedure)"),
        L01(["六", "（十八）"], [FGW, JRJ, ZJJ, GQ, CZ, SW, GZY, RS, "市市场监管局", "市民政局"],
            note="ten bodies in printed order, the final 等 dropped; 「支持成立本市基础设施REITs行业协会」 — a body the item supports "
                 "setting up is no unit (round 35; round 40's 支持)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover (one paragraph 「…请结合实际认真落实」) and the preamble no tasks; 一、 （一）–（六） 6, 二、 "
            "（七）–（十） 4, 三、 （十一）–（十二） 2, 四、 （十三）–（十四） 2, 五、 （十五）–（十六） 2, 六、 （十七）–（二十） 4 → **20**, "
            "every item labelled (rule 1). The last paragraph 「本意见自2021年8月1日起施行，有效期至2026年7月31日。」 is the close "
            "(round 34). Accepted: 18 (（八） and （十五）, whose text only encourages 「鼓励…」, read as no tasks — RULING? 1).",
            "units: each item's 「（责任单位：…）」 label, in printed order, lead [] (责任单位 names no lead; no 牵头 anywhere); a "
            "single-body label's body accepted as lead (" + ONE + "); the names as printed (市发展改革委, 市地方金融监管局, 上海证监局, "
            "上海银保监局, 临港新片区管委会, 各区政府 …), the final 等 dropped",
            "dates: 2021年6月18日 (the cover), in force 2021年8月1日, valid to 2026年7月31日 (the close); no item is dated; no "
            "phases, no duties (「原始权益人将项目申请材料报送市发展改革委」 in （十六） is an applicant's filing, round 41)",
            "figures: none in the items (QFII, RQFII are names); no targets, no plan targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x268_02_shi-yingjiju-2021-anquan-shengchan-zeren-baoxian-tongzhi.txt"
N02 = "上海市应急管理局关于进一步推进本市安全生产责任保险工作的通知"
HEADED02 = ("round 34 (written early): in a notice of headed points a childless point whose text gives work (a rule-2 doer "
            "or an instruction 「要…」「应…」) is a task; each point here is one paragraph opening with a run-in heading "
            "「一、全面排查梳理，加大推进力度。」")
GBT = "安全生产责任保险共保体各成员单位"

plan(X02,
     title=N02,
     title_note="the notice title (line 1)",
     doc_no="沪应急危化〔2021〕45号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市应急管理局",
     date="2021-06-03",
     date_note="the notice is dated 2021年6月3日 (the index the same)",
     level="a city bureau (Shanghai's emergency management bureau), a notice pushing on the safety-production liability "
           "insurance of hazardous chemicals and industry and trade: four headed points to the district bureaus and the "
           "insurers' consortium",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=788ff4fd62ac44969e0b362c9e93851a&siteId=0037", 1518),
     style="addressees 「各区应急管理局、各有关单位：」, a preamble with past figures (截至4月底 600余家, 9万余人, 近36亿元); four "
           "headed points 一、–四、, each one paragraph opening with a run-in heading; no blank lines between them; the "
           "signature and the date after one blank line",
     leaf_tasks=4, count_alternatives=[],
     leaf_tasks_by_section={"一、": 1, "二、": 1, "三、": 1, "四、": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note=HEADED02 + "; 「各有关单位要充分认识…，进一步推动…落地实施」 — 各有关单位 a general call (round 33: the bare "
               "有关单位／各单位), 推动 no rule-2 verb; 「各区应急管理局要对辖区内企业进行全面排查梳理，督促强制范围内企业全面投保，"
               "同时向鼓励范围内的企业加大宣传，引导其积极投保」 — 进行 is not 实施 (round 37), 督促 and 引导 are pivots outside the list "
               "(round 30), 加大 none: no doer (" + CLOSED + "); 「促进企业落实主体责任」 — 企业 is the object of the pivot 促进, no "
               "designation of a party the plan tasks (round 30's pivot object; round 53: receivers of a duty named from outside a "
               "work heading are none): " + NONE + "; " + NODATE),
        S(["二"], [], [],
          note=HEADED02 + "; 「各区应急管理局要加大监督指导力度，将实施安全生产责任保险纳入落实企业安全生产主体责任和…监督管理的内容」 — "
               "加大 and 纳入 (no money) are no rule-2 verbs; 实施 and 落实 stand inside the object of 将…纳入, nouns' descriptions "
               "(round 33: 落实 as a noun gives no doer; round 30: a body inside a noun's description); a guide is none (round 55); "
               "「共保体各成员单位必须按照本市统一要求开展业务，不得擅自变更标准要求」 — 开展 without 组织 (round 30): " + NONE + "; "
               + NODATE),
        S(["三"], [], [GBT], lead_alternatives=[[GBT]], not_targets=[(5, "家")],
          note=HEADED02 + "; 「安全生产责任保险共保体各成员单位要…做好…，要定期开展安全生产培训、积极配合和参与安全生产宣传教育、聘请专家…」"
               " — 配合 with a subject of its own and no partner named makes the subject a doer (round 44's 「A应当配合做好…工作」; "
               "round 46 (p44g) governs; round 54's s48a), the consortium's members a group named as printed (round 35: 「各成员单位"
               "按照责任分工落实」 a doer as printed; not members of a group the item sets up: the consortium stands before the "
               "notice); 做好, 开展, 聘请 are no rule-2 verbs; 「各区应急管理局可按…，与共保体等相关机构组成联合工作组，指导和支持…」 — "
               "可 is an option and reaches every verb joined to it (round 40): no unit; " + ONE_LEAD + "; 「目前，共保体经招投标确定"
               "5家事故预防服务机构作为2021年度…供应商」 — a present fact (round 33: past and present figures are not targets) → "
               "5家 not a target, 2021年度 a year in a noun, no date (round 61's 「2020年防汛物资」): " + NODATE),
        S(["四"], [], [],
          note=HEADED02 + "; 「各区应急管理局应积极与本市安全生产责任保险共保体进行对接沟通，探索开展保险服务创新试点，探索与…相结合」 — "
               "进行 and 探索开展 (开展 without 组织) are no rule-2 verbs (" + CLOSED + "), the consortium a liaison partner (round "
               "38: 「与A对接」 no unit): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、–四、 each a childless headed point whose text gives work (「要…」「应…」) → "
            "**4** (" + HEADED02 + "). No other count is accepted (every point instructs).",
            "units: only 三、 names a doer by rule 2 (the consortium's members, by 配合 with a subject of its own); the district "
            "bureaus act only by verbs outside rule 2 (进行, 督促, 加大, 纳入, 探索开展) or by an option (可) — outside 第X条 "
            "articles the closed list stands (round 44); 各有关单位 a general call (round 33)",
            "dates: 截至4月底 (a past cut-off in the preamble, round 41), 2021年度 (a year in a noun), 2021年6月3日 (the "
            "signature); no deadline, no phases, no duties",
            "figures: none are targets — 600余家, 9万余人, 近36亿元 (past outturns in the preamble, round 25), 5家 (a present fact, "
            "round 33), 沪应急行规〔2020〕3号 (a document number)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x268_03_shi-jiaotongwei-2021-gangkou-chuanbo-andian-sheshi-jianshe-shiyong-tongzhi.txt"
N03 = "关于进一步规范本市港口和船舶岸电设施建设使用工作的通知"
JT = "各级交通运输主管部门"
SHIPS = ("ships as subjects 「…船舶应具备…」 and the bare 「均要求配备…」 name no body: a ship is a thing (round 59's x257_03), "
         "and 要求 has no subject (round 41): no unit")
CLASS03 = ("「3千总吨及以上的客船」「5万吨级及以上的干散货船」 and 「输出功率超过130千瓦…的中国籍公务船、内河船舶」 are figures inside nouns "
           "naming the class of ship the rule covers (round 58: a figure inside a noun naming a class is not_target; round 51)")
BERTH = ("「靠泊超过3小时」「靠泊超过2小时」 in the 「…且不使用有效替代措施的」 condition are targets (round 40's own example: 「a figure "
         "in a condition of a case or an event 「靠泊超过3小时的」… is a target」; round 30's line)")
START = ("「2021年1月1日起」「2022年1月1日起」 say from when a requirement applies — a start, like an entry into force, not a date "
         "the work is due by (round 34: 「本通知自…起实施」 is the close; round 45: a validity is no deadline) — RULING? 3")

plan(X03,
     title=N03,
     title_note="the notice title (line 1, printed again on line 3 above the document number)",
     doc_no="沪交科〔2021〕374号 (printed on line 5)",
     issuer="上海市交通委员会 and 上海海事局 (signatures 「市交通委」「上海海事局」)",
     date="2021-05-13",
     date_note="the notice is dated 二○二一年五月十三日 (the index gives 2021-05-25, the publication)",
     level="two city bodies (Shanghai's transport commission and the Shanghai maritime safety administration), a notice "
           "on building and using shore power at ports and on ships: ship equipment, berths, use, the data platform, "
           "prices and support",
     source=src("工程建设管理", N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9b0a4b17364142a0ab282fc3efc8a619&siteId=0010", 3435),
     style="the title twice (line 1 and line 3), the document number, addressees 「各相关单位：」, a preamble; 一、–五、 heading "
           "lines over items （一）–（十三） numbered straight through, each a run-in heading and one paragraph; （二） with "
           "「其中：」 and items 「1、…」–「3、…」, then an unnumbered paragraph 「船舶检验机构严格落实船舶岸电系统的检验要求。」 closing 一、; "
           "two signatures and the date in Chinese numerals; blank lines between all paragraphs",
     leaf_tasks=15, count_alternatives=[12, 13, 14, 16],
     leaf_tasks_by_section={"一、": 5, "二、": 3, "三、": 2, "四、": 2, "五、": 3},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], [], [],
          note="「2019年1月1日及以后建造的本市籍公务船…应具备船舶岸电系统船载装置」 — a requirement (应) on ships: the item gives "
               "work (round 34 early: an instruction 「应…」) but " + SHIPS + ": " + NONE + "; 「2019年1月1日及以后建造的」 picks the "
               "ships by their build date, a class (round 41: a cut-off that picks objects is no deadline): " + NODATE + "; "
               + CLASS03 + " (not checked: how 千／万 before a measure are written is unsettled)"),
        S(["一", "（二）", "1"], [], [], [(3, "小时")],
          note="（二）'s lead-in 「…逐步推进本市籍船舶和到港船舶开展船舶岸电系统改造。其中：」 is a work clause whose 1、–3、 split the "
               "retrofit by class of ship and date, each carrying its own requirement 「均要求配备…」 — the work's parts, items (round "
               "44; round 54: a part of the work split by objects); the count with （二） as one task is accepted; " + SHIPS + ": "
               + NONE + "; " + BERTH + "; deadline: " + START + ": " + NODATE),
        S(["一", "（二）", "2"], [], [], [(3, "小时"), (2, "小时")], not_targets=[(130, "千瓦")],
          note=SHIPS + ": " + NONE + "; " + BERTH + "; " + CLASS03 + " → 130千瓦 not a target; deadline: " + START + ": "
               + NODATE),
        S(["二", "（三）"], [JT], [JT, "发展改革部门"],
          lead_alternatives=[[], ["本市" + JT]], responsible_alternatives=[["本市" + JT, "发展改革部门"]],
          note="「本市各级交通运输主管部门应会同发展改革部门…在…重点环节督促新建、改建、扩建码头…同步设计、建设岸电设施」 — 「A会同B＋"
               "verb」: lead A (lead [] accepted), responsible A, B (rule 2; round 30); the verb 督促 is a verb of doing, not one of "
               "the verbs with which 会同 names none (round 61: applying, sending, paying, handing on); the 码头 are the pivot's "
               "objects, no units (round 30); 本市 before a name is no part of it (round 41; the printed name accepted); " + NODATE),
        S(["二", "（四）"], [], [], dl="到2025年", dln="2025",
          note="「相关港口企业应加强项目建设的分析论证」 — 加强 outside 第X条 articles is no rule-2 verb (round 57's x252_01 note; "
               + CLOSED + "): " + NONE + "; deadline: 「到2024年…力争实现全覆盖。到2025年…力争实现岸电全覆盖」 — several dates in "
               "one item, the latest is its deadline (round 34; round 46: a year inside an item that says when its own work is "
               "done) → 2025; 「3千吨级以上客运」「5万吨级以上干散货专业化泊位」 name classes of berth (round 58), not checked"),
        S(["二", "（五）"], [], [], [(20, "%"), (60, "%")], dl="到2023年底", dln="2023-12",
          note="「制定适合本市建设、使用的低压小容量岸电系统技术要求」 — a subjectless instruction (work, no doer); 「各相关区交通运输主管"
               "部门加快低压小容量岸电标准化建设力度」 — 加快 no rule-2 verb (" + CLOSED + "); 「鼓励社会第三方参与…」 — 鼓励 names no "
               "doer (round 40): " + NONE + "; targets: 「到2021年底…标准化岸电覆盖率达到20%以上，到2022年底达到60%以上」 — a quantity "
               "with 达到…以上 is a target (round 30's line: a goal), not round 34's progress shares in a time cell (those have "
               "no comparison word) — RULING? 4; deadline: the latest of the item's dates 「到2023年底力争实现全覆盖」 → 2023-12 "
               "(round 34)"),
        S(["三", "（六）"], [], ["各航运企业"], lead_alternatives=[["各航运企业"]],
          note="「各航运企业应制定…计划，积极对接相关港口启动岸电使用，积极参与并配合做好岸电设施的首次对接工作」 — 配合 with a subject "
               "of its own and no partner named makes the subject a doer (round 44's 「A应当配合做好…工作」; round 46 governs; round "
               "54), 各航运企业 a kind of body (round 34: regulated parties by a kind are doers with a rule-2 form); 「推进各港口企业"
               "制定…」 — the object of a subjectless 推进, no unit; 「鼓励港口企业…」「鼓励航运企业加入…」 name none (round 40); "
               + ONE_LEAD + "; " + NODATE),
        S(["三", "（七）"], [], [], [(3, "小时"), (2, "小时")], not_targets=[(130, "千瓦")],
          note="「严格执行…应当使用岸电设施」 — a subjectless instruction (work); 「各级交通执法部门、海事执法部门…强化对岸电使用的专项"
               "执法检查，加大…查处力度，推进…」 — 强化, 加大, 推进 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; " + BERTH
               + "; 「符合“使用的单台船用柴油发动机输出功率超过130千瓦…”条件」 — a class of ship (round 58) → 130千瓦 not a target; "
               "「2021年1月1日起」「2022年1月1日起」: " + START + ": " + NODATE),
        S(["四", "（八）"], [], [],
          note="「委托上海市电器科学研究所（集团）有限公司建设上海港岸电数据平台」 with the issuer elided — the company is the object of "
               "the pivot 委托, no unit (round 53's x243_03; rounds 33, 35); 「各相关区交通运输主管部门、市港航中心应当督促相关港口、航运"
               "或岸电供电企业按要求向市级平台报送…数据」 — 督促 is a pivot outside the list (round 30), the enterprises its objects: "
               + NONE + "; the enterprises' monthly data to the platform are regulated parties' standing filings, no duty (round "
               "41); 「报送情况记入各区年度考核」 a yearly assessment, no date: " + NODATE),
        S(["五", "（十）"], [], [],
          note="「落实国家发展改革委《…意见》精神，进一步做好岸电供电保障」 — a subjectless 落实, an instruction to the plan's bodies "
               "(round 49 p46d): work, no doer; 「建设单位可向市交通委相关部门备案后实施」 — an option and a filing (rounds 30, 40); "
               "「电网企业做好配电网规划支撑…做好配套电网接入服务」 — 做好 is no rule-2 verb outside articles (" + CLOSED + "): "
               + NONE + "; 「2025年底前本市岸电建设项目暂免收“基本电费”」 — the time of force of a price exemption, not a date the "
               "item's work is due by (round 45: a validity is no deadline; round 47's 禁烧时段: a time of force dates no item): "
               + NODATE),
        S(["五", "（十三）"], [], [],
          note="「研究制订本市新一轮岸电扶持政策，将…纳入岸电范围，进一步加大岸电运营补贴力度…」 — subjectless work (round 43: rule "
               "points with no subject are tasks where they give work): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、 （一） 1, （二） 1、–3、 3 (the work split by class of ship, items; round 44, "
            "round 54), and the unnumbered paragraph after 3、 「船舶检验机构严格落实船舶岸电系统的检验要求。」, which gives another body "
            "work of its own and does not go on with 3、's work, one more task of 一、 (round 40; round 61's x262_01 line: a "
            "paragraph that goes on with the last item's work is its body, one that gives work of its own is one more task) → "
            "5; 二、 （三）–（五） 3; 三、 （六）–（七） 2; 四、 （八）, （九） 2 (（九） 「市级平台…逐步完善在线支付等服务功能」 gives work, a "
            "platform as subject of a verb outside rule 2: a task naming no unit); 五、 （十）, （十二）, （十三） 3 → **15**. "
            "（十一） 「完善收费制度。…结算岸电费用…按…优惠价格收取…按照不高于用油发电成本的原则制定，…可参考…执行」 states the fee scheme's "
            "terms with no doer and no 要／应 (结算 with money a cost verb, round 47; 可 an option) — no task (round 46's x204_04; "
            "round 62 (w52b): a rate and who pays are terms) — RULING? 2. （十二） 「…报市交通委相关部门备案后实施，市规划、发改部门不再"
            "审批或备案」 changes what the bodies do in the procedure: a task naming no unit. Accepted: 16 (（十一） a task), 14 "
            "(the paragraph after （二）3、 as 3、's body), 13 (（二） one task), 12 (both).",
            "units: rule 2's forms only in （三） (会同) and （六） (配合 with its own subject), and the closing paragraph of 一、 "
            "(船舶检验机构, 落实; not sampled: it has no number to bind a path to); elsewhere ships (things), pivots (委托, 督促), "
            "options (可, 鼓励) and verbs outside the list (加强, 加快, 强化, 加大, 做好) name none — outside 第X条 articles the closed "
            "list stands (round 44)",
            "dates: 2019年1月1日, 2020年1月1日 (build dates that pick ships, a class), 2021年1月1日起, 2022年1月1日起 (from when a "
            "requirement applies, " + START + "), 到2024年 / 到2025年 (（四）, 2025), 到2021年底 / 2022年底 / 2023年底 (（五）, "
            "2023-12), 2025年底前 (（十）, a price exemption's time of force), 二○二一年五月十三日 (the signature); no phases; no "
            "duties (the enterprises' data to the platform and the 一套表 statistics to the ministry are regulated parties' "
            "standing filings, round 41)",
            "figures: targets 3小时 / 2小时 (靠泊超过, conditions of an event, round 40) in （二）1、2、 and （七）, 20% / 60% (达到…以上, "
            "（五）); not targets 130千瓦, 3千总吨, 5万吨级, 3千吨级, 5万吨级 (classes of ship or berth inside nouns, round 58), "
            "五年 / 五类 (a period, a count of kinds), 交海发〔2018〕168号 (a document number)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x268_04_shi-fagaiwei-2021-gonggong-ziyuan-jiaoyi-pingtai-guoku-zhifu-duijie-fangan.txt"
P04 = "市公共资源交易平台与财政国库集中支付平台对接方案"
N04 = "关于印发《" + P04 + "》的通知"
ZX, ZJW, JTW = "市公共资源交易中心", "市住房城乡建设管理委", "市交通委"
FZX, ZCFZX = "建设工程招投标分中心", "政府采购分中心"
ZXFZX = ZX + FZX
BRACKET04 = ("rule 1: the bracket closing the item lists its units (round 37: a label 「（A、B、C按职责负责相关工作）」 gives A, B, C "
             "responsible, no lead) — no 牵头 in it: lead []; 「A及B」 are two names where each side is a whole body name (rounds "
             "34, 35, 49): 「市公共资源交易中心及建设工程招投标分中心」 → 市公共资源交易中心, 建设工程招投标分中心, while 「市公共资源交易中心"
             "建设工程招投标分中心」 with no 及 is one name as printed; a shared modifier stays with the first name (round 40): "
             "政府采购分中心 as printed")
TASKS04 = "五、主要任务's lead-in paragraph 「实现…功能，完成…等工作。」 is no task (round 33: a lead-in); its items 1、–5、 each a task"


def B04(path, units, dl, dln, note=""):
    return S(path, [], list(units), dl=dl, dln=dln, note=TASKS04 + "; " + BRACKET04 + "; " + note)


plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the 方案's own title line (line 13, after the cover's date) or the notice title (line 1): either (round 30; "
                "round 60's x256_06)",
     doc_no="沪发改法〔2021〕4号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2021-03-15",
     date_note="the notice is dated 2021年3月15日 (the index the same)",
     level="a city commission (Shanghai's development and reform commission), a work plan linking the city's public "
           "resources trading platform to the treasury's central payment platform: aims, two stages, the business flow, "
           "five dated tasks with their bodies, and who organises",
     source=src("工程建设管理", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9498e321d8c24545a69ac8f65fe81313&siteId=0025", 2286),
     style="a cover (addressees, one sentence 「…现印发给你们，请认真按照执行。」, a line 「附件：市公共资源交易平台与财政国库集中支付平台对接"
           "方案」, the signature and the date); the 方案's title line; a preamble; 一、 二、 三、 headings 「一、 总体要求」 with a "
           "space after 、, over paragraphs (三、 two stage lines 「第一阶段：2021年3月底完成…」); 四、业务流程 with a figure caption "
           "「图 统一支付模块业务流程图」 and items 「1、 统一登录：…」–「7、…」; 五、主要任务 a lead-in and items 「1、…，2021年3月上旬完成。"
           "（A、B…）」–「5、…」; 六、组织保障 three paragraphs; blank lines between all paragraphs",
     leaf_tasks=7, count_alternatives=[6, 8, 10, 14],
     leaf_tasks_by_section={"三、": 1, "五、": 5, "六、": 1},
     childless_top_level_sections=["一、 总体要求", "二、 工作目标"],
     samples=[
        S(["三"], [], [], dl="2021年年底前", dln="2021-12",
          note="a childless point whose text gives work 「第一阶段：2021年3月底完成市级公路养护工程项目功能对接。第二阶段：2021年年底前功能"
               "对接覆盖…，再逐步扩展至…」 is one task (round 34 early; round 36: a childless top-level point that gives work in a "
               "document of numbered items); its two stage lines are unnumbered, so they are its text, not tasks of their own "
               "(round 54: unnumbered paragraphs are tasks only in a notice with no numbering), and they are the plan's phases "
               "(round 32/33: stages written with a name and a time under a lead-in that counts them 「方案分两个阶段实施」); the "
               "work is subjectless: " + NONE + "; deadline: several dates in one item, the latest (round 34): 「2021年年底前」 → "
               "2021-12. Accepted: the count with 三、 as no task (phases only, 6) or with the two stages as tasks (8)"),
        B04(["五", "1"], [CZ, ZJW, JTW, ZX, FZX, ZCFZX], "2021年3月上旬完成", "2021-03",
            note="deadline: 「2021年3月上旬完成」 → 2021-03 (the item's own date)"),
        B04(["五", "2"], [ZX, CZ, ZJW, ZXFZX, ZCFZX], "2021年3月中旬完成", "2021-03",
            note="「市公共资源交易中心建设工程招投标分中心」 printed with no 及: one name as printed; deadline 2021-03"),
        B04(["五", "3"], [CZ, ZJW, ZX, FZX, ZCFZX], "2021年3月下旬完成", "2021-03",
            note="deadline 2021-03"),
        B04(["五", "4"], [ZX, CZ, ZJW, JTW, ZXFZX, ZCFZX], "2021年4月完成", "2021-04",
            note="「试运行」 of the module; deadline 2021-04"),
        B04(["五", "5"], [ZX, CZ, ZJW, JTW, ZXFZX, ZCFZX], "2021年5月完成", "2021-05",
            note="「正式上线」; deadline 2021-05 (the plan's last date)"),
        S(["六"], ["市发展改革委"], ["市发展改革委", CZ, ZJW, JTW, ZX, FZX, ZCFZX],
          note="a childless 组织保障 section of three paragraphs each opening with its bodies is one task, its units every doer in "
               "printed order, each once (round 32: a childless section of unit paragraphs; round 33: a 组织实施 item with a doer "
               "names a unit; round 54: one task, its units every doer): 「市发展改革委负责牵头抓总」 — 牵头 → lead 市发展改革委; "
               "「会同相关部门和单位」 — the catch-all 相关部门和单位 is a general call (round 37), no unit; 「市财政局、…按照任务分工，指定"
               "专人落实对接方案」 — 落实 (rule 2), the bodies that name persons to do it are the doers (round 30: 「由A或B指定专人负责」 "
               "makes A and B doers; persons are never units); 「市财政局、市公共资源交易中心及建设工程招投标分中心、政府采购分中心负责推进"
               "…建设」 — 负责, the same bodies (each once); 及 gives two names (round 34); " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "第一阶段", "start": None, "start_alt": "2021-03", "end": "2021-03",
              "note": "三、 「第一阶段：2021年3月底完成市级公路养护工程项目功能对接。」 — a stage with its time and work (round 33); no "
                      "start printed (null; the plan's month, 2021-03, accepted)"},
             {"name": "第二阶段", "start": None, "start_alt": "2021-04", "end": "2021-12",
              "note": "三、 「第二阶段：2021年年底前功能对接覆盖市、区两级的公路养护工程项目，再逐步扩展至市政道路养护工程。」 — end 2021-12 "
                      "(年底前 is December, round 34); no start printed (null; 2021-04, the month after the first stage, "
                      "accepted)"}],
     duties=[],
     notes=["counting: the cover (「请认真按照执行」 and its 附件 line naming the 方案 it sends: a forwarding notice and its "
            "document, one plan, round 30; round 49's x229_04) and the 方案's preamble no tasks; 一、 总体要求 and 二、 工作目标 "
            "childless points of aims with no unit and no work given (round 27; round 49: aims give no work) — sections; 三、 "
            "one task (its two stage lines its text and the plan's phases); 四、业务流程 1、–7、 state how the payment module's "
            "process runs 「市场主体在总平台完成注册和登录」「招标人在总平台…审核支付申请」「行业主管部门在支付平台审核支付申请…」 — the "
            "flow the module is to carry, in the present tense with no 要／应: the scheme's terms (round 46's x204_04; round "
            "57's x251_01: how a mechanism runs), the market entities' own steps rules for the applicant (round 52's x236_03), "
            "so no tasks — RULING? 5; 五、 1、–5、 5; 六、组织保障 1 → **7**. Accepted: 6 (三、 phases only), 8 (三、's two stages "
            "as tasks), 10 (四、 4、–6、, the reviewers' and the payer's steps, as procedure steps, round 61's x264_02), 14 (四、 "
            "all seven as items).",
            "units: 五、's brackets (rule 1, lead []), 六、's paragraphs (牵头, 落实, 负责); 「市公共资源交易中心及各分中心」「其他有关"
            "单位」 only in the cover's address line; 招标人, 行业主管部门, 市场主体 only in 四、's flow",
            "dates: 2021年3月15日 (the cover), 2021年3月底 / 2021年年底前 (the stages), 2021年3月上旬 / 中旬 / 下旬, 2021年4月, "
            "2021年5月 (五、's items); phases 第一阶段 (→ 2021-03) and 第二阶段 (→ 2021-12); no duties (「分平台将交易结果相关信息"
            "同步至总平台」 and 「完成支付的将支付信息推送至总平台」 in 四、 are the flow's data exchanges between platforms, not "
            "reports sent by a body, and 四、 gives no work)",
            "figures: none are targets (1、–7、 and 1、–5、 are item numbers; 两个阶段 a count of stages); no plan targets"])

write_collected(DIR)
