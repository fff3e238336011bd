# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next24/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 19 (built by corpus24): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py,
by ``at_in`` / ``row_in_table_in`` of the same module, and by ``own_line`` below for the rows of x24_02's attached
table, whose row numbers restart in each of its three groups); every answer was written here by reading the texts.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next24/make_expected.py tests/data/plans-next24
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    ONE,
    PROSE_ACTORS,
    SHANGHAI_COMMIT,
    SHANGHAI_REPO,
    STORED_WHOLE,
    S,
    align29,
    at_in,
    plan,
    row_in_table_in,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO, C49, WHOLE, PROSE = SHANGHAI_REPO, SHANGHAI_COMMIT, STORED_WHOLE, PROSE_ACTORS
LABEL = ("units in the item's closing 「（责任单位：A、B、…）」: a responsible list, no lead named (no first-listed rule is "
         "stated); split on 、")
HEAD = ("the item opens 「N.X：负责…」 (unit, full-width colon, duties): the unit is the one the item gives work to; a "
        "responsible list, no lead named")
ROW = ("a row of the attached task table (one cell a line): responsible = the 责任单位 cell and the 配合单位 cell; no lead "
       "is named (lead = []), the 责任单位 cell as lead is accepted (set against the 配合 cell)")
ROW1 = ("a row of the attached task list 「序号 | 任务内容 | 责任单位」 (one cell a line; the 任务内容 cell holds its own "
        "「1. … 2. …」 lines, which are parts of the row, not tasks): responsible = the 责任单位 cell")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/市容绿化与景观/{path} (official page {url}) — {WHOLE} ({chars})"


def P(path, targets=(), note="", **kw):
    """An item that names no unit as a label (prose actors only)."""
    return S(path, [], [], targets, note=(note + "; " if note else "") + PROSE, **kw)


def U(path, units, targets=(), note="", **kw):
    """An item whose units are listed without a lead (a single unit as lead accepted)."""
    if len(units) == 1:
        kw["lead_alternatives"] = [list(units)]
        note = (note + "; " if note else "") + ONE
    return S(path, [], list(units), targets, note=note, **kw)


def own_line(file, marker, nth=1, after=None):
    """Line of the nth line that is only ``marker`` (after the line that is only ``after``, if given) and the
    first eight characters of the next non-empty line."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    start = lines.index(after) if after else 0
    seen = 0
    for i in range(start, len(lines)):
        if lines[i].strip() == marker:
            seen += 1
            if seen == nth:
                j = i + 1
                while not lines[j].strip():
                    j += 1
                return {"line": i + 1, "title_starts": lines[j].strip()[:8]}
    raise ValueError(marker)


# ---------------------------------------------------------------------------------------------------------
X01 = "x24_01_xuhui-2017-zhuangxiu-laji-chuli-gongzuo-fangan.txt"

plan(X01,
     title="关于进一步加强本区装修垃圾处理的工作方案（上海市徐汇区人民政府办公室关于转发区绿化市容局制订的《关于进一步加强本区装修垃圾处理的工作方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="徐府办发〔2017〕16号 (from the index; the stored text prints no number)",
     issuer="上海市徐汇区人民政府办公室 (转发 区绿化市容局's plan)", date="2017-07-14",
     level="district (Shanghai Xuhui, 区政府办公室; the plan by 区绿化市容局)",
     source=src("上海市徐汇区人民政府办公室关于转发区绿化市容局制订的《关于进一步加强本区装修垃圾处理的工作方案》的通.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0073271160&siteId=0073", 2454),
     style="district 转发 notice + short bureau work plan: 一、总体要求 (no items); 二、重点任务 and 四、保障措施 with ASCII "
           "「(一)」 heading lines, text in the next paragraph; 三、职责分工 has NO numbered items: four paragraphs opening "
           "with the unit (区绿化市容局负责… / 区城管执法局依法… / 区住房保障房屋管理局指导… / 各街道、镇作为…责任主体，负责…"
           " 一要…五要…); capacities (300吨/日, 900吨/日, 150吨/日) and a yearly target (14.3万户 / 30.3万户)",
     leaf_tasks=6, count_alternatives=[7, 10], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "三、职责分工"],
     samples=[
        P(["二", "(一)"], not_targets=[(300, "吨/日")],
          note="heading line, text in the next paragraph; 「日分拣处置能力300吨/日」 is the present capacity and 900吨/日 what "
               "the new equipment has already reached (data, not a target; 900 not checked); 「自2016年6月起」 is a past "
               "start, not a deadline; " + NODATE),
        P(["二", "(二)"], not_targets=[(200, "吨")],
          note="「据统计，本区平均每日非法倾倒的暴露垃圾近200吨」 is a statistic, not a target; 「2016年…以来」 a past time; " + NODATE),
        P(["二", "(三)"], not_targets=[(30, "%")],
          note="「…有毒有害垃圾占比近30%」 describes the present mix, not a target; " + NODATE),
        P(["四", "(一)"], targets=[(14.3, "万户"), (30.3, "万户")], dl="2017年", dln="2017",
          note="「2017年本区绿色账户要新增覆盖14.3万户，累计达到30.3万户」: the year is when the targets are due"),
        P(["四", "(二)"], note="heading 「提高运能及产量」 then one paragraph; actors unstated; " + NODATE),
        P(["四", "(三)"],
          note="「定期组织开展相关培训」 is a training rhythm, not a reporting duty; 「将…纳入物业服务企业的考核评级」; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各街道、镇提早排摸辖区内装修情况，预报环卫部门，施行定点、定量清运", "when": "提早", "when_norm": None}],
     notes=["counting: 二、重点任务 (一)–(三) 3 + 四、保障措施 (一)–(三) 3 = 6 leaves. 一、总体要求 and 三、职责分工 have no numbered "
            "items (sections). Accepted: 7 (三、职责分工 read as one task), 10 (its four unit paragraphs read as tasks)",
            "三、职责分工 is where the plan gives work to units, in paragraphs without numbers: 区绿化市容局 (全面管理和指导; "
            "物流运输、集中分拣、中转与末端处置), 区城管执法局 (行政处罚, 打击「游击队伍」), 区住房保障房屋管理局 (指导、协调各街道、镇"
            "督促物业服务企业…), 各街道、镇 (责任主体, 日常监管, 一要…五要…). No sample checks them (no number to find them by); "
            "a parser that makes them tasks is answered by the count alternative 10",
            "H4-7地块 is a plot name; 150吨/日 (市绿化市容局分配本区的残渣处置计划量) is an allocation, not a target; "
            "「自2016年6月起」 and 「2016年…以来」 are past times",
            "duty: 预报环卫部门 is an advance report to the sanitation service (no date: 提早); 「发现重大违法线索及时移交区城管执法局」 "
            "is a referral and 「挂牌公示相关信息」 a publication, not listed",
            "ASCII brackets 「(一)」 and an ASCII semicolon 「处置;分拣出的」 are the source's"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x24_02_hongkou-2018-shenghuo-laji-quancheng-fenlei-sannian-xingdong-jihua.txt"


def H(n, nth, main, coop, dl=None, dln=None, note="", targets=(), **kw):
    """Row n (its nth occurrence after the line 「附件」: the numbers restart in each group) of x24_02's table."""
    where = own_line(X02, str(n), nth, after="附件")
    return S(["附件", str(n)], [], [*main, *coop], targets, dl, dln, lead_alternatives=[list(main)],
             note=(note + "; " if note else "") + ROW, **where, **kw)


