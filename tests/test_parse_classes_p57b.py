"""Round 57 (p57b): responsible units written in rules' and notices' sentences.

- Fields sharing one department's head, joined by 、 with no 等, named as the lead's partner right before the joint
  work 「A会同市住房城乡建设管理、交通运输、水利行政主管部门对…进行指导」 / 「…部门确定…标准」: one name as printed
  (round 31's shared head, round 35), not the opening before the verb-like 建设 inside its first field — where the
  document elsewhere lists the same fields apart (a list of trades in a qualification item), too.
- A body named by its standing role in a response plan 「区级应对牵头单位」「应对牵头单位」: a body, one name; a level
  word 「区级」 before a kind's name is no name of its own. Near miss: a time and the plan's role 「每年年初各牵头单位」
  stays no name (a role the plan gives, round 31).
- An article's lead-in 「A与B签订…，具体委托…时，应按照以下规则和程序进行：」: the steps of a procedure (round 44's
  procedure, 「按照下列程序进行：」), each item taking the lead-in's subject.
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


_RULES = ("某市建筑工程师职业资格管理办法\n\n第一条 为规范本市建筑工程师管理，制定本办法。\n\n"
          "第二条 市城乡建设、交通运输、水利、人力资源社会保障行政主管部门，按照职责分工负责本办法的实施。\n\n"
          "第三条 市人力资源社会保障行政主管部门会同市城乡建设管理、交通运输、水利行政主管部门{work}。\n\n"
          "第四条 具备下列条件之一者，可以申请报名参加考试：\n\n"
          "（一）具有土木建筑、水利、交通运输、电子信息大类大学专科学历，从事相关工作满3年；\n\n"
          "（二）具有工程管理专业大学本科学历，从事相关工作满1年。\n\n"
          "第五条 本办法自2030年1月1日起施行。\n")


def test_fields_sharing_a_department_head_are_one_partner_before_a_preposition():
    got = units(_RULES.format(work="对本市考试工作进行指导、监督和检查"))["3"]
    assert got == (["市人力资源社会保障行政主管部门"], ["市城乡建设管理、交通运输、水利行政主管部门"])


def test_fields_sharing_a_department_head_are_one_partner_before_a_verb_no_list_holds():
    got = units(_RULES.format(work="确定本市考试合格标准"))["3"]
    assert got == (["市人力资源社会保障行政主管部门"], ["市城乡建设管理、交通运输、水利行政主管部门"])


def test_a_partner_with_a_head_of_its_own_stays_apart():
    # (near miss: two bodies each with its own head after 会同 — not one shared-head name)
    got = units(_RULES.format(work="").replace("会同市城乡建设管理、交通运输、水利行政主管部门",
                                              "会同市交通运输局、市水务局对本市考试工作进行指导"))["3"]
    assert got == (["市人力资源社会保障行政主管部门"], ["市交通运输局", "市水务局"])


_PLAN = ("某区生产安全事故专项应急预案\n\n1 总则\n\n本预案适用于本区生产安全事故的应对工作。\n\n"
         "2 应急处置\n\n2.1 方案制定\n\n区应急救援指挥部、现场指挥部或区级应对牵头单位组织研判事故影响范围，"
         "制定现场处置方案。\n\n2.2 信息报告\n\n由区级应对牵头单位按规定向区政府报告重要事项。\n\n"
         "3 保障措施\n\n建立推进制度，每年年初各牵头单位将年度工作计划上报工作小组。\n")


def test_a_body_named_by_its_response_role_is_one_name():
    got = units(_PLAN)
    assert got["2.2.1"] == ([], ["区应急救援指挥部", "现场指挥部", "区级应对牵头单位"])
    assert got["2.2.2"] == ([], ["区级应对牵头单位"])


def test_the_plans_role_after_a_time_is_no_name():
    # (near miss: 「每年年初各牵头单位」 — a time, then the role the plan gives: no body named)
    got = units(_PLAN)
    assert all("每年年初各牵头单位" not in names for lead, resp in got.values() for names in (lead, resp))


_PROCEDURE = ("某市评估机构管理办法\n\n第一条 为规范评估工作，制定本办法。\n\n"
              "第二条 市规划局与入选的评估机构签订委托协议，具体委托评估任务时，应按照以下{how}进行：\n\n"
              "（一）根据入选评分的高低，对评估机构进行初始排队。\n\n"
              "（二）向接受任务的评估机构出具评估委托函，提出明确要求。\n\n"
              "第三条 本办法自2030年1月1日起施行。\n")


def test_a_procedures_steps_under_rules_and_steps_take_the_lead_ins_subject():
    got = units(_PROCEDURE.format(how="规则和程序"))
    assert got["2.一"] == ([], ["市规划局", "评估机构"])
    assert got["2.二"] == ([], ["市规划局", "评估机构"])


def test_rules_alone_are_no_procedure():
    # (near miss: 「按照以下规则进行：」 names rules, no procedure's steps: the items take no subject from it)
    got = units(_PROCEDURE.format(how="规则"))
    assert got.get("2.一", ([], []))[1] == []


_COUNTED = ("某市房屋评估管理规定\n\n第一条 为规范评估工作，制定本规定。\n\n第二条 {two}\n\n第三条 {three}\n\n"
            "第四条 本规定自2030年1月1日起施行。\n")


def test_a_count_before_a_kind_of_body_is_no_part_of_its_name():
    got = units(_COUNTED.format(two="同一征收项目的评估工作，原则上由一家估价机构承担。",
                                three="同一项目的物业管理，应当由一个物业服务企业实施。"))
    assert got["2"] == ([], ["估价机构"])
    assert got["3"] == ([], ["物业服务企业"])


def test_a_count_before_other_words_leaves_the_body_after_it():
    # (near miss: 「一个项目」 counts the work, not a body: the body after 由 stays as printed)
    got = units(_COUNTED.format(two="一个项目原则上由区住房城乡建设管理委负责审核。",
                                three="区规划资源局应当在一个月内组织复核评估报告。"))
    assert got["2"] == ([], ["区住房城乡建设管理委"])
    assert got["3"] == ([], ["区规划资源局"])


_WORK = ("某区建筑业发展工作要点\n\n一、重点任务\n\n（一）优化营商服务\n\n"
         "1、落实企业跟踪服务机制。{one}\n\n2、推进联合报装服务。{two}\n")


def test_a_manner_word_ends_the_doer_and_a_person_is_no_unit():
    # (「由专人主动对接头部企业」: 专人 a person, 主动 a manner word, 头部企业 the object — no unit named)
    got = units(_WORK.format(one="由专人主动对接头部企业，提供全周期服务。",
                             two="由区建设管理委主动对接重点企业，提供全周期服务。"))
    assert got["一.一.1"] == ([], [])
    assert got["一.一.2"] == ([], ["区建设管理委"])


def test_a_doer_going_to_the_site_of_its_work_is_named():
    got = units(_WORK.format(one="区供电公司赴项目现场组织抢修。",
                             two="施工许可核发后，服务单位到现场实施接入服务。"))
    assert got["一.一.1"] == ([], ["区供电公司"])
    assert got["一.一.2"] == ([], ["服务单位"])


def test_persons_going_to_the_site_are_no_unit():
    # (near miss: people who go to the site 「居民到现场办理手续」 — no body named)
    got = units(_WORK.format(one="居民到现场办理相关手续。", two="干部到现场实施帮扶。"))
    assert got["一.一.1"] == ([], [])
    assert got["一.一.2"] == ([], [])


def test_the_agents_share_of_a_duty_after_by_names_them():
    # (「由A和B分别承担相应的主体责任」: 由A承担…责任 names the agents, round 30 — the 的 inside the duty is no
    # description of a noun after the agent)
    got = units(_WORK.format(one="其他设计文件内容由建设单位和设计单位分别承担相应的主体责任。",
                             two="由区建设管理委承担相应的监管责任。"))
    assert got["一.一.1"] == ([], ["建设单位", "设计单位"])
    assert got["一.一.2"] == ([], ["区建设管理委"])


def test_a_cost_or_a_noun_described_after_by_names_none():
    # (near misses: 「由A承担相应的费用」 a payer; 「参加由A承担的培训项目」 a noun's description)
    got = units(_WORK.format(one="所需资金由区财政局承担相应的费用。", two="组织企业参加由区民政局承担的培训项目。"))
    assert got["一.一.1"] == ([], [])
    assert got["一.一.2"] == ([], [])
