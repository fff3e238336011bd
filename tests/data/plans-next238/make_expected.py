# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next238/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c238, round 48: eight page openings of plans from outside Shanghai — a 市's 2013
國際博物館日 方案 (traditional with the site's inline 「(chuàng)」 glosses; 二、活動組織形式 a childless point with work; 三、活動內容
1、–3、, CUT); 诸暨's 第47届世界标准日 宣传活动方案 (a 活动时间 span 「10月10日-10月24日」, 活动内容 1、–5、 with 「联合…」 and no
subject); 巴彦淖尔's 2016 文化遗产日 活动 (a Q&A page's chrome, 主办／承办 points, a one-day 活动时间, a programme 六、1、–6、, CUT);
a 2023 防治碘缺乏病日 方案二 (a document site's chunk numbers 「1、」「2、」 inside the text, a span with masked days 「2023年5月X日至X日」,
「各县(市)、乡(镇)还要…组织专家现场咨询」, CUT); a 市's 2019 碘缺乏病宣传日 计划 【第二篇】 after a 【第一篇】 of 19 numbered slogans (fields
whose labels the site lost, CUT); a 市's 博物馆日策划方案 (top-level 1、–6、, masked year 「**年」, run-in items under 5、活动内容,
6、职责分工 「由综合科负责」「由文物科负责」); 长治市生态环境局's 2021 9·16国际保护臭氧层日 notice (a span, 「各分局…组织开展」,
「涉ODS企业组织开展」, a dated sending, contacts and a 附件 line); a 市's 2017 母乳喂养宣传周 notice (two headed points, carried
subjects, CUT)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, by ``at`` where it stands inside a line, by ``starting`` for a run-in item whose path names its first words);
every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of
rounds 30–50 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was
run on these plans by c238.

    PYTHONPATH=. python tests/data/plans-next238/make_expected.py tests/data/plans-next238
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


def at(file, marker, nth=1):
    """``at_in`` for an item whose number stands inside a line (a run-on page, a document site's chunk line): the line
    where the nth ``marker`` ends and the first eight characters after it, stopping at the line's end."""
    d = at_in(DIR, file, marker, nth)
    d["title_starts"] = d["title_starts"].split("\n")[0]
    return d


