# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next275/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c275, round 54: eight page openings of task lists and duty lists from outside
Shanghai whose tasks name their units — 朝阳市's 2010 城市市容和环境卫生“清洁月” 实施方案 under its 朝政办发〔2010〕28号 cover
(unit-colon items 「1、市公用事业局(环卫局):①负责…②…」, CUT); page 2 of 南昌市's 灭鼠 plan (stages (五)–(七) without a year,
「由市爱卫办组织专业队伍…」「市商贸委要组织开展…」「市质监局要抓好…」, CUT); a 区's 2018 春季滅鼠活動 通知 on a 范文 mirror
(traditional with inline pinyin, porn-spam chrome, a dated stage, CUT); 芜湖市's 2019年度市政府重点工作任务分解 (a cover and a
one-cell-a-line table 序号 / 目标与任务 / 牵头责任单位 / 责任单位, CUT at row 3); page 5 of a 县's 森林火灾 duty list
(「2、发改委:负责…」 unit-colon items, 「5、交通局:…配合县农林局做好…」, then a reporting procedure, CUT); 泸州市's 2011 春秋两季
灭鼠除四害 通知 (泸市府办函〔2011〕65号: a notice that is the plan, 一、二、 childless points, CUT); page 2 of 漳州's 安全生产专项督查
plan (「(三)市公安局、市公安消防支队牵头负责…专项督查。」 … (十五), then 五、督查方法, CUT); page 3 of a 安全生产专项整治 plan
(「(三)道路交通安全专项整治,由公安、交通部门负责,有关部门配合。」 … (八), CUT)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py); every answer was
written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–64 are
cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these
plans by c275.

    PYTHONPATH=. python tests/data/plans-next275/make_expected.py tests/data/plans-next275
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, and outside 第X条 articles it stands, round 63's x268_02): "
        "lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = "no year is printed on the page (round 48: only what is printed is read): the deadline is not checked"
COLON = R1 + " and round 55: a unit-colon item 「A:…」 is a label, and sentences in its text add nothing"


