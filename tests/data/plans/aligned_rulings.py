"""The alignments of rounds 56–60: a tuned set's collected samples brought in line with the rulings
written early for it ("Round 67 rulings", "Round 70 rulings", "Round 74 rulings", "Round 77 rulings") and the rulings
on round 58's questions ("Round 78 rulings") — split from ``expected_tools``
(past 700 lines), on its collected samples (``_sample32``) and list of alignments (``ALIGNED32``)."""

from expected_tools import ALIGNED32, _sample32


def _set_units(s, was, lead, resp, alt, resp_alt, *, say_accepted=False):
    """A sample's units reset where given (None keeps them): ``lead`` / ``resp``, the accepted leads ``alt`` and
    responsible lists ``resp_alt``; what changed goes to ``was`` (the accepted lists too with ``say_accepted``, where
    the responsible list itself stays)."""
    if lead is not None or resp is not None:
        old = f"lead {s['lead']}, responsible {s['responsible']}"
        if lead is not None:
            s["lead"] = list(lead)
        if resp is not None:
            s["responsible"] = list(resp)
        was.append(f"{old} → lead {s['lead']}, responsible {s['responsible']}")
    if alt is not None:
        s.pop("lead_alternatives", None)
        if alt:
            s["lead_alternatives"] = [list(a) for a in alt]
    if resp_alt is not None:
        old = s.pop("responsible_alternatives", None)
        if resp_alt:
            s["responsible_alternatives"] = [list(r) for r in resp_alt]
        if say_accepted and resp is None:
            was.append(f"accepted lists {old} → {s.get('responsible_alternatives', [])}")


NO_DEADLINE = "no deadline"   # ``dln`` for a sample checked as having none (round 59: an unchecked start → none)


def _set_deadline(s, was, dln, dl):
    """A sample's resolved (``dln``) and literal (``dl``) deadline set where given: an unchecked one becomes checked
    (``NO_DEADLINE``: checked as none)."""
    if dln is NO_DEADLINE:
        was.append(f"deadline {s.get('deadline_norm', 'not checked')} → none")
        s["deadline_norm"] = None
        s["deadline"] = dl
    elif dln is not None:
        was.append(f"deadline {s.get('deadline_norm', 'not checked')} → {dln}")
        s["deadline_norm"] = dln
        if dl is not None:
            s["deadline"] = dl


def align69(file, path, words, why, *, ruling="Round 67 rulings, written early", lead=None, resp=None, alt=None,
            resp_alt=None, dln=None, dl=None, counts=None):
    """Round 56 (rul69): one collected sample (or, with ``path`` None, the plan) aligned to
    ``tests/data/CONVENTIONS.md``'s ``ruling`` ("Round 67 rulings, written early" for the turned answers of
    plans-next280–285; "Round 69 rulings" for the two questions round 55 left open), read at the item's ``words``;
    ``why`` names the reading (turned, decided or governs, and the ruling that governs). Units: ``lead`` / ``resp``
    (None keeps them), ``alt`` the accepted leads, ``resp_alt`` the accepted responsible lists (the old reading where
    it stays accepted). ``dln`` / ``dl``: the resolved and literal deadline (an unchecked deadline becomes checked).
    ``counts``: the plan's fields to reset (leaf_tasks, count_alternatives, leaf_tasks_by_section). The note reads
    「aligned round 56 to CONVENTIONS.md "<ruling>" (<why>): <words> (old → new)」 before the earlier note (the plan's
    notes, for ``path`` None); the set's README lists it."""
    p, s = _sample32(file, path)
    was = []
    if s is not None:
        _set_units(s, was, lead, resp, alt, resp_alt)
        _set_deadline(s, was, dln, dl)
    for k, v in (counts or {}).items():
        was.append(f"{k} {p.get(k)} → {v}")
        p[k] = v
    note = f'aligned round 56 to CONVENTIONS.md "{ruling}" ({why}): {words} ({"; ".join(was)})'
    if s is not None:
        s["note"] = note + "; the earlier reading: " + (s.get("note") or "")
    else:
        p.setdefault("notes", []).append(note)
    ALIGNED32.append((p["file"][:14], "/".join(path) if path else "(plan)", "; ".join(was), f"{ruling} — {words}"))


