"""Score the parser on layout variants of the tuned sets: the same plans, laid out as blind pages lay them out.

Every blind round brings the plans' content in layouts the tuned sets hold too rarely. The content is unchanged, so
the answers are unchanged: each transform below rewrites a text the way a real page did (the blind set that showed it
is named in the transform's docstring), writes the variant under the same file name with the same ``expected.json``
(answer strings mapped the same way where the transform changes how a name is written: 牽頭 for 牵头, ``(`` for
``（``) into a temporary directory, and scores it with ``parse_score``'s own functions. A transform keeps the numbering
the reader sees (an answer's path names the same item in the variant), or the variant's path is the original's.

    PYTHONPATH=$PWD python tests/perturb_score.py                       # dev set, tests/data/plans, every 8th set
    PYTHONPATH=$PWD python tests/perturb_score.py --every 1             # every tuned set (minutes)
    PYTHONPATH=$PWD python tests/perturb_score.py --only one_line,traditional --sets plans-next216 -v
    PYTHONPATH=$PWD python tests/perturb_score.py --json OUT.json       # every check of every variant

Never reads the blind sets (plans-next9, plans-next244 and up: round 49 scored 236–243 and tuned on them).
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import parse_score as ps  # noqa: E402

BLIND_LO = 377
DATA = ps.ROOT / "tests" / "data"

# a numbered line's marker: 一、 （一） (一) 1. 1、 1． （1） (1) at the line's start, after any indent
_LINE_START = r"(?m)^([ \t\u3000]*)"
_CN = "一二三四五六七八九十"


_ALNUM = re.compile(r"[0-9A-Za-z%]")


# -- the transforms: text → text, each what a real page did ------------------------------------------------------

def one_line(text: str) -> str:
    """The page printed on ONE line: every line break gone, lines joined with nothing between them (x216_04's rules
    「壹、總則第壹條…第二條…」, x138_08, x56_01, x45's 「二、重点任务(一)建立健全…」, x74_04, x193_01) — but a space
    between two lines that end and open with a digit or letter (a table's cells 「25.20」「25%」 would run into one
    number no reader could take apart: the text extractor's space)."""
    out = ""
    for line in (ln.strip() for ln in text.split("\n")):
        if line:
            out += (" " if out and _ALNUM.match(out[-1]) and _ALNUM.match(line[0]) else "") + line
    return out


def one_line_spaced(text: str) -> str:
    """The page on ONE line, a blank where each line broke (x138_08's 「…特制订本实施方案。 一、工作目标及内容
    1、计划…」, a PDF viewer's copy): a table's cells stay apart as a reader sees them."""
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


@cache
def _s2t() -> Callable[[str], str]:
    import opencc  # the dependency desktop/core/parse/script.py reads its table from

    return opencc.OpenCC("s2t").convert    # type: ignore[no-any-return]


def traditional(text: str) -> str:
    """The page in traditional characters, as a big5 gateway or a converter prints it (x216_04 「牽頭」「國家防辦」,
    x193_02's 消防宣傳 plan, x202's 全民健身日 notice, x51_06)."""
    return _s2t()(text)


def big_one(text: str) -> str:
    """A converter that writes every 一 as the big form 壹 (x216_04 「壹、總則第壹條為進壹步加強」, x202 「壹、」)."""
    return text.replace("一", "壹")


def lost_heading_number(text: str) -> str:
    """The page lost the numeral of the first section heading: 「、树牢安全理念…」 for 「一、树牢…」 (x217_04)."""
    return re.sub(_LINE_START + r"一(?=[、.．])", r"\1", text, count=1)


def lost_item_number(text: str) -> str:
    """The page lost the opening of the first （一） item: 「)开展警示教育…」 for 「(二)开展…」 (x217_04; x193_04 lost
    「(一)」 whole)."""
    return re.sub(_LINE_START + r"[（(]一(?=[）)])", r"\1", text, count=1)


def dotted_numbers(text: str) -> str:
    """The other of the two marks after an arabic item number: 1、 for 1. and 1. (1．) for 1、 (x175_03's 1．2． beside
    「5.」, x132_03's 「1、大修…」 beside other plans' 1.; x202_04's points 「一.」 for 一、)."""
    def swap(m: re.Match[str]) -> str:
        return m.group(1) + m.group(2) + ("." if m.group(3) == "、" else "、")
    return re.sub(_LINE_START + rf"(\d{{1,2}}|[{_CN}]{{1,3}})([、.．])(?!\d)", swap, text)


def bracket_numbers(text: str) -> str:
    """Bracketed numbers in the other width, and （1） as 1) (x217_04's ASCII 「(一)」 beside full-width （一），
    x129_04; a numbered point closed by one bracket 「1)」 as web copies print it)."""
    def swap(m: re.Match[str]) -> str:
        return m.group(1) + (f"({m.group(3)})" if m.group(2) == "（" else f"（{m.group(3)}）")
    text = re.sub(_LINE_START + rf"([（(])([{_CN}]{{1,3}})[）)]", swap, text)
    return re.sub(_LINE_START + r"[（(](\d{1,2})[）)]", r"\1\2)", text)


_TO_ASCII = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
_TO_WIDE = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})


