# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next113/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 33 (built by helper c113): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at 8fe7d84 (round 29's ruling
on units written in sentences with the round-30 clarifications, round 30's rulings on thresholds and general
provisions, round 31's exceptions and its ruling on fields sharing one head, the round-32 and round-33 rulings). Neither
the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next113/make_expected.py tests/data/plans-next113
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋verb, A会同B…): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (明确, 制定, 加强, "
          "进行, 建立, 核定, 收取, 通报 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
BY = "CONVENTIONS.md units rule 2: the agent of 由 with a verb of doing is a doer"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
LEADS = "CONVENTIONS.md units rule 2: 「由A牵头」「A牵头（负责）」 gives lead A, responsible A"
ORG = "CONVENTIONS.md units rule 2: the subject of 组织＋verb (组织验收, 组织编制) is a doer"
COLON = ("CONVENTIONS.md units rule 1: a unit-colon item 「（N）A：…」 gives its units (plans-dev 12's 「（一）城运中心：负责…」); "
         "the sentences in its text add nothing")
PAYER = ("CONVENTIONS.md round 30 / round 33: 「由A承担」 with a cost as object (处置费, 750元/亩, 超额资金) names a payer, not a "
         "doer")
R3 = "CONVENTIONS.md units rule 3: a body that only receives, approves or guides (「报A备案」「经A审核」「向A申请」「在A指导下」) is no unit"
APPLICANT = "CONVENTIONS.md round 30: an applicant 「由A提出申请」 is not a unit"
KIND = ("CONVENTIONS.md round 33: 有关部门／相关部门／各有关部门 are kinds and doers with a rule-2 verb (有关单位／相关单位／各单位 are "
        "general calls)")
ROLE = ("CONVENTIONS.md round 33: a role a document defines as a body is a unit as printed (第二条 defines 「设置者」 as "
        "「景观照明设施的设置主体…所有权人、使用权人或者经营管理单位」, 第四条 defines 「管理单位」 as the district bureau, the "
        "streets, towns and 管理局(管委会))")
WHOLE_CASE = ("CONVENTIONS.md round 30: an item whose whole work is the response to a case 「…的，由A…」 takes A (rule 3's case "
              "clause is a case inside an item whose work is something else)")
PARAS = ("CONVENTIONS.md round 32 (a childless section of unit paragraphs): the article is a leaf whose text is unnumbered "
         "paragraphs each opening with a body given work — one task, its units all the paragraphs' bodies in printed order "
         "(fields sharing one head stay one name, 等 kept, round 31)")
TRAIL = ("CONVENTIONS.md round 32 (a trailing paragraph): an unnumbered paragraph after the last item of an article that gives "
         "work is that item's body")
THR = ("CONVENTIONS.md targets: a policy's own rates and ceilings are targets (round 25: 「每户补贴2000元」), and a quantity "
       "joined to a comparison word (以下／以上／不超过) is a target wherever it stands (round 30)")
GENART = ("CONVENTIONS.md round 30 (articles of general provision — purpose/basis, scope, definitions, the interpreting body, "
          "entry into force — are not tasks; a count that includes them is accepted)")
NOWORK = ("CONVENTIONS.md round 33: an article with no work among articles of work (a principle 「坚持…原则」, a statement with "
          "no doer) is not a task in a plan whose tasks name units; a count that includes it is accepted")
NAME = ("RULING? a body named with its description 「X下属Y」「主体工程的Y」 is kept whole as printed (CONVENTIONS.md round 30: "
        "「A name is kept as printed」); not settled whether the describing part belongs to the name")

# ---------------------------------------------------------------------------------------------------------
X01 = "x113_01_pudong-2023-jingguan-zhaoming-guanli-ruogan-guiding.txt"
PLAN01 = "浦东新区景观照明管理若干规定"
LS = "区绿化市容部门"
A01 = partial(art, X01)

plan(X01,
     title=f"{PLAN01}（浦东新区人民政府关于印发《{PLAN01}》的通知）",
     title_note="the 规定's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="浦府管规〔2023〕3号 (from the index; the stored text prints no number)",
     issuer="上海市浦东新区人民政府",
     date="2023-10-25 (index; the cover dated 2023年10月23日)",
     level="district government (Shanghai Pudong), rules for landscape lighting with the duties of the district bureau, the "
           "streets and towns, the 管理局 and the owners of lit buildings",
     source=shanghai_source("市容绿化与景观", f"浦东新区人民政府关于印发《{PLAN01}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070319400&siteId=0070", 3496),
     style="a short cover (dated, no signature) then the 规定: 第一条–第十五条, each 「第N条 (heading)」 on a line of its own (a "
           "space and ASCII brackets), over paragraphs; ASCII (一)… items in 第六条, 第九条 (a paragraph after (二)) and 第十条; "
           "「由A设置」 per case, 「A应当会同B…组织编制」, 「由A牵头开展」, 「由设置者负责」, defined roles 设置者 / 管理单位; no date "
           "but entry into force; no figure",
     leaf_tasks=11, count_alternatives=[12, 15],  # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — an article whose items are only cases is one task: 第六、九、十条 (was 15; [16, 19])
     leaf_tasks_by_section={"第四、五条": 2, "第六条": 1, "第七、八条": 2, "第九条": 1, "第十条": 1,
                            "第十一–十四条": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第四条 (职责分工)"], [], [LS, "街道办事处", "镇人民政府", "管理局(管委会)",
                                  "区发展改革、财政、规划资源、建设交通、市场监管、生态环境、商务、文体旅游、科技经济、公安、应急管理、城管执法等部门"],
          note=PARAS + ": 「区绿化市容部门负责…」, 「街道办事处、镇人民政府以及管理局(管委会)在区绿化市容部门的指导下…承担…工作」 (three "
               "heads split at 、 and 以及), 「区发展改革、财政…城管执法等部门按照各自职责，协同实施本规定」 (fields before one head 部门, "
               "one name as printed, 等 kept); the opening paragraph 「本规定所称管理单位，包括…」 is a definition, no body given work; "
               "RULING? an article, not a section 「X、职责分工」, and its second and third bodies take 承担 / 协同实施 rather than "
               "负责 — read by the round-32 ruling as a clerk reads a 职责分工 article; " + NODATE, **A01(["第四条 (职责分工)"])),
        S(["第五条 (规划实施方案)"], [LS], [LS, "规划资源、建设交通、商务、文体旅游等部门"], lead_alternatives=[[]],
          note="「区绿化市容部门应当会同规划资源、建设交通、商务、文体旅游等部门组织编制…规划实施方案」: " + WITH + " (the fields before "
               "one head 部门 one name as printed, 等 kept, round 31); 「经区人民政府批准后，报市绿化市容部门备案」 (" + R3 + "); 「街道办事处、"
               "镇人民政府以及管理局(管委会)可以编制…，报区绿化市容部门备案」: an option (可以, round 30) — no unit; " + NODATE,
          **A01(["第五条 (规划实施方案)"])),
        # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — 第六条's three cases (由A设置 each, units of three kinds) are one task: not sampled for doubt (which of its bodies)
        S(["第七条 (土地供应要求)"], [], ["区绿化市容部门", "区规划资源部门"], lead_alternatives=[["区规划资源部门"]],
          note="aligned round 43: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区绿化市容部门应当在…出让征询时，明确景观照明设置要求…」 — the subject of 明确 is a doer beside the agent of 由; formerly: " "「…应当设置景观照明的，区绿化市容部门应当在…出让征询时，明确景观照明设置要求…，由区规划资源部门纳入建设用地使用权出让合同」: "
               + BY + " (纳入); the opening 「…的」 picks the areas of the whole article (" + WHOLE_CASE + "); 区绿化市容部门 is the "
               "subject of 明确 — " + CLOSED + "; " + SUBJ + "; " + NODATE, **A01(["第七条 (土地供应要求)"])),
        S(["第九条 (设施建设监管要求)"], [], ["主体工程的质量安全监督机构", "设置者", "区绿化市容部门"], lead_alternatives=[["设置者"]],
          note="aligned round 43: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「主体工程的质量安全监督机构应当对…进行监督管理」 ((一)) and 「区绿化市容部门应当对景观照明设施的建设进行监督管理」 ((二)) — the subjects of 进行监督管理 are doers, in printed order, beside 设置者; formerly: " "aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — its cases (一)(二) are one task (was 第九条/(二)); (一) names no rule-2 doer (纳入, 进行); 「设置者应当及时书面通知区绿化市容部门，区绿化市容部门应当对景观照明设施的建设进行监督管理」 (通知 and 进行 — " + CLOSED
               + "; 区绿化市容部门 first a receiver); the paragraph after (二) 「设置者应当严格按照…标准组织施工」 is (二)'s body (" + TRAIL
               + "), and its subject 设置者 is the subject of 组织＋verb (" + ORG + "; " + ROLE + ") — RULING? the paragraph reads as a "
               "rule for every 设置者 under both (一) and (二), but by the round-32 ruling it is (二)'s body, and rule 2 does not ask "
               "where the clause stands; " + SUBJ + "; " + NODATE, **A01(["第九条 (设施建设监管要求)"])),
        S(["第十条 (竣工验收要求)"], ["主体工程的行业监督管理部门", LS], ["主体工程的行业监督管理部门", LS],
          note="aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — its two cases are one task (was 第十条/(一) and /(二)): 「由主体工程的行业监督管理部门牵头发起…综合竣工验收」 and "
               "「既有载体上…的，由区绿化市容部门牵头开展竣工验收」: " + LEADS + ", both; 「区绿化市容部门应当将…纳入竣工验收内容」 (纳入 "
               "without 由 — " + CLOSED + "); " + NAME + "; " + NODATE, **A01(["第十条 (竣工验收要求)"])),
        S(["第十一条 (维护管理要求)"], [LS], ["设置者", "管理单位", LS, "区发展改革、财政等部门"], lead_alternatives=[[]],
          responsible_alternatives=[["设置者", LS, "区发展改革、财政等部门"]],
          note="aligned round 53 to CONVENTIONS.md \"Round 62 rulings\" (turned): in 第X条 articles a party named by a kind is a "
               "doer by any verb of doing (round 54's r48b; the verb decides): 「管理单位应当按照技术规范进行安全检测抽查」 (进行＋"
               "work) — responsible [设置者, 区绿化市容部门, 区发展改革、财政等部门] → with 管理单位; the earlier reading stays "
               "accepted (rv53: the ruling reaches only [] answers). Earlier note: three paragraphs: 「景观照明设施由设置者负责日常运行和维护管理」 (" + BY + " — 由A负责; " + ROLE + "), 「管理单位应当…进行"
               "安全检测抽查，设置者应当予以配合」 (进行 — " + CLOSED + "; 配合 after no doer of its own clause), 「区绿化市容部门会同区发展"
               "改革、财政等部门制定政策…予以电费补贴」 (" + WITH + "): several clauses, all their bodies in printed order (rule 2), the "
               "lead from the 会同 clause; " + NODATE, **A01(["第十一条 (维护管理要求)"])),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf; an article without numbered children is a leaf): 第一–五条 5, 第六条 (一)–(三) 3, 第七、"
            "八条 2, 第九条 (一)(二) 2 (the paragraph after (二) is (二)'s body, round 32), 第十条 (一)(二) 2, 第十一–十五条 5 → 19 by "
            "numbering. " + GENART + ": 第一条 (purpose and basis), 第二条 (scope and definitions), 第十五条 (entry into force) are "
            "left out; 第三条 (总体要求) states principles and a goal for 「浦东新区」 (开展, 制定 — no doer): " + NOWORK + " → **15**. "
            "Accepted 16 (第三条 counted) and 19 (every numbered leaf)",
            "units: rule 2 throughout (由A设置 / 由A纳入 / 由A牵头 / 由A负责 / A会同B组织编制 / A会同B制定), the round-32 reading of a "
            "职责分工 article (第四条), the round-33 roles 设置者 and 管理单位; 第六条 (一)(二) 「由载体的建设单位设置」「由既有载体的所有权人、"
            "使用权人或者经营管理单位设置」 are not sampled (whether 所有权人 / 使用权人 — an owner who may be a person — are units is not "
            "settled); 第十二、十三条 give plain verbs (建立, 加强, 遵守) and 区公安部门 guides (加强…的指导)",
            "dates: none (2023年12月1日 / 2028年11月30日 are entry into force and expiry, a general-provision article; 2023年10月23日 the "
            "cover's date); no phases, no duties (定期…开展自查 in 第十三条 is a check, no report to a body)",
            "targets: none (no figure in the articles)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x113_02_jinshan-lvrongju-2023-jianzhu-laji-chuli-guanli-banfa.txt"
