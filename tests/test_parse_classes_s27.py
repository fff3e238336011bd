"""Round 27 "one rule in one place" (s27): the rules the parser wrote more than once, now asked of one place — made-up
wordings of each, and the near-misses that must stay."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.units import names_body


def _units(page: str) -> dict[str, list[str]]:
    return {t.key: t.responsible_units for t in parse_text(page).tasks}


# -- a body's name under a section of places (units.names_body, once tasks._BODY_NAME) ------------------------------

def _areas(*heads: str) -> str:
    return "某区商业发展三年行动方案\n\n三、重点区域\n" + "".join(
        f"（{n}）{h}。负责推进区域商业建设，制定年度计划。\n" for n, h in zip("一二三", heads, strict=False))


def test_government_bodies_under_a_section_of_places_keep_their_units():
    got = _units(_areas("区人民政府", "区建设管理委员会", "区政府办公室"))
    assert got == {"三.一": ["区人民政府"], "三.二": ["区建设管理委员会"], "三.三": ["区政府办公室"]}, got


def test_places_ending_as_a_centre_under_a_section_of_places_name_no_units():
    # 中心 ends an organisation's name (units.NAME_END_WORDS) and a place's: under 重点区域 it is the place
    assert all(not names for names in _units(_areas("城市副中心", "陆家嘴金融中心", "新城商业中心")).values())


def test_a_body_ends_as_government_does():
    assert all(names_body(n) for n in ("区商务委", "区规划资源局", "开发区管委会", "街道办事处", "各街镇", "县政府"))
    assert not any(names_body(n) for n in ("滨江商务区", "城市副中心", "临港科创小镇", "商业中心"))
