# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next248/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 49 (built by helper c248): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 51 rulings", "Round 52
rulings, written early" and "Round 53 rulings, written early" included) applied to every article. Neither the parser nor
the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next248/make_expected.py tests/data/plans-next248
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, SHANGHAI_REPO, STORED_WHOLE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

COMMIT_A = "49f4bb7b24691276dec660a576f20a54a0c46b63"
COMMIT_B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"


def source(commit, name, url, chars, flk=False):
    """A whole stored rules text of docs/规划与土地/ and how it was copied."""
    wrapper = ("this stored file's wrapper is not YAML: a 「# 」 title line, a six-line metadata list (公布日期 … 来源) and a "
               "「---」 rule with the blank lines after it, all removed; the text starts at the regulation's own title line"
               if flk else
               "the wrapper cut at the first 「\\n# 」 (everything up to and including it): the text starts with the "
               "repository's heading title (the 「# 」 marker dropped), then the rules' own title line, as stored")
    return (f"{SHANGHAI_REPO} @ {commit}, docs/规划与土地/{name} (official page {url}) — {STORED_WHOLE} ({chars}); "
            + wrapper)


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTSUBJ = ("CONVENTIONS.md Round 44 rulings, decided: in rules written as articles (第X条) a named body standing as the "
           "subject of the article's verb of doing is a doer whatever the verb; verbs of being or having name none")
NONE = "no body stands as the doer of the article's work (units rule 2; round 44): lead = [], responsible = []"
ONE = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一; CONVENTIONS.md units rule 2)"
WITH = "units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
TWO_LEADS = ("round 45: 会同 leading different parts of one item — every lead named (lead [] and one lead accepted); round "
             "36: two bodies that lead different parts of one item are both its lead")
APPLICANT = ("rounds 30, 34, 48, 52: a party's own application, filing or notice 「建设单位应当申请…」「向A提出申请」 is a rule "
             "for the applicant, no unit; the authority's own step 「受理申请后，应当…作出决定」 is the article's work")
LIMIT = ("round 33 / round 54 (decided): a limit counted from an event 「…后五个工作日内」「批准后二十日内」 is neither a target "
         "nor a deadline")
ITEMS = ("round 44 (a list announced after a work clause is the work's parts: items, each taking the lead-in's body, the "
         "single-task count accepted); round 54: an item under an article is a task where its own words or the lead-in's "
         "verb give it work")
PENALTY = "round 32 / round 33: penalties, any wording (a fine's scale, a share of a fee) are not targets"


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


