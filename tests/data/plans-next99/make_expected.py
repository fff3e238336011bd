# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next99/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 31 (built by helper c99): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py for
「一、」/「（一）」/「1.」 paths, by ``at_line`` below for x99_04's decimal headings 「1.1 人工监管」, which ``locate``
cannot find); every answer was written here by reading the texts, under ../CONVENTIONS.md (round 29's ruling on units
written in sentences with the round-30 clarifications, the round-30 rulings on thresholds, general provisions and two
documents under one cover, the round-31 rulings on ages / hazards and fields sharing one head). Neither the parser nor
the scorer was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next99/make_expected.py tests/data/plans-next99
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
FOLDER = "市容绿化与景观"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
R1 = ("CONVENTIONS.md units rule 1 (the label decides: the bracket closing the item gives its units; sentences in its "
      "text add nothing)")
TAIL = ("「按职责分工负责」 is a phrase, and the tail 「等」/「等相关部门」/「等部门」 after separate full names is a category tail "
        "(EXPECTED.md: 「等建设主管部门」 is not a unit; the round-31 ruling keeps 「X等部门」 whole only where fields share one "
        "head, which is not the case here: 市农业农村委、上海海关 … are full names); 「A及各区」 split on 及 (各区 a group named by "
        "a kind)")
NOLEAD = "no 牵头 in the bracket: lead = []"
R2NONE = ("CONVENTIONS.md rule 2: no clause of the item makes a body the doer in the ruled forms (由A…, A牵头, "
          "A负责/具体负责/主责/组织＋verb/实施/落实, A会同B…): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (开展 without 组织, "
          "加强, 征求, 反馈, 告知, 公布, 审核, 进行, 纳入, 设置 …) is not a unit")
R3 = "CONVENTIONS.md units rule 3 (a body that only receives, approves or is consulted — 向A提出, 报A备案, 征求A意见, 移交A — is no unit)"
BY = "CONVENTIONS.md rule 2, the agent of 由 with a verb of doing is a doer (lead [], a single unit accepted as lead)"
SUBJ = "CONVENTIONS.md rule 2, the subject of 负责／落实／组织＋verb is a doer (several clauses: all their bodies, in order)"
PIVOT = "CONVENTIONS.md round 30: 「A组织B＋verb」 — A is the doer, B (the object of 组织) is not a unit"
GROUP = "CONVENTIONS.md round 30: a group named by a kind with a verb of rule 2 (「各街镇…落实」) is a doer, not a general call"
THR = "CONVENTIONS.md targets (round 30): a quantity joined to a comparison word (以上／不低于／不超过) is a target of the item"
RATE = "CONVENTIONS.md targets (round 25): the policy's rates and ceilings written in the item (「5000元/亩左右」, 「不超过100元/亩」) are targets"
REL = "a time limit counted from an event (no date can be resolved): the deadline is not checked"
YEARLY = "a yearly recurring date (「每年…前」): a duty's rhythm, not the item's deadline — not checked (plans-next87 / -next94's reading)"


