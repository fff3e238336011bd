# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next115/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c115, round 33: eight page openings of plans from outside Shanghai — page 3 of
黑龙江's 第十九届哈洽会 总体工作方案 with ten 「由A牵头(,B配合)」 clauses in one item, a Ningxia county's 枸杞采摘节
筹备方案 with 「牵头部门:⏎县委办⏎配合部门:⏎政府办、财政局」 labels broken over lines, 钟楼区's 2008 菜市场提升改造实施意见
with its duties (1)–(4) run on in one line, 常熟's 2023 入学工作意见 (两 rule-2 clauses in a principle), a county 民政局's
2020 重阳节 plan, a district 农业农村局's 农业生产设施用房 plan whose 第一阶段 has 「…股室牵头」 and a bracketed 「…前」 date,
衡阳's 2016 旅游厕所 plan on ONE LINE with garbled separators 「一,」「二。」, and 高台县's 第六届农民丰收节 plan whose
units stand in a section's lead-in): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (``locate`` of ../plans/expected_tools.py, or ``at_in`` where
an item does not start a line); every answer was written here by reading the texts under `tests/data/CONVENTIONS.md`
(rules 1–4 of round 29, the round-30 clarifications, the round-31/32/33 rulings, cited in the notes). Neither the parser
nor the scorer was run on these plans by c115.

    python tests/data/plans-next115/make_expected.py tests/data/plans-next115
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (inside a one-line text or a run-on line), cut at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
VERBS = ("rule 2's verbs are 负责/具体负责/主责/实施/落实, 组织＋verb, the agent of 由 with a verb of doing, 牵头, 会同 — a "
         "closed list (round 30); this clause's verb is none of them")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
SECTION = "a top-level section with no numbered children (plans-dev EXPECTED lines 21–25): no task"

# ---------------------------------------------------------------------------------------------------------
X01 = "x115_01_heilongjiang-haqiahui-zongti-gongzuo-fangan.txt"
ALIGN36 = ("aligned round 36: an activity's span 「活动时间」 is a stage span (round 36 rulings, Dates): its end is "
           "the deadline of items with no date of their own")

