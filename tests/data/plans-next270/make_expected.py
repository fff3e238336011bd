# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next270/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 53 (built by helper c270): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``, ``article_in`` and ``at_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the "Round 60 rulings", "Round 61 rulings, written early" and "Round 62 rulings" included) applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next270/make_expected.py tests/data/plans-next270
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, PLANS, S, article_in, at_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
at = partial(at_in, DIR)
src = partial(shanghai_source, "工程建设管理")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTSUBJ = ("round 44 (decided): in rules written as articles (第X条), a body named by a kind standing as the subject of the "
           "article's verb of doing is a doer whatever the verb; round 47 (q44c) and round 54: 建设单位, 施工单位, 监理单位 and "
           "like parties named by a kind are bodies; round 62 (p52c): no line between a rule's own parties and regulated ones")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list outside 第X条 articles (round 44 decided); round 45: "
          "headed points that read like articles are not articles — the closed-list reading is the answer and the "
          "article reading (the subjects of any verb of doing) is accepted beside it")
NOUNIT = ("round 40 / round 49 (p46e): an item naming no unit in a plan whose tasks name units is a task where it gives "
          "work; the count without it is accepted")
GENART = ("round 30: articles or points of general provision (purpose and basis, scope, entry into force, the interpreting "
          "body) and round 34's 参照 articles are no tasks; a count that includes them is accepted")
ONE_LEAD = "a single doer (no 牵头): lead [], the doer as lead accepted (plans-dev 03 一)"
HUI = "units rule 2: 「（由）A会同B＋verb」 — lead A (lead [] accepted, round 30), responsible A, B"
RULE4 = ("units rule 4 (closed in round 39, as written): a rule-2 clause in the paragraph that opens a section gives its "
         "units to the items that name none of their own (round 33: an item names its own by a label or by rule 2)")
CLASS = ("rounds 51, 58 (turned: no exception for objects picked), round 52's x237_01: a figure inside a noun naming the "
         "class a rule picks 「工程预算在…的小型建设工程项目」 is a class — not_target; a figure in a condition clause of its "
         "own 「…以上的，应当…」 would be a trigger (round 49)")


