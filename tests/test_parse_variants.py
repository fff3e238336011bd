"""Metamorphic tests: the same plan written in another style real documents use parses the same.

Each plan whose answers are known and which the parser is tuned on (the five seeds,
``../shared/plans-dev``, ``tests/data/plans`` and, from round 6, plans-heldout, plans-fresh,
plans-unseen, plans-next and plans-local: 102 plans; never plans-final, nor plans-more while it is
tuned on) is parsed as written; then each transformation below rewrites its text in a style a real
source uses, and the parse must give the same answers: the title, the number of tasks and, task by
task, the lead and responsible units, the deadline and the targets. The answers compared are the
parser's own on the original text (not ``expected.json``), so a variant tests only that the way of
writing does not change what is read.

A transformation that does not apply to a plan (nothing in it to rewrite) is not collected for it.
Known breaks are ``xfail(strict=True)`` in ``KNOWN``, each with the reason; when the parser is
fixed the strict xfail fails and the entry must go.

Round 5 (41 plans of the first three sets): all variants pass but 4 (KNOWN). Round 6, 2026-11-30:
passing / plans the variant applies to, on the 39 plans of the first three sets and the 63 of the
five newer sets, before → after this round's parser fixes (tests/test_parse_classes_numbering.py,
tests/test_parse_classes_writing.py):

    variant              first 39           newer 63
    ascii_punct          29/29              5/5
    fullwidth_punct      19/19              61/61
    square_units, lenticular_units, unit_lines        3/3 each    (none apply)
    role_words           7/7                7/9 → 9/9       (牵头责任部门/协同责任部门 labels)
    num_dot / num_comma / num_fullstop                1/1, 21/21, 20/20   4/4, 13/13, 17/17
    num_paren, num_fullparen                          18/19 each  16/17 each
    num_circled          16/17              16/17
    cn_paren_ascii       24/24              3/3
    cn_dot               37/37              55/55
    indent, ascii_spaces 39/39 each         63/63 each
    no_blank_lines       36/36              30/31
    double_blank_lines   39/39              62/63
    hard_wrap            38/39              54/63 → 59/63   (a paragraph ends on its short last
                                                             line; a PDF width found among many
                                                             short lines; an indent counted)
    page_markers(_ascii) 36/36 each         24/24 each
    spaced_headings      28/28              26/26
    running_heads        36/36              20/23
    web_chrome           39/39              61/63
    table_pipes / table_tabs / table_cells            2/2 each    2/2 each (n01, n11)
  new variants:
    num_rparen (1）)     3/21 → 17/19 → 18/19   6/17 → 16/17  (first read here as the 1. level;
    num_rparen_ascii     the same                            parser4 landed 1） as （1） where no
                                                             （1） is written, so plans with （1）
                                                             are left out as for num_paren, and
                                                             the KNOWN s03/l10 are num_paren's;
                                                             → 18/19: 「11）121…」 is item 11)
    articles (第一条)    2/19 → 19/19       6/17 → 17/17    (第N条 is the 1. level)
    short_labels         0/3 → 3/3          (none apply)    (牵头：/责任：/配合：)
    nbsp_spaces          39/39              63/63
    ideographic_spaces   39/39              63/63
    crlf_bom             39/39              63/63
    table_resp_first(_cells), table_xieban, table_peihe_cells   1/1 each   2/2 each
    table_leader(_cells) 2/2 each           2/2 each
    table_wrapped        0/2 → 1/2          0/2 → 2/2       (round 9: rows bounded by the 序号 sequence;
                                                             KNOWN: g01, a unit cell cut after a comma)
    traditional          39/39              63/63
    essay_site           (round 15, parser16: an essay site's welcome line and compilation heading above
                         the plan, plans-next12 q01/q05) 102/102; document_site_terms (a sharing site's
                         「- 1、…付费…」 terms and 查看更多 above it, q06) 102/102; in traditional too
    trad_<each variant>  1572/1687 → 1668/1687 over all 102 plans (the same breaks as in simplified,
                         and web_chrome on n06 passes in traditional); collected on every other
                         plan only, to keep this file under a minute

The table variants apply only where tasks are one line each with their units in a bracket (g01,
06) or on label lines under them (1.… / 牵头单位：X / 责任单位：Y: n01, n11, taken in from round
6): inventing columns from a prose plan would test the rewrite, not the parser. On n01 and n11
every table variant passes (table_wrapped from round 9).

Left out: the whole text on one line (one_line below: a web page's text whose <p> breaks are lost;
seed 003 is so). Measured: 35/102 at the start of round 6, 38/102 after the fixes above, 52/102
after the title fix (a title run into its 文号 or addressees ends there). Of the 50 still breaking,
27 lose or change the title (where the title runs into a notice's first sentence or a page's
chrome with nothing between them, where it ends is ambiguous), 23 change their task count (the
inline heading reader misses or adds items — a real gap, not fixed this round; some plans both)
and 6 only a unit, deadline or target. Round 9 (parser8): 54/102 (a title run into 为了… / 为提升… ends there).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers_variants import VARIANTS
from parse_score import DEV_DIR, ROOT

from desktop.core.parse import parse_text
from desktop.core.parse.script import fold

DATA = ROOT / "tests" / "data"
# every set whose answers are known and which the parser is tuned on (never plans-final, the set
# kept unseen, nor plans-more while another helper tunes on it)
PLAN_DIRS = [DATA / "seeds", DEV_DIR, DATA / "plans", DATA / "plans-heldout", DATA / "plans-fresh",
             DATA / "plans-unseen", DATA / "plans-next", DATA / "plans-local"]


def _plans() -> list[Path]:
    return sorted(p for d in PLAN_DIRS for p in d.glob("*.txt"))




# --- what is compared -----------------------------------------------------------------------

_SAME_BRACKETS = str.maketrans("()", "（）")


def _sq(s: str) -> str:
    """A name as compared: spaces out, and 区公安分局(交管) the same as 区公安分局（交管） — the parser
    keeps a name's brackets as the document writes them, which is right."""
    return re.sub(r"\s+", "", s or "").translate(_SAME_BRACKETS)


