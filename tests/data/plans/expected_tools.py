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


def at_line_in(directory, file, marker, nth=1, skip=0):
    """``at_in`` with the first words cut at the line's end: items inside a one-line text, a run-on line or a table row,
    where the eight characters after ``marker`` may run past the line. A set binds its directory:
    ``at = partial(at_line_in, DIR)``."""
    found = at_in(directory, file, marker, nth, skip)
    return {**found, "title_starts": found["title_starts"].split("\n")[0]}


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
    """One plan's answers, collected for ``write_collected``. Plan targets may be written as ``(number, unit)``
    pairs, as ``S`` takes an item's (plans-next237 wrote them so): stored as the scorer reads them."""
    if kw.get("plan_targets"):
        kw["plan_targets"] = [t if isinstance(t, dict) else {"number": t[0], "unit": t[1]} for t in kw["plan_targets"]]
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


ALIGNED32 = []   # (file, path, old → new, why): each set's make_expected.py prints its list for the README


def _sample32(file, path):
    plans = [p for p in PLANS if p["file"].startswith(file)]
    assert len(plans) == 1, file
    if path is None:
        return plans[0], None
    samples = [s for s in plans[0]["samples"] if s["path"] == list(path)]
    assert len(samples) == 1, (file, path)
    return plans[0], samples[0]


def _tq(figure):
    number, unit, *written = figure
    return {"number": number, "unit": unit}, {"number": number, "unit": written[0] if written else unit}


def align32(file, path, ruling, words, *, lead=None, resp=None, alt=None, to_target=(), to_not=(), drop=(),
            add_not=(), swap=(), skip_deadline=False, plan_targets=None, plan_replace=(), plan_add=(), drop_duties=()):
    """Round 32: align one collected sample (or, with ``path`` None, the plan) to ``tests/data/CONVENTIONS.md``'s
    round-32 rulings, read at the item. ``ruling`` names the ruling, ``words`` quotes the text.
    Units: ``lead`` / ``resp`` (None keeps them), ``alt`` the accepted leads; ``skip_deadline`` stops checking the
    deadline (a body that gained a sending's date).
    Targets: ``to_target`` moves (number, unit[, written]) figures from not_targets to targets (or adds them),
    ``to_not`` moves targets to not_targets, ``drop`` removes targets, ``add_not`` adds not_targets, ``swap``
    replaces ((n, u), (n2, u2)) targets.
    Plan: ``plan_targets`` replaces the plan's targets, ``plan_replace`` swaps ((n, u), (n2, u2)) pairs,
    ``plan_add`` adds (n, u) figures; ``drop_duties`` removes the duties whose ``what`` starts with one of the strings.
    The note reads 「round 32: CONVENTIONS.md <ruling> — <words> (old → new)」 before the earlier note. Call after the
    ``plan`` calls, before ``write_collected``."""
    p, s = _sample32(file, path)
    was = []
    if s is not None:
        if lead is not None or resp is not None:
            old = f"lead {s['lead']}, responsible {s['responsible']}"
            if lead is not None:
                s["lead"] = list(lead)
            if resp is not None:
                s["responsible"] = list(resp)
            if lead is not None or alt is not None:     # a lead kept keeps its accepted alternatives
                s.pop("lead_alternatives", None)
            if alt is not None:
                s["lead_alternatives"] = alt
            was.append(f"{old} → lead {s['lead']}, responsible {s['responsible']}")
        if skip_deadline:
            was.append(f"deadline {s.get('deadline_norm')} → not checked")
            s.pop("deadline_norm", None)
        nots = s.setdefault("quantities_not_targets", [])
        for f in to_target:
            held, new = _tq(f)
            if held in nots:
                nots.remove(held)
                was.append(f"not_target {held['number']}{held['unit']} → target {new['number']}{new['unit']}")
            else:
                was.append(f"target {new['number']}{new['unit']} added")
            s["targets"].append(new)
        for f in to_not:
            held, new = _tq(f)
            s["targets"].remove(held)
            nots.append(new)
            was.append(f"target {held['number']}{held['unit']} → not_target {new['number']}{new['unit']}")
        for f in drop:
            held, _ = _tq(f)
            s["targets"].remove(held)
            was.append(f"target {held['number']}{held['unit']} → none")
        for (n, u), (n2, u2) in swap:
            at = s["targets"].index({"number": n, "unit": u})
            s["targets"][at] = {"number": n2, "unit": u2}
            was.append(f"target {n}{u} → {n2}{u2}")
        for f in add_not:
            _, new = _tq(f)
            nots.append(new)
            was.append(f"not_target {new['number']}{new['unit']} added")
        if not nots:
            s.pop("quantities_not_targets")
        s["note"] = f"round 32: CONVENTIONS.md {ruling} — {words} ({'; '.join(was)}); the earlier reading: " \
            + (s.get("note") or "")
    else:
        if plan_targets is not None:
            old = [f"{t['number']}{t['unit']}" for t in p["plan_targets"]]
            p["plan_targets"] = [{"number": n, "unit": u} for n, u in plan_targets]
            was.append(f"plan targets {old} → {[f'{n}{u}' for n, u in plan_targets]}")
        for (n, u), (n2, u2) in plan_replace:
            at = p["plan_targets"].index({"number": n, "unit": u})
            p["plan_targets"][at] = {"number": n2, "unit": u2}
            was.append(f"plan target {n}{u} → {n2}{u2}")
        for n, u in plan_add:
            p["plan_targets"].append({"number": n, "unit": u})
            was.append(f"plan target {n}{u} added")
        for start in drop_duties:
            hit = [d for d in p["duties"] if d["what"].startswith(start)]
            assert len(hit) == 1, (file, start)
            p["duties"].remove(hit[0])
            was.append(f"duty 「{hit[0]['what'][:30]}…」 → none")
        p.setdefault("notes", []).append(f"round 32: CONVENTIONS.md {ruling} — {words} ({'; '.join(was)})")
    ALIGNED32.append((p["file"][:14], "/".join(path) if path else "(plan)", "; ".join(was), f"{ruling} — {words}"))


