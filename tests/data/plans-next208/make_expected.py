# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next208/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c208, round 45: eight page openings of plans from outside Shanghai — an XX镇's
交通安全 打击交通违法行为 行动方案 (a document site's chunk numbers 「1、」「2、」「3、」 inside the text, 五、行动方式 (一)–(三)
run in, 「镇派出所和市交警六中队负责…」, CUT); a 乡镇's 道路交通安全整治 检查方案 (参加单位 of a group set up, dated self-checks
without a year, 检查内容 items, CUT); 漓渚镇's 2009 基层防汛防台体系建设 实施方案 (a cover notice, dated items 「于2010年1月底前
完成」 beside items whose dates the page lost 「…,于」); a 乡镇's 防汛 rules (行政首长负责制 / 防汛办主要职责 / 防汛值班制度 on
one line, numbers inside it, CUT); a masked X县's 2021 电动自行车治理 通知 (one line, stages with dates, 「公安局交警大队要牵头
制定…」, CUT); 常山县's 2018 电动自行车综合整治 实施方案 (traditional with inline pinyin, 工作目标 1.–2., CUT); a masked 「____街道」's
电动自行车消防安全专项整治方案 (20__ years, 治理重点 fields and a trailing paragraph, a stage, CUT); a 消防支队's 2024 电动自行车违规
充电专项治理 方案 (PDF line breaks, a campaign span 「即日起至2024年10月底」, a dated stage, CUT)): never tune the parser on them
(see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–45 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c208.

    python tests/data/plans-next208/make_expected.py tests/data/plans-next208
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on page, a document site's chunk line): the line where the nth
# marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 36/45: hired persons; round 42: 干部 are persons)"
NOYEAR = "no year is printed on the page (the site's date is the site's, round 45): the deadline is not checked"
MASKED = "the year is masked 「20__」: the deadline is not checked"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x208_01_xx-zhen-jiaotong-anquan-daji-weifa-xingdong-fangan.txt"
plan(X01,
     title_note=NO_TITLE + "the plan's title 「XX镇交通安全领域打击交通违法行为行动方案」 runs straight into its preamble "
                "(「…行动方案为治理赶场时间…」) after the site's chunk number 「1、」; line 1 is the site's 《….docx》 line",
     doc_no="", issuer="an XX镇 (masked; 「州委州政府」, places 墨冲 and 沙寨; province not named)",
     date="not shown (「党的十九大精神」: 2017–2022)",
     level="town (XX镇, masked)",
     source=page_source("https://m.1wenmi.com/doc/136390.html"),
     style="a document site's preview: a 《….docx》 line, then chunks 「1、」「2、」「3、」 (site chrome, round 40) each a line of "
           "run-on text; 一、指导思想 and 二、工作目标 (sections), 三、组织领导 (a group set up; 「领导小组成员要…配合综治中心二室,组织"
           "力量,落实责任,开展…行动」), 四、行动时间 (a rhythm: 每周五下午…赶场期间), 五、行动方式 (一)–(三) run in 「(一)镇派出所和市交警"
           "六中队负责查车执法;(二)各村干部负责…(三)交通协管员负责」 — CUT in (三)",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标", "四、行动时间"],
     samples=[
        S(["三"], [], [], **at(X01, "三、"),
          note="round 34 (early): a childless headed point that gives work 「领导小组成员要高度重视,配合…,组织力量,落实责任,开展…行动」 "
               "is a task (the count 3 without it is accepted: a 组织领导 point that sets up a group); the group and its office are "
               "set up by the item and its members are no units (rule 3; round 35); 「XX同志…具体负责统筹协调工作」 — a person (" + PERSON
               + "); 配合 with no doer (round 34); 组织力量 — 组织 with a noun, not work (round 34): " + NONE + "; 四、行动时间 is a "
               "weekly rhythm (每周五下午), no deadline (round 34/38): " + NODATE),
        S(["五", "(一)"], [], ["镇派出所", "市交警六中队"], **at(X01, "(一)"),
          note=R2 + ": 「镇派出所和市交警六中队负责查车执法」 — the subject of 负责; 「A和B」 are two names (round 34); lead [] (no 牵头); "
               "the items stand inside one run-on line after 「五、行动方式」 (paths as printed, ASCII brackets); the 行动时间 is a "
               "weekly rhythm: " + NODATE),
        S(["五", "(二)"], [], [], **at(X01, "(二)"),
          note="「各村干部负责宣传交通安全知识、举报交通违法行为」 — 干部 are persons, no unit (round 42: 「由村两委干部负责」): "
               + NONE + "; " + NODATE),
        S(["五", "(三)"], [], [], **at(X01, "(三)"),
          note="「交通协管员负责 / 赶场时的交通保畅、交通违法劝导…」 — 协管员 are persons (round 36/45: hired persons), no unit: "
               + NONE + "; the item continues after the site's chunk number 「3、」 on the next line; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 三 (a childless point that gives work, round 34 early) and 五/(一)–(三); 一、指导思想 and 二、工作目标 are "
            "sections (round 36), 四、行动时间 a field that only says when (round 44); accepted: 3 (without 三)",
            "the chunk numbers 「1、」「2、」「3、」 open lines 2–4 and are the site's (round 40: chrome, not items); 「2、行为,…」 "
            "and 「3、赶场时…」 continue sentences cut by the chunks",
            "spaces inside words 「现 象」「安 全生产」「检查指导到 位」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x208_02_xiangzhen-daolu-jiaotong-anquan-zhengzhi-jiancha-fangan.txt"
plan(X02,
     title="乡镇道路交通安全整治工作方案",
     title_note="lines 1, 4 and 6 (the site's headline, printed three times); the piece is 「乡镇道路交通安全整治工作方案1」 (line "
                "10) and calls itself 「检查方案」",
     doc_no="", issuer="a 乡镇 (not named; 「县、乡、村、社道路」)", date="not shown (the site's date 2024-11-04 is the site's)",
     level="township (a 乡镇, not named)",
     source=page_source("https://zhoujisong.com/zhichangwenshu/gongzuofangan/16560.html"),
     style="a 范文 site's page: headline, site date, intro, 「…方案1」; 一、成立检查小组 (组长: blank; 参加单位: five bodies), "
           "二、检查时间及检查范围 (一) 「各单位6月21-30日自查,7月1日-8月30日组织有关单位全方位进行检查」 (二) (a paragraph under "
           "its heading), 三、检查内容 (一) 1、2、 (二)–(四) headings over paragraphs — CUT in (四); no year; no unit by the ruled forms",
     leaf_tasks=7, count_alternatives=[5, 6], attachment_task_rows=0, childless_top_level_sections=["一、成立检查小组"],
     samples=[
        S(["二", "(一)"], [], [], skip_deadline=True,
          note="round 42: dated check steps are tasks with their dates (here the self-check and the check, 6月21-30日 and "
               "7月1日-8月30日; the latest would be the deadline, round 34) — " + NOYEAR + "; 「各单位…自查,…组织有关单位…检查」 — "
               "各单位 is a general call even with 组织 (round 33; round 41), 有关单位 the object of 组织 (round 30): " + NONE
               + "; the count 5 that reads 检查时间／检查范围 as fields (round 44) is accepted"),
        S(["二", "(二)"], [], [], skip_deadline=True,
          note="a heading line 「(二)检查范围」 over a paragraph that gives work 「…进行安全大检查,对检查出的安全隐患提出整改措施并限期"
               "整改」 (no subject): a task (round 40: items that give work; the count without it accepted, round 44's field that says "
               "on what the work bears); " + NONE + "; the check span 7月1日-8月30日 has no year: " + NOYEAR),
        S(["三", "(一)", "1"], [], [], skip_deadline=True,
          note="「全面检查县、乡、村、社道路安全隐患,危险路段警示标志设立」 — a check item with no subject: " + NONE + "; no unit is "
               "named anywhere on the page (参加单位 lists the members of the group 一 sets up — rule 3, members; round 42: a "
               "plan-level 检查单位 field gives no item units), so every leaf is a task (plans-dev 08); the check span 7月1日-8月30日 "
               "(round 36/37) has no year: " + NOYEAR),
        S(["三", "(一)", "2"], [], [], skip_deadline=True,
          note="「检查农村客运、摩托车、农用拖拉机无证无照驾驶,超线、超载、超速…」 — kinds of violations to check, no figures: "
               + NONE + "; " + NOYEAR),
        S(["三", "(二)"], [], [], skip_deadline=True,
          note="heading 「(二)防汛及水利设施」 with its paragraph 「检查所有塘、库、堰、沟渠是否存在安全隐患…是否落实」: " + NONE + "; "
               + NOYEAR),
        S(["三", "(三)"], [], [], skip_deadline=True,
          note="「对历年地质灾害进行检查,落实值班监管人员…特别暴雨洪水时期要有人负责通知」 — no subject before 落实; 有人 are persons ("
               + PERSON + "); 「暴雨洪水时期」 is a case (rule 3): " + NONE + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 二/(一), 二/(二), 三/(一)/1–2, 三/(二), 三/(三), 三/(四) (CUT at 「对沼气」); 一、成立检查小组 (组长 blank, "
            "参加单位) sets up the check group (a plan-level field, round 42). Accepted: 5 (二's 检查时间 and 检查范围 read as fields "
            "that say when and on what, round 44), 6 (only 检查范围 a field)",
            "参加单位:农业服务中心、安监所、派出所、交警队、运管所 are members of a group the plan sets up (rule 3), not units of the "
            "items",
            "the dates 6月21-30日 / 7月1日-8月30日 have no year on the page; no deadline is checked in this file"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x208_03_lizhu-zhen-2009-jiceng-fangxun-fangtai-tixi-jianshe-fangan.txt"
LOST = ("the page lost the date after 「于」 (a blank, as printed): the deadline is not checked (a parser should read none; "
        "the neighbours' 2010年1月底 is theirs)")
plan(X03,
     title="漓渚镇基层防汛防台体系建设具体实施方案",
     title_note="line 8, the plan's own title after the cover notice (the notice prints no title of its own)",
     doc_no="", issuer="漓渚镇人民政府 (绍兴 柯桥, Zhejiang by the site's path; the page names no province)",
     date="二○○九年十二月十八日 (2009-12-18)", level="town (漓渚镇)",
     source=page_source("http://www.nbxinxi.com/a/keqiaoqu/20210603/216448.html"),
     style="a news site's copy: 「文章播报」, the cover notice (addressees, 「现将《…》印发给你们」, signature, a date in Chinese "
           "numerals, 主题词, the issuing office), then the plan: 一、总体要求和目标 (cut at a blank 「并于」), 二、 (一)–(三) 1、2、(3、) "
           "and (四) with a paragraph, 三、保障措施 1、–5、, 四、总结迎检 1、2、; dated items 「于2010年1月底前完成」 beside items whose "
           "dates the page lost 「…,于」; no unit anywhere",
     leaf_tasks=15, count_alternatives=[14, 16], attachment_task_rows=0, childless_top_level_sections=["一、总体要求和目标"],
     samples=[
        S(["二", "(一)", "1"], [], [], skip_deadline=True,
          note="「镇防指、防指办设立,于」 — bodies the item sets up are no units (rule 3; round 35); no unit is named anywhere in the "
               "plan, so every numbered leaf is a task (plans-dev 08): " + NONE + "; " + LOST),
        S(["二", "(二)", "1"], [], [], dl="于2010年1月底前完成", dln="2010-01",
          note="「镇、村级防指相关职责制定,并上墙公布,编印网格责任人的职责,于2010年1月底前完成」 — no subject: " + NONE + "; the "
               "item's own date (a year printed)"),
        S(["二", "(三)", "2"], [], [], dl="于2010年1月底前完成", dln="2010-01",
          note="「编制镇、村级专项预案,于2010年1月底前完成」: " + NONE + "; the item's own date"),
        S(["二", "(四)"], [], [], dl="于2010年1月底前完成", dln="2010-01",
          note="heading 「(四)预警及响应体系」 over one paragraph 「建立上、下预警预报机制,于2010年1月底前完成」 (a leaf: no numbered "
               "child): " + NONE),
        S(["三", "4"], [], [], dl="于2010年1月底前完成", dln="2010-01",
          note="「会商系统到镇、视频到村,于2010年1月底前完成」 — an item of 三、保障措施 in a plan that names no units is a task "
               "(rounds 25/27: every leaf): " + NONE),
        S(["三", "5"], [], [],
          note="「镇财政给予资金保障」 — a payer (round 30: a cost names a payer, not a doer; 给予 is no rule-2 verb): " + NONE
               + "; still a leaf of a plan with no units (the count 14 without it is accepted); " + NODATE),
        S(["四", "2"], [], [], skip_deadline=True,
          note="「镇检查考核村级工作,迎接县级考核验收,于」 — 镇 standing alone is a place (round 44: 「镇将…」), 检查考核 no rule-2 verb: "
               + NONE + "; " + LOST),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["15 leaves: 二 (一)1–3, (二)1–2, (三)1–2, (四) = 8; 三 1–5 = 5; 四 1–2 = 2. 一、总体要求和目标 (cut at 「并于」) is a "
            "childless section (plans-dev). Accepted: 14 (without 三/5, a payer's line), 16 (with 一)",
            "nine items end 「,于」 with the date lost (as printed); five give 「于2010年1月底前完成」; 三/5 has no date",
            "the cover notice's addressees 各村(居)、企事业单位 receive the plan; 「请认真贯彻实施」 is no task"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x208_04_xiangzhen-fangxun-xingzheng-shouzhang-fuzezhi.txt"
H_B = "防汛办主要职责"
H_C = "防汛值班制度"
plan(X04,
     title_note=NO_TITLE + "the page is one line: 「乡镇防汛行政首长负责制」 (the first of three rules' headings) glued to its 「1、」; "
                "no title for the whole",
     doc_no="", issuer="a 乡镇 (not named; its 防汛办 and 乡(镇)长)", date="not shown", level="township (a 乡镇's own rules, not named)",
     source=page_source("https://www.xiaomilidoc.com/p-15124281.html"),
     style="a document site's page printed as ONE line: three rules each an unnumbered heading glued to its items — 乡镇防汛"
           "行政首长负责制 1、–6、 (the duties of the 乡(镇)长, a post), 防汛办主要职责 1、–9、 (a body's duties), 防汛值班制度 1、–3、 "
           "(「24 小时」, 「每年 4 月 1 日 8 时至 9 月 30 日 18 时」) — CUT at 「3、值班人员」; numbers inside one paragraph run from 1 (round 34)",
     leaf_tasks=12, count_alternatives=[9, 11, 18], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S([H_B, "1"], [], ["防汛办"], lead_alternatives=[["防汛办"]], **at(X04, "防汛办主要职责1、"),
          note=R1 + ": the heading 「防汛办主要职责」 is a 职责 heading of a standing body (round 38; round 44), a unit heading its "
               "items inherit; " + ONE + "; round 34: numbers inside one paragraph are items when they run from 1; the unnumbered "
               "heading text is the path's first element (plans-dev 11); " + NODATE),
        S([H_B, "3"], [], ["防汛办"], lead_alternatives=[["防汛办"]], **at(X04, "3、", 2),
          note=R1 + " (the unit heading); 「及时向同级人民政府和上一级防汛指挥部报告本地区防汛工作情况」 — a sending, the plan's duty "
               "(when 及时); the receivers are no units (rule 3); " + ONE + "; " + NODATE),
        S([H_B, "5"], [], ["防汛办"], lead_alternatives=[["防汛办"]], **at(X04, "5、", 2),
          note=R1 + " (the unit heading): 「筹集、储备和管理防汛物资与资金」; " + ONE + "; " + NODATE),
        S([H_B, "7"], [], ["防汛办"], lead_alternatives=[["防汛办"]], **at(X04, "7、"),
          note=R1 + " (the unit heading); 「组织防汛抢险队伍,统一指挥防汛抢险工作」 — the team it organises is no unit (round 43: 组织 "
               "sets it up); " + ONE + "; " + NODATE),
        S([H_C, "1"], [], [], **at(X04, "防汛值班制度1、"),
          note="「汛期实行24小时由乡镇领导带班、工作人员值班相结合的防汛值班制度…应安排人员值班」 — 由 persons (" + PERSON + "): " + NONE
               + "; a rule giving work in a text whose other items name a unit is a task (round 40; the count 9 without the 值班 "
               "items is accepted); 「24 小时」 is a duty-hours phrase with no comparison word (no target); 「每年 4 月 1 日…至 9 月 30 "
               "日」 is the yearly 汛期, a rhythm (round 34: recurring dates are no deadline): " + NODATE),
        S([H_C, "2"], [], [], **at(X04, "2、", 3),
          note="「汛期,乡镇主要领导、分管防汛领导、防办工作人员的手机必须 24 小时开机」 — persons (" + PERSON + "): " + NONE + "; 24 小时 "
               "no target (no comparison word); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "防汛办及时向同级人民政府和上一级防汛指挥部报告本地区防汛工作情况", "when": "及时", "when_norm": None,
              "note": "防汛办主要职责 3 (round 35/40: a plan body's sending to another body is a duty); no rhythm or date"}],
     notes=["12 leaves: 防汛办主要职责 1–9 and 防汛值班制度 1–3 (3 CUT at 「值班人员」). The six items of 乡镇防汛行政首长负责制 are the "
            "duties of a post (the 乡(镇)长, 「第一行政责任人」), read like hired persons' duties: no tasks (round 36/37/45; RULING? 1). "
            "Accepted: 18 (the 首长 items as tasks), 9 (only the 防汛办 items, the 值班 rules naming no unit, round 40), 11 (without "
            "the cut 3)",
            "the whole page is one line; paths put the unnumbered heading first (plans-dev 11); the numbers restart under each heading",
            "「.」 ends some items instead of 「。」 (「…应急预案.」「…水毁工程.6、」); spaces around digits 「24 小时」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x208_05_x-xian-2021-diandong-zixingche-zhili-tongzhi.txt"
plan(X05,
     title_note=NO_TITLE + "the page is one line: the notice's title 「推进X县电动自行车治理工作的通知」 runs straight into its preamble "
                "(「…的通知为进一步推进…」)",
     doc_no="", issuer="an X县 (masked; its 公安局交警大队; the province not named)", date="not shown (the steps are dated 2021)",
     level="county (X县, masked)",
     source=page_source("https://m.777doc.com/doc-8670288.html"),
     style="a document site's preview printed as ONE line: title, preamble, 一、工作目标 (a goal 「力争在2021年底前…」), 二、步骤和任务 "
           "「从2021年4月6日开始,分四个阶段进行」 (一)第一阶段(2021年5月10日前) 1. 「公安局交警大队要牵头制定我县工作方案,于5月10日前完成…」 "
           "2. 「全县各企事业单位、居(村)民委员会…应当…开展…宣传活动」 (二)第二阶段(2021年5月10日起) 「公安局交警大队开展…劝导工作。在5月25日"
           "前完成电动自」 — CUT",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)", "1"], ["公安局交警大队"], ["公安局交警大队"], dl="于5月10日前", dln="2021-05-10", **at(X05, "1."),
          note=R2 + ": 「公安局交警大队要牵头制定我县工作方案」 — A牵头: lead A, responsible A; the item's own date 「于5月10日前」, "
               "the year from its stage 「第一阶段(2021年5月10日前)」"),
        S(["二", "(一)", "2"], [], [], dl="第一阶段(2021年5月10日前)", dln="2021-05-10", **at(X05, "2."),
          note="「全县各企事业单位、居(村)民委员会、学校、新闻媒体和其他社会组织应当通过各种形式广泛开展…宣传活动」 — 开展 without 组织 is "
               "no rule-2 verb (round 30's closed list); 全县 a scope (round 43): " + NONE + "; round 35: a stage's span gives its "
               "items their deadline where they write none (the stage's end 2021年5月10日)"),
        S(["二", "(二)"], [], [], dl="在5月25日前完成", dln="2021-05-25", **at(X05, "(二)"),
          note="「(二)第二阶段(2021年5月10日起)公安局交警大队开展电动自行车未悬挂号牌教育劝导工作」 — 开展 is no rule-2 verb (round 30; "
               "the closed list stands outside articles, round 44): " + NONE + "; a stage with work in it is a task and a phase "
               "(round 32/33); the item's own date 「在5月25日前完成电动自[cut]」 (year from the stage); " + CUT),
     ],
     plan_targets=[],
     phases=[{"name": "第一阶段", "start": None, "end": "2021-05",
              "note": "「(一)第一阶段(2021年5月10日前)」: the stage line gives only its end (plans-dev 10 reads such a stage's start as "
                      "not stated); the whole work starts 2021年4月6日"},
             {"name": "第二阶段", "start": "2021-05", "end": None,
              "note": "「(二)第二阶段(2021年5月10日起)」: only its start; the page is cut before its end"}],
     duties=[],
     notes=["3 leaves: 二/(一)/1, 二/(一)/2, 二/(二) (its work run in after the stage name; CUT); 一、工作目标 a section (its 「力争在"
            "2021年底前…」 is the goal's date, round 44, no item's deadline)",
            "the whole page is one line (numbers inside one paragraph run in order, round 34); 「1.」「2.」 restart under (一)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x208_06_changshan-xian-2018-diandong-zixingche-zonghe-zhengzhi-shishi-fangan.txt"
plan(X06,
     title="關于開(kāi)展常山縣電動自行車(chē)綜合整治工(gōng)作的實施方案",
     title_note="line 4 as printed, inline pinyin kept (round 39: the site's inline pinyin is kept as printed)",
     doc_no="常政辦發〔2018〕93号", issuer="常山縣人民政府辦公室 (衢州, Zhejiang: 「衢州市市區電動自行車管理規定」)",
     date="not shown (2018 by the document number)", level="county (常山县)",
     source=page_source("https://zmjy1.com/view-155.html"),
     style="a copy in traditional characters with INLINE PINYIN 「開(kāi)展」「工(gōng)作」「一(yī)、」: the red-head line, the number, "
           "the office, the title, a preamble, 一(yī)、指導思想 (a paragraph), 二、工(gōng)作目标 1.夯實管理基礎:… 2.打擊精準實效:… — "
           "CUT in 2.; no unit on the page",
     leaf_tasks=2, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一(yī)、指導思想"],
     samples=[
        S(["二", "1"], [], [],
          note="「夯實管理基礎:完善電動車信息采集和登記工作,開展…業務,提高…準确率…。力争電動車保險、防控設備、牌照全覆蓋」 — no "
               "subject; no unit is named anywhere on the page, so every numbered leaf is a task (plans-dev 08; round 44: a plan whose "
               "key works name no unit); the count 0 that reads 工作目标 items as goals, no tasks (round 27), is accepted: " + NONE
               + "; 全覆蓋 is no figure; " + NODATE),
        S(["二", "2"], [], [],
          note="「打擊精準實效:電動車被盜後難破案…得到有效遏制,人民群衆滿意度有[cut]」: " + NONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/1, 二/2 (CUT); 一(yī)、指導思想 is a section (its number carries the pinyin 「(yī)」 between 一 "
            "and 、); accepted: 0 (the 工作目标 items read as goals)",
            "the characters are traditional (with some simplified: 「工作目标」's 目标, 「力争」) and the pinyin is the site's; both are kept"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x208_07_jiedao-diandong-zixingche-xiaofang-anquan-zhuanxiang-zhengzhi-fangan.txt"
plan(X07,
     title_note=NO_TITLE + "the only title is the site's headline 「2024年度电动自行车消防安全专项整治方案(范文推荐)」 (lines 3 and 9; "
                "the year and 「(范文推荐)」 are the site's: the text masks its years 「20__」)",
     doc_no="", issuer="a 「____街道办事处」 (masked)", date="masked (「20__年4月20日」)", level="street (a 街道, masked)",
     source=page_source("https://www.xgjdsc.com/zhuantifanwen/gongwenfanwen/146654.html"),
     style="a 范文 site's page: breadcrumb, headline, byline; a preamble with a masked span 「从20__年4月20日起至6月20日」; 一、工作目标, "
           "二、组织领导 (a group set up, 「办公室设在街道安监站,负责小组日常工作」), 三、治理重点 (一)–(四) (kinds of violation, no work) "
           "and a trailing paragraph 「各社区要积极开展好网格化排查工作,做好…,指导物业…」, 四、治理时间和步骤 (一)动员部署阶段(20__年4月25日"
           "前)各社区要结 — CUT",
     leaf_tasks=2, count_alternatives=[1, 5, 6], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、组织领导"],
     samples=[
        S(["三"], [], [], skip_deadline=True,
          note="RULING? 2: 三、治理重点's (一)–(四) name only kinds of violation (「违规在商铺、写字楼内停放充电行为」) — fields that say on "
               "what the work bears (round 44: 防范重点's points are fields, no tasks) — and the trailing paragraph gives the "
               "section's work, so 三 is read as one task (round 34 early: a headed point that gives work); the count 5/6 that takes "
               "(一)–(四) as items (every leaf of a plan with no units, plans-dev 08) is accepted; 「各社区要积极开展好…做好…指导物业…」 — "
               "开展／做好／指导 are no rule-2 verbs (round 30; 「A负责指导」 would be one), 物业 the object of 指导 (round 30's pivot): "
               + NONE + "; the campaign span ends 20__年6月20日 (round 37): " + MASKED),
        S(["四", "(一)"], [], [], skip_deadline=True,
          note="a stage with its work written after the time 「(一)动员部署阶段(20__年4月25日前)各社区要结[cut]」: a phase and a task "
               "(round 33); the page cuts before the verb, so the clause names nothing (round 43: a clause cut before its verb): "
               + NONE + "; " + MASKED + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三 (its (一)–(四) are fields, its trailing paragraph its work; RULING? 2) and 四/(一) (a stage with work, CUT); "
            "一、工作目标 and 二、组织领导 (a group and its office set up; round 45: where the office sits is no doer) are sections. "
            "Accepted: 1 (only 四/(一)), 5 ((一)–(四) as items and 四/(一)), 6 (with 二)",
            "phases: only 动员部署阶段 is on the page, its year masked 「20__」: no phase is checked",
            "the site's headline year 2024 dates nothing (round 45); 「____」 masks the street's and the director's names"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x208_08_zhidui-2024-diandong-zixingche-weigui-chongdian-zhuanxiang-zhili-fangan.txt"
plan(X08,
     title="电动自行车违规充电专项治理行动实施方案",
     title_note="line 1 (the site's title; printed again on lines 9–10 split 「…实施方」/「案」 by the PDF's line break)",
     doc_no="", issuer="a 消防救援支队 (「支队研究决定」; a city's fire brigade, city not named)", date="not shown (the site's date "
     "2024-04-23; the text's own span 「从即日起至 2024 年10 月底」)",
     level="a body's own (a city's 消防救援支队, not named)",
     source=page_source("https://gongwen.com.cn/doc/292825.html"),
     style="a document site's preview of a PDF: title, site chrome (VIP专免, a date, 999+, 12.42KB, 8 页, 海报, 侵权投诉), the title "
           "again broken over two lines, every line broken mid-word (「疏\\n散通\\n道」); a campaign span 「从即日起至 2024 年10 月底」; "
           "一、行动目标, 二、治理重点 (一)(二) run-in headings that give work 「加强…管理。着力整治…」「规范…建设。推动相关部门、单位设置…」, "
           "三、治理时间及方法步骤 (一)动员部署阶段(8月25 日前)。研究制定实施方案,全 — CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、行动目标"],
     samples=[
        S(["二", "(一)"], [], [], dl="从即日起至 2024 年10 月底", dln="2024-10",
          note="a run-in heading 「加强电动自行车使用安全管理。」 with work 「着力整治…违规充电行为,解决…问题」 (no subject): a task (its "
               "points give work, unlike bare fields; the count 2 reading 治理重点 as fields, round 44, is accepted): " + NONE
               + "; round 37 / round 44 (decided): the campaign span the preamble sets for the work 「从即日起至 2024 年10 月底」 dates "
               "items with no date of their own (2024-10)"),
        S(["二", "(二)"], [], [], dl="从即日起至 2024 年10 月底", dln="2024-10",
          note="「规范…设施建设。推动相关部门、单位设置集中停放和…智能充电控制、上梯控制设施」 — 推动 is a pivot, no rule-2 verb; its "
               "objects are no units (round 30; round 34): " + NONE + "; the campaign span's end (round 37)"),
        S(["三", "(一)"], [], [], dl="8月25 日前", dln="2024-08-25",
          note="a stage written as a name and a time with its work after it 「(一)动员部署阶段(8月25 日前)。研究制定实施方案,全[cut]」: a "
               "phase and a task (round 33); no subject: " + NONE + "; the year from the campaign span 「即日起至 2024 年10 月底」 (the "
               "text's own year, round 42); " + CUT),
     ],
     plan_targets=[],
     phases=[{"name": "动员部署阶段", "start": None, "end": "2024-08",
              "note": "「(一)动员部署阶段(8月25 日前)」 under 「即日起至 10 月底,分三个阶段进行」; the start is not stated (「即日起」 "
                      "has no date); the other two stages are cut"}],
     duties=[],
     notes=["3 leaves: 二/(一), 二/(二), 三/(一) (CUT); 一、行动目标 a section; accepted: 2 (治理重点 read as fields, round 44)",
            "the page keeps the PDF's line breaks inside words and the spaces 「至 2024 年10 月底」「8月25 日前」; 「海报」「侵权投诉」 and "
            "the file facts are the site's chrome"])

# Round 61 (rul84): x208_07 二、组织领导 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: a group's
# set-up point that gives it work, governs, p61d-2) (README, round 61)
from aligned_rulings import align84  # noqa: E402

align84("x208_07", None, "「二、组织领导 成立…领导小组,办公室设在街道安监站,负责小组日常工作。」 (x208_07 二): a point that sets a group up and gives it or its office work by 负责 is a task naming none (rule 3); not sampled",
        "Tasks and counts, governs: round 57's x255_06 一/2, Round 83's x314_03 三 and Round 85's x320_04 二/(一) over the older answer's section (p61d-2); 二、组织领导 section → task, 2 → 3, 2 stays accepted",
        counts={"leaf_tasks": 3, "count_alternatives": [2, 1, 5, 6], "childless_top_level_sections": ['一、工作目标']})

write_collected(DIR)
