# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next65/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 26 (built by helper c64): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next65/make_expected.py tests/data/plans-next65
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
GOAL = ("a unit that 会同 (or 牵头) others in a sentence (no label): lead = [], responsible = [], that unit accepted as "
        "lead (plans-next37 convention)")
SKIP = "not checked"


def od(text, norm):
    return {"text": text, "norm": norm}


# ---------------------------------------------------------------------------------------------------------
X01 = "x65_01_shanghai-2025-daolu-yunshu-cheliang-jianyan-jiance-tongzhi.txt"
HL = "a heading line over one or two paragraphs"
BODIES = "市交通委执法总队、市道运中心和各区交通管理部门 act in sentences (「…要…」 / 「…应…」), no label"

plan(X01,
     title="关于进一步提升本市道路运输车辆检验检测服务水平的通知",
     title_note="the notice title (the first line)",
     doc_no="沪交运服〔2025〕574号 (from the index; the stored text prints no number)",
     issuer="上海市交通委员会",
     date="2025-09-19",
     level="city commission (Shanghai)",
     source=shanghai_source("市政与基础设施", "关于进一步提升本市道路运输车辆检验检测服务水平的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=16cd2666ee724fb183db9862d667f615&siteId=0010", 2633),
     style="city commission notice to 临港新片区管委会, district transport departments, its enforcement corps, the 市道运中心 "
           "and the trade association: a preamble of cited documents (ASCII 「<…>」 inside 《》); 一、 two paragraphs; 二、 "
           "（一）–（四） heading lines over one or two paragraphs; 三、 a paragraph of 「一是…二是…三是…四是…」 and a "
           "paragraph for the 市道运中心; 「特此通知。」 with a rule on older policies, signature, date; no unit label, no "
           "date in any item",
     leaf_tasks=4, count_alternatives=[5, 6, 8],
     leaf_tasks_by_section={"二、强化事中事后监管，提升行业服务水平": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、推进供需平衡，引导行业健康发展", "三、持续优化政务服务，提升普货车辆年审服务效能"],
     samples=[
        P(["二", "（一）"], note=HL + "; " + BODIES + "; 「及时移交市场监管等部门」 a referral, not a duty; " + NODATE),
        P(["二", "（二）"], not_targets=[(38900, "")],
          note=HL + "; " + BODIES + "; 「（GB38900）」 a standard's number; 「抄报市场监管部门处理」 a referral; " + NODATE),
        P(["二", "（三）"], note=HL + " (two paragraphs); " + BODIES + "; " + NODATE),
        P(["二", "（四）"],
          note=HL + "; 「市道运中心和各级交通管理部门要…」 in a sentence; 市汽修协会 an association supported; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 (two paragraphs: 交通管理部门 may commission monitoring; 市道运中心和各区交通管理部门应…) and 三、 "
            "(「一是…四是」 inline, and a paragraph for the 市道运中心) have no numbered children: sections by the round-25 "
            "rule; 二、 （一）–（四） → **4**. Accepted: 5 and 6 (一、 and/or 三、 read as tasks, as plans-next37 x37_04 read "
            "headings over unnumbered work) and 8 (三、's 一是–四是 as four)",
            "samples: every leaf",
            "units: none as a label (the addressees act in sentences) — lead and responsible none",
            "no date in any item, no target (GB38900 a standard), no report to a unit (移交 / 抄报 are referrals, "
            "「公布…机构名单」 a publication): no duties, no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x65_02_songjiang-2013-huanwei-zhigong-shouru-zengzhang-shishi-yijian.txt"
LINE = "a heading line over one paragraph"
GOALLINE = "a one-line goal 「建立…机制，确保…」 (a numbered leaf by EXPECTED.md's rule; no actor)"

plan(X02,
     title="关于建立松江区环卫职工收入正常增长机制提高城市环境卫生保障水平的实施意见（上海市松江区人民政府办公室关于转发区绿化市容局《关于建立松江区环卫职工收入正常增长机制提高城市环境卫生保障水平的实施意见》的通知）",
     title_note="the opinion's title (printed over two lines 「关于建立松江区环卫职工收入正常增长」 / 「机制提高城市环境卫生保障"
                "水平的实施意见」) or the notice title: either is accepted",
     doc_no="沪松府办〔2013〕33号 (from the index; the stored text prints no number)",
     issuer="上海市松江区人民政府办公室 (转发 区绿化市容局's opinion)",
     date="2013-05-16 (the index); the cover is dated 二○一三年五月二十日",
     level="district office (Shanghai Songjiang)",
     source=shanghai_source("市容绿化与景观", "上海市松江区人民政府办公室关于转发区绿化市容局《关于建立松江区环卫职工收入正常增长机制提高城市环境卫.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=842255dc-cf84-4687-b1c3-e0752fd11a3d&siteId=0082", 3232),
     style="district cover (addressees, one sentence, a date in Chinese numerals 「二○一三年五月二十日」) forwarding a bureau's "
           "opinion; its title over two lines; a preamble; 一、指导思想 a paragraph; 二、基本原则 （一）–（三） heading lines "
           "over a paragraph; 三、主要目标 （一）–（四） one-line goals ending 「；」; 四、具体措施 （一）–（六） heading lines over "
           "a paragraph; 五、职责分工 six UNNUMBERED paragraphs 「区X负责…」 (区绿化市容局, 区总工会, 区人力资源社会保障局, "
           "区财政局, 各街镇（园区）, 本区环卫企业); no label in the numbered items",
     leaf_tasks=13, count_alternatives=[10, 6, 14, 19],
     leaf_tasks_by_section={"二、基本原则": 3, "三、主要目标": 4, "四、具体措施": 6},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "五、职责分工"],
     samples=[
        P(["二", "（一）"],
          note=LINE + " (a principle); 「企业是…责任主体」, 「区、镇政府及其相关职能部门依法履行职责」 in sentences; " + NODATE),
        P(["三", "（一）"], note=GOALLINE + "; " + NODATE),
        P(["三", "（四）"], note=GOALLINE + "; " + NODATE),
        P(["四", "（一）"], lead_alternatives=[["区财政局"]],
          note=LINE + "; 「各街镇（园区）要…」, 「区绿化市容局要…拟定年度…预算估算」 and 「区财政局会同相关部门对…预算进行核定」 "
               "— " + GOAL + " (the other bureaus act in sentences); 「年度」 a budget year, no date; " + NODATE),
        P(["四", "（二）"], not_targets=[(23, "号")],
          note=LINE + "; 本区环卫企业与其工会 act in a sentence; 「沪绿容工〔2011〕23号」 a document number; " + NODATE),
        P(["四", "（三）"], targets=[(5, "%")],
          note=LINE + "; 「在最低工资标准的基础上再增加5%」 a policy quantity (round 25: the item's target); 2013年 and "
               "document numbers in titles are not; " + NODATE),
        P(["四", "（四）"], note=LINE + "; 本区环卫企业 in a sentence; 「年度考核」 an assessment of managers; " + NODATE),
        P(["四", "（五）"],
          note=LINE + "; 环卫企业 in sentences; 「每年进行健康体检」 a yearly check-up of workers, no report; " + NODATE),
        P(["四", "（六）"],
          note=LINE + "; 「区绿化市容局要…」, 「区规划土地局，各街镇（园区）要…」 in sentences; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、指导思想 and 五、职责分工 (six unnumbered 「X负责…」 paragraphs) have no numbered children: sections; "
            "二、 （一）–（三） 3 (principles) + 三、 （一）–（四） 4 (goals) + 四、 （一）–（六） 6 → **13** (every numbered leaf, "
            "EXPECTED.md's rule). Accepted: 10 (without the principles), 6 (四、 only), 14 (五、 one task) and 19 (五、's six "
            "paragraphs as tasks)",
            "samples: nine of the thirteen — a principle, two goals, every measure of 四、",
            "units: the numbered items name no unit as a label; 五、职责分工's 「区X负责…」 paragraphs (unnumbered) hold the "
            "units — no sample can check them (a reader linking them to the measures of 四、 has no rule in the text for it); "
            "四/（一）'s 会同 the only lead reading",
            "figures: 5% (四/（三）) the only target; document numbers (沪府办〔2011〕23号, 沪绿容工〔2013〕8号, 沪绿容〔2011〕124号) "
            "are not",
            "no date in any item, no phases, no duties (年度考核 / 健康体检 are no reports)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x65_03_shanghai-2019-shenghuo-laji-quancheng-fenlei-tixi-shishi-yijian.txt"
RUNIN = "「（n）heading。text」 run-in item"

plan(X03,
     title="关于贯彻《上海市生活垃圾管理条例》推进全程分类体系建设的实施意见（上海市人民政府办公厅关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施意见的通知）",
     title_note="the opinion's own title (after the cover's date) or the notice title: either is accepted",
     doc_no="沪府办发〔2019〕3号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅",
     date="2019-02-18",
     level="city (Shanghai, General Office)",
     source=shanghai_source("市容绿化与景观", "上海市人民政府办公厅关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施意见的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-12344_58275&siteId=0001", 5022),
     style="city cover (addressees, one sentence, signature, date) and an opinion: 一、–五、 each with 「（n）heading。text」 "
           "run-in items （一）–（三） (一、 has two: 指导思想, 工作目标), several holding inline 「一是…二是…」 lists; a closing "
           "附件 list of two tables not stored (「附件：（下载链接）」); no unit label — 市生活垃圾分类减量推进工作联席会议 牵头 "
           "in a sentence; dated work of 2019 (2019年6月1日前, 今年上半年, 一季度, 到年底) and many figures",
     leaf_tasks=14, count_alternatives=[12, 13],
     leaf_tasks_by_section={"一、明确总体要求": 2, "二、": 3, "三、": 3, "四、": 3, "五、": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（二）"], targets=[(70, "%"), (8000, "个"), (170, "座"), (21000, "吨"), (5520, "吨"), (3300, "吨"),
                                    (100, "场")], dl="2019年", dln="2019",
          note=RUNIN + " (工作目标); 「2019年全市生活垃圾分类工作明确三大目标」: the goals' year; 「70%以上居住区…达标」, "
               "「服务点8000个、中转站170座」, 「干垃圾日均控制量不高于21000吨」 (a ceiling — a target by round 25's rule), 湿垃圾 "
               "5520吨, 可回收物 3300吨, 「十、百、千、万」: 10支, 100场, 约5800个居（村）委, 800余万份"),
        P(["二", "（一）"], note=RUNIN + "; 「“两级政府、三级管理、四级落实”」 names of levels; " + NODATE),
        P(["二", "（二）"], skip_deadline=True,
          note=RUNIN + "; 「居（村）委每1—2周的垃圾分类工作分析评价制度」 a rhythm of local reviews (no report to a unit: not "
               "listed as a duty), 「四位一体」 a name; no date: " + SKIP + " (a reader may take the rhythm for a date)"),
        S(["二", "（三）"], ["市生活垃圾分类减量推进工作联席会议"], ["市生活垃圾分类减量推进工作联席会议"], dl="2019年6月1日前", dln="2019-06-01",
          note="round 29, CONVENTIONS.md rule 2 and 3: 「市生活垃圾分类减量推进工作联席会议牵头制订《条例》配套制度清单，指导、督促市相关部门…」: 「A牵头」, lead and responsible A; the bodies it guides and urges are no units (rule 3); 「主管部门负责类」 the name of a class of rules (was lead [], responsible []); the earlier reading: " + RUNIN + "; 「市生活垃圾分类减量推进工作联席会议牵头制订《条例》配套制度清单，指导、督促市相关部门在2019年6月1日前"
               "制（修）订一批配套文件」 — " + GOAL),
        P(["三", "（一）"], targets=[(70, "%"), (1.7, "万个")],
          note=RUNIN + "; 「全市70%以上的源头实效比例」, 「分类投放点改造1.7万余个」; 街镇属地政府 in a sentence; " + NODATE),
        P(["三", "（二）"], targets=[(8000, "个"), (170, "座"), (900, "辆"), (17, "辆")],
          note=RUNIN + " with 「一是…二是…三是」; 服务点8000个, 中转站170座, 湿垃圾车辆900余辆, 有害垃圾专用收运车17辆; "
               "浦东新区 … 城投集团 named as sites and a firm in a sentence; no date in the item (2019 only in the cover and "
               "一/（二）); " + NODATE),
        P(["三", "（三）"], targets=[(1.93, "万吨/日"), (5050, "吨/日")], dl="到年底", dln="2019-12",
          other_deadlines=[od("今年上半年", "2019-06"), od("今年一季度", "2019-03")], not_targets=[(9, "个")],
          note=RUNIN + "; 「2019年，紧扣9个已开工项目…加快推进三个尚未开工湿垃圾项目…今年上半年开工；…4个干垃圾项目…力争今年"
               "一季度开工建设；到年底，干垃圾焚烧处置能力达到1.93万吨/日，湿垃圾资源利用能力达到5050吨/日」: the year is "
               "written (2019年, 今年); the latest date (到年底) is the deadline, the others other_deadlines; 「9个已开工项目」 "
               "projects already under way, not a target"),
        P(["四", "（一）"], note=RUNIN + " with 「一是…四是」; no actor named; " + NODATE),
        P(["四", "（三）"], targets=[(2, "次"), (2, "万份")], skip_deadline=True,
          note=RUNIN + " with 「一是…四是」; 「组织2次全市性的培训」, 「发放2万份普法宣传资料，800余万份分类宣传海报」; "
               "「重点做好2019年春季全市中小学生“开学第一课”活动」 a season of one activity — 2019 or none: " + SKIP + "; "
               "「五个一」, 「五位一体」 names"),
        P(["五", "（一）"], targets=[(50, "%")], skip_deadline=True,
          note=RUNIN + "; 「给予补贴资金的50%」 a subsidy share (a target by round 25's rule); 「2020年未能投入运营的，取消剩余"
               "补贴资金」 a condition, 「2019年，继续研究落实…补贴政策」 the year of the work: 2019 or none — " + SKIP),
        P(["五", "（三）"], note=RUNIN + "; 各区 in a sentence; 「“湿垃圾不收费，干垃圾合计成本收费”」 a rule's name; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 （一）（二） 2 + 二、–五、 （一）–（三） 3 each = 12 → **14** (every numbered leaf; the inline 「一是…」 "
            "lists are parts of their items). Accepted: 12 (without 一、's 指导思想 and 工作目标) and 13 (without 指导思想)",
            "samples: eleven of the fourteen, from every section",
            "units: no label; 市生活垃圾分类减量推进工作联席会议 牵头 in 二/（三） (the only lead reading); 各区, 街镇, 市相关部门 "
            "in sentences; the two 附件 tables (成员单位工作任务清单, 各区任务指标分解表) are not in the stored text",
            "dates: 2019-06-01 (二/（三）), 到年底 / 今年上半年 / 一季度 of 2019 (三/（三）), the goals' 2019 (一/（二）); not "
            "checked where a year or season stands beside the work (二/（二）, 四/（三）, 五/（一）)",
            "no phases; no duties (the 1—2周 reviews, 「建立情况通报机制」 and 「每月至少开展一次…质量检查」 are rhythms of local "
            "work, no report to a named unit)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x65_04_shanghai-2026-gongyuan-tizhi-zengxiao-shishi-fangan.txt"
LABEL = ("「（责任单位：A、B…）」 closes the run-in item: a listed label without a lead rule — lead = [], responsible = every "
         "unit as printed (各区政府 kept as printed; plans-next58 convention)")
LS, FG, CZ, GH, JW, SW, WL, TY, QU = ("市绿化市容局", "市发展改革委", "市财政局", "市规划资源局", "市住房城乡建设管理委",
                                      "市商务委", "市文化旅游局", "市体育局", "各区政府")
Y28 = "「到2028年底」 → 2028-12"

plan(X04,
     title="上海市公园提质增效实施方案（上海市人民政府办公厅关于印发《上海市公园提质增效实施方案》的通知）",
     title_note="the plan's own title (after the cover's date) or the notice title: either is accepted",
     doc_no="沪府办发〔2026〕21号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅",
     date="2026-08-04 (the index); the cover is dated 2026年8月3日",
     level="city (Shanghai, General Office)",
     source=shanghai_source("市容绿化与景观", "上海市人民政府办公厅关于印发《上海市公园提质增效实施方案》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=8c6ab687ef4c4ef9bf16405f0b147d80&siteId=0001", 3984),
     style="city cover (addressees, one sentence, signature, date) and a plan: a preamble; 一、工作目标 one paragraph of "
           "「到2028年底」 figures; 二、–六、 with run-in items （一）–（十六） numbered on across sections, each closing "
           "「（责任单位：…）」 (first unit 市绿化市容局 in all but （十）, no lead rule); dates 到2028年底 / 2028年 / 2027年",
     leaf_tasks=16, count_alternatives=[17],
     leaf_tasks_by_section={"二、": 3, "三、": 4, "四、": 3, "五、": 3, "六、": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "（一）"], [], [LS, FG, CZ, GH, JW, "市生态环境局", QU],
          note=LABEL + "; 「上海市白玉兰文化公园…」 names; " + NODATE),
        S(["二", "（二）"], [], [LS, GH, "市交通委", SW, QU], targets=[(20, "座"), (30, "公里")], dl="到2028年底",
          dln="2028-12", note=LABEL + "; 「完成20座以上公园打开围墙，建设30公里以上环公园绿道」; " + Y28),
        S(["三", "（四）"], [], [LS, "市水务局", QU], targets=[(80, "%"), (50, "%"), (60, "个"), (30, "座")],
          dl="到2028年底", dln="2028-12",
          note=LABEL + "; 「应用比例分别达到80％、50％以上」 (full-width ％), 60个 应用案例, 修复30座公园水体; " + Y28),
        S(["三", "（五）"], [], [LS, CZ, TY, QU], targets=[(100, "处"), (100, "个"), (10, "座"), (60, "公顷")],
          dl="到2028年底", dln="2028-12",
          note=LABEL + "; 儿童户外游戏空间100处, 篮球场100个, 宠物友好公园10座, 60公顷以上; " + Y28),
        S(["四", "（八）"], [], [LS, GH, JW, "市房屋管理局", "市消防救援局", QU], targets=[(6, "座")], dl="2028年",
          dln="2028",
          note=LABEL + "; 「在6座市属公园先行启动试点工作，2028年逐步扩大至全市范围」: 2028 the end of the work"),
        S(["四", "（九）"], [], [LS, GH, FG, JW], targets=[(50, "%")],
          note=LABEL + " (no 各区政府 here); 「开发比例不超过50%」 a ceiling — a target by round 25's rule; " + NODATE),
        S(["四", "（十）"], [], [WL, SW, "市市场监管局", TY, GH, LS, QU], targets=[(50, "处")], dl="到2028年底",
          dln="2028-12",
          note=LABEL + "; the list opens with 市文化旅游局 (市绿化市容局 sixth): no lead either way; 「新增50处公园特色消费场景」; "
               + Y28),
        S(["五", "（十三）"], [], [LS, JW, QU], dl="2027年", dln="2027",
          note=LABEL + "; 「2027年，制定出台全市公园体检评估办法」"),
        S(["六", "（十四）"], [], [LS, "市公安局", "市城管执法局", "市消防救援局", "市民政局", "市委组织部", "市委社会工作部",
                                  "市精神文明办"], not_targets=[(24, "小时")],
          note=LABEL + " (eight units, no 各区政府); 「24小时开放公园」 a kind of park, not a target; " + NODATE),
        S(["六", "（十六）"], [], [LS, CZ, "市司法局"], not_targets=[(24, "小时")],
          note=LABEL + "; the last item; 「24小时开放管理」 a name; " + NODATE),
     ],
     plan_targets=[{"number": 300, "unit": "座"}, {"number": 1400, "unit": "座"}, {"number": 2400, "unit": "公里"},
                   {"number": 250, "unit": "处"}],
     phases=[], duties=[],
     notes=["counting: 一、工作目标 (one paragraph) is a childless section; （一）–（十六） run on across 二、–六、 → **16**; 17 "
            "(一、 a task) accepted",
            "samples: ten of the sixteen, from every section",
            "units: every item closes with 「（责任单位：…）」 and no rule names a lead — lead = [] and responsible = the list "
            "(none of the ten sampled lists has a single unit)",
            "plan targets from 一、: 新增公园300座以上, 总数1400座以上, 绿道2400公里以上, 单位附属绿地开放250处以上 (also 50%, 50个)",
            "dates: 到2028年底 = 2028-12; 2028年 and 2027年 as written; no phases, no duties"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x65_02", ["二", "（一）"], [], ["企业"],
        "「企业是环卫职工收入增加的责任主体，具体负责职工收入增长制度制订和实施」: the subject of 具体负责 (a kind of body, the 环卫 firms) is responsible, no lead (A alone accepted as lead); 「区、镇政府及其相关职能部门依法履行职责」 has no verb of rule 2", alt=[["企业"]])
align30("x65_02", ["四", "（一）"], ["区财政局"], ["区财政局", "相关部门"],
        "「区财政局会同相关部门对区级年度环卫作业养护项目预算进行核定」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 「各街镇（园区）要…确保…投入」「区绿化市容局要…拟定…预算估算」 have no verb of rule 2", alt=[[]])
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x65_02', S32(['五'], [], ['区绿化市容局', '区总工会', '区人力资源社会保障局', '区财政局', '各街镇（园区）', '本区环卫企业'],
          note='six paragraphs 「区绿化市容局负责…」「区总工会负责…」「区人力资源社会保障局负责…」「区财政局负责…」「各街镇（园区）要…负责…」「本区环卫企业应…」; no date'),
          'a childless section of unit paragraphs', '「五、职责分工」 has no numbered children; its six unnumbered paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order; the reading of the paragraphs as six tasks (19) is no longer accepted',
          '五、职责分工', leaf_tasks=14, count_alternatives=[11, 6])

# round 32: answers aligned (p32u) to tests/data/CONVENTIONS.md — doers the round-32 reader reads (a modal, an
# adverb or a first verb between a body and its verb of rule 2; 定期 before 组织; designations) that the answers,
# written before the round-29 ruling, read as prose (README, "Round 32: answers aligned (p32u)")
from expected_tools import align32_units  # noqa: E402

align32_units('x65_01', ['二', '（二）'], [], ['市道运中心', '各区交通管理部门'], '「市道运中心和各区交通管理部门应严格落实道路运输车辆达标核查责任」: the subject of 落实 is responsible, no lead; 「要压紧压实…主体责任」 has no verb of rule 2 and 「应督促…检测机构贯彻落实…」 is a pivot (the objects of 督促 do the work)')  # noqa: E501

# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in a plan naming units
# (CONVENTIONS.md "Round 49 rulings", governs; round 27) — samples dropped, count without them (README, "Round 50:
# aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('x65_03', [['一', '（二）']],
             "一、明确总体要求 （一）指导思想。… （二）工作目标。「2019年全市生活垃圾分类工作明确三大目标…」 state the plan's aims and goals and name no unit,"
             " in a plan whose work names units (二/（三） 市生活垃圾分类减量推进工作联席会议 牵头, rule 2): no tasks (round 27; Round 49'"
             's aims)',
             12, [],
             goals_figures="its figures are the plan's goals, plan-level targets by round 43's decided goal date an"
                           "d Round 57's x245_08 (a 目标 section's levels are plan targets) — not written here (this "
                           'alignment only drops the item)')

# Round 51 (al51): aligned to tests/data/CONVENTIONS.md "Round 58 rulings" → Tasks (turned, round 49 over round 27's
# every leaf): x65_02, the text x128_02 holds, read as x128_02 reads — 二 3 → 1, 三 4 → 0, 五、职责分工 0 → 1: 13 → 8;
# the goal samples 三/（一）（四） are dropped; 13 and the counts accepted before stay accepted
from expected_tools import _sample32 as _sample51  # noqa: E402

_p51, _ = _sample51("x65_02", None)
for _path in (["三", "（一）"], ["三", "（四）"]):
    _p51["samples"].remove(_sample51("x65_02", _path)[1])
_was51 = f"leaf_tasks {_p51['leaf_tasks']} → 8, count_alternatives {_p51['count_alternatives']} → [14, 13, 11, 6]"
_p51["leaf_tasks"], _p51["count_alternatives"] = 8, [14, 13, 11, 6]
_p51["notes"].append(
    'aligned round 51 to CONVENTIONS.md "Round 58 rulings" (turned, round 49 over round 27\'s every leaf): items of a '
    "主要目标 section that state aims are no tasks in any plan (x230_06), and of 二、基本原则 only （一） gives work by a doer "
    "(「企业…具体负责…」, round 35), as x128_02 reads the same text: 二 3 → 1, 三、主要目标 4 → 0, 五、职责分工 0 → 1 (round 51 "
    f"p47b; already one task here since round 32) → 8; {_was51}; samples 三/（一） and 三/（四） (goal lines) dropped; the "
    "earlier readings stay accepted")
# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the printed names accepted)
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'各街镇（园区）': '各街镇'})

write_collected(DIR)
# Round 67 (rul96): units printed with 本市／本区 before the name aligned to tests/data/CONVENTIONS.md "Round 96
# rulings" (governs: round 41's Names over the older answers that kept it; p67h) (README, round 67); the
# helper maps names generically (printed name → the name without 本市／本区), the printed lists stay accepted
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'本区环卫企业': '环卫企业'},
                      why="Round 96 (governs, aligned round 67 to CONVENTIONS.md \"Round 96 rulings\"; p67h): 本市／本区 before a name is no part of it (round 41 Names; the 本区 form of x232_04 第八条)")

