# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next104/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 32 (built by helper c104): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at 3c0910a (round 29's ruling
on units written in sentences with the round-30 clarifications, round 30's rulings on thresholds and general
provisions, round 31's exceptions for ages and hazards and its ruling on fields sharing one head, and the round-32
rulings). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next104/make_expected.py tests/data/plans-next104
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋verb, A会同B…): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (增加, 调配, 加大, "
          "梳理, 分析, 加强, 做好, 实行, 进行, 移送 …) is not a unit (「要实行」 is named in the list's examples)")
SUBJ = ("CONVENTIONS.md units rule 2, the subject of 落实: responsible A, lead [] (A alone accepted as the lead, "
        "plans-dev 03 一)")
KIND = ("CONVENTIONS.md round 30 and round 32: a group named by a kind with a verb of rule 2 「各区要落实…」 is a doer, not "
        "a general call (各区 is named among the kinds in the round-32 ruling on general calls)")
CALL = ("CONVENTIONS.md units rule 3 and round 30: 「各单位应…」 is a general call addressed to all without a kind; it names "
        "no unit whatever its verb")
REQ = ("CONVENTIONS.md round 30: 「请A负责／牵头／组织…」 is the request form of rule 2's clause, and 「A组织B＋verb」 makes A "
       "the doer (B, the object of 组织 — and of 督促, a pivot outside rule 2 — is no unit): responsible A, lead [] (A alone "
       "accepted as the lead); A is 「你局」 as printed — not settled by CONVENTIONS: the addressee (上海市水务局, the reply's "
       "first line) named by 你, kept as printed by analogy to the issuer's 「我委」「本局」 (round 30: 'a unit, as printed')")
PAST = "a current price 「从现行的…」 is an outturn, not a target (CONVENTIONS.md targets: past outturns are not targets)"
RATE = "the policy's own per-unit rate is a target of its item (CONVENTIONS.md targets, round 25: 「每户补贴2000元」)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x104_01_shanghai-daoyunju-2021-gonglu-fuwuqu-huoche-tingfang-fuwu-zhuanfa-tongzhi.txt"
TITLE01 = "关于转发《交通运输部办公厅关于进一步加强公路服务区货车停放服务工作的通知》的通知"