def starting(file, words):
    """A run-in item (round 35) whose path names its first words: the 1-based line that starts with ``words`` (leading
    spaces ignored) and the first eight characters of that line."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = next(n for n, x in enumerate(lines) if x.strip().startswith(words))
    return {"line": i + 1, "title_starts": lines[i].strip()[:8]}


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list; round 44: outside articles it stands): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 42: 干部 and 领导 are persons; round 48: teams of persons)"
NO_TITLE = "title not checked: "
SPAN_NOTE = ("round 37 / round 42 continued: a campaign's or activity's span stated once for the whole action dates the items "
             "with no date of their own by its end")

# ---------------------------------------------------------------------------------------------------------
X01 = "x238_01_shi-2013-guoji-bowuguanri-huodong-fangan.txt"
plan(X01,
     title_note=NO_TITLE + "the page prints no title line: its line 1 「一、國際博物館日活動方案」 is a numbered heading over the "
                "plan's aim (the site's); the city is not named (「我市」「市文物局」)",
     doc_no="", issuer="a 市's 文物局 (「市局」「市文物局」; the city is not named)", date="2013 (「我市2013年度…宣傳活動」)",
     level="city (a 市, not named; its 文物局)",
     source=page_source("http://m.nftape.cn/HuoDongFangAn/984464.html"),
     style="a 范文 site's copy in traditional characters with the site's inline glosses 「創(chuàng)新」「發(fā)展」 and broken "
           "characters 「當?shù)貧v」 (as printed): 一、國際博物館日活動方案 (the aim: a section), 二、活動組織形式 (a childless point: "
           "「市局統一組織、督導…各縣區成立…領導小組…編制宣傳方案。市文物局將對縣區宣傳方案進行審核、指導…評比」), 三、活動內容 1、–3、 "
           "(「全市各縣區文博單位將…宣傳…」「…在5月18日前后形成…聲勢」「指導各縣區…」) — CUT in 3、",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、國際博物館日活動方案"],
     samples=[
        S(["二"], [], [],
          note="round 34 (early) / round 36 / round 40: a childless point that gives work 「各縣區成立宣傳活動領導小組…編制宣傳方案。"
               "市文物局將對縣區宣傳方案進行審核、指導,並對縣區宣傳活動進行跟蹤評比」 is a task (the count 3 that reads it as a plan-level "
               "field saying who organises the whole event, round 42 / round 49 x228_01, is accepted; RULING? 1); 「市局統一組織、督導」 — "
               "組織 with no object of work (round 41: 组织 with no object gives no doer); 成立 and 編制 are no rule-2 verbs, the group "
               "is set up by the item (rule 3; round 35); 「A對…進行審核、指導」 without 由 names no doer (round 37: 進行 is not 实施): "
               + NONE + "; 「2013年度」 names which year's event the point organises (a noun's description, round 30 / round 50 on "
               "x234_05), not when its work is due: " + NODATE + " (RULING? 2)"),
        S(["三", "1"], [], [],
          note="「全市各縣區文博單位將在城區廣場…采取制作展板…等形式,宣傳…」 — 宣傳 is no rule-2 verb (round 30's closed list; round "
               "44: outside articles it stands), 全市 a scope (round 43): " + NONE + "; the preamble's 「5·18」 names the day the "
               "activity is for (a period in the preamble alone dates nothing, rounds 46, 47): " + NODATE),
        S(["三", "2"], [], [], dl="在5月18日前后", dln="2013-05",
          note="「已成立博物館和紀念館的縣區將精心布展、免費開放,並通過與各類媒體…的合作,在5月18日前后形成廣泛的宣傳聲勢」 — 布展／開放 are "
               "no rule-2 verbs (the 的-rule would leave 縣區, a kind, round 50 on x234_08, but it has no verb of the list): " + NONE
               + "; a named day's period in the item's own text 「5月18日前后」 dates it by the day's month (rounds 42, 46; round 49 on "
               "x231_06 「世界人口日前后」), in the year the text prints (「我市2013年度」, round 42): 2013-05"),
        S(["三", "3"], [], [],
          note="「指導各縣區結合實際,不斷創新宣傳形式。部分縣區或將緊扣活動主題,[cut]」 — no subject; 指導 is no rule-2 verb outside a work "
               "heading (round 30; round 35's 「A指导B开展」 is for work headings), and 「部分縣區或將…」 is an option (或, like 可, round "
               "40): " + NONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二 (a childless point that gives work, rounds 34 early / 36 / 40) and 三/1–3 (3 CUT); 一 states the aim (a "
            "section: round 49's aims give no work). Accepted: 3 (二 read as a plan-level field on who organises the whole event, "
            "round 42 / round 49 x228_01)",
            "no unit is named in the ruled forms anywhere on the page (審核／指導／評比／宣傳／布展 are outside the closed list)",
            "the site's inline glosses 「(chuàng)」「(fā)」「(guān)」 and the broken 「當?shù)貧v」「或?qū)⒕o扣」 are the page's, kept"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x238_02_zhuji-di47jie-shijie-biaozhunri-xuanchuan-huodong-fangan.txt"
plan(X02,
     title="第47届世界标准日宣传活动方案",
     title_note="line 9, the title line printed over the plan's text (the page's headline, line 3, prints it with ASCII quotes "
                "「第47届\"世界标准日\"宣传活动方案」); round 50 (x235_06): a title line printed as the page's title line and not marked "
                "as a compilation's piece is the plan's own title",
     doc_no="", issuer="诸暨市's standardisation body (「结合我市实际」「诸暨市民政局」「《诸暨市地方标准规范管理办法》」, 「在单位官网上公布」)",
     date="2016 by the title's ordinal (the 47th 世界标准日: the 1st was 1970) — the theme printed is the 2014 one (RULING? 3)",
     level="city (诸暨市, Zhejiang; a county-level city)",
     source=page_source("https://qdfww.com/qita/404773.html"),
     style="a 范文 site's page: breadcrumb, headline, 「复制全文 下载文档 更新 2022-07-26 | 人气 293」, the site's intro, the title "
           "again, the preamble, 一、活动主题 / 二、活动目的 / 三、活动时间 (「10月10日-10月24日」) as fields, 四、活动内容 1、–5、, then the "
           "site's 「阅读延伸:世界标准日祝词」 (another text: no task)",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动目的", "三、活动时间"],
     samples=[
        S(["四", "1"], [], [], dl="10月14日", dln="2016-10-14",
          note="「10月14日在政务微博上宣传世界标准日…主题活动」 — no subject: " + NONE + "; the item's own day wins over the span "
               "(round 37), in the year the title's ordinal fixes (round 49 on x230_02 and x193; round 50 on x235_06: the plan's own "
               "title line): 2016-10-14 (RULING? 3)"),
        S(["四", "2"], [], [], dl="10月10日-10月24日", dln="2016-10-24",
          note="「开展行业龙头企业标准化现状与需求调研活动」 — no subject, 开展 no rule-2 verb: " + NONE + "; " + SPAN_NOTE
               + " (三、活动时间 「10月10日-10月24日」, a field: no task): 2016-10-24"),
        S(["四", "3"], [], [], dl="10月10日-10月24日", dln="2016-10-24",
          note="「开展标准下乡宣传活动,…联合农业、林业等部门发放…宣传资料」 — 联合 with a partner but no subject standing in the paragraph "
               "gives none (round 47: 「将联合B」 with no subject; round 41: 「紧密联合A、B等部门，协同推进…」), and 发放 is no rule-2 "
               "verb: " + NONE + "; " + SPAN_NOTE + ": 2016-10-24"),
        S(["四", "4"], [], [], dl="10月10日-10月24日", dln="2016-10-24",
          note="「与诸暨市民政局联合开展浙江省《养老机构服务与管理规范》地方标准宣贯培训」 — the partner of 联合 with no subject is no unit "
               "(round 48 on x227_01 needs the subject A; round 47 「将联合B」 with no subject gives none): " + NONE + "; " + SPAN_NOTE
               + ": 2016-10-24"),
        S(["四", "5"], [], [], dl="10月10日-10月24日", dln="2016-10-24",
          note="「修改《诸暨市地方标准规范管理办法》,并在单位官网上公布」 — no subject (「单位」 is the issuer's own site, no body named): "
               + NONE + "; " + SPAN_NOTE + ": 2016-10-24"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 四/1–5. 一、活动主题, 二、活动目的 (aims, round 49) and 三、活动时间 (round 42 continued: a section that only gives "
            "the time is a field) are no tasks; the site's 「阅读延伸」 after the plan is another text",
            "「10月14日」「10月10日-10月24日」 print no year; the title's 「第47届」 gives 2016 (1970 was the 1st), while the theme "
            "「标准营造公平竞争环境，标准构建统一市场规则」 is 2014's (the 45th): only what is printed is read (round 48), so 2016 "
            "(RULING? 3)",
            "「2022-07-26」 is the site's update date (round 45: the site's date fills nothing)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x238_03_bayannaoer-2016-wenhua-yichanri-yinshan-yanke-jin-xiaoyuan-huodong.txt"
DAY = ("round 42 continued: a single day stated once for the whole activity under 活动时间 「五、活动时间、地点 2016年6月11日上午"
       "09:00——12:00」 is the activity's span, one day long: items with no date of their own are due that day (2016-06-11)")
plan(X03,
     title_note=NO_TITLE + "the page prints no title for the plan: 「世界文化遗产日是第几个」「2016世界文化遗产日是第几个」 are the site's "
                "question headlines over a Q&A, and the plan starts with its preamble 「今年6月11日是第11个…」",
     doc_no="", issuer="巴彦淖尔市's 文化广电局 with 区教育局 (主办; 临河区)",
     date="2016 (「2016年6月11日」)", level="city (巴彦淖尔市, 内蒙古)",
     source=page_source("https://www.cnrencai.com/fangjia/jieri/364998.html"),
     style="a site's Q&A page (「2016世界文化遗产日是第11个.」) with the plan after it: preamble (「…庆祝第9个“中国文化遗产日”」 beside "
           "「第11个」), 一、活动主题, 二、活动口号 (slogans), 三、主办单位 and 四、承办单位 (bodies, one a line), 五、活动时间、地点 (one "
           "day), 六、活动安排 1、–5、 (a programme: speeches, a ceremony, a show, a recital), an unnumbered 「参观活动:」, 6、 — CUT",
     leaf_tasks=6, count_alternatives=[1, 8], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动口号", "三、主办单位", "四、承办单位", "五、活动时间、地点"],
     samples=[
        S(["六", "1"], [], [], dl="2016年6月11日", dln="2016-06-11",
          note="「市领导(文广局领导)讲话」 — leaders are persons (" + PERSON + "); the 主办／承办 points are plan-level fields naming "
               "who hosts the whole event (round 42; round 44: a separate point; round 48 on x226_02: where the field stands "
               "decides): the items take none of their bodies: " + NONE + "; " + DAY + "; the programme's steps are read as items "
               "(numbered leaves); round 50's x234_02 reads a programme as one task of fields, so the count 1 is accepted (RULING? 4)"),
        S(["六", "3"], [], [], dl="2016年6月11日", dln="2016-06-11",
          note="「举行“阴山岩刻进校园示范基地”授牌仪式」 — no subject, 举行 no rule-2 verb: " + NONE + "; " + DAY),
        S(["六", "4"], [], [], dl="2016年6月11日", dln="2016-06-11", not_targets=[(25, "分钟")],
          note="「文艺表演:(时长25分钟左右)」 — no subject: " + NONE + "; 25分钟左右 is a length with no comparison word (左右 is "
               "「about」; round 30's line needs 以上／不超过…): no target; " + DAY),
        S(["六", "6"], [], [], dl="2016年6月11日", dln="2016-06-11",
          note="「参观“我眼里的阴山[cut]」 under the unnumbered line 「参观活动:」 (a heading inside 六 with no number; the numbers run on "
               "from 5, so the path is 六/6): " + NONE + "; " + CUT + "; " + DAY),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 六/1–6 (6 CUT). 一、二 (theme, slogans) and 五 (time and place) are fields; 三、主办单位 and 四、承办单位 are "
            "plan-level host fields (rounds 42, 44): no tasks, no item units. Accepted: 1 (六 as one task whose programme is its "
            "fields, round 50 on x234_02), 8 (with 三、四 as tasks, round 42: a count with them accepted)",
            "the preamble says both 「第11个」 and 「庆祝第9个“中国文化遗产日”」 (as printed); the printed 「2016年6月11日」 is read",
            "the site's Q&A (lines 1–11) and 「时间:2021-02-18」 are the site's"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x238_04_2023-fangzhi-dianquefabingri-xuanchuan-huodong-fangan-er.txt"
MAYX = ("the campaign span 「二、活动日期2023年5月X日至X日」 (days masked) ends in May 2023: the month is printed and read, the "
        "masked day is not repaired (round 48 on x226_05: only what is printed is read); " + SPAN_NOTE + " (2023-05; RULING? 5)")
plan(X04,
     title_note=NO_TITLE + "the title 「2023防治碘缺乏病日宣传活动方案二」 is printed only in the file name (「….docx」, lines 1, 5, 7, 9, "
                "14) and glued to the text after the site's chunk number 「1、」 (line 16, run into 「一、活动主题…」); 「二」 is the "
                "compilation's number",
     doc_no="", issuer="not named (a 市 or 盟 over 「各县(市)」; 「国家和自治区的防治政策」: an autonomous region)",
     date="2023 (「2023年5月X日至X日」)", level="city (not named; its 各县(市))",
     source=page_source("https://m.yzwku.com/doc/299938.html"),
     style="a document site's preview: the file name four times, 「上传人:王**…」, then the text as two chunks 「1、…」「2、…」 (the "
           "site's chunk numbers, round 40: chrome) run on: 一、活动主题 / 二、活动日期 (masked days) / 三、宣传活动安排及要求 1 .–2 . "
           "(2 . continues after the chunk break 「所有\\n\\n2、街道(乡镇)…」), then 「1、配合措施:(一)5月X日至X」 — CUT",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、活动主题", "二、活动日期"],
     samples=[
        S(["三", "1"], [], [], dl="2023年5月X日至X日", dln="2023-05", **at(X04, "1 ."),
          note="「各县(市)要在宣传活动期间,安排部署广播、电视、报纸等新闻媒体以开设专栏形式,集中免费宣传…」 — 各县(市) is a kind (round "
               "32) but 安排部署 is no rule-2 verb (round 30's closed list): " + NONE + "; " + MAYX),
        S(["三", "2"], [], ["各县(市)", "乡(镇)"], dl="2023年5月X日至X日", dln="2023-05",
          responsible_alternatives=[["各县(市)", "各乡(镇)"]], **at(X04, "2 ."),
          note=R2 + ": the item runs across the site's chunk break (「…宣传横幅。所有」 / 「2、街道(乡镇)、社区(行政村)要设置…」) to "
               "「1、配合措施」; its last sentence 「各县(市)、乡(镇)还要通过设置宣传咨询点,…组织专家现场咨询、免费发放碘盐…」 makes its "
               "subjects doers by 组织＋work (round 34; 「A组织B＋verb」, round 30: the experts, the pivot's object, are persons, no "
               "unit); 各 is not shared (round 34: 「各管理部门和街镇」 gives 各管理部门, 街镇), so 乡(镇) as printed (各乡(镇) accepted); "
               "悬挂／设置 of the earlier sentences are no rule-2 verbs; lead [] (no 牵头); " + MAYX),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/1–2 (1 . and 2 ., ASCII full stops after a space). 一、活动主题 and 二、活动日期 are fields. Accepted: 3 "
            "(with the cut 「1、配合措施:(一)5月X日至X」 read as a task)",
            "「1、」 at line 16's start and 「2、」 at line 18's are the site's chunk numbers (round 40), not items; 「1、配合措施」 stands "
            "inside the text (the document's own, its section number lost)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x238_05_shi-2019-dianquefabing-xuanchuanri-huodong-jihua-di2pian.txt"
plan(X05,
     title="全国碘缺乏病宣传日活动计划",
     title_note="the compilation's piece header 「全国碘缺乏病宣传日活动计划【第二篇】」 (line 23) less its mark, as round 48 (x222_05) and "
                "round 49 (x231_07) read 【一】 and 附:…1; the page's headline 「…活动计划样例【范例8篇】」 (line 1) is the site's",
     doc_no="", issuer="a 市 (「结合我市的工作实际」; 13个县(市、区)), not named",
     date="2019 (「2019年5月14、15、16日」)", level="city (a 市, not named)",
     source=page_source("https://alatiku.com/fanwen/daquan/glq8or.html"),
     style="a 范文 compilation: headline, the site's intro, 【第一篇】 = 19 numbered slogans 「1.加强碘盐监督管理…」–「19.…」 (no "
           "work), then 【第二篇】: the preamble, three lines whose field labels the site lost (time 「2019年5月14、15、16日。」, range "
           "「13个县(市、区)及所辖…」, participants 「各县(市、区)卫生局、疾病控制中心,…各乡镇卫生院。」), (一) 1、 — CUT",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)", "1"], [], [], dl="2019年5月14、15、16日", dln="2019-05-16",
          note="「1、现场宣传活动:我市碘缺乏病主要分布于老、边、山、[cut]」 — no doer before the cut: " + NONE + "; the participants "
               "line is stated once for the whole activity (a plan-level field, round 44's separate 参加活动单位 point; round 42), so "
               "the item takes none of its bodies; the time line (its label 「活动时间」 lost) is the activity's span of named days, "
               "so an item with no date of its own is due at its latest end (round 48 on x226_06; round 42 continued): 2019-05-16; "
               + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 【第二篇】 (一)/1 (CUT). 【第一篇】's 19 numbered lines are slogans, a list of contents with no work (round 50 on "
            "x235_05's banner slogans; round 35's lists that give no work): no items. The count is not accepted with them",
            "the year is printed (「2019年5月14、15、16日」) though 「第23个“防治碘缺乏病日”」 belongs to 2016: the printed year wins "
            "(round 48 on x227_08)",
            "13个县(市、区) in the range line is a present count (round 33: present figures are not targets)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x238_06_shi-bowuguanri-cehua-fangan.txt"
Y17 = ("the year is masked 「**年5月16日至5月18日」; the text's 「“纪念建军90周年”」 fixes it (1927 + 90 = 2017), as round 49 reads "
       "「建国71周年」 (x193) and round 50 governs for a masked year (x235_01); the theme printed is 2017's too (RULING? 6)")
plan(X06,
     title="博物馆日策划方案",
     title_note="line 1 (the page's title line; 「博物馆日策划方案 :」 again at line 5)",
     doc_no="", issuer="a 市's 博物馆日 office (「市、区博物馆日宣传活动」; 综合科, 文物科; 泰山 and 泰山学院 place it in 泰安)",
     date="2017 by 「纪念建军90周年」 (the year printed is masked 「**年」)", level="city (a 市 with its 区, not named)",
     source=page_source("http://chacila.com/jingyan_22527360Cd7D933E"),
     style="a 经验 site's page: title, 「更新时间:」 (blank), top-level points numbered 1、–6、 (活动主题, 活动目标, 时间安排 「**年5月16日至5月"
           "18日」, 活动地点, 活动内容 with four run-in paragraphs 「广场集中宣传。」「新闻宣传活动。」「做好博物馆免费开放。」「举办专题讲座。」, "
           "职责分工 with a lead-in and two 「…由X科负责」 paragraphs); the opening ends there (the page may go on)",
     leaf_tasks=5, count_alternatives=[2, 6], attachment_task_rows=0,
     childless_top_level_sections=["1、活动主题", "2、活动目标", "3、时间安排", "4、活动地点"],
     samples=[
        S(["5", "广场集中宣传"], [], [], dl="5月18日", dln="2017-05-18", **starting(X06, "广场集中宣传"),
          note="round 35: run-in headings opening every paragraph of a numbered section are its items (tasks); 「5月18日,市博物馆广场、"
               "**战役纪念馆、**区政府门前、**区宣传文化中心在开展集中宣传活动」 — places, and 开展 is no rule-2 verb: " + NONE + "; the "
               "item's own day 5月18日; " + Y17),
        S(["5", "新闻宣传活动"], [], [], dl="**年5月16日至5月18日", dln="2017-05-18", **starting(X06, "新闻宣传活动"),
          note="「充分利用电视、网络等集中宣传…。在**日报组织专版,进行集中报道」 — no subject stands in the paragraph: 组织 is in rule 2's "
               "list whatever its object (round 43) but names no doer without one (round 41): " + NONE + "; " + SPAN_NOTE
               + " (3、时间安排): 2017-05-18; " + Y17),
        S(["5", "做好博物馆免费开放"], [], [], dl="**年5月16日至5月18日", dln="2017-05-18", **starting(X06, "做好博物馆免费开放"),
          note="「各国有博物馆要集中搞好对外开放活动,重点做好…;各非国有博物馆要…举办…展览活动」 — kinds with 搞好／做好／举办, no rule-2 verb "
               "(round 30): " + NONE + "; 「纪念**战役胜利70周年」 and 「“纪念建军90周年”的开放参观活动」 name other events inside nouns "
               "(round 50 on x234_05: no step of the item); " + SPAN_NOTE + ": 2017-05-18"),
        S(["5", "举办专题讲座"], [], [], dl="**年5月16日至5月18日", dln="2017-05-18", **starting(X06, "举办专题讲座"),
          note="「市博物馆围绕活动主题,邀请…周郢在学术报告厅举办…讲座」 — 邀请 and 举办 are no rule-2 verbs; the scholar is a person: "
               + NONE + "; " + SPAN_NOTE + ": 2017-05-18"),
        S(["6"], [], ["综合科", "文物科"], dl="**年5月16日至5月18日", dln="2017-05-18",
          note="round 32: a childless section 「6、职责分工」 whose text is unnumbered paragraphs each giving work to a body is one task, "
               "its units all the paragraphs' bodies in printed order: 「…等工作,由综合科负责」「…参观人员组织,由文物科负责」 (由A负责, "
               "rule 2; round 30: a body named by a kind counts, 「由办公室负责」); lead [] (no 牵头); the division by function gives "
               "5's run-in items none of its bodies (round 45: no rows are linked to items by their words); the opening ends after the "
               "second paragraph; " + SPAN_NOTE + ": 2017-05-18"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 5's four run-in items (round 35) and 6、职责分工 (one task, round 32). 1、活动主题, 2、活动目标 (aims, round 49), "
            "3、时间安排 and 4、活动地点 (fields, round 42 continued) are no tasks. Accepted: 2 (5 and 6 each one childless point), 6 (6's "
            "two paragraphs read as two tasks)",
            "the masks 「**年」「**战役纪念馆」「**区」「**日报」 are the site's; 「纪念**战役胜利70周年」 leaves the battle masked, "
            "「纪念建军90周年」 does not"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x238_07_changzhi-shi-2021-guoji-baohu-chouyangcengri-xuanchuan-huodong-tongzhi.txt"
SPAN07 = SPAN_NOTE + " (一、活动时间 「2021年9月15日—9月17日」): 2021-09-17"
plan(X07,
     title_note=NO_TITLE + "the page starts with the addressees 「各分局,宣教中心:」; the notice's title is not in the stored opening",
     doc_no="", issuer="长治市生态环境局 (by the page's address, sthjj.changzhi.gov.cn; 「市局大气科」, 「czhbdqk」)",
     date="2021 (「2021年9月16日是第27个国际保护臭氧层日」)", level="city (长治市, 山西; its 生态环境局 over its 分局)",
     source=page_source("https://sthjj.changzhi.gov.cn/hjgl/wrfz/dq/202109/t20210903_2379796.html"),
     style="a government site's notice: addressees, preamble, 一、活动时间 (a span), 二、活动形式 (一)现场实地宣传 1、2、, (二) and (三) "
           "headings over one paragraph each, 三、总结报送 (a dated sending), contacts, 「附件:…统计」 (the attachment is not in the "
           "opening)",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、活动时间"],
     samples=[
        S(["二", "(一)", "1"], [], ["各分局"], dl="2021年9月15日—9月17日", dln="2021-09-17", lead_alternatives=[["各分局"]],
          note=R2 + ": 「各分局根据…,组织开展臭氧层保护“进企业、进社区、进学校、进公共场所”宣传活动」 — 组织开展 (round 30's list; "
               "round 34: 组织＋work) with a kind as subject (round 32: 各区-like groups are doers); " + ONE + "; " + SPAN07),
        S(["二", "(一)", "2"], [], ["涉ODS企业"], dl="2021年9月15日—9月17日", dln="2021-09-17",
          lead_alternatives=[["涉ODS企业"], ["辖区内涉ODS企业"]], responsible_alternatives=[["辖区内涉ODS企业"]],
          note=R2 + ": 「辖区内涉ODS企业组织开展宣传活动,可采取举办知识竞赛…等方式」 — a regulated party named by a kind is a doer "
               "with a rule-2 form (round 34; round 46: 相关企业 a kind); 可 reaches only the means it introduces (round 40: 可 "
               "reaches verbs joined to it after it), not 组织开展 before it; 辖区内 is a scope, dropped like 全县／全市 (round 43; "
               "the name as printed accepted); " + ONE + "; " + SPAN07),
        S(["二", "(二)"], [], [], dl="2021年9月15日—9月17日", dln="2021-09-17",
          note="a heading 「(二)多种媒体宣传」 over one sentence with no subject 「通过电视、报纸…进行宣传」: a leaf that gives work (round "
               "40): " + NONE + "; " + SPAN07),
        S(["二", "(三)"], [], [], dl="2021年9月15日—9月17日", dln="2021-09-17",
          note="「各县区可结合本地工作特点,创新活动形式…」 — 可 is an option (rounds 34, 40); the next sentence 「…精心策划谋划,…发动群众"
               "…投诉举报」 has no subject and no rule-2 verb; 「12369」「12345」 are hotline numbers (names with digits, not targets): "
               + NONE + "; " + SPAN07),
        S(["三"], [], [], dl="于2021年9月17日17时前", dln="2021-09-17", not_targets=[(17, "时")],
          note="round 36 / round 40: a childless point that gives work 「各分局要及时总结宣传活动亮点和经验成果,做好…收集整理并填写…统计表,"
               "于2021年9月17日17时前将总结及统计表报送市局大气科」 is a task (the count 4 without it is accepted: a 总结报送 point "
               "naming no unit by rule 2); 总结／做好／填写／报送 are no rule-2 verbs (round 30; round 48: a sending under no 由 names no "
               "doer): " + NONE + "; round 49 (p46c): the only date is a sending's, and the thing sent is the summary of the item's "
               "own one-off work, so the date is the item's deadline too: 2021-09-17; 17时 is a clock time (not a target)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各分局将宣传活动总结及统计表报送市局大气科", "when": "于2021年9月17日17时前", "when_norm": "2021-09-17",
              "note": "三、总结报送: a plan body's dated sending to the issuer's own section (rounds 35, 42, 43: a dated sending the "
                      "notice asks of the bodies it tasks is a dated duty)"}],
     notes=["5 leaves: 二/(一)/1–2, 二/(二), 二/(三), 三. 一、活动时间 is a field (round 42 continued). Accepted: 4 (三 read as a "
            "closing point with no doer)",
            "the contacts (联系人, 联系电话, 邮箱) and 「附件:…统计」 after 三 are no tasks; tasks are counted to the 附件 line "
            "(EXPECTED.md)",
            "「0DS」 (a zero) beside 「ODS」 is the page's"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x238_08_shi-2017-muru-weiyang-xuanchuanzhou-huodong-fangan.txt"
FACT = ("「2017年8月1-7日是第26个世界母乳喂养周」 in the preamble states a calendar fact, not a span set for the items' work "
        "(round 47 on x217_04; round 48): " + NODATE)
plan(X08,
     title="2017年“母乳喂养宣传周”活动方案",
     title_note="lines 1 and 4, the page's title line (round 50 on x235_06: not marked as a compilation's piece; the text below "
                "it is a notice to 「各区(市)卫生计生局,…」)",
     doc_no="", issuer="a 市's 卫生计生委 (「委直有关医疗卫生单位」, 「枣矿集团」: 枣庄, Shandong; not named)",
     date="2017 (title and preamble)", level="city (a 市 over 各区(市); its 卫计委)",
     source=page_source("http://www.duqu8.com/essay/2952/bbrormn.html"),
     style="a 范文 site's copy of a notice: title, breadcrumb, title again, addressees, preamble (the 纲要's goal 「6个月内婴儿纯母乳"
           "喂养率达50%以上」), 一、高度重视母乳喂养宣传工作 and 二、切实加强爱婴医院长效管理, headed points over one paragraph each — CUT "
           "in 二",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各区(市)"], lead_alternatives=[["各区(市)"]],
          note="round 34 (early): a childless headed point that gives work is a task; " + R2 + ": 「各区(市)、各单位要高度重视,…做好"
               "“五个一”宣传活动,即…举办一次…,组织一次“母乳喂养专题”宣传活动,制作…」 — the subject carries inside one paragraph (round "
               "34), and 组织＋work with modifiers between (round 34) makes it a doer: 各区(市) is a kind (round 32), 各单位 a general "
               "call (round 33; round 48: the kind beside a call is the doer); " + ONE + "; " + FACT),
        S(["二"], [], ["爱婴医院"], lead_alternatives=[["爱婴医院"]],
          note=R2 + ": 「各区(市)、各单位要切实加强…,开展…培训;爱婴医院要保持母乳喂养咨询电话畅通,并提供…;严格掌握剖宫产指征,…落实"
               "母乳喂养和降低剖宫产率措施,严格执行…[cut]」 — 落实 has no subject of its own and carries the one standing before it "
               "in the paragraph after the ；, 爱婴医院 (round 34; round 44: a subjectless verb after a ；-clause with its own subject), "
               "a kind of body (hospitals so named); 加强／开展／保持 are no rule-2 verbs, so 各区(市) is none here; " + ONE + "; " + CUT
               + "; " + FACT),
     ],
     plan_targets=[{"number": 50, "unit": "%", "note": "「实现《中国儿童发展纲要(2011-2020年)》提出的6个月内婴儿纯母乳喂养率达50%"
                    "以上的目标」 in the preamble: the goal the notice works for, 50 % with 以上 (round 30's line); 「6个月内婴儿」 names "
                    "a group of persons by age (round 31): no target"}],
     phases=[], duties=[],
     notes=["2 leaves: 一 and 二 (childless headed points that give work, round 34 early); 二 CUT",
            "「一次」「一场」「一套」 in 一's 「五个一」 are the item's own numbers of events and things to make (rounds 37, 44, 49 would read "
            "them as targets of 1); they are not sampled (RULING? 7)"])

write_collected(DIR)
