"""Class tests of the lead's round-38 mends (made-up snippets written the way plans write)."""
from desktop.core.parse import parse_text


def _units(text: str) -> dict[str, list[str]]:
    return {t.title: t.responsible_units for t in parse_text(text).tasks}


def test_a_group_name_ends_before_a_prohibition():
    # 「各区交通管理部门不得采信其…」: 不得 is a clause word, so the run 「各区交通管理部门不得采信其」 is no unit name
    units = _units("关于加强检测工作的通知\n一、工作任务\n（一）其他\n市道运中心负责督促落实。\n"
                   "（二）压实企业主体责任\n加强监督管理，市交通委执法总队、市道运中心和各区交通管理部门应督促检测机构"
                   "贯彻落实规定。对于不如实开展检验检测的机构，市道运中心和各区交通管理部门不得采信其出具的检验检测报告。\n")
    assert units["压实企业主体责任"] == ["市交通委执法总队", "市道运中心", "各区交通管理部门"]


def test_a_group_name_alone_is_still_a_unit():
    # near miss: the group on its own, and a group ending in its unit word, stay names
    from desktop.core.parse.units import looks_like_unit
    assert looks_like_unit("各区交通管理部门")
    assert looks_like_unit("各街镇")
    assert not looks_like_unit("各区交通管理部门严禁擅自")
