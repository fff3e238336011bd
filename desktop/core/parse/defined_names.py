"""The short names a text defines: 「A（以下简称“X”）」「（简称：X）」「（以下称X）」「（下称“X”）」.

One reader for every part of the parser that meets such a bracket: the registry joins X to the body A printed right
before it (one unit, X an alias — not where A ends a list 「A、B及C（以下简称X）」, which X names together), the duty
readers take X as a body's name, the sentence readers drop the bracket (it is no part of the name before it), the
declaration reader reads what follows the name inside it 「（以下简称区河长办，区水务局牵头）」. A short name for the
document itself 「（以下简称“本办法”）」「（简称《方案》）」 names no body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# the words that open the bracket: 以下简称 / 简称 / 以下称 / 下称 (a bare 称 opens other brackets: 「（称重区）」)
_OPENS = r"(?:(?:以下|下文)?(?:分别)?简称|(?:以下|下文|下)称)为?"
# the bracket: its opening words, the name (in quotes “” 「」 or none), then what a comma adds
# (「，下同」「，详见附件3」「，区水务局牵头」) up to the bracket's end
_NAME = rf"\s*{_OPENS}\s*[：:]?\s*(?P<name>[^（）()，,；;。\n]{{1,30}}?)\s*"
DEFINITION = re.compile(rf"[（(]{_NAME}(?:[，,；;](?P<rest>[^（）()\n]{{0,40}}?))?\s*[)）]")
# (the same, read from inside a bracket already cut out, whatever its comma adds)
_INSIDE = re.compile(rf"{_NAME}(?:[，,；;](?P<rest>.*))?", re.S)
_QUOTES = "“”\"「」'‘’ "
# a name for the document, not a body: 《方案》 / 本办法 / 该规定
_DOCUMENT = re.compile(r"^[《〈]|^[本该此]")
# a body printed before the bracket ends a list of bodies: 「A、B及C（以下简称X）」
_LIST_BEFORE = re.compile(r"(?:[、和及与]|以及)$")


@dataclass(frozen=True)
class Definition:
    """One bracket defining a short name: ``short`` (quotes taken off; "" where it names several things 「（以下分别
    简称为A、B）」 or is no name of 2–16 characters), ``before`` (the 30 characters before the bracket: where the
    name of what it names ends), ``start``/``end`` (the bracket's span), ``of_document`` (the document's own name)."""
    short: str
    before: str
    start: int
    end: int
    of_document: bool


def _short(raw: str) -> str:
    name = raw.strip(_QUOTES)
    return name if 2 <= len(name) <= 16 and not re.search(r"[“”\"「」、]", name) else ""


@lru_cache(maxsize=16)
def definitions(text: str) -> tuple[Definition, ...]:
    """Every short name ``text`` defines, in order (one scan of the text, kept for the next caller)."""
    if "称" not in text:
        return ()
    return tuple(Definition(_short(m.group("name")), text[max(0, m.start() - 30):m.start()], m.start(), m.end(),
                            bool(_DOCUMENT.match(m.group("name").strip(_QUOTES))))
                 for m in DEFINITION.finditer(text))


def short_names(text: str) -> dict[str, str]:
    """Each short name ``text`` defines for a body → the text just before its bracket (the first, for a name
    defined twice)."""
    out: dict[str, str] = {}
    for d in definitions(text):
        if d.short and not d.of_document:
            out.setdefault(d.short, d.before)
    return out


def names_one(before: str, name: str) -> bool:
    """The bracket after ``before`` defines a short name for ``name`` alone: not for a list that ends with it
    (「嘉定、青浦区建管委及临港管委会（以下简称“重点区域建管部门”）」 names several bodies)."""
    return before.endswith(name) and not _LIST_BEFORE.search(before[:-len(name)])


def drop_definitions(text: str) -> str:
    """``text`` without its defining brackets (a short name given after a body's name is no part of it)."""
    return DEFINITION.sub("", text) if "称" in text else text


def with_short_name(line: str) -> str:
    """``line`` with each defining bracket cut to the bare short name it defines: 「办公室（以下简称“市创城办”）」 →
    「办公室(市创城办)」 (a bracket that defines no one name is kept as printed)."""
    if "称" not in line:
        return line
    return DEFINITION.sub(lambda m: f"({name})" if (name := _short(m.group("name"))) else m.group(0), line)


def after_definition(inside: str) -> str | None:
    """For the text inside a bracket that defines a short name: what follows the name (「以下简称区河长办，区水务局
    牵头」 → 「区水务局牵头」, "" for nothing); None for a bracket that defines none."""
    m = _INSIDE.fullmatch(inside) if "称" in inside else None
    return None if m is None else (m.group("rest") or "")
