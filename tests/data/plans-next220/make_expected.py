# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next220/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 46 (built by helper c220): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or
by ``dec`` below for the decimal headings of x220_02); every answer was written here by reading the texts, with
../CONVENTIONS.md (all of it, the "Round 47 rulings, written early" included) applied to every item. Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next220/make_expected.py tests/data/plans-next220
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source


def dec(file, *parts, body=False):
    """Line and first eight characters of a path under x220_02's decimal headings, looked up in the body (after the
    second 「1.总则」: the first is the 目录). A path ending in a heading 「3.1风险识别」 gives the heading's words and the
    text after them (the heading line has no text of its own), or with ``body`` the text alone (a heading shorter than
    four characters, 「4.1监测」); one ending in 「（1）」 gives the item's own words."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = [n for n, t in enumerate(lines) if t.strip() == "1.总则"][1]
    for part in parts:
        while not (lines[i].strip() == part if not part.startswith("（") else lines[i].strip().startswith(part)):
            i += 1
    last = parts[-1]
    if last.startswith("（"):
        rest = lines[i].strip()[len(last):]
    elif body:
        rest = lines[i + 1].strip()
    else:
        rest = re.sub(r"^\d+(\.\d+)*\s*", "", lines[i].strip()) + lines[i + 1].strip()
    return {"line": i + 1, "title_starts": rest[:8]}


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit (round 44 "
          "reads any verb of doing only in 第X条 articles; round 45 keeps headed points out of it)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CARRY = "round 34: an elided subject carries over inside one paragraph"
FIELDS = ("fields joined by 、 before one head noun are one name as printed, 等 kept (round 31: 「人事、卫生等部门」; round 42: "
          "a list closed by a shared head stays one group as printed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x220_01_shi-fagaiwei-2022-dongfang-lvzhou-laonianren-menpiao-jiage-tongzhi.txt"
N01 = "关于调整东方绿舟等游览参观点老年人门票价格的通知"
SITES = "有关游览参观点"

plan(X01,
     title=N01,
     title_note="the notice title (line 1)",
     doc_no="沪发改价调〔2022〕15号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市文化和旅游局, 上海市绿化和市容管理局 and 上海市市场监督管理局 (four signatures, one a "
            "line; the index lists 上海市发展和改革委员会)",
     date="2022-08-17",
     date_note="the notice is signed 2022年8月17日 (the index dates it 2022-08-18, its publication); the free entry runs "
               "「自2022年9月1日起」",
     level="four city commissions and bureaus (Shanghai), a price notice: free entry for persons aged 65 and over at eleven "
           "government-priced sites from 2022-09-01, and what the sites must do",
     source=src("工程建设管理", N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e64c6c3443cf4ae996337c156ad04255&siteId=0025", 1090),
     style="addressees 「各有关游览参观点运营管理单位：」, a preamble; two points 「一、…」「二、…」 written in one paragraph each; "
           "「特此通知。」, an 附件 line, four signatures one a line, the date; then 附件 「游览参观点名单」 as a one-cell-a-line "
           "table (序号 / 名称 / 所在区域, rows 1–11) and a 「注：」 line; blank lines between all paragraphs",
     leaf_tasks=1, count_alternatives=[2],
     leaf_tasks_by_section={"二、": 1},
     childless_top_level_sections=["一、 (the price terms: free entry from 2022-09-01, RULING? 1)"],
     samples=[
        S(["二"], [], [SITES], lead_alternatives=[[SITES]],
          note="round 34 (written early): a childless headed point whose text gives work (「…要…落实…」) is a task; 「有关游览参观点要"
               "认真开展准备工作，…并严格落实明码标价规定」 — 落实 (rule 2) with the sites as subject: sites made actors are bodies "
               "(round 37: 「处置场所、中转分拣场所落实…」; 码头, round 36), and 有关 before a kind makes a kind (round 34: only the bare "
               "各单位／有关单位／相关单位 are calls; round 46: 相关企业 a kind); 开展 without 组织 and 做好 add nothing (round 30); "
               + ONE_LEAD + "; the addressees 「各有关游览参观点运营管理单位」 in the address line are no unit of the item; "
               "「自2022年9月1日起」 in 一、 is when the price takes effect, not this item's date: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、 「自2022年9月1日起，东方绿舟等11家…游览参观点…对…65周岁及以上老年人实行免费开放。对60周岁"
            "（含）至65周岁以下老年人继续执行现行门票价格优惠政策。」 states the price terms with no rule-2 doer and no 要／应 (实行 and "
            "执行 are no rule-2 verbs) — read as the scheme's terms, no task (round 46: x204_04's formula, cycle and balance points "
            "give no work; round 34 early asks a rule-2 doer or an instruction) — RULING? 1; 二、 gives work → **1**. Accepted: 2 "
            "(一、 as a point giving the sites work, round 43). The 附件 名单 is a list of sites (no work, no task table) and its "
            "「注：」 a case clause (text).",
            "units: 有关游览参观点 (二、, 落实); the address line and the four signing bodies are no units",
            "dates: 2022年8月17日 (the signature), 2022年9月1日 (the price's start, no deadline); no deadline, no phases, no duties",
            "figures: none are targets — 11家 (a count of existing sites, round 38), 65周岁 and 60周岁（含）至65周岁 (age bands naming "
            "a group of persons, round 31); the 名单's row numbers 1–11"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x220_02_shi-yingjiju-2022-tufa-dizhi-zaihai-yingji-yuan.txt"
P02 = "上海市突发地质灾害应急预案"
N02 = "上海市应急管理局关于印发上海市突发地质灾害应急预案的通知"
GOV = "市、区人民政府"
CITY_HQ = "市地质灾害指挥部"
DIST_OFFICE = "区地质灾害指挥部办公室"
PLAN_NODATE = ("an 应急预案 is a standing plan: no item writes a date (「2小时内」「每3年」 are limits from an event and rhythms, "
               "round 34) → " + NODATE)
RULE4 = ("rule 4: the item names no unit of its own by rule 2, so the lead-in's doer (a clause of the paragraph that opens "
         "its heading, about the items' work, round 44) is its unit")
SET_EARLIER = ("round 36: bodies a plan set up earlier (2.2.1 sets up 市地质灾害指挥部 and its 办公室) are doers in later items")


def d02(*parts, body=False):
    return dec(X02, *parts, body=body)


plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the plan's own title (line 9) or the notice title (line 1): either",
     doc_no="沪应急应对〔2022〕51号 (from the index and the stored front matter; the text prints no number); the plan cites "
            "its approval by 沪府办〔2022〕30号",
     issuer="上海市应急管理局",
     date="2022-08-03",
     date_note="the cover is dated 2022年8月3日 (the index the same); the plan is in force 「自2022年7月24日起」 (9.2)",
     level="a city bureau (Shanghai's emergency management bureau) issuing the city's contingency plan for sudden geological "
           "disasters: organisation and duties, risk control, monitoring and warning, response by level, recovery, "
           "safeguards, plan management; 附件1 a grading table, 附件2 the members' duties",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=4b89dd32033246e7a9bcb109090e1701&siteId=0037", 11964),
     style="a cover (addressees, one sentence 「…现印发给你们，请按照执行。」, signature, date); the plan's title; a 目录 of its "
           "decimal headings (1.–9., 1.1–9.2; its 5.3–5.5 named otherwise than the body's); the body in decimal headings with no "
           "space 「3.1风险识别」 (5.4.2–5.4.4 with one 「5.4.2 Ⅲ级应急响应」), each heading on its own line over unnumbered "
           "paragraphs, items 「（1）…」 under 4.2.2, 5.4.1–5.4.4 and 5.5 after lead-in paragraphs ending in 「：」; 2.2.2's "
           "group paragraphs 「转移安置组：由…牵头，…组成，负责…」; 附件1 a one-cell-a-line table, 附件2 numbered duties 「1.市应急局…」 "
           "with 5 and 22 missing and 「24城投集团」 without its dot; no blank lines inside the body",
     leaf_tasks=62, count_alternatives=[61, 63, 65, 67, 71, 85],
     leaf_tasks_by_section={"2.组织体系和职责": 4, "3.风险防控": 3, "4.监测和预警": 11, "5.应急处置和救援": 34,
                            "6.恢复与重建": 3, "7.应急保障": 4, "8.预案管理": 3},
     childless_top_level_sections=[],
     samples=[
        S(["2.2应急机构", "2.2.3市应急联动中心"], [], ["市应急联动中心"], lead_alternatives=[["市应急联动中心"]],
          responsible_alternatives=[["市应急联动中心", "有关职能部门", CITY_HQ]],
          note="the heading 「2.2.3市应急联动中心」 names the standing body whose own duties its text gives: a unit heading (rule 1; "
               "round 38: an article heading that names a party; round 46: a party heading is a unit heading where its text is "
               "that party's own duties) — the text adds nothing, and agrees (「…组织全市应急联动工作」, 组织＋work, a centre made an "
               "actor, round 34); 「设在市公安局」 — where it sits is no doer (round 45); " + ONE_LEAD + "; the chapter heading "
               "「2.组织体系和职责」 read as a work heading would add 「协助有关职能部门或者市地质灾害指挥部实施后续处置」's bodies (round "
               "36: 「A协助B做好」 under a work heading gives both) — accepted, not the answer (rule 1's label decides); "
               + PLAN_NODATE, **d02("2.2.3市应急联动中心")),
        S(["2.3区应急机构"], [], [], responsible_alternatives=[["区应急机构"]],
          note="「事发地区人民政府可参照市地质灾害指挥部设立区级突发地质灾害应急指挥机构，具体负责组织、指挥和协调…，指导街镇、…等基层"
               "落实…制度」 — an option: 可 reaches every verb joined to it in the sentence (round 40), and the subject of 具体负责 is "
               "the body the item sets up (round 35; round 41: 「设置…领导小组…，分别负责…」 gives no unit); the heading 「2.3区应急"
               "机构」 names that set-up body (round 44: a 「X职责」 heading over a body the same article sets up names no unit), so "
               "no unit heading; the objects of 指导 and their 落实 no units: " + NONE + " (the heading read as a unit heading "
               "accepted, RULING? 3); " + PLAN_NODATE, **d02("2.3区应急机构")),
        S(["3.风险防控", "3.1风险识别"], [], ["市规划资源、应急、气象、地震等部门"],
          lead_alternatives=[["市规划资源、应急、气象、地震等部门"]],
          note="「市规划资源、应急、气象、地震等部门根据需要及时组织开展地质灾害风险会商研判」 — 组织开展 (rule 2); " + FIELDS + "; "
               + ONE_LEAD + "; the section's opening paragraph 「本市建立完善…体系」 — 本市 a place, no doer (round 43), so no lead-in "
               "units (rule 4); " + PLAN_NODATE, **d02("3.1风险识别")),
        S(["4.监测和预警", "4.1监测"], [], ["市规划资源局", "市应急、规划资源、住房城乡建设、交通、水务、气象、地震、卫生健康等相关部门和单位"],
          responsible_alternatives=[["市规划资源局"]],
          note="「各级政府、应急管理工作机构建立健全…制度」 — 建立健全 is no rule-2 verb (" + CLOSED + "); 「市规划资源局负责突发地质灾害"
               "监测信息集成」 — 负责; 「市应急、…、卫生健康等相关部门和单位…建立健全…，…对可能发生的突发地质灾害实施动态监测」 — 实施 "
               "(rule 2): fields before one head, one group as printed (round 42: 「市发展改革、…、城管执法等部门、单位」), not the bare "
               "catch-all 「相关部门和单位」 of round 37 (that reading, 市规划资源局 alone, accepted — RULING? 4); no 牵头: lead []; "
               + PLAN_NODATE, **d02("4.1监测", body=True)),
        S(["4.2预警", "4.2.1预警发布、调整与解除"], ["市、区规划资源部门"], ["市、区规划资源部门", "应急、气象、地震等部门"],
          lead_alternatives=[[]],
          note="「预警信息由市、区规划资源部门会同应急、气象、地震等部门组织会商后发布」 — 「（由）A会同B＋verb」: lead A (lead [] "
               "accepted), responsible A, B (rule 2); 「市、区X部门」 is one name (round 30), and 「应急、气象、地震等部门」 " + FIELDS
               + "; 「须经上级授权或批准」 — an approver, no unit (rule 3); " + PLAN_NODATE,
          **d02("4.2预警", "4.2.1预警发布、调整与解除")),
        S(["4.2预警", "4.2.2预警响应措施", "（1）"], [], [GOV], lead_alternatives=[[GOV]],
          note="「（1）增加观测频次，组织开展现场调查，及时收集、研判、报告有关信息。」 — a subjectless 组织 names no doer (round 41: "
               "「紧密联合…」 with no subject); " + RULE4 + ": 「预警发布后，市、区人民政府组织规划资源、…等有关部门和单位按照职责分工做好"
               "相关响应工作，并采取下列措施：」 — 组织＋work (rule 2), 「市、区人民政府」 one name (round 30); the objects of 组织 no "
               "units (round 30); " + ONE_LEAD + "; " + PLAN_NODATE, **d02("4.2预警", "4.2.2预警响应措施", "（1）")),
        S(["5.1信息报告", "5.1.1报告流程及时限"], [], [],
          responsible_alternatives=[["市应急局", "市规划资源局"]],
          not_targets=[(2, "小时"), (30, "分钟"), (1, "小时")],
          note="the item is the reports after an event: 「各应急管理工作机构、…，在组织抢险救援的同时，及时汇总相关信息并迅速报告」 — 组织 "
               "inside a 「在…的同时」 clause is not the item's verb (round 38: 「在组织…时，应当…」); 「事发地区人民政府及区应急、规划资源"
               "部门应立即启动应急响应程序，并在事发2小时内…报告」 — 启动, 报告 are no rule-2 verbs (" + CLOSED + "); 「由市应急局、市规划"
               "资源局在接报后1小时内报告应急管理部和自然资源部」 — read as a sending under 由 (round 39: 「由A向B提供／提交…报告」 is a "
               "filing, A no doer by it; round 46 turned x205_04's 提交…书面报告 to none), so " + NONE + " — RULING? 2 (由A＋a verb "
               "of doing, round 34, accepted: 市应急局, 市规划资源局); the receivers 上级部门／应急管理部／自然资源部 no units (rule 3); "
               "targets: 「事发2小时内」「30分钟内」「1小时内」 are limits counted from an event with 内 — the deadline rule, not targets "
               "(round 33; round 34: 内 after a time from an event) → not targets; the reports are an event-driven duty; "
               + PLAN_NODATE, **d02("5.1信息报告", "5.1.1报告流程及时限")),
        S(["5.2先期处置"], [], ["市应急联动中心", "事发区人民政府", "相关部门",
                                "市应急、公安、消防救援、住房城乡建设、交通、水务、卫生健康、民防、海事等部门（机构）", "事发单位", "所在社区"],
          note="four paragraphs, one leaf: 「市应急联动中心…组织、指挥、调度、协调联动单位采取必要的措施」 — 「A组织B＋verb」: A a doer, the "
               "联动单位 no units (round 30); 「事发区人民政府及相关部门…组织指导街镇、村居委和有关责任单位赶赴现场开展调查」 — 组织＋work, "
               "「A及B」 two names (round 34), 相关部门 a kind (round 33), the objects no units; 「情况紧急时，…可先行组织搜救」 — a case "
               "and an option (rule 3; round 40); 「市、区规划资源部门协调专业技术队伍…」 — 协调 is no rule-2 verb (round 30's pivot); "
               "「市应急、公安、…、海事等部门（机构）…迅速赴现场，协同配合做好应急处置工作」 — 配合 as the main verb of its own subject "
               "makes it a doer (round 46 governs; round 44: 「A应当配合做好…工作」 with no partner), one name as printed with its "
               "bracket (round 31; round 34: a bracket after a name stays); 「事发单位和所在社区负有先期处置的第一责任，应当组织群众展开"
               "自救互救」 — a designation (round 39: 「A承担…主体责任」) and 组织＋work: 「A和B」 two names (round 34), 事发单位 a kind "
               "before 单位 (round 34); 「相关单位必须…进行即时应急处置」 — a catch-all (round 33) with 进行 (round 37): no unit; the "
               "bodies in printed order, no 牵头: lead []; " + PLAN_NODATE, **d02("5.2先期处置")),
        S(["5.3响应分级和启动条件"], [], [DIST_OFFICE, "事发地区人民政府", CITY_HQ],
          note="「Ⅳ级、Ⅲ级应急响应由区地质灾害指挥部办公室启动，事发地区人民政府负责应对；Ⅱ级、Ⅰ级应急响应由市地质灾害指挥部报请市委、"
               "市政府启动，市地质灾害指挥部组织指挥应急处置工作」 — the item's work split by the response's level (round 40: split by "
               "its objects gives all): 由A启动 (由A＋a verb of doing, round 34), B负责, C组织指挥 (组织＋work); 报请 — a request for a "
               "decision (round 46), 市委、市政府 approvers (rule 3); " + SET_EARLIER + "; 「可适当提高响应级别」 an option; the levels "
               "Ⅳ–Ⅰ are names, no figures; lead []; " + PLAN_NODATE, **d02("5.3响应分级和启动条件")),
        S(["5.4应急响应行动", "5.4.1Ⅳ级应急响应", "（5）"], [], [DIST_OFFICE], lead_alternatives=[[DIST_OFFICE]],
          note="「（5）指挥部办公室根据需要派出工作组赶赴现场，调派应急资源支援抢险救援；」 — 派出 and 调派 are no rule-2 verbs (round 30 "
               "names 派出), so the item names no unit of its own; " + RULE4 + ": 「启动Ⅳ级应急响应后，区地质灾害指挥部办公室负责组织相关"
               "成员单位开展应急处置工作，并采取以下应急响应措施：」 — 负责 (rule 2) → 区地质灾害指挥部办公室, as the lead-in prints it "
               "(round 38: no alias is rewritten; the item's short 「指挥部办公室」 is not its unit) — RULING? 5; " + ONE_LEAD + "; "
               + PLAN_NODATE, **d02("5.4应急响应行动", "5.4.1Ⅳ级应急响应", "（5）")),
        S(["6.恢复与重建", "6.1善后处置"], ["市应急局", "市卫生健康委", "市公安局"],
          ["市、区政府", "应急管理工作机构", "市应急局", "市卫生健康委", "市公安局"],
          note="「市、区政府、应急管理工作机构…制定…善后工作方案，并组织实施」 — 组织实施 (rule 2): 「市、区政府」 one name (round 30) and "
               "应急管理工作机构 (a separate head); 「市政府主管部门…及时调拨救助资金和物资」 — 调拨 is no rule-2 verb (and money as "
               "object is a cost, round 47); 「相关部门做好…」「保险监管机构督促…」 — 做好, 督促 no rule-2 verbs; 「市应急局、市卫生健康委、"
               "市公安局牵头，组织相关部门和专业技术力量，…分别负责对…损失进行统计、核实和上报」 — 牵头 and 负责: the three lead (round "
               "37: bodies that 牵头 different parts of one item are all its lead), the objects of 组织 no units; responsible every "
               "doer in printed order (rule 2); " + PLAN_NODATE, **d02("6.恢复与重建", "6.1善后处置")),
        S(["6.恢复与重建", "6.3恢复重建"], [], ["事发地区人民政府", "市级应急管理单元", "市级应急管理相关部门"],
          note="「恢复重建工作…由事发地区人民政府或市级应急管理单元负责」 — 由A或B负责: both doers (round 30: 「由A或B指定专人负责」); "
               "「事发地区人民政府、市级应急管理相关部门…认真制定…计划，…组织恢复重建」 — 组织＋work: both doers (相关部门 a kind, round 33; "
               "市级 a level word kept, round 47); 「情况紧急时，恢复重建项目可按…申报建设」 — a case, an option and an applicant (rule 3; "
               "round 30); in printed order, no 牵头: lead []; " + PLAN_NODATE, **d02("6.恢复与重建", "6.3恢复重建")),
        S(["8.预案管理", "8.2预案更新"], ["市应急局"], ["市应急局", "市规划资源局"], lead_alternatives=[[]],
          not_targets=[(3, "年")],
          note="「本预案由市应急局会同市规划资源局每3年评估一次，并根据评估结果进行修订或更新后报市政府批准」 — 「由A会同B＋verb」: lead A "
               "(lead [] accepted), responsible A, B (rule 2); 报市政府批准 — a submission for approval (round 46), the approver no "
               "unit (rule 3) and no duty; 「每3年…一次」 — a rhythm with no comparison word (round 35: only a floor 「至少两年开展一次」 is "
               "a target; round 36: 「按10%抽查」 a norm) → 3年 not a target; recurring, no deadline (round 34); " + PLAN_NODATE,
          **d02("8.预案管理", "8.2预案更新")),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市规划资源局将会商研判结果报市地质灾害指挥部办公室",
              "when": None, "when_norm": None,
              "note": "3.2: a plan body's sending to another body of the plan (round 35 / round 36), undated"},
             {"what": "各级应急、规划资源部门逐项落实管控措施，形成风险管控表，并报市应急局、市规划资源局",
              "when": None, "when_norm": None,
              "note": "3.3: a plan body's sending of its 风险管控表 to two city bureaus (round 35), undated"},
             {"what": "事发地区人民政府及区应急、规划资源部门在事发2小时内将灾害情况分别向上级部门报告",
              "when": "事发2小时内", "when_norm": None,
              "note": "5.1.1: reports after an event, the limits counted from it (「事发2小时内」「30分钟内以口头方式、1小时内以书面方式」, "
                      "round 34: times from an event are no date)"},
             {"what": "市应急局、市规划资源局对地质灾害事件开展调查分析，进行综合评估，制定改进措施，并向市政府作出报告",
              "when": None, "when_norm": None,
              "note": "6.2: a report to the city government after the investigation (round 35 / round 44: a report sent is a duty), "
                      "undated"}],
     notes=["counting (leaf tasks: the lowest decimal heading with text, or its 「（N）」 items; paragraphs under a heading are its "
            "text): the cover (「请按照执行」) and the 目录 no tasks; 1.总则 1.1–1.5 (purpose, basis, scope, grading definitions, "
            "principles) general provisions and principles — no tasks in a plan whose tasks name units (round 30; round 33); "
            "2.1领导机构 「市政府是…行政领导机构」 states the leading body and gives no work (round 30: 「领导机构为…」 defines a body; "
            "round 33: a statement with no work) — no task; 2.2.1, 2.2.2, 2.2.3, 2.3 → 4; 3.1–3.3 → 3; 4.1, 4.2.1, 4.2.2 "
            "（1）–（9） → 11 (4.2.2's closing 「公民、法人或者其他组织…采取防灾避险措施」 speaks to the public: text, round 36); 5.1.1–5.1.3, "
            "5.2, 5.3 → 5 (5.1.2 a list of what a report contains with 「并及时做好后续处置情况的报告工作」: one task, round 37 / round "
            "45), 5.4.1 （1）–（7）, 5.4.2 （1）–（3）, 5.4.3 （1）–（7）, 5.4.4 （1）–（2） → 19, 5.5 （1）–（9） → 9, 5.6 → 1 (34 in "
            "chapter 5); 6.1–6.3 → 3; 7.1–7.4 → 4 (7.'s opening paragraph a lead-in); 8.1 「本预案由市应急局牵头制定，报市政府批准后实施，"
            "并报…备案」 (how the plan itself was made, approved and filed; 「各区人民政府可以参照本预案…」 an option) read as a "
            "general provision, no task; 8.2, 8.3, 8.4 → 3; 9.1 definitions and 9.2 interpretation and entry into force "
            "(「负责具体解释与组织实施」, round 30's interpreting body) general provisions → **62**. Accepted: 61 (5.1.2, a report's "
            "contents, no task), 63 (2.1 as an item), 65 (2.1, 8.1, 9.2 as items: round 39, an entry-into-force point that also "
            "gives work), 67 (2.2.2's six 「X组：…」 paragraphs as items in place of 2.2.2, as x63_01 counted unit-colon "
            "paragraphs; RULING? 6), 71 (every leaf, general provisions included: round 30's count that includes them), 85 (62 "
            "with 附件2's 23 numbered duties, as plans-next60 accepted attachments' numbered items). 附件1 (a grading table of "
            "险情 / 灾情 bands) is no task.",
            "units: bodies the plan sets up in 2.2.1 (市地质灾害指挥部, its 办公室) are doers in later items (round 36); 2.2.2's "
            "groups 「由A牵头，B…组成，负责…」 are bodies the item sets up with their members (rule 3, round 35; not sampled); "
            "lead-ins 「…组织…采取下列措施：」 give their doers to the items under them that name none (rule 4: 4.2.2, 5.4.1, "
            "5.4.3, 5.4.4, 5.5); persons (负责同志, 指挥长, 负责人) never units; fields sharing one head are one name as printed "
            "(round 31); the chapter heading 「2.组织体系和职责」 is not read as giving out work to chapters below it where a unit "
            "heading or rule 2 decides (2.2.3's alternative)",
            "dates: 2022年8月3日 (the cover), 2022年7月24日 (in force); every item undated (a standing plan); limits from events "
            "(2小时内, 30分钟内, 1小时内) and rhythms (每3年) no deadlines; no phases; four undated duties (3.2, 3.3, 5.1.1, 6.2); "
            "8.1's 报…备案 (the plan's own filing, round 42 / round 46) and 5.4.1 （7） 「有关成员单位应向指挥部办公室报告工作动态」 "
            "(an undated sending, not written as a checked duty) are noted",
            "figures: no targets checked; not targets 2小时 / 30分钟 / 1小时 (5.1.1, limits from an event), 3年 (8.2, a rhythm), "
            "4个等级 (1.4, a count of grades), 附件1's bands 30人以下 … 1亿元以上 (grade bands, round 32; a one-cell-a-line table that "
            "is no task), document numbers (沪府办〔2022〕30号), the response levels Ⅳ–Ⅰ (names)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x220_03_shi-yingjiju-2022-anquan-shengchan-fenlei-fenji-zhifa-yijian.txt"
N03 = "上海市应急管理局关于进一步完善本市应急管理系统安全生产分类分级执法的意见"
CITY_B = "市级应急管理部门"
DIST_B = "区级应急管理部门"
NODATE03 = "the opinion dates no item (「每年」「年度」 are rhythms, round 34): " + NODATE

plan(X03,
     title=N03,
     title_note="the opinion's title (line 1; no separate cover)",
     doc_no="沪应急法规〔2022〕47号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市应急管理局",
     date="2022-07-15",
     date_note="the opinion is dated 2022年7月15日 (the index the same)",
     level="a city bureau (Shanghai's emergency management bureau), an opinion to the district bureaus on classified and "
           "graded safety enforcement: general requirements, principles, classification of enforcement objects, the split of "
           "enforcement powers between city, district, town and zone bodies, and planned enforcement",
     source=src("工程建设管理", N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=41147fa5811a465ea5ad3ffea2209514&siteId=0037", 4710),
     style="addressee 「各区应急管理局：」, a preamble; 一、总体要求 one paragraph; 二、工作原则 （一）–（三）; 三、–五、 headed 「三、科学分类，"
           "推进精准执法」 over items （一）–（十四） numbered on across the sections, each with a run-in heading 「（五）统筹执法事权划分。…」 "
           "on one line; （一） followed by two paragraphs of cases numbered inside the line 「…：1.…；2.…；…10.…。」; two closing "
           "paragraphs after （十四）; the signature and the date; no blank lines",
     leaf_tasks=15, count_alternatives=[14, 16, 17, 18],
     leaf_tasks_by_section={"三、": 4, "四、": 6, "五、": 4, "closing paragraphs after （十四）": 1},
     childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["三", "（一）"], [], [], targets=[(2, "次")],
          note="「科学把握职责，严格落实分类。立足应急管理部门…法定职责，…将辖区内…执法对象，识别与划定为重点检查单位和一般检查单位。」 — "
               "no subject: 落实 and 划定 have none, and 应急管理部门 stands inside a noun (its statutory duties, round 30); the run-in "
               "heading's object 职责 is a duty word (round 37: a heading that gives out work), but the text gives work to no body: "
               + NONE + "; the two paragraphs 「有下列情形之一的，应当纳入重点检查单位：1.…10.…」 are lists of cases (round 35: a list that "
               "gives no work is text; round 45: a second list of cases is text), not items; target: 「近一年内因安全生产违法行为受到"
               "两次以上行政处罚的单位」 — a count with 以上 in a condition that triggers the step (纳入重点检查单位): a target (round 30's "
               "line; round 36: 「查实3起及以上…的」; round 40: a figure in a condition of an event; round 47: 「85分及以上的企业」) → 2次; "
               "近三年 / 近一年内 (look-back windows with no comparison word) not checked; the 10 and 5 kinds are list numbers; "
               + NODATE03),
        S(["三", "（三）"], [], [DIST_B], targets=[(1, "次")], lead_alternatives=[[DIST_B]],
          note="「对重点检查单位每年至少开展一次“全覆盖”执法」 — no subject; a frequency with a floor 至少 is a target (round 35: 「至少两年"
               "开展一次」) → 1次; 「其中：区级应急管理部门每年组织开展一次工业企业安全生产“双随机、一公开”跨部门联合执法抽查」 — 组织开展 "
               "(rule 2): a doer (the yearly 一次 with no comparison word is a rhythm, round 34); 「推动企业主要负责人、…全过程参加」 — "
               "persons (round 30); " + ONE_LEAD + "; " + NODATE03),
        S(["四", "（五）"], [], [CITY_B], lead_alternatives=[[CITY_B]], responsible_alternatives=[[]],
          note="the run-in heading 「统筹执法事权划分」 divides enforcement powers: read as a heading that gives out work (round 43: 「关于执法"
               "权限划分」 reads like 职责划分; round 38: 「职责划分」), so each body the text gives work is a unit by any verb of doing "
               "(round 34's work heading): 「市级应急管理部门以年度执法计划附件清单方式，列举当年度市重点检查单位，并实行动态管理」 → 市级应急"
               "管理部门; 「合理划分市、区级应急管理部门以及…机构安全生产行政执法职责」 — the bodies whose duties are divided are the object "
               "of a subjectless 划分, given no work by it — RULING? 7 (the closed-list reading, 列举 and 实行 outside rule 2: none, "
               "accepted); " + ONE_LEAD + "; 「原则上一家执法对象对应一个层级」 — a norm with no comparison word; " + NODATE03),
        S(["四", "（六）"], [], [CITY_B, DIST_B], responsible_alternatives=[[CITY_B]],
          note="「市级应急管理部门负责…的安全生产行政执法，承担…案件调查处理，…加强对区级应急管理部门执法工作的业务指导、组织协调、督查考核…」 "
               "— 负责 (rule 2) → 市级应急管理部门; the run-in heading 「深化市级统筹协调指导职责」 is a 「X职责」 heading that gives out "
               "work (round 38), and under it the body whose work a unit guides is given work (round 47: 「对区建设管理部门…的…工作进行"
               "指导」 under 职责分工 — both units; round 35: 「A指导B开展…」) → 区级应急管理部门 (the reading without it accepted, as round "
               "47 accepts it); 「对区级应急管理部门重点检查单位的抽查」 — a body inside a noun (round 30); no 牵头: lead []; " + NODATE03),
        S(["四", "（七）"], [], [DIST_B], lead_alternatives=[[DIST_B]],
          note="「区级应急管理部门负责…的安全生产行政执法，对…开展抽查。依法实施…行政处罚、行政强制。」 — 负责, and 实施 with the subject "
               "carried (" + CARRY + "): a doer; 「不再委托乡镇人民政府、街道办事处对区重点检查单位实施…」 — a pivot negated: the objects "
               "of 委托 are no units (round 33: 「由A委托B＋verb」, B no unit); the heading 「强化区级执法重心要求」 gives out no work (no "
               "duty word); " + ONE_LEAD + "; " + NODATE03),
        S(["四", "（八）"], [], [DIST_B], lead_alternatives=[[DIST_B]],
          note="「有效发挥乡镇人民政府、街道办事处…作用」 — no subject; 「建立健全区级应急管理部门和乡镇人民政府、街道办事处的…衔接工作机制」 — "
               "bodies inside a noun's description (round 30); 「区级应急管理部门深入分析…，积极争取相关部门支持，对乡镇人民政府、街道办事处"
               "有能力承担的…简易执法事项，依法授权或者委托其执法」 — 「A授权／委托B＋verb」 without 由: A is a doer, B (其) is not (round 35: "
               "a pivot without 由; round 39: 授权 reads as 委托); 相关部门 whose support is sought is a liaison, no unit (round 38); "
               + ONE_LEAD + "; " + NODATE03),
        S(["五", "（十一）"], [], [],
          note="「市、区级应急管理部门按照规定分别制定年度执法计划；市级应急管理部门指导区级应急管理部门和…管理机构编制年度监督检查计划；区级"
               "应急管理部门指导乡镇人民政府、…编制…」 — 制定 and 指导 (without 负责) are no rule-2 verbs (" + CLOSED + "; rule 3: "
               "「A指导B…」 without 负责 names a guide); 「…年度执法计划报本级人民政府批准、上一级应急管理部门备案；…年度监督检查计划向同级"
               "应急管理部门备案」 — submissions for approval and filings (round 46; round 42: a 备案 is a filing): no duties, the "
               "receivers no units: " + NONE + "; " + NODATE03),
        S(["五", "（十二）"], [], [], targets=[(60, "%"), (0.75, "")],
          note="no subject in any clause (「年度执法或者监督检查计划应当建立在…基础上」「市、区级应急管理部门年度执法计划还应列明…」 — the "
               "plans are the subjects; 「根据年度计划细化、分解工作任务，分别编制…计划」 subjectless): " + NONE + "; targets: 「重点检查工作量"
               "占比不少于全部工作量的60%」 — 不少于 (round 30) → 60%; 「执法总家次与执法工作日之比不得小于0.75」 — 不得小于 (round 32) → "
               "0.75, a ratio with no unit; 「…之比不得小于1」 for towns is a target too (not checked: a bare 1); 上年度 / 本年度 name "
               "years' work, no date; " + NODATE03),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、总体要求 a childless top-level section (no unit, no work given); 二、工作原则 "
            "（一）–（三） principles 「坚持依法行政，强化执法权威。…」 — no tasks in a plan whose tasks name units (round 33); 三、 "
            "（一）–（四） 4, 四、 （五）–（十） 6, 五、 （十一）–（十四） 4 (run-in headed items, one line each); （一）'s two case lists numbered "
            "inside their lines are text (round 35); the two closing paragraphs after （十四） 「各级应急管理部门要高度重视…」「市级应急"
            "管理部门要密切跟踪…」 give the opinion's work — one more task (round 40: a closing paragraph after a section's last item; "
            "round 38: several closing paragraphs one task) → **15**. Accepted: 14 (the closing paragraphs as （十四）'s body or the "
            "close), 16 (each closing paragraph a task, round 38), 17 and 18 (二、's three principles counted, round 33).",
            "units: 市级应急管理部门 and 区级应急管理部门 by 负责／实施／组织开展 and a pivot 委托; run-in headings with a duty word "
            "(「科学把握职责」「深化市级统筹协调指导职责」「压实功能区执法职责」) and 「统筹执法事权划分」 read as headings that give out work "
            "(rounds 37, 38, 43); 乡镇人民政府、街道办事处 and 功能区管理机构 mostly objects of 委托／指导／推动 or inside nouns; options "
            "(可以) and filings name no units; persons (企业主要负责人, 安全生产执法人员) never units",
            "dates: 2022年7月15日 (the signature); no deadline anywhere (每年, 年度, 当年度 rhythms and names), no phases; no duty "
            "(the yearly plans are sent for approval or filed, round 46 / round 42)",
            "figures: targets 2次 (两次以上, （一）), 1次 (至少…一次, （三）), 60% (不少于) and 0.75 / 1 (不得小于, （十二）); not targets "
            "近三年 / 近一年内 (windows, unchecked), the yearly 一次 of 区级 (a rhythm), the list numbers 1.–10. / 1.–5., 「三项制度」"
            "「双随机、一公开」 (names)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x220_04_shi-yingjiju-2022-gongmao-hangye-zijianfang-anquan-zhuanxiang-zhengzhi-tongzhi.txt"
N04 = "上海市应急管理局关于开展工贸行业 自建房安全专项整治工作的通知"
REL = "各相关单位"
DISTB = "各区应急管理局"
DEFINED = ("「各区应急管理局、涉及工贸行业生产经营单位的有关中央在沪及地方国有企业等单位（以下简称各相关单位）」 (三、（一）) defines "
           "各相关单位 as the notice's addressed bodies: read as a unit as printed wherever it acts (round 38: a name given through "
           "「以下简称」 reads as printed; round 33: a role a document defines for bodies is a unit), not the bare catch-all of "
           "round 33 / round 41 — RULING? 8 (the catch-all reading, no unit, accepted)")
STAGE = ("三、时间安排's four dated stages are phases and tasks (round 32 / round 33: a stage with work written under it); the "
         "stage's own date is the item's deadline")

plan(X04,
     title=N04,
     title_note="the notice title (line 1, with the space the page prints inside it)",
     doc_no="沪应急执法〔2022〕43号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市应急管理局",
     date="2022-07-06",
     date_note="the notice is dated 2022年7月6日 (the index the same); its stages run to 2023年6月20日",
     level="a city bureau (Shanghai's emergency management bureau), a notice of a special campaign on self-built buildings "
           "used by industry and trade: requirements, objects, four dated stages, three kinds of checks, six safeguards",
     source=src("工程建设管理", "上海市应急管理局关于开展工贸行业 自建房安全专项整治工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=7ec2d75655eb4e488d030cce67fb81a0&siteId=0037", 2954),
     style="addressees, a preamble; 一、总体要求 and 二、整治对象 one paragraph each; 三、时间安排 （一）–（四） 「（一）宣传动员。2022年7月"
           "15日前，…」 (a stage name, a date, the work); 四、整治内容 a lead-in paragraph ending 「主要整治内容如下：」 over （一）–（三） "
           "「针对…的排查整治。排查整治…」; 五、保障措施 （一）–（六） with run-in headings; an 附件 line broken over lines (「…周调度统」 / "
           "「计表」); the signature, the date, a bracketed contact line with a person, phone numbers and an e-mail; blank lines "
           "between all paragraphs",
     leaf_tasks=13, count_alternatives=[11, 14],
     leaf_tasks_by_section={"三、时间安排": 4, "四、整治内容": 3, "五、保障措施": 6},
     childless_top_level_sections=["一、总体要求", "二、整治对象"],
     samples=[
        S(["三", "（一）"], [], [], dl="2022年7月15日前", dln="2022-07-15",
          note=STAGE + "; 「2022年7月15日前，各区应急管理局、…等单位（以下简称各相关单位），结合安全生产工作实际，印发工贸行业自建房安全"
               "专项整治工作方案，广泛宣传动员，开展政策解读」 — 印发, 宣传动员, 开展 (without 组织) are no rule-2 verbs (" + CLOSED + "): "
               + NONE + "; deadline: the stage's own date → 2022-07-15"),
        S(["三", "（二）"], [], [REL], dl="2022年9月底前", dln="2022-09",
          lead_alternatives=[[REL]], responsible_alternatives=[[]],
          note=STAGE + "; 「2022年9月底前，各相关单位在全面摸排的基础上，组织开展“百日行动”集中攻坚，…聘请专业机构进行安全风险隐患评估」 "
               "— 组织开展 (rule 2) → " + DEFINED + "; the 专业机构 hired is no unit (the object of 聘请); " + ONE_LEAD
               + "; deadline: 「9月底前」 → 2022-09 (round 33: 底 keeps month 9)"),
        S(["三", "（四）"], [], [REL], dl="2023年6月20日前", dln="2023-06-20",
          lead_alternatives=[[REL]], responsible_alternatives=[[]],
          note=STAGE + "; 「2023年6月20日前，各相关单位须完成…全部工作任务，对经整改评估的自建房组织验收，并形成专项整治工作报告，报送市"
               "应急局」 — 组织验收 (组织＋work, round 34) → " + DEFINED + "; 市应急局 receives (rule 3), the report a dated duty; "
               + ONE_LEAD + "; deadline: 2023-06-20"),
        S(["四", "（二）"], [], [], not_targets=[(300, "平方米"), (30, "万元")],
          note="「针对建筑合法性的排查整治。排查整治未将建筑面积300平方米以上、投资30万元以上的自建房纳入基本建设程序管理的问题；…」 — each of "
               "四、's items gives work by a verb (排查整治), read as items (round 47: four publicity 方面 that each give work by a verb "
               "are items; RULING? 9, 11 accepted with 四、 one task); no subject, and the lead-in 「各相关单位按照工作职责，指导督促…开展"
               "排查整治…」 names no doer (指导 without 负责 and 督促 are no rule-2 verbs, round 30), so rule 4 gives nothing: " + NONE
               + "; 「300平方米以上」「30万元以上」 describe the fault to find in a list of faults (round 31: 「气瓶总重量超过60kg但未设置专用"
               "气瓶间」, plans-dev 11 重点整治内容/2) → not targets; the four stages are phases, not a span stated once for the whole "
               "action (round 47, x214_02), so the item takes none: " + NODATE),
        S(["五", "（一）"], [], [REL, DISTB], responsible_alternatives=[[REL], [DISTB]],
          note="「各相关单位要提高思想认识，成立专项行动工作小组，细化落实责任，切实抓好组织实施」 — 落实 (rule 2) as a verb with the subject "
               "carried (" + CARRY + "); 「抓好组织实施」 a noun phrase (round 45: 「加强组织领导」); the 工作小组 set up is no unit (round "
               "35); " + DEFINED + "; 「各区应急管理局要…精心组织，周密部署，统筹安排…，着力推动企业主要负责人切实履行…责任，认真组织开展"
               "自查自改」 — 「精心组织」 has no object (round 41); the later 组织开展 after the pivot 推动 is the subject's (round 41: 「A"
               "动员B…，落实…」) → 各区应急管理局; persons (企业主要负责人) never units; in printed order, no 牵头: lead []; accepted: "
               "[各相关单位] (自查自改 read as the enterprises') and [各区应急管理局] (各相关单位 a catch-all); the heading 「加强组织领导」 "
               "gives out nothing (round 37); " + NODATE + " (no stage binds 五、)"),
        S(["五", "（三）"], [DISTB], [DISTB, "属地住房城乡建设、公安、商务、市场监管等部门"], lead_alternatives=[[]],
          note="「各区应急管理局要积极协同属地住房城乡建设、公安、商务、市场监管等部门，建立沟通联络机制」 — 「A协同B＋verb」 reads as 「A会同B」 "
               "(round 30): lead A (lead [] accepted), responsible A, B; " + FIELDS + "; 「…组织专业力量进行安全评估和监督」 — 组织＋work "
               "with the subject carried (" + CARRY + "): the same bureaus; 「如确定为危房的，须明确…」 a case (rule 3); " + NODATE),
        S(["五", "（四）"], [], [DISTB], lead_alternatives=[[DISTB]],
          note="「各区应急管理局要严格对标对表执法，对…达不到安全条件的，要…坚决落实现场处理措施，并依法依规进行行政处罚」 — 落实 (rule 2) with "
               "the subject carried (" + CARRY + "); 「对…的」 is the object of the bureaus' own enforcement (round 42: 「…的，由A…」 "
               "steps are the article's own work), not a case; 进行 is no rule-2 verb (round 37); 相关人员 persons; " + ONE_LEAD
               + "; " + NODATE),
        S(["五", "（六）"], [], [], dl="2022年7月15日前；9月20日前", dln="2022-09-20",
          note="「请各相关单位于2022年7月15日前，将…工作方案；9月20日前，将…阶段性工作总结，加盖公章后报送市应急局。专项整治期间，请各区应急"
               "管理局于每周五中午12点前，…报送《…每周调度统计表》…」 — sendings to the issuer: 报送 is no rule-2 verb (「请A…」 decides by "
               "its verb, round 30): " + NONE + "; the sendings are duties (two dated, one weekly); deadline: several one-off dates → "
               "the latest, 2022-09-20 (round 34; 9月20日 takes the notice's year); the weekly 每周五 is a rhythm, no deadline (round "
               "34); 12点 a clock time, no target"),
     ],
     plan_targets=[],
     phases=[{"name": "宣传动员", "start": None, "start_alt": "2022-07", "end": "2022-07"},
             {"name": "排查整治", "start": None, "start_alt": "2022-07", "end": "2022-09"},
             {"name": "阶段性总结", "start": None, "start_alt": "2022-09", "end": "2022-09"},
             {"name": "全面评估验收", "start": None, "start_alt": "2022-10", "end": "2023-06"}],
     duties=[{"what": "各相关单位于2022年7月15日前将工贸行业自建房安全专项整治工作方案加盖公章后报送市应急局",
              "when": "2022年7月15日前", "when_norm": "2022-07-15",
              "note": "五、（六）: a one-off dated sending the notice asks of the bodies it tasks (round 43, turned)"},
             {"what": "2022年9月20日前，各相关单位形成阶段性工作报告（专项整治阶段性工作总结），报送市应急局",
              "when": "2022年9月20日前", "when_norm": "2022-09-20",
              "note": "三、（三） and 五、（六）: the stage report, the same sending written twice"},
             {"what": "2023年6月20日前，各相关单位形成专项整治工作报告，报送市应急局",
              "when": "2023年6月20日前", "when_norm": "2023-06-20",
              "note": "三、（四）: the final report to the issuer, dated"},
             {"what": "专项整治期间，各区应急管理局于每周五中午12点前，通过工作微信群，报送《工贸行业生产经营性自建房安全专项整治每周调度统计表》",
              "when": "每周五中午12点前", "when_norm": "weekly",
              "note": "五、（六）: a weekly statistics sending (round 34's rhythm words; round 40: a standing rhythm of reporting to the "
                      "issuing office is a duty)"}],
     notes=["counting: the preamble no task; 一、总体要求 (a goal, no unit) and 二、整治对象 (what the work bears on: a field, round "
            "44) childless sections; 三、 （一）–（四） 4 (stages with their work: phases and tasks, round 32 / round 33); 四、's lead-in "
            "no task, （一）–（三） 3 (items that each give work by a verb, round 47; RULING? 9); 五、 （一）–（六） 6 → **13**. Accepted: "
            "11 (四、 one task: its items the focus of the lead-in's work, round 46), 14 (二、 as a point giving work).",
            "units: 各相关单位 (defined in 三、（一）, RULING? 8) and 各区应急管理局 by 组织开展／组织验收／落实／协同; the fields group "
            "「属地住房城乡建设、公安、商务、市场监管等部门」 as a 协同 partner; 市应急局 receives; persons (企业主要负责人, 专人, 姜文炯) "
            "never units; 有关中央在沪及地方国有企业等单位 only inside the definition and the address line",
            "dates: 2022年7月6日 (the signature); stages 7月15日前 / 9月底前 / 9月20日前 / 2023年6月20日前 (phases; start months not "
            "printed: start_alt from the notice's month and the previous stage's end); 「百日行动」 names the campaign, no date; "
            "「4·29」「5·16」 name accidents; 五、 items take no deadline (no stage binds them, round 47) except （六）'s own dates",
            "figures: not targets 300平方米 / 30万元 (a fault's description, round 31), 12点 (a clock time), 4·29 / 5·16, document "
            "numbers (国办发明电〔2022〕10号, 沪府办〔2022〕23号), phone numbers"])

write_collected(DIR)
