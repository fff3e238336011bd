# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next313/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 61 (built by helper c313): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``); every answer
was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 77 rulings, written early" to
its end in full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next313/make_expected.py tests/data/plans-next313
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit below), typed from the "
          "answer; only the repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank "
          "lines around them, the `# ` marker before the notice title)")


def src(path, url, chars, extra=""):
    return (f"{REPO} @ {C2B}, docs/房屋与住房/{path} ({url}) — {STORED}{extra}; the typed file with the wrapper put back had "
            f"{chars} characters, read_file's total_chars {chars}")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("outside 第X条 articles rule 2's list is closed (rounds 30, 44; Round 77's x302_03 二、, x302_04 五、（一）): 发布, 编制, "
          "审核, 签订 (without 由), 召集, 召开 (without 组织), 协调, 开展 (without 组织), 配备, 建立, 进行, 确认, 公示 name none, "
          "应／要 before them changing nothing")
ARTICLE = ("in 第X条 articles a body standing as the subject of the article's verb of doing is a doer whatever the verb "
           "(round 44, decided; rounds 62 p52c, 66, 68; Round 81's x307_02 第六条（一）2); options (可／可以, round 49 p46b), "
           "reviews and decisions on a party's submission (Round 77's x299_01 第十四条, x302_05 第十一条), sendings and steps of "
           "one's own approval (Round 77's x299_01 第十条, x304_02 第十一条) name none")
SENDING = ("a sending names no doer, in articles too (Round 75's p57a-2; Round 77's x299_01 第十条, x302_04 三、（三））, and is an "
           "undated duty of the body the rules task (Round 74's Duties)")
RULES_NODATE = ("standing rules: no item writes a date for its work (the dates are the notice's and the rules' entry into force "
                "and expiry; 「N日内」「N个工作日内」 are limits from an event, rounds 33, 34, 54) → " + NODATE)
