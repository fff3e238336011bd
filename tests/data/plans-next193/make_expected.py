# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next193/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c193, round 43: eight page openings of plans from outside Shanghai — a county's
2017 “119”消防宣传月 notice printed on one line (「即日起至12月9日」); a 靖西 镇's 「119」消防宣傳 plan in traditional characters
(「2023年11月8日至2023年11月30日」 on a page dated 2021); a 镇's 2022 消防宣传月 plan on a document site with chunk lines
「1、」「2、」「3、」 (「镇将…」); 毛嘴镇's 2023 消防宣传月 plan on the town's own site (a lost 「(一)」, dates with lost 年/月
「2023111日至1130日」「119日」, 「镇安委会组织各村(居)…召开」); 海宁市民防局's 「3.1国际民防日」 plan (labels 「主办单位:A;承办单位:B」
under each item, headings lost); a city's 2020 全民国防教育日 plan (「省国教办组织开展」, 「我市国教委…积极组织人员参加」, 「10月10日前,
每个成员单位至少上报1篇征文」); a 朝阳 county-level city's 第十八个全民国防教育日 notice (「2020年9月15日至2020年9月30日」); 谢塘镇's
2019 反电信网络诈骗 宣传 plan (three dated stages, 「(一)政法综治办:」「(二)宣传部门:」)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_in`` of ../plans/expected_tools.py); every
answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of rounds 30–43
are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on
these plans by c193.

    python tests/data/plans-next193/make_expected.py tests/data/plans-next193
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

NO_TITLE = "title not checked: the page opening prints no title of the plan"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
SPAN = ("rounds 36/37: an activity's span stated once for the whole action 「活动时间」 is a stage span, its end the deadline "
        "of items with no date of their own")
NOYEAR = ("the page prints no year of the plan (the site's collection title 「2023年国防教育实施活动方案(专业18篇)」 is no part of "
          "the text, round 42: the text's own year wins): the deadline is not checked")