plan(X01,
     title="第十九届中国哈尔滨国际经济贸易洽谈会总体工作方案（黑龙江省人民政府办公厅关于印发第十九届中国哈尔滨国际经济贸易洽谈会总体工作方案的通知）",
     title_note="line 2 prints only the notice's title (the plan's name inside it): either accepted",
     doc_no="", issuer="黑龙江省人民政府办公厅 (Heilongjiang)", date="(no date on the page; the 19th 哈洽会 was held in 2008)",
     level="province (Heilongjiang, the provincial government's office)",
     source=page_source("http://www.fymate.net/html/text/lar/169730/16973097_3.html"),
     style="a law site's PAGE 3 of the notice: the site's name, the notice's title, then the plan from inside its work "
           "section — (二)布展工作 (areas and booths, ten 「X由A牵头」 clauses, two with 「B、C配合」, 「各牵头单位要…报…组委会"
           "办公室审定后组织实施」, 「组委会办公室要…做好…组织协调工作」), an unnumbered paragraph after it (「提倡由国内外展览业"
           "知名公司和专家进行规划和设计」), (三)接待工作 (「由哈洽会接待办公室统一接待」「由哈洽会外事办公室接待」) — CUT at "
           "「接待费用 仍按原渠道办」; the heading above (二) is not on the page",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(二)"], ["省科技厅", "省工商局", "省农委", "省经委", "省商务厅", "省贸促会", "省发改委", "省金融办", "省委宣传部", "哈尔滨市政府"],
          ["省科技厅", "省工商局", "省经委", "省质监局", "省农委", "省商务厅", "省贸促会", "省发改委", "省国资委", "旅游局", "招商局",
           "省金融办", "省委宣传部", "哈尔滨市政府"],
          targets=[(76000, "平方米"), (2000, "个"), (30000, "平方米")],
          note=R2 + ", several clauses: 「高新技术馆由省科技厅牵头;中国知名品牌馆由省工商局牵头,省经委、省质监局配合;…投资与合作项目馆由"
               "省发改委牵头,省国资委、旅游局、招商局配合;…家具分馆由哈尔滨市政府牵头」 — each 「由A牵头」 gives a lead, each 「B、C配合」 "
               "after it a responsible body: lead = the ten 牵头 bodies, responsible = all bodies in printed order (省经委 printed twice, "
               "kept once); 「各牵头单位要制定布展方案…报哈洽会组委会办公室审定后组织实施」 names the same bodies again by their role "
               "(RULING?: read as a back-reference adding no body); the 组委会办公室 approves (rule 3, 「报A审定」) and 「做好…组织协调"
               "工作」 (做好, not a verb of rule 2); the trailing paragraph 「提倡由国内外展览业知名公司和专家进行规划和设计」 is an "
               "encouragement (like an option 「可由A…」, round 30: no assignment; 专家 are persons); targets: the plan's quantities "
               "「展览面积共计76000平方米」「设国际标准展位2000个」「室外展场30000平方米」 (round 25: the quantities an item sets); "
               + NODATE),
        S(["(三)"], [], ["哈洽会接待办公室", "哈洽会外事办公室"],
          note=CUT + " (「接待费用 仍按原渠道办」); " + R2 + ": 「…代表团,由哈洽会接待办公室统一接待」「…使馆官员,由哈洽会外事办公室接待」 "
                     "— the agent of 由 with a verb of doing (接待), two clauses: responsible both, lead [] (no 牵头); 「由省级政府、副省级"
                     "城市政府组织的代表团」 is a body inside a noun's description (round 30: 「参加由A组织的培训」), no doer; 「谁邀请谁接待」 "
                     "names no body; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: (二) and (三) (cut); 1 without the cut item; their parent heading (the plan's work "
            "section) is before the page's start, so the paths are written from (二)",
            "「76000平方米」「2000个」「30000平方米」 are (二)'s targets (sampled); no year, no date on the page"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x115_02_xian-gouqi-caizhaijie-choubei-fangan.txt"
plan(X02,
     title="中国重要文化遗产一**枸杞种植系统标准园揭幕暨“六月红”头茬枸杞采摘节筹备方案",
     title_note="broken over lines 1–3 as printed (「一」 for a dash, 「**」 the site's mask); line 4 「一**县休闲农业推进年系列活动」 "
                "is a subtitle, no item 一",
     doc_no="", issuer="a county of Ningxia (masked 「**县」; 「宁农(加)发(20**)1号」, 自治区农牧厅 among the hosts)",
     date="20** (masked: 「时间:2⏎0⏎**年6月下旬」)", level="county (Ningxia, masked)",
     source=page_source("https://m.wanshu.net/fanwen/a1/366064.html"),
     style="a 范文 site's copy with the title over three lines and a subtitle starting 「一**县…」, sections 一、–四、 whose "
           "contents are one word or name a line (the date 「2⏎0⏎**年」 split over three lines, 「组⏎长:**」), 三、 lists of "
           "主办/承办 bodies, 四、组织机构 with a 筹备领导小组 and its groups: 「1、综合协调组」 with persons masked and LABELS "
           "BROKEN OVER LINES 「牵头部门:⏎县委办⏎配合部门:⏎政府办、财政局」, then its duties 「负责…」 — CUT inside them",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、时间、地点", "三、主办、承办单位"],
     samples=[
        S(["四", "1"], ["县委办"], ["县委办", "政府办", "财政局"],
          note=CUT + "; " + R1 + ": 「牵头部门:」 and 「配合部门:」 each with its body on the next line — lead 县委办, responsible "
                     "县委办, 政府办, 财政局 (the label decides; the duties' 「负责…」 clauses have no subject); the 组长/副组长 are "
                     "persons (masked); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 四/1 (综合协调组, cut); 0 accepted (a group of a 组织机构 section read as the plan's organisation, not "
            "its work); 一、–三、 are sections (" + SECTION + "; 三、 lists hosts, 「主办」「承办」 no verb of rule 2)",
            "line 4 「一**县休闲农业推进年系列活动」 is a subtitle (「一」 is the dash of 「—**县…」), no item"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x115_03_zhonglou-caishichang-tisheng-gaizao-shishi-yijian.txt"
plan(X03,
     doc_no="", issuer="钟楼区 (Jiangsu, 常州市; 「特制定钟楼区菜市场提升改造实施意见」)", date="2007–2008 (「从2007年起」; the site's path 2008)",
     level="district (Jiangsu, 常州 钟楼区)",
     source=page_source("https://www.zhonglou.gov.cn/html/czzl/2008/FPJALMLN_0428/7502.html"),
     style="a district site's page opening at the addressees (NO TITLE line: the name is in the preamble 「特制定钟楼区菜市场提升改造"
           "实施意见」), 一、指导思想和目标 (「力争用3年时间,完成全区14个菜市场提升、10个菜市场改造工作」), 二、组织领导和职责 (a "
           "领导小组 of persons, its office 「设在区经贸局…负责…」) and ONE LINE 「成员单位主要职责是:(1)…(2)…(3)…(4)农林局、」 — "
           "the duties run on, CUT in (4)",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、指导思想和目标"],
     samples=[
        S(["二", "(1)"], [], ["发改局"], lead_alternatives=[["发改局"]], **at(X03, "(1)"),
          note=R2 + ": 「发改局负责菜市场提升、改造…涉及到的项目立项」 — responsible, " + ONE + "; 「(含新建、移建、扩建)」 is a "
               "bracket of scope, no item; " + NODATE),
        S(["二", "(2)"], [], ["规划、国土分局", "管建局", "城管执法大队"], **at(X03, "(2)"),
          note=R2 + ", several clauses: 「规划、国土分局负责协调…」 (fields sharing one head 分局, one name as printed, round 31), "
               "「管建局负责…业务指导和服务」, then 「城管执法大队…配合相关街道在市场附近规划设立疏导点」 — 配合 after doers of rule 2 "
               "(round 30: 「A负责…，B配合」, B responsible) — RULING?: here 配合 takes an object (相关街道), read as B配合; 相关街道, "
               "its object and the subject of 设立 (no verb of rule 2), is not a unit: lead = [], responsible = the three; " + NODATE),
        S(["二", "(3)"], [], [], **at(X03, "(3)"),
          note=R2 + ": 「经贸局…要结合菜市场升级改造,配合规划分局完善菜市场布局规划;配合工商分局菜市场提升改造标准制定…」 — 经贸局's "
               "verbs are 结合 and 配合 with no doer of rule 2 before them (配合 alone is no verb of rule 2; 规划分局 and 工商分局 "
               "are its objects) — RULING?: a body whose only verb is 配合 read as no doer: lead = [], responsible = []; " + NODATE),
        S(["二", "(4)"], [], [], **at(X03, "(4)"),
          note=CUT + " at 「农林局、」: the verb is cut, no doer on the page: lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[{"number": 14, "unit": "个"}, {"number": 10, "unit": "个"}], phases=[], duties=[],
     notes=["title not checked: the page opens at the addressees and prints no title (the name 「钟楼区菜市场提升改造实施意见」 "
            "is in the preamble's sentence)",
            "4 leaves: 二/(1)–(4) (run on in line 6; (4) cut); 3 without it; 一、 is a section (" + SECTION + ")",
            "plan targets: 「完成全区14个菜市场提升、10个菜市场改造工作」 (一、's goal); 「3年」 is the span, 2007 a year",
            "二's opening paragraph sets up a 领导小组 (persons) and its office (「办公室设在区经贸局…负责…」: a body the item "
            "sets up, rule 3) — it is no numbered item"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x115_04_changshu-2023-yiwu-jiaoyu-ruxue-gongzuo-yijian.txt"
plan(X04,
     title="2023年常熟市义务教育阶段学校入学工作意见",
     title_note="line 4 (lines 1–3 are the site's unrelated heading and dates)",
     doc_no="", issuer="常熟市 (Jiangsu; 市教育局)", date="2023",
     level="county-level city (Jiangsu, 常熟)",
     source=page_source("https://ddtbk.com/jiaoyu/c2571d1a74d7e85321e540538f197866.html"),
     style="an exam site's page: an unrelated heading 「2024辽宁自考…」, dates, then the 意见: 一、 指导思想 (one long paragraph, "
           "「习 近 平」 with blanks), 二、基本原则 (一)(二) headings on their own lines with a sentence each — CUT in (二)",
     leaf_tasks=1, count_alternatives=[2, 0], attachment_task_rows=0, childless_top_level_sections=["一、 指导思想"],
     samples=[
        S(["二", "(一)"], [], ["各镇(街道)", "市教育局"],
          note=R2 + ", two clauses: 「各镇(街道)的小学、初中入学工作在市教育局指导下,由各镇(街道)具体负责实施」 (the agent of 由 with "
               "具体负责实施; 各镇(街道) a kind of body) and 「市教育局直属小学、初中由市教育局负责实施」: responsible 各镇(街道), "
               "市教育局, lead [] (no 牵头); 「在市教育局指导下」 alone would be a guide (rule 3), but 市教育局 is a doer in the second "
               "clause; the principle names units, so it is a task (round 27/33: the item names a unit); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf that names units: 二/(一); (二) 「所有公办民办学校都要严格遵守…不得…」 is a principle with no unit (学校 with "
            "遵守, no verb of rule 2) — not a task in a plan whose tasks name units (seeds EXPECTED 3–5); 2 accepted (every leaf, "
            "(二) cut) and 0 (the principles read as 总体要求)",
            "「2023年度」「2023-06-07」「2023-12-10」 are years and the site's dates: no targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x115_05_minzhengju-2020-chongyangjie-zhuti-huodong-shishi-fangan.txt"
plan(X05,
     title="民政局重阳节主题活动实施方案",
     title_note="lines 1 and 5 (the site's heading and the text's title, the same words)",
     doc_no="", issuer="a county's 民政局 (unnamed; 「根据县文明办《关于印发县2020年度…》」)", date="2020 (「2020年10月20日——2020年10月30日」)",
     level="county bureau (民政局, unnamed)",
     source=page_source("https://www.gwyoo.com/Article/xzgaoshou/hdcjfa/202011/730594.html"),
     style="a 范文 site's copy: title, the site's date 「2022-11-03」, title again, a preamble, 一、指导思想, 二、活动时间 (a span), "
           "三、活动主题, 四、活动内容 1.–4. (no subject; 「县社会福利院、敬老院和镇敬老院要动员…」; 「各老年人社会团体要组织志愿者,"
           "…开展…」; 「各乡镇要开展…」) — CUT in 4.",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动时间", "三、活动主题"],
     samples=[
        S(["四", "1"], [], [], dl="2020年10月20日——2020年10月30日", dln="2020-10-30",
          note=ALIGN36 + " (was no deadline); the earlier reading: no body is named: 「重阳节期间组织机关志愿者,通过…开展送温暖、献爱心活动」 has no subject (组织 with no doer; 志愿者 "
               "are persons): lead = [], responsible = []; 「重阳节期间」 is no date: " + NODATE),
        S(["四", "2"], [], [], dl="2020年10月20日——2020年10月30日", dln="2020-10-30",
          note=ALIGN36 + " (was no deadline); the earlier reading: " + R2 + ": 「县社会福利院、敬老院和镇敬老院要动员社会各界志愿者…」 — 动员: " + VERBS + ": lead = [], responsible = []; "
               + NODATE),
        S(["四", "3"], [], ["各老年人社会团体"], lead_alternatives=[["各老年人社会团体"]],
          dl="2020年10月20日——2020年10月30日", dln="2020-10-30",
          note=ALIGN36 + " (was no deadline); the earlier reading: " + R2 + ": 「各老年人社会团体要组织志愿者,…开展重阳节文化活动」 — 「A组织B＋verb」 (round 30): A, a group by kind, is "
               "the doer; 志愿者 (persons, the object of 组织) are not units — responsible, " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 四/1.–4. (4. cut, 「各乡镇要开展…」 — 开展 without 组织, no doer); 3 without it; 一、–三、 are sections "
            "(" + SECTION + "); 二、活动时间 is the campaign's span (2020-10-20 → 2020-10-30), no stage: no phase checked"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x115_06_qu-nongye-shengchan-sheshi-yongfang-anquan-paicha-zhengzhi-fangan.txt"
plan(X06,
     title="农业生产设施用房安全排查整治方案",
     title_note="lines 1 and 5 (the site's heading and the text's title, the same words)",
     doc_no="", issuer="a district's 农业农村局 (unnamed; 「局属各相关单位」, 「全区」)", date="2021 (「2021年3月底前」)",
     level="district bureau (农业农村 of an unnamed district)",
     source=page_source("https://www.gwyoo.com/Article/xzgaoshou/zzfa/202102/736696.html"),
     style="a 范文 site's copy: title, the site's date, title again, 一、指导思想, 二、责任目标 (「局属各相关单位要对…开展隐患排查整治」, "
           "dated goals 「2021年3月底前」「2021年8月底前」, 「力争用3年左右时间」), 三、工作安排 with a STAGE written as a sentence "
           "「第一阶段,走访摸底(2021年3月底前)。局属各相关和担负安全生产监管职责的相关股室牵头对…进行一次拉网式排查…」 and its "
           "「一是…二是…三是」 kinds — CUT in 三是",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、责任目标"],
     samples=[
        S(["三", "第一阶段"], ["局属各相关和担负安全生产监管职责的相关股室"], ["局属各相关和担负安全生产监管职责的相关股室"],
          dl="2021年3月底前", dln="2021-03", **at(X06, "第一阶段,"),
          note=CUT + "; a stage with its time and its work (round 33: 「1.动员部署阶段（5月）：召开会议…」 is a phase and a task); "
                     + R2 + ": 「局属各相关和担负安全生产监管职责的相关股室牵头对本行业领域内…进行一次拉网式排查」 — 「A牵头」: lead A — "
                     "RULING?: A is printed 「局属各相关和担负…的相关股室」 (a 单位 lost after 各相关?), kept whole as one name as printed "
                     "(kinds sharing the head 股室, like 「各有关委、办、局」, round 32); the bracketed 「(2021年3月底前)」 is the stage's "
                     "end and the item's deadline (a 「…前」 date)"),
     ],
     plan_targets=[], phases=[{"name": "走访摸底", "start": None, "end": "2021-03"}], duties=[],
     notes=["1 leaf: 三/第一阶段 (a stage with work, numbered in words; cut); 0 accepted (「第一阶段」 is no list marker); 一、 and "
            "二、 are sections (" + SECTION + "; 二、's 「局属各相关单位要…开展…」 has no verb of rule 2 and 局属各相关单位 is a "
            "general call, round 33: 各单位)",
            "二、's 「2021年3月底前」「2021年8月底前」「3年左右」 are the plan's goals in a section: not checked"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x115_07_hengyang-2016-lvyou-cesuo-jianshe-guanli-shishi-fangan.txt"
plan(X07,
     title="衡阳市旅游厕所建设管理实施方案（衡阳市人民政府办公室关于印发衡阳市旅游厕所建设管理实施方案的通知）",
     title_note="the plan's name (printed twice in the one line) or the notice's title (printed 「关于印发。衡阳市…实施方案。的通知」 "
                "with 。 for the book-title marks): either accepted",
     doc_no="", issuer="衡阳市人民政府办公室 (Hunan)", date="2016-07-03",
     level="city (Hunan, 衡阳)",
     source=page_source("http://www.jianbiaoku.com/webarbs/book/108008/3198609.shtml"),
     style="a standards site's copy as ONE LINE whose punctuation is GARBLED (。 and , for 《》「」, 、 and 。 swapped): the "
           "cover notice with its date, the plan's preamble 「湘政办发,2015.84号」, 「一,总体要求。」, 「二。工作目标、从2016年到"
           "2017年。…共新建和改扩建旅游厕所300家.其中新建255家、改扩建45家。…」, then items 「一,2016年,共新建…122座,其中新建"
           "105座 改扩建17座.…」 and 「二。2017年、共新建和改扩建旅游厕所178座 其中新建」 — CUT",
     leaf_tasks=2, count_alternatives=[1, 0], attachment_task_rows=0, childless_top_level_sections=["一,总体要求。"],
     samples=[
        S(["二", "一"], [], [], targets=[(122, "座"), (105, "座"), (17, "座")], dl="2016年", dln="2016", **at(X07, "一,", nth=2),
          note="no body is named on the page (the plan names no unit by the rules: 「政府主导、部门齐抓,属地负责」 is a principle "
               "with no body): lead = [], responsible = []; the item under 二。工作目标 with its year: targets 122 座, 105 座, 17 座 "
               "(the year's quantities, round 25); 「2016年」 opens the item as the year of the work: deadline 2016 (the year); "
               "「1A级」 not on this item"),
        S(["二", "二"], [], [], targets=[(178, "座")], dl="2017年", dln="2017", **at(X07, "二。", nth=2),
          note=CUT + " (「其中新建」); no body: lead = [], responsible = []; target 178 座; deadline 2017 (the item's year)"),
     ],
     plan_targets=[{"number": 300, "unit": "家"}, {"number": 255, "unit": "家"}, {"number": 45, "unit": "家"}], phases=[], duties=[],
     notes=["2 leaves: 二/一 (2016) and 二/二 (2017, cut), items of 工作目标 in a plan that names no unit on the page (every "
            "numbered leaf is a task, plans-dev 08); 1 without the cut item; 0 accepted (goal items of 工作目标 read as no tasks); "
            "「一,总体要求。」 is a section; the garbled separators 「一,」「二。」 are the page's, read as 一、 二、",
            "plan targets: 「共新建和改扩建旅游厕所300家.其中新建255家、改扩建45家」 (二's lead-in); 「所有旅游公厕达到1A级以上水平」 "
            "is a grade with 以上 (not checked: the unit 「A级」 is a grade name); 「湘政办发,2015.84号」 a document number, "
            "「2016年7月3日」 the cover's date, 「十三五」 a period: no targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x115_08_gaotai-diliujie-nongmin-fengshoujie-huodong-fangan.txt"
plan(X08,
     title="高台县第六届农民丰收节活动方案",
     title_note="line 3 (under the site's breadcrumb; a metadata block follows)",
     doc_no="", issuer="高台县 (Gansu; the page is 骆驼城镇's, 「发布机构 高台县骆驼城镇」)", date="2023 (索引号 620724083/2023-00126, "
     "生成日期 2023-09-22; 「定于9月23日」)", level="county plan on a town's page (Gansu, 高台县 / 骆驼城镇)",
     source=page_source("http://www.gaotai.gov.cn/zfxxgk/gzzfxxgk/ltcz/zdgkwj_ltcz/202309/t20230924_1117278.html"),
     style="a county site's page: breadcrumb, title, a METADATA BLOCK of one word a line (索引号, 文号, 发布机构 高台县骆驼城镇, "
           "责任部门 骆驼城镇人民政府, 生成日期…), a preamble, 一、活动主题, 二、时间地点 (「9月23日…上午9:00…(共1天)」), 三、参加"
           "人员 (bodies' 分管领导, persons), 四、活动内容及分工 with a LEAD-IN naming the doers 「由宣化镇和县农业农村局负责整体活动"
           "的组织协调,宣化镇负责活动场地布置…」, then 「1.龙狮舞动表演秀热场(约15分钟)」 「时间:上午9:00」 — CUT at 「地」",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、时间地点", "三、参加人员"],
     samples=[
        S(["四", "1"], [], ["宣化镇", "县农业农村局"], dl="上午9:00", skip_deadline=True,
          note=CUT + "; CONVENTIONS rule 4 (a section's lead-in): the item names no unit of its own, so it takes the lead-in's "
                     "doers — 「由宣化镇和县农业农村局负责整体活动的组织协调」 (由A和B负责: both doers) and 「宣化镇负责活动场地布置…」: "
                     "responsible 宣化镇, 县农业农村局, lead [] (no 牵头); 「县委、县政府主办,宣化镇承办,县农业农村局协办」 — 主办/承办/"
                     "协办 are no verbs of rule 2; 「(约15分钟)」 is a duration with no comparison word (no target); 「上午9:00」 is a "
                     "clock time of the day set in 二、 (9月23日, the year only in the site's metadata): not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 四/1 (cut); 0 accepted (a programme entry read as the day's schedule); 一、–三、 are sections (" + SECTION + ")",
            "「620724083/2023-00126」 is an index number, 「共4人」 a count of delegates in 三、 (a section): no targets"])

write_collected(DIR)
