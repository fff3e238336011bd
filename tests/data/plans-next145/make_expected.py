# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next145/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c145, round 37: eight page openings of plans from outside Shanghai — a town's
2023 春运 实施方案 on ONE LINE (unit-colon items 「(一)镇春运领导小组:」「(二)各村(社区):」 inside the run), the 任务 section
of 江门市's 地名公共服务工程 实施方案 (dated, no body named), 大涌镇's 2017 清明节祭扫 工作方案 (「(二)工作职责」 1.–2.), a
district 爱卫会's 秋季统一灭鼠 notice (「由区爱卫办会同富春街道办事处具体组织实施」), 赣州市's 2007 中心城区春季灭鼠 实施方案
(headed points, 「由…负责」 clauses), 王务学校's 垃圾分类 实施方案 (「三、责任分工」 1.–4., stages), 大口镇's 2019 防汛 实施方案
(「由镇协调陆渠局…」) and 城关镇's 2022 春运 工作方案 (「(三)职责分工」 unit-colon paragraphs): never tune the parser on
them (see README.md).
Only `line` and `title_starts` are looked up in the text (``locate`` of ../plans/expected_tools.py, ``at_in`` for the
one-line page); every answer was written here by reading the texts under `tests/data/CONVENTIONS.md` (rules 1–4 of
round 29, the round-30 clarifications, the round-31 to round-37 rulings, cited in the notes). Neither the parser nor
the scorer was run on these plans by c145.

    python tests/data/plans-next145/make_expected.py tests/data/plans-next145
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
COLON = ("rule 1: a unit-colon item 「A:…」 gives its units; the sentences after the colon add nothing "
         "(plans-dev 06 三/（一）)")
MASK = "the year is masked on the page (「XX年」): the deadline is not checked"

# ---------------------------------------------------------------------------------------------------------
X01 = "x145_01_xx-zhen-2023-chunyun-gongzuo-shishi-fangan.txt"
SET1 = ("round 36 (bodies a plan set up earlier are doers in later items): the 领导小组 set up in 二、组织领导 is a unit of "
        "三/(一)")
