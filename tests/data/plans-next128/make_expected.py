# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next128/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 35 (built by helper c128): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
910b1d5b (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's thresholds and
general provisions, round 31's exceptions and fields sharing one head, the round-32, round-33, round-34 and the early
round-35 rulings). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next128/make_expected.py tests/data/plans-next128
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, locate, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同B…): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (确定, 建立, 设立, "
          "征询, 拟定, 确保, 提出, 发布, 关注, 签订, 作出 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
BY = "CONVENTIONS.md units rule 2 (round 34: 「由A＋any verb of doing」): the agent of 由 with a verb of doing is a doer"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
ORG = ("CONVENTIONS.md units rule 2 and round 34 (组织＋work: 「组织编制」「组织施工」「组织实施」): the subject of 组织＋work is "
       "a doer")
R3 = "CONVENTIONS.md units rule 3: a body that only receives, approves or guides (「报A备案」「经A批准」「在A的指导下」) is no unit"
OPTION = "CONVENTIONS.md round 30 / round 34: an option 「可以…」「可由A…」 is not an assignment (no unit)"
DUTYHEAD = ("CONVENTIONS.md round 34 / round 35 (a heading that gives out work — 职责分工／管理部门／管理职责… — is a label of "
            "doers: every body the text gives work is a unit, in printed order, whatever the verb)")
SHORT = "CONVENTIONS.md round 35 (names): 「（以下简称“X”）」 is dropped from the name"
THR = ("CONVENTIONS.md targets (round 30's line): a quantity joined to a comparison word (不少于／不超过／（含）以上) is a target "
       "of its item wherever it stands")
GENART = ("CONVENTIONS.md round 30 (articles of general provision — purpose/basis, scope, definitions, the interpreting body, "
          "entry into force — are not tasks; a count that includes them is accepted)")
NOWORK = ("CONVENTIONS.md round 33: an article or item with no work (a principle, a definition, a statement with no doer "
          "and no work) is not a task in a plan whose tasks name units; a count that includes it is accepted")
LISTS = ("CONVENTIONS.md round 35 (lists that give no work — conditions, materials, contents — are text, not items or "
         "tasks; an article whose items are only cases is one task)")
HEADPT = ("CONVENTIONS.md plans-dev EXPECTED.md lines 21–25 (a top-level section with no numbered children is a section, "
          "not a task) and round 27 (items of 工作目标 / 总体要求-like sections that name no unit are not tasks)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x128_01_fengxian-2024-jingguan-zhaoming-guanli-shishi-yijian.txt"
PLAN01 = "奉贤区景观照明管理实施意见"
A01 = partial(art, X01)
LUR = "区绿化市容局"

plan(X01,
     title=f"{PLAN01}（上海市奉贤区人民政府关于印发《{PLAN01}》的通知）",
     title_note="the 意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪奉府规〔2024〕4号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区人民政府",
     date="2024-11-06",
     date_note="the cover is dated 2024年11月6日; the index gives 2024-11-18 (the publication date)",
     level="district government (Shanghai Fengxian), rules for landscape lighting: the district bureau, the towns as area "
           "managers, thirteen district bodies, the builders, owners and setters, acceptance and upkeep",
     source=shanghai_source("市容绿化与景观", f"上海市奉贤区人民政府关于印发《{PLAN01}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0084572&siteId=0084", 3338),
     style="a short cover (addressees, one sentence, a date, no signature) then the 意见: 第一条–第十八条, each 「第N条 heading」 "
           "(a space, no brackets) on a line of its own over paragraphs; ASCII brackets 「(一)」 and ASCII 「;」 in 第七条 (three "
           "cases, each with its doer, and a paragraph after them); 「一是…;二是…;三是…」 inline in 第八条; a 管理部门 article naming "
           "fifteen bodies; 「由A负责」「由A牵头」「A组织编制」「A组织施工」 and a designation 「…作为责任主体」; the entry into force and "
           "two 「政策解读」 lines after 第十八条",
     leaf_tasks=16, count_alternatives=[14, 15, 17, 20],
     leaf_tasks_by_section={"第五、六条": 2, "第七条 (一)–(三)": 3, "第八–十八条": 11},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第五条 管理部门"], [],
          [LUR, "各街镇人民政府", "区发展改革委", "区经委", "区公安分局", "区财政局", "区规划资源局", "区生态环境局",
           "区建设管理委(区交通委)", "区水务局", "区文化旅游局", "区应急局", "区市场监管局", "区房管局", "区城管执法局"],
          note=DUTYHEAD + " (管理部门 is one of its headings): 「区绿化市容局负责…」, 「各街镇人民政府是景观照明的区域管理责任单位，在区"
               "绿化市容局的指导下，负责…」 (a designation and 负责; the guide is already a unit), 「区发展改革委、…、区城管执法局等部门"
               "按照各自职责，协同实施本意见」: separate heads with the tail 等部门 give each name, the tail dropped (CONVENTIONS.md "
               "round 35, names); the bracket stays with its name 「区建设管理委(区交通委)」 (round 34, ASCII brackets as printed); "
               "no 牵头: lead []; " + NODATE, **A01(["第五条 管理部门"])),
        S(["第六条 规划实施方案"], [], [LUR], lead_alternatives=[[LUR]],
          note="「区绿化市容局应根据…组织编制《奉贤区景观照明专项规划实施方案》…，经区人民政府批准后，报市绿化市容局备案」: " + ORG
               + "; 区人民政府 approves and 市绿化市容局 receives (" + R3 + "); 「各街镇可以编制…」 (" + OPTION + "); the filing "
               "with the city bureau (a body outside the district plan) is not checked as a duty; " + SUBJ + "; " + NODATE,
          **A01(["第六条 规划实施方案"])),
        S(["第七条 建设主体", "(一)"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          note="「(一)新建、改建、扩建的建(构)筑物、公共场所配套建设景观照明设施的，由建设单位负责，…」: " + BY + " (负责); the item's "
               "every clause answers its case (CONVENTIONS.md round 30 / round 34: such an item takes A as a doer); a regulated "
               "party named by a kind is a doer with a rule-2 form (round 34); the three ASCII-bracketed items each give a doer, "
               "so they are items, not a list of cases (round 35's lists give no work); " + SUBJ + "; " + NODATE,
          **A01(["第七条 建设主体", "(一)"])),
        S(["第十三条 工程建设要求"], [], ["设置者"], lead_alternatives=[["设置者"]],
          note="「设置者应当严格按景观照明相关技术规范、标准组织施工」: " + ORG + "; 设置者, a role the 意见 defines (第三条) and a "
               "regulated party named by a kind, is a doer (round 33 / round 34); the first sentence 「…应当参照…有关法律、法规、"
               "规章」 is a reference, but the article gives work, so it is a task (not round 34's 参照 article); " + SUBJ + "; "
               + NODATE, **A01(["第十三条 工程建设要求"])),
        S(["第十四条 验收要求"], ["行业监督管理部门", "景观照明设施建设单位"],
          ["行业监督管理部门", "设置者", "景观照明设施建设单位"],
          note="「…载体新建、改建、扩建的，由主体工程的行业监督管理部门牵头发起工程建设项目综合竣工验收」 and 「既有…新建、改建、扩建的，"
               "由景观照明设施建设单位牵头组织相关部门进行竣工验收」: two 「由A牵头」 clauses dividing the article's own work by kind of "
               "project (CONVENTIONS.md round 34: scope splits — both are doers), each A a lead; the name after the last 的 "
               "(round 34: 「主体工程的行业监督管理部门」 → 行业监督管理部门); 「设置者应当…组织设计、施工、行业主管等单位开展工程验收」: "
               + ORG + " (the objects of 组织 are no units, round 30); 「区绿化市容局应当将…纳入竣工验收内容」 (纳入 — " + CLOSED
               + "); 「报区绿化市容局备案」 a receiver (" + R3 + ") and a regulated party's filing (round 32: no duty); "
               "responsible in printed order; " + NODATE, **A01(["第十四条 验收要求"])),
        S(["第十五条 景观照明运维主体及要求"], [], ["设置者"], lead_alternatives=[["设置者"]],
          note="「景观照明设施由设置者负责日常运行和维护管理」: " + BY + " (负责); 「区绿化市容局可以会同区发展改革、财政等有关部门研究"
               "并制定政策」 (" + OPTION + " — 会同 inside an option adds nothing); " + SUBJ + "; " + NODATE,
          **A01(["第十五条 景观照明运维主体及要求"])),
        S(["第十八条 责任追究"], [], ["维护单位"], lead_alternatives=[["维护单位"]],
          note="「以“谁维护，谁负责”为原则，负责景观灯光设施的维护单位作为责任主体」: a designation (CONVENTIONS.md round 32 / round 34 "
               "/ round 35: 「A作为…主体」 makes A a doer), the unit the name after the last 的 (round 34: 「负责景观灯光设施的维护单位」 → "
               "维护单位); 「由责任主体依法承担相应的法律责任」: 由A承担…责任 with a back-reference 责任主体 (round 34: a back-reference adds "
               "no unit); the second paragraph's 「予以处罚」「追究刑事责任」 name no body; the paragraph after it 「本意见自2024年12月18日"
               "起施行」 is the close (round 34) and the two 「政策解读」 lines are neither; " + SUBJ + "; " + NODATE,
          **A01(["第十八条 责任追究"])),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf; an article without numbered children is a leaf): 18 articles, 第七条 with three "
            "items → 20 by numbering. " + GENART + ": 第一条 (purpose and basis), 第二条 (scope), 第三条 (definitions). " + NOWORK
            + ": 第四条 (管理原则, 「遵循统筹规划…的原则」). 第七条's (一)–(三) each give a doer (由建设单位负责, 由所有权人、使用权人或经营"
            "管理单位负责, 由属地政府投资建设): three leaves. Every other article gives work (a doer, or 「应当…」 to a body) → 2 + 3 + "
            "11 = **16**. Accepted 14 (第七条 one task), 15 (第八条's requirements read as a standard, no task), 17 (第四条 counted) "
            "and 20 (every numbered leaf with the general provisions)",
            "units: 第五条 by the 管理部门 heading; rule 2 elsewhere (组织编制, 由A负责, 由A牵头, 组织施工, a designation). Not sampled: "
            "第七条/(二) (「由所有权人、使用权人或经营管理单位负责」: owners may be persons), 第七条/(三) with the paragraph after it "
            "(「除上述情形外，确需设置景观照明的，经区人民政府批准后，由区绿化市容局负责」: the trailing paragraph is (三)'s body by round 32, "
            "and both clauses answer cases), 第九、十、十一、十二、十六、十七条 (plain verbs 建立, 征询, 明确, 纳入, 提供指导, 协商, 加强, "
            "制定, 签订: " + CLOSED + ")",
            "dates: none (2024年11月6日 the cover's date; 2024年12月18日 entry into force); no phases; no duties (the 报…备案 "
            "filings go to the city bureau or are a regulated party's, round 32)",
            "targets: none (「第六届」「第74次」 name a meeting; 「25号」 a decree's number)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x128_02_songjiang-2013-huanwei-zhigong-shouru-zengzhang-jizhi-shishi-yijian.txt"
PLAN02 = "关于建立松江区环卫职工收入正常增长机制提高城市环境卫生保障水平的实施意见"


def L02(path):
    """Line and first eight characters of a numbered item (``locate``)."""
    line, starts = locate((DIR / X02).read_text(encoding="utf-8"), path)
    return {"line": line, "title_starts": starts}


plan(X02,
     title=f"{PLAN02}（上海市松江区人民政府办公室关于转发区绿化市容局《{PLAN02}》的通知）",
     title_note="the 意见's own title (printed on two lines 「关于建立松江区环卫职工收入正常增长」 / 「机制提高城市环境卫生保障水平的实施"
                "意见」) or the notice title (the first line): either is accepted",
     doc_no="沪松府办〔2013〕33号 (from the index; the stored text prints no number)",
     issuer="上海市松江区人民政府办公室 (forwarding the 意见 of 区绿化市容局)",
     date="2013-05-20",
     date_note="the cover is dated 二○一三年五月二十日; the index gives 2013-05-16",
     level="district government office (Shanghai Songjiang) forwarding the district bureau's opinion on the pay of "
           "sanitation workers: funding, collective bargaining, minimum pay, the firms' duties, the bodies' duties",
     source=shanghai_source("市容绿化与景观", "上海市松江区人民政府办公室关于转发区绿化市容局《关于建立松江区环卫职工收入正常增长机制提高城市环境卫.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=842255dc-cf84-4687-b1c3-e0752fd11a3d&siteId=0082", 3232),
     style="a forwarding cover (a date in Chinese numerals, no signature) then the 意见: a preamble, 一、指导思想 (a childless "
           "paragraph), 二、基本原则 （一）–（三） and 四、具体措施 （一）–（六） with run-in headings on their own lines over paragraphs, "
           "三、主要目标 （一）–（四） one line each, 五、职责分工 six unnumbered paragraphs opening with a body 「区绿化市容局负责…」; "
           "「A会同B对…进行核定」, 「A是…责任主体，具体负责…」; one rate 「再增加5%」; no date",
     leaf_tasks=8, count_alternatives=[7, 10, 14],
     leaf_tasks_by_section={"二/（一）": 1, "四、具体措施": 6, "五、职责分工": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "（一）"], [], ["企业"], lead_alternatives=[["企业"]],
          note="「企业是环卫职工收入增加的责任主体，具体负责职工收入增长制度制订和实施」: a designation (CONVENTIONS.md round 32 / round 34: "
               "「明确A为责任主体」「A为…主体」) and the subject of 具体负责 (rule 2): 企业, a kind of body, is a doer (round 34); 「区、镇"
               "政府及其相关职能部门依法履行职责，加强…」 (履行, 加强 — " + CLOSED + ") adds nothing; an item of 基本原则 that names a unit "
               "is a task (round 27 / round 33: items of 总体要求-like sections are tasks when they name a unit) — RULING? 基本原则 is "
               "not among the sections round 27 names; read like them; " + SUBJ + "; " + NODATE, **L02(["二", "（一）"])),
        S(["四", "（一）"], ["区财政局"], ["区财政局", "相关部门"], lead_alternatives=[[]],
          note="「区财政局会同相关部门对区级年度环卫作业养护项目预算进行核定」: " + WITH + "; 相关部门 is a kind (CONVENTIONS.md round "
               "33: 有关部门／相关部门 are doers with a rule-2 verb); 「各街镇（园区）要…进一步确保…」 and 「区绿化市容局要…拟定年度…预算"
               "估算」 (确保, 拟定 — " + CLOSED + ") add nothing; " + NODATE, **L02(["四", "（一）"])),
        S(["四", "（三）"], targets=[(5, "%")],
          note="「行业职工月最低工资不得低于当年度上海市最低工资标准，并在最低工资标准的基础上再增加5%」: the policy's own rate, a target "
               "(CONVENTIONS.md round 25: a policy's rates are its item's targets; round 35: a policy's own rate); 「不得低于当年度"
               "…标准」 has no figure; the item has no subject (「逐步建立」「实施」「全面落实…制度」「要…适时进行…调整」: 落实 with no "
               "named subject gives no body): " + NONE + "; the document numbers 沪绿容工〔2013〕8号, 沪绿容〔2011〕124号 and the year "
               "2013 in a title are not targets (not checked); " + NODATE, **L02(["四", "（三）"])),
        S(["五"], [], ["区绿化市容局", "区总工会", "区人力资源社会保障局", "区财政局", "各街镇（园区）", "本区环卫企业"],
          note="a childless section 「五、职责分工」 of six unnumbered paragraphs each opening with a body: one task, its units all "
               "the paragraphs' bodies in printed order (CONVENTIONS.md round 32: a childless section of unit paragraphs; round 34: "
               "a 职责分工 heading is a label of doers, any verb — 「本区环卫企业应根据…不断提升环卫服务质量」 included); the bracket "
               "stays with 「各街镇（园区）」 (round 34); the objects of 指导 / 督促 / 检查 (区行业工会和街镇工会, 环卫企业行政与工会, 各镇、"
               "工业区相关管理部门) and 「配合有关部门」's 有关部门 are no doers; no 牵头: lead []; " + NODATE, **L02(["五"])),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf of the sections that hold work): 一、指导思想 a childless section (" + HEADPT + "); "
            "二、基本原则 （一）–（三）: only （一） names a body (企业, a designation and 具体负责) — a task, RULING?; （二）（三） name none "
            "(not tasks); 三、主要目标 （一）–（四）: goals naming no body (not tasks); 四、具体措施 （一）–（六）: six tasks (the plan's work, "
            "with or without a doer); 五、职责分工: one task (round 32) → 1 + 6 + 1 = **8**. Accepted 7 (二/（一） read as a principle), "
            "10 (every item of 二、 counted) and 14 (every numbered leaf of 二–四, with 五、)",
            "units: 二/（一） (designation), 四/（一） (会同), 五、 (the 职责分工 heading). Not sampled, all naming no doer by rule 2: 四/（二） "
            "(「本区环卫企业与其工会应…深入开展集体协商」: 开展 without 组织), 四/（四） (理顺, 制定), 四/（五） (贯彻执行, 办理, 开展, 建立健全), "
            "四/（六） (「区绿化市容局要…提出…要求，合理布点、配备设置…」「区规划土地局，各街镇（园区）要…优先考虑…」: plain verbs)",
            "dates: none (二○一三年五月二十日 the cover's date; 「当年度」「每年」 rhythms); no phases, no duties",
            "targets: 四/（三） 5% (a rate); none in 三、主要目标"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x128_03_shi-lvrongju-2021-jianzhu-laji-yunshu-zhaotoubiao-banfa-diaoxiao-chengxu-guiding.txt"
PLAN03A = "上海市建筑垃圾运输单位招投标管理办法"
PLAN03B = "上海市建筑垃圾运输许可证吊销程序规定"
NOTICE03 = f"关于印发修订后的《{PLAN03A}》、《{PLAN03B}》的通知"
A03 = partial(art, X03)
SJ = "上海市绿化和市容管理局"
FL = "上海市资源利用和垃圾分类管理事务中心"
ZB = "招标人"

plan(X03,
     title=f"{PLAN03A}（{NOTICE03}）",
     title_note="two documents under one cover: the first one's title or the notice title (the first line) is accepted",
     doc_no="沪绿容规〔2021〕4号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2021-07-14",
     level="city bureau (Shanghai), two rules under one cover: the tendering of construction-waste carriers (the city bureau, "
           "its centre and station, the district bureaus as tenderers) and the procedure for revoking a carrier's licence "
           "(the bureau's offices, the centre, the case officers)",
     source=shanghai_source("建筑垃圾与材料", f"{NOTICE03[:-2]}.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=9aa38c86e9fd4dbf92872a3390b2b5d4&siteId=0039", 7209),
     style="a cover (addressees, one sentence, signed and dated) then two rules, each title on a line of its own: the 办法 in "
           "five chapters 「第N章 …」 (two with two spaces) of 26 articles and the 规定 of 21 articles (no chapters), each "
           "「第N条（heading）」 — with full-width brackets, ASCII brackets with a space 「第八条 (启动招投标)」 or without 「第九条(招标"
           "要求)」 — on a line of its own over paragraphs; article numbers repeat between the two rules (第一–二十一条); lists "
           "（一）… of cases, conditions, facts, evidence and contents; 「（以下简称…）」 short names; 「具体工作由A承担」; 「招标人组织编"
           "制…」; 「不少于3家，经营期限不超过5年」, 「多2家（含）以上」, 「3次以上」, 「3人以上」; limits from events (5个工作日, 3个"
           "工作日, 10个工作日, 九十日内) and a monthly 「每月10日前」",
     leaf_tasks=40, count_alternatives=[39, 41, 47, 85],
     leaf_tasks_by_section={"办法 第三、四、六–二十五条": 22, "规定 第三–二十条": 18},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第三条（职责分工）"], [], [SJ, FL, "区绿化和市容行政管理部门"],
          note=DUTYHEAD + ": 「上海市绿化和市容管理局（以下简称市绿化市容局）负责…；具体工作由上海市资源利用和垃圾分类管理事务中心承担」 "
               "and 「区绿化和市容行政管理部门（以下简称区绿化市容部门）负责…」: the three bodies in printed order (承担 with work as "
               "its object names a doer, round 30); " + SHORT + "; no 牵头: lead []; " + NODATE, **A03(["第三条（职责分工）"])),
        S(["第四条（招投标平台设立及确定）"], [], ["上海市绿化和市容(林业)工程安全质量监督管理站"],
          lead_alternatives=[["上海市绿化和市容(林业)工程安全质量监督管理站"]],
          note="「运营管理以及…发布和公示等具体工作由上海市绿化和市容(林业)工程安全质量监督管理站承担」: " + BY + " (承担 with work, "
               "not a cost, as its object: round 30); the name as printed, ASCII brackets included; 「市绿化市容局设立市级招投标平台」 "
               "(设立 — CONVENTIONS.md round 35: the setting-up verb 设 is no rule-2 verb); 「区绿化市容部门可以…」 (" + OPTION + "); "
               + SUBJ + "; " + NODATE, **A03(["第四条（招投标平台设立及确定）"])),
        S(["第七条（确定道路运输单位）"], [], ["区绿化市容部门"], lead_alternatives=[["区绿化市容部门"]], targets=[(3, "家"), (5, "年")],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区绿化市容部门根据…，通过招标确定辖区道路运输单位」 — responsible 区绿化市容部门, lead [] (A alone accepted as the lead); formerly: " "「道路运输单位数量不少于3家，经营期限不超过5年」: a floor and a ceiling, targets (" + THR + "); 「区绿化市容部门…通过招标"
               "确定辖区道路运输单位」 (确定 — " + CLOSED + "): " + NONE + "; " + NODATE, **A03(["第七条（确定道路运输单位）"])),
        S(["第十条(招标方案)"], [], [ZB], lead_alternatives=[[ZB]],
          note="「招标人组织编制招标方案」: " + ORG + "; 招标人 is a role the 办法 defines as a body (第五条: 「道路运输单位和作业服务单位的招标"
               "人为区绿化市容部门，水路运输单位的招标人为市绿化市容局」) — a unit as printed (CONVENTIONS.md round 33: a role a document "
               "defines as a body is a unit); " + SUBJ + "; " + NODATE, **A03(["第十条(招标方案)"])),
        S(["第十三条（确定水路运输单位）"], [], ["市绿化市容局"], lead_alternatives=[["市绿化市容局"]], targets=[(3, "家"), (5, "年")],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市绿化市容局根据…，通过招标确定本市水路运输单位」 — responsible 市绿化市容局, lead [] (A alone accepted as the lead); formerly: " "「水路运输单位数量不少于3家，经营期限不超过5年」: targets (" + THR + "); 「市绿化市容局根据…，通过招标确定本市水路运输"
               "单位」 (确定 — " + CLOSED + "): " + NONE + "; " + NODATE, **A03(["第十三条（确定水路运输单位）"])),
        S(["第十六条(招标方案)"], [], [ZB], lead_alternatives=[[ZB]],
          note="「招标人组织编制招标方案」 (the 水路运输单位 chapter): " + ORG + "; 招标人 as in 第十条 (a role the 办法 defines); " + SUBJ
               + "; " + NODATE, **A03(["第十六条(招标方案)"])),
        S(["第二十二条（招标方案）"], [], [ZB], lead_alternatives=[[ZB]],
          note="「招标人组织编制招标方案」 (the 作业服务单位 chapter): " + ORG + "; 招标人 as in 第十条 (a role the 办法 defines); " + SUBJ
               + "; " + NODATE, **A03(["第二十二条（招标方案）"])),
        S(["第十三条（听证）"], [], ["市绿化市容局法制机构"], lead_alternatives=[["市绿化市容局法制机构"]],
          note="「当事人提出听证要求的，市绿化市容局法制机构（以下简称市局法制机构）应按照《…》组织实施听证」: " + ORG + " (组织实施); "
               "the opening 「…的」 is the case the whole article answers (CONVENTIONS.md round 30 / round 34: A is a doer); " + SHORT
               + "; " + SUBJ + "; " + NODATE, **A03(["第十三条（听证）"])),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区绿化市容部门在招标完成后将招标结果信息报送市绿化市容局", "when": None, "when_norm": None}],
     notes=["counting: two documents under one cover, the tasks of both counted in order (CONVENTIONS.md round 30: two 办法 "
            "under one cover). The 办法: 26 articles − the general provisions (CONVENTIONS.md round 30): 第一条 (purpose), 第二条 (scope and the "
            "short names of the carriers), 第五条 (「招标人是指…」「投标人是指…」: definitions), 第二十六条 (entry into force) → 22 "
            "(第六条's 「市绿化市容局设立评标专家库」 and the committees counted: work with no rule-2 doer). The 规定: 21 articles − "
            "第一、二、二十一条 → 18. " + LISTS + ": the 办法's 第八、十四、二十条 (cases that start a tender) and 第九、十五、二十一条 "
            "(tender conditions), the 规定's 第四条 (the offences and serious cases that lead to revocation), 第七条 (facts to "
            "investigate), 第八条 (kinds of evidence) and 第十五条 (what a decision must state) are one task each → 22 + 18 = "
            "**40**. Accepted 39 (the 办法's 第六条 read as setting up a body, no task), 41 (第五条 counted), 47 (every article) and "
            "85 (every numbered leaf, the lists' items counted, with the general provisions)",
            "units: the two 职责分工 / 管理部门 headings, 「具体工作由A承担」 (第四条), 组织编制 / 组织实施 (招标人, 市局法制机构). Not "
            "sampled: the 办法's 第十一、十七、二十三条 (「应当重新组织招标」 has no subject; 「招标人可以…」 an option; the applicants' "
            "报名), 第十二、十八条 (the winner applies to the bureau: an applicant), 第二十四条 (招标人…签订, no 由), the 规定's 第五条 "
            "(移送, a referral), 第六条 (「市分类中心每月10日前梳理汇总…」 — 梳理 plain, a monthly rhythm — and 「5个工作日之内」: whether "
            "之内 reads as 以内 is not settled), 第七条 (「…区绿化市容部门应当共同参与调查」 with persons as the investigators), 第十五条 "
            "(「需要补充调查的，由市局承办机构会同市分类中心作补充调查」: a case inside an article whose work is the review), 第二十条 "
            "(建立…机制, 协调 — a pivot not in rule 2's list); the 规定's 第三条（管理部门） (「上海市绿化和市容管理局…负责…，具体工作由"
            "上海市资源利用和垃圾分类管理事务中心…承担」, a 管理部门 label of two bodies) is left out only because its first words are "
            "those of the 办法's 第三条 and the two rules number their articles alike, so a sample could not name it apart",
            "duties: the 办法's 第二十五条（信息报送） 「区绿化市容部门应当在招标完成后将招标结果信息报送市绿化市容局」 — a plan unit's "
            "sending to another body of the plan (CONVENTIONS.md round 35), with no date (when None: 「招标完成后」 is an event). "
            "The 规定's case-procedure steps (市分类中心 「提交市局承办机构审核」, 市局承办机构 「提交市局法制机构」) are steps of one "
            "case file inside the bureau, not checked as duties",
            "dates: none (2021年6月28日 the meeting, 2021年7月14日 the cover, 2021年8月15日 entry into force; 「每月10日前」 a rhythm; "
            "5个工作日, 3个工作日, 10个工作日, 九十日内 limits from events: no deadline, round 33 / round 34); no phases",
            "targets: 第七、十三条 3家 / 5年 (sampled), 第十九条 不超过5年, 第十一、十七、二十三条 「多2家（含）以上」, the 办法's 第九、"
            "二十一条 「3年以上驾驶大型车辆的经历」 and the 规定's 第四条 「3次以上」「3人以上」 (thresholds by the line, not sampled: "
            "the last two stand in lists of conditions and offences, round 31's exception may reach them); 「七名」「六名」「一名」 "
            "(committee sizes, no comparison word) and 「第16次」 are not targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x128_04_shi-lvrongju-2026-gongcheng-zhatu-xiaona-changsuo-jiesuan-guanli-tongzhi.txt"
PLAN04 = "关于加强本市工程渣土市级消纳场所结算管理的通知"


def L04(path):
    """Line and first eight characters of a numbered item (``locate``)."""
    line, starts = locate((DIR / X04).read_text(encoding="utf-8"), path)
    return {"line": line, "title_starts": starts}


SHIL = "市绿化市容部门"

plan(X04,
     title=PLAN04,
     title_note="a notice that is itself the plan (no forwarded document)",
     doc_no="沪绿容规〔2026〕3号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局 (with 上海市住房和城乡建设管理委员会, 上海市交通委员会, 上海市水务局, all four signing)",
     date="2026-04-20",
     level="city bureau with three city bodies (Shanghai), the settlement of costs at city-level spoil disposal sites: "
           "the bureaus' duties, price publication, the checks of the district bureaus, contracts, metering and payment",
     source=shanghai_source("建筑垃圾与材料", f"{PLAN04}.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=533fcaeadae044f6a2ececb589b1d8bb&siteId=0039", 2629),
     style="a notice: addressees 「…、各有关单位:」 (ASCII colon), a preamble, 一、适用范围 1.2., 二、职责分工 1.2., 三、主要内容 "
           "（一）–（三） with run-in headed items 「1.及时发布…价格。text」 and a childless （四）, 四、责任追究 and 五、施行日期 as "
           "childless paragraphs, four signatures and a date; fields sharing one head 「市住房城乡建设、发展改革、国资、绿化市容部门」, "
           "「建设、交通、水务等建设主管部门」; 「A会同B…每年组织开展…」; no date but entry into force and expiry",
     leaf_tasks=11, count_alternatives=[12, 13, 14],
     leaf_tasks_by_section={"二、职责分工": 2, "三/（一）": 3, "三/（二）": 3, "三/（三）": 2, "三/（四）": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["四、责任追究", "五、施行日期"],
     samples=[
        S(["二", "1"], [], [SHIL, "区绿化市容部门", "市分类中心"],
          note=DUTYHEAD + ": 「市绿化市容部门负责市级消纳场所结算管理的组织、协调、指导和监督。区绿化市容部门、市分类中心按照…原则，"
               "对…开展核查和日常监管」: the three bodies in printed order (市分类中心 as printed; the 通知 gives no fuller name); no 牵头: "
               "lead []; " + NODATE, **L04(["二", "1"])),
        S(["二", "2"], [], ["市住房城乡建设、发展改革、国资、绿化市容部门", "建设、交通、水务等建设主管部门"],
          note=DUTYHEAD + " and rule 2 alike: 「市住房城乡建设、发展改革、国资、绿化市容部门组织发布…信息价格」 (组织＋work) and 「建设、交通、"
               "水务等建设主管部门配合落实…」 (配合 after a doer, round 34); fields sharing one head are one name as printed, 等 kept "
               "inside it (CONVENTIONS.md round 31: 「三省一市发展改革、市场监管部门」「人事、卫生等部门」; round 35 keeps a shared head "
               "whole); no 牵头: lead []; " + NODATE, **L04(["二", "2"])),
        S(["三", "（一）", "1"], [SHIL], [SHIL, "市住房城乡建设、发展改革、国资等部门"], lead_alternatives=[[]],
          note="「市绿化市容部门会同市住房城乡建设、发展改革、国资等部门每年组织开展…成本调查」: " + WITH + "; the partner, fields "
               "sharing the head 部门 with 等, is one name as printed (round 31: 「人事、卫生等部门」); 「市住房城乡建设管理部门…发布」「市发展"
               "改革部门…发布」「市绿化市容部门…向社会公布」 (发布, 公布 — " + CLOSED + ") add nothing; 「每年」 is a rhythm (round 34: "
               "recurring dates are no deadline): " + NODATE, **L04(["三", "（一）", "1"])),
        S(["三", "（三）", "1"], [], ["施工单位", "码头", "消纳场所经营单位"],
          note="「施工单位、码头和消纳场所经营单位应落实管理职责，按照…实施信息化设备安装运维」: the subjects of 落实 (and 实施), rule 2; "
               "regulated parties named by a kind are doers (round 34); 「A、B和C」: 和 joins two whole names here (round 34 / round "
               "35: 和 joins two names where each side is a whole body name) — ruled round 36: 「码头」 (a wharf, standing for its operator) "
               "read as a body as printed; 「运输单位…应确保…」 and 「建筑垃圾监管平台运维单位应做好…」 (确保, 做好 — " + CLOSED + ") "
               "add nothing; no 牵头: lead []; " + NODATE, **L04(["三", "（三）", "1"])),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf of the sections that hold work): 一、适用范围 1.2. are scope and a definition "
            "(" + GENART + "); 二、 1.2. two tasks; 三、 （一） 1.–3., （二） 1.–3., （三） 1.2. and the childless （四） → 9; 四、责任追究 "
            "and 五、施行日期 are childless sections (" + HEADPT + "; 五、 is entry into force, a general provision) → **11**. "
            "Accepted 12 (四、 counted: 「施工单位、运输单位…应确保…」, round 34's early ruling on headed points), 13 (一、's two "
            "items counted) and 14 (both)",
            "units: 二、 by its 职责分工 heading, 三、 by rule 2 (会同, 落实). Not sampled, all naming no doer by rule 2: 三/（一）/2 "
            "(建设单位…编制), 三/（一）/3 (「区绿化市容部门应当关注…予以重点核查」「…应当对照…予以重点关注」), 三/（二）/1–3 (施工单位 确定 / "
            "签订; 「可采用」 options), 三/（三）/2 (消纳场所经营单位 准确计量), 三/（四） (施工单位 支付, 经营单位 提供)",
            "dates: none (2026年4月20日 the date; 2026年7月1日 / 2028年6月30日 entry into force and expiry; 「每年」 a rhythm); no "
            "phases; no duties",
            "targets: none (沪绿容规〔2020〕5号 a document number)"])

# round 50 (p50c): an answer aligned to tests/data/CONVENTIONS.md's rulings (README, "Round 50: answers aligned (p50c)")
from expected_tools import align50_units  # noqa: E402

align50_units("x128_03", ["第四条（招投标平台设立及确定）"], [],
              ["市绿化市容局", "上海市绿化和市容(林业)工程安全质量监督管理站"],
              "「市绿化市容局设立市级招投标平台」: in 第X条 articles the subject of any verb of doing is a doer, and 设立 is one (Round 52 "
              "rulings, governs round 44 over round 35 inside articles, x240_03 第五条); the platform set up is none; the 承担 agent "
              "stays; 「区绿化市容部门可以…」 an option (none)",
              "Round 52 rulings (governs: round 44 over round 35 inside articles)",
              alt=[["上海市绿化和市容(林业)工程安全质量监督管理站"]])

# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the printed names accepted)
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'各街镇（园区）': '各街镇'})

write_collected(DIR)
# Round 67 (rul96): units printed with 本市／本区 before the name aligned to tests/data/CONVENTIONS.md "Round 96
# rulings" (governs: round 41's Names over the older answers that kept it; p67h) (README, round 67); the
# helper maps names generically (printed name → the name without 本市／本区), the printed lists stay accepted
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'本区环卫企业': '环卫企业'},
                      why="Round 96 (governs, aligned round 67 to CONVENTIONS.md \"Round 96 rulings\"; p67h): 本市／本区 before a name is no part of it (round 41 Names; the 本区 form of x232_04 第八条)")

write_collected(DIR)
