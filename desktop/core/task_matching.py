"""Which task of a revised plan is which task of the plan stored before it.

A task's number says where it stands, not what it is: a revision that inserts a task in the middle
of a section shifts every later number (in plans that number on through the sections, the rest of
the plan), and one that drops a task shifts them back. Matched by number alone, a person's
corrections, the task's history and its monthly entries landed on whichever task took the number
(ux54, issue 10). So old and new tasks are paired by what they say, in document order, one old task
to at most one new one:

1. **anchors** — a title (normalised: no spaces, no punctuation) that stands once in each list pairs
   its two tasks; of those pairs the longest run in the same order is kept (as patience diff does),
   so a task inserted or dropped between them cannot pull the rest out of line;
2. **between anchors** — the tasks left on each side are aligned in order (dynamic programming:
   the most likeness in total, ``alike``; on a tie, the pair that keeps its number);
3. **moved** — a task left over on both sides that is plainly the same (``alike`` ≥ ``MOVED``, each
   the other's best) moved, e.g. to another section.

``alike`` is 0.6 × title likeness (``difflib`` ratio) + 0.4 × text likeness (Dice over pairs of
characters). A pair is the same task from ``SAME`` (0.65): the same title whatever the text; a title
lightly reworded over much the same text (推进老年食堂建设 → 加快老年食堂建设 is about 0.8), while two
different tasks of one plan rarely reach it (支持创业载体建设 / 支持返乡入乡创业: 0.34); or when the
text is nearly unchanged (≥ ``SAME_TEXT``: a title rewritten over the same paragraph). A task
without a title is judged by its text. What is left is withdrawn (old) or new (new): the caller
says so.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import chain

from desktop.core.model import Task

SAME = 0.65          # alike from here: the same task
SAME_TEXT = 0.8      # the text this alike is the same task whatever its title says
MOVED = 0.8          # out of order (another section): only when plainly the same
TITLE_WEIGHT = 0.6


def task_keys(tasks: Sequence[Task]) -> list[str]:
    """Each task's key in its plan: its numbering path; a repeated numeral gets ``#2``."""
    seen: set[str] = set()
    out = []
    for task in tasks:
        key, n = task.key, 2
        while key in seen:
            key = f"{task.key}#{n}"
            n += 1
        seen.add(key)
        out.append(key)
    return out


@dataclass(frozen=True)
class Side:
    """One task as matching sees it: its key, its titles (the first the document's; a stored task
    may add the title a person corrected it to) and its text."""

    key: str
    titles: tuple[str, ...]
    text: str


def sides(tasks: Sequence[Task]) -> list[Side]:
    return [Side(key, (task.title,), task.text) for key, task in zip(task_keys(tasks), tasks, strict=True)]


@dataclass
class Matching:
    """Old key → new key for the tasks that are the same; the rest are withdrawn or new."""

    pairs: dict[str, str] = field(default_factory=dict)
    withdrawn: list[str] = field(default_factory=list)      # old keys, in order
    added: list[str] = field(default_factory=list)          # new keys, in order
    back: list[str] = field(default_factory=list)           # old keys of withdrawn tasks brought back

    def old_keys(self) -> dict[str, str]:
        """New key → old key."""
        return {new: old for old, new in self.pairs.items()}

    def renumbered(self) -> list[tuple[str, str]]:
        return [(old, new) for old, new in self.pairs.items() if old != new]


