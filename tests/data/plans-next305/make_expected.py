# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next305/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 60 (built by helper c305): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was written
here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 74 rulings, written early" to its end in
full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next305/make_expected.py tests/data/plans-next305
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"     # the commit read_file gave for all four stored files
STORED = ("the stored text (read whole with read_file, no commit given; the answer named the commit above); only the "
          "repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank lines around "
          "them, the `# ` marker before the notice title), cut by a script at the first 「\\n# 」; the stored file as copied "
          "(wrapper + text) had the character count read_file gives")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/消防与人防/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations; in 第X条 articles the subject of a "
        "verb of doing): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), rounds 54, 62 p52c, 66; Round 77's x299_01 第十三条: in 第X条 articles a body named by a kind or "
           "a party by role standing as the subject of the article's verb of doing is a doer whatever the verb (加强 included, "
           "round 63); filing or sending for itself (rounds 42, 46; Round 75's p57a-2), paying, options (可), a duty held "
           "(履行, rounds 67, 70) and a review of a submission name none")
REVIEW = ("round 68's x274_04, round 70's x286_01 第七条, Round 74's x292_02 / x292_03 第五条（二）, Round 77's x302_05 第十一、十二条 "
          "and x304_04 第十五条（二）: a review of a submission (a check of an application or a filing, its acceptance, the "
          "decision and its own steps) names none, in articles too; the steps of the decision are work, a task naming no unit")
ITEMS = ("lines after a work clause 「…监督检查包括：」「…采用以下方式：」「…应当检查下列内容：」 are the work's parts, items (round 63's "
         "x248_01 / x248_02 / x248_04; round 44's 「…主要包括：」; Round 77's x299_04 第二十四条), each taking the lead-in's doer "
         "where it names none (rule 4)")
DUTYLIST = ("a duty list's lead-in 「A负有下列职责：」 gives its items A (Round 75's p57a-2: the lead-in, rule 1 and round 56, not "
            "rule 2), and 「A应当履行下列…职责：」 under the heading 「（派出所职责）」 is that lead-in; round 67's 履行 names none only "
            "where it stands as the work itself (Round 77's x299_04 第四条)")
CASES = ("Round 78's (b): a list of breaches or cases under a lead-in 「发现…有下列行为之一的，应当…：（一）…」「有下列行为之一的，由A…处罚：」 "
         "is the text of the item that announces it, one task with its lead-in, its lines no items (round 35; Round 74's "
         "x297_04 四、(三))")
LIMIT = ("a time limit counted from an event with no comparison word (「N个工作日内」「N日内」「二十四小时内」) is the deadline rule: "
         "neither a target nor a deadline (rounds 33, 34, 54; round 65's x275_05; round 70's x291_02)")
SENDING = ("a report or a sending (报告, 报送, 推送, 移交) names no doer, in articles too (Round 75's p57a-2; Round 77's x299_01 第十条 "
           "and x299_03 第十六条's 移交), and an instruction to send is work, a task naming no unit (round 55's x248_01 第八条, "
           "decided); the sending is a duty (Round 74's Duties: a sending the rules ask of a body they task, of its own "
           "results or of what it meets in its work)")
BAN = ("不得 with its act gives work and names none, though its party is printed (round 67's x280_04; round 70's x286_04 第十一条)")
NOUN = ("a body inside the description of the noun the clause keeps 「A产生的…信息，…归集到…」「A对B的监督检查包括」 is no doer "
        "(round 30's 「参加由A组织的培训」; Round 74's x292_04 九、; round 70's x291_02 二/（一）/1)")
RULES_NODATE = ("standing rules: no item writes a date (the only dates are the notice's, the rules' entry into force and "
                "expiry, general provisions; limits 「N日内」「N个工作日内」 are counted from an event: rounds 33, 54) → " + NODATE)
