# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next81/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 28 (built by helper c80): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next81/make_expected.py tests/data/plans-next81
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    align30,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)

# The set's unit rule (the four documents are town / street rules for small works, written with 「由X负责」):
BY = ("「（由）X负责…」 or 「由X + verb」 gives the item's work to a named body X: X is responsible, no lead named "
      "(lead = [])")
HEAD = ("a numbered duty under the label 「X工作职责：」: the labelled body is responsible for each item of its list "
        "(as a unit-as-heading item, plans-dev 10 / 12), no lead named")
COLON = "a unit-colon item 「（n）X：duties」 (plans-dev 12): X is the item's one responsible party, no lead named"
ROLE = ("the parties of a works contract (建设单位 / 建设方, 施工单位, 监理单位, 设计单位, 中标人, 招标人, 采购人, 项目需求部门, "
        "项目经理 / 负责人) are roles, not units, wherever they act in a sentence")
SUBJ = "a body as the plain subject of a sentence (「X应…」 「X对…」, no 负责 and no 由) is no unit of the item (no label)"
GEN = ("a general provision (purpose / scope / definition / conflict rule / interpretation / entry into force): a numbered "
       "leaf by EXPECTED.md's rule, the count without the general provisions accepted; no unit, no date")
THR = "a threshold written in the item (round 25: a policy quantity of the item is its target)"
BAND = ("aligned round 45 (Round 43 ruling, round 38): the investment band 100万元 decides which body approves the works — "
        "a class of project, no target (it was a target by round 25's older reading)")
REL = "a time limit counted from an event (no date can be resolved): the deadline is not checked"

# ---------------------------------------------------------------------------------------------------------
X01 = "x81_01_fengpu-2025-xiaoxing-jianshe-gongcheng-xiangmu-guanli-shishi-banfa.txt"

