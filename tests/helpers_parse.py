"""Shared by the parser's class tests (tests/test_parse_classes_*.py)."""


def units(plan):
    """Each task's key with its lead and responsible units."""
    return [(t.key, t.lead_units, t.responsible_units) for t in plan.tasks]


def cover_then_own_line(title_line: str, own_line: str) -> str:
    """A made-up county bureau's cover issuing a plan by ``title_line``, signed and dated, then ``own_line`` printed
    over the plan's text (the plan's own title line after a cover: Round 60 and Round 62 rulings)."""
    return (f"某县商务局文件\n某商发〔2020〕9号\n某县商务局\n{title_line}\n各乡镇(街道)，县级机关有关部门：\n"
            "现将方案印发给你们，请遵照实施。\n某县商务局\n2020年5月14日\n"
            f"{own_line}\n为稳住外贸基本盘，特制订本方案。\n一、工作目标\n出口增长10%。\n")
