# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next293/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 58 (built by helper c293): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` in expected_tools, and ``dec``
below for x293_01's decimal headings); every answer was written here by reading the texts, with ../CONVENTIONS.md (its
head, and the "Round 66 rulings" to "Round 72 rulings" in full; older rulings where a grep for a form led) applied to
every item. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next293/make_expected.py tests/data/plans-next293
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C = "49f4bb7b24691276dec660a576f20a54a0c46b63"     # the stored files' commit (read_file answers); the index rows below
STORED = ("the stored text (read whole with read_file at that commit); only the repository's wrapper was removed (YAML "
          "front matter, the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the notice "
          "title); the text was typed over from the read_file answer (the repository could not be fetched here: 「No "
          "snapshot of that repository can be had here」) and each file checked by the near-twin bar; the stored file as "
          "typed (wrapper + text) had the character count read_file gives")


def src(folder, path, url, chars, index):
    return f"{REPO} @ {C}, docs/{folder}/{path} (official page {url}; index row: {index}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb (完成, 明确, 制定, 开展 "
          "without 组织, 推进, 协调, 建立, 安排) is not a unit; round 44 reads any verb of doing only in 第X条 articles")
NOSUBJ = "a verb with no subject names no unit (round 30; round 49 p46d: a subjectless instruction)"
PIVOT = ("round 30 clarifications: the object of a pivot verb 「推动B…」「引导B…」「发动B…」「鼓励B…」 is not a unit, and the "
         "pivot's subject is a doer only by a verb of rule 2's list")
WORK = ("round 34 (written early), round 62's x257_01, round 65's x274_01: a numbered item whose text gives work (verbs of "
        "work, instructions) is a task though it names no body")
LABEL = ("CONVENTIONS.md units rule 1 (the label decides): the item's own bracket 「（责任部门：…）」 at its end gives its units "
         "in printed order, and sentences in its text add nothing; no lead is named (no 牵头 in the label): lead = [] "
         "(plans-dev EXPECTED.md: lead = [] wherever the document names no lead)")
COLON = ("CONVENTIONS.md units rule 1: a unit-colon item 「（N）X：…」 under 2.2 工作职责 (a work heading, round 35) gives its "
         "unit X; sentences in its text add nothing")
ONE_LEAD = "a single unit and no 牵头: lead [], the unit as lead accepted (plans-dev 03 一)"
PERIOD = ("「到“十三五”期末」 is the span's last year (round 41's 「到规划期末」 dates the item to the span's last year; round 48's "
          "x206_04: 「“十五五”末」 → 2030): 十三五 is 2016–2020 → 2020")