ETC = ("「A、B…等X部门」 gives the named bodies, the category tail after 等 no unit (plans-dev EXPECTED.md; Round 74's x294_02; "
       "as plans-next307's x307_01 第二条（三） wrote it)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x313_01_changning-2025-fangwu-xieyi-zhihuan-shishi-banfa.txt"
N01 = "上海市长宁区人民政府关于印发《长宁区房屋协议置换实施办法》的通知"
P01 = "长宁区房屋协议置换实施办法"
SS = "实施主体"
FG5 = ["区发展改革委", "区财政局", "区规划资源局", "区建设管理委", "区文化旅游局"]
PV = "评估机构"
PJ = "房地产价格评估机构"


def a01(label, *items):
    return art(X01, [label, *items])


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="长府规〔2025〕2号 (not printed in the text; the index's number)",
     issuer="上海市长宁区人民政府",
     date="2025-11-18",
     date_note="signed 2025年11月18日; in force 2026年1月1日 to 2030年12月31日 (第十八条)",
     level="a district government (Changning, Shanghai), rules on housing replacement by agreement (房屋协议置换) on state "
           "land: scope, the implementing bodies, the bureaus' parts, conditions before launch, range, survey, the plan "
           "and its consultation, risk assessment, approval, notice, contracts, valuers, publication of results",
     source=src(N01 + ".md", "official page https://www.shanghai.gov.cn/zhengce/detail/0074::007479835", 3022),
     style="a notice (addressees, one sentence issuing the rules, 「特此通知。」, issuer, date, 「(此件公开发布)」); the rules' "
           "title; eighteen articles 「第N条 (heading)」 (a space, half-width brackets) each on its own line over paragraphs; "
           "第二、五条 hold items 「(一)…」 half-width; blank lines between all paragraphs; the sister of plans-next307's "
           "x307_01 (Putuo's rules of the same frame; the bar found 16.9 %)",
     leaf_tasks=14, count_alternatives=[13, 15, 16],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第九条": 1, "第十条": 1,
                            "第十一条": 1, "第十二条": 1, "第十三条": 1, "第十四条": 1, "第十五条": 1, "第十六条": 1,
                            "第十七条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第三条 (实施主体)"], [], ["街道办事处", "镇人民政府", SS],
          responsible_alternatives=[["街道办事处", "镇人民政府"],
                                    ["街道办事处", "镇人民政府", "其他由区人民政府指定的主体", SS]],
          note="「街道办事处、镇人民政府、以及其他由区人民政府指定的主体为本区开展房屋协议置换的实施主体，负责组织实施…补偿与安置工作。 实施主体可以委托房屋征收事务所，承担…具体工作。"
               "实施主体对房屋征收事务所…的…行为负责监督，并对其行为后果承担法律责任。」 — 「A为…的实施主体，负责组织实施…」 designates A and gives "
               "it work by 负责 (rule 2; Round 75's p57a-1: 「A是／为…」 designates wherever it stands); names split on 、 as "
               "printed (round 30's 「各镇、园区」); 「其他由区人民政府指定的主体」 names no body (a 的-phrase whose head 主体 is bare; "
               "round 30: the district that designates is inside a noun's description) — left out, accepted (RULING? 1); "
               "the second paragraph's 负责监督 names 实施主体, the rules' own defined name kept as printed (Round 81's "
               "x310_04 主管部门; x307_01's 实施主体), the list without it accepted; 可以委托 an option (round 30), the "
               "事务所 none; lead [] (no 牵头); " + RULES_NODATE,
          **a01("第三条 (实施主体)")),
        S(["第四条 (管理部门)"], [], ["区房管局"] + FG5,
          responsible_alternatives=[["区房管局"] + FG5 + ["街道办事处", "镇人民政府"]],
          note="「区房管局负责业务指导，对实施主体、工作人员行为监管等工作。 区发展改革委、区财政局、区规划资源局、区建设管理委、区文化旅游局等有关行政管理部门，应当按照职责分工，"
               "互相配合，保障…顺利进行。 当…实施主体为其他由区人民政府指定的主体时，…所在地的街道办事处、镇人民政府，应当配合做好…相关工作。」 — 「A负责指导」 is "
               "「A负责…」 (round 30); 配合 with a subject of its own makes it a doer (round 46's p44g; Round 77's x301_01 三/（一）), "
               "in an article too (" + ARTICLE + "); " + ETC + "; the third paragraph's 「当…时」 is a case, rule 3's "
               "contingency (a case of who implements, not the item's work), so its streets and towns are no units — "
               "accepted with them (RULING? 2); lead [] (no 牵头); " + RULES_NODATE,
          **a01("第四条 (管理部门)")),
        S(["第六条 (范围确定)"], ["区房管局"], [SS, "区房管局"] + FG5,
          lead_alternatives=[[]],
          responsible_alternatives=[["区房管局"] + FG5],
          note="「实施主体应当拟定房屋协议置换项目范围。区房管局会同区发展改革委、区财政局、区规划资源局、区建设管理委、区文化旅游局等有关行政管理部门确定房屋协议置换项目范围。」 — "
               "the subject of 拟定 in an article (" + ARTICLE + "; drafting is no application, Round 77's x302_04 三、（一）（二）); "
               "「A会同B＋verb」: lead A, A and B (rule 2; Round 80's p59a-2), lead [] accepted; the partners by the 等 rule ("
               + ETC + "); printed order; the list without the implementing body accepted; " + RULES_NODATE,
          **a01("第六条 (范围确定)")),
        S(["第七条 (房屋调查登记)"], [SS], [SS, "有关行政管理部门"],
          lead_alternatives=[[]], responsible_alternatives=[[SS]],
          note="「实施主体应当对…房屋的权属、区位、用途、建筑面积等情况组织调查登记。调查结果应当…向房屋所有权人、公有房屋承租人公布。 实施主体会同有关行政管理部门依法对…未经登记的建筑"
               "进行调查、认定和处理。…」 — 组织＋work (rule 2); 「A会同B＋verb」: lead A, A and B, 有关…部门 a kind (Round 77's x304_01 "
               "4.2.1, turned; Round 80's p59a-2), as Round 81 confirmed x307_01 第六条's same sentence (lead [实施主体], + "
               "相关行政管理部门; 「未经登记的建筑」 the kind of object, no contingency); the owners and tenants receive (rule 3); "
               "lead [] and [实施主体] accepted; " + RULES_NODATE,
          **a01("第七条 (房屋调查登记)")),
        S(["第九条 (方案征询及修改)"], [], [SS], lead_alternatives=[[SS]], targets=[(7, "日")],
          note="「实施主体应当将…方案(征求意见稿)…予以公布，征求…意见。征求意见期限不得少于7日。实施主体应当将征求意见情况和…修改的情况及时公布。 实施主体应当将修改后的…方案报区房管局"
               "备案。」 — the article's subject of 公布、征求 (" + ARTICLE + "); the filing with the bureau a sending (duty below; "
               "the bureau a receiver, rule 3); 「不得少于7日」 a floor joined to a comparison word, a target (round 30's line; "
               "as x307_01's 不少于30日); " + ONE_LEAD + "; " + RULES_NODATE,
          **a01("第九条 (方案征询及修改)")),
        S(["第十一条 (区政府备案)"], [], [], responsible_alternatives=[[SS, "区房管局"]],
          note="「实施主体和区房管局应当向区人民政府报请审批房屋协议置换项目，并提交房屋协议置换方案。房屋协议置换项目经区政府常务会议讨论通过后实施。」 — sending one's "
               "project up for approval is a step of that approval and names no doer, in articles too (Round 77's x299_01 第十条: "
               "「由A报B批准」 names none; x302_04 三、（三）, turned), 提交 a sending alike; the article stays a task by its owed "
               "sendings (round 55's x248_01; Round 81's x310_04 第十二条) — " + NONE + "; the two senders accepted (the "
               "subjects read by round 44, RULING? 3); the sending is a duty (below); " + RULES_NODATE,
          **a01("第十一条 (区政府备案)")),
        S(["第十三条 (被置换主体的确定)"], [], [SS], lead_alternatives=[[SS]],
          responsible_alternatives=[[SS, "房屋所有权人", "公有房屋承租人"]],
          note="「房屋协议置换补偿合同应当由实施主体与房屋所有权人、公有房屋承租人签订。 房屋所有权人、公有房屋承租人以…不动产权证…计户，按户进行补偿。 …为准。」 — 「由A与B签订」 "
               "names A and B (round 30), but the owners and tenants are persons and households, the parties compensated, "
               "never units (round 30: a person; a beneficiary, like an applicant; x307's readings of the same parties) — "
               "the list with them accepted (RULING? 4); the counting by 户 and whose name counts are the scheme's terms; "
               + ONE_LEAD + "; " + RULES_NODATE,
          **a01("第十三条 (被置换主体的确定)")),
        S(["第十四条 (评估机构的选定)"], [], [PJ, SS],
          responsible_alternatives=[[PV, SS], ["具有相应资质的房地产价格评估机构", SS]],
          note="「被置换房屋的价值，由具有相应资质的房地产价格评估机构评估确定。 房地产价格评估机构由实施主体通过组织房屋所有权人、公有房屋承租人…投票决定。实施主体应当将确定的房地产价格"
               "评估机构予以公告。 房地产价格评估机构应当独立、客观、公正地开展…评估工作，任何单位和个人不得干预。」 — 由A＋评估确定 names A, a 的-phrase giving the "
               "name after the last 的 (rounds 32, 38; Round 77's x304_02 第十九条, confirmed: 房地产价格评估机构), the printed phrase "
               "accepted; 「由A通过组织B…决定」 names A (组织＋verb, round 30: B, the object of 组织, none; the owners vote, persons); "
               "公告 and 开展 by the article's subjects (" + ARTICLE + "); the ban to 「任何单位和个人」 is text (Round 80's p59a-1); "
               "printed order; lead [] (no 牵头); " + RULES_NODATE,
          **a01("第十四条 (评估机构的选定)")),
        S(["第十七条 (补偿结果公开)"], [], [SS], lead_alternatives=[[SS]],
          note="「实施主体应当建立…项目档案，将补偿结果…向房屋所有权人、公有房屋承租人公开。 实施主体应当接受纪检监察部门、审计部门的监督。」 — the article's subject of "
               "建立、公开 (" + ARTICLE + "); the inspecting and auditing bodies only watch (rule 3: a body that guides or "
               "oversees is no doer; the noun 监督 is theirs, the verb 接受 the implementer's); " + ONE_LEAD + "; " + RULES_NODATE,
          **a01("第十七条 (补偿结果公开)")),
     ],
     plan_targets=[(3, "年"), (5, "年")],
     phases=[],
     duties=[{"what": "实施主体应当将修改后的房屋协议置换方案报区房管局备案", "when": None, "when_norm": None,
              "note": "第九条: the implementing body's filing of the revised plan with the bureau — a sending the rules ask of "
                      "a body they task (Round 74's Duties; as x307_01 第七条's): undated"},
             {"what": "实施主体和区房管局应当向区人民政府报请审批房屋协议置换项目，并提交房屋协议置换方案", "when": None,
              "when_norm": None,
              "note": "第十一条: the sending of the project and its plan to the district government for approval — an "
                      "undated duty (Round 77's x299_01 第十条: the sending is an undated duty)"}],
     notes=["counting (leaf tasks; the notice 「…现予以印发。」 is one plan with the rules it issues, round 30's two documents): "
            "第一条 (purpose and basis), 第二条 (scope; its (一)–(三) the kinds of project the rules reach, Round 78's (a)) and "
            "第十八条 (force, expiry, a repeal and a transitional rule: round 30; Round 79's repeal) general provisions; "
            "第五条 (conditions a project must meet before launch: 资金, 房源, 过渡期 ceilings — the scheme's terms, as Round 81 "
            "confirmed plans-next307's x307_01 第四条 of the same frame; its 三年／五年 plan targets, Round 75's p57f-1) no "
            "task; 第三、四、六–十七条 1 each → **14**. Accepted: 15 (第五条 one task: 落实资金和安置房源 read as work), 16 "
            "(第五条's (一)(二) two tasks), 13 (第十一条 read as sendings only, no task).",
            "units: no labels; round 44's article rule with the option, sending, approval, receiver and person "
            "exceptions; 实施主体 the rules' own name (第三条) kept as printed (Round 81's x310_04 主管部门); 区房管局 as printed; "
            "the 等有关行政管理部门 tails dropped; 房屋所有权人／公有房屋承租人 persons and households; 房屋征收事务所 only by an option.",
            "dates: none for any item (2026-01-01 force, 2030-12-31 expiry, 2025年11月4日 the meeting); figures: 7 日 a "
            "floor (第九条), 三年／五年 plan targets (第五条), 220号 and 119次 a document number and a meeting's number."])

