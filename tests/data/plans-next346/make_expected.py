# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next346/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 65 (built by helper c346, for round 66): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings, written early" to its
end in full — Rounds 83–91 — older rulings only where a ruling quoted there led) applied to every item. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next346/make_expected.py tests/data/plans-next346
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all three files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the whole stored file was "
          "copied from the tool's answer (its JSON string) and gives exactly the stored character count, and the "
          "wrapper was then cut by a script")


def src(folder, path, url, chars):
    return f"{REPO} @ {C2B}, docs/{folder}/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
NOLEAD = "no 牵头 and no 会同: lead []"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 87's x325_01 第二十四条); "
           "an application (round 30's applicant), a review of a submission and the decision on it (Round 85's x321_02; "
           "Round 87's x327_04), a sending (Round 83's x315_01 第十一条) and options (可, round 49 p46b) name none")
DUTYSPLIT = ("a 职责分工 article of paragraphs each opening with a body is one task naming every body it gives work, in "
             "printed order, each once (Round 82's p60c-1; Round 87's x327_02 二, confirmed)")
HUITONG = ("「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); bodies that lead different parts by 会同 "
           "are all leads (Round 83's x316_02 （二十））")
TOWN_NOTE = ("「镇（乡）人民政府」: a bracket giving the body of the same kind in other areas is dropped wherever it stands "
             "(Round 89's x331_02 and x334_04, turned on the bracket) — the printed name accepted")
ONENAME = ("fields sharing one head, joined by 、 (and 以及), with or without 等, are one name as printed (round 31: "
           "「人事、卫生等部门」; Round 91's governs on x340_02 第四条); 「市、区X部门」 is one name (round 30)")
FINES = ("what a breach costs is no target, a fine's band included (round 32; Round 85's x321_03 第五条（三）, turned): "
         "not_targets")


# ---------------------------------------------------------------------------------------------------------
X01 = "x346_01_shi-zhengfu-2021-shuiyu-shirong-huanjing-weisheng-guanli-guiding.txt"
P01 = "上海市水域市容环境卫生管理规定"
SL = "市绿化市容部门"
QL = "区绿化市容部门"
SQL = "市、区绿化市容部门"
SQLS = "市、区绿化市容、水务部门"
SLS = "市绿化市容、水务部门"
TOWN = "镇人民政府"
TOWN_P = "镇（乡）人民政府"
ZY = "作业服务单位"
XT3 = "发展改革、规划资源、住房城乡建设管理、交通、生态环境以及城管执法等部门"

