# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next135/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 36 (built by helper c135): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at a153411e (round 29's ruling
on units written in sentences with the round-30 clarifications, round 30's rulings on thresholds and general
provisions, round 31's exceptions, and the round-32 to round-35 rulings and the early round-36 rulings). Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next135/make_expected.py tests/data/plans-next135
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
FOLDER = "规划与土地"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (做好, 编制, 签订, "
          "加强, 进行, 征询, 开展 without 组织 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
MEET = "CONVENTIONS.md units rule 2, 「（由）A会同B＋verb」: lead A (lead [] accepted), responsible A, B"
MAIN = ("an article of the document's own work (not purpose, scope, definitions, interpretation or entry into force): a "
        "task whether or not it names a unit (CONVENTIONS.md round 30 articles; round 34 headed points)")
PERSON = ("社区规划师 are hired persons (experts), not bodies: a person is never a unit (CONVENTIONS.md round 30, round 34), "
          "and hired persons' own duties give no unit and are no task (round 36, 「护林员职责」)")
CASE = "a clause inside a case 「…的，由A…」「遇有…，由A…」 is rule 3's case, not the item's work (CONVENTIONS.md rule 3)"


def art_sample(file):
    """Samples of one file located by their article label (``article_in``)."""
    def A(path, lead=(), resp=(), targets=(), **kw):
        return S(path, lead, resp, targets, **kw, **art(file, path))
    return A


# ---------------------------------------------------------------------------------------------------------
X01 = "x135_01_changning-2025-weishishi-jianshe-xiangmu-tudi-guanli-banfa.txt"
PLAN01 = "长宁区未实施建设项目土地管理办法"
NOTICE01 = f"关于印发《{PLAN01}》的通知"
A1 = art_sample(X01)

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="长规划资源规〔2025〕2号 (from the index; the stored text prints no number)",
     issuer="上海市长宁区规划和自然资源局",
     date="2025-07-16",
     level="district bureau (Shanghai Changning), to 区政府各委、办、局，各街道办事处，新泾镇政府",
     source=shanghai_source(FOLDER, "关于印发《长宁区未实施建设项目土地管理办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=007478142&siteId=0074", 2503),
     style="a cover (「…已经2025年6月30日区政府第109次常务会议审议通过，现予印发」, dated 2025年7月16日) then the 办法: 第一条–"
           "第十三条, each label alone on its line and its paragraphs below it; designations 「管理责任部门为A」 by kind of land "
           "(第四条), 负责 (第三条, 第五条), a case 「遇有…，由A牵头，会同相关部门召开…」, 由A委托B (第九条), an applicant "
           "「由各责任部门向区规划资源局提出申请」 and 「一般不超过两年」 (第八条), a list of bureaus with 进行监督和管理 (第十一条)",
     leaf_tasks=9, count_alternatives=[8, 13],
     leaf_tasks_by_section={"第三条–第十一条": 9},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A1(["第三条"], [], ["长宁区规划和自然资源局", "长宁区规划和自然资源管理事务中心"],
           lead_alternatives=[["长宁区规划和自然资源局"]],
           note="「长宁区规划和自然资源局(以下简称区规划资源局)是…综合管理部门，负责…综合管理、统筹协调等工作」: the subject of "
                "负责 (rule 2) — " + SUBJ + "; 「区规划资源局下属的长宁区规划和自然资源管理事务中心(以下简称管理事务中心)是该项工作的"
                "具体工作部门」: a designation of who does the work (CONVENTIONS.md round 32 / round 34: 「由A作为主责单位」「X的责任"
                "主体为A」 make A a doer; RULING?: 「A是…具体工作部门」 read as such a designation); names: 「(以下简称…)」 dropped "
                "(round 35), the 的-phrase 「区规划资源局下属的」 describes the name after it (round 34); 「上报区政府」 a sending "
                "(a duty, below); an article that gives work to a body, not a general provision (round 30); " + NODATE),
        A1(["第四条"], [], ["旧改征收实施单位", "各建设项目主体单位", "管理事务中心", "征收主体", "带征单位", "区规划资源局"],
           note="「管理责任部门为旧改征收实施单位／各建设项目主体单位／管理事务中心」「移交前管理责任部门为征收主体和带征单位」: "
                "designations hold whoever is designated (CONVENTIONS.md round 33, round 34: regulated parties by a kind are doers); "
                "「征收主体和带征单位」 two names (round 34: 「A和B」); 「区规划资源局…负有监管责任，…进行业务指导」: 「A负…责任」 a "
                "designation (round 35); 「各管理责任部门…负有主体责任」 refers back to the bodies just designated — a "
                "back-reference adds no unit (round 34; RULING?: the role 管理责任部门 is the document's own, round 33, but here "
                "it only restates the designations above it); names as printed (「管理事务中心」 as the article prints it); "
                "several designations, no 牵头: lead []; the article is read as work (designations of duty), not as a "
                "definition (the count 8 without it is accepted); " + NODATE),
        A1(["第五条"], [], ["各管理责任部门"], lead_alternatives=[["各管理责任部门"]],
           note="「各管理责任部门应明确具体工作部门和负责人，负责定期巡察管理的土地…并将土地管理情况报送管理事务中心」: the subject of "
                "负责 (rule 2), a role the document defines as a body (CONVENTIONS.md round 33) — " + SUBJ + "; 「区规划资源局定期"
                "联系…，汇总情况，开展巡察，定期上报」: " + CLOSED + "; 「遇有重要情况需要综合研究决定的相关事项，由各管理责任部门牵头，"
                "会同相关部门召开管理会议」: " + CASE + " (相关部门 not added); 负责人 a person; the two sendings are duties (below); "
                "「定期」 no date; " + NODATE),
        A1(["第八条"], [], [], [(2, "年")],
           note="「储备地块的临时利用一般不超过两年」: a ceiling joined to 不超过, a target (CONVENTIONS.md round 30 line; round 33: a "
                "time limit with a comparison word is a target); 「由各责任部门向区规划资源局提出申请」: an applicant is not a unit "
                "(round 30; round 34: 「由A申报」), 区规划资源局 a receiver (rule 3) — " + NONE + "; 「另行申请延期」 no subject; "
                + MAIN + "; " + NODATE),
        A1(["第九条"], [], ["管理责任部门"], lead_alternatives=[["管理责任部门"]],
           note="「临时利用的费用标准应当由管理责任部门委托专业土地估价机构…评估确定」: 「由A委托B＋verb」 — A the doer, B (the pivot's "
                "object) no unit (CONVENTIONS.md round 33) — " + SUBJ + "; 「管理责任部门应当与临时利用的单位签订合同」: " + CLOSED + "; "
                "「零星收入全部缴入国库」 no subject (a payment); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区规划资源局将未实施建设项目土地管理有关情况及时上报区政府", "when": "及时", "when_norm": None,
              "note": "第三条: a plan unit's sending to another body (CONVENTIONS.md round 32, round 35), no date"},
             {"what": "各管理责任部门将土地管理情况报送管理事务中心", "when": None, "when_norm": None,
              "note": "第五条: a plan unit's sending to another body of the plan (round 35), no date"},
             {"what": "区规划资源局定期联系各管理责任部门，汇总情况，定期上报", "when": "定期", "when_norm": None,
              "note": "第五条: a recurring report (plans-dev EXPECTED.md duties: reporting rhythms); 「定期」 names no rhythm"}],
     notes=["counting: 第一条 (purpose and basis), 第二条 (scope), 第十二条 (interpretation), 第十三条 (entry into force, "
            "validity) are general provisions (round 30); 第三条–第十一条 are the 办法's work → **9** (第六条, 第七条, 第十条, "
            "第十一条 name no doer by rule 2 but give work 「应…」: tasks, round 30 / round 34). Accepted: 8 (第四条 read as the "
            "definition of 管理责任部门), 13 (every article)",
            "units: not sampled — 第六条 (管理责任部门 做好／签订／加强: no rule-2 verb), 第七条 (编制预算; 实施政府采购 with no "
            "subject in its own paragraph — round 34 carries an elided subject only inside one paragraph), 第十条 (the 临时利用 "
            "user's obligations with no body; 「造成环境污染的，…由责任主体承担修复治理责任」 a case, rule 3; 管理责任部门应加强"
            "…监督检查: 加强), 第十一条 (「区建管委、财政局、…房管局等有关部门按照相应职责，对…进行监督和管理」: 进行 is no rule-2 "
            "verb — no unit, though the bodies are named)",
            "dates: none — 2025年6月30日 a meeting, 2025年7月16日 the cover, 2025年8月16日 / 2030年8月15日 entry into force "
            "and validity (general provisions); 「定期」「及时」「按时」 no date",
            "targets: 两年 (第八条, 不超过); 「24小时看管」 (第十条) a norm with no comparison word (no target, round 30); document "
            "number 长府办〔2018〕50号 and 第109次 not targets; no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x135_02_changning-2025-tudi-chubei-chengben-rending-guanli-banfa.txt"
PLAN02 = "长宁区土地储备成本认定管理办法"
NOTICE02 = f"关于印发《{PLAN02}》的通知"
A2 = art_sample(X02)

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="长规划资源规〔2025〕1号 (from the index; the stored text prints no number)",
     issuer="上海市长宁区规划和自然资源局",
     date="2025-07-16",
     level="district bureau (Shanghai Changning), to 区政府各委、办、局，各街道办事处，新泾镇政府",
     source=shanghai_source(FOLDER, "关于印发《长宁区土地储备成本认定管理办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=007478141&siteId=0074", 3156),
     style="a cover (dated 2025年7月16日) then the 办法: 第一条–第十五条, each label alone on its line; a 联席会议 set up with "
           "its members (第三条); lists of costs run into one paragraph 「：    1.…    2.…」 (four spaces before each number; "
           "第六条's 6.–8. start a second paragraph 「6.财务成本…」); 上报 / 报送 to the 联席会议 (第七、九、十条), 由A向B报送 "
           "(第十条), 由A负责召集 (第十二条), 加强 (第十三条), a 参照 article with 由A办理 and a case 「…的，由联席会议另行审议」 (第十四条)",
     leaf_tasks=9, count_alternatives=[8, 12, 13],
     leaf_tasks_by_section={"第三条, 第七条–第十四条": 9},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A2(["第七条"], [], ["区土地储备机构"], lead_alternatives=[["区土地储备机构"]],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区土地储备机构依据…编制项目投资估算报告，上报…联席会议」 — responsible 区土地储备机构 (the 联席会议 still only approves, rule 3), lead [] (A alone accepted as the lead); formerly: " "「区土地储备机构依据…编制项目投资估算报告，上报区土地储备成本认定管理工作联席会议。经联席会议认定后…」: 编制 and "
                "上报 — " + CLOSED + "; the 联席会议 approves (rule 3: 经A) — " + NONE + "; the report to the 联席会议 is a duty "
                "(round 32: a plan unit's sending to the plan's leading body); " + MAIN + "; " + NODATE),
        A2(["第十条"], [], ["项目实施单位", "区土地储备机构"],
           note="「由项目实施单位向…联席会议报送第一阶段项目决算」「由区土地储备机构向…联席会议报送第二阶段项目决算」: the agent of 由 "
                "with a verb of doing (rule 2; round 34: any verb of doing), two clauses — both bodies, in order; no 牵头: lead []; "
                "RULING?: round 34 makes 「由A向B备案」 an applicant's filing (no unit) — these are the plan's own operators "
                "reporting their project's accounts to the plan's 联席会议 (work of the plan, and duties, round 32), so read as "
                "doers; the 「两个阶段」 of a project's accounts carry no time: no phases; " + NODATE),
        A2(["第十二条"], [], ["提请单位"], lead_alternatives=[["提请单位"]],
           note="「…联席会议由提请单位负责召集，各成员单位同意后，办理…相关手续」: 由A负责召集 (rule 2) — " + SUBJ + "; the members "
                "only agree (rule 3: 经A同意); 提请单位 a kind of body (round 34: rule 2 does not ask who the body is); " + NODATE),
        A2(["第十四条"], [], ["项目实施单位"], lead_alternatives=[["项目实施单位"]],
           note="「…参照本办法规定执行，由项目实施单位根据本办法第七条、第八条等规定办理相关手续」: a 参照 article that also gives "
                "work 「由A办理」 is a task (CONVENTIONS.md round 36) — " + SUBJ + "; 「但因历史原因无法适用本办法部分条款的，由联席会议"
                "另行审议」: " + CASE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区土地储备机构编制项目投资估算报告，上报区土地储备成本认定管理工作联席会议", "when": None, "when_norm": None,
              "note": "第七条: a plan unit's sending to the plan's 联席会议 (CONVENTIONS.md round 32), no date"},
             {"what": "发生需要调整总投资情形的，项目实施单位应上报区土地储备成本认定管理工作联席会议，并书面说明原因", "when": None,
              "when_norm": None, "note": "第九条: a sending to the 联席会议 on a case (round 32), no date"},
             {"what": "由项目实施单位向区土地储备成本认定工作联席会议报送第一阶段项目决算", "when": None, "when_norm": None,
              "note": "第十条: a sending to the 联席会议 (round 32); 「完成拆平并移交…后」 a time from an event, no date"},
             {"what": "由区土地储备机构向区土地储备成本认定工作联席会议报送第二阶段项目决算", "when": None, "when_norm": None,
              "note": "第十条: a sending to the 联席会议 (round 32), no date"}],
     notes=["counting: 第一条 (purpose and basis), 第二条 (definition of 土地储备成本), 第四条–第六条 (the ranges of costs, "
            "「成本开支范围为：1.…」 — definitions; their numbered costs are a list that gives no work, text, round 35 / round 36), "
            "第十五条 (entry into force) are general provisions (round 30); 第三条 (建立…联席会议制度: work with no doer; its "
            "members and its office are set up by it, rule 3), 第七条–第十四条 → **9**; 第十一条's 1.–5. (what the members check) "
            "are a checklist inside one paragraph that gives no work of its own — text, one task (round 35). Accepted: 8 "
            "(without 第三条), 12 (with 第四–六条 as tasks), 13 (第十一条's five points as leaves, round 34's items numbered "
            "inside one paragraph)",
            "units: not sampled — 第三条 (「…为联席会议成员单位」 members; 「联席会议由各部门分管领导参加」 persons; 「办公室设在区规划"
            "资源局」 a set-up body's seat: no unit, rule 3), 第八条 (区土地储备机构 提出用款计划申请: an application, round 30), "
            "第九条 (项目实施单位 执行／上报: no rule-2 verb), 第十一条 (各成员单位 进行…认定: 进行), 第十三条 (成员单位 加强／健全, "
            "区审计局 加强…监督: no rule-2 verb) — all no unit",
            "dates: none — 2025年6月30日 a meeting, 2025年7月16日 the cover, 2025年8月16日 / 2030年8月15日 entry into force "
            "and validity; 「本办法施行前」 picks the projects",
            "targets: none — document numbers (国办发〔2006〕100号, 财综〔2018〕8号, 自然资规〔2025〕2号, 上海市人民政府令第71号, "
            "沪府规〔2021〕13号, 沪府规〔2022〕3号) are not targets; no phases (the two 决算 stages carry no time)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x135_03_jiading-2024-shequ-guihuashi-zhidu-shishi-banfa.txt"
PLAN03 = "嘉定区社区规划师制度实施办法"
NOTICE03 = f"上海市嘉定区规划和自然资源局关于印发《{PLAN03}》的通知"
A3 = art_sample(X03)

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="嘉规划资源〔2024〕13号 (from the index; the stored text prints no number)",
     issuer="上海市嘉定区规划和自然资源局",
     date="2024-09-11",
     level="district bureau (Shanghai Jiading), to 各镇人民政府，区政府相关委、办、局、街道办事处，嘉定工业区、菊园新区管委会",
     source=shanghai_source(FOLDER, "上海市嘉定区规划和自然资源局关于印发《嘉定区社区规划师制度实施办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_181167&siteId=0080", 2515),
     style="a cover (dated 2024年9月11日) then the 办法 in 第一章–第五章 (「第一章 总 则」 with a space) and 第一条–第十三条 run "
           "into their paragraphs 「第N条 …」; the 社区规划师's duties （一）–（四） (persons), selection conditions （一）–（三）, "
           "会同 clauses (第七、八、十条), 「聘期原则上不少于一年」, 「…等相关部门参与确定…」, a decision mechanism by kind of "
           "project （一）–（三）",
     leaf_tasks=6, count_alternatives=[5, 7, 8],
     leaf_tasks_by_section={"第三章 第七条–第九条": 3, "第四章 第十条–第十二条": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A3(["第七条"], ["区规划资源局"], ["区规划资源局", "街镇"], lead_alternatives=[[]],
           note="「区规划资源局会同街镇组织社区规划师的遴选工作」: " + MEET + " (组织＋work, round 34); 「鼓励各街镇挖掘…，优先聘任…」: "
                "鼓励 is no rule-2 verb and 各街镇 its object (CONVENTIONS.md round 30 closed list) — not added; 「接受各方推荐」 "
                "各方 names no body (round 32); " + NODATE),
        A3(["第八条"], ["各街镇"], ["各街镇", "嘉定区规划资源局"], [(1, "年")], lead_alternatives=[[]],
           note="「各街镇会同嘉定区规划资源局向社区规划师颁发聘书」: " + MEET + "; 各街镇 a kind, a doer with a rule-2 form (round 32); "
                "「聘期原则上不少于一年」: a floor joined to 不少于, a target (CONVENTIONS.md round 30 line; round 33: a time limit "
                "with a comparison word); " + NODATE),
        A3(["第十条"], ["街镇"], ["街镇", "区规划资源局", "区发展改革委", "区委社会工作部"], lead_alternatives=[[]],
           note="「街镇会同社区规划师制定年度工作计划」: 「A会同B＋verb」 with A a body — lead 街镇 ([] accepted); the partner "
                "社区规划师 is a person (" + PERSON + "); 「区规划资源局、区发展改革委、区委社会工作部等相关部门参与确定年度任务清单」: "
                "参与 after a rule-2 doer in the item makes the bodies responsible (rule 2 「B、C配合／参与／协助」; round 30 / round 34: "
                "「B配合」 after any doer; RULING?: 参与 in its own sentence, not after 牵头, read like 配合), the 等… tail dropped after "
                "separate heads (round 35); 「社区规划师…可适时对任务清单进行调整」 a person, an option; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条 (purpose and basis), 第二条 (guiding ideas, a principle: round 33), 第十三条 (entry into force "
            "and interpretation) are general provisions; 第三条, 第四条 （一）–（四） and 第五条 are the 社区规划师's own work and "
            "duties (" + PERSON + "); 第六条 （一）–（三） the conditions a candidate must meet (a list that gives no work, text; "
            "round 35) — no tasks; 第七条–第十二条 → **6** (第九条 「建立…考评及退出机制」 and 第十二条 「街镇…应与社区规划师进行沟通」 "
            "give work with no rule-2 doer: tasks, round 30; 第十一条 （一）–（三） are cases by kind of project — one task, "
            "round 35). Accepted: 5 (without 第九条, read as the persons' 述职), 7 (with 第六条 as one task), 8 (第十一条's "
            "three cases as leaves)",
            "units: not sampled — 第九条 (no subject for 建立; 社区规划师 述职: a person), 第十一条 (（一） 相关管理部门可以征询: an "
            "option; （二） 社区规划师提供专业指导: a person; （三） 街镇等相关部门…应征询…建议: 征询 no rule-2 verb), 第十二条 "
            "(街镇 应…沟通: no rule-2 verb) — no unit",
            "dates: none — 2024年9月11日 the cover; 「年度工作计划」「年度任务清单」 no date; 「自印发之日起施行」 entry into force",
            "targets: 一年 (第八条, 不少于); 「五年以上任职经历」 (第六条) a condition a candidate meets in a list that gives no "
            "work (text, no task); 「15分钟社区生活圈」, 2035总体规划 and document numbers 沪委办发〔2022〕29号, 沪规划资源详〔2024〕123号, "
            "嘉府发〔2019〕37号 are names or numbers, not targets; no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x135_04_baoshan-2024-shequ-guihuashi-zhidu-shishi-banfa-shixing.txt"
PLAN04 = "宝山区社区规划师制度实施办法（试行）"
NOTICE04 = f"关于印发《{PLAN04}》的通知"
A4 = art_sample(X04)

plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="宝规划资源〔2024〕2号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区规划和自然资源局, 中共上海市宝山区委社会工作部",
     date="2024-09-10",
     level="district bureau (Shanghai Baoshan), with the district party committee's social work department, to 各街道办事处、"
           "镇人民政府，各相关单位 (the index marks it 失效, expired 2026-09-09)",
     source=shanghai_source(FOLDER, "关于印发《宝山区社区规划师制度实施办法（试行）》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=20f8784a-a730-4b5b-a822-4df65a50e937&siteId=0078",
                            2438),
     style="a cover (two issuers, dated 2024年9月10日, 「各相关单位:」 with an ASCII colon) then the 办法 in 第一章–第五章 "
           "(「第一章  总则」 with two spaces) and 第一条–第十一条: some run into their paragraph, 第五–九条 headed 「第N条 名称」 "
           "over paragraphs; the 「1+12+X」 system (第四条), level paragraphs 「区级：」「街镇级：」「片区级：」 of the persons' duties "
           "and conditions (第五条, 第六条), 由A颁发 (第七条), 由A会同B组织 (第八条), 由A及B统筹做好资金保障 (第十条)",
     leaf_tasks=5, count_alternatives=[4, 6, 8],
     leaf_tasks_by_section={"第二章 第四条": 1, "第四章 第七条–第九条": 3, "第五章 第十条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A4(["第四条"], [], [], [(1, "个"), (12, "个")],
           note="「建立“1+12+X”的社区规划师体系，组建…三级联动志愿服务团队…“1”即成立1个区级社区规划师专家咨询委员会…“12”即12个"
                "街镇级社区规划师」: the counts the system is to have, targets of the item (plans-dev 01: quantities written in an "
                "item; RULING?: the figures explain the name 「1+12+X」, a name with digits, which is no target; 12个 counts "
                "persons placed, read as the system's size); no subject for 建立／组建／成立, 「委员会成员由…专家学者组成」 "
                "members (rule 3) — " + NONE + "; " + MAIN + "; " + NODATE),
        A4(["第七条 社区规划师聘任"], [], ["宝山区人民政府", "各街镇"],
           note="「由宝山区人民政府颁发聘书」「由各街镇颁发聘书」: the agent of 由 with a verb of doing (rule 2; round 34), two "
                "clauses — both, in order; no 牵头: lead []; 「聘期均为2年」 a term with no comparison word, a norm (no target, "
                "round 30; not checked); 「尊重街镇意见」 no doer; " + NODATE),
        A4(["第八条 社区规划师评定"], ["区政府相关部门"], ["区政府相关部门", "街镇"], lead_alternatives=[[]],
           note="「由区政府相关部门会同街镇组织社区规划师的评定」: " + MEET + "; 区政府相关部门 one name as printed (a kind, round 33: "
                "相关部门 is a kind); 「每年开展综合评定1次」 a rhythm with no floor word (round 35: only 「至少…一次」 is a target; not "
                "checked); the second paragraph 「建立社区规划师退出机制…」 no doer; " + NODATE),
        A4(["第十条"], [], ["区财政部门", "各街镇"],
           note="「由区财政部门及各街镇根据…统筹做好资金保障工作」: the agent of 由 with a verb of doing (统筹做好…工作, rule 2) — "
                "RULING?: round 30 makes 「由A承担／分担／保障」 with a cost as object a payer; here the verb is 统筹做好 and its "
                "object the work of securing funds, read as work (round 35: 「由政府按比例统筹用于…」 a doer); 「A及B」 two names "
                "(round 34); in 第五章 工作保障, a 保障 item that names a unit is a task (round 27, round 33); no 牵头: lead []; "
                + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 第一条, 第二条 (purpose and aims), 第十一条 (entry into force, validity 2026年9月9日) are general provisions; "
            "第三条 (the persons' work content), 第五条 (社区规划师职责 by level 「区级：」「街镇级：」「片区级：」) and 第六条 (任职条件 by "
            "level) give persons' duties and conditions (" + PERSON + "; round 35: conditions are text) — no tasks; 第四条 "
            "(the system set up), 第七条, 第八条, 第九条 (激励: 「将向…推荐」「予以奖励」 work with no doer), 第十条 → **5**. "
            "Accepted: 4 (without 第四条 or 第九条), 6 (with 第五条 as one task), 8 (第五条's three level paragraphs as tasks, "
            "round 36's level paragraphs; RULING?: they are the persons' duties, read as no task)",
            "units: not sampled — 第九条 (鼓励社区规划师…: persons; 「将向…实施单位推荐」 no subject, 实施单位 a receiver) — no unit",
            "dates: none — 2024年9月10日 the cover; 「聘期均为2年」 a term; 「每年」 a rhythm; 「有效期至2026年9月9日」 validity",
            "targets: 1个, 12个 (第四条); 「聘期均为2年」, 「每年…1次」 norms (no target); 「1+12+X」 a name; no phases, no duties"])

write_collected(DIR)