PLAN02 = "金山区建筑垃圾处理管理办法"
A02 = partial(art, X02)
DUTY4 = "第四条（部门职责）"


def C(item, unit, note):
    """An item of 第四条（部门职责） 「（N）A：…」 (a unit-colon item, rule 1): responsible A, lead [] (A accepted)."""
    return S([DUTY4, item], [], [unit], lead_alternatives=[[unit]], note=COLON + "; " + note + "; " + NODATE,
             **A02([DUTY4, item]))


plan(X02,
     title=f"{PLAN02}（金山区绿化和市容管理局关于印发《{PLAN02}》的通知）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="金绿容规〔2023〕2号 (from the index; the stored text prints no number)",
     issuer="上海市金山区绿化和市容管理局",
     date="2023-08-11",
     level="district bureau (Shanghai Jinshan), rules for construction waste with the duties of twelve district bodies and "
           "the streets and towns",
     source=shanghai_source("市容绿化与景观", f"金山区绿化和市容管理局关于印发《{PLAN02}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00813eef185aef34ad44e25f38f56dd4c05e&siteId=0081", 4956),
     style="a cover (signed and dated) then the 办法: 第一条–第十五条, each 「第N条（heading）」 on a line of its own; 第三条 four "
           "principles （一）–（四）; 第四条（部门职责） twelve unit-colon items 「（一）区绿化市容局：…」 (ASCII colon in （四）, ASCII "
           "brackets in 「（十一）各街镇(高新区)：」); 第五、八、十一、十二条 items （一）…; a paragraph after 第十二条（三）; payers 「由A承担处置费」, "
           "penalties 「由执法部门按规定实施处罚」; no date but entry into force; no figure",
     leaf_tasks=29, count_alternatives=[30, 33, 25, 38],
     leaf_tasks_by_section={"第四条 （一）–（十二）": 12, "第五条 （一）–（四）": 4, "第六、七条": 2, "第八条 （一）（二）": 2,
                            "第九、十条": 2, "第十一条 （一）–（四）": 4, "第十二条 （一）–（三）": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        C("（一）", "区绿化市容局",
          "「（一）区绿化市容局：履行…职责，核发…，组织协调相关部门开展联合检查和执法。负责…；组织开展…」: the label gives 区绿化市容局 "
          "(the 负责 / 组织开展 clauses name the same body); 相关部门, the object of 组织协调, is no unit"),
        S([DUTY4, "（二）"], ["区建管委"], ["区建管委", "区重大办"], lead_alternatives=[[]],
          responsible_alternatives=[["区建管委"]],
          note="「（二）区建管委：负责…；督促建设单位、施工单位委托…；…区重大办配合做好重大工程渣土消纳相关工作」 — Round 98 (turned, "
               "aligned round 68 to CONVENTIONS.md \"Round 98 rulings\"; p67k): round 38's unit-colon label with partners — a label "
               "「（七）A：」 gives A as lead and the bodies its text 协同／配合 are responsible with it (Round 75's x293_01 2.2; x275_05 5、, "
               "x170_04 一 read so) — over the old reading by rule 1 alone: lead [] → [区建管委], [区建管委] → [区建管委, 区重大办] (printed "
               "order); the old answer (lead [], the label alone) stays accepted; 建设单位、施工单位, objects of the pivot 督促, are no "
               "units; " + COLON + "; " + NODATE, **A02([DUTY4, "（二）"])),
        C("（五）", "公安金山分局",
          "「（五）公安金山分局：负责建筑垃圾运输车辆管理…；…协助各相关部门开展调查取证…」: the label gives 公安金山分局; 各相关部门, the "
          "object of 协助, adds nothing; 超速、超载 name offences, no figure"),
        C("（九）", "区房管局",
          "「（九）区房管局：加强…；督促物业管理单位…；指导相关部门、物业…；宣传引导业主和装修单位…」: plain verbs only (加强, 督促, 指导, "
          "宣传引导), but the label decides (rule 1 — the label gives the units whatever the verbs); the objects 物业管理单位 / 相关部门 / "
          "业主 are no units"),
        C("（十一）", "各街镇(高新区)",
          "「（十一）各街镇(高新区)：各街镇（高新区）是…的责任主体…负责…」: the label's name as printed, with its ASCII brackets (the "
          "sentence's fullwidth 「各街镇（高新区）」 names the same body; the label decides)"),
        S(["第十一条（监督管理）", "（四）"], [], ["各管理部门", "街镇（高新区）"],
          note="「各管理部门和街镇（高新区）应落实分管领导和联络员，及时沟通管理问题。建立通报机制…」: the subjects of 落实 (rule 2; 落实 "
               "the verb, round 33's noun reading does not apply); the two bodies joined by 和 split as printed (RULING? 各 read as "
               "printed on 各管理部门 only, 「街镇（高新区）」 kept with its bracket); 各管理部门 a kind (部门) — no general call (round 32: "
               "a group named by a kind with a verb of rule 2 is a doer); naming a liaison names no receiver or time — no duty "
               "checked; 建立 — " + CLOSED + "; " + NODATE, **A02(["第十一条（监督管理）", "（四）"])),
        S(["第十二条（责任追究）", "（一）"], [], ["执法部门", "区绿化市容局"],
          note="「对委托非中标单位承运建筑垃圾的建设项目，由执法部门按规定实施处罚」, 「…愿意作出承诺的，实施告知承诺，由区绿化市容局对…"
               "组织现场核查」, 「不愿意作出承诺的，…由执法部门…处罚」: " + BY + " (实施, 组织…核查); the item's whole work is the "
               "response to the cases it lists (" + WHOLE_CASE + ") — RULING? every clause is 「对…的／…的，由A…」 (the article is "
               "责任追究: its work is the responses), read as the item's work, not a contingency inside other work; the bodies in "
               "printed order (执法部门 once); " + NODATE, **A02(["第十二条（责任追究）", "（一）"])),
        S(["第十二条（责任追究）", "（三）"], [], ["相关部门"], lead_alternatives=[["相关部门"]],
          note="「…违反建筑垃圾处理管理规定的责任人，由相关部门按规定实施惩处」 and the paragraph after （三） 「对于非公职人员，由相关部门按规定"
               "实施惩处」 (" + TRAIL + "): " + BY + " (实施); " + KIND + "; the whole item is the response to its cases (" + WHOLE_CASE
               + "); 责任人员 are persons, the objects; " + SUBJ + "; " + NODATE, **A02(["第十二条（责任追究）", "（三）"])),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf; an article without numbered children is a leaf): 第一、二条 2, 第三条 （一）–（四） 4, 第四条 "
            "（一）–（十二） 12, 第五条 （一）–（四） 4, 第六、七条 2, 第八条 （一）（二） 2, 第九、十条 2, 第十一条 （一）–（四） 4, 第十二条 "
            "（一）–（三） 3 (the paragraph after （三） is （三）'s body, round 32), 第十三–十五条 3 → 38 by numbering. " + GENART + ": "
            "第一条 (purpose and basis), 第二条 (scope and definitions), 第十四条 (the interpreting body), 第十五条 (entry into force); "
            "第十三条（参照管理） 「…对施工总承包单位的管理参照建设单位的相关规定执行」 is read as scope (who the rules for 建设单位 reach) — "
            "RULING? a 参照 article as a general provision; 第三条（实施原则）'s four principles: " + NOWORK + " → **29**. "
            "Accepted 30 (第十三条 counted), 33 (the principles counted), 25 (第五条's four handling rules 「工程渣土，进入消纳场所进行消纳」 "
            "read as statements with no doer, round 33) and 38 (every numbered leaf)",
            "units: 第四条's twelve unit-colon items (rule 1; 「（十二）其他部门：本区发展改革…等管理部门…协同实施本办法」 is not sampled: "
            "whether the label 「其他部门」 or the printed list is the unit is not settled); rule 2 in 第十一、十二条; 第七条 (「区绿化市容局、"
            "区规划资源局指导各街镇（高新区）落实…」 a guide with the object of a pivot; 「由区绿化市容局…确定，由确定的经营单位进行日常维护」 "
            "and 「由镇市容环卫管理部门…确定」) is not sampled (the name 「确定的经营单位」 is not settled); 第八条（二） names payers "
            "(" + PAYER + "); 第十条 names an applicant and an approver (「由相关街镇…书面向区绿化市容局提出申请，经区绿化市容局同意后实施」, "
            + APPLICANT + ")",
            "dates: none (2023年9月12日 and 有效期5年 are entry into force, a general-provision article and the cover; 2023年8月11日 the "
            "cover's date); no phases, no duties",
            "targets: none (「第35次」 names a meeting, 「四大类」 counts kinds in a definition)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x113_03_jingan-lvrongju-2023-danwei-shenghuo-laji-chulifei-zhengshou-guanli-banfa.txt"
PLAN03 = "静安区单位生活垃圾处理费征收管理办法"
A03 = partial(art, X03)
FEE = "第十一条（计量方法与收费标准）"
CTR = "静安区绿化和市容管理局下属区市容环境综合管理中心"
CY = "各街道（镇）城市运行管理中心"

plan(X03,
     title=f"{PLAN03}（关于修订印发《{PLAN03}》的通知）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="静绿容规〔2023〕1号 (from the index; the stored text prints no number)",
     issuer="上海市静安区绿化和市容管理局, 静安区发展改革委员会, 静安区财政局, 静安区市场监督管理局 (jointly)",
     date="2023-05-23",
     level="district bureau with three district bodies (Shanghai Jing'an), the fee for the household waste of units: who "
           "collects it, how its base is set, its rates",
     source=shanghai_source("市容绿化与景观", f"关于修订印发《{PLAN03}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=9b500bf3-da6a-413d-af21-396b18f6c516&siteId=0072", 2896),
     style="a cover signed by four bodies, then the 办法: 第一条–第十六条, each 「第N条（heading）」 on a line of its own; 第四条 four "
           "principles （一）–（四）; 第十一条's rates per 240-litre bucket （一）–（三） with a paragraph after （三）; a 负责 article of "
           "three bodies (第六条), 「由A负责征收」 with 「B协助A…」 (第七条), 「由A…确定」 (第九条), an applicant and an approver (第十三条); "
           "no date but entry into force",
     leaf_tasks=11, count_alternatives=[13, 12, 14, 18, 21],  # aligned round 52 (Round 62 rulings, turned): 第十一条 one task (was 13)
     leaf_tasks_by_section={"第三条": 1, "第六–十条": 5, "第十一条": 1, "第十二–十五条": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第六条（管理部门）"], [], ["静安区绿化和市容管理局", "区市场监管局", "区财政、税务等部门"],
          note=PARAS + ": 「静安区绿化和市容管理局（以下简称区绿化市容部门）在静安区政府领导下，负责…组织和管理工作」 (the name as printed, "
               "its short name in brackets left out; 静安区政府 leads, no doer of the item), 「区市场监管局负责对收费行为进行监管」, 「区财政、"
               "税务等部门按照各自职责，协同实施本办法」 (fields before one head, 等 kept, round 31); lead [] (no 牵头); " + NODATE,
          **A03(["第六条（管理部门）"])),
        S(["第七条（征收单位）"], [], [CTR, CY],
          note="「本区单位生活垃圾处理费由静安区绿化和市容管理局下属区市容环境综合管理中心负责征收」 (" + BY + ", 由A负责) and 「各街道（镇）"
               "城市运行管理中心协助区市容环境综合管理中心办理收费事项」 (CONVENTIONS.md round 30: 「A负责…，B配合／协助」 — B is responsible "
               "after any doer of rule 2; lead [] as A does not 牵头); " + NAME + " (the short 「区市容环境综合管理中心」 of the second "
               "paragraph is the same body); " + NODATE, **A03(["第七条（征收单位）"])),
        S(["第九条（基数核定）"], [], ["区绿化市容部门", CY],
          note="「区绿化市容部门根据…核定当年基数，以适当方式向社会公示」 (核定, 公示 — " + CLOSED + "), 「对新设立单位的…基数，由区绿化市容"
               "部门参照…数据确定」 (" + BY + ": 确定; 「对新设立单位的…基数」 is the object, not a case), 「各街道（镇）城市运行管理中心协助"
               "做好单位生活垃圾基数核定工作」 (协助 after a doer of rule 2, round 30): all the bodies in printed order; lead []; 「一年核定"
               "一次」 is a rhythm of the work, no report to a body — no duty, no date: " + NODATE, **A03(["第九条（基数核定）"])),
        S([FEE], [], ["生活垃圾产生单位"], [(60, "元"), (120, "元"), (80, "元"), (160, "元")],
          lead_alternatives=[["生活垃圾产生单位"]],
          note="aligned round 52 to CONVENTIONS.md \"Round 62 rulings\" (turned): 「…具体标准如下：（一）…基数内每桶60元…（三）…」 "
               "is a list of rates by class, text (rounds 36, 38, 54); the article is one task by its closing 「生活垃圾产生单位"
               "应当设置…收集容器」 (a kind's verb of doing in an article, round 54), and the rates are its targets (round 38): "
               "the samples on （一） (targets 60, 120 元; no unit) and （三） (targets 80, 160 元; no unit) → one on 第十一条, "
               "responsible [生活垃圾产生单位] (lead [], the one doer as lead accepted); count 13 → 11, 13 stays accepted. "
               "Earlier notes: （一） 「对单位和饮食行业产生的餐厨垃圾…，基数内每桶60元，基数外每桶120元」: the policy's own rates, "
               "targets (" + THR + "); the lead-in's 「每桶240升」 names the bucket (a norm); （三） 「对四星级以上宾馆、歌厅…等企业"
               "产生的生活垃圾…，基数内每桶80元，基数外每桶160元」: rates, targets; 「四星级以上」 (a Chinese numeral joined to 以上, "
               "picking the hotels) is not checked either way; 卡拉OK is a name; " + NODATE, **A03([FEE])),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["aligned round 52 to CONVENTIONS.md \"Round 62 rulings\" (turned): 第十一条's rates （一）–（三） are a list of "
            "rates by class, text; the article is one task by its closing 「生活垃圾产生单位应当设置…收集容器」, the rates its targets: "
            "**13 → 11**, 13 stays accepted (12, 14, 18, 21 as before); the earlier reading: "
            "counting (every numbered leaf; an article without numbered children is a leaf): 第一–三条 3, 第四条 （一）–（四） 4, 第五–十条 "
            "6, 第十一条 （一）–（三） 3 (the paragraph after （三） is （三）'s body, round 32), 第十二–十六条 5 → 21 by numbering. "
            + GENART + ": 第一条 (purpose and basis), 第二条 (scope), 第十六条 (entry into force); 第四条（征收原则）'s principles and "
            "第五条（收费性质） 「…为经营服务性收费，实行政府指导价管理」 (a statement, no doer): " + NOWORK + "; 第三条（征收对象） 「凡…均应当"
            "缴纳单位生活垃圾处理费」 gives the payers their duty: counted → **13**. Accepted 12 (第三条 read as scope), 14 (第五条 "
            "counted), 18 (第四条's principles and 第五条 counted) and 21 (every numbered leaf)",
            "units: 第六条 (负责 paragraphs, round 32), 第七条 and 第九条 (由A负责 / 由A确定 with 「B协助」, round 30); 第十条 (「由城市运行"
            "管理中心协助区市容环境综合管理中心与生活垃圾产生单位签订…」: 由A协助B与C签订 — whether B and C are doers with A is not settled) is "
            "not sampled; 第十三条 (「由产生单位提出减免申请，经区绿化市容部门审核决定后…」, " + APPLICANT + ", " + R3 + ") and 第八、十二、"
            "十四、十五条 (申报, 告知, 收取, 办理, 加强 — " + CLOSED + ") name no doer; 第八条's yearly 申报 by the units that pay is a "
            "regulated party's filing (CONVENTIONS.md round 32: no duty)",
            "dates: none (2023年6月22日 / 2028年6月22日 are entry into force and expiry; 2023年5月23日 the cover's date); no phases, "
            "no duties",
            "targets: the rates of 第十一条 (60 / 120 / 40 / 80 / 80 / 160 元 a bucket); 240升 names the standard bucket"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x113_04_jinshan-lvrongju-2023-shengtai-gongyilin-jianshe-yanghu-guanli-banfa.txt"
PLAN04 = "金山区生态公益林建设和养护管理办法"
A04 = partial(art, X04)
LR = "区绿化市容局"
TOWNS = "各镇人民政府（高新区）"

plan(X04,
     title=f"{PLAN04}（金山区绿化和市容管理局关于印发《{PLAN04}》的通知）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="金绿容规〔2023〕1号 (from the index; the stored text prints no number)",
     issuer="上海市金山区绿化和市容管理局",
     date="2023-02-15",
     level="district bureau (Shanghai Jinshan), the building and upkeep of ecological forest: siting, approval, supervision, "
           "acceptance, upkeep contracts and subsidies",
     source=shanghai_source("市容绿化与景观", f"金山区绿化和市容管理局关于印发《{PLAN04}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=008109b97a8bd033407c9d748a139192013a&siteId=0081", 3571),
     style="a cover (signed and dated) then the 办法: 第一条–第十八条, each 「第N条（heading）」 on a line of its own over paragraphs, "
           "no numbered items (第十五条's 「1.…；2.…」 run inline in one paragraph); 「由A将…分解」, 「由建设单位编制」, 「A牵头…」, "
           "「A…组织验收」, designations in 第八条, 「由A会同B每半年…考核」, payers 「由区财政承担750元/亩」, ceilings 「不超过1500元/亩」; "
           "no date but entry into force",
     leaf_tasks=14, count_alternatives=[15, 18],
     leaf_tasks_by_section={"第三–十六条": 14},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第三条（项目选址）"], [], [LR, TOWNS],
          note="「由区绿化市容局将年度造林计划（任务）分解到各镇人民政府（高新区）」 (" + BY + ": 分解) and 「各镇人民政府（高新区）根据下达的"
               "计划（任务），落实具体地块，报区绿化市容局审核」 (the subject of 落实, rule 2): both bodies in printed order; 市绿化市容局 "
               "issues the plan (「下达的」, a noun's description), 区绿化市容局 then reviews and 区规划资源局 receives the application "
               "(" + R3 + "); lead []; 「（2017-2035）」 the years of a plan's name; " + NODATE, **A04(["第三条（项目选址）"])),
        S(["第四条（立项审批）"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          note="「由建设单位编制项目实施方案报区绿化市容局审核」, 「由建设单位编制项目可行性研究报告，向区发改委申报立项」, 「由建设单位委托"
               "具备…资质的单位编制造林作业设计」: " + BY + " (编制; 由A委托B＋verb gives A, round 33); 建设单位 a kind of body; 申报立项 "
               "is one step of work the same body does (not the item's only verb, so not read as an applicant, round 30); 区绿化市容局 "
               "and 区发改委 review (" + R3 + "); " + SUBJ + "; " + NODATE, **A04(["第四条（立项审批）"])),
        S(["第六条（项目监管）"], [LR], [LR],
          note="「区绿化市容局牵头对全区生态公益林项目建设加强监管」: " + LEADS + " (A牵头); 「建设单位应…定期向区绿化市容局报送建设进度"
               "报表」: plain verbs of the regulated (" + CLOSED + "), and a regulated party's filing is no duty (CONVENTIONS.md round "
               "32); " + NODATE, **A04(["第六条（项目监管）"])),
        S(["第七条（检查验收）"], [], [LR], lead_alternatives=[[LR]],
          note="「项目施工结束后，区绿化市容局按照…组织验收」: " + ORG + "; " + SUBJ + "; 「项目施工结束后」 is an event, no date: " + NODATE,
          **A04(["第七条（检查验收）"])),
        S(["第九条（政府采购）"], [], ["区绿化市容局下属林业站", "镇（高新区）林业部门"],
          note="「立项时间为2019年之后的生态廊道由区绿化市容局下属林业站确定养护企业，其他生态公益林由镇（高新区）林业部门确定养护企业」: "
               + BY + " (确定), both bodies in printed order; " + NAME + "; 「由各镇人民政府（高新区）原林业养护社负责养护的范围，按原标准执行」: "
               "a body inside a noun's description (CONVENTIONS.md round 30: 「参加由A组织的培训」) — no unit; 2019年 a year, not a target; "
               "lead []; " + NODATE, **A04(["第九条（政府采购）"])),
        S(["第十一条（养护考核）"], [LR], [LR, TOWNS], lead_alternatives=[[]],
          note="「由区绿化市容局会同各镇人民政府（高新区）每半年对养护情况进行考核，形成书面考核报告」: " + WITH + "; 每半年 is the rhythm of "
               "the check (a report made, sent to no body: no duty checked); " + NODATE, **A04(["第十一条（养护考核）"])),
        S(["第十四条（养护指导价）"], targets=[(1500, "元/亩"), (1000, "元/亩"), (5, "年")],
          note="「生态公益林造林5年以下（含5年）日常养护指导价为不超过1500元/亩，造林5年以上日常养护指导价为不超过1000元/亩，由区财政全额"
               "承担」: the ceilings 不超过1500元/亩 and 不超过1000元/亩 are targets, and 「5年以下（含5年）」 / 「5年以上」 (the forest's age, "
               "picking the stands) a threshold with a comparison word (" + THR + "; the forest's age is no age band of persons, round "
               "31); 「由区财政全额承担」: " + PAYER + ": " + NONE + "; " + NODATE, **A04(["第十四条（养护指导价）"])),
        S(["第十五条（档案管理）"], [], ["生态公益林项目建设单位"], lead_alternatives=[["生态公益林项目建设单位"]],
          note="「生态公益林项目建设单位负责档案资料的编制和整理工作」: the subject of 负责 (rule 2), the name as printed; 「区绿化市容局应对"
               "建设单位加强工作指导」 (a guide, " + R3 + "); the inline list 「1.项目实施方案…；2.…；12.…」 runs inside one paragraph (not "
               "items); " + SUBJ + "; " + NODATE, **A04(["第十五条（档案管理）"])),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (no numbered items; every article is a leaf): 18 articles. " + GENART + ": 第一条 (basis and purpose), 第二条 "
            "(scope and definitions), 第十七条（参照执行） (「全区湿地建设和养护管理，参照本办法执行」 — scope; 「如本市颁布新政策，按照新政策"
            "执行」), 第十八条 (entry into force) → **14**. Accepted 15 (第十七条 counted) and 18 (every article)",
            "units: rule 2 (由A分解 / 落实 / 由A编制 / A牵头 / A组织验收 / 由A确定 / 由A会同B / A负责); 第八条（养护职责） (「区绿化市容局是…"
            "行管部门；各镇人民政府（高新区）是…权属人；…林业部门…是…管理主体；专业养护单位…是…实施主体，负责做好…；区、镇林业站负责…」) is not "
            "sampled: which of 行管部门 / 权属人 / 管理主体 / 实施主体 are designations (round 32) is not settled; 第十条 (「由项目建设单位（或"
            "建设单位法人）与中标单位（或单位法人）签订…」, names with 或 in brackets) and 第十六条 (「由区绿化市容局、区发改委和区财政局…采取…"
            "措施」 for cases of failure) are not sampled; 第十二、十三条 name payers and an applicant (" + PAYER + "; 「由区绿化市容局…会同"
            "区财政局向市绿化市容局提出申请」, " + APPLICANT + ")",
            "dates: none (2023年3月16日 / 2027年12月31日 / 2023年1月1日 are entry into force, expiry and back-dating; 2023年2月15日 "
            "the cover's date); no phases; no duties (第六条's 定期报送 is the regulated builders' filing, round 32; 第十一条's "
            "half-yearly check has no receiver)",
            "targets: 第十四条's ceilings and age threshold; 第十三条's 750元/亩 (a rate the district pays) is a target of its "
            "article, not sampled; document and standard numbers (沪发改地区〔2022〕15号, DG/TJ-2058-2009, DG/TJ08-2096), the years "
            "2022-2024 / 2017-2035 in names, 2019年 and 「一招三年」 are not targets"])

# round 45 (al47b): the Round 47 ruling q44c (governs) — role-like kinds (建设单位, 施工单位, 监理单位, 设计单位 …) as the
# subjects of articles are doers of any verb of doing (round 44's article rule; round 34); a filing, an option, a cost
# verb and a person's role stay none (CONVENTIONS.md "Round 47 rulings, written early"; README, "Aligned round 45 (al47b)")
from expected_tools import _sample32, align34_units  # noqa: E402


def align45_q44c(file, path, lead, resp, why, alt=None, drop_alt=False):
    """One sample aligned to q44c, noted 「aligned round 45 (Round 47 q44c): <why> (old → new)」 before the earlier
    note; ``drop_alt`` drops a single body's accepted lead where the item now has two doers."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 45 (Round 47 q44c): ", 1)
    if drop_alt:
        s.pop("lead_alternatives", None)


align45_q44c('x113_04', ['第六条（项目监管）'], ['区绿化市容局'], ['区绿化市容局', '建设单位'],
             "「建设单位应规范工作程序，加强项目管理，严格控制造林进度和质量」 — the subject of the article's 规范／加强／控制 is a doer, after the lead 区绿化市容局 (牵头) in printed order; 「并定期向区绿化市容局报送建设进度报表」 stays a filing (no duty)",
             alt=None, drop_alt=False)

# round 52 (al52): CONVENTIONS.md "Round 60 rulings" (Units, turned; p51b) — a 的-phrase before a name describes it, and the
# unit is the name after the last 的 (round 34; round 40's 机构; round 57's 单位); the whole names stay accepted
R60 = 'aligned round 52 to CONVENTIONS.md "Round 60 rulings" (turned): '
_s = _sample32(X01, ["第十条 (竣工验收要求)"])[1]
_s["lead"], _s["responsible"] = ["行业监督管理部门", LS], ["行业监督管理部门", LS]
_s["lead_alternatives"] = [["主体工程的行业监督管理部门", LS]]
_s["responsible_alternatives"] = [["主体工程的行业监督管理部门", LS]]
_s["note"] = (R60 + "「由主体工程的行业监督管理部门牵头发起…」 — 主体工程的 describes the name, the unit is the name after the last 的 "
              "(lead and responsible 主体工程的行业监督管理部门, 区绿化市容部门 → 行业监督管理部门, 区绿化市容部门); the earlier "
              "reading stays accepted; formerly: " + _s["note"])
_s = _sample32(X01, ["第九条 (设施建设监管要求)"])[1]
_s["responsible_alternatives"] = [list(_s["responsible"])]
_s["responsible"] = ["质量安全监督机构", "设置者", LS]
_s["note"] = (R60 + "「主体工程的质量安全监督机构应当对…进行监督管理」 — the unit is the name after the last 的 (responsible "
              "主体工程的质量安全监督机构, 设置者, 区绿化市容部门 → 质量安全监督机构, 设置者, 区绿化市容部门); the earlier reading "
              "stays accepted; formerly: " + _s["note"])

write_collected(DIR)
# Round 64 (rul90): x113_02 第十一条（四） aligned to tests/data/CONVENTIONS.md "Round 90 rulings" (Units, governs:
# 「A应落实分管领导和联络员」 names none, p64e-2) (README, round 64)
from aligned_rulings import POSTS90, align90  # noqa: E402

align90("x113_02", ["第十一条（监督管理）", "（四）"], "「（四）各管理部门和街镇（高新区）应落实分管领导和联络员，及时沟通管理问题。建立通报机制…」 (x113_02 第十一条（四））: 落实 of posts staffs the work; 沟通 and 建立 are outside rule 2's list: a task naming none",
        POSTS90 + "; [各管理部门, 街镇（高新区）] → none, [各管理部门, 街镇（高新区）] stays accepted", resp=[],
        resp_alt=[["各管理部门", "街镇（高新区）"]])

write_collected(DIR)
