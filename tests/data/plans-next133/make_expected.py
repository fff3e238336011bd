# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next133/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 36 (built by helper c133): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``, ``article_in`` for x133_01's
decimal items and ``row_in_table_in`` for x133_03's 推进任务分解表 rows, all of ../plans/expected_tools.py); every
answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the round-36 rulings written early
included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the lead scores
it first.

    PYTHONPATH=. python tests/data/plans-next133/make_expected.py tests/data/plans-next133
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    article_in,
    plan,
    prose_and_listed,
    row_in_table_in,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
art = partial(article_in, DIR)
row_in_table = partial(row_in_table_in, DIR)
src = shanghai_source
R2 = "CONVENTIONS.md rule 2"
R3 = "CONVENTIONS.md rule 3"
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(建立, 明确, 做好, 加强, 开展 without 组织, 制定, 编制, 纳入…) is not a unit")
PIVOT = "the object of a pivot verb (督促, 指导, 协调) is not a unit, and 督促 / 指导 / 协调 are not rule-2 verbs (round 30)"
ELIDED = "an elided subject carries over inside one paragraph (round 34)"
OPTION = "an option 「可由A…」 is not an assignment (round 30, round 34)"
LIST = "for an unlabelled list of doers: lead [], the listed bodies accepted as lead (as the model set plans-next125)"
LABEL = ("the closing bracket 「（责任单位：…）」 is the item's label (rule 1): responsible = its names in printed order, "
         "lead [] (the label names no lead; plans-dev EXPECTED.md lines 19–40)")
ROW = ("a row of the 推进任务分解表 (the plan's task table, printed after the 方案 with no 附件 line; path 附件/N as "
       "plans-next109's 任务分解表): rule 1, the 牵头部门 cell the lead, the 配合部门 cell's names after it; the table is "
       "flattened one cell-line a line, so where the boundary between the 牵头部门 cell and the 配合部门 cell cannot be "
       "seen the first two names are accepted as the lead (the responsible set is the same either way)")
Y2023 = "the year is the plan's (2023, its title 「2023年重点工作方案」)"
QTR = "quarters resolved as plans-next125 read 「今年一季度」 (→ the quarter's last month)"


# ---------------------------------------------------------------------------------------------------------
X01 = "x133_01_shanghai-yingjiju-2024-zhizao-kongjian-anquan-guanli-gongzuo-zhiyin-tongzhi.txt"
ZN = "上海市“智造空间”安全管理工作指引"


def D(path, *args, **kw):
    """An item of x133_01 under a decimal number 「2.4」 printed before its words with no space (found with
    ``article_in``, which matches a line's start, as plans-next99 found 「1.1 人工监管」)."""
    fn = kw.pop("fn", P)
    return fn(path, *args, **kw, **art(X01, path))


