# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next79/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 28 (built by helper c78): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next79/make_expected.py tests/data/plans-next79
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    align30,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
LABEL = ("a closing label 「（牵头部门/牵头单位：A、B，具体实施：C）」: the 牵头 units lead; responsible = every unit of the "
         "label, the leads listed with them (plans-next45 / 72 convention); names as printed (「运行处」 without 市道路运输局)")
CATS = ("categories of bodies (管线权属单位, 权属单位, 属地道路管理单位, 道路管理部门, 审批单位) and groups acting in sentences with "
        "应 / 要 / 请 are not units (plans-next72 x72_03)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x79_01_shanghai-daoyunju-2023-daolu-jiancha-jinggai-binghai-zhengzhi-tongzhi.txt"

plan(X01,
     title="关于进一步加强道路检查井盖病害整治工作的通知",
     title_note="the notice title (the first line)",
     doc_no="沪道运设养〔2023〕40号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2023-03-30",
     level="city bureau (Shanghai), to 市道运中心, the district transport commissions and the manhole-cover owners",
     source=shanghai_source("市政与基础设施", "关于进一步加强道路检查井盖病害整治工作的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=2f2eac200268487d910ae380874b7982&siteId=0010", 1947),
     style="city bureau's notice of six work points 一、–六、, each a heading line over ONE paragraph (no numbered children), "
           "then an unnumbered closing paragraph (「今年9月由市道运中心牵头，继续开展“井盖整治月”」); ASCII colon after the "
           "addressees, full-width digits 「２小时」 「４小时」, an ASCII comma, 「(此页无正文)」 in ASCII brackets",
     leaf_tasks=6, count_alternatives=[0, 7],
     leaf_tasks_by_section={"一、–六、 (top-level work points)": 6},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一"],
          note="a work point (heading over one paragraph): 「各相关管线单位是…责任主体」, 「由原管线权属单位限时填埋」, 「由属地道路"
               "管理单位进行填埋」 — " + CATS + "; 「限时」 / 「规定时限内」 no date; " + NODATE),
        P(["二"], dl="2023年6月底前", dln="2023-06-30",
          note="「要求各权属单位在2023年6月底前…进行一次彻底的检查排摸」: the item's deadline; 「也可由属地交通主管部门牵头协调明确」 "
               "is an optional arrangement for shared wells by a category, not the item's lead (lead none; " + CATS + ")"),
        P(["三"], note="「鼓励各区建立…区级平台」: encouragement to districts; 「两级平台」 words; " + NODATE),
        P(["四"], targets=[(2, "小时"), (4, "小时")],
          note="「管线权属单位应在市区２小时、郊区４小时时限内妥善处置」: the response limits are the item's required quantities "
               "(targets, as plans-dev 10's 24小时), printed in FULL-WIDTH digits; 「道路管理部门应积极配合」 a category; " + NODATE),
        P(["五"],
          note="「对各区及管线权属单位发布井盖病害处置红黑榜」: a publication, not a report; 及时率 / 完成率 named without figures; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the notice's work is six top-level points 一、–六、, each a heading over one paragraph with no numbered "
            "child → **6** (each point one task: plans-next37 x37_04 and plans-next72 x72_04 read headings over unnumbered "
            "work so, and every top-level item is a complete piece of work — the plans-dev 03 exception). Accepted: 0 (the "
            "strict childless-section rule of plans-dev EXPECTED.md) and 7 (the closing 「井盖整治月」 paragraph read as a "
            "task of its own)",
            "samples: five of 6; 六、 is not sampled because the unnumbered closing paragraph after it (「今年9月由市道运中心牵头」) "
            "may be read as 六、's continuation (lead 市道运中心, 2023-09) or as a paragraph of its own",
            "units: none as a label in any point — " + CATS + "; the only 牵头 with a named unit is in the closing paragraph",
            "dates: 2023年6月底前 (二、); 「今年9月」 (2023-09, the closing paragraph); no phases",
            "figures: ２小时 / ４小时 (full-width) in 四、; duties: none (红黑榜 is a publication, 交底 an exchange between bodies)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x79_02_shanghai-daoyunju-2023-gaosu-gonglu-fuwu-pinzhi-tisheng-tongzhi.txt"
YH = "市道路运输局养护处"
YX = "运行处"
ZX = "市道运中心"
GS = "各项目公司"

plan(X02,
     title="关于切实提升高速公路服务品质相关工作的通知",
     title_note="the notice title (the first line)",
     doc_no="沪道运设养〔2023〕28号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2023-03-21",
     level="city bureau (Shanghai), to its divisions, 市道运中心 and the expressway project companies",
     source=shanghai_source("市政与基础设施", "关于切实提升高速公路服务品质相关工作的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=33f21af18ff24dbe8f49f39455eb972f&siteId=0010", 3778),
     style="city bureau's notice-as-plan: 一、工作目标 (a paragraph, 「力争到2024年底」); 二、工作任务 （一）–（六） heading lines over a "
           "paragraph closing with a dated bracket 「（2023年6月底完成）」 and no unit; 三、工作措施 （一） three unnumbered paragraphs "
           "(work groups), （二） 1.–6. and （三） 1.–3. inline headings each closing 「（牵头部门：市道路运输局养护处、运行处，具体"
           "实施：市道运中心）」 or 「（牵头单位：市道运中心，具体实施：各项目公司）」, （四） one paragraph with the same label; 四、"
           "工作要求 （一）–（四） heading lines with no label; quarterly and monthly meetings, a quarterly report",
     leaf_tasks=17, count_alternatives=[21],
     leaf_tasks_by_section={"二、工作任务": 6, "三、工作措施": 11},
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        P(["二", "（一）"], dl="2023年6月底完成", dln="2023-06-30",
          note="a heading line over one paragraph closing 「（2023年6月底完成）」: the item's deadline; no unit"),
        P(["二", "（三）"], dl="2023年5月底完成", dln="2023-05-31",
          note="「（2023年5月底完成）」 — earlier than 二/（一）'s date: the items are not in date order"),
        P(["二", "（四）"], dl="2024年12月底完成", dln="2024-12-31",
          note="「联合公安部门」 a partner in a sentence; 「五大任务」, 「三项工作」 Chinese numerals (no target); 「实行 “一点一方案”」 "
               "with a space"),
        P(["二", "（六）"], dl="2024年12月底完成", dln="2024-12-31",
          note="「部路网中心下发的《…方案》」 a source; no unit"),
        S(["三", "（二）", "1"], [YH, YX], [YH, YX, ZX], note=LABEL + "; " + NODATE),
        S(["三", "（二）", "2"], [ZX], [ZX, GS], note=LABEL + "; 「市道运中心负责监督推进并进行行业审查」 agrees; " + NODATE),
        S(["三", "（二）", "3"], [ZX], [ZX, GS],
          note=LABEL + "; 「形成细化的季度和年度任务分解表，并报送市道运中心备案」 a filing (see duties), no date; " + NODATE),
        S(["三", "（二）", "4"], [YH, YX], [YH, YX, GS, ZX],
          note=LABEL + "; 「具体实施：各项目公司，市道运中心」 split on ，; 「二次审批」 a Chinese numeral; " + NODATE),
        S(["三", "（二）", "5"], [ZX], [ZX, GS],
          note=LABEL + "; 「建立工作组季度例会和专班月度例会制度」 and 「及时向市道运中心报告」 are duties (see duties); " + NODATE),
        S(["三", "（三）", "2"], ["市道路运输局计财处"], ["市道路运输局计财处", ZX],
          note=LABEL + "; the text agrees (「市道路运输局计财处牵头市道运中心…」); 「年度预算计划」 a yearly plan, no report; " + NODATE),
        S(["三", "（三）", "3"], [ZX], [ZX],
          note="「（牵头部门：市道运中心）」 alone: the one labelled unit is the lead (an explicit 牵头 label); " + NODATE),
        S(["三", "（四）"], [YH, YX, "计财处"], [YH, YX, "计财处", ZX],
          note="a heading line over one paragraph (a leaf) closing 「（牵头部门：市道路运输局养护处、运行处、计财处，具体实施："
               "市道运中心）」; 「每季度编制…评价报告」 a quarterly report (see duties); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各项目公司形成细化的季度和年度任务分解表，并报送市道运中心备案", "when": "未写明", "when_norm": None},
             {"what": "建立工作组季度例会和专班月度例会制度", "when": "季度 / 月度",
              "when_norm": "quarterly (工作组例会) and monthly (专班例会)"},
             {"what": "各项目公司积极推进各专项工作实施方案，并及时向市道运中心报告", "when": "及时", "when_norm": None},
             {"what": "各项目公司落实资金来源和金额，并报送市道运中心进行行业备案", "when": "未写明", "when_norm": None},
             {"what": "市道路运输局各部门牵头组织市道运中心每季度编制收费高速公路运营养护服务质量评价报告", "when": "每季度",
              "when_norm": "quarterly"}],
     notes=["counting: 一、工作目标 a section; 二、 （一）–（六） 6; 三、 （一） (three unnumbered paragraphs: one leaf) + （二） 1.–6. "
            "+ （三） 1.–3. + （四） = 11 → **17**; 四、工作要求 （一）–（四） name no unit in a plan whose tasks are labelled: not "
            "tasks (round 25). Accepted: 21 (四、 read as tasks)",
            "samples: twelve of 17 — four dated 二、 items without units, eight labelled 三、 items; 三/（一） (three work "
            "groups: 「局养护处总体牵头会同运行处、计财处」, 市道运中心's 专班, the companies' 领导小组) is not sampled",
            "units: " + LABEL + "; 二、's items name no unit (the addressees are the parties): lead and responsible none",
            "dates: 二、's six brackets (2023-05-31 … 2024-12-31); 一、's 「2022-2024年」 / 「到2024年底」 are the goal's period (a "
            "section, not a phase); 三、 has no date",
            "duties: the two filings to 市道运中心 (任务分解表, 资金), the quarterly / monthly meetings, 「及时…报告」 and the "
            "quarterly evaluation report; 行业表扬 / 行业通报 are publications"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x79_03_shanghai-daoyunju-2023-nongcun-gonglu-mingming-guanli-tongzhi.txt"
QJ = "各区交通委（建交委）"

plan(X03,
     title="关于进一步规范农村公路命名管理工作的通知",
     title_note="the notice title (the first line)",
     doc_no="沪道运设养〔2023〕20号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2023-03-03",
     level="city bureau (Shanghai), to 市道运中心 and the district transport commissions",
     source=shanghai_source("市政与基础设施", "关于进一步规范农村公路命名管理工作的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=545345af7e9c4f98ba18f015ad723a72&siteId=0010", 1697),
     style="city bureau's notice: 一、命名总体原则 (a paragraph); 二、具体工作要求 （一）–（八） one-sentence rules; 三、下一步工作 "
           "（一）–（三） heading lines over one paragraph; a contact line with a name and a phone number (runs of spaces); 附件 "
           "list 1.–2. (absent)",
     leaf_tasks=11, count_alternatives=[3],
     leaf_tasks_by_section={"二、具体工作要求": 8, "三、下一步工作": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、命名总体原则"],
     samples=[
        U(["二", "（一）"], [QJ],
          note="「…县道由各区交通委（建交委）审批」: 「由X…」 assigns the approval to a named group (the set's label reading, as "
               "plans-next78); " + NODATE),
        P(["二", "（四）"], skip_deadline=True,
          note="「命名工作应在新建公路通车的三个月前完成批复」: a relative limit with no date (not checked); 「报市道路运输局、市道运"
               "中心及相关区地名主管部门备案和公告」 a filing (see duties); no named party does the work (the approving body is "
               "implied): none"),
        P(["二", "（六）"], note="「审批单位…应及时将审批结果告知…」: " + CATS + "; " + NODATE),
        P(["二", "（八）"],
          note="「各区交通委（建交委）应及时告知区地名管理部门…」: a group acting in a sentence with 应 (no 负责 / 由): none — "
               "said plainly, a reader taking it as the unit fails this check; " + NODATE),
        P(["三", "（一）"], dl="3月底前", dln="2023-03-31",
          note="「各区交通委（建交委）要…，请各区将名单于3月底前报送市道路运输局（格式见附件2）」: the year is the notice's "
               "(2023年3月3日); the date is the item's deadline and a duty; the actors act in sentences with 要 / 请 (none)"),
        P(["三", "（三）"],
          note="「请各区认真核查…」, 「市道路运输局也将…不定期抽查」: sentences; 「不定期」 no rhythm; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "请各区将名单于3月底前报送市道路运输局", "when": "3月底前", "when_norm": "2023-03-31"},
             {"what": "审批后的农村公路命名报市道路运输局、市道运中心及相关区地名主管部门备案和公告", "when": "审批后",
              "when_norm": None}],
     notes=["counting: 一、 a section; 二、 （一）–（八） 8 + 三、 （一）–（三） 3 → **11**. Accepted: 3 (二、's one-sentence "
            "requirements read as rules, not tasks)",
            "samples: six of 11",
            "units: only 「由各区交通委（建交委）审批」 (二/（一）) assigns work to a named group; elsewhere the district commissions "
            "act in sentences with 应 / 要 / 请 and the rest are categories (" + CATS + ")",
            "dates: 3月底前 (2023-03-31) in 三/（一）; 「三个月前」 relative; the contact line 「王国英   23196038」 is a name and a "
            "phone number (no unit, no figure)",
            "duties: the list of liaisons by 3月底前 and the filing of approved names"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x79_04_shanghai-daoyunju-2022-daolu-wajue-jihua-guanli-tongzhi.txt"
YEARLY = ("a date that comes back every year (「每年…」) in a standing procedure: no single deadline — not checked")

plan(X04,
     title="关于进一步加强本市道路挖掘计划管理的通知",
     title_note="the notice title (the first line)",
     doc_no="沪道运设养〔2022〕166号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2022-10-27",
     level="city bureau (Shanghai), to the district transport authorities and the road-works builders",
     source=shanghai_source("市政与基础设施", "关于进一步加强本市道路挖掘计划管理的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=c3a6ce62e72b4dddb984e0f519502a28&siteId=0010", 3746),
     style="city bureau's notice on a yearly planning procedure: 一、工作目标; 二、适用范围 （一）–（三） exclusions and a paragraph "
           "of thresholds (100米, 7天, 380伏, 10KV); 三、职责分工 three UNNUMBERED 「X负责…」 paragraphs; 四、实施内容 （一） 1.–4., "
           "（二）（三） paragraphs, （四） 1.（1）–（3） 2.（1）–（3） 3. with yearly dates (每年10月1日至10月20日, 11月20日前, 12月25日前, "
           "7月底前 …), （五）（六）; 五、工作要求 （一）–（四） inline headings, （二） with 2022年年底前 / 2023年下半年; a URL",
     leaf_tasks=19, count_alternatives=[22, 15, 18],
     leaf_tasks_by_section={"四、实施内容": 15, "五、工作要求": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "三、职责分工"],
     samples=[
        P(["四", "（一）", "2"],
          note="「应由各区道路管理部门统筹协调」: a category in a rule (" + CATS + "); 「三个月」 / 「一个月」 are the rule's "
               "thresholds in Chinese numerals (no target); " + NODATE),
        P(["四", "（一）", "4"], targets=[(10, "%")],
          note="「原则上年掘路控制指标为掘路率…小于10%」: the yearly control index (a target of the policy, round 25); no actor; "
               + NODATE),
        P(["四", "（三）"],
          note="「各单位应当…建立以三年为周期的…储备计划库」: 各单位 (the builders) in a sentence; 三年 a Chinese numeral; "
               + NODATE),
        P(["四", "（四）", "1", "（1）"], skip_deadline=True,
          note="「各申报单位在每年10月1日至10月20日登录计划平台申报」: the applicants (builders) file, a regulated party's "
               "procedure; " + YEARLY),
        P(["四", "（四）", "1", "（3）"], skip_deadline=True,
          note="「市、区道路管理部门在每年11月20日前…审核」, 「市道运中心汇总形成年度计划初稿，在11月底前…公布」: bodies acting in "
               "sentences (no 负责 / 牵头 label: the 负责 roles are in 三、's unnumbered paragraphs); " + YEARLY),
        P(["四", "（四）", "2", "（3）"], skip_deadline=True,
          note="「在12月25日前…确认及修改」, 「在当年年底前向社会发布」 (a publication); sentences; " + YEARLY),
        P(["四", "（六）"], skip_deadline=True,
          note="「应当在计划占用挖掘路段开工前30日…申报」: a relative limit for the applicants (not checked); 「市、区道路管理部门"
               "对…专项计划进行审核」 a sentence"),
        P(["五", "（二）"], dl="2023年下半年", dln="2023-12",
          other_deadlines=[{"text": "2022年年底前", "norm": "2022-12-31"}],
          note="two dated steps with no actor: 「2022年年底前，试点推进…，完成明年年度计划申报工作」 and 「2023年下半年…逐步推进…"
               "纳入市级平台统一管理」; the last step's end is the item's deadline (plans-next72 x72_02 34.), 2022-12-31 the "
               "other; read as steps of one item, not phases"),
        P(["五", "（四）"],
          note="「项目建设单位应严格落实…」 (a regulated party), 「市道运中心应当联合组织…定期开展…专项监督检查，对检查发现的问题"
               "要及时进行总结和通报」: a sentence with 应当, inspections and a publication (no report to a unit); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 a section; 二、适用范围's （一）–（三） are exclusions from the scope (what the rules do not cover), not "
            "tasks; 三、职责分工 has no numbered child (three unnumbered 「X负责」 paragraphs: a section); 四、 （一） 1.–4. 4 + "
            "（二） 1 + （三） 1 + （四） 1.（1）–（3） 3 + 2.（1）–（3） 3 + 3. 1 + （五） 1 + （六） 1 = 15; 五、 （一）–（四） 4 (the plan "
            "names units as labels in no numbered item, so 五、's items count: seeds rule for a plan without unit labels) → "
            "**19**. Accepted: 22 (二、's exclusions counted), 15 (五、 read as 工作要求 without units, not tasks) and 18 (both)",
            "samples: nine of 19",
            "units: no numbered item names a unit as a label — 三、's 「市道路运输局负责…」 / 「市道运中心负责…」 / 「…市级行业主管部门负责…」 "
            "/ 「各区道路管理部门负责…」 are unnumbered paragraphs (no path; not sampled); bodies act in sentences elsewhere: every "
            "sampled lead and responsible answer is none",
            "dates: the yearly procedure's dates (每年10月1日至10月20日, 10月底前, 11月20日前, 11月底前, 12月1日至12月5日, 12月15日前, "
            "12月25日前, 当年年底前, 7月1日至7月10日, 7月15日前, 7月底前) recur every year and are not checked; 五/（二） holds the only "
            "dated steps (2022-12-31, 2023 second half); relative limits (开工前30日) not checked",
            "figures: 10% (a control index) is a target; 二、's 100米, 7天, 380伏, 220千伏, 10KV define which works are exempt "
            "(thresholds of scope, in a section: not sampled); the URL's 2002 is a port number",
            "duties: none — the applications, 备案 and 公布 are the procedure's steps for builders and publications"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x79_01", ["一"], [], ["原管线权属单位", "属地道路管理单位"],
        "「对于废弃检查井，由原管线权属单位限时填埋，并恢复路面。对于无主井盖，由属地道路管理单位进行填埋」: the agents of 由 with verbs of doing (the item divides its own work by the kind of well, no case of rule 3), in order, no lead; 「各相关管线单位是…责任主体」 has no verb of rule 2")
align30("x79_03", ["三", "（一）"], [], ["各区交通委（建交委）"],
        "「各区交通委（建交委）要切实做好负责审批的农村公路命名工作，落实专门的负责部门和人员」: the subject of 落实 is responsible, no lead (A alone accepted as lead); 「报送市道路运输局」 a receiver (rule 3)", alt=[["各区交通委（建交委）"]], rule="2 and 3")
align30("x79_04", ["四", "（四）", "2", "（3）"], [], ["市道运中心"],
        "「并由市道运中心对本市年度计划进行审核，形成年度计划最终稿并生成计划编号」: the agent of 由 with a verb of doing (as 由A审批) is responsible, no lead (A alone accepted as lead); 市、区道路管理部门's 确认及修改 and 市道路运输局's 最终确认 have no verb of rule 2", alt=[["市道运中心"]])
align30("x79_04", ["四", "（一）", "2"], [], ["各区道路管理部门"],
        "「相同路段但施工间隔较长的应由各区道路管理部门统筹协调」: the item's whole work is the rule of its branches (round-30 clarification: not a case inside other work), the agent of 由 with a verb of doing is responsible, no lead (A alone accepted as lead)", alt=[["各区道路管理部门"]], rule="2 and 3")
# round 31: answers aligned (ra31) to tests/data/CONVENTIONS.md — the checks that passed with the sentence-unit
# reader off and failed with it on, each read again by the ruling (README, "Round 31: answers aligned (ra31)")
from expected_tools import align31  # noqa: E402

align31('x79_01', ['二'], [], ['管道建设单位'], '「对于共用井，一般由管道建设单位承担井盖管理责任」: 「由A承担…责任」 names a doer (round-30 clarification), no lead; 「也可由属地交通主管部门牵头协调明确，由管道共用单位分别承担」 is an option (也可由) and 「要求各权属单位…」 a pivot', rule='2 and 3')  # noqa: E501

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x79_04', S32(['三'], [], ['上海市道路运输管理局', '上海市道路运输事业发展中心', '本市道路、轨道交通及各类管线市级行业主管部门', '各区道路管理部门'],
          note='「上海市道路运输管理局（以下简称市道路运输局）负责…；上海市道路运输事业发展中心（以下简称市道运中心）负责…」「本市道路、轨道交通及各类管线市级行业主管部门负责…」「各区道路管理部门负责…」 (names as printed before their short forms); no date'),
          'a childless section of unit paragraphs', '「三、职责分工」 has no numbered children; its three unnumbered paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order',
          '三、职责分工', leaf_tasks=20, count_alternatives=[23, 16, 19])

# round 32: answers aligned (p32u) to tests/data/CONVENTIONS.md — a designation is a doer (round 32) and rule 2's
# doers read past a modal and an adverb (README, "Round 32: answers aligned (p32u)")
from expected_tools import align32_units  # noqa: E402

align32_units('x79_04', ['五', '（四）'], [], ['项目建设单位', '市道运中心'], '「项目建设单位应严格落实…施工要求」 (the subject of 落实; a kind of body with a verb of rule 2 is a doer, as ra31 read 物业服务企业) and 「市道运中心应当联合组织道路、管线监察、公安交警等管理部门，定期开展…专项监督检查」 (「A组织B＋verb」: A the doer, B no unit): responsible in printed order, no lead (reader still differs: it misses 联合组织)', alt=None)  # noqa: E501

write_collected(DIR)
# Round 64 (rul90): x79_03 三/（一） aligned to tests/data/CONVENTIONS.md "Round 90 rulings" (Units, governs:
# 「A落实专门的负责部门和人员」 names none, p64e-2) (README, round 64)
from aligned_rulings import POSTS90, align90  # noqa: E402

align90("x79_03", ["三", "（一）"], "「各区交通委（建交委）要切实做好负责审批的农村公路命名工作，落实专门的负责部门和人员，并保持相对稳定，请各区将名单于3月底前报送…；加强…的组织管理，做好…培训工作…」 (x79_03 三/（一））: 落实 of a body's own staff staffs the work; 「负责审批的…工作」 is an attributive description (round 34's 「A组织实施的＋noun」), and 做好／加强／建立 are outside rule 2's list, 报送 a sending: a task naming none",
        POSTS90 + "; [各区交通委（建交委）] → none, [各区交通委（建交委）] stays accepted", resp=[],
        resp_alt=[["各区交通委（建交委）"]])

write_collected(DIR)
# Round 67 (rul96): units printed with 本市／本区 before the name aligned to tests/data/CONVENTIONS.md "Round 96
# rulings" (governs: round 41's Names over the older answers that kept it; p67h) (README, round 67); the
# helper maps names generically (printed name → the name without 本市／本区), the printed lists stay accepted
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'本市道路、轨道交通及各类管线市级行业主管部门': '道路、轨道交通及各类管线市级行业主管部门'},
                      why="Round 96 (governs, aligned round 67 to CONVENTIONS.md \"Round 96 rulings\"; p67h): 本市／本区 before a name is no part of it (round 41 Names; the 本区 form of x232_04 第八条)")

write_collected(DIR)
