"""A changed plan issued under a new cover notice (ux60 finding 1): a new 文号 and a title the program cannot match
(「关于印发…（调整）的通知」). The clerk knows it is the same plan and says so — ``plan import --as-revision`` revises
the current plan (never ignored: with no plan to revise it is refused, exit 2, no file made), and the client's
question offers 「作为《…》的修订稿导入」 naming the current plan. A revision so taken keeps the clerk's corrections and
the tasks' rows as one found by its title does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from helpers_ui import FakePrompts, import_through_the_client, open_window

from desktop.__main__ import main

PLAN = """城关街道2024年防汛工作方案
城办发〔2024〕3号

一、工作任务
1.储备防汛物资，4月底前完成。（牵头单位：应急办；责任单位：各社区）
2.组建应急队伍不少于50人，5月底前完成。（牵头单位：应急办；责任单位：城建办）
3.排查隐患点位不少于30处，6月底前完成。（牵头单位：城建办；责任单位：各社区）
"""
CHANGED = """城关街道办事处
关于印发城关街道2024年防汛工作方案（调整）的通知
城办发〔2024〕9号

各社区、各科室：
现将调整后的方案印发给你们，请认真贯彻落实。

一、工作任务
1.储备防汛物资，4月底前完成。（牵头单位：应急办；责任单位：各社区）
2.组建应急队伍不少于60人，5月底前完成。（牵头单位：应急办；责任单位：城建办）
3.排查隐患点位不少于30处，6月底前完成。（牵头单位：城建办；责任单位：各社区）
4.开展防汛演练2次，7月底前完成。（牵头单位：应急办）
"""


def _files(tmp_path: Path) -> tuple[Path, Path, str]:
    plan, changed = tmp_path / "防汛工作方案.txt", tmp_path / "防汛工作方案_调整.txt"
    plan.write_text(PLAN, encoding="utf-8")
    changed.write_text(CHANGED, encoding="utf-8")
    db = str(tmp_path / "w.sqlite")
    assert main(["plan", "import", str(plan), "--db", db]) == 0
    # the clerk's correction, to be kept over the revision
    assert main(["plan", "edit", "--db", db, "--task", "一.3", "--deadline", "2024-07-15"]) == 0
    return plan, changed, db


def _rows(db: str, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_as_revision_revises_the_current_plan_under_a_new_notice(tmp_path, capsys) -> None:
    _plan, changed, db = _files(tmp_path)
    capsys.readouterr()
    assert main(["plan", "import", str(changed), "--db", db, "--as-revision"]) == 0
    out = capsys.readouterr().out
    assert "作为当前方案《城关街道2024年防汛工作方案》的修订稿导入" in out
    assert _rows(db, "SELECT COUNT(*) FROM plans") == [(1,)]                   # no second plan
    assert _rows(db, "SELECT doc_number FROM plans") == [("城办发〔2024〕9号",)]
    tasks = _rows(db, "SELECT key, withdrawn_at IS NULL FROM tasks ORDER BY position")
    assert tasks == [("一.1", 1), ("一.2", 1), ("一.3", 1), ("一.4", 1)]
    # the clerk's correction kept over the revised document
    assert _rows(db, "SELECT deadline FROM tasks WHERE key = '一.3'") == [("2024-07-15",)]
    assert "新增任务 1 项" in out


def test_without_as_revision_it_is_still_another_plan_and_said_so(tmp_path, capsys) -> None:
    _plan, changed, db = _files(tmp_path)
    capsys.readouterr()
    assert main(["plan", "import", str(changed), "--db", db]) == 0
    assert "注意：工作区中已有《城关街道2024年防汛工作方案》" in capsys.readouterr().out
    assert _rows(db, "SELECT COUNT(*) FROM plans") == [(2,)]


def test_as_revision_with_no_plan_to_revise_is_refused_and_makes_no_file(tmp_path, capsys) -> None:
    changed = tmp_path / "调整.txt"
    changed.write_text(CHANGED, encoding="utf-8")
    db = tmp_path / "new.sqlite"
    assert main(["plan", "import", str(changed), "--db", str(db), "--as-revision"]) == 2
    err = capsys.readouterr().err
    assert "无从作为修订稿导入" in err and "去掉 --as-revision" in err
    assert not db.exists()


def test_the_client_offers_a_revision_of_the_current_plan(qtbot, tmp_path) -> None:
    from desktop.store import queries
    from desktop.ui.first_run import OTHER_AS_NEW, OTHER_AS_REVISION

    _plan, changed, db = _files(tmp_path)
    offer = OTHER_AS_REVISION.format(title="《城关街道2024年防汛工作方案》")
    prompts = FakePrompts(choose=[offer])
    window = open_window(qtbot, Path(db), prompts, role="office")
    flow = import_through_the_client(qtbot, window, prompts, changed, until_review=True)
    asked = prompts.texts("choose")[-1]
    assert "工作区中已有方案《城关街道2024年防汛工作方案》" in asked
    assert asked.endswith(f"{OTHER_AS_NEW}、{offer}")
    assert flow.reimport.plan_id == queries.plans(window.session.ws)[0]["id"]
    review = flow.review_dialog
    assert review.plan().tasks[2].deadline == "2024-07-15"              # the correction laid over
    review.accept()
    qtbot.waitUntil(lambda: flow.result is not None, timeout=15000)
    ws = window.session.ws
    assert [p["doc_number"] for p in queries.plans(ws)] == ["城办发〔2024〕9号"]
    assert flow.result.tasks_added == 1 and not flow.result.created


def test_the_client_can_still_take_it_as_another_plan_or_cancel(qtbot, tmp_path) -> None:
    from desktop.store import queries
    from desktop.ui.first_run import OTHER_AS_NEW

    _plan, changed, db = _files(tmp_path)
    prompts = FakePrompts(choose=[None])
    window = open_window(qtbot, Path(db), prompts, role="office")
    flow = import_through_the_client(qtbot, window, prompts, changed)
    assert flow.review_dialog is None and len(queries.plans(window.session.ws)) == 1     # 取消: nothing
    prompts.answers["choose"] = [OTHER_AS_NEW]
    flow = import_through_the_client(qtbot, window, prompts, changed, until_review=True)
    assert flow.reimport.plan_id is None
    flow.review_dialog.reject()


def test_the_question_wraps_on_a_1366_screen(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop.ui.first_run import OTHER_AS_NEW, OTHER_AS_REVISION, OTHER_PLAN
    from desktop.ui.prompts import choice_dialog

    title = "关于印发洋县2024年十大民生实事项目的通知"
    question = OTHER_PLAN.format(others="《洋县2024年十大民生实事项目清单》", title=f"《{title}》")
    dialog = choice_dialog(None, "导入工作方案", question,
                           [OTHER_AS_NEW, OTHER_AS_REVISION.format(title="《洋县2024年十大民生实事项目清单》")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert all(label.wordWrap() for label in dialog.findChildren(QLabel))
    assert dialog.width() <= 800 and dialog.height() <= 700


OTHER = """城关街道2024年平安建设工作方案
城办发〔2024〕5号