def at_line(file, start):
    """Line (1-based) and first eight characters of the first line of ``file`` that starts with ``start`` (a decimal
    heading such as 「1.1 」), the words after ``start`` (as plans-next63 found its decimal headings)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = next(n for n, line in enumerate(lines) if line.strip().startswith(start))
    return {"line": i + 1, "title_starts": lines[i].strip()[len(start):].strip()[:8]}


def L(path, units, lead=(), note="", **kw):
    """An item whose units come from its closing bracket (rule 1): lead as the bracket names it (牵头), else []."""
    if not lead and len(units) == 1:
        kw["lead_alternatives"] = [list(units)]
        note = note + "; " + ONE
    return S(path, list(lead), list(units), note=note, **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x99_01_shanghai-lvrongju-2022-huwai-guanggao-sheshi-shezhi-zhendi-shishi-fangan-bianzhi-yijian.txt"
QU = ["区绿化市容局", "特定区域管理机构"]

plan(X01,
     title="关于进一步优化营商环境完善本市户外广告设施设置阵地实施方案编制工作的意见",
     title_note="the document's own title (the first line); it has no cover",
     doc_no="沪绿容〔2022〕129号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局 (signed with 上海市规划和自然资源局 and 上海市市场监督管理局)",
     date="2022-07-12",
     level="city bureaus (Shanghai 市绿化市容局 with 市规划资源局 and 市市场监管局), to the district bureaus and the two special areas' committees",
     source=shanghai_source(FOLDER, "关于进一步优化营商环境完善本市户外广告设施设置阵地实施方案编制工作的意见.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=350e3c79-d8e9-478c-9769-c663bf444eae&siteId=0039", 2833),
     style="addressees, a preamble ending 「提出如下意见：」, then 一、–四、: 一、 and 四、 paragraphs without children, 二、 a lead-in "
           "over three principles 「1.合法性原则。…」, 三、 a lead-in over a seven-step procedure 「1.提出需求。…」–「7.网上公布。…」; "
           "the bodies are 「区绿化市容局或特定区域管理机构」 (or-joined) and the city bureaus; dates 每年6月底前 / 每年年底前 (yearly), "
           "15个工作日内 and 公示一个月 (from events); three signing bureaus and the date at the end",
     leaf_tasks=12, count_alternatives=[10, 9, 7],
     leaf_tasks_by_section={"一、": 1, "二、 1.–3.": 3, "三、 1.–7.": 7, "四、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、 (a work point of two paragraphs)", "四、 (a work point)"],
     samples=[
        S(["二", "1"], note="合法性原则: how a scheme must be drafted, no body named: " + R2NONE + "; " + NODATE),
        S(["二", "3"],
          note="「所在区绿化市容局或特定区域管理机构应开展甄别和审查」 (开展 without 组织) and 「市、区两级绿化市容、规划资源、市场监管部门应"
               "加强衔接」: " + CLOSED + "; 建筑所有权人 an applicant (「提出…编制需求」, round 30): " + R2NONE + "; " + NODATE),
        S(["三", "1"],
          note="「建筑所有权人应在取得…许可证后，向…区绿化市容局或特定区域管理机构提出编制…的需求」: the owner is an applicant (round 30, "
               "「由A提出申请」 is no unit) and the bureaus receive (" + R3 + "); 规划资源部门 / 区建设管理部门 inside a noun's description "
               "(「…核发的…许可证」, round 30): " + R2NONE + "; 「在取得…后」 is a precondition, not a deadline: " + NODATE),
        S(["三", "3"],
          note="「区绿化市容局或特定区域管理机构收到…后，应依据…开展审查，书面征求区规划资源局、区市场监管局…、区委宣传部等相关部门意见」: "
               + CLOSED + " (开展审查, 征求); the consulted bodies (" + R3 + "): " + R2NONE + "; " + NODATE),
        S(["三", "4"], [], QU,
          note="「公示结束后，区绿化市容局或特定区域管理机构应组织修改、完善」 — " + SUBJ + " (组织修改); 「A或B」: both (round 30, "
               "「由A或B指定专人负责」: A and B are doers); 「区绿化市容局并应听取区政府意见后，上报市绿化市容局审查」: 区政府 consulted, "
               "市绿化市容局 receives (" + R3 + "); lead []; 「公示一个月」 (a Chinese numeral, a period) is no target and 「公示结束后」 "
               "orders the steps (no deadline): " + NODATE),
        S(["三", "5"], skip_deadline=True, not_targets=[(15, "个工作日")],
          note="「市绿化市容局…书面征求市规划资源局、市市场监管局意见」 and 「市规划资源局、市市场监管局应在15个工作日内将…意见书面反馈市绿化市容局」: "
               + CLOSED + " (征求, 反馈): " + R2NONE + "; 15个工作日内 is a time limit from receipt (" + REL + "), with no "
               "comparison word of the round-30 list: not a target (as plans-next95 read 五个工作日内); the feedback is a duty"),
        S(["三", "6"], [], QU,
          note="「区绿化市容局或特定区域管理机构应根据审查意见组织对《单项实施方案》（报审稿）进行修改、完善」 — " + SUBJ
               + " (组织＋对…进行修改); 「市绿化市容局将审查意见书面告知…」, 「市绿化市容局审核确认后予以行文批复」: " + CLOSED
               + " (告知, 审核确认, 批复 as plain verbs, no 由); lead []; " + NODATE),
        S(["三", "7"], skip_deadline=True,
          note="「市和区绿化市容局或特定区域管理机构应及时…予以公布，并应在每年年底前，将所有《单项实施方案》归并、汇总到区域实施方案中」: "
               + CLOSED + " (公布, 归并, 汇总): " + R2NONE + "; 「每年年底前」: " + YEARLY + " (the merging is kept in the bureau, "
               "no recipient: not a duty)"),
        S(["四"],
          note="「各区绿化市容局和特定区域管理机构…应加强日常监管，…应按照…要求，及时移送城管执法部门依法查处」 and 「管理部门应与城管执法部门"
               "加强沟通、积极配合」: " + CLOSED + " (加强, 移送; 配合 only after a doer of rule 2, and there is none); the 城管执法部门 "
               "receives the cases (" + R3 + "): " + R2NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "由区绿化市容局或特定区域管理机构于每年6月底前，集中向市绿化市容局提出修编申请", "when": "每年6月底前",
              "when_norm": "yearly (by the end of June)"},
             {"what": "市规划资源局、市市场监管局应在15个工作日内将相关审查意见书面反馈市绿化市容局", "when": "15个工作日内",
              "when_norm": None}],
     notes=["counting: every numbered leaf — 一、 (no children), 二、 1.–3., 三、 1.–7., 四、 (no children) → **12**. Accepted: 10 (the "
            "strict childless-section rule: 一、 and 四、 read as sections, plans-dev EXPECTED.md lines 21–25 — though each is a "
            "work point, not a 总体要求), 9 (二、's three 编制原则 read as principles, like the items of 总体要求 naming no unit, "
            "round 27) and 7 (both)",
            "samples: nine of 12, from 二、 to 四、 — 一、 is not sampled for doubt: its second paragraph 「由区绿化市容局或特定区域管理机构"
            "于每年6月底前，集中向市绿化市容局提出修编申请，由市绿化市容局征求…审查意见后批复执行」 reads, by the letter of the round-30 "
            "clarification, as an applicant (「由A提出申请」 is no unit) beside a doer (由市绿化市容局…批复执行), though the district "
            "bureaus' yearly request is administrative work and no beneficiary's application; its first paragraph has the owner "
            "as an applicant (「可向…提出…需求」) — not settled by CONVENTIONS for a body applying in its office; "
            "三、2. (「区绿化市容局…应及时告知建筑所有权人」, 「建筑所有权人…应将…材料提交…」) is a plain-subject step like 三、1.",
            "units: 组织＋verb by 「区绿化市容局或特定区域管理机构」 (三、4., 三、6.) are the only ruled clauses outside 一、; the or-joined "
            "pair is two doers (round 30); every other sentence has a plain subject (" + CLOSED + ") or names receivers and "
            "bodies consulted (" + R3 + ")",
            "dates: no item has a dated deadline — 每年6月底前 (一、) and 每年年底前 (三、7.) are yearly (" + YEARLY + "); 15个工作日内, "
            "公示一个月 and 「取得…后」 count from events; 2017-2035 names a plan's period; 2022年7月12日 the signing",
            "duties: the yearly request for revisions to the city bureau by 6月底前 (一、) and the 15-working-day written feedback "
            "to the city bureau (三、5.); the 上报 of 三、4. / 三、6. are steps of the procedure, not written as duties",
            "figures: 15个工作日 (a time limit, the one not-target check); 一个月 (Chinese numeral); document numbers "
            "(沪绿容〔2011〕34号 …) and 2017-2035 are not targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x99_02_shanghai-nongwei-2022-wailai-wuzhong-ruqin-fangkong-gongzuo-fangan.txt"
NYW, LR, HG = "市农业农村委", "市绿化市容局", "上海海关"
WAY = "上海市进一步加强外来物种入侵防控工作方案"

plan(X02,
     title=f"{WAY}（市农业农村委 市绿化市容局 上海海关 市生态环境局 市规划资源局关于印发《{WAY}》的通知）",
     title_note="the plan's own title (after the cover's date) or the notice title (the first line, bodies separated by spaces): either is accepted",
     doc_no="沪农委〔2022〕122号 (from the index; the stored text prints no number)",
     issuer="上海市农业农村委员会, 上海市绿化和市容管理局, 上海海关, 上海市生态环境局, 上海市规划和自然资源局",
     date="2022-06-30 (index; the cover is signed 2022年6月24日)",
     level="city commissions and bureaus with the customs (Shanghai), to the district governments and five city bureaus",
     source=shanghai_source(FOLDER, "市农业农村委 市绿化市容局 上海海关 市生态环境局 市规划资源局关于印发《上海市进一步加强外来物种入.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=2ee29aa3b0c045e79c77588e778b0407&siteId=0009", 3696),
     style="a forwarding cover (「现将《…》印发给你们」, five signing bodies, 2022年6月24日), then the plan: a preamble, 一、总体要求 "
           "(goal years 2025 / 2035, no children), 二、–九、 over （一）–（十五） numbered straight through; every item closes with a "
           "unit bracket — ASCII 「(…)」 in most, full-width 「（…）」 in （五）（六）（七）（九）（十）（十三）（十四）（十五） — of the forms "
           "「A、B、C牵头，D、E、F配合」, 「A牵头，B、C配合」, 「A、B、C等相关部门及各区按职责分工负责」, 「A、B等按职责分工负责」 or a bare "
           "「(上海海关)」; （十五） has no heading sentence; ASCII commas 「处置,筑牢」 「水葫芦,福寿螺」",
     leaf_tasks=15, count_alternatives=[16],
     leaf_tasks_by_section={"二、": 4, "三、": 3, "四、": 1, "五、": 2, "六、": 2, "七、": 1, "八、": 1, "九、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        L(["二", "（一）"], [NYW, LR, HG, "市规划资源局", "市水务局", "市生态环境局"], lead=[NYW, LR, HG],
          note="「(市农业农村委、市绿化市容局、上海海关牵头，市规划资源局、市水务局、市生态环境局配合)」: three leads by 牵头, the three "
               "配合 after them; " + R1 + "; " + NODATE),
        L(["二", "（二）"], [NYW, LR, HG],
          note="「(市农业农村委、市绿化市容局、上海海关按职责分工负责)」 — " + R1 + "; " + NOLEAD + "; the subjectless 「组织开展常态化监测」 "
               "adds nothing; " + NODATE),
        L(["二", "（三）"], [NYW, LR, HG], lead=[NYW],
          note="「(市农业农村委牵头，市绿化市容局、上海海关配合)」 — " + R1 + "; " + NODATE),
        L(["二", "（四）"], [NYW, LR, HG, "各区"],
          note="「(市农业农村委、市绿化市容局、上海海关等相关部门及各区按职责分工负责)」 — " + R1 + "; " + TAIL + "; " + NOLEAD
               + "; 「经监测发现…的，及时启动应急处置预案」 is a case inside the item; " + NODATE),
        L(["三", "（五）"], [NYW, LR, HG],
          note="「（市农业农村委、市绿化市容局、上海海关等按职责分工负责）」 (full-width brackets) — " + R1 + "; the final 「等」 dropped ("
               + TAIL + "); " + NOLEAD + "; " + NODATE),
        L(["三", "（七）"], [NYW, LR, "各区"],
          note="「（市农业农村委、市绿化市容局及各区按职责分工负责）」 — " + R1 + "; 「使用和经营单位或个人要采取…措施」 (a plain subject, "
               "and persons) adds nothing; " + TAIL + "; " + NOLEAD + "; " + NODATE),
        L(["四", "（八）"], [HG],
          note="「(上海海关)」: a bare unit bracket — " + R1 + "; the ASCII comma in 「处置,筑牢」 is the source's; " + NODATE),
        L(["五", "（九）"], [NYW, "市水务局", "各区"],
          note="「（市农业农村委、市水务局等相关部门及各区按职责分工负责）」 — " + R1 + "; " + TAIL + "; " + NOLEAD
               + "; 「水葫芦,福寿螺」 with an ASCII comma; " + NODATE),
        L(["六", "（十一）"], [HG, "市公安局"],
          note="「(上海海关、市公安局按职责分工负责)」 — " + R1 + "; " + NOLEAD + "; 「不法个人、单位」 are the objects of the work; "
               + NODATE),
        L(["八", "（十四）"], [NYW, LR, HG, "市水务局", "市生态环境局", "市规划资源局", "市公安局", "市科委", "市教委", "市财政局", "各区"],
          lead=[NYW],
          note="「（市农业农村委牵头，市绿化市容局、上海海关、市水务局、市生态环境局、市规划资源局、市公安局、市科委、市教委、市财政局等相关部门"
               "及各区按职责分工负责）」 — " + R1 + " (the members 「由…等部门组成」 of the mechanism it sets up, the 「负责同志」 persons "
               "and 「市、区财政部门…提供资金保障」 (a payer) would give nothing anyway: rule 3 / round 30); " + TAIL + "; " + NODATE),
        L(["九", "（十五）"], [NYW, LR, HG, "市生态环境局", "市规划资源局", "市科委", "市教委", "市水务局", "各区"],
          note="（十五） has no heading sentence (its first words 「利用互联网、移动终端…」); 「（市农业农村委、…、市水务局等部门及各区按职责分工"
               "负责）」 — " + R1 + "; " + TAIL + "; " + NOLEAD + "; the days named (全民国家安全教育日, 世界环境日 …) are no dates; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、总体要求 has no numbered children (a section: plans-dev EXPECTED.md lines 21–25; its goal years are the "
            "plan's); 二、–九、 hold （一）–（十五） → **15**. Accepted: 16 (一、 counted as a leaf). The cover's 「请结合实际认真抓好落实」 "
            "is an instruction, not a task (two documents under one cover, round 30: the forwarded plan's items are the tasks)",
            "samples: eleven of 15, from （一） to （十五）; every one takes its units from its closing bracket (" + R1 + ")",
            "units: 牵头 gives the lead, 配合 the rest (（一） has three leads); brackets without 牵头 give lead [] (a bare single "
            "unit accepted as lead); " + TAIL,
            "dates: no item has a date — 「到2025年」 / 「到2035年」 are the plan's goal years in 一、总体要求 (not the items'; no "
            "plan target is written, the goals having no figure); 2022年6月24日 the cover's signing; no phases",
            "duties: none (no report, filing or rhythm is written); no figures but document numbers (农科教〔2021〕1号) and years"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x99_03_shanghai-lvrongju-2022-shengtai-gongyilin-fuyu-guanli-yijian.txt"
GYL = "上海市生态公益林抚育管理意见（试行）"
QL = "区林业主管部门"

plan(X03,
     title=f"{GYL}（上海市绿化和市容管理局关于印发《{GYL}》的通知）",
     title_note="the forwarded 意见's own title (after the cover's date) or the notice title (the first line): either is accepted",
     doc_no="沪绿容〔2022〕97号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2022-06-09",
     level="city bureau (Shanghai 市绿化市容局), to nine district greening bureaus, four city-owned groups and the land reserve centre",
     source=shanghai_source(FOLDER, "上海市绿化和市容管理局关于印发《上海市生态公益林抚育管理意见（试行）》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=3e37aaf7-3e3b-48be-b1cf-39569484124e&siteId=0039", 2627),
     style="a forwarding cover (「现印发给你们，请按照执行」, 特此通知, date), then the 意见: a preamble, 一、适用范围 (scope, no children), "
           "二、总体要求 （一）–（五）, 三、抚育方式 (a one-line lead-in) （一）（二）, 四、重点抚育项目管理 （一）–（五） (（五） with an inline "
           "list 「1.项目立项材料；2.…9.验收报告等」, then the unnumbered line 「生态公益林一般抚育参照执行。」), 五、资金及来源 （一）–（三）, "
           "六、责任追究 and 七、附则 (no children); every （N） but 二、's opens with a headword and 「。」; standard numbers "
           "GB/T 15781 and DG/TJ08—2096; figures 30亩, 5000元/亩, 20000元/亩, 100元/亩",
     leaf_tasks=13, count_alternatives=[14, 15, 16],
     leaf_tasks_by_section={"二、总体要求 (（一）（三）（五）; （二）（四） name no body)": 3, "三、": 2, "四、": 5, "五、": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围 (scope: a general provision)", "六、责任追究", "七、附则 (entry into force: a general provision)"],
     samples=[
        S(["二", "（一）"], [], [LR, QL, "市属国企"],
          note="「市绿化市容局负责下达年度…计划，并抓好监督和考核；区林业主管部门及市属国企负责任务落实、实施、监管和验收，以及资金安排和拨付」: "
               "two 负责 clauses — " + SUBJ + "; 「A及B」 split (as plans-next94 split 「各部门及区局相关单位」); no 牵头: lead []; an "
               "item of 总体要求 that names units is a task (round 27); " + NODATE),
        S(["二", "（三）"],
          note="「区林业主管部门对号木进行验收，在此基础上完善作业设计后予以审批」: " + CLOSED + " (进行验收, 审批 as plain verbs, no 由): "
               + R2NONE + "; the item names a body, so it is counted (round 27; see notes); " + NODATE),
        S(["二", "（五）"], [], [QL], lead_alternatives=[[QL]],
          note="「抚育完成后由区林业主管部门开展检查验收」 — " + BY + "; 「如验收不合格，由区林业主管部门责令整改」 is a case inside the item "
               "(rule 3) and names the same body; 「抚育完成后」 counts from an event; " + NODATE),
        S(["三", "（二）"], targets=[(30, "亩")],
          note="重点抚育: 「单个地块连片面积原则上不低于30亩」 — " + THR + " (a floor of a standard); no body: " + R2NONE + "; " + NODATE),
        S(["四", "（二）"], [], [QL], lead_alternatives=[[QL]],
          note="「区林业主管部门组织专家对…作业设计进行评审后予以批复，并报市绿化市容局备案」 — " + PIVOT + " (专家 persons anyway); "
               "市绿化市容局 receives the filing (" + R3 + "); 「项目建设单位通过…，具有相应资质的调查和设计机构…编制作业设计，并报送区林业"
               "主管部门审批」: plain subjects (" + CLOSED + "); the filing is a duty; " + NODATE),
        S(["四", "（三）"], [], ["建设单位", "施工单位"], skip_deadline=True,
          note="「由建设单位通过…相关规定，确定具有相应专业能力的企业实施」 — " + BY + "; 「施工单位必须按照作业设计图、中标文件等组织施工」 — "
               + SUBJ + " (组织＋施工); 「确需调整的，由建设单位委托设计单位调整作业设计，报区林业主管部门核批」 is a case (rule 3: "
               "设计单位 and 区林业主管部门 give nothing); lead []; 「当年项目需当年完成」 names each project's own year, no date the "
               "plan can resolve: the deadline is not checked"),
        S(["四", "（四）"], [], ["施工企业", QL, "市属国企"],
          note="「施工结束后，由施工企业编制竣工报告，提出项目验收申请」 — " + BY + " (编制; the 申请 in the same clause does not make it "
               "an applicant's policy benefit: the report is the firm's work in the item) and 「区林业主管部门及市属国企组织对项目完成情况…"
               "进行项目验收」 — " + SUBJ + " (组织＋verb), in printed order; 「区林业主管部门及市属国企和项目建设单位应加强…检查」, "
               "「建设单位对…进行全面自查」: " + CLOSED + "; 「向区林业主管部门及市属国企提出验收申请」 names receivers (" + R3 + "); "
               "lead []; " + NODATE),
        S(["四", "（五）"],
          note="「各单位要完善项目档案管理」: a general call addressed to all (round 30): " + R2NONE + "; the inline 「1.项目立项材料；2.…；"
               "9.验收报告等」 are the materials of the archive inside the item's one line, not items; " + NODATE),
        S(["五", "（一）"], targets=[(5000, "元"), (20000, "元"), (100, "元")],
          note="「原则上一般抚育5000元/亩左右，重点抚育20000元/亩左右；…外业调查费，指导价不超过100元/亩」 — " + RATE + " (and " + THR
               + " for 不超过); no body: " + R2NONE + "; " + NODATE),
        S(["五", "（二）"],
          note="「由区林业主管部门及市属国企分别向区财政部门和企业财务部门提出的资金需求申请，列入年度预算」: the 由 clause sits inside a noun's "
               "description (「由A…提出的…申请」, round 30: not a doer of the item) and is an application (round 30, 「由A提出申请」 is "
               "no unit); the finance departments receive (" + R3 + "): " + R2NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区林业主管部门组织专家对生态公益林抚育项目作业设计进行评审后予以批复，并报市绿化市容局备案", "when": "作业设计批复后",
              "when_norm": None}],
     notes=["counting (two documents under one cover, round 30: the forwarded 意见's items are the tasks; the cover's 「请按照执行」 "
            "is no task): 二、 （一）–（五） 5 + 三、 （一）（二） 2 + 四、 （一）–（五） 5 + 五、 （一）–（三） 3 = 15 numbered leaves. 二、总体要求's "
            "（二） (「…应按照《…技术规程》的要求实施」) and （四） (「采伐林木需办理行政许可…」) name no body — items of 总体要求 naming no unit "
            "in a plan whose tasks name units are not tasks (seeds EXPECTED.md lines 3–5) → **13**. 一、适用范围 (scope) and 七、附则 "
            "(「本意见自公布之日起执行」) are general provisions (round 30); 六、责任追究 has no numbered children (a section by the "
            "strict rule, though it gives work: 「区林业主管部门及市属国企将…采取…措施」). Accepted: 14 (六、 counted), 15 (every numbered "
            "leaf) and 16 (both)",
            "samples: ten of 13, from 二、（一） to 五、（二）; none on 一、 / 七、 (general provisions) nor on 六、 (a section by the main count)",
            "not sampled for doubt: 四、（一） (「市属国企按项目所在地要求办理」: a plain subject — and whether 办理立项手续 is an applicant's act), "
            "五、（三） (「区林业、财政等部门或市属国企」: 「区林业、财政等部门」 one name by round 31's fields-sharing-one-head ruling, but "
            "only plain verbs 加强 / 核拨 follow), 三、（一） (no body)",
            "units: " + SUBJ + "; " + BY + "; " + PIVOT + "; " + CLOSED + "; 建设单位 / 施工单位 / 施工企业 are kinds of bodies (as "
            "plans-next95 read 建设单位); 市属国企 a group named by a kind",
            "dates: none in any item (「当年项目需当年完成」 has no year the plan fixes; 2016-2050年 names a plan; 2022年6月9日 the "
            "signing; 「自公布之日起执行」 entry into force); no phases",
            "duties: the filing of the approved design with 市绿化市容局 (四、（二）, at an event); the 资金需求申请 of 五、（二） is an "
            "application, not a report",
            "figures: 30亩 (不低于), 5000元 / 20000元 per 亩 (rates) and 100元 (不超过) are targets; GB/T 15781, DG/TJ08—2096 and "
            "沪绿容〔2019〕178号 are standard and document numbers; 「四化」 a name"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x99_04_shanghai-fenjianlianban-2022-jiceng-shenghuo-laji-fenlei-zonghe-guanli-fuwu-zhinan.txt"
ZN = "上海市基层生活垃圾分类综合管理服务工作指南"


def D(head, *args, **kw):
    """A sample under a decimal heading of x99_04: its path is the heading as printed (plans-next63's way)."""
    return S([head], *args, **kw, **at_line(X04, head.split(" ")[0] + " "))


plan(X04,
     title=f"{ZN}（关于印发《{ZN}》的通知）",
     title_note="the forwarded guide's own title (after the cover's date) or the notice title (the first line): either is accepted",
     doc_no="沪分减联办〔2022〕5号 (from the index; the stored text prints no number)",
     issuer="上海市生活垃圾分类减量推进工作联席会议办公室 (上海市绿化和市容管理局 代章)",
     date="2022-03-02",
     level="city joint-meeting office (Shanghai, sealed by 市绿化市容局), to the district offices",
     source=shanghai_source(FOLDER, "关于印发《上海市基层生活垃圾分类综合管理服务工作指南》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=b7754acc-26be-45a4-8d32-5be1b3dd9f92&siteId=0039", 4368),
     style="a forwarding cover (「现印发给你们，请参照执行」, two signers, date), then the guide in DECIMAL numbering: 「1 分类投放点」 … "
           "「5 保障措施」 (a space after the number), 「1.1 人工监管」 … 「4.2 法治落实」 heading lines over paragraphs, each mode "
           "closing with 「该模式适用于…」; 1 and 4 have a lead-in paragraph before their first sub-heading; 1.4 two unnumbered "
           "definitions (紧逼型 / 疏导型); 5.1–5.3 number and text on one line; units only in sentences (由街镇牵头, 由居委会…落实, "
           "由街镇城管部门落实, 各街镇…落实); figures 10%以上 / 90%以上, clock times 6:00～21:00",
     leaf_tasks=14, count_alternatives=[15, 13],
     leaf_tasks_by_section={"1": 4, "2": 2, "3": 4, "4": 2, "5 保障措施 (5.1, 5.2; 5.3 names no body)": 2},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        D("1.1 人工监管", ["街镇"], ["街镇"], targets=[(10, "%")],
          note="「由街镇牵头，通过居委会在居住区培育志愿者队伍…」 — CONVENTIONS.md rule 2 (「由A牵头」: lead A, responsible A); "
               "通过居委会 names a means, no 配合 (not a unit); 「（即又出现10%以上居民分类投放不自觉）的居住区分类投放点」 in the "
               "item's 适用 paragraph: a threshold with 以上 picking the objects of the work — " + THR + " (a share of residents, not "
               "an age band, round 31); " + NODATE),
        D("1.2 人工巡查监管", targets=[(90, "%")],
          note="「通过居委干部、志愿者队伍或者第三方专业机构人员…落实…巡查」 (means, no subject) and 「由居委干部或街镇城管队员进一步落实"
               "上门告知和普法宣传」: the agents of 由 are persons (CONVENTIONS.md round 30: a person is never a unit): " + R2NONE
               + "; 「90%以上居民垃圾分类习惯基本养成的」 — " + THR + "; " + NODATE),
        D("1.3 人工视频监管", targets=[(90, "%")], not_targets=[(3, "个月")],
          note="「街镇…或居委平台每日6:00～21:00、每15分钟有专人视频巡查一次」: a platform, no verb of rule 2: " + R2NONE + "; "
               "「视频监控数据可支持3个月回溯查询」 names a norm of the system with no comparison word (CONVENTIONS.md targets, round 30: "
               "not a target); 6:00 / 21:00 are clock times (not targets, not written as checks); 「每15分钟…一次」 not checked; "
               "90%以上 in the 适用 paragraph — " + THR + "; " + NODATE),
        D("2.1 区域化党建引领", [], ["各街镇"], lead_alternatives=[["各街镇"]],
          note="「各街镇对在居委会双报到的在职党员落实垃圾分类宣传、示范…等任务」 — " + SUBJ + "; " + GROUP + "; the subjectless "
               "「明确本街镇各级各类政府机关…党员担任…」 and the 适用 line (「可作为各街镇推进…措施」, 各街镇 in a description) add "
               "nothing; 「每年做一周周末志愿者」 a Chinese numeral; " + ONE + "; " + NODATE),
        D("2.2 居住区党建引领",
          note="「依托居住区党组织…」, 「组织居住区党员志愿者，进行垃圾分类巡检…」: 组织 with no subject written, 党员志愿者 persons: "
               + R2NONE + "; 「一是…二是…」 are not numbered items; " + NODATE),
        D("3.1 “线上+线下”联动宣传",
          note="「居住区和单位垃圾投放点、公告栏应设置…」, 「居住区和单位应利用…公众号…定期宣传…」: " + CLOSED + " (设置, 利用, 宣传): "
               + R2NONE + "; the heading opens with curly quotes; " + NODATE),
        D("3.4 绿色账户激励",
          note="「也可由可回收物主体企业建立相应的积分体系」: an option (CONVENTIONS.md round 30: 「可由A…」「也可由A…」 is not an "
               "assignment); 「为居民开通绿色账户」 has no subject: " + R2NONE + "; " + NODATE),
        D("4.2 法治落实", [], ["居委会", "街镇城管部门", "市级联席会议牵头部门"],
          note="three 由 clauses — 「由居委会通过志愿者或业委会委员或居委会干部落实第二次面对面宣传告知」, 「由街镇城管部门落实执法处罚程序」, "
               "「由市级联席会议牵头部门逐步拓展应用」 — " + BY + ", all their bodies in order (rule 2, several clauses); the persons "
               "after 通过 are means, 「将相关材料移交街镇城管部门」 makes it a receiver too (it is a doer by its own clause); "
               "「牵头部门」 is a noun (the joint meeting's lead department), not the verb 牵头: lead []; " + NODATE),
        D("5.1 各街镇应当将生活垃圾管理纳入基层社会治理工作的重点项目",
          note="「各街镇应当将生活垃圾管理纳入…，加强对基层居委会的协调、指导和资金支持…给予支持」: a group named by a kind with no verb of "
               "rule 2 (纳入, 加强, 给予) — a general call (CONVENTIONS.md round 30): " + R2NONE + "; counted as a task of 保障措施 "
               "because it names a body (round 27; see notes); " + NODATE),
        D("5.2 各街镇应将垃圾分类事件、部件纳入“一网统管”平台", [], ["各街镇"], lead_alternatives=[["各街镇"]],
          note="「各街镇应将…纳入…平台，…实现…闭环管理，落实垃圾分类日常巡查、重点人群管理和违规行为处罚跟踪的“一网统管”」 — " + SUBJ
               + " (落实); " + GROUP + "; " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (two documents under one cover, round 30: the guide's items are the tasks; 「请参照执行」 is no task): the "
            "leaves are the decimal sub-items — 1.1–1.4 4, 2.1–2.2 2, 3.1–3.4 4, 4.1–4.2 2, 5.1–5.3 3 = 15 (「1 分类投放点」 … "
            "「5 保障措施」 have children, so are not leaves, though 1's lead-in has work: 「由居委会…、业主委员会、物业共同协商设置」). "
            "5.3 (「逐步将…成效明显的居住区…作为…重要内容」) is an item of 保障措施 naming no body (seeds EXPECTED.md lines 3–5) → "
            "**14**. Accepted: 15 (every numbered leaf) and 13 (5.1 left out too: its 各街镇 acts with no verb of rule 2, if "
            "「names a unit」 is read by rule 2)",
            "paths: decimal headings are not numerals the scorer's path reading knows; each sample's path is its heading as "
            "printed (「1.1 人工监管」), found by its first words (plans-next63's way); 5.1 / 5.2 carry their text on the same "
            "line, so the path is that line's start",
            "samples: ten of 14, from 1.1 to 5.2; not sampled for doubt: 3.3 (「由居委、楼组干部进行核查…」: 「居委、楼组干部」 one name "
            "of persons by round 31's fields-sharing-one-head ruling, or 居委 a body and 楼组干部 persons), 4.1 (「由街镇通过区域化党建，"
            "引导…」, 「由居委牵头，与社区外口办联动」, 「由居委会组织楼组长…上门落实」: 居委 and 居委会 are one body printed two ways — two "
            "names as printed, or one — and whether 联动 joins 社区外口办 as 配合 does), 1.4 and 3.2 (no body; like 1.3 / 2.2)",
            "units: " + BY + "; 「由A牵头」; " + SUBJ + "; " + GROUP + "; persons (居委干部, 街镇城管队员, 志愿者, 党员) are never "
            "units; an option 「也可由A」 is no assignment (round 30)",
            "dates: none in any item (「2022-2024年，市级第三方巡查均达到示范标准」 in 5.3 describes which estates count; 2022年3月2日 "
            "the signing); no phases; no duties (移交 / 同步至平台 are steps, no report to a body)",
            "figures: 10%以上 and 90%以上 (thresholds with 以上, round 30) are targets; 3个月 (a retention norm), 6:00～21:00 (clock "
            "times), 每15分钟 and the Chinese numerals (一个月, 一周, 第二次) are not; 3个月 is the one not-target check"])

write_collected(DIR)
