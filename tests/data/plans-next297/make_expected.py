# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next297/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 58 (built by helper c297): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` in expected_tools); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head in full; the "Round 66 rulings" to "Round 73 rulings"
read in part, under time — see README, Exposures; older rulings where a grep for a form led) applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next297/make_expected.py tests/data/plans-next297
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C03 = "49f4bb7b24691276dec660a576f20a54a0c46b63"     # index/03's commit; its stored files read there
STORED = ("the stored text (read whole with read_file at that commit); only the repository's wrapper was removed (YAML "
          "front matter, the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the title); "
          "the text was typed over from the read_file answer (the repository could not be fetched here: 'No snapshot'), "
          "and the stored file as typed (wrapper + text) was checked against the character count read_file gives, by "
          "the wrapper's length computed from its fields")


def src(path, url, chars):
    return f"{REPO} @ {C03}, docs/工程建设管理/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit (round 63 "
          "on x268_02: outside 第X条 articles the closed list stands)")
YOU = "由A＋a verb of doing names A whoever A is (round 34; round 67 governs, x281_03 四、2、), the applicant filing for itself excepted (round 30)"
FEN = ("round 67 on x282_04: a heading whose object is a duty word or any 「X分工」 gives out work, and under it every body "
       "given work is a unit")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLASS = ("round 66 (governs) and round 70 on x287_01 4.1: a money band or figure inside a noun naming the projects, works or "
         "class the work picks is a class, not a target, whatever step follows")

# ---------------------------------------------------------------------------------------------------------
X01 = "x297_01_qibao-zhen-2020-xiane-yixia-xiaoxing-jianshe-gongcheng-guanli-shishi-yijian.txt"
N01 = "七宝镇限额以下小型建设工程管理的实施意见"
GJB = "镇规建办"


def U1(path, units, note, lead=(), **kw):
    """An item of x297_01 whose doers are named in its sentences (rule 2), with no date."""
    if len(units) == 1 and not lead:
        kw.setdefault("lead_alternatives", [list(units)])
        note = note + "; " + ONE_LEAD
    return S(path, list(lead), list(units), note=note + "; " + NODATE, **kw)


