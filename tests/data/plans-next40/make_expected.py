# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next40/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 24 (built by c40): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``row_in_table_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next40/make_expected.py tests/data/plans-next40
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    align29,
    plan,
    prose_and_listed,
    row_in_table_in,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

GOAL = ("a 牵头 (or 会同) actor in a sentence (no label): lead = [], that unit accepted as lead (plans-next25/27/30/33/35/37 "
        "convention)")
src = shanghai_source
P, U = prose_and_listed(PROSE_ACTORS)
row_in_table = partial(row_in_table_in, DIR)

# ---------------------------------------------------------------------------------------------------------
X01 = "x40_01_jingan-2024-yingshang-huanjing-tese-pinpai-gongzuo-fangan.txt"
BRAND = "2024年静安区营商环境建设任务分工表（品牌创建清单）"
ROW = ("a row of the attached 基础任务清单 (改革领域 | 序号 | 改革事项 | 落实推进单位, one cell a line); the 落实推进单位 "
       "cell is the row's unit(s)")
MANY = "several units in the 落实推进单位 cell, no lead rule: lead = [], responsible = the units as printed"


def brand(n, units, targets=(), note="", **kw):
    """Row n of the 品牌创建清单 (创建领域 | 序号 | 品牌名称 | 工作举措 | 落实推进单位)."""
    s = U(["附件", "品牌创建清单", str(n)], units, targets,
          note="a row of the attached 品牌创建清单 (the brand's name, its measures 「1、…」 in one cell, the 落实推进单位 "
               "cell); " + note, **kw)
    s.update(row_in_table(X01, BRAND, n))
    return s


