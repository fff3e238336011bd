# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next280/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 56 (built by helper c280): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``, ``article_in`` and ``at_line_in``);
every answer was written here by reading the texts, with ../CONVENTIONS.md (its head, and the "Round 62 rulings" to
"Round 66 rulings" in full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next280/make_expected.py tests/data/plans-next280
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
at = partial(at_line_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C05 = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"     # the commit read_file gave for index/05's stored files
STORED = ("the stored text (read whole with read_file, no commit given; it answered at that commit); only the "
          "repository's wrapper was removed (YAML front matter, the two `>` disclaimer lines and the blank lines around "
          "them, the `# ` marker before the notice title); the text was copied by hand from the tool's answer into the "
          "file, nothing else changed")


def src(path, url, chars):
    return f"{REPO} @ {C05}, docs/房屋与住房/{path} (official page {url}) — {STORED} (stored file {chars} characters)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list outside 第X条 articles (round 44 decided; round 63 on "
          "x268_02: outside articles the closed list stands)")
PROC = ("round 45: headed points that read like a procedure — the closed-list reading is the answer and the article "
        "reading (the subjects of any verb of doing) is accepted beside it (`responsible_alternatives`)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), round 62 (turned, p52c): in 第X条 articles a body named as the subject of the article's verb "
           "of doing is a doer whatever the verb; applying, filing or reporting on itself, paying, options and a review "
           "of a submission name none")
REVIEW = ("round 63 (turned, x268_04), round 65 (x276_02 四): a step in which a body reviews others' applications or "
          "declarations moves the procedure on — standing work, a task naming no unit (round 51 p47c: a review names none)")
EVENT = "a time limit counted from an event with no comparison word: the deadline rule, no target and no deadline (rounds 33, 54, 65's x275_05)"
PUBLIC = "what a family (persons) must or may do is a rule for the public, whatever its modal (rounds 36, 37, 41; round 65's x274_02)"
COLON = "a colon lead-in carries its body into each item (rounds 50, 56); the items after a work clause are the work's parts (rounds 44, 55, 62's x248_02)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x280_01_shi-fangguanju-2021-lianzu-zhufang-baozhang-jiating-fuhe-guanli-banfa.txt"
P01 = "上海市廉租住房保障家庭复核管理办法"
N01 = "关于印发《" + P01 + "》的通知"
DIST = "区住房保障机构"
A03, A05, A07 = "第三条 （申请时间）", "第五条 （符合条件的配租办理）", "第七条 （不申请资格复核的处理）"
A10, A11 = "第十条 （重大情况变更的申报和审核）", "第十一条 （申报情况的处理）"
A13, A14, A15 = "第十三条 （复核审查）", "第十四条 （变更实施）", "第十五条 （对隐瞒虚报的查处）"
A16, A17 = "第十六条（加强监督检查）", "第十七条（复核档案管理）"
TWO_LEVELS = "区和街道（乡、镇）住房保障机构"
EITHER_LEVEL = "区或者街道（乡、镇）住房保障机构"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 17, after the cover's signature and date: round 62 m52) or the cover's title "
                "(line 1; line 3 prints it again with the issuer in front): either (round 45's pair)",
     doc_no="沪房规范〔2021〕12号 (printed on line 5)",
     issuer="上海市房屋管理局",
     date="2021-08-26",
     date_note="the cover is dated 2021年8月26日 (the index: published 2021-08-30); in force 2021年9月1日, valid to "
               "2026年6月30日; the index marks it 失效 (a real text that gives work: taken, as the brief allows)",
     level="the city housing bureau (Shanghai), the revised rules on the review of low-rent-housing families (the review "
           "when an allocation ends, on a major change, on a change of standards; supervision; records): 19 articles in six "
           "chapters",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::ca1c929795954d1b8af6d6c454fc25c9", 3752),
     style="a cover (title, the title again with the issuer in front, number, addressees, one sentence 「…请认真按照执行。」, "
           "「特此通知。」, signature, date) before the rules; the rules' title line; chapter lines 「第一章   总  则」; 19 articles "
           "「第N条 （heading）」 (four with no space before the bracket) on a line of their own over paragraphs; 第九条 and "
           "第十五条 hold lists 「（一）…」 on lines of their own, 第十五条 two lists numbered from （一） each; blank lines between "
           "all lines",
     leaf_tasks=17, count_alternatives=[12, 18, 22],
     leaf_tasks_by_section={"第三条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第十条": 1, "第十一条": 1, "第十二条": 1,
                            "第十三条": 1, "第十四条": 1, "第十五条 second list （一）–（六）": 6, "第十六条": 1, "第十七条": 1},
     childless_top_level_sections=[],
     samples=[
        S([A03], [], ["住房保障机构"], lead_alternatives=[["住房保障机构"]], **art(X01, [A03]),
          not_targets=[(3, "年"), (2, "年")],
          note=ARTICLE + ": 「住房保障机构应当及时提醒、督促廉租家庭在规定时间内提交资格复核申请」 and 「住房保障机构应当按有关规定停止实施廉租住房保障」 "
               "(实施, rule 2 itself) → 住房保障机构, once; the families' 「应当…提交…申请」「可以…提出书面申请」「不得再次申请」 — " + PUBLIC +
               "; the object of 督促 is no unit (round 30); 「每3年进行一次」 a period with no comparison word (round 60: the period "
               "is no target; round 62 w52d) and 「自…之日起2年内，不得再次申请」 a bar on the public counted from an event (" + EVENT +
               "; round 32: penalties are not targets) → not targets; 「登录证明期满前第3个月内」 the families' window, not checked; "
               + ONE_LEAD + "; " + NODATE),
        S([A05], [], [DIST], lead_alternatives=[[DIST]], **art(X01, [A05]),
          note=ARTICLE + ": 「经复核，申请家庭符合…条件的，区住房保障机构向其发放新的…登录证明，并…为其办理配租手续」 — 发放, 办理 (round 50: "
               "发放 of things is work) → 区住房保障机构; the article's whole work is the answer to the review's result (round 42: "
               "合格／不合格 results are the work's own, not rule 3's case); the second paragraph's 「可以继续…也可以选择…」 are the "
               "family's options (" + PUBLIC + "); " + ONE_LEAD + "; " + NODATE),
        S([A07], [], [DIST], lead_alternatives=[[DIST]], **art(X01, [A07]),
          note=ARTICLE + ": 「廉租家庭未在规定期限内申请资格复核的，视为自愿放弃…，区住房保障机构应当在…期满后，停止实施廉租住房保障」 — 实施 "
               "(rule 2's own verb, read wherever printed: round 65's x279_01) → 区住房保障机构; the 的-clause is the case the "
               "whole article answers, so its agent is a doer (round 30: an item whose whole work is the response to a case; "
               "round 65's x276_03 note); " + ONE_LEAD + "; " + NODATE),
        S([A10], [], [], **art(X01, [A10]),
          responsible_alternatives=[["街道（乡、镇）住房保障机构", DIST]],
          not_targets=[(20, "个工作日"), (10, "个工作日"), (3, "个月")],
          note=REVIEW + ": 「街道（乡、镇）住房保障机构应当在受理申报后的20个工作日内核实有关情况，提出处理意见，报区住房保障机构；区住房保障机构应当"
               "在10个工作日内作出申报审核处理决定」 — the street agency checks the families' declarations and the district agency "
               "decides on them: " + NONE + "; the article reading of both subjects accepted (round 44's any verb of doing; "
               "RULING? 2); 「报区住房保障机构」 sends the check's opinion for the district's decision, a step of approval (round 46), "
               "no duty; the families' 「应当在…3个月内…如实填报」 — " + PUBLIC + "; 20／10个工作日内 and 3个月内 — " + EVENT + "; "
               + NODATE),
        S([A11], [], [DIST], lead_alternatives=[[DIST]], **art(X01, [A11]), targets=[(6, "个月")],
          note=ARTICLE + ": 「区住房保障机构应当按照上述规定与申请家庭签订过渡期协议，并严格执行」 — 签订 (an article's verb of doing, round 48; "
               "the family, a person's household, is the other party, no body: rounds 30, 36) → 区住房保障机构; 「经廉租家庭申请、区住房"
               "保障机构审核同意，可以给予不超过6个月的过渡期」 — 审核同意 a review (round 51 p47c) and 可以 an option (round 40), no "
               "doer by them; the family's 退出, 腾退 — " + PUBLIC + "; 不超过6个月 — a ceiling with 不超过 on a term is a target "
               "(round 30's line; round 64's 「年限不超过15年」) → 6 个月; " + ONE_LEAD + "; " + NODATE),
        S([A13], [], [DIST], lead_alternatives=[[DIST]], **art(X01, [A13]),
          note="rule 2: 「廉租家庭配租标准的复核，由区住房保障机构按照…，重新核定…事项，作出配租标准变更的复核决定」 — the agent of 由 with a verb "
               "of doing (核定, like 认定 and 核发: round 30) is a doer; the recalculation follows a change of the city's "
               "standards, no family's submission (round 63's review is of others' applications), so it is the agency's own "
               "work; " + ONE_LEAD + "; " + NODATE),
        S([A14], [], [DIST], lead_alternatives=[[DIST]], **art(X01, [A14]),
          note=ARTICLE + ": 「区住房保障机构…应当及时通知廉租家庭办理…手续，明示…」「区住房保障机构应当…与廉租家庭签订…补充条款」 — 通知, 明示, "
               "签订 → 区住房保障机构, once; 「未签订补充条款的，区住房保障机构不予变更…」 a case inside the article (rule 3) adds "
               "nothing new; 廉租家庭 the object of 通知 (a pivot object, round 30); " + ONE_LEAD + "; " + NODATE),
        S([A15, "（一）"], [], [DIST], lead_alternatives=[[DIST]], **at(X01, "（一）立即", skip=-2),
          note="the article's second list: 「对有隐瞒虚报行为的廉租家庭，区住房保障机构应当根据不同情节和程度，采取以下方式处理，…：」 — " + COLON +
               " (round 60's x71_03: a sanction with its agent is a task) → 区住房保障机构 in each item; the first list "
               "「有下列行为之一的，认定为隐瞒虚报行为：（一）…（五）」 names the cases, conditions answered once in the lead-in, text "
               "(round 54; round 64's x229_03) — the sample binds to the second （一） by its first words (RULING? 1 on the "
               "count); 「立即取消…资格，停止发放租金补贴，或者退出实物配租的住房」; " + ONE_LEAD + "; " + NODATE),
        S([A15, "（三）"], [], [DIST], lead_alternatives=[[DIST]], **at(X01, "（三）取消", skip=-2),
          not_targets=[(5, "年")],
          note="the second list's （三） 「取消其5年内申请本市各类保障性住房的资格」 — " + COLON + "; 5年内 is what a breach costs: round 32, "
               "penalties are not targets (round 65's x274_04 第二十四条 5年) → not a target; the sample binds to the second （三） "
               "by its first words; " + ONE_LEAD + "; " + NODATE),
        S([A16], [], [TWO_LEVELS, "市住房保障机构"], lead_alternatives=[[]], **art(X01, [A16]),
          responsible_alternatives=[[DIST, "街道（乡、镇）住房保障机构", "市住房保障机构"]],
          note=ARTICLE + " (加强 is an article's verb of doing: rounds 57, 62's x53_03): 「区和街道（乡、镇）住房保障机构应当加强…监督检查」 — "
               "levels before one head noun are one name as printed, as 「市、区X部门」 (round 30) and places before one head "
               "(round 35); the split by 和 (round 34) accepted (RULING? 3); 「市住房保障机构应当定期组织对区复核工作的检查」 — 组织＋work "
               "(rule 2); 「检查发现不符合规定的，…由区住房保障机构作出相应处理」 — a clause inside a case (rule 3) adds no unit; "
               "「监督检查可以…采取…方式」 options; 定期 a rhythm with nothing sent: no duty; " + NODATE),
        S([A17], [], [EITHER_LEVEL], lead_alternatives=[[EITHER_LEVEL]], **art(X01, [A17]),
          responsible_alternatives=[[DIST, "街道（乡、镇）住房保障机构"]],
          note=ARTICLE + ": 「区或者街道（乡、镇）住房保障机构应当…及时建立和完善廉租家庭档案和工作档案，…并应当纳入住房保障信息系统，实行动态"
               "管理」 — 建立, 完善 → the levels before one head one name as printed (as 第十六条; round 30's 「由A或B指定专人负责」 "
               "gives both where two whole names stand: the split accepted, RULING? 3); 纳入…信息系统 keeps the records in the "
               "system the agencies use (实行动态管理), sent to no body: not checked as a duty (RULING? 4); " + ONE_LEAD + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the cover 「…现印发给你们，请认真按照执行。」 and the rules are one plan, the rules' articles the "
            "tasks: rule 'Two documents under one cover'): general provisions 第一条 (purpose), 第二条 (scope), 第十八条 "
            "(interpretation), 第十九条 (entry into force, validity) no tasks (round 30); 第四条 (the family fills in the form "
            "— a rule for the public — and 「受理和审核工作，均按照…程序和规定执行」, terms with no doer and no 要／应: round 63's "
            "x268_03) no task; 第八条 (the family 「可以…继续…享受」, a right of the public when the agency is late) no task; "
            "第九条 （一）–（四） define the cases of a major change (a definition's items, round 66's x81_04: no tasks); "
            "第三、五、六、七、十、十一、十二、十三、十四、十六、十七条 1 each (11); 第十五条: the first list （一）–（五） names the "
            "behaviours that count as hiding (conditions, text: round 64's x229_03), the second list （一）–（六） the measures "
            "the lead-in's body takes (the work's parts, each a task: rounds 44, 55, 62's x248_02) → 6 → **17**. Accepted: "
            "12 (第十五条 one task, its lists text), 18 (第四条 as a task: the review 「按照…执行」 read as standing work), 22 "
            "(第十五条's both lists as items) — RULING? 1.",
            "units: articles read by round 44's article rule; families are persons and their duties rules for the public "
            "(round 65's x274_02); 住房保障机构 (第三条) and 区住房保障机构 are given as printed (round 64: one body printed two "
            "ways is given as printed each time); reviews of the families' applications and declarations name none (第十条)",
            "dates: 2021年8月26日 (the cover); in force 2021年9月1日, valid to 2026年6月30日; no item is dated (time limits "
            "from events only); no phases; no duties (第十条's 「报区住房保障机构」 a step of approval, round 46; 第十六条's 定期 "
            "check sends nothing)",
            "figures: target 不超过6个月 (第十一条); not targets 每3年, 2年内 (第三条), 20／10个工作日内, 3个月内 (第十条), 5年内 "
            "(第十五条, a penalty); 「连续6个月以上」 (第九条（四）, a definition's case) not checked; 建设部令第162号 a number"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x280_02_shi-daoyunju-2021-hulianwang-zulin-zixingche-beian-guanli-tongzhi.txt"
N02 = "关于实施本市互联网租赁自行车备案管理的通知"
ROAD, POLICE, ENFORCE = "市道路运输管理部门", "公安交通管理部门", "市交通执法部门"
DISTD = "各区主管部门"
DISTD_FULL = "互联网租赁自行车主管部门"
OPER = "运营企业"

plan(X02,
     title=N02,
     title_note="the notice title (line 1)",
     doc_no="沪道运设运〔2021〕231号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市道路运输管理局 with 上海市公安局交通警察总队 (two signatures on one line; the index lists the first)",
     date="2021-07-26",
     date_note="the notice is dated 2021年7月26日 (the index the same); no entry into force is printed",
     level="the city road-transport bureau and the traffic police (Shanghai), a notice on the filing of shared bicycles: "
           "the bodies' duties, the filing and recall procedures through an industry platform, checks, clearing "
           "unfiled bicycles, and supervision (evaluation, adjusting the numbers)",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0010::ff6125bea08e45568434eb8ca8fd147e", 4310),
     style="addressees 「各有关单位：」, a preamble; 一、二、 childless headed points (二、 three paragraphs each opening with a "
           "body); 三、细化实施规定 （一）–（五） heading lines over 1.–4. items, some with colon lead-ins over （1）–（5） steps; "
           "四、制定监督措施 （一） a heading line over one paragraph, （二） over 1.–2., （三） a heading line, a lead-in "
           "paragraph and 1.–2. with run-in headings; two signatures on one line, the date; blank lines between all lines",
     leaf_tasks=21, count_alternatives=[25, 28, 32, 33],
     leaf_tasks_by_section={"二、": 1, "三、（一）2.": 4, "三、（二）1.": 3, "三、（二）2.": 4, "三、（三）": 2, "三、（四）": 2,
                            "三、（五）": 2, "四、（一）": 1, "四、（二）": 1, "四、（三）": 1},
     childless_top_level_sections=["一、确定实施范围"],
     samples=[
        S(["二"], [ROAD, DISTD_FULL], [ROAD, POLICE, ENFORCE, DISTD_FULL, "乡镇人民政府", "街道办事处"],
          lead_alternatives=[[], [ROAD], [ROAD, DISTD]],
          responsible_alternatives=[[ROAD, POLICE, ENFORCE, DISTD, "乡镇人民政府", "街道办事处"],
                                    [ROAD, POLICE, ENFORCE, DISTD_FULL], [ROAD, POLICE, ENFORCE, DISTD]],
          note="a childless point whose paragraphs each open with a body is one task (round 32: a childless section of unit "
               "paragraphs; round 34 early), its units every rule-2 doer in printed order, each once: 「市道路运输管理部门负责建立…，"
               "会同公安交通管理部门…实施全过程监督和管理」 (负责; 会同 after the carried subject: lead A, responsible A, B, round 34); "
               "「市交通执法部门负责依法…实施行政处罚」 (负责); 「各区政府确定的本行政区域内互联网租赁自行车主管部门（以下简称“各区主管部门”）在"
               "市道路运输管理部门的指导下，负责直接实施或会同乡镇人民政府、街道办事处，对…进行现场核实」 — the 的-rule leaves the head after "
               "the last 的 (round 32), the scope 本行政区域内 dropped (round 62: scopes are no part of a name) → 互联网租赁自行车主管部门, "
               "its defined short name accepted (round 62's x252_03); 负责 makes it a doer, and its 会同 clause a lead with "
               "partners 乡镇人民政府, 街道办事处 (或 joins two ways of one body's work, no option: round 57's x253_03; every 会同 "
               "lead named, round 45, as x274_01 五、（一）); the guide 「在…指导下」 adds nothing (rule 3); lead [] accepted "
               "(round 30) and the first lead alone (RULING? 5); " + NODATE),
        S(["三", "（一）", "2", "（2）"], [], [], not_targets=[(3, "日")],
          note=REVIEW + " and round 65's x276_02 四: 「行业信息平台在收到运营企业传输的车辆基础信息三日内审核确认，并传输至公安交通管理部门车辆管理"
               "系统进行电子登记」 — the platform checks the operators' data and passes it on: a step of the procedure, a task naming "
               "no unit; 审核确认, 传输 are outside rule 2 (" + CLOSED + "), and a platform is a unit only as the agent of 由 "
               "(round 66's x114_02): " + NONE + "; 三日内 — " + EVENT + "; " + NODATE),
        S(["三", "（一）", "2", "（3）"], [], [], responsible_alternatives=[[POLICE]],
          note="a step of the filing procedure the police carry out (round 65's x276_02 四: standing work, a task naming no "
               "unit): 「公安交通管理部门收到…三日内完成电子登记，并将电子登记结果通反馈至行业信息平台」 — 完成 and 反馈 are outside rule 2 "
               "(" + CLOSED + "; round 30: 完成 names none): " + NONE + "; " + PROC + "; the printed 「通反馈」 kept; " + NODATE),
        S(["三", "（二）", "1", "（1）"], [], [OPER], lead_alternatives=[[OPER]],
          note="「1.车辆投放运营后，运营企业应落实主体责任，加强运维保障，重点做好以下工作：」 — 落实…主体责任 designates its subject (rule 2's 落实; "
               "round 62's x64_02), a kind of body (round 62: no line between a rule's parties and regulated operators), and "
               + COLON + " → 运营企业; 「委托第三方…清理」 — the object of 委托 is no unit (a pivot's object, round 30); "
               + ONE_LEAD + "; " + NODATE),
        S(["三", "（二）", "1", "（3）"], [], [OPER], lead_alternatives=[[OPER]],
          note="「建立车辆管理维护机制，及时保养维修车辆，回收、报废和更新老旧破损车辆。」 under the same lead-in — " + COLON + " → 运营企业 "
               "(落实 in the lead-in); " + ONE_LEAD + "; " + NODATE),
        S(["三", "（三）", "1"], [DISTD], [DISTD, "乡镇人民政府", "街道办事处"], lead_alternatives=[[]], targets=[(10, "%")],
          note="rule 2's 「A会同B＋verb」: 「各区主管部门会同乡镇人民政府、街道办事处，组织专门人员每月对…进行现场核实」 — lead 各区主管部门 (the "
               "defined short name as printed here: round 64, one body printed two ways is given as printed each time), "
               "responsible it and the partners; 组织专门人员 — A组织B＋verb, persons no units (round 30); 「每季度累计抽查的车辆总数"
               "比例应不低于…的10%」 — 不低于 joins the share: a target (round 30's line) → 10 %; 每月, 每季度 rhythms of the "
               "item's own checking, nothing sent: no duty; lead [] accepted (round 30; 各 makes it a groups_only lead); "
               + NODATE),
        S(["三", "（三）", "2"], [], [ROAD], lead_alternatives=[[ROAD]],
          note="「行业信息平台每周一向市道路运输管理部门汇总报送…，并于每月上旬报送…结果，由市道路运输管理部门视情在行业内通报以及向社会公布」 — the "
               "agent of 由 with a verb of doing (rule 2; 通报 and 公布 are the bureau's own work here, round 65: a 通报 ends "
               "the checker's own work) → 市道路运输管理部门; the platform's 报送 is outside rule 2 and a platform is no unit "
               "as a subject (round 66's x114_02; round 63's 依托); its weekly and monthly sendings are duties (below); "
               + ONE_LEAD + "; " + NODATE),
        S(["三", "（四）", "1"], [], [OPER], lead_alternatives=[[OPER]],
          note="「运营企业应当落实及时清理回收未备案车辆的主体责任，…组织专门人员及时清理回收…的车辆」 — 落实 (rule 2, a designation: round "
               "62's x64_02) and 组织＋work (组织专门人员 then a verb: A组织B＋verb, round 30) → 运营企业 (a regulated operator "
               "named by a kind, round 62); " + ONE_LEAD + "; " + NODATE),
        S(["三", "（四）", "2"], [], [DISTD], lead_alternatives=[[DISTD]],
          note="「各区主管部门…对…进行现场核实，并将…催告相关运营企业立即清理回收。对于…仍未清理回收的违规投放车辆，应当组织人员同步代为清理回收…」 — "
               "进行, 催告 are outside rule 2 (" + CLOSED + "), but the second sentence carries the paragraph's subject (round 34) "
               "to 组织人员…代为清理回收 (A组织B＋verb: A the doer, round 30) → 各区主管部门; 相关运营企业 the object of 催告 (a pivot "
               "object, round 30); " + ONE_LEAD + "; " + NODATE),
        S(["三", "（五）", "3"], [], [DISTD], lead_alternatives=[[DISTD]],
          note="「各区主管部门应监督相关运营企业使用…，…并组织人员监督车辆清运的实施过程」 — 监督 is outside rule 2, 组织人员监督 is A组织B＋verb "
               "(round 30) → 各区主管部门; 相关运营企业 the object of 监督 (round 30: pivot objects are no units); " + ONE_LEAD + "; "
               + NODATE),
        S(["四", "（一）"], [], [ROAD, ENFORCE],
          note="rule 2: 「对于运营企业未按规定备案…的，由市道路运输管理部门定期汇总…后移送市交通执法部门，由市交通执法部门依据…依法查处」 — the "
               "agents of 由 with verbs of doing (汇总, 查处) are doers (round 34), and the item's whole work is the answer to "
               "the breach (round 30: an item whose whole work is the response to a case takes its agents; round 65's x276_04 "
               "三、（三）) → both, in printed order; the 移送 is an authority's handing on of a case (round 52), no duty; "
               + NODATE),
        S(["四", "（二）", "1"], [ROAD], [ROAD],
          note="rule 2: 「由市道路运输管理部门牵头实施互联网租赁自行车服务质量评价制度，对…进行考核评价」 — 由A牵头 → lead A, responsible A "
               "(plans-dev 03 一); " + NODATE),
        S(["四", "（三）", "1"], [ROAD], [ROAD, POLICE], lead_alternatives=[[]],
          note="rule 2's 「A会同B＋verb」: 「市道路运输管理部门应会同公安交通管理部门定期调整运营企业投放车辆数量」 → lead A, responsible A, B (lead [] "
               "accepted, round 30); 「运营企业应当…及时回收超量投放的车辆」 — 回收 is outside rule 2 (" + CLOSED + "), no unit "
               "(the operator accepted nowhere: the heading 「定期调整。」 names the bureau's work); 定期 a rhythm with nothing "
               "sent: no duty; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "行业信息平台每周一向市道路运输管理部门汇总报送上一周各区对互联网租赁自行车备案核实情况",
              "when": "每周一", "when_norm": "weekly (each Monday)",
              "note": "三、（三）2.: a standing rhythm of reporting to the bureau that issued the notice (round 40's rhythm to "
                      "the issuing office; round 64's x225_02: a body the plan tasks sending its findings on its work)"},
             {"what": "于每月上旬报送上一月分区、分运营企业的车辆备案核实结果",
              "when": "每月上旬", "when_norm": "monthly (first ten days)",
              "note": "三、（三）2.: the monthly report of the checks' results to the same bureau (round 40's rhythm; round 62 "
                      "w52d: a monthly sending is a duty)"}],
     notes=["counting (leaf tasks): 一、确定实施范围 a scope 「本市对于…实施全过程备案管理」 (round 30: scope; round 66's x81_04 in "
            "headed points) — a childless point, no task; 二、 one task (round 32); 三、（一）1.（1）（2） the contents of the "
            "operator's filing and when it is refused (rules for the applicant: round 63's x268_04, round 52's x236_03) and "
            "（一）2.（1）, （二）2.（1） the operator's own uploads and cancellation application (filing on itself) no tasks; "
            "（一）2.（2）–（5） 4 (the platform's and police's steps, standing work, round 65's x276_02; （5） the operator's "
            "operating duty with 应当); （二）1.（1）–（3） 3; （二）2.（2）–（5） 4; （三）1., 2. 2, 3. (「鼓励运营企业…」, options "
            "only: round 47 p47b, round 49 p46b) and 4. (「如遇到…另有检查要求的，按照…统一部署落实」, a case pointing to another "
            "arrangement: terms, round 63's 「按照…执行」) no tasks; （四）1., 2. 2, 3. (鼓励) no task; （五）1. (「…相关区主管部门可…」, "
            "an option) no task, 2., 3. 2, 4. (as （三）4.) no task; 四、（一） 1; （二）1. 1, 2. (the kinds and frequency of the "
            "evaluation, terms with no doer and no 要／应: round 46) no task; （三）1. 1, 2. (「…可会同…」「…可直接注销…」, options "
            "only) no task → **21**. Accepted: 25 (the operator's filings and the filing plan's contents as tasks), 28 (the "
            "options, encouragements, cases and 四、（二）2. as tasks), 32 (both), 33 (every numbered leaf, 一、 included) — "
            "RULING? 6.",
            "units: headed points read by rule 2's closed list (round 63's x268_02), the article reading accepted where "
            "sampled (round 45); operators are bodies named by a kind (round 62) and doers by 落实 and 组织＋work; the "
            "platform is no unit as a subject; 各区主管部门 (the defined short name) as printed where printed",
            "dates: 2021年7月26日 (the signature); no item is dated (三十日, 七日, 三日, 一日 are limits from events); no phases; "
            "duties: the platform's weekly and monthly reports to the bureau (三、（三）2.); the operators' data sent to the "
            "platform are filings on themselves (round 32), not checked",
            "figures: target 不低于…10% (三、（三）1.); not target 三日内 (三、（一）2.（2））; 「可最多在2个区运营」「500-5000辆」 "
            "(the filing's terms, no task), 「达到90%以上时」 (an option's trigger, no task), 「每半年实施一次」 (terms) not checked"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x280_03_shi-fangguanju-2021-fangdichan-gujia-jigou-beian-gaozhi-chengnuo-tongzhi.txt"
N03 = "上海市房屋管理局关于对房地产估价机构备案部分事项实行告知承诺管理的通知"
BUREAU, BUREAU_SHORT = "上海市房屋管理局", "市房管局"

plan(X03,
     title=N03,
     title_note="the notice title (line 1)",
     doc_no="沪房市场〔2021〕109号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市房屋管理局",
     date="2021-07-02",
     date_note="the notice is dated 2021年7月2日 (the index: published 2021-07-22); 「本通知从下发之日起实施」",
     level="the city housing bureau (Shanghai), a notice putting some filings of real-estate appraisal firms under the "
           "notify-and-commit scheme: scope, the managing body, the form, the filing, the checks, exclusions",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::1a130c7471d34461b5e045ab74bffbda", 1548),
     style="addressees 「各房地产估价机构:」, a preamble; six headed points 一、–六、 (heading lines) over paragraphs; 五、 holds "
           "four paragraphs and a list of cases （一）–（三） after a colon; a 「附件：」 line, signature, date; blank lines "
           "between all lines",
     leaf_tasks=4, count_alternatives=[6],
     leaf_tasks_by_section={"二、": 1, "三、": 1, "四、": 1, "五、": 1},
     childless_top_level_sections=["一、适用范围", "六、其他有关事项"],
     samples=[
        S(["二"], [], [BUREAU], lead_alternatives=[[BUREAU]], responsible_alternatives=[[BUREAU_SHORT]],
          note="rule 2: 「上海市房屋管理局（以下简称市房管局）负责本市…备案告知承诺工作的监督管理、协调和推进，并具体负责…组织实施」 — 负责, 具体负责 → "
               "the name as printed, the defining bracket dropped (rounds 32, 43), its short name accepted (round 62's x252_03); "
               "the issuer naming itself is a unit (round 30; round 64: as printed); " + ONE_LEAD + "; " + NODATE),
        S(["三"], [], [BUREAU_SHORT], lead_alternatives=[[BUREAU_SHORT]],
          note="rule 2: 「房地产估价机构备案告知承诺书由市房管局制作并负责相关解释工作」 — the agent of 由 with a verb of doing (制作; 负责) → "
               "市房管局 as printed here (round 64: one body printed two ways, as printed each time); the form's interpretation "
               "is part of the item's work, not a closing article's interpreting body (rule 3 names 「本办法由A负责解释」); the "
               "second paragraph points to the attachment; " + ONE_LEAD + "; " + NODATE),
        S(["四"], [], [], responsible_alternatives=[[BUREAU_SHORT]],
          note="「市房管局收到企业签章的告知承诺书…后，…应当当场作出同意备案通知书，制作相应的备案证书，依法送达申请人，并将…备案信息，在市房管局网站"
               "公告」 — the decision on a filing is a review step (" + REVIEW + "), and 作出, 制作, 送达, 公告 are outside rule 2 "
               "(" + CLOSED + "): " + NONE + "; " + PROC + "; publishing is disclosure (round 55), no duty; " + NODATE),
        S(["五"], [], [], responsible_alternatives=[[BUREAU_SHORT]], not_targets=[(60, "日"), (10, "日")],
          note="a headed point of four paragraphs and a list of cases: 「有下列情形之一的，市房管局应当依法撤回备案证书，…：（一）…（三）」 — the items "
               "name the states in which the lead-in's work is due, answered once outside the list, text (round 64's x229_03; "
               "round 54) → one task (RULING? 7); the firm's 「应当补齐…全部材料」 is an applicant's own filing (round 62: "
               "names none); 「市房管局…对…承诺内容是否属实进行检查」 reviews the firm's submission (round 51 p47c), 撤回, 公告 and "
               "移送 are outside rule 2 (" + CLOSED + "; round 52: an authority's 移送 of a case hands it on): " + NONE + "; "
               + PROC + "; 「（暂定为60日）」 a term with no comparison word (round 30: a figure that only names a norm) and "
               "「收到…后10日内」 — " + EVENT + " → not targets; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): 一、适用范围 (scope, round 30) and 六、其他有关事项 (what the scheme does not apply to, a scope, "
            "and the entry into force) no tasks; 二、, 三、, 四、 childless points that give work (round 34 early); 五、 one task, "
            "its （一）–（三） the cases of the withdrawal, text (round 64's x229_03) → **4**. Accepted: 6 (五、's three cases as "
            "items, 五、 then a parent) — RULING? 7.",
            "units: headed points read by rule 2's closed list (round 63's x268_02); 市房管局 names itself, the issuer (round "
            "30), in its full name where it defines the short one (二、) and by the short one elsewhere (round 64)",
            "dates: 2021年7月2日 (the signature); in force on issue; no item is dated; no phases; no duties (公告 publishes, "
            "移送 hands a case on: rounds 52, 55)",
            "figures: not targets 60日 (a term 暂定为60日) and 10日内 (a limit from an event) in 五、; 「备案等级（一级除外）」 a "
            "grade, not checked"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x280_04_shi-fangguanju-2021-gongyou-chanquan-zhufang-xiaoshou-chae-zijin-guanli-banfa.txt"
P04 = "上海市共有产权保障住房销售差额资金管理办法"
N04 = "关于印发《" + P04 + "》的通知"
CENTRE, CENTRE_SHORT = "上海市住房保障事务中心", "市住房保障中心"
BUILD, BUILD_SHORT = "上海市住宅建设发展中心", "市住宅建设中心"
DEV, BANK = "房地产开发企业", "受托银行"
B04, B05, B06, B07 = "第四条  （管理机构）", "第五条  （管理方式和管理要求）", "第六条  （住房保障专户和销售差额资金归集）", "第七条  （差额资金清算和纳入财政专户）"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 17, after the cover's signature and date: round 62 m52) or the cover's title "
                "(line 1, printed again on line 3): either (round 45's pair)",
     doc_no="沪房规范〔2021〕9号 (printed on line 5)",
     issuer="上海市房屋管理局",
     date="2021-06-24",
     date_note="the cover is dated 2021年6月24日 (the index: published 2021-06-25); in force 2021年7月1日, valid to "
               "2026年6月30日",
     level="the city housing bureau (Shanghai), the revised rules on the price-difference money of shared-ownership "
           "housing sales: which bodies manage it, how it is supervised (by a share or a fixed sum), collected into a "
           "special account and settled (8 articles)",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0013::6c8a3f8d6646459da2e971a2cce3b939", 2428),
     style="a cover (title twice, number, addressees, one paragraph ending 「现印发给你们，请认真按照执行。」, 「特此通知。」, "
           "signature, date) before the rules; the rules' title line; 8 articles 「第N条  （heading）」 (two spaces) on a line of "
           "their own over paragraphs; no chapters, no items; a formula with 「-」「×」「/」; blank lines between all lines",
     leaf_tasks=4, count_alternatives=[5],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1},
     childless_top_level_sections=[],
     samples=[
        S([B04], [], [CENTRE, BUILD, "各区住房保障实施机构", "各区住房保障管理机构"], **art(X04, [B04]),
          responsible_alternatives=[[CENTRE_SHORT, BUILD_SHORT, "各区住房保障实施机构", "各区住房保障管理机构"],
                                    [CENTRE, BUILD, "各区住房保障实施机构"]],
          note="an article of the bodies' duties is one task, its units every doer in printed order (round 54's 部门职责 "
               "article; round 47 p47b): 「上海市住房保障事务中心（以下简称“市住房保障中心”）负责…」「上海市住宅建设发展中心（…）负责…」 "
               "「各区住房保障实施机构负责…」 (负责, rule 2; the names as printed, the defining brackets dropped, rounds 32, 43; the "
               "short names accepted, round 62's x252_03) and 「各区住房保障管理机构应当参照本办法制订…管理办法」 — " + ARTICLE +
               " (制订; 参照 says how, the work is the district rules' drafting: round 36's 参照 article with a sentence of its "
               "own work); the list without it accepted; " + NODATE),
        S([B05], [], [CENTRE_SHORT, DEV, BANK], **art(X04, [B05]),
          responsible_alternatives=[[CENTRE_SHORT], [CENTRE_SHORT, DEV]],
          note=ARTICLE + ": 「由市住房保障中心委托…银行（…“受托银行”）对…项目实施资金监管」 (由A＋a verb of doing; the bank, the object of "
               "委托, no unit there: round 30's pivot), 「房地产开发企业应在房源销售之前，在受托银行建立销售监管账户」 (建立; a party named by "
               "a kind, round 62), 「市住房保障中心、受托银行和房地产开发企业通过签订三方协议的方式，确定监管事项」 (签订, round 48; all "
               "parties of the agreement, round 30's 「A与B签订」), 「市住房保障中心按照…公式确定监管比例」 (确定); 「房地产开发企业可自行"
               "选择」「市住房保障中心可以…调整」 options; 「增值税具体税率按税务部门相关办法执行」 terms (税务部门 no doer); the list "
               "without the operators, or without the bank, accepted (RULING? 8); " + NODATE),
        S([B06], [], [BUILD_SHORT], lead_alternatives=[[BUILD_SHORT]], targets=[(1, "次")], **art(X04, [B06]),
          responsible_alternatives=[[BUILD_SHORT, DEV]],
          note=ARTICLE + ": 「市住宅建设中心负责设立…住房保障专户，并…开具对应项目的收款凭证」 — 负责 (rule 2) → 市住宅建设中心; 「开发企业应当…"
               "至少每月一次将销售差额资金划转至住房保障专户」「…将销售差额资金全额汇入住房保障专户」 move money (paying names none, rounds "
               "44, 48); 「房地产开发企业应当按照管理机构的要求办理代收付业务」 read as the payer's side of the same money (none; the "
               "operator accepted, RULING? 8); 至少每月一次 — 至少 joins the count: a floor, a target (round 30's line; round 62 "
               "w52d: 「每周至少2篇」) → 1 次; 按月 a rhythm of paying, nothing reported: no duty; 市住房保障中心 provides a list "
               "to the centre (「根据市住房保障中心提供的…清单」 inside a noun, round 30: no doer); " + ONE_LEAD + "; " + NODATE),
        S([B07], [], [BUILD_SHORT, CENTRE_SHORT], **art(X04, [B07]),
          responsible_alternatives=[[BUILD_SHORT, DEV, CENTRE_SHORT], [BUILD_SHORT]],
          note=ARTICLE + ": 「市住宅建设中心根据…，与房地产开发企业进行差额资金清算」 — 进行 with its work 清算 (settling accounts is work, not "
               "applying, sending or paying on one's own: as x274_01 五、（四）'s 进行分析和评估) → 市住宅建设中心; the developer is the "
               "other side of the settlement, accepted beside it (round 30's 「由A与B签订」; RULING? 8); 「市住房保障中心配合提供…总金额」 — "
               "配合 after a doer's clause: responsible (round 30); 「经清算后的差额资金，…纳入财政专户管理」 money's route, no doer "
               "(round 62's fund article); lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the cover and the rules are one plan): 第一条 (purpose), 第三条 (scope), 第八条 (entry into "
            "force, validity) general provisions (round 30); 第二条 defines the money and its nature, with 「房地产开发企业不得挪用"
            "销售差额资金」 stating what the money is not — a definition article, no task (RULING? 9); 第四、五、六、七条 1 each → **4**. "
            "Accepted: 5 (第二条's 不得 read as work, round 63's 应当／不得 with its act).",
            "units: articles read by round 44's article rule; paying (划转, 汇入, 纳入财政专户) names none (round 48); the "
            "centres' full names where the article defines their short names (第四条), the short names where printed later "
            "(round 64: as printed each time)",
            "dates: 2021年6月24日 (the cover); in force 2021年7月1日, valid to 2026年6月30日; no item is dated; no phases; no "
            "duties (按月／每月 paying into the account sends money, not a report)",
            "figures: target 至少每月一次 (第六条: 1 次); 市政府令第26号 a number; the supervision formula's terms not checked"])

# round 56 (rul69): answers aligned to tests/data/CONVENTIONS.md "Round 67 rulings, written early" (turned; README, round 56)
from aligned_rulings import align69  # noqa: E402

align69("x280_02", None, "「4.如遇到重大活动保障另有检查要求的，按照市道路运输管理部门统一部署落实。」 (三、（三）4.) and 「4.如遇到重大活动保障另有处置要求的，按照市道路运输管理部门统一部署落实。」 (三、（五）4.): an item whose whole text is the response to a case is a task (round 30), subjectless 落实 an instruction (round 49 p46d), round 63's terms test only for how fees or terms are set (round 65's x274_01 governs); the bureau inside 统一部署 is no doer — two tasks naming no unit",
        "Tasks and counts, turned: rounds 30, 49 p46d, 65 over round 63's 「按照…执行」; the old count stays accepted",
        counts={"leaf_tasks": 23, "count_alternatives": [21, 25, 28, 32, 33],
                "leaf_tasks_by_section": {"二、": 1, "三、（一）2.": 4, "三、（二）1.": 3, "三、（二）2.": 4, "三、（三）": 3,
                                          "三、（四）": 2, "三、（五）": 3, "四、（一）": 1, "四、（二）": 1, "四、（三）": 1}})
align69("x280_04", None, "第二条 defines the money, then 「房地产开发企业不得挪用销售差额资金」: 不得 with its act binds a body and gives work though no unit is named (round 63's x270_01 第九条, x273_01), and a general-provision article that also gives work is a task (round 39; round 63's x273_01 第十九条); units, were it sampled: none (a ban asks nothing done)",
        "Tasks and counts, turned: rounds 39, 63, 66 over round 30's definition article; 4 stays accepted",
        counts={"leaf_tasks": 5, "count_alternatives": [4],
                "leaf_tasks_by_section": {"第二条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1}})

align69("x280_02", ["三", "（三）", "2"], "「…由市道路运输管理部门视情在行业内通报以及向社会公布」: 视情 makes the act itself hang on circumstances, an option reaching every verb joined to it (round 53's x243_02; round 61: unlike 适时, which says when) — the form Round 67 turned at x285_03 4.3, here after 由A (the option binds the agent's act as it binds a carried subject's); the old answer stays accepted",
        "Units, turned with x285_03 4.3 (rounds 53, 61 over the 由A agent; the lead, round 56, on rul69's question)",
        lead=[], resp=[], alt=[["市道路运输管理部门"]], resp_alt=[["市道路运输管理部门"]])

write_collected(DIR)