plan(X01,
     title="XX镇2023年春运工作实施方案",
     title_note="in line 1 after the site's number 「2023011724:」, printed twice in a row (the page runs the title into "
                "itself and into the preamble)",
     doc_no="", issuer="a town (masked 「XX镇」)", date="2023 (the title)", level="town (masked)",
     source=page_source("https://www.xinyuwenchuang.cn/doc/47477.html"),
     style="a document site's page printed on ONE LINE: the site's number, the title twice, a preamble, 一、工作目标 (「各单位要"
           "高度重视…」), 二、组织领导 (the 领导小组 and its office, 「领导小组下设办公室,具体负责组织协调…」), 三、工作职责 with a "
           "lead-in (「各单位要加强协作…」), the site's own lines 「心语\\文创素材库:+https://…。公¥众号:…」 and unit-colon "
           "items 「(一)镇春运领导小组:…」 (the site's marker 「##paidbegin##」 inside its text) and 「(二)各村(社区):…」 — "
           "the page's own 「...」 in (二)",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、组织领导"],
     samples=[
        S(["三", "(一)"], [], ["镇春运领导小组"], lead_alternatives=[["镇春运领导小组"]],
          **at_in(DIR, X01, "(一)"),
          note="round 34 (items numbered inside one paragraph are items when they run in order): (一), (二) stand at no "
               "line start on this one-line page; " + COLON + ": 「镇春运领导小组:结合…研究制定实施方案…组织开展安全大检查…」 — "
               + SET1 + "; " + ONE + "; 「春运期间」 is no date: " + NODATE),
        S(["三", "(二)"], [], ["各村(社区)"], lead_alternatives=[["各村(社区)"]],
          **at_in(DIR, X01, "(二)"),
          note=CUT + " (the page's 「...」); " + COLON + ": 「各村(社区):实施村(社区)辖区内…道路交通安全工作」 — one name as "
               "printed, the bracket kept (round 34); 「各村交通劝导员」 are persons; " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 三/(一)–(二); 一、工作目标 (「各单位要…」 a general call, round 33) and 二、组织领导 (the office the item "
            "sets up, rule 3) are sections; 3 accepted (二、 read as a childless point whose office 「具体负责组织协调」)",
            "no figures, no dates on the page (「2023年」 a year)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x145_02_jiangmen-diming-gonggong-fuwu-gongcheng-shishi-fangan.txt"
NOUNIT2 = ("the page names no doer by rule 1 or rule 2: 「各级政府、各有关部门要抓住…」「各地要…」 (要 is no rule-2 verb; 各地 "
           "no kind, round 32), 「建设、公安、房产等部门要…各负其责,密切配合地名管理部门…」 (RULING?: 各负其责 read as no "
           "「A负责…」 clause — it gives no work of its own; 配合 needs a doer, round 34), 「各级地名管理部门要进一步规范…」「要在2006年"
           "启动…」 (规范, 启动 not in the closed list) — so every numbered leaf is a task (plans-dev 08, seed 003)")
plan(X02,
     title="江门市地名公共服务工程实施方案（江门市人民政府办公室转发市民政局关于江门市地名公共服务工程实施方案的通知）",
     title_note="line 2 (the notice's title; line 1 is the law site's name); the plan's own title is not on this page",
     doc_no="", issuer="江门市人民政府办公室 (Guangdong; forwarding 市民政局's plan)",
     date="(no date on the page; its items name 2006 and 2008 — the plan is of 2006)",
     level="city (Guangdong, 江门)",
     source=page_source("http://www.fymate.net/html/text/lar/169316/16931644_1.html"),
     style="a law site's page: the site's name, the notice's title, then the plan from 「三、实施地名公共服务工程的任务」 (the "
           "page's first section; 一、二、 not on it): (一)–(三) paragraphs (「一是…二是…三是…」 run in (一)), CUT in (四)",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "(一)"], [], [],
          note="round 37: 「一是…二是…三是…」 inside a numbered item's paragraph are its text (one task); 「及时做好…」「及时修订"
               "…」「制定…」 have no subject — lead = [], responsible = []; 「在《广东省地名管理条例》出台后」 is an event, no date: "
               + NODATE),
        S(["三", "(二)"], [], [], dl="2006年年底前", dln="2006-12",
          note=NOUNIT2 + "; lead = [], responsible = []; 「2006年年底前,各地要对地名命名情况进行一次全面清理」 the item's one "
               "date: 2006-12"),
        S(["三", "(三)"], [], [], dl="2008年底前", dln="2008-12", other_deadlines=["2006年"],
          note="「各级地名管理部门要在2006年启动…,争取在2008年底前全部完成」 (启动 no rule-2 verb; 「有条件的地方,要…」 a case "
               "and a general call) — lead = [], responsible = []; round 34 (several dates: the latest is the deadline) — "
               "2008-12, 「2006年」 the start"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 tasks: 三/(一)–(四) ((四) cut after 「路牌」); no item names a body (see 三/(二)'s note)",
            "no figures but years"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x145_03_dayong-zhen-2017-qingmingjie-jisao-gongzuo-fangan.txt"
DUTY3 = ("「(二)工作职责」 read as round 34's 职责 heading (a heading of 职责 over the bodies' work; RULING? — the lists "
         "name 职责分工, 部门职责, 职责, 管理职责…, and x137_08's 「(二)工作职责」 was read through unit-colon items)")
plan(X03,
     title="大涌镇清明节祭扫工作方案（关于印发《大涌镇清明节祭扫工作方案》的通知）",
     title_note="line 4 (the notice's title on the 中山 government site; the plan's own title is not printed again)",
     doc_no="", issuer="大涌镇 (Guangdong, 中山市; the notice's addressees 「各村(社区),各有关单位」)",
     date="2017-03-20 (the page's 发布日期 and the notice's date line)", level="town (Guangdong, 中山 大涌镇)",
     source=page_source("http://zs.gov.cn/dyz/zcgw/qtwj/content/post_1289341.html"),
     style="a government site's page: site lines, the notice's title, the 发布日期, the cover (「…请认真贯彻落实。执行过程中遇到问题,"
           "请径与社会事务局联系…」), its date, a preamble, 一、工作任务 (one paragraph), 二、组织机构及工作职责 with (一) the "
           "领导小组 (persons with their bodies in brackets) and 「(二)工作职责」 1.–2. (「社会事务局全面负责…」「农业和农村工作局制定…」) "
           "— CUT in 2.",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、工作任务"],
     samples=[
        S(["二", "(二)", "1"], [], ["社会事务局"], lead_alternatives=[["社会事务局"]],
          note=R2 + ": 「社会事务局全面负责组织、协调、指导群众祭扫工作…」 (the subject of 负责); 「组织下属单位祥安仙福园的工作人员"
               "进行…教育」 — 工作人员 are persons, the object of 组织 (round 30's pivot); " + ONE + "; 「清明节期间」 has no date "
               "on the page: " + NODATE),
        S(["二", "(二)", "2"], [], ["农业和农村工作局"], dl="清明节期间", dln="2017-04", lead_alternatives=[["农业和农村工作局"]],
          note="aligned round 44 (Round 46 ruling): a festival's period in an item's own text with no date of its own dates the item by the festival's month in the plan's year (CONVENTIONS.md Round 46 rulings, decided, p44e): 「加强清明节期间祭扫的山林巡查力度」 — 清明节 2017 (4月4日; the preamble's 「2017年清明节」): 2017-04; formerly no deadline; " + CUT + "; " + DUTY3 + ": 「农业和农村工作局制定相应工作措施,加强…巡查力度,切实做好…」 — 制定／加强／做好 are no "
               "rule-2 verbs, but under the 职责 heading the body given work is a unit (round 34); " + ONE + "; deadline 「清明节期间」 2017-04 (above)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 二/(二)/1–2; 一、工作任务 (no body) is a section; 二/(一) sets up the 领导小组 (rule 3: its members "
            "and office are not units; round 27) — 3 accepted with it",
            "the cover's 「请径与社会事务局联系」 is a contact, not a sending (no duty); no figures but the phone number and years"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x145_04_qu-qiuji-tongyi-mieshu-huodong-fangan.txt"
LEADIN4 = ("the lead-in 「本次秋季灭鼠活动由区爱卫会统一组织」 gives no unit here: the item names its own (rule 4)")
plan(X04,
     title="XX年秋季统一灭鼠活动方案",
     title_note="line 4 (line 6 repeats it twice after the site's 「第一篇:」, with 「xx」)",
     doc_no="", issuer="a district 爱卫会 (「区爱卫会决定于10月下旬组织全区开展…」; the district and city masked 「xx」)",
     date="(masked 「XX年」)", level="district (masked)",
     source=page_source("http://6dgww.com/Article/14355267.html"),
     style="a 公文 site's page: the site's line, the title, 「第一篇:」 and the title twice, addressees, a preamble, 一、组织领导 "
           "with a lead-in 「本次秋季灭鼠活动由区爱卫会统一组织。」 and items (一)–(三) without a final stop, 二、灭鼠时间 (「0月20-31日"
           "为统一投放灭鼠毒饵时间」 — the page's 「0月」), 三、灭鼠重点 (lists of places 「.公共环境…」「2.…」「3.…」, the first "
           "number lost), 四、药物使用 (「.居民区…」) — CUT",
     leaf_tasks=3, count_alternatives=[6], attachment_task_rows=0,
     childless_top_level_sections=["二、灭鼠时间", "四、药物使用"],
     samples=[
        S(["一", "(一)"], ["区爱卫办"], ["区爱卫办", "富春街道办事处", "区疾控中心"], lead_alternatives=[[]],
          skip_deadline=True,
          note=R2 + ": 「城区灭鼠工作由区爱卫办会同富春街道办事处具体组织实施」 (「由A会同B＋verb」: lead A, lead [] accepted; "
               "responsible A, B) and 「区疾控中心负责技术指导」 (the subject of 负责: responsible) — all three in printed order; "
               + LEADIN4 + "; 二、灭鼠时间 「0月20-31日」 is the activity's span (round 36) but " + MASK),
        S(["一", "(二)"], [], ["区农业局"], lead_alternatives=[["区农业局"]], skip_deadline=True,
          note=R2 + ": 「…农村和农田灭鼠工作,由区农业局具体组织实施,并做好技术指导」 — " + ONE + "; " + LEADIN4 + "; " + MASK),
        S(["一", "(三)"], [], ["区爱卫办", "市场监管和卫生监督部门"], skip_deadline=True,
          note=R2 + ": 「区爱卫办、市场监管和卫生监督部门负责组织开展执法检查」 — two names split on 、; 「市场监管和卫生监督部门」 one "
               "name as printed (round 35: 和 joins two names only where each side is a whole body name; 「市场监管」 is a "
               "field sharing the head 部门); lead [] (no 牵头); " + MASK),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 一/(一)–(三); 二、灭鼠时间 is one line of the span (no stages: no phase); 三、灭鼠重点's numbered lines "
            "are lists of places that give no work (round 35: text) — 6 accepted with them; 四、 (cut) states how the bait is "
            "laid, with no body",
            "「5/10万」「15平方米」「2堆」「5米」「10-15克」 in 四、 (no task) — a norm of laying; 「超过15平方米的大房间」 a class "
            "the rule covers (round 34): not targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x145_05_ganzhou-2007-zhongxin-chengqu-chunji-mieshu-huodong-shishi-fangan.txt"
CUTSPAN5 = ("the page ends at 「三、活动时间 / 本次统一灭鼠活动时间」, before the span (round 36 would give its end to "
            "items with no date): the deadline is not checked")
plan(X05,
     title="2007年赣州市中心城区春季灭鼠活动实施方案（赣州市人民政府办公厅关于转发市爱卫会2007年赣州市中心城区春季灭鼠活动实施方案的通知）",
     title_note="line 6 is the plan's own title; line 1 the notice's",
     doc_no="赣市府办发[2007]25号", issuer="赣州市人民政府办公厅 (Jiangxi), forwarding 市爱国卫生运动委员会's plan",
     date="2007-04-05 (the notice; the plan 二00七年四月三日)", level="city (Jiangxi, 赣州)",
     source=page_source("http://www.fymate.net/html/text/lar/169709/16970927.html"),
     style="a law site's page: the notice (title, number, addressees, 「现转发给你们,望认真组织实施」, date), the plan's title "
           "and issuer line, a preamble broken inside 「《 / 江西省爱国卫生工作条例》」, then headed points over paragraphs: "
           "一、灭鼠范围及目标, 二、组织领导与组织形式 (one paragraph of 「由A负责」 clauses), 三、活动时间 — CUT after its first "
           "words",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各属地爱卫会"], lead_alternatives=[["各属地爱卫会"]], skip_deadline=True,
          note="round 36 (a childless top-level point that gives work to a doer by rule 2 is a task): 「章贡区农村和赣州经济"
               "技术开发区的灭鼠活动由各属地爱卫会参照本实施方案,…组织实施」 (由A＋组织实施) — " + ONE + "; 「达到国家和省级卫生"
               "城市标准」 has no figure; " + CUTSPAN5),
        S(["二"], [], ["市爱卫会办公室", "市爱卫会指定专业消杀队伍", "职能管理单位", "所在地爱卫办", "辖区街道办事处", "居委会", "机构"],
          skip_deadline=True,
          note=R2 + " (several clauses, in printed order): 「由市爱卫会办公室具体组织实施」, 「由市爱卫会指定专业消杀队伍负责」 "
               "(RULING?: one name as printed, like round 34's 「X下属Y」; the other reading gives 专业消杀队伍), 「由职能管理单位负责」, "
               "「由所在地爱卫办负责组织实施」, 「由辖区街道办事处、居委会负责」, and 「委托了…的单位、企业和个体工商户,由所委托的机构…"
               "负责具体实施」 — a scope split (round 34: both sides of the item's own work are doers), 「所委托的机构」 giving 机构 "
               "(round 34: the name after the last 的; RULING?); 「在赣州市爱国卫生运动委员会的统一领导下」 is a circumstance "
               "(rule 3); lead [] (no 牵头); " + CUTSPAN5),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 一、 and 二、 (childless headed points naming doers, round 34/36); 1 accepted (一、 read as the scope and "
            "aim, a section); 三、活动时间 is cut before any content; the notice's 「望认真组织实施」 is the cover (no task)",
            "「2007年」「[2007]25号」 are a year and a number: not targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x145_06_wangwu-xuexiao-laji-fenlei-chuli-shishi-fangan.txt"
HEAD6 = ("round 35 (责任分工 is a heading that gives out work: every body given work is a unit)")
plan(X06,
     doc_no="", issuer="王务学校 (a school; place not on the page)", date="(no year on the page)",
     level="school (王务学校)",
     source=page_source("https://m.bdocx.com/doc/13795409.html"),
     style="a document site's page: the file's name and the site's line, then the plan from inside 一、组织机构 (「崔国民 / "
           "副组长: / …」, no 一、 on the page), 二、分类标准 1.–4. (kinds of waste), 三、责任分工 1.–4. (「学校领导小组负责…」「教导处"
           "负责…」「德育处负责…」「总务处负责…」, each with unnumbered lines after it), 四、阶段安排 1.–2. (stages with a span in "
           "brackets 「(5.30—6.5)」「(6.6---6.30)」 and work under each) — CUT in 2.",
     title_note="not checked: line 1 is the site's file name 「王务学校垃圾分类处理实施方案Word文档格式.doc」",
     leaf_tasks=6, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "1"], [], ["学校领导小组"], lead_alternatives=[["学校领导小组"]],
          note=HEAD6 + " and rule 2: 「学校领导小组负责制定…方案,统一部署…、负责组织开展宣传动员、保证…所需经费」 — the group the "
               "plan set up in 一、 (round 36: a doer in later items); " + ONE + "; " + NODATE + " (三、 stands under no stage)"),
        S(["三", "2"], [], ["教导处"], lead_alternatives=[["教导处"]],
          note=HEAD6 + ": 「教导处负责对教师的宣传工作、检查各部门工作完成推进情况」 and the next line 「负责…知晓率、参与率」 (the "
               "item's body) — 各部门 is the object of 检查, given no work; " + ONE + "; " + NODATE),
        S(["三", "3"], [], ["德育处"], lead_alternatives=[["德育处"]],
          note=HEAD6 + ": 「德育处负责对学生的宣传教育…」, 「并组织学生志愿者等对…进行督促」 — 学生志愿者 are persons (never units, "
               "round 30); " + ONE + "; 「知晓率、参与率」 without a figure; " + NODATE),
        S(["三", "4"], [], ["总务处", "垃圾回收部门"],
          note=HEAD6 + ": 「总务处负责设置垃圾分类箱,督促垃圾回收部门进行垃圾的分类收集、分类清运工作」 — round 37: under a 「X分工」 "
               "heading the object of 督促 that is given work is a unit (垃圾回收部门, given 分类收集、分类清运); lead [] (no 牵头); "
               + NODATE),
        S(["四", "1"], [], [], skip_deadline=True,
          note="round 32/33 (a stage with work written under it is a task as well as a phase): 「1.宣传动员和准备阶段(5.30—6.5)」 "
               "with 「本阶段建立机构、制定方案、开展普及宣传、教育活动,设置垃圾分类箱」 (no subject) — lead = [], responsible = []; "
               "the stage's end 「6.5」 has no year on the page: the deadline is not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 tasks: 三/1–4 and 四/1–2 (stages with work; 四/2 cut); 4 accepted (the stages read only as phases); 二、分类"
            "标准's 1.–4. define kinds of waste (a list that gives no work, round 35: text)",
            "phases 宣传动员和准备阶段 (5.30—6.5) and 实施阶段 (6.6—6.30) are not written: the page gives no year",
            "「四大类」「五大类」 name kinds: not targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x145_07_dakou-zhen-2019-fangxun-gongzuo-shishi-fangan.txt"
UNDER7 = ("RULING?: (一)–(三) stand under 「一、总体要求」 as the page prints them, but each is the 防汛 work of named works "
          "(a dam, a canal, the villages' bridges), not a requirement: read as tasks (the page has likely lost a heading "
          "such as 二、工作重点); by round 27's letter only 三/(二), which names a doer, would be one — 1 accepted")
plan(X07,
     title="大口镇2019年防汛工作实施方案",
     title_note="line 1", doc_no="", issuer="大口镇 (「我镇地处全市最南部」; the site is 偃师's)",
     date="2019 (the title)", level="town (Henan, 偃师 大口镇)",
     source=page_source("https://yanshi.gov.cn/yanshi/detail/3772.html"),
     style="a government site's page: the title, a preamble, 一、总体要求 (a paragraph of aims) followed by (一)–(三) paragraphs "
           "of work, each headed by a run-in name 「(二)东一干渠道防汛。由镇协调陆渠局做好…」 — CUT in (三)",
     leaf_tasks=3, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [],
          note=UNDER7 + "; 「镇包库领导、所属行政村负责人及相关责任人要高度重视…」「镇包坝段领导及相关责任人要明确职责分工…」 are "
               "persons (round 30) — lead = [], responsible = []; 「汛期」「汛前」 are no dates: " + NODATE),
        S(["一", "(二)"], [], ["镇"], lead_alternatives=[["镇"]],
          note="round 34 (由A＋any verb of doing is rule 2, 协调 included): 「由镇协调陆渠局做好大渠沿线检查维修工作」 — 镇 (a body "
               "named by a kind, round 30) the doer; 陆渠局, the object of the pivot 协调, is not a unit (round 30); 「沿渠有关行政村"
               "密切关注…及时上报」 has no rule-2 verb; " + ONE + "; " + NODATE),
        S(["一", "(三)"], [], [],
          note=CUT + "; 「各行政村要对辖区内地过路桥坝进行深入细致的检查」 — 要…进行…检查 is no rule-2 verb (round 37: 「A对…进行"
               "…」 without 由 names no doer) — lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 一/(一)–(三) (see (一)'s note; 1 accepted); 一、's own paragraph states aims (no body)",
            "「2019年」 a year; no targets (「不垮坝」 has no figure)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x145_08_chengguan-zhen-2022-chunyun-gongzuo-fangan.txt"
SPAN8 = ("round 37 (a campaign's span stated once for the whole action is a stage span for items with no date): 「2022年"
         "春运将从1月17日开始,2月25日结束」 — deadline 2022-02-25")
plan(X08,
     doc_no="", issuer="城关镇 (Henan, 新密市; 「按照国家、省、郑州市、新密市有关工作要求…制订城关镇2022年春运工作方案」)",
     date="2022 (the preamble)", level="town (Henan, 新密 城关镇)",
     source=page_source("https://public.xinmi.gov.cn/D49Y/8877899.jhtml"),
     style="a government site's page that opens at the plan's preamble (no title line): 一、工作要求 (一) a paragraph with no "
           "body, (二) the 领导小组 and its office 「…会同各部门做好…各项工作」, 「(三)职责分工」 with UNNUMBERED unit-colon "
           "paragraphs 「镇春运工作领导小组办公室:…」「派出所:…」「镇社会事务办:…」 — CUT in the third",
     title_note="not checked: the page has no title line (the name 「城关镇2022年春运工作方案」 stands inside the preamble)",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(二)"], [], ["各部门"], dl="2月25日结束", dln="2022-02-25",
          note="RULING?: 「…镇春运领导小组办公室设在镇综合执法办…。综合协调、动态研判…,会同各部门做好春运疫情防控…等各项工作」 — "
               "the elided subject is the office the item sets up (rule 3: not a unit), and 各部门, the partner of 会同 (rule 2: "
               "「A会同B＋verb」 gives B; round 34: the partner of 会同 is a doer), is read as the item's doer — so (二) is a "
               "task (round 33: a 工作要求 item naming a doer); lead [] (A, the lead of 会同, is no unit); the persons 郭鹏飞, "
               "袁海伟 are not units; " + SPAN8),
        S(["一", "(三)"], [], ["镇春运工作领导小组办公室", "派出所", "镇社会事务办", "运输企业", "客运站", "卫生院"],
          dl="2月25日结束", dln="2022-02-25",
          note=CUT + "; round 32 (unnumbered unit paragraphs under a childless item are one task, their bodies in printed "
               "order) and round 36 (under a heading that gives out work — 职责分工 — every body given work is a unit: 「指导和"
               "协助运输企业、客运站等人流密集场所做好防疫工作」 gives 运输企业, 客运站 (round 35: the 等… tail dropped), 「同卫生院"
               "一起组织开展医疗救」 gives 卫生院); 镇春运工作领导小组办公室 is the office set up in (二) (round 36: a doer in later "
               "items); RULING?: 「负责与市春运工作领导小组对接」「与上级主管部门对接」 name partners of a liaison, given no work "
               "(not units); 「督促检查相关单位」 a catch-all (round 33); lead [] (no 牵头); " + SPAN8),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 一/(二) (see its note) and 一/(三) (one task of unit paragraphs, round 32); 一/(一) names no body "
            "(「组织做好…」 with no subject) and is a 工作要求 item (round 27); 1 accepted ((二) left out), 3 accepted (the "
            "three unit paragraphs counted as tasks, (二) left out)",
            "「共计40天」 counts the span's days and 「69892912」 is a phone number: not targets"])

write_collected(DIR)