def ascii_punctuation(text: str) -> str:
    """Full-width ，：；（） printed as ASCII ,:;() (x216_04's 「(市財政局牽頭,各縣市區政府…)」, the plans set's page
    copies, x33's 「方案,具体」)."""
    return text.translate(_TO_ASCII)


def wide_punctuation(text: str) -> str:
    """ASCII ,:;() printed full-width, and digits full-width ０-９ (x59_02's 「5％」 and full-width dots, x51_06's
    〔牵头单位:X〕 mixed widths): a comma or colon between digits (1,000 / 8:30) stays."""
    text = re.sub(r"[,:;()]", lambda m: m.group(0).translate(_TO_WIDE), text)
    text = re.sub(r"(?<=\d)[，：](?=\d)", lambda m: "," if m.group(0) == "，" else ":", text)
    return re.sub(r"\d", lambda m: chr(0xFF10 + int(m.group(0))), text)


def spaced(text: str) -> str:
    """Lines indented with two ideographic spaces and a space after each line's number 「三、 排查目标」
    「（四）   强化…」 (x206's spaced headings; most government pages indent every paragraph with 「\u3000\u3000」)."""
    text = re.sub(_LINE_START + rf"((?:[{_CN}]{{1,3}}|\d{{1,2}})[、.．]|[（(](?:[{_CN}]{{1,3}}|\d{{1,2}})[）)])[ \t]*",
                  r"\1\2 ", text)
    return "\n".join("\u3000\u3000" + line.lstrip() if line.strip() else line for line in text.split("\n"))


_CHROME_HEAD = ("首页 > 政务公开 > 政策文件 > 通知公告\n【字体：大 中 小】 分享到：\n来源：本站 浏览次数：1024\n")
_CHROME_TAIL = "\n相关附件\n相关稿件\n【打印本页】 【关闭窗口】\n收藏\n扫一扫在手机打开当前页\n"


def page_chrome(text: str) -> str:
    """A site's page chrome before and after the text: its menu trail, font switch and 「来源：」 line, then 相关附件 /
    相关稿件 / 打印本页 / 关闭窗口 / 收藏 (x215's and x214's closing chrome, x206's 收藏 / 打印本页, x121's
    「来源:…浏览次数」)."""
    return _CHROME_HEAD + text.rstrip("\n") + _CHROME_TAIL


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "one_line": one_line,
    "one_line_spaced": one_line_spaced,
    "traditional": traditional,
    "big_one": big_one,
    "lost_heading_number": lost_heading_number,
    "lost_item_number": lost_item_number,
    "dotted_numbers": dotted_numbers,
    "bracket_numbers": bracket_numbers,
    "ascii_punctuation": ascii_punctuation,
    "wide_punctuation": wide_punctuation,
    "spaced": spaced,
    "page_chrome": page_chrome,
}