CLOSED = "round 30: rule 2's forms are a closed list"
HOSTS = ("RULING? a label 「主办单位:A;承办单位:B」 under an item is read like round 40's 「由A主办、B承办的…活动」 naming the item's own "
         "event — A the lead, A and B responsible (round 38: 承办单位 beside a 牵头 label gives responsible; round 36: two "
         "bodies in a lead's label are both the lead); lead [] accepted (the label has no 牵头 word)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x193_01_xian-2017-119-xiaofang-xuanchuanyue-huodong-fangan.txt"
plan(X01,
     title="2017年“119”消防宣传月活动方案",
     title_note="printed twice run-on after 「文档介绍:」 on line 29 (the site's lines 「2017年“119”消防宣传月活动方案 1.docx」 "
                "name the file, not the plan)",
     doc_no="", issuer="a county government (「县政府决定在今年11月组织开展」, 「县级各部门」; province masked 「xx省」)",
     date="2017 (title)", level="county (not named; province masked 「xx省」)",
     source=page_source("https://m.taodocs.com/p-224560293.html"),
     style="a document-sharing site's page: the site's file lines (「1 / 5」「格式:docx   大小:16KB   页数:5页」, uploader, "
           "「文档介绍」) and then the whole notice on ONE line: title twice, addressees 「各乡、镇人民政府,县级各部门:」, a "
           "preamble, 一、指导思想, 二、活动时间 「即日起至12月9日。」, 三、活动内容 (a lead-in) and (一) — CUT in (一)",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动时间"],
     samples=[
        S(["三", "(一)"], [], [], dl="即日起至12月9日", dln="2017-12-09", **at(X01, "营造浓厚的消防安全氛围。(一)"),
          note=CUT + "; round 34: numbers that run in order inside one paragraph (a page printed on one line) are items "
                     "as if each stood at a line start: 一、二、三、 and (一) are the notice's points; 「开展“全民消防我代言”"
                     "公益宣传活动。以消防安全责任人、管理人和各界群众代表为重点,」 has no subject (persons 责任人/管理人 are "
                     "no units, round 34): lead [], responsible []; " + SPAN + " — 二、活动时间 「即日起至12月9日」, year 2017 "
                     "from the title: 2017-12-09 (the preamble's 「在今年11月」 is the month of the campaign's name; the "
                     "nearest stated time, the 活动时间 span, governs, round 42)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一) (CUT); 一、指导思想 is a section; 二、活动时间 a field (round 42 continued: a section "
            "that only gives the time is a field, no task); 三、's lead-in 「结合实际重点组织开展“六项宣传活动”」 has no subject "
            "and is no item",
            "the preamble's 「县政府决定在今年11月组织开展…」 is the notice's own decision in its preamble: it gives units to no "
            "item (round 40)",
            "「法律七进」「消防宣传教育七进」「六项活动」 are programme names (no targets); 「1 / 5」「16KB」「5页」「2019/3/31」 are "
            "the site's file lines",
            "bytes: 1,993 (a whole opening gives 1,999–2,001): about 7 bytes are missing, most likely whitespace round the "
            "site's file lines that the tool's answer did not show"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x193_02_jingxi-zhen-2023-119-xiaofang-xuanchuan-huodong-shishi-fangan.txt"
SP02 = (SPAN + " — 四、「2023年11月8日至2023年11月30日」: 2023-11-30 (the text's own year; the site dates the page "
        "2021-03-04, round 42: the text's own year wins over a site's)")
plan(X02,
     title="鄉鎮2023年「119」消防宣傳活動實施方案",
     title_note="line 5, as printed (traditional); line 1 is the site's page title 「鄉鎮「119」消防宣傳活動實施方案」 without the year",
     doc_no="", issuer="a 镇 of 靖西 (广西; 「我鎮」「為促進靖西經濟…」, not named)", date="2023 as printed (the site dates the "
     "page 2021-03-04; the text cites 「新修訂《消防法》」 and 「科學發展觀」)",
     level="town (a 镇 of 靖西, 广西, not named)",
     source=page_source("https://www.ikanpan.com/a/202102/323881.html"),
     style="a 范文 site's page in TRADITIONAL characters with the site's conversions (「檔案」 for 文件, 「提公升」, 「社群」): page title, "
           "a date line, the title with its year, a preamble, 一、指導思想和工作目標, 二、組織領導 (a leading group with BLANK names "
           "「組長:副組長:」, 「辦公室設在 ,由同志兼任」), 三、主題, 四、時間 「2023年11月8日至2023年11月30日」, 五、宣傳活動內容 "
           "(一) (二) — CUT in (二)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指導思想和工作目標", "二、組織領導", "三、「119」 消防宣傳活動主題", "四、「119」消防宣傳活動時間"],
     samples=[
        S(["五", "(一)"], [], [], dl="2023年11月8日至2023年11月30日", dln="2023-11-30",
          note="「協調有關單位及早做好…」 — no subject, and 有關單位 is a general call (round 33) and the object of 協調 (round "
               "30's pivot); 「積極為消防志願者進行…培訓」「同時積極組織廣大消防志願者深入…開展…」 — 組織 with no subject names no "
               "doer (round 41: a run-in heading or clause with no subject gives no doer); volunteers are persons: lead [], "
               "responsible []; " + SP02),
        S(["五", "(二)"], [], [], dl="2023年11月8日至2023年11月30日", dln="2023-11-30",
          note=CUT + "; 「充分利用各種**、文藝等傳播資源,廣泛宣講新的」 — no subject: lead [], responsible []; 「**」 is the "
                     "site's mask; " + SP02),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 五/(一), 五/(二) (CUT); 一、–四、 are sections or fields (aims; a leading group of blank "
            "persons with its office, round 35's set-up bodies; theme; time)",
            "the span 「2023年11月8日至2023年11月30日」 is one stated time for the whole activity: no phase is written (no named "
            "stages)",
            "「「119」 消防」 keeps the page's space; 「字數 1671 閱讀 1941」 are the site's counters (no targets)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x193_03_zhen-2022-119-xiaofang-xuanchuanyue-huodong-fangan.txt"
SP03 = SPAN + " — 一、活动时间 「2022年11月1日至11月30日」: 2022-11-30"
TOWN = ("「镇将…」 — 镇 standing alone as the subject is the place, no doer (round 43: 我市／本市 standing alone as a subject "
        "「我市将…组织…」 is a place) — RULING? a reader who takes 镇 for the town government (its own 「镇研究决定」) gives 镇")
plan(X03,
     title="2022年“119”消防宣传月活动方案",
     title_note="printed after the site's chunk opener 「1、」 on line 3, run-on with the preamble (lines 1–2 name the site's "
                "file 「…活动方案.docx」)",
     doc_no="", issuer="a 镇 (not named; 「镇研究决定」「全镇」「各村」)", date="2022 (title)", level="town (a 镇, not named)",
     source=page_source("https://taowenge.com/p-66946775.html"),
     style="a document-sharing site's page: the file name, the site's sharing line, then the text in the site's CHUNKS "
           "「1、…」「2、…」「3、…」 that cut the text mid-word (「打牢公共消防安全⏎2、基础。」), the plan run on in each chunk with "
           "the PDF's line-break spaces kept (「安全 素质」「宣 传月」): title, preamble, 一、活动时间, 二、活动主题, 三、活动内容 (a "
           "lead-in) (一)–(四) — CUT in (四); 「H9」 is the page's garble of 119",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间", "二、活动主题"],
     samples=[
        S(["三", "(一)"], [], [], dl="2022年11月1日至11月30日", dln="2022-11-30", **at(X03, "定基础。(一)"),
          note="round 40: the site's chunk openers 「1、」「2、」 are chrome, not items (the heading 「(一)开展疏散演练,打牢公共消防安全"
               "」 runs on across 「2、」); 「镇将发动辖区内所有村开展…演练,加强…指导,协助单位制定…」 — 发动／加强／协助 are no rule-2 "
               "verbs (" + CLOSED + "); the villages are the object of 发动: lead [], responsible []; " + TOWN + "; " + SP03),
        S(["三", "(二)"], [], [], dl="2022年11月1日至11月30日", dln="2022-11-30", **at(X03, "完成演练任务。(二)"),
          note="「镇将以人员密集场所…为重点,加强日常宣传培训。…今年H9宣传月期间,重点组织抓好电动自行车火灾预防宣传」 — 组织＋work "
               "(round 34) whose subject carries over from 「镇将…」 (round 34: an elided subject carries inside one "
               "paragraph); " + TOWN + ": lead [], responsible []; " + SP03),
        S(["三", "(三)"], [], [], dl="2022年11月1日至11月30日", dln="2022-11-30", **at(X03, "电动自行 车火灾预防宣传。(三)"),
          note="「消防 安全重点单位及各村要利用LED屏投放消防宣传提示」 — 投放 is no rule-2 verb (" + CLOSED + "): lead [], "
               "responsible []; " + SP03),
        S(["三", "(四)"], [], [], dl="2022年11月1日至11月30日", dln="2022-11-30", **at(X03, "消防宣传全城覆盖。(四)"),
          note=CUT + " (in the site's chunk 「3、」); 「结合各村民主议政日、村民代表大会等,强化官宣 消防力度。开展新颖创意的消防"
                     "宣传教育活动。在全镇各村开设宣传月专栏…」 — no subject: lead [], responsible []; " + SP03),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: 三/(一)–(四) ((四) CUT); 一、活动时间 and 二、活动主题 are fields; 三's lead-in paragraph "
            "(「…广泛开展消防安全主题 活动…奠 定基础。」) is no item",
            "the site's chunk openers 「1、」「2、」「3、」 are chrome (round 40), not items: 「1、2022年“119”…」 is no item 1",
            "the PDF's line-break spaces inside words 「安全宣 传月」「消防 安全重点单位」 are the page's; 「H9」 is the page's "
            "garble of 「119」"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x193_04_maozui-zhen-2023-119-xiaofang-xuanchuanyue-huodong-fangan.txt"
plan(X04,
     title="毛嘴镇“119”消防宣传月活动方案",
     title_note="line 6, as printed (also in the site's field 「标 题:」 on line 4)",
     doc_no="", issuer="毛嘴镇安全生产委员会 (仙桃, 湖北; 「发布机构: 毛嘴镇安全生产委员会」, 「安全生产委员会决定」)",
     date="2023-11-01 (the site's 发文日期)", level="town (毛嘴镇, 仙桃, 湖北; the town's own site)",
     source=page_source("https://www.xiantao.gov.cn/zbcyxxgk/mzz/zfxxgk/zc/qtzdgkwj/202312/t20231213_5001705.shtml"),
     style="a town's page on the city's open-government site: breadcrumb, the site's fields (索引号, 发布机构, 标题, 文号), the "
           "title, a date line, a preamble, 一、活动主题, 二、活动时间 「2023111日至1130日。」 (年/月 LOST: 2023年11月1日至11月30日), "
           "三、活动内容 whose first item has LOST its number 「(一)」 (「组织开展全媒体集中宣传。镇安委会组织…」), then (二) 「119日,…」 "
           "(11月9日) — CUT in (二)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "(一)"], [], ["镇安委会"], lead_alternatives=[["镇安委会"]], dl="2023111日至1130日", dln="2023-11-30",
          **at(X04, "三、活动内容\n\n"),
          note="round 37: an unnumbered paragraph before 「(二)」 under one heading is item 1 (the page lost its number); "
               + R2 + ": 「镇安委会组织各村(居)、镇直各单位集中召开一次…工作部署会」 — 「A组织B＋verb」 (round 30): 镇安委会 the doer, "
                      "the villages and 镇直各单位 the objects of 组织 (no units); 「各村(居)、镇直各单位通过微信群…转发宣传…」 — 转发 "
                      "is no rule-2 verb; " + ONE + "; 「一次」 has no comparison word (no target); " + SPAN + " — 二、活动时间 "
                      "「2023111日至1130日」 is 2023年11月1日至11月30日 with 年 and 月 lost on the page: 2023-11-30"),
        S(["三", "(二)"], [], ["社会团体", "宣传办", "文明办", "民政", "共青团"], dl="119日", dln="2023-11-09",
          note=CUT + "; " + R2 + ": 「社会团体要全面组织开展消防宣传“五进”活动」 — 组织开展 with a kind as subject (round 34: rule 2 "
                     "does not ask who the body is); 「宣传办、文明办、民政、共青团等单位组织地方有影响的消防志愿服务团队广泛发起…」 — "
                     "「A组织B＋verb」: the bodies before 等单位 are the doers (round 35: separate heads, the 等… tail dropped; "
                     "round 42 continued: a bare field name 「民政」 is one body as printed), the teams the objects; 「各村(居)"
                     "因地制宜…设置消防宣传点」 — 设置 is no rule-2 verb; the objects of 督促指导 (学校、医院…行业单位) are no units "
                     "(rule 3, round 30): lead [], responsible the five in printed order; the item's own day 「119日」 — 11月9日 "
                     "with 月 lost (the preamble's 「今年119日是第32个全国消防日」), round 37: an item's own date wins over the "
                     "span: 2023-11-09"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 三/(一) (its number lost, round 37) and 三/(二) (CUT); 1 accepted (the unnumbered "
            "paragraph read as the text of 三、, a section with one child); 一、活动主题 and 二、活动时间 are fields",
            "dates with lost characters are read as the page means them: 「2023111日至1130日」 = 2023年11月1日至11月30日, "
            "「119日」 = 11月9日 (the 全国消防日); 「在全开展」 lost 镇 (「在全镇开展」)",
            "「第32个」「四年来」 are ordinals and durations (no targets)",
            "bytes: 1,993 (a whole opening gives 1,999–2,001): about 7 bytes are missing, most likely whitespace in the "
            "site's field lines 「索 引 号:」「文 号:」 that the tool's answer did not show"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x193_05_haining-minfangju-31-guoji-minfangri-xuanchuan-jiaoyu-huodong-fangan.txt"
plan(X05,
     title_note=NO_TITLE + " (the page prints the site's collection title 「2023年国防教育实施活动方案(专业18篇)篇一」, then the "
                           "plan from its 活动时间 line, the section headings lost)",
     doc_no="", issuer="海宁市民防局 (浙江; 「市民防局成立…领导小组」, every item's 「主办单位:海宁市民防局」)",
     date="not printed (the site's collection says 2023; 「2月25日-3月1日」 has no year)",
     level="a body's own (city bureau: 海宁市民防局, 浙江)",
     source=page_source("https://www.100ky.cn/wendang/19036649.html"),
     style="a 范文 site's page whose copy LOST the section headings 一、–四、: a site line, the collection title, 「2月25日-3月1日。」 "
           "(the time, heading lost), a leading-group paragraph (persons, its office 「设在指挥通信科」), items (一) (三) (四) each "
           "followed by a LABEL LINE 「主办单位:A;承办单位:B。」, item (二) lost but for its tail 「绍相关“3.1国际民防日”知识。」 and its "
           "label, then 五、有关要求 (一) (二) — CUT in (二)",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["(一)"], ["海宁市民防局"], ["海宁市民防局", "各镇(街道)人防办"], lead_alternatives=[[]], skip_deadline=True,
          note=R1 + ": the label line under the item 「主办单位:海宁市民防局;承办单位:各镇(街道)人防办。」 (a label on its own line "
                    "after the item's text is the item's, rule 1); " + HOSTS + "; the sentence 「各镇(街道)…开展…,并适时组织进行…」 "
                    "adds nothing (rule 1); the activity's days 「2月25日-3月1日」: " + NOYEAR),
        S(["(三)"], ["海宁市民防局"], ["海宁市民防局", "海洲街道人防办"], lead_alternatives=[[]], skip_deadline=True,
          note=R1 + ": 「主办单位:海宁市民防局;承办单位:海洲街道人防办。」; " + HOSTS + "; the item's own day 「2月28日上午8:30-9:30时」 "
                    "(clock times are no targets): " + NOYEAR),
        S(["(四)"], ["海宁市教育局", "海宁市民防局"], ["海宁市教育局", "海宁市民防局", "各镇(街道)人防办", "各初级中学"],
          lead_alternatives=[[]], skip_deadline=True,
          note=R1 + ": 「主办单位:海宁市教育局、海宁市民防局;承办单位:各镇(街道)人防办、各初级中学。」 — two hosts, both the lead "
                    "(round 36); " + HOSTS + "; 「各初级中学利用…开展…」 adds nothing (rule 1); " + NOYEAR),
        S(["五", "(一)"], [], ["各镇(街道)人防办"], lead_alternatives=[["各镇(街道)人防办"]], skip_deadline=True,
          note="round 39: a 有关要求 section whose items give work holds tasks; " + R2 + ": 「各镇(街道)人防办要…做好…筹划,…认真"
               "组织开展“3.1国际民防日”主题宣传教育活动」 — 组织开展 with a kind as subject (各…, round 32): a doer; "
               + ONE + "; " + NOYEAR),
        S(["五", "(二)"], [], [], skip_deadline=True,
          note=CUT + "; 「要充分组织和发动镇(街道)、社区民防志愿者,协调好所在镇(街道)初级中学,利用3月1日这一时间节点,积极开展…」 "
                     "— 组织 with no subject (the subject of (一) does not carry across items; round 34 carries it inside one "
                     "paragraph); the volunteers and schools are objects of 组织／协调: lead [], responsible []; the day "
                     "「3月1日」: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves on the page: (一), (三), (四) of the lost 活动内容 section and 五/(一), 五/(二) (CUT); item (二) is not "
            "on the page (its number and heading lost; only its tail 「绍相关“3.1国际民防日”知识。」 and its label line remain) — "
            "not sampled; the time line 「2月25日-3月1日。」 and the leading-group paragraph are sections whose headings were lost "
            "(a group of persons and its office, round 35: no task)",
            "paths: the items before 五、 have no visible parent number, so they are written as printed ([\"(一)\"]); "
            "五、有关要求 restarts (一)",
            "the label lines 「主办单位:…;承办单位:…。」 stand on the line after each item's text",
            "「“3.1国防民防日”」 in the leading-group paragraph and 「“3.1国际民防日”」 elsewhere are both the page's"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x193_06_shi-2020-quanmin-guofang-jiaoyuri-xilie-huodong-shishi-fangan.txt"
plan(X06,
     title_note=NO_TITLE + " (the page opens at the preamble 「根据省国防教育委员会通知精神…活动实施方案如下:」)",
     doc_no="", issuer="a city's 国防教育委员会 (「我市国教委」「市国教办」; the city and its province masked 「xx省」「市xx广场」)",
     date="2020 (「庆祝建国71周年」, 「9月19日全国第20个“全民国防教育日”」)",
     level="city (not named; 「建市100周年」 in 2020)",
     source=page_source("http://m.7rdy.cn/news/131060.html"),
     style="a city's activity plan on a news-style site, from its preamble (no title): 一、指导思想, 二、活动内容 1、–3、 each a "
           "run-in heading 「1、举办国防教育图片展活动。」 over its paragraph, with days 「9月19日」「10月中旬」「10月下旬」「10月10日前」 "
           "and a sending 「每个成员单位至少上报1篇征文」 — CUT in 3、",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "1"], [], [], dl="9月19日", dln="2020-09-19",
          note="「9月19日,统一组织国防教育宣传板,集中在市xx广场展示」 — 组织 with no subject names no doer (round 41): lead [], "
               "responsible []; the item's own day 「9月19日」 (the 全民国防教育日), year 2020 from 「建国71周年」 and 「第20个」: "
               "2020-09-19"),
        S(["二", "2"], [], ["省国教办"], lead_alternatives=[["省国教办"]], responsible_alternatives=[[]], dl="10月中旬",
          dln="2020-10",
          note=R2 + ": 「10月中旬,省国教办组织开展第二届xx省国防教育好新闻评比活动」 — 组织开展 with a named body as subject "
                    "(round 34) — RULING? the province's office holds the contest the city's item takes part in (the item's "
                    "work is 「组织参与…」 and 「集中精力加强我市…宣传报道」, both with no subject); a reader who gives a higher body's "
                    "own event no place among the item's doers answers [] (accepted); " + ONE + "; 「利用评比前这段时间」: the "
                    "contest's month 「10月中旬」 of 2020: 2020-10"),
        S(["二", "3"], [], ["国教委"], lead_alternatives=[["国教委"]], targets=[(1, "篇")], dl="10月10日前", dln="2020-10",
          note=CUT + "; " + R2 + ": 「我市国教委结合国成员单位行业特点,积极组织人员参加征文活动」 — 组织＋work (round 34): the "
                     "committee a doer, named without 我市 (round 41: 本市/我市 before a name is no part of it); 「省国教办将开展…"
                     "征文活动」 — 开展 is no rule-2 verb; 「每个成员单位至少上报1篇征文」 — a quantifier (round 42) and a sending, "
                     "no unit; 「市国教办将择优推荐」 — 推荐 without 由 is no rule-2 verb (round 36 reads 「由A推荐」); " + ONE
                     + "; 「至少上报1篇」 — 至少 (round 30's line): 1 篇; dates 「10月下旬」 (the province's contest) and "
                       "「10月10日前」 (the sending): both in 2020-10 — the latest is the deadline (round 34), 2020-10 read at "
                       "the month"),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "每个成员单位至少上报1篇征文(报市国教办,择优推荐参加省里的征文评选)", "when": "10月10日前",
              "when_norm": "2020-10-10"}],
     notes=["3 leaves on the page: 二/1–3 (3、 CUT); 一、指导思想 is a section; the preamble's 「在全市范围内组织开展…」 has no "
            "subject and gives units to no item (round 40)",
            "duty: the member units' one-off dated sending to the city's office (rounds 42/43: a one-off dated sending the "
            "plan asks of the bodies it tasks is a dated duty)",
            "「建国71周年」「建市100周年」「第20个」「第二届」 are ordinals and anniversaries (no targets)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x193_07_chaoyang-xianjishi-2020-quanmin-guofang-jiaoyuri-huodong-fangan.txt"
SP07 = ("三、活动时间 「2020年9月15日至2020年9月30日」 (the text's own year, round 42; the 18th 全民国防教育日 and 「改革开放40周年」 "
        "point to 2018, the page prints 2020)")
plan(X07,
     title="第十八个全民国防教育日活动方案",
     title_note="line 3, as printed by the site (the notice itself says 「现将有关事宜通知如下」)",
     doc_no="", issuer="市委宣传部、市人武部、市国防教育办公室 of a county-level city under 朝阳 (辽宁; 「按照省、朝阳市…通知要求」, not named)",
     date="2020 as printed (「2020年9月15日是第十八个全民国防教育日」)",
     level="county-level city (under 朝阳, 辽宁; not named)",
     source=page_source("http://www.xuewenya.com/zongjiedaquan/277829.html"),
     style="a 范文 site's page: site name, the title, a site line, a preamble (the three issuers 「决定在全市开展…」), 一、指导思想, "
           "二、主题, 三、活动时间 「2020年9月15日至2020年9月30日」, 四、活动内容和形式 (一) (二) as heading lines over paragraphs — "
           "(一) one paragraph of clauses joined by ; with different subjects; CUT in (二)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、第十八个全民国防教育日宣传主题", "三、活动时间"],
     samples=[
        S(["四", "(一)"], [], ["市委理论学习中心组"], lead_alternatives=[["市委理论学习中心组"]], responsible_alternatives=[[]],
          dl="9月15日前", dln="2020-09", not_targets=[(1, "次")],
          note="「9月15日前,各乡镇街、各国防教育委员会成员单位要…集中悬挂…条幅」 — 悬挂 is no rule-2 verb; 「活动期间,全市各部门单位要…"
               "整理、制作…,开办…,…深入进行…宣传」 — no rule-2 verb (and 全市 a scope, round 43); 「市委理论学习中心组集中进行1次国防"
               "教育学习;组织全市干部群众参观…图片展」 — 组织＋work whose subject carries over from the clause before it (round 34: "
               "an elided subject carries inside one paragraph) — RULING? the clauses joined by ; each name their own subject, "
               "and the last has none: a reader who gives the subjectless 组织 no doer answers [] (accepted); " + ONE + "; "
               "「1次」 has no comparison word: not a target (round 30); dates 「9月15日前」 (the banners) and 「活动期间」 (the span, "
               "to 9月30日): both 2020-09, read at the month (round 34: the latest is the deadline; " + SP07 + ")"),
        S(["四", "(二)"], [], [], dl="利用国防教育日", dln="2020-09",
          note=CUT + "; 「利用国防教育日,围绕教育主题,广泛开展读书演讲、文艺演出…」 — no subject, 开展 no rule-2 verb: lead [], "
                     "responsible []; the day 「国防教育日」 (9月15日 by the preamble) and the span's end 9月30日 are both 2020-09, "
                     "read at the month; " + SP07),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 四/(一), 四/(二) (CUT); 一、–三、 are sections or fields (aims, theme, time)",
            "the preamble's issuers 「市委宣传部、市人武部、市国防教育办公室决定在全市开展…」 give units to no item (round 40)",
            "「**系列重要讲话精神」 is the site's mask; 「改革开放40周年」「第十八个」 are a name and an ordinal (no targets)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x193_08_xietang-zhen-2019-fangfan-dianxin-wangluo-fanzui-xuanchuan-gongzuo-fangan.txt"
STAGE = "round 33: a stage written as a name and a time in a 计划步骤 section is a phase, and a task where work is written in it"
plan(X08,
     title_note=NO_TITLE + " (the page opens with an empty line, the site's 「朗读」 and the addressees 「各行政村(居)、基层站所:」)",
     doc_no="", issuer="谢塘镇 (上虞区, 绍兴, 浙江; 「结合谢塘实际」「平安谢塘」, the town government by its addressees)",
     date="2019 (the stages' 「2019年4月」…「2019年12月」)", level="town (谢塘镇, 上虞区, 浙江)",
     source=page_source("http://nbxinxi.com/a/shangyuqu/20210602/192830.html"),
     style="an aggregator's copy of a town's plan: an empty first line, 「朗读」, addressees, a preamble, 一、工作目标, 二、计划步骤 "
           "(一)–(三) — three stages 「(一)制定宣传计划阶段(2019年4月)。…」 each with its work, 三、职责与任务 with unit-colon items "
           "「(一)政法综治办:负责…」「(二)宣传部门:统筹…」 — CUT in (二)",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], [], dl="2019年4月", dln="2019-04",
          note=STAGE + "; 「制定宣传工作方案,明确…」 — no subject: lead [], responsible []; the stage's month: 2019-04"),
        S(["二", "(二)"], [], [], dl="2019年4月至12月", dln="2019-12",
          note=STAGE + "; 「积极组织各类媒体资源,…推出新闻和专题报道,持续开展…」 — 组织 with no subject names no doer (round "
                       "41): lead [], responsible []; the stage's end: 2019-12"),
        S(["二", "(三)"], [], [], dl="2019年12月", dln="2019-12",
          note=STAGE + "; 「…对各行政村(居)、基层站所组织工作、宣传工作是否到位…进行评估」 — no subject; the villages and stations "
                       "are objects of the 评估: lead [], responsible []; 2019-12"),
        S(["三", "(一)"], [], ["政法综治办"], lead_alternatives=[["政法综治办"]], dl=None, dln=None,
          note=R1 + ": the unit-colon item 「(一)政法综治办:负责…」 (plans-dev 12 二/（一）: lead [], responsible the body; "
                    "round 38 reads such a label as the lead — accepted); 「协调推进各部门落实宣传责任」 — 各部门 is a general call "
                    "(round 30) and the object of 协调: no unit; " + NODATE + " (the stages date only their own items, round 35)"),
        S(["三", "(二)"], [], ["宣传部门"], lead_alternatives=[["宣传部门"]], dl=None, dln=None,
          note=CUT + "; " + R1 + ": 「(二)宣传部门:统筹…」; 「每季度要组织媒体专题报道…」「协调新闻媒体畅通宣传渠道」 — the media "
                     "are the objects of 组织／协调 — RULING? under the work heading 三、职责与任务 (round 38: 「任务及责任」) the "
                     "objects of 组织 given work are units (round 37), but rule 1 lets the label decide and round 38 adds only "
                     "the 协同／配合 partners of a unit-colon label: read as [宣传部门]; 「每季度」 is a rhythm (round 34: no "
                     "deadline) and a media report, not a reporting duty; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "制定宣传计划阶段", "start": "2019-04", "end": "2019-04"},
             {"name": "开展宣传活动阶段", "start": "2019-04", "end": "2019-12"},
             {"name": "总结评估阶段", "start": "2019-12", "end": "2019-12"}],
     duties=[],
     notes=["5 leaves on the page: 二/(一)–(三) (stages with work: phases and tasks, round 33) and 三/(一), (二) (CUT); "
            "一、工作目标 is a section",
            "phases: the three stages of 二、计划步骤, each named 「…阶段」 with its month(s) of 2019",
            "「六进」 is a programme name (no target); the cited 《上虞区防范电信网络新型违法犯罪宣传工作方案》 is another plan"])

# round 51 (p51d): answers aligned to tests/data/CONVENTIONS.md "Round 58 rulings" (Targets, turned)
from expected_tools import align58_targets  # noqa: E402

align58_targets("x193_07", ["四", "(一)"], "「市委理论学习中心组集中进行1次国防教育学习」: an event the item holds, counted, is its own number of work (round 37), 1 次 included, named by the ruling", to_target=[(1, "次")])

# Round 62 (align85): x193_02 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: a group's
# set-up point that gives it work, governs, p61d-2 — named there for a later alignment) (README, round 62)
from aligned_rulings import align76  # noqa: E402

align76('x193_02', None, "「二、組織領導 …我鎮成立「119」 消防宣傳活動領導小組。 組長:副組長: 成員:領導小組下設辦公室,辦公室設在 ,由同志兼任辦公室主任,具體負責日常工作事務。」 (x193_02 二): the office's 「具體負責日常工作事務」 is work by 負責 (Round 84: the group's routine included), so the set-up point is a task naming none (rule 3), its blank names no matter; not sampled",
        "Tasks and counts, governs: round 57's x255_06 一/2, Round 83's x314_03 三 and Round 85's x320_04 二/(一) over the older answer's section (p61d-2); named by Round 84 for a later alignment, aligned by align85; section → task, 2 → 3, 2 stays accepted",
        ruling="Round 84 rulings", rnd=62, counts={'leaf_tasks': 3, 'count_alternatives': [2], 'childless_top_level_sections': ['一、指導思想和工作目標', '三、「119」 消防宣傳活動主題', '四、「119」消防宣傳活動時間']})

write_collected(DIR)
