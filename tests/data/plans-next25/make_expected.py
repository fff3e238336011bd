# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next25/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 19 (built by corpus25): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``at_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next25/make_expected.py tests/data/plans-next25
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    SHANGHAI_COMMIT,
    SHANGHAI_REPO,
    STORED_WHOLE,
    S,
    align29,
    at_in,
    plan,
    prose_and_listed,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

REPO, C49, WHOLE, PROSE = SHANGHAI_REPO, SHANGHAI_COMMIT, STORED_WHOLE, PROSE_ACTORS
SUBJ = ("the units here are the subjects of the item's sentences (「X负责…」, 「X应…」, 「X要…」) after a heading that names "
        "the task, with no label, colon or unit heading of their own: answered as prose by the corpus convention "
        "(plans-next17 x17_01 「局安委会负责制定…」, plans-next21 SUBJ); a reader may list them as responsible, the "
        "convention does not")
DUTYLIST = ("an item of a duty list (「各成员单位职责分工如下：」) whose first words are the unit, followed by that unit's duties "
            "and nothing else (「1.区民族宗教办负责指导…」): the item exists to give that unit its work, so the unit is "
            "responsible (the brief's rule for items whose first words are a unit followed by its duties, as plans-dev 12's "
            "「（一）城运中心：负责…」 without the colon); no lead label")
PARAS = ("the section has no numbered children: one leaf whose unnumbered paragraphs each open with a unit followed by "
         "its duties (「X负责…」, 「X是…牵头部门，负责…」), as plans-next21 x21_01 四、职责分工; the units are those the "
         "paragraphs open with; objects of their sentences are not units of the item")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/房屋与住房/{path} (official page {url}) — {WHOLE} ({chars})"


P, U = prose_and_listed(PROSE)


# ---------------------------------------------------------------------------------------------------------
X01 = "x25_01_wujing-2023-guimohua-juzhu-zulin-changsuo-changxiao-guanli-gongzuo-zhidu.txt"

