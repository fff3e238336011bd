# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next250/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c250, round 49: six page openings of task breakdowns that name their units, from
outside Shanghai — 恩施州's 2012 代表议案办理方案 (a cover notice and the 方案: 二、明确工作责任 names a 牵头责任单位 and nine
协办单位, 三、 gives the 督查室 the follow-up); page 3 of 新余's 食品安全 plan (goal headings ㈦–㈩ over numbered measures
19、–23、, each followed by its own 「责任部门:」 line; CUT in 23、); page 6 of a 市's 创建国家园林城市 task table (「|」 cells:
标准 | 工作内容 | 责任单位或牵头单位 | 协助单位 | 完成期限; row 3 CUT after its unit); page 2 of 常州's 城市管理 plan (items 3.–4.
of an unseen heading, then 「(四)城市交通管理」 with a units line 「由市公安局牵头,…配合。」 over 1.–4.; CUT); page 2 of a
Guangxi 市's 城镇道路交通秩序整治 plan (dated stages (二)(三) with work, then 六、(一)各级人民政府职责 1.–5.; CUT); a 街道's
城管街道管理方案 (a compilation's 篇1: 二、职责分工 (一)–(七) 「由A负责」, a trailing case paragraph, 三、(一); CUT)): never tune
the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line or behind a mark ``locate`` cannot read); every answer was written here by
reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–54 are cited in the notes;
readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c250.

    python tests/data/plans-next250/make_expected.py tests/data/plans-next250
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# For an item whose number stands inside a line (a table row behind its category cell) or behind a mark ``locate``
# cannot read (㈦): the line where the nth marker ends and the first eight characters after it, to the line's end.
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, round 44: outside articles): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOTITLE = "title not checked: "
PAGE_N = "the page is a later page of a law site's copy (「_N.html」) and prints no title; a later page is taken as plans-next163/-169 took one"

