# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next204/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 45 (built by helper c204): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 45 rulings, written
early" included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next204/make_expected.py tests/data/plans-next204
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit; round 44 "
          "(decided) reads any verb of doing only in 第X条 articles, and round 45 keeps headed points out of it")
ARTICLE = ("round 45: headed points that read like articles (a procedure in 一、…) are not articles — the closed-list reading "
           "is the answer and the article reading (the subjects of any verb of doing) is accepted beside it "
           "(`responsible_alternatives`)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
SPAN = ("deadline: 一、（二）工作时段 「自即日起至11月15日」 is the campaign span the plan sets for its work (round 37; round 44 "
        "decided: an item takes a deadline from a campaign span the plan sets, 「自X起至Y」); the item writes no date of its "
        "own → the span's end, 2022-11-15 (the year from the notice's date 2022年9月26日)")
CARRY = "round 34: an elided subject carries over inside one paragraph"


# ---------------------------------------------------------------------------------------------------------
X01 = "x204_01_shi-yingjiju-2022-zonghe-xingzheng-zhifa-duiwu-biaozhunhua-jianshe-guifan.txt"
P01 = "上海市应急管理综合行政执法队伍标准化建设规范（试行）"
NOUNITS01 = ("the plan names no unit at all (no label, no clause of rule 2's forms anywhere: 进行, 推进, 使用, 建设, 召开 are no "
             "rule-2 verbs; persons 主要负责同志 are never units) → every numbered leaf is a task (CONVENTIONS.md 'What is a "
             "task', round 25/27; plans-dev 08)")
GOAL01 = ("一、工作目标's 「到2025年底，全面实现…对标达标」 is the goal's date (round 44 decided: a goal date stated once in a 目标 "
          "section is not every item's deadline)")


def n01(path, targets=(), note="", **kw):
    return S(path, [], [], targets, note=note + "; " + NOUNITS01, **kw)


plan(X01,
     title=P01 + "（上海市应急管理局关于印发" + P01 + "的通知）",
     title_note="the standard's own title (lines 9–10, printed over two lines 「上海市应急管理综合行政执法队伍」「标准化建设规范（试行）」) "
                "or the notice title (line 1): either",
     doc_no="沪应急执法〔2022〕69号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市应急管理局",
     date="2022-10-18",
     date_note="the cover is dated 2022年10月18日 (the index the same); the standard passed the bureau's meeting on 2022年10月10日",
     level="a city bureau (Shanghai's emergency management bureau), a standard for building its integrated law-enforcement "
           "teams: six standards (staffing, signs, offices, equipment, rules, information systems) as numbered items, and "
           "three requirements",
     source=src("工程建设管理", "上海市应急管理局关于印发上海市应急管理综合行政执法队伍标准化建设规范（试行）的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=56965235ef9c42b59fd0f4514cb9d64a&siteId=0037", 6657),
     style="a cover (addressee 「各区应急管理局：」, one sentence 「…请参照执行。」, signature, date); the standard's title over two "
           "lines; a preamble; 一、工作目标 one paragraph; 二、建设标准 （一）–（六）, each a heading line and a lead-in paragraph "
           "over items 「1.按编配备。…」 with run-in headings ((二)'s items with blank lines between, (六) childless with two "
           "paragraphs); 三、相关要求 （一）–（三） heading lines over one paragraph each; no closing chrome",
     leaf_tasks=41, count_alternatives=[35],
     leaf_tasks_by_section={"二、（一）": 5, "二、（二）": 10, "二、（三）": 6, "二、（四）": 9, "二、（五）": 7, "二、（六）": 1,
                            "三、相关要求": 3},
     childless_top_level_sections=["一、工作目标"],
     samples=[
        n01(["二", "（一）", "2"], targets=[(100, "%"), (15, "%")],
            note="「在编在岗人员执法证持证率达到100%」 — 达到 (round 30's line) → 100%; 「人员比例不得超过编制总数的15%」 — 超过 → 15% "
                 "(round 30: a ceiling of a standard is a target); 「党建、纪检、人事、财务等岗位可采取…」 an option; " + NODATE
                 + " (" + GOAL01 + ")"),
        n01(["二", "（二）", "2"], not_targets=[(15, "cm")],
            note="「宽度一般为15cm」 — a usual size with no comparison word (round 40: 「一般为3-5年」 no target; round 30: a figure "
                 "that only names a norm) → 15cm not a target; " + NODATE),
        n01(["二", "（三）", "2"], targets=[(20, "人"), (2, "间"), (15, "平方米")],
            note="「执法机构编制数20人（含）以内的，至少设置1间…；编制数超过20人的，至少设置2间…」 — a figure in a condition 「…的」 "
                 "with 以内／超过 is a target (round 30's line, round 40: a condition of a case), 至少 → 1间 and 2间; 「每间一般不小于"
                 "15平方米」 — 不小于 (round 32) → 15平方米; 照明 500-750Lux and 温度 22-24℃ (norms with no comparison word) are "
                 "not checked either way; " + NODATE),
        n01(["二", "（四）", "7"], targets=[(3, "km"), (12, "小时")], not_targets=[(1, "台")],
            note="「距离不小于3km」「电池工作时间不少于12小时」 — 不小于／不少于 (round 30, round 32) → targets; 「按照每名执法人员1台配置」 — "
                 "a norm with no comparison word (round 30: 「原则上按500户配1名」) → 1台 not a target; IP54 (a protection grade, "
                 "a name) and 370兆／800兆 (kinds of device) are not targets either; " + NODATE),
        n01(["二", "（五）", "6"],
            note="（五）'s lead-in 「建立独立法人单位人财物管理基本制度和…配套管理制度。」 is a work clause and 1.–7. are the classes of "
                 "rules to build, read as items (round 44 / round 45: a list of the parts of a work, functions to build, is "
                 "items) — RULING? 1 (or a list of what a document contains, one task, round 37: count 35 accepted); 「应急管理部门"
                 "制定的权责清单」 — a body inside a noun's description is no doer (round 30); " + NODATE),
        n01(["二", "（六）"],
            note="childless, two paragraphs → one task (a leaf with text; plans-dev lines 21–25 make only a childless TOP-level "
                 "section a section); 「市司法局、市大数据中心开发的全市统一综合执法系统」 — bodies inside a noun's description "
                 "(round 30), no doers; 「全市统一综合执法系统进行…个性化适配」 — a system with 进行 (no rule-2 verb: " + CLOSED
                 + "); 「6大子系统」 not checked; (应急部、国家统计局2020年11月发布) dates a cited document, no deadline; " + NODATE),
        n01(["三", "（一）"], dl="2025年年底前", dln="2025-12",
            note="「本市应急管理部门主要负责同志要统一思想，…明确路线图、时间表和任务书，确保2025年年底前完成达标任务」 — 主要负责同志 "
                 "are persons (never units, round 30 / round 34); deadline: the item's own date 「2025年年底前」 → 2025-12 (round 34: "
                 "年底前 is December; the item's own date, not the goal of 一、, round 44)"),
        n01(["三", "（三）"],
            note="「上海市应急管理局将…建设工作纳入…重点工作任务进行考核」 — the issuer as subject of 纳入…进行考核 (进行 is not 实施, "
                 "round 37: 「A对…进行审批」 without 由 names no doer), 「及时召开现场会」 — 召开 without 组织 (round 30), 「采取警示约谈"
                 "和通报批评形式」 — no rule-2 verb: no doer (" + CLOSED + "); 「年度…重点工作任务」 names a yearly programme, no "
                 "date: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover (one sentence 「请参照执行」) and the preamble no tasks; 一、工作目标 a childless top-level "
            "section; 二、（一） 1–5, （二） 1–10 (its lead-in paragraph before 1. no task), （三） 1–6, （四） 1–9, （五） 1–7 "
            "(RULING? 1), （六） childless → 1; 三、（一）–（三） → **41**. Accepted: 35 (（五） one task, its 1.–7. a list of what "
            "the rules contain, round 37).",
            "units: " + NOUNITS01 + "; the addressees 「各区应急管理局」 appear only in the cover's address line",
            "dates: 2022年10月10日 (the meeting), 2022年10月18日 (the cover); 到2025年底 (一、, the goal's date: " + GOAL01 + "); "
            "2025年年底前 (三、（一）, its deadline); 2020年11月 (a cited document's date); no phases, no duties",
            "figures: targets 90%以上, 100%, 15%, 75%, 5% (（一）), 至少1间 / 15平方米 (（三）), 8核以上 / 1.8G以上 / 16G以上 / "
            "1.5kg / 8小时 / 64G以上 / 256G / 3km / 12小时 / 0.5% / 1% / 3kg (（四）, comparison words); not targets 15cm "
            "(一般为), 1台 / 1个 per person (norms), document numbers (沪委办发〔2021〕17号, 财行〔2020〕299号, 应急〔2021〕50号, "
            "发改投资〔2014〕2674号, 应急〔2021〕9号, 中办发〔2020〕35号, 应急科信办〔2021〕8号), QB/T 2155, 上海-001, 01至16, 第5-6位, "
            "IP54 / IPX7 / IP66, 370兆 / 800兆"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x204_02_shi-fagaiwei-2022-nongye-shuijia-guanli-tongzhi.txt"
N02 = "关于完善上海市农业水价管理的通知"
HEADED02 = ("round 34 (written early): in a notice of headed points a childless point whose text gives work (a rule-2 doer "
            "or an instruction 「应…」) is a task")
ORG = "农民用水自治组织"
SETUP = ("「各有关区成立农民用水自治组织」 in 一、 sets the body up; round 36: bodies a plan set up earlier are doers in later "
         "items")

plan(X02,
     title=N02,
     title_note="the notice title (line 1)",
     doc_no="沪发改规范〔2022〕13号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市水务局, 上海市财政局 and 上海市农业农村委员会 (four signatures, one a line; the index "
            "lists 上海市发展和改革委员会)",
     date="2022-09-30",
     date_note="the notice is dated 2022年9月30日 (the index the same); in force 2022年11月1日, valid to 2027年10月31日",
     level="four city commissions and bureaus (Shanghai), rules on agricultural water prices: how the price is formed, "
           "the costs it covers, quotas and progressive surcharges, metering, yearly settlement",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=4ff645d1d4e8449eae0e771ac6a3aa04&siteId=0025", 1929),
     style="addressees 「各有关单位：」, a preamble; five headed points 一、–五、 over unnumbered paragraphs (blank lines between "
           "all paragraphs), 二、 with a 「其中：」 list 1.–4. of definitions 「1.维修费，指…」; the entry into force as the last "
           "paragraph of 五、其他事项; four signatures one a line, the date",
     leaf_tasks=4, count_alternatives=[5, 8],
     leaf_tasks_by_section={"一、": 1, "三、": 1, "四、": 1, "五、": 1},
     childless_top_level_sections=["二、农业水价覆盖的成本范围"],
     samples=[
        S(["一"], [], [], responsible_alternatives=[[ORG]],
          note=HEADED02 + "; 「各有关区成立农民用水自治组织，由农民用水自治组织负责农田灌溉设施运维管理工作」 — 成立 is no rule-2 "
               "verb, and the body the item itself sets up is no unit of it (rule 3; round 35: 「村设指挥部负责…」「下设…推进组，"
               "负责…」 stay rule 3; round 41: a body the item sets up and names so stays no unit) — RULING? 3 (农民用水自治组织 "
               "accepted); 「不足部分由区给予适当补贴」 — a subsidy paid, read as a payer (round 30 / round 36: a cost verb makes a "
               "payer, 「由相关部门提供200元」) — RULING? 2; 「可提请乡镇政府进行协调」 — an option, the 乡镇政府 a body asked (rule "
               "3); 「鼓励各地…」 — 各地 names no body (round 32) and 鼓励 no doer (round 40); 「由财政资金投入形成的固定资产」 — "
               "funds, a description: " + NONE + "; 「按年度调整」 a rhythm: " + NODATE),
        S(["三"], [], [ORG], [(20, "%"), (50, "%"), (1.2, "倍"), (1.5, "倍")], lead_alternatives=[[ORG]],
          note=HEADED02 + "; 「农业灌溉超定额用水加价水费由农民用水自治组织统一征收、单独记账」 — 由A＋a verb of doing (rule 2; round 34) "
               "→ responsible 农民用水自治组织 (" + SETUP + "); " + ONE_LEAD + "; targets: 「超过定额20%（含20%）至50%的水量」 — a "
               "band with 超过 that picks the volume a rate applies to, both edges read alike (round 29 / round 30), 「50%以上"
               "（含50%）」 → 20%, 50%; 「按照所在村农业水价的1.2倍／1.5倍收取」 — the policy's own rates (round 25; round 38: "
               "「每立方米加收0.8元」 is one) → 1.2倍, 1.5倍; " + NODATE),
        S(["四"], [], [], responsible_alternatives=[[ORG]],
          note=HEADED02 + " (「…应建立…台帐制度」); 「农民用水自治组织应建立…台帐制度」 — 建立 is no rule-2 verb (" + CLOSED + "): "
               + NONE + "; " + ARTICLE + "; 「根据行业主管部门的相关规定执行」 — a body named as the source of rules, no doer; "
               + NODATE),
        S(["五"], [], [], responsible_alternatives=[[ORG]],
          note=HEADED02 + "; 「农民用水自治组织…向农业用水户收取水费」「每年3月底前，农民用水自治组织…与农业用水户进行农业用水清算」"
               "「农民用水自治组织应通过村务公开等方式，公开…」 — 收取, 进行, 公开, 受理 are no rule-2 verbs (" + CLOSED + "): "
               + NONE + "; " + ARTICLE + "; 「每年3月底前」 is a rhythm, no deadline (round 34: recurring dates are no "
               "deadline); the last paragraph 「本通知自2022年11月1日起实施，有效期至2027年10月31日…」 starts the notice's close "
               "(round 34: entry into force after the last point is the close, not a body): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、 (gives work: 由…负责, 应…), 三、 (由…征收), 四、 (应建立), 五、 (收取, 清算, 应…"
            "公开) → **4** (" + HEADED02 + "); 二、 states the costs the price covers — a definition point (general provision, "
            "round 30) whose 「其中：」 list 1.–4. 「…，指…」 is definitions (round 35: a list that gives no work is text). "
            "Accepted: 5 (二、 counted as a point), 8 (二、's 1.–4. as items).",
            "units: only 三、 names a doer by rule 2 (由农民用水自治组织统一征收); 一、's 由农民用水自治组织负责 is the body the item "
            "sets up (RULING? 3); 四、 and 五、 name the same body with verbs outside rule 2 (the article reading accepted, "
            "round 45); 农业用水户 (合作社、家庭农场、农户) are users, no units",
            "dates: 2022年9月30日 (the signature), in force 2022年11月1日, valid to 2027年10月31日, 每年3月底前 (a rhythm), "
            "按年度 (a rhythm); no deadline, no phases; no duty (the yearly 清算 with users and the 村务公开 are the regulated "
            "body's dealings with users and the public, round 32 / round 41: a regulated party's filings are no duties)",
            "figures: targets 20% / 50% (a band and a floor with 超过／以上) and 1.2倍 / 1.5倍 (rates) in 三、; not targets "
            "沪府办发〔2017〕1号, 沪发改规范〔2017〕7号 (document numbers)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x204_03_shi-yingjiju-2022-zhongyao-jieri-gongmao-weihua-anquan-shengchan-baozhang-tongzhi.txt"
N03 = "上海市应急管理局关于加强重要节日和重大活动期间工贸和危险化学品领域安全生产保障工作的通知"
BUREAU = "各区应急管理局"
HEAD03 = ("the run-in heading names the class of enterprise the measure covers, read as its topic, not as a unit heading "
          "(RULING? 4): units by rule 2")

plan(X03,
     title=N03,
     title_note="the notice title (line 1)",
     doc_no="沪应急执法〔2022〕62号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市应急管理局",
     date="2022-09-26",
     date_note="the notice is dated 2022年9月26日 (the index the same); its work runs 「自即日起至11月15日」",
     level="a city bureau (Shanghai's emergency management bureau), a notice of safety measures for industry, trade and "
           "hazardous chemicals during the National Day holiday, the Party congress and the fifth import expo: eight "
           "measures by class of enterprise and four requirements",
     source=src("工程建设管理", N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=8ef1f036987a4bee83773f1854c37ace&siteId=0037", 4573),
     style="addressees, a preamble with 「（以下简称重要节日和重大活动）」; 一、 （一）工作目标 （二）工作时段 「自即日起至11月15日。」 "
           "（三）保障范围 — heading lines 「（一）工作目标。」 over paragraphs; 二、具体措施 （一）–（八） heading lines naming classes of "
           "enterprise (（六）–（八） without a final 「。」) over one paragraph each, then one unnumbered closing paragraph; "
           "三、工作要求 （一）–（四）; blank lines between all paragraphs; the signature, the date and a bracketed contact line "
           "with persons' names and phone numbers",
     leaf_tasks=13, count_alternatives=[12, 10, 9],
     leaf_tasks_by_section={"二、具体措施": 9, "三、工作要求": 4},
     childless_top_level_sections=[],
     samples=[
        S(["二", "（一）"], [], ["相关企业"], dl="自即日起至11月15日", dln="2022-11-15", lead_alternatives=[["相关企业"]],
          note=HEAD03 + "; 「相关企业要…组织专业技术人员，全面排查整治事故隐患」 — 组织 is in rule 2's list whatever its object (round "
               "43, turned; round 30: 「A组织B＋verb」, the persons no unit): 相关企业, a kind of body (企业, round 34's regulated "
               "parties; only the bare 有关单位／相关单位／各单位 are general calls, round 33) — RULING? 6; 「技术力量弱的企业要依靠中介"
               "机构或聘请专家…」 — no rule-2 verb; 「各区应急管理局要加大执法检查力度，督促企业…，督促整改」 — 加大 and 督促 are no "
               "rule-2 verbs (round 30: the pivot 督促), no unit; " + ONE_LEAD + "; " + SPAN),
        S(["二", "（二）"], [], [], dl="自即日起至11月15日", dln="2022-11-15", not_targets=[(10, "人")],
          note=HEAD03 + "; 「各相关单位要…开展10人以下粉尘涉爆企业整治工作」 — a general call (round 33: 相关单位／各单位; round 41: "
               "各…单位 forms), 开展 without 组织 (round 30); 「逐企逐项督促企业落实整改清零工作」 — the object of 督促 is no unit "
               "(round 30), its 落实 the object's; 「各区应急管理局要跟踪掌握…，持续做好…」 — no rule-2 verb: " + NONE + "; 「涉粉"
               "人数10人及上」「10人以下粉尘涉爆企业」 — a figure in a noun naming a kind of enterprise is a class (round 34; round "
               "40: 「十株以上的行道树」) → 10人 not a target; " + SPAN),
        S(["二", "（五）"], [], [BUREAU], dl="自即日起至11月15日", dln="2022-11-15", lead_alternatives=[[BUREAU]],
          note=HEAD03 + "; 「各类使用危险化学品从事生产的工贸企业要…切实提升…」 — no rule-2 verb; 「各区应急管理局要加强监督检查，对仍"
               "未按照要求…的企业，…要依法从重实施行政处罚」 — the subject of 实施 (rule 2: 「A依法对…实施监督」), " + CARRY
               + "; 「对…的企业」 is the object of the penalties, the bureaus' own work (round 34: an item whose clause is 「对…"
               "的，由A处罚」 gives A), not a case; 各区应急管理局, a kind (round 32: 各区…); " + ONE_LEAD + "; 2017版 and "
               "沪应急行规〔2021〕1号 are names; " + SPAN),
        S(["二", "（六）"], [], [BUREAU], dl="自即日起至11月15日", dln="2022-11-15", lead_alternatives=[[BUREAU]],
          note=HEAD03 + "; 「各区应急管理局要…继续深入开展…“回头看”。要对…进行复查，…要认真贯彻落实专项整治各项措施，…要…建立"
               "健全…机制，落实“发现一户、整治一户”的动态监管机制」 — 落实 with the subject carried across the paragraph's "
               "sentences (" + CARRY + "): a doer; 「要与辖区内住房城乡建设管理、公安、商务、市场监管等相关行业主管部门加强沟通对接」"
               " — liaison partners are no units (round 38: 「与A对接」); " + ONE_LEAD + "; " + SPAN),
        S(["二", "（七）"], [], ["各危险化学品许可企业", BUREAU, "相关园区管理机构"], dl="自即日起至11月15日", dln="2022-11-15",
          note=HEAD03 + "; 「各危险化学品许可企业要严格落实安全生产主体责任」 — 落实 (rule 2), a regulated party by its kind (round 34; "
               "the short name given through 「（以下简称危险化学品许可企业）」 in 一、（三）, as printed with 各, round 38); 「各区应急管理局"
               "和相关园区管理机构要重点加强…监管力度，组织针对性的现场突击检查」 — 组织＋work (round 34): both doers, 「A和B」 two "
               "names (round 34), 相关 before a kind 园区管理机构 makes a kind (round 33: 相关部门 a kind); no 牵头: lead [] (round "
               "30); " + SPAN),
        S(["二", "（八）"], [], ["各相关化工医药企业", "各相关区应急管理局"], dl="自即日起至11月15日", dln="2022-11-15",
          note=HEAD03 + "; 「各相关化工医药企业要严格贯彻落实…各项工作要求，组织开展安全风险分级管控…」 — 落实 and 组织开展 (rule 2): a "
               "regulated party by its kind, as printed; 「各相关区应急管理局要组织对辖区内化工医药企业开展全覆盖执法检查，督促企业…」 "
               "— 组织＋work: a doer, the objects of 组织／督促 no units (round 30); no 牵头: lead [] (round 30); the unnumbered "
               "paragraph after （八） 「各相关单位要发动…」 speaks to the whole run and is counted as one more task of 二、 (round "
               "40), not （八）'s body; " + SPAN),
        S(["三", "（二）"], [], [BUREAU], dl="自即日起至11月15日", dln="2022-11-15", lead_alternatives=[[BUREAU]],
          note="「各区应急管理局要继续推进…，督促相关企业准确填报…」 — 推进 and 督促 are no rule-2 verbs; 「同时，要严格落实安全生产行刑"
               "衔接工作」 — 落实 with the subject carried (" + CARRY + "): 各区应急管理局 a doer; a 工作要求 item that gives work "
               "is a task (round 39); " + ONE_LEAD + "; 「四不放过」 a slogan, no figure; " + SPAN),
        S(["三", "（三）"], [], [], dl="自即日起至11月15日", dln="2022-11-15",
          note="「各相关单位根据自身职责制定具体实施方案，层层落实责任」 — a general call (round 33 / round 41: 各…单位 forms name no "
               "kind), 落实 after it gives no doer (round 33); 「市应急局将不定期对各单位工作落实情况进行暗访、抽查」 — 进行 is no "
               "rule-2 verb (round 37), 落实情况 a noun (round 33); 「各单位要安排单位骨干力量加强应急值守」 — a general call: "
               + NONE + "; a 工作要求 item that gives work is a task (round 39; the count without such items accepted, round "
               "40); 「重要节日和重大活动期间」 names the holidays and events of the preamble, no day of its own (round 42's named "
               "day needs a day); " + SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、 （一）工作目标 (a goal with no unit and no work given, round 27), （二）工作时段 "
            "and （三）保障范围 are fields (round 44: points that only say when, where or on whom the work bears) — no tasks; "
            "二、 （一）–（八） → 8, and the unnumbered paragraph after （八） 「各相关单位要发动辖区（所属）重点企业…」 that gives the "
            "section's work → one more task (round 40: a closing paragraph after a section's last numbered item; the count "
            "without it accepted) → 9; 三、工作要求 （一）–（四） give work → 4 (round 39) → **13**. Accepted: 12 (without the "
            "closing paragraph), 10 and 9 (三、's three items naming no unit left out, round 40).",
            "units: regulated parties by their kind (相关企业, 各危险化学品许可企业, 各相关化工医药企业) with 组织／落实, the district "
            "bureaus with 实施／落实／组织 (carried subjects), 相关园区管理机构; general calls 各相关单位／各单位; persons (姜文炯, "
            "谭英杰) never units; 中央在沪及地方国有企业等单位 only in the address line",
            "dates: 2022年9月26日 (the signature); the campaign span 「自即日起至11月15日」 (一、（二）) dates every task 2022-11-15 "
            "(round 37 / round 44); 国庆佳节, 党的二十大, 第五届进博会 name the period, no day; no phases, no duties (「督促相关"
            "企业准确填报…基础信息」 is enterprises' filing online, round 41)",
            "figures: none are targets — 十五条, 78条 (names of measures), 10人 (a class), 2家 / 16家 (existing enterprises, "
            "round 38), 2017版, AQ7015-2018, 沪安委会〔2022〕6号, 沪应急行规〔2021〕1号 (names, numbers), phone numbers"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x204_04_shi-fagaiwei-2022-feijumin-tianranqi-jiage-liandong-jizhi-tongzhi.txt"
N04 = "关于本市非居民天然气用户上下游价格联动机制的通知"
GAS = "上海燃气有限公司"
PRICE = "市价格主管部门"
TEAM = "市价格监测与成本调查队"

plan(X04,
     title=N04,
     title_note="the notice title (line 1)",
     doc_no="沪发改规范〔2022〕10号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2022-09-16",
     date_note="the notice is dated 2022年9月16日 (the index the same); in force 2022年10月23日, valid to 2027年10月22日",
     level="a city commission (Shanghai's development and reform commission), rules of a price-linkage mechanism for "
           "non-residential natural gas: scope, formula, cycle and trigger, procedure, balances, and three safeguards",
     source=src("工程建设管理", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=34d1fc0f1e9c4a54943f0f88836c7356&siteId=0025", 1570),
     style="addressees 「各有关单位：」, a preamble (ASCII commas 「,」 inside); six headed points 一、–六、 over unnumbered "
           "paragraphs, a formula line with 「=」「÷」; 六、保障措施 with items 「1、加强价格监测。…」–「3、…」 (run-in headings); the "
           "entry into force, 「特此通知。」, the signature and the date; blank lines between all paragraphs",
     leaf_tasks=4, count_alternatives=[6, 7],
     leaf_tasks_by_section={"四、联动程序": 1, "六、保障措施": 3},
     childless_top_level_sections=["一、联动范围", "二、联动公式", "三、联动周期和启动条件", "五、差额处理"],
     samples=[
        S(["四"], [], [], responsible_alternatives=[[GAS, PRICE, TEAM]],
          note="a childless headed point that gives work (round 34 early: 「…要做好测算工作」「应及时…报送」, an instruction) → a task; "
               "「上海燃气有限公司要做好测算工作,向市价格主管部门报送…」「…应及时向市价格监测与成本调查队报送…」 — a regulated "
               "company's filings to the bodies that review them (round 30: an applicant's; round 39: 由A向B提交 makes A no doer; "
               "the receivers no units, rule 3); 「市价格主管部门审核后，…研究制定调价方案」「市价格监测与成本调查队对…进行审核后，将"
               "审核结果提交市价格主管部门」 — 审核, 研究制定, 进行 are no rule-2 verbs outside articles (" + CLOSED + "): " + NONE
               + "; " + ARTICLE + "; 「可适度控制调整幅度」 an option; 「联动周期启动前／结束后」 are times from an event, no deadline "
               "(round 34): " + NODATE),
        S(["六", "1"], [], [], responsible_alternatives=[["价格主管部门"]],
          note="「价格主管部门加强对…的跟踪分析，监测…，加强综合研判和预测分析」 — 加强, 监测 are no rule-2 verbs (" + CLOSED + "): "
               + NONE + "; " + ARTICLE + "; " + NODATE),
        S(["六", "2"], [], ["各燃气销售公司", "各相关部门"],
          note="「各燃气销售公司要如实反映情况，提供真实资料，配合做好相关工作」 — 「A应当配合做好…工作」 with no partner named makes A "
               "a doer (round 44; round 42); 「对违反本通知及相关法律法规政策规定的，由各相关部门按职责予以查处」 — a 「…的，由A…」 step "
               "inside a point whose work is wider is the point's own step (round 42; round 45: 「对未履行…的企业，由相关部门依法给予"
               "行政处罚」 → 相关部门 responsible), 各相关部门 a kind (round 33: 有关部门／相关部门 are kinds); no 牵头: lead [] "
               "(round 30); " + NODATE),
        S(["六", "3"], [], [], responsible_alternatives=[[GAS]],
          note="「上海燃气有限公司积极拓展气源，…优化采购渠道…，合理控制气源采购成本」 — 拓展, 利用, 优化, 控制 are no rule-2 verbs ("
               + CLOSED + "): " + NONE + "; " + ARTICLE + "; " + NODATE),
     ],
     plan_targets=[{"number": 0.05, "unit": "元",
                    "note": "三、 「当上游综合采购成本变动小于0.05元（含）/每立方米时，终端销售价格可不作调整」 — a threshold with 小于 "
                            "(round 32) that triggers a step, in a point that is no task (RULING? 5): a plan target (round 35: a "
                            "figure in a rule point of the policy is a plan target)"}],
     phases=[],
     duties=[{"what": "市价格监测与成本调查队对测算数据和实际数据偏差等进行审核后，将审核结果提交市价格主管部门",
              "when": "联动周期结束后", "when_norm": None,
              "note": "四、: a government body of the procedure sending its review to another (round 35 / round 36: a plan "
                      "body's sending to another is a duty, undated where no date is written — 「联动周期结束后」 is a time "
                      "from an event); 上海燃气有限公司's 报送 before and after each cycle are a regulated party's standing "
                      "filings (round 32 / round 41), no duty"}],
     notes=["counting: 一、联动范围 a scope (general provision, round 30); 二、联动公式 (a formula and definitions 「…是指…」), "
            "三、联动周期和启动条件 (a cycle 「原则上以2个月为一个…周期」 and a trigger) and 五、差额处理 (how balances roll over) "
            "state the mechanism with no doer and no instruction to a body — read as no tasks (RULING? 5); 四、联动程序 (要／应 "
            "instructions) 1; 六、保障措施 1、–3、 → 3 → **4**. Accepted: 6 (三、 and 五、 as subjectless rule points giving "
            "work, round 43), 7 (二、 too). The entry into force and 「特此通知。」 are the close.",
            "units: only 六、2 names doers by rule 2 (配合做好 with no partner; 由各相关部门…予以查处); 上海燃气有限公司, 价格主管部门 "
            "and 市价格监测与成本调查队 act by verbs outside rule 2 in headed points (the article reading accepted, round 45); "
            "供气企业、消费者 are parties named in a principle, no units",
            "dates: 2022年9月16日 (the signature), in force 2022年10月23日, valid to 2027年10月22日; 2个月 (the cycle); no "
            "deadline, no phases",
            "figures: plan target 0.05元 (小于, 三、); not targets 2个月 (a cycle with no comparison word, 原则上 only), 沪发改规范"
            "〔2017〕9号 (a document number); the formula's 1 in 「1-产销差率」"])

write_collected(DIR)
