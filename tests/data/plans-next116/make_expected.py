# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next116/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 34 (built by helper c116): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at 6b731b5 (round 29's ruling
on units written in sentences with the round-30 clarifications, round 30's rulings on thresholds and general
provisions, round 31's exceptions, and the round-32, round-33 and round-34 rulings). Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next116/make_expected.py tests/data/plans-next116
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
LABEL = ("CONVENTIONS.md units rule 1: the label 「（责任单位：…）」 at the item's end decides — no 牵头 is printed, so "
         "lead = [] and responsible = the label's units in printed order; the sentences of the item add nothing")
ONE = ("a single unit in a label: lead = [] (no lead named), the unit as lead is accepted (plans-dev 03)")
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (做好, 加强, 建立, "
          "开展 without 组织, 进行, 编制, 执行, 配备 …) is not a unit")
SUBJ = ("CONVENTIONS.md units rule 2, the subject of 负责／落实 or of 组织＋work: responsible A, lead [] (A alone accepted as "
        "the lead, plans-dev 03 一)")
MEET = ("CONVENTIONS.md units rule 2, 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B")
FIELDS = ("fields joined by 、 before one head noun are one name as printed, 等 kept (CONVENTIONS.md round 31: 「人事、"
          "卫生等部门」)")
ELIDED = ("CONVENTIONS.md round 34: an elided subject carries over inside one paragraph")
PIVOT = ("CONVENTIONS.md round 30: the object of a pivot verb 「督促B…」「指导和监督B…」 is not a unit, and its subject is a "
         "doer only if the verb is in rule 2's list")
THRESH = ("CONVENTIONS.md thresholds (round 30): a quantity joined to a comparison word (不低于／低于／不超过／不少于 …) is a "
          "target of the item")
