"""Round 55 (w55b): the count of a notice written as childless headed points 「一、…二、…」, as a rule is written as
articles. Made-up texts of the form:

- a point whose every sentence closes the notice — entry into force, validity, repeal 「本通知从…起执行，有效期至…。
  《…》同时废止。」 — is the close, no task (rounds 32, 34; ``closing_clauses.closing_point``);
- a point that leaves its matter to other rules, its earlier clauses only naming whom or what it covers 「…的人员，
  …的待遇，按本市有关规定执行。」「…的人员，可参照本通知第二条规定执行。」「…实施监督管理的，依照其规定。」 is a 参照
  provision, no task (round 34);
- a point that defines the notice's terms 「本通知所称X，是指…」 is a definition, no task (round 30);
- near misses that stay tasks: a point that gives work before its pointer 「由A负责…，按…规定执行」, the same
  points under a section that holds numbered items (a work plan's 附则 is left as the sets read it), a notice of only
  two points.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = ("关于某市外来务工人员参加职工医疗保险若干问题的通知\n"
        "各区人力资源和社会保障局：\n现就有关问题通知如下：\n")
WORK = ("二、市人力资源社会保障局负责做好参保的组织实施工作，市医疗保险经办机构负责做好具体参保登记工作。\n")


def _numbers(body: str) -> list[str]:
    return [t.number for t in parse_text(HEAD + body).tasks]


def test_closing_and_pointer_points_are_no_tasks():
    got = _numbers("一、凡与本市企业建立劳动关系的外来务工人员，应当参加本市职工医疗保险。\n" + WORK +
                   "三、按本通知参加职工医疗保险的人员，单位和个人的缴费比例，以及享有的待遇，按本市有关规定执行。\n"
                   "四、与外省市企业建立劳动关系的本市户籍人员，可参照本通知第一条规定执行。\n"
                   "五、本通知从2031年5月1日起执行，有效期至2036年4月30日。《关于外来务工人员参保的通知》同时废止。\n")
    assert got == ["一", "二"]


def test_definition_and_other_rules_points_are_no_tasks():
    got = _numbers("一、区市场监管部门负责对辖区内集贸市场的计量活动实施监督检查。\n" + WORK +
                   "三、中央在沪单位对其所属市场实施管理的，依照其规定。\n"
                   "四、本通知所称集贸市场，是指由经营者入场集中交易的场所。上述所称经营者，是指从事经营的单位和个人。\n"
                   "五、本通知自2031年1月1日起施行。\n")
    assert got == ["一", "二"]


def test_a_point_giving_work_before_its_pointer_stays_a_task():
    # (near miss: a doer by 由A负责 before the 按…规定执行 clause gives work)
    got = _numbers("一、凡与本市企业建立劳动关系的外来务工人员，应当参加本市职工医疗保险。\n" + WORK +
                   "三、参保人员的待遇核定，由市医疗保险经办机构负责，按本市有关规定执行。\n"
                   "四、本通知从2031年5月1日起执行。\n")
    assert got == ["一", "二", "三"]
    plan = parse_text(HEAD + "一、凡与本市企业建立劳动关系的外来务工人员，应当参加本市职工医疗保险。\n" + WORK +
                      "三、参保人员的待遇核定，由市医疗保险经办机构负责，按本市有关规定执行。\n")
    three = next(t for t in plan.tasks if t.number == "三")
    assert three.responsible_units == ["市医疗保险经办机构"]


def test_two_points_are_not_a_notice_of_points():
    # (near miss: fewer than three points — the reader leaves them as they were read)
    got = _numbers("一、市人力资源社会保障局负责做好参保的组织实施工作。\n"
                   "二、参保人员的缴费比例，按本市有关规定执行。\n")
    assert got == ["一", "二"]


RULE = ("某市征收房屋补偿争议处理办法\n"
        "第一条（目的）\n为规范补偿争议处理，制定本办法。\n"
        "第二条（协调）\n区征收事务机构应当在收到申请后十日内组织协调。\n"
        "第三条（决定）\n协调不成的，区人民政府应当作出补偿决定。\n")


def test_a_transition_article_keeping_the_former_rules_is_no_task():
    # (a rule's article: the cases begun before a date keep the former rules — a pointer, no work)
    plan = parse_text(RULE + "第四条（政策衔接）\n2031年6月30日前已作出补偿决定的征收项目，适用原办法\n"
                      "第五条（施行日期）\n本办法自2031年7月1日起施行。\n")
    assert [t.number for t in plan.tasks] == ["2", "3"]
    assert plan.tasks[0].responsible_units == ["区征收事务机构"]


def test_a_transition_that_names_a_doer_stays_a_task():
    # (near miss: 由A负责 in the sentence gives work beside the pointer)
    plan = parse_text(RULE + "第四条（政策衔接）\n"
                      "2031年6月30日前已受理的申请，由区征收事务机构负责处理，仍按原规定执行\n"
                      "第五条（施行日期）\n本办法自2031年7月1日起施行。\n")
    assert [t.number for t in plan.tasks] == ["2", "3", "4"]
