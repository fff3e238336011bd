"""Shared by the parser's class tests (tests/test_parse_classes_*.py)."""


def units(plan):
    """Each task's key with its lead and responsible units."""
    return [(t.key, t.lead_units, t.responsible_units) for t in plan.tasks]
