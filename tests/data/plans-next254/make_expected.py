# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next254/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 50 (built by helper c254): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the texts (by ``article_in`` and ``locate`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the "Round 53 rulings, written early", "Round 54 rulings", "Round 55 rulings, written early" and "Round 56 rulings"
included) applied to every article and point. Neither the parser nor the scorer was run on this set by its builder:
the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next254/make_expected.py tests/data/plans-next254
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, SHANGHAI_REPO, STORED_WHOLE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"


def src(commit, path, url, chars, wrapper=STORED_WHOLE):
    """A whole Shanghai document's provenance: the repository, the commit read, the stored file, the official page."""
    return f"{SHANGHAI_REPO} @ {commit}, docs/规划与土地/{path} (official page {url}) — {wrapper} ({chars})"


FLK_WRAPPER = ("the stored text (read with read_file); this stored file's wrapper is not YAML: its 「# 」 title line "
               "was kept without the 「# 」 marker (the repository's heading title, line 1), and the six-line metadata "
               "list (公布日期 … 来源), the 「---」 rule and the blank lines around them were removed, so the regulation's "
               "own title line follows as line 3; the stored file as typed (wrapper + text) had the character count "
               "read_file gives")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTSUBJ = ("CONVENTIONS.md round 44 (decided) and round 47 (q44c): in rules written as 第X条 articles a named body or a body "
           "named by a kind standing as the subject of the article's verb of doing is a doer whatever the verb")
ONE = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一; CONVENTIONS.md units rule 2)"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
LEADS = "CONVENTIONS.md round 45: 会同 leading different parts of one item — every lead named (lead [] accepted)"
CASES = ("CONVENTIONS.md round 51 (q47b, turned) / round 52 (x239_04) / round 54: numbered items under a lead-in that each "
         "carry their own response to a case are items, each a task taking the lead-in's body (rule 4); penalties "
         "(fines, multiples, terms of suspension) are no targets (round 32, round 56 decided)")
LIMIT = ("CONVENTIONS.md round 33 / round 54 (decided): a limit counted from an event 「…之日起三十日内」「五个工作日内」 "
         "is neither a target nor a deadline")
SEND = ("CONVENTIONS.md round 46 / round 48: a sending names no doer, whoever sends it; a plan body passing others' "
        "papers on after its own step (round 36 「初审后报镇」) has an undated duty")
CLOSED = ("CONVENTIONS.md round 45: headed points that read like articles (1.…8.) are not articles — round 44's article "
          "rule reads only 第X条 articles, so rule 2's closed list decides (进行, 预约, 查验, 询问, 送达, 作出, 注记, 完成, "
          "记载 are outside it): no unit; the article reading (the subject of any verb of doing, 登记事务机构) is accepted "
          "beside it (`responsible_alternatives`, `lead_alternatives`)")
NOUNITS03 = ("the rules name no unit by rule 2's forms anywhere, so they are read as a plan naming no units: every leaf "
             "that gives work is a task (CONVENTIONS.md round 25/27, round 47: the closed list decides units, not whether "
             "a text is a plan); leaves that are only rules for the applicant or the parties (materials, their own "
             "steps, 可 options) are no tasks (round 35, round 49 p46b, round 52 x236_03)")


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **{**art(file, path), **kw})


def A1(file, path, unit, note, **kw):
    """A sample whose only unit is ``unit`` (lead [], the unit accepted as lead), located by its article label."""
    return S(path, [], [unit], lead_alternatives=[[unit]], note=note + "; " + ONE, **{**art(file, path), **kw})


# ---------------------------------------------------------------------------------------------------------
X01 = "x254_01_shi-1995-2010-cehui-guanli-tiaoli.txt"
CH = "上海市测绘管理部门"
CHS = "市测绘管理部门"
SHORT = ("「上海市测绘管理部门（以下简称市测绘管理部门）」 (第四条) defines the short name: in later articles the unit is the "
         "name as printed there, 市测绘管理部门 (CONVENTIONS.md rounds 35, 38, 43, 50; no alias is rewritten)")

