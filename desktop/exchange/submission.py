"""The submission package (报送包, unit → office): a unit's submitted months.

Each month carries its revision (the highest revision of its entries and articles), the
entries with indicator values and attachments, and the information articles. Tasks are
named by their key and targets by (task key, position), which the plan package makes the
same in every workspace. Only submitted (locked) months are exported, so one revision
number always means one content.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import fileops
from desktop.core.progress import is_month, months_between as month_span
from desktop.errors import UserError
from desktop.exchange import format as fmt, keys
from desktop.exchange.verify import OpenedPackage, PackageRefused
from desktop.store import submissions as stored
from desktop.store.attachments import received_file
from desktop.store.entries import check_month
from desktop.store.exchange import linked_plan, record_exports, sent_tasks
from desktop.store.queries import unit_id as find_unit, unit_name
from desktop.store.workspace import Workspace, now_iso, refuse_output_over_workspace

STATUSES = ("not_started", "in_progress", "done", "late")
MAX_REVISION = 1_000_000               # a month revised daily for a lifetime stays far below
_TEXT_FIELDS = ("progress", "problems", "next_steps")


def months_between(first: str, last: str) -> list[str]:
    check_month(first)
    check_month(last)
    if last < first:
        raise UserError(f"结束月份 {last} 早于开始月份 {first}。")
    return month_span(first, last)


def resolve_attachment(ws: Workspace, stored_path: str) -> Path:
    path = Path(stored_path)
    return path if path.is_absolute() else ws.path.parent / path


# ---- export (unit) -----------------------------------------------------------------------

def month_payloads(ws: Workspace, plan_id: int, unit_id: int, months: list[str], *,
                   as_held: bool = False) -> tuple[list[dict], list[tuple[str, Path]]]:
    """The months of one unit as package data, and the attachment files to add. ``as_held``: the months as
    this workspace holds them, to be compared and kept (the office's own entries for a unit), not sent —
    drafts included, attachment files not read."""
    lo, hi = months[0], months[-1]
    rows = stored.month_entries(ws, plan_id, unit_id, lo, hi)
    ids = [r["id"] for r in rows]
    values: dict[int, list[dict]] = {}
    files: dict[int, list[dict]] = {}
    extra: dict[str, Path] = {}
    for entry_id, value, position, text, task_key in stored.entry_values(ws, ids):
        values.setdefault(entry_id, []).append({"task": task_key, "position": position, "text": text, "value": value})
    for entry_id, name, stored_path, digest, size in stored.entry_files(ws, ids):
        path = resolve_attachment(ws, stored_path)
        if not as_held:
            if not path.is_file():
                raise UserError(f"附件“{name}”的文件找不到了（{path}），无法导出。请重新添加该附件后再导出。")
            if fmt.hash_file(path)[0] != digest:
                raise UserError(f"附件“{name}”的文件在添加后被改动过（{path}），无法导出。请重新添加该附件后再导出。")
        member = fmt.ATTACHMENT_DIR + digest
        extra[member] = path
        files.setdefault(entry_id, []).append({"name": name, "sha256": digest, "size": size, "member": member})
    by_month: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r["state"] != "submitted" and not as_held:
            raise UserError(f"{r['month']} 还有未提交的进展（草稿），请先提交该月再导出报送包。")
        month = by_month.setdefault(r["month"], {"month": r["month"], "revision": 1, "entries": [], "articles": []})
        month["revision"] = max(month["revision"], r["revision"])
        month["entries"].append({
            **{k: r[k] for k in ("task", "task_title", "status", "progress", "problems", "next_steps", "revision",
                                 "submitted_at")},
            "values": values.get(r["id"], []), "attachments": files.get(r["id"], [])})
    for a in stored.month_articles(ws, plan_id, unit_id, lo, hi):
        if a["state"] != "submitted" and not as_held:
            raise UserError(f"{a['month']} 的工作信息“{a['title']}”还是草稿，请先提交该月再导出报送包。")
        month = by_month.setdefault(a["month"], {"month": a["month"], "revision": 1, "entries": [], "articles": []})
        month["revision"] = max(month["revision"], a["revision"])
        month["articles"].append({k: a[k] for k in ("title", "body", "author", "reviewer", "date", "revision")})
    return [by_month[m] for m in months if m in by_month], sorted(extra.items())


def export_submission(ws: Workspace, unit: str, month: str, out: Path | str, *,
                      to: str | None = None) -> fmt.WrittenPackage:
    """Write the unit's submitted months ``month``…``to`` as one signed package."""
    refuse_output_over_workspace(ws.path, out)
    months = months_between(month, to or month)
    linked = linked_plan(ws)
    if linked is None:
        raise UserError("本工作区的方案不是从办公室的方案包导入的。请先导入办公室发来的方案包，再导出报送包。")
    if linked.role == "office":
        raise UserError("本工作区是办公室端（发出过方案包），报送包应由各单位在自己的工作区导出，未导出。")
    plan_id = linked.plan_id
    unit_id = find_unit(ws, plan_id, unit)
    canonical = unit_name(ws, unit_id) if unit_id is not None else None
    if unit_id is None or canonical is None:
        raise UserError(f"方案中没有单位“{unit}”。请检查单位名称（可用简称或全称）。")
    payload_months, attachments = month_payloads(ws, plan_id, unit_id, months)
    span = month if not to or to == month else f"{month} 至 {to}"
    if not payload_months:
        raise UserError(f"“{canonical}”在 {span} 没有已提交的进展或信息，无可导出的内容。")
    identity = keys.own_identity(ws)
    assert identity is not None
    payload = {"unit": canonical, "months": payload_months}
    written = fmt.write_package(
        out, kind="submission", plan=fmt.plan_identity(ws, plan_id), recipient="",
        sender=fmt.Sender("unit", canonical, identity.public_key, identity.fingerprint),
        sign=identity.sign, members={fmt.PAYLOAD: fmt.canonical_json(payload)},
        extra_files=attachments,
        summary={"months": [{"month": m["month"], "revision": m["revision"],
                             "entries": len(m["entries"]), "articles": len(m["articles"])}
                            for m in payload_months]})
    with ws.transaction():
        record_exports(ws, unit_id, [(m["month"], m["revision"]) for m in payload_months], exported_at=now_iso(),
                       package_sha256=written.sha256, file_name=Path(written.path).name)
        ws.audit("package_export", {"kind": "submission", "unit": canonical, "months": span,
                                    "package_id": written.package_id, "sha256": written.sha256,
                                    "file": str(written.path)})
    return written


# ---- reading at the office ---------------------------------------------------------------

@dataclass
class PlanIndex:
    """Task and target ids of one plan by their exchange names, built once per import batch."""

    plan_id: int
    tasks: dict[str, int]
    targets: dict[tuple[str | None, int], int]
    titles: dict[str, str] = field(default_factory=dict)
    # key → (task id, title) as the office's last plan package named them (None: not recorded)
    sent: dict[str, tuple[int, str]] | None = None

    @classmethod
    def build(cls, ws: Workspace, plan_id: int) -> PlanIndex:
        return cls(plan_id, *stored.plan_index(ws, plan_id), sent=sent_tasks(ws, plan_id))

    def same_task(self, key: str, task_id: int, title: str) -> bool:
        """A submission's task (its key and title) is this task: the title is the task's, or the
        one the office's last package gave the task under this key — the office owns the plan, so
        a title it corrected since then on its own side is no sign of another task."""
        return self.titles.get(key) == title or self.sent is not None and self.sent.get(key) == (task_id, title)


SEND_PLAN = "请先导出方案包（文件 → 导出方案包，命令行 package plan）发给该单位"
UNIT_BEHIND = "该单位的报送基于旧版方案"
SEND_LATEST = "请先向该单位发送最新的方案包"


def stale_plan(key: str, theirs: str, ours: str, sent: dict[str, tuple[int, str]] | None = None) -> PackageRefused:
    """A submission whose task ``key`` has another title here: made under another version of the
    plan, its task numbers may name other tasks here, so nothing of it is landed. What to do is
    said to the office: where the unit has the office's last package (``sent``), the office changed
    the plan since and must send it; where the unit has an older one, it must get the latest."""
    said = sent.get(key) if sent is not None else None
    if sent is None:
        text = (f"该单位报送的任务“{key}”是“{theirs}”，本方案中是“{ours}”：如本办公室修改方案后还没有发出方案包，"
                f"{SEND_PLAN}；如已发出，则{UNIT_BEHIND}，{SEND_LATEST}。待其导入后重新报送，未导入。")
    elif said is not None and said[1] == theirs:
        text = (f"本办公室在上次发出方案包之后修改了方案，还没有发给各单位（任务“{key}”在上次发出的方案包和"
                f"该单位的报送中是“{theirs}”，本方案中现在是“{ours}”）：{SEND_PLAN}，待其导入后重新报送，未导入。")
    else:
        text = (f"{UNIT_BEHIND}（任务“{key}”在报送包中是“{theirs}”，本方案中是“{ours}”）："
                f"{SEND_LATEST}，待其更新后重新报送，未导入。")
    return PackageRefused(text, problem="stale_plan")


@dataclass
class MonthIn:
    month: str
    revision: int
    content_sha256: str
    raw: dict[str, Any]
    entries: list[dict[str, Any]] = field(default_factory=list)   # with task_id and values {target_id: v}
    articles: list[dict[str, Any]] = field(default_factory=list)


def _bad(message: str) -> PackageRefused:
    return PackageRefused(f"报送包内容有误：{message}，未导入。", problem="bad_payload")


def _text(d: dict, key: str, default: str | None = "") -> Any:
    value = d.get(key, default)
    if value is None and default is None:
        return None
    if not isinstance(value, str):
        raise _bad(f"字段“{key}”应为文字")
    return value


def read_month(raw: Any, index: PlanIndex, members: dict[str, Any]) -> MonthIn:
    """Check one month of a payload and resolve its tasks and targets against ``index``."""
    if not isinstance(raw, dict) or not is_month(raw.get("month")):
        raise _bad("月份格式不对")
    month = raw["month"]
    revision = raw.get("revision")
    if not isinstance(revision, int) or isinstance(revision, bool) or not 1 <= revision <= MAX_REVISION:
        raise _bad(f"{month} 的版本号“{revision}”无效")
    if not isinstance(raw.get("entries"), list) or not isinstance(raw.get("articles"), list):
        raise _bad(f"{month} 缺少进展或信息列表")
    out = MonthIn(month, revision, fmt.sha256_hex(fmt.canonical_json(raw)), raw)
    seen: set[int] = set()
    for e in raw["entries"]:
        if not isinstance(e, dict) or not isinstance(e.get("task"), str):
            raise _bad(f"{month} 有一条进展缺少任务编号")
        task_id = index.tasks.get(e["task"])
        if task_id is None:
            raise PackageRefused(f"报送包中的任务“{e['task']}”（{e.get('task_title', '')}）在本方案中不存在，"
                                 "可能双方方案版本不一致：请先向该单位发送最新的方案包，未导入。",
                                 problem="bad_payload")
        theirs = e.get("task_title")
        if isinstance(theirs, str) and e["task"] in index.titles and not index.same_task(e["task"], task_id, theirs):
            raise stale_plan(e["task"], theirs, index.titles[e["task"]], index.sent)
        if task_id in seen:
            raise _bad(f"{month} 任务“{e['task']}”出现了两次")
        seen.add(task_id)
        if e.get("status") not in STATUSES:
            raise _bad(f"任务“{e['task']}”的状态“{e.get('status')}”无效")
        entry_rev = e.get("revision", revision)
        if not isinstance(entry_rev, int) or isinstance(entry_rev, bool) or not 1 <= entry_rev <= revision:
            raise _bad(f"任务“{e['task']}”的版本号无效")
        values: dict[int, float] = {}
        for v in e.get("values", []):
            if not isinstance(v, dict) or not isinstance(v.get("position"), int) \
                    or not isinstance(v.get("value"), (int, float)) or isinstance(v.get("value"), bool):
                raise _bad(f"任务“{e['task']}”的指标值格式不对")
            target_id = index.targets.get((v.get("task"), v["position"]))
            if target_id is None:
                raise _bad(f"任务“{e['task']}”的指标“{v.get('text', v['position'])}”在本方案中不存在")
            values[target_id] = float(v["value"])
        files = []
        for a in e.get("attachments", []):
            member = a.get("member") if isinstance(a, dict) else None
            if member not in members or members[member]["sha256"] != a.get("sha256") \
                    or not isinstance(a.get("name"), str):
                raise _bad(f"任务“{e['task']}”的附件与包内文件对不上")
            files.append({"name": a["name"], "sha256": a["sha256"], "size": members[member]["size"]})
        out.entries.append({"task_id": task_id, "status": e["status"], "revision": entry_rev,
                            "submitted_at": _text(e, "submitted_at", None),
                            **{k: _text(e, k) for k in _TEXT_FIELDS}, "values": values,
                            "attachments": files})
    for a in raw["articles"]:
        if not isinstance(a, dict) or not isinstance(a.get("title"), str) or not a["title"].strip():
            raise _bad(f"{month} 有一篇信息缺少标题")
        out.articles.append({"title": a["title"], "body": _text(a, "body"), "author": _text(a, "author"),
                             "reviewer": _text(a, "reviewer"), "date": _text(a, "date", None),
                             "revision": a.get("revision", revision) if isinstance(a.get("revision"), int)
                             else revision})
    return out


def check(ws: Workspace, pkg: OpenedPackage, index: PlanIndex) -> list[MonthIn]:
    payload = pkg.payload
    if not isinstance(payload, dict) or not isinstance(payload.get("months"), list) or not payload["months"]:
        raise _bad("没有任何月份")
    if payload.get("unit") != pkg.sender_unit:
        raise PackageRefused(f"包内容属于“{payload.get('unit')}”，发送方却是“{pkg.sender_unit}”。"
                             "一个单位的包只能改动本单位的数据，未导入。", problem="wrong_unit")
    try:
        months = [read_month(raw, index, pkg.manifest["members"]) for raw in payload["months"]]
    except (TypeError, AttributeError, KeyError, ValueError) as exc:   # a shape read_month did not expect
        raise _bad(f"结构不对（{exc!r}）") from exc
    if len({m.month for m in months}) != len(months):
        raise _bad("同一个月份出现了两次")
    return months


def store_attachments(ws: Workspace, pkg: OpenedPackage) -> None:
    """Copy attachment files out of the package, by content hash (so twice is harmless).

    Runs after every check and before the import transaction; each file is hashed again
    while written, so a file changed on the stick since the check is still refused.
    """
    names = pkg.attachment_members
    if not names:
        return
    with zipfile.ZipFile(pkg.path) as zf:
        for name in names:
            digest = pkg.manifest["members"][name]["sha256"]
            target = received_file(ws, digest)
            if target.is_file():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".part")
            h = hashlib.sha256()
            with zf.open(name) as src, open(tmp, "wb") as dst:
                while chunk := src.read(1 << 16):
                    h.update(chunk)
                    dst.write(chunk)
            if h.hexdigest() != digest:
                fileops.discard(tmp)
                raise PackageRefused(f"附件“{name}”在检查后被改动过，未导入。", problem="hash_mismatch")
            fileops.replace(tmp, target)
