# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next17/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 16 (built by corpusV): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py); every answer
was written here by reading the texts. Neither the parser nor the scorer was run on this set by its builder: the lead
scores it first.

    python tests/data/plans-next17/make_expected.py tests/data/plans-next17
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    SHANGHAI_COMMIT,
    SHANGHAI_REPO,
    STORED_WHOLE,
    plan,
    prose_and_listed,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO, C49, WHOLE, PROSE = SHANGHAI_REPO, SHANGHAI_COMMIT, STORED_WHOLE, PROSE_ACTORS
HEAD = ("the item's heading names the unit it gives work to (「N.X是…。负责…」 or the unit alone as the heading): a "
        "responsible list, no lead named")
LABEL = ("units in a closing 「（责任单位：A、B、…）」 (or 「（责任部门：…）」) of the item: a responsible list, no lead named "
         "(no first-listed rule is stated); split on 、")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/市政与基础设施/{path} (official page {url}) — {WHOLE} ({chars})"


P, U = prose_and_listed(PROSE)


# ---------------------------------------------------------------------------------------------------------
X01 = "x17_01_baoshan-shuiwu-2024-anquan-shengchan-zhiben-gongjian-sannian-xingdong-shishi-fangan.txt"

plan(X01,
     title="宝山区水务行业安全生产治本攻坚三年行动实施方案（2024—2026年）（关于印发宝山区水务行业安全生产治本攻坚三年行动实施方案（2024—2026年）的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="宝水务〔2024〕11号 (from the index; the stored text prints no number)", issuer="上海市宝山区水务局",
     date="2024-04-01", level="district bureau (Shanghai Baoshan, 区水务局)",
     source=src("关于印发宝山区水务行业安全生产治本攻坚三年行动实施方案（2024—2026年）的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e280a66f-9a2c-4129-aea7-577dd947b6cd&siteId=0078", 7943),
     style="district bureau's three-year plan: cover (to 局属基层各单位、机关各科室), 一、总体要求 （一）指导思想 （二）主要目标 "
           "(dated goals 2024/2025/2026年底前); 二、任务分工 （一）–（三） (局安委会, 局安委办, 成员单位 as sentence subjects); "
           "三、主要任务 （一）–（十） 「开展…行动。」 heading lines with items 1.–25. numbered on across them; 四、保障措施 "
           "（一）–（六） 「heading。text」; a closing unnumbered paragraph with a monthly report, a one-off submission and a "
           "contact person; year-end deadlines inside items",
     leaf_tasks=36, count_alternatives=[34, 31, 28, 25], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["二", "（一）"],
          note="「局安委会负责制定…局安委办负责指导成员单位…」: the units are subjects of sentences in an item of 任务分工, not "
               "a label (the set's convention, as plans-next16's 「由X编制」); " + NODATE),
        P(["二", "（三）"], note="局安委会成员单位 act in a sentence; " + NODATE),
        P(["三", "（一）", "1"],
          note="「每季度至少召开1次会议」 is a frequency (not checked); 「报局安委办备案」 has no time; 局党组, 局属基层各单位 in "
               "sentences; " + NODATE),
        P(["三", "（一）", "3"], targets=[("2-3", "家")], dl="2026年底", dln="2026-12",
          other_deadlines=[{"deadline": "2024年前", "deadline_norm": "2024"}],
          note="「2024年前，…培树2-3家典型示范企业；2026年底，局属基层各单位要总结好经验做法」: two dated steps, the last "
               "taken as the item's deadline; 2-3家 is a range target"),
        P(["三", "（二）", "5"], dl="2024 年", dln="2024",
          note="「2024 年，配合全区完成一轮城区安全风险评估」 (a space before 年): the year of the item's one dated step"),
        P(["三", "（四）", "9"], dl="2024年底前", dln="2024-12", note="局属基层各单位 act in a sentence"),
        P(["三", "（五）", "11"],
          note="「每季度…至少开展1次检查（建设领域每月至少1次）」 are frequencies (not checked); the heading （五） has no "
               "closing 。; " + NODATE),
        P(["三", "（七）", "15"], dl="2025年底前", dln="2025-12",
          note="「2025年底前配合对接…“互联网+特种作业人员综合管理服务”系统」"),
        P(["三", "（七）", "16"], dl="2024年底前", dln="2024-12"),
        P(["四", "（六）"], note="「每季度组织治本攻坚工作调度」 is a rhythm (see duties); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "局属基层各单位向局安委办报送工作开展情况", "when": "自2024年4月起，每月28日前", "when_norm": None},
             {"what": "局属基层各单位向局安委办上报本单位安全生产治本攻坚三年行动子方案", "when": "4月15日前", "when_norm": "2024-04-15"},
             {"what": "组织治本攻坚工作调度，通报工作进展", "when": "每季度", "when_norm": None}],
     notes=["counting by the rule: 一、 （一）（二） 2 (leaves: no numbered children) + 二、 （一）–（三） 3 + 三、 1.–25. 25 "
            "(numbered on across （一）–（十）, which are headings) + 四、 （一）–（六） 6 = 36; accepted: 34 (without 一、), "
            "31 (三、四、), 28 (二、三、), 25 (三、 only)",
            "一、（二）主要目标's 2024/2025/2026年底前 are the plan's goals (not sampled, no phases: they are not stages of work)",
            "the closing paragraph after 四、（六） (报送, 子方案, 联系人：段敏伟，电话：56730752) is no task; the telephone number "
            "and the personal name are not targets or units",
            "「78条」, 「83条」, 「十大行动」, 「五带头」, 「12345」 are names, not targets; 四、（三）–（五） begin 「属基层各单位」 "
            "(a character dropped in the source, kept)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x17_02_pudong-2021-nongcun-gonglu-guanli-yanghu-tizhi-gaige-youguan-shixiang-tongzhi.txt"

plan(X02,
     title="浦东新区人民政府办公室关于浦东新区贯彻落实《上海市深化农村公路管理养护体制改革实施方案》有关事项的通知",
     title_note="a task notice: the notice title is the only title",
     doc_no="浦府办〔2021〕20号 (from the index; the stored text prints no number)", issuer="上海市浦东新区人民政府办公室",
     date="2021-07-29", level="district (Shanghai Pudong, 区政府办公室)",
     source=src("浦东新区人民政府办公室关于浦东新区贯彻落实《上海市深化农村公路管理养护体制改革实施方案》有关事项的通.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=007034562&siteId=0070", 1813),
     style="short district task notice (no separate plan): 一、 two unnumbered paragraphs; 二、 ASCII 「(一)」–「(三)」 funding "
           "rules with shares (50%) and 「自2022年起」; 三、 「(一)heading。text」 with units as sentence subjects; 四、 one "
           "paragraph with three document numbers; signed with a date only (the index dates it 2021-08-30)",
     leaf_tasks=7, count_alternatives=[5, 6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一"], note="一、落实主体责任 has no numbered children and gives work (区行业主管部门 会同…; 各镇政府 配合…): a task "
                       "here (the rule's sections are 工作目标 and the like); both actors in sentences; " + NODATE),
        P(["二", "(一)"], note="funding rule; " + NODATE),
        P(["二", "(二)"], targets=[(50, "%")],
          note="「…和区财政各安排50%」, 「共给予50%补贴，镇财政按50%配套到位」: the shares the item sets, read as its target "
               "(50% three times); " + NODATE),
        P(["二", "(三)"],
          note="「自2022年起，…全部纳入一般公共财政预算」: a start (from 2022 on), not a deadline; " + NODATE),
        P(["三", "(一)"], note="区建交委, 区城管执法局 act in sentences (「区建交委定期委托…」); " + NODATE),
        P(["三", "(二)"], note="区建交委, 区财政局, 区审计局 act in sentences; " + NODATE),
        P(["四"],
          note="「…由临港新片区管委会落实」 in a sentence; 沪发改改革〔2020〕1号, 沪财预〔2020〕78号, 浦府办〔2021〕11号 are "
               "document numbers, not targets; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 1 (no numbered children, a task) + 二、 (一)–(三) 3 + 三、 (一)(二) 2 + 四、 1 = 7; accepted: 6 "
            "(四、其他事项 read as a closing rule), 5 (二、三、 only)",
            "the closing 「本通知中未列出的…遵照《方案》执行。」 and the date are no task",
            "no unit label, no dated deadline, no reporting duty anywhere"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x17_03_pudong-2021-nongcun-gonglu-luzhangzhi-shishi-fangan.txt"
OFFICES = "区级路长办公室: the heading 「1. 区级路长办公室」 is the office the item sets up and gives its work to (「区级路长办公室负责全面协调…」)"

plan(X03,
     title="浦东新区农村公路“路长制”实施方案（浦东新区人民政府办公室关于印发《浦东新区农村公路“路长制”实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="浦府办〔2021〕29号 (from the index; the stored text prints no number)", issuer="上海市浦东新区人民政府办公室",
     date="2021-11-05", level="district (Shanghai Pudong, 区政府办公室)",
     source=src("浦东新区人民政府办公室关于印发《浦东新区农村公路“路长制”实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=007033068&siteId=0070", 4882),
     style="district scheme for a road-chief system: cover (addressees end 「各镇政府 ：」 with a space); 一、工作目标; "
           "二、组织体系 ASCII 「(一)」 with 「1. 」 headings alone on their line (posts and offices) and the text below; "
           "三、工作职责 (一)–(三) hold unnumbered 「X：…」 paragraphs (posts, offices), (四)工作流程 1.–4. with (1)–(4) under "
           "2.; 四、主要内容 (一)–(九) and 五、保障措施 (一)–(五) heading lines with one paragraph; an absent 附件 (清单)",
     leaf_tasks=31, count_alternatives=[28, 24, 14, 9], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        P(["二", "(一)", "2"],
          note="「2. 区级路长」 is a post (a person: 区建交委主要领导), not a unit; 区建交委 in a sentence; " + NODATE),
        U(["二", "(二)", "1"], ["区级路长办公室"],
          note=HEAD + "; " + OFFICES + "; its member units (区发改委、财政局、…城运中心) are listed in a sentence, not "
               "given the item; " + NODATE),
        P(["二", "(三)"], note="three paragraphs; 区道路运输事业发展中心, 各镇农村公路管理站 in sentences; " + NODATE),
        U(["三", "(二)"], ["区级路长办公室", "镇级路长办公室"],
          note="the item is two unnumbered 「区级路长办公室：…」 / 「镇级路长办公室：…」 paragraphs: each office, before "
               "the colon, is given the duties after it (as plans-dev 12's 「（一）城运中心：负责…」, the items here "
               "unnumbered); no lead; " + NODATE),
        P(["三", "(四)", "2", "(1)"], note="「由相应的道路管理机构处置」 in a sentence; " + NODATE),
        P(["三", "(四)", "2", "(4)"],
          note="「由区级路长办公室牵头协调，并专报副总路长」: 牵头 in a sentence (the set's convention, as plans-next16's "
               "「X牵头完成」), no label; " + NODATE),
        P(["三", "(四)", "4"], note="「形成工作简报，定期报送总路长、副总路长」 (see duties); " + NODATE),
        P(["四", "(五)"], note=NODATE),
        P(["四", "(九)"], note=NODATE),
        P(["五", "(二)"], note="「定期通报工作情况」 (see duties); 区级路长办公室 in a sentence; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "对“路长制”工作落实、督查整改、路况抽检等形成工作简报，报送总路长、副总路长", "when": "定期", "when_norm": None},
             {"what": "建立例会制度、督查制度，通报工作情况", "when": "定期", "when_norm": None}],
     notes=["counting by the rule: 二、 (一)1.–4. 4 + (二)1.–2. 2 + (三) 1 = 7; 三、 (一)(二)(三) 3 (unnumbered 「X：」 "
            "paragraphs inside) + (四) 1. 1, 2.(1)–(4) 4, 3. 4. 2 = 10; 四、 (一)–(九) 9; 五、 (一)–(五) 5 → 31; accepted: 28 "
            "(2. of (四) as one leaf), 24 (二、 read as organisation, not tasks), 14 (四、五、), 9 (四、 only); 一、工作目标 is a section",
            "「1. 总路长、副总路长」 … 「4. 村级路长」 are posts held by persons (区政府主要领导 …): no unit is given by them",
            "「发现→处置→监督→通报」 is a flow, not a phase; no dates in the plan body (the cover is dated 2021年11月5日)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x17_04_chongming-2021-nongcun-gonglu-guanli-yanghu-tizhi-gaige-shishi-fangan.txt"

plan(X04,
     title="崇明区深化农村公路管理养护体制改革实施方案（上海市崇明区人民政府办公室关于印发本区深化农村公路管理养护体制改革实施方案的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪崇府办发〔2021〕13号 (from the index; the stored text prints no number)", issuer="上海市崇明区人民政府办公室",
     date="2021-07-24", level="district (Shanghai Chongming, 区政府办公室)",
     source=src("上海市崇明区人民政府办公室关于印发本区深化农村公路管理养护体制改革实施方案的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=699a9e9e-9043-466d-954f-7e6d86035c69&siteId=0085", 4928),
     style="district plan on the city's 农村公路 template: 一、总体要求 (paragraph), 二、基本原则 （一）–（四） 「heading。text」, "
           "三、工作目标 (two paragraphs with 100% and 90%), 四、主要任务 （一）–（三） headings with 1.–4., 1.–3., 1.–4., each "
           "item closing 「（责任单位：A、B、…）」 (once 「（责任部门：…）」); 五、保障措施 （一）–（四） heading lines; an "
           "effective-date sentence at the end",
     leaf_tasks=19, count_alternatives=[15, 11], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "三、工作目标"],
     samples=[
        U(["四", "（一）", "1"], ["区交通委", "区财政局"], note=LABEL + "; " + NODATE),
        U(["四", "（一）", "2"], ["区交通委", "区财政局", "各乡镇政府"],
          note=LABEL + "; 区、镇、村三级路长 are posts; " + NODATE),
        U(["四", "（一）", "3"], ["区交通委", "区委编办", "各乡镇政府"],
          note=LABEL + "; 「每25—30公里乡道、村道配备不少于一名农村公路专管员」 is a staffing ratio (not checked); " + NODATE),
        U(["四", "（一）", "4"], ["各乡镇政府"], note=LABEL + "; one group; 村民委员会 in sentences; " + NODATE),
        U(["四", "（二）", "1"], ["区交通委", "区财政局", "各乡镇政府"], targets=[(5000, "元"), (3000, "元")],
          note=LABEL + "; 「不得低于乡道每年每公里5000元，村道每年每公里3000元」: the funding floors the item sets are its "
               "targets; 「调整周期不超过三年」 is a rule (not checked); " + NODATE),
        U(["四", "（二）", "2"], ["区交通委", "区财政局", "区审计局", "各乡镇政府"],
          note=LABEL + "; 「审计部门要定期…审计」 in the text, 区审计局 in the label; " + NODATE),
        U(["四", "（二）", "3"], ["区发展改革委", "区交通委", "区财政局", "各乡镇政府"], note=LABEL + "; " + NODATE),
        U(["四", "（三）", "1"], ["区交通委", "各乡镇政府"], note=LABEL + "; the label reads 「（责任部门：…）」; " + NODATE),
        U(["四", "（三）", "4"], ["区交通委", "各乡镇政府"], note=LABEL + "; " + NODATE),
        P(["五", "（三）"], note="区交通委, 区政府 act in sentences; " + NODATE),
     ],
     plan_targets=[{"number": 100, "unit": "%"}, {"number": 90, "unit": "%"}], phases=[], duties=[],
     notes=["counting by the rule: 二、 （一）–（四） 4 (principles, no numbered children) + 四、 4 + 3 + 4 = 11 + 五、 （一）–（四） 4 "
            "= 19; accepted: 15 (without 二、基本原则), 11 (四、 only); 一、 and 三、 are sections",
            "plan targets: 三、工作目标 「列养率保持100%」, 「PQI中等及以上农村公路占比不低于90%」 (到2022年: a goal of the plan, "
            "not a phase)",
            "「本实施方案自2022年1月1日起施行」 is the effective date, not a deadline; 国办发〔2019〕45号, 沪府办发〔2020〕3号, "
            "崇府办发〔2008〕28号 are document numbers",
            "the same city template as x17_05 (金山) and plans-next2 n06 (奉贤, 2021): other units, wording and layout"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x17_05_jinshan-2021-nongcun-gonglu-guanli-yanghu-tizhi-gaige-shishi-fangan.txt"
TOWNS = "各镇人民政府（金山工业区管委会）"

plan(X05,
     title="金山区深化农村公路管理养护体制改革实施方案（金山区人民政府关于印发《金山区深化农村公路管理养护体制改革实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="金府发〔2021〕2号 (from the index; the stored text prints no number)", issuer="上海市金山区人民政府",
     date="2021-07-30", level="district (Shanghai Jinshan, 区政府)",
     source=src("金山区人民政府关于印发《金山区深化农村公路管理养护体制改革实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00819e2002121ec828ae8f8ca12579088950&siteId=0081", 5727),
     style="district plan on the city's 农村公路 template, other layout than x17_04: 一、总体要求 （一）指导思想 （二）工作目标 "
           "（三）基本原则 1.–3.; 二、主要任务 （一） an intro paragraph then 1.–6. where 2.–5. open with 「X是…。」 naming the unit "
           "whose duties follow (5. has a second unnumbered paragraph), （二）1.–4. with funding floors and shares, （三）1.–4.; "
           "三、保障措施 （一）–（四） heading lines; stray spaces before 区 and inside quotes (「“ 四好农村路”」, 「 13%」)",
     leaf_tasks=23, count_alternatives=[18, 14], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["二", "（一）", "1"],
          note="路长 are posts held by persons (区长, 区交通委主要负责人 …); 区交通委, 公安金山分局 in sentences; " + NODATE),
        U(["二", "（一）", "2"], ["区政府"], note=HEAD + "; 「2.区政府是本区农村公路管理养护的责任主体。」; " + NODATE),
        U(["二", "（一）", "3"], ["区交通委"],
          note=HEAD + "; 「3.区交通委是全区农村公路管理养护的行政主管部门。负责…」; 各镇人民政府（金山工业区管委会） in a "
               "sentence; " + NODATE),
        U(["二", "（一）", "4"], ["区交通运输事业发展中心"], note=HEAD + "; " + NODATE),
        U(["二", "（一）", "5"], [TOWNS],
          note=HEAD + "; one unit holding its bracket 「各镇人民政府（金山工业区管委会）」 (kept whole as printed, as "
               "plans-next16's 「区水务局（区海洋局）」); the item runs on in a second unnumbered paragraph 「各镇（金山工业区）"
               "在本轮体制改革中…每25-30公里…不少于1名…」 (a staffing ratio, not checked); 「年度养护计划建议书并报区交通运输事业"
               "发展中心」 (see duties); " + NODATE),
        P(["二", "（二）", "1"],
          note="「自2022年起，该项资金不再列支…」 is a start, not a deadline; 「调整周期原则上不超过5年」 a rule; the shares "
               "13%, 80%, 20%, 8% split costs (not checked); " + NODATE),
        P(["二", "（二）", "2"], targets=[(1, "万元"), (5000, "元"), (3000, "元")],
          note="「不得低于县道每年每公里1万元，乡道每年每公里5000元，村道每年每公里3000元」: funding floors the item sets; "
               + NODATE),
        P(["二", "（三）", "2"],
          note="「县道每年由市级部门组织路况检测，乡村道每年由区交通运输事业发展中心委托…」: yearly checks in sentences; "
               + NODATE),
        P(["三", "（二）"], note="区财政部门, 区交通委, 各镇（金山工业区） act in sentences; 「“ 一事一议”」 is a name; " + NODATE),
        P(["三", "（三）"], note=NODATE),
     ],
     plan_targets=[{"number": 100, "unit": "%"}, {"number": 13, "unit": "%"}, {"number": 8, "unit": "%"},
                   {"number": 90, "unit": "%"}],
     phases=[],
     duties=[{"what": "编制所辖区域内乡村道年度养护计划建议书并报区交通运输事业发展中心", "when": "每年（年度）", "when_norm": None}],
     notes=["counting by the rule: 一、 （一）（二） 2 + （三）1.–3. 3 = 5; 二、 （一）1.–6. 6 + （二）1.–4. 4 + （三）1.–4. 4 = 14; "
            "三、 （一）–（四） 4 → 23; accepted: 18 (二、三、), 14 (二、 only)",
            "plan targets: 一、（二）工作目标 「列养率保持100%」, 「县道和乡村道年均养护工程比例分别不低于13%和8%」, 「占比不低于90%」",
            "二、（一）6. 各行业部门职责 gives work to many units in 「X负责…」 sentences (not sampled: sentences, not a label)",
            "「第120次区政府常务会议」, 「5G」 and the document numbers (国办发〔2019〕45 号 with a space) are not targets; "
            "「自印发之日起施行」 is the effective date"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x17_06_jiading-2014-daolu-xialijiao-fangxun-fangtai-guanli-tongzhi.txt"

plan(X06,
     title="关于加强本区道路下立交设施防汛防台管理工作的通知（上海市嘉定区人民政府关于批转《关于加强本区道路下立交设施防汛防台管理工作的通知》的通知）",
     title_note="the approved notice's title (after the cover), or the cover's notice title: either is accepted",
     doc_no="嘉府发〔2014〕33号 (from the index; the stored text prints no number; the request it approves is 嘉建交[2014]55号, "
            "broken over two lines)", issuer="上海市嘉定区人民政府 (批转 区建交委 and 区防汛办's notice)",
     date="2014-06-28", level="district (Shanghai Jiading, 区政府)",
     source=src("上海市嘉定区人民政府关于批转《关于加强本区道路下立交设施防汛防台管理工作的通知》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_10361&siteId=0080", 3221),
     style="district government's approval cover over a task notice of two district offices: numbers and dates broken over "
           "lines (「2014」 / 「年6」 / 「月28」 / 「日」, 「2013」 / 「年“菲特台风”」, 「25」 / 「厘米」 / 「，…」, 「“110」 / 「”指挥中心」); "
           "一、–四、 each with （一）–（四） heading lines and one or two paragraphs; units and actors in sentences; water "
           "depths in Chinese numerals; filing and reporting duties; five attachments named, not included",
     leaf_tasks=12, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一", "（一）"],
          note="「区建交委牵头负责…指导和监督协调」 and 「各镇、街道、…是…行政主管部门」: 牵头 and the managers in sentences "
               "(the set's convention), no label; " + NODATE),
        P(["一", "（二）"], note="「请下立交管理单位、产权单位、养护单位尽快落实应急处置人员信息」: 尽快 is no date; " + NODATE),
        P(["二", "（一）"], note="「联合排水管理部门开展一次实地普查」: 一次 is a count of the step (not checked); 附件一 is a name; " + NODATE),
        P(["二", "（二）"], note="「确保不小于二级」 is a power-supply grade (not checked); " + NODATE),
        P(["二", "（四）"], not_targets=[(25, "厘米")],
          note="「水位线距地面最低点25」 / 「厘米」 (number and unit broken over lines): where the warning line is drawn, a "
               "design dimension, not a target; " + NODATE),
        P(["三", "（一）"], note="「并报区建交委、区防汛办备案」 (see duties); 「一处一预案」 is a slogan; " + NODATE),
        P(["三", "（二）"],
          note="五/十/二十/二十五厘米 (Chinese numerals) are response thresholds, and 110 a hotline (neither checked); " + NODATE),
        P(["四", "（三）"], note="「每年汛期前…进行一次模拟应急处置演习」: a yearly time without a date; " + NODATE),
        P(["四", "（四）"], note="「书面报送区建交委、区防汛办」, 「即知即报」 (see duties); 附件四 is a name; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "下立交防汛排水预案报区建交委、区防汛办备案", "when": "制定或修订后", "when_norm": None},
             {"what": "管理单位汇总抢险处置信息，书面报送区建交委、区防汛办", "when": "及时（红色、橙色预警后即知即报）", "when_norm": None},
             {"what": "对下立交设施管理、养护及处置工作情况进行评估，情况通报区府、防汛、公安等部门", "when": "每年汛期结束后", "when_norm": None}],
     notes=["counting: 一、 （一）（二） 2 + 二、 （一）–（四） 4 + 三、 （一）（二） 2 + 四、 （一）–（四） 4 = 12; the two closing "
            "paragraphs (专项检查, 汛期后评估) and the 附件 list are no tasks",
            "the cover (批转) and the notice each have an addressee line; the notice's text starts at its own title",
            "「下一阶段，区建交委将会同区防汛办…专项检查」 is no phase (no dates); 2013年 (broken) is a past typhoon"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x17_01", ["二", "（一）"], [], ["局安委会", "局安委办"], "「局安委会负责制定…行动方案」, 「局安委办负责指导成员单位…制定印发…子方案」: the subjects of 负责, responsible in order, no lead; 成员单位 are guided (rule 3)", rule="2 and 3")
align30("x17_02", ["一"], ["区行业主管部门"], ["区行业主管部门", "相关区职能部门", "各镇政府"], "「区行业主管部门会同相关区职能部门研究出台配套政策…」: 「A会同B＋verb」, lead A (lead [] accepted); 「各镇政府配合做好…，落实各镇农村公路管理养护职责」: the subject of 落实; responsible in order", alt=[[]])
align30("x17_02", ["三", "(二)"], [], ["区建交委"], "「区建交委负责制定资金使用管理办法」: the subject of 负责, responsible, no lead (A alone accepted); 区财政局 加强, 区审计局 进行审计 are subjects of verbs rule 2 does not list, 「区、镇两级道路管理部门要确保…」 a call", alt=[["区建交委"]])
align30("x17_03", ["二", "(三)"], [], ["区级路长办公室", "各镇路长办公室"], "「日常工作由区级路长办公室管理考核」, 「日常工作由各镇路长办公室管理考核」: the agents of 由 with a verb of doing, responsible in order, no lead; 专管员 are persons and 「由…相关人员担任」 names persons (rule 3)", rule="2 and 3")
align30("x17_03", ["三", "(四)", "2", "(4)"], ["区级路长办公室"], ["区级路长办公室"], "「由区级路长办公室牵头协调，并专报副总路长」: 「由A牵头」, lead and responsible A; 副总路长 is a person who receives (rule 3)", rule="2 and 3")
align30("x17_05", ["二", "（二）", "1"], [], ["区交通委", "各镇人民政府（金山工业区管委会）"], "「由区交通委和各镇人民政府（金山工业区管委会）统筹实施」: the agents of 由 with 实施, responsible in order, no lead; 「由区财政承担」「由区级财政承担80%、镇（金山工业区）承担20%」 share the costs (who pays, not who does the item's work)")
align30("x17_05", ["二", "（三）", "2"], [], ["市级部门", "区交通运输事业发展中心"], "「县道每年由市级部门组织路况检测，乡村道每年由区交通运输事业发展中心委托专业单位组织路况检测」: the agents of 由 with 组织＋verb, responsible in order, no lead; 「配合市级部门」 has no subject")
align30("x17_06", ["一", "（一）"], ["区建交委"], ["区建交委", "原产权单位", "各镇", "街道", "嘉定新城（马陆镇）", "嘉定工业区", "菊园新区"], "「区建交委牵头负责…指导和监督协调」: 「A牵头（负责）」, lead A; 「下立交的排水由设施的原产权单位负责」: the agent of 由 with 负责; 「各镇、街道、嘉定新城（马陆镇）、嘉定工业区、菊园新区是…行政主管部门…，具体负责下立交的防汛防台管理工作」: the subjects of 具体负责; responsible in order")
align30("x17_06", ["三", "（一）"], [], ["各下立交管理单位"], "「各下立交管理单位必须高度重视，…并落实专人负责…预案的制定或修订工作」: the subject of 落实 (a named kind of body, defined in 一/（一）), responsible, no lead (A alone accepted); 区建交委、区防汛办 receive the filing 「报…备案」 (rule 3)", alt=[["各下立交管理单位"]], rule="2 and 3")
align30("x17_06", ["四", "（四）"], ["区建交委"], ["区建交委", "区防汛办", "相关部门"], "「区建交委将会同区防汛办对…进行专项检查」, 「区建交委将会同相关部门对…进行评估」: 「A会同B＋verb」 twice, lead A (lead [] accepted), responsible A and both Bs in order; 区建交委、区防汛办 also receive the reports 「书面报送…」 and 「各单位要认真落实…」 is a general call (rule 3)", alt=[[]], rule="2 and 3")
align30("x17_02", ["四"], [], ["临港新片区管委会"], "「产城融合区范围内农村公路设施量已移交的区域，有关深化农村公路管理养护体制改革工作具体事项由临港新片区管委会落实」: the agent of 由 with 落实 (the item's own scope, not a contingency), responsible, no lead (A alone accepted)", alt=[["临港新片区管委会"]])
align30("x17_06", ["一", "（二）"], [], ["下立交管理单位", "产权单位", "养护单位"], "「请下立交管理单位、产权单位、养护单位尽快落实应急处置人员信息」: the subjects of 落实 (kinds of body), responsible in order, no lead; 「各部门要在明确各自责任的基础上，牵头组织协调…」 is a general call (rule 3)", rule="2 and 3")
# round 31: answers aligned (ro31) to tests/data/CONVENTIONS.md — checks the sentence-unit reader (on from round 31)
# reads by the ruling that the answers, written before it, read as prose (README, "Round 31: answers aligned (ro31)")
from expected_tools import align31  # noqa: E402

align31('x17_01', ['三', '（四）', '9'], [], ['局属基层各单位'], "「局属基层各单位结合本辖区、本领域实际，以…方式，组织开展重大事故隐患判定标准专题学习培训」: the subject of 组织开展 (组织＋verb) is a doer, a group named by a kind; responsible, no lead")  # noqa: E501

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x17_01', ['三', '（一）', '3'], 'a range is read at its lower edge', '「2024年前，…并培树2-3家典型示范企业」: the target at the lower figure, 2家', swap=[(('2-3', '家'), (2, '家'))])
# round 35 (p35c): answers aligned to tests/data/CONVENTIONS.md's "Round 35 rulings, written early" (Units), read at
# the item's text, never from parser output (README, "Round 35: answers aligned (p35c)")
from expected_tools import PLANS as _PLANS35  # noqa: E402


def _align35(file, path, resp, ruling, words):
    """One sample's units aligned: responsible ``resp`` in printed order, no lead (a single unit also accepted as the
    lead); the note starts 「aligned round 35: <ruling> — <words> (old → new)」."""
    s = next(s for p in _PLANS35 if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was = f"lead {s['lead']}, responsible {s['responsible']}"
    s["lead"], s["responsible"] = [], list(resp)
    s.pop("lead_alternatives", None)
    if len(resp) == 1:
        s["lead_alternatives"] = [list(resp)]
    s["note"] = (f"aligned round 35: {ruling} — {words} ({was} → lead [], responsible {list(resp)}); the earlier "
                 "reading: " + s.get("note", ""))

_align35('x17_01', ['二', '（三）'], ['局安委会成员单位'], 'a heading that gives out work (CONVENTIONS round 35, Units: 职责分工／责任分工／工作分工／任务分工／职能分工／部门职责／管理职责／管理体制／管理责任, and 「明确部门职责」)',
         '「局安委会成员单位要在制定的子方案中进一步细化…具体措施要求，建立健全…」 under 二、任务分工: the members, a group named by a kind, are given the work, as printed')
# round 35 (p35d): answers aligned to CONVENTIONS.md "Round 35 rulings, written early" by reading the items
from expected_tools import _sample32, align34_units  # noqa: E402


def align35_units(file, path, lead, resp, why, alt=None):
    """``align34_units`` of round 35: the note reads 「aligned round 35: <why> (old → new)」."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 35: ", 1)


align35_units('x17_02', ['三', '(一)'], [], ['区建交委'],
              '「区建交委定期委托专业单位开展农村公路路况检测和测评」 — A pivot without 由 「A委托B…」 reads as 「由A委托B」: A a doer, B not (CONVENTIONS.md round 35); 「区建交委、区城管执法局加强对…的指导和监督」 gives no rule-2 verb')  # noqa: E501

# round 39 (p39g): 「A联合B＋verb」 read as 「A会同B」 (CONVENTIONS.md round 34), by reading the items
from expected_tools import align39_units  # noqa: E402

align39_units('x17_06', ['二', '（一）'], ['各镇', '街道', '嘉定新城（马陆镇）', '嘉定工业区', '菊园新区'], ['各镇', '街道', '嘉定新城（马陆镇）', '嘉定工业区', '菊园新区', '排水管理部门'],
              '联合 as 会同 (round 34; closed round 39): 「请各镇、街道、嘉定新城（马陆镇）、嘉定工业区、菊园新区联合排水管理部门开展一次实地普查」 is the request form 「请A会同B开展…」: lead the five bodies (lead [] accepted), responsible them and 排水管理部门 (a kind), in printed order', alt=[[]])  # noqa: E501

# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in any plan
# (CONVENTIONS.md "Round 49 rulings", governs; round 27; in a plan naming no units the old count stays accepted) —
# samples dropped, count without them (README, "Round 50: aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('x17_05', [],
             '一、总体要求 （一）指导思想 （二）工作目标 （三）基本原则 1.–3. state aims, goals and principles and name no unit, in a plan who'
             'se work names units: no tasks (round 27; CONVENTIONS.md "Round 49 rulings", governs); 14 (二、 only) st'
             'ays accepted',
             18, [14])
write_collected(DIR)
# Round 63 (rul88): x17_06 三/（一） aligned to tests/data/CONVENTIONS.md "Round 88 rulings" (Units, governs: Round 85's
# 「A落实专人负责X」 names none, open62-1) (README, round 63)
from aligned_rulings import STAFF88, align88  # noqa: E402

align88("x17_06", ["三", "（一）"], "「各下立交管理单位必须高度重视，切实加强组织领导，并落实专人负责管辖范围内下立交防汛排水预案的制定或修订工作」 (x17_06 三/（一））: 落实专人负责X staffs the work (Round 85's x322_01 二、（三））, 加强组织领导 is outside rule 2's list, and 报…备案 names receivers (rule 3): a task naming none",
        STAFF88 + "; [各下立交管理单位] → none, [各下立交管理单位] stays accepted", resp=[], resp_alt=[["各下立交管理单位"]])

write_collected(DIR)