def regroup32(file, old_paths, new, ruling, words, **plan_kw):
    """Round 32: the samples at ``old_paths`` (items the answer took one by one) become the one sample ``new`` (an
    ``S``) by a round-32 ruling (a childless section of unit paragraphs is one task); ``plan_kw`` resets the plan's
    counts (leaf_tasks, count_alternatives …). The new sample's note reads
    「round 32: CONVENTIONS.md <ruling> — <words>」."""
    p, _ = _sample32(file, None)
    olds = [s for s in p["samples"] if s["path"] in [list(o) for o in old_paths]]
    assert len(olds) == len(old_paths), (file, old_paths)
    at = p["samples"].index(olds[0])
    for s in olds:
        p["samples"].remove(s)
    was = "; ".join(f"{'/'.join(s['path'])} (responsible {s['responsible']})" for s in olds)
    new["note"] = f"round 32: CONVENTIONS.md {ruling} — {words} (was the samples {was}); " + (new.get("note") or "")
    p["samples"].insert(at, new)
    counts = []
    for k, v in plan_kw.items():
        counts.append(f"{k} {p.get(k)} → {v}")
        p[k] = v
    p.setdefault("notes", []).append(f"round 32: CONVENTIONS.md {ruling} — {'; '.join(counts)}")
    now = f"{'/'.join(new['path'])} (lead {new['lead']}, responsible {new['responsible']})"
    ALIGNED32.append((p["file"][:14], "/".join(new["path"]), f"samples {was} → {now}; " + "; ".join(counts),
                      f"{ruling} — {words}"))


def newtask32(file, new, ruling, words, section, **plan_kw):
    """Round 32: a childless top-level ``section`` (its heading as ``childless_top_level_sections`` prints it) is one
    task by a round-32 ruling (a childless section of unit paragraphs): it leaves that list, ``new`` (an ``S``) is its
    sample, and ``plan_kw`` resets the plan's counts (leaf_tasks, count_alternatives …). The notes say why."""
    p, _ = _sample32(file, None)
    p["childless_top_level_sections"].remove(section)
    new["note"] = f"round 32: CONVENTIONS.md {ruling} — {words}; " + (new.get("note") or "")
    p["samples"].append(new)
    counts = [f"{k} {p.get(k)} → {v}" for k, v in plan_kw.items()]
    p.update(plan_kw)
    p.setdefault("notes", []).append(f"round 32: CONVENTIONS.md {ruling} — {section} is one task ({'; '.join(counts)})")
    now = f"{section} a task, sample {'/'.join(new['path'])} (lead {new['lead']}, responsible {new['responsible']})"
    ALIGNED32.append((p["file"][:14], "/".join(new["path"]), f"{now}; " + "; ".join(counts), f"{ruling} — {words}"))


