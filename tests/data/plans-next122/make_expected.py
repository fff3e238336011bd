# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next122/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 34 (built by helper c122): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the
round-34 rulings included) applied to every item. Neither the parser nor the scorer was run on this set by its builder:
the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next122/make_expected.py tests/data/plans-next122
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    article_in,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
art = partial(article_in, DIR)
src = shanghai_source
R2 = "CONVENTIONS.md rule 2"
R3 = "CONVENTIONS.md rule 3"
R4 = "CONVENTIONS.md rule 4 (a section's lead-in gives its items units only when they name none of their own)"
BY = "round 34: 「由A＋any verb of doing」 is rule 2 whatever the verb"
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(制定, 发布, 公示, 确认, 提供, 纳入, 加强, 明确, 执行, 承诺, 报送…) is not a unit")
THR = "CONVENTIONS round 30 / 32: a quantity joined to a comparison word is a target"
EVENT = ("round 33: a limit counted from an event with no comparison word (「N个工作日内」「…后一年内」) is the item's "
         "deadline rule, not a target, and no deadline (round 34: times from an event are no deadline)")
REQ27 = ("in a plan whose tasks name units, a 有关要求 item (a 工作要求 section) that names no unit is not a task "
         "(round 27, seeds EXPECTED.md lines 3–5; round 33: one with a rule-2 doer is)")
LIST = "for an unlabelled list of doers: lead [], the listed bodies accepted as lead (as the model set plans-next110)"


def A(file, path, at_path=None, units=None, **kw):
    """A sample of an article document, located by its article label (and item marker) with ``article_in``."""
    where = art(file, at_path or path)
    if "lead" in kw:                  # a lead named (会同): the units as written, no prose note
        return S(path, kw.pop("lead"), kw.pop("resp"), **kw, **where)
    if units is None:
        return P(path, **kw, **where)
    return U(path, units, **kw, **where)


# ---------------------------------------------------------------------------------------------------------
X01 = "x122_01_shanghai-fagaiwei-2024-haishang-fengdian-xiangmu-jingzheng-peizhi-gongzuo-fangan.txt"
FW = "服务单位"
ZJZ = "专家组"

