# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next134/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 36 (built by helper c134): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at 4b16d02e (round 29's ruling
on units written in sentences with the round-30 clarifications, round 30's thresholds and general provisions, round
31's exceptions and fields sharing one head, the round-32 … round-35 rulings and the round-36 rulings written early).
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next134/make_expected.py tests/data/plans-next134
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同B…): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (明确, 载明, 进行, "
          "完成, 建立, 加强, 做好, 设置, 发布, 整理 …) is not a unit")
PIVOT = ("CONVENTIONS.md round 30 / round 34: the object of a pivot verb (督促, 告知, 指导 without 负责) is not a unit, and its "
         "subject is a doer only with a verb in rule 2's list")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
ORG = ("CONVENTIONS.md units rule 2, round 30 and round 34 (组织＋work; 「A组织B＋verb」: A is the doer, B, the object of "
       "组织, is not a unit)")
LUOSHI = "CONVENTIONS.md units rule 2: the subject of 负责／落实 is a doer"
SHARED = ("CONVENTIONS.md round 31 / round 35 (names): fields joined by 、 before one head noun are one name as printed, "
          "等 kept inside it (「人事、卫生等部门」; 「建设、交通、水务等建设主管部门」)")
APPLICANT = ("CONVENTIONS.md round 30 / round 32 / round 34: an applicant or a regulated party filing for itself "
             "(「由A申报」「向A申请」「到A报备」) is not a unit and its filing is no duty")
LIMIT = ("CONVENTIONS.md round 33: a limit counted from an event with no comparison word (「3个工作日内」「15个工作日内」) "
         "is the item's deadline rule, not a target and no deadline")
THR = ("CONVENTIONS.md targets (round 30's line, round 33 / round 35 / round 36): a quantity joined to a comparison word "
       "(不少于／不得少于／不得超过／达到) is a target of its item — a floor, a ceiling, a frequency's floor or a count that "
       "triggers a step")
GENPROV = ("CONVENTIONS.md round 30 (general provisions — purpose, scope, definitions, entry into force — are not tasks; "
           "a count that includes them is accepted)")
HEADPT = ("CONVENTIONS.md round 34 (early) / round 36: a childless top-level point that gives work — to a rule-2 doer, "
          "or by 「应…」 in a document of headed points — is a task")
DUTY = ("CONVENTIONS.md round 35 / round 36: a plan body's sending to another body of the plan is a duty, undated when "
        "no date is written")


def src(path, url, chars):
    return shanghai_source("建筑垃圾与材料", path, url, chars)


# ---------------------------------------------------------------------------------------------------------
X01 = "x134_01_shi-zhujianwei-2025-jianzhu-laji-ziyuanhua-jiancai-chanpin-yingyong-tongzhi.txt"
PLAN01 = "关于加快推广本市建筑垃圾资源化利用建材产品应用的通知"
ZJW = "市住房城乡建设管理委"

