"""Round 43 classes found on fresh plans (p43g): forms the tuned sets hold too rarely.

1. A lead mark set BEFORE a unit's name in a task table's unit cell (「▲县发改局，县财政局，各乡镇」, the way a
   county's 责任清单 saves a 牵头 column): the mark is never part of the name, as one set after it (县发改局▲) is not;
   under the plan's legend (注：▲为牵头单位) it makes a labelled list's unit the lead.
2. A date in Chinese numerals whose zero was typed as the letter O or the digit 0 (二OO九年三月五日, 二0二三年):
   the 〇 it is, so the plan's date and deadlines are read — not a section number (第二00条) nor a longer numeral.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.normalise import light

TABLE = ("某县人民政府办公室关于印发2024年县政府重点工作责任清单的通知\n各乡镇人民政府，县政府各部门：\n"
         "现将2024年县政府重点工作责任清单印发给你们，请认真抓好落实。\n附件：2024年县政府重点工作责任清单\n"
         "某县人民政府办公室\n2024年2月20日\n附件\n2024年县政府重点工作责任清单\n序号\n主要工作\n责任单位\n"
         "1\n地区生产总值增长6%左右\n{a}\n2\n新建改造农村公路120公里\n{b}\n3\n新增城镇就业2800人以上\n{c}\n")


def _units(plan):
    return [(t.lead_units, t.responsible_units) for t in plan.tasks]


def test_a_mark_before_a_units_name_in_a_table_cell_is_no_part_of_the_name():
    plan = parse_text(TABLE.format(a="▲县发改局，县统计局，各乡镇", b="▲县交通运输局，各乡镇",
                                   c="★县人力社保局，各乡镇"))
    resp = [r for _lead, r in _units(plan)]
    assert resp[0][:2] == ["县发改局", "县统计局"]
    assert resp[1][0] == "县交通运输局"
    assert resp[2][0] == "县人力社保局"
    assert not any(n.startswith(("▲", "★")) for r in resp for n in r)


def test_a_table_cell_without_marks_reads_as_before():
    # near miss: no mark at all — the same names in the same order
    plan = parse_text(TABLE.format(a="县发改局，县统计局，各乡镇", b="县交通运输局，各乡镇", c="县人力社保局，各乡镇"))
    assert [r[:1] for _lead, r in _units(plan)] == [["县发改局"], ["县交通运输局"], ["县人力社保局"]]


def test_a_mark_after_the_name_still_reads_as_before():
    # near miss: the mark after the name (县发改局▲) was read already; the leading-mark rule leaves it alone
    plan = parse_text(TABLE.format(a="县发改局▲，县统计局，各乡镇", b="县交通运输局▲，各乡镇",
                                   c="县人力社保局▲，各乡镇"))
    assert [r[:1] for _lead, r in _units(plan)] == [["县发改局"], ["县交通运输局"], ["县人力社保局"]]


LABELLED = ("某县2024年农村供水保障工作方案\n（注：▲为牵头单位）\n一、主要任务\n"
            "（一）实施供水管网改造。年内改造老旧供水管网80公里。\n责任单位：▲县水利局，县财政局，各乡镇\n"
            "（二）开展水质检测。每季度对集中供水工程开展一次水质检测。\n责任单位：▲县卫生健康局，县水利局\n")


def test_under_the_legend_a_mark_before_a_labelled_units_name_makes_it_the_lead():
    plan = parse_text(LABELLED)
    assert _units(plan)[0] == (["县水利局"], ["县财政局", "各乡镇"])
    assert _units(plan)[1] == (["县卫生健康局"], ["县水利局"])


def test_without_the_legend_the_marked_unit_stays_responsible():
    # near miss: no legend — a mark may mean anything (新增任务, 重点任务): the unit is responsible, its name clean
    plan = parse_text(LABELLED.replace("（注：▲为牵头单位）\n", ""))
    assert _units(plan)[0] == ([], ["县水利局", "县财政局", "各乡镇"])


RULES = ("某市人民政府关于印发某市城乡困难群众临时救助办法的通知\n某政发〔2009〕12号\n"
         "各县、区人民政府，市各委、办、局：\n"
         "《某市城乡困难群众临时救助办法》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。\n"
         "                    {date}\n某市城乡困难群众临时救助办法\n"
         "第一条 为规范临时救助工作，保障困难群众基本生活，结合本市实际，制定本办法。\n"
         "第二条 市民政局负责全市临时救助工作的组织实施，每季度末将救助情况报市政府。\n")


def test_a_chinese_numeral_date_typed_with_the_letter_o_is_the_plans_date():
    assert parse_text(RULES.format(date="二OO九年三月五日")).date == "2009-03-05"
    assert parse_text(RULES.format(date="二0一九年十一月二日")).date == "2019-11-02"


def test_a_chinese_numeral_date_written_right_reads_as_before():
    # near miss: 二〇〇九年 (the proper zero) and 二零零九年 read as they did
    assert parse_text(RULES.format(date="二〇〇九年三月五日")).date == "2009-03-05"
    assert parse_text(RULES.format(date="二零零九年三月五日")).date == "2009-03-05"


def test_the_letter_o_repair_touches_only_a_four_character_year():
    assert light("自二OO九年五月一日起施行") == "自二〇〇九年五月一日起施行"
    # near misses: a longer numeral run, an article number, a run not followed by 年, an Arabic year
    assert light("十二OO九年") == "十二OO九年"
    assert light("第二00条") == "第二00条"
    assert light("编号二OO九") == "编号二OO九"
    assert light("2009年5月1日") == "2009年5月1日"
