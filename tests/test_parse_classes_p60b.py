"""Round 60 (p60b): the units of a rule's article — its parties, joint acts and shared-head lists.

- A works contract's supervisor named by its side 「监理人应当…实施全过程监理」 is a party as 发包人／承包人
  are (Round 62; Round 81 on x310_04 第六条); its staff 「监理人员」 are persons (round 30).
- The party that commissions a check or a valuation 「…检验检测的委托方」「项目委托方负责…」「评估委托人应…」 is a
  party by its side (Round 81 on x305_01 第二十八、三十二条, x309_04 第十四条, x309_01 第六条), 负责 read for a
  party as for a body (rule 2); a bare 委托人 (the client a service serves) is none, and the parties' agreement as
  a step before an application 「A与B应当协商一致后，由B提出…申请」 gives no work.
- A name the text defines for its departments 「…以下统称主管部门」 is kept as printed beside a party
  「主管部门、发包人应当建立…」 (Round 81 on x310_04 第十八条); undefined, a bare 主管部门 is no name.
- A joint act 「由A与B共同出具」「由A与B协商选定」 names both (round 30; Round 81 on x309_01 第五条), parties included.
- Two groups each opened by 各 「各区X办和各有关管委会」 are two names (round 34; Round 81 on x305_02 第二十八条).
- A topic 「对…的权属人，市、区X办依据…实施…」 before a shared-head subject: the body after it acts (Round 81 on x305_03
  第十一条).
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def units(*articles: str) -> list[list[str]]:
    text = ("某市某某工程管理办法\n\n第一条 为了规范管理，根据有关规定，制定本办法。\n\n"
            + "".join(f"第{n}条 {a}\n\n" for n, a in zip("二三四五六七八九", articles, strict=False))
            + "第十条 本办法自2027年1月1日起施行。\n")
    return [t.responsible_units for t in parse_text(text).tasks]


def test_the_supervisor_by_its_side_is_a_party_and_its_staff_are_persons() -> None:
    assert units("发包人应当建立工程变更管理制度，加强对现场的管理。\n"
                 "监理人应当核验进场人员资格，对分项工程实施旁站监理。",
                 "监理人员应当对分包活动实施旁站检查。") == [["发包人", "监理人"], []]


def test_a_commissioning_party_by_its_side() -> None:
    assert units("检测项目的委托方应当真实提供开展检测活动所需的资料、样品及必要条件，施工单位应予以配合。",
                 "检测机构及委托方应加强资料管理，原始记录不得随意涂改。",
                 "项目委托方负责项目验收。",
                 "估价机构确定后，评估委托人应向估价机构出具评估委托书。") == [
        ["委托方", "施工单位"], ["检测机构", "委托方"], ["项目委托方"], ["评估委托人"]]


def test_a_bare_client_and_an_agreement_before_an_application_name_none() -> None:
    assert units("提供的资料为复印件的，委托人应当在复印件上签字。",
                 "撤销已出具报告的，委托方与检测机构应当协商一致后，由检测机构提出撤销申请。") == [[], []]


def test_a_defined_collective_name_beside_a_party() -> None:
    assert units("市建设管理部门和区建设管理部门以下统称主管部门。",
                 "主管部门、发包人应当建立履约评价档案，及时开展履约评价。")[1] == ["主管部门", "发包人"]
    # (no definition: a bare 主管部门 is no name, the party alone is not read as a list with it)
    assert units("主管部门、发包人应当建立履约评价档案，及时开展履约评价。") == [[]]


def test_a_joint_act_names_both_parties() -> None:
    assert units("分项工程质量证明由承包人与发包人共同出具。",
                 "鉴定机构由项目委托人与房屋使用权人协商选定。",
                 "实施方案由区建设局与区财政局共同制定。") == [
        ["承包人", "发包人"], ["项目委托人", "房屋使用权人"], ["区建设局", "区财政局"]]
    # (levels sharing one head after 由 stay one name as printed)
    assert units("检测报告由市、区建设管理部门共同出具。") == [["市、区建设管理部门"]]


def test_two_groups_each_opened_by_ge_are_two_names() -> None:
    assert units("各区建设办和各有关管委会应当充分使用信息系统，做好数据的采集工作。") == [
        ["各区建设办", "各有关管委会"]]


def test_a_topic_before_a_shared_head_subject() -> None:
    assert units("对未按照要求备案的工程权属人，市、区建设办依据相关规定实施行政处罚。") == [["市、区建设办"]]


def test_an_agency_named_by_its_level_and_the_field_it_manages() -> None:
    # (「区物业管理事务中心」 a body of government; 「小区物业服务企业」 a kind of firm, read by the role reader)
    assert units("区物业管理事务中心应当建立考核制度，制定服务规范和考核标准。",
                 "区建交委、区物业管理事务中心应当对服务站进行监督检查。") == [
        ["区物业管理事务中心"], ["区建交委", "区物业管理事务中心"]]


def test_bodies_in_a_breach_another_answers_are_no_subjects() -> None:
    assert units("区房管中心应当建立考核制度，对服务站进行考核评价。\n"
                 "区维修平台、街镇服务站在服务过程中未按照协议约定提供服务的，相关部门可以对其进行约谈。") == [
        ["区房管中心"]]


def test_a_filers_step_to_a_body_is_no_name() -> None:
    # (「备案人向各区X办办理备案」: the filer's step, no name 「备案人向各区建设办」)
    assert units("备案人向各区建设办办理使用备案。",
                 "向阳街道办事处应当组织开展巡查。") == [[], ["向阳街道办事处"]]


def test_a_name_joined_to_a_described_one_gives_both() -> None:
    # (「A和经授权的B按照职责负责…」: the 的-phrase describes B only; 「A和B的下属单位」 describes a third kind)
    assert units("区建设部门和经授权或者委托的相关机构按照职责负责本区的监督管理工作。",
                 "经授权的相关机构负责本区的监督管理工作。",
                 "区建设局和区财政局的下属单位应当加强管理。") == [["区建设部门", "相关机构"], ["相关机构"], []]


def test_a_partys_report_and_its_own_act() -> None:
    # (「A应当立即向B报告，并采取…措施」: A acts beside its sending; a report alone names none)
    assert units("房屋维修涉及危害公共安全情形的，物业服务企业应当立即向业主委员会、街道办事处报告，"
                 "并采取避险防范措施。\n"
                 "街道办事处应当立即进行现场查看。",
                 "物业服务企业应当及时向街道办事处报告维修情况。") == [["物业服务企业", "街道办事处"], []]
