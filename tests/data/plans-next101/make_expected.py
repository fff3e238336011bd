# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next101/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 31 (built by helper c101): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts. Neither the parser nor the scorer was
run on this set by its builder: the lead scores it first.

    python tests/data/plans-next101/make_expected.py tests/data/plans-next101
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    article_in,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
R1HEAD = ("CONVENTIONS.md units rule 1 (a unit heading the item inherits gives its units; sentences in the item add nothing) — "
          "not settled by CONVENTIONS in this form: the heading 「N、X审核内容」 names the body whose review items follow, and the "
          "lead-in 「由A、B、C三部门分别审核以下内容」 gives each heading its own body (分别); read as a clerk would: X for the items under it")
R2BY = "CONVENTIONS.md units rule 2 (the agent of 由 with a verb of doing is a doer: responsible, lead [] / a single unit accepted as lead)"
R2SUBJ = "CONVENTIONS.md units rule 2 (the subject of 负责／实施／落实／组织实施 is a doer; several clauses: all their bodies in order)"
R2WITH = "CONVENTIONS.md units rule 2 (「（由）A会同B＋verb」: lead A, lead [] accepted; responsible A, B)"
R2ORG = "CONVENTIONS.md round 30 (「A组织B＋verb」: A is the doer; B, the object of 组织, is not a unit)"
R4 = ("CONVENTIONS.md units rule 4 (a section's lead-in gives its items units when they name none of their own) — not settled by "
      "CONVENTIONS in this form: the article's lead-in 「投资（财务）监理单位负责的X工作主要包括：」 is read as 「A负责X工作：」 (A the doer "
      "of the work the items list; the noun-description clause of round 30 concerns a body describing an object of the work)")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (进行, 召集, 完成, 提交, 承担, "
          "考核, 协助, 审核 …) is not a unit")
PIVOT = ("CONVENTIONS.md round 30: the object of a pivot verb is not a unit, and the pivot's subject is a doer only if the verb is in "
         "rule 2's list (协助 is not)")
PERSON = "CONVENTIONS.md round 30: a person is never a unit (驻村保洁员 / 督查队员 / 机动人员 / 特殊困难对象本人 are persons)"
R3 = "CONVENTIONS.md units rule 3 (a body that only receives, approves or guides is no unit: 「报送至A」「向A提出」「报A」「经A审核」)"
MEMBERS = "CONVENTIONS.md units rule 3 (members 「由A、B组成」 and a body the item sets up are not units)"
CASE = "CONVENTIONS.md units rule 3 (a clause inside a case 「…的，由A…」 is a contingency, not the item's work)"
APPLICANT = "CONVENTIONS.md round 30: an applicant 「由A提出申请」 is not a unit"
NOUN = "CONVENTIONS.md round 30: a body inside a noun's description (「A推荐的通用图纸」「经A认可的报表」「A确定的名单」) is not a doer"
THR = ("CONVENTIONS.md targets: quantities of the policy (ceilings, floors and thresholds with 以上／以下／超过／不超过／不少于／最高, "
       "rates, amounts) are targets (round 25; round 30 thresholds by the comparison word, wherever they stand in the item)")
NORM = "CONVENTIONS.md round 30: a figure with no comparison word that only names a kind or a norm (「3吨货车」「原则上按500户配1名」) is not a target"
AGE = "CONVENTIONS.md round 31: an age band naming a group of persons (「65岁以上老年人」) is not a target"
NOW = "a present count (how many there are now), not a target"
REL = "a time limit counted from an event (no date can be resolved): the deadline is not checked"
GENART = ("CONVENTIONS.md round 30 (articles of general provision — purpose/basis, scope, definitions, the interpreting body, "
          "entry into force — are not tasks; a count that includes them is accepted)")
RHYTHM = "a monthly rhythm (每月…) is a duty, not a deadline: no deadline"

# ---------------------------------------------------------------------------------------------------------
X01 = "x101_01_zhoupu-2022-nongcun-cunmin-zhufang-jianshe-xingzheng-shenpi-xiangguan-guiding.txt"
JJ = "镇经济发展服务中心"
GZ = "浦东新区规划和自然资源局第四管理所(周浦所)"
GH = "镇规划建设和生态环境办公室"

