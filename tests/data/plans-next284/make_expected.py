# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next284/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 56 (built by helper c284): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``); every answer
was written here by reading the texts, with ../CONVENTIONS.md (its head, and "Round 62 rulings" to "Round 66 rulings"
in full) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the lead scores
it first.

    PYTHONPATH=. python tests/data/plans-next284/make_expected.py tests/data/plans-next284
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C05 = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"     # the commit read_file gave for index/05's stored files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the notice title), cut "
          "by a script at the first 「\\n# 」; the stored file as typed (wrapper + text) had the character count "
          "read_file gives")


def src(path, url, chars):
    return f"{REPO} @ {C05}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list; round 63 (x268_02): outside 第X条 articles the closed "
          "list stands, and round 45's article reading (the subjects of any verb of doing) is accepted beside it only for "
          "headed points that read like a procedure — these headed points of a 若干意见 read as rules, so it is listed "
          "as an accepted alternative (`responsible_alternatives`)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), round 62 (p52c): in 第X条 articles a body named as the subject of the article's verb of "
           "doing is a doer whatever the verb, with no line between a rule's own parties and regulated operators; "
           "applying, filing or reporting on itself, paying, options (可) and a review of a submission name none "
           "(rounds 47 q44c, 48, 51 p47c, 54, 57)")
WORK = ("round 55's x248_03 第八条, round 63's x270_01 第九条 / x273_01: 应当／应 with its act gives work though no unit is "
        "named — a task naming no unit")
LIMIT = ("a time counted from an event 「…之日起N个工作日内」「…后N日内」 is neither a target nor a deadline (rounds 33, 34, 54; "
         "round 65's x275_05)")
