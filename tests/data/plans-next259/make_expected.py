# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next259/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 51 (built by helper c259): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 56 rulings", "Round 57
rulings, written early" and "Round 58 rulings" included) applied to every item. Neither the parser nor the scorer was
run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next259/make_expected.py tests/data/plans-next259
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTSUBJ = ("round 44 (decided): in rules written as articles (第X条) a named body standing as the subject of the article's "
           "verb of doing is a doer whatever the verb (verbs of being or having, applying, filing or sending for itself, "
           "paying, options name none: rounds 47, 48, 54)")
HUI = "units rule 2: 「（由）A会同B＋verb」 — lead A (lead [] accepted), responsible A, B (round 30)"
BY = "units rule 2: the agent of 由 with any verb of doing is a doer (round 34)"
RECV = "units rule 3: a body that only receives, approves or guides 「报A审议」「经A同意」「在A指导下」 is no unit"
PAYER = ("round 48 (decided, cost verbs): a verb that pays, moves or budgets money (安排…费用, 保障…资金, 拨付, 纳入…预算) "
         "names a payer, no unit; a rule-2 verb (落实, 负责) keeps money as work")
CALL = ("rounds 32, 33, 37, 42 continued, 58: the bare 各单位／有关单位／相关单位 and a catch-all 「有关部门和单位」「…部门、单位」 "
        "standing as a whole subject are general calls, no unit; 有关部门／相关部门 alone are kinds")
TAIL = "round 35 / round 58 (governs): 「A、B、C等部门」 with separate heads gives A, B, C (the 等… tail dropped)"
COLON = ("round 50 (decided) / round 56: a lead-in ending in a colon 「A…主要职责包括：」「…应当…下列…：」 opens one sentence its items "
         "complete, so its subject is each item's subject; each item that gives work is a task (round 37; round 56's duty lists)")
EVENT = ("round 33 / round 34: a limit counted from an event with no comparison word 「N个工作日内」「六个月内」 is neither a target "
         "nor a deadline (round 54 decided)")
RHYTHM = "round 34: recurring dates 「每年…」「每季度」「每月」 are a rhythm, no deadline"


def art_sample(file):
    def A(path, lead=(), resp=(), targets=(), **kw):
        """A sample located by its article label (``article_in``) in ``file``."""
        return S(path, lead, resp, targets, **kw, **art(file, path))
    return A


