# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next155/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c155, round 38: eight page openings of plans from outside Shanghai — page 2
of 周村区's 学校周边 整治 plan with 「(责任单位:…)」 labels after items 4、–6、 and a section (二) of school items;
安义县's 2024 校园及周边安全治理 plan whose 职责分工 opens with a UNIT HEADING 「(一)县教体局。」 (会同, 督促学校…);
潢川县's 2017 校园及周边环境综合整治 plan (cover, a one-month campaign span, CUT in its first item); a 幼儿园's 2018
护校安园 plan (a campaign span 「即日起至2019年1月底」, a childless 主要措施 point); a county hospital's 2021 春节假期 notice
(headed points, 「各科室在放假前要组织…」, a dated sending 「在2月7日前报送排班表至人力资源科」); an Anhui county's 2020
秋冬季 生活物资 稳价保供 plan (principles (一)–(三), 「…负责…」, trigger thresholds 「超过10%」「30%以上」); 渭南市's 2021
冬季取暖 煤气中毒 紧急通知 (a childless point with an elided subject and 「突出镇(乡)政府责任主体」); and 三明市's 2024
乡村医疗卫生 分工方案, a TABLE FLATTENED INTO ONE LINE with PDF-wrapped words and the rule 「列在首位的为牵头单位…下同」):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in`` where
the number is not at its line's start); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–38 are cited in the notes; readings CONVENTIONS
does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c155.

    python tests/data/plans-next155/make_expected.py tests/data/plans-next155
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (inside a one-line table), the first words cut at the line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's own title"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋any verb of doing, 牵头, "
         "会同/协同, a designation; rounds 30, 34, 37, 38)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人)"
SPAN = ("round 37: a campaign's span stated once for the whole action is a stage span, its end the deadline of items with "
        "no date of their own")