plan(X01,
     title="上海市2024年度海上风电项目竞争配置工作方案（上海市发展改革委关于公布《上海市2024年度海上风电项目竞争配置工作方案》的通知）",
     title_note="the plan's own title (after 「附件」) or the notice title (the first line): either (a notice and the "
                "plan it publishes under one cover: one plan, CONVENTIONS 「Two documents under one cover」)",
     doc_no="沪发改能源〔2024〕57号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2024-03-19 (the cover's date; the index gives 2024-03-20)",
     level="city commission (Shanghai), a work plan for allocating six offshore-wind sites by competition: the sites, "
           "the grid link, a six-step procedure, the applicants' conditions, prices, completion dates and penalties, "
           "then a flattened scoring table",
     source=src("工程建设管理", "上海市发展改革委关于公布《上海市2024年度海上风电项目竞争配置工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b12c958e447240989804e75351945baf&siteId=0025", 8572),
     style="a short cover (各有关单位; 我委…现予公布; the two service institutes named; the signature, 2024年3月19日), "
           "「附件」 and the plan's title and a preamble; 一、项目情况 （一）场址概况 (标段1–标段6 paragraphs) and （二）接入系统 "
           "(two paragraphs, 负责 ×3, 组织); 二、实施程序 a lead-in then 1.–6. 「N.heading。text」 with 4. holding "
           "（1）–（3）; 三、评分标准 one paragraph; 四、相关要求 （一）参与要求 1.–13. (申报企业应承诺…), （二） two paragraphs, "
           "（三）项目实施 1.–4., （四）监督管理 1.–4.; then 「竞争配置评分规则」, a table flattened one cell a line (竞争要素 / "
           "评价内容 / 评分标准 / 分值; rows 1企业能力（20分）, 1.1投资能力 … 4.1申报电价, each with its points)",
     leaf_tasks=29, count_alternatives=[31, 32, 11, 12],
     attachment_task_rows=0,
     childless_top_level_sections=["三、评分标准"],
     samples=[
        U(["一", "（二）"], ["市电力公司", "牵头企业"], lead_alternatives=[["市电力公司", "牵头企业"]],
          note="「市电力公司负责制订…评审方案，…组织实施」「市电力公司负责组织评审后提出…」「市电力公司负责做好…技术监督管理」 — "
               "负责 (" + R2 + "): 市电力公司; 「牵头企业组织其他海上风电开发企业…共同成立项目公司」 — 组织＋work (round 30 / 34, "
               "the pivot's object not a unit): 牵头企业, a role the plan defines (送出工程建设运维牵头企业, round 33: a unit as "
               "printed); the 项目公司 the item sets up is no unit (" + R3 + "); 「有意向的海上风电中标企业编制…」 — 编制 ("
               + CLOSED + "); 市发展改革委 approves (报…同意, " + R3 + "); G40 a name; " + LIST + "; " + NODATE),
        P(["二", "4", "（1）"], targets=[(11, "人"), (2, "人"), (8, "人")],
          note="「专家组共11人」 — the panel's own size written in the item (round 25): a target; 「部门专家2-3人，技术专家8-9人」 "
               "— ranges read at their lower edge (round 32): 2人, 8人; 「由海洋、海事、安全等部门代表以及…技术专家构成」 — members "
               "(「由A、B组成」, " + R3 + "): no unit; 「专家组推选组长一名」 — 推选 (" + CLOSED + "); a step of the procedure "
               "(二、实施程序), a leaf of a task section; " + NODATE),
        U(["二", "4", "（3）"], [ZJZ, FW], lead_alternatives=[[ZJZ, FW]],
          note="「详细评审主要由专家组根据评分标准进行客观评分」 and 「由服务单位将各项目评分结果书面报送市发展改革委」 — the agents "
               "of 由 with verbs of doing (" + BY + "): 专家组 (a panel made an actor, like a 专班, round 34: a unit as printed; "
               "set up in （1）, not by this item) and 服务单位 (a role the plan gives the two institutes, round 33), in "
               "printed order; 「同一标段申报企业评分相同的，由申报企业均分项目开发权」 — a case (" + R3 + "); " + LIST + "; "
               "the sending of the scores to the issuer is a duty; " + NODATE),
        P(["二", "5"], targets=[(5, "个工作日")],
          note="「市发展改革委在委门户网站公示中标企业等相关信息」 — 公示 (" + CLOSED + "): no unit; 「公示期不少于5个工作日」 — a "
               "time limit with a comparison word is a target (round 33); " + NODATE),
        P(["四", "（一）", "11"], targets=[(20, "%"), (2, "小时")],
          note="RULING? 四、相关要求 read as the plan's content (the applicants' conditions, prices, completion dates, "
               "penalties), not as a 工作要求 section: its leaves are tasks with a unit or not (as plans-next110 x110_03 "
               "counted a contest's conditions); 「申报企业应承诺…配套建设新型储能装置，出力不低于海上风电装机容量的20%（额定充放电"
               "时长不少于2小时）」 — 不低于 / 不少于 (" + THR + "): 20%, 2小时; 申报企业 the subject of 承诺 (" + CLOSED + "); "
               "「一半容量以上」 no digit; 「海上风电并网后一年内建成」 a limit from an event (" + EVENT + "); " + NODATE),
        U(["四", "（二）"], ["国网上海市电力公司", "政府"], lead_alternatives=[["国网上海市电力公司", "政府"]],
          note="「原则上由国网上海市电力公司保量保价收购」 — the agent of 由 with a verb of doing (" + BY + "); 原则上 is no option "
               "(可): 国网上海市电力公司; RULING? 「其中基准电价…和申报电价差值部分由政府按比例统筹用于保持工商业用户电价稳定」 — read "
               "as 由A＋a verb of doing (统筹), 政府 a doer; the other reading takes it for round 30's payer (money as object) and "
               "gives 国网上海市电力公司 alone; 「经我市能源主管部门同意」 an approver (" + R3 + "); 「不高于燃煤发电基准价」 no figure; "
               + LIST + "; " + NODATE),
        P(["四", "（三）", "2"], dl="2027年6月底前", dln="2027-06",
          other_deadlines=[{"deadline": "2026年6月底前", "deadline_norm": "2026-06"}],
          note="「标段5项目在2026年6月底前实现全容量并网；其余标段项目于2027年6月底前实现全容量并网」 — several dates in one item: "
               "the latest is the deadline, the other a step (round 34); 「在获得项目开发权后1年内完成核准」 a limit from an event ("
               + EVENT + "); 申报企业 the subject of 承诺 / 完成 (" + CLOSED + "): no unit; 标段5 a name"),
        U(["四", "（四）", "4"], ["市发展改革委"],
          note="「如企业在项目申报和实施过程中存在弄虚作假…的，该投资主体竞争配置结果作废，五年内不得参与…，相关信息由市发展改革委依法"
               "依规记入企业信用档案」 — the whole item is the response to its case: the agent of 由 is a doer (round 30 / 34, 「对…"
               "的，由A处罚」); 「五年内不得参与」 a penalty's span (round 32 / 33: not a target); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "由服务单位将各项目评分结果书面报送市发展改革委", "when": None, "when_norm": None}],
     notes=["counting: the cover's sentence on the two institutes is the cover's (not a task); 一、 （一）场址概况 (「本方案竞争配置"
            "范围为…」 and the six sites described) is a scope (round 30's general provisions): not a task; 一/（二）接入系统 names "
            "doers → 1; 二、实施程序 (its lead-in 「委托A、B作为服务单位…」「邀请C…监督」 — pivots with no subject, their objects no "
            "units) 1.–3., 4.（1）–（3）, 5.–6. → 8 (the steps of a procedure, each a leaf, with a unit or not); 三、评分标准 a "
            "childless section (one paragraph, no unit); 四、相关要求 （一）1.–13. + （二） + （三）1.–4. + （四）1.–4. → 22 "
            "(RULING?, read as the plan's content, see 四/（一）/11); the flattened 「竞争配置评分规则」 table (1企业能力…4.1申报"
            "电价: criteria with points) holds no task → **31**. Accepted: 32 (一/（一） a leaf too), 11 (四、 read as a 工作要求 "
            "section: only 四/（二） and 四/（四）/4. name units, round 27), 12 (11 + 一/（一））",
            "samples: eight of thirty-one — 一/（二）, 二/4/（1）, 二/4/（3）, 二/5, 四/（一）/11, 四/（二）, 四/（三）/2, "
            "四/（四）/4",
            "units: 负责 (一/（二）), 组织＋work (一/（二）), 由A＋verb (二/4/（3）, 四/（二）, 四/（四）/4); 二/1. 服务单位 制定 / "
            "发布, 二/6. 市发展改革委 确认 / 发布 / 抄送, 四/（一） 申报企业 承诺 — verbs outside rule 2; 四/（四）/2. 「我委可…取消…，由"
            "下一顺位的投资主体接替…」 is an option (可) and the 由 clause part of it: no unit",
            "dates: 2026年6月底前 / 2027年6月底前 (四/（三）/2.); 5个工作日内 / 20个工作日内 / 5个工作日内 (二、2.–4.) and 3个月内 / "
            "1年内 / 一年内 limits from events (no deadline)",
            "figures: 11人, 2-3人 → 2人, 8-9人 → 8人 (二/4/（1））, 不少于5个工作日 (二/5), 不低于20% / 不少于2小时 (四/（一）/11) "
            "targets; 580万千瓦 and the sites' capacities, distances and areas (一/（一）, a scope), 6个标段, 3个月内 / 2/3 / 至多2个 / "
            "5分以上 (四/（一）/2.–3., not sampled), 0.01元/千瓦时 (penalties, round 32), 五年内 (a penalty's span), the table's "
            "points and bands — not sampled or not targets",
            "duties: the service units' sending of the scores to 市发展改革委 (二/4/（3））; the applicants' and 牵头企业's "
            "sendings (项目公司成立方案, 书面说明) are the regulated parties' filings (round 32): no duty; no phases",
            "aligned round 50 (p50b): 二、2. 报名申请 (「有意向参与竞争配置的企业向服务单位进行报名并领取…工作文件」) and 3. 编制并递交申报"
            "材料 (「申报企业应在报名截止后20个工作日内…编制项目实施方案，形成项目申报材料」) are the applicants' own steps, rules for "
            "the applicant in a notice as in an article (CONVENTIONS.md Round 52 rulings on x236_03 一/（一）1、; round 49's "
            "x229_01 第七条 1.–2.): no tasks, 31 → 29; 31 (the answer before) stays accepted"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x122_02_shanghai-fagaiwei-2024-xinxing-jichu-sheshi-jianshe-xiangmu-tiexi-guanli-zhidao-yijian.txt"
HZ = "合作银行"
ZXB = "市战新办"
GL = "资金管理单位"

plan(X02,
     title="上海市新型基础设施建设项目贴息管理指导意见（2024年版）（关于印发《上海市新型基础设施建设项目贴息管理指导意见（2024年版）》的通知）",
     title_note="the 意见's own title (after 「附件」) or the notice title (the first line): either",
     doc_no="沪发改规范〔2024〕3号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会 with 市经济信息化委, 市财政局, 浦东新区人民政府, 临港新片区管委会, 虹桥国际中央商务区管委会 (six signatures)",
     date="2024-02-22",
     level="city commissions (Shanghai), a guideline in articles for interest subsidies on new-infrastructure loans: "
           "partner banks, subsidy rules, application, review, payment and oversight",
     source=src("工程建设管理", "关于印发《上海市新型基础设施建设项目贴息管理指导意见（2024年版）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e61e2604dfcf45f9bd8e78105a2f3483&siteId=0025", 4524),
     style="a cover (addressees, 请按照执行, 「附件：…」, six signatures on separate lines, 2024年2月22日), 「附件」 and the "
           "title; 第一章–第五章, 第一条–第十七条 each a heading line 「第N条（heading）」 over its paragraphs; numbered "
           "items 1.–5. (第二条, fields), 1.–3. (第三条), 1.–4. (第四条, the banks' conditions, then an unnumbered paragraph on "
           "市战新办), 1.–2. heading lines (第九条)",
     leaf_tasks=16, count_alternatives=[17, 19, 24, 25],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第四条（合作银行选择）", "1"], ["第四条（合作银行选择）", "1."], units=[HZ],
          targets=[(40, "个基点"), (10, "个基点"), (70, "个基点")], not_targets=[(5, "年")],
          note="no unit of its own; the article's opening paragraph 「合作银行负责组织受理信贷项目…」 — 负责 (" + R2 + ") — gives "
               "its items their unit (" + R4 + "): 合作银行; 「LPR减40个基点以上」「减10个基点以上」「减70个基点以上」 — 以上 (" + THR
               + "): targets; 「3年（含）以下」「5年以上」 name the loans a rate applies to (round 34: a class the rule covers is "
               "not a target): 5年 a not-target; " + NODATE),
        A(X02, ["第六条（贴息标准）"], targets=[(2, "%"), (1.5, "个百分点"), (1, "个百分点"), (50, "%"), (1, "%")],
          note="「资金管理单位在合作银行优惠利率基础上提供不高于1.5个百分点的利息补贴」 — 提供 (" + CLOSED + "): no unit; 「当合作银行"
               "优惠利率高于2%（含）时」 — a threshold that triggers the step (round 30): a target; 不高于1.5个百分点, 不高于…50%, "
               "不低于1% (" + THR + ") and 「其余项目利息补贴为1个百分点」 (a policy's own rate, round 25): targets; an article of "
               "work (round 30); " + NODATE),
        A(X02, ["第七条（贴息期限）"], lead=[ZXB], resp=[ZXB, GL], targets=[(3, "年")], dl="不晚于2026年12月底",
          dln="2026-12", lead_alternatives=[[]],
          note="「市战新办会同资金管理单位根据贴息执行情况和成效，研究滚动实施政策」 — 「A会同B＋verb」 (" + R2 + "): lead 市战新办 "
               "(lead [] accepted), responsible 市战新办, 资金管理单位; 「贴息期限一般不超过3年」 — 不超过 (" + THR + "): 3年; "
               "「贷款投放日不晚于2026年12月底」 the one date in the item: the deadline (2026-12); 「特别重大项目经市政府批准后，可…」 "
               "an approver and an option (" + R3 + ")"),
        A(X02, ["第八条（申报）"], units=[HZ],
          note="「由项目单位申报贴息」 — an applicant (round 30 / 34: not a unit); 「由合作银行汇总审核后，…集中上报有关部门」 — "
               + BY + ": 合作银行; the second paragraph's 「可通过…提供」「也可自行…推荐」 options (round 30); " + NODATE),
        A(X02, ["第九条（评估和审核）", "1"], ["第九条（评估和审核）", "1."], units=[HZ],
          note="「由合作银行将初步符合支持条件的项目报市战新办」 — " + BY + " (the bank forwards others' projects; it does not "
               "file for itself): 合作银行; RULING? 「市战新办委托第三方评估机构对…进行评估和审核，确定拟支持项目…」 — 委托 with its "
               "subject and no 由: read by the pivot rule (round 30, 委托 not in rule 2's list; round 33's 「由A委托B」 covers the "
               "agent of 由 only): 市战新办 not a doer, the 第三方评估机构 the pivot's object; 报市政府审批 a receiver; " + NODATE),
        A(X02, ["第十条（拨付）"], units=["对口财政部门"],
          note="「由对口财政部门将贴息资金直接拨付项目单位」 — " + BY + ": 对口财政部门; 「资金管理单位按有关程序批复或下达资金计划」 "
               "(" + CLOSED + "); 「资金管理单位可委托…」 an option; " + NODATE),
        A(X02, ["第十四条（调整和中止）"], lead=[HZ], resp=[HZ, "项目单位"], lead_alternatives=[[]],
          note="「合作银行会同项目单位应当定期向资金管理单位报告…」 — 「A会同B＋verb」 (" + R2 + "): lead 合作银行 (lead [] accepted), "
               "responsible 合作银行, 项目单位 (a regulated party is a doer with a rule-2 form, round 34); 资金管理单位 receives; "
               "定期 a rhythm (a duty), no deadline; " + NODATE),
        A(X02, ["第十六条（协调服务和会商机制）"], lead=["各资金管理单位"], resp=["各资金管理单位", ZXB], lead_alternatives=[[]],
          note="「各资金管理单位会同市战新办对拟支持项目进行定期会商」 — 「A会同B＋verb」 (" + R2 + "): lead 各资金管理单位 (a kind, "
               "round 32; lead [] accepted), responsible 各资金管理单位, 市战新办; 「市战新办定期向合作银行提供…清单」 — 提供 ("
               + CLOSED + "); 「各牵头单位确定联络员」 a back-reference (round 34) with 确定; 「市战新办加强组织协调」 — 加强 is the verb, "
               "组织协调 its object (no 组织＋work clause); an article of 附则 that gives work is a task (round 30); " + NODATE),
     ],
     plan_targets=[{"number": 1000, "unit": "亿元"}],
     phases=[],
     duties=[{"what": "合作银行会同项目单位应当定期向资金管理单位报告项目建设实施和资金使用情况及有关重大事项",
              "when": "定期", "when_norm": None},
             {"what": "合作银行应定期将贷款和贴息执行情况报市战新办", "when": "定期", "when_norm": None},
             {"what": "合作银行每年底向市战新办提交年度情况总结", "when": "每年底", "when_norm": "yearly (year-end)"}],
     notes=["counting: 第一条 (purpose) and 第十七条 (in force; 「有关单位可按需制定…」 an option) are general provisions "
            "(round 30); 第二条 (「鼓励合作银行建立…信贷资金」, a call, and 1.–5. defining the fields it supports: definitions) and "
            "第三条 (贴息支持范围: the projects each fund covers, 1.–3.: a scope) are not tasks; 第十三条 (the costs 「在部门预算中"
            "列支」: a payer's statement, no doer and no work) is not one (round 33); 第四条 1.–4. (the banks' conditions, the "
            "paragraph after 4. its body: round 32 / 34's trailing paragraph) → 4; 第五条, 第六条, 第七条, 第八条 → 4; 第九条 "
            "1.–2. → 2; 第十条, 第十一条, 第十二条, 第十四条, 第十五条, 第十六条 → 6 → **16**. Accepted: 17 (第十三条 in), 19 "
            "(第三条's 1.–3. leaves), 24 (第二条's 1.–5. and 第三条's 1.–3.: every numbered leaf), 25 (24 + 第十三条)",
            "samples: eight of sixteen — 第四条/1., 第六条, 第七条, 第八条, 第九条/1., 第十条, 第十四条, 第十六条",
            "units: 负责 in 第四条's opening paragraph (its items 1.–3. inherit it, rule 4; 4. has its own: the paragraph after it, "
            "「由市战略性新兴产业领导小组办公室（以下简称“市战新办”）会同相关单位…」 — 相关单位 no kind, round 33 — not sampled: "
            "the one body printed under two names), 会同 (第七条, 第十四条, 第十六条), 由A＋verb (第八条, 第九条/1., 第十条, 第十二条); "
            "第五条, 第六条, 第十一条, 第十五条, 第九条/2. name none (plain subjects, applicants, options)",
            "dates: 不晚于2026年12月底 (第七条); 按季度 (the applicants' filings), 定期, 每年底 rhythms; 2024年4月1日 / "
            "2029年3月31日 (第十七条, in force)",
            "figures: 1000亿元以上 (第二条, the credit fund's size) the plan's target; 40 / 10 / 70个基点 (第四条/1.), 不低于1000亿元 "
            "(第四条/2.), 不少于200亿元 (第四条/3.), 2% / 1.5个百分点 / 1个百分点 / 50% / 1% (第六条), 不超过3年 (第七条) targets; "
            "不低于5000万元 / 低于5000万元 (第三条, a scope), 3年（含）以下 / 5年以上 (classes of loans), 4周内 (a limit from an "
            "application), 2020年版本, 五个新城 — not",
            "duties: the banks' periodic reports (第十四条, 第十五条) and year-end summary (第十五条); the project units' quarterly "
            "applications are the regulated parties' filings (round 32): no duty; no phases"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x122_03_shanghai-yingjiju-2024-anquan-shengchan-lingyu-chuangxin-sheqi-jiancha-moshi-tongzhi.txt"
GQYJ = "各区应急管理局"

plan(X03,
     title="上海市应急管理局关于安全生产领域创新涉企检查模式的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪应急执法〔2024〕19号 (from the index; the stored text prints no number)",
     issuer="上海市应急管理局",
     date="2024-03-08",
     level="city bureau (Shanghai), a notice on graded and trigger-based safety inspections of firms",
     source=src("工程建设管理", "上海市应急管理局关于安全生产领域创新涉企检查模式的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b865b899d206428db785b802eea4e2d9&siteId=0037", 2695),
     style="a notice (各区应急管理局; a preamble); 一、总体目标 a paragraph; 二、主要任务 （一）–（五） heading lines over "
           "paragraphs, （二） with a lead-in, 1.–4. (score deductions) and a trailing 「上述规则…」 paragraph, （三） four "
           "unnumbered grade paragraphs (A级…D级) two of them with inline 「（1）…；（2）…」 lists; 三、有关要求 （一）–（三） run-in "
           "「（N）heading。text」 items; the signature, the date, a contact line",
     leaf_tasks=9, count_alternatives=[6, 8, 11, 12, 14],
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标"],
     samples=[
        U(["二", "（一）"], ["市、区两级应急管理综合行政执法队伍"],
          note="「市、区两级应急管理综合行政执法队伍负责完善入库企业基本信息…」 — 负责 (" + R2 + "); 「市、区X」 one name as printed "
               "(round 30); 「依托…构建…信息库」「基于安全画像制定…」 no subject; " + NODATE),
        P(["二", "（二）", "1"], not_targets=[(40, "分")],
          note="「近3年内发生过亡人事故的，每起减40分」 — a deduction for a failing is a penalty (round 32 / 33): not a target; 近3年内 "
               "a past span; a leaf of a task section (the score's rules), no unit; " + NODATE),
        P(["二", "（三）"], targets=[(1, "次"), (2, "次")], not_targets=[(60, "分"), (80, "分")],
          note="「A级企业原则上每年开展1次现场计划检查，确有需要的不超过2次」 — the item's own frequency (round 25) and 不超过 ("
               + THR + "): 1次, 2次; 「执法积分≤60分的企业」「60分＜执法积分≤80分的企业」「执法积分＞80分的企业」 name the firms of a "
               "grade (round 34: a class the rule covers is not a target): 60分, 80分 not targets; 「4个等级」 a count of kinds; "
               "RULING? the inline 「（1）…；（2）…」 lists in the B and C paragraphs (the firms a grade includes) are read as the "
               "paragraphs' text, not as items (round 34's items numbered inside one paragraph was written for lists of work; "
               "read literally they make four leaves here: count 12 accepted); 「市、区两级应急管理局根据…认为需要开展一般检查的"
               "企业」 a body inside a noun's description (round 30); 「督促开展…」 no subject; " + NODATE),
        U(["三", "（二）"], [GQYJ],
          note="「各区应急管理局要结合分类分级执法，持续完善…。要加大…实施力度，严格落实风险预警监测的闭环处置工作。」 — 落实 with the "
               "subject carried over inside the paragraph (round 34: an elided subject): 各区应急管理局, a kind, a doer with a "
               "rule-2 verb (round 32); a 有关要求 item with a doer is a task (round 33); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、总体目标 a childless section; 二、 （一） + （二）1.–4. (the deductions: leaves of a task section) + "
            "（三） + （四） + （五） → 8; 三、有关要求: （二） names a doer (落实, an elided subject) → 1; （一） 「各区应急管理局要…认识…"
            "明确工作专班推进落实，严格执行…，建立健全…」 (明确 / 执行 / 建立 outside rule 2; the 专班 the item sets up, rule 3) and "
            "（三） (加强 / 拓展 / 提炼 / 总结 / 推动) name none: not tasks (" + REQ27 + ") → **9**. Accepted: 6 (（二）'s 1.–4. "
            "read as the rules of one task), 8 (三/（二） without the carried subject), 11 (三、 whole), 12 (（三）'s inline "
            "（1）（2） lists read as four items, RULING?), 14 (both)",
            "samples: four of nine — 二/（一）, 二/（二）/1, 二/（三）, 三/（二）",
            "units: 负责 (二/（一）) and 落实 with a carried subject (三/（二）); 二/（四）「市、区两级应急管理局应及时将预警企业纳入…」 "
            "— 纳入 (closed list), 「区应急管理局如逾期未开展…的，市应急局将提级检查」 a case (rule 3); 二/（五） an option (可采用)",
            "dates: none in any item (每统计年度, 每年, 当月 / 下月 rhythms and windows; 2023-2025年 a plan's name)",
            "figures: 1次 / 不超过2次 (二/（三）) targets; 100分 (the initial score), 40 / 20 / 20 / 10分 (deductions, penalties), "
            "近3年内 / 近1年内 (past spans), ≤60分 / ＞80分 (grade classes), 4个等级 — not",
            "no phases, no duties (the firms' 填报 is theirs; the bureau's 通报 is inside a case)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x122_04_shanghai-yingjiju-2024-xiangzhen-jiedao-gongnengqu-anquan-shengchan-xingzheng-jiancha-xianjie-zhidao-yijian.txt"

plan(X04,
     title="上海市应急管理局关于加强本市乡镇街道及功能区（园区）安全生产行政检查衔接工作的指导意见",
     title_note="the 意见's title (the first line)",
     doc_no="沪应急执法〔2024〕18号 (from the index; the stored text prints no number)",
     issuer="上海市应急管理局",
     date="2024-03-08",
     level="city bureau (Shanghai), a short guideline dividing safety inspections between the district bureaus and "
           "the towns, streets and zones",
     source=src("工程建设管理", "上海市应急管理局关于加强本市乡镇街道及功能区（园区）安全生产行政检查衔接工作的指导意见.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=469681db0f4043b1bbb958429212c772&siteId=0037", 1870),
     style="a short 意见 (各区应急管理局; a preamble); 「一、 总体目标」 (a space after 、) a paragraph; 二、 主要任务 （一）（二） "
           "heading lines over two and three paragraphs; 三、 有关要求 （一）–（三） run-in 「（N）heading。text」 items; the "
           "signature, the date, a contact line",
     leaf_tasks=2, count_alternatives=[5],
     attachment_task_rows=0,
     childless_top_level_sections=["一、 总体目标"],
     samples=[
        S(["二", "（一）"], ["区应急管理局执法队伍"], ["区应急管理局执法队伍", "乡镇街道、功能区（园区）安全生产管理部门"],
          note="「辖区重点检查范围内的企业由区应急管理局执法队伍牵头开展检查，重点检查范围外的企业由乡镇街道、功能区（园区）安全生产管理"
               "部门统筹调度…开展检查」 — a scope split of the item's own work (round 34: both are doers): 「由A牵头」 gives lead A "
               "(" + R2 + "), the agent of the second 由 a doer (" + BY + "); 「乡镇街道、功能区（园区）安全生产管理部门」 places "
               "joined by 、 before one head, one name as printed (round 31, its bracket kept, round 34); the second paragraph "
               "(「动态掌握…，适时将…纳入…」「鼓励采用…」) has no subject; " + NODATE),
        P(["二", "（二）"],
          note="「持续加强对乡镇街道…的指导，聚焦…开展检查，…开具…执法文书」 no subject; 「指导乡镇街道对…依法实施行政处罚」「指导乡镇"
               "街道、功能区（园区）…制定…清单」 — the objects of the pivot 指导 are not units and the pivot has no subject (round 30); "
               "「工贸篇2023年版」 a name; 「16项重点检查事项」 the list of another document (not sampled as a figure); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各乡镇街道、功能区（园区）安全生产监督检查人员发现违法行为或者事故隐患，需报告区应急管理局进一步行政处罚的，应当及时采集、固定证据，于24小时内报至对口联系的执法小组",
              "when": "于24小时内", "when_norm": None},
             {"what": "各对口联系的执法小组要主动跨前，每月不少于1次赴包干的乡镇街道、功能区（园区）巡回坐班",
              "when": "每月不少于1次", "when_norm": "monthly"}],
     notes=["counting: 一、 总体目标 a childless section; 二、 （一）（二） → 2; 三、 有关要求 （一） (各区应急管理局要…包干联系…，做好…), "
            "（二） (persons — 监督检查人员 — 采集 / 报至), （三） (执法小组 跨前 / 巡回坐班 / 协助 / 研判 / 收集) name no doer by rule 2: "
            "not tasks (" + REQ27 + ") → **2**. Accepted: 5 (三、 whole)",
            "samples: both tasks",
            "units: 由A牵头 and 由B＋verb in a scope split (二/（一））; 指导 pivots with no subject (二/（二））; 协助 with no doer "
            "(三/（三）, round 34: 配合 / 协助 need a doer)",
            "dates: none (24小时内 from an event; 每月 a rhythm; 年度 plans)",
            "figures: 每月不少于1次 (三/（三）, not a task) would be a target; 16项 (a list in another document), 2023年版, 24小时内 "
            "(a limit from an event), the phone and fax numbers — not sampled",
            "duties: the towns' inspectors' report within 24 hours to the liaison team (三/（二）) and the teams' monthly visit "
            "(三/（三）, a coordination rhythm); no phases"])

# round 35 (p35d): answers aligned to CONVENTIONS.md "Round 35 rulings, written early" by reading the items
from expected_tools import _sample32, align34_units  # noqa: E402


def align35_units(file, path, lead, resp, why, alt=None):
    """``align34_units`` of round 35: the note reads 「aligned round 35: <why> (old → new)」."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 35: ", 1)


align35_units('x122_02', ['第九条（评估和审核）', '1'], [], ['合作银行', '市战新办'],
              '「市战新办委托第三方评估机构对项目资金申请报告…进行评估和审核」 — A pivot without 由 「A委托B…」 reads as 「由A委托B」: A a doer, B not (CONVENTIONS.md round 35); 「由合作银行将…项目报市战新办」 as before')  # noqa: E501


# Round 51 (al51): aligned to tests/data/CONVENTIONS.md "Round 58 rulings" → Tasks (turned, round 35 over x122_01's
# items): 「参与要求 1.–N.」 conditions an applicant meets and commitments it makes 「申报企业应承诺…」 are a list that gives
# no work (round 35; round 57's applicant), as x243_03 四/（一） reads — x122_01 四/（一）'s 13 items are text and no task:
# 29 → 16; 29 stays accepted. The sample 四/（一）/11 is dropped (README, "Round 51")
from expected_tools import _sample32 as _sample51  # noqa: E402

_p51, _ = _sample51("x122_01", None)
_p51["samples"].remove(_sample51("x122_01", ["四", "（一）", "11"])[1])
_was51 = f"leaf_tasks {_p51['leaf_tasks']} → 16, count_alternatives {_p51['count_alternatives']} → [29, 31, 32, 11, 12]"
_p51["leaf_tasks"], _p51["count_alternatives"] = 16, [29, 31, 32, 11, 12]
_p51["notes"].append(
    'aligned round 51 to CONVENTIONS.md "Round 58 rulings" (turned, round 35 over x122_01\'s items): 四/（一）参与要求 '
    "「参与竞争配置的申报企业必须具备以下条件并作出相应承诺：」 1.–13. are conditions an applicant meets and commitments it makes "
    "(「申报企业应承诺…」): a list that gives no work (round 35; round 57's applicant), as x243_03 四/（一） reads — text, no "
    f"task; the RULING? on 四、 above is settled for （一） only; {_was51}; sample 四/（一）/11 (20%, 2小时, the commitment's "
    "figures) dropped; the earlier reading stays accepted")

# aligned round 52 (al53) to CONVENTIONS.md "Round 62 rulings" (Tasks, turned; w52b): a rate a fund pays
# 「资金管理单位…提供不高于1.5个百分点的利息补贴」 (x122_02 第六条) says who pays and how much, with no doer and no 要／应: the
# scheme's terms, no task (round 46's x204_04; round 60's x264_01 三); its figures are plan targets (round 38). Its sample
# is dropped: 16 → 15, 16 stays accepted (README, "Round 52").
from expected_tools import PLANS  # noqa: E402

for _p in PLANS:
    if _p["file"] == X02:
        _p["samples"] = [_s for _s in _p["samples"] if _s["path"] != ["第六条（贴息标准）"]]
        _p["leaf_tasks"], _p["count_alternatives"] = 15, [16, 17, 19, 24, 25]
        _p["plan_targets"] += [{"number": 2, "unit": "%"}, {"number": 1.5, "unit": "个百分点"},
                               {"number": 1, "unit": "个百分点"}, {"number": 50, "unit": "%"}, {"number": 1, "unit": "%"}]
        _p["notes"][0] = ('aligned round 52 to CONVENTIONS.md "Round 62 rulings" (turned): 第六条（贴息标准） 「资金管理单位在合作'
                          '银行优惠利率基础上提供不高于1.5个百分点的利息补贴」 is a rate the fund pays (提供 with money, round 48\'s cost '
                          'verbs), the scheme\'s terms with no doer and no 要／应: no task, its sample dropped, its figures (2%, '
                          '1.5个百分点, 1个百分点, 50%, 1%) plan targets: leaf_tasks 16 → 15, count_alternatives [17, 19, 24, 25] → '
                          '[16, 17, 19, 24, 25]; 16 stays accepted; the earlier reading: ' + _p["notes"][0])

write_collected(DIR)
