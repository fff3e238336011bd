"""Whole documents (round 47, helper p47b): which paragraphs and articles of a notice or a set of rules are tasks — a
notice of unnumbered paragraphs under its addressees' own line. Made-up texts in the shapes of plans-next212 … 215,
each with a near miss that must stay as it was."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.notice_paragraphs import notice_paragraphs

NOTICE = """关于公布市级体育场馆收费目录的通知

市体育局、市教委、市总工会，各区发展改革委：

根据《某市体育场馆收费管理办法》有关规定，现将本市体育场馆收费目录予以公布（详见附件）。目录内场馆收取费用的，\
执行政府指导价，由市价格主管部门会同相关业务主管部门负责收费管理工作。

各区价格主管部门要会同相关业务主管部门制定区本级目录，做好本区体育场馆收费管理工作。

本通知自2025年3月1日起施行。

特此通知。

附件：体育场馆收费目录

某市发展和改革委员会

2025年2月10日
"""


def _lines(text: str) -> list[str]:
    return text.split("\n")


def test_paragraphs_of_work_under_an_addressee_line_are_tasks():
    # (round 38: the unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks; the entry
    # into force is no task)
    found = notice_paragraphs(_lines(NOTICE))
    assert sorted(found.values()) == ["各区价格主管部门要会同相关业务主管部门制定区本级目录", "根据《某市体育场馆收费管理办法》有关规定"]
    tasks = parse_text(NOTICE).tasks
    assert [(t.lead_units, t.responsible_units) for t in tasks] == [
        (["市价格主管部门"], ["相关业务主管部门"]), (["各区价格主管部门"], ["相关业务主管部门"])]


def test_a_paragraph_without_work_under_the_addressees_leaves_the_notice_whole():
    # (near miss: a background paragraph that gives no work — the notice is not read as paragraphs of work)
    text = NOTICE.replace("各区价格主管部门要会同相关业务主管部门制定区本级目录，做好本区体育场馆收费管理工作。",
                          "近年来，本市体育场馆数量持续增加，群众健身需求日益增长，场馆收费情况总体平稳有序。")
    assert notice_paragraphs(_lines(text)) == {}


def test_a_single_paragraph_under_the_addressees_is_not_enough():
    # (near miss: one paragraph of work alone under a bare addressee line — the lead-in's rule wants two)
    text = NOTICE.replace("各区价格主管部门要会同相关业务主管部门制定区本级目录，做好本区体育场馆收费管理工作。\n", "")
    assert notice_paragraphs(_lines(text)) == {}


def test_a_title_line_with_a_colon_is_no_addressee_line():
    # (near miss: one name and a colon — 「通知：」 — is no list of addressees)
    text = NOTICE.replace("市体育局、市教委、市总工会，各区发展改革委：", "市体育局：")
    assert notice_paragraphs(_lines(text)) == {}
