# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next343/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 65 (built by helper c343, for round 66): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate``); every
answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings, written
early" to its end in full — Rounds 83–91 — older rulings only where a ruling quoted there led) applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next343/make_expected.py tests/data/plans-next343
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for x343_01–03
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file gave for x343_04
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer into a scratch file and its character count checked against the stored count less the wrapper")


def src(commit, path, url, chars):
    return f"{REPO} @ {commit}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars} characters stored, wrapper included)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb, 做好 included (Round 83's x311_03 第四条; Round 89's "
           "x331_04 第十六条); an application (round 30's applicant), a review of a submission and the decision on it "
           "(Round 85's x321_02; Round 87's x327_04), a sending (Round 83's x315_01 第十一条) and options (可, round 49 "
           "p46b) name none")
CLOSED = ("outside articles rule 2's list is closed (round 30; Round 83's x316_01 一; Round 91's x335_03 六): 加强, 建立, "
          "开展 without 组织, 做好, 引导, 探索, 推进, 完善, 督促 (a pivot) name no doer, 要 changing nothing (Round 89's x332_04)")
NOSUBJ = ("acts of the plan's own work with no subject give work (round 65's x274_01; Round 87's x325_03 三、; Round 89's "
          "x330_07): a task naming no unit")


# ---------------------------------------------------------------------------------------------------------
X01 = "x343_01_jinshan-fangguanju-2021-qushu-zhengshou-anzhi-zhufang-guanli-banfa.txt"
P01 = "金山区区属征收安置住房管理办法"
N01 = "区房管局关于印发《金山区区属征收安置住房管理办法》的通知"
FGJ = "区房管局"
XMZR = "项目责任单位"
KFZT = "房地产开发建设主体"
A4_1 = "第四条（职责分工）"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title line (line 17) or the notice's title (line 1): either (round 45's pair)",
     doc_no="金房管规〔2021〕1号 (the stored front matter; the text prints none)",
     issuer="上海市金山区住房保障和房屋管理局",
     date="2021-05-11",
     date_note="the cover is signed 2021年5月11日 (line 13; the index and front matter date it 2021-05-12); 第二十六条's "
               "自2021年6月1日起施行，有效期至2025年5月31日 is a general provision (round 30); no task prints a date — "
               "「按照时间节点要求」 (第二十条（二）) names none, 「闲置5年时间以上的」 (第二十一条（二）) is a trigger, no date",
     level="a district housing bureau to the bodies concerned: how district-owned resettlement housing for expropriation "
           "is recognised, priced, built, pre-sold, allocated, transferred and checked (the measures were passed by the "
           "district government's standing meeting)",
     source=src(C2B, "区房管局关于印发《金山区区属征收安置住房管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0081::00814223199ecced3d84ce238a06e654feae", 6073),
     style="a short cover notice (signed, then 「附件」), the measures' title, eight chapters 「第N章 title」 and 26 articles "
           "「第N条（heading）」 on a line of their own with items （一）… below (第七条（一） holds 1.–7.); 第十一条's heading "
           "prints 「第十一条 （…程序)」 with a space and a half-width close bracket; 第二十五、二十六条 run their text on the "
           "heading line",
     leaf_tasks=39, count_alternatives=[37, 38, 40, 41, 42, 43, 44, 75, 80],
     leaf_tasks_by_section={"第一–三条": 0, "第四条": 4, "第五条": 3, "第六条": 0, "第七条": 0, "第八条": 2,
                            "第九条": 3, "第十条": 0, "第十一条": 4, "第十二条": 0, "第十三条": 5, "第十四条": 2,
                            "第十五条": 2, "第十六条": 0, "第十七条": 2, "第十八条": 0, "第十九条": 6, "第二十条": 3,
                            "第二十一条": 1, "第二十二条": 1, "第二十三条": 1, "第二十四条": 0, "第二十五、二十六条": 0},
     childless_top_level_sections=[],
     samples=[
        S([A4_1, "（一）"], [], [FGJ], lead_alternatives=[[FGJ]], **art(X01, [A4_1, "（一）"]),
          note="「（一）区房管局是本区征收安置住房工作的行政管理部门，负责征收安置住房项目综合管理和协调推进工作，并具体组织实施…统筹管理。」 — "
               "「A是…的X部门」 designates A (Round 85's x319_04 第四条) and 负责 and 组织实施 name it (rule 2); an article in "
               "总则 that gives work is a task (round 30); " + ONE_LEAD + "; " + NODATE),
        S([A4_1, "（二）"], [], ["区发改委", "区财政局", "区规划资源局", "区建管委"],
          responsible_alternatives=[["相关职能部门"],
                                    ["区发改委", "区财政局", "区规划资源局", "区建管委", "相关职能部门"]],
          **art(X01, [A4_1, "（二）"]),
          note="Round 93 (turned; Round 89's governs on x329_04 — the printed names stand where only a call follows 等 — over "
               "Round 87's x325_02 第二十二条): [相关职能部门] → [区发改委, 区财政局, 区规划资源局, 区建管委] — x325_02 gives the "
               "kind where the words after 等 name a narrower kind the names illustrate (政府派出机构, 宣传媒体单位); 相关职能部门, "
               "like 相关单位／有关部门, is a call, and under a 职责分工 heading any verb names its subject (round 44); the old "
               "[相关职能部门] stays accepted, as does the list with it; the builder's reading follows. 「（二）区发改委、区财政局、区规划资源局、区建管委等相关职能部门按照各自职责，做好项目规划管控、前期审批、土地供应、建设监管、竣工验收以及审价结算等各环节的管理。」 — "
               "in articles the subject of 做好 is a doer (" + ARTICLE.split(";")[0] + "); names before 等 that illustrate "
               "a kind named after it give that kind (Round 87's x325_02 第二十二条; Round 91's x336_04 (四) [宣传媒体单位], "
               "confirmed) — 相关职能部门 is a kind, not the bare call 相关单位 after which Round 89's governs on x329_04 kept "
               "the printed names; the printed names, with or without the kind, accepted (RULING?: Round 91's x337_04 第四条 "
               "kept both readings); no 牵头: lead []; " + NODATE),
        S([A4_1, "（三）"], [], ["各街镇", "新城区发展公司", "房建集团", "回购单位"],
          responsible_alternatives=[["各街镇（金山工业区)", "新城区发展公司", "房建集团", "回购单位"],
                                    ["各街镇", "新城区发展公司", "房建集团"],
                                    ["各街镇", "新城区发展公司", "房建集团", "项目责任单位", "回购单位"]],
          **art(X01, [A4_1, "（三）"]),
          note="「（三）各街镇（金山工业区)、新城区发展公司、房建集团是征收安置住房项目的责任单位(以下简称“项目责任单位”），负责…土地前期工作、方案设计…并确定征收安置住房项目回购单位。回购单位负责征收安置住房建设管理、协调及回购资金筹措。」 — "
               "「A是…的责任单位…，负责…」 designates and names A (Round 85's x319_04; rule 2's 负责), and 回购单位, the body "
               "the first sentence has them pick, is a doer by its own 负责 (rule 2); a bracket naming the body that stands in "
               "for the kind in one area is dropped (Round 85's x321_01 三、（二）; Round 89's x331_02 第四条) — the printed "
               "name (its mixed brackets as printed) accepted; the defined name 项目责任单位 only defined here serves where it "
               "acts later (Round 83's x311_02 第十五条) — accepted with it; no 牵头: lead []; " + NODATE),
        S(["第九条（建房协议价格确定）", "（二）"], [], [FGJ], lead_alternatives=[[FGJ]],
          **art(X01, ["第九条（建房协议价格确定）", "（二）"]),
          note="「（二）区房管局负责对征收安置住房项目建房协议价格的监管，建房协议价格不应高于区发改委、区财政局、区规划资源局、区建管委、区房管局共同确认的第三方测算价格。」 — "
               "「A负责…的监管」 names A (rule 2's 负责; Round 88's x325_02 第四条 form 「A负责…的审核」 names A); the five bodies "
               "inside the 的-phrase that describes the price are no doers (round 30: a body inside a noun's description); "
               "不应高于 has no figure (no target); " + ONE_LEAD + "; " + NODATE),
        S(["第十一条 （建房协议价格调整程序)", "（三）"], [], [XMZR], lead_alternatives=[[XMZR]],
          responsible_alternatives=[[XMZR, FGJ]],
          **art(X01, ["第十一条 （建房协议价格调整程序)", "（三）"]),
          note="「（三）项目责任单位重新委托第三方审价单位进行核实论证、提出审核意见后，形成新的建房协议价格报区房管局。区房管局书面征询区发改委…等部门意见并同意后，最终报区政府批准。」 — "
               "「A委托B＋verb」 names A, B the pivot's object (round 35; Round 91's x337_01 第三条, confirmed); the bureau's "
               "consultation and consent on the price submitted to it are steps of its review, and consulting other bodies "
               "inside a review names none (Round 91's x340_04 第十七条, turned), 报…批准 a step of the approval (Round 77's "
               "x299_01 第十条) — the bureau accepted; " + ONE_LEAD + "; " + NODATE),
        S(["第十三条（开发建设主体确定）", "（二）"], [], [FGJ], lead_alternatives=[[FGJ]],
          **art(X01, ["第十三条（开发建设主体确定）", "（二）"]),
          note="「（二）区房管局负责对项目责任单位初步确定的房地产开发建设主体资质等进行审核。」 — a review placed on a body "
               "by 负责 names it (Round 88's x325_02 第四条: 「A（按…规定）实施／负责…的审核」 names A; Round 83's governs on "
               "x315_03 第三条), the review rule giving way; the 项目责任单位 inside the 的-phrase is no doer (round 30); "
               + ONE_LEAD + "; " + NODATE),
        S(["第十三条（开发建设主体确定）", "（四）"], [], [XMZR, KFZT], **art(X01, ["第十三条（开发建设主体确定）", "（四）"]),
          note="「（四）按照相关程序，项目责任单位及房地产开发建设主体双方签订《项目建设委托意向书》，并办理土地定向挂牌手续。」 — "
               "签订 makes doers in articles (Round 85's x320_09 五: 签订 names doers only with 由 or in articles; round 30's "
               "「由A与B签订」 names both; Round 83's x313_01 第十三条), 双方 an apposition naming no third body; no 牵头: "
               "lead []; " + NODATE),
        S(["第十九条（房源管理）", "（三）"], [], [], lead_alternatives=[[XMZR]], responsible_alternatives=[[XMZR]],
          **art(X01, ["第十九条（房源管理）", "（三）"]),
          note="Round 93 (turned; Round 90's governs on the staffing form — A is a doer only by another clause of rule 2's "
               "list, in articles too — over round 44's any verb): [项目责任单位] → none — 落实专人 staffs the work and 做好 "
               "stands outside rule 2's list; the old [项目责任单位] stays accepted (lead too); the builder's reading follows. "
               "「（三）项目责任单位应落实专人负责对各村、居委会上报的…补偿安置对象的信息审核工作，并通过区征收安置住房信息管理系统，定期做好安置对象基本信息、房屋补偿协议、…等相关信息审核、录入、更新及上报工作。」 — "
               "「A落实专人负责X」 names none by itself (Round 88's governs on x234_05 etc.; Round 85's x322_01 二、（三）); "
               "A is a doer only by another clause of its own in the item, and in articles 做好 after A is one (round 44; "
               "Round 83's x311_03 第四条) — the 并 clause's subject read as the unit's, not the 专人's (RULING?: Round 88 "
               "listed 做好 among verbs outside rule 2 in points; if the 并 clause is the staff's work, none — accepted); the "
               "regular upload is a duty (below); the 村、居委会 that report are senders (rule 3); " + ONE_LEAD + "; "
               + NODATE),
        S(["第十九条（房源管理）", "（四）"], [], ["区规划资源局", FGJ], responsible_alternatives=[[FGJ], []],
          **art(X01, ["第十九条（房源管理）", "（四）"]),
          note="「（四）对于涉及集体土地上征地房屋（搬迁等）项目，由区规划资源局核实确认…房源分配情况，并在《征收安置住房供应单》管理部门栏中盖章确认；对于涉及国有土地上房屋征收（搬迁等）项目，由区房管局核实确认…盖章确认。对于今后新的《征收安置住房供应单》中房源管理部门一栏，由区房管局负责盖章确认。」 — "
               "the agent of 由 with a verb of doing is a doer (rule 2), 由A负责 certainly; 「对于涉及X的」 picks the objects the "
               "work falls on, no contingency (Round 87's x327_01 细则 一; Round 79); the departments' confirming of the "
               "housing their own scheme allots is their own work, as the expropriating side's finding of facts is (Round "
               "87's governs on x325_04) (RULING?: or a review of what the 项目责任单位 allotted, naming none by Round 85's "
               "x319_01 第七条（三） but for the 负责 clause — [区房管局] and none accepted); no 牵头: lead []; " + NODATE),
        S(["第十九条（房源管理）", "（五）"], [], [XMZR], lead_alternatives=[[XMZR]],
          **art(X01, ["第十九条（房源管理）", "（五）"]),
          note="「（五）项目责任单位应严格按照签约、审核、选房、开具供应单、签订预（销）售合同、结算房款、交付房源等程序分配房源。」 — "
               + ARTICLE.split(";")[0] + " (分配); " + ONE_LEAD + "; " + NODATE),
        S(["第二十一条（房源转化）", "（二）"], [], ["区政府"], targets=[(5, "年")], lead_alternatives=[["区政府"]],
          responsible_alternatives=[["区政府", "区房建集团"]],
          **art(X01, ["第二十一条（房源转化）", "（二）"]),
          note="「（二）因征收安置住房房型配比等问题，造成部分房源无供应对象，闲置5年时间以上的，由区政府指定区房建集团统一收储并纳入区级平台，全区统筹供应管理。」 — "
               "「由A指定B＋verb」 names A (Round 87's governs on x326_03: 由A指定专人负责 names A; Round 89's x331_01 五: "
               "由相关街道书面指定…居民委员会临时代行 gave [相关街道]), B the pivot's object (round 30) — B accepted; 「闲置5年"
               "时间以上的」 is a 的-clause of its own with no head noun that triggers the step, a target 5 年 (round 30's line; "
               "round 49; Round 83's x313_03 第六条), not a class inside a noun (round 58); （一）'s 可转化 is an option, no "
               "task (round 49 p46b); " + ONE_LEAD + "; " + NODATE),
        S(["第二十三条（考核）"], [], [], **art(X01, ["第二十三条（考核）"]),
          note="「征收安置住房项目建设和管理应纳入对街镇（金山工业区）、新城区发展公司、房建集团领导班子年度绩效考核工作。强化责任落实，严格责任追究，加大对…履职情况的考核评估。」 — "
               "acts with no subject (" + NOSUBJ + "); the bodies assessed are objects, no doers; 年度 names the assessment's "
               "kind, no date; " + NONE + "; " + NODATE),
     ],
     plan_targets=[(2, "%"), (3, "%")],
     plan_targets_note="第七条（二）「管理费、利润分别按照不超过本条第（一）项第2目和第3目费用之和的2%和3%计取」: a scheme's terms in no "
                       "task, joined to 不超过, give plan targets (Round 85's x321_04 第八条; Round 75's p57f) — 第七条 reckons "
                       "the price, a standard of reckoning (Round 87's x325_04 五、（三））, no task; 第2目／第3目 are pointers",
     phases=[],
     duties=[{"what": "区房管局审核后，将确定的征收安置住房项目房地产开发建设主体向区政府报告", "when": None, "when_norm": None,
              "note": "第十三条（三） — a plan body sending the result of its own review, asking no 批准 or 同意 of the "
                      "receiver: a filing of its results, an undated duty (round 48; Round 87's x328_04 四、（二）, turned); "
                      "the sending for 批准 in 第九条（三）、第十一条（一）（三） are steps of approval, no duties (Round 77's "
                      "x299_01 第十条; Round 89's x329_04 第九条)"},
             {"what": "通过区征收安置住房信息管理系统，定期做好安置对象基本信息…等相关信息审核、录入、更新及上报工作",
              "when": "定期", "when_norm": None,
              "note": "第十九条（三） — a recurring report the rules set within the units' own work (EXPECTED.md: recurring "
                      "reporting rhythms; Round 87's x326_09 三/3), 定期 printing no rhythm: undated"}],
     notes=["counting (leaf tasks): general provisions 第一条 purpose, 第二条 definition, 第三条 scope, 第二十五条 "
            "interpretation, 第二十六条 entry into force (round 30); lists of what an applicant hands in 第六、十六条 (the "
            "scheme's terms, Round 83's x315_04; Round 87's x323_01 第二十六条); 第七条 a standard of reckoning the price "
            "(Round 87's x325_04 五、（三））; 第十条 a manner of settling and a reckoning (text, Round 91's x339_01 第五条); "
            "第十二条 what a developer must hold (Round 87's x327_02 五); 第十八条 whom the housing may go to (the scheme's "
            "terms for beneficiaries, Round 83's x314_09); 第二十一条（一） an option (可); 第二十四条's first sentence keeps to "
            "the rules (Round 86's (b)), 有权 a power (Round 87's x325_02 第二十条), the rest the standard liability clause "
            "(Round 91's x340_04 第七十九条) — text; 第十四条（一）（二） states the works meet (Round 88's x290_01), 第十七条（三） "
            "keeps to policy (Round 86's (b)) — text; every other numbered item a task → **39**. Accepted: 37, 38 (第十五条（一）"
            "/第十一条（四） read as a party's applications, no tasks), 40–44 (第十七条（三）, 第十四条（一）（二）, 第十条（一）（二）, "
            "第二十四条 counted), 75 (every numbered line but the general provisions), 80 (every numbered line and article).",
            "units, not sampled: 第四条（四） 房地产开发建设主体 (应履行…执行…确保: 履行 names none, round 67; 执行 in articles — "
            "RULING? not asked); 第五条（三） 区房管局会同…联合预审 (a joint review of an application, Round 77's x304_04 第十五条"
            "（二）: none; Round 85's x319_04 第五–八条 read a joint check of the bodies' own matter); 第八条（一） [项目责任单位, "
            "第三方审价单位] (委托; 由A＋进行评估); 第九条（一）、第十三条（一） [项目责任单位] (确定 in articles); 第十三条（五） "
            "[房地产开发建设主体, 回购单位] (签订) with 由区房管局鉴证确认 (a certification of a contract, a review: none); "
            "第二十条（二） [房源供应单位, 房源用房需求单位] (签订); 第二十条（三） 由双方 (a pointer, Round 87's x323_02 第二十一条)",
            "dates: none (see date_note)",
            "figures: target 5 年 (第二十一条（二）); plan targets 2 %, 3 % (第七条（二））; 原件1份／复印件1份 counts of papers "
            "in lists of materials (no tasks); 二级以上 (第十二条) a grade in no task; ±0.00 a level mark (第十五条（一））, "
            "unchecked"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x343_02_baoshan-jianguanwei-2021-nongmin-xiangdui-jizhong-juzhu-zhuzhai-zhiliang-anquan-guankong-banfa.txt"
P02 = "关于加强宝山区农民相对集中居住住宅质量安全管控的管理办法"
N02 = "关于印发《关于加强宝山区农民相对集中居住住宅质量安全管控的管理办法》的通知"
JS = "区建设管理部门"
A4_2 = "第四条（职责分工）"
A7 = "第七条（工程监管）"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the measures' title, printed over two lines (15, 17: 「关于加强宝山区农民相对集中居住住宅」「质量安全管控的管理办法」), "
                "one title (plans-dev EXPECTED.md: a title split over lines is one; Round 87's x326_08), or the notice's "
                "title (line 1): either (round 45's pair)",
     doc_no="宝建〔2021〕18号 (the stored front matter; the text prints none)",
     issuer="上海市宝山区建设和管理委员会",
     date="2021-04-06",
     date_note="the cover is signed 2021年4月6日 (line 13); 第十二条's 本办法自发布之日起实施 is a general provision; no task "
               "prints a date; 定期 (第五条（三）, 第九条) prints no time",
     level="a district construction commission to the bodies concerned: quality and safety control of the new homes "
           "built to resettle farmers in towns and in village clusters",
     source=src(C2B, "关于印发《关于加强宝山区农民相对集中居住住宅质量安全管控的管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0078::07363c08-07e0-46b7-a649-5199af5cb6a8", 3210),
     style="a short cover notice (signed), the measures' title over two lines, 12 articles 「第N条（heading）」 on a line of "
           "their own; 第五条 and 第七条 hold items printed as heading lines 「（一）机构配置」 with their paragraph below, "
           "第七条（二） holding （1）（2）; a closing 「附件：住宅质量安全管控重点概述」 line whose attachment is not printed",
     leaf_tasks=11, count_alternatives=[10, 12, 13, 14],
     leaf_tasks_by_section={"第一–三条": 0, "第四条": 1, "第五条": 3, "第六条": 1, "第七条": 3, "第八条": 0,
                            "第九条": 1, "第十条": 1, "第十一条": 1, "第十二条": 0},
     childless_top_level_sections=[],
     samples=[
        S([A4_2], [], ["区规划资源行政管理部门", "区建设行政管理部门", "各镇人民政府", "各相关村委会", "区农业农村委",
                       "区发展改革委", "区生态环境局", "区绿化市容局", "区公安分局", "区民政局"],
          responsible_alternatives=[["区规划资源行政管理部门", "区建设行政管理部门", "各镇人民政府", "各相关村委会",
                                     "区农业农村委", "区发展改革委", "区生态环境局", "区绿化市容局", "区公安分局", "区民政局",
                                     "有关部门"],
                                    ["区规划资源行政管理部门", "区建设行政管理部门", "各镇人民政府", "各相关村委会", "有关部门"],
                                    ["区规划资源行政管理部门", "区建设行政管理部门", "各镇人民政府", "各相关村委会", "镇政府",
                                     "区农业农村委", "区发展改革委", "区生态环境局", "区绿化市容局", "区公安分局", "区民政局"]],
          **art(X02, [A4_2]),
          note="four paragraphs: 「区规划资源行政管理部门负责…」「区建设行政管理部门负责…，是本区进城镇集中居住项目质量安全管理的实施主体，指导、协调…」「各镇人民政府是…实施主体，落实部门和人员，定期开展安全检查，负责进行…现场指导和监督检查。各相关村委会配合镇政府，开展村内住宅日常巡查和保修…」「区农业农村委、区发展改革委、…区民政局等有关部门按照各自职责，协同实施本办法。」 — "
               "a 职责分工 article of paragraphs is one task naming every body it gives work, in printed order, each once "
               "(Round 82's p60c-1; Round 87's x327_02 二, confirmed): 负责 (rule 2), 「A是…的实施主体」 (Round 85's x319_04), "
               "配合 with a subject of its own (round 46's p44g), 协同实施 (Round 91's x340_02 第三条, confirmed); names before "
               "等 followed by the bare 有关部门 are the names (Round 89's governs on x329_04; Round 91's x337_04 第四条) — "
               "with 有关部门, or the kind alone, accepted; the 镇政府 the villages serve is the 各镇人民政府 named before "
               "(each once, Round 82) — with it accepted; no 牵头: lead []; " + NODATE),
        S(["第五条（机构配置及队伍建设）", "（一）"], [], [], lead_alternatives=[["各相关镇"]],
          responsible_alternatives=[["各相关镇"]],
          **art(X02, ["第五条（机构配置及队伍建设）", "（一）"]),
          note="Round 93 (turned; Round 90's governs on the staffing form over round 44's any verb): [各相关镇] → none — "
               "明确分管负责人, 配好配强…队伍 staff the work; 加强 stands outside rule 2's list; 落实 with a cost as object names "
               "a payer (round 30's 由A保障); the old [各相关镇] stays accepted (lead too); the builder's reading follows. "
               "「（一）机构配置」 with 「各相关镇要加强组织领导，明确分管负责人和监管机构，结合…专管员制度，配好配强…专业监管队伍，并落实相应的工作经费保障。」 — "
               "an item printed as a heading line has the paragraph after it as its body (round 32; Round 86's (d)); in "
               "articles the subject of a verb of doing is a doer (round 44): 配好配强 a team is work (RULING?: Round 88's "
               "and Round 90's staffing form — 落实／配备／确定 persons or posts names none — might reach 配好配强…队伍 and "
               "落实…经费保障 a payer's; none accepted); " + ONE_LEAD + "; " + NODATE),
        S(["第五条（机构配置及队伍建设）", "（三）"], [], ["区建设行政管理部门"],
          lead_alternatives=[["区建设行政管理部门"]],
          **art(X02, ["第五条（机构配置及队伍建设）", "（三）"]),
          note="「（三）业务培训」 with 「区建设行政管理部门定期组织开展农民相对集中居住建设工程监管人员的工作例会和业务培训，逐步提高综合管理水平。」 — "
               "组织开展 names its subject (rule 2); the recurring meeting is a duty (below); " + ONE_LEAD + "; 定期 prints "
               "no time; " + NODATE),
        S(["第六条（工程主体责任）"], [], ["房屋产权人", "项目建设单位", "建设单位", "设计、勘察、监理、施工等单位"],
          responsible_alternatives=[["房屋产权人", "项目建设单位", "建设单位", "设计", "勘察", "监理", "施工等单位"],
                                    ["建设单位", "设计、勘察、监理、施工等单位"]],
          **art(X02, ["第六条（工程主体责任）"]),
          note="「房屋产权人或项目建设单位要加强对…建设工程的管理，并对建筑结构和消防安全等负责。建设单位依法对工程设计、勘察、施工安全质量负首要责任。设计、勘察、监理、施工等单位依法对…负主体责任。各参建单位从业人员依法对…承担相应的个人责任。」 — "
               "「A负Y责任」 designates A inside an item that gives work (Round 87's x326_07 第六条; Round 91's x337_03 四, "
               "confirmed), 「对…负责」 likewise, 或 joining doers (round 49), and in articles 加强…管理 is a verb of doing "
               "(round 44); fields sharing one head are one name as printed, 等 kept (round 31; Round 91's x337_03 四) — "
               "split names accepted; 从业人员 are persons, never units (round 30); no 牵头: lead []; " + NODATE),
        S([A7, "（一）"], [], [JS], lead_alternatives=[[JS]], **art(X02, [A7, "（一）"]),
          note="「（一）进城镇集中居住」 with 「该类项目的工程建设要严格按照建设管理部门的基本建设程序进行，要引导…企业参与安置房的建设工作…。区建设管理部门按照《上海市建设工程质量和安全管理条例》负责监督与管理工作，加强质量安全监管，确保…」 — "
               "the heading line's item with its paragraph (round 32); 负责 names A (rule 2); 建设管理部门 inside 「…的基本建设"
               "程序」 is a body inside a noun's description (round 30); " + ONE_LEAD + "; " + NODATE),
        S([A7, "（二）", "（1）"], [], [JS], lead_alternatives=[[JS]], **art(X02, [A7, "（二）", "（1）"]),
          note="「（1）由各镇统一建设的农村集中平移居住点项目，参照进城镇集中居住项目的建设程序，按相应规定进行勘察、设计、施工、监理单位的招标。区建设管理部门按照…负责监督与管理工作，在设计环节应加强…；在施工环节应加强…；在验收环节应加强分户验收，未经验收或验收不合格的，不得交付农民使用。」 — "
               "负责 names A (rule 2); 各镇 inside 「由各镇统一建设的…项目」 describes the noun (round 30: a body inside a noun's "
               "description); the tender with no subject is the rules' work (round 65's x274_01); " + ONE_LEAD + "; "
               + NODATE),
        S([A7, "（二）", "（2）"], [], ["各镇", "施工单位", "工程参建各方", "镇政府"],
          responsible_alternatives=[["各镇", "施工单位", "镇政府"], ["各镇", "镇政府"], ["各镇", "施工单位"]],
          **art(X02, [A7, "（二）", "（2）"]),
          note="「（2）由农民委托建房的农村集中平移居住点住宅，各镇要加强对施工单位资质的审核，禁止…，出台总包单位名单供农民选择；工程开工前，农民应向…镇政府申请开工报告，各镇应认真做好工程相关资料台账登记工作；施工单位应成立项目管理机构…；工程参建各方在施工过程中，应参照…张贴施工铭牌…接受相应监督；项目竣工后，由镇政府委托有关机构对工程进行验收，并做好项目竣工备案。」 — "
               + ARTICLE.split(";")[0] + " (出台, 做好; a regulated firm bound by 应 to act, Round 84's p61a-2; Round 89's "
               "x331_04 第十五条); 「由A委托B＋verb」 names A (round 35); the farmers are applicants and persons (round 30), "
               "the town government they apply to a receiver there; 工程参建各方 names the parties by a kind (「各方」 with "
               "a head), a doer by 张贴 (RULING?: or a bare 各方 with no kind, a call — the lists without it accepted); 镇政府 "
               "kept as printed beside 各镇 (round 43: a name printed differently is kept; Round 90's x329_04); no 牵头: "
               "lead []; " + NODATE),
        S(["第九条（质量安全巡查）"], [], [JS], lead_alternatives=[[JS]], **art(X02, ["第九条（质量安全巡查）"]),
          note="「区建设管理部门建立常态化质量安全巡查制度，落实相关责任部门，制定切实可行的巡查制度，对…定期组织开展质量安全巡查。对于检查中发现的问题，及时通知相关单位进行限期整改，并及时跟进整改情况。」 — "
               "建立 in articles (round 44) and 组织开展 (rule 2) name A; 相关责任部门 staffed by 落实 and 相关单位 told to "
               "correct are objects (Round 90's staffing form; round 30's pivot); a check that orders correction is the "
               "body's own work (Round 87's x325_01 第二十四条); " + ONE_LEAD + "; " + NODATE),
        S(["第十条（投诉处理）"], [], [JS, "各镇"], **art(X02, ["第十条（投诉处理）"]),
          note="「区建设管理部门负责进城镇集中居住的新建安置房和由各镇统一建设的…新建住宅涉及质量安全的12345热线转办件和信访件的处理。 各镇负责由农民委托建房的…新建住宅的12345热线转办件和信访件的处理。」 — "
               "an article with no items is one task, its paragraphs its work (round 38), each 负责 naming its body in printed "
               "order (rule 2; Round 89's x334_02 第五条: a body whose work is to take in complaints does it); 12345 names a "
               "hotline, no quantity (EXPECTED.md: names with digits); no 牵头: lead []; " + NODATE),
        S(["第十一条（督查考核）"], [JS], [JS], lead_alternatives=[[]], **art(X02, ["第十一条（督查考核）"]),
          note="「区建设管理部门负责牵头对各镇农民相对集中居住住宅质量安全管控工作进行督查考核，对相关镇重点考核…，考核结果将纳入区领导干部绩效考核。」 — "
               "「A牵头（负责）」: lead A, responsible A (rule 2), lead [] accepted as 负责 leads; the towns assessed are "
               "objects; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区建设行政管理部门定期组织开展农民相对集中居住建设工程监管人员的工作例会和业务培训", "when": "定期",
              "when_norm": None,
              "note": "第五条（三） — a recurring coordination rhythm of the plan's own bodies is a duty (EXPECTED.md; Round "
                      "85's x320_09 二; Round 91's x338_02 「定期召开…例会」, confirmed), 定期 printing no rhythm: undated"}],
     notes=["counting (leaf tasks): general provisions 第一条 basis, 第三条 scope and definitions, 第十二条 entry into force "
            "and interpretation (round 30); 第二条（指导思想） a point of guiding ideas (p51e; Round 84's p61c-1 names "
            "指导思想 among sections); 第八条 「各相关镇可委托第三方专业机构协助工作」 an option (可, round 49 p46b); 第四条 one "
            "task (Round 82's p60c-1), 第十条 one task (its two paragraphs, round 38); 第五条 3, 第七条 3 ((一), (二)/(1), "
            "(二)/(2)) → **11**. Accepted: 10 (第六条 read as designation only), 12 (第八条, or 第十条 as two), 13 (with "
            "第二条 too), 14 (第四条's four paragraphs as tasks)",
            "units: rule 2 and, in articles, round 44; the names as printed: 区建设行政管理部门 (第四、五条) and 区建设管理部门 "
            "(第七、九、十、十一条) are kept each where printed (round 43; no alias rewritten, round 32)",
            "dates: none (see date_note)",
            "figures: none; 12345 a hotline's name"])


