# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next340/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 64 (built by helper c340, for round 65): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings, written early" to its
end in full — Rounds 83–89 — older rulings only where a ruling quoted there led) applied to every item. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next340/make_expected.py tests/data/plans-next340
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
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count, and the wrapper was then cut by a script")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/市容绿化与景观/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 87's x325_01 第二十四条); "
           "an application (round 30's applicant), a review of a submission and the decision on it (Round 85's x321_02; "
           "Round 87's x327_04), a sending (Round 83's x315_01 第十一条) and options (可, round 49 p46b) name none")
DUTYSPLIT = ("a 职责分工 article of paragraphs each opening with a body is one task naming every body it gives work, in "
             "printed order, each once (Round 82's p60c-1; Round 87's x327_02 二, confirmed)")
NOSUBJ = ("acts of the rules' own work with no subject give work (round 65's x274_01; Round 87's x325_03 三、; Round 89's "
          "x329_03 第十一条): a task naming no unit")
LIMITWORK = ("the lines of a list are its items, each read by its words: a limit, a ban or an act on where, how many or how "
             "big a facility is set up or built is a task naming none; a line stating only the state or property asked is "
             "text (Round 87's governs on x328_03 第九–十四条; Round 85's x322_04 第五条; Round 89's x334_02 第六条 form)")
NORM = ("a figure with no comparison word that only names a norm or ratio the work follows (「500米左右设置1座」, "
        "「按500户配1名」) is not a target (round 30)")
RECUR = "每年／每季度 recur: no deadline (round 34's recurring dates); " + NODATE