def dec(file, *parts):
    """Line and first eight characters of a path under x293_01's decimal headings, looked up in the plan's body (after
    the second 「1 总则」: the first stands in the 目录). A part is a heading line as printed 「2.2 工作职责」 or an item
    「（3）」. A path ending in a heading gives the heading's words and the text after them (as plans-next291's ``d04``);
    one ending in an item gives the words after its number."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    starts = [n for n, t in enumerate(lines) if t.strip() == "1 总则"]
    i = starts[1]
    for part in parts:
        while not (lines[i].strip().startswith(part) if part.startswith("（") else lines[i].strip() == part):
            i += 1
    last = parts[-1]
    if last.startswith("（"):
        rest = lines[i].strip()[len(last):]
    else:
        j = i + 1
        while not lines[j].strip():
            j += 1
        head = last.split(" ", 1)[1]
        rest = head + lines[j].strip()
    return {"line": i + 1, "title_starts": rest[:8]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x293_01_chongming-lvrongju-2024-kongqi-zhongwuran-yingji-gongzuo-yuan.txt"
P01 = "崇明区绿化和市容管理局空气重污染应急工作预案（2024版）"
N01 = "关于印发《" + P01 + "》的通知"
H2, H3, H5 = "2 组织机构和职责", "3 应急响应", "5 应急保障"
R1, R2, R3 = "3.2.1 Ⅲ级响应措施", "3.2.2 Ⅱ级响应措施", "3.2.3 Ⅰ级响应措施"
CENTRE, TOWNS = "市容环卫中心", "各乡镇"
STANDING = ("an 应急预案 is a standing plan: no item writes a date (「2小时内」 is a limit from an event, rounds 33, 54) → "
            + NODATE)


def D1(*parts, **kw):
    """A sample of x293_01 with its line and first words looked up under the decimal headings."""
    return {**S(list(parts), **kw), **dec(X01, *parts)}


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the plan's own title line (line 13, after the cover's signature and date) or the notice title (line 1): "
                "either (round 45's pair); the plan's name holds its own bracket 「（2024版）」, printed so",
     doc_no="沪崇绿容〔2024〕63号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市崇明区绿化和市容管理局 (the cover's signature)",
     date="2024-07-15",
     date_note="the cover is dated 2024年7月15日 (the index the same); the plan gives no date of entry into force",
     level="a district bureau (Shanghai Chongming's greening and city-appearance bureau) issuing its own contingency plan "
           "for heavy air pollution, drawn from the district's plan (沪崇府办发〔2024〕12号) for road cleaning, construction-"
           "waste transport and greening work: general provisions, the bureau's three working groups and six bodies' duties, "
           "response measures by warning level (Ⅲ, Ⅱ, Ⅰ, three items each with a 责任部门 bracket), execution, termination, "
           "evaluation, safeguards with a daily report",
     source=src("市容绿化与景观", N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=test_3fc13ae4-14c2-4fb4-9578-029f5981d58c&siteId=0085",
                3225, "index/09-市容绿化与景观.md, district list, 沪崇绿容〔2024〕63号, 2024-07-15"),
     style="a cover (addressees 「局属各单位、机关各科室：」, one paragraph, 「特此通知。」, signature, date); the plan's title; a 「目录」 "
           "of 19 heading lines 「1 总则」…「5.3 通信和信息保障」 (number, one space, words), then the body under the same "
           "heading lines; 2.2 items 「（1）X：…」 (unit-colon lines), one of them, （6）, broken by a stray blank line inside "
           "a word 「建筑垃圾运」/「输、」 (as stored); 3.2.1–3.2.3 each 「（1）」–「（3）」 ending in a bracket 「（责任部门：…）」 or "
           "「（责任部门单位：…）」; 5.3 「（1）」「（2）」; the dashes 「1—2次」「2—3次」 and, once, 「1-2次」, as printed",
     leaf_tasks=23, count_alternatives=[22, 24, 27, 28],
     leaf_tasks_by_section={"1 总则": 0, "2 组织机构和职责": 7, "3 应急响应": 11, "4 总结评估": 1, "5 应急保障": 4},
     childless_top_level_sections=["4 总结评估"],
     samples=[
        D1(H2, "2.1 工作机构", lead=[], resp=[], responsible_alternatives=[["区绿化市容局"]],
           note="「区绿化市容局由分管副局长夏恩理牵头负责，设道路扬尘污染控制、建筑垃圾管理、绿化养护工程三个工作组，局相关业务科室科长任组长，"
                "有关直属单位分管领导任副组长，各乡镇管理部门负责人为主要联络人」 — a decimal heading with its paragraph is a leaf "
                "(plans-next291's x291_04, confirmed for x285_01 in round 67); 「由分管副局长…牵头负责」 names a person, and a "
                "person is never a unit (round 30: 「由分管副区长牵头，B配合」 gives lead []); 设 is outside rule 2's list "
                "(" + CLOSED.split(' — ')[0] + "), the groups it sets up are none here (rule 3; round 67's x285_01 2.1), the "
                "科长, 领导 and 负责人 are persons → " + NONE + "; the bureau as the subject accepted — RULING? 1 (also whether "
                "the point is a task at all: count 22 accepted); " + STANDING),
        D1(H2, "2.2 工作职责", "（1）", lead=["市容环卫科"], resp=["市容环卫科"], lead_alternatives=[[]],
           note="「（1）市容环卫科：牵头落实空气重污染道路扬尘污染控制、建筑垃圾管理应急响应工作的启动、实施和解除。传达相关信息，监督指导各乡镇管理部门"
                "落实应急响应职责。」 — " + COLON + "; its own text says the label's body 牵头 (as round 70 confirmed x287_01 "
                "2.2's 「X事故：A牵头」 lines: lead A) → lead [市容环卫科]; lead [] accepted (the label alone names no lead) — "
                "RULING? 2; 各乡镇管理部门, the object of 监督指导, is none (round 30); " + STANDING),
        D1(H2, "2.2 工作职责", "（3）", lead=[], resp=[CENTRE], lead_alternatives=[[CENTRE]],
           note="「（3）市容环卫中心：负责指导督促各乡镇落实道路保洁、道路冲洗和建筑垃圾管理应急措施。」 — " + COLON + " (its 负责 "
                "agrees); " + ONE_LEAD + "; 各乡镇, the object of 指导督促, stays out: the label decides (rule 1); " + STANDING),
        D1(H2, "2.2 工作职责", "（6）", lead=[], resp=[TOWNS], lead_alternatives=[[TOWNS]],
           note="「（6）各乡镇：负责落实辖区内道路保洁冲洗、建筑垃圾运」 then, after a stray blank line inside the word 运输, 「输、绿化养护等单位按照"
                "空气重污染应急响应落实相关作业措施；组织力量对…进行监督…；完成…其他管控要求。」 — " + COLON + " (各乡镇, a group "
                "named by a kind, round 30); the line that the break leaves is the item's own text, no item of its own (an "
                "unnumbered paragraph after the last item is that item's body, rounds 32, 34; round 70's x288_06), and the "
                "bodies inside it 「…绿化养护等单位」 are objects of 落实 (round 30) — RULING? 3 on the break; " + ONE_LEAD + "; "
                + STANDING),
        D1(H3, "3.2 响应措施", R1, "（1）", lead=[], resp=[CENTRE, TOWNS, "保洁企业"],
           targets=[("1-2", "次"), (4, "℃")],
           note="「（1）加强道路保洁频次…加强道路清洗，重点地区和主要道路增加1—2次，在气温低于4℃情况下，停止清洗作业；…（责任部门：市容环卫中心、"
                "各乡镇、保洁企业）」 — " + LABEL + "; 保洁企业 a kind of firm, kept as printed (round 62: no line between a "
                "rule's parties and the regulated); targets: 「增加1—2次」 the number of work the item sets (round 62 decided; "
                "round 67's x282_05), the band kept as a string (EXPECTED.md), the dash 「—」 written 「-」; 「气温低于4℃」 a "
                "threshold with a comparison word (低于) that triggers a step of the item (停止清洗作业): a target by round 30's "
                "line (round 66: a figure a clause states as a trigger), no class inside a noun (round 58) — RULING? 4; "
                + STANDING),
        D1(H3, "3.2 响应措施", R1, "（2）", lead=[], resp=[CENTRE, TOWNS, "运输企业"],
           note="「（2）建筑垃圾运输车辆停止上路行驶。预警发布时已上路行驶的，在结束当次运输作业后，返回停车场地。（责任部门：市容环卫中心、各乡镇、运输企业）」 "
                "— " + LABEL + "; the trucks' stop is the item's work (a measure the plan's bodies carry out, round 49; round 65's "
                "x274_01); " + STANDING),
        D1(H3, "3.2 响应措施", R1, "（3）", lead=[], resp=["绿化管理所", "林业站"],
           note="「（3）除特殊工艺、应急抢险工程外，停止绿化工程堆土、挖土、大型机械施工。（责任部门单位：绿化管理所、林业站）」 — " + LABEL
                + " (the label printed 「责任部门单位：」, the same label); 「除…外」 a scope, no case; " + STANDING),
        D1(H3, "3.2 响应措施", R2, "（1）", lead=[], resp=[CENTRE, TOWNS, "保洁企业"],
           targets=[("2-3", "次"), (4, "℃")],
           note="「（1）增加道路保洁频次，最大程度减少地面起尘。加强道路冲洗，重点地区和主要道路增加2—3次，在气温低于4℃情况下，停止冲洗作业；…（责任部门："
                "市容环卫中心、各乡镇、保洁企业）」 — " + LABEL + "; targets 「增加2—3次」 (a number of work) and 「低于4℃」 (a "
                "trigger, as in 3.2.1 （1）, RULING? 4); its first words 「增加道路保洁频次」 differ from 3.2.1 （1）'s 「加强…」 and "
                "come before 3.2.3 （1）'s identical ones; " + STANDING),
        D1(H3, "3.3 应急响应执行与监督", lead=[], resp=["各组"], lead_alternatives=[["各组"]],
           note="「各组收到应急响应指令后，及时按照本方案组织落实各项措施，并在实施过程中依法加强监管，在预警和响应期间，每日定时向局办报送措施落实情况。」 — "
                "组织落实 is rule 2's 组织＋verb (and 落实); 各组 points to the three working groups 2.1 sets up, and a working "
                "group set up earlier is a doer in later points (round 36; round 67's x284_01 八、 turned), named by a kind "
                "with 各 (round 30: a group named by a kind with a verb of rule 2 is a doer), kept as printed — RULING? 5; "
                "the report to 局办 is a daily duty (below); 收到…后 says when (round 68's x52_02); " + ONE_LEAD + "; "
                + STANDING),
        D1(H3, "3.4 应急终止", lead=[], resp=["各工作组"], lead_alternatives=[["各工作组"]],
           note="「当崇明区空气重污染应急工作组解除空气重污染预警信息时，由各工作组分别发布应急终止指令。」 — an item whose whole work is the "
                "response to a case is a task and takes its doer (round 30 clarifications: 「（七）…发生…时，由A负责处置」); "
                "由A＋a verb of doing (发布) names A (rule 2; round 34); the district's 应急工作组 in the 当…时 clause says "
                "when, no doer of the item; " + ONE_LEAD + "; " + STANDING),
        D1("4 总结评估", lead=[], resp=[],
           note="「应急终止后，应及时对采取应急响应措施的效果进行评估，…以总结经验、不断完善应急措施。」 — a childless top-level point "
                "giving work is a task (round 67: 「a childless point giving work is a task in a plan of numbered items too」; "
                "round 70's x287_01 8 附则); " + NOSUBJ + " → " + NONE + "; " + STANDING),
        D1(H5, "5.1 人员保障", lead=[], resp=[],
           note="「当空气重污染预警后，各工作组应合理安排工作，确保预警的及时传送；各有关单位应立即组织实施相关应急措施。」 — 组织实施 is rule "
                "2's form, but 各有关单位 names no kind: a general call (round 30 clarifications: 「各单位应…」; round 33 and "
                "round 67's x285_03 4.3: 有关单位 is a call either way); 各工作组's 安排, 确保 are outside the list ("
                + CLOSED.split(' — ')[0] + ") → " + NONE + " — RULING? 6; a safeguard giving work is a task (round 46 "
                "p46e); " + STANDING),
        D1(H5, "5.3 通信和信息保障", "（2）", lead=[], resp=[], not_targets=[(2, "小时")],
           note="「（2）信息报告。在预警期间，各工作组应每天报送措施落实情况，并于预警终止后2小时内报送综合情况，遇有重要情况立即报送。」 — 报送 is a "
                "sending, and a sending names no doer (rounds 46, 48; round 70's x286_01 第四条) → " + NONE + "; the daily report "
                "and the one after the warning ends are duties (below); 「2小时内」: 内 alone is no comparison word, a limit from an "
                "event (rounds 33, 54; round 65's x275_05; round 70's x291_02 「3个工作日内」) → not_target; " + STANDING),
     ],
     plan_targets=[(50, "%")],
     phases=[],
     duties=[{"what": "在预警和响应期间，每日定时向局办报送措施落实情况", "when": "每日（预警和响应期间）", "when_norm": "daily",
              "note": "3.3: the groups' daily report to the bureau's office during a warning (round 40: a rhythm to the issuing "
                      "office is a duty; round 42: its sender a tasked body); daily in the warning's span"},
             {"what": "各工作组应每天报送措施落实情况", "when": "每天（预警期间）", "when_norm": "daily",
              "note": "5.3 （2）: the same groups' daily report, restated in the safeguards (the receiver unnamed; read as the "
                      "bureau's office of 3.3)"},
             {"what": "于预警终止后2小时内报送综合情况", "when": "预警终止后2小时内", "when_norm": None,
              "note": "5.3 （2）: a one-off report after the warning ends — an undated duty (a limit from an event is no date, "
                      "rounds 33, 54)"}],
     notes=["counting (leaf tasks: the lowest decimal heading with text, or its 「（N）」 items, as x291_04 and x285_01 "
            "(round 67) were read): the cover (「请结合实际，抓好贯彻落实」) no task; the 目录's 19 heading lines carry no text "
            "(a table of contents, no items; the same headings stand again over the body); 1 总则 1.1–1.4 (purpose, basis, "
            "scope with the AQI definition, principles) general provisions (round 30; round 72 on a decimal outline's 总则) "
            "→ 0; 2.1 1 (a point of organisation, RULING? 1), 2.2 （1）–（6） 6 → 7; 3.1 响应分级 (the three warning grades and "
            "the response each starts) a grading, no work (round 72: 事故分级／分级标准 points are general provisions) → 0, "
            "3.2.1–3.2.3 （1）–（3） 9, 3.3 1, 3.4 1 → 11; 4 总结评估 childless, giving work 1; 5.1, 5.2 2 (safeguards giving "
            "work, round 46 p46e), 5.3 （1）（2） 2 → 4 → **23**. Accepted: 22 (2.1 no task), 24 (3.1 a task), 27 (1.1–1.4 in), "
            "28 (both).",
            "units: labels 「（责任部门：…）」 on the nine response items (rule 1), unit-colon lines in 2.2 (rule 1, one with "
            "牵头), 组织落实 (3.3), 由A＋发布 (3.4); persons (副局长, 科长, 分管领导, 负责人) never units; 各有关单位 a call; "
            "sendings name none. 3.2.2 （2）（3） and 3.2.3 （1）–（3） are not sampled: their first words repeat earlier "
            "items' word for word (「建筑垃圾运输车辆停止上路行驶」 three times; 「除特殊工艺、应急抢险工程外」 three times; 「增加道路保洁"
            "频次」 twice), so a sample could not tell them apart by its first words; 3.2.2 （3）'s 「停用50%」 is kept as a plan "
            "target instead",
            "dates: the cover's 2024年7月15日; every item undated (a standing plan); no phases; three duties (two daily, one "
            "undated after the warning ends)",
            "figures: targets 1—2 次, 2—3 次 (numbers of work), 4 ℃ (a trigger, RULING? 4), 50 % (plan target: 「园林机械、林业"
            "机械停用50%」, 3.2.2 （3）); not targets 2 小时 (5.3 （2）); 1.3's 「AQI…大于200」 defines the plan's scope, a general "
            "provision (round 66's x81_04: a band inside a definition is no target), not sampled; 沪崇府办发〔2024〕12号 a "
            "document number"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x293_02_minhang-2022-chengzhen-yushui-paishui-guihua-pifu.txt"
N02 = "闵行区人民政府关于同意《闵行区城镇  雨水排水规划（2021-2035 年）》的批复"
WATER = "区水务局"

plan(X02,
     title=N02,
     title_note="the reply's own title line (line 1), spaces as printed (the scorer squashes them); the 规划 it approves is "
                "not printed, so the reply is the plan",
     doc_no="闵府〔2022〕32号 (from the index and the stored front matter; the text prints only the bureau's request "
            "「闵水务〔2021〕115 号」)",
     issuer="上海市闵行区人民政府 (the reply speaks for 区政府; printed and issued by 闵行区人民政府办公室, its last line)",
     date="2022-02-24",
     date_note="「2022 年 2 月 24 日印发」 (the last line; the index the same)",
     level="a district government's reply (批复) to its water bureau's request: it approves the district's rain-drainage "
           "plan 2021–2035 with its 2035 goals (item 1) and asks the bureau, with the bodies concerned, to carry it out, "
           "with a yearly work plan (item 2)",
     source=src("市政与基础设施", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=ad8bc72a-9716-4c10-a671-e81c3f2a7219&siteId=0079",
                1042, "index/08-市政与基础设施.md, district list, 闵府〔2022〕32号, 2022-02-24"),
     style="a PDF-like layout: the title, the addressee 「区水务局：」, the request's name broken over lines inside words "
           "(「《关于报请审批并印发<闵」/「行区城镇…」), items 「1.」 and 「2.」 each broken over several lines (item 2's first "
           "line long), 「特此批复。」, 「公开属性：主动公开」, a 「抄送：」 list over two lines, and the issuing office with the date "
           "on one line after a run of spaces; no blank lines inside the reply",
     leaf_tasks=1, count_alternatives=[2],
     leaf_tasks_by_section={"1.": 0, "2.": 1},
     childless_top_level_sections=[],
     samples=[
        S(["2"], [WATER], [WATER], lead_alternatives=[[], ["你局"]], responsible_alternatives=[["你局"]],
          note="「2.同意《规划》实施策略和分期实施计划，请你局会同有关单位做好《规划》的组织实施。要结合…进一步优化完善雨水排水系统功能布局，…按照轻重缓急"
               "原则排定分年度工作计划，有力有序推进实施，并加强跟踪监测、督促检查和考核评估。」 — 「请A会同B＋verb」 is the request form of "
               "rule 2's 会同 (round 30 clarifications: 「请A负责／牵头／组织…」; 「（由）A会同B＋verb」: lead A, responsible A, "
               "B), the verb 做好…组织实施; A is 你局, the reply's addressee printed above it (「区水务局：」): a word pointing "
               "to a body printed before it takes that name (round 70's x286_04: 其 → the body printed before), so 区水务局 "
               "— RULING? 7 (你局 kept as printed, as the issuer's own 我委 is, accepted); B is 有关单位, a catch-all with no "
               "kind: none (rounds 34, 43; round 66 on x259_01); lead [] accepted (round 30); the 抄送 bodies receive a copy, "
               "no units (rule 3); 「分年度工作计划」 a rhythm of planning, no date → " + NODATE),
     ],
     plan_targets=[(80, "%"), ("3-5", "年一遇")],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks): the preamble 「你局…的请示收悉，经区政府研究，现批复如下：」 a lead-in; 1. 「原则同意《闵行区城镇雨水排水规划"
            "（2021-2035 年）》…至 2035 年，排水系统基本达到 3～5年一遇排水能力，50～100 年一遇内涝可控，…控制率达到 80%。」 the "
            "government's approval and the plan's goals, naming no unit and giving no work: not a task (round 68: 工作目标 "
            "items naming no unit read as no tasks; round 27: in a plan whose tasks name units) — RULING? 8; 2. the request "
            "to carry the plan out → **1**. Accepted: 2 (1. as a task naming no unit).",
            "units: 2. only (请A会同B＋组织实施); 你局 read as the addressee 区水务局 (RULING? 7); 有关单位 none; the 抄送 list none",
            "dates: the reply is dated 2022-02-24 (its printing line); 1.'s 「至 2035 年」 dates the goals of an item that is no "
            "task; 2. undated; no phases; no duties (the request to report back is not written)",
            "figures (plan targets, 1.'s goals): 「基本达到 3～5年一遇排水能力」 3–5 (达到, round 30's comparison word; the unit "
            "written 年一遇, the scorer takes a unit the answer's begins with), 「控制率达到 80%」 80 %; 「50～100 年一遇内涝可控」 "
            "has no comparison word and names the storm level up to which flooding stays controllable — not checked either "
            "way; 闵水务〔2021〕115 号 a document number; 2021-2035 and 2020-2035 the plans' spans (names with digits)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x293_03_yangpu-2022-gonggong-tingche-sheshi-jianshe-guihua.txt"
P03 = "杨浦区公共停车设施建设规划（2021-2025）"
N03 = "关于印发《" + P03 + "》的通知"
JWX = "区建设管理委"


def N3(path, note, **kw):
    """An item of x293_03 that names no unit by rule 2 (no date in it unless the note says so)."""
    if "dln" not in kw and "skip_deadline" not in kw:
        note = note + "; " + NODATE
    return S(path, [], [], note=note, **kw)


plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the plan's own title line (line 9, after the cover's signature and date) or the notice title (line 1): "
                "either (round 45's pair); the plan's name holds its own bracket 「（2021-2025）」",
     doc_no="杨府发〔2022〕9号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市杨浦区人民政府 (the cover's signature; the index names 上海市杨浦区人民政府办公室)",
     date="2022-09-21",
     date_note="the cover is dated 2022年9月21日 (the index the same)",
     level="a district government (Yangpu, Shanghai) issuing its plan for public parking facilities 2021–2025 (with a view "
           "to 2035): overview (background, purpose, scope, period, principles, basis), the current state, strategy and "
           "goals (1700 new public spaces by 2025), the overall scheme (16 sites by 2025, 33 by 2035; land-sale add-ons; "
           "residential and hospital parking; guidance and control), the near-term plan, and the implementing mechanism "
           "(a district task force, a division of work, six safeguards)",
     source=src("市政与基础设施", N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=007792280458f4b024d7ad4ee8b4da035097&siteId=0077",
                15398, "index/08-市政与基础设施.md (at 49f4bb7b…, the 「正文」 list), district list, 杨府发〔2022〕9号, 2022-09-21"),
     style="a cover (addressees 「区政府各委、办、局，各街道办事处：」, one sentence, signature, date); the plan's title; 「一、」–「六、」 "
           "with 「（一）」 groups, 「1.」 points (most a heading alone on its line, some run into their text) and 「（1）」 items; "
           "unnumbered paragraphs under the heading lines, ordinal parts 「一是…二是…」 in paragraphs; 一/（六）'s basis list one "
           "title a line; half-width 「;」 inside sentences, as printed; no attachment",
     leaf_tasks=22, count_alternatives=[16, 28, 44],
     leaf_tasks_by_section={"一、概述": 0, "二、现状分析": 0, "三、发展思路和目标": 0, "四、总体方案": 13, "五、近期建设计划": 2,
                            "六、落地实施机制": 7},
     childless_top_level_sections=[],
     samples=[
        N3(["四", "（二）", "1"],
           "「1.公共停车设施建设计划」 then 「至2025年，在建项目及近期开工项目共16处，包括公共绿地地下停车场5处，…土地临时利用5处。…至2025年，近期"
           "储备项目共9处，…至2035年，远期谋划项目共8处，…」 — the plan's construction programme, no subject: " + WORK + " → "
           + NONE + "; targets: 16 处 and 9 处, numbers of work the item sets (round 62 decided), their parts (5处, 1处, 3处) "
           "not checked; deadline: several dates in one item, the latest is its deadline (round 34: 「the item is done when "
           "its last dated step is」): 「至2025年」 (16处, 9处) and 「至2035年」 (远期谋划项目8处, the item's own programme) → 2035 "
           "(a year alone, EXPECTED.md: YYYY)",
           targets=[(16, "处"), (9, "处")], dl="至2035年", dln="2035"),
        N3(["四", "（二）", "2"],
           "「2.土地开发增建要求」 then 「…对于新出让地块新建建筑项目…适度额外增建公共泊位…对于公共交通供给水平较差、停车缺口较大区域，新建非住宅建筑…宜额外规划"
           "增建10%-20%停车设施;…宜额外规划增建5%-10%;…宜额外规划增建5%。」 — a rule for new buildings, no subject: " + WORK + " → "
           + NONE + "; targets: the shares to add by area, numbers of work the item sets (round 62 decided), the bands kept as "
           "strings (EXPECTED.md) — RULING? 9 (or a norm of how much to build, round 30's 「原则上按500户配1名」, no target); "
           "the areas are named by words, no figure",
           targets=[("10-20", "%"), ("5-10", "%")]),
        S(["四", "（二）", "3", "（1）"], [JWX], [JWX],
          note="「（1）内部挖潜」 then 「新建住宅严格执行住宅区停车配建标准。…老旧小区…可统筹利用…。…由区建设管理委牵头编制《杨浦区老旧小区停车治理工作手册》，…"
               "鼓励已建小区探索多车一桩…」 — 「由A牵头＋verb」 (rule 2): lead A, responsible A; the option 「可统筹利用」 and the "
               "pivot 「鼓励已建小区…」 name none (round 30 clarifications); the first two paragraphs name no body; " + NODATE),
        N3(["四", "（二）", "3", "（2）"],
           "「（2）外部共享」 then 「…以400m距离为配对半径，对可提供共享的非居住配建停车场进行梳理，各街道进一步制定共享停车资源匹配方案。…此类区域宜结合…"
           "选择适合设置夜间道路停车的道路…」 — 各街道 is the subject of 制定, outside rule 2's closed list (" + CLOSED.split(' — ')[0]
           + ": 制定 named there) → " + NONE + "; not_target: 400 m, a pairing radius (a norm with no comparison word, round "
           "30's 「原则上按500户配1名」)",
           not_targets=[(400, "m")]),
        N3(["四", "（二）", "4", "（3）"],
           "「（3）数字化管理」 then 「…新华医院开展全市首个三甲医院停车预约试点的基础上，同步区建设管理委协调周边紫荆广场、…经营性公共停车场（库），接入…预约系统;"
           "肺科医院随之也接入…停车预约服务提供30个预约泊位。后续持续推动…」 — 协调 is outside rule 2's list, its subject no doer "
           "(" + CLOSED.split(' — ')[0] + "; round 30: the pivot's subject is a doer only by a verb of the list), the hospitals "
           "report what was done → " + NONE + "; not_target: 30 个, a past outturn (rounds 25, 33: 提供 done, 随之也接入)",
           not_targets=[(30, "个")]),
        N3(["四", "（三）", "2"],
           "「2.完善停车共享机制」 then 「推动党政机关、国有企事业单位在加强安全管理的前提下向社会开放停车设施，现有公园绿地已建公共停车场（库）全天对外开放，…"
           "支持具备条件的共享停车资源通过“上海停车”APP提供…服务…」 — " + PIVOT + "; 推动／支持 have no subject (" + NOSUBJ
           + ") → " + NONE),
        N3(["五", "（二）"],
           "「（二）建设计划」 then 「至2025年，规划新建公共停车设施16处，同时通过居住区综合治理内部挖潜增建泊位，…探索研究采用新型、智能机械停车库…」 — the "
           "near-term programme, no subject: " + WORK + " → " + NONE + "; target 16 处 (a number of work); deadline 「至2025年」 "
           "→ 2025 (round 34)",
           targets=[(16, "处")], dl="至2025年", dln="2025"),
        S(["六", "（一）"], [], ["各相关部门", "相关街道", "区住房保障房屋管理局", "各街道"],
          responsible_alternatives=[["区级专班", "各相关部门", "相关街道", "区住房保障房屋管理局", "各街道"]],
          note="「（一）组织和分工」 — 「成立停车难综合治理工作专班…建立…杨浦区停车规划建设工作专班（以下简称“区级专班”），…区建设管理委、区发展改革委、…"
               "区城运中心等区相关部门和各街道及相关区属国企明确分管领导和联络员加入区级专班…成立停车难综合治理党建联盟…明确职责分工，强化共建共治。…组织和引导居委会、"
               "居民、业委会、物业服务企业和社会力量等相关各方共同参与停车治理…区级专班制定下发各相关单位的任务清单，指导各街道项目建设进展，配合市级专班开展跟踪评估;"
               "各相关部门加强与市级指导部门对接，配合细化相关项目实施路径和配套政策;相关街道发挥属地管理职能，具体推进…，开展…排摸调查…，指导“三驾马车”完善…;"
               "区住房保障房屋管理局制定小区充电桩建设和管理指引，各街道明确责任部门协调推进老旧小区充电桩建设。」 — the heading 「组织和分工」 and the "
               "run-in 「明确职责分工」 give out work (round 35: 「组织、分工」; round 37: 明确…职责, any X分工; round 66's x251_03 "
               "「明确责任分工」): every body the text gives work by any verb of doing is a unit, in printed order (round 34) — "
               "各相关部门 (加强…对接, 配合细化), 相关街道 (具体推进, 开展, 指导), 区住房保障房屋管理局 (制定), 各街道 (明确…协调推进); "
               "left out: the 区级专班 and the 党建联盟 the item sets up (rule 3; round 57's x260_01, confirmed: a 职责分工 text "
               "leaves out a body it sets up), the bodies that 「明确分管领导和联络员加入区级专班」 (members, rule 3), the pivot "
               "objects of the subjectless 「组织和引导居委会、居民…等相关各方」 (persons and a catch-all, 共同参与 a call), 市级专班 "
               "and 市级指导部门 (partners the district's bodies work with: 配合 and 对接, round 38's liaison), “三驾马车” (a "
               "nickname inside the object of 指导…完善) — RULING? 10; the list with 区级专班 first accepted (if its later "
               "clauses make the task force a doer, round 36); no lead (no 牵头); " + NODATE),
        N3(["六", "（二）", "3"],
           "「3.多元投入」 then 「确保对公共停车设施建设的投入比例，推动结合…政府投资项目同步建设公共停车设施。鼓励社会资本参与，…街道、社区结合社区公共环境整治，…开展"
           "基层自治和停车治理融合的探索。」 — 开展 without 组织 is outside rule 2's list (" + CLOSED.split(' — ')[0] + "), so "
           "街道、社区 are no doers; 鼓励 leaves the act to the capital (round 30) → " + NONE + "; a safeguard giving work is a "
           "task (round 46 p46e); 六/（二） is not a work heading (要素保障)"),
     ],
     plan_targets=[(1700, "个"), (33, "处")],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks): the cover no task; 一、概述 （一）–（六） (background, purpose, scope and objects, period, "
            "principles, the basis list) — general provisions of a 规划 (round 30: purpose, basis, scope; round 72 on a "
            "总则's points), no work → 0; 二、现状分析 （一）, （二）1.–5., （三）1.–4. — the current state and its problems, a "
            "review that gives no work (round 48's x206_01: review sections of a 规划 are no tasks) → 0; 三、发展思路和目标 "
            "（一） with 1. and 2.（1）–（3）, （二）1.–2. — strategy and goals naming no unit (round 68: 基本原则 and 工作目标 "
            "items naming no unit read as no tasks; round 27) → 0; 四、总体方案 (its opening 一是…三是 paragraphs a lead-in, "
            "round 67's x285_02) （一） 1, （二） 1. 2. 3.（1）（2） 4.（1）–（3） 7 (its opening paragraphs a lead-in), （三）1.–5. 5 → "
            "13; 五、近期建设计划 （一）（二） 2; 六、落地实施机制 （一） 1 and （二）1.–6. 6 (safeguards giving work, tasks naming "
            "no unit, round 46 p46e) → 7 → **22**. Accepted: 16 (the safeguards out, as round 46 accepts), 28 (三's six leaves "
            "in), 44 (every numbered leaf).",
            "units: 由A牵头 (四/（二）/3/（1）) and the work heading of 六/（一） (RULING? 10) only; elsewhere subjectless "
            "measures, pivots (推动, 鼓励, 引导, 支持), verbs outside the closed list (制定, 协调, 开展, 明确) and past facts. "
            "四/（二）/3/（2） and 四/（二）/4/（1）（2） share their headings 「（1）内部挖潜」「（2）外部共享」: only the first pair is "
            "sampled by heading (4/（1）（2） would be found by a path of numbers alone)",
            "dates: the cover's 2022年9月21日; the plan's span 2021–2025 (「项目规划年限自2021年至2025年」, 一/（四）, a general "
            "provision), with a view to 2035; dated items 四/（二）/1 (「至2025年」, 「至2035年」: the latest, 2035, round 34) and 五/（二） 「至2025年」 → 2025; 「“十四五”期间」 in 四/（三）/4 "
            "(not sampled) a span, not read as a deadline here; the categories 「计划2022至2025年期间实施」 (四/（二）'s lead-in) "
            "describe projects, no phases; no duties",
            "figures: targets 16 处, 9 处 (四/（二）/1), 10–20 %, 5–10 % (四/（二）/2, RULING? 9), 16 处 (五/（二）); plan targets "
            "1700 个 (三/（二）/2 「至2025年，规划新建公共泊位数不少于1700个」, a goal item no task; 一/（一） 「…不少于1700个」) and "
            "33 处 (四's lead-in 「远期至2035年总体布局33处」); not targets 400 m (a pairing radius), 30 个 (a past outturn); 二、's "
            "counts (531.9万, 97.5%, 18.7万个, 2.49万个 …) are past outturns in a review, not sampled; 300m, 500m, 400m "
            "radii and 缓冲区 norms; standard numbers DG/TJ08-7-2021, GB/T51328-2018, JGJ 100-2015 and document numbers not "
            "targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x293_04_huangpu-2016-shizheng-zonghe-guanli-shisanwu-guihua.txt"
P04 = "黄浦区市政综合管理“十三五”规划"
N04 = "黄浦区人民政府办公室关于印发黄浦区市政综合管理“十三五”规划的通知"
END = "到“十三五”期末"


def N4(path, note, **kw):
    """An item of x293_04 that names no unit by rule 2."""
    return S(path, [], [], note=note, **kw)


plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the plan's own title line (line 13, after the cover's signature and date) or the notice title (line 1): "
                "either (round 45's pair)",
     doc_no="黄府办发〔2016〕061号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市黄浦区人民政府办公室 (the cover's signature)",
     date="2016-11-18",
     date_note="the cover is dated 2016年11月18日 (the index the same); the plan covers 十三五, 2016–2020",
     level="a district government office (Huangpu, Shanghai) issuing the district's five-year (2016–2020) plan for "
           "municipal comprehensive management: a review of 十二五, the situation, aims (guiding idea, principles, four "
           "goals), 18 main tasks in six groups (standards and data, showcase areas, old-town clean-up, demolition of illegal "
           "buildings, street stalls, law enforcement, mechanisms, social participation), eight work measures, and a closing "
           "table of indicators",
     source=src("市政与基础设施", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9f513ded-5d18-417f-acca-3dcfcdb1dabb&siteId=0071",
                11749, "index/08-市政与基础设施.md (at 49f4bb7b…), district list, 黄府办发〔2016〕061号, 2016-11-18"),
     style="a cover (addressees 「区政府各委、局、办，各街道办事处：」, one sentence with a space before 「“十三五”」, 「特此通知。」, "
           "signature, date); the plan's title; a preamble; 「一、」–「五、」 with 「（一）」 groups and points 「1.」 run into their "
           "text (四、's points numbered 1.–18. straight through its six groups, 五、's 1.–8. through four); ordinal parts 「一是…"
           "二是…」 inside points; a closing table printed one cell a line (「项  目」「指  标」 with two spaces; two cells broken "
           "over two lines 「生态环境」/「综合治理」, 「规范非机动车」/「停放」); a half-width 「,」 once (四/5), 「社会主义社会主义」 and "
           "「评介标准」 as printed",
     leaf_tasks=26, count_alternatives=[35, 47],
     leaf_tasks_by_section={"一、“十二五”回顾": 0, "二、“十三五”形势与背景分析": 0, "三、发展目标": 0, "四、主要任务": 18,
                            "五、工作措施": 8},
     childless_top_level_sections=[],
     samples=[
        N4(["四", "（一）", "1"],
           "「1.完善市政综合管理工作体系。…强化区市政综合管理委员会在城区管理中的决策规划、牵头协调、组织指挥、监督考核等职能，使市政综合管理委成为…指挥部，…"
           "强化街道对属地化管理执法力量的指挥权…」 — the committee and the streets are objects of 强化 (their 职能, 指挥权), and "
           "「牵头协调、组织指挥」 are nouns inside the object (round 67's x285_01 2.4: 组织 inside a duty's noun is no verb of the "
           "clause) → " + NONE + "; " + WORK + "; " + NODATE),
        N4(["四", "（二）", "4"],
           "「4.推进城市管理最过得硬地区建设。…十三五期间，计划每年推进2-3个最过得硬区域或街道，40-50条段最过得硬道路，20-30个最过得硬小区，…保持前3。到“十三五”"
           "期末，12张名片全部实现过得硬地区，全区70%街道基本成为过得硬街道，70%（300-350条）的道路成为过得硬道路，70%的小区成为过得硬小区。」 — no subject: "
           + WORK + " → " + NONE + "; targets: the yearly numbers of work (round 62 decided; 每年 a rhythm, no target, round "
           "60), the bands kept as strings, 条段 as printed (the scorer takes a unit the answer's begins with), and the "
           "end-of-span shares 70 % and 300–350 条 (goals, numbers of work); 「保持前3」 a rank, 「12张名片」 names a set, not "
           "checked; deadline: " + PERIOD + " (the item's latest date, round 34; 「每年」 a rhythm)",
           targets=[("2-3", "个"), ("40-50", "条段"), (70, "%"), ("300-350", "条")], dl=END, dln="2020"),
        N4(["四", "（二）", "6"],
           "「6.加强非机动车停放管控力度。…到“十三五”期末管理覆盖率达到95%、设置规范率达到100%、管控有效率达到95%，…」 — no subject: " + WORK
           + " → " + NONE + "; targets 95 % and 100 % (达到, round 30's comparison word); deadline: " + PERIOD,
           targets=[(95, "%"), (100, "%")], dl=END, dln="2020"),
        N4(["四", "（三）", "7"],
           "「7.持续开展老城厢环境综合治理。…“十三五期间”，在2016年市级重点区域20万平方米治理的基础上，之后每年重点推进总面积不少于20万平方米的整治任务，总计"
           "100万平方米，至“十三五”期末基本完成全区老城厢区域环境综合治理。」 — no subject: " + WORK + " → " + NONE + "; targets: "
           "「每年…不少于20万平方米」 a floor (不少于, round 30) and 「总计100万平方米」 a number of work; the 2016 base 「在2016年…"
           "20万平方米治理的基础上」 is a past figure of the same size (not checked apart); deadline: 「至“十三五”期末」 → " + PERIOD,
           targets=[(20, "万平方米"), (100, "万平方米")], dl="至“十三五”期末", dln="2020"),
        S(["四", "（三）", "8"], [], [], lead_alternatives=[["街道拆违办"]], responsible_alternatives=[["街道拆违办"]],
          targets=[(50, "%"), (15, "万平方米")], dl=END, dln="2020",
          note="「8.全力拆除违法建筑。落实街道拆违办牵头组织，城管主攻拆除，房管、规土性质认定，公安执法保障，区政府和司法部门法制支撑，区拆违办抓好大案要案的拆违新机制，"
               "坚持…的工作要求，…到“十三五”期末，力争拆除现有违法建筑总量的50%（15万平方米）以上，新违法建筑确保零增长。」 — the bodies stand inside the "
               "noun 「…的拆违新机制」 that a subjectless 落实 takes as its object: a body inside a noun's description is no doer "
               "of the item (round 30 clarifications: 「参加由A组织的培训」; round 70's x291_02 二/（一）/1: a body inside the object "
               "of another verb), and 落实 with no subject is an instruction (round 49 p46d) → " + NONE + "; the street office "
               "as the lead of its own 牵头组织 accepted — RULING? 11; targets: 「50%（15万平方米）以上」 (以上, round 30), both "
               "figures; 「零增长」 no figure; deadline: " + PERIOD),
        N4(["四", "（四）", "10"],
           "「10.提升城管执法效能。一是规范执法程序。…每名队员每月至少办理1件一般性程序案件。二是完善指挥调度系统。“十三五”期间，开发应用智慧城管勤务通，…均达到100%…"
           "三是完善网上办案系统。…“十三五”期间，城管执法网上办案系统运用达到100%。」 — no subject: " + WORK + " → " + NONE + "; "
           "targets: 「每月至少办理1件」 a floor on the work's count (至少, round 30; round 70's x286_03: 1 次 a number of work; "
           "每月 a rhythm) and 「达到100%」; deadline: 「“十三五”期间」 is the span, not its end: not checked — RULING? 12 "
           "(2020 the alternative)",
           targets=[(1, "件"), (100, "%")], skip_deadline=True),
        N4(["四", "（四）", "12"],
           "「12.提高执法队伍素质和水平。制定完善的队伍培训和干部培养规划，…“十三五”期间，每年每名执法队员在线培训不低于56学时、脱产培训不低于50学时；每年每单位执法"
           "队员参训率不低于98%，合格率不低于98%。」 — no subject: " + WORK + " → " + NONE + "; targets: floors with 不低于 (round "
           "30): 56 学时, 50 学时, 98 %; deadline: 「“十三五”期间，每年…」 a yearly rhythm inside the span (round 34) — not "
           "checked (RULING? 12)",
           targets=[(56, "学时"), (50, "学时"), (98, "%")], skip_deadline=True),
        N4(["四", "（六）", "17"],
           "「17.促进社会自治。充分发挥党组织在基层社会治理中的领导核心作用，发挥政府在基层社会治理中的主导作用，总结推广…弄管会、路管会的经验，…到“十三五”期末每个居委"
           "至少有2-3个社会自治组织，…」 — 党组织 and 政府 are possessors inside the objects of 发挥 (no subject: " + NOSUBJ
           + ") → " + NONE + "; target: 「至少有2-3个」 (至少, round 30), the band as a string; deadline: " + PERIOD,
           targets=[("2-3", "个")], dl=END, dln="2020"),
        N4(["五", "（一）", "1"],
           "「1.从空间和时间上绘制城市管理蓝图。空间上，绘制“十三五”期间城市管理空间规划图，…制定黄浦区道路车辆停放规划；…时序上，在2016年完成“1+10+X”任务的基础上，"
           "进行后四年工作任务的总体统筹，编制黄浦区环境综合治理三年行动计划，…」 — no subject: " + WORK + " → " + NONE + "; "
           "「在2016年完成…的基础上」 a past base, no date of the item's work (round 48's x206_02: a year in a sentence that "
           "reports what was done), 「后四年」「三年行动计划」 spans → " + NODATE),
        N4(["五", "（四）", "8"],
           "「8.加强城市管理正面舆论宣传。发动各级党委、政府部门、街道通过电视、电台、报纸、…等各种媒介方式开展城市管理正面典型案例的宣传，…」 — 发动 is a pivot with "
           "no subject, its objects no units (" + PIVOT.split(', and')[0] + "), 开展 without 组织 outside the list → " + NONE
           + "; " + NODATE),
     ],
     plan_targets=[(15, "万平方米")],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks): the cover and the preamble no tasks; 一、“十二五”回顾 （一）1.–3., （二）1.–3. — past results and "
            "problems, a review that gives no work (round 48's x206_01) → 0; 二、形势与背景分析 （一）1.–3., （二）1.–3. — the "
            "situation, no work → 0; 三、发展目标 （一）指导思想 (childless group), （二）基本原则 1.–4., （三）总体目标 (its paragraph a "
            "lead-in) 1.–4. — aims naming no unit (round 68: 基本原则 and 工作目标 items naming no unit read as no tasks) → 0; "
            "四、主要任务 1.–18. 18; 五、工作措施 1.–8. 8 → **26**. Accepted: 35 (三's nine leaves in: the plan names almost no "
            "unit, and round 25's 「every numbered leaf」 for a plan that names none), 47 (every numbered leaf, 一、 and 二、 "
            "too). The closing table 「…目标任务指标」 (unnumbered cells restating the goals) is no item, outside the count.",
            "units: none anywhere by rule 2 — the plan's points are subjectless measures; bodies appear as objects "
            "(强化…委员会的职能, 发挥…作用, 发动…街道), inside nouns (四/8's 「…的拆违新机制」, RULING? 11) or as subjects of verbs "
            "outside the list (五/3 「管理执法部门和各街道主动出击」, 五/5 「区层面加强…，街道层面用好…」); so every sampled unit answer "
            "is none, one with an accepted alternative",
            "dates: the cover's 2016年11月18日; the span 十三五 2016–2020; 「到／至“十三五”期末」 → 2020 (round 41's 「到规划期末」; "
            "round 48's x206_04), five samples; 「“十三五”期间」 (a span) not checked, two samples (RULING? 12); past years "
            "(2011, 2014, 2015, 2016 in 一、; 五/1's 2016 base) no deadlines; no phases; no duties (四/15's 「定期发布评价结果」 "
            "publishes, round 65's x274_03: no duty)",
            "figures: item targets as sampled; plan target 15 万平方米 (三/（三）/3 「拆除违法建筑比“十二五”翻一番，达到15万平方米以上」, a "
            "goal item no task; also in 四/8 and the table); 一、's past figures (330条, 29个, 183个, 150余个, 近7万平方米, 9639件 …) "
            "outturns, not targets, not sampled; 「12张名片」「24条主要道路」 names of sets; 「“12345”」 a hotline's name; 「1+6」 "
            "「1+10+X」 names of reforms"])


# round 58 (rul76): answers aligned to tests/data/CONVENTIONS.md "Round 74 rulings, written early" (turned, decided; README, round 58)
from aligned_rulings import align76  # noqa: E402

align76("x293_01", [H2, "2.1 工作机构"], "「区绿化市容局由分管副局长…牵头负责，设道路扬尘污染控制、建筑垃圾管理、绿化养护工程三个工作组，局相关业务科室科长任组长…各乡镇管理部门负责人为主要联络人」 (2.1 工作机构): an item that only sets up groups and names who leads and who sits in them says who leads, a plan-level field, and tells no body to act (round 57's x255_03 三; rounds 42, 48); only one that sends its groups to work gives work (x294_07 1、) — no task, the sample dropped",
        "Tasks and counts, turned: round 57's x255_03 三 over the builder's task; 23 stays accepted",
        drop=True,
        counts={"leaf_tasks": 22, "count_alternatives": [23, 24, 26, 27, 28],
                "leaf_tasks_by_section": {"1 总则": 0, "2 组织机构和职责": 6, "3 应急响应": 11, "4 总结评估": 1, "5 应急保障": 4}})
align76("x293_01", [H3, "3.3 应急响应执行与监督"], "「各组收到应急响应指令后，及时按照本方案组织落实各项措施」 (3.3), after 2.1 set up three named 工作组: 「各组」 is a word pointing to bodies already named (上述单位, 各牵头单位, 各承办单位: rounds 34, 38, 57, 63, 70's x288_05) and adds no unit; a group set up earlier is a doer in later points by its name (round 36), and 各村 is a kind, not a pointer (round 63's x272_06), where 组 names only this text's groups — a task naming no unit; the daily report stays a duty",
        "Units, turned: round 34's back-reference over round 36's set-up group; [各组] stays accepted",
        resp=[], resp_alt=[["各组"]])
align76("x293_02", ["2"], "「区水务局： …请你局会同有关单位做好《规划》的组织实施」 (2.): a body's word for itself or for the body it writes to 「我委」「本局」「你局」 is a unit as printed, no name rewritten (round 30; round 64's w53d: showing whom it means is the dashboard's matter); 其 and 本单位 take a name because they point back into the text (rounds 48, 55, 70's x286_04); 会同 names its subject lead (rounds 34, 45); 有关单位 a call",
        "Units, turned: round 64's 「我委」 over round 70's 其; lead [] accepted, [区水务局] stays accepted",
        lead=["你局"], resp=["你局"], alt=[[], [WATER]], resp_alt=[[WATER]])
align76("x293_03", ["四", "（二）", "2"], "「新建非住宅建筑在规范要求的停车配建泊位总数基础上，宜额外规划增建10%-20%停车设施;…5%-10%;…5%」 (四/（二）/2): a rate of provision a norm sets for each building of a class, with no comparison word, names a norm (round 30's 「原则上按500户配1名」, kept apart by round 70's x288_05); round 62's number is a count of work the item sets for its bodies",
        "Targets, turned: round 30's norm over round 62's number of work",
        targets=[], not_targets=[("10-20", "%"), ("5-10", "%")])
align76("x293_04", ["四", "（四）", "10"], "「“十三五”期间，开发应用智慧城管勤务通…运用均达到100%」 (四/（四）/10): a named span set for one-off work in an item dates it to the span's last year, as 「到规划期末」 and 「十五五末」 do (round 41; round 46's x206_04) and a window's end does (round 44 decided); a rhythm 「每年…」 inside it stays a rhythm (round 34: 12 stays unchecked)",
        "Dates, decided",
        dln="2020", dl="“十三五”期间")


# Round 58 (rul78): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58c-1, turned; README, round 58)
from aligned_rulings import align78  # noqa: E402

align78("x293_01", [H3, "3.4 应急终止"], "「当崇明区空气重污染应急工作组解除空气重污染预警信息时，由各工作组分别发布应急终止指令。」 (3.4): the item's whole work is the response to its own case, so the agent of 由 is read (round 30), but 「各工作组」, like 3.3's 「各组」, points to the groups 2.1 sets up and adds no unit (Round 74's x293_01 3.3; round 34's back-reference)",
        "Units, turned: round 34's back-reference and Round 74's x293_01 3.3 over the builder's [各工作组]; [各工作组] stays accepted",
        resp=[], resp_alt=[["各工作组"]])

write_collected(DIR)
