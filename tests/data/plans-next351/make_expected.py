# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next351/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 66 (built by helper c351, for round 67): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` for headed points, by
``article_in`` for articles, by ``at_head`` for the 应用清单's decimal headings); every answer was written here by
reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings, written early" to its end in full —
Rounds 83–93 — older rulings only where a ruling quoted there led) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next351/make_expected.py tests/data/plans-next351
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)


def at_head(file, number):
    """Line and first eight characters after the number of the line of ``file`` that opens with ``number`` and two
    spaces (the 应用清单's headings 「1  限制类」「2.1  公路、城市道路工程」, which ``locate`` does not read)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.startswith(number + "  "))
    return {"line": i + 1, "title_starts": lines[i][len(number):].strip()[:8]}


REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count, and the wrapper was then cut by a script")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/规划与土地/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("in headed points rule 2's list is closed (round 30; round 44; Round 83's x316_01 一; Round 91's x335_03 六): "
          "the subject of 加强／明确／开展／进行／做好／制定／建立／编制／发布 names none, 要／应 changing nothing")
ARTICLE = ("round 44 (decided): in 第X条 articles the subject of a verb of doing is a doer whatever the verb (Round 85's "
           "x321_04 第十条; Round 87's x325_01 第二十四条); a sending, an application, a review of a submission and the "
           "decision on it, and options (可, round 49 p46b) name none")
NOSUBJ = ("acts of the plan's own work with no subject give work (round 65's x274_01; Round 87's x325_03 三、; Round 89's "
          "x330_07): a task naming no unit")
LIMIT_TASK = ("a limit on what the plan's own work may do or build is a task naming none (Round 85's x322_04 第五条; "
              "Round 87's governs on x328_03; Round 91's x340_04)")
CASE = ("a clause inside a case 「确需／确有需要／如需…的，由A…」 is rule 3's contingency and adds no unit where the item has "
        "other work beside it (Round 83's turned x315_01 第六条; Round 79)")
TIME = ("a time counted from an event 「自…之日起N年内」「N日内」 is a time limit, no target (round 33; Round 87's x326_08 "
        "二/1)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x351_01_shi-guihuaziyuanju-2025-zhichi-gongye-jingji-fazhan-guihua-ziyuan-yaosu-baozhang-zhidao-yijian.txt"
P01 = "关于支持工业经济发展 加强规划资源要素保障的指导意见（2025版）"
N01 = "关于印发《关于支持工业经济发展 加强规划资源要素保障的指导意见（2025版）》的通知"
GZ = "市规划资源局"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the opinion's own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源产〔2025〕28号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2025-01-27",
     date_note="the cover is signed 2025年1月27日 (line 9); 「本指导意见自印发之日施行」 is a general provision; 「未来2年左右」, "
               "「20年弹性年期」, 「5年内」「一年内」 are a horizon, a scheme's name and time limits from events; no item is dated",
     level="the city planning and natural-resources bureau, to the district governments, the management committees and "
           "the city departments: the land and planning side of the city's support for industry (zoning of industrial "
           "blocks, quotas, reserves, supply, terms, transfers, prices, approvals, supervision, data)",
     source=src("关于印发《关于支持工业经济发展 加强规划资源要素保障的指导意见（2025版）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=15e394d9039b40a8a5cde52cc34b6f03&siteId=0032", 9083),
     style="a short cover notice, the opinion's title, a preamble and six headed points 一、–六、 whose twenty sub-points "
           "（一）–（二十） are numbered on through the points, and 55 items 「N.run-in heading。text」 numbered on through the "
           "whole opinion (1.–55.); one item (19.) with a second paragraph; a closing sentence and a 附录 of four definitions",
     leaf_tasks=48, count_alternatives=[44, 45, 46, 47, 49, 50, 51, 52, 55],
     leaf_tasks_by_section={"一、（1–8）": 8, "二、（9–28）": 16, "三、（29–35）": 5, "四、（36–50）": 14, "五、（51–54）": 4,
                            "六、（55）": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）", "3"], [], [], targets=[(70, "%"), (50, "%")],
          responsible_alternatives=[["相关区政府"]],
          note="「3.优化强化产业基地、产业社区管理。产业基地以制造业功能为主，产业基地内规划工业用地面积占比不低于70%，严格限制改变用途，实施过程中确有需要将工业用地调整为其他用途的，由相关区政府按照“占一还一、就近平衡”原则提出补划方案，经市规划资源局、市经济信息化委会审同意后，开展详细规划编制或调整。产业社区…规划产业用地面积占比不低于50%。 对临近…的优质产业项目，可结合…局部优化…。引导新增工业项目向…集聚。」 — "
               "floors of a standard joined to 不低于 are the item's targets (round 30's line): 70 %, 50 %; the item's work "
               "(严格限制, 引导) has no subject (round 65's x274_01); " + CASE + " — 由相关区政府提出补划方案 stands inside "
               "「实施过程中确有需要…的」 (RULING?: or the branch of the item's own zoning work, Round 83's turned x313_01 "
               "第四条, naming the district — accepted); 经A会审同意 names none (rule 3); 可 options (round 49 p46b); "
               + NONE + "; " + NODATE),
        S(["一", "（一）", "4"], [GZ], [GZ, "相关市级部门", "区政府"], lead_alternatives=[[]],
          responsible_alternatives=[[GZ, "区政府"]],
          note="「4.加强战略预留区规划管控。…对符合规划导向的重大产业项目可按规定启动打开战略预留区。在规划评估基础上，市规划资源局会同相关市级部门和区政府启动规划研究等工作。经市政府同意后，依规进行规划编制、审批和实施管理。如需对战略预留区控制线作局部优化的，由区政府编制调整方案，经专题论证和报市规划资源局审核后调整。」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2; round 61: read by its verb), 和 "
               "joining two names (round 34), 相关市级部门 a kind (Round 85's x321_01 五、（二）; the list without it "
               "accepted); 可 an option (round 49 p46b); 经市政府同意 names none (rule 3); 由区政府编制 inside 「如需…的」 "
               "adds nothing here (" + CASE + "); 报…审核 a step of the receiver's decision, no duty (Round 89's x329_04 "
               "第九条); " + NODATE),
        S(["一", "（二）", "6"], ["区产业、规划资源部门"], ["区产业、规划资源部门"], targets=[(1, "公里")],
          lead_alternatives=[[]], responsible_alternatives=[[]],
          note="「6.规范现状工业用地新建、改建、扩建。规划未保留的现状工业用地，经区产业、规划资源部门牵头认定符合“零增地”技术改造标准后，对在已取得的有偿使用合同…范围内开展的新建、改建、扩建行为实施分类管控。 战略预留区内的，在企业承诺…的前提下可新建、改建、扩建，其中在中心城、沿长江干流及黄浦江1公里范围以内的，应当经区政府同意。…」 — "
               "牵头 is rule 2's wherever it stands, a 经…后 clause included, as Round 92 read 「经A组织初审」 (x339_03 第二十六条; "
               "the form: 经A组织＋verb names A, 经A审查 without a rule-2 word none): lead and responsible 区产业、规划资源部门 "
               "(RULING?: or 认定 on a firm's land is a review of the party's case, none — accepted); fields before one head "
               "are one name as printed (round 31); the firms' 可 options (round 49 p46b); 经区政府同意 names none (rule 3); "
               "「…1公里范围以内的，应当…」: a 的-clause of its own with no head noun that triggers a step, its quantity joined "
               "to 以内 (round 32), is a target (round 49; Round 83's x311_01 第十条 form): 1 公里; " + NODATE),
        S(["二", "（四）", "10"], [], ["各区"], lead_alternatives=[["各区"]],
          note="「10.加强区级产业项目指标保障。区级产业项目所需用地指标由各区安排落实，存在阶段性困难的，经申请由市级给予指标周转暂借和支持。」 — "
               "the agent of 由 with any verb of doing is a doer (rule 2), a group named by a kind (round 30: 各区政府, 各街镇); "
               "a land quota is no cost, so 由A安排落实 is no payer (round 30's 由A承担／保障 with 经费 reads money only); "
               "由市级: a level with no head names no body (Round 83's x315_01 第二十条), inside a case besides (rule 3); "
               "经申请 an applicant's step; " + ONE_LEAD + "; " + NODATE),
        S(["二", "（七）", "18"], [GZ, "市经济信息化委"], [GZ, "市经济信息化委"], lead_alternatives=[[]],
          note="「18.优化协同监管方式。本市实行“有偿使用合同＋产业发展合作协议”协同监管模式，市规划资源局牵头制定有偿使用合同模板，市经济信息化委牵头制定产业发展合作协议模板，…明确各部门支持措施、监管要素和违约责任。用地单位在取得土地使用权时，与规划资源部门签订有偿使用合同，与属地政府签订产业发展合作协议。」 — "
               "「A牵头（负责）」 gives lead A (rule 2), two clauses two leads (round 36; Round 83's x316_02 （二十））; 实行 and "
               "明确 outside rule 2 (round 30); outside articles 签订 makes doers only with 由 (Round 85's x320_09; Round 77's "
               "x302_02), so 用地单位 and the two bodies it signs with are none; " + NODATE),
        S(["二", "（七）", "19"], [], ["领军企业", "区政府指定机构"],
          targets=[(30, "%"), (50, "%"), (60, "%"), (40, "%")], not_targets=[(5, "年")],
          responsible_alternatives=[[], ["领军企业"]],
          note="「19.明确产业用地转让与回购要求。以自用为主的产业用地使用权原则上不得整体或分割转让。…通用类研发用地上除生活配套设施以外的物业可转让不超过30%。 园区平台、领军企业的…物业可转让不超过50%。园区平台、领军企业采用直接转让的比例分别不得超过可转让物业的60%、40%。园区平台转让的物业，自转让登记之日起5年内不得再次转让，5年后确需转让的可由园区平台或区政府指定机构按约定价格优先回购，…领军企业转让的物业由领军企业或区政府指定机构按约定价格回购。」 — "
               "rules on transfer that also give parties owed acts are a task, as Round 86 turned x88_01 第十六条's paragraphs "
               "「…应由受让人整体持有…或由出让人…优先回购」 (RULING?: or a rule for whoever transfers, text, as Round 85 turned "
               "x321_01 三、（一）, 四、（一） — the count without it accepted); ceilings joined to 不超过／不得超过 are targets "
               "(round 30's line): 30, 50, 60, 40 %; " + TIME + " — 5 年 no target; 可由…优先回购 an option (round 49 p46b); "
               "the last 由A或B＋回购 names both (rule 2; round 49: 或 joins doers; round 30's 由A或B指定专人负责), 区政府指定机构 "
               "kept as printed (round 30; a body inside a noun's description is no doer: 区政府 none); no 牵头: lead []; "
               + NODATE),
        S(["二", "（八）", "21"], [], [], targets=[(30, "%"), (15, "%")],
          note="「21.加强单一用途产业用地配套设施管理。单一用途产业用地内，可建其他产业用途和生活配套设施的比例不超过地上建筑总量的30%，其中用于零售、餐饮、宿舍等生活配套设施的比例不超过15%。」 — "
               + LIMIT_TASK + "; ceilings joined to 不超过 are its targets (round 30's line): 30 %, 15 %; " + NONE + "; "
               + NODATE),
        S(["二", "（九）", "26"], [], ["各区政府"], lead_alternatives=[["各区政府"]], responsible_alternatives=[[]],
          note="「26.鼓励建立产业用地价格调节机制。结合…要求，落实支持新质生产力发展导向，实行地价与…联动的差异化地价政策，由各区政府经集体决策确定产业用地出让起始价。」 — "
               "the agent of 由 with any verb of doing is a doer (rule 2): setting a price the scheme applies is work, as "
               "setting a standard is (Round 87's x325_04 六、（三）; Round 85's x322_04 第二十五条 另行制定) (RULING?: or a "
               "price is money, the item a term, Round 83's x311_01 第七条 — none accepted); 实行 outside rule 2; 落实 "
               "with a 导向 but no subject; " + ONE_LEAD + "; " + NODATE),
        S(["三", "（十一）", "32"], [], [], responsible_alternatives=[["区规划资源部门"]],
          note="「32.推广“拿地即开工”。区规划资源部门应当加强对项目用地条件的协调，提前明确规划建设要求，指导建设单位结合生产工艺和生产需求，优化建筑布局，实现“拿地即开工”。」 — "
               + CLOSED + "; 「A指导B…」 without 负责 is rule 3's guide (round 30); the department stays accepted; " + NONE
               + "; " + NODATE),
        S(["四", "（十二）", "36"], ["区产业部门"], ["区规划资源部门", "区产业部门"], lead_alternatives=[[]],
          note="「36.加强产业用地供后监管。依据…，加强产业用地事中事后过程监管。区规划资源部门负责项目开工、竣工认定；区产业部门牵头负责项目投产、达产认定。严禁企业违法违规违约改变产业用房用途。」 — "
               "several rule-2 clauses give all their bodies in printed order (rule 2): 「A负责…」 responsible, 「B牵头负责」 "
               "lead B (lead [] accepted); a finding of the scheme's own facts placed by 负责 names its body (Round 88's "
               "x325_02 第四条 form); the first sentence's act has no subject; the ban on firms is text beside the work "
               "(Round 80); " + NODATE),
        S(["四", "（十二）", "37"], [], ["各区政府"], lead_alternatives=[["各区政府"]],
          note="「37.加强存量产业用地全生命周期管理。推动未纳入…的存量产业用地，在…情形下，重新签订有偿使用合同、产业发展合作协议。各区政府应当统筹组织相关部门落实土地全生命周期的协同监管职责。」 — "
               "「A组织B＋verb」 names A, B the object of 组织 no unit (round 30), 统筹 before it changing nothing; 推动 and "
               "签订 with no subject; " + ONE_LEAD + "; " + NODATE),
        S(["五", "（十九）", "54"], [], ["区规划资源部门"], lead_alternatives=[["区规划资源部门"]],
          note="「54.加强评估价格跟踪体系建设。区规划资源部门组织开展产业用地综合价值评估项目的空间落图、数据入库，并接入市级监测平台。相关土地评估成果按程序报主管部门备案。」 — "
               "「A组织开展…」 names A (rule 2); the filing of the valuation results, its subject carried from the sentence "
               "before (rounds 34, 49 p46d), is a plan body sending the results of its own work, an undated duty (round 48; "
               "Round 87's turned x325_02 第十五条); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[
        {"what": "相关土地评估成果按程序报主管部门备案", "when": None, "when_norm": None,
         "note": "54. — the district departments file the valuation results of the work they organise (round 48; Round 87's turned x325_02 第十五条): undated"}],
     notes=["counting (leaf tasks): the leaves are the 55 numbered items 1.–55. (plans-dev EXPECTED.md: the lowest numbered "
            "items that carry text; （一）–（二十） hold them); the preamble, the closing sentence 「本指导意见自印发之日施行…」 "
            "and the 附录's definitions are no tasks (round 30). No task: 13. (money only — 安排资金, 争取…债券: Round 83's "
            "x311_01 第七条; Round 89's x329_02 第七条), 17. (the 50-year term left to 可, 采用…方式 only its manner: round 49 "
            "p46b; Round 87's x327_01 六), 23. (可 options and a scope 「一般适用于…」), 25. (a price floor left to 可, "
            "money), 33. (鼓励, rounds 30, 40), 34. (可, an option under a run-in heading, round 63), 50. (鼓励) → 55 − 7 = "
            "**48**; every other item names an act of the plan's own work, with or without a doer (round 65's x274_01; "
            "Round 84's p61c-1: 要／应), a limit (Round 85's x322_04 第五条) or a rule-2 doer; 55. (附则's 条款更新机制) gives "
            "work (修订, 建立…案例库) and is counted. Accepted: 44–47 (items whose work is mostly options, encouragement or "
            "a state read as text: 8., 22., 24., 31., 48.; 19. as a rule for whoever transfers; 55. as 附则), 49–52 (one "
            "to four of 13., 17., 23., 25., 33., 34., 50. counted), 55 (every numbered item).",
            "units: rule 2's closed list in headed points (round 30); not sampled: 47. and 53. 「市规划资源局牵头…」 (lead "
            "[市规划资源局]), 30. 「规划资源部门应当会同产业部门，加强…」 (lead [规划资源部门], [规划资源部门, 产业部门]), 35. "
            "「由测绘服务机构统一完成…」 ([测绘服务机构]), 41., 43. (区政府／各区政府 by 严格／建立, outside rule 2: none)",
            "dates: none (see date_note)",
            "figures: targets 70, 50 % (3.), 1 公里 (6.), 30, 50, 60, 40 % (19.), 30, 15 % (21.); not sampled: 8. 「建筑高度30米"
            "以内」「50米以内」「容积率3.0以内」 (triggers, targets; its 「超过8米的…项目」「超过4.5米的研发用地项目」 classes inside "
            "nouns, round 58), 27. 「不低于50%」; unchecked: 7. 「容积率一般控制在2.0」「3.0」 (控制在 with no comparison word: "
            "a norm, round 30 — RULING?: or Round 93's decided 容积率 floors and ceilings), 12. 「未来2年左右」 (左右 with no "
            "comparison word, Round 91's x340_04), 17. 「投资10亿元以上的重大投资项目」 (a class inside a noun, round 58)",
            "duties: one undated (54., see duties); not duties: 4.'s 报市规划资源局审核 (a step of the receiver's decision, "
            "Round 89's x329_04 第九条), 55.'s 发布公告 (disclosure, round 55's x247_01)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x351_02_shi-guihuaziyuanju-2025-guoyou-jianshe-yongdi-zhaopaigua-churang-yewu-liucheng-caozuo-guifan.txt"
P02 = "上海市国有建设用地使用权招标拍卖挂牌出让业务流程及操作规范"
N02 = "关于印发《上海市国有建设用地使用权招标拍卖挂牌出让业务流程及操作规范》的通知"
JY = "土地交易中心"
CR = "出让人"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2025〕7号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2025-12-01",
     date_note="the cover is signed 2025年11月28日 (line 9) and prints 「自2025年12月1日起施行，有效期至2030年11月30日」 — entry into "
               "force and validity, general provisions; every other time is counted from an event (「开始日前20日」「3日内」"
               "「10个工作日内」「下一个工作日」) or is the procedure's own moment: no item is dated",
     level="the city planning and natural-resources bureau, to the district bureaus, its own offices and its affiliated "
           "units: the steps of the city's tender, auction and listing sales of state construction land, from the "
           "sellers' files to the results and the deposits",
     source=src("关于印发《上海市国有建设用地使用权招标拍卖挂牌出让业务流程及操作规范》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=4839ae8a68254048b30ee50e107b28c7&siteId=0032", 6721),
     style="a short cover notice, the rules' title, two preamble paragraphs and eleven headed steps 一、–十一、 in "
           "unnumbered paragraphs; 三、 and 六、 with （一）–（四）, 九、 with （一）–（五）, 九、（一） with 1.–4. and 九、（三） with 1.–5. "
           "(run-in headings on lines of their own); a defining bracket 「（以下统称出让人）」",
     leaf_tasks=22, count_alternatives=[20, 21, 23, 24, 25, 26],
     leaf_tasks_by_section={"一、": 1, "二、": 1, "三、": 2, "四、": 0, "五、": 1, "六、": 2, "七、": 1, "八、": 1,
                            "九、": 12, "十、": 1, "十一、": 0},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["市规划资源部门"], lead_alternatives=[["市规划资源部门"]], responsible_alternatives=[[]],
          note="「上海市土地交易事务中心（以下简称土地交易中心）从信息系统接收市、区规划资源部门以及管委会（以下统称出让人）提交的地块出让信息，…对其…进行查验、初核，若…缺失、有误…的，作退件处理，出让人须收回地块出让资料，重新确认后，再行提交。…土地交易中心初核通过后按规定报上海市规划和自然资源局（以下简称市规划资源部门），由市规划资源部门出具出让意见。」 — "
               "a childless point that gives work is a task (Round 84's p61c-1); the centre's 接收, 查验, 初核 are outside "
               "rule 2's closed list in headed points (round 30) and a check of what another body hands in besides (Round "
               "83's x315_02 第十三条); the sellers' resubmission of their own files a step of their filing (Round 83's "
               "turned x316_01 七); 由A＋出具 names A (rule 2): the opinion on the scheme's own sale, handed up by the "
               "scheme's own centre, is the scheme's work (Round 93's turned x345_01 第二十条) (RULING?: or a decision on a "
               "submission, none, 由 changing nothing — Round 85's turned x317_03 第九条（一） — accepted); the full name "
               "only receives (报), the short name acts where printed (rounds 35, 43); 报…出具意见 a step of that decision, no "
               "duty (Round 89's x329_04 第九条); " + ONE_LEAD + "; " + NODATE),
        S(["二"], [], [], responsible_alternatives=[[JY]],
          note="「经市规划资源部门核准后，土地交易中心根据确定的交易进度编制、制作出让文件及当期出让公告。」 — 经A核准 names none (rule 3); "
               + CLOSED + " (编制, 制作); " + NONE + "; " + NODATE),
        S(["三", "（一）"], [], [], targets=[(20, "日"), (7, "日")], responsible_alternatives=[[JY]],
          note="「土地交易中心根据进度安排在…网站…上发布出让公告。 出让公告应当至少在投标、拍卖或者挂牌开始日前20日发布。… 公告期间，…确需变更公告内容的，应当…及时发布补充公告。…补充公告发布时间距…开始时间少于20日的，…相应顺延。 公告期间，出让人或土地交易中心延期、中止或终止…的，应当…及时发布相关通知。…地块恢复出让后至成交的时间应不少于7日。」 — "
               + CLOSED + " (发布); disclosure is no duty (round 55's x247_01); quantities joined to 至少／不少于 are targets "
               "wherever they stand (round 30's line; Round 83's x315_03 第七条): 20 日, 7 日 (「少于20日的」 the same figure in a "
               "trigger); the bodies inside 「…的」 cases add none (rule 3); " + NONE + "; " + NODATE),
        S(["五"], [], [CR], lead_alternatives=[[CR]], responsible_alternatives=[[], [JY]],
          note="「提问截止后，土地交易中心将提问汇总整理后交出让人，由其转交相应的应询单位，并组织应询单位答疑。应询单位应根据提问予以答复，土地交易中心根据出让人提交的答复意见编制《答疑纪要》。土地交易中心认为答复存疑的，可要求出让人会同相关应询单位解释说明。 …」 — "
               "由 reaches every clause of its series (Round 93's x342_05 一), so 「由其转交…，并组织应询单位答疑」 makes the "
               "sellers the subject of 组织＋verb (rule 2), the answering units the pivot's object (round 30); 其 points back "
               "to 出让人, the name the text defines (Round 83's x315_02 第四、五条: a defined name kept where it acts) "
               "(RULING?: or 并组织 carries the sentence's subject 土地交易中心, rounds 34, 49 p46d — accepted); 转交 a sending "
               "(rounds 46, 48); 编制 outside rule 2; 可要求 an option (round 49 p46b); " + ONE_LEAD + "; " + NODATE),
        S(["六", "（一）"], [], [], responsible_alternatives=[[JY]],
          note="「投标（竞买）申请人凭CA数字证书…登录…，首次登录的须在填写注册信息、上传身份证明材料后提交注册申请。 土地交易中心对注册信息（与上传材料）进行核对，并将结果发送至投标（竞买）申请人。投标（竞买）申请人也可登录…查询注册申请进度。」 — "
               "a point that binds the scheme's body to act on applications gives work, a task naming none (Round 87's "
               "x327_04 一–四); the applicants' steps name none (round 30's applicant) and a review of their papers by its "
               "own verb none (Round 85's x321_02); sending the result of the centre's own check to the applicant is a "
               "notice of its own finding, an undated duty (Round 93's x345_04 第十七条; Round 89's turned x331_04 第九条) "
               "(RULING?: or the decision handed to the party in its own cause, a sending and no duty — Round 85's x322_04 "
               "第七条); " + NONE + "; " + NODATE),
        S(["七"], [], [], responsible_alternatives=[[JY], [JY, "公证处"]],
          note="「土地交易中心根据进度安排，向保证金开户银行提取保证金到账情况，将…资料转交公证处。公证处解封后输入…列表，提交信息系统进行资格核验。 若出让地块有…资格限定条件，公证处须与…申请文件核对。」 — "
               + CLOSED + " (提取, 转交 a sending, 解封, 输入, 核对); " + NONE + "; " + NODATE),
        S(["九", "（一）", "2"], [], ["公证处"], targets=[(3, "人")],
          lead_alternatives=[["公证处"]], responsible_alternatives=[[]],
          note="「2.开标 招标主持人宣布开标会开始，…当众开启标箱。…若具有投标资格的投标人数低于3人的，招标主持人宣布招标终止；若…为3人或3人以上的，招标主持人当众拆封有效投标文件…。 以综合条件最佳者得确定中标人的，评标专家应在开标会前候场，…由公证处对技术标文件随机编号。投标人须在开标现场…提交…原件。…开标后投标人须在相关开标记录上签名确认。」 — "
               "a numbered line of the procedure's own steps is a task (plans-dev EXPECTED.md); the host, the experts and "
               "the staff are persons (round 30), the bidders parties taking their own steps (round 30's applicant); "
               "Round 96 (turned, aligned round 67 to CONVENTIONS.md \"Round 96 rulings\"; p67b): 「以综合条件最佳者得确定中标人的」 "
               "picks a class of the sale by its method, no event (Round 83's turned x313_01 第四条; Round 94's confirmed "
               "「对X的，由A＋verb」 form; Round 95's governs on x351_03), and 「由公证处对专家抽签分组」「由公证处对技术标文件随机编号」 "
               "are the item's only clauses that make a body the doer, 由A＋verb (rule 2) — responsible [公证处]; " + ONE_LEAD
               + "; the old answer none stays accepted; 公证处's other act (将…送评标室, a sending) outside rule 2; a quantity joined to 低于／以上 that triggers a step is a target (round 30's line; "
               "Round 85's x317_04 第十二条): 3 人; " + NODATE),
        S(["九", "（一）", "3"], [], [], targets=[(5, "人"), (3, "日")], responsible_alternatives=[[CR]],
          note="「3.评标 评标须在严格保密的情况下进行。专家到场人数达到5人及以上的方能进行评标，…评标专家审查各份投标文件是否有效…。 …出让人应在收到评标结果报告之日起3日内将中标候选人的名称、顺位、最终报价…在相关网站上进行公示，公示期不得少于3日。」 — "
               "experts and the group they form are persons and a body the step sets up (round 30; rule 3); 公示 is "
               "disclosure and 进行 outside rule 2 (round 30), so 出让人 names none (accepted); 达到…及以上 and 不得少于 give "
               "targets (round 30's line): 5 人, 3 日; 「之日起3日内」 is a time limit (round 33), the same figure as the "
               "floor, so no not-target is written for it; " + NONE + "; " + NODATE),
        S(["九", "（三）", "2"], [], [],
          note="「2.挂牌报价 竞买人应通过CA数字证书…进行挂牌报价，…系统自动更新显示挂牌价格。…因系统原因等无法进行网上挂牌报价，经出让人及挂牌人确认采取纸质方式报价的，竞买人应凭…至挂牌主持人处…挂牌报价，挂牌主持人签名确认后填写…回执交竞买人，并更新显示挂牌报价。 挂牌报价应按出让文件规定在土地交易市场及相关网站上及时发布。」 — "
               "a step of the sale the rules set: the bidders' own steps (round 30's applicant), the host's acts (a person, "
               "round 30) and the owed publication with no subject (round 65's x274_01) make a task naming none; 经A确认 "
               "names none (rule 3); " + NONE + "; " + NODATE),
        S(["九", "（五）"], [], [], responsible_alternatives=[[CR]],
          note="「出让人通过信息系统生成并制作《上海市国有建设用地使用权出让合同》（以下简称出让合同）。 中标人（竞得人）在交易会结束后根据相关规定按出让人要求及时签订出让合同。」 — "
               + CLOSED + " (生成, 制作); the winner's signing its own contract is a beneficiary's step (Round 87's "
               "x325_01 第十五条); outside articles 签订 makes no doer without 由 (Round 85's x320_09); " + NONE + "; "
               + NODATE),
        S(["十"], [], [], not_targets=[(10, "个工作日")], responsible_alternatives=[[JY]],
          note="「交易结束后，土地交易中心将中标人（竞得人）、中标（竞得）价格、…地块信息等基本情况于10个工作日内在土地交易市场及相关网站上及时发布。开竣工时间等全生命周期管理信息在签订出让合同后发布。」 — "
               + CLOSED + " (发布); publishing to the public is disclosure, no duty (round 55's x247_01; Round 89's x329_03 "
               "第三十二条); " + TIME + " — 10 个工作日 no target; " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[
        {"what": "土地交易中心对注册信息（与上传材料）进行核对，并将结果发送至投标（竞买）申请人", "when": None, "when_norm": None,
         "note": "六、（一） — a notice of the centre's own check to the applicant (Round 93's x345_04 第十七条; Round 89's turned x331_04 第九条): undated (RULING?)"}],
     notes=["counting (leaf tasks): 一、, 二、 childless steps that give work (Round 84's p61c-1) 2; 三、（一）（二） 2; 四、 the "
            "intending bidders' 可 (site visits, questions) — options, no task (round 49 p46b); 五、 1; 六、（一） 1 (the "
            "centre's check of registrations, Round 87's x327_04), （二）（三） the applicants' own steps only (提交保证, "
            "提交申请 — round 30's applicant; Round 87's x325_01 第十五条) no tasks, （四） 1 (the count by 信息系统, an act of "
            "the procedure with no rule-2 doer); 七、, 八、 1 each; 九、（一） its two opening paragraphs lead into 1.–4. (text "
            "of the point, Round 83's x311_04 第十一条), 1.–4. 4; （二） 1; （三）1.–5. 5; （四）（五） 1 each; 十、 1; 十一、 a "
            "pointer 「…按照出让文件的规定及出让合同的约定办理」 naming no act of its own, money besides (Round 86's (b)) — no "
            "task → **22**. Accepted: 20, 21 (六、（四） or 九、（四） read as a state with no act), 23–26 (四、, 六、（二）（三）, "
            "十一、 counted, in any number).",
            "units: rule 2's closed list in headed points (round 30); the centre, the notary and the hosts act by verbs "
            "outside it or are persons; the two samples naming units rest on 由A＋verb (一、) and 由…并组织 (五、)",
            "dates: none (see date_note)",
            "figures: targets 20 日, 7 日 (三、（一））, 3 人 (九、（一）2.), 5 人, 3 日 (九、（一）3.); not a target 10 个工作日 "
            "(十、); not sampled: 九、（二）'s 「竞买人数低于3人的」 (3 人, a trigger), 九、（一）'s 「通常…分别由7人组成」 (a norm of "
            "composition with no comparison word, in the text before the items, round 30)",
            "duties: one undated (六、（一）, see duties; RULING?); not duties: 一、's 报市规划资源部门 (a step of its decision), "
            "三、, 九、 and 十、's 发布／公示 (disclosure), 七、's 转交公证处 (a hand-over inside the procedure)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x351_03_shi-guihuaziyuanju-2025-gongye-qiye-peijian-weihuapin-xiaoxing-kufang-zhidao-yijian.txt"
P03 = "工业企业配建自用专门放置危化品小型库房指导意见（试行）"
N03 = "关于印发《工业企业配建自用专门放置危化品小型库房指导意见（试行）》的通知"
CY = "产业主管部门"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the opinion's own title line (line 21) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源建〔2025〕290号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局 (with 市应急局, 市住房城乡建设管理委, 市经济信息化委, 市科委, who sign the cover)",
     date="2025-07-28",
     date_note="the cover is signed 2025年7月28日 (line 19); the text prints no other date: no item is dated",
     level="five city bureaus, to all units concerned: how industrial firms may build small stores for the hazardous "
           "chemicals they use, and which department plans, approves, checks and supervises them",
     source=src("关于印发《工业企业配建自用专门放置危化品小型库房指导意见（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=682f974b795d46e49398189681d3782f&siteId=0032", 3627),
     style="a cover notice signed by five bureaus (names one to a line), the opinion's title, a preamble and two headed "
           "points 一、工作举措 （一）–（四） and 二、工作职责和分工 （一）（二）, headings on lines of their own; 一、（四） holds "
           "four run-in aspects 「1.规划资源管理方面」–「4.竣工验收管理方面」 on lines of their own; 二、（二） a duties text of "
           "paragraphs each opening with a department",
     leaf_tasks=8, count_alternatives=[7, 9],
     leaf_tasks_by_section={"一、（一）–（三）": 3, "一、（四）1.–4.": 3, "二、（一）（二）": 2},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], [CY], [CY, "应急管理、规划资源等有关部门"], lead_alternatives=[[]],
          responsible_alternatives=[[CY, "有关部门"], [CY]],
          note="「统筹经济发展和安全，…由产业主管部门牵头，会同应急管理、规划资源等有关部门制定全市危险化学品生产、储存的布局规划，…。 各区结合产业地图和主导产业等，督促指导产业园区在符合安全要求的前提下，明确…。 探索工业、危化品仓储混合用地机制。编制…规划，可以在征求…意见的基础上，探索配置…混合用地…」 — "
               "「由A牵头，会同B＋verb」: lead A, responsible A, B (rule 2); fields with no head of their own before 等 share "
               "the head after it, one name as printed (round 31; Round 91's governs on x340_02 第四条); 督促指导 is a pivot "
               "and a guide (round 30; rule 3), so 各区 and 产业园区 are none; the third paragraph's acts have no subject "
               "(round 65's x274_01) and its 可 is an option (round 49 p46b); " + NODATE),
        S(["一", "（二）"], [], [], targets=[(550, "平方米"), (2000, "平方米"), (5, "%")],
          responsible_alternatives=[["市产业主管部门", "区人民政府"]],
          note="「产业园区引入的企业有危化品临时放置需求的，支持企业…建设自用的专门放置危化品小型库房。工业企业配建…小型库房规模原则上不超过550平方米。 对集成电路、生物医药产业和其他市级重大产业项目，…建设规模确需超过550平方米的，由市产业主管部门、区人民政府（含…，下同）统筹协调…等部门的意见，…允许企业配建总建筑面积不大于2000平方米，或大于2000平方米但不超过计容总建筑面积5%的…库房。 …超过2000平方米且计容总建筑面积5%的，需调整详细规划。」 — "
               "a limit on what may be built is a task naming none (Round 85's x322_04 第五条); quantities joined to "
               "原则上不超过／不大于／超过 are targets wherever they stand, triggers in 的-clauses included (round 30's line): "
               "550, 2000 平方米, 5 %; " + CASE + " — 由A、B统筹协调 stands inside 「确需超过550平方米的」 (RULING?: or the branch "
               "for the big projects is the item's own second class of work, Round 83's turned x313_01 第四条, naming the two "
               "— accepted); 支持 names no work (as 鼓励, rounds 30, 40); " + NONE + "; " + NODATE),
        S(["一", "（三）"], [], [], targets=[(550, "平方米")], responsible_alternatives=[["规划资源部门"]],
          note="「工业企业配建…小型库房在550平方米以下的，规划资源部门在设计方案审核时，应就…要求征求应急、生态环境、住房城乡建设、卫生健康部门的意见。 …在550平方米以上的，企业应明确对危化品仓库的建设需求…。市场准入阶段，市产业主管部门、区人民政府统筹协调…意见后，明确…规模。规划资源部门在设计方案审核时，应就…征求…意见。 按照本市规定，…企业依法形成“三同时”书面报告备查，应急部门依法做好事中事后监管。…应急管理部门可以…指导企业开展安全预评价。…」 — "
               "consulting other bodies while reviewing a party's design is a step of that review (Round 91's turned x340_04 "
               "第十七条), the consulted bodies receivers (rule 3); " + CLOSED + " (明确, 统筹协调, 做好); 可以 an option (round 49 "
               "p46b); the firm's report kept for inspection is its own filing, no duty (round 42); a quantity joined to "
               "以下／以上 that picks the step is a target (round 30's line): 550 平方米; " + NONE + "; " + NODATE),
        S(["一", "（四）", "1"], [], [], responsible_alternatives=[["规划资源部门"]],
          note="「1.规划资源管理方面 加强土地出让前意见征询，结合应急、产业、生态环境等部门的意见，将安全相关建设管理要求纳入产业发展合作协议和土地出让合同。 建设工程设计方案审核阶段，规划资源部门通过行政协助征询应急、住房城乡建设等部门的意见。应急管理等部门明确安全管理意见，住房城乡建设部门明确建筑防火设计意见。」 — "
               + NOSUBJ + " (加强, 纳入); consulting in a review is its step (Round 91's turned x340_04 第十七条); 明确 outside "
               "rule 2 (round 30); " + NODATE),
        S(["一", "（四）", "2"], [], ["建设、设计、施工、监理、技术服务等单位"], responsible_alternatives=[[]],
          note="「2.消防审验管理方面 工业企业配建自用放置危化品小型库房的建设、设计、施工、监理、技术服务等单位应严格按照《中华人民共和国消防法》…等现行国家消防技术标准的相关要求，进行消防设计、施工，并依法对建设工程消防设计、施工质量负责。对属于特殊建设工程的项目，实行消防设计审查、消防验收制度，对属于其他建设工程的项目，实行消防验收备案与抽查制度。」 — "
               "「A依法对X负责」 takes on a duty as 负Y责任 does and designates A inside an item that gives work (Round 87's "
               "x326_07 第六条; Round 91's x337_03 四 「建设、勘察、设计、施工、监理等责任主体…负有主体责任」, confirmed), the 的-rule "
               "giving the name after the last 的 (rounds 32, 38) and fields before one head one name as printed (round 31) "
               "(RULING?: or 对…质量负责 has no work as object, a stance like 「切实负责」 (Round 87's turned x324_06 四/3), and "
               "进行 is outside rule 2 — none accepted); the 实行…制度 clauses have no subject (round 65's x274_01); lead []; "
               + NODATE),
        S(["一", "（四）", "4"], [], ["综合验收牵头部门"], lead_alternatives=[["综合验收牵头部门"]],
          responsible_alternatives=[[]],
          note="「4.竣工验收管理方面 建设单位应当…在项目竣工后申请综合竣工验收。综合验收牵头部门组织规划、建设、气象等专业验收部门开展现场验收，各部门依据各自职责出具专业验收意见。通过所有专业验收的，建设管理部门核发综合竣工验收结果通知书。应急、生态环境等管理部门对配建危化品存储设施加强事中事后监管。」 — "
               "「A组织B＋verb」 names A, B the pivot's object (round 30), 组织＋review naming its subject (Round 81's x309_02 "
               "第十二条; Round 83's x316_03 四/（三）/1); the applicant's 申请 names none (round 30); 各部门 a call (round 30); "
               "核发 on the application is the review's decision (Round 85's turned x317_03 第九条（一）); 加强 outside rule "
               "2 (round 30); " + ONE_LEAD + "; " + NODATE),
        S(["二", "（一）"], [], ["企业", "各产业园区"], responsible_alternatives=[["企业"]],
          note="「（一）落实企业和园区管理主体责任 企业应当按照国家有关规定和技术标准对配建…库房进行设计和建设，…开展安全性评价和环境影响评价，设置…设施、设备和装置，建立安全管理制度，在使用中落实安全管理主体责任。 各产业园区结合…，统筹危化品存放需求，提出…规模需求，配合做好危化品存储布局规划的研究与编制工作。」 — "
               "under a heading 工作职责和分工 every body the text gives work is a unit (round 34's 职责分工 heading; Round 93's "
               "x345_03 第四条), and by rule 2 besides: 落实 with 责任 as its object (round 46; Round 91's x335_04), 配合 with a "
               "subject of its own (round 46's p44g); no 牵头: lead []; " + NODATE),
        S(["二", "（二）"], ["产业部门"],
          ["产业部门", "应急和规划资源部门", "应急管理部门", "市、区住房城乡建设管理部门", "市、区规划资源部门", CY,
           "生态环境、气象、卫生健康等部门"],
          lead_alternatives=[[]],
          responsible_alternatives=[["产业部门", "应急和规划资源部门", "应急管理部门", "市、区住房城乡建设管理部门",
                                     "市、区规划资源部门", "生态环境、气象、卫生健康等部门"]],
          note="「（二）落实相关管理部门责任 产业部门会同应急和规划资源部门，牵头编制各产业园区危化品生产、存储的布局规划，… 应急管理部门在…职责范围内承担有关建设项目安全设施“三同时”的监管管理，应加强…日常安全监管，督促生产经营单位落实… 市、区住房城乡建设管理部门…开展消防设计审查、消防验收或备案、抽查，… 市、区规划资源部门应配合产业主管部门编制危化品储存布局规划。…严格建设工程规划许可管理… 生态环境、气象、卫生健康等部门根据法定职责，协助做好…建设管理工作。」 — "
               "a 职责分工 text of paragraphs each opening with a body is one task naming every body it gives work, in "
               "printed order, each once (Round 82's p60c-1; Round 87's x327_02 二), with rule 2's 会同 and 牵头 giving the "
               "lead inside it (Round 87's governs on x328_04 三): lead 产业部门 (lead [] accepted); fields joined by 和 or 、 "
               "before one head are one name as printed (round 31; Round 91's x340_01 「局科技和财务管理部门」); 协助 reads as "
               "配合 (Round 83's x311_03 第四条); the body served by 配合 is a doer by the verb after it (Round 83's x311_03 "
               "第四条), and 产业主管部门 is a second name printed differently, kept (round 43; Round 90's x329_04) — the list "
               "without it accepted; 生产经营单位, the object of 督促, none (round 30); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the leaves are 一、（一）（二）（三）, 一、（四）'s 1.–4. and 二、（一）（二） (plans-dev EXPECTED.md); "
            "一、（四）3. 「建设单位应当…在开工前…申请领取施工许可证」 is an applicant's step only (round 30's applicant; Round 87's "
            "x325_01 第十五条) — no task; every other leaf gives work → **8**. Accepted: 7 (一、（二） read as 支持 and a case "
            "only), 9 (一、（四）3. counted).",
            "units: rule 2's closed list in headed points (round 30), the 职责分工 heading of 二、 making every body given "
            "work a unit there (round 34); every task sampled",
            "dates: none (see date_note)",
            "figures: targets 550, 2000 平方米 and 5 % (一、（二）), 550 平方米 (一、（三））; unchecked: the cover's and "
            "preamble's names with digits (「三同时」「三管三必须」 name no quantity; M, W2 codes)",
            "duties: none; not duties: 一、（三）'s 「三同时」书面报告备查 (a firm's record of its own matters, round 42), the "
            "行政协助 replies (steps of reviews)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x351_04_shi-guihuaziyuanju-2025-shizheng-jiaotong-jichu-sheshi-xiangxi-guihua-shishi-shenhua-caozuo-guicheng.txt"
P04 = "上海市市政交通基础设施详细规划实施深化操作规程"
N04 = ("关于印发《上海市市政交通基础设施详细规划实施深化操作规程》和《上海市市政交通基础设施详细规划实施深化应用清单"
       "（2025版）》的通知")
QJ = "区级规划资源部门"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the notice's title (line 1), which names both documents, or the 规程's own title line (line 11): "
                "either (round 45's pair); the 清单 is the second document under the same cover",
     doc_no="沪规划资源政〔2025〕261号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2025-07-10",
     date_note="the cover is signed 2025年7月9日 (line 9), the index dates it 2025-07-10; the text prints no other date and "
               "no item is dated (「…之前完成入库」 are moments of the procedure)",
     level="the city planning and natural-resources bureau, to the district bureaus and its field offices: who carries "
           "out, checks and supervises the confirmation of flexible indicators of detailed plans for municipal and "
           "transport infrastructure, the procedure's steps, and the list of cases where it does not and does apply",
     source=src("关于印发《上海市市政交通基础设施详细规划实施深化操作规程》和《上海市市政交通基础设施详细规划实施深化.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=21b66e24966a4aa39972af18e5ab6f37&siteId=0032", 5409),
     style="a short cover notice forwarding two documents; the 规程: 15 articles 「第N条（heading）」, heading on a line of "
           "its own; the 应用清单（2025版）: two classes 「1  限制类」「2  适用类」 (two spaces after the number), 1.1–1.10 "
           "cases (「1.10 」 one space) and seven groups 2.1–2.7 of run-in adjustment types 「道路红线偏移：…」 with ceilings",
     leaf_tasks=19, count_alternatives=[17, 18, 20, 21, 28],
     leaf_tasks_by_section={"规程 第一、二条": 0, "规程 第三–九条": 7, "规程 第十条": 0, "规程 第十一–十三条": 3,
                            "规程 第十四条": 0, "规程 第十五条": 1, "清单 1": 1, "清单 2.1–2.7": 7},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（职责分工）"], [], [QJ, "相关行业主管部门", "市规划资源局"],
          responsible_alternatives=[["项目所在地的区级规划资源部门", "相关行业主管部门", "市规划资源局"]],
          **art(X04, ["第四条（职责分工）"]),
          note="「对控制性详细规划、郊野单元控制性详细规划进行实施深化的，由项目所在地的区级规划资源部门承担实施深化的具体实施，履行实施深化的相关程序。对专项规划（详细规划层次）进行实施深化的，由相关行业主管部门承担实施深化的具体实施，履行…。 市规划资源局、区级规划资源部门按照…分工，负责适用条件、程序、成果要求等实施深化要素的审查工作。 市规划资源局负责市政交通项目实施深化的指导和监督检查。」 — "
               "a 职责分工 article is one task naming every body it gives work, in printed order, each once (Round 82's "
               "p60c-1; Round 87's x327_02 二); 由A承担 with work as its object names a doer, not a payer (round 30); "
               "「对X进行…的，由A…」 picks the class of plan that decides which body acts, no contingency (Round 83's turned "
               "x313_01 第四条); the 的-rule gives the head, a place phrase before the kind dropped (rounds 32, 38; Round "
               "93's x341_01 第十五条) — the printed phrase accepted; a review placed by 负责 names A (Round 88's x325_02 "
               "第四条), 负责指导 is 负责 (round 30); no 牵头: lead []; " + NODATE),
        S(["第六条（方案研究）"], [], [], **art(X04, ["第六条（方案研究）"]),
          note="「市政交通项目需要开展实施深化的，应当根据工艺、运营等要求，…深化工程设计，论证实施深化的必要性。综合…管理要求，研究实施深化方案的可行性。」 — "
               + NOSUBJ + "; 「需要…的」 picks the projects the work falls on (Round 87's x327_01 「凡涉及…的」), no case; "
               + NODATE),
        S(["第七条（适用性研判）"], [], [], responsible_alternatives=[["具体实施主体"],
                                                              ["市规划资源局规划审查、市政工程管理等业务处室", QJ]],
          **art(X04, ["第七条（适用性研判）"]),
          note="「市政交通项目需要开展实施深化的，具体实施主体应当与市规划资源局规划审查、市政工程管理等业务处室，以及项目所在地的区级规划资源部门衔接会商，研究判别实施深化的条件适用性、程序合理性、方案可行性。」 — "
               "a role word naming the bodies an earlier article gave the part (第四条's 承担…具体实施: the district departments "
               "or the trade departments) points back and adds no unit (Round 87's x323_02 第二十一条; Round 93's x341_03 "
               "第七条 信息采集部门, confirmed); the bureau's offices and the district department are consulted by the "
               "project side, receivers as a consulted body is (rule 3; Round 91's turned x340_04 第十七条) (RULING?: or "
               "与B衔接会商 is a two-party act naming both, as Round 93 confirmed 与B签订 on x345_01 第二十四条 — accepted, and "
               "具体实施主体 accepted as a role the rules name); " + NONE + "; " + NODATE),
        S(["第十一条（成果编制）"], [], [], responsible_alternatives=[["具体实施主体"]],
          **art(X04, ["第十一条（成果编制）"]),
          note="「实施深化方案应根据相关主管部门、专家、公众等方面的意见建议进行完善。 具体实施主体应当委托具有相应资质的设计单位编制规划更新图则。规划更新图则应符合《上海市控制性详细规划成果规范》…等相关要求。」 — "
               "the first paragraph's act has no subject (round 65's x274_01); 「A委托B＋verb」 names A and not B (round 35; "
               "Round 91's x337_01 第三条), but A is 第四条's role word pointing back (Round 87's x323_02 第二十一条); the "
               "charts' conformity to the norms is a state, text (Round 88's x290_01); " + NONE + "; " + NODATE),
        S(["第十三条（规划更新图则入库）"], [], ["市规划资源局", QJ],
          responsible_alternatives=[["具体实施主体", "市规划资源局", QJ]], **art(X04, ["第十三条（规划更新图则入库）"]),
          note="「规划更新图则应当在审定建设工程设计方案之前完成入库。…应当在核发建设工程规划许可证之前完成入库。 具体实施主体负责校核规划更新图则，确认数据质量符合规定，提交图则更新申请。按照…分工，市规划资源局、区级规划资源部门负责实施深化成果的审查和入库。 完成入库的规划更新图则，纳入上海市国土空间基础信息平台统一管理。」 — "
               "a review placed by 负责 names its subject (Round 88's x325_02 第四条 form: 「A实施／负责…的审核」 names A; "
               "Round 83's governs on x315_03 第三条); 具体实施主体 points back (Round 87's x323_02 第二十一条) — accepted; "
               "moments of the procedure 「…之前」 date nothing (round 34: times from an event); no 牵头: lead []; " + NODATE),
        S(["第十五条（监督检查）"], [], ["市规划资源局"], lead_alternatives=[["市规划资源局"]],
          **art(X04, ["第十五条（监督检查）"]),
          note="「市规划资源局定期开展市政交通项目实施深化总结评估，建立执行市政交通项目实施深化日常监管制度，防止泛化使用实施深化程序。」 — "
               + ARTICLE + " (开展, 建立, 防止); a review of the bureau's own scheme is its own work (Round 89's x334_01 第十二条), "
               "no report sent, so no duty (定期 prints no rhythm besides: plans-dev 01, 04); " + ONE_LEAD + "; " + NODATE),
        S(["1"], [], [], **at_head(X04, "1"),
          note="「1  限制类 市政交通基础设施在建设项目管理阶段，下列情形不适用详细规划实施深化程序： 1.1  不符合公共安全、环境保护、永久基本农田保护、生态保护红线等底线管控要求的。…1.10 其他违背现行规划本意，或者不符合规划实施导向的。」 — "
               "the 应用清单 is the second document the cover forwards, its items counted after the 规程's (head: two documents "
               "under one cover; Round 92's governs on x165_02: two texts the cover itself forwards are counted both); a limit "
               "on the procedure's own work is a task naming none (Round 87's x327_01 第七条), and lines that only class the "
               "cases it reaches are its text (Round 78's (b); Round 91's x337_01 第六、七条) — 1.1–1.10 no leaves of their own; "
               + NONE + "; " + NODATE),
        S(["2", "2.1"], [], [], targets=[(15, "%"), (30, "%"), (3, "米"), (70, "米")], **at_head(X04, "2.1"),
          note="「2.1  公路、城市道路工程 道路红线偏移：根据设计方案深化要求，对规划道路红线进行局部微调，单侧道路红线偏移幅度一般不超过原规划道路红线宽度的15%，特殊情况经专题论证后局部调整幅度不超过原规划道路红线宽度的30%，且调整后的道路红线宽度不得小于原规划道路红线宽度。 交叉口红线宽度调整：…单侧调整宽度一般不超过3米，且单处调整范围一般不超过70米。 建设形式调整：…」 — "
               "a numbered group of the adjustments the procedure may make, with limits on them, is a task naming none (Round "
               "87's governs on x328_03: a limit on how a thing may be set is a task; Round 91's x340_04 read line by line; "
               "Round 91's decided notes: 控制在／应 limits), its run-in types its text (round 63); ceilings joined to "
               "(一般)不超过 are targets (round 30's line; 一般 loosening only, Round 93's decided x345_03): 15 %, 30 %, 3 米, "
               "70 米; " + NONE + "; " + NODATE),
        S(["2", "2.4"], [], [], targets=[(1, "倍"), (15, "%"), (30, "%")], not_targets=[(220, "千伏")],
          **at_head(X04, "2.4"),
          note="「2.4  市政管线工程 地下管线（廊）位置偏移：…对经详细规划批准的原水管、…电力隧道等地下管线（廊）的位置进行局部微调，中心线偏移幅度一般不超过原规划管径的1倍，特殊情况经专题论证可适当放宽调整幅度。 电力高压走廊中心线位置偏移：…对220千伏及以上电力高压走廊铁塔位置进行局部微调，中心线偏移幅度一般不超过原规划黄线宽度的15%，特殊情况…不超过…30%。 建设形式调整：…」 — "
               "as 2.1 (a group of adjustments with limits, a task naming none); ceilings joined to 不超过 are targets (round "
               "30's line): 1 倍, 15 %, 30 %; 「220千伏及以上电力高压走廊」 is a figure inside a noun naming the class of line the "
               "work picks, no target (round 58; Round 83's turned x311_01 第十条); " + NONE + "; " + NODATE),
        S(["2", "2.6"], [], [], not_targets=[(15, "米")], **at_head(X04, "2.6"),
          note="「2.6  特定建（构）筑物 新增交通通道：在满足…要求的前提下，增加跨（穿）越河道（内河航道除外）的慢行桥梁或地下连通道，…适用实施深化。 在满足…前提下，在蓝线宽度不大于15米的河道上增加交通通道，用作…的，无需实施深化，可在项目审批阶段予以落实。 附属设施位置调整：…进行优化调整，且与基本农田、河道等其他控制要素无矛盾。」 — "
               "as 2.1 (the adjustments the procedure covers, with the limit 「且与…无矛盾」, a task naming none); 「蓝线宽度不大于15米的"
               "河道」 is a figure inside a noun naming the class of river, no target (round 58; Round 87's x328_03 第十条 "
               "「高度不超过55米的建筑外墙面」, confirmed); the 可 clause an option (round 49 p46b); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): two documents under one cover are counted both, in order (head: 「Two documents under one "
            "cover」; Round 92's governs on x165_02). The 规程: 第一条 purpose, 第二条 definition — general provisions (round "
            "30); 第十条 only 可 (专家意见 by 座谈、函询 left to an option, its second paragraph 可 too: round 49 p46b); 第十四条 "
            "a statement of what the entered charts are (a state, Round 88's x290_01) — no tasks; 第三条 one task (its "
            "scope paragraph text, its second paragraph 「应用清单应当及时动态更新」 an owed act with no subject, round 65's "
            "x274_01); 第五条 one (the procedure's owed steps); 第八条 one (a point binding the scheme's bodies to act on "
            "applications, Round 87's x327_04; the platform's 提供 a sending, Round 83's x315_01 第十一条); 第九、十二条 one each "
            "(征询…并…落实; 组织实施公示); 第四、六、七、十一、十三、十五条 one each → 11. The 清单: 1 one task (its 1.1–1.10 cases "
            "its text); 2.1–2.7 one task each → 8. **19**. Accepted: 17, 18 (第三、五、八条 read as scope, a list of stages or an "
            "applicant's article, one or two of them), 20, 21 (第十、十四条 counted), 28 (1.1–1.10 each a leaf, "
            "1 not one of its own: 11 + 10 + 7).",
            "units: rule 2 in articles (round 44); 具体实施主体 read as 第四条's role pointing back (RULING? on 第七条); not "
            "sampled: 第八条 none (经A确认 rule 3; the platform's 提供 a sending), 第十二条 none (由具体实施主体组织实施公示: the "
            "pointer, 公示 disclosure)",
            "dates: none (see date_note)",
            "figures: targets in 2.1 (15, 30 %, 3, 70 米) and 2.4 (1 倍, 15, 30 %); not targets 220 千伏 (2.4), 15 米 (2.6); "
            "not sampled: 2.2's 15, 30 % and 「不超过原规划车站长度的1/2」, 2.3's 15, 30 %, 2.5's 15 % and 1 倍 (targets); 2.5's "
            "「《上海市控制性详细规划技术准则（2011版）》」 a name with digits",
            "duties: none; not duties: 第八、十三条's 申领／提交…申请 (applications), 第十二条's 公示 (disclosure), 第十五条's "
            "总结评估 (a review, no report)"])

write_collected(DIR)
