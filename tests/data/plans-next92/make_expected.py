# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next92/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 30 (built by helper c91, with plans-next91 from one walk of the
index): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by
``locate`` of ../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md
(round 29's ruling on units written in sentences, round 30's on thresholds, general-provision articles and two
documents under one cover) applied to every item. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next92/make_expected.py tests/data/plans-next92
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
R4 = "CONVENTIONS.md rule 4 (a section's lead-in gives units to items that name none of their own)"
PLAIN = ("a body only as the plain subject of a verb that is not 牵头/负责/组织实施/实施/落实/组织＋verb and not after 由 "
         "(" + R2 + "–3): no unit — lead = [], responsible = []")
THR = "CONVENTIONS round 30: a quantity joined to a comparison word is a target"
DUTY = ("「（责任部门：A、B…）」 closes the item: the listed units are responsible, no lead named (lead = []); " + R1)
YEARLY = "a date that comes back every year (每年…前): a recurring date, not a deadline (not checked); the step is also a duty"
FDG = "市发展改革委"
NYW = "市农业农村委"
CZ = "市财政局"
STJ = "市生态环境局"

# ---------------------------------------------------------------------------------------------------------
X01 = "x92_01_shanghai-2024-yuanlin-lvhua-zhaotoubiao-huahui-miaomu-caigou-yijian.txt"

