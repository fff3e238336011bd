# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next333/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 63 (built by helper c333, for round 64): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``);
every answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings,
written early" to its end in full, older rulings only where a ruling quoted there led) applied to every item. Neither
the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next333/make_expected.py tests/data/plans-next333
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the wrapper rebuilt in front of it gives exactly the stored character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/规划与土地/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("outside articles rule 2's list is closed (rounds 30, 44; Round 83's x316_01 一, x316_02: 要＋加强／建立／做好 "
          "name none; Round 85's x318_05: 做好, 部署, 安排, 开展 without 组织)")
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind standing as the subject of the article's verb of "
           "doing is a doer whatever the verb (Round 85's x321_04 第十条); the rules' own body acting after a breach is a "
           "doer (Round 77's x299_04 第二十八条; Round 85's x321_03 第七条)")
PERSONS = ("persons are never units (round 30; rule 3's 负责人), so the acts of the enforcement body's own case officers "
           "(承办人员, 执法人员, 审理人员) are the rules' own work naming none (round 65's x274_01; Round 87's x326_09: posts of "
           "the body's own work, unlike a firm's hired staff, Round 85's x317_01)")
LIMIT = ("a time limit running from an event 「…之日起七个工作日内」 is no target and no deadline (rounds 33, 54, 58; Round 83's "
         "x315_03 第七条 kept only a figure joined to a comparison word)")
SENDING = ("a sending — 报请, 申请 another body's order, 移送, 告知, 通知 — names no doer, in articles too (Round 85's x321_03 "
           "第五条（一）, x322_04 第七条; Round 81's x305_04 第十五条; Round 87's x325_02 第十九条)")
REVIEW = ("a decision on what another body or a party submits, and its steps, name none, in articles too (round 68; Round 85's "
          "x317_03 第九条（一）, x321_02)")
CASES = ("a list of cases, classes or a document's contents is the text of the article that announces it, one task with its "
         "lead-in (Round 78's (b); Round 83's x313_03 第六条; Round 86's (a))")

