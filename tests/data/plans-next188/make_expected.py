# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next188/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 43 (built by helper c188): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the round-43 rulings written
early included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next188/make_expected.py tests/data/plans-next188
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source
FOLDER = "工程建设管理"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not "
          "a unit")
LABEL = ("CONVENTIONS.md units rule 1: the closing bracket 「（责任单位：A、B、…）」 is the item's units label; it names no lead "
         "(no 牵头, no first-listed rule), so lead = [] and responsible = the label's names in printed order (as plans-dev 02 "
         "reads its 「（A、B…负责）」 lists); sentences in the item's text then add nothing (the label decides)")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x188_01_shi-guoziwei-2023-shigong-fenbao-anquan-shengchan-guanli-zhidao-yijian.txt"
Y01 = "关于进一步加强市属国有企业建设工程项目施工分包安全生产管理的指导意见"
WORK3 = ("三、压实安全生产责任 is a heading that gives out work (round 37: a heading whose object is a duty word 「压实…责任」): "
         "under it every body the text gives work is a unit (round 34's 职责分工 heading, any verb of doing), and the "
         "objects of 督促／组织 that are given work too (round 37)")

plan(X01,
     title=Y01 + "（关于印发" + Y01 + "的通知）",
     title_note="the guidance's own title (line 23, after the cover) or the notice title (lines 1 and 3): either",
     doc_no="沪国资委综合〔2023〕61号 (printed on line 5)",
     issuer="上海市国有资产监督管理委员会 with 上海市住房和城乡建设管理委员会 and 上海市应急管理局 (three signatures; the index "
            "lists 上海市国有资产监督管理委员会)",
     date="2023-03-20",
     date_note="the cover is dated 2023年3月20日; the index gives 2023-04-03 (the publication date)",
     level="three city bodies (Shanghai's state-owned assets commission, housing and construction commission and emergency "
           "bureau), guidance to city-owned enterprises on the safety of subcontracted construction work: nineteen measures "
           "「（一）…（十九）」 run on across six sections, giving work to kinds of parties (建设单位, 总包单位, 分包单位)",
     source=src(FOLDER, "关于印发" + Y01 + "的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=ea1cd28f0ca141c4aaff5229f0f5c7b7&siteId=0054", 5767),
     style="the notice title twice (lines 1, 3), the number, addressees 「各有关企业：」, two cover paragraphs (the second 「请各有关"
           "企业组织下属…逐条对照、细化落实」 and the issuers' 专项督查), 「特此通知。」, three signatures, the date; then the "
           "guidance's title, a preamble, 一、总体要求 (one paragraph) and 二、–七、 heading lines over run-in items "
           "「（一）依法依规组织分包。…」–「（十九）…」 numbered straight through; （一） and （八） hold lists 「1.…」 after a lead-in "
           "「…应遵守以下规定：」／「…应符合以下要求：」, （八） a closing paragraph after its list, （九） a second paragraph; blank "
           "lines between all paragraphs; no units labels, no dates",
     leaf_tasks=25, count_alternatives=[24, 19],
     leaf_tasks_by_section={"二、规范分包市场行为": 5, "三、压实安全生产责任": 3, "四、完善安全管理体系": 7,
                            "五、提升风险防控能力": 3, "六、做好施工人员管理": 4, "七、提升安全保障能力": 3},
     childless_top_level_sections=["一、总体要求"],
     samples=[
        one(["二", "（三）"], "各建筑施工企业",
            note="「各建筑施工企业应积极推进合格分包供应商库建设，明确准入标准、定期审核评价、实施动态管理」 — the subject of 实施 "
                 "in the same sentence (rule 2; round 34: the subject carries inside one paragraph), a kind of body (各＋kind, "
                 "round 32); 「鼓励建设单位、总包单位…建立…“警示名单库”，实施差异化管理」 — 鼓励A… names no doer (round 40); "
                 "定期 is a rhythm of review, not a sending (no duty); " + NODATE),
        S(["三", "（四）"], [], ["建设单位", "总包单位", "分包单位"],
          note=WORK3 + "; 「建设单位应严格落实首要责任」 (落实, rule 2), 「总包单位依法对施工现场安全生产负总责」 (a designation, "
               "round 35: 负总责), 「总包单位应组织分包单位建立健全…责任制」 (组织＋work: 总包单位; under the work heading the "
               "object 分包单位, given work, is a unit too, round 37), 「分包单位应当接受总包单位施工现场安全管理」; 「分包单位不服从管理"
               "导致生产安全事故的，由分包单位承担主要责任」 is a case clause (rule 3), adding nothing; no 牵头: lead []; " + NODATE),
        one(["三", "（六）"], "总包单位", [(80, "%")],
            note=WORK3 + "; 「总包单位应对…责任条款进行细化，建立责任清单」 — the one body given work; 「分包单位项目负责人每月现场带班…」 "
                 "— a person's role (负责人) is never a unit (round 34); 「经建设单位同意」 — an approving body is no unit "
                 "(round 36); 「不得少于本月施工时间的80%」 — 不得少于 is 不少于 (round 30's comparison words) → 80% a target; "
                 "每月 is the rhythm of a rule on persons, not a sending (no duty); " + NODATE),
        S(["四", "（七）"], [], ["建设单位", "总包单位"],
          note="「由建设单位和总包单位组织专业分包单位、劳务分包单位项目经理、技术负责人和专职安全生产管理人员组成项目安全生产领导"
               "小组」 — 由A组织＋work (rule 2; round 34: 组织 followed by work): 建设单位 and 总包单位 (「A和B」 two names, round "
               "34); the members are persons and the 领导小组 is a body the item sets up (rule 3, round 35): no units; the "
               "later sentences (部署、检查、督办…, 确定合理工期) have no subject; no 牵头: lead []; " + NODATE),
        S(["四", "（八）", "2"], [], [], [(50, "人"), (1, "人"), (2, "人"), (200, "人"), (3, "人")],
          responsible_alternatives=[["项目安全生产领导小组"]], lead_alternatives=[["项目安全生产领导小组"]],
          note="aligned round 44: CONVENTIONS.md Round 44 rulings, Units — rule 4 gives a lead-in's body to the items "
               "under it only where the lead-in is about their work; 「…由项目安全生产领导小组统一安排」 gives the items "
               "nothing, the builder's reading (the group) accepted beside none (responsible ['项目安全生产领导小组'] → "
               "[], the group accepted); the earlier reading: item 2 of （八）'s list 1.–4. (leaves: items that have numbered children are not leaves, plans-dev EXPECTED.md "
                 "conventions; RULING? 1 on reading such a list as items); its own text 「劳务分包单位施工人员在50人以下的，应配备"
                 "不少于1人；50人-200人的，应当配备不少于2人；200人及以上的，应当配备3人以上，并不得少于…总人数的5‰」 names no "
                 "doer (配备 is no rule-2 verb, " + CLOSED + "); rule 4 (closed in round 39): the paragraph that opens （八） holds "
                 "「专职安全生产管理人员工作由项目安全生产领导小组统一安排」 — 由A＋a verb of doing (round 34), A a body the plan set up "
                 "earlier in （七） (round 36: a doer in later items) — so the items under （八） that name none take it: "
                 "responsible 项目安全生产领导小组 — RULING? 2 (the clause is about the officers' daily work, the list about "
                 "staffing); targets: 50人以下 / 200人及以上 are figures in a condition of a case with comparison words (round 30, "
                 "round 40's line) → 50人, 200人; 不少于1人, 不少于2人, 3人以上 (round 30) → 1人, 2人, 3人; 「50人-200人」 a band, "
                 "its lower edge 50 (round 32); 5‰ (不得少于) is a target too but left out of the must-find list (the notation "
                 "‰); " + NODATE),
        S(["五", "（十）"], [], ["总包单位", "分包单位"],
          note="「由总包单位总体组织」 (由A＋a verb of doing, round 34), 「超过一定规模的危大工程专项方案，由总包单位组织召开专家论证会」 "
               "(round 42: a 「…的，由A…」 step is the article's own work), 「总包单位对危大工程安全生产负总责」 (designation, round "
               "35), 「分包单位在各自范围内对分包的危大工程安全生产负责」 (the subject of 负责, rule 2) — doers 总包单位, 分包单位; "
               "「专项施工方案可以由相关专业分包单位…编制」 is an option (可, round 30: no assignment); 「总包单位技术负责人及分包单位"
               "技术负责人共同审核」「由总监理工程师审查」「项目负责人必须现场带班」 — persons (round 34); 「（以下简称“危大工程”）」 in "
               "the heading is dropped from no name (no unit); no 牵头: lead []; " + NODATE),
        S(["六", "（十三）"], [], [],
          note="「分包单位应配合总包单位做好实名制管理」 — round 34: 「B配合A＋verb」 gives A only by rule 2 (做好 is not in the "
               "list), and an item whose only verbs are 配合 names no doer; 「分包单位应与招用的建筑工人依法签订劳动合同」 — 签订 "
               "without 由 names no doer (round 42); 「应依法订立用工书面协议」「禁止雇佣…」 — no rule-2 verb: " + NONE
               + "; 「（本市建筑工地施工人员信息统一录入…系统）」 a bracketed rule; " + NODATE),
        S(["六", "（十四）"], [], ["分包单位", "总包单位"], [(1, "次")],
          note="「分包单位每年至少组织一次健康体检。组织班组对作业时长进行统计」 — 组织＋work (round 34), the subject carried to "
               "the second 组织 (round 34: elided subject); 「总包单位组织现场配置常备药品，督促落实防高温措施」 — 组织＋work: "
               "总包单位 (督促 a pivot, round 30); 「分包单位与建筑工人签订劳动合同时，应当严格执行…」 — 执行 is no rule-2 verb; "
               "「协调当地医院定期上门问诊」 — the object of 协调 is no unit (round 30); 「每年至少组织一次」 — a frequency with a "
               "floor (round 35) → 1次 (written 一次); no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "总包单位应将分包工程的内容、数量及分包企业的资质、信誉、施工能力等向建设单位报告，并及时将分包合同报送建设单位",
              "when": "及时", "when_norm": None,
              "note": "二、（一）: a sending by a body the plan tasks to another body of the plan (round 35: a duty); no date"},
             {"what": "发生险情或者事故时，当事分包单位应立即采取应急处置措施，并及时报告总包单位",
              "when": "及时（发生险情或者事故时）", "when_norm": None,
              "note": "七、（十八）: a subcontractor's report to the main contractor (round 35: a plan body's sending to another); "
                      "when an event happens, no date"}],
     notes=["counting: the cover (two paragraphs: 「请各有关企业组织下属建设单位、施工单位…逐条对照、细化落实」 a cover instruction, "
            "round 25; the issuers' 专项督查 oversight) no task; 一、总体要求 (one paragraph, no numbered child) a section; "
            "（一）–（十九） numbered straight through; （一） has the list 1.–3. (「建设单位、总包单位、分包单位应遵守以下规定：」, "
            "prohibitions naming their parties) and （八） the list 1.–4. (「专职安全生产管理人员配置应符合以下要求：」, staffing "
            "floors), so （一） and （八） are not leaves (plans-dev EXPECTED.md conventions; round 37: items numbered inside an "
            "article are its items) — 二、 （一）/1–3 + （二）（三） = 5; 三、 （四）–（六） = 3; 四、 （七） + （八）/1–4 + the closing "
            "paragraph of （八） 「分包单位应在各班组设置兼职安全生产管理人员…」 (round 40: a closing paragraph after a section's "
            "last numbered item that gives its work is one more task) + （九） = 7; 五、 3; 六、 4; 七、 3 → **25**. Accepted: 24 "
            "(the closing paragraph as （八）/4's body, round 32 / round 40's count without it), 19 (the two lists read as "
            "lists that give no work, round 35 / round 38 — text of （一） and （八）; RULING? 1). （九）'s second paragraph "
            "「在安全生产标准化体系建设中，总包单位应建立…」 is （九）'s body (not after a numbered list)",
            "units: no labels anywhere; every unit comes from a sentence (rule 2) — 建设单位, 总包单位, 分包单位, 各建筑施工企业, "
            "劳务分包及专业分包单位 (one name as printed: 劳务分包 is no whole body name, round 35), 项目安全生产领导小组 (set up in "
            "（七）); 三、压实安全生产责任 is a work heading (round 37) for （四）–（六）; 监理单位 appears only with 进行 (no rule-2 "
            "verb, round 37) and as a receiver; 「各建筑施工项目应…组织分包单位共同开展…」 （九） has a project as its subject (a "
            "thing, round 41: no unit)",
            "dates: 2023年3月20日 (the signature) only; no item writes a date; no phases",
            "duties: the two sendings above; 「人员更换应报总包单位和建设单位备案」 （八） is a filing (round 42: a 备案 is a "
            "filing); 「及时上报行政主管部门」 （一） (violations reported to the administering department, outside the plan's "
            "bodies) and 「不能解决的需报总包单位、监理单位处理」 （十二） (an escalation in a case) are not listed",
            "figures: 80% （六）, 50人 / 1人 / 2人 / 200人 / 3人 / 5‰ （八）/2, 1人 （八）/1, 1次 （十四） — targets; 「十五条硬措施」"
            "「78条具体措施」 (names of other measures), 沪建质安〔2022〕421号 (a document number), 三级教育 (a name), 四口、五临边 "
            "(names of hazard points) — not targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x188_02_shi-zaifangwei-2023-ziran-zaihai-fangzhi-gongzuo-yijian.txt"
Y02 = "上海市2023年自然灾害防治工作意见"
STANDING = ("round 39: a standing units line in an item's label 「（责任单位：…，各区人民政府，以下分工均含各区人民政府）」 (一、（一）) gives "
            "各区人民政府 as responsible to every later item of the plan, beside each item's own units (its lead unchanged)")
YEAR02 = "the year 2023 from the plan's title (plans-dev EXPECTED.md: years left implicit are resolved from the title)"

plan(X02,
     title=Y02 + "（上海市自然灾害防治委员会关于印发" + Y02 + "的通知）",
     title_note="the plan's own title (line 9, after the cover) or the notice title (line 1): either",
     doc_no="沪灾防委〔2023〕3号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市自然灾害防治委员会 (the signature; the index lists 上海市应急管理局)",
     date="2023-03-27",
     date_note="the notice is dated 2023年3月27日, as the index",
     level="a city commission (Shanghai's natural disaster prevention commission), the year's work opinions: fourteen "
           "headed items 「（一）…（十四）」 run on across five sections, each closing with its 「（责任单位：…）」 label",
     source=src(FOLDER, "上海市自然灾害防治委员会关于印发" + Y02 + "的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=d00626afec7f4275a76119e991ab5e0e&siteId=0037", 6138),
     style="the notice title, addressees and the cover paragraph with no blank line between, the signature and the date on "
           "two lines; the plan's title; a preamble (the 总体要求 in one paragraph); 一、–五、 heading lines, each over items "
           "whose heading line 「（一）树牢综合减灾理念」 stands alone and whose text follows in one paragraph ending 「（责任单位：…）」; "
           "（一）–（十四） numbered straight through; no blank lines in the plan; the first label adds 「以下分工均含各区人民政府」",
     leaf_tasks=14,
     leaf_tasks_by_section={"一、强化建章立制，提升统筹协调能力": 4, "二、强化事前预防，提升风险防控能力": 2,
                            "三、强化精准长效，提升综合防灾能力": 2, "四、强化及时高效，提升灾害应对能力": 3,
                            "五、强化社会共治，提升基层减灾能力": 3},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], [], ["市委宣传部", "市委组织部", "市应急局", "市灾防委各成员单位", "各区人民政府"],
          dl="上半年", dln="2023-06-30",
          note=LABEL + "; the label's rule sentence 「以下分工均含各区人民政府」 is no unit (plans-dev EXPECTED.md: rule sentences "
               "are not units) but a standing units line (" + STANDING + "); 市灾防委各成员单位 a group kept as printed (round 37: "
               "the label rule keeps group names); deadline: the item's one date 「上半年，组织…开展自然灾害防治专题培训」 → end of "
               "June, " + YEAR02),
        S(["一", "（二）"], [], ["市应急局", "市灾防委各成员单位", "各区人民政府"], dl="下半年", dln="2023-12-31",
          note=LABEL + "; the heading 「压实灾害防治责任」 is a work heading (round 37), but the item carries a label and the label decides (rule 1): 「各地区、各部门要严格落实…」「市灾防办将…进行专项检查」 add nothing; 各区人民政府 by the standing line (" + STANDING + "); deadline: the item's one date 「下半年，市灾防办将对…"
               "进行专项检查」 → end of December, " + YEAR02 + "; 「“一计划两报告”制度（年度工作计划、半年和全年工作报告）」 is a "
               "reporting rhythm (a duty below), no deadline (round 34: recurring dates are no deadline); 「市-区-街镇-居村-灾害"
               "防御重点单位」「“五级清单”」 names, no targets"),
        S(["一", "（三）"], [], ["市应急局", "临港新片区管委会", "市灾防委各成员单位", "各区人民政府"],
          note=LABEL + "; 各区人民政府 by the standing line (" + STANDING + "); 「《上海市综合防灾减灾规划（2022—2035年）》」 a title "
               "with years (no date of the item, no target); 「中期评估」 no date; " + NODATE),
        S(["二", "（六）"], [], ["市应急局", "市经济信息化委", "市规划资源局", "市住房城乡建设管理委", "市交通委", "市水务局（市海洋局）",
                               "市绿化市容局", "市地震局", "市气象局", "大数据中心", "各区人民政府"],
          dl="10月底前", dln="2023-10-31", other_deadlines=[{"deadline": "6月底前", "deadline_norm": "2023-06-30"}],
          note=LABEL + "; 「市水务局（市海洋局）」 — a bracket naming another hat of the same body stays as printed (round 42); "
               "各区人民政府 by the standing line (" + STANDING + "); deadline: 「6月底前，继续开展…汇交…」 and 「10月底前，…全面完成"
               "本市普查工作收官」 — the latest is the item's deadline, the other a step (round 34), " + YEAR02 + "; 「第一次」 (the "
               "first census) an ordinal, no target"),
        S(["四", "（十）"], [], ["市应急局", "市气象局", "市地震局", "市民防办", "市灾防委有关成员单位", "各区人民政府"],
          dl="当年（确保当年指标任务按时完成）", skip_deadline=True,
          note=LABEL + "; 「市民防办，市灾防委有关成员单位」 — the label's list split on 、 and ， (plans-dev EXPECTED.md); 各区人民政府 "
               "by the standing line (" + STANDING + "); 「《2023年度市级应急演练计划》」「“沪应-2023”」 are names with digits (no date, "
               "no target); 「确保当年指标任务按时完成」 may be read as December of the plan's year (round 34: 年内／今年内) or as no "
               "date of the item (the yearly quota of shelters, whose date is not written): the deadline is not checked"),
        S(["五", "（十四）"], [], ["市应急局", "市财政局", "市地方金融监管局", "上海银保监局", "市灾防委有关成员单位", "各区人民政府"],
          not_targets=[(4, "部门")],
          note=LABEL + "; 各区人民政府 by the standing line (" + STANDING + "); 「会同相关社会公益团体明确…细则」 inside a labelled "
               "item adds nothing (rule 1); 「应急管理部等四部门联合印发的《…意见》」 — 四部门 describes the issuers of a cited "
               "document (a name, no target); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各地区、各部门严格落实“一计划两报告”制度（年度工作计划、半年和全年工作报告）",
              "when": "年度；半年和全年", "when_norm": "semiannual (the shortest rhythm it names: a half-year report beside the "
                                                       "plan and the report of the whole year)",
              "note": "aligned round 44: 「一计划两报告」 is one duty with the shortest rhythm it names, half-yearly (CONVENTIONS.md "
                      "Round 44 rulings, Dates and duties; was yearly); when_norm written 「semiannual」 as plans-next46/-next80 "
                      "write it (the scorer knows no half-year rhythm and the parser's Duty.every has none: the duty is "
                      "checked by its words); formerly: 一、（二）: a standing reporting rhythm of the plan's bodies (round 34's rhythm words; round 41: a report "
                      "named by its rhythm is a duty with that rhythm) — RULING? 5 (half-yearly and yearly reports read as a "
                      "yearly rhythm)"},
             {"what": "各牵头部门严格落实每季度统计上报投入情况制度", "when": "每季度", "when_norm": "quarterly",
              "note": "三、（八）: a standing quarterly sending of the plan's lead departments (round 40: a standing rhythm of "
                      "reporting is a duty)"}],
     notes=["counting: the cover (「请抓好贯彻落实」 and 「市自然灾害防治委员会办公室要加强综合协调…」, a cover instruction with no "
            "rule-2 verb) no task; the preamble (the year's 总体要求) no task; 一、 （一）–（四） 4, 二、 （五）（六） 2, 三、 （七）（八） "
            "2, 四、 （九）–（十一） 3, 五、 （十二）–（十四） 3 → **14** (every item carries its label). No other count",
            "units: every item's units come from its closing label (rule 1), no lead anywhere (no 牵头, no first-listed rule); "
            "the first label's 「以下分工均含各区人民政府」 adds 各区人民政府 to every later item (round 39); sentences such as "
            "「各区要加强…组织领导」「各区和相关部门要…组织开展…会商研判」「各牵头部门要…」 add nothing to a labelled item",
            "dates: 上半年 （一）, 下半年 （二）, 6月底前 / 10月底前 （六）, 6月底前 / 下半年 （八） (not sampled: 「做好迎接下半年国家"
            "减灾委办公室督查检查工作」 prepares an inspection, 「6月底前，市灾防办将…检查督导」 the office's own check), 当年 （十）; "
            "year 2023 from the title; no phases",
            "figures: none are targets — 1+3+N (a name's make-up, round 37), 五个能力 / 五级清单 / 十项重点工程 / “五进” (names), "
            "2022—2035年 / 2023版 / 沪应-2023 (years in names), 四部门 (a cited document's issuers)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x188_03_shi-fagaiwei-2023-peidianwang-shengji-gaizao-sannian-xingdong-shishi-fangan.txt"
T03 = "关于印发《上海市配电网升级改造三年行动计划 （2023－2025年）实施方案》的通知"
WORK43 = ("四、（二）明确责任分工 is a heading that gives out work (round 35: 「X分工」 headings and a heading whose object is one "
          "of them); its text is unnumbered unit-colon paragraphs 「市发展改革委：负责…」, so the item is one task whose units are "
          "all the paragraphs' bodies in printed order (round 32), widened to every body its text gives work (round 34), the "
          "bodies 「A指导B做好…」 names (round 35) and the objects of 督促／组织 given work (round 37)")

plan(X03,
     title=T03,
     title_note="line 1 (the plan's name is printed only inside the notice title); the space before the bracket is the "
                "stored text's",
     doc_no="沪发改能源〔2023〕30号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市住房和城乡建设管理委员会, 上海市经济和信息化委员会, 上海市公安局, 上海市规划和自然资源局, "
            "上海市交通委员会, 上海市绿化和市容管理局 and 上海市房屋管理局 (eight signatures; the index lists 上海市发展和改革委员会)",
     date="2023-01-30",
     date_note="the notice is dated 2023年1月30日; the index gives 2023-01-31 (the publication date)",
     level="eight city bodies, the implementation plan of a three-year action to upgrade the power distribution network: "
           "principles, goals with figures, four key works naming no unit, and safeguards holding a 责任分工 item of unit-colon "
           "paragraphs",
     source=src(FOLDER, T03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=ae09ea0f7995432182a70ec5560c70dc&siteId=0025", 3481),
     style="a notice that is the plan (no separate cover): title, addressees, a preamble ending 「具体内容如下：」; 一、主要原则 "
           "（一）–（三） run-in principles (「（一）聚焦重点,问题导向。」 with an ASCII comma); 二、工作目标 （一）–（三） run-in goals "
           "with figures; 三、重点工作 （一）–（四） run-in works with no subject; 四、保障措施 （一）–（六）, where （二）明确责任分工。 "
           "stands alone over eight unit-colon paragraphs and （三） holds 一是…四是 run in one paragraph; eight signatures, the "
           "date; blank lines between all paragraphs",
     leaf_tasks=10, count_alternatives=[7, 13, 16],
     leaf_tasks_by_section={"三、重点工作": 4, "四、保障措施": 6},
     childless_top_level_sections=[],
     samples=[
        S(["三", "（一）"], [], [],
          note="三、重点工作's items name no body at all (run-in heading, then work with no subject): " + NONE + "; the plan's "
               "key works are tasks (they give work); 「“十四五”发展规划」 a name; " + NODATE),
        S(["三", "（三）"], [], [], not_targets=[(10, "千伏")],
          note=NONE + "; 「聚焦10千伏开关站进线…」「新建开关站内电气设备…按最终规模一次建成」 — 10千伏 names a class of switching "
               "station (round 34 / round 38: a figure in a noun naming a kind is a class, no target) → not a target; "
               + NODATE),
        S(["四", "（一）"], [], [],
          note="「各区应参照市级协调机制，强化和完善现有区级专班机制，切实履行属地责任，进一步充实街道相关单位力量，做好…工作」 — 各区 is "
               "a kind, but 强化／完善／履行／充实／做好 are no rule-2 verbs (" + CLOSED + "; round 38: 「A履行…」 names no doer); "
               "「结合…工作专班机制，协调推进…」 has no subject: " + NONE + "; a 保障措施 item naming no unit that gives work is "
               "a task (round 40; 7 accepted without the three such items); " + NODATE),
        S(["四", "（二）"], [], ["工作专班", "市发展改革委", "市住房城乡建设管理委", "各区发展改革委", "区住建部门", "市经济信息化委",
                               "市规划、绿化、交通、公安等相关部门", "市房管局", "区房管部门", "物业服务企业", "各区政府",
                               "各区相关部门", "市电力公司"],
          note=WORK43 + ": 工作专班 (负责), 市发展改革委 (负责批复…，和市住房城乡建设管理委一起审核…，组织各区发展改革委做好…: 各区发展"
               "改革委 the object of 组织 given work), 市住房城乡建设管理委 (负责指导区住建部门做好…: 区住建部门), 市经济信息化委, 「市"
               "规划、绿化、交通、公安等相关部门」 (fields sharing one head 等相关部门: one name as printed, round 31), 市房管局 (负责"
               "指导区房管部门督促物业服务企业积极配合…: 区房管部门, and 物业服务企业 the object of 督促 given work), 各区政府 (the "
               "paragraph's body) and 各区相关部门 (the subject of 负责 in its text), 市电力公司 (作为…实施责任主体, 具体负责…); "
               "「在市级部门指导下」 a circumstance (round 36: no unit); 「各区电力公司编制的改造工作年度计划」 a body inside a "
               "的-phrase (round 30: no doer); 「转报市发展改革委…」「报送各区发改和住建部门」 receivers (duties below); 「凝聚街镇、"
               "居委、业委会、物业等多方力量，合力推进…」 — read as no units (凝聚 is no verb that gives work to its object) — "
               "RULING? 3; no 牵头: lead []; " + NODATE),
        one(["四", "（三）"], "市级工作专班", not_targets=[(10, "千伏")],
            note="「一是…各区发展改革委可采取批量核准方案」 — an option (可, round 34): no doer; 「二是…市电力公司应按照集约化建设原则"
                 "优化改造方案，请市交通委、市规划资源局、市公安局等支持」 — 优化 and 支持 are no rule-2 verbs (" + CLOSED + "; 「请A"
                 "…」 is read by its verb, round 30); 「三是强化属地管理责任。…市级工作专班按照年度实施计划对各区完成情况组织检查」 — "
                 "组织＋work (round 34): 市级工作专班 a doer (the run-in heading 强化…责任 gives out work, round 38, but names no "
                 "other body given work: 各区 are checked); 一是…四是 run in one paragraph are the item's text (round 37); "
                 "「对已改造10千伏开关站…」 — 10千伏 a class (no target); " + NODATE),
        S(["四", "（五）"], [], ["市、区两级政府部门", "电力企业"],
          note="「市、区两级政府部门和电力企业要坚持…原则，…做好沟通并按需落实好施工组织保障」 — the subject of 落实 (rule 2; 落实好 "
               "is the verb with its complement, not the noun of round 33); 「A和B」 are two names (round 34); 「市、区两级政府部门」 "
               "one name as printed (round 30: 「市、区X部门」); no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[{"number": 100, "unit": "%"}, {"number": 423, "unit": "个"}, {"number": 934, "unit": "公里"},
                   {"number": 133, "unit": "公里"}, {"number": 860, "unit": "套"}, {"number": 1289, "unit": "公里"},
                   {"number": 846, "unit": "座"}, {"number": 30.87, "unit": "亿元"}],
     phases=[],
     duties=[{"what": "各区相关部门组织审查各区电力公司编制的改造工作年度计划，转报市发展改革委、市住房城乡建设管理委",
              "when": "年度", "when_norm": "yearly",
              "note": "四、（二）: a plan body's sending to other bodies of the plan (round 35); a yearly plan sent once a year is "
                      "a yearly duty (round 41)"},
             {"what": "市电力公司形成年度改造任务计划报送各区发改和住建部门", "when": "年度", "when_norm": "yearly",
              "note": "四、（二）: the same (round 35 / round 41)"}],
     notes=["counting: a notice that is the plan; the preamble no task; 一、主要原则 （一）–（三） are principles (round 33: a "
            "principle is a task only in a plan naming no units at all); 二、工作目标 （一）–（三） are goals and the scope "
            "(round 27: items of 工作目标 naming no unit are not tasks in a plan whose tasks name units); 三、重点工作 （一）–（四） "
            "→ 4 (the plan's works, no units); 四、保障措施 （一）–（六） → 6 (（二） one task of unit paragraphs, round 32; （三）'s "
            "一是…四是 its text, round 37) → **10**. Accepted: 7 (四、's items naming no unit — （一）（四）（六） — left out, round "
            "40: 'a count without them is accepted'), 13 (二、's goals counted, as plans-dev 08 counts 建设目标 items), 16 (一、's "
            "principles too) — RULING? 4",
            "units: only 四、 names bodies — （二） (unit-colon paragraphs under a work heading), （三） (市级工作专班 by 组织), "
            "（五） (落实); 三、's works name none",
            "dates: 到2025年 (二、's goals; the goals are no tasks), the title's 2023－2025年 (round 38: a plan's period printed "
            "only in its title dates nothing), 2023年1月30日 (the signature); no item writes a deadline; no phases",
            "plan targets (二、（一）（二）): 4个100%目标 → 100% (the four rates 「达到100%」; 「4个」 counts the goals), 423个 projects, "
            "934公里 cable, 133公里 ducts, 860套 terminals, 1289公里 optical cable, 846座 switching stations, 约30.87亿元 "
            "(an estimate of the investment, as plans-dev 09 reads 「共需经费约400万元」); not targets: 10千伏 (a class), "
            "250.6平方公里 and 11个行政区 (the present size of the scope, round 33), “三智” / “十四五” (names)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x188_04_shi-fagaiwei-2023-cujin-dire-neng-kaifa-liyong-shishi-yijian.txt"
Y04 = "上海市促进地热能开发利用的实施意见"

plan(X04,
     title=Y04 + "（关于印发《" + Y04 + "》的通知）",
     title_note="the opinions' own title (line 23, after the cover) or the notice title (line 1): either",
     doc_no="沪发改规范〔2023〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市规划和自然资源局, 上海市住房和城乡建设管理委员会, 上海市科学技术委员会, 上海市财政局, "
            "上海市生态环境局 and 上海市水务局 (seven signatures; the index lists 上海市发展和改革委员会)",
     date="2023-01-19",
     date_note="the cover is dated 2023年1月19日; the index gives 2023-01-20 (the publication date); the opinions take "
               "effect on 2023年3月1日 and run to 2028年2月29日",
     level="seven city bodies, implementation opinions promoting the use of geothermal (shallow ground) energy: goals, "
           "nine labelled tasks 「（责任单位：…）」 in two sections, and four safeguards (会同, a 职责分工 item of 「X部门负责…」 clauses)",
     source=src(FOLDER, "关于印发《" + Y04 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=99e554d89f504afe93138a77a9f94306&siteId=0025", 4081),
     style="cover (addressees, one paragraph, seven signatures one a line, the date); the opinions' title, a preamble; "
           "一、总体要求 （一）指导思想 （二）基本原则 （三）发展目标 as heading lines over paragraphs (基本原则 four run-in "
           "paragraphs); 二、 （四）–（七） and 三、 （八）–（十二） run-in items each ending 「（责任单位：…）」; 四、保障措施 "
           "（十三）–（十六） run-in items with no label; the entry into force 「本实施意见2023年3月1日起施行，有效期至2028年2月29日。」; "
           "「附件」 and the name of a flow chart (not printed); （一）–（十六） numbered straight through; blank lines between all "
           "paragraphs",
     leaf_tasks=13, count_alternatives=[11, 16, 19],
     leaf_tasks_by_section={"二、重点任务": 4, "三、规范浅层地热能开发利用管理": 5, "四、保障措施": 4},
     childless_top_level_sections=[],
     samples=[
        S(["二", "（四）"], [], ["市规划资源局", "市生态环境局", "市水务局"],
          note=LABEL + "; 「监测数据定期传输到上海市地热能开发利用信息服务平台」 — data sent to a platform, no body's report (no "
               "duty); " + NODATE),
        S(["二", "（五）"], [], ["市规划资源局", "市住房城乡建设管理委", "市发展改革委", "市农业农村委", "相关区政府", "临港新片区管委会"],
          not_targets=[(5, "个")],
          note=LABEL + "; 相关区政府 a kind kept as printed (the label keeps every name it prints, round 33); 「以五个新城、临港新片区"
               "…为重点」 — 五个新城 names places (a name, no figure to reach) → 5个 not a target; 鼓励… names no doer (and the "
               "label decides); " + NODATE),
        S(["三", "（八）"], [], ["市发展改革委", "市规划资源局", "市统计局"], not_targets=[(10000, "平方米")],
          note=LABEL + "; 「新建供暖（制冷）面积10000平方米及以上的浅层地热能项目，由…实施备案管理」「新建10000平方米以下项目…登记」 — a "
               "size band that decides which procedure a project goes through is a class of project, no target (round 43: "
               "「总投资500万元（含）以上的…项目」; round 34: 「10万平方米以上的项目」) → 10000平方米 not a target; 「立项或登记单位应组织"
               "…项目业主…录入项目信息，并定期将…数据报统计部门」 — a duty below (the label decides the units); " + NODATE),
        S(["三", "（十二）"], [], ["市住房城乡建设管理委", "市生态环境局", "市规划资源局", "市房屋管理局"],
          note=LABEL + "; 「因浅层地热项目引发环境问题的，应立即停止项目运行，由开发利用单位承担环境治理责任」 — a case clause "
               "(rule 3), and the label decides; " + NODATE),
        S(["四", "（十三）"], ["市发展改革委"],
          ["市发展改革委", "市规划资源局", "市住房城乡建设管理委", "市科委", "市财政局", "市生态环境局", "市水务局", "市统计局"],
          lead_alternatives=[[]],
          note="no label; 「市发展改革委会同市规划资源局、…、市统计局等部门建立…工作机制」 — 「A会同B＋verb」 (rule 2): lead A (lead [] "
               "accepted), responsible A and the partners (round 34: the partner of 会同 in setting up a mechanism is a doer); "
               "「A、B、C等部门」 with separate heads gives A, B, C (round 35: the 等部门 tail dropped); 「指导各区建立相应工作协调机制，"
               "推进本区…」 — 指导 without 负责 makes the guided 各区 no unit (round 30: rule 3's guide); " + NODATE),
        S(["四", "（十四）"], [], ["发展改革部门", "自然资源部门", "住房城乡建设部门", "房屋管理部门", "科技部门", "财政部门", "水务部门",
                                "生态环境部门", "统计部门"],
          note="「（十四）明确职责分工。」 a heading that gives out work (round 35); nine clauses 「X部门负责…」 — rule 2's several "
               "clauses, in printed order, kinds of body kept as printed; 「负责支持企业、高校和科研院所开展产学研技术攻关」 — the "
               "objects of 支持 are no units (round 40: 支持A… names no doer); 「将企业浅层地热能开发利用情况纳入…」 企业 inside the "
               "object; no 牵头: lead []; " + NODATE),
        S(["四", "（十六）"], [], [],
          note="「鼓励浅层地热能利用场景丰富…的区域出台…政策」「积极宣传推广…理念，支持企业加强技术创新…」 — 鼓励／支持 name no doer "
               "(round 40) and the rest has no subject: " + NONE + "; a 保障措施 item naming no unit that gives work is a task "
               "(round 40; 11 accepted without （十五）（十六））; " + NODATE),
     ],
     plan_targets=[{"number": 500, "unit": "万平方米"}, {"number": 1000, "unit": "万平方米"}],
     phases=[],
     duties=[{"what": "立项或登记单位定期将浅层地热能开发利用数据报统计部门", "when": "定期", "when_norm": None,
              "note": "三、（八）: the investment authorities' (立项或登记单位, bodies of the plan) standing sending to the statistics "
                      "departments (round 35 / round 40: a plan body's sending to another is a duty); 定期 names no rhythm"}],
     notes=["counting: the cover (「现印发你们，请遵照执行」) no task; the preamble no task; 一、总体要求 （一）指导思想, （二）基本原则 "
            "(four run-in principles), （三）发展目标 are items of 总体要求 naming no unit (round 27; round 36: a childless "
            "总体要求／工作目标／基本原则 point is a section unless it names a doer) — not tasks; 二、 （四）–（七） 4; 三、 （八）–（十二） "
            "5; 四、 （十三）–（十六） 4 → **13**. Accepted: 11 (四、（十五）（十六）, 保障措施 items naming no unit, left out: round "
            "40), 16 (一、's three items counted), 19 (基本原则's four run-in paragraphs as items, round 35, with 指导思想 and 发展"
            "目标). The closing 「本实施意见2023年3月1日起施行…」 is the entry into force (no task); 「附件 浅层地热能项目备案登记流程图」 "
            "names a chart not printed (no task table)",
            "units: （四）–（十二） by their labels (rule 1, no lead); （十三） by 会同; （十四） by a work heading's 「X部门负责」 "
            "clauses; （十五）（十六） none",
            "dates: 2023年1月19日 (the signature), “十四五”期间 / 至2035年 (goals in 一、（三）), 2023年3月1日 / 2028年2月29日 (entry "
            "into force and validity, no deadlines); no item writes a deadline; no phases",
            "plan targets (一、（三）, no task): 500万平方米 (「力争…新增…面积500万平方米以上」), 1000万平方米 (「在2025年基础上力争再新增"
            "1000万平方米」); not targets: 10000平方米 (a class of project, （八）), 五个新城 (a name), 2035年 / 2025年 (years), "
            "国能发新能规〔2021〕43号 (a document number), 八部委 (a cited document's issuers)"])

write_collected(DIR)
