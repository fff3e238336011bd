# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next304/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 59 (built by helper c304): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``dec01``, ``article_in`` and ``locate``);
every answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 70 rulings, written
early" to its end in full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next304/make_expected.py tests/data/plans-next304
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
STORED = ("the stored text (read whole with read_file; the answer named the commit given); only the repository's wrapper "
          "was removed (YAML front matter, the two `>` disclaimer lines and the blank lines around them, the `# ` marker "
          "before the notice title), cut by a script at the first 「\\n# 」; the stored file as copied (wrapper + text) had "
          "the character count read_file gives")
C03 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file gave for the index-03 document (x304_01)
C05 = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for the three index-05 documents


def src(commit, folder, path, url, chars):
    return f"{REPO} @ {commit}, docs/{folder}/{path} (official page {url}) — {STORED} ({chars})"


def dec01(*parts):
    """Line and first eight characters of a path under x304_01's decimal headings, looked up after the plan's own title
    line: a heading part as printed 「4.2先期处置」 (the number run into its words), a numbered line 「4.2.3」 (its text on the
    same line) or an item 「（2）」. A path ending in a heading gives the heading's words and the text below them; one
    ending in a numbered line or an item the words after its number."""
    lines = (DIR / X01).read_text(encoding="utf-8").split("\n")
    i = lines.index("黄浦区处置建设工程事故应急预案")
    for part in parts:
        while not lines[i].strip().startswith(part):
            i += 1
    s = lines[i].strip()
    if parts[-1][-1] in "0123456789）":      # a numbered line or an item: the words after its number
        rest = s[len(parts[-1]):]
    else:                                     # a heading: its words, then the text below it
        j = i + 1
        while not lines[j].strip():
            j += 1
        rest = s.lstrip("0123456789.") + lines[j].strip()
    return {"line": i + 1, "title_starts": rest[:8]}


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("outside 第X条 articles rule 2's forms are a closed list (round 30 clarifications; rounds 44, 63; Round 74's "
          "x292_04, x294_01): 明确, 加强, 做好, 搞好, 汇总, 开展 without 组织, 发送, 督促, 指导 (as a subject's verb) name none")
ARTICLE = ("round 44 (decided), rounds 62 p52c, 66, 68; Round 74's x292_03: in 第X条 articles a body standing as the subject "
           "of the article's verb of doing is a doer whatever the verb; applying or sending for one's own approval (rounds "
           "46, 48; Round 74's x297_04 三、2、), options (可), reviews of a submission (rounds 67, 68, Round 70's x286_01 "
           "第七条) and guides 「在A的指导下」 (rule 3) name none")
PLAN_NODATE = ("an 应急预案 is a standing plan: no item writes a date (「30分钟内」「1小时」 are limits from an event, rounds 33, "
               "54, 65's x275_05) → " + NODATE)
RULES_NODATE = ("standing rules: no item writes a date (the only dates are the notice's, the rules' entry into force and "
                "expiry, general provisions; limits 「N日内」「N个月内」 are counted from an event: rounds 33, 54) → " + NODATE)
LIMIT = ("a time limit counted from an event with no comparison word (「N日内」「N个月内」「…后N年内」) is the deadline rule: "
         "neither a target nor a deadline (rounds 33, 34, 54; round 65's x275_05; Round 70's x291_02)")
