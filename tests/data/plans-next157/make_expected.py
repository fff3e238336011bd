# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next157/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 39 (built by helper c157): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the round-39 rulings written
early included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next157/make_expected.py tests/data/plans-next157
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
src = shanghai_source
R2 = "CONVENTIONS.md rule 2"
R3 = "CONVENTIONS.md rule 3"
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(加强, 推进, 完善, 建立, 研究, 开展 without 组织, 签署, 报送…) is not a unit")
OPTION = "an option 「可…」「可以…」「可由A…」 is not an assignment (round 30, round 34)"
PERSON = "a person (负责人, 主要负责人, 法定代表人, 领导层, 从业人员) is never a unit (round 30, round 33)"
NOUNITS = ("the plan names no unit anywhere (no label, no body as a doer by rule 2): lead = [], responsible = [] "
           "(seeds EXPECTED.md lines 3–5; plans-dev 08)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x157_01_shanghai-shuiwuju-2023-linshui-fuhe-jianshe-shidian-tongzhi.txt"

plan(X01,
     title="关于本市推进林水复合建设试点工作的通知",
     title_note="the notice title as printed (twice: the first line and again after a blank line)",
     doc_no="沪水务〔2023〕627号 (printed under the title)",
     issuer="上海市水务局 (signed jointly with 上海市绿化和市容管理局 and 上海市规划和自然资源局)",
     date="2023-08-23",
     level="a city bureau (Shanghai) with two other city bureaux, a notice on pilots of combined forest-and-water "
           "construction: principles, goal, the areas, five ways of building, and six pilot requirements (technique, "
           "how areas are certified, upkeep, approvals of tree moves, balancing of resources, funding)",
     source=src("工程建设管理", "关于本市推进林水复合建设试点工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=acde98b0d1b340f4949325d8fac64063&siteId=0004", 3355),
     style="the title twice, the number, the addressees, a lead-in; 一、指导思想 and 三、工作目标 one paragraph each; 二、工作原则 "
           "a definition, a lead-in and 1.–4. run-in principles; 四、试点范围 a lead-in, 1.–3. areas and a closing "
           "prohibition; 五、实施路径 1.–5. heading lines over paragraphs; 六、试点要求 （一）–（六） heading lines over "
           "paragraphs; 「特此通知。」, three signatures, the date; blank lines between all paragraphs",
     leaf_tasks=11, count_alternatives=[14, 15, 18],
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "三、工作目标"],
     samples=[
        P(["五", "5"], [(4, "米")], not_targets=[(6, "米")],
          note="「在现状河口宽小于6米的河道两侧，可在两岸边坡上各新增一排乔木，树冠间距不大于4米…在现状河口宽大于6米的河道两侧，可采用…」 — "
               "no body named; 可 / 也可 options; 「树冠间距不大于4米」 a ceiling of a standard the work keeps (round 30's line: "
               "不大于) → 4米; 「河口宽小于6米／大于6米的河道」 picks the class of rivers each way of planting covers (round 34: a "
               "class the rule covers; round 38: figures that pick a class 「排水量超过100m3/d」 are not targets) → 6米 not "
               "a target; " + NODATE),
        P(["六", "（二）"], [(1, "亩"), (0.2, "")],
          note="「市绿化市容局、市水务局对于林水复合区域的森林面积、河湖面积进行认定」 — 进行认定 without 由 names no doer (round 37: "
               "「A对…进行审批／监督抽查」 without 由 names no doer; " + CLOSED + "); 「连续面积1亩以上，郁闭度0.2以上的区域计入森林面积」 "
               "and 「面积1亩以上…的，…计入河湖面积」 — RULING? 7: read as the item's own standard of certification (round 25: "
               "eligibility thresholds are targets; round 30's line: 以上) → 1亩, 0.2 (郁闭度, no unit); the other reading "
               "(a class the rule covers, round 34 / round 38) would make them not targets; " + NODATE),
        S(["六", "（四）"], [], ["水务部门", "绿容部门"],
          note="「涉及到林木迁移的，河湖管 理范围内其他林地的林木迁移由水务部门审批。如涉及公 益林地的，…许可手续，由绿容部门审批」 — "
               "the agent of 由 with a verb of doing 审批 (" + R2 + "; round 30: 由A统一指导、集中认定): two clauses, both bodies "
               "in order, no lead; RULING? 6: the 「涉及…的」 clauses are read as the item's scope (which approvals each body "
               "gives; the item's whole work is these approvals, round 30's 「（七）…发生…时，由A负责处置」), not rule 3's case "
               "clause inside an item whose work is something else; the stray spaces 「河湖管 理」「公 益」 are the stored text's; "
               + NODATE),
        S(["六", "（六）"], [], ["各区", "各街镇乡"],
          note="「林水复合建设试点项目由各区、各街镇乡负责实施，符合条件的，可按市级…政策按规定给予支持」 — 由A负责实施 (" + R2
               + "; round 32: 各区 / 各街镇 kinds, doers with a rule-2 verb; 「各区、各街镇乡」 two names, as round 30's 「各镇、园区」); "
               "lead [] (no 牵头); the support is an option (" + OPTION + "); 「“十四五”造林专项规划」 a name with a "
               "number, not a target; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the lead-in holds no task; 一、指导思想 and 三、工作目标 childless sections; 二、工作原则's 1.–4. are "
            "principles that name no unit (round 27 / round 33: not tasks where tasks name units); 四、试点范围's 1.–3. name "
            "the areas where pilots are encouraged, a list that gives no work (round 35: text), and its closing 「不宜实施」 "
            "paragraph a prohibition with no body (round 36: text); 五、实施路径 1.–5. (work instructions 应 / 可, leaves "
            "of a work section) → 5; 六、试点要求 （一）–（六） (a requirements section that holds the plan's own content, "
            "round 35 / round 39) → 6 → **11**. Accepted: 14 (四、1.–3. in), 15 (二、1.–4. in), 18 (both)",
            "samples: four of eleven — 五/5, 六/（二）, 六/（四）, 六/（六）. Not sampled: 五/1–4 (no body, 应 / 可 / 鼓励), "
            "六/（一） (no body; 不小于6米 and 不高于1.5米 are standards, targets), 六/（三） (林业和河湖管理部门可…: an option), "
            "六/（五） (市绿化市容局、市水务局进一步研究: no rule-2 verb), for the share of “none”",
            "units: 由A审批 (六/（四）), 由A负责实施 (六/（六）); 进行认定 / 研究 / options name none",
            "dates: 2023年 (a meeting's year), 2023年8月23日 (the signature) — no task has a date; no phases",
            "figures: 4米, 1.5米, 6米 (六/（一） 不小于), 1亩, 0.2 — targets; 6米 as a class of rivers (五/5), 〔2023〕627号, "
            "“十四五” — not targets",
            "duties: none"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x157_02_shanghai-anweiban-2023-shengchan-jingying-danwei-zhuti-zeren-luoshi-zhidao-yijian.txt"
OP02 = "关于进一步强化生产经营单位安全生产主体责任落实的指导意见"
SJ = "生产经营单位"
LEADIN02 = ("the item names no body as a doer of its own, so the section lead-in 「生产经营单位是安全生产的责任主体，对本单位的安全生产"
            "承担主体责任」 gives its body (rule 4; round 39: 「A承担…主体责任」 designates A as a doer; 生产经营单位 a kind of "
            "body, round 33's 物业服务企业); 「各地区、各部门要…指导督促生产经营单位…」 in the same lead-in is a general call "
            "(round 30: 「各部门要加强…」; round 32: 各地区 no kind) and 督促 no rule-2 verb; RULING? 1 (a lead-in's designation "
            "given to twenty items; round 39 keeps rule 4's lead-in open for 「A负责／组织…：」)")

plan(X02,
     title=OP02 + "（上海市安全生产委员会办公室印发" + OP02 + "的通知）",
     title_note="the opinion's own title (printed over two lines after the cover's date) or the notice title (the first "
                "line): either",
     doc_no="沪安委办〔2023〕30号 (from the index; the stored text prints no number)",
     issuer="上海市安全生产委员会办公室 (the index lists 上海市应急管理局 as publisher)",
     date="2023-07-27",
     level="a city work-safety committee's office (Shanghai), a guiding opinion on the safety duties of production and "
           "business units: general requirements, twenty duties of the units, five lines of oversight by the authorities",
     source=src("工程建设管理", "上海市安全生产委员会办公室印发关于进一步强化生产经营单位安全生产主体责任落实的指导意见的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=49a3d9f2a57148729aa0a233df26ab26&siteId=0037", 7761),
     style="a forwarding cover (addressees, 「现将《…》印发给你们」, signature and date on adjacent lines) and the opinion "
           "after a blank line, its title over two lines; a basis paragraph; 一、 a childless 总体要求 point; 二、 a lead-in "
           "paragraph and （一）–（二十） run-in items 「（一）提升全员安全生产法治意识。…」; 三、 a lead-in and （一）–（五） run-in "
           "items; no blank lines inside the opinion",
     leaf_tasks=25, count_alternatives=[20],
     attachment_task_rows=0,
     childless_top_level_sections=["一、提高政治站位，准确把握…总体要求"],
     samples=[
        U(["二", "（一）"], [SJ],
          note="「要紧密结合生产经营活动…持续开展安全生产法制宣传…」 no subject; 「生产经营单位负责人尤其是主要负责人要牢固确立法治观念」 — "
               + PERSON + "; " + LEADIN02 + "; " + NODATE),
        U(["二", "（二）"], [SJ],
          note="「法定代表人…作为生产经营单位的主要负责人，是本单位安全生产第一责任人，对本单位安全生产工作全面负责」 — 负责 by a person "
               "(" + PERSON + "); 领导层 / 分管安全生产的负责人 persons; the heading 「压实负责人安全生产领导责任」 gives out work "
               "(round 37) but only to persons; " + LEADIN02 + "; " + NODATE),
        U(["二", "（三）"], [SJ],
          note="「要建立健全…全员安全生产责任制…责任人要明确到每个岗位」 — no body (责任人 persons); 「一岗一责」 a name with a "
               "number word, not a target; " + LEADIN02 + "; " + NODATE),
        U(["二", "（四）"], [SJ],
          note="「要保证满足安全生产条件所必需的资金投入…安全生产费用主要用于下列事项：…」 — no body; the list of uses is text "
               "(round 35: a list that gives no work); 「三同时」 a name; " + LEADIN02 + "; " + NODATE),
        U(["二", "（八）"], [SJ],
          note="「要按照…指南…开展危险因素辨识…依法报告风险分级管控实施情况…组织建立事故隐患台账清单」 — no subject of its own "
               "(「需要生产经营单位内部…」 names the unit only as the place of the control, no rule-2 verb); 报告 a regulated "
               "party's filing, no duty (round 32); 「较大及以上级别」 a grade, no figure; 「五落实」 a name; " + LEADIN02
               + "; " + NODATE),
        U(["二", "（十）"], [SJ], not_targets=[(6, "个月")],
          note="「…主要负责人和安全生产管理人员，要在任职之日起6个月内，经应急管理部门考核合格」 — persons (" + PERSON + "); "
               "「经应急管理部门考核」 a reviewing body (round 36: 经A审查 is no unit; " + R3 + "); 「6个月内」 a limit counted "
               "from an event (任职之日起) with no comparison word: the deadline rule, not a target and no date (round 33, "
               "round 34); " + LEADIN02 + "; " + NODATE),
        U(["二", "（十一）"], ["建设单位"],
          note="「项目竣工投入生产或者使用前，要由建设单位负责组织对安全设施进行验收」 — 由A负责组织 (" + R2 + "): the item names "
               "its own doer, so the section lead-in's 生产经营单位 does not go to it (rule 4: only items that name none); "
               "「其安全设施设计要报经有关部门审查」 a receiver (" + R3 + "); 「竣工投入生产或者使用前」 an event, no date "
               "(round 34); 「三同时」 not here; " + NODATE),
        U(["二", "（十九）"], [SJ],
          note="「要建立安全生产奖惩机制，鼓励从业人员发现、报告…对…有功人员给予奖励…」 — no body (从业人员 / 有功人员 persons, "
               "鼓励 no rule-2 verb); " + LEADIN02 + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover holds no task (「请遵照执行」); the opinion's basis paragraph none; 一、 a childless 总体要求 "
            "point that names no unit (round 27 / round 36: a section); 二、's lead-in no task; 二、（一）–（二十） → 20; "
            "三、's lead-in no task (「各地区、各有关部门要…增强…督促…」: 各地区 no kind, 各有关部门 with no rule-2 verb); "
            "三、（一）–（五）, leaves of a work section that name no unit (要 / 鼓励, no subject) → 5 → **25**. Accepted: 20 "
            "(三、's items out as naming no unit — RULING? 2)",
            "samples: eight of twenty-five, all in 二、 — （一）（二）（三）（四）（八）（十）（十一）（十九）. Not sampled: 三、（一）–（五） "
            "(no unit, no date: each sample there would add three “none” checks; and RULING? 2), and the items of 二、 "
            "where a second reading gives other bodies: （五）（六）（九）（十五）（十六）（十七）（二十） (bodies given work with "
            "要 — 保险机构 in a time clause, 有关危险化学品…生产经营单位, 承包、承租单位 要…落实 (rule 2's 落实), 企业集团 "
            "要建立 / 组织救援, 企业集团总部 要加强 — RULING? 3), （七）（十二）（十三）（十四）（十八） (no body; the lead-in's "
            "生产经营单位 as the sampled ones)",
            "units: the section lead-in's designation (rule 4, RULING? 1) for the items of 二、 that name none; 由A负责组织 "
            "(二、（十一））; persons never",
            "dates: 2023年7月27日 (the cover) — no task has a date (6个月内 from an event; 前 of events); no phases",
            "figures: 6个月 (a limit from an event), 12345 (a hotline), 三同时 / 五落实 / 一岗一责 / 三管三必须 (names) — not "
            "targets",
            "duties: none (报告 / 报送备案 by the units are the regulated party's own filings, round 32)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x157_03_shanghai-jiaotongwei-2023-jiaotong-lingyu-qingneng-tuiguang-yingyong-fangan.txt"
PLAN03 = "上海交通领域氢能推广应用方案（2023-2025年）"

plan(X03,
     title=PLAN03 + "（市交通委、市发展改革委、市经济信息化委关于印发《" + PLAN03 + "》的通知）",
     title_note="the plan's own title (printed over two lines after the cover's date: 「上海交通领域氢能推广应用方案」 / "
                "「（2023-2025年）」) or the notice title (the first line): either",
     doc_no="沪交科〔2023〕496号 (from the index; the stored text prints no number)",
     issuer="上海市交通委员会, 上海市发展和改革委员会, 上海市经济和信息化委员会 (joint; the index lists 上海市交通委员会)",
     date="2023-07-08 (the signature; the index gives 2023-07-14)",
     level="three city commissions (Shanghai), a plan for hydrogen in transport 2023–2025: general requirements and "
           "goals, application scenes, five district demonstration areas, five measures, four safeguards",
     source=src("工程建设管理", "市交通委、市发展改革委、市经济信息化委关于印发《上海交通领域氢能推广应用方案（2023-2025年）.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=607f7e7be6e34960b05fabb712edd7c8&siteId=0010", 6292),
     style="a forwarding cover (three issuers on one line with runs of spaces, the date) and the plan; 一、总体要求 （一）–（三） "
           "(（二） four run-in principles 「场景牵引。…」); 二、 （一） 1.–3. headings over paragraphs (1. five run-in "
           "paragraphs 「氢能重卡：…」) and （二） a lead-in over three run-in paragraphs 「打造国际氢能示范港口。…」; 三、 a lead-in "
           "and （一）–（五） place headings 「（一）宝山：…」; 四、 and 五、 （一）–（五） / （一）–（四） heading lines over one "
           "paragraph each; blank lines between all paragraphs",
     leaf_tasks=30, count_alternatives=[23, 24, 26, 27, 28],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（三）"], [(1, "万辆")], dl="到2025年", dln="2025",
          note="「到2025年，力争实现示范应用燃料电池汽车总量超过1万辆」 — 超过 (round 30's line) → 1万辆; in a plan that names no "
               "units every numbered leaf is a task, 总体要求's items included (seeds EXPECTED.md line 4; plans-dev 08 counts "
               "三、建设目标's items); 到2025年 the deadline; 适时 no date; " + NOUNITS),
        P(["三", "（五）"], dl="到2030年", dln="2030",
          note="「充分发挥政府主导作用…引导物流企业开展氢能汽车置换工作，争取到2030年区内交通实现近零碳排放」 — no body as a doer "
               "(政府 in 发挥…作用; 物流企业 the object of 引导, a pivot, round 30); the heading 「（五）临港：…」 names a place, "
               "not a unit (the plan has no table of 责任单位; round 38's place heading needs one); 到2030年 beyond the plan's "
               "period is still the item's own date (round 37: an item's own date wins); " + NOUNITS),
        P(["四", "（二）"], [(70, "座")], dl="在2025年前", dln="2025", not_targets=[(70, "MPa")],
          note="「力争在2025年前，完成不少于70座加氢站建设」 — 不少于 (round 30's line) → 70座; 「在2025年前」 read as the year 2025 "
               "(the sets' answers read 「2030年前」「2024年前」 as that year; round 33's 「N月前」 rule speaks of months); "
               "「推进70MPa在内的加氢站项目」 names a kind of station by its pressure (round 30: a figure that only names a kind "
               "is not a target) → 70MPa not a target; 临港、嘉定、崇明等区域 objects of 支持 (no rule-2 verb); " + NOUNITS),
     ],
     plan_targets=[{"number": 1, "unit": "万辆",
                    "note": "一、（三）发展目标: 到2025年…超过1万辆, the plan's headline goal (also that item's target)"}],
     phases=[], duties=[],
     notes=["counting (a plan that names no units at all: every numbered leaf is a task, seeds EXPECTED.md line 4, "
            "plans-dev 08): the cover and the plan's basis paragraph none; 一、（一）指导思想 1, （二）基本原则 four run-in "
            "principles opening every paragraph (round 35: run-in headings are the section's items) 4, （三）发展目标 1 → 6; "
            "二、（一）1. five run-in paragraphs 「氢能重卡：」… (round 35) 5, 2. 1, 3. 1, （二） the lead-in no task and three "
            "run-in paragraphs 3 → 10; 三、 the lead-in no task, （一）–（五） → 5; 四、（一）–（五） → 5; 五、（一）–（四） → 4 → "
            "**30**. Accepted: 24 (一、's six out as 总体要求), 27 (（二）基本原则 as one leaf), 26 (二、（一）1. as one), 28 "
            "(二、（二） as one), 23 (27 and 26 together)",
            "samples: three of thirty, the items with figures and dates — 一/（三）, 三/（五）, 四/（二）. Not sampled: the run-in "
            "paragraphs (paths by first words would be needed) and the undated items with no figure, for the share of "
            "“none” (each would add three)",
            "units: none — 各相关区和示范点 研究制定 (no rule-2 verb), 配合民航局开展 (no subject; 民航局 a partner), 宝武集团 "
            "鼓励…打造, 交通、发改、经信…等部门协同 (a principle, no rule-2 verb): the plan names no unit",
            "dates: 2023年7月8日 (the cover), 到2025年 (一/（三）), 到2030年 (三/（五）), 在2025年前 (四/（二）); the plan's period "
            "2023-2025年 in the title dates nothing (round 38); no phases",
            "figures: 1万辆 (超过), 70座 (不少于) — targets; 70MPa (a kind of station, twice), 2022-2035年 / 2021-2025年 (other "
            "plans' periods), 二十大 — not targets",
            "duties: none"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x157_04_shanghai-jiaotongwei-2023-baoshan-andian-shiyong-jiaojiedan-shidian-tongzhi.txt"
GH = "上海市港航事业发展中心"
BS = "宝山区交通委员会"
YEAR04 = "the year is implicit: 2023, the notice's year (its signature 2023年7月12日; plans-dev EXPECTED.md's deadline rule)"

plan(X04,
     title="上海市交通委员会关于在宝山区试点实行“岸电使用交接单”制度的通知",
     title_note="the notice title as printed on the first line (printed again over three lines after it)",
     doc_no="沪交科〔2023〕494号 (from the index; the stored text prints no number)",
     issuer="上海市交通委员会",
     date="2023-07-12 (the signature; the index gives 2023-07-13)",
     level="a city commission (Shanghai), a notice piloting a shore-power handover form in Baoshan for two months: the "
           "pilot and its organisers, when ships must use shore power, how the form is signed and reported, building "
           "missing facilities, use of the form in enforcement",
     source=src("工程建设管理", "上海市交通委员会关于在宝山区试点实行“岸电使用交接单”制度的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=648e09713b1046ed914ee5e0da68d123&siteId=0010", 2257),
     style="the title, the title again over three lines, the addressees, a lead-in; five run-in points 一、–五、 on "
           "adjacent lines, 「特此通知。」, signature and date; then 「附件                 岸电使用交接单」 and the form "
           "itself (blank fields, XXX placeholders, （1）（2） configuration lines, £ check boxes)",
     leaf_tasks=5, count_alternatives=[4],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [GH, BS], dl="8月1日至9月30日", dln="2023-09-30", lead_alternatives=[[GH, BS]],
          not_targets=[(2, "个月")],
          note="「由上海市港航事业发展中心、宝山区交通委员会组织相关港口经营人、相关船舶企业开展试点工作」 — 「由A组织B开展」: A the "
               "doers (" + R2 + "; round 30: the object of 组织 is not a unit), two bodies in printed order, no 牵头 (lead [] "
               "with both accepted, rule 2: the doer alone may be the lead); 「试点时间2个月（8月1日至9月30日）」: the pilot's term, "
               "not a target (as plans-next149 read 「试点执行2年」), its end the deadline; " + YEAR04),
        P(["二"], [(3, "小时"), (2, "小时")],
          note="「在沿海港口…泊位靠泊超过3小时，在内河港口…靠泊超过2小时，且未使用有效替代措施的，应当使用岸电」 — RULING? 4: 超过 "
               "read as round 30's line (a threshold inside a 「…的」 condition that triggers the step 应当使用岸电, like "
               "「变化率超5%的应说明原因」; round 37: a trigger is a target), not as round 38's class 「排水量超过100m3/d」 → "
               "3小时, 2小时; 「港方应主动发起并与船舶签署」 签署 no rule-2 verb (" + CLOSED + "); 「可由企业出具…承诺书」 "
               + OPTION + "; " + NODATE),
        S(["三"], [], ["港方", "船方", "代理"], dl="10月8日之前", nodl=True, other_deadlines=["9月4日"],
          note="「“交接单”一式两份，由港方发起与船方或代理签署」 — RULING? 5: 由A＋a verb of doing with a partner, read as round 30's "
               "「由A与B签订」 (A and B both doers) and 「由A或B…」 (both) → 港方, 船方, 代理; the other reading (港方 alone, "
               "与B a partner like round 38's 「与A对接」) is not accepted by the scorer; 「港方可结合…」 " + OPTION + "; "
               "「各港口经营人应分别在9月4日和10月8日之前将上一月度“交接单”的签署情况报送至上海市港航事业发展中心、宝山区交通委员会」 "
               "— the regulated parties' filing (round 32 / round 37: no unit, no duty); deadline: none — Round 49 rulings, "
               "Dates (p46c), which names x157_04: an item whose only dates are a sending's dates the sending, and the "
               "item's deadline only where the thing sent is the result of its own one-off work; here the signing goes "
               "on with every call and what is sent is the last month's signing record (2023-10-08, the latest of the two "
               "days, was the answer before); " + YEAR04),
        U(["四"], ["港方"],
          note="「靠港船舶未使用岸电的，港方应认真分析具体原因，因…岸电设施不匹配导致多次未能使用岸电的，港方应及时组织增建…岸电设施」 — "
               "组织＋work (" + R2 + "; round 34): 港方 a kind of body (a party, round 33's 物业服务企业); the item's whole work "
               "is the response to its opening case (round 30: 「（七）…发生…时，由A负责处置」 takes A; round 38: the item's own "
               "survey 「发现…情况的，应组织…」 is its work, not a case clause); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the lead-in holds no task; the notice is written as five run-in points with no numbered "
            "children (round 34: childless headed points that give work — 由A组织, 应当 / 应 instructions — are tasks) → "
            "**5**; the 附件 form is an attachment with no task rows (its （1）（2） lines are blank configuration fields). "
            "Accepted: 4 (五、 out: 「本市积极支持…」 a statement, 船港双方应如实填写 and an option for 相关执法部门)",
            "samples: four of five — 一、 to 四、. Not sampled: 五、 (no unit: 相关执法部门可… an option, 船港双方 应 no "
            "rule-2 verb; no date), for the share of “none”",
            "units: 由A组织B开展 (一、), 由A…与B签署 (三、, RULING? 5), 组织增建 (四、); 签署 / 报送 / options name none",
            "dates: 8月1日至9月30日 (the pilot), 9月4日 and 10月8日 (两次报送), 2023年7月12日 (the signature); the year "
            "implicit, 2023; no phases (one pilot period, not stages)",
            "figures: 3小时, 2小时 (超过, RULING? 4) — targets; 2个月 (the pilot's term), 一式两份 (a form's copies), the "
            "form's XXX placeholders — not targets",
            "duties: none (the ports' monthly form counts sent to 港航中心 and 宝山区交通委 are a regulated party's filing, "
            "round 32)"])

# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in any plan
# (CONVENTIONS.md "Round 49 rulings", governs; round 27; in a plan naming no units the old count stays accepted) —
# samples dropped, count without them (README, "Round 50: aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('x157_03', [['一', '（三）']],
             '一、总体要求 （一）指导思想 （二）基本原则 （三）发展目标 「到2025年，力争…超过1万辆」 state aims, principles and goals: no tasks in any pl'
             'an (CONVENTIONS.md "Round 49 rulings", governs: this set\'s note read round 27\'s every leaf); in a p'
             "lan naming no units round 33's count with them stays accepted (30; 23, 26, 27, 28 as before)",
             24, [23, 26, 27, 28, 30],
             goals_figures="its figures are the plan's goals, plan-level targets by round 43's decided goal date an"
                           "d Round 57's x245_08 (a 目标 section's levels are plan targets) — not written here (this "
                           'alignment only drops the item)')
write_collected(DIR)
