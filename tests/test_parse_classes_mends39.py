"""Mends of the read-only review of branch p39 (classes A, B, K of the round-24 hunt): each with the reviewer's
snippet and another wording; each failed on 7aa7af2."""
from __future__ import annotations

from desktop.core.parse import parse_text


def _units(*items: str, head: str = "某县2024年重点工作方案\n一、重点任务\n") -> dict[str, tuple[list[str], list[str]]]:
    marks = "一二三四五六七八九十"
    text = head + "\n".join(f"（{marks[i]}）{t}" for i, t in enumerate(items))
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def _rows(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(t.title, t.lead_units, t.responsible_units) for t in parse_text(text).tasks]


# 1. generic partners at an item's start are kept; only a generic LEAD is refused
def test_generic_partners_at_an_items_start_are_read():
    got = _units("县水利局牵头，各有关部门配合，新建堤防5公里。",
                 "由县住建局牵头，各成员单位配合，开展燃气安全排查。",
                 "县交通局牵头，各乡镇、有关部门配合，改造农村公路50公里。",
                 "区民政局负责，相关单位配合，全年走访困难群众500户。",
                 "政府负责，部门配合，社会参与。")
    assert got["一.一"] == (["县水利局"], ["各有关部门"])
    assert got["一.二"] == (["县住建局"], ["各成员单位"])
    assert got["一.三"] == (["县交通局"], ["各乡镇", "有关部门"])
    assert got["一.四"] == (["区民政局"], ["相关单位"])
    assert got["一.五"] == ([], [])


def test_generic_partners_after_the_work_and_with_huitong():
    got = _units("整治河道。清淤河道20公里，县水利局牵头，有关部门配合。",
                 "整治河道。县水利局会同有关部门负责，清淤河道20公里。",
                 "完善救助。落实临时救助制度，区民政局会同相关部门负责。")
    assert got["一.一"] == (["县水利局"], ["有关部门"])
    assert got["一.二"] == (["县水利局"], ["有关部门"])
    assert got["一.三"] == (["区民政局"], ["相关部门"])


# 2. a parent's labelled units win over a comma clause in its child
def test_inherited_labelled_units_win_over_a_childs_comma_clause():
    text = ("某县2024年农村改厕工作方案\n一、推进农村改厕（牵头单位：县农业农村局；责任单位：各乡镇）\n"
            "（一）摸底排查。各村负责，全面摸清改厕底数。\n（二）组织施工。完成改厕1000户，各乡镇负责。\n"
            "二、治理生活污水（牵头单位：县生态环境局）\n（一）建设设施。新建污水处理站10座。\n"
            "（二）运行管护。各社区负责，做好设施运行管护。\n")
    got = {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}
    assert got["一.一"] == (["县农业农村局"], ["各乡镇"])
    assert got["一.二"] == (["县农业农村局"], ["各乡镇"])
    assert got["二.二"] == (["县生态环境局"], [])


def test_a_lead_section_wins_over_a_childs_comma_clause():
    text = ("某县2024年重点工作方案\n一、县住建局牵头工作（3项）\n1.改造老旧小区20个。各街道负责，做好群众工作。\n"
            "2.新建公租房200套。\n二、县水利局牵头工作\n1.新建堤防5公里。\n")
    got = {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}
    assert got["一.1"] == (["县住建局"], [])


# 3. several unit clauses: no partial set
def test_several_unit_clauses_give_no_partial_set():
    got = _units("开展专项整治。县公安局负责，打击非法营运；县交通局负责，规范客运市场。",
                 "加强监管。开展食品安全检查，县市场监管局负责；打击违法犯罪行为，县公安局负责。",
                 "加强源头管理。县交通局负责，加强运输企业监管。县应急局负责，督促企业落实主体责任。",
                 "加强监管。县市场监管局负责，开展食品安全检查。县公安局负责打击违法犯罪行为。")
    # round 31: CONVENTIONS.md rule 2 — several clauses 「A负责…；B负责…」 in one item: all their bodies, in order
    # (the partial set this test guarded against is not read: every clause's body is)
    assert got["一.一"] == ([], ["县公安局", "县交通局"])
    assert got["一.二"] == ([], ["县市场监管局", "县公安局"])
    assert got["一.三"] == ([], ["县交通局", "县应急局"])
    assert got["一.四"] == ([], ["县市场监管局", "县公安局"])


