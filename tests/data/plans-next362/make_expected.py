# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next362/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c362, round 68, for round 69: eight page openings of township (乡), town (镇),
street (街道), village (村) and community (社区) work from outside Shanghai, in fields other than festivals — a 社区's
计划生育工作计划 under a 大连 街道 (一、统计工作 1.–6., 二、宣传工作 1.–5., 5 CUT); 罗江镇 (汨罗) 临切坡建房户 地质灾害 plan
(a county site's page: rosters 三–五, 六、具体措施 1、–3、, 3 CUT); a 社区创建消防安全示范社区方案 (a document site, 一–四 over 1.–3.
run in after their headings, 四/2 CUT); a 社区宣传工作计划2022 第1篇 (一, 二 headings over paragraphs, 二 CUT); a 镇's 计划生育工作计划1
((一)–(三), (三) CUT); a 村计划生育工作计划 篇1 (一 1、–4、, 二 1、–2、, 三–五 childless, 五 CUT); a 社区城管工作计划 (一–七 one a line);
and 圣浦社区's 城乡洁美行动 工作计划 (一 思路, 二 1、–3、 with a trailing paragraph, CUT)): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``at_line_in`` of ../plans/expected_tools.py); every
answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the
notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c362.

    PYTHONPATH=. python tests/data/plans-next362/make_expected.py tests/data/plans-next362
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, PAGES, S, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post (round 43; Round 77's x299_02 责任人) however the clause is built"
CALL = ("a kind is a doer only by a rule-2 verb (Round 80's p59c-1; Round 83 on x316_01), 要／应 changing nothing (Round 74's "
        "x295_03); 成立, 配备, 建立, 完善, 加强, 做好, 制定, 开展 without 组织 are outside the closed list (round 30; Round 85 on "
        "x318_05, x318_06, x322_01 二、（三））")
NOSUBJ = "组织 with no subject printed names no doer (rule 2 gives the subject of 组织＋verb; round 30: the object of 组织 is no unit)"
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 88's p63e-1; Round 87 on "
           "x324_04 三)")
NOUNITS = ("on a page that names no unit every numbered leaf that gives work is a task (plans-dev 08; seed 003; Round 95 on "
           "x349_01 and x348_06 五; Round 97 on x356_03)")
CHILDLESS = ("a childless point that gives work is a task (Round 84's p61c-1; Round 95 on x349_01: a childless point naming the "
             "plan's acts, in a plan no item of which names a unit); only 工作目标／指导思想／总体要求／基本原则 points of aims and "
             "principles stay sections (plans-dev EXPECTED.md lines 21–25)")
