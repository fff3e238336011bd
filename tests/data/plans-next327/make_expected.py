# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next327/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 62 (built by helper c327 for round 63): never tune the parser on them
(see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``); every
answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 81 rulings, written
early" to its end in full, older rulings only as the rulings quoted there name them) applied to every item. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next327/make_expected.py tests/data/plans-next327
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the notice title); the "
          "text was typed from the tool's answer and checked: the wrapper rebuilt from the front matter plus the text "
          "gives exactly the stored file's character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/规划与土地/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("outside articles rule 2's list is closed (rounds 30, 44; Round 83's x313_02 五、, x316_01 一: 发布, 召开, 履行, "
          "留存, 做好 name none in numbered points; Round 85's x318_05, x320_10)")
ARTICLE = ("round 44 (decided): in 第X条 articles a body or a party by role standing as the subject of the article's verb "
           "of doing is a doer whatever the verb; an application for one's own approval (round 30's applicant), a review "
           "of a submission and the decision on it with its own steps (Round 81's x309_01 第十八条; Round 85's x321_02 "
           "第三、五条), a sending (Round 83's x315_01 第十一条; Round 85's x322_04 第七条) and options (可, round 49 p46b) "
           "name none")
NOSUBJ = ("acts of the rules' own bodies with no subject give work (round 65's x274_01; Round 81's x305_02): a task "
          "naming no unit")
REVIEW = ("a review of a party's submission, its acceptance and the decision on it with the decision's own steps name "
          "none (Round 77's x302_05 第六、十一条; Round 81's x309_01 第十八条, x309_02 第十八条; Round 85's x319_01 "
          "第七条（三）（四）, x321_02 第三、五条), 由 before the reviewer changing nothing (Round 85's x317_03 第九条（一））; an "
          "item whose acts are such steps is still work of the rules' bodies, a task naming no unit (Round 83's x313_01 "
          "第十一条, by its form)")
LIMIT = ("a time limit running from an event 「…后N个工作日内」「1年内」 is no target and no deadline (rounds 33, 54, 58; "
         "Round 77's x302_04 二、（三））")
CONTENT = ("lines that only say what a notice, a file or an application must hold are its content, text, no leaves "
           "(Round 83's x315_02 第八、十二条, x315_04 第五条, x312_02 三; Round 85's x322_01 二、（二））")