# 4. a topic word before the unit
def test_a_topic_word_before_the_unit_is_no_unit_name():
    got = _units("培训。全年培训3000人次，培训经费各乡镇负责。",
                 "资金保障。所需经费县财政局负责，年底前拨付到位。",
                 "培训。全年培训3000人次，人员组织各乡镇负责，场地保障县人社局负责。",
                 "培训。全年培训3000人次。培训经费各乡镇负责。",
                 "管护。设施建成后，日常管护各村负责。",
                 "宣传。（责任单位：县委宣传部）")
    for key in ("一.一", "一.二", "一.三", "一.四", "一.五"):
        lead, resp = got[key]
        assert not any("经费" in n or "组织" in n or "管护" in n for n in lead + resp), (key, got[key])


def test_a_place_name_before_the_level_is_still_a_unit():
    got = _units("整治河道。清淤河道20公里，长沙县水利局负责。", "整治河道。全年清淤20公里，县直各部门负责。")
    assert got["一.一"] == ([], ["长沙县水利局"])
    assert got["一.二"] == ([], ["县直各部门"])


# 5./6. bare-bar tables: an empty first cell, empty last cells
def test_bare_bar_row_with_an_empty_first_cell_keeps_its_columns():
    text = ("城区2024年民生项目工作方案\n序号|重点任务|牵头单位|配合单位|完成时限\n"
            "1|新增公共停车泊位2000个|市交通局|市公安局|2024年10月底\n|改造停车场5个|市交通局|市城管局|2024年12月底\n"
            "2|改造农贸市场8个|市商务局|各区政府|2024年12月底\n")
    rows = _rows(text)
    assert ("改造停车场5个", ["市交通局"], ["市城管局"]) in rows
    text2 = ("城区2024年民生项目工作方案\n序号|实事项目|责任单位|完成时间\n1|建设口袋公园3个|区绿化局|2024年9月\n"
             "|修缮公厕10座|区环卫所|2024年11月\n")
    assert ("修缮公厕10座", [], ["区环卫所"]) in _rows(text2) or ("修缮公厕10座", ["区环卫所"], []) in _rows(text2)


def test_bare_bar_row_with_empty_last_cells_stays_in_the_table():
    text = ("城区2024年民生项目工作方案\n序号|重点任务|牵头单位|责任单位|完成时限|备注\n"
            "1|新增公共停车泊位2000个|市交通局|市公安局|2024年10月底|\n2|改造农贸市场8个|市商务局||2024年12月底|\n"
            "3|改造燃气管网50公里|市住建局|||\n4|新增城市绿地面积50公顷|市园林局|各区政府|2024年9月30日|\n")
    titles = [r[0] for r in _rows(text)]
    assert titles == ["新增公共停车泊位2000个", "改造农贸市场8个", "改造燃气管网50公里", "新增城市绿地面积50公顷"]
    text2 = ("某区2024年为民办实事方案\n序号|工作任务|牵头单位|配合单位\n1|新建养老服务站2个|区民政局|各街道\n"
             "2|改造老旧电梯30台|区住建局|\n3|建设智慧菜场1个|区商务委|区市场监管局\n")
    assert [r[0] for r in _rows(text2)] == ["新建养老服务站2个", "改造老旧电梯30台", "建设智慧菜场1个"]


