"""Round 67 (p67e): city rules on signs and on weighing refuse (plans-next352).

- A sending due some days after each calendar month ends 「…应在每个自然月结束后三个工作日内将…数据报送…」: a
  monthly duty — not a sending due once after a campaign ends 「…行动结束后三个工作日内报送总结」.
- Two bodies joined by 和 whose second prints its sister tiers in a bracket 「街道办事处和镇（乡）人民政府应当…」: two
  doers, the bracket kept with its side — not a bracket of another kind 「各区（含开发区）街道」, which keeps the
  name whole as before.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _units(text: str) -> dict[str, list[str]]:
    return {t.title: [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks if not t.not_task}


def _rules(*articles: str) -> str:
    head = "某市店招设置管理规定\n第一条（目的）\n为了规范店招设置，制定本规定。\n"
    body = "".join(f"第{n}条（条款{n}）\n{a}\n" for n, a in zip("二三四五六七八", articles, strict=False))
    return head + body + "第九条（施行）\n本规定自2024年1月1日起施行。\n"


def test_each_calendar_month_sending_is_monthly() -> None:
    plan = parse_text(_rules("检测机构应在每个自然月结束后五个工作日内将检测数据报送区市容部门。"))
    assert [d.every for d in plan.duties if "检测数据" in d.text] == ["month"]
    # near miss: a sending due once, after a campaign ends
    plan = parse_text(_rules("检测机构应在专项行动结束后五个工作日内将工作总结报送区市容部门。"))
    assert all(d.every is None for d in plan.duties)


def test_and_with_sister_tier_bracket_names_two_doers() -> None:
    units = _units(_rules("市容部门、街道办事处和镇（乡）人民政府应当加强店招安全巡查。"))
    assert ["市容部门", "街道办事处", "镇（乡）人民政府"] in units.values()
    # near miss: a bracket that is no sister tier keeps the name whole, as before
    units = _units(_rules("区市容局和各区（含开发区）街道应当加强店招安全巡查。"))
    assert ["区市容局和各区（含开发区）街道"] in units.values()