PERSON = ("a person is never a unit (round 30: 「由分管副区长牵头」 gives lead []); 民警, 检查人员, 取样人员, 见证人员, 所长 are persons, "
          "and no post or person is rewritten into its body (Round 74's 你局; Round 77's x301_01 二/（二）, decided: a heading "
          "post's duties given by verbs of work are tasks naming no unit)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x305_01_shi-guodongban-2025-renfang-gongcheng-fanghu-shebei-jianyan-jiance-guanli-banfa.txt"
P01 = "上海市人民防空工程防护设备检验检测管理办法"
N01 = "关于印发《上海市人民防空工程防护设备检验检测管理办法》的通知"
RF = "人防主管部门"
JC = "检验检测机构"
JS = "建设单位"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title line (line 11) or the notice's title line (line 1): either (round 45's pair)",
     doc_no="沪国动规〔2025〕5号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市国防动员办公室",
     date="2025-12-30",
     date_note="the notice is dated 2025年12月30日 (the index: 2025-12-30); in force 2026年1月1日 to 2030年12月31日 (第四十条)",
     level="the city national-defence-mobilisation office (Shanghai), measures on the testing of civil air-defence works' "
           "protective equipment and protective performance: duties, testing of production (raw materials, factory, "
           "on-site sampling), of installation, of the works' protective performance (air-tightness, ventilation, "
           "structure), the testing bodies, testing requirements (contracts, schemes, sampling, records, reports), "
           "supervision",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0026::2ece4cf42c6d44a9942cbe9cdff5a295", 4453),
     style="a notice (addressees 「各区国动办，各有关单位：」, 「…请认真按照执行。」, issuer, date); the measures' title line; eight "
           "chapters 「第N章 …」; 40 articles 「第N条 text」 (the label and its text on one line, one space, no headings); items "
           "（一）–（六） in 第三十六条 and （一）–（四） in 第三十七条; 第七条 broken by a stored blank line inside its sentence",
     leaf_tasks=35, count_alternatives=[27, 30, 32, 33, 34, 36, 37],
     leaf_tasks_by_section={"第五条": 1, "第六条": 1, "第七条": 1, "第九条": 1, "第十条": 1, "第十一条": 1, "第十二条": 1,
                            "第十四条": 1, "第十五条": 1, "第十八条": 1, "第十九条": 1, "第二十条": 1, "第二十二条": 1,
                            "第二十四条": 1, "第二十五条": 1, "第二十六条": 1, "第二十七条": 1, "第二十八条": 1,
                            "第二十九条": 1, "第三十条": 1, "第三十一条": 1, "第三十二条": 1, "第三十三条": 1,
                            "第三十五条": 1, "第三十六条": 6, "第三十七条": 4, "第三十八条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第六条"], [], ["上海市国防动员办公室", "有关区国防动员办公室", "管委会人民防空部门"],
          responsible_alternatives=[[RF], ["上海市国防动员办公室", "有关区国防动员办公室", "授权或委托的管委会人民防空部门"],
                                    ["上海市国防动员办公室", "区国防动员办公室", "管委会人民防空部门"]],
          **art(X01, ["第六条"]),
          note="「上海市国防动员办公室、有关区国防动员办公室、授权或委托的管委会人民防空部门（以下简称人防主管部门）负责所对应管辖范围内…检验检测活动的监督管理。」 — "
               "负责 (rule 2) names its three subjects, separate heads split on 、 (round 31); the defining bracket 「（以下简称…）」 "
               "is dropped and the full names kept (round 43; Round 78's x95_02), the short name accepted; a 的-phrase gives the "
               "name after the last 的 (rounds 32, 38; Round 77's x304_02 第十九条) → 管委会人民防空部门, the printed phrase "
               "accepted (as x299_04 第四条's 「授权的管委会人民防空部门」); 有关 before the district offices kept as printed, the "
               "name without it accepted; lead [] (no 牵头); " + RULES_NODATE),
        S(["第七条"], [], [], **art(X01, ["第七条"]),
          note="「第七条 本市推进人防工程防护设备检验检测监督管理」, a stored blank line, 「的信息化建设。」 — a stored break is the layout's, and a line "
               "that goes on inside a sentence is the same item's text (rounds 34, 61; Round 74's x293_01 2.2（6））: one article; "
               "本市 is the city as a place, and an article whose instruction has no doer but an act (推进…建设) is a task naming no "
               "unit (round 63's x248_02 第六条 「本市加强…」) — " + NONE + "; " + RULES_NODATE),
        S(["第十二条"], [], [JS], [(20, "%")], lead_alternatives=[[JS]], responsible_alternatives=[[JS, "施工单位"]],
          **art(X01, ["第十二条"]),
          note="「防护设备进入人防工程施工现场后，建设单位应委托检验检测机构抽样检验检测，抽样率不低于每批次进场防护设备20%。…检验检测发现不合格项的，施工单位应在监理"
               "单位的见证下对…防护设备进行退场处理，…」 — 「A委托B＋verb」 names A (round 35; Round 74's x297_04 三、(三)2、), in an "
               "article the subject of the verb (" + ARTICLE + "); the second paragraph is a case inside the article whose work is "
               "something else (rule 3; Round 78's p58c-2: a case holds where another clause of work stands beside it), so "
               "施工单位 is none by it — accepted (RULING? 1); 「在监理单位的见证下」 is a witness like 「在A指导下」 (rule 3); "
               + ONE_LEAD + "; 不低于 20% is a floor (round 30's line) → 20 %; " + RULES_NODATE),
        S(["第十八条"], [], [], [(20, "%"), (1, "处")], **art(X01, ["第十八条"]),
          note="「工程口部防护设备气密性实行抽样检验检测，抽样率不低于20%，抽样应每个防护单元不少于1处。…应开展双倍数量的抽样检验检测；…应全数检验检测。…应及时开展整改"
               "修复并复检，直至合格。」 — acts of the scheme with 应 and no subject give work (round 65's x274_01; round 63's x248_02 "
               "第六条): a task naming no unit — " + NONE + "; 不低于20% and 不少于1处 are floors (round 30's line) → 20 %, 1 处; "
               "「每个防护单元」 names the unit counted, no figure; " + RULES_NODATE),
        S(["第二十五条"], [], [JC], lead_alternatives=[[JC]], responsible_alternatives=[[JC, "监理单位"]],
          **art(X01, ["第二十五条"]),
          note="「检验检测机构应根据相关规定，…制定检验检测方案，明确抽检方式、抽检数量及检测总体时间控制。监理单位应对检验检测机构出具的检验检测方案进行审核。」 — "
               "the testing body is the subject of 制定 (" + ARTICLE + "); the supervisor's 审核 of the scheme another body drew "
               "up is a review of a submission (" + REVIEW + "), so 监理单位 is none — accepted (RULING? 2); " + ONE_LEAD + "; "
               + RULES_NODATE),
        S(["第二十六条"], [], [], responsible_alternatives=[["施工单位"]], **art(X01, ["第二十六条"]),
          note="「…现场取样采取见证旁站方式，施工单位的取样人员在建设单位或者监理单位的见证人员监督下对进入施工现场的防护设备实施抽样。」 — the doer of 实施 is "
               "「施工单位的取样人员」: a 的-phrase gives the name after the last 的 (rounds 32, 38), 取样人员, persons (" + PERSON
               + "); the witnesses are persons too, and 「在A监督下」 is a guide (rule 3) — " + NONE + "; [施工单位] accepted (the "
               "staff read as their firm, RULING? 3); " + RULES_NODATE),
        S(["第二十八条"], [], ["委托方", "施工单位"], responsible_alternatives=[["委托方"]], **art(X01, ["第二十八条"]),
          note="「人防工程防护设备检验检测的委托方应当真实提供开展检验检测活动所需的资料、物品及必要条件，施工单位应予以配合。」 — the client is the "
               "subject of 提供 (of anything but money, work: Round 74's x292_03 第十三条) (" + ARTICLE + "); 配合 with a subject of "
               "its own makes a doer (round 46's p44g; Round 77, turned on x300_07 四/3 and x301_01 三/（一））; the 的-phrase "
               "before 委托方 says whose client (the 的-rule keeps the head) → 委托方; lead [] (no 牵头); the client alone "
               "accepted; " + RULES_NODATE),
        S(["第三十二条"], [], [JC, "委托方"], [(6, "年")], **art(X01, ["第三十二条"]),
          note="「检验检测机构及委托方应加强资料管理，原始记录、检验检测报告数据不得随意抽撤、涂改。检验检测资料（含现场视频）留存期限不少于6年。…应长期保存。」 — "
               "及 joins two names (round 34; Round 78 on 及), both subjects of 加强 in an article (" + ARTICLE + "); the bans "
               "name none (" + BAN + "); lead [] (no 牵头); 不少于6年 is a floor on the work's own keeping (round 30's line: a "
               "floor of a standard) → 6 年; " + RULES_NODATE),
        S(["第三十三条"], [], [], responsible_alternatives=[[JC]], not_targets=[(3, "个工作日")], **art(X01, ["第三十三条"]),
          note="「检验检测机构在检验检测过程中发现…有违反相关法律法规、强制性标准情形或发现不合格项的，应当及时报告人防主管部门，其中，现场发现…不合格项的，应在检验检测完成后"
               "3个工作日内报告人防主管部门，…」 — " + SENDING + " — " + NONE + "; [检验检测机构] accepted; 「完成后3个工作日内」: " + LIMIT
               + " → 3 个工作日 not_target; the report is an undated duty (below); " + RULES_NODATE),
        S(["第三十六条", "（六）"], [], [], responsible_alternatives=[[RF]], **art(X01, ["第三十六条", "（六）"]),
          note="「（六）对已检验检测人防工程进行监督抽样检验检测。」 under 「人防主管部门对检验检测机构的监督检查包括：」 — " + ITEMS + "; but the lead-in's "
               "subject is the noun 「…的监督检查」, the authority inside its description (" + NOUN + "), so the lead-in gives no doer "
               "and the item names none of its own — " + NONE + "; [人防主管部门] accepted (the lead-in read as 「人防主管部门…检查」, "
               "RULING? 4); " + RULES_NODATE),
        S(["第三十七条", "（一）"], [], [RF], lead_alternatives=[[RF]], **art(X01, ["第三十七条", "（一）"]),
          note="「（一）进入现场（包括…）进行检查，或委托其他检验检测机构针对同一防护设备实施检验检测，核查检验检测结果的复现性；」 under 「人防主管部门实施监督检查时，"
               "采用以下方式：」 — " + ITEMS + ": the lead-in's subject is the authority with 采用 (" + ARTICLE + "), so the item "
               "takes it; 「A委托B实施」 names A, B none by that clause (round 35; Round 74's x297_04); the short name is the "
               "text's own (第六条's 以下简称), as printed (rounds 43, 48); " + ONE_LEAD + "; " + RULES_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "检验检测机构发现违反相关法律法规、强制性标准情形或发现不合格项的，应当及时报告人防主管部门，现场发现检验检测不合格项的，应在检验检测完成后3个工作日内报告人防主管部门",
              "when": "及时；检验检测完成后3个工作日内", "when_norm": None,
              "note": "第三十三条: the testing body's report of what it meets in its work to the authority (Round 74's Duties, "
                      "turned: a sending the rules ask of a body they task, of what it meets in its work): an undated duty, "
                      "its limit counted from an event"}],
     notes=["counting (leaf tasks; the notice 「现将《…》印发给你们，请认真按照执行。」 is one plan with the measures it issues, round 49's "
            "x229_04): 第一条 (purpose), 第二条 (scope, 参照), 第四条 (definition), 第三十九条 (interpretation), 第四十条 (force) "
            "general provisions (round 30; Round 78's (a), (c)); 第三条 (「本市推进…发展。…应遵守…，遵循…的原则」, principles, round "
            "68), 第八条 (「本市鼓励…」, 鼓励 names no work, rounds 30, 40), 第十三条, 第十六条 (definitions 「…包括…」「…是指…」), "
            "第十七条 (a definition and an option 「…可根据监管需要实施」), 第二十一条 (the qualifications a testing body must hold: a "
            "state and its own approval, round 66's x271_05; Round 77's x299_04 第九条), 第二十三条 (「…负有保密义务」, a duty held, "
            "rounds 67, 70), 第三十四条 (an option 可以) no tasks; 第五条 (「检验检测机构按照…目录进行检验检测，包括…」: the testing "
            "bodies' rule, an article's verb of doing), 第六条, 第七条, 第九条 (「…相关检验检测报告应纳入防护设备档案」: 应 with an act, "
            "round 65's x274_01), 第十、十一、十二、十四、十五、十八、十九、二十、二十二条 (不得 bans, " + BAN + "), 第二十四–三十三条, "
            "第三十五条 1 each; 第三十六条 （一）–（六） 6 and 第三十七条 （一）–（四） 4 (" + ITEMS + "); 第三十八条 1 → **35**. "
            "Accepted: 34 (第五条 or 第九条 read as a definition), 33 (both), 32 (第三十七条 one task), 30 (第三十六条 one task), 27 "
            "(both lists one task each), 36, 37 (第三条, 第二十三条 counted).",
            "units: no labels; article subjects of verbs of doing (委托, 制定, 提供, 配合, 加强, 签订, 采用) name the parties by role "
            "(建设单位, 检验检测机构, 委托方, 施工单位, 防护设备生产企业, 防护设备安装单位) and the authority (人防主管部门, the short name "
            "第六条 defines); reports, reviews (监理单位's 审核), witnesses (见证, 监督下), persons (取样人员, 见证人员) and bans "
            "name none; case clauses 「检验检测发现不合格项的，施工单位应…」 are rule 3's",
            "dates: 2025年12月30日 (the notice), in force 2026年1月1日–2030年12月31日; no item is dated; no phases; one undated duty "
            "(第三十三条)",
            "figures: targets 20 % (第十二、十五、十八、二十条), 1 处 (第十八条), 6 年 (第三十二条), 1 个 (第二十条 「不得少于一个防护单元」, "
            "unchecked); not target 3 个工作日 (第三十三条, a limit); 双倍 and 全数 name no figure"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x305_02_shi-guodongban-2023-renfang-hangye-jingying-zhuti-xinyong-jianguan-guiding.txt"
P02 = "上海市人民防空行业经营主体信用监管规定"
N02 = "关于印发《上海市人民防空行业经营主体信用监管规定》的通知"
SJ = "市国动办"
GD = "国防动员管理部门"
GJ = "各级国防动员管理部门"


def a02(label, *items):
    return art(X02, [label, *items])


plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 13) or the notice's title line (line 1): either (round 45's pair)",
     doc_no="沪国动规〔2023〕4号 (printed on line 3)",
     issuer="上海市国防动员办公室",
     date="2023-12-15",
     date_note="the notice is dated 2023年12月15日 (the index: 2023-12-15); in force 2024年1月1日 to 2028年12月31日 (第四十条)",
     level="the city national-defence-mobilisation office (Shanghai), rules on credit supervision of the firms and persons "
           "working in civil air defence: duties, principles, linkage, the kinds of credit information (basic, good, bad, "
           "other), gathering, grading (A–D) and the measures by grade, the procedure for dishonesty records, "
           "rectification, joint management, use, the system, publication, security, archives, bans, internal checks, "
           "objections, the associations, the Yangtze Delta",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0026::601fccf5887c455a910a97dbe4bc5425", 5515),
     style="a notice (title, number, addressees 「各区国动办，各有关单位：」, 「…请认真贯彻执行。」, issuer, date); the rules' title line; six "
           "chapters 「第N章 …」 (two spaces after 第四、五、六章); 40 articles 「第N条（heading）」 on their own lines over paragraphs "
           "(第十二条's heading opens with a half-width 「(」); item lists （一）…; grade lines 「A级：…」; full-width digits "
           "「５」「７」 in three limits",
     leaf_tasks=29, count_alternatives=[21, 25, 28, 30, 31],
     leaf_tasks_by_section={"第四条": 1, "第六条": 1, "第十二条": 1, "第十三条": 1, "第十四条": 1, "第十六条": 1,
                            "第十八条": 1, "第十九条": 1, "第二十条": 1, "第二十一条": 1, "第二十二条": 1, "第二十三条": 5,
                            "第二十四条": 1, "第二十五条": 1, "第二十六条": 1, "第二十八条": 1, "第二十九条": 1, "第三十条": 1,
                            "第三十一条": 1, "第三十二条": 1, "第三十三条": 1, "第三十四条": 1, "第三十五条": 1,
                            "第三十六条": 1, "第三十八条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（职责分工）"], [], ["上海市国防动员办公室", "上海市民防监督管理事务中心", "各区国动办", "各有关管委会"],
          responsible_alternatives=[[SJ, "监管中心", "各区国动办", "各有关管委会"]], **a02("第四条（职责分工）"),
          note="「上海市国防动员办公室（以下简称“市国动办”）负责…。 上海市民防监督管理事务中心（以下简称“监管中心”）受市国动办委托，具体组织实施…工作。 各区国动办、"
               "各有关管委会具体负责…工作，依法开展…」 — three clauses of rule 2 (负责; 具体组织实施, rule 2's 组织＋verb; 具体负责), all "
               "their bodies in order; the body that entrusts 「受A委托」 adds nothing beside them (Round 78, turned on x95_02); "
               "the defining brackets dropped, the full names kept (round 43; Round 78), the short names accepted; 各有关管委会 "
               "is a kind with 各 (Round 77, turned on x304_01 4.3.1（2）: 各有关部门 a kind; only bare 有关单位／各单位 calls); "
               "lead [] (no 牵头); " + RULES_NODATE),
        S(["第六条（信用联动）"], [], [GJ], lead_alternatives=[[GJ]], **a02("第六条（信用联动）"),
          note="「各级国防动员管理部门应当积极参与社会信用体系建设，推动国防动员与规划资源、…等相关部门信用信息的联动共享。 各级国防动员管理部门应当…向市信用平台和"
               "“国家企业信用信息公示系统”推送有关公共信用信息。」 — the subject of 参与 and 推动 in an article is a doer (" + ARTICLE
               + "), a level before a kind (Round 77's x299_01 第十四条 各级国动部门); the 相关部门 stand inside what is shared, no "
               "doers; the push to the platforms is a sending, a duty (below); " + ONE_LEAD + "; " + RULES_NODATE),
        S(["第十二条(监管数据归集）"], [], [], responsible_alternatives=[[GJ]], **a02("第十二条(监管数据归集）"),
          note="「各级国防动员管理部门在履行职责过程中产生的行业经营主体信用监管信息，按照“谁产生、谁记录归集、谁负责”的原则，统一归集到本市人民防空行业信用监管信息系统，"
               "做到规范完整、…」 — the clause's subject is 「…信息」, the departments inside its description (" + NOUN + "); 归集 "
               "with no doer still gives work (round 65's x274_01): a task naming no unit — " + NONE + "; [各级国防动员管理部门] "
               "accepted (RULING? 5); the heading's half-width 「(」 kept as printed in the path; " + RULES_NODATE),
        S(["第十三条（经营主体主动提供）"], [], [], responsible_alternatives=[[GD]], **a02("第十三条（经营主体主动提供）"),
          note="「上述第九条、第十一条等可以证明…良好信用的信息，可以由信用主体主动提供，并对其真实性负责。 经营主体主动提供的信息，国防动员管理部门应当核实后予以"
               "归集。」 — the party's option (可以) and its own submission name none (round 30: an applicant; round 49 p46b), and the "
               "check of what a party submits and its acceptance are a review (" + REVIEW + ") — " + NONE + "; [国防动员管理部门] "
               "accepted; " + RULES_NODATE),
        S(["第二十一条（C级经营主体管理）"], [], [], **a02("第二十一条（C级经营主体管理）"),
          note="「对信用等级为C级的经营主体，适当加大抽查比例和监管频次，定期或者不定期地进行行政约谈和随机检查。」 — acts of the rules' own bodies with no "
               "subject give work (round 65's x274_01; round 70's x287_02; Round 77's x302_04 五、（三） 同步核发), unlike a scheme's "
               "terms that only say who gets what (Round 75's p57f-1: 给予 with no act of the plan's bodies): a task naming no "
               "unit — " + NONE + " (RULING? 6 for 第十九–二十二条); " + RULES_NODATE),
        S(["第二十三条（失信行为信息认定程序）", "（四）"], [], [GD], lead_alternatives=[[GD]],
          not_targets=[(7, "个工作日")], **a02("第二十三条（失信行为信息认定程序）", "（四）"),
          note="「（四）公布。失信行为信息确定后，应当于７个工作日内在政府或部门网站公布。…」 under 「国防动员管理部门对…失信行为信息按以下程序认定，并协同…一并办理：」 — "
               "the steps of the department's own procedure (not a review of a party's submission) are items (" + ITEMS + "), "
               "the lead-in's subject with 认定 a doer in an article (" + ARTICLE + ") and the item naming none of its own; "
               + ONE_LEAD + "; 「确定后…７个工作日内」 (a full-width digit, as printed): " + LIMIT + " → 7 个工作日 not_target; "
               + RULES_NODATE),
        S(["第二十三条（失信行为信息认定程序）", "（五）"], [], ["公布部门"], lead_alternatives=[["公布部门"]],
          responsible_alternatives=[[GD]], **a02("第二十三条（失信行为信息认定程序）", "（五）"),
          note="「（五）移出。失信行为信息实行动态管理，到期后由公布部门将其移出。」 — the item names its own doer by 由A＋verb (rule 2), so the lead-in's "
               "body is not inherited (rule 4: a lead-in gives its items units only when they name none); 公布部门 is a body named "
               "by its part in the procedure, kept as printed — [国防动员管理部门] accepted (公布部门 read as a word pointing back "
               "to the lead-in's body, round 34's 上述单位; RULING? 7); " + ONE_LEAD + "; " + RULES_NODATE),
        S(["第二十八条（管理系统）"], [], [SJ, "各区国动办", "各有关管委会"], responsible_alternatives=[[SJ]],
          **a02("第二十八条（管理系统）"),
          note="「市国动办根据本市有关规定，协调推进…信息系统建设，…。 各区国动办和各有关管委会应当充分使用…信息系统，做好相关数据的采集、归集、共享和开放等工作。」 — "
               "in an article the subjects of 推进 and of 使用／做好 are doers (" + ARTICLE + "; 做好 is outside rule 2's list only "
               "outside articles, Round 74's x292_04); 和 joins two names (round 34); lead [] (no 牵头); the city office alone "
               "accepted; " + RULES_NODATE),
        S(["第三十五条（异议处理）"], [], [], responsible_alternatives=[[SJ]], not_targets=[(5, "个工作日")],
          **a02("第三十五条（异议处理）"),
          note="「人民防空行业经营主体对…有异议的，可以向市国动办提出异议申请。市国动办在收到申请后５个工作日内，完成核查和处理，并将结果告知申请人。」 — the party's option "
               "names none (round 30; round 49 p46b), and the decision on a party's objection with its own steps names none (" + REVIEW
               + "; Round 77's x302_05 第十一条, the same form) — " + NONE + "; [市国动办] accepted; 「收到申请后５个工作日内」: "
               + LIMIT + " → 5 个工作日 not_target; " + RULES_NODATE),
        S(["第三十六条（行业自律）"], [], ["上海市民防工程行业协会"], lead_alternatives=[["上海市民防工程行业协会"]],
          **a02("第三十六条（行业自律）"),
          note="「上海市民防工程行业协会应当积极应用信用评价结果，组织会员企业加强行业自律，推进…。 鼓励上海市民防协会积极参与…标准的研究制定。」 — 「A组织B＋verb」 "
               "names A (rule 2; round 30), and A is the subject of 应用 and 推进 in an article (" + ARTICLE + "); the member firms "
               "are 组织's object (round 30); 鼓励 names no work (rounds 30, 40), so 上海市民防协会 is none; " + ONE_LEAD + "; "
               + RULES_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各级国防动员管理部门应当按照规定，向市信用平台和“国家企业信用信息公示系统”推送有关公共信用信息",
              "when": None, "when_norm": None,
              "note": "第六条: the departments push the public credit information they hold to the city platform and the "
                      "national system — a sending the rules ask of a body they task, of its own results (Round 74's Duties): "
                      "an undated duty"}],
     notes=["counting (leaf tasks; the notice is one plan with the rules it issues, round 49's x229_04): 第一条 (purpose), 第二条 "
            "(definition), 第三条 (scope), 第三十九条 (interpretation, conflict rule), 第四十条 (force) general provisions (round "
            "30); 第五条 (principles and the qualities the work must have, round 68), 第七–十一条 (the kinds of credit information "
            "and their lists, definitions with terms of validity: Round 78's (a)), 第十五条 (the grades and the starting score, "
            "terms), 第十七条 (the period, terms), 第二十七条 (「…执行国家和本市的相关规定」, a reference), 第三十七条 (鼓励) no tasks; "
            "第四、六、十二、十三、十四、十六、十八条 1 each; 第十九–二十二条 1 each (the regulators' measures by grade, acts with no "
            "subject: RULING? 6); 第二十三条 （一）–（五） 5 (the department's own procedure, items of its lead-in; the closing line "
            "「国家人民防空主管部门…有特别要求的，按其要求办理」 a reference); 第二十四、二十五、二十六、二十八、二十九条 1 each; 第三十条 1 (its "
            "（一） a rule of publication 「…予以公开」 carrying the article's work; （二）（三） the publication periods, terms; the "
            "opening paragraph its lead-in, the closing 「公示期应当截止至…」 a term); 第三十一–三十六条 1 each; 第三十八条 1 (acts with "
            "no subject: 探索推进, 打造, 完善) → **29**. Accepted: 25 (第十九–二十二条 read as terms), 21 (and 第二十三条 one task), "
            "28 (第三十八条 read as an aim), 30, 31 (第三十条's items counted as two or three).",
            "units: no labels; 负责／具体负责／组织实施 in 第四条; article subjects elsewhere (市国动办 as printed, the short name; "
            "各级国防动员管理部门, 国防动员管理部门, 各区国动办, 各有关管委会, 上海市民防工程行业协会); reviews of a party's submission "
            "(第十三、三十五条), bans (第三十三条), bodies inside a noun's description (第十二、十四条) name none",
            "dates: 2023年12月15日 (the notice), in force 2024年1月1日–2028年12月31日; no item is dated; no phases; one undated duty "
            "(第六条; 第二十四条's 「约谈记录…归集至市信用平台」 is another sending, unchecked)",
            "figures: not targets 7 个工作日 (第二十三条（四）), 5 个工作日 (第三十五条; 第十四条's 「５个工作日内」 unchecked), "
            "limits; unchecked: 第九条's 近3年内, 近2年内, 有效期2年, 第十条's 2年, 1年, 第十五条's grade bands 80分以上, 70-79分, 60-69分, "
            "未达到60分 and 初始…80分 (terms of a definition and a grading, no task), 第十七条's 1年, 第三十条's 30日, 15日 (terms)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x305_03_shi-minfangban-2021-minfang-gongcheng-shiyong-beian-guanli-shishi-xize.txt"
P03 = "上海市民防工程使用备案管理实施细则"
N03 = "关于印发《上海市民防工程使用备案管理实施细则》的通知"


def a03(label, *items):
    return art(X03, [label, *items])


plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 15) or the notice's title (printed twice, lines 1 and 3): either (round 45's "
                "pair)",
     doc_no="沪民防规〔2021〕5号 (printed on line 5)",
     issuer="上海市民防办公室",
     date="2021-10-21",
     date_note="the notice is dated 2021年10月21日 (the index: 2021-10-21); in force 2021年12月1日 to 2026年11月30日 (第十四条)",
     level="the city civil-defence office (Shanghai), detailed rules on filing the use of civil-defence works: the offices, "
           "scope, the owners' filing and its changes, conditions and papers, the procedure, publication, penalties, "
           "half-yearly statistics",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0026::64084b123d8a4371b9ecaab3d4b16f9c", 2094),
     style="a notice (the title twice, number, addressees, 「…现印发你们，请遵照执行。」, issuer, date); the rules' title line; 14 "
           "articles 「第N条（heading）」 on their own lines over paragraphs, no chapters; lists （一）… of conditions and papers, "
           "each papers list closed by a bracketed note; half-width 「;」 and full-width digits 「１」「２」 in 附表 numbers",
     leaf_tasks=6, count_alternatives=[5, 7, 10],
     leaf_tasks_by_section={"第二条": 1, "第四条": 1, "第九条": 1, "第十条": 1, "第十一条": 1, "第十二条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第二条（管理部门）"], [], ["上海市民防办公室", "区民防办公室"],
          responsible_alternatives=[["市民防办", "区民防办"]], **a03("第二条（管理部门）"),
          note="「上海市民防办公室（以下简称市民防办）是本市民防工程使用备案工作的主管部门，负责本细则的组织实施及相关监督管理工作。 区民防办公室（以下简称区民防办）负责"
               "本区域内的民防工程使用备案及相关的监督管理工作。」 — a designation 「A是…的主管部门」 and 负责 (Round 75's p57a-1; rule 2), "
               "and a second 负责 clause, in order (rule 2); the defining brackets dropped and the full names kept (round 43; "
               "Round 78), the short names accepted; lead [] (no 牵头); " + RULES_NODATE),
        S(["第四条（备案要求）"], [], [], responsible_alternatives=[["民防工程权属人"]], not_targets=[(10, "日")],
          **a03("第四条（备案要求）"),
          note="「民防工程所有权人、投资人、使用人（以下简称民防工程权属人）或其委托人应当自民防工程投入使用之日起10日内，将…事项向所在区民防办备案。 如上述备案事项发生"
               "变更的，…应当自…变更之日起10日内向所在区民防办办理变更备案。」 — a body filing on itself names none, in articles too (round 42; "
               "Round 74's x292_01 第三、五条: 应当 with an act binding the regulated parties gives work, a task naming no unit), and "
               "the office receives (rule 3: 向A备案) — " + NONE + "; the owners' short name accepted; 「投入使用之日起10日内」: " + LIMIT
               + " → 10 日 not_target; a party's filing on itself is no duty (round 42); " + RULES_NODATE),
        S(["第九条（备案程序）"], [], [], responsible_alternatives=[["区民防办"]],
          not_targets=[(5, "个工作日"), (2, "个工作日")], **a03("第九条（备案程序）"),
          note="「备案人向各区民防办办理备案。申办材料符合要求的，区民防办应在5个工作日内完成备案，制发《…备案证书》…。 申办材料不全或不符合要求的，区民防办应在2个工作日内"
               "出具《…补正单》…；对不准予备案的，5个工作日内…制发《…不予备案通知书》…」 — the filer's step names none, and the office's check of "
               "the filing, its acceptance and the certificate are the decision on a submission and its own steps (" + REVIEW
               + ") — " + NONE + "; [区民防办] accepted; 5 and 2 个工作日 are limits (" + LIMIT + "); " + RULES_NODATE),
        S(["第十条（结果公开）"], [], ["各区民防办"], lead_alternatives=[["各区民防办"]], **a03("第十条（结果公开）"),
          note="「根据信息公开的要求，各区民防办向社会公开备案结果。」 — the subject of 公开 in an article is a doer (" + ARTICLE + "); publishing "
               "the results to the public stands apart from the decision on each filing (Round 74's x292_03 第五条（三）: a step "
               "that stands apart from the review); 各 before a kind kept (round 41); " + ONE_LEAD + "; " + RULES_NODATE),
        S(["第十一条（相关责任）"], [], ["市、区民防办"], lead_alternatives=[["市、区民防办"]], **a03("第十一条（相关责任）"),
          note="「对未按照要求备案或变更备案的民防工程权属人，市、区民防办依据相关法规规章实施行政处罚。」 — the rules' own body taking the step after a "
               "breach is a doer (Round 77's x299_04 第二十八条; round 70's x289_03), here by rule 2's own 实施; levels before one "
               "head are one name as printed (round 30's 「市、区X部门」); the 对-phrase names the class of parties acted on "
               "(round 56); " + ONE_LEAD + "; " + RULES_NODATE),
        S(["第十二条（统计管理）"], [], [], [(1, "次")], responsible_alternatives=[["各区民防办"]], **a03("第十二条（统计管理）"),
          note="「各区民防办每半年向市民防办报送1次本区民防工程使用备案情况。」 — " + SENDING + " (Round 75's p57a-2: a report of one's own "
               "work sent to the body one answers to) — " + NONE + "; [各区民防办] accepted; 「每半年…1次」 is a count of work the "
               "item sets (round 62's number of work; Round 74's x301_01 「每年组织一至二次」 → 1 次), read as the item's target "
               "(RULING? 8); the half-yearly report is a recurring duty (below); " + RULES_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区民防办每半年向市民防办报送1次本区民防工程使用备案情况", "when": "每半年",
              "when_norm": "semiannual (每半年, every six months)",
              "note": "第十二条: the district offices' half-yearly report of the filings to the city office — a recurring report "
                      "(EXPECTED.md line 39); no rhythm word of the scorer's list names a half year, so the duty is checked by "
                      "its words (RULING? 8)"}],
     notes=["counting (leaf tasks; the notice is one plan with the rules it issues, round 49's x229_04): 第一条 (purpose), 第三条 "
            "(scope, a fragment 「本市行政区域内平时利用公用民防工程以外的其他民防工程。」), 第十三条 (interpretation), 第十四条 (force) "
            "general provisions (round 30); 第五条 （一）–（三） (conditions a filing must meet, lines stating states: the scheme's "
            "terms, Round 74's x292_03 第十二条), 第六条 and 第八条 with their （一）… (the papers the filer must hand in: rules for "
            "the applicant, round 52's x236_03; Round 77's x299_04 第九条), 第七条 （一）–（四） (the cases in which the owner must "
            "file a change: when the party's own filing applies, a list of cases, Round 78's (b)) no tasks; 第二、四、九、十、十一、"
            "十二条 1 each → **6**. Accepted: 5 (第四条 read as a rule for the applicant, as 第六条), 7 (第七条 one task), 10 (第七条's "
            "four lines counted).",
            "units: no labels; a designation with 负责 and 负责 (第二条), article subjects (公开, 实施): 上海市民防办公室, 区民防办公室, "
            "各区民防办, 市、区民防办; the owners' filing, the office's review of it and the half-yearly report name none",
            "dates: 2021年10月21日 (the notice), in force 2021年12月1日–2026年11月30日; no item is dated; no phases; one "
            "half-yearly duty (第十二条)",
            "figures: target 1 次 (第十二条); not targets 10 日 (第四条), 5 and 2 个工作日 (第九条), limits; unchecked: 「一式2份」 "
            "(第六、八条, the papers' copies, no task) and 附表 numbers"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x305_04_shi-gonganju-2021-gongan-jiguan-xiaofang-jiandu-zhifa-gongzuo-guiding.txt"
P04 = "上海公安机关消防监督执法工作规定"
N04 = "关于印发《上海公安机关消防监督执法工作规定》的通知"
PCS = "公安派出所"
GA = "公安机关"


def a04(label, *items):
    return art(X04, [label, *items])


plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 11) or the notice's title line (line 1): either (round 45's pair)",
     doc_no="沪公通字〔2021〕87号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市公安局",
     date="2021-09-25",
     date_note="the notice is signed 2021年9月25日 (the index: 2021-09-26, its publication); in force 「自印发之日起」 (第四十条)",
     level="the city public-security bureau (Shanghai), working rules for the police's fire-safety supervision: the "
           "departments' and police stations' duties, systems and records, the station head's responsibility, officers' "
           "duties, inspection frequency and contents, procedure, orders to correct, referral, sealing, complaints, "
           "education, the breaches the police punish under four laws, case procedure, cooperation with the fire and rescue "
           "bodies, fire investigation, training, appraisal, rewards, liability and exemptions, definitions",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0033::GKXX-20211102094919777--2609", 10633),
     style="a notice (addressees 「各分局、市局有关部门：」, 「…请认真遵照执行。工作中如遇问题，请及时与市局治安总队联系。」, issuer, date); the "
           "rules' title line; six chapters 「第N章 …」; 40 articles 「第N条（heading）」 on their own lines over paragraphs; item "
           "lists （一）…（十一） of duties, systems, inspection contents, breaches (with the laws' articles in brackets 「（《消防法》"
           "第62条第1项…）」), liabilities and exemptions; closing paragraphs after items; an 附件 list of two forms",
     leaf_tasks=70, count_alternatives=[56, 62, 64, 68, 69, 71, 72],
     leaf_tasks_by_section={"第三条": 1, "第四条": 6, "第五条": 8, "第六条": 1, "第七条": 8, "第八条": 1, "第九条": 10,
                            "第十条": 6, "第十一条": 5, "第十二条": 1, "第十三条": 1, "第十四条": 1, "第十五条": 1,
                            "第十六条": 1, "第十七条": 1, "第十八条": 1, "第十九条": 1, "第二十条": 1, "第二十一条": 1,
                            "第二十二条": 1, "第二十三条": 1, "第二十四条": 1, "第二十五条": 1, "第二十六条": 1,
                            "第二十七条": 1, "第二十八条": 1, "第二十九条": 1, "第三十条": 1, "第三十一条": 1, "第三十二条": 1,
                            "第三十三条": 1, "第三十四条": 1, "第三十八条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（部门职责）"], [], ["治安部门", "刑侦部门", "政工部门", "法制部门"], **a04("第三条（部门职责）"),
          note="「治安部门负责指导和监督公安派出所开展…，协调消防救援机构、住房和城乡建设主管部门建立…机制。 刑侦部门负责…，侦办… 政工部门负责组织开展…培训、考核。 法制部门"
               "负责提供…支撑。」 — four 负责 clauses (rule 2, several clauses in order); the station, the fire and rescue body and "
               "the housing department are objects of 指导和监督 and of 协调, pivots (round 30: the pivot's object is no unit); "
               "lead [] (no 牵头); " + RULES_NODATE),
        S(["第四条（派出所职责）", "（二）"], [], [PCS], lead_alternatives=[[PCS]], responsible_alternatives=[[]],
          **a04("第四条（派出所职责）", "（二）"),
          note="「（二）依职责对监督检查发现或者群众举报、投诉的火灾隐患进行核查，并监督整改；」 under 「公安派出所应当履行下列消防监督执法工作职责：」 — " + DUTYLIST
               + "; the item names no body of its own (rule 4) → [公安派出所]; none accepted (the lead-in's 履行 read as round "
               "67's, RULING? 9); " + ONE_LEAD + "; " + RULES_NODATE),
        S(["第六条（所长负责制）"], [], [], [(1, "名")], **a04("第六条（所长负责制）"),
          note="「公安派出所消防监督执法工作实行所长负责制。所长对…全面负责，并确定一名分管所领导。 公安派出所所长应将…纳入…统筹安排，…组织实施…，定期研究部署…，协调解决… "
               "分管所领导协助所长组织实施…，检查、督办、落实…，制定…计划，并及时向所长报告…」 — the head of the station and his deputy are posts "
               "heading the station, persons (" + PERSON + "): a task naming no unit — " + NONE + "; 「确定一名分管所领导」 is the "
               "count of persons a unit names to a post of its own, the item's number to appoint (Round 76, governs over the "
               "lone 一 for persons) → 1 名; the deputy's report to the head is a person's, no duty checked; " + RULES_NODATE),
        S(["第七条（民警职责）", "（四）"], [], [], responsible_alternatives=[[PCS]], **a04("第七条（民警职责）", "（四）"),
          note="「（四）办理相关消防行政处罚案件；」 under 「承担消防监督执法工作的民警负责：」 — the lead-in's subject is officers, persons ("
               + PERSON + "), so 负责 gives no unit and the item, the station's work carried by its officers, is a task naming no "
               "unit — " + NONE + "; [公安派出所] accepted (the officers read as their station); round 36's hired persons' duties "
               "(「护林员职责」, no tasks) are kept apart: officers carry the station's statutory work (RULING? 10); " + RULES_NODATE),
        S(["第八条（检查频次要求）"], [], [PCS, "各分局"], [(1, "次")], responsible_alternatives=[[PCS]],
          **a04("第八条（检查频次要求）"),
          note="「公安派出所对…情况，应当每半年至少进行一次日常消防监督检查。 公安派出所对…，应当每年至少进行一次…检查。 对上述以外其他单位、场所的监督检查频次、数量，由各分局按照"
               "市局治安总队要求，…确定抽查比例。 公安派出所…每月制定必查和抽查的工作计划，报送所属分局治安支队备案。…」 — the station is the subject "
               "of 进行 and 制定 in an article (" + ARTICLE + "); 由A＋确定 names 各分局 (rule 2), and 「按照A要求」 and the receiver of "
               "a filing 「报送B备案」 name none (rule 3); the 对-phrase names the class of objects (round 56); lead [] (no 牵头); "
               "「至少…一次」 is a floor (round 30's line; Round 76: 「至少1名」 a target; x304_03's 至少一次) → 1 次; the monthly "
               "plan sent for filing is a recurring duty (below); " + RULES_NODATE),
        S(["第十二条（监督检查工作程序）"], [], [], [(2, "人")], not_targets=[(3, "个工作日")],
          **a04("第十二条（监督检查工作程序）"),
          note="「公安派出所实施日常消防监督检查时，检查人员不得少于两人，并出示执法身份证件。 公安派出所民警实施日常消防监督检查，应当如实记录…，当场填发《…通知书》…检查发现…的，"
               "依法责令改正…在…三个工作日内复查… 公安派出所民警…应当当场…录入…；无法当场录入的，应当于检查后三个工作日内录入。」 — the doers of every "
               "clause are persons (检查人员, 公安派出所民警: the 的-less compound names officers) or none printed, and "
               "「公安派出所实施…时」 is a time clause, not the main clause (" + PERSON + ") — " + NONE + "; 「不得少于两人」 is a floor "
               "(round 30's line; Round 76: a floor of persons is a target) → 2 人; 「…之日起三个工作日内」「检查后三个工作日内」: "
               + LIMIT + " → 3 个工作日 not_target; " + RULES_NODATE),
        S(["第十三条（责令改正情形）"], [], [PCS], lead_alternatives=[[PCS]], **a04("第十三条（责令改正情形）"),
          note="「公安派出所实施日常消防监督检查，发现被检查单位、场所有下列行为之一的，应当责令改正：（一）…（十一）…」 and the closing 「对发现的依法责令改正的…违法"
               "行为，能够当场改正的，责令立即改正，…」 — " + CASES + "; the closing paragraph goes on with the same step (责令改正) and "
               "is the article's text; the station is the subject of 责令 in an article, the rules' own body taking the step "
               "after a breach (" + ARTICLE + "; Round 77's x299_04 第二十八条) → [公安派出所]; " + ONE_LEAD + "; " + RULES_NODATE),
        S(["第十五条（线索移送）"], [], [], responsible_alternatives=[[PCS]], not_targets=[(5, "个工作日")],
          **a04("第十五条（线索移送）"),
          note="「公安派出所实施日常消防监督检查，发现下列情形之一的，应当在五个工作日内填写《…移送管辖单》（见附件2），移交消防救援机构或者住房和城乡建设主管部门处理：（一）…"
               "（五）… 对前款第三项情形，还应当同时书面报告乡镇人民政府或者街道办事处。」 — " + CASES + "; the work is handing the case on, "
               "and 移交 to a receiver names none, filling in the form being its step (" + SENDING + ") — " + NONE + "; [公安派出所] "
               "accepted (填写 read as an article's verb of doing, RULING? 11); the receivers are none (rule 3); 「五个工作日内」: "
               + LIMIT + " → 5 个工作日 not_target; the referral and the written report are undated duties (below); "
               + RULES_NODATE),
        S(["第十八条（宣传教育）"], [], [PCS, "当地政府部门"], responsible_alternatives=[[PCS]], not_targets=[(4, "个")],
          **a04("第十八条（宣传教育）"),
          note="「公安派出所应当指导、督促辖区内…单位、场所，主动提高…“四个能力”；指导、督促居、村民委员会夯实…“四个基础”。 公安派出所应当结合辖区特点，协助当地政府部门"
               "开展形式多样、…的消防安全宣传教育，…」 — the station is the subject of the article's verbs (" + ARTICLE + "); the "
               "objects of 指导、督促 are no units (round 30: pivots); 「A…协助B＋verb」 gives A and B, A first (Round 74, turned "
               "on x297_01 五、9.), 当地 saying which government departments (rounds 40, 55, 62) — a kind, no call; lead [] (no "
               "牵头); the station alone accepted; 「四个能力」「四个基础」 are names with digits (the head: names with digits are "
               "no targets) → 4 个 not_target; " + RULES_NODATE),
        S(["第二十条（公安机关适用《消防法》处罚的情形）"], [], [GA], lead_alternatives=[[GA]],
          not_targets=[(63, "条"), (64, "条")], **a04("第二十条（公安机关适用《消防法》处罚的情形）"),
          note="「有下列行为之一的，由公安机关依照《消防法》的规定处罚：（一）…（《消防法》第63条第1项）；…（九）…（《消防法》第68条）。」 — " + CASES + "; "
               "a named body taking the rules' own step after a breach by 由A＋verb is a doer (round 70's x289_03 「违反规定者由公安机关"
               "责令…」; Round 77's x299_04 第二十八条) → [公安机关]; " + ONE_LEAD + "; the laws' article numbers 「第63条」「第64条」 "
               "are references, no targets (the head: document and standard numbers) → 63 条, 64 条 not_target; " + RULES_NODATE),
        S(["第二十五条（简易程序）"], [], [], [(200, "元"), (3000, "元")], not_targets=[(24, "小时")],
          **a04("第二十五条（简易程序）"),
          note="「消防安全违法事实确凿并有法定依据，对公民处二百元以下罚款或者警告、对法人或者其他组织处三千元以下罚款或者警告的，可以当场作出行政处罚决定。 当场处罚应当按照…"
               "执行，并对处罚过程进行视音频记录。 民警当场作出行政处罚决定的，应当于作出决定后的二十四小时内将当场处罚决定书报所属公安机关备案。」 — the option "
               "(可以) names no task by itself, but 应当 with acts and no subject gives work (round 65's x274_01), and the officer "
               "who files is a person (" + PERSON + ") — " + NONE + "; 「二百元以下」「三千元以下」 are thresholds that trigger the "
               "step, joined to 以下 (round 30's line: a threshold that triggers a step) → 200 元, 3000 元; 「作出决定后的二十四小时"
               "内」: " + LIMIT + " → 24 小时 not_target; the officer's filing with his bureau is a sending, an undated duty "
               "(below); " + RULES_NODATE),
        S(["第三十条（火灾警情处警）"], [], [PCS], lead_alternatives=[[PCS]], **a04("第三十条（火灾警情处警）"),
          note="「公安派出所在接到火灾报警或者处警指令后，应当指派民警迅速赶赴火灾现场。 民警到达火灾现场后，应当保护火灾现场，协助消防救援机构维护…秩序、…」 — an item whose "
               "whole work is the response to its case reads the case's doer (round 30's clarification; Round 78's p58c-2, "
               "governs), the station the subject of 指派 in an article (" + ARTICLE + "); the officers are persons, so their "
               "协助 names no one (" + PERSON + "); " + ONE_LEAD + "; " + RULES_NODATE),
        S(["第三十二条（业务培训）"], [], ["市局", "市局政治部", "市局治安总队", "各分局", "各分局政治处", "分局治安支队"],
          [(1, "次")], responsible_alternatives=[["市局政治部", "市局治安总队", "各分局政治处", "分局治安支队"]],
          **a04("第三十二条（业务培训）"),
          note="「市局将…培训纳入…必修课程。 公安派出所分管领导的消防业务培训工作由市局政治部负责，市局治安总队具体实施，…定期开展业务培训。 各分局应将…纳入…必训内容。 公安派出所"
               "民警的消防业务培训工作由各分局政治处负责，分局治安支队具体实施，每年至少开展一次。」 — 由A负责 and B具体实施 (rule 2) twice, and 市局 "
               "and 各分局 the subjects of 纳入 in an article (" + ARTICLE + "): all in printed order; lead [] (no 牵头); the four "
               "of rule 2's own forms alone accepted (纳入 read as outside rule 2); 「每年至少开展一次」 is a floor (round 30's line; "
               "x304_03's 至少一次) → 1 次; " + RULES_NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "公安派出所根据民警配备情况和辖区火灾规律、特点，每月制定必查和抽查的工作计划，报送所属分局治安支队备案", "when": "每月",
              "when_norm": "monthly",
              "note": "第八条: the station's monthly inspection plan sent to the sub-bureau's detachment for filing — a recurring "
                      "report (EXPECTED.md line 39)"},
             {"what": "发现下列情形之一的，应当在五个工作日内填写移送管辖单，移交消防救援机构或者住房和城乡建设主管部门处理；对前款第三项情形，还应当同时书面报告乡镇人民政府或者街道办事处",
              "when": "五个工作日内", "when_norm": None,
              "note": "第十五条: the referral of what the station meets in its work, and its written report to the township or "
                      "street office (Round 74's Duties: a sending of what a tasked body meets in its work): an undated duty, "
                      "its limit counted from an event"},
             {"what": "民警当场作出行政处罚决定的，应当于作出决定后的二十四小时内将当场处罚决定书报所属公安机关备案",
              "when": "作出决定后的二十四小时内", "when_norm": None,
              "note": "第二十五条: the on-the-spot penalty decision filed with the officer's bureau — a sending of one's own "
                      "results (round 48's x223_03): an undated duty, its limit counted from an event"}],
     notes=["counting (leaf tasks; the notice's 「请认真遵照执行。工作中如遇问题，请及时与市局治安总队联系。」 are cover instructions, no "
            "tasks; the notice is one plan with the rules it issues, round 49's x229_04): 第一条 (purpose), 第二条 (principles), "
            "第三十七条 (a definition of 火灾隐患 in 附则), 第三十九条 (interpretation), 第四十条 (force, repeal) general provisions "
            "(round 30; Round 78's (a), (c)); 第三十五条 (liability: 「应当对直接负责的主管人员…给予处理」 names no body the rules task, "
            "round 49's x39_03) and 第三十六条 (exemptions, a list of cases with no act) no tasks; the 附件 lines (two forms' "
            "names) no tasks. 第三条 1; 第四条 （一）–（六） 6 (" + DUTYLIST + "); 第五条 （一）–（七） 7 (the systems the station is "
            "to build, items of its lead-in, " + ITEMS + ") + the closing paragraph (台账, Round 77's x299_02 第十三条: an "
            "unnumbered paragraph after an article's items is a task) → 8; 第六条 1; 第七条 （一）–（八） 8 (the opening paragraph "
            "「公安派出所应当确定…民警，并组织消防业务培训…」 the article's lead-in text; RULING? 10); 第八条 1; 第九条 （一）–（八） 8 "
            "+ two closing paragraphs (「…公安派出所还应当…检查…」; 「…可以…一并检查，存在消防违法行为的，…移送相关部门处理」: 可以 "
            "reaches its own verbs, the referral after a case is owed, Round 77's x301_02 （十八）) → 10; 第十条 （一）–（六） 6; 第十一条 "
            "（一）–（五） 5; 第十二条 1; 第十三–十六条 1 each (" + CASES + "; each closing paragraph goes on with the same step); "
            "第十七、十八条 1 each; 第十九–二十三条 1 each (breaches the police punish, lists of cases); 第二十四–三十四条 1 each "
            "(第三十四条: 「…市局相关职能部门应当…给予表彰和奖励」, the rules' own departments rewarding, read as work); 第三十八条 1 "
            "(a 参照 line, but 「文保分局协助配合…开展消防工作」 and 「…协调消防救援机构明确工作方式」 give work: a closing point that "
            "also gives work stays a task, round 39) → **70**. Accepted: 62 (第七条's eight lines read as no tasks, hired "
            "persons' duties, round 36), 64 (第五条 as two: the list one task with its closing paragraph), 56 (both), 68 "
            "(第三十四条 and 第三十八条 read as no tasks), 69 (either), 71 (第七条's opening paragraph counted), 72 (第十三、十四条's "
            "closing paragraphs counted).",
            "units: no labels; 负责 clauses (第三、三十二条), a duty list's lead-in (第四条), article subjects of verbs of doing "
            "(公安派出所, 各分局, 公安机关, 市局, 消防救援机构), 由A＋verb (由各分局…确定, 由公安机关…处罚, 由…负责, 具体实施), 协助B开展 "
            "(当地政府部门); persons (所长, 分管所领导, 民警, 检查人员) name none; reviews (受理), referrals (移交), reports and "
            "objects of pivots (指导、督促, 协调) name none",
            "dates: 2021年9月25日 (the notice's signature; the index 2021-09-26), in force on issue; no item is dated; no phases; "
            "one monthly duty (第八条) and two undated (第十五、二十五条)",
            "figures: targets 1 名 (第六条), 1 次 (第八条, 第三十二条), 2 人 (第十二条), 200 元 and 3000 元 (第二十五条); not targets 3 "
            "个工作日 (第十二条), 5 个工作日 (第十五条), 24 小时 (第二十五条; 第十七条's 二十四小时 and 三个工作日 unchecked), limits; 4 个 "
            "(第十八条, names); 63 条, 64 条 (第二十条, the law's article numbers; all such in 第十九–二十三条 alike)"])

# Round 60 (align81): answers aligned to tests/data/CONVENTIONS.md "Round 81 rulings, written early" (README, round 60)
from aligned_rulings import align81  # noqa: E402

align81("x305_01", ["第十二条"], "「…建设单位应委托检验检测机构抽样检验检测…。检验检测发现不合格项的，施工单位应在监理单位的见证下…进行退场处理」 (第十二条): a step after a branch of the article's own check 「发现不合格的，A应…」 is the article's own work, its doer a unit (round 42); rule 3's contingency is 「确需…的」「发生…时」「如有…」 (Round 79), and Round 78's 「another clause of work beside it」 tells a contingency apart, not a branch of the same procedure; the witness 「在监理单位的见证下」 stays none (RULING? 1)",
        "Units, turned: round 42's branch step and Round 79's contingency forms over Round 78's p58c-2 as c305 read it; [建设单位, 施工单位] (accepted already), [建设单位] stays accepted",
        resp=[JS, "施工单位"], resp_alt=[[JS]])

write_collected(DIR)
