# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next310/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 60 (built by helper c310): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``); every answer
was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 74 rulings, written early" to
its end in full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next310/make_expected.py tests/data/plans-next310
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit below), typed from the "
          "answer; only the repository's wrapper was removed")
FM = ("(YAML front matter, the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the "
      "notice title)")
FLK = ("(the `# ` title line, the bulleted record lines 公布日期／施行日期／时效性／制定机关／国家法规库／来源 and the `---` rule, with "
       "the blank lines around them; the text starts at the law's own two-line title)")


def src(commit, path, url, chars, typed, wrapper=FM):
    return (f"{REPO} @ {commit}, docs/市政与基础设施/{path} ({url}) — {STORED} {wrapper}; the typed file with the wrapper "
            f"put back had {typed} characters against read_file's total_chars {chars}")


C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("outside 第X条 articles rule 2's list is closed (rounds 30, 44; Round 74's x292_04, x294_01, x296_01 四; Round 77's "
          "x302_04 五、（一）): 进行, 完成, 提交, 修改, 补录, 实行, 利用 name none, 应／要 before them changing nothing")
ARTICLE = ("in 第X条 articles a body standing as the subject of the article's verb of doing is a doer whatever the verb "
           "(round 44, decided; rounds 62 p52c, 66, 68; Round 74's x292_03 第十三条); options (可／可以／有权, round 49 p46b; Round "
           "77's x301_02 （十八）), reviews and decisions on a party's submission (Round 74's x292_02; Round 77's x299_01 第十四条, "
           "x302_05 第十一条) and sendings (Round 75's p57a-2; Round 77's x299_01 第十条) name none")
SENDING = ("a sending names no doer, in articles too (Round 75's p57a-2; Round 77's x299_01 第十条), and is an undated duty of "
           "the body the rules task where it sends its own results or what it meets in its work (Round 74's Duties)")
LIMIT = ("a time limit counted from an event with no comparison word (「自…之日起20个工作日内」) is the deadline rule: neither a "
         "target nor a deadline (rounds 33, 34, 54; round 65's x275_05; Round 77's x302_04 二、（三）)")
RULES_NODATE = ("standing rules: no item writes a date (the dates are the notice's, the rules' entry into force and expiry; "
                "「定期」「每年一季度」 are rhythms, 「N个工作日内」 limits from an event: rounds 33, 34, 54) → " + NODATE)

# ---------------------------------------------------------------------------------------------------------
X01 = "x310_01_shi-jiaotongwei-2024-gonglu-jianshe-shichang-xinyong-xinxi-guanli-tongzhi.txt"
N01 = "上海市交通委员会关于进一步加强公路建设市场信用信息管理工作的通知"
JG = "市交通建管中心"
JGF = "上海市交通建设工程管理中心"
STAGE = ("a stage of 二、工作内容 dates its item by its span's end where the item writes none (rounds 35, 36; round 44 decided; "
         "Round 77's x301_01 四/（三）)")