SETUP = ("a body the item itself sets up is none there, its 负责 and 组织 included (rule 3; Round 70's x286_04 第五条 and "
         "x287_01 2.3; Round 73; Round 74's x295_05, x298_03)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x304_01_huangpu-2016-chuzhi-jianshe-gongcheng-shigu-yingji-yuan.txt"
P01 = "黄浦区处置建设工程事故应急预案"
N01 = "黄浦区人民政府办公室关于印发黄浦区处置建设工程事故应急预案的通知"
JW = "区建管委"
LD = "区应急联动中心"
CH2, CH4, CH5, CH6, CH7 = "2组织体系", "4应急处置", "5后期处置", "6应急保障", "7监督管理"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the plan's own title line (line 12, after the cover's signature and date) or the notice title (line 1): "
                "either (round 45's pair)",
     doc_no="黄府办发〔2016〕001号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市黄浦区人民政府办公室 (the plan drawn up by 区建管委, 「区建管委制订的《…》已经区政府同意」)",
     date="2016-01-05",
     date_note="the cover is dated 2016年1月5日 (the index the same); the plan prints no date of force",
     level="a district government office (Shanghai Huangpu) issuing the district's contingency plan for construction-"
           "works accidents: general provisions and grading, organisation (leading body, the linkage centre, the "
           "construction commission, a headquarters set up in a case, an on-site headquarters, an expert group), "
           "warning, response (reporting, first response, response levels, end), recovery, safeguards, training and "
           "drills, rewards and penalties, plan management",
     source=src(C03, "工程建设管理", N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=748a0e07-0538-48c8-a08b-4920d8207780&siteId=0071", 5912),
     style="a cover (addressees 「区政府各委、局、办，各街道办事处：」, one sentence 「…现印发给你们，请认真按照执行。」, 「特此通知。」, "
           "signature, date); the plan's title; decimal headings with the number run into the words 「2组织体系」「2.1领导机构」, each "
           "heading on its own line over a paragraph, or third-level numbered lines with their text on the same line "
           "「4.2.1一旦发生…」; 1.3.2 and 4.3.1 have items 「（1）…」 (heading lines over a paragraph); a misnumbered line 「6.7.2」 "
           "under 6.6; blank lines between all paragraphs; no attachment",
     leaf_tasks=43, count_alternatives=[42, 44, 45, 46],
     leaf_tasks_by_section={"2组织体系": 6, "3预警预防机制": 4, "4应急处置": 10, "5后期处置": 8, "6应急保障": 10,
                            "7监督管理": 5},
     childless_top_level_sections=[],
     samples=[
        S([CH2, "2.2应急联动机构"], [], [LD, "各联动单位"], responsible_alternatives=[["各联动单位"]],
          note="「区应急联动中心设在黄浦公安分局，作为本区…先期处置的职能机构和指挥平台，履行应急联动处置…、组织联动单位对…进行先期处置等职责。各联动单位在"
               "各自职责范围内，负责…先期处置。」 — 「A作为（…的）X职能机构」 designates A as 「A作为…责任单位」 and 「A为／是…的主管部门」 do "
               "(Round 74 continued, turned; Round 75's p57a-1), so the centre is a doer; the body it sits in 「设在Y」 is no "
               "doer (Round 73), and 组织联动单位 stands inside the object of 履行 (a noun's description, round 30); 各联动单位 "
               "by 负责 (rule 2; as x287_01 2.4 「各联动单位…负责…」); lead [] (no 牵头); [各联动单位] alone accepted (the "
               "designation read as a description of the centre, RULING? 1); " + PLAN_NODATE,
          **dec01(CH2, "2.2应急联动机构")),
        S([CH2, "2.3工作机构", "2.3.3现场指挥部"], [], [], responsible_alternatives=[["现场指挥部"]],
          note="「根据…需要成立现场指挥部。现场指挥部在…区应急处置指挥部的统一指挥下，具体负责组织实施现场应急处置。」 — the item sets the on-site "
               "headquarters up (成立) and then gives it its work: " + SETUP + " — " + NONE + "; 区应急处置指挥部 a body whose "
               "command it works under (「在A…指挥下」, a guide, rule 3); [现场指挥部] accepted (a standing body of the plan, "
               "round 36); " + PLAN_NODATE,
          **dec01(CH2, "2.3工作机构", "2.3.3现场指挥部")),
        S([CH2, "2.4专家机构"], [], [JW], lead_alternatives=[[JW]],
          note="「区建管委负责组建建设工程事故专家组，并与本市其他专家机构建立联络机制。在…事故发生后，从…专家组中确定相关专家，负责提供…决策咨询建议和技术"
               "支持。」 — 负责 (rule 2) with 组建 (set up by the item: the group none there, " + SETUP + "); the experts are "
               "persons (round 30: a person is never a unit); " + ONE_LEAD + "; " + PLAN_NODATE,
          **dec01(CH2, "2.4专家机构")),
        S([CH4, "4.1信息报告与通报", "4.1.2"], [], [], not_targets=[(30, "分钟"), (1, "小时")],
          responsible_alternatives=[[JW, LD]],
          note="「区建管委、区应急联动中心或其他有关机构接到…报警后，要在第一时间做好处置准备，并迅速汇总和掌握相关事故信息。一旦发生重大建设工程事故，有关部门和单位"
               "必须在接报后30分钟内区总值班室口头报告，在1小时区总值班室书面报告。…必须立即报告。」 — 做好, 汇总, 掌握 and 报告 are outside rule 2's "
               "list (" + CLOSED + "), and a report is a sending (its duty below); 其他有关机构, 有关部门和单位 calls (rounds 33, "
               "43; Round 74's x293_01 5.1) — " + NONE + "; the two bodies accepted (the subjects of 要做好 read as doers); "
               "30 分钟 and 1 小时 are limits from an event (" + LIMIT + ", as x287_01 4.1's); " + PLAN_NODATE,
          **dec01(CH4, "4.1信息报告与通报", "4.1.2")),
        S([CH4, "4.2先期处置", "4.2.1"], [], [JW, LD], responsible_alternatives=[[JW, LD, "有关部门"]],
          note="「一旦发生建设工程事故，区建管委、区应急联动中心及有关部门接警后，要立即予以核实，通过组织、指挥、调度相关应急力量实施先期处置，…。在处置过程中，"
               "区建管委负责收集、汇总事故有关信息，…」 — the subjects of 实施 (rule 2's verb) are doers, and 区建管委 again by 负责; the "
               "opening 一旦发生… is the whole item's case, which the item answers (round 30 clarification: an item whose whole "
               "work is the response to a case takes A); a bare 有关部门 joined by 及 is a call (rounds 33, 43; Round 74's "
               "x293_01 5.1 「各有关单位应立即组织实施」: none) — accepted with it (RULING? 2); lead [] (no 牵头); " + PLAN_NODATE,
          **dec01(CH4, "4.2先期处置", "4.2.1")),
        S([CH4, "4.3分级响应", "4.3.1", "（2）"], [JW], [JW, LD, "事发地街道办事处"],
          lead_alternatives=[[]],
          responsible_alternatives=[[JW, LD, "事发地街道办事处", "各有关部门"],
                                    [JW, LD, "事发地街道办事处", "各有关部门和单位"]],
          note="「（2）Ⅲ级、Ⅳ级应急响应 发生较大和一般建设工程事故，由区建管委会同区应急联动中心、事发地街道办事处决定响应等级，启动Ⅲ级、Ⅳ级响应，组织、指挥、协调、"
               "调度相关应急力量和资源实施应急处置。各有关部门和单位要按照各自职责和分工，密切配合，共同实施应急处置。有关单位要及时将处置情况报告区政府。」 — "
               "「（由）A会同B＋verb」 (rule 2): lead A (lead [] accepted), responsible A, B, C; 事发地 says which office, kept "
               "(rounds 40, 55, 62, 67); 「各有关部门和单位要…共同实施」 is addressed to every body concerned, a call (Round 74's "
               "x293_01 5.1: 各有关单位 with 组织实施, none) — the lists with 各有关部门 (a kind by 各, x287_01 6.1) or with the "
               "whole phrase accepted (RULING? 2); 有关单位's report a sending; " + PLAN_NODATE,
          **dec01(CH4, "4.3分级响应", "4.3.1", "（2）")),
        S([CH4, "4.4应急结束", "4.4.1"], [], ["区应急处置指挥部", "建设管理委"],
          note="「应急处置结束后，由区应急处置指挥部或建设管理委组织专家进行分析论证，经…鉴定，确定事件已得到控制，报请区政府或上级部门终止…」 — 由A或B＋组织"
               "…进行 (rule 2: the agent of 由; round 30: 「由A或B…」 gives both), the experts persons; 建设管理委 is printed so "
               "here (the commission, 区建管委 elsewhere): a body printed two ways is given as printed each time (rounds 63, "
               "64); 报请 a sending for approval (none); the headquarters set up in 2.3.2 is a doer in later items (round 36); "
               "lead [] (no 牵头); " + PLAN_NODATE,
          **dec01(CH4, "4.4应急结束", "4.4.1")),
        S([CH5, "5.3事故调查"], ["区安全生产监督管理局"], ["区安全生产监督管理局", JW],
          note="「根据《…条例》（国务院第493号令）和《…若干规定》（沪府发[2009]12号）及黄府发[2011]5号文的授权，建设工程事故调查，由区安全生产监督管理局负责"
               "牵头调查，并向区政府提交调查报告，区建管委配合调查。」 — 「由A（负责）牵头…，B配合」 (rule 2): lead A, responsible A, B; "
               "the document numbers are no targets (head); 提交调查报告 a sending to the government; " + PLAN_NODATE,
          **dec01(CH5, "5.3事故调查")),
        S([CH6, "6.3交通运输保障"], [], ["区公安分局"], lead_alternatives=[["区公安分局"]],
          responsible_alternatives=[["区公安分局", "区市政部门"], ["区公安分局", "区市政部门", "有关部门"]],
          note="「建设工程事故发生后，由区公安分局及时对事故现场及周边区域实施交通管制，并…开设应急救援“绿色通道”；如有道路设施受损，区市政部门迅速组织有关专业队伍"
               "进行抢修，…；有关部门协助搞好应急交通保障，必要时，可紧急动员和征用…」 — 由A实施 (rule 2); the roads office acts only in a case "
               "inside the item 「如有道路设施受损，…」 (rule 3: a clause inside a case is not the item's work), and 有关部门 "
               "协助搞好 is a call (bare 有关部门; 搞好 outside the list); " + ONE_LEAD + "; the lists with the roads office "
               "(read as a second clause of the item's work) and with 有关部门 accepted (RULING? 3); " + PLAN_NODATE,
          **dec01(CH6, "6.3交通运输保障")),
        S([CH6, "6.5治安维护", "6.5.3"], [], ["区公安分局", "街道办事处", "社区组织", "公安部门"],
          responsible_alternatives=[["区公安分局", "街道办事处", "社区组织"], ["区公安分局", "街道办事处和社区组织"]],
          note="「区公安分局负责建设工程事故处置中的治安保障；街道办事处和社区组织负责发动和组织群众开展群防联防，协助公安部门实施治安保卫。」 — two 负责 "
               "clauses (rule 2, several clauses in order); 和 joins two names (round 34; Round 74's x297_01 五、12.); 「A…协助"
               "B＋verb」 gives A and B, A first (Round 74, turned on x297_01 五、9.: 协助 reads as 配合, round 36's 「配合A实施…」), "
               "and 公安部门, printed so here though it is the district's police bureau, is given as printed (one body printed "
               "two ways, rounds 63, 64); lead [] (no 牵头); the list without 公安部门 and the one-name reading accepted; "
               + PLAN_NODATE,
          **dec01(CH6, "6.5治安维护", "6.5.3")),
        S([CH6, "6.6技术保障", "6.7.2"], [], ["相关部门"], lead_alternatives=[["相关部门"]],
          note="「6.7.2必要时，由相关部门派出专家，指导、协助开展建设工程事故调查。」 under 6.6 (the number misprinted as stored; the path "
               "keeps it as printed, RULING? 4) — the agent of 由 with a verb of doing is a doer (rule 2; round 30's 派出 is "
               "about a subject, not the agent of 由), 相关部门 a kind named with 相关 (as 相关部门 in x287 readings; round 33); "
               "必要时 is the whole item's case (round 30 clarification); the experts persons; " + ONE_LEAD + "; " + PLAN_NODATE,
          **dec01(CH6, "6.6技术保障", "6.7.2")),
        S([CH7, "7.2培训"], [], [], responsible_alternatives=[[JW]],
          note="「区建管委要有组织、有计划地开展建设工程事故防护知识及自救互救技能培训。各级建设部门要将…纳入专业培训内容，…」 — 开展 without 组织 is outside "
               "rule 2 (round 30: 开展 without 组织; Round 74's x295_03 form 「A要协调B…开展…」 none), and 「有组织、有计划地」 is an adverb "
               "of manner, not the verb 组织 (「A组织B开展」 takes an object); 纳入 outside the list — " + NONE + "; [区建管委] "
               "accepted; " + PLAN_NODATE,
          **dec01(CH7, "7.2培训")),
        S([CH7, "7.3演练"], [JW], [JW, LD], lead_alternatives=[[]],
          note="「区建管委要会同区应急联动中心组织相关联动单位适时开展处置建设工程事故应急演练，…」 — 「A会同B＋verb」 (rule 2): lead A (lead [] "
               "accepted), responsible A, B; 相关联动单位 is the object of 组织 (round 30: the pivot's object is no unit); "
               + PLAN_NODATE,
          **dec01(CH7, "7.3演练")),
        S([CH7, "7.5预案管理", "7.5.1预案编制"], [], [JW], lead_alternatives=[[JW]], responsible_alternatives=[[]],
          note="「本预案由区建管委负责组织编制与解释，报区政府审定。 区建筑建材安全质量监督站根据本预案，制定相应的处置建设工程事故应急预案。」 — the closing "
               "point gives work of its own (the station's own plan), so 负责组织编制 joined to the interpreting is that point's "
               "work (Round 70 governs on x287_01 8: 组织实施 beside 解释 names its doer; round 48), 组织编制 rule 2's 组织＋verb; "
               "制定 is outside rule 2 (round 30): the station none; " + ONE_LEAD + "; none accepted (the sentence read as the "
               "interpreting clause, rule 3); " + PLAN_NODATE,
          **dec01(CH7, "7.5预案管理", "7.5.1预案编制")),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "一旦发生重大建设工程事故，有关部门和单位必须在接报后30分钟内区总值班室口头报告，在1小时区总值班室书面报告",
              "when": "接报后30分钟内口头、1小时书面", "when_norm": None,
              "note": "4.1.2: the bodies' report of a serious accident to the duty office (round 44: what a tasked body meets in "
                      "its work, sent on; x287_01 4.1's reports): an undated duty, its limits counted from an event"},
             {"what": "有关单位要及时将处置情况报区建管委和区应急联动中心，经区建管委和区应急联动中心汇总后，及时上报区政府",
              "when": "应急处置结束后（及时）", "when_norm": None,
              "note": "4.4.2: the bodies' report of how the accident was handled, gathered and sent on to the district "
                      "government: an undated duty (Round 74's duties: a sending the rules ask of a body they task)"}],
     notes=["counting (leaf tasks: the lowest decimal heading or numbered line with text, or its 「（N）」 items; paragraphs "
            "under a heading are its text; as x287_01 and x285_03, the district plans of the same kind): the cover (「请认真按照"
            "执行」) no task; 1总则 1.1–1.5 (purpose, basis, grading with its （1）–（4） bands, scope, principles) general "
            "provisions (round 30; Round 72 on plans-next63's 1.x points); 2.1 1 (「…其日常事务由区应急办负责」: 由A负责), 2.2 1, "
            "2.3.1 1 (a designation with 承担…常态管理), 2.3.2 1 (the headquarters set up in a case and sent to command), "
            "2.3.3 1, 2.4 1 → 6; 3.1.1, 3.1.2, 3.2.2, 3.3.1 → 4 (3.2.1 the warning grades, a definition; 3.2.3 「…可视情对预警"
            "级别作出调整。…须报上级批准」 and 3.3.2 「…可视情采取相关预防性措施」 options, no tasks: round 49 p46b, Round 70's "
            "x287_01 4.3 视情); 4.1.1–4.1.3, 4.2.1–4.2.3, 4.3.1 （1）（2）, 4.4.1, 4.4.2 → 10 (4.3.1's lead-in states the "
            "levels; 4.3.2 「响应等级一般由低向高递升…可直接提高…」 a rule on the levels, no body and no act of the plan's bodies, no "
            "task); 5.1.1–5.1.3, 5.2.1, 5.2.2, 5.3, 5.4.1, 5.4.2 → 8; 6.1, 6.2.1, 6.2.2, 6.3, 6.4, 6.5.1–6.5.3, 6.6.1, 「6.7.2」 "
            "→ 10; 7.1, 7.2, 7.3, 7.4.2 (由A给予行政处分 after a breach: round 60's x71_03, Round 71), 7.5.1 → 5 (7.4.1 「…由区"
            "政府或…视情给予表彰或奖励」 an option by 视情, no task); 43. Accepted: 42 (2.1, a statement of the standing "
            "leadership, no task), 44, 45, 46 (4.3.2, 7.4.1, 3.2.3 counted).",
            "units: no labels; every unit from a sentence; 区建管委 printed once as 建设管理委 (4.4.1) and 区公安分局 once as 公安"
            "部门 (6.5.3), each given as printed; 黄浦公安分局 only as the place the centre sits in (2.2).",
            "dates: none; figures: 1.3.2's bands (30人以上 … 1000万元以下) define the grades (general provisions, unsampled); "
            "1.3.3 「一次死亡3人以上」 a class (round 58; Round 70 governs on x287_01 4.1), unsampled."])

