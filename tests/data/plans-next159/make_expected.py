# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next159/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 39 (built by helper c159): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main
at 335dca31 (rounds 25–38 and the round-39 rulings written early). Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next159/make_expected.py tests/data/plans-next159
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another verb "
          "(编制, 发布, 审核, 报送, 提交, 加强, 办理, 确认, 告知, 开展 without 组织, 对…进行 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
LUOSHI = "CONVENTIONS.md units rule 2: the subject of 负责／落实／实施 is a doer"
ORG = "CONVENTIONS.md units rule 2, round 30 and round 34: 组织＋work makes its subject a doer; the object of 组织 is not a unit"
BY = "CONVENTIONS.md units rule 2 and round 34: the agent of 由 with any verb of doing is a doer"
ENTRUST = ("CONVENTIONS.md round 33 / round 35: 「（由）A委托B＋verb」 — A is a doer, B (the object of the pivot 委托) is not a "
           "unit")
ARTICLE = ("CONVENTIONS.md round 30 / round 33: in a document written as articles, an article that gives work is a task; "
           "general provisions (purpose, scope, definitions, 参照, entry into force) and articles with no work are not")
RHYTHM = "CONVENTIONS.md round 34: recurring dates (每年…前, 每年初, 按半年度, 按月, 定期) are a rhythm, not a deadline: " + NODATE
EVENT = ("CONVENTIONS.md round 33 / round 34: a limit counted from an event with no comparison word (一个月内, 2年内, 6个月内) "
         "is the item's deadline rule, not a target and no deadline")
APPLICANT = ("CONVENTIONS.md round 30 / round 34 / round 37: an applicant or a party filing for itself (投资主体…向…提交申请, "
             "建设单位…报请) is not a unit")
HEADING = ("CONVENTIONS.md round 34 / round 35: under a heading 管理职责 every body the text gives work (the subject of any "
           "verb of doing) is a unit, in printed order")
DUTYNOTE = ("a plan unit's sending to another body of the plan is a duty (CONVENTIONS.md round 32 / round 35; plans-dev "
            "EXPECTED.md: recurring reporting rhythms are duties)")


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x159_01_shi-fagaiwei-2022-kezaisheng-nengyuan-xinnengyuan-zhuanxiang-zijin-fuchi-banfa.txt"
N01 = "关于印发《上海市可再生能源和新能源发展专项资金扶持办法》的通知"
FGW = "市发展改革委"
QFGW = "各区发展改革委"
A7 = "第七条（申报程序）"
A12 = "第十二条（监督和管理）"

