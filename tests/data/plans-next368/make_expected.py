# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next368/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c368, round 69, for round 70: eight page openings of township (乡), town (镇),
street (街道), village (村) and community (社区) work from outside Shanghai, in fields other than festivals — a 社区's
2012年计划生育工作计划 whose page opens at 二、 (二–七 childless); a ××村环境卫生管理制度 (1.–8.); 胡村乡环境卫生管理制度 (one run-on
line, 一–五 with 三/(一)–(三), 五 CUT); 解放街道 (嘉兴 南湖区) 2015 社区工作者满意度测评 notice (一–五, 四/1.–3., 五/1.–2.); a 镇2010年度
安全生产目标责任书 (一/1、–13、 run on, 二/1、 CUT); a 2022村级防汛应急预案 第1篇 (沙镇's 本村: l、, 2、/2.1–2.2, 3、/3.1 CUT); a 全鎮計劃生育
打算 in traditional characters (一 指導思想, 二 1、–11、 rates, 三/(一)–(二), (二) CUT); and a 社区居委会双拥工作计划一 (1、–4、 quarters of
200*年 over unnumbered activity lines, 4、 CUT)): never tune the parser on them (see README.md). Only `line` and `title_starts`
are looked up in the text (by ``at_line_in`` of ../plans/expected_tools.py); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the notes; readings CONVENTIONS does not
settle say RULING?). Neither the parser nor the scorer was run on these plans by c368.

    PYTHONPATH=. python tests/data/plans-next368/make_expected.py tests/data/plans-next368
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
        "落实, A组织＋work, A会同B…; round 30: a closed list; Round 100's governs on p68j): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post or group of persons (round 43) however the clause is built"
CALL = ("outside articles the subject of a verb outside rule 2's closed list names none, whatever 要／应 stands before it "
        "(Round 100's governs on p68j; round 30: 开展 without 组织, 召开 without 组织, 实行, 加强, 做好, 建立 outside the list)")
NOSUBJ = "组织 with no subject printed names no doer (rule 2 gives the subject of 组织＋verb; round 30: the object of 组织 is no unit)"
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 88's p63e-1; Round 91 on "
           "x338_02 「三、加强基」)")
CUTNOVERB = "a cut line that prints no verb of work is no task (round 71; Round 95 on x348_03; Round 97 on x354_05; Round 99 on x362_02 六/3)"
NOUNITS = ("on a page that names no unit every numbered leaf that gives work is a task (plans-dev 08; seed 003; Round 95 on "
           "x349_01 and x348_06 五; Round 97's governs on x356_03)")
CHILDLESS = ("a childless point that gives work is a task (Round 84's p61c-1; Round 95 on x349_01; Round 99 on x362_05); "
             "only 工作目标／指导思想／总体要求／基本原则 points of aims and principles stay sections (plans-dev EXPECTED.md lines 21–25)")
RHYTHM = ("events the item holds in a rhythm or as a single event are its own number of work, 1 次 included (Round 84's p61e-1; "
          "Round 90 on x333_03; Round 99 on x362_01 一/3 and x363_01 五、（一））, the period (每季度, 每月, 每星期) no target and no "
          "deadline (round 34's recurring dates)")
