"""Failure classes of tests/data/plans-next37 (whole Shanghai district documents) taken in round 24 (p36): a section
that divides the work written as work, parts a thing is made of, a secondment's term cap, a ratio's second term,
bands joined by 或, a plan's status line under its own title, and duties sent 同时 / 按要求 or on the rhythm of the
clause that sends. Each class with made-up wordings of other plans, and near-misses that must stay as they were
(the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.duties import find_duties
from desktop.core.parse.targets import find_targets
from desktop.core.parse.titles import find_title


def _titles(plan) -> list[str]:
    return [t.title for t in plan.tasks]


def _figures(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, None, relaxed=True)]


# -- a section dividing the work, headed as work, beside sections of work (no unit labels anywhere) ------------

_DIVIDED = "\n\n".join([
    "某区关于加强农贸市场管理工作的通知",
    "各街镇、区各有关部门：",
    "一、压实职责分工，形成工作合力",
    "区商务委负责牵头协调农贸市场标准化改造和日常管理工作。",
    "区市场监管局负责市场内食品安全和计量器具的监督检查。",
    "各街镇按照属地管理要求，做好辖区市场周边环境整治工作。",
    "二、深入开展环境整治",
    "集中清理市场内外乱堆乱放，规范摊位设置，改造排水设施，确保市场环境整洁有序。",
    "三、健全长效管理机制",
    "建立市场巡查、问题交办和整改销项制度，定期通报各市场管理情况，推动问题及时整改到位。",
    "四、强化监督检查",
    "（一）开展日常巡查。每月对各市场开展一次巡查，发现问题当场交办。",
    "（二）开展专项检查。围绕食品安全、消防安全开展专项检查，严肃查处违法行为。",
])


def test_a_division_of_work_headed_as_work_is_a_task_beside_the_sections_of_work():
    titles = _titles(parse_text(_DIVIDED))
    assert any(t.startswith("压实职责分工") for t in titles)
    assert any(t.startswith("深入开展环境整治") for t in titles)
    assert len(titles) == 5


def test_other_wording_of_a_dividing_heading():
    text = _DIVIDED.replace("压实职责分工，形成工作合力", "细化部门职责")
    assert any(t.startswith("细化部门职责") for t in _titles(parse_text(text)))


def test_a_safeguard_heading_with_duties_stays_none():
    # 加强组织领导，明确职责: the plan's safeguards, not work, though its paragraphs name units
    text = _DIVIDED.replace("压实职责分工，形成工作合力", "加强组织领导，明确工作职责")
    assert not any(t.startswith("加强组织领导") for t in _titles(parse_text(text)))


def test_a_dividing_heading_over_a_general_sentence_stays_none():
    # no paragraph opens with a unit given its duties: the heading divides nothing
    text = "\n\n".join([
        "某区关于加强农贸市场管理工作的通知",
        "一、明确职责分工",
        "各部门要按照职责分工，密切配合，形成工作合力，确保各项工作落到实处。",
        "二、深入开展环境整治",
        "集中清理市场内外乱堆乱放，规范摊位设置，改造排水设施，确保市场环境整洁有序。",
        "三、健全长效管理机制",
        "建立市场巡查、问题交办和整改销项制度，定期通报各市场管理情况，推动问题及时整改到位。",
        "四、强化监督检查",
        "（一）开展日常巡查。每月对各市场开展一次巡查，发现问题当场交办。",
        "（二）开展专项检查。围绕食品安全、消防安全开展专项检查，严肃查处违法行为。",
    ])
    assert not any(t.startswith("明确职责分工") for t in _titles(parse_text(text)))


# -- figures that are no targets ------------------------------------------------------------------------------

def test_the_parts_a_thing_is_made_of_are_no_targets():
    assert _figures("考核指标体系由4个一级指标、18个二级指标构成。") == []
    assert _figures("评价指标包含12个基础指标和3个加分指标组成。") == []
    assert _figures("专家组由7名行业专家组成，负责评审。") == []


def test_a_team_the_work_sets_up_keeps_its_size_and_a_bar_stays():
    assert (30.0, "名") in _figures("组建由30名志愿者组成的巡查队伍。")
    assert (5.0, "名") in _figures("评审委员会由不少于5名专家组成。")
    assert (10.0, "个") in _figures("包括新建10个社区服务站。")


def test_a_secondments_term_cap_is_no_target():
    # round 31 (mt31), CONVENTIONS.md thresholds: a term's ceiling joined to 不得超过 / 不超过 is a target
    assert _figures("确因工作需要借调的，借调期限不得超过3个月。") == [(3.0, "个月")]
    assert _figures("挂职时间最长不超过1年。") == [(1.0, "年")]


def test_how_long_work_may_take_stays_a_target():
    assert (3.0, "个月") in _figures("试点街道整改时间不超过3个月。")
    assert (18.0, "个月") in _figures("项目建设周期不超过18个月。")


def test_a_ratios_second_term_is_no_target():
    assert _figures("开展1：1万比例尺地形图更新。") == []
    assert _figures("区级财政按1:1比例配套资金。") == []


def test_a_labelled_aim_after_a_colon_stays():
    assert (100.0, "个") in _figures("目标1：100个村完成改造。")


def test_bands_joined_by_or_pick_out_which_cases():
    # round 31 (mt31): each bound joined by 或 is joined to 以上 (200万 of money read as 元); inside the noun of
    # the projects the work picks (Round 58 rulings: a band inside the noun of the class a piece of work picks is a
    # class) no target
    assert _figures("合同金额50万元以上或建筑面积500平方米以上的项目纳入重点监管。") == []
    assert _figures("投资额200万以上或占地10亩以上的工程报区住建委审核。") == []


def test_two_aims_joined_by_or_stay():
    assert (10.0, "个") in _figures("新建10个站点或改造20个站点。")


# -- a plan's status under its own title ----------------------------------------------------------------------

_NOTICE = "\n\n".join([
    "某区商务委关于印发《某区关于支持社区商业网点建设的实施办法》的通知",
    "各街镇：",
    "《某区关于支持社区商业网点建设的实施办法》已经委主任办公会审议通过，现印发给你们，请认真贯彻执行。",
    "某区商务委",
    "2024年5月6日",
    "某区关于支持社区商业网点",
    "建设的实施办法",
    "（试行）",
    "一、总体要求",
    "为完善社区商业服务功能，制定本办法。",
])


def test_the_status_below_the_plans_own_title_is_the_titles():
    assert find_title(_NOTICE) == "某区关于支持社区商业网点建设的实施办法（试行）"
    one_line = _NOTICE.replace("某区关于支持社区商业网点\n\n建设的实施办法", "某区关于支持社区商业网点建设的实施办法")
    assert find_title(one_line) == "某区关于支持社区商业网点建设的实施办法（试行）"


def test_a_title_without_a_status_line_stays():
    assert find_title(_NOTICE.replace("（试行）\n\n", "")) == "某区关于支持社区商业网点建设的实施办法"


# -- duties ---------------------------------------------------------------------------------------------------

def test_a_sending_each_time_or_as_required_is_a_duty():
    for sentence in ("检查结果同时报送区应急局。", "整改情况同步抄送区住建委。",
                     "各街镇建立工作台账，并按要求报送区生态环境局。"):
        assert find_duties(sentence, 2024), sentence


def test_as_required_without_a_sending_is_no_duty():
    assert find_duties("各单位按要求报名参加培训。", 2024) == []
    assert find_duties("同时，各街镇要加强巡查。", 2024) == []


def test_the_rhythm_is_the_sending_clauses():
    duties = find_duties("各街镇每月开展一次巡查，每季度报送巡查情况。", 2024)
    assert [d.every for d in duties] == ["quarter"]
    duties = find_duties("区城管局每周在网站公布检查结果，每半年发布工作通报。", 2024)
    assert duties and duties[0].every == "year"


def test_one_rhythm_stays_as_it_was():
    assert find_duties("各街镇每月25日前报送工作进展。", 2024)[0].every == "month"