def align73(file, path, words, why, *, ruling="Round 70 rulings, written early", lead=None, resp=None, alt=None,
            resp_alt=None, dln=None, dl=None, counts=None, new_path=None, drop=False, add=None, targets=None):
    """Round 57 (rul73): as ``align69`` — one collected sample (or, with ``path`` None, the plan) aligned to
    ``tests/data/CONVENTIONS.md``'s ``ruling`` ("Round 70 rulings, written early" for the turned answers of
    plans-next286–291; "Round 73 rulings" for the question round 56 left open), read at the item's ``words``; ``why``
    names the reading. Beyond ``align69``: ``new_path`` moves the sample to another item (its line found anew),
    ``drop`` removes the sample (an item that is no task: round 30, no sample on it), ``add`` appends a new sample
    (an ``S`` dict, for an item the old answer counted as no task), ``targets`` resets the sample's targets as
    (number, unit) pairs. The note reads 「aligned round 57 to CONVENTIONS.md "<ruling>" (<why>): <words> (old →
    new)」 before the earlier note (the plan's notes, for ``path`` None, a drop or an add); the set's README lists
    it."""
    if drop or add is not None:
        p, s = _sample32(file, path) if drop else _sample32(file, None)
        was = []
        if drop:
            p["samples"].remove(s)
            was.append(f"sample {'/'.join(path)} dropped")
        if add is not None:
            add = dict(add)
            add["note"] = (f'aligned round 57 to CONVENTIONS.md "{ruling}" ({why}): {words} (no task → a task); '
                           + add.get("note", ""))
            p["samples"].append(add)
            was.append(f"sample {'/'.join(add['path'])} added")
        for k, v in (counts or {}).items():
            was.append(f"{k} {p.get(k)} → {v}")
            p[k] = v
        p.setdefault("notes", []).append(f'aligned round 57 to CONVENTIONS.md "{ruling}" ({why}): {words} '
                                         f'({"; ".join(was)})')
        ALIGNED32.append((p["file"][:14], "/".join(path) if path else "(plan)", "; ".join(was), f"{ruling} — {words}"))
        return
    p, s = _sample32(file, path)
    pre = []
    if s is not None and new_path is not None:
        pre.append(f"path {'/'.join(s['path'])} → {'/'.join(new_path)}")
        s["path"] = list(new_path)
        s.pop("line", None)
        s.pop("title_starts", None)
    if s is not None and targets is not None:
        pre.append(f"targets {[(t['number'], t['unit']) for t in s['targets']]} → {list(targets)}")
        s["targets"] = [{"number": n, "unit": u} for n, u in targets]
    align69(file, new_path if new_path is not None else path, words, why, ruling=ruling, lead=lead, resp=resp, alt=alt,
            resp_alt=resp_alt, dln=dln, dl=dl, counts=counts)
    entry = ALIGNED32.pop()
    was = "; ".join(pre + ([entry[2]] if entry[2] else []))
    if s is not None:
        s["note"] = s["note"].replace("aligned round 56 to", "aligned round 57 to", 1)
        if pre:
            s["note"] = s["note"].replace(f"): {words} (", f"): {words} ({'; '.join(pre)}; ", 1)
    else:
        p["notes"][-1] = p["notes"][-1].replace("aligned round 56 to", "aligned round 57 to", 1)
    ALIGNED32.append((entry[0], "/".join(path) if path else "(plan)", was, entry[3]))


