"""Round 30 (p85), plans-next90 classes of units, in made-up wordings: a table printed one cell a line whose unit
column names a county bureau's sections (股 / 股室) after a 责任领导 cell (class 1), a 特区 among the areas that share
their government (class 5), a label the page cut inside its last name (class 6)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.columns import _units_of
from desktop.core.parse.units import looks_like_unit, split_units


def test_sections_named_in_a_flattened_table_after_the_leader_cell_are_the_units():
    plan = parse_text("序号\n工作任务\n完成时限\n责任领导\n责任股室\n"
                      "1\n开展文艺演出不少于50场。\n11月底前\n王大明\n群文股\n文化馆\n"
                      "2\n新建农家书屋3个。\n9月底前\n李 强\n图书股\n"
                      "3\n指导村集体经济发展。\n10月底前\n张三\n各股室、委属部门单位\n")
    assert [t.responsible_units for t in plan.tasks] == [["群文股", "文化馆"], ["图书股"], ["各股室", "委属部门单位"]]


def test_a_section_run_into_the_next_name_is_split_and_a_share_is_no_unit():
    assert _units_of("文化宣传股文化馆") == ["文化宣传股", "文化馆"]
    assert _units_of("上海某某股份有限公司") == ["上海某某股份有限公司"]
    assert looks_like_unit("旅游股")
    assert not looks_like_unit("土地经营权入股") and not looks_like_unit("国有控股")


def test_a_special_district_among_the_areas_sharing_their_government_is_kept_whole():
    assert split_units("各县、特区、区人民政府，各开发区管委会")[0] == [
        "各县、特区、区人民政府", "各开发区管委会"]
    assert split_units("各縣、特區、區人民政府")[0] == ["各縣、特區、區人民政府"]
    assert split_units("市财政局、特区管委会")[0] == ["市财政局", "特区管委会"]


def test_a_label_cut_by_the_page_inside_its_last_name_drops_that_name():
    text = ("某市2024年营商环境工作要点\n一、优化准入\n（一）推进注销便利化。推行一网通办。"
            "〔牵头单位:市市场监管局;配合单位:市公安局、市税务局")
    assert parse_text(text + ",各县(区)人民").tasks[0].responsible_units == ["市公安局", "市税务局"]
    # a name the page end leaves whole stays
    assert parse_text(text).tasks[0].responsible_units == ["市公安局", "市税务局"]
    assert parse_text(text + "、市医保局").tasks[0].responsible_units == ["市公安局", "市税务局", "市医保局"]


def test_a_role_word_after_a_labelled_name_is_no_part_of_it():
    # plans-next84 class 3: 「A总牵头，各领域由相关单位具体牵头」 — A leads; the phrase after it names no body
    plan = parse_text("某区2025年营商环境工作方案\n一、重点任务\n1.推进改革。开展对标改革。"
                      "（牵头单位：区发展改革委总牵头，各专项由相关部门具体负责）\n2.优化服务。（牵头单位：区政务服务办统筹牵头；责任单位：区财政局、区总工会）\n")
    assert [(t.lead_units, t.responsible_units) for t in plan.tasks] == [
        (["区发展改革委"], []), (["区政务服务办"], ["区财政局", "区总工会"])]
    assert split_units("市总工会牵头")[0] == ["市总工会"]
