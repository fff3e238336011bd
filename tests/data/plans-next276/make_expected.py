# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next276/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 54 (built by helper c276): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the "Round 62 rulings", "Round 63 rulings, written early" and "Round 64 rulings" included) applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next276/make_expected.py tests/data/plans-next276
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = shanghai_source


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """An article sample: its line and first words found by ``article_in``."""
    return S(path, lead, resp, targets, **art(file, path), **kw)


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
GENART = ("round 30 (articles of general provision): purpose and basis, scope, definitions, the interpreting body and "
          "entry into force are no tasks; a count with them is accepted")
ART44 = ("round 44 (decided): in 第X条 articles a named body standing as the subject of the article's verb of doing is a "
         "doer whatever the verb; verbs of being or having name none; round 54 (r48b) and round 62: a party named by a kind "
         "is a doer by any verb of doing in an article, the verb decides (applying, filing or reporting on itself, paying, "
         "options, a review of a submission name none)")
R2BY = "rule 2: the agent of 由 with any verb of doing is a doer (round 30 clarifications; round 34)"
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("round 30 clarifications: outside 第X条 articles rule 2's forms are a closed list (负责／具体负责／主责／实施／落实, "
          "组织＋work, 由A＋a verb of doing, 牵头, 会同／协同／联合) — the subject of any other verb (完成, 开展 without 组织, 进行) is "
          "not a unit; round 44 (decided): outside articles the closed list stands; round 63 (x268_02)")
ARTICLE = ("round 45: headed points that read like articles (a procedure) are not articles — the closed-list reading is the "
           "answer and the article reading (the subjects of any verb of doing) is accepted beside it (`responsible_alternatives`)")
PLACE = ("round 43 / round 44: a town or city speaking of itself 「镇将…」「我镇」「我市」「本区／我区」 stays a place, no unit "
         "(round 48's x225_04; round 55's x241_04) — read so for 「我街道」 (RULING? 1: round 30's issuer self-reference "
         "「我委」「本局」 is a unit; the place reading is the answer, the street as a unit accepted)")
NAMED = ("round 48 (x225_04 「崇明区应当制定…」 in rules co-issued with 崇明区人民政府) and round 55 (x241_04 「由xx镇统一安排」): a "
         "district or town named by its name is a body, a doer by an article's verb of doing (round 44); only 本区／我区／我镇 "
         "speaking of itself is a place — the place reading accepted, as round 48 accepts it")
PIVOT = ("round 30 clarifications: the object of a pivot verb 「组织B开展」「协调A、B落实」「委托B负责」 is not a unit (the pivot's "
         "subject is the doer)")
RECV = "rule 3: a body that only receives, approves or guides 「报A备案」「向A申请」「经A同意」「在A…监管下」 is not a unit"
CLASS = ("round 58 / round 60 / round 64 (x95_02, x215_01): a band inside a noun naming the class of works a rule picks "
         "「…以上的小型建设工程项目」 is a class, not a target (round 51's x237_01)")
TRIG = ("round 30's line: a quantity joined to a comparison word in a condition clause of its own 「…超过…的，由…」 triggers a "
        "step: a target (round 51: a condition clause of its own is a trigger)")
LIMIT = ("round 33 (targets): a limit counted from an event with no comparison word 「15个工作日内」 is the item's deadline "
         "rule, not a target, and gives no deadline (round 34)")
HEADED = ("round 34 (written early): in a document whose headed points are its only structure for most of its work, a childless "
          "point whose text gives work (a rule-2 doer, or 「应当…」) is a task")
FILING = ("round 32 / round 62: a regulated party's filing, application or report on itself names no unit; 应 with its act "
          "gives work though no unit is named (round 55's x248_03; round 63's x270_01): a task naming no unit")
