# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next331/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 63 (built by helper c331, for round 64): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``);
every answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings,
written early" to its end in full, older rulings only where a ruling quoted there led) and plans-dev EXPECTED.md
(lines 1–60) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the lead
scores it first.

    PYTHONPATH=. python tests/data/plans-next331/make_expected.py tests/data/plans-next331
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines and the blank line after them, the `# ` before the heading line, kept as line 1); "
          "the text was copied from the tool's answer and checked: the wrapper rebuilt in front of it gives exactly the "
          "stored character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("outside articles rule 2's list is closed (rounds 30, 44; Round 83's x316_01 一, x316_02: 要＋加强／建立／做好 "
          "name none; Round 85's x318_05: 做好, 部署, 安排, 开展 without 组织)")
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 84's p61a-2: a party "
           "the rules bind by 应当 is a regulated party whose acting lines are tasks); a review of a submission and the "
           "decision on it (Round 85's x317_03 第九条（一））, a sending (Round 83's x315_01 第十一条; Round 85's x322_04 "
           "第七条) and options (可, round 49 p46b) name none")
NOSUBJ = ("acts of the rules' own bodies with no subject give work (round 65's x274_01; Round 87's x325_03 三、): a task "
          "naming no unit")
LIMIT = ("a time limit running from an event 「在24小时内」「在20日内」 is no target and no deadline (rounds 33, 54, 58; "
         "Round 87's x326_08 二/1)")
RECUR = ("a date that recurs each year 「每年9月底」「每年一季度」 is a rhythm, no item deadline (round 34; Round 81's x309_02 "
         "第七条: a yearly day)")
CLASS = ("a figure inside a noun naming the class the work picks 「使用年限超过15年的住宅电梯」 is a class, not a target (round "
         "58; Round 83's x311_01 第十条; Round 87's x323_01 第八条)")
BRACKET = ("a bracket naming the bodies that stand in for the kind in some areas is dropped 「各街道（镇）」 → 各街道 (Round 87's "
           "x325_04 「各街镇（高新区社区）」; Round 85's x321_01 三、（二）), the printed name accepted")