plan(X01,
     title=N01,
     title_note="the text's own title line (line 1); no cover, the issuer and date signed at the end",
     doc_no="闵七府〔2020〕21号 (from the index row and the stored front matter; the text prints none)",
     issuer="闵行区七宝镇人民政府 (signed at the end)",
     date="2020-09-27 (signed at the end 「2020年9月27日」)",
     level="a town government (Qibao, Minhang, Shanghai): rules for building works below the limit (under 100万元) — scope, "
           "the leading group, the procedure, the town office's five operating procedures, the offices' duties, work "
           "requirements, closing points; 14 attachments listed, not printed",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=B8AE27CB-3697-11ED-AC45-3DB7F69B5DBD&siteId=0079", 7021),
     style="no cover; a preamble, seven points 「一、」–「七、」, items 「1.」 (「4. 」 with a space in 六、), 四、 with （一）–（五）, each with "
           "「1.适用范围」「2.申报主体」「3.操作流程」「4.提交材料」 and lines （1）–（9）, an unnumbered closing paragraph after 4.'s lines "
           "in （一）–（四）; single newlines, no blank lines; the 附件 list and the signature at the end",
     leaf_tasks=25, count_alternatives=[27, 21, 19, 29, 33],
     leaf_tasks_by_section={"一、": 0, "二、": 0, "三、": 4, "四、": 6, "五、": 13, "六、": 2, "七、": 0},
     childless_top_level_sections=["一、适用范围", "二、组织机构"],
     samples=[
        U1(["三", "1"], ["相关部门"],
           "「限额以下小型建设工程需向镇规建办进行申报…，根据项目实际情况由相关部门及领导小组组长进行会签…」 — the applicant's 申报 to 镇规建办 names a "
           "receiver (rule 3); 由A＋会签 is a step in which bodies act on others' applications (round 63's x268_04, round 66) and 由A "
           "with a verb of doing names A (" + YOU + "); 相关部门 is a group name as printed (round 66: only a no-kind 有关单位／有关方面 "
           "gives none), 领导小组组长 a person (round 30); 30万元以下 inside 「使用社会资金为30万元以下的项目」 is a class (" + CLASS + ")",
           responsible_alternatives=[[]], lead_alternatives=[["相关部门"], []],
           not_targets=[(30, "万元")]),
        U1(["三", "3"], ["镇采购办"],
           "「…总投资额在100万元以下的项目纳入限额以下工程施工承发包管理范围。…预选承包商管理办法和限额以下工程承发包规则由镇采购办另行制定。」 — 由A＋制定 "
           "(" + YOU + "); 100万元以下 inside 「…总投资额在100万元以下的项目」 names the class (" + CLASS + ")",
           not_targets=[(100, "万元")]),
        U1(["三", "4"], [],
           "「建设单位完成承发包手续后到镇规建办办理施工许可手续。施工许可手续办结后，镇规建办反馈建设单位…备案表一份，并发放施工许可证。」 — the serving "
           "body's step on the applicant's papers makes a task (round 63's x268_04); 反馈 and 发放 are outside rule 2's list "
           "(" + CLOSED + "); the applicant's 办理 is its own filing (round 30) — " + NONE,
           responsible_alternatives=[[GJB]], lead_alternatives=[[GJB]]),
        U1(["三", "5"], [GJB, "安监所", "建设单位"],
           "「施工过程中，由镇规建办、安监所对…履行安全、质量、文明施工监督程序。竣工验收由建设单位自行组织，领导小组成员单位进行监督。…由建设单位向镇规建办提交竣工备案资料…」 "
           "— 由A＋履行…程序 and 由A＋组织 name A (" + YOU + "; 组织 is rule 2's own verb); 建设单位 filing its own papers 「由建设单位向…提交」 "
           "is the exception, but its 组织 of the acceptance is work; 领导小组成员单位 are members (rule 3) and their 进行监督 no rule-2 form; "
           "安监所 printed without 镇 here, as printed (RULING? 1 on 建设单位)",
           responsible_alternatives=[[GJB, "安监所"]]),
        U1(["四", "（一）", "3", "（1）"], [GJB, "镇财政所", "镇教委", "财政所"],
           "「…经相关部门会签后，提交相关资料至镇规建办审核，待领导小组组长签字后由镇规建办出具《…受理告知书》。凡使用财政资金的限额以下项目由镇财政所会签，"
           "使用财政资金的学校项目由镇教委、财政所会签…」 — the serving bodies' steps on the applicant's papers (round 63); each 由A＋verb of doing "
           "names A (" + YOU + "), 经相关部门会签 an approval (rule 3: 经A同意), the 组长 a person; 镇财政所 and 财政所 printed two ways, "
           "kept as printed (rounds 43, 48: one body printed two ways, either accepted)",
           responsible_alternatives=[[GJB], [GJB, "镇财政所", "镇教委"]]),
        U1(["四", "（一）", "3", "（2）"], ["户管单位", "镇投促中心", GJB],
           "「…与相关资料提交至项目所在辖区的户管单位，由户管单位与镇投促中心共同签署会签单位意见后交至镇规建办审核，…由镇规建办出具《…受理告知书》。」 — "
           "「由A与B共同＋verb」 names both (round 30), 由镇规建办出具 names it (" + YOU + "); 户管单位 a body by its kind (round 34)",
           responsible_alternatives=[[GJB], ["户管单位", "镇投促中心"]]),
        U1(["五", "1"], [GJB, "镇两违办"],
           "「镇规建办为限额以下工程项目管理的主管部门，负责推进、协调…。…对发现有新搭建违章情况的立即反馈镇两违办由其进行执法拆除；…责令施工单位暂时停止施工…」 — "
           "「A为…的主管部门」 and A负责 (rounds 32, 37; rule 2); 由其 points back to 镇两违办, 由A＋执法拆除 (" + YOU + "), and under "
           "职责分工 every body given work is a unit (" + FEN + "); 施工单位, the object of 责令, is a pivot's object (round 30)",
           lead_alternatives=[[GJB], []], responsible_alternatives=[[GJB]]),
        U1(["五", "2"], ["镇监察室"], "「镇监察室负责对限额以下工程管理的行为行使监督职能…」 — A负责 (rule 2); " + FEN),
        U1(["五", "6"], ["镇投促中心"], "「镇投促中心负责对辖区内…的经营业态进行把关。」 — A负责 (rule 2)"),
        U1(["五", "7"], ["镇安监所", "消防部门"],
           "「镇安监所负责对…的安全进行监管，并协同消防部门对…的消防安全进行监管及指导。」 — A负责 and 「A协同B＋verb」 read as 「A会同B＋verb」 "
           "(round 30 clarifications): lead A (lead [] accepted), responsible A, B",
           lead=["镇安监所"], lead_alternatives=[[]], responsible_alternatives=[["镇安监所"]]),
        U1(["五", "9"], ["镇城管中心"],
           "「镇城管中心负责…的巡查监督、宣传教育工作，发现违法违规建设项目及时报送镇规建办与镇城运中心，并协助镇规建办对…实施现场监管、竣工验收等工作。」 — "
           "A负责 (rule 2); 镇规建办 and 镇城运中心 receive its reports (rule 3), and 镇规建办 is the body 镇城管中心 helps, named as the "
           "object of 协助, not a helper after a doer (round 30's 「A负责…，B配合／协助」 is B helping) — RULING? 2",
           responsible_alternatives=[["镇城管中心", GJB]]),
        U1(["五", "12"], ["房屋产权方", "出租方"],
           "「房屋产权方及出租方应尽到管理责任，落实产权方主体责任，杜绝…。与承租者签订合同中应明确安全生产责任工作，并有效督促承租单位的安全管理工作。」 — 落实 is "
           "rule 2's verb whatever its object (round 66's p46d) and 落实X的主体责任 designates its subject (round 46; round 68 on "
           "x33_01); 及 parts two whole names (round 34: 和 parts two names; round 67's x280_01: a split only where each side is "
           "a whole name); parties by their role are units as printed (round 62 p52c); 承租单位, the object of 督促, is none "
           "(round 30) — RULING? 3 on 及",
           responsible_alternatives=[["房屋产权方及出租方"]], lead_alternatives=[[]]),
        U1(["五", "13"], ["项目户管单位（各村、合作社、镇属公司、相关部门、居委会）"],
           "「项目户管单位（各村、合作社、镇属公司、相关部门、居委会）负责配合…做好手续办理，以及巡查监督、宣传教育工作，…并协助镇规建办对…实施现场监管…」 — "
           "A负责 (rule 2); the bracket says which bodies the 户管单位 are, kept with the name as a bracket naming the same "
           "party is (round 65's 市公用事业局(环卫局), round 68 on x33_01) — RULING? 4; the bare name and the five bracketed "
           "kinds accepted",
           responsible_alternatives=[["项目户管单位"], ["各村", "合作社", "镇属公司", "相关部门", "居委会"]],
           lead_alternatives=[["项目户管单位"]]),
        U1(["六", "1"], ["镇各相关部门"],
           "「镇各相关部门应按照相关规章、制度，落实专人，明确职责，做好工程项目管理的相关工作。」 — 落实 is rule 2's verb whatever its object "
           "(round 66's p46d); a group by a kind with a rule-2 verb is a doer, not a call (round 30 clarifications); a 工作要求 "
           "item that names a unit is a task (rounds 27, 33; round 67)",
           lead_alternatives=[["镇各相关部门"], []]),
        U1(["六", "2"], [GJB],
           "「对不按照本实施意见要求办理工程备案手续的建设单位，由镇规建办提出整改意见；仍不按整改意见执行的建设单位，由镇规建办上报区相关部门进行立案处理。」 — "
           "由A＋verb of doing (" + YOU + "); a step against those who fail the rule is the item's own step (round 67's x283_08), "
           "not a rule-3 case; 区相关部门 receives (rule 3)"),
     ],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks; no cover, the text is the plan): the preamble no task; 一、适用范围 a definition of scope "
            "(round 66's x81_04: a definition in headed points is a general provision) and 二、组织机构 a childless point that "
            "sets up the leading group (a body the item sets up is no unit, rule 3; a top-level section with no numbered "
            "children is a section, plans-dev EXPECTED.md lines 21–25) → 0; 三、 1.–6.: 1., 3., 4., 5. give serving bodies "
            "work (会签, 制定, 发放, 监督) → 4, while 2. and 6. are the applicant's own steps (round 52's x236_03, round 67 on "
            "x284_04: the parties' own steps are rules for the applicant) → no tasks; 四、 （一）–（五）: 1.适用范围 (scope), "
            "2.申报主体 (who applies: an applicant, round 30) and 4.提交材料 (materials, round 35) give no work, 3.操作流程 is "
            "the applicant's own steps in （二）–（五） and the serving bodies' steps in （一） 3.（1）, （2） → 2, and the closing "
            "paragraph after 4.'s lines in （一）–（四） 「镇规建办在收到…后…在规定期限内办结…」 is the office's own work on others' "
            "papers (round 36: a closing paragraph giving work is one more task; round 63) → 4; 五、 1.–13. → 13 (under 职责分工 "
            "every body given work is a unit, round 67); 六、工作要求 1.–6.: 1. and 2. name units → 2, 3.–6. name none "
            "(3. subjectless, 4. 建立 and 5. 纳入／加强 outside rule 2's list, 6. 参照…实施 subjectless) — 工作要求 items naming "
            "no unit in a plan whose tasks name units are no tasks (seeds EXPECTED.md lines 3–5); 七、其他 entry into force and "
            "interpretation (round 30) → 0. **25**. Accepted: 27 (三、2., 6. as procedure steps), 21 (四、's closing "
            "paragraphs not counted, being unnumbered), 19 (both 四、 readings off: 四、 as 2), 29 (六、 all six as tasks), 33 "
            "(三、 all six and 六、 all six).",
            "dates: the signature 2020年9月27日; no item carries a date (「5个工作日」「3个工作日」 are limits from an event, "
            "「及时」「立即」 no dates); no deadline in any sample",
            "figures: the bands 100万元以下, 30万元以下, 30万至100万元, 50万元至100万元 all stand inside nouns naming projects, "
            "works or the class a rule covers (" + CLASS + "; round 66's x81_04: a band in a definition is no target) → "
            "no targets, no plan targets; the office's 「在规定期限内办结（5个工作日）」 limits are not checked (a bracketed "
            "limit with no comparison word; not sampled)",
            "duties: the office's 「将项目信息抄送至各相关部门」 and 五、9.'s 「及时报送镇规建办与镇城运中心」 are sendings (rounds 46, 48) "
            "but undated and inside the items' work; not listed (RULING? 5)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x297_02_putuo-fagaiwei-2026-dierpi-shi-fuwuye-fazhan-yindao-zijin-shenbao-tongzhi.txt"