plan(X01,
     title="上海市可再生能源和新能源发展专项资金扶持办法（" + N01 + "）",
     title_note="a cover notice that forwards the 办法 (one plan, CONVENTIONS.md round 30 'two documents under one cover'): "
                "the 办法's own title or the notice's",
     doc_no="沪发改规范〔2022〕14号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 (with 上海市财政局, both signing)",
     date="2022-11-18",
     date_note="the notice is dated 2022年11月18日; the index gives 2022-11-24 (the publication date); the 办法 takes effect "
               "2022-12-15 and runs to 2026-12-31",
     level="city commission with the city finance bureau (Shanghai), the subsidy fund for renewable energy: scope, ways and "
           "rates of support, yearly plans, applications, review, publication, payment, supervision",
     source=shanghai_source("绿色低碳与节能", N01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=afdeb03a646a44f8bebc49e0c45870aa&siteId=0025", 3860),
     style="a cover notice (addressees, one sentence, two signatures, date) then the 办法 in 13 articles 「第N条（label）」 on "
           "lines of their own over paragraphs; （一）… items in most articles, 1.–7. under 第三、九条; rates 500元/千瓦, "
           "0.1／0.12／0.05／0.3元/千瓦时; 「各区发展改革在每年2月底…」 (委 missing as printed)",
     leaf_tasks=17, count_alternatives=[16, 18, 19, 20, 21],
     leaf_tasks_by_section={"第六条": 2, "第七条": 3, "第九条": 1, "第十条": 2, "第十一条": 4, "第十二条": 4, "第十三条": 1},
     attachment_task_rows=0,
     samples=[
        A(X01, [A7, "（一）"], [], ["市发展改革委", QFGW],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市发展改革委根据…，于每年初发布全年的扶持项目申报工作通知」 — the subject of 发布 is a doer (round 37's closed-list reading of this very sentence is overruled), beside 各区发展改革委 (组织), in printed order; lead []; formerly: " + "「各区发展改革委按半年度组织区内企业开展项目申报工作」: " + ORG + " (区内企业 not a unit); 「市发展改革委…于每年初发布…"
               "通知」 (发布: " + CLOSED + "); 各区发展改革委 a kind (round 32); " + SUBJ + "; " + RHYTHM),
        A(X01, [A7, "（二）"], [], ["各供电公司"], [(1, "年")], lead_alternatives=[["各供电公司"]],
          note="「户用光伏采取打捆的方式，由各供电公司向户用光伏所在区发展改革委代为申报」: an agent doing it for others 「由A代为申请」 "
               "is a doer (CONVENTIONS.md round 34) — RULING? (round 39 reads 「由A向B提供／提交…报告」 as a filing; here the agent "
               "files for others, read by round 34's 代为 rule); 「光伏项目投资主体应…向…提交…申请」 — " + APPLICANT + "; 「在项目"
               "并网投产后一年以内」: a time limit with a comparison word (以内) is a target (CONVENTIONS.md round 32 / round 33: "
               "「接报后30分钟以内」); the second 「并网投产一年以内」 (no 后) reads alike; " + SUBJ + "; " + NODATE),
        A(X01, [A7, "（三）"], ["区发展改革委"], ["区发展改革委", "供电公司", "各区建筑、交通等行业主管部门"],
          lead_alternatives=[[]],
          note="「区发展改革委会同供电公司对…审核，会同各区建筑、交通等行业主管部门对…提出初审意见」: " + WITH + " (two 会同 clauses of "
               "one subject, partners in printed order); 「各区建筑、交通等行业主管部门」 — fields joined by 、 before one head with 等 "
               "inside are one name as printed (CONVENTIONS.md round 31: 「人事、卫生等部门」); 「各区发展改革在每年2月底和8月底前将"
               "…报送市发展改革委」 (报送: " + CLOSED + ") is a duty below; " + RHYTHM),
        A(X01, ["第九条（项目审核）"], [FGW], [FGW, "市财政局"], lead_alternatives=[[]],
          note="「市发展改革委…委托第三方机构对…进行审核」: " + ENTRUST + "; 「市发展改革委会同市财政局等部门…形成拟新增奖励项目目录」: "
               + WITH + "; 「市财政局等部门」 — the 等… tail after a separate head dropped (CONVENTIONS.md round 35); the items 1.–7. "
               "list what is checked (a list that gives no work, round 35: text); 「3年内」 inside a condition (not sampled); "
               + NODATE),
        A(X01, ["第十一条（资金申报拨付和信息公开）", "（三）"], [], ["市财政局"], lead_alternatives=[["市财政局"]],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市财政局根据市发展改革委的申请，对项目资金进行拨付审核」 — responsible 市财政局, lead [] (A alone accepted as the lead); 电网企业 that passes the funds on is a paid party (round 30/34), no unit; formerly: " "「市财政局根据市发展改革委的申请，对项目资金进行拨付审核」: 「A对…进行审批」 without 由 names no doer (CONVENTIONS.md "
               "round 37: 进行 is not 实施); 「电网企业收到奖励资金后一个月内转付给各项目投资主体」 (转付: " + CLOSED + "); 「拨付给」 "
               "receivers: " + NONE + "; " + EVENT),
        A(X01, [A12, "（一）"], [], [QFGW], lead_alternatives=[[QFGW]],
          note="「各区发展改革委结合…，负责对各自申报扶持项目进行监督和管理」: " + LUOSHI + " (a kind, round 32); the heading "
               "「监督和管理」 is no heading that gives out work (round 35 / round 38 lists); " + SUBJ + "; " + NODATE),
        A(X01, [A12, "（二）"], [FGW], [FGW, "市财政局", "市住房城乡建设管理委", "市交通委"], lead_alternatives=[[]],
          note="「市发展改革委负责政策绩效目标管理…，会同市财政局、市住房城乡建设管理委、市交通委等部门对奖励项目进行抽查」: " + LUOSHI
               + "; " + WITH + "; 「A、B、C等部门」 with separate heads gives A, B, C (CONVENTIONS.md round 35); 「项目公司、法人代表」 "
               "are the objects of a penalty (no unit); " + NODATE),
        A(X01, [A12, "（三）"], ["市财政局"], ["市财政局", "市有关部门"], lead_alternatives=[[]],
          note="「市财政局负责对专项资金拨付进行审核，并会同市有关部门对…进行监督管理」: " + LUOSHI + "; " + WITH + "; 有关部门 is a kind "
               "(CONVENTIONS.md round 33), kept as printed 「市有关部门」; " + NODATE),
     ],
     plan_targets=[{"number": 500, "unit": "元/千瓦"}, {"number": 0.3, "unit": "元/千瓦时"}, {"number": 15, "unit": "%"}],
     phases=[],
     duties=[{"what": "各区发展改革委编制下一年度专项资金申请计划报市发展改革委", "when": "每年8月底前",
              "when_norm": "yearly (end of August)", "note": "第六条（一）: " + DUTYNOTE},
             {"what": "市发展改革委编制提出下一年度专项资金使用计划，提交市应对气候变化及节能减排工作领导小组办公室", "when": "每年9月底",
              "when_norm": "yearly (end of September)", "note": "第六条（二）: " + DUTYNOTE},
             {"what": "各区发展改革将初审意见及通过初审的项目目录报送市发展改革委", "when": "每年2月底和8月底前",
              "when_norm": "yearly (twice: end of February and end of August)", "note": "第七条（三）: " + DUTYNOTE},
             {"what": "电网企业将享受度电奖励的光伏项目实际发电量和应奖励金额报市发展改革委", "when": "每年4月底和10月底前",
              "when_norm": "yearly (twice: end of April and end of October)",
              "note": "第十一条（一）: the grid company reports for all listed projects as the scheme's paying agent, a plan "
                      "unit's sending (round 35) — RULING? (not a regulated party's filing for itself, round 32)"}],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 the fund's source (a statement), 第三条 scope (kinds "
            "of project), 第四条 ways of support and 第五条 rates (policy content with no body given work: 第四条（六） only "
            "「鼓励各区…」, 第五条（四） only 「…可…调整」, an option; round 38: numbered rate items are a list of rates, their rates "
            "plan targets), 第八条 materials an applicant hands in (round 35), 第十条（二） (a rule on when rewards start, no work), "
            "第十二条（五） (a prohibition and a penalty, no body), 第十三条（二） scope and entry into force. Tasks: 第六条 （一）（二） "
            "2; 第七条 （一）–（三） 3; 第九条 1 (its 1.–7. a list); 第十条 （一）（三） 2 (（三） 「如确需进行调整，由市发展改革委会同市财政局"
            "研究讨论确定」 — its only work is the response to the case, round 30); 第十一条 （一）–（四） 4; 第十二条 （一）–（四） 4; "
            "第十三条（一） 1 (配售电公司 参照…做好…: a 参照 clause that gives work, round 36) → **17**. Accepted 16 (第十三条（一） "
            "left out as 附则), 18 (第十条（二） or 第十二条（五） counted), 19 (both), 20 / 21 (第四条 and／or 第五条 counted as one "
            "task each)",
            "units not sampled: 第六条 （一）（二） (编制, 统筹, 提交: plain verbs — duties below); 第十条（一） (公示, 确认, 抄送); 第十条（三） "
            "(由A会同B in a case clause that is the item's whole work: lead 市发展改革委, responsible 市发展改革委, 市财政局 by round "
            "30 — contested); 第十一条 （一）（二）（四） and 第十二条（四） (电网企业／市发展改革委 with plain verbs); 第十三条（一） (做好) — "
            + NONE,
            "dates: none is a task's deadline (2022年11月18日 the notice; 2022年12月15日 / 2026年12月31日 entry into force and expiry; "
            "2022-2026年 the projects' years); 每年8月底前, 每年9月底, 每年初, 按半年度, 每年2月底和8月底前, 每年4月底和10月底前 are "
            "rhythms; 一年以内 (a target, sampled), 一个月内 (from an event). Targets: 500元/千瓦, 0.3元/千瓦时, 15% (plan targets, "
            "第五条 is no task: round 38 / round 35's ceiling 「不超过…15%」); also 不超过5000万元, 0.1 / 0.12 / 0.05元/千瓦时 (not "
            "listed); 大于等于50公里, 小于50公里 pick classes of projects (round 34: not targets); 达到6050小时, 5年, 20% in 第四条 "
            "(policy content, not listed)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x159_02_shi-fagaiwei-2025-guangfu-fadian-guanli-tongzhi.txt"
N02 = "关于进一步做好我市光伏发电管理的通知"
DW = "电网企业"
BAJG = "项目备案机关"

plan(X02,
     title=N02,
     doc_no="沪发改能源〔2025〕189号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 (with 国家能源局华东监管局, both signing)",
     date="2025-10-13",
     date_note="the notice is dated 2025年10月13日; the index gives 2025-10-16 (the publication date)",
     level="city commission with the national energy agency's East China office (Shanghai), photovoltaic power management: "
           "kinds of project, the sector's management, grid-connection modes, filing, grid access, construction",
     source=shanghai_source("绿色低碳与节能", N02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=3a388cc26089427fbe1a96e779e2890a&siteId=0025", 3336),
     style="a notice (addressee, preamble, two signatures, date) with headings 一、–六、 over run-in items （一）–（二十八） numbered "
           "straight through; rules on projects (可…, 按照…执行, 应符合…) beside work for 电网企业, 项目备案机关, 投资主体; "
           "「由A与B签订」, 「由电网企业代为填报」, 「由市发展改革委委托第三方机构评估后批复」; 35千伏及以上, 10千伏及以下, 2年内",
     leaf_tasks=15, count_alternatives=[14, 16, 28],
     leaf_tasks_by_section={"一、": 1, "二、": 3, "四、": 3, "五、": 1, "六、": 7},
     attachment_task_rows=0,
     samples=[
        S(["二", "（四）"], [], [BAJG], lead_alternatives=[[BAJG]],
          note="「项目备案机关应组织光伏投资主体做好…申报工作」: 「A组织B＋verb」 — " + ORG + "; 「市发展改革委制定发布…」「电网企业应及时"
               "办理…」 (" + CLOSED + "); " + SUBJ + "; " + NODATE),
        S(["二", "（六）"], [], [DW, "公共收益账户方"],
          note="「公共收益账户生成前，由电网企业…签订…并完成并网验收…；公共收益账户生成后，由公共收益账户方与电网企业签订结算补充协议」: "
               + BY + "; 「由A与B签订」 makes both doers (CONVENTIONS.md round 30); the two time clauses divide the item's own work "
               "(round 34's scope split 「实行X的由A负责，未实行X的由B负责」: both doers), not rule 3's case — RULING? (「…生成前／后，"
               "由A…」 read as a split of the work, not as 「在…时，由A…」); names in printed order; two doers, no 牵头: lead []; "
               + NODATE),
        S(["四", "（十六）"], [], [BAJG], lead_alternatives=[[BAJG]],
          note="「项目备案机关按属地原则加强建档立卡管理，并依据…组织奖励申报工作」: " + ORG + " (a verb-noun after 组织, round 34); "
               "「光伏发电投资主体应在并网投运一个月内完成建档立卡」 (完成: " + CLOSED + "; " + EVENT + "); 「电网企业应…主动提醒投资"
               "主体…」 (plain); " + SUBJ + "; " + NODATE),
        S(["四", "（十七）"], [], [DW], lead_alternatives=[[DW]],
          note="「自然人户用分布式光伏发电原则上由电网企业代为填报建档立卡信息和申报奖励」: an agent doing it for others 「由A代为…」 "
               "is a doer (CONVENTIONS.md round 34), " + BY + "; " + SUBJ + "; " + NODATE),
        S(["五", "（十九）"], [], [FGW], lead_alternatives=[[FGW]],
          note="「由市发展改革委委托第三方机构评估后批复」: " + ENTRUST + "; 「电网企业定期开展…评估，并定期将评估结果报…」 (开展 "
               "without 组织, 报: " + CLOSED + "; the sending is a duty below); 「电网企业应…提出改进措施」 (plain); " + SUBJ + "; "
               + RHYTHM),
        S(["六", "（二十）"], [], ["光伏发电投资主体"], lead_alternatives=[["光伏发电投资主体"]],
          note="「光伏发电投资主体应落实安全生产主体责任」: " + LUOSHI + " (and a designation, CONVENTIONS.md round 39: 「A承担…主体"
               "责任」); a regulated party named by a kind is a doer (round 34); 「相关方面应严格执行…」 — 有关方面／相关方面 name no "
               "body (round 32 / round 33); " + SUBJ + "; " + NODATE),
        S(["六", "（二十二）"], [], ["集中式光伏电站投资主体"], lead_alternatives=[["集中式光伏电站投资主体"]],
          note="「集中式光伏电站投资主体建设前应做好…前期工作，落实集中式光伏电站的接网消纳条件」: " + LUOSHI + " (round 34: a "
               "regulated party by a kind), name as printed; 「建设前」 is a time from an event (no deadline); " + SUBJ + "; "
               + NODATE),
        S(["六", "（二十八）"], [], [BAJG], lead_alternatives=[[BAJG]],
          note="「项目备案机关按照投资项目管理要求组织做好事中事后监管」: " + ORG + "; 「…备案后2年内仍未开工建设…的项目，电网企业应"
               "按有关规定终止并网流程」 — a case and a plain verb (rule 3; " + CLOSED + "); 2年内 a limit from an event (" + EVENT
               + "); " + SUBJ),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "电网企业定期将分布式光伏发电接入电网承载力评估结果报市发展改革委和各区发展改革委", "when": "定期",
              "when_norm": "periodic (定期, no rhythm named)",
              "note": "（十九）: " + DUTYNOTE + " — RULING? (the grid company as a plan unit, as x159_01 第十一条（一）)"},
             {"what": "电网企业应按月将并网光伏发电清单报送各区发展改革委和项目所在地管委会", "when": "按月", "when_norm": "monthly",
              "note": "（二十七）: " + DUTYNOTE}],
     notes=["counting: a notice of 28 run-in items under six headings; an item that gives work to a body (an instruction "
            "应／要 or a rule-2 doer) is a task; an item that only states a rule on projects (可…, 按照…执行, 应符合…, conditions, "
            "materials, technical requirements, permissions) is no task in a plan with units (CONVENTIONS.md round 33 / round 35 "
            "/ round 36: statements, lists and rules for the regulated with no work). Tasks: （一） (电网企业应切实做好…), （四）, "
            "（五） (「支持各区发展改革委会同行业主管部门，推动…」), （六）, （十三） (电网企业 审核／完成／补全), （十六）, （十七）, （十九）, "
            "（二十）, （二十一） (投资主体应…提交并网申请), （二十二）, （二十三） (电网企业应…确认产权分界点; 「由A出资建设」 payers), "
            "（二十五） (电网企业 告知; 经营主体 配合), （二十七）, （二十八） → **15**. Not tasks: （二）（三）（七）（八）（九）（十）（十一）"
            "（十二）（十四）（十五）（十八）（二十四）（二十六）. Accepted 14 (（二十一）, an applicant's step, left out), 16 (（二十四） 's "
            "「可由电网企业…回购」 counted) and 28 (every item counted)",
            "units not sampled: （五） 「支持各区发展改革委会同行业主管部门，推动…」 — 会同 after 支持 (an encouragement, like 鼓励: "
            "read as no assignment, contested); （二十五） 「原则上由电网企业免费提供」 — 提供 with devices as object (a payer or a "
            "doer?), 「经营主体应配合电网企业…」 (配合 needs a doer, round 34); （一）（十三）（二十一）（二十三）（二十七） — " + NONE,
            "dates: none (2025年10月13日 the notice; 国能发新能规〔2025〕7号, 〔2022〕104号, GB/T 19964, GB/T 29319 numbers); 一个月内, "
            "2年内 limits from events; 定期, 按月 rhythms. Figures: 35千伏及以上, 10千伏及以下 pick classes of project in a technical "
            "item (no task; round 34); 一次 (变更一次) no comparison word; no target sampled"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x159_03_shi-fagaiwei-2024-fenbushi-guangfu-xiangmu-guanli-tongzhi.txt"
N03 = "关于做好上海市分布式光伏项目管理有关事项的通知"

plan(X03,
     title=N03,
     doc_no="沪发改能源〔2024〕279号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2024-12-11",
     level="city commission (Shanghai), distributed photovoltaic projects: filing, grid capacity, acceptance, monitoring, "
           "transfer and retirement",
     source=shanghai_source("绿色低碳与节能", N03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=bc0c957ae6fb41daa8eb0be86f0a1364&siteId=0025", 1991),
     style="a notice (addressee, preamble citing four documents, 「特此通知」, signature, date) with five childless headed points "
           "一、–五、, one paragraph each; 「（以下称“自然人户用项目”）」「（简称“非自然人户用项目”）」; 「电网企业（负责代理自然人户用"
           "项目）」 a bracket after a name; 「由电网企业按月完成…」",
     leaf_tasks=4, count_alternatives=[5],
     leaf_tasks_by_section={"一、": 1, "二、": 1, "三、": 1, "五、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["四、加强项目监测管控"],
     samples=[
        S(["二"], [], [],
          note="a childless headed point that gives work is a task (CONVENTIONS.md round 34); 「定期组织市电力公司开展接网承载力…研究"
               "分析」 — 组织＋work with no subject printed (the issuer speaks; an elided subject carries only inside a paragraph "
               "that names it, round 34), and the object of 组织 is not a unit (" + ORG + "); 「电网企业应按照…原则为分布式光伏项目提供"
               "接网服务」 (提供 with a service as object: a plain verb, " + CLOSED + "): " + NONE + "; 定期 — " + RHYTHM),
        S(["三"], [], [],
          note="childless headed point (round 34); 「电网企业应对项目设备…购置进行核验」「应认真校核…，检查…，并代自然人申报…」「应主动"
               "指导投资企业申报…」「投资企业应通过…约定收益分成方式」: 核验, 校核, 检查, 申报 without 由, 指导 without 负责 (a guide, "
               "round 30), 约定 — " + CLOSED + ": " + NONE + "; " + NODATE),
        S(["五"], [], [DW], lead_alternatives=[[DW]],
          note="「经原备案机关同意后，由电网企业按月完成更名、过户流程」: " + BY + " (原备案机关 approves: rule 3); 「电网企业（负责代理"
               "自然人户用项目）、…投资企业应按月向原备案机关转交变更申请」 — a filing to the body that approves it (round 37: no unit "
               "by it; the bracket stays with the name, round 34, and is not read as a second 负责 clause); 「投资企业也可委托电网企业"
               "代为…」 an option (round 30); 「电网企业要做好…数据监测」 (plain); " + SUBJ + "; 按月 — " + RHYTHM),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: five childless headed points (CONVENTIONS.md round 34): 一、二、三、五、 give work → **4**; 四、 says only "
            "「鼓励电网企业、…投资主体…」 and 「鼓励存量…」 (no instruction; no task in a plan with units, round 33) — 5 accepted",
            "units not sampled: 一、 (「电网企业应按规定代自然人…备案」 — 代 without 由 (rule 2's 「由A代为申请」 needs the 由 form — "
            "contested); 「由投资企业向…备案」 an applicant's filing (round 30 / round 37); 「鼓励各区…」) — " + NONE,
            "dates: none (2024年12月11日 the notice; 沪府发〔2022〕7号 … numbers); 「原则上代为备案工作应在并网验收前完成」 a time from an "
            "event; 定期, 按月 rhythms; 「连续六个月未发电」 a trigger without a comparison word (not a target); no target",
            "balance, said plainly: the 2025 notice x159_02 covers the same field (filing, grid access, 代为 work of the grid "
            "company) in other words and more items; this one is not a near twin (another structure, another text), taken in "
            "the index's order"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x159_04_shi-fagaiwei-2025-guding-zichan-touzi-xiangmu-jieneng-shencha-tanpaifang-pingjia-shishi-banfa.txt"
N04 = "关于印发《上海市固定资产投资项目节能审查和碳排放评价实施办法》的通知"
JG = "节能审查机关"

plan(X04,
     title="上海市固定资产投资项目节能审查和碳排放评价实施办法（" + N04 + "）",
     title_note="a cover notice (with its 附件 line) that forwards the 办法 printed after it (one plan): the 办法's own title "
                "or the notice's",
     doc_no="沪发改规范〔2025〕8号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2025-10-31",
     date_note="the notice is dated 2025年10月31日; the 办法 takes effect 2025-11-01 and runs to 2030-10-31",
     level="city commission (Shanghai), the energy-saving review and carbon assessment of investment projects: duties of the "
           "reviewing bodies, levels of review, procedure, acceptance, supervision",
     source=shanghai_source("工程建设管理", N04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=d902c21dd77a4606a82c2e30866d8dbf&siteId=0025", 4259),
     style="a cover notice (addressees, purpose, 「附件：」 line, signature, date) then the 办法 in five chapters of 25 articles "
           "「第N条  text」 run in with two spaces (「第一章  总则」, 「第二章  管理职责」 with two spaces, 「第三章 审查程序」 with one, "
           "「第五章 附  则」); （一）（二） and a closing paragraph in 第七条, （一）–（五） cases in 第十五条; 「（以下简称“31号令”）」; "
           "5000吨标准煤及以上, 1000吨及以上, 2年内, 6个月内",
     leaf_tasks=19, count_alternatives=[17, 18, 20, 21, 22],
     leaf_tasks_by_section={"第二章": 7, "第三章": 7, "第四章": 5},
     attachment_task_rows=0,
     samples=[
        A(X04, ["第五条"], [], [FGW, "区发展改革委"],
          note="「市发展改革委负责制定…，组织编制…，开展…，…实施动态监管」: " + LUOSHI + "; 「区发展改革委应…强化项目节能审查实施工作」: "
               "强化 is no rule-2 verb, but the article stands under 「第二章  管理职责」 — " + HEADING + " — RULING? (a chapter "
               "heading 管理职责 read as a section heading over its articles, as round 34 names 「a section or article headed…」); "
               "two doers, no 牵头: lead []; " + NODATE),
        A(X04, ["第六条"], [], ["各级节能审查机关", "市经济信息化、住房城乡建设管理、交通、财政、市场监管、机关事务等部门"],
          note="under 「第二章  管理职责」 (" + HEADING + " — RULING? as 第五条): 「各级节能审查机关…应书面征求…意见，并及时抄送…」 "
               "(a verb of doing under the heading) and 「市经济信息化、…、机关事务等部门根据各自职责，协同做好节能审查工作」 (fields "
               "joined by 、 before one head with 等 — one name as printed, CONVENTIONS.md round 31); 「本市节能审查机关为…」 defines "
               "the bodies (round 30: a body the item defines is not one by that clause; they come back as 各级节能审查机关); 「相关"
               "管理节能工作的部门」 only gives its view (rule 3); lead []; " + NODATE),
        A(X04, ["第七条", "（一）"], [], [FGW], lead_alternatives=[[FGW]],
          note="「…的固定资产投资项目，其节能审查由市发展改革委负责」: " + BY + "; 5000吨标准煤及以上, 1000吨及以上 pick the projects "
               "the rule covers (CONVENTIONS.md round 34: a class the rule covers is not a target; not checked); 国家发展改革委 "
               "inside the projects' description 「国家发展改革委核报…审批的…项目」 is no doer (round 30); " + SUBJ + "; " + NODATE),
        A(X04, ["第十一条"], [], [FGW], lead_alternatives=[[FGW]],
          note="「国家发展改革委负责实施节能审查的固定资产投资项目，由市发展改革委开展影响分析后形成项目情况说明…一并报送」: " + BY
               + "; 国家发展改革委's 负责实施 stands inside the description of the projects (a body inside a noun's description is "
               "not a doer, CONVENTIONS.md round 30); " + SUBJ + "; " + NODATE),
        A(X04, ["第十三条"], [], [JG], lead_alternatives=[[JG]],
          note="「节能审查机关受理…后，应委托具备技术能力的机构进行评审」: a pivot without 由 「A委托B…」 reads as 「由A委托B」 (" + ENTRUST
               + "); 受理…后 is a time from an event, not a case; " + SUBJ + "; " + NODATE),
        A(X04, ["第十九条"], [], [JG], lead_alternatives=[[JG]],
          note="「由节能审查机关对该项目审查意见落实情况进行验收」: " + BY + "; 「建设单位应编制节能验收自查报告报请节能审查机关」 — "
               + APPLICANT + "; 「主管节能工作的部门应加强随机抽查」 (加强: " + CLOSED + "); 「试运行之日起6个月内」 — " + EVENT + "; "
               + SUBJ),
        A(X04, ["第二十二条"], [], ["各级建设管理部门"], lead_alternatives=[["各级建设管理部门"]],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「各级建设管理部门依法加强…信息共享」 — the subject of 加强 is a doer (the supply enterprises that push data are regulated parties, round 30/34: no units); lead [] (accepted as the lead); formerly: " + "「各级建设管理部门依法加强…信息共享，为…提供支撑」 and 「市电力公司、燃气供应企业、热力供应企业应定期将…推送至双碳数智"
               "平台」: 加强, 提供 (support, not a cost), 推送 — " + CLOSED + "; 「第四章 监督管理」 is no heading that gives out work "
               "(CONVENTIONS.md round 35 / round 38 lists): " + NONE + "; 定期 — " + RHYTHM),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各级主管节能工作的部门应加强节能审查统计分析，并报送至市发展改革委", "when": None, "when_norm": None,
              "note": "第二十一条: " + DUTYNOTE + "; no date or rhythm written (round 36: undated when no date is written)"}],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 scope and definitions, 第三条 (what the opinion is "
            "and what an applicant needs before building: a statement and the applicants' conditions), 第四条 (funds in budgets, "
            "no fee: no body given work), 第九条 (「…可…另行制定区域节能审查办法」 — round 39: 「实施细则由A另行制定」 is a general "
            "provision; also an option), 第十二条 and 第二十四条 (按照31号令…执行／处理: 参照), 第十七条 (an opinion lapses: a rule), "
            "第二十五条 entry into force. Tasks: 第五、六条 2; 第七条 （一）（二） and its closing paragraph 「…市发展改革委应及时调整或"
            "暂停其节能审查权限…」 3 (round 36: a closing paragraph after an article's items that gives work is one more task); "
            "第八条 1; 第十条 1; 第十一条 1; 第十三–十六条 4 (第十五条's （一）–（五） are cases: one task, round 35); 第十八–二十三条 6 "
            "→ **19**. Accepted 17 (第七条 one task), 18 (第七条's closing paragraph in its （二）), 20 / 21 / 22 (第三条, 第四条, "
            "第十七条 counted)",
            "units not sampled: 第七条（二） 「分别由市、区发展改革委和市政府确定的机构负责」 (由A负责: 「市、区发展改革委」 one name; "
            "「市政府确定的机构」 by round 32's 的-rule 「机构」 — an odd name, left out); 第七条's closing paragraph (市发展改革委 under "
            "管理职责; 由市发展改革委…确定); 第八条 (projects as subject; 「各级节能审查机关可…」 an option); 第十条 (「…的建设单位应委托"
            "…机构编制节能报告」 — 委托 makes 建设单位 a doer by round 35, but it prepares its own application (round 30's applicant) "
            "— contested; 「项目建设单位应出具书面承诺，对…负责」); 第二十条 (「由各级主管节能工作的部门负责」 — by the 的-rule the name "
            "would be 「部门」, left out); 第十四–十六、十八、二十一、二十三条 (plain verbs: 审查, 出具, 开展, 加强, 报送, 建立) — " + NONE,
            "dates: none is a task's deadline (2025年10月31日 the notice; 2025年11月1日 / 2030年10月31日 entry into force and expiry; "
            "2025年第31号 an order's number); 2年内, 6个月内 limits from events; 定期 a rhythm. Figures: 5000吨标准煤及以上, "
            "1000吨及以上 (第七、八条) pick classes of project (round 34: not targets); no target"])

write_collected(DIR)
