"""Round 38 (p38c): names fused with their partner or verb, a party's filing no doer."""

from desktop.core.parse.prose_units import duty_clause_units, subject_units, unit_then_verb
from desktop.core.parse.sentence_units import doer_units


def test_partner_split_in_a_subject():
    assert subject_units("县农业局会同县财政局负责项目的资金安排") == ["县农业局", "县财政局"]
    assert subject_units("各科室和各村负责落实本辖区工作") == ["各科室", "各村"]
    # near-miss: a name holding 和 stays whole
    assert subject_units("县住房和城乡建设局负责") == ["县住房和城乡建设局"]


def test_back_reference_adds_no_unit():
    assert subject_units("上述行业主管部门和县档案局负责资料归档") == ["县档案局"]
    text = ("县发改局会同县财政局负责统筹。\n县经信局、县商务局等行业主管部门负责项目受理。\n"
            "前款所述行业主管部门和县机关事务局负责能力建设。")
    assert duty_clause_units(text, "部门职责") == ["县发改局", "县财政局", "县经信局", "县商务局", "县机关事务局"]
    assert doer_units("前述行业主管部门和县机关事务局负责能力建设。")[1] == ["县机关事务局"]


def test_modal_pivot_ends_the_name():
    assert unit_then_verb("县发改局可委托专业机构对企业进行考核") == "县发改局"
    assert unit_then_verb("县应急局强化综合监管") == "县应急局"


def test_joined_groups_in_the_sentence_reader():
    assert doer_units("各科室和各村落实专门联络员，及时沟通。") == ([], ["各科室", "各村"])


def test_a_partys_filing_names_no_doer():
    assert doer_units("由施工单位向所在县环保部门申办排污手续。") == ([], [])
    # near-miss: handing the work's own material on 「由A向B报送决算」 stays A's
    assert doer_units("由项目实施单位向县储备中心报送项目决算。")[1] == ["项目实施单位"]
    assert doer_units("由业主单位会同施工单位共同向县住建局提交书面报告。") == ([], [])
    # near-miss: 由A会同B＋a verb of doing
    assert doer_units("由县住建局会同县财政局制定实施细则。") == (["县住建局"], ["县住建局", "县财政局"])