HEADING = ("CONVENTIONS.md round 34, a 职责分工 heading is a label of doers (every body the text gives work, by any verb "
           "of doing, is a unit) — RULING? the ruling names 职责分工／部门职责／职责／管理部门／管理职责; the heading here "
           "(「工作分工」／「任务分工」) is read as the same kind of heading (it says what the sentences are for)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x116_01_shanghai-2020-nongcun-gonglu-guanli-yanghu-tizhi-gaige-shishi-fangan.txt"
PLAN01 = "上海市深化农村公路管理养护体制改革实施方案"
NOTICE01 = "上海市人民政府办公厅关于印发上海市深化农村公路管理养护体制改革实施方案的通知"

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 实施方案's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪府办发〔2020〕3号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅",
     date="2020-08-21",
     level="city government office (Shanghai), to 有关区人民政府 and 市政府有关委、办、局",
     source=shanghai_source("市政与基础设施", NOTICE01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-48503_65648&siteId=0001", 4675),
     style="a cover 「…已经市政府同意，现印发给你们，请认真按照执行」 (signed, dated 2020年8月21日; the index dates it "
           "2020-08-26) then the 实施方案: a preamble, 一、总体要求 (childless), 二、基本原则 （一）–（三） (principles, no unit), "
           "三、工作目标 (childless, goals for 2022 and 2035: 100%, 不低于13%和8%, 不低于90%), 四、主要任务 （一）–（三） each "
           "with items 1．–4． (full-width ．) ending in a label 「（责任单位：…）」 (once 「（责任部门：…）」), no 牵头 anywhere, "
           "units after a 「，」 in printed order (「（责任单位：相关区政府，市发展改革委、…）」); 五、保障措施 （一）–（四） with "
           "heading lines and unlabelled paragraphs (「相关区政府要…落实主体责任」, 「市交通委要会同有关部门…」); a closing "
           "「本实施方案自2020年9月1日起施行」",
     leaf_tasks=14, count_alternatives=[],
     leaf_tasks_by_section={"四、 （一）1．–4．, （二）1．–4．, （三）1．–4．": 12, "五、 （一）, （二） (units by rule 2)": 2},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "三、工作目标"],
     samples=[
        S(["四", "（一）", "1"], [], ["市交通委", "市财政局"],
          note=LABEL + "; 「区政府」 in the text is the object of 明确 / 对…进行绩效管理, no unit anyway; " + NODATE),
        S(["四", "（一）", "3"], [], ["相关区政府"], [(1, "名")], lead_alternatives=[["相关区政府"]],
          not_targets=[(25, "公里")],
          note=LABEL + "; " + ONE + "; 「镇政府配合做好…，负责做好乡道、村道的管理养护工作」 (a rule-2 doer in the text) "
               "adds nothing (rule 1: the label decides); 1名: 「每25—30公里乡道、村道配备不少于一名农村公路专管员」, 一名 joined "
               "to 不少于 — " + THRESH + "; 25公里: the length of road per officer, a ratio norm with no comparison word "
               "(round 30: 「原则上按500户配1名」 is not a target; round 32's lower edge of a range is for a range of what "
               "must be done, not for a norm's denominator); " + NODATE),
        S(["四", "（二）", "1"], [], ["市交通委", "市财政局", "相关区政府"], [(5, "年")],
          note=LABEL + " (「市交通委、市财政局，相关区政府」: split on 、 and ，); 5年: 「原则上调整周期不超过五年」, joined to "
               "原则上不超过 — " + THRESH + "; 「自2022年起，该项资金不再列支…」 is a start, not a deadline: " + NODATE),
        S(["四", "（二）", "2"], [], ["相关区政府"], [(50, "%"), (1, "万元"), (5000, "元"), (3000, "元")],
          lead_alternatives=[["相关区政府"]],
          note=LABEL + "; " + ONE + "; 50%: 「区级公共财政资金用于乡道、村道养护应不低于区和镇政府投入资金总额的50%」 (不低于); "
               "1万元 / 5000元 / 3000元: 「总额不得低于县道每年每公里1万元，乡道每年每公里5000元，村道每年每公里3000元」, "
               "three floors under one 不得低于 (低于 is in the line's list) — " + THRESH + "; " + NODATE),
        S(["四", "（二）", "4"], [], ["相关区政府", "市发展改革委", "市交通委", "市财政局"],
          note=LABEL + " — the label prints the district governments first (「（责任单位：相关区政府，市发展改革委、市交通委、"
               "市财政局）」), kept in that order; 「四好农村路」 a name; " + NODATE),
        S(["四", "（三）", "1"], [], ["市交通委", "相关区政府"],
          note=LABEL + " — written 「（责任部门：市交通委，相关区政府）」, 责任部门 for 责任单位 (the only such label in the "
               "document); 「引导养护企业加强…」 — the objects of 引导 are no units anyway; " + NODATE),
        S(["五", "（一）"], [], ["相关区政府"], lead_alternatives=[["相关区政府"]],
          note="a 保障措施 item with no label: 「相关区政府要加强统筹和指导，落实主体责任，出台配套政策措施…」 — the subject of 落实: "
               + SUBJ + "; 「各级交通主管部门要主动作为，既做好…又做好…；既抓好…，又加强…」 (做好, 抓好, 加强): " + CLOSED + "; "
               "CONVENTIONS.md round 33: a 组织实施／工作要求 item with a doer in its sentence names a unit, so in this plan it is "
               "a task (round 27: 保障措施 items that name a unit are tasks); " + NODATE),
        S(["五", "（二）"], ["市交通委"], ["市交通委", "有关部门"], lead_alternatives=[[]],
          note="「市交通委要会同有关部门加强跟踪督查，建立评估、反馈机制…」: " + MEET + " — 有关部门 is a kind (CONVENTIONS.md "
               "round 33: 有关部门／相关部门 are kinds and doers with a rule-2 verb; round 32: 「会同有关方面」 would give none); "
               "「各区政府要…积极开展改革试点工作」: 开展 without 组织 — " + CLOSED + "; a task by round 33 as 五/（一）; "
               + NODATE),
     ],
     plan_targets=[{"number": 100, "unit": "%"}, {"number": 13, "unit": "%"}, {"number": 8, "unit": "%"},
                   {"number": 90, "unit": "%"}],
     phases=[], duties=[],
     notes=["counting: 一、总体要求 and 三、工作目标 have no numbered child: sections (plans-dev EXPECTED.md lines 21–25); "
            "二、基本原则 （一）–（三） are principles naming no unit (round 27: not tasks in a plan whose tasks name units); "
            "四、 （一）–（三） hold 1．–4． each = 12 labelled tasks; 五、保障措施: （一） (相关区政府 落实) and （二） (市交通委 会同 "
            "有关部门) name units by rule 2 and are tasks (round 33), （三） (「各级政府要将…纳入…」, 纳入) and （四） (no subject) "
            "name none and are not → **14**",
            "units: every item of 四、 has a label (rule 1), none names a lead; 五/（一）（二） by rule 2; the cover's addressees "
            "are no units",
            "dates: no deadline anywhere — 「到2022年」「到2035年」 are the goals' horizons in the childless 三、工作目标, "
            "「自2022年起」 (四/（二）/1) a start, 2020年9月1日 the entry into force, 2020年8月21日 the cover's date",
            "plan targets (三、工作目标): 列养率保持100%, 年均养护工程比例分别不低于13%和8%, PQI中等及以上占比不低于90%",
            "targets in items: 1名 (四/（一）/3), 5年 (四/（二）/1), 50% / 1万元 / 5000元 / 3000元 (四/（二）/2); 「5G」 "
            "(四/（三）/4) is a name; 国办发〔2019〕45号, 沪府办〔2007〕50号 document numbers",
            "no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x116_02_shanghai-fagaiwei-2020-yanglao-fuwu-jigou-shui-dian-qi-jiage-biaozhun-tongzhi.txt"
TITLE02 = "关于本市养老服务机构执行水、电、管道燃气、有线电视等价格标准的通知"

plan(X02,
     title=TITLE02,
     title_note="the notice title (the first line)",
     doc_no="沪发改价管〔2020〕2号 (printed under the title)",
     issuer="上海市发展和改革委员会, 上海市民政局",
     date="2020-01-21",
     level="city commission and bureau (Shanghai), to 各区发展改革委、民政局 and the utility and telecom firms",
     source=shanghai_source("市政与基础设施", TITLE02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=6486494a0a6849eaa93ff8d32df2d66c&siteId=0025", 2509),
     style="a notice of five headed points with 1、-style items: 一、适用范围 (a definition and five kinds 1、–5、), "
           "二、价格标准 1、 (two paragraphs) 2、, 三、认定及办理 (childless, two paragraphs with 「由市、区民政局核实并确定清单」 and "
           "「市民政局会同水电气等经营企业明确…」), 四、工作分工 1、–4、 (「各级价格部门要加强…」, 「各级民政部门负责…」, 「各供水、…等经营"
           "企业应…」, 「…等转供主体，应配合…」), 五、其他事项 1、 (参照) 2、 (entry into force); two signatures (「上 海 市 民 政 局」 "
           "with spaces) and a date; 6.5元, 90%, 最高…不得超过…18元",
     leaf_tasks=7, count_alternatives=[6, 14, 13],
     leaf_tasks_by_section={"二、 1、 2、": 2, "三、 (childless point with doers)": 1, "四、 1、–4、": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["三、认定及办理 (counted as a task, see notes)"],
     samples=[
        S(["二", "2"], [], [], [(90, "%"), (18, "元")],
          note="「养老服务机构供电配套工程收费，按规定标准的90%执行…有线电视配套工程收费，最高标准不得超过建筑面积每平方米18元"
               "…鼓励有关经营企业…给予优惠」: no subject but the charges, and 鼓励 is no verb of rule 2: " + NONE + "; 90%: the "
               "policy's own rate (CONVENTIONS.md round 25: a policy's rates are its item's targets); 18元: a ceiling joined to "
               "最高…不得超过 — " + THRESH + "; " + NODATE),
        S(["三"], ["市民政局"], ["市、区民政局", "市民政局", "水电气等经营企业"], lead_alternatives=[[]],
          note="a childless point whose text gives work, counted as a task (see notes; RULING? the count); rule 2, several "
               "clauses in printed order: 「由市、区民政局核实并确定清单」 (由A＋verb of doing; 「市、区X部门」 is one name as "
               "printed, round 30) and 「市民政局会同水电气等经营企业明确具体认定程序和办理流程」 (" + MEET + "; 「水电气等经营企业」 "
               "one name as printed, 等 kept, round 31); 「市民政局定期将清单分送…」「市民政局应定期核查和更新清单」 (分送, 核查) "
               "and 「水电气等经营企业应定期将…反馈…」 (反馈) add none; the 养老服务机构 that 「依申请享受…办理申请手续」 are "
               "applicants (round 30), no units; 定期 has no period: no duty is written; " + NODATE),
        S(["四", "1"], [], ["各级价格部门"], lead_alternatives=[["各级价格部门"]],
          note="「各级价格部门要加强对…经营企业落实上述政策的指导和监督检查」: 加强 is no verb of rule 2 (round 30's closed "
               "list), but the item stands under 四、工作分工 — " + HEADING + "; by rule 2 alone the item names none; the "
               "enterprises inside the noun 「对…落实上述政策的指导」 are no units; " + ONE.replace("in a label", "given by a "
               "heading") + "; " + NODATE),
        S(["四", "2"], [], ["各级民政部门"], lead_alternatives=[["各级民政部门"]],
          note="「各级民政部门负责养老服务机构认定管理，做好宣传解释工作」: the subject of 负责 — " + SUBJ + " (the heading "
               "reading of 四、 gives the same); " + NODATE),
        S(["四", "3"], [], ["各供水、供电、供气、有线电视等经营企业"],
          lead_alternatives=[["各供水、供电、供气、有线电视等经营企业"]],
          note="「各供水、供电、供气、有线电视等经营企业应向社会公开办理指南…应及时报告市民政局」: 公开 is no verb of rule 2; a "
               "unit by the heading 四、工作分工 — " + HEADING + "; the name: " + FIELDS + "; 市民政局 only receives the report "
               "(rule 3); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 1、–5、 define the kinds of 养老服务机构 (「本通知所称…是指…」, 「指…」): general provisions, no "
            "tasks (round 30); 二、 1、 2、 are rules of the price policy (work without a doer, in a plan that names doers "
            "elsewhere: tasks, as x114_02's 四、五、 were counted); 三、 has no numbered child but gives work by rule 2 in a "
            "document of headed points — counted as one task (CONVENTIONS.md round 34, the early ruling: a childless "
            "point that gives work is a task; the sections it keeps as sections are 工作目标／指导思想／总体要求／基本原则) — "
            "RULING? the ruling speaks of documents where most points have no numbered child, and here 一、二、四、五、 have "
            "children; 四、 1、–4、 = 4; 五、 1、 (「…参照本通知的相关规定执行」, round 34: 参照 articles are general provisions) "
            "and 2、 (entry into force) are no tasks → **7**; 6 accepted (三、 as a section by the strict childless-section "
            "rule), 14 and 13 accepted (round 30: a count that includes the general provisions, 一、 1、–5、 and 五、 1、 2、)",
            "二/1 is not sampled: 「对暂不具备改造条件的养老服务机构，由水电气经营企业根据实际使用情况采取定量或定比方式计费」 is a "
            "case inside an item whose work is the price rule (rule 3, round 34) and 「按现行每月每端6.5元收取」 holds 现行 "
            "(round 33: present figures are no targets) next to the policy's own rate (round 25) — two readings not settled",
            "四/4 is not sampled: 「相关商业综合体、物业服务企业等转供主体，应配合养老服务机构落实本通知规定，不得…加收…」 — 配合 "
            "alone names no doer by rule 2 (round 34), while the heading reading (四、工作分工) would give 相关商业综合体 and "
            "物业服务企业 (「A、B等C」 as 「A和B等第三方」, round 34)",
            "dates: none — 「自2020年2月1日起执行」 the entry into force, 2020年1月21日 the signing date (the index dates it "
            "2020-02-10); 国办发〔2019〕5号, 沪府规〔2019〕26号, 沪府办发〔2001〕34号, 沪发改价管〔2014〕9号 document numbers; "
            "「（2019-2022年）」 a title's years",
            "no phases, no duties (「定期」 sendings without a period, and the firms' feedback is a regulated party's filing, "
            "round 32)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x116_03_shanghai-2019-baozhang-guidao-jiaotong-anquan-yunxing-shishi-yijian.txt"
TITLE03 = "上海市人民政府办公厅关于本市保障轨道交通安全运行的实施意见"

plan(X03,
     title=TITLE03,
     title_note="the 实施意见's title (the first line; no cover)",
     doc_no="沪府办发〔2019〕10号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅",
     date="2019-05-09",
     level="city government office (Shanghai), to 各区人民政府 and 市政府有关委、办、局",
     source=shanghai_source("市政与基础设施", TITLE03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-44388_59142&siteId=0001", 6685),
     style="an 实施意见 of eight sections 一、–八、, each with headed subsections （一）… (a heading line, then paragraphs); "
           "一、明确总体要求 holds （一）指导思想 and （二）基本原则 1.–4.; 二/（一） is six paragraphs each opening with a body "
           "(「市政府…负责…」, 「市交通管理部门负责…」, 「公安、应急管理部门负责…」, 「轨道交通企业负责…」, 「各区政府落实…」, 「各相关"
           "部门、单位按照分工履行…」); the other items give work in sentences — 「A会同B＋verb」 (二/（二）, 六/（一）, 七/（一）), "
           "「A组织B开展」 (三/（三）), 落实 (三/（二）, 四/（一）, 五/（一）), and many plain subjects of 加强／做好／执行／配备; no "
           "label, no date, no figure; 八、落实具体保障 names no unit",
     leaf_tasks=19, count_alternatives=[],
     leaf_tasks_by_section={"二、 （一）（二）": 2, "三、 （一）–（三）": 3, "四、 （一）–（五）": 5, "五、 （一）–（三）": 3,
                            "六、 （一）–（三）": 3, "七、 （一）–（三）": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二", "（一）"], [], ["市政府", "市交通管理部门", "公安、应急管理部门", "轨道交通企业", "各区政府"],
          lead_alternatives=[["市交通管理部门"]],
          note="rule 2, several clauses in printed order: 「市政府指导…，负责…」 (负责, its subject carried over in the "
               "paragraph — " + ELIDED + "), 「市交通管理部门负责…」, 「公安、应急管理部门负责…」 (" + FIELDS.replace(", 等 kept", "")
               + "), 「轨道交通企业负责…」 (a regulated party is a doer with 负责, round 34), 「各区政府落实属地安全应急管理工作…"
               "负责辖区内…」 (落实, 负责); 「各相关部门、单位按照分工履行有关安全管理职责」 (履行) and 「市级层面建立…」 add none; "
               "「配合公安部门做好…」: 公安部门 is the object of 配合 with 做好 (round 34: 「B配合A＋verb」 gives A only with a "
               "verb of the list); 「督促各相关部门…」「监督指导运营单位…」: " + PIVOT + "; no 牵头 of the item: lead [] — "
               "RULING? 「(市交通管理部门)负责牵头组织轨道交通运营安全评估工作」 is 牵头 for one of its own duties, read as no "
               "lead of the whole item; 市交通管理部门 as the lead is accepted; " + NODATE),
        S(["二", "（二）"], ["公安、应急管理部门"], ["公安、应急管理部门", "轨道交通企业"], lead_alternatives=[[]],
          note="「公安、应急管理部门会同轨道交通企业以…为重点，完善…标准」: " + MEET + "; 「指导轨道交通企业建立健全…」 and "
               "「发挥行业协会作用」 have no subject; " + NODATE),
        S(["三", "（二）"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          note="「市发展改革、住房城乡建设管理、交通、规划资源等部门和相关区政府要严格执行…，指导和监督建设单位…」 (执行; 指导和"
               "监督 without 负责): " + CLOSED + "; 「建设单位要认真落实安全生产首要责任，督促相关参建单位做好…」: the subject of "
               "落实 — " + SUBJ + " (round 34: a regulated party named by a kind is a doer with a rule-2 form); the 参建单位 "
               "are the object of 督促 (" + PIVOT + "); " + NODATE),
        S(["三", "（三）"], [], ["市交通管理部门"], lead_alternatives=[["市交通管理部门"]],
          note="「市交通管理部门对新开通的轨道交通线路…组织专业机构开展初期运营和正式运营安全评估工作」: 「A组织B＋verb」 — "
               "A is the doer, B (专业机构), the object of 组织, is no unit (CONVENTIONS.md round 30) — " + SUBJ + "; "
               "「并落实隐患整治工作」 has the new lines' facilities as its subject, no body; " + NODATE),
        S(["四", "（一）"], [], ["轨道交通企业", "市交通管理部门"],
          note="rule 2, several clauses: 「轨道交通企业承担…主体责任，做好…。健全…，按规定配备…。严格落实安全生产责任制…」 — "
               "落实 with the subject carried over (" + ELIDED + "); 「市交通管理部门负责对运营单位安全管理工作进行监督检查」 "
               "(负责); both in printed order, no lead named (lead []); 「…第三方运营安全评估制度」 names no body; " + NODATE),
        S(["五", "（一）"], [], ["轨道交通企业"], lead_alternatives=[["轨道交通企业"]],
          note="「轨道交通企业要制定…、明确…，落实安全管理措施…」: the subject of 落实 — " + SUBJ + "; 「公安机关要加强…，对…进行"
               "筛查…，要及时通报和预警…；加强…，不定期开展…飞行临检」 (加强, 进行, 通报, 开展 without 组织): " + CLOSED + "; "
               "「有关部门和单位要根据要求，做好…」 (做好, inside the case 「认为有发生恐怖事件危险的」); 「向公安机关报告」: a "
               "receiver (rule 3); " + NODATE),
        S(["六", "（一）"], ["市应急管理、交通、公安等部门"], ["市应急管理、交通、公安等部门", "轨道交通企业"],
          lead_alternatives=[[]],
          note="「市应急管理、交通、公安等部门要会同轨道交通企业制定和完善…应急预案体系」: " + MEET + "; the name: " + FIELDS
               + "; 「定期组织“四长联动”应急演练」 (组织＋work, its subject carried over) gives the same body; 「鼓励乘客参与"
               "演练」 names no unit; 「四长联动」 a name; " + NODATE),
        S(["七", "（一）"], ["市发展改革、规划资源、交通、财政、国资等部门"],
          ["市发展改革、规划资源、交通、财政、国资等部门", "轨道交通企业"], lead_alternatives=[[]],
          note="「市发展改革、规划资源、交通、财政、国资等部门要会同轨道交通企业，在…基础上，研究建立…长效机制」: " + MEET
               + " (the comma between B and the verb does not change the form); the name: " + FIELDS + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、明确总体要求 holds （一）指导思想 and （二）基本原则 1.–4., none naming a unit (round 27: not tasks in "
            "a plan whose tasks name units); 八、落实具体保障 （一）–（三） name none (「各区政府、各有关部门和单位要高度重视…，"
            "安排专人负责…」: 重视 / 加强 / 安排 are no verbs of rule 2, 专人 a person) — 保障 items, not tasks; the leaves of "
            "二、–七、 are the tasks, with a unit or without (the work sections): 2 + 3 + 5 + 3 + 3 + 3 → **19**",
            "units: rule 2 only (no label in the document); the many plain subjects of 加强／做好／执行／配备／编制 give none "
            "(三/（一） 「市规划资源、交通部门编制…时，要加强…」, 三/（二）'s departments, 四/（三） 「市交通管理部门要…加强…」 and "
            "「各区政府要强化…，做好…」, 六/（二） 「市相关部门、轨道交通企业要配备…」)",
            "四/（三） is not sampled: in 「严格执行…，督促轨道交通企业做好…，落实…监护职责」 落实 may belong to the pivot's object "
            "or to 市交通管理部门; 五/（二） is not sampled: 「从事轨道交通安全检查的单位、人员要…实施安全检查」 — the unit after "
            "the 的-phrase would be the bare 单位 (a general call, round 34) beside 人员 (persons)",
            "dates: none — 2019年5月9日 the signing date (the index dates it 2019-05-13); 国办发〔2018〕13号 a document "
            "number; 「定期」「年度」「第一时间」 no dates",
            "no targets (「过机安检率」「开包抽查率」 without figures; BIM, 5G absent; 「四长联动」 a name), no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x116_04_shanghai-2017-shichang-jiandu-guanlisuo-biaozhunhua-jianshe-shishi-yijian.txt"
PLAN04 = "关于本市加强市场监督管理所标准化建设的实施意见（试行）"
NOTICE04 = "市政府办公厅印发《关于本市加强市场监督管理所标准化建设的实施意见（试行）》的通知"
LABEL04 = LABEL.replace("「（责任单位：…）」", "「（责任部门：…）」")

plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 实施意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪府办发〔2017〕52号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅",
     date="2017-08-16",
     level="city government office (Shanghai), to 各区人民政府 and 市政府各委、办、局",
     source=shanghai_source("市政与基础设施", NOTICE04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-12344_53495&siteId=0001", 4711),
     style="a cover 「经市政府同意，现将《…》印发给你们，请认真按照执行」 (dated 2017年8月16日) then the 实施意见: a preamble, "
           "一、重要意义 and 二、指导思想 (childless), 三、目标任务 (a lead-in paragraph, （一）总体目标, （二）任务分工 — five paragraphs "
           "each opening with a body: 「由市市场监管工作联席会议负责…」, 「各区政府和市政府相关委、办、局负责…」, 「市场监管的市级主管部门"
           "负责…」, 「区市场监管局…负责实施…」, 「市场监管所为…派出机构，统一承担…职责」), 四、推进要求 （一）–（五） with items 1.–N. "
           "each ending in a label 「（责任部门：…）」 (the first with ASCII 「:」 and 「,」), no 牵头 anywhere; no date, no figure",
     leaf_tasks=16, count_alternatives=[],
     leaf_tasks_by_section={"三、 （二）任务分工": 1, "四、 （一）1.–3., （二）1.–2., （三）1.–3., （四）1.–4., （五）1.–3.": 15},
     attachment_task_rows=0,
     childless_top_level_sections=["一、重要意义", "二、指导思想"],
     samples=[
        S(["三", "（二）"], [], ["市市场监管工作联席会议", "各区政府", "市政府相关委、办、局", "市级主管部门", "区市场监管局",
                               "市场监管所"],
          note="rule 2, several clauses in printed order: 「由市市场监管工作联席会议负责…」 (由A负责; a joint meeting named as "
               "an actor is a unit as printed, round 34), 「各区政府和市政府相关委、办、局负责…」 (负责; 和 gives two names, round "
               "34; 「市政府相关委、办、局」 one name as printed, round 32's 「各有关委、办、局」), 「市场监管的市级主管部门负责…」 "
               "(负责; round 34: a 的-phrase before a name describes it, the unit is the name after the last 的 — "
               "市级主管部门), 「区市场监管局…负责实施…」 (负责); 「市场监管所为区市场监管局的派出机构，统一承担…职责」: 承担 is no "
               "verb of rule 2, a unit by the heading （二）任务分工 — " + HEADING + "; no lead named (lead []); " + NODATE),
        S(["四", "（一）", "1"], [], ["市市场监管工作联席会议各成员单位", "各区政府"],
          note=LABEL04 + " — printed 「（责任部门:市市场监管工作联席会议各成员单位,各区政府）」 with an ASCII colon and comma; "
               "the group 「…各成员单位」 kept as printed (a label keeps its names, round 33); the office the item sets up "
               "(「成立…办公室（以下简称“市标准化推进办”）…负责具体开展…」) adds nothing (rule 1); " + NODATE),
        S(["四", "（一）", "2"], [], ["市标准化推进办", "市工商局", "市质量技监局", "市食品药品监管局", "市物价局", "各区政府"],
          note=LABEL04 + " (「市标准化推进办，市工商局、…、市物价局，各区政府」 split on ， and 、); the short name 市标准化推进办 as "
               "printed (defined in 四/（一）/1); " + NODATE),
        S(["四", "（二）", "1"], [], ["各区政府"], lead_alternatives=[["各区政府"]],
          note=LABEL04 + "; " + ONE + "; 「坚持依法行政」: a principle-like item, but labelled — a task; " + NODATE),
        S(["四", "（二）", "2"], [], ["市工商局", "市质量技监局", "市食品药品监管局", "市物价局", "市审改办", "各区政府"],
          note=LABEL04 + "; 「区市场监管局要…确定…事权清单」 in the text adds nothing (rule 1); 「第2部分」「附录A」 are names "
               "of a standard's parts, no quantities; " + NODATE),
        S(["四", "（三）", "3"], [], ["市标准化推进办", "市工商局", "市质量技监局", "市食品药品监管局", "市物价局"],
          note=LABEL04 + " — the only label of 四/（三） without 各区政府, although the text speaks of 区市场监管局 (「支持和鼓励"
               "区市场监管局…」): the label decides; " + NODATE),
        S(["四", "（四）", "3"], [], ["市公务员局", "市编办", "各区政府"],
          note=LABEL04 + "; the item's sentences have no subject at all; " + NODATE),
        S(["四", "（五）", "1"], [], ["市市场监管工作联席会议各成员单位"],
          lead_alternatives=[["市市场监管工作联席会议各成员单位"]],
          note=LABEL04 + "; " + ONE + "; 「市政府将对相关部门…进行督导和检查」 in the text adds nothing (rule 1); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、重要意义 and 二、指导思想 have no numbered child: sections; 三、目标任务's lead-in paragraph (「各区政府"
            "和市政府相关委、办、局要…有序推进…」, 推进) is the section's text; 三/（一）总体目标 names no unit (「区市场监管局组织实施」 "
            "there describes the mechanism to be formed, round 34: a description) — a 工作目标 item, not a task (round 27); "
            "三/（二）任务分工 gives work to bodies: a task; 四、 3 + 2 + 3 + 4 + 3 = 15 labelled items → **16**",
            "units: every item of 四、 has a label 「（责任部门：…）」 without 牵头 (lead []), kept as printed; 三/（二） by rule 2 "
            "(and the heading, RULING? for 市场监管所)",
            "dates: none — 2017年8月16日 the cover's date; 「年度」「季度」 work plans are no dates; 「十三五」 a name",
            "no targets (「一个对象一张表」「四合一」「双随机、一公开」 names), no phases, no duties"])

write_collected(DIR)