一、工作任务
1.开展矛盾纠纷排查，3月底前完成。（牵头单位：综治中心）
"""


def test_revises_names_a_plan_that_is_not_the_current_one(tmp_path, capsys) -> None:
    _plan, changed, db = _files(tmp_path)
    other = tmp_path / "平安建设.txt"
    other.write_text(OTHER, encoding="utf-8")
    assert main(["plan", "import", str(other), "--db", db]) == 0            # now the current plan
    capsys.readouterr()
    assert main(["plan", "import", str(changed), "--db", db, "--revises", "城办发〔2024〕3号"]) == 0
    assert "按 --revises 作为《城关街道2024年防汛工作方案》的修订稿导入" in capsys.readouterr().out
    assert _rows(db, "SELECT doc_number FROM plans ORDER BY id") == [("城办发〔2024〕9号",), ("城办发〔2024〕5号",)]
    assert _rows(db, "SELECT deadline FROM tasks WHERE key = '一.3'") == [("2024-07-15",)]


def test_revises_naming_no_plan_is_refused_naming_those_there_are(tmp_path, capsys) -> None:
    _plan, changed, db = _files(tmp_path)
    capsys.readouterr()
    before = _rows(db, "SELECT id, title, doc_number FROM plans")
    assert main(["plan", "import", str(changed), "--db", db, "--revises", "城办发〔2024〕7号"]) == 2
    err = capsys.readouterr().err
    assert "没有标题或文号为“城办发〔2024〕7号”的方案" in err
    assert "《城关街道2024年防汛工作方案》城办发〔2024〕3号" in err
    assert _rows(db, "SELECT id, title, doc_number FROM plans") == before
