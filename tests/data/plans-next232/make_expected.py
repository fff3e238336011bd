# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next232/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 47 (built by helper c232): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 48 rulings, written
early" included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next232/make_expected.py tests/data/plans-next232
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, STORED_WHOLE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

COMMIT = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"


def src(path, url, chars):
    """The provenance of a whole stored document of docs/房屋与住房 (the commit these texts were read at)."""
    return (f"GitHub zhiyao87/Shanghai-Gov-Docs-Index @ {COMMIT}, docs/房屋与住房/{path} (official page {url}) — "
            f"{STORED_WHOLE} ({chars})")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTSUBJ = ("CONVENTIONS.md \"Round 44 rulings, written early\" (decided): in rules written as articles (第X条), a named body "
           "standing as the subject of the article's verb of doing is a doer whatever the verb (verbs of being or having name "
           "none; round 46/48: verbs of sending and filing are not reached)")
BY = "CONVENTIONS.md units rule 2: the agent of 由 with a verb of doing is a doer (round 34: 「由A＋any verb of doing」)"
DESIG = ("CONVENTIONS.md round 32 / round 37: a designation 「A为…的主管部门」「A是…的管理机构」 makes A a doer; its 负责 clause is "
         "rule 2's")
SHORT = ("round 35: 「（以下简称X）」 is dropped from the name; round 38 / round 43 / round 48: a name is given as printed where it "
         "acts (no alias is rewritten) — the short names are accepted beside it (`responsible_alternatives`)")
HUI = "CONVENTIONS.md units rule 2: 「A会同B＋verb」 — lead A (lead [] accepted), responsible A, B"
PIVOT = ("CONVENTIONS.md round 30 / round 35: the object of a pivot verb (委托B, 协调B, 组织B, 协助B) is not a unit; the pivot's "
         "subject is the doer (「A委托B…」 without 由 reads as 「由A委托B」, round 35)")
RECV = ("CONVENTIONS.md units rule 3: a body that only receives, approves or guides 「报A备案」「经A审核」「在A指导下」「征询A意见」 "
        "is no unit")
EVENT = ("CONVENTIONS.md round 33 / round 34: a limit counted from an event with no comparison word 「N个工作日内」「N日内」 is the "
         "item's deadline rule, not a target, and no deadline (times from an event)")
PENALTY = "CONVENTIONS.md round 32 / round 33: penalties (a bar 「取消其3年内…资格」) are not targets"
UNITHEAD = ("CONVENTIONS.md rule 1 and round 38: an article heading that names a party 「第五条 建设单位责任」 is a unit heading for "
            "the items under it; sentences in the item then add nothing")
PERSONS = ("CONVENTIONS.md round 30 / round 45 / round 46 / round 48: persons — posts, staff of a body 「安装单位项目经理」, experts "
           "and their panels — are never units, and their duty articles are no tasks")
RULES = ("CONVENTIONS.md round 48 (x224_02 confirmed): articles that state what a member of the public (职工, 借款人) must do or "
         "hand in are rules for the public, no tasks (rounds 36, 37, 41); round 35: an applicant's materials list is text")
GENART = ("CONVENTIONS.md round 30: articles of general provision (purpose and basis, scope, definitions, interpretation, entry "
          "into force) and round 34's 参照 articles are not tasks; round 48 (decided): 「本办法由A负责组织实施」 as a closing "
          "article is one too; a count that includes them is accepted")
NOWORK = ("CONVENTIONS.md round 33: an article with no work among articles of work (a principle, a statement with no doer) is a "
          "task only in a plan that names no units at all; a count that includes it is accepted")
SUBJLESS = "CONVENTIONS.md round 43: rule points with no subject are tasks where they give work"
ITEMS = "CONVENTIONS.md round 37: items numbered inside an article are its items (tasks where they give work)"
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2 or the article rule")
RULING = "RULING? "


def A(path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``) in the current file."""
    return S(path, lead, resp, targets, **kw, **art(CUR[0], path))


def one(path, unit, targets=(), note="", **kw):
    """An article (item) whose one doer is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw, **art(CUR[0], path))


CUR = [""]

