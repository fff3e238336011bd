"""The five seed plans, kept under tests/data/seeds (copied from ../shared/seeds)."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent / "data" / "seeds"


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (``"000"`` …)."""
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    assert matches, f"no seed {prefix}_*.txt in {SEEDS}"
    return matches[0]


def revised_seed_000(folder: Path) -> Path:
    """Seed 000 with the first task renamed and the second one's wording changed, written to
    ``folder`` (a revised plan for the re-import tests)."""
    text = seed_path("000").read_text(encoding="utf-8")
    assert "1.凝聚社会共识。" in text and "2.明确责任分工。理清职能职责" in text
    text = text.replace("1.凝聚社会共识。", "1.凝聚全社会共识。").replace(
        "2.明确责任分工。理清职能职责", "2.明确责任分工。进一步理清职能职责")
    out = folder / "revised.txt"
    out.write_text(text, encoding="utf-8")
    return out