GREEN = "区绿化市容局（区分减联办）"

plan(X02,
     title="虹口区生活垃圾全程分类体系建设三年行动计划（2018—2020年）（虹口区人民政府办公室关于印发虹口区生活垃圾全程分类体系建设三年行动计划（2018—2020年）的通知）",
     title_note="the plan's title after the cover (two lines: 「虹口区生活垃圾全程分类体系建设」 / 「三年行动计划（2018—2020年）」), "
                "or the notice title: either is accepted",
     doc_no="虹府办发〔2018〕19号 (from the index; the stored text prints no number)", issuer="上海市虹口区人民政府办公室",
     date="2018-06-24", level="district (Shanghai Hongkou, 区政府办公室)",
     source=src("虹口区人民政府办公室关于印发虹口区生活垃圾全程分类体系建设三年行动计划（2018—2020年）的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e08b328cff71452b995caf5baa20c5b0&siteId=0076", 8178),
     style="district three-year action plan: 二、工作目标 with year paragraphs (2018年，一是…六是… / 2019年 / 2020年) full of "
           "figures; 三、主要任务 （一）–（三） with 1.–8. running on; 四、职责分工 （二） 1.–13. 「X：负责…」 unit-colon items; "
           "五、工作要求 （一）–（五） heading lines; attached task list 「类别 | 序号 | 主要任务 | 节点 | 指标数 | 责任单位 | 配合单位」 "
           "flattened one cell a line, 17 rows numbered 1–5 / 1–5 / 1–7 in three groups, one row per task and one 节点/指标数 "
           "pair per year, units on several lines inside one cell, group cells one character a line (「1.」/「分」/「类」…)",
     leaf_tasks=27, task_section_leaves=22, count_alternatives=[26], attachment_task_rows=17,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        P(["三", "（一）", "2"], not_targets=[(510, "个")],
          note="「在现有510个垃圾分类绿色账户居住区…的基础上」: what exists, not a target; " + NODATE),
        P(["三", "（一）", "4"], dl="2020年", dln="2020", other_deadlines=[{"deadline": "2018年", "deadline_norm": "2018"}],
          note="「2018年完成党政机关…的强制分类全覆盖目标」 and, closing the item, 「2020年，完成全区单位生活垃圾强制分类制度基本全"
               "覆盖」: the last is the deadline; 「由各街道牵头落实日常管理」 is a sentence (各街道 acts in it)"),
        P(["三", "（二）", "6"],
          note="「由区绿化市容局和区商务委统筹落实」 and 「与市城投（集团）公司做好对接」 are sentences; " + NODATE),
        P(["三", "（三）", "7"], targets=[(735, "个")], dl="到2020年", dln="2020",
          note="「实现全区735个道路废物箱的标识规范到位」; 「三年内按年度…改造」 is the plan's span; 「到2020年，…全面实现“双规范、双到位”」"),
        P(["三", "（三）", "8"], targets=[(40, "辆")], not_targets=[(1, "吨")], dl="到2020年", dln="2020",
          note="「到2020年，全区新增湿垃圾专项收运车40辆（其中…32辆、…4辆、…4辆）」; 载重量1吨 is a specification, not a target; "
               "「各街道分别配置1辆」 / 「将现有80辆…更换为…」 not checked"),
        U(["四", "（二）", "1"], [GREEN],
          note=HEAD + "; the unit's name carries its office in brackets 「（区分减联办）」, kept whole (as 「区公安分局（交管）」 in "
               "plans-dev); 「负责会同区商务委、各街道办事处…」 in a sentence; " + NODATE),
        U(["四", "（二）", "6"], ["区卫计委"], dl="在2018年", dln="2018",
          note=HEAD + "; 「负责本区医院…在2018年完成单位强制分类工作」"),
        U(["四", "（二）", "8"], ["区教育局"], targets=[(1, "次")], dl="在2018年", dln="2018",
          note=HEAD + "; 「各中小学在2018年完成…」; 「每学期在各校开展不少于1次…」 is a rhythm with a floor (1次)"),
        U(["四", "（二）", "9"], ["区城管执法局"], targets=[(100, "%")],
          note=HEAD + "; 「结案率达到100％」 (full-width ％); 《上海市促进生活垃圾分类减量办法》 a title; " + NODATE),
        U(["四", "（二）", "12"], ["各街道办事处"],
          note=HEAD + "; a group of units; the source's stray bracket 「达标、示范）街道」 is kept; " + NODATE),
        P(["五", "（二）"],
          note="「区绿化市容局（区分减联办）是本区此项工作带头部门」 is a sentence in a requirement (a reader may take it as a "
               "lead; not a label); 「联席会议各成员单位应加强定期情况沟通」 (see duties); " + NODATE),
        H(1, 1, ["各街道办事处"], ["区绿化市容局"], dl="2019年", dln="2019", targets=[(26.5, "万户"), (733, "个")],
          note="group 1 (分类投放), row 1: 节点/指标数 pairs 2018年 24.3万户/682个 and 2019年 26.5万户/733个; the last year "
               "is the deadline, its figures the targets (the 2018 pair not checked)"),
        H(4, 2, ["区绿化市容局"], [], dl="2020年", dln="2020", targets=[(40, "辆")],
          note="group 2 (分类运输与转运), row 4 (the numbers restart): 湿垃圾车辆新增（累计数）, 25 / 35 / 40辆 in 2018 / 2019 / "
               "2020; no 配合 cell (the next line is the row number 5)"),
        H(3, 3, ["区商务委"], ["区绿化市容局"], dl="2020年", dln="2020", targets=[(35, "吨/日")],
          note="group 3 (分类实效及区域、条线推进; its group cell is printed twice, one character a line), row 3: 菜场湿垃圾"
               "分类量 28 / 32 / 35吨/日"),
     ],
     plan_targets=[{"number": 50, "unit": "%"}, {"number": 24.3, "unit": "万户"}, {"number": 26.5, "unit": "万户"},
                   {"number": 942, "unit": "个"}, {"number": 101, "unit": "个"}],
     phases=[],
     duties=[{"what": "强化联络员制度，各成员单位主要负责同志负总责", "when": None, "when_norm": None},
             {"what": "联席会议各成员单位应加强定期情况沟通", "when": "定期", "when_norm": None}],
     notes=["counting: 三、 1.–8. (under （一）–（三）) 8; 四、 （一）组织架构 1 + （二）1.–13. 13 = 14; 五、 （一）–（五） 5 → 27. "
            "task_section_leaves 22 (三、 and 四、); with the table's 17 rows 44 or 39. Accepted also: 26 (四、（一）组织架构 read "
            "as a heading, not a task)",
            "二、工作目标's year paragraphs (2018年 / 2019年 / 2020年, each 一是…六是…) are targets by year, not phases; the "
            "plan targets checked are 50％ (「其余街道完成未推行垃圾分类居住区50％的指标」), 24.3万户, 26.5万户, 942个 and 101个",
            "the table's rows repeat the plan's figures by year: 节点 2018年/2019年/2020年 with 指标数 such as 「24.3万户/682个」, "
            "「634吨/日」; row 6 of group 3 names streets as units (「欧阳、曲阳、凉城、广中街道」), row 7 gives a different "
            "责任单位 per year line (区机管局 / 区教育局 / 区卫计委 / 各街道办事处 / 区商务委); rows 1–3 of group 2 have no 配合 cell",
            "四、（二）13. 「其他各成员单位：负责支持、配合、落实相关工作」 names a group, not a unit (not sampled)",
            "沪府办规〔2018〕8号, 沪分减联办〔2018〕5号 are document numbers; 「四分类」, 「两网融合」, 「五规范」 are names"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x24_03_jingan-2024-chixu-youhua-shenghuo-laji-quancheng-fenlei-gongzuo-fangan.txt"

plan(X03,
     title="静安区持续优化生活垃圾全程分类体系工作方案（关于印发《静安区持续优化生活垃圾全程分类体系工作方案》的通知）",
     title_note="the plan's title after the cover (two lines: 「静安区持续优化生活垃圾全程分类体系」 / 「工作方案」), or the "
                "notice title: either is accepted",
     doc_no="静绿容发〔2024〕15号 (from the index; the stored text prints no number)",
     issuer="上海市静安区绿化和市容管理局 (signing for 静安区生活垃圾分类减量工作推进领导小组办公室, 「（代章）」)",
     date="2024-04-12", level="district bureau (Shanghai Jing'an, 区绿化市容局 for the district's leading group office)",
     source=src("关于印发《静安区持续优化生活垃圾全程分类体系工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00e9badc-ebf3-4cfe-9313-572ca961ea38&siteId=0072", 17958),
     style="district work plan: 一、主要目标 (95%, 4个, 47%); 二、工作任务 （一）–（六） with items 「1、…」 (full-width 、), each "
           "closing 「（责任单位：A、B、…）」 (up to ten units: bureaus, 各街镇, district companies 置业集团/北方集团/城发集团/开开集团/"
           "市北高新集团, 上海城投环境资源利用有限公司); 附件1 a task list 「序号 | 任务名称 | 任务内容 | 责任单位 | 配合单位」 flattened "
           "one cell a line WITHOUT row numbers (46 rows under 21 任务名称 cells, 「/」 for an empty 配合 cell); 附件2/附件3 "
           "indicator tables by 街镇 and by year; 附件4 the city plan's indicator notes with their own 一、/（一） numbering",
     leaf_tasks=21, attachment_task_rows=46, count_alternatives=[],
     childless_top_level_sections=["一、主要目标"],
     samples=[
        U(["二", "（一）", "1"], ["区教育局", "区建管委", "区文旅局", "上海站管委办", "团区委", "区绿化市容局", "区商务委", "各街镇"],
          note=LABEL + "; eight units; 静安寺商圈, 大宁商业中心, 张园 are places; " + NODATE),
        U(["二", "（一）", "2"], ["区教育局", "区卫生健康委", "区机管局", "区社工部", "区文明办", "区绿化市容局", "区商务委", "各街镇"],
          note=LABEL + "; 「每月5日开展垃圾分类志愿者服务宣传活动」 is an activity rhythm, not a deadline or a reporting duty; "
               "《2024年上海市生活垃圾分类宣传活动工作方案》 a title; " + NODATE),
        U(["二", "（一）", "3"], ["区房管局", "区城管执法局", "区绿化市容局", "各街镇", "置业集团", "北方集团", "城发集团"],
          note=LABEL + "; district companies among the units; " + NODATE),
        U(["二", "（二）", "2"], ["区绿化市容局", "区商务委", "各街镇", "城发集团"], targets=[(4, "个")],
          note=LABEL + "; 「静安寺地区、静安公园、大宁商业中心、苏河湾板块等4个重点公共场所」; " + NODATE),
        U(["二", "（三）", "1"], ["区绿化市容局", "各街镇", "城发集团"], targets=[(2, "条")], dl="至2025年", dln="2025",
          note=LABEL + "; 「至2025年至少建成2条智慧收运模式示范线路」"),
        U(["二", "（三）", "3"], ["区绿化市容局", "各街镇", "上海城投环境资源利用有限公司"],
          note=LABEL + "; a company's full name as a unit; 《上海市持续优化生活垃圾分类体系工作方案》 a title; " + NODATE),
        U(["二", "（四）", "1"], ["区绿化市容局", "区房管局", "各街镇", "置业集团", "北方集团"],
          targets=[(1371, "个"), (340, "个"), (80, "个")], dl="到2025年", dln="2025",
          note=LABEL + "; 「到2025年，全面推进居住区1371个投放点微更新；340个投放点专项更新；建成80个…精品居住区」; "
               "（DB31/T 1374-2022） is a standard number, not a quantity (not checked)"),
        U(["二", "（四）", "2"], ["区绿化市容局", "各街镇", "城发集团"], targets=[(125, "辆"), (1, "座")], dl="到2025年", dln="2025",
          note=LABEL + "; 「到2025年，完成125辆新能源环卫车辆配置工作」, 「规范设置1座标准化有害垃圾中转站」"),
        U(["二", "（四）", "3"], ["区规化资源局", "区绿化市容局", "各街镇"], targets=[(55, "个"), (276, "个"), (3, "座")],
          dl="至2025年", dln="2025",
          note=LABEL + "; the source's 「区规化资源局」 (a slip for 区规划资源局) is kept as printed; 「至2025年，设立…惠民回收服务点"
               "55个；…固定型可回收物回收服务点（含智能回收箱）276个；…示范型可回收物中转站3座；落实3座…」"),
        U(["二", "（六）", "1"], ["静安区生活垃圾分类减量工作推进领导小组成员单位"],
          note=LABEL + "; one group name in the label; 「由领导小组办公室牵头」 is a sentence; 区城管执法, 区房管局, 区市场监管, "
               "区文旅局, 各街镇 act in sentences; " + NODATE),
        U(["二", "（六）", "2"], ["区教育局", "区卫健委", "区市场监管局", "区房管局", "区城管执法局", "区机管局", "区绿化市容局", "区商务委", "各街镇"],
          lead_alternatives=[["区绿化市容局"]],
          note=LABEL + "; the sentence 「由区绿化市容局牵头，组织区城管执法局…等对重点单位分类情况进行联合检查」 names the lead of "
               "the joint inspection: lead = [] by the label, 区绿化市容局 accepted; 市级每半年 / 区级每月 测评 are evaluation "
               "rhythms; 「定期形成问题清单」; " + NODATE),
        U(["二", "（六）", "3"], ["区绿化市容局", "各街镇"],
          note=LABEL + "; 「持续开展各街镇每月垃圾分类实效综合考评」 and 「定期在区级平台公示…红黑榜」 are evaluation and publication "
               "rhythms, not reporting duties; " + NODATE),
        U(["二", "（六）", "5"], ["区绿化市容局", "区城运中心", "区城管执法局", "各街镇"], not_targets=[(14, "个")],
          note=LABEL + "; 「推进14个街镇“一网统管”垃圾分类场景建设」: 14 is the number of the district's 街镇 (all of them), "
               "not a target; " + NODATE),
     ],
     plan_targets=[{"number": 95, "unit": "%"}, {"number": 4, "unit": "个"}, {"number": 47, "unit": "%"}],
     phases=[], duties=[],
     notes=["counting: 二、工作任务 （一）1、–3、 3, （二） 3, （三） 3, （四） 3, （五） 3, （六）1、–6、 6 = 21 leaves (一、主要目标 "
            "a section). 附件1 holds 46 task rows (counted by reading: 4, 3, 4, 4, 1, 2, 2, 1, 1, 2, 4, 3, 3, 2, 1, 3, 2, 1, 1, 1, "
            "1 rows under its 21 任务名称 cells) that repeat the body's tasks split finer, with 责任单位 and 配合单位 cells: "
            "21 + 46 = 67 is accepted. Its rows have no numbers, so no sample checks them",
            "附件2 (投放设施升级管理指标分解表, per 街镇 and year, 小计 800/571/182/158/50/30/41/14/262/14) and 附件3 (per unit "
            "and year) are indicator tables, not tasks; 附件4 explains the CITY plan's indicators (全市 8073个, 1100个, 55个, "
            "2105辆, 481座, 22座, 6000个, 810个, 50座, 63座, 25条, 35座) under its own 一、–四、 and （一）–（四）: not this "
            "plan's tasks or targets",
            "the labels use 「（责任单位：…）」 only; in 附件1 some cells hold two units on two lines (「区绿化市容局」/「区商务委」) "
            "or end a line with 「、」 (「区绿化市容局、」/「区商务委、各街镇」); 「区规化资源局」 (body) vs 「区规资局」 (附件3)",
            "no item carries a date other than 「至2025年」 / 「到2025年」; 附件 columns 2023-2024年 / 2025年 are indicator years, "
            "not phases",
            "no reporting duty is written as one: 每月5日 宣传活动, 每月 综合考评, 定期 公示红黑榜, 定期 问题清单 are activity, "
            "evaluation and publication rhythms",
            "the cover is signed 2024年4月12日 by the leading group's office, sealed by 区绿化市容局 (the index dates it 2024-04-29); "
            "沪委办发〔2023〕21号 is cited with a space before its bracket 「》 （沪委办发…）」"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x24_04_baoshan-lvrong-2024-anquan-shengchan-zhiben-gongjian-sannian-shishi-fangan.txt"
SUBJ = ("the unit is the subject of the item's first sentence (「X负责…」 / 「X要…」), not a label: prose, as the same "
        "template's 二、任务分工 in plans-next17 x17_01 (a reader may take X as the responsible unit)")

plan(X04,
     title="宝山区绿化和市容管理局安全生产和安全管理治本攻坚三年行动实施方案 （2024-2026年）",
     title_note="the title as printed, a space before 「（2024-2026年）」 (spaces are ignored when comparing)",
     doc_no="宝绿容〔2024〕76号 (from the index; the stored text prints no number)", issuer="上海市宝山区绿化和市容管理局",
     date="2024-06-11", level="district bureau (Shanghai Baoshan, 区绿化市容局)",
     source=src("宝山区绿化和市容管理局安全生产和安全管理治本攻坚三年行动实施方案 （2024-2026年）.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=c7c447c7-214e-45d2-8133-653f56d26b1c&siteId=0078", 4595),
     style="district bureau's three-year plan without a cover (title, preamble, signature at the end): 一、 （一）指导思想 "
           "（二）工作目标 (2024年底前 / 2025年 / 2026年底前); 二、任务分工 （一）–（三） with the unit as the sentence subject "
           "(局办公室负责…, 负有…职责的机关科室, 各事业单位要…); 三、主要任务 （一）–（四） with 1.–17. running on; a SECOND 「三、」 "
           "(保障措施, a numbering slip in the source) with （一）–（三）",
     leaf_tasks=25, task_section_leaves=20, count_alternatives=[23],
     attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一", "（二）"], dl="2026年底前", dln="2026-12",
          other_deadlines=[{"deadline": "2024年底前", "deadline_norm": "2024-12"}, {"deadline": "2025年", "deadline_norm": "2025"}],
          note="工作目标 by year: 「2024年底前，完成局系统风险隐患点位的全面排查」, 「2025年，着力消除事故隐患」, 「2026年底前，形成"
               "重大事故隐患动态清零的常态化机制」: the last is the deadline (no phases, as x17_01's goals)"),
        P(["二", "（一）"], note=SUBJ + " — 「局办公室负责制定…，统筹推动…」; " + NODATE),
        P(["二", "（三）"], note=SUBJ + " — 「各事业单位要结合本方案，制定本单位…实施方案」; 「按时间节点」 names no date; " + NODATE),
        P(["三", "（一）", "1"],
          note="局党组和基层党组织, 各事业单位 act in sentences; 《上海市党政领导干部安全生产责任制实施细则》 a title; " + NODATE),
        P(["三", "（一）", "4"], note="「一票否优」 a rule name; 点名、通报、约谈 are sanctions; " + NODATE),
        P(["三", "（二）", "7"], not_targets=[(24, "小时")],
          note="「24小时开放公园」 names a kind of park, not a target; 「落实整改责任、整改时限和整改措施」 names no date; " + NODATE),
        P(["三", "（二）", "9"], note="「积极配合交警、城管执法部门」: the ones assisted are in a sentence; 「右转必停」 a rule; " + NODATE),
        P(["三", "（三）", "12"], note="「定期组织…安全形势分析」 is an analysis rhythm (定期), not a reporting duty; " + NODATE),
        P(["三", "（三）", "13"], note="「制订自查自纠年度计划」: a yearly plan, no date; 「建立台账，实施销项式管理」; " + NODATE),
        P(["三", "（四）", "16"], note="「每年多层次多渠道组织开展…“安全生产月”“防灾减灾日”“消防宣传月”等活动」: a yearly "
               "activity rhythm, not a deadline; " + NODATE),
        P(["三", "（三）"], **at_in(DIR, X04, "（三）", nth=3),
          note="the SECOND 「三、」 (保障措施), item （三） 「强化考核巡查」: its path repeats the numbers of 三、主要任务's group "
               "（三） (a group heading with children 12.–14., not a leaf), told apart by its first words; 「多通报、多发督促函、"
               "多暗访」 is a mechanism; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各部门、各单位主要负责同志定期组织研究治本攻坚有关工作，听取进展情况汇报", "when": "定期", "when_norm": None}],
     notes=["counting: 一、 （一）（二） 2; 二、任务分工 （一）–（三） 3; 三、主要任务 1.–17. 17 (under （一）1–4, （二）5–11, "
            "（三）12–14, （四）15–17); the second 三、保障措施 （一）–（三） 3 → 25. task_section_leaves 20 (二、 and 三、主要任务). "
            "Accepted: 23 (一、's 指导思想 and 工作目标 read as sections, not tasks)",
            "the source numbers two top-level sections 「三、」 (主要任务, 保障措施); the paths of the second repeat the first's "
            "numbers, so the sample 三/（三） is told apart by its first words",
            "no item names a unit as a label: 局办公室, 机关科室, 各事业单位, 局党组 act in sentences (prose, as x17_01 of the "
            "same 治本攻坚 template)",
            "「78条」「83条」「十五条」 are names of rule sets; 沪安委会〔2023〕3号 a document number; 24小时 part of a name",
            "the plan ends with its signature 上海市宝山区绿化和市容管理局 / 2024年6月11日 (the index's date too)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x24_05_jingan-2025-shenghuo-laji-fenlei-gongzuo-shishi-fangan.txt"


def J(n, units, dl=None, dln=None, note="", targets=(), **kw):
    """Row n of x24_05's task list after the line 「附件1.1：」."""
    where = row_in_table_in(DIR, X05, "附件1.1：", n)
    if len(units) == 1:
        kw.setdefault("lead_alternatives", [list(units)])
    return S(["附件", str(n)], [], list(units), targets, dl, dln, note=(note + "; " if note else "") + ROW1, **where, **kw)


plan(X05,
     title="静安区2025年生活垃圾分类工作实施方案（关于印发《静安区2025年生活垃圾分类工作实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title (printed twice: the page title and the cover's "
                "first line): either is accepted",
     doc_no="静绿容发〔2025〕37号 (from the index; the stored text prints no number)", issuer="上海市静安区绿化和市容管理局",
     date="2025-06-16", level="district bureau (Shanghai Jing'an, 区绿化市容局)",
     source=src("关于印发《静安区2025年生活垃圾分类工作实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=d156896d-7ace-42a5-a2d3-e8981959fc7c&siteId=0072", 7436),
     style="district bureau's annual plan: preamble with the year's targets (18个, 9个, 95%, 96%, 47%); 「一、 重点任务」 (a space "
           "after 、) （一）–（五） with 「1. 」/「1.」 items, no units in the body; 二、保障措施 （一）–（四） one paragraph each; "
           "附件1.1 a task list 「序号 | 任务内容 | 责任单位」, 15 rows, each 任务内容 cell holding several 「1. …」 lines "
           "(「1．」, 「1． 」, 「1、」 variants) and one responsible unit (or three) per row; the only date is 「6月底前」",
     leaf_tasks=19, task_section_leaves=15, attachment_task_rows=15, count_alternatives=[],
     childless_top_level_sections=[],
     samples=[
        P(["一", "（一）", "3"], note="绿化市容部门、房管部门、城管执法部门 act in a sentence (管执联动); 《生活垃圾分类执法提示告知单》 "
               "a title; " + NODATE),
        P(["一", "（二）", "1"], targets=[(289, "个"), (159, "个"), (9, "个")],
          note="「持续推进居住区289个投放点微更新，159个投放点专项更新，面向居民的惠民回收服务点9个」; " + NODATE),
        P(["一", "（二）", "2"], targets=[(18, "个")], not_targets=[(52, "个")],
          note="「巩固提升已建成的52个…小区」 counts what exists (not a target); 「推进全区完成18个高标准生活垃圾分类小区（Ⅰ类）"
               "便利化改造」; " + NODATE),
        P(["一", "（三）", "3"], dl="在6月底前", dln="2025-06",
          note="「在6月底前完成区级可回收物回收量在“沪尚回收”平台上的数据源切换」: the year (2025) from the plan's title"),
        P(["一", "（四）", "1"], note="「定期开展可回收物场站运营管理、消防安全、生产安全等专项整治」 is a rhythm of campaigns; " + NODATE),
        P(["一", "（五）", "3"], note="「每月开展生活垃圾分类志愿者宣传主题」: an activity rhythm, not a reporting duty; " + NODATE),
        P(["二", "（一）"], note="「区绿化市容局牵头各相关单位横向协作」 is a sentence (a reader may take 区绿化市容局 as lead; "
               "not a label, as the set's convention for 「X牵头」 in prose); " + NODATE),
        P(["二", "（四）"], targets=[(221, "元"), (15, "万元")],
          note="「每处理一吨给予221元的消纳补贴」, 「全年每辆车补贴15万元」: subsidy rates the item sets (targets, as funding "
               "figures in plans-next17); 「一吨」 is the unit of the rate; 《生活垃圾专项资金管理办法》 a title; " + NODATE),
        J(1, ["区绿化市容局"], targets=[(289, "个"), (159, "个"), (18, "个")],
          note="eleven 「N. 」 lines in one cell; figures of the body repeated (289个, 159个, 9个, 18个); no date"),
        J(2, ["各街镇"], dl="6月底前", dln="2025-06",
          note="line 6. of the cell: 「6月底前完成可回收物回收量在“沪尚回收”平台上的数据源切换」 (year from the title)"),
        J(5, ["区站管委办"], note="a one-line task (上海火车站); no date"),
        J(9, ["区商务委"], note="line 4. 「会同区绿化市容局制定本区可回收物行业管理规范」: 会同 in a sentence, 区绿化市容局 not a "
               "unit of the row; no date"),
        J(14, ["静安城发集团"], note="lines numbered 「1、」–「5、」 (full-width 、); 「三同时、一手清」 a rule name; no date"),
        J(15, ["北方集团", "置业集团", "市北高新集团"], note="three companies in one cell, split on 、; no date"),
     ],
     plan_targets=[{"number": 18, "unit": "个"}, {"number": 9, "unit": "个"}, {"number": 95, "unit": "%"},
                   {"number": 96, "unit": "%"}, {"number": 47, "unit": "%"}],
     phases=[], duties=[],
     notes=["counting: 一、 重点任务 （一）–（五） × 1.–3. = 15; 二、保障措施 （一）–（四） 4 → 19 (task_section_leaves 15). "
            "附件1.1 has 15 rows (one per unit): 34 or 30 with them. The numbered lines inside a row's cell (up to eleven) are "
            "parts of the row, not tasks of their own",
            "the body names no unit as a label; the units are in 附件1.1's 责任单位 column only",
            "the year 2025 of 「6月底前」 comes from the plan's title; the notice is signed 2025年6月16日 (the index dates it "
            "2025-06-23), so 6月底前 is two weeks later",
            "no reporting duty is written: 每月 宣传主题 and 定期 专项整治 are activity rhythms; 「配合市级完成…年度复查工作」 is a "
            "task",
            "the notice title is printed twice (page title and cover line); the attachment line reads 「1.1   2025年…」 with "
            "three spaces"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x24_06_songjiang-2026-gongyilin-guanhu-shixiang-shouhui-shishi-fangan.txt"

plan(X06,
     title="松江区公益林管护事项收回实施方案（上海市松江区绿化和市容管理局关于印发《松江区公益林管护事项收回实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪松绿容发〔2026〕24号 (from the index; the stored text prints no number)", issuer="上海市松江区绿化和市容管理局",
     date="2026-02-14", level="district bureau (Shanghai Songjiang, 区绿化市容局)",
     source=src("上海市松江区绿化和市容管理局关于印发《松江区公益林管护事项收回实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=55acdbc2-138e-4278-abc2-0dbb227c3b13&siteId=0082", 2244),
     style="short district bureau plan: 一、工作目标 and 二、收回内容 without items; 三、实施步骤 （一）–（三） heading lines, a "
           "paragraph, then a separate line 「完成时限：2025年12月。」; 四、工作要求 （一）–（三） heading lines with prose roles "
           "(区级林业部门 统筹主体, 街镇林业部门 实施主体); ASCII and full-width brackets and ASCII quotes in the cover",
     leaf_tasks=6, count_alternatives=[8], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、收回内容"],
     samples=[
        P(["三", "（一）"], dl="2025年12月", dln="2025-12", not_targets=[(10, "个"), (4, "个")],
          note="the deadline is the step's own line 「完成时限：2025年12月。」 after the paragraph; it lies before the notice's "
               "date (2026年2月14日), as printed; 「已正式立项的包括10个一般抚育项目和4个重点抚育项目」 counts projects already "
               "approved (not targets); 区级林业部门 acts in a sentence"),
        P(["三", "（二）"], dl="2026年1月", dln="2026-01",
          note="「完成时限：2026年1月。」; 区财政局 in a sentence (「与区财政局研究制定…」)"),
        P(["三", "（三）"], dl="2026年12月", dln="2026-12",
          note="「完成时限：2026年12月。」; 「区级林业部门会同各街镇（经开区）制定…年度计划」 in a sentence; 「启动上报2026年公益林"
               "抚育意向图斑」 and 「做好进度与成效上报」 (see duties)"),
        P(["四", "（一）"], note="区级林业部门 acts in a sentence; 《森林法》 a title; " + NODATE),
        P(["四", "（二）"], note="two unnumbered paragraphs: 「区级林业部门作为…统筹主体」, 「街镇林业部门作为…实施主体」 — roles in "
               "prose, no label; " + NODATE),
        P(["四", "（三）"], note="「一是定期会商，由区级林业主管部门牵头，定期组织…召开管护工作推进会，通报工作进度」 (see duties); "
               + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "明确事项收回节点", "start": None, "end": "2025-12"},
             {"name": "加强事项资金保障", "start": None, "end": "2026-01"},
             {"name": "实施公益林抚育项目", "start": None, "end": "2026-12"}],
     duties=[{"what": "做好公益林抚育项目进度与成效上报", "when": None, "when_norm": None},
             {"what": "区级林业主管部门牵头定期组织街镇（经开区）、施工单位召开管护工作推进会，通报工作进度", "when": "定期",
              "when_norm": None}],
     notes=["counting: 三、实施步骤 （一）–（三） 3 + 四、工作要求 （一）–（三） 3 = 6; accepted 8 (一、工作目标 and 二、收回内容 read "
            "as tasks)",
            "三、's steps are both leaf tasks and schedule steps (as plans-dev 04): each ends with its own line 「完成时限：…」, "
            "no start dates; the first step's 2025年12月 precedes the notice (2026年2月14日), as printed",
            "第四十九条, 810项 and the cited numbers (中编办发〔2024〕194号, 沪绿容〔2025〕137号, 沪绿容〔2022〕97号) are names of "
            "articles and documents, not targets",
            "区级林业部门, 街镇林业部门, 施工单位, 区财政局 act in sentences only"])

# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("x24_02", ["三", "（二）", "6"], [], ["区绿化市容局", "区商务委"], "「由区绿化市容局和区商务委统筹落实，跨街道设立…再生资源中转站」: the agents of 由 are responsible, no lead")
align29("x24_04", ["二", "（一）"], [], ["局办公室"], "「局办公室负责制定局…三年行动方案，统筹推动…」: the subject of 负责 is responsible, no lead (A alone accepted as lead)", alt=[["局办公室"]])
align29("x24_05", ["二", "（一）"], ["区绿化市容局"], ["区绿化市容局"], "「区绿化市容局牵头各相关单位横向协作」: 「A牵头」, lead and responsible A (the units it leads are the object of 牵头, not 「B配合」)")
align29("x24_06", ["三", "（三）"], ["区级林业部门"], ["区级林业部门", "各街镇（经开区）"], "「区级林业部门会同各街镇（经开区）制定公益林抚育年度计划」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B", alt=[[]])
align29("x24_06", ["四", "（三）"], ["区级林业主管部门"], ["区级林业主管部门"], "「由区级林业主管部门牵头，定期组织街镇（经开区）、施工单位召开管护工作推进会」: 「由A牵头」, lead and responsible A; those it convenes are members of the meeting (rule 3); 「…三方要建立…机制」 a general call (rule 3)", rule="2 and 3")

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x24_02", ["三", "（一）", "4"], ["各街道"], ["各街道"], "「二是加强属地管理，由各街道牵头落实日常管理」: 「由A牵头」, lead and responsible A")
align30("x24_04", ["三", "（一）", "1"], [], ["各事业单位"], "「各事业单位要把…纳入…清单，…落实单位党政领导干部…履职述职、督导督查和考核等制度」: the subject of 落实, a group of bodies (not the generic addressee of a call, rule 3), responsible, no lead (A alone accepted); 局党组和基层党组织 研究 is the subject of a verb rule 2 does not list", alt=[["各事业单位"]], rule="2 and 3")
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x24_06', ['四', '（二）'], 'a designation is a doer',
        '「区级林业部门作为管护事项收回工作的统筹主体，要切实履行牵头抓总职责…」「街镇林业部门作为原有管护工作的实施主体，要严格落实属地责任，'
        '全力配合区级部门…」: both designated (作为…主体), the second also the subject of 落实; 牵头抓总 is a noun of the role, no 「A牵头」: '
        'responsible in printed order, no lead', lead=[], resp=['区级林业部门', '街镇林业部门'])
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x24_01', S32(['三'], [], ['区绿化市容局', '区城管执法局', '区住房保障房屋管理局', '各街道', '镇'],
          note='「区绿化市容局负责…」「区城管执法局依法…实施行政处罚」「区住房保障房屋管理局指导、协调…」「各街道、镇作为…责任主体，负责…」 (「各街道、镇」 two names, as 「各镇、园区」); 「区政府明确…为…场所」 designates a site, not a body; no date'),
          'a childless section of unit paragraphs', '「三、职责分工」 has no numbered children; its four unnumbered paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order',
          '三、职责分工', leaf_tasks=7, count_alternatives=[])
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

_align35('x24_04', ['二', '（三）'], ['各事业单位'], 'a heading that gives out work (CONVENTIONS round 35, Units: 职责分工／责任分工／工作分工／任务分工／职能分工／部门职责／管理职责／管理体制／管理责任, and 「明确部门职责」)',
         '「各事业单位要结合本方案，制定本单位…实施方案，进一步细化…」 under 二、任务分工: a group named by a kind given the work, as printed')

# round 37 (p37e): answers aligned to tests/data/CONVENTIONS.md — an elided subject carries over inside one paragraph
# (round 34) with rule 2's verbs, the sentence reader's class of round 37 「A要…。要…，组织／落实／会同…」; read at the
# item's text, never from parser output (README, "Round 37: answers aligned (p37e)")
from expected_tools import PLANS as _PLANS37, align29 as _align29_37  # noqa: E402


def _align37(file, path, lead, resp, why, alt=None):
    """One sample's units aligned; the note starts 「aligned round 37: <rule> — <words> (old → new)」."""
    _align29_37(file, path, lead, resp, why, alt)
    s = next(s for p in _PLANS37 if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace("round 29, CONVENTIONS.md rule 2: ", "aligned round 37: rule 2 with the elided subject "
                                  "carried inside one paragraph (round 34; round 37 sentence-reader class) — ", 1)


_align37('x24_06', ['四', '（一）'], [], ['区级林业部门'], '「区级林业部门要强化政策宣贯力度，…；同时，要提升干部队伍专业认知，组织林业技术人员和基层干部系统学习…」: the subject of the first clause carried to 「要提升…，组织…学习…」 (组织＋persons＋work): responsible, no lead (A alone accepted)', alt=[['区级林业部门']])  # noqa: E501


# round 39 (p39e3): answers aligned to tests/data/CONVENTIONS.md, "Round 39 rulings" → Headings — 「A unit heading
# 「(一)县教体局。」 whose text 会同 others gives them as responsible with it; the objects of 督促 under it are not units」,
# read at the item's text (a heading on a line of its own or run in with a colon), never from parser output (README,
# "Round 39: answers aligned (p39e3)")
from expected_tools import _sample32 as _sample39, align33_units as _align33_39  # noqa: E402


def _align39(file, path, lead, resp, why):
    """One sample's units aligned (lead the heading's body, lead [] accepted); the note starts 「aligned round 39: unit
    heading 会同 partners — <words> (old → new)」."""
    _align33_39(file, path, lead, resp, why, alt=[[]])
    _p, s = _sample39(file, path)
    s["note"] = s["note"].replace("aligned round 33: ", "aligned round 39: unit heading 会同 partners — ", 1)


_align39('x24_02', ['四', '（二）', '1'], ['区绿化市容局（区分减联办）'], ['区绿化市容局（区分减联办）', '区商务委', '各街道办事处'],
         "「1.区绿化市容局（区分减联办）：…；负责会同区商务委、各街道办事处共同推进落实“两网融合”工作」: the heading's body does its work with them (各街道办事处 a kind, round 32); 「指导、配合各街道办事处落实…」 later adds nothing (配合 of the heading's body, not 会同)")  # noqa: E501

# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in a plan naming units
# (CONVENTIONS.md "Round 49 rulings", governs; round 27) — samples dropped, count without them (README, "Round 50:
# aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('x24_04', [['一', '（二）']],
             '一、指导思想及工作目标 （一）指导思想 （二）工作目标 「通过三年治本攻坚…」 state aims and goals and name no unit, in a plan whose work n'
             "ames units (二、任务分工): no tasks (round 27; Round 49's aims)",
             23, [])
write_collected(DIR)
