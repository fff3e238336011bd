"""Round 53 second wave (w53d): a subject whose first clause is a verb of work outside rule 2 「A持续推进…，梳理…，
严格落实…」「A对照…开展自查，…，落实整改措施」 is carried to the later 落实 with its own object in the same sentence
(round 34's carried subject; the request form 「请A…」 is read as A, round 30) — ``sentence_units._doers``. Near
misses: 落实 as a noun 「抓好落实」, a pivot 「A督促B…，落实…」, a clause with no plain verb of work after A, a sending
「请各区于3月底前报送…」 alone (报送 is no rule-2 verb)."""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = ("某市建设委员会关于做好2025年片区建设工作的通知\n各区建设管理委：\n为做好2025年片区建设工作，现通知如下：\n"
        "一、工作要求\n")
TAIL = "（九）加强宣传。区建管委负责组织开展宣传培训。\n2025年1月27日\n"


def _units(item: str) -> list[str]:
    tasks = parse_text(HEAD + "（一）推进片区建设。" + item + "\n" + TAIL).tasks
    first = next(t for t in tasks if t.number == "一")
    return first.lead_units + [u for u in first.responsible_units if u not in first.lead_units]


def test_a_request_carries_its_bodies_to_a_later_put_into_effect():
    assert _units("请各区持续推进10个片区建设，梳理项目建设情况，严格落实系统方案建设要求。") == ["各区"]


def test_a_plain_subject_carries_to_its_later_put_into_effect():
    assert _units("区住建局对照整治内容开展自查，全面核查已建项目，列出问题清单，落实整改措施。") == ["区住建局"]


def test_the_issuer_speaking_of_itself_stays_a_unit_as_printed():
    units = _units("请各区持续推进10个片区建设，严格落实整改措施。我委将组织专家开展跟踪指导。")
    assert units == ["各区", "我委"]


def test_near_miss_a_sending_alone_names_no_doer():
    assert _units("请各区于3月底前报送片区建设情况汇总表。") == []


def test_near_miss_put_into_effect_as_a_noun_names_no_doer():
    assert _units("各区持续推进10个片区建设，梳理项目建设情况，抓好落实。") == []


def test_near_miss_a_pivot_gives_the_later_verbs_to_its_object():
    assert _units("区住建局督促各街道开展自查，落实整改措施。") == []


def test_near_miss_no_plain_verb_of_work_after_the_subject():
    assert _units("各区主要领导亲自部署片区建设，落实整改措施。") == []


def test_the_subject_carries_to_a_later_sentence_that_joins_a_partner():
    units = _units("请各区、相关管委会进一步强化片区管理，健全管控程序。严格把控设计质量；加强施工管理，"
                   "联合安质监部门开展施工现场质量巡查。")
    assert units == ["各区", "相关管委会", "安质监部门"]


def test_near_miss_a_later_sentence_with_its_own_subject_keeps_it():
    units = _units("请各区进一步强化片区管理。区质监站加强施工管理，联合安质监部门开展施工现场质量巡查。")
    assert "各区" not in units


def test_near_miss_a_later_sentence_that_only_calls_to_comply_names_no_doer():
    assert _units("请各区进一步强化片区管理。严格落实系统方案建设要求。") == []
