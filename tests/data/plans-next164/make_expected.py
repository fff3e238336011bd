# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next164/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 40 (built by helper c164): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_in`` of
../plans/expected_tools.py, and ``row_at`` below for a table whose rows have no numbers); every answer was written
here by reading the texts, with ../CONVENTIONS.md (all of it, the round-40 rulings written early included) applied
to every item. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next164/make_expected.py tests/data/plans-next164
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, at_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)
src = shanghai_source

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(遵循, 提升, 推进, 建立, 探索, 搭建, 开展 without 组织 …) is not a unit")
ENCOURAGE = "round 40: 「鼓励A…」「支持A…」 name no doer"
OPTION = "round 34 / round 40: 「A可…」 is an option, A no doer by it"
NOSUBJ = ("the sentences have no subject (the cover's addressees are no subject of the item's sentences; round 40: a "
          "plan's preamble gives units to no item)")
TASKSEC = ("CONVENTIONS.md round 27: items of a main-task section (主要任务 / 发展思路 / 主要工作任务) are tasks whether or not "
           "they name a unit")
SAFEGUARD = ("round 38 / round 39 / round 40: items naming no unit in a plan with units elsewhere are tasks where they give "
             "work (a count without them accepted)")
NEAR = ("RULING? 1: 「B联动」 after a doer (「A牵头，B联动，…」「A联合B，…。B'联动，…」) read as round 39's 「其他有关部门…协同开展相关工作」 "
        "after 「A负责…」 (a partner acting with the doer: responsible, as 配合 / 协同 are); 联动 is not in the closed list "
        "of partner words (配合／参与／协助／协同), so the other reading gives the lead's units only")
WITHIN = ("CONVENTIONS.md round 34 (targets): 内 after a distance is 以内 — 「300米服务半径内」 is a target; 「350米范围内」 read alike "
          "→ 350米 a target")
R3_01 = ("aligned round 44: CONVENTIONS.md Round 44 rulings (decided) — paragraphs run in under a safeguards section without numbers of their own are the section's text, not tasks of their own: the section is one task where it gives work")
NAME360 = ("「360度全景环视系统」 names a kind of system by its figure (round 30: a figure that only names a kind is not a "
           "target; round 40: a figure in a noun naming a kind of thing is a class) → 360度 not a target; 5G / V2X names")