plan(X01,
     title=N01,
     title_note="the notice's title (line 1; printed again on line 3 as the page's heading)",
     doc_no="沪交建〔2024〕157号 (printed, line 5)",
     issuer="上海市交通委员会",
     date="2024-03-26",
     date_note="signed 2024年3月26日 (the index: 2024-04-02)",
     level="the city transport commission (Shanghai), a notice on checking the credit records of firms in the highway "
           "construction market and entering their past projects in the Ministry's system: the bodies in charge, three "
           "stages (firms' self-checks to June, entering records to 30 November, the centre's checks July–December), "
           "requirements",
     source=src(C49, N01 + ".md",
                "official page https://www.shanghai.gov.cn/zhengce/detail?businessId=bcc369ec632d4a5b8dd3684acd788f66&siteId=0010",
                1772, 1772),
     style="a notice: the title twice, the number, addressees 「各有关单位：」, a preamble, three headed points 一、–三、 each heading on "
           "its own line (一、 childless, three paragraphs; 二、 （一）–（三） stage headings with their spans in brackets, each over "
           "one paragraph; 三、 （一）（二） run-in items), 「特此通知。」, issuer, date; 二/（一）'s web address stands on a line of its own "
           "between two parts of one sentence; blank lines between all paragraphs",
     leaf_tasks=6, count_alternatives=[5],
     leaf_tasks_by_section={"一": 1, "二": 3, "三": 2},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["上海市交通委员会", JGF, "公路建设市场从业单位", "公路工程建设单位"],
          responsible_alternatives=[["上海市交通委员会", JG, "公路建设市场从业单位", "公路工程建设单位"],
                                    ["上海市交通委员会", JGF, "注册在本市的公路建设市场从业单位", "公路工程建设单位"],
                                    ["上海市交通委员会", JG, "注册在本市的公路建设市场从业单位", "公路工程建设单位"]],
          note="「一、实施主体 上海市交通委员会负责上海市公路建设市场信用管理工作。上海市交通建设工程管理中心（以下简称市交通建管中心）负责具体实施…。 注册在本市的"
               "公路建设市场从业单位（主要包括项目建设、设计、施工、监理）按照通知要求，负责对本单位信用和业绩信息进行管理和维护，… 公路工程建设单位应落实好项目建设主体"
               "责任，负责协助项目参建单位…录入并维护好相关业绩信息。」 — a childless point that gives work is a task (round 36; round 51 "
               "p47b; Round 77's x300_04 二), and four 负责／具体负责 clauses give four doers in printed order (rule 2); the name "
               "printed before 「（以下简称…）」 is kept, the short name accepted (Round 73; rounds 43, 48); a 的-phrase gives the name "
               "after the last 的 (rounds 32, 38; Round 77's x304_02 第十九条), the printed name accepted (RULING? 1); the bracket "
               "listing the kinds the firms stand for is dropped (round 37; Round 74's x297_01 五、13.); 项目参建单位, the object "
               "of 协助, is none (round 30); lead [] (no 牵头); " + NODATE),
        S(["二", "（一）"], [], [], responsible_alternatives=[["各公路建设市场从业单位"]], dl="至2024年6月底", dln="2024-06",
          not_targets=[(4, "项")],
          note="「（一）从业单位自查自纠阶段（至2024年6月底） 各公路建设市场从业单位应对照“全国公路建设市场监督管理系统”…中已录入…的…基本信息、资质信息、人员信息、"
               "业绩信息等四项内容进行全面自查自纠。…对信息填报不准确、虚假的，应向市交通建管中心提交书面情况说明和承诺书，经审核同意后，及时修改、删除有关信息。…」 — "
               + CLOSED + "; a firm's statement on its own records to the centre is a filing on itself (round 42; Round 74's "
               "x292_01), and 「经审核同意」 a review (rule 3) — " + NONE + "; [各公路建设市场从业单位] accepted (进行 read as a verb "
               "of doing); 「四项内容」 counts the kinds of record listed before it, with no comparison word (round 30's kinds; "
               "Round 77's x303_06 「四个场镇」) → not_target; " + STAGE + " → 2024-06 (「6月底」)"),
        S(["二", "（二）"], [], [], responsible_alternatives=[["从业企业"]], dl="最迟于2024年11月30日前", dln="2024-11-30",
          note="「（二）业绩信息录入阶段（至2024年11月30日） 从业企业在申请…资质所用…业绩等信息尚未录入部公路系统的，最迟于2024年11月30日前完成已竣（交）工的存量业绩"
               "信息的补录工作，并向市交通建管中心提交相应书面材料。…自2025年1月1日起，申请…资质所用…业绩…均以部公路系统中发布信息为准。」 — 完成 is outside rule 2 "
               "(round 30 names it), and the firms' papers on their own records a filing on itself (round 42) — " + NONE + "; "
               "[从业企业] accepted; the item's date is its deadline, the latest one printed for its work (round 34; EXPECTED.md), "
               "and 「自2025年1月1日起」 is a start of a rule, no deadline (Round 77's x300_02 decided) → 2024-11-30"),
        S(["二", "（三）"], [], [JG], lead_alternatives=[[JG]], responsible_alternatives=[[JGF]],
          dl="2024年7至12月（2024年下半年）", dln="2024-12",
          note="「（三）管理部门核查阶段（2024年7至12月） 2024年下半年，市交通建管中心组织开展本市从业单位信用信息核查工作，并将核查情况报部公路局。核查中如发现…弄虚作假"
               "等行为的，将依法依规严肃处理，…」 — 组织开展 (rule 2's 组织＋verb); the centre as printed here, its full name (一、) accepted "
               "(a body printed two ways is given as printed each time, rounds 63, 64); its report to the Ministry's bureau "
               "is a sending (its duty below); " + ONE_LEAD + "; " + STAGE + " → 2024-12 (the span 「2024年7至12月」, "
               "「2024年下半年」 alike; 「2025年1月1日后」 a case after it)"),
        S(["三", "（一）"], [], ["各从业单位"], lead_alternatives=[["各从业单位"]], responsible_alternatives=[[]],
          note="「（一）各从业单位应高度重视、加强领导，落实主体责任，按要求开展自查自纠、业绩登记等工作。安排专人负责部公路系统信用信息管理工作，…」 — 落实 is rule 2's own "
               "verb, whatever its object (round 66's p46d; 落实 with 主体责任 designates, round 46; Round 74's x297_01 五、12.), "
               "and 从业单位 is a kind before 单位, so 各从业单位 is a kind, not the bare call 各单位 (rounds 33, 43; Round 74's "
               "x293_01 5.1); 专人 is a person (round 30); a 工作要求 item naming a unit is a task (round 27); " + ONE_LEAD +
               "; none accepted (the item read as urging only, round 68; RULING? 2); " + NODATE),
        S(["三", "（二）"], [], [JG], lead_alternatives=[[JG]], responsible_alternatives=[[JGF]],
          note="「（二）市交通建管中心应严格贯彻落实相关要求，及时完成信息审核，适时开展相关工作培训，监督、指导有关单位做好信息录入和维护工作。如发现…情形，应依法进行处理，…」 — "
               "贯彻落实 holds rule 2's 落实 (round 66's p46d: whatever its object); the objects of 监督、指导 none (round 30); "
               + ONE_LEAD + "; the full name accepted; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "从业单位自查自纠阶段", "start": None, "start_alt": "2024-03", "end": "2024-06",
              "note": "二/（一）: a stage with work under it (a phase and a task, rounds 32, 33), 「至2024年6月底」 its end; no start "
                      "printed (the notice's month, 2024-03, accepted: the stage runs from the notice)"},
             {"name": "业绩信息录入阶段", "start": None, "start_alt": "2024-03", "end": "2024-11",
              "note": "二/（二）, as above, 「至2024年11月30日」"},
             {"name": "管理部门核查阶段", "start": "2024-07", "end": "2024-12",
              "note": "二/（三）, 「2024年7至12月」"}],
     duties=[{"what": "市交通建管中心组织开展本市从业单位信用信息核查工作，并将核查情况报部公路局",
              "when": "2024年下半年（核查后）", "when_norm": None,
              "note": "二/（三）: the centre sends the results of its own checks to the Ministry's highway bureau — a sending the "
                      "notice asks of a body it tasks, of its own results (Round 74's Duties): a duty, its time only the stage's "
                      "span (written undated; 2024-12 would be the stage's end, RULING? 3)"}],
     notes=["counting (leaf tasks; a notice of headed points, round 34's early ruling): 一、 1 (a childless point naming its "
            "doers, rounds 36, 51 p47b), 二、 （一）–（三） 3, 三、 （一）（二） 2 → **6**. The preamble, 「特此通知。」 and the signature "
            "no tasks. Accepted: 5 (一、 read as a section stating who is in charge, plans-dev EXPECTED.md lines 21–25).",
            "units: by rule 2 only (no labels); 市交通建管中心 printed in full once (一、) and short after; 各公路建设市场从业单位, "
            "各从业单位, 从业企业 as printed.",
            "dates: three stages with their spans (phases); 2024年11月30日 the only day an item prints for its work; "
            "2025年1月1日 a start and a case; figures: 4 项 not_target (二/（一）); 交办公路函〔2024〕100号 a document number."])

