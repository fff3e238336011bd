# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next138/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c138, round 36: eight page openings of plans from outside Shanghai — 重庆市民政局's
2019 notice forwarding the 孤兒助學工程 rules in TRADITIONAL characters under adult-spam chrome (「各區縣(自治縣)要…認真組織
實施」), 永州's 2023 祭祀用火 urgent notice, also traditional under spam chrome (「…民政局、林業主管部門要…與鄉鎮(街道)組織聯合
巡邏」), 贵州's task list for the 保障农民工工资支付条例 whose TABLE COLUMNS 牵头单位/责任单位/工作要求 are RUN TOGETHER on one
line after each item, a city's duties for 农民工工资 清欠 written under UNNUMBERED UNIT HEADINGS 「市劳动和社会保障局」「市建设局」
「人民法院」, a town's 2016 征兵 實施意見 in traditional characters with inline pinyin 「鎮(zhèn)」, a 普宁 town's 2023 自建房 plan
with 「2023年6月底前完成…」 and a list of house classes, a county's 2016 三下鄉 plan with 「牽頭單位:」 and 「成員單位:…職責:…」,
and a town's 无偿献血 plan run together with the site's chunk numbers): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in``
where the number is not at its line's start, the item sits under an unnumbered heading, or the text runs on one line);
every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (its round-29 rules on units
written in sentences and the rulings of rounds 30–36 are cited in the notes; readings CONVENTIONS does not settle say
RULING?). Neither the parser nor the scorer was run on these plans by c138.

    python tests/data/plans-next138/make_expected.py tests/data/plans-next138
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (a number not at its line's start, under an unnumbered heading, or inside a run-together
# line), the first words cut at the line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's own title"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋verb, 牵头, 会同/协同/联合, a "
         "designation; round 30, round 34)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
POINTS = "round 34 (headed points): a childless point whose text gives work is a task"
UNIT_HEAD = ("rule 1 (a unit heading): the unnumbered line 「{0}」 heads the numbered items under it, each item's unit "
             "(as 「1.A审核内容」-style headings, round 32); the items' sentences add nothing; responsible {0}, " + ONE)


# ---------------------------------------------------------------------------------------------------------
X01 = "x138_01_chongqing-2019-fucai-yuanmeng-guer-zhuxue-gongcheng-zhuanfa-tongzhi.txt"
plan(X01,
     title="重慶市民政局轉發民政部《“福彩圓夢·孤兒助學工程”項目實施暫行辦法》的通知",
     title_note="line 12 (the notice's own heading, without 「關于」); line 6 is the site's name of it with 「關于」",
     doc_no="渝民〔2019〕71號", issuer="重慶市民政局 (Chongqing, province-level city)",
     date="2019 (渝民〔2019〕71號; the site's 「日期:2025-02-21」 is its posting date)",
     level="province-level city bureau (重庆市民政局)",
     source=page_source("http://www.8m9cc.com/bmjd/xzfgzbm/qmzj/zwgk_48989/gkml/hnzj/btyj/202502/t20250221_14330521.html"),
     style="a mirror site in TRADITIONAL characters: line 1 is adult-spam page chrome (kept), the site's breadcrumb twice, the "
           "notice's name, date and number, the heading again, addressees, the forwarding sentence 「現將…轉發給你們,并提出我市"
           "的貫徹意見」, 「一、高度重視,加強宣傳」 (「從2019年7月10日起…各區縣(自治縣)要高度重視,認真組織實施。要利用…大力宣傳…」), "
           "「二、資助對象范圍」 (who is funded; the source's mojibake 「(??疲┰盒?」 kept) and a paragraph cut at 「各區縣(自治縣)民」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各區縣(自治縣)"], lead_alternatives=[["各區縣(自治縣)"]],
          note=POINTS + "; " + R2 + ": 「各區縣(自治縣)要高度重視,認真組織實施」 — 組織＋work (組織實施, round 34) by a group named "
                    "by a kind (round 32: 各县（市、区） is a kind): responsible 各區縣(自治縣) (the bracket stays with the name, "
                    "round 34), " + ONE + "; 「從2019年7月10日起」 is when the programme starts, not when the item is done: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 一; 二、資助對象范圍 states the scope of who is funded (a general provision, round 30/34: no task) and "
            "its second paragraph is cut at 「各區縣(自治縣)民」 before any work shows — 2 (with 二) accepted",
            "the notice forwards a document that is not on the page (「現將…轉發給你們」): the notice's own points are the "
            "tasks here (CONVENTIONS, two documents under one cover: only the cover is on the page)",
            "「年滿18周歲后」 an age band naming a group of persons (round 31), 「2019年7月10日」 a start date, "
            "「民辦發〔2019〕24號」 a document number: no targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x138_02_yongzhou-2023-chunjie-jisi-yonghuo-guankong-jinji-tongzhi.txt"
YZ_UNITS = ["各縣市區(管理區、經開區)民政局", "林業主管部門", "鄉鎮(街道)"]
plan(X02,
     title="關于加強春節期間嚴格管控祭祀用火切實防范森林火災工作的緊急通知",
     title_note="line 6", doc_no="", issuer="永州市民政局 and 永州市林業局 (Hunan), jointly",
     date="2023-01-18 (the site's line 8)", level="city bureaus (Hunan, 永州市)",
     source=page_source("http://m.cnktw.com.cn/zhuanti/2023/0118/121117.html"),
     style="a mirror site in TRADITIONAL characters: line 1 adult-spam chrome (kept), the site's menu and breadcrumb, the "
           "title, the issuers and date, 「(資料圖)」, addressees, a preamble, three headed points with run-in headings "
           "「一、嚴格實行分類管理。…」 (rules for the public: 「必須向當地鄉鎮政府…申請批準」「由村(居)網格員監督」), 「二、嚴格限定"
           "祭祀時間。…不得超過每天下午3:00…」, 「三、嚴格管控打擊到位。各縣市區(管理區、經開區)民政局、林業主管部門要將此件傳達到"
           "各鄉鎮(街道)政府并與鄉鎮(街道)組織聯合巡邏,加大祭祀用火管控」 — CUT",
     leaf_tasks=3, count_alternatives=[1, 2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note=POINTS + " (its run-in heading 「嚴格實行分類管理」 is an instruction to the addressees); " + R3 + ": "
               "「向當地鄉鎮政府(街道辦事處)或村(居)黨支部、村(居)委會申請批準」「…報備登記」 name receivers and approvers, "
               "「在鎮(街)村(居)干部監督下」 persons as a circumstance, 「由村(居)網格員監督」 a person's role (round 34: 網格員 "
               "like 專人, never a unit), 「確需進山祭祀的」 a case: lead = [], responsible = []; RULING? a reader who reads "
               "the rules for the public as text (round 36: prohibitions to the public with no body named) takes no task "
               "here (count 2 or 1 accepted); " + NODATE),
        S(["二"], [], [],
          note=POINTS + " (「嚴格限定祭祀時間」); no body named: lead = [], responsible = []; 「每天下午3:00」 is a clock time "
               "(not a target, CONVENTIONS targets) and 「農歷十二月三十日、正月十五日」 are days the rule also covers "
               "(「包括…」), not a date the item is done by: " + NODATE),
        S(["三"], [], YZ_UNITS,
          note=CUT + "; " + R2 + ": 「各縣市區(管理區、經開區)民政局、林業主管部門要…與鄉鎮(街道)組織聯合巡邏」 — 組織＋work "
                     "(聯合巡邏, round 34) with A and B both its subjects 「A與B組織…」 (round 30: 「由A与B…共同＋verb」 gives A "
                     "and B): RULING? responsible 各縣市區(管理區、經開區)民政局, 林業主管部門 (separate heads split at 、, the "
                     "bracket kept with its name, round 34), 鄉鎮(街道) (a kind, as printed); 「傳達到各鄉鎮(街道)政府」 names a "
                     "receiver (rule 3); lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一, 二, 三 (cut), headed points with run-in headings over one paragraph each (round 34); 1 and 2 "
            "accepted (see 一)",
            "「3:00」 a clock time: no target; no date in the points"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x138_03_guizhou-baozhang-nongmingong-gongzi-zhifu-tiaoli-gongzuo-renwu-qingdan.txt"
COLS = ("rule 1 (a table's unit columns): the page prints the header 「责任内容具体任务及措施牵头单位责任单位工作要求」 (line 4) "
        "and, for each item, its task text on one line and its three cells run together on the next — 牵头单位, 责任单位, "
        "then the 工作要求 text; the label decides, the item's sentences add nothing")
plan(X03,
     title="贵州省落实《保障农民工工资支付条例》工作任务清单",
     title_note="line 1", doc_no="", issuer="贵州省 (a province's task list; posted by 安顺市人力资源和社会保障局's site)",
     date="(the site's 发布时间 2021-10-20)", level="province (Guizhou)",
     source=page_source("http://rsj.anshun.gov.cn/zwgk/zfxxgk/xxgkml/zcfg/fgwj/202110/t20211020_70979647.html"),
     style="a city bureau's site: the title, the posting time, the TABLE HEADER run together 「责任内容具体任务及措施牵头单位责任单位"
           "工作要求」, 「一、强化责任落实,明确职责分工(一)政府责任」 on one line, then rows whose task text stands on one line "
           "(「 1.市(州)、县(市、区、特区)人民政府对…负责,…」) and whose cells are RUN TOGETHER on the next 「市、县两级人民政府"
           "市、县两级根治拖欠农民工工资工作领导小组市、县两级人民政府原则上每季度听取一次…」; 「(二)部门责任」 1. and 2. — CUT "
           "inside 2.'s text, before its cells",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], ["市、县两级人民政府"], ["市、县两级人民政府", "市、县两级根治拖欠农民工工资工作领导小组"],
          **at(X03, "(一)政府责任\n 1."),
          note=COLS + ": 牵头单位 「市、县两级人民政府」, 责任单位 「市、县两级根治拖欠农民工工资工作领导小组」 (each one name as "
                      "printed, 「市、区X部门」-style, round 30); the cells are split where the 工作要求 text begins again with "
                      "「市、县两级人民政府原则上…」; lead 市、县两级人民政府, responsible both; 「原则上每季度听取一次」 is a rhythm "
                      "(round 34: no deadline) and no comparison word (「原则上」 alone is none, round 30's list): " + NODATE),
        S(["一", "(一)", "2"], ["县级人民政府"], ["县级人民政府", "乡(镇)人民政府", "街道办事处"], **at(X03, "情况报告。\n 2."),
          note=COLS + ": 牵头单位 「县级人民政府」, 责任单位 「乡(镇)人民政府、街道办事处」 (two names at 、), then the 工作要求 "
                      "「乡(镇)人民政府、街道办事处按月上报…台账至县级领导小组办公室」; lead 县级人民政府; the monthly sending is "
                      "a rhythm, no deadline (round 34) — the sending is a duty (round 35), undated: " + NODATE),
        S(["一", "(二)", "1"], ["省人力资源社会保障厅"], ["省人力资源社会保障厅", "市、县两级人力资源社会保障部门"],
          **at(X03, "(二)部门责任\n1."),
          note=COLS + ": 牵头单位 「省人力资源社会保障厅」, 责任单位 「市、县两级人力资源社会保障部门」, then the 工作要求 「各级人力"
                      "资源社会保障部门适时做好…」 (which adds nothing under the label); the item's opening 「人力资源社会保障部门。"
                      "负责…」 is its field heading, the columns decide (rule 1); " + NODATE),
        S(["一", "(二)", "2"], [], ["住房城乡建设、交通运输、水利、能源等相关行业工程建设主管部门"],
          lead_alternatives=[["住房城乡建设、交通运输、水利、能源等相关行业工程建设主管部门"]],
          **at(X03, "农民工工资案件。\n2."),
          note=CUT + " before its cells; RULING? with no column on the page the row's opening 「住房城乡建设、交通运输、水利、"
                     "能源等相关行业工程建设主管部门(以下简称…)。履行行业监管责任,…建立…台账…监督…」 is read as a unit heading "
                     "of duties (round 35's 部门职责 heading: the section is 「(二)部门责任」, every body given work a unit), as "
                     "(二)/1's opening names its field: responsible that body — fields joined by 、 before one head noun, "
                     "「等」 inside the name kept (round 31), 「(以下简称…)」 dropped (round 35), " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "乡(镇)人民政府、街道办事处按月上报拖欠农民工工资的排查、调处台账至县级领导小组办公室", "when": "按月",
              "when_norm": None}],
     notes=["4 leaves: 一/(一)/1, 一/(一)/2, 一/(二)/1, 一/(二)/2 (cut); the 工作要求 cells are the items' own text, not items",
            "「每季度」「按月」 rhythms, not deadlines or targets; no date in the rows"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x138_04_shi-nongmingong-gongzi-qingqian-fangqian-bumen-zhize.txt"
LB = "市劳动和社会保障局"
JS = "市建设局"
plan(X04,
     title_note=NO_TITLE + " (the page opens at (三) of a block whose unit heading is on the page before)",
     doc_no="", issuer="a city government (「市劳动和社会保障局」「市建设局」「按建设部和省建设厅有关规定」; not named) — its "
                       "departments' duties for clearing and preventing wage arrears of 农民工 (2004–2008 by 劳动和社会保障局)",
     date="(no date on the page)", level="city (not named)",
     source=page_source("http://www.fymate.net/html/text/lar/169281/16928196_1.html"),
     style="a law-text site's page: (三) of an unseen unit block (「对于在建的政府投资项目,…建设资金必须按工程进度及时到位…」), then "
           "UNNUMBERED UNIT HEADINGS on their own lines — 「市劳动和社会保障局」 with a lead line 「负责农民工工资的清欠和防欠工作。」 and "
           "(一)–(四), 「市建设局」 with (一)–(四) (「…其工程结算约定期限均为28日」), 「人民法院」 with (一) 「审理…诉讼标的在50万元(含"
           "50万元)以下的拖欠工程款纠纷案件,依法适用简易程序的应」 — CUT",
     leaf_tasks=10, count_alternatives=[9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S([LB, "(一)"], [], [LB], lead_alternatives=[[LB]], **at(X04, LB + "\n负责农民工工资的清欠和防欠工作。\n(一)"),
          note=UNIT_HEAD.format(LB) + "; the heading's lead line 「负责农民工工资的清欠和防欠工作。」 is the unit's lead-in, no item; "
               "「制定实施…预警机制」 (制定 no rule-2 verb) adds nothing under the heading; " + NODATE),
        S([LB, "(二)"], [], [LB], lead_alternatives=[[LB]], **at(X04, "监控制度。\n(二)"),
          note=UNIT_HEAD.format(LB) + "; 「依法按时足额支付劳动者工资」 (企业's duty) adds nothing; " + NODATE),
        S([LB, "(三)"], [], [LB], lead_alternatives=[[LB]], **at(X04, "支付劳动者工资。\n(三)"),
          note=UNIT_HEAD.format(LB) + "; 「三方机制」 a name with a digit word: no target; " + NODATE),
        S([LB, "(四)"], [], [LB], lead_alternatives=[[LB]], **at(X04, "保障金制度。\n(四)"),
          note=UNIT_HEAD.format(LB) + "; 「监督建筑业企业建立…」 — the supervised 企业 are the pivot's object (round 30), no unit; "
               + NODATE),
        S([JS, "(一)"], [], [JS], lead_alternatives=[[JS]], **at(X04, JS + "\n(一)"),
          note=UNIT_HEAD.format(JS) + "; " + NODATE),
        S([JS, "(二)"], [], [JS], lead_alternatives=[[JS]], **at(X04, "维权途径等。\n(二)"),
          note=UNIT_HEAD.format(JS) + "; 「工程结算约定期限均为28日」 is a default period with no comparison word (round 33: a "
               "limit with no comparison word is no target), 「建设部和省建设厅」 are the bodies whose rules apply (rule 3), "
               "「建设工程发包方…应在合同约定期限内予以答复」 a regulated party's duty under the heading (adds nothing): " + NODATE),
        S([JS, "(四)"], [], [JS], lead_alternatives=[[JS]], **at(X04, "规划开工手续等。\n(四)"),
          note=UNIT_HEAD.format(JS) + "; 「约束建筑市场各方主体行为」 names the regulated, no unit; " + NODATE),
        S(["人民法院", "(一)"], [], ["人民法院"], [("50", "万元")], lead_alternatives=[["人民法院"]],
          **at(X04, "人民法院\n(一)"),
          note=CUT + "; " + UNIT_HEAD.format("人民法院") + "; 「诉讼标的在50万元(含50万元)以下的拖欠工程款纠纷案件」 — a "
                     "threshold with 以下 inside a 「…的」 condition that picks the cases the step (简易程序) applies to: a target "
                     "by round 30's line, 50万元 (RULING? round 34's 「a class the rule covers」 would make it none; read here as "
                     "round 36's 「a count that triggers a step」); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves: (三) of the unseen block (line 1; its unit heading is off the page: no sample), 市劳动和社会保障局 "
            "(一)–(四), 市建设局 (一)–(四), 人民法院 (一) (cut); 9 (without the opening fragment (三)) accepted",
            "「28日」 a default period without a comparison word: not answered as a target"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x138_05_zhen-2016-zhengbing-gongzuo-shishi-yijian.txt"
plan(X05,
     title="鎮(zhèn)人民政府征兵工作實施意見",
     title_note="line 2, as printed with the site's inline pinyin 「(zhèn)」; line 3 repeats it with the site's piece number "
                "「(一)」",
     doc_no="", issuer="a town government (「鎮(zhèn)政府成立征兵領導小組」; not named)", date="2016",
     level="town (not named)",
     source=page_source("http://gymyzhishaji.com/fanwen/html/fanwen_20160810092339_343358.html"),
     style="a model-text site's page in TRADITIONAL characters with INLINE PINYIN after some characters 「鎮(zhèn)」「環(huán)節(jié)」: "
           "「- 相關推薦」, the title twice, addressees 「各工作站、行政村:」, a preamble, headed points with run-in headings — 一、 "
           "(a leading group of persons; 「各行政村要…明確分工,落實責任」), 二、 (「務必要求各村主職干部、民兵連長…組織實施好該項工作」), "
           "三、 (「各村…進戶見人宣傳征兵政策,…主動逐個上門落實」), 四、 (the year's policy: 「年齡放寬到23周歲」「享受政府獎勵5000元」) — CUT",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各行政村"], lead_alternatives=[["各行政村"]],
          note=POINTS + "; " + R2 + ": 「各行政村要把征兵工作作為一項政治任務來抓,明確分工,落實責任」 — 落實 as the verb (its object "
                    "責任; round 33) by a group named by a kind: responsible 各行政村, " + ONE + "; " + R3 + ": the leading group "
                    "the item sets up and its persons (組長, 成員) are no units (round 35); " + NODATE),
        S(["三"], [], ["各村"], lead_alternatives=[["各村"]],
          note=POINTS + "; " + R2 + ": 「各村主要以走訪形式,進戶見人宣傳征兵政策,…主動逐個上門落實」 — 落實 as the verb of the "
                    "same sentence, its subject 各村 (a kind) carried inside the paragraph (round 34): responsible 各村, " + ONE +
                    "; " + NODATE),
        S(["四"], [], [], [("5000", "元")],
          note=CUT + "; " + POINTS + " (「把握政策,扎實推進」: the year's rules the town's bodies apply); no body named: lead = [], "
                     "responsible = []; 「入伍后享受政府獎勵5000元」 is a policy's own sum per person (round 25: 「每户补贴2000元」): "
                     "target 5000元; 「放寬到23周歲」「24周歲」 are age limits naming a group of persons (round 31): no targets; "
                     "「全日制高中(含職高)以上層次」 a class of education, no figure; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一–四 (四 cut), headed points with run-in headings (round 34); 二's doers are persons "
            "(「各村主職干部、民兵連長」, never units) — a task with no unit; 3 (without the cut 四) accepted",
            "「2016年度」 a year; 「23周歲」「24周歲」 age limits: no targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x138_06_puning-zhen-2023-zijianfang-anquan-zhuanxiang-zhengzhi-shishi-fangan.txt"
plan(X06,
     title_note=NO_TITLE + " (the page opens with the plan's preamble 「为深入贯彻…特制定本实施方案。」)",
     doc_no="", issuer="a town of 普宁市 (Guangdong, 揭阳: 「揭阳市委、市政府的决策部署」, 「我镇」; the site is 普宁市's)",
     date="2023 (「巩固2022年…“百日行动”成果」, 「2023年6月底前」)", level="town (Guangdong, 普宁市)",
     source=page_source("http://www.puning.gov.cn/zfxxgkmlfg/jyspnsylzrmzf/ywgz/content/post_789238.html"),
     style="a county-level city's site: the preamble, 「一、 总体要求」 (a space after 、) one paragraph (「力争用3年左右时间完成…」), "
           "「二、 主要任务」 「(一)组织全面排查摸底」 「1.排查范围。…2023年6月底前完成全镇所有自建房排查摸底。…排查以下五类房屋:」 "
           "and a LIST OF HOUSE CLASSES 「(1)3层以上,聚集人流10人以上的房屋;」 「(2)用于教育、医疗」 — CUT",
     leaf_tasks=1, count_alternatives=[2, 3], attachment_task_rows=0, childless_top_level_sections=["一、 总体要求"],
     samples=[
        S(["二", "(一)", "1"], [], [], dl="2023年6月底前", dln="2023-06",
          not_targets=[("3", "层"), ("10", "人")],
          note="the page names no unit (every numbered leaf a task, plans-dev 08); 「…对全镇范围内所有自建房进行排查整治」 has no "
               "subject: lead = [], responsible = []; 「2023年6月底前完成全镇所有自建房排查摸底」: deadline 2023-06; the list "
               "「(1)3层以上,聚集人流10人以上的房屋;(2)…」 names classes of houses to check (round 35: a list that gives no work "
               "is text; 2 or 3 tasks, with (1)(2) as items, accepted) and round 34: 「a class the rule covers is not a target」 "
               "(「10万平方米以上的项目」) — 3层, 10人 not targets (RULING? round 30's line would read them as thresholds picking "
               "the objects)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二/(一)/1 (cut inside its list); 一、 总体要求 is a section (plans-dev EXPECTED lines 21–25)",
            "「3年左右」 in 总体要求 is a span with no comparison word: no plan target; 「2022年」 a past year"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x138_07_xian-2016-wenhua-keji-weisheng-sanxiaxiang-huodong-fangan.txt"
plan(X07,
     title="2016文化科技衛生三下鄉活動方案",
     title_note="line 1 without the site's piece number 「(一)」 (the site's first of several model texts)",
     doc_no="", issuer="a county (「我縣」, 「縣委宣傳部」, masked 「xx委宣發〔2016〕5號」; Chongqing by 縣委/縣教委/縣交委)",
     date="2016", level="county (masked)",
     source=page_source("http://szftgk.com/HuoDongFangAn/608974.html"),
     style="a model-text site's page in TRADITIONAL characters: the title with the site's 「(一)」, a preamble, 「一、組織要求」 "
           "「1.牽頭單位:縣委宣傳部」 with 「職責:負責整個“三下鄉”活動的組織協調工作」 on the next line, 「2.成員單位:」 a list of "
           "thirty bodies and 「職責:各單位要…做好本單位…具體工作方案,…安排1至2名業務骨干…。縣廣播電視臺、xx報社、縣互聯網信息辦"
           "要做好活動的宣傳報道工作。」, 「二、操作原則:」 1.–2. (principles), 「三、日程安排表:」 with the table missing and 「備注:」 "
           "1.–3. (「各成員單位要…合理安排下鄉人員和時間」, clock times) — CUT",
     leaf_tasks=5, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["縣委宣傳部"], ["縣委宣傳部"],
          note=R1 + ": 「牽頭單位:縣委宣傳部」 — lead and responsible 縣委宣傳部; its 「職責:負責…組織協調工作」 line is the item's "
                    "body; " + NODATE),
        S(["一", "2"], [], ["縣廣播電視臺", "xx報社", "縣互聯網信息辦"], [("1", "塊"), ("1", "名")],
          note=R3 + ": 「成員單位:A、B…」 is a list of members (rule 3: 「成員單位為…」 names no unit; round 30: the member list "
                    "is not, the members' own work is), and its 「職責:」 paragraph is a heading of duties (rounds 34–36: every "
                    "body given work under it is a unit, any verb): 「各單位要…做好…」 — the bare 各單位 is a general call (round "
                    "33); 「縣廣播電視臺、xx報社、縣互聯網信息辦要做好活動的宣傳報道工作」 — responsible those three (the mask 「xx」 "
                    "kept as printed), lead [] (no 牵头); RULING? a reader who takes 「成員單位:」 as a units label answers the "
                    "thirty members; 「需制作1~2塊展版」「安排1至2名業務骨干」 — ranges read at their lower edge (round 32): "
                    "targets 1塊, 1名; " + NODATE),
        S(["三", "1"], [], [],
          note="a note under the schedule (the table itself is not on the page) that gives work: a task; " + R2 + ": "
               "「各成員單位要…合理安排下鄉人員和時間」 — 安排 is no rule-2 verb (" + VERBS + "): lead = [], responsible = []; "
               "「上午8:30」「9點」 are clock times (no targets, no deadline): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一/1, 一/2, 三/1–3 (三/3 cut; its doers are 「所有參與人員」, persons); 二、操作原則 1.–2. are principles "
            "with no work and no body (round 33: not tasks in a plan whose tasks name units) — 7 (with them) accepted",
            "「〔2016〕5號」 a document number, 「8:30」 a clock time: no targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x138_08_xiangzhen-wuchang-xianxue-gongzuo-fangan.txt"
plan(X08,
     title="乡镇无偿献血工作方案",
     title_note="line 1 after the site's chunk number 「1、」, run into the preamble 「…工作方案为切实做好…」",
     doc_no="", issuer="a town (「我镇」, 「莆田市中心血站」「涵江献血屋」 — Fujian, 莆田; not named)",
     date="(「202x年2月1日至2022年1月31日」: the start year masked, the end 2022)", level="town (Fujian, 莆田)",
     source=page_source("https://m.bdocx.com/down/5562402.html"),
     style="a document site's preview in THREE RUN-TOGETHER LINES, each opening with the site's chunk number 「1、」「2、」「3、」 "
           "(「2、。充分认识…」, 「3、村委会每完成…」 cuts 「各」 from 「村委会」), a page number 「 1 」 before 三、: the title and "
           "preamble, 「一、工作目标及内容 1、计划完成献血人数206人。2、参加对象:… 3、献血时间:202x年2月1日至2022年1月31日。4、献血地点:…」, "
           "「二、提高认识,加强组织领导…」 (a point over two chunks), 「三、精准施策,助力疫情防控1、强化措施。…300元…80%以上…500元。"
           "2、广泛发动。…」 — CUT",
     leaf_tasks=4, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], [("206", "人")], dl="202x年2月1日至2022年1月31日", dln="2022-01", **at(X08, "特制订本实施方案。 一、"),
          note="round 35 (field blocks): 1、目标 2、参加对象 3、献血时间 4、献血地点 are the fields of one item, not tasks — 一 is one "
               "task (7 with the four fields as leaves accepted); the page names no unit in a rule-2 form (「镇干部、镇直镇办人员、"
               "各村委会」 are the 参加对象, participants; every leaf a task, plans-dev 08): lead = [], responsible = []; 「计划完成献血"
               "人数206人」: target 206人; the activity's span (round 36: 「活动时间」 a stage span) ends 2022年1月31日: deadline "
               "2022-01 (the start's 「202x」 is a mask; the end's year is printed)"),
        S(["二"], [], [], **at(X08, "献血屋。二、"),
          note=POINTS + "; " + R2 + ": 「镇机关干部、镇直镇办单位、各村委会要重视…切实履行…职责,共同做好…」 — 履行 and 做好 are no "
                    "rule-2 verbs (" + VERBS + "); 「各有关单位要积极发展…」 a general call (round 33); 「各单位、各村要明确具体负责人"
                    "带队,加强对无偿献血工作的组织协调」 — 明确 no rule-2 verb and 组织协调 here a noun after 对…的 (round 33: a noun "
                    "gives no doer): lead = [], responsible = []; the site's 「2、」 and 「 1 」 inside the point are chunk and page "
                    "numbers, no items; " + NODATE),
        S(["三", "1"], [], [], [("300", "元"), ("80", "%"), ("500", "元")], **at(X08, "助力疫情防控1、"),
          note=R2 + ": 「镇党委政府将…各村委会每完成一人次献血任务给予工作经费300元」 — 给予 is no rule-2 verb, the 村委会 the "
                    "receivers: lead = [], responsible = []; 「每完成一人次…300元」 and 「每增加一例奖励工作经费500元」 are the plan's "
                    "own per-unit rates (round 25): targets 300元, 500元; 「完成下达任务80%以上的」 is a threshold that triggers the "
                    "reward (round 30's line): target 80%; 「加分5分」 a reward's score (not answered); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一 (a field block), 二, 三/1, 三/2 (cut); 7 (一/1–4 as leaves) accepted",
            "the site's chunk numbers 「1、」「2、」「3、」 at the line starts and the page number 「 1 」 are no items"])

write_collected(DIR)