# 7. regulated parties, bare kinds, principles
def test_regulated_parties_and_principles_are_no_units():
    got = _units("落实主体责任。生产经营单位负责，全面落实隐患排查治理制度。",
                 "燃气安全。燃气经营企业负责，定期入户安检。",
                 "物业管理。物业服务企业负责，做好小区消防通道管理。",
                 "落实管理责任。坚持属地管理，乡镇负责。",
                 "工作机制。坚持县委领导，县政府负责。",
                 "压实责任。实行县级统筹，乡镇负责。",
                 "宣传。（责任单位：县委宣传部）")
    # round 31: CONVENTIONS.md rule 2 — a kind of body with a verb of rule 2 is a doer (物业服务企业 is the ruling's
    # own example); the verb decides, not whether the item regulates the body
    assert got["一.一"] == ([], ["生产经营单位"])
    assert got["一.二"] == ([], ["燃气经营企业"])
    assert got["一.三"] == ([], ["物业服务企业"])
    # a principle 「坚持属地管理，乡镇负责」「坚持县委领导，县政府负责」「实行县级统筹，乡镇负责」 is no assignment
    for key in ("一.四", "一.五", "一.六"):
        assert got[key] == ([], []), key


def test_a_bare_kind_is_responsible_never_lead():
    got = _units("开展排查。属地乡镇负责，对辖区内自建房开展全面排查。",
                 "开展排查。县直部门负责，开展行业领域排查。",
                 "宣传。（责任单位：县委宣传部）")
    for key in ("一.一", "一.二"):
        assert not got[key][0], key


# 8. an earlier 由X牵头 / X负责 blocks the last-sentence reading
def test_an_earlier_unit_sentence_blocks_the_last_sentence():
    got = _units("推进改厕。由县农业农村局牵头，全面推进改厕工作。各乡镇负责，做好群众动员。",
                 "加强监管。县市场监管局负责日常检查。开展联合执法，县公安局负责。",
                 "推进改厕。全面推进改厕工作，县农业农村局牵头。各乡镇负责，做好群众动员。")
    # the lead the prose opens with stays the item's lead
    assert got["一.一"][0] == ["县农业农村局"]
    # (the rest of what a reader reads here, 各乡镇 / 县市场监管局 / 县公安局 / a trailing lead: the xfail below;
    # the parser's reading now must at least not be the last sentence's alone)
    assert got["一.二"] in (([], []), ([], ["县市场监管局", "县公安局"]))
    assert got["一.三"] in (([], []), (["县农业农村局"], ["各乡镇"]))


def test_each_unit_sentence_of_an_item_is_read():
    # round 31: CONVENTIONS.md rule 2 — every clause of the item that names a doer (the sentence-unit reader, on
    # from round 31, reads what this test expected; it was xfail while the reader was off)
    got = _units("推进改厕。由县农业农村局牵头，全面推进改厕工作。各乡镇负责，做好群众动员。",
                 "加强监管。县市场监管局负责日常检查。开展联合执法，县公安局负责。",
                 "推进改厕。全面推进改厕工作，县农业农村局牵头。各乡镇负责，做好群众动员。")
    assert got["一.一"] == (["县农业农村局"], ["各乡镇"])
    assert got["一.二"] == ([], ["县市场监管局", "县公安局"])      # X负责 alone: responsible, no lead (EXPECTED.md)
    assert got["一.三"] == (["县农业农村局"], ["各乡镇"])


# 10. 列第一位的为牵头单位 applies to prose declarations
def test_first_listed_lead_rule_applies_to_comma_clauses():
    head = "某县2024年重点工作方案\n（列第一位的为牵头单位）\n一、重点任务\n"
    got = _units("新建道路30公里。（责任单位：县交通局、各乡镇）",
                 "整治河道。清淤河道20公里，县水利局、县财政局负责。",
                 "整治河道。县水利局、县财政局负责，清淤河道20公里。", head=head)
    assert got["一.二"] == (["县水利局"], ["县财政局"])
    assert got["一.三"] == (["县水利局"], ["县财政局"])


