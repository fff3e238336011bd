"""Round 39 (p39c): the sentence reader — designations without 由, pivots, rule-2 doers away from their verb."""

from desktop.core.parse.sentence_units import doer_units


def test_designations_without_by():
    assert doer_units("县水利局对水库除险加固工程的质量和安全负首要责任。") == ([], ["县水利局"])
    assert doer_units("各乡镇要承担主体责任，发挥属地作用。") == ([], ["各乡镇"])
    assert doer_units("公交企业承担公交车辆安全运营主体责任。") == ([], ["公交企业"])
    # near-miss: a liability the subject bears is no designation of the work's body
    assert doer_units("县水利局承担相应的法律责任。") == ([], [])


def test_commission_with_a_means_before_the_pivot():
    assert doer_units("县市场监管局以政府购买服务方式委托专业检测机构开展抽检。") == ([], ["县市场监管局"])
    # near-miss: a means without a pivot names no rule-2 verb
    assert doer_units("县市场监管局以政府购买服务方式完善抽检体系。") == ([], [])


def test_an_application_names_no_doer():
    assert doer_units("由项目单位向县发改局（审批科）申请项目验收。") == ([], [])
    # near-miss: 由A＋a verb of doing
    assert doer_units("由项目单位组织项目验收。") == ([], ["项目单位"])


def test_a_modal_ends_the_name_and_a_call_is_dropped():
    assert doer_units("各单位、各社区务必按照通知要求，组织召开专题会议。") == ([], ["各社区"])
    # near-miss: a call to all alone names none
    assert doer_units("各单位、各部门要落实好值班工作。") == ([], [])


def test_with_after_a_rule():
    assert doer_units("县住建局、县交通局等部门根据职责分工会同县自然资源局组织编制专项规划。") == (
        ["县住建局", "县交通局"], ["县住建局", "县交通局", "县自然资源局"])


def test_a_later_clause_after_a_time_or_with_funds():
    assert doer_units("管道建设单位应通过信息平台，在开工前组织权属单位进行现场交底。") == ([], ["管道建设单位"])
    assert doer_units("各乡镇应合理测算，编制年度预算并落实保洁资金，制定保洁计划。") == ([], ["各乡镇"])
    assert doer_units("县住建局和县财政局统筹落实所需资金。") == ([], ["县住建局", "县财政局"])
    assert doer_units("各施工单位应结合工程风险，健全预防机制，严格落实防护措施。") == ([], ["各施工单位"])
    # near-miss: a closing call to comply gives no work
    assert doer_units("各施工单位应结合工程风险，健全预防机制，严格落实上级要求。") == ([], [])


def test_a_described_subject_before_a_rule():
    assert doer_units("各承担供应任务的粮油企业按照属地原则，负责本地粮油供应工作。") == ([], ["粮油企业"])


def test_a_category_tail_with_a_bracket():
    assert doer_units("各社区、镇综治办、派出所等相关单位(部门)组织开展联合巡查。") == (
        [], ["各社区", "镇综治办", "派出所"])