plan(X01,
     title=TITLE01,
     title_note="the notice title (the first line); the forwarded ministry notice is not printed (only named in 附件), so "
                "the forwarding notice's own title is the plan's",
     doc_no="沪道运设运〔2021〕274号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2021-10-27",
     level="city bureau (Shanghai), to 市道路运输事业发展中心 and the expressway project companies",
     source=shanghai_source("市政与基础设施", TITLE01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=d8232ff2770a4616aa9b392d0bd5029c&siteId=0010", 1133),
     style="a forwarding notice whose forwarded ministry notice is not printed: 「转发给你们…确保做好以下工作：」 then four "
           "headed points 一、–四、 over one paragraph each, an unnumbered closing paragraph 「各单位应对照…推进和落实…工作，请"
           "市道路运输事业发展中心做好监督检查工作」, an 附件 line split over two lines; one dated sentence 「2021年底前将监控设施"
           "纳入…」 (三、); no body does the work in a ruled form (服务区 as a subject, subjectless sentences, 「各单位…」 calls)",
     leaf_tasks=4, count_alternatives=[0],
     leaf_tasks_by_section={"一、–四、 (headed points)": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"],
          note="「货车流量大的服务区要适当增加货车停车位数量」 (a place as the subject of 增加), 「可将客车位临时调整为…」 (an "
               "option), 「研究扩大停车场地」 (no subject): " + CLOSED + "; " + NONE + "; " + NODATE),
        S(["二"],
          note="「优化…布局，合理设置…专用车位…完善标识标线，加强…引导」: every sentence without a subject: " + NONE + "; "
               + NODATE),
        S(["三"], dl="2021年底前", dln="2021-12",
          note="subjectless sentences (加快推进, 统计, 发布, 完善): " + NONE + "; 「2021年底前将监控设施纳入部省两级视频监测与应急处置"
               "调度范围」: the item's dated step → 2021-12 (the year written); 「部省两级」 names two levels, not a quantity"),
        S(["四"],
          note="「各单位合理调配服务区保安人员，加大…频次」: " + CALL + "; 「发现违法行为立即制止并报告公安部门」: a report inside a case "
               "(发现…), the 公安部门 a receiver (rule 3) — no unit, no duty (plans-next93's reading of sendings inside cases); "
               "「积极配合做好调查取证」: 配合 after no doer of rule 2 gives none; the closing paragraph after 四、 (round 32: a "
               "trailing paragraph that gives work is the last item's body) adds 「各单位应…落实…」 (a general call, " + CALL
               + ") and 「请市道路运输事业发展中心做好监督检查工作」 (请A做好: 做好 is no verb of rule 2; round 30: 「请各区做好…」 reads "
               "as its verb decides): " + NONE + " (a clerk reading by meaning might name 市道路运输事业发展中心 for the "
               "supervision; the closed list does not); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: four headed points, each over one paragraph, each one task (plans-next86 x86_01–03, plans-next93 x93_01, "
            "plans-next98 x98_02) → **4**; 0 accepted (the strict childless-section rule); the closing paragraph "
            "「各单位应对照…，请市道路运输事业发展中心做好监督检查工作」 is not a task of its own (round 32: a trailing paragraph "
            "that gives work is the last item's body; read instead as the notice's close it is neither)",
            "units: none in a ruled form anywhere — the document's weak side on units, said plainly; it qualified by its dated "
            "step (三、)",
            "dates: 「2021年底前」 (三、) → 2021-12; the signing date 2021年10月27日; the forwarded notice's number "
            "交办公路函〔2021〕1578号 is no date; no phases; duties: none (the report to 公安部门 stands inside a case)",
            "targets: none (no figure in any item)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x104_02_shanghai-shuiwuju-2021-kuaqu-hedao-shuili-zhuanxiang-xiangmu-zhengzhi-zhidao-yijian.txt"
PLAN02 = "上海市跨区河道水利专项项目整治指导意见"

plan(X02,
     title=f"{PLAN02}（上海市水务局关于印发《{PLAN02}》的通知）",
     title_note="the 指导意见's own title after the cover, or the notice title (the first line, printed twice): either is "
                "accepted (the cover calls it 《本市跨区河道水利专项项目整治指导意见》)",
     doc_no="沪水务〔2021〕715号 (printed under the repeated notice title)",
     issuer="上海市水务局",
     date="2021-10-25",
     level="city bureau (Shanghai), to the district water bureaus",
     source=shanghai_source("市政与基础设施", "上海市水务局关于印发《上海市跨区河道水利专项项目整治指导意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=6baf48d003e94b788a584a071bad59a9&siteId=0004", 1948),
     style="a cover 「现印发给你们，请认真贯彻执行」 (signed and dated) then the 指导意见: a preamble, three childless sections "
           "一、指导思想 二、基本原则 三、实施范围, 四、主要任务 （一）–（三） and 五、保障措施 （一）–（三） (short headings over "
           "one paragraph each); 「各区河道管理部门应进一步梳理…」 (a kind of body with plain verbs), a 「四统一」 item with 「原则上由"
           "统一的技术支撑单位或评审单位对河道进行分析研究」 and two options 「可以…由统一的一个区作为实施主体申报审批，也可以…由各自区"
           "分别申报审批」, 「由市给予补贴，各区应切实落实配套资金」, 「鼓励各区…」; no date but the cover's",
     leaf_tasks=4, count_alternatives=[3, 6],
     leaf_tasks_by_section={"四、主要任务 （一）–（三）": 3, "五、保障措施 （二）": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、基本原则", "三、实施范围"],
     samples=[
        S(["四", "（一）"],
          note="「各区河道管理部门应进一步梳理跨区河道名录，摸清…，梳理…，逐条分析原因，研究提出对策措施」: a kind of body, but "
               "as the subject of 梳理 / 摸清 / 分析 / 研究提出 — " + CLOSED + "; " + NONE + " (a clerk reading by meaning would name "
               "各区河道管理部门; the closed list does not); " + NODATE),
        S(["四", "（三）"],
          note="「整治后的河道，应按照《…通知》，按照“属地负责”或者“协商定责”的原则，打破区域壁垒，协调落实…的责任单位」: no "
               "subject (河道 is the topic; 属地负责 names a principle, 责任单位 the object of 协调落实): " + NONE + "; " + NODATE),
        S(["五", "（二）"], [], ["各区"], lead_alternatives=[["各区"]],
          note="「各区应切实落实配套资金，保障跨区河道整治工程实施」: " + KIND + "; " + SUBJ + "; 「由市给予补贴」 names a payer "
               "(round 30: 由A承担／分担／保障 with a cost as object names a payer, not a doer) — no unit; not settled by "
               "CONVENTIONS: 落实 with funds as its object (the payer clarification names 承担／分担／保障 only; 落实 is a verb of "
               "rule 2, so 各区 is read as a doer); 沪水务〔2019〕249号 a document number; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、二、三、 have no numbered child while 四、 and 五、 have: sections (plans-dev EXPECTED.md lines 21–25); "
            "四、主要任务 （一）–（三） 3 tasks; 五、保障措施: only （二） names a unit (各区, 落实) — （一） 「进一步压紧压实各级河长"
            "主体责任和各部门的治水责任…」 has no subject and （三） 「鼓励各区加大…宣传交流活动」 makes 各区 the object of 鼓励 — so "
            "they are not tasks in a plan whose tasks name units (seeds EXPECTED.md lines 3–5; round 27) → **4**. Accepted 3 "
            "(五/（二） read as a 保障措施 item naming a payer, not a doer) and 6 (every numbered leaf)",
            "units: 五/（二） (各区, 落实) only among the samples; 四/（二） is left out of the samples where its reading is not "
            "settled: 「在方案编制中，原则上由统一的技术支撑单位或评审单位对河道进行分析研究」 is 由A或B＋a verb of doing (doers by "
            "rule 2 and round 30's 「由A或B…」), but the bodies are printed with the modifier 「统一的」 (one single body, not yet "
            "named), and its other 由 clauses stand in options 「可以…由统一的一个区作为实施主体申报审批，也可以…由各自区分别"
            "申报审批」 (round 30: an option is not an assignment) — 'as printed' would keep 统一的, a clerk would drop it",
            "dates: none in the 指导意见 (the cover's signing date 2021年10月25日 only); no phases, no duties",
            "targets: none checked — 三、实施范围's 「流经两个及两个以上区的河道」 (以上 with a Chinese numeral) defines the scope's "
            "objects in a childless section; not settled by CONVENTIONS whether a scope definition's figure is a plan target, "
            "so it is not checked either way; 沪水务〔2019〕249号 a document number"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x104_03_shanghai-fagaiwei-2021-shishu-gongpaishui-jumin-yonghu-shuijia-tiaozheng-fuhan.txt"
TITLE03 = "关于调整市属供排水企业服务区域居民用户水价的复函"

plan(X03,
     title=TITLE03,
     title_note="the reply's title (the first line)",
     doc_no="沪发改价管〔2021〕49号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2021-10-21",
     level="city commission (Shanghai), a reply to 上海市水务局",
     source=shanghai_source("市政与基础设施", TITLE03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=3a71a1edb0bd43ed831b44ece50c825d&siteId=0025", 2042),
     style="a pricing reply (复函) to the water bureau: a preamble 「现将有关事项函复如下：」, 一、调整居民阶梯水价标准 (a paragraph "
           "of new prices, then a table 居民用户阶梯水价表 printed one cell a line, the second tier's row short of one cell, and "
           "a 注), 二、其它事项说明 1、–4、 (price rules; 4、 dates the new prices 「自2021年11月1日起实施。自实施之日起至2021年底前"
           "…从2022年起…」), 三、配套措施 1、–3、 (「请你局抓紧组织和督促市属供排水企业…落实好…」 twice; a case 「如需调整，须…报所在"
           "区政府同意后实施」); numbers written 「1、」; no blank lines between paragraphs",
     leaf_tasks=7, count_alternatives=[6, 2],
     leaf_tasks_by_section={"二、 1、–4、": 4, "三、 1、–3、": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、调整居民阶梯水价标准"],
     samples=[
        S(["二", "1"], targets=[(4.05, "元")], not_targets=[(3.45, "元")],
          note="「居民合表用户暂不执行阶梯水价，水价按照第一阶梯综合水价执行，即由现行的每立方米3.45元调整为4.05元」: a price rule, no "
               "body: " + NONE + "; 4.05元: " + RATE + "; 3.45元: " + PAST + "; " + NODATE),
        S(["二", "3"], targets=[(5, "人"), (7, "人"), (100, "立方米"), (4.32, "元")], not_targets=[(3.65, "元")],
          note="「累计人数满5人及以上的家庭，每户每年增加100立方米阶梯水量基数；累计人数满7人及以上的家庭，既可以选择增加100立方米…"
               "也可以选择…由现行的每立方米3.65元调整为4.32元」: no body (households choose): " + NONE + "; 5人 / 7人: quantities "
               "joined to 及以上 that pick the households the rule serves — targets by the round-30 line (its example 「常住人口"
               "1000人以上的行政村」; a household size is no age band of persons, round 31); 100立方米 and 4.32元: " + RATE + "; "
               "3.65元: " + PAST + "; 90% and 1.80元 (how the sewage fee is computed) not checked; 沪发改价管〔2020〕19号 a "
               "document number; " + NODATE),
        S(["二", "4"], targets=[(75, "立方米")], skip_deadline=True,
          note="「调价方案自2021年11月1日起实施。自实施之日起至2021年底前，按照一个季度的周期确定阶梯水量基数…第三阶梯为户均用水量"
               "75立方米以上…从2022年起，居民阶梯水价按照年度周期执行」: no body: " + NONE + "; 75立方米: joined to 以上, a "
               "threshold that picks the third tier (round 30); the bands 0-55立方米（含） / 55-75立方米（含） select tiers (round 29 "
               "keeps both edges; only 75 is checked); deadline not checked — not settled by CONVENTIONS: the item holds an entry "
               "into force (2021-11-01), a transitional window ending 2021年底前 and a start 2022年起, none a deadline of work "
               "done by a unit; the unnamed window is not written as a phase"),
        S(["三", "1"], [], ["你局"], lead_alternatives=[["你局"]],
          note="「请你局抓紧组织和督促市属供排水企业等有关单位落实好居民用户水价调整及各项配套措施，做好…，妥善处理好…」: " + REQ
               + "; 抓紧 is no date: " + NODATE),
        S(["三", "2"], [], ["你局"], lead_alternatives=[["你局"]],
          note="「请你局抓紧组织和督促市属供排水企业进一步加强经营管理…继续加强管网改造…切实降低产销差率和管网漏损率」: " + REQ
               + "; the later subjectless sentences continue the same request; " + NODATE),
        S(["三", "3"],
          note="「区属供排水服务区域内的居民用户水价如需调整，须在履行并完成相关政府定价规定程序后，报所在区政府同意后实施」: a case "
               "(如需调整) with no doer, 区政府 a body that approves (rule 3: 「经A同意」「报A…」): " + NONE + "; the filing for "
               "approval is no duty (round 32: a regulated party's filing is no duty); " + NODATE),
     ],
     plan_targets=[{"number": 4.05, "unit": "元"}, {"number": 5.8, "unit": "元"}, {"number": 8.79, "unit": "元"}],
     phases=[], duties=[],
     notes=["counting: 一、 has no numbered child while 二、 and 三、 have: a section (plans-dev EXPECTED.md lines 21–25); 二、 "
            "1、–4、 (the price rules, the policy's provisions) 4 + 三、 1、–3、 3 → **7**. Accepted 6 (三、配套措施 read as a "
            "保障措施-like section whose 3、, naming no unit, is not a task — not settled by CONVENTIONS: 配套措施 is not among "
            "the section names of round 27) and 2 (only the items that name a unit, 三/1 and 三/2)",
            "units: 你局 by the request form 「请A组织B＋verb」 (三/1, 三/2); the price rules name none; 三/3 a case with a body "
            "that approves",
            "plan targets: 一、 is a section, so its new prices are the plan's (round 25: a policy's rates): 第一阶梯 4.05元, 第二 "
            "5.80元, 第三 8.79元 (每立方米); the current prices 3.45 / 4.83 / 5.83元 are outturns; the table repeats the "
            "prices by the cubic metre with bands 0-220（含） / 220-300（含） / 300以上 (not checked)",
            "dates: 二/4's entry into force and window (not checked, see its note); the preamble's 沪水务﹝2021﹞432号 and "
            "沪发改价管〔2020〕19号 are document numbers; the signing date 2021年10月21日; no phases; duties: none"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x104_04_shanghai-daoyunju-2021-daolu-huowu-yunshu-zhanchang-guanli-tongzhi.txt"
TITLE04 = "关于进一步加强道路货物运输站（场）管理的通知"

plan(X04,
     title=TITLE04,
     title_note="the notice title (the first line)",
     doc_no="沪道运货〔2021〕265号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2021-10-11",
     level="city bureau (Shanghai), to the bodies concerned",
     source=shanghai_source("市政与基础设施", TITLE04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=76b8708015794f2f9221c74a4c0e04ae&siteId=0010", 1167),
     style="a notice of three headed points 一、–三、 over one paragraph each: the duties of 货运站经营者 (「应当…办理登记手续…健全"
           "和落实安全生产责任制」, prohibitions 「不得…」), of the carriers in the stations (「应当实行安全查验制度」), and 「各级交通"
           "行政执法部门要加强…监督检查」 with cases 「发现…的，要及时移送应急管理部门」; no date, no figure",
     leaf_tasks=3, count_alternatives=[0],
     leaf_tasks_by_section={"一、–三、 (headed points)": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["货运站经营者"], lead_alternatives=[["货运站经营者"]],
          note="「货运站经营者应当向市场监督管理部门依法办理登记手续，依法加强安全管理，完善安全生产条件，健全和落实安全生产责任制」: "
               "the subject of 落实 (健全和落实), a kind of body — CONVENTIONS.md round 30: a group named by a kind with a verb of "
               "rule 2 is a doer (plans-next98 x98_01 read 「危险货物道路运输企业应健全并落实…制度」 so); " + SUBJ + "; 市场监督"
               "管理部门 receives the registration (rule 3, 「向A申请」); the heading 「落实货运站（场）安全生产管理主体责任」 has no "
               "subject; the prohibitions 「不得…」 add none; " + NODATE),
        S(["二"],
          note="「进驻货运站的普通货物道路运输企业，应当实行安全查验制度，对客户身份进行查验…」 (实行, 进行), 「…不得超越经营范围…」"
               "「危险货物道路运输企业不得进入…」 (prohibitions): " + CLOSED + "; 客户 a person; " + NONE + "; " + NODATE),
        S(["三"],
          note="「各级交通行政执法部门要加强对货运站和…道路货运企业监督检查」 (加强), 「发现…的要依法予以处罚」「…要及时移送应急管理"
               "部门」「…要予以严厉打击」 (cases; 移送 to a receiver; 予以 no verb of rule 2): " + CLOSED + "; 「不落实安全查验制度」 "
               "describes a breach inside a case, no doer; " + NONE + " (a clerk reading by meaning would name 各级交通行政执法"
               "部门; the closed list does not); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: three headed points, each over one paragraph, each one task (plans-next93 x93_01, plans-next98 x98_02) "
            "→ **3**; 0 accepted (the strict childless-section rule)",
            "units: 一、 (货运站经营者, 落实) only; 二、 (实行 — named in round 30's list of verbs outside rule 2) and 三、 (加强, "
            "cases) give none — the document's weak side on units, said plainly",
            "dates: none but the signing date 2021年10月11日; no phases; duties: none (移送应急管理部门 is a step inside a case)",
            "targets: none (no figure in the text)"])

write_collected(DIR)
