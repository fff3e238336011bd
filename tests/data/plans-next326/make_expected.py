# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next326/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c326, round 62, for round 63: ten page openings of township (镇／乡), street
(街道), community (社区) and village (村) work from outside Shanghai, in fields other than festivals — a 镇生活垃圾分类实施方案
(一 a 领导小组 whose office 负责…, 二 aims, 三 (一)–(三) CUT); a 文明村创立实施方案 一 (a 镇's 农村面貌改造提升 plan, 昌黎; a document
site's chunks 「1、」「2、」「3、」 cutting words; 一/(一) 四清 with 完成时限:2023年底, 1、2、3、(1)–(3) CUT); a 文明村创建 范文 1 (a
街道's “最差乡村” 摘牌 整改方案: a composition, aims, 11月中旬, 四/(一) 1.–3. with 由村委会安排人员清理 and 村干部牵头, (二) CUT); 秋洞村
市级“文明村”创建实施方案 (基本情况, 指导思想, 三/(一) 5000亩 CUT); 丁湖镇巡河工作具体要求 (1.–3. on one line: 至少1次／2次, 5分钟／
300米以上); 仰义乡安全生产工作职责规定(试行) (2009; a cover, 一–三 principles, 四/(一) 乡长职责 1、 每年至少2次 召开会议, 2、 CUT); a
乡镇安全生产责任制度 (articles 第一–六条, 第六条 安全生产责任分工 CUT); an XX村矛盾调解方案 (指导思想, 工作目标 1.–4. rates, 适用范围 CUT);
z镇z社区网格化管理制度 (一 社区居民委员会:, 二 网格长:, 三 网格员的职责 1、–5、, 每周一、四 报网格长); a 乡镇 防汛工作方案 (no title;
aims, 三 组织领导 with 各村(社区)…落实责任, 四 (一)–(三) 1./2., 五 1.–4. CUT)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate``, ``at_line_in`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1,
rule 2 and the rulings cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the
scorer was run on these plans by c326.

    PYTHONPATH=. python tests/data/plans-next326/make_expected.py tests/data/plans-next326
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, ONE, PAGES, S, article_in, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)
art = partial(article_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post (round 43; Round 77's x299_02 责任人) however the clause is built"
SETUP = ("a body the item itself sets up is none there, its 负责 included, and its office with it (rule 3; round 73; Round 81's "
         "x308_02; Round 83's x314_03 三; Round 85 turned x318_04 二's 办公室)")
GROUP_TASK = ("a point that sets a group up and gives it or its office work by a verb (负责…) is a task naming none, only a "
              "composition alone a section (Round 84's p61d-2; Round 83's x314_03 三; Round 85 on x320_04 二/(一) and x320_06 一)")
AIMS = ("a childless top-level aims point (目标, 目标任务, 工作目标, 指导思想, 总体要求) is a section unless a clause of it makes a body a "
        "doer by rule 2 (Round 80's aims form; plans-dev EXPECTED.md lines 21–25), no task and no sample")
AIM_ITEMS = ("主要目标／工作目标 items that state aims give no work, no tasks in any plan (rounds 49, 58: CONVENTIONS p51e and p55a, "
             "lines 2309–2312 and 3310–3318); their figures are the plan's (round 62's w52b)")
NOUNITS = ("the page names no unit by the ruled forms anywhere, so every numbered leaf that gives work is a task (plans-dev 08, "
           "seed 003)")
NOYEAR = ("no year is printed anywhere in the text (the site's date and a masked 【20xx】 are no plan's year): only what is printed "
          "is read (round 48), a mask is filled only from a fact the text prints (round 50; Round 85 on x318_02, x318_06 and "
          "x320_07): the deadline is written as printed and not checked")
HEAD_DATE = ("a heading's date is inherited by its items with no date of their own, as its units are (CONVENTIONS line 332, Round "
             "37's early rulings): (一)'s 「四清四化完成时限:2023年底」 dates 1、–3、, the 四清 themselves — 2023年底 is December of 2023 "
             "(round 33: 年底)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x326_01_zhen-shenghuo-laji-fenlei-shishi-fangan.txt"
plan(X01,
     title="镇生活垃圾分类实施方案",
     title_note="line 1, the document's title line as the page prints it before the preamble (the page shows no site headline "
                "in the excerpt)",
     doc_no="", issuer="a 镇 (unnamed: 「本镇」「我镇」; 「八村一社」; a city's 三年行动计划 masked 「*市」「20**」)",
     date="not shown (「于2022年持续巩固」 in 二)",
     level="town (镇; 各村、社区、镇属有关部门 as objects)",
     source=source("https://360online.cn/187827.html"),
     style="a 范文 site's page: the title, a preamble, 一、成立工作领导小组 (the group and its office's work in one paragraph), "
           "二、工作目标 (aims), 三、工作内容 (一)(二) headed run-in points and (三) CUT at 「就地处置,」, blank lines between paragraphs",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["二、工作目标"],
     samples=[
        S(["一"], [], [], responsible_alternatives=[["领导小组办公室"]], lead_alternatives=[["领导小组办公室"]],
          note="「一、成立工作领导小组 成立以书记、镇长为组长,分管领导为副组长的领导小组。领导小组办公室负责承担领导小组日常事务,协调各村、社区、镇属有关部门开展生活垃圾分类"
               "相关工作,督促落实领导小组议定事项、工作部署和要求,开展日常检查考评和督促等工作。」 — " + GROUP_TASK + ". Units: " + SETUP +
               "; 书记、镇长、分管领导 are persons (" + PERSONS + "); 各村、社区、镇属有关部门 are the objects of the pivot 协调 (round 30: "
               "协调 is no rule-2 verb, its object no unit) — " + NONE + ". [领导小组办公室] accepted (as Round 85 kept [办公室] on "
               "x318_04 二). " + NODATE),
        S(["三", "(一)"], [], [],
          note="「(一)因地制宜,合理规划。结合农村和社区实际,因地制宜,科学规划,合理布局环卫设施。因地制宜采取一村(社区)一建方式,同时科学选择适用处置模式,合理配备保洁员"
               "(分拣员),整体推进垃圾分类处理工作。」 — work with no subject, a headed point under 工作内容 (not a 目标／保障 item): a task "
               "naming none; " + NOUNITS + " — " + NONE + ". 「一村(社区)一建」 is a norm the building follows, no target (round 30: "
               "「原则上按500户配1名」), unchecked. " + NODATE + " (「于2022年」 stands in 二's aims: the plan's year dates an item only "
               "where 全年 or the year is printed in it, round 39; Round 82's p60e-3)"),
        S(["三", "(二)"], [], [],
          note="「(二)以点带面,逐步推进。开展城镇、农村生活垃圾分类投放、收集、运输、处理的试点,总结经验,以点带面,全面推进。以特色精品村,镇中心村,历史文化村,文明社区等为切入口,…"
               "」 — as (一): a task naming none (" + NOUNITS + "); 开展 without 组织 is outside rule 2's closed list (round 30) — " +
               NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一 (a group's set-up with its office's work), 三/(一), 三/(二). 二、工作目标 is aims (" + AIMS + "); 「在已完成的八村一社"
            "…基础上」 is a past outturn, no target. 三/(三) 「源头分类,循环利用。提倡城镇农村生产生活垃圾源头分类收集,就地处置,」 (" + CUT + ") "
            "is not counted: its run-in heading alone gives no work (round 63), and 提倡 urges whoever produces waste, no act of the "
            "plan's own bodies (a rule for the public is text: round 36; Round 80), the page cut before any other clause. RULING? 1: "
            "4 ((三) counted, 提倡 read as the town's own promotion work) is accepted",
            "one and the same reading of 一 gives no unit anywhere on the page, so the page is one that names no unit (plans-dev 08)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x326_02_wenmingcun-chuangli-shishi-fangan-yi.txt"
D02 = dict(dl="四清四化完成时限:2023年底", dln="2023-12")
plan(X02,
     title="文明村创立实施方案",
     title_note="line 1, the document's title as the site's chunk 1 prints it 「1、文明村创立实施方案 文明村创立实施方案一为全面贯彻…」: 「1、」 is "
                "the site's chunk mark (as c320 read x320_02), the title printed twice, the second time with its compilation "
                "piece mark 「一」 run into the preamble (a piece mark is chrome: Round 83 on x308_01, x314_06). The preamble names "
                "the plan 「我镇农村面貌改造提升行动实施方案」 in a sentence, no title line",
     doc_no="", issuer="a 镇 (「经镇党委、政府研究决定」; 新昌黎 — 昌黎, 河北: 冀发(2023)xx号)", date="not shown (2023: 冀发(2023), 2023年底)",
     level="town over its villages (我镇; 村内)",
     source=source("https://m.wnwk.com/doc/1453955.html"),
     style="a document site's preview in three chunks whose marks 「1、」「2、」「3、」 stand at line starts and cut words (「卫生 / 2、死角」, "
           "「私搭乱建、 / 3、村庄街道视野开阔」): title, preamble, 一、总体要求 标准和完成时限 (一)实施环境整治工程 (四清四化, 完成时限:2023年底) "
           "1、清垃圾 2、清杂物 3、清残垣断壁 with 工作要求／工作标准 run in and (1)–(3) under 3's 工作标准, CUT at 「影响道路通行的各」",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], [], [], **D02, **at(X02, "时限:2023年底。 1、"),
          note="「1、清垃圾。 工作要求。彻底清理村内街道、房前屋后、村庄周边、公共场所的各类积存垃圾,彻底消灭卫生 / 2、死角。 工作标准。村内无暴露垃圾和积存垃;无污水塘、"
               "臭水沟,…」 — the site's chunk mark 「2、」 cuts 「卫生死角」 and is chrome, no item (as c320 read x320_02's 「党 / 2、委」); the 工作标准 "
               "lines are states, the item's text (Round 81 on x308_04 二/(三)). " + NOUNITS + " — " + NONE + ". Date: " + HEAD_DATE +
               ". RULING? 2: no deadline ((一)'s 完成时限 read as (一)'s own field only) is the alternative, not written as accepted"),
        S(["一", "(一)", "2"], [], [], **D02, **at(X02, "现象。 2、"),
          note="「2、清杂物。 工作要求。清理村庄街道两旁乱堆乱放的柴草杂物、废弃建筑材料,清理村内散落粪堆、砖头瓦块等。 工作标准。彻底清理…,重点治理柴草乱放、粪土乱堆、"
               "垃圾乱倒、污水乱泼、畜禽乱跑等五乱现象。」 — as 1、: a task naming none. 「五乱」 is a name with a digit, no target. Date: " +
               HEAD_DATE + " (RULING? 2)"),
        S(["一", "(一)", "3", "(1)"], [], [], **D02, **at(X02, "工作标准: (1)"),
          note="「(1)对村内街道及两侧规划红线内私自建设的各种建筑物、构筑物、棚屋等违章建筑要限期全部撤除,做到房屋主体或院墙外无私搭乱建、 / 3、村庄街道视野开阔。」 — "
               "3、清残垣断壁 has numbered children under its 工作标准, so it is no leaf (Round 83 on x311_04 第十一条) and (1) is; the "
               "chunk mark 「3、」 cuts the sentence and is chrome. 要限期全部撤除 is work with no subject (" + NOUNITS + ") — " + NONE +
               "; 限期 prints no date. Date: " + HEAD_DATE + " (RULING? 2)"),
        S(["一", "(一)", "3", "(2)"], [], [], **D02, **at(X02, "视野开阔。 (2)"),
          note="「(2)对村内街道两侧有碍观瞻的坍塌破房和残垣断墙,有修整利用价值的要限期修缮,无修整利用价值的要限期撤除并进行清运,到达整齐美观的效果。」 — the two 的-clauses "
               "class the objects of one work (Round 81 on x307_01 第六条: no contingency), a task naming none — " + NONE + ". Date: " +
               HEAD_DATE + " (RULING? 2)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一/(一)/1, 2, 3/(1), 3/(2). 3/(3) 「对因自然、历史及人为等因素形成的影响道路通行的各」 (" + CUT + ") prints no verb: a cut "
            "line that gives no work is no leaf (round 71; Round 81's p60e-1 reads a cut word as work only where its verb is printed). "
            "Accepted: 5 ((3) counted)",
            "一's heading 「一、总体要求 标准和完成时限」 is printed so (a space for a lost mark); 一 has (一) under it, no section of aims",
            "the chunk marks 「1、」「2、」「3、」 at line starts are the site's, no items, though 「2、」 and 「3、」 look like 2、清杂物 and 3、清残垣断壁 "
            "(which the page prints inside the lines); paths follow the plan's own numbers",
            "no figures but names with digits: 「四清」「四化」「五乱」「五大工程」; 「(2023)」 is a document number's year"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x326_03_wenmingcun-chuangjian-shishi-fangan-fanwen-1.txt"
D03 = dict(dl="11月中旬摘牌", skip_deadline=True)
plan(X03,
     title="文明村创建实施方案范文",
     title_note="line 7, the piece's head line 「文明村创建实施方案范文(通用11篇)1」 less the compilation's mark 「(通用11篇)」 and the piece "
                "number 「1」 (Round 83 on x314_06: piece marks and a compilation's count are chrome; c320's x320_07 title 「…方案范文」). "
                "Line 1 「文明村创建实施方案」 is the site's headline. RULING? 3: the headline's words (the piece prints no title of its "
                "own; its text calls itself 「以下整改方案」) are the other reading, not written as accepted",
     doc_no="", issuer="a 街道 (「我街道」; 乡镇; 龙头村 its village)", date="not shown (「【20xx】49号」 masked; the site's 2024-06-13)",
     level="street over a village (我街道; 龙头村 村委会, 村两委)",
     source=source("https://m.ruiwen.com/gongwen/fangan/1173986.html"),
     style="a 范文 site's compilation, piece 1: the site's headline and date, its blurb, the piece head, a preamble (a 督办通知单's 整改方案), "
           "一、组织及机构 (a group and its members xxxx), 二、目标任务, 三、具体时间 (11月中旬摘牌), 四、整改措施 (一) heading, a lead-in paragraph, "
           "1.–3., (二)加强巡查, CUT; paragraphs indented by two spaces, blank lines between",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、组织及机构", "二、目标任务", "三、具体时间"],
     samples=[
        S(["四", "(一)", "1"], [], ["村委会"], responsible_alternatives=[[]], lead_alternatives=[["村委会"]], **D03,
          note="「1.针对龙头村内乱堆乱放问题。驻村干部、村两委第一时间通知相关村民在规定时间内清理龙上公路以及乡间小路、门前屋后的杂物乱堆乱放。对超出规定时间仍未自行清理杂物的"
               "村民,由村委会安排人员清理。」 — " + R2 + ": 通知 is outside the closed list (round 30), 驻村干部 persons (" + PERSONS + "); "
               "「对…仍未自行清理杂物的村民,由村委会安排人员清理」 — a step after a branch of the item's own work (round 42; Round 81 on "
               "x305_01 第十二条), the 的-phrase classing the objects, no contingency (Round 81 on x307_01 第六条) — and 由A with a "
               "verb of doing names A (rule 2; round 30): [村委会], lead [] (" + ONE + "). RULING? 4: 安排人员清理 is a pivot "
               "(round 30: a pivot's subject is a doer only by a rule-2 verb; 安排 outside it, Round 83 on x312_03 三/1), so none is "
               "accepted. Date: 三、具体时间 「11月中旬摘牌」 is the campaign's time (Round 77's x303_04), but " + NOYEAR),
        S(["四", "(一)", "2"], [], [], **D03,
          note="「2.针对龙头村内旱厕多等问题。村干部牵头开展在用旱厕排摸行动,摸清底数。明确整治数量。强力推进整治,实现明显区域旱厕清零、无用旱厕清零。」 — 村干部 are persons, "
               "and a person in the lead's place leaves the lead empty (round 30: 「由分管副区长牵头」 gives lead []); 明确, 推进 outside "
               "the list — " + NONE + ". Date: " + NOYEAR),
        S(["四", "(一)", "3"], [], [], **D03,
          note="「3.针对龙头村内卫生死角多,整体环境较差等问题。组建龙头村环境卫生整治专班,集中力量清理河流两岸、门前屋后、背街小巷卫生死角。并落实专人常态化开展道路环境卫生治理,"
               "实现美丽蜕变。」 — no subject; 组建 a team is outside the list, and 「落实专人…开展」 staffs the work, naming none (Round 85 "
               "turned x322_01 二、（三）: 「A落实／配备／确定专人（负责X）」 names none) — " + NONE + ". Date: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 四/(一)/1–3. 一、组织及机构 sets up a group and lists its members (组长:xxxx …) with no work given: a composition "
            "alone is a section (round 57's x255_03 三; Round 84's p61d-2). 二、目标任务 「创建美丽乡村,完成最差摘牌」 is aims (" + AIMS + "). "
            "三、具体时间 「11月中旬摘牌」 is a time field alone (Round 77's x303_04). (一)'s paragraph 「及时对接牵头部门及综合专班,…加大整治力度。」 "
            "is the text leading into its items (牵头部门 the object of 对接, no doer). (二) 「加强巡查,」 (" + CUT + ") is its heading "
            "alone, cut: a run-in heading alone gives no work (round 63). Accepted: 4 ((二) counted as naming its work, 巡查)",
            "「【20xx】49号」 is a masked document number; 「通用11篇」 the compilation's count; no figures"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x326_04_qiudong-cun-shiji-wenmingcun-chuangjian-shishi-fangan.txt"
plan(X04,
     title="市级“文明村”创建实施方案",
     title_note="line 9, the piece's own title line under the piece head 「文明村创建实施方案 篇1」 (line 7; the piece mark chrome, Round 83 "
                "on x314_06) and the site's lines 1–5 (its name, headline and 「…十五篇」). RULING? 5: line 7 less 「篇1」 "
                "(「文明村创建实施方案」) is the other reading, not written as accepted",
     doc_no="", issuer="秋洞村 (黄礤镇; 「我镇」 in the text: the 镇 writes of its village)", date="not shown (20xx masked)",
     level="village (秋洞村, 黄礤镇)",
     source=source("https://m.aidaidai.com/qiye/jihuafangan/131421.html"),
     style="a 范文 site's compilation, piece 1: the site's name and headlines, the piece head and its own title, 一、基本情况: (facts), "
           "二、指导思想: (aims), 三、工作措施: (一)、 a heading line and its paragraph CUT at 「大力发展」; colons after the top-level "
           "headings, 「(一)、」 with a stray 、",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、基本情况:", "二、指导思想:"],
     samples=[
        S(["三", "(一)"], [], [], targets=[(5000, "亩")], not_targets=[(3100, "亩")], **at(X04, "(一)、"),
          note="「(一)、抓好经济发展,建设生态农业村。 秋洞村将在现有3100亩佛手瓜面积的基础上,充分利用“三边”山边、田边、河边,继续扩大佛手瓜种植规模,使之面积达到5000亩的"
               "规模。同时,推进佛手瓜产业化进程,加快佛手瓜深加工研发生产步伐,提高产品附加值。大力推行科技兴农、富农步伐,大力发展」 (" + CUT + ") — the heading "
               "line and the paragraph under it are one item (the page's only numbered leaf). " + R2 + ": 秋洞村 is the subject of "
               "扩大, outside the closed list (round 30), and carried across the full stop (rounds 34, 49 p46d) to 推进／加快／推行, "
               "also outside it — " + NONE + ". Target: 「面积达到5000亩的规模」, 达到 + a quantity (round 30's line). Not a target: "
               "「现有3100亩」, a present figure (round 33: 现有／已完成 columns stay no target). 「三边」 a name with a digit. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 三/(一). 一、基本情况 states facts of the village (面积1471亩, 13个村民小组, 303户, 18131人, 4300元, 80%的农户 …): past "
            "and present outturns, no work and no targets (EXPECTED.md: past outturns are not targets). 二、指导思想 is aims (" + AIMS + ")",
            "the set's thinnest page: one leaf, one sample (the brief asked 2–4 a page; the page holds no second task)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x326_05_dinghu-zhen-xunhe-gongzuo-juti-yaoqiu.txt"
RIVER = ("镇级河长／村级河长 are posts held by persons (a 河长 is a named leader, not a body), and persons are never units "
         "(round 30; Round 83 on x312_05: posts in a label are persons; Round 77's decided x301_01 二/（二）: a post's duties given by "
         "verbs of work are tasks naming no unit)")
plan(X05,
     title="丁湖镇巡河工作具体要求",
     title_note="Round 87 (turned): round 65's x275_03 — the site's heading stands where the text prints no title — over Round 78's "
                "p58d-2 read for titles: the text prints no title and the reading bar 「正在阅读:【河长制政策落实】丁湖镇巡河工作具体要求」 "
                "(line 3) names the piece; 「正在阅读:」 and the category tag 【河长制政策落实】 are chrome, and p58d-2 makes what the site "
                "alone prints date nothing, not name nothing: none → 「丁湖镇巡河工作具体要求」",
     doc_no="", issuer="丁湖镇 (泗县, 安徽: the site's reading bar)", date="not shown",
     level="town and village (镇级河长, 村级河长)",
     source=source("https://www.sixian.gov.cn/public/25592/155659721.html"),
     style="a county site's short page: three numbered requirements run on one line 「1.… 2.… 3.…」, then the site's 「扫描二维码随身看资讯」 "
           "and its reading bar 「正在阅读:【河长制政策落实】丁湖镇巡河工作具体要求」 (313 bytes, the whole page)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [], targets=[(1, "次")],
          note="「1.镇级河长每月需要对每条责任河湖巡河至少1次。」 — numbers running in order inside one line are items (round 34; Round 83 "
               "turned x314_11 二/(二)), each a complete requirement with its actor: " + NOUNITS + ". " + RIVER + " — " + NONE +
               ". Target: 「至少1次」, 至少 + a count, 1 次 in a rhythm included (round 30's line; Round 83 on x320_09 二; Round 84's "
               "p61e-1). 每月 is a rhythm, no deadline (round 34); a patrol is no report or coordination, so no duty. " + NODATE),
        S(["2"], [], [], targets=[(2, "次")], **at(X05, "至少1次。 2."),
          note="「2.村级河长每月需要对每条责任河湖巡河至少2次。」 — as 1.: a task naming none (" + RIVER + "). Target: 至少2次 → 2 次 (round "
               "30's line). " + NODATE),
        S(["3"], [], [], targets=[(5, "分钟"), (300, "米")], **at(X05, "至少2次。 3."),
          note="「3.巡河时间需要达到5分钟以上,长度需要达到300米以上。」 — a limit on the patrols the plan's own posts make binds that work, a "
               "task naming none (Round 85 on x321_03 第九条; Round 77's x299_01 第六条: a line naming a limit on the work is one), "
               "no state of a standard's object. RULING? 6: text (a standard's terms for the patrol of 1. and 2.; count 2) is "
               "accepted. Targets: 5 分钟 and 300 米, 达到…以上 (round 30's line). " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["Round 87 (turned) names the title from the reading bar (title_note above); the builder's reading was: "
            "no title checked: the page prints no title line of its text; 「丁湖镇巡河工作具体要求」 stands only in the site's reading bar "
            "「正在阅读:【河长制政策落实】…」 (line 3), site chrome like a headline (c320's x320_02; Round 78's p58d-2: what only the "
            "site prints). RULING? 7: the reading bar's words (less 「正在阅读:」 and the tag 【河长制政策落实】) as the title is the other "
            "reading, not written",
            "3 leaves: 1.–3. Accepted: 2 (3. as text, RULING? 6). Lines 2–3 are the site's furniture, no items"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x326_06_yangyi-xiang-anquan-shengchan-gongzuo-zhize-guiding.txt"
HEADPOST = ("under 「(一)乡长安全生产职责」: a heading post's duties given by verbs of work are the plan's work carried in its body's name, "
            "tasks naming no unit (Round 77's decided x301_01 二/（二）; Round 81's decided x305_04 第七条), the 乡长 a person (" + PERSONS +
            ")")
plan(X06,
     title="仰义乡安全生产工作职责规定(试行)",
     title_note="line 7, the 规定's own title line under the cover (the cover prints no title line of its own; its text names the "
                "规定 in 《》)",
     doc_no="", issuer="中共鹿城区仰义乡委员会, 鹿城区仰义乡人民政府 (温州, 浙江)", date="2009-07-14 (二OO九年七月十四日)",
     level="township (仰义乡; 各村(居)、科室、驻村干部、驻乡部门站所)",
     source=source("http://nbxinxi.com/a/luchengqu/20210529/112945.html"),
     style="a local news site's page: 「朗读」 (its button), the cover's addressees and one-sentence text 「…现予印发,请认真贯彻执行」, the two "
           "issuers and the date, the 规定's title, a preamble, 一、–三、 principles in one line each, 四、 a line over (一)乡长安全生产职责 "
           "1、 and 2、 CUT at 「亲自带队检查」",
     leaf_tasks=2, count_alternatives=[3, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、安全生产坚持…的原则", "二、…对安全生产工作负有管理责任", "三、安全生产实行…领导工作责任制"],
     samples=[
        S(["四", "(一)", "1"], [], [], targets=[(2, "次")],
          note="「1、乡长是本乡安全生产工作第一责任人。按照国务院和省、市、区政府的有关要求,每年至少2次亲自主持召开乡政府办公会议或乡安委会成员会议,研究安全生产重大问题,"
               "及时部署工作措施。」 — " + HEADPOST + "; 乡政府办公会议／乡安委会成员会议 are meetings, the objects of 召开 — " + NONE +
               ". Target: 「每年至少2次」, 至少 + a count (round 30's line; Round 84's p61e-1: the events an item holds in a rhythm); "
               "每年 is a rhythm, no deadline (round 34). The meetings are a recurring coordination rhythm, a duty (below). " + NODATE),
        S(["四", "(一)", "2"], [], [], targets=[(2, "次")],
          note="「2、每年至少2次亲自带队检查」 (" + CUT + ") — 检查 printed, the item's work (Round 81's p60e-1: a cut item that prints its "
               "verb gives work): " + HEADPOST + " — " + NONE + ". Target: 至少2次 → 2 次. An inspection is no report or coordination, "
               "so no duty. " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每年至少2次亲自主持召开乡政府办公会议或乡安委会成员会议,研究安全生产重大问题", "when": "每年至少2次",
              "when_norm": "yearly (at least twice)"}],
     notes=["2 leaves: 四/(一)/1, 2 (2 CUT). The preamble states purpose and basis (round 30's general provisions). 一、 states the "
            "principles 「属地管理」… and 「明确和落实…的安全生产工作职责」 with no subject (a principle names no act, round 68; Round 85 on "
            "x317_02 一、: a childless point of principle with no rule-2 doer is a section); 二、 「各村(居)、科室、驻村干部、驻乡部门站所及有关单位"
            "对安全生产工作负有管理责任」 states who bears responsibility, 负有…责任 no rule-2 verb and no act (round 30's closed list; "
            "Round 83 on x313_04 二); 三、 names the system of leaders' responsibility (persons). 四、 「乡政府领导对安全生产实行分工负责。」 "
            "has (一) under it, no leaf. The cover's 「请认真贯彻执行」 is no task (CONVENTIONS, What is a task). RULING? 8: 3 (二、 "
            "read as designating its bodies, a task) and 5 (一–三 each a complete sentence, plans-dev 03's exception) are accepted",
            "duty: 1、's 「每年至少2次…召开…会议,研究安全生产重大问题」, a recurring coordination rhythm (plans-dev EXPECTED.md: recurring "
            "reporting/coordination rhythms; Round 85 confirmed x320_09 二's 「每季度至少研究一次」 a quarterly duty), yearly with its "
            "count (the scorer reads the first rhythm word, yearly). RULING? 9: a half-yearly rhythm (twice a year, as Round 83 "
            "read 「每半年…1次」) is the other reading, not written",
            "not targets, unchecked: 「国发〔2004〕2号」「温鹿政办〔2009〕44号」 document numbers; 「二OO九年」 the cover's date"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x326_07_xiangzhen-anquan-shengchan-zerenzhidu.txt"
VC = ["村委", "相关站所"]
VC_NOTE = ("「村委及其(负有…职责的)相关站所」: 及其 joins two names, and a 的-phrase gives the name after its last 的 (rounds 32, 38; "
           "Round 81's x310_01): 村委, 相关站所 (a kind, like 相关部门: Round 77's x304_01)")
plan(X07,
     title="乡镇安全生产责任制度",
     title_note="line 7, the document's title line; line 3 「安全生产责任制」 is the site's headline over its meta line (line 5)",
     doc_no="", issuer="a 镇 (「结合我镇实际」; 《山西省安全生产条例》)", date="not shown (the site's 2020-03-03)",
     level="town (镇; 党委、政府, 村委, 相关站所)",
     source=source("https://www.inrrp.com.cn/html/86228df4427b083b.html"),
     style="a 范文 site's page: its name, headline and meta line, the title, 第一章 / 总则 on lines of their own, 第一条–第六条 (labels "
           "standing alone or run into their text), a page break inside 「安全第 / 一、预防为主」, 第二章 / 责任划分, 第六条 安全生产责任分工 "
           "with two paragraphs CUT at 「乡镇党委」",
     leaf_tasks=3, count_alternatives=[2, 4, 5, 6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第二条"], [], VC, responsible_alternatives=[[]], **art(X07, ["第二条"]),
          note="「第二条 村委及其负有安全生产监督管理职责的相关站所必须按照本制度落实安全监管责任。」 — in articles the subject of a verb of doing "
               "is a doer (round 44), and 落实 with 责任 as its object places the duty (round 46; Round 85 on x318_02 三/(一)): " +
               VC_NOTE + ". [村委, 相关站所], lead []. RULING? 10: the article read as a general provision (who the 制度 binds, like a "
               "scope: round 30), no task, is accepted as a count (2); none (the binding read as a scope, no act of work) is "
               "accepted for its units. " + NODATE),
        S(["第三条"], [], VC, **art(X07, ["第三条"]),
          note="「第三条 村委及其相关站所是安全生产监督管理工作的主体,应当对本行政区域、本部门职责范围内的安全生产工作承担监督管理责任并对…后果负责。」 — 「A是…的X主体」 "
               "designates A wherever it stands (Round 81 turned x308_07 二; Round 75's p57a-1), 承担…责任 names a doer (round 30) and "
               "负责's subject is one (rule 2): " + VC_NOTE + ". [村委, 相关站所], lead []. " + NODATE),
        S(["第六条"], [], ["党委", "政府"], responsible_alternatives=[[]], **art(X07, ["第六条"]),
          note="「第六条 安全生产责任分工 党委对安全生产工作负领导责任,政府对安全生产工作负监管责任,党委、政府主要负责人同为安全生产工作第一责任人,对本行政区安全生产工作负总责,…"
               "要亲力亲为、亲自过问、亲自督办,采取有效措施抓好落实。 乡镇党委、政府班子成员对分管领域和部门以及分包村(社区)的安全生产工作负责,乡镇党委」 (" + CUT + ") — "
               "the article's label 「安全生产责任分工」 is a heading that gives out work (round 35's list: 职责分工; round 34: parties by "
               "a kind under a 责任分工 heading are doers), and in articles the subject of a verb of doing is a doer (round 44): "
               "「A对X负…责任」 bears the duty as 「由A承担…责任」 does (round 30). [党委, 政府] in printed order, names as printed (rounds "
               "33, 43); the 主要负责人 and 班子成员 are persons (" + PERSONS + "). RULING? 11: none (负…责任 read as no act, a statement "
               "of responsibility) is accepted. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 第二条, 第三条, 第六条 (CUT). 第一条 states purpose and basis (round 30's general provisions: no task, no sample). "
            "第四条 states a 方针 and principles and 「落实综合监管…责任」 with no subject (a principle names no act, round 68; Round 85 "
            "on x317_02 一、). 第五条 「实行“一岗双责”制。村委及其相关站所的主要负责人,是…第一责任人,对…负全面领导责任,其他负责人…负直接领导责任」 names "
            "only persons' responsibility and no act (persons never units, round 30): text. Accepted: 2 (第二条 a general provision, RULING? 10), 4 (第五条 counted), 5 (第四、"
            "五条 counted) and 6 (with 第一条: round 30 accepts a count that includes general provisions)",
            "「安全第 / 一、预防为主」 (lines 23–25): the page breaks 「安全第一」 so that 「一、」 opens a line — no item (only what is "
            "printed is read, round 48, and an item number stands at an item's head; this one ends a word); 第四条 is one article",
            "第一章 / 总则 and 第二章 / 责任划分 are chapter headings, no items; 「一岗双责」 a name with a digit"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x326_08_xx-cun-maodun-tiaojie-fangan.txt"
plan(X08,
     title="XX村矛盾调解方案",
     title_note="lines 1–2, the title printed over two lines 「XX」 / 「村矛盾调解方案」 (a masked village name on a line of its own; "
                "plans-dev EXPECTED.md: a two-line title split by the page is one title); line 14 「XX村级矛盾调解方案.docx」 is the "
                "site's file name. RULING? 12: 「村矛盾调解方案」 (line 2 alone) is the other reading, not written as accepted",
     doc_no="", issuer="a 村 (「结合本村实际」; XX masked)", date="not shown",
     level="village (本村; 村内)",
     source=source("https://yunko.cn/doc/vh8kc12r82"),
     style="a document site's preview: the title over two lines, a preamble, 一、指导思想 (aims), 二、工作目标 1.–4. (each 「指标名:…」), "
           "三、适用范围 with 1. CUT at 「房屋搭」, the site's file name",
     leaf_tasks=0, count_alternatives=[1, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[],
     plan_targets=[(95, "%"), (80, "%"), (90, "%")], phases=[], duties=[],
     notes=["0 leaves. 一、指导思想 is aims (" + AIMS + "). 二、工作目标 1.–4. are aims items, each a named rate and its goal "
            "(「矛盾化解及时率:…」「纠纷调解成功率:…不低于95%…不低于80%」「源头预防成效:…」「群众满意度:…不低于90%」): " + AIM_ITEMS + ". 三、"
            "适用范围 「本方案适用于本村范围内发生的各类民事矛盾纠纷,主要包括: 1. 邻里纠纷:如宅基地边界、房屋搭」 (" + CUT + ") is a scope, "
            "text (round 30's general provisions; Round 78's (a)). RULING? 13: 1 (二/1 「一般纠纷3日内启动调解,复杂纠纷7日内启动调解」 read "
            "as work with its time limits, an item read by its words, round 56) and 4 (二's four items as plans-dev 08 leaves of a page "
            "naming no unit, as Round 85 confirmed x320_08 二's 工作目标 works) are accepted",
            "plan targets: 95 %, 80 % and 90 % (不低于, round 30's line) in 二's aims (round 62's w52b: figures in points that are no "
            "tasks are the plan's). Not written: 「3日内」「7日内」, time limits for starting a mediation (Round 77's x302_04 二、（三）: "
            "a processing limit is the deadline rule of the work it bounds), no comparison word (round 30's list)",
            "the page gives no sample (no task in the builder's reading): its checks are the title, the count and three plan targets"])

# ---------------------------------------------------------------------------------------------------------
X09 = "x326_09_zhen-shequ-wanggehua-guanli-zhidu.txt"
GRID = ("under 「三、网格员的职责」: 网格员 are the community's own grid staff, the lowest of the 制度's 「三级网格」, and the duty lines of "
        "persons a body assigns to its own work are tasks naming no unit (Round 81's decided x305_04 第七条; Round 77's decided "
        "x301_01 二/（二）), persons never units (round 30). RULING? 14: 网格员 read as hired persons whose job duties are none "
        "(round 36's 护林员职责; Round 85 turned x322_01 一、（五）'s 现场管理员职责) gives count 2, accepted")
plan(X09,
     title="z镇z社区网格化管理制度",
     title_note="line 2, the document's own title line (a masked 镇 and 社区 「z镇z社区」); line 1 「社区网格化管理制度」 is the site's headline",
     doc_no="", issuer="z社区 (z镇; 社区居民委员会)", date="not shown",
     level="community (社区居民委员会; 网格长, 网格员)",
     source=source("https://m.1566.cn/guanlizhidu/168213500127836.html"),
     style="a 管理制度 site's short page: its headline, the title, a lead line 「社区网格化管理实行三级网格:」 over three level lines, 一、"
           "社区居民委员会: and 二、网格长: unit-colon points, 三、网格员的职责 1、–5、, the site's 「14位用户关注」 twice (the whole text)",
     leaf_tasks=7, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["社区居民委员会"], lead_alternatives=[["社区居民委员会"]],
          note="「一、社区居民委员会:负责组织对网格长和网格员的管理和考评。」 — " + R1 + ": a unit-colon point gives the label's name (CONVENTIONS "
               "line 328: 「院前急救机构:…」) — [社区居民委员会], lead [] (" + ONE + "). 网格长, 网格员 are the objects of its work. " + NODATE),
        S(["二"], [], [],
          note="「二、网格长:在做好自身专职工作的同时,认真做好网格内的调查、统计、…等基础工作,并负责对本网格员的日常管理,收集、督促网格员采集动态信息,同时对信息进行备案、梳理、分流"
               "以及信息的具体落实,收集整理、共享反馈信息。」 — a label whose every name is a person labels no unit (Round 83 on x312_05: "
               "posts in a label are persons), so rule 2 reads the point: 负责's subject is the 网格长, a person (" + PERSONS + "; a "
               "post's duties are tasks naming none, Round 77's decided x301_01 二/（二）) — " + NONE + ". " + NODATE),
        S(["三", "2"], [], [],
          note="「2、负责本网格内动态信息(包括住户婚丧嫁娶、…、矛盾纠纷等)的收集、上报。」 — " + GRID + " — " + NONE + ". The 上报 is the "
               "reporting 3、 sets the rhythm of (one duty, below; round 41's 「一计划两报告」 joins reports of the same work). " + NODATE),
        S(["三", "3"], [], [],
          note="「3、一般信息每周一、四主动报网格长,特殊信息及时报送。」 — " + GRID + " — " + NONE + ". A report with its rhythm is a duty "
               "(below); 每周 is a rhythm, no deadline (round 34). 「一、四」 are weekdays, no figures. " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "一般信息每周一、四主动报网格长,特殊信息及时报送", "when": "每周一、四", "when_norm": "weekly (Monday and Thursday)"}],
     notes=["7 leaves: 一, 二, 三/1–5. Lines 3–6 (「社区网格化管理实行三级网格:」 and the three levels) list the grid's levels, a "
            "lead line with no work: text. 三/5 「网格员实行“专人专格专责”,严格保守…个人隐私…」 keeps confidence, an act of the staff (a "
            "task). Accepted: 2 (RULING? 14)",
            "duty: 三/3's report of information to the 网格长, weekly (twice a week; plans-dev EXPECTED.md: recurring reporting "
            "rhythms; Round 83 on x314_02 四/(二): a duty is read by what is sent, to whom and when). RULING? 15: no duty (a report "
            "inside the grid, from staff to their head, no body's sending) is the other reading, not written",
            "「三级网格」「专人专格专责」 no targets (a name with a digit; no digit); 「14位用户关注」 (twice) is the site's count"])

# ---------------------------------------------------------------------------------------------------------
X10 = "x326_10_xiangzhen-fangxun-gongzuo-fangan.txt"
plan(X10,
     doc_no="", issuer="a 镇 (「本乡镇」「我镇」; 镇长)", date="not shown (「本年度」 with no year printed)",
     level="town over its villages (镇; 各村(社区))",
     source=source("http://renwen.shuyang.tv/jxfw/202505/259904.html"),
     style="a local site's page whose opening is the plan's preamble (no title line in the excerpt): 一、指导思想, 二、工作目标 1.–3., "
           "三、组织领导 (a 领导小组 and its office; 各村(社区)也要…落实责任), 四、主要任务 (一)–(三) each with 1. 2., 五、应急处置流程 a lead-in "
           "「当接到…预警信号后:」 over 1.–4., CUT at 「及时向」",
     leaf_tasks=10, count_alternatives=[11, 13], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["三"], [], ["各村(社区)"], lead_alternatives=[["各村(社区)"]], responsible_alternatives=[[]],
          note="「三、组织领导 成立由镇长任组长、分管副镇长任副组长的防汛工作领导小组,下设办公室负责日常工作协调。各村(社区)也要相应成立防汛指挥机构,明确职责分工,层层落实责任。」 — "
               + GROUP_TASK + "; the group and its office are none (" + SETUP + "), the 镇长／副镇长 persons. " + R2 + ": the subject "
               "各村(社区) runs on through the commas (round 34) to 「层层落实责任」, and 落实 with 责任 as its object places the duty (round "
               "46; Round 85 confirmed x318_02 三/(一) 「各村(居)委会…将…责任分解落实到…」), 要 changing nothing (Round 74's x295_03); 成立 and "
               "明确 are outside the list (round 30). [各村(社区)] as printed (round 30: a name kept as printed; the bracket names the "
               "other kind the same body is, Round 85 on x318_05 「各社区(村)」), lead [] (" + ONE + "). None is accepted (RULING? 16: "
               "落实责任 read as a phrase after 层层, Round 81's x308_09 「落到实处」). " + NODATE + " (「本年度」 prints no year: round 39)"),
        S(["四", "(一)", "1"], [], [],
          note="「1. 对辖区内所有水库、河流堤坝等重点部位进行全面检查,及时发现并消除安全隐患。」 — work with no subject under 主要任务 (a work "
               "heading's items are tasks whatever they name; the seeds drop only 目标／保障 items, EXPECTED.md lines 3–5) — " + NONE +
               ". " + NODATE),
        S(["四", "(二)", "1"], [], [],
          note="「1. 储备足够的防汛抢险物资器材,包括沙袋、救生衣、发电机等,并定期检查保养。」 — as (一)/1: a task naming none — " + NONE + ". "
               "定期 is a rhythm, no date (round 34), and an upkeep is no report, so no duty. " + NODATE),
        S(["五", "2"], [], [],
          note="「2. 组织力量巡查险情,必要时组织人员转移;」 under 「五、应急处置流程 当接到气象部门发布的暴雨橙色及以上预警信号后:」 — a response "
               "procedure's step is its item's work; 组织 with no subject names none (rule 2 needs A before 组织), and 气象部门 only "
               "issues the warning that triggers the steps (rule 3) — " + NONE + ". 「橙色及以上」 prints no figure. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves: 三 (a group's set-up with work, and 各村(社区)'s 落实责任), 四/(一)/1–2, (二)/1–2, (三)/1–2, 五/1–3. 一、指导思想 is aims "
            "(" + AIMS + "). 二、工作目标 1.–3. 「确保…不发生…人员伤亡事故」「最大限度地减轻…损害」「提升应急响应速度,确保…」 are aims items (" +
            AIM_ITEMS + "). 五/4 「及时向」 (" + CUT + ") prints no verb: a cut line that gives no work is no leaf (round 71). Accepted: 11 "
            "(五/4 counted) and 13 (二's three counted as leaves)",
            "no title checked: the excerpt opens with the preamble 「为切实做好本乡镇的防汛工作,…特制定本年度防汛工作方案实施方案。」 and prints no "
            "title line (Round 77 on x303_05: only what is printed is read); the preamble's 「本年度防汛工作方案实施方案」 names the plan in a "
            "sentence",
            "五/1 「启动应急预案,各级领导立即到岗到位」: 各级领导 persons; no figures on the page"])

write_collected(DIR)
