"""Round 69's review of the parser change (rv69a): the mends the lead made at once.

- F1: a holiday calendar line 「…放假调休，共5天，…上班上课。」 repeated and closed by a sentence that is no
  calendar (「请家长知悉。」) is no calendar-only paragraph — the pattern tries each sentence once (an atomic
  group), where the plain group re-split the line between the words of one sentence, exponentially (25 s at 11
  sentences; the bench's ``nasty_calendar_line`` holds 40 and measures its cost, never a test).
"""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.notice_paragraphs import _CALENDAR_ONLY

_SENTENCE = "初一年级5月1日至5日放假调休，共5天，4月28日、5月11日上班上课。"


def test_a_calendar_line_closed_by_another_sentence_is_no_calendar() -> None:
    assert _CALENDAR_ONLY.match(_SENTENCE * 3)                       # the calendar alone: passed over
    assert not _CALENDAR_ONLY.match(_SENTENCE * 40 + "请家长知悉。")   # returns (at once), no calendar
    text = "关于端午节放假的通知\n各位家长：\n现将放假安排通知如下：\n" + _SENTENCE * 40 + "请家长知悉。\n某某小学\n"
    assert parse_text(text).title == "关于端午节放假的通知"
