"""Round 62 (p62b): the units of articles in whole rules — who an article binds or charges, and names not
taken.

- Where a party goes 「…的事项，应当至…所在地的区登记机构办理」: the office after 的 is the place of the
  party's step, no subject of a predicate whose subject is left unsaid (round 59's 到A办理).
- The penalty the rules' own body imposes after a breach 「…的，A没收…，并处罚款」: a doer in articles
  (Round 77's x299_04 第二十八条), as 「由A责令…」 is.
- A party named by what it holds 「…使用权人」 or by its holding alone 「业主」, the subject of an article's
  verb of doing after the course of work it acts in 「在…过程中，应当…」 or a topic 「对…，」 (round 44); not
  a back-reference 「前款规定的…」, the owners' committee, nor a time with no comma before a choice.
- A party's own steps name none: a paper sent for review 「将…送…审查」, records filed by a month
  「于每年N月将…资料，报A备案」, a procedure done within its time 「在规定时限内办理…手续」, papers drawn
  up for an expert review 「编制…报告，并提交A组织专家论证」 (rounds 30, 42; Round 77's x304_02 第十一条);
  a body in a complaint B answers 「A…存在违法违规情况的投诉，B应当受理」 is none.
- 「A会同B组成…小组，对…开展抽查」: rule 2's 会同, the group they form no unit (the name ends before 组成).
- 「…的…责任，由建筑物的业主承担」: 由A承担 a duty names the name after the 的 (round 30, round 34); a
  cost names none, nor a fund paid in 「由A在…前，按照规定缴存至指定专户」 (a payer).
- A division section's other clauses 「A负责…；日常监督管理工作由B承担；…由C承担。」: every body given
  work (rounds 34, 35).
- A name printed once with a bracket of each width 「区（县)…部门」: the same body as 「区（县）…部门」.
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _rules(*articles: str) -> str:
    body = "".join(f"第{n}条 {a}\n\n" for n, a in zip("二三四五六七八九", articles, strict=False))
    return ("某市河道保洁管理规定\n\n第一条 为规范河道保洁管理，制定本规定。\n\n" + body
            + "第十条 本规定自2025年1月1日起施行。\n")


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {".".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_the_office_a_party_goes_to_is_no_subject():
    got = _units(_rules("河道保洁合同备案的事项，应当至河道所在地的区水务事务机构办理。\n"
                        "区水务局应当加强河道保洁的监督检查。"))
    assert got["2"] == ([], ["区水务局"])


def test_a_penalty_after_the_cases_names_the_enforcing_body():
    got = _units(_rules("符合下列情形之一的，水务执法部门没收违法所得，并处罚款：\n"
                        "（一）擅自占用河道的；\n（二）倾倒垃圾的。"))
    assert got["2"] == ([], ["水务执法部门"])


def test_a_holder_of_a_right_acting_in_the_course_of_work():
    got = _units(_rules("河道岸线使用权人在岸线开发和使用过程中，应当遵守相关技术规范，确保堤防安全。"))
    assert got["2"] == ([], ["河道岸线使用权人"])


def test_an_owner_after_a_topic_clause():
    got = _units(_rules("对临河存在坠落风险的建筑物，业主应当根据不同情况，采取设置护栏等必要的防护措施。"))
    assert got["2"] == ([], ["业主"])


def test_near_misses_name_no_party():
    got = _units(_rules(
        "发生下列情形的，前款规定的岸线所有权人应当重新进行安全评估：\n（一）堤防改造的；\n（二）评估有效期届满的。",
        "河道保洁单位在选择过程中应通过招投标的形式确定中标企业。",
        "业主委员会应当配合做好河道保洁工作的宣传。"))
    assert got["2"] == ([], [])
    assert got["3"] == ([], [])
    assert "业主" not in got["4"][1]       # (the owners' committee is a body of its own, no 业主)


def test_a_partys_own_steps_name_none():
    got = _units(_rules(
        "变更保洁方案的，建设单位应当将保洁方案送原审查机构重新审查。",
        "临河建筑的业主应当于每年12月将当年护栏检查情况的技术资料，报水务行政管理部门备案。",
        "保洁公告发布后，投标人应当在规定时限内办理投标报名手续，并提交报名所需材料。",
        "建设单位应当在设计文件送审前，编制河道影响评估报告，并提交水务行政管理部门组织专家论证。"))
    assert all(got[k] == ([], []) for k in ("2", "3", "4", "5"))


def test_a_body_complained_of_is_no_doer():
    got = _units(_rules("区水务事务中心在保洁招标过程中存在违法违规情况的投诉，"
                        "市水务局应当受理并书面回复投诉人。"))
    assert got["2"] == ([], [])     # (the complaint's handling is a decision on a submission, none: round 68)


def test_two_bodies_forming_a_group_for_the_work():
    text = ("某市河道保洁工作方案\n\n一、加强监督\n"
            "（一）市水务局会同市城管执法局组成河道保洁督察小组，对全市河道开展抽查，并建立检查记录档案。\n（二）区水务局负责辖区河道保洁的日常巡查。\n")
    got = _units(text)
    assert got["一.一"] == (["市水务局"], ["市城管执法局"])


def test_a_duty_borne_by_the_owner_named_after_its_description():
    got = _units(_rules("临河建筑护栏的安全使用维护责任，由建筑物的业主承担。\n本市鼓励业主投保相关责任保险。",
                        "临河建筑护栏的维护费用，由建筑物的业主承担。"))
    assert got["2"] == ([], ["业主"])
    assert got.get("3", ([], [])) == ([], [])


def test_a_fund_paid_in_names_no_doer_but_the_body_that_writes_its_rules_does():
    got = _units(_rules("新建护栏的专项维修资金，由建设单位在竣工验收前，按照规定缴存至指定专户。"
                        "具体缴存和管理办法由市水务局另行制定。"))
    assert got["2"] == ([], ["市水务局"])


def test_a_division_article_names_every_body_given_work():
    got = _units(_rules("职责分工\n市水务局负责河道保洁工作的监督管理；具体日常监督管理工作由市河道管理处承担；"
                        "保洁平台的运营管理由市水务工程管理站承担。\n区水务局负责本区域河道保洁工作的组织实施。"))
    assert set(got["2"][1]) == {"市水务局", "市河道管理处", "市水务工程管理站", "区水务局"}


def test_a_bracket_of_each_width_is_one_name():
    got = _units(_rules("区（县)水务行政管理部门应当自收到投诉之日起3个工作日内决定是否受理投诉。"
                        "查实中标人确存在违法违规的，区（县）水务行政管理部门应当依法对中标人进行处理。"))
    assert got["2"] == ([], ["区（县）水务行政管理部门"])


def _check_point(label: str) -> str:
    return ("某区河道保洁管理规定\n\n一、落实保洁责任\n（一）区保洁公司负责辖区河道的日常保洁。\n"
            "二、加大监管力度\n（一）区水务局应当会同区城管执法局建立河道巡查制度，组建联合小组对河道实施执法检查。"
            f"对拒不改正的，由区城管执法局依法进行处罚。{label}\n"
            "1、河道保洁台账建立情况;\n2、保洁船只证照齐全等情况;\n3、保洁公司巡河制度落实情况。\n"
            "（二）区水务局负责汇总全区河道保洁情况。\n")


def test_the_points_a_check_covers_are_its_scope_not_items():
    # (「检查执法重点项目：」 over lines that only name what the check covers: one task with its bodies — Round 81's
    # x305_01 第三十六条)
    got = _units(_check_point("检查执法重点项目："))
    assert got["二.一"] == (["区水务局"], ["区城管执法局"])
    assert not any(k.startswith("二.一.") for k in got)


def test_a_list_of_work_after_a_label_stays_items():
    # (near miss: a label that is no check's scope 「主要任务：」 over lines: items as before)
    got = _units(_check_point("主要任务："))
    assert "二.一.1" in got