# 12. a plan whose only units are comma clauses in prose is not said to have 分工条目
def test_prose_clauses_only_are_not_called_division_items():
    text = ("某县2024年农村人居环境整治工作方案\n一、重点任务\n（一）推进改厕。完成改厕1000户。\n"
            "（二）治理污水。完成污水治理村20个。\n二、保障措施\n（一）加强组织领导。县农业农村局负责，统筹协调整治工作。\n（二）强化资金保障。县财政局负责，落实整治资金。\n")
    warnings = parse_text(text).warnings
    assert not any(w.startswith("方案只在分工条目中写明了单位") for w in warnings)
    assert any("正文中写到了单位" in w for w in warnings)
    text2 = ("某县2024年安全生产工作方案\n一、重点任务\n（一）排查隐患。全面排查企业隐患。\n"
             "（二）执法检查。开展执法检查100次。\n（三）宣传教育。开展安全宣传，县应急局负责。\n")
    assert not any(w.startswith("方案只在分工条目中写明了单位") for w in parse_text(text2).warnings)


# 9. a group and a verb of its duty other than 负责/牵头: the group is the unit
def test_a_group_and_another_duty_verb_gives_the_group():
    head = "某区2024年高标准农田建设实施方案\n二、职责分工\n"
    got = _units("区农业农村局负责项目规划设计和组织实施。", "区财政局负责资金保障。",
                 "各镇人民政府承担土地流转和矛盾调处工作。", "各村（社区）组织群众投工投劳。",
                 "各镇人民政府统筹本辖区项目实施。", "各村（社区）协助做好群众工作。",
                 "各街道办事处配合开展入户调查。", head=head)
    assert got["二.三"] == ([], ["各镇人民政府"])
    assert got["二.四"] == ([], ["各村（社区）"])
    assert got["二.五"] == ([], ["各镇人民政府"])
    assert got["二.六"] == ([], ["各村（社区）"])
    assert got["二.七"] == ([], ["各街道办事处"])


# pre-existing: accountable-to clauses and a 成立… clause are no unit names
def test_accountable_to_and_set_up_clauses_are_no_units():
    got = _units("压实责任。各乡镇对辖区改厕质量负总责，向县政府负责。",
                 "压实责任。领导小组定期向县委县政府负责。",
                 "加强组织领导。成立由县长任组长的领导小组，领导小组负责。",
                 "宣传。（责任单位：县委宣传部）")
    for key in ("一.一", "一.二", "一.三"):
        lead, resp = got[key]
        assert not any(n.startswith(("向", "成立")) or "负总责" in n or "向县" in n for n in lead + resp), key


# 11. the comma clause in nearby wordings: a time clause after the units, 由 before them, a title line
def test_comma_clause_with_a_time_after_or_by_before():
    got = _units("整治河道。清淤河道20公里，县水利局负责，年底前完成。",
                 "整治河道。清淤河道20公里，由县水利局负责。",
                 "整治河道。清淤河道20公里，县水利局牵头，各乡镇配合，2024年底前完成。",
                 "修缮校舍。改造校舍5所，由区教育局负责，8月底前完成。")
    assert got["一.一"] == ([], ["县水利局"])
    assert got["一.二"] == ([], ["县水利局"])
    assert got["一.三"] == (["县水利局"], ["各乡镇"])
    assert got["一.四"] == ([], ["区教育局"])


def test_comma_clause_after_a_title_line():
    text = ("某县2024年重点工作方案\n一、重点任务\n（一）任务甲\n　　县水利局负责，新建堤防5公里。\n"
            "（二）修缮校舍\n区教育局牵头，区财政局配合，改造校舍5所。\n")
    got = {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}
    assert got["一.一"] == (["县水利局"], [])
    assert got["一.二"] == (["区教育局"], ["区财政局"])