def A(path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``) in the current file."""
    return S(path, lead, resp, targets, **kw, **art(CUR[0], path))


def one_art(path, unit, targets=(), note="", **kw):
    """An article whose one doer is ``unit``: lead [], the doer as lead accepted."""
    return A(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


CUR = [""]

# ---------------------------------------------------------------------------------------------------------
X01 = CUR[0] = "x270_01_pudong-2022-zhengfu-touzi-xiangmu-gongcheng-zhiliang-anquan-guanli-shishi-banfa.txt"
P01 = "关于进一步加强政府投资项目工程质量与安全管理的实施办法"
S01 = [
    A(["第三条"], [], ["建设单位", "勘察、设计、施工、监理单位"],
      responsible_alternatives=[[], ["建设单位", "勘察", "设计", "施工", "监理单位"]],
      note="「坚持问题导向…，全面、严格落实工程建设参建各方质量安全责任，特别是建设单位的首要责任和勘察、设计、施工、监理单位的主体责任，强化…」 — "
           "落实 is rule 2's whatever its object (round 49 p46d) and with no subject it instructs the plan's bodies, so the "
           "article gives work (round 51 p47b; round 58: an item is read by its words, not as a stance because it opens with "
           "坚持); 落实 X的主体责任 names X as the parties who answer (round 46's x206_01; round 50 压实), 首要责任 a duty word "
           "like 主体责任: 建设单位 and 「勘察、设计、施工、监理单位」 (fields before one head, one name as printed, round 31; round "
           "50's x232_03); 参建各方 is a general call like 各参与方／各方面 (round 44) — RULING? 1 (a stance in 总则, no task: count "
           "21 accepted, and none accepted here); " + NODATE),
    A(["第四条"], [], ["建设、交通、水务、园林、绿化、民防、房屋等行业管理部门"],
      lead_alternatives=[["建设、交通、水务、园林、绿化、民防、房屋等行业管理部门"]],
      responsible_alternatives=[["本区建设、交通、水务、园林、绿化、民防、房屋等行业管理部门"]],
      note="「本区建设、交通、…、房屋等行业管理部门按照规定的职责分工，负责本行业建设工程的质量安全监督管理」 — A负责 (rule 2); an "
           "article in 总则 that gives work to a body is a task ('What is a task', round 30); fields joined by 、 before one "
           "head with 等 are one name as printed, 等 kept (round 31 「人事、卫生等部门」); 本区 before a name is dropped (round 50's "
           "x232_04; round 41 本市), the printed phrase accepted; " + ONE_LEAD + "; " + NODATE),
    A(["第五条"], [], ["建设单位", "设计单位", "监理单位"],
      note="four paragraphs: 「建设单位为工程设计变更第一责任人，负责…」 (负责, rule 2), 「设计单位对修改的设计文件承担相应责任，并做好…服务工作」 "
           "(承担…责任 names a doer, round 30; 做好 a verb of doing in an article), 「监理单位应加强施工现场管理，…配合建设单位做好…」 "
           "(加强 a verb of doing in an article, round 57's x252_03; 配合 with a subject of its own, round 46 p44g) — an article "
           "with no numbered items whose paragraphs give work is one task, every doer in printed order, each once (round 54, "
           "s48b); " + ARTSUBJ + "; " + NODATE),
    A(["第九条"], [], [],
      note="「建设单位应按照相关规定将检测费用单独列入工程概预算，专项用于工程质量检测活动，检测费不得挪作他用」 — 列入…预算 budgets money: a "
           "cost verb, its subject a payer, no unit (round 48's cost verbs; round 62's x95_01); the article still instructs with "
           "应 (round 55's x248_03 第八条: a payer with 应当 is a task naming no unit); RULING? 2 (a fund's budgeting terms, no "
           "task: count 21 accepted); " + NODATE),
    one_art(["第十条"], "监理单位", targets=[(20, "%"), (30, "%")],
            note="「在建设单位或者工程监理单位监督下现场取样」 — a circumstance like 「在A指导下」 (rule 3; round 36), no unit; 「监理单位应当监督、"
                 "检查施工单位对…的质量检测」「监理单位应按照…开展…平行检测工作」 — " + ARTSUBJ + "; 施工单位, the party supervised, is none "
                 "(round 41); 「监理单位或者建设单位的见证人员应当…」 — persons, no unit (round 30); 「平行检测数量不低于…的20%（保障性住房工程…不低于…"
                 "30%）」 — 不低于 (round 30's line) → targets 20 % and 30 %; " + NODATE),
    A(["第十二条"], ["施工单位"], ["建设单位", "施工单位", "建筑废弃混土再生处理企业", "监理单位", "再生处理企业"],
      lead_alternatives=[[]],
      responsible_alternatives=[["建设单位", "施工单位", "监理单位", "再生处理企业"]],
      note="「建设单位应在…合同中应明确…并将…纳入监理范畴」 (明确 a verb of doing in an article) → 建设单位; 「施工单位应在开工前与已备案的建筑废弃混土"
           "再生处理企业签定《再生处理合同》」 — inside 第X条 「A与B签订」 makes B a co-signatory read like 会同, responsible (round 48; "
           "签定 as printed, a misprint read as printed, round 43), the unit the name after the last 的 (round 32), 混土 kept as "
           "printed; 「会同监理单位、再生处理企业对…进行确认」 — " + HUI + " (the subject carried inside one paragraph, round 34), so "
           "施工单位 is the lead (round 45: a 会同 clause names its lead; lead [] accepted); every doer in printed order, each "
           "once (round 54; round 56's x237_03); the reading without the co-signatory accepted; " + NODATE),
    A(["第十五条"], [], ["监理单位", "行业主管部门"],
      responsible_alternatives=[["监理单位"]],
      note="「监理单位应当监理单位落实监理报告制度」 — the doubled subject is the page's (read as printed, round 43): 落实 → 监理单位; "
           "「监理工程师应…」「总监理工程师负责制」 — persons, no unit (round 30); 「对存在知情不报或弄虚作假等行为的，…行业主管部门对监理单位及总"
           "监理工程师追究相应责任」 — a body the rules task taking its own step after a case (rounds 42, 45, 49 p46d; round 60's x71_03), "
           "a doer by an article's verb of doing (round 44; round 61's x262_03: the form decides — here a 第X条 article); "
           "行业主管部门 a kind (round 33); [监理单位] accepted (liability read as a consequence, round 48); " + NODATE),
    A(["第十六条"], ["建设单位"], ["建设单位", "施工、监理等单位", "施工单位"],
      lead_alternatives=[[]],
      responsible_alternatives=[["建设单位", "施工", "监理等单位", "施工单位"]],
      note="「工程项目开工前，建设单位会同施工、监理等单位制订…」 — " + HUI + "; 「施工、监理等单位」 — fields before one head with 等, one "
           "name as printed (round 31; round 50's x232_03), split accepted; 「施工单位应建立…，推进…。制定并推广岗位标准化手册…」 — "
           + ARTSUBJ + " (the subject carried to 制定, round 34); the time 「工程项目开工前」 is counted from an event: no deadline "
           "(round 34); " + NODATE),
    A(["第二十条"], [], ["施工单位", "监督部门"],
      note="「施工单位应按照…要求进行围档设置」 (进行＋work, a verb of doing in an article, round 44; round 58's x88_02) → 施工单位; "
           "「监督部门在首次监督例会时检查落实情况，…责令限期整改」 → 监督部门 (an article's verb of doing; 监督部门 a kind); 「对于落实标准情况较差"
           "的工地，取消…资格，列入重点监管项目范围」 — no subject (a sanction, no figure); " + NODATE),
    A(["第二十二条"], [], [],
      responsible_alternatives=[["新区政府投资项目工地"]],
      note="「新区政府投资项目工地应按规定安装在线扬尘噪音监测设施及远程视频监控系统，…视频信号接入…平台」 — a works site as the subject of 安装 "
           "is a thing the rules regulate, like round 41's 「每个维保楼宇」 and round 59's ships (round 37's sites made actors do "
           "the plan's work 处置／落实 as bodies); the article instructs (应): a task naming no unit (round 55's x248_02 第六条) — "
           "RULING? 3 (the site as a body, round 37: accepted); " + NODATE),
    A(["第二十四条"], [], [],
      responsible_alternatives=[["各参建单位"]],
      note="「规定范围内的基坑工程，应纳入…平台。各参建单位均需按照…要求进行相关信息上传，确保项目资料的完整性」 — the works parties uploading their "
           "own project's data to the city's platform file for themselves: round 58's x95_02 第四条 (报送…项目信息) and round 54 "
           "(filing or sending for itself names none) → no unit; the article instructs (需, 应): a task naming no unit; "
           "[各参建单位] (a kind before 单位, round 34) accepted; " + NODATE),
]
plan(X01,
     title=P01,
     title_note="the rules' own title line (lines 11 and 13, printed over two lines 「关于进一步加强政府投资项目工程质量」「与安全管理的实施办法」, "
                "a blank line between) and the stored title line 1 read alike; the cover prints no notice title",
     doc_no="浦建委规〔2022〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市浦东新区建设和交通委员会",
     date="2022-01-20",
     date_note="the cover is signed 2022年1月20日; 第二十五条 puts the rules in force the same day",
     level="district commission (Shanghai Pudong, the construction and transport commission), rules for the quality and "
           "safety of government-funded works: seven chapters, 25 articles",
     source=src("关于进一步加强政府投资项目工程质量与安全管理的实施办法.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070235654&siteId=0070", 4791),
     style="the title line; a cover with spaced-out characters (addressees 「新区 各 委、 办 、 局 …：」, one paragraph ending "
           "「请遵照执行 。」, signature, date); the title over two lines; 「第一章 总则」 … 「第 七 章 附则」 chapter lines and "
           "articles 「第N条 text」 with runs of spaces after the label (some articles of several paragraphs); 「第二十 五 "
           "条」 printed with spaces; no numbered items inside articles; no 附件",
     leaf_tasks=22, count_alternatives=[21, 20, 25],
     leaf_tasks_by_section={"第一章 总则": 2, "第二章 变更管理": 3, "第三章 材料管理": 5, "第四章 质量管理": 5,
                            "第五章 安全文明施工管理": 4, "第六章 信息化管理": 3},
     childless_top_level_sections=[],
     samples=S01,
     plan_targets=[], phases=[],
     duties=[{"what": "建设单位对拒不改正违规作业行为的运输车辆立即向生态环境管理部门报告", "when": "立即", "when_norm": None,
              "note": "第二十一条 「对拒不改正的，立即向生态环境管理部门报告」: a plan body reporting information when a case arises is an "
                      "undated duty (round 44; round 48's governs over round 42)"}],
     notes=["counting: 第一条 (purpose and basis), 第二条 (scope) and 第二十五条 (entry into force) are general provisions "
            "(" + GENART + "); 第三条 to 第二十四条 each one task (round 54: an article of unnumbered paragraphs is one task) "
            "→ **22**. Accepted: 21 (第三条 read as a stance, RULING? 1), 20 (第三条 and 第九条 out, RULING? 2), 25 (with the "
            "general provisions, round 30).",
            "units: " + ARTSUBJ + ". Not sampled: 第六条 (由建设单位提出 a change request — 提出…申请 an applicant's, round 30 — "
            "and 设计单位 出具), 第十八条 (an insurance contract 签订 with an insurer, close to 投保, a cost verb).",
            "figures: targets 20 %, 30 % (第十条, 不低于); 「两不挖」「两不进」「两不出」 are names; no dates, no phases; one undated duty "
            "(第二十一条)"])

# ---------------------------------------------------------------------------------------------------------
X02 = CUR[0] = "x270_02_lingang-2021-chengnuozhi-gaige-kuoda-shidian-fanwei-shishi-fangan.txt"
P02 = "中国（上海）自由贸易试验区临港新片区工程建设项目承诺制改革扩大试点范围的实施方案"
N02 = ("关于印发《中国（上海）自由贸易试验区临港新片区工程建设项目承诺制改革扩大试点范围的实施方案》和《临港新片区工程建设项目承诺制改革"
       "扩大试点范围的实施细则》的通知")
S02 = [
    S(["三", "（一）"], [], ["审批审查中心"], lead_alternatives=[["审批审查中心"]],
      note="「由审批审查中心组织项目推进牵头部门和行业主管部门进行综合评估，…报…工改领导小组审议」（twice, for enterprise and for "
           "government-funded projects) — 由A组织B＋verb: A the doer, B the pivot's object, no unit (round 30; round 40 「A组织B会同C"
           "开展」); 「项目推进牵头部门」 is a name, not the verb 牵头; 工改领导小组 reviews (报…审议, rule 3's approver; no duty, a "
           "step of approval, round 46); 建设单位 applies (提出申请, round 30); 审批审查中心 as printed (its 以下简称 in 二, round 38); "
           + ONE_LEAD + "; " + NODATE),
    S(["三", "（二）"], [], [], responsible_alternatives=[["行业主管部门"]],
      note="「行业主管部门编制和发布扩充事项的承诺书格式文本，…将…在承诺书中集中明确，并说明…」 — 编制／发布／明确／说明 are outside rule 2's "
           "list: " + CLOSED + "; " + NOUNIT + "; " + NODATE),
    S(["三", "（三）"], ["临港新片区规划和自然资源处"], ["临港新片区规划和自然资源处", "相关部门"], lead_alternatives=[[]],
      note="「临港新片区规划和自然资源处会同相关部门依据…，明确…控制指标，并定期调整更新」 — " + HUI + "; 规划和自然资源处 is one name (和 "
           "inside a name, round 35's 「生态和市容管理处」), its place kept as printed; 相关部门 a kind (round 33; round 42 continued: "
           "a 会同 partner named by its kind); 「定期调整更新」 no date; " + NODATE),
    S(["三", "（四）"], ["临港新片区建设和交通管理处"], ["临港新片区建设和交通管理处", "建设单位"],
      responsible_alternatives=[["临港新片区建设和交通管理处"]],
      note="「临港新片区建设和交通管理处牵头积极推行…」 — A牵头 (rule 2): lead and responsible A; 「严格落实建设单位首要责任制」 — 落实 "
           "X的…责任 names X as the party who answers (round 46's x206_01, round 50's 压实), 首要责任制 read with its duty word — "
           "RULING? 4 (a system's name, no designation: [A] accepted); 「参建单位对建筑活动承担相关法律法规规定的责任和义务」 — a duty the "
           "law places on the parties, held, not given (rounds 41, 52, 54: 承担／负有…义务): no unit; " + NODATE),
    S(["四", "（一）"], ["各项目推进牵头部门"], ["工改领导小组", "审批审查中心", "各项目推进牵头部门", "各行业主管部门"],
      lead_alternatives=[[]],
      responsible_alternatives=[["审批审查中心", "各项目推进牵头部门", "各行业主管部门"]],
      note="heading 「明确工作职责。」 — a heading whose object is a duty word gives out work (round 35 「明确部门职责」; round 47's "
           "x219_07 「明确责任。」): every body its text gives work is a unit, in printed order — 工改领导小组 「全面领导…」 (a standing "
           "group named in 三、（一）, round 36), 审批审查中心 「负责…」, 各项目推进牵头部门 「负责…，并协同各行业主管部门负责…」 (协同 reads "
           "as 会同, round 30: its subject the lead, lead [] accepted); the reading without the group accepted; " + NODATE),
    S(["四", "（三）"], [], [],
      responsible_alternatives=[["各行业主管部门", "审批审查中心"]],
      note="「各行业主管部门与市、区两级主管部门做好…衔接」「审批审查中心同建设和交通管理处、社会发展处做好与区交警、卫生部门的对接」「审批审查中心同发展"
           "改革处与上海市发展改革委做好政策沟通」 — 做好 is outside rule 2 (round 48 「做好组织工作」; round 57), and 与／同 name partners of "
           "liaison (round 38: 「与A对接」 no unit); " + CLOSED + "; " + NOUNIT + "; " + NODATE),
]
plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the plan's own title line (line 15, after the cover's date) or the notice title (lines 1 and 3): either "
                "(round 45's 「plan（notice）」 pair; round 60's x256_06: the plan's own title line after its cover). The notice "
                "issues two documents, but the stored text prints only the 实施方案: one plan",
     doc_no="沪自贸临管规范〔2021〕4号 (printed on line 5)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2021-10-25",
     date_note="the cover is signed 2021年10月25日 (the plans passed the director's meeting on 2021年10月22日); 五、（一） puts the "
               "plan in force on 2021年10月25日 for two years",
     level="the Lingang special area's administrative committee (a district-level body; the index lists it among the district "
           "rows as 其他): a plan widening the commitment-based approval pilot for works projects",
     source=src("关于印发《中国（上海）自由贸易试验区临港新片区工程建设项目承诺制改革扩大试点范围的实施方案》和《临港.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=7cf1a6fd2fe64b6d9100d41b3fea54d9&siteId=0058", 3555),
     style="the notice title twice, its number, addressees, one paragraph, signature, date; the plan's title line; a preamble; "
           "一、总体要求 (one paragraph), 二、扩大试点 (one paragraph), 三、主要任务 （一）–（六） and 四、保障措施 （一）–（四） as "
           "run-in headed paragraphs 「（一）建立项目准入机制。…」, 五、其他 （一）（二）; 「附件：」 with two attachment names (not "
           "printed)",
     leaf_tasks=10, count_alternatives=[4, 5, 7, 11, 12],
     leaf_tasks_by_section={"三、主要任务": 6, "四、保障措施": 4},
     childless_top_level_sections=["一、总体要求", "二、扩大试点"],
     samples=S02,
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、总体要求 states aims (a childless section); 二、扩大试点 states the pilot's scope — what it now covers "
            "(「适用对象扩大至…」「增加了…28条试点事项」) with no doer and no 要／应: a point of scope, a general provision (round 56's "
            "x81_02; round 46's terms); 三、（一）–（六） and 四、（一）–（四） are tasks (三、（二）（五）（六） and 四、（二）–（四） name no "
            "unit but give work: " + NOUNIT + "); 五、（一） entry into force and 五、（二） 「未尽之处按…施行」 (参照) are general "
            "provisions → **10**. Accepted: 4 (only the items naming units: 三（一）（三）（四）, 四（一）), 5, 7 (四（二）–（四） "
            "out), 11 (with 二), 12 (with 五's two).",
            "units: 三、（五） 「各行业主管部门…开展分类监管」 and （六） 「审批审查中心为建设单位提供…服务」 name none by the closed list "
            "(开展, 提供 without money); 四、（二） 「各部门予以办理」 — 予以 reaches only 落实 (round 41): none.",
            "dates and figures: 「2021年10月22日」 (a meeting), 「自2021年10月25日起施行，有效期为2年」 (a validity: no deadline, round 45), "
            "17条 and 28条 (counts of pilot matters in a point of scope), 30周年 (a name): no targets checked; no phases; "
            "「报工改领导小组审议」 sends for a decision, no duty (round 46)"])

# ---------------------------------------------------------------------------------------------------------
X03 = CUR[0] = "x270_03_lingang-2021-shenpi-shencha-zhongxin-yunxing-jizhi-shishi-fangan.txt"
P03 = "关于进一步优化临港新片区工程建设项目审批审查中心运行机制的实施方案"
N03 = "关于印发《" + P03 + "》的通知"
S03 = [
    S(["三", "（一）"], [], ["审批审查中心"], lead_alternatives=[["审批审查中心"]],
      note="「审批协调服务。审批审查中心负责管委会项目的收件、内转、发证、咨询，并协调推进…」 — A负责 (rule 2); 「后台依托各审批部门」 names no "
           "doer; " + ONE_LEAD + "; " + NODATE),
    S(["三", "（三）"], ["审批审查中心"], ["审批审查中心", "行政服务中心"],
      lead_alternatives=[[]], responsible_alternatives=[["审批审查中心"]],
      note="「审批审查中心负责牵头组织开展宣传培训，…具体工作依托行政服务中心开展」 — 牵头 names the lead (rule 2); the section's lead-in "
           "「…主要工作职责包括：」 gives out work for the items under it (round 37: 「…具体职责为：」), and under it every body given work is "
           "a unit (round 35), 行政服务中心 the body the work is carried out through (开展) — RULING? 5 (依托 names a means, no "
           "unit: [审批审查中心] accepted); " + NODATE),
    S(["四"], [], ["行政服务中心", "各审批部门"], targets=[(3, "个")],
      responsible_alternatives=[["前台（综合窗口）", "行政服务中心", "后台（审批人员）", "各审批部门"]],
      note="childless point of work, a task (round 36); 「审批审查中心内设前台（综合窗口）和后台（审批人员）」 sets the desks up, and the same "
           "point gives them 负责: bodies an item sets up are no units there (round 35 「下设…推进组，负责…」; round 61's x263_05) — "
           "RULING? 6 (round 47's x213_03: desks made actors by a rule-2 form are units as printed: the four accepted); 「前台人员由"
           "行政服务中心统一派驻」「后台人员由各审批部门派驻」 — 由A＋a verb of doing (round 34): doers; 「作为本部门入驻代表，负责…」 — persons "
           "(round 30); 「设3个工作小组…一是审批服务组，负责…」 — groups the point sets up (设 no rule-2 verb, round 35), none; 3个 — the "
           "point's own number to build (round 37) → target 3 个; " + NODATE),
    S(["六", "（二）"], [], ["审批审查中心"], lead_alternatives=[["审批审查中心"]],
      note="「一枚印章。统一使用…章。前台收件后，应…加盖管委会事务类章。未经前台收件的申请材料，后台不得受理。」 — 使用／加盖 are outside rule 2, so "
           "the item names none of its own; 六's lead-in 「审批审查中心严格按照…要求，落实各项…任务。」 (落实, rule 2) is about these "
           "items' work → " + RULE4 + "; " + NODATE),
    S(["六", "（四）"], [], ["对应牵头部门", "各部门", "后台"],
      responsible_alternatives=[["对应牵头部门", "后台"], ["后台"]],
      note="「已实现一站式审批的事项…，由对应牵头部门负责事项的受理和协调推进，各部门按照各自职责分工做好相关工作；未实现…的事项，由后台根据各自职责负责…"
           "受理和审批」 — the item's work split by its objects gives every doer (round 40): 由A负责 twice (rule 2); 各部门 after a doer's "
           "clause with 「按照各自职责…做好」 is responsible (round 44: 「…等相关行政管理部门，按照各自职责共同做好…」; 各部门 a kind); 对应牵头部门 "
           "is a role the plan never names per matter, a unit as printed (round 51 p47c), not a back-reference to bodies the "
           "plan names (round 59's x259_01); 后台 set up in 四 is a doer in later items (round 36); " + NODATE),
    S(["六", "（五）"], [], ["前台"], lead_alternatives=[["前台"]],
      responsible_alternatives=[["后台", "前台"], ["后台"]],
      note="「尚未完成电子化审批的事项，确需发放纸质证件的，由后台在承诺办理时限内将办理结果文书或证件转交前台统一出件」 — 交 hands the matter "
           "over and B is the agent of the verb after it (round 61's x262_02: 「交宣教信息中心更新」, as 「交由B＋verb」, round 33), so "
           "前台 is the doer of 出件; the hander is read by its own verb, and 转交 passes it on, naming none (rounds 46, 48, 61); "
           "「企业可登录…在线领取」 — an option (round 40); " + NODATE),
    S(["七", "（一）"], [], [],
      responsible_alternatives=[["新片区工改领导小组", "中心"]],
      note="「新片区工改领导小组全面加强对审批审查中心的组织领导，强化…，协调解决…。中心要配齐配强…，加强…；指导协调各部门…。管委会党群工作部、办公室、"
           "财政处等部门在人员安排、办公场所和工作经费等方面予以充分支持保障」 — 加强 (with 组织领导 a noun, round 45), 强化, 协调, 配齐, 指导 are "
           "outside rule 2 (round 30); 予以支持保障 gives support (round 48's x225_03: 支持 names none; 保障 with 经费 a cost verb, "
           "round 37): no unit; " + CLOSED + "; " + NOUNIT + "; " + NODATE),
    S(["七", "（二）"], [], ["行政服务中心（大数据中心）"], lead_alternatives=[["行政服务中心（大数据中心）"]],
      responsible_alternatives=[["行政服务中心"]],
      note="「以行政服务中心（大数据中心）为数据管理工作主要负责单位，推进…」 — 「以A为主体」 is a designation (round 38; round 32 「由A作为主责"
           "单位」): A a doer; the bracket of one alias stays (round 37); the name without it accepted; " + ONE_LEAD + "; "
           + NODATE),
]
plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the plan's own title line (line 15, after the cover's date) or the notice title (lines 1 and 3): either "
                "(round 45's pair; round 60's x256_06)",
     doc_no="沪自贸临管委〔2021〕475号 (printed on line 5)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2021-06-08",
     date_note="the cover is signed 2021年6月8日; 八 puts the plan in force 「自发文之日起」",
     level="the Lingang special area's administrative committee (listed among the district rows as 其他): a plan for the "
           "running of its approval-and-review centre for works projects",
     source=src(N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=aad7cfa2b3f74bc18eb0ed277f16a5e3&siteId=0058", 5286),
     style="the notice title twice, its number, addressees, one paragraph, signature, date; the plan's title line; a preamble; "
           "一、总体要求 and 二、机构设置 (paragraphs), 三、职能定位 (a lead-in 「…主要工作职责包括：」 over （一）–（三） run-in headed), "
           "四、组织架构 (four paragraphs, no numbers), 五、运行机制 （一）–（三） heading lines each over run-in paragraphs 「工作会议制度。…」 "
           "(3, 5, 2), 六、工作要求 (a lead-in over （一）–（五） run-in headed), 七、保障措施 （一）–（三）, 八、其他 (one paragraph); "
           "「附件：」 with three names (not printed)",
     leaf_tasks=21, count_alternatives=[13, 14, 15, 20, 22, 23],
     leaf_tasks_by_section={"三、职能定位": 3, "四、组织架构": 1, "五、运行机制": 10, "六、工作要求": 5, "七、保障措施": 2},
     childless_top_level_sections=["一、总体要求", "二、机构设置"],
     samples=S03,
     plan_targets=[], phases=[],
     duties=[{"what": "审批审查中心通过工作动态、情况专报和会议报告等形式定期或不定期向领导小组报告工作情况", "when": "定期或不定期",
              "when_norm": None,
              "note": "五、（一） 工作报告制度: a body the plan tasks reporting to the leading group (round 32: a sending to the plan's "
                      "leading group is a duty); 定期或不定期 names no rhythm, so no when_norm"},
             {"what": "行政服务中心（大数据中心）以月报形式定期对行政服务大厅和一体化平台实际业务办理情况进行统计报告", "when": "月报",
              "when_norm": "monthly",
              "note": "五、（二） 效能管理机制: a report named by its rhythm (月报) is a duty with that rhythm (round 41; round 40's "
                      "standing rhythm)"}],
     notes=["counting: 一、总体要求 (aims) a section; 二、机构设置 only names the centre's members and the persons who head it (round "
            "35: members; round 57's x255_03: a point that only says who leads) — no task; 三、（一）–（三） 3; 四 a childless point "
            "of work 1 (round 36); 五、（一） 工作会议制度／工作报告制度／案例总结制度, （二） 审改推进机制／效能管理机制／考核评价机制／数据共享机制／综合监管"
            "机制, （三） 专人跟踪服务／即办即批服务 — run-in headings opening every paragraph under a numbered heading are its items (round "
            "35; round 58's x105_01; round 44's decided fold is for a safeguards section) 10; 六、（一）–（五） 5 (a 工作要求 section's "
            "items that give work, round 39); 七、（一）（二） 2, 七、（三） 「…适用…容错免责有关规定」 (a rule that applies other rules, no "
            "doer, no 要／应: round 34's 参照, round 46's terms) none; 八 entry into force → **21**. Accepted: 14 (五's three headings "
            "as one task each), 13, 15, 20 (七、（一） naming no unit out, round 40), 22 (with 七、（三）), 23 (with 二 as well).",
            "units not sampled: 五 run-in items (paths by first words under （一）–（三）, round 38) — 案例总结制度 「审批审查中心定期组织搜集…」 "
            "(组织＋work: [审批审查中心]); 综合监管机制 「审批审查中心牵头加强…，联合项目推进牵头部门形成…」 (lead 审批审查中心, responsible with "
            "项目推进牵头部门 by 联合 = 会同, round 34); 即办即批服务 「前台负责…，后台负责…」 ([前台, 后台]); 专人跟踪服务 (服务专员 persons: "
            "none).",
            "dates: none in any item (「原则上两周一次」「按季度」「以月报形式」 are rhythms, round 34); figures: 3个工作小组 (四, a target), "
            "「两周一次」 a meeting rhythm (not checked); no phases"])

# ---------------------------------------------------------------------------------------------------------
X04 = CUR[0] = "x270_04_baoshan-2021-lvrongju-xiaoxing-jianshe-gongcheng-xiangmu-guanli-banfa.txt"
P04 = "宝山区绿化和市容管理局小型建设工程项目管理办法"


def R(path, marker, lead=(), resp=(), targets=(), nth=1, **kw):
    """A run-in item located by its run-in heading (``at_in``) in x270_04."""
    return S(path, lead, resp, targets, **kw, **at(X04, marker, nth))


S04 = [
    R(["四", "审批制度"], "审批制度。", ["局综合计划科"], ["局综合计划科", "专业主管部门"],
      lead_alternatives=[[]], responsible_alternatives=[["局综合计划科"]],
      note="「使用财政预算资金的项目由局综合计划科牵头汇总，经局领导小组审核后，向区政府或区财政局提出申请；使用非财政预算资金项目的预算由专业主管部门会审"
           "后，报局领导小组审核」 — 由A牵头 (rule 2): lead A; the work split by its objects gives both doers (round 40), 由B会审 a verb "
           "of doing (round 34); 经局领导小组审核／报…审核 — the approver (rule 3), and sending for a decision is no duty (round 46); "
           "向区政府或区财政局提出申请 — an application (round 30); " + NODATE),
    R(["四", "执行制度"], "执行制度。", [], ["局领导小组"], lead_alternatives=[["局领导小组"]],
      note="「经局领导小组组长批准或者局党组会议讨论通过，…通过后方可施行。使用自筹资金或其它资金的项目的实施主体由局领导小组审定，可以是…」 — 由A审定 (由A"
           "＋a verb of doing, round 34; rule 2's own 「由A…审批」): 局领导小组, set up in 三 and given work in a later item (round 36); "
           "组长 a person (round 30); 「可以是专业主管部门或项目的所有者」 an option (round 40); " + ONE_LEAD + "; " + NODATE),
    R(["五", "第三类"], "第三类：", [], ["区财政局"], lead_alternatives=[["区财政局"]],
      not_targets=[(100, "万元"), (400, "万元")],
      note="「第三类：工程预算在100万元（含）至400万元（不含）的小型建设工程项目，按政府采购有关规定，可采用竞争性谈判…等非招标方式进行采购，投诉处理由区财政局负"
           "责」 — 可采用 an option (round 40); 由A负责 (rule 2) → 区财政局; the four 「第N类：」 paragraphs after 五's lead-in are its "
           "items, each giving its own work (round 35's run-in headings; round 58's x105_01; round 54: not a bare list of classes); "
           + CLASS + " → 100万元, 400万元 not_target; " + NODATE),
    R(["五", "第四类"], "第四类：", [], ["区建管委", "绿化、房管等专业建设管理部门"],
      responsible_alternatives=[["区建管委", "绿化", "房管等专业建设管理部门"]],
      not_targets=[(400, "万元")],
      note="「…必须采用公开招标方式进行采购，投诉处理由区建管委或绿化、房管等专业建设管理部门根据各自职责分工负责」 — 由A或B负责: 或 joins alternative "
           "doers, each a unit (round 30 「由A或B指定专人负责」; round 49); 「绿化、房管等专业建设管理部门」 fields before one head with 等, one "
           "name as printed (round 31), split accepted; 「400万元（含）以上（施工单项合同估算价≧400万元）的小型建设工程项目」 — " + CLASS
           + "; " + NODATE),
    S(["七"], [], ["实施主体"], lead_alternatives=[["实施主体"]],
      note="「项目实施过程中需聘请的技术咨询服务机构（…），由实施主体提出意见报局领导小组审核，提交党组会议决定」 — 由A提出…意见 is a verb of doing "
           "(round 51 q47a: 提出 is an applicant's only with 申请), and 实施主体 a bare role the plan never sets up, a unit as printed "
           "(round 51 p47c); the sending is for a decision (审核, 决定): no duty (round 46); a childless point of work is a task "
           "(round 34 early; round 36); " + ONE_LEAD + "; " + NODATE),
    S(["八", "（一）"], [], [], responsible_alternatives=[["预算单位", "承建商"], ["预算单位"]],
      note="「预算单位应在规定时限内及时与确定的承建商签订建设合同。合同签订后，项目承建商不得…转包、违法分包」 — 「A与B签订…」 without 由 outside "
           "第X条 articles names no doer (round 42; round 48 keeps round 42 for text outside articles) — headed points are no "
           "articles (round 45; the article reading [预算单位, 承建商] accepted beside); the prohibition has no rule-2 verb; the item "
           "gives work (应): " + NOUNIT + "; 「在规定时限内」 no date; " + NODATE),
    S(["十", "1"], [], ["局行政许可科(规划建设科)", "市容管理科", "绿化管理科", "局综合计划科"],
      responsible_alternatives=[["局行政许可科", "市容管理科", "绿化管理科", "局综合计划科"]],
      note="「局行政许可科(规划建设科)、市容管理科、绿化管理科负责贯彻实施…;局综合计划科负责对项目预算与计划进行审核、上报，对项目情况进行审计监督」 — "
           "several A负责 clauses: all their bodies in printed order (rule 2); the bracket of one alias stays (round 37), the name "
           "without it accepted; 局 before the first name only is kept as printed (round 40: a shared modifier stays with the "
           "first name); heading 监督管理 alone is no work heading (round 42), nothing turns on it here; " + NODATE),
    S(["十", "2"], [], [],
      note="「对采购过程中发现的违规违纪问题，主动向区纪委监委第三派驻纪检监察组报告，并接受监督」 — no subject, and a sending names no doer (rounds "
           "46, 48); an instruction that gives the bodies work (a report to inform, round 55's x248_01 第八条): a task naming no "
           "unit; the report is an undated duty (plan duties); " + NODATE),
]
plan(X04,
     title=P04,
     title_note="the rules' own title line (line 13, after the cover's date; round 60's x256_06). The stored title line 1, "
                "「宝山区绿化和市容管理局关于小型建设工程项目管理办法」, is the site's heading of the cover, which ends in 办法 (not "
                "round 45's 通知／意见／决定／方案／印发 pair), so it is not written as an alternative",
     doc_no="宝绿容〔2021〕18号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市宝山区绿化和市容管理局",
     date="2021-03-22",
     date_note="the cover is signed 2021年3月22日; 十二 puts the rules in force 「自发布之日起」 and repeals 宝绿容﹝2019﹞53号",
     level="district bureau (Shanghai Baoshan, the greening and city appearance bureau), its rules for small works projects "
           "(procedure, procurement classes by budget, contracts and files, oversight)",
     source=src("宝山区绿化和市容管理局关于小型建设工程项目管理办法.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b2b50015-9ab7-47f9-ac29-f395f1e74e8a&siteId=0078", 4313),
     style="the cover's heading line; addressees, one paragraph, 「附件：《…》」 naming the rules it sends (round 49's x229_04: one "
           "plan), signature, date; the rules' title; a preamble; 十二 headed points: 一–三 paragraphs, 四 five run-in paragraphs "
           "「预算制度。…」, 五 a lead-in over four 「第N类：…」 paragraphs, 六 four 「第N类：…。」 lines each over run-in 「立项管理：」"
           "「组织实施：」 (and 「信息发布步骤：」) paragraphs, 七 a paragraph, 八 （一）–（三）, 九 a paragraph, 十 1、2、, 十一 1、–3、, 十二",
     leaf_tasks=22, count_alternatives=[15, 18, 19, 23, 24],
     leaf_tasks_by_section={"四、决策程序": 4, "五、分类管理": 4, "六、项目操作要求": 8, "七、二类费用": 1, "八、合同、档案管理": 3,
                            "十、监督管理": 2},
     childless_top_level_sections=["一、指导思想", "二、适用范围", "三、领导机构", "九、责任追究", "十二、施行时间"],
     samples=S04,
     plan_targets=[], phases=[],
     duties=[{"what": "对采购过程中发现的违规违纪问题主动向区纪委监委第三派驻纪检监察组报告", "when": None, "when_norm": None,
              "note": "十、2: a report the rules ask of the bodies they task, when a case arises — an undated duty (round 44)"}],
     notes=["counting: 一、指导思想 (aims) a section; 二、适用范围 scope (general provision, round 30); 三、领导机构 sets up the "
            "leading group and names its head and members (round 35: set up; persons, round 30) — no task; 四 预算制度／审批制度／执行"
            "制度／应急程序 4 (申请制度 「项目所有人必须提出申请，申请中应当包括…」 is the applicant's step and its contents: a rule for the "
            "applicant, no task, round 52's x236_03 — 5 accepted); 五 第一类–第四类 4; 六 第一类 立项管理／组织实施, 第二类 立项管理／组织实施 "
            "(its 信息发布步骤 「采购单位可通过…上传」 an option, round 49 p46b), 第三类 and 第四类 立项管理／组织实施 → 8; 七 1 (a childless "
            "point of work); 八 （一）–（三） 3; 九 liability with no body the rules task (round 49's x39_03; round 51 q47b) none; 十 "
            "1、2、 2; 十一 1、 (参照), 2、 (how the rules are supplemented), 3、 (interpretation) general provisions; 十二 entry into "
            "force → **22**. Accepted: 23 (with 申请制度, or with 信息发布步骤), 24 (both), 18 (六's classes as one task each), 19 "
            "(五 one task: its classes read as a list by class), 15 (both folds).",
            "units not sampled: 四/预算制度 「项目所有人负责拟定执行方案和编制项目预算」 — 项目所有人, the project's owner unit or a person? "
            "(RULING? 7); 六's 立项管理 paragraphs open alike in all four classes (round 37's scorer note: not sampled); 五/第一类 and "
            "第二类 「投诉处理由预算单位或其上级主管单位落实主体责任」 (落实 X的主体责任 / 由A落实: [预算单位, 上级主管单位], 其 dropped, round 38).",
            "figures: the budget bands of 五 and 六 (20万元, 100万元, 400万元) stand inside nouns naming classes of works: not_target "
            "(" + CLASS + "); 「3个工作日内」「30个工作日内」 are limits from an event (round 33): no target, no deadline; no phases; "
            "one undated duty (十、2)"])


def checks(plans):
    """Print the number of checks and how many expect "none" (as ``tests/parse_score.py`` would count them)."""
    total = none = 0
    for p in plans:
        total += 2 if "title" in p else 1
        for s in p["samples"]:
            lead_none = not s["lead"] and not any(s.get("lead_alternatives", []))
            resp_none = not (s["responsible"] or s["lead"])
            dl_none = "deadline_norm" in s and s["deadline_norm"] is None
            n = 3 + len(s["targets"]) + len(s.get("quantities_not_targets", [])) + ("deadline_norm" in s)
            total += n
            none += lead_none + resp_none + dl_none + len(s.get("quantities_not_targets", []))
        total += len(p.get("plan_targets", [])) + len(p.get("phases", [])) + len(p.get("duties", []))
    print(f"{len(plans)} plans, {sum(len(p['samples']) for p in plans)} samples, {total} checks, {none} expect none")


write_collected(DIR)
checks(PLANS)
