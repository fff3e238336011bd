"""Round 53 second wave (w53c): units in page openings and item headings.

* a heading 「（七）X部门职责、任务」 over numbered duties names X for them, as 「X职责任务」 does (a 、/和 between
  the duty words); a duty under it that opens with a doer of its own verb keeps it (「项目法人对…负总责」);
* a childless item headed 「1. 领导小组职责」 over its own duties 「负责…」 names that body, as an article's
  「（X职责）」 does — not an item that composes the body (「组长由…担任」), and not a person's duties (「组长职责」);
* a 「…补充责任单位：A」 label adds A beside the item's own doers (Round 62 rulings, Units, x266_07 二), where a plain
  label decides alone.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

TITLE = "某县校园周边环境整治工作方案\n"


def _tasks(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_a_duty_heading_with_duty_words_joined_names_its_body() -> None:
    text = TITLE + ("（五）文化部门职责、任务\n1.加强对学校周边网吧的监督管理，依法查处违规经营。\n"
                    "2.组织开展校园文化活动，丰富学生课余生活。\n"
                    "（六）卫生部门职责和任务\n1.加强对学校食堂的卫生监督。\n2.依法对食堂从业人员进行定期体检。\n")
    tasks = _tasks(text)
    assert tasks["五/1"][1] == ["文化部门"]
    assert tasks["六/2"][1] == ["卫生部门"]


def test_a_duty_under_a_holder_opening_with_its_own_doer_keeps_it() -> None:
    text = TITLE + ("（一）区住建局职责\n1.区住建局负责全区工程建设的监督管理。\n"
                    "（二）建设单位职责与任务\n1.建设单位应当严格执行基本建设程序。\n"
                    "2.项目法人对项目建设负总责，全面负责项目前期、质量安全等工作。\n")
    tasks = _tasks(text)
    assert tasks["二/2"][1] == ["项目法人"]
    assert tasks["二/1"][1] == ["建设单位"]        # (near miss: the holder's own duty stays the holder's)


def test_a_duty_heading_joined_to_another_noun_is_no_holder() -> None:
    # (near miss: 「职责、分工」 is not 「职责、任务」 — the words of a division, no body's duties)
    text = TITLE + "二、工作要求\n（一）部门职责、分工\n1.加强学校周边治安巡逻。\n2.开展校园安全检查。\n"
    tasks = _tasks(text)
    assert all(not lead and not resp for lead, resp in tasks.values())


def test_a_childless_item_headed_by_a_bodys_duties_names_it() -> None:
    text = ("某镇防溺水工作方案\n一、组织机构\n成立防溺水工作领导小组，由镇长任组长。\n二、主要职责\n"
            "1. 领导小组职责\n负责制定防溺水工作计划，组织开展防溺水宣传教育活动，协调解决工作中存在的问题。\n"
            "2. 组长职责\n组长是防溺水工作的第一责任人，全面负责防溺水工作的部署。\n"
            "3. 镇水利站职责\n负责对重点水域进行巡查和警示设置。\n")
    tasks = _tasks(text)
    assert tasks["二/1"][1] == ["领导小组"]
    assert tasks["二/3"][1] == ["镇水利站"]
    assert tasks.get("二/2", ([], []))[1] == []     # (near miss: a person's duties name no unit)


def test_an_item_that_composes_its_body_is_not_headed_by_it() -> None:
    # (near miss: the item names the group's head and members — it sets the group up, round 35; no unit by its heading)
    text = ("某镇防溺水工作方案\n一、主要职责\n1. 领导小组职责\n领导小组组长由镇长担任，成员包括各站所负责人。\n"
            "负责统筹全镇防溺水工作。\n2. 镇水利站职责\n负责对重点水域进行巡查。\n")
    tasks = _tasks(text)
    assert "领导小组" not in tasks.get("一/1", ([], []))[1]
    assert tasks["一/2"][1] == ["镇水利站"]


def test_an_added_units_label_stands_beside_the_items_own_doers() -> None:
    text = ("某县关于开展植树活动的补充通知\n县直各单位:\n"
            "一、城东绿化点补充责任单位:县财政局。该绿化点由县住建局牵头组织责任单位于3月10日前挖好树坑。\n"
            "二、城西绿化点由县林业局牵头组织各责任单位开展植树。\n")
    tasks = _tasks(text)
    lead, resp = tasks["一"]
    assert lead == ["县住建局"] and "县财政局" in resp      # (the lead stays; the added body beside it)
    assert "县财政局" not in tasks["二"][1]         # (the added body is the one item's only)


def test_a_plain_units_label_is_not_added_to() -> None:
    # (near miss: a plain 责任单位 label decides the units alone, round 59's x260_07 — no 补充 in it)
    text = ("某县关于开展植树活动的通知\n一、城东绿化点\n责任单位:县财政局。该绿化点由县住建局牵头组织挖好树坑。\n"
            "二、城西绿化点\n责任单位:县林业局。开展植树活动。\n")
    tasks = _tasks(text)
    assert tasks["一"][1] == ["县财政局"]


def test_a_members_label_beside_a_lead_label_gives_the_items_units() -> None:
    text = ("某区城市环境整治方案\n一、目标任务\n（一）重点地区市容整治\n牵头单位:区建委\n"
            "成员单位:区执法局、区园林局、区交警大队和各街道办事处\n"
            "1.拆除区域内违章建筑。\n2.加强市场周边管理。\n"
            "（二）主干道整治\n牵头单位:区市政局\n成员单位:区水务局、区环卫局\n1.整修破损道路。\n")
    tasks = _tasks(text)
    lead, resp = tasks["一/(一)/1"] if "一/(一)/1" in tasks else tasks["一/一/1"]
    assert lead == ["区建委"]
    assert {"区执法局", "区园林局", "区交警大队", "各街道办事处"} <= set(resp)


def test_a_members_label_alone_is_a_roster() -> None:
    # (near miss: 「成员单位：」 with no lead's label beside it lists a group's members, no item's units — rule 3)
    text = ("某镇防汛工作方案\n一、组织机构\n成立镇防汛工作领导小组。\n组长:张三\n成员单位:镇水利站、镇派出所\n"
            "二、工作措施\n（一）镇水利站负责巡查河道。\n（二）镇派出所负责维护秩序。\n")
    tasks = _tasks(text)
    assert not any("镇派出所" in resp for key, (_lead, resp) in tasks.items() if key.startswith("一"))


def test_a_field_and_inside_one_name_stays_whole_in_a_label() -> None:
    # (near miss: 和 of a department's field 「县工业和信息化局」, and a head two bodies share 「高新区党工委和管委会」)
    text = ("某县工作方案\n一、推进企业技改\n牵头单位:县发改委\n责任单位:县工业和信息化局、高新区党工委和管委会\n"
            "二、推进项目建设\n牵头单位:县住建局\n责任单位:县财政局\n")
    tasks = _tasks(text)
    assert "县工业和信息化局" in tasks["一"][1]
    assert "高新区党工委和管委会" in tasks["一"][1]
