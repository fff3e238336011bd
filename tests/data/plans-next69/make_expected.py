# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next69/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 27 (built by helper c68): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next69/make_expected.py tests/data/plans-next69
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    align30,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
src = shanghai_source
GOAL = ("a unit that 牵头 (or 会同) in a sentence (no label): lead = [], responsible = [], that unit accepted as lead "
        "(plans-next37 convention)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x69_01_huangpu-2013-xiaofang-shierwu-guihua.txt"

plan(X01,
     title="黄浦区消防“十二五”规划（黄浦区人民政府关于印发黄浦区消防“十二五”规划的通知）",
     title_note="the plan's own title (after the cover's date) or the notice title: either is accepted",
     doc_no="黄府发〔2013〕3号 (from the index; the stored text prints no number)",
     issuer="上海市黄浦区人民政府 (the index names 上海市黄浦区人民政府办公室; the cover prints no signature, only the date)",
     date="2013-03-04",
     level="district government (Shanghai Huangpu), a five-year plan (规划)",
     source=src("消防与人防", "黄浦区人民政府关于印发黄浦区消防“十二五”规划的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=76c272cc-80e8-4155-b4e0-fe239cdffb07&siteId=0071", 6767),
     style="district five-year plan after a cover (addressees, one sentence, 「特此通知。」, a date without signature); a preamble; "
           "一、 (review: one paragraph of 一是…四是 with past outturns) and 二、 (problems: one paragraph) as prose; 三、 （一）指导"
           "思想 （二）工作目标 a paragraph and four 「——」 goals (100% 培训率); 四、主要任务 （一） a heading line over a paragraph, "
           "（二） 1.–4., （三） 1.–2., （四） 1.–6. 「N.heading。text」; 五、保障措施 （一）–（三） 「（N）heading。text」 items; a "
           "stray 「“三合一‘场所」 quote; no unit label (区质监、工商、公安消防部门, 区委宣传部门（新闻办） act in sentences)",
     leaf_tasks=16, count_alternatives=[13, 18],
     leaf_tasks_by_section={"四、主要任务": 13, "五、保障措施": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、“十一五”时期黄浦消防工作回顾", "二、“十二五”时期黄浦消防工作面临的形势"],
     samples=[
        P(["四", "（一）"], note="a heading line over one paragraph (a leaf); 「每年在重大节假日期间以及火灾多发季节，组织开展…」 a "
          "yearly rhythm without a date; 「纳入“十二五”国民经济和社会发展总体规划」 names the district plan (no date); " + NODATE),
        P(["四", "（二）", "1"], not_targets=[(5, "分钟")],
          note="「按照“5分钟消防”的要求」 a slogan; 「8号桥」 a place name; " + NODATE),
        P(["四", "（二）", "2"], targets=[(100, "米"), (3, "万平方米")], dl="“十二五”时期", dln="2015",
          note="「“十二五”时期，在全区三星级以上饭店、三级甲等医院建立志愿消防队；在全区100米以上综合性商务楼、3万平方米公众"
               "聚集场所建立专（兼）职消防队」: the plan period as the item's date (2011–2015, resolved to its last year, as "
               "plans-next64 resolves 十四五 / 十三五); the size thresholds are the item's targets by round 25's rule (三星级, "
               "三级甲等 are grades, not quantities)"),
        P(["四", "（二）", "4"], note="「督促高层物业服务企业定期维护保养」 a category; " + NODATE),
        P(["四", "（三）", "1"], note="「进一步明确公安、安监、建设、民防…等部门和单位的职责分工」 sectors; 「“3+X”会商机制」 a name; "
          + NODATE),
        P(["四", "（三）", "2"], note="「各部门、各相关单位要加强应急救援技战术研究」: groups in a sentence; " + NODATE),
        P(["四", "（四）", "1"], note="「扎实推进市府消防实事项目…科学制定区府实事工程项目」; " + NODATE),
        P(["四", "（四）", "4"],
          note="「区质监、工商、公安消防部门要按照职责分工，依法采取有力措施…」: bodies as subjects of one sentence of a long "
               "item (no label) — none; 「以街道社区为单位」; " + NODATE),
        P(["四", "（四）", "5"], note="「区建设、规划、工商…等部门行政许可前，要严格依法审核消防安全事项」 sectors in a sentence; "
          + NODATE),
        P(["四", "（四）", "6"], targets=[(2, "课时"), (1, "次")],
          note="「每年组织单位、居民楼开展至少1次疏散逃生演练」, 「每学期2课时以上消防教育和1次以上逃生疏散演练」 (minimums the "
               "item sets); 《全民消防安全宣传教育纲要（2011-2015）》 a title; " + NODATE),
        P(["五", "（一）"], note="「各机关、团体、企事业单位要把…纳入本单位的年度预算」 groups; 「年度预算」 no date; " + NODATE),
        P(["五", "（三）"], note="「区委宣传部门（新闻办）充分发挥媒体的宣传动员…作用」: a body in a sentence (a task: the plan "
          "names no unit label, round 25's rule); " + NODATE),
     ],
     plan_targets=[{"number": 100, "unit": "%"}],
     phases=[], duties=[],
     notes=["counting: 一、 and 二、 are prose sections; 三、 （一）指导思想 and （二）工作目标 are guidance and goals; 四、 （一） 1 + "
            "（二） 4 + （三） 2 + （四） 6 = 13 + 五、 （一）–（三） 3 → **16** (no unit label in the plan: 保障措施 items are tasks, "
            "round 25's rule). Accepted: 13 (without 五、) and 18 (三、's （一）（二） too)",
            "samples: ten of 四、's thirteen and two of 五、's three",
            "units: none labelled; bodies act in sentences",
            "dates: 四/（二）/2 「“十二五”时期」 (2015); 「到“十二五”期末」 in 三/（二） is the goals' horizon; the review's 「至“十一五”"
            "期末」 is past; the cover's 2013年3月4日",
            "plan targets: 三/（二）'s 「消防安全培训率达到100%」; 一、's outturns (3个中队, 100多人, 24辆, 12431件, 480人 …) and 二、's "
            "counts (40余家, 1900余处, 800余栋, 200万平方米) are past figures",
            "duties: none (「定期沟通联络、实行隐患抄告」 among bodies, no recipient or rhythm written as a report)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x69_02_shanghai-2026-minjian-touzi-xingdong-fangan.txt"
RESP = ("「（责任部门：…）」 closes the item: the listed units are responsible, no lead named (lead = []); 「等」 dropped, "
        "「各区」 kept as printed")
FDG = "市发展改革委"

plan(X02,
     title="上海市贯彻落实《关于进一步促进民间投资发展的若干措施》的行动方案（关于印发《上海市贯彻落实〈关于进一步促进民间投资发展的若干措施〉的行动方案》的通知）",
     title_note="the plan's own title (after the cover's date, with 《》) or the notice title (with 〈〉 inside 《》): either is "
                "accepted",
     doc_no="沪发改投〔2026〕127号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2026-07-17",
     level="city commission (Shanghai), an action plan issued with the city government's consent",
     source=src("工程建设管理", "关于印发《上海市贯彻落实〈关于进一步促进民间投资发展的若干措施〉的行动方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=fbe4be5464a54ca39983cea957387788&siteId=0025", 4765),
     style="a city commission's cover (各区人民政府，各有关单位; one paragraph; signature, date); the plan's title; a preamble; "
           "一、–三、 heading lines over 「N.heading。text（责任部门：…）」 items 1.–15. numbered on; every item closes with a "
           "「（责任部门：…）」 list (item 1 with an ASCII colon and space 「责任部门: 」), some ending 「…等，各区」, one compound "
           "「市住房城乡建设管理委（市重大办）」; no dates",
     leaf_tasks=15, count_alternatives=[],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        U(["一", "1"], [FDG, "市交通委", "市经济信息化委", "市水务局"],
          note=RESP + "; the label written 「责任部门: 」 (ASCII colon); " + NODATE),
        U(["一", "2"], [FDG, "市交通委", "市绿化市容局", "市经济信息化委", "市商务委", "各区"],
          note=RESP + "; 「本市各级投资主管部门」 in a sentence; " + NODATE),
        U(["一", "5"], ["市经济信息化委", "市科委", FDG, "市市场监管局", "市国资委"], note=RESP + "; " + NODATE),
        U(["一", "8"], ["市住房城乡建设管理委"], note=RESP + "; one unit; " + NODATE),
        U(["一", "9"], ["市财政局", "市住房城乡建设管理委", "市市场监管局", "市公安局"],
          targets=[(400, "万元"), (40, "%"), (30, "%")],
          note=RESP + "; 「对超过400万元的工程采购项目…预留该部分项目预算金额的40%以上」 and 「合同预付款比例提高至合同金额的"
               "30%以上」: the item's policy quantities (targets by round 25's rule); " + NODATE),
        U(["二", "10"], [FDG, "市经济信息化委", "市科委", "各区"],
          note=RESP + " (「市科委等，各区」: 等 dropped); 「“两重”“两新”」 names; " + NODATE),
        U(["二", "11"], [FDG, "市委金融办", "市科委", "市国资委", "市财政局", "人民银行上海分行", "上海金融监管局", "上海证监局"],
          note=RESP + "; 「三大先导产业母基金」 a name; " + NODATE),
        U(["三", "12"], [FDG, "市住房城乡建设管理委（市重大办）", "市经济信息化委", "市科委", "市房屋管理局", "市交通委",
                        "市水务局", "市绿化市容局", "各区"],
          note=RESP + "; 「市住房城乡建设管理委（市重大办）」 a compound name kept whole (EXPECTED.md); 「市绿化市容局等，各区」; "
               + NODATE),
        U(["三", "13"], ["市规划资源局", "市经济信息化委"], note=RESP + "; " + NODATE),
        U(["三", "15"], [FDG, "市经济信息化委", "市住房城乡建设管理委", "市规划资源局", "市工商联", "各区", "有关行业协会"],
          note=RESP + "; the last item (「各区、有关行业协会」 after a comma); 「市工商联、行业协会」 also in the text; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 1.–9. + 二、 10.–11. + 三、 12.–15. → **15** (numbered on); no other reading",
            "samples: ten of fifteen (every section), all with their 「（责任部门：…）」 lists",
            "units: 「责任部门」 lists with no lead rule: responsible = the list, lead = [] (a single unit accepted as lead); "
            "「等」 dropped, 「各区」 and 「有关行业协会」 kept as printed",
            "dates: none in any item (the cover's 2026年7月17日; 「国办发〔2025〕38号」 a cited number)",
            "figures: 一/9's 400万元, 40%, 30% the only targets; no plan-level figure; no duty"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x69_03_shanghai-2026-lvdian-zhilian-youxu-fazhan-gongzuo-fangan.txt"
ROLE = ("the actors are roles (主责单位, 负荷企业, 电网企业) or the issuer (我委) in sentences, no unit label: lead and "
        "responsible none")
DIST = "各区（管委会）发展改革部门"

plan(X03,
     title="上海市绿电直连有序发展工作方案（关于印发《上海市绿电直连有序发展工作方案》的通知）",
     title_note="the plan's own title (after 「附件」) or the notice title: either is accepted",
     doc_no="沪发改能源〔2026〕140号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2026-07-17",
     level="city commission (Shanghai), a work plan as the notice's 附件",
     source=src("工程建设管理", "关于印发《上海市绿电直连有序发展工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cbffa8f901214782b0f32856e860662c&siteId=0025", 6510),
     style="a city commission's cover (各有关单位; one paragraph; 「附件：」 line; signature, date) then 「附件」 and the plan: a "
           "preamble; 一、工作要求 and 二、发展目标 (one paragraph each: 2030 / 2035 goals, 50万千瓦); 三、 1.–9. and 四、 10.–15. "
           "「N.heading。text」 items numbered on, several with a second paragraph; the plan's own 「附件：」 list 1.–3. at the end "
           "(forms, no tasks); no unit label (我委, 各区（管委会）发展改革部门, 电网企业, 上海市电力公司, 主责单位 in sentences)",
     leaf_tasks=15, count_alternatives=[16, 17],
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作要求", "二、发展目标"],
     samples=[
        P(["三", "1"], note="definitions of the two kinds of project (no work); " + NODATE),
        P(["三", "3"], note=ROLE + " (「由负荷企业作为主责单位」, 「园区管委会或第三方机构」); " + NODATE),
        P(["三", "4"], targets=[(60, "%"), (30, "%"), (35, "%")], skip_deadline=True,
          note=ROLE + "; 「比例应不低于60%；占总用电量的比例应不低于30%，2030年前不低于35%」: floors the item sets (targets); "
               "「2030年前」 dates only the higher floor — the item's deadline is not checked"),
        P(["三", "5"], not_targets=[(220, "千伏")],
          note=ROLE + "; 「原则上项目接入电压等级不超过220千伏」 a ceiling; 「由上海市电力公司、项目单位等开展专项评估报我委…同意"
               "后再实施」 a conditional step in a sentence; " + NODATE),
        P(["三", "8"], note=ROLE + "; 「由电网企业测算、报我委同意后向社会公布」 a step of the grid company (no date); 「（发改价格"
          "〔2025〕1192号）」 a cited number; " + NODATE),
        P(["四", "10"], lead_alternatives=[[DIST]], dl="2026年8月15日前", dln="2026-08-15",
          note="「请各区（管委会）发展改革部门于2026年8月15日前向我委申报首批次绿电直连项目」 (the item's second paragraph): the "
               "district offices are asked in a sentence (no label; accepted as lead); the dated submission is also a duty"),
        P(["四", "11"], not_targets=[(1, "年"), (2, "年")], skip_deadline=True,
          note=ROLE + "; 「项目纳库后，主责单位应在1年内开工、2年内投运」: periods counted from each project's listing (no "
               "calendar date; not checked)"),
        P(["四", "12"], skip_deadline=True,
          note="「主责单位…将竣工验收报告报送各区（管委会）发展改革部门，抄报市发展改革委、国家能源局华东监管局」 (a duty), 「按季度"
               "对纳库项目调度建设进度」 and 「项目运行后每年1月底前完成上年度项目运行评估」: 各区（管委会）发展改革部门 act in a "
               "sentence (no label) — none; the yearly 「每年1月底前」 is a rhythm, not one date: not checked"),
        P(["四", "14"], note=ROLE + "; 「按要求向相关调度机构备案」 no rhythm; " + NODATE),
        P(["四", "15"], not_targets=[(1, "年")],
          note=ROLE + "; 「纳入项目库1年仍未开工的项目，以及连续三年运营指标不满足…的项目，市发展改革委将项目调整出库」 conditions "
               "for leaving the list; 「（沪发改价管〔2025〕29号）」 a cited number; " + NODATE),
     ],
     plan_targets=[{"number": 50, "unit": "万千瓦"}],
     phases=[],
     duties=[{"what": "请各区（管委会）发展改革部门于2026年8月15日前向我委申报首批次绿电直连项目",
              "when": "2026年8月15日前", "when_norm": "2026-08-15"},
             {"what": "主责单位将竣工验收报告报送各区（管委会）发展改革部门，抄报市发展改革委、国家能源局华东监管局",
              "when": "纳库项目建成后及时", "when_norm": None}],
     notes=["counting: 一、工作要求 and 二、发展目标 are one paragraph each (sections); 三、 1.–9. + 四、 10.–15. → **15**. Accepted: "
            "16 (二、 a task: a dated goal) and 17 (both); the plan's closing 「附件：」 1.–3. are form names, not tasks",
            "samples: five of 三、's nine and five of 四、's six",
            "units: none labelled; 四/10's 「请各区（管委会）发展改革部门…申报」 accepted as lead",
            "dates: 四/10 「2026年8月15日前」 the one calendar deadline; 三/4 「2030年前」, 四/11 「1年内」 「2年内」 and 四/12 「每年1月"
            "底前」 not checked; 二、's 「至2030年」 / 「至2035年」 are goals' horizons, not phases",
            "plan target: 二、's 「电源侧开发规模达到50万千瓦」 (2030)",
            "duties: 四/10's dated submission of the first projects and 四/12's completion reports (报送 … 抄报 …); 「按季度…调度"
            "建设进度」 is the offices' own follow-up, 四/10's 初审意见报我委 has no date (not listed)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x69_04_shanghai-2026-dire-neng-shidian-zhuanfa-han.txt"

plan(X04,
     title="关于转发《国家能源局综合司关于组织开展地热能高质量开发利用试点工作的通知》的函",
     title_note="the letter's title (the first line)",
     doc_no="沪发改能源〔2026〕118号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2026-06-26",
     level="city commission (Shanghai), a letter forwarding a national notice with its own instructions",
     source=src("工程建设管理", "关于转发《国家能源局综合司关于组织开展地热能高质量开发利用试点工作的通知》的函.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=18539c8d03aa4ca48c28cc6d2848420c&siteId=0025", 1188),
     style="a city commission's letter (各有关单位; a paragraph); 一、关于申报范围 a sentence and 「一是…」「二是…」「三是…」 "
           "paragraphs (unnumbered kinds of project); 二、关于组织实施 1.–2. 「N.关于X。text」; 「特此通知。」, a contact line with "
           "four spaces, 「附件：」 (the national notice, not stored), signature and date; units named in 「请X…」 sentences",
     leaf_tasks=2, count_alternatives=[3],
     attachment_task_rows=0,
     childless_top_level_sections=["一、关于申报范围"],
     samples=[
        P(["二", "1"], dl="7月15日前", dln="2026-07-15",
          note="「请市经信委、市商务委、市住建委、市交通委、市农委、市文旅局、市房管局等支持，…于7月15日前函告我委」 and 「请各区发展"
               "改革委、相关管委会…2026年7月15日前转报我委」: units asked in sentences (no label) — lead and responsible none "
               "(a reader listing the asked units is reading the sentences, as plans-next37 does not); the date of both "
               "submissions (the first without its year, the letter's 2026, the second with it)"),
        S(["二", "2"], ["各区发展改革委"], ["各区发展改革委"], dl="2028年7月前", dln="2028-06",
          note="aligned round 33: 「N月前」 is before month N (plans-dev 11 「6月前」 → the month before, EXPECTED.md line 384; as plans-next14 reads 「6月前」/「9月前」) — was 2028-07; round 29, CONVENTIONS.md rule 2 and 3: 「各区发展改革委牵头积极协调试点项目建设」: 「A牵头」, lead and responsible A; 「请市级主管部门支持做好项目建设指导」 a request to bodies that support and guide (rule 3) (was lead [], responsible []); the earlier reading: " + GOAL + ": 「各区发展改革委牵头积极协调试点项目建设」; 「推动试点项目在2028年7月前建成投运」 the item's date; "
               "「按照国家能源局要求定期报送项目进展」 a duty; 「请市级主管部门支持做好项目建设指导」 a group"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "梳理相关领域适合开展地热应用的项目，于7月15日前函告我委", "when": "7月15日前", "when_norm": "2026-07-15"},
             {"what": "组织项目单位编制试点项目方案并填写试点申报表，2026年7月15日前转报我委", "when": "2026年7月15日前",
              "when_norm": "2026-07-15"},
             {"what": "按照国家能源局要求定期报送项目进展", "when": "定期", "when_norm": None}],
     notes=["counting: 一、关于申报范围 a section (its 一是/二是/三是 are kinds of project, not numbered items); 二、 1. 2. → **2**. "
            "Accepted: 3 (一、 read as a task: the call for three kinds of project)",
            "samples: both tasks",
            "units: none labelled; the asked bodies (市经信委 …, 各区发展改革委, 相关管委会, 市级主管部门) are in sentences; 二/2's "
            "「各区发展改革委牵头」 accepted as lead",
            "dates: 二/1 「7月15日前」 (2026, the letter's year; the second sentence writes 2026年7月15日前), 二/2 「2028年7月前」",
            "duties: the two dated submissions (函告 / 转报 to the commission) and the periodic progress reports; the contact line "
            "names a person (not a unit)"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x69_03", ["三", "8"], [], ["电网企业", "项目主责单位"],
        "「电网平均负荷率取值由电网企业测算、报我委同意后向社会公布」 (the agent of 由 with a verb of doing; 我委 approves, rule 3) and 「项目主责单位负责与公共电网结算电费」 (the subject of 负责): in printed order, no lead", rule="2 and 3")
align30("x69_03", ["四", "12"], ["各区（管委会）发展改革部门"], ["主责单位", "各区（管委会）发展改革部门", "电网企业"],
        "「主责单位要…及时组织竣工验收，并将竣工验收报告报送各区（管委会）发展改革部门」 (the subject of 组织验收; the receivers are rule 3's) and 「各区（管委会）发展改革部门会同电网企业建立跟踪指导和评估机制」 (「A会同B＋verb」, lead A, lead [] accepted): all their bodies in printed order", alt=[[]], rule="2 and 3")
align30("x69_03", ["四", "10"], ["各区（管委会）发展改革部门"], ["各区（管委会）发展改革部门", "产业、规资、电网企业"],
        "「各区（管委会）发展改革部门根据地方实际，会同产业、规资、电网企业等对申报方案进行初审」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B (「产业、规资、电网企业」 kept as printed, round-30 clarification); 「报我委」 a receiver (rule 3); 「我委组织第三方机构…评估」: the issuer speaking of itself is left out (RULING? in the misreads file)", alt=[[]], rule="2 and 3")
# round 31: answers aligned (ra31) to tests/data/CONVENTIONS.md — the checks that passed with the sentence-unit
# reader off and failed with it on, each read again by the ruling (README, "Round 31: answers aligned (ra31)")
from expected_tools import align31  # noqa: E402

align31('x69_03', ['四', '14'], [], ['主责单位'], "「作为整体参与电力现货市场的并网型项目，主责单位按照调度计划负责管理内部平衡」: the subject of 负责 (by kind of project (a kind of object, not a contingency: rule 3's case is 「a contingency, not the item's work」)) is responsible, no lead; 项目主责单位应强化… and 调度机构…下达调度计划 have no rule-2 verb")  # noqa: E501

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x69_03', ['三', '5'], [(220, '千伏')],
                   '「原则上项目接入电压等级不超过220千伏」: a ceiling joined to 原则上不超过')
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x69_03', ['三', '3'], 'a designation is a doer',
        '「单用户绿电直连原则上由负荷企业作为主责单位」 (由A作为主责单位: responsible A) and 「项目连接线路、变电设施、储能及运营平台原则上由项目'
        '主责单位投资建设」 (the agent of 由 with a verb of doing, rule 2); 「原则上由电源方与负荷方合资组建」 is the make-up of the body the '
        'item defines (rule 3, like 「由A、B组成」), 「可由…投资」「也可以由…」 are options; no lead',
        lead=[], resp=['负荷企业', '项目主责单位'])
# round 35 (p35d): answers aligned to CONVENTIONS.md "Round 35 rulings, written early" by reading the items
from expected_tools import _sample32, align34_units  # noqa: E402


def align35_units(file, path, lead, resp, why, alt=None):
    """``align34_units`` of round 35: the note reads 「aligned round 35: <why> (old → new)」."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 35: ", 1)


align35_units('x69_04', ['二', '1'], [], ['我委'],
              '「我委委托第三方机构对申报试点进行评估」 — A pivot without 由 「A委托B…」 reads as 「由A委托B」: A a doer, B not (CONVENTIONS.md round 35); the 请… requests give no doer as before')  # noqa: E501

write_collected(DIR)