plan(X01,
     title="上海市奉贤区奉浦街道小型建设工程项目管理实施办法（关于印发《上海市奉贤区奉浦街道小型建设工程项目管理实施办法》的通知）",
     title_note="the 办法's own title after the cover (line 11), or the notice title (the first line): either is accepted",
     doc_no="奉浦街办〔2025〕8号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区人民政府奉浦街道办事处",
     date="2025-11-22",
     level="street office (Shanghai Fengxian, 奉浦街道), to its own sections, centres and neighbourhoods",
     source=shanghai_source("工程建设管理", "关于印发《上海市奉贤区奉浦街道小型建设工程项目管理实施办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00843456&siteId=0084", 3935),
     style="a street office's cover (addressees, one sentence, signature, date); the 办法's title; a preamble; 一、适用范围 and "
           "二、组织机构 (a leading group with personal names, 「组 长：」 with a space) paragraphs; 三、 a paragraph then ASCII "
           "「(一)heading」 lines (一)–(六) over 「1、」 items, 三/(三)/5 with a list (1)–(10) of bidders' failures; 四、 (一)–(三), "
           "(三) with 1、–7、 violations; 五、其他 (一)(二); half-width 「,」 and 「;」 in many sentences; 「400 万元」 「100 万元」 with "
           "spaces; work given by 「X负责」 / 「由X负责」",
     leaf_tasks=36, count_alternatives=[34, 21, 19],
     leaf_tasks_by_section={"三、小型建设工程过程管理": 25, "四、纪律要求与责任追究": 9, "五、其他": 2},
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围", "二、组织机构"],
     samples=[
        P(["三", "(一)"], not_targets=[(100, "万元")],
          note="heading line over a paragraph: 「投资总额100万元及以上的报请区发改委审批，100万元以下的项目报请街道主任办公会研究"
               "决定」 — approval routing (区发改委 the approver, not a unit of the item); " + BAND + "; " + NODATE),
        P(["三", "(二)", "1"], not_targets=[(100, "万元")],
          note="「投资总额 100 万元及以上的…工程，向相应区级主管部门取得批准文件后，进行项目信息报送」: spaces inside 「100 万元」; "
               "the sending is a duty; no actor named; " + BAND + "; " + NODATE),
        U(["三", "(三)", "4"], ["街道发展办公室"],
          note="「4、招标投标程序」 heading over a paragraph ending 「街道发展办公室负责小型建设工程招标具体执行」 — " + BY + "; "
               "「建设单位应按规定的程序自行组织招投标」 " + ROLE + "; " + NODATE),
        P(["三", "(三)", "5", "(1)"],
          note="a bidder's failure listed under 5、信用管理 (a condition, no work); (三)'s paragraph 「街道小型建设工程项目管理领导"
               "小组办公室负责小型建设项目的招投标管理」 is the heading's text: it is read for no child item (an item's units are "
               "its own); " + NODATE),
        U(["三", "(四)", "1"], ["街道城建中心(建筑建材业管理站)"], skip_deadline=True, not_targets=[(15, "日")],
          note="「街道城建中心(建筑建材业管理站)负责小型建设工程的安全、质量、文明施工」 — " + BY + "; the bracketed name (ASCII "
               "brackets) kept whole as printed; 「在验收合格之日起 15日内完成竣工备案」: " + REL + " (and a filing: a duty); 15日 a time "
               "limit, not a target"),
        P(["三", "(四)", "2"], note="「中标人应…」 「项目经理…负主要责任」: " + ROLE + "; " + NODATE),
        P(["三", "(五)", "1"],
          note="「城建中心应当向领导小组提出申请，经领导小组审核同意后由设计单位变更设计图」: " + SUBJ + "; " + ROLE + "; "
               + NODATE),
        P(["三", "(五)", "4"], targets=[(5, "%")],
          note="「最终结算价原则上应控制在不超过合同价款的5%以内」 a ceiling written in the item (a target, round 25); "
               "「由建设各方签证确认」 contract parties; " + NODATE),
        U(["三", "(六)"], ["城建中心"],
          note="「…由城建中心负责及时归档」 — " + BY + "; 「及时」 no date; " + NODATE),
        P(["四", "(二)"], note="「建设单位与中标的施工企业…签订《合同》和《廉洁协议》」: " + ROLE + "; " + NODATE),
        P(["四", "(三)", "1"], note="a violation 「建设单位不严格执行本办法…」 listed under (三) (a condition, no work); " + NODATE),
        P(["五", "(二)"], not_targets=[(30, "日")],
          note=GEN + "; 「本办法自发布之日起30日开始实施」 entry into force (not a deadline; 30日 not a target), 「奉浦街办[2021]12号」 (ASCII "
               "brackets) a document number, 「由…奉浦街道办事处负责解释」 an interpretation clause (no work)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "投资总额100万元及以上的…小型建设工程，向相应区级主管部门取得批准文件后，进行项目信息报送",
              "when": "取得批准文件后", "when_norm": None},
             {"what": "城建中心组织竣工验收，并在验收合格之日起15日内完成竣工备案", "when": "验收合格之日起15日内",
              "when_norm": None},
             {"what": "由城建中心报小型建设工程领导小组选择社会中介机构负责审价并将审价结果报领导小组备案",
              "when": "审价完成后", "when_norm": None}],
     notes=["counting (every numbered leaf, EXPECTED.md): 一、适用范围 and 二、组织机构 sections (paragraphs); 三、 (一) 1 + (二) 1、2、 "
            "2 + (三) 1、–4、 4 and 5、's (1)–(10) 10 + (四) 1、–3、 3 + (五) 1、–4、 4 + (六) 1 = 25; 四、 (一) (二) 2 + (三) 1、–7、 "
            "7 = 9; 五、其他 (一)(二) 2 → **36**. Accepted: 34 (without 五、's general provisions), 21 (the two lists of failures / "
            "violations folded into their items 三/(三)/5 and 四/(三)) and 19 (both)",
            "samples: twelve of 36, across 三、–五、",
            "units: " + BY + "; " + ROLE + "; " + SUBJ + "; personal names in 二、 (徐露隽 …) are no units; the leading group "
            "(领导小组) and its office approve and receive filings in sentences",
            "dates: no calendar date in any item (the cover's 2025年11月22日); 15日内 (三/(四)/1) counted from 验收合格, "
            "「自发布之日起30日开始实施」 entry into force; no phases",
            "figures: thresholds written in items are targets (100万元, 5%); the 400万元 / 50% / 30万元 of 一、 and 三/(五)/2 are "
            "in a section or unsampled items; 三/(三)/1's 「不得少于 3人」 is not sampled",
            "duties: 项目信息报送 (三/(二)/1), 竣工备案 within 15 days (三/(四)/1), 审价结果报领导小组备案 (三/(五)/2); approval "
            "requests (报请区发改委审批, 报请…主任办公会) are procedure, not duties"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x81_02_zhujiajiao-2025-xiaoe-jianshe-gongcheng-shishi-banfa.txt"
CJ = "城建公司"

plan(X02,
     title="朱家角镇小额建设工程实施办法（上海市青浦区朱家角镇人民政府关于印发《朱家角镇小额建设工程实施办法》的通知）",
     title_note="the 办法's own title after the cover (line 13), or the notice title (the first line): either is accepted",
     doc_no="青朱府〔2025〕17号 (from the index; the stored text prints no number)",
     issuer="上海市青浦区朱家角镇人民政府 (signed 青浦区朱家角镇人民政府)",
     date="2025-10-29",
     level="town government (Shanghai Qingpu, 朱家角镇), to its villages, neighbourhoods, enterprises and sections",
     source=shanghai_source("工程建设管理", "上海市青浦区朱家角镇人民政府关于印发《朱家角镇小额建设工程实施办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00831346134&siteId=0083", 2380),
     style="a town's cover (addressees ending with an ASCII colon, one sentence, 「特此通知。」, signature, date); the 办法's title; "
           "一、总则 … 八、其它 with 「N.text」 items (1. 2. …), 二、 split into （一）（二） with 1.–4. and 1.–2.; 三、 one item and an "
           "unnumbered paragraph; work given mostly by 「由城建公司负责…」 / 「由城建公司 + verb」; 「①…；②…」 inside an item",
     leaf_tasks=22, count_alternatives=[18],
     leaf_tasks_by_section={"一、总则": 3, "二、项目审核": 6, "三、项目实施": 1, "四、项目管理": 3, "五、项目结算": 3,
                            "六、资金申请": 2, "七、监督管理": 2, "八、其它": 2},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        U(["一", "3"], ["建设项目工作专班", "项目办"],
          note="「由建设项目工作专班负责本镇小额建设工程的指导、审核和管理。工作专班下设建设项目办（以下简称项目办），项目办设在"
               "镇规建办，负责项目实施的建设管理」: two bodies each with 负责 — " + BY + "; 项目办 as the text names it after "
               "defining it (镇规建办 is where it sits, not a third unit); " + NODATE),
        P(["二", "（一）", "1"], note="applicants (镇机关各科室、企事业单位、居委会) 「可向项目办提出书面申请」: no work given to a unit; "
          + NODATE),
        P(["二", "（一）", "3"], targets=[(50, "万")],
          note="「项目办将初审通过的各类建设项目进行汇总，报建设项目工作专班进行会议决策」: " + SUBJ + "; 「预算外项目资金超过50万的，"
               "由申请单位先报书记专题会决策」: 50万 (printed without 元) " + THR + "; the applicant a role; approval routing, not "
               "a duty; " + NODATE),
        P(["二", "（二）", "2"], note="「项目办接到申请后，及时组织相关职能部门到实地查看…」: " + SUBJ + "; " + NODATE),
        U(["三", "1"], [CJ], targets=[(5, "万元"), (20, "万元"), (100, "万元")],
          note="「由城建公司负责比价工作」 — " + BY + "; 「资金在5万元以上20万以下…预算资金在20万元以上，100万元以下」 the item's "
               "thresholds (targets, round 25); the unnumbered paragraph after it (contract parties) belongs to it; " + NODATE),
        U(["四", "1"], [CJ], targets=[(3, "个")],
          note="「由城建公司负责做好工程的日常指导、监督工作」 — " + BY + "; 「同一项目负责人不得同时担任三个以上项目的现场管理」 a "
               "written ceiling (Chinese numeral; a target, round 25); 施工监理 / 总包单位 contract parties; " + NODATE),
        U(["四", "3"], [CJ],
          note="「由城建公司做好验收资料，组织相关单位对工程项目进行现场验收」 — " + BY + " (no 负责: 由X + verb); " + NODATE),
        U(["五", "1"], [CJ], skip_deadline=True, not_targets=[(2, "个月")],
          note="「由城建公司督促施工单位在二个月内做好工程结算书…」 — " + BY + "; 「二个月内」 after 竣工验收: " + REL + "; 二个月 a time limit, not "
               "a target"),
        U(["五", "3"], [CJ, "各行政村"],
          note="「镇级工程项目由城建公司负责工程资料归档，村级工程项目移交各行政村负责归档」: two bodies with 负责 — " + BY + "; "
               + NODATE),
        U(["六", "2"], [CJ, "各行政村"],
          note="「由城建公司审核确认后，由各行政村向施工企业支付工程款」: two 由X clauses — " + BY + "; " + NODATE),
        P(["七", "2"], note="prohibitions (严禁…) and sanctions, no actor named; " + NODATE),
        P(["八", "2"], note=GEN + "; 「本办法由朱家角镇人民政府负责解释，并自发文之日起执行」"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf): 一、 1.–3. 3 + 二、 （一） 1.–4. + （二） 1.–2. 6 + 三、 1. 1 (its unnumbered second "
            "paragraph part of it) + 四、 3 + 五、 3 + 六、 2 + 七、 2 + 八、 2 → **22**. Accepted: 18 (without the general provisions "
            "一/1 purpose, 一/2 definition, 八/1, 八/2)",
            "samples: twelve of 22, every section",
            "units: " + BY + "; " + SUBJ + " (项目办 in 二、, 镇财政所 / 镇经管中心 in 七/1); " + ROLE,
            "dates: none (the cover's 2025年10月29日; 五/1's 「二个月内」 counted from an event); no phases",
            "figures: thresholds and ceilings written in items are targets (100万元 in 一/2 a definition, not sampled); 「二类费用」 "
            "a kind of cost",
            "duties: none — 「报建设项目工作专班进行会议决策」, 「提交政府办公会」, 「向镇政府提出申请」 and 「组织送审」 are approval "
            "and payment procedure, not reports"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x81_03_nanqiao-2025-xiaoxing-jianshe-gongcheng-xiangmu-guifan-guanli-shishi-banfa.txt"
XMB = "项管办"
CHILDLESS = ("六、审价结算, 七、资金管理, 八、档案管理, 九、全过程监督管理 are top-level sections with no numbered children: sections, "
             "not tasks (EXPECTED.md lines 21–25); one leaf each is accepted (they hold work of 建设单位 / 项管办 / 财政所)")

plan(X03,
     title="上海市奉贤区南桥镇人民政府关于进一步加强南桥镇小型建设工程项目规范管理的实施办法（试行）",
     title_note="the document's title (the first line; no separate cover)",
     doc_no="南府〔2025〕7号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区南桥镇人民政府",
     date="2025-09-04",
     level="town government (Shanghai Fengxian, 南桥镇)",
     source=shanghai_source("工程建设管理", "上海市奉贤区南桥镇人民政府关于进一步加强南桥镇小型建设工程项目规范管理的实施办法（试行）.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00842818&siteId=0084", 4373),
     style="a town's 办法 with no cover (title, preamble); 一、适用范围 1、–5、 kinds of works; 二、 (一) a leading group and its "
           "「领导小组工作职责：」 1.–4., (二) the project office and its 「项管办工作职责：」 1、–10、; 三、 (一)–(三) with 1、 items by "
           "budget band (「5万(不含5万)以下」 … 「30万(含30万)至400万(不含400万)」, 万 without 元); 四、 a paragraph and 1、–3、; 五、 a "
           "paragraph and (一)–(四); 六、–九、 paragraphs only; 十、其他 (一)–(四); 附件1-1 … 附件4 lines, signature, date; ASCII "
           "brackets throughout",
     leaf_tasks=39, count_alternatives=[30, 43, 34],
     leaf_tasks_by_section={"一、适用范围": 5, "二、组织机构及其职责": 14, "三、审批管理": 6, "四、招标管理": 3,
                            "五、施工管理": 7, "十、其他": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["六、审价结算", "七、资金管理", "八、档案管理", "九、全过程监督管理"],
     samples=[
        P(["一", "1"], note=GEN + " (a kind of works in the scope list)"),
        U(["二", "(一)", "1"], ["领导小组"], note=HEAD + " (「领导小组工作职责：」; the heading says 项目管理领导小组, the text "
          "defines 领导小组); " + NODATE),
        U(["二", "(一)", "4"], ["领导小组"], note=HEAD + "; " + NODATE),
        U(["二", "(二)", "1"], [XMB], note=HEAD + " (「项管办工作职责：」; 项目管理办公室 defined as 项管办); " + NODATE),
        U(["二", "(二)", "5"], [XMB], note=HEAD + "; 监理代建 a contract party; " + NODATE),
        U(["二", "(二)", "9"], [XMB], note=HEAD + "; 「负责邀请镇纪委监察办对项目进行全过程监督」: 镇纪委监察办 the invited body "
          "(an object, not a unit of the item); " + NODATE),
        U(["二", "(二)", "10"], [XMB], note=HEAD + "; the last item of the list (「其他需完成的…」); " + NODATE),
        P(["三", "(一)"], note="「建设单位确定年度部门预算意向项目，上报…备案表…报批表」: " + ROLE + "; 城建中心土地管理部门 is "
          "consulted in a sentence; 「沪奉农经[2020]1号」 a document number; an application, not a duty; " + NODATE),
        P(["三", "(二)", "1"], targets=[(5, "万")],
          note="「5万(不含5万)以下的项目，由建设单位向项管办报备后自行负责把关…」: 建设单位 is a contract role (" + ROLE + "); "
               "5万 " + THR + "; the 报备 to 项管办 is a filing (a duty); " + NODATE),
        U(["三", "(二)", "3"], [XMB], targets=[(30, "万"), (400, "万")],
          note="「经分管领导签字同意、财政所审核资金来源后，由项管办负责审核项目可行性和概算」 — " + BY + " (财政所 in a subordinate "
               "clause); 30万 / 400万 the band (targets, round 25); " + NODATE),
        P(["三", "(三)", "2"], targets=[(100, "万"), (400, "万")],
          note="「…通过领导小组会议研究批准」: no 负责 / 由 — none; the band " + THR + "; " + NODATE),
        U(["四", "2"], ["财政所"], targets=[(100, "万"), (400, "万")],
          note="「由财政所在奉贤政府采购管理平台立项审批通过后，在上海市政府采购网电子招标」 — " + BY + "; the band " + THR
               + "; " + NODATE),
        P(["五", "(一)", "3"], note="「建设单位应指派专人负责工程的安全质量监管工作」: 专人 (a person) 负责; " + ROLE + "; " + NODATE),
        P(["五", "(二)"], note="「由建设单位、监理单位、施工单位、设计单位负责人签字认可」: persons of the contract parties; " + ROLE
          + "; " + NODATE),
        P(["五", "(三)", "1"], targets=[(5, "%")],
          note="「因工程设计变更造成的工程款调整原则上不超过工程中标价的 5%」 a written ceiling (a target, round 25); 「由建设方、"
               "监理方、施工方共同确认后由设计单位变更设计图」 contract parties (" + ROLE + "); " + NODATE),
        P(["十", "(二)"], not_targets=[(1, "年"), (4, "号")], note=GEN + "; 「本办法自发布之日起实施，试行一年」 a validity (not a deadline), 「南府〔2024〕4 号」 a "
          "document number with a space (一年 and 4 号 not targets)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "5万以下的项目，由建设单位向项管办报备", "when": "实施前", "when_norm": None},
             {"what": "项管办不定期对项目执行情况进行抽查、考评，检查结果报领导小组会议", "when": "不定期", "when_norm": None}],
     notes=["counting (every numbered leaf): 一、 1、–5、 5 + 二、 (一) 1.–4. 4 + (二) 1、–10、 10 + 三、 (一) 1 + (二) 1、–3、 3 + "
            "(三) 1、2、 2 + 四、 1、–3、 3 + 五、 (一) 1、–3、 3 + (二) 1 + (三) 1、2、 2 + (四) 1 + 十、 (一)–(四) 4 → **39**; "
            + CHILDLESS + ". Accepted: 30 (without the general provisions: 一、's scope list and 十、), 43 (with 六、–九、 one leaf "
            "each) and 34 (both)",
            "samples: sixteen of 39, every numbered section",
            "units: " + HEAD + " (领导小组, 项管办); " + BY + "; " + ROLE + "; " + SUBJ + "; 镇纪委监察办 is the supervising body "
            "named in sentences",
            "dates: none in any item (the signature's 2025年9月4日; 「试行一年」 a validity); no phases",
            "figures: the budget bands written in items are targets (5万, 30万, 100万, 400万 — printed without 元 — and 5%)",
            "duties: the 报备 of small projects to 项管办 (三/(二)/1) and 九、's 「检查结果报领导小组会议」 (不定期); applications for "
            "审价 (六、) and approval (三、) are procedure"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x81_04_chengqiao-2025-xiane-yixia-xiaoxing-jianshe-gongcheng-anquan-jiandu-guanli-banfa.txt"
GH = "规环办"

plan(X04,
     title="城桥镇限额以下小型建设工程安全监督管理办法（试行）（关于印发《城桥镇限额以下小型建设工程安全监督管理办法（试行）》的通知）",
     title_note="the 办法's own title after the cover (line 11), or the notice title (the first line): either is accepted",
     doc_no="沪崇城府〔2025〕23号 (from the index; the stored text prints no number)",
     issuer="上海市崇明区城桥镇人民政府",
     date="2025-03-31",
     level="town government (Shanghai Chongming, 城桥镇), to its departments, enterprises and villages",
     source=shanghai_source("工程建设管理", "关于印发《城桥镇限额以下小型建设工程安全监督管理办法（试行）》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=test_4e5b8caf-bf90-4dbf-ae70-36aa52452c61&siteId=0085", 2473),
     style="a town's cover (addressees, one sentence, signature, date); the 办法's title; a preamble citing seven documents; "
           "一、适用范围 （一）（二） (thresholds) and an exclusion sentence; 二、职责分工 （一）–（七） unit-colon items 「（n）X：duties」 "
           "(规环办, 城运中心, 综合行政执法队, 城建中心, 镇相关职能科室及相关单位, 各村居, 建设单位); 三、监管程序 a paragraph and （一）–（四） "
           "heading lines over a paragraph, （三） with 1.2.; no date anywhere but the cover's",
     leaf_tasks=14, count_alternatives=[12],
     leaf_tasks_by_section={"一、适用范围": 2, "二、职责分工": 7, "三、监管程序": 5},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（一）"], targets=[(100, "万元")], note=GEN + " (the scope); 100万元 " + THR),
        P(["一", "（二）"], targets=[(100, "万元"), (300, "平方米")], note=GEN + " (the scope); 100万元, 300平方米 " + THR),
        U(["二", "（一）"], [GH],
          note=COLON + "; 「牵头对接区建设管理委」: 规环办 leads the liaison with the district commission (the object, not a unit) — "
               "the single unit is accepted as lead; " + NODATE),
        U(["二", "（二）"], ["城运中心"], note=COLON + "; 「并上报规环办」 a report (a duty); 安全管家 a post; " + NODATE),
        U(["二", "（三）"], ["综合行政执法队"], note=COLON + "; " + NODATE),
        U(["二", "（四）"], ["城建中心"], note=COLON + "; 物业管理方 / 建设单位 objects; " + NODATE),
        U(["二", "（五）"], ["镇相关职能科室及相关单位"],
          note=COLON + "; one group name joined by 及 (not split: EXPECTED.md splits on 、，； only); " + NODATE),
        U(["二", "（六）"], ["各村居"], note=COLON + "; 「“属地管理”」 a principle; " + NODATE),
        U(["二", "（七）"], ["建设单位"],
          note=COLON + " — here the contract role 建设单位 is the label, so it is the item's party (elsewhere " + ROLE + "); "
               + NODATE),
        P(["三", "（一）"], note="「工程开工前，建设单位应当主动到规环办进行信息登记」: " + ROLE + "; the 登记 at 规环办 is a filing "
          "(a duty); 「开工前」 an event, no date; " + NODATE),
        P(["三", "（二）"], note="「规环办应在小型建设工程开工前向建设单位、施工单位等发放…告知书」: " + SUBJ + "; " + NODATE),
        P(["三", "（三）", "2"],
          note="「规环办、综合行政执法队、市容中心和城建中心等相关行业部门不定期对…进行…大排查、大整治」: " + SUBJ + "; 「上报区"
               "建设管理委」 a report (a duty); " + NODATE),
        P(["三", "（四）"], note="「建设单位项目负责人组织…竣工验收，竣工验收合格后应当主动将竣工验收报告报备规环办」: " + ROLE
          + "; the 报备 a filing (a duty); the last item; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "城运中心做好小型建设工程日常巡查和主动发现，并上报规环办", "when": "日常", "when_norm": None},
             {"what": "工程开工前，建设单位应当主动到规环办进行信息登记", "when": "开工前", "when_norm": None},
             {"what": "对应办理施工许可证而未办理、存在违法建设行为的限额以上建设工程及时收集相关信息并上报区建设管理委",
              "when": "及时", "when_norm": None},
             {"what": "竣工验收合格后应当主动将竣工验收报告报备规环办", "when": "竣工验收合格后", "when_norm": None}],
     notes=["counting (every numbered leaf): 一、 （一）（二） 2 + 二、 （一）–（七） 7 + 三、 （一）（二） 2 + （三） 1.2. 2 + （四） 1 → "
            "**14**. Accepted: 12 (without 一、's scope items, general provisions)",
            "samples: thirteen of 14 (all but 三/（三）/1)",
            "units: 二、's unit-colon items name one party each (" + COLON + "); in 三、 bodies are subjects of sentences (" + SUBJ
            + ") and 建设单位 a role",
            "dates: none (the cover's 2025年3月31日; 开工前 / 竣工验收合格后 are events); no phases",
            "figures: the scope thresholds 100万元 / 300平方米 are targets of 一、's items (round 25); no plan-level figure",
            "duties: 城运中心's 上报规环办, 建设单位's 开工 登记 and 竣工 报备 at 规环办, the 上报区建设管理委 of unlicensed larger works"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x81_03", ["三", "(二)", "1"], [], ["建设单位"],
        "「5万(不含5万)以下的项目，由建设单位向项管办报备后自行负责把关项目可行性和概算并实施」: the item's whole work is this class of project (round-30 clarification), the agent of 由…负责 (the builder, the doer of the item's own work) is responsible, no lead (A alone accepted as lead); 项管办 receives the filing (rule 3)", alt=[["建设单位"]], rule="2 and 3")

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x81_02', ['二', '（一）', '3'], [(50, '万', '万元')],
                   '「预算外项目资金超过50万的」: a threshold of money (资金), written 万元 as plans-next96 writes 「投资金额200万以下」')
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x81_04', None, 'a regulated party\'s filing is no duty', '「工程开工前，建设单位应当主动到规环办进行信息登记」: the builders of the small works the rules supervise register with the office (「开工备案…为告知性登记」)', drop_duties=['工程开工前'])

# round 34 (p34h): answers aligned to CONVENTIONS.md "Round 34 rulings" by reading the items
from expected_tools import align34_units  # noqa: E402

align34_units('x81_01', ['三', '(三)', '4'], [], ['建设单位', '街道发展办公室'],
              '「建设单位应按规定的程序自行组织招投标」 — 组织＋work, a regulated party by a kind, is a doer (CONVENTIONS.md round 34); printed order before 街道发展办公室')  # noqa: E501

# round 39 (p39g2): rule 4 as written (CONVENTIONS.md rule 4, closed round 39), read at the items
from expected_tools import align39_units  # noqa: E402

_R4 = ("rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 五、's opening paragraph 「建设单位是施工管理的第一"
       "责任单位，负责对项目施工过程进行管理」 (A负责, rule 2) names the doer of the section's work; ")
align39_units('x81_03', ['五', '(一)', '3'], [], ['建设单位'], _R4 + "the item 「建设单位应指派专人负责…」 names none by rule 2 "
              "(专人, a person, 负责; 指派 none of its forms): responsible 建设单位, lead [] (the single body accepted)",
              alt=[['建设单位']])
align39_units('x81_03', ['五', '(二)'], [], ['建设单位'], _R4 + "the item 「由建设单位、监理单位…负责人签字认可」 names none by "
              "rule 2 (负责人, the persons who sign): responsible 建设单位, lead [] (the single body accepted)",
              alt=[['建设单位']])

# round 44 (q44c): 「A组织B＋verb」 read by the round-30 clarification (A the doer), at the item
from expected_tools import _sample32  # noqa: E402

align34_units('x81_02', ['二', '（二）', '2'], [], ['项目办'],
              "CONVENTIONS.md round 30 clarifications: 「A组织B＋verb」 (「区教育局组织各学校开展…」) — A is the doer; "
              "「项目办接到申请后，及时组织相关职能部门到实地查看…」 — 项目办 (defined in 一、3) organises the departments' "
              "inspection: responsible 项目办, lead [] (the single body accepted)", alt=[['项目办']])
_sample32('x81_02', ['二', '（二）', '2'])[1]["note"] = _sample32('x81_02', ['二', '（二）', '2'])[1]["note"].replace(
    "aligned round 34: ", "aligned round 44: ", 1)

# round 45 (al47): the Round 47 ruling q44c (governs) — role-like kinds are doers with a rule-2 form; the set's rule
# 「the parties of a works contract are roles, not units」 is overruled (CONVENTIONS.md Round 47 rulings)
align34_units('x81_03', ['五', '(三)', '1'], [], ['建设方', '监理方', '施工方', '设计单位'],
              "CONVENTIONS.md Round 47 rulings, q44c: role-like kinds are bodies named by a kind, doers with a rule-2 form "
              "(round 34: rule 2 does not ask who the body is); the item 「1、设计变更。…对因客观原因需要变更设计内容的，由建设方、"
              "监理方、施工方共同确认后由设计单位变更设计图」 is wholly the design-change step (round 30: an item whose whole work "
              "is the response to a case takes its doers), and both 由A＋a verb of doing (round 34; 「由A与B共同＋verb」 both "
              "doers, round 30) give its doers in printed order; no 牵头: lead []")
_sample32('x81_03', ['五', '(三)', '1'])[1]["note"] = _sample32('x81_03', ['五', '(三)', '1'])[1]["note"].replace(
    "aligned round 34: ", "aligned round 45 (Round 47 ruling): ", 1)

# round 46 (al48): answers aligned to CONVENTIONS.md "Round 48 rulings, written early", read at the items
from expected_tools import align48_units  # noqa: E402

align48_units('x81_02', ['三', '1'], [], ['城建公司', '镇级建设单位', '施工企业', '各行政村'],
              "turned (left from round 45): 「具有法人资格的镇级建设单位，由其与该施工企业签订工程承包合同；村级工程项目由各行政村与该"
              "施工企业签订工程承包合同」 splits the item's work by its objects (round 40) under 「由A与B签订」 (round 30); 其 stands for "
              "the topic printed before it and takes that name (镇级建设单位, the 的-rule); 该 is dropped like 其／所 (round 38) — "
              "施工企业; 「由城建公司负责比价工作」 keeps 城建公司; no 牵头: lead []", alt=[])
align48_units('x81_02', ['六', '2'], [], ['城建公司'],
              "decided / turned (cost verbs): 「由各行政村向施工企业支付工程款」 — 支付 with money as object names a payer, no unit; "
              "「由城建公司审核确认后」 — 城建公司 does work by another clause and keeps it; no lead (the single unit as lead "
              "accepted, as the set's items with one unit)", alt=[["城建公司"]])

# Round 50 (al50): answers aligned to tests/data/CONVENTIONS.md, "Round 56 rulings" (turned), read at the text (README,
# "Round 50")
from expected_tools import _sample32 as _s50  # noqa: E402

_A50 = 'aligned round 50 to CONVENTIONS.md "Round 56 rulings" (turned): '
_p50, _q50 = _s50("x81_02", ["八", "2"])
_p50["samples"].remove(_q50)
_was50 = f"leaf_tasks {_p50['leaf_tasks']}, count_alternatives {_p50['count_alternatives']}"
_p50["leaf_tasks"], _p50["count_alternatives"] = 18, [22]
_p50["leaf_tasks_by_section"].update({"一、总则": 1, "八、其它": 0})
_p50["notes"].append(
    _A50 + "Tasks, rounds 30, 34 early over x81_02's reading: purpose, definition, scope, 参照 and interpretation points of a "
    "总则 or 其它 section are general provisions in a plan of headed points as in articles (round 34 early, as x148_03's notes "
    "read) — 一/1 (「为了…特制定本办法」), 一/2 (「本办法所称的小额建设工程是指…」), 八/1 (「本办法未尽事宜参照…执行」) and 八/2 "
    "(「本办法由朱家角镇人民政府负责解释，并自发文之日起执行」) are no tasks; the sample on 八/2 (「" + _q50["note"][:60] + "…」, "
    f"lead [], responsible [], no deadline) dropped (round 30: none is written on general provisions) ({_was50} → leaf_tasks "
    "18, count_alternatives [22]: 22 stays accepted; by section 一、总则 3 → 1, 八、其它 2 → 0); the earlier reading: the "
    "counting note above (22, with 18 accepted)")

_p50, _q50 = _s50("x81_02", ["二", "（一）", "3"])
_q50["targets"][_q50["targets"].index({"number": 50, "unit": "万元"})] = {"number": 50, "unit": "万"}
_q50["note"] = (
    _A50 + "Targets, rounds 48, 54 over round 31's alignment: 万／亿 are part of the number (the scorer reads 50万 as 500000), "
    "never a unit; the unit is the one printed with the figure, none supplied from the noun 资金 or another clause (round 48: "
    "only what is printed is read) — 「预算外项目资金超过50万的」 is 50万 with no unit (target 50万元 → 50万, written (50, 万), "
    "the form x81_03's 5万 and 30万 take); the earlier reading: " + _q50["note"])

# round 51 (p51d): answers aligned to tests/data/CONVENTIONS.md "Round 58 rulings" (Targets, turned)
from expected_tools import align58_targets  # noqa: E402

align58_targets("x81_04", ["一", "（一）"], "「总投资额在100万元以下的新建、改建、扩建房屋建筑和市政基础设施（非交通类）工程」: the band stands inside the noun naming the class of works the rules cover, named by the ruling (x81_04's bands inside a noun)", to_not=[(100, "万元")])
align58_targets("x81_04", ["一", "（二）"], "「总投资额在100万元以下且建筑面积300平方米以下的既有合法房屋建筑装饰装修工程」: both bands stand inside the noun naming the class of works the rules cover, named by the ruling", to_not=[(100, "万元"), (300, "平方米")])
# Round 54 (al55): answers aligned to tests/data/CONVENTIONS.md "Round 66 rulings" (turned), read at the text (README,
# "Round 54")
_A66 = 'aligned round 54 to CONVENTIONS.md "Round 66 rulings" (turned'
_p66, _ = _s50("x81_04", None)
for _path66 in (["一", "（一）"], ["一", "（二）"]):
    _p66["samples"].remove(_s50("x81_04", _path66)[1])
_was66 = f"leaf_tasks {_p66['leaf_tasks']}, count_alternatives {_p66['count_alternatives']}"
_p66["leaf_tasks"], _p66["count_alternatives"] = 12, [14]
_p66["leaf_tasks_by_section"]["一、适用范围"] = 0
_p66["notes"].append(
    _A66 + ", rounds 30, 56, 60 over x81_04's count): 「本细则所指的…小型建设工程…是指…：（一）…（二）…」 (一、适用范围) is a "
    "definition of scope, a general provision in headed points as in articles (round 60's x36_02; round 56's x81_02): the "
    "samples on 一/（一） and 一/（二） dropped (round 30: none is written on general provisions), their bands leaving with them "
    f"(a band inside a definition, no target, no plan target) ({_was66} → leaf_tasks 12, count_alternatives [14]; by "
    "section 一、适用范围 2 → 0); the earlier reading (14) stays accepted")

_p66, _q66 = _s50("x81_02", ["三", "1"])
_q66["targets"] = [t for t in _q66["targets"] if t not in ({"number": 5, "unit": "万元"}, {"number": 20, "unit": "万元"},
                                                           {"number": 100, "unit": "万元"})]
_q66.setdefault("quantities_not_targets", []).extend(
    [{"number": 5, "unit": "万元"}, {"number": 20, "unit": "万元"}, {"number": 100, "unit": "万元"}])
_q66["note"] = (
    _A66 + ", Targets: a money band before a procurement step is read by its form, rounds 51, 58, 64 govern over round 48): "
    "「资金在5万元以上20万以下的工程项目」「预算资金在20万元以上，100万元以下的工程项目」: bands inside a noun naming the projects "
    "are a class, whatever the class "
    "then goes through (round 64's x95_02, x215_01) (targets 5万元, 20万元, 100万元 → not_target); the earlier reading: "
    + _q66["note"])

# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

_W68 = "a band inside a noun of projects is a class (round 66's x270_04 第三类), whatever its unit, 万 alone included"
align68("x81_03", ["三", "(二)", "1"], "「5万(不含5万)以下的项目，由建设单位向项管办报备…」: " + _W68,
        "Targets, turned: round 66 governs over round 48", to_not=[(5, "万")])
align68("x81_03", ["三", "(二)", "3"], "「30万(含30万)至400万(不含400万)的项目，…由项管办负责审核…」: " + _W68,
        "Targets, turned: round 66's x270_04 over p55d's unit limit", to_not=[(30, "万"), (400, "万")])
align68("x81_03", ["三", "(三)", "2"], "「100万(含100万)至400万(不含400万)的项目审核完成后，通过领导小组会议研究批准」: " + _W68,
        "Targets, turned: round 66's x270_04 over p55d's unit limit", to_not=[(100, "万"), (400, "万")])
align68("x81_03", ["四", "2"], "「100万(含100万)至400万(不含400万)的项目。依法采用公开招标方式…」: " + _W68,
        "Targets, turned: round 66's x270_04 over p55d's unit limit", to_not=[(100, "万"), (400, "万")])


# Round 58 (rul78): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58b-3 / p58a-1, governs; README, round 58)
from aligned_rulings import align78  # noqa: E402

_G78 = "Tasks and counts, governs: rounds 30, 35, 56, 60's x36_02, 66's x81_04 and 72 over the every-leaf samples; the old counts stay accepted"
align78("x81_01", ["三", "(三)", "5", "(1)"], "「5、信用管理 …(1)…(10)」 (a bidder's failures listed under one item): a list of cases is the text of the item that announces it, one task (round 35), its lines no items", _G78, drop=True)
align78("x81_01", ["四", "(三)", "1"], "「(三)…违反下列规定的将移交相关部门处理: 1、…7、」: a list of breaches under a lead-in is one task with it (round 35; Round 74's x297_04 四、(三)), its lines no items", _G78, drop=True)
align78("x81_01", ["五", "(二)"], "「五、其他 (一)本办法如与…抵触的，以…为准。(二)本办法自发布之日起30日开始实施…文件由…负责解释。」: a conflict rule, entry into force and interpretation are general provisions (round 30; Round 74's x297_04 五、), no tasks", _G78, drop=True,
        counts={"leaf_tasks": 19, "count_alternatives": [36, 34, 21],
                "leaf_tasks_by_section": {"三、小型建设工程过程管理": 16, "四、纪律要求与责任追究": 3, "五、其他": 0}})
align78("x81_03", ["一", "1"], "「一、适用范围 本办法所指的小型建设工程是…：1、…5、」: a scope point that defines what the rules cover and lists its kinds is a general provision (round 30; round 60's x36_02; round 66's x81_04), no task", _G78, drop=True)
align78("x81_03", ["十", "(二)"], "「十、其他 (一)各村、园区、集体企业参照执行… (二)本办法自发布之日起实施，试行一年… (三)…抵触的，以…为准。(四)本办法由…负责解释。」: 参照, entry into force, a conflict rule and interpretation are general provisions (round 30; round 56's x81_02), no tasks", _G78, drop=True,
        counts={"leaf_tasks": 30, "count_alternatives": [39, 43, 34],
                "leaf_tasks_by_section": {"一、适用范围": 0, "二、组织机构及其职责": 14, "三、审批管理": 6, "四、招标管理": 3,
                                          "五、施工管理": 7, "十、其他": 0}})

write_collected(DIR)