def answers(text: str, folded: bool = False) -> dict:
    """What a reader checks: title, task count, and each task's units, deadline and targets (with
    ``folded``, names in simplified characters)."""
    plan = parse_text(text)
    sq = (lambda s: fold(_sq(s))) if folded else _sq
    return {
        "title": sq(plan.title),
        "count": len(plan.tasks),
        "tasks": [(tuple(sq(u) for u in t.lead_units), tuple(sq(u) for u in t.responsible_units),
                   t.deadline, tuple(sorted((str(x.value), fold(x.unit) if folded else x.unit)
                                            for x in t.targets)))
                  for t in plan.tasks],
    }


def differences(a: dict, b: dict) -> list[str]:
    out = []
    if a["title"] != b["title"]:
        out.append(f"title 「{a['title']}」 → 「{b['title']}」")
    if a["count"] != b["count"]:
        out.append(f"{a['count']} tasks → {b['count']}")
        return out
    for i, (x, y) in enumerate(zip(a["tasks"], b["tasks"], strict=True)):
        for what, u, v in zip(("lead", "responsible", "deadline", "targets"), x, y, strict=True):
            if u != v:
                out.append(f"task {i + 1} {what} {u} → {v}")
    return out


_ORIGINAL: dict[tuple[Path, bool], dict] = {}


def original(path: Path, folded: bool = False) -> dict:
    if (path, folded) not in _ORIGINAL:
        _ORIGINAL[path, folded] = answers(path.read_text(encoding="utf-8"), folded)
    return _ORIGINAL[path, folded]


# (variant, plan file) → why it breaks today. Strict: a fixed one must be taken out.
_PAREN_UNDER_CN = ("1．→（1） under （一）: the plan then writes （一） → （1） with no 1. level between, and "
                    "the parser reads such （1） runs as the parts of one task (issue 10, class 4: a units "
                    "line after （1）…（4） belongs to all of them); whether they are tasks is ambiguous "
                    "without the plan's answer, so it is left as it is")