# ---------------------------------------------------------------------------------------------------------
X02 = "x304_02_pudong-2024-bu-chengtao-zhigong-zhuzhai-gengxin-gaizao-shishi-xize.txt"
P02 = "浦东新区不成套职工住宅更新改造实施细则"
N02 = "浦东新区人民政府关于印发《" + P02 + "》的通知"
FG = "区房管部门"
JZ = "街镇"
SS = "实施主体"


def a02(label, *items):
    return art(X02, [label, *items])


plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 9) or the notice's title (line 1): either (round 45's pair)",
     doc_no="浦府规〔2024〕4号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市浦东新区人民政府",
     date="2024-10-28",
     date_note="the notice is dated 2024年10月28日 (the index: 2024-10-29); in force 2024年11月1日 to 2029年10月31日 (第四十三条)",
     level="a district government (Shanghai Pudong) issuing its detailed rules for renewing non-self-contained staff housing: "
           "ways of renewal, the departments' duties, the implementing body, preparation (assessment, scope, consent, "
           "plan, approvals), implementation (plan, publication, survey, valuation, signing, moving), the standards of "
           "resettlement and subsidies, other matters",
     source=src(C05, "房屋与住房", "浦东新区人民政府关于印发《浦东新区不成套职工住宅更新改造实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0070::0070333959", 5730),
     style="a notice (addressees, 「现将《…》印发给你们，请认真贯彻执行。」, date); the rules' title; five chapters 「第N章 …」 and 43 articles "
           "「第N条  (heading)」 (two spaces, half-width brackets) on their own lines over paragraphs; 第十八条 has items "
           "「(一)…」「(二)…」; half-width semicolons 「;」 inside sentences; blank lines between all paragraphs",
     leaf_tasks=25, count_alternatives=[24, 26, 27, 28],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第九条": 1, "第十条": 1, "第十一条": 1,
                            "第十二条": 1, "第十三条": 1, "第十四条": 1, "第十五条": 1, "第十六条": 1, "第十七条": 1,
                            "第十九条": 1, "第二十条": 1, "第二十一条": 1, "第二十二条": 1, "第二十三条": 1, "第二十四条": 1,
                            "第二十五条": 1, "第二十六条": 1, "第二十八条": 1, "第三十八条": 1, "第三十九条": 1, "第四十条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第五条  (部门职责)"], [], [FG, "区规划资源部门", "区发改、财政、生态环境、司法、公安、城管综合执法等部门", JZ],
          lead_alternatives=[["区规划资源部门"]],
          note="「区房管部门负责…行业管理、业务指导和综合协调，指导街镇和实施主体落实…。 区规划资源部门负责指导…，组织实施…征询，…推动规划调整，牵头风貌保护相关"
               "工作，办理…手续。 区发改、财政、生态环境、司法、公安、城管综合执法等部门按各自职责分工配合开展…工作。 街镇承担…稳定管控等属地责任，推动、协调…全流程"
               "工作。」 — a duties article (round 56: read by its clauses): 负责 twice (rule 2), 「B配合开展」 after the doers (round 30: "
               "B responsible after any doer), fields joined by 、 before one head with 等 one name as printed (round 31), 街镇 "
               "by its article verbs 推动、协调 and 承担…属地责任 (" + ARTICLE + "; a district naming its 街镇 names a kind, Round 70's "
               "x288_04); the objects of 指导 (街镇, 实施主体) add nothing; lead []: 牵头 governs only one of the planning "
               "bureau's duties (风貌保护), not the article's work — [区规划资源部门] as lead accepted (RULING? 5); " + RULES_NODATE,
          **a02("第五条  (部门职责)")),
        S(["第七条  (项目评估)"], [], [JZ, FG],
          note="「街镇组织公房产权单位、相关专业力量开展现场排摸、调研分析，…向区房管部门申报更新改造需求…。 区房管部门组织区发改、财政、规划、属地街镇等部门和单位进行"
               "项目评估论证并形成评估结果。…」 — 「A组织B开展／进行」: A is the doer, B the pivot's object none (round 30); the 街镇's "
               "申报 a step of its own application (none, but the 街镇 is a doer by 组织开展); lead [] (no 牵头); " + RULES_NODATE,
          **a02("第七条  (项目评估)")),
        S(["第九条  (初步意愿征询)"], [], [JZ], lead_alternatives=[[JZ]], targets=[(80, "%")],
          note="「街镇组织实施主体充分征求项目更新改造范围内公房承租人意见。经范围内80%以上的公房承租人同意后，启动后续工作。」 — 「A组织B＋verb」 names A "
               "(round 30); 80% 以上 is a quantity joined to a comparison word in a condition that triggers a step (round 30's "
               "line; Round 74's x293_01 4 ℃: a condition on when the work goes on, not a class the work picks) → 80 %; "
               + ONE_LEAD + "; " + RULES_NODATE,
          **a02("第九条  (初步意愿征询)")),
        S(["第十一条  (前期手续和资金来源)"], [], [], responsible_alternatives=[[SS]],
          note="「拆除重建项目按基建项目实行审批制，实施主体作为项目法人，由实施主体办理项目前期审批手续。项目资金来源为区级财力基建资金。 成套改造项目纳入区财政专项，"
               "由实施主体办理前期相关手续。…」 — the implementing body getting its own project's approvals is a step of its own "
               "approval, which names none, in articles too (Round 74's x297_04 三、2、 「由项目办…立项报批」 confirmed none; rounds "
               "46, 48; round 30: an applicant is no unit); the funds lines are terms (round 46) — " + NONE + "; [实施主体] "
               "accepted (由A＋办理 as rule 2's verb of doing, RULING? 6); " + RULES_NODATE,
          **a02("第十一条  (前期手续和资金来源)")),
        S(["第十三条  (方案公示)"], [], [FG], lead_alternatives=[[FG]], targets=[(10, "日")],
          note="「实施方案经区房管部门组织相关部门、单位论证通过后，应当在更新改造范围内公示，征求公房承租人意见，公示时间不少于10日。…实施方案公示后，不得实施…影响"
               "更新改造的行为。」 — a clause before 后 says when, and its subject does the work it names (round 68's x52_02; Round "
               "70's x291_02 二/（二）/8): 区房管部门 by 组织…论证 (rule 2's 组织＋verb), the objects none; 公示 has no subject; "
               "不少于10日 a floor the item sets (round 30's line; as x292_01 第七条's 不少于十日) → 10 日; " + ONE_LEAD + "; "
               + RULES_NODATE,
          **a02("第十三条  (方案公示)")),
        S(["第十九条  (评估机构的选定)"], [], ["房地产价格评估机构", SS, JZ],
          responsible_alternatives=[[SS, JZ], ["具有资质的房地产价格评估机构", SS, JZ]], targets=[(3, "个工作日")],
          note="「被改造房屋和安置房屋相关价格由具有资质的房地产价格评估机构，参照…评估确定。 实施方案公示后，实施主体发布评估项目并接受评估机构报名。报名时间不少于"
               "3个工作日。 街镇负责组织公房承租人协商选择评估机构;…」 — 由A＋评估确定 names the valuers (rule 2: the agent of 由), "
               "the 的-phrase 具有资质的 a description of the kind, dropped (round 32's 的-phrase; RULING? 7: kept accepted); the "
               "implementing body by its article verbs 发布, 接受 (" + ARTICLE + "); 街镇 by 负责组织 (rule 2); 不少于3个工作日 a "
               "floor → 3 个工作日 (round 30); lead [] (no 牵头); the list without the valuers (their pricing read as the "
               "article's term) accepted; " + RULES_NODATE,
          **a02("第十九条  (评估机构的选定)")),
        S(["第二十条  (实施评估)"], [], ["评估机构", SS, JZ], responsible_alternatives=[[SS, JZ]],
          note="「经确定的评估机构应当与实施主体签订委托协议，并…开展评估工作。相关评估情况应当及时向委托方、街镇和区房管部门报告。 被改造房屋的分户评估结果应由评估机构"
               "…出具，并…公示，街镇和实施主体应当组织评估机构开展答疑。…」 — 「A与B签订」 makes both doers (round 30; Round 70's "
               "x286_04 第十二条), 由评估机构出具 (rule 2), 「街镇和实施主体…组织B开展」 (和 two names, round 34; 组织＋verb); "
               "经确定的 a description (dropped); the report to the client, the 街镇 and the bureau a sending (its duty below); "
               "lead [] (no 牵头); " + RULES_NODATE,
          **a02("第二十条  (实施评估)")),
        S(["第二十三条  (细化筹备)"], [], [JZ, FG, SS],
          note="「街镇组织实施主体…开展场地布置、…等各项筹备工作。区房管部门组织开展现场检查。 实施主体应当同步足额、足量落实安置所需资金和房源。」 — three "
               "clauses in order (rule 2): 组织＋开展 (A the doer, the pivot's object 实施主体 none by that clause), 组织开展, and "
               "落实 (rule 2's verb, whatever its object: round 66's p46d) makes 实施主体 a doer by its own clause; lead []; "
               + RULES_NODATE,
          **a02("第二十三条  (细化筹备)")),
        S(["第二十五条  (协议生效)"], [], [SS], lead_alternatives=[[SS]], targets=[(95, "%")],
          note="「实施主体应当与公房承租人签订更新改造协议。签约比率达到95%以上，协议方可生效。 项目操作细则和协议文本应当明确协议生效条件。…」 — the article's "
               "subject of 签订 (" + ARTICLE + "); the tenants are persons (households; round 30: a person is never a unit); "
               "达到95%以上 a comparison word in the condition on which the agreement takes effect (round 30's line) → 95 %; "
               + ONE_LEAD + "; " + RULES_NODATE,
          **a02("第二十五条  (协议生效)")),
        S(["第三十八条  (系统公房和部队资产)"], [JZ], [JZ], lead_alternatives=[[]],
          note="「不成套职工住宅为系统公房或部队资产的，街镇应当牵头与系统公房或部队资产产权单位对接，提前协商明确…等事项。」 — 「A牵头」 (rule 2): lead A, "
               "responsible A (lead [] accepted); the partners of 对接 add none (Round 74's x293_03); the 的-clause names the "
               "class of housing the article answers, the whole article's case (round 30 clarification); " + RULES_NODATE,
          **a02("第三十八条  (系统公房和部队资产)")),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "相关评估情况应当及时向委托方、街镇和区房管部门报告", "when": "及时", "when_norm": None,
              "note": "第二十条: the valuer's report on its valuation to the client, the 街镇 and the bureau — a sending the "
                      "rules ask of a body they task, of its own results (Round 74's duties, turned): an undated duty"}],
     notes=["counting (leaf tasks; the notice 「现将《…》印发给你们，请认真贯彻执行。」 is one plan with the rules it issues, round 49's "
            "x229_04): 第一、二条 (purpose, scope) and 第四十三条 (force, a definition of days) general provisions (round 30); "
            "第三条 (the two ways and the conditions the houses must meet), 第八条 (what the scope includes), 第十八条 with (一)(二) "
            "(how the tenant, type and area are fixed; conversion factors 1.65, 1.94), 第二十七条 (the implementing body's "
            "option 「可以…申请行政调解」), 第二十九–三十七条 (resettlement ways, formulas, subsidies, rewards: the scheme's terms, "
            "round 46; Round 75's p57f-2), 第四十一、四十二条 (terms) no tasks; 第四、五、六、七、九、十、十一、十二、十三、十四、十五、"
            "十六、十七、十九、二十、二十一、二十二、二十三、二十四、二十五、二十六、二十八、三十八、三十九、四十条 1 each → 25. Accepted: 24 "
            "(第四条, 「…应当纳入…；…原房屋应当…改建用于…公益用途」, read as terms), 26, 27, 28 (第三十七条's 「应当在项目操作细则中明确"
            "过渡期」, 第二十七条, 第三、八条 counted).",
            "units: no labels; the short names as printed (区房管部门, 街镇, 实施主体, 公房产权单位); the tenants (公房承租人) are "
            "households, persons; a district naming its 街镇 names a kind (Round 70's x288_04).",
            "targets: 80 % (第九条), 10 日 (第十三条), 3 个工作日 (第十九条), 95 % (第二十五条, and 第二十七条's 95% unsampled); 5日内 "
            "(第十五条) a limit from an event; 80% and the prices in 第三十、三十一条's formulas terms (unsampled)."])

