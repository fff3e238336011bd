"""Drafts that save themselves shortly after typing stops (the monthly page's entry and its
articles): one rule for what happens when a save does not go through."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from desktop.errors import UserError
from desktop.ui.crash import expected

log = logging.getLogger("luoshi.ui.autosave")

AUTOSAVE_MS = 700
RETRY_MS = 5000          # after the disk refused a save: try again now and then, quietly


class Draft(Protocol):
    """What ``save_draft`` needs of the widget that holds the typed text."""

    dirty: bool
    prompts: Any
    timer: QTimer


def save_draft(owner: Draft, write: Callable[[], object], title: str,
               disk_refused: Callable[[str], None]) -> bool:
    """Run ``write`` (the store call that saves what is typed); True when it went through.

    Content the store refuses is said at once and no longer counts as unsaved (retrying
    won't help). A full or read-only disk keeps the text unsaved, goes to ``disk_refused``
    in plain words and is tried again by ``owner.timer`` later. Anything else is a bug and
    goes on to the crash dialog.
    """
    try:
        write()
    except UserError as exc:
        owner.dirty = False
        owner.prompts.warn(owner if isinstance(owner, QWidget) else None, title, exc.message)
        return False
    except (sqlite3.Error, OSError) as exc:
        error = expected(exc)
        if not isinstance(error, UserError):
            raise                         # not disk trouble: a bug, for the crash dialog
        log.warning("draft not saved: %s", exc)
        owner.timer.start(RETRY_MS)
        disk_refused(error.message)
        return False
    owner.dirty = False
    owner.timer.setInterval(AUTOSAVE_MS)
    return True