plan(X01,
     title="吴泾镇规模化居住租赁场所长效管理工作制度（关于印发《吴泾镇规模化居住租赁场所长效管理工作制度》的通知）",
     title_note="the plan's title after the cover (printed on two lines 「吴泾镇规模化居住租赁场所长效管理」 / 「工作制度」), or "
                "the notice title (printed twice): either is accepted",
     doc_no="闵吴府发〔2023〕17号 (from the index; the stored text prints no number)",
     issuer="上海市闵行区吴泾镇人民政府", date="2023-12-27", level="town (Shanghai Minhang, 吴泾镇人民政府)",
     source=src("关于印发《吴泾镇规模化居住租赁场所长效管理工作制度》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=8d31263c-5830-44f0-b42b-0d843ef91b65&siteId=0079", 4641),
     style="town 工作制度 (a standing work system) after a short cover to 机关各办（部门），各居、村委…; no blank lines between "
           "paragraphs; 一、–四、 without numbered children (四、职责分工 = an opening paragraph for the leading group's office "
           "and eleven unnumbered 「X负责…」 / 「房管所牵头…」 paragraphs); 五、长效机制 （一）–（四） heading lines with the text "
           "on the next line; 六、 （一）–（三） 「heading。text」; 附件 list with half-width 「附件: 1.…」 and 「2.…」 lines, then "
           "附件2, a flattened 42-row table of rental premises (addresses, contact persons, phone numbers, room counts)",
     leaf_tasks=8, count_alternatives=[7, 9, 19, 20], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、管理范围", "三、组织领导"],
     samples=[
        U(["四"], ["领导小组办公室", "房管所", "经发办", "平安办", "城运中心", "行政执法队", "新吴泾公司", "司法所", "派出所",
                  "市场监督管理所", "水务站", "规建生态办"],
          targets=[(98, "%")], lead_alternatives=[["房管所"]],
          note=PARAS + "; 「房管所牵头领导小组办公室工作」 makes 房管所 the lead of the office's work, accepted as lead; "
               "「确保实有人口信息准确率达98%以上」 (平安办) is the figure the section sets; 「协同派出所」, 厂区、园区宿舍管理方, "
               "委托管理方, 律师, 第三方检测机构 are objects in sentences; 「工作定期汇报」 (the office's duty, see duties); " + NODATE),
        P(["五", "（一）"],
          note="heading line 「（一）定期例会制度」, text on the next line; " + SUBJ + " — 「领导小组办公室负责召集联络员召开月度"
               "工作例会」 (a monthly meeting, see duties); 「季度或年度工作例会由领导小组视情形召开」 is no fixed rhythm; " + NODATE),
        P(["五", "（二）"], not_targets=[(3, "条")],
          note="「三条底线」 names the three bottom lines (a Chinese numeral in a name), not a target; 「定期开展…专项检查」 is an "
               "inspection rhythm, not a reporting duty; " + NODATE),
        P(["五", "（三）"],
          note=SUBJ + " — 「领导小组办公室根据上级部署…不定期随机巡查…并形成专题报告」; 不定期 is no rhythm; " + NODATE),
        P(["五", "（四）"], note="「纳入镇对各职能部门、村年度工作考核内容」 is assessment, not a reporting duty; " + NODATE),
        P(["六", "（一）"], note="「heading。text」; 各成员单位 act in a sentence (a group, no label); " + NODATE),
        P(["六", "（二）"], note="各成员单位 in a sentence; " + NODATE),
        P(["六", "（三）"],
          note="各成员单位 in a sentence; the source's 「开展定期或动态评，」 (a word missing after 评) is kept; 定期 is no reporting "
               "rhythm; " + NODATE),
     ],
     plan_targets=[{"number": 98, "unit": "%"}, {"number": 2, "unit": "人"}],
     phases=[],
     duties=[{"what": "领导小组办公室召集联络员召开月度工作例会，通报最新的排摸、检查、处置情况", "when": "月度（每月）", "when_norm": "monthly"},
             {"what": "领导小组办公室数据集中统计、疑难问题会商、工作定期汇报", "when": "定期", "when_norm": None}],
     notes=["counting: 一、工作目标, 二、管理范围 and 三、组织领导 (the leading group, its members and office) are sections; 四、职责分工 "
            "(no numbered children, its paragraphs give the work) 1; 五、 （一）–（四） 4; 六、 （一）–（三） 3 → 8; accepted: 7 (四、 read "
            "as a section), 9 (三、 counted too), 19 (四、's twelve paragraphs read as tasks, 7 + 12), 20 (those and 三、)",
            "plan targets: 98% (四、, 平安办) and 「落实2人为领导小组办公室专职工作人员」 (三、); not targets: 「出租房屋30间以上、租赁期限"
            "不低于30天」 (二、, the scope's thresholds)",
            "the 附件 lines (「附件: 1.吴泾镇…领导小组名单」, 「2.吴泾镇规模化居住租赁场所统计表」) name attachments (附件1 is not "
            "stored); 附件2 is a statistics table of 42 premises (2023年11月27日) with addresses, persons' names, phone numbers "
            "and room counts: no tasks, no targets (persons are published text, not units)",
            "no dated deadline and no phase; the cover is dated 2023年12月27日"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x25_02_chongming-2023-jiu-zhufang-chengtao-gaizao-shishi-fangan.txt"
HOUSING2 = "区住房保障房屋管理局"

plan(X02,
     title="上海市崇明区旧住房成套改造实施方案（关于印发《上海市崇明区旧住房成套改造实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪崇房管规〔2023〕1号 (from the index; the stored text prints no number)",
     issuer="上海市崇明区住房保障和房屋管理局 (the plan passed by the district government's 38th executive meeting)",
     date="2023-11-30", level="district bureau (Shanghai Chongming)",
     source=src("关于印发《上海市崇明区旧住房成套改造实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=aa465c8f-9d2c-4b09-a428-dc52863da118&siteId=0085", 2914),
     style="district bureau plan after a cover; 一、–八、 with 「1.heading。text」 items (二、, 六、) and （一）（二） heading lines; "
           "三、改造对象 and 四、总体目标 unnumbered with the area and dated goals; 七、职责分工 = eight unnumbered paragraphs "
           "「X负责…」 (the first 「区住房保障房屋管理局是…牵头部门，负责…」); consent thresholds (80%, 95%) in procedure steps; "
           "an effective date at the end",
     leaf_tasks=15, count_alternatives=[14, 11, 10, 22, 17], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "三、改造对象", "四、总体目标"],
     samples=[
        P(["二", "1"], note="principle; " + NODATE),
        P(["二", "4"], note="principle; 各行业部门 / 属地乡镇 act in sentences (groups, no label); " + NODATE),
        P(["五", "（二）"], note="heading line then 「除市级补贴外，余下资金由原产权单位承担」: 原产权单位 in a sentence; " + NODATE),
        P(["六", "2"], not_targets=[(80, "%")],
          note="「取得80%以上…同意」: a consent threshold a project must reach (as x21_02's 五分之四 vote share), not a target; "
               "实施主体 (the implementing body, no unit name) and 区房屋管理部门 act in sentences; " + NODATE),
        P(["六", "3"], note="「报区发展改革委立项」: the unit is where the request goes, in a sentence; " + NODATE),
        P(["六", "4"], not_targets=[(95, "%")],
          note="「取得总户数95%以上同意后方可实施」: a consent threshold, not a target; 区发展改革委 in a sentence; " + NODATE),
        P(["六", "6"], note="原产权单位, 测绘服务机构, 房屋权属调查机构 act in sentences; 「多测合一」 is a name; " + NODATE),
        U(["七"], [HOUSING2, "区发展改革委", "区财政局", "区规划资源局", "区建设管理委", "乡镇人民政府", "原产权单位"],
          lead_alternatives=[[HOUSING2]],
          note=PARAS + "; 「区住房保障房屋管理局是旧住房成套改造工作牵头部门」 names the lead of the whole work, accepted as lead; "
               "the closing 「区城市更新领导小组其他成员单位按各自职责范围协同推进…」 names a group by category (not listed); "
               "实施主体 is an object of 原产权单位's paragraph; " + NODATE),
        P(["八", "（一）"],
          note=SUBJ + " — 「区住房保障房屋管理局要发挥…专班作用」, 「各乡镇要…」; 业主委员会, 物业服务企业 are objects; " + NODATE),
        P(["八", "（二）"],
          note="「区住房保障房屋管理局要…按月通报各乡镇进展情况」 (a monthly report, see duties; the unit in a sentence); 考核 is "
               "assessment; " + NODATE),
     ],
     plan_targets=[{"number": 3.3, "unit": "万平方米"}, {"number": 1.1, "unit": "万平方米"}, {"number": 2.2, "unit": "万平方米"}],
     phases=[],
     duties=[{"what": "区住房保障房屋管理局按月通报各乡镇进展情况", "when": "按月", "when_norm": "monthly"}],
     notes=["counting: 一、指导思想, 三、改造对象, 四、总体目标 are sections; 二、 1.–4. 4 (principles); 五、 （一）（二） 2; 六、 1.–6. 6; "
            "七、职责分工 (no numbered children) 1; 八、 （一）（二） 2 → 15; accepted: 14 (七、 read as a section), 11 (二、's "
            "principles not tasks), 10 (both), 22 (七、's eight paragraphs read as tasks), 17 (三、 and 四、 counted as goals)",
            "plan targets in 三、: 「共3.3万平方米，其中小梁薄板房屋1.1万平方米，不成套职工住宅2.2万平方米」; 四、's dated goals "
            "(到2025年底 / 2027年底 / 2032年底) are goals by year, not phases of the plan",
            "the five towns in 三、 (城桥镇、堡镇、庙镇、向化镇和长兴镇) are places, not units of a task; 第38次 (a meeting), "
            "沪府办规〔2021〕2号, 沪委办〔2022〕53号 are no targets",
            "「本实施方案自2023年12月31日起施行」: an effective date (a start), not a deadline"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x25_03_hongkou-2023-jiazhuang-dianti-lianhe-zhifa-jiancha-chufa-gongzuo-fangan.txt"
HFG = "区房管局"

plan(X03,
     title="虹口区既有多层住宅加装电梯工程 联合执法检查与处罚工作方案",
     title_note="the only title (no cover notice; printed with a space, which the scorer squashes)",
     doc_no="虹房管〔2023〕16号 (from the index; the stored text prints no number)",
     issuer="上海市虹口区住房保障和房屋管理局, jointly signed by 虹口区建设和管理委员会, 虹口区应急管理局, 虹口区市场监督管理局, "
            "虹口区城市管理行政执法局",
     date="2023-06-12", level="district bureaus (Shanghai Hongkou)",
     source=src("虹口区既有多层住宅加装电梯工程 联合执法检查与处罚工作方案.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=75c6131a-d4e9-4bb7-90c5-d4fcab48c450&siteId=0076", 2617),
     style="joint enforcement plan of five district bureaus without a cover; 二、 names the enforcing units in one sentence; "
           "三、 is a checklist of 20 numbered 「…的情况；」 items under (一) (ASCII brackets) / （二）/ （三）; 四、职责分工 = seven "
           "unnumbered 「X负责…」 paragraphs; 五、 （一）–（四） heading lines with a monthly joint inspection; signatures of five "
           "bureaus on three lines separated by runs of spaces",
     leaf_tasks=25, count_alternatives=[24, 8, 7, 31, 26], attachment_task_rows=0,
     childless_top_level_sections=["一、基本原则", "二、执法检查主体"],
     samples=[
        P(["三", "(一)", "1"],
          note="a checklist item (what the joint inspection checks); path with the ASCII bracket as printed 「(一)安全检查内容」; "
               "「(材料堆场区域)」 / 「(警示标志)」 are ASCII-bracketed glosses; " + NODATE),
        P(["三", "(一)", "5"], note="「（高空作业、电焊作业等）」: examples, not units; " + NODATE),
        P(["三", "（二）", "9"], note="checklist item; " + NODATE),
        P(["三", "（三）", "2"], note="checklist item; 夜间 is no date; " + NODATE),
        U(["四"], [HFG, "区建管委", "区应急局", "区市场监管局", "区城管执法局", "属地街道综合行政执法队（城管中队）",
                  "区消防救援支队", "属地街道派出所", "各街道"],
          lead_alternatives=[[HFG]],
          note=PARAS + "; 「区房管局负责…全面管理…牵头协调相关部门…开展联合执法检查和处罚」: 区房管局 accepted as lead; "
               "「属地街道综合行政执法队（城管中队）」 kept whole with its bracketed short name; 「区消防救援支队和属地街道派出所负责…」 "
               "names two units joined by 和; 代建单位, 监理单位, 施工单位, 区公安分局 (移送…处理), 安委办 are objects; " + NODATE),
        P(["五", "（一）"],
          note="heading line then the group: 组长由区房管局局长担任 (a post), 副组长 from the listed units' 分管领导 — organisation, "
               "not the item's units; " + NODATE),
        S(["五", "（二）"], ["区房管局"], ["区房管局", "所属街道"], note="round 29, CONVENTIONS.md rule 2 and 3: 「由区房管局牵头定期…开展联合执法检查工作，检查加装电梯工程的所属街道一同参加」: 「由A牵头」 with 「B参加」, lead A, responsible A, B; 各监管单位 / 联络员 are members of the joint check (rule 3) (was lead [], responsible []); the earlier reading: " + "「由区房管局牵头定期（每月一次）开展联合执法检查工作」: 牵头 in a sentence (no label), accepted as lead (as plans-next24 "
               "x24_03's 「由区绿化市容局牵头，组织…」); 每月一次 is the inspection rhythm (see duties), not a target; "
               "「确定联合执法检查联络员」 names liaisons (see duties); " + NODATE),
        P(["五", "（三）"], note="各监管单位 act in sentences; 整改时限 is no date; " + NODATE),
        P(["五", "（四）"],
          note="「区房管局定期将…检查与处罚情况进行汇总，以加装电梯工作简报形式通报」 (see duties; the unit in a sentence); " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "区房管局牵头定期（每月一次）开展联合执法检查工作，检查形成问题清单", "when": "每月一次", "when_norm": "monthly"},
             {"what": "各加装电梯工程监管单位确定联合执法检查联络员", "when": None, "when_norm": None},
             {"what": "区房管局定期将各监管单位的检查与处罚情况汇总，以加装电梯工作简报形式通报", "when": "定期", "when_norm": None}],
     notes=["counting: 一、基本原则 and 二、执法检查主体 (one sentence naming the seven enforcing parties) are sections; 三、 (一) 1.–6. "
            "6, （二） 1.–9. 9, （三） 1.–5. 5 = 20; 四、职责分工 (no numbered children) 1; 五、 （一）–（四） 4 → 25; accepted: 24 (四、 "
            "read as a section), 8 (三、's checklist read as three leaves (一)–(三), plus 四、 and 五、), 7 (that and 四、 a section), "
            "31 (四、's seven paragraphs read as tasks), 26 (二、 counted too)",
            "三、's items are what the inspections look at (「…的情况」), not work given to a unit; they carry no unit or date",
            "沪建房管修〔2019〕749号, 沪建质安〔2021〕526号, 沪精细化办〔2021〕17号 are document numbers, not targets",
            "no dated deadline and no phase; the date 2023年6月12日 is under the five signatures"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x25_04_lingang-2023-zhengshou-anzhi-zhufang-jianshe-guanli-tongzhi.txt"
ZBZX = "住保中心"

plan(X04,
     title="关于进一步加强临港新片区征收安置住房项目建设和管理工作的通知",
     title_note="the notice title (printed twice, before and after the removed # marker's line); the notice is the plan",
     doc_no="沪自贸临管委〔2023〕40号 (printed under the repeated title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2023-03-15", level="district-level area (Lin-gang Special Area administration; the index's 层级 「其他」)",
     source=src("关于进一步加强临港新片区征收安置住房项目建设和管理工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=44ac7cf6028d4b7abbfaab8a46834070&siteId=0058", 1700),
     style="a notice that gives requirements and work (supplementing an earlier 实施意见): 一、–四、 with （一）…（十二） running on "
           "across the sections, each 「（N）heading。text」; the actors (住保中心, 各属地镇政府, 建设单位) only in sentences; "
           "addressees ending with an ASCII 「:」; the last item is the effective date",
     leaf_tasks=12, count_alternatives=[11], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（一）"], note="「在管委会专户设立专账」: no actor named; " + NODATE),
        P(["一", "（二）"], note="新片区住房保障领导小组 reviews prices, in a sentence; " + NODATE),
        P(["一", "（四）"], not_targets=[(20, "%")],
          note="「开发建设单位最低资本金比例不低于20%」: a qualification condition on developers (a floor they must meet), not a "
               "target the plan sets for a unit; 短名单制 is a rule; " + NODATE),
        P(["二", "（六）"], note="「由住保中心统筹管理」: 由X in a sentence (管理, not 牵头); the numbering runs on (（六） under 二、); " + NODATE),
        P(["二", "（七）"],
          note=SUBJ + " — 「各属地镇政府应加强需求排摸精度」; 「作为…对各镇年度考核的重要指标」 is assessment; " + NODATE),
        S(["二", "（八）"], ["住保中心"], ["住保中心"], note="round 29, CONVENTIONS.md rule 2 and 3: 「住保中心负责牵头制定统一的房源使用流程」: 「A牵头（负责）」, lead and responsible A; 建设单位 / 用房单位 report to 住保中心 and file with 市房屋管理局 (receivers, rule 3) (was lead [], responsible []); the earlier reading: " + SUBJ + " — 「住保中心负责牵头制定统一的房源使用流程」 (牵头 in a sentence, accepted as lead); 「建设单位（或用房单位）应"
               "及时向住保中心报送房源供应信息，并按要求报市房屋管理局备案」 (see duties); 「（取得施工许可证）」 is a condition; " + NODATE),
        S(["三", "（十）"], ["住保中心"], ["住保中心"], note="round 29, CONVENTIONS.md rule 2: 「住保中心牵头加快建立…系统」: 「A牵头」, lead and responsible A (was lead [], responsible []); the earlier reading: " + "「住保中心牵头加快建立完善…房源管理信息系统」: 牵头 in a sentence, accepted as lead; " + NODATE),
        S(["三", "（十一）"], ["住保中心"], ["住保中心", "相关部门", "各镇政府", "建设单位"], lead_alternatives=[[]], note="round 29, CONVENTIONS.md rule 2: 「住保中心应会同相关部门及各镇政府、建设单位等，建立健全基础台账」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A and B in the printed order (was lead [], responsible []); the earlier reading: " + "「住保中心应会同相关部门及各镇政府、建设单位等」: 会同 in a sentence (plans-dev 03's 会同 lead is a label 「（X会同…负责）」; "
               "here prose), 住保中心 accepted as lead; " + NODATE),
        P(["四", "（十二）"], note="「自通知发布之日起施行」: the effective date, a start, not a deadline; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "建设单位（或用房单位）及时向住保中心报送房源供应信息，并按要求报市房屋管理局备案", "when": "及时", "when_norm": None}],
     notes=["counting: 一、 （一）–（五） 5; 二、 （六）–（九） 4; 三、 （十）（十一） 2; 四、其他 （十二） 1 → 12; accepted: 11 (（十二） the "
            "effective date read as no task)",
            "沪房规范〔2021〕1号, 沪房建管〔2021〕207号, 沪自贸临管委〔2020〕324号 are document numbers; 20% is a condition (see "
            "（四）); no plan targets",
            "no dated deadline, no phase; 住保中心 is the Lin-gang housing security centre, named only by this short name"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x25_05_baoshan-2021-fangwu-zhengshou-jianguan-shishi-fangan.txt"

plan(X05,
     title="关于进一步加强房屋征收监管工作的实施方案（上海市宝山区人民政府办公室转发区国资委制订的《关于进一步加强房屋征收监管工作的实施方案》的通知）",
     title_note="the plan's title after the cover (printed on two lines 「关于进一步加强房屋征收」 / 「监管工作的实施方案」), or the "
                "notice title: either is accepted",
     doc_no="宝府办〔2021〕40号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区人民政府办公室 (转发 the plan of 上海市宝山区国有资产监督管理委员会, signed 2021年7月14日)",
     date="2021-07-30", level="district (Shanghai Baoshan, 区政府办公室; the plan by 区国资委)",
     source=src("上海市宝山区人民政府办公室转发区国资委制订的《关于进一步加强房屋征收监管工作的实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=79738c6d-e12d-4493-b6fb-1e30c1fb9706&siteId=0078", 3113),
     style="district 转发 notice + a bureau's plan for its two expropriation service firms; 一、 （一）–（四） 「heading——text」 "
           "(with a dash), 二、 an opening sentence then （一）–（六） 「heading。text」, where （一） runs five numbered points 1.–5. "
           "inside ONE paragraph; actors in sentences (征收事务所, 街镇（园区）); roles stated as 「X是…的实施主体」 in 一、（一）",
     leaf_tasks=10, count_alternatives=[14, 6], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        U(["一", "（一）"], ["区规划资源局", "区住房保障房屋管理局", "各街镇（园区）", "征收事务所"],
          note="「征收主体——…我区是区规划资源局和区住房保障房屋管理局代区政府作为…行政主体…；各街镇（园区）是属地房屋征收补偿的"
               "实施主体，区内两家征收事务所受…委托作为实施单位承担…具体工作」: the item states who is the 行政主体 / 实施主体 / "
               "实施单位 (「X是…的实施主体」, as plans-next21 x21_02 四、); 征收事务所 is the plan's defined short name for the two "
               "firms; 区（县）人民政府 and 区土地、房屋管理部门 restate the city rule (generic), not this district's units; "
               "no lead label; " + NODATE),
        P(["一", "（二）"], note="「heading——text」; no actor; " + NODATE),
        P(["一", "（四）"],
          note="街镇（园区） select firms in a sentence; 「两至三家」 is how many appraisal firms go to the vote (not checked); " + NODATE),
        P(["二", "（一）"], targets=[(2, "名")],
          note="five numbered points 1.–5. run inside one paragraph (not on lines of their own: read as parts of （一）; 14 "
               "accepted for a parser that makes them leaves); 「严格落实2名及以上工作人员持证开展征收补偿工作」: a staffing floor "
               "the item sets; 「定期召开例会沟通征收工作进展」 (see duties); 街镇（园区）, 征收事务所, 市房地产估价专家委员会 act in "
               "sentences; 人大代表、村居委工作人员、律师 are participants; " + NODATE),
        P(["二", "（二）"], note="第三方专业机构, 征收事务所 in sentences; 外部——/内部—— are no numbered items; " + NODATE),
        P(["二", "（三）"],
          note="「内部进行四级审核」 (four review levels) is a procedure, not a target; 投资监理 in a sentence; 《会计法》 a law; " + NODATE),
        P(["二", "（四）"], note="「 “招录关”」 with a space before the quote as printed; " + NODATE),
        P(["二", "（五）"], note="「定期检查、随机抽查」 of sign-up work: an inspection rhythm, not a reporting duty; " + NODATE),
        P(["二", "（六）"], note=NODATE),
     ],
     plan_targets=[{"number": 2, "unit": "名"}],
     phases=[],
     duties=[{"what": "建立各征收参与部门会商制度，定期召开例会沟通征收工作进展", "when": "定期", "when_norm": None}],
     notes=["counting: 一、 （一）–（四） 4 (each a 「heading——text」 item on how expropriation is organised); 二、 （一）–（六） 6 → 10; "
            "accepted: 14 (二、（一）'s in-paragraph 1.–5. read as five leaves), 6 (一、 read as a description of the mechanism, "
            "not tasks)",
            "二、's opening sentence 「针对我区…存在的问题，制定相应整改措施…」 is unnumbered text of the section",
            "上海市人民政府令第71号, 沪府发〔2011〕75号 are document numbers; 两家 (the two firms), 两种 (two methods) are no targets",
            "no dated deadline, phase or dated duty; the plan is signed by 区国资委 on 2021年7月14日, the cover 2021年7月30日"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x25_06_chongming-2020-nongcun-fangwu-anquan-yinhuan-paicha-zhengzhi-gongzuo-fangan.txt"
DEPLOY = ("the step's heading 「（一）全面部署（2020年12月9日前）」 gives the deadline its items inherit; the cover is dated "
          "2020年12月21日, after it (as printed)")
SURVEY = "the heading 「（二）排查工作（2021年6月底前）」 gives the deadline of its items"
FIX3 = ("the heading 「（三）整治工作（3年内）」 gives 「3年内」 (within three years of the plan, about 2023-12): a relative "
        "period, the deadline is not checked")

plan(X06,
     title="上海市崇明区农村房屋安全隐患排查整治工作方案（上海市崇明区人民政府办公室关于印发本区农村房屋安全隐患排查整治工作方案的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪崇府办发〔2020〕26号 (from the index; the stored text prints no number)",
     issuer="上海市崇明区人民政府办公室", date="2020-12-21", level="district (Shanghai Chongming)",
     source=src("上海市崇明区人民政府办公室关于印发本区农村房屋安全隐患排查整治工作方案的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0cc2c694-1000-4840-993a-b62e58fb3e62&siteId=0085", 4425),
     style="district campaign plan after a cover with 「（此件公开发布）」; 二、组织保障 = the leading group in prose then "
           "「各成员单位职责分工如下：」 and sixteen items 「N.区X负责…」; 四、工作任务 steps with dates in their headings "
           "(「（一）全面部署（2020年12月9日前）」, 「（三）整治工作（3年内）」), the first step's items numbered with the single "
           "characters ⒈ ⒉ (U+2488/2489), unnumbered stage lines 「第一阶段：重点排查（2020年12月底前）」 inside 1.排查流程 / "
           "1.整治流程, and 「（1）」–「（5）」 under 2.整治内容; 一要…三要 in a paragraph",
     leaf_tasks=27, count_alternatives=[26, 28], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "三、排查范围"],
     samples=[
        U(["二", "1"], ["区民族宗教办"], note=DUTYLIST + "; " + NODATE),
        U(["二", "7"], ["区规划资源局"],
          note=DUTYLIST + " (「区规划资源局结合…，共享…，指导…」 without 负责); " + NODATE),
        U(["二", "8"], ["区建设管理委", "区住房保障房屋管理局"],
          lead_alternatives=[["区建设管理委", "区住房保障房屋管理局"]],
          note=DUTYLIST + "; two units before 负责, and their duty 「牵头组织农村房屋安全隐患排查整治工作」 makes both the lead, "
               "accepted as lead; 市 is an object (「配合市搭建…」); " + NODATE),
        U(["二", "9"], ["区农业农村委"], note=DUTYLIST + "; 「配合规划资源局汇总」: an object; " + NODATE),
        U(["二", "13"], ["区城管执法局"], note=DUTYLIST + "; 各乡镇 is an object; " + NODATE),
        U(["二", "16"], ["区消防救援支队"], note=DUTYLIST + "; " + NODATE),
        dict(P(["四", "（一）", "1"], dl="2020年12月9日前", dln="2020-12-09",
               note="the item is numbered 「⒈」 (one character, U+2488), path written with the number it stands for; 各乡镇 in a "
                    "sentence; 「明确具体的牵头部门和联络员」 (see duties); " + DEPLOY),
             **at(X06, "⒈")),
        dict(P(["四", "（一）", "2"], dl="2020年12月9日前", dln="2020-12-09",
               note="numbered 「⒉」 (U+2489); no actor named; " + DEPLOY),
             **at(X06, "⒉")),
        P(["四", "（二）", "1"], dl="2021年6月底前", dln="2021-06", other_deadlines=[{"deadline": "2020年12月底前", "deadline_norm": "2020-12"}],
          note="1.排查流程 holds the two stages 「第一阶段：重点排查（2020年12月底前）」 and 「第二阶段：全面排查（2021年6月底前）」 "
               "(unnumbered lines, see phases): the item ends with the later one; 各乡镇 in sentences; " + SURVEY),
        P(["四", "（二）", "2"], dl="2021年6月底前", dln="2021-06",
          note="「四个等级」 (four grades) is a classification, not a target; 一要…三要 are no numbered items; 各乡镇 in a sentence; "
               + SURVEY),
        P(["四", "（三）", "2", "（4）"], skip_deadline=True,
          note="「区农业农村委、区规划资源局尽快建立绿色通道」 and 「各乡镇要…」: units in sentences (no label); 尽快 is no date; " + FIX3),
        P(["四", "（三）", "2", "（5）"], skip_deadline=True,
          note=SUBJ + " — 「各乡镇政府要建立完善…工作台账」; 「完成一户，销号一户」 is a rule, not a target; " + FIX3),
        P(["四", "（四）"], note="heading line then text; 乡村建筑师 are people brought in; no date; " + NODATE),
     ],
     plan_targets=[{"number": 269, "unit": "个"}],
     phases=[{"name": "全面部署", "start": None, "end": "2020-12"},
             {"name": "重点排查", "start": None, "end": "2020-12"},
             {"name": "全面排查", "start": None, "start_alt": "2021-01", "end": "2021-06"},
             {"name": "重点整治", "start": None, "end": "2021-06"},
             {"name": "全面整治", "start": None, "start_alt": "2021-07", "end": "2023-12", "end_alt": "2023-11"}],
     duties=[{"what": "各乡镇建立工作小组，明确具体的牵头部门和联络员", "when": "2020年12月9日前", "when_norm": "2020-12-09"},
             {"what": "各乡镇在政务微信农房普查系统中按要求录入、提交房屋资料，建立排查台账", "when": "2021年6月底前", "when_norm": "2021-06"}],
     notes=["counting: 一、总体要求 and 三、排查范围 are sections; 二、 1.–16. 16 (the leading group's opening paragraph is text of the "
            "section); 四、: （一） ⒈⒉ 2, （二） 1.2. 2, （三） 1. + 2.（1）–（5） 6, （四） 1 = 11 → 27; accepted: 26 (⒈ ⒉ not read as "
            "numbers, （一） one leaf), 28 (三、 counted)",
            "phases: 全面部署 ends 2020年12月9日; 排查 has two stages (重点排查 to 2020年12月底, 全面排查 to 2021年6月底) and 整治 two "
            "(重点整治 to 2021年6月底, 全面整治 「3年内」 ≈ 2023-12, end_alt 2023-11); starts are not printed (start_alt = the day after "
            "the stage before, where one precedes); the stage lines are unnumbered and named 第一阶段 / 第二阶段 twice, so the "
            "phases are named by their stage names",
            "plan target: 「对本区269个行政村…全面排查摸底」; not targets: 「6个牵头部门」 (a count of departments), 「力争用3年左右时间」 "
            "and 「三年时间」 (periods), 沪府办规〔2020〕17号",
            "the unit names as printed (区住房保障房屋管理局 in 二、8. and 区住房保障局 in the office sentence are one bureau; "
            "「配合规划资源局」 without 区)"])


# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("x25_01", ["五", "（一）"], [], ["领导小组办公室"], "「领导小组办公室负责召集联络员召开月度工作例会」: the subject of 负责 is responsible, no lead (A alone accepted as lead); the office is set up elsewhere in the plan, not by this item", alt=[["领导小组办公室"]])
align29("x25_04", ["二", "（六）"], [], ["住保中心"], "「由住保中心统筹管理」: the agent of 由 is responsible, no lead (A alone accepted as lead)", alt=[["住保中心"]])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x25_05", ["一", "（四）"], [], ["街镇（园区）"], "「协议动迁一般由街镇（园区）选定两至三家…评估机构」, 「由所在街镇（园区）组织被征收居民…确定最终的评估机构」: the agent of 由 with a verb of doing and with 组织＋verb, the same body twice (所在 「where the site is」 is no part of its name), responsible, no lead (A alone accepted); 居民 are persons", alt=[["街镇（园区）"]])
align30("x25_06", ["四", "（一）", "1"], [], ["各乡镇"], "「各乡镇…建立工作小组，明确具体的牵头部门和联络员，落实乡镇政府排查整治工作主体责任」: the subject of 落实, responsible, no lead (A alone accepted)", alt=[["各乡镇"]])
# round 31: answers aligned (ra31) to tests/data/CONVENTIONS.md — the checks that passed with the sentence-unit
# reader off and failed with it on, each read again by the ruling (README, "Round 31: answers aligned (ra31)")
from expected_tools import align31  # noqa: E402

align31('x25_05', ['二', '（一）'], [], ['街镇（园区）', '街镇（园区）相关部门'], '「协议动迁评估时点由街镇（园区）确定」「由街镇（园区）相关部门下发至征收事务所」: agents of 由 with verbs of doing, names as printed, no lead; 「评估报告报街镇（园区）审核」 and 「报请市房地产估价专家委员会进行鉴定」 name receivers (rule 3); 征收事务所建立健全… has no rule-2 verb', rule='2 and 3')  # noqa: E501

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x25_02', ['六', '2'], [(80, '%')],
                   '「取得80%以上公房承租人…同意」: 80% joined to 以上, the consent that triggers the step')
align31_thresholds('x25_02', ['六', '4'], [(95, '%')],
                   '「取得总户数95%以上同意后方可实施」: 95% joined to 以上, the consent that triggers the step')
align31_thresholds('x25_04', ['一', '（四）'], [(20, '%')],
                   '「开发建设单位最低资本金比例不低于20%」: a floor joined to 不低于')
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x25_04', None, 'a regulated party\'s filing is no duty', '「建设单位（或用房单位）及时向住保中心报送房源供应信息，并按要求报市房屋管理局备案」: the projects\' builders and users, parties of the procedure the notice sets, not its units (住保中心, 各镇)', drop_duties=['建设单位（或用房单位）'])
# round 39 (p39g): rule 4 as written — a lead-in's doers for the items that name none, by reading the items
from expected_tools import align39_units  # noqa: E402

align39_units('x25_06', ['四', '（二）', '1'], [], ['乡镇'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): （二）'s opening paragraph 「由乡镇对行政管辖区域内的农村房屋安全隐患开展全覆盖集中排查」 (由A＋verb) names the doer; the item names none of its own (「各乡镇于…完成重点排查」: 完成 is no rule-2 verb): responsible 乡镇, lead [] (the single body accepted)", alt=[['乡镇']])  # noqa: E501
align39_units('x25_06', ['四', '（二）', '2'], [], ['乡镇'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): （二）'s opening paragraph 「由乡镇对行政管辖区域内的农村房屋安全隐患开展全覆盖集中排查」 (由A＋verb) names the doer; the item names none of its own (「各乡镇于…完成重点排查」: 完成 is no rule-2 verb): responsible 乡镇, lead [] (the single body accepted)", alt=[['乡镇']])  # noqa: E501

# Round 51 (rul51): answers aligned to tests/data/CONVENTIONS.md, "Round 51 rulings" (README, "Round 51")
from expected_tools import _sample32 as _s51  # noqa: E402

_p51, _q51 = _s51("x25_02", ["六", "4"])
_q51["responsible"], _q51["responsible_alternatives"] = ["实施主体"], [[]]
_q51["note"] = ("Round 51: CONVENTIONS.md Round 51 rulings → Units (a bare role the plan never sets up; round 34 governs): "
                "「由实施主体对批复主要内容进行公示」 — 由A进行＋work (round 43), and 实施主体 is a body named by its role, a unit as "
                "printed (responsible [] → [实施主体]; none accepted); the earlier reading: " + _q51["note"])

# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68_drop  # noqa: E402

align68_drop("x25_02", [["二", "1"], ["二", "4"]],
             "二、基本原则 1. 「坚持以人为本…」 and 4. 「坚持条块联动。各行业部门做好政策指导，属地乡镇充分发挥主动性…」 state a stance and a principle of roles, naming no unit in a plan whose tasks name units",
             11, [15, 14, 10, 22, 17])

# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the printed names accepted)
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'各街镇（园区）': '各街镇', '街镇（园区）': '街镇', '街镇（园区）相关部门': '街镇相关部门'})

write_collected(DIR)
