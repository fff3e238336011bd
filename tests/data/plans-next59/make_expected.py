# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next59/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 25 (built by helper c58): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next59/make_expected.py tests/data/plans-next59
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
FOLDER = "房屋与住房"
R26 = ("round 26 (answers aligned with the reference, convention 1): a top-level section with no numbered children is a section, not a task (/work/shared/plans-dev/EXPECTED.md lines 21–25)")
GOAL = ("a 牵头 (or 会同) actor in a sentence (no label): lead = [], that unit accepted as lead (plans-next25/27/30/33/35/37 "
        "convention)")


def src(path, url, chars):
    return shanghai_source(FOLDER, path, url, chars)


# ---------------------------------------------------------------------------------------------------------
X01 = "x59_01_shanghai-2025-jianshe-xiangmu-kaigong-yijianshi-gongzuo-fangan.txt"
FLOW = "a step of the procedure (一网通办 service zone; 建设单位 / 各审批管理部门 in sentences, no unit label); "

plan(X01,
     title="上海市建设项目“开工一件事”工作方案（关于印发《上海市建设项目“开工一件事”工作方案》的通知）",
     title_note="the plan's own title after the cover, or the notice title (printed twice): either is accepted",
     doc_no="沪建建管联〔2025〕310号",
     issuer="上海市住房和城乡建设管理委员会 with 市绿化市容局, 市水务局, 市数据局 (cover signatures)",
     date="2025-07-07",
     level="city bureaus (Shanghai, four issuers)",
     source=src("关于印发《上海市建设项目“开工一件事”工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9c6447607ba64b34b5aee492c142b678&siteId=0011", 3430),
     style="a cover (title twice, number, addressees, one sentence, four signature lines, date); the plan: preamble; 一、工作目标 "
           "(a paragraph); 二、任务分工 six unnumbered paragraphs 「X牵头负责…」 / 「X负责…」; 三、改革内容 （一） and （二） with "
           "「N.heading」 lines 1.–4. (one paragraph broken 「表单和\\n\\n申请材料」); 四、工作计划 three paragraphs dated "
           "2025年5月底 / 6月中旬 / 6月底 / 2026年6月底前; 五、改革成效 two paragraphs; 附件 line (a flow chart, not stored)",
     leaf_tasks=5,
     count_alternatives=[],
     childless_top_level_sections=["一、工作目标", "二、任务分工", "四、工作计划", "五、改革成效"],
     samples=[
        P(["三", "（一）"], note="the scope (「本市行政区域范围内各类房屋建筑和市政基础设施工程」); " + NODATE),
        P(["三", "（二）", "1"], note=FLOW + NODATE),
        P(["三", "（二）", "2"], note=FLOW + "the paragraph is broken in the stored text after 「简化申请表单和」; " + NODATE),
        P(["三", "（二）", "4"], note=FLOW + "「在规定时限内」 names no date; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 三、 （一） 1 + （二） 1.–4. 4 → 5; 一、工作目标, 二、任务分工, 四、工作计划 and 五、改革成效 have no "
            "numbered children: sections, not tasks — " + R26 + "; 二、 divides the work among bureaus in prose "
            "paragraphs as plans-dev 09's childless 三、职责分工 does (EXPECTED.md lines 318 and 337: not counted, no task "
            "carries its units), the plan's other tasks being numbered items; 四、's dated schedule and 五、's closing "
            "requirements are sections too (plans-dev 09 二、项目内容 / 五、经费保障); the plan's 三、 is no 保障措施 (the "
            "baseline's 「x59_01 三、保障措施」 is x59_02's / x59_03's). Was: 8 (二、, 四、, 五、 tasks; 7 and 9 accepted) with "
            "samples 二 (lead/responsible none, 市住房城乡建设管理委 accepted as lead), 四 (deadline 2026-06) and 五 — removed",
            "samples: 4 of 5 (all but 三/（二）/3)",
            "units: only in sentences (二、's 「市住房城乡建设管理委牵头负责…」 paragraphs, a section: prose roles, as plans-dev "
            "09's 三、 whose samples list no unit); 「区建设管理委、区绿化市容局、区水务局」 and 「市和区审批审查中心」 act in sentences",
            "dates: 四、's dated steps (2025年5月底 … 2026年6月底前) sit in a section, so no task carries them; 「七个」 / "
            "「六个具体事项」 count the merged matters (not checked); the 附件 flow chart is not in the stored text",
            "no duty (「定期交流进展情况」 is no report to a unit with a date)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x59_02_shanghai-2025-laojiu-dianti-anquan-pinggu-yuancheng-jiance-gongzuo-fangan.txt"
SJ = "各区市场监管局"

plan(X02,
     title="2025年上海市住宅老旧电梯安全评估和住宅电梯配备远程监测装置工作方案（上海市市场监督管理局 上海市房屋管理局 上海市财政局关于印发《2025年上海市住宅老旧电梯安全评估和住宅电梯配备远程监测装置工作方案》的通知）",
     title_note="the plan's own title after the cover, or the notice title (printed twice): either is accepted",
     doc_no="沪市监特种〔2025〕127号 (from the index; not printed in the stored text)",
     issuer="上海市市场监督管理局, 上海市房屋管理局, 上海市财政局",
     date="2025-05-12",
     level="city bureaus (Shanghai, three issuers)",
     source=src("上海市市场监督管理局 上海市房屋管理局 上海市财政局关于印发《2025年上海市住宅老旧电梯安全评估和.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=2c984a7296ca14000196cc2f1b700096&siteId=0019", 2421),
     style="a cover (title twice, addressees, one sentence, three signatures, date); the plan: preamble (a full-width space "
           "inside a cited title); 一、工作目标 (a paragraph with the year's figures); 二、工作安排 （一）–（三） stage headings "
           "with their months in brackets 「（2025年5月）」 「（2025年6月至11月）」 「（2025年12月）」; 三、保障措施 a paragraph; "
           "四、工作要求 （一）–（三）, （三） a monthly report with a contact in brackets; a 附件 list 1．–3． (full-width dots)",
     leaf_tasks=6,
     count_alternatives=[3],
     childless_top_level_sections=["一、工作目标", "三、保障措施"],
     samples=[
        S(["二", "（一）"], ["各区市场监管局"], ["各区市场监管局"], dl="2025年5月", dln="2025-05", note="round 29, CONVENTIONS.md rule 2: 「各区市场监管局要按照本方案要求，牵头制定相应的实施方案」: 「A牵头」, lead and responsible A (was lead [], responsible []); the earlier reading: " + "「各区市场监管局要…牵头制定相应的实施方案」: " + GOAL + "; the stage's month is the item's deadline"),
        S(["二", "（二）"], ["各区市场监管局"], ["各区市场监管局", "区住房保障房屋管理局", "市市场监管局"], lead_alternatives=[[]], dl="2025年6月至11月", dln="2025-11", targets=[(5, "%")],
          note="round 29, CONVENTIONS.md rule 2: 「各区市场监管局要…会同区住房保障房屋管理局督促项目实施部门…」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 「市市场监管局对…专家评议工作组织实施抽查」: the subject of 组织实施 is responsible too (several clauses: all their bodies, in order); 项目实施部门 is whom they urge (was lead [], responsible []); the earlier reading: " + "「各区市场监管局…会同区住房保障房屋管理局」: " + GOAL + "; 「抽样比例不低于工作量的5％」 the item's target (full-"
               "width ％); the smaller-workload rules (200台 / 10台, 600台 / 30台) are not checked; 市市场监管局 acts in a sentence"),
        P(["二", "（三）"], dl="2025年12月", dln="2025-12",
          note="各区市场监管局 / 市市场监管局 in sentences (no 牵头); the stage's month is the deadline; 「汇总形成验收报告和工作总"
               "结」 is written, not sent to a named unit (no duty)"),
        P(["四", "（一）"], note="several actors in sentences (各区市场监管局、住房保障房屋管理局, 市电梯行业协会会同市物业管理行业"
          "协会, 市住房城乡建设管理委、市房屋管理局协同…); 「2025年超长期特别国债资金」 names a fund (no date of work); " + NODATE),
        P(["四", "（三）"], skip_deadline=True,
          note="「在2025年6月至11月期间，每月20日前填写《工作推进情况表》…报送市市场监管局特种设备安全监察处」: a monthly report "
               "(duty); the item's own deadline is a rhythm over a window — not checked; 64220000转2612 is a telephone number"),
     ],
     plan_targets=[{"number": 1, "unit": "万台"}, {"number": 2.5, "unit": "万台"}],
     phases=[{"name": "前期准备阶段", "start": "2025-05", "end": "2025-05"},
             {"name": "推进实施阶段", "start": "2025-06", "end": "2025-11"},
             {"name": "督导总结阶段", "start": "2025-12", "end": "2025-12"}],
     duties=[{"what": "各区每月20日前填写《工作推进情况表》，报送市市场监管局特种设备安全监察处",
              "when": "在2025年6月至11月期间，每月20日前", "when_norm": "monthly (by the 20th)"}],
     notes=["counting: 二、 （一）–（三） 3 (stages with work; they are also the phases) + 四、 （一）–（三） 3 → 6; 一、工作目标 "
            "and 三、保障措施 have no numbered children: sections, not tasks — " + R26 + "; a plan that labels no unit counts "
            "its numbered leaves (plans-dev 08, seed 003), but its childless sections stay sections (plans-dev 04 一、总体要求, "
            "08 一、 二、, 09 三、职责分工 / 五、经费保障 in plans without labels). Accepted: 3 (二、's stages read as phases only). "
            "Was: 7 (三、 a task; 6, 4 and 8 accepted) with sample 三 (lead/responsible none, 市市场监管局 + 市财政局 accepted as "
            "lead) — removed",
            "samples: 5 of 6 (all but 四/（二）)",
            "plan targets: 「对1万台投入使用满15年的住宅老旧电梯开展安全评估…为2.5万台住宅电梯配备远程监测装置」 (1万台, 2.5万台); "
            "「满15年」 describes which lifts (not checked)",
            "phases: the three stages of 二、 with their bracketed months",
            "duty: the monthly progress table to 市市场监管局特种设备安全监察处, June–November 2025",
            "the 附件 list 1．–3． names attachments not stored (no tasks)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x59_03_shanghai-2025-jiyou-zhuzhai-dianti-shiyong-anquan-guanli-shishi-fangan.txt"

plan(X03,
     title="关于进一步加强既有住宅电梯使用安全管理工作的实施方案（关于印发《关于进一步加强既有住宅电梯使用安全管理工作的实施方案》的通知）",
     title_note="the plan's own title after the cover, or the notice title: either is accepted",
     doc_no="沪房物业〔2025〕47号 (from the index; not printed in the stored text)",
     issuer="市住房城乡建设管理委, 市房屋管理局, 市市场监管局 (cover signatures; the index names 上海市房屋管理局)",
     date="2025-04-03 (signature; the index gives 2025-04-14)",
     level="city bureaus (Shanghai, three issuers)",
     source=src("关于印发《关于进一步加强既有住宅电梯使用安全管理工作的实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=7e9cc5665f9540c7b4373c8f06dd66df&siteId=0013", 4293),
     style="a cover (addressees, one sentence, three signatures, date); the plan: preamble; 一、工作目标 (one paragraph of "
           "qualitative goals); 二、主要任务 （一）–（六） heading lines with 「N.heading」 lines 1.–2./1.–2./1.–4./1.–3./1.–3./1.–3. "
           "over one paragraph each; 三、保障措施 a paragraph; no unit labels; one dated item (二/（五）/1 「到2027年底」)",
     leaf_tasks=17,
     count_alternatives=[6],
     childless_top_level_sections=["一、工作目标", "三、保障措施"],
     samples=[
        P(["二", "（一）", "1"], note="「按季度梳理…热线市民反映故障较为集中的电梯」 a quarterly review, not a report to a unit; "
          "「满15年」 describes the lifts (not checked); 12345 / 962121 are hotline numbers; " + NODATE),
        P(["二", "（一）", "2"], note="「将评估结果报送市场监管部门的同时，抄送…」 a standing information flow without a date (see "
          "duties); " + NODATE),
        P(["二", "（三）", "1"], note="「市市场监管部门要…分区建立属地“问题电梯”台账清单，抄送各区」: a bureau in a sentence, no "
          "label; " + NODATE),
        P(["二", "（三）", "4"], targets=[(5, "个工作日")], not_targets=[(15, "个自然日")],
          note="「将监督检验周期从15个自然日缩短至5个工作日」: 5个工作日 the target, 15个自然日 the old value; " + NODATE),
        P(["二", "（四）", "1"], note="「每年公布…较差单位名单，通报房屋管理部门」 a yearly publication and notice of a list, no "
          "dated report; " + NODATE),
        P(["二", "（五）", "1"], dl="到2027年底", dln="2027-12",
          note="「到2027年底，力争实现住宅电梯远程监测全覆盖」: the item's date (全覆盖 has no figure)"),
        P(["二", "（六）", "3"], targets=[(5, "万元")],
          note="「工程费用超过5万元的，指导督促…聘请专业审价机构」: the threshold written in the item counts as its target "
               "(round-25 rule, plans-dev 01 二/（三））; 「“三审”」 a name; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "将评估结果报送市场监管部门的同时，抄送市房屋管理部门、各区人民政府及属地街镇和居民委员会、业主委员会",
              "when": "not stated", "when_norm": None}],
     notes=["counting: 二、 （一） 2 + （二） 2 + （三） 4 + （四） 3 + （五） 3 + （六） 3 → 17; 一、工作目标 and 三、保障措施 "
            "have no numbered children: sections, not tasks — " + R26 + " (as in x59_02: a plan without labels counts its "
            "numbered leaves, its childless sections stay sections, plans-dev 04 / 08 / 09). Accepted: 6 (（一）–（六） as "
            "leaves). Was: 18 (三、 a task; 17, 7 and 6 accepted) with sample 三 (lead/responsible none) — removed",
            "samples: 7 of 17, from （一）, （三）, （四）, （五） and （六）",
            "units: none labelled anywhere; 市市场监管部门, 各区, 房屋管理部门 act in sentences",
            "dates: one — 二/（五）/1 到2027年底; 「按季度」 and 「每年」 are rhythms of work, not of reports",
            "duty: the assessment results sent to 市场监管部门 and copied to the other bodies (no date)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x59_04_shanghai-2025-shigu-yinhuan-neibu-baogao-jiangli-jizhi-shishi-fangan.txt"
FIRM = "a duty of the firms (生产经营单位 are the regulated parties, not units of the plan); no label; "

plan(X04,
     title="推动建立完善全市住房城乡建设领域生产经营单位事故隐患内部报告奖励机制实施方案（上海市住房和城乡建设管理委员会关于印发《推动建立完善全市住房城乡建设领域生产经营单位事故隐患内部报告奖励机制实施方案》的通知）",
     title_note="the plan's own title after the cover, or the notice title (printed twice): either is accepted",
     doc_no="沪建质安〔2025〕114号",
     issuer="上海市住房和城乡建设管理委员会",
     date="2025-02-26",
     level="city bureau (Shanghai)",
     source=src("上海市住房和城乡建设管理委员会关于印发《推动建立完善全市住房城乡建设领域生产经营单位事故隐患内部报告.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=593f590a7ef84da8b6d0047573e60d97&siteId=0011", 4062),
     style="a cover (title twice, number, addressees, a sentence naming the approving meeting 「2025年第2次主任办公会议」, "
           "「特此通知」, date); the plan: preamble; 一、工作目标 two paragraphs (the second dated 「2025年6月底前」); 二、工作举措 "
           "（一）–（十） run-in 「（N）heading。text」 items, （二） with a list 1.–4. of what to report; 三、推动措施 （一）–（三） "
           "run-in items, （一） dated 「于2025年6月底前」",
     leaf_tasks=16,
     count_alternatives=[13, 17, 14],
     samples=[
        P(["二", "（一）"], note=FIRM + NODATE),
        P(["二", "（二）", "1"], note="a kind of hazard to report (a list item); numbered leaves are tasks by the rule (13 "
          "with （二） one leaf accepted); " + NODATE),
        P(["二", "（二）", "4"], note="the last list item; " + NODATE),
        P(["二", "（四）"], note=FIRM + "「并向属地住建部门报告」 when a major hazard cannot be fixed at once: an event-driven "
          "report (see duties); " + NODATE),
        P(["二", "（五）"], note=FIRM + "「财资〔2022〕136号」 a document number, not a figure; " + NODATE),
        P(["二", "（七）"], note=FIRM + NODATE),
        P(["二", "（十）"], note=FIRM + NODATE),
        P(["三", "（一）"], dl="2025年6月底前", dln="2025-06",
          note="「各级住建部门要督促辖区内的住建领域生产经营单位于2025年6月底前建立内部事故隐患报告奖励制度」: 各级住建部门 and "
               "本市国有企业和在沪央企 act in sentences (no label); the dated sentence is the item's deadline"),
        P(["三", "（二）"], note="各单位 / 各级住建部门 in sentences; 「“不合格”」 / 「“优良”」 are grades, not targets; " + NODATE),
        P(["三", "（三）"], note="「“班前班后五分钟”」 a name of a practice (no target); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "对存在重大事故隐患不能立即整改的，落实整改责任、措施、资金、期限和应急措施，并向属地住建部门报告",
              "when": "when such a hazard is found", "when_norm": None}],
     notes=["counting: 一、工作目标 a section (its 2025年6月底前 sentence is a goal; the same date is 三/（一）'s deadline); 二、 "
            "（一） + （二） 1.–4. 4 + （三）–（十） 8 = 13, 三、 （一）–（三） 3 → 16; accepted: 13 (（二） one leaf), 17 (一、 a task) "
            "and 14 (both)",
            "samples: 10 of 16",
            "units: none labelled; the firms (生产经营单位) are the regulated parties; 各级住建部门 / 各单位 act in sentences",
            "dates: 2025年6月底前 (三/（一）); the cover's meeting 「2025年第2次主任办公会议」 is no date of work",
            "duty: the firms' report of a major hazard to the local 住建部门 (event-driven, no date)"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x59_02", ["四", "（一）"], ["市电梯行业协会", "市住房城乡建设管理委", "市房屋管理局"], ["各区市场监管局", "住房保障房屋管理局", "市电梯行业协会", "市物业管理行业协会", "市住房城乡建设管理委", "市房屋管理局", "市发展改革委", "市市场监管局", "市财政局"],
        "the item's own work is its two branches (「对于…表决通过的，各区市场监管局、住房保障房屋管理局应…可组织开展专家评议…对于业主未达成一致意见的，应组织开展安全评估」: 组织开展; the branches are the item's work, not a case inside it, round-30 clarification), 「市电梯行业协会会同市物业管理行业协会，建立专家资源库」 (「A会同B＋verb」) and 「市住房城乡建设管理委、市房屋管理局协同市发展改革委、市市场监管局、市财政局，共同组织指导各区…」 (「A协同B＋verb」 reads as 会同): all their bodies in printed order, lead the 会同/协同 bodies (lead [] accepted); the 业主 are persons", alt=[[]], rule="2 and 3")
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x59_04', ['二', '（一）'], 'a designation is a doer',
        '「生产经营单位是本单位内部事故隐患报告奖励工作的责任主体，应当…建立健全事故隐患内部报告奖励机制」: a designated 责任主体 (a kind of '
        'body; the round-31 reading of 生产经营单位 with a rule-2 verb), responsible, no lead', lead=[], resp=['生产经营单位'],
        alt=[['生产经营单位']])
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x59_01', S32(['二'], ['市住房城乡建设管理委'], ['市住房城乡建设管理委', '市绿化市容局', '市水务局', '市数据局', '区建设管理委', '区绿化市容局', '区水务局', '市和区审批审查中心'],
          note='「市住房城乡建设管理委牵头负责…」 the lead (A牵头负责), 「市绿化市容局、市水务局参与…」 B参与, 「市数据局负责…」, then paragraphs opening 市住房城乡建设管理委／市绿化市容局／市水务局 (负责), 「区建设管理委、区绿化市容局、区水务局…共同推进落实」, 「市和区审批审查中心保障…」 (one name as printed, as 「市、区X部门」); no date'),
          'a childless section of unit paragraphs', '「二、任务分工」 has no numbered children; its six unnumbered paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order',
          '二、任务分工', leaf_tasks=6)
write_collected(DIR)
