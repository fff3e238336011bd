# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next162/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c162, round 39: eight page openings of plans from outside Shanghai — 木兰县's
2019 优化营商环境 plan (one item under a heading label 「(总牵头单位:…)」, CUT; the leftover of plans-next154); 东溪乡's 2018
征兵 plan (persons only, policy items, stages with months); a college's 網路安全宣傳周 plan in traditional characters (labels
「任務單位:」「負責部門:」「任務部門:」 AFTER each item's text); 蒲城县教育局's 2022 网络安全宣传周 notice (「由电教中心具体组织」, an
activity span); 蓟州区教育局's 2023 网络安全宣传周 plan (an activity span, a 校园日 date, 「各学校要…组织开展」); a 区's 2014
兵役登记 notice (a campaign span 「定于5、6月份」, 由A组织登记, 由A负责组织实施); a 区's 全国交通安全日 plan (二、任务分工, doers
by 负责／联合／组织, masked year); a 市's 122 notice (a leading group of persons, 「文明办要…组织开展」, CUT): never tune the
parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py and ``starting``
for a stage line); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2
and the rulings of rounds 25–39 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the
parser nor the scorer was run on these plans by c162.

    python tests/data/plans-next162/make_expected.py tests/data/plans-next162
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


def starting(file, start):
    """Line and first eight characters of the one line that starts with ``start`` (a stage line)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, ln in enumerate(lines) if ln.strip().startswith(start)]
    assert len(hits) == 1, (file, start, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0]].strip()[:8]}


NO_ADDRESS = ("(the search tool gave this page no address) — opening of the page as the search tool's pages corpus "
              "returned it (about 2,000 bytes; ASCII ,:();, page chrome included); the excerpt was copied from the tool's "
              "answer into the file (the JSON string's escapes undone by json.loads, a final newline added; nothing else changed)")
R1 = "CONVENTIONS rule 1 (the label decides; sentences in the item add nothing)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋any verb of doing, 牵头, "
         "会同/协同/联合, a designation; rounds 30, 34)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = "no year is printed on the page: the date cannot be resolved, not checked"
SPAN = ("round 36: an activity's span 「时间」 is a stage span — its end is the deadline of items with no date of their "
        "own (round 37: an item's own date wins)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x162_01_mulan-xian-2019-youhua-yingshang-huanjing-gongzuo-fangan.txt"
plan(X01,
     title="木兰县优化营商环境工作方案",
     title_note="line 22 (the notice's title 「关于印发《木兰县优化营商环境工作方案》的通知」 is on lines 1 and 8)",
     doc_no="木环组发〔2019〕1号", issuer="中共木兰县委木兰县人民政府优化营商环境领导小组 (Heilongjiang, 哈尔滨市木兰县; cover signature)",
     date="2019-07-16 (cover; the site's 发表日期 2020-11-18)", level="county (Heilongjiang, 木兰县)",
     source=page_source("http://mulan.gov.cn/hebmlx/zcwj/202011/c01_842060.shtml"),
     style="a county site's page: breadcrumb and an empty metadata block, the notice (number, addressees, one line, signature "
           "and date), the plan's title, a preamble, 一、指导思想 (prose), 二、任务分工 (一)构建法治环境保障体系(总牵头单位:县委依法治县"
           "委员会办公室) 1.各级领导干部要… — CUT",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)", "1"], ["县委依法治县委员会办公室"], ["县委依法治县委员会办公室"], nodl=True,
          note=CUT + " (「杜绝」); " + R1 + ": the heading (一) carries the label 「(总牵头单位:县委依法治县委员会办公室)」 and its item "
               "inherits it (rule 1: a label the item inherits from its heading); RULING? 「总牵头单位」 (the overall lead of the "
               "heading's items) read as a 牵头单位 label: lead and responsible the office; the item's 「各级领导干部要…」 names "
               "persons (never units, round 30) and adds nothing under the label; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二/(一)/1 (CUT); 一 is a childless section of prose",
            "「十九大」 a name, 「〔2019〕1号」 a document number: no targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x162_02_dongxi-xiang-2018-zhengbing-gongzuo-shishi-fangan.txt"
NOUNITS02 = ("the page names no unit as a doer anywhere (二、组织领导 names the persons of a group the plan sets up and a person "
             "「办公室主任由陶周景同志兼任」; round 35: bodies an item sets up are no units), so every numbered leaf is a task "
             "(seeds EXPECTED.md lines 3–5; plans-dev 08)")
plan(X02,
     title="东溪乡2018年征兵工作实施方案",
     title_note="line 8 (the cover names it 《东溪乡2018年征兵工作实施方案》)",
     doc_no="东政〔2018〕10号", issuer="东溪乡人民政府 (Zhejiang, 泰顺县 by the site's path 「taishunxian」; cover signature)",
     date="2018-06-25 (cover)", level="township (a 乡, 东溪乡)",
     source=page_source("http://nbxinxi.com/a/taishunxian/20210530/122537.html"),
     style="a site's page: 「朗读」, the cover (number, addressees, one line, signature, date, 「(此件公开发布)」), the plan's title, a "
           "preamble, 一、指导思想 (with the year's two goal rates), 二、组织领导 (persons), 三、征集政策 (一)征集对象。… (二)征集条件。… "
           "(run-in headed policy items), 四、实施步骤 「2018年征兵工作分五个阶段实施。」 第一阶段 兵役登记阶段(2月-6月)。 (work under it) "
           "第二阶段 宣传发动阶段(6月-7月)。 — CUT",
     leaf_tasks=3, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导"],
     samples=[
        S(["三", "(一)"], [], [], nodl=True,
          note=NOUNITS02 + "; " + R2 + ": 「征集的主体对象为…,优先征集大学生和高校新生入伍」 — no body: lead [], responsible []; "
               + NODATE),
        S(["三", "(二)"], [], [], nodl=True, not_targets=[(22, "周岁")],
          note=NOUNITS02 + " (the count 1 reads it as round 35's list of conditions an applicant must meet: text); " + R2
               + ": no body: lead [], responsible []; 「男青年为年满18至22周岁」「放宽至24周岁」 are age bands naming a group of "
               "persons (round 31): not targets; " + NODATE),
        S(["四", "第一阶段"], [], [], [(100, "%")], dl="(2月-6月)", dln="2018-06", **starting(X02, "第一阶段"),
          note="round 33: a stage written as a name and a time under a lead-in that counts stages 「分五个阶段实施」 is a phase, and "
               "a task as well where work is written under it (「对辖区户籍人口…开展兵役登记工作,登记率达到100%」); " + R2
               + ": no body: lead [], responsible []; target 「登记率达到100%」 (达到, round 30); round 35: the stage's span gives "
               "its work the deadline (the span's end): 6月 of the plan's year 2018; 「年满18周岁」 names a group of persons "
               "(round 31): no target"),
     ],
     plan_targets=[{"number": 67, "unit": "%"}, {"number": 18, "unit": "%"}],
     phases=[{"name": "兵役登记阶段", "start": "2018-02", "end": "2018-06"},
             {"name": "宣传发动阶段", "start": "2018-06", "end": "2018-07"}],
     duties=[],
     notes=["3 leaves: 三/(一), 三/(二) and 四's 第一阶段 (a stage with work) — 1 (only the stage: round 35's lists that give no work, "
            "the conditions an applicant must meet, read as text) accepted; 第二阶段 is a phase line only (CUT before any work)",
            "plan targets: 一's 「大学生征集比例不低于67%、大学毕业生征集比例不低于18%」 (不低于, round 30: the plan's goals); 三/(二)'s "
            "「年满18至22周岁」「放宽至24周岁」「17周岁」 are age bands naming a group of persons (round 31): not targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x162_03_xueyuan-wanglu-anquan-xuanchuanzhou-huodong-fangan.txt"
LABEL03 = ("rule 1: the item's own label line 「任務單位:」／「負責部門:」／「任務部門:」 (a field after the item's text) gives its unit; "
           + ONE)
YEAR03 = ("the plan's dates 「9月19—25日」 and the item's own 「9月9日至10月31日」 have no year on the page (the document number is "
          "masked 「〔20__〕」): " + NOYEAR)
plan(X03,
     title="網路安全宣傳周活動方案",
     title_note="line 1 after the site's marker 「❶ 」 (line 3 repeats it with the site's number 「1」); as printed, in traditional "
                "characters with the site's 「網路」",
     doc_no="", issuer="a college (「我院」「學院網站」「院團委」「各系」; not named)", date="(no year printed)",
     level="school (a college)",
     source=page_source("https://www.mobile2day.com/internet_245772"),
     style="a 范文 site's page in traditional characters: the site's title and blurb, 「網路安全宣傳周活動方案1」, a preamble (the "
           "central plan's number masked), 一、活動主題, 二、活動時間 (9月19—25日), 三、活動安排 (一) (a paragraph and 「任務單位:院團委」) "
           "(二) 1、–5、 each a heading line, a paragraph and a unit line 「負責部門:宣傳部」／「任務部門:宣傳部」; 5 CUT before its unit line",
     leaf_tasks=6, attachment_task_rows=0, childless_top_level_sections=["一、活動主題", "二、活動時間"],
     samples=[
        S(["三", "(一)"], [], ["院團委"], dl="9月9日至10月31日", skip_deadline=True, lead_alternatives=[["院團委"]],
          note=LABEL03 + " (「任務單位:院團委」); 「各系組織學生參加…」 — a sentence adds nothing under the label; " + YEAR03),
        S(["三", "(二)", "1"], [], ["宣傳部"], dl="9月19—25日", skip_deadline=True, lead_alternatives=[["宣傳部"]],
          note=LABEL03 + " (「負責部門:宣傳部」); " + YEAR03),
        S(["三", "(二)", "2"], [], ["宣傳部"], dl="9月19—25日", skip_deadline=True, lead_alternatives=[["宣傳部"]],
          note=LABEL03 + " (「任務部門:宣傳部」); 「__區」 masked names; " + YEAR03),
        S(["三", "(二)", "3"], [], ["宣傳部"], dl="9月19—25日", skip_deadline=True, lead_alternatives=[["宣傳部"]],
          note=LABEL03 + " (「任務部門:宣傳部」); " + YEAR03),
        S(["三", "(二)", "4"], [], ["宣傳部"], dl="9月19—25日", skip_deadline=True, lead_alternatives=[["宣傳部"]],
          note=LABEL03 + "; 「校園廣播站廣播…」 — 廣播 is no verb of rule 2 (the label decides anyway); " + YEAR03),
        S(["三", "(二)", "5"], [], ["各系部"], dl="9月19—25日", skip_deadline=True, lead_alternatives=[["各系部"]],
          note=CUT + " (「提升網路安」, before the item's unit line); " + R2 + ": 「各系部根據實際情況,組織開展…團日教育活動」 — "
               "组织＋work (round 34) makes 各系部 (a kind of body) the doer: responsible 各系部, " + ONE + "; " + YEAR03),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 三/(一) and 三/(二)/1–5 (5 CUT); 一 and 二 are childless sections (theme, time)",
            "「6部委」 a count of issuers, 「〔20__〕2號」 a masked number: no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x162_04_pucheng-jiaoyuju-2022-wangluo-anquan-xuanchuanzhou-huodong-tongzhi.txt"
SPAN04 = SPAN + ": 「时间:9月5日至11日」 of the plan's year 2022 → 2022-09-11"
plan(X04,
     title="关于做好2022年蒲城县第九届国家网络安全宣传周活动的通知",
     title_note="line 2, after the issuer's line 「蒲城县教育局」",
     doc_no="", issuer="蒲城县教育局 (Shaanxi, 渭南市蒲城县)", date="2022 (title)", level="county (a county's education bureau)",
     source=page_source("http://whysw.org/m/view.php?aid=72888"),
     style="a county education bureau's notice: issuer, title, addressees, a lead-in (the national week's dates, the city's "
           "plan, 「请各单位结合实际,认真组织开展…」), 一、时间和主题 (fields), 二、活动组织 (one paragraph: 「由电教中心具体组织,各综合"
           "单位、各公民办学校(园)共同参与,负责本单位…」), 三、活动内容 1、 2、 — CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、时间和主题"],
     samples=[
        S(["二"], [], ["电教中心", "各综合单位", "各公民办学校(园)"], dl="9月5日至11日", dln="2022-09-11",
          note="round 36: a childless top-level point that gives work to a doer by rule 2 is a task (a count without it "
               "accepted); " + R2 + ": 「由电教中心具体组织」 (由A＋a verb of doing) and 「各综合单位、各公民办学校(园)共同参与,负责本单位"
               "网络安全宣传周活动」 (the subject of 负责; kinds of body, round 34: a kind before 单位 makes a kind; the bracket "
               "stays with its name, round 34): responsible in printed order, lead [] (no 牵头); " + SPAN04),
        S(["三", "1"], [], [], dl="9月5日至11日", dln="2022-09-11",
          note=R2 + ": 「深入宣传贯彻…,积极宣传…,全面回顾、系统梳理…」 — no body: lead [], responsible []; 二's doers are another "
               "section's (rule 4 gives a lead-in's bodies only to its own section's items); " + SPAN04),
        S(["三", "2"], [], [], dl="9月5日至11日", dln="2022-09-11",
          note=CUT + " (「积」); " + R2 + ": no body: lead [], responsible []; " + SPAN04),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二 (a childless point with doers) and 三/1–2 (2 CUT) — 2 (二 read as a section) accepted; 一 is a "
            "childless section of fields (dates and theme)",
            "「9月6日」 is the 校园日 of 一 (a field, no item's date); 「第九届」 a name, 「渭网信发〔2022〕29号」 a document number: "
            "no targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x162_05_jizhou-jiaoyu-2023-wangluo-anquan-xuanchuanzhou-huodong-shishi-fangan.txt"
SPAN05 = SPAN + ": 「时间:2023年9月11日至17日」 → 2023-09-17"
plan(X05,
     title="2023年国家网络安全宣传周蓟州区教育系统活动实施方案",
     title_note="line 4, after the site's breadcrumb",
     doc_no="", issuer="蓟州区教育局 (Tianjin, 蓟州区; the page's 信息来源)", date="2023-09-05 (the page's 发布时间)",
     level="district (a district's education bureau)",
     source=NO_ADDRESS,
     style="a district site's page: breadcrumb, the column's name, the title, source and date lines, a preamble, 一、时间主题 "
           "(fields), 二、重点内容 1、–3、 (paragraphs), 三、主要活动 (一)开展“校园日”主题活动 「…各学校要将…纳入…,组织开展…」 — CUT",
     leaf_tasks=4, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、时间主题"],
     samples=[
        S(["二", "1"], [], [], dl="2023年9月11日至17日", dln="2023-09-17",
          note="二、重点内容's items give work (学习宣传贯彻, 展示) to no named body: tasks (round 38: work items that give work are "
               "tasks; the count 1 without them accepted); " + R2 + ": no body: lead [], responsible []; " + SPAN05),
        S(["二", "2"], [], [], dl="2023年9月11日至17日", dln="2023-09-17",
          note=R2 + ": 「深入宣传普及《网络安全法》…,通过论坛、讲座…等形式,面向师生广泛开展宣传教育活动」 — no body: lead [], "
               "responsible []; " + SPAN05),
        S(["二", "3"], [], [], dl="2023年9月11日至17日", dln="2023-09-17",
          note=R2 + ": 「发动本单位各部门广泛参与…」 — 发动 is no verb of rule 2 and 「本单位各部门」 its object (" + VERBS
               + "): lead [], responsible []; " + SPAN05),
        S(["三", "(一)"], [], ["各学校"], dl="9月12日", dln="2023-09-12", lead_alternatives=[["各学校"]],
          note=CUT + " (「现场」); " + R2 + ": 「各学校要将…纳入…统一部署,…组织开展…线上线下活动」 — 组织＋work (round 34) makes "
               "各学校 (a kind of body, round 32) the doer: responsible 各学校, " + ONE + "; the item's own day 「“校园日”(9月12日)」 "
               "wins over the week's span (round 37): 2023-09-12"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/1–3 and 三/(一) (CUT) — 1 (only 三/(一), 重点内容 read as the week's content) accepted; 一 is a childless "
            "section of fields",
            "「二十大」「四个坚持」 names: no targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x162_06_qu-2014-bingyi-dengji-he-yuxian-zhengji-gongzuo-tongzhi.txt"
SPAN06 = ("round 37: a campaign's span stated once for the whole action is a stage span for items with no date: the lead-in's "
          "「定于5、6月份开展年度兵役登记和预先征集工作」 of 2014 (title) → 2014-06")
POINTS06 = ("round 34: a notice of headed points 「一、…二、…」 with no numbered child; a childless point whose text gives work — a "
            "rule-2 doer or an instruction to the plan's bodies 「…必须…」 — is a task")
plan(X06,
     title="关于做好2014年兵役登记和预先征集工作的通知",
     title_note="line 1",
     doc_no="", issuer="a 区 (「结合我区实际」「郑州警备区」: a district of 郑州, Henan; posted on a college's 保卫处 site; not named)",
     date="2014 (title)", level="district (a 区's 兵役 notice)",
     source=page_source("https://bwc.zzut.edu.cn/info/1047/1290.htm"),
     style="a notice: title, a lead-in with the campaign's months, 一、兵役登记对象范围 (two paragraphs: the scope and 「各单位适龄青年"
           "兵役登记率必须达到98%以上」), 二、采取的方法 (two paragraphs: 「由所在镇(街道)武装部组织登记」 「每个基层武装部开设…,组织人员到…"
           "设置…」 「由各高校武装部负责组织实施」; 「预先征集工作参照…」) — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], [(98, "%")], dl="定于5、6月份", dln="2014-06",
          note=POINTS06 + " (RULING? a scope point that also sets a rate to reach read as a task; the count 1 without it "
               "accepted); " + R2 + ": 「各单位适龄青年兵役登记率必须达到98%以上」 — 各单位 is a general call (round 33) and 达到 no verb "
               "of rule 2: lead [], responsible []; target 98% (达到…以上, round 30); 「2014年12月31日前年满18周岁」 and the "
               "other ages define a group of persons (round 31), not a date of the work nor targets; " + SPAN06),
        S(["二"], [], ["所在镇(街道)武装部", "每个基层武装部", "各高校武装部"], dl="定于5、6月份", dln="2014-06",
          not_targets=[(3, "倍")],
          note=CUT + " (「现实表现」); " + POINTS06 + "; " + R2 + ": 「由所在镇(街道)武装部组织登记」 (由A＋a verb of doing), "
               "「每个基层武装部开设…,组织人员到…设置流动登记站」 (组织＋work, round 30: 「A组织B＋verb」 — A the doer) and 「由各高校"
               "武装部负责组织实施」: responsible in printed order, lead [] (no 牵头); RULING? names as printed with their "
               "determiners 「所在」「每个」 (round 38 drops 所／其 only in a 的-phrase 「所委托的机构」); 「按照…上年度任务3倍的比例」 is a "
               "norm with no comparison word (round 36: 「按10%抽查」): not a target; " + SPAN06),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: the childless points 一 and 二 (二 CUT) — 1 (一 read as a scope point, no task) accepted",
            "「20周岁(含)以内」「21周岁」「23周岁」「24周岁」 age bands of persons (round 31), 「一个固定兵役登记站和一个流动兵役登记站」 "
            "the stations each office sets up (not sampled): no other targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x162_07_qu-quanguo-jiaotong-anquanri-huodong-fangan-cehua.txt"
HEAD07 = ("round 35: 「二、任务分工」 is a heading that gives out work — every body the text gives work is a unit (round 36: in "
          "「A协调B…」 both A and B; round 37: the objects of 组织 given work are units)")
MASK07 = "「20XX年12月2日」 — the year is masked: " + NOYEAR
plan(X07,
     title="全国交通安全日活动方案策划",
     title_note="line 1 (a 范文 site's title; the plan prints no other)",
     doc_no="", issuer="a 区 (「全区」「区教委」; 良乡、拱辰街道、燕山、万宁: 房山区, Beijing, by its words; not named)",
     date="(masked: 「20XX年12月2日」; the site's line 2018-11-27)", level="district (a 区, not named)",
     source=page_source("http://m.78911.com.cn/HuoDongFangAn/475277.html"),
     style="a 范文 site's page: title, the site's line, 一、时间安排 (the day, masked year), 二、任务分工 1、–7、 each a paragraph "
           "opening with its body (「良乡大队负责…」), 7 CUT",
     leaf_tasks=7, attachment_task_rows=0, childless_top_level_sections=["一、时间安排"],
     samples=[
        S(["二", "1"], [], ["各街道", "乡镇"], dl="20XX年12月2日", skip_deadline=True,
          note=HEAD07 + ": 「各街道、乡镇分别…设立宣传站点」 — 各 not shared (round 34: 「各管理部门和街镇」 gives 各管理部门, 街镇): "
               "各街道, 乡镇; 「山区乡镇可利用…」 an option (round 30) adds nothing new; lead [] (no 牵头); " + MASK07),
        S(["二", "2"], ["委办局系统安委会"], ["委办局系统安委会", "拱辰街道", "区文明办", "区司法局", "区交通局"],
          [(20, "块"), (5, "条"), (50, "面")], dl="20XX年12月2日", skip_deadline=True, lead_alternatives=[[]],
          note=HEAD07 + ": 「委办局系统安委会联合拱辰街道…设立…站点」 (round 34: 「A联合B＋verb」 reads as 会同 — lead A; round 39 keeps "
               "this open, so lead [] is accepted too), 「由拱辰街道负责提供桌椅」, and RULING? 「委办局系统安委会负责通知区文明办、区司法局、"
               "区交通局提前做好准备,…自行准备宣传材料…,参加…」 — under the work heading the bodies notified are given work (准备, "
               "参加) and read as units (round 37's objects of 督促／组织／委派 widened to 通知); targets 「不少于20块」「不少于5条」"
               "「不少于50面」 (不少于, round 30); 「其中3条」 a part of the five (no comparison word): not a target; the item's first "
               "eight characters open its second clause too (the first occurrence is the item's start); " + MASK07),
        S(["二", "3"], [], ["专业运输系统", "全区专业运输单位"], dl="20XX年12月2日", skip_deadline=True,
          note=HEAD07 + ": 「专业运输系统要组织全区专业运输单位,…开展…」 — the subject of 组织＋work and, under the work heading, "
               "its object given work (round 37); lead []; " + MASK07),
        S(["二", "4"], [], ["教委系统安委会", "区教委", "全区学校", "幼儿园"], dl="20XX年12月2日", skip_deadline=True,
          note=HEAD07 + ": 「教委系统安委会要协调区教委,组织全区学校、幼儿园…开展…」 — the 协调 pair (round 36) and the objects of 组织 "
               "given work (round 37); 「全区学校、幼儿园」 — 全区 not shared (as 各, round 34); lead []; " + MASK07),
        S(["二", "5"], [], ["良乡大队"], dl="20XX年12月2日", skip_deadline=True, lead_alternatives=[["良乡大队"]],
          note=R2 + ": 「良乡大队负责在辖区学校…开展…」 — the subject of 负责: responsible 良乡大队, " + ONE + "; " + MASK07),
        S(["二", "6"], [], ["万宁大队"], dl="20XX年12月2日", skip_deadline=True, lead_alternatives=[["万宁大队"]],
          note=R2 + ": 「万宁大队负责在辖区农贸市场…开展…」 — the subject of 负责: responsible 万宁大队, " + ONE + "; " + MASK07),
        S(["二", "7"], [], ["燕山大队"], dl="20XX年12月2日", skip_deadline=True, lead_alternatives=[["燕山大队"]],
          note=CUT + " (「全国交」); " + R2 + ": 「燕山大队负责…」: responsible 燕山大队, " + ONE + "; " + MASK07),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 二/1–7 (7 CUT); 一 is a childless section (the day and hour)",
            "「9:30-10:30」 clock times, 「3条」 a part of a counted whole: no other targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x162_08_shi-quanguo-jiaotong-anquanri-zhuti-huodong-tongzhi.txt"
DATE08 = ("the activity's span 「11月27日至12月30日」 and 「自即日起至12月底」 have no year on the page (「第六个」 names the day's sixth "
          "year; the site's line 2018-10-12 is not the plan's): " + NOYEAR)
plan(X08,
     title="全国交通安全日活动方案",
     title_note="RULING? line 5 prints 「全国交通安全日活动方案3」 (the site's third sample; line 1 the site's page title 「…范文(3篇)(5)」): "
                "the title read without the site's number 「3」",
     doc_no="", issuer="a 市's 道路交通安全委员会 (「结合我市实际」「市道安办」; 梁长根 of the city's 交警支队; not named)",
     date="(no year printed; 「第六个122“全国交通安全日”」)", level="city (a 市, not named)",
     source=page_source("https://m.78911.com.cn/HuoDongFangAn/735628-5.html"),
     style="a 范文 site's page 5: the site's title and line, the sample's title, addressees, a lead-in (the province's bodies, "
           "「自即日起至12月底」), 一、 活动时间 二、 活动主题 (fields), 三、 活动内容 (一) a run-in headed paragraph setting up a group of "
           "persons and 「各地要…」, (二) 「落实项目责任制,形成部门合力。各地要…文明办要…组织开展…。公安」 — CUT",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=["一、 活动时间:11月27日至12月30日", "二、 活动主题"],
     samples=[
        S(["三", "(一)"], [], [], dl="11月27日至12月30日", skip_deadline=True,
          note=R2 + ": 「全市成立…活动领导小组,由市公安局、…分管领导任组长」 sets up a group of persons (rule 3: members; a person "
               "is never a unit) and 「各地要积极争取…成立…,精心策划组织系列主题活动」 — 各地 names no kind of body (round 32): "
               "lead [], responsible []; " + DATE08),
        S(["三", "(二)"], [], ["文明办"], dl="11月27日至12月30日", skip_deadline=True, lead_alternatives=[["文明办"]],
          note=CUT + " (「公安」, a name the page cuts off is dropped, round 36); the first eight characters recur inside the item (「各地要严格落实项目责任制,」; the first occurrence is the item's start); " + R2 + ": 「各地要严格落实项目责任制」 — 各地 no kind "
               "(round 32); 「文明办要以文明城市创建为载体,持续组织开展“礼让斑马线”主题活动」 — 组织＋work (round 34): responsible "
               "文明办, " + ONE + "; " + DATE08),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/(一)–(二) ((二) CUT); 一 and 二 are childless field lines (time, theme)",
            "「第六个」「122」 names of the day, 「十九大」 a name: no targets"])

# round 52 (al52): CONVENTIONS.md "Round 60 rulings" (Targets, turned; p51d), README "Round 52"
from expected_tools import _sample32  # noqa: E402

_s = _sample32("x162_06", ["二"])[1]
_s["quantities_not_targets"].remove({"number": 3, "unit": "倍"})
_s["targets"].append({"number": 3, "unit": "倍"})
_s["note"] = ('aligned round 52 to CONVENTIONS.md "Round 60 rulings" (turned): 「按照…上年度任务3倍的比例，选好预征对象」 — the '
              "share, multiple or count of objects a body checks or selects is its own number of work, a target without a "
              "comparison word (round 49's 「抽选20名」; round 58's x124_01 10 %; round 59); round 36's 「按10%抽查」 norm is "
              "withdrawn (not_target 3倍 → target 3倍); formerly: " + _s["note"])

# Round 61 (rul84): x162_02 三/(一), 三/(二) and 四/第二阶段 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: x162_02 read as x314_09, turned, p61d-1) (README, round 61)
from aligned_rulings import align84  # noqa: E402

align84("x162_02", ["三", "(一)"], "「(一)征集对象。征集的主体对象为…」 (三/(一)): who is called up, the scheme's terms for applicants (Round 83's x314_09, the same text; Round 75's p57f-1): no task",
        "Tasks and counts, turned: Round 83's x314_09 over the older answer (p61d-1); sample dropped", drop=True)
align84("x162_02", ["三", "(二)"], "「(二)征集条件。…年满18至22周岁…」 (三/(二)): the age conditions, the scheme's terms for applicants (Round 83's x314_09): no task; and 「第二阶段 宣传发动阶段(6月-7月)。」 at the page's end, a stage heading that names its work, a task naming none (Round 83's x314_09; Round 81's x308_03 二/(一)); not sampled",
        "Tasks and counts, turned: Round 83's x314_09 over the older answer (p61d-1); sample dropped, 3 → 2 (三's two out, 第二阶段 in), 3 and 1 stay accepted, 4 added (x314_09's accepted count)",
        drop=True, counts={"leaf_tasks": 2, "count_alternatives": [3, 1, 4]})

write_collected(DIR)