# ---------------------------------------------------------------------------------------------------------
X03 = "x304_03_jiading-2026-xian-e-yixia-xiaoxing-fangwu-jianzhu-gongcheng-anquan-shengchan-guanli-shishi-xize.txt"
P03 = "嘉定区限额以下小型房屋建筑工程安全生产管理的实施细则"
N03 = "上海市嘉定区人民政府办公室关于转发《" + P03 + "》的通知"
JWF = "嘉定区建设和管理委员会"
JWS = "区建管委"
GJZ = "各街镇"
RULES_NODATE3 = ("standing rules: no item writes a date (「每月」 is a rhythm, 「半小时内…一小时内」 limits from an event; the rules "
                 "take effect 「自发布之日起」 for two years) → " + NODATE)

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 9) or the notice's title (line 1): either (round 45's pair)",
     doc_no="嘉府办发〔2026〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市嘉定区人民政府办公室 (the rules drawn up by 区建设管理委)",
     date="2026-01-08",
     date_note="the notice is dated 2026年1月8日 (the index the same); 「本实施细则自发布之日起实施，有效期两年」 (六、)",
     level="a district government office (Shanghai Jiading) forwarding the construction commission's detailed rules on the "
           "safety of small building works below the permit threshold: scope, the departments' and towns' duties, the "
           "parties' duties, the towns' management, the departments' guidance, liability; two attached blank lists",
     source=src(C05, "房屋与住房", "上海市嘉定区人民政府办公室关于转发《嘉定区限额以下小型房屋建筑工程安全生产管理的实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0080::5_195260", 4798),
     style="a forwarding notice (addressees, 「…已经区政府同意，现转发给你们，请认真按照执行。」, signature, date); the rules' title; a "
           "preamble; 一、–六、 with （一）… under 二、–五、 and 1.–4. under 二、（一） (after a lead-in ending 「具体分工如下。」); "
           "三、–五、's （N） items open with a run-in heading 「（一）建立“三个一”管理机制。」; 六、 childless; 「附件：1.… 2.…」, then "
           "附件1 and 附件2: blank lists printed one cell a line (column names, row numbers 1–5)",
     leaf_tasks=19, count_alternatives=[18, 20, 21],
     leaf_tasks_by_section={"二": 5, "三": 4, "四": 5, "五": 5},
     childless_top_level_sections=["一", "六"],
     samples=[
        S(["二", "（一）", "1"], [], [JWF], lead_alternatives=[[JWF], [JWS]], responsible_alternatives=[[JWS]],
          note="「1.嘉定区建设和管理委员会（以下简称区建管委）作为区级建设行政管理部门，负责本区报监建设工程监督管理，…组织开展街镇监管人员业务培训，…」 — 负责 and "
               "组织开展 (rule 2) under 二、职责分工 (a 「X分工」 heading: every body given work is a unit, rounds 35, 37; Round 74's "
               "x294_01); the name printed before the defining bracket is kept, the bracket gone and the short name accepted "
               "(Round 73; rounds 43, 48); " + ONE_LEAD + "; " + RULES_NODATE3),
        S(["二", "（二）"], [], ["业主", "建设单位", "施工单位"],
          note="「（二）参建单位责任 业主（指房屋所有权人）负有使用安全责任，自行或授权建设单位登录…系统，进行…备案。建设单位（指…单位或个人）负首要责任，施工单位负"
               "主体责任。业主、建设单位、施工单位应严格落实各项安全措施，…」 — a childless point under 二、职责分工 whose heading places the "
               "parties' duties (Round 70's x286_02 「明确…的主体责任」: every body given work under it is a unit), and 落实 is "
               "rule 2's own verb: the three, in order; the brackets defining a party 「（指…）」 go (rounds 37, 73); the owner's "
               "own filing names none by itself (round 42) but the owner is a doer by 落实; lead []; " + RULES_NODATE3),
        S(["三", "（一）"], [], [GJZ], lead_alternatives=[[GJZ]], responsible_alternatives=[[]],
          note="「（一）建立“三个一”管理机制。各街镇要建立“一套规则”，…细化形成…管理办法，…；要建立“一支队伍”，整合…力量，形成一支稳定的监管队伍，并组织监管人员参加"
               "建设工程管理培训，…；要形成“一个体系”…」 — 建立, 整合, 形成 are outside rule 2 (" + CLOSED + "), but 「并组织监管人员参加"
               "…培训」 is 「A组织B＋verb」 (round 30), its subject 各街镇 carried through the 要… clauses (round 69's x274_03; "
               "Round 70's x288_06 六/(二)); 各街镇 a kind by 各 (round 30); the staff persons; " + ONE_LEAD + "; none accepted; "
               + RULES_NODATE3),
        S(["三", "（二）"], [], [], responsible_alternatives=[[GJZ]],
          note="「（二）强化排查备案管理。各街镇要充分运用网格力量…，对辖区内…定期开展排查，…进行备案登记，…发放登记回执，督促项目…张贴…。发现…，应立即制止施工，整合…"
               "力量进行调查处置，并及时向区建管委报送…信息…。每月梳理汇总小型房建工程清单（见附件1）和疑似无证施工项目清单（见附件2）报送区建管委。各街镇应督促…做好完工"
               "销项申报工作…。其中，高风险小型房建工程应购买安全生产责任保险。」 — 运用, 开展 without 组织, 进行, 发放, 督促, 制止, 整合, 报送 "
               "are outside rule 2's closed list (" + CLOSED + "; Round 74's x295_03), and the heading 三、属地管理要求 places no "
               "duties (no duty word, no 「X分工」: Round 74's x294_01) — " + NONE + "; [各街镇] accepted (a guide's numbered "
               "points read like a procedure, round 45); the monthly lists sent to 区建管委 are a duty (below); "
               + RULES_NODATE3),
        S(["三", "（四）"], [], [GJZ], lead_alternatives=[[GJZ]], targets=[(1, "次")],
          note="「（四）强化安全监督检查。各街镇要自行或委托第三方专业团队开展日常安全生产检查，对辖区内小型房建工程在施工过程中开展至少一次安全检查并做好检查记录，…"
               "对发生安全生产事故的小型房建工程，应…在半小时内口头、一小时内书面报告。」 — 「A委托B＋verb」 names A, B none by that clause "
               "(Round 74's x297_04 三、(三)2、, turned; round 35), 自行 beside it the same A acting itself (Round 74's x297_01 "
               "三、5.); 至少 on the count of an act is a floor (round 30's line; Round 70's x286_03 「每年至少组织一次」: 1 次), and a "
               "count in words is its number of work (Round 76 on round 55's x245_05) → 1 次; the report limits are from an "
               "event (" + LIMIT + "); " + ONE_LEAD + "; " + RULES_NODATE3),
        S(["四", "（二）"], [JWS], [JWS], lead_alternatives=[[]],
          note="「（二）强化行业指导。区建管委做好…监管指导，并牵头组织对小型房建工程监督抽查，…及时制止并督促整改，…并将抽查结果告知街镇，督促街镇举一反三加强监管。"
               "组织各街镇开展集中培训，…」 — 「A牵头（组织）…」 (rule 2): lead A, responsible A (lead [] accepted); 组织各街镇开展 "
               "takes 各街镇 as the pivot's object (round 30), no unit; " + RULES_NODATE3),
        S(["四", "（三）"], [JWS], [JWS, GJZ], lead_alternatives=[[]], responsible_alternatives=[[JWS]],
          note="「（三）开展交叉互检。区建管委牵头各街镇对小型房建工程监管情况进行交叉检查，查阅资料台账，开展现场检查，…并督促落实整改。」 — 「A牵头」 gives "
               "lead A (rule 2), and the bodies A leads in the same work, 「A牵头B…进行…」, are its partners, as 「由A牵头，B配合／参与」 "
               "makes B responsible (rule 2; the towns do the cross checks themselves) → lead 区建管委, responsible 区建管委, "
               "各街镇; [区建管委] alone accepted (各街镇 read as the pivot's object, round 30, RULING? 8); " + RULES_NODATE3),
        S(["五", "（二）"], [], ["施工单位"], lead_alternatives=[["施工单位"]], responsible_alternatives=[[]],
          note="「（二）施工单位主体责任。施工单位应建立安全生产工作制度，加强施工现场安全管理，做好…宣传、培训、教育等工作。对于高风险小型房建工程应购买安全生产责任保险。」 — "
               "the run-in heading places a party's duty (「X主体责任」, a duty word: Round 70's x286_02 「明确…的主体责任」; rounds "
               "35, 37), so the party given work under it is a unit though 建立, 加强, 做好 are outside rule 2; " + ONE_LEAD
               + "; none accepted (the closed list read over the heading, RULING? 9); " + RULES_NODATE3),
        S(["五", "（五）"], ["区应急局"], ["区应急局", "相关部门", "街镇"], lead_alternatives=[[]],
          note="「（五）强化责任追究。对发生安全生产亡人事故的小型房建工程，区应急局会同相关部门和街镇依法开展事故调查，追究相关责任单位或人员责任；对有关违法违规行为，由相关"
               "部门依法采取约谈警示、行政处罚、信用惩戒等措施。」 — 「A会同B＋verb」 (rule 2): lead A (lead [] accepted), responsible A "
               "and its partners, 和 joining two names (round 34); the 对-phrase names the class of works the item answers "
               "(Round 74 governs on x297_04: a class); 由相关部门＋采取 a step after a breach by 由A (Round 71; round 60's "
               "x71_03) — the same 相关部门 once; " + RULES_NODATE3),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每月梳理汇总小型房建工程清单（见附件1）和疑似无证施工项目清单（见附件2）报送区建管委", "when": "每月",
              "when_norm": "monthly",
              "note": "三、（二）: the towns' monthly lists sent to the commission (the attachments' note: 「如未发现，每月定期空表盖章"
                      "签字上报」) — a recurring report (EXPECTED.md line 39)"},
             {"what": "区建管委每月向各街镇发送新核发施工许可证项目清单和竣工备案项目清单", "when": "每月", "when_norm": "monthly",
              "note": "四、（一）: the commission's monthly lists sent to the towns — a recurring coordination rhythm (EXPECTED.md "
                      "line 39)"}],
     notes=["counting (leaf tasks; the forwarding notice is one plan with the rules it forwards, round 30's two documents under "
            "one cover): the preamble no task; 一、适用范围 (scope: general provision, round 30) and 六、其他 (a reference 「…按照…"
            "要求执行」, force and interpretation) childless, no tasks; 二、（一） 1.–4. 4 (its lead-in 「…具体分工如下。」 a lead-in) and "
            "（二） 1 → 5; 三、（一）–（四） 4; 四、（一）–（五） 5; 五、（一）–（五） 5 → 19. Accepted: 18 (二、（二） read as a statement of "
            "the parties' duties), 20 (六、 counted: its reference line as work), 21 (一、 and 六、). The attached blank lists "
            "(附件1, 附件2: column names and row numbers 1–5, no text) are no tasks.",
            "units: no labels but the 「X分工」 heading of 二、 and the duty headings of 五、 (「…首要责任」「…主体责任」「属地监管责任」"
            "「行业指导责任」); the short names as printed (区建管委, 区房管局); 二、（一）3. (two long field lists before one head) and "
            "四、（五）, 五、（一）（三）（四） are unsampled.",
            "dates: none; the only figures checked: 1 次 (三、（四））; 100万元以下 and 300平方米以下 in 一、 define the works (a "
            "class, general provision)."])

