"""Shared by the make_expected.py of tests/data/plans and tests/data/plans-heldout.

The answers themselves are written by hand in those scripts, by reading the texts; this module
only looks up each sample's `line` and `title_starts` in the text (by the path's markers) and
writes expected.json."""
import json
import re
from pathlib import Path

# notes the newer sets' answers share (make_expected.py of plans-unseen, -next, -local, -more, -final, -last)
PAGES = ("opening of the page as the search tool's pages corpus returned it (about 2,000 bytes; ASCII ,:();, "
         "page chrome included)")
COVER = "the cover's numbered instructions are read as tasks; 0 (the tasks are in the attached table) is accepted"
NODATE = "no date in the item: no deadline"
CUT = "the page ends inside this item"
YEAR = "the year is implicit (the plan's year): the deadline is not checked"
ONE = "a single unit in a 责任单位 column: lead = [] (no lead named), the unit as lead is accepted (plans-dev 03)"
PAGE_COPIED = ("; the excerpt was copied from the tool's answer into the file (the JSON string's escapes undone by "
               "json.loads, a final newline added; nothing else changed)")


def page_source(url):
    """A page opening's provenance, as the four page-opening sets built blind in rounds 21–23 wrote it."""
    return url + " — " + PAGES + PAGE_COPIED

def locate(text, path):
    """1-based line of the item a path names, and the first 8 characters after its number.

    Attachment rows (["附件", "7"]) are a line holding only the row number, after the line that
    starts the attachment; their first words are on the next non-empty line."""
    lines = text.split("\n")
    i = 0
    in_attachment = False
    for part in path:
        if part == "附件":
            while not re.match(r"^附件\s*\d*\s*$", lines[i].strip()):
                i += 1
            in_attachment = True
            continue
        bare = re.sub(r"[（()）]", "", part)
        if in_attachment and re.fullmatch(r"\d+", bare):
            pat = re.compile(rf"^{bare}$")
        elif re.fullmatch(r"\d+", bare) and not part.startswith(("（", "(")):
            pat = re.compile(rf"^{bare}\s*[.．、]")
        elif part.startswith(("（", "(")):
            pat = re.compile(rf"^[（(]{re.escape(bare)}[)）]")
        else:
            pat = re.compile(rf"^{re.escape(bare)}、")
        while not pat.match(lines[i].strip()):
            i += 1
    line = lines[i].strip()
    if in_attachment:
        j = i + 1
        while not lines[j].strip():
            j += 1
        return i + 1, lines[j].strip()[:8]
    after = re.sub(r"^([（(][^)）]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,3}\s*[.．、])", "", line)
    return i + 1, after.strip()[:8]


def at_in(directory, file, marker, nth=1, skip=0):
    """For items ``locate`` cannot find (a number not at its line's start, a path under an unnumbered
    heading): the line (1-based) where the nth occurrence of ``marker`` in ``directory/file`` ends, and
    the eight characters after it (plus ``skip``). A set binds its directory: ``at = partial(at_in, DIR)``."""
    text = (Path(directory) / file).read_text(encoding="utf-8")
    pos = -1
    for _ in range(nth):
        pos = text.index(marker, pos + 1)
    line = text.count("\n", 0, pos + len(marker)) + 1
    start = pos + len(marker) + skip
    return {"line": line, "title_starts": text[start:start + 8]}


def article_in(directory, file, path):
    """Line and first eight characters of an article path in ``directory/file``: ``["第三条（职责分工）"]`` (the
    heading's line; the first words from the text below it where the heading stands alone, else those after it) or
    ``["第四条（…）", "（一）"]`` (a numbered item under it, found by its line's start). A set binds its directory:
    ``art = partial(article_in, DIR)``."""
    lines = (Path(directory) / file).read_text(encoding="utf-8").split("\n")
    i = 0
    while not lines[i].strip().startswith(path[0]):
        i += 1
    rest = lines[i].strip()[len(path[0]):].strip()
    for part in path[1:]:
        i += 1
        while not lines[i].strip().startswith(part):
            i += 1
        rest = lines[i].strip()[len(part):].strip()
    if not rest:
        j = i + 1
        while not lines[j].strip():
            j += 1
        rest = lines[j].strip()
    return {"line": i + 1, "title_starts": rest[:8]}