# Round 69 (rul100): aligned to tests/data/CONVENTIONS.md "Round 100 rulings" (turned; README, round 69) — a subject of
# rule 2's 实施 carried inside its sentence, which the prose-actor answer read as none; none stays accepted
from aligned_rulings import align76 as _align76_100  # noqa: E402

_align76_100("x65_01", ["二", "（三）"],
             "「市交通委执法总队、市道运中心和各区交通管理部门应按照《上海市道路运输市场严重失信行为清单》对本市营运车辆综合性能检测机构加强监管，将违反严重失信行为清单的单位列入交通行业严重失信名单，并按《…实施细则》实施惩戒。」: the subject carried to 实施 in its own sentence (rule 2; round 34), 和 joining whole body names (round 35), as 二/（二） reads 「市道运中心和各区交通管理部门应…落实…」 (round 32's alignment); 加强 and 列入 add nothing; the first paragraph's 「对…实施信用管理制度」 has no subject",
             "turned: rule 2's 实施 names its subject, printed or carried inside its sentence (rounds 29, 30, 34), 联合 with no partner an adverb (round 39) — over the prose-actor answer written before round 29 that the round-29–32 alignments missed; found beside p68j's third question", ruling="Round 100 rulings", rnd=69,
             lead=[], resp=["市交通委执法总队", "市道运中心", "各区交通管理部门"], resp_alt=[[]])

write_collected(DIR)