# ---------------------------------------------------------------------------------------------------------
X01 = "x155_01_zhoucun-qu-xuexiao-zhoubian-zhian-zhengzhi-fangan-di2ye.txt"
plan(X01,
     title_note=NO_TITLE + " (PAGE 2 of a district's 学校周边 整治 plan: it opens at item 4、 of a section begun on page 1)",
     doc_no="", issuer="周村区 (Shandong, 淄博; 「区建设局」「区公安分局」「周村消防大队」「周村质监分局」)",
     date="not shown (「区安监局」「周村质监分局」 date it to before 2018)", level="district (Shandong, 周村区)",
     source=page_source("http://xuexue6.com/bgzj/k03305/6104923_2.html"),
     style="page 2 of a 范文 site's copy: items 4、–6、 of a section whose heading is on page 1, each closing with a label "
           "「(责任单位:…)」; (二)学校内部安全管理和整治重点 with run-in headed items 1、–4、 (persons 「学校党政一把手」, a kind "
           "「各校要全面落实…」, 「各级团组织、妇联等部门要牵头组织开展…」) — CUT in (二)/4",
     leaf_tasks=7, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["4"], [], ["区建设局", "区城管行政执法局"],
          note=R1 + ": 「(责任单位:区建设局、区城管行政执法局)」 — responsible as printed, lead [] (no lead named); 「按照建设部门的有关"
                    "规定」 names a source of rules, no unit; the path is the item's number only (its section's number is on "
                    "page 1); " + NODATE),
        S(["5"], [], ["区公安分局"], lead_alternatives=[["区公安分局"]],
          note=R1 + ": 「(责任单位:区公安分局)」, " + ONE + "; 「一批重点案件」 has no figure; " + NODATE),
        S(["6"], [], ["区卫生局", "区安监局", "周村消防大队", "周村质监分局"],
          note=R1 + ": 「(责任单位:区卫生局、区安监局、周村消防大队、周村质监分局)」 — four names as printed, lead []; " + NODATE),
        S(["(二)", "1"], [], [],
          note=R2 + ": 「学校党政一把手对本校安全工作负总责」 — 负总责 is a designation (round 35), but its holder is a person "
                    "(the school's 一把手): " + PERSON + "; 制定, 完善, 落实 have no subject: lead [], responsible []; " + NODATE),
        S(["(二)", "2"], [], ["各校"], lead_alternatives=[["各校"]],
          note=R2 + ": 「各校要全面落实校园治安管理和各项安全防范措施,迅速开展…」 — a group named by a kind with 落实 (round 30: "
                    "「各区要落实…」 is a doer, not a general call): responsible 各校, " + ONE + "; 开展 without 组织 adds "
                    "nothing; " + NODATE),
        S(["(二)", "4"], ["各级团组织", "妇联"], ["各级团组织", "妇联"],
          note=CUT + "; " + R2 + ": 「各级团组织、妇联等部门要牵头组织开展安全知识和安全意识的教育宣传活动」 — A牵头 (with 组织开展, "
                     "work): lead and responsible the bodies; 「A、B等部门」 with separate heads gives A, B (round 35: the 等… "
                     "tail dropped; 各 not shared, round 34) — 各级团组织, 妇联; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves on the page: 4、5、6、 (a section begun on page 1) and (二)/1–4 ((二)/4 CUT); (二)'s items that name "
            "no unit are work items of the plan, not items of 总体要求 (round 38: work items with no unit beside labelled "
            "items are tasks)",
            "no figure on the page is a target (「一岗双责」 a name); no date on the page"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x155_02_anyi-xian-2024-xiaoyuan-ji-zhoubian-anquan-zhili-shishi-fangan.txt"
plan(X02,
     title="深化全县校园及周边安全治理工作实施方案",
     title_note="line 1, as printed (no county in it; the preamble names 安义县教育体育局、安义县公安局)",
     doc_no="", issuer="安义县教育体育局、安义县公安局 (Jiangxi, 南昌)", date="2024 (after 洪公通字〔2024〕31号; no date printed)",
     level="county (two county bureaus, Jiangxi, 安义县)",
     source=page_source("(no address: the search tool's answer gave this page without one — pages corpus, search 8 rank 5 "
                        "of c155's walk)"),
     style="a county plan's opening: title, preamble, 一、明确目标任务 (aims: 「三个坚决防止、三个坚决保障、三个持续下降」), "
           "二、细化职责分工 whose first item is a UNIT HEADING 「(一)县教体局。主要负责…」 (会同属地公安机关指导督促学校…) — CUT in (一)",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、明确目标任务"],
     samples=[
        S(["二", "(一)"], ["县教体局"], ["县教体局", "属地公安机关"],
          note="aligned round 39: Headings — 「A unit heading 「(一)县教体局。」 whose text 会同 others gives them as "
               "responsible with it; the objects of 督促 under it are not units」: 学校 (the object of 指导督促) dropped, "
               "read again from the text (会同属地公安机关 stays). Before: " + CUT + "; " + R1 + ": 「(一)县教体局。」 is a unit heading (round 38: a label 「（七）A：」 gives A as lead; the bodies "
                     "its text 协同／配合 are responsible with it) — 「会同属地公安机关指导督促学校严格落实人防、物防、技防措施」: "
                     "会同's partner 属地公安机关 reads as 协同 (round 30), and under 二、细化职责分工 (a heading that gives out "
                     "work, rounds 35, 37) the object of 督促 that is given work (学校 … 落实) is a unit (round 38) — RULING? a "
                     "reader of rule 1 alone (「sentences in its text then add nothing」) answers responsible 县教体局 only; "
                     "「向县委、县政府报告」 names receivers (rule 3); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一) (CUT); 一、明确目标任务 is a childless section of aims naming no unit (round 36)",
            "「三个坚决防止」「四个百分百」「四个一」 are names, 〔2024〕31号 a document number: no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x155_03_huangchuan-xian-2017-xiaoyuan-zhoubian-huanjing-zonghe-zhengzhi-fangan.txt"
plan(X03,
     title="潢川县校园及周边环境综合整治专项行动实施方案（关于印发潢川县校园及周边环境综合整治专项行动实施方案的通知）",
     title_note="lines 10–11 「潢川县校园及周边环境综合整治专项行动」/「实 施 方 案」 (the plan), lines 4–5 the notice — either "
                "(the scorer's plan（notice） form)",
     doc_no="潢政办〔2017〕50号", issuer="潢川县人民政府办公室 (Henan, 信阳)", date="2017-04-20",
     level="county (Henan, 潢川县)",
     source=page_source("http://www.huangchuan.gov.cn/2017/06-20/415545.html"),
     style="a county government site's page: 文件头, number, the notice in five lines (title over two), the issuer and date, the "
           "plan's title over two lines (「实 施 方 案」 spaced), a preamble with the campaign 「自2017年4月起,利用一个月时间」, "
           "一、工作目标 (prose), 二、工作内容 (一)校园周边文化环境治理。… — CUT in (一) before any label",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], [], dl="自2017年4月起,利用一个月时间", dln="2017-05",
          note=CUT + " (「…娱乐场所和音像」): no label on the page and no doer in its text: lead [], responsible []; " + SPAN
                     + " — RULING? 「自2017年4月起,利用一个月时间」 with the notice dated 2017-04-20 read as ending in May 2017 "
                       "(2017-05); a reader of the month counted from 4月1日 answers 2017-04"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一) (CUT); 一、工作目标 is a childless section of aims (no unit)",
            "〔2016〕6号, 〔2017〕77号 document numbers, 「十八届三中…六中全会」 names: no targets; the cover's 「请抓好贯彻落实」 is "
            "no task"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x155_04_youeryuan-2018-huxiao-anyuan-zhuanxiang-gongzuo-fangan.txt"
plan(X04,
     title="2018“护校安园”专项工作方案",
     title_note="line 2 (line 1 「“护校安园”专项工作总结」 is the site's link to another text)",
     doc_no="", issuer="a 幼儿园 (「我园」「幼儿」; not named; 「我市公安局、综治办、教育局决定」)", date="2018 (the campaign 「即日起至"
     "2019年1月底」)", level="school (a 幼儿园, not named)",
     source=page_source("http://6dgww.com/Article/8834443.html"),
     style="a document site's preview (「(未完,全文共1690字,当前显示542字)」): title, the city's decision, a preamble with the "
           "campaign span 「即日起至2019年1月底」, 一、工作目标 (prose), 二、主要措施 (prose of 「五个强化」「四提升」) — CUT in 二",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二"], [], [], dl="即日起至2019年1月底", dln="2019-01",
          note=CUT + "; a childless point of work in a text of headed points (round 34: a task; round 36: 工作目标 stays a "
                     "section): 「紧紧围绕…“五个强化”重点措施,实现…“四提升”」 has no subject — the page names no unit at all: "
                     "lead [], responsible []; " + SPAN + " — 2019-01"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二 (CUT); 0 accepted (a reader of 二 as a section of aims); 一、工作目标 is a section",
            "「五个强化」「四提升」 names, 〔2017〕35号 a document number, the site's 「1690字」「542字」: no targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x155_05_taihu-xian-yiyuan-2021-chunjie-jiaqi-gongzuo-tongzhi.txt"
plan(X05,
     title="2021年春节假期有关工作的通知",
     title_note="line 3 (the hospital site's notice)",
     doc_no="", issuer="a hospital in 太湖县 (Anhui, 安庆; 「离开太湖须…」, the site ahthzyy.cn)", date="2021-02-06 (「发布时间」)",
     level="hospital (a county hospital, Anhui, 太湖县)",
     source=page_source("http://www.ahthzyy.cn/content/detail/601e02df2b56e04e1e8b456c.html"),
     style="a hospital site's notice: breadcrumb, title, 「发布时间…」, 「各科室:」, a one-line preamble, 一、假期安排 (two "
           "paragraphs: days off, clinics open, 「各科室要做好…排班安排,在2月7日前报送排班表至人力资源科」), 二、相关工作要求 "
           "(一)–(五) (persons on duty; 「各科室在放假前要组织一次安全大检查」; 进行, 做好) — CUT in (五); paragraphs indented",
     leaf_tasks=6, count_alternatives=[5, 2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="在2月7日前报送排班表", dln="2021-02",
          note="a childless headed point that gives work (round 34: 「全院职工要保持…」「各科室要做好…安排,在2月7日前报送…」) is a "
               "task; " + R2 + ": 做好, 安排, 报送 are no verbs of the list (" + VERBS + "), 「内、外、妇、儿、骨、口腔等科室安排常规门诊班」 "
               "too: lead [], responsible []; the item's own date 「在2月7日前」 in 2021: 2021-02; the sending to 人力资源科 "
               "is a duty (round 35)"),
        S(["二", "(一)"], [], [], dl="春节期间", dln="2021-02",
          note="aligned round 44 (Round 46 ruling): a festival's period in an item's own text with no date of its own dates the item by the festival's month in the plan's year (CONVENTIONS.md Round 46 rulings, decided, p44e): 「春节期间如离开太湖须…请假」「春节期间不得组织大规模聚会聚餐」 — 春节 2021 (2月12日): 2021-02; formerly: " + R2 + ": 「医院总值班人员必须…」「各科值班人员要严格落实岗位责任制…」 — 落实's subject is a group of persons "
                    "(值班人员): " + PERSON + "; 「报科室负责人及总值班人员同意」 receivers; lead [], responsible []; 「春节期间」 "
                    "is no date: " + NODATE),
        S(["二", "(二)"], [], ["各科室"], dl="在放假前", dln="2021-02", lead_alternatives=[["各科室"]],
          note=R2 + ": 「各科室在放假前要组织一次安全大检查」 — 组织＋work (round 30) with a subject named by a kind (各科室, "
                    "round 32): responsible 各科室, " + ONE + "; RULING? 「在放假前」 read with the day the plan fixes for "
                    "放假 (「2月11日…放假」: round 36, the days a plan fixes are those items' deadlines) — 2021-02; a reader of "
                    "it as a time from an event (round 34) answers no deadline; 「一次」 has no comparison word: no target"),
        S(["二", "(三)"], [], [], dl="在放假前", dln="2021-02",
          note=R2 + ": 「各科室在放假前要进行一次卫生大扫除」 — 进行 is no verb of the list (round 37: 「A对…进行…」 names no doer): "
                    "lead [], responsible []; 「在放假前」 as in (二) (RULING? the same reading): 2021-02"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各科室要做好春节期间值班排班安排,在2月7日前报送排班表至人力资源科", "when": "2月7日前",
              "when_norm": "2021-02"}],
     notes=["6 leaves: 一 (a childless point that gives work, round 34) and 二/(一)–(五) ((五) CUT) — RULING? 二、相关工作要求 "
            "holds the plan's own work for the holiday (round 35: read like any section); 5 (without 一) and 2 (一 and (二), "
            "the items naming a unit: round 27 for a 工作要求 section) accepted",
            "「共计7天」「24小时」「一次」 have no comparison word, 「2021年」 a year, 「4713 次」 the site's count: no targets",
            "the stored page's indents: the copy is 1,979 bytes where an opening cut at 2,000 bytes should give 1,998–2,001 — "
            "the page's indents or the spaces of its time line are probably non-ASCII spaces that the tool's answer showed as "
            "plain spaces; the words are as the tool gave them (see README)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x155_06_anhui-xian-2020-qiudongji-shenghuo-wuzi-wenjia-baogong-fangan.txt"
plan(X06,
     title="疫情生活必需品保供方案",
     title_note="line 7 (line 3 「生活必需品保供协议(实用19篇)」 is the site's collection)",
     doc_no="", issuer="a county in Anhui (「我县」, 「县疫情防控应急综合指挥部」; not named)",
     date="2020 (「安徽省2020年秋冬季…工作预案」)", level="county (Anhui, not named)",
     source=page_source("https://www.kwos8.com/content/5ec55485.html"),
     style="a 范文 site's page: breadcrumb 「1. 首页> …」, a collection title, the site's blurb, the plan's title, a preamble, "
           "items (一)–(三) with run-in headings (「(一)统一指挥,分级负责。…」) and no 一、 heading above them — CUT in (三)",
     leaf_tasks=3, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], ["商贸流通企业"], lead_alternatives=[["商贸流通企业"]],
          note=R2 + ": 「各负有保供责任的商贸流通企业按照属地管理原则,负责本地区生活物资稳价保供工作」 — A负责; a 的-phrase "
                    "before a name describes it and the unit is the name after the last 的 (round 32/34): 商贸流通企业, " + ONE
               + "; 「在县…指挥部…统一指挥领导下」 is a guide (rule 3) and 「…保障组统一协调」 uses 协调, no verb of the list; "
                 "the line 「1. 首页>…」 is the site's breadcrumb, not an item; " + NODATE),
        S(["(二)"], [], [],
          note=R2 + ": 「充分发挥各负有保供责任的商贸流通企业…职能作用,加强…,强化…,并依职责快速处置…」 — no subject; the "
                    "企业 are the object of 发挥: lead [], responsible []; " + NODATE),
        S(["(三)"], [], [], targets=[(10, "%"), (30, "%")],
          note=CUT + "; " + R2 + ": 「要立即向当地主管部门和…保障组报告」 names receivers (rule 3); 「当地主管部门和…保障组要"
                     "根据警情,开展指挥调度」 — 开展 without 组织 is no verb of the list: lead [], responsible []; 「一次性涨幅"
                     "超过10%或10日内累计上涨30%以上」 trigger the step (round 30's line, round 36: a count that triggers a step "
                     "is a target): 10%, 30%; 「9种蔬菜」 names a kind, 「10日内」 is a window: no targets; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: (一)–(三) ((三) CUT), work principles with run-in headings and no section heading on the page; 1 "
            "(only (一), which names a unit: round 33's principle items) accepted",
            "「2020年」 a year, 「实用19篇」 the site's: no targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x155_07_weinan-2021-dongji-qunuan-anquan-yanfang-meiqi-zhongdu-tongzhi.txt"
plan(X07,
     title="关于加强冬季取暖安全管理严防煤气中毒的紧急通知",
     title_note="line 10 (line 3 repeats it after its number)",
     doc_no="渭安办发〔2021〕88号", issuer="渭南市安全生产委员会办公室 (Shaanxi)", date="2021-10-29 (「发布时间」)",
     level="city (Shaanxi, 渭南市)",
     source=page_source("https://yjj.weinan.gov.cn/zfxxgk/fdzdgknr/zfwj/sawb/1628204737352466433.html"),
     style="a city bureau's page: breadcrumb, number and title, 「来源…发布时间…」, the issuer, the title, the number, the "
           "addressees, a paragraph on two poisonings (past figures), then 一、提高政治站位,… as a run-in headed point — CUT in 一",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各县市区", "各部门", "镇(乡)政府"],
          note=CUT + "; a childless headed point that gives work (round 34); " + R2 + ": 「各县市区、各部门要深刻汲取…教训,…"
                     "切实加强组织领导,…严密排查,落实好冬季取暖安全各项防范工作」 — the subject carries over inside the paragraph "
                     "(round 34) to 落实: 各县市区 (a kind, round 32) and 各部门 — RULING? read as a kind with a rule-2 verb (round "
                     "33: 部门 is a kind, 单位 is not; round 30's 「各部门要加强…」 is a general call for its verb 加强); 「特别是要突出"
                     "镇(乡)政府责任主体」 — RULING? read as a designation (round 38: 「以A为主体」 is a designation): 镇(乡)政府 "
                     "as printed; lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 一 (CUT)",
            "「2人死亡,2人受伤」 are past outturns (round 33: not targets), 〔2021〕88号 a document number, dates of past events: "
            "no targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x155_08_sanming-2024-xiangcun-yiliao-weisheng-tixi-fengong-fangan.txt"
TABLE = ("the table 「序号 主要任务 主要内容 具体内容及目标 责任单位」 is flattened into ONE LINE (line 4) with PDF-wrapped words "
         "(「发改 委」「乡镇 卫生院」); each 主要内容 row 1.–3. under 一 is a task, its 责任单位 cell its label (" + R1 + "); "
         "「列在首位的为牵头单位,其他单位按职责分工负责,下同」 makes the first name the lead (plans-dev 01, 05) in every row")
COUNTIES = ("RULING? 「以下均需各县(市、区)党委和人民政府落实,不再列出」 (row 1's cell) read as naming that body in every later row "
            "(a units line by its own words, not a reference: round 33's 「按职责分工负责」 names no body, this one does)")
plan(X08,
     title="三明市进一步深化改革促进乡村医疗卫生体系健康发展分工方案（三明市医改领导小组秘书处关于印发《三明市进一步深化改革促进乡村医疗卫生体系健康发展分工方案》的通知）",
     title_note="line 4 after 「—2 —」 (the plan's title on its page 2) and line 2 (the notice, in the site's list) — either",
     doc_no="", issuer="三明市医改领导小组秘书处 (Fujian)", date="2024-03-04 (the list's date)",
     level="city (Fujian, 三明市)",
     source=page_source("https://kms.qipuai.com/doc/tag-675.html"),
     style="a document library's tag page: one entry (date, the notice's title) and its preview — the plan's page 2 as one "
           "line: 「—2 —」, the title, the table header, 一 强化县域内资源统筹和布局优化 with rows 1.健全乡村医疗卫生服务体系。 "
           "(①②), 2.建设一批区域医疗中心。, 3.改善乡镇卫生院基础条件。, each followed by its 责任单位 cell; then the site's "
           "lines (size, 「确认删除?」…)",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["市卫健委"], ["市卫健委", "发改委", "农业农村局", "自然资源局", "各县(市、区)党委和人民政府"],
          targets=[(1, "所")], **at(X08, "优化 1."),
          note=TABLE + ": lead 市卫健委, responsible as printed (「发改 委」 is 发改委 with the page's wrap space; 「各县(市、区)党委"
                       "和人民政府」 one name, the kind 各县(市、区) shared by both heads, round 35); the cell's rule sentences are no "
                       "units; RULING? ①② inside the 具体内容及目标 cell read as the row's content (4 with them as leaves "
                       "accepted); 「每个乡镇办好 1 所乡镇卫生院」: 1所 (the item's own number to build, round 37); " + NODATE),
        S(["一", "2"], ["市卫健委"], ["市卫健委", "发改委", "财政局", "各县(市、区)党委和人民政府"], targets=[(3, "所")],
          **at(X08, "全覆盖。 2."),
          note=TABLE + ": 「市卫健委、发改 委、财政局」 — lead 市卫健委 (下同); " + COUNTIES + "; 「支持 3 所市县综合医院建设省级"
                       "区域医疗中心」: 3所; " + NODATE),
        S(["一", "3"], ["市卫健委"], ["市卫健委", "农业农村局", "财政局", "各县(市、区)党委和人民政府"],
          not_targets=[(20, "张")], **at(X08, "财政局 3."),
          note=TABLE + ": 「市卫健委、农业农 村局、财政局」 — lead 市卫健委; " + COUNTIES + "; 「开放床位超过 20 张的乡镇卫生院设备"
                       "应达到 B 档」 picks a class of 卫生院 (round 38: figures that pick a class are not targets): 20张 not a "
                       "target; 「A 档」「B 档」「C 档」 are grades; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一/1–3 (rows of the table; 4 with row 1's ① and ② as leaves accepted); the site's lines after the "
            "table (「2024-10-15 50 980.41 KB 16」…) are no text of the plan",
            "「—2 —」 a page number, 「2024.03.04」 a date, 「980.41 KB」 the file's size: no targets"])

write_collected(DIR)
