"""Who signs the city-wide documents: the leading group office's full name and contact line,
and the office's 简报 (its name and the issue numbers given out so far).

All kept in the workspace's ``settings`` table (key → text), so no schema step is needed:
``office_name``, ``office_liaison``, ``office_phone``, ``briefing_name`` and
``briefing_issues`` (JSON ``{"2024": {"2024-06": 4, "2024-07": 5}}``: the numbers given out).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from desktop.errors import UserError
from desktop.store.workspace import Workspace

GENERIC_OFFICE = "领导小组办公室"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_PHONE = re.compile(r"^[0-9０-９+＋()（）\-－—\s、,，/转]*$")
MAX_NAME = 60


@dataclass(frozen=True)
class OfficeIdentity:
    name: str             # 武汉市推进老年友好型城市建设工作领导小组办公室 ("" when never set)
    person: str = ""      # 联系人
    phone: str = ""       # 联系电话

    @property
    def signature(self) -> str:
        """The name the office signs with: its full name, the generic one only when unset."""
        return self.name or GENERIC_OFFICE


def office_identity(ws: Workspace) -> OfficeIdentity:
    return OfficeIdentity(ws.setting("office_name", "").strip(),
                          ws.setting("office_liaison", "").strip(),
                          ws.setting("office_phone", "").strip())


def check_office_identity(name: str, person: str = "", phone: str = "") -> OfficeIdentity:
    """The office's identity as typed, or UserError saying what to fix."""
    name, person, phone = (str(x or "").strip() for x in (name, person, phone))
    if not name:
        raise UserError("请填写领导小组办公室的全称，例如“武汉市推进老年友好型城市建设工作领导小组办公室”："
                        "全市的报告、简报和汇编都用它落款。")
    for label, value, limit in (("办公室全称", name, MAX_NAME), ("联系人", person, 20),
                                ("联系电话", phone, 40)):
        if _CONTROL.search(value):
            raise UserError(f"{label}里有不可见的控制字符，请重新输入。")
        if len(value) > limit:
            raise UserError(f"{label}太长（{len(value)}个字），最多{limit}个字，请删短一些。")
    if name == GENERIC_OFFICE:
        raise UserError("“领导小组办公室”是简称，请填写全称（前面加上城市和领导小组的名称），"
                        "例如“武汉市推进老年友好型城市建设工作领导小组办公室”。")
    if phone and not _PHONE.match(phone):
        raise UserError(f"联系电话“{phone}”里有数字以外的字，请只填号码，例如 027-82796123。")
    return OfficeIdentity(name, person, phone)


def set_office_identity(ws: Workspace, name: str, person: str = "", phone: str = "",
                        briefing: str | None = None) -> OfficeIdentity:
    """Check, then store the office's full name and contact line (and, when given, the
    简报's name) in one transaction."""
    identity = check_office_identity(name, person, phone)
    if briefing is not None:
        briefing = check_briefing_name(briefing)
    with ws.transaction():
        if briefing is not None:
            ws.conn.execute("INSERT INTO settings(key, value) VALUES ('briefing_name', ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (briefing,))
        for key, value in (("office_name", identity.name), ("office_liaison", identity.person),
                           ("office_phone", identity.phone)):
            ws.conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
    return identity


def office_name_from_plan(plan_title: str) -> str:
    """The office's full name derived from the plan's title, for a workspace where nobody set
    one: ``市政协十四届三次会议3号建议案办理工作方案`` → ``市政协十四届三次会议3号建议案办理工作
    领导小组办公室``; ``武汉市推进老年友好型城市建设实施方案`` → ``武汉市推进老年友好型城市建设工作
    领导小组办公室``. The title's wrapping (``《…》``, ``关于印发…的通知``) is dropped; without a
    usable title, the generic ``领导小组办公室``. The demo names its office with it; a report never signs
    with it (no office set: a blank to fill, ``reports.wording.OFFICE_BLANK``, ux62)."""
    title = str(plan_title or "").strip().strip("《》 ")
    title = re.sub(r"^.*?关于印发《?", "", title)
    title = re.sub(r"》?的通知$", "", title).strip("《》 ")
    base = re.sub(r"(的)?((工作|实施)?方案|工作要点)$", "", title)
    if not base or base == title:
        return GENERIC_OFFICE
    return f"{base.removesuffix('工作')}工作{GENERIC_OFFICE}"


# --- the office's 简报 ---------------------------------------------------------------------

def default_briefing_name(office_name: str, plan_title: str = "") -> str:
    """``×××工作简报`` from the office's name (…工作领导小组办公室 → …工作简报), else the plan's."""
    base = re.sub(r"(工作)?领导小组办公室$", "", office_name.strip())
    if not base or base == office_name.strip():
        base = re.sub(r"(的)?(工作|实施)?方案$", "", plan_title.strip("《》 "))
    base = base.removesuffix("工作")
    return f"{base}工作简报" if base else "工作简报"


def check_briefing_name(name: str) -> str:
    """The 简报's name as the office writes it (empty: derived from the office's name)."""
    name = str(name or "").strip()
    if _CONTROL.search(name):
        raise UserError("简报名称里有不可见的控制字符，请重新输入。")
    if len(name) > 30:
        raise UserError(f"简报名称太长（{len(name)}个字），最多30个字，例如“老年友好型城市建设工作简报”。")
    return name


def briefing_name(ws: Workspace, plan_title: str = "") -> str:
    return (ws.setting("briefing_name", "").strip()
            or default_briefing_name(office_identity(ws).name, plan_title))


def _issues(ws: Workspace) -> dict[str, dict[str, int]]:
    try:
        data = json.loads(ws.setting("briefing_issues", "") or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(y): {str(m): int(n) for m, n in v.items() if isinstance(n, int)}
            for y, v in data.items() if isinstance(v, dict)}


def briefing_issue(ws: Workspace, month: str) -> int:
    """The 简报's issue number for ``month`` (YYYY-MM), numbered in month order through the
    year: a month already issued keeps its number for good; any other month is numbered by
    its place among the months of its year that have information articles (the 1st such
    month is 第1期), so an earlier month exported later still gets its place in month order —
    and never a number at or below one already given to an earlier month. Nothing is
    written: see ``keep_briefing_issue``."""
    issued = _issues(ws).get(month[:4], {})
    if month in issued:
        return issued[month]
    from desktop.store.queries import current_plan_id

    with_articles = {m for (m,) in ws.conn.execute(
        "SELECT DISTINCT month FROM info_articles WHERE plan_id = ? AND month LIKE ? AND month < ?",
        (current_plan_id(ws), f"{month[:4]}-%", month))}
    earlier = [n for m, n in issued.items() if m < month]
    return max(len(with_articles) + 1, max(earlier, default=0) + 1)


def keep_briefing_issue(ws: Workspace, month: str, number: int) -> None:
    """Remember that ``month``'s 简报 went out as 第``number``期 (after the file was written)."""
    with ws.transaction():
        issues = _issues(ws)
        issues.setdefault(month[:4], {})[month] = int(number)
        ws.conn.execute("INSERT INTO settings(key, value) VALUES ('briefing_issues', ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (json.dumps(issues, ensure_ascii=False, sort_keys=True),))
