# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next142/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 37 (built by helper c142): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main
at 74f07fc5 (rounds 25–36 and the round-37 rulings written early). Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next142/make_expected.py tests/data/plans-next142
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, SHANGHAI_COMMIT, SHANGHAI_REPO, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37: rule 2's forms are a closed list — the plain subject of another verb (加强, "
          "完善, 建立, 制定, 提供, 进行监督 …) is not a unit; 「A对…进行监督」 without 由 names no doer")
PIVOT = ("CONVENTIONS.md round 30 / round 34: the object of a pivot verb (指导, 督促 without 负责) is not a unit, and its "
         "subject is a doer only with a verb in rule 2's list")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
LUOSHI = "CONVENTIONS.md units rule 2: the subject of 负责／落实／实施 is a doer"
ORG = "CONVENTIONS.md units rule 2, round 30 and round 34: 组织＋work makes its subject a doer; the object of 组织 is not a unit"
SHARED = ("CONVENTIONS.md round 31 / round 35 (names): fields joined by 、 before one head noun are one name as printed, "
          "等 kept inside it")
LABEL = ("CONVENTIONS.md units rule 1: a unit-colon item 「（n）X：…」 gives its units — the label decides, sentences add "
         "nothing (round 37: a unit-colon label gives the label's name)")
ARTICLE = ("CONVENTIONS.md round 30 / round 33: in a document written as articles, an article that gives work is a task; "
           "general provisions (purpose, scope, definitions, 参照, entry into force) and articles with no work are not")
APPLICANT = ("CONVENTIONS.md round 34 / round 37: a party's filing to the body that approves it (「由A向B提交／报送…」) is an "
             "applicant's — no unit, no duty")


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x142_01_lingang-2022-gongcheng-zhatu-chuzhi-shishi-banfa.txt"
N01 = "关于印发修订后的《临港新片区工程渣土处置实施办法》的通知"