plan(X01,
     title="上海市测绘管理条例",
     title_note="the regulation's own title line (line 3; line 1 prints the same words, the repository's heading title)",
     doc_no="none printed (a local regulation; adopted 1995-12-29, amended 1997, 2002 and 2010)",
     issuer="上海市人民代表大会常务委员会",
     date="2010-09-17",
     date_note="adopted 1995年12月29日, in force 1996年4月1日 (第四十四条); third amendment 2010年9月17日 (the note under the title); "
               "the stored front matter leaves 公布日期 and 施行日期 blank",
     level="city regulation (地方性法规) of the Shanghai People's Congress Standing Committee on surveying and mapping: the "
           "surveying department's duties (plans, licences, project registration, results, maps, survey marks) and the "
           "surveying units' obligations, with a penalty article",
     source=src(C49, "上海市测绘管理条例.md", "https://flk.npc.gov.cn/detail?id=4028abcc6127779301612852d29c127c", 5174,
                FLK_WRAPPER),
     style="a regulation in six chapters 「第一章  总则」 (two ASCII spaces; the 目录 lines use an ideographic space) and 44 "
           "articles, each label at its line's start with its text after two ASCII spaces 「第四条  上海市测绘管理部门…」, "
           "further paragraphs of an article on their own lines with no blank line between them; （一）… items in 第十四条 "
           "(conditions) and 第三十八条 (seven cases with their penalties) and a closing paragraph after 第三十八条's items; "
           "no dates, no task table",
     leaf_tasks=24, count_alternatives=[17, 23, 25, 26],
     leaf_tasks_by_section={"第一章 第四、七条": 2, "第二章 第八、九、十二、十三、十五、十九、二十、二十一条": 8,
                            "第三章 第二十三、二十六条": 2, "第四章 第三十二、三十三、三十五、三十七条": 4,
                            "第五章 第三十八条 （一）–（七） and its closing paragraph": 8},
     childless_top_level_sections=[],
     samples=[
        A(X01, ["第四条"], [], [CH, "其他有关部门", "区、县有关部门"],
          responsible_alternatives=[[CH, "本市其他有关部门", "区、县有关部门"], [CH]],
          note="「上海市测绘管理部门（以下简称市测绘管理部门）负责本市测绘管理工作」 — 负责 (rule 2) → 上海市测绘管理部门, the name as "
               "printed in the article that defines the short name, 以下简称 dropped (round 35, round 50 x232_04); 「本市其他有关部门和"
               "区、县有关部门应当按照各自的职责，管理本部门或者本行政区域内的测绘工作」 — 管理 is the article's verb of doing (" + ARTSUBJ
               + "); 本市 before a name is dropped (round 41; as printed accepted); 和 joins two whole names (round 34); 「区、县有关部门」 is "
               "levels before one head, one name as printed (round 30 「市、区X部门」; round 52 x240_04); an article in 总则 that gives "
               "work is a task ('What is a task', round 30); " + NODATE),
        A(X01, ["第八条"], [CHS], [CHS, "市有关部门"], lead_alternatives=[[]],
          responsible_alternatives=[[CHS, "市有关部门", "其他有关部门"]],
          note="「市测绘管理部门会同市有关部门编制…规划，报市人民政府批准并报国务院测绘行政主管部门备案后，组织实施」 — " + WITH + "; "
               "the second paragraph 「本市其他有关部门编制的本部门专业测绘规划，报…备案后，组织实施」 has the plan as its subject and the "
               "departments inside a 的-description (round 30: a body inside a noun's description is no doer; accepted beside); "
               "the approving and filing bodies are rule 3's; its own plan sent for approval is a step of approval, no duty "
               "(rounds 46, 48); " + SHORT + "; " + NODATE),
        A(X01, ["第十二条"], [], [], not_targets=[(30, "日")],
          note="「取得涉及测绘的《工程勘察证书》的单位，可以在核定范围内从事测绘活动」 — an option (可, round 40); 「《工程勘察证书》的发证机关"
               "应当在发出…后三十日内，向市测绘管理部门备案」 — the issuing authority (a body the rules task, no applicant) sends word of the "
               "certificates it issued: a sending to inform is work, an instruction 「应当…」, so the article is a task naming no "
               "unit (round 55 x248_01 第八条: a sending names no doer) with an undated duty (round 48: a plan body's own results "
               "sent 「…备案」 when a case arises; round 42's 「a 备案 is a filing」 stays for a party's own filing) — RULING? 1; "
               + LIMIT + "; " + NODATE),
        A1(X01, ["第十三条"], CHS,
           "「测绘资格…分为甲、乙、丙、丁四级」 defines classes (text, round 49 p46b); 「甲级测绘资格由市测绘管理部门初审后，报国务院测绘"
           "行政主管部门审批；乙、丙、丁级测绘资格由市测绘管理部门审批」 — 由A＋a verb of doing (初审, 审批: round 30 「由A统一指导、集中认定」, "
           "round 34); the ministry that approves is rule 3's; passing the applicant's papers on after its own 初审 is an "
           "undated duty (" + SEND + "); " + NODATE),
        A1(X01, ["第十九条"], "市质量技术监督管理部门",
           "「市质量技术监督管理部门按照有关规定，对测绘仪器设备进行计量检定」 — 进行计量检定 is the article's verb of doing (" + ARTSUBJ
           + "; round 37's 「A对…进行审批」 with no doer is outside articles); 「测绘单位不得使用未经计量检定…的仪器设备」 a prohibition "
           "on the regulated (no doer); " + NODATE),
        A(X01, ["第二十条"], [], ["地下管线建设单位", CHS],
          responsible_alternatives=[[CHS], ["地下管线建设单位", CHS, "市城市建设档案管理机构"]], not_targets=[(2, "个月")],
          note="「地下管线建设单位应当…测量地下管线的空间位置，编制地下管线竣工图」 — a body named by a kind as the article's subject with a "
               "verb of doing (" + ARTSUBJ + "; round 54 r48b); 「市测绘管理部门应当进行监督检查，并组织地下综合管线的测绘」「…应当组织"
               "编制统一的地下综合管线图」 — 组织＋work (round 34); the builder's 「报送地下管线竣工图」 is a filing (round 41), and "
               "「市城市建设档案管理机构应当在收到…后两个月内提供给市测绘管理部门」 passes others' papers on: no doer, an undated duty ("
               + SEND + "); 「两个月内」 after an event: " + LIMIT + "; " + NODATE),
        A1(X01, ["第二十三条"], CHS,
           "「市测绘管理部门应当组织编制地形、地籍合一的地形图」 (组织＋work, round 34) and 「市测绘管理部门定期编制本市测绘成果目录，并向有关"
           "使用单位提供」 (the article's verb of doing, " + ARTSUBJ + "); the surveying units' 「汇交」 and 「提供有关图件」 are a "
           "regulated party's standing filings and sendings (rounds 41, 46, 48): no doer and no duty, [市测绘管理部门, "
           "地形测绘和地籍测绘单位] (fields before one head, one name) accepted; providing a catalogue to its users is the "
           "department's own service, no report to a body (round 55: disclosure is no duty); 定期 names no rhythm; " + NODATE,
           responsible_alternatives=[[CHS, "地形测绘和地籍测绘单位"]]),
        A(X01, ["第三十五条"], [], [], responsible_alternatives=[["建造永久性测量标志的单位"]],
          note="「建造永久性测量标志的单位应当负责标志的日常保养与维修」 — 负责 gives work (a task), but the 的-rule leaves the bare 单位 "
               "(round 32/34), which names any body: a general call (round 33), as round 47 read 「其他具有监管职能的相关单位」 → "
               "相关单位, no unit (the whole phrase accepted) — RULING? 6; " + NODATE),
        A(X01, ["第三十七条"], [CHS], [CHS, "原建造单位"], lead_alternatives=[[]],
          note="「市测绘管理部门批准拆迁永久性测量标志后，应当会同原建造单位对迁建工作作出安排，并通知…区、县有关部门及保管单位或者保管人员」 "
               "— the department's own step after its approval (round 42: the article's own step), " + WITH + "; the bodies it "
               "notifies are objects (round 30); 「任何单位和个人必须…提出申请」 applicants (round 30); " + NODATE),
        A(X01, ["第三十八条", "（一）"], [], [CHS], lead_alternatives=[[CHS]], not_targets=[(1, "倍"), (2, "倍")],
          note="「对违反本条例的行为，由市测绘管理部门按照下列规定进行处理：」 over （一）–（七） 「违反…的，责令…，没收…，并处…一倍以上两倍以下的罚款」 — "
               + CASES + "; the multiples of a fine are its scale, no target; " + NODATE),
        A(X01, ["第三十八条", "（七）"], [], [CHS], lead_alternatives=[[CHS]], not_targets=[(300, "元"), (1, "万元")],
          note="「…责令限期改正；逾期未改正的，取消地图编制资格。…逾期未改正的，并处以三百元以上一万元以下的罚款」 — " + CASES + "; "
               "「三百元以上一万元以下」 a fine's scale (round 56 decided: no target; 万 part of the number); the closing paragraph "
               "「处以罚款应当出具市财政部门印制的统一收据，罚没款按照规定上缴国库」 is one more task of the article (round 36, round 40: "
               "a closing paragraph after an article's items that gives work; the count without it accepted); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[
        {"what": "甲级测绘资格由市测绘管理部门初审后，报国务院测绘行政主管部门审批（初审合格的报国务院测绘行政主管部门审批）",
         "when": None, "when_norm": None,
         "note": "第十三条／第十五条: the department passes applicants' papers on after its own step — " + SEND},
        {"what": "市城市建设档案管理机构应当在收到地下管线竣工图后两个月内提供给市测绘管理部门", "when": "收到…后两个月内",
         "when_norm": None, "note": "第二十条: papers passed on after receipt (" + SEND + "); the limit from an event dates nothing"},
        {"what": "《工程勘察证书》的发证机关应当在发出涉及测绘的《工程勘察证书》后三十日内，向市测绘管理部门备案", "when": "发出…后三十日内",
         "when_norm": None, "note": "第十二条: RULING? 1 (round 48 over round 42: a body's own results sent 「…备案」 when a case "
                                   "arises is an undated duty)"},
     ],
     notes=["counting: 第一至三条 (purpose, scope, definitions), 第二十二、三十一条 (definitions), 第三十九条 (reference to other law), "
            "第四十条 (the law's own penalties), 第四十一条 (officials' liability with no agent, round 51), 第四十二条 (the parties' "
            "options and the department's 可以申请), 第四十三、四十四条 (interpretation, entry into force) are general provisions or "
            "consequences, no tasks; the surveying units', holders', users' and publishers' own obligations, conditions, "
            "applications and filings (第五、六、十、十一、十四、十六、十七、二十四、二十五、二十八、二十九、三十、三十四、三十六条) are rules for "
            "the regulated and the public, no tasks (rounds 35, 36, 48, 52: 「地名应当按照…书写」, borrowers, employers); "
            "第十八条's 「测绘项目登记的范围和具体办法，由市测绘管理部门制定，报市人民政府批准后施行」 only names once who fixes the "
            "rules beside a party's registration (round 39, round 50 x232_01 turned): no task; 第二十七条's 「市测绘管理部门保管…"
            "成果，应当遵守前款规定」 applies a prohibition to the department too: no task. Tasks: 第四、七、八、九、十二、十三、十五、"
            "十九、二十、二十一、二十三、二十六、三十二、三十三、三十五、三十七条 (16) and 第三十八条 （一）–（七） with its closing paragraph "
            "(8) → **24**. Accepted: 23 (the closing paragraph no task), 17 (第三十八条 one task), 25 (with 第十八条), 26 (with "
            "第五条 and 第十八条).",
            "units: 第三十三条 (not sampled) reads 区、县有关部门 (指定) and the builder and its co-signatory 保管单位 (round 48), "
            "the 的-rule leaving the bare 单位 (RULING? 6); 保管单位或者保管人员's 「定期向市测绘管理部门报告保管情况」 is read as a "
            "keeper's statutory report on what it keeps (round 41), no duty",
            "dates: 1995-12-29, 1997-05-27, 2002-02-01, 2010-09-17 (adoption and amendments), 1996年4月1日 (entry into force); "
            "no deadlines, no phases",
            "figures: no targets; not targets: 五千分之一 (a scale that names a kind of map), 三十日内 / 两个月内 (limits from an "
            "event), the penalties of 第三十八条 (一倍以上两倍以下, 一至两年, 百分之五十至百分之一百, 三百元以上一万元以下)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x254_02_shi-shengtaihuanjingju-2024-turang-wuran-zerenren-rending-shishi-banfa.txt"
P02 = "上海市建设用地土壤污染责任人认定实施办法"
N02 = "上海市生态环境局、上海市规划和自然资源局关于印发《上海市建设用地土壤污染责任人认定实施办法》的通知"
SJ, SG = "市生态环境局", "市规划资源局"
QJ, QG = "区生态环境局", "区规划资源局"
MQ = "市、区生态环境局"
TJ, DC = "第三方调查机构", "调查组"
GROUP = ("调查组, the group the district bureaus 「成立」 in 第七条, is read as a body a plan set up earlier, a doer in later "
         "articles (round 36), not a panel of persons (round 48's 专家组) — RULING? 2")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (line 11) or the notice title (line 1): either",
     doc_no="沪环规〔2024〕12号 (from the stored front matter; the text prints no number)",
     issuer="上海市生态环境局 with 上海市规划和自然资源局 (two signatures on one line)",
     date="2024-08-30",
     date_note="the notice is dated 2024年8月30日; in force 2024年9月1日, valid to 2029年8月31日 (第十六条); a 2026 notice "
               "(沪环规〔2026〕19号) later changed one word of 第一条 (not in this text)",
     level="two city bureaus (Shanghai), rules on deciding who is liable for polluted building land: who decides, "
           "application, acceptance, investigation by a commissioned third party or a group, review by a committee, "
           "decision, termination, archiving, the third parties and the committee; ten forms attached",
     source=src(C2B, "上海市生态环境局、上海市规划和自然资源局关于印发《上海市建设用地土壤污染责任人认定实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0024::bf83c20301d64e4790a91509a1606023", 6256),
     style="a cover (addressee 「各区生态环境局，区规划资源局，各相关单位：」, one paragraph 「现印发给你们，请遵照执行」, both signatures "
           "on one line with seven spaces between, the date); the rules' title; 16 articles whose label and bracket heading "
           "stand alone on their line 「第三条 （职责分工）」 (one ASCII space), blank lines between all paragraphs; （一）… "
           "in 第二条 (cases, with a space after the bracket), 第五条 (materials), 第六条 (cases each with its response), "
           "第十一条 (cases) and 第十四条 (conditions); then the 附件 line 「附件：1. …」 with 「2. …」–「10. …」 each on a line of "
           "its own, and the ten forms as one field a line",
     leaf_tasks=13, count_alternatives=[10, 14, 11],
     leaf_tasks_by_section={"第三条": 1, "第六条 （一）–（四）": 4, "第七–十条": 4, "第十二–十五条": 4},
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第三条 （职责分工）"], [SJ, QJ], [SJ, SG, QJ, QG], lead_alternatives=[[]],
          note="「市生态环境局会同市规划资源局负责…；区生态环境局会同区规划资源局负责…」 — two 会同 clauses (" + WITH + "; " + LEADS
               + "); the heading 职责分工 gives out work and the article is one task (rounds 34, 35, 54); " + NODATE),
        A(X02, ["第六条 （受理申请）", "（一）"], [], [MQ], lead_alternatives=[[MQ]],
          note="lead-in 「市、区生态环境局在收到申请后，根据下列情况分别作出处理：」 over four cases each with its own response "
               "「不符合受理范围的，应当当场或者在五个工作日内作出不予受理的决定，并告知申请人」 — " + CASES + "; 「市、区生态环境局」 is "
               "levels before one head, one name as printed (round 30); the closing 「…即为受理申请之日」 defines a term (no task); "
               "count 10 (第六条 one task, round 35's article of cases) accepted; " + LIMIT + "; " + NODATE,
          not_targets=[(5, "个工作日")]),
        A(X02, ["第七条 （启动调查）"], [SJ, QJ], [SJ, SG, QJ, QG], lead_alternatives=[[]],
          note="「市生态环境局会同市规划资源局在受理申请之日起十个工作日内委托第三方调查机构启动调查工作。区生态环境局会同区规划资源局应…"
               "成立调查组或者委托第三方调查机构启动调查工作」 — " + WITH + "; " + LEADS + "; the commissioned third party is the "
               "object of the pivot 委托 (rounds 33, 35) and the group the clause sets up is none here (round 35); " + LIMIT
               + "; " + NODATE),
        A(X02, ["第八条 （调查时限）"], [], [TJ, DC], responsible_alternatives=[[TJ]],
          note="「第三方调查机构或者调查组应当自启动调查之日起六十个工作日内完成调查工作，并提交…调查报告」 — the article's verb of doing ("
               + ARTSUBJ + "), 或者 joining two alternative doers (round 49); " + GROUP + "; the report sent for review is a step of "
               "approval, no duty (rounds 46, 48); 「应向委托单位提出延期申请」 an application, 「生态环境局可以会同…」「可以委托」 options "
               "(round 40); " + LIMIT + "; " + NODATE),
        A(X02, ["第九条 （报告审查）"], [], [TJ, DC], responsible_alternatives=[[TJ, DC, "认定委员会"], [TJ]],
          note="「认定委员会应当自收到调查报告之日起十五个工作日内进行审查，出具审查意见」 — the committee's review of the investigators' "
               "report is rule 3's reviewing step (round 51: a review agency whose only work is the review of a submission, in "
               "articles too; accepted beside, as a standing committee with its own 职责 sentence in 第十五条, rounds 45, 48) — "
               "RULING? 3; 「第三方调查机构或者调查组应当根据审查整改意见进行补充调查或者重新调查」 — verbs of doing (" + ARTSUBJ + "; "
               + GROUP + "); their 提交 of their own report is a step of approval, and the committee's 「…报送生态环境局和同级规划资源局」 "
               "passes the reviewed report on: an undated duty (" + SEND + "); " + LIMIT + "; " + NODATE),
        A(X02, ["第十条 （结果告知）"], [MQ], [MQ, "同级规划资源局"], lead_alternatives=[[]],
          note="「市、区生态环境局会同同级规划资源局应当…作出决定，并于…十个工作日内连同认定委员会审查意见告知申请人…」 — " + WITH + "; "
               "同级 is a level word, the name as printed (round 47 x214_01); telling the parties is work, not a report (round "
               "52 x239_03), no duty; " + LIMIT + "; " + NODATE),
        A(X02, ["第十二条 （材料归档）"], [], ["生态环境局", "调查机构"], targets=[(30, "年")],
          responsible_alternatives=[["生态环境局"]],
          note="「…归档材料（附件10），由受理认定申请的生态环境局留存」 — 由A＋a verb of doing (round 34), the 的-rule leaving "
               "生态环境局 (round 32); 「委托调查机构开展调查的，调查机构应留存一份」 — the article's own work split by its objects "
               "(round 40; round 42's 「…的，由A…」), not a contingency; 「归档材料应当至少保存三十年」 — 至少 (round 30's line) → 30 年; "
               + NODATE),
        A(X02, ["第十四条 （第三方调查机构的管理）"], [], [MQ], lead_alternatives=[[MQ]], responsible_alternatives=[[]],
          note="（一）–（四） are conditions a third party must meet (text, round 35) and 「鼓励…」 names no doer (round 40); "
               "「市、区生态环境局应当加强对其委托的第三方调查机构的指导和监督」 — the article's verb of doing with 监督 beside 指导: read as "
               "supervision, work of its own (round 55: a guide that also does other work is a doer by it); none (round 55's guide, "
               "as a verb or an object) accepted — RULING? 4; " + NODATE),
        A(X02, ["第十五条 （认定委员会）"], [SJ, QJ], [SJ, "规划资源局", QJ, QG], lead_alternatives=[[]],
          note="「市级认定委员会由市生态环境局会同规划资源局组建，区级认定委员会由区生态环境局会同区规划资源局组建」 — in 第X条 articles the "
               "subject or 由-agent of a verb of setting up is a doer, the body set up none (round 52 x240_03 governs over round "
               "35; round 46's 成立 outside articles); " + WITH + "; " + LEADS + "; 「规划资源局」 as printed (no alias is "
               "rewritten, round 38); the members 「由…专职工作人员和5名专家组成」 are rule 3's, the 主任委员 and 工作组负责人 persons "
               "(round 30), and 「认定委员会负责…审查」 is the body the article sets up (round 35, round 55 x246_02 第四条): no unit; "
               "5名 / 2名 / 1名 (the committee's make-up, round 37's 「1+12+X」) are not checked; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[
        {"what": "认定委员会应当在三个工作日内将调查报告及审查意见报送生态环境局和同级规划资源局", "when": "三个工作日内",
         "when_norm": None, "note": "第九条: the committee passes the reviewed report on after its own step (" + SEND + "); the limit "
                                   "from an event dates nothing"},
     ],
     notes=["counting: the cover (「请遵照执行」) no task; 第一条 (purpose), 第二条 (scope, cases), 第四条 (how applicants may apply), "
            "第五条 (materials), 第十一条 (cases that allow termination and the bureaus' 「可以终止认定」: options, round 49 p46b), "
            "第十六条 (entry into force) no tasks; 第三条 1, 第六条 （一）–（四） 4, 第七–十条 4, 第十二–十五条 4 → **13**, counted "
            "to the 附件 line (the forms' list 「2. …」–「10. …」 and the forms are the attachment). Accepted: 10 (第六条 one task), "
            "14 (with 第十一条), 11 (both).",
            "units: 市、区生态环境局 (levels before one head, one name); 同级规划资源局 as printed (同级 a level word); the short "
            "names 市规划资源局／区规划资源局 of the cover's 上海市规划和自然资源局 as printed; the third party, the group and the "
            "committee by the readings above (RULING? 2, 3)",
            "dates: 2024-08-30 (the notice), 2024年9月1日 / 2029年8月31日 (entry into force, validity: no deadline); every "
            "limit is counted from an event (五个工作日内, 十个工作日内, 六十个工作日内, 三个工作日内, 十五个工作日内, 三十日内): no "
            "deadlines, no targets; no phases",
            "figures: target 至少保存三十年 (第十二条); the committee's 5名专家 / 主任委员2名 / 负责人1名 not checked"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x254_03_shi-dengjiju-2022-jicheng-shouyizeng-zhuanyi-dengji-shixing-guize.txt"
P03 = "未提交公证文书或者生效法律文书及遗产管理人办理继承、受遗赠转移登记的试行规则"
N03 = "关于下发《未提交公证文书或者生效法律文书及遗产管理人办理继承、受遗赠转移登记的试行规则》的通知"
DJ = "登记事务机构"


def n03(path, note, **kw):
    return S(path, [], [], responsible_alternatives=[[DJ]], lead_alternatives=[[DJ]],
             note=note + "; " + CLOSED + "; " + NOUNITS03, **kw)


plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 11) or the notice title (line 1): either",
     doc_no="沪自然资源登〔2022〕7号 (from the stored front matter; the text prints no number)",
     issuer="上海市自然资源确权登记局 (the signature; the stored front matter and the index name 上海市规划和自然资源局)",
     date="2022-08-26",
     date_note="the notice is signed 2022年8月26日; the front matter's 发布日期 is 2022-09-01",
     level="a city registration bureau (Shanghai), trial rules for registering inherited or bequeathed property where no "
           "notarial or court document is submitted: who applies, the materials, checks before acceptance, inquiry, "
           "public notice and objections, annotations, registration",
     source=src(C49, "关于下发《未提交公证文书或者生效法律文书及遗产管理人办理继承、受遗赠转移登记的试行规则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=19e003344eb14d0ab3e691d660b225b6&siteId=0032", 3522),
     style="a cover (addressee 「各区自然资源确权登记事务中心（不动产登记事务中心）:」 with an ASCII colon, one paragraph 「现下发给你们，"
           "请遵照执行」, signature, date); the rules' title; eight headed points 「1.申请主体」…「8.其他」 (6 printed 「6．」 with a "
           "full-width point) over paragraphs, blank lines between; 2. has decimal points 「2.1 …」「2.2…」「2.3 …」「2.4…」 (the "
           "applicants' materials, 2.1 with （一）–（十六）, 2.2 with （一）（二）); 5. holds an inline list 「（一）…；（二）…；…（六）…」 "
           "inside one paragraph (what a notice contains) and then （一）–（三） at line starts (the objection procedure)",
     leaf_tasks=5, count_alternatives=[4, 6, 7],
     leaf_tasks_by_section={"3.": 1, "5. （一）（三）": 2, "6.": 1, "7.": 1},
     childless_top_level_sections=[],
     samples=[
        n03(["3"], "「登记事务机构应当对提交的材料进行查验」「…应当与当事人预约现场核验的时间」「…应当就继承、受遗赠相关事实进行询问，做好记录」 "
                   "— the bureau's own checks before acceptance give work (a task); the heirs' 「应由全部法定继承人共同到登记事务机构进行"
                   "继承材料查验」 and 「可以由遗产管理人进行现场核验」 are persons (round 30) and an option (round 40); " + NODATE),
        n03(["5", "（一）"], "「登记事务机构应当按下列程序处理：」 over （一）–（三）; （一） 「登记事务机构应当自收到书面异议之日起15 个工作日内将答复通知书…"
                             "送达相关当事人」 gives work (round 54's test: an item whose own words give work); the inline 「公告的主要内容包括："
                             "（一）…（六）…」 lists what a notice contains (round 37: a list that gives no work, text); （二） is the "
                             "parties' own reply (rules for the parties, round 52 x236_03: no task; the count with it, 6, accepted); "
                             + LIMIT + "; " + NODATE, not_targets=[(15, "个工作日")]),
        n03(["5", "（三）"], "「登记事务机构对异议事项和相关当事人的答复进行调查核实，…作出不予受理的决定，并书面告知相关当事人…」 — the bureau's "
                             "response to each outcome is the item's own work (round 42: 「…的，由A…」 after a branch; round 40: work split "
                             "by its cases); " + NODATE),
        n03(["6"], "「…的，登记事务机构应当在不动产登记簿和不动产权属证书上注记该国有土地使用权已被依法收回」 — the point's whole work is the "
                   "step it names for its case (round 30's response to a case); " + NODATE),
        n03(["7"], "「登记事务机构应当在《技术规定》第4.2.32条规定的时限内完成对登记申请的审核。…应当将登记事项记载于不动产登记簿」 — work "
                   "(a task); 第4.2.32条 / 第4.2.31条 are references, not targets; " + NODATE),
     ],
     plan_targets=[(3, "个月")], phases=[], duties=[],
     notes=["counting: the cover no task; 1. (who applies; the estate administrator 「应当协助申请人办理」 — a person or party "
            "helping an application, round 30) and 2./2.1–2.4 (the applicants' materials, with （一）–（十六） and （一）（二）; "
            "the heirs' joint checks are persons) are rules for the applicant: no tasks (rounds 35, 52); 4. 「登记事务机构…可以依法"
            "…查验、实地查看或者调查，全部继承人…应当予以配合」 is an option and the parties' duty to help (round 49 p46b): no task; "
            "5. has numbered children, so it is no leaf: its （一） and （三） give the bureau work, （二） is the parties' reply (no "
            "task), and the inline （一）–（六） list what a notice contains (text); 6., 7. tasks; 8. 「其他未尽事宜,按照《技术规定》"
            "执行」 a 参照 point (round 34, round 56 turned: general provisions in headed points too): no task → **5** (3, 5/（一）, "
            "5/（三）, 6, 7). Accepted: 4 (5. one task), 6 (with 5/（二） or 4.), 7 (both).",
            "units: none anywhere by rule 2's forms (" + CLOSED + "); the 由-agents 「由全部继承人」「由遗产管理人」 are persons "
            "(round 30)",
            "dates: 2022年8月26日 (the notice), 2022-09-01 (front matter); 15 个工作日内 (twice, from an event) and "
            "「公告期不少于三个月」; no deadlines, no phases, no duties (the parties' replies are their own, the 公告 is published to "
            "the public, round 55)",
            "figures: plan target 公告期不少于三个月 → 3 个月 (round 33: a time limit with a comparison word is a target; it stands "
            "in 5.'s own paragraph, which is no leaf, so it is checked as a plan target); not targets 15 个工作日 (limits from an "
            "event), 第4.2.20条 / 第4.2.31条 / 第4.2.32条 and 第一千一百四十五条至一千一百四十九条 (references), 二份 (copies of a "
            "material)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x254_04_shi-guihuaziyuanju-2025-linshi-jianshe-yongdi-guihua-guanli-guiding.txt"
P04 = "上海市国有建设用地上临时建设和临时建设用地规划管理规定"
N04 = "关于修订《上海市国有建设用地上临时建设和临时建设用地规划管理规定》的通知"
GZ = "规划资源部门"
# the rules' 第十二条 (the cover's amendment 3. quotes the same heading first: ``article_in`` would find that one)
_lines04 = (DIR / X04).read_text(encoding="utf-8").split("\n")
RULES12 = [i + 1 for i, t in enumerate(_lines04) if t.strip() == "第十二条（恢复原状）"][1]
PUBLIC = ("建设单位（个人）, the party the rules address, is marked by its own bracket as possibly a person: its permits, "
          "obligations and applications are rules for the public and the applicant, no tasks (rounds 30, 35, 41, 52) — "
          "RULING? 5")

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title (line 25) or the notice title (line 1): either",
     doc_no="沪规划资源规〔2025〕4号 (from the stored front matter; the text prints no number); it revises 沪规土资建规〔2015〕303号",
     issuer="上海市规划和自然资源局",
     date="2025-04-30",
     date_note="the notice is dated 2025年4月30日; the revised rules are in force 2025年5月1日, valid to 2030年4月30日",
     level="a city bureau (Shanghai), rules for temporary buildings and temporary building land on state-owned land: the "
           "managing departments, permits, standards, changes, documents to submit, validity, restoration, disclosure, "
           "acceptance and penalties; a cover with four amendments",
     source=src(C2B, "关于修订《上海市国有建设用地上临时建设和临时建设用地规划管理规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::19c328d5b27145dfbd7cc5135f3246ed", 3219),
     style="a cover (addressee 「各区规划资源局、各派出机构、各相关单位:」, a paragraph, four numbered amendments 「1.将第四条…修改为…」"
           "…「4.删除第十六条（施行日期）。」, the third quoting the new 「第十二条（恢复原状）」 heading and text in full, 「特此通知。」, "
           "signature, date); the rules' title; 15 articles whose label and bracket heading stand alone on their line "
           "「第四条（管理部门）」 (no space), blank lines between all paragraphs; （一）… in 第六条 (three standards) and 第七条 "
           "(four conditions)",
     leaf_tasks=6, count_alternatives=[5, 7, 11],
     leaf_tasks_by_section={"第四条": 1, "第七条": 1, "第十条": 1, "第十二条": 1, "第十三条": 1, "第十五条": 1},
     childless_top_level_sections=[],
     samples=[
        A(X04, ["第四条（管理部门）"], [], ["市规划资源部门", "各区规划资源部门"],
          note="「市规划资源部门是本市临时建设和临时建设用地的行政主管部门」 — a designation 「A为…的主管部门」 (round 37: A a doer); "
               "「各区规划资源部门负责…的规划和土地管理」 — 负责 (rule 2); the heading 管理部门 gives out work (rounds 34, 40); one task "
               "(round 54); " + NODATE),
        A(X04, ["第七条（临时建设用地管理规定）"], [], [],
          note="「除建设工程施工需要或急需建设的公共服务设施之外，应严格控制临时建设用地」 — an instruction 「应…」 with no doer on an act "
               "only the rules' bodies do (approving temporary land): the article gives work (round 34 early; round 43; round 52 "
               "x240_04; round 55: articles whose only instruction has no doer are tasks naming no unit); （一）–（四） are the "
               "conditions temporary land must meet (text, round 35; round 54's test); " + NODATE),
        A1(X04, ["第十条（报建要求）"], GZ,
           "「规划资源部门在核发《建设用地规划许可证》及建设用地批准文件时应当一并审批」 — the article's verb of doing (" + ARTSUBJ + "); "
           "the applicant's documents 「应当缴验…」 and 「可同步申请」「可一并提出申请」 are the applicant's (round 30, round 52 x236_03); "
           "「应根据项目性质的需要征求消防、生态环境、卫生健康等相关部门的意见，并在申请…时一并提交给规划资源部门」 is a step in the party's "
           "own application (round 52 x237_04 第十七条; round 55 x246_01 第十一条), and the bodies consulted are rule 3's; "
           + PUBLIC + "; " + NODATE),
        A(X04, ["第十二条（恢复原状）"], [], [], not_targets=[(30, "日")], line=RULES12,
          note="「临时建设用地批准文件中，应当明确以下内容：…建设单位（个人）应当在收到规划资源部门发出的通知书之日起三十日内，自行拆除临时工程，"
               "恢复原状」 — the instruction is to the body that issues the approval (what its document must state), with no doer "
               "(a task naming no unit, as 第七条); 规划资源部门 stands inside a noun's description 「…发出的通知书」 (round 30) and "
               "the builder's restoration is the content the document states; the cover's amendment 3. quotes this article's "
               "heading and text before the rules (the cover's own point only explains the revision: no task, round 43); "
               + LIMIT + "; " + NODATE),
        A1(X04, ["第十五条（处罚）"], GZ,
           "「对建设单位（个人）违反本规定，涉及违法建设的行为，由规划资源部门按照《中华人民共和国城乡规划法》…予以处罚」 — 由A＋a verb of "
           "doing (round 34), a body the rules task taking its own step after a case (rounds 49 p46d, 52 x239_04); round 49's "
           "有权机关 names no body the rules task; a 参照 article that also gives work is a task (round 36); " + NODATE),
     ],
     plan_targets=[(2, "层"), (2, "年"), (1, "年")], phases=[], duties=[],
     notes=["counting: the cover's four amendments (1.–4., 3. quoting the new 第十二条) only explain the revision: no tasks "
            "(round 43); 第一至三条 (purpose, scope, definitions) general provisions; 第五、八、九、十一、十四条 give only the party "
            "「建设单位（个人）」 permits, obligations and applications (" + PUBLIC + "); 第六条's （一）–（三） are standards a temporary "
            "work must meet (conditions, text, round 35) and its 「可以由规划资源部门具体核定」 an option, its 「…应当按照《技术规定》执行」 "
            "a 参照 (round 34): no task. Tasks: 第四、七、十、十二、十三、十五条 → **6**. Accepted: 5 (without 第十三条, whose "
            "「临时建设取得…许可证后，应按照《上海市建设工程规划许可公开规定》…进行公开」 is read as an instruction with no doer on the "
            "permit's disclosure), 7 (with 第六条 one task), 11 (with the party's articles 第五、八、九、十一、十四条).",
            "units: 市规划资源部门, 各区规划资源部门 (第四条), 规划资源部门 (第十、十五条), as printed; 原审批机关／原批准机关 only "
            "approve (rule 3); 建设单位（个人） none (RULING? 5)",
            "dates: 2025年4月30日 (the notice), 2025年5月1日 / 2030年4月30日 (entry into force, validity); 三十日内 (第十二条) and "
            "「有效期届满三十日前」 (第十一条) are times from an event; no deadlines, no phases, no duties (the party's applications are "
            "its own, round 48)",
            "figures: plan targets 「二层以下（含二层）」 → 2 层 (第六条 （二）, a ceiling of a standard, round 30), 「有效期不超过两年」 → "
            "2 年 and 「延期不超过一年」 → 1 年 (第十一条); both articles are no tasks, so their figures are plan targets (rounds 38, "
            "46, 48); not targets 三十日 (limits from an event), 沪规土资建规〔2015〕303号"])

write_collected(DIR)
