# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next119/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 34 (built by helper c119): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
f056f34d (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's rulings on
thresholds and general provisions, round 31's exceptions, the round-32, round-33 and round-34 rulings). Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next119/make_expected.py tests/data/plans-next119
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
FOLDER = "绿色低碳与节能"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, a designation): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (明确, 征询, 提出, "
          "编制, 进行, 报送, 拨付, 梳理, 加强, 开展 without 组织 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
PIVOT = "CONVENTIONS.md round 30: 「A组织B＋verb」 — A is the doer; B, the object of 组织, is not a unit"
BYA = "CONVENTIONS.md rule 2 and round 34: 「由A＋any verb of doing」 makes A a doer"
ORG = ("CONVENTIONS.md round 34: 组织 followed by work (a verb or a verb-noun, 「组织培训」「组织专家评审」) makes its subject a "
       "doer")
KIND = ("CONVENTIONS.md round 34: rule 2 does not ask who the body is — a regulated party named by a kind (建设单位, 项目法人 …) "
        "is a doer with a rule-2 form")
MAIN = ("an article (item) of the plan's main work that gives work (an instruction 应／需／要 or work with no subject): a task "
        "with or without a doer (CONVENTIONS.md round 33: only an article with no work is left out in a plan with units; "
        "round 34: a childless point whose text gives work is a task)")
STD = "a comparison word joined to the figure (CONVENTIONS.md round 30 line): a target of the item"
RATE = "a policy's own rate, ceiling or period written in the item (CONVENTIONS.md round 25): a target of the item"
DUTYHEAD = ("CONVENTIONS.md round 34: in a section or article headed 职责分工／部门职责／职责, every body the text gives work (the "
            "subject of any verb of doing) is a unit, in printed order")
APPLICANT = ("an applicant filing for itself is no unit (CONVENTIONS.md round 30; round 34: not where it applies or files for "
             "itself) and its filing no duty (round 32)")


def A(file, path, lead=(), resp=(), at=None, **kw):
    """A sample located by its article label (``article_in``); ``at`` the path as printed where a number is followed
    by 「、」 (the sample's own path keeps the bare number)."""
    return S(path, lead, resp, **kw, **art(file, at or path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x119_01_jiading-2024-lvse-shengtai-chengqu-jianshe-guanli-banfa.txt"
PLAN01 = "嘉定区绿色生态城区建设管理办法（试行）"
NOTICE01 = f"关于印发《{PLAN01}》的通知"
a1 = partial(A, X01)

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="嘉建管规范联〔2024〕1号 (from the index; the stored text prints no number)",
     issuer="上海市嘉定区建设和管理委员会 (with 区规划资源局, 区发展改革委, 区财政局)",
     date="2024-01-18 (index; signed 2024年1月17日)",
     level="district bureaus (Shanghai Jiading), to the towns, the district offices, 嘉定工业区 and 菊园新区管委会",
     source=shanghai_source(FOLDER, NOTICE01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_197503&siteId=0080", 3560),
     style="a cover (four signatures, two a line, separated by four and six spaces; a date) then the 办法 in 第一章–第五章 and "
           "第一条–第十九条 (「第N条 」 run-in, one space): 总则 of purpose, scope and definitions; 机构建立 (a 工作小组 set up with a "
           "person as head, its 办公室 「负责编制…」, 「各成员单位按照责任分工落实」); 管理流程 第五–十一条 (member units and regulated "
           "bodies with plain verbs, 组织设计单位编制, 由…审查机构进行审查, 组织…竣工验收); 保障措施 第十二–十六条 (a yearly summary "
           "「每年年底前」, 由区建设管理委汇总, 「工作小组办公室联合各成员单位、行业专家…开展抽查」); 附则 (参照, entry into force). A near "
           "twin of plans-next112 x112_05 (奉贤), read here under the round-34 rulings",
     leaf_tasks=10, count_alternatives=[9, 13, 19],
     leaf_tasks_by_section={"第二章 第四条": 1, "第三章 第五条–第十一条": 7, "第四章 第十二条、第十三条": 2},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        a1(["第四条"], [], ["各成员单位"], lead_alternatives=[["各成员单位"]],
           note="「成立…工作小组…由分管建设的副区长任组长，成员单位包括…」 sets up a body: the person is never a unit, the member "
                "list is not one (rule 3); 「工作小组下设办公室…办公室负责编制…导则、图则」: the office of a body the item sets up is "
                "part of it, not a unit (CONVENTIONS.md round 34, set-up bodies; x112_05 第四条 read 办公室 before that ruling); "
                "「办公室设在区建设管理委」 no verb of doing; 「各成员单位按照责任分工落实」: the subject of 落实 (rule 2), a group named by "
                "a kind, its members' own work (round 30) — " + SUBJ + " — RULING? (members of the group the item sets up, doing "
                "work in it: rule 3's members, or round 30's members' own work, read so); 「协调督促各成员单位…」 pivots outside "
                "rule 2; " + NODATE),
        a1(["第八条"], [], ["建设单位", "施工图设计文件审查机构"],
           note="「建设单位应…组织设计单位编制…施工图设计文件」 (" + PIVOT + "; " + KIND + ") and 「并由施工图设计文件审查机构进行"
                "审查」 (" + BYA + "): both doers in printed order, no lead; " + NODATE),
        a1(["第九条"], [], ["建设、设计、施工、监理等相关单位", "各成员单位"],
           note="「建设、设计、施工、监理等相关单位应…组织施工交底和管理」: a kind before 单位 makes a kind, only the bare 相关单位 is a "
                "general call, and 组织 with a verb-noun (交底, 管理) is 组织＋work (CONVENTIONS.md round 34 — x112_05's open "
                "question 6); fields sharing one head are one name as printed, 等 kept inside it (round 31); 「各成员单位按照各自职责，"
                "对…实施监督检查」: the subject of 实施 (rule 2); 「督促其进行整改」 a pivot outside rule 2; no lead; " + NODATE),
        a1(["第十条"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
           note="「建设单位应严格按照…组织绿色低碳相关内容的竣工验收」: 组织＋验收 (" + ORG + "; " + KIND + "): " + SUBJ + "; 「各成员"
                "单位对…指标要求进行核查」 (进行, " + CLOSED + ") — no unit; 「不予出具竣工验收合格报告」 no subject; " + NODATE),
        a1(["第十二条"], [], ["区建设管理委"], lead_alternatives=[["区建设管理委"]],
           note="「各成员单位应于每年年底前向工作小组办公室提交工作总结，由区建设管理委汇总，形成…工作报告」: " + BYA + " (汇总): "
                + SUBJ + "; 提交 is no rule-2 verb (the members' submission is a duty, below); 「每年年底前」 is a rhythm, not the "
                "item's deadline (CONVENTIONS.md round 34, recurring dates — x112_05's open question 5): no deadline"),
        a1(["第十三条"], ["工作小组办公室"], ["工作小组办公室", "各成员单位"], lead_alternatives=[[]],
           note="「工作小组办公室联合各成员单位、行业专家，不定期…开展抽查」: 「A联合B＋verb」 reads as 「A会同B」 (CONVENTIONS.md "
                "round 34): lead A (lead [] accepted), responsible A, B; this article does not set the office up (第四条 did), so "
                "it is a body as printed (round 30: a body named by a kind counts); 行业专家 are persons, never a unit (round 30) "
                "— RULING? (experts named as a partner of 联合); 「依托嘉定区建筑业协会等，组织建立…专家资源库」 has no subject (an "
                "elided subject carries over only from an earlier clause, round 34); 「督促…落实整改」 a pivot outside rule 2; "
                "不定期 no date; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各成员单位应于每年年底前向工作小组办公室提交工作总结", "when": "每年年底前", "when_norm": "yearly",
              "who": ["各成员单位"]}],
     notes=["counting: 第一条 (purpose and basis), 第二条 (scope, the zones defined), 第三条 (definitions) and 附则 第十七条 (the "
            "rule's own adjustment), 第十八条 (参照, round 34) and 第十九条 (entry into force) are general provisions, not tasks "
            "(round 30); 第四条 names a unit (各成员单位…落实) — a task; 第五条–第十一条 (管理流程) are articles of the 办法's main work — "
            "7 tasks with or without a doer (" + MAIN + "); 保障措施: 第十二条 (由区建设管理委汇总) and 第十三条 (工作小组办公室联合…开展) name "
            "doers — tasks; 第十四条 「统筹各成员单位构建…」 (no subject; 统筹 outside rule 2), 第十五条 and 第十六条 「各成员单位应积极引导…」 "
            "(引导, closed list) name no doer — items of 保障措施 naming no unit, not tasks (round 27, round 33) → **10**. Accepted "
            "9 (第四条 without a unit, RULING? 1 of the README), 13 (第四条–第十六条, every article of work) and 19 (every article, general provisions included, round 30)",
            "not sampled: 第五条, 第六条, 第七条, 第十一条 (tasks with no doer: 明确, 征询, 提出, 编制, 报送, 进行…审核, 探索, 加强 — " + CLOSED
            + "; 「属地街镇、综合实施主体应…明确…」 plain verbs)",
            "dates: none for a task; 「每年年底前」 (第十二条) a rhythm; 「本办法自2024年3月1日起施行，有效期至2026年12月31日」 entry into force "
            "and validity; 2021 in a cited title; no phases",
            "duties: the member units' yearly work summary to 工作小组办公室 (第十二条, 「每年年底前」 → yearly); 区建设管理委's yearly report "
            "names no receiver (not a duty); 建设单位's 报送区规划资源局 (第七条) is a regulated party's filing (round 32), no duty",
            "not targets: 第57号, 〔2018〕24号 and the other document numbers, 第一条's years — not checked; no figure is a target"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x119_02_lingang-2023-fuchi-guangfu-fadian-xiangmu-caozuo-banfa.txt"
PLAN02 = "中国（上海）自由贸易试验区临港新片区扶持光伏发电项目操作办法"
NOTICE02 = f"关于修订《{PLAN02}》的通知"
a2 = partial(A, X02)
A6 = "第六条（奖励标准）"
A8 = "第八条（审核流程）"
A10 = "第十条（监督管理）"

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 操作办法's own title after the cover, or the notice title (the first line, printed again on line 3): "
                "either is accepted",
     doc_no="沪自贸临管规范〔2023〕4号 (printed under the repeated title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2023-04-19",
     level="the Lin-gang Special Area's administrative committee (a city-level agency, Shanghai), to its departments, "
           "units, towns and development companies",
     source=shanghai_source(FOLDER, NOTICE02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=9376d8a7c8d0498a8c7e68f305a225ef&siteId=0058", 3593),
     style="a revision notice (title twice, the number, an ASCII colon after the addressees) whose own 一、–三、 list the "
           "amendments (一、 with 1.–5. rates 0.1 / 0.15 → 0.25元/千瓦时, 0.2元/瓦, 0.5元/千瓦时), a signature and a date; then "
           "the 操作办法 in 第一条（总体要求）–第十一条（附则）, each label on its own line, items （一）… and 「1、」: scope (第三条), "
           "conditions (第五条), rates and periods (第六条), two lists of materials each numbered from （一） under a quoted "
           "sub-heading (第七条), the review and payment steps (第八条, 第九条) and oversight (第十条: 负责, 会同)",
     leaf_tasks=19, count_alternatives=[18, 20, 21, 22, 28],  # aligned round 53: CONVENTIONS.md "Round 62 rulings" (x113_03 第十一条, rounds 36 / 38: a list of rates by class is text) — 第六条（四）'s 1、2、 「分布式光伏：0.25元/千瓦时」 are the text of （四）, one task (was 20, accepted still; 18 with 第七条 no task too)  # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — 第五条's conditions （一）–（四） and 第七条's materials are the text of their articles, one task each (was 22; [24, 31, 33, 39]); accepted 19 (第七条 no task), 21 / 22 (with 第二、四条), 28 (every article of the 操作办法)
     leaf_tasks_by_section={"第五条": 1, "第七条": 1, "第六条 （一）–（七）": 7, "第八条 （一）–（四）": 4,
                            "第九条 （一）–（三）": 3, "第十条 （一）–（三）": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        a2([A6, "（四）"], targets=[(0.25, "元/千瓦时"), (0.2, "元/瓦")],
           note="aligned round 53 (CONVENTIONS.md \"Round 62 rulings\", x113_03 第十一条: a list of rates by class under 「…标准如下：」 "
                "is text, rounds 36 / 38, the rates the item's targets): 「（四）项目奖励标准如下：1、分布式光伏：0.25元/千瓦时。2、光伏电站。"
                "建设主体：0.25元/千瓦时。存量屋顶业主：0.2元/瓦(按并网容量)」 is one task (was the sample on （四）/2); 「光伏电站。建设主体：0.25元/千瓦时。存量屋顶业主：0.2元/瓦(按并网容量)」: " + RATE + "; 建设主体／存量屋顶业主 name "
                "who is paid (beneficiaries), no doer: " + NONE + "; the paragraph after it 「奖励项目按照项目申请时间排序管理，超出年度"
                "预算总额的项目放入下一年度支持」 is its body (round 32, a trailing paragraph), no figure; " + NODATE),
        a2([A8, "（一）"], targets=[(1, "年")], dl="2023年四季度", dln="2023-12",
           note="「项目单位应在项目并网投产一年以内…向管委会提交申报材料」: " + APPLICANT + "; " + NONE + "; 「一年以内」: a time limit "
                "with a comparison word is a target (CONVENTIONS.md round 33); 「当年四季度为集中申报期，每年一季度…集中评审」 are "
                "rhythms; 「其中，2022年并网投产项目应在2023年四季度进行申报」 is the item's one one-off date → 2023-12 (round 34: "
                "recurring dates are no deadline unless the item also has a one-off date) — RULING? (a one-off date that applies "
                "only to one year's projects, inside a bracket)"),
        a2([A10, "（一）"], [], ["管委会"], lead_alternatives=[["管委会"]],
           note="「管委会负责对扶持项目进行监督和管理」: the subject of 负责 (rule 2): " + SUBJ + "; 「项目应…接入综合能源管控平台，"
                "以便管委会开展事中事后监管」 (开展 without 组织; a purpose clause) — no more units; " + NODATE),
        a2([A10, "（二）"], ["发展改革处"], ["发展改革处", "财政处"], lead_alternatives=[[]],
           note="aligned round 35: names (CONVENTIONS round 35, Units: 「A、B、C等部门」 with separate heads give A, B, C, the 等… tail dropped; only fields sharing one head 「商务等部门」 stay one name) — 「发展改革处会同财政处等部门对奖励项目进行不定期抽查」: 财政处 carries its own head, so the name is 财政处 (was 财政处等部门); 「发展改革处会同财政处等部门对奖励项目进行不定期抽查」: 「A会同B＋verb」 (rule 2): lead A (lead [] accepted), "
                "responsible A, B; 「财政处等部门」 one name as printed, 等 kept (round 31); 「建设主体需要每年上报项目运行情况」 a "
                "regulated party's filing (no unit, no duty, round 32); 收回…资金扶持 and 联合惩戒 penalties (round 32: no targets); "
                "不定期 no date; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "项目所在区域供电公司按照管委会公布的奖励目录，将享受度电奖励的项目实际发电量报发展改革处", "when": "（未写明）",
              "when_norm": None, "who": ["供电公司"]},
             {"what": "发展改革处进行审核汇总向财政处提出提交专项资金拨款申请，并抄送办公室（审计室）", "when": "（未写明）",
              "when_norm": None, "who": ["发展改革处"]}],
     notes=["counting: the cover's 一、（1.–5.）, 二、, 三、 state the amendments of the notice (cover items, not the plan's tasks — "
            "plans-dev EXPECTED.md conventions: the cover notice is excluded); in the 操作办法: 第一条 (purpose and basis) and 第十一条 "
            "（一）（二） (interpretation, entry into force) are general provisions, 第三条 （一）1、2、 and （二） with its closing "
            "paragraph the scope of support (general provisions, round 30); 第二条 (资金来源) and 第四条 (支持方式) are childless "
            "articles of statement with no work (round 33: not tasks in a plan whose tasks name units); 第七条's two lists of "
            "materials （一）–（六）, （一）–（三） name documents, no work (round 33, read so — RULING?: x88_03 counted such a list's "
            "items as tasks); the tasks are every numbered leaf of 第五条 (conditions), 第六条 (rates), 第八条–第十条 (review, "
            "payment, oversight) → **22**. Accepted: 24 (with 第二条, 第四条), 31 (with 第七条's nine materials), 33 (both) and 39 "
            "(every leaf of the 操作办法: scope and general provisions included)",
            "units: only 第十条 （一）（二） name doers by rule 2; 第八条（二） 「发展改革处梳理形成申报项目清单，委托第三方评估机构组织专家"
            "评审」 — 梳理／形成 are outside rule 2, and 委托 is a pivot outside rule 2 (the pivot's subject is a doer only with 组织; "
            "round 33 makes A a doer only in 「由A委托B」), the object B no unit: no doer by the rules (not sampled; a reader might "
            "name 发展改革处); 第九条 （二）（三） 「发展改革处进行审核汇总…提出…申请」「财政处…进行审核后，将资金拨付…」: " + CLOSED,
            "dates: 2023年四季度 (第八条（一）, the one one-off date); 「扶持项目应于2022年至2025年建成投产」 (第三条, scope); 「2022年7月"
            "前（含7月）建成」 (第六条（一）) picks the roofs, no deadline; 「自2023年4月19日起实施，有效期至2025年12月31日」 entry into force; "
            "no phases",
            "duties: the power company's sending of generation data to 发展改革处 (第九条（一）, the plan's office; no date) and "
            "发展改革处's submission of the payment request to 财政处 (第九条（二）, a plan office's submission; no date); not "
            "duties: the applicants' filings (第八条（一）) and 建设主体's yearly report (第十条（二）), round 32; 发展改革处's 抄送 "
            "(a copy of the request, not a second duty)",
            "figures not sampled: 6050小时 (第六条（二）, 「上限按6050小时计算」, a ceiling of the policy — a target by round 25), 431平方公里 (第五条（一）, the zone's area in its name), 连续5年 (第六条（一）), 0.25 (（四）1、), 0.5元/千瓦时 "
            "(（六）), 5个工作日 (第八条（三）, a period without a comparison word, round 33), the cover's old and new rates"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x119_03_lingang-2022-taiyangneng-guangfu-xitong-jianshe-guanli-tongzhi.txt"
TITLE03 = "关于加强临港新片区太阳能光伏系统建设管理的通知"

plan(X03,
     title=TITLE03,
     title_note="the notice title as printed (the first line, printed again on line 3)",
     doc_no="沪自贸临管委〔2022〕83号 (printed under the repeated title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2022-08-10",
     level="the Lin-gang Special Area's administrative committee (Shanghai), to its departments and 各有关单位",
     source=shanghai_source(FOLDER, TITLE03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=d95c1369577e4beeb04801d9fb1996db&siteId=0058", 2622),
     style="a notice of requirements: 一、适用对象 (childless: scope and 「应纳入建筑工程设计」), 二、总体要求 with three principles "
           "「1、」–「3、」, 三、规划建设管理要求 （一）–（七） each a heading line then a paragraph: 职责分工要求 (bodies with 负责, 由…协助, "
           "协商, 协同推进), 安装比例要求 (不低于50% / 30%, 达到50%以上, 到2025年 / 到2030年), 光伏组件要求 (不应低于21%, 不低于80%), "
           "信息报送要求 (开工前30个工作日内, 7个工作日内), 验收与生产评价要求 (大于等于2兆瓦, 每五年, 由…组织评审, 负责督办); a "
           "signature, a date, an 附件 list of two forms (not printed)",
     leaf_tasks=7, count_alternatives=[8, 10, 11],
     leaf_tasks_by_section={"三、规划建设管理要求 （一）–（七）": 7},
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用对象"],
     samples=[
        S(["三", "（二）"], [],
          ["管委会清洁能源领导小组", "各处室", "发改处", "规资处", "社发处", "投资主体", "学校、医院管理方", "建交处", "电力公司",
           "管委会各部门", "各镇"],
          note="（二）职责分工要求: " + DUTYHEAD + " — 管委会清洁能源领导小组 (全面负责), 各处室 (各自负责推进; a kind, not the bare "
               "各单位), 发改处 (负责), 规资处 (负责), 社发处 (由…协助), 投资主体 and 学校、医院管理方 (「投资主体与学校、医院管理方协商建设…"
               "管理模式」, the two subjects of 协商, as 「由A与B共同＋verb」, round 30; 「学校、医院管理方」 fields sharing one head, one "
               "name, round 31), 建交处 (负责), 电力公司 (负责), 管委会各部门 and 各镇 (「A和B」 two names, round 34; 协同推进); 「原则上"
               "可由投资主体负责…」 an option (no more units); 「对于政府财力建设学校及医院」 the scope of that clause's work (round 34, "
               "scope splits), no case; no 牵头: lead [] — RULING? (学校、医院管理方, the counterpart of 协商 inside a scope clause, "
               "read as a doer); " + NODATE),
        S(["三", "（三）"], targets=[(50, "%"), (30, "%")], dl="到2030年", dln="2030",
          note="「面积比例不低于50%」, 「不低于30%」, 「覆盖率达到50%以上」: " + STD + "; " + NONE + " (「以第三方咨询机构评估结果为准」 "
               "names a source of figures, no doer); dates: 「2022年起」 a start, 「到2025年」 and 「到2030年，实现应装尽装」 dated goals — "
               "the latest is the item's deadline (CONVENTIONS.md round 34, several dates) → 2030; 沪府发[2022]7号 a document "
               "number (not checked)"),
        S(["三", "（四）"], targets=[(21, "%"), (80, "%")],
          note="「初始效率不应低于21%」, 「整体发电效率不低于80%」: standards with a comparison word — " + STD + "; 「推荐采用…」 a "
               "recommendation; " + NONE + "; " + NODATE),
        S(["三", "（七）"], [], ["行业主管部门", "电力公司"], not_targets=[(2, "兆瓦")],
          note="「由行业主管部门组织评审」 (" + BYA + "; 组织＋评审) and 「电力公司负责督办」 (the subject of 负责): both doers in printed "
               "order, no lead; 「太阳能光伏发电项目应…提交…报告」「需每年提交…证明材料」: the projects' own filings (" + APPLICANT + "); "
               "「对于实际装机容量大于等于2兆瓦的…项目，需每五年进行一次系统效率检测」: the class of projects the rule covers is not a "
               "target (CONVENTIONS.md round 34, a class the rule covers, newer than round 30's threshold line); 每五年, 每年 are "
               "rhythms: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、适用对象 is a childless point of scope (a general provision, round 30; its 「应纳入建筑工程设计…」 restates "
            "the scope's rule) — a section; 二、总体要求 1、–3、 are principles naming no unit — items of 总体要求, not tasks (round 27); "
            "三、规划建设管理要求 （一）–（七） are the notice's main work, each a task with or without a doer (" + MAIN + ") → **7**. "
            "Accepted 8 (一、 as a childless point that gives work, round 34), 10 (with 二、's three principles) and 11 (both)",
            "not sampled: 三/（一） (「需全面建设…」, no doer), （五） (design rules; 「近50年最大风力等级」 a period naming a norm, not a "
            "target; GB50009-2012 and 第3条 names), （六） (「开工前30个工作日内」「7个工作日内」 time limits counted from an event with no "
            "comparison word: the deadline rule, not targets, no deadline — round 33; the projects' filings with 建设和交通管理处 are "
            "no duties, round 32)",
            "dates: 2022年起 / 到2025年 / 到2030年 (三/（三）); 2022年8月10日 the signature; no phases; no duties (every sending in the "
            "notice is a project's own filing)",
            "not targets: 431平方公里 (一、, the zone), GBT51368-2019 and the other standard numbers, 沪府发[2022]7号"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x119_04_lingang-2019-chixu-tuijin-haimian-chengshi-jianshe-zhidao-yijian.txt"
PLAN04 = "中国（上海）自由贸易试验区临港新片区管理委员会关于持续推进海绵城市建设的指导意见"
a4 = partial(A, X04)

plan(X04,
     title=f"{PLAN04}（关于印发《{PLAN04}》的通知）",
     title_note="the 指导意见's own title after the cover, or the notice title (the first line, printed again on line 3): "
                "either is accepted",
     doc_no="沪自贸临管委〔2019〕72号 (printed under the repeated title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2019-12-13",
     level="the Lin-gang Special Area's administrative committee (Shanghai), to 各有关单位",
     source=shanghai_source(FOLDER, f"关于印发《{PLAN04}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=eafa26a036bf4564afafef1635d2e8f4&siteId=0058", 3532),
     style="a cover (title twice, the number, one sentence, a signature, a date) then the 指导意见 in 第一条（指导思想）–第二十条"
           "（产业政策）, each label on its own line and one or two paragraphs under it, no chapters and no numbered items: 部门职责 "
           "(负责牵头推进, 协同推进), planning and approval steps with no subject (组织开展, 组织编制, 应…), 发展改革处应…组织专家…审查, 由…"
           "审批部门组织…审核, 施工图审查机构 / 施工单位 / 运维单位 with plain verbs, 由…接管单位接管, costs 由…保障 / 自行解决, 鼓励…; "
           "no date and no figure in any article",
     leaf_tasks=17, count_alternatives=[18, 19, 20],
     leaf_tasks_by_section={"第三条–第十七条": 15, "第十九条、第二十条": 2},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        a4(["第三条（部门职责）"], ["生态和市容管理处"], ["生态和市容管理处", "管委会相关处室"],
           note="「生态和市容管理处负责牵头推进…，统筹协调相关问题」: 「A牵头（负责）」 (rule 2): lead A; 「生态和市容管理处」 is one "
                "office's name (生态 is no body), kept whole — RULING? (round 34's 「A和B」 are two names, read as not meant for a "
                "name with 和 inside it); 「管委会相关处室按照职责分工协同推进有关工作」: under the heading 部门职责 every body the text "
                "gives work is a unit (" + DUTYHEAD + "; a kind before 处室, not the bare 相关单位); 「探索推进政府购买服务引导第三方…」 "
                "carries the subject over (round 34) and adds no body (第三方 the object of 引导); " + NODATE),
        a4(["第九条（项目立项）"], [], ["发展改革处"], lead_alternatives=[["发展改革处"]],
           note="「发展改革处应在工程可行性研究报告评审中组织专家对相关内容进行审查」: " + PIVOT + " (" + ORG + "): " + SUBJ + "; "
                "「新建、改建、扩建项目应…明确…」「财力投资项目应…分析论证」 no body; " + NODATE),
        a4(["第十一条（事中事后监管）"], [], ["方案设计、初步设计审批部门"], lead_alternatives=[["方案设计、初步设计审批部门"]],
           note="「由方案设计、初步设计审批部门组织对海绵城市设计文件质量进行审核」: " + BYA + " (组织＋work); fields sharing one head "
                "are one name as printed (round 31): " + SUBJ + "; 「项目建设单位…可申请采用告知承诺制，由审批部门事后组织审核」: an "
                "applicant's option (可申请) and the step that follows it — a case (rule 3), and 审批部门 refers back to the body "
                "named (round 34: a back-reference adds no unit); 定期 no date; " + NODATE),
        a4(["第十五条（运维主体）"], [], ["道路、绿化和河道接管单位", "物业管理单位"],
           note="「…海绵设施原则上由相应的道路、绿化和河道接管单位接管，并落实养护单位进行养护」 and 「住宅小区海绵设施原则上由相应小区"
                "的物业管理单位接管养护」: " + BYA + " (接管, 接管养护); the two clauses divide the item's own work by kind of facility "
                "(round 34, scope splits: both doers); a 的-phrase before a name describes it, the unit is the name after the "
                "last 的 (round 34); 「道路、绿化和河道」 fields sharing the head 接管单位, kept as one name — RULING? (和 between the last "
                "two fields; round 34's 「A和B」 two names read as meant for whole names); 养护单位, the object of 落实, is no unit; "
                "原则上 is no option (可); no lead; " + NODATE),
        a4(["第十六条（资金保障）"], [], ["管委会"], lead_alternatives=[["管委会"]],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「管委会根据实际需要研究制定相应的扶持政策」 — the subject of 研究制定 is a doer, named as printed (管委会, as this plan's other answers); the payers of costs stay no units (round 30); lead [] (accepted as the lead); formerly: " + "「建设和养护费用由临港新片区管委会财政资金予以保障」 and 「费用原则上由建设单位和管养单位自行解决」: a cost names a payer, "
                "not a doer (CONVENTIONS.md round 30, round 33); 「管委会根据实际需要研究制定相应的扶持政策」: 研究制定, " + CLOSED + ": "
                + NONE + "; a task (" + MAIN + "); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "临港海绵城市智慧管控平台运维单位根据监测数据对项目成效进行评估，并将结果反馈海绵城市建设主管部门",
              "when": "（未写明）", "when_norm": None, "who": ["临港海绵城市智慧管控平台运维单位"]}],
     notes=["counting: 第一条（指导思想） (purpose) is a general provision; 第二条（推进思路） (the approach: 以目标为导向, 重点解决…) and "
            "第十八条（社会服务） (「鼓励…」 only) state no work of the plan's bodies — not tasks in a plan whose tasks name units (round "
            "33); every other article gives work — a doer (第三、九、十一、十五条) or an instruction 应／要 or work with no subject "
            "(组织开展, 组织编制, 应吸收, 应…明确, 应建立, 应同步编制, 应…审查, 应…复核, 应…评估, 研究制定, 应参考, 要积极开展) — a task (" + MAIN
            + ") → **17**. Accepted 18 and 19 (with 第二条 and / or 第十八条) and 20 (every article)",
            "not sampled: 第四–八条, 第十条, 第十二–十四条, 第十七条, 第十九条, 第二十条 (tasks with no doer: " + CLOSED + "; 第十九条 「有关部门"
            "和社区、居委等基层组织要积极开展…宣传」: 开展 without 组织, no rule-2 form; 第十二条's 「建设单位委托…的除外」 a case)",
            "dates: none in the 指导意见 (2019年12月13日 the signature); no phases",
            "duties: the platform operator's feedback of its evaluation to 海绵城市建设主管部门 (第十四条, no date; a service body's "
            "report, not a regulated party's filing); the projects' 接入平台 (第十四条) and 同步办理移交手续 (第十五条) are no reports",
            "no figure in the text is a target (一个尊重、五个统筹 and the dates are words and names)"])

# round 57 (rul75): answers aligned to tests/data/CONVENTIONS.md "Round 75 rulings (the lead, during round 57, on the questions round 57's first-wave parser helpers left)" (p57f-2's form found by grep, turned; README, round 57)
from aligned_rulings import align73  # noqa: E402
from expected_tools import _sample32  # noqa: E402

R75 = "Round 75 rulings (the lead, during round 57, on the questions round 57's first-wave parser helpers left)"
align73("x119_02", [A6, "（四）"], "「（四）项目奖励标准如下：1、分布式光伏： 0.25元/千瓦时。2、光伏电站。建设主体：0.25元/千瓦时。存量屋顶业主：0.2元/瓦(按并网容量)。奖励项目按照项目申请时间排序管理，超出年度预算总额的项目放入下一年度支持。」 (第六条（四）): rates a fund pays by class and the order it pays them in, with no doer, no 要／应 and no act of the plan's bodies — the scheme's terms, no task",
        "turned: rounds 64's x95_03 (扶持标准), 66's x143_02 and 70's x287_02 over round 62's x113_03 (rates under 「…标准如下：」 one task)", ruling=R75, drop=True,
        counts={"leaf_tasks": 18, "count_alternatives": [19, 17, 20, 21, 22, 28],
                "leaf_tasks_by_section": {"第五条": 1, "第七条": 1, "第六条 （一）–（三）（五）–（七）": 6, "第八条 （一）–（四）": 4,
                                          "第九条 （一）–（三）": 3, "第十条 （一）–（三）": 3}})
_p, _ = _sample32("x119_02", None)
_p["plan_targets"] = _p["plan_targets"] + [{"number": n, "unit": u} for n, u in ((0.25, "元/千瓦时"), (0.2, "元/瓦"))]
_p["notes"][-1] += "; plan_targets [] → 0.25 元/千瓦时, 0.2 元/瓦 (the terms' rates, round 62's w52b, round 66's x143_02)"

write_collected(DIR)