# ---------------------------------------------------------------------------------------------------------
X02 = "x313_02_songjiang-2024-zhengshou-jiti-tudi-fangwu-buchang-shishi-yijian.txt"
N02 = "上海市松江区人民政府关于印发《松江区关于贯彻〈上海市征收集体土地房屋补偿规定〉的实施意见》的通知"
P02 = "松江区关于贯彻《上海市征收集体土地房屋补偿规定》的实施意见"
ZD = "区征地事务机构"
GZ = "区规划资源局"
BZ = "被征地镇"
BZP = "被征地镇（街道）"
CJ = "村（居）委员会"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the opinion's own title, printed over two lines (lines 11 and 13: 「松江区关于贯彻《上海市征收集体土地」 / "
                "「房屋补偿规定》的实施意见」), joined; or the notice's title (line 1): either (round 45's pair); the first "
                "line alone is no reading",
     doc_no="沪松府规〔2024〕4号 (not printed in the text; the index's number)",
     issuer="上海市松江区人民政府",
     date="2024-09-16",
     date_note="dated 2024年9月16日 (no issuer line printed above the date); in force 2024年11月1日 to 2029年10月31日 (七、)",
     level="a district government (Songjiang, Shanghai), an opinion implementing the city's rules on compensation for "
           "housing on requisitioned collective land: scope, the bureaus' parts, the compensating and implementing "
           "bodies, range, a twelve-step procedure, and the compensation standards (five zones, a price table, "
           "removal, equipment, transition and reward payments, business losses)",
     source=src(N02 + ".md", "official page https://www.shanghai.gov.cn/zhengce/detail/0082::996b74b1ee4d47ea97478806a3578057",
                3360),
     style="a notice (addressees, one sentence issuing the opinion, date); the opinion's title over two lines; a preamble; "
           "headed points 一、–七、 each heading on its own line (一–四、七、 childless paragraphs; 五、 （一）–（十二） "
           "run-in steps; 六、 （一）–（四） headings over paragraphs, （二） a price table printed one cell a line (a cell "
           "「价格补贴\\n（元/平方米）」 broken inside), （三） 1、–4、 with 3、 (1)(2)); full-width brackets, some half-width "
           "commas and semicolons; blank lines between paragraphs",
     leaf_tasks=15, count_alternatives=[14, 16, 17],
     leaf_tasks_by_section={"二": 1, "三": 1, "五": 12, "六": 1},
     childless_top_level_sections=["一", "四", "七"],
     samples=[
        S(["二"], [], [GZ, "各镇人民政府", "街道办事处"],
          responsible_alternatives=[[GZ], [GZ, "区发展改革委", "区农业农村委", "区建设管理委", "区人力资源社会保障局",
                                           "区住房保障房屋管理局", "区城管执法局", "区财政局", "区市场监管局", "区审计局",
                                           "各镇人民政府", "街道办事处"]],
          note="「二、管理部门 区规划资源局负责本区征地房屋补偿的业务指导和监督管理等工作。 区发展改革委、…、区审计局等部门应当协调做好征地房屋补偿工作。 各镇人民政府、街道办事处应当配合"
               "做好征地房屋补偿工作。」 — a childless point that gives work is a task (round 36; round 51 p47b); 负责 (rule 2); 配合 with a "
               "subject of its own makes it a doer (round 46's p44g; Round 77's x301_01 三/（一）), names split on 、 as printed "
               "(round 30's 「各镇、园区」); 协调做好 is outside the closed list (round 30: 协调 a pivot verb, not rule 2's; 做好 "
               "outside, Round 81's x308_09), so the nine bureaus are no doers here (accepted with them, RULING? 5); 管理部门 is "
               "a heading naming bodies, no duty word (Round 77's x304_03; round 38); lead [] (no 牵头); " + RULES_NODATE),
        S(["三"], [], ["松江区人民政府", GZ, ZD],
          responsible_alternatives=[["松江区人民政府", "区规划资源局等部门", ZD]],
          note="「三、补偿主体与实施部门 松江区人民政府负责本行政区域的征地房屋补偿工作。 区规划资源局等部门组织实施本区的征地房屋补偿工作。 区征地事务机构具体实施征地房屋补偿工作。 "
               "区征地事务机构委托房屋征收事务所等实施单位承担…具体工作，区征地事务机构对实施单位…进行监督，并…承担法律责任。」 — 负责, 组织实施, 具体实施 (rule 2's "
               "实施) and 「A委托B＋verb」 (round 35; Round 77's x302_04 二、（二））: three doers in printed order, the tail 等部门 "
               "no unit (" + ETC + "; the printed name accepted); the 事务所 and 实施单位, objects of 委托, none (round 35); lead "
               "[] (no 牵头); " + RULES_NODATE),
        S(["五", "（一）"], [], [], responsible_alternatives=[["区人民政府"]],
          note="「（一）区人民政府发布征收土地预公告，发布不得实施行为通知；」 — " + CLOSED + " — " + NONE + "; [区人民政府] accepted "
               "(the step's subject read as its doer, RULING? 6); " + RULES_NODATE),
        S(["五", "（二）"], [ZD], [ZD, BZ, CJ], lead_alternatives=[[]],
          responsible_alternatives=[[ZD, BZP, CJ], [ZD, BZ, "村委员会"]],
          note="「（二）区征地事务机构会同被征地镇（街道）以及村（居）委员会对拟征地范围内房屋开展调查确认、公示工作，镇（街道）同步启动违法建筑认定相关程序；」 — "
               "「A会同B＋verb」: lead A, A and B (rule 2; Round 80's p59a-2), lead [] accepted; 以及 joins two names (round "
               "34's 和); 「镇（街道）」 a bracket naming the body that stands in for the kind in another area, dropped (Round "
               "77's x302_01 一、, turned; x307_01 第五条's 「街道办事处（镇政府）」), the printed name accepted; 「村（居）」 kept as "
               "printed (Round 77's x303_02 [各村(居)]); 启动 is outside the closed list (" + CLOSED + "); " + RULES_NODATE),
        S(["五", "（四）"], [], ["用地单位"], lead_alternatives=[["用地单位"]],
          note="「（四）用地单位落实补偿资金和安置房源；」 — 落实 is rule 2's own verb, whatever its object (round 66's p46d; Round "
               "81's x308_09: 落实 with work as its object); 用地单位 a party by role (rounds 34, 62 p52c); " + ONE_LEAD + "; "
               + RULES_NODATE),
        S(["五", "（五）"], [], ["区人民政府"], lead_alternatives=[["区人民政府"]], responsible_alternatives=[[]],
          note="「（五）区征地事务机构根据调查结果编制征地房屋补偿方案，区规划资源局审核后报区政府，并以区政府名义进行公告。征地房屋补偿方案应当听取相关权利人意见,多数被征地的农村"
               "集体经济组织成员认为方案不符合法律、法规规定的,区人民政府应当按照规定组织听证；」 — 编制 and 进行 are outside the closed list (" + CLOSED + "); "
               "the bureau's 审核 of the drafted plan is a review and 报 a sending (Round 77's x299_01 第十四条, 第十条); 组织听证 "
               "is rule 2's 组织＋verb, a step after a branch of the item's own consultation (Round 81's x305_01 第十二条, "
               "turned: a branch of the procedure, not rule 3's contingency 「确需…的」「发生…时」「如有…」) → [区人民政府]; none "
               "accepted (the branch read as a case, RULING? 7); " + ONE_LEAD + "; " + RULES_NODATE),
        S(["五", "（八）"], [], [ZD], lead_alternatives=[[ZD]],
          note="「（八）补偿结果协商确定后，区征地事务机构委托房屋征收事务所等实施单位与宅基地使用权人或者房屋所有人签订附生效条件的征地房屋补偿协议，…相关补偿协议生效;」 — "
               "「A委托B＋verb」 names A outside articles too (round 35; Round 77's x302_04 二、（二））, B none by that clause; the "
               "holders and owners are persons, the parties compensated (round 30); 「…后」 dates nothing; " + ONE_LEAD + "; "
               + RULES_NODATE),
        S(["五", "（九）"], [], [ZD], lead_alternatives=[[ZD]],
          note="「（九）补偿结果协商不成的，由区征地事务机构制定、送达具体补偿方案，同时向区规划资源局报送协调处理资料；」 — 由A＋verb of doing (rule 2); "
               "「协商不成的」 is a branch of the item's own procedure and the item's whole work, not a contingency (Round 81's "
               "x305_01 第十二条; Round 78's p58c-2: a whole response takes the agent of 由); the report to the bureau a "
               "sending (duty below), the bureau a receiver (rule 3); " + ONE_LEAD + "; " + RULES_NODATE),
        S(["五", "（十）"], [], [], responsible_alternatives=[[GZ]],
          note="「（十）区规划资源局按规定召集区征地事务机构、实施单位、被征地镇（街道）、村委会、被补偿人等召开争议协调会。被补偿人仍不签订补偿协议的，区规划资源局应当再次协调;」 — "
               "召集, 召开 without 组织 and 协调 are outside the closed list (round 30 names 召开; " + CLOSED + "), and the bodies "
               "called are the objects of 召集 (round 30's pivot) — " + NONE + "; [区规划资源局] accepted (召集…召开 read as "
               "组织召开, RULING? 8); " + RULES_NODATE),
        S(["五", "（十一）"], [], [GZ], lead_alternatives=[[GZ]], responsible_alternatives=[[]],
          note="「（十一）经协调会无法达成协议的，在征收土地申请经依法批准后，区规划资源局制定征地补偿安置决定，由区规划资源局报请区政府批准后，送达被补偿人；」 — 制定 "
               "without 由 is outside the closed list, and 「由A报B批准」 names none (Round 77's x299_01 第十条); but the 由 clause "
               "goes on to 送达被补偿人, the bureau's own delivery of its decision after approval, a verb of doing whose agent "
               "is the 由's (rule 2: 由A＋any verb of doing) → [区规划资源局]; none accepted (the clause read as the sending "
               "only, RULING? 9); " + ONE_LEAD + "; " + RULES_NODATE),
        S(["五", "（十二）"], [], [GZ], lead_alternatives=[[GZ]],
          note="「（十二）被补偿人在…规定的期限内不腾退土地和房屋，且不在法定期限内申请行政复议或提起行政诉讼的，由区规划资源局完成催告后，组织材料报请区政府同意依法启动强制执行"
               "程序。」 — 由A＋完成 (rule 2: the agent of 由 with any verb of doing), a step after the party's failure, the "
               "item's whole work (Round 78's p58c-2; Round 81's x305_01 第十二条); 组织材料 is 组织 with a thing as object, no "
               "组织＋verb; the sending for approval names none; " + ONE_LEAD + "; " + RULES_NODATE),
        S(["六", "（四）"], [], ["区征地事务管理所"], lead_alternatives=[["区征地事务管理所"]], responsible_alternatives=[[]],
          targets=[("100-350", "元")], not_targets=[(3, "年")],
          note="「（四）非居住房屋的停产停业损失补偿标准 非居住房屋的停产停业损失补偿标准按核准确认的建筑面积每平方米给予100-350元补偿。房屋所有人认为其停产停业损失超过此标准的，应当"
               "提供…证明材料，提出申请后由区征地事务管理所委托估价机构对…效益…进行评估。」 — a standard that also gives work is a task (round 39; Round 77's "
               "x302_03 二、), its policy quantity its target, the band read at both edges as printed (round 25; EXPECTED.md "
               "ranges as strings); the owner's papers and application are the applicant's (round 30), 「前三年的经营状况」 a past span the papers show, no comparison word (round 30: past outturns no targets) → 3 年 not_target; 「由A委托B＋verb」 "
               "names A (rule 2's 由A; round 35) → [区征地事务管理所], printed so here (三、 prints 区征地事务机构: each kept as "
               "printed, Round 81's x307_02 第九条（三））; none accepted (the assessment read as the review of a party's claim, "
               "Round 77's x309_01 第十八条, RULING? 10); " + ONE_LEAD + "; " + RULES_NODATE),
     ],
     plan_targets=[(400, "元/平方米"), (500, "元"), (50, "%")],
     phases=[],
     duties=[{"what": "补偿结果协商不成的，由区征地事务机构制定、送达具体补偿方案，同时向区规划资源局报送协调处理资料", "when": None,
              "when_norm": None,
              "note": "五、（九）: the land office's sending of the papers for mediation to the bureau — a sending the opinion "
                      "asks of a body it tasks (Round 74's Duties): undated"}],
     notes=["counting (leaf tasks; headed points, the notice 「…现印发给你们」 one plan with the opinion, round 30's two "
            "documents): the preamble, 一、 (scope) and 七、 (force and expiry) general provisions (round 30; Round 78's (a), "
            "(c)); 四、 (how the range is set: 「根据拟征地范围确定」, 「按…第七条处理」 — a rule saying which houses the compensation "
            "reaches, the scope of the work, no act of a body) no task; 六、（一）（二） (the zones and the price table) and "
            "（三）1、–4、 (payments: 补偿, 发放, 增发, 给予 — acts that only move money, Round 81's x309_03 四、, turned; Round 75's "
            "p57f-1) the scheme's terms, no tasks; 二、 1 and 三、 1 (childless points that give work, round 36; round 51 "
            "p47b), 五、（一）–（十二） 12, 六、（四） 1 (a standard with an assessment by 由A委托, round 39) → **15**. Accepted: "
            "14 (六、（四） terms), 16 (四、 counted), 17 (both 四、 and 六、（三） as one task each).",
            "units: rule 2's closed list (headed points); 区征地事务机构 and 区征地事务管理所 as printed; 镇（街道） brackets "
            "dropped; 各镇人民政府, 街道办事处 split on 、; persons and households (被补偿人, 宅基地使用权人, 房屋所有人, 村民家庭) no "
            "units; 拆迁人 in 六、（三）3 a party in terms.",
            "dates: none for any item (2024-11-01 force, 2029-10-31 expiry); figures: 100-350 元 (六、（四）) an item's "
            "target; 400 元/平方米, 500 元 (每户低于500元的 a floor) and 50 % (增发50%) plan targets from the terms; the table's "
            "750／600／1350… and 10 元, 8 元, 600 元, 400／300 元 (每台) unchecked; 第71次 a meeting's number; 10安培 a kind of meter."])