plan(X01,
     title="周浦镇农村村民住房建设管理行政审批事项相关规定（关于印发《周浦镇农村村民住房建设管理行政审批事项相关规定》的通知）",
     title_note="the 规定's own title (the second line), or the notice title (the first line): either is accepted",
     doc_no="浦周府规〔2022〕1号 (from the index; the stored text prints no number)",
     issuer="上海市浦东新区周浦镇人民政府",
     date="2022-07-14",
     level="town (Shanghai Pudong, Zhoupu town), the approval procedure for villagers' house building (村级审查 → 镇级审批 → 公布 → 验收)",
     source=shanghai_source("房屋与住房", "关于印发《周浦镇农村村民住房建设管理行政审批事项相关规定》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=007029316&siteId=0070", 2574),
     style="notice title, then the 规定's title and preamble; 一、–七、 with ASCII (一)… and 1、 / (1) items; 一、 lists the joint "
           "meeting's three member offices (一)–(三), then 「其中：X为牵头受理部门…并负责…」; 二、(二) 「由A、B、C三部门分别审核以下内容」 "
           "with one heading per office 「1、X审核内容」; area ceilings by household size (60 / 140 / 160 / 45 / 90 / 225 / 100 / 270 "
           "平方米); 三、–六、 childless sections with 30日 / 15日 / 5个工作日 time limits",
     leaf_tasks=23, count_alternatives=[20, 24, 25, 27, 29],
     leaf_tasks_by_section={"一、审批制度": 3, "二、审批流程": 20},
     attachment_task_rows=0,
     childless_top_level_sections=["三、建立管理台账", "四、审批结果的公布", "五、批后监管", "六、验收报备"],
     samples=[
        P(["二", "(一)", "1"],
          note="「农户…应向所在地村民委员会提出宅基地和书面建房申请」: " + APPLICANT + "; the village committee receives (" + R3 + "); " + NODATE),
        P(["二", "(一)", "2"],
          note="「村民委员会接到书面申请后，应对…进行初步审查」: " + CLOSED + "; " + NODATE),
        P(["二", "(一)", "3"], targets=[(30, "日")],
          note="「公布期限不少于30日」 a floor with 不少于 (" + THR + "); no subject; a period of publicity, no date: " + NODATE),
        P(["二", "(一)", "4"],
          note="「村民委员会签署认定意见…报送至镇规划建设和生态环境办公室」 (" + R3 + " for the office; 签署 / 报送 are not rule 2's verbs); "
               "「公布期间有异议的，村民委员会应当召集村民会议…讨论决定」: " + CLOSED + " (and a case); " + NODATE),
        U(["二", "(二)", "1", "(1)"], [JJ],
          note=R1HEAD + "; the item itself 「审核申请人和用地人数…审定农户建房人数」 has no subject; " + NODATE),
        U(["二", "(二)", "2", "(1)"], [GZ],
          note=R1HEAD + "; the name kept as printed, ASCII brackets included (CONVENTIONS.md round 30: a name is kept as printed); " + NODATE),
        U(["二", "(二)", "2", "(3)"], [GZ], targets=[(140, "平方米"), (160, "平方米"), (5, "人"), (6, "人")], not_targets=[(1, "人")],
          note=R1HEAD + "; 「宅基地面积不超过140平方米」「不超过160平方米」 ceilings, 「5人户及5人以下户」「6人户及6人以上户」 thresholds that "
               "pick the households (" + THR + "; a household size is not an age band, so round 31's exception does not apply); 「1人户」 "
               "names a kind with no comparison word (" + NORM + "); 「控制在60平方米以内」 is not checked (以内 is not a word of the round 30 "
               "list: not settled by CONVENTIONS); " + NODATE),
        U(["二", "(二)", "3", "(1)"], [GH],
          note=R1HEAD + "; 「市住房城乡建设行政管理部门推荐的通用图纸」: " + NOUN + "; 「两层或者两层以上」 is written in words (no figure); " + NODATE),
        U(["二", "(二)", "3", "(4)"], [GH], targets=[(45, "平方米"), (225, "平方米"), (270, "平方米"), (20, "平方米"), (6, "人")],
          note=R1HEAD + "; 「每人不超过45平方米」, 「建筑面积不超过225平方米」「不超过270平方米」 ceilings, 「家庭人数超过6人的，每增加1人，可以增加建筑面积"
               "20平方米」 a threshold with 超过 and the policy's per-person allowance (" + THR + "); " + NODATE),
        U(["二", "(二)", "4"], [GH],
          note="「由镇规划建设和生态环境办公室召开联席会议对建房申请…进行综合评审」 — " + R2BY + " (the item names its own body, so (二)'s "
               "lead-in adds nothing, rule 4); " + NODATE),
        U(["二", "(二)", "5", "(2)"], ["规划建设和生态环境办公室"],
          note="「审批后，由规划建设和生态环境办公室合并发放农村宅基地批准文件和乡村建设规划许可证」 — " + R2BY + "; the name as printed here "
               "(without 镇); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "在批准之日起15日内，将审批情况分别上报区农业农村、规划资源行政管理部门备案", "when": "批准之日起15日内", "when_norm": None},
             {"what": "经验收合格的，镇人民政府在15日内，将相关验收情况分别报区农业农村、规划资源和建设行政管理部门备案", "when": "15日内",
              "when_norm": None}],
     notes=["counting (every numbered leaf, plans-dev EXPECTED.md): 一、 (一)–(三) 3 (the joint meeting's three member offices, each a "
            "numbered line); 二、 (一) 1、–4、 4 + (二) 1、(1)–(3) 3 + 2、(1)–(4) 4 + 3、(1)–(5) 5 + 4、 1 + 5、(1)(2) 2 + 6、 1 = 20 → **23**. "
            "三、–六、 have no numbered children (sections, plans-dev EXPECTED.md lines 21–25, though they hold work); 七、其他事项 (一) (the "
            "interpreting body) and (二) (entry into force, validity) are general provisions (" + GENART + ") and left out. Accepted: 20 "
            "(一、's member names are not tasks: members are not work — not settled by CONVENTIONS), 24 (that, with 三、–六、 as leaves), 25 "
            "(with 七、(一)(二)), 27 (23 with 三、–六、 as leaves), 29 (27 with 七、)",
            "samples: eleven of 23, from 二、(一) to 二、(二)5、; 三、–六、 are sections (their time limits are in the duties)",
            "units: " + R1HEAD + "; " + R2BY + "; " + CLOSED + "; " + R3,
            "not sampled for doubt: 一、(一)–(三) (member names; the paragraph 「其中：镇规划建设和生态环境办公室为牵头受理部门…并负责…流转」 "
            "stands after (三), so it is (三)'s text by position, but it speaks of the whole meeting), 二、(二)5、(1) (「由规划建设和生态环境办公室"
            "报分管领导审核」: 报 is a submission to a person), 二、(二)6、 (「镇人民政府…30日内完成审批」: 完成 not rule 2's; 「审批不通过的，…由村民"
            "委员会…退交申请人」 a case; whether (二)'s lead-in reaches 4、–6、 is not settled)",
            "dates: none checked (2022年8月16日 / 2027年12月31日 are entry into force and validity, 七、(二)); the time limits (30日内, 15日内, "
            "5个工作日内) count from events; no phases",
            "duties: the two filings with the district's 农业农村 / 规划资源 (建设) offices within 15 days (三、 and 六、); both are in sections"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x101_02_guangzhonglu-2026-guangling-erlu-zhan-zhengshou-teshu-shenghuo-kunnan-duixiang-buzhu-banfa.txt"
BZ = "上海市轨道交通20号线一期东段及东延伸工程广灵二路站工程建设项目房屋征收地块中特殊生活困难对象补助办法"
TZ = "关于印发《上海市轨道交通20号线工程一期东段及东延伸工程广灵二路站工程建设项目房屋征收地块中特殊生活困难对象补助办法》的通知"

plan(X02,
     title=f"{BZ}（{TZ}）",
     title_note="the 办法's own title after the cover (it prints 「20号线一期」 where the notice prints 「20号线工程一期」), or the notice "
                "title (the first line): either is accepted",
     doc_no="虹广街〔2026〕9号 (from the index; the stored text prints no number)",
     issuer="上海市虹口区人民政府广中路街道办事处",
     date="2026-07-27 (the cover is signed 2026年7月27日)",
     level="street office (Shanghai Hongkou, Guangzhonglu street), a one-off subsidy for hardship households of one expropriation site",
     source=shanghai_source("工程建设管理", "关于印发《上海市轨道交通20号线工程一期东段及东延伸工程广灵二路站工程建设项目房屋征收地块中特殊生活.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=ca3f1594-b338-4523-85df-5c7a51b6a911&siteId=0076", 1911),
     style="a cover 「各办（所）、广二居委会：」 signed and dated; the 办法's title and a preamble naming the site's addresses (5-7号, 46-48号, "
           "123-129号); 一、–四、 with （一）… and 1.… items; eligibility lists (二、) with reference dates in the headings "
           "（2026年5月6日）（2026年6月1日）; 三、 the procedure with a dated application window; 四、 a childless section with the amounts; "
           "「特此公示。」 at the end",
     leaf_tasks=3, count_alternatives=[4, 5, 6],  # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — 一、申报范围 (「须符合以下条件之一」) and 二、认定标准 (「以下人员属…特殊困难对象」, with its 「有下列情形之一的」 lists) are text: childless sections (was 14; [15, 3, 4]); accepted 4 (四、 a leaf), 5 (一、二、 as leaves), 6 (all four)
     leaf_tasks_by_section={"三、审核流程": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、申报范围", "二、认定标准", "四、补贴标准和发放"],
     samples=[
        # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — the samples of 一、 and 二、 (eligibility lists, now text) are left out
        P(["三", "（一）"], dl="2026年7月27日至2027年7月26日", dln="2027-07-26",
          note="「于2026年7月27日至2027年7月26日，由特殊困难对象本人自行向…受理窗口（属地居委）提出书面申请」: " + APPLICANT + " and a person ("
               + PERSON + "); the window receives (" + R3 + "); the window's end is the item's deadline"),
        P(["三", "（二）"],
          note="「受理窗口收到申请后进行初审，符合条件的上报街道办事处复审」: " + CLOSED + "; 街道办事处 receives the report (" + R3 + "); " + NODATE),
        P(["三", "（三）"], skip_deadline=True, not_targets=[(10, "个工作日")],
          note="「街道办事处审核认定后，…进行公示」: " + CLOSED + "; 「有异议的，由街道办事处在10个工作日内进行核查和公示」: " + CASE + "; "
               "10个工作日内 counts from an objection (" + REL + "), a time limit, not a target; 「公示期为15天」 (no comparison word, a "
               "period of the procedure) is not checked"),
     ],
     plan_targets=[{"number": 2, "unit": "万元"}, {"number": 1, "unit": "万元"}],
     phases=[], duties=[],
     notes=["counting (every numbered leaf; the plan names no unit by rule 2, so every numbered leaf is a task, plans-dev 08 / seed 003): "
            "一、 （一）–（三） 3; 二、 （一） 1.2. 2 + （二） 1.–5. 5 + （三） 1 = 8; 三、 （一）–（三） 3 → **14**. 四、补贴标准和发放 has no numbered "
            "children (a section). Accepted: 15 (四、 as a leaf), 3 and 4 (一、申报范围 and 二、认定标准 — 「以下人员属本办法所称的特殊困难对象」 — "
            "read as scope and definitions, round 30's general provisions, though the 办法 is not written in articles; not settled by "
            "CONVENTIONS)",
            "samples: eight of 14, across 一、–三、",
            "units: none by rule 2 — 受理窗口 and 街道办事处 act as plain subjects of 进行 / 审核认定 / 安排, receive a report, or act in a case "
            "(「有异议的，由街道办事处…」); " + CLOSED + "; " + CASE + "; " + APPLICANT,
            "not sampled for doubt: 二、（二）1. (「须由区级（含）以上医院开具证明」: the agent of 由 with a verb of doing, but the hospital issues "
            "the applicant's proof; 区级（含）以上 has no figure)",
            "plan-level targets: 四、 (a section) 「给予每人最高不超过2万元货币补贴」「每人最高不超过1万元」 (" + THR + ")",
            "dates: the application window 2026年7月27日至2027年7月26日 (三、（一）); 2026年5月6日 and 2026年6月1日 are reference dates of "
            "eligibility; the cover's 2026年7月27日; no phases; no duties (no report is asked for)",
            "the first of 广中路街道's two 特殊生活困难对象补助办法 in the index (one template); the other (同丰路, 虹广街〔2025〕10号) was passed "
            "over"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x101_03_luodian-2020-zhengfu-touzi-xiangmu-touzi-caiwu-jianli-guanli-banfa.txt"
JL = "投资（财务）监理单位"


def A(path, at_path=None, units=None, **kw):
    """A sample located by its article label and item markers (``article_in``)."""
    where = art(X03, at_path or path)
    if units is None:
        return P(path, **kw, **where)
    return U(path, units, **kw, **where)


plan(X03,
     title="罗店镇政府投资项目投资（财务）监理管理办法（试行）",
     title_note="the title (the first line, printed again under it; no notice)",
     doc_no="宝罗府〔2020〕200号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区罗店镇人民政府",
     date="2020-12-22 (printed at the end)",
     level="town (Shanghai Baoshan, Luodian town), rules for the third-party financial supervisors of the town's investment projects",
     source=shanghai_source("工程建设管理", "罗店镇政府投资项目投资（财务）监理管理办法（试行）.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=5e66f463-cc70-4b3e-8c2f-78d75e8b2d88&siteId=0078", 7909),
     style="第一章–第六章, 第一条–第二十七条 (an ideographic space after 第一条, two ASCII spaces after the others); items （一）… and 1、…; "
           "第四条 各部门职能分工; 第七–九条 open with 「投资（财务）监理单位负责的X工作主要包括：」; fee rates (90%, 110%, 0.07%, 10%), "
           "bands by fee (50万元以下 / 以上); a formula line 「赔偿费=…*（1-税金）*…」; three attachments listed, not stored",
     leaf_tasks=67, count_alternatives=[71, 66, 68],
     leaf_tasks_by_section={"第一章 总则": 5, "第二章": 35, "第三章": 9, "第四章": 4, "第五章": 14, "第六章": 0},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(["第四条", "（一）"], units=["镇财政所"],
          note="「镇财政所是…主管部门，主要负责投资（财务）监理单位的委派、监督、指导和考核等工作」 — " + R2SUBJ + "; " + NODATE),
        A(["第五条"], units=[JL],
          note="「投资（财务）监理单位负责政府投资项目…全过程的资金监控、财务管理、投资控制…」 — " + R2SUBJ + " (a kind of body, named as "
               "printed with its bracket); " + NODATE),
        A(["第六条"],
          note="「投资（财务）监理单位应严格遵守…自觉接受委托方的监督指导和考核，并承担相应的法律责任」: " + CLOSED + " (round 30 reads only "
               "「由A承担…责任」 as naming a doer); " + NODATE),
        A(["第七条", "（一）"], units=[JL],
          note=R4 + "; 「协助项目单位编制年度、季度、月度资金用款计划」: 项目单位 is the object of 协助 (" + PIVOT + "); the plans' rhythms "
               "are kinds of plan, not duties; " + NODATE),
        A(["第八条", "（四）"], units=[JL],
          note=R4 + "; 「每季度提交投资执行情况分析报告、每年提交年度完成投资分析报告」 are duties; 「向项目单位提供总结算审核报告」: 项目单位 "
               "receives (" + R3 + "); " + NODATE),
        A(["第九条", "（四）", "2"], at_path=["第九条", "（四）", "2、"], units=[JL],
          note=R4 + " (the article's lead-in reaches the items of （四）, whose heading names no body); 「施工单位上报并经工程监理单位认可的…"
               "报表」: " + NOUN + "; 「经项目单位认可后」 (" + R3 + "); 「每月」 describes the report read; " + NODATE),
        A(["第十条"],
          note="「投资（财务）监理单位协助项目单位对…实施客观公正的绩效评价」: " + PIVOT + "; 「及时提供给项目主管部门和镇财政所」 (" + R3 + "); "
               + NODATE),
        A(["第十一条", "（一）", "1"], at_path=["第十一条", "（一）", "1、"],
          note="「投资（财务）监理单位应定期向项目建设管理单位提交书面报告，并抄送项目主管部门、镇财政所等」: " + CLOSED + " and receivers ("
               + R3 + "); the headings 「投资（财务）监理单位的工作要求」 / 「…工作内容要求」 are titles, not clauses of rule 2 — not settled "
               "by CONVENTIONS, read by rule 2's closed list; the periodic report is a duty; " + NODATE),
        A(["第十三条", "（一）"], units=["上级单位"],
          note="「原则上由上级单位委派投资（财务）监理单位」 — " + R2BY + " (上级单位 a kind of body; 原则上 is no option like 可由); 「由镇财政"
               "委派的…项目」 (the lead-in) and 「授权由我镇委派…的项目除外」: " + NOUN + "; " + NODATE),
        S(["第十四条", "（一）"], ["镇财政所"], ["镇财政所", "项目主管单位"], lead_alternatives=[[]], **art(X03, ["第十四条", "（一）"]),
          note="「投资额未达到公开招标标准的项目由镇财政所会同项目主管单位共同商定，在区财政局确定的…准入名单中予以选择」 — " + R2WITH + "; "
               "区财政局 in a noun's description (" + NOUN + "); " + NODATE),
        A(["第十四条", "（二）", "1"], at_path=["第十四条", "（二）", "1、"], targets=[(50, "万元")],
          note="「投资（财务）监理费50万元以下的项目」 picks the projects (" + THR + "); 「由各科室组成评审小组」, 「评审小组由镇规保办、镇建管"
               "中心、镇财政所、镇项目职能科室成员组成」: " + MEMBERS + "; 「镇监察办公室参与过程监管」 (参与 without a lead: not rule 2's); "
               "镇长办公会 decides (" + R3 + "); " + NODATE),
        A(["第十六条"], targets=[(90, "%"), (110, "%"), (0.07, "%")],
          note="「按区级…收费标准的90%执行」「…的110%执行」「征收补偿费按单一费率0.07%计费」: the policy's fee rates (" + THR + ", rates as "
               "plans-next96 read 「0.35元/㎡/月」); no doer; " + NODATE),
        A(["第十九条"], targets=[(10, "%")],
          note="「项目总投资额调整超过10%」 a threshold that triggers a step (" + THR + "; 「调整幅度在10%以内」 is the same figure); 「支付申请由"
               "投资（财务）监理单位提出」: " + APPLICANT + "; 「经项目主管部门审核后，报镇财政所核拨」 (" + R3 + "); " + NODATE),
        A(["第二十一条"],
          note="「考核小组由镇财政所、项目主管部门、建设管理单位等共同组成（镇监察办公室参与过程监管）」: " + MEMBERS + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每季度提交投资执行情况分析报告", "when": "每季度", "when_norm": "quarterly"},
             {"what": "每年提交年度完成投资分析报告", "when": "每年", "when_norm": "yearly"},
             {"what": "投资（财务）监理单位应定期向项目建设管理单位提交书面报告，并抄送项目主管部门、镇财政所等", "when": "定期",
              "when_norm": None}],
     notes=["counting (every numbered leaf; an article without numbered children is a leaf): 第一–三条 3; 第四条 （一）–（三） 3; 第五、六条 2; "
            "第七条 （一）–（四） 4; 第八条 （一）–（六） 6; 第九条 （一）（二） 2 + （三） 1、–4、 4 + （四） 1、–8、 8 + （五） 1 = 15; 第十条 1; 第十一条 "
            "（一） 1、–6、 6 + （二） 1 = 7; 第十二条 1; 第十三条 （一）–（四） 4; 第十四条 （一） 1 + （二） 1、2、 2 = 3; 第十五–二十二条 8; 第二十三条 "
            "（一） 1、–3、 3 + （二） 2 + （三） 2 + （四） 2 + （五） 1 = 10; 第二十四–二十七条 4 → 71 by numbering. " + GENART + ": 第一条 "
            "(purpose and basis), 第二十五条 (scope: 「服务及货物…类项目可参照以上条款执行」), 第二十六条 (the interpreting body), 第二十七条 "
            "(entry into force) are left out → **67**. 第二条 opens with 「本办法所称…是指…」 but sets the rule 「投资额5万以上（含5万元）的政府投资"
            "项目均应实行投资（财务）监理制」: counted as a task. Accepted: 71 (with the general provisions), 66 (第二条 read as a definition), "
            "68 (第二十五条 read as a task)",
            "samples: fourteen of 67, from 第四条 to 第二十一条; none on a general-provision article (round 30) nor on 第二条",
            "units: " + R2SUBJ + "; " + R2BY + "; " + R2WITH + "; " + R4 + "; " + CLOSED + "; " + PIVOT + "; " + MEMBERS,
            "not sampled for doubt: 第四条（二） (「项目主管部门（含各职能科室及纳入管理的公司、村）负责…」: whether the bracket of 含 is part of "
            "the name), 第四条（三） (「建设管理单位（含镇规划建设和环境保护办公室（以下简称“规保办”、…及代建单位，下同）负责配合…」: unbalanced "
            "brackets; then 「由罗店镇人民政府作为委托方与投资（财务）监理单位签订协议」, round 30's 「由A与B签订」), 第九条（四）4、 (「会同项目单位"
            "办理工程总结算」 with the 会同's subject left out), 第二十四条 (「与审计结果相差±3%的」 with no comparison word of the round 30 "
            "list; the formula's 1)",
            "dates: none (「自颁布之日起实行，试行一年」 is entry into force; 2020年12月22日 the signature); no phases",
            "duties: the quarterly and yearly analysis reports (第八条（四）) and the periodic written reports (第十一条（一）1、); the fee "
            "rates and the 10% retentions (第十八条) are targets of their articles",
            "figures: 第二条's 5万元 threshold, 第十八条's 「分别为投资（财务）监理费用10%」 and 第二十四条's 「赔偿额最高为投资（财务）监理费用」 "
            "(no figure) are not sampled"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x101_04_luodian-2020-shirong-huanjing-changtaihua-guanli-kaohe-shishi-yijian.txt"

plan(X04,
     title="罗店镇市容环境常态化管理考核实施意见",
     title_note="the title (the first line, printed again under it; no notice)",
     doc_no="宝罗府〔2020〕6号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区罗店镇人民政府",
     date="2020-01-21 (printed at the end)",
     level="town (Shanghai Baoshan, Luodian town), an opinion on the monthly assessment of the villages' street cleaning",
     source=shanghai_source("市容绿化与景观", "罗店镇市容环境常态化管理考核实施意见.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=2be52ceb-3244-4406-8120-ce1327e34443&siteId=0078", 1829),
     style="一、–六、; 二、基本原则 （一）–（三） with a space after the bracket in two of them, a run-in heading and a paragraph; 三、工作范围 "
           "1、–7、 short noun lines (「——」 with 240L); 五、工作内容 1、–5、 with circled ①–⑤ norms inside 4、; 一、四、六、 childless; "
           "an 附件 list of three (not stored)",
     leaf_tasks=15, count_alternatives=[14, 16, 18, 8],
     leaf_tasks_by_section={"二、基本原则": 3, "三、工作范围": 7, "五、工作内容": 5},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "四、工作标准", "六、考核制度"],
     samples=[
        U(["二", "（一）"], ["各村", "市容办"], not_targets=[(480, "名")],
          note="「驻村保洁员今后由各村属地化管理，市容办负责业务指导及每月对各村的考核」 — " + R2BY + " and " + R2SUBJ + " (several clauses: "
               "both bodies in printed order); 「全镇480名驻村保洁员」 " + NOW + "; the monthly assessment is read as a duty; " + NODATE),
        P(["二", "（二）"],
          note="「成立罗店镇市容环境管理领导小组…明确领导小组成员单位职责分工」: " + MEMBERS + "; " + NODATE),
        U(["二", "（三）"], ["镇市容管理领导小组办公室"],
          note="「镇规保办每月对各村考核一次」: " + CLOSED + "; 「镇市容管理领导小组办公室不定期组织成员单位、镇人大代表对各村进行检查考核」 — "
               + R2ORG + "; 「一次」 is written in words; " + NODATE),
        P(["三", "2"], not_targets=[(240, "L")],
          note="「农村环卫设备维护保洁——240L垃圾桶、垃圾收集车」: 240L names a kind of bin (" + NORM + "); no body; " + NODATE),
        P(["三", "5"], note="「农村河道保洁」: a field of the work, no body; " + NODATE),
        U(["五", "1"], ["各村", "村委会"],
          note="「驻村保洁员今后由各村属地化管理，由村委会负责保洁人员的日常管理、考核招录」 — " + R2BY + " (two clauses, printed order); "
               "「工资表和考勤表由各村每月5日前交于镇规保办」 is a monthly submission (a duty; 镇规保办 receives, " + R3 + "), and 「镇规保办"
               "汇总后统一交于社保中心」 (" + CLOSED + "); " + RHYTHM),
        U(["五", "2"], ["市容办"], note="「市容办负责业务指导及每月对各村的考核（附件三）」 — " + R2SUBJ + "; " + NODATE),
        U(["五", "3"], ["市容办"],
          note="「市容办负责管理考核督查队员和机动人员」 — " + R2SUBJ + "; 「督查队员负责…」「机动人员负责…」: " + PERSON + "; " + NODATE),
        P(["五", "4"], targets=[(300, "人")], not_targets=[(30, "户")],
          note="「外来人口每超过300人多配置1名保洁员」 a threshold with 超过 that triggers a step (" + THR + "); 「①每30户/1名保洁员」 a staffing "
               "norm like 「原则上按500户配1名」 (" + NORM + "); 「每2.5KM/1名」 and 「额外各配置4名」 (norms, no comparison word) are not "
               "checked; 「经过三年调整」 is written in words; no subject for 制定; " + NODATE),
        P(["五", "5"], note="「驻村保洁员做好属地生活垃圾分类的指导、收集、驳运工作」: " + PERSON + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "工资表和考勤表由各村每月5日前交于镇规保办", "when": "每月5日前", "when_norm": "monthly"},
             {"what": "镇规保办每月对各村考核一次，考核成绩呈送镇主要领导", "when": "每月", "when_norm": "monthly"}],
     notes=["counting (every numbered leaf): 一、指导思想, 四、工作标准 and 六、考核制度 have no numbered children (sections). 二、 （一）–（三） 3; "
            "三、 1、–7、 7; 五、 1、–5、 5 → **15**. Accepted: 14 (二、（二） — it names no unit — read as an item of the 总体要求 kind, seeds "
            "EXPECTED.md lines 3–5), 16 (六、考核制度 as a leaf: 「市容办每月对各村进行年终考核」 and 「由镇政府设立专项考核资金」), 18 (一、四、六、 "
            "as leaves), 8 (三、工作范围's seven lines read as the scope of the work, not tasks; not settled by CONVENTIONS)",
            "samples: ten of 15, across 二、三、五、",
            "units: " + R2BY + "; " + R2SUBJ + "; " + R2ORG + "; " + CLOSED + "; " + PERSON + "; " + MEMBERS,
            "not sampled for doubt: 三、1、3、4、6、7、 (fields of the work like 三、5、), 六、 (a section: 「市容办每月对各村进行年终考核」 — 考核 "
            "without 负责; 「由镇政府设立专项考核资金」 — the agent of 由 with 设立 and a fund as object)",
            "dates: none (2020年1月21日 is the signature; 每月5日前 is a monthly rhythm); no phases",
            "duties: the villages' monthly wage and attendance forms (五、1、) and the planning office's monthly assessment reported to the "
            "town's leaders (二、（三））"])

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x101_01', ['二', '(二)', '2', '(3)'], 'comparison words',
        '「1人户的宅基地总面积控制在60平方米以内」: 60平方米 joined to 以内, a ceiling of the standard (as 「不超过140平方米」)', to_target=[(60, '平方米')])
# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

align68("x101_03", ["第十四条", "（二）", "1"], "「投资（财务）监理费50万元以下的项目，由…评审小组…」: a band inside a noun naming projects is a class, whatever step follows (round 66)",
        "Targets, turned: round 66 governs over round 48", to_not=[(50, "万元")])

write_collected(DIR)
