# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next107/expected.json from the hand-written answers below.

A BLIND never-tuned set of round 32 (built by helper c106): five whole Shanghai street / town documents from index 11
(街镇级发文) — 东明路街道's 物业达标补贴 办法 (2023), 友谊路街道's 生活垃圾定时定点分类投放 实施细则 (2019), 塘桥街道's
工程建设项目管理办法 (2023), 山阳镇's 减量化补偿指导性意见 (2022) and 新浜镇's 宅基地房屋管理办法 (2024): never tune the parser
on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of
../plans/expected_tools.py, or ``at_in`` where an item is numbered ⒈–⒏); every answer was written here by reading the
texts under `tests/data/CONVENTIONS.md` (the round-29 units rules with the round-30 clarifications, the thresholds of
rounds 30–32, the round-31 lines and the round-32 rulings, cited in each note). Neither the parser nor the scorer was run
on this set by its builder: the lead scores it first.

    python tests/data/plans-next107/make_expected.py tests/data/plans-next107
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, at_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


def at(file, heading, nth=1):
    """``at_in`` for items ``locate`` cannot find (numbered ⒈–⒏, which its patterns do not read as 1.–8.): ``heading`` is
    the number and the first heading words; the first words are the heading's, after its number, up to the line's end."""
    found = at_in(DIR, file, heading, nth)
    return {"line": found["line"], "title_starts": (heading[1:] + found["title_starts"]).split("\n")[0][:8]}


ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NONE = "lead = [], responsible = []"
R1 = "CONVENTIONS.md units rule 1 (the label decides: a unit-colon item or a heading the item inherits gives its units; sentences in its text add nothing)"
R2BY = "CONVENTIONS.md units rule 2 (the agent of 由 with any verb of doing is a doer)"
R2SUBJ = "CONVENTIONS.md units rule 2 (the subject of 负责／实施／落实 or of 组织＋verb is a doer)"
R2WITH = "CONVENTIONS.md units rule 2 (「（由）A会同B＋verb」: lead A, lead [] accepted; responsible A, B)"
R2LEAD = "CONVENTIONS.md units rule 2 (「由A牵头，B参与／配合」: lead A; responsible A, B)"
R2ORG = "CONVENTIONS.md round 30 (「A组织B＋verb」: A is the doer; B, the object of 组织, is not a unit)"
R4 = "CONVENTIONS.md units rule 4 (a section's lead-in gives its items units only when they name none of their own)"
CLOSED = "CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb is not a unit"
PIVOT = "CONVENTIONS.md round 30: the object of a pivot verb (协调, 委托, 督促, 组织) is not a unit"
R3 = "CONVENTIONS.md units rule 3 (a body that only receives, approves or guides is no unit: 「报A」「经A同意」「在A指导下」)"
CASE = "CONVENTIONS.md units rule 3 (a clause inside a case 「如需…的，由A…」「若需…的，由A…」 is a contingency, not the item's work)"
WHOLECASE = "CONVENTIONS.md round 30 (an item whose whole work is the response to a case takes the case's 由 agent)"
APPLICANT = "CONVENTIONS.md round 30: an applicant 「由A提出申请」「农户向A提出申请」 is not a unit"
PERSON = "CONVENTIONS.md round 30: a person is never a unit"
PAYER = "CONVENTIONS.md round 30: 「由A承担／分担／保障」 with a cost as object names a payer, not a doer"
OPTION = "CONVENTIONS.md round 30: an option 「可由A…」「可以采取由A…」 is not an assignment"
CALL = "a general call (a group by kind with no verb of rule 2: CONVENTIONS.md round 30)"
THR = "CONVENTIONS.md targets: a quantity joined to a comparison word (以上／以下／不超过／不少于／不低于／低于／至少／最多…) is a target wherever it stands (round 30, round 32)"
RATE = "CONVENTIONS.md targets (round 25): a policy's own rates and sums written in the item are targets"
BAND = "CONVENTIONS.md round 29: a band of money that selects objects keeps both edges"
GRADE = "CONVENTIONS.md round 32: grade bands 「得分90分以上为优秀」 name a grade of result — not targets"
RANGE = "CONVENTIONS.md round 32: a range is read at its lower edge (「3-5个」 → 3个)"
NORM = "CONVENTIONS.md round 30: a figure with no comparison word that only names a kind or a norm (「原则上按500户配1名」) is not a target"
GENART = ("CONVENTIONS.md round 30 (articles of general provision — scope, the interpreting body, entry into force, validity — "
          "are not tasks; a count that includes them is accepted)")
REL = "a time limit counted from an event (15个工作日内): no date can be resolved, no deadline"
RHYTHM = "a rhythm (每季度／每月／每年…之前) is not a dated deadline: no deadline"