# ---------------------------------------------------------------------------------------------------------
X02 = "x310_02_shi-renda-changweihui-2000-jichu-tongxin-guanxian-guanli-jueding.txt"
T02 = "关于加强本市基础通信管线管理的决定"
I02 = "上海市人民代表大会常务委员会"
XX = "市信息化行政管理部门"
TOP_NODATE = ("a standing decision: no item writes a date (2000年8月1日 is its entry into force, 七、) → " + NODATE)

plan(X02,
     title=T02 + "（" + I02 + T02 + "）",
     title_note="the title line 「关于加强本市基础通信管线管理的决定」 under the issuer's line 「上海市人民代表大会常务委员会」: the issuer's line "
                "above a title is read with it, issuer in front, written in the pair form the scorer reads (Round 74's Titles; "
                "Round 78's p58e-1): either passes",
     doc_no="none printed (a local decision of the standing committee; 2000-07-13, amended 2010-09-17)",
     issuer=I02,
     date="2000-07-13",
     date_note="passed 2000年7月13日, amended 2010年9月17日 (the bracket under the title); in force 2000年8月1日 (七、)",
     level="the Shanghai people's congress standing committee, a decision on underground telecom ducts: one plan, one "
           "build and one management; the informatisation department's duties; the duct plan and its yearly building "
           "plan; sharing existing ducts; conflict rule; entry into force",
     source=src(C49, I02 + T02 + ".md",
                "record page https://flk.npc.gov.cn/detail?id=4028abcc612777930161285bb1e61b01, from the national laws database",
                1022, 1022, FLK),
     style="a law's title on two lines (issuer, then title), the bracket of its passing and amendment, one preamble line "
           "ending 「特作如下决定：」, then 一、–七、 each opening a line with no blank lines between (一、 and 四、 with a second "
           "paragraph line)",
     leaf_tasks=4, count_alternatives=[3, 5, 7],
     leaf_tasks_by_section={"二": 1, "三": 1, "四": 1, "五": 1},
     childless_top_level_sections=[],
     samples=[
        S(["二"], [], [XX], lead_alternatives=[[XX]],
          note="「二、市信息化行政管理部门主管本市国民经济和社会的信息化管理工作，负责本市基础通信管线规划的编制，并对本市基础通信管线的建设和运营实施监督管理。」 — 负责 and "
               "实施 (rule 2); 主管 the department's standing charge; " + ONE_LEAD + "; " + TOP_NODATE),
        S(["三"], [XX], [XX, "有关行政部门"], lead_alternatives=[[]], responsible_alternatives=[[XX]],
          note="「三、本市基础通信管线规划由市信息化行政管理部门会同有关行政部门根据…需求组织编制，经市规划管理部门综合平衡后，纳入本市城市总体规划。」 — 「由A会同B＋verb」 "
               "(rule 2): lead A (lead [] accepted), responsible A, B; 有关行政部门 is a kind of 部门, a doer with a rule-2 form "
               "(rounds 32, 33; Round 77's x304_01 4.2.1, turned), [A] alone accepted; 「经A综合平衡后」 is a review before the "
               "plan goes on, as 「经A同意／审查」 (rule 3; Round 77's x302_04 四、（二））: 市规划管理部门 none; " + TOP_NODATE),
        S(["四"], [XX], [XX, "有关部门"], lead_alternatives=[[]], responsible_alternatives=[[XX]],
          note="「四、本市基础通信管线建设的年度计划由市信息化行政管理部门会同有关部门制定，并组织协调，监督实施。 本市…年度计划的制定，应当按照…规划，综合平衡…需求，…相衔接。」 — "
               "「由A会同B＋verb」 (rule 2), as 三、; 有关部门 a kind (Round 77's x304_01 4.2.1); the second line, the rule the "
               "plan's making follows, is the same item's text (a paragraph under its number, rounds 32, 34); the yearly "
               "plan is a thing made, no rhythm of a report; " + TOP_NODATE),
        S(["五"], [], [],
          note="「五、要充分利用本市基础通信管线存量资源。新建、扩建或者改建基础通信管线，应当按照互利互惠的原则，与相关的存量基础通信管线实行互联互通。」 — a point "
               "that gives work by 要／应当 with no subject is a task naming no unit (round 65's x274_01; Round 77's x302_02 四、); "
               "the decision's points are not 第X条 articles: " + CLOSED + " — " + NONE + "; " + TOP_NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; a decision of numbered points 一、–七、, no 第X条): 一、 「本市对基础通信管线实行统一规划、统一建设和统一管理。」 "
            "with its definition 「本决定所称的基础通信管线，是指…」 is the regime's principle and its definition, general provisions "
            "(round 30: purpose, scope, definitions; round 68: a principle names no act) — no task; 二、–五、 1 each; 六、 (a "
            "conflict rule with other local laws) and 七、 (entry into force) general provisions (round 30; Round 78's (c)) → "
            "**4**. Accepted: 5 (一、's 实行 read as work, RULING? 4), 3 (五、 read as a principle), 7 (every point).",
            "units: rule 2 only; 市信息化行政管理部门 in 二、–四、; 有关行政部门／有关部门 kinds by 会同.",
            "dates: none for any item; the title's bracket (2000, 2010) records passing and amendment; figures: none."])

# ---------------------------------------------------------------------------------------------------------
X03 = "x310_03_shi-jiaotongwei-2022-daolu-yanghu-shichang-xinyong-xinxi-guanli-banfa.txt"
P03 = "上海市道路养护市场信用信息管理办法"
N03 = "上海市交通委员会关于印发《上海市道路养护市场信用信息管理办法》的通知"
YS = "市道路运输局"
YSF = "上海市道路运输管理局"
JTW = "市交通委"
QJ = "区交通行政管理部门"
CY = "养护从业单位"


def a03(label, *items):
    return art(X03, [label, *items])


A4 = "第四条（职责分工）"
FULL4 = ["上海市交通委员会", YSF, "上海市道路运输事业发展中心", "上海市交通委员会执法总队", JGF,
         "上海市交通建设工程安全质量监督站", QJ, "行业协会"]
