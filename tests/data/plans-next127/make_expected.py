# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next127/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c127, round 35: eight page openings of plans from outside Shanghai — a
province's 旅遊市場秩序整治 measures in TRADITIONAL characters whose items end in PARENTHESISED LABELS 「(各州、市人民政府牽頭;
省…配合)」, 大连's ten-department 研学旅行 duties written as UNIT-COLON BULLETS 「●市教育局:负责…」 under a heading not on the
page, a town's 农贸市场整治 plan on ONE LINE with yearless stages and 「由整治工作领导小组办公室…下达…」, a town's 八一 走访慰问
plan for 优抚对象 with a LIST OF RATES whose last line carries 「以上经费…由镇民政办负责在7月26日前准备好」 and a run-in 「负责单位
党政办、民政办」, 丽水's 2024 退役军人 大走访 notice (「…认真组织本系统…走访慰问活动」, 「人数在5人以上的」, 「…统筹牵头」 cut), a
district's 寒假 school-safety plan whose 二、 is RUN IN at a line's end, a university's 寒假 notice in traditional characters
(「保衛處要組織有關部門和人員…進行…大檢查」, a masked 「20xx」), and a city's 2021 秋季开学 plan on ONE LINE naming no unit):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in``
where the number is not at its line's start, its section heading is not on the page, or the item has no number);
every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (its round-29 rules on units
written in sentences and the rulings of rounds 30–35 are cited in the notes; readings CONVENTIONS does not settle say
RULING?). Neither the parser nor the scorer was run on these plans by c127.

    python tests/data/plans-next127/make_expected.py tests/data/plans-next127
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (inside a one-line text, run in at a line's end, under a heading not on the page, or with
# no number), the first words cut at the line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's own title"
GOALS = "a section of aims, theme, scope or contents with no numbered children: no task"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋verb, 牵头, 会同/协同/联合, a "
         "designation; round 30, round 34)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
MASKED = "the page prints no year (「XX年」「20xx年」 masks): the date cannot be resolved, not checked"
EVENT = "「…前」 counted from an event (放假, 寒假) is no deadline (round 34: times from an event are no deadline)"
LEAD_ALL = ("lead 各州、市人民政府 — 「市、区X部门」-style places sharing one head, one name as printed (round 30); the "
            "scorer passes a parser that reads no lead for a lead starting with 各, which it then counts as \"none\"")
YN_RESP = ("names as printed (round 34): 省 heads only the first name after 「;」, the later 「公安廳」「監察廳」… keep no 省 "
           "(ruled round 36: names as printed; a reader who carries 省 over answers 省公安廳 …); 「工商局、編辦,省法院」 split at 、 and , (plans-dev "
           "EXPECTED lines 31–35)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x127_01_yunnan-lvyou-shichang-zhixu-zhengzhi-gongzuo-cuoshi.txt"
YN_B = ["各州、市人民政府", "省公安廳", "監察廳", "旅遊發展委", "工商局", "編辦", "省法院"]
plan(X01,
     title_note=NO_TITLE + " (a document site's page 3 opens inside 四、 at item (十三))",
     doc_no="", issuer="a provincial government with 州 and 市 (「各州、市人民政府」, 「省民族宗教委」, 「省法院」) — by its items "
                       "Yunnan's 旅游市场秩序整治 measures of 2017 (not printed on the page)",
     date="(no date on the page)", level="province (Yunnan, by its 州 and its items)",
     source=page_source("http://49.213.0.198/doc/209_9572_104625923_3_0327151500.html"),
     style="a document site's page in TRADITIONAL characters, no chrome: (十三) of an unseen 四、, then 五、推行綜合監管模式 with "
           "a lead-in (「“1+3+N+1”旅遊市場綜合監管模式」) and items (十四)–(十六), EVERY ITEM ending in a PARENTHESISED LABEL "
           "「(各州、市人民政府牽頭;省公安廳、監察廳、旅遊發展委、工商局、編辦,省法院配合)」; (十六)'s sentence names 「旅遊、物價…"
           "通信等涉旅部門」 as doers under the label; the page ends with (十六)'s label",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["四", "(十三)"], ["各州、市人民政府"],
          ["各州、市人民政府", "省民族宗教委", "公安廳", "環境保護廳", "住房城鄉建設廳", "交通運輸廳", "林業廳", "文化廳",
           "旅遊發展委", "工商局", "物價局"], **at(X01, "(十三)"),
          note="四、's heading is not on the page (the path names it from the items' numbering, as x121_02 四/(二)); " + R1 +
               ": the bracket 「(A牽頭;B、C…配合)」 gives lead A and responsible A, B, C… in printed order; " + LEAD_ALL +
               "; " + YN_RESP + "; " + NODATE),
        S(["五", "(十四)"], ["各州、市人民政府"], YN_B,
          note=R1 + ": the bracket after the item's text; 「綜合調度指揮中心」 in the sentence adds nothing (rule 1); "
                    + LEAD_ALL + "; 「省公安廳…編辦,省法院」 as printed; " + NODATE),
        S(["五", "(十五)"], ["各州、市人民政府"], YN_B,
          note=R1 + ": the same bracket as (十四); 「工商和市場監管局」 and 「旅遊警察隊伍」 are what the item builds, not units; "
                    + NODATE),
        S(["五", "(十六)"], ["各州、市人民政府"], YN_B,
          note=R1 + ": the bracket decides — 「旅遊、物價、交通運輸…通信等涉旅部門,要根據各自職能職責,發揮…作用,積極承擔旅遊監管責任」 "
                    "(bodies by field with 承擔…責任, a doer by round 30 without a label) adds nothing under a label (rule 1); "
                    + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: (十三) (under an unseen 四、) and 五/(十四)–(十六); 五's lead-in paragraph is no item",
            "「1+3+N+1」 names a model (digits in a name), in 五's lead-in: no target; no figure or date in the items"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x127_02_dalian-zhongxiaoxue-yanxue-lvxing-zhize-fengong.txt"
plan(X02,
     title_note=NO_TITLE + " (line 1 is the site's headline 「1至|关于中小学!大连十部门联合发布( 三 )」, page three of a "
                           "news copy of the plan)",
     doc_no="", issuer="大连市 (Liaoning): ten departments (「大连十部门联合发布」) — 市教育局 and its partners",
     date="(no date on the page; 「中国银保监会大连监管局」 and 「市文旅局」 date it to 2019–2023)",
     level="city (Liaoning, 大连市)",
     source=page_source("http://caolvse.com/d/120RW402020_3.html"),
     style="a news site's page 3: the site's headline, then NINE UNIT-COLON BULLETS 「●市教育局:负责…」…「●团市委:充分发挥…」 (the "
           "section heading they stand under is on an earlier page) and a tenth cut after its name 「●中国铁路沈阳」; inside them "
           "「学校所在地公安部门配合学校…」「由属地公安机关加强安全监督」「组织相关部门研制…」",
     leaf_tasks=1, count_alternatives=[9, 10], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["●市教育局"], [],
          ["市教育局", "市发展改革委", "市公安局", "市财政局", "市交通运输局", "市文旅局", "市市场监督管理局",
           "中国银保监会大连监管局", "团市委"], **at(X02, "●"),
          note="round 32 (a childless section of unit paragraphs) with round 34/35's heading of duties: the bullets are "
               "unnumbered paragraphs each opening with a body and a colon, the page's only structure — ONE task (its "
               "heading, on the page before, is not seen; the path names the first bullet, no number), its units every "
               "bullet's body in printed order (" + R1 + ": unit-colon items; the bodies inside the sentences — "
               "「学校所在地公安部门」「属地公安机关」「教育行政部门」 — add nothing); 「●中国铁路沈阳」 is cut inside its name "
               "(no colon, no work on the page): not answered (ruled round 36: a cut name is dropped; a reader who keeps the cut name adds 中国铁路沈阳); "
               "lead [] (no 牵头); 9 or 10 tasks (each bullet a task) accepted; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: the unseen section of duty bullets (round 32); 9 (the whole bullets) and 10 (with the cut one) accepted",
            "「A级旅游景区」 is a grade's name: no target; no date or figure in the bullets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x127_03_zhen-nongmao-shichang-zhengzhi-shishi-fangan.txt"
plan(X03,
     title="农贸市场整治实施方案范文（农贸市场整治实施方案）",
     title_note="line 5 opens with the site's name of the piece 「农贸市场整治实施方案范文」 (the site's 范文 tail): the name "
                "with 范文 or without it accepted (the scorer's 「plan（notice）」 form)",
     doc_no="", issuer="a town (「我镇」, 「镇农贸市场整治工作领导小组」, 「组长由镇长担任」; not named)",
     date="(no year on the page: 「9月3日前」「9月3日-10月31日」)", level="town (not named)",
     source=page_source("https://www.renrendoc.com/p-41768179.html"),
     style="a document site's preview: the site's notices (「全文预览已结束」「版权说明:…」「文档简介」), then the plan on ONE LINE: "
           "一、指导思想, 二、目标任务, 三、整治范围及重点 (aims and scope), 四、方法步骤 「(一)成立领导机构(9月3日前) 成立镇…领导小组,"
           "…成员由镇派出所、工商所…等负责人组成。…下设办公室在党政办,具体负责…」 「(二)实施集中整治(9月3日-10月31日) 1、宣传动员阶段"
           "(9月3日-9月23日)。召开…动员会…」 「2、自查整改阶段(9月23日-9月30日)。由整治工作领导小组办公室对…下达自查整改通知书,查找…」 "
           "— CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、目标任务", "三、整治范围及重点"],
     samples=[
        S(["四", "(一)"], [], [], dl="9月3日前", skip_deadline=True, **at(X03, "四、方法步骤 (一)"),
          note="round 34: items numbered inside one paragraph are items (一、–四、, (一)(二), 1、2、 run in order); a stage "
               "with its work (round 33): a task; " + R3 + ": the leading group and its office are bodies the item sets up "
               "(round 35), its members 「由镇派出所、工商所…等负责人组成」 are members and persons, 党政办 is where the office "
               "sits (「下设办公室在党政办」, as x121_04's 「设在」): lead = [], responsible = []; 「9月3日前」 — " + MASKED +
               "; 2 tasks (without this item, a reader who takes setting up a group as no task) accepted"),
        S(["四", "(二)", "1"], [], [], dl="9月3日-9月23日", skip_deadline=True, **at(X03, "1、"),
          note="a stage with its work (round 33): a phase and a task; 「召开…动员会,安排部署…,分解下达目标任务…」 has no subject "
               "(召开 without 组织: no rule-2 verb): lead = [], responsible = []; the stage's span — " + MASKED + " (no phase "
               "answered either)"),
        S(["四", "(二)", "2"], [], ["整治工作领导小组办公室"], lead_alternatives=[["整治工作领导小组办公室"]],
          dl="9月23日-9月30日", skip_deadline=True, **at(X03, "2、"),
          note=CUT + "; " + R2 + ": 「由整治工作领导小组办公室对…下达自查整改通知书,查找…」 — round 34 「由A＋any verb of doing」 "
                     "(an office made an actor so is a unit as printed); ruled round 36 (bodies a plan set up earlier are doers in later items): the office was set up by item (一), not by "
                     "this item (round 35's rule 3 for bodies AN ITEM sets up is read as the setting-up item's own): "
                     "responsible 整治工作领导小组办公室, " + ONE + " (a reader who extends rule 3 to every item answers []); "
                     "市场承包经营者… are the receivers of the notice, no units; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 四/(一), 四/(二)/1, 四/(二)/2 (cut); 一、二、三、 are sections (" + GOALS + "); 2 accepted (see (一))",
            "the stages' spans print no year: no phase is answered"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x127_04_xx-zhen-bayi-zoufang-weiwen-youfu-duixiang-fangan.txt"
plan(X04,
     title="庆八一建军节活动筹划方案",
     title_note="line 3 opens with the piece's title run into the preamble (「庆八一建军节活动筹划方案XX年“八一”建军节即未来临,…」); "
                "the plan names itself inside the preamble 「XX镇有关做好XX年八一’期间,开展走访慰问…活动实行方案」",
     doc_no="", issuer="a town (masked 「XX镇」; 「东江纵队老战士」 — Guangdong)", date="(masked 「XX年」)",
     level="town (Guangdong, masked XX镇)",
     source=page_source("https://www.bigxun.com/view/1899195933721202690"),
     style="a document site's preview (「还剩2页未读,继续阅读」「文本内容:」): the title run into the preamble, 一、 a leading group "
           "with its posts only, 二、活动时间 (「XX年7月20日至7月31日」), 三、指导单位和详细实行单位, 四、 a numbered LIST OF PERSONS "
           "「1、烈属3户」…「7、特困退伍人员若干名」, 五、慰问金原则 a numbered LIST OF RATES 「1、烈属1000元/户」… whose last line "
           "carries 「7、特困退伍军人200—500元/人以上经费及详细事宜均由镇民政办负责在7月26日前准备好」, 六、详细做法 「1、开好两个座谈会…"
           "座谈会负责单位党政办、民政办」 「2、…镇三套班子组员在8月1日前,…一定要到…走访慰问,…」 — CUT",
     leaf_tasks=3, count_alternatives=[4, 9, 16], attachment_task_rows=0,
     childless_top_level_sections=["一、XX镇走访慰问领导小组组长副组长组员", "二、活动时间"],
     samples=[
        S(["五"], [], ["镇民政办"], [("1000", "元/户"), ("500", "元/人"), ("300", "元/人"), ("200", "元/人")],
          lead_alternatives=[["镇民政办"]],
          dl="在7月26日前", skip_deadline=True,
          note="round 35: numbered lines that give no work (a list of rates, like a list of materials) are text, not items: "
               "五 is ONE childless point, its list its text, and its work the clause run into the last line 「以上经费及详细"
               "事宜均由镇民政办负责在7月26日前准备好」 (round 32: a paragraph after the run that speaks of it) — " + R2 +
               ": 由A负责, responsible 镇民政办, " + ONE + "; the rates are the policy's own per-unit rates (round 25: "
               "「每户补贴2000元」): targets 1000元/户, 500元/人, 300元/人 and the band 「200—500元/人」 read at its lower "
               "edge, 200元/人 (round 32); RULING? a reader who takes 1、–7、 as items answers 五/7 as the task with these "
               "units (count 9 accepted); 「7月26日前」 — " + MASKED),
        S(["六", "1"], [], ["党政办", "民政办"],
          note=R1 + ": 「…座谈会负责单位党政办、民政办」 — a units label run into the item's end without a colon (like a 责任单位 "
                    "column): responsible 党政办, 民政办, lead [] (no 牵头); 镇政府 is where the meeting is held, the persons "
                    "invited are no units; " + NODATE),
        S(["六", "2"], [], [], dl="在8月1日前", skip_deadline=True,
          note=CUT + "; " + R3 + ": 「镇三套班子组员…一定要到挂钩联络户对象家中走访慰问」 — members of the town's leading bodies are "
                     "persons (never units): lead = [], responsible = []; 「8月1日前」 — " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 五 (one point, its list text), 六/1 and 六/2 (cut); 一、 (a group of posts) and 二、 (the activity's "
            "time, masked year) give no work; 三、 designates 「详细实行单位镇政府及其下属各单位、各村委会、各小区」 and a guiding "
            "office for the whole activity — read as no task (the plan's own units, no work of its own); 四、's list of persons "
            "is text (round 35). Accepted counts: 4 (with 三), 9 (五/1–7 as items), 16 (四/1–7 and 五/1–7 as items)",
            "「3户」「21人」「196人」 in 四、 are counts of persons visited (objects, not goals): not answered as targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x127_05_lishui-2024-tuiyi-junren-ji-youfu-duixiang-dazoufang-tongzhi.txt"
plan(X05,
     title_note=NO_TITLE + " (the page opens with the site's metadata table: 索引号, 文号 丽退役军人局发〔2024〕27号, 发布机构, "
                           "成文日期; the notice's title line is not in it)",
     doc_no="丽退役军人局发〔2024〕27号", issuer="丽水市退役军人事务局 (Zhejiang, 丽水市)", date="2024-07-03 (成文日期)",
     level="city bureau (Zhejiang, 丽水市)",
     source=page_source("https://www.lishui.gov.cn/art/2024/7/16/art_1229430125_2525013.html"),
     style="a city site's page: the metadata table, addressees, a preamble (「决定在“八一”建军节前夕,全市开展退役军人及其他优抚"
           "对象大走访活动」), 一、活动主题 (a theme paragraph), 二、活动安排 with a lead-in paragraph and 「(一)市直属各单位及在丽省"
           "部属单位认真组织本系统退役军人走访慰问活动。…人数在5人以上的,…;人数在5人以下的可…」 「(二)各县(市、区)退役军人事务局统筹"
           "牵头」 — CUT",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "(一)"], [], ["市直属各单位", "在丽省部属单位"], [("5", "人")],
          note=R2 + ": 「市直属各单位及在丽省部属单位认真组织本系统退役军人走访慰问活动」 — 组织＋work (round 34: 组织 with a "
                    "verb-noun 走访慰问活动); 「市直属各单位」 is a kind before 单位 (round 34: only the bare 各单位 is a general "
                    "call), 「A及B」 two names (round 34): responsible 市直属各单位, 在丽省部属单位, lead [] (no 牵头); 「人数在5人以上"
                    "的,以召开座谈会…」 — a threshold with 以上 that picks the step (round 30; a count of persons, not an age "
                    "band): target 5人 (the same figure with 以下); 「本单位(部门)」 refers back, no unit; the preamble's 「“八一”"
                    "建军节前夕」 is not in the item: " + NODATE),
        S(["二", "(二)"], ["各县(市、区)退役军人事务局"], ["各县(市、区)退役军人事务局"],
          note=CUT + "; " + R2 + ": 「各县(市、区)退役军人事务局统筹牵头」 — RULING? 牵头 whose partners are cut off by the page, "
                     "read as 「A牵头」 (lead A; responsible A); a kind of body by 各县(市、区) (round 32); the scorer passes a "
                     "parser that reads no lead for a lead starting with 各; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), 二/(二) (cut); 一、活动主题 is a theme (" + GOALS + "); 二's lead-in paragraph (「充分发挥各级退役军人"
            "服务保障机构作用,通过组织召开座谈会…」, no subject) is no item",
            "「75周年」 an anniversary, 「2024-41440」「11332500MB1664896E」 index numbers: no targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x127_06_qu-dangqian-ji-hanjia-qijian-xuexiao-anquan-guanli-gongzuo-fangan.txt"
plan(X06,
     title="关于做好当前及寒假期间学校安全管理工作方案",
     title_note="lines 1, 5 and 6 (the site's name of the file and the document's own)",
     doc_no="", issuer="a district education bureau (「各镇办中心校、区直教育单位,民办学校」, 「按照市教育局、区政府的统一部署」, "
                       "「省上“两会”」 — a Shaanxi wording; not named)",
     date="(no date on the page)", level="district (education bureau, not named)",
     source=page_source("https://360docs.net/doc/509313356.html"),
     style="a document site's preview: the title, the site's three notices 「- 1、下载文档前…」「- 2、\"仅部分预览\"…」「- 3、…」 "
           "(chrome, no items), the title twice, addressees, a preamble, 「一、加强组织领导,全面落实校园安全责任」 on its own line with "
           "its body on the next, whose end carries the next heading RUN IN 「…确保校园持续安全稳定。二、强化安全教育,提高师生安全意识」, "
           "and 二's body 「各学校在寒假前要集中对全体师生组织开展一次专项安全教育,…」 — CUT",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各镇办中心校", "各学校幼儿园"],
          note="round 34 (headed points): a childless point that gives work is a task; " + R2 + ": 「各镇办中心校、各学校幼儿园"
               "(以下简称“学校”)要…认真落实“党政同责、一岗双责、失职追责”工作要求」 — kinds of body with 落实 as the verb "
               "(round 33: not the noun): responsible 各镇办中心校, 各学校幼儿园 (printed without a mark between 学校 and "
               "幼儿园: one name as printed; 「(以下简称“学校”)」 dropped, round 35), lead []; 「各中心校各学校主要领导亲自安排部署…"
               "认真落实…主体管理责任」 — persons (主要领导), never units; the site's 「- 1、」「- 2、」「- 3、」 notices are no items; "
               + NODATE),
        S(["二"], [], ["各学校"], lead_alternatives=[["各学校"]], **at(X06, "。二、"),
          note=CUT + "; the heading is run in at the end of 一's body line (line 10), its body on line 11; " + R2 + ": 「各学校"
                     "在寒假前要集中对全体师生组织开展一次专项安全教育」 — a kind of body (学校) with 组织开展: responsible "
                     "各学校, " + ONE + "; 「在寒假前」 — " + EVENT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一 and 二 (cut), headed points over paragraphs (round 34)",
            "「9:00-18:30」 the site's hours, 「一次」 a count in words: no targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x127_07_xiao-20xx-hanjia-fangjia-tongzhi.txt"
plan(X07,
     title_note=NO_TITLE + " (「2022寒假通知」 on lines 5 and 11 names the site's collection; the notice 「寒假通知1」 prints no "
                           "title of its own)",
     doc_no="", issuer="a university (「校屬各單位」, 「各二級學院」, 「教務處」「保衛處」「兩辦綜合科」; not named)",
     date="(masked 「20xx年」; 1月17日 a Saturday)", level="school (a university, not named)",
     source=page_source("https://bowengu.com/xingzhenggongwen/tongzhi/9yzoe4.html"),
     style="a model-text site's page in TRADITIONAL characters: the site's chrome (「博文谷」「位置:首頁 > 行政公文 > 通知」, an "
           "introduction), 「寒假通知1」, addressees, 一、 the holiday's dates, 二、寒假期間需要做好以下幾項工作: (一)–(六) (「由校領導"
           "帶隊…」, 「教務處和各二級學院要安排好…」, 「保衛處要組織有關部門和人員對我校進行一次安全大檢查」, 「宣傳部要做好…」), "
           "三、「各單位請將本單位假期值班表電子版於1月15日前發送至兩辦綜合科郵箱,並認真落實假期值班工作」, 四、 the duty roster — CUT",
     leaf_tasks=7, count_alternatives=[6, 8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(三)"], [], [],
          note=R2 + ": 「教務處和各二級學院要安排好期末考試…;做好新學期的教學準備工作」 — 安排 and 做好 are no rule-2 verbs (" +
                    VERBS + "): lead = [], responsible = []; " + NODATE),
        S(["二", "(五)"], [], ["保衛處"], lead_alternatives=[["保衛處"]],
          note=R2 + ": 「放假前,保衛處要組織有關部門和人員對我校進行一次安全大檢查」 — round 30 「A組織B＋verb」: A is the doer, "
                    "有關部門 and 人員 (the pivot's objects) are not units: responsible 保衛處, " + ONE + "; 「放假前」 — "
                    + EVENT + "; " + NODATE),
        S(["三"], [], [], dl="於1月15日前", skip_deadline=True,
          note="round 34 (headed points): a childless point with an instruction 「請將…發送…,並認真落實…」 is a task; " + R2 +
               ": 「各單位」 bare is a general call (round 33), with 落實 too: lead = [], responsible = []; the sending to "
               "兩辦綜合科 is a duty; 「1月15日前」 — " + MASKED),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各單位請將本單位假期值班表電子版於1月15日前發送至兩辦綜合科郵箱", "when": "於1月15日前", "when_norm": None}],
     notes=["7 leaves: 二/(一)–(六) and 三 (a point with an instruction); 一、 (the holiday's dates, no doer, no instruction) "
            "and 四、 (the roster, cut) are no tasks — 6 (without 三) and 8 (with 一 or 四) accepted",
            "「6周」 the holiday's length, 「3.08W」 the site's view count, 「20xx」 a mask: no targets; the dates of 一、 name a "
            "masked year: no phase"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x127_08_2021-zhongxiaoxue-youeryuan-qiuji-kaixue-gongzuo-fangan.txt"
plan(X08,
     title="2021年中小学校(幼儿园)秋季开学工作方案",
     title_note="line 1 prints the title twice and the site's piece number 「1」 before 一、",
     doc_no="", issuer="a city's education bureau (「根据我市常态化疫情防控要求」, 「全市普通高中」; not named)", date="2021",
     level="city (education, not named)",
     source=page_source("https://m.wenke99.com/p-5425140.html"),
     style="a document site's preview on ONE LINE (1,318 bytes: the tool's whole excerpt): the title twice, 一、科学合理安排开学时间 "
           "with a lead-in and 「1.全市普通高中毕业年级8月23日报到,8月24日正式上课。」 「2.…8月30日、31日报到,9月1日正式上课,…」, "
           "二、做好秋季开学准备工作 「1.完善工作体系和制度方案。…在属地卫生健康、市场监管、公安等部门配合下,…适时更新完善…」 — CUT; "
           "「2021-2021学年度」 is the source's",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], dl="8月23日报到,8月24日正式上课", dln="2021-08", **at(X08, "调整:1."),
          note="round 34: items numbered inside one paragraph are items; the plan names no unit at all, so every numbered "
               "leaf is a task (plans-dev 08, seed 003); no body is named (「全市普通高中毕业年级」 is a group of students): "
               "lead = [], responsible = []; RULING? the dates the item sets (report 8月23日, classes 8月24日) read as its "
               "deadline, the latest one (round 34), the year the title's: 2021-08"),
        S(["一", "2"], [], [], dl="8月30日、31日报到,9月1日正式上课", dln="2021-09", **at(X08, "上课。2."),
          note="as 一/1: lead = [], responsible = []; 「中等职业学校、幼儿园可参照执行」 is an option (round 30), no unit; the "
               "latest date 9月1日: 2021-09"),
        S(["二", "1"], [], [], **at(X08, "准备工作 1."),
          note=CUT + "; " + R2 + ": 「…在属地卫生健康、市场监管、公安等部门配合下,结合自身实际,适时更新完善各项…工作方案」 — no "
                     "subject; round 34: 配合 needs a doer, an item whose only body-clause is 配合 names none: lead = [], "
                     "responsible = []; 「校外培训机构要结合实际,做好…衔接」 — 做好 is no rule-2 verb (" + VERBS + "); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一/1, 一/2, 二/1 (cut); the plan names no unit on the page (every leaf a task)",
            "「2021-2021学年度」 a school year's name, 「(晚、课前)」 no figure: no targets"])

write_collected(DIR)
