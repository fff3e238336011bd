"""Round 41 (p41i), where a unit's name starts and ends and how a list of units splits: a party named by its role
opening a 、-list 「出让人、产业、招商部门」 (a name of its own, the fields share the head); a 各-group with the words
after it 「各班募款买树苗」 (no name); a unit heading with a 的-phrase 「公路沿途的村(居)委会职责」 (the name after the
last 的, round 32); 协同 before the partner 「并协同环保、市容等部门落实」 (no part of a name, round 36); kinds
before one 「X等单位」 「机关、团体、企业、事业等单位」 (one name as printed, round 31/35); two bodies joined by 及
in a subject 「各区政府(管委会)及除运雪指挥部」. Made-up snippets written the way such plans are printed, each with
near misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.prose_units import split_joined
from desktop.core.parse.sentence_units import doer_units
from desktop.core.parse.units import looks_like_unit


def test_a_party_opening_a_list_is_a_name_of_its_own() -> None:
    assert doer_units("出让人、产业、招商部门负责开展项目达产评估。")[1] == ["出让人", "产业、招商部门"]
    assert doer_units("临时用地使用人、土地储备机构负责做好土地复垦。")[1] == ["临时用地使用人", "土地储备机构"]


def test_fields_before_one_head_stay_one_name() -> None:
    assert doer_units("公安、应急管理部门负责开展联合检查。")[1] == ["公安、应急管理部门"]
    assert doer_units("人事、卫生等部门负责做好人员保障。")[1] == ["人事、卫生等部门"]


def test_people_a_field_serves_are_no_party() -> None:
    assert "老年人" not in doer_units("老年人、残疾人等组织负责开展帮扶活动。")[1]


def test_a_group_and_the_words_after_it_is_no_name() -> None:
    assert not looks_like_unit("各班募款买树苗")
    assert not looks_like_unit("各街镇建立属地征收工作协调机制")


def test_longer_groups_ending_in_a_word_for_bodies_stay_names() -> None:
    for name in ("各项目实施主体", "各老年人社会团体", "属地各级志愿服务队伍", "各班", "各村(社区)", "各有关街镇"):
        assert looks_like_unit(name), name


HEADED = """某镇乡村公路养护管理实施方案
一、养护目标
确保道路晴雨通车率在90%以上。
二、镇政府职责：
1、镇政府要加强对公路养护工作的领导，每季度检查一次。
2、镇政府负责落实养路经费。
三、公路沿途的村(居)委会职责：
1、公路沿途的村(居)委会要加强公路养护工作的领导，实行专款专用。
2、公路沿途的村(社区)要物色责任心强的人员担任专职养护工。
"""


def test_a_unit_heading_with_a_describing_phrase_gives_the_name_after_the_last_de() -> None:
    tasks = parse_text(HEADED).tasks
    village = [t for t in tasks if t.path == ["三"]]
    assert village and all(t.responsible_units == ["村(居)委会"] for t in village)


def test_a_unit_heading_without_a_describing_phrase_is_unchanged() -> None:
    town = [t for t in parse_text(HEADED).tasks if t.path == ["二"]]
    assert town and all(t.responsible_units == ["镇政府"] for t in town)


def test_xietong_opens_no_name_and_its_partner_is_responsible() -> None:
    _lead, units = doer_units("基地责任单位应强化安全监管，并协同环保、市容、消防等部门落实好对基地的管理要求。")
    assert units == ["基地责任单位", "环保、市容、消防等部门"]


def test_a_body_named_with_xietong_stays_a_name() -> None:
    assert doer_units("协同发展办公室负责统筹推进示范区建设。")[1] == ["协同发展办公室"]


def test_kinds_before_one_etc_head_are_one_name() -> None:
    assert doer_units("机关、团体、企业、事业等单位应当落实消防安全主体责任。")[1] == ["机关、团体、企业、事业等单位"]
    assert doer_units("由各区建筑、交通等行业主管部门负责审核。")[1] == ["各区建筑、交通等行业主管部门"]


def test_a_body_with_a_head_of_its_own_stays_apart_from_the_fields() -> None:
    assert doer_units("区住建委、公安、交通等部门负责开展检查。")[1] == ["区住建委", "公安、交通等部门"]


def test_two_bodies_joined_by_ji_are_two_names() -> None:
    assert split_joined("各区政府(管委会)及除运雪指挥部") == ["各区政府(管委会)", "除运雪指挥部"]
    assert split_joined("各区政府及相关街镇") == ["各区政府", "相关街镇"]


def test_one_name_with_ji_inside_stays_whole() -> None:
    assert split_joined("区住房保障及房屋管理局") == ["区住房保障及房屋管理局"]
    assert split_joined("镇相关职能科室及相关单位") == ["镇相关职能科室及相关单位"]
    assert split_joined("区规划和自然资源局") == ["区规划和自然资源局"]