def A1(file, path, unit, note, targets=(), **kw):
    """A sample whose only unit is ``unit`` (lead [], the unit accepted as lead), located by its article label."""
    return S(path, [], [unit], targets, lead_alternatives=[[unit]], note=note + "; " + ONE, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x248_01_shi-renda-2018-chengxiang-guihua-tiaoli.txt"
SG = "市规划行政管理部门"
QG = "区规划行政管理部门"
GH = "规划行政管理部门"
ZZ = "组织编制机关"

plan(X01,
     title="上海市城乡规划条例",
     title_note="the regulation's own title line (line 1)",
     doc_no="none printed (a local regulation: adopted 2010-11-11, amended 2015-07-23, 2018-05-24 and 2018-12-20)",
     issuer="上海市人民代表大会常务委员会",
     date="2018-12-20",
     date_note="the text as amended the third time on 2018年12月20日 (the stored metadata: 公布日期 2018-12-20, 施行日期 "
               "2019-01-01); 第六十三条 still reads 「本条例自2011年1月1日起施行」",
     level="city regulation (地方性法规) of the Shanghai People's Congress Standing Committee: urban and rural planning — who "
           "compiles, approves, permits, checks and revises plans, and the penalties",
     source=source(COMMIT_A, "上海市城乡规划条例.md", "https://flk.npc.gov.cn/detail?id=ff8080816eb1afb8016eba34b9056295",
                   11059, flk=True),
     style="a regulation in seven chapters 「第一章  总则」 and 63 articles run in 「第一条  text」 (two spaces; an article's "
           "further paragraphs on the following lines, no blank lines inside a chapter); an amendment note in brackets, a "
           "目录 one chapter a line; （一）… in 第十二、二十八、三十四、三十八、四十八、五十、五十六、六十二条 (第五十条's （二）–（六） with "
           "a space after the bracket); work given as 「A负责…」, 「由A组织编制」, 「A会同B组织编制」, 「规划行政管理部门受理申请后，应当…」, "
           "penalties 「由A责令…／处…罚款」; no date of work anywhere",
     leaf_tasks=59, count_alternatives=[46, 49, 50, 52, 53, 55, 56, 58, 60],
     leaf_tasks_by_section={"第一章 第四、六–十一条": 7, "第二章 第十二条 （一）–（四） 4 + its closing paragraph 1, 第十三–二十四条 12": 17,
                            "第三章 第二十五、二十六、二十八–三十三、三十五–四十三、四十五条": 18, "第四章 第四十七、四十八条": 2,
                            "第五章 第五十条 （一）–（七） 7, 第五十二–五十四条 3": 10, "第六章 第五十七–六十一条": 5},
     childless_top_level_sections=[],
     samples=[
        A(X01, ["第六条"], [], ["市人民政府", "区人民政府", SG, QG],
          responsible_alternatives=[["区人民政府", SG, QG]],
          note="a 总则 article that gives work (round 30): 「市人民政府领导全市城乡规划工作」「区人民政府…负责…」「市规划行政管理部门负责…」"
               "「区规划行政管理部门…负责…」 — 负责 (units rule 2) and 领导 (" + ARTSUBJ + ": leading the work is a verb of doing; "
               "the reading without 市人民政府 accepted); 「业务上受市规划行政管理部门领导」 says who leads the district department, "
               "the city department named already; no 牵头: lead []; " + NODATE),
        A(X01, ["第八条"], [], [],
          note="「市和区人民政府应当每年向本级人民代表大会或者其常务委员会报告…情况」 — the article's only work is a report: a "
               "sending names no doer (round 46's x205_04 第十二条 提交, round 48's x220_02: a sending under 由 or as an article's "
               "verb is no doer), " + NONE + "; the report is a yearly duty (round 40: a standing rhythm of reporting; round 44: "
               "「每年」 a rhythm, no deadline) — RULING? 1 (count 58 without it accepted); " + NODATE),
        A(X01, ["第十四条"], [SG, "区人民政府"], [SG, "相关区人民政府", "区人民政府"],
          lead_alternatives=[[SG], ["区人民政府"], []],
          note="「中心城分区规划由市规划行政管理部门会同相关区人民政府组织编制」 and 「郊区区总体规划，由区人民政府会同市规划行政管理部门"
               "组织编制」 — " + WITH + "; " + TWO_LEADS + "; each body once, in printed order; 「报市人民政府审批」「经区人民代表大会"
               "常务委员会审议」 — approvers and reviewers are no units (rule 3; round 36); 「区人民政府应当向区人民代表大会常务委员会"
               "报告…采纳情况」 a report (no doer by it); " + NODATE),
        A1(X01, ["第二十三条"], ZZ,
           "「组织编制机关应当采取论证会、座谈会等方式征求…意见」「应当将城乡规划草案予以公示」「应当…予以分类答复」 — " + ARTSUBJ
           + "; 组织编制机关 is a role the regulation names for the bodies of 第十三–十九条 (a body named by its role, rounds 34, "
           "47 q44c, 51); 「城乡规划草案公示时间不得少于三十日」 — 不少于 with a time (round 54 decided: 「不少于三十日」 is the target "
           "30 日, the numeral read at its value, 日 as printed); " + NODATE,
           targets=[(30, "日")]),
        A(X01, ["第二十八条"], [], [SG, "所在区规划行政管理部门"],
          note="「下列建设项目的规划许可，由市规划行政管理部门负责实施：（一）…（五）」 and 「前款规定范围以外建设项目的规划许可，由所在区"
               "规划行政管理部门负责实施」 — the article's work split by its objects (round 40: 「涉及X的，由A审批；涉及Y的，由B审批」 gives "
               "all of them), 由A负责实施 (units rule 2); （一）–（五） name the classes of project the city department permits — "
               "text, no items (round 54: classes; round 35); the name as printed (「所在区…」, round 40's 「所在镇(街道)武装部」); "
               "no 牵头: lead []; " + NODATE),
        A(X01, ["第三十七条"], [GH], [GH, "街道办事处", "乡、镇人民政府"], lead_alternatives=[[]],
          note="「规划行政管理部门应当按照规定会同建设项目所在地的街道办事处或者乡、镇人民政府进行建设工程设计方案公示」 — " + WITH
               + "; the 的-rule (round 32) leaves 街道办事处, and 或者 joins two partners (round 30's 「由A或B…」; round 49's "
               "「部门或机关」); 「乡、镇人民政府」 one name as printed (levels before one head, round 30's 「市、区X部门」); 「公示期限不得"
               "少于十日」 — target 10 日 (round 54 decided); 「公示和意见反馈时间不计入…审核时限」 a rule of counting; " + NODATE,
          targets=[(10, "日")]),
        A1(X01, ["第三十八条"], GH,
           "「下列建设项目免予建设工程设计方案审核：（一）…（四）」 are exemptions, classes the rule leaves out (round 54: text); the "
           "article's closing sentence 「规划行政管理部门应当在核发选址意见书或者核定规划条件时一并告知建设单位或者个人」 gives the "
           "department work (round 54: the article is one task where its own sentences give a plan body work; " + ARTSUBJ
           + "); 「建筑面积五百平方米以下的建设项目」「高度8米以下的单层工业厂房」 — bands that exempt a class (round 50 governs: "
           "not targets); " + NODATE,
           not_targets=[(500, "平方米"), (8, "米")]),
        A(X01, ["第四十一条"], [], ["设计单位", "施工单位"],
          note="「设计单位必须按照…进行建设工程设计」「施工单位必须按照…施工」 — role-like kinds as the subjects of an article's verbs of "
               "doing (设计, 施工) are doers (round 47 q44c governs: 建设单位, 施工单位, 监理单位 are bodies named by a kind; round 54 "
               "confirmed); no 牵头: lead []; " + NODATE),
        A1(X01, ["第四十七条"], ZZ,
           "「城市总体规划、郊区区总体规划的组织编制机关应当组织有关部门和专家对…实施情况进行评估」 — 组织＋work (round 34), the "
           "的-rule leaves 组织编制机关 (round 32); 有关部门 and 专家 are the objects of the pivot 组织 (round 30: no units); "
           "「评估工作五年至少进行一次」 — a frequency floor with 至少 (round 35: 「至少两年开展一次」 is a target; round 49: 「至少…一次」 "
           "is 1 次); 「向本级人民代表大会常务委员会和原审批机关提交评估报告」 a report (a sending, no doer by it); " + NODATE,
           targets=[(1, "次")]),
        A1(X01, ["第五十条", "（二）"], GH,
           "「规划行政管理部门应当对下列情况进行监督检查：（一）…（七）」 — " + ITEMS + " (count 53 with 第五十条 one task accepted); "
           "（二） 「规划许可的执行情况」 takes the lead-in's body, the subject of the article's verb of doing (" + ARTSUBJ
           + "; 进行监督检查 in an article); " + NODATE),
        A(X01, ["第五十七条"], [], [GH, "建设行政管理部门"],
          note="「对…设计单位，由规划行政管理部门处以设计费百分之二十至百分之一百的罚款」 — the article's whole work answers its cases "
               "(rounds 30, 42, 51: 「…的，由A…」 A a doer); 「规划行政管理部门应当通报建设行政管理部门处理，并由建设行政管理部门将其违法"
               "行为记入信用档案」 — 由A＋a verb of doing (units rule 2, round 34): both doers, the first 处理's object read through "
               "the 由 clause; " + PENALTY + " → 20 % and 100 % not targets; no 牵头: lead []; " + NODATE,
          not_targets=[(20, "%"), (100, "%")]),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市和区人民政府每年向本级人民代表大会或者其常务委员会报告城乡规划的制定、修改、实施以及监督检查情况",
              "when": "每年", "when_norm": "yearly",
              "note": "第八条: a standing yearly report of the bodies the regulation tasks to the people's congress (round 40: a "
                      "standing rhythm of reporting is a duty, whoever sends it; round 49: a yearly report to a body that hears "
                      "it stays a yearly duty); the applicants' filings (第四十四条 竣工资料) are a regulated party's, no duty "
                      "(round 41); submissions for approval (报国务院审批／备案) are steps of approval, no duty (round 46)"}],
     notes=["counting (articles, rounds 30, 33, 44, 54): not tasks — 第一条 purpose, 第二条 scope, 第三条 principles (round 49: "
            "principles give no work; the count with it accepted), 第五条 legal standing and a rule for everyone, 第二十七条 (a "
            "rule for projects and a principle of permitting), 第三十四条 (what the applicant must apply for: an applicant's "
            "rule with classes), 第四十四条 (the applicant's statutory filing of 竣工资料), 第四十六条 (a rule on the use of "
            "buildings, for the public), 第四十九条 (points to 第二章's procedure: a reference, round 34's 参照), 第五十一条 (rules "
            "for the supervised and for inspectors, persons: round 41, 54), 第五十五条 (reference to other law), 第五十六条 "
            "(officials' liability answered by the breakers' superiors: round 52's x240_03 第十八条, no task), 第六十二条 "
            "definitions, 第六十三条 entry into force. Tasks: 第四条 (a subjectless rule on compiling plans, an act only the "
            "rules' bodies do: round 52's x240_04 第七–九条 — RULING? 2), 第六–十一条 6 (第八条 RULING? 1); 第十二条 （一）–（四） "
            "4 items 「…编制…规划」 and its closing paragraph on 特定区域 1 (round 36: a closing paragraph after an article's "
            "items that gives work — RULING? 3), 第十三–二十四条 12 (第十八条: an option 「可以…组织编制」 and the rule "
            "「修建性详细规划不得违反…强制性内容」 — one task; 第二十二条: a commissioned unit's qualification and the rule "
            "「编制城乡规划必须遵守…」 — one task, RULING? 2); 第三章 18 (the applicant's steps are rules for the applicant, the "
            "department's 受理／作出决定／核发／复验／验收 the work); 第四十七、四十八条 2 (第四十八条's （一）–（五） are cases: text); "
            "第五十条 （一）–（七） 7 items, 第五十二–五十四条 3; 第五十七–六十一条 5 (penalties answered by a body the rules task) "
            "→ **59**. Accepted: 55 (第十二条 one task), 53 (第五十条 one task), 49 (both), 56 / 58 / 50 / 52 / 46 (without "
            "第四、十八、二十二条 or 第八条), 60 (with 第三条).",
            "units: 市规划行政管理部门, 区规划行政管理部门, 规划行政管理部门 (the bare kind), 组织编制机关 (a role), 市人民政府, "
            "区人民政府, 相关区人民政府, 乡、镇人民政府, 村民委员会, 设计单位, 施工单位, 建设行政管理部门, 项目所在地区人民政府; "
            "approvers and reviewers (国务院, 市人民政府审批, 市规划委员会审议, 人民代表大会常务委员会) no units (rule 3); applicants "
            "(建设单位或者个人, 村民) none; 第五十六条's 上级人民政府 none (round 52)",
            "dates: no date of work anywhere — 「每年」 (第八条, a rhythm), 「五年至少进行一次」 (a floor), limits counted from "
            "events (五个工作日内, 二十日内, 六个月内: " + LIMIT + "); the amendment dates and 2011年1月1日 (entry into force); no "
            "deadline, no phases",
            "figures: targets 30 日 (第二十三条), 10 日 (第三十七条), 1 次 (第四十七条), 两年 / 一年 (第四十条, 「有效期不超过两年」「延期"
            "不超过一年」: ceilings of a standard, round 30; not sampled); not targets 五百平方米 / 8米 (第三十八条, exempted "
            "classes), 五年 (第二十六条, a plan's term with no comparison word), 二十 / 一百 / 五 / 十 % (第五十七、五十八条), 二千元 "
            "(第五十九条), 一万元 / 五万元 (第六十条) — penalties (" + PENALTY + ")"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x248_02_shi-zhengfu-2023-chengshi-jianshe-dangan-guanli-banfa.txt"
SJ = "市城建档案馆"
QJ = "区城建档案机构"
ZY = "市规划资源部门"
FIELDS = "发展改革、住房城乡建设管理、交通、水务、绿化市容、人防、房屋管理、经济信息化、农业农村、财政等部门"

plan(X02,
     title="上海市城市建设档案管理办法",
     title_note="the rules' title (line 1 is the repository's heading title, line 3 the rules' own title line: the same words)",
     doc_no="上海市人民政府令第4号 (printed in the bracket under the title)",
     issuer="上海市人民政府",
     date="2023-03-24",
     date_note="「2023年3月24日上海市人民政府令第4号公布 自2023年5月1日起施行」; the stored metadata's 发布日期 2024-10-23 is the "
               "bureau's web posting",
     level="city government rules (政府规章): urban construction archives — who collects, keeps, opens and digitises them, "
           "the duties of builders and archive-forming bodies",
     source=source(COMMIT_A, "上海市城市建设档案管理办法.md",
                   "https://ghzyj.sh.gov.cn/zcwj/cjdagl/20241023/72baa537e558488eb39c1715ae7848b5.html", 5220),
     style="39 articles, each a heading line 「第一条（目的和依据）」 over its paragraphs (no blank lines); the heading title, the "
           "rules' own title and the bracket of issue; （一）–（三） in 第八条; an ASCII comma in 第十四条 「归档,并向」",
     leaf_tasks=31, count_alternatives=[27, 28, 29, 30, 32, 33],
     leaf_tasks_by_section={"第三–六条": 4, "第八条 （一）–（三） 3 + its closing paragraph 1": 4, "第九–十五条": 7,
                            "第十七–十九条": 3, "第二十一、二十二条": 2, "第二十五–三十五条": 11},
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第四条（管理部门）"], [], [ZY, "区规划资源部门", FIELDS],
          responsible_alternatives=[[ZY, "市档案主管部门", "区规划资源部门", "同级档案主管部门", FIELDS]],
          note="a heading 「管理部门」 gives out work (round 34's 职责分工 heading list): every body the text gives work is a unit — "
               "「市规划资源部门负责…」「区规划资源部门负责…」 (负责, rule 2) and 「发展改革、…、财政等部门按照各自职责，协同实施本办法」 "
               "(fields before one head, one name as printed, 等 inside kept: rounds 31, 50; round 39: 协同开展 after 「A负责…」 "
               "clauses adds them); 「业务上受市档案主管部门监督和指导」 names the archives departments as the guides of the planning "
               "departments, a circumstance like 「在A的指导下」 (round 36: no unit; the reading with them accepted); no 牵头: "
               "lead []; " + NODATE),
        A(X02, ["第五条（档案机构）"], [], ["市城市建设档案馆", "机构"],
          responsible_alternatives=[["市城市建设档案馆", QJ], [SJ, QJ]],
          note="「市城市建设档案馆（以下简称市城建档案馆）以及区人民政府、相关派出机构指定的机构（以下简称区城建档案机构）按照各自职责，"
               "负责…」 — the subjects of 负责 (rule 2); in the article that defines the short names the bodies are given by their own "
               "names as printed (round 50's x232_04 第五条; 以下简称 dropped, round 35), and the 的-rule leaves 机构 (round 46's "
               "「区人民政府确定的…部门（以下简称“X”）」; round 40's 「市政府确定的机构」 → 机构); 区人民政府 and 相关派出机构 only "
               "describe who designates the bodies (round 30: a body inside a noun's description) — RULING? 4; the short names "
               "accepted; lead []; " + NODATE),
        A(X02, ["第六条（队伍建设）"], [], [],
          note="「本市加强城建档案工作人才培养，建设…基地，实施…计划，建设…队伍」 — 本市 standing alone as the subject is a place, no "
               "doer (round 43; round 41: 本市 is no part of a name); the work is given with no body, so the article is a task "
               "naming no unit (round 40: items naming no unit in a plan with units elsewhere are tasks where they give work; "
               "the count without it accepted); 「本市从事城建档案工作的人员应当…」 — persons (round 30): " + NONE + "; " + NODATE),
        A(X02, ["第八条（收集范围）", "（一）"], [], [SJ, QJ],
          note="「市城建档案馆和区城建档案机构负责收集下列城建档案：（一）…（三）」 — " + ITEMS + " (count 28 with 第八条 one task "
               "accepted); （一） 「城市建设工程档案」 takes the lead-in's doers (负责, rule 2; 「A和B」 two names, round 34); the "
               "article's closing paragraph 「…由市规划资源部门、市档案主管部门会同有关部门依法确定」 is one more task (round 36), not "
               "（三）'s body — RULING? 3; lead []; " + NODATE),
        A(X02, ["第十条（工程各参与单位档案职责）"], [], ["建设单位", "勘察、设计、施工、监理等建设工程各参与单位"],
          note="a heading 「X职责」 gives out work (round 38; round 50: 「建设单位职责」 naming one party is a unit heading — here the "
               "heading names the parties of a project, 各参与单位, and the text gives work to 建设单位 and to them): 「建设单位应当"
               "建立健全…制度」「…各参与单位应当…同步完成…收集、整理和归档工作」「建设单位应当对…进行协调和督促」「建设单位组织…竣工验收"
               "时，应当…进行验收」 — " + ARTSUBJ + " (round 47 q44c: role-like kinds); 「勘察、设计、施工、监理等建设工程各参与单位」 "
               "fields closed by a shared head, one name as printed (rounds 42 continued, 48, 50); 「及时向建设单位移交」 a handing "
               "over; no 牵头: lead []; " + NODATE),
        A(X02, ["第十二条（工程档案移交和接收）"], [], ["建设单位", SJ, QJ],
          responsible_alternatives=[[SJ, QJ]],
          note="「建设单位应当…向市城建档案馆或者区城建档案机构移交…档案」 — a regulated party's statutory handing over of its own "
               "archives to the administering body, a filing (rounds 41, 52), no doer by it; 「市城建档案馆、区城建档案机构应当予以接收"
               "并出具凭证」「…应当为…提供咨询和便利」 — " + ARTSUBJ + "; 「建设单位应当自行保管一套完整的建设工程档案」 — the party keeping "
               "its own copy, read with the filing as its statutory duty (round 41; RULING? 5: the article reading of 保管 "
               "accepted); lead []; " + NODATE
               + "; aligned round 50 to CONVENTIONS.md \"Round 55 rulings, written early\" (turned): 保管 is a verb of doing and "
               "建设单位 a body named by a kind, so as the article's subject it is a doer (rounds 44, 47 q44c, 54); round 54 leaves "
               "out only applying, filing or sending for itself, paying, options and duties held, and 自行 says who keeps it, not "
               "that it may; the handing over to the archive stays a filing (round 41): 建设单位 none → a unit, responsible "
               "[市城建档案馆, 区城建档案机构] → [建设单位, 市城建档案馆, 区城建档案机构]; the builder's reading: 保管 read with the filing as "
               "the party's statutory duty, 建设单位 none — stays accepted (responsible_alternatives)"),
        A(X02, ["第二十一条（开放要求）"], [], [SJ, "城建档案形成单位", "保管单位"],
          responsible_alternatives=[[SJ]],
          note="「市城建档案馆应当…公布开放城建档案的目录」「市城建档案馆应当建立…机制，制订…规则，及时开展…工作」 — " + ARTSUBJ
               + "; 「尚未移交进馆城建档案的开放审核，由城建档案形成单位或者保管单位负责」 — 由A或B负责 (round 30: 「由A或B指定专人负责」 "
               "both doers), 城建档案形成单位 the name 第九条 defines (round 48's defined name: a unit as printed); 「应当自档案形成之日起"
               "满二十五年向社会开放」 — a time counted from an event with no comparison word (round 33): not a target; 「可以延期」 an "
               "option; no 牵头: lead []; " + NODATE,
          not_targets=[(25, "年")]),
        A(X02, ["第三十五条（信用管理）"], [ZY], [ZY, "发展改革和其他有关部门", "有关部门"], lead_alternatives=[[]],
          responsible_alternatives=[[ZY, "发展改革", "其他有关部门", "有关部门"]],
          note="「市规划资源部门应当会同发展改革和其他有关部门建立健全…机制」 — " + WITH + "; 和 joins two names only where each side "
               "is a whole body name (round 35), and 发展改革 is a field before the shared head 部门, so 「发展改革和其他有关部门」 is one "
               "name as printed (round 49's 「财政及相关部门」; the split accepted); 「有关部门应当…将…信用信息归集到…平台，并依法采取…"
               "措施」 — 有关部门 a kind (round 33) as an article's subject with verbs of doing (" + ARTSUBJ + "); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (articles, rounds 30, 33, 44, 54): not tasks — 第一条 purpose, 第二条 scope and definition, 第七条 (本市鼓励"
            "和支持…: encouragement, round 40), 第十六条 (市城建档案馆可以…: an option), 第二十条 (points to the secrets law: a "
            "reference), 第二十三条 (users' options and 「市规划资源部门…制定…具体管理办法」, who fixes a term of the rules: round 50's "
            "x232_01 第十三条, round 39 — the count with it accepted), 第二十四条 (rules for users, the public), 第三十六条 (reference "
            "to other law), 第三十七条 (officials' liability with no agent, round 51), 第三十八条 (参照, round 34), 第三十九条 entry "
            "into force. Tasks: 第三–六条 4 (第六条 naming no unit, RULING? 6), 第八条 （一）–（三） 3 and its closing paragraph 1, "
            "第九–十五条 7, 第十七–十九条 3, 第二十一、二十二条 2, 第二十五–三十五条 11 → **31**. Accepted: 28 (第八条 one task), 30 / "
            "27 (without 第六条, and both), 29, 32 / 33 (with 第七条 or 第二十三条).",
            "units: 市规划资源部门, 区规划资源部门, 规划资源部门 (the bare kind, 第十一、二十八条), 市城市建设档案馆 / 市城建档案馆, 机构 / "
            "区城建档案机构, 城建档案形成单位, 保管单位, 档案机构 (「城建档案形成单位的档案机构」, the 的-rule), 建设单位, 各参与单位, "
            "管线权属单位, fields-before-a-head groups (第四、三十四条), 发展改革和其他有关部门, 有关部门; 本市 a place; persons "
            "(人员, 档案工作人员) no units; users and donors (单位和个人) the public",
            "dates: 2023年3月24日 (issued), 2023年5月1日 (in force), 1987 / 1997 / 2010 (the old rules); no date of work — "
            "「满二十五年」「满五年」 (times counted from events), 「十五个工作日内」 (a limit from an event): no deadline, no phases, "
            "no duties (the builders' and bodies' 移交 are statutory handings over, round 41)",
            "figures: none are targets — 二十五年, 五年 (times from events, no comparison word), 十五个工作日 (a limit), the order "
            "number 第4号, 第53号, 第52号"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x248_03_shi-zhengfu-2015-kongzhixing-xiangxi-guihua-zhiding-banfa.txt"
KZ = "控制性详细规划组织编制机关"

plan(X03,
     title="上海市控制性详细规划制定办法",
     title_note="the rules' title (line 1 is the repository's heading title, line 3 the rules' own title line: the same words)",
     doc_no="上海市人民政府令第34号 (printed in the bracket under the title)",
     issuer="上海市人民政府",
     date="2015-09-11",
     date_note="「2015年9月11日上海市人民政府令第34号公布　自2015年11月1日起施行」 (an ideographic space between)",
     level="city government rules (政府规章): how regulatory detailed plans are compiled, consulted on, approved, published, "
           "applied flexibly and revised",
     source=source(COMMIT_B, "上海市控制性详细规划制定办法.md",
                   "https://www.shanghai.gov.cn/xxzfgzwj/20210608/acb70cd64ccd419a93e353d3b20ee56c.html", 4381),
     style="27 articles, each a heading line 「第一条（目的和依据）」 over its paragraphs, blank lines between all lines; "
           "（一）–（五） in 第二十条 (materials) and （一）–（四） in 第二十三条 (cases); 「（以下统称“编制单位”）」 with curly quotes",
     leaf_tasks=18, count_alternatives=[13, 14, 15, 16, 17, 19, 20],
     leaf_tasks_by_section={"第五–十五条": 11, "第十七–十九条": 3, "第二十一–二十三条": 3, "第二十六条": 1},
     childless_top_level_sections=[],
     samples=[
        A(X03, ["第六条（组织编制机关）"], ["区、县人民政府", SG], ["区、县人民政府", SG, "相关区、县人民政府"],
          lead_alternatives=[["区、县人民政府"], [SG], []],
          note="「…由区、县人民政府会同市规划行政管理部门组织编制」「…由市规划行政管理部门会同相关区、县人民政府组织编制」 — " + WITH
               + "; " + TWO_LEADS + "; 「区、县人民政府」 one name as printed (round 30's 「市、区X部门」); " + NODATE),
        A(X03, ["第八条（经费保障）"], [], [],
          note="「市和区、县财政行政管理部门应当将…经费，纳入本级财政预算」 — 纳入…预算 is a cost verb (round 48 decided: a verb that "
               "budgets money names a payer, no unit; round 49's x229_01): " + NONE + "; with 应当 the article still instructs a "
               "body, so it is a task naming no unit (round 46's terms are points with no doer and no 要／应; the count without "
               "it accepted) — RULING? 6; " + NODATE),
        A(X03, ["第十一条（编制范围）"], [], [], targets=[(1, "个")],
          note="「控制性详细规划的编制和修改范围，应当是一个或者数个…编制单元，最小不得小于一个完整街坊」 — a subjectless rule on an "
               "act only the rules' bodies do (compiling plans) gives work (round 52's x240_04 第七–九条; round 43) — RULING? 2; "
               "「最小不得小于一个完整街坊」 — 不小于 (round 32) with a floor of the standard (round 30): target 1 个; 「一个或者数个」 "
               "names the unit of the plan, no comparison word; " + NONE + "; " + NODATE),
        A(X03, ["第十三条（基础资料收集）"], [], [KZ, "市和区、县相关专业管理部门"],
          note="「控制性详细规划组织编制机关应当…收集…基础资料」「市和区、县相关专业管理部门应当按照职责，提供所涉及的专项规划等相关资料」 "
               "— " + ARTSUBJ + "; the organising body a role named by the rules (rounds 34, 47 q44c, 51), as printed; 提供 with "
               "plans and data as object is work, not a cost verb (round 48: only money makes a payer); 「市和区、县…部门」 one name "
               "as printed (round 30); no 牵头: lead []; " + NODATE),
        A(X03, ["第十五条（专项规划的协同）"], ["相关专业管理部门"], ["相关专业管理部门", GH, KZ], lead_alternatives=[[]],
          note="「规划研究明确需编制或者修改专项规划的，相关专业管理部门应当会同规划行政管理部门同步组织编制或者修改相关专项规划」 — the "
               "step after the case is the article's own work (rounds 42, 49 p46d), " + WITH + " (相关部门 a kind, round 33); "
               "「…可以作为控制性详细规划」 a rule of status; 「控制性详细规划组织编制机关应当对…专项规划进行综合平衡后，纳入控制性详细"
               "规划」 — " + ARTSUBJ + "; " + NODATE),
        A1(X03, ["第十八条（意见征询和公示）"], "组织编制机关",
           "「组织编制机关应当听取…意见」「应当采取论证会、听证会或者其他方式，征求公众意见」「应当将规划草案…予以公示」「应当…予以"
           "分类答复」 — " + ARTSUBJ + "; 「公示时间不得少于30日」 — target 30 日 (round 54 decided; 日 as printed); " + NODATE,
           targets=[(30, "日")]),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (articles, rounds 30, 33, 44, 54): not tasks — 第一条 purpose, 第二条 scope, 第三条 principles (round 49), "
            "第四条 legal standing and a rule for everyone, 第十六条 (a commissioned unit's qualification and conformity: "
            "conditions, round 35), 第二十条 (approval by the city government, the organising body's materials list 「应当提供下列"
            "材料：（一）…（五）」 sent with its own plan for a decision: a step of approval and a materials list, rounds 35, 46; the "
            "filing 「报…备案」), 第二十四条 (liability answered by the breaker's superiors, round 52's x240_03 第十八条), 第二十五条 "
            "(可以: an option, round 49 p46b), 第二十七条 entry into force. Tasks: 第五–十五条 11 (第七条: 本市探索建立… and "
            "「…具体管理办法，由市规划行政管理部门另行制定」 inside an article that gives work is its work, round 41 — units [市规划行政"
            "管理部门]; 第八条 payers, naming no unit; 第十、十一条 subjectless rules on compiling — RULING? 2), 第十七–十九条 3, "
            "第二十一–二十三条 3 (第二十三条's （一）–（四） cases: text), 第二十六条 1 → **18**. Accepted: 13–17 (without 第七、八、"
            "十、十一、十七条, one or more), 19 / 20 (with 第十六条 or 第二十条).",
            "units: 市人民政府, 区、县人民政府, 相关区、县人民政府, 市规划行政管理部门, 区、县规划行政管理部门, 市和区、县规划行政管理部门 "
            "(第二十二条), 规划行政管理部门, 控制性详细规划组织编制机关 / 组织编制机关 (as printed), 相关专业管理部门, 市和区、县相关专业"
            "管理部门, 其他有关部门; reviewers and approvers (市规划委员会审议, 市人民政府批准) no units (rule 3); 注册规划师 persons; "
            "公民、法人和其他组织 the public",
            "dates: 2015年9月11日, 2015年11月1日, 1998 / 2002 / 2010 (the old rules); no date of work — 「经批准后20日内」 (a limit "
            "from an event: " + LIMIT + "), 年度编制计划 (a yearly plan, no date): no deadline, no phases, no duties (the district "
            "departments' 编制需求 sent for inclusion in the city's plan is a step of approval, round 46)",
            "figures: targets 30 日 (第十八条), 1 个 (第十一条); not targets 20 日 (a limit from an event), 第34号, 第52号"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x248_04_shi-zhengfu-2010-cehui-chengguo-guanli-guiding.txt"
CG = "市测管办"

plan(X04,
     title="上海市测绘成果管理规定",
     title_note="the rules' title (line 1 is the repository's heading title, line 3 the rules' own title line: the same words)",
     doc_no="none printed (issued by the city government on 1991-07-04; amended by 沪府令第53号 1997 and 第52号 2010)",
     issuer="上海市人民政府",
     date="2010-12-20",
     date_note="the text as amended and republished by 上海市人民政府令第52号 of 2010年12月20日 (first issued 1991年7月4日; 第十八条 "
               "still reads 「本规定自1991年10月1日起施行」)",
     level="city government rules (政府规章): surveying and mapping results — who receives, catalogues, supplies, supervises "
           "and penalises, what the surveying bodies hand in",
     source=source(COMMIT_B, "上海市测绘成果管理规定.md",
                   "https://www.shanghai.gov.cn/xxzfgzwj/20210608/b7ae2ae73f104748aab4ccb0d14ea4f4.html", 3300),
     style="18 articles run in 「第一条  text」 (two spaces), blank lines between all lines; （一）… in 第三、五、六、十三、十五条; "
           "scales 「1∶500～1∶25000」 with ratio colons and a wave dash",
     leaf_tasks=17, count_alternatives=[11, 12, 13, 14, 15, 16, 18, 19],
     leaf_tasks_by_section={"第二–四条": 3, "第五条 （一）–（五） 5 + its closing paragraph 1": 6, "第六条 （五）、（六）": 2,
                            "第八、九条": 2, "第十三条 （一）–（四）": 4},
     childless_top_level_sections=[],
     samples=[
        A(X04, ["第二条"], [], ["上海市规划和国土资源管理局", "上海市测绘管理办公室"],
          responsible_alternatives=[["市规划国土资源局", CG]],
          note="「上海市规划和国土资源管理局（以下简称市规划国土资源局）主管本市测绘成果的管理和监督工作」 — 主管 (in charge of the work) is "
               "a designation like 「A为…的主管部门」 (round 37) and a verb of doing in an article (" + ARTSUBJ + "); 「上海市测绘管理"
               "办公室（以下简称市测管办）负责组织…」 — 负责 (rule 2); in the article that defines the short names the bodies are "
               "given by their own names as printed (round 50's x232_04 第五条; 以下简称 dropped, round 35), the short names "
               "accepted; no 牵头: lead []; " + NODATE),
        A1(X04, ["第三条"], CG,
           "「各有关部门和单位…必须…按年度在第2年6月底前向市测管办汇交下列成果目录或者副本：（一）…（五）」 — the surveying bodies' "
           "standing statutory handing in of their own results to the administering office: a filing (rounds 41, 48), no "
           "doer and no duty, and the five items list what is handed in (a materials list, round 35: text); 「各有关部门和单位」 "
           "reads as the catch-all 「有关部门和单位」 (round 37) in any case; 「…由市测管办统一汇编成册」 — 由A＋a verb of doing "
           "(rule 2, round 34); 「按年度在第2年6月底前」 is a yearly rhythm (round 34: 「次年1月底前」), no deadline — " + NODATE),
        A1(X04, ["第五条", "（二）"], CG,
           "「下列基础测绘成果，由市测管办统一提供使用：（一）…（五）」 — " + ITEMS + " (12 with 第五条 one task accepted); （二） "
           "「市、区、县、乡等各种行政区域的挂图、地图集、地下管线图」 takes the lead-in's 由市测管办 (rule 4; 由A＋verb); 「使用测绘成果的"
           "单位，可向市测管办查阅目录」 a user's option; " + NODATE),
        A1(X04, ["第六条", "（六）"], CG,
           "「使用测绘成果的单位，必须按下列规定办理：（一）…（六）」 — （一）–（四） are the users' own procedure (applicants, rounds "
           "30, 48: rules for the applicant, text); （五）、（六） have a body handle the request for others 「由A…统一办理」: an agent "
           "doing it for others is a doer (round 34; round 48's x224_03) — （六） 「本市政府部门或者单位需要使用军事部门测绘成果的，由市测管办"
           "通过总参谋部测绘主管部门…统一办理」: 市测管办; the bodies it goes through are liaison channels (round 38: no units) — "
           "RULING? 7; " + NODATE),
        A(X04, ["第九条"], [], [],
          note="「各有关部门和单位应当对提交的测绘成果质量负责」 — 「有关部门和单位」 standing alone is the catch-all (round 37; round 42 "
               "continued: 「各有关部门、单位要…」 as a whole subject is no unit); 「…不合格的，责令测绘单位补测或者重测」 has no agent, and "
               "「依法承担赔偿责任」 states liability (round 48): " + NONE + "; the article still gives the surveying bodies a duty "
               "(负责 quality), so it is a task naming no unit (the count without it accepted); " + NODATE),
        A1(X04, ["第十三条", "（二）"], "市物价管理部门",
           "「有下列行为之一的单位，按以下规定予以行政处罚：」 over items that each carry their own response 「…的，由A…」 — items, each "
           "a task (Round 51 turned x225_04 第三十四条; round 52's x239_04); （二） 「…擅自提价收取测绘成果费用的，由市物价管理部门依照"
           "物价管理规定没收其违法所得，并可处以相当于违法所得3至5倍的罚款，但最高不超过3万元」 — 由A＋a verb of doing (round 34); "
           + PENALTY + " → 3万元 not a target (nor 3至5倍); " + NODATE,
           not_targets=[(3, "万元")]),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (articles, rounds 30, 33, 44, 54): not tasks — 第一条 purpose; 第七条 (free and paid use: the scheme's terms "
            "with no doer, round 46's x204_04, and 可以无偿使用 an option); 第十条 (「必须严格按照…规定执行」: points elsewhere, a "
            "reference); 第十一条 (rules for users, the public); 第十二条 (rewards by the party's own unit or its superior: like "
            "round 52's liability by the breaker's superiors, no body the rules task — RULING? 8); 第十四条 (罚款收入…上缴国库: a "
            "payer's rule); 第十五条 (persons' liability, round 51); 第十六条 (parties' rights and an option 可以申请…强制执行); "
            "第十七条 interpretation; 第十八条 entry into force. Tasks: 第二、三、四条 3; 第五条 （一）–（五） 5 items and its closing "
            "paragraph 「不属于前款范围的测绘成果，由有关部门和单位提供使用」 1 (round 36; the catch-all names no unit); 第六条 （五）、（六） 2 "
            "(agents); 第八、九条 2; 第十三条 （一）–（四） 4 → **17**. Accepted: 12 / 13 (第五条 one task, or without its closing "
            "paragraph), 15 (第六条 none), 16 (without 第九条), 11 and 14 (combinations), 18 / 19 (with 第七、十二条).",
            "units: 上海市规划和国土资源管理局 / 市规划国土资源局, 上海市测绘管理办公室 / 市测管办, 有关专业测绘成果管理部门 and 各部门 "
            "(第四条: 由A确定, 进行管理), 总参谋部测绘主管部门或者大军区、军兵种测绘主管部门 (第六条（五）, an agent), 市物价管理部门; "
            "「各有关部门和单位」「有关部门和单位」 catch-alls (round 37); persons (负责人, 主管人员) never units",
            "dates: 1991年7月4日, 1997年12月14日, 2010年12月20日 (issue and amendments), 1991年10月1日 (in force); 「按年度在第2年6月"
            "底前」 a yearly rhythm of a filing; 「六个月内」 a limit from an event: no deadline, no phases, no duties (filings of "
            "the surveying bodies, round 41)",
            "figures: none are targets — 5秒级以上 (第三条, a class of result inside a noun, round 51 governs), 一式一份 / 一式两份 "
            "(norms), 1∶500～1∶25000 (scales, names of kinds), 一倍以上二倍以下 / 一万元以上五万元以下 / 3至5倍 / 3万元 / 5倍 "
            "(penalties, round 32), 六个月 (a limit)"])

# Round 59 (rul80p): aligned to tests/data/CONVENTIONS.md "Round 80 rulings" (README, round 59)
from aligned_rulings import align80  # noqa: E402

align80("x248_04", ["第九条"], "「各有关部门和单位应当对提交的测绘成果质量负责」: 「各有关部门和单位」 shares its head and is one name as printed, a kind (round 67's x282_08; Round 77's x304_01 4.3.1（2）; plans-dev 01 二/（五））, a doer with rule 2's 负责; only a bare 「有关单位」「各单位」 is a call",
        "Units, governs: plans-dev 01 二/（五）, round 67's x282_08 and Round 77's x304_01 over round 37's catch-all; none stays accepted",
        lead=[], resp=["各有关部门和单位"], resp_alt=[[]])

write_collected(DIR)
