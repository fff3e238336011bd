# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next85/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 29 (built by helper c84, with plans-next84 from one walk of the
index): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by
``locate`` of ../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md
(round 29's ruling on units written in sentences) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    python tests/data/plans-next85/make_expected.py tests/data/plans-next85
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
R1 = "CONVENTIONS.md rule 1 (the label decides; sentences in the item add nothing)"
R2 = "CONVENTIONS.md rule 2"
PLAIN = ("a body only as the plain subject of a verb that is not 牵头/负责/组织实施/实施/落实 and not after 由 (「X要…」, "
         "「X对…开展」): no unit by CONVENTIONS.md rules 2–3 (x77's 「plain subject: none」) — lead = [], responsible = []")
RESP = ("「（A、B…按职责分工负责）」 closes the item: the listed units are responsible, no lead named (lead = []); "
        "「按职责分工负责」 is a phrase, not part of the last unit's name (EXPECTED.md); " + R1)
FDG = "市发展改革委"
JX = "市经济信息化委"
SW = "市商务委"
JT = "市交通委"
GH = "市规划资源局"
YJ = "市应急局"
YZ = "市邮政管理局"
GHZ = "市港航中心"
QJ = "各区交通主管部门"

# ---------------------------------------------------------------------------------------------------------
X01 = "x85_01_shanghai-2025-wuliu-cangchu-sheshi-fuwu-xingdong-fangan.txt"

plan(X01,
     title="关于印发《优化提升本市物流仓储设施及服务行动方案（2025-2027年）》和《优化提升本市物流仓储设施及服务支持政策》的通知",
     title_note="the notice's title (the first line); the action plan's own title follows the cover on two lines",
     doc_no="沪发改产〔2025〕2号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会 and eight other city bodies (nine signatures, ending 上海海关)",
     date="2025-01-21 (the cover's date; the index gives 2025-01-24)",
     level="city commissions (Shanghai), an action plan issued with the city government's consent, with a policy attached",
     source=src("工程建设管理", "关于印发《优化提升本市物流仓储设施及服务行动方案（2025-2027年）》和《优化提升本市物流仓储设.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=19e0695080cd45c7832e858421a93bfa&siteId=0025", 10116),
     style="a cover (nine signature lines, one spaced 「上 海 市 应 急 管 理 局」) then the plan's title on two lines "
           "(「（2025—2027年）」 with an em dash) ; 一、 a paragraph of goals (12% and 40% by 2027); 二、–七、 headings over "
           "items 1.–25. NUMBERED ON across sections, each closing 「（A、B…按职责分工负责）」 (up to 12 units, groups 相关区政府 / "
           "各区 / 市相关部门, firms 上港集团, 中国铁路上海局集团) or 「（责任单位：X）」 (19., 22.); 「附件：」 line, then the attached "
           "policy (一、 paragraph, 二、–四、 over 1.–12. with the same unit brackets)",
     leaf_tasks=25, count_alternatives=[37],
     attachment_task_rows=0,
     childless_top_level_sections=["一、全面提升发展质效"],
     samples=[
        U(["二", "1"], [JT, GH, FDG, YJ, YZ, "相关区政府", "中国铁路上海局集团", "上港集团", "机场集团"],
          note=RESP + "; 「3个一级枢纽港区」 a count of named places (not checked); 「G1503“货运外环”」 a road's name; " + NODATE),
        U(["二", "4"], [FDG, GH, "市相关部门"],
          note=RESP + "; 「《上海市物流专项规划（2024-2035年）》」 and 「“十五五”规划」 are plans' names, not deadlines; " + NODATE),
        U(["三", "7"], [YZ, "市住房城乡建设管理委", SW, GH, "各区"], note=RESP + "; " + NODATE),
        U(["三", "8"], [SW, "市农业农村委"],
          note=RESP + "; 「浦东、青浦、松江、宝山等4家…中心批发市场」 a count of named markets (not checked); 「（2022-2035）」 "
               "in a plan's name; " + NODATE),
        U(["四", "11"], ["青浦区", "浦东新区", "临港新片区管委会", FDG], note=RESP + "; districts as units; " + NODATE),
        U(["五", "15"], [JX, SW, FDG, JT, YZ, YJ, "市数据局"], note=RESP + "; 「AI+」 a name; " + NODATE),
        U(["六", "19"], ["中国铁路上海局集团"], note="「（责任单位：中国铁路上海局集团）」 (a firm as the one unit); " + NODATE),
        U(["七", "22"], ["市物流发展工作专班成员单位"],
          note="「（责任单位：市物流发展工作专班成员单位）」: the label decides (" + R1 + "): the sentences 「市发展改革委负责工作"
               "召集…」, 「市经信、商务…按职责分工负责…」, 「市规划资源局负责…」 add nothing; the group name kept whole; " + NODATE),
        U(["七", "25"], [YJ, "市消防救援总队", JT, GH, SW, JX, FDG, YZ, "市住房城乡建设管理委", "市市场监管局",
                          "市粮食和物资储备局", "各区"],
          note=RESP + " (twelve units); the last item before the 附件 line; " + NODATE),
     ],
     plan_targets=[{"number": 12, "unit": "%"}, {"number": 40, "unit": "%"}],
     phases=[], duties=[],
     notes=["counting: 一、 is a paragraph of goals (a section); 二、–七、 hold 1.–25., each with its units → **25** (counted to "
            "the 「附件：」 line, EXPECTED.md). Accepted: 37 (the attached policy's 1.–12., which carry the same unit brackets, "
            "counted too)",
            "samples: nine of twenty-five, one or two from each of 二、–七、",
            "units: 「按职责分工负责」 lists with no lead rule: responsible = the list, lead = [] (a single unit accepted as "
            "lead); 「责任单位」 labels likewise",
            "dates: none in the items (years only in plans' names); the goals' 「到2027年」 is plan level",
            "figures: plan-level 12% (社会物流总费用与GDP比率 to fall below) and 40% (高标仓占比) by 2027; counts of named places "
            "(3个, 4家) not checked; 「层高超过8米」 and 「五年内」 (attachment) not checked",
            "no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x85_02_shanghai-2025-gangkou-jingying-qiye-hecha-tongzhi.txt"

plan(X02,
     title="关于开展2025年本市港口经营企业核查强化行业监管服务工作的通知",
     title_note="the notice's title (the first line; it is repeated over two lines below)",
     doc_no="沪交港〔2025〕22号 (from the index; the stored text prints no number)",
     issuer="上海市交通委员会",
     date="2025-01-14 (the text's date; the index gives 2025-01-15)",
     level="city commission (Shanghai), a notice organising the year's checks of port firms",
     source=src("工程建设管理", "关于开展2025年本市港口经营企业核查强化行业监管服务工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=a5d322ff11bf43609b79bd1f680f9023&siteId=0010", 2178),
     style="title, the title over two lines, 各相关单位, a window 「从即日起至2025年6月30日止」; 一、工作组织 one paragraph of "
           "「X负责…」/「X具体实施…」/「X负责组织实施…」; 二、核查范围 a paragraph; 三、核查内容 （一） 1.–5. （二） 1.–4. (what is "
           "checked); 四、核查流程 four stages （一）–（四）, each ending with its month in brackets 「（2025年1月）」; 五、工作要求 "
           "（一）–（五） with 「（三）（三）诚信管理」 (the number printed twice) and a dated report in （五）; 附件1 line, date, "
           "issuer",
     leaf_tasks=14, count_alternatives=[18, 9, 5],
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作组织", "二、核查范围"],
     samples=[
        P(["三", "（一）", "2"], dl="从即日起至2025年6月30日止", dln="2025-06-30",
          note="aligned round 37: the notice's 「从即日起至2025年6月30日止，对本市港口经营企业…开展年度集中核查」 is the campaign's span "
               "stated once for the whole action (CONVENTIONS.md round 37 rulings, Dates: a stage span for items with no date, not "
               "a validity 有效期); the item writes no date of its own; "
               "an item of what is checked; 「2005年6月1日前竣工」 is a date that defines old docks (not a deadline)"),
        P(["三", "（二）", "1"], dl="从即日起至2025年6月30日止", dln="2025-06-30",
          note="aligned round 37: the notice's 「从即日起至2025年6月30日止，对本市港口经营企业…开展年度集中核查」 is the campaign's span "
               "stated once for the whole action (CONVENTIONS.md round 37 rulings, Dates: a stage span for items with no date, not "
               "a validity 有效期); the item writes no date of its own; "
               "an item of what is checked (维护计划编制情况)"),
        P(["四", "（一）"], dl="（2025年1月）", dln="2025-01",
          note=PLAIN + " (「各区交通主管部门和市港航中心对照核查范围梳理制定…清单」); 「不少于辖区企业总量的三分之一」 a fraction in "
               "words (not checked); the stage's month closes the item: its deadline"),
        P(["四", "（二）"], dl="（2025年3月）", dln="2025-03",
          note="the firms' own step: 「纳入年度核查范围的港口经营企业应…报送至各区交通主管部门或市港航中心」 — 港口经营企业 are "
               "a role, not a named body, and the two bodies receive the forms (rule 3): lead = [], responsible = []; the "
               "submission is also a duty; the stage's month its deadline"),
        S(["四", "（三）"], [], [QJ, GHZ], dl="（2025年5月）", dln="2025-05",
          note="「各区交通主管部门和市港航中心对…企业组织开展现场查看」: the subject of 组织＋verb (" + R2 + ", as amended in "
               "6ba16bd: 组织开展 like 组织实施): responsible in the printed order, no lead (lead = []); the stage's month its "
               "deadline"),
        P(["四", "（四）"], dl="（2025年6月）", dln="2025-06",
          note="no body written (「针对…问题，督促企业及时整改」); 「整改期限不超过半年」 a limit in words; lead = [], responsible = []"),
        S(["五", "（五）"], [], [QJ, GHZ], dl="2025年6月25日前", dln="2025-06-25",
          note="「各区交通主管部门和市港航中心要认真落实年度核查基础信息的收集汇总工作」: the subject of 落实 (" + R2 + "): "
               "responsible in the printed order, no lead (lead = []); the report is also a duty; 「市交通委将对核查情况进行"
               "调度抽查」 oversight (rule 3)"),
     ],
     plan_targets=[],
     phases=[{"name": "制定清单", "start": None, "start_alt": "2025-01", "end": "2025-01"},
             {"name": "企业自查", "start": None, "start_alt": "2025-03", "end": "2025-03"},
             {"name": "实地核查", "start": None, "start_alt": "2025-05", "end": "2025-05"},
             {"name": "落实整改", "start": None, "start_alt": "2025-06", "end": "2025-06"}],
     duties=[{"what": "港口经营企业将电子版材料及企业年度核查自查表报送至各区交通主管部门或市港航中心", "when": "2025年3月",
              "when_norm": "2025-03"},
             {"what": "各区交通主管部门和市港航中心以书面及电子版形式上报2025年度核查工作总结", "when": "2025年6月25日前",
              "when_norm": "2025-06-25"}],
     notes=["counting: 一、 and 二、 are childless sections; 三、 （一） 1.–5. and （二） 1.–4. (9), 四、 （一）–（四） (4), 五、 "
            "（一）–（五） (5); two numbered items name units (四、（三）, 组织开展; 五、（五）, 落实: rule 2), so by round 27 五、工作要求's "
            "items that name none （（一）–（四）: 「要高度重视，周密组织」 — 组织 with no verb after it —, 「督促企业…」, 「应强化…」) are "
            "not tasks → 9 + 4 + 1 = **14**. Accepted: 18 (every numbered leaf), 9 (四、 and 五、 only: 三、 is a list of "
            "what is checked) and 5 (四、 and 五、（五）)",
            "samples: seven of fourteen (三、 two, 四、 four, 五、（五）)",
            "units: 一、工作组织's 「市交通委负责统筹指导…，市港航中心具体实施…，各区交通主管部门、临港新片区管委会负责组织实施…」 "
            "is a childless section (not a lead-in to 三、–五、: rule 4 concerns a paragraph that opens a section with items); "
            "in the items, plain subjects give no unit (rule 3), 落实 and 组织开展 do (rule 2, as amended in 6ba16bd)",
            "dates: the four stages' months (2025-01, -03, -05, -06) and 2025-06-25 (五、（五）); the window 「至2025年6月30日止」 "
            "(preamble) and 「2025年7月1日至2026年6月30日届满」 (二、, which licences are in scope) are no deadlines",
            "phases: 四、's four stages, each a single month (start = end; a start left empty accepted)",
            "duties: the firms' self-check forms (2025-03) and the districts' and 市港航中心's summaries (2025-06-25)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x85_03_shanghai-2024-fuwuye-chuangxin-fazhan-shifanqu-tongzhi.txt"

plan(X03,
     title="关于同意设立北外滩高端服务业集聚发展试验区等七个服务业创新发展示范区的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪发改服务〔2024〕14号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2024-11-25",
     level="city commission (Shanghai), a notice approving seven demonstration zones and giving work to zones, districts "
           "and itself",
     source=src("工程建设管理", "关于同意设立北外滩高端服务业集聚发展试验区等七个服务业创新发展示范区的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9a4196e49f43488d963f2166e4002288&siteId=0025", 1201),
     style="a short notice: preamble (citing 「到2025年创建25个以上」 from the 十四五 plan, ASCII brackets 「(以下简称“示范区”)」, "
           "「﹝2021﹞」 with small brackets); three top-level paragraphs 一、–三、 with no numbered child, one for the zones "
           "(各示范区), one for the districts (各有关区 组织实施; 各有关区发展改革委 report yearly by year end), one for 市发展改革委 "
           "(负责); 附件 line (not stored)",
     leaf_tasks=3, count_alternatives=[2],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一"],
          note=PLAIN + " (「各示范区按照实施方案…完成各项目标任务」, 「各示范区要坚持…」); 「按期」 no date; " + NODATE),
        S(["二"], [], ["各有关区"], lead_alternatives=[["各有关区"]], dl="每年…于年底前", skip_deadline=True,
          note="「各有关区要高度重视…，积极组织实施」: the subject of 组织实施 (" + R2 + "; a group of bodies, not a general call "
               "like 各地): responsible, lead = [] (accepted as lead); 「各有关区发展改革委…于年底前将总结报告报送市发展改革委」 "
               "is a yearly report (a duty; its subject of 报送 is no unit by rule 2): a recurring date, not a deadline (not "
               "checked)"),
        S(["三"], [], [FDG], lead_alternatives=[[FDG]],
          note="「市发展改革委负责对示范区的跟踪指导和统筹支持」: the subject of 负责 (" + R2 + "): responsible, lead = [] (accepted "
               "as lead); 「组织年度评估」 a yearly rhythm of its own work, not a report; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各有关区发展改革委对示范区建设和发展情况进行总结，将总结报告报送市发展改革委", "when": "每年…于年底前",
              "when_norm": "annually (by year end)"}],
     notes=["counting: 一、–三、 are the notice's only items, each a complete instruction (plans-dev 03) → **3**. Accepted: 2 "
            "(一、, whose bodies are only plain subjects, read as a general statement)",
            "samples: all three",
            "units: rule 2 for 二、 (组织实施) and 三、 (负责); 一、 none (plain subjects)",
            "dates: none but the yearly report's 「年底前」",
            "figures: 「25个以上」 (preamble) is the 十四五 plan's target quoted, 「七个示范区」 a count in words: not checked; "
            "「沪府办发﹝2021﹞7号」 a document number"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x85_04_shanghai-2024-laojiu-yingyun-chuanbo-baofei-gengxin-butie-fangan.txt"

plan(X04,
     title="上海市老旧营运船舶报废更新补贴实施方案（市交通委 市发展改革委关于印发《上海市老旧营运船舶报废更新补贴实施方案》的通知）",
     title_note="the scheme's own title (after the cover's date) or the notice title: either is accepted",
     doc_no="沪交港〔2024〕712号 (printed in the text)",
     issuer="市交通委 and 市发展改革委 (two signatures)",
     date="2024-10-09 (the cover's date; the index gives 2024-10-21)",
     level="city commissions (Shanghai), a subsidy scheme's implementation plan",
     source=src("工程建设管理", "市交通委 市发展改革委关于印发《上海市老旧营运船舶报废更新补贴实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=7b7cbe9ba99941a6b27393f29ba372ac&siteId=0010", 3328),
     style="title twice and the number; a cover; the scheme: 一、总体安排 (a window 2024-08-02 to 2028-12-31); 二、协调机制与任务"
           "分工 with FIVE UNNUMBERED unit-colon paragraphs 「市交通委：…」 「市发展改革委：…」 「市财政局：…」 「上海海事局：…」 "
           "「中国船级社上海分社：…」; 三、 a paragraph; 四、实施程序 （一）受理 (lead-in + 1．–3． with fullwidth periods) （二）审核 "
           "（three paragraphs: 会同, 由X盖章, 10个工作日内) （三）资金发放; 五、有关要求 （一）–（五） (5% and 200万元 in （二）)",
     leaf_tasks=6, count_alternatives=[10, 11, 15],
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体安排", "二、协调机制与任务分工", "三、补贴范围和标准"],
     samples=[
        P(["四", "（一）", "1"],
          note="what the receiving office collects; the lead-in 「市港航中心受理…申请，收取…材料」 is a plain subject (rule 3, "
               "and rule 4 gives no unit from a clause that names none by rule 2); " + NODATE),
        P(["四", "（一）", "3"], note="the third kind of application; no body; " + NODATE),
        S(["四", "（二）"], ["市发展改革委"], ["市发展改革委", "市交通委"], lead_alternatives=[[]], dl="于受理申请后10个工作日内",
          skip_deadline=True,
          note="「市发展改革委会同市交通委组织审核…」: 会同 (" + R2 + ": lead A, lead [] accepted; responsible A, B); 「《船舶拆解"
               "完工报告书》统一由市交通委盖章确认」 (由 + verb) and 「市交通委组织人员和船舶所有人到拆船现场实施监督」 (实施) add 市交通委 (already there; 船舶所有人 a role); 「市交通委组织海事、船检、水运等相关"
               "机构或部门…完成审核」 a plain subject of 组织; 「登记在上海海事局的船舶，须会同直属海事管理机构…」 a case clause "
               "(rule 3); 「于受理申请后10个工作日内」 a time limit counted from each application: no date (not checked)"),
        P(["四", "（三）"],
          note=PLAIN + " (「市交通委、市发展改革委对…申请表盖章确认」); " + NODATE),
        S(["五", "（二）"], ["市交通委"], ["市交通委", "市发展改革委"], targets=[(5, "%"), (200, "万元")], lead_alternatives=[[]],
          note="「市交通委会同市发展改革委密切跟踪…，组织开展抽查」: 会同 (" + R2 + "); 「抽查比例不低于5%」 a floor and 「补贴"
               "资金200万元及以上的补贴项目」 a threshold written in the item (both targets by round 25's rule); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市交通委编制项目清单报送市发展改革委", "when": "受理申请后10个工作日内完成审核后", "when_norm": None},
             {"what": "市发展改革委将正式申请文件报送国家发展改革委、交通运输部", "when": "报市政府同意后", "when_norm": None}],
     notes=["counting: 一、–三、 are sections (二、's five unit-colon paragraphs are unnumbered: paragraphs of a section, not "
            "items); 四、 （一） 1．–3． (3), （二） (1), （三） (1); 五、有关要求 （一）–（五）: only （二） names units (会同), the others "
            "(「各单位要…」 a general call, 「引导航运企业…」, 「市港航中心应当建立…」 a plain subject, 「以…通知为准」) are 工作要求 "
            "without units, not tasks (round 27) → **6**. Accepted: 10 (every numbered leaf), 11 (二、 as one task: it names "
            "units) and 15 (二、's five unit paragraphs read as items)",
            "samples: five of six (the sixth, 四、（一）2．, is like 1． and 3．)",
            "units: 四、（二） and 五、（二） by 会同 (rule 2); plain subjects and a case clause give none (rule 3)",
            "dates: the programme window 2024-08-02 – 2028-12-31 (一、) has no named phase; 「10个工作日内」 a relative limit",
            "figures: 5% and 200万元 (五、（二）) the targets sampled; 「一船一档」 in words",
            "duties: the project list sent to 市发展改革委 and the bundled application sent to the ministries (relative "
            "timing, no date)"])

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x85_02', None, 'a regulated party\'s filing is no duty', '「纳入年度核查范围的港口经营企业…将电子版材料及企业年度核查自查表报送至各区交通主管部门或市港航中心」: the firms under inspection file with the regulators', drop_duties=['港口经营企业'])
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x85_04', S32(['二'], ['市发展改革委'], ['市交通委', '市港航中心', '市发展改革委', '市财政局', '上海海事局', '中国船级社上海分社'],
          lead_alternatives=[[]], note='the lead-in names the mechanism\'s members (rule 3: not units by that); then 「市交通委：…委属市港航中心负责组织企业申报…」「市发展改革委：会同市交通委组织审核…」 (A会同B: lead A, [] accepted) 「市财政局：负责资金拨付」「上海海事局：负责…」「中国船级社上海分社：负责…」; no date'),
          'a childless section of unit paragraphs', '「二、协调机制与任务分工」 has no numbered children; after its lead-in, five unnumbered unit-colon paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order; the reading of the paragraphs as five tasks (15) is no longer accepted',
          '二、协调机制与任务分工', leaf_tasks=7, count_alternatives=[11])
# aligned round 36 (p36a): CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too (README, "Round 36: answers aligned (p36a)")
from expected_tools import _sample32  # noqa: E402

_p36, _ = _sample32('x85_02_shanghai', None)
for _sec in ['一、工作组织']:
    _p36["childless_top_level_sections"].remove(_sec)
_p36.setdefault("notes", []).append(
    "aligned round 36: CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too — 一、工作组织: 「市交通委负责统筹指导…，市港航中心具体实施…，各区交通主管部门、临港新片区管委会负责组织实施…」 (负责／实施, rule 2) — a task → 14 + 1 = 15; 19 (every numbered leaf and 一、) with 18, 9 and 5 stay accepted (leaf_tasks " + str(_p36["leaf_tasks"]) + " → 15; count_alternatives "
    + str(_p36.get("count_alternatives", [])) + " → [19, 18, 9, 5])")
_p36["leaf_tasks"], _p36["count_alternatives"] = 15, [19, 18, 9, 5]

write_collected(DIR)
