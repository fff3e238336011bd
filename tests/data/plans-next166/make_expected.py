# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next166/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 40 (built by helper c166): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main
at d3102ee9 (rounds 25–39 and the round-40 rulings written early). Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next166/make_expected.py tests/data/plans-next166
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, SHANGHAI_REPO, STORED_WHOLE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations, pivots 委托): lead = [], "
        "responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another verb "
          "(加强, 编制, 明确, 审查, 做好, 提供, 载明, 开展 without 组织, 履行, 对…进行 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
BY = "CONVENTIONS.md units rule 2 and round 34: the agent of 由 with any verb of doing is a doer"
ORG = "CONVENTIONS.md units rule 2 and round 34: 组织＋work (组织编制, 组织制定) makes its subject a doer"
ENTRUST = ("CONVENTIONS.md round 33 / round 35: a pivot 「A委托B＋verb」, with or without 由, makes A a doer; B, the object of "
           "委托, is not a unit")
ARTICLE = ("CONVENTIONS.md round 30 / round 33: in a document written as articles, an article that gives work (a doer or an "
           "instruction 「应当…」) is a task; general provisions (purpose, scope, definitions, 参照, reference to other law, "
           "entry into force) and statements with no work are not")
CASE = ("CONVENTIONS.md round 30 / round 34: an item whose every clause is the response to its cases 「违反…的，由A责令…」 "
        "takes A as its doer; penalties (fines, shares of a contract price) are not targets (round 32 / round 33)")
FIELDS = ("CONVENTIONS.md round 31: fields joined by 、 before one head, 等 inside, are one name as printed 「人事、卫生等部门」 "
          "(the scorer strips only a final 等)")
OPTION = "CONVENTIONS.md round 40: 「A可…」 is an option — A is no doer by it"
LABEL = ("CONVENTIONS.md units rule 1, round 38 / round 40: a unit-colon label 「（二）A：…」 gives A (the label decides; the "
         "sentences add nothing); 「（以下简称“X”）」 is dropped from the name (round 35)")
DUTYNOTE = ("a plan body's sending to another body of the plan is a duty (CONVENTIONS.md round 32 / round 35), undated when no "
            "date is written (round 36)")
FILING = ("CONVENTIONS.md round 32: a regulated party's filing (owners', users', suppliers', builders' sendings of their data "
          "or reports to the administering department) is the policy's content, no duty — RULING? (round 40 makes a standing "
          "rhythm of reporting data to the ISSUING office a duty whoever sends it; a regulation is issued by the congress "
          "standing committee, the data go to the department that administers it)")


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


def A1(file, path, unit, note, **kw):
    """A sample whose only unit is ``unit`` (lead [], the unit accepted as lead), located by its article label."""
    return S(path, [], [unit], lead_alternatives=[[unit]], note=note, **kw, **art(file, path))


def flk_source(folder, name, url, chars, extra=""):
    """A regulation stored from flk.npc.gov.cn: not at the set's usual commit, and with another wrapper."""
    return (f"{SHANGHAI_REPO} @ 19e51bcbbf7d8f9d43ed3b35798b11d98de85295 (the file is not stored at 49f4bb7…), "
            f"docs/{folder}/{name} (official page {url}) — {STORED_WHOLE} ({chars}); this stored file's wrapper is not "
            "YAML: a 「# 」 title line, a six-line metadata list (公布日期 … 来源) and a 「---」 rule with the blank lines "
            "after it, all removed; the text starts at the regulation's own title line" + extra)


# ---------------------------------------------------------------------------------------------------------
X01 = "x166_01_shi-renda-2024-lvse-jianzhu-tiaoli.txt"
ZJ = "市住房城乡建设管理部门"