# the transforms that change how a name is written: the answers' names are written the same way (the parser gives
# the plan's own words back as written); a transform of layout only leaves the answers as they are
_NAMES_TOO = {"traditional": traditional, "big_one": big_one, "ascii_punctuation": ascii_punctuation,
              "wide_punctuation": lambda s: s.translate(_TO_WIDE)}
# (a title's brackets in either width are one title to the scorer, and its 「plan（notice）」 answers are written with
# full-width brackets: a punctuation transform leaves the answer's title as it is)
_TITLE_AS_IS = {"ascii_punctuation", "wide_punctuation"}


def variant_spec(name: str, spec: dict) -> dict:
    """The answers of a plan for its variant under the transform ``name``: the same answers, the strings that quote
    the plan's words (title, first words, units, a duty's words, a phase's name) written as the variant writes them;
    paths (which item the answer names) unchanged."""
    fn = _NAMES_TOO.get(name)
    if fn is None:
        return spec
    out = json.loads(json.dumps(spec))
    if isinstance(out.get("title"), str) and name not in _TITLE_AS_IS:
        out["title"] = fn(out["title"])
    for s in out.get("samples", []):
        s["title_starts"] = fn(s["title_starts"])
        for key in ("lead", "responsible"):
            s[key] = [fn(u) for u in s[key]]
        for key in ("lead_alternatives", "responsible_alternatives"):
            if key in s:
                s[key] = [[fn(u) for u in alt] for alt in s[key]]
    for d in out.get("duties", []):
        d["what"] = fn(d["what"])
    for p in out.get("phases", []):
        p["name"] = fn(p["name"])
    return out


# -- which sets --------------------------------------------------------------------------------------------------

def tuned_sets(every: int = 8, only: set[str] | None = None) -> list[tuple[str, Path]]:
    """plans-dev, tests/data/plans and every ``every``-th other tuned set (sorted by name); never plans-next9 nor a
    set numbered BLIND_LO or above."""
    out: list[tuple[str, Path]] = [("plans-dev", ps.DEV_DIR), ("plans", DATA / "plans")]
    others = []
    for d in sorted(DATA.iterdir()):
        if not d.name.startswith("plans") or d.name == "plans" or not (d / "expected.json").is_file():
            continue
        m = re.fullmatch(r"plans-next(\d+)", d.name)
        if d.name == "plans-next9" or (m and int(m.group(1)) >= BLIND_LO):
            continue
        others.append((d.name, d))
    out += others[::max(1, every)]
    if only:
        out = [(n, d) for n, d in out + others if n in only]
        out = list(dict.fromkeys(out))
    return out


# -- scoring -----------------------------------------------------------------------------------------------------

def _job(args: tuple[str, str, str, dict]) -> tuple[str, str, str, list[tuple[str, str, bool, str]]]:
    transform, set_name, path, spec = args
    text = Path(path).read_text(encoding="utf-8")
    try:
        checks = [(c.kind, c.what, c.passed, c.reason) for c in ps.score_plan(spec, text).checks]
    except Exception as e:  # noqa: BLE001 — a crash fails the plan; say it
        checks = [("crash", repr(e)[:200], False, "crash")]
    return transform, set_name, spec["file"], checks


def write_variants(sets: list[tuple[str, Path]], names: list[str], out: Path) -> list[tuple[str, str, str, dict]]:
    """Each set's texts under each transform (``none``: as they are) written to ``out/transform/set/`` with the same
    file names and the variant's ``expected.json``; the scoring jobs."""
    jobs = []
    for set_name, d in sets:
        specs = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        for name in ["none", *names]:
            target = out / name / set_name
            target.mkdir(parents=True, exist_ok=True)
            fn = TRANSFORMS.get(name)
            new_specs = [variant_spec(name, s) for s in specs]
            for spec in new_specs:
                text = (d / spec["file"]).read_text(encoding="utf-8")
                (target / spec["file"]).write_text(fn(text) if fn else text, encoding="utf-8")
                jobs.append((name, set_name, str(target / spec["file"]), spec))
            (target / "expected.json").write_text(json.dumps(new_specs, ensure_ascii=False, indent=1),
                                                  encoding="utf-8")
    return jobs


