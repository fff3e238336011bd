# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next355/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 67 (built by helper c355, for round 68): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings, written early" to its
end in full — Rounds 83–95 — older rulings only where a ruling quoted there led) and /work/shared/plans-dev/EXPECTED.md
(lines 1–60) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the lead
scores it first.

    PYTHONPATH=. python tests/data/plans-next355/make_expected.py tests/data/plans-next355
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit every read_file of this set named
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer into the file and the whole stored file rebuilt from it (front matter, disclaimers, `# `) "
          "checked against the stored character count")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars} characters stored, wrapper included)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
LABEL = ("rule 1: a heading naming a body under a duty heading (职责分工) is a unit heading over its text (round 53's "
         "x242_02; Round 87's x325_03 四、（六）; Round 90's p64f: a standing body the section does not set up), sentences "
         "adding nothing")
CLOSED = ("outside articles rule 2's list is closed (round 30; Round 83's x316_01 一; Round 91's x335_03 六): 加强, 建立, "
          "开展 without 组织, 做好, 进行, 完成, 确认, 制定, 统筹, 督促 and 协调 (pivots), 指导 (rule 3's guide) name no doer, "
          "要／应 changing nothing (Round 89's x332_04)")
SENDING = ("a clause whose only act sends or hands a matter on names none (rounds 46, 48; Round 87's x325_02 第十九条; "
           "Round 89's x331_01)")
