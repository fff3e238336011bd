# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next199/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 44 (built by helper c199): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the "Round 44 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next199/make_expected.py tests/data/plans-next199
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
FOLDER = "城市更新与历史保护"
OTHER_COMMIT = "4d8fe162809354f56275a7791649e0cdff91b1f8"
LINKS = ("; the stored file also appends a 「## 附件（官方直链）」 list of the official PDF link after the text, removed with "
         "the wrapper (as plans-last e19)")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list outside articles (Round 44, decided: 「Outside articles "
          "rule 2's closed list stands」) — the plain subject of another verb (形成, 建立, 组建, 开展 without 组织, 安排 …) "
          "is not a unit")
ARTICLE44 = ("CONVENTIONS.md Round 44 rulings, decided: in rules written as articles (第X条) a named body standing as the "
             "subject of the article's verb of doing is a doer whatever the verb")
PERSON = ("CONVENTIONS.md round 30 / round 34 / round 36: a person is never a unit — 责任规划师／责任建筑师／责任评估师 are persons "
          "(round 36 reads 「由责任建筑师会同A、B…」 as a person in the lead's place)")
PERSON_LEAD = ("CONVENTIONS.md round 36: a person in the lead's place 「由责任建筑师会同A、B…」 leaves the lead empty and A, B "
               "responsible (round 30); 「A协同B＋verb」 reads as 「A会同B」 (round 30)")
RULE4 = ("CONVENTIONS.md units rule 4 (closed in round 39): a rule-2 clause in the paragraph that opens a section (here the "
         "article's lead-in) gives its units to the items that name none of their own, where it is about their work "
         "(Round 44)")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")


