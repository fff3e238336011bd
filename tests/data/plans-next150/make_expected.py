# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next150/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 38 (built by helper c150): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at 7d207510 (round 29's ruling
on units written in sentences with the round-30 clarifications, round 30's rulings on thresholds and general
provisions, round 31's exceptions, the round-32 to round-37 rulings and the early round-38 rulings). Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next150/make_expected.py tests/data/plans-next150
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
          "verb (编制, 确定, 申请, 做好, 签订, 加强, 建立, 明确, 进行…审核 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
MEET = "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (CONVENTIONS.md rule 2)"
MAIN = ("an article (or an item of one) of the document's own work, not purpose, scope, definitions, principles, "
        "interpretation or entry into force: a task whether or not it names a unit (CONVENTIONS.md round 30 articles)")
HIRED = "社区规划师 are hired persons: a person is never a unit (CONVENTIONS.md round 30 / round 33; round 36 「护林员职责」)"


def art_sample(file):
    """Samples of one file located by their article label (``article_in``); ``at`` locates another path."""
    def A(path, lead=(), resp=(), targets=(), at=None, **kw):
        return S(path, lead, resp, targets, **kw, **art(file, at or path))
    return A


# ---------------------------------------------------------------------------------------------------------
X01 = "x150_01_lingang-2023-tudi-chubei-he-qianqi-kaifa-gongzuo-guanli-banfa.txt"
PLAN01 = "中国（上海）自由贸易试验区临港新片区土地储备和前期开发工作管理办法"
NOTICE01 = f"关于印发《{PLAN01}》的通知"
A1 = art_sample(X01)
C = "土地储备中心"
P3 = "第三条 土地储备计划"
P4 = "第四条 土地储备项目审批"
P5 = "第五条 土地（房屋）征收补偿"

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line, printed twice): either is accepted",
     doc_no="沪自贸临管委〔2023〕170号 (printed under the notice title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2023-11-15",
     level="free-trade-zone new area committee (Shanghai Lingang; the index's district part, level 其他), to 管委会各部门，"
           "临港新片区各镇、各有关单位",
     source=shanghai_source(FOLDER, "关于印发《中国（上海）自由贸易试验区临港新片区土地储备和前期开发工作管理办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=c1f07b477ed348aeaa968b51b09f6a84&siteId=0058", 3289),
     style="a cover (the notice title printed twice, its number, an ASCII colon after the addressees, 「特此通知。」, dated "
           "2023年11月15日) then the 办法 in 第一章–第四章 and 第一条–第十三条, each label with its heading 「第三条 土地储备计划」 "
           "alone on its line; items （一）–（四） with run-in sub-headings on their own lines 「（一）立项」 over a paragraph; "
           "第五条/（二） with 「1.集体土地征地补偿」-style items; 第六条/（二） with two lists of kinds of work run in "
           "「（1）…；（2）…」; many 由A＋verb clauses and the pivot 「由土地储备中心委托属地镇政府具体实施」; 「（二） 土地储备…」 "
           "with a space",
     leaf_tasks=21, count_alternatives=[22, 23],
     leaf_tasks_by_section={"第三条 （一）（二）": 2, "第四条 （一）–（四）": 4, "第五条 （一） （二）/1–3": 4,
                            "第六条 （一）–（三）": 3, "第七条 （一）（二）": 2, "第八条 （二）": 1, "第九条 （一）（二）": 2,
                            "第十条 （一）（二）": 2, "第十一条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A1([P3, "（一）"], [], ["新片区管委会", C],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「新片区管委会…编制年度土地储备计划…」 — the subject of 编制 is a doer, beside 土地储备中心 (由A组织实施), in printed order; lead []; formerly: " + "「新片区管委会…编制年度土地储备计划和三年土地储备滚动计划，报上海市规划和自然资源局批准后由土地储备中心组织实施」: "
                "the agent of 由 with a verb of doing (CONVENTIONS.md rule 2) — " + SUBJ + "; 新片区管委会 编制 — " + CLOSED
                + "; 上海市规划和自然资源局 only approves (rule 3 「经A同意」); the sending for approval is a duty (below); "
                "「三年土地储备滚动计划」 a plan's kind, not a target (round 38: a period in a name dates and counts nothing); "
                "「年度」 no date; " + NODATE),
        A1([P4, "（一）"], [], [C], lead_alternatives=[[C]],
           note="「土地储备中心应当在土地储备年度计划范围内实施储备，并向新片区管委会发改部门申请办理…立项手续」: the subject of "
                "实施 (CONVENTIONS.md rule 2) — " + SUBJ + "; 发改部门 only receives the application (rule 3 「向A申请」); "
                "（二）–（四） of this article, where the centre only 申请办理 (an application, round 30) or 做好, name no unit "
                "(not sampled); " + NODATE),
        A1([P5, "（一）"], [], [C], lead_alternatives=[[C]],
           note="「土地储备项目涉及国有土地收回补偿的，由土地储备中心编制…方案，经…主任办公会议审议通过后组织实施，所需费用列入…"
                "预算」: 由A＋verbs of doing (CONVENTIONS.md rule 2) — " + SUBJ + "; the 「…的」 case is the item's whole work "
                "(round 30: an item whose whole work is the response to a case takes A); the meeting only approves (rule 3); "
                "「所需费用列入…预算」 funds, no body; " + NODATE),
        A1([P5, "（二）", "1"], [], ["征地事务机构", C], at=[P5, "（二）", "1."],
           note="「由征地事务机构按照相关政策法规实施征地补偿工作。项目涉及未纳入征地补偿的个人部分等补偿，由土地储备中心委托属地"
                "镇政府具体实施补偿工作」: 由A＋verb (CONVENTIONS.md rule 2), two clauses dividing the item's work (round 34 scope "
                "splits: both doers); 「由A委托B＋verb」: A is the doer, B (属地镇政府), the object of the pivot 委托, is not a unit "
                "(round 33) — responsible 征地事务机构, 土地储备中心 in printed order; no 牵头: lead []; " + NODATE),
        A1(["第六条 前期开发工作", "（三）"], [], [C], lead_alternatives=[[C]],
           note="「土地储备中心负责第三方服务单位的考核工作」: A负责 (CONVENTIONS.md rule 2) — " + SUBJ + "; 第三方服务单位 the "
                "object checked; " + NODATE),
        A1(["第七条 现场交接与管理", "（一）"], [], ["属地镇人民政府"],
           note="aligned round 44 (Round 46 ruling): 配合 as the main verb of the item's own subject in an article makes that subject a doer — rounds 42/44 govern over round 34 (CONVENTIONS.md Round 46 rulings, governs, p44g): 「属地镇人民政府应当配合土地储备中心做好储备土地交接工作」 — responsible 属地镇人民政府, lead []; 土地储备中心, the body served, is no unit (做好 no rule-2 verb); formerly: " + "「属地镇人民政府应当配合土地储备中心做好储备土地交接工作」: 「B配合A＋verb」 gives A only where the verb is in rule 2's "
                "list, and an item whose only verbs are 配合／做好 names no doer (CONVENTIONS.md round 34 「配合 needs a doer」) — "
                + NONE + "; " + MAIN + "; 「在实施前期开发工作时」 a time from an event, no date; " + NODATE),
        A1(["第十条 财务（投资）监理", "（二）"], [], [C], lead_alternatives=[[C]],
           note="「…验收通过之日起3个月内，由财务（投资）监理向土地储备中心提供储备项目财务决算报告，并由土地储备中心对项目财务决算"
                "报告进行审核确认」: 由A＋verb of doing (进行审核确认 with 由, CONVENTIONS.md round 34 「由A＋any verb of doing」) — "
                + SUBJ + "; RULING?: the hired 财务（投资）监理's 提供…决算报告 to the centre that reviews it read as round 37's "
                "filing (「由项目实施单位向联席会议报送决算」: a party's filing to the body that approves it, no unit), not as "
                "由A提供 work; 「3个月内」 a limit counted from an event with no comparison word — the deadline rule, no target "
                "and no deadline (round 33, round 37); " + NODATE),
        A1(["第十一条 审计"], [], ["管委会办公室（审计室）"], lead_alternatives=[["管委会办公室（审计室）"]],
           note="「管委会办公室（审计室）负责对土地储备项目进行审计。…由土地储备中心向管委会办公室（审计室）申请项目审计，管委会"
                "办公室（审计室）组织开展审计…」: A负责 and A组织开展 (CONVENTIONS.md rule 2) — " + SUBJ + "; the bracket stays "
                "with its name (round 34); 由土地储备中心…申请 an application (round 30: 「由A提出申请」 is not a unit; the "
                "sending is a duty, below); 「1个月内」 a limit from an event: no target, no deadline (round 33); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "编制年度土地储备计划和三年土地储备滚动计划，报上海市规划和自然资源局批准", "when": None, "when_norm": None,
              "note": "第三条/（一）: the plan's body sending its plan for approval (CONVENTIONS.md round 32 / round 35; as "
                      "plans-next143 x143_04 read 「上报市住房城乡建设管理委」), no date"},
             {"what": "编制年度土地储备专项资金预算，报新片区管委会审批", "when": None, "when_norm": None,
              "note": "第八条/（二）: a plan unit's sending to another body of the plan (CONVENTIONS.md round 35), no date (「年度」 "
                      "no rhythm with a date)"},
             {"what": "由土地储备中心向管委会办公室（审计室）申请项目审计", "when": None, "when_norm": None,
              "note": "第十一条: a plan unit's sending to another body of the plan (round 35); 「审核确认后1个月内」 a time from an "
                      "event, no date"}],
     notes=["counting: 第一条 (purpose and basis), 第二条 (工作范围: the lands the reserve covers, a scope with its list "
            "（一）–（六）), 第十二条 (interpretation), 第十三条 (entry into force) are general provisions; 第三条 （一）（二） → 2; "
            "第四条 （一）–（四） → 4; 第五条 （一） and （二）/1, 2, 3 → 4; 第六条 （一）–（三） → 3 (（二）'s 「1.技术服务类…」 "
            "「2.工程服务类…」 with run-in 「（1）…；（2）…」 are lists of kinds of work that give no work, round 35: text); "
            "第七条 （一）（二） → 2; 第八条 （二） → 1 (（一） 「…所需资金全部由新片区管委会财力统一安排」 a statement of funds with "
            "no doer and no work, round 33: not a task); 第九条 （一）（二） → 2; 第十条 （一）（二） → 2; 第十一条 → 1; **21**. "
            "Accepted: 22 (with 第八条/（一）, or with 第六条/（二） as its items 1., 2.), 23 (both)",
            "units: not sampled — 第三条/（二） (「由新片区管委会报…批准后由土地储备中心组织实施」 in a case 「需要增补的」), 第四条/"
            "（二）–（四） (applications), 第五条/（二）/2 (由属地镇政府…实施: 属地镇政府), /3 (由区房屋征收部门…实施; 由土地储备"
            "中心委托…: 区房屋征收部门, 土地储备中心), 第六条/（一） (土地储备中心作为法定主体自行组织实施: a designation; 「可由"
            "…审议决策」 an option), （二） (确定: " + CLOSED + "), 第七条/（二） (no subject), 第八条/（二） (编制, 报…审批), 第九条 "
            "（一）（二） (由土地储备中心…支付: a payment, not sampled), 第十条/（一） (no rule-2 doer)",
            "dates: none — 2023年11月15日 the cover, 2023年11月7日 the meeting that passed the 办法, 「年度」「三年」 no dates, "
            "「3个月内」「1个月内」 limits from events, 「自发布之日起施行」 entry into force",
            "targets: none — document numbers (国土资规〔2017〕17 号, 财综〔2016〕4号, 沪府办〔2008〕52号, 上海市人民政府令第25号) "
            "and 「第25次」 meeting numbers are not targets; no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x150_02_pudong-2023-shequ-guihuashi-zhidu-shishi-banfa.txt"
PLAN02 = "浦东新区社区规划师制度实施办法"
NOTICE02 = f"关于印发《{PLAN02}》的通知"
A2 = art_sample(X02)
J = "街道(镇)"
G = "区规划资源局"

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="浦规划资源规〔2023〕1号 (from the index; the stored text prints no number)",
     issuer="上海市浦东新区规划和自然资源局",
     date="2023-09-11",
     level="district bureau (Shanghai Pudong), to 各街道办事处、镇人民政府，各相关单位",
     source=shanghai_source(FOLDER, "关于印发《浦东新区社区规划师制度实施办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070316977&siteId=0070", 2292),
     style="a cover (「附件：浦东新区社区规划师制度实施办法」, dated 2023年9月11日) then the 办法 in 第一章–第五章 and 第一条–第十条: "
           "some run into their paragraph 「第一条 为…」, 第五–八条 headed 「第五条 分工机制」 on their own line; the 社区规划师's "
           "duties (一)–(五) with ASCII brackets and run-in headings 「(一)排定计划：…」; selection conditions as unnumbered "
           "paragraphs under 「(一)遴选基本条件」; 「街道(镇)」 with ASCII brackets throughout; ASCII 「;」 inside sentences",
     leaf_tasks=5, count_alternatives=[4, 6, 12],
     leaf_tasks_by_section={"第三章 第五条、第六条/(二)、第七条、第八条": 4, "第四章 第九条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A2(["第五条 分工机制"], [G], [J, "街道(镇)相关部门", G], lead_alternatives=[[]],
           note="RULING?: the heading 「分工机制」 (the mechanism of the division of work) read as round 37's 「X分工」 heading that "
                "gives out work (CONVENTIONS.md round 35 / round 37 / round 38): every body the text gives work is a unit, in "
                "printed order — 街道(镇) (邀请社区规划师参与制定…), 街道(镇)相关部门 (主动参与…考评工作; one name as printed, round 34 "
                "「X下属Y」), 区规划资源局 (负责…, 会同街道(镇)组织…); the lead by 会同: " + MEET + "; 社区规划师 the object "
                "invited and helped (" + HIRED + "); 「项目实施主体、各条线、街道(镇)等各相关方」 the objects of 助力 (no work "
                "given); read by rule 2 alone: lead 区规划资源局, responsible 区规划资源局, 街道(镇); 「可适时…调整」 an option; "
                + NODATE),
        A2(["第七条 聘任、考评机制"], [G], ["区政府", G, J], lead_alternatives=[[]],
           note="「区政府授权区规划资源局组织社区规划师聘任工作」 and 「区规划资源局会同街道(镇)…对社区规划师进行考评」: " + MEET
                + " (the second paragraph); RULING?: 授权 read as the pivot 委托 (CONVENTIONS.md round 33 / round 35: 「A委托B组织"
                "…」 — A a doer, B not by that clause), so 区政府 is a doer; 区规划资源局 is one anyway by 会同; 「街道(镇)、区规划"
                "资源局与受聘社区规划师签订…协议」 签订 without 由 and 「浦东新区人民政府向社区规划师颁发聘书」 颁发 without 由 — "
                + CLOSED + "; 「三年一聘」 a term's rhythm, no target; " + HIRED + "; " + NODATE),
        A2(["第九条"], [], [G, "区财政局"],
           note="「…咨询服务费用按协议约定支付，区规划资源局和区财政局统筹落实所需资金」: the subject of 落实 (CONVENTIONS.md rule 2); "
                "落实 with funds as object is work, not a cost verb alone (round 37: 「由A及B统筹做好资金保障工作」 is work) — "
                "「A和B」 two names (round 34); no 牵头: lead []; 「按协议约定支付」 no body; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (purpose) and 第十条 (entry into force, validity) are general provisions; 第二条, 第三条 (一)–(五) "
            "and 第四条 (「社区规划师可参与…」) are the hired persons' own work, duties and options (" + HIRED + ": no tasks, "
            "as plans-next135 x135_03 read 嘉定's); 第六条/(一) the conditions a candidate must meet (a list that gives no work, "
            "round 35: text); 第五条, 第六条/(二) (搭建…平台, 成立…库: work with no rule-2 doer — 「街道(镇)可…推荐」 an option, "
            "形成结对 and 协助 no rule-2 verbs), 第七条, 第八条 (退出机制: cases of the persons' contracts, one task, round 35) "
            "and 第九条 → **5**. Accepted: 4 (without 第八条, read as the persons' cases), 6 (with 第六条/(一) as one task), 12 "
            "(with 第二条, 第三条's five items and 第四条)",
            "units: not sampled — 第六条/(二) (no rule-2 doer: none), 第八条 (persons and options: none)",
            "dates: none — 2023年9月11日 the cover; 「有效期至2025年12月31日」 the validity (round 37: not a campaign span); "
            "「年度」「三年一聘」 no dates",
            "targets: none — 「满10年」「副教授及以上职称」 (第六条/(一)) are conditions a candidate meets in a list that gives no "
            "work (text, no task); 「15分钟社区生活圈」 and 「十四五」 names; no phases, no duties",
            "near twin check: plans-next135 x135_03 (嘉定区社区规划师制度实施办法, 2024) and x135_04 (宝山区…（试行）, 2024) treat "
            "the same subject; another district's own text (its own articles and bodies), 7.9 % and 6.9 % of its 10-character "
            "runs shared — not a near twin (round 36: another year's issue of one document)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x150_03_pudong-2022-cunliang-chanye-yongdi-tizhi-zengxiao-ruogan-guiding.txt"
PLAN03 = "浦东新区促进存量产业用地提质增效若干规定"
NOTICE03 = f"浦东新区人民政府关于印发《{PLAN03}》的通知"
A3 = art_sample(X03)
IND = "区产业部门"
FIELDS = "发展改革、规划资源、生态环境等有关部门"
MGT = ["管理局(管委会)", "镇政府"]

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 规定's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="浦府管规〔2022〕5号 (from the index; the stored text prints no number)",
     issuer="上海市浦东新区人民政府",
     date="2022-12-12",
     level="district government (Shanghai Pudong), to 区政府各委、办、局，各管理局(管委会)，各直属企业，各街道办事处、镇政府",
     source=shanghai_source(FOLDER, "浦东新区人民政府关于印发《浦东新区促进存量产业用地提质增效若干规定》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070334925&siteId=0070", 3204),
     style="a cover with no issuer line (dated 2022年12月12日) then the 规定 in 第一条–第十八条, each label with its heading "
           "「第四条 推进机制」 alone on its line over paragraphs; 第四条 a paragraph per body 「区产业部门负责…。区规划资源部门负责…」 "
           "with 「区建设交通、财政、市场监管、应急管理等其他有关部门…协同开展」 and a designation 「…作为…责任主体，负责…」; "
           "「A会同B、C、D等有关部门」 with fields sharing one head; support articles 「支持…」「鼓励…」 with standards "
           "「容积率不低于2.0」 and 「最长时间不超过两年」; 「区政府统筹组织A、B、C落实…」; 「由A或者B另行制定」",
     leaf_tasks=13, count_alternatives=[9, 10],
     leaf_tasks_by_section={"第四条–第十六条": 13},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A3(["第四条 推进机制"], [], [IND, "区规划资源部门", "区发展改革部门", "区生态环境部门", "区国有资产监督管理部门",
                                 "区建设交通、财政、市场监管、应急管理等其他有关部门", *MGT],
           note="several 「A负责…」 clauses, all their bodies in printed order (CONVENTIONS.md rule 2; round 32 「各成员单位职责：A负责"
                "…；B负责…」); 「管理局(管委会)、镇政府作为…责任主体，负责…」 a designation with 负责 — two names, the bracket "
                "staying (round 34, round 32 designations); RULING?: 「区建设交通、财政、市场监管、应急管理等其他有关部门在各自职责"
                "范围内，协同开展相关工作」 read as 配合 after the item's doers (round 34: 「B配合」 in any clause of an item with a "
                "doer), one name as printed (fields sharing the head 其他有关部门, round 31 / round 36 「其他相关职能部门与单位」); "
                "「区政府加强…领导，建立…机制，统筹、协调、决定…」 — " + CLOSED + "; 推进机制 is no heading of round 35's list; "
                "no 牵头: lead []; " + NODATE),
        A3(["第五条 资源利用效率评价及应用"], [IND], [IND, FIELDS, *MGT], lead_alternatives=[[]],
           note="「区产业部门会同发展改革、规划资源、生态环境等有关部门，定期组织开展资源利用效率调查」: " + MEET + "; the partner "
                "a list of fields sharing one head 有关部门: one name as printed, 等 kept (CONVENTIONS.md round 31 「人事、卫生等"
                "部门」); 「管理局(管委会)、镇政府…建立…重点项目库，制定推进计划并加快实施」: the subject of 实施 (rule 2; 加快 a "
                "modifier, as round 34 allows modifiers after 组织) — two names; 「本区发挥…作用…支持…」 本区 is no body and "
                "支持 no rule-2 verb; 「定期」 no date; " + NODATE),
        A3(["第六条 严格准入管理"], [IND], [IND, FIELDS], lead_alternatives=[[]],
           note="「区产业部门会同发展改革、规划资源、生态环境等有关部门，落实…要求，…定期完善…准入标准，…强化项目准入审核，将准入"
                "条件纳入土地出让合同」: " + MEET + "; the partner one name as printed (round 31); 「定期」 no date; " + NODATE),
        A3(["第七条 支持工业上楼新模式"], [], [], [(2.0, ""), (3.0, "")],
           note="「在产业主管部门组织论证可行的前提下，支持…」: 组织 inside a condition clause is not the item's verb (CONVENTIONS.md "
                "round 38: 「在组织…时，应当…」) — " + NONE + "; 「经区政府审核同意后」 an approving body (rule 3); 「工业用地容积率"
                "不低于2.0，通用类研发用地容积率不低于3.0」: floors joined to 不低于, the policy's own standards — targets (round 30 "
                "line; plans-next112 read 「容积率大于4.0」 with an empty unit); a task as " + MAIN + "; " + NODATE),
        A3(["第十二条 支持零星工业用地转型"], [], [], [(2, "年")],
           note="「产业用地土地出让金，经区政府集体决策，可以按照分期方式补缴，最长时间不超过两年，且须在不动产登记前缴清」: a "
                "ceiling joined to 最长／不超过 — a target (CONVENTIONS.md round 30 line; round 32: 最长 a comparison word; round 33: "
                "a time limit with a comparison word is a target); 「在不动产登记前」 a time from an event, no deadline (round 34); "
                "经区政府集体决策 an approving body (rule 3) — " + NONE + "; " + MAIN + "; " + NODATE),
        A3(["第十四条 发挥产业监管协议效能"], [], MGT,
           note="「管理局(管委会)、镇政府负责落实项目推进的日常监管，定期对…履约情况进行核查，并将核查情况报送区产业、规划资源等"
                "部门」: A负责 (CONVENTIONS.md rule 2) — two names, no 牵头: lead []; the bodies sent to only receive (rule 3); "
                "the sending is a duty (below); 「应当签订产业监管协议…」 no subject; 「定期」 no date; " + NODATE),
        A3(["第十五条 全生命周期监管"], [], ["区政府"], lead_alternatives=[["区政府"]],
           note="「区政府统筹组织各相关部门、管理局(管委会)、镇政府落实全生命周期监管」: 「A组织B＋verb」 — A is the doer, B, the "
                "object of 组织, is not a unit (CONVENTIONS.md round 30; 全生命周期监管 is no work heading, so round 37's objects of "
                "组织 under a work heading do not apply) — " + SUBJ + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "定期对监管协议的履约情况进行核查，并将核查情况报送区产业、规划资源等部门", "when": None, "when_norm": None,
              "note": "第十四条: a plan unit's sending to other bodies of the plan (CONVENTIONS.md round 32 / round 35), 「定期」 "
                      "no rhythm with a date"}],
     notes=["aligned round 39: 「实施细则由A另行制定」 is a general provision (CONVENTIONS.md \"Round 39 rulings, written early\" → "
            "Tasks) — 第十七条 实施细则 「本规定相应支持保障措施的专项实施细则由区政府或者区产业、规划资源等相关工作部门另行制定」 is no "
            "task: its sample (units 区政府, 区产业、规划资源等相关工作部门, read as 「由A或B＋verb」) removed, the count 14 → 13 and "
            "the accepted 10, 11, 13 → 9, 10 (the same readings without it)",
            "counting: 第一条 (purpose and basis), 第二条 (scope and definition), 第三条 (principles 「应当坚持…的原则」, round 33), "
            "第十七条 (rules left to be made, round 39) and 第十八条 (entry into force, validity) are general provisions; 第四条–第十六条 "
            "→ **13** (was 14 with 第十七条 before the round-39 alignment): the support articles "
            "第七–十三条 are the 规定's own policy (standards, prices, terms and supports), read as articles of its work with "
            "or without a doer (round 30). Accepted: 10 (without 第八条, 第九条, 第十条, 第十三条, read as encouragements "
            "「支持／鼓励…」 with no work of the plan's bodies — round 33, as plans-next143 x143_04 read its 第十八条), 11 (without "
            "第八–十条 only: 第十三条 supports the plan's own 管理局(管委会)、镇政府 in their work) — 9 and 10 since the alignment",
            "units: not sampled — 第八–十条 (supports and encouragements to enterprises and market bodies, options 「可以」), "
            "第十一条 (「区政府可以…进行收储」 an option; 经集体决策 no body), 第十三条 (「支持管理局(管委会)、镇政府选取…，划定…，"
            "制定实施方案」: 支持 is no rule-2 verb and the bodies its objects), 第十六条 (「本区建立…」: 本区 no body; 建立, 加强, "
            "推行 — " + CLOSED + ") — no unit",
            "dates: none — 2022年12月12日 the cover; 「自2023年1月15日起施行，有效期至2028年1月14日」 entry into force and "
            "validity; 「定期」 no date; 「在不动产登记前」 a time from an event",
            "targets: 第七条 2.0 and 3.0 (容积率不低于, sampled); 第十二条 两年 (最长时间不超过, sampled); 「起始价可以低于成本价」 "
            "(第十一条) no figure; no phases"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x150_04_pudong-2022-guoyou-jianshe-yongdi-chuizhi-kongjian-fenceng-sheli-shiyongquan-ruogan-guiding.txt"
PLAN04 = "浦东新区国有建设用地垂直空间分层设立使用权若干规定"
NOTICE04 = f"浦东新区人民政府关于印发《{PLAN04}》的通知"
A4 = art_sample(X04)

plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 规定's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="浦府管规〔2022〕3号 (from the index; the stored text prints no number)",
     issuer="上海市浦东新区人民政府",
     date="2022-11-02 (the cover's date; the index gives 2022-11-07)",
     level="district government (Shanghai Pudong), to 区政府各委、办、局，各管理局(管委会)，各直属企业，各街道办事处、镇政府",
     source=shanghai_source(FOLDER, "浦东新区人民政府关于印发《浦东新区国有建设用地垂直空间分层设立使用权若干规定》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070334046&siteId=0070", 2872),
     style="a cover (dated 2022年11月2日) then the 规定 in 第一条–第十八条, each label with its heading 「第四条 政府职责」 alone "
           "on its line over paragraphs; 第四条 政府职责 and 第五条 部门职责 (work headings); 「区人民政府组织编制…时，应当…」 "
           "(组织 inside a 时 clause); standing rules 「应当…」 for rights holders with no body; 第十条 a list of conditions "
           "(一)–(三) with ASCII brackets and 「;」; options 「可以…」 and 「鼓励…」",
     leaf_tasks=14, count_alternatives=[11, 15],
     leaf_tasks_by_section={"第四条–第十七条": 14},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A4(["第四条 政府职责"], [], ["区人民政府"], lead_alternatives=[["区人民政府"]],
           note="a heading 「X职责」 gives out work (CONVENTIONS.md round 38: 「X职责」「工作职责」…; round 34 / round 35): every body "
                "the text gives work is a unit, whatever its verb — 「区人民政府加强…领导，建立健全…机制，研究、协调、决策…重大事项」 "
                "— " + SUBJ + " (by rule 2 alone it would be none: 加强, 建立健全, 研究 are no rule-2 verbs); " + NODATE),
        A4(["第五条 部门职责"], [], ["区规划资源部门", "区人民政府其他有关职能部门", "各镇人民政府", "街道办事处", "相关管理局(管委会)"],
           note="a heading 部门职责 gives out work (CONVENTIONS.md round 34 / round 35 / round 38): 「区规划资源部门负责…」 and "
                "「区人民政府其他有关职能部门以及各镇人民政府、街道办事处和相关管理局(管委会)按照各自职责，协同做好…」 — every body "
                "given work, in printed order; 以及 and 和 join whole names (round 34 「A和B」 two names), 「各镇人民政府、街道办事处」 "
                "separate heads, 各 not shared (round 30 「各镇、园区」 two); 「区人民政府其他有关职能部门」 one name as printed (round "
                "36 「各区和市级负有…职责的部门」); the bracket stays (round 34); no 牵头: lead []; " + NODATE),
        A4(["第六条 规划编制要求"], [], ["区人民政府"], lead_alternatives=[["区人民政府"]],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区人民政府组织编制…时，应当…明确…要求」 — the subject of the article's 明确 is a doer: responsible 区人民政府, lead [] (A alone accepted as the lead); formerly: " "「区人民政府组织编制有关控制性详细规划时，应当…明确…要求」: 组织 inside a 「…时，应当…」 clause is not the item's "
                "verb (CONVENTIONS.md round 38: 「在组织…时，应当…」), and 明确 is no rule-2 verb (round 30) — " + NONE + "; a task as "
                + MAIN + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (purpose and basis), 第二条 (scope), 第三条 (基本原则: 「…可以…分层设立」 and 「应当坚持…的原则」, "
            "round 33) and 第十八条 (entry into force, validity) are general provisions; 第四条–第十七条 → **14** (第七、八、十二、"
            "十三、十四、十六、十七条 standing rules 「应当…」 and 第九、十、十一、十五条 with options or 做好 — work with no rule-2 "
            "doer: tasks, round 30; 第十条's (一)–(三) conditions an arrangement must meet, a list that gives no work, round 35: "
            "text). Accepted: 11 (without 第九条, 第十条 and 第十五条, read as options 「可以」 and an encouragement 「鼓励」 with "
            "no work of the plan's bodies, round 33), 15 (with 第三条)",
            "units: not sampled — 第十一条 (「相关国有建设用地使用权人应当进行协商」 协商, 「区规划资源部门以及其他有关单位应当做好相关"
            "指导、协调工作」 做好 — " + CLOSED + "), 第十五条 (「区规划资源部门可以…」 an option, round 30), 第十六条 (「本区有关单位"
            "应当…」 有关单位 a general call, round 33), 第七–十条, 第十二–十四条, 第十七条 no body — no unit",
            "dates: none — 2022年11月2日 the cover; 「自2022年12月15日起施行，有效期至2027年12月14日」 entry into force and validity",
            "targets: none — no figure in the work; laws' titles are names; no phases, no duties"])

write_collected(DIR)