# ---------------------------------------------------------------------------------------------------------
X03 = "x313_03_jiading-guoziwei-2025-qushu-qiye-budongchan-zulin-guanli-banfa.txt"
N03 = "关于印发《嘉定区区属企业不动产租赁管理办法（2025版）》的通知"
P03 = "嘉定区区属企业不动产租赁管理办法（2025版）"
QS = "区属企业"
PT = "租赁平台"
GZW = "区国资委（区集资委）"
A3 = "第三条 （监管职责）"
A4 = "第四条 （企业主体责任）"
A6 = "第六条 （标准要求）"
A8 = "第八条 （决策程序）"
A9 = "第九条 （招租方式）"
A10 = "第十条 （合同变更）"
A12 = "第十二条 （平台责任）"
LEADIN4 = ("「区属企业作为不动产租赁的实施主体应当履行以下职责：」 — a lead-in naming a body and a duty word over a list gives each "
           "item that names none its body, whatever verb joins them (Round 81's x305_04 第四条, governs; Round 75; rule 4)")


def a03(label, *items):
    return art(X03, [label, *items])


plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 13, with its 「（2025版）」) or the notice's title (line 1): either (round "
                "45's pair); 「附件」 above the title no part of it",
     doc_no="嘉国资委〔2025〕7号 (not printed in the text; the index's number)",
     issuer="上海市嘉定区国有资产监督管理委员会",
     date="2025-09-09",
     date_note="signed 2025年9月9日; in force from issue (第十八条)",
     level="a district state-assets commission (Jiading, Shanghai), rules on leasing out the real estate of district "
           "state firms: the commission's oversight, the firms' duties, approval thresholds, the tender plan, decision "
           "procedure, ways of tender, contract changes, the leasing platform's conditions and duties, the cases exempt "
           "from public tender",
     source=src(N03 + ".md", "official page https://www.shanghai.gov.cn/zhengce/detail/0080::5_191157", 5030,
                "; the page's closing chrome 「相关链接：」 / 「图文解读：关于印发《…（2025版）》的通知」 (two lines, a link to the "
                "site's illustrated reading) was cut as web chrome"),
     style="a notice (addressees, one sentence, 「特此通知。」, 「附件：」 line, issuer, date); 「附件」; the rules' title; six "
           "chapters 「第一章  总  则」 (double spaces in 一、二、六章) over eighteen articles 「第N条 （heading）」 (a space, "
           "full-width brackets) each on its own line over paragraphs; 第四、八、九、十、十一、十二、十三条 hold items "
           "「（一）…」, 第六条 two item headings over lines 「1.…」 (a list of cases); blank lines between all paragraphs",
     leaf_tasks=27, count_alternatives=[26, 28, 29, 31, 40],
     leaf_tasks_by_section={"第三条": 1, "第四条": 8, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 4, "第九条": 3,
                            "第十条": 3, "第十二条": 4, "第十五条": 1},
     childless_top_level_sections=[],
     samples=[
        S([A3], [], [GZW], lead_alternatives=[[GZW], ["区国资委"]], responsible_alternatives=[["区国资委"]],
          note="「区国资委（区集资委）按照…监督职能，加强对区属企业不动产租赁管理工作的指导，依法行使监督职能，综合运用审计、专项检查、考核等方式加大监督力度，强化对违规行为的"
               "责任追究；对租赁平台开展定期、不定期监督检查。」 — the article's subject of its verbs of doing (" + ARTICLE + "); a bracket "
               "naming the same body's other name is kept (Round 77: only a bracket of one alias, role or section of the same "
               "body stays, round 65's 市公用事业局(环卫局)), the name without it accepted; 「加强…指导」 is no 「在A指导下」 "
               "(the commission acts); " + ONE_LEAD + "; " + RULES_NODATE,
          **a03(A3)),
        S([A4, "（一）"], [], [QS], lead_alternatives=[[QS]], responsible_alternatives=[[]],
          note="「（一）负责建立健全本企业的租赁管理组织，制定本企业不动产租赁管理制度，明确…工作流程；」 — " + LEADIN4 + "; 负责 with no "
               "subject of its own; " + ONE_LEAD + "; none accepted; " + RULES_NODATE,
          **a03(A4, "（一）")),
        S([A4, "（六）"], [], [QS], lead_alternatives=[[QS]],
          note="「（六）区属企业应通过定期或不定期开展专项检查的方式，对本办法和企业内部不动产租赁管理制度的贯彻落实情况进监督检查；」 — the item names its own subject, "
               "the lead-in's body again (" + ARTICLE + "; " + LEADIN4 + "); 贯彻落实 inside the noun 「…情况」 no clause; "
               "the text's 「进监督检查」 (a missing 行) read as printed; 定期或不定期 no rhythm word; " + ONE_LEAD + "; "
               + RULES_NODATE,
          **a03(A4, "（六）")),
        S(["第五条 （管理原则）"], [], ["各区属企业"], lead_alternatives=[["各区属企业"]], responsible_alternatives=[[QS]],
          note="「各区属企业及其下属各级子企业的不动产出租行为均应纳入管理。各区属企业应根据出租不动产属性，…分类设置管理标准和管理权限，突出监管重点，…」 — an article headed "
               "原则 that gives work is a task (round 39; Round 77's x302_03 一、), its subject of 设置 a doer (" + ARTICLE + "); "
               "各区属企业 a kind with 各 (round 30: 「各区要落实…」, a group named by a kind), the first sentence's 子企业 inside "
               "a noun's description (round 30); [区属企业] accepted; " + ONE_LEAD + "; " + RULES_NODATE,
          **a03("第五条 （管理原则）")),
        S([A6], [], [], responsible_alternatives=[[QS]],
          targets=[(5, "年"), (3, "个月"), (10, "年"), (2000, "平方米"), (10, "万元"), (20, "万元")],
          note="「符合下列情形之一的，区属企业应经集团内部决策后报区国资委（集资委）主任办公会审议同意后施行：（一）新签订租赁合同 1.需签订单次不动产租赁期超过5年的；2.…给予免租期超过"
               "3个月的； 原则上，区国资委（集资委）审议单次不动产租赁期不超过10年，免租期不超过6个月。（二）租赁合同核心条款变更 1.缩减面积单次超过2000平方米（…）和500平方米（…）的；"
               "2.…租金损失总额超过10万元，且年租金损失比例超过原租赁合同年租金15%的；3.提前退租违约金额超过20万元的。」 — a list of cases under its lead-in is the "
               "text of the item that announces it, one task, its lines no items (Round 78's (b); round 35); the firm's "
               "seeking approval of its own lease is a step of that approval, and the commission's 审议 a review — "
               + NONE + "; [区属企业] accepted (RULING? 11); the thresholds joined to 超过／不超过 in 的-cases that trigger the "
               "approval are targets (round 30's line; Round 81's x307_01 第十条, governs: 50户以上的); 500 平方米, 6 个月 and "
               "15 % alike, unchecked; " + RULES_NODATE,
          **a03(A6)),
        S([A8, "（二）"], [], [QS, "子企业"], responsible_alternatives=[[], [QS], [QS, "其授权的子企业"]],
          note="「（二）不动产租赁行为应由区属企业或其授权的子企业履行集体决策程序。授权子企业决策的，应在履行集体决策程序后，上报区属企业集团备案；」 — 「由A或B＋verb」 "
               "names A and B (round 30's 「由A或B指定专人负责」), the agent of 由 with a verb of doing (履行…决策程序, deciding, "
               "is the firm's own act; round 67's 履行 reads a clause whose object is one's duties as a whole, Round 77's "
               "x299_04 第四条); a 的-phrase gives the name after the last 的 (rounds 32, 38): 子企业, the phrase accepted; "
               "none and [区属企业] accepted (RULING? 12); the filing with the group a sending (rule 3's receiver); lead [] "
               "(no 牵头); " + RULES_NODATE,
          **a03(A8, "（二）")),
        S([A8, "（四）"], [], [], responsible_alternatives=[["企业"]], targets=[(5, "年")],
          note="「（四）区属企业不动产应严控低效长租，企业可根据…因素合理制定单次租赁期限。如租赁期限超五年的，应建立相应的价格调整机制。」 — 严控 and 建立 have no "
               "body as subject (区属企业不动产 is the property), and 企业可… is an option (round 49 p46b) — " + NONE + "; "
               "[企业] accepted (the option's subject carried, RULING? 12's kin); 「超五年的」 a threshold joined to 超 in a "
               "的-condition that triggers the step, a target (round 30's line), 五 in words read as 5; " + RULES_NODATE,
          **a03(A8, "（四）")),
        S([A9, "（二）"], [], [QS, "子企业"], responsible_alternatives=[[QS], [QS, "其授权的子企业"]],
          note="「（二）采用竞价和择优方式的，应通过租赁平台以公开挂牌招租的方式确定承租人。区属企业或其授权的子企业应按公开招租的结果进行合同磋商与签订，并在租赁平台进行备案；」 — "
               "the subjects of 进行…磋商与签订 in an article (" + ARTICLE + "), 或 joining two names (round 30), the 的-phrase's "
               "head kept (rounds 32, 38); the platform is the channel 「通过…」, no doer; filing one's own contract is a "
               "filing for itself (Round 74's x292_01); lead [] (no 牵头); " + RULES_NODATE,
          **a03(A9, "（二）")),
        S([A10, "（一）"], [], [QS], lead_alternatives=[[QS]],
          note="「区属企业租赁合同变更应当遵循以下原则：（一）区属企业应根据规定履行招租程序、签订租赁合同，租赁合同生效后不得随意变更；」 — the item's subject of 签订 (in "
               "articles 签订 names its subject, rounds 48, 62 p52c; Round 77's x302_02) and of the ban that follows (Round 80: "
               "a ban on a party the rules name by kind stays work); " + ONE_LEAD + "; " + RULES_NODATE,
          **a03(A10, "（一）")),
        S([A12, "（二）"], [], [PT], lead_alternatives=[[PT]], responsible_alternatives=[[]],
          note="「租赁平台作为不动产租赁的实施平台应当履行以下职责：…（二）维护公开招租的公平性和公正性，对通过租赁平台开展的公开招租行为进行规范性审核；」 — a lead-in "
               "naming a body and a duty word gives its items the body (Round 81's x305_04 第四条, governs; 作为 a role, Round 77's "
               "x304_01 2.2), the review rule giving way to work placed so (Round 77's x299_03 第八条; Round 81); 租赁平台 the "
               "rules' defined name (第二条, 「本办法所称租赁平台是指…」) kept as printed (Round 81's x310_04); " + ONE_LEAD
               + "; none accepted; " + RULES_NODATE,
          **a03(A12, "（二）")),
        S(["第十五条 （权证规范）"], [], [QS], lead_alternatives=[[QS]],
          note="「区属企业因历史原因造成不动产权证不齐，或…区属企业实际占用并获取收益的不动产，应及时进行确权补证。区属企业在租赁前应确保不动产日常使用安全（…），并将相关情况告知"
               "承租人，同时承诺收益归属无争议。」 — an article of 附则 that gives work is a task (round 39; Round 78's (c): a closing point "
               "that also gives work), its subject of 确保, 告知 a doer (" + ARTICLE + "); the first sentence's 区属企业 "
               "inside the noun's description (round 30); the tenant a receiver; " + ONE_LEAD + "; " + RULES_NODATE,
          **a03("第十五条 （权证规范）")),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "授权子企业决策的，应在履行集体决策程序后，上报区属企业集团备案", "when": None, "when_norm": None,
              "note": "第八条（二）: the subsidiary's filing of its decision with the group — a sending the rules ask (Round 74's "
                      "Duties): undated"},
             {"what": "负责对国有企业不动产租赁进行登记备案", "when": None, "when_norm": None,
              "note": "第十二条（三）: the platform's registration of the firms' leases — a filing duty the rules place by 负责 "
                      "(Round 74's Duties: the head's dated and undated filings): undated"}],
     notes=["counting (leaf tasks; the notice 「…现印发给你们」 with its 附件 is one plan with the rules, round 30's two "
            "documents): 第一、二条 (purpose; scope and definitions), 第十四条 (interpretation), 第十八条 (force and a repeal) "
            "general provisions (round 30; Round 79's repeal); 第十一条 (the platform's conditions, （一）–（四） states: the "
            "scheme's terms, Round 74's x292_03 第十二条; x310_04 第十条), 第十三条 (（一）–（十三） the cases exempt from public "
            "tender, a list of classes under the chapter 「可不公开招租的情形」: terms, Round 78's (b)'s list read as the "
            "article's text), 第十六条 (参照 and an option: Round 78's (c); round 49 p46b) and 第十七条 (liability 「由有关部门依纪"
            "依法追究…」 naming no body the rules task, round 49's x39_03) no tasks; 第四条 （一）–（九） less （五） (鼓励 names "
            "no work, Round 77's x299_02 第七条) 8; 第六条 1 (a list of cases, Round 78's (b)); 第八条 （一）–（四） 4; 第九条 "
            "（一）–（三） 3 (the lead-in 「区属企业按以下方式招租：」 gives its items the firms, rule 4); 第十条 （一）（二）（四） 3 "
            "(（三） the tenant's option); 第十二条 （一）–（四） 4; 第三、五、七、十五条 1 each → **27**. Accepted: 28 (第四条（五）), "
            "26 (第十条（四） a filing only), 29 (第十三、十七条 one task each), 31 (第六条's five lines as items), 40 (第十三条's "
            "thirteen lines as items).",
            "units: round 44's article rule; lead-ins with a duty word (第四、十二条, Round 81) give their items their bodies; "
            "区国资委（区集资委） kept with its alias bracket; 子企业 from 「其授权的子企业」; 租赁平台 the rules' defined name; "
            "承租人 a party served or a receiver.",
            "dates: none for any item (issue date 2025-09-09, in force from issue); figures: 第六条's thresholds (targets), "
            "第八条（四）'s 超五年 (a target); 第十三条's 一年／1年／6个月 unchecked (no task); 嘉国资委〔2024〕1号 a document number."])