N02 = "关于组织开展普陀区2026年度第二批市服务业发展引导资金项目申报工作的通知"

plan(X02,
     title=N02,
     title_note="the notice's own title line (line 1); no cover",
     doc_no="none printed (the index row gives 「-」)",
     issuer="上海市普陀区发展和改革委员会 (signed)",
     date="2026-06-02 (signed 「2026年6月2日」)",
     level="a district development and reform commission (Putuo, Shanghai): a call for the second 2026 batch of the city "
           "service-industry guiding fund — basis, the applicants' conditions and online steps, the commission's intake "
           "(way, time, no fees)",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075204036&siteId=0075", 1533),
     style="no cover: title line, a preamble 「…具体申报要求如下：」, three points 「一、」–「三、」, items 「1、」 (二、 and 三、), ①–④ inside "
           "二、1、 and 2、; 三、1、 and 2、 open with a field name 「受理方式：」「受理时间：」; 附件 list, signature, date, a contact line",
     leaf_tasks=1, count_alternatives=[3, 2, 4, 6],
     leaf_tasks_by_section={"一、": 0, "二、": 0, "三、": 1},
     childless_top_level_sections=["一、申报依据"],
     samples=[
        S(["三"], [], ["区发改委"], dl="本批次申报受理截止时间为2026年7月10日（周五）24:00", dln="2026-07-10",
          lead_alternatives=[["区发改委"], ["普陀区发改委"], []],
          responsible_alternatives=[["普陀区发改委"], ["区发改委", "普陀区发改委"]],
          note="「三、申报受理要求 1、受理方式：…2、受理时间：本批次申报受理截止时间为2026年7月10日（周五）24:00，…之后，区发改委将组织开展区级专家评审，做好初审转报相关工作。"
               "3、…普陀区发改委委托第三方机构负责组织区级专家评审和项目管理…」 — numbered lines that are the fields of one item (its way, "
               "its time) make the item one task, dated by its 时间 field, the window's end its deadline (round 70 on x287_03, "
               "turned: rounds 35, 44); A组织开展 is rule 2 (区发改委); 「A委托B＋verb」 names A, B none by that clause "
               "(rounds 33, 39; round 67 on x284_04); 区发改委 and 普陀区发改委 are one body printed two ways (rounds 43, 48: "
               "either accepted) — RULING? 6 on 3、 as a field"),
     ],
     plan_targets=[(500, "万元")],
     phases=[],
     duties=[{"what": "区发改委将组织开展区级专家评审，做好初审转报相关工作", "when": "", "when_norm": None,
              "note": "三/2: after the intake closes the commission reviews the projects and passes them on to the city — an "
                      "undated duty (round 48's 转报; round 49's x228_03; plans-next291's x291_01 四/4 alike)"}],
     notes=["counting (leaf tasks; the notice is the plan): the preamble (the commission opens the intake 「即日起开始受理」) "
            "no task; 一、申报依据 the documents the call rests on, childless, no work → 0; 二、 1、 and 2、 the conditions an "
            "applicant and a project meet (round 35: lists that give no work; round 52's x236_01) and 3、 the applicant's "
            "own online steps (round 52's x236_03; round 57: the applicants' sending is a rule for the applicant) → 0; 三、 "
            "one task of fields (round 70 on x287_03) → **1**. Accepted: 3 (三、1、–3、 as leaves), 2 (三、 with 3、 apart), 4 "
            "(二、3、 too), 6 (every numbered leaf).",
            "units: 三、 only; the applicants (项目单位, 申请主体) are no units (round 30); 第三方机构 is the object of 委托",
            "dates: signed 2026-06-02; 三、2、 「2026年7月10日（周五）24:00」 the intake's end, 三、's deadline; 「即日起」 the "
            "opening, no date; 二、2、 「3年内」 a bar for applicants (内 alone, not checked)",
            "figures: 二、2、② 「经核定的项目总投资500万元（含）以上」 a threshold a project must meet in a conditions list → a plan "
            "target (round 48; plans-next291's x291_01 二、3. alike) 500 万元; the upload limit 「不超过50M」 an applicant's "
            "rule, not checked; 沪府规〔2025〕4号, 沪发改服务〔2025〕12号 document numbers"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x297_03_changning-fagaiwei-2026-dierpi-shanghai-shi-fuwuye-fazhan-yindao-zijin-shenbao-tongzhi.txt"
N03 = "关于开展2026年度第二批上海市服务业发展引导资金项目申报工作的通知"

plan(X03,
     title=N03,
     title_note="the notice's own title line (line 1); no cover",
     doc_no="none printed (the index row gives 「-」)",
     issuer="上海市长宁区发展和改革委员会 (signed)",
     date="2026-06-01 (signed 「2026年6月1日」)",
     level="a district development and reform commission (Changning, Shanghai): a call for the second 2026 batch of the "
           "city service-industry guiding fund — the fund's fields, who may apply, conditions, 17 materials, the "
           "procedure (formal application, district review), a closing note on fraud",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=007481718&siteId=0074", 2240),
     style="no cover: title line, a preamble 「…相关事项通知如下：」, five points 「一、」–「五、」, items 「1、」, 三、 with a paragraph and "
           "「(1)」–「(4)」 in half-width brackets; 五、1、 and 2、 open with a heading word 「正式申报。」「区级评审。」; a contact line, two "
           "附件 lines, signature, date and a 注",
     leaf_tasks=2, count_alternatives=[1, 0, 4],
     leaf_tasks_by_section={"一、": 0, "二、": 0, "三、": 0, "四、": 0, "五、": 2},
     childless_top_level_sections=["三、项目申报条件"],
     samples=[
        S(["五", "1"], [], ["区发改委"], dl="于2026年7月2日(周四)前", dln="2026-07-02",
          lead_alternatives=[["区发改委"]], responsible_alternatives=[[]],
          note="「1、正式申报。请项目单位于2026年7月2日(周四)前通过…完成系统申报…。后续区发改委将根据申报项目情况组织申报培训会，对申报工作进行辅导及答疑咨询。」 — "
               "the applicants' own steps are rules for the applicant (round 52's x236_03), but the commission's 组织＋work "
               "(rule 2's 组织召开 form) gives the item work → a task, [区发改委]; its one printed date, the intake's end, dates "
               "it (round 70 on x287_03: a window's end its deadline) — RULING? 7 (the commission's training comes 后续, "
               "after it); " + ONE_LEAD),
        S(["五", "2"], [], [],
          note="「2、区级评审。申报截止后组织开展区级专家评审会，具体时间、地点、要求另行通知。」 — 组织开展 with no subject names no unit "
               "(round 30: a verb with no subject; round 49 p46d: a subjectless instruction); 「申报截止后」 says when by an "
               "event, no date; 「另行通知」 no date — " + NONE + "; " + NODATE,
          lead_alternatives=[["区发改委"]], responsible_alternatives=[["区发改委"]]),
     ],
     plan_targets=[(60, "%")],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks; the notice is the plan): the preamble no task; 一、 1、–4、 the fund's supported fields "
            "(round 64, round 66's x143_02: a scheme's terms) → 0; 二、 1、, 2、 who may be supported and 三、 the conditions "
            "with the 「以下申报项目不予受理」 list (1)–(4) (round 35: lists that give no work) → 0; 四、 1、–17、 materials → 0; "
            "五、 1、, 2、 → **2**; the 注 asks informants to report fraud (a call to the public, no task). Accepted: 1 (五、1、 as "
            "the applicants' step alone), 0, 4 (五、 with 三、's paragraph and the 注).",
            "dates: signed 2026-06-01; 五、1、 「于2026年7月2日(周四)前」 and 「于7月2日(周四)24时系统关闭前」 one day; 三、 「2025年8月15日"
            "之后开始建设的」 selects projects (a class), no deadline",
            "figures: 四、7、 「需达到项目总投资额的60%以上」 a threshold an applicant must meet → a plan target (round 48; "
            "plans-next291's x291_01 三、7. alike) 60 %; 三、(1) 「项目总投资低于500万元人民币的项目」 and (2) 「…1年以上的规划类项目」 "
            "are figures inside nouns naming the projects not accepted, classes (" + CLASS + ") — not checked"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x297_04_jinhui-zhen-2019-xiaoxing-jianshe-gongcheng-xiangmu-guanli-shishi-yijian.txt"
N04 = "上海市奉贤区金汇镇人民政府关于印发加强金汇镇小型建设工程项目管理实施意见的通知"
P04 = "关于加强金汇镇小型建设工程项目管理"
XMB = "项目办"


def U4(path, units, note, lead=(), **kw):
    """An item of x297_04, no date in it."""
    if len(units) == 1 and not lead:
        kw.setdefault("lead_alternatives", [list(units)])
        note = note + "; " + ONE_LEAD
    return S(path, list(lead), list(units), note=note + "; " + NODATE, **kw)


plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the plan's own title line as printed (line 11, 「关于加强金汇镇小型建设工程项目管理」, its 「的实施意见」 left off by the "
                "page) or the cover notice's title (line 1): either (round 45's pair)",
     doc_no="奉金府〔2019〕9号 (from the index row and the stored front matter; the text prints none)",
     issuer="奉贤区金汇镇人民政府 (the cover's title)",
     date="2019-04-03 (the cover's 「2019年4月3日」)",
     level="a town government (Jinhui, Fengxian, Shanghai): a cover notice issuing rules for small building works under "
           "400万元 — scope, the leading group and its office, the process (approval, information, tendering, building, "
           "safety, money, files), discipline, closing points; four attachments (two forms, a chart, the group's members)",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=00845245&siteId=0084", 6040),
     style="a cover notice (addressees, one line, 「特此通知。」, date), the plan's title line, a preamble, five points 「一、」–「五、」, "
           "items 「1、」, sub-points 「(二)」–「(七)」 in half-width brackets under 三、 (its first block 1、–5、 has no （一） "
           "heading), 四、 and 五、 with (一)–(三); two sentences broken across lines by the page 「…行业专」/「门规定的…」, "
           "「…审核同」/「意后…」, 「…项」/「目管理…」; 附件 1–4 after the 附件 line",
     leaf_tasks=28, count_alternatives=[25, 36, 33, 24],
     leaf_tasks_by_section={"一、": 0, "二、": 0, "三、": 25, "四、": 3, "五、": 0},
     childless_top_level_sections=["二、组织机构及其职责"],
     samples=[
        U4(["三", "2"], [],
           "「镇政府审批通过后，投资总额在100万元以下(含100万元)的小型建设项目，由镇政府全额出资且不需要办理规划、用地等手续的，由项目办按照有关规定向镇政府立项报批，"
           "并将批复文件抄送区发改委;…占总投资 50%及以上的建设工程，应将项目方案和投资估算报区发改委审核…」 — 由项目办…向镇政府立项报批 is a filing "
           "for approval (an applicant's 申报, round 30), 由镇政府全额出资 a payer (round 30), 区发改委 a receiver (rule 3) — "
           "RULING? 8; the bands stand inside nouns naming the projects (" + CLASS + ") — " + NONE,
           responsible_alternatives=[[XMB]], lead_alternatives=[[XMB]],
           not_targets=[(100, "万元"), (50, "%")]),
        U4(["三", "4"], [],
           "「各建设单位不得对项目进行拆分后按小型工程进行审批。」 — 不得 with its act binds a body and gives work, a task naming "
           "none: a ban asks nothing done (round 67 on x280_04; round 63's x270_01) — " + NONE),
        U4(["三", "5"], ["建设单位"], "「由建设单位负责办理方案设计、预算等前期手续。」 — 由A负责 (rule 2); " + YOU),
        U4(["三", "(二)", "1"], [],
           "「投资总额100万元及以上的新建、改建、扩建工程…的小型建设工程，完成立项批复后，应进行项目信息报送。」 — subjectless 应进行 (round 49 "
           "p46d) names none; 100万元及以上 inside the noun naming the works, a class (" + CLASS + ") — " + NONE,
           not_targets=[(100, "万元")]),
        U4(["三", "(三)", "1"], [XMB],
           "「1、责任主体。由项目办牵头办理招投标手续，成立招投标工作小组，成员为：财经科、…建设单位等部门负责人。」 — 由A牵头: lead A, responsible A "
           "(rule 2); the group it sets up and its members are no units (rule 3)",
           lead=[XMB], lead_alternatives=[[]]),
        U4(["三", "(三)", "2"], ["镇招投标工作小组", "区招标办"],
           "「…项目办按规定的程序委托具有相应资质的第三方企业，通过公开招标方式确定施工承包单位。使用镇级政府性资金的小型建设工程，镇招投标工作小组受镇领导小组委托负责"
           "招标投标过程的监管;…由区招标办负责招标投标过程的监管…」 — A负责 and 由A负责 (rule 2); the group set up in (三)1、 is a doer in later "
           "items (round 36); 镇领导小组 only entrusts (受…委托); 项目办's 委托…确定 outside 第X条 articles is outside the closed "
           "list (" + CLOSED + "; round 39's 委托 read in an article) — RULING? 9; 100万元以上400万元以下 inside the noun of works, "
           "a class (" + CLASS + ")",
           responsible_alternatives=[[XMB, "镇招投标工作小组", "区招标办"]],
           not_targets=[(400, "万元")]),
        U4(["三", "(三)", "3"], [XMB],
           "「小微工程。…的小微建设工程由项目办委托具有相应资质的第三方企业通过邀请招标方式确定施工承包单位，被邀请的投标人不得少于3人。…的特殊小微建设工程，由项目办直接发包给有资质的施工单位。」 "
           "— 由A＋委托／发包 (" + YOU + "); the firm, the object of 委托, is none (round 39); 「不得少于3人」 a floor with a comparison "
           "word (不少于) → a target (round 30); the bands 100万元以下, 10万元以下 inside nouns of works, classes (" + CLASS + ")",
           targets=[(3, "人")], not_targets=[(10, "万元")]),
        U4(["三", "(四)", "1"], ["建设单位", XMB],
           "「1、责任单位。建设单位为小型项目施工安全、质量、文明施工管理的第一责任人，项目办负责监管。」 — 「A为…第一责任人」 with a duty word "
           "designates (round 67 on x285_03: 为 with a duty word; rounds 32, 58), A负责 (rule 2)",
           responsible_alternatives=[[XMB]], lead_alternatives=[[]]),
        U4(["三", "(四)", "3"], [XMB, "设计单位"],
           "「3、变更设计。在施工过程中，因客观原因需要变更设计内容的，建设单位应当向项目办提出申请，再由项目办交镇领导小组审核同意后由设计单位变更设计图。」 — "
           "the item's whole work is the response to the case its heading names (round 30: such an item takes A; not rule 3's "
           "case inside other work); 由A交… and 由A变更 (" + YOU + "); 建设单位 applies (round 30), 镇领导小组 approves (rule 3)",
           responsible_alternatives=[[XMB], []], lead_alternatives=[[]]),
        U4(["三", "(五)", "1"], ["区或镇的建设管理部门"],
           "「建设工程开工前应办理安全质量监督申报手续，并按市、区现行的规定，由区或镇的建设管理部门实施安全质量监督管理。」 — 由A实施 (rule 2); levels "
           "before one head are one name as printed (round 67 on x280_01: 「区或者街道（乡、镇）住房保障机构」), the head after 的 "
           "accepted (round 32's 的-rule) — RULING? 10",
           responsible_alternatives=[["建设管理部门"]], lead_alternatives=[["区或镇的建设管理部门"], ["建设管理部门"]]),
        U4(["三", "(五)", "3"], ["建设单位"],
           "「工程项目竣工后，建设单位应组织勘察、设计、施工和监理等单位进行工程验收，并在验收合格之日起 15 天内向项目办备案。…」 — 「A组织B＋verb」: A the doer, "
           "B the object of 组织 none (round 30); 项目办 receives the filing (rule 3); 「15 天内」 a limit with 内 alone, not "
           "checked"),
        U4(["三", "(六)", "1"], [XMB, "财政所"],
           "「…对项目总投资30万元以上(含30万元)、400万元以下(不含400万元)由项目办在区财政局、区审计局已建立的资源库中确定社会中介机构负责审价;30万元以下的小型项目由财政所"
           "选择审价单位进行审价。」 — 由A＋确定／选择 (" + YOU + "); the 中介机构 and 审价单位 are objects of 确定／选择, pivots "
           "(round 30); the banks of firms are 区财政局's and 区审计局's, no work; the bands are not sampled (a 对-phrase "
           "picking the projects with no noun after it: class or trigger, RULING? 11)",
           responsible_alternatives=[[XMB, "社会中介机构", "财政所"]]),
        U4(["三", "(六)", "2"], [],
           "「经镇领导小组审核同意，由建设各方签证确认增加的工程量，其工程款应按…结算。最终结算价原则上应控制在不超过合同价款的5%以内。」 — 「不超过…5%以内」 a ceiling "
           "with a comparison word → a target (round 30); 建设各方 names the parties by no kind of body (round 32's 各方面), "
           "accepted as a unit (round 66's X方) — " + NONE,
           targets=[(5, "%")], responsible_alternatives=[["建设各方"]], lead_alternatives=[["建设各方"]]),
        U4(["三", "(六)", "4"], [XMB],
           "「项目办安排接受上级部门的检查和审计工作，负责汇总统计并报镇监察部门备案。」 — A负责 (rule 2); 镇监察部门 receives (rule 3); the "
           "sending is an undated duty (below)"),
        U4(["三", "(七)"], [],
           "「项目办必须建立完善的建设工程项目档案管理制度，督促各建设单位收集整理档案，由档案管理员集中统一管理，并及时向项目办移交…」 — a childless sub-point "
           "is a leaf; 建立 and 督促 are outside rule 2's list (" + CLOSED + "; 督促's object none, round 30); 档案管理员 is "
           "a person (round 30) — " + NONE,
           responsible_alternatives=[[XMB]], lead_alternatives=[[XMB]]),
     ],
     phases=[],
     duties=[{"what": "项目办负责汇总统计并报镇监察部门备案", "when": "", "when_norm": None,
              "note": "三/(六)/4: the office's collected figures sent to the town's supervision office — an undated duty "
                      "(rounds 46, 48: a sending to a receiving body)"}],
     notes=["counting (leaf tasks; the cover notice and the plan it issues are one plan, 'Two documents under one cover'; "
            "tasks from the plan's title to the 附件 line): the cover no task; the preamble none; 一、 the scope's definition "
            "with its kinds 1、–7、 (round 66's x81_04) → 0; 二、 childless, setting up the group and its office (rule 3; "
            "plans-dev EXPECTED.md lines 21–25) → 0; 三、: the first block 1、–5、 → 5, (二) 1、–3、 → 3, (三) 1、–5、 → 5, (四) "
            "1、–4、 → 4, (五) 1、–3、 → 3, (六) 1、–4、 → 4, (七) a childless sub-point → 1: 25 (every numbered leaf of the "
            "process rules gives or binds work; 三、1、 the 建设单位's reporting is read as the process's first step, the "
            "town's own units, not outside applicants); 四、 (一)–(三) → 3, (三)'s nine cases one task (round 35; round 67 "
            "on x280_03: a list of cases is one task) → **28**. Accepted: 25 (四、 as discipline calls, no tasks), 36 (四、(三)'s "
            "nine lines counted), 33 (both), 24 (三、1、, 三、(二)3、 and (四)2、 read as no work, 四、 off).",
            "dates: the cover's 2019年4月3日; no item carries a date (「15 天内」 a limit from an event); 五、(一) entry into "
            "force 「自发布之日起」 (round 30)",
            "figures: targets 三、(三)3、 「不得少于3人」 3 人 and 三、(六)2、 「不超过合同价款的5%以内」 5 %; the money bands "
            "(100万元, 400万元, 10万元, 30万元 and 50% of the investment) stand inside nouns naming projects or works "
            "(" + CLASS + ") and those sampled are checked as not targets; 一、's 400万元 defines the class (round 66 on "
            "x81_04)"])


# round 58 (rul76): answers aligned to tests/data/CONVENTIONS.md "Round 74 rulings, written early" (turned, governs, and
# confirmed readings whose accepted lists differ; README, round 58)
from aligned_rulings import align76  # noqa: E402

SEND = ("a sending the rules ask of a body they task, of its own results or of what it meets in its work, is an undated "
        "duty (round 44; round 48's x223_03 「将认定结果…报送」; round 65's x279_04 「报告公安、消防…」), whether the receiver is "
        "named or a call; a party's filing on itself stays none (round 42) — aligned round 58 to CONVENTIONS.md \"Round 74 "
        "rulings, written early\" (Duties, turned: round 44, round 48's x223_03 and round 65's x279_03, x279_04 over no duty)")
align76("x297_01", ["五", "9"], "「9.镇城管中心负责…，并协助镇规建办对办理完成施工许可的工程实施现场监管、竣工验收等工作」 under 「五、职责分工」 (五、9.): 「配合A实施…」 gives the partner and A (round 36), 协助 reads as 配合 (rounds 38, 47), and the body a party assists is responsible with it (round 41's x163_04 五/1; round 63's x272_01), the more so under a work heading (rounds 35, 37); 「配合有关部门」 stays a call",
        "Units, turned: round 36's 「配合A实施…」 and round 41's x163_04 over the builder's helper reading; the builder's list stays accepted",
        resp=["镇城管中心", GJB], resp_alt=[["镇城管中心"]])
align76("x297_01", ["五", "13"], "「项目户管单位（各村、合作社、镇属公司、相关部门、居委会）负责配合…做好手续办理，…并协助镇规建办对…实施现场监管…」 (五、13.): a bracket that lists the bodies a kind stands for 「各化工园区（A、B、C）」 is dropped like 「（即：…）」, and only a bracket of one alias, role or section stays (round 37; round 65's 市公用事业局(环卫局); round 70's x287_01 2.2) — the five kinds are no reading (the bracket names no doer); and, as 五、9., the body a party assists is responsible with it (13. alike)",
        "Units, turned twice: round 37's bracket of kinds over the builder's whole name, and round 36's 「配合A实施…」 with round 41's x163_04 over the helper reading; [项目户管单位] stays accepted",
        resp=["项目户管单位", GJB], alt=[["项目户管单位"]], resp_alt=[["项目户管单位"]])
align76("x297_01", ["五", "12"], "「房屋产权方及出租方应尽到管理责任，落实产权方主体责任」 (五、12.): 「A和B」「A及B」 are two names (round 34; round 72's x284_02: 及 joins two names), each a party by role (rounds 34, 62 p52c), and 落实 with 主体责任 designates (round 46) — [房屋产权方, 出租方]; the one name is not accepted",
        "Units, confirmed: the builder's two names stand; the accepted one name 房屋产权方及出租方 is no reading",
        resp_alt=[])
align76("x297_01", None, "「镇规建办在收到建设单位的申报材料后…在规定期限内办结（5个工作日），并将项目信息抄送至各相关部门」 (四、（一）, and the same closing sendings of （三） 「…并将项目开工信息抄送至各相关部门」 and （四） 「…并将项目竣工信息抄送至各相关部门」) and 「…发现违法违规建设项目及时报送镇规建办与镇城运中心」 (五、9.): " + SEND.split(" — ")[0] + " — no duties → an undated duty each",
        "Duties, turned: round 44, round 48's x223_03 and round 65's x279_03, x279_04 over no duty",
        duties=[{"what": "镇规建办对符合条件的在规定期限内办结，并将项目信息抄送至各相关部门", "when": "", "when_norm": None,
                 "note": "四、（一）'s closing paragraph: " + SEND},
                {"what": "镇规建办核发小型建设工程施工许可证，并将项目开工信息抄送至各相关部门", "when": "", "when_norm": None,
                 "note": "四、（三）'s closing paragraph: " + SEND},
                {"what": "镇规建办在规定期限内办结，并将项目竣工信息抄送至各相关部门", "when": "", "when_norm": None,
                 "note": "四、（四）'s closing paragraph: " + SEND},
                {"what": "镇城管中心发现违法违规建设项目及时报送镇规建办与镇城运中心", "when": "及时", "when_norm": None,
                 "note": "五、9.: what the centre meets in its patrols, sent to the bodies that handle it: " + SEND}])
align76("x297_04", ["三", "(三)", "2"], "「项目办按规定的程序委托具有相应资质的第三方企业，通过公开招标方式确定施工承包单位」 (三、(三)2、): 「A委托B＋verb」 names A, B none by that clause (round 35), outside articles too (round 46's x206_03 四/（二）「业主应…委托…单位进行安全性鉴定」; round 70's x290_02 三、), as the builder read 「普陀区发改委委托第三方机构负责…」 in x297_02; rule 2's closed list is for verbs, and 委托＋verb is its own form",
        "Units, turned: rounds 33, 35 and round 46's x206_03 over the closed list; the builder's list stays accepted",
        resp=[XMB, "镇招投标工作小组", "区招标办"], resp_alt=[["镇招投标工作小组", "区招标办"]])
align76("x297_04", ["三", "(六)", "1"], "「对项目总投资30万元以上(含30万元)、400万元以下(不含400万元)由项目办…确定社会中介机构负责审价;30万元以下的小型项目由财政所选择审价单位」 (三、(六)1、, the band unchecked): a 对-phrase before the work names the class of objects the work answers (round 56; round 69), a band inside it is a class however the noun is printed or left implicit (round 68: bands inside nouns of projects, whatever step, 万 alone or 万元), and round 58 makes no exception for objects picked (round 70's x287_01 4.1) — where checked, 30 万元 and 400 万元 are not targets; the doers are read by their clauses",
        "Targets, governs: rounds 58, 68 and round 69's 「对…的」 over round 48's 的-clause trigger (RULING? 11, now checked)",
        not_targets=[(30, "万元"), (400, "万元")])
align76("x297_04", None, "「由项目办按照有关规定向镇政府立项报批，并将批复文件抄送区发改委」 (三、2、): " + SEND.split(" — ")[0] + "; the sample stays none (a step of its own approval, Round 74's x297_04 三、2、, 3、 confirmed) — no duty → an undated duty",
        "Duties, turned: round 44, round 48's x223_03 and round 65's x279_03, x279_04 over no duty",
        duties=[{"what": "由项目办按照有关规定向镇政府立项报批，并将批复文件抄送区发改委", "when": "", "when_norm": None,
                 "note": "三、2、: the approval the office obtained, copied to the district commission: " + SEND}])

# Round 60 (rul82): answers aligned to tests/data/CONVENTIONS.md "Round 82 rulings" (README, round 60)
from aligned_rulings import align82  # noqa: E402

align82("x297_01", None, "the count note's 33 「三、 all six and 六、 all six」: by its own parts 25 + 2 (三、2., 6.) + 4 (六、3.–6.) = 31; 33 is 31 with 七、其他's two general provisions (round 30 keeps a count that includes them accepted)",
        "Counts, decided: the note's own parts, with round 30's general provisions and Round 78's (c) (p60a-1)",
        counts={"count_alternatives": [27, 21, 19, 29, 31, 33]})

write_collected(DIR)