# ---------------------------------------------------------------------------------------------------------
X04 = "x304_04_chongming-fangguanju-2025-zhengshou-anzhi-zhufang-jianshe-guanli-shishi-xize.txt"
P04 = "上海市崇明区征收安置住房建设管理实施细则"
N04 = "关于修订《" + P04 + "》的通知"
ZB = "区住房保障房屋管理部门"


def a04(label, *items):
    return art(X04, [label, *items])


plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪崇房管规〔2025〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市崇明区住房保障和房屋管理局 (the notice prints no issuer's name)",
     date="2025-12-18",
     date_note="the notice is dated 2025年12月18日 (the index the same); in force 2026年1月17日 to 2030年12月31日 (第二十一条)",
     level="a district housing bureau (Shanghai Chongming) issuing the revised detailed rules on housing built to resettle "
           "residents whose homes are expropriated: the managing departments, development (plan, site, approval, land, "
           "builder, price), supply and use (purchase and storage, supply, supply slips, resettlement, warranty, "
           "registration, public facilities, change of use), supplementary provisions",
     source=src(C05, "房屋与住房", "关于修订《上海市崇明区征收安置住房建设管理实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0085::test_764ce685-3f6b-4e76-84ba-4747a393a47e", 4297),
     style="a notice (addressees 「各有关单位：」, one sentence 「…现印发给你们，请认真按照执行。」, 「特此通知。」, date); the rules' title; "
           "four chapters 「第N章　…」 and 21 articles 「第N条　heading」 (an ideographic space, no brackets) on their own lines over "
           "paragraphs; items 「（一）…」 in 第四、八、十、十三、十五、十七条 (第十条's two items headed, each over a paragraph); blank "
           "lines between all paragraphs",
     leaf_tasks=20, count_alternatives=[19, 21, 22, 23],
     leaf_tasks_by_section={"第四条": 3, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 2, "第十条": 2, "第十一条": 1,
                            "第十二条": 1, "第十三条": 1, "第十五条": 2, "第十六条": 1, "第十七条": 3, "第十八条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第四条　管理部门", "（一）"], [ZB], [ZB, "长兴岛管委会"], lead_alternatives=[[]], responsible_alternatives=[[ZB]],
          note="「（一）区住房保障房屋管理部门是本区征收安置住房工作的行政管理部门，组织编制下一年度…实施计划，牵头开展…建房协议价格核定工作；…完成房源调拨供应手续，"
               "强化…监督管理。长兴镇征收安置住房开发建设，应会同长兴岛管委会共同推进。」 — a designation 「A是…的行政管理部门」 (Round 75's "
               "p57a-1) with 组织编制 and 牵头开展 (rule 2): lead A (a 牵头 in the item's own work), responsible A; the last "
               "sentence's 应会同 has no subject printed, and in the same item the subject carries (round 69's x274_03; Round "
               "70's x288_06), so 「A会同B…推进」 adds B (rule 2's 会同); [区住房保障房屋管理部门] alone accepted (the 会同 sentence "
               "read as subjectless, round 34, RULING? 10); lead [] accepted; " + RULES_NODATE,
          **a04("第四条　管理部门", "（一）")),
        S(["第四条　管理部门", "（二）"], [], ["各房源收储单位"], lead_alternatives=[["各房源收储单位"]],
          note="「（二）各房源收储单位负责对房源进行收购、储备，并做好房屋的日常管护。」 — 负责 (rule 2), a kind by 各 (round 30); "
               + ONE_LEAD + "; " + RULES_NODATE,
          **a04("第四条　管理部门", "（二）")),
        S(["第七条　申报认定"], [], [ZB, "区规划资源部门"],
          responsible_alternatives=[[ZB, "区发展改革、规划资源等部门", "区规划资源部门"]], not_targets=[(18, "个月")],
          note="「征收安置住房项目由区住房保障房屋管理部门会商区发展改革、规划资源等部门，结合…实际情况，筹划建设规模，提出户型及面积配比意见，并经区政府同意后，向市房屋"
               "管理部门申报。区规划资源部门在会商前，对项目规划和用地条件进行核定。 经认定的…项目，应在十八个月内确定建设单位，…」 — 由A＋筹划／提出 (rule "
               "2: the agent of 由 with a verb of doing); 会商 (to consult) is not 会同, 协同 or 联合 (round 30's list of joint "
               "forms), so its object adds none; the planning bureau the article subject of 进行核定 (" + ARTICLE + "); 申报 "
               "to the city a step of the district's own application (none); lead [] (no 牵头); the list with the consulted "
               "bodies (会商 read as 会同, one name as printed, round 31) accepted (RULING? 11); 十八个月内 a limit counted from "
               "the approval (" + LIMIT + ") → 18 个月 not_target; " + RULES_NODATE,
          **a04("第七条　申报认定")),
        S(["第八条　土地出让", "（二）"], [ZB], [ZB, "房屋收储单位", "建设单位"], lead_alternatives=[[]],
          responsible_alternatives=[[ZB, "房屋收储单位"]],
          note="「（二）区住房保障房屋管理部门应当会同房屋收储单位，与建设单位签订《建设项目协议书》，进一步明确…等内容。」 — 「A会同B＋verb」 (rule 2): "
               "lead A (lead [] accepted), responsible A, B; 「与C签订」 makes the other party a doer too (round 30: 「由A与B签订」 "
               "both; Round 70's x286_04 第十二条: a party contracting is a doer by its own 签订) → C added; [A, B] accepted (C "
               "read as the object of the signing); " + RULES_NODATE,
          **a04("第八条　土地出让", "（二）")),
        S(["第十二条　房源收储"], [], ["房源收储单位", "项目建设单位", ZB], responsible_alternatives=[["房源收储单位", ZB]],
          note="「征收安置住房项目在《建设项目协议书》签订后，由房源收储单位与项目建设单位签订《征收安置住房收储协议》，对…房源进行收储，并按约定支付购房款项。征收安置房源"
               "应由区住房保障房屋管理部门统一管理及供应，《…收储协议》应当经区住房保障房屋管理部门见证并备案，…」 — 「由A与B签订」: A and B doers (round "
               "30); 由A＋管理及供应 (rule 2); 经A见证并备案 a receiver of a filing (rule 3), the same bureau already a doer; "
               "支付 a payment (round 48: a payer) adds nothing; lead [] (no 牵头); the list without the builder accepted; "
               + RULES_NODATE,
          **a04("第十二条　房源收储")),
        S(["第十三条　房源供应及供应价格", "（一）"], [], [ZB, "房源收储单位"],
          note="「（一）区住房保障房屋管理部门作为区房源收储主管部门，应根据…需求情况，统筹平衡、协调安排…房源，加强动态监管。房源收储单位应及时签署《…供应协议》，并…供应"
               "所需房源。…如房源确有剩余的，经供需双方协商确认后应及时签订补充协议，…由区住房保障房屋管理部门统筹用于其他项目的供应使用。」 — 「A作为…主管部门」 "
               "designates (Round 74 continued; Round 75), and in an article the subjects of 统筹, 签署, 供应 are doers ("
               + ARTICLE + "); the 如…的 case's 由A统筹 the same bureau; 供需双方 the parties by role inside the case; lead []; "
               + RULES_NODATE,
          **a04("第十三条　房源供应及供应价格", "（一）")),
        S(["第十五条　房源安置", "（二）"], [], [], lead_alternatives=[["征收实施单位"]],
          responsible_alternatives=[["征收实施单位", "所在的镇、乡、村（居）民委员会"]],
          note="「（二）征收实施单位会同所在的镇、乡、村（居）民委员会，受理与审核被征收居民的购房申请，向符合条件的被征收居民，开具供应单；供应单须经用房单位填报确认同意后，再报"
               "征收管理部门审核盖章。购房人持…材料，签订预（销）售合同。」 — receiving and reviewing an application and the slip issued on "
               "it are a review and its decision, which name none in articles too (Round 70's x286_01 第七条; Round 74's x292_03 "
               "第五条（二）, x292_02 四、（二）: numbering and certifying are the decision's own steps), the filling in and the "
               "stamp further reviews, the buyer a person — " + NONE + "; lead [征收实施单位] with [征收实施单位, 所在的镇、乡、村"
               "（居）民委员会] accepted (「A会同B＋verb」 read over the review, levels before one head one name as printed: round "
               "67, Round 74 governs on x297_04; RULING? 12); " + RULES_NODATE,
          **a04("第十五条　房源安置", "（二）")),
        S(["第十七条　产权登记", "（一）"], [], [], responsible_alternatives=[["建设单位"]],
          note="「（一）建设单位取得的征收安置住房预售许可证、销售备案证明，应当注记“征收安置住房”。」 — the builder stands inside the description of "
               "the papers, the topic of a passive 应当注记 (round 30: a body inside a noun's description is no doer; Round 74's "
               "x292_04 九、) — " + NONE + "; [建设单位] accepted; " + RULES_NODATE,
          **a04("第十七条　产权登记", "（一）")),
        S(["第十七条　产权登记", "（二）"], [], ["区不动产登记机构"], lead_alternatives=[["区不动产登记机构"]],
          note="「（二）销售合同签订后，征收安置住房的购房人应当持供应单和…文件，到区不动产登记机构办理不动产转移登记，区不动产登记机构应当在相应不动产登记簿、不动产权证和"
               "预告登记证明的“附记”栏内注记“征收安置住房”。」 — the buyer is a person whose own registration is a rule for the applicant (round "
               "52's x236_03), the office he goes to a place in that clause; the office's own 注记 is an article's verb of "
               "doing (" + ARTICLE + "): a step on the register kept apart from any review of the buyer's papers (Round 74 "
               "governs on x292_03 第五条（三））; " + ONE_LEAD + "; " + RULES_NODATE,
          **a04("第十七条　产权登记", "（二）")),
     ],
     plan_targets=[(3, "%")], phases=[], duties=[],
     notes=["counting (leaf tasks; the notice is one plan with the rules it issues, round 49's x229_04): 第一、二、三条 "
            "(purpose, definition, scope) and 第二十、二十一条 (references, force, interpretation) general provisions (round "
            "30); 第九条 (the builders' qualifications, terms), 第十三条（二）（三） (the supply price's make-up; the net income "
            "「可用于…」 an option), 第十四条 (the using unit's own steps to draw and apply for slips: rules for the applicant, "
            "round 52's x236_03) and 第十九条 (「…可根据…调整」 an option) no tasks; 第四条 （一）–（三） 3, 第五、六、七条 1 each, "
            "第八条 （一）（二） 2, 第十条 （一）（二） 2 (its lead-in, the price's make-up with its 3% ceiling, the article's text), "
            "第十一条 1 (「…严格执行住宅设计和建设规范，确保整体建设质量」: an act with no subject), 第十二条 1, 第十三条（一） 1, 第十五条 "
            "（一）（二） 2, 第十六条 1, 第十七条 （一）–（三） 3 (（三） a ban 「…3年内不得转让、抵押」, a task naming none, Round 70's "
            "x286_04 第十一条), 第十八条 1 → 20. Accepted: 19 (第十一条 a principle), 21 (第十四条 counted), 22 (第十三条（二）（三） "
            "counted), 23.",
            "plan target: 3 % — 第十条's lead-in 「利润不应超过总费用…的3%」, a ceiling (Round 74: 不应超过 reads as 超过 with a modal "
            "inside), in the article's lead-in, not a leaf: read as a plan target; 2个月内, 6个月内 (第十条（二）), 十八个月内 (第七条) "
            "and 3年内 (第十七条（三）) are limits from an event (the deadline rule).",
            "units: no labels; 区住房保障房屋管理部门 printed the same way throughout; field lists before one head "
            "(区发展改革、财政、规划资源、建设管理、国资管理等职能部门, 第四条（三）) unsampled."])