plan(X01,
     title="临港新片区工程渣土处置实施办法（" + N01 + "）",
     title_note="a cover notice that forwards the 办法 (one plan, CONVENTIONS.md round 30 'two documents under one cover'): "
                "the 办法's own title or the notice's",
     doc_no="沪自贸临管委〔2022〕101号",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2022-09-14",
     level="a special-area administration (Lingang New Area, Shanghai), the disposal of construction spoil: a leading "
           "group, principles, the offices' duties, the builders', carriers' and sites' duties, daily management",
     source=shanghai_source("建筑垃圾与材料", N01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=cab7ea33d52a450cba26a4464c657ce5&siteId=0058", 4053),
     style="a cover notice (title printed twice, number, addressees, the repeal of the 2020 text, signature, date) then the "
           "办法: a preamble and eight articles 「第N条  heading」 on lines of their own over paragraphs — 第一条 and 第二条 "
           "childless, 第三条 （一）–（三）, 第四条 管理部门和职责 with unit-colon items 「（一）生态处：」…「（八）属地镇：」, 第五条–"
           "第七条 headed by a party 「建设单位责任」「运输单位责任」「消纳场所管理单位责任」 over （一）… items, 第八条 with run-in "
           "headed items 「（一）强化企业主体责任。」; 431KM2, 15%, 每月…一次",
     leaf_tasks=32, count_alternatives=[29, 31, 33],
     leaf_tasks_by_section={"第一条": 1, "第三条": 2, "第四条": 8, "第五条": 7, "第六条": 3, "第七条": 7, "第八条": 4},
     attachment_task_rows=0,
     samples=[
        A(X01, ["第三条", "（二）"], ["生态处"], ["生态处", "规资处", "规土中心", "各镇"],
          note="「由生态处牵头，规资处、规土中心、各镇协同配合」: CONVENTIONS.md units rule 2 (「由A牵头」 with 「B、C配合」 after it: "
               "lead A; responsible A, B, C in printed order); 协同配合 read as 配合 (round 34: 「B配合」 beside a doer makes B "
               "responsible); 各镇 a kind (round 32); " + NODATE),
        A(X01, ["第四条", "（六）"], [], ["综合执法大队"], lead_alternatives=[["综合执法大队"]],
          note="「（六）综合执法大队：负责对…进行处罚」: " + LABEL + "; " + SUBJ + "; " + NODATE),
        A(X01, ["第四条", "（七）"], [], ["公安处（交警）"], lead_alternatives=[["公安处（交警）"]],
          note="「（七）公安处（交警）：负责审核…；协同生态处和综合执法大队开展调查取证」: " + LABEL + "; the bracket stays with the "
               "name (round 34) — RULING? (the article's heading 「管理部门和职责」 is also a heading that gives out work (round 34), "
               "under which round 36 makes the partners of 协同／协助 units too; read here: the item's own unit-colon label decides "
               "(rule 1), so 生态处 and 综合执法大队 are not added); " + SUBJ + "; " + NODATE),
        A(X01, ["第四条", "（八）"], [], ["属地镇"], lead_alternatives=[["属地镇"]],
          note="「（八）属地镇：属地镇是…责任主体，应根据…」: " + LABEL + " (also a designation, round 32); " + SUBJ + "; " + NODATE),
        A(X01, ["第五条", "（四）"], [], ["建设单位"], [(15, "%")], lead_alternatives=[["建设单位"]],
          note="「第五条  建设单位责任」 read as a unit heading over its items (CONVENTIONS.md rule 1; round 32: 「1.A审核内容」-style "
               "headings give their body to the items under them) — RULING? (by rule 2 alone the item's verbs 预估／确保 name no "
               "doer); 「确保…外运总量不超过申报核定数量的15%」: a ceiling, a target (CONVENTIONS.md targets, round 30's line: "
               "不超过); " + SUBJ + "; " + NODATE),
        A(X01, ["第八条", "（三）"], [], ["生态处"], lead_alternatives=[["生态处"]],
          note="「（三）完善市场运行机制。生态处负责建立工程渣土供需对接机制」: " + LUOSHI + "; the rest has no subject; "
               + SUBJ + "; " + NODATE),
        A(X01, ["第八条", "（四）"], [], ["各部门", "各镇"],
          note="「各部门和各镇落实分管领导和联络员」: " + LUOSHI + " (各部门, 各镇 kinds, round 32 / round 33; 和 joins two names, "
               "round 34); no 牵头: lead []; 「建立例会制度，每月召开一次…例会」 has no subject (a duty below); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "建立例会制度，每月召开一次管理部门工作例会和运输企业工作例会", "when": "每月召开一次", "when_norm": "monthly",
              "note": "第八条（四）: a recurring coordination rhythm (plans-dev EXPECTED.md: recurring reporting/coordination "
                      "rhythms are duties)"}],
     notes=["counting: the cover is no task; 第二条 适用范围 (scope and a definition) is a general provision (" + ARTICLE + "); "
            "第一条 (sets up the leading group) 1; 第三条 （二）（三） 2 — （一） 「…应遵循…的原则」 is a principle (round 33: no task in "
            "a plan with units, a count with it accepted); 第四条 （一）–（八） 8; 第五条 （一）–（七） 7; 第六条 （一）–（三） 3; 第七条 "
            "（一）–（七） 7; 第八条 （一）–（四） 4 → **32**. Accepted 33 (第三条（一） counted), 31 (第一条 read as setting up a "
            "body, no task) and 29 (第七条（二）–（四） 「有符合…的…」 read as conditions a site must meet, a list that gives no "
            "work, round 35)",
            "units not sampled: 第一条 — the group and its office are set up by the article (round 35: set-up bodies stay rule 3; "
            "「分管副主任任组长」 a person); 第三条（三） 「规资处、建交处、生态处应系统考虑…」 (考虑: " + CLOSED + "); 第四条 （一）–（五） "
            "unit-colon labels 生态处／建交处／规资处／应急处／规土中心 (their 组织协调相关部门, 督促建设单位…, 协同生态处 are the "
            "heading question of （七）); 第五条 （三） 「由建设单位分别与运输单位和消纳场所管理单位协商确定」 (by rule 2 「由A与B＋verb」 "
            "all three would be doers; under the unit heading 建设单位 only — the same RULING? as （四）); 第六条／第七条 their "
            "party headings; 第八条 （一） 「考核结果交由建交处管理使用；…交由生态处管理使用」 (交由A＋verb, round 33: doers) and "
            "（二） 「落实政府监管责任。监察部门要加强监督」 (a heading of the round-37 kind 「落实…职责」, which would make 监察部门 a "
            "unit) — left out as contested",
            "dates: none (2022年9月14日 the notice; 2020年10月27日 the repealed text); targets: 15% (sampled); 431KM2 is the area "
            "in a scope article; 沪自贸临管委〔2020〕869号 a document number"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x142_02_shi-jiaotongwei-2023-shiyu-tielu-chuqi-yunying-anquan-pinggu-rending-banfa.txt"
N02 = "上海市交通委员会关于印发《上海市市域铁路初期运营前安全评估认定管理办法》的通知"
JTW = "市交通委"

plan(X02,
     title="上海市市域铁路初期运营前安全评估认定管理办法（" + N02 + "）",
     title_note="a cover notice that forwards the 办法 (one plan): the 办法's own title or the notice's",
     doc_no="沪交行规〔2023〕7号",
     issuer="上海市交通委员会",
     date="2023-12-29",
     level="city commission (Shanghai), the safety assessment of a suburban railway before its first operation: the "
           "commission's role, preconditions, the third party and experts, the report, the assessment, rectification",
     source=shanghai_source("工程建设管理", N02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=258e639c219345b98471347830dcb3e2&siteId=0010", 3552),
     style="a cover notice (number, addressees, adoption, entry into force 2024-02-01 and expiry 2029-01-31, signature, "
           "date) then the 办法 in three chapters of sixteen articles 「第N条  heading」 on lines of their own over paragraphs; "
           "lists of conditions, report contents and prohibited acts as （一）… items; 10年及以上, 近3年内; DG/TJ08-2417-2023",
     leaf_tasks=8, count_alternatives=[9, 10, 12, 30],
     leaf_tasks_by_section={"第一章": 1, "第二章": 7},
     attachment_task_rows=0,
     samples=[
        A(X02, ["第三条"], ["市域铁路建设单位"], ["上海市交通委员会", "第三方机构", "市域铁路建设单位", "运输企业"],
          lead_alternatives=[[]],
          note="「第三条  职责划分」 read as a heading that gives out work (round 34 / round 35 / round 37: 职责, X分工) — RULING? "
               "(职责划分 is not written in the lists): every body given work is a unit, in printed order — 「上海市交通委员会"
               "（以下简称市交通委）负责组织…」 (the 以下简称 bracket dropped, round 35), 「第三方机构和专家应当…开展工作」 (专家 are "
               "persons, never units), 「市域铁路建设单位会同运输企业配合做好…」; by rule 2 alone 第三方机构 (开展 without 组织) "
               "would drop out; lead: 「A会同B」 gives lead A (" + WITH + "), here the builder whose work is to 配合; " + NODATE),
        A(X02, ["第五条"], [], [JTW], lead_alternatives=[[JTW]],
          note="「市交通委委托第三方机构协助开展…具体工作的，由市交通委按照法律法规规定，选定第三方机构」: the article's work is the "
               "response to its case, 由A＋verb of doing (CONVENTIONS.md round 30 / round 34); the second sentence sets "
               "conditions on the third party (no work); " + SUBJ + "; " + NODATE),
        A(X02, ["第七条"], [], [JTW], lead_alternatives=[[JTW]],
          note="「由建设单位会同运输企业共同向市交通委提交报告」 — " + APPLICANT + "; 「市交通委组织开展初期运营前安全评估认定」: "
               + ORG + "; " + SUBJ + "; " + NODATE),
        A(X02, ["第十一条"], ["建设单位"], ["建设单位", "运输企业"], lead_alternatives=[[]],
          note="「建设单位应会同运输企业制定整改方案」: " + WITH + "; 「经相关专家复核确认后报市交通委」 a filing (no unit, no "
               "duty); 「市交通委应当督促建设单位和运输企业限期整改到位」 (" + PIVOT + "); 限期 names no date: " + NODATE),
        A(X02, ["第十三条"], [], ["市交通委"], lead_alternatives=[["市交通委"]],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市交通委应当对第三方机构和专家的工作进行监督」 — the subject of the article's verb of doing is a doer; lead [] (accepted as the lead); formerly: " + "「市交通委应当对第三方机构和专家的工作进行监督。…进行检查」: " + CLOSED + " (round 37: 「A对…进行审批／监督抽查」 "
               "without 由 names no doer): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 purpose, 第二条 scope, 第十五条 definitions, 第十六条 entry into force are general provisions ("
            + ARTICLE + "); 第四条 (preconditions （一）–（四）), 第六条 (requirements on experts, exclusions （一）–（四）), 第八条 "
            "(what the report contains, （一）–（九）: round 37, a list of what a document must contain gives no work) and 第十四条 "
            "(acts the third party must not do, （一）–（五）) give no work and are no tasks (round 33 / round 35: lists that give "
            "no work are text); 第三条, 第五条, 第七条, 第九条, 第十条, 第十一条, 第十二条, 第十三条 → **8**. Accepted 9 / 10 / 12 "
            "(some or all of the four list articles counted as one task each) and 30 (every numbered leaf: the eight, 4 + 4 + 9 "
            "+ 5 items)",
            "units not sampled: 第九条 (专家组 判断／报告／提出意见, 「市交通委可…要求…」 an option), 第十条 (形成, 征求, 提出), 第十二条 "
            "(「市交通委报请市人民政府同意后开通初期运营」: 报请 — an approval asked, 开通 plain) — no doer by rule 2",
            "dates: none in the tasks (2023年12月14日 the adoption, 2023年12月29日 the notice, 2024年2月1日 / 2029年1月31日 entry into "
            "force and expiry); targets: none sampled (10年及以上 and 近3年内 stand in 第六条, no task)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x142_03_shi-renda-2021-guidao-jiaotong-guanli-tiaoli.txt"
JT = "市交通行政管理部门"
QY = "轨道交通企业"

plan(X03,
     title="上海市轨道交通管理条例",
     title_note="a local regulation (地方性法规) printed whole after the repository's wrapper; its title is the first line",
     doc_no="none printed (a regulation of the city people's congress standing committee, fifth amendment 2021-08-25)",
     issuer="上海市人民代表大会常务委员会",
     date="2021-08-25",
     level="city regulation (Shanghai), rail transit: planning and building, operating service, safety management, "
           "penalties — duties of the transport bureau, the rail company, other bureaus and districts",
     source=(f"{SHANGHAI_REPO} @ {SHANGHAI_COMMIT}, docs/市政与基础设施/上海市轨道交通管理条例.md (official page "
             "https://flk.npc.gov.cn/detail?id=ff8081817d283644017d4644457963b5) — the stored text (read with read_file); "
             "this file has another wrapper than the policy pages: a 「# 」 title line, a list of 公布日期／施行日期／时效性／制定"
             "机关／国家法规库／来源 lines and a 「---」 line; everything up to and including the 「---」 line and the blank line "
             "after it was removed; the stored file as typed (wrapper + text) had the character count read_file gives (8535)"),
     style="a regulation: the title, its history in one bracketed paragraph, a 目录 of six chapters, then 56 articles "
           "「第N条  text」 run in on one line, further paragraphs on lines of their own; （一）… items in 第二十一、二十二、"
           "三十一、三十七、三十八、四十一、四十八、五十四条; prohibitions to the public, penalty scales in Chinese numerals "
           "(二万元以上二十万元以下), 十五分钟以上, 十个工作日内, 五十米／三十米／十米内",
     leaf_tasks=55, count_alternatives=[54, 56, 57],
     leaf_tasks_by_section={"第一章": 3, "第二章": 7, "第三章": 23, "第四章": 9, "第五章": 13},
     attachment_task_rows=0,
     samples=[
        A(X03, ["第四条"], [], [JT, QY, "市发展改革、建设、规划资源、公安、应急等有关行政管理部门", "区人民政府"],
          note="an article of 总则 that gives work is a task (CONVENTIONS.md round 30): 「市交通行政管理部门主管…，负责本条例的组织"
               "实施」 (负责), 「市人民政府确定的轨道交通企业具体负责…」 (the 的-phrase describes, the unit is the name after it, "
               "round 34), 「市发展改革、建设、规划资源、公安、应急等有关行政管理部门，按照各自的职责实施本条例」 (实施; " + SHARED
               + "), 「区人民政府应当协助做好…」 (CONVENTIONS.md round 30: 「A负责…，B配合／协助」 — B responsible after any doer); "
               "no 牵头: lead []; " + NODATE),
        A(X03, ["第十条"], ["市发展改革行政管理部门"], ["市发展改革行政管理部门", "市规划资源、建设、交通等相关行政管理部门"],
          lead_alternatives=[[]],
          note="「市发展改革行政管理部门应当会同市规划资源、建设、交通等相关行政管理部门组织编制轨道交通建设规划」: " + WITH + "; "
               + SHARED + "; 「…批准后组织实施」 has no subject; " + NODATE),
        A(X03, ["第十五条"], [], [QY, JT], lead_alternatives=[[JT]], responsible_alternatives=[[JT]],
          note="aligned round 53 to CONVENTIONS.md \"Round 62 rulings\" (turned): in 第X条 articles a party named by a kind is a "
               "doer by any verb of doing (round 54's r48b; the verb decides): 「轨道交通企业应当按照规定，进行不载客试运行」 "
               "(进行＋work) — responsible [市交通行政管理部门] → [轨道交通企业, 市交通行政管理部门]; the earlier reading stays "
               "accepted (rv53: the ruling reaches only [] answers). Earlier note: 「由市交通行政管理部门组织第三方安全评估机构开展安全评估」: 由A＋verb of doing and 组织＋work (" + ORG + "); 「轨道交通"
               "企业应当…进行不载客试运行」 (进行: " + CLOSED + "); 「经市人民政府批准」 an approver (rule 3); " + SUBJ + "; " + NODATE),
        A(X03, ["第二十八条"], [], [QY], [(15, "分钟")], lead_alternatives=[[QY]],
          note="「轨道交通企业应当组织力量及时排除故障」 and 「组织乘客疏散和换乘」: " + ORG + " (力量, 乘客 objects); 「不能正常运行"
               "十五分钟以上的，…应当出具延误证明」: a count that triggers a step is a target (CONVENTIONS.md targets, round 30's "
               "line: 以上); 「及时向市交通行政管理部门报告」 stands in a case (not checked); " + SUBJ + "; " + NODATE),
        A(X03, ["第三十二条"], [], ["市公安、交通行政管理部门", QY],
          note="「危险物品目录和样式由市公安、交通行政管理部门公告，由轨道交通企业在车站内予以张贴」: 由A＋verb of doing (round 34) "
               "twice; 「市公安、交通行政管理部门」 one name (" + SHARED + "); 「公安部门应当对…进行指导、检查和监督，并依法处理…」 (进行 "
               "and 处理: " + CLOSED + "); the opening prohibition to passengers is text; no 牵头: lead []; " + NODATE),
        A(X03, ["第四十二条"], [], [JT, QY],
          note="「市交通行政管理部门应当对轨道交通运营安全实施动态监督检查」 (实施, rule 2: 「A依法对…实施监督」) and 「定期组织专业"
               "机构…进行安全评价」 (" + ORG + "); 「轨道交通企业应当按照要求予以落实」 (落实: " + LUOSHI + "); 「可以委托专业机构实施」 "
               "an option; 企业's 开展／消除 plain; no 牵头: lead []; 「定期」 a rhythm: " + NODATE),
        A(X03, ["第四十三条"], ["市交通、建设行政管理部门"], ["市交通、建设行政管理部门", "公安等行政管理部门", JT, QY],
          lead_alternatives=[[]],
          note="「市交通、建设行政管理部门应当会同公安等行政管理部门…组织编制…应急预案」 (" + WITH + "; 「公安等行政管理部门」 one "
               "name as printed, 等 kept, round 31's 「商务等部门」), 「市交通行政管理部门、轨道交通企业应当定期组织运营应急演练」 "
               "(" + ORG + "); 企业's own plan 「报市交通、建设行政管理部门备案」 (" + APPLICANT + "); 「发生…时，相关行政管理部门和"
               "轨道交通企业应当及时启动应急预案」 a case (rule 3); " + NODATE),
        A(X03, ["第四十八条", "（一）"], [], [JT], lead_alternatives=[[JT]],
          note="the article's lead-in 「轨道交通企业有下列行为之一的，由市交通行政管理部门按照下列规定予以处罚」 gives its items their "
               "unit (CONVENTIONS.md units rule 4: a lead-in's clause goes to items that name none; round 34: 「…的，由A处罚」 the "
               "response to cases, A a doer); 「处二万元以上二十万元以下罚款」 a fine's scale, no target (round 32: penalties); "
               + SUBJ + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 definitions, 第三条 scope, 第四十七条 (「有关法律…已有处罚"
            "规定的，从其规定」), 第五十五条 参照, 第五十六条 entry into force; 第五条 (a principle) and 第十一条 (land use and a "
            "鼓励, no body given work) (round 33: no tasks in a plan with units); 第三十一条, 第四十条, 第四十一条 (prohibitions to "
            "the public, no body named: text, round 36 / round 37) and 第三十七条 (the extent of the protection zone, a definition "
            "with 五十米／三十米／十米内). Tasks: 第四、六、七、八、九、十、十二–二十条 15; 第二十一条 （一）–（四） 4; 第二十二条 （一）–"
            "（三） 3; 第二十三–三十条 8; 第三十二–三十六条 5; 第三十八条 1 (its （一）–（三） list kinds of work that need consent — "
            "a list that gives no work, round 35); 第三十九条, 第四十二–四十六条 6; 第四十八条 （一）–（七） 7; 第四十九–五十四条 6 "
            "(第五十四条's （一）–（四） are only cases: one task, round 35) → **55**. Accepted 54 (第六条 「各级人民政府应当…给予"
            "支持」 read as a statement), 56 and 57 (第五条 and／or 第十一条 counted)",
            "units not sampled: 第八条 (two 「A会同B…组织编制」 clauses — two leads), 第十四条 (「轨道交通企业在组织工程项目建设时，应当"
            "…」 — 组织＋work in a time clause), 第三十三条 (「公安部门负责…」, 「电力、供水、通信等相关单位…协助轨道交通企业…」), 第三十五"
            "条 (a designation 「轨道交通企业是…责任主体」), 第三十八条 (「市交通行政管理部门应当会同轨道交通企业制定…规定」), 第三十九条 "
            "(组织日常巡查), 第四十四条 (cases; 「市交通行政管理部门应当组织采取疏运」), 第四十五条 (「市人民政府及其应急、交通等行政管理部门"
            "…组织调查」), 第四十九–五十三条 (由A处罚／移交／修复); the plain verbs of 第六、七、九、十二、十三、十六–二十七、二十九、三十、"
            "三十四、三十六、四十六条 name no doer",
            "dates: none (the regulation's history, 2014年1月1日 entry into force); 十个工作日内 (第三十四条) is a limit from an "
            "event; targets: 十五分钟以上 (sampled); the fines of 第四十八–五十一条 are penalties (round 32), 五倍票款 a surcharge "
            "(an option of the company); duties: none checked (the company's 备案 is a regulated party's filing; its 报告 to the "
            "bureau stand in cases)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x142_04_shi-jiaotongwei-2025-guidao-jiaotong-anquan-gongzuo-zhidao-yijian.txt"
N04 = "关于印发《关于进一步加强上海城市轨道交通安全工作的指导意见》的通知"
SJ = "市交通管理部门"
GA = "公安部门"
GQ = "轨道交通企业"

plan(X04,
     title="关于进一步加强上海城市轨道交通安全工作的指导意见（" + N04 + "）",
     title_note="a cover notice that forwards the 意见 (one plan): the 意见's own title or the notice's",
     doc_no="沪交轨〔2025〕323号 (from the index; the stored text prints no number)",
     issuer="上海市交通委员会 (with 上海市公安局, 上海市应急管理局, 上海市消防救援局, all four signing)",
     date="2025-06-05",
     date_note="the notice is dated 2025年6月5日; the index gives 2025-06-17 (the publication date)",
     level="city commission with three city bodies (Shanghai), rail-transit safety: the bodies' duties, public security, "
           "operating safety, emergency coordination, funding and supervision",
     source=shanghai_source("市政与基础设施", N04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=e02c036469494f96a5a22c98f528df12&siteId=0010", 4626),
     style="a cover notice (addressees, four signatures, date) then the 意见: a preamble, 一、 a childless section of "
           "unit paragraphs (「市交通管理部门负责…」「应急管理部门负责…」…), 二、–五、 with run-in headed items (一)–(十六) "
           "numbered straight through with ASCII brackets 「(一)强化安全检查。」; 「A指导会同B…」「A会同B指导C…」; a closing "
           "参照 sentence",
     leaf_tasks=17, count_alternatives=[16],
     leaf_tasks_by_section={"一、": 1, "二、": 3, "三、": 6, "四、": 3, "五、": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [SJ, "应急管理部门", "消防部门", GA, GQ, "各区政府", "相关街镇"],
          note="a childless section of unit paragraphs is one task, its units the paragraphs' bodies in printed order "
               "(CONVENTIONS.md round 32): 市交通管理部门 / 应急管理部门 / 消防部门 负责, 公安部门 做好, 轨道交通企业 负责, 「各区政府"
               "及相关街镇负责…」 (及 joins two names, round 34) — RULING? (1) the opening 「在市委、市政府全面领导下，各相关部门、"
               "单位和各区共同做好…」 read as a general call (做好 plain, 单位 no kind) and the closing 「其他相关部门、单位按照分工"
               "履行…」 as a catch-all (round 37: 「相关部门和单位」 a general call; round 33: 按…分工 names no body); (2) the "
               "heading 「加强安全责任体系」 not read as a heading that gives out work (round 37 names 「落实…职责」「压实…责任」; "
               "read so, the objects of 监督指导 (轨道交通运营单位) and the partners 「会同公安、消防等部门与企业」 would be added); no "
               "牵头: lead []; " + NODATE),
        S(["二", "(一)"], [GA], [GA, "企业", "交通管理部门", GQ], lead_alternatives=[[]],
          note="「公安部门指导会同企业…完善…规范和标准」 (会同: " + WITH + "), 「公安部门会同交通管理部门指导企业…开展安检工作」 "
               "(会同; 企业 the object of 指导 is no unit, " + PIVOT + "), 「轨道交通企业落实安全主体责任」 (" + LUOSHI + "); names as "
               "printed (企业 and 轨道交通企业 two names); " + NODATE),
        S(["二", "(二)"], [GA], [GA, "交通管理部门", "企业"], lead_alternatives=[[]],
          note="「公安部门会同交通管理部门监督指导企业加强…」 and 「公安部门指导并会同企业建强最小作战单元」: " + WITH + "; 「有关部门和"
               "单位根据要求，共同做好…」 a general call (round 37); 「持续优化」「加强情报信息搜集」 plain; " + NODATE),
        S(["三", "(四)"], [], [GQ, SJ],
          note="「轨道交通企业落实安全生产主体责任」 (" + LUOSHI + ") and 「市交通管理部门负责对运营安全管理工作进行监督检查」 (负责); "
               "no 牵头: lead []; " + NODATE),
        S(["三", "(六)"], [], [GQ], lead_alternatives=[[GQ]],
          note="「轨道交通企业落实关键设施设备运营准入技术条件」: " + LUOSHI + "; " + SUBJ + "; " + NODATE),
        S(["三", "(八)"], [], [SJ, "作业单位"],
          note="「市交通管理部门依法落实…行政许可制度」 and 「作业单位严格落实技术审查意见…」: " + LUOSHI + " (a regulated party by a "
               "kind is a doer with a rule-2 form, round 34); 轨道交通企业 开展／加大／制定, 市区各行业主管部门 加强／督促, 施工单位 采取 "
               "are plain verbs (" + CLOSED + "); 「原则上应于停运期间施工」 has no figure; no 牵头: lead []; " + NODATE),
        S(["四", "(十)"], [SJ], [SJ, "各区政府", "市住房城乡建设、绿化、水务、规划资源、城管执法等部门", "属地区", "街镇"],
          lead_alternatives=[[]],
          note="「市交通管理部门会同各区政府和市住房城乡建设、绿化、水务、规划资源、城管执法等部门研究建立…机制」 (" + WITH + "; 和 "
               "joins two whole names, round 35; " + SHARED + ") and 「属地区、街镇相应建立机制，共同落实…治理责任」 (落实: " + LUOSHI
               + "; 「属地区、街镇」 two names as printed, like 「各镇、园区」, round 30); 「属地政府加强…」 plain; " + NODATE),
        S(["四", "(十一)"], [], [],
          note="「市交通管理部门指导轨道交通企业发挥…作用」 (" + PIVOT + "), 「市城运中心加强…」, 「商务、住房城乡建设部门分别督促…」, "
               "「体育、文化旅游、商务部门及时提供…信息」, 「市气象部门支持提供…」 (" + CLOSED + "): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 a childless section of unit paragraphs, one task (CONVENTIONS.md round 32); (一)–(十六) under 二、–"
            "五、 16 → **17**; accepted 16 (一、 read as a section). The closing 「…市域线…可参照本意见执行」 is a 参照 sentence (no "
            "task) and the cover's 「请结合实际，认真贯彻落实」 an instruction (no task)",
            "units not sampled: (三) and (九) have no subject; (五), (七), (十二)–(十四), (十六) name bodies with plain verbs (加强, "
            "完善, 建立, 加大) or pivots (督促委外单位); (十五) 「市人力资源社会保障部门和工会组织指导企业关心关爱…，组织开展…活动」 — "
            "whether the elided subject of 组织开展 is the guides or the guided 企业 cannot be told (round 34's carried subject)",
            "dates, targets, duties: none (2025年6月5日 the notice; 「定期」 rhythms; 「4+X」「一站一勤务」 names, round 37: figures "
            "that explain a name's make-up are not targets; the company's 发布 to the police is a publication of warnings, not "
            "a report)"])

write_collected(DIR)
# Round 64 (rul90): x142_01 第八条（四） aligned to tests/data/CONVENTIONS.md "Round 90 rulings" (Units, governs:
# 「A落实分管领导和联络员」 names none, p64e-2) (README, round 64)
from aligned_rulings import POSTS90, align90  # noqa: E402

align90("x142_01", ["第八条", "（四）"], "「（四）建立信息通报制度。各部门和各镇落实分管领导和联络员，对管理上碰到的问题及时进行沟通。建立通报机制…建立例会制度…」 (x142_01 第八条（四））: 落实 of posts staffs the work; 进行沟通 and 建立 are outside rule 2's list: a task naming none",
        POSTS90 + "; [各部门, 各镇] → none, [各部门, 各镇] stays accepted", resp=[], resp_alt=[["各部门", "各镇"]])

write_collected(DIR)