OWED = ("a regulated party's owed acts are work, a task naming none outside articles (Round 84's p61a-2; Round 91's "
        "x339_02 四、（二）; Round 95's x347_02 第四、五条: 申报, 申领 included)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x355_01_putuo-fangguanju-2025-zhuzhai-xiaoqu-wuye-fuwu-dabiao-jili-jizhi-shishi-yijian.txt"
P01 = "普陀区住宅小区物业服务达标激励机制的实施意见"
N01 = "关于印发《普陀区住宅小区物业服务达标激励机制的实施意见》的通知"
FGJ = "区房管局"
GJZ = "各街镇"
RATE = "元/m²·月"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the opinions' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="普房管规范〔2025〕1号 (the stored front matter; the text prints none)",
     issuer="上海市普陀区住房保障和房屋管理局",
     date="2025-07-15",
     date_note="the cover is signed 2025年7月15日 (line 9); 八、附则's 「自2025年8月15日起施行，有效期至2029年8月14日止」 (printed in the "
               "cover too) is a general provision (round 30); the days of 五、（二） (9月15日前, 10月15日前, 次年3月15日前, 次年4月15日前) "
               "recur every year (「每年度」: round 34, recurring dates, no deadline); 五、（三）'s 「施行起1个月内」 counts from the "
               "printed day of entry into force (below)",
     level="a district housing bureau to its street offices and towns: how the district rates residential property "
           "service every half year (bureau, streets, a third party, residents) and pays incentives by grade",
     source=src("关于印发《普陀区住宅小区物业服务达标激励机制的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075197540&siteId=0075", 6081),
     style="a short cover (addressee, one paragraph, signature, date), the opinions' title, a preamble, eight points 一、–八、 "
           "with （一）… run in after a heading word (「（一）客观公正原则。…」「（一）区房管局职责：…」) or as heading lines over a "
           "paragraph (五、–七、), 1.… lines and （1）… lines below them; two flattened grade / rate tables in 六、（一） (one "
           "cell a line, 「(元/m²·月)」 on a line of its own); half-width 「;」 and 「(」 in places; one paragraph a line with "
           "blank lines between",
     leaf_tasks=11, count_alternatives=[9, 10, 12, 13, 15, 16],
     leaf_tasks_by_section={"一、": 0, "二、（一）（二）": 0, "二、（三）": 1, "三、（一）（二）": 2, "四、": 0,
                            "五、（一）（二）（三）": 3, "五、（三）1.–5.": 0, "五、（四）": 0, "五、（五）": 0, "五、（六）": 1,
                            "六、（一）1、2、3（1）": 0, "六、（一）3（2）": 1, "六、（二）1": 0, "六、（二）2": 1, "六、（二）3": 0,
                            "七、（一）": 0, "七、（二）": 1, "七、（三）": 0, "七、（四）": 1, "八、": 0},
     childless_top_level_sections=["一", "四", "八"],
     samples=[
        S(["二", "（三）"], [FGJ, GJZ], [FGJ, GJZ], lead_alternatives=[[]],
          note="「（三）条块联动原则。区房管局与各街镇按照职责分别牵头落实区级及街镇两级考评激励工作，加强条块联动，形成合力…」 — "
               "a point of principle stays a section where it names no doer; where it places work on named bodies by a "
               "rule-2 form it is a task like any item (Round 91's turned x337_02 二、（一）; Round 93's turned x345_02 第三条) "
               "(RULING?: or a principle of roles, a section, p51e — 10 accepted); 「A与B…分别牵头落实」: 牵头 gives the lead, "
               "and bodies that lead different parts are all leads (rounds 36, 45; Round 83's x316_02 （二十））; lead [] "
               "accepted (round 30); （一）（二） name no doer (相关部门、各街镇…需坚持…原则; 激励, 开展 outside rule 2): sections; "
               + NODATE),
        S(["三", "（一）"], [], [FGJ], lead_alternatives=[[FGJ]],
          note="「（一）区房管局职责：根据…制定相关考评标准，同时引入第三方专业测评机构开展…测评;将上述测评结果反馈给各街镇…;…负责将…三方分数汇总，按权重比例得出最终区级考评分数及等级;向符合要求的物业服务企业发放激励资金;对街镇…开展监督检查。」 — "
               "a unit-colon item with a duty word under 三、职责分工 (rule 1; plans-dev 12's 「（一）城运中心：负责…」), "
               "sentences adding nothing; the third party is brought in (引入, an object); no 牵头: " + ONE_LEAD
               + "; the results fed back to the streets are a duty (below); 按权重比例 prints no figure; " + NODATE),
        S(["三", "（二）"], [], ["属地街镇"], lead_alternatives=[["属地街镇"]],
          note="「（二）属地街镇职责：根据本考核办法…细化本街镇的激励考评标准;负责对辖区申报小区的资格…进行审核;…委托专业第三方开展辖区住宅小区物业收费标准评估工作。」 — "
               + LABEL.replace("a heading naming a body", "a unit-colon item naming a body") + "; the one-word relation 属地 "
               "is kept (Round 89's x331_02; Round 81's 属地街道); the third party is 委托's object (round 35); " + ONE_LEAD
               + "; " + NODATE),
        S(["五", "（一）"], [], [GJZ], targets=[(1, "次")], not_targets=[(40, "%"), (20, "%")],
          lead_alternatives=[[GJZ]], responsible_alternatives=[[FGJ, GJZ]],
          note="「（一）考评方式」 over 「区房管局根据…每半年考评一次，形成区房管局考评分值;各街镇组织居委会等相关部门按照本街镇激励考评标准每半年考评一次，形成街镇考评分值;第三方测评机构…每半年开展一次综合实效测评…;…其中，街镇激励资金按照街镇考评分值、实效测评分值和满意度测评分值分别为40%、40%和20%比例形成街镇考评结果;…」 — "
               "an item printed as a heading line has the paragraph below as its body (round 32); 「A组织B＋verb」 names A "
               "(round 30), 居委会等相关部门 its objects; the bureau's 考评 and the third party's 开展 are outside rule 2's "
               "closed list (" + CLOSED.split(":")[0] + ") — the bureau with the streets accepted; the events the item "
               "holds in a rhythm are its number of work, 1 次 (Round 84's p61e-1; Round 90's x333_03), 每半年 no target "
               "and no deadline; 40 %, 20 % are the weights a formula gives its parts (Round 89's x329_02 第四条: a weight "
               "is no target) — not_targets; " + ONE_LEAD + "; " + NODATE),
        S(["五", "（二）"], [], [], responsible_alternatives=[[GJZ], [FGJ, GJZ]],
          note="「（二）考评周期」 over 「考评工作共分为两次展开。每年度第一阶段考评：7月-9月，考评结束后，各街镇将小区考评等级结果于9月15日前报区房管局审核，并根据区房管局的审核结果确认最终考评等级和发放清册，区房管局及各街镇应于10月15日前完成第一次激励资金发放。每年度第二阶段考评：次年度1月-3月…次年3月15日前…次年度4月15日前完成第二次激励资金发放。各街镇应在激励资金发放当月，将最终激励资金发放清册报区房管局备案。」 — "
               "beyond the rounds' rhythm the item binds the streets to confirm the final grades and payment lists and "
               "both to finish paying by set days, work of the scheme's own (Round 87's x325_01 第十六条: a review the rules "
               "bind their body to make is work), a task (RULING?: or the time rule of the rating other points describe, "
               "no task — Round 85's x319_03 四 「物业考核以每半年为周期，一年开展2次考核」; 10 accepted); 确认, 完成 and the "
               "sendings stand outside rule 2 (" + CLOSED.split(":")[0] + "; " + SENDING.split(" (")[0] + ") — the streets, "
               "and the bureau with them, accepted; " + NONE + "; the days recur each year (「每年度」; round 34; Round 91's "
               "x335_02 第十四条): no deadline, and the yearly stages 7月-9月／次年度1月-3月 are no phases (recurring, no "
               "year printed: round 48); the sending 「报区房管局审核」 is a step of the bureau's decision, no duty (Round "
               "89's x329_04 第九条), the 备案 of the final lists a duty (below)"),
        S(["五", "（三）"], [], [GJZ], dl="在本实施意见施行起1个月内", dln="2025-09-15", not_targets=[(1, "个月")],
          lead_alternatives=[[GJZ]],
          note="「（三）考评内容」 over 「各街镇应根据辖区实际情况，在本实施意见施行起1个月内制定本街镇的细化激励考评标准，并报区房管局备案后实施。应包括但不限于以下内容：」 and 1.–5. (「1.根据《物业管理条例》…规范履行《物业服务合同》，做好…」 … 「5.对积极承担社会责任…的，可依其申请进行考评激励。」) — "
               "lines a noun lead-in 「（X）应包括…以下内容：」 lists are the contents of the standard, text, not items "
               "(Round 92's governs on x311_02 第二十三条; Round 94's governs on the same form; Round 86's (a)) — one task "
               "(RULING?: or five lines of the property firms' work, tasks naming none — 15 accepted); 「…制定…，并报…备案后"
               "实施」: the subject of 实施 is a doer (rule 2; Round 87's x327_02 三、（一） 「…报区生态环境局备案并实施」), 制定 "
               "outside the list; " + ONE_LEAD + "; 「施行起1个月内」 counts from the day of entry into force the text prints "
               "(2025年8月15日, cover and 八、), so a fact the text prints fixes the day (Round 87's x324_07 五 「放假前一天」; "
               "round 50): by 2025-09-15 (RULING?: or round 33's time limit from an event, no deadline); 1 个月 with 内 and no "
               "comparison word of round 30's list (以内 is one, round 32) — not_target; the filing of the streets' own "
               "standard before they apply it asks no 同意 of the bureau: a duty (below; Round 87's turned x328_04 四、（二））"),
        S(["五", "（六）"], [], [GJZ], lead_alternatives=[[GJZ]],
          note="「（六）考评结果」 over 「每半年度的考评结果，由各街镇向社区公开。考评中发现的各类问题，由各街镇按照职责落实相关单位整改，同时，根据实际情况指导小区业主大会合理使用考评结果。」 — "
               "the agent of 由 with any verb of doing is a doer (rule 2), the same body printed twice given once (Round 82); "
               "相关单位 is 落实's object, 指导 rule 3's guide; publishing to the community is disclosure, no duty (round 55's "
               "x247_01 第十四条; Round 89's x329_03 第三十二条); " + ONE_LEAD + "; 每半年度 names the round, no deadline; "
               + NODATE),
        S(["六", "（一）", "3", "（2）"], ["街镇"], ["街镇", FGJ], lead_alternatives=[[]],
          targets=[(0.3, RATE), (6, "个月")],
          note="「（2）临时托管激励资金。」 over 「对临时物业服务企业预选库中承接本区售后房小区物业管理临时服务并…开展物业服务的物业服务企业，可依其申请进行激励。物业服务企业可在其临时管理服务终止后6个月内向小区所属街镇申请。由街镇会同区房管局对临时物业服务情况进行考评，考评达标可按照最高0.3元/m²·月的标准激励，激励时长不得超过6个月，资金在街镇激励资金中列支。」 — "
               "the firms' application is the applicants' (round 30), the rate and the cap the scheme's terms, but the "
               "rating of the temporary service the rules place on the streets by 由A会同B is the scheme's own work, a task "
               "(round 39: a standard that also gives work is a task; Round 87's governs on x325_04: the scheme's own "
               "finding placed by 由A＋verb) (RULING?: or a review of the firm's application, naming none, and with it the "
               "whole line the scheme's terms, no task — Round 85's x321_02; 10 accepted); 「（由）A会同B＋verb」: lead A "
               "(lead [] accepted), responsible A, B (rule 2); 「最高0.3元」 and 「不得超过6个月」 joined to comparison words "
               "are targets (round 30's line); the application window 6个月内 counts from an event (round 33), its figure "
               "the same 6 个月; " + NODATE),
        S(["六", "（二）", "2"], [], [], responsible_alternatives=[[GJZ]],
          note="「2.审核」 over 「各街镇应根据本激励实施意见和属地达标考评激励细则的要求开展申请审核工作，重点对申请小区的物业服务企业信息、激励面积等内容进行审核，汇总确认符合申请条件的小区清单，按规定要求及时上报区房管局备案。」 — "
               "a review the rules bind their body to make is work, a task naming none (Round 87's x325_01 第十六条; Round 83's "
               "x313_01 第十一条), the review rule settling units: 开展 without 组织, 进行审核 and 汇总确认 outside rule 2's list "
               "(round 30; Round 85's x319_01 第七条（三））, the sending up a sending — 各街镇 accepted; " + NONE + "; the "
               "list sent up 及时 is an undated duty (below); 1.申请's （1）–（3） are the applicants' conditions, the scheme's "
               "terms (round 30; Round 83's x314_09), no tasks; " + NODATE),
        S(["七", "（二）"], [], ["街镇"], lead_alternatives=[["街镇"]],
          note="「（二）资金使用」 over 「激励资金实施专款专用，主要用于…日常管理，考评主体可酌情…适当给予激励。街镇每年组织对辖区内当年调价小区进行物业收费标准评估，物业评估费用可在街镇激励资金内列支。」 — "
               "an article whose only acts move money is the scheme's terms (Round 83's x311_01 第七条), but the streets' "
               "yearly assessment of fees is work beyond moving money, a task (Round 91's x339_03 第十条; round 39); 「A组织"
               "＋verb」 (组织…进行评估) names A (rule 2); 考评主体可… and 可在…列支 are options (round 49 p46b); 每年 a rhythm "
               "with no count printed; " + ONE_LEAD + "; " + NODATE),
        S(["七", "（四）"], [], ["各预算主体"], lead_alternatives=[["各预算主体"]],
          note="「（四）绩效管理」 over 「激励资金由各预算主体按照《普陀区财政项目支出预算绩效管理办法》等要求，分别负责开展本部门的绩效管理工作。」 — "
               "「由A…负责＋verb」 names A (rule 2), a group named by a kind (各预算主体: the streets and the bureau 七、（一） "
               "budgets for, named by their role; round 30's 各区, a kind with a rule-2 verb); an item that names a unit is a "
               "task whatever its heading (seeds lines 3–5), while 七、（三）资金监管 「区房管局和各街镇要…各司其职，做好激励资金使用和"
               "监管。各小区物业服务企业应将…使用情况在小区内予以公告…」 names none by rule 2 (做好; a disclosure) and, as a "
               "point of 监督 in a plan whose tasks name units, is no task (seeds lines 3–5; Round 89's governs on x333_04 "
               "五、监督检查) — 12 with it accepted; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[(0.4, RATE), (0.2, RATE), (0.04, RATE), (0.1, RATE), (0.02, RATE), (20, "%")],
     plan_targets_note="六、（一）'s rates by grade and condition 「按最高标准为0.40元/m²·月…B级…按照0.20元/m²·月」「区级激励资金基础标准为0.04元/m²·月…一次累计增发不超过0.1元/m²·月」「…0.02」 "
                       "and 五、（四）'s ceilings 「原则上A级的小区总建筑面积数不超过参评总数的20%」「I级企业数不超过参评总数的20%」: rates and "
                       "ceilings of a scheme's terms in no task are plan targets (Round 85's x318_07 rate lines and x321_04; "
                       "Round 93's x343_01 第七条（二））; the grade bands 90分以上（含90分）… name the grade a result falls in, a "
                       "class (Round 91's governs on x335_02 第十六条) — unchecked; 五、（五）'s 「记分≥12分，但未超18分」「满18分」"
                       "「到期超过2年」 stand in lines of lists of cases (Round 93's turned x346_02 第七条（四））; 六、（一）3（1）'s "
                       "「≥0.2元/m²·月」「0.1元/m²·6个月」, 七、（一）'s 「约为0.3元/m²·月」 and 80%／20% are terms too (not checked)",
     phases=[],
     duties=[{"what": "将上述测评结果反馈给各街镇作为发放激励资金的重要依据", "when": None, "when_norm": None,
              "note": "三、（一） — the bureau's notice of the results of the rating it commissions to the bodies that pay "
                      "on them: a notice of the body's own results is a duty (Round 89's turned x331_04 第九条; Round 91's "
                      "x340_02 第二十四条), undated"},
             {"what": "各街镇应在激励资金发放当月，将最终激励资金发放清册报区房管局备案", "when": "激励资金发放当月",
              "when_norm": None,
              "note": "五、（二） — the streets filing their own final payment lists, asking no 同意: a plan body sending the "
                      "results of its own work (round 48; Round 87's turned x325_02 第十五条 备案), twice a year in the "
                      "month of payment; the scorer knows no such rhythm, so the words alone are checked"},
             {"what": "在本实施意见施行起1个月内制定本街镇的细化激励考评标准，并报区房管局备案后实施", "when": "施行起1个月内",
              "when_norm": None,
              "note": "五、（三） — 报B备案后实施 asks no 批准 or 同意 of B (Round 87's turned x328_04 四、（二））: the "
                      "streets filing their own standard, a duty; the time counts from entry into force (the sample's "
                      "deadline reading), left undated here"},
             {"what": "汇总确认符合申请条件的小区清单，按规定要求及时上报区房管局备案", "when": "及时", "when_norm": None,
              "note": "六、（二）2 — the streets sending the list their own review settles (round 48), 及时 printing no "
                      "time: undated"}],
     notes=["counting (leaf tasks): 一、工作目标 aims (seeds lines 3–5; p51e), 四、适用范围 a scope (round 30), 八、附则 a general "
            "provision — childless, no tasks; 二、（一）（二） points of principle naming no doer (p51e; Round 91's x337_02 "
            "（二）), （三） a task (牵头落实); 三、（一）（二） unit-colon items, 2; 五、（一）（二）（三）（六） 4 — （三）'s 1.–5. the "
            "contents of the standard (text); 五、（四） a grading standard (bands, a share ceiling, lines that lower, keep or "
            "adjust a grade: a standard of reckoning, the scheme's terms, Round 87's x325_04 五、（三）; Round 85's x318_07) and "
            "五、（五） a power the bureau holds (「拥有降级权和一票否决权」: 有权 is an option, Round 87's x325_02 第二十条; its "
            "lines classes of cases, Round 78's (b)) — no tasks; 六、（一） rates and conditions (terms) but 3（2） a task "
            "(由街镇会同区房管局…考评); 六、（二）1 the applicants' conditions and 3 eligibility terms (新接／退出, 「建立完善动态调整"
            "机制」 a run-in heading, round 63), 2 a task; 七、（一） budget only (Round 93's x345_02 第七条), （二） a task, "
            "（三） a 监督 point naming none (no task), （四） a task → **11**. Accepted: 9 (二、（三） and 五、（二） out), 10 "
            "(either out, or 六、（一）3（2） out), 12 (七、（三） or 五、（五） in), 13 (both), 15 (五、（三）'s five lines as "
            "items), 16 (and 七、（三））.",
            "units, not sampled: none left (every leaf is sampled)",
            "dates: one deadline (五、（三）, RULING?); the rest rhythms and recurring days (round 34); no phases (the yearly "
            "stages of 五、（二） recur, no year printed)",
            "duties: four, as listed; 五、（二）'s 「报区房管局审核」 twice a year is a step of the decision (Round 89's x329_04 "
            "第九条); 六、（二）1（3）'s 「物业服务企业应于每年一季度前将申报材料提交至各街镇」 an application, no duty (round 42); "
            "五、（六）'s 向社区公开 and 七、（三）'s 公告 are disclosure (no duty)",
            "figures: plan targets as listed; item targets 1 次 (五、（一）), 0.3 元/m²·月 and 6 个月 (六、（一）3（2））; "
            "not_targets 40 %, 20 % (weights), 1 个月 (a limit with 内)"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x355_02_jinshan-fangguanju-2023-zhuzhai-xiaoqu-wuye-chengjie-chayan-guanli-zhidao-yijian.txt"
P02 = "关于进一步加强金山区住宅小区物业承接查验管理工作的指导意见"
N02 = "关于印发《关于进一步加强金山区住宅小区物业承接查验管理工作的指导意见》的通知"
WYZX = "物业管理事务中心"
CJZX = "属地城市建设管理事务中心"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the opinion's own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="金房管规〔2023〕1号 (the stored front matter; the text prints none)",
     issuer="上海市金山区住房保障和房屋管理局",
     date="2023-11-14",
     date_note="the cover is signed 2023年11月14日 (line 9; the stored front matter's 发布日期 reads 2023-12-01); 六、's "
               "「自2024年1月1日起施行，有效期至2028年12月31日」 a general provision (round 30); no item prints a date: its times "
               "count from events (交付前90天, 现场查验20日前, 交接后10日内, 进场前30天, 签订10日内, 交接后30日内: round 33)",
     level="a district housing bureau to the units, towns, street offices, park committees and firms concerned: how the "
           "district's offices and desks, developers, owners' committees and property firms check and hand over the common "
           "parts and records of new and existing residential estates when a property firm takes over",
     source=src("关于印发《关于进一步加强金山区住宅小区物业承接查验管理工作的指导意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0081bd133b2897eae6f555301b9374f6a7dd&siteId=0081", 7559),
     style="a short cover (addressees, one paragraph, signature, date), the opinion's title, a preamble; six points 一、–六、, "
           "二、 a paragraph over five heading lines naming offices and desks 「（一）区物业管理事务中心」 each over a paragraph; 三、 "
           "and 四、 a paragraph (四、 four, then a 1.–9. list of steps) over （一）–（六） heading lines over paragraphs and 1.… "
           "lines (lists of papers, contents and run-in headed steps 「1.信息告知。…」); a 附件 list of four at the end; one "
           "paragraph a line with blank lines between",
     leaf_tasks=29, count_alternatives=[27, 28, 30, 31, 38, 39],
     leaf_tasks_by_section={"一、": 0, "二、（一）–（五）": 5, "三、（一）": 0, "三、（二）–（四）": 3, "三、（五）1–5": 5,
                            "四、1.–9.": 0, "四、（一）（二）": 2, "四、（三）1–4": 4, "四、（三）5": 0, "四、（四）1–2": 2,
                            "四、（五）": 1, "四、（六）1–5": 5, "五、（一）（二）": 2, "五、（三）": 0, "六、": 0},
     childless_top_level_sections=["一", "六"],
     samples=[
        S(["二", "（一）"], ["区物业管理事务中心"], ["区物业管理事务中心"], lead_alternatives=[[]],
          note="「（一）区物业管理事务中心」 over 「负责本区新建住宅小区物业承接查验工作，指导和参与既有住宅小区承接查验工作。负责前期物业承接查验备案，牵头相关部门落实材料的审核把关，推进落实查验工作。协调…，督促建设单位…整改…」 — "
               + LABEL + "; the text makes it the 牵头 body, so it is the lead too (Round 95 confirmed x349_02 三、（一）: a unit "
               "heading gives its body, and the line's own 牵头 says who leads), lead [] accepted; 相关部门 are 牵头's "
               "objects but add nothing under the label (rule 1); the section's opening paragraph (区房管局负责…, 街镇（高新区）"
               "负责…) is the lead-in into the five items, no leaf (Round 91's x337_02 三、; Round 85's x322_04 第十九条); "
               + NODATE),
        S(["二", "（二）"], [], ["区住宅建设发展中心"], lead_alternatives=[["区住宅建设发展中心"]],
          note="「（二）区住宅建设发展中心」 over 「参与新建住宅小区物业承接查验检查工作，根据上海市《住宅小区安全技术防范系统要求》…对…五大技防系统及实体防护装置进行现场核查。」 — "
               + LABEL + "; 五大 is part of a name of a set of systems, no quantity of work (EXPECTED.md: names with digits); "
               + ONE_LEAD + "; " + NODATE),
        S(["二", "（五）"], [], ["街镇城市建设管理事务中心"], lead_alternatives=[["街镇城市建设管理事务中心"]],
          responsible_alternatives=[["街镇（高新区）城市建设管理事务中心"]],
          note="「（五）街镇（高新区）城市建设管理事务中心」 over 「负责本辖区内既有住宅小区物业承接查验工作，监督和指导…，督促…整改…。参与新建住宅小区物业承接查验检查工作…」 — "
               + LABEL + "; a bracket that gives the body of the same kind in other areas is dropped wherever it stands in "
               "the name (Round 89's turned x331_02; Round 94's governs on the zone brackets), the printed name accepted; "
               + ONE_LEAD + "; " + NODATE),
        S(["三", "（二）"], [], ["建设单位", "物业服务企业"], not_targets=[(20, "日")], responsible_alternatives=[[], ["建设单位"]],
          note="Round 98 (turned, aligned round 68 to CONVENTIONS.md \"Round 98 rulings\"; p68c): rule 4 as closed in round 39 — a rule-2 clause in the paragraph that opens a section gives its units to the items that name none — over the reading that left the lead-in out: 三、 opens 「新建住宅小区物业承接查验应当在物业交付前90天，由建设单位、物业服务企业共同落实。…建设单位应当…组织开展现场查验、问题整改、资料及设施设备移交等工作。」 (由A、B共同＋verb, round 30; 组织开展), about the items' own work (round 44; Round 83's x314_05), and this point names none by rule 2 (a line with a subject and no verb of the list names none, Round 95/96's x350_06 一/2), so it takes the lead-in's [建设单位, 物业服务企业] (a duty list's lead-in gives its sending items its body, Round 81's x311_03 第八条（三）); none → [建设单位, 物业服务企业], lead [] (no 牵头); none and [建设单位] stay accepted. The earlier reading: 「（二）资料移交」 over 「现场查验20日前，建设单位需向物业服务企业移交下列资料：」 and 1.–6. (drawings, lists, permits, reports, "
               "warranty papers, 「6.承接查验所必需的其他资料…」) — lines that only name the papers handed over are contents, "
               "no items (Round 86's (a); Round 87's x323_01 第二十六条), so the point is the leaf; " + OWED + ", and a "
               "hand-over to the firm is a sending (" + SENDING.split(" (")[0] + ") — 建设单位 accepted; 20日前 counts from "
               "the on-site check, an event (round 33): no deadline, 20 日 no target (no comparison word) — not_target; "
               + NONE + "; " + NODATE),
        S(["三", "（四）"], [], ["建设单位", "物业服务企业"], not_targets=[(10, "日")], responsible_alternatives=[[]],
          note="Round 98 (turned, aligned round 68 to CONVENTIONS.md \"Round 98 rulings\"; p68c): rule 4 as closed in round 39 — a rule-2 clause in the paragraph that opens a section gives its units to the items that name none — over the reading that left the lead-in out: 三、 opens 「新建住宅小区物业承接查验应当在物业交付前90天，由建设单位、物业服务企业共同落实。…建设单位应当…组织开展现场查验、问题整改、资料及设施设备移交等工作。」 (由A、B共同＋verb, round 30; 组织开展), about the items' own work (round 44; Round 83's x314_05), and this point names none by rule 2 (a line with a subject and no verb of the list names none, Round 95/96's x350_06 一/2), so it takes the lead-in's [建设单位, 物业服务企业] (a duty list's lead-in gives its sending items its body, Round 81's x311_03 第八条（三）); none → [建设单位, 物业服务企业] (the list accepted before), lead []; none stays accepted (Round 97 confirmed the point a task on the filing question and did not read the lead-in). The earlier reading: 「（四）备案申请资料」 over 「建设单位或物业服务企业应当自物业交接后10日内，持下列文件向区住房保障房屋管理局办理备案手续：」 and the papers 1.–7. — "
               "the papers are contents (Round 86's (a)); the filing the rules bind the parties to make is owed work (" + OWED
               + ") (RULING?: or a party's filing on its own matters, round 42, the scheme's terms and no task — 28 "
               "accepted); 办理 is outside rule 2 and the bureau a receiver (rule 3) — the two accepted; 10日内 counts from "
               "the hand-over (round 33) — not_target; no duty (round 42: a party's filing on its own matters; Round 95's "
               "x347_03 第三十三条（二））; " + NONE + "; " + NODATE),
        S(["三", "（五）", "2"], [WYZX], [WYZX, "局相关科室", "事业单位", "属地部门"], lead_alternatives=[[]],
          responsible_alternatives=[[WYZX]],
          note="「2.备案受理。物业管理事务中心在收到建设单位、物业企业关于物业承接查验的申报时，提供备案材料清单，告知并指导具体实施流程。牵头局相关科室、事业单位、属地部门做好资料核查，确认资料齐全、完整、正确后负责备案受理。」 with the paragraph 「建设单位应当在办理备案前，向属地城市建设管理事务中心移交竣工档案等相关资料。」 — "
               "a missing subject carries the subject before it across a full stop (rounds 34, 49 p46d; Round 81's x306_06); "
               "「A牵头B、C＋verb」 reads as 「A牵头，B、C配合」: lead A, responsible A, B, C, D in printed order (Round 95's "
               "turned x349_02 七、（四）, round 33); 负责 places the acceptance on A, so the review rule gives way (Round 88's "
               "confirmed x325_02 第四条: a review placed by 负责 names its body); the developer's hand-over after it is a "
               "sending (none); lead [] accepted (round 30) and A alone; " + NODATE),
        S(["三", "（五）", "4"], [], [WYZX], lead_alternatives=[[WYZX]],
          note="「4.备案查验。物业管理事务中心按照规定要求，负责落实物业承接查验备案工作。住房建设监管科督促建设单位办理项目交付许可手续之前，完成物业承接查验工作。」 — "
               "「A负责…」 names A (rule 2); 督促 is a pivot, 建设单位 its object (round 30) and 住房建设监管科 no doer by it; "
               + ONE_LEAD + "; 之前 counts from the permit, an event (round 33); " + NODATE),
        S(["三", "（五）", "5"], [], [], lead_alternatives=[[WYZX]], responsible_alternatives=[[WYZX, "物业管理科"]],
          note="「5.档案管理。物业管理事务中心做好物业承接查验资料归档工作，同时会同物业管理科及时在局物业管理精细化平台上传相关数据信息。」 — "
               "做好 is outside rule 2's closed list (" + CLOSED.split(":")[0] + "); a 会同 clause is read by its verb (round "
               "61; Round 83's x315_01 第二十一条), and records sent to the platform that gathers them are a sending (Round "
               "81's x310_03 第十四条; Round 95's turned x352_02 第十条) — the two, lead A, accepted; " + NONE + "; the "
               "upload 及时 is an undated duty (below); " + NODATE),
        S(["四", "（三）", "4"], [], ["整改责任方"], lead_alternatives=[["整改责任方"]], responsible_alternatives=[[]],
          note="「4.整改责任方应当按照协议约定和相关承诺实施整改。完成资料补交以及…问题整改后，或对相关历史遗留等暂时较难处置的问题明确责任和处置办法后，承接查验小组应进行现场复验。复验记录由承接查验小组成员签字确认。」 — "
               "the subject of 实施 is a doer (rule 2), a party by role included (Round 83's turned x313_01 第十三条: 「a party "
               "by role included」; Round 74's 房屋产权方) (RULING?: or a role the parties' agreement fills, no body named — "
               "none accepted); the 承接查验小组 is the group （一） sets up (rule 3; round 73), 进行 outside rule 2, and its "
               "members' signatures persons' (round 30); " + ONE_LEAD + "; " + NODATE),
        S(["四", "（四）", "1"], [], ["业主大会", "业主委员会", "建设单位", "原物业服务企业", "新聘物业服务企业"], not_targets=[(10, "日")],
          lead_alternatives=[["业主大会", "业主委员会", "建设单位"]],
          responsible_alternatives=[[], ["原物业服务企业"], ["业主大会", "业主委员会", "建设单位"], ["业主大会", "业主委员会"],
                                    ["业主大会", "业主委员会", "原物业服务企业", "新聘物业服务企业"]],
          note="Round 98 (turned, aligned round 68 to CONVENTIONS.md \"Round 98 rulings\"; p68c): rule 4 as closed in round 39 over the reading that left the lead-in out: 四、 opens 「既有住宅小区物业承接查验应当在新聘物业服务企业进场前30天，由业主大会或业主大会授权的业主委员会组织（前期物业管理阶段由建设单位组织），与原物业服务企业、新聘物业服务企业等予以落实。」 — 由A组织 (rule 2's 由A＋a verb of doing), A or B both doers (或, round 49), the bracket's stage a standing state of the estate, no event (Round 94's 「对X的，由A」), and 与B、C等予以落实 makes B and C doers with A (round 30's 「由A与B共同＋verb」; Round 97's x355_02 四、（六）3 「由A组织，B、C参加」: lead [], A as lead accepted) — about the items' own work; this line names none by rule 2 (办理, 移交 outside the list), so it takes the lead-in's: none → [业主大会, 业主委员会, 建设单位, 原物业服务企业, 新聘物业服务企业], lead [] ([业主大会, 业主委员会, 建设单位] accepted as lead); accepted: none and [原物业服务企业] (the old answer and its alternative), the organisers alone [业主大会, 业主委员会, 建设单位] or [业主大会, 业主委员会] (p68c's), and the list without the bracket's 建设单位. The earlier reading: 「1.原物业服务企业应当在物业承接查验协议签订10日内办理物业交接手续，在承接查验小组的见证下，向新聘物业服务企业移交物业服务用房以及其他物业公共部位、公共设施设备。」 — "
               + OWED + "; 办理 and 移交 are outside rule 2's closed list (round 30) — 原物业服务企业 accepted; 在A的见证下 "
               "names a witness as 在A指导下 names a guide (rule 3); 10日内 counts from the signing (round 33) — "
               "not_target; " + NONE + "; " + NODATE),
        S(["四", "（六）", "2"], [], [CJZX], lead_alternatives=[[CJZX]],
          note="「2.备案申请。属地城市建设管理事务中心在收到业主委员会或建设单位、物业企业关于物业承接查验的申报时，需提供备案材料清单，告知并指导具体实施流程。做好资料核查，确认资料齐全、完整、正确后负责备案受理。」 — "
               "the subject carries across the full stop (rounds 34, 49 p46d) to 负责, which places the acceptance on it "
               "(Round 88's x325_02 第四条); 告知 and 指导 name none (a sending; rule 3's guide); " + ONE_LEAD + "; " + NODATE),
        S(["四", "（六）", "3"], [], ["业主委员会", "建设单位", CJZX, "居民委员会", "原物业服务企业", "新聘物业服务企业"],
          lead_alternatives=[["业主委员会", "建设单位"]], responsible_alternatives=[["业主委员会", "建设单位"]],
          note="「3.现场查验。由业主委员会或建设单位组织，属地城市建设管理事务中心、居民委员会、原物业服务企业、新聘物业服务企业参加，可根据需要邀请区物业管理事务中心等单位参与，按要求落实现场查验工作，做好发现问题记录，督促整改责任方落实整改，复查合格后，指导相关方做好物业交接工作。」 — "
               "the agent of 由 with 组织 names A, 或 joining doers (rule 2; round 49); 参加 with a subject of its own in the "
               "plan's work reads as 参与, which reads as 配合 (Round 95's governs on x349_03 五、（一）1; round 46's p44g), so "
               "the four are doers after A in printed order (RULING?: or who attends a step, its composition — rule 3's "
               "members; Round 89's decided x330_05 — A alone accepted); the invitation is an option (可, round 49 p46b); "
               "落实 carries the same subjects; 督促 and 指导 add none; lead [] (no 牵头), A accepted; " + NODATE),
        S(["四", "（六）", "4"], [], [CJZX], lead_alternatives=[[CJZX]], responsible_alternatives=[[CJZX, "居民委员会"]],
          note="「4.备案核验。属地城市建设管理事务中心负责与居民委员会督促业主委员会或建设单位办理及新聘物业服务企业在进场之前，完成物业承接查验工作，按照规定，落实物业承接查验备案工作。」 — "
               "「A负责…」 names A (rule 2; 落实 with work, its subject carried); 与B with the pivot 督促 makes B no doer (督促 "
               "is outside rule 2; round 30's 「由A与B签订／共同＋verb」 needs a verb of the list) — A with B accepted; the "
               "parties urged are 督促's objects; " + ONE_LEAD + "; " + NODATE),
        S(["五", "（二）"], [], ["街镇"], lead_alternatives=[["街镇"]], responsible_alternatives=[["街镇（高新区）"]],
          note="「（二）强化工作协同」 over 「物业管理事务中心要发挥牵头协调作用，统筹指导物业承接查验工作…。区房管局相关科室及属地房屋管理部门按照职责分工，强化工作衔接和配合，建立AB角工作机制，全面推进…。街镇（高新区）要夯实属地责任，同居民委员会加强对小区业主大会的工作监督指导，督促物业物业履职尽责，落实承接查验要求。」 — "
               "an item of 工作要求 that names a unit is a task (seeds lines 3–5); 「各X要…落实＋要求」 names X (Round 92's "
               "confirmed x336_08 一: 落实 with a law, policy, 要求 or 制度), the zone bracket dropped (Round 94's governs), "
               "the printed name accepted; 发挥牵头协调作用 is 发挥…作用, no 牵头 clause (round 30's closed list), and 强化, "
               "建立, 推进, 加强 stand outside it; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[],
     plan_targets_note="none: the text's figures are limits counted from events (90天, 20日, 10日, 30天, 30日: round 33), a name "
                       "(五大技防系统) and the validity (2024-01-01 to 2028-12-31, a general provision)",
     phases=[],
     duties=[{"what": "会同物业管理科及时在局物业管理精细化平台上传相关数据信息", "when": "及时", "when_norm": None,
              "note": "三、（五）5 — records of the centre's own filings sent to the platform that gathers them (Round 81's "
                      "x310_03 第十四条; Round 95's turned x352_02 第十条: 实时 prints no date, not no sending), undated"}],
     notes=["counting (leaf tasks): 一、工作目标 aims (seeds lines 3–5; p51e) and 六、其他方面 a general provision — childless, no "
            "tasks; 二、's opening paragraph the lead-in into （一）–（五） (Round 91's x337_02 三、), five leaves; 三、's opening "
            "paragraph the section's text before its items (rule 4; Round 83's x311_04 第十一条); 三、（一） 「实施承接查验的物业，"
            "应当具备以下条件：」 with 1.–7. a state the property must be in, no act (Round 91's x337_03 二; Round 83's x315_02 第八条), "
            "no task; （二）（三）（四） one task each, their lines papers and the check's contents (Round 86's (a); Round 92's "
            "governs on x311_02 第二十三条: 「…的查验 / 共用部位：一般包括…」 what the check looks at); （五）1–5 five; 四、's "
            "four opening paragraphs its text, and 「承接查验参照下列程序进行：1.组建承接查验小组；…9.向…办理备案。」 the outline of the "
            "procedure （一）–（六） set out, text (Round 86's (a): contents of a plan) (RULING?: or nine lines naming acts, "
            "tasks naming none — 38 accepted); 四、（一）（二） one task each (（一）'s 1.–11. the contents of a 方案, （二）'s 1.–7. "
            "papers); （三）1–4 four, 5 (who bears the costs, 「由…协商确定，并签订相关约定…由业主大会或建设单位承担」) what a "
            "party pays, terms (Round 86's (b); round 30's payer) — no task; （四）1–2 two; （五） one (papers its contents); "
            "（六）1–5 five; 五、（一）（二） two (（一） 「相关工作负责部门要…落实办理时限」 names a kind by 落实, round 46; Round 92's x336_08), "
            "（三） names none by rule 2 (督促落实 a pivot, Round 83's turned x316_02 （十六）) — under 工作要求 no task (seeds "
            "lines 3–5) → **29**. Accepted: 27 (五、 out), 28 (五、（一） out, or 三、（四） as a party's filing), 30 (四、（三）5 in, "
            "or 三、（一） as one task), 31 (both), 38 (四、's nine step lines as items), 39.",
            "units, not sampled: 二、（三）[物业管理科], （四）[住房建设监管科] (unit headings, rule 1: a desk of a body is a body, Round "
            "93's x345_02 第四条); 三、（三） [整改责任方] (由约定的整改责任方予以整改, 由A＋verb; 参加 and 进行现场抽查 else) — "
            "alike read; 三、（五）1 none (告知 a sending, 督促 a pivot); 三、（五）3 [物业管理事务中心, 局有关科室, 事业单位, "
            "属地相关部门, 建设单位, 前期物业企业, 住房建设监管科] (由A组织, B协同 as 配合, 与…共同落实, 会同) were it sampled; 四、（一） "
            "lead [业主委员会, 建设单位, 新聘物业服务企业] (由A或B牵头; 会同); 四、（二） none (a hand-over); 四、（三）1 none (the "
            "group set up; 进行), 2 [整改责任方], 3 none (签订 without 由 outside articles, Round 85's x320_09 五); 四、（四）2 "
            "none; 四、（五） none (an owed filing); 四、（六）1 none (告知), 5 [属地城市建设管理事务中心] (负责); 五、（一） "
            "[相关工作负责部门]",
            "dates: none (times from events); no phases",
            "duties: one, as listed; the parties' filings (三、（四）, 四、（五）) are filings on their own matters (round 42), "
            "and the hand-overs of papers and premises (三、（二）, 四、（二）, 四、（四）1; 「建设单位…移交竣工档案」) pass things "
            "to those who keep them, no reports (Round 91's x337_03 八、: handing on passes the matter); the notices 告知 "
            "of 三、（五）1 and 四、（六）1 tell parties what to do, no results of the bodies' own work",
            "figures: no item target; not_targets 20 日, 10 日 ×2 (limits from events)"])


# ---------------------------------------------------------------------------------------------------------
X03 = "x355_03_pudong-jianjiaowei-2023-zhengshou-anzhi-zhufang-jianshe-guanli-shishi-yijian.txt"
P03 = "浦东新区征收安置住房建设管理实施意见"
N03 = "关于印发《浦东新区征收安置住房建设管理实施意见》的通知"
JJW = "区建交委"
FULL = ["浦东新区建设和交通委员会", "浦东新区规划和自然资源局", "浦东新区土地储备中心", "镇政府",
        "浦东新区发展和改革委员会", "浦东新区财政局", "浦东新区国有资产监督管理委员会", "浦东新区审计局", "浦东新区生态环境局"]
SHORT = ["区建交委", "区规资局", "区土储中心", "镇政府", "区发改委", "区财政局", "区国资委", "区审计局", "区生态环境局"]

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the opinion's own title line (line 15) or the notice's title (line 1): either (round 45's pair)",
     doc_no="浦建委规〔2023〕2号 (the stored front matter; the text prints none)",
     issuer="上海市浦东新区建设和交通委员会 (the front matter adds 国防动员办公室、人民防空办公室、住房保障和房屋管理局)",
     date="2023-04-30",
     date_note="the cover is signed 2023年4月30日 (line 11); 十、's 「自2023年6月1日起施行，有效期五年」 a general provision (round "
               "30); 三、's 「每年10月底前」「次年1月底前」 recur each year (round 34); the other times count from events "
               "(18个月内 from the finding, 2个月内 and 24个月内 from the land's hand-over and the start, 3个月内 from the permit: "
               "round 33)",
     level="a district construction and transport commission, with the district government's consent, to the district's "
           "bodies, the management bureaus, street offices and towns: who plans, approves, builds, prices and allots the "
           "housing built to resettle households whose homes are expropriated",
     source=src("关于印发《浦东新区征收安置住房建设管理实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070309979&siteId=0070", 3730),
     style="a short cover (addressees, one paragraph, 「特此通知。」, signature, date) and a stray line 「（」, the opinion's title, "
           "a preamble, ten points 一、–十、: 一、 and 五、 with run-in （一）（二） 「（一）适用对象。…」, 七、 a paragraph over 1、–3、, "
           "the rest childless points of one to five paragraphs (二、职责分工 five, each opening with a body's full name and its "
           "「（简称“X”）」); one paragraph a line with blank lines between",
     leaf_tasks=11, count_alternatives=[9, 10, 12, 13],
     leaf_tasks_by_section={"一、（一）": 0, "一、（二）": 1, "二、": 1, "三、": 1, "四、": 1, "五、（一）（二）": 2, "六、": 1,
                            "七、1、": 0, "七、2、3、": 2, "八、": 1, "九、": 1, "十、": 0},
     childless_top_level_sections=["十"],
     samples=[
        S(["一", "（二）"], [], ["所在镇"], lead_alternatives=[["所在镇"]], not_targets=[(50, "万平方米")],
          note="「（二）实施主体。浦东新区征收安置住房项目，原则上由所在镇作为责任主体实施建设推进。纳入重大开发建设任务且具备一定建设规模（如开发体量在50万平方米以上）的，或经区政府明确由区相关部门作为责任主体的项目，由区层面组织实施。」 — "
               "「由A作为…责任主体实施…」 designates A and places the work by 实施 (Round 85's x319_04; Round 89's governs on "
               "x331_02 第三条; rule 2), a task, 所在 a one-word relation kept (Round 89's x331_02; Round 87's x323_02 第十八条 "
               "所在单位) (RULING?: or 镇 as the name, the relation read as a place phrase — Round 93's x341_01 第十五条); 区层面 "
               "is a level with no head (round 43; Round 83's x315_01 第二十条), and 区相关部门 stands inside a case's 的-phrase "
               "(round 30: a body inside a noun's description); 50万平方米以上 sits inside the description of the class of "
               "project the case picks (round 58; Round 83's x311_01 第十条) — not_target; （一） a definition (「本意见所称…是指…」, "
               "round 30), no task; " + ONE_LEAD + "; " + NODATE),
        S(["二"], [FULL[0]], FULL, lead_alternatives=[[], [JJW]],
          responsible_alternatives=[SHORT, FULL[:4], FULL[:4] + ["区职能部门"]],
          note="「二、职责分工」 with five paragraphs: 「浦东新区建设和交通委员会（简称“区建交委”）是本区征收安置住房行政主管部门，统筹协调…。负责征收安置住房专项规划编制，年度建设计划编制和下达…；牵头组织项目审价工作。」「浦东新区规划和自然资源局（简称“区规资局”）负责编制…，配合开展项目认定和审价工作。」「浦东新区土地储备中心（简称“区土储中心”）负责落实土地储备计划…」「镇政府是所属…的责任主体，具体负责做好…征收腾地工作…。镇政府应督促开发建设单位…」「浦东新区发展和改革委员会（简称“区发改委”）、浦东新区财政局（…）、…浦东新区生态环境局（简称“区生态环境局”）等区职能部门，依照各自职责对本区征收安置住房开展相关管理和监督工作。」 — "
               "a childless 职责分工 section of paragraphs is one task with every body it gives work, in printed order, each "
               "once (Round 82's p60c-1, as Round 87 quotes it on x327_02 二 and x328_04 三); 「A牵头组织…」 gives the lead "
               "(rule 2), lead [] accepted and the short name accepted in its place; 「（简称“X”）」 is dropped from the name "
               "and the short name accepted (round 43; Round 91's x339_01; Round 94 on x63_04); under a 职责分工 heading any "
               "verb names its subject (round 44; Round 93's turned x343_01 第四条（二））, and 区职能部门 after 等, as wide as "
               "相关职能部门, is a call, so the five printed names stand (Round 93's turned x343_01; Round 89's governs on "
               "x329_04) (RULING?: or 区职能部门 a narrower kind the names illustrate, Round 95's turned x349_03 七、3 — the "
               "kind accepted); 开发建设单位 is 督促's object (round 30); " + NODATE),
        S(["三"], [JJW], [JJW, "区相关部门（单位）", "项目所在镇", "各相关行业主管部门", "街镇"], lead_alternatives=[[]],
          responsible_alternatives=[[JJW, "区相关部门", "项目所在镇", "各相关行业主管部门", "街镇"],
                                    [JJW, "各相关行业主管部门", "街镇"]],
          note="「三、年度计划 区建交委牵头区相关部门（单位）和项目所在镇，根据…安置用房需求，编制并下达征收安置住房年度工作计划。」「涉及征收安置住房房源需求，由各相关行业主管部门、街镇等负责统计上报，并于每年10月底前以书面形式报区建交委汇总。区建交委汇总房源需求后，…编制形成本区征收安置住房年度工作计划，报区政府审核同意后，于次年1月底前下达至项目所属镇政府和各相关行业主管部门。」 — "
               "a childless point that gives work by rule-2 clauses is a task (Round 84's p61c-1); 「A牵头B、C＋verb」 reads "
               "as 「A牵头，B、C配合」 (Round 95's turned x349_02 七、（四）; round 33), 和 joining names (round 34); 「由A、B等"
               "负责统计上报」 names A, B (rule 2: a sending placed by 负责, Round 83's governs on x311_04 第十一条), 等 final "
               "and stripped; a bracket with no definition behind it stays as printed (Round 91's 各组(学校)), the name "
               "without it accepted; lead A, lead [] accepted (round 30); the days recur each year (round 34): no deadline; "
               "the two yearly sendings are duties (below), the plan sent up for 审核同意 a step of the decision (Round 89's "
               "x329_04 第九条)"),
        S(["四"], [], [], not_targets=[(18, "个月")], lead_alternatives=[[JJW]],
          responsible_alternatives=[[JJW, "区发改委", "区规资局"]],
          note="「四、项目认定 征收安置住房项目认定，由项目一级开发承接主体申办，区建交委会区发改委、区规资局等部门预审，经区政府审核后，报市房屋管理部门认定。」「经认定的征收安置住房项目，应在18个月内确定开发建设单位，并完成规划和土地审批手续，逾期未完成的应按相关规定重新办理认定手续。」 — "
               "the holder's application is the applicant's (round 30); the bureaus' pre-review of it is a review of a "
               "party's submission, 会 (会同) inside it adding none (Round 91's x337_01 第九条; Round 85's x321_02) (RULING?: "
               "or a joint check by the bodies that draw the matter up before it is sent up, lead A with its partners — "
               "Round 85's x319_04 第五–八条 — accepted); the owed acts of the found project (确定, 完成, 重新办理) give work "
               "with no rule-2 subject, so a task naming none (round 65's x274_01); 18个月内 counts from the finding (round "
               "33) — not_target; " + NONE + "; " + NODATE),
        S(["五", "（一）"], [], ["一级开发单位", "区土储中心"], lead_alternatives=[["一级开发单位"]],
          responsible_alternatives=[["一级开发单位"], ["区土储中心"], ["一级开发单位", "区土储中心", "镇政府"]],
          note="「（一）一级开发。一级开发单位以区土储中心为法律主体，负责完成土地净地化、土地储备成本核定等工作，达到出让条件要求，委托镇政府具体实施。一级开发费用由土地储备中心拨付镇政府，由镇政府实行专账核算、专款专用，确保成本控制和资金安全，同时，…净地化工作，纳入…同步收储。相关费用由区财力承担。」 — "
               "「A负责…」 names the role word A as printed, and 「以B为法律主体」 designates B (Round 85's x319_04: 「A是／为／作为"
               "…的X主体」, the same form turned about), one body printed two ways given as printed each time (rounds 43, "
               "48; Round 94's confirmed x343_02 第六条) (RULING?: or only one of the two — each accepted); 「A委托B＋verb」 "
               "makes B the pivot's object (round 35); the money clauses (拨付, 专账核算, 承担) are a payer's (round 30; Round "
               "83's x311_01 第七条) — 镇政府 with them accepted; " + ONE_LEAD + "; " + NODATE),
        S(["五", "（二）"], [], ["镇政府", "开发单位"], lead_alternatives=[["镇政府"]],
          responsible_alternatives=[["开发单位"], ["镇政府"]], not_targets=[(2, "个月"), (24, "个月")],
          note="「（二）二级开发。二级开发单位由镇政府按照相关规定，在土地出让前完成决策选定，并报区建交委备案。开发单位负责在取得土地后…完成项目竣工交付及房地产初始登记。镇政府与开发单位在区建交委见证下，签订…，明确房源的政府收购价格。开发单位应当自取得交地通知之日起2个月内取得施工许可证并开工，原则上自开工之日起24个月内完成综合竣工验收。」 — "
               "the agent of 由 with a verb of doing names A (rule 2), 「A负责…」 names A; 签订 without 由 outside articles adds "
               "none (Round 85's x320_09 五), and 在A见证下 names a witness as 在A指导下 names a guide (rule 3); the limits "
               "count from events (round 33), and 内 with 原则上 is none of round 30's comparison words (原则上不超过 is; "
               "以内 is, round 32; Round 91's turned x338_06 以內) (RULING?: or 24个月内 read as 以内, a target) — not_targets; "
               "the towns' filing of their own selection is a duty (below; round 48); lead [] (no 牵头), 镇政府 accepted; "
               + NODATE),
        S(["六"], [], ["建设单位"], targets=[(3, "份")], lead_alternatives=[["建设单位"]],
          responsible_alternatives=[["征收安置住房项目", "建设单位"]],
          note="「六、建设要求 征收安置住房项目应贯彻落实绿色建筑发展理念，符合区域规划要求和城市风貌设计…。…项目设计方案应在符合…规定的基础上，重点落实…等相关文件要求。建设单位应当委托完成三份项目设计方案，通过召开专家评审会，择优选定最佳方案，报相关部门审批并报区建交委备案。」 — "
               "a childless point that gives work by 应 is a task (Round 84's p61c-1); 「A委托（B）＋verb」 names A (round 35; "
               "Round 87's turned x327_03 二、（一）); the project and its design scheme are objects of the work, not bodies: "
               "Round 85's facility form reaches a facility a rule binds to an act in articles, and outside articles rule 2's "
               "closed list decides (Round 85's decided x317_04 第三十一条) (RULING?: or 征收安置住房项目 named by 贯彻落实 — "
               "accepted); 三份 is the number of the item's own work (round 49; Round 91's x339_02) — target 3 份; the "
               "sending for 审批 is a step of the approval, the 备案 to 区建交委 a duty (below); " + ONE_LEAD + "; " + NODATE),
        S(["七", "2"], [], [], not_targets=[(3, "个月")], lead_alternatives=[[JJW]], responsible_alternatives=[[JJW]],
          note="「2、项目结算价格原则上按照协议收购价格执行。对于…合理情况，可结合实际，按程序对协议收购价格进行调整。…二级开发单位在项目取得交付使用许可证后3个月内，应向区建交委提出审价申请；区建交委按照政府采购要求，在市政府采购平台和新区中介集市平台采购选择第三方审价单位，开展价格审核、出具审价报告；区征收安置住房价格审核小组对审价报告审议通过后，专报区政府审核确定。」 — "
               "acts of the scheme's own pricing work make a task (round 65's x274_01); 采购选择, 开展 without 组织 and 出具 "
               "are outside rule 2's closed list (" + CLOSED.split(":")[0] + ") — 区建交委 accepted; the developer's request "
               "is an application (round 30), the 价格审核小组 the group 七、's lead-in sets up 「由区建交委牵头，…共同组成」 "
               "(rule 3; round 73), and 可 an option (round 49 p46b); 3个月内 counts from the permit (round 33) — "
               "not_target; 七、's lead-in paragraph is text before its items (Round 83's x311_04 第十一条) and 1、 a manner "
               "with no act (Round 91's x339_01 第五条): no tasks; " + NONE + "; " + NODATE),
        S(["七", "3"], [], [],
          note="「3、房源供应价格原则上按照项目结算价格执行。未供应房源所涉应收房源款的财务成本、物业管理费等，纳入房屋供应成本。供应价格由区征收安置住房价格审核小组审议后，报区政府确定。供应价高于结算价的价差部分，在扣除相关税费后上缴区财政。」 — "
               "fixing the supply price is the scheme's own work beyond moving money (Round 91's x339_03 第十条; Round 87's "
               "governs on x325_04), a task (RULING?: or price terms, money only, no task — Round 83's x311_01 第七条; 10 "
               "accepted); the agent of 由 is the group the section sets up (rule 3; round 73), and a proposal sent up is a "
               "step of the decision (Round 89's x334_04 第四条); " + NONE + "; " + NODATE),
        S(["八"], [], [JJW, "开发单位", "用房单位"], lead_alternatives=[[JJW]],
          responsible_alternatives=[[JJW], [JJW, "安置人口导出街镇", "导入街镇", "开发单位", "用房单位"]],
          note="「八、房源管理 征收安置住房房源入库和使用，由区建交委采用信息化平台统一调拨管理。…房源跨区域统筹的，安置人口导出街镇和导入街镇均应主动配合，支持做好统筹方案落实。」「征收安置住房源使用按实结算，由开发单位、用房单位签订《…定向供应协议》，区建交委对协议进行见证。用房单位应按照…支付房源款；用房单位在申请房源调拨时，需提供…证明。用房单位不履行或违反协议约定的，暂停该用房单位的房源调拨。」 — "
               "「由A…统一调拨管理」 and 「由A、B签订」 name the agents (rule 2; round 30's 由A与B签订); 「X的，B应配合」 beside the "
               "item's other work with its own doer is a case of that work and adds none (Round 94's confirmed form on "
               "x343_03 三/（三）; Round 79) (RULING?: or the two streets as 配合 doers, round 46's p44g — accepted); paying, "
               "applying and the witness name none (round 30's payer and applicant; rule 3); " + ONE_LEAD.replace("a single doer", "several doers").replace("the doer as lead", "区建交委 as lead") + "; " + NODATE),
        S(["九"], [], ["镇政府"], lead_alternatives=[["镇政府"]],
          note="「九、配套建设 …参照区相关规定执行。征收安置住房配套项目，由镇政府作为本镇配套项目建设责任主体，工程费用原则上由城市基础设施配套费和区财力按照规定承担，建设资金纳入镇级基建专户，实行专账核算、专款专用，同时，须按规划要求和“四同步”原则…开展项目立项、规划、土地等前期手续办理和建设管理工作，并将建成后的配套项目分类移交相应的接管单位。」 — "
               "「由A作为…责任主体」 designates A for the work the point gives (Round 85's x319_04; Round 91's governs on "
               "x338_05), a task; the costs borne are a payer's (round 30); " + ONE_LEAD + "; 四同步 a name (EXPECTED.md); "
               + NODATE),
     ],
     plan_targets=[],
     plan_targets_note="none: the text's figures are limits from events (18, 2, 24, 3 个月: round 33), a class of project (50万平方米"
                       "以上, round 58), the number of designs (三份, an item target) and the validity (五年, a general provision)",
     phases=[],
     duties=[{"what": "由各相关行业主管部门、街镇等负责统计上报，并于每年10月底前以书面形式报区建交委汇总", "when": "每年10月底前",
              "when_norm": "yearly (by 10-31)",
              "note": "三、 — bodies the plan tasks sending the housing needs they count, each year by a set day: a plan body "
                      "sending the results of its own work is a duty (round 48; Round 91's governs on x335_02 第十三条), a "
                      "day in a yearly cycle (Round 91's x335_02 第十四条)"},
             {"what": "于次年1月底前下达至项目所属镇政府和各相关行业主管部门", "when": "次年1月底前",
              "when_norm": "yearly (by 01-31)",
              "note": "三、 — the commission sending the year's plan it settles to the bodies that carry it out: a notice of "
                      "the body's own result is a duty (Round 89's turned x331_04 第九条; Round 91's x340_02 第二十四条), each "
                      "year by the end of January"},
             {"what": "二级开发单位由镇政府…完成决策选定，并报区建交委备案", "when": None, "when_norm": None,
              "note": "五、（二） — the towns filing their own selection (备案 asks no 同意: Round 87's turned x325_02 第十五条 "
                      "and x328_01 第十条), undated"},
             {"what": "择优选定最佳方案，报相关部门审批并报区建交委备案", "when": None, "when_norm": None,
              "note": "六、 — the developer the scheme tasks with building the housing filing the design it chose (round 48; "
                      "Round 91's filings by bodies the scheme tasks), undated; the sending for 审批 is a step of the "
                      "approval (Round 77's x299_01 第十条), no duty"}],
     notes=["counting (leaf tasks): 一、（一） a definition (round 30), （二） a designation, a task; 二、 a 职责分工 section of "
            "paragraphs, one task (Round 82's p60c-1); 三、四、六、八、九、 childless points that give work (Round 84's p61c-1); "
            "五、（一）（二） two; 七、's opening paragraph the lead-in into 1、–3、 (it sets up the pricing group and states who "
            "pays), 1、 a manner with no act (text), 2、 3、 tasks; 十、 general provisions → **11**. Accepted: 9 (七、3、 "
            "and 一、（二） out), 10 (either out), 12 (七、1、 in), 13 (七、1、 and the lead-in).",
            "units, not sampled: none left (every leaf is sampled)",
            "dates: none (recurring days and times from events); no phases",
            "duties: four, as listed; 四、's 「报市房屋管理部门认定」 and 七、2's 「专报区政府审核确定」 are sendings for the "
            "receiver's decision (Round 89's x329_04 第九条), no duties",
            "figures: item target 3 份 (六、); not_targets 50 万平方米, 18 个月, 2 个月, 24 个月, 3 个月"])


# ---------------------------------------------------------------------------------------------------------
X04 = "x355_04_yuepu-2020-zhengshou-jiti-tudi-nongmin-fangwu-buchang-anzhi-shishi-yijian.txt"
P04 = "关于征收集体所有土地村（居）农民房屋 补偿安置实施意见"
BCR = "补偿人"

plan(X04,
     title=P04,
     title_note="the heading line (line 1), its space as printed (the page prints no cover notice; the opinion's own "
                "name 「月浦镇村（居）农民房屋补偿安置实施意见」 is printed only inside the preamble)",
     doc_no="宝月委〔2020〕62号 (the stored front matter; the text prints none)",
     issuer="中共上海市宝山区月浦镇委员会, 上海市宝山区月浦镇人民政府 (both sign at the end; the front matter names the town "
            "government)",
     date="2020-08-04",
     date_note="signed 2020年8月4日 (the last line); 十三、's 「自发布之日起实行」 and the repeal of 宝月委[2017]58号 are general "
               "provisions (round 30); no item prints a date: the allowance periods (三个月, 24个月) and 八、's 3个月 bands are "
               "terms of payment",
     level="a town's party committee and government to its villages, companies and departments: how the households of "
           "the town whose homes on collective land are taken are compensated and rehoused (parties, reckoning, rates, "
           "floor prices, agreements, allowances)",
     source=src("关于征收集体所有土地村（居）农民房屋 补偿安置实施意见.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9f864545-3760-4782-9d98-124ce6e5217d&siteId=0078", 4009),
     style="a heading line with a space, addressees, a preamble; thirteen points 一、–十三、 with a full-width colon after "
           "most headings, （一）、 and （二）、 (a 、 after the bracket) in 五、, 1、… lines; three flattened price tables in 六、 "
           "(one cell a line, the 超面积单价 column left blank); half-width [ ] in document numbers 「沪府发[2011]75号」; "
           "「3420元/ M2 」 with spaces; one paragraph a line with blank lines between",
     leaf_tasks=4, count_alternatives=[2, 3, 5, 6, 8],
     leaf_tasks_by_section={"一、": 0, "二、": 1, "三、1、2、": 0, "四、1、–4、": 0, "五、（一）1、2、": 0, "五、（二）": 1,
                            "六、（一）（二）": 0, "七、（一）（二）": 2, "八、（一）–（四）": 0, "九、": 0, "十、–十三、": 0},
     childless_top_level_sections=["一", "九", "十", "十一", "十二", "十三"],
     samples=[
        S(["二"], [], ["区人民政府", "宝山区建设用地事务所", "月浦镇人民政府动迁办公室", BCR],
          responsible_alternatives=[["区人民政府", "宝山区建设用地事务所", "月浦镇人民政府动迁办公室"],
                                    ["区人民政府", BCR, "月浦镇人民政府动迁办公室"]],
          note="「二、房屋补偿主体与实施部门、主要权利和义务： 区人民政府负责本行政区域的征地房屋补偿工作是征地房屋补偿的法律主体。宝山区建设用地事务所为征地房屋补偿的实施单位（以下简称补偿人）。月浦镇人民政府动迁办公室受月浦镇人民政府指派负责配合、协助补偿人做好本镇范围内房屋补偿的具体工作。」「补偿人依法委托具有房屋动迁资质的单位，负责签订房屋补偿安置协议。」「征收集体土地房屋补偿评估管理按…规定执行。」「征地房屋补偿应当按规定对被补偿人给予补偿和安置，被补偿人应当向补偿人提供…，并应在规定的搬迁期限内完成搬迁。」 — "
               "a childless point that names the parties who carry the scheme's work and places it on them designates them, "
               "a task (Round 89's governs on x331_02 第三条; Round 91's x335_01 第四条; Round 84's p61c-1) (RULING?: or a "
               "principle of roles, no leaf — Round 87's x326_06; 3 accepted); 负责 names its subjects (rule 2), 「A为…的"
               "实施单位」 designates A (Round 85's x319_04), and the short name the text gives it acts later by 委托 (round 35), "
               "a full name and its short name each given where printed (round 43; Round 90's governs on x329_04); the "
               "bracket 「（以下简称补偿人）」 is dropped from the name; the town government only assigns (指派, rule 3's "
               "body that sends another to work); 具有…资质的单位 is a bare 单位 after a 的-phrase, a call (Round 81's x310_03 "
               "第十条; Round 91's x339_04 第八条); the households are beneficiaries (round 30; Round 91's x337_04); lead [] "
               "(no 牵头); " + NODATE),
        S(["五", "（二）"], [], [BCR], targets=[(8, "平方米"), (15, "平方米"), (9800, "元")], lead_alternatives=[[BCR]],
          note="「（二）、被补偿人选择与货币补偿金额同等价值产权房调换的属月浦（原盛桥除外）的被补偿人由补偿人在月浦镇沈巷社区内安排动迁安置房源，属月浦（原盛桥）的被补偿人由补偿人在盛桥社区内安排动迁安置房源。根据被补偿人的货币补偿金额核定可安置产权房的面积：…每户可享受8平方米的优惠…每户可在15平方米内进行调节，并按调节价计算…每平方米均价9800元。…由于房源匹配度及房源供应不足等原因造成最小房型不足的，由镇动迁部门与农户协商解决。」 — "
               "arranging rehousing is work beyond the scheme's terms, so the point is a task (round 39: a standard that also "
               "gives work is a task) (RULING?: or the whole point terms for the households who choose rehousing, no task — "
               "Round 85's turned x318_07; 3 accepted); the agent of 由 with a verb of doing names A (rule 2), the same body "
               "printed twice given once (Round 82); the closing 「由于…不足的，由A与B协商解决」 is a case (rule 3's contingency), "
               "adding none; per-household allowances and a unit price are policy quantities of the item, its targets "
               "(round 25: 「每户补贴2000元」); " + ONE_LEAD + "; " + NODATE),
        S(["七", "（一）"], [], [], responsible_alternatives=[[BCR, "被补偿人"], [BCR]],
          note="「七、签订补偿安置协议： 补偿人与被补偿人分别签订《上海市征收集体土地居住房屋补偿协议》和《产权房安置补充协议》。」 over 「（一）签订《上海市征收集体土地居住房屋补偿协议》。」 with 「1、评估房屋以及装潢其他附属设施补偿费。2、按宝府规[2018]1号文规定结算土地使用权基价和价格补贴。3、结算临时过渡补助费、搬家补助费、速迁奖励费。」 — "
               "lines that only name what an agreement settles are its contents, no items (Round 86's (a); Round 93's x345_03 "
               "第十六条), so （一） is the leaf, the signing the scheme's own step (Round 87's x325_01 第十五条: the operator's "
               "signing is the grant's own step), a task; 签订 makes doers only with 由 or in articles (Round 85's x320_09 "
               "五), so the lead-in gives its items none (rule 4 passes units only by a rule-2 clause, Round 91's x338_07) — "
               "the two parties, and the compensating side alone, accepted (RULING?: or the households' taking up of what "
               "the scheme grants, their terms and no task — Round 87's x325_01 第十五条; 2 accepted); " + NONE + "; " + NODATE),
        S(["七", "（二）"], [], [], responsible_alternatives=[[BCR, "被补偿人"], [BCR]],
          note="「（二）签订《产权房安置补充协议》。」 with 「1、核定被补偿人的安置房建筑面积。2、以公证电脑摇号形式选房，确定安置配套商品房的住址。3、原私房的补偿费和新安置配套商品房价款的结算。4、核定“配套商品房供应单”，即进户五联单。」 — "
               "as （一）: the matters the supplementary agreement settles are its contents (Round 86's (a)), the point the "
               "leaf, a task naming none (签订 without 由 outside articles, Round 85's x320_09 五) — the two parties and the "
               "compensating side accepted; 五联单 a name; " + NONE + "; " + NODATE),
     ],
     plan_targets=[(1799, "元"), (1246, "元"), (350, "元"), (600, "元"), (500, "元"), (50, "元"), (2, "米")],
     plan_targets_note="五、（一）1、2、's 「土地使用权基价每平方米1799元」「每平方米1246元」「价格补贴每平方米350元」, 八、's 「每户每月低于600元的，"
                       "按600元发放」「每户低于500元的，按500元发放」「每平方米发给速迁奖励费50元」 and 四、2's 「进深2米以内（含2米）」: rates, "
                       "floors and a ceiling of the scheme's terms in no task are plan targets (round 25; Round 85's x318_07 "
                       "and x321_04; Round 93's x343_01 第七条（二））; the other rates (优惠均价3420元/ M2, 2450, 2623, 每平方米每月8元, "
                       "10元, 50%, 100%) and 六、's floor prices are terms too (not checked)",
     phases=[],
     duties=[],
     notes=["counting (leaf tasks): 一、 the scope (who is compensated, round 30), no task; 二、 a childless point that "
            "designates the parties and gives them work, a task; 三、1、2、 only name the documents that apply (a pointer to "
            "other texts, round 60's general provision), no tasks; 四、1、–4、 how uses and areas are reckoned and what is "
            "paid for them (按户进行, 以…为依据, 不作居住房计算, 可以给予适当补偿／不予补偿): a standard of reckoning and the scheme's "
            "terms, no act of a body (Round 87's x325_04 五、（三）; Round 85's turned x318_07), no tasks; 五、's lead-in an "
            "option (可以选择, round 49 p46b), （一）1、2、 rates (terms), （二） a task (由补偿人…安排房源); 六、（一） 「以公证摇号形式"
            "确定」 a manner with no act (Round 87's turned x324_06 三), （二） price tables (terms); 七、（一）（二） tasks (their "
            "lines contents); 八、（一）–（四） allowances and how they are paid (由补偿人发给, 按…计算): money a party pays, terms "
            "(Round 83's x311_01 第七条; Round 86's (b)); 九、 the settlement of sums (money only), 十、 a pointer to another "
            "document, 十一、–十三、 general provisions (later texts, scope, the interpreting body, entry into force) → **4**. "
            "Accepted: 2 (二、 and 五、（二） out, or 七、's two out), 3 (one of 二、／五、（二） out), 5 (四、 as one task of "
            "reckoning, Round 87's x325_04 五、（三）), 6 (and 八、（一） as the 补偿人's payment work), 8 (四、's four lines as "
            "items).",
            "units, not sampled: none left (every leaf is sampled)",
            "dates: none; no phases; no duties (the households' papers to the compensating side are a party's filing on its "
            "own matters, round 42)",
            "figures: plan targets as listed; item targets 8 平方米, 15 平方米, 9800 元 (五、（二））"])

write_collected(DIR)
