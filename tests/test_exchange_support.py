"""Checks of the exchange tests' own set-up (``helpers_exchange``, the ``world`` fixture)."""

from __future__ import annotations

from desktop.exchange import keys
from desktop.store import queries as Q
from desktop.store.exchange_keys import pinned_key

# ---- checks of the set-up itself --------------------------------------------------------

def test_units_import_the_plan_package_with_same_task_keys(world):
    office_keys = [t.key for t in Q.tasks(world.office, world.office_plan_id)]
    for u in world.units:
        assert [t.key for t in Q.tasks(u.ws, u.plan_id)] == office_keys
        assert len(Q.tasks(u.ws, u.plan_id, unit=u.unit_id)) == len(office_keys)
        pinned = pinned_key(u.ws, u.plan_id, "office", None)
        assert pinned is not None and pinned.fingerprint == keys.own_identity(world.office, create=False).fingerprint
    # the plan package carries aliases, groups, phases and duties
    u = world.unit(0)
    assert Q.unit_id(u.ws, u.plan_id, "民政局") == Q.unit_id(u.ws, u.plan_id, "市民政局")
    assert [p["name"] for p in Q.phases(u.ws, u.plan_id)] == ["动员部署阶段", "办理落实阶段"]
    assert [d["kind"] for d in Q.duties(u.ws, u.plan_id)] == ["monthly_info", "half_year_summary"]
    assert [t["text"] for t in Q.plan_targets(u.ws, u.plan_id)] == ["护理型床位占比不低于60%"]


def test_dump_sees_a_change(world):
    before = world.office_dump()
    assert before == world.office_dump()
    world.office.set_setting("actor", "王五")
    assert before != world.office_dump()
