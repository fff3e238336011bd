"""Round 36 blind class (plans-next135's BASELINE.md): a 办法 whose article labels 「第N条」 stand alone on their
line, the article's text in the next paragraph, is read as if each label opened its text's line — as an item number
alone on its line already is (normalise._BARE_MARK). A chapter label alone on its line keeps its title line; a label
over another label is not joined. Made-up snippets written the way such district rules are laid out."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.normalise import light

HEAD = ("上海市某区人民政府关于印发《某区某某管理办法》的通知\n\n各街道办事处、各有关单位：\n"
        "现将《某区某某管理办法》印发给你们，请认真贯彻执行。\n\n某区某某管理办法\n\n")
ARTICLES = ("第一条{s}为加强管理，制定本办法。\n{b}第二条{s}区规划资源局负责本办法的组织实施，区住房保障局配合。\n"
            "{b}第三条{s}各街道办事处负责辖区内的日常巡查，每月报送巡查情况。\n"
            "{b}第四条{s}区财政局负责保障工作经费的审核和拨付。\n{b}第五条{s}本办法自2025年8月1日起施行。\n")


def units(text: str) -> list[tuple[str, list[str]]]:
    return [(t.number, t.responsible_units) for t in parse_text(text).tasks]


def test_labels_alone_on_their_line_read_as_the_labels_on_the_text_line():
    inline = units(HEAD + ARTICLES.format(s="\u3000", b=""))
    # (「A负责…，B配合」: B beside a doer is responsible, round 34 — read in an article headed by A since r48b)
    assert inline == [("2", ["区规划资源局", "区住房保障局"]), ("3", ["各街道办事处"]), ("4", ["区财政局"])]
    assert units(HEAD + ARTICLES.format(s="\n\n", b="\n")) == inline
    assert units(HEAD + ARTICLES.format(s=" \n", b="")) == inline


def test_a_chapter_label_alone_keeps_its_title_and_a_label_over_a_label_is_not_joined():
    chaptered = HEAD + "第一章\n总则\n\n" + ARTICLES.format(s="\n\n", b="\n")
    assert units(chaptered) == units(HEAD + ARTICLES.format(s="\u3000", b=""))
    assert "第一章\n总则" in light(chaptered)
    assert light("第一条\n第二条 区规划资源局负责组织实施。\n") == "第一条\n第二条 区规划资源局负责组织实施。\n"
    assert light("第一条\n\n为加强管理，制定本办法。\n") == "第一条 为加强管理，制定本办法。\n"
