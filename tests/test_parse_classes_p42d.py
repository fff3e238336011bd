"""Round 42 classes of reporting duties (fail42b_duties): a clause of one sentence that holds a meeting on a rhythm
of its own beside a sending on another rhythm (「每月召开推进会通报…，每季度向领导小组汇报…」), and reports listed by
their rhythms 「报送周报、月报、季报」 (the first named is the duty's rhythm, a material of its own though the same
rhythm was read before in the sentence). Near misses keep their readings. Made-up sentences in the style of plans."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.duties import find_duties
from desktop.core.parse.duty_sentences import rhythm_of


def duties(text: str) -> list[tuple[str | None, str]]:
    return [(d.every, d.text) for d in find_duties(text, 2024)]


def test_a_meeting_clause_on_its_own_rhythm_is_a_duty_beside_the_quarterly_sending():
    got = duties("区住建委应当每月召开项目推进会通报资金使用情况，每季度向领导小组汇报资金管理和使用情况。")
    assert ("month", "区住建委应当每月召开项目推进会通报资金使用情况") in got
    assert any(every == "quarter" for every, _ in got)


def test_a_clause_without_a_meeting_or_a_material_adds_no_second_rhythm():
    # near miss: 每月开展巡查 is work on a rhythm, neither a meeting nor a material sent
    got = duties("各街道每月开展一次巡查，每季度向区城管局报送巡查情况。")
    assert [every for every, _ in got] == ["quarter"]


def test_reports_listed_by_their_rhythms_take_the_first_named():
    assert rhythm_of("按照要求向区领导小组报送周报、月报、季报") == "week"
    assert rhythm_of("按时报送月报、季报和年报") == "month"
    got = duties("各成员单位每周一向镇办公室报送工作情况，每季度报送工作小结：镇办公室负责汇总，"
                 "按照要求向区领导小组报送周报、月报、季报。")
    assert ("week", "按照要求向区领导小组报送周报、月报、季报") in got


def test_a_month_report_form_or_a_dated_month_is_no_listed_rhythm():
    # near misses: 月报表 is a form, 3月报送 a month's day
    assert rhythm_of("于3月报送、6月报送两次材料") is None
    assert rhythm_of("填写季报、月报表") == "month"      # the form's own rhythm, not the list's first


def test_a_quarterly_mechanism_named_in_a_list_or_the_next_quarters_report_is_quarterly():
    assert rhythm_of("认真落实专项督查、季度进展通报、年末考核评议等工作，按照2023年度综合考评要求") == "quarter"
    assert rhythm_of("建立季度调度机制，年度考核结果报区政府") == "quarter"
    assert rhythm_of("下个季度首月的15日前，编写上季度工作分析报告，报送区安委办") == "quarter"


def test_a_named_quarter_or_a_yearly_mechanism_keeps_its_reading():
    # near misses: 第一季度 / 本季度 name one quarter, not a rhythm; a yearly 年度通报 stays yearly
    assert rhythm_of("第一季度通报整改情况") is None
    assert rhythm_of("本季度例会上听取汇报") is None
    assert rhythm_of("形成年度通报报送区政府") == "year"


def test_papers_sent_to_an_office_or_its_mailbox_by_a_day_are_a_dated_duty():
    got = find_duties("二、各学院请将本单位值班安排表于7月5日前发送至校办秘书科邮箱。", 2024)
    assert [(d.due, d.every) for d in got] == [("2024-07-05", None)]
    assert [d.due for d in find_duties("各街道于5月10日前将工作方案发到区民政局。", 2024)] == ["2024-05-10"]


def test_a_notice_sent_down_to_villages_is_no_duty():
    # near miss: 发至各村 hands a notice down, to no office
    assert find_duties("本通知发至各村、各居委会。", 2024) == []


def test_a_sending_to_the_plans_joint_meeting_for_review_or_up_to_a_national_body_is_a_duty():
    assert find_duties("镇农业办在收到材料后10个工作日内完成复核，出具意见后报农房管理联席会议审议。", 2024)
    assert find_duties("市发展改革委会同市财政局对各区推荐项目进行初审，择优报送国家发展改革委。", 2024)


def test_a_meeting_of_a_government_or_an_approval_asked_for_is_no_such_sending():
    # near misses: a government's 常务会议 reviews (no plan body), 报…审批 asks for an approval,
    # 提交…研究 names no sending
    assert find_duties("实施方案报区政府常务会议审议。", 2024) == []
    assert find_duties("由区住建委报国家发展改革委审批。", 2024) == []
    assert find_duties("重大问题提交联席会议研究。", 2024) == []


def _units(body: str) -> list[str]:
    text = ("某县禁毒宣传月活动方案\n一、工作任务\n（一）开展宣传。" + body
            + "\n（二）开展培训。县教育局负责组织培训。\n")
    return parse_text(text).tasks[0].responsible_units


def test_a_time_before_the_subject_is_no_part_of_its_name():
    # 「宣传月期间各单位要组织…」: the general call 各单位 (no unit, round 37), the time no part of it
    assert _units("宣传月期间各单位要策划、组织若干禁毒宣传活动，做到主题鲜明。") == []
    assert _units("活动期间各乡镇要组织开展集中宣传。") == ["各乡镇"]
    assert _units("宣传月期间县禁毒办负责组织开展宣传活动。") == ["县禁毒办"]


def test_a_subject_without_a_time_keeps_its_reading():
    # near misses: the same sentences with no time before the subject
    assert _units("各单位要策划、组织若干禁毒宣传活动，做到主题鲜明。") == []
    assert _units("县禁毒办负责组织开展宣传活动。") == ["县禁毒办"]


def test_an_applications_papers_handed_in_by_the_applicant_name_no_doer():
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("“以奖代补”申报材料应由项目单位一并提交。") == ([], [])
    assert doer_units("补贴申请材料均由申请企业统一报送。") == ([], [])


def test_papers_gathered_or_checked_by_a_body_keep_the_doer():
    from desktop.core.parse.sentence_units import doer_units
    # near misses: the body works on the papers others hand in (汇总 / 负责审核), rule 2
    assert doer_units("申报材料由区发展改革委统一汇总后报市发展改革委。") == ([], ["区发展改革委"])
    assert doer_units("申报材料由区财政局负责审核。") == ([], ["区财政局"])


def test_results_handed_up_to_the_leaders_on_a_rhythm_are_a_duty():
    got = find_duties("镇城管办每月对各村考核一次，考核成绩呈送镇分管领导，作为年终考核的依据。", 2024)
    assert [d.every for d in got] == ["month"]


def test_a_result_handed_up_once_with_no_rhythm_nor_date_is_no_duty():
    # near miss: 呈报 is a sending, but with no rhythm, date or 及时 nothing is asked to be kept up
    assert find_duties("考核结果呈报区政府。", 2024) == []


def test_a_meeting_alone_on_another_rhythm_leaves_the_sending_first():
    # near miss (mends36): a meeting that reports nothing adds no duty before the sentence's sending
    got = find_duties("专班每周召开一次例会，每月向区政府报告资金使用情况。", 2024)
    assert got and got[0].every == "month"