plan(X01,
     title=P01,
     title_note="the rules' title (lines 1 and 3); a government rule with no cover",
     doc_no="上海市人民政府令第50号 (line 5; the front matter gives none)",
     issuer="上海市人民政府",
     date="2021-06-30",
     date_note="line 5: published 2021年6月30日 by order No. 50, in force 2021年9月1日 (also 第二十六条, a general provision, "
               "which repeals the 1989 rules); 定期 (第十五条) names no rhythm; no task is dated",
     level="the city government's rules on the cleanliness of the city's waters: the greenery, water and town "
           "bodies' duties, zones of responsibility on the water, the contracted cleaning firms and their norms, "
           "appraisal, water weeds, ships' waste, emergencies, information, supervision and Yangtze-delta cooperation",
     source=src("市容绿化与景观", "上海市水域市容环境卫生管理规定.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210723/26ea22abf7ce4521be1b45e197f3e699.html", 3917),
     style="a government rule with no cover: the title twice, a bracketed line of its order, 26 articles "
           "「第N条（heading）」 with the heading on a line of its own; lists （一）–（三） of who bears a zone (第七条), "
           "（一）–（六） of a firm's norms with a paragraph after them (第十四条), （一）–（三） of information shared "
           "(第二十三条) and （一）–（五） of officials' faults (第二十五条)",
     leaf_tasks=21, count_alternatives=[19, 20, 22, 23, 24, 25, 26],
     leaf_tasks_by_section={"第一、二条": 0, "第三–五条": 3, "第六条": 0, "第七–十条": 4, "第十一条": 0,
                            "第十二、十三条": 2, "第十四条": 4, "第十五–十九条": 5, "第二十条": 0, "第二十一–二十三条": 3,
                            "第二十四–二十六条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（部门职责）"], [], ["绿化市容部门", "水务部门", TOWN, XT3],
          responsible_alternatives=[["绿化市容部门", "水务部门", TOWN_P, XT3], ["水务部门", TOWN, XT3],
                                    ["水务部门", TOWN_P, XT3], ["绿化市容部门", "水务部门", TOWN]],
          **art(X01, ["第三条（部门职责）"]),
          note="「绿化市容部门是本市水域市容环境卫生的行政主管部门。 水务部门按照职责权限，负责将相关水域市容环境卫生纳入河道养护管理工作。 镇（乡）人民政府按照职责权限，负责所辖区域内水域市容环境卫生的日常管理工作。 发展改革、规划资源、住房城乡建设管理、交通、生态环境以及城管执法等部门按照各自职责，协同实施本规定。」 — "
               + DUTYSPLIT + "; 「A是…的行政主管部门」 designates A in an article that divides the work (Round 85's x319_04; "
               "Round 91's governs on x338_05 over Round 87's x323_02 第四条) — the list without it accepted (RULING?: a "
               "designation with no verb of work after it, or a plan-level field); 负责 rule 2's; 协同实施本规定 names doers "
               "(Round 91's x340_02 第三条, confirmed); " + ONENAME + "; " + TOWN_NOTE + "; " + NOLEAD + "; " + NODATE),
        S(["第五条（规划）"], [SL, QL], [SL, "市水务等部门", QL, "区水务、规划资源等部门"],
          lead_alternatives=[[], [SL]],
          responsible_alternatives=[[SL, QL], [SL, "市水务等部门", QL, "区水务、规划资源等部门", SLS]],
          **art(X01, ["第五条（规划）"]),
          note="「市绿化市容部门应当会同市水务等部门…将…布局，纳入市容环境卫生发展规划。 区绿化市容部门应当会同区水务、规划资源等部门…编制本辖区水域市容环境卫生专项规划；市绿化市容、水务部门应当予以指导。」 — "
               + HUITONG + "; " + ONENAME + " (「市水务等部门」 a field with no head of its own sharing the head after 等, "
               "Round 91's governs on x340_02 第四条); 「予以指导」 is rule 3's guide (「A指导B」 without 负责, in articles too: "
               "Round 83's x311_02 第十条) — the list with the guide accepted; " + NODATE),
        S(["第八条（责任要求）"], [], [], lead_alternatives=[["责任人"]], responsible_alternatives=[["责任人"]],
          **art(X01, ["第八条（责任要求）"]),
          note="「责任人应当按照《上海市市容环境卫生管理条例》有关责任区责任要求的规定，履行责任。 责任人对责任区内违反市容环境卫生管理规定的行为，有权予以劝告和制止；劝告或者制止无效的，及时向绿化市容、水务、城管执法等部门或者镇（乡）人民政府报告。」 — "
               "履行 with duties as its object names none (round 67; Round 87's x323_03 第七条), 有权 gives a power to use, "
               "an option as 可 is (round 49 p46b; Round 87's x325_02 第二十条), and the report is a sending, naming none "
               "(rounds 46, 48) but a duty (below); the article still binds the party by 应当, a task (Round 84's p61a-2) — "
               "[责任人] accepted (RULING?: Round 89 turned x334_04 第五条 to [责任人] where the same party 「应当予以劝阻、制止」; "
               "here 有权 stands in its place); " + NONE + "; " + NODATE),
        S(["第十条（责任人信息档案）"], [], [SQL, TOWN], responsible_alternatives=[[SQL, TOWN_P]],
          **art(X01, ["第十条（责任人信息档案）"]),
          note="「市、区绿化市容部门以及镇（乡）人民政府应当按照职责分工，建立责任人信息档案，及时记录和更新…基本信息。」 — "
               + ARTICLE + " (建立, 记录和更新); 以及 joins names (round 34's 和); " + TOWN_NOTE + "; " + NOLEAD + "; "
               + NODATE),
        S(["第十二条（保洁区域等级划分）"], [SL], [SL, "市水务部门"], lead_alternatives=[[]],
          **art(X01, ["第十二条（保洁区域等级划分）"]),
          note="「水域保洁区域，…实行分等级保洁。 水域保洁区域的保洁质量，应当符合规定的对应等级的保洁质量要求。 水域保洁区域的保洁等级及其具体范围，由市绿化市容部门会同市水务部门确定。」 — "
               "the first two paragraphs state a scheme and a state asked (text: Round 87's state-only line), the third "
               "gives work: 「由A会同B＋verb」 " + HUITONG + "; " + NODATE),
        S(["第十三条（作业服务单位）"], [], [SLS], lead_alternatives=[[SLS]],
          responsible_alternatives=[["市绿化市容", "水务部门"], [SQLS, TOWN, SLS], [SQLS, TOWN_P, SLS]],
          **art(X01, ["第十三条（作业服务单位）"]),
          note="「水域保洁作业可以采用政府购买服务方式，由市、区绿化市容、水务部门以及镇（乡）人民政府委托作业服务单位实施，并与作业服务单位签订作业服务协议。 作业服务协议应当包括…等内容。 作业服务协议示范文本由市绿化市容、水务部门制定。」 — "
               "可以 reaches the clauses joined to it (round 49 p46b; Round 91's x337_04 第二十二条: 可以 reaches a 并 clause), so "
               "the commissioning and the signing are the option's and name none; the contract's contents are text (Round "
               "86's (a)); 由A制定 names A (rule 2; Round 85's x322_04 第二十五条); " + ONENAME + " — the split names "
               "accepted; the option's bodies accepted (RULING?: whether 可以 before 采用…方式 reaches the 由A委托B实施 clause, "
               "or only the manner, leaving 由A＋委托 a doer, 「A委托B＋verb」 giving A, round 35, Round 91's x337_01 "
               "第三条); " + ONE_LEAD + "; " + NODATE),
        S(["第十四条（作业服务规范）", "（三）"], [], [ZY], lead_alternatives=[[ZY]], responsible_alternatives=[[]],
          **art(X01, ["第十四条（作业服务规范）", "（三）"]),
          note="「作业服务单位应当按照作业服务协议规定的作业方式、作业频率等要求实施水域保洁作业，并遵守下列服务规范：」 over 「（三）按照规定对拦截、打捞的漂浮废弃物进行分类；」 — "
               "a lead-in binding a named party to the acts its lines list gives them its body (rule 4; Round 83's x311_03 "
               "第十一、十二条: 「A、B应当遵守下列规定：」), the lead-in's own 实施 rule 2's besides; the lines of the list are its "
               "items, each read by its words (Round 87's governs on x328_03): （一）（三） acts and （四） a ban on how the work "
               "runs are tasks, （二）（五） states and （六） a catch-all (Round 84's p61a-1) text; none accepted (Round 83: "
               "none stays accepted there); " + ONE_LEAD + "; " + NODATE),
        S(["第十五条（评议）"], [], [SQLS, TOWN], responsible_alternatives=[[SQLS, TOWN_P]],
          **art(X01, ["第十五条（评议）"]),
          note="「市、区绿化市容、水务部门以及镇（乡）人民政府应当定期组织对作业服务单位的水域保洁作业服务质量进行评议，并公布评议结果。…评议过程中，…应当听取…意见。」 — "
               "组织＋verb names its subject (rule 2), and appraising the work of the firms the bodies commission is their "
               "own check (Round 87's x325_01 第二十四条; Round 89's x334_01 第十二条), no review of a submission; publishing "
               "the results is disclosure, no duty (round 55's x247_01; Round 89's x329_03 第三十二条); 定期 names no "
               "rhythm a duty needs (an appraisal is no report); " + ONENAME + "; " + TOWN_NOTE + "; " + NOLEAD + "; "
               + NODATE),
        S(["第十六条（水生植物污染治理）"], [SL], [SL, "市水务部门", "区绿化市容、水务部门", TOWN, ZY],
          lead_alternatives=[[]],
          responsible_alternatives=[[SL, "市水务部门", "区绿化市容、水务部门", TOWN_P, ZY], [SL, "市水务部门", ZY]],
          **art(X01, ["第十六条（水生植物污染治理）"]),
          note="「市绿化市容部门应当会同市水务部门…制定水生植物污染治理方案。 区绿化市容、水务部门以及镇（乡）人民政府应当按照职责分工，加强对水生植物污染治理作业的组织和指导。 作业服务单位应当根据水生植物污染治理方案，制定专项作业方案，提高…效率。」 — "
               + HUITONG + "; organising the cleaning work the bodies commission is their own act, a verb of doing in "
               "articles (round 44), though 「A对B加强指导」 alone is rule 3's guide (Round 83's x311_02 第十条) — the list "
               "without the district bodies and the towns accepted (RULING?: 「加强对…作业的组织和指导」, organisation beside "
               "guidance); the firm's 制定 a verb of doing in articles (Round 89's x331_04 第十五条: a firm bound by 应当); "
               + ONENAME + "; " + TOWN_NOTE + "; " + NODATE),
        S(["第十七条（船舶生活垃圾管理）"], [], ["船舶"], lead_alternatives=[["船舶"]], responsible_alternatives=[[]],
          **art(X01, ["第十七条（船舶生活垃圾管理）"]),
          note="「从事船舶生活垃圾经营性收集、运输的单位，应当依法取得生活垃圾经营服务许可证。 船舶在本市交投船舶生活垃圾的，应当按照…规定，分类收集、存放船舶生活垃圾，并交付给相关收集、运输单位。」 — "
               "the 的-phrase leaves a bare 单位, no kind, and obtaining a licence is an applicant's act (Round 91's x340_02 "
               "第十一条, confirmed: none); a 的-clause that opens a paragraph gives its party as the subject of what follows "
               "(rounds 34, 49 p46d; Round 85's x317_01 第二十二条), and in articles a facility a rule binds by 应当 to an act "
               "is named as printed (Round 85's decided x317_04 第三十一条; Round 89's x329_01 第五条 新建高速公路) — a ship "
               "read as such a facility (RULING?: a vessel under Round 85's facility form, or persons and firms aboard "
               "unnamed — none accepted); handing the waste over is the ship's own act; " + ONE_LEAD + "; " + NODATE),
        S(["第二十一条（社会监督）"], [SQL], [SQL, "水务部门", "有关部门"], lead_alternatives=[[]],
          responsible_alternatives=[[SQL, "水务部门"]], **art(X01, ["第二十一条（社会监督）"]),
          note="「本市实行水域市容环境卫生管理社会监督员制度。市、区绿化市容部门会同水务部门向社会公开选聘水域市容环境卫生管理社会监督员，参与…监督工作。 任何单位和个人有权…投诉、举报，有关部门应当按照规定处理。」 — "
               + HUITONG + "; acting on reports of breaches is the rules' bodies' own enforcement (Round 87's x325_02 "
               "第二十一条), 有关部门 a kind kept as printed (round 30) — the list without it accepted; the monitors are "
               "persons (round 30); 任何单位和个人有权 an option to anyone (Round 80); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "劝告或者制止无效的，及时向绿化市容、水务、城管执法等部门或者镇（乡）人民政府报告", "when": None,
              "when_norm": None,
              "note": "第八条 — a report of the breaches the party's zone duty meets, sent to the bodies that act on them, "
                      "is a duty, undated (Round 83's x316_01 一; round 44: a sending the rules ask when a case arises; "
                      "plans-next334 x334_04 第五条, the same form); 及时 prints no time (Round 79)"}],
     notes=["counting (leaf tasks; no cover): 第一条 purpose, 第二条 scope, 第二十四条 a pointer to the law, 第二十五条 the "
            "discipline of officials (the standard liability clause, a general provision: Round 91's x340_04 第七十九条), "
            "第二十六条 entry into force — general provisions (round 30); 第六条 「本市实行水域市容环境卫生责任区…制度」 names "
            "the scheme the next articles set out, no act of a body (本市 no body: Round 83's x315_01 第二十条) — text "
            "(RULING?); 第十一条 鼓励 and 可以 (rounds 30, 40; round 49 p46b) and 第二十条 鼓励 — no tasks; 第四条 「…重大事项，"
            "纳入河长制管理内容，予以统筹协调」 an act of the rules' own work with no subject, a task naming none (round 65's "
            "x274_01); 第七条 one task (its lines only class who bears the zone duty by the kind of water — a list of "
            "classes, text: Round 87's x323_04 第五十一条; Round 78's (b)); 第十四条 4 (（一）（三）（四） and the paragraph "
            "after the items 「…责任人以及其他相关单位、个人应当予以配合」, one more task: Round 86's governs; （二）（五） "
            "states, （六） a catch-all: text); 第二十三条 one task (its （一）–（三） name the information shared, contents, "
            "no items: Round 86's (a); Round 89's x329_01 第八条); 第三、五、八–十、十二、十三、十五–十九、二十一、二十二条 one each "
            "→ **21**. Accepted: 20 (第四条 or 第七条 text, or 第十四条（一） read as the workers' own job, Round 85's "
            "x317_01), 19 (two of those), 22 (第六条 a task naming none), 23–24 (第十四条's six lines all items: 24), 25–26 "
            "(with 第二十三条's three lines and its closing paragraph as items)",
            "units: article subjects (round 44); 市、区绿化市容部门, 市、区绿化市容、水务部门, 市绿化市容、水务部门 kept as printed "
            "(round 31); 镇（乡）人民政府 → 镇人民政府 (Round 89); not sampled: 第四条 none, 第七条 (由码头的经营、管理单位负责 and "
            "由相关设施的使用或者管理单位负责 — designations by class; the article names none or those heads), 第九条 (lead "
            "市、区绿化市容部门 and 市绿化市容部门 by 会同, with 水务部门, 责任人 (公示), 市水务部门), 第十四条's paragraph "
            "[责任人], 第十八条 [市、区绿化市容、水务部门, 镇人民政府] (编制, 做好), 第十九条 the same (推进, 建立健全; 与有关部门 — "
            "no 共同), 第二十二条 [市、区绿化市容、水务部门, 镇人民政府, 其他相关部门] (宣传), 第二十三条 [市、区绿化市容、水务部门, "
            "市绿化市容、水务部门] (建立, 加强, 推进; 协商，共享 among themselves and their delta counterparts)",
            "dates: no task is dated (see date_note)",
            "figures: none in any task (the document prints only dates and order numbers)",
            "duties: one — 第八条's report; not duties: 第九条's 发放 (handing the rules' notice to the parties), 第十五条's "
            "公布 (disclosure), 第二十三条's 共享 (joint work with the delta bodies, no rhythm)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x346_02_shi-chengguanju-2020-shenghuo-laji-fenlei-weifa-xingwei-chachu-guiding.txt"
P02 = "上海市生活垃圾分类违法行为查处规定"
N02 = "关于修改《上海市生活垃圾分类违法行为查处规定》的通知"
CG = "城管执法部门"
SCG = "市城管执法部门"
DEF2 = ["市、区城管执法部门", "乡镇人民政府"]

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 17, under 「附件」) or the notice's title (lines 1 and 3): either "
                "(round 45's pair; the scorer's 「plan（notice）」 form)",
     doc_no="沪城管规〔2020〕4号 (the stored front matter; the text prints none)",
     issuer="上海市城市管理行政执法局 (the front matter; the text is signed only with its date)",
     date="2020-10-26",
     date_note="the notice is dated 2020年10月26日 (line 13) and in force 2020年11月1日; the rules' 第十八条 「本规范自2019年7月1日起施行」 "
               "is a general provision; 「3个工作日内」 (第十四条) and 「一般不超过10日」 (第六条) are time limits; no task is "
               "dated. The index marks the notice 失效 (repealed); it is read as printed",
     level="the city's law-enforcement bureau, to its district bureaus, the towns and its own squads: a notice that "
           "amends one line of its rules on punishing breaches of waste sorting and reissues the rules whole (18 "
           "articles): the breaches punished, orders to correct, refusals, fines, licence revocation, hearings, legal "
           "review, disclosure, notice to the greenery departments and credit records",
     source=src("市容绿化与景观", "关于修改《上海市生活垃圾分类违法行为查处规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0043::2c0218cde6b140fabeb56d2a972c1da1", 2848),
     style="a short notice (title twice, addressees, the amendment, entry into force, 「附件：…」, date) then 「附件」, the "
           "rules' title and 18 articles run in 「第N条  text」 (two spaces); lists （一）–（十） of breaches (第三条), "
           "（一）–（六） of a notice's contents with a paragraph after (第六条), and lists of cases (第七、八、十、十五条)",
     leaf_tasks=11, count_alternatives=[9, 10, 12, 13],
     leaf_tasks_by_section={"cover notice": 0, "第一、二条": 0, "第三–六条": 4, "第七、八条": 0, "第九–十五条": 7,
                            "第十六–十八条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条"], [], [CG], lead_alternatives=[[CG]], responsible_alternatives=[DEF2], **art(X02, ["第三条"]),
          note="「下列违反生活垃圾分类管理的违法行为，由城管执法部门依法实施行政处罚：（一）单位未将…（十）处置单位未按照要求分类处置生活垃圾的。」 — "
               "lines that only class the breaches an act reaches are its text, one task with its lead-in (Round 78's (b); "
               "Round 91's x337_03 八、（二）, confirmed), 由A实施 naming A (rule 2); 城管执法部门 is the name 第二条 defines "
               "(「市、区城管执法部门和乡镇人民政府（以下简称城管执法部门）」), kept where it acts (Round 81's x310_04; Round 83's "
               "x315_02 第四、五条) — the names it stands for accepted; " + ONE_LEAD + "; " + NODATE),
        S(["第四条"], [], [CG], lead_alternatives=[[CG]], responsible_alternatives=[[]], **art(X02, ["第四条"]),
          note="「城管执法部门查处生活垃圾分类违法行为，应当坚持教育与处罚相结合的原则，引导和督促当事人依法分类投放、收集、运输和处置。」 — "
               "a principle names no act (round 68; p51e), but 引导和督促 the parties is the body's own act, a verb of doing in "
               "articles (round 44; Round 89's x334_02 第八条 「…督促…作出处理决定」, confirmed), so the article is a task "
               "(RULING?: an article of principle with an act after it, or a principle only — no task, count 10, and none "
               "accepted); " + ONE_LEAD + "; " + NODATE),
        S(["第五条"], [], [CG], lead_alternatives=[[CG]], **art(X02, ["第五条"]),
          note="「城管执法部门经过调查取证后，可以认定生活垃圾分类违法行为的，除适用简易程序外，应当向当事人发出《责令改正通知书》，责令立即改正或者限期改正。 本规定除第三条第五项…外，其余违法行为均为整改前置类违法行为。」 — "
               "「可以认定…的」 is a condition (a 的-clause: where the breach can be established), not an option; the "
               "owed order to correct is the body's own enforcement (Round 77's x299_04 第二十八条), a verb of doing in "
               "articles (round 44); the second paragraph only classes breaches (text: Round 85's x321_03 第四条); "
               + ONE_LEAD + "; " + NODATE),
        S(["第六条"], [], [], targets=[(10, "日")], responsible_alternatives=[[CG]], **art(X02, ["第六条"]),
          note="「《责令改正通知书》应当载明下列事项:（一）当事人名称或者姓名;…（六）城管执法部门的名称、印章和日期。 责令限期改正的期限一般不超过10日。」 — "
               "the contents of a document are no items (Round 86's (a); Round 89's x329_01 第八条), so the article is one "
               "task, an owed act of the rules' own work with no body as subject (round 65's x274_01) — the enforcing body "
               "read in accepted; 「一般不超过10日」 is a ceiling joined to 不超过, a target (round 30's line; Round 87's x328_01 "
               "第七条 「一般不超过5年」); " + NONE + "; " + NODATE),
        S(["第九条"], [], [CG], lead_alternatives=[[CG]], **art(X02, ["第九条"]),
          note="「整改前置类违法行为，当事人拒不改正或者逾期不改正的，城管执法部门应当依法予以罚款。 个人违反…且具有本规定第七条第一项、第二项、第三项情形之一的，城管执法部门可以依法当场处罚。」 — "
               "a penalty the rules' named enforcing body imposes is its enforcement, a task (Round 77's x299_04 第二十八条; "
               "Round 91's x340_02 第二十六条, confirmed), the 的-clause a trigger of the step; the on-the-spot penalty is an "
               "option (round 49 p46b); " + ONE_LEAD + "; " + NODATE),
        S(["第十条"], [], [SCG], lead_alternatives=[[SCG]],
          responsible_alternatives=[[SCG, "区城管执法部门", "乡镇人民政府"]], **art(X02, ["第十条"]),
          note="「当事人具有下列情形之一的，由市城管执法部门作出吊销生活垃圾经营服务许可证的处罚决定：（一）…（三）… 区城管执法部门和乡镇人民政府执法中发现上述情形之一的，移送市城管执法部门依法处理。」 — "
               "a list of cases is one task with its lead-in (Round 78's (b)), 由A作出 naming A (rule 2); handing a case to "
               "the body with jurisdiction names none (Round 87's x325_02 第十九条; Round 91's x337_03 八、) and is no duty "
               "(Round 91: 移送 passes the matter, not a report on it) — the list with the district bodies accepted; "
               + ONE_LEAD + "; " + NODATE),
        S(["第十一条"], [], [CG], lead_alternatives=[[CG]], **art(X02, ["第十一条"]),
          note="「城管执法部门作出较大数额罚款或者吊销…的行政处罚决定前，应当告知当事人有要求举行听证的权利；当事人要求听证的，城管执法部门应当组织听证。」 — "
               "组织＋听证 names its subject (rule 2), and telling the party its rights is a step of the body's own "
               "enforcement, a verb of doing in articles (round 44); the party's request is its own option; "
               + ONE_LEAD + "; " + NODATE),
        S(["第十四条"], [], [SCG, "绿化市容部门"],
          responsible_alternatives=[[SCG], [SCG, "发证的绿化市容部门"]], not_targets=[(3, "个工作日")],
          **art(X02, ["第十四条"]),
          note="「市城管执法部门吊销生活垃圾经营服务许可证的，应当依法向当事人送达行政处罚决定书，并在处罚决定作出之日起3个工作日内告知市、区绿化市容部门，由发证的绿化市容部门注销生活垃圾经营服务许可证。」 — "
               "serving the body's own decision ends its own work (Round 83's x313_02 五、（十一））, a verb of doing in "
               "articles (round 44); the notice to the departments is a sending, naming none, but a duty (below); 由A＋a "
               "verb of doing names A (rule 2), the 的-phrase giving the head after its last 的 (rounds 32, 38) — the "
               "printed phrase accepted, and the list without it (RULING?: 注销 on the notice of another body's decision, "
               "a step of that decision, Round 89's x334_04 第四条 form — or the licensing body's own act); 「…之日起3个工作日内」 "
               "a time limit from an event, no target (round 33; Round 87's x326_08 二/1); " + NOLEAD + "; " + NODATE),
        S(["第十五条"], [], [CG], lead_alternatives=[[CG]], **art(X02, ["第十五条"]),
          note="「有下列情形之一的，城管执法部门应当根据《上海市社会信用条例》相关规定，将单位和个人违反生活垃圾管理规定的信息归集到市公共信用信息平台，并依法对失信主体采取惩戒措施：（一）…（三）法律、法规规定的其他情形。」 — "
               "a list of cases is one task with its lead-in (Round 78's (b)); 采取惩戒措施 is the body's own act after a "
               "breach (Round 77's x299_04 第二十八条), the upload to the platform a sending within its own work and no "
               "duty (no time; the platform no receiving body: Round 91's x340_01 第三十七条, confirmed); " + ONE_LEAD
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "在处罚决定作出之日起3个工作日内告知市、区绿化市容部门", "when": "处罚决定作出之日起3个工作日内",
              "when_norm": None,
              "note": "第十四条 — a notice of the body's own decision to the bodies that act on it (they cancel the "
                      "licence) is a duty (round 44; Round 91's x340_02 第十九、二十四条, confirmed), a time limit from an "
                      "event, no date (round 33)"}],
     notes=["counting (leaf tasks): the plan is the rules the notice amends and reissues whole under 「附件」 — a notice "
            "followed by the document it issues is one plan whose tasks are that document's items (CONVENTIONS.md head, "
            "「Two documents under one cover」), though plans-dev counts 「from the plan's title to its 附件 line」 "
            "(RULING?: here the cover's only act is the amendment itself, 「现决定将…第七条第四项修改为…」, a decision of the "
            "notice, no task — the count 0 of the cover alone was accepted; Round 93 drops it: a count of 0 is no reading). The cover's 「本通知自2020年11月1日起施行」 is a "
            "general provision. In the rules: 第一条 purpose, 第二条 scope (it defines 城管执法部门), 第十六条 a scope (what "
            "does not apply), 第十七条 the interpreting body, 第十八条 entry into force — general provisions (round 30); "
            "第七、八条 「…当事人具有下列情形之一的，可以认定为拒不改正／逾期不改正」 only say what counts as refusal or delay, a "
            "rule for whoever acts (Round 85's x321_01, turned; Round 78's (a)), 可以 besides (round 49 p46b) — no tasks "
            "(RULING?: or the body's own finding, a task each — 12, 13 accepted); 第三、五、六条 one each (第三条's lines "
            "classes, 第六条's contents); 第四条 one (RULING? above; 10 without it); 第九–十五条 one each (第十、十五条 lists "
            "of cases) → **11**. Accepted: 9 (第四条 and 第六条 both not tasks), 10, 12, 13",
            "units: 城管执法部门 as 第二条 defines it (kept where it acts; the names it stands for accepted on 第三条), 市城管执法部门 "
            "where printed; not sampled: 第十二条 [城管执法部门] (进行法制审核), 第十三条 [城管执法部门] (公开, disclosure)",
            "Round 93 (turned; round 31's second exception over Round 85's x321_04): plan target 2 次 → not_target — "
            "「6个月内同一违法行为发生2次以上（含2次）的」 (第七条（四）, the amendment the cover prints) is a figure in a line of a "
            "list of cases the body finds, no target; x321_04 makes plan targets of a scheme's terms. The builder read it "
            "as a quantity joined to 以上 in a 的-clause of its own that triggers a finding (round 30's line; Round 83's "
            "x313_03 第六条), a plan target since 第七条 is no task. No plan target is left; 第七条 is no task (confirmed), "
            "so no sample carries the not_target and it is not checked (the scorer checks not_targets on samples only); "
            "6 个月 a period, unchecked",
            "figures: target 10 日 (第六条); not_target 3 个工作日 (第十四条, a time limit)",
            "dates: no task is dated (see date_note)",
            "duties: one — 第十四条's notice to the greenery departments; not duties: 第十条's 移送 (a hand-over), 第十三条's 公开 "
            "(disclosure), 第十五条's 归集 to the platform"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x346_03_shi-zhengfu-2017-jianzhu-laji-chuli-guanli-guiding.txt"
P03 = "上海市建筑垃圾处理管理规定"
SLX = "市绿化市容行政管理部门"
QLX = "区绿化市容行政管理部门"
ZJ = "市住房城乡建设行政管理部门"
XIANG = "乡人民政府"
XIANG_P = "乡（镇）人民政府"
HY = "发展改革、交通、公安、规划资源、经济信息化、海事、水务、价格、市场监管、生态环境、国防动员、房屋管理等行政管理部门"
ZF = "城市管理综合执法部门"

plan(X03,
     title=P03,
     title_note="the rules' title (lines 1 and 3); a government rule with no cover",
     doc_no="上海市人民政府令第57号 (2017-09-18), 修正 by 令第16号 (2025-01-17), as line 5 prints; the front matter "
            "gives none",
     issuer="上海市人民政府",
     date="2017-09-18",
     date_note="line 5: published 2017年9月18日 by order No. 57, amended and republished 2025年1月17日 by order No. 16; "
               "in force 2018年1月1日 (第五十二条, a general provision, repealing the 2010 rules); 「5个工作日内」 (第二十六条) "
               "is a time limit; 定期 (第三十二、三十三、四十二条) names no rhythm; no task is dated",
     level="the city government's rules on building waste: the departments', districts' and towns' duties, source "
           "reduction and recycled products, the planning and filing of disposal sites and wharves, the tendering and "
           "licensing of hauliers, the builders' plans and disposal permits, site, vehicle and operator duties, "
           "renovation waste and its managers, and penalties",
     source=src("建筑垃圾与材料", "上海市建筑垃圾处理管理规定.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/0e0a742f4f84480c90c42ec87094f7ce.html", 9492),
     style="a government rule with no cover: the title twice, a bracketed line of its order and amendment, seven "
           "chapters 「第N章　title」 and 52 articles 「第N条（heading）」 with the heading on a line of its own; lists of "
           "disposal routes (第六条), site requirements (第十八条), tender conditions (第二十三、三十九条), operators' and "
           "managers' duties with paragraphs after them (第三十二、三十六条), disposal rules (第三十七条), and lists of "
           "breaches under penalties (第四十四、四十五、四十九条); 第四十五条 prints Kangxi radicals 「⼗」「⼀」「⻋」「⽤」 "
           "(as stored)",
     leaf_tasks=59, count_alternatives=[54, 55, 56, 57, 58, 60, 61, 62, 63],
     leaf_tasks_by_section={"第一–三条": 0, "第四、五条": 2, "第六条": 4, "第七–十二条": 6, "第十三条": 0,
                            "第十四–十七条": 4, "第十八条": 2, "第十九、二十条": 2, "第二十一条": 0, "第二十二–二十四条": 3,
                            "第二十五条": 0, "第二十六–三十一条": 6, "第三十二条": 6, "第三十三–三十五条": 3, "第三十六条": 5,
                            "第三十七条": 4, "第三十八–四十二条": 5, "第四十三–四十九条": 7, "第五十–五十二条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（管理部门）"], [], [SLX, QLX, ZJ, "市和区城管执法部门", XIANG, "街道办事处", HY],
          responsible_alternatives=[[SLX, QLX, ZJ, "市和区城管执法部门", XIANG_P, "街道办事处", HY],
                                    [SLX, QLX, ZJ, "市和区城管执法部门", XIANG, "街道办事处"],
                                    [SLX, QLX, ZJ, "市和区城管执法部门", XIANG_P, "街道办事处"],
                                    [SLX, QLX, ZJ, ZF, HY]],
          **art(X03, ["第四条（管理部门）"]),
          note="「市绿化市容行政管理部门是本市建筑垃圾处理的主管部门，负责…监督管理工作。区绿化市容行政管理部门负责…具体管理工作。 市住房城乡建设行政管理部门负责…管理工作。 市和区城管执法部门以及乡（镇）人民政府、街道办事处（以下统称“城市管理综合执法部门”）依法对违反本规定的有关行为实施行政处罚。 发展改革、交通、…、房屋管理等行政管理部门按照各自职责，协同实施本规定。」 — "
               + DUTYSPLIT + "; 负责 and 实施 rule 2's; at a defining bracket the names printed are given (round 61's "
               "x264_01; Round 83's x311_02 第十五条), the defined name serving where it acts later (Round 81's x310_04) — "
               "the defined name accepted; 以及 joins names (round 34); levels before one head one name (「市和区…」, round "
               "30); " + ONENAME + " — the list without the cooperating departments accepted; 「乡（镇）人民政府」 → 乡人民政府 "
               "(Round 89's bracket rule) — the printed name accepted; " + NOLEAD + "; " + NODATE),
        S(["第七条（信息归集、共享和应用）"], [SLX], [SLX, "市住房城乡建设、交通、水务、国防动员、房屋管理、公安、生态环境、城管执法等部门"],
          lead_alternatives=[[]], **art(X03, ["第七条（信息归集、共享和应用）"]),
          note="「市绿化市容行政管理部门应当会同市住房城乡建设、交通、水务、国防动员、房屋管理、公安、生态环境、城管执法等部门，依托大数据资源平台，加强部门间相关许可、监管、执法信息的归集、共享和应用…」 — "
               + HUITONG + "; sharing among the bodies themselves, with no receiver outside them, is their joint work "
               "(Round 85's governs on x317_01 第六条); " + ONENAME + "; " + NODATE),
        S(["第十二条（工程建设相关单位要求）"], [], ["建设单位", "施工单位", "监理单位"],
          responsible_alternatives=[["建设单位", "施工单位"]], **art(X03, ["第十二条（工程建设相关单位要求）"]),
          note="「建设单位、施工单位应当在工程招标文件、承发包合同和施工组织设计中，明确…具体要求和措施，以及…相关使用要求。 监理单位应当将前款规定的相关要求和措施纳入监理范围。」 — "
               "regulated parties bound by 应当 to acts are doers in articles (Round 84's p61a-2; round 44), 明确 and 纳入 "
               "verbs of doing there (Round 89's x333_03 第十一条: writing terms into one's own contract is one's act) — "
               "the list without the supervisor accepted; " + NOLEAD + "; " + NODATE),
        S(["第十七条（场所备案管理）"], [], [], responsible_alternatives=[[QLX]],
          **art(X03, ["第十七条（场所备案管理）"]),
          note="「消纳场所和需要回填建筑垃圾的建设工程，…以及临时堆存建筑垃圾的场所，有关单位应当在启用前向所在地的区绿化市容行政管理部门备案。 区绿化市容行政管理部门应当指派专人至现场予以核实和指导，并根据实际需要，征询…意见。」 — "
               "a party's filing on its own site names none and is no duty (round 42; Round 85's x322_04 第二十四条), 有关单位 "
               "a bare call (Round 80's p59a-2); a check of what a party files, its on-site check included, is a review "
               "and names none (Round 87's x323_04 第二十九条; Round 85's x317_03 第九条（一））, and consulting other bodies "
               "during it a step of it (Round 91's x340_04 第十七条, turned) — the department accepted; the review the "
               "rules bind their body to make is a task (Round 87's x325_01 第十六条); " + NONE + "; " + NODATE),
        S(["第十九条（中转码头）"], ["市交通行政管理部门"], ["市交通行政管理部门", SLX, "中转码头"], lead_alternatives=[[]],
          responsible_alternatives=[["市交通行政管理部门", SLX]], **art(X03, ["第十九条（中转码头）"]),
          note="「市交通行政管理部门应当会同市绿化市容行政管理部门，…完善…布局，推进中转码头的建设。 中转码头应当依法取得港口经营许可，并配备符合…要求的视频监控系统、电子信息装置和防污设施。 中转码头应当向所在地的区绿化市容行政管理部门备案。」 — "
               + HUITONG + "; in articles a facility bound by 应当 to an act is named as printed (Round 85's decided "
               "x317_04 第三十一条; Round 89's x329_01 第五条), 配备 a verb of doing — the list without it accepted; the "
               "licence (an application) and the filing on itself name none and are no duty (round 42); " + NODATE),
        S(["第二十二条（运输单位的产生）"], [SLX], [SLX, "相关行政管理部门"], lead_alternatives=[[]], targets=[(5, "年")],
          **art(X03, ["第二十二条（运输单位的产生）"]),
          note="「建设工程垃圾的运输单位通过招投标方式产生，并依法取得市绿化市容行政管理部门核发的建设工程垃圾运输许可证。建设工程垃圾运输许可证的有效期不超过5年。 运输单位的基本信息应当向社会公布。 运输单位招投标的具体办法，由市绿化市容行政管理部门会同相关行政管理部门制定。」 — "
               "「由A会同B制定」 " + HUITONG + ", 相关行政管理部门 a kind (Round 85's x320_01); the body inside 「…核发的许可证」 is "
               "no doer (round 30: a body inside a noun's description); 「有效期不超过5年」 a ceiling joined to 不超过, a target "
               "(round 30's line; Round 85's x322_04 第二十五条 「最长缴存年限不得超过5年」; Round 87's x328_01 第七条); "
               + NODATE),
        S(["第二十三条（招标条件）"], [], [SLX, QLX], targets=[(3, "年")],
          **art(X03, ["第二十三条（招标条件）"]),
          note="「市绿化市容行政管理部门组织实施本市水路运输单位的招投标活动。招标条件应当包括下列内容：（一）…（四）… 区绿化市容行政管理部门组织实施本辖区道路运输单位的招投标活动。招标条件应当包括下列内容：（一）…（四）运输车辆驾驶员具有3年以上驾驶大型车辆的经历，…（五）…」 — "
               "conditions a scheme sets are no items (Round 86's (a); Round 85's x322_02 (招标条件) read as terms), so the "
               "article is one task and its two 组织实施 clauses name both departments (rule 2); 「具有3年以上…经历」 a "
               "quantity joined to 以上 in a condition the work applies, a target (round 30's line: 「…including one inside "
               "a 的 condition」; Round 91's x337_04 第二十四条: a list of cases' ceilings targets) — not round 58's class, "
               "which is a figure inside a noun the work picks (RULING?: a driver's experience as a condition on bidders "
               "— a class of driver, no target, or a threshold); " + NOLEAD + "; " + NODATE),
        S(["第二十六条（备案和处置申报）"], [], ["施工单位"], lead_alternatives=[["施工单位"]], responsible_alternatives=[[]],
          not_targets=[(5, "个工作日")], **art(X03, ["第二十六条（备案和处置申报）"]),
          note="「施工单位应当编制建设工程垃圾处理方案，采取污染防治措施，并在工程开工前报…备案。… 施工单位应当依法向…申请取得建筑垃圾处置证。… 区绿化市容行政管理部门应当自受理申请之日起5个工作日内进行审核。符合处置规定的，核发处置证…；不符合…的，不予核发…，并向申请单位书面告知原因。 处置证应当载明…等事项。 禁止涂改、倒卖、出租、出借或者转让处置证。」 — "
               "the builder's plan and its filing are steps of its own filing (Round 85's x322_04 第九条; round 42), and "
               "the permit an application (round 30), but 采取污染防治措施 is its own work on site, a verb of doing in "
               "articles (round 44; Round 84's p61a-2) — none accepted (RULING?: 采取措施 inside the drafting-and-filing "
               "sentence, the party's own act or a step of the filing); the department's review and its decision on the "
               "application name none (Round 85's x321_02; Round 87's x327_04); 「5个工作日内」 a time limit from an event, "
               "no target (round 33); the permit's contents text; " + ONE_LEAD + "; " + NODATE),
        S(["第三十二条（经营单位义务）", "（四）"], [], ["经营单位"], lead_alternatives=[["经营单位"]],
          responsible_alternatives=[["消纳场所、资源化利用设施和中转码头的经营单位"]],
          **art(X03, ["第三十二条（经营单位义务）", "（四）"]),
          note="「消纳场所、资源化利用设施和中转码头的经营单位应当履行下列义务：」 over 「（四）对进入场所、设施、中转码头的运输车辆、船舶以及受纳建设工程垃圾数量等情况进行记录，并定期将汇总数据报告市或者区绿化市容行政管理部门；」 — "
               "「X应当履行下列…义务：」 gives its acting lines X's work (Round 84's p61a-2; Round 83's x311_03 第八条), the "
               "的-phrase giving the head after its last 的 (rounds 32, 38; Round 85's x317_01 第三条) — the printed phrase "
               "accepted; the line's 记录 its own act and the report of its results a duty (below); the three paragraphs "
               "after the items (the sorters' extra duty, the right to refuse with a report, 由A会同B制定) are one more task "
               "(Round 86's governs: several such paragraphs one task); " + ONE_LEAD + "; " + NODATE),
        S(["第三十三条（运输单位信息报送）"], [], [], responsible_alternatives=[["道路、水路运输单位"]],
          **art(X03, ["第三十三条（运输单位信息报送）"]),
          note="「道路、水路运输单位应当定期将建设工程垃圾的运输量和处置量，报送工程所在地的区绿化市容行政管理部门或者市绿化市容行政管理部门。」 — "
               "an article whose only act is an owed sending is a task naming no unit (Round 83's x313_01 第十一条; Round 85's "
               "x322_01 一、（二）), the receivers no units (rule 3) — the hauliers accepted; the report a duty (below); "
               + NONE + "; " + NODATE),
        S(["第四十三条（对违反处置证管理要求的处理）"], [], [ZF], lead_alternatives=[[ZF]],
          responsible_alternatives=[["市和区城管执法部门", XIANG, "街道办事处"]], not_targets=[(5000, "元"), (5, "万元")],
          **art(X03, ["第四十三条（对违反处置证管理要求的处理）"]),
          note="「违反第二十六条第五款规定，施工单位涂改、倒卖、出租、出借或者转让处置证的，由城市管理综合执法部门责令改正，处5000元以上5万元以下罚款。」 — "
               "a penalty the rules' named enforcing body imposes is its enforcement, a task (Round 77's x299_04 第二十八条; "
               "Round 91's x340_02 第二十六条, confirmed), 由A＋verb naming the name 第四条 defines (kept where it acts: Round "
               "81's x310_04) — the names it stands for accepted; " + FINES + "; " + ONE_LEAD + "; " + NODATE),
        S(["第四十九条（对运输许可证的吊销处理）"], [], ["市城管执法部门"], lead_alternatives=[["市城管执法部门"]],
          targets=[(3, "次")], **art(X03, ["第四十九条（对运输许可证的吊销处理）"]),
          note="「运输单位有下列违法行为在一定期间内被处罚3次以上的，由市城管执法部门依照…规定，吊销其建设工程垃圾运输许可证：（一）…（四）… 运输单位有前款第（三）项或者第（四）项违法行为，…由市城管执法部门…直接吊销… 本条第一款所指的一定期间，由市城管执法部门规定并向社会公布。」 — "
               "a list of cases is one task with its lead-in, the paragraphs after it its work (Round 78's (b); Round 86's "
               "(a)), 由A＋verb naming A (rule 2); 「被处罚3次以上的」 is a 的-clause of its own with no head noun that "
               "triggers the step, a quantity joined to 以上: a target (round 30's line; round 49; Round 83's x313_03 第六条) "
               "— not a fine's scale (round 32) (RULING?: a count of past penalties triggering revocation, a trigger or "
               "part of what a breach costs); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现施工单位未取得处置证的，应当及时通知城市管理综合执法部门到现场处理", "when": None, "when_norm": None,
              "note": "第二十七条 — a notice, when a case arises, to the body that acts on it is a duty (round 44; Round "
                      "89's x330_01; Round 91's x340_02 第十九条), undated; 第三十一条's same step by the transport, police and "
                      "maritime departments is one duty with it (round 41: a step printed alike is one duty)"},
             {"what": "运输单位拒不改正的，施工单位应当立即向工程所在地的区绿化市容行政管理部门报告", "when": None, "when_norm": None,
              "note": "第三十条 — a report the rules ask when a case arises, to the department that acts on it (round 44; "
                      "Round 83's x316_01 一), undated; 立即 prints no time (Round 79)"},
             {"what": "定期将汇总数据报告市或者区绿化市容行政管理部门", "when": "定期", "when_norm": None,
              "note": "第三十二条（四） — operators the rules task sending the results of the work they give them is a duty "
                      "(round 48; Round 89's x329_01 第十一条 「定期向…报送」, undated; Round 91's x340_02 filings, confirmed); "
                      "定期 names no rhythm"},
             {"what": "对未携带处置证副本或者不符合处置证内容的，有权拒绝接收，并应当立即向所在地的区绿化市容行政管理部门报告",
              "when": None, "when_norm": None,
              "note": "第三十二条 (third paragraph) — a report of what the operators' own duty meets, to the department "
                      "that acts on it (Round 83's x316_01 一), undated"},
             {"what": "道路、水路运输单位应当定期将建设工程垃圾的运输量和处置量，报送工程所在地的区绿化市容行政管理部门或者市绿化市容行政管理部门",
              "when": "定期", "when_norm": None,
              "note": "第三十三条 — licensed hauliers sending the results of the work the rules give them (round 48; Round "
                      "89's x329_01 第十一条), undated (RULING?: or a firm's filing on its own business, round 42 — Round "
                      "91's x339_04 governs read a firm's catalogue of its own product so)"},
             {"what": "确因客观条件限制无法设置装修垃圾堆放场所的，应当告知所在地乡（镇）人民政府、街道办事处", "when": None,
              "when_norm": None,
              "note": "第三十六条 (paragraph after the items) — a notice to the bodies that act on it (they designate the "
                      "site) is a duty (round 44; Round 91's x340_02 第十九条), undated"}],
     notes=["counting (leaf tasks; no cover): 第一条 purpose, 第二条 scope and definitions, 第五十条 a pointer to the law, "
            "第五十一条 the discipline of officials (Round 91's x340_04 第七十九条), 第五十二条 entry into force — general "
            "provisions (round 30); 第三条 a principle (round 68); 第十三条 鼓励 (rounds 30, 40); 第二十一条 (列支 the costs) and "
            "第二十五条 (the fees 协商确定) only move money (Round 83's x311_01 第七条; Round 89's x329_02 第七条) — no tasks; "
            "第六条 4 (its lines each set the route a kind of waste takes, acts read line by line: Round 87's governs on "
            "x328_03; Round 91's x340_04); 第十条 one (本市推广 an act of the rules' own work, 鼓励 beside it; round 65's "
            "x274_01); 第十八条 2 (（一）–（四） 「有…」 states, text; （五） 「设置…，配备…」 an act; the paragraph after them "
            "「…由市绿化市容行政管理部门另行制定」 its own task, Round 86); 第二十三条 1 and 第三十九条 1 (tender conditions, no "
            "items: Round 86's (a)); 第三十二条 6 (（一）–（五） duty lines and the three paragraphs after them as one task, "
            "Round 86); 第三十四条 one (an owed act of the rules' own work with no subject); 第三十五条 one (「…为责任人」 "
            "designations by class, Round 85's x319_04); 第三十六条 5 (（一）–（四） and the paragraph after them); 第三十七条 4 "
            "(（一）–（三） the producers' own acts, Round 84's p61a-2 — a regulated party, not 「任何单位和个人」 — and the "
            "paragraph 「…责任人应当予以引导」 after them); 第四十一条 one (履行 another article's duties, a task naming none: "
            "Round 87's x323_03 第七条; Round 86's x53_04 第七条); 第四十四、四十五、四十九条 one each (lines of breaches are "
            "cases: Round 78's (b)); 第四、五、七–十二、十四–十七、十九、二十、二十二、二十四、二十六–三十一、三十三、三十八、四十、"
            "四十二、四十三、四十六–四十八条 one each → **59**. Accepted: 54–58 (第六条 one task or text, 第十条 text, 第三十四、"
            "三十五条 text, 第十八条 one task), 60–63 (第二十一、二十五条 tasks, 第十八条's lines all items, 第四十四条's four "
            "lines as items)",
            "units: article subjects (round 44); the defined 城市管理综合执法部门 kept where it acts (第四十三–四十八条); "
            "乡（镇）人民政府 → 乡人民政府 (Round 89); not sampled: 第五条 [区人民政府 (责任主体, 加强领导), 乡人民政府, 街道办事处 "
            "(做好), 区和乡人民政府 (纳入…巡查…派单)], 第八条 none (纳入 the platform, a sending), 第九条 [建设、施工、市容环卫等相关行业"
            "协会], 第十一条 lead 市住房城乡建设行政管理部门 with 市发展改革、交通等行政管理部门, 第十四条 lead 市发展改革行政管理部门 with "
            "相关行政管理部门, 第十五条 [相关企业, 市住房…, 市绿化市容…] (由A进行; 由A会同B制定), 第十六条 lead 市绿化市容… with "
            "市规划资源、住房城乡建设行政管理部门 and 区人民政府, 第二十条 [建设单位, 建筑物、构筑物拆除单位] (a defining bracket), "
            "第二十四条 [施工单位] (the district's 指定 a decision on its application), 第二十七条 [绿化市容行政管理部门, "
            "住房城乡建设、交通、水务、国防动员、房屋管理等相关行政管理部门], 第二十八条 lead 市绿化市容… with 施工单位 and 相关行政管理"
            "部门, 第三十条 [施工单位, 运输单位, 区绿化市容行政管理部门, 绿化市容、住房城乡建设、…等相关行政管理部门 (督促)], 第三十一条 "
            "[车辆, 船舶] by the facility form with lead 市绿化市容… and 相关行政管理部门 (the departments' 通知 a sending), "
            "第三十六条's lines [装修垃圾投放管理责任人] and its paragraph [乡人民政府, 街道办事处] (the whole work the response to "
            "the case, round 30), 第三十八条 [装修垃圾投放管理责任人] (交由B清运: B a pivot object), 第三十九条 [区绿化市容行政管理部门, "
            "作业服务单位] (组织实施; 与…签订 in articles), 第四十条 [作业服务单位], 第四十二条 [市容环卫、物业管理、装饰装修等行业协会] "
            "(汇总; the payers 产生单位和个人 none)",
            "figures: targets 5 年 (第二十二条), 3 年 (第二十三条), 3 次 (第四十九条); not_targets 5 个工作日 (第二十六条, a time "
            "limit), 5000 元 and 5 万元 (第四十三条, a fine's band); unchecked: the other fines (第四十四–四十八条)",
            "dates: no task is dated (see date_note)",
            "duties: six (all undated) — 第二十七条 (with 第三十一条's same step), 第三十条, 第三十二条（四） and its third "
            "paragraph, 第三十三条, 第三十六条; not duties: the filings of a party on its own site, wharf or works (第十七、十九、"
            "二十六条: round 42), 第三十条's 区绿化市容 arriving on site (its own act), the disclosures (第二十二、四十二条)"])

write_collected(DIR)