TERMS = ("lines that only say who gets what and how much, with no doer and no 要／应, are the scheme's terms, no task, their "
         "rates plan targets (Round 85's x318_07, turned; Round 75's p57f-2)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x331_01_yangpu-2023-baozhang-zhuzhai-dianti-anquan-guanli-banfa.txt"
P01 = "杨浦区保障住宅电梯安全管理办法"
N01 = "关于印发《杨浦区保障住宅电梯安全管理办法》的通知"
SJ = "区市场监管局"
FG = "区住房保障房屋管理局"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title (line 17) or the notice's title (line 1): either (round 45's pair)",
     doc_no="杨市监规范〔2023〕1号 (the stored front matter; the text prints none)",
     issuer="上海市杨浦区市场监督管理局 (signed with 杨浦区财政局 and 杨浦区住房保障房屋管理局)",
     date="2023-06-12",
     date_note="the cover is signed 2023年6月12日 (line 15; the index gives 2023-06-14, the day of publication); the "
               "measures take effect 2023年7月1日 (八、); no item is dated",
     level="three Yangpu district bureaus, to the units concerned: who keeps old residential lifts safe — the bureaus' "
           "and streets' duties, a risk-assessment scheme, an emergency-rescue contract, information and the fund "
           "for urgent repairs — with three attachments (a reward scheme, the streets' emergency-fund rules, a form)",
     source=src("关于印发《杨浦区保障住宅电梯安全管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0077::0077f2659feaf9dccebb36da66ca28c8f738", 4429),
     style="a cover notice, the measures' title, a preamble and headed points 一、–九、 (二、三、四、 with （一）–（四）; 二、's "
           "items unit-colon 「（一）区市场监管局：负责…」; 三、四、 run-in headings 「（二）信息通报。…」), 「特此通知」, an 附件 list "
           "and three attachments (附件1 一、–三、, 附件2 一、–四、 with 1、–4、, 附件3 a form flattened one cell a line); half-width "
           "「;」 inside paragraphs",
     leaf_tasks=14, count_alternatives=[13, 15],
     leaf_tasks_by_section={"一": 0, "二": 4, "三": 4, "四": 4, "五": 1, "六": 0, "七": 1, "八": 0, "九": 0},
     childless_top_level_sections=["一、指导思想", "六、新技术运用", "八、施行日期", "九、附则"],
     samples=[
        S(["二", "（一）"], [], [SJ], lead_alternatives=[[SJ]], not_targets=[(15, "年")],
          note="「（一）区市场监管局：负责住宅电梯安全日常监管和行政执法;依法对…在用电梯采取责令停用、查封等行政措施;组织对自监督检验合格之日起使用年限超过15年的住宅电梯进行安全风险评估;…」 — "
               "a unit-colon item: the label decides (rule 1; plans-dev 12's 「（一）城运中心：负责…」); " + ONE_LEAD + "; "
               + CLASS + "; " + NODATE),
        S(["二", "（四）"], [], ["各街道"], lead_alternatives=[["各街道"]],
          note="「（四）各街道：负责属地电梯安全协调，制定…应急预案;对需要进行安全风险评估的老旧电梯进行摸排上报;牵头协调…;电梯安全隐患整改应急资金垫付及回收;…」 — "
               "a unit-colon item (rule 1), 各街道 a group named by a kind (rule 2's list of A); 牵头协调 inside the "
               "label's item adds nothing (rule 1: the label decides); " + ONE_LEAD + "; " + NODATE),
        S(["三", "（一）"], [], ["联席会议"], lead_alternatives=[["联席会议"]],
          responsible_alternatives=[["区保障住宅电梯安全联席会议"], []],
          note="「（一）充分发挥区保障住宅电梯安全联席会议制度的作用，协调解决电梯安全问题。联席会议应负责工作协调，信息交流，指导专项工作组开展工作。」 — "
               "「A负责…」 names A (rule 2), 应 changing nothing (Round 74's x295_03); the meeting is not set up by the "
               "item (rule 3's set-up body), only put to use (发挥…作用), so it is a standing body, named as printed where "
               "it acts (round 43; Round 81's x310_04), the full name accepted; 指导 is rule 3's guide; none accepted "
               "(RULING? 2: a mechanism, not a body); " + ONE_LEAD + "; " + NODATE),
        S(["三", "（二）"], [], ["各街道"], lead_alternatives=[["各街道"]],
          responsible_alternatives=[["各街道", SJ]], not_targets=[(15, "年")],
          note="「（二）建立…评估机制。每年9月底，由各街道排摸申报超过15年的住宅电梯名单…;经区市场监管局确认后，名单上报区政府，纳入下年度区政府实事项目，组织开展安全风险评估。现场评估结束后，由区市场监管局将评估报告移交相关街道并抄送区住房保障房屋管理局…」 — "
               "由A＋a verb of doing names A (rule 2: 由各街道排摸申报); 经A确认 names an approver, no unit (rule 3); 组织开展 "
               "with no subject names none; 由A将报告移交B is a sending that hands the matter on, naming none (Round 87's "
               "x325_02 第十九条 移送; Round 83's x311_04 第十一条: only 「A负责将X报送B」 names A) — the list with 区市场监管局 "
               "accepted (RULING? 4); the streets' list goes up for confirmation, a step of its approval, no duty (Round "
               "87's x325_01 第十八条 「备案同意后实施」); " + CLASS + "; " + RECUR + "; " + ONE_LEAD + "; " + NODATE),
        S(["三", "（三）"], [], [],
          note="「（三）成立解决住宅小区电梯安全突出问题专项工作组，推动具体问题有效解决。由相关街道分管领导担任组长，区住房保障房屋管理局、区市场监管局派出机构和街道相关职能部门负责人组成。必要时邀请…参加…」 — "
               "a point that sets a group up and gives it work by a verb is a task naming none (Round 84's p61d-2; Round "
               "85's x320_04 二/(一)); its leader and members are persons and composition, no units (rule 3; round 30: "
               "负责人 persons); " + NONE + "; " + NODATE),
        S(["三", "（四）"], [], [SJ], lead_alternatives=[[SJ]], targets=[(2, "家"), (5, "万元")],
          note="Round 89 (decided): a per-unit sum with 一般为 is a target of its item — a sum the plan pays per unit and period is a "
               "rate (round 25's 「每户补贴2000元」), 一般 marking the usual case; Round 83's decided x310_03 第十一条 reads 一般为 with "
               "a duration of a state (a norm): 5 万元 unchecked → a target (the builder's reading, RULING? 5, stands). "
               "「（四）建立应急救援机制。由区市场监管局通过政府购买服务方式，签约2家具备相应资质…的电梯维保公司，作为本区电梯应急救援单位…每次签约周期为一年，每家每年服务包干费用一般为5万元。…购买服务的费用纳入区市场监管局年度预算，应急救援所发生的电梯维修费用先由街道应急资金垫付，然后向小区维修基金收回。」 — "
               "由A＋签约 names A (rule 2), the firms the object; 由街道应急资金垫付 names a fund that pays, no body (round "
               "30: 由A承担 with a cost a payer); 签约2家 is the item's own number of work (round 49: 「改造100户」), a "
               "target; 一年 a contract term with no comparison word (round 30's norm), unchecked; 5 万元 「一般为」 "
               "a per-unit rate, a target (Round 89, decided; RULING? 5); "
               + ONE_LEAD + "; " + NODATE),
        S(["四", "（一）"], [], [], not_targets=[(14, "年")],
          note="「（一）信息预警。建立住宅小区电梯管理预警信息系统，对全区使用超过14年的住宅电梯适时提醒，对…未整改的及时提示。」 — "
               + NOSUBJ + "; " + CLASS + "; " + NONE + "; " + NODATE),
        S(["四", "（二）"], [], [FG], lead_alternatives=[[FG]], responsible_alternatives=[[FG, SJ], []],
          note="「（二）信息通报。每年一季度，由区住房保障房屋管理局督促有电梯的住宅小区上报维修资金状况，汇总后报区市场监管局。对…需要查封电梯的，由区市场监管局及时上报区政府、通报相关街道，并抄送区住房保障房屋管理局。各街道接到…信息时，应及时通报区市场监管局。…」 — "
               "the agent of 由 with a verb of doing is a doer (rule 2), and 督促…汇总 is the bureau's own work over the "
               "estates' returns (Round 83's x311_04 第十五条: compiling others' filings into one's own is work; Round 87's "
               "x326_03: 由A安排人员 names A) — RULING? 3 (or 督促 a pivot outside the list, none, accepted); 由区市场监管局"
               "上报、通报 and the streets' 通报 are sendings, naming none (Round 87's x325_02 第十九条; Round 83's x311_04 第"
               "十一条), so the list with 区市场监管局 is accepted; the sendings are duties (below); " + RECUR + "; "
               + ONE_LEAD + "; " + NODATE),
        S(["四", "（三）"], ["所在街道"], ["所在街道"], lead_alternatives=[[]],
          note="「（三）维修基金筹集。当住宅小区未筹集维修基金或维修基金余额不足时，相关业主对费用承担有约定的，按照约定承担;没有约定或约定不明确的，由所在街道牵头，及时协助组织相关业主筹集落实。」 — "
               "「由A牵头」 gives lead A (rule 2); the point's whole work is the response to its case, so the case clause "
               "does not set A aside (round 30's clarification: 「发生…时，由A负责处置」 takes A); the owners are the object "
               "of 组织 (round 30's pivot) and pay by their agreement (a payer); a body named by its relation 「所在街道」 is "
               "kept as printed (Round 87's x323_02 第十八条 所在单位); " + NODATE),
        S(["四", "（四）"], ["相关街道"], ["相关街道"], lead_alternatives=[[]],
          note="「（四）制定和落实整改方案。当住宅小区电梯经…认定存在严重事故隐患，…且相关方对经费筹集、整改方案等达不成一致时，由相关街道牵头，组织使用管理单位、业主代表和房管、市场监管部门共同商议，确定整改方案和费用筹集方案。必要时使用应急资金按《街道应急资金使用相关规定》(附件1)执行。」 — "
               "「由A牵头」 gives lead A (rule 2); those A 组织 to 商议 are the pivot's object, no units (round 30); the "
               "当…时 clause picks the cases the point is about, its whole work the response (round 30's clarification); "
               "相关街道 a kind as printed (Round 85's x320_01 相关部门); 「(附件1)」 names the emergency-fund rules, which "
               "the page prints as 附件2 (read as printed, nothing repaired); " + NODATE),
        S(["五"], [], ["相关街道"], lead_alternatives=[["相关街道"]], responsible_alternatives=[[]],
          note="「五、物业托管 当住宅小区物业服务企业因故退出时：小区有业主委员会且正常运作的，业主委员会可以…;小区无业主委员会或…的，街道可在预选库中选定物业服务企业提供临时服务…。当托管物业不能履行电梯安全使用管理主体责任时，由相关街道书面指定住宅小区所在居民委员会临时代行物业管理职责，承担电梯安全使用管理责任。」 — "
               "a childless point that gives work is a task (Round 84's p61c-1); 可 gives no work (round 49 p46b); 「由A指定"
               "B＋verb」 names A (Round 87's x326_03: 由A安排人员／指定专人 names A; round 30's 由A或B指定专人负责), B the "
               "object; the point's whole work is the response to the firm's leaving, so 当…时 does not set A aside "
               "(round 30's clarification) — RULING? 6 (or rule 3's contingency 「发生…时，由A…」, none, accepted); "
               + ONE_LEAD + "; " + NODATE),
        S(["七"], [], [],
          note="「七、社会宣传 加强保障电梯安全法律法规和乘用知识社会宣传，增强居民电梯安全使用常识和权利义务意识。同时公布电话，接受居民对电梯安全监督。」 — "
               "a childless point that names work of the measures' own bodies (宣传, 公布电话) with no subject is a task "
               "naming none (" + NOSUBJ + "; Round 85's x320_10) — RULING? 1 (or, with no 要／应 and no rule-2 doer, no "
               "task as Round 87 turned x324_06 三: count 13, accepted); 接受…监督 names no act (Round 87's x325_01 第二十五"
               "条); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "由区住房保障房屋管理局督促有电梯的住宅小区上报维修资金状况，汇总后报区市场监管局", "when": "每年一季度",
              "when_norm": "yearly (first quarter)",
              "note": "四、（二）: a body the measures task sends its yearly compilation to the bureau with its time each "
                      "year (Round 81's x309_02 第七条; round 48: a plan body sending its own results)"},
             {"what": "各街道接到电梯发生关人故障等异常情况等信息时，应及时通报区市场监管局", "when": None, "when_norm": None,
              "note": "四、（二）: a report the measures ask when a case arises, sent to the body that acts on it, is a duty "
                      "(round 44; Round 83's x316_01 一), 及时 printing no time: undated"},
             {"what": "由区市场监管局及时上报区政府、通报相关街道，并抄送区住房保障房屋管理局", "when": None, "when_norm": None,
              "note": "四、（二）: the bureau's report of the lifts to be sealed, to the district government and the streets "
                      "that act on it (round 44; Round 85's x321_01 六、（二）: each sending of records to the body that "
                      "uses them is a duty), undated"}],
     notes=["counting (leaf tasks): the cover's 「请遵照执行」 no task; the preamble no task; 一、指导思想 a childless point of "
            "principles and aims, a section (plans-dev EXPECTED.md lines 21–25; round 68); 二、 （一）–（四） 4; 三、 （一）–（四） "
            "4; 四、 （一）–（四） 4; 五、 a childless point that gives work (由相关街道书面指定), 1 (Round 84's p61c-1); 六、 "
            "「鼓励…;鼓励…」 only encourages, no work (Round 83's x313_03 第四条（五）; Round 87's x328_01 第八条), no task; 七、 "
            "acts with no subject, 1 (RULING? 1); 八、 entry into force and 九、 the interpreting body, general provisions "
            "(round 30) → **14**. Accepted: 13 (七、 no task), 15 (六、 counted).",
            "attachments: tasks are counted to the 附件 line (plans-dev EXPECTED.md; Round 65's x285_01 附件2, Round 48's "
            "manual after the 附件 line); 附件1 (the reward scheme 一、–三、), 附件2 (the streets' emergency-fund rules 一、–四、, "
            "二、's 1、–4、 cases) and 附件3 (a form) are left out and not sampled (RULING? 7); their figures (30 %, 10 万元, "
            "5 万元, 18 个月, 15 年) unchecked",
            "units: unit-colon items in 二、 (rule 1); sentences elsewhere in headed points (rule 2's closed list, 由A＋verb, "
            "由A牵头)",
            "dates: no item is dated — 每年9月底 and 每年一季度 recur (round 34); 2023年6月12日 the signing, 2023年7月1日 entry "
            "into force, 2012年 in 附件1",
            "figures: targets 2 家 and 5 万元 (三、（四）; 5 万元 by Round 89, decided: a per-unit sum with 一般为, RULING? 5); "
            "not targets 15 年 and 14 年 (classes, round 58); unchecked: 一年, the attachments' figures",
            "duties: three in 四、（二） — the bureau's yearly return (first quarter) and two undated reports (the streets' "
            "通报, the market bureau's 上报／通报); no duty for 三、（二）'s list sent up for confirmation (a step of approval)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x331_02_songjiang-2023-zhuzhai-dianti-pinggu-daxiu-gaizao-gengxin-guanli-banfa.txt"
P02 = "松江区住宅电梯评估大修改造更新管理办法"
N02 = "关于印发《松江区住宅电梯评估大修改造更新管理办法》的通知"
SJ2 = "区市场监管局"
FG2 = "区住房保障房屋管理局"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the measures' own title, printed over two lines (13 「松江区住宅电梯评估大修改造更新」 and 15 「管理办法」: one "
                "title, plans-dev EXPECTED.md), or the notice's title (line 1): either (round 45's pair)",
     doc_no="松市监规〔2023〕2号 (the stored front matter; the text prints none)",
     issuer="上海市松江区市场监督管理局 (signed with 上海市松江区住房保障和房屋管理局)",
     date="2023-04-25",
     date_note="signed 2023年4月25日 (line 11); in force 2023年5月25日 to 2028年5月24日 (第十条); no item is dated",
     level="two Songjiang district bureaus, to the units concerned: one-off subsidies for assessing, overhauling, "
           "modifying and replacing residential lifts in use 15 years or more, and who does what",
     source=src("关于印发《松江区住宅电梯评估大修改造更新管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0082::fb4f1a9ce6df481593c094997cbeb2f4", 1676),
     style="a cover notice, the measures' title over two lines and 10 articles 「第N条　text」 (a full-width space after the "
           "number, no headings; 第六、七条 open with a run-in phrase 「电梯安全风险评估资金补贴。」)",
     leaf_tasks=4, count_alternatives=[3, 5, 6, 7],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 1, "第九条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第三条"], [], ["业主", "小区业委会", "物业服务企业"],
          responsible_alternatives=[["小区涉及楼栋的业主", "小区业委会", "物业服务企业"], ["业主"], []],
          **art(X02, ["第三条"]),
          note="「住宅电梯评估大修改造更新的责任主体应为小区涉及楼栋的业主，小区业委会或其委托的物业服务企业作为实施主体。」 — "
               "「X主体为A」「A作为…主体」 designates A (Round 85's x319_04 第四条; Round 75's p57a-1), 或 joining doers "
               "(round 49); the 的-rule gives the heads 业主 and 物业服务企业 (rounds 32, 38; Round 85's x317_01 第三条), the "
               "printed phrase accepted; the owners alone (the 责任主体) and none (RULING? 9: a statement of roles, no "
               "task) accepted; no 牵头: lead []; " + NODATE),
        S(["第四条"], [], [SJ2, FG2, "区财政局", "区应急局", "区建设管理委", "各街道"],
          responsible_alternatives=[[SJ2, FG2, "区财政局", "区应急局", "区建设管理委", "各街道（镇）"]],
          **art(X02, ["第四条"]),
          note="「区市场监管局、区住房保障房屋管理局、区财政局、区应急局、区建设管理委、各街道（镇）根据各自职能统筹开展松江区住宅电梯质量提升及资金补贴工作。区市场监管局、区住房保障房屋管理局根据本管理办法制定具体实施方案。」 — "
               + ARTICLE + ": 统筹开展 and 制定 name their subjects, each body once in printed order (rule 2's several "
               "clauses); " + BRACKET + "; no 牵头: lead []; 制定…实施方案 sends nothing (no duty); " + NODATE),
        S(["第五条"], [], ["各街道", "村民委员会"],
          responsible_alternatives=[["各街道（镇）", "村民委员会"],
                                    ["各街道", "村（居）民委员会"], ["各街道（镇）", "村（居）民委员会"],
                                    ["各街道", "住宅小区所在村（居）民委员会"],
                                    ["各街道（镇）", "住宅小区所在村（居）民委员会"], ["各街道"], ["各街道（镇）"]],
          **art(X02, ["第五条"]),
          note="Round 89 (turned): a bracket that gives the body of the same kind in other areas is dropped wherever it stands in "
               "the name, after it or inside it (Round 87's x325_04; Round 85's x321_01 三、（二）) — 村（居）民委员会 → 村民委员会, "
               "the printed 村（居）民委员会 and 住宅小区所在村（居）民委员会 accepted; the streets stand. The builder's reading was: "
               "「各街道（镇）应结合本地区实际，做好相关小区的宣传发动和民意引导；住宅小区所在村（居）民委员会指导业委会或依法代行业委会职责召开业主大会，经业主表决同意后，实施电梯评估大修改造更新。」 — "
               + ARTICLE + ": 做好 names the streets in articles (Round 83's x311_03 第四条: 做好 a verb of doing there); "
               "the committee 「指导业委会」 is rule 3's guide, but 「或依法代行业委会职责召开业主大会」 is its own act, a doer "
               "(round 44); a place phrase before a kind says which body (Round 87's x325_02 第二十二条, x325_04 所在地各街镇), "
               "the printed name accepted; the bracket inside 村（居）民委员会 is part of the word (both committees), kept "
               "(turned by Round 89, above); "
               "实施 has no subject (the 实施主体 of 第三条); " + BRACKET + "; the streets alone accepted; no 牵头: lead []; "
               + NODATE),
        S(["第九条"], [], [FG2, SJ2, "区财政局", "所在街道"],
          responsible_alternatives=[[FG2, SJ2, "区财政局", "所在街道（镇）"], []],
          **art(X02, ["第九条"]),
          note="「未纳入本办法适用范围的电梯若发生严重安全隐患或突发情况，自行委托有资质的市级专业技术机构进行安全评估后，确需大修、改造、更新资金补贴的，由区住房保障房屋管理局、区市场监管局、区财政局、所在街道（镇）共同商议后决定。」 — "
               "the agent of 由 with a verb of doing is a doer (rule 2), several in printed order; the article's whole work "
               "is the response to its case, so 「确需…的」 does not set them aside (round 30's clarification; Round 85's "
               "x319_01 第六条（三）: 由乡镇人民政府召集…会商处置 a task naming its body) — RULING? 10 (or a decision on the "
               "owners' request for money, the review rule, none: accepted); 所在街道（镇） a body named by its relation, "
               "kept (Round 87's x323_02 第十八条 所在单位), its bracket dropped as in " + BRACKET + "; no 牵头: lead []; "
               + NODATE),
     ],
     plan_targets=[(50, "%"), (2500, "元"), (20, "%"), (3, "万元"), (25, "%"), ("7.5", "万元"), (30, "%"), (12, "万元")],
     phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's 「请认真贯彻执行」 no task; 第一条 purpose and basis, 第二条 scope (「本办法适用的"
            "范围是…」, with the owners paying and the government's one-off subsidy, the scheme's terms) and 第十条 entry into "
            "force, repeal and interpretation: general provisions (round 30); 第三条 designates the bodies (1, RULING? 9); "
            "第四、五条 1 each; 第六、七条 the subsidy rates by class — 「可以申请资金补贴」 an applicant's option, 「予以补贴」 "
            "with no 要／应 — " + TERMS + " (RULING? 8); 第八条 「鼓励…。鼓励…」 only encourages (Round 83's x313_03 第四条"
            "（五））; 第九条 1 → **4**. Accepted: 3 (第三条 no task), 5 (第八条 counted), 6 (第六、七条 tasks naming none), 7 "
            "(both).",
            "the document has four tasks by this reading, so only four samples (below the eight asked of a whole "
            "document); every task is sampled",
            "units: article subjects (round 44); 由A共同商议后决定 (rule 2); designations 「…主体应为A」 (Round 85's x319_04)",
            "dates: no item is dated; 2023年4月25日 the signing, 2023年5月25日–2028年5月24日 the term",
            "figures: plan targets 50 %, 2500 元, 20 %, 3 万元, 25 %, 7.5 万元, 30 %, 12 万元 (第六、七条's rates and ceilings "
            "最高不超过, the scheme's terms); not checked: 满15年 (第二条, a class of the lifts the scope picks, round 58), "
            "document numbers",
            "duties: none (no sending is asked)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x331_03_xuhui-2022-guoyou-tudi-fangwu-zhengshou-juzhu-fangwu-buchang-shishi-yijian.txt"