def align76(file, path, words, why, *, ruling="Round 74 rulings, written early", lead=None, resp=None, alt=None,
            resp_alt=None, dln=None, dl=None, targets=None, not_targets=None, drop=False, counts=None, title=None,
            title_note=None, duties=(), redate=(), nth=None, rnd=58):
    """Round 58 (rul76): one collected sample (or, with ``path`` None, the plan) aligned to
    ``tests/data/CONVENTIONS.md``'s ``ruling`` ("Round 74 rulings, written early" for plans-next292–297, "Round 74
    rulings, continued" for plans-next298), read at the item's ``words``; ``why`` names the reading (turned, decided,
    governs, or confirmed where an accepted list differs). As ``align73``: ``lead``, ``resp``, ``alt`` (accepted leads),
    ``resp_alt`` (accepted responsible lists; the old reading where it stays accepted), ``dln`` / ``dl`` (an unchecked
    deadline becomes checked), ``targets`` and ``not_targets`` (the sample's lists reset, as (number, unit) pairs),
    ``drop`` (the sample removed: an item that is no task), ``counts`` (the plan's fields reset). Beyond it: ``title``
    (the plan's title reset, with ``title_note``), ``duties`` (dicts appended to the plan's duties), ``redate``
    ((first words, when_norm) pairs: a plan's duty newly dated, round 60) and ``nth`` (which of two samples on one
    path: a number printed twice), ``rnd`` the round named in the note. The note reads 「aligned
    round <rnd> to CONVENTIONS.md "<ruling>" (<why>): <words> (old → new)」 before the earlier note (the plan's notes
    for ``path`` None or a drop);
    the set's README lists it."""
    p, s = _sample32(file, None)[0], None
    if path is not None:
        found = [x for x in p["samples"] if x["path"] == list(path)]
        assert len(found) == 1 or nth is not None, (file, path)
        s = found[nth or 0]
    was = []
    if title is not None:
        was.append(f"title {p.get('title', 'not checked')} → {title}")
        p["title"] = title
        if title_note is not None:
            p["title_note"] = title_note
    if s is not None and drop:
        p["samples"].remove(s)
        was.append(f"sample {'/'.join(path)} dropped")
    elif s is not None:
        _set_units(s, was, lead, resp, alt, resp_alt, say_accepted=True)
        if targets is not None:
            was.append(f"targets {[(t['number'], t['unit']) for t in s['targets']]} → {list(targets)}")
            s["targets"] = [{"number": n, "unit": u} for n, u in targets]
        if not_targets is not None:
            was.append(f"not targets {[(t['number'], t['unit']) for t in s.get('quantities_not_targets', [])]} → "
                       f"{list(not_targets)}")
            s["quantities_not_targets"] = [{"number": n, "unit": u} for n, u in not_targets]
            if not not_targets:
                s.pop("quantities_not_targets")
        _set_deadline(s, was, dln, dl)
    for d in duties:
        p.setdefault("duties", []).append(dict(d))
        was.append(f"duty added 「{d['what'][:24]}…」 ({d.get('when') or 'undated'})")
    for start, norm in redate:
        found = [d for d in p.get("duties", []) if d["what"].startswith(start)]
        assert len(found) == 1, (file, start)
        was.append(f"duty 「{start[:24]}…」 {found[0].get('when_norm') or 'undated'} → {norm}")
        found[0]["when_norm"] = norm
    for k, v in (counts or {}).items():
        was.append(f"{k} {p.get(k)} → {v}")
        p[k] = v
    note = f'aligned round {rnd} to CONVENTIONS.md "{ruling}" ({why}): {words} ({"; ".join(was)})'
    if s is not None and not drop:
        s["note"] = note + "; the earlier reading: " + (s.get("note") or "")
    else:
        p.setdefault("notes", []).append(note)
    ALIGNED32.append((p["file"][:14], "/".join(path) if path else "(plan)", "; ".join(was), f"{ruling} — {words}"))


def align82(file, path, words, why, *, ruling="Round 82 rulings", **kw):
    """Round 60 (rul82): one collected sample of a tuned set aligned to ``tests/data/CONVENTIONS.md``'s "Round 82
    rulings" (the lead, during round 60, on the questions round 60's parser helpers left), read at the item's
    ``words``; ``why`` names the reading (turned or governs, and the rulings that govern). The fields as ``align76``;
    the note reads 「aligned round 60 to CONVENTIONS.md "Round 82 rulings" (<why>): <words> (old → new)」; the set's
    README lists it."""
    align76(file, path, words, why, ruling=ruling, rnd=60, **kw)


def align78(file, path, words, why, *, ruling="Round 78 rulings", **kw):
    """Round 58 (rul78): one collected sample (or, with ``path`` None, the plan) aligned to
    ``tests/data/CONVENTIONS.md``'s "Round 78 rulings" (the lead, during round 58, on the questions round 58's parser
    helpers left), read at the item's ``words``; ``why`` names the reading (turned, decided or governs, and the rulings
    that govern). The fields as ``align76`` (``lead``, ``resp``, ``alt``, ``resp_alt``, ``targets``, ``drop``,
    ``counts``, ``title``, ``title_note`` …); the note reads 「aligned round 58 to CONVENTIONS.md "Round 78 rulings"
    (<why>): <words> (old → new)」; the set's README lists it."""
    align76(file, path, words, why, ruling=ruling, **kw)