def row_at(file, cell):
    """Line and first eight characters of the row of x164_04's 附表 whose first cell (任务名称) is ``cell``: the table's
    rows have no numbers, so the path names the table and the row's first cell (as plans-next48 / -146 read unnumbered
    rows)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = lines.index("任务名称")
    while lines[i].strip() != cell:
        i += 1
    return {"line": i + 1, "title_starts": cell[:8]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x164_01_shi-jiaotongwei-2023-zhihui-gongjiao-sannian-xingdong-jihua.txt"
PLAN01 = "上海市智慧公交三年行动计划（2023–2025年）"
COLS1 = ("附件1 row (columns 序号 / 任务名称 / 任务内容 / 任务目标 2023年 / 2024年 / 2025年 / 实施单位, flattened one cell a "
         "line): the 实施单位 column is a units label (CONVENTIONS.md rule 1) naming no lead: lead = [], responsible = the "
         "cell's names, split on 、 and on 及 (round 34: 「A及B」 are two names; a bracket inside a name stays, 「相关各区（含临港）"
         "交通主管部门」)")
YEARS1 = ("the three year cells (2023年 / 2024年 / 2025年, 「/」 where empty) hold the row's goals for each year of the plan's "
          "period: the deadline is not checked (as plans-whole w05 reads its rows' year columns) — RULING? 2")


def row1(n, units, note="", **kw):
    if len(units) == 1:
        kw["lead_alternatives"] = [list(units)]
        note = (note + "; " if note else "") + ONE
    return S(["附件", str(n)], [], list(units), skip_deadline=True,
             note=COLS1 + ("; " + note if note else "") + "; " + YEARS1, **kw)


JSGJ = ["久事公交", "相关各区（含临港）交通主管部门", "公交企业"]

plan(X01,
     title=PLAN01 + "（关于印发《" + PLAN01 + "》的通知）",
     title_note="the plan's own title (line 14, after the cover) or the notice title (line 1; lines 3–4 print it again over "
                "two lines): either",
     doc_no="沪交科〔2023〕414号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市交通委员会 and 上海市道路运输管理局 (the two signatures on one line; the index: 上海市交通委员会、上海市道路运输局)",
     date="2023-06-05",
     date_note="the cover is dated 2023年6月5日; the index gives 2023-06-12 (the publication date)",
     level="a city commission with a city bureau (Shanghai), a three-year action plan for smart buses: requirements, "
           "principles, goals, fifteen tasks in five groups, four safeguards, and two attached lists (18 tasks, 12 "
           "district and company projects) with year goals and 实施单位",
     source=src("工程建设管理", "关于印发《" + PLAN01 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=a6c02c2bd1be4ae982338ce708ccbe39&siteId=0010", 9956),
     style="cover (addressees, one sentence, two signatures on one line with a run of spaces, the date), the plan title, a "
           "preamble; 一、总体要求 one paragraph; 二、基本原则 three run-in principles 「坚持…，…。」; 三、行动目标 a paragraph and "
           "three 「——」 bullets with the plan's figures; 四、主要任务 （一）–（五） group lines over heading lines 「1．…」–「15．…」 "
           "numbered straight through (fullwidth 「．」), one paragraph each; 五、保障措施 four run-in paragraphs 「健全组织实施机制。…」; "
           "a 附件 line 「附件：1．…」 whose second entry stands on its own line 「2．2023-2025年…清单」; 附件1 and 附件2 tables "
           "flattened one cell a line (a header over two rows, group rows 「（一）…」, row numbers 1–18 and 1–12 on lines of "
           "their own, 「/」 in empty year cells); no blank lines in the plan body",
     leaf_tasks=16, count_alternatives=[19, 34], attachment_task_rows=30,
     leaf_tasks_by_section={"四、主要任务": 15, "五、保障措施": 1},
     childless_top_level_sections=["一、总体要求", "二、基本原则", "三、行动目标"],
     samples=[
        S(["四", "（一）", "1"], [], [],
          note="「久事公交和相关各区遵循应建尽建原则，积极提升场站智能化水平，推进视频监控等设备布设」 — the bodies are subjects of "
               "遵循 / 提升 / 推进: " + CLOSED + "; " + NONE + "; the attached row 1 names 实施单位 for the same work, but a row's "
               "label is the row's, not the body item's (CONVENTIONS.md rule 1 binds a label to its own item); " + TASKSEC
               + "; " + NODATE + " (the plan's period in its title dates nothing, round 38; 三、行动目标's 「至2025年底」 is the "
               "goals' date, not a span of the work, as plans-next157 x157_03 reads its plan's 到2025年)"),
        S(["四", "（二）", "5"], [], [], [(350, "米")],
          note="「公交站牌标明距离350米范围内轨交线路名称」: " + WITHIN + "; no body named (推进, 探索 without subject): " + NONE
               + "; " + NODATE),
        S(["五"], ["市交通委"], ["市交通委", "市道路运输局", "市区两级管理部门"], lead_alternatives=[[]],
          note=R3_01 + ": 五、保障措施 (four run-in paragraphs 「健全组织实施机制。…」「强化资金用地保障。…」…, no numbers of their "
               "own) is one task, as its first paragraph gives work to a doer (was: the run-in paragraph 五/健全组织实施机制, round "
               "35); 「市交通委联合市道路运输局，统筹部署智慧公交推进工作」 — "
               "「A联合B＋verb」 reads as 「A会同B」 (round 34, closed in round 39): lead A (lead [] accepted), responsible A, B; "
               "「市区两级管理部门联动，指导和监督各项任务开展」 — " + NEAR + "; 「建立项目进展报送机制」 is a duty below; " + NODATE,
          **at(X01, "五、保障措施\n")),
        row1(1, JSGJ,
             note="the 2025 goal cell 「久事公交、相关各区应建尽建」 names bodies inside a goal, not the 实施单位 cell (the last "
                  "cell of the row)"),
        row1(2, ["市交通委", "市道路运输局", "市智能交通标委会"]),
        row1(8, ["随申行"], note="随申行 (the platform's operator, named by its app) is the row's only 实施单位"),
        row1(15, ["市道路运输局", "市道运中心", "相关各区（含临港）交通主管部门"],
             note="「市级层面牵头，推进编制…」 in the 任务内容 cell: 市级层面 (a level, not a body) names no lead, and the label "
                  "decides (rule 1: sentences in the item's text add nothing to a labelled item)"),
        row1(18, ["市交通委", "市智能交通标委会", "上研智联", "上汽检"],
             note="the cell ends with a stray 「、」 (as printed); 上汽检 a short name kept as printed (round 38)"),
     ],
     plan_targets=[{"number": 100, "unit": "%", "note": "三、行动目标: 「350米范围内轨交线路信息显示100%全覆盖」"},
                   {"number": 15, "unit": "公里/时", "note": "「公交高峰运行车速不低于15公里/时」 (不低于, round 30's line)"},
                   {"number": 95, "unit": "%", "note": "「主城区公交到站信息预报准确率达95%以上」"},
                   {"number": 90, "unit": "%", "note": "「五个新城达90%以上」"}],
     phases=[],
     duties=[{"what": "建立项目进展报送机制，动态评估行动计划", "when": "", "when_norm": None,
              "note": "五、保障措施 健全组织实施机制: a standing arrangement for sending the projects' progress (plans-dev 07's "
                      "「及时报送信息」 督查反馈机制 is a duty; round 40: a standing rhythm of reporting to the issuing office is a "
                      "duty, whoever sends it); no date or rhythm written"}],
     notes=["counting: the cover and the preamble no task; 一、总体要求 (one paragraph), 二、基本原则 (three run-in principles: "
            "round 33, a principle with no work is no task in a plan with units; 19 accepted with them, 22 before round 44) and 三、行动目标 (a "
            "paragraph and three —— bullets: the plan's goals, plan targets) are sections; 四、主要任务 1–15 → 15 (" + TASKSEC
            + "); 五、保障措施's four run-in paragraphs are the section's text → 1 (" + R3_01 + "; its first paragraph names units: "
            "联合, round 34) → **16**. The "
            "attached lists hold 18 + 12 = 30 rows (attachment_task_rows; 16 + 30 = 46 accepted by the scorer), 34 (附件1's "
            "rows only) accepted. The line "
            "「2．2023-2025年本市智慧公交建设特色项目清单」 (line 71) is the 附件 line's second entry, not an item",
            "units not sampled: 四、 items 2–15 name no doer by rule 2 (以久事公交为试点; 鼓励久事和浦东公交…, 鼓励在浦东、青浦、临港…, "
            "鼓励临港、嘉定、奉贤、金桥… — " + ENCOURAGE + "; 12 「实施市区两级管理的相关各区推进…」 推进 is no rule-2 verb and "
            "「各区可结合…增设」 — " + OPTION + ")",
            "附件2's rows are not sampled: its rows are numbered 1–12 again, and a path 「附件/N」 cannot say which of the two "
            "attached tables it means (locate and the scorer take the first 附件 table); its figures (第二终端布设25辆次 / 23辆次 "
            "/ 82辆次, 12.56公里, 11座车站, 1~2家, 1-2个, 11个监管项, 31个监管点) are left unchecked",
            "dates: 2023年6月5日 (the cover), 2023年第8次主任办公会议 (a meeting), 至2025年底 (三、行动目标: the goals' date), the "
            "plan's period 2023–2025年 (title) and the year cells 2023年 / 2024年 / 2025年 of both tables; no body item writes "
            "a date of its own. No phases",
            "figures: 350米, 100%, 不低于15公里/时, 95%以上, 90%以上 (三、行动目标, plan targets; 350米 also in 四、5, sampled); "
            "360度 (a system's name), 5G, V2X, POS, 3.0 (「智慧云」平台3.0, a version) — not targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x164_02_shi-jiaotongwei-2023-zhihui-gongjiao-dingceng-sheji-fangan.txt"
PLAN02 = "上海市智慧公交顶层设计方案"

plan(X02,
     title=PLAN02 + "（关于印发《" + PLAN02 + "》的通知）",
     title_note="the plan's own title (line 19, after the cover) or the notice title (line 1, again on line 3): either",
     doc_no="沪交科〔2023〕409号 (printed on line 5)",
     issuer="上海市交通委员会 and 上海市道路运输管理局 (two signatures; the index: 上海市交通委员会、上海市道路运输局)",
     date="2023-06-05",
     date_note="the cover is dated 2023年6月5日; the index gives 2023-06-09 (the publication date)",
     level="a city commission with a city bureau (Shanghai), the top-level design for smart buses to 2035: goals in three "
           "stages, strategies, eighteen lines of development in five groups, four safeguards",
     source=src("工程建设管理", "关于印发《" + PLAN02 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e4eb6e8f8ad04600a3b42286113c689a&siteId=0010", 6511),
     style="the notice title twice, the number, the cover (addressees, one sentence, two signatures, the date), the plan "
           "title, a preamble; 一、发展目标 （一）总体目标 one paragraph and （二）阶段目标 with 「1．第一阶段（2023-2025年）」–"
           "「3．第三阶段（2031-2035年）」, two paragraphs each (focus, then 「到2025年，…」 goals); 二、发展策略 three run-in "
           "strategies 「以智能化促安全。…」; 三、发展思路 a lead-in, （一）–（五） group headings each over a lead-in paragraph, "
           "heading lines 「1．…」–「18．…」 numbered straight through (fullwidth 「．」) over one paragraph each; 四、保障措施 "
           "（一）–（四） heading lines over one paragraph each; blank lines between all paragraphs",
     leaf_tasks=22, count_alternatives=[19, 25],
     leaf_tasks_by_section={"三、发展思路": 18, "四、保障措施": 4},
     childless_top_level_sections=["二、发展策略"],
     samples=[
        S(["三", "（二）", "6"], [], [], [(350, "米")],
          note="「公交站牌标明距离350米范围内轨交线路名称」: " + WITHIN + " (as x164_01 四/（二）/5, the same sentence); 「加速推进…」"
               "「试点建设…」「推进…」 have no subject: " + NONE + "; " + TASKSEC + "; " + NODATE + " (三、's items are under no "
               "stage: the stages' spans are 一、（二）'s, not theirs)"),
        S(["三", "（五）", "17"], [], [], not_targets=[(360, "度")],
          note=NAME360 + "; no subject: " + NONE + "; " + NODATE),
        S(["四", "（一）"], ["市交通委"], ["市交通委", "市区两级行业主管部门"],
          note="「市交通委牵头，市区两级行业主管部门联动，切实加强智慧公交推进工作的组织领导」 — 「A牵头」 (CONVENTIONS.md rule 2): lead "
               "A; " + NEAR + "; 市区两级行业主管部门 one name as printed (round 30: 「市、区X部门」 is one name); the item's own "
               "units (a 保障措施 item that names a unit is a task, round 33); " + NODATE),
        S(["四", "（二）"], [], [],
          note="「紧密联合市经济信息化委、市科委、市公安局等部门，协同推进材料、零部件…的研发」 — 联合 with no subject: round 34's 「A联合B＋"
               "verb」 needs its A (the bodies after 联合 are partners, like B in 「A会同B」, and there is no A); round 39: 协同 with "
               "no named doer names none; 「探索政府、企业、科研机构、高等院校等的良性合作体系建设」 names kinds inside a noun (round 30: "
               "a body inside a noun's description is no doer) — RULING? 3: read " + NONE + "; " + SAFEGUARD + "; " + NODATE),
     ],
     plan_targets=[{"number": 15, "unit": "公里/时",
                    "note": "一、（二）1. 第一阶段: 「公交高峰运行车速不低于15公里/时」 (不低于, round 30's line); the stages are no "
                            "tasks in the main count, so their figures are the plan's"},
                   {"number": 95, "unit": "%", "note": "「主城区…公交到站预报准确率95%以上」"},
                   {"number": 90, "unit": "%", "note": "「五个新城…公交到站预报准确率90%以上」"}],
     phases=[{"name": "第一阶段", "start": "2023-01", "end": "2025-12",
              "note": "「1．第一阶段（2023-2025年）」: a stage written as a name and a time (round 32 / round 33): years only, so "
                      "January to December"},
             {"name": "第二阶段", "start": "2026-01", "end": "2030-12", "note": "「2．第二阶段（2026-2030年）」"},
             {"name": "第三阶段", "start": "2031-01", "end": "2035-12", "note": "「3．第三阶段（2031-2035年）」"}],
     duties=[],
     notes=["counting: the cover and the preamble no task; 一、发展目标: （一）总体目标 (a goal paragraph naming no unit: round 27, "
            "not a task in a plan with units) and （二）阶段目标 1.–3. (stages written as a name and a time, round 32 / round 33: "
            "phases; their paragraphs state each stage's focus and goals and give work to no unit, so they are no tasks; 25 "
            "accepted with them); 二、发展策略 three run-in strategies (principles with no work, round 33: no tasks in a plan with "
            "units); 三、's lead-in and the lead-ins under （一）–（五） no tasks; 三、1–18 → 18 (" + TASKSEC + "); 四、（一）–（四） "
            "→ 4 (（一） names units; （二）–（四） give work with no unit, " + SAFEGUARD + " → 19 accepted) → **22**",
            "units not sampled: 三、 items name no doer (「结合市交通委指挥中心城运系统，…搭建行业管理平台」 — 市交通委 inside a noun, "
            "round 30; 「鼓励公交场站停车、充电等资源错峰共享」 — " + ENCOURAGE + "); 四、（三）（四） no subject",
            "dates: 2023年6月5日 (the cover), 2023年第8次主任办公会议, the stages' spans (phases), 到2025年 / 到2030年 / 到2035年 "
            "(the stages' goals); no item writes a date of its own",
            "figures: 不低于15公里/时, 95%以上, 90%以上 (第一阶段's goals, plan targets); 360度 (a system's name, sampled), 5G, V2X, "
            "「四全+一新」 (a name's make-up, round 37), 「双智」「双碳」 — not targets",
            "the same issuers signed x164_01 (沪交科〔2023〕414号, the three-year action plan) on the same day; x164_01 says it is "
            "made 「依据《上海市智慧公交顶层设计方案》」. Two documents of one field, not a near twin (round 36: another year's "
            "issue): one a design with stages, the other a task plan with tables; some sentences recur (350米, 360度)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x164_03_shi-anweiban-2023-liangge-qieshi-dajiatan-huodong-tongzhi.txt"
SPAN3 = ("round 35 / round 36 / round 37: an activity's span 「四、活动时间 2023年6月至2023年11月底」 gives its end to items with no "
         "date of their own → 2023-11")

plan(X03,
     title="上海市安全生产委员会办公室关于组织企业主要负责人开展“落实‘两个切实’大家谈”活动的通知",
     title_note="line 1 (the notice prints no other title)",
     doc_no="沪安委办〔2023〕20号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市安全生产委员会办公室 (the signature; the index lists 上海市应急管理局)",
     date="2023-06-08",
     level="a city office (Shanghai's work-safety committee office), a notice of a campaign of talks by company heads: "
           "requirements, content, scope, the activity's span, three requirements to the districts' offices",
     source=src("工程建设管理", "上海市安全生产委员会办公室关于组织企业主要负责人开展“落实‘两个切实’大家谈”活动的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=483f08157fe040c0ad5c81daf56296d1&siteId=0037", 1780),
     style="the title, addressees 「各区安委会办公室：」, a preamble; 一、–四、 headings over one paragraph each (四、活动时间 「2023年6月"
           "至2023年11月底。」); 五、活动要求 （一）–（三） run-in items 「（一）加强组织领导，发挥“关键少数”作用。要…」; 「特此通知。」, "
           "signature, date, a contact line with a person's name and phone numbers; no blank lines in the body",
     leaf_tasks=3, count_alternatives=[4],
     childless_top_level_sections=["一、总体要求", "二、主要内容", "三、范围和对象", "四、活动时间"],
     samples=[
        S(["五", "（一）"], [], [], dl="2023年6月至2023年11月底", dln="2023-11",
          note="「要高度重视，认真组织，…引导、督促辖区内规模以上民营企业主要负责人积极参与」 — " + NOSUBJ + "; 认真组织 has no work "
               "after it and no subject; the objects of 引导／督促 are persons (round 30: a person is never a unit; the pivot's "
               "object is no unit): " + NONE + "; " + SPAN3),
        S(["五", "（二）"], [], [], dl="2023年6月至2023年11月底", dln="2023-11",
          note="「要结合属地管理和“三管三必须”责任落实，广泛宣传发动，推动…主要负责人积极参加」 — " + NOSUBJ + "; 落实 as a noun "
               "(round 33) gives no doer: " + NONE + "; 「三管三必须」 a name's figures; " + SPAN3),
        S(["五", "（三）"], [], [], [(1, "次"), (5, "篇")], dl="2023年6月至2023年11月底", dln="2023-11",
          note="「要至少组织召开一次企业主要负责人“大家谈”活动交流研讨会」 — 至少 with a frequency (round 35: a frequency with a floor "
               "is a target) → 1次; 「每月择优筛选1篇…文章（共计5篇，其中2篇为区管国有企业、3篇为民营企业）报市安委会办公室」 — the item's "
               "own number to deliver (round 37) → 5篇 (2篇 / 3篇 its split, 1篇 the monthly share, not listed); the sending is "
               "a monthly duty below; " + NOSUBJ + " (组织召开 has no subject; 市安委会办公室 receives and publishes — 刊登 is "
               "no rule-2 verb): " + NONE + "; deadline — RULING? 4: the one-off meeting and 「于7月1日起至活动结束」 read by the "
               "span (" + SPAN3 + "); the monthly sendings alone would keep no deadline (round 38), but the item also holds a "
               "one-off step (round 35: a one-off date inside rhythms is the item's deadline)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每月择优筛选1篇企业主要负责人“大家谈”活动文章报市安委会办公室", "when": "于7月1日起至活动结束，每月",
              "when_norm": "monthly (2023-07 to 2023-11)",
              "note": "五、（三）: the districts' offices send to the issuing office each month (round 40: a standing rhythm of "
                      "reporting to the issuing office is a duty, whoever sends it)"}],
     notes=["counting: a notice of headed points; 一、总体要求 a section (round 34: a childless 总体要求 point stays a section); "
            "二、主要内容 describes what the company heads talk about (「各企业主要负责人紧紧围绕“五带头”…带头谈…」: persons, no body, no "
            "「要…」 to the plan's bodies) — read as the activity's content, a section; 4 accepted reading it as a childless point "
            "that gives work (round 34); 三、范围和对象 a scope (persons); 四、活动时间 a span (no task; the campaign's span, round "
            "37, not a phase list); 五、（一）–（三） → **3** (the plan names no unit, so every numbered leaf is a task: seeds "
            "EXPECTED.md line 4, plans-dev 08)",
            "units: none anywhere — the preamble's 「市安委会办公室决定组织区管国有企业和民营企业主要负责人开展…活动」 (组织＋work, but a "
            "preamble gives units to no item, round 40); persons (主要负责人, 法定代表人, 实际控制人, 实际负责人, 第一责任人; the "
            "contact 市应急局综合协调处许晓蕾) are never units",
            "dates: 2023年6月至2023年11月底 (the span), 7月1日 (a start of the monthly sendings), 2023年6月8日 (the signature), "
            "2022年 (a past campaign), 2023行动 (a name)",
            "figures: 1次 (至少), 5篇 (targets); 「上海安全生产78条」「十五条硬措施」「六个一」「五带头」「三管三必须」 (names), "
            "23305965 / 13817507885 (phone numbers) — not targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x164_04_shi-lvrongju-2023-gongcheng-jianshe-yingshang-huanjing-yitihua-gaige-tongzhi.txt"
N04 = "关于上海市绿化市容行业2023年工程建设领域营商环境一体化改革工作的通知"
COLS4 = ("附表 row (columns 任务名称 / 任务内容 / 牵头部门 / 配合部门 / 时间节点, flattened one cell a line; the rows have no "
         "numbers, so the path names the table and the row's first cell): 牵头部门 is a lead label and 配合部门 a responsible "
         "label (CONVENTIONS.md rule 1; responsible holds the lead too, plans-dev EXPECTED.md)")
ALL4 = ("「全年」 is the plan's year (round 39) → 2023 (the title's and the cover's year)")


def row4(cell, lead, others, targets=(), dl="全年", dln="2023", note=""):
    return S(["附表", cell], list(lead), [*lead, *others], targets, dl=dl, dln=dln,
             note=COLS4 + ("; " + note if note else "") + "; " + ALL4, **row_at(X04, cell))


BODY4 = ("the body's items name no doer (我局's own work written without a subject); their units are in the 附表 row of the "
         "same name, which is a label of that row only (rule 1)")

plan(X04,
     title="关于“上海市绿化市容行业2023年工程建设领域营商环境一体化改革工作”的通知（" + N04 + "）",
     title_note="the inner notice's title (line 11, over the measures) or the cover's (line 1): either",
     doc_no="沪绿容〔2023〕176号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2023-05-06",
     level="a city bureau (Shanghai's greenery and city-appearance bureau), its 2023 measures for the business environment "
           "in construction: goals, four groups of tasks, two safeguards, a task table with lead and partner divisions and "
           "dates, and a list of ten high-volume matters",
     source=src("工程建设管理", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=05ce86da-5def-447e-977e-73b7f01ecf55&siteId=0039", 4851),
     style="two covers: the first (addressees, one paragraph, signature, date) forwards the second, whose title puts the "
           "plan's name in quotes 「关于“…”的通知」 (addressees again, with a comma for one 、, then 「具体通知如下：」); 一、工作目标 "
           "「一是…」「二是…」 paragraphs; 二、主要工作任务 （一）–（四） heading lines, items 「1、…。」 run in (（二） with a lead-in, "
           "（三）1、 followed by an unnumbered paragraph, （四） with no numbered child); 三、保障措施 「1.…」「2.…」 (ASCII "
           "period); 「附表：…」 twice, then the task table flattened one cell a line with NO row numbers (12 rows; one row's "
           "时间节点 cell over three lines 「线上，9月底」 / 「线下，全年」; one empty 配合部门 cell as a blank line); 附录 a list "
           "of ten matters (序号 / 事项名称 / 事项分类 / 责任处室 / 配合部门); blank lines between all paragraphs",
     leaf_tasks=11, count_alternatives=[9, 13, 21], attachment_task_rows=12,
     leaf_tasks_by_section={"二、主要工作任务": 9, "三、保障措施": 2},
     task_section_leaves=9,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "（二）", "1"], [], [], [(10, "项"), (70, "%"), (90, "%")],
          note="「推进行业涉及工程建设领域10项事项实现“双百”服务…，实现智能预填比例不低于70%，智能预审比例不低于90%，…成功率不低于"
               "90%」 — 10项 the item's own number of matters to bring to the service (round 37: an item's own number is a "
               "target), 不低于 (round 30's line) → 70%, 90% (twice); " + BODY4 + ": " + NONE + "; " + NODATE
               + " (the 附表 row's 9月底 is the row's own, not the body item's)"),
        S(["二", "（二）", "3"], [], [], [(10, "项"), (90, "%"), (60, "%")], not_targets=[(12345, ""), (1, "分钟")],
          note="「开通…10项审批事项线上“专业人工帮办”，实现1分钟响应、90%解决率；“12345”热线…接通率90%；…智能客服解决率不低于60%」 — "
               "10项 (the item's own number, round 37), 90% (the goal rates, twice), 不低于60% → targets; 「12345」 a hotline's "
               "name (names with digits are not targets); 「1分钟响应」 a time counted from an event with no comparison word "
               "(round 33: the item's time rule, not a target); " + BODY4 + ": " + NONE + "; " + NODATE),
        S(["二", "（三）", "1"], [], [], [(100, "%")],
          note="the unnumbered paragraph after 1、 「推进市、区两级监管工作，对告知承诺的许可事项做到100%的按期监管，…100%的监管」 is "
               "1、's body (it stands before 2、; round 32: an unnumbered paragraph that gives work belongs to the item before "
               "it) → 100%; 「大数据+5G+AI」 a name; 「明确监管部门、监管对象…」 names kinds as the content of a rule to write, "
               "not doers; " + BODY4 + ": " + NONE + "; " + NODATE),
        row4("优化拓展线上线下帮办服务", ["许可处"], ["行政服务中心", "环卫处", "景观处", "林业总站", "分类中心"],
             dl="线上，9月底；线下，全年",
             note="the 时间节点 cell runs over three lines 「线上，9月底」 / (blank) / 「线下，全年」: two dates in one item, the "
                  "latest is the deadline (round 34) — 全年 (December) over 9月底"),
        row4("推进监管工作", ["许可处"], ["执法处", "各区绿容局（管委会）", "指导站", "绿化中心", "分类中心"], [(100, "%")],
             note="「各区绿容局（管委会）」 one name with its bracket (round 34); 「做到100%的按期监管」 → 100% (the row's own "
                  "goal)"),
        row4("加大宣传推广", ["办公室"], ["宣传处", "许可处"], note="办公室 a body named by a kind (round 30)"),
        row4("协同工作机制", ["许可处"], ["规划处", "林业处", "公绿处", "执法处"]),
     ],
     plan_targets=[{"number": 100, "unit": "%", "note": "一、工作目标 一是: 「实现告知承诺事项和审批事项的双100%监管」"},
                   {"number": 4, "unit": "个", "note": "一是: 「完成4个事项的信用目录编制」 (the plan's own number)"}],
     phases=[], duties=[],
     notes=["counting: the first cover forwards the second notice (one plan, round 30 'two documents under one cover'); "
            "一、工作目标's 一是 / 二是 are goals naming no unit (round 27: not tasks where units are named; 13 accepted counting "
            "them, round 36's 一是 runs); 二、（一）1、2、 → 2; （二） the lead-in no task, 1、–4、 → 4; （三）1、 (with the unnumbered "
            "paragraph after it) 2、 → 2; （四） no numbered child, its paragraph gives work → 1; 二、 → 9 (" + TASKSEC + "); "
            "三、保障措施 1.2. give work with no unit → 2 (" + SAFEGUARD + " → 9 accepted) → **11**. The 附表's 12 rows are "
            "attachment rows (11 + 12 = 23 accepted by the scorer, 9 + 12 = 21 accepted); 附录's ten matters are a list "
            "that gives no work (round 35), not rows of tasks",
            "附表 rows sampled: only the four whose first cell is not also a body item's heading (优化拓展线上线下帮办服务, "
            "推进监管工作, 加大宣传推广, 协同工作机制); the other eight rows open with the same words as 二、's items (「深化“用地"
            "清单制”改革」 …), and a path by first words could bind them to the body item — left out, as the scorer cannot tell "
            "them apart (round 37's note on paths whose items open alike). Their 时间节点: 全年, 12月底, 9月底 ×4, 6月底; the row "
            "「探索应用信用监管…」 has an empty 配合部门 cell (a blank line) and the row 「深化“用地清单制”改革」 mixes 、 and ， "
            "(「林业处、公绿处，许可处」)",
            "units in the body: none — 「配合建设主体…共同研究」 (配合 with no subject; 建设主体 a partner), 「配合完成…」 (（四）), "
            "「明确相关处室和直属单位的工作职责」 (objects); the cover's addressees (各区绿化市容局、各管委会、各相关部门) are no item's "
            "subject",
            "dates: 2023年5月6日 (the cover), the plan's year 2023 (title); the body writes no date; the 附表's 时间节点 cells "
            "(全年, N月底 of 2023)",
            "figures: 双100%, 4个 (plan targets); 10项, 不低于70% / 90% / 90%, 90% ×2, 不低于60%, 100% ×2 (body items); 百件以上 "
            "(「年办件量百件以上审批事项」: a class of matters the goal covers, round 34 — not a target), 「超100件」 (a list's name), "
            "12345, 1分钟, 5G, 国办发〔2019〕11号, 沪府办规〔2023〕1号, 「十四五」 — not targets"])

write_collected(DIR)