SHORT4 = [JTW, YS, "市道运中心"] + FULL4[3:]

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 15) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪交行规〔2022〕7号 (printed, line 3)",
     issuer="上海市交通委员会",
     date="2022-07-20",
     date_note="the notice is dated 二○二二年七月二十日 (the index: 2022-07-25); in force 2022年9月1日 to 2027年8月31日 (第十九条)",
     level="the city transport commission (Shanghai), rules on the credit records of road-maintenance firms: the bodies' "
           "duties, what basic, good and bad records hold and who gathers and confirms them, grading, time to enter a "
           "record, publication and its periods, objections, repair, sharing, rewards and penalties, joint penalties, "
           "oversight",
     source=src(C2B, N03 + ".md", "official page https://www.shanghai.gov.cn/zhengce/detail/0010::039e6fb98970457e942bd892e6d1092a",
                3830, 3830),
     style="a notice (number, addressees, one sentence issuing the rules with their dates, 「特此通知。」, issuer, a date in Chinese "
           "numerals); the rules' title; nineteen articles 「第N条（heading）」 each on its own line over paragraphs (no chapters); "
           "第七、八、十一、十五、十六条 hold items 「（一）…」 (第十五条 two lists under 「激励措施包括：」「惩戒措施包括：」); blank lines "
           "between all paragraphs; the other version the index holds (two versions) was not read",
     leaf_tasks=13, count_alternatives=[10, 11, 12, 14],
     leaf_tasks_by_section={"第四条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第九条": 1, "第十条": 1, "第十一条": 1,
                            "第十二条": 1, "第十四条": 1, "第十六条": 3, "第十七条": 1},
     childless_top_level_sections=[],
     samples=[
        S([A4], [], FULL4, responsible_alternatives=[SHORT4, FULL4[:-1], SHORT4[:-1]],
          note="「上海市交通委员会（以下简称市交通委）负责统筹指导…。 上海市道路运输管理局（以下简称市道路运输局）负责…综合管理，… 上海市道路运输事业发展中心（以下简称"
               "市道运中心）负责采集并归集…，协助市道路运输局开展…。 上海市交通委员会执法总队负责… 上海市交通建设工程管理中心负责… 上海市交通建设工程安全质量监督站负责… "
               "区交通行政管理部门负责…日常管理工作。 行业协会应当配合做好信用信息报送和应用等工作。」 — a 职责分工 article: every body given "
               "work is a unit (rounds 35, 37; Round 77's x301_03), seven by 负责 (rule 2) and the trade associations by 配合 as "
               "their own main verb (round 46's p44g; Round 77's x300_07 四/3, turned), in printed order; the names printed "
               "before 「（以下简称…）」 kept, the short names accepted (Round 73; rounds 43, 48); the list without the "
               "associations accepted; lead [] (no 牵头); " + RULES_NODATE,
          **a03(A4)),
        S(["第六条（养护从业单位基本信息的内容及征集方式）"], [], [], responsible_alternatives=[[CY]],
          note="「养护从业单位基本信息包括单位名称，…等情况的信息。 养护从业单位基本信息优先通过政府部门间信息数据互联互通获取，养护从业单位应当及时补充、更新、维护本单位的基本"
               "信息。」 — what a record holds is its contents, text (Round 77's x302_05 第七条); a firm keeping its own record in "
               "the system up to date is a filing for itself, which names none in articles too (Round 74's x292_01 第三、五条: "
               "「a body filing its own papers is a filing for itself」); 获取 has no subject — " + NONE + "; [养护从业单位] "
               "accepted (the article's subject of 维护, round 44; RULING? 5); " + RULES_NODATE,
          **a03("第六条（养护从业单位基本信息的内容及征集方式）")),
        S(["第七条（良好行为信息的内容及征集方式）"], [], [YS], lead_alternatives=[[YS]], responsible_alternatives=[[]],
          note="「良好行为信息主要包括：（一）…（二）… 良好行为信息由养护从业单位直接通过信用信息管理系统申请填报，由市道路运输局组织市道运中心、区交通行政管理部门、行业协会确认。」 — "
               "the list's lines state what a record holds, text (Round 77's x302_05 第七条), the article one task by its last "
               "paragraph; the firm's 申请填报 is its own application (round 30: an applicant is no unit); 「由A组织B＋verb」 "
               "names A (rule 2's 组织＋verb; round 30: the pivot's objects none), work placed by a rule-2 form, not a review "
               "read by its own verb (Round 77's x299_03 第八条 governs: 「A负责审查」 names A); " + ONE_LEAD + "; none accepted "
               "(确认 of a firm's application read as the review rule, RULING? 6); " + RULES_NODATE,
          **a03("第七条（良好行为信息的内容及征集方式）")),
        S(["第八条（不良行为信息的内容及征集方式）"], [], ["管理部门", "业主单位"],
          note="「不良行为信息主要包括：（一）…（四）… 管理部门和业主单位应当定期通过信用信息管理系统归集与本部门、本单位职责相关的不良行为信息。不良行为信息优先通过政府部门间信息"
               "互通获得。」 — the list's lines are the record's contents (text, as 第七条); the closing paragraph's subjects of 归集 "
               "(" + ARTICLE + "), 和 joining two names (round 34); 管理部门 a kind, 业主单位 a party by role (rounds 34, 62 p52c); "
               "定期 a rhythm with no word of its rhythm, no deadline; lead [] (no 牵头); " + RULES_NODATE,
          **a03("第八条（不良行为信息的内容及征集方式）")),
        S(["第九条（信用评价信息）"], [], [YS, "业主单位"],
          note="「信用评价信息是指…评价结果。 市道路运输局定期调整发布养护市场信用信息评价标准。 业主单位负责评价养护从业单位在养护作业实施过程中的相关履约情况。」 — the "
               "definition is text; 调整发布 by the article's subject (" + ARTICLE + ") and 负责评价 (rule 2): two doers in order; "
               "the firms graded are the object; lead [] (no 牵头); " + RULES_NODATE,
          **a03("第九条（信用评价信息）")),
        S(["第十条（信用信息记录）"], [], [], responsible_alternatives=[["具有填报职责的单位"], ["单位"]],
          not_targets=[(20, "个工作日")],
          note="「道路养护市场信用信息实行动态更新。具有填报职责的单位应当自信用信息产生或者变更之日起20个工作日内完成填报。」 — a 的-phrase picking the bodies other "
               "articles task (第四、八条's gatherers) points back to them and adds no unit, as 「由被确定燃放焰火的單位」 (Round 77's "
               "x300_07 二) and 上述单位 (round 34) do; the bare head 单位 a call (Round 74's x293_01 5.1) — " + NONE + "; the "
               "printed phrase accepted (RULING? 7); " + LIMIT + " → 20 个工作日 not_target; " + RULES_NODATE,
          **a03("第十条（信用信息记录）")),
        S(["第十一条（信息发布及发布期限）"], [], [YS], lead_alternatives=[[YS]], targets=[(10, "个工作日")],
          note="「市道路运输局应当在其门户网站上公开发布…信用信息明细…。信用信息发布期限设定如下：（一）…长期；（二）其他信用信息发布期限一般为2年，… 市道路运输局每年定期汇总…，"
               "并于每年一季度生成前一年度…信用评价结果，经公示后向社会进行发布。公示期不少于10个工作日。」 — the subject of 发布／汇总／生成 (" + ARTICLE +
               "); " + ONE_LEAD + "; 不少于10个工作日 a floor the article sets (round 30's line; Round 77's x304_02 第十三条 不少于10日) → "
               "10 个工作日; 「一般为2年」, a publication period with no comparison word, left unchecked (RULING? 8); 「每年一季度」 a "
               "rhythm, no deadline (round 34); publishing to the public is no sending to a body (no duty); the items "
               "（一）（二） are the periods' terms, text; " + RULES_NODATE,
          **a03("第十一条（信息发布及发布期限）")),
        S(["第十二条（异议处理）"], [], [], responsible_alternatives=[[YS]],
          note="「养护从业单位或者利害关系人认为…存在错误、遗漏等情形…的，可以向市道路运输局提出异议，市道路运输局经审核确认后作出是否更正的决定。」 — the party's objection is "
               "an option (可以), and a decision on a party's submission names none, in articles too (Round 77's x302_05 第十一条 "
               "「作出是否更正的决定」, confirmed none), the steps of the decision work: a task naming no unit (Round 77's x302_05 "
               "第十二条) — " + NONE + "; [市道路运输局] accepted; " + RULES_NODATE,
          **a03("第十二条（异议处理）")),
        S(["第十四条（信息共享）"], [], [JTW], lead_alternatives=[[JTW]], responsible_alternatives=[[JTW, YS]],
          note="「市交通委应当建立本市道路养护市场与交通建设市场信用信息共享机制，逐步建立…信用信息互通机制，… 市道路运输局应当根据…归集要求，将本市道路养护市场内发生的行政"
               "处罚等信用信息推送至上海市公共信用信息服务平台。」 — the commission by the article's subject of 建立 (" + ARTICLE + "); "
               "the bureau's 推送 of records to the city's credit platform is a sending (" + SENDING + "), its duty below; "
               + ONE_LEAD + "; the pair accepted (推送 read as work, RULING? 9); " + RULES_NODATE,
          **a03("第十四条（信息共享）")),
        S(["第十六条（联合惩戒）", "（二）"], [], [],
          note="「（二）养护从业单位被处以交通行政处罚的，相关信息按规定推送至信用中国（上海），将依法限制其享受财政补助、税收优惠等政策扶持，加强社会性约束；」 under "
               "「建立…失信联合惩戒，形成…约束机制。主要包括：」 — a list's lines are its items, each read by its words (Round 77's "
               "x299_01 第六条), and a line naming an act with no 可 is owed (Round 77's x301_02 （十八））: 限制 and 推送 with no "
               "subject give work — a task naming no unit (round 65's x274_01); the firm punished is the object — " + NONE +
               "; " + RULES_NODATE,
          **a03("第十六条（联合惩戒）", "（二）")),
        S(["第十七条（过程监管）"], [], [YS, QJ],
          note="「养护从业单位以提供虚假材料…等方式影响信用评价结果的，由市道路运输局、区交通行政管理部门记入不良行为信息。 管理部门及其工作人员未按照要求开展…工作，造成不良后果的，"
               "将依法予以处理；…」 — the rules' own bodies taking the step after a breach are doers (Round 77's x299_04 第二十八条; "
               "round 70's x289_03), and an item whose whole work is the response to its case takes the agent of 由 (round 30's "
               "clarification; Round 78's p58c-2); the second paragraph's 处理 has no agent; lead [] (no 牵头); " + RULES_NODATE,
          **a03("第十七条（过程监管）")),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市道路运输局应当根据本市公共信用信息归集要求，将本市道路养护市场内发生的行政处罚等信用信息推送至上海市公共信用信息服务平台",
              "when": "按归集要求（未写时间）", "when_norm": None,
              "note": "第十四条: the bureau sends the penalty records it meets in its work to the city's credit platform — an "
                      "undated duty (Round 74's Duties; Round 77's x299_01 第十条)"}],
     notes=["counting (leaf tasks; the notice 「…现予印发」 is one plan with the rules it issues, round 49's x229_04): 第一、二、三条 "
            "(purpose, definition, scope), 第五条 (a principle, round 68), 第十九条 (entry into force and expiry) general "
            "provisions (round 30); 第十三条 (鼓励 only, rounds 30, 40; Round 74's x296_02 五、) and 第十五条 (鼓励 and two lists of "
            "rewards and penalties with no doer and no 要／应: the scheme's terms, Round 75's p57f-1/2) no tasks; 第十八条 "
            "「违反…的违法行为，将依法予以处理」 names no body and no act of the rules' bodies (round 49's x39_03) — no task; "
            "第四、六、七、八、九、十、十一、十二、十四、十七条 1 each (the lists in 第七、八、十一条 are contents and terms, text: Round "
            "77's x302_05 第七条) and 第十六条 （一）–（三） 3 (lines naming acts, Round 77's x299_01 第六条) → **13**. Accepted: 11 "
            "(第十六条 one task with its lead-in 「建立…」), 10 (第十六条 read as terms like 第十五条), 12 and 14 (第十八条 counted, with "
            "第十六条 as one or three).",
            "units: no labels; names as printed, the full name before 「（以下简称…）」 in 第四条 and the short names after "
            "(市交通委, 市道路运输局, 市道运中心); 养护从业单位 defined in 第二条.",
            "dates: none for any item (the notice's date, 2022年7月7日's meeting, the rules' dates of force); figures: 10 个工作日 "
            "target (第十一条), 20 个工作日 not_target (第十条), 2年 unchecked (第十一条), 第11次 a meeting's ordinal."])

