# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next273/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 53 (built by helper c273): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (rules 1–4,
"What is a task", the round 30 clarifications and the rulings through "Round 62 rulings") applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next273/make_expected.py tests/data/plans-next273
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit in headed "
          "points; round 44 (decided) reads any verb of doing only in 第X条 articles, and round 45 keeps headed points out of it")
ARTICLE_ALT = ("round 45: the article reading (the subjects of any verb of doing) is accepted beside the closed-list answer "
               "(`responsible_alternatives`)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一; round 30)"
PAYER = ("投保 is a cost verb (rounds 35, 37: 承担／分担／保障／列支／提供／投保 name a payer, not a doer; round 46 decided: an "
         "article's subject is read as 「由A＋verb」 reads its agent, and 由A＋a cost verb names a payer): no unit")
ARTICLES = ("round 44 (decided): in 第X条 articles the subject of any verb of doing is a doer; round 62: no line between a "
            "rule's own parties and regulated operators — the verb decides (applying, filing on itself, paying, options "
            "name none)")
DEF_RULE = "round 32 / round 60: a 的-phrase before a name describes it; the unit is the name after the last 的"


# ---------------------------------------------------------------------------------------------------------
X01 = "x273_01_shi-zhujianwei-2020-jianshe-gongcheng-anquan-shengchan-zeren-baoxian-shishi-yijian.txt"
P01 = "上海市建设工程安全生产责任保险实施意见"
ZJW = "市住房城乡建设管理委"
INS = "保险机构"

plan(X01,
     title=P01 + "（关于印发《" + P01 + "》的通知）",
     title_note="the plan's own title line after the cover's date (line 31, round 30; round 60's x256_06; round 62 decided) "
                "or the notice title (line 1, also repeated at line 24 after the site's metadata block): either",
     doc_no="沪住建规范联〔2020〕5号 (printed twice: 「沪住建规范联〔2020〕5 号」 with a space in the site's metadata block, "
            "「沪住建规范联〔2020〕5号」 over the notice title; the index gives no number)",
     issuer="上海市住房和城乡建设管理委员会 with 上海市应急管理局 and 上海银保监局 (joint signature)",
     date="2020-04-17",
     date_note="the cover is signed 二○二○年四月十七日; the index and the stored front matter give 2020-11 (the site's posting, "
               "page 20201110); in force 2020-06-01 to 2025-05-31 (第十九条)",
     level="a city commission's rules, jointly with the city emergency bureau and the banking regulator: compulsory "
           "safety-liability insurance for all building works, written as 19 articles in five chapters with an "
           "appendix of definitions",
     source=src("工程建设管理", "关于印发《上海市建设工程安全生产责任保险实施意见》的通知.md",
                "https://zjw.sh.gov.cn/gfxwj/20201110/8d9b18ed08654d8b8db8677d2985fd1b.html", 6781),
     style="the site's metadata block first (索取号, 发布机构, 文件编号 …, field names and values on lines of their own, "
           "several fields empty); the number and the notice title again; the cover (「各有关单位：」, one paragraph ending "
           "「请遵照执行。」, three signers on one line spaced by blanks, a date in Chinese numerals 二○二○年); the rules' title; "
           "第一章–第五章 headings, 第N条 （label） on its own line over its text (第十六条–第十八条 without the space, 第十一条 "
           "with ASCII brackets 「(保险责任限额)」, 第十九条 with no label and its text on the same line); items （一） inside "
           "articles, 「1.」「2.」 inside 第十八条; 附录 【名词释义】 1.–10. with （1）–（3） inside 4.",
     leaf_tasks=24, count_alternatives=[23, 22, 21, 17],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第七条 （一）–（三）": 3, "第十条": 1,
                            "第十一条": 1, "第十二条": 1, "第十三条 （一）–（七） and its closing paragraph": 8, "第十四条": 1,
                            "第十五条": 1, "第十六条": 1, "第十七条": 1, "第十八条": 1, "第十九条": 1},
     samples=[
        S(["第五条 （保险机构）"], [ZJW], [ZJW, "其他管理部门", INS, "中标保险机构"],
          not_targets=[(2, "亿元")],
          lead_alternatives=[[]],
          responsible_alternatives=[[ZJW, "其他管理部门"], [ZJW, "其他管理部门", INS]],
          note="「承担…的保险机构由市住房城乡建设管理委会同其他管理部门通过公开招标方式确定，并负责日常管理考核」 — 「由A会同B＋verb」 "
               "(rule 2): lead A (lead [] accepted), responsible A, B; 其他管理部门 a kind (round 47: 其他有关部门); 「保险机构应当建立…"
               "“五统一”承保模式」 and 「应当由中标保险机构组成共保体统一承保」 — a party named by a kind with a verb of doing in an "
               "article, and 由A＋a verb of doing (" + ARTICLES + "), 承担本市…的保险机构 → 保险机构 (" + DEF_RULE + "), 中标保险机构 "
               "kept as printed (a name as printed, round 31); 共保体 a body the article sets up, no unit (round 35); 「鼓励中标保险机构"
               "采取共保模式」 an encouragement, no assignment (rounds 40, 49); items （一）–（四） are conditions the insurer must meet, "
               "answered once in the lead-in 「应当具有…能力。主要包含以下方面：」 → text, the article one task (round 60's x64_04); "
               "「工程造价大于2亿元人民币的工程项目」 — the band stands inside the noun naming the projects the rule picks, a class "
               "(rounds 58, 60) → 2 亿元 not a target; " + NODATE, **art(X01, ["第五条 （保险机构）"])),
        S(["第六条 （保险机构社会责任）"], [], [INS], lead_alternatives=[[INS]],
          targets=[(1, "亿")],
          note="「经招标承担本市建设工程安责险的保险机构应当建立…应急赔付机制，在保险承保限额之上共同提供1亿人民币的共享保障额度」 — "
               "建立 a verb of doing in an article (" + ARTICLES + "), the unit 保险机构 (" + DEF_RULE + "); 提供 with money as "
               "object is a cost verb and adds nothing (round 37); " + ONE_LEAD + "; 1亿 (人民币) — the amount the insurers "
               "provide, a quantity the article sets (Targets: a policy's quantities written in an item), written 「1亿人民币」 "
               "with no 元 (unit 亿 here); " + NODATE, **art(X01, ["第六条 （保险机构社会责任）"])),
        S(["第七条 （保险合同签订）", "（二）"], [], [],
          targets=[(80, "%"), (12, "个月")],
          note="「剩余工程造价低于总工程造价的80%（不含），或者剩余工期低于12个月的，企业应当按照剩余工程量投保；费率可适用短期费率"
               "系数…」 — a line of a 「按照以下三种情形处理：」 list that carries its own step (round 60: lines that each carry their "
               "own step stay items; round 51 q47b); 企业…投保: " + PAYER + "; " + NONE + "; 「…低于…的，＋step」 is a condition "
               "clause with no noun, a threshold that triggers the step (round 30's line, 低于 listed) → 80 %, 12 个月 targets "
               "(round 60's decided reading keeps 「…的，＋step」 a trigger); " + NODATE,
          **art(X01, ["第七条 （保险合同签订）", "（二）"])),
        S(["第十一条 (保险责任限额)"], [], [],
          targets=[(80, "万")],
          note="「保险责任限额应当至少包括…」「涉及从业人员和第三者死亡的保险责任限额每人不低于80万」「生产经营单位应当按照责任限额投保"
               "建设工程安责险」 — 应当 instructs (round 61: 应当 with a verb of doing gives work, the list decides only units), "
               "but 投保 is a cost verb: " + PAYER + "; 「可结合…适当提高…适时调整」 options with no subject; " + NONE + "; 不低于 "
               "(round 30's line) → 80 万 a target (printed 「80万」 with no 元); " + NODATE,
          **art(X01, ["第十一条 (保险责任限额)"])),
        S(["第十三条 （服务项目）", "（一）"], [], [INS], lead_alternatives=[[INS]],
          responsible_alternatives=[[INS, "投保单位"]],
          note="「保险机构应当按照《…规范》中的服务项目协助投保单位开展以下工作：（一）安全生产教育培训；…（七）」 — the lines are the "
               "objects of a work clause the list completes, the work's parts, items each taking its bodies (round 62's x248_02 "
               "第八条; rounds 44, 55, 58); the item names none, so the lead-in's doer is its unit (rule 4); 保险机构 the subject "
               "of 协助 in an article (" + ARTICLES + "); 投保单位 the object of the pivot (round 30 clarifications), accepted "
               "beside (round 36's 「A协助B做好」 under a work heading); " + ONE_LEAD + "; " + NODATE,
          **art(X01, ["第十三条 （服务项目）", "（一）"])),
        S(["第十六条（保险理赔服务）"], [], [INS], lead_alternatives=[[INS]],
          note="「保险机构应当积极协助抢险救灾…及时核定损失、赔偿保险金」「保险机构应当建立快速理赔机制」「…设立专门的理赔服务团队」 — "
               "verbs of doing in an article (" + ARTICLES + "); 「投保单位应当及时将赔偿保险金支付给…受益人，或者请求保险机构…赔付」 "
               "— paying is a cost verb, requesting is applying: no unit for 投保单位 (rounds 37, 62); 「受害人…有权…请求赔偿」 "
               "a person's right; " + ONE_LEAD + "; 「5个工作日内」「30日内」「10日内」「3日内」 are time limits counted from "
               "an event (a claim, an agreement, a decision): no deadline (round 34: times from an event), and no targets "
               "written for them; " + NODATE, **art(X01, ["第十六条（保险理赔服务）"])),
        S(["第十七条（信息平台）"], [ZJW], [ZJW, "其他管理部门", INS],
          lead_alternatives=[[]], responsible_alternatives=[[ZJW, "其他管理部门"]],
          note="「市住房城乡建设管理委会同其他管理部门牵头建立建设工程安责险信息平台」 — 「A会同B牵头…」: lead A, responsible A, B "
               "(round 37 verbs note; lead [] accepted, round 30); 「各承保建设工程安责险的保险机构应保证…数据交换，并将…录入该信息平台"
               "，并对…进行统计分析」 — verbs of doing in an article (" + ARTICLES + "), 各承保…的保险机构 → 保险机构 (" + DEF_RULE
               + "); 「市住房城乡建设管理委及其他管理部门…进行监管」 names the same two again; 「信息平台应当提供…」 a thing as "
               "subject (round 41), 「平台承建者和所有者…承担保密业务」 a duty held (round 62: a duty held names none); " + NODATE,
          **art(X01, ["第十七条（信息平台）"])),
        S(["第十八条（服务评估和改进）"], [], [INS, "相关监管部门"],
          responsible_alternatives=[[INS]],
          note="「保险机构应按年度对…进行自评…并形成书面报告」「…制定并落实改进措施」 — 落实 (rule 2) and verbs of doing in an article; "
               "「相关监管部门每年应对…保险机构进行考核」 — 进行考核 a verb of doing in an article (" + ARTICLES + "), 相关监管部门 a "
               "kind (round 33: 有关部门／相关部门 are kinds); no 牵头: lead [] (round 30); 1.–2. are the conditions under which "
               "membership may be cancelled, text (round 60's x64_04: conditions answered once in the lead-in); 按年度／每年 a "
               "rhythm: no deadline (round 34)", **art(X01, ["第十八条（服务评估和改进）"])),
        S(["第十九条"], [], [], dl="在2020年5月30日前", dln="2020-05-30",
          note="「本实施办法有效期自2020年6月1日至2025年5月31日。」 is the validity (a general provision, round 30), but the article "
               "goes on 「2020年6月1日前已开工的建设工程应根据本实施办法第八条规定，在2020年5月30日前完成剩余工程建设工程安责险投保的"
               "工作」 — 应 with its work instructs (round 61), so the article is a task by that sentence (RULING? 3); 建设工程 a "
               "thing (round 41) and 投保 a cost verb: " + NONE + "; deadline its own date 2020-05-30 (an item's own date wins, "
               "round 37); 2020年6月1日 says which works (a cut-off inside the noun, round 41)",
          **art(X01, ["第十九条"])),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (articles, round 30): 第一条 purpose and basis, 第二条 definition — general provisions, no tasks; 第三条 "
            "（适用范围） goes beyond scope: 「新建工程应当在…之前投保…」「投保单位不得延迟续保、退保」 instruct → a task naming no "
            "unit (投保 a cost verb); 第四条 「投保主体为项目总承包单位，保费由项目总承包单位支付，不得以任何方式摊派给从业人员个人」 "
            "designates the payer and forbids passing the cost on (不得 instructs) → a task naming no unit (RULING? 1); 第五条 1 "
            "(（一）–（四） conditions, text); 第六条 1; 第七条 （一）–（三） 3 (three cases, each line with its own route, round 60 — "
            "（一） is an option 「可…自行确定…不做强制要求」 kept as the list's line; the paragraphs before and after are the "
            "article's own text); 第八条 (coverage and period: the contract's terms; 「投保人须事先获得保险人的书面同意」 an applicant's "
            "step, round 62) and 第九条 (exclusions) no tasks; 第十条 「保费应当一次性收取…费率应当…在保险合同中具体约定」 a task "
            "naming no unit (应当, round 61); 第十一条 1; 第十二条 1 (its （一）–（三） are the forms of the service, the means of "
            "the one work clause, text); 第十三条 （一）–（七） 7 (objects of 「协助投保单位开展以下工作：」, round 62's x248_02) and "
            "its closing paragraph 「具体服务内容和频次应在保险合同中约定。保险机构不应…每年至少…提供一次…；…投保的生产经营单位应予以"
            "配合…；对重大隐患拒不整改的，保险机构应报告…」 one more (round 35: a closing paragraph after an article's items that "
            "gives work is one more task of the article; round 40) → 8; 第十四条–第十八条 1 each (第十八条's 1.–2. conditions, text); 第十九条 1 (its dated "
            "sentence; RULING? 3); the appendix 【名词释义】 1.–10. definitions, no tasks → **24**. Accepted: 23 (第十三条's "
            "closing paragraph in its items' article, not apart), 22 (also 第七条 one task, its cases text as in round 60's "
            "v04), 21 (第三条, 第四条 and 第十条 read as the scheme's terms: payers and contract terms, round 62's x122_02 / "
            "x140_03), 17 (24 with 第十三条 one task).",
            "units: 市住房城乡建设管理委 with 会同 (第五条, 第十七条); 保险机构 (and 中标保险机构, 第五条) by any verb of doing in "
            "articles; 相关监管部门 (第十八条); 投保单位／生产经营单位／企业／投保人 act only by 投保, 支付, 请求, 配合 and 获得同意 in "
            "the sampled articles — payers and applicants (rounds 37, 62); 市应急局 and 上海银保监局 only co-sign the cover",
            "dates: signed 2020-04-17; valid 2020-06-01 – 2025-05-31; the only deadline 2020-05-30 (第十九条); 「每年至少…一次」"
            "「按年度」「定期」 rhythms; 「至少保留5年」 a keeping period; claim limits counted from events; no phases, no duties (the "
            "insurers' reports 「定期将理赔信息整理上报市住房城乡建设管理委」「向…上报年度评估报告」 are a regulated party's standing "
            "filings, rounds 32 / 41)",
            "figures: targets 1 亿 (第六条), 80 %, 12 个月 (第七条（二）), 80 万 (第十一条) sampled; others in the text: 2 亿元 not a "
            "target (a class, 第五条), 20%（含） / 6个月 (第七条（一）, a trigger of an option), 20% (第十五条, 不低于), 5 年 (第十四条, "
            "至少), 5个工作日／30日／10日／3日 (limits from events), 24小时 (a service line's name), 沪应急行规〔2019〕1号 and other "
            "document numbers not targets"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x273_02_shi-fagaiwei-2020-gonggong-ziyuan-jiaoyi-pingtai-shengji-gaizao-gongzuo-fangan.txt"
P02 = "上海市公共资源交易平台升级改造工作方案"
FGW = "市发展改革委"
CARRIER = "项目实施载体"
OTHERS = "其他公共资源交易服务机构"
SECTOR = "各公共资源交易行业主管部门"
NINE = ["市政府办公厅", "市住房城乡建设管理委", "市规划资源局", "市国资委", "市财政局", "市机管局", "市经济信息化委", "市医保局",
        "市生态环境局"]
NINE_ETC = NINE[:-1] + ["市生态环境局等相关部门"]
BRACKET = ("the item's closing bracket 「（…完成，A牵头，B、C配合…）」 is its label (rule 1: a bracket gives its units; sentences in "
           "the text then add nothing): lead the 牵头 bodies, responsible the bodies in printed order")
ETC = ("「…、市生态环境局等相关部门配合」: a 等 tail closing a list by its category is no unit (round 62's 「市交通运输局等有关市直部门」; "
       "round 58's 「A、B等相关部门」) → 市生态环境局; the cell as printed accepted")
GUIDE = ("「…协调指导」 bodies in the bracket: the label names them with a role in the item, and bodies given work by 指导 under a "
         "work designation are units (rounds 35, 37; round 57's 「明确责任分工」 note) → responsible after the 配合 bodies, in "
         "printed order; the list without them accepted (rule 3's guide, RULING? 4)")
KEPT_TAIL = ("aligned by w54c under Round 64 rulings (plans-dev 05, 02 over rounds 35, 58): a bare catch-all closing a list of "
             "whole names 「…等相关部门」 is kept as a group name → + 相关部门 (last); the lists without it stay accepted")
Q2 = "2020年2季度完成"
Q3 = "2020年3季度完成"
Q4 = "2020年4季度完成"
F2 = "2021年2月底完成"
QNOTE = "deadline from the bracket's own time (a quarter read at its last month, as the tuned sets read 「三季度完成」 → 09)"

plan(X02,
     title=P02 + "（关于印发《" + P02 + "》的通知）",
     title_note="the plan's own title line after the cover's date (line 13; round 30, round 62 decided) or the notice title "
                "(line 1): either",
     doc_no="沪发改法〔2020〕14号 (line 3)",
     issuer="上海市发展和改革委员会",
     date="2020-07-10",
     date_note="the cover is dated 2020年7月10日; the index gives 2020-07-16 (the site's posting)",
     level="a city commission's work plan, approved by the city government, for upgrading the city's public-resource "
           "trading platform: aims, principles, two dated stages, four key works and eleven tasks with brackets naming "
           "the quarter, the lead and the partners",
     source=src("工程建设管理", "关于印发《上海市公共资源交易平台升级改造工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=69ba1f04480f49f9bb7431ae2b02445c&siteId=0025", 4986),
     style="notice title, number, addressees, one sentence 「…请认真组织实施。」, signature and date; the plan's title; a preamble; "
           "一、总体要求 a paragraph over 1．–3． (full-width dots 「1．」, run-in headings); 二、基本原则 1．–4．; 三、工作目标 a "
           "lead-in 「按照两个阶段完成升级改造工作。」 over 1．第一阶段：2020年底前… 2．第二阶段：2021年2月底前…; 四、工作重点 1．–4． "
           "with run-in headings 「扩范围，统冠名。」; 五、主要任务 「具体分为11项工作任务。」 over 1．–11．, each ending in a "
           "bracket 「（2020年2季度完成，市发展改革委牵头，…配合）」; no closing chrome",
     leaf_tasks=16, count_alternatives=[15, 11, 18],
     leaf_tasks_by_section={"一、总体要求 3．": 1, "四、工作重点": 4, "五、主要任务": 11},
     samples=[
        S(["一", "3"], [], [FGW], lead_alternatives=[[FGW]],
          responsible_alternatives=[[FGW, "各交易行业主管部门"]],
          note="「市发展改革委作为市公共资源交易平台综合管理部门，负责统筹协调推进整合共享和综合监管工作」 — A负责 (rule 2); an item of "
               "总体要求 that names a unit is a task ('What is a task'; round 27); 「建立本市…协调机制，负责协同推进…」 — the "
               "mechanism is a body the item sets up (rule 3; round 35); 「各交易行业主管部门…各司其职、各负其责，加强…监管」 — 各负其责 "
               "after bodies adds no unit (round 37 names note), 加强 no rule-2 verb (" + CLOSED + "), accepted beside (RULING? "
               "2); " + ONE_LEAD + "; " + NODATE),
        S(["四", "2"], [], [],
          note="「从现有公共资源交易服务机构中择优遴选本市…升级改造项目的实施载体，加挂…牌子，负责运行和维护市公共资源交易平台，做实做强"
               "…系统」 — 负责's subject is the carrier the item picks, unnamed here (a body the item picks or sets up is no unit, "
               "rule 3; round 35), and the selecting has no subject; " + NONE + "; 四、工作重点 is work, not 工作目标／总体要求, so "
               "its items are tasks naming no unit ('What is a task'; round 34 early); " + NODATE),
        S(["五", "1"], [FGW], [FGW, *NINE, "相关部门"], dl=Q2, dln="2020-06",
          responsible_alternatives=[[FGW, *NINE], [FGW, *NINE_ETC]],
          note=BRACKET + "; " + ETC + "; " + KEPT_TAIL + "; the mechanism 「由分管市领导作为召集人」 is a body the item sets up, a person its convener "
               "(round 35; persons are never units); " + QNOTE),
        S(["五", "2"], [FGW], [FGW, "市国资委"], dl=Q2, dln="2020-06",
          note=BRACKET + " — 「市发展改革委牵头，市国资委配合」; 「择优遴选上海联合产权交易所作为升级改造项目实施载体，…由其牵头建立…工作组」 "
               "in the text adds nothing under a label (rule 1); " + QNOTE),
        S(["五", "5"], [CARRIER], [CARRIER, OTHERS, FGW, SECTOR], dl=Q3, dln="2020-09",
          responsible_alternatives=[[CARRIER, OTHERS]],
          note=BRACKET + " — 「项目实施载体牵头，其他公共资源交易服务机构配合，市发展改革委、各公共资源交易行业主管部门协调指导」; "
               + GUIDE + "; 项目实施载体 a body named by its role, set up in 五、2 (round 36: a body set up earlier is a doer "
               "later); " + QNOTE),
        S(["五", "6"], ["市政府办公厅", FGW], ["市政府办公厅", FGW, *NINE[1:], "相关部门"], dl=Q4, dln="2020-12",
          responsible_alternatives=[["市政府办公厅", FGW, *NINE[1:]], ["市政府办公厅", FGW, *NINE_ETC[1:]]],
          note=BRACKET + " — two bodies 牵头 (both lead, round 33: two bodies that 牵头 are both its lead), nine 配合 (市政府办公厅 "
               "not repeated among them here); " + ETC + "; " + KEPT_TAIL + "; " + QNOTE),
        S(["五", "7"], [FGW, CARRIER], [FGW, CARRIER, "市大数据中心", OTHERS, SECTOR], dl=Q4, dln="2020-12",
          responsible_alternatives=[[FGW, CARRIER, "市大数据中心", OTHERS]],
          note=BRACKET + " — 「市发展改革委、项目实施载体牵头，市大数据中心、其他公共资源交易服务机构配合，各公共资源交易行业主管部门"
               "协调指导」; " + GUIDE + "; 「按程序对…实施统一冠名」 in the text adds nothing under the label (rule 1); " + QNOTE),
        S(["五", "9"], [FGW, "市司法局"], [FGW, "市司法局", SECTOR, CARRIER, OTHERS], dl=F2, dln="2021-02",
          note=BRACKET + " — 「市发展改革委、市司法局牵头，各公共资源交易行业主管部门、项目实施载体、其他公共资源交易服务机构配合」; "
               "deadline the bracket's 「2021年2月底完成」"),
        S(["五", "11"], [FGW], [FGW, SECTOR, CARRIER, OTHERS], dl=F2, dln="2021-02",
          note=BRACKET + "; deadline the bracket's 「2021年2月底完成」, the last month of 三、's second stage too"),
     ],
     plan_targets=[],
     phases=[{"name": "第一阶段", "start": "2020-07", "start_alt": "2020-12", "end": "2020-12",
              "note": "三、1． 「第一阶段：2020年底前，落实完成…要求」 under 「按照两个阶段完成升级改造工作。」 — a stage written as a name "
                      "and a time (Tasks and phases: stages, any time form; the lead-in is no phase); it starts with the plan "
                      "(2020年7月), its own month accepted"},
             {"name": "第二阶段", "start": "2021-01", "start_alt": "2021-02", "end": "2021-02",
              "note": "三、2． 「第二阶段：2021年2月底前，完成…等任务」 — after the first stage; its own month accepted"}],
     duties=[],
     notes=["counting: the cover's 「请认真组织实施」 no task; 一、总体要求 1．统一规则 and 2．统一平台 name no unit (not tasks, 'What is "
            "a task'), 3．统一管理 names 市发展改革委 with 负责 → a task; 二、基本原则 1．–4． principles of stance and roles, no "
            "tasks (rounds 49, 60); 三、工作目标 1．–2． stages (phases) naming no unit under 工作目标 — no tasks; 四、工作重点 1．–4． "
            "key works (work, no unit) 4; 五、主要任务 1．–11． 11 → **16**. Accepted: 15 (一、3． left out as a 总体要求 item), 11 "
            "(五、 only), 18 (the two stages also tasks: a stage line with work after its time, round 33).",
            "units: only 五's brackets label units (rule 1); 一、3． by 负责; 四、 names none (the carrier to be picked, unnamed; "
            "「指导项目实施载体联合…建立…工作组」 guidance)",
            "dates: 五's brackets 2020年2／3／4季度完成 and 2021年2月底完成; 四、4． 「2020年底前…；2021年，…」 two dates in one "
            "key work (not sampled); stages 2020年底前, 2021年2月底前; no duties (no sending dates)",
            "figures: 「11项工作任务」 counts the plan's own tasks; 「一网三平台」「三个子系统」 names; no targets"])


# ---------------------------------------------------------------------------------------------------------
X03 = "x273_03_shi-shuiwuju-2018-zhongxiao-hedao-shujun-dini-xiaona-chuzhi-zhidao-yijian.txt"
P03 = "关于规范中小河道整治疏浚底泥消纳处置的指导意见"

plan(X03,
     title=P03 + "（关于印发《" + P03 + "》的通知）",
     title_note="the opinion's own title line after the cover's date (line 25; round 30, round 62 decided) or the notice title "
                "(line 1, printed twice, lines 1 and 3): either",
     doc_no="沪水务〔2018〕1109号 (line 5)",
     issuer="上海市水务局 with 上海市环境保护局, 上海市绿化和市容管理局, 上海市农业委员会, 上海市规划和国土资源管理局",
     date="2018-10-19",
     date_note="the cover is dated 2018年10月19日 (the index the same); the opinion passed the city river-chief office's meeting "
               "on 2018年9月8日",
     level="five city bodies' guiding opinion to the district governments on disposing of silt dredged from small and "
           "medium rivers: testing, classes of disposal, planning, coordination and the division of duties",
     source=src("工程建设管理", "关于印发《关于规范中小河道整治疏浚底泥消纳处置的指导意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=ad42b4d0434c47bebc5f5f6915d679b1&siteId=0004", 3053),
     style="notice title twice, number, addressee 「各区人民政府：」, one sentence, 「特此通知。」, five signatures on lines of their "
           "own, date; the opinion's title; a preamble with the aims' years; 一、指导思想 and 二、基本原则 childless; 三、处置方法 "
           "（一）–（六） heading lines over paragraphs, （二） a lead-in over 1.–4., （三） a lead-in over 1.还林利用 2.还田利用 "
           "3.其他消纳处置方式 (heading lines), 3. with （1）–（3） heading lines; a closing paragraph 「国家…有新要求的，按照国家有关规定"
           "执行。」; ASCII 「(」「;」 in places, 「10000m2  ；」 with two spaces",
     leaf_tasks=13, count_alternatives=[12, 10, 6],
     leaf_tasks_by_section={"三、（一）": 1, "三、（二） 1.–4.": 4, "三、（三） 1., 2., 3.（1）–（3）": 5, "三、（四）": 1, "三、（五）": 1,
                            "三、（六）": 1},
     childless_top_level_sections=["一、指导思想", "二、基本原则"],
     samples=[
        S(["三", "（一）"], [], [], responsible_alternatives=[["各区"]],
          note="「各区应根据…实际情况，细化“一河一策”方案。…应对需清淤的河道进行疏浚底泥检测，…制定疏浚底泥消纳处置的具体方案」 — 细化, "
               "进行, 制定 are no rule-2 verbs in headed points (" + CLOSED + "): " + NONE + "; " + ARTICLE_ALT + "; 「在编制项目"
               "工可之前(轮疏项目在轮疏计划下达前)」 a time from an event (round 34): " + NODATE),
        S(["三", "（二）", "2"], [], [], targets=[(5, "个")],
          note="「每个采样单元中设置不少于5个采样点…各采样点采集的样品制成混合样进行检测」 — a line of the testing rules under 「…对疏浚底泥"
               "进行布点：」, an item (the parts of the work the lead-in opens, round 62's x248_02); no subject: " + NONE + "; "
               "不少于 (round 30's line) → 5 个 a target; " + NODATE),
        S(["三", "（三）", "3", "（1）"], [], ["各区"], lead_alternatives=[["各区"]],
          targets=[(1, "个")], not_targets=[(9, "个")],
          note="「各区落实疏浚底泥固定消纳场地（9个郊区各设置底泥消纳场地不少于一个）」 — 各区 a group named by a kind with 落实 (rule 2; "
               "round 30 clarifications: 「各区要落实…」 is a doer); " + ONE_LEAD + "; 不少于一个 (round 30's line) → 1 个 a target "
               "(written 一个); 「9个郊区」 names the districts (a count naming a kind, no comparison word) → not a target; "
               + NODATE),
        S(["三", "（四）"], [], [], responsible_alternatives=[["相关部门", "水务部门", "林业部门"]],
          note="「相关部门应对疏浚底泥消纳处置做好统筹规划，明确…」「水务部门与林业部门提前做好底泥疏浚量与造林计划的衔接」 — 做好, 明确 are "
               "no rule-2 verbs, and 「A与B＋verb」 without 由 is no rule-2 form (round 30: only 「由A与B…」) (" + CLOSED + "): "
               + NONE + "; " + ARTICLE_ALT + "; " + NODATE),
        S(["三", "（五）"], [], ["各区政府"], lead_alternatives=[["各区政府"]],
          note="「河道疏浚底泥消纳处置的主体责任为各区政府」 — 为 with a duty word designates (round 32: 「A为…的主管部门」; round 58's "
               "x250_01; round 62: 为 with a duty word designates) → 各区政府 a doer; 「可由市有关部门建立跨区协调机制」 an option, no "
               "assignment (round 30 clarifications); 「各区应加强…跟踪监测」 加强 and 「水务部门应与…等部门做好对接」 做好 are no "
               "rule-2 verbs (" + CLOSED + "); " + ONE_LEAD + "; " + NODATE),
        S(["三", "（六）"], [], ["水务部门", "农业部门", "林业部门", "规土部门", "环保部门"],
          responsible_alternatives=[["水务部门", "农业部门", "林业部门", "规土部门"]],
          note="「（六）明确责任分工」 is a work heading (round 57's x251_03: 明确…职责, any X分工), and under one every body given work "
               "is a unit: 水务部门负责…；农业部门负责指导…；林业部门负责指导…；规土部门负责协调… (rule 2, several clauses, printed "
               "order; 「A负责指导」 is 「A负责」) and 环保部门做好…监督性抽测工作 (做好 outside rule 2, a unit under the work heading, "
               "rounds 35, 37) — the four without it accepted; 「市、区级相关部门按职责分工明确工作」 and 「各部门应加强行业管理」 are "
               "calls; no 牵头: lead [] (round 30); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover's instruction no task; 一、指导思想 and 二、基本原则 childless sections (a stance and principles, no "
            "unit; rounds 49, 60); 三、（一） 1; （二） 1.–4. 4 (the lines of the testing rules under 「…进行布点：」, items; 4. "
            "「每个采样单元的检测结果代表…，作为…依据」 states what a result stands for and is kept as the list's line); （三） 1., 2. "
            "and 3.'s （1）–（3） 5 (3.'s lead-in 「…按以下方式处理。」 is its text); （四）, （五）, （六） 1 each → **13**; the closing "
            "paragraph 「国家对于…有新要求的，按照国家有关规定执行。」 points to the law, a general provision (round 60's x53_01 "
            "第十四条). Accepted: 12 (（二）4. as text), 10 (（二） one task), 6 (each （X） one task).",
            "units: 各区 (落实, （三）3.（1）), 各区政府 (a designation, （五）), the five fields' 部门 under 「明确责任分工」 (（六）); "
            "建设单位 in （三）'s lead-in 「建设单位经相关部门会议论证后，对…进行分类消纳处置」 acts by 进行 (no rule-2 verb; 相关部门 a "
            "reviewer, rule 3); 各区 with 细化, 加强; 水务部门／林业部门 with 做好 outside the work heading",
            "dates: the preamble's 「2018年底河道全面消除黑臭、2020年力争全面消除劣Ⅴ类水体」 are the aims the opinion serves (another "
            "work's schedule, round 50's x234_05), no deadline for its items; the standards' years (NYT395-2012, HJ/T 166-2004, "
            "GJ/T 340-2016, GB15618-2018) are standard numbers; no deadline, no phases, no duties",
            "figures: targets 5 个 (（二）2.), 1 个 (（三）3.（1）) sampled; 10000m2 (（二）1., 不大于) and 11项 (（三）2., "
            "「不高于11项风险筛选值」) are targets by round 30's line but not sampled (the first's unit as printed 「m2」, the second "
            "counts indicators); 8项 (a kind of indicator list), 9个郊区 (a kind) not targets"])


# ---------------------------------------------------------------------------------------------------------
X04 = "x273_04_shi-shuiwuju-2018-shuiwu-jianshe-gongcheng-zhiliang-zhongshen-zeren-tongzhi.txt"
P04 = "上海市水务局关于进一步加强水务建设工程质量责任主体项目负责人质量终身责任的通知"
SUBJ = "各质量责任主体"

plan(X04,
     title=P04,
     title_note="the notice's title (line 1, printed again at line 3)",
     doc_no="沪水务〔2018〕556号 (line 5)",
     issuer="上海市水务局",
     date="2018-06-30",
     date_note="signed 2018年6月30日 (the index the same)",
     level="a city bureau's notice of requirements on lifelong quality responsibility for water works: who the "
           "responsible parties are, the measures at each stage, supervision",
     source=src("工程建设管理", "上海市水务局关于进一步加强水务建设工程质量责任主体项目负责人质量终身责任的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=865a19e5630d459d9683e7d488c83afc&siteId=0004", 1973),
     style="title twice, number, 「各有关单位：」, a preamble ending 「…有关要求通知如下：」; 一、 and 三、 heading lines over one "
           "paragraph each; 二、 a heading over （一）–（三） paragraphs with run-in stage headings 「（一）水务建设工程开工前。」, "
           "（三） ending 「…包括下列内容：」 over 1.–3. (the archive's contents); signature and date",
     leaf_tasks=5, count_alternatives=[4, 7],
     leaf_tasks_by_section={"一、": 1, "二、（一）–（三）": 3, "三、": 1},
     samples=[
        S(["一"], [], ["各级水行政主管部门", "项目法人", "勘察、设计、施工、监理、质量检测等单位"],
          responsible_alternatives=[["各级水行政主管部门"], ["本市各级水行政主管部门"], ["各级水行政主管部门", SUBJ],
                                    ["本市各级水行政主管部门", "项目法人", "勘察、设计、施工、监理、质量检测等单位"]],
          note="「本市各级水行政主管部门按照各自职责，负责对所管理的水务建设工程落实质量终身责任工作实施监督管理」 — A负责 (rule 2); 本市 a "
               "scope dropped (round 62: 本市, 全县… are no part of the name), the name as printed accepted; 「参与本市水务建设工程"
               "建设的项目法人（含代建单位、…，以下统称建设单位）、勘察、设计、施工、监理、质量检测等单位（以下统称各质量责任主体）是工程质量的"
               "责任主体」 — 「X的责任主体为A」 / 「企业是…责任主体」 is a designation (rounds 27, 33, 34; round 52: designations are "
               "责任主体 for work the plan gives — here the quality work of 二、) → the parties are doers, named as printed: the "
               "的-phrase dropped (round 32), the defining brackets dropped (round 61's x264_01), 项目法人 a name, 「勘察、设计、"
               "施工、监理、质量检测等单位」 fields sharing one head, one name with 等 kept (round 31); the defined short name "
               "各质量责任主体 accepted beside (round 48: one body printed two ways; RULING? 5); the persons 「各质量责任主体项目"
               "负责人」 「工程质量直接责任人」 are never units; several doers, no 牵头: lead [] (round 30); a childless point that "
               "gives work is a task (round 34 early; round 62's x266_02); 「在工程设计使用年限内」 a span of liability, "
               + NODATE),
        S(["二", "（一）"], [], [], responsible_alternatives=[[SUBJ, "建设单位"]],
          note="「各质量责任主体应当书面明确工程项目负责人」 — 明确 no rule-2 verb (" + CLOSED + "); 「各质量责任主体项目负责人应签订…承诺书」 "
               "persons (never units); 「并由建设单位在办理工程质量监督手续时，一并提交工程质量监督机构备案」「由建设单位报…备案」 — a "
               "filing on its own project, which names no doer (round 62: applying, filing or reporting on itself name none; "
               "rule 3: the receiver 报A备案 is none) → " + NONE + "; " + ARTICLE_ALT + "; 开工前 is the stage's name (a time "
               "from an event, round 34): " + NODATE),
        S(["二", "（二）"], [], [SUBJ], lead_alternatives=[[SUBJ]],
          responsible_alternatives=[[SUBJ, "建设单位"]],
          note="「各质量责任主体应当严格落实质量主体责任，细化…，强化…，确保工程质量」 — 落实 (rule 2; round 62: 落实…主体责任 a designation "
               "too) → 各质量责任主体, the short name the notice gives in 一、 (「以下统称」, read as printed where it acts, round 48); "
               "「建设单位应当在施工期设置质量责任公示牌」 设置 no rule-2 verb (" + CLOSED + "), accepted beside; " + ONE_LEAD + "; "
               "在施工期 the stage: " + NODATE),
        S(["二", "（三）"], [], [], targets=[(600, "mm"), (500, "mm")],
          responsible_alternatives=[["建设单位"]],
          note="「建设单位应当在工程明显部位设置质量责任永久性标牌」「建设单位应当建立…信息档案」 — 设置, 建立 no rule-2 verbs ("
               + CLOSED + "); 「设计文件应明确…」 a thing (round 41); 「…永久性标牌损坏，运行管理单位应及时…进行复原」 a case "
               "(rule 3: a contingency) with 进行; " + NONE + "; " + ARTICLE_ALT + "; 「宽度不小于600mm，高度不小于500mm」 — "
               "不小于 (round 30's line: a floor of a standard) → targets; 「宜选用…」 a recommendation (round 61); 1.–3. list "
               "what the archive holds, a document's contents (round 37) → text; " + NODATE),
        S(["三"], [], [], responsible_alternatives=[["本市各级水行政主管部门、水务建设工程质量监督机构"],
                                                    ["各级水行政主管部门", "水务建设工程质量监督机构"]],
          note="「本市各级水行政主管部门、水务建设工程质量监督机构应当进一步加强对…的监督检查，确保质量终身责任措施有效落实」 — 加强 no "
               "rule-2 verb (" + CLOSED + "), and 落实's subject is the measures, not a body; " + NONE + "; " + ARTICLE_ALT + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: a notice of headed points (round 34 early): 一、 (a childless point whose text gives work by 负责) 1; "
            "二、（一）–（三） 3 ((三)'s 1.–3. the archive's contents, text, round 37); 三、 (a childless point, 应当…加强) 1 → "
            "**5**. Accepted: 4 (一、 read as the definition of the responsible parties, no task), 7 ((三)'s 1.–3. as items).",
            "units: only 一、 (负责, and the designation 「…是工程质量的责任主体」) and 二、（二） (落实) name doers by rule 2; 建设单位, 设计文件, 运行管理单位, the supervisors in 三、 "
            "act by verbs outside the list in headed points (the article reading accepted, round 45); project leaders, "
            "法定代表人, 项目经理 are persons",
            "dates: signed 2018-06-30; 开工前／建设过程中／竣工（完工）阶段 stages named by events, no dates; no deadline, no "
            "phases (stages of a works project, not of the plan), no duties",
            "figures: targets 600 mm, 500 mm (二、（三）); 2011-2020年 (a cited plan's name) not a target"])

write_collected(DIR)