RHYTHM = ("events the item holds in a rhythm are its own number of work, 1 次 included (Round 84's p61e-1; Round 85 on x320_09 二), "
          "the period (每月, 一年) no target and no deadline (round 34's recurring dates; Round 60's x174_01)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone by json.loads, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x362_01_shequ-jihua-shengyu-gongzuo-jihua-1.txt"
plan(X01,
     title="社区计划生育工作计划",
     title_note="line 2's head (line 4 prints the same words as the piece head 「社区计划生育工作计划1」, its piece mark 1 run into "
                "the preamble; Round 83 on x314_06, x314_11: a piece mark is chrome); line 1 is empty (the excerpt opens with a newline)",
     doc_no="", issuer="a 社区 under a 街道 (「根据区计生委和我街道的工作要求,做出本社区的工作计划」; 大连市 cited, 辽宁) — unnamed",
     date="not shown (「新一年」, no year printed)",
     level="community (a 社区's own year plan under its 街道)",
     source=source("https://www.zczzjx2.com/shiyongfanwen/gongzuojihua/9551.html"),
     style="a 范文 site's page: head, blurb, the piece head 「…1」 run into its preamble, 一、统计工作: 1.–6., 二、宣传工作: 1.–5. (numbers "
           "「1. 」 with a space), 二/5 CUT at 「口头宣传有关辽宁计划」",
     leaf_tasks=11, count_alternatives=[10], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], **at(X01, "\n1. "),
          note="「1. 在巩固提高以有的协会基础上,充分发挥会长、理事、秘书长的作用与优势,志愿者伍,调动起志愿者积极性参与到协会工作来。」 — " + NOUNITS +
               "; 会长、理事、秘书长 and 志愿者 are persons (" + PERSONS + ") — " + NONE + ". " + NODATE),
        S(["一", "2"], [], [], skip_deadline=True, dl="3月8日", **at(X01, "\n2. "),
          note="「2. 3月8日在社区开展庆“三八妇女节”活动」 — an event the plan holds is a task naming none (Round 95 on x348_02; plans-dev 08), "
               "在社区 a place; 开展 without 组织 outside rule 2 (" + CALL + ") — " + NONE + ". Date: 「3月8日」 with no year printed "
               "anywhere on the page (「新一年」): only what is printed is read (round 48; Round 85 on x318_02) — not checked"),
        S(["一", "3"], [], [], targets=[(1, "次")], not_targets=[(27, "周年")], **at(X01, "\n3. "),
          note="「3. 在纪念5.29计划生育二十七周年,搞一次大型宣传活动;主要以“关怀行动”为主题开展服务.」 — " + NONE + ". 1 次: the events an item "
               "holds are its own number of work (round 58's events; Round 84's p61e-1: 一 as any number) — RULING? 1 (a single event "
               "named by 一次 with no rhythm read as no quantity). 二十七周年 names the anniversary the day marks, a name with digits "
               "(EXPECTED.md): not a target; 「5.29」 names the day (no year: " + NODATE + ")"),
        S(["一", "4"], [], [], targets=[(1, "次")], **at(X01, "\n4. "),
          note="「4. 抓好会员小组的学习,除各大型活动外,坚持每两各月活动一次。充分发挥理事会的作用。」 — 会员小组 and 理事会 are the association's "
               "own groups with no rule-2 verb (" + CALL + ") — " + NONE + ". 1 次: " + RHYTHM + "; the group's study is no report or "
               "coordination rhythm (EXPECTED.md's duties): no duty. " + NODATE),
        S(["二", "3"], [], [], targets=[(2, "次")], **at(X01, "\n3. ", nth=2),
          note="「3. 组织流动人口参加一年两次生殖健康检查。」 — " + NOSUBJ + "; 流动人口 persons — " + NONE + ". 2 次: " + RHYTHM + ". " + NODATE),
        S(["二", "5"], [], [], **at(X01, "\n5. ", nth=2),
          note="「5. 对外来人口,通过走访,发放有关计生宣传材料,口头宣传有关辽宁计划」 (" + CUT + "; " + CUTVERB + ": 发放, 宣传) — " + NONE +
               ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["11 leaves: 一/1–6, 二/1–5 (二/5 CUT). 一 and 二 have children (no leaves). The page names no unit: 社区 stands as a place "
            "(在社区开展), 协会, 会员小组, 理事会 and 计生委 appear with no verb of rule 2 on work of the items, 组织 has no subject (" + NOSUBJ +
            "). " + NOUNITS + ". Accepted: 10 (二/4 「…可以免费办理发放药具手册;充分调动流动人口的积极性…」 read as the scheme's terms for "
            "beneficiaries, an option 可以 (round 49) — its second clause gives work, so 11 is the answer)",
            "二/2 「根据每年春节后大量外来人口返连之机…登记建册」 names a yearly season with no year: recurring, no deadline (round 34)",
            "no duty: no report, filing or coordination rhythm is printed (EXPECTED.md's duties)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x362_02_luojiangzhen-linqiepo-jianfanghu-dizhi-zaihai-fangzai-yuan.txt"
ROSTER = ("a line that only names who answers for a part — a unit and its persons 「罗江镇人民政府:周海林」, posts and names — with no verb "
          "of work is a roster, a composition alone, a section (Round 84's governs, p61d-2; round 57's x255_03; Round 97 on x356_02 "
          "三/1 and x356_05 一/2: a numbered line that only sets up a group and names its members is a section)")
plan(X02,
     title_note="no title checked: the page opens at 「一、基本情况」 with no title line of its own (round 48; Round 89 on x332_06; "
                "x356_03 alike); the county site's page heading is not part of the excerpt",
     doc_no="", issuer="罗江镇人民政府 (汨罗市; its 14 村 named) — named", date="not shown",
     level="town over its villages (「罗江镇共有14个村临切坡建房户64户」; each 村's 责任人)",
     source=source("http://app.miluo.gov.cn/25221/25222/26778/26780/27581/content_2168127.html"),
     style="a county government site's page: 一、基本情况 and 二、危害范围 (descriptions), 三、隐患点防治责任单位及责任人 (「责任单位:罗江镇人民"
           "政府」 and 「X:person」 lines), 四、应急指挥部负责人 (persons), 五、…单位责任人 1、–3、 (「unit: person」 lines), 六、具体措施 "
           "1、 (监测员 and 监测职责) –3、, 3、 CUT at 「应组」",
     leaf_tasks=2, count_alternatives=[3, 5, 6], attachment_task_rows=0,
     childless_top_level_sections=["一、基本情况", "二、危害范围危及农户64户,房屋200间。", "三、隐患点防治责任单位及责任人",
                                   "四、应急指挥部负责人"],
     samples=[
        S(["六", "1"], [], [], targets=[(2, "次")], **at(X02, "\n1、", nth=2),
          note="「1、监测员:各村分管责任人 / 监测职责:平常做好定期监测(每星期两次),主要观测…,碰到雨天(特别是暴雨天)应实行值班制度,发现险情,及时通报上级领导,并立即组织群众撤离。转移路线为…」 — "
               "the label names a post and 各村分管责任人, persons (" + PERSONS + "; 责任人 one of rule 3's nouns), so rule 1 has nothing to "
               "give and no clause makes a body the doer — " + NONE + ". 2 次: " + RHYTHM + ". The report of a hazard found to the "
               "leaders above is an undated duty (below). " + NODATE),
        S(["六", "2"], [], [], **at(X02, "\n2、", nth=2),
          note="「2、抢排险接到警报信号后,应第一时间组织群众疏散撤离,同时出现险情时需及时抢险,确保群众生命财产安全。」 — the run-in 抢排险 names a "
               "function, no body (a heading that names a body with its part is a unit heading, Round 83 on x312_07; this names the "
               "part alone), and 五/1's roster for 抢排险 is a section, not a heading over 六 (rule 1 inherits only from the item's own "
               "heading); 组织 has no subject (" + NOSUBJ + ") — " + NONE + ". 「接到警报信号后」 is the work's own trigger, no date. "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现险情,及时通报上级领导", "when": None, "when_norm": None}],
     notes=["2 leaves: 六/1, 六/2. 一 and 二 describe the hazard (14个村, 64户, 0户, 200间: present figures, round 33), sections. " + ROSTER +
            ": 三 (「责任单位:罗江镇人民政府」 over 「罗江镇人民政府: 吴玉清」, 「各村支部书记,分管自然资源工作责任人」, 「罗江自然资源所: 何 鑫 …」 and "
            "fourteen 「X村:person」 lines), 四 (指挥长, 副指挥长, 成员: persons) and 五/1–3 (「罗江镇人民政府:周海林」「罗江镇:各村村支两委成员」「罗江"
            "镇派出所: 陈舟」「罗江镇卫生院: 周雄文」, a phone line). RULING? 2: 三's 「责任单位:罗江镇人民政府」 read as a designation of the "
            "body that carries the hazard points' prevention — a task with [罗江镇人民政府] (Round 95 on x347_03 第三条; Round 97 on x353_04 "
            "第六条) — and 五/1–3 read as designations of 罗江镇人民政府／派出所／卫生院: 3 and 6 accepted (with 六/3, below)",
            "RULING? 3: 六/3 「3、医疗救护车接到预警信号后应组」 (" + CUT + ") — the only verb of work, 组(织), is cut after its first "
            "character and 接到 is the trigger, so the line prints no work (round 71; Round 95 on x348_03; Round 97 on x354_05): no "
            "leaf; 3 accepted (the line read as far as 「应组」, a vehicle standing for whoever runs it, Round 95 on x347_02 第十六条)",
            "duty: 六/1's 「发现险情,及时通报上级领导」, a report of what the monitoring finds, sent when a case arises, undated (round 44; "
            "Round 83 on x316_01 一: 及时 printing no time)",
            "「值班电话:5640001」 is a phone number, no target; 「每星期两次」 the only figure of work"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x362_03_shequ-chuangjian-xiaofang-anquan-shifan-shequ-fangan.txt"
plan(X03,
     title="社区创建消防安全示范社区方案范例",
     title_note="line 5's head before the run-in 「引言:」, the piece's own head (round 48); line 1 「[总结范本]全市创建消防安全社区活动实施方案」 "
                "is the site's document name with its tag, and lines 2–4 its file fields (chrome). RULING? 8: the site's line 1 as the "
                "title (it names a 全市 campaign, not the piece)",
     doc_no="", issuer="a 社区 (「我们制定了____年社区创建消防安全示范社区的方案」) — unnamed", date="not shown (____年, masked)",
     level="community (a 社区's own plan to become a 消防安全示范社区)",
     source=source("https://www.doczj.com/doc/0111160127.html"),
     style="a document site's page: tagged document name, three file fields, head with 「引言:」 run in, preamble, 一–四 each with its 1. "
           "run in after the heading on the same line, 2.–3. one a line, 四/2 CUT at 「定期检查消防设施」",
     leaf_tasks=11, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], **at(X03, "宣传教育1."),
          note="「一、加强消防宣传教育1.开展多种形式的消防宣传教育活动,如安全知识讲座、消防演练等,将消防安全知识送到居民家门口。」 — the number "
               "printed after the heading on its line is the item's (round 34: numbers that run in order from 1 inside a line are "
               "items; round 48: paths as printed); 开展 without 组织 and no subject (" + CALL + ") — " + NONE + ". " + NODATE),
        S(["一", "2"], [], [], **at(X03, "\n2."),
          note="「2.成立社区消防宣传队伍,由专业消防人员和志愿者组成,定期开展灭火器的使用和灭火技能培训,…」 — a line that sets a team up and gives it "
               "work by a verb is a task naming none (Round 84's governs, p61d-2; Round 85 on x320_06 一), the team and its members "
               "(persons) no units (rule 3: 「由A、B组成」 members) — " + NONE + ". " + NODATE),
        S(["三", "3"], [], [], **at(X03, "\n3.", nth=3),
          note="「3.与附近的消防救援站建立密切合作关系,提供及时的援助和支持。」 — 与B建立 is no rule-2 form (round 30's closed list; Round 95 on "
               "x351_04 第七条: 与B会商 a consultation), the station a partner, and no subject is printed — " + NONE + ". " + NODATE),
        S(["四", "1"], [], [], **at(X03, "管理制度1."),
          note="「四、建立健全消防安全管理制度1.制定社区消防安全管理规定,明确消防安全责任人的职责和权力,落实消防安全的日常管理工作。」 — 落实 with no "
               "subject names no body, 责任人 persons (" + PERSONS + ") — " + NONE + ". " + NODATE),
        S(["四", "2"], [], [], **at(X03, "\n2.", nth=4),
          note="「2.加强社区巡查制度,定期检查消防设施」 (" + CUT + "; " + CUTVERB + ": 检查) — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["11 leaves: 一/1–3, 二/1–3, 三/1–3, 四/1–2 (四/2 CUT). 一–四 have children (no leaves). " + NOUNITS + ": the 社区 appears as the "
            "place and the issuer's 「我们」 has no verb of rule 2 on any item",
            "no figure of work: 「____年」 is a masked year (round 50), 「20.00 KB」「5」 the site's file fields"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x362_04_shequ-xuanchuan-gongzuo-jihua-2022-pian1.txt"
plan(X04,
     title="社区宣传工作计划2022",
     title_note="line 9's piece head 「社区宣传工作计划2022 第1篇」 less its piece mark (Round 83 on x314_06, x314_11); line 3 "
                "「社区宣传工作计划2022(合集10篇)」 is the site's headline, lines 1, 5, 7 its breadcrumb, author/date line and blurb (chrome)",
     doc_no="", issuer="a 社区 (「本社区」; 村民 among its residents) — unnamed", date="not shown (「201x年」 masked; 2022 only in the "
     "site's heads)",
     level="community (a 农村社区's own 宣传 plan: 「使村民从洗脚上田转变成洗脑进城」)",
     source=source("http://m.hnchuangzuo.com/fanwen/jihua/84714.html"),
     style="a 范文 site's page: breadcrumb, headline 「(合集10篇)」, author line, blurb, piece head 「…第1篇」, preamble 「…重点抓好以下几方面"
           "工作:」, 一 and 二 each a heading line over one paragraph (blank lines between), 二 CUT at 「社会文化建设」; masks 「_」「___」「X」",
     leaf_tasks=2, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], **at(X04, "\n一、"),
          note="「一、深入学习宣传_大、_届X中全会精神,增强全面贯彻三个代表重要思想的自觉性和坚定性 / 重点抓好以党员、干部的理论学习和理论教育工作,…健全各种学习制度,坚持党支部三会一课教育,分期举办各类座谈会、学习班,…开展_教育,…」 — "
               + CHILDLESS + "; the paragraph under the heading line is its body (round 32); 党支部 appears inside a noun (党支部三会一课教育), "
               "no doer (round 30: a body inside a noun's description) — " + NONE + ". 「三会一课」「_届X中全会」 are names with digits or "
               "masks (EXPECTED.md): no targets. " + NODATE),
        S(["二"], [], [], **at(X04, "\n二、"),
          note="「二、围绕社区中心工作,营造良好宣传_环境 / 始终坚持团结稳定鼓劲、正面宣传为主的方针,围绕中心,服务大局,抓好宣传工作。突出宣传农村稳定、就业和社会保障,以及重大政治、经济、社会文化建设」 (" +
               CUT + "; " + CUTVERB + ": 抓好, 宣传) — " + CHILDLESS + " — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一 and 二 (二 CUT), childless top-level points that give work. The preamble's 总体思路 (「高举…旗帜,…认真学习贯彻…精神」) "
            "is the plan's guiding text before its items, no item. Accepted: 0 (一 and 二 read as top-level sections with no numbered "
            "children, plans-dev EXPECTED.md lines 21–25 read strictly)",
            "「201x年」 and the 「_」 masks date and name nothing (round 50); the site's 「2022」 and 「2023-07-17」 date the page, not the plan"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x362_05_zhen-jihua-shengyu-gongzuo-jihua-1.txt"
plan(X05,
     title="计划生育工作计划",
     title_note="line 13's piece head 「计划生育工作计划1」 less its piece mark (Round 83 on x314_06, x314_11); line 3 prints the same "
                "words as the site's page head, lines 7 and 11 the site's 「…15篇」, line 1 its breadcrumb and line 5 its date line (chrome)",
     doc_no="", issuer="a 镇 (「我镇」; 县上 above it) — unnamed", date="not shown (「20xx年」 masked; 2022-09-28 the site's date line)",
     level="town (a 镇's own 计划生育 year plan: 「为我镇经济建设保驾护航」「确保县上下达的各项指标圆满完成」)",
     source=source("https://www.fanwen100.com/zhichang/gongzuojihua/351668.html"),
     style="a 范文 site's page: breadcrumb, head, date line, 「…15篇」 twice with a blurb between, piece head 「…1」, a preamble line and "
           "(一)–(三) as paragraphs indented two spaces and parted by blank lines, (三) CUT at 「积极探索」",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], [], **at(X05, "  (一)"),
          note="「(一)以党的十七大精神为指导,进一步解放思想,转变观念,…切实推进我镇“依法管理、村民自治、优质服务、政策推动、综合治理”工作新机制的建立,…广泛深入地开展计划生育优质服务,…搞好计划生育综合治理,…力争我镇计生工作再上新水平…。确保县上下达的各项指标圆满完成。」 — "
               + CHILDLESS + ": the point opens with its guiding thought but names the 镇's acts (推进, 开展, 搞好) — RULING? 4 (the point "
               "read as a 指导思想 section, count 2 accepted). 我镇 stands as the place of the work and 县上 as the level that set the "
               "indices (round 43: a level standing alone names no body) — " + NONE + ". 「十七大」 is a name with digits. " + NODATE),
        S(["(二)"], [], [], **at(X05, "  (二)"),
          note="「(二)深化宣传教育,倡导新型生育文化,…深入开展以“宣传教育进村、婚育新风进家”为主题的“双进”活动,提高宣传品入户率,提升育龄群众的'政策知晓率。积极向上级宣传媒体投稿,…」 — "
               + CHILDLESS + "; no subject (" + CALL + ") — " + NONE + ". 投稿 to the media is publicity, no report (EXPECTED.md's duties). "
               "「一法一条例」 names laws. " + NODATE),
        S(["(三)"], [], [], **at(X05, "  (三)"),
          note="「(三)转变思想、更新观念,不断加快完善我镇计划生育工作新机制。…不断加大管理力度,加强基层基础管理,完善管理网络,提高管理水平;加强调查研究,注意解决当前计网划生育面临的新问题,积极探索」 (" +
               CUT + "; " + CUTVERB + ") — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: (一)–(三) ((三) CUT), the page's only numbered items, childless points that give work. " + NOUNITS +
            ". Accepted: 2 ((一) read as a 指导思想 point, RULING? 4)",
            "the preamble line 「20xx年我们全面落实…,为我镇经济建设保驾护航。」 is the plan's own lead-in, no item; 20xx a mask (round 50)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x362_06_cun-jihua-shengyu-gongzuo-jihua-pian1.txt"
plan(X06,
     title="村计划生育工作计划",
     title_note="line 1, the site's headline 「村计划生育工作计划十篇」, less its compilation mark 十篇: the text prints no title of its own, "
                "so the site's headline stands (Round 97 on x354_04: the headline stands only where the text prints no title; round 65's "
                "x275_03), and a compilation mark is chrome (Round 83 on x314_06, x314_11: 「…(熱門18篇)」 and 篇一). RULING? 5: no title "
                "(the site's headline as no title line, Round 83)",
     doc_no="", issuer="a 村 (村支部 as 领导核心; 四川省 cited) — unnamed", date="not shown (「20xx年」 masked)",
     level="village (a 村's own 计生 year plan: 「由村支部为领导核心」, 村民, 村、组干部)",
     source=source("http://m.jifanwen.com/work/gongzuojihuafanwen/657/657699.html"),
     style="a 范文 site's page: headline 「…十篇」, preamble, 一 1、–4、, 二 1、–2、, 三–五 each a heading line over one paragraph, 五 CUT "
           "at 「大力开展“关爱女孩行动”工作,」",
     leaf_tasks=9, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "2"], [], [], targets=[("1-2", "个"), ("2-3", "幅")], **at(X06, "\n2、"),
          note="「2、在村民集中居住地建计划生育宣传栏1—2个,在要到处书写或悬挂2—3幅大型标语。」 — " + NONE + ". Targets: the boards and banners the "
               "item puts up are its own number of work (round 49's 「改造100户」; round 25), a band kept as a string with both edges "
               "alike (round 29; EXPECTED.md's 「3-5」) — RULING? 7 (a band with no comparison word read as a norm, round 30). " + NODATE),
        S(["一", "4"], [], [], targets=[(1, "次")], **at(X06, "\n4、"),
          note="「4、每月组织组长、党员代表开展计划生育方面的宣传工作培训会一次,…增强村、组干部的宣传能力与责任感,…」 — " + NOSUBJ + "; 组长、党员"
               "代表 persons — " + NONE + ". 1 次: " + RHYTHM + "; a training is no report or coordination rhythm: no duty. " + NODATE),
        S(["二", "1"], [], [], targets=[(5, "种")], **at(X06, "\n1、", nth=2),
          note="「1、保证计划生育服务室整洁规范,室内有五种以上避孕药具,计生专干应做到对5种以上避孕药具正确使用方法,并及时做好发放与随访工作,…」 — 计生专干 "
               "is a person (" + PERSONS + ") — " + NONE + ". 五种以上 / 5种以上: a quantity joined to 以上 is a target (round 30's line), "
               "one figure written twice. " + NODATE),
        S(["二", "2"], [], [], skip_deadline=True, dl="在年初", **at(X06, "\n2、", nth=2),
          note="「2、高度重视三查一治工作,在年初特制定三查一治工作实施方案,做好倒查情况详细记录,…并及时与上级联系做好补查工作,及时解决查后问题。」 — " +
               NONE + "; 与上级联系 is contact, no report or filing (EXPECTED.md's duties). 「三查一治」 names the work. Date: 「年初」 "
               "with the plan's year masked (20xx, round 50): not checked"),
        S(["三"], [], [], **at(X06, "\n三、"),
          note="「三、完善流动人口管理工作 / 加强流动人口管理工作力度,协助上级做好流动人口办证工作。随时掌握流动人口变动情况,对流出流入人员做好详细登记。」 — "
               + CHILDLESS + "; 上级 a level with no head (round 43), the object of 协助 — " + NONE + ". " + NODATE),
        S(["四"], [], [], targets=[(2, "次")], **at(X06, "\n四、"),
          note="「四、提高出生人口素质 / 与科技服务工作相结合,做好出生缺陷干预工程与生殖道感染干预工程工作,利用广播、电视每月开展新婚知识讲座与孕前、孕期教育工作两次,及时为待孕人员发放叶酸片,…」 — "
               + CHILDLESS + " — " + NONE + ". 2 次: " + RHYTHM + ". " + NODATE),
        S(["五"], [], [], **at(X06, "\n五、"),
          note="「五、综合治理性别比失调问题 / 大力开展“关爱女孩行动”工作,」 (" + CUT + "; " + CUTVERB + ": 开展) — " + CHILDLESS + " — " + NONE +
               ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 leaves: 一/1–4, 二/1–2, 三, 四, 五 (五 CUT). 一 and 二 have children (no leaves). " + NOUNITS + ": 村支部 is named only in "
            "the preamble as 领导核心 (「由A为领导核心」: 为 is no verb of doing, round 30; a plan-level field, Round 89's decided x330_05), "
            "and 一/3's 「计划生育协会定期开展学习活动」 has 开展 without 组织 (" + CALL + "). Accepted: 6 (三–五 read as top-level sections "
            "with no numbered children, plans-dev EXPECTED.md lines 21–25 read strictly)",
            "「四川省人口与计划生育条例」 names a law (一/1); 20xx a mask"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x362_07_shequ-chengguan-gongzuo-jihua.txt"
plan(X07,
     title="社区城管工作计划",
     title_note="line 1, the piece's own title line (round 48)",
     doc_no="", issuer="a 社区 (社区两委) — unnamed", date="not shown",
     level="community (a 社区's own 城管／爱国卫生 plan: 社区两委成员, 楼幢, 楼院)",
     source=source("https://365docx.com/view/5197fe8976.html"),
     style="a document site's page stored short: title, then 一–七 one a line, 七 ending at 「灭鼠活动」 where the stored excerpt ends "
           "(1,246 bytes, under the corpus's 2,000-byte cut: the page as the corpus holds it)",
     leaf_tasks=7, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], **at(X07, "\n一、"),
          note="「一、做好环境卫生及健康教育方面的宣传工作,利用各种节日及宣传日,组织社区两委成员,社区居民积极参与宣传活动,…」 — " + CHILDLESS + "; " +
               NOSUBJ + ", 社区两委成员 and 社区居民 persons (" + PERSONS + ") — " + NONE + ". 「各种节日及宣传日」 name occasions, no date. " +
               NODATE),
        S(["三"], [], [], **at(X07, "\n三、"),
          note="「三、成立社区环境卫生监督队,充分发动群众力量,对辖区内的环境卫生加强检查督促,定期或不定期检查辖区的环境卫生,…」 — a point that sets a team "
               "up and gives it work by a verb is a task naming none (Round 84's governs, p61d-2; Round 85 on x320_06 一), the team no "
               "unit (rule 3) — " + NONE + ". " + NODATE),
        S(["四"], [], [], **at(X07, "\n四、"),
          note="「四、继续坚持评比制度、安全管理制度,建立长效管理机制,…进一步加强清洁工和保洁人员的管理,落实责任,定岗定人,定楼院,…」 — 落实 with no "
               "subject, 清洁工和保洁人员 hired persons (Round 85 on x322_01 一、（五））— " + NONE + ". " + NODATE),
        S(["七"], [], [], **at(X07, "\n七、"),
          note="「七、认真做好春、秋两季的灭鼠活动」 — the excerpt ends here (the page as stored goes no further; " + CUTVERB + ": 做好) — " +
               CHILDLESS + " — " + NONE + ". 春、秋两季 names the seasons the work recurs in, no count of events and no date (round 34). " +
               NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 一–七, childless points that each give work; " + NOUNITS + ". Accepted: 0 (the points read as top-level "
            "sections with no numbered children, plans-dev EXPECTED.md lines 21–25 read strictly; plans-dev 03's exception needs "
            "units)",
            "六's 「元旦、春节、五一节、国庆节等重大节日期间」 and 「爱卫日、世界无烟日、全国爱牙日」 name occasions the work falls in (Round 97 on x354_03: "
            "a period named as the occasion dates nothing); 五一 is a name"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x362_08_shengpu-shequ-chengxiang-jiemei-xingdong-gongzuo-jihua.txt"
SHENGPU = ["圣浦社区"]
plan(X08,
     title_note="no title checked: the page opens with its preamble 「为进一步加快推进圣浦社区基础设施建设,…其工作计划如下:」 and prints no title line "
                "(round 48; Round 89 on x332_06; x356_03 alike)",
     doc_no="", issuer="圣浦社区 (a 场镇's 社区; 「社区」 speaking of itself) — named", date="not shown",
     level="community (a 社区's own 城乡洁美行动 plan, 「按照上级关于开展“城乡洁美行动”的意见」; its 各组, 各户, 居民组长)",
     source=source("http://fanwen.pc004.com/gongzuojihua/2010/0302/19947.shtml"),
     style="a 范文 site's page: preamble, 一、…工作思路 (one paragraph), 二、…工作计划 with 1、–3、 each a heading line over one paragraph, "
           "then an unnumbered paragraph 「圣浦社区将根据属地管理原则,…做到有奖有罚」 CUT at the page's end",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、社区洁美行动工作思路"],
     samples=[
        S(["二", "1"], [], [], **at(X08, "\n1、"),
          note="「1、成立圣浦社区城乡洁美行动工作领导小组。 / …社区决定首先成立社区城乡洁美行动工作领导小组,领导小组分工负责,各施其责,相互配合,…对工作职责中存在的问题进行督导检查,…」 — "
               "a line that sets a group up and gives it work by a verb is a task naming none (Round 84's governs, p61d-2; Round 85 on "
               "x320_04 二/(一)), the group no unit (rule 3; round 73); 社区 with 决定…成立 is outside rule 2 (" + CALL + ") — " + NONE +
               ". " + NODATE),
        S(["二", "2"], [], [], **at(X08, "\n2、"),
          note="「2、加大宣传,使社区“城乡洁美行动”家喻户晓。 / 社区将通过会议,集中学习,印发资料,利用板报、标语、活动等加大对社区进行广泛宣传,…」 — 社区 "
               "with 通过…宣传, 加大 outside rule 2 (" + CALL + ") — " + NONE + ". " + NODATE),
        S(["二", "3"], [], SHENGPU, responsible_alternatives=[[]], **at(X08, "\n3、"),
          note="「3、制定实施细则,出台监管制度。 / 社区将切实履行“城乡洁美行动”相关职责,制定实施细则,…通过责任到人,定期流动监管。 / 圣浦社区将根据属地管理原则,…对社区各组、各户、个人进行管理,对城乡洁美行动工作认真落实,加强领导,明确责任,…并把“城乡洁美行动”纳入年终考核内容,对各居民组长、负责人进行严格考核,做到有奖有罚」 (" +
               CUT + ") — the unnumbered paragraph after the section's last item that gives work is that item's body (round 32; Round 85 "
               "on x322_03), and in it 圣浦社区, the issuer speaking of itself (round 30: 「我委」「本局」 a unit as printed), is the "
               "subject of 落实 with the action's own work as its object (rule 2; Round 83 on x312_03 三/2: 落实 with the plan's own "
               "measures); 履行…职责 names none (round 67), 各组、各户 and 居民组长 are the objects of 管理 and 考核. Responsible "
               "[圣浦社区], lead []. RULING? 6: the paragraph read as the plan's closing text over all of 二 (round 38's closing "
               "paragraph is an article's), 3 naming none — [] accepted. 「年终考核」 is a yearly review, no deadline (round 34). "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/1–3 (3 CUT in its trailing paragraph). 一、社区洁美行动工作思路 (「继续坚持“以人为本,服务居民”的工作理念,以创建…为载体,…为目标,…」) "
            "is a point of aims and principles, a section (plans-dev EXPECTED.md lines 21–25; Round 84's p61c-1 keeps such points "
            "sections). Accepted: 4 (一 read as a childless point that gives work: 开展“城乡洁美行动”)",
            "the name is printed twice, 「社区」 and 「圣浦社区」; the answer gives the one printed in the clause (rounds 43, 48: no name "
            "is rewritten)"])

write_collected(DIR)