# ---------------------------------------------------------------------------------------------------------
X04 = "x310_04_shi-jiaotongwei-2026-gonglu-gongcheng-shigong-fenbao-guanli-shishi-xize.txt"
P04 = "上海市公路工程施工分包管理实施细则"
N04 = "上海市交通委员会关于印发《上海市公路工程施工分包管理实施细则》的通知"
CB = "承包人"
FB = "分包人"
FA = "发包人"
JL = "监理人"
ZG = "主管部门"


def a04(label, *items):
    return art(X04, [label, *items])


plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 15) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪交行规〔2026〕8号 (printed, line 3)",
     issuer="上海市交通委员会",
     date="2026-06-30",
     date_note="the notice is dated 2026年6月30日 (the index the same); in force 2026年8月8日 to 2031年8月7日 (第二十四条)",
     level="the city transport commission (Shanghai), detailed rules on subcontracting in highway works: the bodies' "
           "duties, when and to whom work may be subcontracted, contracts and their filing, the parties' management, "
           "what is 转包 and illegal subcontracting, credit records, the authorities' powers",
     source=src(C2B, N04 + ".md", "official page https://www.shanghai.gov.cn/zhengce/detail/0010::af60ffaffc0942d29a51e64e91e943c6",
                5663, 5663),
     style="a notice (number, addressees, two sentences issuing the rules with their dates, 「请遵照执行。」, 「特此通知。」, issuer, "
           "date); the rules' title; six chapters 「第N章  …」 and 24 articles 「第N条  text」 (two spaces, text on the same line) "
           "with further paragraphs below; items 「（一）…」 in 第十、十五、十六、十七、二十二条; two stored breaks inside a word "
           "(第六条 「进\\n\\n场人员」, 第九条 「暂不\\n\\n增补」); an attachment list 1.–4. (model contracts and forms, not printed)",
     leaf_tasks=22, count_alternatives=[17, 21, 23, 24],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第九条": 1, "第十一条": 1,
                            "第十二条": 1, "第十三条": 1, "第十四条": 1, "第十五条": 1, "第十六条": 1, "第十八条": 1,
                            "第十九条": 1, "第二十条": 1, "第二十一条": 1, "第二十二条": 6},
     childless_top_level_sections=[],
     samples=[
        S(["第四条"], [], [CB, FB],
          note="「鼓励公路工程进行专业化施工分包，但必须依法进行。承包人、分包人可依法进行劳务合作，但禁止以劳务合作的名义进行施工分包。 承包人、分包人应当按照合同约定对劳务合作"
               "企业的劳务作业人员进行管理。劳务作业人员应当经培训后上岗，…」 — 鼓励 and 可 name no work (rounds 30, 40; round 49 p46b), "
               "but the second paragraph's 应当…进行管理 does: in articles the subject is a doer whatever the verb (" + ARTICLE +
               "); the workers are persons (round 30); lead [] (no 牵头); " + RULES_NODATE,
          **a04("第四条")),
        S(["第五条"], [], ["上海市交通委员会", "区交通部门", "相关机构"],
          responsible_alternatives=[["上海市交通委员会", "区交通部门", "经授权或者委托的相关机构"],
                                    ["市交通委", "区交通部门", "相关机构"],
                                    ["市交通委", "区交通部门", "经授权或者委托的相关机构"]],
          note="「上海市交通委员会（以下简称市交通委）负责本市公路工程施工分包活动的监督与管理工作。 区交通部门和经授权或者委托的相关机构按照职责负责本行政区域或者管理区域内…的"
               "监督与管理工作。 市交通委、区交通部门和经授权或者委托的相关机构以下统称主管部门。」 — 负责 twice (rule 2), 和 joining two "
               "names (round 34); a 的-phrase gives the name after the last 的 (rounds 32, 38; Round 77's x304_02 第十九条): "
               "相关机构, a kind (round 33), the printed phrase accepted (RULING? 1's form); the name before 「（以下简称…）」 kept, "
               "the short name accepted; the last line a definition (text); lead [] (no 牵头); " + RULES_NODATE,
          **a04("第五条")),
        S(["第六条"], [], [FA, JL],
          note="「发包人应当…加强对施工分包和劳务合作活动的管理，建立健全本项目分包管理制度，负责对分包的合同签订与履行…等活动监督检查，落实项目资金专户管理和信用管理，…及时制止…转包或者"
               "违法分包行为。 监理人应当…审查分包和劳务合作合同内容、分包人的条件，核实…进场人员身份，对…活动实施全过程监理。发现转包、违法分包的，监理人应当及时制止，并报告发包人和"
               "主管部门。」 — 负责, 落实 (rule 2) and the article's subjects (" + ARTICLE + "): the client; the supervisor by 实施"
               "全过程监理 (rule 2's 实施), its review of the contracts the review rule's but its supervision work; the parties "
               "whose breaches are stopped are objects; the supervisor's report of a breach it meets is a sending (its duty "
               "below); the stored break 「进\\n\\n场人员」 is the layout's, one paragraph (Round 74's x293_01 2.2 （6））; lead []; "
               + RULES_NODATE,
          **a04("第六条")),
        S(["第八条"], [], [FA], lead_alternatives=[[FA]], responsible_alternatives=[[]],
          note="「承包人按照合同约定或者经发包人书面同意，可以将…分包给满足相应条件的其他专业施工单位完成。其中，…分包人应当具备…资质条件；其他单位工程…的分包人应当具备的条件由发包人根据"
               "工程实际情况确定，… 发包人不得在招标文件中设置对分包的歧视性条款。」 — the contractor's 可以 an option and 经发包人书面同意 an "
               "approval (rule 3); the subcontractor's conditions a state, the terms (Round 74's x292_03 第十二条); 由A＋确定 "
               "(rule 2: the agent of 由 with a verb of doing) and the ban on the client (a ban's other face, Round 74's "
               "x296_01 三、（二））: " + ONE_LEAD + "; none accepted (the article read as terms and options); " + RULES_NODATE,
          **a04("第八条")),
        S(["第十二条"], [], [], responsible_alternatives=[[CB, FB], [CB, FB, JL, FA]],
          note="「承包人和分包人可参照《…》…依法签订分包合同或者劳务合作合同，并履行合同约定的义务。承包人、分包人等应当按照本市规定及时报送施工分包合同信息和劳务合作合同信息。 分包"
               "合同应当遵循…，满足…要求。分包合同应当约定… 承包人应当在分包工程实施前，将…报发包人书面同意。监理人、发包人应当及时认真审查分包合同内容。 承包人、分包人应当将…报监理人"
               "审查同意后报发包人。监理人应当及时认真审查劳务合作合同内容。 分包人和劳务合作企业…可…重新签订合同…」 — 可 reaches the 并 clause (round 49 "
               "p46b; Round 77's x299_02 第七条); the parties' filing of their contracts and sending them up for approval are "
               "sendings and steps of their own approval (" + SENDING + "; Round 77's x299_01 第十条, 「由A报B批准」 names none), "
               "the reviews by the supervisor and the client review the rule names none (Round 77's x299_01 第十四条); what a "
               "contract must hold is its contents (Round 77's x302_05 第七条) — " + NONE + "; a task still, its sendings "
               "owed (round 55's x248_01: an instruction to send is work); the parties accepted (RULING? 10); the "
               "information filing its duty below; " + RULES_NODATE,
          **a04("第十二条")),
        S(["第十三条"], [], [CB], lead_alternatives=[[CB]],
          note="「承包人应当建立健全相关施工分包和劳务合作管理制度和台账，对分包工程的质量、安全、进度、资金使用…等实施全过程管理，…对分包工程的实施向发包人负责，并承担赔偿责任。…」 — "
               "实施 (rule 2) and the article's subject (" + ARTICLE + "); 向发包人负责 answers to the client, who is no doer "
               "(rule 3: a body that only receives); " + ONE_LEAD + "; " + RULES_NODATE,
          **a04("第十三条")),
        S(["第十四条"], [], [FB], lead_alternatives=[[FB]], responsible_alternatives=[[FB, CB]],
          note="「分包人应当自行编制分包工程的施工方案，经承包人审查同意后报监理人书面同意。分包人应当…自行组织分包工程的施工，并…实施有效控制。 分包人对其分包的工程向承包人负责，…"
               "分包人应当配合承包人对分包工程的统一协调、管理。」 — drafting stands apart from its approval (Round 77's x299_01 第十三条), "
               "组织＋work and 实施 (rule 2); the contractor's 审查同意 a review (rule 3; Round 77's x299_01 第十四条); 「配合B对…"
               "的统一协调、管理」 has no verb of B's after it, only nouns, so B is the served body, no unit outside a work "
               "heading (Round 77's x300_07 四/3, turned; round 36's 「配合A实施…」 needs A's verb) — " + ONE_LEAD + "; the pair "
               "accepted (B read as 配合A实施, Round 74's x297_01 五、9.); " + RULES_NODATE,
          **a04("第十四条")),
        S(["第十五条"], [], [], not_targets=[(1, "人")],
          note="「禁止将承包的公路工程进行转包。 有下列情形之一的，属于转包：（一）…（十）… 分包人有前款第一项…规定行为的，也属于转包。」 — a ban is work (Round 74's "
               "x296_01 三、（二）: a ban's other face), and a list of cases under its lead-in is the text of the item that "
               "announces it, its lines no items (Round 78's (b); round 35) — a task naming no unit: " + NONE + "; "
               "（四）'s 「派驻的项目负责人和其他主要管理人员中一人及以上与承包人没有订立劳动合同」 describes a breach in a list of breaches "
               "to find, like the faults round 31 excepts (「连接软管长度超过2米」) → 1 人 not_target (RULING? 11); "
               + RULES_NODATE,
          **a04("第十五条")),
        S(["第十八条"], [], [ZG, FA], responsible_alternatives=[[FA]],
          note="「主管部门、发包人应当建立承包人、分包人和劳务合作企业信用管理台账，按照…要求定期报送信息记录，及时、客观、公正地对…进行信用评价。」 — the article's subjects "
               "(" + ARTICLE + "); 主管部门 is the name 第五条 gives the three authorities together (「以下统称主管部门」), a defined "
               "name kept as printed, as a short name is (Round 74's x293_02 「你局」: no name rewritten), not a pointer like "
               "上述单位 (RULING? 12: [发包人] accepted); the parties graded are objects; 定期报送 a sending (its duty below); lead "
               "[] (no 牵头); " + RULES_NODATE,
          **a04("第十八条")),
        S(["第二十条"], [], [], responsible_alternatives=[[CB, FB, FA]],
          note="「承包人、分包人应当依法纳税。承包人因为税收抵扣向发包人申请出具相关手续的，发包人应当予以办理。」 — paying tax names a payer, no doer (round 30: 「由A承担」 with "
               "a cost; Round 77's x300_03 四/(一) 发放), and the client's 予以办理 answers a party's request, a decision on a "
               "submission, none in articles too (Round 77's x302_05 第十一条) — " + NONE + "; the three accepted (round 44's any "
               "verb); " + RULES_NODATE,
          **a04("第二十条")),
        S(["第二十一条"], [], [CB, FA], responsible_alternatives=[[CB, FA, FB]],
          note="「分包人有权与承包人共同享有分包工程业绩。分包人业绩证明由承包人与发包人共同出具。 分包人以分包业绩证明承接工程的，发包人应当予以认可。… 劳务合作企业以分包人名义申请…"
               "的，承包人与发包人不得出具。」 — 由A与B＋出具 (rule 2: the agent of 由 with a verb of doing; round 30's 「由A与B签订」), "
               "the client's 认可 of a party's proof a decision on its submission (none); 有权 a right, an option (round 49 "
               "p46b); lead [] (no 牵头); the list with 分包人 (read as the doer of 享有) accepted; " + RULES_NODATE,
          **a04("第二十一条")),
        S(["第二十二条", "（一）"], [], [ZG], lead_alternatives=[[ZG]],
          note="「主管部门应当加强对…活动的监督管理，依法行使下列职责：（一）进入被检查单位和施工现场等…场所进行检查，要求被检查单位提供相关文件、资料等；」 — the lead-in "
               "「A…行使下列职责：」 gives its items A (rule 1 and round 56: a duty list's lead-in; Round 75's p57a-2 「A负有下列"
               "职责：」), the list's lines each an act, each an item (Round 77's x299_01 第六条); the units checked are objects; "
               + ONE_LEAD + "; " + RULES_NODATE,
          **a04("第二十二条", "（一）")),
        S(["第二十二条", "（三）"], [], [ZG], lead_alternatives=[[ZG]],
          note="「（三）责令被检查单位立即停止和纠正违反规定的行为；」 under 第二十二条's lead-in — as （一）; " + ONE_LEAD + "; " + RULES_NODATE,
          **a04("第二十二条", "（三）")),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现转包、违法分包的，监理人应当及时制止，并报告发包人和主管部门",
              "when": "发现转包、违法分包时（及时）", "when_norm": None,
              "note": "第六条: the supervisor reports a breach it meets in its work to the client and the authorities — an "
                      "undated duty (Round 74's Duties; round 65's x279_04 「报告公安、消防…」)"},
             {"what": "承包人、分包人等应当按照本市规定及时报送施工分包合同信息和劳务合作合同信息",
              "when": "及时", "when_norm": None,
              "note": "第十二条: the parties send their contracts' information as the city's rules ask — an undated duty (round "
                      "44; Round 74's Duties; plans-dev 01 and 04 「及时」 → none)"},
             {"what": "主管部门、发包人应当建立…信用管理台账，按照本市交通建设市场信用信息管理的要求定期报送信息记录",
              "when": "定期", "when_norm": None,
              "note": "第十八条: the authorities and the client send the credit records they keep — a duty with no rhythm word "
                      "(定期), undated (Round 79: a 每年 sending with no day stands as written; 定期 names no rhythm)"}],
     notes=["counting (leaf tasks; the notice 「…现予印发…请遵照执行」 is one plan with the rules it issues, round 49's x229_04): "
            "第一、二、三条 (purpose and basis, scope, definitions by reference) and 第二十四条 (force and expiry) general "
            "provisions (round 30); 第十条 (the conditions a subcontractor must meet, （一）–（四） states: terms, Round 74's "
            "x292_03 第十二条; Round 77's x299_01 第六条's state lines) and 第十七条 (what counts as subcontracting under the name "
            "of labour co-operation, a definition) no tasks; 第二十三条 (「…依照…予以处罚」 with no body, and a 参照 line) no task "
            "(round 49's x39_03); 第十五、十六条 one task each (bans with their lists of cases, Round 78's (b)); 第十一条 (a right "
            "and a ban on 「任何单位和个人」) a task naming no unit; 第四–九、十一–十六、十八–二十一条 1 each (16) and 第二十二条 "
            "（一）–（五） 5 with its closing paragraph 「被检查单位和有关人员应当配合，不得拒绝或者阻碍。」 1 (a paragraph after an article's "
            "items is its own task, Round 77's x299_02; round 54's s48b) → **22**. Accepted: 21 (the closing paragraph read "
            "as 第二十二条's text), 17 (第二十二条 one task), 23 (第二十三条 counted, or 第十条), 24 (both).",
            "units: no labels; the parties by role as printed (发包人, 承包人, 分包人, 监理人, 劳务合作企业: rounds 34, 62 p52c); "
            "主管部门 the rules' own collective name (第五条); persons (项目负责人, 劳务作业人员, 注册建造师) never units.",
            "dates: none for any item; figures: 1 人 not_target (第十五条（四）); 附件1–4 numbers; the rules' dates."])

