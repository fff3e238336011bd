# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next196/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 44 (built by helper c196): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``row_in_table_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the
"Round 44 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next196/make_expected.py tests/data/plans-next196
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, plan, row_in_table_in, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source
row_in_table = partial(row_in_table_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit; round 44 "
          "(decided): only in rules written as articles (第X条) does a named subject of any verb of doing count, and this "
          "notice is written as headed points, not articles, so the closed list stands")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")
LIMIT = ("round 33: a limit counted from an event with no comparison word 「N日内」 is the item's deadline rule, not a "
         "target; round 34: a time from an event is no deadline")


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x196_01_shi-zhujianwei-2022-nongmingong-gongzi-zhuanyong-zhanghu-guanli-tongzhi.txt"
N01 = "关于进一步规范本市工程建设领域农民工工资专用账户管理工作的通知"

plan(X01,
     title=N01,
     title_note="line 1 (the stored title) and line 21 (the notice's own title after the page's chrome lines): the same words",
     doc_no="沪住建规范联〔2022〕5号 (printed on line 23; the page's field 「文件编号」 prints it 「沪住建规范联〔2022〕5 号」 with a "
            "space; the index gives no number)",
     issuer="上海市住房和城乡建设管理委员会 with 上海市人力资源和社会保障局, 中国人民银行上海分行, 上海银保监局, 上海市交通委员会, 上海市水务局 "
            "and 上海市绿化和市容管理局 (seven signatures by short names, one a line; the index lists the housing commission)",
     date="2022-03-02",
     date_note="the notice is signed 2022年3月2日 and in force from 2022年4月1日; the index gives 2022-11 and the page's address "
               "20221114 (the page's publication)",
     level="seven city bodies (Shanghai's housing and construction commission, human resources bureau, the central bank's "
           "Shanghai branch, the banking regulator's Shanghai office, transport commission, water authority and greening "
           "bureau), rules for migrant workers' wage accounts on construction projects: scope, duties of the bodies, how the "
           "regulated parties open, fund, pay from and close the accounts, monitoring, supervision",
     source=src("工程建设管理", N01 + ".md", "https://zjw.sh.gov.cn/gfxwj/20221114/50d49d2f44dc4b70b6e9ed46fd3eb15b.html", 3959),
     style="line 1 the title; lines 3–19 the housing commission's page fields kept as stored (索取号, 载体类型, 发布机构, 文件编号 …, "
           "one field name or value a line, empty fields too); the title again, the number, the addressees, a preamble; seven "
           "heading lines 一、–七、 over paragraphs or items （一）…; 二、管理职责 five unnumbered paragraphs each opening with its "
           "bodies; 五、（三） two lists 「监控内容主要包括：」 1.–5. and 「预警情形主要包括：」 1.–6. (「1. 」 with a space); an 附件 "
           "line for three forms (not printed), seven signatures one a line, the date, and the page's closing chrome "
           "「相关附件」 (three file names) and 「相关稿件」 (an interpretation's title)",
     leaf_tasks=18, count_alternatives=[14, 24, 7],
     leaf_tasks_by_section={"二、管理职责": 1, "三、专用账户的开立和撤销": 2, "四、人工费拨付与农民工工资支付": 2,
                            "五、工资支付监控预警": 7, "六、监督管理": 6},
     childless_top_level_sections=["一、适用范围"],
     samples=[
        S(["二"], ["上海市人力资源和社会保障局"],
          ["上海市住房和城乡建设管理委员会", "中国人民银行上海分行", "上海银保监局", "上海市人力资源和社会保障局", "市住房城乡建设管理委",
           "市交通委", "市水务局", "市绿化市容局", "各区建设管理部门", "人力资源社会保障局", "交通委", "水务局", "绿化市容局",
           "特定地区管委会"],
          lead_alternatives=[[]],
          note="a childless point of five unit paragraphs under the heading 「管理职责」 (round 32: a childless section of unit "
               "paragraphs is one task, its units all the paragraphs' bodies in printed order; round 34 / 40: 管理职责 is a heading "
               "that gives out work; round 36: a childless top-level point that gives work is a task in a document of numbered "
               "items too); names: 「（以下简称市住房城乡建设管理委）」 and 「（以下简称市人力资源社会保障局）」 dropped (round 35), the "
               "short name 市住房城乡建设管理委 kept where it is printed acting (round 43: a full name and its 以下简称 both acting in one "
               "item are given as printed) — it is 会同's partner in paragraph 3 and a subject in paragraph 4; 「…、市绿化市容局等部门」"
               " → the 等部门 tail dropped (round 35); 「各区建设管理部门、人力资源社会保障局、交通委、水务局、绿化市容局和特定地区管委会」 "
               "— separate heads are separate names, 各 not shared, 和 joins two names (round 34); lead: 「上海市人力资源和社会保障局"
               "…会同市住房城乡建设管理委做好…」 — 「A会同B＋verb」: lead A, lead [] accepted (rule 2); 「按照职责分工」「按照各自职责分工」 "
               "name no body (round 33); " + NODATE),
        one(["三", "（一）"], "总包单位", not_targets=[(30, "日")],
            note="「总包单位对农民工工资支付负总责，应当在施工合同签订之日起30日内，申请开立…专用账户」 (printed glued to the "
                 "preceding clause with no stop: 「…为单位开立总包单位对…」) — 「A负总责」 is a designation (round 35): a doer; "
                 "「开户银行依据《开立申请表》开设…并签订…」 — 开设／签订 are no rule-2 verbs (" + CLOSED + "); 「应向银行提供…」 is an "
                 "applicant's filing (round 30); 30日: " + LIMIT + "; " + NODATE),
        S(["三", "（二）"], [], [], not_targets=[(30, "日")],
          note="「总包单位应及时向开户银行提供《…撤销申请表》…，申请撤销…」 — an applicant (round 30: 由A向B申请 is no unit; round 34: "
               "a regulated party applying for itself); 「开户银行依据《撤销申请表》，办理…撤销手续」 — 办理 is no rule-2 verb (" + CLOSED +
               "); 「经所有相关单位确认」 — an approver (rule 3) and a general call; 「公示30日后」 — a period after an event with no "
               "comparison word, no target (round 33); " + NONE + "; " + NODATE),
        S(["四", "（二）"], [], [],
          note="「总包单位与分包单位应当签订委托工资支付协议」 (签订 without 由 names no doer, round 42); 「总包单位应按月将…支付清单汇总报送"
               "开户银行」 — a regulated party's standing filing to its bank, no duty (round 32 / round 41); 「开户银行…将工资直接支付"
               "…，并向总包单位提供…凭证」 — 支付／提供 (a cost verb, round 37) name no doer (" + CLOSED + "); 按月 is the rhythm "
               "of paying, not of reporting; " + NONE + "; " + NODATE),
        one(["五", "（三）", "1"], "建设工程实名制管理系统",
            note="round 44: a list announced by 「…主要包括：」 after a work clause is the work's parts — items, each taking the "
                 "lead-in's bodies (rule 4); the lead-in 「本市建设工程实名制管理系统通过…与各开户银行实现数据对接，并实施全过程动态监控。"
                 "监控内容主要包括：」 — the subject of 实施 (rule 2), a system made an actor is a unit as printed (round 34: a "
                 "platform, centre or 专班 made an actor), 本市 dropped (round 41); the item 「1. 农民工工资专用账户开立、撤销情况；」 "
                 "names no body of its own; the single-task count (（三） one task, 14) is accepted (round 44); the second list "
                 "「预警情形主要包括：」 1.–6. is read as cases that trigger a warning (round 35: lists that give no work are text) — "
                 "RULING? 2; " + NODATE),
        S(["六", "（三）"], [], ["总包单位", "分包单位"],
          note="「总包单位、分包单位应当通过本市建设工程实名制管理系统进行数据分析、查询，出现预警情况时应及时落实整改」 — 进行 is no "
               "rule-2 verb; 落实 is (rule 2), and its clause 「出现预警情况时…」 is read as part of the item's own work (round 38: a "
               "「发现…情况的，应组织…」 clause that is the item's own survey is the item's work, not a case clause): the two kinds of "
               "party are doers (round 34: a regulated party named by a kind with a rule-2 form is a doer) — RULING? 3 (the other "
               "reading: rule 3's case clause 「发生…时」, no unit); lead [] (no 牵头); " + NODATE),
        S(["六", "（六）"], [], [],
          note="「市区建设管理、交通、水务、绿化等部门或其委托的监管机构应当加强…日常监督，督促工程项目按时开立和撤销专用账户；…加强…监控。"
               "发现…的，应依法处置」 and 「…的，市区建设管理、交通、水务、绿化等部门应当依法将欠薪责任单位和人员列入…“黑名单”，向社会通报」 "
               "— 加强／督促／处置／列入／通报 are no rule-2 verbs (" + CLOSED + "); the heading 「六、监督管理」 alone is no work heading "
               "(round 42: a heading needs a duty word); 当年度 names the list's year, not a date; " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: line 1 the title, lines 3–19 the page's fields (chrome, no text of the notice), line 21 the title again, "
            "the preamble no task; 一、适用范围 (scope and definitions 「本通知所称建设单位是指…」) a general provision (round 30), "
            "a section; 二、管理职责 childless, five unit paragraphs → 1 (round 32 / 36); 三、（一）（二） 2; 四、（一）（二） 2; 五、"
            "（一）（二） 2 and （三）'s list 「监控内容主要包括：」 1.–5. → 5 items (round 44), its list 「预警情形主要包括：」 1.–6. cases "
            "(text, RULING? 2); 六、（一）–（六） 6; 七、（一） entry into force and validity 「本通知自2022年4月1日起施行，有效期至2027年3月31日」 "
            "(round 30: general provision) and （二） a transitional scope with an option 「…的工程建设项目，可沿用原有专用账户」 (no body, "
            "no work) — no tasks → **18**. Accepted: 14 (五、（三） one task, round 44's single-task count), 24 (both lists of "
            "（三） as items, 5 + 6 — RULING? 2), 7 (round 40: items naming no unit left out: 二, 三/（一）, 五/（三）/1–5; 六/（三） "
            "read as naming none, rule 3's case)",
            "units: only 二、 (a work heading over unit paragraphs), 三/（一） (负总责), 五/（三） (实施, a system) and 六/（三） (落实, "
            "RULING? 3) name units; everywhere else the regulated parties (建设单位, 总包单位, 分包单位, 开户银行) and the departments "
            "act by verbs outside rule 2's closed list (拨付, 签订, 报送, 开发, 申请, 加强, 督促, 处置, 处理, 责令, 列入): no units; "
            "六、（四） 「市、区建设管理、交通、水务、绿化以及人力资源社会保障部门应当依法予以处理」 (予以处理, no 由) and 六、（五）'s second "
            "paragraph 「中国人民银行上海分行、上海银保监局和相关管理部门将责令…整改」 likewise",
            "dates: 2022年3月2日 (signature), 2022年4月1日 (entry into force), 2027年3月31日 (validity); no item carries a date of "
            "its own (30日内 from the contract's signing, 30日 of posting, 按月 payments); no phases; no duties (the regulated "
            "parties' sendings to their bank are filings, round 32 / 41)",
            "figures: none are targets — 30日 twice (limits and periods after events), 不足6个月（含6个月） (a class of project in a "
            "transitional scope, round 34), document numbers (国务院令〔第724号〕, 人社部发〔2021〕53号, 沪住建规范〔2021〕4号), the "
            "page's 索取号 3589258689/2022-00226 and a URL"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x196_02_shi-zhujianwei-2022-gongchengkuan-jiesuan-he-zhifu-tongzhi.txt"
N02 = "关于进一步规范本市工程建设项目工程款结算和支付工作的通知"
HEADED = ("round 34 (written early): in a notice of headed points 一、…十一、 (ten of the eleven have no numbered child) a "
          "childless point whose text gives work — a rule-2 doer or an instruction 「应当…」 to the plan's bodies — is a task")
DEPTS = "建设管理、交通、水务、绿化市容部门"

plan(X02,
     title=N02,
     title_note="line 1 and line 3 print the same title",
     doc_no="沪建建管联〔2022〕616号 (printed on line 5)",
     issuer="上海市住房和城乡建设管理委员会 with 中国人民银行上海分行, 上海银保监局, 上海市人力资源和社会保障局, 上海市交通委员会, 上海市水务局 "
            "and 上海市绿化和市容管理局 (seven signatures by short names, one a line; the index lists the housing commission)",
     date="2022-12-06",
     level="seven city bodies (Shanghai's housing and construction commission with the central bank's Shanghai branch, the "
           "banking regulator's Shanghai office, the human resources bureau, transport commission, water authority and "
           "greening bureau), rules on settling and paying for construction work: the builder's first responsibility, payment "
           "guarantees, settlement during construction, time limits, payment forms, credit records of breaches",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=a05dd0cbec904331bacc5c1f37ab118c&siteId=0011", 4304),
     style="the title twice, the number, addressees, a preamble; eleven heading lines 一、–十一、 each over one to three "
           "paragraphs (no numbered children) except 十、, which holds 1.–4., each a lead-in 「…存在下列情形之一的，由A…：」 over "
           "cases （1）…（6）; 十一、附则 the entry into force and validity; seven signatures one a line, the date",
     leaf_tasks=13,
     leaf_tasks_by_section={"一、落实建设单位首要责任": 1, "二、实施工程款支付担保制度": 1, "三、推行施工过程结算": 1,
                            "四、加强施工过程结算审核": 1, "五、强化施工过程结算信息报送": 1, "六、规范办理竣工结算": 1,
                            "七、依法办理工程款支付": 1, "八、完善工程款支付方式": 1, "九、健全信用评价体系与结果应用": 1,
                            "十、实行违规信用信息的记录与公示": 4},
     childless_top_level_sections=["十一、附则"],
     samples=[
        S(["一"], [], ["建设单位", "市、区建设管理、交通、水务、绿化市容部门", "特定区域管委会", "原发证机关"],
          note=HEADED + "; the heading 「落实建设单位首要责任」 is a heading that gives out work (round 37 / round 44: 落实＋责任), "
               "so every body its paragraphs give work is a unit: 「建设单位是工程款结算和支付工作的第一责任主体，应当…」 (a designation, "
               "round 34 / 37), 「市、区建设管理、交通、水务、绿化市容部门和特定区域管委会应当加强…检查…，依法责令停止施工」 (fields sharing "
               "one head with 「市、区」 are one name as printed, round 31; 和 joins a second name, round 34), 「逾期未完成整改的，由原发证"
               "机关撤销施工许可证」 (由A＋a verb of doing; round 42: a 「…的，由A…」 step after a branch is the item's own work); "
               "施工总承包单位 only receives funds (no unit); no lead (no 牵头); " + NODATE),
        S(["二"], [], [], [(10, "%")], not_targets=[(3, "个月")],
          note=HEADED + "; 「建设单位应当…向施工单位提供担保金额不低于签约合同价10%的工程款支付担保」 and 「…不高于签约合同价10%的履约担保」 "
               "— 不低于／不高于 (round 30's line) → 10% (both floor and ceiling are 10%); 提供 is a cost verb, no doer (round 37: "
               "only a cost verb alone makes a payer), 「由财政性资金出资的」 a source of funds; the heading 「实施工程款支付担保制度」 "
               "names no duty word (no work heading); 「应在本通知发布后3个月内限期补充提供」 — " + LIMIT + " (round 37: 「本通知施行"
               "十个工作日内」 is a limit from an event: no deadline); the administrative penalty names no figure; " + NONE),
        S(["三"], [], [], [(1, "次")], not_targets=[(5000, "万元"), (1, "年")],
          note=HEADED + "; 「建设期间应至少进行一次施工过程结算」 — a frequency with a floor is a target (round 35: 「至少两年开展一次」) → "
               "1次; 「施工总承包合同工期一年及以上或合同价5000万元及以上的建设工程，推行施工过程结算」 — a class of project the rule covers "
               "(round 34: 「10万平方米以上的项目」; round 43: a size band that decides the procedure is a class of project) → 一年 / "
               "5000万元 not targets; ±0.00 names a level of the building; 本市建设工程 is a place's works, no body; " + NONE + "; "
               + NODATE),
        S(["六"], [], [], [(60, "天")], not_targets=[(45, "天")],
          note=HEADED + "; 「对于不实施过程结算的项目，审核期限不得超过60天」 — a time limit with a comparison word is a target (round 33; "
               "不超过 in round 30's line) → 60天; 「在收到…竣工结算文件后的45天内完成审核」 — " + LIMIT + "; 「建设单位应当依法依规"
               "办理竣工结算」「…出具审核意见」 — 办理／出具 without 由 name no doer (" + CLOSED + "); " + NONE + "; " + NODATE),
        S(["十", "1"], [], [DEPTS, "人力资源社会保障部门"],
          note="「建设单位存在下列情形之一的，由建设管理、交通、水务、绿化市容部门或人力资源社会保障部门按照职责分工记入其信用记录…予以公示"
               "…推送至…平台：」 — 由A＋a verb of doing (rule 2; round 34: an item whose every clause is the response to its cases "
               "takes A); the fields sharing one head 「建设管理、交通、水务、绿化市容部门」 are one name as printed (round 31), 或 joins "
               "a second name (round 38: 「A或其委托方」 gives both); the cases （1）–（6） are a list that gives no work (round 35: "
               "text, no items); 「（4）竣工结算文件未按规定报建设管理部门备案的」 — a receiver of a filing, no unit; " + NODATE),
        S(["十", "2"], [], [DEPTS, "其他行政主管部门"],
          note="「存在下列情形之一的，由建设管理、交通、水务、绿化市容部门或其他行政主管部门公布相关信息」 — 由A＋a verb of doing (rule 2), "
               "two names joined by 或 (round 38); 「金融机构可依法降低…」 and 「情节严重的，…可协同金融监管部门向…发布风险提示」 are "
               "options (round 34 / 40: 可 reaches every verb joined to it), so 金融机构 and 金融监管部门 are no units; the cases "
               "（1）–（4） are text (round 35); " + NODATE),
        S(["十", "3"], [], [],
          note="「施工总承包单位存在下列情形之一的，建设管理、交通、水务、绿化市容部门依法追究其相应的法律责任，在…平台等公布相关信息予以公示，"
               "并按规定推送至…平台：」 — no 由 here (unlike 1. and 2.): 追究／公布／推送 are no rule-2 verbs (" + CLOSED + "; round "
               "42's 「…的，由A…」 step needs 由); the cases （1）–（3） are text (round 35); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the title twice, the number, the addressees and the preamble no task; 一、–九、 are childless headed "
            "points each giving work by 「应当…」 instructions or, in 九、, by subjectless rule points (round 43: rule points with no "
            "subject are tasks where they give work) → 9; 十、 1.–4. → 4 (each 「…的，由A…」 or 「…的，A…」 over cases （1）…, the "
            "cases a list that gives no work, round 35); 十一、附则 (entry into force 2023年1月1日, validity to 2027年12月31日, which "
            "projects the notice applies to) a general provision (round 30) → **13**",
            "units: named only in 一、 (a work heading), 十/1, 十/2 (由A＋verb) and 十/4 (「由金融监管部门予以处理」); the builder "
            "(建设单位), contractor (施工总承包单位, 施工单位) and both parties (发承包双方) act by verbs outside rule 2's list everywhere "
            "else (拨付, 提供, 完成, 办理, 支付, 披露, 进行…报送): no units by the closed list (round 44 decided: the widening is only "
            "for articles 第X条)",
            "dates: 2022年12月6日 (signature), 2023年1月1日 (entry into force), 2027年12月31日 (validity); every other time is a "
            "limit from an event (3个月内, 28天, 30天内, 45天内, 14天内) or a rhythm (按月, 每月前10天内): no deadlines, no phases; "
            "no duties (the builder's sending of settlement files through the platform 「通过本市建设市场管理信息平台进行信息报送」 is a "
            "regulated party's standing filing, round 32 / 41)",
            "figures: targets 10% (不低于 / 不高于), 至少一次, 不得超过60天; not targets 3个月 / 28天 / 30天 / 45天 / 14天 / 10天 "
            "(limits from events), 一年及以上 / 5000万元及以上 (a class of project), ±0.00, 双随机、一公开, a URL, document "
            "numbers"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x196_03_shi-zhujianwei-2022-jianshe-gongcheng-qiye-zizhi-tiaozheng-tongzhi.txt"
N03 = "上海市住房和城乡建设管理委员会关于调整本市建设工程企业资质有关事项的通知"

plan(X03,
     title=N03,
     title_note="line 1 and line 3 print the same title",
     doc_no="沪建建管〔2022〕651号 (printed on line 5)",
     issuer="上海市住房和城乡建设管理委员会 (the issuer in the title; the text prints no signature, only the date)",
     date="2022-11-16",
     level="one city commission (Shanghai's housing and construction commission), a notice adjusting how construction "
           "firms' qualifications are extended, applied for and approved: a blanket extension, direct applications for "
           "grade 2, approvals passed down to the districts, and what firms and district departments must do",
     source=src("工程建设管理", N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5a75a493431d4f4cb6f70c3f33b7b645&siteId=0011", 2032),
     style="the title twice, the number, addressees, a preamble; four heading lines 一、–四、, three of them over items "
           "（一）（二）（三） (一/（一） with a second paragraph), 三、 childless over two paragraphs; website menu paths in quotes "
           "with full-width dashes 「企业电子证书管理－…－领证」; a closing 「本通知自发布之日起实施。」 and the date, no signature",
     leaf_tasks=7, count_alternatives=[8],
     leaf_tasks_by_section={"一、统一延长本市建设工程企业资质的有效期": 2, "二、本市建筑业企业可直接申请二级资质": 2,
                            "四、其他相关工作": 3},
     childless_top_level_sections=["三、进一步下放建筑业企业资质审批权限"],
     samples=[
        one(["一", "（一）"], "上海市建设市场管理信息平台企业资质审批系统",
            note="「本市核发的企业资质延期…自实施之日起，由上海市建设市场管理信息平台企业资质审批系统自动完成，并同步推送至…平台」 — "
                 "由A＋a verb of doing (rule 2; round 34: 「由A＋any verb of doing」, and a platform made an actor is a unit as "
                 "printed); 「企业通过…重新领证后即可打印…」 — firms acting for themselves (round 34: applicants, no units); "
                 "deadline: none — 「资质证书有效期于2023年12月30日前届满的，统一延期至2023年12月31日」 picks the certificates by their "
                 "expiry (round 41: a cut-off that picks the item's objects is no deadline) and sets their new expiry, a validity "
                 "(round 37: a validity 有效期 is no span of work), not a date by which work is done — RULING? 4"),
        S(["一", "（二）"], [], [], not_targets=[(1, "年")],
          note="「企业通过吸收合并、跨省变更等事项取得1年有效期资质的，企业仍应在1年资质证书有效期届满前，按照…的要求办理」 — a regulated "
               "firm acting for itself with 办理 (no rule-2 verb, " + CLOSED + "); 1年 names a kind of qualification (round 34: a "
               "class the rule covers) and 「届满前」 is a time before an event (round 34: no deadline); " + NONE),
        S(["二", "（一）"], [], [],
          note="「本市具有法人资格的建筑业企业可通过…平台…新申请或增项…二级资质」 — an applicant's option (round 30: an applicant; "
               "round 34: 可 is no assignment); 「…三级…资质将自动注销」 has no agent; 二级／三级 name grades, not figures to reach; "
               + NONE + "; " + NODATE),
        S(["二", "（二）"], [], [], [(2, "项")], not_targets=[(2, "级")],
          note="「其中技术负责人主持完成过本类别资质二级以上标准要求的工程业绩不少于2项」 — a standard the applicant must meet to be "
               "recognised, with 不少于 (round 40: a standard the work must meet to be recognised is a target; round 30's line) → "
               "2项; 「二级以上标准要求的工程业绩」 names a grade of works (round 34: a class the rule covers; round 32: grade bands "
               "are not targets) → 二级 not a target; the item names no body (技术负责人 is a person, never a unit); " + NONE +
               "; " + NODATE),
        S(["四", "（一）"], [], [],
          note="「…企业应在全国建筑市场监管公共服务平台有效期更新后，及时自助同步至上海市建设市场管理信息平台」 — a regulated firm's own "
               "step (同步, no rule-2 verb; round 34: acting for itself); 「有效期更新后」 is a time after an event (no deadline); "
               + NONE + "; " + NODATE),
        S(["四", "（三）"], [], [],
          note="「各区建设行政管理部门和临港新片区管理委员会要加强组织领导、配强管理力量、细化内部流程、优化服务保障，做好…审批管理工作」 — "
               "the verbs are 加强, 配强, 细化, 优化, 做好 (" + CLOSED + "); 组织领导 is read as a noun, the object of 加强 (round 33: "
               "落实 as a noun gives no doer; round 41: 组织 with no work after it gives no doer), not 「A组织＋work」 — RULING? 6; "
               "「市住房城乡建设管理委将对…加强指导监督」 — 加强 (no rule-2 verb), and a guide is no unit (rule 3); " + NONE + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the title twice, the number, the addressees and the preamble no task; 一、（一）（二） 2 (（一）'s second "
            "paragraph its body); 二、（一）（二） 2; 三、 childless over two paragraphs 「市住房城乡建设管理委进一步加大事权下放力度，…将“…”等6项"
            "建筑业企业专业承包资质下放至企业注册地的区建设行政管理部门予以审批」 and 「浦东新区…和临港新片区管理委员会的审批事项仍按照原…文件"
            "要求执行」 — no rule-2 doer (下放, 予以审批 without 由: RULING? 5), so a childless point in a document whose other "
            "points have items stays a section (plans-dev `EXPECTED.md` lines 21–25; round 36 makes such a point a task only "
            "with a rule-2 doer); 四、（一）–（三） 3 → **7**. Accepted: 8 (三、 counted: a point that gives work — the delegation "
            "— as round 43's rule points are, RULING? 5). The closing 「本通知自发布之日起实施。」 is the entry into force",
            "units: the plan names almost none — only 一/（一）'s 「由…企业资质审批系统自动完成」; every other item is a firm's own "
            "step (申请, 办理, 同步, 变更: applicants and regulated parties for themselves) or a department's work by verbs outside "
            "rule 2 (加强, 做好, 下放, 予以审批). It is read as a plan whose items name units only rarely; no count without the "
            "unit-less items is offered (round 40's count would leave one task)",
            "dates: 2022年11月16日 (the date), 2023年12月30日前 / 2023年12月31日 (the extension, RULING? 4), 1年 validity, "
            "「自实施之日起」「自发布之日起」 (entry into force); no deadlines, phases or duties",
            "figures: target 不少于2项; not targets 1年 (a kind of qualification), 二级以上 (a grade), 6项 (a count of the "
            "qualification kinds the sentence lists by name), grade names 二级／三级, document numbers (建办市函〔2022〕361号, "
            "建市〔2014〕79号, 建市〔2014〕159号, 沪建建管〔2022〕392号)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x196_04_shi-fagaiwei-2022-haitie-lianyun-fazhan-shishi-yijian.txt"
P04 = "关于上海市进一步推动海铁联运发展的实施意见"
TABLE = "上海市进一步推动海铁联运发展重点任务表"
ROW = ("the attached task table's row (flattened one cell a line: 序号, 具体内容, 牵头部门, 配合部门、单位): the 牵头部门 cell is "
       "the lead, the 配合部门、单位 cell with it the responsible units (rule 1: a table column is a label; round 38: 「牵头单位：」 "
       "beside a second column gives responsible); the row writes no date: " + NODATE)
BODY = ("a body item of the 实施意见: its text names no body as a doer in a ruled form (the item's bodies are printed only in "
        "the attached table's row of the same words, which is a task of its own — RULING? 1)")
NAMES = ("names as printed: a bracket after a name stays with it 「市商务委（口岸办）」 (round 34); in a unit column the label keeps "
         "「各有关单位」 (round 33 / round 37), printed after a comma 「，各有关单位」")

plan(X04,
     title=P04 + "（关于印发《" + P04 + "》的通知）",
     title_note="the opinion's own title (line 27, after the cover) or the notice title (line 1): either",
     doc_no="沪发改城〔2022〕65号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市交通委员会, 上海市财政局, 上海市规划和自然资源局, 上海市商务委员会 and 上海海关 (six "
            "signatures one a line; the index lists the development and reform commission)",
     date="2022-09-30",
     level="six city bodies (Shanghai's development and reform commission, transport commission, finance bureau, planning "
           "and natural resources bureau, commerce commission and Shanghai Customs), implementation opinions on sea–rail "
           "intermodal transport: goals for 2025 / 2030 / 2035, twenty-two measures in seven groups, and an attached key "
           "task table giving each measure its 牵头部门 and 配合部门、单位",
     source=src("工程建设管理", "关于印发《" + P04 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=320395e7062b4d86b32b1edf33092f09&siteId=0025", 7650),
     style="a cover (addressees, one sentence, an 附件 line naming the opinion, six signatures, the date); the opinion's title, "
           "a preamble; 一、指导思想 and 二、主要目标 childless (the goals: figures for 2025 / 2030 / 2035 in three paragraphs); "
           "三、–九、 heading lines over run-in items （一）–（二十二） numbered straight through; 「附件：…重点任务表」 then 「附件：」 "
           "(with a colon) and the table's title, the table flattened one cell a line: header cells 主要任务 / 序号 / 具体内容 / "
           "牵头部门 / 配合部门、单位, group rows 一、–七、 (seven groups for the body's seven sections), rows 1–22 whose 具体内容 "
           "repeat the body's items word for word (row 6 adds a comma, row 18 rewords one clause); lead cells cut over two "
           "lines in rows 1 and 19 「市交通委、」/「市规划资源局」",
     leaf_tasks=22, attachment_task_rows=22,
     leaf_tasks_by_section={"三、统筹规划布局": 2, "四、加强能力建设": 3, "五、提高联运效率": 4, "六、降低联运成本": 3,
                            "七、培育经营市场": 3, "八、加强区域协同": 3, "九、强化实施保障": 4},
     childless_top_level_sections=["一、指导思想", "二、主要目标"],
     samples=[
        S(["三", "（一）"], [], [],
          note=BODY + "; 「加快上海港总体规划修编，开展…研究，明确…，完善…，做好…」 — subjectless verbs; " + NONE + "; " + NODATE),
        S(["九", "（十九）"], [], [],
          note=BODY + "; 「进一步强化由市有关部门和单位共同组成的协调推进机制和工作专班，负责统筹推进海铁联运发展工作」 — members 「由A…组成」 "
               "are no units (rule 3) and the 专班 is the body the item (「组建工作专班」) sets up, no unit (round 35; round 41: "
               "members of a mechanism the item sets up); 「充分调动船公司、港口、铁路、集卡、货代等市场主体的积极性」 — objects, no "
               "units; 「按照阶段目标与方案」 names no date (round 44 decided: goal dates are the goals', not the items'); " + NONE +
               "; " + NODATE),
        S(["附件", "1"], ["市交通委", "市规划资源局"],
          ["市交通委", "市规划资源局", "市发展改革委", "中国铁路上海局集团", "上港集团"],
          note=ROW + "; the lead cell is printed over two lines 「市交通委、」 / 「市规划资源局」 (one cell: two leads); the partner "
               "cell ends 「…、上港集团等」 (the final 等 dropped, as the scorer strips it)",
          **row_in_table(X04, TABLE, 1)),
        S(["附件", "4"], ["市交通委"],
          ["市交通委", "市规划资源局", "市发展改革委", "中国铁路上海局集团", "上港集团久事集团", "各有关单位"],
          note=ROW + "; 「上港集团久事集团」 is printed with no separator: one name as printed (round 44: names printed with no "
               "separator 「各村学校幼儿园」 are one name as printed; rows 3 and 5 print 上港集团 and 久事集团 apart); " + NAMES,
          **row_in_table(X04, TABLE, 4)),
        S(["附件", "8"], ["市商务委（口岸办）"],
          ["市商务委（口岸办）", "市交通委", "上海海关", "中国铁路上海局集团", "上港集团", "各有关单位"],
          not_targets=[(1, "次")],
          note=ROW + "; " + NAMES + "; 「“一次申报、一次查验、一次放行”」 is a slogan's name, no figure to reach (no comparison "
               "word, round 30) → 一次 not a target",
          **row_in_table(X04, TABLE, 8)),
        S(["附件", "9"], ["市交通委"], ["市交通委", "上港集团", "上海海关", "市商务委（口岸办）", "中远海运集团"],
          note=ROW + "; the partner cell prints 上港集团 twice 「上港集团、上海海关、市商务委（口岸办）、上港集团、中远海运集团」 (one unit; "
               "compared as a set) and has no 「各有关单位」",
          **row_in_table(X04, TABLE, 9)),
        S(["附件", "19"], ["市发展改革委", "市交通委"],
          ["市发展改革委", "市交通委", "市规划资源局", "市商务委（口岸办）", "市财政局", "上海海关", "中国铁路上海局集团", "上港集团",
           "中远海运集团", "久事集团", "各有关单位"],
          note=ROW + "; the lead cell printed over two lines 「市发展改革委、」 / 「市交通委」; the body's 「由市有关部门和单位共同组成」 "
               "(members) adds nothing to a labelled row (rule 1); " + NAMES,
          **row_in_table(X04, TABLE, 19)),
        S(["附件", "21"], ["市交通委", "市财政局", "市发展改革委", "上海海关", "市规划资源局"],
          ["市交通委", "市财政局", "市发展改革委", "上海海关", "市规划资源局", "市商务委（口岸办）", "中国铁路上海局集团", "上港集团",
           "中远海运集团", "各有关单位"],
          note=ROW + "; five leads in one cell on one line; 「“铁路让一点、企业担一点、政府补一点”」 a principle's name; " + NAMES,
          **row_in_table(X04, TABLE, 21)),
     ],
     plan_targets=[{"number": 90, "unit": "万标准箱"}, {"number": 15, "unit": "%"}, {"number": 3, "unit": "%"},
                   {"number": 180, "unit": "万标准箱"}, {"number": 5, "unit": "%"}, {"number": 300, "unit": "万标准箱"},
                   {"number": 8, "unit": "%"}],
     phases=[], duties=[],
     notes=["counting: the cover (「请认真贯彻落实」, a cover instruction) and the preamble no task; 一、指导思想 and 二、主要目标 "
            "childless sections (plans-dev `EXPECTED.md` lines 21–25; round 27: goals naming no unit); 三、–九、 （一）–（二十二） "
            "run on → **22**; the attached table's rows 1–22 are `attachment_task_rows` (22; the scorer accepts 22 or 44); its "
            "group rows 一、–七、 and header cells are no tasks",
            "units: the body's items name no doer in a ruled form (subjectless measures; 「港口企业在原有优惠基础上进一步减免…」 "
            "（十二） 减免 is no rule-2 verb; 「以上海港海铁联运有限公司为上海海铁联运业务平台主体」 （二十） is a designation, round 38 — "
            "not sampled: its later 「以平台公司为主体协同港口、铁路、船公司…」 makes the partners uncertain); the table gives every "
            "row its 牵头部门 (lead) and 配合部门、单位 (responsible with the lead); RULING? 1 asks whether the body's items take "
            "their table rows' units",
            "plan targets (二、主要目标): 90万标准箱 (「达到90万标准箱及以上」, 2025), 15% (「年均增长15%以上」), 3% (「比重达到3%」), "
            "180万标准箱 and 5% (2030), 300万标准箱 (2035; 「力争完成340万标准箱」 too), 8% (「达到8-9%」, a range read at its lower "
            "edge, round 32); the years 2025 / 2030 / 2035 are the goals' dates, no item's deadline (round 44 decided); "
            "「较2021年翻一番以上」 names a base year",
            "dates: 2022年9月30日 (cover); the goal years above; document numbers with years in the preamble; no item is "
            "dated, no phases, no duties (（二十二） 「定期开展调研督导」 is a rhythm of inspection, not a sending)",
            "figures not targets: 一次申报／一次查验／一次放行 and 一次托运、一次计费 (names of services), 「水-铁-水」, 「通关+物流」, "
            "the document numbers, 二期／三期 (phases of railway projects, names)"])

write_collected(DIR)