def align33_units(file, path, lead, resp, why, alt=None):
    """Round 33 (p33u): one collected sample's units aligned to a round-33 ruling of ``tests/data/CONVENTIONS.md``
    ("Round 33 rulings"), read at the item; ``alt`` the accepted leads (None keeps them when the lead is kept). The
    note reads 「aligned round 33: <why> (old → new)」 before the earlier note. Call after the ``plan`` calls, before
    ``write_collected``."""
    _p, s = _sample32(file, path)
    old = f"lead {s['lead']}, responsible {s['responsible']}"
    if list(lead) != s["lead"] or alt is not None:
        s.pop("lead_alternatives", None)
    s["lead"], s["responsible"] = list(lead), list(resp)
    if alt is not None:
        s["lead_alternatives"] = alt
    s["note"] = (f"aligned round 33: {why} ({old} → lead {s['lead']}, responsible {s['responsible']}); "
                 "the earlier reading: " + (s.get("note") or ""))


def align34_units(file, path, lead, resp, why, alt=None):
    """Round 34: as ``align33_units`` — one collected sample's units aligned to a round-34 ruling of
    ``tests/data/CONVENTIONS.md`` ("Round 34 rulings"), read at the item; the note reads 「aligned round 34: <why>
    (old → new)」 before the earlier note."""
    align33_units(file, path, lead, resp, why, alt)
    _p, s = _sample32(file, path)
    s["note"] = s["note"].replace("aligned round 33: ", "aligned round 34: ", 1)


def align39_units(file, path, lead, resp, why, alt=None):
    """Round 39 (p39g): as ``align33_units`` — one collected sample's units aligned to a ruling round 39 closed
    (``tests/data/CONVENTIONS.md`` rule 4 as written, 「A联合B＋verb」 as 会同 of round 34), read at the item; the note
    reads 「aligned round 39: <why> (old → new)」 before the earlier note."""
    align33_units(file, path, lead, resp, why, alt)
    _p, s = _sample32(file, path)
    s["note"] = s["note"].replace("aligned round 33: ", "aligned round 39: ", 1)


def align48_units(file, path, lead, resp, why, alt=None):
    """Round 46 (al48): as ``align33_units`` — one collected sample's units aligned to a ruling of
    ``tests/data/CONVENTIONS.md``'s "Round 48 rulings, written early", read at the item; ``alt=[]`` drops the accepted
    leads. The note reads 「aligned to the Round 48 rulings (round 46): <why> (old → new)」 before the earlier note."""
    align33_units(file, path, lead, resp, why, alt)
    _p, s = _sample32(file, path)
    if not s.get("lead_alternatives", True):
        s.pop("lead_alternatives")
    s["note"] = s["note"].replace("aligned round 33: ", "aligned to the Round 48 rulings (round 46): ", 1)


def align50_units(file, path, lead, resp, why, ruling, alt=None):
    """Round 50 (p50c): as ``align33_units`` — one collected sample's units aligned to ``ruling`` of
    ``tests/data/CONVENTIONS.md`` (named in full), read at the item. The note reads 「aligned to the <ruling> (round
    50): <why> (old → new)」 before the earlier note."""
    align33_units(file, path, lead, resp, why, alt)
    _p, s = _sample32(file, path)
    s["note"] = s["note"].replace("aligned round 33: ", f"aligned to the {ruling} (round 50): ", 1)


def align53_units(file, path, lead, resp, why, ruling, alt=None):
    """Round 53 (p53b): as ``align50_units``, the note reading 「aligned to the <ruling> (round 53): <why> (old →
    new)」 before the earlier note."""
    align50_units(file, path, lead, resp, why, ruling, alt)
    _p, s = _sample32(file, path)
    s["note"] = s["note"].replace(f"aligned to the {ruling} (round 50): ", f"aligned to the {ruling} (round 53): ", 1)