# Round 60 (align81): answers aligned to tests/data/CONVENTIONS.md "Round 81 rulings, written early" (README, round 60)
from aligned_rulings import align81  # noqa: E402

align81("x310_01", None, "「（三）管理部门核查阶段（2024年7至12月） 2024年下半年，市交通建管中心组织开展…核查工作，并将核查情况报部公路局」 (二/（三）): a sending of the results of an item's own one-off work takes the item's date, its stage's end where the stage dates it (round 35; round 44 decided), as an item's 完成时限 dates its liaison duty (Round 76) and such a sending dates its item (round 49 p46c); Round 74's undated duties are sendings with no date in their items (RULING? 3)",
        "Duties, turned: Round 76's dated duty and round 49 p46c over the builder's undated duty; undated → 2024-12",
        redate=[("市交通建管中心组织开展本市从业单位信用信息核查工作", "2024-12")])
align81("x310_03", ["第十一条（信息发布及发布期限）"], "「其他信用信息发布期限一般为2年，期满后系统自动解除发布」 (第十一条): a duration a rule fixes for how long a state lasts — a publication period, a validity, a term — with no comparison word names a norm (round 30's line), as a processing limit is the deadline rule of the work it bounds (Round 77's x302_04 二、（三）) and a validity dates nothing (Round 77's x302_03); 一般 is no comparison word; 「不少于10个工作日」 beside it stays a floor, a target (RULING? 8)",
        "Targets, decided: no ruling reached a publication period; unchecked → 2 年 not_target",
        not_targets=[(2, "年")])

# Round 60 (rul82): answers aligned to tests/data/CONVENTIONS.md "Round 82 rulings" (README, round 60)
from aligned_rulings import align82  # noqa: E402

_NEW4 = FULL4[:3] + [YS] + FULL4[3:]
align82("x310_03", ["第四条（职责分工）"], "「上海市道路运输事业发展中心（以下简称市道运中心）负责…，协助市道路运输局开展信用信息确认…」 (第四条): under a 职责分工 heading the body whose work 协助 names is given work (round 35; round 36's 「配合A实施」; 协助 as 配合, round 47), and one body printed two ways in one article is given as printed each time (round 48's x221_01, x224_02; round 43)",
        "Units, turned: rounds 38, 43 and round 48's names as printed over the answer's list of each body once (p60c-3)",
        resp=_NEW4, resp_alt=[_NEW4[:-1], FULL4, SHORT4, FULL4[:-1], SHORT4[:-1]])

write_collected(DIR)