def run(sets: list[tuple[str, Path]], names: list[str], procs: int = 2) -> dict[str, dict[str, list]]:
    """{transform: {"set/file|kind|what#n": [passed, reason]}} for ``none`` and each transform."""
    res: dict[str, dict[str, list]] = {}
    with tempfile.TemporaryDirectory(prefix="perturb_") as tmp:
        jobs = write_variants(sets, names, Path(tmp))
        if procs > 1:
            with Pool(procs) as pool:
                done = list(pool.imap_unordered(_job, jobs, chunksize=4))
        else:
            done = [_job(j) for j in jobs]
    for transform, set_name, file, checks in done:
        seen: dict[str, int] = {}
        into = res.setdefault(transform, {})
        ordinal: dict[str, int] = {}
        for kind, what, passed, reason in checks:
            if kind in ("duty", "phase", "title"):      # (what quotes the answer, which a transform may write anew)
                ordinal[kind] = ordinal.get(kind, 0) + 1
                what = f"{kind} {ordinal[kind]}"
            k = f"{set_name}/{file}|{kind}|{what}"
            seen[k] = seen.get(k, 0) + 1
            into[k + (f"#{seen[k]}" if seen[k] > 1 else "")] = [bool(passed), reason]
    return res


def report(res: dict[str, dict[str, list]], verbose: bool = False) -> str:
    """Per transform its share against the unperturbed share, over the unperturbed texts' checks: a check the
    variant does not make (the not_target of a sample whose task is not found) counts as failed."""
    base = res.get("none", {})
    b = sum(v[0] for v in base.values())
    lines = [f"{'transform':22s} {'passed':>13s}  share    Δ vs none   lost  gained",
             f"{'none':22s} {b:6d}/{len(base):6d}  {100 * b / max(len(base), 1):6.2f} %"]
    for name, got in res.items():
        if name == "none":
            continue
        p = sum(got.get(k, [False])[0] for k in base)
        lost = sorted(k for k, v in base.items() if v[0] and not got.get(k, [False])[0])
        gained = [k for k, v in base.items() if not v[0] and got.get(k, [False])[0]]
        lines.append(f"{name:22s} {p:6d}/{len(base):6d}  {100 * p / max(len(base), 1):6.2f} %  "
                     f"{100 * (p - b) / max(len(base), 1):+7.2f}   {len(lost):5d}  {len(gained):6d}")
        if verbose:
            by_plan: dict[str, int] = {}
            for k in lost:
                by_plan[k.split("|")[0]] = by_plan.get(k.split("|")[0], 0) + 1
            for plan, n in sorted(by_plan.items(), key=lambda x: -x[1])[:12]:
                lines.append(f"    -{n:3d}  {plan}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    def arg(flag: str, default: str | None = None) -> str | None:
        return argv[argv.index(flag) + 1] if flag in argv else default

    every = int(arg("--every", "8") or 8)
    only_sets = set((arg("--sets") or "").split(",")) - {""} or None
    names = [n for n in (arg("--only") or ",".join(TRANSFORMS)).split(",") if n]
    unknown = [n for n in names if n not in TRANSFORMS]
    if unknown:
        print(f"unknown transforms {unknown}; known: {', '.join(TRANSFORMS)}")
        return 2
    sets = tuned_sets(every, only_sets)
    res = run(sets, names, int(os.environ.get("PERTURB_PROCS", "2")))
    print(f"sets: {', '.join(n for n, _ in sets)}")
    print(report(res, "-v" in argv))
    if out := arg("--json"):
        Path(out).write_text(json.dumps(res, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