plan(X01,
     title=PLAN01,
     title_note="a notice that is itself the plan (no forwarded document); its title is printed twice (the page's and the notice's)",
     doc_no="沪建建材联〔2025〕485号 (printed under the second title)",
     issuer="上海市住房和城乡建设管理委员会 (with 市发展改革委, 市交通委, 市绿化市容局, all four signing)",
     date="2025-09-30",
     level="city commission with three city bodies (Shanghai), the use of building materials made from recycled "
           "construction waste: the producers' quality control, government-funded projects first, the duties of the "
           "builder, designer, drawing reviewer, supervisor and contractor, the bureaus' spot checks and a review",
     source=src(f"{PLAN01}.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=63a0d22a343244bb90a750c98c82b433&siteId=0011", 2432),
     style="a notice: the title twice, the number, addressees, a preamble, then six headed points 一、…六、 over items "
           "numbered 1.–14. straight through (「1.本通知所指…」, run-in headings 「4.加强再生产品原材料成分管控。」); "
           "item 13 broken over two paragraphs; an unprinted 附件 line, four signatures and a date; requirements on "
           "parties named by a kind with plain verbs (制定, 明确, 载明, 审查, 确保), one 「A会同B…」 and one 「A、B、C等…按照职能"
           "分工，对…进行监督抽查」; standard numbers (DB31/T1483-2024, DG/TJ08-2474-2025) and document numbers",
     leaf_tasks=11, count_alternatives=[10, 14],
     leaf_tasks_by_section={"二、": 3, "三、": 3, "四、": 2, "五、": 2, "六、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["四", "10"], [], ["建设单位", "设计单位", "施工图审查单位", "监理单位"],
          note="「建设单位应…在设计任务书中明确…」「设计单位应当在设计文件说明中载明…」「施工图审查单位对…进行审查」「监理单位应…"
               "认真履行监理工作职责」: each has a plain verb (" + CLOSED + "), but the item stands under 「四、落实工程参与各方"
               "主体责任」, a heading that gives out work (Round 38 rulings, Units: 「强化企业主体责任」「落实政府监管责任」 give out "
               "work): the four parties given work under it are its units, none leading — aligned round 38: work headings "
               "(was: none); " + NODATE),
        S(["五", "12"],
          note="「市住房城乡建设管理委、市交通委、市绿化市容局等建设工程行业主管部门按照职能分工，对…再生产品使用情况进行监督抽查」: "
               "进行 is not in rule 2's list (" + CLOSED + "); 「按照职能分工」 is a reference in the sentence, not a heading "
               "that gives out work (round 35's headings) nor a units line (round 33: 「按职责分工负责」 names no body) — "
               "RULING? (the bodies are plainly the doers of the spot checks, but the closed list leaves them out): "
               + NONE + "; " + NODATE),
        S(["五", "13"], [ZJW], [ZJW, "相关部门"], lead_alternatives=[[]],
          note="「市住房城乡建设管理委会同相关部门对政府投资建设\\n\\n工程项目使用再生产品情况进行后评估」 (the item runs on into a "
               "second paragraph): " + WITH + "; 相关部门 is a kind, a doer with a rule-2 form (round 33: 有关部门／相关部门 are "
               "kinds; round 34: the partner of 会同 is a doer); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf of the points that hold work): 一、适用范围 1.–3. are scope and definitions "
            "(" + GENPROV + "); 二、 4.–6., 三、 7.–9., 四、 10.–11., 五、 12.–13., 六、 14. → **11**. Accepted 10 (5. — "
            "「再生产品原材料性能指标应满足…标准」, a statement with no doer and no work — read as no task, round 33) and 14 "
            "(every numbered item)",
            "units: only 13. names a doer by rule 2 (会同). Not sampled, all naming no doer by rule 2: 4., 6., 7. "
            "(「再生产品生产企业应制定／建立／配备／生产…」: plain verbs), 5. (no body), 8., 9., 14. (「率先推行」「鼓励…」: no "
            "body), 11. (施工单位 确保 / 纳入 / 加强, 监理单位 审查 / 严把 / 责令: plain verbs). The preamble's 「市住房城乡建设管理"
            "委员会会同…制定了有关工作要求」 is past and not an item",
            "dates: none (2025年9月30日 the notice's date; no entry into force printed); no phases, no duties",
            "targets: none (国办函〔2025〕57号, 沪府令16号, 沪府办〔2024〕56号, DB31/T1483-2024, DG/TJ08-2474-2025 are document "
            "and standard numbers)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x134_02_shi-lvrongju-2024-gongcheng-zhatu-nijiang-xiaona-changsuo-guanli-tongzhi.txt"
PLAN02 = "关于规范本市工程渣土（泥浆）消纳场所管理的通知"
GQ = "各区绿化市容部门"
FLZX = "上海市资源利用和垃圾分类管理事务中心"

plan(X02,
     title=PLAN02,
     title_note="a notice that is itself the plan (no forwarded document)",
     doc_no="沪绿容规〔2024〕6号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局 (with 上海市规划和自然资源局, 上海市农业农村委员会, all three signing)",
     date="2024-12-23",
     level="city bureau with two city bodies (Shanghai), the filing and supervision of spoil (mud) disposal sites: the "
           "district bureaus as filing bodies, the steps of a filing, the bureaus' joint checks and later supervision",
     source=src(f"{PLAN02}.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=6e8ef8f25f7f4495a34edde72a76dd18&siteId=0039", 5450),
     style="a notice: addressees, a preamble, five headed points 一、…五、 — 三、 with run-in headed items 「1.信息提交。」 "
           "「2.信息核实。」 「3.备案办理。」 (each of two paragraphs), the others childless paragraphs — then the entry into force, "
           "a 附件 list, three signatures and a date, and the four attachments printed (a form flattened one cell a line, a "
           "list of materials, technical requirements with 一、（一）1. and thresholds 2000吨以上／超过10个自然日, a flow chart's "
           "title); limits from events (3个工作日内, 5个工作日内, 十个工作日内); 「由A＋verb」 in scope splits and cases",
     leaf_tasks=6, count_alternatives=[5, 7],
     leaf_tasks_by_section={"二、": 1, "三、 1.–3.": 3, "四、": 1, "五、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、备案管理范围"],
     samples=[
        S(["二"], [], [GQ], lead_alternatives=[[GQ]],
          note="「各区绿化市容部门负责所辖区域内消纳场所的备案和管理」: " + LUOSHI + " (a group named by a kind, round 32); the "
               "second paragraph opens with a case 「消纳场所所在位置跨越多个行政区的，以…为备案管理主体，并由接受备案区的绿化市容部门将"
               "备案信息抄告…」 — a clause inside a case adds no unit (CONVENTIONS.md rule 3); a childless point with a rule-2 doer "
               "is a task (" + HEADPT + "); " + SUBJ + "; " + NODATE),
        S(["三", "3"], [], [FLZX], lead_alternatives=[[FLZX]],
          note="「上海市资源利用和垃圾分类管理事务中心负责建筑垃圾监管平台的日常使用和管理」: " + LUOSHI + "; 「各区绿化市容部门应将…"
               "信息登记在…平台」 (登记 — " + CLOSED + ") and the unnamed subject of 「对符合要求的消纳场所接受备案」 add nothing; "
               "the line of the second paragraph is this item's body (CONVENTIONS.md round 32: an unnumbered paragraph after the "
               "last item that gives work is that item's body); " + SUBJ + "; " + NODATE),
        S(["四"], [GQ], ["市、区绿化市容部门", "区绿化市容、规划资源和农业农村等部门", GQ, "区规划资源、农业农村等部门"],
          lead_alternatives=[[]],
          note="「涉及林地的消纳场所应按照…办理，由市、区绿化市容部门按林业管理要求进行核实」 and 「对于…一般耕地，…确需利用…的，"
               "…经所在区的…等部门协同核实通过后方可实施；实施完成后，由区绿化市容、规划资源和农业农村等部门联合核验」: the point "
               "divides its own work by kind of land (林地 / 一般耕地 / other land), read as round 34's scope split — both 「由A＋"
               "verb」 agents are doers (round 34: 「由A＋any verb of doing」) — RULING? (the 「…确需…的」 clause could be read as "
               "rule 3's case, which would leave only the second paragraph's bodies); 「经…等部门协同核实」 approves (rule 3, no "
               "unit); second paragraph 「各区绿化市容部门要会同区规划资源、农业农村等部门建立联动机制」: " + WITH + "; the names as "
               "printed (「市、区X部门」 one name, round 30; " + SHARED + "; 和 inside fields sharing one head, round 35); "
               "「属地区规划资源部门和乡镇人民政府或街道办事处应出具意见」 (出具), 「市绿化市容局与市规划资源局、市农业农村委等部门加强"
               "沟通联络」 (加强) and the sharing 「绿化市容部门通过…开放共享」 are plain verbs (" + CLOSED + "); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "接受备案区的绿化市容部门将备案信息抄告涉及区的绿化市容部门", "when": None, "when_norm": None}],
     notes=["counting: 一、备案管理范围 is scope and definitions (「“工程渣土”是指…」; " + GENPROV + "); 二、 a childless point "
            "with a rule-2 doer (" + HEADPT + "); 三、 1.–3. three tasks (each run-in item with the paragraph after it); "
            "四、 and 五、 childless points that give work (" + HEADPT + ") → **6**. Accepted 5 (三/1 — the operator's own "
            "filing, an applicant's steps — read as no task) and 7 (一、 counted). The closing paragraph 「…自2025年2月1日起"
            "施行，有效期至2030年1月31日」 is the close, and the attachments' numbered lines (附件2 1.–5., 附件3 一、–三、) are "
            "after the 附件 line: no tasks",
            "units: 二、 and 三/3 (负责), 四、 (由A＋verb, 会同). Not sampled: 三/1 (「经营管理单位办理备案时…」: " + APPLICANT + "), "
            "三/2 (「各区绿化市容部门应在3个工作日内完成…核对」「应当在5个工作日内指派专人…」: 完成, 指派 — plain verbs, no doer; "
            "3个工作日内 / 5个工作日内 " + LIMIT + "; 「应于本通知施行十个工作日内…完成配备」 a limit from the entry into force, "
            "said by the regulated sites), 五、 (「各区绿化市容部门应指导属地街镇加强监管，落实日常管理…」: whose 落实 — the "
            "guide's or the guided towns' — cannot be told; 「各区规划资源、农业农村等相关管理部门应…协助开展…」: 协助 not in rule "
            "2's list; 督促 a pivot)",
            "duties: 二、's 「由接受备案区的绿化市容部门将备案信息抄告涉及区的绿化市容部门」 — " + DUTY + " (a case's step, but "
            "a sending between plan bodies); the operators' 报备 is a regulated party's filing (round 32: no duty)",
            "dates: none (2024年12月23日 the date; 2024年12月30日 publication, 2025年2月1日 / 2030年1月31日 entry into force "
            "and expiry); no phases",
            "targets: none in the body (limits from events); 附件3's 2000吨以上, 超过10个自然日, 30万吨以上, 超过6个月, 95%以上, "
            "不超过2Mb stand after the 附件 line, outside the tasks (not checked)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x134_03_shi-shengtaihuanjingju-2024-boli-muqiang-guangfanshe-yingxiang-lunzheng-tongzhi.txt"
PLAN03 = "上海市生态环境局关于进一步规范组织建筑玻璃幕墙光反射影响论证工作的通知"
STH = "生态环境行政管理部门"
PG = "评估机构"

plan(X03,
     title=PLAN03,
     title_note="a notice that is itself the plan (no forwarded document)",
     doc_no="沪环评〔2024〕98号 (from the index; the stored text prints no number)",
     issuer="上海市生态环境局",
     date="2024-05-31",
     date_note="the notice is dated 2024年5月31日; the index gives 2024-06-03 (the publication date)",
     level="city bureau (Shanghai), the procedure for assessing a glass curtain wall's light reflection: the builder's "
           "report and application, the bureaus' check, the assessing body's expert review, public participation, the "
           "city and district bureaus as organisers",
     source=src(f"{PLAN03}.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cdb51b5bff8c444ab4da48e2d788501e&siteId=0024", 9065),
     style="a notice: addressees, a preamble, six headed points 一、…六、 — 三、工作流程 with （一）–（四） headed items on lines "
           "of their own over paragraphs, the others childless paragraphs — then a 附件 list 「附件：1. …」, a signature and a "
           "date, and five attachments printed (report requirements with 一、（一）1．/（1）, formulas, a table of the 24 "
           "solar terms flattened one cell a line, forms with □ boxes); 「A应委托B组织…」, 「B应组织专家…进行论证」, 「A负责组织…」; "
           "limits from events (5个工作日内, 3个工作日内, 15个工作日内, 10个工作日内) and floors 不少于3名 / 不得少于5个工作日",
     leaf_tasks=7, count_alternatives=[6, 8, 9],
     leaf_tasks_by_section={"二、": 1, "三、 （一）–（四）": 4, "四、": 1, "五、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围", "六、施行日期"],
     samples=[
        S(["三", "（三）"], [], [STH], lead_alternatives=[[STH]],
          note="「生态环境行政管理部门应委托具有论证能力的评估机构组织…专家论证工作」: CONVENTIONS.md round 35 (a pivot without 由 "
               "「A委托B组织…」 reads as 「由A委托B」: A is a doer, B is not); 「并将…论证意见出具给建设单位」 adds nothing; the "
               "second sentence on who may not be the assessing body names no doer; " + SUBJ + "; " + NODATE),
        S(["三", "（四）"], [], [PG], [(3, "名")], lead_alternatives=[[PG]],
          note="「评估机构接受委托后，应组织专家…进行论证」: " + ORG + " (专家 are persons and the object of 组织); 「论证专家原则上"
               "不少于3名」: a floor, a target (" + THR + "); 「应在3个工作日内提交」「应在15个工作日内完成」「应在10个工作日内完成」: "
               + LIMIT + " (not checked); 「生态环境行政管理部门…督促编制单位整改」 (" + PIVOT + ") and the case 「发现…的，应及时向…"
               "汇报」 add nothing; " + SUBJ + "; " + NODATE),
        S(["四"], [], [], [(5, "个工作日")],
          note="「公示信息发布持续时间不得少于5个工作日」: a time limit with a comparison word is a target (CONVENTIONS.md round 33: "
               "「不少于30天公示」; 不得少于 reads as 不少于); units: 建设单位 发布 / 征求 / 整理 / 采纳 (" + CLOSED + "), 「公众可以…」 "
               "an option: " + NONE + "; a childless point that gives work by 「应…」 (" + HEADPT + "); " + NODATE),
        S(["五"], [], ["市、区两级生态环境行政管理部门"], lead_alternatives=[["市、区两级生态环境行政管理部门"]],
          note="「市、区两级生态环境行政管理部门负责组织各自职责范围内的…论证」: " + LUOSHI + "; the name as printed (「市、区X部门」 "
               "one name, round 30); 「职责分工原则参照《…目录》执行」 is a reference (round 33: gives no unit); 「组织论证工作费用由"
               "市、区生态环境行政管理部门分别向同级的财政部门申请安排」 — a cost and an application (round 30 / round 35: a payer, an "
               "applicant; no unit); " + SUBJ + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "评估机构在组织论证时限内向生态环境行政管理部门提交论证意见", "when": None, "when_norm": None}],
     notes=["counting: 一、适用范围 (scope) and 六、施行日期 (entry into force) are general provisions (" + GENPROV + "); "
            "二、 (「…的编制应符合…要求」, with the builder's option), 四、 and 五、 are childless points that give work ("
            + HEADPT + "); 三、 （一）–（四） four tasks → **7**. Accepted 6 (二、 read as a statement of the report's forms, no "
            "task), 8 (一、 counted) and 9 (every point and item but 三、). The attachments' numbered lines (附件1 一、–五、 with "
            "（一）1．（1）, 附件2/4's 一、1、) stand after the 附件 line: no tasks",
            "units: 三/（三） (委托 without 由), 三/（四） (组织＋work), 五、 (负责组织). Not sampled: 二、 (「建设单位可委托…」「也可"
            "自行编制」 options), 三/（一） (the builder's application: " + APPLICANT + "), 三/（二） (「生态环境行政管理部门…应在5个"
            "工作日内完成对申报材料的审核」: 完成 plain; 5个工作日内 " + LIMIT + ")",
            "duties: 三/（四）'s 「评估机构…在组织论证时限内向生态环境行政管理部门提交论证意见」 — " + DUTY + " (the assessing "
            "body is a doer of the plan, sending to the bureau). The builder's 提交 (三/（一）, 三/（四）) is a regulated party's "
            "filing (round 32: no duty); the case 「发现…应及时向生态环境行政管理部门汇报」 is not checked",
            "dates: none (2024年5月31日 the date, 2024年7月1日 entry into force; the limits from events); no phases",
            "targets: 三/（四） 3名 and 四、 5个工作日 (sampled); 市政府第77号令 and 沪环保评〔2015〕522号 are document numbers; the "
            "attachments' figures (5倍, 30 min, 2000 cd/m², 20°, ±30°, 100米, 10°, 2001年) stand outside the tasks"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x134_04_baoshan-2024-jianzhu-laji-yunshu-chuzhi-shishi-banfa.txt"
PLAN04 = "关于规范本区建筑垃圾运输处置的实施办法"
JZ = "街镇（园区）"
LV = "区绿化部门"

plan(X04,
     title=PLAN04,
     title_note="the 办法 itself (no cover notice is stored)",
     doc_no="宝绿容〔2024〕25号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区绿化和市容管理局",
     date="2024-02-29",
     level="district bureau (Shanghai Baoshan), the transport and disposal of construction waste: the district bodies' "
           "duties, the chosen carriers, source, transport, site and wharf management, joint enforcement and penalties",
     source=src(f"{PLAN04}.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cc302dcd-9c2a-480c-82af-d6a9d301c940&siteId=0078", 5597),
     style="a 办法 without a cover: a preamble, 一、责任分工 as nine unnumbered paragraphs each opening with a body, 二、 a "
           "childless paragraph (past tendering, validity 2024-01-01 … 2027-12-31), 三、 （一）–（三） over items 「1．」 (full-"
           "width dot) and, in （三）, headed groups 「1．消纳场所管理」 over 「（1）」 items; 「一是…。二是…」 inside 三/（一）/3; "
           "四、 with childless （一） and （三） around （二） 1．–6．; 五、 three paragraphs (penalties, two case paragraphs); a "
           "signature and a date; ceilings 不得超过限速60km/h / 10km/h / 三个月, 每季度不少于一次, 累计达到2起 / 3起",
     leaf_tasks=31, count_alternatives=[30, 32, 33],
     leaf_tasks_by_section={"一、责任分工": 1, "三/（一）": 5, "三/（二）": 4, "三/（三）": 12, "四/（一）（三）": 2,
                            "四/（二）": 6, "五、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["二、确定工程渣土（拆房垃圾）中标运输企业"],
     samples=[
        S(["一"], [],
          ["区绿化市容管理部门", "区建设管理部门", "相关建设单位", "区住房保障管理部门", "拆房企业", "物业服务企业", "区生态环境部门",
           "区城管执法部门", "区交通部门", "区公安部门", "区水务、市场监督、信息化、规划资源等行政管理部门", JZ],
          note="a childless section 「一、责任分工」 of unit paragraphs: one task, every body its text gives work a unit in printed "
               "order (CONVENTIONS.md round 32: a childless section of unit paragraphs; round 34 / round 35 / round 36: under a "
               "heading that gives out work every body given work is a unit, 「A指导B开展…」 A and B) — the objects of 督促 given "
               "work 「督促相关建设单位履行…」「督促拆房企业、物业服务企业落实…」 counted like 指导's, RULING? (round 36 names 配合, "
               "协助／协调, 联系, 移交, not 督促); 「委托获得建筑垃圾运输许可证的运输单位进行运输」's 运输单位 left out (round 35: the "
               "object of 委托 is no unit); 「区水务、市场监督、信息化、规划资源等行政管理部门按照各自职责，协同实施本办法」 — " + SHARED
               + "; the bracket stays with 「街镇（园区）」 (round 34); 「建筑垃圾产生者」 stands in a list of offences (no work); no "
               "牵头: lead []; " + NODATE),
        S(["三", "（一）", "5"], [], [JZ], lead_alternatives=[[JZ]],
          note="「街镇（园区）落实属地管理责任，督促区域内物业公司…将装修垃圾交由…收运」: " + LUOSHI + "; 「区住房保障部门督促拆房"
               "企业、物业服务企业落实…」 — 督促 is a pivot and its objects are no units (" + PIVOT + "; no 责任分工 heading here); "
               + SUBJ + "; " + NODATE),
        S(["三", "（二）", "2"], [], [], [(60, "km/h"), (10, "km/h")],
          note="「不得超过限速60km/h和右转弯限速10km/h」: ceilings of a standard, both under 不得超过 (" + THR + "); units: 「区绿化"
               "市容部门对…运行轨迹进行监控，发现…及时告知区城管执法部门进行查处」 (进行 — " + CLOSED + "; 告知 a pivot, " + PIVOT
               + "): " + NONE + "; " + NODATE),
        S(["三", "（三）", "1", "（3）"], [], [JZ], lead_alternatives=[[JZ]],
          note="「街镇（园区）应落实属地管理责任，将…全部纳入管控，并督促消纳场所营运单位…」: " + LUOSHI + "; the object of 督促 is no "
               "unit (" + PIVOT + "); " + SUBJ + "; " + NODATE),
        S(["三", "（三）", "2", "（2）"], [], ["建筑垃圾资源化处置场所", "中转分拣场所"],
          note="「建筑垃圾资源化处置场所、中转分拣场所落实环保措施」: the subjects of 落实 (" + LUOSHI + "); sites named as the "
               "parties that run them read as bodies, as printed (CONVENTIONS.md round 36: 「码头」 in a list of bodies is a body) — "
               "RULING? (here the sites stand alone, with no other body in the list); two heads, two names; 「区生态环境管理部门"
               "加强指导和检查」 (加强 — " + CLOSED + "); no 牵头: lead []; " + NODATE),
        S(["四", "（一）"], [], [], [(1, "次")],
          note="「定期召开工作例会，原则上每季度不少于一次」: a frequency with a floor is a target (CONVENTIONS.md round 35: 「至少两年"
               "开展一次」; " + THR + "); 「搭建一个…沟通平台」 (no subject), 「管理和执法部门定期通报工作信息」 (通报 — " + CLOSED
               + "): " + NONE + "; 「每季度」 is a rhythm (round 34: no deadline): " + NODATE),
        S(["四", "（二）", "5"], [], [JZ], lead_alternatives=[[JZ]],
          note="「街镇（园区）对…开展排查，组织力量对发现的…场所进行取缔」: " + ORG + " (力量 the object of 组织); " + SUBJ + "; "
               + NODATE),
        S(["五"], [LV], [LV, "公安交警、城管执法、交通运输等部门", "市绿化市容局"], [(2, "起"), (3, "起")],
          lead_alternatives=[[]],
          note="a childless point whose work is the response to its cases (" + HEADPT + "; CONVENTIONS.md round 30 / round 34: "
               "an item whose clauses are 「…的，由A处罚」 is the response to its cases, A a doer) — RULING? (its first paragraph "
               "「对…违法违规行为强化行政执法」 names no body): 「1个自然月内，运输单位有以上处罚累计达到2起，区绿化部门组织约谈，…会同"
               "公安交警、城管执法、交通运输等部门，开展联合检查、联合执法」 (组织＋work; " + WITH + ") and 「…累计达到3起，…由市绿化"
               "市容局取消其…资格，并吊销…」 (由A＋verb of doing); the names as printed (「区绿化部门」, not 区绿化市容部门; " + SHARED
               + "); 累计达到2起 / 3起: counts that trigger a step (CONVENTIONS.md round 36: 「查实3起及以上…的」; 达到 is on round "
               "30's list); 「1个自然月内」 a window, not checked; 「督促有关运输单位制定整改方案」 — a pivot's object; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "定期召开工作例会（中标运输企业、管理和执法部门），原则上每季度不少于一次", "when": "原则上每季度不少于一次",
              "when_norm": "quarterly"}],
     notes=["counting (every numbered leaf of the points that hold work): 一、责任分工 a childless section of unit paragraphs, one "
            "task (CONVENTIONS.md round 32); 二、 a childless point with no rule-2 doer (「区绿化市容部门已于2023年12月完成…」 past, "
            "「将及时公布」 公布, 「建设单位和总包单位应当…选择」 选择) in a document whose work sits in numbered items — a section "
            "(CONVENTIONS.md round 36: a childless point is a task there when it names a rule-2 doer); 三、 （一） 1．–5., "
            "（二） 1．–4., （三） 1．（1）–（4）, 2．（1）–（5）, 3．（1）–（3） → 21; 四、 （一）, （二） 1．–6., （三） → 8; 五、 "
            "a childless point with rule-2 doers → 1; 1 + 21 + 8 + 1 = **31**. Accepted 30 (五、 read as a section), 32 (二、 "
            "counted, or 三/（一）/3's 「一是…。二是…」 read as two items — round 36 reads run-in 「一要…二要…」 as item numbers, "
            "RULING? whether 「一是…二是…」 inside one numbered item makes it a parent) and 33 (both)",
            "units: 一、 (the 责任分工 heading), 落实 (三/（一）/5, 三/（三）/1/（3）, 三/（三）/2/（2）), 组织＋work (四/（二）/5, 五、), "
            "会同 and 由A (五、). Not sampled, all naming no doer by rule 2: 三/（一）/1 (建立), 三/（一）/2 (办结; 「3个工作日内」 "
            + LIMIT + "), 三/（一）/3 (「区建设管理部门协同做好…」: 协同 with no partner, 做好 plain), 三/（一）/4 and 三/（三）/2/（5） "
            "(督促, 设置), 三/（二）/4 (「区绿化市容部门每半年…进行考核评分」: 进行, a rhythm), 三/（三）/2/（1）（3） (设置, 加强), "
            "三/（三）/3/（1） (加大, 加强; 「必须经区交通部门许可」 an approver), 四/（二）/1–4, 6 (加强, 开展 without 组织; 6's 「…"
            "及时移送公安部门，由公安部门进行刑事处罚」 is a case inside an item whose work is joint inspection, rule 3), 四/（三） "
            "(促进, 移送)",
            "duties: 四/（一）'s 例会 — a coordination rhythm (plans-dev EXPECTED.md: recurring reporting/coordination rhythms are "
            "duties), quarterly",
            "dates: none checked (二、's 2023年12月 past, 2024年1月1日 … 2027年12月31日 the carriers' term, not a task's date; "
            "「每半年」「每季度」 rhythms; 2024年2月29日 the date); no phases",
            "targets: 三/（二）/2 60km/h / 10km/h, 四/（一） 1次, 五、 2起 / 3起 (sampled); 三/（三）/1/（4） 「不得超过三个月」 and "
            "三/（三）/3/（3） 「开设一个渣土转运码头」 (a goal) are targets too (not sampled); 「100%进行冲洗」「是否做到100%冲洗」 and "
            "「24小时监控」 have no comparison word (norms, not targets; not checked); 20家企业 is a past outturn; T/SHJX012-2020, "
            "T/SHJX048-2022 are standard numbers"])

# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the printed names accepted)
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'街镇（园区）': '街镇'})

write_collected(DIR)