# ---------------------------------------------------------------------------------------------------------
X01 = "x333_01_shi-guihuaziyuanju-2023-tudi-weifa-anjian-chachu-banfa.txt"
P01 = "上海市土地违法案件查处办法"
N01 = "关于印发《上海市土地违法案件查处办法》的通知"
GH = "规划资源部门"
SGH = "市规划资源部门"
QGH = "区规划资源部门"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title line (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2023〕4号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2023-08-08",
     date_note="the cover is signed 2023年8月8日 (line 11); the measures take effect 2023-08-15 and run to 2028-08-14 "
               "(cover, line 7); no item is dated",
     level="the city planning and natural-resources bureau, to the district bureaus and the units concerned: how land "
           "offences are handled — jurisdiction, filing, investigation, hearing, decision, enforcement, records, review",
     source=src("关于印发《上海市土地违法案件查处办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::2f81ed57ea4f4513a24255930ee4aea1", 6561),
     style="a cover notice, then the measures' title and 43 articles 「第N条  text」 (the label, two spaces, the text on one "
           "line; no headings, no chapters); lists （一）– under several articles and paragraphs after some lists",
     leaf_tasks=33, count_alternatives=[31, 32, 34, 35, 36],
     leaf_tasks_by_section={"第四、六–八条": 4, "第十–十三条": 4, "第十六–三十一条": 16, "第三十四–四十二条": 9},
     childless_top_level_sections=[],
     samples=[
        S(["第四条"], [], ["各级规划资源部门"], lead_alternatives=[["各级规划资源部门"]], **art(X01, ["第四条"]),
          note="「本市建立统一的执法信息系统（以下简称信息系统），各级规划资源部门应当依托信息系统开展违法案件查处工作。」 — 本市 is a place, no body "
               "(round 41; Round 83's x315_01 第二十条); " + ARTICLE + ": 开展 names the departments, kept as printed (a kind "
               "with 各级, rounds 33, 43); " + ONE_LEAD + "; " + NODATE),
        S(["第七条"], [], [SGH], lead_alternatives=[[SGH]], **art(X01, ["第七条"]),
          note="「市规划资源部门管辖下列案件：（一）跨区的…（二）…指定管辖的…（三）…（四）其他…应由市规划资源部门管辖的案件。 前款第（一）项规定的案件，市规划资源部门可以指定区规划资源部门管辖。」 — "
               "the lines only class the cases (" + CASES + "), (四) a catch-all besides (Round 84's p61a-1); the paragraph "
               "after them an option 可 (round 49 p46b; Round 86's (b)), text; 管辖 is the subject's verb of doing — "
               + ARTICLE + " (RULING? 1: or jurisdiction, like 「本市民防工作由…领导」, a plan-level statement, no task, "
               "Round 87's x323_02 第四条 — counts 31 accepted); " + ONE_LEAD + "; " + NODATE),
        S(["第八条"], [], [], responsible_alternatives=[[SGH]], not_targets=[(7, "个工作日")], **art(X01, ["第八条"]),
          note="「区规划资源部门对管辖发生争议的，应当共同报请市规划资源部门指定管辖；市规划资源部门应当在收到申请之日起七个工作日内作出决定。」 — "
               "the districts' 报请 is a sending for another body's decision (" + SENDING + "); the city bureau's decision "
               "on their request is a decision on a submission (" + REVIEW + "); the article still binds the rules' "
               "bodies to act, a task naming none (Round 87's x327_04: a point binding the rules' body to act on "
               "applications gives work); " + NONE + "; the city bureau accepted; " + LIMIT + ": 七个工作日 not_target; "
               + NODATE),
        S(["第十条"], [], [GH], lead_alternatives=[[GH]], **art(X01, ["第十条"]),
          note="「规划资源部门发现自然人、法人或者非法人组织行为涉嫌违反土地管理法律、法规、规章的，应及时核查。对正在实施的违法行为，应当依法及时下达《责令停止违法行为通知书》。」 — "
               + ARTICLE + ": 核查, 下达 name the department; the 发现…的 clause is the trigger of the body's own work, no "
               "contingency of rule 3 (Round 79: 凡／当…时 picks the objects); 及时 prints no time; " + ONE_LEAD + "; "
               + NODATE),
        S(["第十二条"], [], [GH], lead_alternatives=[[GH]], targets=[(2, "人")], **art(X01, ["第十二条"]),
          note="「批准立案后，规划资源部门应当确定具有行政执法资格的执法人员作为案件承办人员，承办人员不得少于两人。 承办人员与案件有直接利害关系…的，应当回避。 当事人认为…的，有权申请回避。」 — "
               + ARTICLE + ": 确定 names the department; the officers' 回避 is persons' (round 30) and the party's 申请回避 an "
               "applicant's right (round 30), both the article's text; 不得少于两人 a floor joined to 不少于, a target "
               "(round 30's line); " + ONE_LEAD + "; " + NODATE),
        S(["第十三条"], [], [], **art(X01, ["第十三条"]),
          note="「承办人员开展调查取证时，应当主动向当事人及其他受调查人出示执法证件，告知执法事项、执法依据以及受调查人的权利和义务。」 — "
               + PERSONS + " (RULING? 3: or a rule for whoever investigates, text, Round 78's (a)); " + NONE + "; "
               + NODATE),
        S(["第二十二条"], [], ["承办机构"], lead_alternatives=[["承办机构"]], **art(X01, ["第二十二条"]),
          note="「承办人员提交《违法案件调查终结报告》后，承办机构应当组织审理人员对案件调查报告和证据等相关材料进行审理。… 案件审理应当由承办机构负责人或者其指定的审理人员负责组织…。 案件审理不通过的，承办人员应当…修改、纠正，并重新提请审理。…」 — "
               "组织＋a review names its subject (rule 2's 组织＋verb; Round 81's x309_02 第十二条, governs; Round 83's "
               "x316_03 四/（三）/1), the 审理人员 the object of 组织 (round 30); 由承办机构负责人…负责组织 names persons (rule 3's "
               "负责人; Round 87's x324_07 一: their bodies are not read in); " + ONE_LEAD + "; " + NODATE),
        S(["第二十九条"], [], [GH], lead_alternatives=[[GH]], **art(X01, ["第二十九条"]),
          note="「当事人未在规定时间内陈述、申辩、要求听证的，…规划资源部门应当依法制作《行政处罚决定书》。行政处罚决定书应当载明以下事项：（一）…（十一）… 行政处罚决定书作出后应当依法送达当事人。」 — "
               "the lines are a document's contents (" + CASES + "), so the article is one task and the paragraph after the "
               "lines its work (Round 86's (a)); " + ARTICLE + ": 制作 names the department, and serving the body's own "
               "decision on the party ends its own work (Round 83's x313_02 五、（十一））; " + ONE_LEAD + "; " + NODATE),
        S(["第三十条"], [], [GH], lead_alternatives=[[GH]], not_targets=[(90, "日")], **art(X01, ["第三十条"]),
          note="「规划资源部门应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定。」 — "
               + ARTICLE + ": a penalty decision on a case the body itself opened is its own act after a breach, not a "
               "decision on a party's submission (the review rule, round 68); " + LIMIT + ": 九十日 not_target; "
               + ONE_LEAD + "; " + NODATE),
        S(["第三十四条"], [], [], responsible_alternatives=[[GH]], not_targets=[(3, "个月")], **art(X01, ["第三十四条"]),
          note="「当事人在法定期限内不申请行政复议…又不履行义务的，规划资源部门应当在期限届满之日起三个月内向有管辖权的人民法院申请强制执行…。 申请人民法院强制执行前，应当催告当事人履行义务。催告书送达十日后当事人仍未履行义务的，应当申请人民法院强制执行。 对于…应当依照…要求执行。」 — "
               "applying to the court for its order is a step of that order, a sending (" + SENDING + "), and 催告 has no "
               "subject (round 65's x274_01): a task naming none (RULING? 4: or the department's own enforcement after a "
               "breach, Round 77's x299_04 第二十八条, its list accepted); " + NONE + "; " + LIMIT + ": 三个月 not_target (十日 "
               "unchecked); " + NODATE),
        S(["第三十六条"], [], [], responsible_alternatives=[[GH]], **art(X01, ["第三十六条"]),
          note="「土地违法行为构成犯罪的，应当依法移送司法机关追究刑事责任；…应当依法移送任免机关或者监察机关。 规划资源部门不得以已行政处罚为由，拒不移送有关机关追究责任人的责任。」 — "
               "移送 hands the matter on and names none (" + SENDING + "); a ban on acts only the rules' own body does limits its "
               "work, a task naming none (Round 83's x314_10 四/(四); Round 85's x321_03 第九条); " + NONE + "; the "
               "department accepted; " + NODATE),
        S(["第四十二条"], [], [SGH, QGH], responsible_alternatives=[[SGH]], **art(X01, ["第四十二条"]),
          note="「本市建立土地违法案件执法案卷评查制度，市规划资源部门每年抽查本市土地违法行政处罚案卷，对案件查处情况进行审查评议。评议情况纳入各区规划资源部门年度综合考评。 根据评查情况，市规划资源部门可以提出监督建议。收到监督建议的区规划资源部门应当在规定期限内进行整改，并书面报告整改情况。」 — "
               + ARTICLE + ": 抽查, 进行审查评议 name the city bureau — a yearly check of the cases the districts handled that "
               "leads to correction is the body's own work (Round 87's x325_01 第二十四条: a check that orders correction), "
               "not rule 3's 指导 (Round 82's p60b-1) — and 进行整改 the district department, the 的-phrase giving its head "
               "(rounds 32, 38); 可以提出 an option (round 49 p46b); 每年 a rhythm of the bureau's own check, no deadline and no "
               "duty (round 34; EXPECTED.md's duties are reports and coordination rhythms); the district's written report "
               "of its correction is an undated duty (below); no 牵头: lead []; the city bureau alone accepted; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "收到监督建议的区规划资源部门应当在规定期限内进行整改，并书面报告整改情况", "when": None, "when_norm": None,
              "note": "第四十二条: a body the rules task reports the results of its own correction to the city bureau (Round 87's "
                      "turned x325_02 第十五条: a plan body sending its own results has an undated duty; round 48); "
                      "「在规定期限内」 prints no time"}],
     notes=["counting (leaf tasks): the cover's 「请遵照执行」 and its dates of force no tasks; 第一条 purpose, 第二条 "
            "definition, 第五条 scope and 参照 (general provisions, round 30), 第三条 a principle naming no act (round 68; "
            "Round 85's x317_02 一、) — no tasks; 第九条 「…可以发出督办通知书」 and 第三十三条 「…可以依法每日按罚款数额的百分之三加处罚款」 "
            "are options only (round 49 p46b; Round 87's x327_01 细则 二), 第十四、十五条 「…可以采取下列措施：（一）…」 lists of "
            "options (each ending in a catch-all, Round 84's p61a-1), 第三十二条 a party's application for instalments (round "
            "30's applicant) and 第四十三条 「…应当依法追究有关人员的责任」 a consequence with no agent pointing to the law (Round "
            "87's x325_01 第二十五条) — no tasks (RULING? 2); 第四、六、七、八条 (4), 第十–十三条 (4), 第十六–三十一条 (16; "
            "第二十五、二十六条 hold the party's hearing and statement terms beside the body's own 制作笔录 and 第二十六条's ban 「不得…给予更重的处罚」, "
            "acts of the rules' own body with no subject, tasks naming none, round 65's x274_01), 第三十四–四十二条 (9) → the listed articles: 4, 6, 7, 8, 10, 11, 12, 13, 16, 17, 18, 19, 20, 21, "
            "22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 34, 35, 36, 37, 38, 39, 40, 41, 42 → **33**; the lists of 第七、十一、二十、"
            "二十一、二十三、二十四、二十九、三十七、三十九条 are cases, classes, contents or ways of recording, each article one task ("
            + CASES + "). Accepted: 31 (第六、七条 as statements of jurisdiction, RULING? 1), 32 (第二十五条 as the party's "
            "terms alone, or 第三十七条 「…可以结案」 as an option), 34 (第四十三条, or 第九条, counted), 35 (第九、三十三条, or "
            "第十四、十五条 as one task each, counted), 36.",
            "units: article subjects (round 44); 规划资源部门 (the bare kind the measures use for either level), 市规划资源部门, "
            "区规划资源部门 as printed; 第六条's 「涉案土地所在区规划资源部门」: a place phrase before a kind says which body (Round "
            "87's x325_04) — unsampled; 承办人员, 执法人员, 审理人员, 负责人 persons (round 30)",
            "dates: no item is dated; 2023年7月20日 the meeting, 2023-08-15 to 2028-08-14 the validity; all time limits run "
            "from events (七个工作日, 十个工作日, 五个工作日, 九十日, 三个月, 十日)",
            "figures: target 2 人 (第十二条 不得少于); not targets 7 个工作日 (第八条), 90 日 (第三十条), 3 个月 (第三十四条); "
            "unchecked: 十个工作日 (第十一条), 五个工作日 (第二十五、二十六条), 七个工作日 (第三十一条), 百分之三 (第三十三条, a "
            "penalty's rate: no target, Round 85's x321_03 第五条（三）), 十日, document numbers",
            "duties: one undated (第四十二条's written report of the district's correction); the 报请／报…批准 of 第八、十九、二十条 "
            "are steps of a decision (Round 77's x299_01 第十条)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x333_02_shi-guihuaziyuanju-2022-yingshang-huanjing-chuangxin-shidian-guihua-ziyuan-shishi-banfa.txt"
P02 = "上海市营商环境创新试点规划资源实施办法"
N02 = "关于印发《上海市营商环境创新试点规划资源实施办法》的通知"
HUI = ("「（A）会同B＋verb」 with no A printed: B, the partners, are units by rule 2's 会同 form, and no lead is named "
       "(rule 2: lead A; responsible A, B) — RULING? 5: or, with no subject, 会同 gives nothing (an act with no subject "
       "names none, round 65's x274_01), accepted")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the measures' own title line (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源建〔2022〕181号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2022-06-17",
     date_note="signed 2022年6月17日 (line 11); no item is dated (国发〔2021〕24号 and 沪府发〔2021〕24号 are document numbers)",
     level="the city planning and natural-resources bureau, to its offices, its units, the district bureaus and its "
           "branches: the planning side of the city's business-environment pilot — area-wide assessments, the land "
           "list, combined surveys, combined approvals and permits, staged acceptance, HD maps, real-estate registration",
     source=src("关于印发《上海市营商环境创新试点规划资源实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::a9dea572ff7e482b8363de6836823440", 4713),
     style="a cover notice, the measures' title and a preamble, then 一、总体要求 (one childless paragraph), 二、主要举措 "
           "（一）–（七） and 三、工作保障 （一）–（四）, each （N） a heading line of its own 「（一） 开展区域评估」 (a space after the "
           "bracket and after 一、) over one to six paragraphs",
     leaf_tasks=8, count_alternatives=[7, 11],
     leaf_tasks_by_section={"一": 0, "二": 7, "三": 1},
     childless_top_level_sections=["一、 总体要求"],
     samples=[
        S(["二", "（一）"], ["各区政府", "管委会"], ["区政府指定部门", "各园区管理主体", "各区政府", "管委会"],
          responsible_alternatives=[["各区政府", "管委会"]],
          note="「…区政府指定部门、各园区管理主体负责组织编制各类区域评估报告，按程序报送行业主管部门审核…。市、区各行业主管部门要…认真指导和督促各地开展区域评估工作…。各区政府、管委会牵头组织全面推进区域评估工作。…由区政府指定部门、各园区管理主体开展区域评估工作…」 — "
               "several rule-2 clauses, all their bodies (rule 2): 负责 and 由A＋开展 name 区政府指定部门 (kept whole as printed: "
               "the district's designated department, no 的-phrase) and 各园区管理主体; 牵头 gives lead [各区政府, 管委会], split "
               "on 、 (round 30's 「各镇、园区」); the 行业主管部门 that 制定 rules and 建立 mechanisms, and 各区政府和相关管委会 that "
               "要建立…机制, are subjects of verbs outside the closed list (" + CLOSED + "); 指导和督促 is rule 3's guide; 报送…审核's "
               "receiver none (rule 3); the leads alone accepted; 「五个新城」 a count naming places, unchecked; " + NODATE),
        S(["二", "（二）"], [], [], responsible_alternatives=[["相关区政府", "管委会"]],
          note="「土地供应前，本市文旅、房管、…规划资源等各行业主管部门应对…进行现状普查。相关区政府、管委会按照要求统筹完成区域评估。 出让人通过土地出让征询…获取…，并纳入土地出让公告。 土地供应后，各行业主管部门…原则上不得增加清单外的要求…」 — "
               "进行, 统筹完成 (完成 and 统筹 outside the list), 获取, 纳入, 提升 name none (" + CLOSED + "); 原则上不得增加 limits the "
               "departments' own demands, no unit; " + NONE + "; the districts accepted; " + NODATE),
        S(["二", "（三）"], [], [],
          note="「按照“同一测绘成果只提交一次”的原则，分阶段优化整合测绘事项。加强统筹协调…。做实…机制。市规划资源主管部门将…成果数据和报告实时推送市大数据中心数据中台；住建、交通…等相关部门在竣工验收阶段应通过市大数据中心在线调取…。加快推进…编制…」 — "
               "acts with no subject give work (round 65's x274_01), a task naming none; 推送 to the data hub is a sending "
               "(Round 83's x315_01 第十一条; Round 85's x317_01 第六条: 「推送至B」), 调取 outside the list (" + CLOSED + "); "
               "「同一测绘成果只提交一次」 a principle's name, unchecked; no duty (实时 pushes data, but the rulings read rhythms "
               "of reports; unchecked); " + NONE + "; " + NODATE),
        S(["二", "（四）"], [], [],
          note="「以“多规合一”的国土空间规划体系为基础，优化…审批流程，进一步推进“多审合一、多证合一”…。规范…审查形式，将…统一为…审批。…将建设用地规划许可证、建设用地批准书合并…在全市逐步推广…」 — "
               "the reforms' acts have no subject (round 65's x274_01: a task naming none); 自贸区临港新片区 is where a pilot "
               "ran, inside a noun (round 30's body inside a description); " + NONE + "; " + NODATE),
        S(["二", "（五）"], [], [], responsible_alternatives=[["规划资源部门"]],
          note="「本市疫情防控应急工程、重大产业项目…可按照建筑单体…分批次进行竣工规划资源验收…。…规划资源部门可出具结论通知单…。 … 规划资源部门应结合工程项目建设进度，通过告知承诺、事中事后监管等方式加强建设项目实施过程管理，督促建设单位按要求完成…」 — "
               "可 gives no work (round 49 p46b); 加强 and 督促 are outside the list (" + CLOSED + "), the 建设单位 督促's object "
               "(round 30's pivot); " + NONE + "; the department accepted; " + NODATE),
        S(["二", "（六）"], [], ["发改、经信、交通、公安、浦东新区等相关部门"], responsible_alternatives=[[]],
          note="「在确保安全的前提下，稳妥推进高精度地图面向智能网联汽车应用试点工作。组建工作专班，深入开展专题调研，会同发改、经信、交通、公安、浦东新区等相关部门积极创建上海智能网联汽车高精度地图应用试点，研究制订相关政策文件。 建立健全…」 — "
               + HUI + "; names joined by 、 before one head with 等 are one name as printed (round 31; Round 85's x321_01 六、"
               "（三））; " + NODATE),
        S(["二", "（七）"], [], ["市高院", "市住建委"], responsible_alternatives=[[]], not_targets=[(2, "个")],
          note="「加强与各部门数据应用合作共享…对身份证、户口簿、结婚证等高频应用证照落实“两个免提交”…。推行“验登合一”…。优化“房屋买卖一件事”…。将遗产管理人制度引入…；会同市高院、市住建委细化破产企业办理竣工验收和不动产登记的具体程序。 研究在电子地图上提供可视化查询服务…」 — "
               + HUI + "; the other acts have no subject (round 65's x274_01); 「两个免提交」 a reform's name with a digit, "
               "not a target (EXPECTED.md; Round 83's x316_02 「百吨王」); " + NODATE),
        S(["三", "（一）"], [], ["各区规划资源部门"], lead_alternatives=[["各区规划资源部门"]],
          note="「（一） 提高思想认识，加强部门协同 各相关主管部门应按照本办法明确的工作任务，加强组织领导，抓好工作落实。涉及部门要强化服务意识…建立上下联动的工作机制… 各区规划资源部门要切实落实主体责任，建立健全协调落实推进机制，结合实际优化、细化…操作流程…，主动做好政策咨询和技术指导服务。」 — "
               "落实 with 责任 as its object places the duty (round 46; Round 85's x318_02; Round 87's x326_07), a kind with "
               "各 a doer (Round 83's x316_01 十); 加强, 抓好 (落实 as its object a noun, Round 81's x308_09), 强化, 建立 name "
               "none (" + CLOSED + "); a 工作保障 item that names a unit is a task (seeds EXPECTED.md lines 3–5); "
               + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "文件执行过程中，请各部门及时反馈实施情况", "when": None, "when_norm": None,
              "note": "the cover's request for feedback on how the measures work: the cover's sendings are duties (CONVENTIONS.md "
                      "round 27), 及时 printing no time — an undated duty (plans-dev 01 and 04; Round 85's x320_04 (二)/5)"}],
     notes=["counting (leaf tasks): the cover's 「请认真落实、严格执行」 no task; the preamble no task; 一、总体要求 a childless "
            "point of aims, a section (plans-dev EXPECTED.md lines 21–25; Round 84's p61c-1 keeps such points sections); "
            "二、主要举措 （一）–（七） 7, each （N） heading line with its paragraphs one leaf (round 32: unnumbered paragraphs "
            "under an item are its body); 三、工作保障 （一）–（四）: items of 保障措施 that name no unit are no tasks in a plan whose "
            "tasks name units (seeds EXPECTED.md lines 3–5; round 27) — （一） names 各区规划资源部门 (落实主体责任), a task; "
            "（二） 「各有关部门应坚持…」, （三） 「各区政府、各部门应通过多种形式全面公开…宣传报道…」 and （四） 「…市规划资源局做好日常督促指导，加强…监督和定期考核…」 name "
            "none by rule 2 (坚持, 公开, 做好, 加强 outside the list) → **8**. Accepted: 11 (三、's four items all tasks, Round 87's "
            "x327_03 三、保障体系 read by what it holds), 7 (三、（一） too as a support item).",
            "units: from sentences (headed points, rule 2's closed list); leads by 牵头 in 二、（一）; the 会同 partners with no "
            "printed subject in 二、（六）（七） (RULING? 5)",
            "dates: no item is dated",
            "figures: not target 2 个 (「两个免提交」, a name); unchecked: 五个新城, 「只提交一次」, document numbers, 45 (the 45th "
            "meeting)",
            "duties: one undated (the cover's 「请各部门及时反馈实施情况」)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x333_03_shi-guihuaziyuanju-2022-yongjiuxing-celiang-biaozhi-guanli-banfa.txt"
P03 = "上海市永久性测量标志管理办法"
N03 = "关于印发《上海市永久性测量标志管理办法》的通知"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the measures' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2022〕10号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2022-12-26",
     date_note="the cover is signed 2022年12月26日 (line 9; the index and the front matter give 2022-12-27, the day of "
               "publication); in force 2023-03-01 to 2028-02-29 (cover, line 5; 第二十五条); no item is dated",
     level="the city planning and natural-resources bureau, to the district bureaus, the licensed surveyors and the units "
           "concerned: protection, setting, moving, patrol, upkeep and use of permanent survey marks",
     source=src("关于印发《上海市永久性测量标志管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::b69a252f70d6489bb94d413868793290", 3658),
     style="a cover notice, then the measures' title, eight chapters 「第N章 …」 and 25 articles whose heading 「第N条（heading）」 "
           "stands on a line of its own over its paragraphs; duty lists （一）– under 第八、十条, lines under 第二、四、十五、十八条",
     leaf_tasks=23, count_alternatives=[21, 22, 24, 25, 26],
     leaf_tasks_by_section={"第五条": 1, "第七–十条": 9, "第十一–十五条": 5, "第十七–二十条": 6, "第二十二、二十三条": 2},
     childless_top_level_sections=[],
     samples=[
        S(["第五条（信息化建设）"], [], ["市规划资源部门"], lead_alternatives=[["市规划资源部门"]],
          **art(X03, ["第五条（信息化建设）"]),
          note="「市规划资源部门应当加强永久性测量标志的信息化建设，将…纳入本市国土空间基础信息平台。 市规划资源部门应当以信息系统为抓手优化管理流程，建立…日常更新机制…」 — "
               + ARTICLE + ": 加强, 纳入, 建立 name the bureau (加强 included in articles, Round 83's x311_02 第十条 only for "
               "加强指导); the defined short name 市规划资源部门 (第二条（二）) kept where it acts (round 43; Round 81's x310_04); "
               + ONE_LEAD + "; " + NODATE),
        S(["第七条（市区分工）"], [], ["市规划资源部门", "区规划资源部门"], **art(X03, ["第七条（市区分工）"]),
          note="「市规划资源部门负责永久性测量标志的统一监管。区规划资源部门按照市规划资源部门的要求，协助落实本行政区域永久性测量标志的日常管理工作。」 — "
               "「A负责…」 names A, and 协助 reads as 配合, a doer with its own subject, responsible after any rule-2 doer "
               "(round 30's 「A负责…，B配合／协助」; rounds 38, 46; Round 83's x311_03 第四条); 按照…要求 names no doer; no "
               "牵头: lead []; " + NODATE),
        S(["第八条（市级部门职责）", "（四）"], [], ["市规划资源部门"], lead_alternatives=[["市规划资源部门"]],
          **art(X03, ["第八条（市级部门职责）", "（四）"]),
          note="「市规划资源部门的主要职责包括：…（四）指导和监督检查各区的永久性测量标志管理和保护工作。」 — a duty word over a list "
               "makes the body its lead-in names the unit of each line whatever its verb (round 53's x242_02; Round 77's "
               "x304_03; Round 85's x319_02 四), and under a 职责 heading 「A指导（监督）…」 is the body's own work, not rule "
               "3's guide (Round 82's p60c-4); 各区 sits inside the noun 「各区的…工作」, no pivot object; the lines of a "
               "duty list are its items (第八条 4 leaves; the lead-in no leaf, Round 83's x311_04 第十一条); "
               + ONE_LEAD + "; " + NODATE),
        S(["第九条（区受理点职责）"], [], ["市规划资源部门各区受理点"], lead_alternatives=[["市规划资源部门各区受理点"]],
          responsible_alternatives=[["各区受理点"]], **art(X03, ["第九条（区受理点职责）"]),
          note="「市规划资源部门各区受理点负责所在区一般保护永久性测量标志的迁建审批。」 — 「A负责…」 names A, an approval placed by "
               "负责 included (Round 83's x311_04 第十一条 and x315_03 第三条, governs over the review rule); the name kept as "
               "printed, the bureau's district offices (rounds 33, 43), 各区受理点 alone accepted; " + ONE_LEAD + "; "
               + NODATE),
        S(["第十条（区级部门职责）", "（二）"], [], ["区规划资源部门"], lead_alternatives=[["区规划资源部门"]],
          **art(X03, ["第十条（区级部门职责）", "（二）"]),
          note="「区规划资源部门的主要职责包括：…（二）负责制定永久性测量标志巡查计划，组织开展本行政区域永久性测量标志巡查工作；」 — the "
               "line's 负责 and 组织开展 take their subject from the duty list's lead-in (rule 4; round 53's x242_02: a duty "
               "word over a list); the 巡查计划 is the district's own plan, no sending and no duty; " + ONE_LEAD + "; "
               + NODATE),
        S(["第十一条（协同保护）"], [], ["市、区规划资源部门"], responsible_alternatives=[[]],
          **art(X03, ["第十一条（协同保护）"]),
          note="「市、区规划资源部门在核发…意见书时，应当同步告知…使用权人…保护要求。 以出让方式提供土地使用权的建设项目，市、区规划资源部门应当在土地出让须知中告知…保护要求，并将保护要求纳入土地出让合同。 …在…立项批复时，应当告知…。 市、区规划资源部门应当在…设计方案审查阶段同步审查永久性测量标志避让情况，…应当提醒建设单位依法迁建。」 — "
               "each 告知 and 提醒 is a sending to a party of what it needs to act on, naming none (Round 85's x322_04 第七条, "
               "turned), and 审查 of a party's design a review (round 68); but 「将保护要求纳入土地出让合同」 writes the terms into "
               "the contract the seller itself signs, the bureau's own act, so " + ARTICLE + " names 市、区规划资源部门, one "
               "name as printed (round 30) (RULING? 6: or 纳入 is part of the same 告知, the article's only acts owed "
               "sendings, a task naming none by Round 83's x313_01 第十一条 — accepted); no 牵头: lead []; " + NODATE),
        S(["第十三条（成果移交要求）"], [], [], not_targets=[(1, "个月")], **art(X03, ["第十三条（成果移交要求）"]),
          note="「设置新的永久性测量标志，建设单位应当于设置完成后1个月内向市规划资源部门移交测量坐标、点之记等成果资料。」 — handing records "
               "one holds to the body that keeps them is a sending, which names no doer, in articles too (Round 83's "
               "x315_01 第十一条; Round 85's x322_04 第十六条), and an article whose only act is an owed sending is a task "
               "naming no unit (Round 83's x313_01 第十一条), the sending an undated duty (below); " + NONE + "; 1个月内 "
               "after the setting a time limit from an event, no target and no deadline (rounds 33, 54); " + NODATE),
        S(["第十七条（标志重建）"], [], [], responsible_alternatives=[["收取迁建费用的单位"]],
          **art(X03, ["第十七条（标志重建）"]),
          note="「永久性测量标志的重建工作，由收取迁建费用的单位组织实施，重建标准不得低于原设置标准。」 — 由A组织实施 would name A (rule "
               "2), but 「收取迁建费用的单位」 is a 的-phrase whose head is the bare 单位, a call (Round 81's x310_03 第十条; Round "
               "85's x317_04 第四条), pointing back to the bodies 第十六条 names (the setting unit or the city bureau) and "
               "adding none (Round 87's x323_02 第二十一条 组建部门); 不得低于原设置标准 a limit with no figure; " + NONE
               + "; the printed phrase accepted; " + NODATE),
        S(["第十八条（巡查方式）", "（一）"], [], [], targets=[(1, "次")], **art(X03, ["第十八条（巡查方式）", "（一）"]),
          note="「永久性测量标志巡查采用定期巡查和动态巡查相结合的方式。 （一）永久性测量标志每年定期巡查一次。 （二）…增加动态巡查频次。 （三）…及时开展现场检查。 区规划资源部门可探索…开展巡查工作。」 — "
               "the lines of a list are its items, each naming an act a task (Round 77's x299_01 第六条; Round 85's x322_04 "
               "第二十条), naming no doer (no subject, round 65's x274_01); the closing 可探索 an option, text (Round 86's "
               "(b)); the events an item holds in a rhythm are its number of work, 1 次 a target, 每年 no deadline (Round "
               "84's p61e-1; round 34); a patrol is no report, no duty; " + NONE + "; " + NODATE),
        S(["第二十条（损坏情况处理）"], [], ["市规划资源部门"], lead_alternatives=[["市规划资源部门"]],
          responsible_alternatives=[["区规划资源部门", "市规划资源部门"]], **art(X03, ["第二十条（损坏情况处理）"]),
          note="「经检查发现永久性测量标志存在损坏、失去使用效能等情况的，区规划资源部门应当及时通知市规划资源部门，市规划资源部门应当及时组织检测和维修。」 — "
               "组织＋verb names the city bureau (rule 2); the district's 通知 is a sending, naming none (Round 83's "
               "x315_01 第十一条), a report of what the patrol finds to the body that acts on it, an undated duty (Round 83's "
               "x316_01 一; below); the list with the district accepted (round 44 read for 通知); " + ONE_LEAD + "; "
               + NODATE),
        S(["第二十三条（成果保管）"], [], ["永久性测量标志成果使用单位"], lead_alternatives=[["永久性测量标志成果使用单位"]],
          responsible_alternatives=[["成果使用单位"]], **art(X03, ["第二十三条（成果保管）"]),
          note="「永久性测量标志成果使用单位应当建立永久性测量标志成果保管制度，有效保障成果数据安全。」 — a regulated party bound by 应当 to "
               "an act gives work, its subject a doer in articles (round 44; Round 84's p61a-2; Round 85's x321_04 第十条), "
               "the name as printed (rounds 33, 43); 成果使用单位 accepted; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "设置新的永久性测量标志，建设单位应当于设置完成后1个月内向市规划资源部门移交测量坐标、点之记等成果资料",
              "when": "设置完成后1个月内", "when_norm": None,
              "note": "第十三条: records sent to the body that keeps and uses them (Round 83's x315_01 第十一条; Round 85's x321_01 "
                      "六、（二）: each sending of records to the body that uses them is a duty), due a month after an event, no "
                      "date: undated"},
             {"what": "区规划资源部门应当及时通知市规划资源部门", "when": None, "when_norm": None,
              "note": "第二十条: a report of the damage the patrol finds, to the body that repairs it (Round 83's x316_01 一: a "
                      "report of what a duty of check finds is an undated duty, 及时 printing no time)"},
             {"what": "巡查人员应当及时通过系统上报现场检查情况", "when": None, "when_norm": None,
              "note": "第十九条: the patrol's findings reported through the system, 及时 printing no time (Round 83's x316_01 一); "
                      "the reporters are persons, which settles units, not duties"}],
     notes=["counting (leaf tasks): the cover no task; 第一条 purpose, 第二条 scope (its lines classes of marks), 第二十五条 "
            "entry into force (general provisions, round 30); 第三条 「…应该予以长期保护。任何单位和个人不得…」 a statement and a ban "
            "to everyone (Round 80), text; 第四条 classes of marks (Round 83's x313_03 第十三条); 第六条 「…将…经费纳入本部门预算」 "
            "moves money only, the scheme's terms (Round 83's x311_01 第七条); 第十六条 who pays the moving costs (a payer, "
            "round 30); 第二十一条 a surveyor's option to apply (round 30's applicant; round 49 p46b); 第二十四条 consequences "
            "pointing to the law (Round 87's x325_01 第二十五条) — no tasks; 第五条 1, 第七条 1, 第八条 （一）–（四） 4, 第九条 1, "
            "第十条 （一）–（三） 3, 第十一、十二、十三、十四条 1 each, 第十五条 1 (its lines the classes of marks and whose approval "
            "each needs, " + CASES + "; the 建设单位's 履行审批手续 an applicant's step, round 30), 第十七条 1, 第十八条 （一）–（三） "
            "3 (the paragraph after them an option, text), 第十九、二十条 1 each (第十九条's 巡查内容包括… a check's scope, Round "
            "81's x305_01 第三十六条, with the patrol staff's report — work of the body's own patrol), 第二十二条 1 (the users "
            "bound by 应当, Round 84's p61a-2, naming none: persons), 第二十三条 1 → **23**. Accepted: 21 (第十八条 one task, "
            "its lines the patrol's ways), 22 (第十九条 text), 24 (第三条 or 第六条 counted), 25 (第十五条's three lines as "
            "items), 26.",
            "units: article subjects (round 44); duty lists' lead-ins (第八、十条); 市规划资源部门 as the measures define it "
            "(第二条（二））, 区规划资源部门, 市、区规划资源部门 (one name, round 30) as printed",
            "dates: no item is dated; 2022年10月25日 the meeting; 2023-03-01 / 2028-02-29 the validity",
            "figures: target 1 次 (第十八条（一） 每年…一次); not target 1 个月 (第十三条); unchecked: 第六十四条 (a cited article)",
            "duties: three undated (第十三条's records handed over, 第二十条's notice of damage, 第十九条's report of the patrol)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x333_04_shi-guihuaziyuanju-2021-shenpi-xiangmu-dangan-shuzihua-zhuanxiang-gongzuo-tongzhi.txt"
P04 = "关于开展规划资源审批项目档案数字化专项工作的通知"

plan(X04,
     title=P04,
     title_note="the notice's title line (line 1)",
     doc_no="沪规划资源行〔2021〕22号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2021-01-26",
     date_note="signed 2021年1月26日 (line 19); the deadlines are the notice's own (2021-02-05, 2021-05, 2021-12)",
     level="the city planning and natural-resources bureau, to the city construction archive, the Pudong archive bureau, "
           "the district bureaus and its branches: digitising the archives of planning approvals by a set date",
     source=src("关于开展规划资源审批项目档案数字化专项工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::e629a2a19e634b3082c2476b83d7f592", 1127),
     style="a short notice: addressees, a preamble, five childless points 一、–五、 each a run-in heading ending in 。 and "
           "its text on the same line, the signature",
     leaf_tasks=3, count_alternatives=[2, 4, 5],
     leaf_tasks_by_section={"一": 1, "二": 0, "三": 1, "四": 1, "五": 0},
     childless_top_level_sections=["二、组织领导", "五、监督检查"],
     samples=[
        S(["一"], [], [], dl="2021年底前", dln="2021-12",
          other_deadlines=[{"text": "2021年5月底前", "norm": "2021-05"}],
          note="「一、目标任务。各单位应全面梳理…历史档案数据，并对…等八类档案进行分类整理，制定档案数字化工作方案，明确时间节点和技术路径。原则上2015年至2019年规划资源审批项目档案数字化应在2021年5月底前完成，其余历史项目在2021年底前完成。」 — "
               "a childless point that gives work by an instruction 应 is a task (Round 84's p61c-1), its heading naming the "
               "work itself, not aims (Round 87's x327_03: a heading is read by what it holds); 各单位应… is a general call "
               "(rule 3; round 30): " + NONE + "; the latest date the item prints is its deadline, the other an other "
               "deadline (Round 82's p60e-3; Round 84's p61e-4): 2021-12, 2021-05; 2015年至2019年 years, no target; 八类 a "
               "count of the kinds listed, unchecked"),
        S(["三"], ["市城建档案馆"], ["市城建档案馆", "局信息中心"], lead_alternatives=[[]],
          note="「三、技术支持。市城建档案馆会同局信息中心做好规划资源审批项目档案数字化的技术支持和成果入库，制定档案数字化数据标准和质检规则，确保档案数字化数据符合规范要求。」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2), 会同 reaching any verb but a review "
               "(Round 85's x321_01 五、（二））; 局信息中心 kept as printed (the bureau's own centre; rounds 33, 43); the item "
               "prints no date of its own, and 一、's dates are that item's (a heading's date dates only the items under it, "
               "Round 87's x326_02); " + NODATE),
        S(["四"], [], [],
          note="「四、确保安全。对委托第三方机构开展档案数字化的单位，应按照规定签订合同，明确双方责任与义务。确保档案实体安全、数据安全和保密安全。」 — "
               "a 的-phrase whose head is the bare 单位 is a call (Round 81's x310_03 第十条), and outside articles 签订 without "
               "由 and 确保 name none (round 30's 「由A与B签订」; Round 85's x320_09 五; " + CLOSED + "); a point that gives "
               "work by 应 is a task (Round 84's p61c-1); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "请各单位于2021年2月5日前将规划资源审批项目档案数字化工作方案报送市规划资源局", "when": "2021年2月5日前",
              "when_norm": "2021-02-05",
              "note": "五、: a dated sending of the units' plans to the bureau (EXPECTED.md: duties to submit; round 41)"}],
     notes=["counting (leaf tasks): five childless points; the seeds' rule (EXPECTED.md lines 3–5; round 27) drops items of "
            "组织实施／保障措施／工作要求 that name no unit in a plan whose tasks name units (三、 names 市城建档案馆): 二、组织领导 "
            "(「各单位要加强…领导，成立工作专班，明确责任人，落实经费…」 — 各单位 a general call, 落实经费 money) and 五、监督检查 (the "
            "units' dated sending, a duty, and 「市局将…开展监督检查…进行考评」, 开展 without 组织 outside the list) support the work "
            "and name none — sections; 一、目标任务 holds the work itself (Round 87's x327_03 三、: a heading is read by what it "
            "holds; Round 84's p61c-1: only aims and principles points stay sections), 三、 names units, 四、确保安全 binds the "
            "work's own contracts by 应 → **3** (RULING? 7). Accepted: 5 (every point, Round 84's p61c-1 read for any "
            "instruction), 4 (二、 or 五、 counted), 2 (四、 as a support item too).",
            "units: from sentences (numbered points, rule 2's closed list); 各单位 a general call throughout (rule 3)",
            "dates: 一、 2021-12 (2021-05 other); the duty 2021-02-05; 2015年至2019年 the archives' years",
            "figures: unchecked — 八类 (a count of the kinds the list names), the years",
            "duties: one dated (五、's plans sent by 2021-02-05); 「考评结果纳入各区年度业务综合考评」 no sending of the units'"])

write_collected(DIR)