LEADIN = ("a lead-in naming a body by a rule-2 clause about its items' work gives each item that names none its body "
          "(rule 4; Round 81's x305_04 第四条; Round 83's x311_03 第十一、十二条; Round 85's x319_02 三/1: only by a rule-2 "
          "clause or a duty word)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x327_01_shi-guihuaziyuanju-2025-guoyou-jianshe-yongdi-churang-yushenqing-banfa-xize.txt"
P01 = "上海市国有建设用地使用权出让预申请管理办法"
N01 = "关于印发《上海市国有建设用地使用权出让预申请管理办法》及《上海市国有建设用地使用权出让预申请实施细则》的通知"
CRR = "出让人"
JYZX = "交易中心"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the first forwarded document's title line or the notice's title (line 1): either (round 45's pair); "
                "the text holds two documents under one cover (CONVENTIONS.md head: their tasks counted in order)",
     doc_no="沪规划资源规〔2025〕6号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2025-11-28",
     date_note="the notice is dated 2025年11月28日 (the meeting that passed both documents the same day); in force "
               "2025年12月1日 to 2030年11月30日 (a general provision, round 30); no item is dated",
     level="the city planning and natural-resources bureau, to the district bureaus, its agencies and units: how land "
           "for sale is announced for pre-application before its auction, by the district sellers through the city "
           "land-exchange centre",
     source=src("关于印发《上海市国有建设用地使用权出让预申请管理办法》及《上海市国有建设用地使用权出让预申请实施细则.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::b6c42f438cde4d1c93e88fad858d85bd", 3717),
     style="a forwarding notice (addressees, one sentence, issuer, date), then the 办法's title and 11 articles "
           "「第N条（heading）」 on lines of their own over paragraphs, then the 细则's title, a preamble and ten points "
           "一、–十、 (run-in text); 五、 and 九、 hold lists 1.–8. / 1.–6. of what a notice or a file must hold",
     leaf_tasks=11, count_alternatives=[10, 12, 13, 15, 26],
     leaf_tasks_by_section={"办法 第五–九、十一条": 6, "细则 一、四、五、七、九、": 5},
     childless_top_level_sections=["细则 二、", "细则 三、", "细则 六、", "细则 八、", "细则 十、"],
     samples=[
        S(["第五条（实施机构）"], [], ["市规划资源部门", "各区规划资源部门", "管委会", "市土地交易事务中心"],
          responsible_alternatives=[["市规划资源部门", CRR, JYZX], ["市规划资源部门", "各区规划资源部门", "管委会", JYZX],
                                    ["市规划资源部门", "各区规划资源部门", "管委会", CRR, "市土地交易事务中心", JYZX]],
          **art(X01, ["第五条（实施机构）"]),
          note="「市规划资源部门负责制定相关管理办法，规范运作程序。各区规划资源部门、管委会（以下统称出让人）负责预申请相关技术性、事务性工作，组织协调土地交易活动。市土地交易事务中心（以下简称交易中心）负责建立全市土地使用权交易信息库…」 — "
               "several 负责 clauses, all their bodies in printed order (rule 2); at a defining bracket the names printed "
               "before it are given and the bracket dropped (Round 83's x311_02 第十五条; round 43, Round 78's x95_02: the "
               "full name kept, its 以下简称 dropped), separate heads separate names (round 31); the defined names "
               "出让人, 交易中心 accepted; no 牵头: lead []; " + NODATE),
        S(["第六条（预申请条件）"], [], [CRR], lead_alternatives=[[CRR]], responsible_alternatives=[[CRR, JYZX]],
          **art(X01, ["第六条（预申请条件）"]),
          note="「出让人根据国土空间规划、…，在完成土地储备或前期工作后，经市规划资源部门同意，通过交易中心向社会发布…预申请公告，实施预申请工作。」 — "
               + ARTICLE + ": 出让人 is the subject of 发布 and 实施 (rule 2's verb too), the name the text defines for "
               "the district bureaus kept as printed (Round 81's x310_04; Round 83's x315_02 第四、五条); 经A同意 is "
               "rule 3's approver; 通过交易中心 the channel the notice goes by, no clause of its own (accepted); "
               + ONE_LEAD + "; " + NODATE),
        S(["第七条（预申请形式）"], [], [], responsible_alternatives=[[CRR]], **art(X01, ["第七条（预申请形式）"]),
          note="「…出让条件和土地利用要求不成熟的，可以采用意向预申请形式。出让人可结合…开展信息推广和推介招商活动。 若出让人已完成了…，可采用用地预申请形式。出让人在预申请公告及文件中已明确的交易方式、交易进度、出让条件等用地信息应与正式公告保持一致，不得擅自调整。」 — "
               "the forms and 可 clauses are options (round 49 p46b); the last sentence binds the information the "
               "procedure publishes, a limit on the rules' own work, a task naming none (Round 83's x314_10 四/(四); "
               "Round 85's x321_03 第九条), 出让人 standing inside the noun's description 「出让人…已明确的…用地信息」, no "
               "doer (round 30: 「经A认定的企业」) (RULING? 1; count 10 with the article as options only); " + NONE
               + "; [出让人] accepted; " + NODATE),
        S(["第八条（预申请程序）"], [], [CRR], lead_alternatives=[[CRR]], responsible_alternatives=[[CRR, JYZX]],
          **art(X01, ["第八条（预申请程序）"]),
          note="「出让人采取意向预申请的，应委托交易中心在相关网站发布预申请公告。…出让人可自行负责地块推介、招商，也可委托交易中心代为实施。 出让人采取用地预申请的，应委托交易中心…发布预申请公告，意向用地人可向出让人和交易中心提出报名申请。…出让人可组织…。 预申请公告周期由出让人根据实际情况确定。」 — "
               "「A委托B＋verb」 names A, B none by that clause (round 35; Round 81's x309_04 第二十六条), and 由A＋a verb "
               "of doing (确定) names A (rule 2); the 「采取…的」 clauses are branches of the procedure, not rule 3's "
               "contingencies (Round 81's x305_01 第十二条); 可 clauses are options and the bidders' 报名 an application "
               "(round 30); " + ONE_LEAD + "; + 交易中心 accepted (the B of 委托, as Round 81 kept it); " + NODATE),
        S(["第十一条（预申请结果）"], [], [], **art(X01, ["第十一条（预申请结果）"]),
          note="「预申请期满后，将发布预申请结果公告，终止预申请活动。若预申请公告中明确特定终止条件的，应在预申请结果公告中告知。」 — " + NOSUBJ
               + "; no body is rewritten in from the 细则's 九、 (rounds 43, 48); " + NONE + "; " + NODATE),
        S(["一"], [], [CRR], lead_alternatives=[[CRR]], responsible_alternatives=[[]],
          note="细则 一、「出让人应根据本区域的年度土地出让计划，分析…合理性…。根据地块出让前期规划审批、土地储备等进展情况，确定预申请地块。凡涉及到农用地转用的，应落实农转用指标和占补平衡指标的解决方案。」 — "
               "the 细则 is numbered points, so " + CLOSED + ": 分析, 确定 name none, but 落实 with a plan as its object is "
               "rule 2's (Round 83's x312_03 三/2), its missing subject the 出让人 standing before it in the paragraph, "
               "across full stops (rounds 34, 49 p46d; Round 83's x314_03 四/(一)); 「凡涉及…的」 picks a class of plots, "
               "not rule 3's 确需／发生／如有 (Round 79) (RULING? 2); " + ONE_LEAD + "; none accepted; " + NODATE),
        S(["四"], [], [], responsible_alternatives=[[CRR, JYZX], [JYZX]],
          note="细则 四、「出让人向交易中心提出地块入市预申请需求时，应提供相关材料，包括…。交易中心对相关信息进行汇总后，按规定予以发布。」 — "
               "providing papers to the centre that uses them is a sending, which names no doer (Round 83's x315_01 "
               "第十一条), and in numbered points 汇总 and 发布 are outside rule 2's list (" + CLOSED + "); the point still "
               "gives work, a task naming none; " + NONE + "; the centre, and both, accepted; " + NODATE),
        S(["五"], [], [], responsible_alternatives=[[JYZX]],
          note="细则 五、「对于符合规定的地块，经市规划资源部门同意后，交易中心发布地块的预申请公告和预申请文件。…预申请公告应包含以下信息：1.…3.召开推介会或信息发布会的，应明确具体日程安排。 预申请文件应明确以下内容：1.…8.其他注意事项和联系方式等。」 — "
               + CONTENT + ", so 五、 is one leaf (count 26 with 五、's and 九、's lines as leaves); 发布 outside the "
               "closed list (" + CLOSED + "); 经A同意 rule 3's approver; " + NONE + "; [交易中心] accepted; " + NODATE),
        S(["七"], [], [], responsible_alternatives=[[CRR]],
          note="细则 七、「意向用地人可参加…推介活动，并在规定的时间内…提出意见和建议。出让人根据相关建议和实际情况对出让条件再行完善的，应在预申请结果公告中发布完善后的出让条件，并在地块出让时将其纳入出让文件。」 — "
               "the bidders' part is an option (round 49 p46b); the 的-clause gives 出让人 as the subject of what "
               "follows (rounds 34, 49 p46d), but 发布 and 纳入 are outside rule 2's list in numbered points (" + CLOSED
               + "); " + NONE + "; [出让人] accepted; " + NODATE),
        S(["九"], [], [], responsible_alternatives=[[JYZX]],
          note="细则 九、「预申请公告期满后，交易中心将在网上发布预申请结果公告，终止预申请活动。 预申请结果公告应包含以下内容：1.预申请咨询人数；…6.其他重要提示。」 — "
               + CONTENT + "; 发布 outside the closed list (" + CLOSED + "); 人数 lines name what is counted, no "
               "figures; " + NONE + "; [交易中心] accepted; " + NODATE),
     ],
     plan_targets=[(1, "个月")], phases=[], duties=[],
     notes=["counting (leaf tasks): two documents under one cover, counted in order (CONVENTIONS.md head). 办法: 第一条 "
            "purpose, 第二条 definition (its last sentence describes what the procedure is, part of the definition), 第三条 "
            "scope, 第四条 principles — general provisions (round 30; round 68: a principle names no act); 第五–九条 one "
            "task each (5; 第七条 by its limit on the published information, RULING? 1); 第十条 the bidders' registration "
            "and promise (round 30's applicant), what the file must state (content, text) and an option — no task (Round "
            "85's x321_02: articles whose only acts are applications and options); 第十一条 one task (acts with no "
            "subject) → 6. 细则: the preamble is purpose; 一、 a task; 二、「出让人可…研究确定…形式，并通过交易中心…发布…」 and "
            "三、 options only, 可 reaching the 并 clause (round 49 p46b), no tasks (RULING? 3); 四、 a task; 五、 a task "
            "with its lists as content; 六、「预申请周期一般不少于1个月，具体时间可由出让人…确定」 only sets the period of the "
            "work other points describe, that work's time rule, no task (Round 85's x319_03 四、考核周期), its floor a plan "
            "target (RULING? 4); 七、 a task; 八、 the bidders' application and an option, no task; 九、 a task; 十、 an option "
            "and the withdrawing bidders' own step, no task → 5. Total **11**. Accepted: 10 (第七条 as options only), 12 "
            "(六、 as a task, or 第二条 counted), 13 (六、 and 二、), 15 (第一–四条 counted: round 30 keeps a count with "
            "general provisions accepted), 26 (五、's 3 + 8 lines and 九、's 6 lines as leaves).",
            "units: 办法 articles by round 44 (the subject of a verb of doing), 细则 points by rule 2's closed list; the "
            "defined names 出让人 and 交易中心 kept where printed; reviews, sendings, options and the bidders' "
            "applications none",
            "dates: no item is dated (2025年11月28日 the meeting and notice, 2025年12月1日 and 2030年11月30日 entry into force "
            "and validity)",
            "figures: plan target 1 个月 (六、 不少于, round 30's line; a floor in no task, Round 85's x321_04 第九条 form); "
            "unchecked: 5个工作日内 (十、, a limit from an event in no task), the land data's 容积率 and 面积 words (no figures)",
            "duties: none (the 出让人's request to the centre is its own application; publication to the public is no "
            "report)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x327_02_shi-shengtai-huanjingju-2026-jianshe-yongdi-turang-wuran-diaocha-xiufu-pingshen-ruogan-guiding.txt"
P02 = "上海市建设用地土壤污染状况调查、风险评估、风险管控和修复、效果评估等工作的若干规定"
N02 = "市生态环境局、市规划资源局、市房屋管理局关于印发《" + P02 + "》的通知"
QST = "区生态环境局"
QGH = "区规划资源局"
QFW = "区房屋管理局"
ZRR = "土壤污染责任人"
XFQ = "修复场地所在区生态环境局"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪环规〔2026〕6号 (the stored front matter; the text prints none)",
     issuer="上海市生态环境局、上海市规划和自然资源局、上海市房屋管理局",
     date="2026-06-09",
     date_note="signed 2026年6月9日 by the three bureaus; 七、 in force 2026年7月1日 to 2031年6月30日 (a general provision, "
               "round 30); no item is dated",
     level="three city bureaus, to the district bureaus and the zones' committees: who reviews the soil-pollution "
           "survey, risk and remediation reports of building land, what the liable parties do, how the reviews run and "
           "are supervised",
     source=src("市生态环境局、市规划资源局、市房屋管理局关于印发《上海市建设用地土壤污染状况调查、风险评估、风险管控.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0024::cf0ddfc3781740e4b4b72f79ed70801a", 4538),
     style="a forwarding notice (addressees, one sentence, three issuers, date), then the rules' title and seven headed "
           "points 一、–七、 on lines of their own; 一、 lists （一）–（四） (scope); 二、职责分工 four paragraphs each opening "
           "with a body; 三、 and 四、 bracket sub-headings （一）（二）（三） on lines of their own over paragraphs; 四、（二） a "
           "list 1.–3. of requirements, 四、（三） steps 1.–5. each a heading line 「1.材料受理」 over its paragraph; 五、 and 六、 "
           "paragraphs",
     leaf_tasks=10, count_alternatives=[11, 12, 13, 14, 15],
     leaf_tasks_by_section={"一": 0, "二": 1, "三": 2, "四": 6, "五": 0, "六": 1, "七": 0},
     childless_top_level_sections=["五、从业单位要求", "七、施行期限"],
     samples=[
        S(["二"], ["市生态环境局", "各区生态环境局"],
          ["市生态环境局", "市规划资源局", "各区生态环境局", QGH, QFW, "市、区规划资源局", QST],
          lead_alternatives=[[]],
          responsible_alternatives=[["市生态环境局", "市规划资源局", "各区生态环境局", QGH, QFW, "市、区规划资源局"]],
          note="「二、职责分工 市生态环境局组织开展…抽查工作；会同市规划资源局建立并更新评审专家库…。 各区生态环境局（含自贸区管委会保税区管理局、临港新片区管委会、化工区管委会，下同）负责…；会同区规划资源局或区房屋管理局组织开展…报告评审工作… 市、区规划资源局负责…。区规划资源局配合区生态环境局组织开展相关报告评审工作… 区房屋管理局配合区生态环境局组织开展…评审工作…」 — "
               "a childless 职责分工 point of paragraphs each opening with a body is one task whose units are every body "
               "given work, in printed order, each once (Round 82's p60c-1; round 32; round 51's governs): 组织开展, 负责, "
               "「A会同B＋verb」 (lead A; bodies that lead different parts by 会同 are all leads, rounds 36, 45; Round 83's "
               "x316_02 （二十））, 或 joining doers (round 49), 配合 with its own subject (round 46's p44g) and the body it "
               "serves by a rule-2 verb after it (round 36; Round 85's x320_01 三/(一)); the bracket listing what the kind "
               "stands for is dropped (round 37; Round 81's x310_01); 「市、区规划资源局」 one name (round 30); "
               "区生态环境局, printed so where it is served, listed as printed (Round 82's p60c-3: one body printed two "
               "ways is given as printed each time), the list without it accepted; lead [] accepted; " + NODATE),
        S(["三", "（一）"], [], [ZRR], lead_alternatives=[[ZRR]], responsible_alternatives=[[]],
          not_targets=[(1, "年"), (100, "立方米")],
          note="「土壤污染责任人（含土地使用权人，下同）应依法开展…调查、风险评估等工作。…土壤污染状况调查表明存在污染物超标的…地块，土壤污染责任人应在1年内启动风险评估，…风险评估表明地下水无需修复且污染土壤修复方量小于100立方米的地块，可在风险评估阶段同步制定快速处置方案。… 对列入管控和修复名录的地块，土壤污染责任人应结合国土空间规划编制风险管控和修复技术方案，报区生态环境局备案并实施。鼓励…」 — "
               + CLOSED + ": 开展, 启动 and 编制 name none, but the subject of 实施 is rule 2's doer, a party by role "
               "(Round 74's 房屋产权方; Round 84's x311_03 第六条: a party the rules bind by 应 is a regulated party whose "
               "acting lines are work), its bracket dropped (round 37); 报A备案 is rule 3's receiver (RULING? 5: 实施 of "
               "one's own filed plan); " + ONE_LEAD + "; none accepted; 1年内 " + LIMIT + "; 小于100立方米 inside the noun "
               "that names the plots picked (round 58's class; 小于 is no comparison word of round 30's list); "
               + NODATE),
        S(["三", "（二）"], [XFQ], [ZRR, XFQ, QGH], lead_alternatives=[[], [QST]],
          responsible_alternatives=[[ZRR, QST, QGH], [ZRR]], not_targets=[(1, "年")],
          note="「土壤污染责任人应依法开展风险管控和修复活动。…确需转运污染土壤的，应按规定落实污染土壤转运联单制度…。需跨区异地转运修复的，土壤污染责任人应提前征得修复场地所在区生态环境局同意，并由修复场地所在区生态环境局进行监管。 …土壤污染责任人可组织开展原址土壤污染修复效果评估…。土壤污染责任人应在原址办理建设用地工程规划许可证前，完成…修复并组织开展污染土壤异地修复效果评估，提交修复场地所在区生态环境局会同区规划资源局组织评审。 列入管控和修复名录1年内未启动风险管控和修复的地块，区生态环境局应督促土壤污染责任人组织开展…论证。… 未明确后期管理责任的，由原土壤污染责任人或原土地使用权人承担。」 — "
               "组织开展 names the liable party (rule 2); the review the party's report goes to is named by 「A会同B组织评审」, "
               "lead A with B (rule 2's 会同 and 组织; Round 85's x322_04 第九条: 「提交B组织专家论证」 names B), A kept as "
               "printed with its 属地 words (Round 81's x307_02 第九条（三））, 区生态环境局 accepted for it; 督促 is a pivot "
               "(round 30), its subject none; 「确需…的」「需…的」「未明确…的」 are rule 3's cases beside other work (Round 79; "
               "Round 83's x315_01 第六条), so the 由A of those clauses adds none (RULING? 6); lead [] accepted, and "
               "[土壤污染责任人] alone (the review read as the step of the party's own filing, Round 77's x304_02 第十一条); 1年内 "
               "inside the noun naming the plots picked, a class (round 58); " + NODATE),
        S(["四", "（一）"], [QST], [QST, QGH, QFW], lead_alternatives=[[]],
          note="「符合本规定第一条第一、二项规定的地块，其…报告由区生态环境局会同区规划资源局组织评审。符合第一条第三项规定的地块，其…报告由区生态环境局会同区房屋管理局组织评审。其他用地的…报告可由利益相关方自行组织评审。」 — "
               "「（由）A会同B＋verb」: lead A, responsible A, B, two such clauses all their bodies in order (rule 2), 组织＋"
               "review naming its subject (Round 81's x309_02 第十二条, governs); 可由 is an option (round 30); the article "
               "numbers are references, no targets; lead [] accepted; " + NODATE),
        S(["四", "（三）", "1"], [], [], responsible_alternatives=[[QST]], not_targets=[(3, "个工作日")],
          note="「1.材料受理 土壤污染责任人通过“一网通办”提交评审申请。区生态环境局应在收到评审材料后的3个工作日内完成形式审查，对材料齐全，符合法定形式的予以受理；…应当一次告知申请人需要补正的全部内容。」 — "
               "the party's application names none (round 30's applicant); " + REVIEW + "; 完成 is outside rule 2's list "
               "anyway (" + CLOSED + "); " + NONE + "; the bureau accepted; 3个工作日内 " + LIMIT + "; " + NODATE),
        S(["四", "（三）", "2"], [], [QST], lead_alternatives=[[QST]], responsible_alternatives=[[]],
          not_targets=[(15, "个工作日"), (5, "个工作日")],
          note="「2.组织评审 区生态环境局应在受理后15个工作日内自行组织或委托第三方评审机构组织开展专家评审…。第三方评审机构组织评审的应出具…报告，…向区生态环境局提交…。评审组织方应…随机抽取3至5名评审专家，特别复杂的地块可向市生态环境局申请特邀专家参与评审。 土壤污染责任人或从业单位对评审会结果有异议的，可…提出异议申请。市生态环境局应自收到异议申请之日起5个工作日内完成核实…，并将核实意见告知申请人并抄送评审组织单位。」 — "
               "组织＋review names its subject wherever it stands (Round 81's x309_02 第十二条, x309_04 第三十条, governs), "
               "and 「A委托B＋verb」 names A (round 35); the third party's report and sending name none (a sending, Round 83's "
               "x315_01 第十一条); 抽取 is outside the list; the city bureau's check of an objection is a review's decision, "
               "none (Round 81's x309_01 第十八条); " + ONE_LEAD + "; none accepted; 15, 5 个工作日 " + LIMIT + "; 3至5名 "
               "names the panel's make-up, unchecked (as x322_02 第九条's 五名); " + NODATE),
        S(["四", "（三）", "3"], [], [], responsible_alternatives=[[ZRR]], not_targets=[(10, "个工作日")],
          note="「3.评审结论 评审结论表明相关报告需要修改的，土壤污染责任人应10个工作日内完成修改并反馈评审组织方…。评审结论表明相关报告存在重大瑕疵的，土壤污染责任人应在完成整改后重新向区生态环境局申请评审。」 — "
               "a party correcting and resubmitting its own filing takes a step in its own approval, none (Round 83's "
               "x316_01 七, turned; round 55's x246_01 第十一条), 完成 outside rule 2's list too; the point gives that step "
               "by 应, a task naming none (Round 84's x311_03 第六条: a regulated party's acting lines); " + NONE
               + "; [土壤污染责任人] accepted; 10个工作日内 " + LIMIT + "; " + NODATE),
        S(["四", "（三）", "4"], [], [], responsible_alternatives=[[QGH, QFW, QST]],
          note="「4.确认出具评审意见 区规划资源局或区房屋管理局应在收到…评审相关材料或自行评审结束后3个工作日内确认评审意见。区生态环境局应在收到确认意见后3个工作日内出具评审意见并告知申请人。」 — "
               + REVIEW + "; 确认 and 出具 are outside rule 2's list anyway (" + CLOSED + "), and 告知申请人 serves the "
               "decision; " + NONE + "; the three accepted; 3个工作日内 " + LIMIT + " (left unchecked here); " + NODATE),
        S(["四", "（三）", "5"], [], [QST, "相关部门"], responsible_alternatives=[[QST]], targets=[(30, "年")],
          note="「5.材料归档 …相关报告的归档材料由区生态环境局及相关部门分别留存，档案（或电子档案）保存期间不少于30年。委托第三方评审机构组织评审的，第三方评审机构留存一份。…区生态环境局定期将报告评审一次通过率向社会公布。」 — "
               "the agent of 由 with a verb of doing (留存) is a doer (rule 2), 及 joining names (round 34), 相关部门 a "
               "kind (Round 77's x304_01; Round 85's x320_01); the third party's 留存 and the bureau's 公布 without 由 are "
               "outside the closed list (" + CLOSED + "); no 牵头: lead []; the bureau alone accepted; 不少于30年 a floor, "
               "a target (round 30's line; Round 81 decided: 「不少于10个工作日」 stays a floor, unlike a bare period); 一份 "
               "unchecked; " + NODATE),
        S(["六"], ["各区生态环境局"], ["市生态环境局", "各区生态环境局", QGH], lead_alternatives=[[]],
          note="「六、监督管理 市生态环境局组织对各区评审情况进行抽查，…依法要求整改；…组织评审专家培训，完善专家评价机制，按需调整专家库。 各区生态环境局会同区规划资源局要规范评审组织工作，加强…，严格把关评审质量。…区生态环境局在发布土壤污染重点监管单位时同步抄送区不动产登记机构。 第三方评审机构应建立…机制，并交由委托评审的区生态环境局和区规划资源局审核后报送市生态环境局；…」 — "
               "a childless point that gives work is one task (round 36; Round 84's x312_01 一): 组织＋verb names 市生态环境局 "
               "(rule 2), 「A会同B＋verb」 gives lead A with B (rule 2; 要 changing nothing, Round 74's x295_03); the "
               "sending to the registry names none (Round 83's x315_01 第十一条) and is an undated duty when a case arises "
               "(Round 83's x316_01 一); the third party's 建立 is outside the list, and the bureaus' 审核 of what it hands in "
               "a review (" + REVIEW + "); lead [] accepted; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区生态环境局在发布土壤污染重点监管单位时同步抄送区不动产登记机构", "when": "在发布土壤污染重点监管单位时", "when_norm": None}],
     notes=["counting (leaf tasks): 一、适用范围 （一）–（四） classes of land the rules reach, a scope, no tasks (round 30); 二、职责分工 "
            "one task (Round 82's p60c-1); 三、 （一）（二） 2; 四、 （一） 1, （二）「区生态环境局会同相关部门可以委托第三方评审机构…，第三方评审"
            "机构需符合以下要求：1.…3.」 an option with the requirements the commissioned firm must meet, the scheme's terms "
            "(Round 81's x309_01 第十三、十五条; round 49 p46b), no task, its lines text (RULING? 7), （三） 1.–5. 5 → 6; 五、从业"
            "单位要求 the qualifications firms and labs must hold, persons' roles and a lab's filing for itself, the scheme's "
            "terms, no task (RULING? 8); 六、 one task; 七、 entry into force, a general provision → **10**. Accepted: 11 "
            "(四、（二） or 五、 as a task), 12 (both), 13 (四、（二）'s three lines as leaves), 14 (一、's four scope lines "
            "counted: round 30 keeps a count with general provisions), 15 (and 七、).",
            "units: numbered points, rule 2's closed list (组织开展, 负责, 会同, 实施, 由A＋verb, 配合 with its own subject); the "
            "liable party 土壤污染责任人 a party by role; reviews, applications, corrections of one's own filing and "
            "sendings none; bodies kept as printed (各区生态环境局, 区生态环境局, 修复场地所在区生态环境局, 市、区规划资源局)",
            "dates: no item is dated; 2026年6月9日 signing, 2026年7月1日 and 2031年6月30日 entry into force and validity",
            "figures: target 30 年 (四、（三）5 不少于); not targets 1 年 (三、（一） a limit from the survey's result, 三、（二） a "
            "class of plots), 100 立方米 (a class of plots, 小于), 3, 15, 5, 10 个工作日 (limits from events); unchecked: "
            "3至5名 (the panel's make-up), 一份, the 3个工作日 of 四、（三）4, the article numbers 第一条第一、二项",
            "duties: one, undated (六、's copy to the district registry when the bureau publishes the key units); the "
            "parties' notices on their own matters (三、（一） 备案) no duties (Round 85's x322_01 一、（二））"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x327_03_shi-guihuaziyuanju-2025-zhineng-wanglian-qiche-cehui-dili-xinxi-anquan-guanli-daoze.txt"
P03 = "上海市智能网联汽车测绘地理信息安全管理导则（试行）"
N03 = "关于印发《" + P03 + "》的通知"
TS = "图商"
SGH = "市规划资源部门"
XG = "网信、经信、交通、公安等相关主管部门"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the guide's own title line or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源调〔2025〕328号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2025-08-23",
     date_note="signed 2025年8月23日 (the front matter gives 2025-08-25); tried from issue (「自印发之日起试行」); no item "
               "is dated; 自然资办函〔2022〕1480号 and 2022 in the cover are a document number and a past year",
     level="the city planning and natural-resources bureau, to car makers, ride-hailing firms and surveying units: the "
           "duties of the licensed map firms (图商) and the firms they work with, the bureau's supervision, and the "
           "security techniques for collecting, sending, storing, processing and publishing the cars' map data",
     source=src("关于印发《上海市智能网联汽车测绘地理信息安全管理导则（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::7fb303a0931747f9a4f24b34dc4bfe60", 4820),
     style="a forwarding notice (addressees, one paragraph, issuer, date), then the guide's title, an aims paragraph and "
           "three headed points 一、–三、 on lines of their own; 二、 （一）（二） headings over paragraphs; 三、 （一）（二）（三） "
           "each a heading over an opening paragraph and 1.–4. / 1.–3. / 1.–2. heading lines, 三、（三） 1. and 2. over "
           "（1）–（6） / （1）–（5） heading lines with paragraphs",
     leaf_tasks=20, count_alternatives=[6, 10, 15, 21],
     leaf_tasks_by_section={"一": 0, "二": 2, "三、（一）": 4, "三、（二）": 3, "三、（三）": 11},
     childless_top_level_sections=["一、适用范围"],
     samples=[
        S(["二", "（一）"], [], [TS, "出资方", "车企", "服务商", "智能驾驶软件提供商"],
          responsible_alternatives=[[TS], [TS, "车企", "服务商", "智能驾驶软件提供商"]],
          note="Round 87 (turned): round 35's 「A委托B＋verb」 = 「由A委托B」, in points too, over rule 2's list read without it — "
               "「具体业务中，出资方应获得导航电子地图制作资质或委托图商主导…」: a pivot without 由 reads as 由A委托B, A a doer (round 35; round "
               "46's x206_03 四/（二） in headed points), and 或 joins it to the other act: + 出资方 after 图商 (accepted already); the list "
               "without it stays accepted. The builder's reading was: 「（一）实施主体责任 …依法取得导航电子地图制作测绘资质的单位（以下简称图商）作为测绘活动的实施主体，是测绘地理信息安全的责任主体。具体业务中，出资方应获得导航电子地图制作资质或委托图商主导，…开展…测绘活动和地理信息应用。 图商应…扎实开展安全合规能力建设，主动承担…协调工作，… 开展…测绘活动或利用地理信息数据成果的车企、服务商及智能驾驶软件提供商，应建立健全…制度，…积极配合图商…」 — "
               "「A作为／是…的实施主体／责任主体」 designates A wherever it stands (Round 81's x308_07, turned; Round 75's "
               "p57a-1), the name the text gives at its defining bracket kept, the 的-rule leaving only the bare head 单位 "
               "(Round 83's x315_02 第四、五条, governs); 配合 with a subject of its own makes it a doer (round 46's p44g; "
               "Round 85's x319_04 第十四条), the 的-phrase giving the names after the last 的 (rounds 32, 38), 、 and 及 "
               "parting names (round 34); 出资方's 「委托图商主导」 is outside rule 2's closed list in numbered points (" + CLOSED
               + "; RULING? 9: round 35's 「A委托B＋verb」 there), accepted with it; no 牵头: lead []; [图商] alone "
               "accepted; " + NODATE),
        S(["二", "（二）"], [], [SGH, "试点测试区属地政府等部门"],
          responsible_alternatives=[[SGH, "试点测试区属地政府"], [SGH]],
          note="「（二）监督主体责任 市规划资源部门承担智能网联汽车测绘地理信息安全监管职责，着力健全…，建立完善…机制。开展…监测…，依法查处有关案件。 市规划资源部门及试点测试区属地政府等部门…支持企业探索…，加快标准规范研制…，组织开展高级别自动驾驶所需的地理信息服务、测试，…」 — "
               "「A承担…职责」 gives the body its duties, a doer (round 30: 「由A承担…责任」 names a doer; Round 81's x307_04 "
               "第四条 承担＋work); 组织开展 names its subjects (rule 2), 及 joining names (round 34), a head with 等 one "
               "name as printed (round 31; the scorer strips only a final 等); no 牵头: lead []; the name without 等部门, "
               "and the city department alone, accepted; " + NODATE),
        S(["三", "（一）", "1"], [TS], [TS], lead_alternatives=[[]], responsible_alternatives=[[]],
          note="「（一）实施主体能力建设 多方合作架构中，各企业应贴合自身业务场景，在以下四个方面提升测绘地理信息安全保障能力。图商应牵头提供解决方案，协助多方合作架构中其他相关企业建立完善的测绘地理信息安全保障措施。」 over 「1.组织建设能力 建立适宜的组织机构，明确人员组成和职责分工，设置关键岗位开展合作协调，…」 — "
               "the line names no unit of its own; " + LEADIN + ": 「A牵头＋verb」 gives lead A (rule 2), its work the "
               "solutions for the four capabilities the lines list, so the lead-in is about its items' work; 各企业 with "
               "提升 is no rule-2 clause, and the firms 图商 协助 are a pivot's objects (round 30) (RULING? 10: 图商 from the "
               "lead-in, or none); none accepted; " + NODATE),
        S(["三", "（一）", "3"], [TS], [TS], lead_alternatives=[[]], responsible_alternatives=[[]],
          note="「3.技术应用能力 综合应用身份鉴定、访问控制、…等技术，搭建风险防控技术体系。图商应加强研究创新，积极提供测绘地理信息安全技术工具并在多方合作架构中应用。」 — "
               "图商 acts here only by 加强, 提供 (outside rule 2's closed list, " + CLOSED + "), so the line names no unit "
               "of its own and takes the lead-in's (" + LEADIN + "; RULING? 10); none accepted; " + NODATE),
        S(["三", "（二）", "1"], [SGH], [SGH, XG], lead_alternatives=[[]], responsible_alternatives=[[]],
          note="「（二）监督主体机制建设 市规划资源部门会同网信、经信、交通、公安等相关主管部门，建立健全…“事前、事中、事后”协同监管体系，开展事前告知、事中风险防控、事后监督检查全链条监管。」 over 「1.事前告知 在本市开展智能网联汽车测绘活动前，图商应将业务形态、…等情况告知市规划资源部门。」 — "
               "the line's only act is the map firm's notice to the department, a sending, which names no doer (Round 85's "
               "x322_04 第七条; Round 83's x315_01 第十一条), and no duty (a regulated party's notice of its own work, Round "
               "85's x322_01 一、（二））; so it names no unit of its own, and " + LEADIN + ": 「A会同B＋verb」 gives lead A with "
               "B, fields before one head with 等 one name (round 31), and the lead-in names the very steps 事前告知、事中…、"
               "事后… its lines head (RULING? 11: the lead-in's bodies on a line whose act is the firm's sending, or none); "
               "lead [] and none accepted; " + NODATE),
        S(["三", "（二）", "2"], [SGH], [SGH], lead_alternatives=[[]],
          note="「2.事中风险防控 图商应在车端、云端建立企业级…风险防控体系，…为主管部门留有数据审查和报告报表接口。 市规划资源部门牵头建立健全审图机制，建设…审图平台和工具，…。各主管部门可通过…开展事中监督。对发现违规行为的，依法进行查处，对发生安全事故的，启动紧急预案。」 — "
               "「A牵头」 gives lead A, responsible A (rule 2), so the line names its own unit and the lead-in gives nothing "
               "(rule 4); 图商's 建立 is outside the closed list; 各主管部门可 an option (round 30); the 「…的」 responses "
               "have no subject, rule 3's cases beside other work (Round 79); lead [] accepted (the single doer as lead is "
               "the 牵头 reading; none is no reading); " + NODATE),
        S(["三", "（二）", "3"], [SGH], [SGH, "相关主管部门"], lead_alternatives=[[]],
          responsible_alternatives=[[SGH, XG], []],
          note="Round 87 (turned): round 34's 「A联合B＋verb」 = 会同 — 「市规划资源部门联合相关主管部门定期…开展…监督检查」 names its own bodies by "
               "联合 (lead A; A, B), so the lead-in gives it none: [市规划资源部门, 网信、经信、交通、公安等相关主管部门] → lead [市规划资源部门], "
               "[市规划资源部门, 相关主管部门] (accepted already); the old list stays accepted. The builder's reading was: 「3.事后监督检查 市规划资源部门联合相关主管部门定期对智能网联汽车测绘活动开展“双随机、一公开”监督检查，…完善检查结果公开机制，和企业信用联动。」 — "
               "联合 is not among rule 2's forms (会同, 协同 are: round 30) and 开展 without 组织 outside the closed list ("
               + CLOSED + "), so the line names no unit of its own and takes the lead-in's (" + LEADIN + "; RULING? 11); "
               "联合 read as 会同 gives [市规划资源部门, 相关主管部门] (accepted); none accepted; 双随机、一公开 a name "
               "with no figures; " + NODATE),
        S(["三", "（三）", "1", "（6）"], [], [],
          note="「（三）安全防控技术应用 …多方合作架构中各企业应结合测绘地理信息安全要求、运用先进的安全防控技术提供必要保障。」 over 「1.总体策略 … （6）事故即时应急响应 当“车、路、云、网、图”设施或流程遭到恶意入侵和非法控制，…测绘地理信息安全受到威胁损害时，即时启动告警程序并上报主管部门，披露风险，采取措施及时弥补。」 — "
               "the lead-in's 各企业 with 提供 is no rule-2 clause (Round 85's x319_02 三/1: 确保 and the like give nothing), "
               "and the line's acts have no subject; the firms bound by 应 in the lead-in make each line that names an act "
               "their work, a task naming none (Round 84's x311_03 第六条; Round 77's x299_01 第六条) — 三、保障体系 is the "
               "guide's own subject, not a plan's 保障措施 of items naming no unit (seeds EXPECTED.md lines 3–5) (RULING? 12); "
               "the report to the authorities when an attack happens is an undated duty (Round 83's x316_01 一: a report "
               "when a case arises, 即时 as 及时 printing no time); " + NONE + "; " + NODATE),
        S(["三", "（三）", "2", "（3）"], [], [TS], lead_alternatives=[[TS]],
          note="「（3）存储 数据中心或云服务器必须至少满足网络安全等级保护第三级的要求，… 安全专有云是由图商进行完全管控的数据中心或云服务器，…图商应对安全专有云负有完全的管理和运营责任，… 合规云是数据成果应用的合规空间，由图商进行监管。图商应搭建全面的监控审计系统，…」 — "
               "the agent of 由 with a verb of doing 「由图商进行监管」 is a doer (rule 2), while 「由图商进行完全管控的数据中心」 "
               "stands inside a noun's description (round 30); 「A负有…责任」 beside it the same body; " + ONE_LEAD + "; "
               "「至少满足…第三级」 names a grade of a national scheme (a name with a digit, EXPECTED.md), left unchecked; "
               + NODATE),
        S(["三", "（三）", "2", "（5）"], [], [], responsible_alternatives=[[TS]],
          note="「（5）发布 现阶段，地理信息数据应以导航电子地图的形式向车端发布。图商应建立健全企业内部的地图安全审校制度，利用技术工具生成审校报表。发布前应提交地图审核，取得审图号后方能发布使用。」 — "
               "建立健全 and 生成 are outside rule 2's closed list (" + CLOSED + "), and submitting the map for review is "
               "an application for one's own approval (round 30's applicant; Round 85's x322_04 第九条); " + NONE
               + "; [图商] accepted; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "测绘地理信息安全受到威胁损害时，即时启动告警程序并上报主管部门", "when": "即时", "when_norm": None}],
     notes=["counting (leaf tasks): the guide's opening paragraph is its aims, text; 一、适用范围 (two paragraphs, no numbered "
            "children) a scope, a section (round 30); 二、 （一）（二） 2 (each a heading over paragraphs that give work); 三、 "
            "（一） 1.–4. 4 (its opening paragraph the lead-in, no leaf: Round 83's x311_04 第十一条), （二） 1.–3. 3, （三） "
            "1.（1）–（6） 6 and 2.（1）–（5） 5 → **20**. Accepted: 15 (三、（三）1.（1）–（5）, strategy lines, as principles "
            "with no act), 10 (三、's lines that name no unit of their own dropped as a 保障体系's items, 三、（一） kept by its "
            "lead-in — RULING? 12), 6 (and 三、（一）'s lines too), 21 (一、 counted).",
            "units: numbered points, rule 2's closed list; 图商 the defined name of the licensed map firms, designated "
            "by 「作为…的实施主体」; lead-ins give their bodies to lines that name none (三、（一） by 牵头, 三、（二） by 会同)",
            "dates: no item is dated; 2025年8月23日 signing; 2022 (the pilots' start) a past year",
            "figures: none checked; unchecked: 第三级 (a grade's name), 自然资办函〔2022〕1480号 (a document number), 双随机、"
            "一公开 (a name)",
            "duties: one undated (三、（三）1.（6）'s report of an attack); the map firms' notices of their own survey work "
            "(二、（一）, 三、（二）1.) are a regulated party's notices on itself, no duty; the cover's 「如有意见和建议，请及时反馈我局」 "
            "an invitation, no duty"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x327_04_shi-guihuaziyuanju-2024-churang-nongcun-jiti-jingyingxing-jianshe-yongdi-budongchan-dengji-jishu-guiding.txt"
P04 = "上海市出让农村集体经营性建设用地使用权不动产登记技术规定（试行）"
N04 = "关于印发《" + P04 + "》的通知"
DJ = "登记事务机构"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2024〕6号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2024-12-20",
     date_note="signed 2024年12月20日; in force 2025年2月1日 to 2027年1月31日 (the cover; a general provision); the "
               "meeting of 2024年12月4日 passed it; no item is dated",
     level="the city planning and natural-resources bureau, to the district bureaus and the registration centres: what "
           "applicants file and how the registration bodies register rights on sold collective building land",
     source=src("关于印发《上海市出让农村集体经营性建设用地使用权不动产登记技术规定（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::01952fcd120c41bdbcd0e21fb73d31e8", 2536),
     style="a forwarding notice (addressees, one paragraph, issuer, date), then the rules' title, a preamble and six "
           "points 一、–六、 (run-in text) each over paragraphs; 一、三、四、 hold lists （一）–（八）／（六） of the papers an "
           "applicant files; clause numbers of another standard (第4.1.9条, 第2.20条, 第13.1.9条) in the text",
     leaf_tasks=5, count_alternatives=[4, 6, 24, 25],
     leaf_tasks_by_section={"一": 1, "二": 1, "三": 1, "四": 1, "五": 1, "六": 0},
     childless_top_level_sections=["六、出让农村集体经营性建设用地使用权的其他登记参照《上海市不动产登记技术规定》相关规定办理"],
     samples=[
        S(["一"], [], [], responsible_alternatives=[[DJ]],
          note="「一、以出让方式设立…使用权申请首次登记的，申请人应当是…出让合同…载明的受让人。 申请人应当向登记事务机构提交下列文件：（一）…（八）契税完税证明（原件）。 收件材料齐全，符合受理条件的，登记事务机构应当受理并核查，…应当按照…第2.20条的规定予以公告；公告无异议或者异议不成立的，方可核准登记。 登记事务机构应当在不动产登记簿及不动产权属证书中注记出让人的身份信息和…内容。」 — "
               "who may apply and the papers the applicant files are the applicant's terms (round 30's applicant; Round "
               "83's x315_04 第五条), the lines （一）–（八） text, no leaves (" + CONTENT + "; count 24 with them as leaves); "
               + REVIEW + " — the entry in the register records the decision (RULING? 13); in numbered points 受理, 核查, "
               "公告, 注记 are outside rule 2's list anyway (" + CLOSED + "); " + NONE + "; [登记事务机构] accepted; "
               "clause numbers of another standard are no targets (EXPECTED.md); " + NODATE),
        S(["二"], [], [], responsible_alternatives=[[DJ]],
          note="「二、出让合同中明确予以保留的合法建筑物，当事人可以…一并申请房屋所有权首次登记，也可以…。 对于保留的合法建筑物，申请人应当提供…（原件）。 收件材料齐全，…登记事务机构应当受理并核查，…予以公告；…方可核准登记。 登记事务机构核准登记的，应当将带建筑物出让的内容记载于不动产登记簿和不动产权属证书，并在附记栏中注记“保留建筑”。」 — "
               "the parties' options and papers are theirs (round 30; round 49 p46b); " + REVIEW + ", the record of the "
               "approved registration its own step (RULING? 13); " + NONE + "; [登记事务机构] accepted; " + NODATE),
        S(["三"], [], [], responsible_alternatives=[[DJ]], not_targets=[(2, "份")],
          note="「三、新建建筑物竣工验收合格后申请首次登记的，申请人应当是…使用权人。 申请人应当向登记事务机构提交下列文件：（一）…（六）记载房屋状况的地籍图（原件二份）；…（八）房屋所在地公安部门出具的编制门牌号批复（复印件）。 收件材料齐全，…登记事务机构应当受理并核查，…予以公告；…方可核准登记。」 — "
               "as 一、: the applicant's papers are text (" + CONTENT + "), 公安部门 inside the paper's description no doer "
               "(round 30); " + REVIEW + "; " + NONE + "; [登记事务机构] accepted; 原件二份 a number of copies the applicant "
               "files, a norm of the filing with no comparison word, no target (round 30's line); " + NODATE),
        S(["四"], [], [], responsible_alternatives=[[DJ]],
          note="「四、以出让农村集体经营性建设用地使用权设立抵押权申请首次登记的，申请人应当是抵押合同当事人。 申请人应当向登记事务机构提交下列文件：（一）…（六）所有权主体履行集体土地资产决策程序同意抵押证明材料、区政府同意抵押的证明材料等（原件）。 收件材料齐全，符合受理条件，登记事务机构应当受理并核查，…登记事务机构方可核准登记。」 — "
               "the papers are the applicant's (" + CONTENT + "), 区政府 and the owner inside the papers' descriptions no "
               "doers (round 30: 「经A认定的企业」); " + REVIEW + "; " + NONE + "; [登记事务机构] accepted; " + NODATE),
        S(["五"], [], [], responsible_alternatives=[["不动产登记机构"]],
          note="「五、申请人应当如实提交申请材料，不得隐瞒真实情况或者提交虚假材料，并在不动产登记申请书上签署诚信承诺声明。 申请材料中涉及农业农村、规划资源等部门的审批信息、交易信息等，不动产登记机构能够通过市大数据资源平台实时互通共享获取的，不得要求申请人重复提交。」 — "
               "the applicant's honest filing is its own (round 30's applicant), but 「…不得要求申请人重复提交」 limits what "
               "the registration body's own work may ask, a task naming none (Round 83's x314_10 四/(四): a ban on acts "
               "only the plan's own work can do; Round 85's x321_03 第九条), 不得要求 no rule-2 verb (" + CLOSED + "); the "
               "departments inside the information's description no doers (round 30); " + NONE + "; the registration body "
               "accepted; count 4 with 五、 as the applicant's terms only; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the preamble is purpose; 一、–四、 one task each, their lists of papers the applicant's "
            "terms (text) and their work the registration bodies' acceptance, check, notice, approval and entry; 五、 a "
            "task by its limit on the registration body; 六、「…其他登记参照《…》相关规定办理，并符合…相关规定」 only points to "
            "other rules, a general provision (round 30; Round 78's (a): a rule for whoever acts) → **5**. Accepted: 4 "
            "(五、 as the applicant's terms only), 6 (六、 counted), 24 (the 8 + 8 + 6 lines of papers as leaves: 一、 8, "
            "二、 1, 三、 8, 四、 6, 五、 1), 25 (and 六、).",
            "units: numbered points, rule 2's closed list; every act is a party's application or the registration body's "
            "review and its steps — none in each (RULING? 13: review-only points as tasks naming none, or no tasks "
            "at all by Round 85's x321_02 count)",
            "dates: no item is dated; 2024年12月4日 the meeting, 2024年12月20日 signing, 2025年2月1日 and 2027年1月31日 "
            "entry into force and validity",
            "figures: not target 2 份 (三、（六）); unchecked: the clause numbers 第4.1.9条, 第2.20条, 第4.1.21条, 第13.1.9条 "
            "(numbers of another standard's clauses)",
            "duties: none"])

write_collected(DIR)
