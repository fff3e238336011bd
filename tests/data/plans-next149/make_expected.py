# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next149/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 38 (built by helper c149): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the round-38 rulings written
early included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next149/make_expected.py tests/data/plans-next149
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
src = shanghai_source
R2 = "CONVENTIONS.md rule 2"
R3 = "CONVENTIONS.md rule 3"
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(加强, 推进, 完善, 建立, 执行, 开展 without 组织, 报送…) is not a unit")
ELIDED = "an elided subject carries over inside one paragraph (round 34)"
OPTION = "an option 「可…」「可以…」 is not an assignment (round 30, round 34)"
HEADED = ("a childless headed point whose text gives work (an instruction 「应当…」「要…」 or a rule-2 doer) is a task "
          "(round 34 early ruling; round 36 for a document of numbered items)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x149_01_shanghai-fagaiwei-2023-xinnengyuan-kaifa-budang-shichang-ganyu-zhuanxiang-zhengzhi-gongzuo-fangan.txt"
GQ = "各区"
LEADIN = ("RULING? the item names no unit of its own (区级能源主管部门 开展 / 报送 and 市发展改革委 开设 / 收集 are no "
          "rule-2 verbs, " + CLOSED + "), so the section lead-in 「各区要根据本方案要求和地方具体情况，组织开展好整治工作」 "
          "(各区, a kind, with 组织开展, rule 2; round 32: 各区 a doer) gives its units (rule 4: a lead-in's clause goes to the "
          "items that name none); the other reading (the lead-in speaks of the whole campaign, the item keeps none) "
          "gives none; responsible 各区, lead [] with 各区 accepted (rule 2: A alone may be the lead)")
SPAN01 = ("the campaign's span stated once in the section's lead-in 「自本方案印发之日起开展，至2023年11月30日结束」 "
          "(round 37: a campaign's span is a stage span; round 35: its end the deadline of items with no date)")

plan(X01,
     title="关于印发上海市新能源开发领域不当市场干预行为专项整治工作方案的通知",
     title_note="the notice title as printed (the first line); the plan is written in the notice itself (「具体工作方案如下：」)",
     doc_no="沪发改能源〔2023〕239号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2023-10-18 (the signature; the index gives 2023-10-20)",
     level="a city commission (Shanghai), a campaign against improper market interference in wind and solar projects: "
           "what is checked, then self-checks, rectification and a lasting mechanism by the districts",
     source=src("工程建设管理", "关于印发上海市新能源开发领域不当市场干预行为专项整治工作方案的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f36b6c33daca4c32b42d4725f2af27be&siteId=0025", 1724),
     style="the notice title, 「各有关单位：」, a lead-in; 一、整治内容 a paragraph and 1.–2. run-in descriptions of the "
           "improper practices; 二、整治方式 a lead-in paragraph (the span, 各区 组织开展) and 1.–3. run-in items (2. with "
           "「一是…四是…」); a contact line with a run of spaces; signature and date",
     leaf_tasks=3, count_alternatives=[5],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        U(["二", "1"], [GQ], dl="2023年11月30日前", dln="2023-11-30", other_deadlines=["2023年11月15日"],
          note=LEADIN + "; dates 「于2023年11月30日前书面报送」 and the column's span 「至2023年11月15日」: the latest is the "
               "deadline (round 34); the sending to 市发展改革委 is the plan's duty (round 32, round 35)"),
        U(["二", "2"], [GQ], dl="至2023年11月30日结束", dln="2023-11-30",
          note=LEADIN.replace("区级能源主管部门 开展 / 报送 and 市发展改革委 开设 / 收集 are", "修订 / 停止 / 协商 / 移送 / "
                              "配合 are") + "; 纪检监察机关、公安机关 receive (移送, rule 3) and 「配合相关部门」 has no doer "
               "before it (round 34: 配合 needs a doer); 「谁提出、谁负责」 a principle, no body; 〔2023〕53号 a number; "
               + SPAN01),
        U(["二", "3"], [GQ], dl="至2023年11月30日结束", dln="2023-11-30",
          note=LEADIN.replace("区级能源主管部门 开展 / 报送 and 市发展改革委 开设 / 收集 are no rule-2 verbs",
                              "完善 / 加强 / 防止 have no subject and are no rule-2 verbs") + "; " + SPAN01
               + " (a lasting mechanism is no recurring item: round 38's rhythm exception does not apply)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区级能源主管部门将相关情况于2023年11月30日前书面报送市发展改革委", "when": "2023年11月30日前",
              "when_norm": "2023-11-30",
              "note": "二、1.: a plan body's sending to another body of the plan (round 32, round 35)"}],
     notes=["counting: the lead-in holds no task; 一、整治内容's paragraph names no doer (「我市组织实施的…项目」 a description, "
            "round 33) and its 1.–2. describe the practices the campaign looks for (地方政府…强制要求配套产业 / 投资落地), a "
            "list that gives no work (round 35: text, RULING?); 二、's lead-in paragraph is no task; 二、1.–3. → **3**. "
            "Accepted: 5 (一、's 1.–2. as leaves)",
            "samples: all three tasks — 二/1, 2, 3",
            "units: 各区 from the section's lead-in (rule 4, RULING?); no item names a rule-2 doer of its own",
            "dates: 2023年1月1日以来 (the scope's start), 至2023年11月30日结束 (the campaign's span), 2023年11月30日前, 至2023年11月15日; "
            "no phases",
            "figures: 2023年1月1日, 〔2023〕106号, 〔2023〕53号 — dates and numbers, not targets",
            "duties: the self-check results sent to 市发展改革委 by 2023-11-30 (二、1.)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x149_02_shanghai-yingjiju-2023-feixianchang-zhifa-shidian-zhidao-yijian.txt"

plan(X02,
     title="上海市应急管理局关于全面规范有序推进非现场执法试点的指导意见（上海市应急管理局印发关于全面规范有序推进非现场执法试点的指导意见的通知）",
     title_note="the opinion's own title, printed over two lines after the cover's date, or the notice title (the first "
                "line): either",
     doc_no="沪应急执法〔2023〕53号 (from the index; the stored text prints no number)",
     issuer="上海市应急管理局",
     date="2023-09-21",
     level="a city bureau (Shanghai), a guiding opinion on piloting off-site enforcement: purpose, scope, principle, data "
           "and evidence rules, the inspection matters of the pilot, procedure, penalties, guidance, entry into force",
     source=src("工程建设管理", "上海市应急管理局印发关于全面规范有序推进非现场执法试点的指导意见的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=ba8349a707c846b2b35371667c2b3082&siteId=0037", 3376),
     style="a short cover (addressee and text on adjacent lines, no blank line), signature and date; the opinion's title "
           "over two lines; ten run-in points 一、–十、 with no blank lines between paragraphs: 四、 three paragraphs, 五、 a "
           "lead-in with （一）–（十三） inspection matters and a closing paragraph, 七、 six paragraphs, 九、 three",
     leaf_tasks=7, count_alternatives=[6, 8, 19, 20],
     attachment_task_rows=0,
     childless_top_level_sections=["一、 (purpose)", "二、 (scope and definition)", "三、 (principle)"],
     samples=[
        P(["四"], not_targets=[(5, "日")],
          note="「应急管理部门进一步规范和整合…」「承担监管职能的内设机构…5日内将…证据移交本级应急管理部门执法机构查处」「执法机构依托…"
               "快速发现…」 — 规范 / 整合 / 移交 / 发现 (" + CLOSED + "); the receiver of 移交 is no unit (rule 3); " + HEADED
               + "; 「5日内」 a limit counted from an event (存在重大事故隐患…的): the deadline rule, not a target and no date "
               "(round 33, round 34); " + NODATE),
        P(["五"],
          note="「应急管理部门可以率先在以下…监督检查事项中试点执行非现场执法」 — " + OPTION + "; 「鼓励各区应急管理部门…拓展…」 "
               "鼓励 no rule-2 verb; 「电子技术监控设备应当符合标准…设置地点应当向社会公布」 an instruction (a task, round 34); its "
               "（一）–（十三） name the inspection matters of the pilot, a list that gives no work (round 35: text; 19 / 20 "
               "accept them as leaves); " + NODATE),
        U(["八"], ["应急管理部门"],
          note="「对…同时发现的…问题，应急管理部门依法实施“一案双罚”」 — the subject of 实施 (" + R2 + "); 「对…的」 is the "
               "item's own object, not a case clause (the whole point is this work); " + NODATE),
        S(["十"], ["市应急管理局执法总队"], ["市应急管理局执法总队", "市应急管理局法制、业务相关处室"], lead_alternatives=[[]],
          skip_deadline=True, not_targets=[(2, "年")],
          note="「本指导意见由市应急管理局执法总队负责解释，自2023年12月1日起实施，试点执行2年。试点执行期间，市应急管理局执法总队会同"
               "市应急管理局法制、业务相关处室，通过发布工作提示等方式适时完善细化有关规定」 — the interpreting clause gives no unit "
               "(rule 3), but the point also gives work by 「A会同B＋verb」 (" + R2 + ": lead A, lead [] accepted; responsible A, "
               "B), so it is a task (RULING? round 30: an article that gives work to a body is a task; round 36: a closing paragraph that gives work); 「法制、业务相关处室」 fields "
               "sharing one head, one name as printed (round 31); 「试点执行2年」 the pilot's term, a validity (a general "
               "provision, round 30), not a target; RULING? the work runs 「试点执行期间」 (2023-12-01 + 2 years, no end date "
               "written) and 适时: the deadline is not checked (6 accepted: the point read as entry into force only)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover holds no task (「请遵照执行」); 一、 purpose and 二、 scope with a definition are general "
            "provisions (round 30), no tasks; 三、 a principle with the rule 「不予行政处罚」 (no doer, no work): an article "
            "with no work in a plan whose tasks name units, not a task (round 33; 8 accepted with it); 四、–九、 each "
            "give work (instructions 应当 / 不得, or a rule-2 doer) → 6; 十、 gives work by 会同 → **7**. Accepted: 6 (十、 "
            "as entry into force only), 8 (三、 in), 19 (五、's （一）–（十三） as leaves), 20 (both)",
            "samples: four of seven — 四、, 五、, 八、, 十、. Not sampled: 六、 (行政执法人员, persons, 可以 / 应当), 七、 "
            "(procedure for 行政执法人员 and 当事人; no unit) and 九、 (市应急管理部门 加强…业务指导, 执法机构 加强…宣传: 加强 is no "
            "rule-2 verb, 指导 a noun; no unit), for the share of “none”",
            "units: 实施 (八、), 会同 (十、); the rest name none (加强, 规范, 移交, options, persons)",
            "dates: 2023年9月15日 (a meeting), 2023年9月21日 (the cover), 自2023年12月1日起实施 (a start), 5日内 (a limit from "
            "an event), 试点执行2年 — no deadline; no phases",
            "figures: 5日 (a limit from an event), 2年 (the pilot's term), 第12次 (a meeting) — not targets",
            "duties: none"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x149_03_shanghai-shuiwuju-2023-shuili-gongcheng-xiangmu-faren-guanli-tongzhi.txt"
XF = "项目法人"

plan(X03,
     title="上海市水务局关于进一步加强本市水利工程建设项目法人管理工作的通知",
     title_note="the notice title as printed (twice: the first two lines)",
     doc_no="沪水务〔2023〕700号 (printed under the title)",
     issuer="上海市水务局",
     date="2023-09-13",
     level="a city bureau (Shanghai), a notice of requirements on the legal entities (项目法人) of water-engineering "
           "projects: setting them up, their duties and capacity, quality and safety campaigns, party building and "
           "digital work, and the oversight by their superiors and the water authorities",
     source=src("工程建设管理", "上海市水务局关于进一步加强本市水利工程建设项目法人管理工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0ef8314b5d8e4376ae406e411cb32d68&siteId=0004", 5389),
     style="the title twice, the number, 「各有关单位：」, two lead-in paragraphs; five headings 一、–五、 (三、 and 四、 with a "
           "lead-in paragraph) over （一）–（十一） numbered straight through, each a heading line and one or two "
           "paragraphs (（三）（四） with 「一是…」 runs inside; （四） with a closing paragraph); 「特此通知。」, signature, date",
     leaf_tasks=11,
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（一）"],
          note="「市、区两级水行政主管部门、项目法人上级单位、各项目法人单位应认真执行…相关要求」 — 执行 (" + CLOSED + "); "
               "「鼓励各区人民政府或其授权部门组建常设专职机构…」 鼓励 + 组建 (no rule-2 verb; a body the item sets up, round 35); "
               "「可以…为基础组建项目法人」 " + OPTION + "; 〔2020〕258号 a number; " + NODATE),
        U(["一", "（二）"], [XF],
          note="「项目法人对工程建设的质量、安全、进度和资金使用负首要责任」 — a designation like 「A负总责」 (round 35: A a "
               "doer; 项目法人 a regulated party by a kind, round 34); 「各级政府及其组成部门不得直接履行项目法人职责」 a "
               "prohibition, no doer; " + NODATE),
        P(["二", "（三）"], [(30, "人"), (12, "人"), (6, "人"), (50, "%")],
          note="「项目法人应具有独立法人资格…应设立…组织机构」「代建、委托项目管理等单位，应按照合同约定承担相应职责」 — 具有 / 设立 / "
               "承担 without 由 (" + CLOSED + "; round 30: only 「由A承担…责任」 names a doer); 「一是…二是…三是…」 inside the "
               "paragraph are the item's text (round 37); 「大、中、小型工程人数一般按照不少于30、12、6人配备」 → 30人, 12人, 6人 "
               "(不少于, round 30's line: a floor of the staffing the item sets) and 「原则上不少于总人数的50%」 → 50% (the "
               "line); 「可行性研究报告批准后，应及时完成」 an event, no date: " + NODATE),
        U(["二", "（四）"], [XF],
          note="「项目法人应按照…切实履行项目法人责任和义务。一是…组织落实整改要求。二是…组织工程建设；…组织招标或采购…四是…组织开展"
               "施工图设计审查…应组织编制…」 — 组织＋work (round 34: the subject a doer; " + ELIDED + ": 项目法人 is the "
               "subject of every 应); 参建单位 / 监理单位 objects of 督促 / 委托 (pivots, round 30 / round 33) and 「有关部门开展的"
               "稽察」 a body inside a noun's description (round 30): no units; the closing paragraph 「项目法人应切实履行廉政建设"
               "主体责任…」 is this item's body (round 32: a trailing paragraph after the section's last item); 〔2021〕236号 "
               "and 〔2023〕66号 numbers; 定期 / 按时 no date: " + NODATE),
        U(["三", "（五）"], [XF],
          note="「项目法人应系统分析总结…问题，…组织开展质量通病专项整治，建立问题台账…」 — 组织开展 (" + R2 + "; round 34); "
               "the plans named 「（2023-2025年）实施细则」「2023年度…专项行动」 are other documents (years and numbers, not "
               "targets, no date of this item); " + NODATE),
        U(["三", "（六）"], [XF],
          note="「项目法人应深入推进…双重预防机制建设…应重点及时组织落实…；同时，应按规定及时组织编制、审核、报备重大危险源…方案和应急"
               "预案」 — 组织＋work (round 34; " + ELIDED + "); the 报备 of its own plans is a regulated party's filing (round "
               "32, round 34): no duty; 「一源一案」「四不放过」 names with digits-words, not targets; " + NODATE),
        P(["五", "（十）"],
          note="「项目法人上级单位应建立对项目法人的考核机制…可根据工程实际定期对项目法人及其主要负责人…开展考核评价，鼓励建立…」 — "
               "建立 (" + CLOSED + "), 开展 without 组织, " + OPTION + "; the heading 「完善考核评价制。」 gives out no duty "
               "word (round 37); " + NODATE),
        U(["五", "（十一）"], ["各级水行政主管部门"],
          note="「各级水行政主管部门应通过督查、稽察、暗访等方式，加强对项目法人履职情况进行监督检查…采取…措施进行追责问责」 (加强 / "
               "采取 / 进行, no rule-2 verb) and the second paragraph 「各级水行政主管部门应将项目法人…纳入…信用监管，其信用信息…进行"
               "公开，实施信用动态监管和联合惩戒」 — the subject of 实施 (" + R2 + "; " + ELIDED + "); 各级水行政主管部门 a "
               "kind, a doer with a rule-2 verb (round 32); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the two lead-in paragraphs and the lead-ins of 三、 and 四、 (项目法人应…, no rule-2 verb, no items of "
            "their own) hold no task; （一）–（十一）, every leaf of the work sections (with a unit or none) → **11**; the "
            "「一是…」 runs inside （三）（四） are their items' text (round 37); （四）'s closing paragraph is its body (round "
            "32). No other count is accepted",
            "samples: eight of eleven — （一）（二）（三）（四）（五）（六）（十）（十一）. Not sampled: （七）（八）（九） (项目法人应"
            "推进 / 统筹 / 深化: no rule-2 verb, no unit), for the share of “none”",
            "units: a designation 负首要责任 (（二））, 组织＋work (（四）（五）（六）), 实施 (（十一）); 执行 / 建立 / 设立 / 承担 "
            "without 由 name none",
            "dates: none (可行性研究报告批准后, 工程开工后 events; 定期 / 按时 / 及时); no phases",
            "figures: 30人, 12人, 6人, 50% (（三）, 不少于) — targets; 〔2020〕258号, 〔2021〕236号, 〔2023〕66号, 305号, 352号, "
            "353号, 2023-2025年, 2023年度 — numbers and years, not targets",
            "duties: none (报备 / 上报 by 项目法人 are the regulated party's own filings, round 32 / round 34)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x149_04_shanghai-fagaiwei-2023-lingang-xinpianqu-qiye-touzi-xiangmu-chengnuozhi-gaige-shishi-fangan.txt"
LG = "临港新片区管委会"
PLAN04 = "中国（上海）自由贸易试验区临港新片区企业投资项目承诺制改革实施方案"

plan(X04,
     title=PLAN04 + "（关于印发《" + PLAN04 + "》的通知）",
     title_note="the plan's own title (printed after 「附件：」) or the notice title (the first line): either",
     doc_no="沪发改规范〔2023〕10号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2023-08-31",
     level="a city commission (Shanghai), a plan for the pledge-based approval of enterprise investment projects in the "
           "Lingang new area: principles, scope, nine measures, three safeguards, entry into force",
     source=src("工程建设管理", "关于印发《中国（上海）自由贸易试验区临港新片区企业投资项目承诺制改革实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=26548085ae5545b8a78c0d5d0a6d3668&siteId=0025", 3409),
     style="a forwarding notice with its own 「附件：《…》」 line, signature and date; then 「附件：」 and the plan itself (two "
           "documents under one cover: the plan's items are the tasks); a basis paragraph; 一、指导思想 and 三、实施范围 "
           "childless, 二、总体原则 1、–3、, 四、工作举措 1、–9、, 五、保障措施 1、–3、 run-in 「1、深化承诺制度改革。…」 items, "
           "六、施行时间 childless; a closing 「附件：」 list of two unprinted lists",
     leaf_tasks=11, count_alternatives=[12, 14, 15],
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "三、实施范围", "六、施行时间"],
     samples=[
        U(["四", "1"], [LG],
          note="「对于列入承诺事项清单的事项，临港新片区管委会负责制定承诺事项办事指南和企业承诺事项书」 — A负责 (" + R2 + "); "
               "「制定发布…负面清单」 has no subject; " + NODATE),
        P(["四", "3"],
          note="「临港新片区管委会建设…管理系统，并利用…平台加强与市级主管部门信息系统之间的数据共享，深入推进“互联网+监管”」 — 建设 / "
               "加强 / 推进 (" + CLOSED + "); 市级主管部门 only in a description of systems; " + NODATE),
        U(["四", "5"], [LG],
          note="「临港新片区管委会以购买服务方式委托第三方检查机构开展事中事后检查」 — a pivot without 由 (round 35: 「市X办委托第三方…」 "
               "reads as 「由A委托B」: A a doer, B not); 「工作经费…纳入预算」 a cost, no unit (round 30); 「企业按照…编制施工图"
               "设计文件」 编制 no rule-2 verb; 「强化设计单位终身负责制」 负责制 a noun; " + NODATE),
        P(["四", "8"],
          note="「在企业组织竣工验收前，临港新片区管委会适时…对企业是否兑现承诺事项开展检查复核…临港新片区管委会给予企业…总体评价」 — "
               "组织 inside the time clause 「在企业组织…前」 is not the item's verb (round 38); 开展 without 组织 and 给予 ("
               + CLOSED + "); 适时 no date; " + NODATE),
        U(["五", "1"], [LG],
          note="「临港新片区管委会要承担主体责任，发挥统筹协调作用，不断完善实施细则…」 — under the heading 「落实主体责任」 (round 37: "
               "a heading whose object is a duty word gives out work) and a designation (round 35: 「A负总责」; round 34: "
               "「X的责任主体为A」): 临港新片区管委会 a doer; a 保障措施 item that names a unit is a task (round 33); " + NODATE),
        S(["五", "2"], [LG], [LG, "相关部门"], lead_alternatives=[[]],
          note="「对承诺兑现复核合格的项目，临港新片区管委会会同相关部门要做好审批手续办理衔接」 — 「A会同B＋verb」 (" + R2 + "): "
               "lead A (lead [] accepted), responsible A, B; 相关部门 a kind, a doer (round 33); 「临港新片区管委会要协调有关金融"
               "机构简化…」 协调 a pivot, its object no unit (round 30); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover holds no task (「请按照执行」); the basis paragraph, 一、指导思想, 三、实施范围 (a scope, 约431平方公里) "
            "and 六、施行时间 (entry into force and validity, a general provision, round 30) are no tasks; 二、总体原则 1、–3、 "
            "name no unit (round 27: not tasks in a plan whose tasks name units); 四、工作举措 1、–9、, every leaf of the "
            "work section → 9; 五、保障措施: 1、 (承担主体责任) and 2、 (会同) name units → 2, 3、 (市相关部门 加强 / 管委会 探索"
            "建立: no rule-2 verb) names none → not a task → **11**. Accepted: 12 (五、3、 in), 14 (二、's three in), 15 (both)",
            "samples: six — 四/1, 3, 5, 8; 五/1, 2. Not sampled: 四/2 (公示 / 开展 / 报备: no unit), 四/4, 6, 7, 9 (no "
            "subject, or 推进), for the share of “none”",
            "units: A负责 (四/1), A委托B (四/5), a designation under a duty heading (五/1), 会同 (五/2)",
            "dates: 自2023年9月1日起施行, 有效期至2026年12月31日 (the plan's validity, not a deadline of any task); no "
            "phases",
            "figures: 约431平方公里 (the area of the scope), 二十大 / 二十届 — not targets (not sampled)",
            "duties: none (企业 报备 is the regulated party's filing, round 32)"])

write_collected(DIR)
