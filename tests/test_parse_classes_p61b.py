"""Round 61 (p61b): the units of whole rules' articles and points, and their duties.

- A subject and the role it holds before a duty lead-in 「A作为…的实施主体应当履行以下职责：」: the items are A's (the
  subject is the doer, round 44; Round 83's x313_03 第四条), not the role's name after 作为; a body whose own name
  stands before 作为 and a kind of body read the same.
- 「A要会同B查处…」「A要会同B、C严厉打击…」: 会同 with any verb (rule 2's 「（由）A会同B＋verb」; Round 83's x316_02
  （二十））: the name ends before 查处／打击 as before 开展 (a body named for that work 「…查处中心」 keeps it).
- 「A向B提供…情况」「A及时向B通报…线索」「A及时向…平台反馈…实施情况」: a body's results or the leads its work meets
  sent to a named body or platform is a duty (Round 74's Duties; Round 83's x316_01 一), undated where no time is
  printed; not a service given to the public or to firms 「向企业提供信息服务」.
Made-up texts."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

_DUTIES = "（一）负责建立本企业的出租管理制度，明确管理责任；\n（二）负责建立本企业房屋台账，及时更新登记信息。"


def _rules(lead_in: str, items: str = _DUTIES) -> str:
    return ("某区企业房屋出租管理办法\n\n第一条 （目的）\n为规范企业房屋出租管理，制定本办法。\n\n"
            f"第二条 （出租管理）\n{lead_in}\n{items}\n\n"
            "第三条 （施行）\n本办法自2025年1月1日起施行。\n")


def _units(text: str) -> dict[tuple[str, ...], tuple[list[str], list[str]]]:
    return {(*t.path, t.number): (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_the_subject_before_its_role_holds_the_duties():
    got = _units(_rules("区属企业作为房屋出租的实施主体应当履行以下职责："))
    assert got == {("2", "一"): ([], ["区属企业"]), ("2", "二"): ([], ["区属企业"])}


def test_a_kind_of_body_before_its_role_without_a_field():
    got = _units(_rules("国有企业作为实施主体应当履行以下职责："))
    assert got == {("2", "一"): ([], ["国有企业"]), ("2", "二"): ([], ["国有企业"])}


def test_a_named_body_before_its_role_reads_as_before():
    got = _units(_rules("区房管局作为房屋出租的实施主体应当履行以下职责："))
    assert got == {("2", "一"): ([], ["区房管局"]), ("2", "二"): ([], ["区房管局"])}


def test_the_role_alone_with_no_subject_before_it_stays_the_role():
    # (near miss: 「实施主体应当履行以下职责：」 — the rules' own name for the body, kept as printed, Round 81)
    got = _units(_rules("实施主体应当履行以下职责："))
    assert got == {("2", "一"): ([], ["实施主体"]), ("2", "二"): ([], ["实施主体"])}


def test_a_person_before_the_role_names_none():
    # (near miss: a person is never a unit, round 30)
    got = _units(_rules("承租人作为房屋的使用人应当履行以下义务：",
                        "（一）按照合同约定使用房屋；\n（二）按时足额支付租金。"))
    assert all(units == ([], []) for units in got.values())


def _opinion(point: str) -> str:
    return ("关于进一步加强城市道路管理的意见\n\n一、加强组织\n"
            "（一）加强统筹。市住房城乡建设委要负责道路养护的统筹。\n\n"
            f"二、强化治理\n（二）加大联合打击力度。{point}\n")


def test_with_partners_and_a_verb_of_enforcing():
    got = _units(_opinion("市交通委要会同市公安局查处站外揽客等违法行为；要加快淘汰老旧车辆。"
                          "市教委要会同市公安局、市交通委严厉打击“黑校车”。"))
    lead, resp = got[("二", "二")]
    assert lead == ["市交通委", "市教委"]
    assert resp == ["市公安局"]         # (the responsible besides the leads: the scorer reads lead ∪ responsible)


def test_a_body_named_for_enforcing_keeps_its_name():
    got = _units(_opinion("区违法建筑查处中心负责组织实施拆违工作。"))
    assert got[("二", "二")] == ([], ["区违法建筑查处中心"])


def test_enforcing_with_no_partner_names_none():
    # (near miss: 查处 with no 会同 and no verb of rule 2 — its subject is no unit by rule 2's closed list)
    got = _units(_opinion("市公安局要严厉打击非法营运行为。"))
    assert got[("二", "二")] == ([], [])


def _duties(point: str) -> list[str]:
    text = ("关于进一步加强城市道路管理的意见\n\n一、加强组织\n"
            f"（一）加强统筹。{point}\n（二）强化保障。市财政局要负责落实工作经费。\n")
    return [d.text for d in parse_text(text).duties]


def test_results_sent_to_a_named_body_are_a_duty():
    got = _duties("市交安委要定期对各区开展评价，并向市委政法委提供综治考评情况。")
    assert len(got) == 1 and "向市委政法委提供综治考评情况" in got[0]


def test_leads_passed_on_promptly_are_a_duty():
    got = _duties("市公安局要严把登记关，及时向市市场监管局通报涉及非法改装的线索。")
    assert len(got) == 1 and "通报涉及非法改装的线索" in got[0]


def test_results_fed_back_to_a_platform_are_a_duty():
    got = _duties("各使用信用信息单位要及时向市公共信用信息服务平台反馈惩戒措施实施情况。")
    assert len(got) == 1 and "服务平台反馈惩戒措施实施情况" in got[0]


def test_a_service_given_to_firms_is_no_duty():
    # (near miss: 提供 to firms or the public, a service of the work, nothing sent to a body)
    assert _duties("市交通委要向企业提供线路信息查询服务，向社会公开道路施工信息。") == []


def _article_list(lead_in: str) -> str:
    return ("某市基层消防工作规定\n\n第一条 为加强基层消防工作，制定本规定。\n\n"
            f"第二条 （基层工作）\n{lead_in}\n（一）制定年度消防工作计划；\n（二）组织开展防火安全检查。\n\n"
            "第三条 本规定自2025年1月1日起施行。\n")


def test_a_kind_of_body_under_its_leaders_holds_its_list_of_work():
    # (「A在B的领导和C的指导下，开展下列工作：」: A's own work, B and C only lead or guide it — rule 3, rule 4)
    got = _units(_article_list("基层消防组织在乡镇人民政府的领导和区消防救援机构的指导下，开展下列工作："))
    assert got == {("2", "一"): ([], ["基层消防组织"]), ("2", "二"): ([], ["基层消防组织"])}


def test_a_named_body_under_its_leader_holds_its_list_of_work():
    got = _units(_article_list("区消防委在区人民政府的领导下，开展下列工作："))
    assert got == {("2", "一"): ([], ["区消防委"]), ("2", "二"): ([], ["区消防委"])}


def test_persons_under_a_guide_name_none():
    # (near miss: persons are never units, round 30)
    got = _units(_article_list("志愿者在社区的指导下，开展下列工作："))
    assert all(units == ([], []) for units in got.values())


def _procedure(step: str) -> str:
    return ("某市事故统计核销办法\n\n第一条 为规范事故统计核销工作，制定本办法。\n\n"
            "第二条 符合本办法规定的事故，可以按照下列程序核销：\n\n"
            "（一）初核。区应急管理部门进行初步核对，并提出核销建议。\n\n"
            f"（二）公开。{step}\n\n第三条 本办法自2025年1月1日起施行。\n")


def test_a_department_described_by_its_work_after_a_time_clause():
    # (「在…之日起30日内，申报核销的应急管理部门应当将…公开」: the kind after the last 的, round 32; a doer, round 44)
    got = _units(_procedure("在完成统计核销之日起30日内，申报核销的应急管理部门应当将事故核销的有关信息"
                            "在本级政府网站上公开。"))
    assert got[("2", "二")] == ([], ["应急管理部门"])


def test_a_described_department_at_the_sentence_start():
    got = _units(_procedure("申报核销的应急管理部门应当在完成统计核销之日起30日内将有关信息在本级政府网站上公开。"))
    assert got[("2", "二")] == ([], ["应急管理部门"])


def test_a_described_department_as_the_object_names_none():
    # (near miss: the described department is what 对 governs, the doer the body after it)
    got = _units(_procedure("对申报核销的应急管理部门，市应急管理部门应当加强监督检查。"))
    assert got[("2", "二")] == ([], ["市应急管理部门"])


def _paragraphs(article_two: str) -> str:
    return ("某区国有企业房屋出租管理办法\n\n第一条 为规范房屋出租，制定本办法。\n\n"
            f"第二条 （招租方式）\n{article_two}\n\n第三条 本办法自2025年1月1日起施行。\n")


# (the article's text, the units its one task takes)
_ARTICLE_SUBJECTS = [
    # 「A或其授权的B应…」: both doers, the name after the 的 — round 30's 「由A或B…」
    ("采用公开招租方式的，应通过交易平台确定承租人。区属企业或其授权的子企业应按招租结果进行合同磋商与签订。",
     ["区属企业", "子企业"]),
    # near miss: a tenant and its agent are persons or parties, no bodies — round 30
    ("承租人或其委托的代理人应当按时足额支付租金，并按约定使用房屋。", []),
    # 「A作为…工作部门，应当…统计…」: A the subject of the article's verb of doing, round 44
    ("行业监管部门作为本行业事故统计工作部门，应当按照职责分工，及时统计分析本行业事故信息。", ["行业监管部门"]),
    # 「编制…空间布局优化方案，落实…」: 布局 ends no body's name — an act with no subject names none, round 65
    ("过渡期间，按照现行操作，编制耕地保护空间布局优化方案，落实耕地保护空间占补平衡。", []),
    # near miss: the bureau named before the same work is its doer by 落实, rule 2
    ("区规划资源局应当编制耕地保护空间布局优化方案，落实耕地保护空间占补平衡。", ["区规划资源局"]),
]


@pytest.mark.parametrize(("article", "units"), _ARTICLE_SUBJECTS)
def test_an_articles_subjects(article: str, units: list[str]) -> None:
    assert _units(_paragraphs(article))[("2",)] == ([], units)