plan(X01,
     title=f"{ZN}（上海市应急管理局关于印发{ZN}的通知）",
     title_note="the guide's own title (after the cover's date) or the notice title (the first line): either (a notice "
                "and the document it issues under one cover: one plan, CONVENTIONS 「Two documents under one cover」)",
     doc_no="沪应急危化〔2024〕3号 (from the index; the stored text prints no number)",
     issuer="上海市应急管理局",
     date="2024-01-02",
     level="a city bureau (Shanghai), a safety guide for 「智造空间」 parks: entry rules, the park managers' duties, the "
           "tenant firms' duties",
     source=src("工程建设管理", "上海市应急管理局关于印发上海市“智造空间”安全管理工作指引的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e3bac39a43ef4a2e9cc0d43e91492f19&siteId=0037", 2159),
     style="a short cover (addressees, one paragraph, issuer, 2024年1月2日), the guide's title, a preamble paragraph, "
           "three headings 「1.安全准入」「2.园区安全管理」「3.入驻企业安全管理」 over decimal items 「1.1鼓励…」 (number and words "
           "run together, no space); 2.1 with a second unnumbered paragraph; 1.2, 2.4 and 3.3 with a lead-in and "
           "（1）–（4） / （1）（2） items; no close, no signature after the guide",
     leaf_tasks=16, count_alternatives=[12, 13, 15, 19],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        D(["1.1"],
          note="「鼓励园区…管理单位引入…产业企业」 — a call (鼓励, round 30: calls are no assignment); the bracket "
               "「（特指本市实施“智造空间”项目的园区）」 defines 园区, no body is given work; " + NODATE),
        D(["2.1"],
          note="「园区管理单位应对引入企业和项目建立安全风险评估机制，可采用…」 and the paragraph after it 「园区管理单位应督促引入的企业"
               "和项目…开展…」 (its body, round 32) — 建立 (" + CLOSED + "); 督促 a pivot (" + PIVOT + "); " + NODATE),
        D(["2.4", "（1）"],
          note="「规划建设集中的危险化学品仓库，可由园区管理单位自主管理或委托…单位运营管理」 — " + OPTION + "; the lead-in "
               "「园区管理单位应采取以下措施」 has no rule-2 verb (rule 4 gives nothing); " + NODATE),
        D(["3.1"], ["入驻企业"], fn=U,
          note="「入驻企业应…建立健全…，制定…预案，并定期组织演练，构建…」 — 组织＋work (round 34: 组织 followed by a verb-noun "
               "makes its subject a doer; rule 2 does not ask who the body is — a regulated party by a kind is a doer); "
               "定期 a rhythm: " + NODATE),
        D(["3.3", "（2）"],
          note="「入驻企业应建立健全…台账，每季度报送危险化学品使用品种、使用量等信息」 — 建立 / 报送 (" + CLOSED + "); the "
               "quarterly sending is the regulated party's filing (round 32): no duty, and a rhythm, no deadline (round 34); "
               "the lead-in 「涉及使用危险化学品的入驻企业，应当…加强…管理」 has no rule-2 verb; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover and the preamble hold no task; the three headings 1.–3. are sections over decimal items; "
            "every decimal item with no children is a leaf (a guide of rules: items that give work, with a unit or "
            "without, as the round-34 headed points / round-30 articles) — 1.1, 1.2, 1.3 → 3 (1.2's （1）–（4） only list "
            "the kinds of firms 「不涉及以下情况的…可以引入」: a list that gives no work is text, round 35); 2.1, 2.2, 2.3 → 3; "
            "2.4's （1）（2） → 2; 2.5, 2.6 → 2; 3.1, 3.2 → 2; 3.3's （1）–（4） (each a rule 「入驻企业…应…」) → 4 → **16**. "
            "Accepted: 15 (2.4 one task), 13 (3.3 one task), 12 (both), 19 (1.2's （1）–（4） as leaves)",
            "samples: five of sixteen — 1.1, 2.1, 2.4/（1）, 3.1, 3.3/（2）. Not sampled: 2.2, 2.3, 2.5, 2.6 and 3.2, whose "
            "first six characters 「园区管理单位」 / 「入驻企业应根」 are those of 2.1 / 3.1 (the scorer finds a path with no "
            "plain number by its first six characters, so those samples would bind to 2.1 / 3.1) — among them 2.5 "
            "「园区管理单位应…并定期组织入驻企业开展演练」, the other rule-2 doer (组织B＋verb, round 30: 园区管理单位)",
            "units: 3.1 入驻企业 (组织演练) and 2.5 园区管理单位 (组织入驻企业开展演练) only; options 「可由园区管理单位…」 (2.4 "
            "（1）（2）), a call 鼓励 (1.1, 2.4, 3.3), the pivot 督促 (2.1), and 建立 / 设置 / 签订 / 制定 / 采取 / 报送 elsewhere "
            "(" + CLOSED + ")",
            "dates: none (定期, 每季度 rhythms; 2023年第17次 a meeting; 2024年1月2日 the cover); no phases",
            "figures: none that is a quantity of work (「第三批第一版」, 「T/CCSAS 005-2019」 names and numbers)",
            "duties: none (3.3/（2）'s 每季度报送 is the regulated firms' filing, round 32)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x133_02_shanghai-shuiwuju-dianli-2023-dianwang-jianshe-xiangmu-shuitu-baochi-gongzuo-tongzhi.txt"
DW = "电网建设主管部门"
SX = "水行政主管部门"

plan(X02,
     title="关于加强新时代电网建设项目水土保持工作的通知",
     title_note="the notice title as printed (twice: the first two lines)",
     doc_no="沪水务〔2023〕1086号 (printed under the title)",
     issuer="上海市水务局, 国网上海市电力公司 (both sign)",
     date="2023-12-27",
     level="a city bureau and the state grid's Shanghai company, a notice on soil and water conservation in power-grid "
           "projects: the grid builder's duties at each stage, the builders' and supervisors', the water authority's",
     source=src("工程建设管理", "关于加强新时代电网建设项目水土保持工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b4a2fd43ff504cf892dc7c089131afe2&siteId=0004", 2753),
     style="the title twice, the number on its own line, addressees, a lead-in paragraph 「…现就有关事项通知如下：」; 一、–四、 "
           "headings over （一）–（十五） numbered straight through, each 「（N）run-in heading。text」 on one line; "
           "「特此通知。」 and two signatures",
     leaf_tasks=15, count_alternatives=[],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（一）"],
          note="「电网建设主管部门应在规划成果中明确…，并征求水行政主管部门（…）意见。水行政主管部门应做好…指导，切实加强…」 — "
               "明确 / 做好 / 加强 (" + CLOSED + "); the body asked for its view receives (" + R3 + "); " + NODATE),
        U(["一", "（二）"], [DW],
          note="「电网建设主管部门在可行性研究阶段要编制…。…要贯彻落实…要求，落实土石方综合利用率…等指标管控。…」 — 落实 (" + R2
               + ") with the subject of the paragraph's first sentence (" + ELIDED + "); 水行政主管部门 only issues the 批复 "
               "(" + R3 + "); the rates are named, no figure; " + NODATE),
        U(["二", "（四）"], [DW],
          note="「电网建设主管部门要明确牵头管理部门，…严格落实…“三同时”要求，配合水行政主管部门监督检查，定期组织水土保持管理工作评定"
               "和考核」 — 落实 and 组织＋work (" + R2 + ", round 34); 「配合A监督检查」 gives A only with a rule-2 verb (round 34: "
               "监督检查 is not one), so 水行政主管部门 is no unit; 「明确牵头管理部门」 names no body; 定期 a rhythm: " + NODATE),
        U(["二", "（六）"], ["施工单位"],
          note="「施工单位要做到绿色文明施工，…并按照…要求落实各项措施，…」 — the subject of 落实 (" + R2 + "; a regulated "
               "party by a kind is a doer, round 34); " + NODATE),
        U(["二", "（七）"], ["水土保持监理单位"],
          note="「水土保持监理单位要全面实施驻场监理，…督促施工单位落实…」 — the subject of 实施 (" + R2 + "); 施工单位 the "
               "object of the pivot 督促 (" + PIVOT + "); 「水土保持监测单位要尽早进场，…开展工作，并…开展监测三色评价」 — 开展 "
               "without 组织 (" + CLOSED + "); 建设单位 / 水行政主管部门 after 为 are served, not doers; " + NODATE),
        U(["三", "（九）"], [DW],
          note="「电网建设主管部门要…在主体工程竣工验收前组织开展水土保持设施自主验收及报备」 — 组织开展 (" + R2 + "); 「在主体工程"
               "竣工验收前」 a time from an event (round 34): no deadline; the 报备 is the builder's own filing (round 32): no "
               "duty; 水行政主管部门出具的回执 a body in a noun's description (round 30); " + NODATE),
        U(["四", "（十三）"], [DW],
          note="RULING? the run-in heading 「落实部门监管职责」 read as round 35's heading whose object is one of the duty "
               "headings (「明确部门职责」 — here 部门监管职责, 部门职责 with a field word): every body the text gives work is a "
               "unit — 「电网建设主管部门要加强内部组织领导，把…纳入…，建立…制度，层层压实责任」; the other reading (no heading "
               "rule: 加强 / 纳入 / 建立 are no rule-2 verbs, 组织领导 a noun) gives none; " + NODATE),
        U(["四", "（十四）"], [SX],
          note="「水行政主管部门要积极支持…，督促指导做好水土保持工作。要跨前一步，主动服务，对认真履行…义务的电网建设主管部门落实容缺"
               "审批、项目免检等便利举措」 — 落实 (" + R2 + ") with the subject carried from the first sentence (" + ELIDED
               + "); the 电网建设主管部门 the measures are given to is no doer (a body in a 的-description, the receiver); "
               "督促指导 (" + PIVOT + "); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the lead-in paragraph holds no task; 一、–四、 are headings over （一）–（十五）, every one a leaf that "
            "gives work (a unit or none: none of the four sections is a 工作目标 / 保障措施 / 工作要求 kind) → **15**; no other "
            "count is accepted",
            "samples: eight of fifteen — （一）（二）（四）（六）（七）（九）（十三）（十四）",
            "units: rule 2 only (no label): 落实 ((二), (四), (五), (六), (十四)), 组织＋work ((四), (九)), 实施 ((七)); "
            "(一), (三), (十), (十一) (开展 / 督促 / 查处), (十二) and (十五) (no subject) name none; (八)'s 「因特殊情况确需调整"
            "的，电网建设主管部门应…履行…程序」 is a case (" + R3 + "): no unit; (十三) by the heading reading (RULING?)",
            "dates: none (定期; 「在开工前」 / 「竣工验收前」 times from events; 限期 with no date); no phases",
            "figures: none (「三同时」, 「三色评价」, 「同时段、多主体、多行为」 no digit)",
            "duties: none (the 报备 of (九) is the builder's own filing, round 32)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x133_03_shanghai-jiaotongwei-2023-jiyun-maas-zhongdian-gongzuo-fangan.txt"
TABLE = "推进任务分解表"
JTW = "市交通委"
SG = "上港集团"
SWK = "市商务委（市口岸办）"


def R(n, lead, resp, dl, dln, alt2=True, note="", **kw):
    """A row of the 推进任务分解表: lead the 牵头部门 cell, responsible the lead and the 配合部门 cell's names."""
    units = [lead] + list(resp)
    if alt2:
        kw["lead_alternatives"] = [units[:2]]
    return S(["附件", str(n)], [lead], units, dl=dl, dln=dln, note=ROW + "; " + note, **row_in_table(X03, TABLE, n),
             **kw)


plan(X03,
     title="国际集装箱运输服务平台（集运MaaS）建设2023年重点工作方案（关于印发《国际集装箱运输服务平台（集运MaaS）2023年重点工作方案》的通知）",
     title_note="the plan's own title, printed over two lines after the cover's date 「国际集装箱运输服务平台（集运MaaS）」 / "
                "「建设2023年重点工作方案」, or the notice title (the first line): either",
     doc_no="沪交科〔2023〕775号 (from the index; the stored text prints no number)",
     issuer="市交通委, 市经济信息化委, 上海海关, 上海海事局, 市商务委, 铁路上海局, 市道路运输局 (seven signatures)",
     date="2023-10-20 (the cover's date; the index gives 2023-11-01)",
     level="seven city bodies (Shanghai), a yearly work plan for a container-shipping data platform: four building tasks "
           "with unit brackets, then a task table with 牵头部门 / 配合部门 / 进度计划 columns",
     source=src("工程建设管理", "关于印发《国际集装箱运输服务平台（集运MaaS）2023年重点工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=30e0fcac6a914e3bad2c98146d70102d&siteId=0010", 4980),
     style="the notice title, then again over two lines; a two-paragraph cover, seven signers on three lines spaced by "
           "runs of spaces, 2023年10月20日; the plan's title on two lines, a basis paragraph; 一、原则目标 and 二、总体方案 "
           "with run-in （一）（二）; 三、建设任务 with a lead-in, （一）–（四） heading lines each over 「1．功能。」 and "
           "「2．任务。…（责任单位：…）。」 (full-width ．); then the plan's title again, 「推进任务分解表」 and a table flattened "
           "one cell a line (序号 / 工作事项 / 主要内容 / 牵头部门 / 配合部门 / 进度计划; rows 1–10, several names a cell, "
           "「市商务委」 and 「（市口岸办）」 on two lines)",
     leaf_tasks=8, attachment_task_rows=10, count_alternatives=[4, 10, 12, 14, 22],
     leaf_tasks_by_section={"三、 （一）–（四） 1．2．": 8},
     childless_top_level_sections=[],
     samples=[
        S(["三", "（一）", "2"], [], [JTW, SG, "市道路运输局", "上海海关", "铁路上海局集团", "上海海事局", "中远海运集团"],
          dl="年内", dln="2023-12", not_targets=[(18, "个"), (14, "个")],
          note=LABEL + "; 「9月下旬试运行版…首发」 and 「年内与…数据联接」: the latest, 年内, is the deadline (round 34: several "
               "dates, the latest; 年内 December of the plan's year); " + Y2023 + "; 「已汇集…出口流程18个节点、进口流程14个"
               "节点」 what is already gathered (round 33: past and present figures): not targets"),
        S(["三", "（二）", "2"], [], [SG, JTW, "中远海运", "试点船公司", "试点保险公司"],
          dl="年内", dln="2023-12", not_targets=[(20, "%")],
          note=LABEL + "; 「9月先行实现…」 and 「年内进一步聚合…」: 年内 the deadline (round 34); " + Y2023 + "; 「目前…仅20%"
               "业务量现状」 a present figure (round 33): not a target; 组织开发 has no subject of its own — the bracket decides "
               "(rule 1)"),
        S(["三", "（四）", "2"], [], [JTW, "市道路运输局", "市公安局交警总队", "上海海事局", SG, "浦东新区建设交通委",
                                   "市公安局浦东分局交警支队", "试点堆场"],
          dl="年底", dln="2023-12", other_deadlines=["10月底前 (2023-10)"],
          note=LABEL + "; 「10月底前完成…」 and 「年底基本构建…」: the latest, 年底, is the deadline (round 34); " + Y2023
               + "; 「两横六纵」「外四外五」 no digit"),
        R(2, SG, [JTW, "中远海运", "试点船公司", "试点保险公司"], "四季度", "2023-12",
          note="进度计划 「三季度：…」 / 「四季度：…」 — the latest, 四季度, is the deadline (round 34); " + QTR + "; " + Y2023),
        R(3, JTW, [SWK, "铁路上海局集团", "上海海关", "市金融监管局", "中远海运", SG, "海铁联运公司", "中集上海公司",
                   "东方丝路公司", "交通银行", "建设银行", "亿通国际"], "四季度", "2023-12",
          note="「市商务委」 and 「（市口岸办）」 on two lines are one name with its bracket (round 34: a bracket after a name "
               "stays with it; as the text's own bracket 「市商务委（市口岸办）」 in 三/（三）); 四季度 the latest of the two "
               "quarters (round 34); " + QTR + "; " + Y2023),
        R(6, JTW, [SG, "上海海关", "亿通国际"], "三季度", "2023-09", not_targets=[(4, "项")],
          note="「三季度完成数据对接」; " + QTR + "; " + Y2023 + "; 「…4项节点数据的对接」 counts the kinds of data named "
               "before it (no comparison word, round 30): not a target"),
        R(8, JTW, [SG, "铁路上海局集团"], "四季度", "2023-12",
          note="「四季度完成数据对接」; " + QTR + "; " + Y2023),
        R(10, JTW, ["市经济信息化委", SG, "市大数据中心", "市数据交易所"], "四季度", "2023-12",
          note="「四季度完成」; " + QTR + "; " + Y2023 + "; 「集运MaaS1.0」 a name with a digit, not a target"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover holds no task; 一、原则目标 （一）基本原则 （二）建设目标 name no unit (round 27: not tasks in "
            "a plan whose tasks name units); 二、总体方案 （一）先期阶段 （二）拓展阶段 are the platform's two stages, written "
            "with no time and no unit (not tasks, and no phases: round 32 / 33's stages have a time); 三、建设任务 "
            "（一）–（四） each have 1．功能 and 2．任务 → **8** (a 功能 item names no unit but sits in the task section, a leaf); "
            "the 推进任务分解表's 10 rows are `attachment_task_rows` (18 accepted). Accepted: 4 (（一）–（四） one task each), "
            "14 (4 + rows), 10 (the rows only), 12 / 22 (with 二、's two stages as tasks)",
            "samples: eight — the four 2．任务 items but （三） (three; each with its unit bracket) and rows 2, 3, 6, 8, 10",
            "units: the 2．任务 brackets 「（责任单位：…）」 (rule 1, no lead); the table's 牵头部门 / 配合部门 columns (rule 1); "
            "1．功能 items name none (they are the items of the task section, with no label: lead / responsible [])",
            "dates: 9月下旬, 9月, 年内, 10月底前, 年底 in the 2．任务 items; 三季度 / 四季度 in the table — the plan's year 2023",
            "figures: 18个节点 / 14个节点 (gathered already), 仅20% (present), 4项 (kinds), MaaS1.0 (a name): no targets",
            "duties: none; no phases (二、's stages carry no time)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x133_04_shanghai-yingjiju-2023-huagong-yuanqu-anquan-fengxian-paicha-zhili-gaijin-tisheng-tongzhi.txt"

plan(X04,
     title="上海市应急管理局关于进一步深化化工园区安全风险排查治理和改进提升工作的通知",
     title_note="the notice title as printed (the first line)",
     doc_no="沪应急危化〔2023〕75号 (from the index; the stored text prints no number)",
     issuer="上海市应急管理局",
     date="2023-12-06",
     level="a city bureau (Shanghai) to two district bureaus, a notice on risk checks of the three chemical parks: three "
           "headed points over paragraphs, a 2025 grade goal, yearly and three-yearly assessments",
     source=src("工程建设管理", "上海市应急管理局关于进一步深化化工园区安全风险排查治理和改进提升工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e02c1f12fa8345498c0ba0214d79d7ce&siteId=0037", 1545),
     style="addressees 「金山区、奉贤区应急管理局：」, a lead-in paragraph with a URL; three childless headed points 一、–三、 "
           "(each a heading line and one paragraph); 「特此通知。」, signature, date",
     leaf_tasks=3, count_alternatives=[2],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        U(["一"], ["各级应急管理部门", "各化工园区"], lead_alternatives=[["各级应急管理部门", "各化工园区"]],
          note="「各级应急管理部门、各化工园区（上海化学工业区、碳谷绿湾产业园、杭州湾经济技术开发区）要全面贯彻…，坚决贯彻落实市委、"
               "市政府工作部署，…抓好…」 — the subject of 落实 (" + R2 + "; groups named by a kind, round 32); the point names "
               "doers, so it is a task, not a 总体要求-like section (round 36); RULING? the bracket that lists the three "
               "parks is read as 「（即：A、B、C）」, dropped from the name (round 36), not as round 34's bracket that stays "
               "with a name; " + LIST + "; " + NODATE),
        P(["二"],
          note="「要指导帮助化工园区积极争取…支持，协调相关部门，…做好园区规划布局…」 — no subject (the addressees are meant), "
               "指导 / 协调 pivots (" + PIVOT + "), 做好 (" + CLOSED + "); a childless headed point that gives work is a task "
               "(round 34); 「D级」「C级」 grades, no figure; " + NODATE),
        U(["三"], ["市应急局"], dl="2025年底前", dln="2025-12", targets=[(1, "次")], not_targets=[(1, "家")],
          note="「市应急局组织有关部门及专家每年复核1家化工园区」 — 组织B＋verb (round 30: A the doer, the objects of 组织 not "
               "units); 「要指导化工园区…组织开展…」 has no subject of its own and 化工园区 is the pivot's object; 「各化工园区"
               "要…制定…整改方案」「…均要达到D级」 制定 / 达到 (" + CLOSED + "); 「2025年底前」 the item's one-off date (round 35: "
               "a one-off date inside yearly rhythms is the deadline); 「每年开展1次」「每3年开展1次」「每年复核1家」 frequencies "
               "and counts with no comparison word (round 35's floor 「至少」 is absent; round 36: no comparison word, a "
               "norm): not targets — except 1次: not_target → target by Round 59 rulings (governs, rounds 52, 58 over round "
               "35's floor: the events an item holds (开展…自评, 开展…评估) are its own number of work, 1 次 included, with no "
               "comparison word)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the lead-in holds no task; the three headed points are childless paragraphs that give work "
            "(round 34 early ruling: a document of headed points) → **3**. Accepted: 2 (一、 read as a 总体要求-like point "
            "of principle)",
            "samples: all three points",
            "units: 一、 各级应急管理部门 / 各化工园区 (贯彻落实); 三、 市应急局 (组织B＋verb); 二、 none",
            "dates: 2025年底前 (三、); 每年 / 每3年 rhythms; 2023年12月6日 the signature; 应急〔2023〕123号 a number",
            "figures: 1次, 1家, 3年, 3家 (frequencies and counts without a comparison word) — not targets; D级 / C级 grades",
            "duties: none"])

# round 52 (al52): CONVENTIONS.md "Round 60 rulings" (Targets, turned; w51d), README "Round 52"
from expected_tools import _sample32  # noqa: E402

_s = _sample32("x133_04", ["三"])[1]
_s["quantities_not_targets"].remove({"number": 1, "unit": "家"})
_s["targets"].append({"number": 1, "unit": "家"})
_s["note"] = ('aligned round 52 to CONVENTIONS.md "Round 60 rulings" (turned): 「市应急局组织…每年复核1家化工园区」 — the objects '
              "a body checks, selects or visits are its own number of work, whatever the rhythm (round 49's 「各抽选10户」; "
              "round 58's x124_01); the rhythm's period 「每年」「每3年」 stays no target (not_target 1家 → target 1家); "
              "formerly: " + _s["note"])

write_collected(DIR)