# ---------------------------------------------------------------------------------------------------------
X01 = "x250_01_enshi-zhou-2012-renda-daibiao-yian-banli-fangan.txt"
plan(X01,
     title="州七届人大一次会议代表议案办理方案",
     title_note="line 4, the 方案's own title under the cover notice (the notice prints no title of its own on the page; it "
                "begins at the addressees)",
     doc_no="", issuer="恩施州人民政府(办公室) (「州政府有关部门」, 「副州长」; addressees 恩施市、建始县、巴东县人民政府)",
     date="二〇一二年三月一日 (2012-03-01)", level="prefecture (恩施土家族苗族自治州, a city-level 州)",
     source=page_source("https://m.fabao365.com/code/law_580906.html"),
     style="a law site's copy: the cover notice (addressees, 「现将《…》印发给你们」, a date in Chinese numerals), the 方案's title, a "
           "lead-in naming the 议案 「关于清江流域旅游港口建设的议案」, 一、成立领导小组 (a group set up, persons), 二、明确工作责任 "
           "(「A为…牵头责任单位,负责拟定…。B、C…为协办单位,各单位要互相配合…」), 三、实行跟踪督办 (「州政府督查室要将…纳入…,实行跟踪"
           "督查,并适时通报…」), then the group's member list (persons with posts); the page is whole (1,731 bytes)",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、成立领导小组"],
     samples=[
        S(["二"], ["州交通运输局"],
          ["州交通运输局", "州发改委", "州旅游委", "州财政局", "州国土局", "州水利水产局", "州环保局", "巴东县政府", "建始县政府",
           "恩施市政府"], nodl=True,
          note="round 33 (designations hold whoever is designated: 「明确A为牵头单位，B、C为责任单位」 gives lead A, responsible A, B, C) "
               "and round 32 (「由A作为主责单位」, a designation is a doer): 「州交通运输局为…牵头责任单位,负责拟定…实施方案」 names the "
               "lead, and 负责 makes it a doer (rule 2); 「…为协办单位」 designates the nine co-handlers, read as 配合 (round 47: "
               "协辦單位 beside 主办 are responsible, like 配合); names as printed in printed order (round 36); 「各单位要互相配合、积极"
               "支持、合力抓好…」 is a back-reference that adds no unit (round 34: 「上述单位」); a childless headed point that gives "
               "work is a task (round 34 early, round 51 p47b); " + NODATE + " (the cover's 2012-03-01 is its signing date)"),
        S(["三"], [], [], nodl=True, responsible_alternatives=[["州政府督查室"]],
          note=NONE + ": 「州政府督查室要将该议案办理工作纳入年度督查工作重点,实行跟踪督查,并适时通报…。同时,积极做好相关协调工作」 "
               "— 纳入 (no money as object, so no cost verb either), 实行 (not 实施, as 进行 is not, round 37), 通报 and 做好 are "
               "outside rule 2's closed list (rounds 30, 44: the list stays closed outside 第X条 articles), and the heading "
               "「实行跟踪督办」 is no work heading (round 37: no duty word as its object); RULING? 1 — [州政府督查室] accepted; the "
               "point gives work by 「要…」, so it is a task (round 34 early); 「适时通报」 names no body sent to: no duty; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二 and 三 (childless headed points that give work, round 34 early). 一、成立领导小组 only sets up a group — "
            "「由副州长张宇任组长…成员」, 「领导小组办公室设在州交通运输局,李义同志兼任办公室主任」 — persons and a body the point sets up "
            "(rule 3; round 35) and where its office sits (round 45: no doer): no work, no task; the count 3 with it is accepted "
            "(plans-next208's x208_01 三 was counted for its 「要…」 work, which this 一 lacks)",
            "the member list after 三 names persons with their posts (round 30: a person is never a unit): no items",
            "the 议案 is 「关于清江流域旅游港口建设的议案」; the lead-in's 「州七届人大常委会交办」 names the body that assigned it (no unit)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x250_02_xinyu-shi-shipin-anquan-fangan-di3ye.txt"
LABEL02 = ("rule 1: the 「责任部门:A、B…」 line printed after the item, before the next goal heading, is the item's own units "
           "line (round 32: a units line after the items it covers; here one item each); several bodies and no 牵头: lead [], "
           "responsible the line's names as printed")
plan(X02,
     title_note=NOTITLE + PAGE_N + " (「16984229_3」); the city is named by its waters 仙女湖、袁惠渠、孔目江 (新余, Jiangxi)",
     doc_no="", issuer="a 市 government in Jiangxi (新余 by 「仙女湖、袁惠渠、孔目江」; 「市食品药品监管局」「市委宣传部」)",
     date="(no date on the page)", level="city (新余市, by its place names)",
     source=page_source("http://www.fsou.net/html/text/lar/169842/16984229_3.html"),
     style="page 3 of a city's 食品安全 plan: it opens on the 「责任部门:」 line of an item (18、) on page 2, then goal headings "
           "㈦–㈩ (parenthesised ideographs, each a goal sentence with figures) over numbered measures 19、–23、 (numbers running on "
           "across the headings), each measure followed by its own 「责任部门:」 line; 23、 CUT before its line",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["㈦", "19"], [], ["市环保局", "市建设局", "市农业局", "市水利局"], nodl=True, **at(X02, "19、"),
          note=LABEL02 + "; 「确保水质稳定达标」 names no figure; " + NODATE + " (no date or year anywhere on the page)"),
        S(["㈧", "20"], [], ["市食品药品监管局", "市农业局", "市质监局", "市工商局", "市卫生局"], [(3, "个"), (30, "家")], nodl=True,
          **at(X02, "20、"),
          note=LABEL02 + "; 「其中有3个以上食品(饮食)行业的30家以上企业(单位)达到国家级信用建设标准」: floors the item must reach, "
               "joined to 以上 — targets by round 30's line (3 个, 30 家); 「80%达到市级信用建设标准」 puts the share before 达到 and "
               "is left unchecked (its heading's 「达到80%以上」 is a plan target below); " + NODATE),
        S(["㈩", "22"], [], ["市委宣传部", "市食品药品监管局"], [(85, "%")], nodl=True, **at(X02, "22、"),
          note=LABEL02 + "; 「公众对食品安全的满意率达到85%以上」 — a standard with 达到…以上 and no grade word (round 34): a target; "
               "「“五进”」 a name; " + NODATE),
        S(["㈩", "23"], [], [], nodl=True, **at(X02, "23、"),
          note=CUT + " (「为全市所有学校(幼儿园)各培训1名食品安」); its 「责任部门:」 line would follow the text and the page ends "
               "before it: only what is printed is read (round 48), and a label torn off names nothing (round 53) — " + NONE
               + "; 1名 is left unchecked (the sentence is cut); " + NODATE),
     ],
     plan_targets=[{"number": 80, "unit": "%"}],
     phases=[], duties=[],
     notes=["5 leaves: 19、20、21、22、23、 (23、 CUT); the goal headings ㈦–㈩ have numbered children, so they are sections "
            "(plans-dev EXPECTED.md lines 21–25), their figures plan targets; the page's first line is the 「责任部门:」 line of "
            "18、, whose text is on page 2 (no task here). Accepted: 4 (without the cut 23、)",
            "21、 (not sampled) reads like 19、: its 「责任部门:市食品药品监管局、市工商局、市质监局、市卫生局」 line decides (rule 1), "
            "「联合相关部门」 in its text adds nothing; 「覆盖面达100%」 uses 达, not in round 30's list, and is left unchecked",
            "plan target: ㈧ 「食品安全信用企业(单位)达到80%以上」 (a goal heading's figure with 达到…以上, round 30)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x250_03_shi-chuangjian-guojia-yuanlin-chengshi-renwu-biao-di6ye.txt"
COL03 = ("rule 1: the row's cells are its labels — 「责任单位 或牵头单位」 names the unit that leads the row's work (the header "
         "says 牵头 where more than one body works), 「协助 单位」 the bodies that assist, read as 配合 (responsible with the "
         "lead: round 38's 承办单位 beside 牵头单位, round 47's 协办); RULING? 2 — lead [] accepted (a single name in a 责任单位 "
         "column, plans-dev 03)")
plan(X03,
     title_note=NOTITLE + PAGE_N + " (「17044912_6」): it opens on the task table's header row",
     doc_no="", issuer="a 市 government (「市规划局」「市农牧林业局」; not named)", date="(no date on the page; rows due 2010年9月20日前)",
     level="city (a 市, not named)",
     source=page_source("http://www.lawyee.com.cn/html/text/lar/170449/17044912_6.html"),
     style="page 6 of a city's 创建国家园林城市 plan: a task table printed as 「|」 cells — header 「任务 内容 | 国家园林城市 标准或要求 | "
           "工作内容及要求 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |」, the category cell 「生 态 环 境」, rows 1、–3、 (cells "
           "broken over lines where a cell holds two names); row 3 CUT after its unit cell; the page text is 1,173 bytes",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], ["市规划局"], ["市规划局", "市国土资源局", "市农牧林业局"], dl="2010年9月20日前", dln="2010-09-20",
          lead_alternatives=[[]], **at(X03, "1、"),
          note=COL03 + "; the 协助 cell holds two names on two lines; the row's 完成期限 cell 「2010年9月20日前」 is its deadline; the "
               "标准 cell's sentence is the standard the row serves, no figures"),
        S(["2"], ["市规划局", "市建设局"], ["市规划局", "市建设局", "有关部门"], dl="2010年9月20日前", dln="2010-09-20",
          lead_alternatives=[[]], responsible_alternatives=[["市规划局", "市建设局"]],
          note=COL03 + "; 「市规划局 市建设局」 — two names parted by a space in the lead cell: two leads (round 36: two bodies that "
               "牵头 one item are both its lead); 「有关部门」 in the 协助 cell is a kind (round 33) and a unit column keeps what it "
               "prints (round 37) — responsible; the reading without it accepted"),
        S(["3"], ["市环保局"], ["市环保局"], skip_deadline=True, lead_alternatives=[[]],
          note=COL03 + "; " + CUT + " after its unit cell (「市环保局」, then a lone 「|」): the 协助 and 期限 cells are lost, so the "
               "deadline is not checked; 「生活垃圾无害化处理达60%,污水处理率达55%」 in the 标准 cell uses 达, outside round 30's "
               "list, and is left unchecked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: rows 1、2、3、 of the table (3、 CUT); 「生 态 环 境」 is the category cell spanning the rows (a heading "
            "cell with spaces between its characters, no number): paths are the bare row numbers as printed",
            "the header row is no task; the table's earlier categories are on pages 1–5"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x250_04_changzhou-shi-chengshi-guanli-fangan-di2ye.txt"
UNITS04 = ["市公安局", "市发改委", "经贸委", "交通局", "建设局", "规划局", "房管局", "城管局", "质监局", "工商局", "环保局", "各区政府"]
LINE04 = ("rule 1: the units line printed under the heading before the items, 「由市公安局牵头,市发改委、经贸委、…、各区政府配合。」, "
          "is the section's label that its items inherit (round 32: a units line over a run of items; round 40: 「总牵头单位：A」 "
          "on a heading is a 牵头 label its items inherit); 「由A牵头，B…配合」 gives lead A, responsible A, B… in printed order; "
          "bare names 「经贸委、交通局…」 are each one body as printed (round 42 continued); 各区政府 a kind (round 32)")
plan(X04,
     title_note=NOTITLE + PAGE_N + " (「16983301_2」): it opens at item 3. of a heading on page 1",
     doc_no="", issuer="常州市 (「《常州市停车场规划」; 「市公安局」「各区政府」)", date="(no date on the page)", level="city (常州市)",
     source=page_source("http://www.fymate.net/html/text/lar/169833/16983301_2.html"),
     style="page 2 of 常州's 城市管理 plan: items 3.–4. of a heading printed on page 1 (markets), then 「(四)城市交通管理」, a units "
           "line 「由市公安局牵头,…、各区政府配合。」 and items 1.–4. (run-in headings 「加强电动车管理。」…); 4. CUT inside "
           "「研究制定《常州市停车场规划」",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["4"], [], [], nodl=True,
          note="the item's heading and the units line of its section are on page 1: only what is printed is read (rounds 48, 53: "
               "a heading lost to the copy is not read); 「各区政府在有条件的地段建立…,并严格管理」 — 建立 and 管理 are outside "
               "rule 2's list (rounds 30, 44): " + NONE + "; " + NODATE),
        S(["(四)", "1"], ["市公安局"], UNITS04, nodl=True,
          note=LINE04 + "; 「最终达到禁摩」 names no figure; 「五大综合性举措」 a name (round 37: figures in a name); " + NODATE),
        S(["(四)", "2"], ["市公安局"], UNITS04, nodl=True,
          note=LINE04 + "; 「市发改委、经贸委、质监、工商、环保等部门重点强化…」 in the text adds nothing under the label (rule 1: "
               "sentences then add nothing), and 强化 is no rule-2 verb anyway; " + NODATE),
        S(["(四)", "3"], [], ["交通部门"], nodl=True,
          lead_alternatives=[["市公安局"]], responsible_alternatives=[UNITS04],
          note=LINE04 + "; 「由交通部门进一步抓好…的教育管理」 is a rule-2 clause (由A＋a verb of doing), but under the label it adds "
               "nothing (rule 1); RULING? 3 — read as rule 4's lead-in (a lead-in gives its bodies only to items that name none) "
               "the item would take 交通部门 alone; " + NODATE + "; aligned round 50 to CONVENTIONS.md \"Round 55 rulings, "
               "written early\" (turned, rule 4 over rule 1): a line standing alone between a heading and its items 「由市公安局"
               "牵头,…、各区政府配合。」 is a rule-2 clause in the paragraph that opens the section, not a label (brackets, columns, "
               "colon lines are rule 1's; round 40's 「总牵头单位：A」), so it gives its twelve names only to items naming none "
               "(round 40), and 3. names its own 「由交通部门进一步抓好…」: lead [市公安局] → [], responsible the twelve → "
               "[交通部门]; the builder's reading: the line a label, lead 市公安局 and the twelve — stays accepted "
               "(lead_alternatives, responsible_alternatives)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 4. (of the heading on page 1) and (四)/1.–4. (4. CUT). 3. 「各区政府可在…配套建设一些小型一般市场」 only "
            "says what the districts may do: an item of options gives no work (round 49 p46b; round 40: 可 reaches every verb "
            "joined to it), so it is no task; the count 6 with it is accepted",
            "(四)'s units line is a paragraph, not an item: no task (round 32's units line)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x250_05_shi-chengzhen-daolu-jiaotong-zhixu-zhengzhi-fangan-di2ye.txt"
OFFICE05 = ("rule 2: 「具体整治工作检查验收方案／考核办法由市城乡清洁工程领导小组办公室根据自治区的…另行制定」 — 由A＋a verb of "
            "doing (round 34); inside a stage that gives work it is the stage's own work (round 41: 「具体办法由A制定」 inside an "
            "article that gives work), not round 39's general provision; the office of a standing group is a body made an actor "
            "(round 34; round 36: bodies set up earlier are doers): responsible, " + ONE)
HEAD05 = ("rule 1: the heading 「(一)各级人民政府职责。」 names one kind of body and lists its own duties — a unit heading (rounds 38, "
          "50: 「X职责」 of one party), under 「六、各级人民政府及部门工作职责」 (a work heading, round 35); 各级人民政府 a kind as "
          "printed (round 39's 「各级各有关部门」): responsible [各级人民政府], " + ONE)
plan(X05,
     title_note=NOTITLE + PAGE_N + " (「17091548_2」): it opens at stage (二) of the plan's steps section",
     doc_no="", issuer="a 市 government in Guangxi (「自治区的验收方案」, 「市城乡清洁工程领导小组办公室」, Guangxi's 城乡清洁工程; "
                       "「我市」; not named)",
     date="2007 (stages 「2007年9月中旬至12月」「2008年1月至11月」)", level="city (a 市 in Guangxi, not named)",
     source=page_source("http://www.fymate.net/html/text/lar/170915/17091548_2.html"),
     style="page 2 of a city's 城镇道路交通秩序整治 plan: stages (二)综合整治阶段(2007年9月中旬至12月) and (三)巩固提高阶段(2008年1月至"
           "11月) with work paragraphs, then 六、各级人民政府及部门工作职责 (一)各级人民政府职责。 1.–5. (「1. 加强…」 with a space); "
           "5. CUT",
     leaf_tasks=7, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(二)"], [], ["市城乡清洁工程领导小组办公室"], dl="2007年9月中旬至12月；2007年12月", dln="2007-12",
          lead_alternatives=[["市城乡清洁工程领导小组办公室"]],
          note="a stage with its work written under it is a task and a phase (round 33); " + OFFICE05 + "; the stage's span "
               "ends 2007-12 and the item's own 「2007年12月…检查验收」 is the same month (round 34: the latest date)"),
        S(["(三)"], [], ["市城乡清洁工程领导小组办公室"], dl="2008年1月至11月；2008年10月", dln="2008-11",
          lead_alternatives=[["市城乡清洁工程领导小组办公室"]],
          note="a stage with work (round 33); " + OFFICE05 + "; dates in the item: the stage line's 「2008年1月至11月」 and "
               "「2008年10月对各地…全面考核」 — several dates in one item, the latest is the deadline (round 34): 2008-11; RULING? 4 "
               "— an item's own date wins over its stage's span (round 37) would give 2008-10, but here the span is printed in the "
               "item's own heading line; 「迎接自治区对我市的考核」 is a check received (rule 3)"),
        S(["六", "(一)", "1"], [], ["各级人民政府"], nodl=True, lead_alternatives=[["各级人民政府"]],
          note=HEAD05 + "; 「五个统一」-like 「统一领导、统一规范…」 carry no figures; no date of its own, no stage or campaign span "
               "over 六 on the page (round 44 decided: otherwise none): " + NODATE),
        S(["六", "(一)", "3"], [], ["各级人民政府"], nodl=True, lead_alternatives=[["各级人民政府"]],
          note=HEAD05 + "; 「组织机关干部和发动青年志愿者等社会力量」 — the objects of 组织 are persons and a general mass (round 30), "
               "and the heading decides anyway; " + NODATE),
        S(["六", "(一)", "4"], [], ["各级人民政府"], nodl=True, lead_alternatives=[["各级人民政府"]],
          note=HEAD05 + "; 「组织协调各职能部门…」 — under a unit heading the objects of the pivot are no units (round 39); " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "综合整治阶段", "start": "2007-09", "end": "2007-12",
              "note": "「(二)综合整治阶段(2007年9月中旬至12月)」"},
             {"name": "巩固提高阶段", "start": "2008-01", "end": "2008-11",
              "note": "「(三)巩固提高阶段(2008年1月至11月)」"}],
     duties=[],
     notes=["7 leaves: (二), (三) (stages with work: tasks and phases, round 33) and 六/(一)/1.–5. (5. CUT). Accepted: 5 (the "
            "stages read as phases only); stage (一) and the section over the stages are on page 1",
            "六/(一)/2 (not sampled) reads like 1: the heading gives 各级人民政府; 「加强对国家机关公务用车和驾驶人的管理」 names objects"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x250_06_jiedao-chengguan-guanli-fangan-zhize-fengong.txt"
DIV06 = ("under 「二、职责分工」, a heading that gives out work (round 34: every body the text gives work is a unit; round 35), and "
         "by rule 2 itself (由A负责)")
plan(X06,
     title="城管街道管理方案",
     title_note="line 5 「城管街道管理方案篇1」: a compilation's piece header, its 「篇1」 a mark dropped like 【一】 or 【篇一】 "
                "(rounds 48, 49); line 1 「城管街道管理方案十篇」 is the site's headline",
     doc_no="", issuer="a 街道 (「街道党工委、办事处」, 「街道办事处城管队、环卫所」; not named)",
     date="(no date of the plan; 「发布时间:2024-04-25」 is the site's)", level="street (a 街道, not named)",
     source=page_source("https://zubaike.com/bk/192520.html"),
     style="a 范文 site's compilation: headline, site date, 「…篇1」, 一、总体目标 (one paragraph of aims), 二、职责分工 (一)–(七) "
           "(areas, each 「由A负责」; (二) and (五) split by their objects), an unnumbered case paragraph 「责任区或者责任人不明确的,由街道"
           "办事处城管队、环卫所等职能部门确定并告知责任人。」, 三、管理职责及措施 (一)网格化组织管理 with one paragraph — CUT; blank lines "
           "between paragraphs",
     leaf_tasks=9, count_alternatives=[8], attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["二", "(一)"], [], ["城镇容貌和环境卫生管理主管部门"], nodl=True,
          lead_alternatives=[["城镇容貌和环境卫生管理主管部门"]],
          note=DIV06 + ": 「由城镇容貌和环境卫生管理主管部门负责」 — a kind of body, one name as printed (和 inside fields sharing one "
               "head, round 35); the areas before 由 are the item's objects; " + ONE + "; " + NODATE),
        S(["二", "(二)"], [], ["属地管理村", "物业服务企业"], nodl=True,
          note=DIV06 + ": the item's work split by its objects (round 34 「实行X的由A负责，未实行X的由B负责」; round 40): 「由属地管理村"
               "负责;实行专业物业管理的居民住宅区,按照物业服务合同由物业服务企业负责」 — both doers (物业服务企业 is rule 2's own "
               "example); 「各村、居民住宅区、街巷」 are areas, no units; " + NODATE),
        S(["二", "(四)"], [], ["对口管理单位"], nodl=True, lead_alternatives=[["对口管理单位"]],
          note=DIV06 + ": 「由对口管理单位负责」 — a kind before 单位 makes a kind (round 34: only the bare 各单位／有关单位／相关单位 are "
               "calls); " + ONE + "; " + NODATE),
        S(["二", "(五)"], [], ["施工企业", "土地使用权人"], nodl=True, responsible_alternatives=[["施工企业"]],
          note=DIV06 + ": 「施工工地由施工企业负责,待建地块由土地使用权人负责」 — split by objects (round 40), both parties by role "
               "(round 34: rule 2 does not ask who the body is); [施工企业] accepted, as holders may be persons (round 49's "
               "原土地使用权人); " + NODATE),
        S(["三", "(一)"], [], [], nodl=True,
          note="「根据网格化管理要求,成立城镇管理工作专班,制作…公示牌,签订…责任书,制作悬挂…公示牌。划分区域到各网格、」 — work with "
               "no subject; the 专班 is a body the item sets up (round 35): " + NONE + "; an item that gives work is a task though "
               "it names no body (round 40); " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 leaves: 二/(一)–(七), the unnumbered paragraph after (七) 「责任区或者责任人不明确的,由街道办事处城管队、环卫所等职能部门"
            "确定并告知责任人。」 (a closing paragraph after a section's last item that gives the section's work is one more task, "
            "round 40), and 三/(一) (CUT). Accepted: 8 (the paragraph read as (七)'s body, round 32). 一、总体目标 is a childless "
            "aims section (round 36)",
            "not sampled, RULING? 5: (三) 「由本单位负责」 (本单位 = each 机关、团体…单位 for its own area, not the issuer speaking of "
            "itself as round 30's 「本局」), (六) 「由经营者负责」 (shopkeepers and stall-holders, who may be persons) and (七) "
            "「由所有权人、使用者或者管理者负责」 (holders that may be persons) — each a party by role (round 34) or persons (rounds "
            "41, 44, 49)"])

write_collected(DIR)