plan(X01,
     title="上海市绿色建筑条例",
     doc_no="none printed (a local regulation, adopted 2024-09-27)",
     issuer="上海市人民代表大会常务委员会",
     date="2024-09-27",
     date_note="adopted 2024年9月27日; in force 2025年1月1日, when the 2010 上海市建筑节能条例 (x166_03) is repealed",
     level="city regulation (地方性法规) of the Shanghai People's Congress Standing Committee: green buildings — duties of "
           "the departments, standards, planning and building, operation and retrofit, incentives, penalties",
     source=flk_source("绿色低碳与节能", "上海市绿色建筑条例.md", "https://flk.npc.gov.cn/detail?id=ff808181927f0e7b019318d454c439b3", 6634,
                       "; the typed file had 6,633 characters: read_file answers at offsets 200, 217 and 230 placed the "
                       "missing character after 「---」 and before the title line (offset 217 is a newline in the stored "
                       "file, the title in the typed one), i.e. in the blank lines that were cut; one more newline was put "
                       "there before the check, so the text from the title on is as read (offsets 230, 266, 330, 700, "
                       "1000, 1650, 3300, 5500, 6200, 6500, 6600 compared)"),
     style="a regulation in six chapters 「第一章　总　　则」… (ideographic spaces) and 46 articles run in 「第一条　text」 (label, "
           "one ideographic space, text; paragraphs of an article on the following lines without blank lines); a 目录 "
           "before the text; （一）… only in 第二十六条 (requirements) and 第三十三条 (incentives); work given as 「A负责…」, "
           "「A应当会同B…组织编制」, 「…协同实施本条例」, 「A…实施监理」, penalties 「由A责令…」; amounts in Chinese numerals; no "
           "dated task",
     leaf_tasks=36, count_alternatives=[31, 32, 33, 34, 35, 37, 38, 39, 40, 46],
     leaf_tasks_by_section={"第一章 第四、五、八–十一条": 6, "第二章 第十二–二十四条": 13, "第三章 第二十五–二十九、三十一条": 6,
                            "第四章 第三十二、三十四–四十条": 8, "第五章 第四十二–四十四条": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X01, ["第五条"], [], [ZJ, "区住房城乡建设管理部门", "交通、水务、绿化市容、房屋管理、国防动员等部门",
                             "发展改革、财政、规划资源、经济信息化、市场监管、科技、地方金融、机关事务管理等部门"],
          note=ARTICLE + " (an article in 总则 that gives work to bodies is a task, round 30); CONVENTIONS.md units rule 2: "
               "「A负责…，组织编制…，并负责…」, 「B…负责…」, 「C等部门…负责…」 — the subjects of 负责 (and 组织编制) are doers; "
               "round 39: 「其他有关部门…协同开展相关工作」 after 「A负责…」 clauses adds those departments as responsible — 「发展改革、…、"
               "机关事务管理等部门在各自职责范围内，协同实施本条例」 (协同实施, 实施 in rule 2's list); " + FIELDS + "; no 牵头: lead []; "
               + NODATE),
        A(X01, ["第八条"], [ZJ], [ZJ, "相关部门"], lead_alternatives=[[]],
          note=WITH + ": 「市住房城乡建设管理部门应当会同相关部门…组织编制绿色建筑地方标准」; 相关部门 is a kind (CONVENTIONS.md "
               "round 33); 「本市加强…」 names no body; 「鼓励相关社会团体、企业制定…」 names no doer (round 40: 鼓励A…); " + NODATE),
        A(X01, ["第十五条"], [], ["市住房城乡建设管理、市场监管、经济信息化等部门"],
          lead_alternatives=[["市住房城乡建设管理、市场监管、经济信息化等部门"]],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市住房城乡建设管理、市场监管、经济信息化等部门应当加强…监督管理」 — the fields sharing one head stay one name as printed (round 31); lead [] (the one group accepted as the lead); formerly: " "「市住房城乡建设管理、市场监管、经济信息化等部门应当加强绿色建材的监督管理，加快推进…」: 加强, 推进 — " + CLOSED
               + "; 「新建绿色建筑应当…应用…绿色建材」 a rule for buildings; 「本市实行…制度」 no body: " + NONE + "; " + NODATE),
        A1(X01, ["第十七条"], "建设单位",
           "「建设单位应当履行主体责任，实施绿色建筑建设全过程管理」: a designation 「A承担…主体责任」 (CONVENTIONS.md round 39) and "
           "the subject of 实施 (rule 2); a regulated party named by a kind is a doer like any kind (round 34); 「设计、施工、监理等"
           "单位应当…履行相应职责」 — 「A履行…」 names no doer (round 38); the opening 「按照本条例规定开展绿色建筑建设的，」 is the "
           "article's scope, not a case inside other work (round 30: the item's whole work); " + SUBJ + "; " + NODATE),
        A1(X01, ["第二十条"], "监理单位",
           "「监理单位依法对施工单位落实绿色施工方案实施监理」: 「A依法对…实施监督」 is rule 2's own example (the subject of 实施) — "
           "监理单位 a doer; 施工单位 「在编制…时，应当…编制绿色施工方案」「应当按照…施工」 — " + CLOSED + "; 「施工单位落实绿色施工"
           "方案」 stands inside the object of 对 (a body inside a noun's description, round 30; 落实 as a noun, round 33) — "
           "RULING? (read as no doer); " + SUBJ + "; " + NODATE),
        A(X01, ["第二十二条"], [], [],
          note="「建设单位组织建设项目竣工验收时，应当按照…进行查验」: 组织 inside a 「在组织…时，应当…」 clause is not the item's "
               "verb (CONVENTIONS.md round 38); 查验 and 检测 are plain verbs (" + CLOSED + "): " + NONE + "; 「竣工验收前」 a time "
               "from an event (round 34); " + NODATE),
        A(X01, ["第四十条"], [ZJ], [ZJ, "有关部门"], lead_alternatives=[[]],
          note=WITH + ": 「市住房城乡建设管理部门应当会同有关部门…将…信用信息归集至…平台，并依法采取…措施」; 有关部门 a kind "
               "(round 33); " + NODATE),
        A1(X01, ["第四十四条"], "住房城乡建设管理部门",
           CASE + ": 「违反本条例第二十九条第二款规定，…未按照要求报送相关数据的，由住房城乡建设管理部门责令限期改正；…」 and the "
           "second paragraph 「…由住房城乡建设管理部门责令限期改正」 — one doer, named as printed (without 市); " + SUBJ + "; "
           + NODATE,
           not_targets=[(1, "万元"), (5, "万元")]),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 scope and definition, 第三条 principles (round 33), "
            "第六、七条 (「本市支持…」, 「鼓励…」, aims: statements with no act; Round 103), 第三十条 "
            "(a rule where statistics belong, and 鼓励), 第三十三条 (incentives that 可以 be given: options, its （一）–（四） a list "
            "of measures), 第四十一条 (reference to other law), 第四十五条 (参照 and 鼓励), 第四十六条 entry into force. "
            "Every other article is one task (an instruction 「应当…」 to a body or to the works, or a doer; 第二十六条's （一）–（三） "
            "are requirements a building must meet — a list that gives no work, round 35): 第四、五、八–十一条 6; 第十二–二十四条 "
            "13; 第二十五–二十九、三十一条 6; 第三十二、三十四–四十条 8; 第四十二–四十四条 3 → **36** (第十一、三十五–三十七条: "
            "Round 103)",
            "accepted: 32 (第十一、三十五–三十七条 text, the reading before Round 103), 31 (第三十四条 — 「市住房城乡建设管理部门依托…平台，提供…信息」, a statement without 应当 — or 第十四条 — "
            "「本市不断提升…」 beside one rule for buildings — left out), 33, 34, 35 (one, two or three of the statements "
            "counted on the old reading), 37, 38, 39 (第六、七、三十、三十三条 counted, one to three), 40 (all eight statements "
            "counted), 46 (every article)",
            "aligned round 70 to CONVENTIONS.md \"Round 103 rulings\" (turned; 32 → 36): 第十一条 "
            "「本市与长江三角洲区域相关省、市建立绿色建筑工作沟通协调机制，加强信息共享…」, 第三十五条 "
            "「本市…推进绿色建筑的标准化设计、工厂化生产、装配式建造、数字化交付、智能化管理…」, 第三十六条 "
            "「本市推进建筑信息模型等数字化技术在绿色建筑领域的应用，具体办法由市住房城乡建设管理部门会同相关部门制"
            "定」 and 第三十七条 「本市探索建立建筑领域参与本市碳排放权交易机制，逐步将…建筑纳入碳排放管理」 — "
            "本市 with an act the rules' own bodies carry out (建立 a mechanism, 加强 sharing, 推进 named "
            "practices or the use of a named technique, 探索建立, 纳入) is a task naming none (Round 55's x248_02 "
            "第六条; round 65's x274_01; Round 93's x345_04 第十四条; Round 95's x352_01 第十九条; x359_03 "
            "第七、八条 the same words), 支持／鼓励 and options beside it changing nothing; 第六条 (支持, 赋能, "
            "推进…数字化转型, 提升…水平: encouragement and aims) and 第七条 (支持, 鼓励, 推进…深度融合, 促进…: the "
            "same) stay text, an aim naming a state to reach and no act (Round 80's aims form; round 68); no "
            "sample moves (units none)",
            "units not sampled: 第四条 (市、区人民政府 加强／统筹推进; 乡镇人民政府、街道办事处 做好 — plain verbs), 第九条 (「本市相关行业"
            "协会应当…组织、引导会员参与…」: 组织＋work makes the association a doer, but its printed name begins with 本市), 第十三条 "
            "and 第十六条 (「具体办法由市住房城乡建设管理部门制定」, 「具体范围和要求由A会同相关部门另行制定」: 由A＋verb, or round 39's "
            "「实施细则由A另行制定」 general provision? — contested), 第二十七条 (suppliers' sendings), 第二十八条 (「…部门应当加强指导」 "
            "plain), 第二十九条 (「具体规定由A会同相关部门制定」 as 第十六条; 「相关建筑所有权人应当制定绿色改造方案并予以实施」 — the "
            "subject of 实施), 第三十九条 (「…的机构…对出具的技术服务报告的真实性…负责」 — 对…负责 is accountability; by the 的-rule the "
            "name would be 「机构」), 第四十二、四十三条 (「由住房城乡建设管理部门或者其他有关部门按照职责分工责令…」: two doers)",
            "duties: none — 第二十七条 「燃气、电力、供热和供水企业应当于每年第一季度将上一年度相关数据报送市住房城乡建设管理部门」 and "
            "第二十九条 「…所有权人或者使用权人应当定期向住房城乡建设管理部门报送建筑能耗和碳排放数据」 are read by " + FILING,
            "dates and figures: 2024年9月27日, 2025年1月1日, 2010年9月17日 (adoption, entry into force, the repealed law's date) "
            "date no task; 每年第一季度, 定期 rhythms; 一星级以上／二星级以上 name grades of building (a class the rule covers, "
            "round 34 — not listed as targets); 二十万元以上五十万元以下, 百分之二以上百分之四以下, 一万元以上十万元以下 … are penalties "
            "(round 32: not targets); 五个新城 a name"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x166_02_huangpu-2021-guojia-jiguan-dagong-jianzhu-nenghao-jiance-xitong-guanli-banfa.txt"
N02 = "关于印发《黄浦区国家机关办公建筑和大型公共建筑能耗监测系统管理办法》的通知"
FGW = "区发展改革委"
JNB = "区节能减排办"
LYWB = "楼宇维保单位"

plan(X02,
     title="黄浦区国家机关办公建筑和大型公共建筑能耗监测系统管理办法（" + N02 + "）",
     title_note="a cover notice (addressees, one sentence, a 「附件:」 line) then the 办法, its title on two lines; the 办法's "
                "own title or the notice's",
     doc_no="黄发改规〔2021〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市黄浦区发展和改革委员会 (with 黄浦区建设和管理委员会, both signing)",
     date="2021-08-25",
     date_note="signed 2021年8月25日; in force 30 days after publication, valid 5 years",
     level="district commission with the district construction commission (Shanghai Huangpu), the energy-monitoring "
           "system of large public and government office buildings: who manages it, who runs it, platform and building "
           "upkeep, metering in new buildings, assessment",
     source=shanghai_source("工程建设管理", N02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail/0071::a655a1cd-7336-4913-a611-6f8b85e2aba8", 4341)
     + "; read whole at 2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e (4,307 characters, the count the typed file was checked "
       "against); at 49f4bb7 the file is 34 characters longer (the official link rewritten in the front matter and the "
       "disclaimer) and its end is the same",
     style="a cover notice and the 办法 in seven chapters 「第一章  总 则」… and 23 articles: 「第一条  text」 with two spaces "
           "(第一–四、十二–十五条) or one (第五–十一条); labels on lines of their own 「第四条  实施机构工作内容」, 「第十六条 施工图设计"
           "阶段要求」 over paragraphs; unit-colon items 「（一）区发展改革委：牵头会同…负责…」 under 「第二章  职责分工」; names "
           "through 「（以下简称“区节能减排办”）」; 1、–8、 under 第四条（五）; 「本办法自公布之日起30日后施行,有效期5年」 with an ASCII comma",
     leaf_tasks=37, count_alternatives=[29, 30, 35, 36, 38],
     leaf_tasks_by_section={"第三条": 5, "第四条": 12, "第五–十二条": 8, "第十三–十八条": 6, "第十九、二十条": 2, "第二十一条": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第三条", "（一）"], [FGW], [FGW, "区建管委", "区机管局"],
          note=LABEL + "; round 38 / round 40: a unit-colon label 「（七）A：」 gives A as lead and the bodies its text 会同／协同／"
               "配合 are responsible with it — 「区发展改革委：牵头会同区建管委、区机管局全面负责…」 (牵头 too; lead [] not accepted — RULING?); the lead-in 「平台管理部门"
               "由A、B、C、D组成」 names members (rule 3), no units of the items; " + NODATE),
        A(X02, ["第三条", "（五）"], ["区节能减排工作领导小组各成员单位"], ["区节能减排工作领导小组各成员单位", "相关部门"],
          lead_alternatives=[[]],
          note="no colon label: CONVENTIONS.md units rule 2 under 「第二章  职责分工」 (round 34 / round 35: every body given work "
               "is a unit) — 「区节能减排工作领导小组各成员单位负责…，并会同相关部门做好数据联网协调工作」: 「各成员单位」 named by a "
               "kind with a rule-2 verb is a doer as printed (round 35); " + WITH + "; " + NODATE),
        A1(X02, ["第四条", "（二）"], "区平台技术服务单位",
           LABEL + ": 「区平台技术服务单位（以下简称“平台单位”）：根据合同约定要求，具体负责…」; the lead-in 「…的具体实施机构为A、B、"
           "C…」 defines the bodies (round 30: a body the item defines is not one by that clause); " + SUBJ + "; " + NODATE),
        A1(X02, ["第六条"], "区平台",
           BY + ": 「由区平台向其发放《…备案表》」 — a platform made an actor is a unit as printed (round 34), its name given by "
           "「（以下简称“区平台”）」 in 第二条 (round 38: read as X where X is printed); 「区平台应采集…」 plain; the owners who "
           "upload their data are the receivers of the form; " + SUBJ + "; " + NODATE),
        A(X02, ["第八条"], [], ["平台单位"], lead_alternatives=[["平台单位"]],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「平台单位应每季度整理…并进行更新」 — 平台单位 is the role the document defines as a body (第三条: 区平台技术服务单位, round 33), the subject of 整理: responsible, lead [] (accepted as the lead); formerly: " "「平台单位应每季度整理…楼宇信息，并进行更新」: 整理, 更新 — " + CLOSED + ": " + NONE + "; 每季度 a rhythm, not a "
               "deadline (CONVENTIONS.md round 34); " + NODATE),
        A1(X02, ["第十二条"], LYWB,
           "「楼宇维保单位应实施日常楼宇分项计量装置和上传数据的运维工作」: the subject of 实施 is a doer (CONVENTIONS.md units rule "
           "2), the name given by 「（以下简称“楼宇维保单位”）」 in 第四条（四） (round 38); 「现场运维工作应由具备对应专业资格上岗证人员"
           "操作」 — persons are never units (round 30); " + SUBJ + "; " + NODATE),
        A(X02, ["第十八条"], [], ["建设单位", JNB],
          note="「建设单位应当按照…要求，组织专项验收」: 组织验收 is rule 2's own 组织＋work (" + ORG + "); 「验收合格的，由区节能减排办出具"
               "联网验收报告」 — " + BY + "; the clause is the next step of the item's own work, not a contingency (round 40: an item "
               "split by its steps gives all its doers; round 38: 「由A…出具同意意见」 a verb of doing); 「区建设工程安全质量监督管理"
               "部门不得出具…，区建管委不得完成竣工验收」 are prohibitions (no work given); two doers, no 牵头: lead []; " + NODATE),
        A(X02, ["第二十条"], [JNB], [JNB, "监督机构"], lead_alternatives=[[]],
          note="「区节能减排办牵头制定具体考核细则，每季度由监督机构对…进行考核评价」: 「A牵头」 gives lead A (CONVENTIONS.md units "
               "rule 2), and " + BY + " (监督机构, the name given by 「（以下简称“监督机构”）」, round 38); lead [] accepted as in "
               "x159's 会同 samples; 每季度 a rhythm (round 34); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "平台按要求向市级能耗监测平台上传本区公共建筑用能数据", "when": None, "when_norm": None,
              "note": "第七条: " + DUTYNOTE},
             {"what": "楼宇维保单位定期提供能耗监测数据报告", "when": "定期", "when_norm": "periodic (定期, no rhythm named)",
              "note": "第四条（四）: " + DUTYNOTE + " (the hired maintenance unit is one of the plan's 实施机构)"},
             {"what": "楼宇维保单位及时向平台单位提交更新后的建筑基础信息表", "when": "及时", "when_norm": None,
              "note": "第十五条: " + DUTYNOTE + "; 每季度 is the rhythm of the checking, the sending follows a change"}],
     notes=["counting (" + ARTICLE + "; CONVENTIONS.md round 37: items numbered inside an article are its items): not tasks — "
            "第一条 purpose, 第二条 scope, 第二十二条 interpretation, 第二十三条 entry into force. Tasks: 第三条 （一）–（五） 5 (its "
            "lead-in names members); 第四条 （一）–（四） 4 and （五）'s 1、–8、 8 (「具体要求如下：」 — the owners' work, items that give "
            "work) = 12; 第五–十二条 8 (第五条 gives work with no body: 「采用专人专管模式…及时更新平台功能…建立…模式」, round 40: items "
            "naming no unit in a plan with units are tasks where they give work); 第十三–十八条 6 (label lines over one paragraph "
            "each); 第十九条 (考核目标: 「对…实施机构进行考核与评价」, no body) and 第二十条 2; 第二十一条 （一）–（四） 4 → **37**",
            "accepted: 29 / 30 (第四条（五） one task, its 1、–8、 text; with or without 第五条 and 第二十一条（二）), 35 / 36 (第五条 and／or "
            "第二十一条（二） — a sanction rule 「不配合…的…，不纳入…范围」 with no work — left out), 38 (第四条（五）'s own sentence counted "
            "beside its 1、–8、)",
            "units not sampled: 第三条 （二）–（四） (unit-colon labels, one unit each, like 第四条（二）); 第四条（一） (「黄浦区节能减排"
            "工作领导小组办公室（以下简称“区节能减排办”）：…负责…和组织开展…」 — the label's name); 第四条（五） and its 1、–8、 (「建筑"
            "分项计量系统的建筑产权人或受委托的使用人负责…」 — by the 的-rule 「建筑产权人」 and 「使用人」; its items inherit by rule "
            "4); 第十四条 (「每个维保楼宇每年应定期组织…培训交流活动」 — 组织＋work with a building as its grammatical subject); "
            "第二十一条（三） (「区节能减排办…对受委托技术单位进行奖惩」 — 对…进行, round 37: no doer); 第二十一条（四） (「平台单位应限期"
            "整改，并承担相应责任」 — 承担…责任 in a case)",
            "dates and figures: 2021年8月25日 the signature; 30日后施行, 有效期5年 entry into force; 每季度, 每年, 定期 rhythms; 3000"
            "平方米以上, 5000平方米以上 (第二条) pick the buildings the rule covers (a class, round 34: not targets); 沪住建规范〔2018〕2号 "
            "a number; no target"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x166_03_shi-renda-2010-jianzhu-jieneng-tiaoli.txt"
JS = "市建设行政管理部门"
JGB = "市建管办"

plan(X03,
     title="上海市建筑节能条例",
     doc_no="none printed (a local regulation, adopted 2010-09-17)",
     issuer="上海市人民代表大会常务委员会",
     date="2010-09-17",
     date_note="adopted 2010年9月17日, in force 2011年1月1日; repealed from 2025-01-01 by the 上海市绿色建筑条例 (x166_01). The "
               "stored metadata says 「施行日期：」 (blank) and 「时效性：尚未生效」 — the repository's own, cut with the wrapper",
     level="city regulation (地方性法规) of the Shanghai People's Congress Standing Committee: building energy saving — "
           "departments' duties, standards, new buildings, retrofit, upkeep and monitoring, incentives, penalties",
     source=flk_source("绿色低碳与节能", "上海市建筑节能条例.md", "https://flk.npc.gov.cn/detail?id=4028abcc61277793016127f718fb378e", 7512),
     style="a regulation in eight chapters 「第一章　总则」… and 52 articles run in 「第一条　text」 (one ideographic space); 「目    "
           "录」 with four ASCII spaces; the adoption note on two lines; （一）… lists of cases, contents, uses and definitions; "
           "work given as 「A负责…」, 「A应当组织编制／组织制定…」, 「A应当委托B…」, 「由A汇总后送B」, 「由A组织…进行技术论证」, penalties "
           "「由市建管办…责令…」; 「（以下简称市建管办）」 without quotation marks; amounts in Chinese numerals",
     leaf_tasks=42, count_alternatives=[40, 41, 43, 52],
     leaf_tasks_by_section={"第一章 第四、五条": 2, "第二章 第六–十二条": 7, "第三章 第十三–二十四条": 12,
                            "第四章 第二十六–三十条": 5, "第五章 第三十一–三十五条": 5, "第六章 第三十六、三十七、三十九–四十一条": 5,
                            "第七章 第四十四–四十九条": 6},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X03, ["第四条"], [], [JS, "市建筑市场管理办公室", "区、县建设行政管理部门",
                             "市和区、县发展改革、机关事务管理、规划、财政、统计、质量技监、房屋管理、商务、旅游、教育、卫生等行政管理部门"],
          note=ARTICLE + " (an article in 总则 that gives work is a task, round 30); CONVENTIONS.md units rule 2: 「A负责…」 three "
               "times (市建设行政管理部门, 市建筑市场管理办公室 — 「（以下简称市建管办）」 dropped from the name, round 35 —, 「区、县"
               "建设行政管理部门」 one name like 「市、区X部门」, round 30) and round 39: 「…等行政管理部门依照各自职责，协同实施本条例」 "
               "after 负责 clauses adds them as responsible; " + FIELDS + " (「市和区、县…」 — 和 joins no whole body names, round "
               "35); no 牵头: lead []; " + NODATE),
        A1(X03, ["第六条"], JS,
           ORG + ": 「市建设行政管理部门应当…组织编制本市建筑节能规划，报市人民政府批准后实施」 (the 市人民政府 approves: rule 3; "
           "实施 has no subject of its own); " + SUBJ + "; " + NODATE),
        A1(X03, ["第八条"], JS,
           "「市建设行政管理部门可以…组织制定优于国家标准…的地方建筑节能标准」 — " + OPTION + "; but 「对尚未制定国家标准或者行业"
           "标准的施工能耗管理等领域，市建设行政管理部门应当组织制定地方建筑节能标准」 — " + ORG + " (the 对…领域 phrase is the "
           "scope of the duty, not a case); " + SUBJ + "; " + NODATE),
        A1(X03, ["第十二条"], "建设单位",
           "「…竣工验收后一年内，建设单位应当委托建筑能效测评机构进行能效测评」: " + ENTRUST + "; 「前款规定的建筑所有权人应当重新"
           "进行…测评」 is a plain verb in a case list （一）–（三） (cases: a list that gives no work, round 35); 「一年内」 a limit "
           "counted from an event (round 33 / round 34: no deadline, no target); " + SUBJ + "; " + NODATE),
        A(X03, ["第十五条"], [], [],
          note="「施工图设计文件审查机构应当按照…，对…建筑节能设计内容进行审查」 — 「A对…进行审批」 without 由 names no doer "
               "(CONVENTIONS.md round 37); 出具, 签字, 盖章确认 plain; 「确需变更的，应当按照原审查程序重新审查」 a case: " + NONE
               + "; " + NODATE),
        A(X03, ["第二十四条"], [], [JS, "市统计部门"],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市统计部门应当定期向社会公布施工能耗信息」 — the subject of 公布 is a doer, after 市建设行政管理部门 (由A汇总), in printed order; 施工单位 stays a regulated party; lead []; formerly: " + BY + ": 「施工单位应当…向市建管办或者区、县建设行政管理部门报送施工能耗报告，由市建设行政管理部门汇总后送市统计部门」 — "
           "汇总 with 由 (round 34: any verb of doing); the builders' reports are a regulated party's filing (round 37: 「由项目实施"
           "单位向联席会议报送决算」 no unit), the receivers no units; 「市统计部门应当定期向社会公布…」 plain (" + CLOSED + "); "
           + SUBJ + "; 定期 — a rhythm (round 34); " + NODATE),
        A1(X03, ["第四十条"], JS,
           "「建设工程中需要采用没有相应标准的…新材料的，由市建设行政管理部门组织有关专家、专业机构等进行技术论证」: the item's whole "
           "work is the response to that case (CONVENTIONS.md round 30), and " + BY + " (组织 with 由; 有关专家、专业机构, objects of "
           "组织, are no units); 「…可以在该建设工程中使用」「可以按法定程序纳入…」 options; " + SUBJ + "; " + NODATE),
        A(X03, ["第四十五条"], [], [JGB, JS],
          note=CASE + ": 「…设计单位未按照…进行设计的，由市建管办责令限期改正，处十万元以上三十万元以下的罚款；情节严重的，由市建设"
               "行政管理部门根据有关规定，责令停业整顿…」 — both 由 clauses; 市建管办 as printed (round 38: a name given through "
               "以下简称 reads as the short name where that is printed); two doers, no 牵头: lead []; " + NODATE,
          not_targets=[(10, "万元"), (30, "万元")]),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市建设行政管理部门将施工能耗报告汇总后送市统计部门", "when": None, "when_norm": None,
              "note": "第二十四条: " + DUTYNOTE + "; the builders' own reports to 市建管办 are a regulated party's filing (round 32)"},
             {"what": "市房屋管理、机关事务管理等行政管理部门将既有民用建筑调查分析报告送市建设行政管理部门", "when": None,
              "when_norm": None, "note": "第二十七条: " + DUTYNOTE},
             {"what": "市机关事务管理部门将国家机关办公建筑运行能耗检查情况抄送市建设行政管理部门", "when": None, "when_norm": None,
              "note": "第三十五条: " + DUTYNOTE}],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 scope, 第三条 definition, 第二十五条 (改建、扩建 「应当执行…"
            "新建建筑的规定」: a 参照 article, round 36), 第三十八条 (依法享受; 鼓励), 第四十二条 (鼓励), 第四十三条 (reference to other law), 第五十条 definitions, "
            "第五十一条 (鼓励), 第五十二条 entry into force. Every other article is one task; their （一）… are cases (第十二、四十四、"
            "四十七、四十八、四十九条), contents (第二十条) or uses of a fund (第三十六条): lists that give no work (round 35: an article "
            "whose items are only cases is one task) → 第四、五条 2; 第六–十二条 7; 第十三–二十四条 12; 第二十六–三十条 5 (第二十六条: "
            "Round 103); 第三十一–三十五条 5; 第三十六、三十七、三十九、四十、四十一条 5; 第四十四–四十九条 6 → **42**",
            "accepted: 41 (第二十六条 text, the reading before Round 103; or 第三十七条 — 「…费用应当列入…财政预算」, 「由政府给予适当"
            "补贴」, a payer — left out), 40 (both), 43 (第二十五条 counted), 52 (every article)",
            "aligned round 70 to CONVENTIONS.md \"Round 103 rulings\" (turned; 41 → 42): 第二十六条 "
            "「本市根据…实际情况，有计划、分步骤地实施既有民用建筑分类节能改造；鼓励…」 — 本市 with an act the "
            "rules' own bodies carry out (实施 the retrofit) is a task naming none (Round 55's x248_02 第六条; "
            "round 65's x274_01; Round 95's x352_01 第十九条), 鼓励 beside it changing nothing; no sample moves "
            "(units none)",
            "units not sampled: 第五条 (「本市各级人民政府应当…并组织有关部门开展…宣传教育」 — 组织B＋work makes the governments doers; "
            "the printed name begins with 本市), 第十六条 (「建设单位应当委托…检测机构…进行见证取样检测」 — as 第十二条: 建设单位), 第十七条 "
            "(「…应当通过查看检测资料、现场抽查、组织比对试验等方式，对…进行监督检查」 — 组织 inside the means; 对…进行, round 37), "
            "第二十一条 (市建设行政管理部门 组织制定, as 第六条), 第二十二条 (「施工单位应当…明确节能目标和计划，并分解到…项目中予以落实」 "
            "— the subject of 落实?), 第二十七条 (「A应当会同相关部门…制定…计划」, 「…计划由相关部门按照各自职责组织实施」, 「…由市机关事务"
            "管理部门会同市建设行政管理部门制定」 — two 会同 leads of two parts, round 36), 第三十五条 (「…检查由市机关事务管理部门负责」 "
            "beside 可以 and 配合), 第三十六条 (「…办法，由A会同市发展改革、财政部门另行制定」), 第四十四、四十六–四十九条 (penalties 由A…, "
            "as 第四十五条); the rest give work to plain subjects of 应当 (" + CLOSED + ")",
            "duties: the three sendings between plan bodies (第二十四、二十七、三十五条, undated); not duties — 第三十三条 (owners 「按要求"
            "传送相关能耗数据」) and 第三十四条 (「…产权人或者受委托的物业服务企业应当定期向市建设行政管理部门报送上一年度的能源利用状况"
            "报告」), read by " + FILING,
            "dates and figures: 2010年9月17日, 2011年1月1日 (adoption, entry into force) date no task; 一年内 (第十二条) a limit "
            "from an event; 定期 rhythms; 六层以下住宅, 七层以上住宅 (第十一条) and 二万平方米以上 (第五十条) classes the rule covers "
            "(round 34: not targets); the fines (五万元以上五十万元以下 …, 三万元罚款, 五千元以上五万元以下) are penalties (round 32)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x166_04_shi-shengtai-huanjingju-2025-tudi-turang-wuran-guankong-lvse-ditan-xiufu-ruogan-yijian.txt"
N04 = "上海市关于推进建设用地土壤污染风险管控和绿色低碳修复的若干意见"

plan(X04,
     title=N04,
     doc_no="沪环土〔2025〕164号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市生态环境局 (with 上海市规划和自然资源局, both signing)",
     date="2025-10-28",
     level="city bureau with the city planning and natural resources bureau (Shanghai), contaminated construction land: "
           "surveys, classification, risk control and low-carbon remediation, aftercare, research",
     source=shanghai_source("规划与土地", N04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=33373bb22b214b9bb4f2f4558e68d6bd&siteId=0024", 5614),
     style="an opinion (addressees, preamble, seven childless headed points 一、–七、 with one to four paragraphs each, a 「附件：」 "
           "line, two signatures padded with ASCII spaces, date, 「（此件主动公开）」) followed by the attachment — a technical guide "
           "with its own 一、–四、, 2.1–2.6 definitions, a scoring table flattened one cell a line (「S1＞8」, 「6＜S1≤8」) and a list "
           "of 33 pollutants with CAS numbers; work given mostly by 鼓励／支持／探索 or plain verbs, rarely to a named body",
     leaf_tasks=6, count_alternatives=[5, 7],
     leaf_tasks_by_section={"一、": 1, "二、": 1, "三、": 1, "四、": 1, "五、": 1, "六、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["七、强化科技支撑和行业引领，探索建立绿色低碳评价体系"],
     samples=[
        S(["一"], [], [],
          note="a childless headed point that gives work is a task (CONVENTIONS.md round 34); 「鼓励…属地政府组织开展…摸底调查」 — "
               "鼓励A… names no doer (round 40); 「摸底调查结果报市、区生态环境和规划资源部门」 names receivers (rule 3); 「规划资源部门"
               "在编制或修订…时，…科学合理规划土地主导用途」 — 规划 is a plain verb (" + CLOSED + "); 「涉及污染地块的，土壤污染责任人负有"
               "实施…修复的义务」 stands in a case clause (rule 3: a clause inside a case is not the item's work) — RULING? (负有…义务 "
               "as round 39's designation 「A承担…主体责任」 would make the party a doer): " + NONE + "; " + NODATE),
        S(["二"], [], [],
          note="childless headed point (round 34) whose instructions name no body 「涉及土地储备的，应在收储前完成…调查」「原则上应先"
               "移除…」; 「原土地使用权人与土地储备机构协商确定由土地储备机构负责落实…的，应在…协议中明确…」 and 「收储补偿协议约定由"
               "土地储备机构负责开展…的，相关费用可以纳入…」 — 由A负责 only inside case clauses (CONVENTIONS.md rule 3: 「确需调整的，"
               "由A负责」) and an option: " + NONE + "; 「收储前」「供地前」 times from events; HJ25.1-2019 a standard's number; "
               + NODATE),
        S(["三"], [], [],
          note="childless headed point: 「探索在…阶段，对…地块开展土壤污染程度评价工作」, 「必须治理达到…要求」, 「推动科学、精准管控"
               "或修复」 — work with no body (round 40: items naming no unit in a plan with units elsewhere are tasks where they give "
               "work); 鼓励／支持 name no doer (round 40): " + NONE + "; " + NODATE),
        S(["四"], [], [],
          note="「从业单位在编制…方案时，应将绿色低碳要素纳入技术比选体系」 — 纳入 a plain verb (" + CLOSED + "); 「生态环境部门可跨前"
               "服务，加强指导」 — " + OPTION + " (可 reaches every verb joined to it in the same sentence); 「鼓励从业单位…」「鼓励在产"
               "企业…」 name no doer: " + NONE + "; " + NODATE),
        S(["五"], [], [],
          note="「生态环境部门应当及时将…要求函告规划资源部门」, 「规划资源部门…通过行政协助征询生态环境部门意见并告知建设单位」, 「建设"
               "单位确保…不破坏风险管控设施」 — 函告, 征询, 告知, 确保: " + CLOSED + "; 鼓励 / 可以 name no doer: " + NONE + "; the "
               "函告 is a sending between plan bodies (a duty below); 「风险管控方案备案后」 a time from an event; " + NODATE),
        S(["六"], [], ["土壤污染责任人", "土地使用权人"],
          note="「…需要实施后期管理的，土壤污染责任人或土地使用权人应当按照要求实施制度控制、长期监测等后期管理措施」: the subject of "
               "实施 is a doer (CONVENTIONS.md units rule 2); 「A或B」 gives both (round 30: 「由A或B指定专人负责」); regulated parties "
               "named by a kind are doers (round 34); the opening 「…需要实施后期管理的，」 is the point's own scope (its whole "
               "work); 「未明确后期管理责任的，由原土地使用权人承担」 is a case (rule 3); two doers, no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "生态环境部门及时将地块开发深度限制、风险管控设施保护边界等要求函告规划资源部门", "when": "风险管控方案备案后及时",
              "when_norm": None, "note": "五、: " + DUTYNOTE}],
     notes=["counting: seven childless headed points (CONVENTIONS.md round 34: a childless point that gives work — a rule-2 doer "
            "or an instruction 「应…」「必须…」 — is a task): 一、–六、 → **6**; 七、 says only 「加强…研究」「支持…」「创新…」「探索建立…」"
            "「鼓励…」 — the issuer's own intentions with no body and no 应／要 (a statement, round 33: no task in a plan with units) — "
            "7 accepted with it; 5 accepted without 三、 (its only instruction 「必须治理达到…要求」 sits in a clause on land uses). "
            "The body ends at the line 「附件：上海市建设用地土壤污染程度评价技术指南（试行）」 (plans-dev EXPECTED.md); the attached "
            "guide (scope, definitions, a scoring table, grades, a list of pollutants; its only work 「风险评估单位应在风险评估阶段完成"
            "…评价工作」) is another document and no task table",
            "units: the only doers by the ruled forms are 六、's; 「由土地储备机构负责…」 (二、) and 「由原土地使用权人承担」 (六、) stand "
            "in case clauses; the addressees 各区生态环境局、规划资源局 are named only in the salutation. Said plainly: the set's "
            "weakest document on units (one sample of six names a unit)",
            "dates and figures: 2025年10月28日 the signature; no task date; the guide's thresholds (S1＞8, P1＞150, C1＞50000 "
            "立方米, 总分高于70分, 低于30分) are grade bands of the attachment's scoring (round 32: grade bands are not targets; and "
            "no task of the plan); HJ25.1-2019, GB 36600, GB 14848, HJ 25.3 and CAS numbers are numbers"])

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


align45_q44c('x166_01', ['第二十条'], [], ['施工单位', '监理单位'],
             "「施工单位在编制施工组织设计文件时，应当…编制绿色施工方案」「施工单位应当按照绿色施工方案施工」 — the subject of the article's 编制／施工 is a doer, before 监理单位 in printed order (the accepted lead 监理单位 dropped: two doers); inside 「监理单位依法对施工单位落实…实施监理」 施工单位 is the supervised party (no more than it was)",
             alt=None, drop_alt=True)
align45_q44c('x166_01', ['第二十二条'], [], ['建设单位'],
             "「建设单位组织建设项目竣工验收时，应当按照施工图设计文件的绿色建筑专篇内容进行查验；查验不合格的，不得出具竣工验收报告」 — the subject of the article's 查验 is a doer",
             alt=[['建设单位']], drop_alt=False)

write_collected(DIR)
