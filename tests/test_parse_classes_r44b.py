"""Round 44 classes of whole documents (r44b): unit labels, the sentence reader and names."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.table_heads import column_of, head_column

# an attached task table copied one cell a line, its partner column headed 「配合部门、单位」
TABLE = ("某市推进多式联运发展实施意见\n一、总体要求\n推动多式联运提质增效。\n"
         "附件：重点任务表\n\n序号\n\n具体内容\n\n牵头部门\n\n{head}\n\n"
         "1\n\n编制多式联运场站布局规划，明确建设时序。\n\n市交通委、\n市规划资源局\n\n市发展改革委、市铁路集团等\n\n"
         "2\n\n优化港口作业流程，压缩货物在港时间。\n\n市商务委\n\n市交通委、海关、港务集团\n\n")


@pytest.mark.parametrize("head", ["配合部门、单位", "配合单位、部门", "配合部门/单位"])
def test_a_partner_column_naming_both_kinds_is_no_lead(head):
    tasks = [t for t in parse_text(TABLE.format(head=head)).tasks if t.text.startswith(("编制", "优化"))]
    assert [(t.lead_units, t.responsible_units) for t in tasks] == [
        (["市交通委", "市规划资源局"], ["市发展改革委", "市铁路集团"]),
        (["市商务委"], ["市交通委", "海关", "港务集团"])]


def test_a_header_naming_both_kinds_reads_as_its_first():
    assert column_of("配合部门、单位") == column_of("配合部门") == "resp"
    assert column_of("牵头单位、部门") == "lead"
    # near misses: a list of two columns' words, or a kind after no unit word, is no such header
    assert column_of("牵头、配合") is None
    assert head_column("单位、部门") != "lead"


def _article_units(text):
    return [(t.number, t.responsible_units) for t in parse_text(text).tasks]


@pytest.mark.parametrize("name", ["应急管理部门", "举报受理部门", "要素保障部门"])
def test_an_article_subject_whose_name_holds_a_verb_word_is_a_doer(name):
    text = ("某区安全生产举报处理办法\n第一条  为规范举报处理工作，制定本办法。\n"
            f"第二条  {name}应当依据举报事项的内容进行研判，及时转送有关部门核查处理。\n")
    assert (name in dict(_article_units(text)).get("2", [])) is True


def test_an_article_subject_checking_papers_is_a_doer():
    text = ("某区保护建筑修缮审批办法\n第一条  为规范审批工作，制定本办法。\n"
            "第二条  各区房屋管理部门核对申请人提交的材料后，对材料不全的，退回申请人补正。\n")
    assert dict(_article_units(text)).get("2") == ["各区房屋管理部门"]


def test_verb_words_still_name_no_department():
    # near misses: a clause before the name 「应向…报送」 and a reporting party stay no subject
    from desktop.core.parse.article_subjects import _named
    assert _named(["应急管理部门"]) and _named(["举报奖励部门"])
    assert not _named(["应报送部门"]) and not _named(["报送材料部门"]) and not _named(["要求整改部门"])


def test_a_included_note_with_its_own_comma_leaves_the_name_a_doer():
    from desktop.core.parse.sentence_units import doer_units
    note = "（含作为区政府派出机构的开发区管理委员会，下同）"
    assert doer_units(f"市住房城乡建设部门会同各区政府{note}，研究确定年度改造项目。") == (
        ["市住房城乡建设部门"], ["市住房城乡建设部门", "各区政府"])
    assert doer_units(f"区人民政府{note}是本辖区旧区改造的责任主体，负责组织编制改造计划。")[1] == ["区人民政府"]
    # near misses: the same sentences without the note read the same; a bracket of members stays as it was read
    assert doer_units("市住房城乡建设部门会同各区政府，研究确定年度改造项目。") == (
        ["市住房城乡建设部门"], ["市住房城乡建设部门", "各区政府"])
    members = "水行政主管部门（包括市、区水务局和开发区管委会）负责核定费额。"
    from desktop.core.parse import sentence_units
    assert sentence_units._INCLUDED_NOTE.search(members) is None


def test_a_meeting_convened_by_a_body_names_it():
    from desktop.core.parse.sentence_units import doer_units
    # 由A召集 is 由A＋a verb of doing (rule 2, round 34)
    assert doer_units("专家委员会全体会议由市规划资源部门召集。")[1] == ["市规划资源部门"]
    assert doer_units("联席会议由区发展改革委召集，成员单位参加。")[1] == ["区发展改革委"]
    # near misses: a person convening names no unit
    assert doer_units("会议由主任召集。") == ([], [])
    assert doer_units("会议由召集人召集。") == ([], [])
