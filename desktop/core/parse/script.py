"""Traditional characters: one mapping, read everywhere, names kept as written.

Plans from Hong Kong-style web copies, big5 gateways (``big5.www.gov.cn``) and some province
portals are in traditional characters (``(市財政局牽頭,各縣市區政府按職責分工負責)``,
``牽頭單位:``, ``實施期限至…``). The parser reads the words of a plan — role labels, plan words,
section words, deadlines — in simplified characters, so ``fold`` turns the text into simplified,
one character for one (positions and lengths unchanged), before anything reads it; what the
plan says (titles, unit names, task texts) is then given back as written by ``Restorer``.

The table is OpenCC's (``opencc-python-reimplemented``, its ``TSCharacters.txt``: some 4,100
traditional characters with their simplified forms), first form taken, except characters that
simplified writing also uses with another meaning — OpenCC lists them as their own candidate
(乾坤, 覆盖, 瞭望, 彷徨, 藉此) — which stay as they are; 於 and 徵 still fold (於…前 is a deadline).
"""

from __future__ import annotations

import functools
from importlib.util import find_spec
from pathlib import Path

_FOLD_ANYWAY = frozenset("於徵")   # their own candidate too, but as a surname or a note: fold them
# a site's converter that writes every 一 as the big-form 壹 (「為進壹步加強」「壹、總則第壹條」「支付壹定數額」): 壹 is
# read as 一 (a numeral of an amount, 「人民幣壹萬元」, is the same number); only the big form of 一, the one such
# converters write for the plain character (貳, 叁 … stay as written)
_BIG_ONE = {ord("壹"): ord("一")}


class MissingTable(RuntimeError):
    """The traditional-character table is not there: a source tree set up without its dependencies."""


# a source tree whose venv lacks the declared dependency (the bundle ships the table next to this module)
_INSTALL = ("缺少繁体字对照表：没有安装 opencc-python-reimplemented（pyproject.toml 声明的依赖，解析方案要用它的 "
            "TSCharacters.txt）。请在项目目录运行 bash build/dev.sh，或运行 pip install opencc-python-reimplemented，"
            "然后重试。")


def _table() -> Path:
    """OpenCC's TSCharacters.txt: the library's own file where it is installed; in the bundle,
    the copy next to this module (build/luoshi.spec ships that one file, not the library)."""
    spec = find_spec("opencc")            # finds the package without running it
    if spec is not None and spec.origin:
        return Path(spec.origin).parent / "dictionary" / "TSCharacters.txt"
    return Path(__file__).with_name("TSCharacters.txt")


def _load_fold() -> dict[int, int]:
    path = _table()
    if not path.is_file():
        raise MissingTable(f"{_INSTALL}（找不到 {path}）")
    fold_map: dict[int, int] = {}
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        written, _, forms = line.partition("\t")
        candidates = forms.split()
        if len(written) != 1 or not candidates or len(candidates[0]) != 1 or candidates[0] == written:
            continue
        if written in candidates and written not in _FOLD_ANYWAY:
            continue
        fold_map[ord(written)] = ord(candidates[0])
    fold_map.update(_BIG_ONE)
    return fold_map


@functools.cache
def _maps() -> tuple[dict[int, int], frozenset[str], frozenset[str]]:
    """The fold table, the characters it folds into and those it folds, read at the first fold, not
    when the parser is imported (so a tree without the table says what to install only when a plan
    needs it)."""
    fold_map = _load_fold()
    return fold_map, frozenset(chr(v) for v in fold_map.values()), frozenset(chr(k) for k in fold_map)


def __getattr__(name: str) -> dict[int, int]:
    if name == "FOLD":                  # the table, traditional → simplified code points
        return _maps()[0]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def fold(text: str) -> str:
    """``text`` with traditional characters in simplified form, one for one (same length)."""
    table, _folded_to, folded_from = _maps()
    if folded_from.isdisjoint(text):       # nothing to fold (a plan in simplified characters): no copy
        return text
    return text.translate(table)


class Restorer:
    """Gives a string read from the folded text back as the plan wrote it.

    ``pairs`` are (as written, folded) versions of the same text, character for character. A
    string is looked up in the folded versions and the written one at the same place is given
    back; a string made of pieces (a title joined from two lines) piece by piece; what is found
    nowhere goes back character by character where the plan writes that character one way only.
    """

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = [(o, f) for o, f in pairs if len(o) == len(f) and o != f]
        back: dict[str, set[str]] = {}
        native: set[str] = set()
        self.folded_to = _maps()[1]
        for written, folded in self.pairs:
            for o, f in zip(written, folded, strict=True):
                if o != f:
                    back.setdefault(f, set()).add(o)
                elif f in self.folded_to:
                    native.add(f)
        self.back = str.maketrans({f: next(iter(os)) for f, os in back.items() if len(os) == 1 and f not in native})

    def __call__(self, s: str) -> str:
        if not s or not any(ch in self.folded_to for ch in s):
            return s
        for written, folded in self.pairs:
            at = folded.find(s)
            if at >= 0:
                return written[at:at + len(s)]
        if "\n" in s:
            return "\n".join(self(part) for part in s.split("\n"))
        return s.translate(self.back)