_DROP = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Letters and digits only, full-width folded: what two wordings of a title share."""
    text = unicodedata.normalize("NFKC", _DROP.sub("", text)).lower()
    return "".join(c for c in text if unicodedata.category(c)[0] in "LN")


class _Item:
    __slots__ = ("key", "titles", "counts", "text", "pairs")

    def __init__(self, side: Side) -> None:
        self.key = side.key
        self.titles = [t for t in dict.fromkeys(normalise(t) for t in side.titles) if t]
        self.counts = [Counter(t) for t in self.titles]
        self.text = normalise(side.text)
        self.pairs = frozenset(self.text[i:i + 2] for i in range(len(self.text) - 1)) or frozenset(self.text)


def _title_likeness(a: _Item, b: _Item, need: float = 0.0) -> float | None:
    """The best ``difflib`` ratio of their titles; one that cannot reach ``need`` (its characters
    in common bound it) is not worked out."""
    if not a.titles or not b.titles:
        return None
    best = 0.0
    for x, cx in zip(a.titles, a.counts, strict=True):
        for y, cy in zip(b.titles, b.counts, strict=True):
            if x == y:
                return 1.0
            bound = 2 * sum((cx & cy).values()) / (len(x) + len(y))
            if bound >= max(need, best):
                best = max(best, SequenceMatcher(None, x, y, autojunk=False).ratio())
    return best


def _text_likeness(a: _Item, b: _Item) -> float:
    if not a.pairs or not b.pairs:
        return 0.0
    return 2 * len(a.pairs & b.pairs) / (len(a.pairs) + len(b.pairs))


def alike(old: Side, new: Side) -> float:
    """How alike two tasks are, 0–1, and 0 when they are not the same task (see the module)."""
    return _alike(_Item(old), _Item(new))


def _alike(a: _Item, b: _Item) -> float:
    text = _text_likeness(a, b)
    need = 0.0 if text >= SAME_TEXT or not text else (SAME - (1 - TITLE_WEIGHT) * text) / TITLE_WEIGHT
    title = _title_likeness(a, b, need)
    score = text if title is None else TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * text
    if score >= SAME:
        return score
    return text if text >= SAME_TEXT else 0.0


# a pair below this text likeness cannot reach ``SAME`` even with the same title: not scored
LEAST_TEXT = (SAME - TITLE_WEIGHT) / (1 - TITLE_WEIGHT)


class _Scores:
    """``_alike`` of old × new tasks, worked out only for the pairs that share enough two-character
    runs to reach ``SAME`` (``LEAST_TEXT``, found through an index of the new tasks' runs): a plan
    that shares nothing with the stored one scores next to nothing."""

    def __init__(self, a: list[_Item], b: list[_Item]) -> None:
        self.a, self.b = a, b
        self.index: dict[str, list[int]] = {}
        for j, item in enumerate(b):
            for pair in item.pairs:
                self.index.setdefault(pair, []).append(j)
        self.near: dict[int, list[int]] = {}
        self.near_set: dict[int, set[int]] = {}
        self.scores: dict[tuple[int, int], float] = {}

    def candidates(self, i: int) -> list[int]:
        """The new positions old task ``i`` shares enough two-character runs with, in order."""
        if i not in self.near:
            item, b = self.a[i], self.b
            shared = Counter(chain.from_iterable(self.index.get(p, ()) for p in item.pairs))
            n = len(item.pairs)
            self.near[i] = sorted(j for j, k in shared.items()
                                  if 2 * k >= (LEAST_TEXT - 1e-9) * (n + len(b[j].pairs)))
            self.near_set[i] = set(self.near[i])
        return self.near[i]

    def __call__(self, i: int, j: int) -> float:
        if (i, j) not in self.scores:
            self.scores[i, j] = (_alike(self.a[i], self.b[j]) if self.candidates(i) and j in self.near_set[i]
                                 else 0.0)
        return self.scores[i, j]

    def row(self, i: int, cols: Collection[int]) -> dict[int, float]:
        """New position (of ``cols``) → score of old task ``i``, where it is above 0."""
        return {j: sc for j in self.candidates(i) if j in cols and (sc := self(i, j))}


def match_tasks(old: Sequence[Side], new: Sequence[Side]) -> Matching:
    """Pair the tasks of two versions of a plan (see the module docstring)."""
    a, b = [_Item(s) for s in old], [_Item(s) for s in new]
    score = _Scores(a, b)
    pairs: dict[int, int] = {}
    anchors = _anchors(a, b)
    sections = _sections(a, b, anchors)

    def tie(i: int, j: int) -> float:
        """Between pairs alike: the one whose section went where its anchored neighbours' went
        (a section dropped whole: 三 became 二), then the one keeping its number."""
        return 2e-3 * (sections.get(_section(a[i].key)) == _section(b[j].key)) + 1e-3 * (a[i].key == b[j].key)

    bounds = [(-1, -1), *anchors, (len(a), len(b))]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:], strict=False):
        if i1 < len(a):
            pairs[i1] = j1
        pairs.update(_align(range(i0 + 1, i1), range(j0 + 1, j1), score, tie))
    # moved: left over on both sides, plainly the same, each the other's best
    left_a = [i for i in range(len(a)) if i not in pairs]
    taken = set(pairs.values())
    left_b = set(range(len(b))) - taken
    best_of: dict[int, tuple[float, int]] = {}      # new position → (best score, -its old position)
    for i in left_a:
        for j, sc in score.row(i, left_b).items():
            if (sc, -i) > best_of.get(j, (0.0, 1)):
                best_of[j] = (sc, -i)
    for i in left_a:
        row = [(sc, -j) for j, sc in score.row(i, left_b).items()]
        if row:
            sc, j = max(row)
            if sc >= MOVED and best_of[-j][1] == -i:
                pairs[i] = -j
    taken = set(pairs.values())
    return Matching(pairs={a[i].key: b[j].key for i, j in sorted(pairs.items())},
                    withdrawn=[a[i].key for i in range(len(a)) if i not in pairs],
                    added=[b[j].key for j in range(len(b)) if j not in taken])


def bring_back(matching: Matching, gone: Sequence[Side], new: Sequence[Side]) -> Matching:
    """``matching`` (of the live tasks) with the tasks it left new matched against ``gone``, the
    tasks an earlier revision withdrew: one is brought back when it is the same task and its text
    is nearly unchanged too (``SAME_TEXT``) — a generic title (加强组织领导) alone brings nothing back."""
    left = [s for s in new if s.key in set(matching.added)]
    if not gone or not left:
        return matching
    back = match_tasks(gone, left)
    by_key = {s.key: _Item(s) for s in [*gone, *left]}
    pairs = {old: new_key for old, new_key in back.pairs.items()
             if _text_likeness(by_key[old], by_key[new_key]) >= SAME_TEXT}
    taken = set(pairs.values())
    return Matching(pairs={**matching.pairs, **pairs}, withdrawn=matching.withdrawn,
                    added=[k for k in matching.added if k not in taken], back=list(pairs))


def _anchors(a: list[_Item], b: list[_Item]) -> list[tuple[int, int]]:
    """Pairs of tasks whose (first) title stands once in each list — or, for a title that
    repeats, whose title and text together do — the longest run of them in order."""
    in_a, in_b = Counter(i.titles[0] for i in a if i.titles), Counter(i.titles[0] for i in b if i.titles)

    def once(items: list[_Item]) -> dict[tuple[str, str], int]:
        seen: dict[tuple[str, str], int] = {}
        for n, item in enumerate(items):
            if not item.titles and not item.text:
                continue
            title = item.titles[0] if item.titles else ""
            unique = bool(title) and in_a[title] == in_b[title] == 1
            mark = (title, "") if unique else (title, item.text)
            seen[mark] = -1 if mark in seen else n
        return {mark: n for mark, n in seen.items() if n >= 0}

    found = once(b)
    candidates = [(i, found[mark]) for mark, i in sorted(once(a).items(), key=lambda x: x[1]) if mark in found]
    # longest increasing run of the new positions (patience sorting)
    tails: list[int] = []                 # new position ending the best run of each length
    ends: list[int] = []                  # index in candidates of that run's end
    back: list[int] = [-1] * len(candidates)
    for n, (_i, j) in enumerate(candidates):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            ends.append(n)
        else:
            tails[k], ends[k] = j, n
        back[n] = ends[k - 1] if k else -1
    run: list[tuple[int, int]] = []
    n = ends[-1] if ends else -1
    while n >= 0:
        run.append(candidates[n])
        n = back[n]
    return run[::-1]


def _section(key: str) -> str:
    return key.rsplit(".", 1)[0] if "." in key else ""


def _sections(a: list[_Item], b: list[_Item], anchors: list[tuple[int, int]]) -> dict[str, str]:
    """Old section → the new section most of its anchored tasks went to."""
    went: dict[str, Counter[str]] = {}
    for i, j in anchors:
        went.setdefault(_section(a[i].key), Counter())[_section(b[j].key)] += 1
    return {old: counts.most_common(1)[0][0] for old, counts in went.items()}


def _align(span_rows: range, span_cols: range, score: _Scores,
           tie: Callable[[int, int], float]) -> dict[int, int]:
    """The in-order pairing of old ``rows`` with new ``cols`` of the most likeness in total. A row
    or column alike to nothing across the way is never paired, so it is left out of the table: a
    plan that shares nothing with the stored one aligns in no time."""
    if not span_rows or not span_cols:
        return {}
    live = {i: score.row(i, span_cols) for i in span_rows}
    rows = [i for i in span_rows if live[i]]
    cols = sorted({j for i in rows for j in live[i]})
    if not rows or not cols:
        return {}

    def gain(i: int, j: int) -> float:
        s = score(i, j)
        return s + tie(i, j) if s else s

    n, m = len(rows), len(cols)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        for y in range(m - 1, -1, -1):
            g = gain(rows[x], cols[y])
            best[x][y] = max(best[x + 1][y], best[x][y + 1], best[x + 1][y + 1] + g if g else 0.0)
    out: dict[int, int] = {}
    x = y = 0
    while x < n and y < m:
        g = gain(rows[x], cols[y])
        if g and best[x][y] == best[x + 1][y + 1] + g:
            out[rows[x]] = cols[y]
            x, y = x + 1, y + 1
        elif best[x][y] == best[x + 1][y]:
            x += 1
        else:
            y += 1
    return out