SEVERAL = ("round 48 confirmed (s48b): an article with no numbered items whose sentences or paragraphs each give work is one "
           "task, its units every doer in printed order (rule 2's several clauses)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x276_01_gumeilu-2021-xiane-yixia-xiaoxing-jianshe-gongcheng-shishi-xize.txt"
P01 = "古美路街道限额以下小型建设工程实施细则"
a01 = partial(A, X01)

plan(X01,
     title=P01 + "（关于印发《" + P01 + "》的通知）",
     title_note="the rules' own title (line 10) or the notice title (line 1): either",
     doc_no="闵古办〔2021〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="闵行区古美路街道办事处 (the signature; the index: 上海市闵行区人民政府古美路街道办事处)",
     date="2021-01-15",
     date_note="the cover is signed 2021年1月15日; the index dates it 2021-01-18",
     level="a street office (Shanghai Minhang, Gumei Road street), rules for its small construction works under the "
           "district's threshold: contracting by a preselected list, site visas, supervision, performance reviews",
     source=src("工程建设管理", "关于印发《古美路街道限额以下小型建设工程实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=8D4C2E83-3697-11ED-9C78-D153B5173FE7&siteId=0079", 2101),
     style="a cover (addressees, one sentence 「…请认真遵照执行。」, 「特此通知。」, signature, date); the rules' title; a preamble; "
           "第一条–第七条, each one paragraph on one line 「第一条 …」 (第三条 two paragraphs; 第五条 with run-in （一）–（三） inside "
           "its line); a closing 「本实施细则即日起执行。」; a list of eight attachments 1.–8. (names only, not stored)",
     leaf_tasks=4, count_alternatives=[5, 6, 7, 12],
     leaf_tasks_by_section={"第四条–第七条": 4},
     childless_top_level_sections=[],
     samples=[
        a01(["第四条"], [], [], responsible_alternatives=[["我街道"]],
            note="「我街道从中选取…七个专业共计47家单位组成我街道限额以下简易程序名录库。同时制定《…管理办法》」 — the street as the "
                 "subject of 选取 / 制定 in an article (" + ART44 + "), but " + PLACE + "; 47家 not checked; " + NODATE),
        a01(["第五条"], [], ["监理", "施工方", "我街道职能部门"], [(10, "%"), (20, "%")],
            responsible_alternatives=[["监理", "施工方", "我街道职能部门", "项目申请部门"]],
            note="「由监理、施工方及我街道职能部门当场共同签署确定」 — " + R2BY + " (「由A与B签订／共同＋verb」: all doers, round 30); "
                 "「由项目申请部门负责人及申请部门分管领导签字确认」 — persons, never units (round 30); 「由项目申请部门提交主任办公会讨论"
                 "确认」 — a submission inside a case (rule 3; round 62: a submission names none), accepted beside; targets: 「项目签"
                 "证合计金额超过合同10%以下的」「…10%以上，20%以下的」「…20%以上的」 — " + TRIG + " → 10%, 20%; " + NODATE),
        a01(["第六条"], ["发展办"], ["发展办"], lead_alternatives=[[]],
            responsible_alternatives=[["发展办", "各职能部门"], ["发展办", "我街道"], ["发展办", "各职能部门", "我街道"]],
            note="「我街道由发展办牵头，协调各职能部门加强…现场监管」 — 「由A牵头」 (rule 2): lead and responsible 发展办; 各职能部门 is "
                 "the object of 协调 (" + PIVOT + "; round 63's x272_07 reads a pivot's objects as units only under a work heading) "
                 "— accepted beside; 「我街道将委托第三方专业监理机构…」「我街道还将…制定…」 — " + PLACE + "; the third party the object "
                 "of 委托; " + NODATE),
        a01(["第七条"], [], ["职能部门"], lead_alternatives=[["职能部门"]],
            note="「职能部门对承包商及时进行履约评价，并在…系统中在线填报」 — 职能部门 the subject of 进行 (a verb of doing) in an "
                 "article (" + ART44 + "): responsible; " + ONE_LEAD + "; 填报 of the evaluation into the district system is part of "
                 "the work, no duty checked; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (an article without numbered children is a leaf): " + GENART + ": 第一条 (a definition 「…是指…」) is left "
            "out. 第二条 (「承发包工作统一在…系统上操作，…流程详见附件1及附件2」) and 第三条 (「…实行预选承包商名录制度，…的建设工程采用名录库"
            "范围内公开发包，…实行发包备案制」) state the scheme's terms with no doer and no 要／应 (round 46; round 57's x251_01; round "
            "62: 「按照…执行」 without 应当／必须 is terms; round 63's x268_03): read as no tasks (RULING? 2). 第四–七条 give work → "
            "**4**. Accepted: 5 (第三条 a task), 6 (第二、三条), 7 (with 第一条), 12 (7 + 第五条's run-in （一）–（三） as items). "
            "The closing 「本实施细则即日起执行」 is the entry into force; the attachment list 1.–8. names documents (round 37's list "
            "of what a document contains), no tasks.",
            "units: " + PLACE + "; 区建管委 and 区级部门 in 第三条 only receive or approve (" + RECV + ")",
            "figures: not checked: 100万元 (第一条's definition), 30万元 (第二、三条, classes and a boundary with no comparison "
            "word in 第二条), 47家 (第四条); 10%, 20% (第五条, triggers) checked; document numbers 闵府规发〔2017〕2号, 闵府办发〔2020〕42号, "
            "闵建管〔2020〕55号 are no targets",
            "dates: 2021年1月15日 (the cover) only; no deadline, no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x276_02_lingang-2020-shuili-jiben-jianshe-gongcheng-xiangmu-shenpi-zhidu-gaige-shidian-shishi-xize.txt"
P02 = "临港新片区水利基本建设工程项目审批制度改革试点实施细则（试行）"
ST = "生态和市容管理处"
FZ = "发展改革处"
GZ = "规划和自然资源处"
XMFR = "项目法人（建设单位）"

plan(X02,
     title=P02 + "（关于印发《" + P02 + "》的通知）",
     title_note="the rules' own title (line 15) or the notice title (lines 1 and 3, printed twice): either",
     doc_no="沪自贸临管委〔2020〕796号 (printed on line 5)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2020-10-10",
     date_note="the cover is dated 2020年10月10日 (the index the same)",
     level="the Lingang Special Area's administrative committee (Shanghai), rules of a pilot reform of approvals for the "
           "area's water-conservancy construction projects: four approval stages, reserve and implementation lists, time "
           "limits, the committee's offices' duties, requirements",
     source=src("工程建设管理", "关于印发《临港新片区水利基本建设工程项目审批制度改革试点实施细则（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=69f1e1d359fc4d638655b4963c2b338d&siteId=0058", 5078),
     style="the notice title twice, the document number, addressees, one paragraph, signature and date; the rules' title; a "
           "preamble; 一、–十一、 heading lines over paragraphs (blank lines between all), 一、 with a list （一）（二） of excluded "
           "projects, 四、 with （一）–（三） heading lines over one paragraph each, 十、 with （一）–（四） heading lines over 1.–2. "
           "run-in items; 十一、 the entry into force",
     leaf_tasks=16, count_alternatives=[8, 13, 17, 18],
     leaf_tasks_by_section={"三、": 1, "四、（一）–（三）": 3, "五、": 1, "六、": 1, "八、": 1, "九、": 1, "十、": 8},
     childless_top_level_sections=["二、办理事项、实施流程", "七、立项用地规划许可、工程建设许可"],
     samples=[
        S(["三"], [ST], [ST, "各审批部门"], lead_alternatives=[[]], responsible_alternatives=[[ST]],
          note=HEADED + "; 「由生态和市容管理处负责组织、督促、协调落实，牵头各审批部门制定、更新并公布…标准规范和办事指南」 — 由A负责 "
               "(rule 2) and 「A牵头B＋verb」: lead A, the bodies it leads responsible as 「A会同B」 gives them (rule 2; RULING? 3: "
               "各审批部门 as the object of a pivot, no unit, accepted: " + PIVOT + "); the second paragraph 「…按照…的规定执行」 "
               "points to other rules (round 34's 参照); " + NODATE),
        S(["四", "（一）"], not_targets=[(7, "个工作日")],
          note="四、办理时限's items set the time each stage's approval takes 「…7个工作日内办理审批」: numbered leaves that give the "
               "approval's work its pace, tasks naming no unit (no body named; RULING? 4: read as the scheme's terms, count 13, "
               "accepted); " + LIMIT + "; " + NODATE),
        S(["四", "（三）"], not_targets=[(30, "个工作日")],
          note="「按照…原则，30个工作日内办结」 — as 四、（一）: a task naming no unit; " + LIMIT + "; " + NODATE),
        S(["五"], [], [FZ, ST], responsible_alternatives=[[FZ, ST, "各项目责任单位"]],
          note=HEADED + "; 「发展改革处负责项目储备清单实施管理，生态和市容管理处负责初审和申报储备项目」 — two 「A负责…」 clauses (rule "
               "2, several clauses in order); 「各项目责任单位应当提前开展…工作」 — 开展 without 组织 (" + CLOSED + "); 「发展改革处批复"
               "项目建议书」 — 批复 outside the list, 发展改革处 named already; " + ARTICLE + "; " + NODATE),
        S(["六"], [GZ], [GZ, ST], lead_alternatives=[[]],
          note=HEADED + "; 「规划和自然资源处牵头建立并管理项目实施清单。生态和市容管理处协同配合…」 — 「A牵头…，B配合」 (rule 2): lead A, "
               "responsible A, B; 「推进项目法人（建设单位）开展相应工作」 — a pivot's object (" + PIVOT + "); the project legal "
               "person's 「可以自行决定…」「可开展…」 are options (round 30); 「委托经发展改革处、生态和市容管理处认定的第三方评估机构」 — "
               "bodies inside a noun's description (round 30); " + NODATE),
        S(["八"], [], [XMFR], lead_alternatives=[[XMFR]],
          responsible_alternatives=[["项目法人"], [XMFR, ST], ["项目法人", ST]], not_targets=[(15, "个工作日"), (7, "个工作日")],
          note=HEADED + "; 「由项目法人（建设单位）自主确定工程开工」 — " + R2BY + " (round 62: rule 2 does not ask who the body is; "
               "deciding the start is work, no filing); the name as printed with its bracket (round 62's 区各部门(单位)), the short "
               "name accepted (round 48: one body printed two ways); 「应当向临港新片区建交中心进行开工备案」「应当向新片区管委会提出初步"
               "设计审批申请」 — " + FILING + "; 「生态和市容管理处应当在7个工作日内完成初步设计审批」 — 完成 (" + CLOSED + "); " + ARTICLE
               + "; " + LIMIT + " (15个工作日内, 7个工作日内); " + NODATE),
        S(["九"], [], [], [(6, "个月")], responsible_alternatives=[["项目法人", ST, "建设和交通管理中心"]],
          not_targets=[(8, "个工作日")],
          note=HEADED + " (「竣工验收应当在…1年内进行」, 「…应当完成…准备工作」); 「经生态和市容管理处同意」 (" + RECV + "); 「项目法人…应当"
               "完成…」「生态和市容管理处、建设和交通管理中心…应当在8个工作日内完成竣工验收条件审核」 — 完成 (" + CLOSED + "): no unit; "
               + ARTICLE + "; target: 「可以适当延长期限，但最长不得超过6个月」 — 最长／不超过 (round 30's line; round 32's 「最长五年」) "
               "→ 6个月; 1年内, 8／15／7个工作日内: " + LIMIT + "; " + NODATE),
        S(["十", "（二）", "1"], [], [], [(7, "个工作日"), (10, "个工作日")],
          note="round 39: a 工作要求 section whose items give work is the plan's work (tasks; a count without 十、 accepted, 8); "
               "「压缩评价评估时限，原则上不超过7个工作日，技术难度特别复杂的不超过10个工作日」 — 不超过 (round 30's line: 原则上不超过) "
               "→ 7个工作日, 10个工作日; no body named: lead [], responsible []; " + NODATE),
        S(["十", "（三）", "1"],
          note="round 39 (a 工作要求 item that gives work); 「相关受理窗口服务单位应当完善管理服务工作，…及时修订…，定期分析、汇总和发布…」 — "
               "完善／修订／发布 are outside rule 2's list in a headed point of requirements (" + CLOSED + "; round 63's x268_02: no "
               "alternative owed outside a procedure): no unit; 「定期…发布…常见问题」 is no sending to a plan body (no duty); "
               + NODATE),
        S(["十", "（四）", "1"],
          note="「依托…系统，全面推行…监管模式，…建立完善…制度，并按照职责分工开展审批和事中事后监管工作」 — no subject, no body: "
               "lead [], responsible []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: " + HEADED + ". 一、实施范围 is scope (its （一）（二） a list of excluded projects, text: round 35's lists "
            "that give no work) and 十一、 the entry into force (" + GENART + "); 二、 (the stages and lists the procedure has, 「每一"
            "阶段项目法人按照规定简化办理手续」 an applicant's) and 七、 (「按照…的规定执行」, 「…可在…后提前启动」 an option) state the "
            "scheme with no doer and no 应: no tasks; 三、 1; 四、（一）–（三） 3; 五、 1; 六、 1; 八、 1; 九、 1; 十、（一）–（四） 1.–2. 8 → "
            "**16**. Accepted: 8 (十、 read as a requirements section that calls), 13 (四、's limits as terms, RULING? 4), 17 "
            "(二、 a task), 18 (二、 and 七、).",
            "units: 生态和市容管理处, 发展改革处, 规划和自然资源处 are the committee's offices; 临港新片区建交中心 / 行政服务中心 / 建设和"
            "交通管理中心 are windows that receive filings (rule 3); the project legal person is a doer only by 由A＋verb in 八、",
            "figures: targets 6个月 (九、), 7个工作日 and 10个工作日 (十、（二）1); not targets: every 「N个工作日内」 limit with no "
            "comparison word (四、, 八、, 九、), 1年内, 四个审批阶段 / 两个…环节 (counts of a structure), document numbers",
            "dates: 2020年10月10日 (the cover); 2006年 / 2017年 (a cited regulation's years); no deadline, no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x276_03_yanghang-2020-cunji-jiti-touzi-xiaoxing-gongcheng-jianshe-xiangmu-guanli-banfa.txt"
T03 = "关于杨行镇村级集体投资小型工程建设项目管理办法（试行）"
a03 = partial(A, X03)
LDXZ = "镇村级工程建设领导小组"
CWH = "村委会（建设单位）"

plan(X03,
     title=T03,
     title_note="the title line (line 1), as printed with its 「关于」",
     doc_no="宝杨府〔2020〕15号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市宝山区杨行镇人民政府",
     date="2020-03-13",
     date_note="signed 2020年3月13日 at the end (the index the same)",
     level="a town (Shanghai Baoshan, Yanghang town), rules for small works its villages' collectives invest in: a leading "
           "group, decisions, tendering by band, bid evaluation, contracts, supervision, records",
     source=src("工程建设管理", "关于杨行镇村级集体投资小型工程建设项目管理办法（试行）.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=c8ab6a86-dae0-452d-98c3-7c805ffedbab&siteId=0078", 3606),
     style="the title; 第一条–第二十条 (two ASCII spaces after each number), some with a run-in heading on their own line "
           "「第二条  适用范围」 over paragraphs (blank lines between all), the others one paragraph or several; an attachment "
           "named, not stored; signature and date",
     leaf_tasks=15, count_alternatives=[16, 17, 20],
     leaf_tasks_by_section={"第四条–第十八条": 15},
     childless_top_level_sections=[],
     samples=[
        a03(["第四条"], [], ["杨行镇"], lead_alternatives=[["杨行镇"]], responsible_alternatives=[[]],
            note="「杨行镇建立…领导小组…，负责…监管工作」 — setting a body up is a verb of doing in an article (round 52's x240_03, 成立 "
                 "as 设立; round 44 decided), and " + NAMED + "; " + ONE_LEAD + "; the leading group the article sets up is no unit of it (round 30; round 35: a body "
                 "the item sets up); its members are no units (rule 3); 主要领导／分管领导 persons; " + NODATE),
        a03(["第五条"], [], ["各相关行政管理部门"], lead_alternatives=[["各相关行政管理部门"]],
            responsible_alternatives=[[CWH, "各相关行政管理部门"]],
            note="「由村委会（建设单位）提出项目实施方案…报镇村级工程建设领导小组」 — a proposal put up for the group's decision, read "
                 "as an applicant's (round 30: 「由A提出申请」 is no unit; RULING? 5, the village committee accepted); 「经“两委”"
                 "讨论通过」 (" + RECV + "); 「各相关行政管理部门应提高行政效能，及时办理…相关手续」 — a kind as the subject of 提高／办理 "
                 "in an article (" + ART44 + "): responsible; " + ONE_LEAD + "; 30万元 (「项目总投资30万元以上（含本数）按…集体决策」) "
                 "not checked; " + NODATE),
        a03(["第六条"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
            responsible_alternatives=[["建设单位", "造价咨询机构"]],
            note="「建设单位应委托造价咨询机构负责编制工程预算和…审计」 — 建设单位 the subject of 委托 in an article (" + ART44 + "); "
                 "the commissioned body is the object of a pivot (" + PIVOT + "; accepted beside, as the subject of 负责); "
                 + ONE_LEAD + "; " + NODATE),
        a03(["第七条"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
            not_targets=[(30, "万元"), (100, "万元"), (400, "万元")],
            note="「建设单位按…要求和程序，在村级工程建设领导小组的监管下，组织邀请招标」 — 组织＋work (rule 2) → 建设单位; the group "
                 "supervises (" + RECV + "); 「通过两委领导班子会议决策，择优选定…」 and 「实行公开招标」 have no subject; " + ONE_LEAD
                 + "; 「工程费用30万元以下（不含本数）的小型建设工程项目」「…30万元（含本数）以上，100万元（不含本数）以下的…」「…100万元以上"
                 "（含本数），400万元以下（不含本数）的…」 — " + CLASS + "; " + NODATE),
        a03(["第九条"], [], ["评标委员会"], [(5, "人")], lead_alternatives=[["评标委员会"]], responsible_alternatives=[[]],
            note="「评标工作由评标委员会负责完成」 — " + R2BY + "; the committee is the tendering law's standing body, whose make-up "
                 "the article states (RULING? 6: read as a body the article sets up, none, accepted); 「区建设工程行政管理部门组建的"
                 "…专家库」 — a body inside a noun's description (round 30); " + ONE_LEAD + "; target: 「评标委员会成员一般为五人以上"
                 "（含五人）单数」 — 以上 (round 30's line: a floor of a standard) → 5人; 三分之二 not checked; " + NODATE),
        a03(["第十条"], [], ["招标人"], lead_alternatives=[["招标人"]], not_targets=[(100, "万元")],
            note="「招标人应将中标结果…公示2个工作日」「招标人将中标结果报区招标办备案，并向中标人和未中标人发放中标通知书」 — 招标人 "
                 "the subject of 公示／发放 in an article (" + ART44 + "); 区招标办 receives (" + RECV + "); " + ONE_LEAD + "; "
                 "「投资总额100万元以上（含100万元）的小型建设工程项目」 — " + CLASS + "; 2个工作日 (a period with no comparison word) "
                 "not checked; " + NODATE),
        a03(["第十一条"], [], ["招标人", "施工单位"],
            note="「由招标人与施工单位依法签订合同」 — 「由A与B签订」: both doers (round 30 clarifications; round 48: 签订 in "
                 "articles); 「须报上海市宝山区建筑管理所备案」 (" + RECV + "); 100万元 (a class) not checked; " + NODATE),
        a03(["第十三条"], [], [], [(10, "%")], responsible_alternatives=[["村委会", "施工单位"]],
            note="「村级集体投资小型工程建设项目应严格按预算实施，不得随意变更」 — the projects, no body (" + FILING + "); 「对确有必要实施"
                 "且金额在…10%以下的…事项，应由村委会、施工单位出具工程变更联系单」 — 由A inside a case 「确有必要…的」 (rule 3: a clause "
                 "inside a case is no unit; RULING? 7: round 42's 「…的，由A…」 step accepted beside); 「报镇村级工程建设领导小组审批」 "
                 "(" + RECV + "); 监理人员 persons; target: 「金额在工程预算总额的10%以下的」「10%以上的」 — " + TRIG + " → 10%; " + NODATE),
        a03(["第十五条"], [], ["村级集体投资小型建设工程项目相关监督管理部门", "参建单位", LDXZ, CWH, "施工单位", "监理单位"],
            responsible_alternatives=[["相关监督管理部门", "参建单位", LDXZ, CWH, "施工单位", "监理单位"],
                                      ["村级集体投资小型建设工程项目相关监督管理部门", "参建单位", LDXZ, "村委会", "施工单位", "监理单位"],
                                      ["相关监督管理部门", "参建单位", LDXZ, "村委会", "施工单位", "监理单位"]],
            note=SEVERAL + "; 「…相关监督管理部门和参建单位应…积极采取措施，加强…管理」 (round 57: 加强 a verb of doing in an article; "
                 "the shared modifier stays with the first name, round 40; round 62: what a party handles is part of its name — the "
                 "short name accepted); 「镇村级工程建设领导小组应加强…全程监督，并指定专管员…」 (the group set up in 第四条, a doer in "
                 "later articles, round 36); 「村委会（建设单位）应委托监理公司进行工程监理，并应建立…监督小组」; 「施工单位应加强…管理」; "
                 "「监理单位应当…实施监督」 — " + ART44 + "; 专管员, 村会计, 项目负责人 are persons (round 30); 3至5名 not checked; "
                 + NODATE),
        a03(["第十七条"], [], [LDXZ], lead_alternatives=[[LDXZ]],
            note="「具体委托办法由镇村级工程建设领导小组根据本镇实际情况制定，并…采取有效措施，帮助各村减少…费用」 — " + R2BY + " (制定); "
                 "the group set up in 第四条 is a doer here (round 36: a body set up earlier is a doer in later items); 「接受委托的"
                 "机构可以…」 an option (round 30); " + ONE_LEAD + "; " + NODATE),
        a03(["第十八条"], ["杨行镇纪委", "监察办"], ["杨行镇纪委", "监察办", "相关职能部门"], lead_alternatives=[[]],
            note="「杨行镇纪委、监察办会同相关职能部门就…进行检查、督促，并…及时调查处理违法违纪行为」 — 「A会同B＋verb」 (rule 2): lead "
                 "A (two names, the shared 杨行镇 with the first, round 40), responsible A, B (相关职能部门, a kind, round 42 continued; "
                 "lead [] accepted); 「严禁各级领导干部插手…」 — persons; 「工程参建各方应遵循…」 — 各方 a general call (round 44's "
                 "各参与方); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (an article without numbered items is one leaf, its paragraphs its text: round 48 confirmed): " + GENART
            + ": 第一条 (purpose, basis), 第二条 (scope), 第十九条 (the interpreting body), 第二十条 (entry into force) left out; "
            "第三条 基本原则 (「…应与…相适应，坚持…的原则」) a principle, no task (round 62: 第二条（遵循原则） a principle, rounds 49, "
            "58); 第四–十八条 → **15**. Accepted: 16 (第三条 a task), 17 (第二条 too: it sets the band and the exception), 20 "
            "(every article). The attachment line names a flow chart, not stored.",
            "units: the articles' subjects are read by any verb of doing (round 44 decided); applicants, filings and the bodies "
            "that receive or approve (区招标办, 区建筑管理所, 镇监察办, 镇村级工程建设领导小组 where it approves) name none; "
            + NAMED,
            "figures: targets 5人 (第九条, 以上), 10% (第十三条, a trigger); not targets 30万元, 100万元, 400万元 (classes, 第七、十、"
            "十二条); not checked: 400万元 (第二条, scope), 30万元 (第五条), 2个工作日, 三分之二, 3至5名; document numbers "
            "宝杨委【2019】81号, 宝杨府【2013】11号",
            "dates: 2020年3月13日 (the signature) only; no deadline, no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x276_04_baoshan-shuiwu-2019-zhuzhai-xiaoqu-yuwu-hunjie-gaizao-jungong-yanshou-yijiao-yanghu-guanli-banfa.txt"
P04 = "宝山区住宅小区雨污混接改造竣工验收、移交及日常养护管理办法"
MEMBERS04 = ["区水务局", "区住房保障房屋管理局", "区规划资源局", "区生态环境局", "区发展改革委", "区建设管理委", "区城管执法局",
             "区财政局", "区审计局", "各镇", "街道", "园区", "各参建单位"]
WY = ["物业管理单位", "排水设施专业养护单位"]

plan(X04,
     title=P04 + "（关于印发《" + P04 + "》的通知）",
     title_note="the rules' own title (line 13) or the notice title (line 1): either",
     doc_no="宝水务〔2019〕206号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市宝山区水务局",
     date="2019-10-31",
     date_note="the cover is dated 2019年10月31日 (the index the same)",
     level="a district bureau (Shanghai Baoshan's water authority), rules for accepting, handing over and maintaining the "
           "works that separate rain and sewage pipes in residential estates: ten district bodies' roles, the acceptance "
           "procedure, the handover, who maintains and how often",
     source=src("工程建设管理", "关于印发《宝山区住宅小区雨污混接改造竣工验收、移交及日常养护管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=51389847-94cd-4155-bb32-1435269aca16&siteId=0078", 3059),
     style="a cover (addressees, one paragraph 「区水务局会同有关部门组织编制了…」, 「特此通知。」, signature, date); the rules' "
           "title; a preamble; 一、–三、 heading lines, （一）… heading lines under them over paragraphs (blank lines between "
           "all); 一、（一） eleven unit-colon paragraphs 「区水务局：参与项目验收，负责…」; 一、（二） a lead-in then 1、–3、 run-in "
           "items 「1、验收准备：…」, 1、–3、 each with a second paragraph",
     leaf_tasks=8, count_alternatives=[7, 9, 18],
     leaf_tasks_by_section={"一、（一）": 1, "一、（二）": 3, "二、": 2, "三、": 2},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], [], MEMBERS04,
          responsible_alternatives=[[n for n in MEMBERS04 if n not in ("街道", "园区")] + ["各镇、街道、园区"]],
          note="round 32 (a childless section of unit paragraphs 「区纪委：负责…」 is one task, its units every paragraph's body in "
               "printed order) and rule 1 (unit-colon labels); 「各镇、街道、园区」 three names (round 30: 「各镇、园区」 two), the "
               "name as printed accepted; lead [] (no 牵头); " + NODATE),
        S(["一", "（二）", "1"], [], ["建设单位", "区水务局"], responsible_alternatives=[["建设单位"]],
          note="「建设单位应自行组织按设计内容及功能对…进行核验」 — 组织＋work (rule 2); 「提前2周向区水务局提出竣工验收申请」 — an "
               "application (round 30), 区水务局 receives; the paragraph after 1、 is its text (round 32: an unnumbered paragraph "
               "after the last item that gives work is that item's body): 「区水务局…同步组织养护公司对外部接口进行…排水监测」 — "
               "「A组织B＋verb」: A the doer, B no unit (round 30 clarifications); 提前2周 / 为期2周 not checked; " + NODATE),
        S(["一", "（二）", "2"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          responsible_alternatives=[["建设单位", "各参建单位", "各参加验收单位"]],
          note="「建设单位组织开展竣工验收」 (组织开展, rule 2) and 「应由建设单位提供CCTV检测报告…」 (" + R2BY + "; round 63: 提供 of "
               "goods is work); 「各参建单位提供书面项目评价报告」 and 「各参加验收单位…进行全面评价，并明确验收结果」 — 提供 / 进行 outside "
               "the closed list (" + CLOSED + "); " + ARTICLE + "; " + ONE_LEAD + "; " + NODATE),
        S(["一", "（二）", "3"], [], [], responsible_alternatives=[["建设单位"]], not_targets=[(1, "个月")],
          note="「建设单位应在1个月内向质量监督部门提出竣工备案申请」 — " + FILING + "; 「区水务局、区财政局尽快完成奖励资金的申请和"
               "拨付工作」「区水务局…拨付补贴尾款」 — 完成 outside the list, 拨付 money names a payer (round 48); 「建设单位应及时做好竣工"
               "财务决算」 — 做好 outside the list (" + CLOSED + "); " + ARTICLE + "; " + LIMIT + "; " + NODATE),
        S(["二", "（一）"], [], ["接管单位"], lead_alternatives=[["接管单位"]], responsible_alternatives=[["建设单位", "接管单位"]],
          note="「…设施建议由建设单位移交所在小区的业委会」 — 建议 makes the handover a recommendation, read as an option (round 30: "
               "「可由A…」 is no assignment; RULING? 8, 建设单位 accepted); 「建设单位应于两周内完成移交工作」 — 完成 (" + CLOSED + "); "
               "「自移交之日起，正式由接管单位负责落实专业单位相关排水设施运维养护工作」 — 由A负责 (rule 2); " + ONE_LEAD + "; 两周内 a "
               "limit from an event (" + LIMIT + "); " + NODATE),
        S(["二", "（二）"], [], ["项目建设单位"], lead_alternatives=[["项目建设单位"]],
          note="「项目竣工资料由项目建设单位两周内移交区水务局、区城建档案馆、街镇房管机构、住宅小区业主委员会…各一套」 — " + R2BY
               + "; the four receivers are no units (rule 3); 「各单位应妥善保管相关资料」 — 各单位, a general call (round 30); "
               + ONE_LEAD + "; " + NODATE),
        S(["三", "（一）"], [], ["小区全体业主", "业委会"], responsible_alternatives=[["业委会"]],
          note="「小区排水设施养护责任主体为小区全体业主或业委会」 — 「A是…责任主体」 designates A (rounds 32–34; round 63's x273_04; "
               "round 58: 为 with a duty word designates), 「A或B」 two names; owners as a whole are read as a party (round 46's "
               "业主), the committee alone accepted; 「业委会可委托…」 an option (round 30); " + NODATE),
        S(["三", "（三）"], WY, WY + ["小区居委会", "相关行政管理部门", "所在街", "镇", "园区", "区房管局"],
          [(1, "次")], lead_alternatives=[[]], responsible_alternatives=[WY + ["小区居委会"]],
          note="「物业管理单位或排水设施专业养护单位应加强监督管理，…；会同小区居委会发动宣传工作」 — the subject carried inside the "
               "paragraph (round 34) with 「A会同B＋verb」 (rule 2): lead A (two names, 「A或B」), responsible A, B (lead [] "
               "accepted); 「…造成失管失养的，由相关行政管理部门、所在街、镇、园区督促业委会…及时整改」「…擅自改建…的，由区房管局…予以"
               "处罚」 — round 42's 「…的，由A…」 step and round 45's 「对未履行…的企业，由相关部门依法给予行政处罚」 inside a point whose "
               "work is wider: the point's own steps (RULING? 9: rule 3's case clause accepted beside — the list without them); "
               "「所在街、镇、园区」 three names, the shared 所在 with the first (round 40); 区水务局下属区给排水管理所 acts by 提供／指导／"
               "进行 (" + CLOSED + "); target: 「建议检测井疏通频率不低于每周一次，隔油池不低于每月一次，管道不低于每季度一次」 — 不低于 "
               "(round 30's line) → 1次; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、（一） one task (round 32's unit paragraphs); 一、（二） 1、–3、 (its lead-in 「…原则采用1阶段验收，各项目建设单位"
            "可自行组织完工（通水）验收。竣工验收程序如下：」 opens the list, an option) 3; 二、（一）（二） 2; 三、（一） 1 (a designation); "
            "三、（二）养护经费 「…费用由小区业主共同承担」 names payers with no 要／应 (round 48's cost verbs; round 62's w52b: the "
            "scheme's terms): no task; 三、（三） 1 → **8**. Accepted: 7 (三、（一） read as terms), 9 (三、（二） a task), 18 (一、"
            "（一）'s eleven paragraphs as items).",
            "units: headed points, not 第X条 articles: rule 2's closed list (round 44 decided; round 63's x268_02); the article "
            "reading accepted in 一、（二）, a procedure (round 45)",
            "figures: target 1次 (三、（三）, 不低于); not targets 1个月 (一、（二）3, a limit from an event); not checked 2周, "
            "两周内, 四套, 1阶段; document numbers 沪水务〔2019〕256号, 宝水务〔2019〕6号, 沪府令37号",
            "dates: 2019年10月31日 (the cover) only; no deadline, no phases, no duties (the record handover of 二、（二） is the "
            "item's own work, not checked as a duty)"])

# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

align68("x276_03", ["第九条"], "「评标工作由评标委员会负责完成。评标委员会由招标人代表和…专家组成」: the article that states a panel's members composes it, none there, and a panel of the tenderer's representatives and experts is persons (rounds 48, 57, 60, 61)",
        "Units, turned: rounds 48, 60, 61 over rule 2's 由A负责", resp=[], resp_alt=[["评标委员会"]],
        ruling="Round 65 rulings, written early")

write_collected(DIR)