# ---------------------------------------------------------------------------------------------------------
X04 = "x313_04_yongfeng-2025-nongcun-jiti-zichan-zulin-guanli-ruogan-guiding.txt"
N04 = "关于印发《加强永丰街道农村集体资产租赁管理的若干规定》的通知"
P04 = "加强永丰街道农村集体资产租赁管理的若干规定"
CQ = "上海仓桥资产经营有限公司"
CC = "上海仓城农业发展有限公司"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title, printed over two lines (lines 9 and 11: 「加强永丰街道农村集体资产租赁管理的」 / 「若干规定」), "
                "joined; or the notice's title (line 1): either (round 45's pair)",
     doc_no="松永府规〔2025〕1号 (not printed in the text; the index's number)",
     issuer="上海市松江区人民政府永丰街道办事处",
     date="2025-04-18",
     date_note="signed 2025年4月18日 (the index: 2025-05-15); in force 2025年6月15日 to 2030年6月14日 (六、（三））",
     level="a street office (Yongfeng, Songjiang, Shanghai), rules on leasing out rural collective assets: who signs the "
           "leases, principles, guide prices (with a price list), terms of lease, contract management",
     source=src(N04 + ".md", "official page https://www.shanghai.gov.cn/zhengce/detail/0082::3c3cb7f03fed4b0fbb6c39786b3e4a92",
                2231),
     style="a notice (addressees ending in a half-width colon, one sentence with the dates, issuer, date); the title over "
           "two lines; a preamble; headed points 一、–六、 each heading on its own line (一、二、四、 childless paragraphs; "
           "三、 （一）–（四） run-in, （四） over 1、2、 headings with （1）… lines; 五、 六、 （一）–（三）); odd spaces as "
           "printed (「建筑 物」, 「不低于 0.85 元/天」, 「10000 元/年」, 「20000元 /年」); blank lines between paragraphs",
     leaf_tasks=8, count_alternatives=[7, 9, 17],
     leaf_tasks_by_section={"一": 1, "三": 3, "四": 1, "五": 3},
     childless_top_level_sections=["二"],
     samples=[
        S(["一"], [], [CQ, "承租方", CC], responsible_alternatives=[[CQ, CC]],
          note="「一、租赁主体 街道区域内所有对外出租的集体资产，包括…。其中，房屋及地上建筑物由上海仓桥资产经营有限公司与承租方签订租赁合同（包括托管资产）；土地、农田等由上海仓城农业"
               "发展有限公司与承租方签订租赁合同。」 — a childless point that gives work is a task (round 36; round 51 p47b); 「由A与B签订」 names "
               "A and B (round 30; Round 77's x302_02: 签订 makes doers with 由), 承租方 a party by role (Round 74's 房屋产权方), "
               "printed order, a name given once; the list without the tenant accepted (RULING? 13); lead [] (no 牵头); "
               + RULES_NODATE),
        S(["三", "（一）"], [], [],
          note="「（一）资产对外出租，租赁指导价原则上按照资产所处不同的区域地段、不同结构、类型的市场价格确定，签约价格不得低于同期同区域市场价格（原涉农居委会资产及特殊情况的除外）。」 — "
               "a line naming a limit on what the work may set is a task (Round 77's x299_01 第六条; Round 74's x296_01 三、（二）), "
               "in a point whose acts have no subject (round 65's x274_01) — " + NONE + "; 不得低于 joined to no figure; "
               + RULES_NODATE),
        S(["三", "（三）"], [], [], targets=[(1, "个月")],
          note="「（三）原则上租金实行先付后用，租房押金原则上不低于租赁合同一个月租金。租赁价格原则上不低于租赁指导价，如发生…低于租赁指导价等特殊情况的，经企业班子会集体讨论、报街道主任"
               "办公会讨论批准，并报永丰街道农村集体资产监督管理委员会办公室备案。」 — 实行 and the approvals and sendings name none (" + CLOSED + "; rule 3: "
               "「经A…批准」; Round 77's x299_01 第十条) — " + NONE + "; 「不低于…一个月租金」 a floor joined to a comparison word, a "
               "target (round 30's line), 一个月 in words read as 1 个月; the filing a sending with no sender named (no duty "
               "checked); " + RULES_NODATE),
        S(["四"], [], [], targets=[(3, "年")], not_targets=[(1, "年")],
          note="「四、租赁期限 新合同签订原则上一年一签，最长原则上不得超三年。…确需超出规定租赁期限的，需经企业班子会集体讨论、报街道主任办公会讨论批准后方可签订租赁合同。签订三年以上租赁期限的，"
               "租赁价格应确定一定的增长比例。」 — a childless point that gives work is a task (round 36); its acts have no body as subject "
               "and the approvals name none (" + CLOSED + ") — " + NONE + "; 「不得超三年」 a ceiling joined to a comparison "
               "word (原则上不超过, round 30's line) and 「三年以上的」 a trigger, both 3 年 (the target); 「一年一签」 a rhythm of "
               "signing with no comparison word, a norm (round 30's line: 「按500户配1名」), 1 年 not_target; " + RULES_NODATE),
        S(["五", "（一）"], [], [], responsible_alternatives=[["企业"]],
          note="「（一）合同签订生效后，企业应配备专人负责保管，建立合同档案和合同管理台帐，并按规定及时将合同录入松江区农村集体“三资”监管平台、报街道农村集体资产监督管理委员会办公室备案。」 — "
               "配备 and 建立 are outside the closed list (" + CLOSED + "), 专人负责 a person's (round 30: a person is never a "
               "unit), and the firm's entry and filing of its own contracts a filing for itself (round 42; Round 74's x292_01) — "
               + NONE + "; [企业] accepted (RULING? 14); 「…后」 dates nothing; " + RULES_NODATE),
        S(["五", "（三）"], [], [],
          note="「（三）集体资产使用过程中若出现违法、违规行为，导致出现符合法律规定或合同约定的解除条件的，应及时解除租赁合同，并依据法律法规等规定追究相关部门及人员的责任。」 — "
               "acts owed with no subject give work (round 65's x274_01), a task; the departments and persons are the objects "
               "of 追究 — " + NONE + "; " + RULES_NODATE),
     ],
     plan_targets=[(0.85, "元/天"), (750, "元/年"), (1400, "元/年")],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks; headed points, the notice 「…请遵照执行」 one plan with the rules, round 30's two documents): "
            "the preamble; 二、租赁原则 (a principle point naming no doer: a section by Round 80's aims line and round 68's "
            "principle, 严把／严禁／确保 with no subject); 三、（四） (「经综合排摸测算，租赁指导价如下：」 and its 1、2、 headings over "
            "nine price lines: the scheme's terms naming no act, Round 75's p57f-1, Round 81's x308_04 二/(三), their figures "
            "plan targets); 六、（一） (参照, Round 78's (c)), （二） (an option, round 49 p46b), （三） (interpretation, force: "
            "general provisions) no tasks; 一、 1 (a childless point that gives work), 三、（一）–（三） 3, 四、 1, 五、（一）–（三） 3 → "
            "**8**. Accepted: 9 (二、 as a task naming no unit), 7 (三、（一） a standard only), 17 (三、（四）'s nine price lines "
            "as items).",
            "units: rule 2's closed list (headed points); the two companies by 「由A与B签订」; 企业 (五、) only by verbs outside "
            "the list; 专人 persons; the street's offices only approve or receive.",
            "dates: none for any item (2月27日 the meeting, 6月15日 publication and force, 2030-06-14 expiry); figures: "
            "1 个月 (三、（三）), 3 年 (四、) targets; the price list's 0.85 元/天, 750 元/年, 1400 元/年 plan targets (0.70, "
            "1.80, 1.50, 1.60, 1.30, 800, 10000, 20000 unchecked)."])

