# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next108/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 33 (built by helper c108): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or
by ``at_line`` / ``at_in`` below where a path's number is not found by its markers); every answer was written here by
reading the texts, under ../CONVENTIONS.md as on main at 8fe7d84 (round 29's ruling on units written in sentences with
the round-30 clarifications, round 30's rulings on thresholds and general provisions, round 31's exceptions, the
round-32 and round-33 rulings). Neither the parser nor the scorer was run on this set by its builder: the lead scores
it first.

    PYTHONPATH=. python tests/data/plans-next108/make_expected.py tests/data/plans-next108
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, at_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)


def at_line(file, marker, tail="", nth=1):
    """Line (1-based) of the nth line of ``file`` that starts with the number ``marker`` followed by ``tail``, and the
    first eight characters after the marker (for the numbers of a second document under one cover, which ``locate``
    would find in the first)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, x in enumerate(lines) if x.strip().startswith(marker + tail)]
    i = hits[nth - 1]
    return {"line": i + 1, "title_starts": lines[i].strip()[len(marker):].strip()[:8]}


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋verb, A会同B…): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (开具, 出具, "
          "发放, 提交, 填写, 报送, 加强, 处理, 做好, 确保, 配合 …) is not a unit")
ALONE = "lead [] with the single doer accepted as the lead (CONVENTIONS.md rule 2; plans-dev 03 一)"
SUBJ = "CONVENTIONS.md units rule 2, the subject of 落实 (a kind of body): responsible A; " + ALONE
BY = "CONVENTIONS.md units rule 2, the agent of 由 with a verb of doing: responsible A; " + ALONE
FIELDS = ("「市绿化市容、水务部门」 is one name as printed (CONVENTIONS.md round 30 「市、区X部门」 and round 31: fields "
          "joined by 、 before one head noun)")
PERSON = "CONVENTIONS.md round 30: a person is never a unit (社会监督员 are persons, 市民群众 a public)"
CASELIMIT = ("a limit counted from an event with no comparison word 「…个自然日内」 is the item's deadline rule, not a "
             "target (CONVENTIONS.md round 33): a not_target; the deadline is not checked (no date, a rule relative "
             "to an event)")
PAST = "a current price 「由现行的…」 is an outturn, not a target (CONVENTIONS.md round 33: past and present figures)"
RATE = "the policy's own per-unit rate is a target of its item (CONVENTIONS.md targets, round 25)"
SRC = "https://www.shanghai.gov.cn/zhengce/detail?businessId="

# ---------------------------------------------------------------------------------------------------------
X01 = "x108_01_shanghai-shijianju-2021-zhongdian-yongneng-danwei-ranqi-reli-nenghao-zaixian-jiance-tongzhi.txt"
TITLE01 = "上海市市场监督管理局 上海市发展和改革委员会关于进一步推进本市重点用能单位燃气、热力能耗数据在线监测工作的通知"
INST = "上海市计量测试技术研究院[国家城市能源计量中心（上海）]"

plan(X01,
     title=TITLE01,
     title_note="the notice title (the first line, printed twice)",
     doc_no="沪市监计量〔2021〕470号 (from the index; the stored text prints no number)",
     issuer="上海市市场监督管理局, 上海市发展和改革委员会",
     date="2021-09-14",
     level="city bureau and commission (Shanghai), to the key energy users, the gas and heat sellers and the metrology institute",
     source=shanghai_source("市政与基础设施", "上海市市场监督管理局 上海市发展和改革委员会关于进一步推进本市重点用能单位燃气、热力能耗数据在线监测.md",
                            SRC + "2c9bf2f67bee0e27017bf1247e49022b&siteId=0019", 2073),
     style="a joint notice of three headed points over paragraphs: 一、工作背景 (past facts), 二、工作内容 (a national "
           "requirement 「各地确保2021年年底前…」, a restated rule 「分别由市电力、市燃气及其他集中供能单位负责落实，重点用能单位协助"
           "配合」, 「各相关…公司要…积极配合…开展…」), 三、工作要求 (「确保…于2021年11月底前实时上传…」, 「…研究院…要…跟踪、落实和"
           "确认…」); an 附件 named, not printed; a contact line with telephone numbers",
     leaf_tasks=2, count_alternatives=[3, 0],
     leaf_tasks_by_section={"二、工作内容": 1, "三、工作要求": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作背景", "二、工作内容", "三、工作要求"],
     samples=[
        S(["二"], [], ["市电力", "市燃气", "其他集中供能单位", "重点用能单位"],
          lead_alternatives=[["市电力", "市燃气", "其他集中供能单位"]], dl="2021年年底前", dln="2021-12",
          note="「分别由市电力、市燃气及其他集中供能单位负责落实，重点用能单位协助配合」: the agent of 由 with 负责落实 (rule 2; "
               "the list split on 、 and 及, as plans-next78 and plans-next99 split 及), then 「B协助配合」 after a doer of rule 2 "
               "(round 30: 「A负责…，B配合／协助」: B is responsible): responsible the four in order, lead [] (the 由 group "
               "accepted as the lead). RULING? the clause restates what 《实施意见》 requires (「根据《实施意见》要求，…」) — read as "
               "the item's doers because the item's work is that collection and rule 2 says the clause's place does not "
               "matter; 「各相关燃气、热力能源销售、转供公司要…积极配合…研究院…开展…，全面梳理…」: 配合 / 梳理 outside the list, "
               "the 研究院 the object of 配合 — " + CLOSED + "; 「各地确保…」 a general call (round 32); 「相关单位可…申报专项补贴」 "
               "an option and an applicant (round 30). Deadline: 「确保2021年年底前实现…在线监测」 (the only date for work in the "
               "item) → 2021-12; 「2021年2月」 dates the national notice, not work"),
        S(["三"], [], [INST], lead_alternatives=[[INST]], dl="2021年11月底前", dln="2021-11",
          note="「上海市计量测试技术研究院[国家城市能源计量中心（上海）]要…跟踪、落实和确认数据的接入工作」: " + SUBJ + "; the name "
               "as printed, its second name in square brackets kept (seeds EXPECTED.md: a note belongs to the unit before it "
               "and is no unit of its own); 「各相关燃气和热力能源销售、转供公司（附件）要高度重视…，确保…」 (重视, 确保) and "
               "「各重点用能单位要…配合做好相关工作」 (配合 before, not after, a doer of rule 2, in its own sentence): " + CLOSED
               + " — RULING? 配合 in a sentence before the doer's (round 30 names 「A负责…，B配合」, B after A); round 33: a "
               "工作要求 item with a doer in its sentence is a task. 「确保…于2021年11月底前实时上传」 → 2021-11 (the year "
               "written)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: three headed points without numbered children. 一、工作背景 states past facts and names no doer "
            "(「依托上海市计量测试技术研究院…建成」: the 研究院 the object of 依托), an item of the 总体要求 kind naming no unit, so "
            "no task in a plan whose tasks name units (seeds EXPECTED.md lines 3–5; round 27); 二、 and 三、 each give work to "
            "units by rule 2 (a childless section of unit paragraphs is one task, round 32) → **2**. Accepted 3 (every "
            "headed point a task, as plans-next104 x104_01 counted its headed points) and 0 (the strict childless-section "
            "rule, plans-dev EXPECTED.md lines 21–25)",
            "only two tasks, so two samples (fewer than three: the document has no more)",
            "units: rule 2 only (负责落实 with 协助配合; 落实); no label",
            "dates: 2021年年底前 (二、), 2021年11月底前 (三、); 2018年 and 2021年2月 are past; the signing date 2021年9月14日; "
            "no phases; duties: none (the companies' uploads to the monitoring system are the regulated parties' work, "
            "round 32: a regulated party's filing is no duty)",
            "targets: none (「首批5家热力供应公司」 is a past figure in 一、; 沪发改环资〔2021〕77号, 〔2015〕139号 are document "
            "numbers; the contact line's telephone numbers are no quantities)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x108_02_shanghai-fagaiwei-2021-shishu-gongpaishui-feijumin-yonghu-shuijia-tiaozheng-fuhan.txt"
TITLE02 = "关于调整市属供排水企业服务区域非居民用户水价的复函"

plan(X02,
     title=TITLE02,
     title_note="the reply's title (the first line)",
     doc_no="沪发改价管〔2021〕36号 (printed under the title)",
     issuer="上海市发展和改革委员会",
     date="2021-08-09",
     level="city commission (Shanghai), a reply to 上海市水务局",
     source=shanghai_source("市政与基础设施", TITLE02 + ".md", SRC + "330e7a5a888446d5b474119bda9cf1e4&siteId=0025", 1618),
     style="a pricing reply (复函): the number and the addressee on consecutive lines, a preamble, 一、非居民用户综合水价 (a "
           "paragraph of current → new prices and a table printed one cell a line with merged cells, a 注), 二、相关事项 "
           "1、–4、 (「由市水务局研究制定…实施细则」, 「本市各相关部门将继续加强…」, 「市属供排水企业要…落实…」, a case 「如需"
           "调整，须…报所在区政府同意后实施」), then an unnumbered closing paragraph 「本通知自2021年9月15日起实施。请你局抓紧组织和"
           "督促…落实好…」; numbers written 「1、」; no blank lines between paragraphs",
     leaf_tasks=4, count_alternatives=[],
     leaf_tasks_by_section={"二、相关事项 1、–4、": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、非居民用户综合水价"],
     samples=[
        S(["二", "1"], [], ["市水务局"], targets=[(0.8, "元")], lead_alternatives=[["市水务局"]],
          note="「由市水务局研究制定重点污染户超标排放加价收费实施细则」: " + BY + "; 0.80元 (每立方米 加收): " + RATE + "; "
               "「指标超过《污水综合排放标准》」 joins 超过 to a standard, not a figure (DB31/199-2018 a standard number, no "
               "target); " + NODATE),
        S(["二", "2"],
          note="「本市各相关部门将继续加强…成本规制，加强…监管，确保…，采取有力措施督促企业降本增效」: 各相关部门 is a kind (round 32) "
               "but its verbs 加强 / 确保 / 采取 / 督促 are outside rule 2's list — " + CLOSED + "; the 企业 the object of 督促 "
               "(round 30: a pivot's object is no unit); " + NONE + "; " + NODATE),
        S(["二", "3"], [], ["市属供排水企业"], lead_alternatives=[["市属供排水企业"]],
          note="「市属供排水企业要进一步加强经营管理，落实各项成本管控和提升服务质量措施…」: " + SUBJ + " (as plans-next104 x104_04 "
               "read 「货运站经营者应当…落实…」); 产销差率 / 漏损率 without figures; " + NODATE),
        S(["二", "4"], [], [], skip_deadline=True,
          note="aligned round 34: 「A paragraph that starts the notice's close — entry into force 「本通知自…起实施」 or "
               "「请…贯彻执行／抓紧组织」 after the last point — is the close, not a body and no task」 (CONVENTIONS.md, Round 34 "
               "rulings → Tasks): the closing paragraph 「本通知自2021年9月15日起实施。请你局抓紧组织和督促…」 is no body of 4、, "
               "which names no doer of its own — responsible [] (was ['你局'] by the reading below, written before the ruling); "
               "count 5 (the paragraph as a task) no longer accepted. Before round 34: 「其他区属…水价如需调整，须履行有关规定程序，并报所在区政府同意后实施」: a case with no doer, 区政府 approves (rule "
               "3); the unnumbered closing paragraph after 4、 gives work (round 32: a trailing paragraph that gives work, and "
               "does not speak of the run, is the last item's body): 「请你局抓紧组织和督促市属供排水企业等有关单位落实好…」 — "
               "round 30: 「请A组织…」 is the request form of rule 2 and 「A组织B＋verb」 makes A the doer (B, and the object of "
               "督促, no unit): responsible 你局 as printed (plans-next104 x104_03 三/1 read the same words so), " + ALONE
               + ". RULING? the closing paragraph also holds the entry into force and stands before 「特此复函」 (a notice's "
               "close); read as 4、's body because it gives work (count 5 accepted: the paragraph as a task of its own). "
               "Deadline not checked: 「本通知自2021年9月15日起实施」 is an entry into force (a start), no deadline of work, "
               "and stands in the appended paragraph (x104_03 二/4 left such a date unchecked)"),
     ],
     plan_targets=[{"number": 5.99, "unit": "元"}, {"number": 3.32, "unit": "元"}, {"number": 2.97, "unit": "元"}],
     phases=[], duties=[],
     notes=["counting: 一、 has no numbered child while 二、 has: a section (plans-dev EXPECTED.md lines 21–25); 二、相关事项 "
            "1、–4、 → **4** (相关事项 is no 工作目标/保障措施-like section, so its items count whether they name a unit or not, "
            "as plans-next104 x104_03 counted its price rules); 5 accepted (the closing paragraph read as a task of its own)",
            "units: 市水务局 (由A研究制定), 市属供排水企业 (落实), 你局 (请A组织B…); 各相关部门 with 加强 / 督促 none; the case in 4、 "
            "none",
            "plan targets: 一、 is a section, so its new prices are the plan's (round 25: a policy's rates; plans-next104 "
            "x104_03 read its reply's new prices so): 综合水价 5.99元, 供水价格 3.32元, 污水处理费 2.97元 (每立方米); the current "
            "prices 4.73 / 2.62 / 2.34 / 2.24元 are outturns (round 33), the rise 1.26元 and the table's special-water prices "
            "and ×0.9 are not checked",
            "dates: the entry into force 2021年9月15日 (not checked, see 二/4); 沪水务﹝2021﹞432号 (with ﹝﹞) a document number; "
            "the signing date 2021年8月9日; no phases; duties: none (the approval filing in 4、 is a regulated party's, round 32)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x108_03_shanghai-shuiwuju-2021-shuitu-baochi-buchangfei-zhengshou-gongzuo-tongzhi.txt"
TITLE03 = "上海市水务局关于做好上海市水土保持补偿费征收相关工作的通知"
WATER = "水行政主管部门"
INHERIT = ("（一）'s own line 「水行政主管部门依职权负责核定…，并向缴纳义务人送达《缴纳通知单》」 opens the run 1.–3. and names the "
           "doer by 负责 (rule 2); the item names no doer of its own, so it takes 水行政主管部门 (CONVENTIONS.md rule 4: a "
           "section's lead-in gives its items units only when they name none): responsible 水行政主管部门; " + ALONE)

plan(X03,
     title=TITLE03,
     title_note="the notice title (the first line, printed twice)",
     doc_no="沪水务〔2021〕610号 (printed under the repeated title)",
     issuer="上海市水务局",
     date="2021-09-01",
     level="city bureau (Shanghai), to the district water bureaus, 临港新片区管委会 and the bureau's own offices",
     source=shanghai_source("市政与基础设施", TITLE03 + ".md", SRC + "fb75f3be158e4814bda4cdccb31c1423&siteId=0004", 3074),
     style="a notice of eight headed sections: 一、执行时间 二、征收模式 三、分级管理 (paragraphs; 「市水务局负责核定…；各区水务局负责"
           "核定…；…由临港新片区管委会参照…执行」), 四、送达材料 （一） with 1.–3. and （二）, 五、核定流程 （一）1.–4. （二）1.–3. "
           "（三）1.–3. (steps of 建设单位 and 水行政主管部门), 六、批后监管和执法要求 (a lead-in 「…按照…原则落实如下工作：」 with "
           "1.–3. run on in the same paragraph), 七、退库和补缴要求 (two paragraphs), 八、数据报送 (a monthly report 「于次月5日"
           "之前报送至市水务局水土保持处」); an 附件 list of five forms, not printed; a contact with telephone numbers",
     leaf_tasks=20, count_alternatives=[17, 18, 15, 22],
     leaf_tasks_by_section={"二、征收模式": 1, "三、分级管理": 1, "四、 （一）1.–3. （二）": 4, "五、 （一）1.–4. （二）1.–3. （三）1.–3.": 10,
                            "六、 1.–3. (run on)": 3, "七、退库和补缴要求": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、执行时间", "二、征收模式", "三、分级管理", "七、退库和补缴要求", "八、数据报送"],
     samples=[
        S(["三"], [], ["市水务局", "各区水务局", "临港新片区管委会"],
          note="「市水务局负责核定…；各区水务局负责核定…；…水土保持补偿费征收由临港新片区管委会参照市批生产建设项目执行」: rule 2's "
               "several clauses (A负责; the agent of 由 with 执行, a verb of doing), all their bodies in order; lead [] (no "
               "牵头); 「临港新片区管委会集中行使…」 (行使, outside the list) adds no other body; 水利部 only approves plans "
               "(「水利部审批水土保持方案的生产建设项目」 names a kind of project); " + NODATE),
        S(["四", "（一）", "1"], [], [WATER], lead_alternatives=[[WATER]], not_targets=[(7, "个自然日")], skip_deadline=True,
          note=INHERIT + "; its own verbs 开具 / 送达 / 出具 are outside the list and 「自市水务局收到…」 makes 市水务局 a receiver "
               "(rule 3); 7个自然日内: " + CASELIMIT),
        S(["四", "（一）", "2"], [], [WATER], lead_alternatives=[[WATER]], not_targets=[(30, "个自然日")], skip_deadline=True,
          note=INHERIT + "; 30个自然日内 (the payer's time to pay): " + CASELIMIT),
        S(["五", "（一）", "1"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          note="「建设单位组织编制项目水土保持方案」: the subject of 组织＋verb (rule 2: 组织实施／组织开展…): responsible 建设单位 (a "
               "kind of body), " + ALONE + ". RULING? 建设单位 is the regulated party whose plan goes up for approval "
               "(round 30: an applicant 「由建设单位申报」 is no unit) — read as a doer because its verb is 组织编制, not 申请 / "
               "申报 (round 33: a regulated body a document makes a doer is one); 「同步填写…申请表」 (填写) adds none; "
               + NODATE),
        S(["五", "（一）", "2"],
          note="「建设单位向水行政主管部门审批窗口提交…审批申请」: an applicant (round 30: 「由A提出申请」 is no unit) and a body "
               "that receives (rule 3: 「向A申请」); 提交 outside the list: " + NONE + "; " + NODATE),
        S(["五", "（一）", "3"], [], [WATER], lead_alternatives=[[WATER]],
          note="「水行政主管部门组织召开技术评审会，对…进行审核并核定…」: the subject of 组织召开 (rule 2): " + ALONE + "; "
               "「建设单位根据专家及管理部门意见修改完善报告…」 (修改完善, outside the list) adds none; " + NODATE),
        S(["六", "2"], [], ["市水务局"], lead_alternatives=[["市水务局"]], **at(X03, "。2."),
          note="六、's items 1.–3. run on inside the lead-in's paragraph (numbered all the same, as plans-dev 05's run-on "
               "1.–21.; found by 「。2.」, its line and first words); 「…违反规定拒不缴纳水土保持补偿费的，由市水务局责令限期缴纳」: "
               "the item's whole work is the response to the case (round 30: such an item takes A, the agent of 由 with 责令, a "
               "verb of doing); the item names its own doer, so the lead-in's 「市、区水务局、临港新片区管委会及其执法机构…落实如下"
               "工作」 does not reach it (rule 4); 「告知市水务局执法总队」 a receiver (rule 3); 「限期」 names no date: " + NODATE
               + "; 第五十七条 an article number"),
        S(["七"], [], ["税务部门"], lead_alternatives=[["税务部门"]],
          note="「…水行政主管部门核定后向退付申请人提供…，税务部门据此办理退付手续」 and 「需补缴…的，水行政主管部门核定并出具…，"
               "税务部门按照相关规则负责征缴入库」: the item's whole work answers the two cases (round 30), and its one clause of "
               "rule 2 is 「税务部门…负责征缴入库」 (核定 / 提供 / 出具 / 办理 outside the list — " + CLOSED + "): responsible "
               "税务部门, " + ALONE + "; 退付申请人 an applicant; a childless section giving work to a unit read as one task (round "
               "32, see the counting note); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市水务局行政服务中心、各区水务局、临港新片区管委会每月填写并汇总水土保持补偿费缴纳通知单数据信息，报送至市水务局水土保持处",
              "when": "每月…于次月5日之前", "when_norm": "monthly"}],
     notes=["counting: 四、 五、 六、 have numbered children, 一、 二、 三、 七、 八、 do not. Read by round 32's ruling on a childless "
            "section of unit paragraphs (one task, its units all the paragraphs' doers): 二、 (「水行政主管部门…负责核定费额、税务"
            "部门负责具体征收」) 三、 and 七、 give work to units by rule 2 → tasks; 一、执行时间 (a start date, no doer) and 八、数据"
            "报送 (填写 / 汇总 / 报送, outside the list; a duty) name none → sections. Leaves: 四、 （一）/1.–3. and （二） 4; "
            "五、 4 + 3 + 3 = 10; 六、 1.–3. run on in the lead-in's paragraph 3; + 二、 三、 七、 3 → **20**. RULING? the round-32 "
            "ruling speaks of paragraphs each opening with a body; 二、 三、 七、 open otherwise (「本市水土保持补偿费采取…」, "
            "「本市实行…其中：市水务局负责…」, 「因…的」). Accepted: 17 (二、 三、 七、 as sections), 18 (六、's run-on items as one "
            "task), 15 (both), 22 (every childless section a task, 一、 and 八、 too)",
            "units: rule 2 throughout (负责, 由A执行／责令, 组织编制, 组织召开); 二、's doer is printed 「水行政主管部门（包括市、区水务局"
            "和临港新片区管委会）」 inside a quoted 模式 name — not sampled (whether the bracket is part of the name is not settled); "
            "the steps of 五、 whose verbs are 开具 / 出具 / 提交 / 填写 name no unit (closed list; a clerk would name "
            "水行政主管部门 for 五/（一）/4 and 五/（三）/3); 六/1 (no doer of its own) takes the lead-in's bodies by rule 4 (not "
            "sampled: 「及其执法机构」 would be split on 及 into a name 其执法机构, not settled)",
            "dates: none for work — 一、's 「自2021年9月1日起立项的项目」 a start selecting projects (a section), the limits "
            "「当天」 / 「7个自然日内」 / 「30个自然日内」 counted from events (round 33: deadline rules, not targets), 八、's "
            "monthly 「次月5日之前」 (a duty's rhythm); the signing date 2021年9月1日; no phases",
            "duty: 八、数据报送 — the plan's units send monthly to the issuer's office (round 32: a plan unit's sending to the "
            "plan's office is a duty) → monthly",
            "targets: none checked as targets; the day limits are not_targets (四/（一）/1, 2); 沪水务〔2021〕550号 a document "
            "number, 第五十七条 an article number"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x108_04_shanghai-lvrongju-shuiwuju-2021-shuiyu-baojie-dengji-fanwei-deng-wenjian-tongzhi.txt"
TITLE04 = "上海市绿化和市容管理局 上海市水务局关于印发《上海市水域保洁区域的保洁等级和具体范围》等文件的通知"
BANFA = "上海市水域市容环境卫生管理社会监督员管理办法（试行）"
BOTH = "市绿化市容、水务部门"

plan(X04,
     title=TITLE04,
     title_note="the cover's title (the first line): the text holds two documents under one cover, so the notice's title "
                "is the plan's (CONVENTIONS.md: two documents under one cover)",
     doc_no="沪绿容〔2021〕264号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局, 上海市水务局",
     date="2021-08-23",
     level="city bureaus (Shanghai), to the district bureaus and the bodies concerned",
     source=shanghai_source("市政与基础设施", TITLE04 + ".md", SRC + "96eab662-4c37-4476-83d6-550c5a6843a0&siteId=0039", 3236),
     style="a cover issuing four texts of which two are printed after it, each with its own title and numbering: 《上海市水域"
           "保洁区域的保洁等级和具体范围》 (一、 a classification, 二、 （一） with 1. 2. and （二）–（四） plus two trailing "
           "sentences, 三、 a table of quality standards printed one cell a line: 「不超过0.4m2」「不大于2小时」…, a 备注) and "
           "《" + BANFA + "》 (a preamble 「制定本办法：」, 一、–十一、, six of them with （一）… items: 「由市绿化市容部门会同市水务部门"
           "…选聘…」, 「由市绿化市容、水务部门颁发…」, 「市绿化市容、水务部门定期组织社会监督员…进行集中监督」, conditions and duties of "
           "persons 社会监督员, 「年龄在18—70周岁」); the two 示范文本 are named, not printed; no date for any task",
     leaf_tasks=23, count_alternatives=[22, 24, 25, 3],  # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — 办法 二、选聘条件 （一）–（四） (conditions a candidate meets) are its text (was 27; [25, 28, 3]); aligned round 36: CONVENTIONS.md round-36 Tasks (a childless top-level point is a task only where it gives work to a doer) — 二、, its text only a candidate's conditions, is no task (was 24, 23 accepted; 24 now accepted)
     leaf_tasks_by_section={"保洁等级 二、 （一）1. 2. （二）–（四）": 5, "办法 一、产生方式": 1, "办法 二、选聘条件": 0,
                            "办法 三、聘任程序": 1, "办法 四、工作职责 （一）–（四）": 4, "办法 五、监督内容 （一）–（四）": 4,
                            "办法 七、监督方式 （一）（二）": 2, "办法 八、反馈流程 （一）（二）": 2, "办法 九、工作纪律 （一）–（四）": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["保洁等级 一、", "保洁等级 三、 (the table)", "办法 一、产生方式", "办法 二、选聘条件", "办法 三、聘任程序",
                                   "办法 六、监督范围", "办法 十、日常管理", "办法 十一、其他"],
     samples=[
        S(["二", "（一）", "1"],
          note="「黄浦江（吴淞口至关港港池）、苏州河（东港口至北横沥）。」: a scope of the first document, no body: " + NONE + "; "
               + NODATE),
        S(["社会监督员管理办法", "一"], ["市绿化市容部门"], ["市绿化市容部门", "市水务部门", BOTH], lead_alternatives=[[]],
          **at_line(X04, "一、", nth=2),
          note="the second document's 一、 (found by its line: the first document has its own 一、): 「由市绿化市容部门会同市水务"
               "部门向社会公开选聘…」 — rule 2: 「（由）A会同B＋verb」: lead A (lead [] accepted), responsible A, B; 「选聘数量由市"
               "绿化市容、水务部门根据工作需要确定」: the agent of 由 with 确定 (a verb of doing) — several clauses, all bodies in "
               "order; " + FIELDS + "; 「鼓励市、区各级人大代表和政协委员担任…」: persons, the object of 鼓励; a childless section "
               "of work given to units read as one task (round 32); " + NODATE),
        S(["社会监督员管理办法", "三"], [], [BOTH], lead_alternatives=[[BOTH]], **at_line(X04, "三、", nth=2),
          note="「被确定聘任的社会监督员，由市绿化市容、水务部门颁发统一印制的聘书和…证》」: " + BY + "; " + FIELDS + "; 「接受"
               "市民群众的自愿报名」「对所有报名者进行资格审核」 have no subject; 「每届聘期为两年」 a term with no comparison "
               "word (not checked); a childless section of work given to a unit read as one task (round 32); " + NODATE),
        S(["社会监督员管理办法", "七", "（二）"], [], [BOTH], lead_alternatives=[[BOTH]], **at_line(X04, "（二）", "集中监督"),
          note="「集中监督：市绿化市容、水务部门定期组织社会监督员对…进行集中监督」: round 30: 「A组织B＋verb」 makes A the doer "
               "(B, the object of 组织, no unit; persons besides): responsible " + BOTH + ", " + ALONE + "; " + FIELDS + "; "
               "定期 names no date: " + NODATE),
        S(["社会监督员管理办法", "八", "（二）"], **at_line(X04, "（二）", "市绿化市容、水务部门按照"),
          note="「市绿化市容、水务部门按照处置流程及时处理监督信息，并做好事后反馈和统计汇总工作」: 处理 / 做好 — " + CLOSED + "; "
               + NONE + " (a clerk reading by meaning would name " + BOTH + "; the closed list does not); " + NODATE),
     ],
     plan_targets=[{"number": 0.4, "unit": "m2"}, {"number": 0.8, "unit": "m2"}, {"number": 1.2, "unit": "m2"},
                   {"number": 1.6, "unit": "m2"}, {"number": 2, "unit": "小时"}, {"number": 4, "unit": "小时"},
                   {"number": 8, "unit": "小时"}, {"number": 12, "unit": "小时"}],
     phases=[], duties=[],
     notes=["counting (two documents under one cover, their tasks counted in order — CONVENTIONS.md): the first document's "
            "一、 (a classification) and 三、 (the table) have no numbered child and name no unit: sections; its 二、 （一）1. 2. "
            "and （二）–（四） are 5 leaves (scopes, counted: a plan of rules counts its numbered leaves, as plans-next104 x104_03 "
            "counted price rules; the two trailing sentences 「辖区管理部门可提高…」 (an option) and 「…名录以市水务局颁布为准」 are "
            "（四）'s body, round 32). The 办法: 二、 四、 五、 七、 八、 九、 hold 4 + 4 + 4 + 2 + 2 + 4 = 20 leaves (选聘条件 / 工作"
            "职责 / 监督内容 / 工作纪律 are no 工作目标/保障措施-like sections, so their items count though they name no unit); the "
            "childless 一、产生方式 (由A会同B选聘) and 三、聘任程序 (由A颁发) give work to units by rule 2 → tasks (round 32: a "
            "childless section of work given to units is one task); 六、监督范围 (subjectless 「…实施监督」), 十、日常管理 (「应"
            "加强…，定期召开…，组织相关工作培训」: 加强 / 召开 outside the list, 组织 with a noun object 相关工作培训; 「负责保障…所需的"
            "工作经费」 a payer, round 30) and 十一、其他 (「…的，可参照本办法执行」, an option) name none: sections → 5 + 20 + 2 = "
            "**27**. Accepted: 25 (一、 三、 of the 办法 as sections), 28 (十、 read as 组织＋verb, a task) and 3 (only the "
            "items that name a unit: 办法 一、 三、 七/（二）). RULING? 十、's 「组织相关工作培训」: 培训 read as a noun (组织 + a "
            "noun is not 组织＋verb)",
            "aligned round 36: the 办法's 二、选聘条件 — its （一）–（四） a candidate's conditions, its text (round 35) — gives "
            "work to no doer and is no task (round-36 Tasks: a childless top-level point is a task where it gives work to a "
            "doer; as x131_03's 二、选聘条件) → **23**; 24 (二、 one task, round 35's reading) accepted",
            "units: rule 2 only — 会同 (一、), 由A确定／颁发 (一、 三、), A组织B进行 (七/（二）); 社会监督员 are persons (" + PERSON
            + "); 「及时报告管理部门」「向市绿化市容、水务部门反映…」 name receivers (rule 3); 「承担市绿化市容、水务部门委托的…」 "
            "(四/（四）): the bodies inside a noun's description (round 30)",
            "plan targets: the first document's 三、 is a section (its table), so its ceilings are the plan's: 「5000m2内漂浮物面积"
            "累计不超过0.4m2／0.8m2／1.2m2／1.6m2」 (不超过), 「垃圾留存时间 不大于2小时／8小时／12小时」 and 「水域投诉响应 不大于2小时／"
            "4小时／8小时」 (不大于, round 32's 大于 family: 不大于 means 不超过) — targets by the round-30 line (a standard's "
            "ceiling); the unit printed 「m2」 kept as printed; 5000m2 (「…内」 without 以内) names the area measured, not checked",
            "dates: none for work (the cover's 2021年6月15日 meeting and 2021年9月1日 entry into force of the 规定 are no "
            "deadlines; no task is dated); no phases; duties: none (the supervisors' reports are persons')",
            "targets in items: none but the age band (a not_target); 「聘期为两年」 not checked; 沪府令50号 a decree number"])

write_collected(DIR)