# ---------------------------------------------------------------------------------------------------------
X01 = "x259_01_jinshan-jianguanwei-2023-zhongda-gongcheng-jianshe-guanli-banfa.txt"
P01 = "金山区重大工程建设管理办法"
N01 = "关于印发《" + P01 + "》 的通知"
A = art_sample(X01)
FGW, ZDB = "区发改委", "区重大办"
HEAD01 = ("a 「X职责」 heading where X names no one party (协同职责, 配合职责) gives out work (rounds 35, 38, 50): every body the "
          "article gives work is a unit, in printed order, each once (round 54)")

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title (line 17, after the cover's 「附件」 line) or the notice title (line 1, a space before 的 as "
                "printed): either; a forwarding notice and the document it forwards are one plan (round 30; round 49's x229_04)",
     doc_no="金建规〔2023〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市金山区建设和管理委员会",
     date="2023-05-19",
     date_note="the cover is signed 2023年5月16日; the index and the front matter give 2023-05-19 (publication); in force "
               "2023年6月16日, valid 5 years",
     level="district commission (Shanghai Jinshan, the construction and management commission), rules for the district's "
           "major works: bodies and their duties, selection and entry of projects, the push mechanism, services, "
           "implementation and oversight",
     source=shanghai_source("工程建设管理", "关于印发《" + P01 + "》 的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0081198ba8af505603adb0bfb07d4543afdc&siteId=0081", 6396),
     style="a cover (addressees, one sentence, 「特此通知。」, 「附件：…」, signature, date) then 「附件」 and the rules' title; a "
           "preamble; seven chapters 「第N章 …」 and 36 articles 「第N条 heading」 each a line of its own (「第七条  主体职责」 with two "
           "spaces) over paragraphs with blank lines between; 第九条 （一）–（三）, 第十条 （一）–（三）, 第十一条 two lists （一）（二）, "
           "第十二条 （一）–（三） as numbered paragraphs",
     leaf_tasks=30, count_alternatives=[29, 31, 33],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第九条": 3,
                            "第十三条–第二十一条": 9, "第二十三条–第三十四条": 12},
     childless_top_level_sections=[],
     samples=[
        A(["第四条 牵头职责"], [ZDB], [FGW, ZDB, "资源性指标主管部门"],
          lead_alternatives=[[], [FGW, ZDB]],
          note="「区发改委负责编制和调整…，协调推进…」 and 「区重大办负责…；…；会同资源性指标主管部门集合形成全区资源性指标库」 — 负责 (rule "
               "2) for both, and the carried subject of the last ；-clause (round 34) makes 区重大办 the lead of its 会同 (" + HUI
               + "; round 42 continued: a 会同 partner named by its kind is a unit as printed); the heading 「牵头职责」 names no body "
               "and is no label (rule 1), so it makes no lead by itself — RULING? 1 ([区发改委, 区重大办] as leads accepted); "
               + NODATE),
        A(["第五条 协同职责"], [], ["区农业农村委", "区房管局", "区投资促进办", "区教育局", "区民政局", "区水务局", "区卫健委",
                                 "区绿化市容局", "区交通委", "区体育局", "区相关审批服务部门"],
          responsible_alternatives=[["区农业农村委", "区房管局", "区投资促进办等行业主管部门", "区教育局", "区民政局", "区水务局",
                                     "区卫健委", "区绿化市容局", "区交通委", "区体育局等行业主管部门", "区相关审批服务部门"]],
          note=HEAD01 + "; three sentences 「…等行业主管部门应当…协调推进…」「…等行业主管部门要加强…，强化…，并做好…」「区相关审批服务部门"
               "按照各自职责推进…」 — " + ARTSUBJ + "; " + TAIL + " (the printed tails stay accepted, round 58); 区相关审批服务部门 "
               "a kind (相关 before a kind, round 56); no 牵头: lead []; " + NODATE),
        A(["第九条 准入程序", "（一）"], [FGW, "牵头单位"], [FGW, "牵头单位"],
          lead_alternatives=[[FGW]], responsible_alternatives=[[FGW]],
          note="「由区发改委牵头启动计划编制工作」 — 由A牵头 (rule 2): lead 区发改委; 「区发改委向全区各单位征集项目」 — " + ARTSUBJ
               + " (全区各单位, the object, no unit); 「由每一类项目的牵头单位会同相关单位，同步研究提出…」 — " + HUI + ", the 的-rule "
               "leaves 牵头单位 (round 34), a body named by its role (round 51 p47c), and 相关单位 is a call (" + CALL + "); 会同 and "
               "牵头 leading different parts of one item: every lead named (round 45) — RULING? 2 (区发改委 alone accepted); 「于每年三"
               "季度末开始」: " + RHYTHM),
        A(["第九条 准入程序", "（二）"], [FGW], [FGW, ZDB, "区财政局", "区规划资源局", "区政府"],
          lead_alternatives=[[]], responsible_alternatives=[[FGW, ZDB, "区财政局", "区规划资源局"]],
          note="「区发改委收集汇总申报项目，会同区重大办、区财政局、区规划资源局等部门研究平衡和筛选后，编制…草案」 — " + HUI + "; "
               + TAIL + "; 「经领导小组审定后」「向区委、人大、区政府、政协领导征求意见，再报区委财经工作委、区政府常务会议、区委常委会审议」"
               "「提请区人民代表大会审议」 — bodies that approve or are consulted (" + RECV + "; round 46: a plan sent for a decision "
               "is a step of approval, no duty); 「审议通过后，由区政府印发实施」 — a step of the procedure after the approval, not a "
               "contingency (round 42: 「…的，由A…」 after a branch is the article's own work): " + BY + "; " + NODATE),
        A(["第十六条 统筹协调"], ["各项目主体单位", ZDB], ["各项目主体单位", "属地政府", ZDB, "有关部门和单位", "区政府"],
          lead_alternatives=[[], [ZDB]], responsible_alternatives=[["各项目主体单位", "属地政府", ZDB, "区政府"]],
          note="aligned round 54 to CONVENTIONS.md \"Round 66 rulings\" (turned): 「区重大办会同有关部门和单位」 — a partner so "
               "named is a unit as printed, 「有关部门和单位」 one group name (plans-dev 01 二/（五）, 03 十六; round 64's x200_04) "
               "(responsible [各项目主体单位, 属地政府, 区重大办, 区政府] → + 有关部门和单位 after 区重大办); the earlier reading stays "
               "accepted. Earlier note: "
               "「各项目主体单位会同属地政府协调解决镇级层面问题；区重大办会同有关部门和单位协调解决区级层面问题；区政府专题协调解决重大问题」 "
               "— two 会同 clauses, each read by its form (round 44), every lead named (round 45): " + HUI + "; 「有关部门和单位」 "
               "is the catch-all (" + CALL + "); 区政府 " + ARTSUBJ + "; 「区重大办动态摸查…」 a verb of doing (the same body); "
               "「由区重大办以专报形式不定期向…领导报告」 a sending (round 48: no doer by it); " + NODATE),
        A(["第二十四条 资金支持"], [], [],
          responsible_alternatives=[["区相关部门、单位"], ["区相关部门"]],
          note="「区相关部门、单位按照程序，保障重大工程项目建设资金。做好…资金的统筹安排」 — the subject 「区相关部门、单位」 holds the catch-all "
               "单位 and stands as the whole subject: a general call (" + CALL + "; round 58: 「各有关部门、单位要…」), and 保障…资金 "
               "is a cost verb (" + PAYER + "); the subjectless 做好…统筹安排 gives work, so the article is a task naming no unit "
               "(round 43; round 55's x248_03 第八条); 「项目单位做好前期申报后，按照…执行」 an applicant's step (round 30): " + NODATE),
        A(["第二十八条 工程预警"], [ZDB], ["建设单位", ZDB, "区政府督查室"], [(1, "个月")],
          lead_alternatives=[[]], responsible_alternatives=[[ZDB, "区政府督查室"], ["建设单位", ZDB]],
          note="「发生质量安全事故预警或者突发事件时，建设单位应当及时将真实情况报区相关部门，启动应急机制」 — the article's own response to "
               "the case (round 30; round 45 decided: a party acting under rules in the item's own response is a doer) by a verb "
               "of doing (" + ARTSUBJ + "; 建设单位 a kind, round 47 q44c); 「进度滞后计划进度超过一个月，区重大办将对项目进行预警，并限期"
               "督促推进。推进不力的，将联合区政府督查室进行督查整改」 — 区重大办 by its verb; the case clause takes the paragraph's subject "
               "(round 49 p46d), and 「A联合B＋verb」 reads as 会同 (rounds 34, 48): lead 区重大办, 区政府督查室 responsible; target "
               "「超过一个月」 — a figure that triggers a step, with 超过 (round 30's line; round 40) → 1 个月; 「限期」 names no date: "
               + NODATE),
        A(["第三十三条 项目监管"], [], ["区发改委", "区财政局", "区建管委", "区纪检监察部门", "区审计局"],
          responsible_alternatives=[["区发改委", "区财政局", "区建管委", "区审计局"]],
          note="「区发改委、区财政局、区建管委等部门应按照各自职责，…实行全过程投资监管」 — " + ARTSUBJ + "; " + TAIL + "; 「区纪检监察"
               "部门加强对项目的廉政监察」 — 加强 is a verb of doing in an article (round 57's x252_01 / x252_03); 「区审计局依法对项目实施"
               "审计」 — 实施 (rule 2); no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[(1, "亿元"), (5, "亿元")],
     phases=[],
     duties=[{"what": "区重大办收集汇总后以工作专报和月度简报等形式，向区级相关领导报告", "when": "月度简报", "when_norm": "monthly",
              "note": "第二十七条: the office the rules set to coordinate reports to the district's leaders, a report sent to inform "
                      "by a body the rules task (rounds 35, 40, 55); 月度简报 names the rhythm (round 41: a report named by its "
                      "rhythm). The builders' own reports to 区重大办 (「建设单位应当按要求定期向区重大办报送…」) are a party's reports on "
                      "its own project (round 57: a filing, no duty)"}],
     notes=["counting: 第一条 (scope and definition), 第二条 (a principle, round 49), 第三十五条 (a 参照 article, round 34) and "
            "第三十六条 (entry into force) are general provisions; 第十条 准入规模 (thresholds with no doer and no 要／应: the "
            "scheme's terms, round 46; its 1亿元 and 5亿元 plan targets, round 48), 第十一条 准入条件 (conditions lists, round 35, "
            "and one 参照 sentence), 第十二条 （一）–（三） (「经区发改委和区重大办研究确定…可以转为…」: a route of approval inside a 经…后 "
            "condition ending in an option, round 55's x246_04 第十四条; （三） an applicant's own request) and 第二十二条 "
            "(「…可以…提前启动…」, an option only, round 49 p46b) give no work → no tasks. Tasks: 第三条 (由…领导小组…负责, "
            "its office 区重大办 set up by the article), 第四–第八条 5, 第九条 （一）–（三） 3, 第十三–第二十一条 9, 第二十三–第三十四条 12 "
            "→ **30**. Accepted: 29 (第三条 read as a plan-level field or a body the article sets up, rounds 35, 48), 31 (第十条 "
            "as a task), 33 (第十二条's three items as tasks).",
            "not sampled for doubt: 第三条 (whether 「由金山区推进重大工程实事项目建设领导小组…负责…」 with 「领导小组下设办公室（设在金山区建管委…）」 "
            "is a standing body's work — x229_02 第三条's reading — or a body set up in the article: RULING? 3); 第六条 (under "
            "配合职责, 「区规划资源局、区房管局应当指导属地政府做好…」: a guide and the guided body under a work heading, rounds 35, 55; "
            "「各镇人民政府（高新区管委会）」 with its bracket, round 34; 「水、电、气、通信等配套服务公司」 one name as printed, rounds 31, 35); "
            "第二十条 and 第二十五条 (审批部门 提前介入／做好审批工作: an approver's own steps, round 51 p47c, or work); 第十三条 "
            "(lead 区发改委 by 牵头, 会同 区重大办, 区规划资源局, 区财政局; 区财政局 监管 in a second sentence; options 可／可以).",
            "dates: 2023年5月16日 (the signature), 2023年6月16日 (entry into force), 每年三季度末 (第九条, 第十二条: rhythms), "
            "每月 (第十五条, 第十七条), 22时至次日早晨6时 (第二十五条, clock times), 超过一个月 (第二十八条, a trigger); no deadline "
            "anywhere, no phases",
            "figures: plan targets 1亿元以上, 5亿元以上 (第十条); target 超过一个月 (第二十八条); not targets 第28次 (a meeting's "
            "ordinal), 「三级协调机制」「四个著名」「三区三线」 (names), 原则上每月召开一次 (a rhythm, no comparison word)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x259_02_minhang-fagaiwei-2023-fuwuye-fazhan-yindao-zijin-shiyong-guanli-shishi-xize.txt"
P02 = "闵行区服务业发展引导资金使用和管理实施细则"
N02 = "关于印发《" + P02 + "》的通知"
A = art_sample(X02)
GRP = "管理小组"
FOUR = ["区发改委", "区财政局", "区经委", "区科委"]

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (line 11) or the notice title (line 1): either",
     doc_no="闵发改〔2023〕10号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市闵行区发展和改革委员会 with 闵行区经济委员会, 闵行区科学技术委员会 and 闵行区财政局 (four signatures, two a line)",
     date="2023-03-03",
     date_note="the cover is signed 2023年3月3日 (the index the same); in force from issue to 2027年12月31日",
     level="district commission (Shanghai Minhang, development and reform) with three district bodies: rules for the "
           "district's matching funds to the city's service-industry guidance fund — the bodies, application and first "
           "review, materials, payment, oversight, acceptance, moves between districts, sanctions, credit",
     source=shanghai_source("工程建设管理", N02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=6c243374-d8fd-4b57-8635-782152ef9c35&siteId=0079", 5547),
     style="a short cover (addressees 「各街镇、园区、公司：」 and one sentence on the next line, four signatures with runs of "
           "spaces, the date), the rules' title, fifteen articles 「第N条（heading）」 each a line of its own (「第十一条 (验收标准)」 "
           "with a space and ASCII brackets) over paragraphs with no blank lines; HTML entities 「&ldquo;」「&rdquo;」 as stored; "
           "lists （一）–（N） inside 第三、六、七、九、十、十一、十三条, 第十二条 （一）–（三） headings over paragraphs",
     leaf_tasks=13, count_alternatives=[12, 14, 15],
     leaf_tasks_by_section={"第五条": 1, "第六条": 5, "第八条": 1, "第九条": 1, "第十条": 1, "第十一条": 1, "第十二条": 2,
                            "第十四条": 1},
     childless_top_level_sections=[],
     samples=[
        A(["第五条（管理部门）"], [], FOUR + ["各街镇", "园区", "公司"],
          responsible_alternatives=[[GRP] + FOUR + ["各街镇", "园区", "公司"]],
          note="「由区发改委、区财政局、区经委、区科委等部门组成…管理小组（以下简称“管理小组”），负责…」 — members (rule 3) and a panel the "
               "article itself sets up (round 35; round 55's x246_02 第四条): no unit by that sentence; 「区发改委负责…」「区财政局负责…，"
               "配合做好…」「区经委负责配合…」「区科委负责配合…」「各街镇、园区、公司负责配合…」 — 负责 (rule 2), several clauses in printed "
               "order (round 54: a 管理部门 heading gives out work, rounds 34, 40); 「各街镇、园区、公司」 three names (round 30's "
               "「各镇、园区」; round 43's 「各区、园区、科学城办事处」); no 牵头: lead []; " + NODATE),
        A(["第六条（项目申报程序和初审）", "（一）"], ["区发改委"], ["区发改委", "相关部门"],
          lead_alternatives=[[]],
          note="「区发改委会同相关部门，…启动本区整体项目初审和转报工作，并明确受理截止时间」 — " + HUI + " (相关部门 a kind, round 33); "
               "「受理截止时间」 names no date: " + NODATE),
        A(["第六条（项目申报程序和初审）", "（三）"], [], ["区发改委", GRP, "第三方机构"],
          responsible_alternatives=[["区发改委", GRP], ["区发改委"]],
          note="「区发改委委托第三方机构，对所有申报项目进行初审」 — 「A委托B＋verb」: A a doer, B the pivot's object (rounds 33, 35); "
               "「初审标准由管理小组…确定」 — " + BY + ", the panel set up in 第五条 a doer in later articles (round 36; round 55's "
               "x246_02 panels; 「管理小组」 as printed, round 38); 「第三方机构须按照…原则，组织行业专家…进行评审，并向区发改委提供评审"
               "结果」 — a sentence with its own subject and 组织＋work (round 34; round 57's 第三方调查机构 beside the bureau), the "
               "experts persons; 提供评审结果 a sending (round 39); " + NODATE),
        A(["第六条（项目申报程序和初审）", "（五）"], [], [],
          responsible_alternatives=[FOUR],
          note="「区发改委、区财政局、区经委和区科委联合行文将项目申报名单及相关资料报送至上海市服务业发展引导资金评审小组」 — 联合 with nothing "
               "between the names and it is an adverb (round 43), so the verb decides, and 报送 is a sending: no doer (rounds 46, "
               "48); the item passes the applicants' list on after the district's own review, an undated duty (round 46; round "
               "49's x228_03), and gives work: a task naming no unit (round 55's x248_01 第八条) — RULING? 4; " + NODATE),
        A(["第九条（监督管理）"], ["区发改委", GRP], ["区发改委", "获支持项目单位", GRP, "相关行业主管部门"],
          [(1, "年"), (20, "%")],
          lead_alternatives=[[], ["区发改委"]],
          responsible_alternatives=[["区发改委", GRP, "相关行业主管部门"]],
          note="「区发改委会同相关单位，…进行日常管理和监督」 — " + HUI + ", 相关单位 a call (" + CALL + "); 「可委托第三方…」 an option "
               "(round 40); 「获支持项目单位应严格…推进项目实施，…积极配合稽查工作，并…及时进行整改」 — " + ARTSUBJ + " (推进, 配合 with a "
               "subject of its own, rounds 46, 54); its quarterly report, filled in on itself, is a filing (round 57's x252_01), "
               "passed on by the towns: the duty below; 「项目单位应及时…提出变更申请，…提出…说明」 an applicant's (round 30); 「管理小组"
               "会同相关行业主管部门…进行监督、审计和稽查」 — " + HUI + " (a kind, round 33): two 会同 leads, each named (round 45); "
               "「…由区级财政解决」 a payer (" + PAYER + "); targets 「延期一年及以上」「总投资额变化20%及以上」 in the list under 「…视为项目发生"
               "重大变化」 — round 57 (governs): 视为 defines an event that brings a step, so the figures are targets, 及以上 → 1 年, "
               "20 %; 「每季度」: " + RHYTHM),
        A(["第十条（验收流程）"], [], [GRP],
          lead_alternatives=[[GRP]], not_targets=[(6, "个月")],
          note="「获支持项目应在项目完成（竣工）后六个月内，由企业向区发改委提出验收申请」 — an applicant (round 30), and " + EVENT
               + "; the materials list （一）–（六） is text (round 35); 「管理小组通过政府购买服务的方式委托第三方开展…验收评估工作，并…"
               "组织出具验收报告。…整改后组织第二次验收」 — the panel a doer (委托 pivot, 组织＋work; round 36: set up earlier), the third "
               "party no unit; a single doer: lead [] (the doer as lead accepted, plans-dev 03 一); " + NODATE),
        A(["第十二条（跨区迁移）", "（二）"], [], [],
          responsible_alternatives=[["区发改委"]],
          note="「由区发改委向市评审小组办公室原则上申请撤销该项目申报引导资金或撤销该项目引导资金支持」 — 由A向B申请 with no 负责 names no "
               "doer (round 40; round 41: only 「由A负责向B提出申请」 does); 「经市评审小组办公室批复同意后」 an approver (rule 3); "
               "「按相关规定和流程收回已拨付的市级引导资金」 — a subjectless step taking money back (round 55's 收回, work), so the item "
               "gives work and is a task naming no unit (round 43) — RULING? 5; " + NODATE),
     ],
     plan_targets=[(60, "%")],
     phases=[],
     duties=[{"what": "由所在各街镇、园区、公司向区发改委转报项目进展情况报表", "when": "每季度", "when_norm": "quarterly",
              "note": "第九条: the funded party's quarterly report on itself is a filing (round 57), but the towns, parks and "
                      "companies the rules task pass it on to 区发改委: 转报 passes others' papers on, a duty (round 48's x225_01; "
                      "round 46), with the report's rhythm"},
             {"what": "联合行文将项目申报名单及相关资料报送至上海市服务业发展引导资金评审小组", "when": None, "when_norm": None,
              "note": "第六条（五）: the district bodies pass the applicants' list on to the city panel after their own review, an "
                      "undated duty (round 46's 「初审后报镇」; round 49's x228_03)"}],
     notes=["counting: 第一条 (purpose and basis), 第三条 (who may apply, and a list of exclusions: conditions, round 35), 第七条 "
            "(the applicant's materials, round 35), 第十二条（三） (「适用相应规定」, a general provision) and 第十五条 (interpretation and "
            "validity) give no work; 第二条 (区财政局 budgets the fund: a payer, round 48) and 第四条 (the fund's form and ratio) state "
            "the scheme's terms with no doer and no 要／应 (round 46); 第十三条 lists cases and penalties with no agent and 「将视情采取…」 "
            "(a consequence, rounds 48, 51, 52; 视情 an option, round 53) → no tasks. Tasks: 第五条 1, 第六条 （一）–（五） 5 (the "
            "unnumbered paragraph 「建立引导资金预算管理项目库。…」 after （二） is （二）'s body, round 32), 第八条 1 (「项目单位应与区发改委签署"
            "…协议」: in an article 「A与B签订…」 makes A a doer and B a co-signatory, round 48), 第九条 1 (its list （一）–（六） defines "
            "the major changes: text), 第十条 1, 第十一条 1 (「对存在以下情况的项目验收不予通过，项目予以撤销，限期收回…」: a subjectless "
            "step; the cases （一）–（六） are text, round 54), 第十二条 （一）（二） 2, 第十四条 1 (subjectless 信用管理 work) → **13**. "
            "Accepted: 12 (第八条 read as the funded party's own step in its application, round 57), 14 and 15 (第二条, 第四条 or "
            "第十三条 counted, round 33).",
            "not sampled for doubt: 第六条（二） (「各街镇、园区、公司应对…严格把关，并…将项目材料转报至区发改委。项目申报单位应对申报材料的真实性负责」: "
            "three doers by 把关; the applicant answering for its papers none, round 57 turned; the trailing paragraph's 「可以」 options), "
            "第六条（四） (lead 区发改委 by 会同 区财政局、区经委和区科委: 和 joins two whole names, round 35), 第十二条（一） (a chain of "
            "由…申请／由…撤销／由本街镇、园区、公司落实后续配套资金／在区发改委指导下／由管理小组致函 and a 「…所在区有关部门…负责推进…」: too many "
            "readings to bind one answer).",
            "dates: 2023年3月3日 (the signature), 2027年12月31日 (validity), 每季度 (第九条, a rhythm), 六个月内 (第十条, from an "
            "event), 6个月 / 2年 (第十一条, cases), 3年内 (第十三条, a penalty), 三年 (第十四条, a penalty); no deadline, no phases",
            "figures: plan target 60%以上 (第七条（七）, a threshold the applicant must meet in a list that is no task, round 48); "
            "targets 一年及以上, 20%及以上 (第九条); not targets 1:1 (第四条, a ratio of the scheme), 六个月内 (第十条), 沪府规〔2022〕22号"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x259_03_changning-fagaiwei-2023-zhengfu-touzi-xiangmu-daili-jianshe-guanli-banfa.txt"
P03 = "长宁区政府投资项目代理建设管理办法"
N03 = "关于印发《" + P03 + "》的通知"
A = art_sample(X03)
DJ, XM = "代建单位", "项目(法人)单位"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 9) or the notice title (line 1): either",
     doc_no="长发改规〔2023〕5号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市长宁区发展和改革委员会",
     date="2023-02-27",
     date_note="the index and the front matter give 2023-02-27; the text prints no signature date; in force 2023年4月1日 to "
               "2028年3月31日",
     level="district commission (Shanghai Changning, development and reform), rules on agency construction (代建制) of "
           "government-invested projects: the agents, the project owners, organisation, investment control, finance, "
           "oversight",
     source=shanghai_source("工程建设管理", N03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=007466624&siteId=0074", 4556),
     style="a cover (addressees, one sentence, 「特此通知。」) with no signature, the rules' title, eight chapters 「第N章  …」 (two "
           "spaces in 第一、二章) and forty articles 「第N条 text」 run in on their lines, blank lines between; lists 「(一)…;」 with "
           "ASCII brackets and semicolons in 第六、七、八、十条; 「项目(法人)单位」 with ASCII brackets throughout",
     leaf_tasks=38, count_alternatives=[28, 33, 37, 39],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第八条": 6, "第九条": 1, "第十条": 6, "第十一–第十五条": 5,
                            "第十七–第二十八条": 12, "第三十条": 1, "第三十一条": 1, "第三十三条": 1, "第三十五–第三十七条": 3},
     childless_top_level_sections=[],
     samples=[
        A(["第四条"], ["区发展改革委", "区建设管理委"], ["区发展改革委", "相关部门", "区建设管理委", "区财政局"],
          lead_alternatives=[[]], responsible_alternatives=[["区发展改革委", "区建设管理委", "区财政局"]],
          note="「区发展改革委制定和修订代建管理办法，会同相关部门研究确定…，并负责…统筹协调」「区建设管理委会同区发展改革委、区财政局等对代建单位"
               "进行管理和考核」「区财政局负责…资金的拨付和资金使用的监督管理」 — an article of 总则 that gives bodies work is a task (round "
               "30); two 会同 clauses, every lead named (rounds 44, 45): " + HUI + "; 相关部门 a kind (round 33); 负责 keeps money as "
               "work (round 37; round 47: 「由A负责拨付」); each body once, in printed order (round 54); " + NODATE),
        A(["第八条", "(四)"], [], [DJ, XM],
          lead_alternatives=[[DJ]], responsible_alternatives=[[DJ]],
          note=COLON + ": 「代建单位履行的职责主要包括但不限于以下事项：」 → 代建单位, a kind (round 47 q44c), the subject of 「(四)监督…管理，"
               "与项目(法人)单位共同负责投资控制」; 与B共同＋负责 makes B a doer too (round 30: 「由A与B共同＋verb」; round 44 in articles); "
               "the name as printed, ASCII brackets kept (round 34); " + NODATE),
        A(["第十条", "(五)"], [], [XM, DJ],
          lead_alternatives=[[XM]], responsible_alternatives=[[XM]],
          note=COLON + ": 「项目(法人)单位的主要职责包括：」 → 项目(法人)单位 (a body defined by the article's first sentence, a role a "
               "document defines for a body, round 33), the subject of 「(五)监督代建单位资金使用，与代建单位共同负责投资控制」; 代建单位 the "
               "object of 监督 (a party supervised, round 41) and a co-doer by 与…共同负责 (round 30) → responsible; " + NODATE),
        A(["第十四条"], [], [XM, DJ],
          responsible_alternatives=[[XM], [XM, DJ, "行政主管部门"]],
          note="「项目(法人)单位应当与代建单位签订项目代建合同」 — round 48 (governs, inside articles): 「A与B签订…」 makes A a doer and B a "
               "co-signatory read like 会同 (responsible); 「行政主管部门应当作为合同见证方」 — 作为 a role in the contract with no duty word "
               "(round 53: 作为服务单位 names a role, no designation; round 44: verbs of being name none); 「项目代建合同报区建设管理委、"
               "区发展改革委、区财政局备案」 — the bodies receive a filing (rule 3), no duty (round 42: a party's own 备案); no 牵头: lead []; "
               + NODATE),
        A(["第十九条"], [], [DJ],
          lead_alternatives=[[DJ]], responsible_alternatives=[[DJ, XM]],
          note="「代建单位协助项目(法人)单位完成竣工验收备案和项目试运行」 — " + ARTSUBJ + "; 项目(法人)单位 is the object of the pivot "
               "协助 (round 30; round 46's x205_04: 「协助B＋verb」, B no unit) — RULING? 6; a single doer: lead [] (the doer as lead "
               "accepted); " + NODATE),
        A(["第二十六条"], [], [XM, DJ],
          responsible_alternatives=[[XM, "区财政局", "行政主管部门", DJ]],
          note="「代建单位尚未确定前，项目(法人)单位应当…加强对项目支出的专项核算」 — " + ARTSUBJ + " (加强, round 57); 「由区财政局会同行政"
               "主管部门和项目(法人)单位协商安排项目前期研究费用」 — 安排…费用 names a payer (" + PAYER + "; round 48 turned x223_04 "
               "第十八条's 「由项目行政主管部门会商区财政局安排项目前期研究费用」 to none), so the 会同 clause gives no unit; 「代建单位确定后，代建"
               "单位应当配合项目(法人)单位做好…财务管理基础工作」 — 配合 with a subject of its own (rounds 46, 54), the body served a unit "
               "only by a verb of its own (here the first sentence's); no 牵头: lead []; " + NODATE),
        A(["第三十三条"], [], [XM],
          lead_alternatives=[[XM]], responsible_alternatives=[[XM, "区建设管理委", "区发展改革委", "区财政局"]],
          note="「项目(法人)单位组织有关部门(单位)对代建单位实行项目末次考核」 — 组织＋work (rule 2); 有关部门(单位), the pivot's object, is "
               "no unit (round 30); 「区建设管理委会同区发展改革委、区财政局等相关部门视情况，择期对代建单位进行综合考核」 — 视情况 makes the "
               "check depend on circumstances, an option that reaches the 会同 clause (round 53 turned x243_02; round 57's 视情): no "
               "unit by it — RULING? 7 (the four accepted, " + TAIL + "); 「考核不合格的代建单位原则上不得承接…」 a consequence (round "
               "48); a single doer: lead [] (the doer as lead accepted); " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "代建单位向区财政局报送报表和资料", "when": "定期", "when_norm": None,
              "note": "第二十七条: the agent the rules task with the project's finance sends its statements to 区财政局 — a body "
                      "the rules task reporting on the plan's own work (round 48's x223_02 agent; round 40), not a funded party on "
                      "itself; 「定期」 names no rhythm the scorer reads"}],
     notes=["counting: 第一条 (purpose and basis), 第二条 (definition), 第三条 (scope), 第三十八条 (a 参照 article; 200万元以上 a "
            "class, round 51), 第三十九条 (interpretation) and 第四十条 (entry into force) are general provisions; 第六条 (conditions, "
            "round 35) and 第七条 (exclusions: cases of who may not take part, a list that gives no work) are text; 第十六条 (the "
            "contract's contents and the fee rule) and 第三十二条 (the fee's cap and payment: terms and a cost verb) state terms "
            "with no doer and no 要／应 (rounds 46, 48); 第二十九条 (the owner 会同 the agent sends the final accounts to 区财政局: a "
            "body's own accounts sent for a decision, a step of approval, round 46, and a sending names no doer, round 48; round "
            "55's x247_02 第十一条) and 第三十四条 (a loss deducted from the fee: a consequence, round 48) give no work → no tasks. "
            "Tasks: 第四、五条 2; 第八条 (一)–(六) 6 and 第十条 (一)–(六) 6 (" + COLON + "; 第十条(六) 「…应承担的其他职责」 "
            "designates by 承担…职责, round 41); 第九条 1 (prohibitions on a named kind); 第十一–第十五条 5; 第十七–第二十八条 12 "
            "(第二十三、二十五条 subjectless rules on acts only the rules' bodies do, round 52's x240_04); 第三十、三十一条 2; 第三十三条 1; "
            "第三十五–第三十七条 3 → **38**. Accepted: 28 (第八、十条 one task each), 33 (one of them), 37 (第九条 or 第十条(六) left "
            "out), 39 (第二十九条 counted).",
            "not sampled for doubt: 第十三条 (区发展改革委 「在项目建议书批复中明确…」: an approver's own step, round 51 p47c, or a verb of "
            "doing), 第二十四条 (a review body's opinion copied to two bureaus; 代建单位 「凭…到…办理招投标备案手续」 for the owner: an "
            "agent's 办理, round 48, or its own filing), 第三十一条 (配合 with the owner's 上缴 of money as its object), 第三十七条 "
            "(项目经理 a person; 相关部门 将…归集 a step after a case).",
            "dates: 2023年4月1日 (entry into force), 2028年3月31日 (validity), 近3年 (a condition of 第七条); no deadline anywhere, "
            "no phases",
            "figures: none is a target — 近3年 (第七条, a condition in a list that gives no work), 200万元以上 (第三十八条, a class in a "
            "参照 article, round 51), 若干家 (no figure); document numbers 长发改规范〔2019〕1号"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x259_04_shi-gongjijin-guanwei-2021-zhufang-gongjijin-xinxi-gongkai-banfa.txt"
P04 = "上海市公积金管理中心住房公积金信息公开办法"
A = art_sample(X04)
ZX = "市公积金中心"
ONEZX = "a single doer: lead [] (no 牵头; the doer as lead accepted, plans-dev 03 一)"

plan(X04,
     title=P04,
     title_note="the rules' title (line 1); the text has no cover",
     doc_no="沪公积金管委会〔2021〕13号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市住房公积金管理委员会",
     date="2022-01-04",
     date_note="the text is signed 二○二一年十二月三十一日; the index and the front matter give 2022-01-04 (publication); in force "
               "2022年1月1日, valid 5 years",
     level="a city committee (Shanghai's housing provident fund management committee), rules on the provident fund centre's "
           "disclosure of information: what is disclosed or withheld, review, proactive disclosure, requests and answers, "
           "fees, oversight, the yearly report",
     source="GitHub zhiyao87/Shanghai-Gov-Docs-Index @ 2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e, docs/房屋与住房/" + P04
            + ".md (official page https://www.shanghai.gov.cn/zhengce/detail/0064::32995bdcca7d4a0aa1fa9736047b952c; the index "
            "row in index/05-房屋与住房.md @ 4d8fe162809354f56275a7791649e0cdff91b1f8) — the stored text (read with read_file, "
            "which gave this commit's version); only the repository's wrapper was removed (YAML front matter, the two `>` "
            "disclaimer lines and the blank lines around them, the `# ` marker before the title); the stored file as typed "
            "(wrapper + text) had the character count read_file gives (4677)",
     style="no cover: the rules' title, 29 articles 「第N条 （heading）」 each a line of its own (a space before the full-width "
           "bracket) over paragraphs with blank lines between; lists （一）–（N） in 第九、十三、十七、二十一、二十二条; the issuer "
           "and 「二○二一年十二月三十一日」 at the end",
     leaf_tasks=34, count_alternatives=[19, 21, 27, 28, 32, 33, 35, 36],
     leaf_tasks_by_section={"第五条": 1, "第七条": 1, "第八条": 1, "第十条": 1, "第十一条": 1, "第十二条": 1, "第十三条": 8,
                            "第十四–第十六条": 3, "第十八–第二十条": 3, "第二十一条": 7, "第二十二条": 3, "第二十三条": 1,
                            "第二十四条": 1, "第二十六条": 1, "第二十七条": 1},
     childless_top_level_sections=[],
     samples=[
        A(["第七条 （信息公开指南和目录）"], [], [ZX],
          lead_alternatives=[[ZX]],
          note="「市公积金中心应当按照规定编制…指南和…目录，通过…官方网站等渠道向社会公布并及时更新」 — " + ARTSUBJ + "; the name as printed "
               "(「上海市公积金管理中心（以下简称市公积金中心）」 in 第二条; printed 市公积金中心 here, rounds 38, 43); publishing to the public "
               "is no duty (round 55's x247_01 第十四条); " + ONEZX + "; " + NODATE),
        A(["第十三条 （主动公开范围）", "（四）"], [], [ZX],
          lead_alternatives=[[ZX]],
          note="「市公积金中心应当主动公开下列信息：」 — the objects of a work clause's lead-in are the work's parts, items taking its body "
               "(round 55's x248_01 第十二条; round 58 turned x229_03 第九条), so （四） 「住房公积金年度报告，包括…」 is a task with the "
               "lead-in's subject (" + COLON + "); one task for 第十三条 (a list of contents, round 37) is among the accepted "
               "counts; " + ONEZX + "; " + NODATE),
        A(["第十五条 （主动公开时限）"], [], [],
          responsible_alternatives=[[ZX]], not_targets=[(20, "个工作日")],
          note="「属于主动公开的住房公积金信息，应当自信息形成或者变更之日起20个工作日内及时公开」 — a subjectless rule with 应当 on an act only "
               "the centre does gives work (rounds 43, 52's x240_04): a task naming no unit; the subject of 第十四条 does not carry "
               "into another article (round 34: inside one paragraph), hence [市公积金中心] only accepted; " + EVENT + " → 20 个工作日 "
               "not a target; " + NODATE),
        A(["第十九条 （依申请公开的答复期限）"], [], [ZX], [(20, "个工作日")],
          lead_alternatives=[[ZX]],
          note="「市公积金中心收到…申请，能够当场答复的，应当当场予以答复；不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复"
               "期限的，应当经…信息公开工作机构负责人同意，并告知申请人，延长的期限最长不得超过20个工作日」 — " + ARTSUBJ + " (the article's "
               "whole work answers cases, round 51 q47a); the person who approves is no unit (rounds 30, 36); 「最长不得超过20个工作日」 "
               "— a time limit with a comparison word (最长, 不超过: rounds 32, 33) → target 20 个工作日 (the first 20个工作日内 is a "
               "limit from an event, the same figure); " + ONEZX + "; " + NODATE),
        A(["第二十一条 （答复）", "（五）"], [], [ZX],
          lead_alternatives=[[ZX]],
          note="「市公积金中心应当按照下列情况分别作出答复：」 over items that each carry their own case and response 「…的，告知申请人…」 — "
               "items, each a task taking the lead-in's body (round 51 q47b: items that carry their own response; rule 4; "
               + COLON + "); in （五） 「能够确定负责公开该信息公开的行政机关的，告知申请人该行政机关的名称、联系方式」 — 行政机关 stands inside "
               "the case and the object told (round 30: a body inside a noun's description is no doer); one task for 第二十一条 is "
               "among the accepted counts; " + ONEZX + "; " + NODATE),
        A(["第二十六条 （监督）"], [], ["上海市住房公积金管理委员会"],
          lead_alternatives=[["上海市住房公积金管理委员会"]],
          note="「上海市住房公积金管理委员会应当对市公积金中心的信息公开工作进行定期或者不定期的监督检查」 — " + ARTSUBJ + " (进行＋work; "
               "round 57: supervision is work); 市公积金中心, the body supervised, is no unit (round 41); the issuer named as printed "
               "(round 30: the issuer speaking of itself is a unit); 「定期或者不定期」 no rhythm: " + ONEZX + "; " + NODATE),
        A(["第二十七条 （年度报告）"], [], [ZX],
          lead_alternatives=[[ZX]],
          note="「市公积金中心应当于每年1月31日前，编制、公布上一年度…信息公开工作年度报告，并报送信息公开主管部门」 — " + ARTSUBJ + "; "
               "「每年1月31日前」: " + RHYTHM + "; the report sent to the disclosure authority to inform is a yearly duty (round 55's "
               "x248_01 第八条; round 40), publishing it no duty (round 55); " + ONEZX),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "编制、公布上一年度上海市住房公积金信息公开工作年度报告，并报送信息公开主管部门", "when": "每年1月31日前",
              "when_norm": "yearly (by 31 January)",
              "note": "第二十七条: a yearly report sent by the body the rules task to the authority over disclosure, to inform "
                      "(rounds 40, 55)"}],
     notes=["counting: 第一条 (purpose and basis), 第二条 (definition), 第三条 (scope), 第四条 (principle, round 49), 第二十八条 "
            "(「本办法由市公积金中心组织实施」, round 48 decided) and 第二十九条 (entry into force) are general provisions; 第六条 (funds "
            "in the budget: a payer and terms, rounds 46, 48), 第九条 (the classes not disclosed: a list that defines kinds, round "
            "49 p46b), 第十七条 (how the public applies and what an application holds: rules for the public and an applicant's "
            "contents, rounds 35, 48; the centre's staff who fill in a form are persons) and 第二十五条 (收取信息处理费 by a scale: the "
            "scheme's fee terms, rounds 36, 46) give no work → no tasks. Tasks: 第五、七、八条 3 (第八条 「…应当公开」 and the centre's "
            "two ways), 第十条 1 (options 可以 and one subjectless 「…应当公开」, round 49 p46b: a sentence of work makes it a task), "
            "第十一、十二条 2, 第十三条 （一）–（八） 8, 第十四–第十六条 3, 第十八–第二十条 3, 第二十一条 （一）–（七） 7, 第二十二条 （一）（三）（四） "
            "3 (（二） 「可以不予提供」 and （五） 「可以告知…」 are options only, round 49 p46b), 第二十三、二十四、二十六、二十七条 4 → **34**. "
            "Accepted: 27 (第十三条 one task), 28 (第二十一条 one task), 21 (both), 19 (and 第二十二条 one task), 32 (第二十二条 one task), "
            "33 (第八条 or 第十条 left out), 35 (第二十五条 counted), 36 (第二十二条's five items).",
            "dates: 二○二一年十二月三十一日 (the signature), 2022年1月1日 (entry into force), 20个工作日内 / 7个工作日内 (limits from "
            "events), 每年1月31日前 (a rhythm); no deadline, no phases",
            "figures: target 最长不得超过20个工作日 (第十九条); not targets 20个工作日内 (第十五条, from an event), 7个工作日内 (第十八条), "
            "沪公积金管委会〔2018〕8号"])

write_collected(DIR)
