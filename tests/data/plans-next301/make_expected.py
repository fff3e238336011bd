# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next301/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 59 (built by helper c301): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``); every answer was written here by
reading the texts, with ../CONVENTIONS.md (its head in full, "Round 70 rulings, written early" to its end in full, older
rulings where a grep for a form led) applied to every item. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next301/make_expected.py tests/data/plans-next301
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit below), typed from the "
          "answer; only the repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank "
          "lines around them, the `# ` marker before the notice title), cut by a script at the first 「\\n# 」")


def src(commit, path, url, chars, typed, extra=""):
    return (f"{REPO} @ {commit}, docs/市政与基础设施/{path} (official page {url}) — {STORED}; the typed file (wrapper + "
            f"text) had {typed} characters against read_file's total_chars {chars}{extra}")


C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("outside 第X条 articles rule 2's list is closed (rounds 30, 44; round 74's x294_01 「公安局要合理布置警力…」, x295_03 "
          "「A要协调B…开展…」): 编制, 开展 without 组织, 进行, 加大, 查处, 公示, 建立, 明确, 受理, 督促, 指导 without 负责 name none, "
          "要／应 before them changing nothing")
PERSON = ("a person is never a unit (rule 3; round 30: 「由分管副区长牵头」; round 34: a person's role — 负责人, 责任人, 联系人 — never "
          "is; round 70's x289_06 a person named with a post): the 四长 are the heads of four bodies named as persons "
          "(地铁站长, 轨交公安警长, 派出所所长, 街镇长: the plan's own definition in its preamble and 附件2's roster of names)")
HEAD4 = ("the run of 二/（二） is 「1．轨道交通站长职责」…「4．属地街镇长职责」, each over （1）–（3） with no subject of their own: the "
         "heading's person is the subject (rule 1 inherits a heading's units; a person gives none)")
PIVOT = ("the object of a pivot 「组织B开展」「督促B整改」「指导B制定」 is not a unit, and the pivot's subject is a doer only by a verb "
         "of rule 2's list (round 30 clarifications)")
SENDING = ("a sending names no doer (round 75's x290_04 第十三条; round 70's x286_01 第四条（三）1、): it is a duty of the plan's "
           "bodies (round 32: a plan unit's sending to the plan's office is one)")
OPTION = ("可／可以 reaches every verb joined to it (round 49 p46b; round 70's x290_04; round 74's x296_02 五、): an option "
          "assigns nothing")

