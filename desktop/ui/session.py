"""Who is working on which plan: the open workspace, the current plan, the role and unit.

Kept in the workspace's settings table (role, unit_id, actor, last_month), so it travels with
the file. ``as_of`` (a YYYY-MM-DD setting) pins "today" for demo and training workspaces.
No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.store import queries
from desktop.store.workspace import Workspace

ROLE_UNIT, ROLE_OFFICE = "unit", "office"


@dataclass
class Session:
    ws: Workspace
    plan_id: int | None = None
    role: str = ""
    unit_id: int | None = None
    today: date = date.today()

    @classmethod
    def load(cls, ws: Workspace) -> Session:
        session = cls(ws)
        session.refresh()
        return session

    def refresh(self) -> None:
        ws = self.ws
        self.plan_id = queries.current_plan_id(ws)
        self.role = ws.setting("role", "")
        unit = ws.setting("unit_id", "")
        self.unit_id = int(unit) if unit.isdigit() else None
        if self.unit_id is not None and not queries.unit_in_plan(ws, self.unit_id, self.plan_id):
            self.unit_id = None
        self.today = queries.as_of(ws)

    @property
    def readonly(self) -> bool:
        """Opened read-only (another window holds the workspace): look, don't touch."""
        return self.ws.readonly

    @property
    def is_office(self) -> bool:
        return self.role == ROLE_OFFICE

    def scope(self) -> list[int]:
        """My unit and the groups it belongs to (tasks given to a group are mine too)."""
        return queries.unit_scope(self.ws, self.unit_id) if self.unit_id is not None else []

    def unit_name(self) -> str:
        if self.unit_id is None:
            return ""
        return queries.unit_name(self.ws, self.unit_id) or ""

    def plan_title(self) -> str:
        return self.plan_header()[0]

    def plan_header(self) -> tuple[str, str]:
        """(title, document number) of the plan worked on; ("", "") without one."""
        if self.plan_id is None:
            return "", ""
        return queries.plan_header(self.ws, self.plan_id) or ("", "")

    def set_role(self, role: str, unit_id: int | None, person: str | None = None) -> None:
        """Who works here: the role, the unit, and (when given) the person's name, which the
        audit trail, plan edits, key decisions and the office's accept/return record as ``actor``."""
        self.ws.set_setting("role", role)
        self.ws.set_setting("unit_id", "" if unit_id is None else str(unit_id))
        if person is not None:
            self.ws.set_setting("actor", person.strip())
        self.refresh()

    def current_month(self) -> str:
        return f"{self.today.year:04d}-{self.today.month:02d}"
