"""Round 41 (p41o), structure of page openings: a notice that numbers nothing of its own gives its work in
unnumbered paragraphs after 「…通知如下：」 (round 38) — an 附件 list after that work
「附件：1、《…》」「2、…」 names attachments and numbers none of the notice's work, so the
paragraphs stay its tasks; a clause opening on the copula 是 「…,是区对镇考核的重要内容」
names no body. Made-up snippets written the way such notices are printed, each with near
misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text

NOTICE = """某镇关于做好村级道路日常巡查工作的通知

各村（居）、镇直有关单位：

为切实加强村级道路管护，经镇交通办研究，现就做好2024年村级道路巡查工作通知如下：

各村要按照所负责的路段落实专人，每周巡查不少于2次，发现路面破损、边沟堵塞等问题要及时登记并组织处理，每次巡查结束后将巡查记录报送镇交通办备案。

按照道路管护考核办法，巡查记录完整是区对镇村道路管护考核的重要内容，请各村务必高度重视，切实落实好巡查责任，镇交通办将每季度末汇总各村巡查情况报镇政府。

附件：1、《某镇村级道路管护考核办法》

2、某镇村级道路名录

3、村级道路巡查记录表

某镇人民政府

2024年3月8日
"""


def _keys(text: str) -> list[str]:
    return [t.key for t in parse_text(text).tasks]


def test_notice_paragraphs_over_an_attachment_list_are_its_tasks() -> None:
    tasks = parse_text(NOTICE).tasks
    assert [t.key for t in tasks] == ["各村要按照所负责的路段落实专人", "按照道路管护考核办法"]
    # the 附件 list's names are no tasks
    assert not any("名录" in t.key or "记录表" in t.key for t in tasks)


def test_attachment_list_without_a_label_first_is_still_numbering() -> None:
    # near miss: numbered lines with no 附件 label before them are the notice's own numbering — no paragraph tasks
    text = NOTICE.replace("附件：1、《某镇村级道路管护考核办法》", "1、《某镇村级道路管护考核办法》")
    assert "各村要按照所负责的路段落实专人" not in _keys(text)


def test_numbered_work_after_an_attachment_label_is_numbering() -> None:
    # near miss: a numbered line after 附件： that is a sentence of work (not an attachment's name) numbers the text
    text = NOTICE.replace("2、某镇村级道路名录", "2、各村要在3月底前完成村级道路名录的核对，并报镇交通办。")
    assert "各村要按照所负责的路段落实专人" not in _keys(text)


def test_a_notice_whose_paragraphs_include_no_work_is_left_whole() -> None:
    # near miss (round 38): one paragraph after the lead-in gives no work — no paragraph tasks, list or no list
    text = NOTICE.replace("各村要按照所负责的路段落实专人，每周巡查不少于2次，发现路面破损、边沟堵塞等问题要及时登记并"
                          "组织处理，每次巡查结束后将巡查记录报送镇交通办备案。",
                          "近年来我镇村级道路里程逐年增加，路网结构不断完善，群众出行条件明显改善，道路管护工作取得了一定成效。")
    assert "按照道路管护考核办法" not in _keys(text)


def test_a_copula_clause_names_no_body() -> None:
    task = next(t for t in parse_text(NOTICE).tasks if t.key == "按照道路管护考核办法")
    assert "是区" not in task.responsible_units
    assert not any(u.startswith("是") for u in task.lead_units + task.responsible_units)


def test_a_body_before_its_verb_is_still_read() -> None:
    # near miss: 「区交通局对…进行考核」 and 「各村要…」 keep their bodies; only a clause opening on 是 names none
    text = NOTICE.replace("巡查记录完整是区对镇村道路管护考核的重要内容，",
                          "区交通局负责对各镇村道路管护情况进行考核，")
    task = next(t for t in parse_text(text).tasks if t.key == "按照道路管护考核办法")
    assert "区交通局" in task.lead_units + task.responsible_units