def single(unit):
    return {"lead_alternatives": [[unit]]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x275_01_chaoyang-2010-shirong-huanjing-weisheng-qingjieyue-huodong-shishi-fangan.txt"
plan(X01,
     title="朝阳市城市市容和环境卫生“清洁月”活动实施方案（朝阳市人民政府办公室关于印发朝阳市城市市容和环境卫生“清洁月”活动实施方案的通知）",
     title_note="the forwarded plan's title, printed over two lines 「朝阳市城市市容和环境卫生“清洁月”」/「活动实施方案」 (a line break "
                "inside a title cuts nothing, rounds 53, 56); the notice's title accepted (CONVENTIONS: two documents under one cover)",
     doc_no="朝政办发〔2010〕28号", issuer="朝阳市人民政府办公室", date="2010-04-09 (二○一○年四月九日)",
     level="city (朝阳市, 辽宁)",
     source=page_source("http://fsou.com/html/text/lar/172364/17236411.html"),
     style="a law-search site's text: the notice's title, its number, addressees, one sentence and the date; the plan's title "
           "on two lines, a preamble 「从2010年起,每年4月份和9月份…开展…“清洁月”活动」, 一、整治区域 (a scope, no children), "
           "二、主要任务 1、 and 2、 — unit-colon items whose work runs in circled ①–④ inside one line — CUT in 2、②",
     leaf_tasks=2, count_alternatives=[3, 6], attachment_task_rows=0, childless_top_level_sections=["一、整治区域"],
     samples=[
        S(["二", "1"], [], ["市公用事业局(环卫局)"], **single("市公用事业局(环卫局)"),
          responsible_alternatives=[["市公用事业局"]],
          note=COLON + ": 「1、市公用事业局(环卫局):①负责道路清扫保洁。…④负责…」 — the label's body as printed, its bracket kept "
               "(a second name of the same body, as 「区各部门(单位)」 is kept, rounds 34, 52, 62; the name without it accepted: "
               "round 63's 「属地镇街园区(自发形成市场)」 drops only a bracket that states a scope); " + ONE + "; ①–④ run inside the "
               "item's one line and are its text (plans-next155, plans-next171 read circled numbers inside a line so; the count "
               "with them as leaves is accepted); 「八条主要街路」 names the streets the repair covers (not checked); the activity "
               "recurs 「每年4月份和9月份」 from 2010, a standing rhythm, so no deadline (rounds 34, 38; round 56: work that goes "
               "on): " + NODATE),
        S(["二", "2"], [], ["市城市管理综合行政执法局"], **single("市城市管理综合行政执法局"),
          note=COLON + ": 「2、市城市管理综合行政执法局:①进一步深化“门前三包”责任制。…②整治车辆乱停乱放」; " + ONE
               + "; " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/1 and 二/2 (CUT); 一、整治区域 is a scope (where the work is done), no work: a section. Accepted: 3 "
            "(一 as a task) and 6 (①–④ of 1、 and ①② of 2、 as leaves)",
            "the cover's 「请认真贯彻落实」 is no task and it sends nothing; 「从2010年起,每年4月份和9月份」 is a yearly rhythm of the "
            "activity, no phase and no deadline"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x275_02_nanchang-mieshu-gongzuo-fangan-di2ye.txt"
plan(X02,
     title_note="title not checked: page 2 of the document opens inside its stages (「4、市区各单位…」); the title is on page 1",
     doc_no="", issuer="南昌市 (「《南昌市灭鼠工作责任目标分解表》」; 市爱卫办)", date="not shown (no year on the page)",
     level="city (南昌市)",
     source=page_source("http://ask.fsou.com/html/text/lar/172274/17227470_2.html"),
     style="page 2 of a law-search site's text: the last item 4、 of a stage on page 1, stages (五)外环境灭鼠阶段(9月11日-9月20日) "
           "1、–3、, (六)完善防鼠设施阶段(9月21日-9月30日) with a lead-in and 1、–4、, a pointer to the attached 分解表, "
           "(七)检查验收阶段 1、–2、 (dated 9月10日-9月13日, 9月15日-9月25日) — CUT in (七)/2",
     leaf_tasks=10, count_alternatives=[9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["4"], [], [], skip_deadline=True,
          note="「4、市区各单位按辖区要求,统一组织投药。」, the last item of a stage whose heading is on page 1: 组织投药 is a verb of "
               "rule 2, but 各单位 is any body, a general call (round 33: 「No kind, no doer」; 市区 says where): " + NONE + "; "
               + NOYEAR),
        S(["(五)", "1"], [], ["市爱卫办"], targets=[(18, "平方公里")], skip_deadline=True, **single("市爱卫办"),
          note=R2 + ": 「由市爱卫办组织专业队伍,在…地段面积约18平方公里进行重点灭鼠」 — the agent of 由 with 组织, a verb of doing "
               "(round 30: 「A组织B＋verb」, B no unit); " + ONE + "; 18 平方公里 is the area of work the item sets, a number of "
               "work (round 62 decided: a number of work the item sets is a target), 约 only rounds it; the stage's span "
               "(9月11日-9月20日) would date it, but " + NOYEAR),
        S(["(五)", "2"], [], ["各城区爱卫办"], skip_deadline=True, **single("各城区爱卫办"),
          note=R2 + ": 「各城区爱卫办要组织督促专业队伍和街办、居委会(村)搞好…灭鼠工作」 — 组织(督促) B 搞好: A is the doer, the "
               "objects of the pivot no units (round 30); 各城区爱卫办 is a kind (爱卫办 a head, 各 before it, round 62); the next "
               "sentence 「市爱卫办将对…进行检查」 has 进行, no verb of rule 2 (round 30's closed list); " + ONE + "; " + NOYEAR),
        S(["(五)", "3"], [], ["市直各部门"], skip_deadline=True, **single("市直各部门"),
          note=R2 + ": 「市直各部门按各自职责范围(见附表),对所辖单位的外环境组织灭鼠」 — 组织＋灭鼠 (a verb of doing after 组织, "
               "round 30); 市直各部门 a kind (部门 a head; round 33: 有关部门／各有关部门 are kinds, only 各单位 is any body); "
               + ONE + "; " + NOYEAR),
        S(["(六)", "1"], [], [], targets=[(95, "%")], skip_deadline=True,
          note="「市、县(区)卫生局要认真督促管辖宾馆、饮食、食品等特殊行业单位建设和完善防鼠设施,确保重点单位防鼠设施合格率达95%以上」 — "
               "督促 is a pivot outside rule 2's list (round 30: 协调 and 督促 are not), and outside articles the list stands "
               "(round 63's x268_02): " + NONE + "; the stage's lead-in 「在各县、区政府的统一领导下」 names a guide, no unit (rule 3); "
               "95% with 达…以上 is a target (round 30's line); " + NOYEAR),
        S(["(六)", "3"], [], ["市商贸委"], skip_deadline=True, **single("市商贸委"),
          note=R2 + ": 「市商贸委要组织开展集贸市场防鼠设施建设」 — 组织开展 (rule 2); " + ONE + "; " + NOYEAR),
        S(["(七)", "1"], [], [], skip_deadline=True,
          note="「1、9月10日-9月13日,市爱卫办将对各城区、各单位的灭鼠工作进行抽查」 — 进行抽查, no verb of rule 2: " + NONE
               + "; the item's own days (9月13日) would date it, but " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves: 4 (the tail of a stage on page 1), (五)/1–3, (六)/1–4, (七)/1–2 (CUT); 9 accepted (without the orphan 4、). "
            "The pointer 「具体重点单位…见后附的《南昌市灭鼠工作责任目标分解表》」 and (六)'s lead-in are text",
            "no year is printed on the page, so neither deadlines nor the stages (五)–(七) as phases are checked; the 95% "
            "floors of (六)/1–2 are targets (round 30)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x275_03_qu-2018-chunji-mieshu-huodong-tongzhi.txt"
plan(X03,
     title="2018春季滅鼠活動(dòng)通知",
     title_note="the headline the mirror prints on its own line 6 (also in its breadcrumb and 移動端 line), inline pinyin "
                "「活動(dòng)」 kept as printed (round 39: the site's inline pinyin is kept; round 62 decided: a title line is told "
                "by where it stands); the notice's text names no title of its own",
     doc_no="", issuer="a 区's 爱卫会 (「區愛衛辦」「區疾控中心」; 各鎮(街道)、開發區; the district not named)",
     date="not shown (the mirror's date 2019-05-14 is the site's, round 45; the text's own year 2018)",
     level="district (a 區, not named)",
     source=page_source("http://hmlawpc.com/gongwen/177855.html"),
     style="a 范文 mirror in traditional characters with inline pinyin 「(zhèn)」「(qū)」, porn-spam chrome on line 1, a breadcrumb, "
           "the headline, the site's own lead-in; then the notice: addressees, a preamble, 一、時間安排 (only the span "
           "「2018年3月15日至 4月30日」), 二、步驟措施 (一)準備階段(3月15日至3月31日) 1、工作布置 :… 2、鼠情監測 :… — CUT",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、時(shí)間安排"],
     samples=[
        S(["二", "(一)", "1"], [], ["區(qū)疾控中心", "區(qū)衛(wèi)生監(jiān)督所"], dl="(3月15日至3月31日)", dln="2018-03-31",
          responsible_alternatives=[["區疾控中心", "區衛生監督所"], ["区疾控中心", "区卫生监督所"]],
          note=R2 + ": 「區愛衛辦制訂下發…通知,區疾控中心、區衛生監督所負責承辦對…滅鼠專業人員進行…培訓」 — the subjects of 負責 "
               "(two names by 、); 制訂 is outside rule 2's list (round 30: 制定), so 區愛衛辦 is no unit; 「工作布置 :」 is a run-in "
               "topic, no unit label; names as printed with their pinyin, the names without it accepted (rounds 39, 59, 62); "
               "lead []; the stage's span gives its items their deadline (round 35), its year from the text's own span "
               "「2018年3月15日至 4月30日」 (round 42: the text's own year)"),
        S(["二", "(一)", "2"], [], [], dl="(3月15日至3月31日)", dln="2018-03-31",
          note="「2、鼠情監測 :區疾控中心做好春季滅鼠技術方案的制訂和滅前密度監測工作(監測類別包括…」 — 做好 is outside rule 2's "
               "closed list (round 30; outside articles it stands, round 63's x268_02): " + NONE + "; the stage's end "
               "(round 35); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一)/1 and 2 (CUT); 一、時間安排 gives only the campaign's span, no work (round 42 continued: a point "
            "that gives only the time is no task)",
            "phases: 準備階段 is printed 「準(zhǔn)備階段」 with the mirror's pinyin inside its name; it is not checked (its "
            "name as the scorer matches it is the mirror's, not the plan's)",
            "the site's chrome (line 1's spam, 薈聚奇文…, the breadcrumb, 網站/時間/移動端, the site's lead-in) is no part of the plan"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x275_04_wuhu-2019-shi-zhengfu-zhongdian-gongzuo-renwu-fenjie.txt"
plan(X04,
     title="2019年度市政府重点工作任务分解表（芜湖市人民政府办公室关于分解下达2019年度市政府重点工作任务的通知）",
     title_note="the attached table's title (the plan the cover forwards, CONVENTIONS: two documents under one cover); the "
                "notice's title accepted",
     doc_no="", issuer="芜湖市人民政府办公室", date="2019-05-14", level="city (芜湖市)",
     source=page_source("https://weda.wuhu.gov.cn/zwgk/zcfg/8214999.html"),
     style="a development zone's site: breadcrumb, the notice's title, the site's date line, addressees, three cover paragraphs "
           "(请认真组织实施; 各责任单位要…; 市政府将…纳入…考核), the date, (此件公开发布), a word count; then 附件, the table's "
           "title and a one-cell-a-line table 序号 / 目标与任务 / 牵头责任单位 / 责任单位 with rows 1 and 2 — CUT at row 3's number",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["附件", "1"], ["市生态环境局"], ["市生态环境局", "各县区政府", "开发区管委会"],
          note=R1 + ": the row's 牵头责任单位 cell gives the lead and its 责任单位 cell the rest (round 37: table columns are "
               "labels); 「各县区政府、开发区管委会」 two names by 、 (round 30: 「各镇、园区」 two); 「三减三增七补齐」 is a name "
               "with digits, no target; " + NODATE + " (round 44 decided: no stage and no campaign span)"),
        S(["附件", "2"], ["市自然资源和规划局"], ["市自然资源和规划局", "各县区政府", "开发区管委会"],
          note=R1 + ": 「增林地、增绿地、增湿地。」 with its 牵头责任单位 and 责任单位 cells; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: the table's rows 1 and 2; row 3 is printed only as its number (the page ends), and a number alone gives "
            "no work (round 62's x266_02: a heading alone)",
            "the cover's paragraphs are instructions to the 责任单位 (CONVENTIONS: cover-notice instructions are no tasks); "
            "「及时反馈…进展情况和完成情况」 names no date and no rhythm: no duty is checked"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x275_05_xian-senlin-huozai-bumen-zhize-di5ye.txt"
plan(X05,
     title_note="title not checked: page 5 of a 办公文秘 site's text opens inside a list of duties; the title is on an earlier page",
     doc_no="", issuer="a 县 (县农林局, 县林技中心, 县森林防火指挥部; 「本区行政区域内」 in 二/(一); not named)",
     date="not shown", level="county (a 县, not named)",
     source=page_source("https://jingyanben.com/bangongwenmi/119466.html?page=5"),
     style="page 5 of a 办公文秘 site: unit-colon duty items 2、发改委:负责… to 7、司法局:… (their heading and 1、 on page 4), then "
           "二、森林火灾报告、通报程序 (一)–(四) with run-in headings 「森林火灾灾情报告形式:」 and paragraphs after them — CUT in (四)",
     leaf_tasks=9, count_alternatives=[10], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], ["发改委"], **single("发改委"),
          note=COLON + ": 「2、发改委:负责森林火灾控制保障体系…的计划安排。」; " + ONE + "; " + NODATE),
        S(["3"], [], ["财政局"], **single("财政局"),
          note=COLON + ": 「3、财政局:负责安排…所需资金,保证及时足额到位,加强…监督管理」 — the label gives its body whatever the "
               "verb (round 30's payer reading is for 由A承担 clauses in sentences, and 加强…监督管理 is work beside it); " + ONE
               + "; " + NODATE),
        S(["5"], ["交通局"], ["交通局", "县农林局"], responsible_alternatives=[["交通局"]],
          note=COLON + ", but round 41 (assisting the named) and round 63's x272_01: under a unit label 「A:…配合B做好…」 the body "
               "A assists is responsible with A, lead A — 「5、交通局:负责提供运输车辆,…,配合县农林局做好森林火灾监督检查工作」: lead "
               "[交通局], responsible [交通局, 县农林局]; the label alone accepted; " + NODATE),
        S(["7"], [], ["司法局"], **single("司法局"),
          note=COLON + ": 「7、司法局:加强《中华人民共和国森林法》、《森林防火条例》等法律法规的宣传教育工作。」; " + ONE + "; "
               + NODATE),
        S(["二", "(一)"], [], [],
          note="「(一)本区行政区域内任何单位和个人发现森林火灾后,必须立即向县林技中心报告。」 then 「县林技中心应立即派技术人员赴现场"
               "进行调查,并提出处理意见,采取防范措施。」 — a reporting rule with 必须 gives work (round 55's x248_03), so a task; "
               "the reporters are anyone, a call (round 33), and 县林技中心 is the receiver (rule 3: 向A报告), its own verbs 派／"
               "进行／提出／采取 are outside rule 2's closed list (round 30): " + NONE + "; " + NODATE),
        S(["二", "(四)"], [], [], targets=[(30, "分钟")],
          note="「(四)森林火灾灾情报告程序:发现…时,必须立即向县林技中心报告。县林技中心在接到紧急灾情报告后,30分钟内赶赴现场,进行初步"
               "调查。…」 — a procedure with 必须／要, a task (round 55); 赶赴／进行／报告 are no verbs of rule 2, and 县林技中心 receives "
               "the reports (rule 3): " + NONE + "; RULING? 「30分钟内」 is read as 以内, a time limit joined to the work and a "
               "target (round 32: 「之内」 is 以内, a target with a time limit); " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 leaves: 2–7 (the unit-colon items whose 1、 and heading are on page 4) and 二/(一), (二), (四) (CUT); 二/(三) "
            "「县林技中心森林火灾灾情报告内容:包括灾情、发生的时间、地点…」 lists what a report holds, a document's contents and no "
            "work (round 37's list; round 63's x271_05: contents are text): 10 with it accepted",
            "二/(二) 「…应当按…要求,以电话、传真等最快的形式进行」 gives work with 应当 (round 55): a task naming no unit"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x275_06_luzhou-2011-chunqiu-liangji-mieshu-chu-sihai-huodong-tongzhi.txt"
plan(X06,
     title="泸州市人民政府办公室关于开展2011年春秋两季灭鼠除四害活动的通知",
     title_note="line 1; the notice is the plan itself (round 64: a notice whose own points are the plan)",
     doc_no="泸市府办函〔2011〕65号", issuer="泸州市人民政府办公室", date="not shown on the page (2011)",
     level="city (泸州市)",
     source=page_source("http://fsou.com/html/text/lar/172888/17288803.html"),
     style="a law-search site's text: title, number, addressees 「各区、县人民政府,市级各部门:」, a lead-in, then headed points "
           "一、提高认识,加强领导 and 二、广泛宣传,发动群众, each one paragraph of several bodies' work — CUT after 二",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各级政府", "区县爱卫会", "各区县"],
          responsible_alternatives=[["各级政府", "区县爱卫会", "各区县", "各部门"], ["各级政府", "区县爱卫会"]],
          note=R2 + " (several clauses, in order): 「各级政府负责灭鼠除四害的组织领导,区县爱卫会具体负责工作的部署安排、组织实施、效果"
               "评价」 — subjects of 负责／具体负责; 「城区各部门、各街镇、单位、经营户、居民住户要自觉服从…统一安排部署」 — 服从, no verb "
               "of rule 2; 「各区县、各部门要制定…实施意见,集中人力、物力、财力,认真组织实施」 — 组织实施 (rule 2) with its subject "
               "carried through the sentence (round 41): 各区县 is a kind (round 30: 各区), 各部门 addressed to all with no kind "
               "(round 30: 「各部门要加强…」 a general call; RULING? beside round 33's 有关部门 kind, the list with it accepted); "
               "「各级、各部门要进一步提高…认识」 a call; lead []; " + NODATE),
        S(["二"], [], ["市、区县爱卫办", "健康教育、疾控部门"],
          responsible_alternatives=[["市、区县爱卫办"]],
          note=R2 + ": 「市、区县爱卫办与健康教育、疾控部门共同配合,组织编印灭鼠除四害的宣传资料」 — 组织编印 (组织＋verb) with "
               "two subjects joined by 与 (round 30: 「由A与B…共同＋verb」, both doers); 「市、区县爱卫办」 one name as printed (round "
               "30: 「市、区X部门」), 「健康教育、疾控部门」 fields sharing one head, one name (round 31); 「各区县、各部门、单位要广泛宣传」 "
               "and 「各级宣传部门和新闻单位要充分发挥…,加大…,开辟…」 use no verb of rule 2 (calls, round 30); lead []; " + NODATE
               + "; the page ends after this point"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: the notice's headed points 一、 and 二、 (round 64: a notice that is the plan; round 34 early: childless "
            "points that give work); the lead-in's 「制定切实可行的实施方案,认真组织实施」 is the cover's call",
            "「春秋两季」 names seasons of the year 2011 with no date: no deadline"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x275_07_zhangzhou-anquan-shengchan-zhuanxiang-ducha-fangan-di2ye.txt"
plan(X07,
     title_note="title not checked: page 2 of the document opens inside its 四、 (督查 分工); the title is on page 1",
     doc_no="", issuer="漳州市 (市安监局, 漳州海事局, 漳州铁路车务段, 漳州电业局; the issuing body on page 1)",
     date="not shown", level="city (漳州市)",
     source=page_source("http://www.fsou.net/html/text/lar/171626/17162641_2.html"),
     style="page 2 of a law-search site's text: items (三)–(十五) of a 督查 division, each one line 「A牵头负责…专项督查。」, a "
           "paragraph 「上述各部门同时要加强…督查」, then 五、督查方法 (一)–(三) with run-in headings — CUT in (三)",
     leaf_tasks=16, count_alternatives=[13, 17], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(三)"], ["市公安局", "市公安消防支队"], ["市公安局", "市公安消防支队"],
          note=R2 + ": 「市公安局、市公安消防支队牵头负责人员密集场所消防安全专项督查」 — 「A牵头（负责）」: lead A, here two bodies by "
               "、 (round 34: two names), responsible the same; " + NODATE),
        S(["(四)"], ["市安监局"], ["市安监局"],
          note=R2 + ": 「市安监局牵头负责…安全生产专项督查」 — A牵头负责: lead and responsible A; " + NODATE),
        S(["(八)"], ["市水利局"], ["市水利局"], not_targets=[(5, "万千瓦")],
          note=R2 + ": 「市水利局牵头负责水利行业、5万千瓦以下在建水电工程安全生产专项督查」; 5万千瓦以下 is a band inside the noun that "
               "names the class of works the 督查 covers: a class, not a target (round 58; round 64 turned over x95_02: a band "
               "inside a noun naming the class a rule picks); " + NODATE),
        S(["(十一)"], ["漳州铁路车务段"], ["漳州铁路车务段"],
          note=R2 + ": 「漳州铁路车务段牵头负责辖区内铁路系统安全生产专项督查」 — a body outside the city's government named as "
               "printed (rule 2: a named body); " + NODATE),
        S(["(十四)"], ["市烟花爆竹安全管理办公室"], ["市烟花爆竹安全管理办公室"],
          note=R2 + ": 「市烟花爆竹安全管理办公室牵头负责烟花爆竹经营、储存单位专项督查」; " + NODATE),
        S(["五", "(一)"], [], [],
          note="「(一)听取汇报,查阅资料。全面听取所到地人民政府、相关部门和生产经营单位关于…情况汇报,认真查阅相关文件、记录和资料。」 — a "
               "method of the 督查 with its work and no subject: a task (round 34 early: a point that gives work; 督查方法 is none "
               "of the unit-less sections of round 27); the bodies reporting are whom the 督查组 hears, objects, no units: " + NONE
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["16 leaves: (三)–(十五) (13) and 五/(一)–(三) (CUT in (三)). Accepted: 13 (the methods read as how the 督查 is done, "
            "no tasks) and 17 (with the paragraph 「上述各部门同时要加强…督查」, which reads here as the section's closing text: it "
            "adds a field to the work the items gave the same bodies, 上述各部门 pointing back, rounds 34, 38, 57)",
            "no date on the page (四、时间安排 of such plans is on page 1, not printed here): no deadline is checked as a date"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x275_08_anquan-shengchan-zhuanxiang-zhengzhi-fangan-di3ye.txt"
plan(X08,
     title_note="title not checked: page 3 of the document opens inside its list of 专项整治; the title and issuer are on page 1",
     doc_no="", issuer="not shown (a government's 安全生产专项整治 plan, 2003–2008 by its terms: 安全评估, 民爆器材; level not "
     "shown)", date="not shown", level="not shown (a province's, city's or county's)",
     source=page_source("http://www.fymate.net/html/text/lar/169775/16977564_3.html"),
     style="page 3 of a law-search site's text: items (三)–(七) each 「X专项整治,由A负责,有关部门配合。要…」 and (八) 「铁路、水利、…等"
           "部门,要各负其责,…」 — CUT in (八)",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(三)"], [], ["公安、交通部门", "有关部门"], responsible_alternatives=[["公安、交通部门"]],
          note=R2 + ": 「(三)道路交通安全专项整治,由公安、交通部门负责,有关部门配合。」 — 由A负责 (rule 2), 「A负责…，B配合」: B "
               "responsible after any doer (round 30), lead [] (no 牵头); 「公安、交通部门」 fields sharing one head, one name as "
               "printed (round 31); 有关部门 a kind (round 33), no catch-all like 有关单位 (rounds 42 continued, 63); the list "
               "without it accepted; " + NODATE),
        S(["(四)"], [], ["公安部门", "有关部门"], responsible_alternatives=[["公安部门"]],
          note=R2 + ": 「由公安部门负责,有关部门配合」 (round 30; round 33's kind); " + NODATE),
        S(["(六)"], [], ["建设部门", "有关部门"], responsible_alternatives=[["建设部门"]],
          note=R2 + ": 「建筑领域安全专项整治,由建设部门负责,有关部门配合。以预防建筑事故为重点,督促和检查…」; " + NODATE),
        S(["(七)"], [], ["质量技术监督部门", "有关部门"], responsible_alternatives=[["质量技术监督部门"]],
          note=R2 + ": 「由质量技术监督部门负责,有关部门配合。负责对锅炉…的安全监管」 — the second 负责 has no subject of its own "
               "and carries the first (round 41); 「凡隐患严重、不及时整改的,必须停止运行」 is a case, no unit; " + NODATE),
        S(["(八)"], [], ["铁路、水利、电力、邮政、林业、农牧、旅游、教育等部门"],
          **single("铁路、水利、电力、邮政、林业、农牧、旅游、教育等部门"),
          note="「(八)铁路、水利、电力、邮政、林业、农牧、旅游、教育等部门,要各负其责,切实履行安全生产专项监督管理职能,严格按照…」 — a "
               "kind with 各负其责 as its own predicate is designated (round 63 turned over round 38's note: 负 takes on the duty); "
               "fields before 等部门 sharing one head are one name as printed, 等 kept (round 31; round 64 drops a bare 「等部门」 "
               "only after whole names); " + ONE + "; " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: (三)–(八) (CUT in (八)); their heading (三、 or 二、 of the plan) and (一)(二) are on page 2"])

# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

align68("x275_05", ["二", "(四)"], "「县林技中心在接到紧急灾情报告后,30分钟内赶赴现场」: 内 after a time counted from an event is the deadline rule, neither a target nor a deadline (rounds 33, 34, 54); only 以内／之内 makes it a target",
        "Targets, turned by Round 65, confirmed by Round 68", to_not=[(30, "分钟")], ruling="Round 65 rulings, written early")
align68("x275_06", ["一"], "「各区县、各部门要制定…实施意见,…认真组织实施」: 各部门 not joined to 各地 is a kind and a doer with a rule-2 verb (round 44; round 47's q44a; round 57's x253_07)",
        "Units, turned: round 44 over round 30's example", resp=["各级政府", "区县爱卫会", "各区县", "各部门"],
        resp_alt=[["各级政府", "区县爱卫会", "各区县"], ["各级政府", "区县爱卫会"]], ruling="Round 65 rulings, written early")

write_collected(DIR)