def align77(file, path, words, why, *, ruling="Round 77 rulings, written early", **kw):
    """Round 59 (rul80): one collected sample (or, with ``path`` None, the plan) of plans-next299–304 aligned to
    ``tests/data/CONVENTIONS.md``'s "Round 77 rulings, written early" (or "Round 79 rulings" for the three questions
    round 58 left open), read at the item's ``words``; ``why`` names the reading (turned, decided or governs, and the
    rulings that govern). The fields as ``align76`` (``lead``, ``resp``, ``alt``, ``resp_alt``, ``dln`` / ``dl``,
    ``targets``, ``drop``, ``counts`` …); the note reads 「aligned round 59 to CONVENTIONS.md "<ruling>" (<why>):
    <words> (old → new)」; the set's README lists it."""
    align76(file, path, words, why, ruling=ruling, rnd=59, **kw)


def align80(file, path, words, why, *, ruling="Round 80 rulings", **kw):
    """Round 59 (rul80p): one collected sample (or, with ``path`` None, the plan) aligned to
    ``tests/data/CONVENTIONS.md``'s "Round 80 rulings" (the lead, during round 59, on the questions round 59's parser
    helpers left), read at the item's ``words``; ``why`` names the reading (turned, decided or governs, and the rulings
    that govern). The fields as ``align76``; the note reads 「aligned round 59 to CONVENTIONS.md "Round 80 rulings"
    (<why>): <words> (old → new)」; the set's README lists it."""
    align76(file, path, words, why, ruling=ruling, rnd=59, **kw)


def align81(file, path, words, why, *, ruling="Round 81 rulings, written early", **kw):
    """Round 60 (align81): one collected sample (or, with ``path`` None, the plan) of plans-next305–310 aligned to
    ``tests/data/CONVENTIONS.md``'s "Round 81 rulings, written early" — or, with ``ruling="Round 80 rulings"``, a tuned
    set named by Round 80's ban to everyone (p59a-1) — read at the item's ``words``; ``why`` names the reading (turned,
    decided or governs, and the rulings that govern). The fields as ``align76`` (``redate`` for a duty newly dated);
    the note reads 「aligned round 60 to CONVENTIONS.md "<ruling>" (<why>): <words> (old → new)」; the set's README
    lists it."""
    align76(file, path, words, why, ruling=ruling, rnd=60, **kw)


def align83(file, path, words, why, *, ruling="Round 83 rulings, written early", **kw):
    """Round 61 (align83): one collected sample (or, with ``path`` None, the plan) of plans-next311–316 aligned to
    ``tests/data/CONVENTIONS.md``'s "Round 83 rulings, written early" — or a tuned set that ruling (or "Round 82
    rulings") named for a later alignment — read at the item's ``words``; ``why`` names the reading (turned, decided or
    governs, and the rulings that govern). The fields as ``align76``; the note reads 「aligned round 61 to
    CONVENTIONS.md "<ruling>" (<why>): <words> (old → new)」; the set's README lists it."""
    align76(file, path, words, why, ruling=ruling, rnd=61, **kw)


def align84(file, path, words, why, *, ruling="Round 84 rulings", **kw):
    """Round 61 (rul84): one collected sample (or, with ``path`` None, the plan) of a tuned set aligned to
    ``tests/data/CONVENTIONS.md``'s "Round 84 rulings" (the lead, during round 61, on the questions round 61's parser
    helpers left), read at the item's ``words``; ``why`` names the reading (turned or governs, and the rulings that
    govern). The fields as ``align76``; the note reads 「aligned round 61 to CONVENTIONS.md "Round 84 rulings" (<why>):
    <words> (old → new)」; the set's README lists it."""
    align76(file, path, words, why, ruling=ruling, rnd=61, **kw)


CATCHALL84 = ("Tasks and counts, governs: Round 83's catch-all last lines (Round 77's x299_01 第六条, round 66's "
              "x271_05) over round 55's x246_04 第五条 count and older answers counted by the numbering rule (p61a-1)")
# Round 84's p61a-1, as each aligned note names it