# ---------------------------------------------------------------------------------------------------------
X03 = "x343_03_baoshan-2017-guanche-zhuzhai-wuye-guanli-guiding-ruogan-yijian-tongzhi.txt"
P03 = "关于深入贯彻落实《关于进一步贯彻实施<上海市住宅物业管理规定>的若干意见》的通知"
N03 = ("上海市宝山区人民政府批转区住房保障房屋管理局关于深入贯彻落实《关于进一步贯彻实施＜上海市住宅物业管理规定＞的若干意见》"
       "的通知")
JZ = "各街镇"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the forwarded notice's title, printed over three lines (11, 13, 15), one title (plans-dev EXPECTED.md; "
                "Round 87's x326_08), with its half-width <> as printed, or the cover's title (line 1, full-width ＜＞): "
                "either (round 30's two documents under one cover: the forwarded document's title or the notice's)",
     doc_no="宝府〔2017〕8号 (the stored front matter; the text prints none)",
     issuer="上海市宝山区人民政府 (forwarding 区住房保障房屋管理局's notice)",
     date="2017-02-13",
     date_note="the cover is signed 2017年2月13日 (line 9); the forwarded notice prints no date; no item prints a date",
     level="a district government forwarding its housing bureau's notice to towns, street offices and district "
           "bodies: carrying out the city's 2016 opinions on residential property management (industry supervision, "
           "owners' committees, practical works, self-governance)",
     source=src(C2B, "上海市宝山区人民政府批转区住房保障房屋管理局关于深入贯彻落实《关于进一步贯彻实施＜上海市住宅物业管理.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0078::1102e179-6546-4d3d-99a5-e5c42f6350af", 3879),
     style="a forwarding cover (「…已经区政府同意，现转发给你们」, signed), the forwarded notice's title over three lines, a "
           "preamble, five points 一、–五、 (一、 childless, three paragraphs; 二、–五、 a lead paragraph then （一）–（三） run in "
           "「（一）要…。…」), and a closing paragraph after 五、（三）",
     leaf_tasks=12, count_alternatives=[11, 13],
     leaf_tasks_by_section={"一": 1, "二": 3, "三": 3, "四": 2, "五": 3},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [JZ], responsible_alternatives=[[], ["各街镇（园区）"]],
          note="「一、充分认识贯彻落实《若干意见》的重要意义」 with three paragraphs: its significance; 「各部门、各单位要把贯彻落实…作为当前一项重要工作来抓；要认真制定并组织实施…学习、宣传和培训计划…」; 「各部门、各单位要全面落实…责任分工。房屋管理、民政、…环保等相关职能部门要着重加强对街镇（园区）的服务和统筹协调，做好…；各街镇（园区）要切实承担起住宅物业管理的属地主体责任，建立健全联席会议机制，落实负责部门，充实人员力量…；各居民区要进一步强化指导和监督责任…」 — "
               "a childless top-level point that gives work (instructions 要 to the plan's bodies) is a task (Round 84's "
               "p61c-1; only 工作目标／指导思想／总体要求／基本原则 points stay sections); 各部门、各单位 together call the "
               "cover's addressees back, a call (Round 89's x330_02; Round 91's x336_02), 组织实施 with a call naming none "
               "(round 30: a general call); the fields before 等相关职能部门 are one name (round 31) with 加强／做好, outside "
               "rule 2 (round 30); 「A要切实承担起…属地主体责任」 designates A inside an item that gives work, as 「A负主体责任」 "
               "does (Round 87's x326_07 第六条; round 30: 「由A承担…责任」 names a doer) (RULING?: 承担…责任 without 由 in "
               "points; none accepted); 落实负责部门 staffs (Round 90's form); a bracket naming the body that stands in for "
               "the kind in other areas is dropped (Round 89's x331_02 第四条; Round 85's x321_01 三、（二）) — the printed "
               "name accepted; no 牵头: lead []; " + NODATE),
        S(["二", "（一）"], [], [],
          note="「（一）要加强物业服务企业管理。建立健全业务指导和监督管理制度，加强对物业服务企业行业管理，开展…动态检查。加大…检查力度。加强对物业企业的督察，规范…」 — "
               "acts with no subject (" + NOSUBJ + "); the section's lead-in 「区住房保障房屋管理局、各街镇（园区）要切实按照…"
               "要求，加强指导、服务和监督，推动和帮助…」 gives its items units only by a clause of rule 2 (rule 4; Round 91's "
               "x338_07 一), and 加强指导／推动 are none (rule 3's guide; round 30's pivot); " + NONE + "; " + NODATE),
        S(["二", "（三）"], [], [], responsible_alternatives=[[JZ]],
          note="「（三）要做好物业服务托底保障。各街镇（园区）要结合本地区实际，建立和完善物业服务应急机制，…建立…应急处置机制，并确定应急物业单位。对…的住宅小区，可应业主委员会要求，指定临时托管单位。」 — "
               + CLOSED + "; 确定 and 指定 without 由 are none of rule 2's forms, 可 an option (round 49 p46b) — "
               "[各街镇] accepted; " + NONE + "; " + NODATE),
        S(["三", "（二）"], [], [], responsible_alternatives=[["居民委员会"]],
          note="「（二）要更加加强对业主大会、业主委员会日常运作的指导和监督。建立对业主委员会运作的评价制度，…。对选聘物业服务企业、…等涉及大多数居民群众利益的事项，居民委员会应督促业主委员会依法召开业主大会，广泛征求业主意见并形成决议。」 — "
               "督促 is a pivot outside rule 2, the verbs after its object the object's (round 30; Round 83's x316_02 （十四））, "
               "and the owners' committee is no plan body doing the plan's work (the object) — " + CLOSED + "; " + NONE
               + "; " + NODATE),
        S(["三", "（三）"], ["街镇"], ["街镇"], lead_alternatives=[[], ["街镇（园区）"]],
          responsible_alternatives=[["街镇", "居民委员会"], ["街镇（园区）"]],
          note="「（三）要完善优化业主自我管理机制。根据…示范文本，修订和完善住宅小区相关文本，…。对尚无条件成立业主大会和业主委员会的，由街镇（园区）牵头、居民委员会加强指导，帮助业主加强自我管理。推进实施《上海市文明居住行为规范》…」 — "
               "「由A牵头」 gives lead A (rule 2), a bracket naming the body that stands in for the kind in other areas "
               "dropped (Round 89's x331_02) — the printed name accepted; 「对…的」 picks the estates the work falls on, no "
               "contingency (Round 87's x327_01 细则 一; Round 79); 居民委员会加强指导 is rule 3's guide, no 配合 — the list "
               "with it accepted; lead [] accepted (the doer alone); " + NODATE),
        S(["四", "（一）"], [], [],
          note="「（一）要加大落地实事工程建设力度。加大对住宅修缮、旧房改造、…绿化等…实事工程的建设力度，制订计划、落实责任、注重质量、确保资金、统筹推进。」 — "
               "落实 with 责任 is rule 2's verb, but no body is printed as its subject, and the lead-in 「各相关职能部门、各街镇"
               "（园区）要以贯彻…为契机，…加快落地旧房改造等实事工程」 gives units only by a clause of rule 2 (rule 4), 加快落地 "
               "none; " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["四", "（二）"], [], [],
          note="「（二）要大力整治难点顽症。加大对住宅小区违法建设和破坏房屋承重结构、“群租”、…的整治力度。通过规范停车划线、改造小区机动车停车位，努力缓解…“停车难”矛盾。研究解决…历史遗留问题。」 — "
               + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["五", "（一）"], [], [],
          note="「（一）要进一步发挥居民委员会在业主自治管理中的作用。强化居民委员会对…的指导、服务和监督职责。探索在居民委员会设立物业环境专业委员会，…推进居民委员会和业主委员会成员交叉任职。完善住宅小区矛盾化解长效机制，实现街镇层面调解工作的全覆盖。」 — "
               "the 居民委员会 named are the objects of 发挥／强化／设立 (no subject printed), a body inside a noun's "
               "description no doer (round 30); " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["五", "（二）"], [], [],
          note="「（二）要积极引导专业社会中介组织参与小区管理。通过政府购买服务的形式，建立和完善…社区治理模式，引导专业社会中介组织为业主大会组建…等住宅小区管理事务提供服务，工作全面覆盖。」 — "
               "引导 is a pivot (round 30), its object no unit; " + NOSUBJ + "; " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the forwarded notice's points (round 30: two documents under one cover, the forwarded "
            "document's items the tasks): 一、 a childless point giving work, a task (Round 84's p61c-1); 二、–五、's lead "
            "paragraphs lead into their items (no leaves); （一）–（三） of 二、三、五、 and （一）（二） of 四、 → **12**. The "
            "closing paragraph 「各相关职能部门、各街镇（园区）要认真落实责任，加强协调配合，形成工作合力…」 after 五、（三） is read as "
            "五、（三）'s body (round 32's trailing paragraph; Round 91's x337_02 四、（三）3., confirmed), not sampled — it "
            "would give 五、（三） [各相关职能部门, 各街镇] by 落实责任 (round 46); counted on its own it gives 13 (accepted). "
            "Accepted: 11 (一、 read as a section of significance), 13.",
            "units: the lead paragraphs of 二、–五、 print no clause of rule 2 (加强指导、服务和监督; 重视和规范; 以…为契机，加快"
            "落地; 健全和完善), so they give their items nothing (rule 4)",
            "dates: none; figures: 「1+6」文件 (五、（三）) is a name with digits, no quantity"])


