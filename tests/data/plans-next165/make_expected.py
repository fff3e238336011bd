# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next165/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 40 (built by helper c165): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
d3102ee9 (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's rulings on
thresholds and general provisions, round 31's exceptions, the round-32 to round-39 rulings and the early round-40
rulings). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next165/make_expected.py tests/data/plans-next165
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
FOLDER = "规划与土地"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another "
          "verb (完成, 加强, 加大, 建立, 进行, 征询, 纳入, 要求, 编制, 公布 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
MEET = "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (CONVENTIONS.md rule 2)"
NOUNIT = ("an item that gives work but names no unit, in a plan with units elsewhere: a task (CONVENTIONS.md round 38 / "
          "round 39 / round 40; a count without such items accepted)")


def art_sample(file):
    """Samples of one file located by their article label (``article_in``); ``at`` locates another path."""
    def A(path, lead=(), resp=(), targets=(), at=None, **kw):
        return S(path, lead, resp, targets, **kw, **art(file, at or path))
    return A


# ---------------------------------------------------------------------------------------------------------
X01 = "x165_01_pudong-2025-tudi-chubei-he-fangwu-tudi-zhengshou-zhidao-yijian.txt"
PLAN01 = "关于优化浦东新区土地储备和房屋土地征收工作的指导意见"
NOTICE01 = f"浦东新区人民政府印发《{PLAN01}》的通知"
ZX = "区房屋土地征收中心(区土地储备中心)"
GZ = "区规划资源局"

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="浦府〔2025〕32号 (from the index; the stored text prints no number)",
     issuer="上海市浦东新区人民政府",
     date="2025-02-20 (the cover's date; the index gives 2025-02-25)",
     level="district government (Shanghai Pudong), to 区政府各委、办、局，各管理局(管委会)，各直属企业，各街道办事处、镇政府",
     source=shanghai_source(FOLDER, "浦东新区人民政府印发《关于优化浦东新区土地储备和房屋土地征收工作的指导意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070338903&siteId=0070", 4099),
     style="a cover (「请认真贯彻执行」, dated 2025年2月20日, no issuer line) then the 意见 in points 一、–三、 with ASCII "
           "brackets (一)…, every (n) item headed on its own line over paragraphs; 一、基本要求 four principles; 二、主要任务 "
           "(一) a childless item of four paragraphs each opening with a body and its role (「A是…的实际主管部门」「街镇是…的属地"
           "责任主体，…会同B和C做好…」「承接企业是…的具体实施单位」), (二)–(四) with run-in headed items 「1.建立重大事项决策机制。…」, "
           "(五) childless; 三、配套措施 (一)–(三); a closing 「本办法自印发之日起实施，由区规划资源局牵头负责解释。」; the long "
           "name 「区房屋土地征收中心(区土地储备中心)」 with an ASCII bracket",
     leaf_tasks=15, count_alternatives=[19, 6, 7, 8],
     leaf_tasks_by_section={"二、 (一)": 1, "二、 (二) 1.–3.": 3, "二、 (三) 1.–4.": 4, "二、 (四) 1.–3.": 3, "二、 (五)": 1,
                            "三、 (一)–(三)": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二", "(一)"], ["街镇"], [GZ, "街镇", ZX, "承接企业"],
          lead_alternatives=[[], [ZX, "街镇"]],
          note="four paragraphs, each a body and its role: 「区规划资源局是储备征收工作的实际主管部门，主要承担…职能。区政府指定区规划"
               "资源局组织实施…」 — a designation 「A为…的主管部门」 (CONVENTIONS.md round 37) and A组织实施 (rule 2); 区政府 only "
               "designates (指定, no rule-2 verb); 「街镇是储备征收工作的属地责任主体，…会同区房屋土地征收中心(区土地储备中心)和承接"
               "企业做好…」 — a designation (round 34 「X的责任主体为A」) and " + MEET + " (the lead); 「承接企业是储备征收工作的具体"
               "实施单位」 a designation (round 32 / round 37), the name given through 「(以下简称“承接企业”)」 in 一/(一) read as "
               "printed (round 38); RULING?: 「整合组建区房屋土地征收中心(区土地储备中心)，作为储备征收工作的牵头协调和实施单位，…"
               "负责编制年度计划…」 read as a body the item sets up (round 35: 「下设…推进组，负责…」 stays rule 3), so its designation "
               "as 牵头 gives no lead here — the centre is a unit as the partner of 会同 in the third paragraph; lead [] (round 30: "
               "会同's lead optional) and lead [中心, 街镇] (the designation 「作为…牵头协调…单位」 read as round 33's 「明确A为牵头"
               "单位」) accepted; the name's bracket stays with it (round 34); 「年度计划」 no date; " + NODATE),
        S(["二", "(二)", "1"], [], [ZX], lead_alternatives=[[ZX]],
          note="aligned round 41: 「A承担…的推进」 (承担＋work, no 由) designates A (CONVENTIONS.md \"Round 41 rulings, written "
               "early\", Designations): the centre is responsible, alone (no 牵头: lead [], the centre as lead accepted, as (二)/2); the ten "
               "参与 members stay no units (same ruling, No doer); the builder's note: 「建立区储备征收统筹决策机制。由区政府分管领导召集，区规划资源局、区发改委、…、区综合执法局等相关单位参与，协调、审定储备"
               "征收工作中的重大事项」: the item's work is to set up a mechanism, and the ten bodies that take part in it are its "
               "members — a body the item sets up and its members are no units of the item (CONVENTIONS.md rule 3: 「由A、B组成」, "
               "「成立由A牵头的…办公室」; round 35); the convener is a person (round 30: never a unit); RULING?: read otherwise — "
               "「由分管副区长牵头，B配合」 gives responsible B (round 30) and 「…等相关部门参与…」 makes them responsible as 配合 does "
               "(round 37) — the ten names would be responsible; and 「区房屋土地征收中心(区土地储备中心)承担具体日常事项的推进」 — 承担 "
               "with work (not a cost, not …责任) and without 由 is no rule-2 verb (" + CLOSED + "; round 30 reads only 「由A承担…"
               "责任」 as a doer): the centre is no unit either — " + NONE + "; " + NODATE),
        S(["二", "(二)", "2"], [], [ZX], lead_alternatives=[[ZX]],
          note="「区房屋土地征收中心(区土地储备中心)负责部门间沟通协调、司法协调及特殊情况处理工作」: A负责 (CONVENTIONS.md rule 2) — "
               + SUBJ + "; 「各相关部门根据各自职责分工，加强行业指导，…建立配套保障机制」 加强／建立 (" + CLOSED + "); " + NODATE),
        S(["二", "(二)", "3"], [], ["各街镇"], lead_alternatives=[["各街镇"]],
          note="「各街镇建立属地储备征收工作协调机制，组织相关部门参与，总体协调落实辖区内储备征收工作」 — the subject of 落实 and of "
               "组织＋work (CONVENTIONS.md rule 2; round 34 组织＋work; 相关部门, the pivot's object, no unit, round 30) — and 「由各"
               "街镇严格按照民主议事规则要求充分研究讨论解决方案」 (由A＋a verb of doing, round 34): 各街镇 a kind (round 32) — " + SUBJ
               + "; " + NODATE),
        S(["二", "(三)", "3"], [ZX], [ZX, "相关街镇", "街镇"],
          note="「区房屋土地征收中心(区土地储备中心)健全…管理制度，牵头完善本区储备地块管护、临时使用的规则」: A牵头 — lead A "
               "(CONVENTIONS.md rule 2; a body the plan set up earlier is a doer in later items, round 36); 「相关街镇负责制定…预案…，"
               "做好…」 (A负责) and 「并由街镇统筹本区域房源供需和调用」 (由A＋a verb of doing, round 34): several clauses, all their "
               "bodies in printed order; 街镇 kept as printed beside 相关街镇 (round 38: no alias is rewritten); " + NODATE),
        S(["二", "(三)", "4"], [ZX], ["街镇", GZ, ZX, "相关街镇"], lead_alternatives=[[]],
          note="「相关单位和街镇按…规定对土地储备资金…实施账户管理」: the subject of 实施 (CONVENTIONS.md rule 2) — 街镇 a doer, "
               "相关单位 a general call (round 33: no kind, no doer; 「A和B」 two names, round 34); 「区规划资源局、区房屋土地征收中心"
               "(区土地储备中心)制定…办法，…组织对街镇和承接企业的综合评价」 (组织＋work, round 34; the objects evaluated are no units); "
               "「区房屋土地征收中心(区土地储备中心)会同相关街镇对全年计划制定执行的情况进行跟踪评估」 — " + MEET + "; 「全年计划」 "
               "names each year's plan evaluated (a rhythm, round 34), not the item's date; " + NODATE),
        S(["二", "(四)", "1"], [], [ZX], lead_alternatives=[[ZX]],
          note="「由区房屋土地征收中心(区土地储备中心)组织属地街镇开展征收项目评估机构的筛选确定工作」: 由A＋组织B开展 — A a doer, B "
               "the pivot's object (CONVENTIONS.md round 30 「A组织B＋verb」) — " + SUBJ + "; 「建立评估机构资信评价机制」 no subject; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、基本要求 (一)–(四) are principles 「权责统一，完善机制」… with no doer and no work of their own "
            "(CONVENTIONS.md round 33: an article with no work among articles of work is a task only in a plan that names no "
            "units; round 34's 基本原则 section); 二、主要任务 (一) a childless item of four paragraphs → 1, (二) 1.–3. → 3, (三) "
            "1.–4. → 4, (四) 1.–3. → 3, (五) childless → 1; 三、配套措施 (一)–(三) → 3 (items of 保障措施 that give work, round 38 "
            "/ round 39); the closing 「本办法自印发之日起实施，由区规划资源局牵头负责解释」 is entry into force and the interpreting "
            "body (round 30: general provision; rule 3: 「由A负责解释」 no unit); **15**. Accepted: 19 (with 一、's four points "
            "as tasks, round 38 「work items under 总体要求」), 6 (without the items that name no unit, round 40 — 二/(二)/1 "
            "(members, read below), 二/(三)/1, 二/(三)/2, 二/(四)/2, 二/(四)/3, 二/(五), 三/(一) (read below), 三/(二), 三/(三)), "
            "and 7 / 8 (the same where 二/(二)/1 or 三/(一), both RULING?, are read as naming units)",
            "units: not sampled — 二/(三)/1, 二/(三)/2 (no subject: none); 二/(四)/2 (「区综合执法局同步加大…考核力度」 加大: none, "
            + CLOSED + "); 二/(四)/3 (「区审计局应当加强对…的监督，并公布审计结果」 加强／公布: none; 「提请相关部门处理」 a case); "
            "二/(五) (「可先行实施」 an option, 「鼓励…」: none); 三/(一) (「按照部门政策指导、街镇负责推进、承接企业具体实施的原则」 a "
            "principle of roles, which gives no unit (round 40 「由政府全面主导，街道负责实施」); 「区房屋土地征收中心…、各街镇和相关"
            "单位应主动跨前、细化分工、抓好落实」 — 落实 as a noun gives no doer (round 33); 「区规划资源局、…、区档案局等部门按条线"
            "职责分工指导、支撑保障…」 指导 without 负责 (round 30): none — RULING? in the README); 三/(二) (「推动相关街镇、承接企业…"
            "加强…」 推动 a pivot: none); 三/(三) (no subject: none)",
            "dates: none — 2025年2月20日 the cover (the index: 2025-02-25); 「年度计划」「全年计划」「年度和项目后评价」 rhythms; "
            "「自印发之日起实施」 entry into force",
            "targets: none (「三重一大」「一岗双责」 are names); no phases; no duties (「及时总结分析」 is no sending; 「各类已上报方案」 "
            "a description)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x165_02_xuhui-2025-chanye-yongdi-lvyue-dachan-xietong-guanli-ruogan-yijian.txt"
PLAN02 = "徐汇区关于产业用地履约达产协同管理的若干意见"
NOTICE02 = f"关于印发修订后《{PLAN02}》的通知"
A2 = art_sample(X02)
XG = "区新型工业化办"
CYZS = "产业、招商部门"
P2 = "第二条(组织保障)"
P6 = "第六条(履约达产协同管理)"

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="徐新工办规〔2025〕2号 (from the index; the stored text prints no number)",
     issuer="上海市徐汇区新型工业化推进办公室",
     date="2025-01-23",
     level="district office (Shanghai Xuhui), to 区各有关委、办、局，各街道、华泾镇，有关单位",
     source=shanghai_source(FOLDER, "关于印发修订后《徐汇区关于产业用地履约达产协同管理的若干意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0073542812&siteId=0073", 6134),
     style="TWO documents under one cover: the cover (issuer line and 2025年1月23日) then the 意见 in 第一条–第七条, each label "
           "with an ASCII-bracketed heading alone on its line 「第二条(组织保障)」; 第二条 a paragraph 「由A牵头，会同有关部门…。"
           "各部门分工及职责如下：」 over items 1.–10. 「A负责…」; 第六条 items (一)–(三) headed on their own lines, (三) with "
           "run-in items 1.–3. and two paragraphs after 3.; a 附件 list 「附件：1.…」「2.…」「3.…」「4.…」 on four lines; then "
           "「附件4」 and the 实施细则 in its own 第一条–第十条 (the same numbers again), items (一)… run in 「(一)初审。…」; a "
           "closing paragraph after 第八条(四); two forms 表1／表2 flattened one cell a line, with blank date lines 「年      月      "
           "日」",
     leaf_tasks=18, count_alternatives=[36, 34, 35, 37, 19],
     leaf_tasks_by_section={"意见 第二条 1.–10.": 10, "意见 第三–五条": 3, "意见 第六条 (一)(二) (三)1.–3.": 5,
                            "附件4 细则 (an attachment, not counted: Round 92)": 0},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A2([P2, "1"], [], [XG, "区科委", "区文化旅游局", "区投促办", "区国资委"], at=[P2, "1."],
           note="「区新型工业化办、区科委、区文化旅游局、区投促办、区国资委等产业、招商部门负责组织实施…」: the subject of 负责 "
                "(CONVENTIONS.md rule 2), five names with separate heads, the tail 「等产业、招商部门」 dropped (round 35); the "
                "article's lead-in 「由区新型工业化办牵头…」 gives its units only to items that name none (rule 4, closed in round "
                "39): no 牵头 here, lead []; " + NODATE),
        A2([P2, "10"], [], ["区应急局", "公安分局"], at=[P2, "10."],
           note="「区应急局、公安分局等部门按照各自职责，做好项目规划、建设等环节中涉及的有关审批、监管事项」: 做好 is no rule-2 verb, "
                "but the items stand under the lead-in 「各部门分工及职责如下：」 — a lead-in that gives out work (CONVENTIONS.md "
                "round 37: 「…具体职责为：」 inside an article, and any 「X分工」), under which every body given work is a unit, "
                "whatever its verb (round 34 / round 35); names as printed (公安分局 without 区, round 38), the tail 等部门 dropped "
                "(round 35); lead []; " + NODATE),
        A2(["第五条(存量产业用地盘活利用)"], [XG], [XG],
           note="「改造后的使用全过程由区新型工业化办牵头开展绩效评估」 (twice, in both paragraphs): 「由A牵头」 — lead A, responsible A "
                "(CONVENTIONS.md rule 2); 「由改造主体申请」 an applicant (round 30: no unit); 「经市、区规范程序审批」 no body; 「支持…"
                "允许园区平台等专业企业参与…」 names no doer (round 40: 「支持A…」); " + NODATE),
        A2([P6, "(二)"], [], ["出让人", CYZS],
           note="「出让人、产业、招商部门负责督促受让人按合同约定按时开工、竣工、投产」: the subject of 负责 (CONVENTIONS.md rule 2; "
                "rule 2 does not ask who the body is, round 34) — 出让人 one name, 「产业、招商部门」 fields sharing one head, one name "
                "as printed (round 31); 受让人, the object of 督促, no unit (round 30); 「受让人应按时缴纳…」「受让人分别提供…材料报"
                "产业和招商部门确认」 a regulated party's payment and filing (round 32 / round 34); 「出让人有权解除…」 a case (情节严重"
                "的, rule 3); " + NODATE),
        A2([P6, "(三)", "2"], [], ["出让人", CYZS, "属地街道镇"], at=[P6, "(三)", "2."],
           note="「2.评估标准。…出让人、产业、招商部门应当对未达承诺税收的受让人及时发函提醒」: 发函 is no rule-2 verb, so the item "
                "names no unit of its own; its units come from the lead-in of (三) 「出让人、产业、招商部门负责开展项目达产情况评估，属地"
                "街道镇配合…」 — a rule-2 clause in the paragraph that opens a section gives its units to the items that name none "
                "(CONVENTIONS.md rule 4, closed in round 39): 负责 (responsible) and 配合 after a doer (responsible, round 34); no "
                "牵头: lead []; RULING?: an item whose bodies act only with verbs outside rule 2's list read as naming none (so it "
                "inherits); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区新型工业化办牵头会同有关部门及时报告产业用地管理协调工作情况", "when": "及时", "when_norm": None,
              "note": "意见 第二条: a report of the plan's lead office (CONVENTIONS.md plans-dev duties: report), no date"},
             {"what": "区新型工业化办会同有关部门集体会审后报区政府集体决策认定", "when": None, "when_norm": None,
              "note": "意见 第三条: a plan unit's sending to another body of the plan for decision (CONVENTIONS.md round 32 / "
                      "round 35; as plans-next158 x158_02 read 「报区政府审定」), no date"}],
     notes=["aligned round 65 to CONVENTIONS.md \"Round 92 rulings\" (Round 92 (governs, round 48's x221_02 and Round 89's "
            "x331_01 — tasks are counted to the 附件 line, round 30's two documents sharing one cover, not one attached to the "
            "other — over round 30 read for an attached 细则; p65d)): the cover forwards only the 意见 (「现将修订后的《…若干意见》印发"
            "给你们」); the 实施细则 is the 意见's 附件4 (its 附件 list 「附件：1.…」–「4.…」, then 「附件4」 and the 细则), an attachment "
            "after the 附件 line, so it is not counted: **36 → 18** (意见 only; 36 and the readings below stay accepted), and the four "
            "细则 samples (第七条(认定程序)(二)(四), 第八条(转让及退出)(一)(二)) and the 细则 第八条(一) duty are dropped. The earlier "
            "notes follow, their 细则 parts now describing an attachment.",
            "two documents under one cover (CONVENTIONS.md round 30 「Two documents under one cover」): the 意见 and, after "
            "「附件4」, the 实施细则, both counted in order; the cover's 附件 list 「1.…」–「4.…」 names attachments (not tasks); "
            "表1／表2 are blank forms (not tasks). The two documents number their articles alike (第一条–第七条 twice): every "
            "sample's path is its article's label with its heading, and its first words differ from those of the other "
            "document's article of that number — except 意见 第三条(园区平台认定) and 细则 第三条(园区平台责任), which open with the "
            "same words 「促进园区平台投资建设运营的园区加快产业转型」, so 意见 第三条 (「区新型工业化办会同区发展改革委、区规划资源局、区"
            "国资委、区生态环境局等有关部门…进行集体会审」: lead 区新型工业化办, responsible those five) is NOT sampled (the round-36 "
            "scorer note: a builder drops such a sample and says so)",
            "counting: 意见 第一条 (目的和依据) and 第七条 (附则: entry into force, validity) general provisions; 第二条 items 1.–10. → "
            "10 (its lead-in paragraph is the article's text, not a leaf); 第三条, 第四条 (「支持企业…」「…纳入全生命周期合同管理，明确…"
            "要求」 work with no doer), 第五条 → 3; 第六条 (一) (a requirement for projects), (二), (三) 1.–3. (the two paragraphs after "
            "3. are 3.'s body, round 32) → 5; 18. 细则 第一条 (目的依据), 第二条 (适用范围, a definition) general; 第三条(园区平台"
            "责任) a statement of aims with no doer and no work (round 33: no task in a plan whose tasks name units); 第四条 "
            "(一)–(四) support measures → 4; 第五条 (认定条件: conditions, a list that gives no work, round 35) and 第六条 (认定材料: "
            "an applicant's materials) → 1 each; 第七条 (一)–(四) steps → 4; 第八条 (一)–(四) → 4 and its closing paragraph 「上述"
            "受让企业和研发机构…退出时，应由园区平台…优先回购；…上述内容纳入土地出让合同…」 → 1 (round 40: a closing paragraph after a "
            "section's last item that gives its work); 第九条 (一)–(三) → 3; 第十条 entry into force; 18. **36**. Accepted: 35 "
            "(the closing paragraph as 第八条(四)'s body, round 32), 34 (without 细则 第五、六条, lists read as text only), 37 "
            "(with 第二条's lead-in paragraph, or 细则 第三条, as a task), 19 (without the items that name no unit, round 40)",
            "units: not sampled — 意见 第二条 2.–9. (each 「A负责…」: A), 第三条 (dropped, above), 第四条 (none), 第六条(一) (none), "
            "(三)1. and 3. (none of their own — 3.'s 「送达…并抄送…」「属地街道镇配合产业、招商部门开展…」 (配合 with no rule-2 doer, round "
            "34), 「产业、招商部门提出…意见」 — so both inherit (三)'s lead-in: 出让人, 产业、招商部门, 属地街道镇, rule 4); 细则 第四条 "
            "(一)–(四) (「支持…」「促进园区平台做好…」: none), 第五条 (conditions; 「园区平台公司应当…注册成立项目公司，负责园区运营管理」 "
            "a condition on the applicant, text: none), 第七条(一) (「区新型工业化办对…进行初审」 进行 without 由, round 37: none), (三) "
            "(a sending with no body: none), 第八条(三)(四) and the closing paragraph (「…退出时，应由园区平台…优先回购」 a case, "
            "rule 3; 「区政府有权指定机构…」 a right in a case: none), 第九条 (cases and 「实施协同监管」 with no subject: none)",
            "dates: none — 2025年1月23日 the cover; 「自2025年2月22日起执行，有效期至2028年2月21日」 validity (twice); 「1个月内」「到期"
            "前1年」「5年内」 limits counted from events (round 33: no deadline, no target); 2024年1月 a past document",
            "targets: 细则 第八条(二) 50% (不超过, sampled); not sampled: 第八条(三) 60% (「不得超过可转让物业的60%」), 第五条(三) "
            "20万平方米 and 10万平方米 (「原则上不低于」) and (四) 20年 (「20年以上」) — thresholds of the conditions (round 30 line); "
            "「可转让50%物业的支持政策」 (第九条(二)) names a policy (no comparison word); 「2+(3+6)+(4+5)」 a name's make-up "
            "(round 37: not targets); document numbers are not targets; no phases"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x165_03_jiading-2024-haimian-chengshi-guihua-jianshe-guanli-gongzuo-zhiyin.txt"
PLAN03 = "嘉定区海绵城市规划建设管理工作指引（试行）"
NOTICE03 = "关于印发《嘉定区海绵城市规划建设管理工作指引（试行）》的通知"
JW = "区建设管理委"

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 指引's own title (printed over two lines 「嘉定区海绵城市规划建设管理工作指引」「（试行）」), or the notice title "
                "(the first line): either is accepted",
     doc_no="嘉建管规范联〔2024〕3号 (from the index; the stored text prints no number)",
     issuer="上海市嘉定区建设和管理委员会 (jointly with 发展和改革委员会, 财政局, 规划和自然资源局, 交通委员会, 水务局, 绿化和市容管理局, "
            "住房保障和房屋管理局: eight issuer names on four lines)",
     date="2024-09-30 (the cover's date; the index gives 2024-10-09)",
     level="district bureaus (Shanghai Jiading, eight jointly), to 各有关单位",
     source=shanghai_source(FOLDER, "关于印发《嘉定区海绵城市规划建设管理工作指引（试行）》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_197518&siteId=0080", 5920),
     style="a cover (eight issuers two a line with runs of ASCII spaces, 2024年9月30日) then the 指引 (title over two lines) "
           "in points 一、–六、: 一、定义及适用范围 and 二、遵循原则 childless, 三、管理体制 childless with named bodies, 四、管理流程 a "
           "lead-in and items （一）–（十） headed on their own lines over paragraphs that open with bodies (区建设管理委, 建设单位, "
           "设计单位, 施工单位, 监理单位, 海绵设施维护管理单位 …), 五、其他 （一）–（三）, 六、附则; 附件1 a flow chart with no text and 附件2 "
           "a two-column table 责任部门／职责分工 flattened one cell a line (nine rows, no row numbers)",
     leaf_tasks=14, count_alternatives=[13, 9, 8],
     leaf_tasks_by_section={"三、": 1, "四、 （一）–（十）": 10, "五、 （一）–（三）": 3},
     attachment_task_rows=9,
     childless_top_level_sections=["一、定义及适用范围", "二、遵循原则", "六、附则"],
     samples=[
        S(["三"], [JW], [JW, "各行业主管部门", "区发展改革委", "区规划资源局", "区财政局", "区绿化市容局", "区水务局", "区交通委",
                         "区住房保障和房屋管理局"], lead_alternatives=[[]],
          note="a childless point that gives work to doers by rule 2 is a task in a document of numbered items too (CONVENTIONS.md "
               "round 36); 「区建设管理委负责指导推进…，会同各行业主管部门协同制定海绵城市年度建设项目计划…，定期组织检查评估」: A负责指导 "
               "is A负责 (round 30) and " + MEET + "; 「区发展改革委、…、区住房保障和房屋管理局等各主管部门按照各自职责，负责…」: the "
               "subject of 负责, seven names with separate heads, the tail 等各主管部门 dropped (round 35); 「区住房保障和房屋管理局」 "
               "one name (round 35: 和 inside a body's name); the heading 管理体制 gives out work too (round 35) — the same bodies; "
               "「定期」「年度」 rhythms; " + NODATE),
        S(["四", "（一）"], [], [JW], lead_alternatives=[[JW]],
          note="「区建设管理委组织修编海绵城市建设规划，…组织编制片区海绵城市建设系统方案，进一步分解落实…」: A组织＋work and the subject "
               "of 落实 (CONVENTIONS.md rule 2; round 34 组织＋work) — " + SUBJ + "; " + NODATE),
        S(["四", "（二）"], [], ["区规划资源局", "各行业主管部门"],
          note="「区规划资源局在单元规划、镇总规和新编控规阶段，就…进行征询…，落实海绵城市建设内容和相关要求」 and 「各行业主管部门在编制"
               "…专项规划时，应与海绵城市建设规划充分衔接，落实海绵城市建设要求」: the subjects of 落实 (CONVENTIONS.md rule 2), a "
               "named body and a kind (round 32); several clauses, in printed order; no 牵头: lead []; " + NODATE),
        S(["四", "（四）"], [], [JW, "区水务局", "管理部门", "建设主体"],
          note="「由区建设管理委及区水务局对建设单位落实…的建设情况实施监管」 (由A＋实施; 「A及B」 two names, round 34; 建设单位 inside "
               "the noun's description, round 30) and 「其他项目，由管理部门或建设主体书面征询区建设管理委有关海绵城市建设方面的意见」 "
               "(round 35: 「由建设单位书面征询…意见」 is work, a doer; 「由A或B…」 both, round 30) — the item's work split by the "
               "kind of project (round 34 / round 40: all of them); 「区规划资源局应要求建设单位征求…」「区规划资源局应征询…，并将…纳入"
               "土地出让合同」 — 要求, 征询, 纳入 (" + CLOSED + "): 区规划资源局 no unit of this item; 「鼓励…」 no doer; no 牵头: "
               "lead []; " + NODATE),
        S(["四", "（六）"], [], [],
          note="「区建设管理委加强本区建设工程海绵城市施工图审查的事中事后监管，采取“双随机一公开”方式，每年对…进行专项检查」 — 加强, "
               "采取, 进行 (" + CLOSED + "); 「施工图审查机构应…强化…审查」「审查机构不予颁发审图合格证」 (no rule-2 verb) — "
               + NONE + "; a task as " + NOUNIT + "; 「每年」 an inspection rhythm (plans-dev 08: not a duty; round 34: no "
               "deadline); " + NODATE),
        S(["四", "（七）"], [], ["建设单位", "设计单位", "监理单位"],
          note="「建设单位对建设项目的海绵城市建设负首要责任」 — RULING?: read as a designation like 「A负总责」「A负技术责任」 "
               "(CONVENTIONS.md round 35: A a doer); 「设计单位应…落实海绵城市建设管控要求，并对设计质量负责」 (the subject of 落实 and "
               "负责, rule 2); 「监理单位…对海绵城市施工质量实施监理」 (the subject of 实施); rule 2 does not ask who the body is (round "
               "34); 施工单位 (编制, 施工, 使用, 做好, 保存, 提交) and 「区建设管理委、区交通委、区水务局、区绿化市容局应加强…，督促相关"
               "单位落实…」 (加强; 督促 a pivot) are no units by the closed list (" + CLOSED + "); 「建设单位组织施工单位、监理单位开展"
               "…检查时」 组织 inside a 时 clause is not the item's verb (round 38); no 牵头: lead []; " + NODATE),
        S(["四", "（八）"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          note="「工程建设过程中，建设单位应组织设计单位、施工单位、监理单位开展海绵城市建设质量安全检查」: 「A组织B＋verb」 — A a doer, "
               "the objects of the pivot no units (CONVENTIONS.md round 30) — " + SUBJ + "; 「建设单位组织勘察、设计、施工、监理单位开展"
               "竣工验收时」「建设单位组织编制竣工验收报告时」 组织 inside 时 clauses (round 38); 「建设单位不得组织竣工验收」 a prohibition; "
               "「区建设管理委应加强…」「区建设管理委、区交通委、区水务局、区绿化市容局应加强…，…进行抽查」 (" + CLOSED + "); 「各相关行业"
               "管理部门不得提供…」 a prohibition; 「建设各方应形成…一并提交」 a regulated party's filing (round 32); " + NODATE),
        S(["四", "（九）"], [], ["管养单位"], lead_alternatives=[["管养单位"]],
          note="「…海绵设施建成后同主体工程同步移交，并由相应的管养单位负责维护」: 由A负责 (CONVENTIONS.md rule 2); a 的-phrase before "
               "a name describes it (round 34: the unit is the name after the last 的) — " + SUBJ + "; 「各行业主管部门…完善…标准和管理"
               "制度」 完善 and 「海绵设施维护管理单位应…建立健全…，做好…」 (" + CLOSED + "); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、定义及适用范围 (definition and scope) and 二、遵循原则 (a principle) are general provisions (CONVENTIONS.md "
            "round 30 / round 34); 三、管理体制 childless but gives work to doers → 1 (round 36; 13 without it accepted: a "
            "childless section, plans-dev EXPECTED.md lines 21–25); 四、 lead-in (no doer, no task) and （一）–（十） → 10; 五、其他 "
            "（一）–（三） → 3 (items that give work, round 38 / round 39); 六、附则 (trial period and validity) general; **14**. "
            "Attachment rows: 附件2's table has nine rows (区建设管理委, 区交通委, 区水务局, 区绿化市容局, 区发展改革委, 区财政局, "
            "区规划资源局, 各街镇, 建设主体 — each a 责任部门 cell then its 职责分工 cell), a second list of the bodies' duties: "
            "`attachment_task_rows` 9 (so 23 is accepted as well); the table has no row numbers, so no row is sampled. Accepted: "
            "13, and 9 / 8 (without the items that name no unit, round 40: 四/（五）, 四/（六）, 四/（十）, 五/（二）, 五/（三）, and 五/"
            "（一） where 「由各级财政统筹安排」 is read as a payer)",
            "units: not sampled — 四/（三） (「各行业主管部门在立项、工可环节中…进行把关，要求项目审批部门…进行审核，并落实相关预算」: "
            "the subject of 落实 read as 各行业主管部门, the pivot's object 项目审批部门 not — round 30), 四/（五） (「建设单位应…明确…」, "
            "「区规划资源局…征询区建设管理委意见」, 「区交通委、区水务局、区绿化市容局…征询…意见」: 明确, 征询 — none), 四/（十） (「海绵设施维护"
            "管理单位应…进行监测，配备专人管理」; 「鼓励第三方机构…」: none), 五/（一） (「后续运行维护经费由各级财政统筹安排」 — funds "
            "with 统筹安排, a verb of doing (round 35 / round 37), 各级财政 a doer; 「…费用原则上由建设单位和管养单位自行落实」 — a cost "
            "「由A自行负责」 names a payer (round 33): 各级财政 alone — not sampled, the payer line is thin), 五/（二）（三） (no "
            "subject: none)",
            "dates: none — 2024年9月30日 the cover (the index: 2024-10-09); 「自2024年11月1日起试行，有效期至2026年10月31日」 a trial "
            "period and validity (not a deadline); 「定期」「每年」「年度」 rhythms",
            "targets: none — 「GB50300-2013」 a standard number, 「2018-2035」 a plan's period in its name, document numbers "
            "(沪府办〔2015〕111号 …); no phases; no duties (「定期组织检查评估」「每年…专项检查」 are inspections, not reporting, "
            "plans-dev 08; 「提交海绵设施建设竣工资料」 a regulated party's filing, round 32)",
            "near twin check: plans-next143 x143_04 (闵行) and x143_01 (宝山), plans-next123 x123_04 (金山) and x123_02 (奉贤) are "
            "other districts' 海绵城市规划建设管理 rules after the same city 办法 (沪住建规范联〔2023〕11号); this text shares 13.7 %, "
            "13.1 %, 10.7 % and 10.5 % of its 10-character runs with them — another district's own text, not a near twin "
            "(round 36: another year's issue of one document); plans-dev 06 (嘉定's 系统化全域推进 实施方案) is another document"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x165_04_jiading-2024-gongcheng-jianshe-xiangmu-linshi-yongdi-guanli-tongzhi.txt"
PLAN04 = "关于规范嘉定区工程建设项目临时用地管理的通知（修订）"
GH4 = "区规划资源局"
XZ = "相关镇人民政府"
JD = "街道办事处"
GWH = "管委会"
SYR = "土地所有权人"
SYQ = "使用权人"
LSR = "临时用地使用人"

plan(X04,
     title=PLAN04,
     title_note="the notice is itself the rules (no separate plan title)",
     doc_no="嘉规划资源通〔2024〕8号 (from the index; the stored text prints no number)",
     issuer="上海市嘉定区规划和自然资源局",
     date="2024-05-31",
     level="district bureau (Shanghai Jiading), to 各镇人民政府、街道办事处，嘉定工业区、菊园新区",
     source=shanghai_source(FOLDER, "关于规范嘉定区工程建设项目临时用地管理的通知（修订）.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_197515&siteId=0080", 5984),
     style="a notice whose own points 一、–五、 are the rules, each with run-in items 「1、科学合理选址。…」 (一、's 1、–3、 a list of "
           "kinds of land); paragraphs after 三、2、, 三、8、 and 四、4、; a closing line 「本次修订2023年12月1日执行版本，有效期同上。」, "
           "issuer and date; then 附件 — rent standards (three district lines 「…：2万-4万元每亩每年」, two flattened tables 序号／"
           "各镇街道／年租金 of twelve rows each, a deposit line 「建议最低10万元每亩」) and a blank contract form 「临 时 用 地 合 同」 "
           "with its own 第一条–第八条, runs of ASCII spaces for blanks and 「£现金 £转账」 check boxes",
     leaf_tasks=20, count_alternatives=[21, 23, 16, 5],
     leaf_tasks_by_section={"二、 1、–4、": 4, "三、 1、–9、": 9, "四、 1、–4、": 4, "五、 1、–3、": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["三", "2"], [], [XZ, JD, GWH, LSR, "镇（村）集体经济组织", "村民委员会", "土地储备机构", "相关街镇", "管委会土地管理部门"],
          responsible_alternatives=[[XZ, JD, GWH, LSR, "镇（村）集体经济组织", "村民委员会", "土地储备机构",
                                     "相关街镇、管委会土地管理部门"]],
          note="aligned round 41: 「相关街镇、管委会土地管理部门」 two names as printed (相关街镇, 管委会土地管理部门), the one-name "
               "reading accepted (CONVENTIONS.md \"Round 41 rulings, written early\", Names); the builder's note: 「其中临时使用未确定使用权的国有土地的，由相关镇人民政府、街道办事处、管委会与临时用地使用人签订临时用地合同…；临时使用"
               "农村集体所有土地的，由临时用地使用人与镇（村）集体经济组织或村民委员会签订…；临时使用储备土地的…，由临时用地使用人与土地"
               "储备机构签订…」: 「由A…与B签订」 — A a doer, B a co-signatory read like 会同 (responsible) (CONVENTIONS.md round 40), "
               "and the work split by the kind of land gives all of them (round 40, not cases); 「相关镇人民政府、街道办事处、管委会」 — "
               "a shared modifier stays with the first name (round 40); 「A或B」 both (round 30); 「土地复垦费预存金…由相关街镇、管委会"
               "土地管理部门收取」 (由A＋a verb of doing, round 34; 收取 is no cost verb of a payer, round 37) — RULING?: 「相关街镇、"
               "管委会土地管理部门」 read as one name, two kinds sharing the head 土地管理部门 (round 31 fields sharing one head; round "
               "30 「市、区X部门」; the contract form's 丙方 「所在街镇、管委会土地管理部门」), not 相关街镇 and 管委会土地管理部门; 「临时用地"
               "使用人应当与有关土地所有权人或使用权人签订…」 签订 without 由 (" + CLOSED + "): those owners no units; no 牵头: lead []; "
               + NODATE),
        S(["三", "3"], [], [],
          note="「临时用地使用人向区规划资源局提出临时用地申请」 an applicant (CONVENTIONS.md round 30: no unit; 区规划资源局 receives, "
               "rule 3); 「区规划资源局应在收到材料之日起6个工作日完成现场踏勘及审批工作」 — 完成 (" + CLOSED + ") — " + NONE + "; a "
               "task as " + NOUNIT + "; 「6个工作日」 a limit counted from an event with no comparison word (round 33: neither a "
               "target nor a deadline); the materials are a list that gives no work (round 35); " + NODATE),
        S(["三", "4"], [SYR, SYQ], [SYR, SYQ, "土地勘测定界部门"], lead_alternatives=[[]],
          note="「临时用地经批准后，由土地所有权人或使用权人会同具备相关资质的土地勘测定界部门实地确定临时用地范围，并埋设界桩，提供临时"
               "用地」: " + MEET + " — A is 「土地所有权人或使用权人」, two names (「A或B」, round 30; the shared modifier 土地 stays with "
               "the first, round 40), both the lead; the 的-phrase describes the partner (round 34: 土地勘测定界部门); 「临时用地使用人应在"
               "批准范围内…使用土地」 使用 (" + CLOSED + "); 「经批准后」 a time clause; " + NODATE),
        S(["三", "8"], [], [], [(2, "年"), (4, "年")],
          note="「临时用地使用期限一般不超过两年。建设周期较长的…基础设施施工使用的临时用地，期限不超过四年。」: ceilings of a standard "
               "joined to 不超过 — targets (CONVENTIONS.md round 30 line; round 33: a time limit with a comparison word), written in "
               "words; the paragraph after 8、 (「全部为国有建设用地的临时用地，需办理…」) is 8、's body (round 32); " + NONE + "; a task "
               "as " + NOUNIT + "; 「从批准之日起算」 no date; " + NODATE),
        S(["四", "1"], [], [LSR], lead_alternatives=[[LSR]],
          note="「临时用地使用人在临时用地恢复土地原状或实施复垦后，委托第三方单位完成土壤和地下水检测」: a pivot without 由 「A委托B…」 "
               "reads as 「由A委托B」 — A a doer, B no unit (CONVENTIONS.md round 35); rule 2 does not ask who the body is (round "
               "34: a regulated party with a rule-2 form is a doer; this is its work, not an application) — " + SUBJ + "; 「…后」 a "
               "time clause, no date; " + NODATE),
        S(["四", "3"], [GH4], [GH4, XZ, JD, GWH, SYR, SYQ], lead_alternatives=[[]],
          note="「区规划资源局会同相关镇人民政府、街道办事处、管委会和土地所有权人或使用权人等，在收到材料之日起5个工作日完成进行现场验收」: "
               + MEET + "; 「A和B」 two names (round 34), 「A或B」 both (round 30), a shared modifier stays with the first name "
               "(round 40), the final 等 dropped; 「5个工作日」 a limit from an event (round 33: no target, no deadline); " + NODATE),
        S(["五", "2"], [GH4], [GH4, XZ, JD, GWH],
          note="「对于临时用地违法违规行为，由区规划资源局牵头查处」: 「由A牵头」 — lead A (CONVENTIONS.md rule 2); 「相关镇人民政府、街道"
               "办事处、管委会作为属地责任单位应及时制止并督促临时用地使用人…完成整改」: a designation 「由A作为主责单位」 (round 32) makes "
               "them doers (responsible); 临时用地使用人, the object of 督促, no unit (round 30); 责任人 a person (round 30); "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区规划资源局在临时用地批准后20个工作日内将批准文件、合同等传至自然资源部临时用地信息系统备案",
              "when": "临时用地批准后20个工作日内", "when_norm": None,
              "note": "三、5、: a plan unit's filing (CONVENTIONS.md plans-dev duties: file), a limit counted from an event, no date"},
             {"what": "临时用地出租人和所在政府方发现违反合同的行为及时报告所在镇人民政府、街道办事处、管委会和区规划资源局",
              "when": "及时", "when_norm": None,
              "note": "五、1、: a plan body's sending to other bodies of the plan (CONVENTIONS.md round 32 / round 35), no date"}],
     notes=["counting: 一、临时用地适用范围 is a definition and scope, its 1、–3、 a list of kinds of land that gives no work "
            "(CONVENTIONS.md round 30 / round 35: no tasks); 二、 1、–4、 → 4 (rules of siting, farmland, scale and environment "
            "that give work with no doer); 三、 1、–9、 → 9 (the paragraphs after 2、 and 8、 their bodies, round 32); 四、 1、–4、 → 4 "
            "(the paragraph 「验收不通过的，…」 after 4、 continues 4、's cases 「验收通过的，…」: 4、's body, round 32); 五、 1、–3、 → 3; "
            "the closing 「本次修订2023年12月1日执行版本，有效期同上」 is entry into force (general); the 附件 (rent standards, a "
            "contract form with its own 第一条–第八条) holds no tasks; **20**. Accepted: 21 (the paragraph after 四、4、 as one more "
            "task, round 40), 23 (with 一、's three kinds as items), 16 (without 二、's four rules), 5 (without the items that name "
            "no unit, round 40)",
            "units: not sampled — 二、1、–4、 (「须经相关部门同意」 a body that approves, rule 3; 「业主单位签订承诺书」 inside a condition: "
            "none), 三、1、 (「临时用地使用人应按要求编制…」 编制: none), 三、5、 (「区规划资源局应当…传至…备案」 a filing: none, the duty "
            "below), 三、6、7、9、 (none: 拆除, 完成, 申请 — a regulated party's acts and an applicant), 四、2、 (「未在规定期限内…的，由收取"
            "土地复垦费预存金的部门代为组织实施」 a case, rule 3: none), 四、4、 (cases: none), 五、1、 (「临时用地出租人和所在政府方应加强…"
            "监管」 加强; the report is a duty: none), 五、3、 (「区规划资源局应对…责令限期整改」 责令: none)",
            "dates: none — 2024年5月31日 the notice; 「2023年12月1日执行版本」 the earlier version; 「6个工作日」「20个工作日内」"
            "「三个月内」「九个月内」「5个工作日」「1个月内」「复垦期满前三个月」 limits counted from events (round 33: no deadline)",
            "targets: 三、8、 两年, 四年 (不超过, sampled); not sampled: 二、/三、2、 「原则上不低于本市耕地开垦费标准」 (no figure); the "
            "附件's rents (2万-4万元每亩每年 …, 36862 …) and deposit 「建议最低10万元每亩」 are the attachment's reference standards "
            "(not a task's); no phases"])

write_collected(DIR)