KNOWN: dict[tuple[str, str], str] = {
    ("num_paren", "s03_shanghai-shijianju-2022-ranqi-anquan-paicha-zhengzhi-fangan.txt"): _PAREN_UNDER_CN,
    ("num_fullparen", "s03_shanghai-shijianju-2022-ranqi-anquan-paicha-zhengzhi-fangan.txt"): _PAREN_UNDER_CN,
    ("num_circled", "s03_shanghai-shijianju-2022-ranqi-anquan-paicha-zhengzhi-fangan.txt"): _PAREN_UNDER_CN,
    # 1） is read as （1） where the plan writes no （1） (parser4, round 6): the same as （1）
    ("num_rparen", "s03_shanghai-shijianju-2022-ranqi-anquan-paicha-zhengzhi-fangan.txt"): _PAREN_UNDER_CN,
    ("num_rparen_ascii", "s03_shanghai-shijianju-2022-ranqi-anquan-paicha-zhengzhi-fangan.txt"): _PAREN_UNDER_CN,
    ("hard_wrap", "003_1a1285665a60c6c5.txt"):
        "the seed is a body in one line (headings found inline); wrapped at 34 characters its headings "
        "are cut across lines and 28 tasks → 4; not fixed yet",
    # the plan runs its item 1. into the heading (「…引领文明建设1.一体化创建」); the rewrite changes only
    # items at a line start, so the plan then numbers 1. and 2） — a mix no document writes (its （2）/⑵ variants
    # parse as the plan does since round 39: marks.mixed_bracket_numbers, p39b2)
    **{(v, "l10_guli-zhen-wenming-chengshi-jianshe-changtai-changxiao-guanli-jizhi.txt"):
       "item 1 run into its heading keeps 1. while the rewrite makes the next 2）: a mix no plan writes"
       for v in ("num_rparen", "num_rparen_ascii")},
    ("hard_wrap", "x07_guoban-2016-zhengfu-gongzuo-baogao-lianghua-zhibiao-renwu-fengong.txt"):
        "a task table one row a line (序号 工作任务 牵头部门) wrapped at 34 characters: a row's unit cell falls "
        "on a line of its own, which then reads as text, not as a cell; not fixed",
    ("hard_wrap", "n11_liaoning-2023-sheng-zhengfu-gongzuo-baogao-renwu-fenjie-he-zeren-fengong-fangan.txt"):
        "an excerpt of 36 lines, most of them short 牵头领导/牵头单位 lines: too few lines at the width to "
        "tell a PDF's wrap from the plan's own short lines, so 各市人民政/府 stays cut",
    ("hard_wrap", "n12_anhui-2022-sheng-zhengfu-zhongdian-gongzuo-ji-zeren-fenjie-xinwen.txt"):
        "a paragraph of exactly 34 characters ends on the width: whether the next line continues it is "
        "ambiguous in a hard-wrapped text (the news lead then runs into the plan)",
    ("hard_wrap", "l11_xxqu-cunzhuang-huanjing-zhengzhi-bumen-renwu-mingque.txt"):
        "unit paragraphs (区住建局负责…) one of which is exactly 4 × 34 characters: it ends on the width, and "
        "whether the next unit's paragraph continues it is ambiguous in a hard-wrapped text",
    ("no_blank_lines", "f01_shijingshan-2019-xinshidai-jiedao-gongzuo-renwu-fenjie-fangan.txt"):
        "the plan is a PDF text layer already (a title wrapped over two lines after a 「— — — 2 —」 page "
        "line); without the blank line above it the title's first half joins the page line",
    ("double_blank_lines", "f01_shijingshan-2019-xinshidai-jiedao-gongzuo-renwu-fenjie-fangan.txt"):
        "the plan is a PDF text layer hard-wrapped at 28 characters: a blank line after every line puts "
        "paragraph breaks inside wrapped names (园区党工 / 委) and the title — truly ambiguous",
    ("web_chrome", "f01_shijingshan-2019-xinshidai-jiedao-gongzuo-renwu-fenjie-fangan.txt"):
        "the plan is a PDF text layer hard-wrapped at 28 characters; the page's chrome lines, longer than "
        "that width, hide the wrap, so 园区党工 / 委 stays cut",
    ("web_chrome", "n06_hubei-2018-jinyibu-youhua-yingshang-huanjing-ruogan-yijian.txt"):
        "a plan in traditional characters inside a page in simplified ones (关闭窗口): 关 is then written both "
        "ways and the title is given back 关于 (in traditional chrome, trad_web_chrome, it passes)",
    ("running_heads", "n01_chuzhou-2020-shi-zhengfu-zhongdian-gongzuo-ji-zeren-fenjie-tongzhi.txt"):
        "a short excerpt: the title (…2020年市政府重点工作…) stands as a head twice only, too few to tell a "
        "running head from text (3 are needed; 2 lost a title in plans-unseen), and its 2020年 becomes a deadline",
    ("running_heads", "u04_changqing-2021-zhengfu-gongzuo-baogao-zhongdian-gongzuo-renwu-fengong-tongzhi.txt"):
        "the page gives the title twice at its top (the site's and the document's own, 11 lines apart); the heads "
        "make it a running head, and the copy kept is the site's, run into its 打印/分享 buttons. Keeping the "
        "copies of the first 12 lines was tried: it broke plans-dev 03 (a head within them)",
    ("running_heads", "n07_wuhan-2022-zhengfu-gongzuo-baogao-mubiao-renwu-zeren-fenjie-fangan.txt"):
        "the head falls inside a units bracket the plan itself breaks across lines (〈含开发区、 / …）) and "
        "stands twice only: too few to tell a running head from the bracket's text",
    ("table_wrapped", "g01_guangzhou-2012-rencai-jiju-gongcheng-shishi-yijian.txt"):
        "a one-cell-a-line table whose long cells wrap onto a second line: rows bounded by the 序号 sequence "
        "are read (text_tables._wrapped_table, round 9), but a unit cell 「…，各区、县级市」 cut after its comma "
        "loses the part after the cut in 3 of 44 rows",
    ("articles", "s02_chongming-2017-gaoceng-jianzhu-xiaofang-zhili-fangan.txt"):
        "Round 62 rulings (turned): in 第X条 articles a party named by a kind is a doer by any verb of doing, while a "
        "plan's numbered items read kinds by rule 2's forms: rewritten as articles, 「高层住宅建筑物业服务企业应当…进行"
        "维护管理」 names its doer (p53a)",
}
# every variant in traditional breaks where it breaks in simplified, except where the break is the
# mix of scripts itself
KNOWN.update({(f"trad_{v}", plan): why for (v, plan), why in list(KNOWN.items())
              if (v, plan) != ("web_chrome", "n06_hubei-2018-jinyibu-youhua-yingshang-huanjing-ruogan-yijian.txt")})


def _cases():
    texts = {path: path.read_text(encoding="utf-8") for path in _plans()}
    for v, (name, rewrite) in enumerate(VARIANTS.items()):
        for n, (path, text) in enumerate(texts.items()):
            if name.startswith("trad_") and (n + v) % 2:
                continue         # in traditional, each variant on every other plan (time; all measured once)
            if rewrite(text) is None:
                continue         # nothing in this plan written the way the variant rewrites
            marks = []
            why = KNOWN.get((name, path.name))
            if why:
                marks.append(pytest.mark.xfail(strict=True, reason=why))
            yield pytest.param(name, path, id=f"{name}-{path.stem[:12]}", marks=marks)


@pytest.mark.parametrize("name,path", list(_cases()))
def test_variant_parses_the_same(name: str, path: Path):
    text = path.read_text(encoding="utf-8")
    variant = VARIANTS[name](text)
    assert variant is not None and variant != text
    folded = name.startswith("trad")
    diff = differences(original(path, folded), answers(variant, folded))
    assert not diff, f"{name} on {path.name}: " + "; ".join(diff[:6])