def row_in_table_in(directory, file, heading, n):
    """Line and first eight characters of row n of the one-cell-a-line table after the line that is
    only ``heading`` (as ``locate`` does for 「附件」), for a table headed otherwise (附表, 附表1). A set
    binds its directory: ``row_in_table = partial(row_in_table_in, DIR)``."""
    lines = (Path(directory) / file).read_text(encoding="utf-8").split("\n")
    i = lines.index(heading)
    while lines[i].strip() != str(n):
        i += 1
    j = i + 1
    while not lines[j].strip():
        j += 1
    return {"line": i + 1, "title_starts": lines[j].strip()[:8]}


def S(path, lead=(), resp=(), targets=(), dl=None, dln=None, **kw):
    """One sample task: its path, lead and responsible units, targets and deadline.

    `dln` is the resolved deadline; without it the sample expects no deadline, unless
    `skip_deadline=True` (the document's deadline is ambiguous: not checked)."""
    d = {"path": list(path), "lead": list(lead), "responsible": list(resp),
         "targets": [{"number": n, "unit": u} for n, u in targets], "deadline": dl}
    if dln is not None or kw.pop("nodl", False):
        d["deadline_norm"] = dln
    elif "skip_deadline" not in kw:
        d["deadline_norm"] = None
    kw.pop("skip_deadline", None)
    if "not_targets" in kw:
        kw["quantities_not_targets"] = [{"number": n, "unit": u} for n, u in kw.pop("not_targets")]
    d.update(kw)
    return d


