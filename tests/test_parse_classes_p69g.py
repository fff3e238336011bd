"""Round 69 (p69g): the city's act tied to another work, records sent to a credit platform, a check's contents under
an article's heading, and a classing standard.

- The city tying an act to the moment of another work 「本市推进在新建X时，按照…规划，同步建设Y」: the rules' bodies
  build with the other work, a task naming none (round 65's x274_01; Round 95's x352_01 第十九条) — as Round 103
  (p71g) now reads 「本市推进…的研发和应用」 and 「本市依托…平台，加强…信息的归集、共享和应用」 too; a stance
  「本市坚持…原则，推动…发展」 stays no task.
- Records sent into a credit platform: gathered there 「将…信用信息归集至本市公共信用信息服务平台」, entered there after
  the rule's modal 「…的信息，应当纳入本市个人信用征信系统」, or shared with it 「…记录信息，A将…与相关公共信用信息平台
  共享」: an undated duty (Round 81's x310_03 第十四条; Round 97's x353_03 第二十八条) — not 「加强…信息的归集、共享」.
- An article headed by a check's contents 「第N条　巡查内容」 over lines of 是否 checks (one piece of a line may name a
  matter's state 「…到岗情况；」): one task, its lines the check's scope (Round 89's governs on x334_02 第六条) — not
  lines that bind a body.
- A classing standard 「第N条　高风险X的判定标准：⏎（一）…的X。⏎1.…」 whose lines only name kinds and define them: no
  task (Round 78's (b); Round 83's x313_03 第十三条) — not a standard whose lines bind 「（一）区交通委应当…」.
- The staff's liability said of no agent 「…工作人员违反…，不履行…职责的，应承担相应法律责任」: the standard liability
  clause, no task (Round 91's x340_04 第七十九条) — not a regulated party's breach with a body's act 「…的，由A责令
  改正」.
- The papers a works must hold before it starts 「…工程开工前应当具备相关项目批复手续；…工程应具备…证明」: a state, no
  act, no task (Round 83's x313_02 四、) — not a party's owed act 「…开工前，建设单位应当办理施工许可手续」.
- An officer's own unit's sanctions 「…由其所在单位予以批评教育，…或者暂扣执法证件」: a consequence, no task (round 51)
  — not a body of the rules that reprimands a party 「…的，由区交通委予以批评教育」.
- What a band's words mean 「…中，所称“以上”包括本数，“以下”不包括本数」: definitions, no task (round 30) — not a band
  that triggers a body's act 「…在五千元以上的，区交通委应当…」.
- A line of a party's duties that only states a state 「1.具备相应的安全生产条件。」: text (Round 87's governs on
  x328_03) — not a line with an act beside it 「具备…条件，并配备…」.
- A 由-clause opening a sentence that, with a second clause ending in 的＋noun, describes that noun 「由A批准设立，B调配
  车辆的区级临时停车点（…），…前完成…」: A no unit (round 30: 「由A委托的B」) — not 「由A负责审核，B负责…」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

_RULES = """某市道路桥梁管理办法

第一条（目的）

为了加强道路桥梁管理，制定本办法。

第二条（职责）

市交通委负责全市道路桥梁的监督管理。区交通委负责本辖区道路桥梁的日常管理。

第三条（同步建设）

本市推进在新建桥梁时，按照桥梁专项规划，同步建设检修通道。

第四条（技术研发）

本市推进桥梁检测新技术的研发和应用，提升桥梁管理智能化水平。

第五条（信用管理）

市交通委应当按照有关规定，将养护单位在桥梁养护活动中的相关信用信息归集至本市公共信用信息服务平台。

第六条（违规占用）

车辆驾驶员违规占用桥面的信息，应当纳入本市个人信用征信系统。

第七条（信息共享）

本市依托大数据资源平台，加强桥梁养护信息的归集、共享和应用。

第八条　巡查内容

（一）桥梁护栏是否完好；桥面铺装是否破损；

（二）伸缩缝是否堵塞；是否设置警示标志；养护人员到岗情况；

（三）桥下空间是否堆放易燃物品。

第九条　高风险桥梁的判定标准：

（一）跨越铁路、高速公路的桥梁。

1.跨越铁路干线的桥梁。

2.跨越高速公路的桥梁。

（二）设计使用年限超过五十年的桥梁。

1.桥梁主体是指桥跨结构和支座系统。

第十条　一般桥梁的判定标准：

（一）区交通委应当每年组织一次桥梁评定。

1.评定结果应当报市交通委备案。

2.评定不合格的，区交通委应当督促养护单位整改。

（二）养护单位应当建立桥梁养护档案。

第十一条（失信记录）

对养护单位的不良行为记录信息，市交通委将按照有关规定与相关公共信用信息平台共享。

第十二条（施行日期）