# round 59 (rul80): answers aligned to tests/data/CONVENTIONS.md "Round 77 rulings, written early" (turned; README, round 59)
from aligned_rulings import align77  # noqa: E402

KINDS = ("有关部门／相关部门／各有关部门 are kinds, doers with a rule-2 verb (rounds 32, 33; rule 2's own list; round 70's x287_01 8), "
         "and only the bare 有关单位／各单位 are calls (Round 74's x293_01 5.1)")
align77("x304_01", [CH4, "4.2先期处置", "4.2.1"], "「区建管委、区应急联动中心及有关部门接警后，要…实施先期处置」 (x304_01 4.2.1): " + KINDS,
        "Units, turned: rounds 32, 33 and round 36's shared head over Round 74's x293_01 5.1 read for 部门; the builder's list stays accepted",
        resp=[JW, LD, "有关部门"], resp_alt=[[JW, LD]])
align77("x304_01", [CH4, "4.3分级响应", "4.3.1", "（2）"], "「各有关部门和单位要…密切配合，共同实施应急处置」 (x304_01 4.3.1（2））: " + KINDS + "; 「各有关部门和单位」 shares its head and is one name as printed (round 36's 「其他相关职能部门与单位」; round 32's 「各有关委、办、局」)",
        "Units, turned: rounds 32, 33 and round 36's shared head over Round 74's x293_01 5.1 read for 部门; + 各有关部门和单位 (accepted already), the builder's lists stay accepted",
        resp=[JW, LD, "事发地街道办事处", "各有关部门和单位"],
        resp_alt=[[JW, LD, "事发地街道办事处"], [JW, LD, "事发地街道办事处", "各有关部门"]])