OWNWORK = "the number of the item's own work is its target (round 37; round 49's 「改造100户」; Round 93 on x342_04, x342_06)"


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone by json.loads, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x368_01_shequ-2012-jihua-shengyu-gongzuo-jihua.txt"
plan(X01,
     title="2012年计划生育工作计划",
     title_note="line 1, the page's head and the only title line printed (round 48; Round 99 on x362_06: the headline stands where "
                "the text prints no other title)",
     doc_no="", issuer="a 社区 (「动员社区育龄妇女参加社区组织的妇检活动」, 「运用协会组织动员社区各界力量」) — unnamed", date="2012 (the head's year)",
     level="community (a 社区's own 计划生育 plan: 社区育龄妇女, 流动人口, 协会)",
     source=source("https://fanwen.qwyd.net/shuhan/jihuashu/314889.html"),
     style="a 范文 site's page: head, then 二、–七、 (the page as stored opens at 二、, 一、 not printed), each a childless point of one "
           "or two sentences; the stored page ends at 七、 (short, 1,553 bytes)",
     leaf_tasks=6, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二"], [], [], targets=[(95, "%"), (35, "%")],
          note="「二、提高优质服务工作。动员社区育龄妇女参加社区组织的妇检活动,做好…随访,随访率达到95%以上。继续开展优生检测工作,…确保怀孕妇女作优生检测的占当年出生人数的35%。」 — " +
               CHILDLESS + "; " + NOUNITS + "; 社区 is the place and the organiser of the 妇检 inside a noun's description (round 30: "
               "「参加由A组织的培训」), 育龄妇女 persons — " + NONE + ". 95 %: 达到…以上 (round 30's line). 35 %: the share the item's "
               "own work is to reach, a quantity written in the item (the head's targets, round 25; " + OWNWORK + ") — RULING? 1 (a "
               "figure with no comparison word read as a norm, round 30, unchecked). " + NODATE),
        S(["三"], [], [], targets=[(98, "%"), (100, "%")],
          note="「三、加强避孕药具服务和管理工作。…及时发放避孕药具,…*开展药具服务工作,…使药具应用率、有效率、随访率达98%以上,对重点人群随访率达100%。」 — "
               "no subject, 开展 without 组织 (" + CALL + "); 育龄妇女 and 流动人口 persons — " + NONE + ". 98 %: 达…以上 (round 30); "
               "100 %: 达 the short form of 达到 (round 30's list), the rate the item's own visits reach. The site's 「*」 is kept as "
               "printed. " + NODATE),
        S(["四"], [], [],
          note="「四、坚持经常性工作机制,加大入户力度,及时清理清查统计台帐、杜绝漏报、瞒报、错报计划生育统计信息。」 — a childless point naming the plan's "
               "acts (" + CHILDLESS + ") — " + NONE + ". 漏报／瞒报／错报 name faults of the records kept, no sending (EXPECTED.md's "
               "duties): no duty. " + NODATE),
        S(["五"], [], [],
          note="「五、通过多种形式在育龄妇女中开展预防艾滋病宣传教育工作。利用暑假、寒假两假期间组织青少年传播…知识,解答…,并提供力所能及的服务。」 — " +
               NOSUBJ + "; 青少年 persons — " + NONE + ". 「暑假、寒假两假期间」 names the yearly holidays the work falls in, recurring, "
               "no date (round 34); 两假 counts the holidays named, no number of work (unchecked). " + NODATE),
        S(["七"], [], [],
          note="「七、建立健全流动人口的管理工作。为他们提供生产、生活、生育等多方面的服务。」 — the page's last line; " + CHILDLESS + " — " + NONE +
               ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 二–七, childless points that each give work; " + NOUNITS + " (社区 a place, 协会 with no verb of rule 2: "
            "「运用协会组织动员社区各界力量」 reads 协会组织 as the association's body used as a means, with no subject; 组织 as a noun names "
            "none). Accepted: 0 (the points read as top-level sections with no numbered children, plans-dev EXPECTED.md lines 21–25 "
            "read strictly, as plans-next362 accepted for x362_07)",
            "六 「…定期召开协会会议,普及协会知识…」: the association's own meetings are no coordination of plan bodies and no report "
            "(Round 93 on x344_06; plans-next362 x362_01 一/4): no duty",
            "the missing 一、 is not supplied (round 48: only what is printed is read); paths are as printed"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x368_02_cun-huanjing-weisheng-guanli-zhidu.txt"
BANS = ("a village's 制度 binding its own villagers: what the party the rules regulate must do or must not do is owed work "
        "(Round 84's p61a-2; Round 91 on x338_08 「要求各组(学校)、农户严格执行…」; Round 93 on x346_03 第三十七条), a task naming none — "
        "RULING? 2 (the bans read as cautions to the public that give the plan's bodies no work, Round 95 on x348_04; Round 80)")
plan(X02,
     title="××村环境卫生管理制度",
     title_note="line 12, the piece's own title line with its mask as printed (round 48; Round 97 on x354_04: the text's own line "
                "wins over the site's headline 「村环境卫生管理制度」 on line 8, which stays the site's)",
     doc_no="", issuer="a 村 (「为把我村建成…」; masked ××村) — unnamed", date="not shown (「××××年×月×日」, masked; the site's 「时间:2010-03-03」 dates nothing, Round 78's p58d-2)",
     level="village (a 村's own 环境卫生 rules for its villagers)",
     source=source("https://wtabcd.cn/article/sort07/sort055/info-348.html"),
     style="a writing site's page: site lines, breadcrumb, headline, 时间／作者 line, the piece's title 「××村环境卫生管理制度」, 1.–8. one "
           "a paragraph, a masked date line, then the site's footer (the stored page ends there; 1,295 bytes)",
     leaf_tasks=8, count_alternatives=[5, 6, 7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], [],
          note="「2.道路两边的树木、花草及绿化设施,由专人浇水、修整,村民不得随意损坏。」 — 由专人 names persons (" + PERSONS + "; Round 90's "
               "staffing form: 专人 staff the work and name no one), 村民 persons — " + NONE + ". " + NODATE),
        S(["3"], [], [],
          note="「3.村民不得在门前、道路旁建厕所、搭窝棚或圈养家禽。厕所一律实行水冲式,建在住户院内,所有的家禽统一在规划的喂养区内或在自家院内饲养。」 — " +
               BANS + "; 村民 persons — " + NONE + ". " + NODATE),
        S(["4"], [], [],
          note="「4.村民生活垃圾统一堆放在定点垃圾场地,及时清运,不得乱堆乱倒。」 — 清运 with no subject (the village's own collection), 村民 "
               "inside the noun 村民生活垃圾 — " + NONE + ". " + NODATE),
        S(["6"], [], [],
          note="「6.村内道路实行定期清扫,保持清洁。」 — an act with no subject is the rules' own body's (round 65's x274_01; Round 93 on "
               "x346_01 第四条), 实行 outside rule 2 — " + NONE + ". 定期 prints no rhythm's figure (no target). " + NODATE),
        S(["8"], [], [],
          note="「8.环境卫生工作实行定期评比、奖优罚劣。」 — the village's own review of its households' sanitation is its work (round 65's "
               "x274_01: no subject); 「实行…」 here names the acts themselves, not a system later lines set out (Round 93 on x346_01 第六条; "
               "Round 97 on x358_02 第四条 read a bare 实行…制度 introducing later articles) — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves: 1.–8. " + NOUNITS + ": 专人, 村民 and 住户 are persons, no body is named. 1. 「为把我村建成…,环境卫生工作实行统一规划,"
            "分段管理,责任到人。」 read as the rules' own way of working (实行 with no subject, round 65's x274_01); 3. and 5. "
            "(「不得有乱停乱放车辆、堆放杂物、挤占道路的行为」) read by the bans bullet (RULING? 2); 7. 「集贸市场卫生管理应按“四自一包\"责任书落实」 "
            "as the market's sanitation carried out (落实 with no subject) under its own 责任书. Accepted: 7 (1. read as a purpose and a bare "
            "实行 that only introduces the lines after it, Round 93 on x346_01 第六条), 6 (3. and 5. read as bans on the public, Round 95 "
            "on x348_04), 5 (both)",
            "the site's slips are kept as printed: 「“安全文明村\"」 and 「“四自一包\"」 pair a full-width opening mark with an ASCII closing one"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x368_03_hucunxiang-huanjing-weisheng-guanli-zhidu.txt"
plan(X03,
     title="胡村乡环境卫生管理制度",
     title_note="the piece's own head, run into line 1 after the document site's tag 「精选优质文档-倾情为你奉上」 (a site's tag beside the "
                "piece is chrome, Round 87 on x325_03; round 48's title line) — RULING? 3 (the whole run 「精选优质文档-倾情为你奉上胡村乡环境卫生"
                "管理制度」 as printed; the answer checks mine only)",
     doc_no="", issuer="胡村乡 (「使我乡环境卫生整治工作取得明显成效」) — named", date="not shown",
     level="township over its villages (a 乡's 制度 for 村环境卫生管理)",
     source=source("https://m.wenke99.com/p-8381275.html"),
     style="a document site's page flattened to ONE line (1,332 bytes; the stored page ends at 「五、任何单位和个人都不得在公共道路两侧」): tag, "
           "head, preamble, 一、–五、 run on, 三、 over (一)–(三) (ASCII brackets) run on; the PDF's line breaks are left as spaces inside "
           "words (「村民参 与」「张 贴」)",
     leaf_tasks=4, count_alternatives=[3, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、村环境卫生管理坚持以人为本、统一领导、村民参 与、互相监督的原则。",
                                   "二、村内单位和个人都有义务维护村容村貌和环境卫 生,…任何单位和个人都有劝阻、举报和控告的权利。"],
     samples=[
        S(["三", "(一)"], [], [], **at(X03, "要求是:(一)"),
          note="「(一)保持村容村貌整洁有序,无乱设摊点、乱搭建、张 贴、涂写、刻画、堆放等行为。」 — the lines under 三's 「村容村貌的要求是:」 are its "
               "items (round 34: numbers that run in order inside a line are items; round 48: paths as printed, ASCII brackets kept); "
               "keeping the villages tidy is the scheme's own work with no subject (round 65's x274_01) — " + NONE + ". " + NODATE),
        S(["三", "(二)"], [], [], **at(X03, "(二)"),
          note="「(二)在主干道路、公共巷道两侧单位、住户和经营户按照界定路段实行“门前三包 责任制,即:包卫生、包监督、包秩序。」 — 单位、住户和经营户 "
               "are the parties the 制度 binds (Round 84's p61a-2); written as points, not articles, so round 44 does not reach them and "
               "实行 is outside rule 2 (" + CALL + "; Round 99 on x364_03 三、（二）2: a 意见 written as points) — " + NONE +
               ". 单位 alone is no kind (Round 91 on x339_04 第八条). " + NODATE),
        S(["三", "(三)"], [], [], **at(X03, "(三)"),
          note="「(三)保持村环境卫生整治,妥善处理规范“五堆” 即:“柴堆、草堆、粪堆、沙石堆、垃圾堆” 。」 — no subject — " + NONE +
               ". 五堆 names a set (a name with a digit word): unchecked. " + NODATE),
        S(["四"], [], [], **at(X03, " 四、"),
          note="「四、村内的建筑物和其他设施应保持整洁、完好、美观、 安全。安全设施应当符合安全规范要求,如有损坏,产权单 位或个人应当及时维修和更换。」 — " +
               CHILDLESS + "; the repair sits inside 如有损坏, rule 3's case, and 维修 is outside rule 2 (points, not articles); the "
               "building's state is Round 85's facility form with no act of rule 2 — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 三/(一)–(三) and 四. 一、 is a point of principle naming no doer, a section (p51e; Round 91 on x336_05 一; "
            "plans-dev EXPECTED.md lines 21–25); 二、 states the rights and duties of 任何单位和个人, a rule on anyone that gives the "
            "plan's bodies no work (Round 80; Round 91 on x336_07 一/4: 「任何单位和个人」 binds anyone), a section; 五、 「任何单位和个人都不得在"
            "公共道路两侧」 is cut before its verb and binds anyone (" + CUTNOVERB + "; Round 80): no task. " + NOUNITS + ". Accepted: 3 "
            "(三/(一) read as a state the villages are to be in, Round 87's state-only line, text), 5 (二、 read as a task on the "
            "village's units and residents)",
            "三、's lead 「村环境卫生管理实行“门前三包和划定卫生管理区域制度。村容村貌的要求是:」 is no leaf (三 has children)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x368_04_jiefang-jiedao-2015-shequ-gongzuozhe-manyidu-ceping.txt"
SPAN = ("「一、考评时间 2015年1月」: the review's own time field is its span, and items with no date of their own are due at its end "
        "(round 35: 「活动时间」 a stage span; round 42: a single day stated once for the whole activity; Round 95 on x348_06) — "
        "deadline 2015-01 — RULING? 5 (the field read as a plan-level time that dates no item, Round 89's decided x330_05 field; "
        "round 43's no deadline)")
plan(X04,
     title_note="no title checked: the page opens at 「朗读」 (the site's read-aloud button) and the addressee line 「各社区、街道各部门」, "
                "and prints no title line (round 48; Round 89 on x332_06; x362_02 and x362_08 alike)",
     doc_no="", issuer="解放街道 (嘉兴 南湖区; 「经街道办事处研究」, 解放工委 cited) — named", date="2015 (the review in 2015年1月 of 2014年度)",
     level="street over its 6 communities (「街道所辖6个社区的全体社区工作者」)",
     source=source("http://nbxinxi.com/a/nanhuqu/20210601/146476.html"),
     style="a news site's page: 「朗读」, the addressee line, preamble, 一、–三、 fields (时间, 内容, 考评组成员), 四、考评方式 with a lead paragraph "
           "over 1.–3. (each 「label:」 run in), 五、考评步聚 over 1.–2.; the stored page ends at 五/2 (1,755 bytes)",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、考评时间", "二、考评内容", "三、考评组成员"],
     samples=[
        S(["四", "1"], [], ["街道考评工作领导小组"], dl="2015年1月", dln="2015-01",
          note="「1.街道综合考评:由街道考评工作领导小组根据社区工作者履行的岗位职责、…从德、能、勤、政、廉五个方面进行测评,每项占6分。」 — the label 「街道综合"
               "考评:」 names a part of the review, no body (rule 1 has nothing to give); the agent of 由 with a verb of doing (进行测评) "
               "is a doer (rule 2; Round 78 on x293_01 3.4: a group named by its name is a doer) — responsible [街道考评工作领导小组], "
               "lead [] (the group as lead accepted, plans-dev 03 一). 五个方面 and 每项占6分 are the review's scale of marks, a class "
               "results are put through (round 58; Round 91's governs on x335_02 第十六条): unchecked. " + SPAN),
        S(["四", "2"], [], [], dl="2015年1月", dln="2015-01",
          note="「2.社区干部互评:召开社区工作者互评会,从品德言行、…纪律性等10个方面进行测评,每项占1分。」 — no subject; 召开 without 组织 outside "
               "rule 2 (" + CALL + ") — " + NONE + ". 10个方面, 每项占1分: the scale of marks (unchecked, as 四/1). " + SPAN),
        S(["四", "3"], [], [], targets=[(50, "人"), (70, "%")], dl="2015年1月", dln="2015-01",
          note="「3.基层群众测评:按照《…测评办法(试行)》(嘉南民[2013]23号)要求,测评对象包括社区居民小组长、党员、普通居民代表,参与人数不少于50人,其中普通居民代表不少于70%。」 — "
               "the third part of the review carried out by the cited rules, its floors joined to 不少于 (round 30's line: targets "
               "50 人, 70 %); 嘉南民[2013]23号 a document number (not a target) — " + NONE + " (the cited 办法 is a basis, residents "
               "persons). RULING? 4: the line read as who takes part, a field of the event (Round 99 on x360_03 五/1; round 50's "
               "x234_02) — no task, count 4 accepted. " + SPAN),
        S(["五", "1"], [], [], dl="2015年1月", dln="2015-01",
          note="「1.各社区工作者对全年度工作进行梳理总结,填写《解放街道社区工作者满意度测评登记表》(见附件)。」 — 社区工作者 are persons (" + PERSONS +
               ") — " + NONE + ". Filling in the form is a step of the review, not a sending to a body (EXPECTED.md's duties): no duty; "
               "「(见附件)」 names an attachment the page does not print (nothing counted from it). " + SPAN),
        S(["五", "2"], [], [], dl="2015年1月", dln="2015-01",
          note="「2.各社区召开群众满意度测评会及社区工作者互评会,社区工作者逐一进行年度述职。」 — 各社区 with 召开 (no 组织), a kind as the subject of a "
               "verb outside the closed list (" + CALL + "), and 各社区 is also part of the addressee line (Round 91 on x336_07 二: named "
               "apart, but with no rule-2 verb) — " + NONE + ". The workers' 述职 at the meeting is the review's own step, no report "
               "sent (Round 93 on x344_06): no duty. " + SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 四/1–3, 五/1–2. 一、考评时间 (a time field, Round 85 on x319_03 四; Round 93 on x342_02), 二、考评内容 (the review's "
            "scope) and 三、考评组成员 「由街道办事处分管领导牵头,街道五大办等部门人员组成」 (a composition; the 牵头 leader is a person, round 30; "
            "「由A、B组成」 members, rule 3) are sections. 四's lead 「社区工作者满意度测评由三部分组成,…实行100分制,街道综合考评占30%、社区工作者互评占10%,"
            "基层群众测评占60%。」 is no leaf (四 has children); its 100分制 and weights are the review's scale (unchecked). Accepted: 4 "
            "(四/3 read as a field of who takes part, RULING? 4)",
            "嘉南民[2013]23号 and 解放工委[2014]58号 are document numbers; 2014年度 names the year reviewed (no target, no date of the work)",
            "the site's slip 「考评步聚」 is kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x368_05_zhen-2010-anquan-shengchan-mubiao-zerenshu.txt"
AIMS = ("items of a 目标 part that only state a level to hold (「…死亡数为零」「…调解率100」) state aims and are not tasks, those that name "
        "work to do are (Round 87 on x326_08; Round 91 on x338_06; Round 85 on x320_08)")
plan(X05,
     title="镇2010年度安全生产目标责任书",
     title_note="line 1, the text's own head (round 48); the masked town name is not supplied",
     doc_no="", issuer="a 镇 (「经镇党委、政府研究决定」; 本镇, 各村(居)委会) — unnamed", date="2010 (the head's 年度)",
     level="town over its villages and residents' committees (「各村(居)委会每月至少召开一次…专题会」)",
     source=source("http://www.qq94.com/fjx/lbTe11.html"),
     style="a document site's page: head, then ONE run-on paragraph (preamble, 一、目标 with 1、–13、 run on, 二、责任人的职责1、 CUT at 「安全生产坚持属」); "
           "the site's page break 「作\\nf业船只」 splits 一/6 over lines 2–3; the %-signs are not printed (「达100」「90以上」「调解率100」)",
     leaf_tasks=3, count_alternatives=[4, 13, 14], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "2"], [], [], targets=[(1, "次"), (100, ""), (90, "")], **at(X05, ";2、"),
          note="「2、广泛开展宣传教育,强化安全培训,增强安全意识,每季度定期召开一次“三主一员”安全专题培训会议,“三对主一员”(车主、船主、业主、驾驶员)的培训教育面达100。各村(居)委会每月至少召开一次村民和场镇居民安全生产专题会,每星期召开一次广播会,对村(居)民安全教育培训面达到90以上。」 — " +
               AIMS + ": this one names work; 各村(居)委会 is the subject of 召开 without 组织, outside rule 2's closed list (" + CALL +
               ") — " + NONE + ". 1 次: " + RHYTHM + " (每季度…一次, 每月至少…一次, 每星期…一次 all 1 次). 100 and 90: the coverage the "
               "training reaches, joined to 达／达到…以上 (round 30's line), the %-sign not printed, so the unit is empty as printed "
               "(round 48: only what is printed is read; Round 93's decided bare ratio written with unit \"\") — RULING? 7 (the % supplied from the sense, or the figures unchecked). " + NODATE),
        S(["一", "3"], [], [], **at(X05, "。3、"),
          note="「3、按照《安全生产法》的要求,及时排查整改辖内的各种安全隐患;」 — work with no subject — " + NONE + ". " + NODATE),
        S(["一", "6"], [], [], targets=[(1, "次")], **at(X05, ";6、"),
          note="「6、本镇籍船舶事故死亡人数为零。本籍区内无“三无”船舶和非法造船窝点,每月对所辖区域的客运船、渔船、作 / f业船只及渡口安全进行一次检查,对检查出的安全隐患定人、限时整改;」 — "
               "beside its aims the line names the town's own monthly check (" + AIMS + "); no subject — " + NONE + ". 1 次: " + RHYTHM +
               ". 零 (为零) names the level held, a state (unchecked); 「三无」 a name. The stored line break 「作\\nf业」 (the site's page "
               "break) joins nothing and splits nothing (Round 97 on x353_02 line 101: a stored line break is the layout's). " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一/2, 一/3, 一/6. " + AIMS + ": 4、5、7、–13、 state levels to hold (为零, 调解率100, 处理率100, 无…作坊, 无安全事故发生), "
            "no tasks; 1、 「按时完成县政府下达的各项安全生产任务」 names only work others hand down, text (Round 84's p61a-1; Round 91 on "
            "x338_02 二/(二)/6). 二、责任人的职责 「1、安全生产坚持属」 is cut inside a statement of principle (坚持 a principle's verb) — "
            + CUTNOVERB + " and a principle naming no doer stays no work (p51e): no leaf. " + NOUNITS + " (no item names a body by "
            "a rule-2 form). Accepted: 4 (1、 counted), 13 (every line under 一、 counted, plans-dev 08 read for every numbered leaf), 14 "
            "(and 二/1)",
            "figures inside nouns naming a class of accident or fire (「千元以上火灾事故」 in 7、) are classes (round 58; Round 93 on x344_01): "
            "not sampled; 2010年度 names the year (not a target); no duty: the training meetings and the villagers' 专题会／广播会 are "
            "no coordination of plan bodies and no report (EXPECTED.md's duties; Round 93 on x344_06)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x368_06_cun-2022-fangxun-yingji-yuan-pian1.txt"
plan(X06,
     title="2022村级防汛应急预案",
     title_note="line 2's piece head 「2022村级防汛应急预案 第1篇」 less its piece mark 第1篇 (Round 99 on x360_01, x360_04, x362_06: "
                "compilation marks taken off; a year in the head is the head as printed); line 1 is the site's blurb run into the "
                "piece's opening words",
     doc_no="", issuer="a 村 of 沙镇 (「本村位于沙镇东部,位山三干渠左岸」) — unnamed", date="2022 (the head's year)",
     level="village (a 村's own 防汛 plan: 村支书, 村委会主任, 村组户三级)",
     source=source("https://yitaipharma.com/fanwendaquan/zhuantifanwen/94055.html"),
     style="a 范文 site's page: a blurb line, the piece head, preamble, 「l、基本惜况」 (the site's l for 1) with three description "
           "paragraphs, 2、组织指挥 over 2.1–2.2 (each a heading line over paragraphs), 3、监测预警 over 3.1 (run in) CUT at 「落实专人分别负责监测」",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["l、基本惜况"],
     samples=[
        S(["2", "2.1"], [], [], **at(X06, "\n2.1"),
          note="「2.1建立村级防汛指挥体系 / 村级防汛指挥机构由村支书任指挥,村委会主任任副指挥,…任成员,并明确职贵分工。 / 各成员分片包千,做好…监督巡查工作,并按职责分工配合组织指挥好本村监测预警、抢险救灾和转移安置等工作。」 — "
               "a point that sets a group up and gives it work by a verb is a task naming none, a composition alone a section (Round "
               "84's governs, p61d-2; Round 97 on x356_01 一); the members are persons (" + PERSONS + "), and 各成员 as the subject of "
               "配合组织指挥 is persons — " + NONE + ". Paths as printed: 2.1 under 2、 (round 48; Round 74 on x293_01 2.2). " + NODATE),
        S(["2", "2.2"], [], [], **at(X06, "\n2.2"),
          note="「2.2健全村组户三级联动机制 / …统筹划分防汛责任区,每区明确安全责任人,负责区域内预警传达、…人员转移等工作 / 对村易发灾害点重住户情况进行进行统计,…分别落实安全责任人。」 — "
               "the 责任人 who 负责 are persons (rule 3's nouns; " + PERSONS + "), and 落实＋persons staffs the work (Round 90's "
               "governs on the staffing form) — " + NONE + ". " + NODATE),
        S(["3", "3.1"], [], [], **at(X06, "\n3.1"),
          note="「3.1监测信息当地降雨、水情、洪涝灾情及与村相关水库、河道、塘坝等工程安全情况等。 / 落实专人分别负责监测」 (" + CUT + "; " + CUTVERB +
               ": 负责监测) — the heading 「监测信息」 run into what is watched, then 落实专人 staffing the watch (Round 90's governs; Round 97 on "
               "x356_06 三/1) — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 2/2.1, 2/2.2, 3/3.1 (3.1 CUT). 「l、基本惜况」 describes the village (781亩, 300余亩, 10余户: present figures, round "
            "33), a section; its 「l」 is the site's slip for 1 and the path is written as printed (round 48; Round 95 on x350_07: a slip "
            "in a number is no reason to lose a line). 2、 and 3、 have children. " + NOUNITS + ". Accepted: 2 (3.1 read as cut with its "
            "work only a staffing, Round 90: no work of its own)",
            "the site's slips are kept as printed: 「基本惜况」「负贵人」「职贵分工」「包千」「区城」「进行进行」「只说」"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x368_07_quanzhen-jihua-shengyu-dasuan.txt"
plan(X07,
     title_note="no title checked: the page opens at the site's 「前言:本站為你精心整理了全鎮計劃生育打算范文,…」 and the text prints no title "
                "line; the site's headline is not part of the excerpt (round 48; Round 89 on x332_06; x362_02 alike) — the 前言's "
                "「全鎮計劃生育打算范文」 is the site's blurb, not a title line",
     doc_no="", issuer="a 鎮 in 湖南 (「我鎮」, 縣計生局, 《湖南省人口與計劃生育條例》) — unnamed", date="not shown (党的十七大: 2007–2012)",
     level="town (a 鎮's own 计划生育 plan: 村民自治, 流動人口)",
     source=source("http://www.zhsheng.cn/article/gongzuojihua/jhsyjh/201107/713241.html"),
     style="a 范文 site's page in traditional characters (ASCII \\\" quotes, full stops 「.」): 前言, preamble, 一、指導思想 (paragraph), 二、工作目標 "
           "1、–11、 (a rate a line), 三、工作措施 with a lead paragraph over (一)–(二) (heading lines over paragraphs), (二)'s paragraph "
           "holding a run-in 「一、突出以宣傳教育為重點…一是利用\\\"集中活」 CUT",
     leaf_tasks=2, count_alternatives=[13], attachment_task_rows=0,
     childless_top_level_sections=["一、指導思想"],
     samples=[
        S(["三", "(一)"], [], [], **at(X07, "\n(一)"),
          note="「(一)主攻一個目標 / 在進一步深化計劃生育優質服務,全面推行計劃生育村民自治和加強流動人口孕前管理的同時,以穩定全鎮低生育水平,確保計劃生育率為主攻方向,嚴格控制違法生育,堅決杜絕多孩出生,…」 — "
               "work with no subject (" + CALL + ") — " + NONE + ". 一個目標 names the item's theme (a count in its heading, no number "
               "of work): unchecked. " + NODATE),
        S(["三", "(二)"], [], [], **at(X07, "\n(二)"),
          note="「(二)突出二大重點 / 今年,全鎮計劃生育工作的重點:一、突出以宣傳教育為重點,利用各種形式,在全鎮范圍內廣泛深入開展《人口與計劃生育法》…等\"一法四規\"的全民普法教育.一是利用\"集中活」 (" +
               CUT + "; " + CUTVERB + ": 開展) — the 「一、」 printed inside the paragraph (not at a line's start) is the first of the two "
               "重點 the heading counts, no item of its own on this page (round 48: paths as printed; the second is not printed) — " + NONE +
               ". 今年 names no year (round 48), 二大重點 and 一法四規 are names. " + NODATE),
     ],
     plan_targets=[(98, "%"), (100, "%"), (80, "%"), (95, "%"), (90, "%")],
     phases=[], duties=[],
     notes=["2 leaves: 三/(一), 三/(二) ((二) CUT). 一、指導思想 is a point of aims and principles, a section (plans-dev EXPECTED.md lines "
            "21–25; p51e). 二、工作目標 1、–11、 (「計劃生育率98%」「統計準確率100%」…) are noun lines that only state the levels the plan "
            "aims at, with no work: items that only state aims are not tasks (Round 87 on x326_08; Round 91 on x338_06) — RULING? 6 "
            "(every numbered leaf of a page that names no unit a task, plans-dev 08 as Round 95's governs on x350_02 read 力争 lines: "
            "13 accepted). " + NOUNITS + " (我鎮 and 全鎮 act with no verb of rule 2; 縣計生局 is the basis of the plan). 三's lead "
            "paragraph 「圍繞上述工作目標,…具體措施:主攻一個目標,突出二大重點,實施三項考核,做到四個確保.」 is no leaf (三 has children)",
            "plan targets: the goal lines' rates, in a part that holds no task (Round 35's plan targets; Round 99 on x363_04: a figure "
            "in an aims part that is no task is the plan's) — 98 %, 100 %, 80 %, 95 %, 90 % (each figure once; the scorer finds a plan "
            "target among all the plan's targets). 7、's 「(其中兩次以上未查環查孕人數≤1)」 is unchecked: 兩次以上 describes the fault "
            "counted (round 31's second exception) and ≤1 bounds a count of persons with no unit word"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x368_08_shequ-juweihui-shuangyong-gongzuo-jihua.txt"
QUARTER = ("the item's heading 「200*年N--M月」 names the quarter its activities fall in, the year masked: only what is printed is "
           "read and a masked year is not filled (round 48; Round 97 on x354_02; Round 99 on x360_04) — the deadline is not checked, "
           "and no phase is checked (a phase needs its year)")
plan(X08,
     title="社区居委会双拥工作计划",
     title_note="the headline on line 1 and the piece head 「社区居委会双拥工作计划一」 less its piece mark 一 (Round 99 on x360_01, x360_04, "
                "x362_06: compilation marks taken off); the head repeated on lines 1, 5 and 9 is one title",
     doc_no="", issuer="a 社区 (「我社区」, under 街道双拥办) — unnamed", date="not shown (「200*年」, masked; the site's 「时间:2020-10-21」 dates nothing)",
     level="community (a 社区居委会's own 双拥 year plan under its 街道)",
     source=source("http://yjbys.com/gongzuojihua/1100825.html"),
     style="a 范文 site's page: headline, 时间 line, blurb, the piece head 「…计划一」, preamble 「现将全年工作安排如下:」, 1、–4、 quarter headings "
           "(「200*年1--3月」) each over unnumbered activity lines, indented two spaces with blank lines between; the site's ad text "
           "「军文秘114,全国公务员共同天地」 runs into 1、's first line and stands alone in 3、; 4、 CUT at 「在元旦、春节前与」",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [], targets=[(1, "次")], dl="200*年1--3月", skip_deadline=True,
          note="「1、200*年1--3月: / 节前在社区内开展一次“…共建洁净家园”的宣传和干社员卫生整治活动。 / 给社区单位和社区居民发“争创双拥模范社区致广大居民的公开信”。 / 在春节前夕召开军民座谈会,共商双拥事宜。 / 组织社区干部,中小学生对社区的烈、军属进行走访慰问,…」 — "
               "the lowest numbered item, its unnumbered lines its text (plans-dev EXPECTED.md: leaves are the lowest numbered items); " +
               NOSUBJ + "; 开展 and 召开 without 组织 with no subject; 社区 a place — " + NONE + ". 1 次: " + OWNWORK + " (开展一次; "
               "Round 99 on x362_01 一/3: 1 次 included). " + QUARTER),
        S(["2"], [], [], targets=[(1, "期"), (1, "次")], dl="200*年4--6月", skip_deadline=True,
          note="「2、200*年4--6月 / 在社区内出板报1期宣传双拥工作各项事迹; / 巩固社区环境,组织部队官兵在社区开展一次卫生整治活动,… / 请社区医院的医生为社区优抚对象进行免费义诊。」 — " +
               NOSUBJ + " (部队官兵 the object, persons); 「请A＋verb」 is the request form of rule 2 only before 负责／牵头／组织 (round 30), and "
               "here 请 asks doctors (persons) to 进行 a clinic — " + NONE + ". 1 期 and 1 次: " + OWNWORK + ". " + QUARTER),
        S(["3"], [], [], targets=[(1, "次")], not_targets=[(60, "周年"), (78, "周年")], dl="200*年7~9月", skip_deadline=True,
          note="「3、200*年7~9月 / 利用暑期,组织社区志愿者结合亚太市长峰会的来临,上街开展文明劝导工作。 / 在抗日战争60周年和庆建军节78周年之际,请共建部队退休老干部对社区中、小学生讲革命传统教育故事。 / … / 在建军节前夕,与共建部队开展一次“军民联谊”活动。」 — " +
               NOSUBJ + "; 请 with persons (老干部) and 讲; 「与B开展」 is no rule-2 form (开展 without 组织; Round 95 on x351_04 第七条) "
               "— " + NONE + ". 1 次: " + OWNWORK + ". 60 周年 and 78 周年 name the anniversaries (names with digits, the head): "
               "not targets; the ad line 「文秘114,…」 is the site's. " + QUARTER),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 1、–3、. 4、 「4、200*年10~12月 / 在元旦、春节前与」 is cut before any verb: " + CUTNOVERB + ": no leaf; 4 accepted "
            "(the quarter heading read as an item that holds the year's last activities). The activity lines are unnumbered "
            "paragraphs, each part of its quarter's item (round 32: a paragraph after an item is its body). " + NOUNITS + " (我社区 "
            "in the preamble has 开展, no rule-2 verb; 街道双拥办 is the basis)",
            "no duty: the 座谈会 with the troops and the letters to residents are no report and no coordination rhythm of plan "
            "bodies (EXPECTED.md's duties)"])

write_collected(DIR)