def align62_etc_tail(file, path, tail, why):
    """Round 53 (p53b): the 等-tail ``tail`` dropped from one collected sample's responsible list by
    ``tests/data/CONVENTIONS.md`` "Round 62 rulings" (a 「等有关…」 tail after a whole name is no unit; round 58 governs
    round 35 over the round-33 answers that kept it); the old list stays accepted (``responsible_alternatives``)."""
    _p, s = _sample32(file, path)
    old = list(s["responsible"])
    align53_units(file, path, s["lead"], [n for n in old if n != tail], why, "Round 62 rulings")
    s["responsible_alternatives"] = [old]


def align49_units(file, path, lead, resp, why, alt=None, ruling="Round 43 rulings"):
    """Round 49 (t49d): as ``align33_units`` — one collected sample's units aligned to ``ruling`` of
    ``tests/data/CONVENTIONS.md``, read at the item. The note reads 「aligned to the <ruling> (round 49): <why>
    (old → new)」 before the earlier note."""
    align33_units(file, path, lead, resp, why, alt)
    _p, s = _sample32(file, path)
    s["note"] = s["note"].replace("aligned round 33: ", f"aligned to the {ruling} (round 49): ", 1)


def align50_not_targets(file, path, ruling, words, figures):
    """Round 50 (p50d): one collected sample's ``figures`` ((number, unit) pairs) moved from its targets to its
    not_targets by ``ruling`` of ``tests/data/CONVENTIONS.md``, read at the item's ``words``. The note reads
    「aligned to the <ruling> (round 50): <words> (old → new)」 before the earlier note."""
    _p, s = _sample32(file, path)
    nots = s.setdefault("quantities_not_targets", [])
    was = []
    for f in figures:
        held, new = _tq(f)
        s["targets"].remove(held)
        nots.append(new)
        was.append(f"target {held['number']}{held['unit']} → not_target {new['number']}{new['unit']}")
    s["note"] = f"aligned to the {ruling} (round 50): {words} ({'; '.join(was)}); the earlier reading: " \
        + (s.get("note") or "")


def align58_targets(file, path, words, to_not=(), to_target=()):
    """Round 51 (p51d): one collected sample's figures aligned to ``tests/data/CONVENTIONS.md``'s "Round 58 rulings"
    (Targets, turned), read at the item's ``words``: ``to_not`` moves (number, unit[, written]) targets to its
    not_targets (a figure inside a noun naming the class a piece of work picks), ``to_target`` moves not_targets to
    its targets (the body's own work, 1 次 of an event). The note reads 「aligned to the Round 58 rulings (round 51):
    <words> (old → new)」 before the earlier note; the set's README lists it."""
    align32(file, path, "Round 58 rulings", words, to_not=to_not, to_target=to_target)
    _p, s = _sample32(file, path)
    s["note"] = s["note"].replace("round 32: CONVENTIONS.md Round 58 rulings — ", "aligned to the Round 58 rulings "
                                  "(round 51): ", 1)


def align56_aims(file, paths, why, leaf_tasks, count_alternatives, ruling="Round 49 rulings", goals_figures=""):
    """Round 50, second wave (w50a): the samples at ``paths`` are items of the plan's 总体要求 that state its aims,
    principles or goals — no tasks in any plan (``tests/data/CONVENTIONS.md`` "Round 49 rulings", governs: 基本原则
    items state a stance and give no work, like aims; samples on them are dropped and the count without them taken
    when the set is tuned on; round 27's "What is a task" in a plan whose tasks name units). They are dropped and the
    plan's counts reset (``leaf_tasks``, ``count_alternatives``). ``why`` quotes the items; ``goals_figures`` says
    where a goals item's figures belong (plan-level targets, not written here). The plan's notes say so."""
    p, _ = _sample32(file, None)
    gone = []
    for path in paths:
        _p, s = _sample32(file, path)
        p["samples"].remove(s)
        gone.append("/".join(path))
    was = f"leaf_tasks {p.get('leaf_tasks')} → {leaf_tasks}, count_alternatives {p.get('count_alternatives')} → " \
          f"{count_alternatives}"
    p["leaf_tasks"] = leaf_tasks
    p["count_alternatives"] = count_alternatives
    note = f"aligned to the {ruling} (round 50, w50a): {why}; samples {', '.join(gone) or 'none'} dropped; {was}"
    if goals_figures:
        note += f"; {goals_figures}"
    p.setdefault("notes", []).append(note)
    ALIGNED32.append((p["file"][:14], ", ".join(gone) or "(count)", f"samples dropped; {was}", f"{ruling} — {why}"))