P03 = "徐汇区关于贯彻执行《上海市国有土地上房屋征收与补偿实施细则》中居住房屋补偿的实施意见"

plan(X03,
     title=P03,
     title_note="the heading line (line 1) as stored; the opinions' own title line 11 prints 「国有士地」 (士 for 土), and "
                "the cover quotes the title with 「<…>」 inside 《…》; line 1 is read",
     doc_no="徐府发规〔2022〕3号 (the stored front matter; the text prints none)",
     issuer="上海市徐汇区人民政府办公室",
     date="2022-12-21",
     date_note="signed 2022年12月21日 (line 9); in force 2023年1月20日 (七、); no item is dated",
     level="the Xuhui district government office, to the district's bodies and streets: the district's rates for "
           "compensating homes taken on state-owned land under the city's rules (signing threshold, price subsidy "
           "coefficient, flat-area subsidy, awards, removal and temporary-housing payments)",
     source=src("徐汇区关于贯彻执行《上海市国有土地上房屋征收与补偿实施细则》中居住房屋补偿的实施意见.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0073::0073119", 1601),
     style="a cover notice, the opinions' title, a preamble and seven headed points 一、–七、, each a heading line and one "
           "to three paragraphs (no numbered children); half-width 「(」「)」「,」「:」「;」 in places",
     leaf_tasks=4, count_alternatives=[2, 3, 5, 6],
     leaf_tasks_by_section={"一": 1, "二": 0, "三": 0, "四": 1, "五": 1, "六": 1, "七": 0},
     childless_top_level_sections=["二、价格补贴系数", "三、套型面积补贴标准", "七、实施时间"],
     samples=[
        S(["一"], [], ["徐汇区房屋征收事务中心"], lead_alternatives=[["徐汇区房屋征收事务中心"]], targets=[(85, "%")],
          note="「一、旧城区改建的签约比例 因旧城区改建需要征收房屋的，在区政府做出房屋征收决定后，徐汇区房屋征收事务中心应当组织被征收人、公有房屋承租人签订附生效条件的补偿协议。…在签约期限内，原则上签约比例达到85%或以上的，补偿协议生效。」 — "
               "a childless point that gives work is a task (Round 84's p61c-1); 「A组织B＋verb」 names A, B the object "
               "(round 30), the householders no units (round 30's beneficiary); 区政府 inside a time clause does nothing of "
               "the point; 达到85%或以上 a figure joined to 达到／以上 in a 的-clause of its own with no head noun that "
               "triggers the step (the agreements take effect) — a target (round 30's line; round 49; Round 83's x313_03 "
               "第六条); " + ONE_LEAD + "; " + NODATE),
        S(["四"], [], [],
          note="「四、居住困难户优先保障的折算单价 折算单价标准参照征收范围内使用的政府定价产权调换房屋价格，在征收地块补偿方案中予以确定。」 — "
               "setting a standard in the project's compensation scheme is work (Round 87's x325_04 六、（三）: 「具体标准由"
               "征地事务机构在征地房屋补偿方案中予以明确」), here with no agent: " + NOSUBJ + " — RULING? 12 (or the "
               "scheme's terms, no task: count 2 or 3, accepted); " + NONE + "; " + NODATE),
        S(["五"], [], [],
          note="「五、奖励标准 对于规定期限内按期签约、搬迁的被征收人、公有房屋承租人，设置按期签约奖和按期搬迁奖，具体标准在征收地块补偿方案中确定。」 — "
               "设置 the awards and 确定 their standard in the scheme are acts of the expropriating side with no subject: "
               + NOSUBJ + " (RULING? 12); the householders are beneficiaries (round 30); " + NONE + "; " + NODATE),
        S(["六"], [], [], targets=[(140, "元"), (400, "元"), (35, "元"), (1600, "元")],
          note="「六、搬迁费和临时安置费 征收居住房屋的，应当给予被征收人、公有房屋承租人搬迁费补贴…具体标准为:固定电话移装费，每号140元或按现行有关规定;…空调拆装费，每台400元…。 搬家补助费以被征收房屋每平方米建筑面积35元计算，每户低于1600元的，按1600元计算。… 被征收人、公有房屋承租人选择期房的，应当支付临时安置费或提供周转用房。…具体标准在征收地块补偿方案中确定。」 — "
               "应当给予, 应当支付…或提供 are owed acts of the expropriating side with no subject (" + NOSUBJ + "), so the "
               "point is a task and not only terms (Round 85's x318_07 read terms with no 要／应), its rates the item's "
               "targets (round 25: per-unit rates 「每户补贴2000元」; a point that also moves money is a task, round 39); "
               "低于1600元 joined to 低于 a target (round 30's line); the other rates (160, 240, 300, 90 元) likewise, not "
               "listed (a must-find subset); 增加一倍 a multiplier, unchecked; the householders are beneficiaries (round "
               "30); " + NONE + "; " + NODATE),
     ],
     plan_targets=[(15, "平方米")], phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 and the preamble no tasks; 一、 a childless point that gives "
            "work (组织…签订), 1; 二、 「价格补贴系数为0.3」 and 三、 「每证补贴15平方米建筑面积」 " + TERMS + "; 四、 and 五、 "
            "acts with no subject (在…方案中予以确定; 设置…奖), 1 each (RULING? 12); 六、 owed payments 应当给予／应当支付 "
            "with their rates, 1; 七、 entry into force, a general provision (round 30) → **4**. Accepted: 2 (四、五、 as "
            "terms), 3 (四、 or 五、 alone), 5 and 6 (二、 and／or 三、 counted as tasks naming none).",
            "the document has four tasks by this reading, so only four samples (below the eight asked); every task is "
            "sampled",
            "units: one doer in the whole text, 徐汇区房屋征收事务中心 (一、, 组织＋verb); 区政府 only in a time clause and "
            "the cover",
            "dates: no item is dated; 2022年12月21日 the signing, 2023年1月20日 entry into force; 上海市人民政府令第71号 a decree "
            "number",
            "figures: targets 85 % (一、) and 六、's rates; plan target 15 平方米 (三、); unchecked: 0.3 (二、, a coefficient "
            "with no unit), 六、's 160, 240, 300, 90 元 (true targets, not listed), 第71号",
            "duties: none"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x331_04_pudong-2022-zhuzhai-xiaoqu-waiqiang-fushu-goujian-tuoluo-yinhuan-zhili-banfa.txt"
P04 = "浦东新区住宅小区建筑物外墙墙面以及建筑附属构件脱落隐患治理办法"
N04 = "浦东新区人民政府关于印发《浦东新区住宅小区建筑物外墙墙面以及建筑附属构件脱落隐患治理办法》的通知"
JJW = "浦东新区建设和交通委员会"
WY = "物业服务企业"
ZX = "自行管理执行机构"
A04 = "第四条  街镇与居委会职责"
A05 = "第五条  脱落隐患治理责任主体"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the measures' own title (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="浦府管规〔2022〕2号 (the stored front matter; the text prints none)",
     issuer="上海市浦东新区人民政府",
     date="2022-10-27",
     date_note="the cover is signed 2022年10月27日 (line 9; the index gives 2022-10-28); in force 2022年12月1日 to "
               "2027年11月30日 (第二十三条); no item is dated",
     level="the Pudong New Area government, to its bodies, streets and towns: who finds and removes the hazard of "
           "falling facade tiles and fixtures in residential estates — owners, property firms, owners' committees, "
           "builders under warranty, streets and towns, the construction and transport commission — with inspection "
           "rhythms, risk levels and the emergency-repair procedure",
     source=src("浦东新区人民政府关于印发《浦东新区住宅小区建筑物外墙墙面以及建筑附属构件脱落隐患治理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0070::0070303858", 4423),
     style="a cover notice, the measures' title and 23 articles, each a heading line 「第N条 heading」 (one, two or three "
           "spaces after the number as printed) and paragraphs below; 第四、八、十、十一条 hold half-width items (一)–(四)",
     leaf_tasks=24, count_alternatives=[23, 25, 26, 27, 28],
     leaf_tasks_by_section={"第三条": 1, "第四条": 5, "第五–九条": 5, "第十一条": 3, "第十二–二十一条": 10},
     childless_top_level_sections=[],
     samples=[
        S(["第三条 部门职责"], [], [JJW, "浦东新区物业管理事务中心"],
          responsible_alternatives=[["区建交委", "浦东新区物业管理事务中心"]], **art(X04, ["第三条 部门职责"]),
          note="「浦东新区建设和交通委员会(以下简称“区建交委”)负责统筹协调…，承担…，建立健全…，并落实区级安全抽查检测资金。 浦东新区物业管理事务中心负责指导…，编制…预算，开展…工作。」 — "
               "two 负责 clauses, both bodies in printed order (rule 2); a 职责 article of paragraphs that each open with a "
               "body is one task (Round 82's p60c-1); the defined name given whole at its defining bracket (round 43; "
               "Round 81's x310_04; Round 83's x315_02), the short name accepted; no 牵头: lead []; " + NODATE),
        S([A04, "(二)"], [], ["街道办事处", "镇人民政府"], responsible_alternatives=[[]], **art(X04, [A04, "(二)"]),
          note="「街道办事处、镇人民政府负责综合协调、处理本辖区住宅小区脱落隐患治理工作，履行下列职责：…(二)开展脱落隐患抽查检测，编制脱落隐患治理年度工作计划，落实相关资金费用;」 — "
               "an article with numbered items is no leaf, its items the tasks (Round 83's x311_04 第十一条); a duty-list "
               "lead-in 「A负责…，履行下列职责：」 gives its bodies to its lines (rule 4; Round 81's x305_04 第四条; Round 83's "
               "x311_03 第八条); the yearly plan is drawn up, not sent (no duty); none accepted; no 牵头: lead []; " + NODATE),
        S([A05], [], ["房屋所有权人", WY], responsible_alternatives=[["房屋所有权人", "房屋使用人", WY], [WY]],
          **art(X04, [A05]),
          note="「房屋所有权人为脱落隐患治理责任人。房屋所有权人下落不明或者房屋权属不清的，房屋使用人为脱落隐患治理责任人。 物业服务企业应当按照规定开展脱落隐患治理工作。 鼓励脱落隐患治理责任人通过购买公众责任险…」 — "
               "「A为…责任人」 designates A (Round 85's x319_04 第四条; Round 75's p57a-1); 「…下落不明…的，B为…」 is rule 3's "
               "contingency (Round 83's x315_01 第六条 「确实无法避让的」), adding no unit — RULING? 13 (the list with 房屋使用人 "
               "accepted); 物业服务企业应当开展 names it (" + ARTICLE + "); 鼓励 gives no work; no 牵头: lead []; " + NODATE),
        S(["第七条 日常巡查"], [], [WY, ZX], responsible_alternatives=[[WY]], not_targets=[(24, "小时")],
          **art(X04, ["第七条 日常巡查"]),
          note="「物业服务企业应当…定期对…进行日常巡查;汛期前以及遇台风、暴雨等极端天气时应当加大巡查频次。 物业服务企业在日常巡查中发现脱落隐患的，应当如实记录…并在24小时内向业主委员会、居民委员会报告。 业主大会决定实施自行管理的，自行管理执行机构应当按照本条规定开展日常巡查。」 — "
               + ARTICLE + "; the last paragraph, a class of estates that decides which body acts, names its body by "
               "its verb (Round 83's x313_01 第四条, turned: 「当X为Y时，A应当＋verb」 as a paragraph of its own), the firm "
               "alone accepted; the report within 24 hours is a duty (below); " + LIMIT + "; 定期 prints no rhythm; no "
               "牵头: lead []; " + NODATE),
        S(["第八条 常规检查"], [], ["业主大会", "业主委员会"], targets=[(1, "次"), (20, "年")], not_targets=[(24, "小时")],
          **art(X04, ["第八条 常规检查"]),
          note="「业主大会、业主委员会应当定期对…进行常规安全检查，频次不得少于每年一次。 存在下列情形之一的，可以每半年检查一次，或者汛期前完成一次全覆盖检查：(一)建筑物外墙墙面以及建筑附属构件使用年限20年(含)以上的;…(四)区人民政府确定的其他情形。 业主大会、业主委员会可以委托专业检测单位…进行安全检测，检测报告应当如实记录、留存备查并在出具后24小时内向居民委员会报告。」 — "
               "the lines (一)–(四) only class the cases that allow the half-yearly rhythm, a list of cases: the article is "
               "one task, the paragraphs its text (Round 78's (b); Round 86's (a)) — RULING? 14 (the four lines as leaves, "
               "accepted in the counts); " + ARTICLE + "; 不得少于每年一次: events in a rhythm joined to 不少于, target 1 次 "
               "(Round 84's p61e-1; round 30's line); 20年(含)以上 in a 的-clause of its own, no head noun after 「之一的」, "
               "that triggers the step — a target (Round 83's x313_03 第六条; round 49), unlike a noun the work picks "
               "(round 58); 区人民政府 inside a class's description no doer (round 30); " + LIMIT + "; the report is a duty "
               "(below); no 牵头: lead []; " + NODATE),
        S(["第九条 抽查检测"], [], ["街道办事处", "镇人民政府"], targets=[(5, "%")], **art(X04, ["第九条 抽查检测"]),
          note="Round 89 (turned): each paragraph's written notice of the spot checks' results 「抽查检测结果应（当）以书面形式告知…」 "
               "is an undated duty (below; no duty stays accepted); the units stand. The builder's reading: "
               "「街道办事处、镇人民政府应当加强脱落隐患抽查检测工作，可以通过购买服务等方式，委托专业检测单位进行安全检测，每年安全抽查检测比例不低于5%。抽查检测结果应当以书面形式告知业主委员会、居民委员会。 区建交委可以通过购买服务等方式，委托…，每年安全抽查检测比例不高于5%，抽查检测结果应以书面形式告知各相关街道办事处、镇人民政府。」 — "
               + ARTICLE + ": 加强…抽查检测工作 names its subjects (the work a verb of doing, 加强 adding nothing: Round 85's "
               "x317_01 第六条); 区建交委's part is an option (可以) and a sending (告知: Round 85's x322_04 第七条), no unit; "
               "不低于5% and 不高于5% targets (round 30's line); no 牵头: lead []; " + NODATE),
        S(["第十一条 防范与治理措施", "(一)"], [], [WY, ZX], responsible_alternatives=[[]],
          **art(X04, ["第十一条 防范与治理措施", "(一)"]),
          note="「存在高风险等级脱落隐患的，物业服务企业或者自行管理执行机构应当立即采取以下应急防范措施：(一)设置警戒线、警示牌等安全防范警戒标识 ，调整通行路线;」 — "
               "an article with numbered items is no leaf (Round 83's x311_04 第十一条; Round 85's x322_04 第十九条), its first "
               "paragraph (the 中风险 steps) and the lead-in its text; a lead-in binding named parties to the acts its "
               "lines list gives them to the lines (rule 4; Round 83's x311_03 第十一、十二条), 或者 joining doers (round "
               "49); none accepted; no 牵头: lead []; " + NODATE),
        S(["第十二条 保修期内的检测鉴定与维修"], [], ["房屋建设单位"], lead_alternatives=[["房屋建设单位"]],
          **art(X04, ["第十二条 保修期内的检测鉴定与维修"]),
          note="「…房屋建设单位应当委托符合条件的房屋检测鉴定单位进行检测鉴定。 …房屋建设单位应当进行排查、制定维修方案，并…公示。 …房屋建设单位应当及时维修，并向物业服务企业或者自行管理执行机构提供相关维修资料。… 物业服务企业、自行管理执行机构或者业主大会在日常巡查、常规检查中发现存在本条第二款情形的，应当以书面形式告知房屋建设单位。」 — "
               + ARTICLE + ": 委托 (round 35), 排查, 制定, 维修 name the builder; 提供 records and 告知 are sendings, "
               "naming none (Round 85's x322_04 第七、十六条); " + ONE_LEAD + "; " + NODATE),
        S(["第十四条   紧急维修程序的启动"], [], [], responsible_alternatives=[[WY, ZX]],
          **art(X04, ["第十四条   紧急维修程序的启动"]),
          note="「出现高风险 等级 脱落隐患的，物业服务企业或者自行管理执行机构应当立即向业主委员会、居民委员会、街镇房屋管理机构报告，并申请启动紧急维修流程。」 — "
               "an article whose only acts are an owed report and an application is a task naming no unit (Round 83's "
               "x313_01 第十一条; Round 85's x322_01 一、（二）; round 30's applicant), the report an undated duty (below); "
               "the two senders accepted; 立即 prints no time; " + NODATE),
        S(["第十五条 紧急维修方案编制与实施"], [], ["业主委员会", "房屋检测鉴定单位"], responsible_alternatives=[["业主委员会"]],
          not_targets=[(20, "日"), (7, "日")], **art(X04, ["第十五条 紧急维修方案编制与实施"]),
          note="「开展高风险等级脱落隐患紧急维修的，业主委员会应当…委托符合条件的房屋检测鉴定单位对脱落隐患进行检测和维修方案编制。 房屋检测鉴定单位应当在20日内完成检测和维修方案编制。对…项目，区建交委可以…组织专家…技术评审。 业主委员会应当在7日内对维修方案进行审核，并…选择有资质的施工单位开展维修。业主委员会未在7日内审核同意的，且…，街道办事处、镇人民政府可以组织代为维修。」 — "
               "「A委托B＋verb」 names A (round 35; Round 85's x322_04 第二十条); " + ARTICLE + ": the assessor bound by 应当 "
               "to finish its work in a time is a regulated party (Round 84's p61a-2) — RULING? 15 (or the job of a party "
               "the committee hires, none: Round 85's x317_01; the committee alone accepted); 区建交委 and the streets "
               "only 可以 (options); " + LIMIT + "; no 牵头: lead []; " + NODATE),
        S(["第十六条 紧急维修项目监管"], [], [WY, ZX, "施工单位", "业主委员会", "居民委员会"],
          responsible_alternatives=[[WY, ZX]], **art(X04, ["第十六条 紧急维修项目监管"]),
          note="「物业服务企业或者自行管理执行机构应当配合施工单位做好施工现场管理，并配合业主委员会、居民委员会做好居民解释、告知工作。」 — "
               "配合 with its own subject makes it a doer (round 46's p44g), and in articles the body served is a doer by "
               "any verb of doing after it, 做好 included (Round 83's x311_03 第四条; Round 81's x307_02 第十六条), so the "
               "builder hired for the works and the two committees are named too — RULING? 16 (the firm and the body "
               "alone accepted); no 牵头: lead []; " + NODATE),
        S(["第二十条 社会参与"], [], ["各街道办事处", "镇人民政府"], responsible_alternatives=[["各街道办事处、镇人民政府"], []],
          **art(X04, ["第二十条 社会参与"]),
          note="「鼓励市民主动报告脱落隐患情况，…可以对报告人给予精神奖励或者物质奖励，具体实施办法由各街道办事处、镇人民政府另行制定。 支持物业管理行业协会开展…调研…。 …鼓励相关行业协会等社会组织依法提起公益诉讼。」 — "
               "由A＋另行制定 names A (rule 2; Round 85's x322_04 第二十五条), names split on 、 (plans-dev EXPECTED.md; "
               "round 30's 「各镇、园区」 two), the unsplit phrase accepted; 鼓励, 支持 name no work (Round 83's x313_03 第四条"
               "（五））, 可以 an option; a point that also gives work is a task (round 39); none accepted; no 牵头: lead []; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "物业服务企业在日常巡查中发现脱落隐患的，应当如实记录脱落隐患发生部位、隐患状态等信息，并在24小时内向业主委员会、居民委员会报告", "when": None, "when_norm": None,
              "note": "第七条: a report of what the firm's duty of inspection finds, sent to the bodies that act on it, is "
                      "a duty (round 44; Round 83's x316_01 一), the 24 hours counted from the find: undated"},
             {"what": "检测报告应当如实记录、留存备查并在出具后24小时内向居民委员会报告", "when": None, "when_norm": None,
              "note": "第八条: the owners' bodies, which the measures task (第八条's checks), send the test report to the "
                      "residents' committee (round 48: a plan body sending its own results; Round 87's x328_01 第十条), "
                      "undated; it follows an option (可以委托…检测) — RULING? 17"},
             {"what": "物业服务企业或者自行管理执行机构应当立即向业主委员会、居民委员会、街镇房屋管理机构报告，并申请启动紧急维修流程", "when": None, "when_norm": None,
              "note": "第十四条: the report of a high-risk hazard to the bodies that act on it (round 44; Round 83's x316_01 "
                      "一), 立即 as 及时 printing no time: undated"},
             {"what": "抽查检测结果应当以书面形式告知业主委员会、居民委员会", "when": None, "when_norm": None,
              "note": "Round 89 (turned): round 48 — a plan body sending the results of its own work has an undated duty — with "
                      "Round 85's x321_01 六、（二）: 第九条's first paragraph, the towns' and streets' written notice of their spot "
                      "checks' results, stands in its own sentence with its own 应当, which 可以委托 does not reach (round 49 "
                      "p46b reaches only a 并 clause joined to it): no duty → an undated duty (no duty stays accepted). The "
                      "builder's reading was: a sending to the committees, left unwritten (its notes: 「could be read a duty "
                      "too」)"},
             {"what": "抽查检测结果应以书面形式告知各相关街道办事处、镇人民政府", "when": None, "when_norm": None,
              "note": "Round 89 (turned): as the first paragraph — 第九条's second paragraph, 区建交委's written notice of its "
                      "own spot checks' results to the streets and towns, is a sending of its own results: no duty → an "
                      "undated duty (no duty stays accepted)"}],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 no task; 第一条 purpose, 第二条 principles (a principle names "
            "no act, round 68; Round 85's x317_02 一、), 第十条 the three risk levels (definitions, lines that only class, "
            "Round 83's x313_03 第十三条), 第二十二条 a pointer to the law for breaches (Round 87's x325_01 第二十五条, "
            "turned) and 第二十三条 entry into force: no tasks; 第三条 1; 第四条 its items (一)–(四) and the paragraph after "
            "them that gives the residents' committees work (Round 86's governs: one more task of the article) 5; "
            "第五、六、七条 1 each; 第八条 1 (its lines a list of cases, RULING? 14); 第九条 1; 第十一条 (一)–(三) 3 (its "
            "first paragraph and lead-in the article's text; (三)「其他应急防范措施」 names its own object, not the catch-all "
            "form of Round 84's p61a-1 — RULING? 18); 第十二–二十一条 1 each (10) → **24**. Accepted: 23 (第十一条（三） as "
            "text, or 第四条's paragraph folded into (四)), 25 (第二条 or 第十条 counted, or 第十一条's first paragraph its "
            "own task), 26, 27 (第八条's four lines as leaves: 27; 第十条's three lines: 27), 28.",
            "units: article subjects (round 44), duty-list lead-ins (rule 4), designations (Round 85's x319_04); the "
            "defined 区建交委 given whole at its bracket (第三条), short where it acts later (第十五、十九条)",
            "dates: no item is dated; 2022年10月27日 the signing, 2022年12月1日–2027年11月30日 the term; 汛期前 and the "
            "rhythms (每年一次, 每半年) recur",
            "figures: targets 1 次 and 20 年 (第八条), 5 % (第九条, twice); not targets 24 小时, 20 日, 7 日 (time limits "
            "from events); unchecked: 一楼一档 (no digit)",
            "duties: five undated reports (第七条's 24 hours, 第八条's test report, 第十四条's immediate report, and — Round 89 "
            "(turned) — 第九条's two written notices of the spot-check results, one in each paragraph, which the builder "
            "had left unwritten); not written: 第十二条's 公示"])

write_collected(DIR)