def align86(file, path, words, why, *, ruling="Round 86 rulings", **kw):
    """Round 62 (rul86): one collected sample (or, with ``path`` None, the plan) of a tuned set aligned to
    ``tests/data/CONVENTIONS.md``'s "Round 86 rulings" (the lead, during round 62, on the questions round 62's parser
    helpers left), read at the item's ``words``; ``why`` names the reading. The fields as ``align76``; the note
    reads 「aligned round 62 to CONVENTIONS.md "Round 86 rulings" (<why>): <words> (old → new)」;
    the set's README lists it."""
    align76(file, path, words, why, ruling=ruling, rnd=62, **kw)


CLOSING86 = ("Round 86 (Tasks and counts, governs: the paragraph after an article's numbered items that gives work "
             "of its own is one more task of the article — round 38, round 54's s48b, Round 77's x299_02, "
             "Round 85's x322_04 第十九条 — read by its words; p62c)")
# Round 86's p62c ruling, as each aligned note names it


def align88(file, path, words, why, *, ruling="Round 88 rulings", **kw):
    """Round 63 (rul88): one collected sample (or, with ``path`` None, the plan) of a tuned set aligned to
    ``tests/data/CONVENTIONS.md``'s "Round 88 rulings" (the lead, during round 63, on the questions left open by round
    62's and round 63's parser helpers), read at the item's ``words``; ``why`` names the reading (turned or governs, and
    the rulings that govern). The fields as ``align76``; the note reads 「aligned round 63 to CONVENTIONS.md "Round 88
    rulings" (<why>): <words> (old → new)」; the set's README lists it."""
    align76(file, path, words, why, ruling=ruling, rnd=63, **kw)


STAFF88 = ("Round 88 (Units, governs: Round 85's x322_01 二、（三） form "
           "「A落实／配备／确定专人（负责X）」 names none — 落实专人 "
           "staffs the work, 负责 after 专人 is a person's — over the older answers' rule-2 落实 "
           "read for a person; open62-1)")
# Round 88's open62-1 ruling, as each aligned note names it
CUT88 = ("Round 88 (Tasks and counts, governs: round 71's cut line — a verb of work printed keeps a cut line as far as "
         "printed (round 41), a noun fragment or 对／在＋nouns with no verb gives no work — over the older answers "
         "that kept any printed line; p63e-1)")
# Round 88's p63e-1 ruling, as each aligned note names it


def align90(file, path, words, why, *, ruling="Round 90 rulings", **kw):
    """Round 64 (rul90): one collected sample (or, with ``path`` None, the plan) of a tuned set aligned to
    ``tests/data/CONVENTIONS.md``'s "Round 90 rulings" (the lead, during round 64, on the questions left open by round
    62's and round 64's parser helpers), read at the item's ``words``; ``why`` names the reading (turned or governs, and
    the rulings that govern). The fields as ``align76``; the note reads 「aligned round 64 to CONVENTIONS.md "Round 90
    rulings" (<why>): <words> (old → new)」; the set's README lists it."""
    align76(file, path, words, why, ruling=ruling, rnd=64, **kw)


FESTIVAL90 = ("Round 90 (Dates, governs: Round 87's x324_07 二 and Round 89's x330_02 — a holiday period or 节前 in an "
              "item's own text dates it by the festival the notice prints, in the plan's year, the later of two — over "
              "round 34's 节前 as a time from an event and round 55's x249_06 二 reading back to the preamble; p64e-1)")
# Round 90's p64e-1 ruling, as each aligned note names it
POSTS90 = ("Round 90 (Units, governs: Round 88's 「A落实／配备／确定专人（负责X）」 widened to posts "
           "and a body's own staff — 「A落实分管领导和联络员」「A落实专门的负责部门和人员」 staff the work "
           "and name none; A a doer only by another rule-2 clause of its own, an attributive "
           "「负责…的工作」 a description (round 34's 「A组织实施的＋noun」) — over the older answers' "
           "rule-2 落实 read for posts; p64e-2)")
# Round 90's p64e-2 ruling, as each aligned note names it
ALIAS90 = ("Round 90 (Units, governs: round 43 — a full name and its 「（以下简称“X”）」 both acting "
           "in one item are given as printed, the full name where it is printed and X where X is printed — "
           "over the builder's one entry for the body; Round 89's x329_04 governs reached the five names "
           "before 等, not the short name; p64a-1)")