align77("x304_01", [CH6, "6.3交通运输保障"], "「由区公安分局…实施交通管制…；如有道路设施受损，区市政部门迅速组织…抢修…；有关部门协助搞好应急交通保障」 (x304_01 6.3): the roads office acts only in a case inside the item (rule 3), as the builder read it; but 协助 reads as 配合 (rounds 38, 47), a subject of its own makes it a doer (round 46's p44g), and 有关部门 is a kind (rounds 32, 33)",
        "Units, turned: round 46's p44g and rounds 32, 33 over the call; the builder's list and the lists with 区市政部门 stay accepted",
        resp=["区公安分局", "有关部门"],
        resp_alt=[["区公安分局"], ["区公安分局", "区市政部门"], ["区公安分局", "区市政部门", "有关部门"]])
align77("x304_02", ["第五条  (部门职责)"], "「区规划资源部门负责指导…，组织实施…，…牵头风貌保护相关工作，办理…」 (x304_02 第五条（部门职责））: 「A牵头…」 gives the lead wherever it stands in the item (rule 2), and bodies that 牵头 different parts of one item are all its leads (rounds 36, 45), so one part is enough",
        "Units, turned: rule 2's 「wherever it stands」 and rounds 36, 45 over the one-duty lead; lead [] → [区规划资源部门] (accepted already), [] stays accepted",
        lead=["区规划资源部门"], alt=[[]])

write_collected(DIR)
