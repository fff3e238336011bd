"""Round 71 (p71i): page openings of township, village and community work, a cap of extra points, a
breach a body answers with 将, and a field label cut at the page's end.

- A document shop's banner with its footer slogan run in before the title 「精选优质文档-倾情为你奉上
  专心-专注-专业某镇…办法为…」: chrome, the title after it — the banner alone as before.
- A piece's own head over its bare mark 「篇1」, a site's headline above printing that head with 范文 after
  it: the head, whatever word ends it 「…工作目标」 — not where the headline names another piece (the
  headline stands, as before).
- A site's headline printing its year bare and 关于 「2023关于社区…预案」 over the piece's own head in the
  same words 「2023年社区…预案」, a preface's label 「引言:」 opening the body: the own head — not a
  headline in other words.
- An issuer's line over a title broken over two lines 「某乡人民政府 / 天然林保护工程2011-2012年度 /
  森林防火目标责任书」: one title, the issuer in front — not an issuer's line over a title on one line.
- The cap of a scheme's extra points 「本项加分累计不超过5分」: a target ≤ 5 分 — not a bonus's own points
  「每项加分2分」.
- A breaker named by its breach 「对于违反…的村民,(经查实后,)村委会将依法进行处理」: the body a doer, as
  after 由 — not the same body's other work after the breach 「村委会将组织宣传教育」.
- A field's label and the bare number of its first line, the page cut right after 「(一)工作目标:⏎1」: no
  leaf — not a label whose first line prints its work 「1、完成…」.
- An article binding acts of the work beside its principle 「X工作应当坚持…的原则,加强…,调动…,推动…」: a
  task naming none — not a principle with one clause after it 「…的原则,保障…」 (a principle, no task).
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _units(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_SHOP = ("精选优质文档-倾情为你奉上{slogan}某镇村级干部绩效考核办法为提高村级组织的整体功能,充分调动村组干部工作积极性,"
         "特制定本办法。一、 考核对象:各村两委班子。二、 考核内容:考核采取百分制,分别对村两委班子和村干部进行量化考核。"
         "三、 考核方式:镇考核办负责组织考核,年底进行。")


def test_shop_banner_with_its_slogan_is_chrome() -> None:
    assert parse_text(_SHOP.format(slogan="专心-专注-专业")).title == "某镇村级干部绩效考核办法"
    assert parse_text(_SHOP.format(slogan="专心---专注---专业")).title == "某镇村级干部绩效考核办法"
    # near miss: the banner alone, as before
    assert parse_text(_SHOP.format(slogan="")).title == "某镇村级干部绩效考核办法"


_PIECE = ("{headline}\n\n时间:2022-11-19 11:50:16\n\n引言:我们特意为您精选了12篇范文,希望对您有所帮助。\n\n"
          "某某乡镇环境工作目标\n\n篇1\n\n村两委是组织实施责任主体,对整治工作负领导责任。\n\n二、工作目标\n\n"
          "(一)健全组织机构。村委会成员分工明确。\n")


def test_piece_head_over_its_mark_under_a_model_text_headline() -> None:
    assert parse_text(_PIECE.format(headline="某某乡镇环境工作目标范文")).title == "某某乡镇环境工作目标"
    # near miss: a headline naming something else stands, as before
    assert parse_text(_PIECE.format(headline="某某工作目标")).title == "某某工作目标"


_HEADS = ("{headline}\n2023年社区火灾应急预案\n引言:\n社区火灾是一种常见的事件,因此,建立一套完善的应急预案至关重要。\n"
          "一、背景\n社区要加强宣传。\n")


def test_headline_in_the_same_words_gives_way_to_the_own_head() -> None:
    assert parse_text(_HEADS.format(headline="2023关于社区火灾应急预案")).title == "2023年社区火灾应急预案"
    # near miss: a headline in other words stays the first title line read, as before
    assert parse_text(_HEADS.format(headline="2023年社区消防工作方案")).title == "2023年社区消防工作方案"


def test_issuer_over_a_title_broken_over_two_lines() -> None:
    text = ("第一篇:森林防火目标责任书\n某乡人民政府\n天然林保护工程2011-2012年度\n森林防火目标责任书\n"
            "为做好森林防火工作,特签订本责任书。\n一、考核目标\n(一)各村要成立护林防火领导小组。\n(二)强化护林防火宣传。\n")
    assert parse_text(text).title == "某乡人民政府天然林保护工程2011-2012年度森林防火目标责任书"
    # near miss: a title on one line under the issuer is not joined to it
    one = ("某乡人民政府\n森林防火目标责任书\n为做好森林防火工作,特签订本责任书。\n一、考核目标\n"
           "(一)各村要成立护林防火领导小组。\n")
    assert parse_text(one).title != "某乡人民政府森林防火目标责任书"


def _targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for task in parse_text(text).tasks for t in task.targets]


def test_cap_of_extra_points_is_a_target() -> None:
    text = ("某镇考核办法\n一、考核内容\n村级考核实行100分制,其中党建30分,城乡管理30分。"
            "另设创新加分项目(5分,本项加分累计不超过5分)。\n二、考核方式\n镇考核办负责组织考核。\n")
    assert (5.0, "分", "<=") in _targets(text)
    # near miss: a bonus's own points are marks, no target
    near = ("某镇考核办法\n一、考核内容\n另设创新加分项目,每项加分2分。\n二、考核方式\n"
            "镇考核办负责组织考核。\n")
    assert _targets(near) == []


_RULES = ("某村环境卫生管理规章制度\n第一条为改善村容村貌,制定本制度。\n"
          "第二条村委会是本村环境卫生管理的组织者,负责具体的实施工作。\n"
          "第三条对于违反本制度规定的村民,经查实后,村委会将依法进行处理,并根据情节予以通报。\n"
          "第四条对于违反本制度规定的村民,村委会将依法予以处罚。\n第五条对于违反本制度规定的村民,村委会将组织宣传教育。\n")


def test_body_that_will_answer_a_breach_is_a_doer() -> None:
    units = _units(_RULES)
    assert units["3"] == ["村委会"]
    assert units["4"] == ["村委会"]
    # near miss: other work after the breach stays held
    assert units["5"] == []


def test_label_cut_after_its_first_number_is_no_leaf() -> None:
    text = ("某乡森林防火责任书\n一、考核目标\n(一)各村要成立护林防火领导小组。\n(二)强化护林防火宣传。\n"
            "二、工作目标和职责\n(一)工作目标:\n1\n")
    assert not any(t.text.startswith("工作目标") for t in parse_text(text).tasks)
    # near miss: a label whose first line prints its work stays
    kept = text[:-2] + "1、完成造林100亩。\n"
    assert any("完成造林" in t.text for t in parse_text(kept).tasks)


def test_principle_with_acts_is_a_task() -> None:
    text = ("某村卫生管理制度\n第一条为改善村容村貌,制定本制度。\n第二条村委会负责本制度的组织实施。\n"
            "第三条村卫生工作应当坚持“群防群治、标本兼治”的原则,加强宣传引导,调动村民的积极性,推动整治工作开展。\n"
            "第四条村民应当保持房前屋后整洁。\n第五条村委会负责组织每月卫生检查。\n")
    assert any(t.text.startswith("村卫生工作应当坚持") for t in parse_text(text).tasks)
    # near miss: a principle with one clause after it stays a principle, no task
    near = text.replace("加强宣传引导,调动村民的积极性,推动整治工作开展", "保障村民健康")
    assert not any(t.text.startswith("村卫生工作应当坚持") for t in parse_text(near).tasks)