def write(directory, plans):
    """Fill in bytes, line and title_starts, and write expected.json into `directory`."""
    directory = Path(directory)
    for p in plans:
        text = (directory / p["file"]).read_text(encoding="utf-8")
        p["bytes"] = len(text.encode("utf-8"))
        for s in p["samples"]:
            if "line" not in s:       # given by hand where the markers cannot find it (table rows without a 附件 line)
                s["line"], s["title_starts"] = locate(text, s["path"])
    (directory / "expected.json").write_text(json.dumps(plans, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for p in plans:
        print(p["file"][:12], [(s["path"], s["line"], s["title_starts"]) for s in p["samples"]])


PLANS = []


def plan(file, **kw):
    """One plan's answers, collected for ``write_collected``."""
    PLANS.append({"file": file, **kw})


def write_collected(directory):
    """Write the plans collected with ``plan`` into `directory` (see ``write``)."""
    write(directory, PLANS)


def prose_and_listed(prose):
    """The two item helpers of the whole-document sets, for a set whose note on prose actors is ``prose``:
    ``P`` — an item that names no unit as a label (prose actors only); ``U`` — an item whose units are
    listed without a lead (a single unit as lead accepted)."""
    def P(path, targets=(), note="", **kw):
        return S(path, [], [], targets, note=(note + "; " if note else "") + prose, **kw)

    def U(path, units, targets=(), note="", **kw):
        if len(units) == 1:
            kw["lead_alternatives"] = [list(units)]
            note = (note + "; " if note else "") + ONE
        return S(path, [], list(units), targets, note=note, **kw)

    return P, U


# The provenance and the prose note the whole Shanghai documents' sets write word for word: the repository, the
# commit their texts were read at, how a stored text was copied, and an item whose actors act only in sentences.
SHANGHAI_REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
SHANGHAI_COMMIT = "49f4bb7b24691276dec660a576f20a54a0c46b63"
STORED_WHOLE = ("the stored text (read with read_file); only the repository's wrapper was removed (YAML front "
                "matter, the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the "
                "notice title); the stored file as typed (wrapper + text) had the character count read_file gives")


def shanghai_source(folder, path, url, chars):
    """A whole Shanghai document's provenance: the repository, its commit, the stored file, the official page and
    how the text was copied (as the whole-document sets of rounds 20–23 wrote it)."""
    return (f"{SHANGHAI_REPO} @ {SHANGHAI_COMMIT}, docs/{folder}/{path} (official page {url}) — {STORED_WHOLE} "
            f"({chars})")


PROSE_ACTORS = ("no unit is named for the item as a label (the actors in the text act in sentences): lead = [], "
                "responsible = []")


def align29(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 29: align one collected sample's units to ``tests/data/CONVENTIONS.md`` ("Units written in sentences"),
    keeping its earlier note after the reason. ``file`` is the start of the plan's file name; ``alt`` the accepted
    leads ([[]]: lead [] accepted; None: none). Call after the ``plan`` calls, before ``write_collected``."""
    plans = [p for p in PLANS if p["file"].startswith(file)]
    assert len(plans) == 1, file
    samples = [s for s in plans[0]["samples"] if s["path"] == list(path)]
    assert len(samples) == 1, (file, path)
    s = samples[0]
    was = f"was lead {s['lead']}, responsible {s['responsible']}"
    s["lead"], s["responsible"] = list(lead), list(resp)
    s.pop("lead_alternatives", None)
    if alt is not None:
        s["lead_alternatives"] = alt
    s["note"] = f"round 29, CONVENTIONS.md rule {rule}: {why} ({was}); the earlier reading: " + s.get("note", "")


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: as ``align29`` — one collected sample's units aligned to ``tests/data/CONVENTIONS.md`` ("Units
    written in sentences"), noted 「round 30: CONVENTIONS.md rule N — the clause」 before the earlier note. Call after
    the ``plan`` calls, before ``write_collected``."""
    _aligned(30, file, path, lead, resp, why, alt, rule)


def _aligned(round_, file, path, lead, resp, why, alt, rule):
    """``align29``, its note then said 「round N: CONVENTIONS.md rule R — the clause」."""
    align29(file, path, lead, resp, why, alt, rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ",
                                  f"round {round_}: CONVENTIONS.md rule {rule} — ", 1)


def align31(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 31: as ``align30`` — one collected sample's units aligned to ``tests/data/CONVENTIONS.md`` (the checks
    that pass with the sentence-unit reader off and fail with it on, read again by ra31), noted 「round 31:
    CONVENTIONS.md rule N — the clause」 before the earlier note. Call after the ``plan`` calls, before
    ``write_collected``."""
    _aligned(31, file, path, lead, resp, why, alt, rule)


def align32_units(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 32 (p32u): as ``align31`` — one collected sample's units aligned to ``tests/data/CONVENTIONS.md`` where
    the round-32 reader reads a doer the answer, written before the round-29 ruling, read as prose; noted 「round 32:
    CONVENTIONS.md rule N — the clause」 before the earlier note. Call after the ``plan`` calls, before
    ``write_collected``."""
    _aligned(32, file, path, lead, resp, why, alt, rule)


def align31_thresholds(file, path, figures, words):
    """Round 31: figures one collected sample held as not targets are targets by ``tests/data/CONVENTIONS.md``
    Targets, "Thresholds" — a quantity joined to a comparison word of the line, wherever it stands. Each figure is
    ``(number, unit)``, or ``(number, unit, written)`` where the target is written with another unit than the
    not-target was (the plan's 「100万」 of money as 100万元, the plan's ASCII 「400KW」 as the parser's kW); a figure
    already among the targets only has its unit so rewritten. The note says 「round 31: CONVENTIONS.md thresholds —
    <words>」 before the earlier note. Call after the ``plan`` calls, before ``write_collected``."""
    plans = [p for p in PLANS if p["file"].startswith(file)]
    assert len(plans) == 1, file
    samples = [s for s in plans[0]["samples"] if s["path"] == list(path)]
    assert len(samples) == 1, (file, path)
    s = samples[0]
    was = []
    for number, unit, *written in figures:
        new = {"number": number, "unit": written[0] if written else unit}
        held = [t for t in s.get("quantities_not_targets", []) if t == {"number": number, "unit": unit}]
        if held:
            s["quantities_not_targets"].remove(held[0])
            s["targets"].append(new)
            was.append(f"not_target {number}{unit} → target {new['number']}{new['unit']}")
        else:
            at = s["targets"].index({"number": number, "unit": unit})
            s["targets"][at] = new
            was.append(f"target {number}{unit} → {new['number']}{new['unit']}")
    if not s.get("quantities_not_targets"):
        s.pop("quantities_not_targets", None)
    s["note"] = f"round 31: CONVENTIONS.md thresholds — {words} ({'; '.join(was)}); the earlier reading: " \
        + (s.get("note") or "")