# Round 90's p64a-1 ruling, as each aligned note names it
SETUP90 = ("Round 90 (Units, governs: rule 3, Round 85's x320_04 二/(二) and round 61's x263_05 — a 职责 "
           "heading over a body the same section sets up, its roster printed, names none — over plans-final's "
           "unit-heading reading; plans-dev 10／12's unit headings are standing bodies the plan sets nothing "
           "up for; p64f)")
# Round 90's p64f ruling, as each aligned note names it


ZONE94 = ("Round 94 (turned; Units, governs: Round 77's x302_01 一、, Round 85's x321_01 三、（二）, "
          "Round 87's x325_04 and Round 89's turned x331_02 — a bracket that gives the body of the same "
          "kind in other areas 「各街镇（园区）」 is dropped wherever it stands in the name, the printed "
          "name accepted — over the older answer's printed name alone; p66b)")
# Round 94's ruling on p66b's zone-bracket question, as each aligned note names it


def align94_zone_brackets(names, plans=None, why=ZONE94):
    """Round 66 (rul94): every collected sample of a tuned set whose units print a zone bracket in ``names`` (printed
    name → the name without the bracket) aligned to ``tests/data/CONVENTIONS.md``'s "Round 94 rulings": the main lists
    take the names without the bracket (each body once, in printed order), and the old lists (the printed names) stay
    accepted, as do the old accepted lists, each also without the bracket (``plans``: the set's collected ``PLANS``
    where not given). The note starts 「<why>: lead …, responsible
    … → …」 (a sample's deadline and targets untouched); the set's README lists it."""
    def drop(units):
        out = []
        for n in units:
            n = names.get(n, n)
            if n not in out:
                out.append(n)
        return out

    def accepted(main, old, alts):
        out = []
        for a in [*alts, *[drop(a) for a in alts], old]:
            if list(a) != list(main) and list(a) not in out:
                out.append(list(a))
        return out

    if plans is None:
        from expected_tools import PLANS as plans
    for p in plans:
        for s in p["samples"]:
            lead, resp = list(s.get("lead", [])), list(s.get("responsible", []))
            alts_l, alts_r = s.get("lead_alternatives", []), s.get("responsible_alternatives", [])
            if not any(n in names for u in (lead, resp, *alts_l, *alts_r) for n in u):
                continue
            new_lead, new_resp = drop(lead), drop(resp)
            if new_lead != lead or alts_l:
                s["lead_alternatives"] = accepted(new_lead, lead, alts_l)
                if not s["lead_alternatives"]:
                    del s["lead_alternatives"]
            if new_resp != resp or alts_r:
                s["responsible_alternatives"] = accepted(new_resp, resp, alts_r)
                if not s["responsible_alternatives"]:
                    del s["responsible_alternatives"]
            s["lead"], s["responsible"] = new_lead, new_resp
            was = (f"lead {lead}, responsible {resp} → lead {new_lead}, responsible {new_resp}"
                   if (new_lead, new_resp) != (lead, resp) else "the accepted lists also without the bracket")
            s["note"] = f"{why}: {was} (the printed names stay accepted). " + s.get("note", "")


def align94(file, path, words, why, *, ruling="Round 94 rulings", **kw):
    """Round 66 (rul94): one collected sample (or, with ``path`` None, the plan) of a tuned set aligned to
    ``tests/data/CONVENTIONS.md``'s "Round 94 rulings" (the lead, during round 66, on the questions round 66's parser
    helpers and the lead left), read at the item's ``words``; the fields as ``align76``; the note reads 「aligned round
    66 to CONVENTIONS.md "Round 94 rulings" (<why>): <words> (old → new)」; the set's README lists it."""
    align76(file, path, words, why, ruling=ruling, rnd=66, **kw)


ORGANISE94 = ("Round 94 (turned; Units: Round 92's confirmed form — "
              "「经A组织（初审／审查／评审）…（通过／同意）后」 names A, everywhere, 组织 rule 2's "
              "wherever it stands, a 经…后 clause included (Round 77's x302_04 四、（二）; Round 81's "
              "x309_02 第十二条; Round 85's x321_01 二、（二））; 「经A审查／同意／批准」 without 组织 "
              "names none — over the older answer's rule-3 approver; p66f)")
# Round 94's ruling on p66f's first two questions, as each aligned note names it