# ---------------------------------------------------------------------------------------------------------
X01 = CUR[0] = "x232_01_shi-gongjijin-2023-tiqu-guanli-banfa.txt"
P01 = "上海市住房公积金提取管理办法"
GJJ = "上海市公积金管理中心"
S01 = [
    one(["第四条"], "上海市住房公积金管理委员会",
        responsible_alternatives=[["市公积金管委会"]],
        note="「上海市住房公积金管理委员会（以下简称市公积金管委会）是本市住房公积金管理的决策机构，负责制定…、审批…、确定提取限额…」 — "
             + DESIG + "; " + SHORT + "; " + NODATE),
    A(["第五条"], [], [GJJ, "市公积金中心各区管理部"],
      responsible_alternatives=[["市公积金中心", "管理部"]],
      note="「上海市公积金管理中心（以下简称市公积金中心）是本市住房公积金提取的管理机构，负责审批…」 — " + DESIG + "; 「市公积金中心"
           "各区管理部（以下简称管理部）负责承办住房公积金具体提取业务」 — the subject of 负责 (rule 2), 「X下属Y」-like 「A各区管理部」 "
           "one name as printed (round 34); " + SHORT + "; two doers, no 牵头: lead [] (round 30); " + NODATE),
    one(["第六条"], "市公积金中心",
        note="「市公积金中心按照规定委托受委托银行办理提取受理业务…」 — " + PIVOT + " (受委托银行 no unit); the short name is the name "
             "printed here (round 38); " + NODATE),
    one(["第十三条"], "市公积金管委会",
        note="an applicant's materials article (「职工…应当按以下情形提供材料：（一）…（五）」, " + RULES + ") whose last sentence gives work "
             "to a body: 「毗邻城市范围由市公积金管委会确定」 — " + BY + "; read as a task, as round 36's 参照 article that also gives work "
             "「…由不动产登记机构办理」 and round 41's 「具体办法由A制定」 inside an article — " + RULING + "1 (the count 18 without it is "
             "accepted); （一）–（五） are materials lists (text, round 35); " + NODATE),
    A(["第二十九条"], [], ["市公积金中心", "市公积金管理中心"],
      responsible_alternatives=[["市公积金中心"], ["市公积金管理中心"]],
      note="「职工应当…提出提取申请」「社会中介机构和个人不得…」 are rules for the public (" + RULES + "); 「市公积金中心应当要求职工签署提取"
           "承诺书，并向其充分揭示…」 and 「市公积金管理中心定期对申请人的相关信息进行复核」 — " + ARTSUBJ + "; one body printed two ways "
           "in one article is given as printed each time, either alone accepted (round 48: x221_01 第十条, x224_02 第七条); 管理部 and "
           "受委托机构 only receive the applications (" + RECV + "); no 牵头: lead []; 「定期」 is a rhythm: " + NODATE),
    one(["第四十二条"], "市公积金中心",
        note="「任何单位、组织或者个人不得…」 a prohibition to the public (round 36: text); 「市公积金中心按规定协调公安、通信、城管、网信等部门"
             "开展清理和治理，对违规的单位、组织或者个人依法予以查处」 — " + ARTSUBJ + " (协调 and 予以查处, round 41: the subject of 予以落实 "
             "is a doer); 公安、通信、城管、网信等部门, the object of the pivot 协调, are no units (round 30; 第九章 监督 is no work heading, "
             "round 42: 「监督管理」 alone); " + NODATE),
    one(["第四十三条"], "市公积金中心", not_targets=[(3, "年")],
        note="「…的，市公积金中心应当责令职工限期退回…，…对职工处以罚款」「市公积金中心应当依法移送司法机关处理」 — an article whose clauses "
             "are the body's response to its cases: the body is a doer (round 34: 「对…的，由A处罚」; " + ARTSUBJ + "); 「可视情况通报其工作"
             "单位」 an option; 「取消其3年内提取住房公积金…资格」 — " + PENALTY + "; 司法机关 receives (rule 3); 「限期」 names no date: "
             + NODATE),
]
plan(X01,
     title=P01,
     title_note="the rules' title (lines 1 and 3, printed twice: the site's heading and the rules' own line)",
     doc_no="沪公积金管委会〔2023〕4号 (from the stored front matter; the text prints no number)",
     issuer="上海市住房公积金管理委员会",
     date="2023-03-31",
     date_note="signed 二〇二三年三月三十一日 (the front matter the same); in force 2023年4月1日, valid five years",
     level="a city committee (Shanghai's housing provident fund management committee), rules on withdrawing provident-fund "
           "savings: the bodies and their duties, the cases, the materials, frequency and amounts a member must meet, "
           "acceptance and review by the centre's district offices, digital services, supervision and sanctions",
     source=src(P01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0064::3b0cf5b5f852454c8ed04f26f51c3397", 8638),
     style="no cover: the title twice, ten chapters 「第一章 总则」 … 「第十章 附则」 over fifty articles 「第N条 text」 (the article label "
           "run in with its text), lists 「（一）…」 under some articles (cases, materials, amounts), a second list restarting at "
           "（一） inside 第十九条; the signature and the date in Chinese numerals; blank lines between all paragraphs",
     leaf_tasks=19, count_alternatives=[18, 20, 21],
     leaf_tasks_by_section={"第一章 总则": 3, "第二章 提取范围": 1, "第三章 提取条件和办理材料": 2, "第四章 提取频次及额度": 1,
                            "第五章 提取申请": 1, "第六章 提取受理及审核": 4, "第八章 数字化服务": 3, "第九章 监督": 4},
     childless_top_level_sections=[],
     samples=S01,
     plan_targets=[
         {"number": 12, "unit": "个月",
          "note": "第二十六条（三） 「应当在审批文件批准之日起12个月以内申请」 — a time limit with 以内 is a target (round 33); the article "
                  "states a member's terms (no task, " + RULES + "), so its thresholds are plan targets (round 48: x224_04 第八、九条 "
                  "confirmed)"},
         {"number": 1, "unit": "年",
          "note": "第二十六条（一） 「两次提取时间间隔至少一年」 — 至少 (round 30's line), in an article that is no task: a plan target "
                  "(round 48)"}],
     phases=[], duties=[],
     notes=["counting (articles that give work to a body are tasks; the rest are rules for the public or general provisions): "
            "第一、二条 purpose and scope, 第三条 a principle (" + NOWORK + ") — no tasks; 第四、五、六条 → 3; 第七–十条 (cases, limits "
            "for members) none; 第十一条 (市公积金中心应当…协助人民法院执行, " + ARTSUBJ + ") → 1; 第十二条 (members' identity papers; "
            "「由其监护人代为办理」 a person) none; 第十三条 → 1 (RULING? 1); 第十四–二十四条 (materials) none, 第十七条's 「本市房管部门"
            "向市公积金中心备案」 a filing (round 42), no work; 第二十五条 → 1; 第二十六、二十七条 (frequency and amounts) none; 第二十八条 "
            "(提取限额由市公积金管委会…确定) → 1; 第二十九条 → 1; 第三十条 none; 第三十一–三十四条 → 4 (第三十四条's （一）–（六） are cases: "
            "one task, round 35); 第三十五条 (transfer by bank, a term) and 第三十六条 (a member's option 「职工可与…签订」, 由职工委托 — a "
            "person) none; 第三十七–三十九条 → 3; 第四十条 (「…提取管理应当接受…监督」: 接受 names no work, round 44's verbs of having) "
            "none; 第四十一–四十四条 → 4; 第四十五–五十条 general provisions (" + GENART + ") → **19**. Accepted: 18 (第十三条 as an "
            "applicant's article), 20 (第四十九条 or 第四十条 counted), 21 (both).",
            "units: 市公积金管委会 (designation, 负责, 由…确定), 市公积金中心 (designation, 委托, the article rule), printed once as "
            "市公积金管理中心 (第二十九条), 管理部, 受委托机构／受托机构 (as printed, two spellings in 第三十一–三十四条); members, guardians, "
            "heirs, 社会中介机构和个人 (the public), 人民法院, 司法机关, 公安、通信、城管、网信等部门 (objects) are no units",
            "dates: 2023年3月31日 (signature), in force 2023年4月1日, valid five years; 3个工作日内, 5年内, 12个月以内 (limits from an "
            "event); no deadline, no phases, no duties (第十七条's 备案 is a filing, round 42)",
            "figures: plan targets 12个月 (以内), 1年 (至少); not targets 满3个月, 满6个月, 满半年 (terms with no comparison word), "
            "3人及以上家庭 (a class of household, round 34), 3个工作日 (a limit from an event), 3年 (a penalty), 5年 (validity), "
            "document numbers"])

# ---------------------------------------------------------------------------------------------------------
X02 = CUR[0] = "x232_02_shi-zhujianwei-2026-weida-gongcheng-zhuanjia-lunzheng-guanli-banfa.txt"
P02 = "上海市危险性较大的分部分项工程专家论证管理办法"
N02 = "上海市住房和城乡建设管理委员会关于印发《" + P02 + "》的通知"
WJW = "上海市住房和城乡建设管理委员会"
KJW = "上海市住房和城乡建设管理委员会科学技术委员会事务中心"
S02 = [
    A(["第三条(管理机构)"], [], [WJW, "上海市建设工程安全质量监督总站", KJW],
      responsible_alternatives=[["市住房城乡建设管理委", "市安质监总站", "市住建委科技委事务中心"]],
      note="「A是方案论证监督管理工作的主管部门」 — " + DESIG + "; 「市安质监总站…负责…具体实施」「市住建委科技委事务中心…负责建立和管理"
           "方案论证专家库，组织开展…，并负责建立与维护…」 — rule 2 (负责, 组织开展); the heading 管理机构 is round 34 / round 40's 管理部门／"
           "管理主体 heading (every body given work is a unit) — the same three either way; " + SHORT + "; no 牵头: lead []; " + NODATE),
    A(["第四条(论证方式)"], [], ["施工单位", "总承包单位"],
      responsible_alternatives=[["施工单位"]],
      note="「施工单位应当…组织工程技术人员编制专项方案」「施工单位应当组织召开专家论证会」 — 组织＋work (round 34; " + ARTSUBJ + "); "
           "「实行总承包的，由总承包单位组织召开专家论证会」 — the article's own work split by its objects (round 34: 「实行X的由A负责」; "
           "round 40 / round 42: a 「…的，由A…」 step after a branch is the article's work) → 总承包单位 a doer; 「施工单位应在市住建委科技委"
           "事务中心指导下开展论证活动」 — " + RECV + "; （一）（二） are kinds of project (a list that gives no work, round 35: text); "
           "role-like kinds are bodies (round 47, q44c); no 牵头: lead []; " + NODATE),
    A(["第五条(建设单位职责)", "（一）"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
      responsible_alternatives=[["建设单位", "施工单位", "监理单位"]],
      note="「督促施工单位、监理单位履行方案论证的相关职责」 — " + UNITHEAD + " → 建设单位; the heading is also a 「X职责」 heading "
           "that gives out work (round 38), under which the objects of 督促 given work are units (round 37) — " + RULING + "2 (the "
           "three bodies accepted); " + ITEMS + "; " + ONE + "; " + NODATE),
    one(["第六条(施工单位职责)", "（二）"], "施工单位", [(2, "个工作日")],
        note="「负责专家论证的组织工作；应于专家论证会议前不少于2个工作日，提交具备论证条件的专项方案」 — " + UNITHEAD + " (and 负责, "
             "rule 2); 「不少于2个工作日」 — a time limit with a comparison word is a target (round 33); " + ITEMS + "; " + NODATE),
    A(["第八条(相关单位职责)"], [], [],
      lead_alternatives=[["勘察、设计、检测、监测等相关单位"]],
      responsible_alternatives=[["勘察、设计、检测、监测等相关单位"]],
      note="「勘察、设计、检测、监测等相关单位可以对方案提出合理建议，配合施工单位完成专项方案的编制、论证和实施」 — 可以 makes the "
           "sentence an option, and 可 reaches every verb joined to it (round 40), so 配合 names no doer; the heading 「相关单位职责」 names "
           "相关单位, a catch-all (round 33), not a party — " + RULING + "3 (the group as printed — fields closed by a shared head, one "
           "name, round 48's x220_02 4.1 — accepted as lead and responsible); read as a task (an article on a party's duties; the "
           "count 25 without it accepted); 施工单位 is the body served (round 46, x150_01); " + NODATE),
    one(["第十条(专家库管理)"], "市住房城乡建设管理委", [(3, "个")], not_targets=[(5, "年")],
        note="「本人自愿，经专家库管理部门审核通过，公示后，由市住房城乡建设管理委批准，进入专家库」 — " + BY + " (批准, like 审批／认定, "
             "round 30); 专家库管理部门 approves (" + RECV + ", 经A); 「每位专家在专家库内任职专业类别不超过三个」 — 不超过 (round 30's line) "
             "→ 3个; 「聘期5年」 a term with no comparison word (round 40: 「一般为3-5年」) → not a target; 6个专业类别 a count of kinds, "
             "no comparison word, not checked; " + NODATE),
    one(["第十九条(监督管理职责)", "（三）"], "市住建委科技委事务中心",
        note="「市住建委科技委事务中心负责对论证专家的工作质量、工作纪律进行监管，按年度进行诚信评估。…年度诚信评估结果予以公示，并报市住房城乡"
             "建设管理委」 — rule 2 (负责) under a 「X职责」 heading (round 38); the yearly sending to 市住房城乡建设管理委 is a duty (below; "
             "rounds 40, 41: a report named by its rhythm) and the receiver is no unit (rule 3); 「按年度」 a rhythm, no deadline (round "
             "34): " + NODATE),
]
plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (line 31, after the cover) or the notice title (lines 1 and 21): either",
     doc_no="沪建规范〔2026〕2号 (printed in the cover, line 23; 「沪建规范〔2026〕2 号」 in the site's 文件编号 field)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2026-03-20",
     date_note="the cover is dated 2026年3月20日 (the site's page 2026-04-13); in force 2026年7月1日, valid to 2031年6月30日",
     level="a city commission (Shanghai's housing and urban-rural construction commission), rules on expert review of the "
           "construction plans for large hazardous works: the bodies, the parties' duties, the experts and their pool, the "
           "review's requirements, supervision; two attachments (the meeting's procedure, what is supervised)",
     source=src("上海市住房和城乡建设管理委员会关于印发《" + P02 + "》的通知.md",
                "https://zjw.sh.gov.cn/gfxwj/20260413/9e390eb045d44070b6279050a3937279.html", 6671),
     style="the site's field block (索取号, 发布机构, 文件编号 「沪建规范〔2026〕2 号」 …, one field a line), the cover (title, number, "
           "addressees, one sentence, date); the rules' title; six chapters 「第一章 总则」 over 24 articles 「第N条(heading)」 on their "
           "own line (ASCII brackets, some full-width 「第九条（入库条件）」) with the text below; items （一）–（六） under some articles; "
           "第二十二–二十四条 run in 「第二十二条 text」; an 「附件：1.… 2.…」 line, 附件1 (一、–六、 with items) and 附件2 (一、–四、); the "
           "site's 「相关稿件」 line at the end",
     leaf_tasks=26, count_alternatives=[25, 27, 31],
     leaf_tasks_by_section={"第一章 总则": 2, "第二章 相关单位职责": 13, "第三章 专家和专家库管理": 1, "第四章 论证工作要求": 3,
                            "第五章 监督管理": 7},
     childless_top_level_sections=[],
     samples=S02,
     plan_targets=[
         {"number": 15, "unit": "年",
          "note": "第九条（三） 「从事相关专业领域工作十五年以上」 — 以上 (round 30's line) in a conditions article that is no task (the "
                  "experts' entry conditions, round 35): a plan target (round 48: x224_04 第八、九条)"},
         {"number": 8, "unit": "课时",
          "note": "第十二条（五） 「每年不少于8课时」 — 不少于, in the experts' duties, which are no task (" + PERSONS + "): a plan target "
                  "(round 35: a frequency with a floor; round 48)"}],
     phases=[],
     duties=[{"what": "市住建委科技委事务中心按年度进行诚信评估，日常监督情况、年度诚信评估结果予以公示，并报市住房城乡建设管理委",
              "when": "按年度", "when_norm": "yearly",
              "note": "第十九条（三）: a body the rules task sending its yearly results to the issuing commission — a duty with the "
                      "rhythm it names (round 40: a standing rhythm of reporting to the issuing office; round 41: a report named by "
                      "its rhythm); 第十八条's upload of the 论证报告 to the system by 施工单位 and 第十九条（一）'s feedback by the parties "
                      "are a regulated party's filings (round 41), no duties"}],
     notes=["counting (to the 附件 line, EXPECTED.md; round 48 on x221_02): the cover (「请认真按照执行」) no task; 第一、二条 general "
            "provisions; 第三条 → 1; 第四条 → 1 (its （一）（二） kinds of project, text); 第五条 （一）–（三） → 3 (the closing 「建设单位不得"
            "擅自要求…」 a prohibition with no work, no task: 27 accepted); 第六条 （一）–（五） → 5; 第七条 （一）–（三） and the closing "
            "paragraph 「施工单位未履行…的，监理单位应按规定处理和报告」 that gives work → 4 (round 36 / round 38: a closing paragraph after "
            "an article's items that gives work is one more task; 25 without it accepted); 第八条 → 1 (RULING? 3); 第九条 (entry "
            "conditions, round 35), 第十一条 (experts' rights) and 第十二条 （一）–（五） (experts' duties: " + PERSONS + ") no tasks "
            "(31 accepted: 第十二条's five items counted); 第十条 → 1; 第十三条 → 1; 第十四条 (「应符合附件1的要求」, its whole content "
            "points elsewhere, round 34 / round 48) none; 第十五条 (the experts' meeting's report and its three cases: persons) none; "
            "第十六条 → 1; 第十七条 (「建设单位、施工单位可申请…复核指导」, an option to apply) none; 第十八条 → 1; 第十九条 （一）–（三） "
            "→ 3; 第二十条 （一）–（三） (run-in headed items with no subject, " + SUBJLESS + ") → 3; 第二十一条 (subjectless) → 1; "
            "第二十二–二十四条 general provisions (第二十三条 「具体办法由…另行制定」, round 39) → **26**. 附件1 and 附件2 (a meeting's "
            "procedure and a checklist of what is supervised) are attachments after the 附件 line: not counted.",
            "units: the three city bodies of 第三条 (full names where defined, short names later, as printed); 施工单位, 总承包单位, "
            "建设单位, 监理单位 (role-like kinds, round 47); 各级工程监督机构 (第十九条（二）, 负责); experts, 专家组, 组长, 技术负责人, "
            "总监理工程师 (persons); 参建相关各方 (第十九条（一）, a general call, round 44); 勘察、设计、检测、监测等相关单位 (RULING? 3)",
            "dates: 2026年3月20日 (the cover), in force 2026年7月1日, valid to 2031年6月30日; 不少于2个工作日 (a target), 7个工作日内 "
            "(a limit from an event), 按年度／每年度 (rhythms); no deadline, no phases; one yearly duty",
            "figures: targets 2个工作日 (不少于), 3个 (不超过), 5名 (第十三条 不少于5名), 三分之一 (第十六条 「不得多于原专家的三分之一」: "
            "多于 is not on the line's list, not checked); plan targets 15年, 8课时 (and 三年以上, 五年以上 in 第九条, not checked); not "
            "targets 70周岁 (an age band naming persons, round 31), 聘期5年, 6个专业类别, 1-2名 (an option 可增选, not checked), 住建部令第37号, "
            "建办质〔2024〕63号, 建办质〔2021〕48号"])

# ---------------------------------------------------------------------------------------------------------
X03 = CUR[0] = "x232_03_shi-zhujianwei-2020-jianzhu-shigong-jixie-anquan-jiandu-guanli-guiding.txt"
P03 = "上海市建筑施工机械安全监督管理规定"
N03 = "上海市住房和城乡建设管理委员会关于印发《" + P03 + "》的通知"
GROUP5 = "总承包、安装、拆卸、检验检测、监理、建设等单位"
CITYDIST = "市、区建设行政管理部门"
S03 = [
    A(["第三条（管理部门）"], [], [WJW, "上海市建设工程安全质量监督总站", "区建设行政主管部门", "各区安全质量监督机构"],
      responsible_alternatives=[["市住房城乡建设管理委", "市安质监总站", "区建设行政主管部门", "各区安全质量监督机构"]],
      note="「A是本市建筑施工机械的主管部门」 — " + DESIG + "; 「市安质监总站负责…」「区建设行政主管部门负责…」「各区安全质量监督机构负责…」 "
           "— rule 2 (负责); the heading 管理部门 gives out work (round 34) — the same four either way; the full names are printed "
           "with spaces the page put in 「市住房城乡 建设管理委」「上海市建设工 程安全质量监督总站」 (squashed by the scorer); " + SHORT
           + "; 各区 a kind (round 32); no 牵头: lead []; " + NODATE),
    A(["第五条（安全管理和监督职责）", "（三）"], [], [GROUP5],
      responsible_alternatives=[["总承包单位", "安装单位", "检验检测单位", "监理单位", "建设单位"]],
      note="「制定完善施工机械安全管理制度、岗位责任制、操作规程和应急预案」 — the item names no body, so it takes the lead-in's 「建筑施工机械"
           "管理相关的总承包、安装、拆卸（以下简称安装单位）、检验检测、监理、建设等单位应各自履行下列安全管理和监督职责：」 (rule 4; round 37: 「…"
           "具体职责为：」 inside an article gives out work to the items under it); the 的-phrase gives the name after the last 的 (round 32); "
           "fields joined by 、 before one head 单位 are one name as printed (round 31, round 35, round 48's x220_02 4.1), 「（以下简称"
           "安装单位）」 dropped (round 35), 等 kept (not final) — " + RULING + "4 (the bodies of 第六–十条 as five names accepted); "
           + ITEMS + "; lead []; " + NODATE),
    one(["第六条（总承包单位）", "（二）"], "总承包单位",
        note="「按规定组织编制、审核审批、论证专项施工方案、应急预案，委托检验检测，组织进场验收…，定期检查、维护保养建筑施工机械」 — " + UNITHEAD
             + " (and 组织＋work, round 34); the commissioned testers are the object of 委托 (round 35); " + ITEMS + "; 「定期」 a rhythm: "
             + NODATE),
    A(["第十二条（合同与安全协议）"], [], ["总承包单位", "产权单位", "安装单位"],
      responsible_alternatives=[["总承包单位"]], not_targets=[(30, "日")],
      note="「总承包单位与产权单位应签订租赁合同」「总承包单位与安装单位应签订安装合同」 — inside 第X条 articles 「A与B签订…」 without 由 makes A a "
           "doer and B a co-signatory read like 会同 (round 48, governs: round 44 over round 42) → 总承包单位, 产权单位, 安装单位 (the closed-list "
           "reading, A alone, accepted); 「总承包单位应将合同信息录入《…系统》」 the same doer; 「安装、拆卸合同签订 30 日内」 — " + EVENT
           + "; no 牵头: lead []; " + NODATE),
    A(["第十九条（方案审批）"], [], ["相关职能部门"], responsible_alternatives=[[]],
      note="「专项施工方案应当由总承包单位技术负责人及相关职能部门审核签字、加盖单位公章，并由总监理工程师审查签字…」 — " + BY + "; 及 joins two "
           "names (round 34), the shared modifier 总承包单位 stays with the first (round 40), and 技术负责人 and 总监理工程师 are persons ("
           + PERSONS + ") → 相关职能部门, a kind (round 33: 有关部门／相关部门) — " + RULING + "5 (none accepted: the contractor's own "
           "departments read as part of a person's sign-off); 「…报总承包单位按上款流程审核审批」 — a sending for approval (round 46: a "
           "step of approval, no duty), 总承包单位 the approver (rule 3); lead []; " + NODATE),
    A(["第二十三条（安装、拆卸管理）", "（一）"], [], [],
      note="「安装单位项目经理应带班生产，巡视管理人员到岗履职情况，项目技术人员应进行现场指导，安全管理人员应对…进行现场监督」 — staff of a body "
           "are persons (" + PERSONS + "; round 45: 「由市环保局专家…」); the lead-in 「相关各方应加强带班生产、现场监督、巡视抽查…，具体如下:」 "
           "is a general call (round 44: 各参与方／各方面; 相关各方 names no kind), so rule 4 gives nothing: lead [], responsible []; "
           + ITEMS + "; " + NODATE),
    A(["第三十二条（日常检查）"], [], ["总承包单位", "监理单位"], [(1, "次")],
      note="「总承包单位应当每月不少于一次组织对建筑施工机械的日常检查」 — 组织＋work (round 34); 「监理单位应对总承包单位检查的情况进行督查」 — "
           + ARTSUBJ + "; 「每月不少于一次」 — a frequency with a floor is a target (round 35: 「至少两年开展一次」) → 1次; 「台风前后、工程停工"
           "复工前」 are times from events; 每月 a rhythm, no deadline (round 34); no 牵头: lead []; " + NODATE),
    A(["第三十八条（信息化监管）"], [], [CITYDIST, "建设、施工、监理、检验检测单位"],
      responsible_alternatives=[[CITYDIST, "建设单位", "施工单位", "监理单位", "检验检测单位"]],
      note="「市、区建设行政管理部门，建设、施工、监理、检验检测单位应有效利用信息化监管手段，强化…日常动态管理」 — " + ARTSUBJ + "; 「市、区X部门」 "
           "is one name as printed (round 30), and fields joined by 、 before one head 单位 are one name as printed (round 31; the split "
           "reading accepted, as round 41 accepts 「相关街镇、管委会土地管理部门」 both ways) — " + RULING + "4; no 牵头: lead []; " + NODATE),
]
plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 33, after the cover) or the notice title (lines 1 and 21): either",
     doc_no="沪住建规范〔2020〕4号 (printed in the cover, line 23; 「沪住建规范〔2020〕4 号」 in the site's 文件编号 field)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2020-04-10",
     date_note="the cover is dated 二○二○年四月十日 (the site's page 2020-06-15); in force 2020年5月1日, valid to 2025年4月30日 (extended "
               "to 2027年4月30日 by 沪建规范〔2025〕5号, a separate notice passed in the walk)",
     level="a city commission (Shanghai's housing and urban-rural construction commission), rules on the safety supervision of "
           "construction machinery: the authorities, the duties of contractors, installers, testers, supervisors and owners, "
           "installation, use, supervision and liability",
     source=src("上海市住房和城乡建设管理委员会关于印发《" + P03 + "》的通知.md",
                "https://zjw.sh.gov.cn/gfxwj/20200615/facee835090648dc8dee2f3cbc2b6366.html", 6423),
     style="the site's field block, the cover (title, number, addressees, one paragraph, 「特此通知。」, date in Chinese numerals); the "
           "rules' title; seven chapters over 45 articles 「第N条（heading）」 on their own line (one 「第二十一条(作业验收)」 with ASCII "
           "brackets) with the text below; items （一）–（五） under many articles; spaces left inside words by the page's line breaks "
           "「建筑施工 机械」; one article's text broken over two paragraphs mid-sentence (第十四条); the site's 「相关稿件」 line at the end",
     leaf_tasks=48, count_alternatives=[47, 49, 52],
     leaf_tasks_by_section={"第一章 总则": 1, "第二章 管理职责": 19, "第三章 安装、拆卸管理": 13, "第四章 使用管理": 12,
                            "第五章 监督管理": 3},
     childless_top_level_sections=[],
     samples=S03,
     plan_targets=[], phases=[], duties=[],
     notes=["counting (articles and the items inside them that give work, round 37): the cover no task; 第一、二条 general provisions; "
            "第三条 → 1; 第四条 (管理原则, a principle, " + NOWORK + ") none (49 accepted); 第五条 （一）–（五） → 5; 第六条 3, 第七条 2, "
            "第八条 4, 第九条 3, 第十条 2 → 14; 第十一条 (岗位职责: 项目经理, 安全员, 机械员, 司机 — " + PERSONS + ") none (52 accepted with "
            "its four items); 第十二–十四条 → 3 (第十三条's （一）（二） list documents to check, text, round 37); 第十五条 (禁用机械: 「施工现场不得"
            "使用…」 a prohibition with no body and its cases, round 36) none; 第十六、十七条 → 2; 第十八条 (「应根据《…》要求编制」, whole "
            "content points elsewhere, round 34 / round 48) none; 第十九–二十二条 → 4 (第二十一条's （一）–（四） are conditions, text); "
            "第二十三条 （一）–（三） → 3; 第二十四条 (产权登记 by the owner of its own machine: a party's own registration, round 48 on "
            "x224_01 第二十二条) none; 第二十五条 (填报, a filing, no doer, but the article gives the contractor something to do) → 1; "
            "第二十六–四十条 → 15 (第二十六、三十三、三十七条 subjectless, " + SUBJLESS + "; 第三十六条's 网上使用登记 a filing, no doer); "
            "第四十一–四十四条 (法律责任: 「未按本规定…的，依据…进行处置」, a consequence, round 48 decided) none; 第四十五条 参照 and entry "
            "into force → **48**. Accepted: 47 (第二十五条 or 第三十六条 read as a party's filing, no task), 49, 52.",
            "units: the city commission and 市安质监总站 (full names where defined), 区建设行政主管部门, 各区安全质量监督机构, 市、区建设行政"
            "管理部门 (one name); the parties by role (总承包单位, 施工总承包单位 in 第十七条, 安装单位, 检验检测单位／检验检测机构, 监理单位, "
            "建设单位, 产权单位, 租赁单位 — a doer only where a ruled form or the article rule makes it one; 租赁单位 is only an object of "
            "组织); persons (项目经理, 技术负责人, 总监理工程师, 特种作业人员); 工程监督机构 and 总承包单位 as receivers (rule 3)",
            "dates: 二○二○年四月十日 (the cover), in force 2020年5月1日, valid to 2025年4月30日; 30日内, 3个工作日内, 7个工作日内 (limits "
            "from events), 每月, 每日, 定期, 不定期 (rhythms); no deadline, no phases, no duties (第八条（四） 「报工程监督机构备案」 and the "
            "system entries are a regulated party's filings, round 41 / round 42)",
            "figures: target 1次 (每月不少于一次, 第三十一、三十二条); not targets 30日, 3个工作日, 7个工作日 (limits from events), 有效期为一年, "
            "document and standard numbers (166号令, 37号令, 建办质[2018]31号, JGJ305, JGJ/T 189-2009, 沪府令52号, 公告第48号)"])