def one(file, path, unit, targets=(), note="", at=None, **kw):
    """An article (or an item of one) whose one doer is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw,
             **art(file, at or path))


def A(file, path, lead=(), resp=(), targets=(), at=None, **kw):
    """A sample located by its article label (``article_in``); ``at`` locates another path (「1.」 for 「1」)."""
    return S(path, lead, resp, targets, **kw, **art(file, at or path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x199_01_shi-guihuaziyuanju-2023-chengshi-gengxin-zhuanjia-weiyuanhui-gongzuo-guicheng.txt"
P01 = "上海市城市更新专家委员会工作规程（试行）"
N01 = f"关于印发《{P01}》的通知"
GZ = "市规划资源部门"
A14 = "第十四条（会议会前准备）"
A15 = "第十五条（会议程序）"
A16 = "第十六条（会议会后工作）"

plan(X01,
     title=f"{P01}（{N01}）",
     title_note="the 规程's own title (line 8) or the notice title (lines 1 and 2): either",
     doc_no="沪规划资源详〔2023〕376号 (printed on line 3; the stored front matter's 文号 is empty)",
     issuer="上海市规划和自然资源局",
     date="2023-09-28",
     level="a city bureau (Shanghai's planning and natural resources bureau), working rules of the city-renewal expert "
           "committee: its setting, duties, plenary and topical meetings, meeting preparation, procedure and follow-up",
     source=shanghai_source(FOLDER, N01 + ".md", "https://ghzyj.sh.gov.cn/zcwj/zhl/20230928/1970058849194b19b582907b29ec69cd.html",
                            "2,821") + LINKS,
     style="the notice title twice (the wrapper's title line kept as line 1, then the page's), the number, addressees, one "
           "cover sentence, issuer and date, all without blank lines; then the 规程 in six chapters 「第一章 总则」 (two spaces "
           "in 第五、六章's headings) and nineteen articles 「第N条（heading）」 alone on their lines, text on the next lines; "
           "items （一）… inside 第五、六、九、十二、十四、十五、十六条; no blank line anywhere",
     leaf_tasks=15, count_alternatives=[11, 16, 18, 19],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第七条": 1, "第十条": 1, "第十一条": 1, "第十四条 （一）（二）": 2,
                            "第十五条 （一）–（五）": 5, "第十六条 （一）–（三）": 3},
     childless_top_level_sections=[],
     samples=[
        A(X01, ["第三条（机构设置）"], [], [GZ], [(1, "名")], not_targets=[(5, "年")],
          lead_alternatives=[[GZ]], responsible_alternatives=[[GZ, "上海市城市更新领导小组成员单位"]],
          note="「由市规划资源部门会商上海市城市更新领导小组成员单位拟定委员名单并聘任」「由市规划资源部门按程序重新聘任」「由市规划资源"
               "部门组织听取各方意见后建立并维护」 — 由A＋a verb of doing (CONVENTIONS.md rule 2, round 34) and 「市规划资源部门负责"
               "专家委员会日常工作」 (A负责): one doer, lead [] (" + ONE_LEAD + "); 会商 is not among rule 2's partner verbs "
               "(会同／协同／联合, and 「A会B」 round 37), so the 成员单位 are read as consulted, not units — RULING? 1 (read as "
               "会同, responsible adds 上海市城市更新领导小组成员单位: accepted); 「设主任委员1名」 — an item's own number to appoint "
               "is a target (round 37); 「任期五年」 a term with no comparison word, no target (round 40 「一般为3-5年」); the "
               "committee itself (专家委员会设…) is the body the article sets out, no unit (round 35); " + NODATE),
        one(X01, ["第四条（机构职责）"], "专家委员会",
            note="「专家委员会应当在…发挥指导作用，参与相关策划、规划、建设方案的意见听取、评审等工作，并为市、区人民政府的…决策提供咨询"
                 "意见」 — " + ARTICLE44 + " (参与, 提供); the heading 「机构职责」 is a 「X职责」 heading of a standing body (round 38; "
                 "the committee exists under 《上海市城市更新条例》, the 规程 only sets its rules; a body a plan set up earlier is a doer "
                 "in later items, round 36) — RULING? 2; 市、区人民政府 receive the advice (rule 3); " + NODATE),
        one(X01, ["第七条（全体会议期限与召集人）"], GZ, targets=[(1, "次")],
            note="[aligned (w52d): Round 60 rulings, turned (rounds 49, 58 over w51d's scope) — the events an item holds in a rhythm are its own number of work, 1 次 included: not_target → target] 「专家委员会全体会议由市规划资源部门召集」 — 由A＋a verb of doing (CONVENTIONS.md rule 2, round 34); 「每年举行一次」 "
                 "a rhythm, no deadline (round 34: recurring dates are no deadline) and no target (a frequency without a floor "
                 "word; round 35 needs 「至少…一次」); 「如遇特殊情况，可酌情增减」 an option; " + NODATE),
        one(X01, ["第十一条（专题会议出席人）"], GZ, [(5, "人"), (50, "%")],
            note="「人数由市规划资源部门确定」 — 由A＋a verb of doing (rule 2); 「原则上不少于5人」 a floor (round 30's line: 不少于) and "
                 "「不得少于参会总人数的一半」 a fraction floor read as a percent (round 42 「五分之四以上」 80 %, round 43 「三分之二以上」 "
                 "66.7): targets; 「可邀请其他有关人员参加」 an option; " + NODATE),
        one(X01, [A14, "（二）"], GZ, not_targets=[(5, "天")],
            note="「（二）会议召开前五天将会议议程及有关材料送达应该出席会议的专家和相关人员」 names no body; the article's lead-in "
                 "「市规划资源部门负责落实专家委员会会议会前准备工作：」 gives it (" + RULE4 + "); items numbered inside an article are "
                 "its items (round 37); 「前五天」 a limit counted from an event — no deadline (round 34), no target (round 33: no "
                 "comparison word); the sending goes to experts (persons), no duty; " + NODATE),
        S([A15, "（三）"], [], [],
          note="「（三）与会专家和相关人员对会议议题进行研究讨论，并提供书面评审意见」 — " + PERSON + " (相关人员 persons too); the "
               "lead-in 「专家委员会会议程序如下：」 names no doer; a step of the article's procedure that gives work, a task with no "
               "unit (round 38 / round 40: items naming no unit in a plan with units elsewhere are tasks where they give work; the "
               "count without 第十五条 （一）–（四） accepted) — " + NONE + "; " + NODATE, **art(X01, [A15, "（三）"])),
        one(X01, [A15, "（五）"], GZ,
            note="「（五）市规划资源部门负责会议记录」 — A负责 (CONVENTIONS.md rule 2); " + NODATE),
        one(X01, [A16, "（二）"], GZ,
            note="「（二）通知市规划资源网站发布会议相关信息」 names no body of its own; the lead-in 「专家委员会会议后，市规划资源部门落实"
                 "以下工作：」 (A落实, rule 2) gives it (" + RULE4 + "); 市规划资源网站, the object of 通知, is no unit (round 30's "
                 "pivot); " + NODATE),
     ],
     plan_targets=[{"number": 66.7, "unit": "%",
                    "note": "第八条 「不得少于全体委员数的三分之二」 — a fraction floor (round 43: 「三分之二以上」 66.7) in an article "
                            "that gives no work (a quorum rule): a plan target (round 35: a policy's own rate in an article that is "
                            "no task)"}],
     phases=[],
     duties=[{"what": "专家委员会全体会议每年举行一次，由市规划资源部门召集", "when": "每年", "when_norm": "yearly",
              "note": "第七条: a recurring coordination meeting (plans-dev EXPECTED.md duties: recurring reporting/coordination "
                      "rhythms; plans-dev 09 reads 「定期召开协调会、推进会」 so) — yearly"}],
     notes=["counting: the cover (notice title twice, number, addressees, one sentence, issuer, date) no task; 第一条 (目的依据) "
            "and 第十九条 (实施日期) general provisions (round 30); 第二条 (the committee's nature and members, 「由…人士组成」) a "
            "definition (round 30); 第五条 (专家的权利: rights, 享有) and 第六条 (专家的义务) are the hired experts' own rights and "
            "duties — persons, no task (round 36 / round 37: hired persons' own duties are no tasks); 第八条 (a quorum), 第十三条 "
            "(议事形式: 「一般采取…，也可以…」) and 第十八条 (经费: 「纳入市规划资源局部门预算」, no doer, a funding rule) are articles "
            "with no work among articles of work (round 33: no task where the plan's tasks name units; a count with them "
            "accepted); 第九条 and 第十二条 list the matters a meeting reviews (round 35: a list that gives no work); 第十七条 "
            "(回避原则: the experts' own duty to withdraw, persons) no task (accepted with it). Tasks: 第三条, 第四条, 第七条, "
            "第十条 (「市规划资源部门…不定期召开专家委员会专题会议」, Round 44 articles), 第十一条 → 5; 第十四条 （一）（二） → 2; "
            "第十五条 （一）–（五） → 5 (the procedure's steps, round 37: items inside an article); 第十六条 （一）–（三） → 3; "
            "**15**. Accepted: 11 (第十五条 （一）–（四） out: steps of persons, round 36), 16 (with 第十七条), 18 (with 第八、"
            "十三、十八条), 19 (with all four)",
            "units: one body does the work of the rules — 市规划资源部门 (由A召集／确定／聘任, A负责, the lead-ins of 第十四、十六条, and "
            "第十条's subject by Round 44); 专家委员会 in 第四条 (RULING? 2); experts, 汇报人, 会议主持人 are persons",
            "dates: 2023年9月28日 (the signature; the page's date too); no item is dated — 每年 / 不定期 rhythms, 「会议召开前五天」 "
            "a limit from an event, 「自印发之日起实施」 entry into force",
            "figures: 1名 (第三条, to appoint), 不少于5人 and 不得少于…一半 (第十一条), 不得少于…三分之二 (第八条) — targets; 任期五年, "
            "每年…一次, 前五天 — not targets; 376号 a document number"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x199_02_shi-guihuaziyuanju-2023-sanshi-lianchuang-gongzuo-jizhi-zhidao-yijian.txt"
P02 = "关于建立“三师”联创工作机制推进城市更新高质量发展的指导意见（试行）"
N02 = "关于印发《关于建立“三师”联创工作机制 推进城市更新高质量发展的指导意见（试行）》的通知"
HIRED = ("the 三师 — 责任规划师, 责任建筑师, 责任评估师, each 「领衔…师及其技术团队」 hired (聘任／选聘) by a district or a consortium "
         "(第三条, 第四条) — are persons (" + PERSON + ") and their own duties (第五–八条) are hired persons' duties: no tasks "
         "(CONVENTIONS.md round 36 「护林员职责」, round 37) — RULING? 3")

plan(X02,
     title=f"{P02}（{N02}）",
     title_note="the 意见's own title (line 8, printed without the space the notice title has) or the notice title (lines 1 and "
                "2): either",
     doc_no="沪规划资源风〔2023〕450号 (printed on line 3; the stored front matter's 文号 is empty)",
     issuer="上海市规划和自然资源局",
     date="2023-11-17",
     date_note="the cover is dated 2023年11月17日; the page (and the stored front matter) 2023-11-20",
     level="a city bureau (Shanghai's planning and natural resources bureau), a guiding opinion setting up the joint work of "
           "responsible planners, architects and valuers (「三师」) in city renewal: how they are hired, their duties, outputs, "
           "supervision, training, fees and insurance",
     source=shanghai_source(FOLDER, N02 + ".md", "https://ghzyj.sh.gov.cn/zcwj/zhl/20231120/0c2c76806fcf4b4aa943232e92d4dbc2.html",
                            "5,105") + LINKS,
     style="the notice title twice (with a space inside), number, addressees, one cover sentence, issuer and date with no "
           "blank lines; the 意见's title without the space; a preamble; twelve articles 「第N条（heading）」 alone on their lines "
           "(「第一条 （工作目标）」 and 「第九条 （监督管理）」 with a space); 第五、六、七条 a lead paragraph and six items "
           "「（一）负责编制…。」 each a heading line with its text on the next line; no blank line anywhere",
     leaf_tasks=5, count_alternatives=[4, 6, 23, 24],
     leaf_tasks_by_section={"第四条": 1, "第九条": 1, "第十条": 1, "第十一条": 1, "第十二条": 1},
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第四条（“三师”的确定）"], [], ["各区政府", "城市更新综合体"],
          note="「各区政府…依法以公开招标或直接委托等方式聘任责任规划师」 — " + ARTICLE44 + " (聘任); 「由城市更新综合体依法以…方式"
               "聘任责任建筑师」 — 由A＋a verb of doing (rule 2, round 34; a consortium named by its kind is a body, round 34); two "
               "clauses, both bodies in printed order, no lead; 「可以按需选聘责任评估师」 an option; the qualifications of the "
               "lead persons and their teams are text; " + NODATE),
        A(X02, ["第九条 （监督管理）"], [], ["市区相关部门", "相关部门"], responsible_alternatives=[["市区相关部门"]],
          note="「市区相关部门应当加强对“三师”的监督」「市区相关部门应当明确责任建筑师的权力和责任」「相关部门应当对建筑师承诺的内容加强"
               "事中事后监管」 — " + ARTICLE44 + " (加强, 明确); 有关部门／相关部门 are kinds (round 33); names as printed (round 38: no "
               "alias is rewritten), 相关部门 kept beside 市区相关部门 (read as the same body, a back-reference adding nothing, round "
               "34: accepted); 「可以依据聘任合同…追究相应责任」 an option; no lead; " + NODATE),
        A(X02, ["第十条（培训考核）"], ["各区规划资源部门"], [GZ, "各区规划资源部门", "相关部门"], lead_alternatives=[[]],
          note="「市规划资源部门依托相关行业协会定期组织“三师”培训」 — 组织＋work (rule 2, round 34; 相关行业协会 only relied on, no "
               "unit); 「各区规划资源部门会同相关部门，每年度对…进行总结」 — 「A会同B＋verb」: lead A (lead [] accepted), responsible A, "
               "B (rule 2); several clauses, all bodies in printed order; 「每年度」「定期」 rhythms, no deadline (round 34); the "
               "yearly 总结 sent to 市规划资源部门 is a duty (below); " + NODATE),
        one(X02, ["第十一条（经费保障）"], "各区", [(7.5, "%"), (1.5, "倍")],
            note="「各区结合岗位工作任务…，通过聘用合同确定」 — " + ARTICLE44 + " (确定; 各区 a kind, round 32); 「鼓励建设方…」 names no "
                 "doer (round 40: 鼓励A); the rest has no subject; 「按照城市更新项目建安费7.5%-10%，或常规城市更新项目设计费1.5-2.0倍为"
                 "基准参考」 — a policy's own rates (round 25), ranges read at their lower edge (round 32): 7.5 %, 1.5 倍; " + NODATE),
        S(["第十二条（职业保险）"], [], [],
          note="「适时推进城市更新项目“三师”的责任保险制度。重点引导责任建筑师…投保…」 — no subject: work with no doer, a task (round "
               "43: rule points with no subject are tasks where they give work; round 38 / 40: a count without it accepted); the "
               "architects are persons; " + NONE + "; " + NODATE, **art(X02, ["第十二条（职业保险）"])),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "各区规划资源部门会同相关部门每年度对“三师”制度建设情况和“三师”工作进行总结，总结情况报市规划资源部门",
              "when": "每年度", "when_norm": "yearly",
              "note": "第十条: a plan unit's sending to another body of the plan (round 35), yearly (round 44: a district's "
                      "yearly sending to a city body is a yearly duty)"}],
     notes=["counting: the cover no task; the preamble no task; 第一条 (工作目标) a goal section, 第二条 (适用范围) scope, 第三条 "
            "(工作定位: what the 三师 are, definitions) general provisions (round 30); " + HIRED + "; so 第五条 (一)–(六), 第六条 "
            "(一)–(六), 第七条 (一)–(六) and 第八条 (成果形式: 「“三师”应…提供…成果」) are no tasks. Tasks: 第四条 (doers by Round 44 "
            "and 由A聘任), 第九条, 第十条, 第十一条 (doers), 第十二条 (work with no doer) → **5**. Accepted: 4 (without 第十二条, the "
            "item that names no unit, round 40), 6 (with 第八条), 23 / 24 (with the eighteen items of 第五–七条, and 第八条, read as "
            "tasks naming no unit, round 37 / 40 — RULING? 3)",
            "units, not sampled (no tasks in the main count): 第五条（五） 「会同责任建筑师」, 第六条（一） 「责任建筑师配合城市更新综合体和"
            "责任规划师、责任评估师」 (a person's 配合: were the items tasks, round 36 would give 城市更新综合体 responsible), 第六条（三）"
            " 「由责任建筑师负责组织专题论证」 (a case, a person), 第六条（四）（六） 「规划资源部门可凭…」 (options), 第六条（五） 「建设单位可以凭"
            "…申请拆房备案手续」 (an applicant)",
            "dates: 2023年11月17日 (the signature; the page 2023-11-20); no item is dated — 每年度, 定期, 适时 are rhythms or none",
            "figures: 7.5%-10% and 1.5-2.0倍 (第十一条) — targets at the lower edge; 450号 a document number"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x199_03_shi-guihuaziyuanju-2023-chengshi-gengxin-gaozhiliang-fazhan-guihua-ziyuan-shishi-yijian-shixing.txt"
P03 = "关于加快转变发展方式集中推进本市城市更新高质量发展的规划资源实施意见（试行）"
N03 = "关于印发《关于加快转变发展方式 集中推进本市城市更新高质量发展的规划资源实施意见（试行）》的通知"
QGZ = "区规划资源部门"
ZHT = "城市更新综合体（或城市更新平台）"
BRACKET = ("「城市更新综合体（或城市更新平台）」 kept whole as printed (round 34: a bracket after a name stays with it, 「街镇（高新区）」) "
           "— RULING? 4 (the bracket names an alternative body: 城市更新综合体 alone, or both 城市更新综合体 and 城市更新平台, accepted)")
ZHT_ALTS = [["城市更新综合体"], ["城市更新综合体", "城市更新平台"]]
A3_8 = "第八条  开展城市更新单元谋划、策划"
A3_12 = "第十二条 联动推进控详规划实施完善"
A3_17 = "第十七条 全生命周期管理"


def swap(units, alts=ZHT_ALTS):
    """The responsible alternatives of a list holding ZHT: ZHT replaced by each accepted reading."""
    out = []
    for alt in alts:
        row = []
        for u in units:
            row.extend(alt if u == ZHT else [u])
        out.append(row)
    return out


plan(X03,
     title=f"{P03}（{N03}）",
     title_note="the 意见's own title (line 8, printed without the space the notice title has) or the notice title (lines 1 "
                "and 2): either",
     doc_no="沪规划资源研〔2023〕448号 (printed on line 3; the stored front matter's 文号 is empty)",
     issuer="上海市规划和自然资源局",
     date="2023-11-17",
     date_note="the cover is dated 2023年11月17日; the page (and the stored front matter) 2023-11-20",
     level="a city bureau (Shanghai's planning and natural resources bureau), the trial implementing opinion on planning and "
           "land resources for city renewal (twenty measures) with an attached 规程 of seventeen articles on the five stages "
           "of a renewal unit (the 2025 version of the opinion is x54_02: 15 % of runs shared)",
     source=shanghai_source(FOLDER, N03 + ".md", "https://ghzyj.sh.gov.cn/zcwj/zhl/20231120/054c62f8787a4bf2ad6e576706e3cf7c.html",
                            "11,723") + LINKS,
     style="the notice title twice, number, addressees, one cover sentence, issuer and date with no blank lines; the 意见: a "
           "preamble, 一、指导思想 (one paragraph), 二、基本原则 「一是…」–「五是…」 heading lines over paragraphs, 三、主要内容 "
           "（一）–（二十） heading lines 「（一）构建全周期城市更新模式。」 over paragraphs; 「附件：1.…」 and 「2.…」 on two lines; "
           "「附件1」 and the 规程 (five chapters, articles 「第N条  heading」 with two spaces to 第十条, one after, items 「1.…」 "
           "inside ten of them), 「名词解释」 with four 「term：definition」 paragraphs; 「附件2」 with nothing after it (not printed)",
     leaf_tasks=51, count_alternatives=[20, 46, 56],
     leaf_tasks_by_section={"意见 三、主要内容 （一）–（二十）": 20, "规程 第三、四、七、十三、十五、十六、十七条": 7,
                            "规程 第五条 1. 3. 4. 5.": 4, "规程 第六条 3.–5.": 3, "规程 第八条 1. 3.": 2, "规程 第九条 1.–3.": 3,
                            "规程 第十条 1.–3.": 3, "规程 第十一条 2. 3.": 2, "规程 第十二条 1.–3.": 3, "规程 第十四条 1.–4.": 4},
     childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["三", "（二）"], [GZ], [GZ, "各区政府"], lead_alternatives=[[]],
          note="「市规划资源部门会同各区政府（含作为市人民政府派出机构的特定地区管理委员会，下同），综合研究明确城市更新单元」 — 「A会同B"
               "＋verb」: lead A (lead [] accepted), responsible A, B (CONVENTIONS.md rule 2); the bracket opening with 含 that widens "
               "the kind is dropped from the name (round 43, turned); " + NODATE),
        S(["三", "（三）"], [], [],
          note="「区规划资源部门…形成各区年度更新单元规划实施报告，报区人民政府审核后报市规划资源部门认定」「各区规划资源部门应…建立区城市更新"
               "项目库，市规划资源部门汇总形成市城市更新项目库」 — " + CLOSED + "; 区人民政府 / 市规划资源部门 review and approve (rule "
               "3); the yearly sending is a duty (below); " + NONE + "; " + NODATE),
        S(["三", "（五）"], [], [ZHT], lead_alternatives=[[ZHT], ["城市更新综合体"]], responsible_alternatives=ZHT_ALTS,
          note="「城市更新综合体（或城市更新平台）组织相关专业团队，开展城市更新单元谋划策划工作」 — 「A组织B＋verb」: A a doer, B (the "
               "teams) no unit (round 30); " + BRACKET + "; lead [] (" + ONE_LEAD + "); " + NODATE),
        S(["三", "（六）"], [QGZ], [QGZ, ZHT, GZ], lead_alternatives=[[]], responsible_alternatives=swap([QGZ, ZHT, GZ]),
          note="「区规划资源部门会同城市更新综合体（或城市更新平台），组织责任规划师…编制城市更新单元规划实施方案」 — 「A会同B＋verb」: lead "
               "A (lead [] accepted), responsible A, B (rule 2); 「由市规划资源部门以城乡规划审批专用章代市政府批复」 — 由A＋a verb of "
               "doing (round 34): responsible; several clauses, all bodies in printed order; 责任规划师／责任评估师／责任建筑师 persons "
               "(" + PERSON + "); 区政府 and 市政府 approve (rule 3); " + BRACKET + "; " + NODATE),
        S(["三", "（七）"], [], ["城市更新综合体", "实施主体"],
          note="「城市更新综合体或实施主体组织责任建筑师，根据…制定城市更新项目建筑设计方案」 — 「A组织B＋verb」: A a doer (round 30); "
               "「A或B」 gives both (round 38: 「A或其委托方」; round 30: 「由A或B指定专人负责」 A and B doers); 「责任建筑师组织专家和部门研究」 "
               "a person (" + PERSON + "); no lead; " + NODATE),
        A(X03, [A3_8, "3"], [], [ZHT], at=[A3_8, "3."], responsible_alternatives=ZHT_ALTS,
          note="规程 (附件1): 「3.责任规划师、责任建筑师、责任评估师协同城市更新综合体（或城市更新平台），全过程参与报告的研究和论证工作」 — "
               + PERSON_LEAD + ": responsible the partner, lead []; " + BRACKET + "; 「也可以视需要直接承担」 an option; " + NODATE),
        A(X03, [A3_12, "2"], [], ["市、区规划资源部门"], at=[A3_12, "2."], lead_alternatives=[["市、区规划资源部门"]],
          note="规程 (附件1): 「2.责任规划师应会同市、区规划资源部门按规定履行公示、意见征询等相关法定程序」 — " + PERSON_LEAD + "; "
               "「市、区X部门」 is one name (round 30); lead [] (the partner as lead accepted, as a single doer is, plans-dev 03 一); "
               "「经批准的控详规划成果纳入统一信息平台」 no subject; " + NODATE),
        one(X03, [A3_17], "国资部门",
            note="规程 (附件1): 「以国有土地使用权作价出资（入股）方式实施城市更新的建设项目，应由国资部门加强对于股权变更…的监督管理」 — "
                 "由A＋a verb of doing (round 34); 「按照属地环境保护主管部门要求」 names a body whose requirement is followed (rule "
                 "3); the article's other paragraphs have no subject (「落实到土地、建管、不动产登记环节」「应当通过重新签订…合同」); "
                 "「对失信市场主体依法依规实施信用惩戒」 no subject; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "区规划资源部门形成各区年度更新单元规划实施报告，报区人民政府审核后报市规划资源部门认定", "when": "年度",
              "when_norm": "yearly",
              "note": "意见 三、（三） and 规程 第五条 4.: a district body's yearly report sent to city bodies (CONVENTIONS.md round "
                      "44: a district's yearly joint plan sent to city bodies is a yearly duty; round 35: a plan unit's sending "
                      "to another body of the plan)"},
             {"what": "区规划资源部门将城市更新单元规划实施方案成果报经区政府、市规划资源部门同意", "when": None, "when_norm": None,
              "note": "意见 三、（六） and 规程 第九条 3.: a plan unit's sending to other bodies of the plan for approval (round 32 / "
                      "round 35; as plans-next165 x165_02 reads 「报区政府集体决策认定」), no date"}],
     notes=["counting: two documents under one cover (CONVENTIONS.md round 30: the tasks of both are counted, in order) — the "
            "意见 and, after 「附件1」, the 规程 with its own title and articles. 意见: 一、指导思想 a section; 二、基本原则 「一是…"
            "五是…」 principles with no doer and no work (round 33 / round 34's 基本原则 section); 三、主要内容 （一）–（二十） → 20 "
            "(items naming no unit in a plan with units are tasks where they give work, round 38 / 40). The 附件 list 「附件：1.…」 "
            "「2.上海城市更新规划支撑保障架构体系」 names attachments — its 「2.」 is no item. 规程: 第一条 (目的) and 第二条 (总体要求: "
            "a statement, no doer) general; 第三、四、七条 one each; 第五条 1. 3. 4. 5. (2. only lists what the report must contain, "
            "round 37: a list that gives no work); 第六条 3.–5. (1. the qualities a consortium should have and 2. the rights it may be "
            "given — lists that give no work, round 35; the lead-in paragraph is the article's text); 第八条 1. 3. (2. what a team may "
            "include); 第九条 1.–3.; 第十条 1.–3.; 第十一条 2. 3. (1. what the report contains); 第十二条 1.–3.; 第十三条 (paragraphs, "
            "one task); 第十四条 1.–4.; 第十五、十六、十七条 one each; 「名词解释」 definitions (round 30: no task; its 「term：」 "
            "paragraphs are no unit-colon items) → 31; 「附件2」 not printed. **51**. Accepted: 20 (the 意见 alone: plans-dev "
            "EXPECTED.md counts to the 附件 line), 46 (without the items whose only content is an option 「可…」: 第十一条 3., "
            "第十二条 3., 第十四条 1. 3. 4.), 56 (with the five lists that give no work)",
            "units outside articles (the 意见's 三、) follow rule 2's closed list (Round 44); inside the 规程's articles the subject of "
            "any verb of doing is a doer (Round 44, decided). Persons: 责任规划师／责任建筑师／责任评估师 (round 36). Not sampled: 规程 "
            "第六条 4. 「区人民政府与城市更新综合体签署城市更新实施协议」 (Round 44 articles: 区人民政府 a doer; round 40's co-signatory "
            "城市更新综合体 responsible); 第十条 1.–3. (persons and no subject: they take the lead-in's 「城市更新综合体（或城市更新平台）或实施主体"
            "组织责任建筑师」 by rule 4)",
            "dates: 2023年11月17日 (signature; page 2023-11-20); no item is dated — 年度, 年内 in standing procedures (a yearly cycle, "
            "not the plan's year: 「年内推进实施的城市更新单元」 names the units of each year's report), 「经市人民政府同意后」 an "
            "event",
            "figures: 「5个阶段」 names the model's stages (no target; no phases: the five stages 谋划策划阶段… are stages of every "
            "renewal unit's process, with no time, not the plan's schedule); “上海2035”, BIM, “两旧一村”, “五个中心”“四大功能” "
            "are names; 448号 a document number"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x199_04_shi-zhujianwei-2025-chengshi-tijian-cujin-chengshi-gengxin-gongzuo-zhiyin.txt"
P04 = "上海市城市体检促进城市更新的工作指引"
N04 = f"关于印发《{P04}》的函"
ZJW = "市住房城乡建设管理委"
LIANG = "市区两级城市更新主管部门"

plan(X04,
     title=P04,
     title_note="the 指引's own title (line 22; round 30: a forwarded document's title is the plan's title). The notice title "
                "「" + N04 + "」 (lines 1 and 20) is not offered as an alternative: the scorer's 「plan（notice）」 split only knows "
                "notices ending in 通知／意见／决定／方案／印发, not 函 — a scorer note in the README",
     doc_no="沪建综规〔2025〕449号 (printed on lines 9 (「449 号」 with a space) and 18)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2025-09-18",
     date_note="the letter is dated 2025年9月18日; the page (and the stored front matter) 2025-10-30",
     level="a city commission (Shanghai's housing and urban-rural construction and management commission), a letter issuing "
           "the working guide on city check-ups (城市体检) that support city renewal: basic requirements, key tasks, use of "
           "the results",
     source=(f"GitHub zhiyao87/Shanghai-Gov-Docs-Index @ {OTHER_COMMIT} (the file is stored only at this commit, not at "
             f"49f4bb7b…), docs/{FOLDER}/{N04}.md (official page https://zjw.sh.gov.cn/jsgl/20251030/"
             "b72836bb9b114843bf515149abba7305.html) — the stored text (read with read_file); only the repository's wrapper "
             "was removed (YAML front matter, the two `>` disclaimer lines and the blank lines around them, the `# ` marker "
             "before the notice title); the stored file as typed (wrapper + text) had the character count read_file gives "
             "(4,461)" + LINKS),
     style="the letter title (the wrapper's title line kept as line 1), then the site's metadata chrome one field a line "
           "(索取号, its value, 载体类型, 发布机构, …, 内容描述), the number again, issuer, title, addressees, one sentence, the "
           "date; the 指引's title, a preamble, 一、基本要求 （一）（二）, 二、重点任务 （一）–（五）, 三、成果应用 （一）–（三）, "
           "every item a heading line without 。 over paragraphs; 二、（二）（三） hold object-colon paragraphs 「既有建筑：…」「城中村："
           "…」 (objects, not units); 「附件：…」 and the site's chrome 「收藏」「打印本页」「关闭窗口」 at the end",
     leaf_tasks=9, count_alternatives=[8, 10],
     leaf_tasks_by_section={"一、基本要求": 1, "二、重点任务": 5, "三、成果应用": 3},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（二）"], [], [],
          note="「更新片区专项体检应在核心指标基础上，因地制宜增加特色指标，确定体检内容、获取方式、评价标准等」 — work with no doer; the "
               "plan's key works name no unit (only 三、（三） does), so every leaf that gives work is a task (CONVENTIONS.md Round "
               "44: a plan whose key works name no unit but whose safeguards do is read as a plan whose tasks name no units; rounds "
               "25 / 27) — " + NONE + "; " + NODATE),
        S(["二", "（二）"], [], [],
          note="「既有建筑：重点排查…」「老旧小区：重点查找2000年底前建成的老旧小区…」「完整社区：」「城市功能：」「城市基础设施：」 — "
               "object-colon paragraphs: the label names what is checked, no body (rule 1 needs a unit label); 「2000年底前建成的」 "
               "picks the objects (a cut-off, round 41: no deadline); " + NONE + "; " + NODATE),
        S(["二", "（三）"], [], [],
          note="「城中村：」「老旧街区：」「老旧厂区：」「商务楼宇和商业设施：」「城市生态系统：」「城市历史文化：」 — objects, not units; no "
               "subject anywhere; " + NONE + "; " + NODATE),
        S(["二", "（四）"], [], [], not_targets=[(3, "张")],
          note="「区级和街镇级综合体检形成“三张地图”、更新潜力片区以及整治建议清单」 — the subject is the check-ups (a thing, round 41), "
               "形成 is no rule-2 verb; 「充分衔接各区、街镇及各相关部门计划推进的重点项目」 — bodies inside a 的-phrase (round 30: no "
               "doers); 「三张地图」 the name of the product (问题地图, 资源地图, 需求地图), no target; " + NONE + "; " + NODATE),
        S(["三", "（一）"], [], [],
          note="「经区政府认可后」 (rule 3: approval); 「各级城市更新实施主体优先纳入实施计划并保障资源投入」 纳入／保障 no rule-2 verbs "
               "(" + CLOSED + "); 「市区两级要结合城市体检…进行评估，定期反馈…」 — 市区两级 names the levels of government (a place, like "
               "我市, round 43) and 进行 is no rule-2 verb; the 定期反馈 is a duty (below); " + NONE + "; " + NODATE),
        S(["三", "（三）"], [ZJW, LIANG, "其他更新实施主体"],
          [ZJW, "有关行业主管部门", "属地", "相关市场主体", "燃气、供水等专业单位", LIANG, "其他更新实施主体"],
          lead_alternatives=[[ZJW], [LIANG, "其他更新实施主体"], []],
          note="「市住房城乡建设管理委负责统筹协调，会同有关行业主管部门深化制定…」 — A负责 and 「A会同B＋verb」: lead A, responsible A, "
               "B (rule 2); 「各区（管委会）加强工作落实…重点推动…」 — 落实 as a noun and 加强／推动 no rule-2 verbs: no doer (round 33; "
               "round 30); 「属地配合开展需求摸排与意见协商」 — 配合 in an item with a rule-2 doer: responsible (round 34; 属地 kept as "
               "printed, the local bodies by their kind); 「相关市场主体以及燃气、供水等专业单位协同开展城市体检工作，落实成果应用」 — the "
               "subject of 落实 (rule 2); 「A以及B」 two names (round 34), 「燃气、供水等专业单位」 fields sharing one head with 等, one "
               "name as printed (round 31); 「市区两级城市更新主管部门及其他更新实施主体，应…牵头组织开展更新片区专项体检」 — A牵头: "
               "lead (rule 2), 「A及B」 two names, 「市区两级…」 kept as one name as printed (round 41: 「县乡两级」); 「有关行业主管部门、"
               "重点区域建设单位组织开展的专项体检」 — bodies inside a 的-phrase (round 30: no doers; 有关行业主管部门 is a unit by the "
               "会同 clause already); leads: two 牵头／会同 parts of one item give both (round 36: two bodies that 牵头 different "
               "parts of one item are both its lead) — RULING? 5 (accepted: the 会同 lead alone, the 牵头 leads alone, none); "
               + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "市区两级结合城市体检对城市更新规划实施情况和更新效果进行评估，定期反馈体检发现问题和整治建议的解决及落实情况",
              "when": "定期", "when_norm": None,
              "note": "三、（一）: a recurring reporting rhythm without a stated period (plans-dev EXPECTED.md duties; plans-dev 09 "
                      "reads 「定期…」 so, when 定期)"}],
     notes=["counting: the letter (title, the site's metadata chrome, number, issuer, title, addressees, one sentence, date) "
            "no task; the preamble no task; 一、基本要求 （一）城市体检体系 (what the check-ups are and which this guide covers: "
            "definitions and scope, round 30 — no task), （二）指标设定 (work: 「…应…增加特色指标，确定…」) → 1; 二、重点任务 "
            "（一）–（五） → 5 (their object-colon paragraphs are the items' text); 三、成果应用 （一）–（三） → 3; **9**. Accepted: "
            "10 (with 一/（一）), 8 (一、基本要求 as a section of requirements, round 34 early)",
            "units: only 三、（三） names doers; 二、（二）（三）'s 「既有建筑：」「城中村：」… are objects before a colon, not unit labels",
            "dates: 2025年9月18日 (the letter; the page 2025-10-30); 「2000年底前建成的」 a cut-off picking objects (no deadline); "
            "「下一年度」「当年度」「年度实施计划」「年度预算」 standing cycles; no item is dated",
            "figures: “三张地图” a name; 「3589258689/2025-00165」 the site's index number; “刚性管控+弹性引导”, “一老一小”, “平急两用” "
            "names; 449号 a document number; no targets"])

write_collected(DIR)
