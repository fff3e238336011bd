"""Final-review items of the reporting duties (duties.py): two dated sendings read the same with or without a
rhythm beside them; the liaison's day is the day the list is sent."""
from desktop.core.parse.duties import find_duties


def _dated(text: str) -> list[tuple[str, str | None]]:
    return [(d.kind, d.due) for d in find_duties(text, 2024) if d.due]


def test_lone_date_goes_to_the_next_clause_beside_a_monthly_rhythm() -> None:
    s = "各乡镇每月5日前报送进展情况，于6月30日前报送工作方案，于12月5日前，通过系统报送整改台账。"
    assert [due for _k, due in _dated(s)] == ["2024-06-30", "2024-12-05"]
    # the same two sendings without the monthly clause
    s = "各乡镇于6月30日前报送工作方案，于12月5日前，通过系统报送整改台账。"
    assert [due for _k, due in _dated(s)] == ["2024-06-30", "2024-12-05"]


def test_lone_date_beside_a_monthly_rhythm_other_wording() -> None:
    s = "各单位每月10日前上报工作进度，9月30日前报送自查报告，11月30日前，以书面形式报送整改台账。"
    assert [due for _k, due in _dated(s)] == ["2024-09-30", "2024-11-30"]


def test_liaison_due_when_the_list_is_sent() -> None:
    s = "各部门要于5月10日前确定1名联络员，于5月20日前将名单报送县农业农村局。"
    assert ("liaison", "2024-05-20") in _dated(s)
    s = "各镇须在3月10日前明确1名联络员，3月25日前将联络员名单报县委办。"
    assert ("liaison", "2024-03-25") in _dated(s)


def test_liaison_due_when_named_where_no_day_for_the_list() -> None:
    s = "各部门要于5月10日前确定1名联络员，报县农业农村局。"
    assert ("liaison", "2024-05-10") in _dated(s)
