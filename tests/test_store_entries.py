"""Monthly entries: drafts, submit locks, reopen with a reason keeps history; search."""

from __future__ import annotations

import pytest
from helpers_plan import sample_plan

from desktop.errors import UserError
from desktop.store import entries as E, open_workspace, queries as Q
from desktop.store.plans import save_plan


@pytest.fixture()
def ws(tmp_path):
    with open_workspace(tmp_path / "w.sqlite") as ws:
        ws.plan_id = save_plan(ws, sample_plan()).plan_id
        yield ws


def test_submit_locks_and_reopen_keeps_history(ws):
    unit = Q.unit_id(ws, ws.plan_id, "市民政局")
    task = Q.tasks(ws, ws.plan_id, unit=unit)[0]
    entry = E.save_entry(ws, task.id, unit, "2024-06", progress="召开推进会")
    assert E.submit_month(ws, unit, "2024-06") == 1
    with pytest.raises(UserError, match="已提交并锁定"):
        E.save_entry(ws, task.id, unit, "2024-06", progress="改一下")
    with pytest.raises(UserError, match="原因"):
        E.reopen_month(ws, unit, "2024-06", "  ")
    E.reopen_month(ws, unit, "2024-06", "数据填错")
    E.save_entry(ws, task.id, unit, "2024-06", progress="召开推进会2次")
    E.submit_month(ws, unit, "2024-06")
    hist = E.history(ws, entry)
    assert [(h["revision"], h["snapshot"]["progress"]) for h in hist] == [
        (1, "召开推进会"), (1, "召开推进会"), (2, "召开推进会2次")]
    assert "数据填错" in hist[1]["reason"]


def test_empty_month_cannot_be_submitted(ws):
    unit = Q.unit_id(ws, ws.plan_id, "市民政局")
    with pytest.raises(UserError, match="还没有填写"):
        E.submit_month(ws, unit, "2024-07")


@pytest.mark.parametrize("month", ["2024-13", "24-01", "2024/01", ""])
def test_bad_month_is_refused(ws, month):
    unit = Q.unit_id(ws, ws.plan_id, "市民政局")
    task = Q.tasks(ws, ws.plan_id, unit=unit)[0]
    with pytest.raises(UserError, match="YYYY-MM"):
        E.save_entry(ws, task.id, unit, month)


def test_search_finds_chinese_substrings_of_any_length(ws):
    unit = Q.unit_id(ws, ws.plan_id, "市民政局")
    task = Q.tasks(ws, ws.plan_id, unit=unit)[0]
    E.save_entry(ws, task.id, unit, "2024-03", progress="走访养老院", problems="资金到位慢")
    keys = lambda text: [r.key for r in Q.tasks(ws, ws.plan_id, text=text)]  # noqa: E731
    assert keys("食堂") == ["二.二.3"]              # 2 characters: LIKE
    assert keys("老年食堂建设") == ["二.二.3"]        # trigram
    assert keys("养老院") == [task.key]              # found in an entry
    assert keys("资") == [task.key]
    assert keys("100%") == []                         # LIKE wildcards are escaped
    assert keys('"') == []


def test_latest_values_follow_months(ws):
    unit = Q.unit_id(ws, ws.plan_id, "市民政局")
    task = [t for t in Q.tasks(ws, ws.plan_id) if t.key == "二.二.3"][0]
    target = Q.task_detail(ws, task.id)["targets"][0]["id"]
    E.save_entry(ws, task.id, unit, "2024-02", values={target: 10})
    E.save_entry(ws, task.id, unit, "2024-04", values={target: 30})
    assert E.latest_values(ws, unit)[target] == (30.0, "2024-04")
    assert E.latest_values(ws, unit, up_to="2024-03")[target] == (10.0, "2024-02")