本办法自2026年1月1日起施行。
"""


def _parsed():
    plan = parse_text(_RULES)
    tasks = {"/".join([*t.path, t.number]): t for t in plan.tasks}
    return tasks, [d.text for d in plan.duties]


def test_city_act_tied_to_another_work_is_a_task_naming_none() -> None:
    tasks, _duties = _parsed()
    assert "3" in tasks and tasks["3"].lead_units == [] and tasks["3"].responsible_units == []
    # (「本市推进…新技术的研发和应用」 and 「本市依托…平台，加强…信息的归集、共享和应用」 turned by CONVENTIONS.md
    # "Round 103 rulings" (governs): the city naming an act of the rules' bodies is a task naming none; p71g)
    assert "4" in tasks and "7" in tasks
    # (near miss: the city's bare stance and aim stay no task)
    stance = _RULES.replace("本市推进桥梁检测新技术的研发和应用，提升桥梁管理智能化水平。",
                            "本市坚持安全第一的原则，推动桥梁管理智能化发展。")
    assert "4" not in {t.number for t in parse_text(stance).tasks}


def test_records_sent_to_a_credit_platform_are_duties() -> None:
    _tasks, duties = _parsed()
    assert any("归集至本市公共信用信息服务平台" in d for d in duties)
    assert any("纳入本市个人信用征信系统" in d for d in duties)
    assert any("与相关公共信用信息平台共享" in d for d in duties)
    # (near miss: strengthening the gathering and sharing of records sends nothing)
    assert not any("加强桥梁养护信息的归集" in d for d in duties)


def test_check_contents_heading_over_check_lines_is_one_task() -> None:
    tasks, _duties = _parsed()
    assert "8" in tasks and not any(k.startswith("8/") for k in tasks)
    assert "养护人员到岗情况" in tasks["8"].text


def test_classing_standard_is_no_task_but_binding_lines_stay_items() -> None:
    tasks, _duties = _parsed()
    assert not any(k == "9" or k.startswith("9/") for k in tasks)
    # (near miss: a standard whose lines bind bodies keeps its items)
    assert {"10/一/1", "10/一/2", "10/二"} <= set(tasks)
    assert tasks["10/二"].responsible_units == ["养护单位"]


_LIABILITY = """某市桥梁养护执法规定

第一条（目的）

为了规范桥梁养护执法，制定本规定。

第二条（职责）

区交通委负责本辖区桥梁养护的监督执法。市交通委负责全市桥梁养护的指导。

第三条（巡查）

区交通委应当加强桥梁巡查。市交通委应当加强桥梁养护督查。

第四条（人员责任）

履行桥梁养护监管职责的部门工作人员违反本规定，不履行监管职责的，应承担相应法律责任。

第五条（单位责任）

养护单位违反本规定的，由区交通委责令改正，并应承担相应法律责任。

第六条　项目批复

新建桥梁工程开工前应当具备相关项目批复手续；维修加固工程应具备桥梁产权证明。

第七条　施工许可

新建桥梁工程开工前，建设单位应当办理施工许可手续。

第八条（滥用责任）

执法人员违反规定滥用裁量权，由其所在单位予以批评教育，责令限期改正或者暂扣执法证件。

第九条（养护不力）

养护单位未按规定养护的，由区交通委予以批评教育。

第十条（用语说明）

裁量基准中，所称“以上”包括本数，“以下”不包括本数。

第十一条（集体讨论）

处罚金额在五千元以上的，区交通委应当集体讨论决定。

第十二条（施行日期）

本规定自2026年1月1日起施行。
"""


def _liability_tasks() -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): t.responsible_units for t in parse_text(_LIABILITY).tasks}


def test_staff_liability_with_no_agent_is_no_task() -> None:
    tasks = _liability_tasks()
    assert "4" not in tasks
    assert tasks.get("5") == ["区交通委"]


def test_papers_a_works_holds_are_no_task() -> None:
    tasks = _liability_tasks()
    assert "6" not in tasks and "7" in tasks


def test_officers_own_unit_sanctions_are_no_task() -> None:
    tasks = _liability_tasks()
    assert "8" not in tasks
    assert tasks.get("9") == ["区交通委"]


def test_band_word_meanings_are_no_task() -> None:
    tasks = _liability_tasks()
    assert "10" not in tasks
    assert tasks.get("11") == ["区交通委"]


_DUTY_LINES = """某市小型工程安全管理办法

第一条　为了加强小型工程安全管理，制定本办法。

第二条　区建设管理委负责小型工程安全的监督管理。

第三条　乡镇人民政府应当加强辖区小型工程的日常巡查。

第四条　参建各方职责：

（一）建设单位职责

1.具备相应的项目批复条件。

2.组织签署安全生产承诺书。

（二）施工单位职责

1.具备相应的安全生产条件。

2.具备相应的安全生产条件，并配备专职安全管理人员。

3.建立全员安全生产责任体系。

第五条　本办法自2026年1月1日起施行。
"""


def test_state_only_duty_line_is_text() -> None:
    tasks = {"/".join([*t.path, t.number]): t.responsible_units for t in parse_text(_DUTY_LINES).tasks}
    assert "4/二/1" not in tasks and "4/一/1" not in tasks
    assert tasks.get("4/二/2") == ["施工单位"] and tasks.get("4/二/3") == ["施工单位"]


_DESCRIBED = """关于加强临时停车点计量管理的实施意见

一、工作目标

全面实施临时停车点计量收费管理。

二、工作要求

（一）设备安装

1.由区交通委批准设立，养护中心调配车辆的区级临时停车点（包括地下车库），3月1日前完成收费设备安装工作。

2.由区交通委负责审核，养护中心负责日常检查，每月报告一次。

（二）数据报送

1.区交通委应当每月汇总计量数据。
"""


def test_by_clause_describing_the_noun_names_no_unit() -> None:
    tasks = {"/".join([*t.path, t.number]): t.responsible_units for t in parse_text(_DESCRIBED).tasks}
    assert tasks.get("二/一/1") == []
    assert tasks.get("二/一/2") == ["区交通委", "养护中心"]