# ---------------------------------------------------------------------------------------------------------
X04 = "x343_04_putuo-fangguanju-2026-zhufang-fazhan-shiwuwu-guihua.txt"
P04 = "普陀区住房发展“十五五”规划"
N04 = "上海市普陀区住房保障和房屋管理局关于印发《普陀区住房发展“十五五”规划》的通知"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the plan's own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="普房管〔2026〕72号 (the stored front matter; the text prints none)",
     issuer="上海市普陀区住房保障和房屋管理局",
     date="2026-07-23",
     date_note="the cover is signed 2026年7月23日 (line 9); the plan covers “十五五” (2026–2030); dates in 一、 are past "
               "outturns; 四、（二）3's 「2027年底」「2030年底」 and 「2032年全面完成…」 stand in indicator items (no tasks); "
               "五、（三）1 prints the goal 「2030年基本完成不成套职工住宅改造」 (the goal's date, no deadline: Round 93, turned); 「“十五五”期间」 in "
               "四、（二）1–2 and 五、（一）2 names the plan's span (no sample rests on it)",
     level="a district housing bureau, with the district government's consent, to the bodies concerned and the street "
           "offices and town: the district's five-year housing plan (review, trends, guiding line, goals and "
           "indicators, main tasks, safeguards)",
     source=src(C49, "上海市普陀区住房保障和房屋管理局关于印发《普陀区住房发展“十五五”规划》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075204750&siteId=0075", 10322),
     style="a short cover (signed), the plan's title, three preamble paragraphs, six points 一、–六、 with （一）… and 1、… "
           "heading lines each over a paragraph; a flattened indicator table 「表1」 (one cell a line; its first row's "
           "target cell prints only 「张」); no units in 五、主要任务, a 牵头 and a 落实…责任 in 六、保障措施",
     leaf_tasks=13, count_alternatives=[11, 12, 14, 18, 19, 20, 33],
     leaf_tasks_by_section={"一、发展基础": 0, "二、发展趋势": 0, "三、指导方针": 0, "四、发展目标和主要指标": 0,
                            "五、（一）": 5, "五、（二）": 3, "五、（三）": 3, "六、（一）": 1, "六、（二）": 0, "六、（三）": 1},
     childless_top_level_sections=["三"],
     samples=[
        S(["五", "（一）", "1"], [], [],
          note="「1、建立“人房地钱”要素联动机制」 with 「适应…新形势，根据人口变化确定住房需求总量与结构，根据住房需求科学安排土地供应与筹措存量房源，引导配置金融资源…，实现以人定房…」 — "
               "a heading line with its paragraph is one item (round 32); " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["五", "（一）", "3"], [], [],
          note="「3、建立“以旧换新”的常态化工作机制」 with 「…需要打通居民卖旧买新的堵点…；协调房地产开发企业、房地产经纪机构、计划卖旧买新的居民，建立“以旧换新”常态化工作机制，完善支持政策，对符合一定条件的“以旧换新”居民给予一定程度的补贴。」 — "
               "协调 is a pivot, its objects no units (round 30); " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["五", "（一）", "4"], [], [], responsible_alternatives=[["市房管局"]],
          note="「4、健全房地产市场监测预测体系」 with 「健全对普陀区房地产市场数据与信息的监测预测体系，与市房管局密切交流了解全市房地产市场数据变化，与本区其他相关部门保持动态联络…，及时调整房地产调控松紧度，加强…全过程监管，规范…秩序。」 — "
               "「与A交流／保持联络」 with no subject and no verb of rule 2 names no partner (round 30's 「由A与B签订／共同＋verb」 "
               "needs 由 or 共同; Round 91's x339_04 第五条 read 共同 in an article) — [市房管局] accepted; " + NOSUBJ + "; "
               + NONE + "; " + NODATE),
        S(["五", "（一）", "5"], [], [],
          note="「5、稳健发展住房租赁市场」 with 「进一步落实“租购并举”的国家方针，…继续实施多主体、多渠道增加租赁住房供应，…鼓励发展长租公寓，…积极落实2025年国务院颁布的《住房租赁条例》，继续推进…，引导相关主体进行租赁合同网签备案，强化租赁市场监管…」 — "
               "落实 and 实施 with no subject printed name no body (rule 2 needs its subject or 由A); 2025年 a year (no "
               "target, no deadline: the law's issue); " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["五", "（二）", "1"], [], [], responsible_alternatives=[["相关职能部门", "属地街镇"]],
          note="「1、完善保障性租赁住房运行机制」 with 「随着保障性租赁住房持续入市供应，相关职能部门、属地街镇应持续开展保障性租赁住房安全巡查、人口信息采集、安全隐患排查和政策宣传等日常工作，加强供后管理，…」 — "
               "开展 without 组织 is outside rule 2's closed list (round 30; Round 85's x318_05), 应 changing nothing — the "
               "two accepted; " + NONE + "; " + NODATE),
        S(["五", "（二）", "3"], [], [],
          note="「3、实施“以购代建”筹措保障房房源」 with 「多渠道筹措保障房，实施“以购代建”，有助于…。…普陀区可根据市场情况，尝试收购合适的新房，…。进一步拓展筹措渠道，探索通过收购存量房源（包括住宅、商办等）用作保障性住房，增加房源供应。」 — "
               "可 gives an option (round 49 p46b), and the item still gives work in its own sentences (拓展, 探索), so it is "
               "a task (" + NOSUBJ + "); 普陀区 is a place with no head (round 43; Round 83's x315_01 第二十条); " + NONE
               + "; " + NODATE),
        S(["五", "（三）", "1"], [], [],
          note="Round 93 (turned; rounds 39 and 44 — a goal's date stays the goal's — over Round 89's governs on x332_03): "
               "2030 → no deadline — the year sits inside a quoted goal the item works toward; x332_03 reads an aims point "
               "that dates the completion of the items' own tasks; the scorer keeps no deadline alternative; " + NODATE
               + "; the builder's reading follows. 「1、攻坚推进不成套职工住宅改造」 with 「围绕“2030年基本完成不成套职工住宅改造”的总体目标，全面梳理存量不成套房屋状况，科学制定改造时序和计划。…确保改造工作有序推进，…推进小梁薄板改造，…实施一批可复制、可推广的改造示范项目。构建…补偿标准体系…」 — "
               "the item's own text prints the year by which its work — the reform of non-self-contained housing — is to be "
               "done, so it dates the item (EXPECTED.md: the literal expression and its resolved date; Round 89's governs on "
               "x332_03 一: a date of completion of the tasks an item carries dates them; round 37), 2030 as printed, no "
               "month (RULING?: the year stands inside the quoted name of the overall goal the item 围绕s; round 39 keeps a "
               "goal's date as the goal's — no deadline is the other reading, and the scorer takes no deadline "
               "alternatives); " + NOSUBJ + "; " + NONE),
        S(["五", "（三）", "3"], [], [],
          note="「3、积极推进住宅小区物业服务质价双提升」 with 「抓住“美丽家园”建设等窗口期，持续推动低质低价小区开展物业费调价，推广与市最低工资标准挂钩的市场调节机制，…。同时，加强对物业企业的指导监督，不断提升物业行业整体服务质量。」 — "
               + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["六", "（一）"], ["房管部门"], ["房管部门"], lead_alternatives=[[]],
          responsible_alternatives=[["房管部门", "发展改革、财政、规划和自然资源等单位"]],
          note="「（一）畅通规划的协调实施」 with 「要把本规划确定的目标任务，列入年度重点工作，明确区级部门职责，细化分工，落实部门责任。完善住宅市场、住房保障工作联席会制度，由房管部门牵头，加强与发展改革、财政、规划和自然资源等单位的沟通协调，建立住房、土地、金融、财税等协调联动机制。…」 — "
               "「由A牵头」: lead A, responsible A (rule 2); the bodies after 与 are partners of 沟通协调, no 配合／参与／协助 "
               "(rule 2's list) — with them (fields before 等 under one head, one name, round 31) accepted; an item of "
               "保障措施 that names a unit is a task (seeds EXPECTED.md lines 3–5); 年度重点工作 names no date; lead [] "
               "accepted; " + NODATE),
        S(["六", "（三）"], [], ["各有关部门"], lead_alternatives=[["各有关部门"]], responsible_alternatives=[[]],
          note="「（三）严格规划的监督考核」 with 「加大本规划实施考核力度，…将本规划实施工作纳入对各街道、镇政府、区属各有关部门的目标责任考核。加强动态监测，明确责任主体，…实施年度专项督查。各有关部门应强化并分解落实规划的具体责任，并严格进行年度考核和责任追究…」 — "
               "落实 with 责任 as its object is rule 2's (round 46; Round 87's x326_10 三: 层层落实责任; Round 91's x335_04 "
               "二/（一）/3), 分解 before it as 传达／部署 before it (Round 83's x312_03 三/2; Round 91's x335_04 三/（一））, and "
               "各有关部门 is among rule 2's groups of bodies (CONVENTIONS.md rule 2: 「各有关部门」) — the item names a unit, "
               "so it is a task (seeds lines 3–5) (RULING?: or 各有关部门 as a general call with no kind, round 30 and Round "
               "80's p59a-2 有关单位 — none accepted); the bodies assessed are objects; 年度 names kinds of check, no date; "
               + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[(3200, "张"), (80, "万平方米")],
     plan_targets_note="四、（二）1 「“十五五”期间，将新增筹措供应新时代城市建设者管理者之家床位3200张」 and 2 「预测供给80万平方米商品住宅」 "
                       "(表1 row 2 「80万平方米」): the levels the plan's indicator items set are plan targets (round 25; Round "
                       "87's x326_08 二: 95, 80, 90 % plan targets; Round 89's x332_02); 表1 row 1's target cell prints "
                       "only 「张」; past outturns in 一、 (4459套（间）, 32665套（间）, 250万平方米, 1286台 …) and the national "
                       "figures in 二、 (41.76平方米, 67.89%, 70%) are no targets (EXPECTED.md: past outturns)",
     phases=[], duties=[],
     notes=["counting (leaf tasks): 一、发展基础 (a review of 2021–2025 and of problems) and 二、发展趋势 (analysis) state "
            "facts and trends, no work (round 66's x271_05: a line stating only a state is text); 三、指导方针 a childless "
            "section of guiding ideas (p51e); 四、（一）发展目标 and 四、（二）主要指标 1、–5、 are items of 工作目标 that name no "
            "unit, not tasks in a plan whose tasks name units (seeds EXPECTED.md lines 3–5; Round 87's x326_08: items "
            "stating aims and an indicator's level give no work), their figures plan targets; 表1's rows are the "
            "indicators again; 五、主要任务's eleven items name no unit but are the plan's tasks (not 工作目标 or 保障措施); "
            "六、保障措施: （一）[房管部门] and （三）[各有关部门] name units, tasks; （二） 「各相关部门须将目标分解至各年，制定年度计划…」 "
            "names none by rule 2 (分解, 制定, 开展 outside the list), no task → **13**. Accepted: 11 (五、 only), 12 (六、（三）'s 各有关部门 read as a call, RULING?), 14 (六、（二） "
            "too), 18 and 19 (with 四、（二）1–5, RULING?: the plan's 五、 names no unit at all, so plans-dev 08's every-leaf "
            "reading might reach 四、 and 六、), 20 (四、（一） too), 33 (every numbered line, 一、 and 二、 included)",
            "units: 五、 none anywhere (rule 2's forms never printed with a subject); 六、 as sampled",
            "dates: 五、（三）1 none (the quoted goal's 2030 is the goal's: Round 93, turned); 五、（一）2 「合理制定“十五五”期间土地供应计划」 names the plan's span (not "
            "sampled); no phases (the plan prints no stages); no duties (六、 asks annual plans, evaluations and checks, "
            "no report or sending)",
            "figures: plan targets 3200 张, 80 万平方米; 五、 prints no figure but years"])

write_collected(DIR)