RHYTHM = "a standing yearly or periodic step is a rhythm, no deadline (round 34; round 55's x247_01 「每年三月底前」)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x284_01_shi-fangguanju-2021-zhuzhai-wuye-guanli-guiding-ruogan-yijian.txt"
P01 = "关于进一步贯彻实施《上海市住宅物业管理规定》的若干意见"
N01 = "关于印发《关于进一步贯彻实施〈上海市住宅物业管理规定〉的若干意见》的通知"
DHB = "区房屋行政管理部门"
XZ, JD = "乡、镇人民政府", "街道办事处"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the plan's own title line (after the cover's two signatures and date: round 62 m52, round 60's x256_06) "
                "or the cover's title (line 1): either (round 45's pair)",
     doc_no="沪房规范〔2021〕6号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市住房和城乡建设管理委员会, 上海市房屋管理局 (the index names 上海市房屋管理局)",
     date="2021-05-18",
     date_note="the cover is dated 2021年5月18日 (the index: published 2021-06-22); in force 2021年7月1日, valid to 2026年6月30日",
     level="two city bodies' opinions on carrying out the city's residential property-management rules: 29 headed points "
           "(property areas, owners' assemblies and committees, audits, disputes, managers, fees, public income, "
           "temporary service, hand-over checks, prohibited acts, repair funds, the information platform)",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::c01bf90254bb4429826e5ee4771e580b", 10886),
     style="a cover (addressees, 「…请认真按照执行。」, two signatures, date); the plan's own title line; a preamble; 一、–二十九、 "
           "headed points on their own lines, each followed by paragraphs; （一）… lists of materials, conditions, "
           "defined acts and, in 十二、, kinds of disputes a body handles; a closing entry-into-force line; a word split "
           "across a paragraph break (「禁止《规」 / 「定》」) in 二十、",
     leaf_tasks=30, count_alternatives=[25, 26, 27, 31, 32],
     leaf_tasks_by_section={"一、–六、": 6, "八、–十一、": 4, "十二、（一）–（五） + its closing paragraph": 6,
                            "十三、–十七、": 5, "十九、": 1, "二十一、–二十八、": 8},
     samples=[
        S(["一"], [], [], responsible_alternatives=[["建设单位", DHB]], not_targets=[(5, "个工作日")],
          note="「建设单位应当分别配置…」「区房屋行政管理部门应当对…提出具体意见」「…区房屋行政管理部门应当在受理申请之日起5个工作日内，向建设单位"
               "出具《物业管理区域核定单》」「建设单位应当…予以明示…予以公开」 — a childless headed point whose text gives work with "
               "应当 (round 34 early; " + WORK + "); 配置, 提出, 出具, 明示 are outside rule 2's list: " + NONE + "; " + CLOSED +
               "; 建设单位's 申请 and 提交下列资料 are its own filing (round 35: the materials list （一）–（六） is text); " + LIMIT +
               " → 5 个工作日 not a target; " + NODATE),
        S(["二"], [DHB], ["物业项目所在地居民委员会", "村民委员会", DHB, XZ, JD], lead_alternatives=[[]],
          responsible_alternatives=[[DHB, XZ, JD], ["居民委员会", "村民委员会", DHB, XZ, JD]], targets=[(20, "%")],
          note="「…应当经20%以上业主提请，由物业项目所在地居民委员会、村民委员会组织征询业主意见」 — 由A组织＋verb (rule 2, round 34); the "
               "point's whole work is the adjustment procedure, so the clause is the point's own step, not rule 3's contingency "
               "(round 30: an item whose whole work is the response to a case); 所在 says which committee (rounds 55, 62), "
               "two heads two names (round 34); 「区房屋行政管理部门应当会同乡、镇人民政府或街道办事处…出具…决定，并…予以公告」 — "
               "「A会同B＋verb」: lead A (lead [] accepted, round 30), 或 gives both (round 66's x157_04), 「乡、镇人民政府」 "
               "places before one head one name (round 35); 「由居民委员会、村民委员会／由业主委员会向…提出申请」 apply (round 30: "
               "an applicant is no unit); the reading without the committees (a case) accepted; 「20%以上」 a threshold "
               "that triggers a step, joined to 以上 — a target by round 30's line; the conditions lists text (round 35); "
               + NODATE),
        S(["三"], [], ["物业服务企业"], lead_alternatives=[["物业服务企业"]], responsible_alternatives=[[]],
          note="「委托物业服务企业实施物业管理的，一个物业管理区域应当由一个物业服务企业实施物业管理」 — the agent of 由 with a verb of "
               "doing (rule 2; round 30: 由A＋实施), the quantifier 一个 no part of the name (rounds 41–43, 55); it may also "
               "be read as a norm on how many firms an area has (the rules' terms, round 46): none accepted (RULING? 1); "
               + ONE_LEAD + "; " + NODATE),
        S(["四"], [], [], targets=[(2, "年"), (50, "%")], not_targets=[(3, "个月")],
          responsible_alternatives=[["业主委员会", "建设单位"]],
          note="「应当成立业主大会」「业主委员会应当将…书面告知建设单位；建设单位…应当在房屋销售合同中注明…」「…建筑面积达到50%，或者…已满两年的，"
               "业主委员会应当在三个月内…召开业主大会会议，补选…」 — work by 应当 (" + WORK + "); 告知, 注明, 召开 without 组织 are "
               "outside rule 2's list: " + NONE + "; " + CLOSED + "; 「物业服务合同期限一般不超过2年」 a ceiling with 不超过 "
               "(round 30's line; round 64's 「年限不超过15年」) → 2 年; 「达到50%」 a trigger joined to 达到 → 50 %; 「已满两年」 has "
               "no comparison word; 「在三个月内」 counted from the trigger (" + LIMIT + "); " + NODATE),
        S(["六"], [], [XZ, JD], not_targets=[(1, "人")],
          note="「筹备组中的业主代表人数，由乡、镇人民政府或街道办事处根据…确定」「具体方式由乡、镇人民政府或街道办事处确定，并…予以公告」 — "
               "由A＋a verb of doing (rule 2; round 30's 「由A统一指导、集中认定」), 或 gives both (round 66); 「建设单位代表为1人…代表为"
               "1-2人」 are the group's members (rule 3: members name no unit; round 30's 「原则上按500户配1名」 a figure with no "
               "comparison word) → 1 人 not a target; 「其所占比例应当不低于筹备组总人数的二分之一」 is a floor (a target by round 30's "
               "line) but not checked (the fraction's form); 「…可以…自行确定」「…可组织业主重新推荐」 options (round 40); " + NODATE),
        S(["八"], [], [], responsible_alternatives=[["筹备组", "换届改选小组"], ["筹备组", "换届改选小组", "街镇党(工)委"]],
          note="「业主委员会委员候选人由筹备组、换届改选小组…产生，具体产生方式由筹备组、换届改选小组确定」 — 由A确定 would name a doer, but the "
               "groups are panels of representatives formed for each property area (六、 composes them), persons like round "
               "65's 评标委员会 (x276_03) and round 48's panels: none (RULING? 2); 「街镇党(工)委应当统筹建立…机制」 — 统筹建立 "
               "is outside rule 2's list (" + CLOSED + "); 「居民区党组织可以推荐…」 an option; 「…报送乡、镇人民政府或街道办事处」 "
               "a sending to a receiver (rule 3); " + NONE + "; " + NODATE),
        S(["九"], [], ["居民委员会"], lead_alternatives=[["居民委员会"]],
          note="「…未能选举产生新一届业主委员会的，居民委员会应当在乡、镇人民政府或街道办事处的指导和监督下，组织业主讨论决策…」 — 「A组织B＋verb」: "
               "A the doer, B (业主, the pivot's object) no unit (round 30); the point's whole work is the response to that case "
               "(round 30); 「在A的指导和监督下」 is rule 3's guide; 「经业主大会委托也可以…」 an option; " + ONE_LEAD + "; " + NODATE),
        S(["十一"], [], [XZ, JD], responsible_alternatives=[[], ["业主大会", "业主委员会", XZ, JD]], not_targets=[(1, "个月")],
          note="「业主大会、业主委员会应当委托…中介机构…进行年度财务审计」 — 委托 is outside rule 2's list and its object no unit (round 30's "
               "pivot); 「…逾期未委托中介机构进行财务审计的，…由物业项目所在地的乡、镇人民政府或街道办事处委托，并…公告委托情况」 — the "
               "point's own step after a failure (a breach answered: round 65's x276_04 三、（三）, round 60's x71_03), 由A＋a verb "
               "of doing (round 34), the 的-rule leaving 乡、镇人民政府 (round 32), 或 both; the contingency reading (rule 3) and "
               "the article reading accepted (RULING? 3); 「上一年度的年度财务审计应当在每年6月底前完成」 — " + RHYTHM + "; 「…选举"
               "产生后1个月内完成」 " + LIMIT + "; " + NODATE),
        S(["十三"], [], [], targets=[(3, "个")], responsible_alternatives=[["物业服务企业"]],
          note="「物业服务企业应当…委派一名项目经理」 — 委派 is outside rule 2's list: " + NONE + "; " + CLOSED + "; 项目经理 a person "
               "(round 30); 「…可以由一名项目经理服务，但数量不得超过3个」 — a ceiling 不得超过 (round 30's line: 超过 with a negation, "
               "round 48's 限N) → 3 个 a target; " + NODATE),
        S(["十五"], [], ["业主大会", "物业服务企业"], responsible_alternatives=[[]], not_targets=[(12, "个月")],
          note="「…已组建业主大会的，由业主大会与物业服务企业…协商确定物业服务内容、…收费标准和收费方式」 — 「由A与B＋verb」: A and B both "
               "doers (round 30; round 66's x157_04); the condition says where the step applies (the point's own work, not a "
               "contingency); 「鼓励…」 gives no doer (round 40); 「物业服务企业…应当委托…；…应当向业主委员会或者全体业主报告…」 委托 and "
               "报告 outside rule 2's list; none accepted (the fee-setting as the rules' terms, round 46); 「前12个月」 a period "
               "with no comparison word, no target; " + NODATE),
        S(["十六"], [], ["物业项目所在地居（村）委会", "区房屋管理部门"], targets=[(20, "%")],
          responsible_alternatives=[["区房屋管理部门"], ["居（村）委会", "区房屋管理部门"]],
          note="「20%以上业主可以提出…书面提议，由物业项目所在地居（村）委会组织征询业主意见」 — 由A组织＋verb (rule 2), the name as printed "
               "(no 的; 所在 says which, rounds 55, 62); 「公共收益由物业项目所在地的区房屋管理部门代为管理」 — 由A管理 (rule 2), the "
               "的-rule leaving 区房屋管理部门 (round 32; printed so here, beside 区房屋行政管理部门 elsewhere: each as printed, rounds "
               "43, 48, 64); 「…应当将…本息一次性划转至业主大会账户」 moves money (round 48's cost verbs); 「20%以上」 a threshold "
               "joined to 以上 (round 30's line, inside a condition too) → 20 %; the list without the committee (after an "
               "owners' option) accepted; " + NODATE),
        S(["十七"], [], [], targets=[(6, "个月")], not_targets=[(3, "日")],
          note="「区房屋行政管理部门应当听取…意见，…选取物业服务企业建立…预选库」「…应当公布…名单」「由业主委员会或者居民委员会、村民委员会…报乡、"
               "镇人民政府或街道办事处在预选库中选定…」「…应当代表业主大会…签订三方《临时物业服务协议》」「乡、镇人民政府或街道办事处应当将…选定"
               "结果…公告」 — 选取, 建立, 公布, 报, 签订 without 由, 公告 are outside rule 2's list: " + NONE + "; " + CLOSED + "; "
               "「服务期限最长不超过六个月」 a ceiling (最长, 不超过) → 6 个月 a target (a numeral read at its value, round 48 r48b); "
               "「签订后3日内」 " + LIMIT + "; " + NODATE),
        S(["二十一"], ["区规划资源管理部门"], ["区规划资源管理部门", DHB], lead_alternatives=[[]], not_targets=[(20, "个工作日")],
          note="「由区规划资源管理部门会同区房屋行政管理部门提出允许改变物业使用性质的区域范围和方案，经区人民政府同意后，区规划资源管理部门应当予以"
               "公告并抄送区房屋行政管理部门」 — 「（由）A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); 「经A同意」 "
               "rule 3 (区人民政府 no unit); the conditions list text (round 35); 业主 applies (no unit); 「区房屋行政管理部门应当自受理"
               "申请之日起20个工作日内做出决定」 — the body already named (each once); " + LIMIT + "; " + NODATE),
        S(["二十二"], [], ["供水、供电、供气服务单位", "业主"], responsible_alternatives=[["供水、供电、供气服务单位"]],
          note="「…维修、养护责任及相关费用，由供水、供电、供气服务单位分别承担；…由业主承担」 — 「由A承担…责任」 names a doer (round 30 "
               "clarifications: a cost alone names a payer), here a duty of upkeep with its costs; fields sharing one head one "
               "name (round 31); owners by role are units as printed, and none is accepted beside them where owners may be "
               "persons (round 63's x270_04 decided; rounds 46, 55); a task though no 要／应 stands, since 承担…责任 designates "
               "(rounds 35, 59: a verb that takes on the duty) — or the rules' split of costs, no task (round 62's w52b): "
               "RULING? 4; " + NODATE),
        S(["二十三"], [], ["业主委员会"], lead_alternatives=[["业主委员会"]],
          note="「协商一致后，业主委员会应当及时组织召开业主大会会议对…调价方案作出决定」 — 组织召开 is rule 2's own form (A组织＋verb); "
               "「建设单位应当…书面告知业主委员会」 (告知 outside the list), 「建设单位应当持下列文件向区房屋行政管理部门申请备案」 an applicant's "
               "filing (round 32: no duty; the list of documents text, round 35); 「收费标准不得擅自调整」 a rule; " + ONE_LEAD +
               "; " + NODATE),
        S(["二十六"], [], ["业主"], lead_alternatives=[["业主"]], responsible_alternatives=[[]],
          note="「住宅物业管理区域内房屋外墙的清洁，由业主负责」 — 由A负责 (rule 2); owners by role a unit as printed, none accepted beside it "
               "(owners may be persons: round 63's x270_04 decided); 「相关费用由业主承担」「…由…业主自行承担」 payers (round 30); "
               "「…可以依法在专项维修资金中列支」 an option on money; " + ONE_LEAD + "; " + NODATE),
        S(["二十七"], [], [], responsible_alternatives=[["市房屋行政管理部门"]],
          note="「市房屋行政管理部门应当建立健全全市统一的物业管理监管与服务信息平台，将…信息在平台上予以公布」 — 建立健全 and 公布 are outside rule 2's "
               "closed list: " + NONE + "; " + CLOSED + "; 「物业服务企业按照有关规定通过…平台报送…信息的，应当保证…」 a reporting "
               "party's own filing (round 32): no duty; a task by 应当 (" + WORK + "); " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "业主委员会应当每年在业主大会会议上，报告业主委员会年度履职情况",
              "when": "每年", "when_norm": "yearly",
              "note": "十、: the committee's yearly report of its own work to the owners' assembly that elected it (a report sent "
                      "to a body that receives it, rounds 32, 35, 40; 每年 a rhythm, round 34); publishing 「…在物业管理区域内显著"
                      "位置公示」 beside it is disclosure (round 55), no duty (RULING? 5)"}],
     notes=["counting (leaf tasks): the cover (「请认真按照执行」) and the preamble no tasks; 一、–二十九、 are childless headed points "
            "where their （一）… lists are materials, conditions, cases or definitions (round 35: text), read by their words "
            "(rounds 34 early, 56, 58); 七、 (options 「可以…约定」, round 49 p46b), 十八、 (「本市推行…制度」 and a company's and a "
            "person's own filings: terms and applicants' rules, rounds 32, 46), 二十、 (what owners and users must not do, and "
            "definitions of prohibited acts: rules for the public, rounds 36, 37, 41; definitions text) and 二十九、 (parties "
            "drafting their own contracts 「参照…示范文本，制定和签署…」 with no 要／应: the parties' own documents, round 34's "
            "参照) no tasks; 十二、's （一）–（五） are the kinds of disputes the mediation committees 「受理和调解」, the objects of a "
            "work clause, items (round 62's x248_02 第八条; round 55), and the paragraph after them (「业主委员会应当建立…矛盾协调"
            "制度…」) one more task (rounds 36, 38), the paragraphs before them the lead-in → 6; the entry into force no "
            "task → **30**. Accepted: 25 (十二、 one task: its list as classes, text), 26, 27 (that and 十八、／二十九、 "
            "counted), 31 (二十、 one task), 32 (十八、 and 二十九、 counted).",
            "units: headed points, not 第X条 articles: rule 2's closed list (round 63's x268_02); the article reading is "
            "listed as an alternative where it differs (round 45). Applicants (建设单位 申请, 业主 申请), receivers (报…, "
            "向…提交), payers (交纳, 垫付, 承担…费用, 划转) and persons (项目经理, 业主代表) name none",
            "dates: 2021年5月18日 (the cover), in force 2021年7月1日 to 2026年6月30日; 「每年6月底前」 (十一、) a rhythm; "
            "「1997年7月1日至2003年8月31日间竣工的」 (十四、) picks a class of estates, no date of work; time limits from events "
            "(5／20个工作日内, 3日内, 三个月内, 1个月内) no deadlines; no item is dated; no phases",
            "figures: targets 20 % (二、, 十六、), 2 年 and 50 % (四、), 3 个 (十三、), 6 个月 (十七、); 「不低于…二分之一」 (六、) a "
            "floor not checked; not targets 5／20 个工作日, 3 个月, 1 个月, 3 日 (limits from events), 1 人 (members), 12 个月 "
            "(a period); 「两个或者两个以上物业管理区域」 (二、) names kinds of adjustment in conditions, not checked"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x284_02_shi-fangguanju-2021-zhuzhai-xiushan-gongcheng-guanli-banfa.txt"
P02 = "上海市住宅修缮工程管理办法"
N02 = "关于印发《上海市住宅修缮工程管理办法》的通知"
A3, A10, A11, A17 = "第三条（管理机构）", "第十条（实施单位选择）", "第十一条（修缮内容确认）", "第十七条（竣工备案）"
A20, A21, A22, A23 = "第二十条（工程监理）", "第二十一条（工程安全）", "第二十二条（工程质量）", "第二十三条（工程材料）"
A29, A31 = "第二十九条（工作责任）", "第三十一条（社会监督）"
SHI, QU = "市房屋行政管理部门", "区房屋行政管理部门"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (after the cover's signatures and date) or the cover's title: either (round 45's pair)",
     doc_no="沪房规范〔2021〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市住房和城乡建设管理委员会, 上海市房屋管理局 (the index names 上海市房屋管理局)",
     date="2021-01-06",
     date_note="the cover is dated 2021年1月6日 (the index: published 2021-01-15); in force 2021年3月1日, valid to 2025年12月31日",
     level="two city bodies' rules on residential repair works (government-subsidised and private): bodies, procedure, "
           "supervision of works, residents' participation, oversight",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::4aa46ca3e9c34f53bb18e4e7e0c56815", 4550),
     style="a cover (addressees, one sentence, two signatures, date); the rules' title line; six chapter lines; 35 articles "
           "「第N条（heading）」 on their own lines over one or more paragraphs; no numbered items",
     leaf_tasks=26, count_alternatives=[24, 25, 27, 28],
     samples=[
        S([A3], [], [SHI, "各区房屋行政管理部门", "市建设行政管理部门", "绿化市容、质量技监、卫生、人防、应急等部门",
                     "供水、排水、供电、供气、通信等市政单位"], **art(X02, [A3]),
          responsible_alternatives=[["各区房屋行政管理部门", "市建设行政管理部门", "绿化市容、质量技监、卫生、人防、应急等部门",
                                     "供水、排水、供电、供气、通信等市政单位"]],
          note="an article in 总则 that gives work to bodies is a task (round 30): 「市房屋行政管理部门是本市住宅修缮工程管理的主管部门」 — 「A是…"
               "主管部门」 designates A as round 65's 「A是…责任主体」 (x273_04) and round 62's 「A为牵头实施单位」 do (RULING? 6: or a "
               "definition of roles, no unit — the list without it accepted); 「各区房屋行政管理部门负责…」 (负责); 「市建设行政管理部门对…"
               "进行综合协调管理」 (" + ARTICLE + "); 「绿化市容、质量技监、卫生、人防、应急等部门以及供水、排水、供电、供气、通信等市政单位…负责…」 — "
               "fields sharing one head with 等 are one name each, 等 kept (round 31's 「人事、卫生等部门」), 以及 joins two; " + NODATE),
        S([A10], [], ["属地房屋行政管理部门"], lead_alternatives=[["属地房屋行政管理部门"]], **art(X02, [A10]),
          note="「…项目由属地房屋行政管理部门征求申请人意见后，选择…法人单位作为实施单位」 — 由A＋a verb of doing (rule 2; round 34); 属地 before "
               "a head says which body (round 63's x272_08); 「社会投资…项目可自行作为实施单位…」 an option; " + ONE_LEAD + "; " + NODATE),
        S([A11], ["实施单位"], ["实施单位", "申请人", "相关专业单位"], lead_alternatives=[[]], **art(X02, [A11]),
          responsible_alternatives=[["实施单位", "相关专业单位"]],
          note="「实施单位应会同申请人及相关专业单位共同确认…修缮科目」 — 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B "
               "(rule 2), 及 joining two names; 申请人 is defined in 第九条 as 业主, the owners' committee or the residents' "
               "committee, a party by role (round 66's 出让人／受让人), so the list without it is accepted (owners may be persons, "
               "round 63's x270_04); 「实施单位应委托房屋检测单位进行检测」 — the object of 委托 is no unit (round 30's pivot); " + NODATE),
        S([A17], [], ["实施单位", "申请人", "物业服务企业"], **art(X02, [A17]),
          responsible_alternatives=[["实施单位", "物业服务企业"], ["实施单位"]],
          note="「实施单位应组织申请人、监理、设计等共同完成工程竣工综合验收」 — 「A组织B＋verb」: A the doer, B no units (round 30); "
               "「实施单位应与申请人或被授权委托的物业服务企业签订移交接管协议书」 — 签订 in articles makes both parties doers (round 62's "
               "x120_04; round 30's 「由A与B签订」, 或 both, round 66), the 的-rule leaving 物业服务企业 (round 32); 「并向属地房屋行政管理部门"
               "办理竣工备案」 a filing (round 32: no duty), the receiver no unit; the lists without 申请人 (persons may own) or with "
               "实施单位 alone accepted; " + NODATE),
        S([A20], [], ["监理单位"], lead_alternatives=[["监理单位"]], **art(X02, [A20]),
          note="「监理单位应按照规定，切实落实施工现场的监理责任，并定期将施工现场有关情况向属地房屋行政管理部门报告」「…应及时发现、及时制止…"
               "应立即要求施工单位停工或者整改，并书面告知实施单位」 — 落实 (rule 2; round 46's 落实 X的责任), 施工单位 the object of 要求 and "
               "实施单位 a receiver (rule 3); the periodic report is a duty (below); " + ONE_LEAD + "; " + NODATE),
        S([A21], [], ["实施单位"], lead_alternatives=[["实施单位"]], **art(X02, [A21]),
          note="「实施单位负责安全生产的协调管理，并按照合同约定，督促勘察、设计、施工、监理单位各司其责，落实安全生产责任」 — 负责 (rule 2); the "
               "objects of 督促 are no units (round 30's pivot), and 各司其责 after the pivot adds none (round 38's note); the "
               "first paragraph 「…按照…有关规定执行，建立健全…制度」 has no subject; " + ONE_LEAD + "; " + NODATE),
        S([A22], [], ["总承包单位", "分包单位", "施工单位", "监理单位", "勘察设计等单位", "实施单位"], **art(X02, [A22]),
          responsible_alternatives=[["总承包单位", "施工单位", "监理单位", "勘察设计等单位", "实施单位"]],
          note="「工程质量由总承包单位负责」 (由A负责, rule 2); 「分包单位对分包工程的质量负责并接受总承包单位的质量管理」 — 对X负责 makes a doer "
               "where X is the work itself (round 66's x21_06); 「总承包单位应当…承担连带责任」; 「施工单位应建立…，监理单位应加强…；勘察设计等"
               "单位应加强…」 (" + ARTICLE + "), 「勘察设计等单位」 one name with 等 kept (round 31); 「实施单位应与施工单位签订保修合同」 "
               "(签订, both; round 62's x120_04); each once, in printed order; the list without 分包单位 accepted; " + NODATE),
        S([A23], [], ["施工单位", "监理单位", SHI, QU], **art(X02, [A23]),
          responsible_alternatives=[["监理单位", SHI, QU]],
          note="「施工单位应对进场材料进行报验，监理单位应对报验材料进行进场检验签证…送检」 (" + ARTICLE + "; 报验 read as the contractor's "
               "own step of work; the reading that it files its own materials, no unit, accepted); 「市房屋行政管理部门应当组织对…工程材料"
               "质量进行抽查」 (组织＋work, rule 2); 「区房屋行政管理部门应当对…实施监督抽检」 (实施, rule 2); 「相关费用由同级财政拨付」 a payer "
               "(round 48); " + NODATE),
        S([A29], [], [SHI, QU, "镇（乡）人民政府", JD], **art(X02, [A29]),
          note="「市房屋行政管理部门应制定和完善…制度，加强对区房屋行政管理部门的业务指导…」「区房屋行政管理部门要…切实履行…管理职责」「镇（乡）人民政府、"
               "街道办事处要积极配合…，做好群众工作…」 — an article of several subjects, each with a verb of doing (" + ARTICLE + "; "
               "round 30: several clauses give all their bodies), 履行职责 taking on the duty (round 59), 配合 after doers "
               "responsible (round 30); 「镇（乡）人民政府」 kept as printed with its bracket (round 65's 市公用事业局(环卫局)); "
               "the paragraphs of one article one task (round 54); " + NODATE),
        S([A31], [], ["962121物业服务热线"], lead_alternatives=[["962121物业服务热线"]], responsible_alternatives=[[]],
          **art(X02, [A31]),
          note="「962121物业服务热线负责受理市民对…的投诉举报，并做好跟踪处理、核处回复工作」 — the subject of 负责 (rule 2); a service line "
               "made an actor is a unit as printed, as round 66 read a platform made an actor (x114_02), the digits part of "
               "its name (a name with digits is no target, EXPECTED.md); none accepted (a line is a channel, round 63's 依托: "
               "RULING? 7); 「住宅修缮工程接受社会监督」 terms; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "监理单位…定期将施工现场有关情况向属地房屋行政管理部门报告",
              "when": "定期", "when_norm": None,
              "note": "第二十条: a body the rules task reports what it meets on site to the supervising department (round 44; round "
                      "64's x225_02; round 65's x279_04): a duty, its rhythm 定期 unnamed (no when_norm). 「制止无效的，应及时报告…」 "
                      "after it is a report when a case arises, the same duty's text"}],
     notes=["counting (leaf tasks; the cover 「请认真按照执行」 no task; tasks are the rules' articles): general provisions "
            "第一条 (purpose), 第二条 (scope), 第三十五条 (entry into force) no tasks; 第四条 (「实行分类监督管理」, the rules' "
            "terms, round 46), 第七条 (「本市支持…鼓励…」, no doer, round 40), 第九条 (an applicant's step, round 30), 第二十四条 "
            "(「按照…相关规定执行，并接受相关部门的管理」: points to other rules, round 60's x53_01 第十四条), 第三十三条 (staff's "
            "conduct and a sanction with no agent, round 62's x95_04) and 第三十四条 (scopes, options, 参照, rounds 34, 49) no "
            "tasks; 第三、五、六、八、十至二十三、二十五至三十二条 one task each → **26** (第五条 「…等单位应当依法取得资质证书，并在资质许可范围内"
            "承接业务」, 第六条 「本市住宅修缮工程应…充分运用大数据…」, 第十二、十八、十九条 subjectless 应 — tasks naming no unit, round 63's "
            "x273_01; 第十三、十五、十六条 the implementing unit's steps of filing and applying — tasks (round 61's x264_02 standing "
            "steps), units none for filing (round 65's x276_03), not sampled). Accepted: 24 and 25 (第五、六条 read as rules for "
            "operators and an aim, no tasks), 27 and 28 (第二十四条 and 第三十三条 counted).",
            "units: 第X条 articles read by round 44's article rule; applying and filing (申报, 办理竣工备案, 报送…信息), payers (拨付), "
            "options (可), persons (工作人员, 项目经理, 市民监督员) and receivers name none",
            "dates: 2021年1月6日 (the cover), in force 2021年3月1日 to 2025年12月31日; no item is dated; no phases",
            "figures: 「投资额在100万元及以上」 (第二条) and 「投资额低于100万元」 (第三十四条) name the class the rules cover, a scope's band "
            "(round 66's x81_04: no target), in no task; 「962121」 a name; nothing sampled as a target"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x284_03_shi-fangguanju-2020-fangwu-quanshu-diaocha-gongzuo-guiding.txt"
P03 = "上海市房屋权属调查工作规定"
N03 = "上海市房屋管理局关于印发《上海市房屋权属调查工作规定》的通知"
B10, B12, B13, B14 = "第十条（复印件校验）", "第十二条（基础数据下载）", "第十三条（房屋调查实施）", "第十四条（成果数据上传）"
B16, B17, B18, B20 = "第十六条（数据删除）", "第十七条（重新调查的情形）", "第十八条（重新调查的数据上传和材料提供）", "第二十条（调查报告书的出具）"
DC, CG, CGF = "调查机构", "成果部门", "房屋调查成果管理部门"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (after the cover's date) or the cover's title: either (round 45's pair)",
     doc_no="沪房规范〔2020〕11号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市房屋管理局",
     date="2020-12-17",
     date_note="the cover is dated 2020年12月17日 (the index: 2020-12-22); in force 2021年1月1日, valid to 2025年12月31日",
     level="the city housing bureau's rules on surveys of title to buildings: what may be commissioned, the clients' "
           "materials, the survey bodies' and the results department's steps with time limits",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::42e4e5dc321d439e936c9642b13d5f76", 3932),
     style="a cover (addressees, one sentence, the date, no signature printed); the rules' title line; 21 articles "
           "「第N条（heading）」 on their own lines over paragraphs, （一）… lists of kinds of survey, steps, materials and cases",
     leaf_tasks=9, count_alternatives=[8, 10, 11],
     samples=[
        S([B10], [], [DC], lead_alternatives=[[DC]], **art(X03, [B10]),
          note="「提供的资料为复印件的，委托人应当在复印件上加盖印章或者签字」 (the client's own materials: an applicant's rule, round 35) and "
               "「调查机构应当将复印件与原件进行校验」 — " + ARTICLE + "; 调查机构 the defined short name of 房屋调查机构 (第三条), as "
               "printed here (rounds 43, 48, 64: one body printed two ways, as printed each time); " + ONE_LEAD + "; " + NODATE),
        S([B12], [], [DC, CGF], responsible_alternatives=[[DC, CG]], not_targets=[(2, "个工作日"), (3, "个工作日")],
          **art(X03, [B12]),
          note="「调查机构接受…委托后，应当在2个工作日内通知房屋调查成果管理部门（以下简称成果部门）提供基础数据下载」「成果部门应当在…3个工作日内将…"
               "基础数据下载给调查机构」 — " + ARTICLE + "; 「（以下简称…）」 dropped from the name (round 34's names), the full name "
               "first printed here given, the short one accepted (one body printed two ways, round 48); " + LIMIT + "; " + NODATE),
        S([B13], [], [DC], lead_alternatives=[[DC]], not_targets=[(30, "日")], **art(X03, [B13]),
          note="「调查机构在收到…基础数据后，应当在30日内完成受托的房屋权属调查工作，并将…成果数据…传送给成果部门」 — " + ARTICLE + "; "
               + LIMIT + " → 30 日 not a target; 「…期限可延长至60日」 an option (round 40) with no comparison word (至 is none); "
               "the sending of the results into the procedure is the work's next step, not a report (not checked as a duty); "
               + ONE_LEAD + "; " + NODATE),
        S([B14], [], [CG, DC], responsible_alternatives=[[CGF, DC]], not_targets=[(5, "个工作日")], **art(X03, [B14]),
          note="「成果部门应当在收到成果数据后5个工作日内完成…比对」「…成果部门应当将…上传…，并向调查机构提供…」「…调查机构应当在3个工作日内完成成果"
               "数据修改，并…重新传送」 — " + ARTICLE + "; the short name as printed here, the full one accepted (round 48); " + LIMIT +
               "; " + NODATE),
        S([B16], [], [DC, CG], responsible_alternatives=[[DC, "不动产登记机构", CG]], **art(X03, [B16]),
          note="「调查机构完成房屋灭失调查后，应当向不动产登记机构和成果部门出具房屋灭失调查表，经不动产登记机构注销…后，再由成果部门上传…，删除…」 — "
               + ARTICLE + "; 由A＋verbs of doing (round 34); 「经不动产登记机构注销…后」 says after whose step the upload follows "
               "(rule 3's 经A; a receiver of the form before it), so no unit — the list with it accepted; " + NODATE),
        S([B17], [], [], **art(X03, [B17]),
          note="「属于下列情形之一，经成果数据上传的…成果因错误或者其他原因需要重新调查的，应当按照本规定的相关要求重新办理房屋权属调查：（一）…（四）」 — "
               "an article whose items only name the cases answered once in its lead-in is one task (round 35; round 60's "
               "test), 应当 with its act and no subject (" + WORK + "): " + NONE + "; " + NODATE),
        S([B18], [], [], responsible_alternatives=[[DC]], **art(X03, [B18]),
          note="「属于…情形的，调查机构向成果部门传送成果数据时，还应当提供成果修改原因文件及原房屋权属调查报告书」 (three paragraphs alike) — a "
               "sending of documents with no word of decision that the rules ask of a body they task when a case arises, as "
               "round 65 read x279_03 第四条 (「…应当向区人民政府报送以下相关资料」: a task naming no unit, an undated duty; "
               "the duty is not checked here); 提供 of its own papers is a filing, not a verb of doing (round 57); [调查机构] "
               "accepted (round 44's article reading); " + NODATE),
        S([B20], [], [DC], lead_alternatives=[[DC]], **art(X03, [B20]),
          note="「房屋调查工作完成后，调查机构应当向委托人出具…房屋权属调查报告书」 — a document a body issues in a procedure is its work "
               "(round 48; x274_04 第十七条), " + ARTICLE + "; 委托人 a receiver; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks; the cover 「请遵照执行」 no task; tasks are the rules' articles): 第一条 (purpose), 第二条 "
            "(scope), 第二十一条 (entry into force, repeal) general provisions; 第三条 (kinds of survey a client 「可以委托」, and "
            "three bodies' 「可以委托」: options, round 49 p46b; the list the business's kinds, text), 第四条 (「一般按照下列程序办理：（一）"
            "委托；…（六）出具成果报告。」: the procedure's outline by names of steps, no body and no 要／应, the rules' terms, round 46; "
            "round 57's x251_01), 第五至九条 and 第十一条 (the client's own materials and statements: an applicant's rules, round "
            "35), 第十九条 (「…应当按照…有关规定办理」: points to other rules, round 34's 参照; round 60's x53_01) no tasks; 第十、"
            "十二、十三、十四、十五、十六、十七、十八、二十条 one task each → **9**. Accepted: 8 (第十七条 read as a client's rule), 10 "
            "(第十九条 counted), 11 (第四条 one task too).",
            "units: 第X条 articles read by round 44's article rule; the client (委托人, 房地产权利人: applicants, persons), "
            "options (可以委托) and receivers name none; 调查机构 and 成果部门 are defined short names, given as printed (round 48)",
            "dates: 2020年12月17日 (the cover), in force 2021年1月1日 to 2025年12月31日; time limits from events (2／3／5 个工作日内, "
            "30日内, 可延长至60日) no deadlines; no item is dated; no phases",
            "figures: no target is written in a task; not targets 2, 3, 5 个工作日 and 30 日 (limits from events)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x284_04_shi-fangguanju-2020-gongfang-chengzuquan-zhuanrang-hetong-wangqian-caozuo-guiding.txt"
P04 = "上海市公有住房承租权转让合同网签操作规定"
N04 = "上海市房屋管理局关于印发《上海市公有住房承租权转让合同网签操作规定》的通知"
D3, D4, D5 = "第三条（职责分工）", "第四条（差价换房合同网签信息系统）", "第五条（合同网签途径）"
D11, D13, D15 = "第十一条（合同下载与打印）", "第十三条（网签合同信息的注销）", "第十五条（房地产经纪机构的责任）"
SJY, JJ = "市房地产交易中心", "房地产经纪机构"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (after the cover's signature and date) or the cover's title: either (round 45's pair)",
     doc_no="沪房市场〔2020〕150号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市房屋管理局",
     date="2020-12-17",
     date_note="the cover is dated 2020年12月17日 (the index the same); in force 2021年1月15日",
     level="the city housing bureau's operating rules for signing public-housing tenancy transfer contracts online: "
           "duties of the bureau and the trading centres, the system, the channels, the steps and the agencies' duty",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::0ca032f31b834b639a190754a47f7c0c", 3124),
     style="a cover (addressees, two sentences, signature, date); the rules' title line; 17 articles 「第N条（heading）」 on "
           "their own lines over paragraphs; 第六条 a list 1、–5、 of steps, 第十三条 a list 1．–6． of cases",
     leaf_tasks=6, count_alternatives=[7, 8, 11],
     samples=[
        S([D3], [], ["市房屋行政管理部门", SJY, "区房地产交易中心（区房产交易管理事务中心）"], **art(X04, [D3]),
          responsible_alternatives=[["市房屋行政管理部门", SJY, "区房地产交易中心"]],
          note="「市房屋行政管理部门负责…组织实施和管理」「市房地产交易中心负责…」「区房地产交易中心（区房产交易管理事务中心）（以下简称“区交易中心”）负责承担…」 — "
               "three 负责 clauses (rule 2, several clauses), an article of duties one task (round 54; its paragraphs are no "
               "items); a bracket naming another name of the same body stays (round 65's 市公用事业局(环卫局)), 「（以下简称…）」 "
               "dropped; the name without its bracket accepted; 「对本规定进行解释」 inside the bureau's clause adds nothing; " + NODATE),
        S([D4], [], [SJY], lead_alternatives=[[SJY]], **art(X04, [D4]),
          note="「网签系统…由市房地产交易中心负责建设、运营和日常维护」 — 由A负责 (rule 2); the second paragraph says what the system "
               "connects, no doer; " + ONE_LEAD + "; " + NODATE),
        S([D5], [], [JJ], lead_alternatives=[[JJ]], **art(X04, [D5]),
          note="「通过房地产经纪机构居间的合同，由房地产经纪机构提供网签服务」 — 由A＋a verb of doing (rule 2; round 34); 「自然人之间自行交易的，"
               "登录…进行合同网签」 persons (round 30), 「当事人可共同至…办理」 an option; " + ONE_LEAD + "; " + NODATE),
        S([D11], [], ["经纪机构"], lead_alternatives=[["经纪机构"]], responsible_alternatives=[[JJ]], **art(X04, [D11]),
          note="「经纪机构居间网签的，由经纪机构为当事人打印合同」 — 由A＋a verb of doing for the parties (rule 2; round 34), the short "
               "name as printed (round 48; the full name accepted); 「…当事人应当…下载并打印合同」 persons (round 30); " + ONE_LEAD +
               "; " + NODATE),
        S([D13], [], ["区交易中心"], lead_alternatives=[["区交易中心"]], not_targets=[(5, "个工作日")], **art(X04, [D13]),
          note="the items 1．–6． only name the cases in which the parties 「可…即时办理…注销」 (an option, round 49 p46b; cases answered "
               "once, round 35: text); the article is one task by 「单方申请注销的，区交易中心应当在5个工作日内办结」 (" + ARTICLE + "), "
               "the defined short name as printed (round 48); the parties' applications and materials name none; " + LIMIT +
               "; " + ONE_LEAD + "; " + NODATE),
        S([D15], [], [JJ, "市房屋行政管理部门", SJY], **art(X04, [D15]),
          responsible_alternatives=[[JJ, SJY], [JJ, "市房屋行政管理部门"]],
          note="「房地产经纪机构应当遵守…操作规程，对…予以核实确认」 (" + ARTICLE + "); 「对违反本规定的房地产经纪机构，市房屋行政管理部门授权市房地产"
               "交易中心责令其进行整改，并视情形…暂停其…资格」 — the article's own step against a breach, its agents doers (round 60's "
               "x71_03; round 65's x276_04): the bureau acts by 授权 and the centre, so empowered, by 责令 and 暂停 (a body "
               "commissioned does the department's work as its agent: rounds 34, 40, 48, 65's x274_04 第二十条), so both "
               "(RULING? 8: or the centre alone, the pivot's object acting; or the bureau alone, the sentence's subject — "
               "both accepted); " + NODATE),
     ],
     plan_targets=[(3, "名")],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks; the cover's 「请按照执行」 and its 「…可向…咨询反映」 no tasks; tasks are the rules' articles): "
            "第一条 (purpose), 第二条 (scope), 第十七条 (entry into force; an option for earlier forms) general provisions; 第六条 "
            "(the basic steps 1、–5、, each done by the parties themselves: registering, entering, confirming, signing, "
            "printing — the market parties' own steps, rules for the applicant, round 52's x236_03 as round 63 read x268_04), "
            "第七条 (users' registration: applying for oneself, an option 「可授权」, round 62's p52c), 第八、九、十条 (who enters, "
            "checks and signs: persons and the system, the rules' terms), 第十二条 (options), 第十四条 (parties' phone numbers), "
            "第十六条 (the parties' own duty and a consequence with no agent) no tasks; 第三、四、五、十一、十三、十五条 one task each → "
            "**6**. Accepted: 7 (第六条 one task, or 第七条 read as the agencies' work), 8 (both), 11 (第六条's five steps as "
            "tasks naming no unit).",
            "units: 第X条 articles read by round 44's article rule; parties (当事人, 转让人, 共同居住人: persons), users' "
            "registration, options (可) and receivers name none; 区交易中心 and 经纪机构 given as printed (round 48)",
            "dates: 2020年12月17日 (the cover), in force 2021年1月15日; 「5个工作日内」 a limit from an event; no item is dated; no "
            "phases",
            "figures: 「可授权不超过3名…员工作为签约用户」 (第七条, no task): a ceiling with 不超过 is a target by round 30's line, and in "
            "an article that is no task the rules' own figure is a plan target (rounds 38, 48, 62) → plan target 3 名; "
            "「上述情形中2-6项」 names items, no figure; not target 5 个工作日 (第十三条)"])

# round 56 (rul69): answers aligned to tests/data/CONVENTIONS.md "Round 67 rulings, written early" (turned; README, round 56)
from aligned_rulings import align69  # noqa: E402

align69("x284_01", ["八"], "「具体产生方式由筹备组、换届改选小组确定」, the groups composed in 六、 of the bodies' representatives: a working group set up earlier is a doer in later points (round 36; round 55's 区评审小组; round 57's 调查组); round 65's panel was composed in the article it acted in and held experts, persons (round 48); a group of bodies' representatives with standing duties is a body — 由A确定 (rule 2), lead [] (no 牵头)",
        "Units, turned: rounds 36, 55, 57 over round 65's 评标委员会; none is no longer accepted",
        resp=["筹备组", "换届改选小组"], resp_alt=[["筹备组", "换届改选小组", "街镇党(工)委"]])
align69("x284_04", [D15], "「市房屋行政管理部门授权市房地产交易中心责令其…整改」: 「A授权B＋verb」 reads as 「A委托B＋verb」 (round 39), A a doer, B not by that clause (rounds 33, 35); only under a work heading is B given work (rounds 37, 39); 房地产经纪机构 a doer by its own clause (the article reading) as before",
        "Units, turned: round 39 over the article reading; the centre alone stays accepted",
        resp=[JJ, "市房屋行政管理部门"], resp_alt=[[JJ, SJY]])

write_collected(DIR)
