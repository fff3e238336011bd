# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next110/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 33 (built by helper c110): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``at_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the
round-33 rulings included) applied to every item. Neither the parser nor the scorer was run on this set by its builder:
the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next110/make_expected.py tests/data/plans-next110
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    at_in,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
at = partial(at_in, DIR)
src = shanghai_source
R2 = "CONVENTIONS.md rule 2"
R3 = "CONVENTIONS.md rule 3"
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(开展 without 组织, 进行, 加强, 编制, 明确, 纳入, 提出, 形成…) is not a unit")
THR = "CONVENTIONS round 30: a quantity joined to a comparison word (至少) is a target"
NOUNITS = ("the plan names no unit anywhere (no label, no doer by rule 2): every numbered leaf is a task (plans-dev 08, "
           "seed 003) and lead = [], responsible = []")
YEAREND = "「N年底前」 is written YYYY-12 (the month; a parser's YYYY-12-31 passes too)"
MULTI = ("two dates in one item (「2024年底前，…；2026年底前，…」): aligned round 34: several dates in one item — the latest is "
         "the item's deadline (CONVENTIONS round 34 rulings, Dates), the earlier in other_deadlines (was the first date "
         "written, read before the ruling)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x110_01_shanghai-zhujianwei-2024-jianzhu-shigong-anquan-shengchan-zhiben-gongjian-sannian-xingdong-shishi-fangan.txt"

plan(X01,
     title="上海市建筑施工安全生产治本攻坚三年行动实施方案（2024-2026年）（关于印发《上海市建筑施工安全生产治本攻坚三年行动实施方案（2024-2026年）》的通知）",
     title_note="the plan's own title (after the cover's date) or the notice title (the first line): either",
     doc_no="沪建质安〔2024〕217号 (printed in the text and in the index)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2024-04-30",
     level="city commission (Shanghai), a three-year campaign plan for safety in building construction, its work dated "
           "by year but given to no unit",
     source=src("工程建设管理", "关于印发《上海市建筑施工安全生产治本攻坚三年行动实施方案（2024-2026年）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=820aa74b066f4cc1b205ac81f1582489&siteId=0011", 7674),
     style="a cover (the title twice, the number, addressees, 2024年4月30日), the plan's title and a preamble; 一、工作目标 "
           "three paragraphs (to 2024 / 2025 / 2026 year-ends); 二、主要任务 （一）–（七） headings over 1.–25. NUMBERED ON, "
           "each 「N.heading。text」 with year-end dates 「2024年底前，…；2026年底前，…」 inside; 三、工作要求 （一）–（五） "
           "heading-in-sentence items with two dated sendings and a monthly report; a contact line (phone, e-mail)",
     leaf_tasks=30, count_alternatives=[25],
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        P(["二", "（一）", "1"], targets=[(1, "次")],
          note="「各级建设管理部门主要负责人要深入贯彻落实…」: 主要负责人 is a person (a person is never a unit, round 30; "
               + R3 + "); 「每季度至少召开1次会议」 — 至少: a floor, a target (" + THR + "); 每季度 the meetings' rhythm, "
               "not a report; " + NOUNITS + "; " + NODATE),
        P(["二", "（一）", "3"], targets=[(2, "家")], dl="2026年底前", dln="2026-12",
          other_deadlines=[{"deadline": "2024年底前", "deadline_norm": "2024-12"}],
          note="no subject (「推动落实…，督促企业持续加大…」: 企业 the object of 督促); 「培树建筑施工领域2-3家企业」 — a range read "
               "at its lower edge (round 32): 2家; 「一批」 no figure; " + MULTI + "; " + YEAREND + "; " + NOUNITS),
        P(["二", "（二）", "4"], targets=[(2, "轮"), (1, "次")], dl="2025年底前", dln="2025-12",
          note="「每年至少完成2轮全覆盖隐患排查」 and 「企业主要负责人要每月带队…至少开展1次检查」 — 至少: floors, targets (" + THR
               + "); 主要负责人 a person; 「2025年底前，建立完善的隐患排查和责任倒查机制」 the one date: the deadline; "
               + YEAREND + "; " + NOUNITS),
        P(["二", "（三）", "10"], dl="2026年底前", dln="2026-12",
          note="no subject (「全面推广应用…，构建…，制定智慧工地技术标准…」); 「智慧工地三年行动计划」 a name (not a target); "
               "「2026年底前，初步建成…预警体系」 the one date; " + YEAREND + "; " + NOUNITS),
        P(["二", "（四）", "13"], dl="2024年底前", dln="2024-12",
          note="no subject; 企业负责人、项目负责人、特种作业人员 are persons; 「2024年底前，建立…动态监管制度」 the one date; "
               + YEAREND + "; " + NOUNITS),
        P(["二", "（五）", "17"], dl="2025年底前", dln="2025-12",
          other_deadlines=[{"deadline": "2024年底前", "deadline_norm": "2024-12"}],
          note="no subject (「组织开展执法练兵和比武竞赛」 has none: 组织开展 names no doer without one); 「“四不两直”」 a name; "
               + MULTI + "; " + YEAREND + "; " + NOUNITS),
        P(["二", "（六）", "24"], targets=[(32, "学时"), (20, "学时"), (3, "个月")],
          note="「建筑施工企业要对新员工进行至少32学时的安全培训，每年进行至少20学时的再培训」 — 进行 (" + CLOSED + "): no unit; "
               "至少32学时 / 至少20学时 / 「实习至少3个月后方可独立上岗」: floors, targets (" + THR + "); 「督促企业…」 an object "
               "of 督促; " + NOUNITS + "; " + NODATE),
        P(["三", "（一）"], dl="2024年5月20日前", dln="2024-05-20",
          note="「各区要做好动员部署，…编制本区治本攻坚行动方案，明确…」 (" + CLOSED + "); 「请各区建设主管部门于2024年5月20日前将"
               "本区治本攻坚行动方案报我委」: the item's one date — its work (the district plan) is due then: the deadline; the "
               "sending to the issuer is also a duty; 报 is no verb of rule 2 and 我委 receives (" + R3 + "); a 工作要求 item is "
               "a task because the plan names no unit at all (round 27's exclusion is for plans whose tasks name units); "
               + NOUNITS),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "请各区建设主管部门于2024年5月20日前将本区治本攻坚行动方案报我委",
              "when": "2024年5月20日前", "when_norm": "2024-05-20"},
             {"what": "我委将定期开展全市督导检查、对治本攻坚行动进展情况进行调度，并向各区安全生产委员会通报治本攻坚行动中存在的突出问题",
              "when": "定期", "when_norm": None},
             {"what": "各区明确专人负责，加强工作梳理总结，每月3日前向我委报送上月工作进展",
              "when": "每月3日前", "when_norm": "monthly (by the 3rd)"},
             {"what": "请各区于2024年5月11日前将联络员信息（单位、姓名、职务、联系电话）报送至我委",
              "when": "2024年5月11日前", "when_norm": "2024-05-11"}],
     notes=["counting: 一、工作目标 (three paragraphs, no numbered items) is a childless section; 二、 1.–25. (numbered on "
            "across （一）–（七）) → 25; 三、工作要求 （一）–（五） → 5: the plan names no unit anywhere (every body is a person "
            "— 主要负责人, 专人 —, the plain subject of a verb outside rule 2 — 各区要编制…, 我委将开展…, 各区建设管理部门要加强…, "
            "各级建设管理部门要…总结/争取/利用 —, an object of 督促/推动/指导, or inside a noun — 属地街镇安全监管责任), so every "
            "numbered leaf is a task (plans-dev 08, seed 003) → **30**. Accepted: 25 (三、工作要求 left out as requirements)",
            "samples: eight of thirty — （一） two, （二）–（六） one each, 三、 one",
            "units: none anywhere (see counting); 「各区明确专人负责」 (三/（二）) designates a person, not a body",
            "dates: year-end dates inside the items (2024年底前 / 2025年底前 / 2026年底前, YYYY-12); items with two dates "
            "take the first (RULING?, see the samples); 三/（一） 2024年5月20日前 (the district plan); 三/（二） 2024年5月11日前 "
            "(liaison) and 每月3日前 (monthly) are sendings (duties); 一、's 到2024年底 / 2025年底前 / 2026年底前 are the plan's "
            "horizon (no figure to target)",
            "figures: 至少1次 (1.), 2-3家 → 2家 (3.), 至少2轮 / 至少1次 (4.), 至少32学时 / 20学时 / 3个月 (24.), 每半年至少1次 "
            "(22., not sampled) — targets; 「十五条」「78条」「33条」 (16.), 「四不放过」, 「三年行动计划」, 1年内 (12., a penalty's "
            "span), the contact's phone number — not",
            "duties: the district plan by 2024-05-20, the issuer's periodic 调度 and 通报 to the district safety committees (a "
            "coordination rhythm, 定期, as x100_04's 定期报告), the monthly progress report by the 3rd, the liaison by 2024-05-11; no "
            "phases (a three-year plan without stages)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x110_02_shanghai-2024-cunliang-ziyuan-yanglao-fuwu-sheshi-gongji-gongzuo-zhiyin.txt"
MZ = "民政部门"

plan(X02,
     title="促进和规范利用存量资源加大养老服务设施供给的工作指引（关于印发修订后的《促进和规范利用存量资源加大养老服务设施供给的工作指引》的通知）",
     title_note="the guideline's own title (after the cover's date) or the notice title (the first line): either",
     doc_no="沪发改规范〔2024〕7号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会 with 市民政局, 市规划资源局, 市住房城乡建设管理委, 市应急管理局, 市消防救援总队 (six signatures)",
     date="2024-04-25 (the cover's date; the index gives 2024-04-29)",
     level="city commissions (Shanghai), a guideline for turning existing buildings into elderly-care facilities: two "
           "procedures step by step, the bodies acting in sentences",
     source=src("工程建设管理", "关于印发修订后的《促进和规范利用存量资源加大养老服务设施供给的工作指引》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=135827f8052a488090f98c0693e7066e&siteId=0025", 2758),
     style="a cover (各区人民政府; 经市政府同意; six signatures, 2024年4月25日), the guideline's title and a preamble; 一、适用范围 "
           "1.–3. (what 存量资源 covers); 二、工作机制 one paragraph (各区政府 the 责任主体, 区民政部门具体负责…); 三、实施路径 two "
           "UNNUMBERED path headings 「路径一：…」「路径二：…」, each with a lead paragraph, 「办理流程：」 and steps （1）–（5） / "
           "（1）–（3） (（2） of 路径二 with a second paragraph of each body's opinions); 四、保障措施 1.–5.; 五、 (the "
           "interpreting bodies) and 六、 (in force 2024-05-01 to 2029-04-30) one line each; 「附件：」 with two titles",
     leaf_tasks=10, count_alternatives=[9, 13, 14],
     attachment_task_rows=0,
     childless_top_level_sections=["五、本指引由各相关部门根据职责负责解释。", "六、本指引自2024年5月1日起实施，有效期至2029年4月30日。"],
     samples=[
        S(["二"], [], ["各区政府", "区民政部门"],
          note="RULING? 二、工作机制 is one childless paragraph that opens with a body and gives work: read as one task by "
               "round 32's 「a childless section of unit paragraphs」 (the ruling speaks of paragraphs each opening with a "
               "body; here one paragraph holds both bodies). 「各区政府是推进本行政区存量资源有效利用的责任主体」 — a designation "
               "(round 32 「明确A为责任主体」, round 33 designations): 各区政府 a doer; 「区民政部门具体负责收集、汇总、报送…」 — "
               "具体负责 (" + R2 + "): a doer; 「协调民政、规划资源…等各方意见」 (协调 is no verb of rule 2; 各方 no body); no lead; "
               + NODATE),
        S(["三", "路径一：存量资源纳入城市更新", "（5）"], [], ["项目法人"], lead_alternatives=[["项目法人"]],
          **at(X02, "（5）"),
          note="path: 三、 then the unnumbered heading 「路径一：…」 as printed (plans-dev's rule for a heading without a "
               "number), then （5）; 「项目法人按照基本建设程序组织实施」 — 组织实施 (" + R2 + "): 项目法人, a kind of body, is the "
               "doer (responsible; lead [], it alone accepted as lead); " + NODATE),
        S(["三", "路径二：存量资源临时改变建筑使用功能", "（1）"], [], [MZ], lead_alternatives=[[MZ]],
          **at(X02, "（1）", nth=2),
          note="「存量设施权利人或受其委托的实施单位通过民政部门向区政府提出…需求」: an applicant (round 30: not a unit), 民政部门 "
               "and 区政府 receive (" + R3 + "); 「由民政部门初步汇总后，提交区政府专题研究」 — the agent of 由 with a verb of "
               "doing (汇总) (" + R2 + "): 民政部门 the doer (responsible; lead [], it accepted as lead); 附件1 a name; "
               + NODATE),
        S(["三", "路径二：存量资源临时改变建筑使用功能", "（2）"], [], ["住房建设部门"], lead_alternatives=[["住房建设部门"]],
          **at(X02, "（2）", nth=2),
          note="「区政府依托…机制，…综合…各方意见，对该存量建筑…进行决策」 — 进行 (" + CLOSED + "); the unnumbered paragraph "
               "after it (「相关部门按照各自职责提出意见，其中：属地街镇…提出意见；规划资源部门…；住房建设部门主要就房屋结构安全等提出"
               "意见，并落实消防设计审查；消防部门…；涉及园区及管委会的，…」) is this item's body (round 32, a paragraph after an "
               "item that gives work): 提出 is no verb of rule 2, but 住房建设部门 is the subject of 落实 (" + R2 + "): "
               "responsible 住房建设部门, lead [] (it accepted as lead); 园区及管委会 stand inside a case (「涉及…的」, " + R3
               + "); " + NODATE),
        S(["四", "5"], [], ["各区政府"], lead_alternatives=[["各区政府"]],
          note="「各区政府应严格落实本行政区域内养老服务设施安全监管属地责任」 — 落实 with a group named by a kind (" + R2
               + ", round 30): a doer; 「民政、住房建设、消防等部门加强…监督检查」 — 加强 (" + CLOSED + "); an item of 保障措施 "
               "that names a unit is a task (round 27); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、适用范围 1.–3. define what 存量资源 covers (a scope: round 30's general provisions) — not tasks; "
            "二、工作机制 one task (RULING?, see its sample); 三、 路径一 （1）–（5） (5) + 路径二 （1）–（3） (3) — the steps of a "
            "task section, each a leaf (plans-dev's rule), with a unit or not → 8; 四、保障措施: only 5. names a doer (各区政府 "
            "落实); 1.–4. are policy terms for the 权利人 (可…, 允许…, 经民政部门认定: an applicant, options, an approver) and "
            "name no unit: not tasks (round 27) → 1; 五、 (「由各相关部门根据职责负责解释」, the interpreting bodies) and 六、 (in "
            "force) are general provisions (round 30) → **10**. Accepted: 9 (二、 read as a childless section), 13 (二、 out, "
            "四、 whole; or 10 + 一、's three definitions), 14 (四、 whole)",
            "samples: five of ten — 二、, 路径一 （5）, 路径二 （1）–（2）, 四、5.; every sample names one doer or two (no sample "
            "on 路径一 （1）–（4） or 路径二 （3）, which name none: 权利人 applies, 区政府 纳入/明确, 组织实施部门 进行评估 — a noun "
            "as plain subject —, 民政部门 出具, 各单位 a general call)",
            "units: rule 2 only — a designation (二、), 具体负责 (二、), 组织实施 (路径一 （5））, 「由A汇总」 (路径二 （1））, 落实 "
            "(路径二 （2）'s second paragraph, 四、5.); 民政部门 / 区政府 mostly receive or approve (通过A向B提出, 报区政府批准, "
            "经民政部门认定)",
            "dates: none in any item; 2024年5月1日 / 2029年4月30日 in 六、 (in force, valid until) are no task's",
            "figures: none in the samples; 四、2.'s 「连续经营一年以上的，五年内…」 (not a task) would be a threshold",
            "no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x110_03_shanghai-anweiban-2024-shigu-yinhuan-baogao-jiangli-zuijia-shijian-chuangjian-huodong-tongzhi.txt"
GQ = "各区"
GBM = "各有关部门"

plan(X03,
     title="关于开展生产经营单位事故隐患报告奖励机制最佳实践创建活动的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪安委办〔2024〕13号 (from the index; the stored text prints no number)",
     issuer="上海市安全生产委员会办公室 with 市应急管理局, 市总工会, 市工商联 (four signatures)",
     date="2024-04-28",
     level="city safety committee office (Shanghai), a notice launching a best-practice contest with three dated stages",
     source=src("工程建设管理", "关于开展生产经营单位事故隐患报告奖励机制最佳实践创建活动的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=22104c7bb3a245ecb7d80352449b23a8&siteId=0037", 4225),
     style="a notice (addressees, two preamble paragraphs); 一、总体目标 and 二、活动对象 paragraphs; 三、活动内容及形式 a lead-in "
           "then （一）主题赛道 (unnumbered 「赛道1：」–「赛道3：」 paragraphs), （二）参评基本条件 1.–5., （三）评选标准 1.–4. with a "
           "trailing paragraph on who runs the contest, （四）评选流程 a lead-in counting 3 stages and 1.–3. 「N.name（M月底前完成）。"
           "work」 (stage 1 followed by 「线上提交：」「线下提交：」 paragraphs), （五）经验推广; 四、结果运用 a paragraph; 五、组织保障 "
           "（一）–（三）; 「附件：案例申报表」 before four signatures spaced on two lines, the date, a contact line",
     leaf_tasks=11, count_alternatives=[10, 13],  # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — 三/（二）参评基本条件 1.–5. are its text, one task (was 15; [14, 17])
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标", "二、活动对象", "四、结果运用"],
     samples=[
        S(["三", "（三）", "4"], [], ["市安委会办公室", "活动承办单位"],
          note="4.文化 (a criterion, no body) is the last item of （三）; the paragraph after it 「本次活动由市安委会办公室委托上海市"
               "安全生产科学研究所具体承办，具体评价标准由活动承办单位组织相关专家认真研究论证后制定，并向…公示」 gives work and does "
               "not speak of the run as 「以上工作由…」: it is this item's body (round 32, a trailing paragraph). 「由A委托B＋verb」 "
               "(round 33): A (市安委会办公室) the doer, B (上海市安全生产科学研究所) the pivot's object, not a unit; 「由A组织B＋verb」 "
               "(round 30): 活动承办单位 the doer — a role the document gives a body, kept as printed (round 33), 相关专家 not a "
               "unit; no lead. RULING? whether a paragraph about the whole contest after a list of criteria belongs to the "
               "last criterion (round 32's reading) or to no item; " + NODATE),
        S(["三", "（四）", "1"], [], [GQ, GBM], lead_alternatives=[[GQ, GBM]], dl="6月底前完成", dln="2024-06",
          note="stage 1 案例申报（6月底前完成）: 「各区、各有关部门及时组织符合…条件的单位填写《案例申报表》」 — 「A组织B＋verb」 "
               "(" + R2 + ", round 30): 各区 and 各有关部门 (kinds: doers with a rule-2 verb, round 32) responsible, lead [] "
               "(the two accepted as lead); the units organised are not units; the 线上提交 / 线下提交 paragraphs after it are "
               "its body (the applicants' sending: no duty, round 32); 6月底前 → 2024-06 (the notice's year, 2024-04-28); "
               "also a phase"),
        P(["三", "（四）", "2"], targets=[(3, "个")], dl="7月底前完成", dln="2024-07",
          note="stage 2 案例初审（7月底前完成）: 「组织相关专家、评委开展书面材料审查」 has no subject (no doer); 「预选出3至5个优秀"
               "案例」 — a range read at its lower edge (round 32): 3个; 7月底前 → 2024-07; also a phase"),
        P(["三", "（四）", "3"], targets=[(1, "个"), (2, "个"), (3, "个")], dl="9月底前完成", dln="2024-09",
          note="stage 3 现场评选（9月底前完成）: 「各入围申报单位通过PPT展示…」 applicants (round 30: not units); 「邀请…专家"
               "进行…」 no subject; 「设置1个一等奖、2个二等奖、3个三等奖」 — the contest's own quantities written in the item "
               "(round 25): targets; PPT / TED names; 9月底前 → 2024-09; also a phase"),
        P(["三", "（五）"],
          note="「市安委会办公室将对各单位报送的案例形成汇编，通过…渠道，宣传展示有关案例」 — 形成 / 宣传展示 (" + CLOSED + "): "
               "no unit; 「《上海安全生产》杂志」 a name; " + NODATE),
        S(["五", "（一）"], [], [GQ, GBM], lead_alternatives=[[GQ, GBM]],
          note="「各区、各有关部门要充分发动本区域、行业领域相关单位…。组织各级工会有效发动相关单位职工…」: 发动 is no verb of rule 2; "
               "the second sentence 「组织B＋verb」 (" + R2 + ") has no subject printed — RULING? read with the subject of the "
               "sentence before (各区、各有关部门), as plans-next100 (x100_04 四/（八）) read an elided subject; 各级工会 the "
               "object of 组织 (not a unit); 「各有关部门、行业商协会等可作为推荐单位」 an option (round 30); an item of "
               "组织保障 with a doer is a task (round 33); " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "案例申报", "start": None, "start_alt": "2024-04", "end": "2024-06"},
             {"name": "案例初审", "start": None, "start_alt": "2024-07", "end": "2024-07"},
             {"name": "现场评选", "start": None, "start_alt": "2024-08", "end": "2024-09"}],
     duties=[],
     notes=["counting: 一、总体目标, 二、活动对象, 四、结果运用 (「各级负有…职责的部门可以…」 an option) are childless sections; "
            "三、 （一）主题赛道 1 (a leaf: its 赛道1–3 paragraphs are unnumbered) + （二）1.–5. 5 (conditions) + （三）1.–4. 4 "
            "(criteria) + （四）1.–3. 3 (stages with work) + （五） 1 → 14 (the lists of conditions and criteria are leaves of a "
            "task section, as plans-dev 11's 重点整治内容); 五、组织保障 （一） names a doer (RULING?, its sample) → **15**; "
            "（二）「各区、各有关部门要认真总结梳理…」 and （三）「各有关单位报送的案例应…」 name none (verbs outside rule 2; 各有关单位 "
            "a general call, round 33) — not tasks (round 27). Accepted: 14 (五/（一） without a doer), 17 (五、 whole)",
            "samples: six of fifteen — （三）4., the three stages, （五）, 五、（一）",
            "units: 「由A委托B＋verb」 and 「由A组织B＋verb」 in （三）'s trailing paragraph; 「A组织B＋verb」 in stage 1 and (by an "
            "elided subject) 五、（一）; 市安委会办公室 (（五）) and 市总工会 / 市工商联 (preamble, past work) are plain subjects",
            "dates: the stages' 6月底前 / 7月底前 / 9月底前 (the notice's year 2024) are their items' deadlines and the "
            "plan's phases (stage 1 starts 「自本通知印发之日起」, April 2024; the later starts are not printed: start_alt the "
            "month after the stage before); 今年1月 / 去年以来 in the preamble are past",
            "figures: 3至5个 → 3个 (stage 2), 1个 / 2个 / 3个 prizes (stage 3) targets; 3个主题赛道 / 3个阶段 (counts of kinds "
            "in lead-ins), 赛道1–3, 近3年内 (a condition's span), 191号 (an address), the e-mail and phone numbers — not",
            "no duties (the applicants' sending of cases is the contest's content, round 32)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x110_04_shanghai-yingjiju-2024-weixian-huaxuepin-qiye-zhuyao-fuzeren-shuzhi-shuan-tongzhi.txt"
QYJ = ["各相关区应急部门", "化工园区管理机构"]

plan(X04,
     title="上海市应急管理局关于组织开展危险化学品企业主要负责人述职述安工作的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪应急危化〔2024〕35号 (from the index; the stored text prints no number)",
     issuer="上海市应急管理局",
     date="2024-04-26",
     level="city bureau (Shanghai), a notice setting up yearly safety reports by hazardous-chemical firms and their heads",
     source=src("工程建设管理", "上海市应急管理局关于组织开展危险化学品企业主要负责人述职述安工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=63e4762690284433bf7afdc13fb9b9c1&siteId=0037", 2098),
     style="a short notice (各有关区应急管理局、各有关企业; a preamble); 一、适用企业 a paragraph; 二、述职述安内容 and "
           "三、述职述安方式 each （一）（二） heading lines over one or two paragraphs; 四、工作要求 （一）–（三） heading lines over "
           "a paragraph; the signature and the date",
     leaf_tasks=4, count_alternatives=[7],
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用企业"],
     samples=[
        P(["二", "（一）"],
          note="what a firm's head reports on: 「主动履行…，组织制定并实施…，组织建立并落实…」 has no subject (组织制定 names no "
               "doer without one); 「落实应急管理部以及本市安全生产工作要求」 no subject; a leaf of a task section; " + NODATE),
        S(["三", "（一）"], [], ["本企业安全管理机构"], lead_alternatives=[["本企业安全管理机构"]],
          dl="2024年5月31日前", dln="2024-05-31",
          note="「各企业主要负责人应…撰写个人述职工作报告，于每年3月底前交由本企业安全管理机构进行存档、备查」 — 「交由A＋verb」 "
               "(round 33: 由A＋verb): 本企业安全管理机构 the doer (responsible; lead [], it accepted as lead); the head is a "
               "person; second paragraph 「各企业应…，由企业相关负责人牵头，…汇总形成企业述安工作报告，…进行报送」 — 「由企业相关"
               "负责人牵头」 is a person (never a unit, round 30); 各企业 the subject of 汇总 / 报送 (" + CLOSED + "); "
               "「每年3月底前」 recurs (no deadline); 「其中2023年工作情况报送工作请于2024年5月31日前完成」: the one dated step, the "
               "deadline; the firms' yearly filing is the policy's content for the regulated (round 32): no duty"),
        S(["三", "（二）"], [], QYJ, lead_alternatives=[QYJ], targets=[(1, "场")],
          note="「各相关区应急部门和化工园区管理机构应…定期组织开展企业述职述安现场会」 — 组织开展 (" + R2 + "): both bodies "
               "(joined by 和: two names) responsible, lead [] (the two accepted as lead); 「原则上每年应组织一场现场会」 — the "
               "item's own quantity (round 25), 一场 = 1场 (原则上 alone is no comparison word, but the figure is what must "
               "be done, not a threshold); 「三年内企业全覆盖」 a span from now (no date, no comparison word); 当地人大、政协委员代表 "
               "invited (可邀请: an option); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、适用企业 (which firms: a scope) is a childless section; 二、 （一）（二） (what is reported: leaves of "
            "a task section, no body) + 三、 （一）（二） → **4**; 四、工作要求 （一）–（三） name no unit (「各有关单位务必…」 a "
            "general call, round 33; 「各相关化工企业集团公司可参照组织…」 an option; 「各相关区应急部门要加强…指导服务，鼓励引导…」 "
            "加强 without 负责; 「各有关企业要建立…」「各相关区应急管理部门要…推动企业落实…」 verbs outside rule 2, 企业 the "
            "pivot's object) in a plan whose tasks name units: not tasks (round 27). Accepted: 7 (四、 whole)",
            "samples: three of four — 二、（一）, 三、（一）, 三、（二） (二、（二） is like 二、（一）)",
            "units: 「交由A＋verb」 (三/（一）) and 组织开展 (三/（二））; persons (主要负责人, 企业相关负责人) are never units",
            "dates: 2024年5月31日前 (the 2023 report, 三/（一）); 每年3月底前 recurs; 三年内 a span",
            "figures: 一场 (1场, 三/（二）) a target; 2023年 (a year), 「一把手」 — not",
            "no phases; no duties (the firms' yearly reports are the regulated parties' filings, round 32)"])

write_collected(DIR)