plan(X01,
     title="关于进一步加强本市园林绿化工程和造林项目招标投标及花卉、苗木采购管理的若干意见（关于印发《关于进一步加强本市园林绿化工程和造林项目招标投标及花卉、苗木采购管理的若干意见》的通知）",
     title_note="the opinions' own title (after the cover's date) or the notice title (the first line): either",
     doc_no="沪绿容〔2024〕263号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2024-07-03",
     level="city bureau (Shanghai), opinions on tendering for landscaping and afforestation projects and on buying flowers "
           "and saplings",
     source=src("工程建设管理", "关于印发《关于进一步加强本市园林绿化工程和造林项目招标投标及花卉、苗木采购管理的若干意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=3ce7bfe7-8ceb-4669-a5d3-bae7bd94dbb3&siteId=0039", 4169),
     style="cover (addressees 市、区绿化市容管理部门及其直属单位…, 「请认真贯彻落实」, one signature), then the opinions' title and "
           "preamble; 一、–四、 headings over （一）–（四）/（六） whose first sentence is a heading ending in 。 (「（一）科学编制"
           "招标计划。…」); rules for roles (招标人, 施工单位, 监理单位, 采购单位) and, in a few items, bodies as doers (会同, 落实, "
           "由); thresholds 「原则上不宜超过15cm」, 「至少3家以上」, 「3人以上」; a closing paragraph (施行, 废止)",
     leaf_tasks=18, count_alternatives=[],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（二）"], targets=[(15, "cm")],
          note="rules for 招标人 (a role as plain subject); 「应报原审批部门同意」 an approver (" + R3 + "); 「造林项目使用的"
               "乔木胸径原则上不宜超过15cm」 — a ceiling of a standard joined to 超过: a target (" + THR + "); " + NODATE),
        P(["二", "（二）"], targets=[(3, "家")],
          note="no body written (「应开展充分的市场调研，原则上应选取至少3家以上花卉生产企业询价」); 「至少3家以上」 a floor: a "
               "target (" + THR + "); " + NODATE),
        P(["二", "（四）"],
          note="「花卉生产企业、采购单位、监理单位等部门共同对现场花卉质量进行验收」: plain subjects of 进行验收 (not 组织验收, "
               + R2 + "); 「采购单位还应实时跟踪…」 likewise; " + NODATE),
        S(["三", "（二）"], [], ["专业咨询机构"],
          targets=[(3, "人")], lead_alternatives=[["专业咨询机构"]],
          note="re-read under CONVENTIONS.md round-30 clarifications: permissive 可由 — an option 「可由A…」「也可由A…」 is "
               "not an assignment (like a case); 「市绿化市容管理部门可以根据行业管理要求会同区绿化市容管理部门建立林业评审专家库」 "
               "is the same option (可以, the body as subject), so its 会同 gives no unit; 「由专业咨询机构或组织3人以上专家组进行"
               "评审」 stays (由 + a verb of doing, " + R2 + "; 「由A或B…」 both doers, here one body): old lead "
               "市绿化市容管理部门 (lead [] accepted), responsible 专业咨询机构, 市绿化市容管理部门, 区绿化市容管理部门 → lead [] "
               "(专业咨询机构 accepted as lead), responsible 专业咨询机构. The earlier note: "
               "「由专业咨询机构或组织3人以上专家组进行评审」 (由 + a verb of doing: 专业咨询机构, a kind of body) and 「市绿化市容"
               "管理部门可以…会同区绿化市容管理部门建立林业评审专家库」 (会同: lead A, lead [] accepted; responsible A, B): all "
               "bodies in the printed order (" + R2 + ": several clauses in one item); 「3人以上」 a threshold of the expert "
               "group: a target (" + THR + "); " + NODATE),
        P(["四", "（一）"],
          note="「市、区绿化林业工程建设市场监督管理部门和植物检疫部门要明确岗位职责，依法履职，…应当核对…」 and 「植物检疫部门"
               "强化…检疫工作」: plain subjects (" + R2 + "–3); 「在建设单位等参建各方申报…时」 a time clause about others; "
               + NODATE),
        U(["四", "（三）"], ["各区绿化市容管理部门"],
          note="「各区绿化市容管理部门应按照分级管理职责落实属地责任」: the subject of 落实 (" + R2 + "); 「市、区绿化市容管理部门"
               "应高度重视…，加强领导、统一部署…」 a plain subject (no unit); " + NODATE),
        U(["四", "（五）"], ["市绿化林业工程建设市场监督管理部门"],
          note="「市绿化林业工程建设市场监督管理部门应当积极引导和推进…，充分利用信息化手段开展执法检查等工作，进一步落实责任追究"
               "制度」: the subject of 落实 (" + R2 + "); 「市、区绿化市容管理部门要畅通…」 a plain subject; the 区绿化市容管理部门 "
               "that are 约谈'd are objects (no unit); " + NODATE),
        P(["四", "（六）"],
          note="「…工作人员应正确行使权力」: persons (工作人员), not bodies, and a list of 不得 rules; the last item; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 （一）–（四）, 二、 （一）–（四）, 三、 （一）–（四）, 四、 （一）–（六） → **18** (四、 强化行业监管和行风"
            "建设 is a task section, not one of round 27's sections of requirements); the closing paragraph (未尽事宜, 施行, "
            "废止) is not numbered",
            "samples: eight of eighteen, from each of 一、–四、",
            "units: roles and bodies mostly as plain subjects (应…/要…); units only where a body is the doer by "
            "落实 (四、（三）, （五）) or 由 (三、（二）; its 「可以…会同」 re-read in round 30 as an option, no unit), " + R2 + "; 三、（四）'s 「X对苗木质量实行…制度」 (实行, not in rule 2's "
            "list) is not sampled",
            "dates: none (「2024年第24次局党组会」 and 〔2013〕276号 in the cover and the closing)",
            "figures: 15cm, 3家, 3人 — each with a comparison word (targets, round 30); 「DB31/T1039-2024」 and "
            "「DB31/T1038-2017」 standard numbers",
            "no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x92_02_shanghai-2024-jiapei-zhineng-jiaoxue-shebei-shidian-tongzhi.txt"
YDZX = "市道运中心"

plan(X02,
     title="上海市交通委员会关于开展本市驾培行业智能教学 设备应用试点工作的通知",
     title_note="the notice's title (the first line), with the space as stored",
     doc_no="沪交道运 〔2024〕459号 (from the index, space as printed there; the stored text prints no number)",
     issuer="上海市交通委员会",
     date="2024-07-01 (the text's date; the index gives 2024-07-11)",
     level="city commission (Shanghai), a notice opening a pilot of smart teaching devices in driving schools",
     source=src("工程建设管理", "上海市交通委员会关于开展本市驾培行业智能教学 设备应用试点工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=8fc8a09de57849eca18f546a59ad66d6&siteId=0010", 3334),
     style="a notice in nine sections 一、–九、: 一、总体要求, 四、申请流程 (「由市道运中心另行制定发布」) and 九、试点时间 (「自本通知"
           "发布之日起至2026年6月30日」) are paragraphs without numbers; 二、 （一） lead-in + 1．–4． (full-width periods) and "
           "（二） a paragraph; 三、 two conditions （一）（二） (「50辆（含）以上」); 五、 （一）1．2． （二）; 六、 （一）1．–5． "
           "（二）1．–4. (thresholds 一年以上, 不大于…50%, 三年以上, 20%…最低不少于2人); 七、负面行为清单 （一）–（五） and a closing "
           "sentence; 八、工作要求 （一）–（四） with 市道运中心 / 市驾培行业协会 as subjects of 应…",
     leaf_tasks=23, count_alternatives=[18, 24, 25],  # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — 二/（一） (「设备应满足下列条件」 1．–4．) one task; 三、新申请试点企业条件 （一）（二） its text, a childless section (was 28; [21, 29]); accepted 18 (七、 no tasks), 24 (三、 or 四、 a leaf), 25 (both)
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "三、新申请试点企业条件", "四、申请流程", "九、试点时间"],
     samples=[
        P(["二", "（一）"],
          note="aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — 1．–4． are the text of （一） (was 二/（一）/1); a requirement of the device (no body as doer); 「JT/T 378-2022」 a standard number, 「Ⅲ级」 a grade, CMA a "
               "name; " + NODATE),
        P(["五", "（一）", "2"], targets=[(30, "个学时")],
          note="「每月最低使用30个学时方可计入」 — 最低: a target (" + THR + "); 每月 here is part of the threshold, not a "
               "report; " + NODATE),
        P(["六", "（一）", "2"], targets=[(1, "年")],
          note="「市道运中心应掌握…教学场地情况」: a plain subject (" + R2 + "–3); 「视频须本地保存一年以上」 — 以上 with a "
               "Chinese numeral: a target (" + THR + "); " + NODATE),
        P(["六", "（一）", "3"], targets=[(50, "%")],
          note="「试点企业计入培训能力的智能模拟器总数应不大于教练车总数的50%」: 不大于 is a ceiling word of the same kind as 不超过 "
               "/ 不高于 in round 30's list: a target; 试点企业 a role (no unit); " + NODATE),
        P(["六", "（二）", "3"], targets=[(2, "人")], not_targets=[(20, "%")],
          note="「教学现场指导人员按照…教练车总数的20%进行配备，最低不少于2人」: 「最低不少于2人」 a floor (a target, " + THR
               + "); 「按照…20%进行配备」 has no comparison word: a staffing norm like round 30's 「原则上按500户配1名」, not a "
               "target; 培训机构 a role; " + NODATE),
        P(["七", "（四）"], not_targets=[(3, "个月")],
          note="an entry of the negative list: 「驾校投诉率连续三个月排序前十的」 — 连续三个月 and 前十 carry no comparison word "
               "(a span and a rank that name a kind of case): not targets; " + NODATE),
        P(["八", "（二）"],
          note="「市道运中心应加强日常监督指导，…督促试点企业…定期开展安全隐患排查治理…」: a plain subject of 应加强 (" + R2
               + "–3; 督促 an object's work); 定期 the firms' own checks, not a report; " + NODATE),
        P(["八", "（三）"],
          note="「市道运中心应督促试点企业建立工作台账，…定期总结并上报试点工作经验」: a plain subject (" + R2 + "–3); the "
               "firms' 定期 summary and report is a duty (no date); " + NODATE),
        P(["八", "（四）"],
          note="「市道运中心和市驾培行业协会应做好试点工作结束后的…总结评估工作」: plain subjects; 「试点工作结束后」 is after the "
               "pilot (2026-06-30) but names no date of its own (no deadline); the last item; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "开展试点工作的企业名单由市道运中心抄送市交通委执法总队", "when": "not stated", "when_norm": None},
             {"what": "督促试点企业定期总结并上报试点工作经验", "when": "定期", "when_norm": None}],
     notes=["counting: 一、, 四、, 九、 are paragraphs without numbered children (sections); every other numbered leaf: 二、 "
            "（一）1．–4． + （二） (5), 三、 （一）（二） (2), 五、 （一）1．2． + （二） (3), 六、 （一）1．–5． + （二）1．–4． (9), "
            "七、 （一）–（五） (5), 八、 （一）–（四） (4) → **28**. No numbered item names a unit by CONVENTIONS rule 2 (市道运中心, "
            "市驾培行业协会, 试点企业, 培训机构 are plain subjects of 应…), so every numbered leaf is a task (plans-dev 08), 八、工作"
            "要求's included. Accepted: 21 (三、's conditions and 七、's negative list read as criteria, not tasks) and 29 (四、, "
            "whose 「由市道运中心另行制定发布」 names a doer, counted as one task)",
            "samples: ten of twenty-eight, from 二、 三、 五、 六、 七、 八、",
            "units: none in the sampled items (plain subjects, roles); only the childless 四、 has a doer (「具体申请流程由市道运"
            "中心另行制定发布」, 由 + verb)",
            "dates: the pilot runs 「自本通知发布之日起至2026年6月30日」 (九、): a window of the whole pilot, not a dated phase of "
            "the plan (as plans-next85's x85_04 read its programme window) and not the deadline of any item",
            "figures: 50辆（含）以上, 最低30个学时, 一年以上, 不大于50%, 三年以上, 最低不少于2人 — targets by their comparison words; "
            "20% (配备 norm), 连续三个月 / 前十, standard numbers (JT/T 378-2022, T/MVDT 001-2021, GB/T 38259-2019) — not",
            "duties: the pilot firms' list sent by 市道运中心 to 市交通委执法总队 (四、), the firms' 定期 summary and report (八、（三））"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x92_03_shanghai-2024-xincheng-gaozhiliang-fazhan-zhengce-jucuo.txt"

plan(X03,
     title="深化推动新城高质量发展的若干政策举措（关于印发《深化推动新城高质量发展的若干政策举措》的通知）",
     title_note="the measures' own title (after the cover's date) or the notice title (the first line): either",
     doc_no="沪新城〔2024〕1号 (from the index; the stored text prints no number)",
     issuer="上海市新城发展推进协调领导小组 (the cover's signature; the index files it under 上海市发展和改革委员会)",
     date="2024-06-28 (the cover's date; the index gives 2024-07-10)",
     level="city leading group (Shanghai), policy measures for the five new towns, each measure given to city bodies",
     source=src("工程建设管理", "关于印发《深化推动新城高质量发展的若干政策举措》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=73569ce4980a40dd8766e9db4b7951fc&siteId=0025", 4428),
     style="a short cover (经市政府同意, one signature), then the measures' title and a preamble; 一、–四、 headings over items "
           "1.–16. NUMBERED ON across sections, each closing 「（责任部门：A、B、…）」 (two to eight bodies, among them 市委宣传部, "
           "上海金融监管局, 申康中心); figures 45分钟, 至2025年, 2500万元, 1.5个百分点",
     leaf_tasks=16, count_alternatives=[],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["市经济信息化委", FDG, "市国资委", "市科委"],
          note=DUTY + "; 「一赛道一专班」 a name; " + NODATE),
        S(["一", "3"], [], ["市商务委", "市委宣传部", "市文化旅游局", "市体育局", "市公安局", "市人力资源社会保障局", CZ],
          note=DUTY + " (seven bodies); 「市级部门联合发力」 a general phrase; " + NODATE),
        S(["一", "5"], [], ["市国资委", "市委金融办", "上海金融监管局", "市科委", "市经济信息化委", FDG],
          note=DUTY + "; 上海金融监管局 (a central agency's Shanghai office) kept as printed; 「REITs」 a name; " + NODATE),
        S(["二", "9"], [], ["市交通委", "市规划资源局", FDG], targets=[(45, "分钟")],
          note=DUTY + "; 「按照45分钟到达中心城核心区目标」 — the item's own goal: a target (round 25: a goal written in the "
               "item); " + NODATE),
        S(["二", "10"], [], ["市绿化市容局", "市规划资源局", "市水务局"], dl="至2025年", dln="2025",
          note=DUTY + "; 「按照至2025年新城绿环体系初步构建、主脉全线基本贯通、重要节点基本建成的目标」: the goal's year is the "
               "item's deadline (2025)"),
        S(["三", "13"], [], [FDG, "市规划资源局", CZ, "市人才工作局"], targets=[(2500, "万元"), (1.5, "个百分点")],
          note=DUTY + "; 「总投资不低于2500万元的新型基础设施建设项目」 — a threshold with 不低于 that picks the projects: a "
               "target (" + THR + "); 「可享受1.5个百分点的项目利息补贴」 a subsidy rate written in the item (a target, round "
               "25); " + NODATE),
        S(["四", "16"], [], ["市委宣传部", FDG], note=DUTY + "; the last item; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、–四、 hold 1.–16. (numbered on) → **16**",
            "samples: seven of sixteen, from each of 一、–四、",
            "units: the 「（责任部门：…）」 label on every item (rule 1); no lead is named anywhere (lead = [])",
            "dates: 10.'s 「至2025年」 the only one in an item",
            "figures: 45分钟 (9.), 2500万元 and 1.5个百分点 (13.); 「一赛道一专班」, 「最后一公里」 words",
            "no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x92_04_shanghai-2024-nongzuowu-jiegan-zonghe-liyong-tongzhi.txt"

plan(X04,
     title="关于进一步推进农作物秸秆综合利用工作的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪发改规范〔2024〕8号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会 with 市农业农村委, 市财政局, 市生态环境局 (four signatures)",
     date="2024-05-24 (the text's date; the index gives 2024-05-30)",
     level="city commissions (Shanghai), a notice setting a four-year straw-use subsidy policy and who does what, when",
     source=src("工程建设管理", "关于进一步推进农作物秸秆综合利用工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=1966258fb4de490e9c08482213440fe9&siteId=0025", 3287),
     style="a notice to nine district governments and 市属涉农单位; 一、总体要求 a paragraph (98%以上 by 2026); 二、支持政策 opens "
           "with the lead-in 「由市、区两级政府对…给予资金补贴」 over （一） 1. 2. (「1. 」 with a space), （二） 1.（1）–（4） 2. "
           "3., （三） 1.–3. (cost shares in %) and （四） (the window 2023-01-01—2026-12-31); 三、审核和资金拨付 （一）–（四） "
           "with yearly dates (每年8月30日前, 9月底前, 6月底前, 8月底前); 四、组织实施 （一）–（六） 「X牵头（负责）…」; 五、约束机制 "
           "（一）–（四） (3次以下 / 超过3次, 1% / 3%); the interpreting bodies; four signatures",
     leaf_tasks=26, count_alternatives=[14],
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        P(["二", "（二）", "1", "（2）"], targets=[(300, "元/吨")],
          note="a subsidy rate (「给予300元/吨的资金补贴」: a per-unit rate written in the item, a target, round 25); the item "
               "names no body, and the lead-in of 二、 「由市、区两级政府对推进农作物秸秆综合利用给予资金补贴」 names a payer (由 + "
               "giving funds, like 「由A承担…经费」: a payer, not a doer — CONVENTIONS round 30 clarifications, on main since "
               "984fbfa), so " + R4 + " gives nothing; " + NODATE),
        P(["二", "（四）"],
          note="「（四）支持年限。政策实施年限定为2023年1月1日—2026年12月31日」: a validity window, not a deadline (as plans-dev "
               "01 reads 「2019年1月1日至12月31日」); 二、's lead-in names a payer, not a doer (no unit, see 二/（二）/1/（2））; "
               + NODATE),
        S(["三", "（一）"], [], ["各区农业农村部门", "市属单位"], dl="每年8月30日前", skip_deadline=True,
          note="「每年8月30日前，由各区农业农村部门和市属单位…向市农业农村委和市发展改革委提出下一年度资金使用建议」: 由 + verb "
               "(" + R2 + "; 市农业农村委 / 市发展改革委 receive: " + R3 + "); 「市农业农村委和市发展改革委于9月底前完成…编制工作」 "
               "and 「市财政局审核后…」 plain subjects; " + YEARLY),
        S(["三", "（三）"], [FDG], [FDG, NYW, STJ, CZ], lead_alternatives=[[]], dl="8月底前", skip_deadline=True,
          note="「市发展改革委会同市农业农村委、市生态环境局、市财政局审核后，8月底前下达…」: 会同 (" + R2 + ": lead A, lead [] "
               "accepted; responsible A and the bodies after 会同); 「市农业农村委于每年6月底前完成…核查，并将…报送市发展改革委」 a "
               "plain subject and a report (a duty); " + YEARLY),
        P(["三", "（四）"], dl="于9月底前", skip_deadline=True,
          note="「市财政局根据…，于9月底前将上一年度市级补贴资金下达至相关区和单位」 and 「区级财政及时将…拨付」: plain subjects "
               "of 下达 / 拨付 (" + R2 + "–3): no unit; the yearly 9月底前 a recurring date (not checked)"),
        S(["四", "（一）"], [], ["区政府"], lead_alternatives=[["区政府"]],
          note="「区政府是推进秸秆禁烧和综合利用的责任主体，负责辖区内…工作」: the subject of 负责 (" + R2 + "): responsible, "
               "lead = [] (accepted as lead); 「二是组织乡镇政府、村委会、农户…推进…」 is 「A组织B＋verb」: A (区政府) the doer, "
               "the bodies organised not units (round 30 clarifications); " + NODATE),
        S(["四", "（二）"], [FDG], [FDG],
          note="「市发展改革委牵头编制年度资金扶持计划…」: 「A牵头」 (" + R2 + "): lead and responsible; 年度 a yearly plan, no "
               "date; " + NODATE),
        S(["四", "（六）"], ["市审计局"], ["市审计局"],
          note="「市审计局牵头负责对支持资金使用的监督审计」: 「A牵头负责」 (" + R2 + "); the last item of 四、; " + NODATE),
        P(["五", "（一）"], targets=[(3, "次"), (1, "%"), (3, "%")],
          note="no body as doer (「在全市范围内进行通报」 has no subject; 「由区级（市属单位）财政补足」 is inside the case 「对于虚报"
               "面积、瞒报火点，且相应区未予以核减的情况」: " + R3 + "); 「虚报次数在3次以下的（含3个）」 and 「超过3次的」 are "
               "thresholds with comparison words (3次, a target, " + THR + "); the deductions 1% and 3% are rates written in "
               "the item (targets, round 25); " + NODATE),
        S(["五", "（三）"], [NYW], [NYW, FDG, CZ, STJ],
          note="「市农业农村委牵头会同市发展改革委、市财政局、市生态环境局等部门，组织开展随机抽查」: 牵头 / 会同 and 组织开展 "
               "(" + R2 + "): lead 市农业农村委, responsible it and the bodies after 会同 (「等部门」 a tail); 各区 are urged "
               "(objects of 督促); " + NODATE),
     ],
     plan_targets=[{"number": 98, "unit": "%"}],
     phases=[],
     duties=[{"what": "各区农业农村部门和市属单位向市农业农村委和市发展改革委提出下一年度资金使用建议", "when": "每年8月30日前",
              "when_norm": "annually (by 08-30)"},
             {"what": "各区农业农村部门会同区财政局、市属单位向市农业农村委报送秸秆综合利用补贴资金申请报告和相关核查资料",
              "when": "每年“三夏”和“三秋”后", "when_norm": "twice a year (after 三夏 and 三秋)"},
             {"what": "市农业农村委将核查工作报告等材料报送市发展改革委", "when": "每年6月底前",
              "when_norm": "annually (by end of June)"}],
     notes=["counting: 一、总体要求 is a childless section; 二、 （一）1. 2. (2), （二）1.（1）–（4） + 2. + 3. (6), （三）1.–3. (3), "
            "（四） (1) = 12; 三、 （一）–（四） (4); 四、 （一）–（六） (6); 五、 （一）–（四） (4) → **26** (五、约束机制 is not one of "
            "round 27's sections of requirements; 四、组织实施's items all name units). Accepted: 14 (三、–五、 only: 二、's items "
            "read as the policy's terms rather than work)",
            "samples: ten of twenty-six — 二、 two, 三、 three, 四、 three, 五、 two",
            "units: 二、's lead-in 「由市、区两级政府…给予资金补贴」 names a payer (由 + giving funds, as 「由A承担…经费」 in "
            "the round 30 clarifications), so it gives 二、's items no unit (rule 4 passes on doers only); 二、（三）1.–2.'s "
            "「其余补贴资金由市属单位自行确定」 (a payer's share; not sampled); 三、 由 / 会同; 四、 负责 / 牵头; 五、（三） 牵头会同 "
            "(" + R2 + "); plain subjects (市财政局…下达, 市农业农村委依法将…归集) give none; the closing 「本政策由…负责解释」 is the "
            "interpreting bodies (" + R3 + ")",
            "dates: 三、's yearly dates (每年8月30日前, 9月底前, 6月底前, 8月底前) recur every year: not deadlines (not checked); "
            "二、（四）'s window 2023-01-01—2026-12-31 and 一、's 「到2026年」 are no deadlines of a task",
            "figures: plan level 98% (「粮油秸秆综合利用率稳定在98%以上」 by 2026); rates 50元/亩, 300元/吨, 25元/吨; cost shares "
            "(50%…80%); 3次 / 1% / 3% (五、（一）)",
            "duties: the yearly proposals by 8-30, the reports after 三夏 and 三秋, the yearly 核查 report by the end of June"])

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x92_04', ['五', '（一）'], 'penalties are not targets',
        '「虚报次数在3次以下的（含3个），市级支持资金比例扣减1%；虚报次数超过3次的，市级支持资金比例扣减3%」: a cut in a fund\'s '
        'rate for a failing is what the breach costs (the ruling\'s own example); 3次, joined to 以下／超过, triggers the step and '
        'stays a target', to_not=[(1, '%'), (3, '%')])
align32('x92_02', None, 'a regulated party\'s filing is no duty', '「市道运中心应督促试点企业…定期总结并上报试点工作经验」: the reports are the pilot firms\' (regulated parties) to the regulator; the centre\'s 督促 is work, not a sending', drop_duties=['督促试点企业'])
# round 57 (rul75): answers aligned to tests/data/CONVENTIONS.md "Round 75 rulings (the lead, during round 57, on the questions round 57's first-wave parser helpers left)" (p57f-2, turned; README, round 57)
from aligned_rulings import align73  # noqa: E402
from expected_tools import _sample32  # noqa: E402

R75 = "Round 75 rulings (the lead, during round 57, on the questions round 57's first-wave parser helpers left)"
align73("x92_04", ["二", "（二）", "1", "（2）"], "「（二）支持标准 1.秸秆利用补贴标准 （1）…给予50元/亩的资金补贴。（2）对收购我市…秸秆…的单位，按照实际利用量，给予300元/吨的资金补贴。（3）…给予25元/吨的资金补贴」 (二/（二）/1/（1）–（3）): rates a fund pays by class, 给予 with no subject, no 要／应 and no act of the plan's bodies — the scheme's terms, no task; so are the rest of 二、支持政策 under the payer's lead-in 「由市、区两级政府…给予资金补贴」: （一）1. 2. the classes paid (支持范围, round 64), （二）1.（4） a beneficiary's bar on double claims, （二）2. 3. rates by reference (「具体按照…执行」, round 59), （三）1.–3. the split of costs (round 62's w52b) and （四） the scheme's years",
        "turned: rounds 64's x95_03 (支持范围, 扶持标准), 66's x143_02, 70's x287_02 and 62's w52b over rounds 25, 38's policy items", ruling=R75, drop=True)
align73("x92_04", ["二", "（四）"], "「（四）支持年限。政策实施年限定为2023年1月1日—2026年12月31日」: the scheme's years, a term of the scheme under 二、支持政策 (above), no task",
        "turned: rounds 64's x95_03 (支持范围, 扶持标准), 66's x143_02, 70's x287_02 and 62's w52b over rounds 25, 38's policy items", ruling=R75, drop=True,
        counts={"leaf_tasks": 14, "count_alternatives": [26]})
_p, _ = _sample32("x92_04", None)
_p["plan_targets"] = _p["plan_targets"] + [{"number": n, "unit": u} for n, u in ((50, "元/亩"), (300, "元/吨"), (25, "元/吨"))]
_p["notes"][-1] += "; plan_targets + 50 元/亩, 300 元/吨, 25 元/吨 (the terms' rates, round 62's w52b, round 66's x143_02)"

write_collected(DIR)