# ---------------------------------------------------------------------------------------------------------
X01 = "x107_01_dongminglu-2023-laojiu-zhuzhai-xiaoqu-wuye-dabiao-butie-shishi-banfa.txt"
plan(X01,
     title="东明路街道老旧住宅小区物业达标补贴实施办法（关于印发《东明路街道老旧住宅小区物业达标补贴实施办法》的通知）",
     title_note="the 办法's own title (line 13) or the notice title (line 1): either accepted",
     doc_no="浦东明规〔2023〕1号", issuer="上海市浦东新区人民政府东明路街道办事处",
     date="2023-03-15 (印发; signed 2023-02-24; in force 2023-05-01)",
     level="street office (Shanghai Pudong, 东明路街道): a subsidy for old estates' property firms by assessed grade",
     source=shanghai_source("房屋与住房", "关于印发《东明路街道老旧住宅小区物业达标补贴实施办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070308573&siteId=0070", 3151),
     style="notice (addressees 「相关物业、居委及相关职能部门：」, signature, 「印发」 line), then the 办法: 一、–六、; 二、 (一) a "
           "paragraph, (二) 1、–4、 grade bands 「86分（包含86分）至100分为优秀」 with payment rates 100% / 120% / 80%, (三) 1、–3、 with "
           "(1)–(3) (ASCII brackets and a blank after them); 三、 1、–6、 standards under a lead-in naming 物业服务企业; 四、 a lead-in of "
           "weights and headings 「1、建管中心测评」「2、居民区测评」「3、管理办（分减办）测评」「4、职能部门测评」 with （1）–（4）; 五、 1、–4、 "
           "(「由社区管理办会同建管中心组织…开展培训」); 六、 entry into force and a retroactive window",
     leaf_tasks=28, count_alternatives=[30, 26, 25], attachment_task_rows=0,
     childless_top_level_sections=["一、补贴对象"],
     samples=[
        S(["二", "（一）"], [], [], targets=[(0.25, "元/平方米.月")],
          note="no body named (「本辖区实行“差别化”补贴制度…并按季度拨付」 has no subject): " + NONE + "; 「基本标准为0.25元/平方米.月」 "
               "the subsidy's own rate (" + RATE + "; the unit written as printed); 「按季度拨付」 " + RHYTHM),
        S(["二", "（二）", "1"], [], [], targets=[(100, "%"), (120, "%")], not_targets=[(86, "分")],
          note="no body named: " + NONE + "; 「按照补贴基本标准的100%拨付」「…的120%拨付」 the payment rates (" + RATE + "); 「考核分值为86分"
               "（包含86分）至100分为优秀」「分值为86分及以上」 name the grade (" + GRADE + "): 86 分 not a target; 「前三」 has no figure; "
               + NODATE),
        S(["二", "（二）", "4"], [], [], not_targets=[(60, "分")],
          note="no body named: " + NONE + "; 「考核分值为60分以下为不达标，不予补贴」 — a grade band (" + GRADE + "): 60 分 not a "
               "target; " + NODATE),
        S(["二", "（三）", "2"], [], ["建管中心"], lead_alternatives=[["建管中心"]],
          note=WHOLECASE + ": 「单一季度内…均为不达标等级的住宅小区，扣除当季度全部补贴，由建管中心向物业服务企业发放整改通知书，并予以记分处理」 — "
               "the item is wholly the response to that case; 由建管中心＋发放 (" + R2BY + ") — responsible, " + ONE + "; the "
               "deduction is a penalty with no figure; " + NODATE),
        S(["二", "（三）", "3", "(2)"], [], [], targets=[(5, "件")],
          note="a condition of the 3万元 award; no body (the parent's 「经浦东新区物业管理服务中心考核评定」「向浦东新区物业管理服务中心申请」 "
               "name a body that assesses and receives, " + R3 + "): " + NONE + "; 「投诉量低于5件」 (低于, a threshold that picks the "
               "estates — " + THR + "); 「12345」 is the hotline's name; " + NODATE),
        S(["三", "5"], [], [],
          note="「配合居民委员会做好社区管理相关工作」 has no subject; the lead-in 「物业服务企业提供的物业管理服务须达到以下标准」 names the "
               "firms as the subject of 提供, not a verb of rule 2 (" + CLOSED + "; rule 4 gives nothing); 配合 gives a unit only "
               "after a doer of rule 2: " + NONE + "; " + NODATE),
        S(["四", "1", "（1）"], [], ["建管中心"], lead_alternatives=[["建管中心"]], targets=[(15, "%")],
          note=R1 + " — not settled by CONVENTIONS in this form: the heading 「1、建管中心测评」 names the body whose assessment the items "
               "under it are (「建管中心测评汇总表分为以下四个部分」), as round 32 reads 「1.A审核内容」 headings under a lead-in; the "
               "section's lead-in 「考核由建管中心测评、居民区测评…等组成」 lists the parts — a clerk reads 建管中心 as the assessor: "
               "responsible, " + ONE + "; 「占比15%」 the part's weight (" + RATE + "); 「每季度进行测评」 " + RHYTHM),
        S(["四", "2", "（1）"], [], ["居民区"], lead_alternatives=[["居民区"]], targets=[(20, "人"), (10, "人"), (10, "%")],
          note="the heading 「2、居民区测评」 (as 四/1) and the item's own clause agree: 「居民区结合…制度组织两委委员、业委会、业主代表等…对住宅小区"
               "物业管理综合情况每季度进行一次测评」 — " + R2ORG + " — responsible 居民区, " + ONE + "; 「人数不少于20人」「业主代表比例不低于"
               "10人」 (" + THR + ") and 「占比10%」 (" + RATE + "); " + RHYTHM),
        S(["四", "3"], [], ["管理办（分减办）"], lead_alternatives=[["管理办（分减办）"]], targets=[(10, "%")],
          note=R2BY + ": 「由管理办（分减办）根据住宅小区环境质量…每季度对…进行测评」 — responsible, the name as printed with its bracket, "
               + ONE + "; 「占比10%」 (" + RATE + "); " + RHYTHM),
        S(["五", "1"], ["社区管理办"], ["社区管理办", "建管中心"], lead_alternatives=[[]],
          note=R2WITH + ": 「由社区管理办会同建管中心组织各居民区、物业服务企业不定期开展培训」 — lead 社区管理办 (lead [] accepted), "
               "responsible 社区管理办, 建管中心; 各居民区 and 物业服务企业 are the objects of 组织 (" + PIVOT + "); 「不定期」 is no date: "
               + NODATE),
        S(["五", "2"], [], [],
          note="「结合…联席会议制度，每季度召开一次…工作例会」 has no subject: " + NONE + "; " + RHYTHM),
        S(["五", "4"], [], [],
          note="「各物业服务企业要结合所管理小区实际，突出重点服务管理，做到…，全面提升…满意度」 — " + CALL + " (突出, 做到, 提升): "
               + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf): 二、 (一) 1 + (二) 1、–4、 4 + (三) 1、 2、 and 3、(1)–(3) 5 = 10; 三、 1、–6、 6; 四、 1、(1)–(4) 4 + "
            "2、(1)(2) 2 + 3、 1 + 4、 1 = 8; 五、 1、–4、 4 → **28**. 一、补贴对象 is a childless section; 六、 1、 (entry into force, "
            "validity) and 2、 (the retroactive window 2022年7月1日至2023年4月30日, a scope) are general provisions (" + GENART + "). "
            "Accepted: 30 (with 六、), 26 (二/（三）/3 counted once with its three conditions), 25 (五/2–4, items of supervision "
            "naming no unit, read as requirements, not tasks)",
            "not sampled for doubt: 四/4 (the heading 「职能部门测评」 names a kind while the body lists 文明办、平安办(派出所)… with 进行, "
            "no verb of rule 2), 四/2/（2） (「由街道工作人员…开展测评」: persons, under the heading 「居民区测评」), 二/（三）/3/(1) (「排名前100"
            "名」: 前 is no comparison word of the list)",
            "no dated deadline anywhere (2023年5月1日 / 2028年4月30日 are entry into force and expiry); 「0.25元/平方米.月」 keeps the "
            "printed 「.月」; the weights 50% / 15% / 10% / 5% / 25% are the parts' shares"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x107_02_youyilu-2019-shenghuo-laji-dingshi-dingdian-fenlei-toufang-shishi-xize.txt"
plan(X02,
     title="友谊路街道生活垃圾定时定点分类投放工作实施细则（关于印发《友谊路街道生活垃圾定时定点分类投放工作实施细则》的通知）",
     title_note="the 实施细则's own title (line 13) or the notice title (line 1): either accepted",
     doc_no="宝友工委〔2019〕44号", issuer="中共上海市宝山区友谊路街道工作委员会、上海市宝山区人民政府友谊路街道办事处",
     date="2019-08-20 (index; signed 2019-07-24)",
     level="street office (Shanghai Baoshan, 友谊路街道): rolling out fixed-time, fixed-place sorted refuse drop-off",
     source=shanghai_source("市容绿化与景观", "关于印发《友谊路街道生活垃圾定时定点分类投放工作实施细则》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=240f2120-0cd0-44c4-ad20-6b71b700195e&siteId=0078", 5412),
     style="notice to 「各居委：」 signed by the street's Party committee and office, then the 实施细则: 一、工作目标 and 二、实施范围 "
           "(prose), 三、职责分工 as UNIT-COLON ITEMS 「1．街道垃圾分类工作领导小组：」「2．各居民区：」「3．物业公司：」「4．业委会：」「5．环卫"
           "公司：」 (full-width 「．」) with （1）–（8） under three of them, 四、分类设施设备配置 1．–7． (由…采购, 由…协调), 五、指导人员配置 "
           "1．–4． (persons 「志愿者：」…), 六、实施步骤 （一）推进期 1．–4．, （二）维持期 1．–3．, a closing line on conflicts with city rules",
     leaf_tasks=39, count_alternatives=[42, 35], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、实施范围"],
     samples=[
        S(["三", "1"], [], ["街道垃圾分类工作领导小组"], lead_alternatives=[["街道垃圾分类工作领导小组"]],
          note=R1 + ": the unit-colon item 「街道垃圾分类工作领导小组：」 — responsible, " + ONE + "; its 组长/副组长 are persons and "
               "「社区管理办、绿化市容所、房屋事务管理所、城管友谊中队为成员单位」 members (rule 3), not units of the item; " + NODATE),
        S(["三", "2", "（1）"], [], ["各居民区"], lead_alternatives=[["各居民区"]],
          note=R1 + ": inherited from the unit-colon heading 「2．各居民区：」 — responsible 各居民区, " + ONE + " (a lead of 各… is "
               "also passed by reading nothing); the heading's 「居委党组织承担社区总牵头的责任」 is the community's lead, not a 牵头 of "
               "this item; 「（一居委一方案）」 is a slogan; " + NODATE),
        S(["三", "2", "（3）"], [], ["各居民区"], lead_alternatives=[["各居民区"]], targets=[(1, "名")],
          note=R1 + " (heading 「各居民区：」); 「定时定点投放点位至少安排1名志愿者值守」 (至少 — " + THR + "); " + NODATE),
        S(["三", "2", "（5）"], [], ["各居民区"], lead_alternatives=[["各居民区"]], targets=[(3, "次")],
          note=R1 + " (heading 「各居民区：」; sentences add nothing — 「会同物业公司、社区民警…」, 「并报城管部门」 (a receiver) and 「由城管部门"
               "对屡教不改…的居民按条例及时跟进执法」 (a case) would give none either); 「连续3次以上拒不改正的纳入小区垃圾分类黑名单」 — a "
               "threshold with 以上 that triggers a step (" + THR + "); " + NODATE),
        S(["三", "3", "（1）"], [], ["物业公司"], lead_alternatives=[["物业公司"]], targets=[(3, "处")], not_targets=[(1, "名")],
          note=R1 + " (heading 「3．物业公司：」; 「仍由环卫公司延续原清洗方式」 keeps a duty outside the item — a scope, round 30); 「原则上每个"
               "小区不超过3处」 (不超过 — " + THR + "); 「每个点位安排分拣员1名」 a staffing norm with no comparison word (" + NORM + "); "
               + NODATE),
        S(["三", "3", "（3）"], [], ["物业公司"], lead_alternatives=[["物业公司"]], not_targets=[(3, "个")],
          note=R1 + " (heading 「物业公司：」); 「基本上以3：1配备，即3个干垃圾桶和1个湿垃圾桶」 — a ratio, a norm with no comparison word ("
               + NORM + "); " + NODATE),
        S(["三", "4"], [], ["业委会"], lead_alternatives=[["业委会"]],
          note=R1 + ": the unit-colon item 「业委会：」 — responsible, " + ONE + "; 物业服务企业 is the other party of the contract; "
               + NODATE),
        S(["三", "5", "（2）"], [], ["环卫公司"], lead_alternatives=[["环卫公司"]], targets=[(2, "米")],
          note=R1 + " (heading 「5．环卫公司：」); 「周边2至3米范围内的清扫工作」 — a range read at its lower edge (" + RANGE + "; the band "
               "is the work's own extent) — not settled by CONVENTIONS: the range names an area, not a count; a clerk records 2米; "
               + NODATE),
        S(["四", "2"], [], ["居民区"], lead_alternatives=[["居民区"]], targets=[(2, "个")],
          note=R2BY + ": 「误时投放点投放时间由居民区自行规定」 — responsible 居民区, " + ONE + "; 「如需设置，最多不超过2个」 (最多/不超过 — "
               + THR + "); 「不建议24小时开放」 names a span with no comparison word (not checked); " + NODATE),
        S(["四", "5"], [], ["各居委"], lead_alternatives=[["各居委"]],
          note=R2BY + ": 「由各居委根据实际需求，协调业委会或者合理分配党建经费自行采购」 — responsible 各居委, " + ONE + "; 业委会 is the "
               "object of 协调 (" + PIVOT + "); " + NODATE),
        S(["四", "7"], [], ["居委"], lead_alternatives=[["居委"]],
          note=R2BY + ": 「由居委协调业委会、物业公司，根据实际情况统筹规划」 — responsible 居委 (as printed, without 各), " + ONE + "; "
               "业委会, 物业公司 are the objects of 协调 (" + PIVOT + "); " + NODATE),
        S(["六", "（一）", "2"], [], ["绿化市容所", "各居委会"],
          note=R2ORG + ": 「绿化市容所组织居委、志愿者、物业服务企业…进行培训」 and 「各居委会组织志愿者，广泛开展垃圾分类宣传…」 — two "
               "doers in the printed order, lead [] (no 牵头); the persons and bodies trained are objects of 组织; 「入户宣传要求每半年1次，"
               "垃圾分类专题宣传活动每季度1次」 are rhythms, not dated deadlines: " + NODATE),
        S(["六", "（一）", "3"], [], [], targets=[(3, "个月"), (1, "名")],
          note="no body is a doer by rule 2: 「落实每个点位至少1名志愿者…值守」 and 「组织监督员在小区内进行巡查」 have no subject; 保洁员 "
               "are persons; 「物业增加巡查、保洁频率」 — 增加 is none of rule 2's verbs (" + CLOSED + "): " + NONE + "; 「实施初期(至少3个月)」 "
               "and 「至少1名志愿者」 (至少 — " + THR + "); " + NODATE),
        S(["六", "（二）", "3"], [], ["居委"], lead_alternatives=[["居委"]],
          note=R2ORG + ": 「居委对本小区…进行记录，并组织物业、业委会、居民代表等人员每月开展1次自评估」 — responsible 居委, " + ONE
               + "; 「每月开展1次」 is a rhythm (not a dated deadline): " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "梳理需要街道解决的疑难问题并上报领导小组", "when": "not stated", "when_norm": None},
             {"what": "将收运中干湿垃圾混投现象及时告知所在居委、物业，并报街道绿化市容所", "when": "及时", "when_norm": None}],
     notes=["counting (every numbered leaf): 三、 1． 1 + 2．（1）–（7） 7 + 3．（1）–（8） 8 + 4． 1 + 5．（1）–（4） 4 = 21; 四、 1．–7． 7; 五、 "
            "1．–4． 4; 六、 （一）1．–4． 4 + （二）1．–3． 3 → **39**. 一、 and 二、 are childless sections (aims and scope); the closing "
            "「以上规定如与市、区相关文件冲突，以市区文件精神为准」 is a general provision. Accepted: 42 (the unit-colon heads 三/2, 3, 5, "
            "which have their own paragraph, counted too), 35 (五、's four staffing items — persons and norms — read as no tasks)",
            "the unit-colon heads of 三、 give their items their units (rule 1); the items of 四、–六、 take units only from their own "
            "clauses (rule 2)",
            "duties: the residents' committees' report of problems to the leading group (三/2/（6）) and the cleaning firm's notices "
            "and report to 绿化市容所 (三/5's heading paragraph); neither has a date",
            "not sampled for doubt: 四/1 (「每300至500户居民设置1个」 and 「开放时长每日设置为4小时」: norms, a range inside a norm), 四/3 "
            "(「由藏宇回收车统一收运」: a vehicle), 四/4 (「可以采取由区绿化市容局统一改造」: an option; 「3:7的比例」), 五/1–4 (persons as "
            "colon heads; 「每400户配备1名」 a norm), 六/（一）/1 (敦促, 配置, 购买)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x107_03_tangqiao-2023-gongcheng-jianshe-xiangmu-guanli-banfa.txt"
plan(X03,
     title="塘桥街道工程建设项目管理办法",
     title_note="line 1 (the stored text has no notice)",
     doc_no="浦塘规〔2023〕1号", issuer="上海市浦东新区人民政府塘桥街道办事处", date="2023-10-27 (in force 2024-01-01)",
     level="street office (Shanghai Pudong, 塘桥街道): the management of the street's own works projects",
     source=shanghai_source("工程建设管理", "塘桥街道工程建设项目管理办法.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070318957&siteId=0070", 5133),
     style="the 办法 alone: title, preamble, 一、适用范围, 二、管理体制 (一)–(八) as INLINE headed items 「(一)统一归口管理。…」 (ASCII "
           "brackets), 三、立项管理 (一)–(三) as heading lines with paragraphs, 四、组织实施 with a LEAD-IN 「项目管理人在街道项目办指导、协助下"
           "负责各项目的具体实施。」 and (一) 1.(1)(2) 2. 3., (二) 1. 2.(1)–(7), (三) 1. 2., (四) (五) inline; money bands 「10万元(含)以上"
           "50万元以下」, 「施工金额 400 万元(含)以上」 (blanks), payments 30% / 50% / 70% / 80% / 97%; 六、七、 childless sections that "
           "hold work; 八、 general provisions; the signature",
     leaf_tasks=30, count_alternatives=[31, 32, 33, 34, 36], attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围", "六、资料归档", "七、保修期管理"],
     samples=[
        S(["二", "(一)"], [], ["街道项目办"], lead_alternatives=[["街道项目办"]],
          note=R2BY + ": 「街道组织实施的工程项目在街道项目领导小组统一领导下，由街道项目办统一归口管理」 — responsible 街道项目办, " + ONE
               + "; the 领导小组 leads in general (「在A统一领导下」, like 「在A指导下」, " + R3 + "); 「项目办主要从…加强项目管理」 — 加强 "
               "(" + CLOSED + "); " + NODATE),
        S(["二", "(二)"], [], ["项目提出部门"], lead_alternatives=[["项目提出部门"]],
          note=R2SUBJ + ": 「项目提出部门为该项目的管理人，在项目办指导下，负责该项目的具体组织实施」 — the subject of 负责 (also a "
               "designation, round 32) — responsible 项目提出部门, " + ONE + "; 项目办 guides (" + R3 + "); 「指定专人…负责…」: 专人 are "
               "persons (" + PERSON + "); " + NODATE),
        S(["二", "(三)"], [], ["代建机构"], lead_alternatives=[["代建机构"]], targets=[(10, "万元")],
          note=R2SUBJ + ": 「代建机构必须按照街道办事处的授权内容负责做好项目全过程建设管理代理工作」 — responsible 代建机构, " + ONE
               + "; 「街道…可委托代建机构进行管理」 is an option (" + OPTION + "); 「10万元(含)以上的工程项目」 picks the projects ("
               + THR + "); " + NODATE),
        S(["二", "(五)"], [], ["项目办"], lead_alternatives=[["项目办"]], targets=[(10, "万元")],
          note=R2BY + ": 「监理机构由项目办根据工程项目实际情况统一通过新区中介集市管理服务平台采购」 — responsible 项目办, " + ONE + "; "
               "监理单位 acts with 依照/进行/履行 and reports to 项目办 (a receiver); 「因未及时报告而造成后果的由监理单位承担相应责任」 is a "
               "case (" + CASE + "); 「10万元(含)以上工程项目」 (" + THR + "); " + NODATE),
        S(["二", "(六)"], ["项目办"], ["项目办"],
          note=R2LEAD + ": 「由项目办定期牵头召开工程例会」 — lead and responsible 项目办; 「项目管理人、居委、物业、代建…等单位根据安排"
               "参加会议」 are participants (参加 is none of rule 2's verbs); 「定期」 is no date: " + NODATE),
        S(["三", "(二)"], ["项目管理人"], ["项目管理人", "所在居民区党组织"], lead_alternatives=[[]], targets=[(300, "万元")],
          note=R2WITH + ": 「听证、评价由项目管理人会同所在居民区党组织组织实施」 — lead 项目管理人 (lead [] accepted), responsible "
               "项目管理人, 所在居民区党组织 (as printed); 「报区财政局进行项目评审」 (a receiver), 「新区各委办局牵头的工程项目」 (a noun's "
               "description); 「300万元(含)以上的非基建工程类项目」 picks the projects (" + THR + "); " + NODATE),
        S(["三", "(三)"], [], [], targets=[(5, "%")],
          note="「街道办事处根据预算安排，从…项目中确定次年实施的工程项目，编入…预算中报上级批准」 — 确定/编入 are none of rule 2's verbs ("
               + CLOSED + "; 上级 approves, " + R3 + "): " + NONE + "; 「因特殊原因超过预算金额5%的，需报党工委会议研究决定」 — a threshold "
               "with 超过 that triggers a step (" + THR + "); 「每年9月份之前」 — " + RHYTHM),
        S(["四", "(二)", "1"], [], ["项目管理人"], lead_alternatives=[["项目管理人"]],
          note=R2BY + ": 「由项目管理人提供采购需求」 — responsible 项目管理人, " + ONE + "; 「项目办根据…编写…采购意向…并…予以公开」 — "
               "编写/公开 are none of rule 2's verbs (" + CLOSED + "); 「原则上不得晚于采购活动开始前30日」 — 不得晚于 is not a word of the "
               "comparison list (not checked); " + NODATE),
        S(["四", "(二)", "2", "(2)"], ["项目办"], ["项目办", "项目管理人"], targets=[(10, "万元"), (50, "万元")],
          note=R2LEAD + ": 「由项目办牵头，项目管理人参与，采取邀请比选、竞价等方式选定施工单位」 — lead 项目办, responsible 项目办, "
               "项目管理人; 「也可委托有资质的政府采购代理机构进行采购」 is an option; 「10万元(含)以上50万元以下的项目」 — a band of money that "
               "selects the projects (" + BAND + "); " + NODATE),
        S(["四", "(二)", "2", "(4)"], [], ["项目办"], lead_alternatives=[["项目办"]], targets=[(100, "万元"), (400, "万元")],
          note=R2BY + ": 「由项目办委托有资质的政府采购代理机构…实施政府采购」 — responsible 项目办, " + ONE + "; the agency is the object "
               "of 委托 (" + PIVOT + "); 「100万元(含)以上400万元以下」 (" + BAND + "); " + NODATE),
        S(["四", "(四)"], [], ["项目办"], lead_alternatives=[["项目办"]],
          note=R2ORG + ": 「项目办组织有关部门(职能部门、代建单位、使用单位、居民区、物业等)进行竣工验收」 and 「由项目办出具工程竣工验收证明"
               "书」 (" + R2BY + ") — responsible 项目办, " + ONE + "; 「项目管理人提出申请」 is an applicant (" + APPLICANT + "); 「如需由"
               "质检部门出具质量鉴定书的工程项目」 is a case and a noun's description; " + NODATE),
        S(["四", "(五)"], ["项目办"], ["项目办"], targets=[(15, "%")],
          note=R2LEAD + ": 「由项目办牵头，对施工单位进行综合考评…并给出信用评级」 — lead and responsible 项目办; 「审价核减率在15%(含)以上"
               "…的企业，今后不得参与…」 — a threshold that picks the firms to bar (" + THR + "); the bar is the item's rule, not a "
               "fine (round 32 penalties concern sums); " + NODATE),
        S(["五", "(一)"], [], [], targets=[(30, "%"), (50, "%"), (70, "%"), (97, "%")],
          note="no body is named (payments 「按合同金额支付30%…」 have no subject; 「由双方另行商定」 is a case): " + NONE + "; the "
               "payment rates 30%, 80%, 97% (" + RATE + ") and the ceilings 「不得超过合同金额的50%」「不得超过合同金额的70%」 (" + THR
               + "); 「合同金额10万元(含)以上」 picks the contracts; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf): 二、 (一)–(八) 8; 三、 (一)–(三) 3; 四、 (一) 1.(1)(2) 2 + 2. + 3. = 4, (二) 1. + 2.(1)–(7) = 8, "
            "(三) 1. 2. 2, (四) 1, (五) 1 = 16; 五、 (一)–(三) 3 → **30**. 一、适用范围 (scope) is a general provision and a childless "
            "section; 六、资料归档 and 七、保修期管理 hold work (「项目办负责收集…」, 「由职能部门和项目管理人督促施工单位…」) but have no numbered "
            "children (sections, plans-dev EXPECTED.md lines 21–25); 八、其他 (一) 「相关职能部门和分管领导需积极沟通」 names no unit by "
            "the rules, (二)–(四) are general provisions (scope, the interpreting body, entry into force). Accepted: 31 (八/(一) "
            "counted), 32 (六、七、 as leaves), 33 (both), 34 (八、 whole), 36 (八、 whole with 六、七、)",
            "四、's lead-in 「项目管理人…负责各项目的具体实施」 gives 项目管理人 to the items of 四、 that name no unit of their own (" + R4
            + "); no sample is written on such an item (四/(一)/1/(1)–(2), 2., 3., 四/(二)/2/(5)–(7), 四/(三)/1 — not settled: how far a "
            "lead-in reaches into nested items)",
            "not sampled for doubt: 二/(四) (由项目办…采购 beside 「由项目管理人提出需求」), 二/(七) (a 由 clause inside 「如需…的」), 四/(二)/2/(1) "
            "(「在项目办指导下由项目管理人自行采购…报分管领导审批」)",
            "dates: none checked (2024年1月1日 / 2026年12月31日 are entry into force and validity; 「每年9月份之前」 a yearly rhythm; 「提前1年」 "
            "and 「30日」 spans); the blanks in 「施工金额 400 万元(含)以上」 are the stored text's"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x107_04_shanyang-2022-jijianqu-wai-jianshe-yongdi-jianliang-hua-buchang-zhidaoxing-yijian.txt"
plan(X04,
     title="山阳镇集建区外现状建设用地减量化补偿指导性意见（修订）（山阳镇政府关于印发《山阳镇集建区外现状建设用地减量化补偿指导性意见（修订）》的通知）",
     title_note="the notice title (line 1; the notice is itself the 意见: 「就我镇土地减量化补偿指导性意见修订如下」) or the 意见's name "
                "within it: either accepted",
     doc_no="山府规〔2022〕1号", issuer="上海市金山区山阳镇人民政府", date="2022-07-19 (index)",
     level="town (Shanghai Jinshan, 山阳镇): the compensation guide for reducing construction land outside the built-up zone",
     source=shanghai_source("规划与土地", "山阳镇政府关于印发《山阳镇集建区外现状建设用地减量化补偿指导性意见（修订）》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00818c78904379364dd99d4cd98b13805ea0&siteId=0081", 2454),
     style="a notice that is the 意见: 一、适用范围 (the reduction task 218.87公顷), 二、估价及补偿内容 （一）集体土地非居 with items "
           "NUMBERED ⒈–⒏ (the one-character digits U+2488…), each a heading line over paragraphs; （二）国有土地非居 with a paragraph and "
           "⒈–⒍ (⒌ inline); （三） ⒈⒉ inline; 三、 entry into force; an attachment's name. Rates 「50%左右」, 「200-300元/㎡」, 「200元/㎡」, "
           "「最高补偿不超过6000元」; 由 clauses with 镇政府、村委会及企业, 评估机构, 企发公司, 企业",
     leaf_tasks=16, count_alternatives=[17, 18], attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围"],
     samples=[
        S(["二", "（一）", "1"], [], [], **at(X04, "⒈土地使用权"),
          note="「⒈土地使用权」 (numbered ⒈: the path writes 1); no body: 「集体土地的性质不发生变化的，不予评估及补偿」 has no subject: "
               + NONE + "; " + NODATE),
        S(["二", "（一）", "2"], [], ["镇政府", "村委会", "企业", "评估机构"], targets=[(50, "%")], **at(X04, "⒉建筑物"),
          note=R2BY + ": 「由镇政府、村委会及企业采用协商补偿的方式进行」 (split at 、 and 及) and 「由评估机构对房屋提出“建议补偿价”」 — "
               "responsible in the printed order, lead [] (no 牵头); 「残值率由相应的评估机构…予以确定」 names the same 评估机构 again (not "
               "added twice); 「按照现有房屋建安重置价的50%左右计算」 the compensation's rate (" + RATE + "); 沪府规〔2021〕13号 is a "
               "document number; " + NODATE),
        S(["二", "（一）", "5"], [], ["企发公司"], lead_alternatives=[["企发公司"]], **at(X04, "⒌设备搬迁"),
          note=R2BY + ": 「由企发公司对产业结构调整的企业设备出具书面意见」 — responsible 企发公司 (as printed in that clause), " + ONE
               + "; 「镇实施主体与镇企发公司做好对接工作」 — 做好 is none of rule 2's verbs (" + CLOSED + "); " + NODATE),
        S(["二", "（一）", "6"], [], [], targets=[(200, "元/㎡")], **at(X04, "⒍企业停产停业损失补偿"),
          note="no doer by rule 2 (「镇政府给予200元/㎡」 — 给予, and inside the case 「未取得上级补偿的」; 上级部门 are payers in a case): "
               + NONE + "; 「按200-300元/㎡进行补偿」 — the rate band read at its lower edge (" + RANGE + "), the same 200 元/㎡ as the "
               "town's own rate; " + NODATE),
        S(["二", "（一）", "7"], [], ["企业"], lead_alternatives=[["企业"]], targets=[(6000, "元")], **at(X04, "⒎人员安置费"),
          note=R2BY + ": 「并由企业按照相应规定处理好员工关系」 — responsible 企业, " + ONE + "; 「不足部分由企业补偿」 names the payer of "
               "the shortfall (" + PAYER + "); 「每人最高补偿不超过6000元」 (最高/不超过 — " + THR + "); 「每满1年，补偿1个月工资」 and "
               "「满6个月不满1年」 are the rule's rates and steps (满 is no comparison word of the list; not checked); " + NODATE),
        S(["二", "（二）", "1"], [], [], **at(X04, "⒈土地使用权", nth=2),
          note="no body: 「出让土地的使用权价格可参考同区域内工业用地出让价格」「划拨土地…原则上不再进行土地费补偿」: " + NONE + "; "
               + NODATE),
        S(["二", "（二）", "4"], [], [], **at(X04, "⒋室内装饰装修", nth=2),
          note="a formula 「装饰装修评估值＝装修重置价×成新率」, no body: " + NONE + "; " + NODATE),
        S(["二", "（三）", "2"], [], [], **at(X04, "⒉通过拍卖"),
          note=CASE + ": 「评估机构原则不予评估…；若需评估的，需提供相应的企业材料，由评估机构仔细分析材料后…进行评估」 — the 由 clause stands "
               "inside the case 若需评估的, and 「评估机构原则不予评估」 is a negative rule: " + NONE + "; " + NODATE),
     ],
     plan_targets=[{"number": 218.87, "unit": "公顷"}], phases=[], duties=[],
     notes=["counting (every numbered leaf, the ⒈–⒏ numbers read as 1.–8.): 二、 （一）⒈–⒏ 8 + （二）⒈–⒍ 6 + （三）⒈⒉ 2 → **16**. 一、"
            "适用范围 is a childless section (its 218.87公顷 the plan's target); 三、 (entry into force, validity, the repeal of 山府发〔2017〕"
            "32号) is a general provision (" + GENART + "). Accepted: 17 (三、 counted), 18 (一、 and 三、 counted)",
            "plan target: 「减量化任务，总量为218.87公顷」 — 218.87 公顷",
            "the paths write ⒈–⒏ as 1–8; the samples' lines are found by their heading words",
            "not sampled for doubt: （一）⒏ and （二）⒍ (「以上未尽事宜由镇政府按相应规范适当予以补贴」 — 由A予以补贴: a payer (round 30) or a "
            "doer? and 「以上未尽事宜」 reads as a case — not settled by CONVENTIONS)",
            "no date anywhere (「2011年10月19日」 is a cited decree's date, 「2017年3月17日」 the repealed opinion's)"])

# ---------------------------------------------------------------------------------------------------------
R35 = "aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — "
X05 = "x107_05_xinbang-2024-nongcun-cunmin-zhaijidi-fangwu-guanli-banfa.txt"
plan(X05,
     title="新浜镇农村村民宅基地房屋管理办法（关于印发《新浜镇农村村民宅基地房屋管理办法》的通知）",
     title_note="the 办法's own title (line 9) or the notice title (line 1): either accepted",
     doc_no="浜府规〔2024〕1号", issuer="上海市松江区新浜镇人民政府", date="2024-12-12 (index; signed 2024-12-11; in force 2025-02-01)",
     level="town (Shanghai Songjiang, 新浜镇): repair and rebuilding of villagers' houses on homestead land",
     source=shanghai_source("房屋与住房", "关于印发《新浜镇农村村民宅基地房屋管理办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=01a5f543974544be8a8e7474ba78c4c6&siteId=0082", 3347),
     style="notice (addressees with an ASCII colon 「机关各部门:」, a date, no signature), then the 办法: 一、–三、 childless sections, 四、"
           "房屋修缮 with a lead-in, （一）1.–5. conditions, （二）1.–3. standards, （三）1.–7. the procedure (村委会 组织召开…, 镇规建办 会同…, "
           "由镇人民政府发放…, 15个工作日内), 五、房屋翻建 （一）1.–4. （二）1.–7. (5. with a bracketed 「（房屋拆除工作由村委会负责监管）」, 6. "
           "with two more paragraphs of area and height ceilings, then 「注：…」), 六、 childless, 七、相关规定 1.–5., 八、档案管理 "
           "(childless), the interpreting body and entry into force, four attachments' names",
     leaf_tasks=24, count_alternatives=[22, 19, 17, 28], attachment_task_rows=0,  # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — 四/（一） and 五/（一） one task each (was 31; [22, 26, 17, 35])
     childless_top_level_sections=["一、基本原则", "二、适用范围", "三、建房类型、标准", "六、房屋新建", "八、档案管理"],
     samples=[
        S(["四", "（一）"], [], [],
          note="aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — the conditions 1.–5. are the text of （一） (was 四/（一）/2); a condition of repair; 「加盖新浜镇规划建设和生态环境办公室公章」 names the office inside a noun's description (round 30: "
               "not a doer): " + NONE + "; " + NODATE),
        S(["四", "（三）", "1"], [], [],
          note=APPLICANT + " (「农户向村委会提出修缮书面申请」; 村委会 receives, " + R3 + "); 「修缮方案由申请人自行寻找有资质的设计单位"
               "制定」 — the applicant again (a person, " + PERSON + "): " + NONE + "; " + NODATE),
        S(["四", "（三）", "2"], [], ["村委会"], lead_alternatives=[["村委会"]], targets=[(30, "天")],
          note=R2SUBJ + ": 「村委会接到申请后，组织召开村民小组会议和村委会会议，审核材料真实性…」 (组织召开) — responsible 村委会, " + ONE
               + "; 「公示期限不少于30天」 (不少于 — " + THR + "); " + NODATE),
        S(["四", "（三）", "4"], ["镇规建办"], ["镇规建办", "镇宅改办", "村委会"], lead_alternatives=[[]],
          note=R2WITH + ": 「镇规建办在收到申请材料后15个工作日内会同镇宅改办、村委会进行复核和现场踏勘」 — lead 镇规建办 (lead [] "
               "accepted), responsible 镇规建办, 镇宅改办, 村委会; 「报宅基地管理联席会议审议」 — the joint meeting receives (" + R3
               + "); " + REL),
        S(["四", "（三）", "5"], ["宅基地管理联席会议"], ["宅基地管理联席会议", "相关部门", "镇人民政府"], lead_alternatives=[[]],
          targets=[(7, "天")],
          note="aligned round 39: 联合 as 会同 (round 34) — 「宅基地管理联席会议联合相关部门进行会审」 reads as 「A会同B＋verb」: lead "
               "宅基地管理联席会议 (lead [] accepted), responsible 宅基地管理联席会议, 相关部门 (a kind of body); " + R2BY + ": "
               "「公示结束后由镇人民政府发放房屋修缮批准文件」 — responsible 镇人民政府 too, in printed order; 「不少于7天公示」 (" + THR
               + "); " + NODATE),
        S(["四", "（三）", "6"], [], [],
          note="no body is a doer by rule 2: 「村委会应及时将反馈意见告知…」「指导农户…」「村委会应积极发挥主体职能，派员进行日常监管」 (告知, "
               "指导, 发挥, 派员进行) and 「镇相关部门开展宅基地动态巡查」 (开展 without 组织) — " + CLOSED + ": " + NONE + "; " + NODATE),
        S(["四", "（三）", "7"], [], ["镇规建办"], lead_alternatives=[["镇规建办"]],
          note=R2ORG + ": 「镇规建办在接到农户申请15个工作日内组织相关部门进行验收，并出具…验收意见」 — responsible 镇规建办, " + ONE + "; "
               "「农户向镇规建办申请验收」 is the applicant's step; 「移交城管处理」 names a receiver; " + REL),
        S(["五", "（二）", "5"], [], ["村委会"], lead_alternatives=[["村委会"]],
          note=R2SUBJ + ": 「（房屋拆除工作由村委会负责监管）」 — the agent of 由 with 负责, in a bracket at the item's end — responsible "
               "村委会, " + ONE + "; 「翻建农户…需拆除原宅基地上的建筑」 is the applicant's duty (a person); " + NODATE),
        S(["五", "（二）", "6"], [], [], targets=[(90, "平方米"), (100, "平方米"), (180, "平方米"), (10, "米"), (13, "米")],
          note="no body named: " + NONE + "; the ceilings 「建筑占地面积不超过90平方米」「不超过100平方米」「建筑面积不超过180平方米」「檐口高度"
               "不得超过10米」「屋脊高度不得超过13米」 (" + THR + "; the household sizes 「5人户及5人以下户」「6人户及6人以上户」「4人户及4人"
               "以下户」 are thresholds too, not sampled); the two paragraphs after 6. belong to 6. (round 32: a trailing paragraph that "
               "gives work is the last item's body); 「上海市政府第16号令」「第三十五条」 name a decree and an article; " + NODATE),
        S(["七", "1"], [], [],
          note="「对违反审批意见的建房行为，政府不予重新审批，将责令整改。对拒不整改的…依法处理」 — 政府 with 不予/责令 (none of rule 2's "
               "verbs; " + CLOSED + "), and a case: " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "出具相关意见后报宅基地管理联席会议审议", "when": "收到申请材料后15个工作日内", "when_norm": None}],
     notes=[R35 + "四/（一）1.–5. and 五/（一）1.–4. (the conditions an applicant must meet, announced 「须同时符合以下条件」) are "
            "the text of （一）, one task each: 31 − 9 + 2 → **24**; accepted 22 (（一） no task), 19 (七、 no tasks), 17 (both), 28 "
            "(一、三、六、八、 as leaves). The counting below is the earlier one, kept for its readings",
            "counting (every numbered leaf): 四、 （一）1.–5. 5 + （二）1.–3. 3 + （三）1.–7. 7 = 15; 五、 （一）1.–4. 4 + （二）1.–7. 7 = 11; "
            "七、 1.–5. 5 → **31**. 一、三、六、八、 are childless sections (八、 holds a general call 「各部门、村应…做好档案管理工作」); 二、"
            "适用范围 (scope) and the closing 「本办法由新浜镇人民政府负责解释说明。本办法自2025年2月1日起实行。」 are general provisions. "
            "Accepted: 22 (四/（一） and 五/（一）, the applicants' conditions, read as no tasks — particulars of eligibility), 26 (七、"
            "相关规定's five rules read as no tasks), 17 (both), 35 (31 with 一、三、六、八、 as leaves)",
            "time limits (15个工作日内) count from events: no deadline; 2025年2月1日 is entry into force",
            "duty: 镇规建办's sending of its opinion to the joint meeting (四/（三）/4), with a time limit and no date",
            "not sampled for doubt: 五/（二）/4 (「市住房城乡建设行政管理部门推荐的通用图纸」: a noun's description), 四/（三）/3 (a filing with no "
            "subject), 七/2–5"])

# Round 54 (al55): money bands aligned to tests/data/CONVENTIONS.md "Round 66 rulings" (Targets, turned; README, "Round 54")
from expected_tools import align66_bands  # noqa: E402

align66_bands("x107_03", ["二", "(三)"], [(10, "万元")], "「10万元(含)以上的工程项目」 — the band inside the noun of projects")
align66_bands("x107_03", ["二", "(五)"], [(10, "万元")], "「10万元(含)以上工程项目」 — the band inside the noun of projects")
align66_bands("x107_03", ["三", "(二)"], [(300, "万元")], "「300万元(含)以上的非基建工程类项目」 — the band inside the noun of projects")
align66_bands("x107_03", ["四", "(二)", "2", "(2)"], [(10, "万元"), (50, "万元")],
              "「10万元(含)以上50万元以下的项目」 — the band inside the noun of projects, whatever procurement follows")
align66_bands("x107_03", ["四", "(二)", "2", "(4)"], [(100, "万元"), (400, "万元")],
              "「100万元(含)以上400万元以下」 — the band naming the projects, named by the ruling")

# round 57 (rul75): answers aligned to tests/data/CONVENTIONS.md "Round 75 rulings (the lead, during round 57, on the questions round 57's first-wave parser helpers left)" (p57f-2, turned; README, round 57)
from aligned_rulings import align73  # noqa: E402
from expected_tools import _sample32  # noqa: E402

R75 = "Round 75 rulings (the lead, during round 57, on the questions round 57's first-wave parser helpers left)"
align73("x107_01", ["二", "（二）", "1"], "「（二）“差别化”补贴标准 1、考核等级为优秀：考核分值为86分（包含86分）至100分为优秀，按照补贴基本标准的100%拨付。…120%拨付。 2、…100%拨付。 3、…80%拨付。 4、…60分以下为不达标，不予补贴。」 (二/（二）/1–4): rates a fund pays by grade, 拨付 with no subject (a cost verb) and no 要／应 — the scheme's terms, no task; （一）基本标准 stays a task: beside its rate it names an act of the plan's bodies 「根据考核结果确定考核等级以及各物业服务企业的补贴额度」 (round 70's x287_02; round 39)",
        "turned: rounds 64's x95_03 (扶持标准), 66's x143_02 and 70's x287_02 over round 25's policy items", ruling=R75, drop=True)
align73("x107_01", ["二", "（二）", "4"], "「4、考核等级为不达标：考核分值为60分以下为不达标，不予补贴。」: a grade and its rate (none paid), the scheme's terms (above), no task",
        "turned: rounds 64's x95_03 (扶持标准), 66's x143_02 and 70's x287_02 over round 25's policy items", ruling=R75, drop=True,
        counts={"leaf_tasks": 24, "count_alternatives": [28, 30, 26, 25]})
_p, _ = _sample32("x107_01", None)
_p["plan_targets"] = _p["plan_targets"] + [{"number": n, "unit": u} for n, u in ((100, "%"), (120, "%"), (80, "%"))]
_p["notes"][-1] += "; plan_targets [] → 100 %, 120 %, 80 % (the terms' payment rates, round 62's w52b, round 66's x143_02); 86 分 and 60 分 stay grade bands, no targets"

write_collected(DIR)