# ---------------------------------------------------------------------------------------------------------
X01 = "x301_01_jingan-2017-guidao-jiaotong-chezhan-dakeliu-sichang-liandong-yingji-chuzhi-shishi-fangan.txt"
P01 = "静安区落实轨道交通车站应对大客流“四长联动”应急处置工作的实施方案"
N01 = "上海市静安区人民政府办公室关于转发区应急办《静安区落实轨道交通车站应对大客流“四长联动”应急处置工作的实施方案》的通知"
FOUR = ["轨道交通车站", "轨交公安", "属地派出所", "属地街镇"]
Y17 = "the year is the plan's own, printed in the item (2017年…)"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the forwarded plan's title, printed on three lines (7, 9, 11) and read as one, or the notice's title (line 1): "
                "either (round 30: two documents under one cover are one plan, its title or the notice's; round 45's pair)",
     doc_no="静府办发〔2017〕39号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市静安区人民政府办公室 (forwarding the district emergency office's plan)",
     date="2017-08-04",
     date_note="the index's and the front matter's date; the text prints no date of its own; its items print 2017 dates "
               "(2017年6月30日, 9月30日, 10月)",
     level="district (Shanghai Jing'an), a forwarding notice over the district emergency office's plan for the "
           "「四长联动」 mechanism (station master, rail police chief, local police station chief, street/town head) "
           "against crowds at metro stations",
     source=src(C49, "上海市静安区人民政府办公室关于转发区应急办《静安区落实轨道交通车站应对大客流“四长联动”应急处置工作.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=ba7b5156-8e5e-4d9f-bfa1-01ac8766ec35&siteId=0072",
                5403, 5403),
     style="a forwarding notice (addressees, one sentence); the plan's title on three lines; a preamble; 一、工作目的 (two "
           "paragraphs, no unit); 二、主要职责 with （一）各方职责 (two paragraphs of bodies' duties) and （二）“四长”职责 over "
           "1．–4． (full-width ．), each with （1）–（3） run-in headings; 三、工作要求 （一）–（五） run-in; 四、工作安排 （一）–（三） by "
           "quarter with 2017 dates; an attachment list, 附件1 (a flow chart, title only) and 附件2 (a roster of station, "
           "line and the four heads' names, one cell a line)",
     leaf_tasks=21, count_alternatives=[9, 18],
     leaf_tasks_by_section={"二/（一）": 1, "二/（二）": 12, "三": 5, "四": 3},
     childless_top_level_sections=["一、"],
     samples=[
        S(["二", "（一）"], [], ["区应急办", "区建管委", "市交通委", "区公安分局", "各属地派出所", "区市场监管局", "区城管执法局", "街镇"],
          responsible_alternatives=[["区应急办", "区建管委", "区公安分局", "各属地派出所", "区市场监管局", "区城管执法局", "街镇"]],
          note="「（一）各方职责 区应急办负责对…协调指导。区建管委负责…沟通联系市交通委启动公交保障等措施。区公安分局负责指导各属地派出所做好…工作。区市场"
               "监管局做好…工作。区城管执法局与街镇共同做好…工作。各属地派出所和街镇负责协助…具体实施…工作。 各相关单位要做好突发事件信息报送工作，一旦"
               "发生…，及时报区总值班室，相关职能部门针对突发事件开展应急处置工作。」 — a heading of 职责 gives out work, so every body the text "
               "gives work is a unit, whatever the verb (rounds 34, 35: 「A指导B开展…」 under it gives A and B; round 36: 「A牵头协调联系B…」 "
               "both), in printed order, each body once: 市交通委, given 启动公交保障 by 沟通联系, is in (round 36; RULING? 1 — the "
               "list without it accepted); 各相关单位 is a bare 单位 call (rounds 33, 74's x293_01 5.1), 区总值班室 a receiver (rule 3), "
               "and 相关职能部门's 开展应急处置 stands inside the case 「一旦发生…」 (rule 3); 和／与 part whole names (round 34); "
               "lead [] (no 牵头); " + NODATE),
        S(["二", "（二）", "1", "（1）"], [], [], responsible_alternatives=[["轨道交通站长"]],
          note="「（1）负责牵头组织落实。牵头建立和落实“四长联动”各项机制；修订车站“四长联动”工作预案，并定期组织开展联合演练，…突发事件情况下，负责…启动"
               "“四长联动”机制，…牵头组织现场应急处置…」 — " + HEAD4 + "; " + PERSON + " — " + NONE + "; [轨道交通站长] accepted "
               "(the heading read as a unit heading for the post, RULING? 2); a task: it gives work (RULING? 2 asks whether the "
               "heads' duties are tasks at all, round 36's 「护林员职责」); " + NODATE),
        S(["二", "（二）", "1", "（3）"], [], [], responsible_alternatives=[["轨道交通站长"]],
          note="「（3）负责牵头开展联合整治。牵头组织轨交公安、属地派出所以及属地街镇，定期对车站周边秩序开展联合整治，并建立长效机制…」 — " + HEAD4
               + "; " + PERSON + "; " + PIVOT + " — " + NONE + "; [轨道交通站长] accepted (RULING? 2); " + NODATE),
        S(["二", "（二）", "3", "（2）"], [], [],
          note="「（2）积极配合联合整治。配合轨交车站、轨交公安以及属地街镇，定期对车站周边秩序开展联合整治…」 under 「3．属地派出所长职责」 — the "
               "partner is a person (" + PERSON + "); 「配合A实施…」 gives the partner and A (round 36; round 74's x297_01 五、9.) only by a "
               "verb of rule 2 after A, and 开展 without 组织 is none (round 74's x295_03) — " + NONE + "; " + NODATE),
        S(["二", "（二）", "4", "（2）"], [], [], responsible_alternatives=[["属地街镇长"]],
          note="「（2）积极配合联合整治。负责组织运用辖区组织资源、人力资源、设施资源，维护轨交车站出入口的环境秩序。配合轨交车站、轨交公安及属地派出所，定期…开展联合"
               "整治…」 — 负责组织 has the heading's person for its subject (" + HEAD4 + "; " + PERSON + "); the 配合 clause as in 3/（2） "
               "— " + NONE + "; [属地街镇长] accepted (RULING? 2); " + NODATE),
        S(["三", "（一）"], [], [], responsible_alternatives=[["属地派出所", "街道"]],
          note="「（一）定期会商。属地派出所和街道要积极配合落实“四长联动”机制，定期参加…工作例会，听取…汇报，了解…情况…，协调解决…问题，确保…按时完成。」 — "
               "配合 needs a doer (round 34: an item whose only verbs are 配合／结合 names none; 配合落实 is 配合 with its object), and "
               "参加, 听取, 了解, 协调解决 are outside rule 2 (" + CLOSED + ") — " + NONE + "; the two accepted (落实 read as the "
               "verb, RULING? 3); a task: a 要求 section that holds the plan's own content is read like any section (round 70's "
               "x288_04 五、, turned); " + NODATE),
        S(["三", "（二）"], [], [], responsible_alternatives=[FOUR],
          note="「（二）预案编制。轨道交通车站、轨交公安、属地派出所和属地街镇要根据工作职责和应对流程，编制本单位大客流应急疏散的具体应急预案…」 — "
               + CLOSED + " — " + NONE + "; the four accepted; " + NODATE),
        S(["三", "（四）"], ["轨道交通车站"], ["轨道交通车站"], lead_alternatives=[[]], targets=[(1, "次")],
          note="「（四）联动演练。由轨道交通车站牵头，每年组织一至二次应对大客流疏散的拉动演练，…对于演练中发现的问题，相关单位要及时商讨和改进。」 — "
               "由A牵头 with the work after it (round 70's x287_01 2.3: lead A), 相关单位 a call (round 33); 「每年组织一至二次」: "
               "the number of work the item sets (round 62 decided; round 70's x288_05) given as a range, read at its lower "
               "edge (round 32) → 1 次 (RULING? 4: 一 here is a count, not round 74's article 「一艘」); 每年 a rhythm, no "
               "deadline (round 34); " + NODATE),
        S(["三", "（五）"], [], FOUR,
          note="「（五）措施保障。轨道交通车站、轨交公安、属地派出所和属地街镇要根据…工作要求，落实人员力量、配备相关应急设施…」 — 落实 is rule 2's "
               "whatever its object (round 66's p46d; round 74 continued: 「镇防指落实…」), its subjects the four in printed "
               "order, 和 parting whole names (round 34); lead [] (no 牵头); " + NODATE),
        S(["四", "（一）"], [], ["各轨道交通车站"], lead_alternatives=[["各轨道交通车站"]], dl="2017年6月30日前", dln="2017-06-30",
          note="「（一）第二季度： 2017年6月30日前，全区各轨道交通车站与属地街镇、派出所要全面完成“四长联动”应急处置工作的对接，成立四长联合工作小组。各轨道交通"
               "车站按…备案表要求上报联系人，并组织实施“四长联动”应急处置方案的建立。」 — a stage with its work written under it is a phase "
               "and a task (rounds 32, 33); 组织实施 is rule 2's own example (各轨道交通车站, a kind), 完成 and 成立 are not (round "
               "30), 上报联系人 a duty (below); " + ONE_LEAD + "; the item's date is its deadline (EXPECTED.md), " + Y17),
        S(["四", "（二）"], [], [], dl="2017年9月30日前", dln="2017-09-30",
          note="「（二）第三季度：全面落实建立“四长联动”应急处置工作机制。2017年9月30日前，在全区已开通的轨道交通车站全面落实建立…机制，建立例会制度、"
               "完成预案编制…。对于后续新开通站点必须在开通运营前实现…同步落实。」 — 落实 with no subject in the paragraph names none "
               "(round 34: a subjectless verb gives no doer; round 74's x293_04 「落实A牵头…的X机制」) — " + NONE + "; deadline the "
               "printed date (EXPECTED.md; 「开通运营前」 a time from an event, round 34), " + Y17),
        S(["四", "（三）"], [], [], dl="第四季度", dln="2017-12",
          note="「（三）第四季度：检查“四长联动”应急处置机制建立落实情况。2017年10月起，区相关部门与各街镇重点开展督查。检查…，并采取不提前预告方式进行"
               "拉练…」 — " + CLOSED + " (开展督查, 进行拉练) — " + NONE + "; 「2017年10月起」 is a start, no deadline, and a stage's "
               "span gives its items their deadline, the span's end, where the item writes none (rounds 35, 36) → 2017-12 "
               "(the fourth quarter of 2017, RULING? 5: or unchecked)"),
     ],
     plan_targets=[],
     phases=[{"name": "第二季度", "start": "2017-04", "end": "2017-06",
              "note": "四/（一）: a stage named by its quarter, with work under it (a phase and a task, rounds 32, 33), under 「四、工作安排」 (round 33: "
                      "stages in a 时间安排 section); year printed in its text"},
             {"name": "第三季度", "start": "2017-07", "end": "2017-09", "note": "四/（二）, as above"},
             {"name": "第四季度", "start": "2017-10", "end": "2017-12",
              "note": "四/（三）, as above; 「2017年10月起」 is its start"}],
     duties=[{"what": "各相关单位要做好突发事件信息报送工作，一旦发生轨道交通突发事件，根据突发事件信息报送工作要求，及时报区总值班室",
              "when": "一旦发生轨道交通突发事件", "when_norm": None,
              "note": "二/（一）'s second paragraph: the plan's bodies report events to the district duty room (round 32: a sending to "
                      "the plan's office is a duty; round 70's x297_01 五、9.: a sending of what a body meets in its work, "
                      "undated), a time from an event (round 34)"},
             {"what": "各轨道交通车站按“四长联动”应急处置组织机构备案表要求上报联系人",
              "when": "2017年6月30日前", "when_norm": "2017-06",
              "note": "四/（一）: naming a liaison is a duty (plans-dev EXPECTED.md: duties to report, submit, file or name a "
                      "liaison), dated by its stage's printed date"}],
     notes=["counting (leaf tasks; the forwarding notice is one plan with the plan it forwards, round 30): 一、工作目的 (a "
            "childless 工作目标-like section naming no unit: a section, plans-dev EXPECTED.md lines 21–25; round 34) no task; "
            "二/（一） 1 (two paragraphs under one heading; the second, unnumbered, is its body, rounds 32, 34); 二/（二） 1．–4． "
            "（1）–（3） 12 (the four heads' duties: work given, a person as subject); 三、 （一）–（五） 5 (a 要求 section holding "
            "the plan's own content, round 70's x288_04); 四、 （一）–（三） 3 (stages with work: phases and tasks, rounds 32, 33); "
            "the attachment list, 附件1's title and 附件2's roster (names of persons in cells, no work) no tasks → **21**. "
            "Accepted: 9 (二/（二）'s twelve heads' duties read as persons' own duties, no tasks — round 36's 「护林员职责」; "
            "RULING? 2), 18 (三/（一）–（三）, 要求 items naming no unit, read by round 27's line).",
            "units: the 职责 heading of 二/（一） gives every body there its place (rounds 34–36); the heads of 二/（二） are persons; "
            "in 三、 and 四、 rule 2's closed list (headed points, not articles)",
            "dates: the stages' printed dates 2017年6月30日, 9月30日 and 10月起; the plan's date 2017-08-04 (index)",
            "figures: target 1 次 (三/（四）, 一至二次); unchecked: 9条, 18个 (一、, present figures), 第53次 (the cover, a meeting's "
            "ordinal)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x301_02_shi-jiaotongwei-2025-jiaqiang-wajue-daolu-guanli-zhidao-yijian.txt"
P02 = "加强本市挖掘道路管理指导意见"
N02 = "上海市交通委员会关于印发《加强本市挖掘道路管理指导意见》的通知"
JT = "交通行政管理部门"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the opinion's own title line (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪交设养〔2025〕38号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市交通委员会",
     date="2025-01-20",
     date_note="the notice is signed 2025年1月20日 (the index: 2025-01-21)",
     level="the city transport commission (Shanghai), an opinion on managing road excavation: the yearly excavation plan, "
           "permits, supervision after approval, reinstating the road, night works",
     source=src(C49, "上海市交通委员会关于印发《加强本市挖掘道路管理指导意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=2af08b589e704a5ebf5afd55031c74df&siteId=0010",
                3561, 3555, "; the six characters missing lie between read_file offsets 800 and 1199 (paragraphs （二）–（三）), "
                "where the answer's visible text and the typed text agree character for character: invisible characters in the "
                "stored file (carriage returns or zero-width marks), not shown by the answer and so not typed"),
     style="a notice (addressees 各有关单位, one sentence, 特此通知, issuer and date); the opinion's title line and a preamble; five "
           "headings 一、–五、 over run-in items （一）–（十九） numbered straight through, one paragraph each",
     leaf_tasks=17, count_alternatives=[16, 18, 19],
     leaf_tasks_by_section={"一": 3, "二": 3, "三": 3, "四": 3, "五": 5},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（二）"], ["市" + JT], ["市" + JT, "市住房和城乡建设、规划资源等部门"], lead_alternatives=[[]],
          note="「（二）加强跨部门协同管理。除涉及零星掘路、应急抢修掘路施工外，市交通行政管理部门会同市住房和城乡建设、规划资源等部门制定全市综合掘路计划。各区交通"
               "行政管理部门应当在…基础上，制订以月为单位的实施计划…。对挖掘同一位置的多个工程建设单位，应当明确牵头单位统筹工序安排…」 — 「A会同B＋verb」: "
               "lead A (lead [] accepted), responsible A, B (rule 2); fields before one head with 等 are one name as printed (round 31: "
               "「人事、卫生等部门」; 等 not final, kept); 制订 is outside rule 2's closed list (" + CLOSED + "); the builders in the "
               "对-phrase and the 牵头单位 to be named are objects of 明确 with no subject (round 34) and a body the item defines "
               "(round 30) — none; " + NODATE),
        S(["二", "（五）"], [], [], not_targets=[(5, "年"), (3, "年")],
          note="「（五）加强许可与计划对接。对于建设工程涉及挖掘道路施工的，要严格按照年度综合掘路计划开展具体审批工作，不得随意套用…。…可以通过…专用通道进行申请。"
               "对无掘路计划、新改扩建道路五年内或者大修道路三年内的挖掘道路施工申请应当予以严格控制。」 — 要／不得 with an act gives work, no body "
               "named — " + NONE + "; 「新改扩建道路五年内」「大修道路三年内」: figures inside the noun naming the class of applications the "
               "item picks are classes, no targets (round 58; round 70's x287_01 4.1 governs, x297_04 三、(六)1、), 内 after a "
               "time from an event no 以内 (rounds 33, 34) → 5 年, 3 年 not_target (Chinese numerals 五年, 三年); " + NODATE),
        S(["三", "（十）"], [], [], responsible_alternatives=[[JT]],
          note="「（十）规范施工信息公示制度。交通行政管理部门应定期公示经许可同意实施的挖掘道路施工信息，…可以在施工前通过官方公众号…进行宣传告知。」 — "
               + CLOSED + " (公示); 可以 an option (" + OPTION + ") — " + NONE + "; [交通行政管理部门] accepted; 定期 no date; " + NODATE),
        S(["四", "（十二）"], [], [JT], lead_alternatives=[[JT]],
          note="「（十二）规范修复管理流程。通过行政事业性收费方式收取工程建设单位缴纳道路挖掘修复费的，由交通行政管理部门负责落实道路修复。工程建设单位自行修复的，"
               "交通行政管理部门应当严格审查…修复方案…。加强对…沟槽回填的验收…」 — 由A负责＋work names A (rule 2); the two 「…的」 clauses "
               "divide the item's own work, not a contingency (round 34: 「实行X的由A负责，未实行X的由B负责」, both doers), and the "
               "builder that pays or reinstates for itself is a party (round 30's applicant); 审查 outside the list; "
               + ONE_LEAD + "; " + NODATE),
        S(["五", "（十八）"], [], [], responsible_alternatives=[[JT, "生态环境、城管执法等部门"]],
          note="「（十八）加强定期巡查监督。重点结合投诉处理，交通行政管理部门可以会同生态环境、城管执法等部门开展跨部门联合巡查监管。对监管中发现问题的，可以对工程"
               "建设单位、施工单位开展约谈工作；情节严重的，列为重点监管对象加强后续备案审查，涉嫌违法的依法移交有关部门处理。」 — 可以会同 is an option "
               "(" + OPTION + "), so 会同 assigns nothing; the steps after the semicolon, taken on cases with no 可以 and no body "
               "named, give work (a task naming none; round 60's x71_03: a step after a breach names its agent only by a form "
               "of rule 2) — " + NONE + "; the 会同 pair accepted (RULING? 7); " + NODATE),
        S(["五", "（十九）"], [JT], [JT, "属地基层社区力量"], lead_alternatives=[[]], responsible_alternatives=[[JT]],
          note="「（十九）完善信访处置机制。交通行政管理部门要充分依托街道办事处、镇政府、居委会等基层社区力量，加强…宣传，对信访投诉的及时回复、解释。指导工程建设"
               "单位、施工单位制定…预案，成立应急处置工作小组，建立专项处置机制。针对投诉数量多、重复投诉的，交通行政管理部门应当协同属地基层社区力量，共同做好"
               "夜间施工居民矛盾化解工作。」 — 「A协同B＋verb」 reads as 「A会同B＋verb」 (round 30): lead A (lead [] accepted), "
               "responsible A, B; B, 「属地基层社区力量」, is the group of bodies the item names before (街道办事处、镇政府、居委会等"
               "基层社区力量), a group named by a kind (rule 2's 「a group of bodies」), 属地 part of the name (rounds 40, 55); 依托 and "
               "指导 without 负责 name none, the builders the pivot's objects (" + PIVOT + "); the 「针对…的」 clause says when, the "
               "item's whole answer to repeated complaints; [交通行政管理部门] alone accepted (力量 read as no body, RULING? 8); " + NODATE),
        S(["一", "（一）"], [], [],
          note="「（一）完善源头管理。本市挖掘道路施工实行源头管理，遵循严格限制、总量控制和综合平衡的原则，优先安排综合性项目。原则上同一道路断面一年内不得重复开挖，"
               "…除外。」 — 本市 is the city as a place, no body (round 57); 实行 and 安排 are outside rule 2's list (" + CLOSED + "); "
               "不得 with its act gives work (round 67's x280_04), a task — " + NONE + "; 「一年内」 unchecked (a time span with 内, "
               "no comparison word: round 33's deadline rule; not sampled as a figure); " + NODATE),
        S(["三", "（九）"], [], [],
          note="「（九）加强在建掘路施工巡查。充分利用网格化巡查…加强…检查，切实抓好掘路修复验收。重点按照审批阶段工程建设单位提交的施工范围…开展过程监管，对未按承诺"
               "认真履行的要开展约谈并督促整改。」 — work with no subject; the builder inside the description of 施工范围 is no doer (round 30: "
               "a body inside a noun's description) — " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the notice 「…现予印发，请遵照执行。」 is one plan with the opinion it issues, round 49's x229_04): "
            "（一）–（十九） are the leaves under 一、–五、; （三） 「…工程建设单位可以在计划开工30日前提出计划补录申请…。鼓励积极跟进…，…工程建设单位可以在"
            "计划开工10日前提出申请并予以跟进。」 (only 可以 and 鼓励: round 74's x296_02 五、 — no task) and （八） 「…抢修单位可以在通知交通"
            "行政管理部门的同时先行实施管线抢修，并在二十四小时内…办理手续。」 (可以 reaching the 并 clause: round 70's x290_04) no tasks; the "
            "other 17 give work by 要／应当／不得 or a bare act, no body named in most → **17**. Accepted: 18 or 19 (（三） and／or "
            "（八） counted: the run-in headings 「严格控制…」「规范…管理」 read as work, or （八）'s 二十四小时内 read as owed, RULING? 6), 16 "
            "（（十八） read as options throughout, RULING? 7).",
            "units: headed points, not articles: rule 2's closed list (round 44); 会同 and 协同 name their pairs; 由A负责 names A; "
            "交通行政管理部门 is a kind (rule 2), the 工程建设单位 a party applying for itself (round 30)",
            "dates: 2025年1月20日 (the notice); no item is dated (30日前, 10日前, 二十四小时内: times from events)",
            "figures: not targets 5 年, 3 年 (（五）, classes inside a noun); unchecked: 30 日, 10 日 (（三）, no task), 二十四小时 "
            "（（八）, no task), 一年内 （（一））"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x301_03_shi-jiaotongwei-2024-daolu-yunshu-liang-lei-renyuan-anquan-kaohe-guanche-tongzhi.txt"
N03 = "上海市交通委员会关于贯彻实施《道路运输企业主要负责人和安全生产管理人员安全考核管理办法》的通知"
DUTY03 = ["上海市交通委员会", "临港新片区管委", "各区交通管理部门", "上海市交通委员会职业资格中心", "上海市道路运输事业发展中心",
          "市交通委、临港新片区管委会、各区交通管理部门所属相关单位", "市交通委、临港新片区管委会、各区交通管理部门所属执法单位"]
DUTY03_SPLIT = ["上海市交通委员会", "临港新片区管委", "各区交通管理部门", "上海市交通委员会职业资格中心", "上海市道路运输事业发展中心",
                "市交通委", "临港新片区管委会", "各区交通管理部门所属相关单位", "各区交通管理部门所属执法单位"]

plan(X03,
     title=N03,
     title_note="the notice's title (line 1): the notice is the document, its points the plan's items",
     doc_no="沪交安〔2024〕1015号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市交通委员会",
     date="2024-12-31",
     date_note="signed 2024年12月31日; in force from its issue (本《通知》自下发之日起执行)",
     level="the city transport commission (Shanghai), a notice putting into effect the Ministry's rules on safety tests "
           "for road-transport firms' principals and safety managers: who is tested, the bodies' duties, four requirements",
     source=src(C2B, "上海市交通委员会关于贯彻实施《道路运输企业主要负责人和安全生产管理人员安全考核管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::99dca899951a421ab5339c42f6e87805", 2435, 2435),
     style="a notice: addressees (the first cut to 「港新片区管委会」 as stored), a preamble, three headed points: 一、考核对象 "
           "(persons' obligations, definitions, options), 二、职责分工 (six unnumbered paragraphs, one body or group each, "
           "以下简称 brackets), 三、工作要求 （一）–（四） with the heading on its own line and a paragraph under it; an unnumbered "
           "paragraph after （四）, the entry into force, 特此通知, issuer and date",
     leaf_tasks=5, count_alternatives=[4, 6],
     leaf_tasks_by_section={"二": 1, "三": 4},
     childless_top_level_sections=["一、"],
     samples=[
        S(["二"], [], DUTY03, responsible_alternatives=[DUTY03_SPLIT, DUTY03[:5]],
          note="「二、职责分工」 over six paragraphs 「上海市交通委员会（以下简称市交通委）负责指导和监督…，负责组织实施…作废工作。」「临港新片区管委、各区交通管理部门会"
               "负责具体指导和监督…。」「上海市交通委员会职业资格中心（以下简称…）负责组织实施…。」「上海市道路运输事业发展中心（以下简称市道运中心）负责组织实施…。」"
               "「市交通委、临港新片区管委会、各区交通管理部门所属相关单位…进行监督检查。」「市交通委、临港新片区管委会、各区交通管理部门所属执法单位…进行监督"
               "检查；…要按照…规定进行处罚。」 — a childless section of unit paragraphs is one task (round 32), and a 职责分工 heading makes "
               "every body given work a unit, any verb (rounds 34, 35), in printed order; 「（以下简称…）」 dropped (round 35); names "
               "as printed (round 36; round 74's 「中源教育诗社经」: 临港新片区管委 and 「各区交通管理部门」 before 「会负责」 kept as "
               "printed); 「A、B、C所属相关单位」 read as levels before one head, one name as printed (round 31's fields; round 74's "
               "x297_04 「区或镇的建设管理部门」 governs) — the split reading and the five by 负责 only accepted (RULING? 9); the "
               "persons (两类人员) are none; lead [] (no 牵头); " + NODATE),
        S(["三", "（二）"], [], ["市交通委职业资格中心"], lead_alternatives=[["市交通委职业资格中心"]],
          note="「（二）严格考核管理 市交通委职业资格中心要加强组织领导，落实考试组织的各项条件保障，严肃考场纪律，确保…。要畅通考生咨询渠道…。参加考试的道路运输企业"
               "“两类人员”应严格遵守考场纪律。」 — 落实 is rule 2's whatever its object (round 66's p46d), its subject the centre by its "
               "short name as printed (round 43: one body printed two ways, each as printed), carried to 要畅通 (round 34: an "
               "elided subject carries over inside one paragraph); the persons taking the test are none (" + "a person is never "
               "a unit" + "); " + ONE_LEAD + "; " + NODATE),
        S(["三", "（三）"], [], [], responsible_alternatives=[["各执法单位"]],
          note="「（三）强化监督执法 道路运输企业“两类人员”不得…获取考核合格证明，不得涂改…。一经发现，将依法依规严肃处理。各执法单位依法加大…执法监督，及时查处相关"
               "违法行为。」 — 不得 binds persons (a rule for them, round 65's x274_02); 加大 and 查处 are outside rule 2 (" + CLOSED + "); "
               "将 nothing (round 47) — " + NONE + "; a task (the 执法单位's work); [各执法单位] accepted; " + NODATE),
        S(["三", "（四）"], [], [], responsible_alternatives=[["各相关部门、单位"]],
          note="「（四）加大宣贯力度 各相关部门、单位要切实加大…宣贯力度，让企业了解…。」 and the unnumbered paragraph after it 「各相关部门、单位要将此通知转发至本辖区、"
               "本领域所监管道路运输企业，并加强宣贯，督促企业按照要求认真落实安全考核有关要求…」 (an unnumbered paragraph after the last item "
               "that gives work is that item's body, rounds 32, 34; round 70's x288_06) — 加大, 转发, 加强 are outside the list, "
               "and 落实 belongs to 企业, the object of the pivot 督促 (" + PIVOT + "; round 70's x288_06's 「督促有关单位…落实」 carried "
               "the subject before the pivot only to a verb after a comma with no subject) — " + NONE + "; 「各相关部门、单位」 (one "
               "name, kinds sharing 各相关: round 32's 「各有关委、办、局」) accepted; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; a notice of headed points, round 34's early ruling): 一、考核对象 (what the tested persons must "
            "do — a rule for persons, round 65's x274_02 —, two definitions, two 可参照 options: no work for the plan's bodies) "
            "no task; 二、 1 (a childless section of unit paragraphs, round 32); 三、 （一）–（四） 4 (a 要求 section read like any "
            "section, round 70's x288_04) → **5**. Accepted: 4 (三/（一） 「…要认真贯彻落实…，高度重视…，切实做好…宣贯和组织实施…」 read "
            "as a 要求 item that only urges, round 70), 6 (一、 counted as a point of work: 「应当在…6个月内参加安全考核」).",
            "units: the 职责分工 heading (rounds 34, 35) in 二、; elsewhere rule 2's closed list; persons none",
            "dates: 2024年9月20日 (the Ministry's issue), 2024年12月31日 (the notice); no item is dated; no phases; no duties",
            "figures: unchecked: 6个月内, 1年内 (一、, no task; times from an event, round 33)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x301_04_shi-jiaotongwei-2022-gonggong-jiaotong-qiye-xinxi-gongkai-guiding-guanche-tongzhi.txt"
N04 = "上海市交通委员会关于贯彻落实 《公共交通企业信息公开规定》的通知"
QU = "市、区交通运输管理部门"

plan(X04,
     title=N04,
     title_note="the notice's title (line 1), the space before 《 as stored (the scorer squashes spaces)",
     doc_no="沪交办〔2022〕534号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市交通委员会",
     date="2022-08-31",
     date_note="signed 2022年8月31日; a year the items leave implicit (9月16日前, 每年12月25日前) is the notice's (EXPECTED.md)",
     level="the city transport commission (Shanghai), a notice putting into effect the Ministry's rules on public-transport "
           "firms disclosing information: study and publicity, the bodies' duties, rules and complaints, checks, a list "
           "to send, a yearly report",
     source=src(C2B, "上海市交通委员会关于贯彻落实 《公共交通企业信息公开规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::d44561a176ff4434b5a29a718f4201be", 1920, 1920),
     style="a notice with no blank lines between its paragraphs: addressees, a preamble, four headed points 一、–四、 (三 "
           "childless, each one paragraph; 四、 with three run-in items （一）–（三）), a closing request with a contact line, an "
           "attachment list 1.–3., issuer and date",
     leaf_tasks=6, count_alternatives=[3, 5],
     leaf_tasks_by_section={"一": 1, "二": 1, "三": 1, "四": 3},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], responsible_alternatives=[["各单位（部门）"]],
          note="「一、提高认识，加强学习宣传 …各单位（部门）要高度重视，…认真组织我市公路、水路行业监管机构、公共交通企业学习《规定》…。要依托网站、新媒体…加强宣传…」 — "
               "a childless point giving work is a task (round 34 early; round 36); 组织＋work names its subject (rule 2), but 各单位 "
               "is a general call (rounds 30, 33: 「各单位应…」, no kind), its bracket 「（部门）」 another word for the same addressees, "
               "not a kind named apart (round 37's bracket of one alias stays with the name) — " + NONE + "; the addressees as "
               "printed accepted (RULING? 10); the monitors and firms are the pivot's objects (" + PIVOT + "); " + NODATE),
        S(["二"], [], [QU, "市交通委（港务监管处）", "各区交通运输管理部门", "市交通委（轨道交通处）", "市道路运输局"],
          responsible_alternatives=[[QU, "市交通委", "各区交通运输管理部门", "市道路运输局"]],
          note="「二、明确职责，加强市区联动 市、区交通运输管理部门按照职责实施…监督管理工作。市交通委（港务监管处）负责实施…，指导各区交通运输管理部门实施…。市交通委"
               "（轨道交通处）负责实施…。市道路运输局负责实施…，指导各区交通运输管理部门实施…。各区交通运输管理部门负责实施…。」 — 实施 and 负责 are rule "
               "2's verbs; a heading whose object is 职责 (「明确部门职责」, round 35) gives every body given work its place, so the "
               "districts' bureaus, given 实施 by 指导, are units too (round 35: 「A指导B开展…」 under it, A and B), and they are "
               "doers by their own 负责实施 at the end; 「市、区X部门」 is one name (round 30); a bracket naming a section of the "
               "body stays (round 70's x287_01 2.2: 区公安分局（交管）; the names without their brackets accepted, as round 70 accepted them); printed order, each body once; lead [] (no 牵头); " + NODATE),
        S(["三"], [], [], responsible_alternatives=[[QU]],
          note="「三、健全制度，加强指导监督 市、区交通运输管理部门按照上述职责分工，督促指导…公共交通企业建立健全信息公开制度，…；结合现行有关制度建立本部门处理…申诉处理"
               "工作制度，明确…，依法受理…申诉。」 — 督促指导 is a pivot outside rule 2 (" + PIVOT + "), and 建立, 明确, 受理 are outside "
               "the closed list (" + CLOSED + "); 「按照上述职责分工」 is a units line by reference, naming none (round 33) — " + NONE
               + "; [市、区交通运输管理部门] accepted; " + NODATE),
        S(["四", "（二）"], [], [], responsible_alternatives=[["市交通委"]],
          note="「（二）规范信息公开。市交通委将在门户网站建立专栏，明确向社会公开…适用主体清单（见附件3），归集展示…情况，9月16日前，各单位（部门）将相关主体清单信息"
               "报委办公室。」 — 建立, 公开, 归集展示 are outside rule 2 and 将 is nothing (round 47's p45c); the sending names no doer "
               "(" + SENDING + ") — " + NONE + "; [市交通委] accepted; the date stands on a sending of a list, so it is the duty's "
               "only, not the item's deadline (round 49 p46c decided: 「the sending is other information (a contact, a list…)」) "
               "→ no deadline (RULING? 11: or 2022-09-16, the item's only date)"),
        S(["四", "（三）"], [], [], responsible_alternatives=[["各区交通运输主管部门", "市道路运输局"]],
          note="「（三）实施年度考核。各区交通运输主管部门、市道路运输局应在每年12月25日前，向市交通委书面报告该年度实施公共交通企业信息公开监督管理工作情况。」 — a "
               "report of one's own year's work sent to the body one answers to is a yearly duty, and a sending names no doer "
               "(round 75's x290_04 第十三条, turned) — " + NONE + "; the two accepted; 「每年12月25日前」 a rhythm, no deadline "
               "(round 34)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "9月16日前，各单位（部门）将相关主体清单信息报委办公室",
              "when": "9月16日前", "when_norm": "2022-09-16",
              "note": "四/（二）: a sending of the plan's bodies to the issuer's office (round 32), dated, the year the notice's "
                      "(EXPECTED.md)"},
             {"what": "各区交通运输主管部门、市道路运输局应在每年12月25日前，向市交通委书面报告该年度实施公共交通企业信息公开监督管理工作情况",
              "when": "每年12月25日前", "when_norm": "yearly (by 25 December)",
              "note": "四/（三）: a yearly report to the commission (round 75's x290_04 第十三条: a yearly duty)"}],
     notes=["counting (leaf tasks; a notice of headed points, round 34's early ruling): 一、, 二、, 三、 1 each (childless points "
            "giving work, rounds 34, 36); 四、 （一）–（三） 3 → **6**. The closing 「…有关意见建议请及时反馈。联系人及联系电话：…」 is the "
            "notice's close (a request and a contact line: round 34), the attachment list no tasks. Accepted: 5 (一、 read as "
            "urging only, round 70), 3 (the childless points read as sections).",
            "units: 实施 and 负责 in 二、 under a 明确职责 heading (rounds 34, 35); elsewhere rule 2's closed list; 各单位（部门） a "
            "call",
            "dates: 2022年4月1日 (the Ministry's rules in force), 2022年8月31日 (the notice); 9月16日前 dates a duty; no phases",
            "figures: none checked; 23115126 is a telephone number, 2022年第11号 a document number (not targets)"])


# round 59 (rul80): answers aligned to tests/data/CONVENTIONS.md "Round 77 rulings, written early" (turned; README, round 59)
from aligned_rulings import align77  # noqa: E402

align77("x301_01", ["三", "（一）"], "「属地派出所和街道要积极配合落实“四长联动”机制，定期参加…例会」 (x301_01 三/（一））: 配合 with a subject of its own makes it a doer (round 46's p44g, which keeps round 34's sentence for 配合 with no subject of its own), and 和 joins two names (round 34)",
        "Units, turned: round 46's p44g over round 34's 「配合 needs a doer」; none → [属地派出所, 街道] (accepted already), none stays accepted",
        resp=["属地派出所", "街道"], resp_alt=[[]])

write_collected(DIR)
