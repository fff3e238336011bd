"""Survey the short names the parser gives (desktop/core/parse/shortname.py) over the tuned texts, by defect.

The short name is what a user sees in the review dialog, the task list, the dashboard, report headings and the
ledger. The scorer does not check it, so this survey is its measure: every task of every tuned text (plans-dev and
tests/data/plans*, never plans-next9 nor the blind sets from perturb_score.BLIND_LO up) is parsed and its short name
classed by objective defects (a name may have several):

* ``bracket``  — an unbalanced bracket or quote (法人）单位依据项目建);
* ``opener``   — starts with a clause opener (根据/按照/依据/为/对/在…: 根据项目实际情况);
* ``unit``     — equals or starts with one of the task's units, or with a unit-like word (…局/委/办/单位/部门/政府)
  followed by what the unit does (区发展改革委可以选择), or is a bare unit word (区主管部门);
* ``modal``    — holds a modal or verb of obligation (应当/可以/负责/须/必须/不得);
* ``particle`` — opens or ends on a particle or a cut word (的/和/或/及/等/与/并, a clause's 后/时), or holds a 的
  with at most two characters before it (财力的企业投资项目: a half name);
* ``cut``      — ten characters cut from a longer run of the title (the name stops inside a word);
* ``length``   — shorter than 3 or longer than 12 characters;
* ``outside``  — not the task's title's words in order (nor a substring of its text).

Then the judged sample ``tests/data/shortname_judged.json``: 100 short names drawn at random (seed 48) from whole
documents and 50 from page openings, each judged once by a person as a clerk would (usable as a report heading or
not, with the names that would be); the survey prints the share of them the current parser gets right (its name is
one judged usable) and lists the ones it now names differently from anything judged.

    PYTHONPATH=$PWD python tests/shortname_survey.py              # counts, shares, a sample per defect, judged share
    PYTHONPATH=$PWD python tests/shortname_survey.py --samples 8  # more samples per defect
    PYTHONPATH=$PWD python tests/shortname_survey.py --draw OUT    # (once) draw the sample to judge into OUT
    PYTHONPATH=$PWD python tests/shortname_survey.py --draw OUT --seed 50 --whole 40 --pages 40   # a fresh sample
    PYTHONPATH=$PWD python tests/shortname_survey.py --judged tests/data/shortname_judged50.json  # the share for
                                                                    # another judged file (repeat --judged for both)

``tests/data/shortname_judged50.json`` is a second sample judged the same way (seed 50: 40 from whole documents, 40
from page openings), judged before round 50 changed the names: the one not tuned on.
"""

from __future__ import annotations

import json
import random
import re
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import parse_score as ps  # noqa: E402
from perturb_score import BLIND_LO  # noqa: E402  (the first blind set: one number for every harness)

DATA = ps.ROOT / "tests" / "data"
JUDGED = DATA / "shortname_judged.json"

_PAIRS = ("（）", "()", "「」", "“”", "《》", "【】", "〔〕", "[]")
_OPENER = re.compile(r"^(?:根据|按照|依据|依照|遵照|为了|为|对于|对|在|结合|通过|针对|对照|关于|按|凡|由于|由)")
_UNIT_WORD = r"(?:局|委员会|委|办公室|办|单位|部门|政府|机构|机关)"
_DOES = r"(?:应当|应|可以|可|负责|须|必须|要|会同|牵头|依法|按照|根据|依据|结合|组织|做好|对|向|在|将|与|和|、)"
_UNIT_START = re.compile(rf"^[^，。；]{{0,8}}?{_UNIT_WORD}(?:（[^）]{{0,6}}）)?(?={_DOES})")
_BARE_UNIT = re.compile(rf"^[^，。；]{{0,8}}{_UNIT_WORD}(?:（[^）]{{0,6}}）)?$")
_MODAL = re.compile(r"应当|可以|负责|须|不得|应按|应在|应于|应及时|应严格")
_PARTICLE = re.compile(r"^(?:的|和|或|及|等|与|并|且)|(?:的|和|或|及|等|与|并|且|之|后|时|前|中的)$|^..?的")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def tuned_sets() -> list[tuple[str, Path]]:
    """(name, directory) of every tuned set: plans-dev, tests/data/plans*, never plans-next9 nor ≥ BLIND_LO."""
    out = [("plans-dev", ps.DEV_DIR)]
    for d in sorted(DATA.iterdir()):
        m = re.fullmatch(r"plans-next(\d+)", d.name)
        if not d.name.startswith("plans") or d.name == "plans-next9" or (m and int(m.group(1)) >= BLIND_LO):
            continue
        if (d / "expected.json").is_file():
            out.append((d.name, d))
    return out


def page_openings(d: Path) -> bool:
    """A set of page openings (its README's heading says so) rather than whole documents."""
    readme = d / "README.md"
    head = readme.read_text(encoding="utf-8")[:600].lower() if readme.is_file() else ""
    return "page opening" in head


def defects(name: str, title: str, text: str, units: list[str]) -> list[str]:
    """The objective defects of one short name (empty: none found)."""
    out = []
    if any(name.count(a) != name.count(b) for a, b in _PAIRS) or name.count("\"") % 2:
        out.append("bracket")
    if _OPENER.match(name):
        out.append("opener")
    if any(u and (name == u or name.startswith(u)) for u in units) or _UNIT_START.match(name) \
            or _BARE_UNIT.match(name):
        out.append("unit")
    if _MODAL.search(name):
        out.append("modal")
    if _PARTICLE.search(name):
        out.append("particle")
    squashed = re.sub(r"\s+", "", title)
    at = squashed.find(name)
    if len(name) == 10 and at >= 0 and at + 10 < len(squashed) and _CJK.match(squashed[at + 10]) \
            and _CJK.match(name[-1]):
        out.append("cut")
    if not 3 <= len(name) <= 12:
        out.append("length")
    if not _in_order(name, squashed) and name not in re.sub(r"\s+", "", text):
        out.append("outside")
    return out