def test_articles_edit_and_delete_only_while_draft(ws):
    unit = Q.unit_id(ws, ws.plan_id, "市民政局")
    task = Q.tasks(ws, ws.plan_id, unit=unit)[0]
    E.save_entry(ws, task.id, unit, "2024-06", progress="召开推进会")
    article = E.add_article(ws, ws.plan_id, unit, "2024-06", title="市民政局召开推进会", body="……")
    E.update_article(ws, article, title="  ", body="新的正文")
    (row,) = E.articles(ws, unit_id=unit, month="2024-06")
    assert (row["title"], row["body"]) == ("（未命名）", "新的正文")
    E.submit_month(ws, unit, "2024-06")
    with pytest.raises(UserError, match="重新打开"):
        E.update_article(ws, article, body="改")
    with pytest.raises(UserError, match="不能删除"):
        E.delete_article(ws, article)
    E.reopen_month(ws, unit, "2024-06", "补充信息")
    E.delete_article(ws, article)
    assert E.articles(ws, unit_id=unit) == []


def test_evidence_files_are_copied_beside_the_workspace(ws, tmp_path):
    from desktop.store import attachments as A

    unit = Q.unit_id(ws, ws.plan_id, "市民政局")
    task = Q.tasks(ws, ws.plan_id, unit=unit)[0]
    with pytest.raises(UserError, match="先填写"):
        A.add_attachment(ws, 999, tmp_path)
    entry = E.save_entry(ws, task.id, unit, "2024-06", progress="召开推进会")
    photo = tmp_path / "会议照片.jpg"
    photo.write_bytes(b"\xff\xd8jpeg")
    other = tmp_path / "sub"
    other.mkdir()
    (other / "会议照片.jpg").write_bytes(b"\xff\xd8different")
    first = A.add_attachment(ws, entry, photo)
    second = A.add_attachment(ws, entry, other / "会议照片.jpg")
    again = A.add_attachment(ws, entry, photo)
    stored = [A.attachment_path(ws, r) for r in A.attachments(ws, entry)]
    assert [p.read_bytes() for p in stored] == [b"\xff\xd8jpeg", b"\xff\xd8different", b"\xff\xd8jpeg"]
    assert first["stored_path"] == again["stored_path"] != second["stored_path"]
    assert all(p.is_relative_to(ws.path.parent / "attachments" / ws.path.stem) for p in stored)
    with pytest.raises(UserError, match="无法读取"):
        A.add_attachment(ws, entry, tmp_path / "missing.pdf")
    E.submit_month(ws, unit, "2024-06")
    with pytest.raises(UserError, match="锁定"):
        A.add_attachment(ws, entry, photo)


def test_no_article_is_added_to_a_submitted_month(ws):
    unit = Q.unit_id(ws, ws.plan_id, "市民政局")
    task = Q.tasks(ws, ws.plan_id, unit=unit)[0]
    E.save_entry(ws, task.id, unit, "2024-08", progress="召开推进会")
    E.submit_month(ws, unit, "2024-08")
    with pytest.raises(UserError, match="锁定"):
        E.add_article(ws, ws.plan_id, unit, "2024-08", title="补一篇", body="……")
    assert E.articles(ws, unit_id=unit, month="2024-08") == []


def test_the_reads_the_monthly_page_and_draft_editor_use(ws):
    """One entry by id (the draft editor's 来源), task titles and target names by id (for any
    number of ids, unknown ids left out)."""
    unit = Q.unit_id(ws, ws.plan_id, "市民政局")
    task = next(t for t in Q.tasks(ws, ws.plan_id, unit=unit) if Q.task_detail(ws, t.id)["targets"])
    target = Q.task_detail(ws, task.id)["targets"][0]
    entry = E.save_entry(ws, task.id, unit, "2024-06", progress="召开推进会", values={target["id"]: 3})
    found = E.entries(ws, entry_id=entry)
    assert [(r["id"], r["task_title"], r["progress"], r["values"]) for r in found] == [
        (entry, task.title, "召开推进会", {target["id"]: 3.0})]
    assert E.entries(ws, entry_id=entry + 999) == []
    many = [task.id, *range(100_000, 100_700)]          # more ids than one IN (…) list takes
    assert Q.task_titles_by_id(ws, many) == {task.id: task.title}
    assert Q.target_names(ws, [target["id"], 100_000]) == {target["id"]: target["subject"] or target["text"]}