plan(X01,
     title="静安区全面落实市营商环境7.0版方案要求创建营商环境特色品牌的工作方案（关于印发《静安区全面落实市营商环境7.0版方案要求 创建营商环境特色品牌的工作方案》的通知）",
     title_note="the plan's own title after the cover (no space before 「创建」), or the notice title (the first line, with a "
                "space before 「创建」): either is accepted",
     doc_no="静营商办〔2024〕1号 (from the index; the stored text prints no number)",
     issuer="上海市静安区优化营商环境工作联席会议办公室 (the signature); the index names 上海市静安区发展和改革委员会",
     date="2024-03-11 (signature); the index dates it 2024-03-18",
     level="district (Shanghai Jing'an), the district's business-environment joint-meeting office",
     source=src("工程建设管理", "关于印发《静安区全面落实市营商环境7.0版方案要求 创建营商环境特色品牌的工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=44851d51-196c-4b15-9193-d30476b38a54&siteId=0072", 25265),
     style="a district work plan after a short cover (addressed to the joint meeting's member units; one sentence; signature, "
           "date); 一、 二、 headings over paragraphs (二、 with a 9-row field-to-unit table 「序号 | 创建领域 | 责任单位」 one "
           "cell a line); 三、阶段任务安排 （一）–（四） four phases with months and no year 「（一）动员部署阶段（1-3月）」; "
           "四、保障措施 （一）–（三）; then 附件 two task tables flattened one cell a line: 基础任务清单 (改革领域 | 序号 | "
           "改革事项 | 落实推进单位, rows 1–153) and 品牌创建清单 (创建领域 | 序号 | 品牌名称 | 工作举措 | 落实推进单位, rows "
           "1–49, measures 「1、…」 inside one cell on single-newline lines)",
     leaf_tasks=7, count_alternatives=[9, 160, 162, 209, 211, 202],
     attachment_task_rows=202,
     childless_top_level_sections=["一、不折不扣落实“五大行动”", "二、凝聚合力打造“品牌”“特色”"],
     samples=[
        P(["三", "（一）"], dl="1-3月", dln="2024-03",
          note="a phase item 「动员部署阶段（1-3月）」: the year is the plan's (2024, from the attached tables' titles and the "
               "signature 2024年3月11日), end 2024-03; 「各责任单位根据分工…」 「由区营商办统筹制定」 act in sentences, no label"),
        P(["三", "（二）"], dl="3-10月", dln="2024-10",
          note="a phase item 「日常跟踪阶段（3-10月）」, end 2024-10 (year from the plan); 「定期向创建单位分享」 no rhythm with a "
               "date, not a report"),
        P(["三", "（三）"], dl="10月", dln="2024-10", note="a phase item 「成果交流阶段（10月）」 (year from the plan)"),
        P(["三", "（四）"], skip_deadline=True,
          note="a phase item 「总结宣传阶段（10月开始）」: a start, not an end — the deadline is not checked"),
        P(["四", "（一）"], note="「各部门、各街道、镇、各功能区…成立工作专班」 categories in a sentence; " + NODATE),
        P(["四", "（三）"], note="no actor named; " + NODATE),
        U(["附件", "1"], ["区市场监管局"], note=ROW + "; the first row; " + NODATE),
        U(["附件", "6"], ["各相关单位"], note=ROW + "; 「各相关单位」 a category, kept as printed (as plans-next30 keeps "
          "各相关部门); " + NODATE),
        U(["附件", "10"], ["区规划资源局"], note=ROW + "; " + NODATE),
        U(["附件", "22"], ["区科委", "区市场监管局", "区房管局", "区建设管理委"],
          note=ROW + "; " + MANY + "; 「（相关情况纳入全市各区营商环境考核）」 an assessment, not a report; " + NODATE),
        U(["附件", "29"], ["区人力资源社会保障局"], note=ROW + "; " + NODATE),
        U(["附件", "40"], ["区投资办", "区金融办"], note=ROW + "; " + MANY + "; " + NODATE),
        U(["附件", "50"], ["区司法局", "区法院"], note=ROW + "; " + MANY + "; " + NODATE),
        U(["附件", "54"], ["区财政局", "区建设管理委", "区市场监管局"],
          note=ROW + "; " + MANY + "; 「相关行业主管部门会同市场监管部门」 in the text are categories — the cell gives the units; "
               + NODATE),
        U(["附件", "71"], ["区一网通办专班"], targets=[(90, "%")],
          note=ROW + "; 「实现“1分钟内首次响应，90%解决率”」: 90% the row's target (1分钟 a response time beside it, not "
               "checked); " + NODATE),
        U(["附件", "83"], ["区投资办"],
          note=ROW + "; 「2023年11月22日…通过」 the date a cited decision was adopted, not a deadline; 「有关要求,参照」 an "
               "ASCII comma; " + NODATE),
        U(["附件", "98"], ["区科委", "区公安分局"], note=ROW + "; " + MANY + "; 「A类」 「B类」 classes, no quantity; " + NODATE),
        U(["附件", "102"], ["区市场监管局"], [(2, "次")],
          note=ROW + "; aligned round 33: CONVENTIONS.md Thresholds (round 30's line: 不超过 / 原则上不超过 join a "
               "ceiling) — 「原则上每年不得超过两次」 a ceiling of the rule joined to 不得超过, a target (the earlier "
               "reading: a ceiling on joint inspections, not a target); " + NODATE),
        U(["附件", "125"], ["区市场监管局"], note=ROW + "; " + NODATE),
        U(["附件", "135"],
          ["区公安分局", "区消防支队", "区生态环境局", "区文化旅游局", "区卫生健康委", "区人力资源社会保障局", "区金融办", "区市场监管局"],
          note=ROW + "; " + MANY + " (eight); " + NODATE),
        U(["附件", "144"], ["区信访办", "区城运中心", "区投资办", "区商务委"], note=ROW + "; " + MANY + "; " + NODATE),
        U(["附件", "153"], ["区发展改革委", "区新闻办"], note=ROW + "; the last row of the 基础任务清单; " + MANY + "; " + NODATE),
        brand(2, ["区商务委"], targets=[(3, "场")], skip_deadline=True,
              note="「今年计划组织日本、美国、一带一路三场相关外资企业圆桌会议」: three meetings the row's target (Chinese "
                   "numeral); 「今年」 (2024) a reader may take as a deadline or not: not checked"),
        brand(12, ["区应急局"], note="「每月准时上报重点执法检查企业」 a monthly report (see duties); " + NODATE),
        brand(17, ["区医保局"], not_targets=[(14, "个")],
              note="「14个街镇中心为“数据仓库”」 counts existing centres; 「1+14+N」 「15分钟医保服务圈」 names; " + NODATE),
        brand(29, ["区工商联"],
              note="「每季度举办圆桌会」 a quarterly meeting with private firms (a consultation, not a report to a unit; not "
                   "taken as a duty); " + NODATE),
        brand(31, ["曹家渡街道"],
              note="a street office as the cell's unit; 「1位处级领导、1位科级联络员…」 the make-up of a team, not targets; "
                   "「处级领导负总责」 a post; " + NODATE),
        brand(38, ["芷江西路街道"], targets=[(2, "次")],
              note="「每月现场实地走访不少于两次」 a floor (a target, Chinese numeral); 「每半年汇总服务情况及成效」 a summary kept "
                   "by the office, not a report to a unit (not taken as a duty); " + NODATE),
        brand(46, ["苏河湾公司"], not_targets=[(24, "栋")],
              note="「区域内24栋重点楼宇内千余家入驻企业」 the scope (existing buildings), not a target; a company as the "
                   "cell's unit; " + NODATE),
        brand(49, ["区行政服务中心"], note="the last row of the 品牌创建清单; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "动员部署阶段", "start": "2024-01", "end": "2024-03"},
             {"name": "日常跟踪阶段", "start": "2024-03", "end": "2024-10"},
             {"name": "成果交流阶段", "start": "2024-10", "end": "2024-10"},
             {"name": "总结宣传阶段", "start": "2024-10", "end": None}],
     duties=[{"what": "根据全市营商环境建设动态监测要求，探索运用信息化手段按月做好情况跟踪", "when": "按月",
              "when_norm": "monthly"},
             {"what": "设置专人专岗，每月准时上报重点执法检查企业", "when": "每月", "when_norm": "monthly"}],
     notes=["counting: 一、 and 二、 are headings over paragraphs with no numbered children (sections, EXPECTED.md's rule; "
            "二、's 9-row table 「创建领域 | 责任单位」 gives fields to units, not tasks); 三、 （一）–（四） 4 (phases, also "
            "leaves); 四、 （一）–（三） 3 → 7 in the body. Accepted: 9 (一、 二、 as tasks), and with the attached tables' rows "
            "(基础任务清单 153, 品牌创建清单 49): 160 / 162 (body + 基础), 209 / 211 (body + both) and 202 (the rows alone). "
            "attachment_task_rows = 153 + 49 = 202",
            "samples: four phase items and two of 四、 in the body; 16 rows of the 基础任务清单 (first, last, one- and "
            "many-unit cells, the figures) and 8 of the 品牌创建清单",
            "units: every table row names its 落实推进单位 in its own cell and no lead rule is given: a single unit → "
            "responsible = it, lead = [] (accepted as lead); several → responsible = all, lead = []; categories "
            "(各相关单位, 各街道、镇) kept as printed. The body names actors in sentences only (区营商办, 各责任单位): none",
            "dates: the phases' months have no year; 2024 is read from the tables' titles 「2024年静安区…」 and the signature "
            "2024年3月11日; 「（10月开始）」 a start only (not checked); 83's 2023年11月22日 a cited decision's date; no dated row",
            "duties: 一、's monthly 情况跟踪 (a coordination rhythm) and 品牌 12's monthly 上报; not duties: 品牌 29's quarterly "
            "圆桌会 (a meeting with firms), 品牌 38's half-yearly 汇总 (the office's own summary), 品牌 40's monthly 企业服务日",
            "figures: 90% (基础 71), 三场 (品牌 2) and 不少于两次 (品牌 38) targets; 每年不得超过两次 (基础 102) a ceiling (a target, aligned round 33), "
            "14个 / 24栋 counts of what exists, 「7.0版」 「1+1+X」 「1+14+N」 「1+7」 names; no plan-level figure"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x40_02_fengxian-2024-chanjiao-ronghe-gaozhiliang-fazhan-shishi-fangan.txt"
PAIR = ("「(牵头单位：A，责任单位：B)」 closes the item: lead = the 牵头单位, responsible = lead + 责任单位 (as plans-next8 "
        "reads the 奉贤 「(牵头单位：…;配合单位：…)」 pairs)")
FUND = ("a grant ceiling or rate of a support measure (a policy amount for applicants): the item's target — round 25, "
        "convention 1 (plans-dev 01 二/（三）, EXPECTED.md line 87: a loan policy's ceilings and rates are that item's "
        "targets); round 24 had it as not a target")

plan(X02,
     title="奉贤区促进产教融合高质量发展实施方案（2024-2026年）",
     title_note="the stored title line (the notice prints no 「关于印发」 title), or the plan's title after the cover printed "
                "over two lines 「奉贤区促进产教融合高质量发展实施方案」 / 「(2024-2026年)」: either is accepted",
     doc_no="沪奉发改规〔2024〕1号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区发展和改革委员会 with six other district bodies (the signature: 区经委, 区科委, 区财政局, 区人力资源"
            "社会保障局, 区建设管理委, 区房管局)",
     date="2024-02-02",
     level="district (Shanghai Fengxian), seven district bureaus jointly",
     source=src("工程建设管理", "奉贤区促进产教融合高质量发展实施方案（2024-2026年）.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00844310&siteId=0084", 2344),
     style="a district implementation plan (规范性文件) after a cover (addressees, one sentence, seven signing bodies, date); "
           "the title over two lines with ASCII brackets 「(2024-2026年)」; 一、支持范围 and 二、行动目标 paragraphs; 三、行动"
           "任务 「N.heading」 lines 1.–10., each over a paragraph closing with 「(牵头单位：X，责任单位：Y)」 in ASCII brackets "
           "(5. a 牵头单位 only; 2. and 10. with 「<区金融办>」 「<区交通委>」 in angle brackets); 四、附则 1.–4.",
     leaf_tasks=14, count_alternatives=[10, 16],
     attachment_task_rows=0,
     childless_top_level_sections=["一、支持范围", "二、行动目标"],
     samples=[
        S(["三", "1"], ["区发展改革委"], ["区发展改革委", "区财政局"], targets=[(10, "亿元")],
          note=PAIR + "; 「首期规模为10亿元」 the fund's size, the item's target; " + NODATE),
        S(["三", "2"], ["区财政局<区金融办>"], ["区财政局<区金融办>", "奉投集团", "开伦集团"], targets=[(5, "亿元")],
          lead_alternatives=[["区财政局"], ["区财政局", "区金融办"]],
          note=PAIR + "; the lead printed 「区财政局<区金融办>」 (the finance office under the bureau, in angle brackets): "
               "kept whole; 区财政局 alone, or both names, accepted as lead; 「5亿元规模」 the fund's size, a target; " + NODATE),
        S(["三", "3"], ["区科委", "区发展改革委"], ["区科委", "区发展改革委", "区经委"], targets=[(500, "万元")],
          note=PAIR + " (two leads); 「给予最高500万元奖补」 " + FUND + "; " + NODATE),
        S(["三", "4"], ["区科委", "区发展改革委"], ["区科委", "区发展改革委", "区经委"],
          targets=[("1000-2000", "万元"), (50, "万元")],
          note=PAIR + "; 「1000万元~2000万元资助」 and 「最高50万元」 " + FUND + "; " + NODATE),
        S(["三", "5"], ["区人力资源社会保障局"], ["区人力资源社会保障局"], targets=[(10000, "元"), (1000, "元")],
          note="「(牵头单位：区人力资源社会保障局)」 only: lead and responsible that unit; 「最高10000元/人」 「1000元/人」 "
               + FUND + "; " + NODATE),
        S(["三", "6"], ["区经委"], ["区经委", "各街镇", "开发区"], targets=[(10, "万平方米")],
          note=PAIR + "; 「提供总计10万平方米的优质空间载体支持」 the space to provide, the item's target; 「三年租金减免」 the "
               "length of a benefit, not a deadline; " + NODATE),
        S(["三", "7"], ["区房管局"], ["区房管局", "奉发集团"],
          note=PAIR + "; 「三年人才公寓租金减免」 the length of a benefit; " + NODATE),
        S(["三", "8"], ["区人力资源社会保障局", "区房管局"], ["区人力资源社会保障局", "区房管局", "区经委"],
          targets=[(1, "套"), ("40-80", "万元")],
          note=PAIR + "; 「1套」 「40~80万元不等的货币补贴」 what an applicant may get: the item's targets — round 25, "
               "convention 1 (plans-dev 01 二/（三）, EXPECTED.md line 87: a policy's entitlements and subsidies are its "
               "targets; round 24 had them as not targets); " + NODATE),
        S(["三", "9"], ["区科委", "区发展改革委"], ["区科委", "区发展改革委", "区经委", "区投资促进办"],
          targets=[(50, "%"), (100, "万元")],
          note=PAIR + "; 「按照实际发生金额50%给予支持，单次活动最高支持100万元」 " + FUND + "; " + NODATE),
        S(["三", "10"], ["区建设管理委<区交通委>"], ["区建设管理委<区交通委>", "交能集团"],
          lead_alternatives=[["区建设管理委"], ["区建设管理委", "区交通委"]],
          note=PAIR + "; the lead printed 「区建设管理委<区交通委>」: kept whole, 区建设管理委 alone or both names accepted "
               "as lead; 「增加…公交班次」 no number; " + NODATE),
        S(["四", "1"], [], [], lead_alternatives=[["区发展改革委"]],
          note="「办公室设在区发展改革委，负责统筹协调和推进落实本实施方案」: the office's seat in a sentence, no label — lead "
               "and responsible none (区发展改革委 accepted as lead); 区委书记、区长 are posts; " + NODATE),
        S(["四", "3"], [], [],
          note="「由各牵头单位会同相关责任单位共同制定」: categories in a sentence, no label — none; " + NODATE),
        S(["四", "4"], [], [],
          note="「自2024年3月10日起实施，有效期至2026年12月31日」 the plan's validity (entry into force and expiry), not a "
               "deadline or phase (as plans-next35/37 read validity); no unit"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、支持范围 and 二、行动目标 are sections (paragraphs, no numbered children); 三、 1.–10. 10; 四、附则 "
            "1.–4. 4 → 14 (every numbered leaf). Accepted: 10 (附则 read as rules, not tasks) and 16 (一、 二、 as tasks)",
            "samples: all ten 行动任务 and 附则 1, 3, 4",
            "units: each 行动任务 closes with 「(牵头单位：X，责任单位：Y)」 (ASCII brackets, a Chinese comma): lead = X, "
            "responsible = X + Y as plans-next8 reads the same district's pairs; 5. names a 牵头单位 only; the angle-bracketed "
            "second names 「区财政局<区金融办>」 「区建设管理委<区交通委>」 are kept whole, the bureau alone or both names "
            "accepted as lead",
            "dates: 二、's 「到2026年」 the goal year of the plan's qualitative 「1+5」 goal (no figure: no plan target); 四、4.'s "
            "validity 2024-03-10 – 2026-12-31 and the cover's 2024年2月2日 are no deadlines; no phases, no duties",
            "figures: 10亿元, 5亿元 (fund sizes) and 10万平方米 (space) are targets; grant ceilings and rates (500万元, "
            "1000–2000万元, 50万元, 10000元/人, 1000元/人, 50%, 100万元) and benefits (1套, 40~80万元) are targets too since "
            "round 25 (convention 1: plans-dev 01 二/（三）, EXPECTED.md line 87, lists a loan policy's ceilings and rates as "
            "that item's targets; round 24 had them as not targets); 三年 the length of a benefit; 「1+5」 a name"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x40_03_baoshan-2021-jiezhen-zonghe-xingzheng-zhifa-shishi-yijian.txt"
BAO = "district bureau (Shanghai Baoshan), addressed to 各街镇"

plan(X03,
     title="关于进一步加强宝山区街镇综合行政执法工作的实施意见（关于印发《关于进一步加强宝山区街镇综合行政执法工作的实施意见》的通知）",
     title_note="the opinion's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="宝城执〔2021〕24号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区城市管理行政执法局",
     date="2021-08-24",
     level=BAO,
     source=src("工程建设管理", "关于印发《关于进一步加强宝山区街镇综合行政执法工作的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=60dc6296-8788-4511-b35e-1aabf31cb476&siteId=0078", 3703),
     style="a district bureau's implementing opinion after a cover (「各街镇：」, one sentence, signature, date); a preamble "
           "citing 沪委办发〔2020〕28号 and 沪城管联〔2021〕4号; 一、指导思想 (a paragraph); 二、主要内容 （一）–（六） heading "
           "lines over 「N.heading。text」 items 1.–3. each; 三、工作要求 （一）–（三） heading lines over a paragraph each; NO "
           "unit labels: 区城管执法局, its 执法大队 and 指挥中心, 街镇综合行政执法队（城市管理行政执法中队）, 街镇司法所 act "
           "in sentences, some with 负责",
     leaf_tasks=21, count_alternatives=[18, 9],
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        P(["二", "（一）", "1"],
          note="「街道办事处、镇人民政府为…执法主体」 and 「街镇综合行政执法队…具体承担本辖区内综合行政执法工作」: duties in "
               "sentences, no label — none; " + NODATE),
        P(["二", "（一）", "2"],
          note="「区城管执法局主要负责…」 「区城管执法局执法大队具体负责…」: 负责 in sentences that divide work among three "
               "bodies, no label (as plans-next37 reads x37_03's 「负责」 sentences) — none; " + NODATE),
        P(["二", "（一）", "3"], note="no actor named; " + NODATE),
        P(["二", "（二）", "1"], targets=[(3, "名")],
          note="「有正式党员3名以上的，应建立党支部」 a threshold (when a branch is set up; round 30: CONVENTIONS.md thresholds — 「3名以上的，」: a "
               "target); " + NODATE),
        P(["二", "（二）", "2"],
          note="「区城管执法局制定…评议办法…评议结果纳入各街镇年终考核」: the bureau in a sentence; an assessment, not a "
               "report; " + NODATE),
        P(["二", "（三）", "3"],
          note="「街镇司法所负责街镇重大行政执法决定法制审核工作」, 「可以会商区城管执法局，区城管执法局给予支持配合」: 负责 "
               "and 会商 in sentences, no label — none; " + NODATE),
        P(["二", "（四）", "1"], note="「“7·15公众开放日”」 a name (a date in a name, no deadline); no actor named; " + NODATE),
        P(["二", "（四）", "2"],
          note="「区城管执法局指挥中心突出…」, 「…指挥平台聚焦数据报送…」: bodies in sentences; 数据报送 a function of a "
               "platform, not a duty with a recipient; 「三级」 no quantity; " + NODATE),
        P(["二", "（五）", "1"],
          note="「健全区城管执法局、街镇与建管、规资…水务等职能部门之间执法协调衔接机制」: the parties of a mechanism, no "
               "label; 「相互告知、案件移送」 referrals, not reports; " + NODATE),
        P(["二", "（五）", "3"],
          note="「应当依法将案件移送司法机关查处」 a referral of cases, not a report; " + NODATE),
        P(["二", "（六）", "3"], note="the last leaf of 二、; " + NODATE),
        P(["三", "（一）"], note="no actor named; " + NODATE),
        P(["三", "（三）"], note="the last item; no actor named; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、指导思想 a section; 二、 （一）–（六） 1.–3. each 18; 三、 （一）–（三） 3 → 21 (every numbered leaf). "
            "Accepted: 18 (三、工作要求 read as general requirements, not tasks) and 9 (二、's （一）–（六） as the tasks, their "
            "1.–3. as text, + 三、 3)",
            "samples: thirteen of 21 leaves across 二、 (（一） all three, （二） 1–2, （三）3, （四） 1–2, （五） 1 and 3, （六）3) "
            "and 三、 （一）（三）",
            "no unit label anywhere: lead and responsible none for every sample; 区城管执法局, its 执法大队 and 指挥中心, the "
            "街镇 squads and 街镇司法所 act in sentences, some with 负责 (二/（一）/2, 二/（三）/3) — read as prose, as "
            "plans-next37 did",
            "dates: the cover's 2021年8月24日 and 「7·15」 in an event's name only: no deadlines, no phases",
            "duties: none — 二/（四）/2's 数据报送 is a platform's function with no recipient; 案件移送 and 相互告知 are referrals",
            "figures: 3名 (二/（二）/1) a threshold; 「三项制度」 「三级」 「一支队伍」 names; no target, no plan-level figure"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x40_04_baoshan-2021-zonghe-zhifa-duiwu-jianshe-shishi-yijian.txt"

plan(X04,
     title="关于进一步加强宝山区综合执法队伍建设的实施意见（关于印发《关于进一步加强宝山区综合执法队伍建设的实施意见》的通知）",
     title_note="the opinion's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="宝城执〔2021〕23号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区城市管理行政执法局",
     date="2021-08-11",
     level=BAO,
     source=src("工程建设管理", "关于印发《关于进一步加强宝山区综合执法队伍建设的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e9486ef0-4787-445c-a495-5d548461ab21&siteId=0078", 3665),
     style="a district bureau's implementing opinion after a cover (「各街镇：」, one sentence, signature, date); 一、指导思想 "
           "(a paragraph); 二、建设原则 four paragraphs 「一是…」–「四是…」 (ordinals in the text, not item numbers); 三、基本制度 "
           "（一）–（八） heading lines over one to three paragraphs; 四、工作要求 （一）–（三）; an 附件 list of six titles "
           "「附件：1.…」 (not attached); NO unit labels: 区城管执法局 (and its 党组), 各街镇 / 街镇党（工）委, 区委组织部 act in "
           "sentences",
     leaf_tasks=11, count_alternatives=[15, 8, 12],
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、建设原则"],
     samples=[
        S(["三", "（一）"], ["区城管执法局"], ["区城管执法局", "各街镇"], lead_alternatives=[[]], note="round 29, CONVENTIONS.md rule 2 and 3: 「区城管执法局会同各街镇制定招录计划报区委组织部审核」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 区委组织部 approves (rule 3) (was lead [], responsible []); the earlier reading: " + "「区城管执法局会同各街镇制定招录计划报区委组织部审核」 — " + GOAL + "; the submission is a duty (see duties); "
               + NODATE),
        P(["三", "（二）"],
          note="「新进执法人员应参加由市公务员局、市司法局、市城管执法局联合组织的…考试」: city bodies organise (context), "
               "no label; 「定期换发」 no date; " + NODATE),
        P(["三", "（三）"],
          note="「区城管执法局制定年度教育培训方案」 a yearly plan of the bureau in a sentence (not a report); 「基层各单位」 a "
               "category; " + NODATE),
        P(["三", "（四）"], not_targets=[(5, "年"), (10, "年")],
          note="「同一职位工作满5年的主要负责人，…满10年的其他执法人员，应当进行转任交流」 conditions, not targets; 区城管执法局 "
               "「制定轮岗交流方案，经区委组织部审核同意后组织实施」 in a sentence; " + NODATE),
        P(["三", "（五）"], lead_alternatives=[["区城管执法局"]],
          note="two paragraphs and a closing line: 「区城管执法局要加强后备干部调研，会同街镇建立…名单」 — " + GOAL + "; the "
               "selection steps of 街镇党（工）委 and 区城管执法局党组; 「各街镇制定…职级晋升方案，经区城管执法局党组备案，报区委"
               "组织部（区公务员局）审核」 a filing and submission (see duties); " + NODATE),
        P(["三", "（六）"], not_targets=[(30, "%")],
          note="「原则上年度考核优秀等次不超过30%」 a ceiling on a grade's share, not a target; 「后三名」 a rank; 「及时向区相关"
               "部门和街镇通报反馈」 a report of results (see duties); 区城管执法局 in a sentence; " + NODATE),
        P(["三", "（七）"], not_targets=[(6, "个月")],
          note="「借用期限原则上不超过6个月」 a limit; 「应按规定报批备案」 and 「应及时向区城管执法局报备」 filings (see duties); "
               + NODATE),
        P(["三", "（八）"],
          note="「区城管执法局要搭建…联席会议平台，定期组织召开…联席会议」: a meeting with no rhythm given (定期), not a "
               "report; " + NODATE),
        P(["四", "（一）"],
          note="「区城管执法局要在区委组织部指导下…研究制定…具体方案」, 「街镇应当加强…领导管理」: sentences, no label; "
               + NODATE),
        P(["四", "（三）"], note="the last item; 区城管执法局 and 各街镇 in sentences; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区城管执法局会同各街镇制定招录计划报区委组织部审核", "when": "（制定招录计划时）", "when_norm": None},
             {"what": "各街镇制定行政执法人员职级晋升方案，经区城管执法局党组备案，报区委组织部（区公务员局）审核同意后组织实施",
              "when": "（制定方案时）", "when_norm": None},
             {"what": "区城管执法局对街镇综合行政执法单位考核结果应及时向区相关部门和街镇通报反馈", "when": "及时",
              "when_norm": None},
             {"what": "街镇综合行政执法人员职务职级、人事关系、组织关系等发生变化的，应及时向区城管执法局报备", "when": "及时",
              "when_norm": None}],
     notes=["counting: 一、指导思想 a section; 二、建设原则's 「一是」–「四是」 are ordinals in paragraphs, not numbered items, so "
            "二、 is a childless section; 三、 （一）–（八） 8; 四、 （一）–（三） 3 → 11. Accepted: 15 (二、's four principles as "
            "leaves), 12 (二、 as one task) and 8 (四、工作要求 read as general requirements)",
            "samples: every leaf of 三、 (8) and 四、 （一）（三）",
            "no unit label anywhere: lead and responsible none for every sample; two 会同 sentences (三/（一）, 三/（五）) accept "
            "区城管执法局 as lead; 区委组织部 (reviews), 市公务员局 / 市司法局 / 市城管执法局 (organise exams) are context",
            "dates: the cover's 2021年8月11日 only: no deadlines, no phases",
            "duties: four submissions, filings and reports (三/（一） 报区委组织部审核, 三/（五） 备案 and 报…审核, 三/（六） 及时"
            "通报反馈, 三/（七） 及时报备); 三/（七）'s 「应按规定报批备案」 for a loan is part of the same rule (not a separate "
            "duty); 三/（八）'s 定期 meetings and 三/（三）'s yearly training plan are not reports",
            "figures: 5年 / 10年 conditions, 30% and 6个月 ceilings, 后三名 a rank; no target, no plan-level figure"])


# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("x40_03", ["二", "（一）", "2"], [], ["区城管执法局", "区城管执法局执法大队"], "「区城管执法局主要负责…」, 「区城管执法局执法大队具体负责…」: the subjects of 负责, in order, no lead (「街镇综合行政执法队…承担」 and 「区城管执法局要…」 have no verb of rule 2)")
align29("x40_03", ["二", "（三）", "3"], [], ["街镇城管综合执法部门", "街镇司法所"], "「街镇城管综合执法部门全面落实…制度」, 「街镇司法所负责…法制审核工作」: the subjects of 落实 and 负责, in order, no lead; 「确实需要听取区城管执法局意见的，…区城管执法局给予支持配合」 a case (rule 3)", rule="2 and 3")

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x40_01", ["三", "（一）"], [], ["区营商办"], "「由区营商办统筹制定《2024年静安区营商环境建设任务分工表》」: the agent of 由 with a verb of doing, responsible, no lead (A alone accepted); 「各责任单位根据分工确定…」 names no body (the generic 各责任单位, subject of a verb rule 2 does not list)", alt=[["区营商办"]])
align30("x40_04", ["三", "（三）"], [], ["基层各单位"], "「基层各单位要统筹安排执法人员参加培训，组织开展内部学习活动」: the subject of 组织＋verb, a group of bodies, responsible, no lead (A alone accepted); 区城管执法局 制定 / 开展 are verbs rule 2 does not list", alt=[["基层各单位"]])
align30("x40_04", ["三", "（五）"], ["区城管执法局"], ["区城管执法局", "街镇", "街镇党（工）委"], "「区城管执法局要加强后备干部调研，会同街镇建立…名单」: 「A会同B＋verb」, lead A (lead [] accepted); 「由街镇党（工）委提出启动意见」, 「街镇党（工）委组织开展推荐、考察、测评」: the agent of 由 and the subject of 组织＋verb; responsible in order; 区委组织部 guides 「在…统筹指导下」 and receives (rule 3)", alt=[[]], rule="2 and 3")
align30("x40_04", ["三", "（四）"], [], ["区城管执法局"], "「区城管执法局在充分听取街镇意见的基础上，制定轮岗交流方案，经区委组织部审核同意后组织实施」: the subject of 组织实施, responsible, no lead (A alone accepted); 区委组织部 approves (rule 3); 「各街镇要遵照执行，配合办理…」 follows no 牵头", alt=[["区城管执法局"]], rule="2 and 3")
align30("x40_04", ["三", "（八）"], [], ["区城管执法局"], "「区城管执法局要搭建街镇综合执法联席会议平台，定期组织召开街镇相关负责人联席会议」: the subject of 组织召开, responsible, no lead (A alone accepted); 街镇相关负责人 are persons (rule 3)", alt=[["区城管执法局"]], rule="2 and 3")

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x40_04', ['三', '（六）'], [(30, '%')],
                   '「原则上年度考核优秀等次不超过30%」: a ceiling joined to 不超过')
align31_thresholds('x40_04', ['三', '（七）'], [(6, '个月')],
                   '「借用期限原则上不超过6个月」: a ceiling joined to 原则上不超过')
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x40_02', ['三', '4'], 'a range is read at its lower edge',
        '「经认定给予每个项目1000万元~2000万元资助」: a grant band (it picks no project), the target at the lower figure', swap=[(('1000-2000', '万元'), (1000, '万元'))])
align32('x40_02', ['三', '8'], 'a range is read at its lower edge',
        '「或申请40~80万元不等的货币补贴」: a grant band (it picks no buyer), the target at the lower figure', swap=[(('40-80', '万元'), (40, '万元'))])
# round 33 (p33u): answers aligned to tests/data/CONVENTIONS.md "Round 33 rulings", read at the item (README, round 33)
from expected_tools import align33_units  # noqa: E402

align33_units('x40_03', ['二', '（一）', '1'], [], ['街道办事处', '镇人民政府'],
              'rule 2 (the subject of 组织＋verb; round 32: a designation is a doer) — 「街道办事处、镇人民政府为辖区内…执法主体，按照规定的权限，统一组织开展辖区内综合行政执法活动」: the bodies the item designates are the subject of 组织开展; 街镇综合行政执法队 承担 in their name (no rule-2 verb)')  # noqa: E501

# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

_T68 = "街镇综合行政执法队（城市管理行政执法中队）"
align68("x40_03", ["二", "（一）", "1"], "「街镇综合行政执法队（城市管理行政执法中队）以街道办事处、镇人民政府名义，具体承担本辖区内综合行政执法工作」: 承担＋work designates its subject (rounds 39, 41, 59); 以…名义 says in whose name it acts; the bracket another name of the same team (kept; the name without it accepted)",
        "Units, turned: rounds 39, 41, 59 over the round-33 answer", resp=["街道办事处", "镇人民政府", _T68],
        resp_alt=[["街道办事处", "镇人民政府", "街镇综合行政执法队"]])
align68("x40_03", ["二", "（一）", "2"], "「街镇综合行政执法队（城市管理行政执法中队）承担辖区内综合行政执法工作」: 承担＋work designates its subject (rounds 39, 41, 59); the bracket another name of the same team (kept; the name without it accepted)",
        "Units, turned: rounds 39, 41, 59 over the round-29 answer", resp=["区城管执法局", "区城管执法局执法大队", _T68],
        resp_alt=[["区城管执法局", "区城管执法局执法大队", "街镇综合行政执法队"]])


# Round 58 (rul79): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58b-3 / p58a-1, governs), the samples it
# named and left for a later alignment, read at their words (README, round 58)
from aligned_rulings import align78  # noqa: E402

_G78 = ("Tasks and counts, governs: rounds 30, 35, 56, 60's x36_02, 66's x81_04 and 72 over the every-leaf samples; "
        "the old counts stay accepted")
align78("x40_02", ["四", "4"], "「4.本实施方案自2024年3月10日起实施，有效期至2026年12月31日」: entry into force, a closing point that gives no work (round 30; Round 74's x297_04 五、), no task; 附则 1. (an office set up to 负责统筹协调) and 3. (细则 made by the 牵头单位) give work and stay (round 39), 2. is not this ruling's form", _G78, drop=True,
        counts={"leaf_tasks": 13, "count_alternatives": [14, 10, 16]})

write_collected(DIR)