# ---------------------------------------------------------------------------------------------------------
X04 = CUR[0] = "x232_04_shi-zhujianwei-2025-zonghegan-sheshi-guanli-banfa.txt"
P04 = "上海市综合杆设施管理办法"
N04 = "上海市住房和城乡建设管理委员会关于印发《" + P04 + "》的通知"
CITY = "市综合杆管理部门"
DIST = "区综合杆管理部门"
OWNER = "搭载设施权属单位"
JIGOU = "综合杆管理机构"
S04 = [
    A(["第五条"], [], ["市住房城乡建设管理委", "市城市综合管理事务中心（市地下管线监察事务中心）", "建设行政管理部门", "区照明管理机构"],
      responsible_alternatives=[["市住房城乡建设管理委", "市城市综合管理事务中心", "建设行政管理部门", "区照明管理机构"],
                                [CITY, "市综合杆管理机构", DIST, "区综合杆管理机构"]],
      note="「市住房城乡建设管理委是本市综合杆设施的行政管理部门（以下简称“市综合杆管理部门”），负责…」「市城市综合管理事务中心（市地下管线监察"
           "事务中心）是本市综合杆设施的管理机构…，承担…具体工作，并负责…」「…临港新片区管委会的建设行政管理部门是…行政管理部门…，负责…」「区照明"
           "管理机构是该区综合杆设施管理机构…，具体承担…工作」 — " + DESIG + " (round 41: 承担＋work designates); a bracket naming one body "
           "two ways stays with the name (round 34, round 45: 「X（或Y）」 one name as printed; without the bracket accepted); the 的-rule "
           "gives 建设行政管理部门 (round 32; the districts before 的 describe it); the names 「（以下简称“X”）」 defines are the roles "
           "after 是, not these bodies' names — " + RULING + "7 (the four defined names accepted); no 牵头: lead []; " + NODATE),
    A(["第八条"], [CITY, DIST], [CITY, "市有关部门", DIST, "有关部门"],
      lead_alternatives=[[]],
      responsible_alternatives=[[CITY, "市有关部门", DIST, "本区有关部门"]],
      note="「市综合杆管理部门应当会同市有关部门，…组织编制全市道路综合杆设施发展规划」「区综合杆管理部门应当会同本区有关部门，…组织编制本区综合杆"
           "设施发展规划」 — " + HUI + "; two 会同 clauses are each read by their form (round 44), both leads; a partner named by its kind "
           "is a unit (round 42 continued: 「会同相关部门」); 本区 before a name is dropped like 本市 (round 41) and 本局 (round 43) → 有关部门 "
           "— " + RULING + "6 (本区有关部门 as printed accepted); " + NODATE),
    A(["第十一条"], [], ["道路工程建设单位", "各搭载设施权属单位", "市区两级综合杆管理部门"],
      note="「新建、改建、扩建道路…的，道路工程建设单位、各搭载设施权属单位，应当…同步建设综合杆设施，并将…迁移至综合杆设施」 — " + ARTSUBJ
           + " (the 的 clause is the scope of the article's own work, round 40: work split by its objects, not a case); 「市区两级综合杆管理"
           "部门应…同步开展综合杆建设」 — the same rule; a level group 「市区两级」 stays one name as printed (round 41: 「县乡两级」); no 牵头: "
           "lead []; " + NODATE),
    one(["第十四条"], "权属单位", not_targets=[(30, "个工作日")],
        note="「…通过工程验收的综合杆设施应当在30个工作日内将工程技术档案移交至综合杆管理机构备案…」 — a thing as subject names no body (round 41: "
             "「每个维保楼宇应定期组织」), and the 机构 receives (rule 3); 「同步实施的搭载设施由其权属单位接管」 — " + BY + " (其 dropped, "
             "round 38); 「30个工作日内」 counted from acceptance — " + EVENT + "; the 备案 is a filing (round 42), no duty; " + NODATE),
    one(["第十六条", "（二）"], "养护单位", [(4, "小时"), (1, "小时"), (2, "小时")], not_targets=[(24, "小时")],
        note="「接受24小时报修。影响搭载设施正常使用的一般故障处置时间不宜大于4小时，严重故障到场时间不应大于1小时、处置时间不应大于2小时」 — the item "
             "names no body and takes the lead-in's 「…由具备相应资质的养护单位具体实施。养护单位应达到以下工作要求：」 (rule 4; " + BY + "; the 的-rule "
             "gives 养护单位, round 32); 大于 is a comparison word (round 32) → 4小时, 1小时, 2小时 (ceilings of a standard, round 30); 「24小时"
             "报修」 names a round-the-clock service with no comparison word → not a target; " + ITEMS + "; " + NODATE),
    A(["第十八条"], [], [],
      note="「因建设工程施工或其他原因需要迁移、拆除、改动综合杆设施的，应当征询综合杆管理机构和搭载设施权属单位的意见，并…采取…必要措施。工程完成时，"
           "应当同时恢复或者新建综合杆设施，所需费用由需求方承担」 — " + SUBJLESS + "; the bodies consulted are no units (" + RECV + "); "
           "「费用由需求方承担」 names a payer (round 30 / round 37: a cost verb with 费用), no unit: lead [], responsible []; " + NODATE),
    A(["第二十四条"], [OWNER], [OWNER, JIGOU], lead_alternatives=[[]], not_targets=[(15, "日")],
      note="「…需要临时使用综合杆设施的；…需要临时立杆或…紧急安装搭载设施的，搭载设施权属单位应向综合杆管理部门提交临时搭载方案，经综合杆管理部门同意"
           "后，会同综合杆管理机构组织实施安装」 — " + HUI + " (组织实施, round 34), the article's whole work is the response to its cases "
           "(round 30 / round 43); 提交 is a filing (round 39) and 综合杆管理部门 approves (" + RECV + "); 「…结束后15日内，搭载设施权属单位应当自行"
           "拆除相关设施」 — the same doer; 15日 — " + EVENT + "; " + NODATE),
]
plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title (line 31, after the cover) or the notice title (lines 1 and 21): either",
     doc_no="沪建规范〔2025〕14号 (printed in the cover, line 23; 「沪建规范〔2025〕14 号」 in the site's 文件编号 field)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2025-12-01",
     date_note="the cover is dated 2025年12月1日 (the site's page 2026-01-06); in force 2026年1月1日, valid to 2030年12月31日",
     level="a city commission (Shanghai's housing and urban-rural construction commission), rules on shared roadside poles "
           "(综合杆): the city and district authorities and managing bodies, planning, building and hand-over, operation and "
           "maintenance, the facilities they carry and the services given",
     source=src("上海市住房和城乡建设管理委员会关于印发《" + P04 + "》的通知.md",
                "https://zjw.sh.gov.cn/gfxwj/20260106/4db1a32d1f9c4106948e96e1b141a4df.html", 4827),
     style="the site's field block, the cover (title, number, addressees, one paragraph, date); the rules' title; six chapters over "
           "26 articles 「第N条 text」 run in (「第十八条  」 with two spaces); items （一）–（四） under 第十六、十七、二十一、二十二条 (第十七条's "
           "with run-in headings 「（一）相互告知机制。…」); the ASCII comma in 第二十六条; the site's 「相关稿件」 line at the end",
     leaf_tasks=24, count_alternatives=[22, 25, 27],
     leaf_tasks_by_section={"第一章 总则": 3, "第二章 规划和计划": 2, "第三章 建设和移交": 5, "第四章 运行和养护": 11,
                            "第五章 搭载设施管理和服务": 3},
     childless_top_level_sections=[],
     samples=S04,
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover no task; 第一–三条 general provisions; 第四条 (a principle, " + NOWORK + ") none (25 accepted); "
            "第五、六条 → 2; 第七条 (a thing as subject that gives work, " + SUBJLESS + ") → 1; 第八、九条 → 2; 第十–十四条 → 5 (第十条 "
            "subjectless beside a prohibition to the public; 第十三条's four stage paragraphs are one article — stages with no time are no "
            "phases, round 33 — with 由综合杆管理机构审核 and 建设单位…组织开展…验收); 第十五条 → 1; 第十六条 （一）–（四） → 4 (the lead-in "
            "paragraph no task); 第十七条 （一）–（三） (the parts of the mechanism the article sets the bodies to build, round 45: functions to "
            "build are items) → 3 (22 accepted: one task); 第十八–二十条 → 3; 第二十一条 (classes of facility, definitions) none; 第二十二条 "
            "(the services the poles give, a statement of the scheme's terms with a payer 「由综合杆管理机构统一支付电费」, round 46 x204_04 / "
            "round 48: cost verbs) none (25 and 27 accepted: as one task, or its three items); 第二十三–二十五条 → 3; 第二十六条 entry into "
            "force → **24**.",
            "units: 市住房城乡建设管理委, 市城市综合管理事务中心（市地下管线监察事务中心）, the districts' 建设行政管理部门, 区照明管理机构 (第五条); "
            "the defined names 市／区综合杆管理部门, 市／区综合杆管理机构, 综合杆管理机构, 综合杆管理部门 as printed where they act; 市、区综合杆"
            "管理部门, 市区两级综合杆管理部门／机构 (one name each); parties by role 道路工程建设单位, 建设单位, 各搭载设施权属单位, 搭载设施权属单位, "
            "权属单位, 养护单位, 综合杆设施养护单位, 各设施权属单位; 需求方, 设施搭载申请单位, 提出单位 (payers); 任何单位和个人 (the public)",
            "dates: 2025年12月1日 (the cover), in force 2026年1月1日, valid to 2030年12月31日; 30个工作日内, 15日内 (limits from events), "
            "年度, 定期, 适时 (rhythms); no deadline, no phases, no duties (第十五条's yearly plan sent for approval is a step of approval, "
            "round 46 / round 47; 第十四条's 备案 a filing)",
            "figures: targets 4小时, 1小时, 2小时 (大于, 第十六条（二）); not targets 24小时 (a service's hours), 30个工作日, 15日 (limits "
            "from events), 四个阶段, 三类 (counts of kinds)"])

write_collected(DIR)