def align66_bands(file, path, figs, words):
    """Round 54 (al55): one collected sample's money bands aligned to ``tests/data/CONVENTIONS.md``'s "Round 66 rulings"
    (Targets, turned: a band inside a noun naming the projects, works, contracts or firms is a class, whatever the
    class then goes through; rounds 51, 58, 64 govern over round 48): the ``figs`` (number, unit) move from the
    sample's targets to its not_targets. The note reads 「aligned round 54 to CONVENTIONS.md "Round 66 rulings"
    (turned): <words> (old → new)」 before the earlier note; the set's README lists it."""
    _p, s = _sample32(file, path)
    moved = []
    for number, unit in figs:
        t = next(t for t in s["targets"] if t["number"] == number and t["unit"] == unit)
        s["targets"].remove(t)
        s.setdefault("quantities_not_targets", []).append(t)
        moved.append(f"{number}{unit}")
    s["note"] = ('aligned round 54 to CONVENTIONS.md "Round 66 rulings" (turned, Targets: a band inside a noun '
                 "naming the projects, works, contracts or firms is a class, whatever the class then goes through; "
                 f"rounds 51, 58, 64 govern over round 48): {words} (target {', '.join(moved)} → not_target); the "
                 "earlier reading: " + s.get("note", ""))


def align68(file, path, words, why, *, lead=None, resp=None, alt=None, resp_alt=None, to_not=(),
            ruling="Round 68 rulings"):
    """Round 55 (rul68): one collected sample aligned to ``tests/data/CONVENTIONS.md``'s ``ruling`` ("Round 68 rulings"
    unless named; "Round 65 rulings, written early" for the turned answers of plans-next274–279), read at the
    item's ``words``; ``why`` names the reading (turned or confirmed, and the ruling that governs). Units: ``lead`` /
    ``resp`` (None keeps them), ``alt`` the accepted leads, ``resp_alt`` the accepted responsible lists (the old
    reading where it stays accepted). Targets: ``to_not`` moves (number, unit) targets to the not_targets. The note
    reads 「aligned round 55 to CONVENTIONS.md "Round 68 rulings" (<why>): <words> (old → new)」 before the earlier
    note; the set's README lists it."""
    align32(file, path, ruling, words, lead=lead, resp=resp, alt=alt, to_not=to_not)
    _p, s = _sample32(file, path)
    s["note"] = s["note"].replace(f"round 32: CONVENTIONS.md {ruling} — ",
                                  f'aligned round 55 to CONVENTIONS.md "{ruling}" ({why}): ', 1)
    if resp_alt is not None:
        s["responsible_alternatives"] = [list(r) for r in resp_alt]


def align68_drop(file, paths, why, leaf_tasks, count_alternatives):
    """Round 55 (rul68): the samples at ``paths`` are no tasks by ``tests/data/CONVENTIONS.md``'s "Round 68 rulings"
    (Tasks, turned: 基本原则 stances and 工作目标 aims naming no unit, in a plan whose tasks name units; rounds 49, 58,
    60 p51e): they are dropped (round 30) and the plan's counts reset (``leaf_tasks``, ``count_alternatives``
    keeping the old count accepted, round 33). ``why`` quotes the items. The plan's notes say so."""
    p, _ = _sample32(file, None)
    gone = []
    for path in paths:
        _p, s = _sample32(file, path)
        p["samples"].remove(s)
        gone.append("/".join(path))
    was = f"leaf_tasks {p.get('leaf_tasks')} → {leaf_tasks}, count_alternatives {p.get('count_alternatives')} → " \
          f"{count_alternatives}"
    p["leaf_tasks"] = leaf_tasks
    p["count_alternatives"] = count_alternatives
    p.setdefault("notes", []).append(f'aligned round 55 to CONVENTIONS.md "Round 68 rulings" (Tasks, turned: round 49, '
                                     f"rounds 58, 60 p51e govern over the older answer): {why}; samples "
                                     f"{', '.join(gone)} dropped; {was}")
    ALIGNED32.append((p["file"][:14], ", ".join(gone), f"samples dropped; {was}", f"Round 68 rulings — {why}"))
