"""Round 42 (p42b), units written in sentences the parser missed: the subject of a first clause whose verb is outside
rule 2's list carries over, inside its sentence, to a later clause of rule 2's strong verbs 负责／组织实施／组织开展
(round 34: an elided subject carries over inside one paragraph) — 「A建立…机制，负责…」「A、B采用…，分别组织开展…」
「A制定…方案，经B审核同意后组织实施」. Near misses that must stay empty: a body or a person the subject sets up or
names first 「A成立…领导小组，负责…」「A明确专人，负责…」 (the later work is theirs), a pivot 「A督促B…，负责…」, a
closing call with 落实 「A要加强…，严格落实…要求」. Made-up snippets written the way such plans are printed."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _units(body: str) -> tuple[list[str], list[str]]:
    plan = parse_text("某区关于推进老旧小区改造的实施方案\n\n一、主要任务\n\n（一）完善工作机制。" + body
                      + "\n\n（二）加强宣传引导。区文明办负责宣传报道工作。\n")
    task = plan.tasks[0]
    return list(task.lead_units), list(task.responsible_units)


def test_subject_carried_to_later_fuze() -> None:
    units = _units("区房管局、区建管委等部门建立联席会议制度，负责全区改造项目的统筹协调。")[1]
    assert units == ["区房管局", "区建管委"]


def test_subject_carried_to_later_zuzhi_kaizhan() -> None:
    assert _units("各街道、区城投公司采用统一的评估标准，分别组织开展居民满意度测评。")[1] == ["各街道", "区城投公司"]


def test_subject_carried_over_approval_to_zuzhi_shishi() -> None:
    assert _units("区房管局在广泛听取居民意见的基础上，编制年度改造计划，经区政府审定后组织实施。")[1] == ["区房管局"]


def test_body_set_up_first_takes_the_later_work() -> None:
    assert _units("区政府成立老旧小区改造工作领导小组，负责统筹协调改造中的重大问题。") == ([], [])


def test_person_named_first_takes_the_later_work() -> None:
    assert _units("区房管局明确专人，负责与各街道的日常联络。") == ([], [])


def test_pivot_hands_the_later_work_on() -> None:
    assert _units("区房管局督促物业服务企业落实整改，负责做好复查。") == ([], [])


def test_closing_call_with_luoshi_stays_empty() -> None:
    assert _units("区房管局要加强统筹，严格落实改造工作各项要求。") == ([], [])


# 「A要及时会同B＋verb」: an adverb of time before 会同 is no part of the form (rule 2: lead A, responsible A, B);
# near misses: 及时 before a report to a receiver, and before the general partner 有关方面 (A still leads, no partner)
def test_jishi_huitong_partner() -> None:
    assert _units("区房管局要及时会同区财政局制定年度资金安排计划。") == (["区房管局"], ["区财政局"])


def test_jishi_report_to_receiver_stays_empty() -> None:
    assert _units("区房管局要及时向区政府报告改造进展情况。") == ([], [])


def test_jishi_huitong_general_partner() -> None:
    assert _units("区房管局要及时会同有关方面研究解决改造中的问题。") == (["区房管局"], [])


# a body's name before a work verb the name reader did not know 「A列出…」「A分析研判…」「A排查…」: the name is read, so
# its later 会同／负责 clause names it; near misses: the same openings with no verb of rule 2 after them stay empty
def test_name_before_lie_chu_then_huitong() -> None:
    units = _units("区公安分局列出拒改单位名单，会同区发展改革委将相关信息纳入信用档案。")
    assert units == (["区公安分局"], ["区发展改革委"])


def test_name_before_fenxi_then_fuze() -> None:
    assert _units("区应急局分析研判改造施工风险，负责制定应急处置预案。")[1] == ["区应急局"]


def test_name_before_lie_chu_then_filing_stays_empty() -> None:
    assert _units("区公安分局列出拒改单位名单，报区政府审定。") == ([], [])


def test_name_before_paicha_then_report_stays_empty() -> None:
    units = _units("区房管局排查改造小区安全隐患，报区应急局汇总。")
    assert units == ([], [])


# a regulated party named by its role 「招标人」「业主」「…使用人」「…承租人」「…用户」 is a doer with a
# rule-2 form like any kind (round 34: 「Rule 2 does not ask who the body is」); near misses: the party as a pivot's
# object, as an applicant, inside a case, and a person (负责人) — none a unit
def test_zhaobiaoren_organises_work() -> None:
    assert _units("招标人组织编制招标文件，明确服务范围和期限。")[1] == ["招标人"]


def test_yezhu_agent_of_you() -> None:
    assert _units("改造项目由业主按照相关规定组织实施。")[1] == ["业主"]


def test_shiyongren_subject_of_fuze() -> None:
    assert _units("临时用地使用人负责在使用期满后恢复土地原状。")[1] == ["临时用地使用人"]


def test_yonghu_subject_of_zuzhi_kaizhan() -> None:
    assert _units("餐饮用户应组织开展燃气设施安全自查。")[1] == ["餐饮用户"]


def test_yezhu_as_pivot_object_stays_empty() -> None:
    assert _units("区房管局要督促业主落实整改。")[1] == []


def test_yezhu_as_applicant_stays_empty() -> None:
    assert _units("业主提出加装电梯申请。") == ([], [])


def test_party_inside_a_case_stays_empty() -> None:
    units = _units("业主或房屋使用人提出修剪请求的，由区绿化市容局审核。")[1]
    assert "业主" not in units and "房屋使用人" not in units and "业主或房屋使用人" not in units


def test_person_fuzeren_stays_empty() -> None:
    assert _units("项目负责人负责组织施工。") == ([], [])


# the carried subject's later clause 「…，定期组织B开展…」 (round 30: 「A组织B＋verb」, A the doer); near misses:
# after a pivot 「A协调推动…」 the later work is not A's, and 「组织好…的保障」 (组织 with a thing) names none
def test_carried_subject_organises_others() -> None:
    assert _units("区应急局建立共训共练机制，定期组织社会应急力量开展联训演练。")[1] == ["区应急局"]


def test_after_pivot_organising_stays_empty() -> None:
    assert _units("区应急局协调推动资源共享，定期组织社会应急力量开展联训演练。") == ([], [])


def test_organising_a_thing_stays_empty() -> None:
    assert _units("区应急局建立共训共练机制，组织好各类演练的保障。") == ([], [])


def test_jingying_yezhu_stays_a_person() -> None:
    # 「经营业主」 (shop-keepers) are persons (review43): only the bare 业主 of a project is kept
    assert _units("由经营业主负责门前环境整治。")[1] == []