def _in_order(name: str, title: str) -> bool:
    """Every character of ``name`` in ``title``, in order (对X进行评估 → X评估 is the title's words)."""
    rest = iter(title)
    return all(ch in rest for ch in name)


def _job(args: tuple[str, str, str]) -> list[dict]:
    from desktop.core.parse import parse_text

    set_name, directory, file = args
    try:
        plan = parse_text((Path(directory) / file).read_text(encoding="utf-8"))
    except Exception:  # noqa: BLE001 — the scorer counts crashes; the survey skips them
        return []
    return [{"set": set_name, "file": file, "key": t.key, "title": t.title, "text": t.text[:200],
             "units": list(t.lead_units) + list(t.responsible_units), "short": t.short_name}
            for t in plan.tasks]


def collect() -> tuple[list[dict], set[str]]:
    """Every task's short name over the tuned texts, and the names of the page-opening sets."""
    jobs, openings = [], set()
    for name, d in tuned_sets():
        if page_openings(d):
            openings.add(name)
        for spec in json.loads((d / "expected.json").read_text(encoding="utf-8")):
            jobs.append((name, str(d), spec["file"]))
    with Pool(2) as pool:
        rows = [r for part in pool.map(_job, jobs, chunksize=8) for r in part]
    return rows, openings


def draw(rows: list[dict], openings: set[str], seed: int = 48, n_whole: int = 100,
         n_pages: int = 50) -> list[dict]:
    """``n_whole`` names from whole documents and ``n_pages`` from page openings, drawn with ``seed`` (for judging
    once; the defaults drew shortname_judged.json)."""
    rnd = random.Random(seed)
    whole = [r for r in rows if r["set"] not in openings]
    pages = [r for r in rows if r["set"] in openings]
    picked = rnd.sample(whole, n_whole) + rnd.sample(pages, n_pages)
    return [{"set": r["set"], "file": r["file"], "key": r["key"], "title": r["title"], "short": r["short"],
             "page_opening": r["set"] in openings} for r in picked]


def judged_share(rows: list[dict], path: Path = JUDGED) -> None:
    if not path.is_file():
        print(f"no judged sample ({path})")
        return
    judged = json.loads(path.read_text(encoding="utf-8"))
    now = {(r["set"], r["file"], r["key"], r["title"]): r["short"] for r in rows}
    right = unjudged = missing = 0
    fresh = []
    for j in judged:
        got = now.get((j["set"], j["file"], j["key"], j["title"]))
        if got is None:
            missing += 1
            continue
        good = set(j["usable"]) | ({j["short"]} if j["verdict"] == "good" else set())
        bad = {j["short"]} if j["verdict"] == "bad" else set()
        if got in good:
            right += 1
        elif got not in bad:
            unjudged += 1
            fresh.append((j, got))
    n = len(judged)
    base = sum(j["verdict"] == "good" for j in judged)
    print(f"\njudged sample {path.name}: {n} names ({sum(j['page_opening'] for j in judged)} from page openings); "
          f"judged usable as the base parser named them: {base}/{n} = {base / n * 100:.1f} %")
    print(f"the current parser names right: {right}/{n} = {right / n * 100:.1f} %"
          f"   (named otherwise than anything judged: {unjudged}; task not found: {missing})")
    for j, got in fresh[:20]:
        print(f"   ? {j['file'][:28]} {j['key']}: 「{got}」 (judged: 「{j['short']}」 {j['verdict']}; "
              f"usable {j['usable']}) — {j['title'][:30]}")


def main(argv: list[str]) -> int:
    samples = int(argv[argv.index("--samples") + 1]) if "--samples" in argv else 3
    rows, openings = collect()
    if "--draw" in argv:
        out = Path(argv[argv.index("--draw") + 1])
        opt = {k: int(argv[argv.index(f"--{k}") + 1]) for k in ("seed", "whole", "pages") if f"--{k}" in argv}
        picked = draw(rows, openings, opt.get("seed", 48), opt.get("whole", 100), opt.get("pages", 50))
        out.write_text(json.dumps(picked, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"drew {len(picked)} names into {out}")
        return 0
    kinds = ("bracket", "opener", "unit", "modal", "particle", "cut", "length", "outside")
    found: dict[str, list[dict]] = {k: [] for k in kinds}
    clean = 0
    for r in rows:
        ds = defects(r["short"], r["title"], r["text"], r["units"])
        clean += not ds
        for k in ds:
            found[k].append(r)
    n = len(rows)
    print(f"{n} tasks in {len({(r['set'], r['file']) for r in rows})} texts; "
          f"no defect found: {clean} = {clean / n * 100:.1f} %; "
          f"with a defect: {n - clean} = {(n - clean) / n * 100:.1f} %")
    rnd = random.Random(48)
    for k in kinds:
        got = found[k]
        print(f"{k:9s} {len(got):5d}  {len(got) / n * 100:5.1f} %")
        for r in rnd.sample(got, min(samples, len(got))):
            print(f"            「{r['short']}」 ← {r['title'][:36]}  ({r['set']}/{r['file'][:24]} {r['key']})")
    files = [Path(argv[i + 1]) for i, a in enumerate(argv) if a == "--judged"] or [JUDGED]
    for path in files:
        judged_share(rows, path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