# Round 61 (align83): answers aligned to tests/data/CONVENTIONS.md "Round 83 rulings, written early" (README, round 61)
from aligned_rulings import align83  # noqa: E402

align83("x313_01", ["第四条 (管理部门)"], "「当房屋协议置换的实施主体为其他由区人民政府指定的主体时，…所在地的街道办事处、镇人民政府，应当配合做好…相关工作」 (第四条, a paragraph of a duties article): 当…时 after a state of the work's objects picks a class that decides which body acts (round 43; Round 79), no event; rule 3's contingency is 「确需…的」「发生…时」「如有…」, and a duties article's paragraphs are each body's own work (round 54). The form: 「当X为Y时，A应当＋verb」 as a paragraph of its own names A by its verb (RULING? 2)",
        "Units, turned: rule 2's several clauses, round 42's 「A应当配合做好…」 and Round 79's class over rule 3's contingency; + 街道办事处, 镇人民政府 (accepted already), the builder's list stays accepted",
        resp=["区房管局"] + FG5 + ["街道办事处", "镇人民政府"], resp_alt=[["区房管局"] + FG5])
align83("x313_01", ["第十三条 (被置换主体的确定)"], "「房屋协议置换补偿合同应当由实施主体与房屋所有权人、公有房屋承租人签订」 (第十三条): 「由A与B＋verb」 names both, a party by role included (Round 81's 土地使用权人; Round 74's 房屋产权方), for the signing is B's own act; round 30's beneficiary is one who only applies or receives (RULING? 4)",
        "Units, turned: round 30's 「由A与B签订」 and Round 81's x309_01 第五条 over the beneficiary reading; [实施主体, 房屋所有权人, 公有房屋承租人] (accepted already), [实施主体] stays accepted",
        resp=[SS, "房屋所有权人", "公有房屋承租人"], resp_alt=[[SS]])

write_collected(DIR)