# ---------------------------------------------------------------------------------------------------------
X01 = "x340_01_shi-lvrongju-2021-keyan-xiangmu-guanli-banfa.txt"
P01 = "上海市绿化和市容管理局科研项目管理办法（2021年修订）"
N01 = "关于印发《上海市绿化和市容管理局科研项目管理办法》的通知"
KJC = "科技信息处"
CDW = "项目承担单位"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title line (line 11, with its 「（2021年修订）」) or the notice's title (line 1): either "
                "(round 45's pair)",
     doc_no="沪绿容〔2021〕222号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局",
     date="2021-07-05",
     date_note="the cover is signed 2021年7月5日 (line 9); 第四十一条's 自2021年7月5日起施行，有效期至2026年7月5日 is a general "
               "provision; 每年第四季度／每年第一季度 (第六、七条) recur; the time limits 「…后3个月内」「…后一个月内」「…后三个月内」 "
               "count from events and date nothing (round 33; Round 87's x326_08 二/1); no task is dated",
     level="the city greenery and city-appearance bureau, to its own units and the bodies concerned: how its research "
           "projects are proposed, reviewed, contracted, checked, changed, accepted, paid for and their results used, "
           "with an attached 专项经费使用细则",
     source=src("关于印发《上海市绿化和市容管理局科研项目管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0039::f5c8adfe-e52a-4e91-89cd-b7274a7ed510", 10096),
     style="a short cover notice, the measures' title, seven chapters 「第N章  title」 and 41 articles 「第N条  heading」 (two "
           "spaces, the heading on a line of its own, the text below); 第十五、十八条 hold items printed as heading lines "
           "「（一）年度小结」 with their paragraph below; then 「附件：…」, 「附件」 and the 专项经费使用细则 (its own 第一–七条, not "
           "counted: plans-dev counts the plan body to its 附件 line; Round 89's x331_01)",
     leaf_tasks=31, count_alternatives=[29, 30, 32, 33, 34, 35],
     leaf_tasks_by_section={"第一、二条": 0, "第三–七条": 5, "第八条": 0, "第九–十二条": 4, "第十三条": 0, "第十四条": 1,
                            "第十五条": 2, "第十六条": 1, "第十七条": 0, "第十八条": 5, "第十九、二十条": 2,
                            "第二十一–二十三条": 0, "第二十四条": 1, "第二十五–二十七条": 3, "第二十八条": 0,
                            "第二十九条": 1, "第三十条": 0, "第三十一–三十四条": 4, "第三十五、三十六条": 0,
                            "第三十七、三十八条": 2, "第三十九–四十一条": 0, "附件 (细则)": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条  管理职责"], [], [KJC, CDW], **art(X01, ["第三条  管理职责"]),
          note="「科技信息处是局科研项目的归口管理部门。主要负责项目规划、预算编制、…诚信管理等工作。 项目承担单位是科研项目的责任单位。负责项目实施的全过程管理、预算执行、…成果转化等工作。」 — "
               + DUTYSPLIT + "; 「A是…的X部门／单位」 designates A (Round 85's x319_04 第四条) and the 负责 after a full stop "
               "carries it (rounds 34, 49 p46d); an article in 总则 that gives work is a task (round 30); no 牵头: lead []; "
               + NODATE),
        S(["第六条  建议征集"], [], [KJC], lead_alternatives=[[KJC]], **art(X01, ["第六条  建议征集"]),
          note="「科技信息处根据…需求，每年第四季度面向行业管理单位、本市高校、科研院所和企业征集项目建议，科研管理平台接收各单位上报的项目建议书。」 — "
               + ARTICLE + " (征集); the bodies asked (面向…) are the object of the call, and the platform that only "
               "receives is no body and no unit (rule 3: a body that only receives); " + ONE_LEAD + "; " + RECUR),
        S(["第九条  审查"], [], [], targets=[(3, "项"), (5, "项")], responsible_alternatives=[[KJC]],
          **art(X01, ["第九条  审查"]),
          note="「科技信息处对各单位提交的“可行性报告”进行审查，重点审查…资格、文本格式的规范性等内容。…项目承担人同时主持在研局管项目和备案项目的总数不得超过3项，专职科研人员参与的在研项目不得超过5项。…」 — "
               "a review the rules bind their body to make of what applicants submit is work, a task naming none (Round "
               "87's x325_01 第十六条 and x327_04 一–四, confirmed), the review rule naming no doer (Round 85's x321_02) — "
               "[科技信息处] accepted; 不得超过3项, 不得超过5项 are ceilings joined to 超过, targets (round 30's line; Round "
               "83's x315_03 第七条 「最多不得超过30日」); " + NONE + "; " + NODATE),
        S(["第十条  专家评审"], [], [KJC], targets=[(3, "名")], lead_alternatives=[[KJC]],
          **art(X01, ["第十条  专家评审"]),
          note="「科技信息处组织专家进行项目评审。评审专家原则上由局科技委各专业委员会或各标委会成员承担，评审专家组应随机选取相关专业的三名及以上专家组成。…专家对各单位提交的可行性报告进行评审…」 — "
               "组织＋a review names its subject (rule 2; Round 81's x309_02 第十二条; Round 83's x316_03 四/（三）/1, confirmed); "
               "the experts and the committees' 成员 are persons, never units (round 30), so 由…成员承担 names none; "
               "「三名及以上」 a floor joined to 及以上, a target 3 名 (round 30's line; a count of the panel the item sets, "
               "not an age band naming a group, round 31); " + ONE_LEAD + "; " + NODATE),
        S(["第十五条  项目检查", "（二）"], [], [KJC], lead_alternatives=[[KJC]], not_targets=[(2, "年")],
          **art(X01, ["第十五条  项目检查", "（二）"]),
          note="「（二）中期检查」 with its paragraph 「科技信息处邀请专家对实施中的科研项目进行中期检查，项目组应完成…书面小结，由专家组提出检查意见和建议。科技信息处可约定…，通常在项目执行的第二年开展中期检查。执行期2年及以下的项目，一般不开展中期检查。」 — "
               "an item printed as a heading line has the paragraph after it as its body (round 32; Round 86's (d)); the "
               "office's own check of the projects it funds is its work, a verb of doing in articles (round 44; Round 87's "
               "x325_01 第二十四条), 邀请 making the experts pivot objects (round 30); 项目组 and 专家组 are groups of persons "
               "(round 30), and 可约定 an option (round 49 p46b); 「执行期2年及以下的项目」 — a figure inside a noun naming the "
               "class of project the step skips is a class, not_target 2 年 (round 58; Round 83's x311_01 第十条); 第二年 an "
               "ordinal; " + ONE_LEAD + "; " + NODATE),
        S(["第十六条  项目变更"], [], [], targets=[(1, "年")], **art(X01, ["第十六条  项目变更"]),
          note="「项目变更包括以下三种情形：（一）…项目承担单位可以自主调整…，并通过局科管平台备案。（二）…项目承担单位应当及时提出申请，报科技信息处审核同意。（三）项目因故不能按期完成确须延期的，项目承担单位应当及时申请延期，延期申请最迟在项目执行期结束前3个月提出，报科技信息处审核同意。项目延期原则上只能申请1次，延期时间原则上不超过1年。」 — "
               "a list of cases is one task with its lead-in (Round 78's (b); Round 83's x313_03 第六条, confirmed: a firm's "
               "decision and sending for approval are steps of its own approval, none), an undertaker's applications and "
               "options naming none (round 30's applicant; round 49 p46b) — the three lines as items accepted in the count "
               "(33); 原则上不超过1年 a ceiling, a target (round 30's line); 「最迟在…结束前3个月提出」 a time limit counted from "
               "an event, no target (round 33; Round 87's x326_08 二/1) and 「只能申请1次」 joins no comparison word of round "
               "30's list (unchecked); " + NONE + "; " + NODATE),
        S(["第十八条  项目验收", "（二）"], [], [], responsible_alternatives=[[KJC]], not_targets=[(30, "万元")],
          **art(X01, ["第十八条  项目验收", "（二）"]),
          note="「（二）验收审核」 with 「科技信息处对结题材料进行验收审核，重点审核考核指标完成情况、…以及经费使用情况（30万元及以上项目审查财务审计报告，30万元以下项目审查经费决算表及票据等相关资料），通过后安排验收。」 — "
               "the heading line's item with its paragraph (round 32); a review of the materials a party submits names none "
               "(Round 85's x321_02; Round 87's x327_04), though the rules bind their body to make it, a task (Round 87's "
               "x325_01 第十六条) — [科技信息处] accepted; 「30万元及以上项目」「30万元以下项目」 are figures inside nouns naming "
               "the class of project each check applies to, not_target 30 万元 (round 58; Round 83's x311_01 第十条, "
               "turned); " + NONE + "; " + NODATE),
        S(["第十八条  项目验收", "（五）"], [], [CDW], lead_alternatives=[[CDW]], responsible_alternatives=[[]],
          **art(X01, ["第十八条  项目验收", "（五）"]),
          note="「（五）资料归档」 with 「项目承担单位做好档案归档工作，在验收后一个月内将定稿后的结题材料、成果验收证书和归档证明等上交科技信息处，并在局科研管理平台上传相应的电子材料。」 — "
               + ARTICLE + " (做好 included in articles: Round 83's x311_03 第四条); the hand-over to the office is a "
               "sending, naming only its sender's duty (below; Round 89's x329_01 第十一条: a body the rules task sending "
               "the results of the work they give it); 「验收后一个月内」 a time limit from an event, no date (round 33); "
               + ONE_LEAD + " (RULING?: or the undertaker's filing on its own project, round 42 — none accepted); "
               + NODATE),
        S(["第二十四条  经费调整", "（四）"], [], ["承担单位", "局科技和财务管理部门"],
          responsible_alternatives=[["局科技和财务管理部门"], ["承担单位", "局科技", "财务管理部门"]],
          **art(X01, ["第二十四条  经费调整", "（四）"]),
          note="「（四）项目因故终止，承担单位应及时清理账目与资产，编制财务报告及资产清单，由承担单位向市局提出申请，局科技和财务管理部门组织进行清查处理，并停拨经费。」 — "
               "the lead-in 「科研项目有以下情形可以进行经费调整：」 makes （一）–（三） options for money, each a sending for "
               "consent or a person's application and a person's approval (round 49 p46b; Round 77's x299_01 第十条; persons "
               "no units, round 30) — no tasks; （四） gives work of its own, a task: 清理, 编制 verbs of doing in articles "
               "(round 44), the application to the bureau naming none (round 30's applicant), 组织＋verb naming its subject "
               "(rule 2), 停拨经费 only money (Round 83's x311_01 第七条); fields joined by 和 before one head are one name as "
               "printed (round 31: 「人事、卫生部门」) — the split names accepted (RULING?: 和 here might join heads, "
               "round 34); no 牵头: lead []; " + NODATE),
        S(["第二十五条  财务审查或审计"], [], ["承担单位", "财务咨询公司"], targets=[(80, "%")],
          not_targets=[(30, "万元")], responsible_alternatives=[["承担单位"]],
          **art(X01, ["第二十五条  财务审查或审计"]),
          note="「“局管项目”和“辰山专项”中30万元以下项目，承担单位负责组织财务审查，并出具经费决算表；30万元以上（含30万元）的项目须由有资质的财务咨询公司进行专项审计，并出具审计报告；已执行经费与应付账款之和未达到总经费80%的，不得安排财务审查或审计。」 — "
               "负责 and 由A＋a verb of doing name their bodies (rule 2), a 的-phrase giving the head after its last 的 "
               "(rounds 32, 38), a firm the rules bind to an act being a doer (Round 89's x331_04 第十五条) — the undertaker "
               "alone accepted; 「30万元以下项目」「30万元以上（含30万元）的项目」 name classes of project, not_target 30 万元 (round "
               "58); 「…未达到总经费80%的，不得…」 is a 的-clause of its own with no head noun that triggers the ban, 达到 (negated) "
               "a comparison word, a target 80 % (round 49; Round 83's x311_01 第十条; Round 87's x328_02 三/2); no 牵头: "
               "lead []; " + NODATE),
        S(["第二十九条  成果宣传"], [], [], responsible_alternatives=[["各单位"]], **art(X01, ["第二十九条  成果宣传"]),
          note="「各单位应加强科研成果的宣传、发布，充分运用传统媒体和新媒体，以及推广活动等开展局管项目科研成果的展示和宣传。」 — "
               "各单位 with no kind is a general call (rule 3; round 30), the cover's addressees 「各直属单位、相关单位」 called back "
               "(Round 89's x330_02, governs), and 应 makes the article a task all the same (Round 84's p61c-1); " + NONE
               + "; " + NODATE),
        S(["第三十七条  辰山专项"], [], ["辰山植物园"], lead_alternatives=[["辰山植物园"]],
          **art(X01, ["第三十七条  辰山专项"]),
          note="「“辰山”专项的立项管理、中期检查、项目终止、项目验收等由辰山植物园负责实施，并按“局管项目”要求在局科研管理平台上传相关材料。」 — "
               "由A负责实施 names A (rule 2), an article in 附则 that gives work being a task (round 30; Round 87's x325_02 "
               "第二十三条); the upload is a sending within its own work (no duty read: no time, the platform no receiver "
               "body); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "按照开题咨询会的专家意见修改完善项目实施方案，报送科技信息处", "when": None, "when_norm": None,
              "note": "第十四条 — the undertaker, the rules' 责任单位 (第三条), sends its own finished plan to the office, "
                      "asking no 审核 or 同意: a filing of its results, an undated duty (round 48; Round 87's x328_04 四、（二）, "
                      "turned; Round 89's x329_01 第十一条) (RULING?: or a party's filing on its own matters, round 42)"},
             {"what": "各项目（“备案项目”除外）承担单位应按要求在局科研管理平台上提交年度小结", "when": "每年（年度小结）",
              "when_norm": "yearly",
              "note": "第十五条（一） — a recurring report of the tasked body's own work, yearly (EXPECTED.md: recurring "
                      "reporting rhythms; Round 89's x329_03 第十六条)"},
             {"what": "在验收后一个月内将定稿后的结题材料、成果验收证书和归档证明等上交科技信息处", "when": "验收后一个月内",
              "when_norm": None,
              "note": "第十八条（五） — a sending of the results of the given work to the office (round 48; Round 89), a time "
                      "limit from an event, no date (round 33)"},
             {"what": "应在正式签订科研合同后三个月内，通过局科研管理平台登记项目基本信息，并向科技信息处提交项目合同（计划任务书或协作任务书）复印件",
              "when": "签订科研合同后三个月内", "when_norm": None,
              "note": "第三十八条 — the bureau's own units filing the projects other bodies commission them: a plan body's "
                      "filing of its work, an undated duty (round 48; Round 87's x325_02 第十五条, turned) (RULING?: or the "
                      "filing of a unit on its own matters, round 42)"},
             {"what": "在项目完成验收结题后三个月内，应通过局科研管理平台登记项目研究成果", "when": "验收结题后三个月内",
              "when_norm": None, "note": "第三十八条 — the same filing of the results, undated"}],
     notes=["counting (leaf tasks, the plan body to the 附件 line; the attached 细则 not counted, plans-dev EXPECTED.md; Round "
            "89's x331_01): the cover's 「请遵照执行」 no task; 第一条 purpose, 第二条 scope, 第四十一条 entry into force — general "
            "provisions (round 30); 第八条 an applicant's submission and the report's contents (round 30's applicant; Round 85's "
            "x321_02 count), 第十三条 the stages the phase holds (a scope, Round 83's x313_02 四、), 第十七条 「…可以…申请项目终止或由"
            "局科技信息处直接终止项目」 an option whose 可 reaches the 或 clause over a list of cases (round 49 p46b; Round 89's "
            "x333_01 第九条), 第二十一–二十三条 only move money (Round 83's x311_01 第七条; Round 89's x329_02 第七条), 第二十四条"
            "（一）–（三） options, 第二十八条 options (可…申报, 可由局组织推荐), 第三十条 and 第三十五、四十条 point to contracts and "
            "other texts (Round 86's (b); Round 87's x325_01 第二十五条, turned), 第三十六条 a scope (who keeps the funds' "
            "management, round 30's 「其余仍由A负责管理」), 第三十九条 options — no tasks; 第五条 「全流程通过局科研管理平台进行管理」 an "
            "act of the rules' own work with no subject, a task naming none (round 65's x274_01); 第十五条 2 （一）（二）; 第十六条 "
            "1 (a list of cases); 第十八条 5 （一）–（五） (（三）'s 1.–3. only class the conclusions, text: Round 85's x317_02 三、); "
            "第二十六条 「成果需标注…字样」 an act with no subject, a task naming none; 第三十二条 (有权 an option, Round 87's x325_02 "
            "第二十条; 局提出处理建议报项目下达部门 a proposal sent up for another body's decision, Round 85's x321_03 第五条（一）) and "
            "第三十四条 (进行通报 with no subject, the bans on applying its consequence) tasks naming none; 第三–七、九–十二、十四、十九、"
            "二十、二十五、二十七、二十九、三十一、三十三、三十七、三十八条 one each → **31**. Accepted: 30 (第五条 read as the stages' "
            "description, or 第三十四条 as a consequence only), 29 (both, or 第二十六条 a property of the outputs too), 32 "
            "(第十七条 counted), 33 (第十六条's three lines as items, or 第十八条（三）'s 1.–3.), 34 (第二十四条's four lines as "
            "items), 35 (第十六条 and 第十八条（三） both opened).",
            "units: article subjects (round 44); 科技信息处, 项目承担单位 (and the short 承担单位 where printed so) kept as "
            "printed; no 牵头 anywhere; not sampled: 第四条 [科技信息处] (管理职责各主体 points back to 第三条's bodies, Round 87's "
            "x323_02 第二十一条), 第十二条 (科技信息处 and 项目实施单位 by 与…签订, 项目主持单位（人） by 编制), 第十四条 [项目承担单位], "
            "第二十条 [项目承担单位], 第三十三条 [科技信息处] (a refusal after a breach, Round 77's x299_04 第二十八条)",
            "dates: no task is dated (see date_note)",
            "figures: targets 3 项, 5 项 (第九条), 3 名 (第十条), 1 年 (第十六条), 80 % (第二十五条); not_targets 2 年 (第十五条"
            "（二）), 30 万元 (第十八条（二）, 第二十五条); unchecked: 6个月 (第十七条（五）, a case of an option), 一年内／五年内／三年内 "
            "(第十八条（四）, 第三十四条: periods of a consequence), the 细则's rates (not counted)",
            "duties: five — 第十四条 (the revised plan sent to the office), 第十五条（一） yearly summary, 第十八条（五） the closing "
            "materials handed over, 第三十八条 two filings of the units' commissioned projects; not duties: 第十一条 「报局长办公会议"
            "审议通过后实施」 and 第十六条's 报…审核同意 (steps of approval, Round 89's x329_04 第九条), 第十八条（一）'s 验收申请书 (an "
            "application for the acceptance, a step of its decision), 第七、十一条's 发布 (disclosure, round 55's x247_01)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x340_02_shi-zhengfu-2008-chengshi-shenghuo-laji-shouyun-chuzhi-guanli-banfa.txt"
P02 = "上海市城市生活垃圾收运处置管理办法"
SLR = "市绿化市容部门"
QLR = "区绿化市容部门"
SQ_AND = "市和区绿化市容部门"
SQ_OR = "市或者区绿化市容部门"
SYD = "生活垃圾收运作业服务单位"
CZD = "处置作业服务单位"

plan(X02,
     title=P02,
     title_note="the rules' title (lines 1 and 3); a government rule with no cover",
     doc_no="上海市人民政府令第5号 (2008-08-01), 修正 by 令第52号 (2010), 令第19号 (2025) and 令第26号 (2026-07-16), as line 5 "
            "prints; the front matter gives none",
     issuer="上海市人民政府",
     date="2008-08-01",
     date_note="line 5: published 2008年8月1日, amended 2010-12-20, 2025-01-26 and 2026-07-16; 第二十八条 in force 2008年11月1日 "
               "(a general provision); 每季度第一个月的10日前 (第十六、十八条) and 每年的第一季度内 (第十八条) recur; 提前3个月／6个月 "
               "and 15日内 are time limits; no task is dated",
     level="the city government: how household waste in the urbanised areas is collected, carried and disposed of — the "
           "greenery departments' planning, tendering and licensing of the collecting and disposing firms, the firms' "
           "duties, data, emergencies, checks, appraisal and penalties",
     source=src("上海市城市生活垃圾收运处置管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/1578fa25c50145a584ac0d7e0effc192.html", 5275),
     style="a government rule with no cover: the title twice, a bracketed line of its orders and amendments, 28 articles "
           "「第N条（heading）」 with the heading on a line of its own; lists （一）–（六） of conditions (第十、十四条), of rules "
           "a collector keeps (第十一条), of options (第二十三条), of appraisal contents (第二十四条) and of penalties "
           "(第二十六条, with a paragraph after them)",
     leaf_tasks=28, count_alternatives=[24, 27, 29, 30, 31, 32, 33, 40],
     leaf_tasks_by_section={"第一、二条": 0, "第三–六条": 4, "第七条": 0, "第八条": 2, "第九条": 1, "第十条": 0,
                            "第十一条": 5, "第十二、十三条": 2, "第十四条": 0, "第十五–二十一条": 7, "第二十二条": 0,
                            "第二十三、二十四条": 2, "第二十五条": 0, "第二十六条": 5, "第二十七、二十八条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（实施部门）"], [], [SLR, QLR, "经济信息化、规划资源、财政、价格、房屋等行政管理部门"],
          responsible_alternatives=[[SLR, QLR, "本市经济信息化、规划资源、财政、价格、房屋等行政管理部门"], [SLR, QLR]],
          **art(X02, ["第三条（实施部门）"]),
          note="「市绿化市容部门负责本市生活垃圾处理的管理工作。 区绿化市容部门负责本行政区域内…管理工作，业务上接受市绿化市容部门指导。 本市经济信息化、规划资源、财政、价格、房屋等行政管理部门按照各自的职责，协同实施本办法。」 — "
               + DUTYSPLIT + "; 负责 and 实施 are rule 2's own verbs (协同 no pivot here, no object body); fields before one "
               "head with 等 are one name as printed (round 31), 本市 no part of it (Round 85's x321_01 六、（三）, the name with "
               "it accepted); the city department in 「接受…指导」 only guides (rule 3), named already; the list of the two "
               "departments alone accepted (RULING?: or 协同实施本办法 a general call to cooperate); no 牵头: lead []; "
               + NODATE),
        S(["第四条（规划和预算）"], [SLR], [SLR, "市规划资源等有关部门", SQ_AND], lead_alternatives=[[]],
          responsible_alternatives=[[SLR, "有关部门", SQ_AND], [SLR, "市规划资源", "有关部门", SQ_AND]],
          **art(X02, ["第四条（规划和预算）"]),
          note="「市绿化市容部门应当会同市规划资源等有关部门对生活垃圾处置设施的布局、用地进行统一规划。市和区绿化市容部门按照职责分工，负责组织生活垃圾处置设施的建设。 生活垃圾收运以及处置设施建设、运营所需经费，纳入市和区政府财政预算。」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); 负责组织 names 市和区绿化市容部门, levels "
               "before one head one name (round 30; Round 85's x321_04 第十条); a field before 等 and its head are one name "
               "as printed (round 31: 「商务等部门」) — the head alone accepted (Round 85's x317_01 第三条 and Round 87's x325_02 "
               "第二十二条: names before 等 only illustrate the kind) (RULING?: the two pull apart where the words before 等 are "
               "a field, not a name); the costs 纳入…预算 only move money (Round 83's x311_01 第七条); " + NODATE),
        S(["第五条（容器设置）"], [], ["生活垃圾分类投放管理责任人"], lead_alternatives=[["生活垃圾分类投放管理责任人"]],
          responsible_alternatives=[[]], **art(X02, ["第五条（容器设置）"]),
          note="「生活垃圾分类投放管理责任人应当按照规定，设置生活垃圾分类收集容器，保持…整洁、完好和正常使用。」 — a party the "
               "rules bind by 应当 to an act is a doer in articles (Round 84's p61a-2), and a 责任人 that is the rules' party "
               "for a place (units and persons alike) is kept where it acts (Round 89's x334_04 第五条, turned), the name as "
               "printed (round 30) (RULING?: or rule 3's 责任人, a person in charge — none accepted); " + ONE_LEAD + "; "
               + NODATE),
        S(["第八条（产生申报）", "（一）"], [], [], responsible_alternatives=[["物业服务企业", "建设单位", "房屋所有者"]],
          **art(X02, ["第八条（产生申报）", "（一）"]),
          note="「新建住宅区以及没有纳入生活垃圾收集系统的新设单位，应当按照下列规定向市或者区绿化市容部门申报产生量和种类：」 over 「（一）居民生活垃圾，实行物业管理的住宅区，由物业服务企业向区绿化市容部门申报；未实行物业管理的住宅区，由建设单位或者房屋所有者向区绿化市容部门申报。」 — "
               "a line whose only act is an owed sending is a task naming no unit (Round 83's x313_01 第十一条; Round 85's "
               "x322_01 一、（二）, confirmed), 由A申报 naming an applicant, no unit (round 30: 「由建设单位申报」), and a "
               "regulated party's declaration on its own matters no duty (round 42; Round 85's x322_01); the departments "
               "only receive (rule 3); the three declarers accepted; " + NONE + "; " + NODATE),
        S(["第十一条（收运规范）", "（三）"], [], [],
          responsible_alternatives=[["从事生活垃圾收运的单位"], [SYD]],
          **art(X02, ["第十一条（收运规范）", "（三）"]),
          note="「从事生活垃圾收运的单位应当遵守下列规定：」 over 「（三）收运生活垃圾后，将生活垃圾收集设施及时复位，并及时清扫，保持收集设施和周边环境的整洁；」 — "
               "a lead-in binding named parties to the acts its lines list gives them to those lines (rule 4; Round 83's "
               "x311_03 第十一、十二条: 「A、B应当遵守下列规定：」), but here the 的-phrase leaves the bare head 单位, a call "
               "(Round 81's x310_03 第十条; Round 83's x311_02 第十五条; Round 85's x317_04 第四条) — the printed phrase and the "
               "rules' defined name for the collecting firms accepted (RULING?: or the phrase names the same regulated "
               "collectors 第十条 calls 生活垃圾收运作业服务单位); each line that acts a task (Round 77's x299_01 第六条); "
               + NONE + "; " + NODATE),
        S(["第十二条（中转站）"], [], [], targets=[(48, "小时")], **art(X02, ["第十二条（中转站）"]),
          note="「市和区绿化市容部门或者生活垃圾收运作业服务单位可以根据…需要，设置生活垃圾中转站。生活垃圾中转站的设置，应当符合环境保护要求和中转站设置技术规范，并按照规定办理规划、环保等有关审批手续。 生活垃圾在中转站应当密闭存放，存放时间不得超过48小时。 …渗滤水，经处理符合…标准后方可排放。」 — "
               "可以 makes the setting up an option, naming none (round 49 p46b); the limits on how a station is run, with no "
               "subject, are work of the rules (" + NOSUBJ + "); " + LIMITWORK.split(";")[0] + "; 不得超过48小时 a ceiling, a "
               "target (round 30's line); " + NONE + "; " + NODATE),
        S(["第十七条（垃圾处理费）"], ["市价格主管部门"], ["市价格主管部门", SLR], lead_alternatives=[[]],
          **art(X02, ["第十七条（垃圾处理费）"]),
          note="「产生生活垃圾的单位应当…缴纳生活垃圾处理费。 产生生活垃圾的居民应当…缴纳…。征收的具体时间和标准，由市价格主管部门会同市绿化市容部门提出方案，报市政府批准后执行。 市价格主管部门、市绿化市容部门在起草居民生活垃圾处理费缴费标准方案时，应当举行听证会，听取公众意见。」 — "
               "payers are terms (round 30: 缴纳 a payer); 「由A会同B提出方案，报…批准」: the bodies that draw the matter up are its "
               "doers, lead A with B (rule 2's 会同; Round 85's x319_04 第五–八条, confirmed: 「由A会同B拟定…，报…审查」), the "
               "sending for approval a step (Round 77's x299_01 第十条); the hearing 举行 by the two named bodies, verbs of "
               "doing in articles (round 44); " + NODATE),
        S(["第十八条（数据报送）"], [], [SYD, CZD, QLR, SLR],
          responsible_alternatives=[["生活垃圾收运作业服务单位和处置作业服务单位", QLR, SLR], [SYD, CZD, QLR]],
          **art(X02, ["第十八条（数据报送）"]),
          note="「生活垃圾收运作业服务单位和处置作业服务单位应当建立收运、处置台帐，并在每季度第一个月的10日前将上季度收运、处置情况报送市或者区绿化市容部门。… 区绿化市容部门应当及时将收运、处置数据汇总后报市绿化市容部门。 市绿化市容部门应当在每年的第一季度内向社会公布上年度…情况。」 — "
               + ARTICLE + ": 建立台帐 names the two firms (和 joining two heads, round 34; the joined phrase accepted); "
               "compiling others' filings is the district's own work (Round 83's x311_04 第十五条, governs); 公布 a verb of "
               "doing (the list without the city department accepted: publishing is disclosure, round 55's x247_01); the "
               "sendings are duties (below); no 牵头: lead []; " + RECUR),
        S(["第二十条（应急机制）"], [], [SQ_AND, SYD, CZD], responsible_alternatives=[[SQ_AND]],
          **art(X02, ["第二十条（应急机制）"]),
          note="「市和区绿化市容部门应当编制生活垃圾处理应急预案，建立…系统。 生活垃圾收运作业服务单位和处置作业服务单位，应当根据…规定，编制本单位…应急方案，并报市或者区绿化市容部门备案。 发生突发性事件…的，…应当立即向市或者区绿化市容部门报告，市或者区绿化市容部门应当及时组织有关单位收运、处置生活垃圾。」 — "
               + ARTICLE + " (编制); the firms the rules task are regulated parties bound by 应当, doers (Round 84's p61a-2; "
               "Round 89's x331_04 第十五条); the third paragraph is a case beside the article's other work and adds no unit "
               "(rule 3: 「发生…时，由A…」; Round 83's x315_01 第六条, turned), its report a duty; the sendings are duties "
               "(below); no 牵头: lead []; " + NODATE),
        S(["第二十三条（监督检查）"], [], [SQ_OR], lead_alternatives=[[SQ_OR]], **art(X02, ["第二十三条（监督检查）"]),
          note="「市或者区绿化市容部门应当对生活垃圾收运单位和处置单位的现场实施监督检查，并建立相应的监管档案。…根据需要可以向处置单位派驻监督员。 实施监督检查时，检查人员可以采取下列措施：（一）…（四）… 被检查的单位或者个人应当配合…」 — "
               "「A依法对…实施监督」 names A (rule 2's 实施), 或者 joining levels before one head kept as printed (round 30); "
               "the lines are the inspectors' options (可以, round 49 p46b; Round 89's x333_01 第十四条), no items, so the "
               "article is one task (Round 85's x317_02 三、: lines naming no act leave the point the leaf) — four items "
               "accepted in the count; a party's part in the check of itself names none (Round 83's x315_03 第七条); "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十六条（法律责任）", "（二）"], [], [SQ_OR], lead_alternatives=[[SQ_OR]],
          not_targets=[(2000, "元"), (2, "万元")], **art(X02, ["第二十六条（法律责任）", "（二）"]),
          note="「对违反本办法的行为，由市或者区绿化市容部门按照下列规定予以处罚：」 over 「（二）违反本办法第十二条第二款规定，生活垃圾在中转站内不按规定密闭存放或者存放时间超过48小时的，责令限期改正，并可处2000元以上2万元以下的罚款。」 — "
               "the rules' own body acting after a breach is a doer by 由A (Round 77's x299_04 第二十八条; Round 85's x321_03 "
               "第七条（二）), and the lead-in's rule-2 clause gives it to the lines that name none (rule 4); what a breach "
               "costs is no target, a fine's band included (round 32; Round 85's x321_03 第五条（三）, turned): not_targets "
               "2000 元, 2 万元; 超过48小时 describes the breach (round 31; Round 87's x323_04 第七十条（二）, unchecked); "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十一条（无主垃圾处理）"], [], ["所在地区绿化市容部门"], lead_alternatives=[["所在地区绿化市容部门"]],
          responsible_alternatives=[[QLR]], **art(X02, ["第二十一条（无主垃圾处理）"]),
          note="「对丢弃在本市道路和公共场所上的无主生活垃圾，所在地区绿化市容部门应当及时组织收运单位清除和收运。」 — 「A组织B＋verb」 "
               "names A, B a pivot object (rule 2; round 30); a one-word relation 所在 before the kind is kept as printed "
               "(Round 87's x323_02 第十八条 所在单位; Round 89 on x331_02) — the bare 区绿化市容部门 accepted (RULING?: "
               "「所在地」 may be read as a place phrase of its own, dropped); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "生活垃圾处置作业服务单位应当对污染物排放情况作定期检测，并在每季度第一个月的10日前向市或者区绿化市容部门提交检测报告",
              "when": "每季度第一个月的10日前", "when_norm": "quarterly (by the 10th of each quarter's first month)",
              "note": "第十六条 — the disposing firm the departments choose by tender and bind by contract (第十三条) sends the "
                      "results of the work given it: a duty (Round 89's x329_01 第十一条 and x329_03 第十六条), quarterly "
                      "(RULING?: or a regulated party's filing on its own matters, round 42)"},
             {"what": "在每季度第一个月的10日前将上季度收运、处置情况报送市或者区绿化市容部门", "when": "每季度第一个月的10日前",
              "when_norm": "quarterly (by the 10th of each quarter's first month)",
              "note": "第十八条 — the same form, the collecting and disposing firms' quarterly data"},
             {"what": "区绿化市容部门应当及时将收运、处置数据汇总后报市绿化市容部门", "when": "及时", "when_norm": None,
              "note": "第十八条 — a tasked body's sending of its compiled results, undated (及时 prints no time; Round 79)"},
             {"what": "编制本单位生活垃圾处理应急方案，并报市或者区绿化市容部门备案", "when": None, "when_norm": None,
              "note": "第二十条 — a tasked body's filing of its own plan, undated (Round 87's x325_02 第十五条 and x328_01 第十条, "
                      "turned: 备案 an undated duty)"},
             {"what": "发生突发性事件…无法正常进行收运、处置生活垃圾的，…应当立即向市或者区绿化市容部门报告", "when": "立即",
              "when_norm": None,
              "note": "第二十条 — a report when a case arises, sent to the bodies that act on it (round 44; Round 83's x316_01 "
                      "一; Round 89's x334_03 第十三条（三）, turned), undated"},
             {"what": "因特殊原因确需停止的，生活垃圾收运作业服务单位应当提前3个月书面通知市或者区绿化市容部门，生活垃圾处置作业服务单位应当提前6个月书面通知",
              "when": "提前3个月／6个月", "when_norm": None,
              "note": "第十九条 — a notice the rules ask when a case arises, to the bodies that must then act (round 44), "
                      "its lead time counted from an event, undated (RULING?: or a firm's notice on its own matters)"},
             {"what": "评议结束后，市或者区绿化市容部门应当将评议结果书面通知被评议单位", "when": None, "when_norm": None,
              "note": "第二十四条 — a body's notice of the results of its own appraisal to those appraised (Round 89's x331_04 "
                      "第九条, turned: notices of results are sendings of one's own results), undated"}],
     notes=["counting (leaf tasks): no cover; 第一条 purpose, 第二条 scope, 第二十七条 pointers to other rules, 第二十八条 entry into "
            "force — general provisions (round 30); 第七条 「单位和个人应当…分类投放」 a rule to everyone, text (Round 80; Round 83's "
            "x317_03 第十四条 form), 第十、十四条 what a firm must hold, the scheme's terms (Round 87's x327_02 五), 第二十二条 bans to "
            "everyone (Round 80), 第二十五条 「可以解除…并组织…」 an option reaching its 并 clause (round 49 p46b; Round 87's x327_01 "
            "细则 二) — no tasks; 第八条 2 （一）（二） (owed declarations, tasks naming none); 第十一条 5; 第二十三条 1 (its lines "
            "options); 第二十四条 1 (「评议主要包括以下内容：」 a noun lead-in over contents, the appraisal's scope, text — Round "
            "89's x334_02 第六条, governs; the paragraphs after it are the article's work, Round 86's (a)); 第二十六条 5 "
            "(（一）–（四） and the paragraph after them 「…由生态环境部门…处理」, Round 86); 第十九条 1 (the ban on stopping, the "
            "notice and the departments' response to the case, a task); 第三–六、九、十二、十三、十五–十八、二十、二十一条 one each "
            "→ **28**. Accepted: 24 (第二十六条 one task), 27 (第八条 one task), 29–31 (第七、二十二、二十五条 counted, one to three), "
            "32 and 33 (第二十三条's four lines as items, with 第二十四条's), 40 (第十、十四条's twelve lines as items).",
            "units: article subjects (round 44); the departments by kind as printed: 市绿化市容部门, 区绿化市容部门, and the "
            "level pairs 市和区绿化市容部门 / 市或者区绿化市容部门 each one name (round 30); the firms 生活垃圾收运作业服务单位 and "
            "处置作业服务单位 as printed, split at 和 (round 34); not sampled: 第六条 [市和区绿化市容部门], 第九条 and 第十三条 (the "
            "departments; 中标单位 by 与…签订 left unread), 第十五条 [市绿化市容部门], 第十六条 [生活垃圾处置作业服务单位], 第十九条, "
            "第二十四条 [市和区绿化市容部门, 市或者区绿化市容部门]",
            "dates: none (see date_note)",
            "figures: target 48 小时 (第十二条); not_targets the fines 2000 元, 2 万元 (第二十六条（二）; round 32); unchecked: the "
            "other fines, 15日内 (time limits), 连续两年 (a case), 提前3个月／6个月 (time limits)",
            "duties: seven (第十六条, 第十八条 two, 第二十条 two, 第十九条, 第二十四条); not duties: 第八条's declarations (a party "
            "on its own matters, round 42), 第十七条's 报市政府批准 (a step of approval), 第十八条's 向社会公布 (disclosure), "
            "第二十四条's 复核结果 (a decision on an application, Round 87's x327_04)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x340_03_shi-zhengfu-1996-chengshi-diaosu-jianshe-guanli-banfa.txt"
P03 = "上海市城市雕塑建设管理办法"
CDW3 = "市城雕委"
CDB = "市城雕委办公室"
QXJ = "区、县城市雕塑管理机构"
GHB = "规划管理部门"
JSD = "建设单位"

plan(X03,
     title=P03,
     title_note="the rules' title (lines 1 and 3); a government rule with no cover",
     doc_no="none printed: 1996年3月3日上海市人民政府发布, 修正 by 上海市人民政府令第52号 (2010-12-20), as line 5 prints",
     issuer="上海市人民政府",
     date="1996-03-03",
     date_note="line 5: issued 1996年3月3日, amended and re-issued 2010年12月20日; 第二十条 in force 1996年5月1日 (a general "
               "provision); no task is dated",
     level="the city government: who plans, sites, designs, makes, accepts, keeps and moves the city's public sculptures "
           "— the sculpture committee and its office, the district and county bodies, the planning department and the "
           "builders — and the penalties",
     source=src("上海市城市雕塑建设管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/62ba90ab76204d94b2f7180ecdd77ea6.html", 3014),
     style="a government rule with no cover: the title twice, a bracketed line of its issue and amendment, 20 articles "
           "「第N条（heading）」 with the heading on a line of its own; lists （一）–（四） of plan contents (第六条), of who "
           "organises which projects (第七条), of funding options (第八条), of who reviews (第十一条) and who maintains "
           "(第十六条)",
     leaf_tasks=14, count_alternatives=[13, 15, 16, 17],
     leaf_tasks_by_section={"第一–四条": 0, "第五、六条": 2, "第七条": 3, "第八、九条": 0, "第十条": 1, "第十一条": 2,
                            "第十二条": 1, "第十三条": 0, "第十四、十五条": 2, "第十六条": 2, "第十七条": 0,
                            "第十八条": 1, "第十九、二十条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第五条（管理机构）"], [], ["上海市城市雕塑委员会", CDB, QXJ, "规划、建设、文化、园林、公安、市政等管理部门"],
          responsible_alternatives=[[CDW3, CDB, QXJ, "规划、建设、文化、园林、公安、市政等管理部门"],
                                    ["上海市城市雕塑委员会", CDB, QXJ], [CDW3, CDB, QXJ]],
          **art(X03, ["第五条（管理机构）"]),
          note="「上海市城市雕塑委员会（以下简称市城雕委）负责本市城市雕塑建设的组织协调和监督管理。市城雕委办公室具体负责…组织实施和相关的管理工作。 区、县城市雕塑管理机构具体负责…。 规划、建设、文化、园林、公安、市政等管理部门按照各自职责，共同实施本办法。」 — "
               + DUTYSPLIT + "; 负责, 具体负责 and 实施 are rule 2's verbs; at a defining bracket the printed name stands and "
               "the short name serves later (round 61's x264_01; Round 89's x334_03 第九条) — 市城雕委 accepted; 「区、县X机构」 "
               "one name as printed (round 30: 「市、区X部门」), fields before one head with 等 one name (round 31); the lists "
               "without the cooperating departments accepted (RULING?: 共同实施本办法 as a general call); no 牵头: lead []; "
               + NODATE),
        S(["第六条（规划的制定）"], [CDW3], [CDW3, "市规划管理部门"], lead_alternatives=[[]],
          **art(X03, ["第六条（规划的制定）"]),
          note="「市城雕委应当根据…实际情况，协同市规划管理部门编制城市雕塑规划，并按照规定的程序综合平衡后，报市人民政府批准。 城市雕塑规划应当包括下列雕塑项目：（一）…（二）市城雕委和区、县城市雕塑管理机构会同有关部门商定的城市雕塑项目；（三）…」 — "
               "「A协同B＋verb」 reads as 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (round 30); the sending "
               "for approval a step (Round 77's x299_01 第十条); the lines are the contents of the plan, no items (Round 86's "
               "form (a); Round 89's x329_01 第八条), so the article is one task, and bodies inside a line's noun 「…商定的…项目」 "
               "are no doers (round 30) — the lines as items accepted in the count (16, 17); " + NODATE),
        S(["第七条（组织实施的分工）", "（三）"], [], [JSD], lead_alternatives=[[JSD]],
          **art(X03, ["第七条（组织实施的分工）", "（三）"]),
          note="「城市雕塑建设应当根据城市雕塑规划，按照下列规定分别组织实施：」 over 「（三）新建居住区、开发区等大型建设项目内的城市雕塑项目，由建设单位负责。」 — "
               "each line divides the work by class of project and names its body by 由A负责 (rule 2); the lead-in names "
               "none; " + ONE_LEAD + "; " + NODATE),
        S(["第十条（选址的确定）"], [CDW3], [GHB, CDW3, QXJ], lead_alternatives=[[]],
          responsible_alternatives=[[CDW3, QXJ, GHB]],
          **art(X03, ["第十条（选址的确定）"]),
          note="「规划管理部门编制或者修订详细规划时，应当…拟订城市雕塑项目的选址意向，并由市城雕委会同区、县城市雕塑管理机构和规划管理部门组织评审。 …选址经评审确定后，方可由规划管理部门将该详细规划按照规定的程序报批。 …未经市城雕委同意，任何单位和个人不得改变其规划用途。」 — "
               + ARTICLE + " (拟订); 「由A会同B组织＋review」 names lead A with B (Round 87's x327_02 三、（二）, confirmed), 和 "
               "joining two names (round 34); 由A报批 a sending for approval, none (Round 77's x299_01 第十条); the ban to "
               "everyone is text (Round 80) and 市城雕委 there only consents (rule 3); each body once in printed order "
               "(round 30); the 会同 clause alone accepted; " + NODATE),
        S(["第十一条（设计方案的确定）", "（二）"], [], [QXJ], lead_alternatives=[[QXJ]],
          responsible_alternatives=[[CDB, QXJ, JSD]],
          **art(X03, ["第十一条（设计方案的确定）", "（二）"]),
          note="「城市雕塑项目的选址确定后，市城雕委办公室，区、县城市雕塑管理机构和建设单位应当通过招标或者其他方式选择项目的设计方案，并按照下列规定进行评审后确定：」 over 「（二）本办法第七条第（二）、（三）项所列城市雕塑项目的设计方案，由项目所在地的区、县城市雕塑管理机构组织评审，并向市城雕委备案。」 — "
               "由A组织评审 names A (rule 2), a place phrase before the kind 「项目所在地的」 saying which body, no part of the "
               "name (Round 87's x325_04); a line naming its own body takes none from the lead-in (rule 4) — the lead-in's "
               "three accepted (RULING?: its 选择设计方案 is the lines' work too); the 备案 of its own review's result a duty "
               "(below); " + ONE_LEAD + "; " + NODATE),
        S(["第十二条（制作单位或者个人的确定）"], [], [CDB, QXJ, JSD], **art(X03, ["第十二条（制作单位或者个人的确定）"]),
          note="「…市城雕委办公室，区、县城市雕塑管理机构和建设单位应当通过招标或者其他方式确定项目的制作单位或者个人。 建设单位按照前款规定，确定…制作单位或者个人后，应当向项目所在地的区、县城市雕塑管理机构备案。」 — "
               + ARTICLE + " (确定), names split at ， and 和 (plans-dev EXPECTED.md; round 34), 「区、县X机构」 one name "
               "(round 30); the makers are the object of 确定; the builder's 备案 a duty (below); no 牵头: lead []; " + NODATE),
        S(["第十四条（制作过程的要求）"], [], ["制作单位"], lead_alternatives=[["制作单位"]],
          responsible_alternatives=[[], ["制作单位或者个人"]], **art(X03, ["第十四条（制作过程的要求）"]),
          note="「城市雕塑项目的制作单位或者个人在取得建设工程规划许可证后，应当按照项目设计方案和有关技术标准进行城市雕塑的制作，保证制作质量，并接受市城雕委办公室或者区、县城市雕塑管理机构的指导和监督。 …需对项目设计方案作变更的，制作单位或者个人应当会同项目设计人员…办理有关手续。」 — "
               "a party the rules bind by 应当 to an act is a doer in articles (Round 84's p61a-2; Round 89's x331_04 "
               "第十五条), 或者 joining doers (round 49) and a person never a unit (round 30), so 制作单位; the bodies that "
               "guide and supervise are rule 3's guide; 办理有关手续 a step of the party's own approval, none (Round 83's "
               "x315_03 第七条); " + ONE_LEAD + "; none and the printed phrase accepted; " + NODATE),
        S(["第十五条（项目建成后的验收）"], [CDB, QXJ], [CDB, QXJ, GHB], lead_alternatives=[[]],
          **art(X03, ["第十五条（项目建成后的验收）"]),
          note="「城市雕塑项目建成后，应当由市城雕委办公室或者区、县城市雕塑管理机构会同规划管理部门，按照规定的程序组织验收。经验收合格的，方可揭幕。 …制作单位或者个人应当将…照片、图纸和文字资料等报送城市建设档案机构存档，并向市城雕委办公室备案。」 — "
               "「由A或B会同C组织验收」: 或 joins doers (round 49) and 会同 makes them leads (rule 2; bodies that lead one "
               "piece of work alike, Round 83's x316_02 （二十））, C responsible; the maker's 报送…存档／备案 are sendings, naming "
               "none (rounds 46, 48), a duty (below); lead [] accepted; " + NODATE),
        S(["第十六条（日常维护和保养）", "（二）"], [], [JSD, "所属单位"], responsible_alternatives=[[JSD]],
          **art(X03, ["第十六条（日常维护和保养）", "（二）"]),
          note="「城市雕塑的日常维护和保养工作，应当按照下列规定分别组织实施：」 over 「（二）本办法第七条第（三）项所列的城市雕塑项目，由建设单位或者所属单位负责。」 — "
               "由A负责 (rule 2), 或者 joining doers (round 49), and a body named by its relation to the thing 「所属单位」 kept "
               "as printed (Round 87's x323_02 第十八条 所在单位); 建设单位 alone accepted; no 牵头: lead []; " + NODATE),
        S(["第十八条（处罚）"], [], [GHB, "公安机关"], **art(X03, ["第十八条（处罚）"]),
          note="「未取得建设工程规划许可证或者…建造城市雕塑的，由规划管理部门按照…规定给予处罚。 故意损毁城市雕塑，…的，由公安机关依照《…治安管理处罚法》…给予处罚。」 — "
               "the rules' own bodies acting after a breach are doers by 由A (Round 77's x299_04 第二十八条; Round 85's "
               "x321_03 第七条（二））, the breaches the cases they act on; unlike a consequence pointing to the law with no "
               "agent (Round 87's x325_01 第二十五条), an article with agents is a task (RULING?: or penalty articles that "
               "only point to other laws' sanctions are general provisions); no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "由项目所在地的区、县城市雕塑管理机构组织评审，并向市城雕委备案", "when": None, "when_norm": None,
              "note": "第十一条（二） — a tasked body's filing of its own review's result (round 48; Round 87's x328_01 第十条, "
                      "turned), undated"},
             {"what": "建设单位…确定…制作单位或者个人后，应当向项目所在地的区、县城市雕塑管理机构备案", "when": None,
              "when_norm": None,
              "note": "第十二条 — the builder, whom 第七条（三） tasks with its own projects, files its choice: undated"},
             {"what": "制作单位或者个人应当将城市雕塑的有关照片、图纸和文字资料等报送城市建设档案机构存档，并向市城雕委办公室备案",
              "when": None, "when_norm": None,
              "note": "第十五条 — the maker the rules' bodies chose (第十二条) sends the records of the work given it (Round 89's "
                      "x329_01 第十一条), undated (RULING?: or a party's filing on its own matters, round 42)"}],
     notes=["counting (leaf tasks): no cover; 第一条 purpose, 第二条 definition, 第三条 scope, 第十九条 a scope (按照本办法的规定执行), "
            "第二十条 entry into force — general provisions (round 30); 第四条 a principle (round 68); 第八条 funding options "
            "(可以, round 49 p46b) and the projects' money 纳入…总预算 (only money, Round 83's x311_01 第七条); 第九条 what a designer "
            "must hold (the scheme's terms, Round 87's x327_02 五); 第十三条 a maker's application for its permit (round 30's "
            "applicant; Round 85's x321_02 count); 第十七条 a ban to everyone (Round 80), its consent step and its 负责补偿 a "
            "payer (round 30) — no tasks; 第五、六条 one each (第六条's lines the plan's contents, Round 86's (a)); 第七条 3; "
            "第十条 1; 第十一条 2 (its opening paragraph leads into the lines, no leaf of its own: Round 83's x311_04 第十一条); "
            "第十二、十四、十五条 one each; 第十六条 2 (its opening 「…应当加强日常的维护、保养工作」 leads in); 第十八条 1 → **14**. "
            "Accepted: 13 (第十一条 or 第十六条 one task), 15 (第八条 or 第十三条 or 第十七条 counted), 16 and 17 (第六条's three "
            "lines as items, its opening paragraph with or without a leaf of its own).",
            "units: article subjects (round 44); 上海市城市雕塑委员会 at its defining bracket, 市城雕委 where it acts later "
            "(round 61's x264_01); 市城雕委办公室, 区、县城市雕塑管理机构, 规划管理部门, 建设单位 as printed; no 牵头 anywhere; not "
            "sampled: 第七条（一）[市城雕委办公室], （二）[区、县城市雕塑管理机构], 第十一条（一）[市城雕委], 第十六条（一） (由 「所在地的区、县"
            "人民政府指定的部门或者单位」 负责: the 的-phrase's bare heads 部门或者单位 a call, Round 83's x311_02 第十五条)",
            "dates: none (see date_note)",
            "figures: none in any task; unchecked: 148件 (a title's count), the orders' numbers and years",
            "duties: three undated filings (第十一条（二）, 第十二条, 第十五条); not duties: 第六条's 报市人民政府批准 and 第十条's 报批 "
            "(steps of approval), 第十七条's consent (a step of approval)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x340_04_shi-zhengfu-1987-chengzhen-huanjing-weisheng-sheshi-shezhi-guiding.txt"
P04 = "上海市城镇环境卫生设施设置规定"

plan(X04,
     title=P04,
     title_note="the rules' title (lines 1 and 3); a government rule with no cover",
     doc_no="none printed: 1987年10月6日上海市人民政府批准, amended 1995, 2004 and by 上海市人民政府令第52号 (2010), as line 5 prints",
     issuer="上海市人民政府",
     date="1987-10-06",
     date_note="line 5: approved 1987年10月6日, amended 1995-11-30, 2004-07-01 and 2010-12-20; 第八十二条 in force 一九八七年"
               "十一月一日 (a general provision); no task is dated",
     level="the city government: the standards for setting up and building sanitation facilities in towns and the "
           "city — public toilets, septic tanks, refuse chutes, bins, litter boxes, refuse wharves, transfer stations, "
           "treatment sites and dumps, depots, waterside posts, access roads — with who plans, builds, files and "
           "maintains, and the penalties; nine attached tables 附表一–九 of reckoning and land standards",
     source=src("上海市城镇环境卫生设施设置规定.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/27a5af3cee1e44ce9f0855240e299081.html", 9408),
     style="a government rule with no cover: the title twice, a bracketed line of its approval and amendments, eight "
           "chapters 「第N章  title」 with sections 「第N节  title」, 82 articles run in 「第N条  text」 (two spaces, the text "
           "on the label's line), lists （一）–（六）, full-width figures 「0．8～1．0米」「5％」; after 第八十二条 nine tables "
           "「附表一」–「附表九」 flattened one cell a line (附表一 a formula with 一、–三、 steps)",
     leaf_tasks=82, count_alternatives=[78, 84, 86, 115],
     leaf_tasks_by_section={"第一–八条": 5, "第九条": 5, "第十、十一条": 1, "第十二条": 4, "第十三–十五条": 3,
                            "第十六条": 3, "第十七–三十一条": 16, "第三十二–四十一条": 10, "第四十二–五十三条": 15,
                            "第五十四–六十六条": 13, "第六十七–六十九条": 5, "第七十–七十六条": 5, "第七十七–八十二条": 4,
                            "附表一–九": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第五条"], [], ["上海市绿化和市容管理局", "各区人民政府", "市规划、土地、港务等管理部门"],
          lead_alternatives=[["上海市绿化和市容管理局"], ["市绿化市容局"]],
          responsible_alternatives=[["市绿化市容局", "各区人民政府", "市规划、土地、港务等管理部门"],
                                    ["上海市绿化和市容管理局", "各区（县）人民政府", "市规划、土地、港务等管理部门"],
                                    ["市绿化市容局", "各区（县）人民政府", "市规划、土地、港务等管理部门"]],
          **art(X04, ["第五条"]),
          note="「本规定由上海市绿化和市容管理局（以下简称市绿化市容局）组织实施，各区（县）人民政府和市规划、土地、港务等管理部门配合实施。」 — "
               "由A组织实施 names A, and 「A负责…，B配合」 makes B responsible after any doer of rule 2, lead [] unless A 牵头 "
               "(round 30; A as lead accepted); at a defining bracket the printed name stands (round 61's x264_01), the "
               "short name accepted; a bracket giving the body of the same kind in other areas is dropped (Round 89 on "
               "x331_02 and x334_04, turned on the bracket: 各区（县） → 各区; the printed name accepted); fields before one "
               "head with 等 one name as printed (round 31); an article in 总则 that gives work is a task (round 30); "
               + NODATE),
        S(["第九条", "（四）"], [], [], targets=[(1500, "人"), (3000, "平方米")],
          not_targets=[(1000, "人"), (2000, "平方米")], **art(X04, ["第九条", "（四）"]),
          note="「公共厕所的设置标准如下：」 over 「（四）大型商场、金融经营交易场所按服务对象的最高聚集人数1000人左右或者建筑物的总建筑面积2000平方米左右设置一座；最高聚集人数超过1500人或者总建筑面积超过3000平方米的，应当按比例相应增加公共厕所面积或座数。」 — "
               + LIMITWORK + "; the ratio 「1000人左右／2000平方米左右设置一座」 is a norm, no target (" + NORM + "); 「…超过"
               "1500人或者…超过3000平方米的，应当…增加」 is a 的-clause of its own with no head noun that triggers the step, 超过 "
               "a comparison word: targets 1500 人, 3000 平方米 (round 30's line; round 49; Round 85's x317_04 第十二条); "
               + NONE + "; " + NODATE),
        S(["第十七条"], [], [], responsible_alternatives=[["建设行政主管部门"]], **art(X04, ["第十七条"]),
          note="Round 91 (turned; Round 85's x321_02 — a decision on a party's submission and its steps name none — over round "
               "44 read for any subject): consulting another body while reviewing a developer's design is a step of that "
               "review, as a proposal sent up is a step of the decision (Round 89's x334_04 第四条); the consulted body is a "
               "receiver (rule 3): [建设行政主管部门] → none (the department stays accepted; RULING? 17). 「配套建设的地下建筑物化粪池和其他特殊规格化粪池，建设行政主管部门在项目初步设计方案审查时，应当将其设计和建造方案征求市容环境卫生管理部门的意见。」 — "
               "the builder read 征求意见 as the reviewing department's own step placed on it by 应当, a doer in articles "
               "(round 44) — accepted; the article a task (the consultation the rules ask); " + NONE + "; " + NODATE),
        S(["第二十三条"], [], [], targets=[(3.3, "米"), (3.1, "米"), (1.5, "米"), (3.0, "米")],
          **art(X04, ["第二十三条"]),
          note="「垃圾管道的底层须设有垃圾间。垃圾间的宽度与进深不小于3．3米，净高不低于3．1米；管道卸口中心与两边侧墙距离不小于1．5米，与里墙距离为2．5米左右。 垃圾间大门宽度不小于3．0米，高度2．5米左右。…垃圾间内应安装水嘴和照明设备，设置排水沟、通风窗。」 — "
               + LIMITWORK + "; 须设有, 安装, 设置 acts with no subject (" + NOSUBJ + "); 不小于3.3米, 不低于3.1米, 不小于"
               "1.5米, 不小于3.0米 floors of a standard joined to comparison words, targets (round 30's line; Round 85's x322_04 "
               "第五条), the full-width point 「．」 a decimal point; 2.5米左右 a norm, no target (round 30); " + NONE + "; "
               + NODATE),
        S(["第三十五条", "（一）"], [], [], targets=[(50, "吨")], **art(X04, ["第三十五条", "（一）"]),
          note="「垃圾码头、粪便码头每个装卸泊位的装船能力，应达到如下标准：」 over 「（一）垃圾码头每个装卸口装船能力应达到每小时50吨左右；」 — "
               "a capacity a facility must be built to is a limit on how it is set up, a task naming none (" + LIMITWORK
               .split(" (")[0] + "); a quantity joined to 达到 is a target (round 30's list: 达到), 左右 the norm's looseness "
               "changing nothing, 每小时 the rate's period (RULING?: or 「50吨左右」 is a norm, round 30, the comparison word "
               "applying to the standard, not to a floor — unchecked; （二）'s 「为每小时40～60吨」 joins no word and is "
               "unchecked); " + NONE + "; " + NODATE),
        S(["第四十七条"], [], [], targets=[(20, "年")], **art(X04, ["第四十七条"]),
          note="「垃圾堆场的规模应至少能使用20年；卫生防护区为300～500米。」 — a limit on how big a dump is built is a task naming "
               "none (" + LIMITWORK.split(" (")[0] + "); 至少 a comparison word, a target 20 年 (round 30's line; Round 85's "
               "x320_09 二 「至少」); 300～500米 joins no word, a norm band, unchecked (round 30); " + NONE + "; " + NODATE),
        S(["第五十二条"], ["环卫部门"], ["环卫部门", "自来水公司"], lead_alternatives=[[]], **art(X04, ["第五十二条"]),
          note="「洒水车和冲洗马路专用的环卫车辆由设置在道路两侧的专用供水龙头供水。在没有供水龙头的路段，由环卫部门会同自来水公司协商解决。 供水龙头的间距，根据…确定，具体设置可参照附表五。」 — "
               "「（由）A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); 「在没有…的路段」 picks the "
               "roads the work falls on, no contingency (Round 79; Round 87's x327_01 细则 一 「凡涉及X的」); the hydrants "
               "that supply are things, no bodies (the first sentence a state); 可参照 an option (round 49 p46b); "
               + NODATE),
        S(["第五十九条"], [], ["区环卫管理所"], lead_alternatives=[["区环卫管理所"]], **art(X04, ["第五十九条"]),
          note="「区环卫管理所应建立为该区环卫工作需要的汽车队、机具修造厂及必要的加工厂。」 — " + ARTICLE + " (建立); "
               + ONE_LEAD + "; " + NODATE),
        S(["第六十九条"], [], [], targets=[(30, "米")], **art(X04, ["第六十九条"]),
          note="「需环卫车辆倒车进入工作点的，倒车距离不大于30米；车辆在作业点必须调头的，应有足够的回车余地。」 — a limit on how a "
               "site's access is laid out is a task naming none (" + LIMITWORK.split(" (")[0] + "); 不大于30米 a ceiling, a "
               "target (round 30's line); the 的-clauses pick the sites the limits apply to (no figure in them); " + NONE
               + "; " + NODATE),
        S(["第七十条"], [], ["环卫管理部门", "经营、管理单位"],
          responsible_alternatives=[["环卫管理部门", "公共建筑的经营、管理单位"], ["环卫管理部门"]],
          **art(X04, ["第七十条"]),
          note="「城镇环卫设施，按城市建设需要由环卫管理部门统一设置和更新。相关的环卫基础设施应考虑综合建造，节约用地。 旧城区环卫设施设置未达到本规定要求的，应结合旧区改造逐步达到。 公共建筑的经营、管理单位应当按照规定设置公共厕所，并负责维修和保养。」 — "
               "由A＋a verb of doing names A (rule 2); a 的-phrase gives the name after its last 的 (rounds 32, 38), fields "
               "sharing one head one name as printed (round 31: 「人事、卫生部门」), a doer by 负责 and by 应当 in articles "
               "(round 44; Round 84's p61a-2) — the printed phrase accepted; the acts with no subject are the rules' work "
               "(round 65's x274_01), 「未达到…要求的」 picking the districts the step falls on (no figure); no 牵头: lead []; "
               + NODATE),
        S(["第七十四条"], [], [], responsible_alternatives=[["区、县以上环卫管理部门"]], **art(X04, ["第七十四条"]),
          note="「凡因建设需要拆除、搬迁环卫设施，必须同时进行相应的补建，并须取得区、县以上环卫管理部门批准后方可实施；确属不需补建的，应经区、县以上环卫管理部门核准。」 — "
               "the rebuilding owed with no subject is work of the rules (" + NOSUBJ + "); the departments only approve "
               "(rule 3: 「经A同意」), the approval a step of the builder's own approval (Round 77's x299_01 第十条); "
               "「区、县以上」 a level, no quantity; the approving departments accepted; " + NONE + "; " + NODATE),
        S(["第七十五条"], [], ["设施所属单位"], lead_alternatives=[["设施所属单位"]], responsible_alternatives=[["所属单位"]],
          **art(X04, ["第七十五条"]),
          note="「城镇环卫设施由设施所属单位负责定期维护和维修，保证设施的完好。」 — 由A负责 names A (rule 2), a body named by its "
               "relation to the thing kept as printed (Round 87's x323_02 第十八条 所在单位) — 所属单位 accepted; 定期 prints no "
               "time; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the attached 附表一–九 not counted — tables of reckoning and land standards after the "
            "last article, an attachment's rows with no numbered work, plans-dev EXPECTED.md; 附表一's 一、–三、 are steps of a "
            "formula): the reading applied article by article (" + LIMITWORK + "): general provisions 第一条 purpose, 第二条 "
            "definition, 第四条 scope, 第八十一条 interpretation, 第八十二条 entry into force (round 30); definitions and lists "
            "of kinds 第六、二十、二十五、三十二、三十三、四十九条 (text); options 第十一、三十九、四十四、五十、五十五、六十、六十二、八十条 "
            "(可, round 49 p46b; 第四十四、六十、六十二条 also reckon a size, Round 87's x325_04 五、（三）); properties and states "
            "only 第二十八、三十八条 (text, Round 87's x328_03); reckoning 第五十八条 (text); bans to everyone 第七十三、七十六条 "
            "(Round 80); 第七十九条 officials' liability (a general provision as Round 89's x334_04 第十九条); 第十二条 4 (（二）"
            "（四）（五）（六）; （一）（三） properties, text); 第九条 5, 第十六条 3, 第三十条 3, 第三十五条 2, 第四十条 2, 第四十六条 5, "
            "第六十一条 2, 第六十五条 4, 第六十八条 3, 第七十七条 3 (penalty lines, rule 4 giving the lead-in's bodies); every other "
            "article one task (its paragraphs its work) → **82**. Accepted: 78 (第四十、六十一条's 「一般为」 size lines read as "
            "reckoning standards, text), 84 (第十二条（一）（三） counted), 86 (with 第二十八、三十八条 too), 115 (every article "
            "but the general provisions a leaf, every numbered line a leaf).",
            "units: rule 2 in articles (round 44): 第三条 [市容环境卫生管理部门] (由A编制), 第五条, 第七条 [市容环境卫生部门] (其他有关"
            "单位 a call, Round 80's p59a-2), 第十七条 none (Round 91, turned: a step of the design review; the department "
            "accepted), 第五十二条, 第五十九条, 第七十条, 第七十二条 [建设单位], 第七十五条, 第七十七、"
            "七十八条 [市或区、县市容环境卫生管理部门, 城管执法部门]; facilities and places named as subjects, not sampled: Round 91 "
            "(decided) — 「…等X，应＋verb」 names X where X is a building or facility (Round 85's facility form; names before 等 "
            "give the kind after it, Round 87's x325_02), none where X is a place word (round 43): 第八条 [公共建筑], 第七十一条's "
            "「…风景游览区等处」 none",
            "dates: none (see date_note)",
            "figures: targets 1500 人, 3000 平方米 (第九条（四）), 3.3, 3.1, 1.5, 3.0 米 (第二十三条), 50 吨 (第三十五条（一）), 20 年 "
            "(第四十七条), 30 米 (第六十九条); not_targets 1000 人, 2000 平方米 (第九条（四） norms); unchecked: every 「左右」 and "
            "「～」 norm of the standards, 第二十一条's 1.0米以上 (a target by the line, not sampled), 第六十八条's 「2吨以上载重车」 "
            "and 「最小…20米」「最大…5％」 (not sampled; Round 91, decided: a class the item's work must reach is a target, round "
            "40, and 最小／最大 before a quantity mean 不小于／不大于 — 2 吨, 20 米, 5 % targets), 第七十二条's 10个工作日内 "
            "(a time limit), the fines of 第七十七条 (round 32)",
            "duties: none — 第七十二条's two 备案 are a builder's filings on its own works (round 42; Round 85's x322_04 第二十四条)"])

write_collected(DIR)
