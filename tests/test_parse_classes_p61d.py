"""Round 61 (p61d): township, street and community pages — titles, set-up points, run-on items, lead-ins, stages.

- A page's metadata row 「文号 | 浏览量 | 0 |」 is chrome, and the issuer's name alone on its line right above the
  notice's title line is its letterhead: the title is the notice's line (Round 83's x314_04, Round 78's p58e-1). A
  compilation's heading with its count run into the first piece's name and its mark 「…方案8篇…方案篇1为配合…」 gives
  the piece's name, less its mark (Round 83 on x314_11; Round 81's x308_01).
- A childless 组织机构／组织领导 point that sets a group up and gives the group (or its office) work 「…下设办公室…，
  负责统筹协调、督导检查…」 is a task naming no unit: where it is the page's only work beside its aims, cut or not
  (Round 77's x300_05 二; Round 83 on x314_01 二), and where it also tells the lower bodies to set up their own groups
  and charges them 「各村要成立相应的…领导小组,负责…」 (Round 83 on x314_03 三, governing). A point that only sets the
  group up and fills its posts stays a section (round 35; round 57's x255_03 三).
- A numbered line 「1、…:组长:成员:2、明确职责,…」 whose next numbers run on after a stop or a colon holds items of its
  own: each is an item as if printed at a line's start (round 34; Round 83's x314_11 二/(一)), and so are numbers
  running from 1 after 「具体做法:」 inside a paragraph (Round 83 turned x314_11 二/(二)). A 「2、」 inside a sentence
  with no stop before it, and a list of things after a colon, stay text.
- A lead-in 「…工作由A领导小组统一安排,…,具体职责分工如下:」 over a division of duties is about others' work and
  gives its group to no item, in traditional characters too (round 44; Round 83 turned x314_05 二/1, 4, 5).
- 「A要…组织X、Y及群众深入…,开展…」: 组织 taking persons who go into the places of the work names A (rule 2's 组织＋
  work; Round 83 confirmed x314_08 (3)), after opening 在…下／根据… clauses too.
- Stages under a lead-in that counts them, the page cut under the last one's heading
  「第二阶段 宣传发动阶段(6月-7月)。」 where a stage before it has its work written under it: a task as its sibling
  is, dated by its span's end (Round 83's x314_09 answers); stages that are each a name and a time alone stay phases
  (round 33).
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def _task(text: str, number: str):  # type: ignore[no-untyped-def]
    return next(t for t in parse_text(text).tasks if "/".join([*t.path, t.number]) == number)


_TABLE_PAGE = """索引号 | 0123-x-45/2019-0101 | 发布机构 | 某县某某乡 |
公开目录 | 法定主动公开内容 | 发布日期 | 2019-03-02 |
文号 | 浏览量 | 12 |
某政发〔2019〕8号
某某乡人民政府
某某乡2019年防溺水宣传方案的通知
为切实做好防溺水宣传工作，特制定本方案。
一、指导思想
以…为指导，全面做好防溺水宣传教育工作。
"""


def test_metadata_row_and_letterhead_are_no_title() -> None:
    assert parse_text(_TABLE_PAGE).title == "某某乡2019年防溺水宣传方案的通知"


def test_issuer_line_without_title_below_is_kept() -> None:
    # near miss: no title line under the issuer's name — the table row is still no title, the issuer is not skipped
    text = _TABLE_PAGE.replace("某某乡2019年防溺水宣传方案的通知\n", "")
    assert parse_text(text).title != "文号 | 浏览量 | 12"


_SET_UP = """某某镇冬季安全生产检查工作方案
一、工作目标
通过开展检查，实现“事故起数同比下降20%以上”的工作目标。
二、组织机构
成立镇冬季安全生产检查工作专班，由镇长任组长，分管副镇长任副组长，镇安监岗、镇规建岗、派出所及各村（社区）主要负责人为成员。工作专班下设办公室于镇安监岗，负责统筹协调、督导检查、信息汇总等日常"""


def test_set_up_point_giving_the_office_work_is_a_task() -> None:
    plan = parse_text(_SET_UP)
    assert _numbers(_SET_UP) == ["二"]
    task = plan.tasks[0]
    assert task.lead_units == [] and task.responsible_units == [] and task.deadline is None


def test_set_up_point_filling_posts_only_is_no_task() -> None:
    text = _SET_UP.replace("工作专班下设办公室于镇安监岗，负责统筹协调、督导检查、信息汇总等日常", "")
    assert _numbers(text) == []


_GROUPS = """某镇2023年秋季禁毒宣传工作方案
一、时间安排
2023年9月1日-2023年11月30日。
二、组织领导
为加强对秋季禁毒宣传工作的领导，成立镇秋季禁毒宣传工作领导小组，由镇长*任组长，副书记*任副组长。领导小组下设办公室，办公室设在镇禁毒办，负责全镇禁毒宣传工作的组织、协调和督导。各村要成立相应的工作小组，负责本村具体工作的组织开展。
三、工作措施
（一）广泛开展宣传。各村要充分利用广播、宣传单等载体，广泛开展禁毒宣传，落实举报奖励制度。
"""


def test_set_up_point_beside_work_is_a_task_naming_none() -> None:
    assert _numbers(_GROUPS) == ["二", "三/一"]
    task = _task(_GROUPS, "二")
    assert task.responsible_units == [] and task.lead_units == []
    assert str(task.deadline) == "2023-11-30"
    assert _task(_GROUPS, "三/一").responsible_units == ["各村"]


_RUN_ON = """某村环境卫生整治实施方案
一、主要措施
（一）加强领导，明确职责。
1、为加强该项工作的领导，成立某某村环境卫生整治领导小组:组长:成员:保洁员:2、明确职责,某某村环境卫生整治领导小组组长负责统筹管理全村环境卫生工作。
（二）加强宣传，提高认识。
在全村内掀起环境卫生整治的风潮，提高村民爱护家园的意识。
"""


def test_numbers_run_on_after_a_colon_are_items() -> None:
    numbers = _numbers(_RUN_ON)
    assert "一/一/1" in numbers and "一/一/2" in numbers
    assert _task(_RUN_ON, "一/一/2").title.startswith("明确职责")


def test_number_inside_a_sentence_is_text() -> None:
    text = _RUN_ON.replace("保洁员:2、明确职责,", "保洁员，每月2、3次检查，")
    numbers = _numbers(text)
    assert "一/一/2" not in numbers


_DIVISION = """社區防汛應急預案
一、組織領導
社區防汛防旱領導小組。
二、職責分工
防汛防臺工作由社區防汛防旱領導小組統一安排,實行分級分村負責,具體職責分工如下:
1、防汛防臺工作由社區主任負總責。
2、社區各工作人員按照各自職責做好防汛防臺工作,并相互配合,全力協作。
3、社區物業部負責做好轄區范圍內的排水工作。
"""


def test_group_over_a_division_of_duties_gives_nothing() -> None:
    assert _task(_DIVISION, "二/1").responsible_units == []
    assert _task(_DIVISION, "二/2").responsible_units == []
    assert _task(_DIVISION, "二/3").responsible_units == ["社區物業部"]


def test_group_giving_the_work_itself_still_gives_it() -> None:
    # near miss: a lead-in whose group does the items' work 「由A负责组织，…」 still gives it (rule 4)
    text = _DIVISION.replace("防汛防臺工作由社區防汛防旱領導小組統一安排,實行分級分村負責,具體職責分工如下:",
                             "由社區防汛防旱領導小組負責組織實施,具體工作如下:")
    assert _task(text, "二/2").responsible_units == ["社區防汛防旱領導小組"]


_STAGES = """某乡2019年征兵工作实施方案
一、实施步骤
2019年征兵工作分五个阶段实施。
第一阶段 兵役登记阶段(2月-6月)。
对辖区户籍人口年满18周岁的适龄青年开展兵役登记工作。
第二阶段 宣传发动阶段(6月-7月)。"""


def test_stage_cut_under_its_heading_is_a_task_as_its_sibling() -> None:
    plan = parse_text(_STAGES)
    assert _numbers(_STAGES) == ["一/第一阶段", "一/第二阶段"]
    assert str(_task(_STAGES, "一/第二阶段").deadline) == "2019-07-31"
    assert [(p.start, p.end) for p in plan.phases] == [("2019-02", "2019-06"), ("2019-06", "2019-07")]


def test_stages_each_its_name_and_time_alone_stay_phases() -> None:
    # near miss: no stage has its work under it — a list of phases, no tasks (round 33)
    head = "某乡2019年征兵工作实施方案\n"
    text = _STAGES.replace("对辖区户籍人口年满18周岁的适龄青年开展兵役登记工作。\n", "").replace(
        head, head + "一、工作要求\n（一）各村要组织开展征兵宣传。\n").replace("一、实施步骤", "二、实施步骤")
    assert _numbers(text) == ["一/一"]


_ORGANISED = """某镇禁种铲毒专项行动方案
一、工作措施
（一）摸底排查。各村要在镇党委政府的统一领导下，根据本辖区实际情况，适时组织村干部、护林员及群众深入田间地头，开展拉网式检查铲除行动。
（二）加强宣传。各村要在镇党委政府的统一领导下，根据本辖区实际情况，深入田间地头，开展宣传。
"""


def test_organising_persons_who_go_into_places_names_the_subject() -> None:
    assert _task(_ORGANISED, "一/一").responsible_units == ["各村"]
    # near miss: 深入 as the subject's own going, no 组织 — 开展 alone names no doer (round 30)
    assert _task(_ORGANISED, "一/二").responsible_units == []


_PIECE = """某县农村环境卫生整治工作实施方案
乡镇人居环境整治工作方案6篇

乡镇人居环境整治工作方案6篇乡镇人居环境整治工作方案篇1为配合我乡环境卫生整治工作的顺利进行，特制定本方案。
一、指导思想
以“村容整洁”为目标，改善农村人居环境。
"""


def test_run_in_piece_name_is_the_title() -> None:
    assert parse_text(_PIECE).title == "乡镇人居环境整治工作方案"
    # near miss: no piece mark after the name — the run-in is no piece's title
    assert parse_text(_PIECE.replace("工作方案篇1为配合", "工作方案，为配合")).title != "乡镇人居环境整治工作方案"


_WAYS = """某村环境卫生整治实施方案
一、主要措施
（一）加强宣传，提高思想认识。
在全村内掀起环境卫生整治的风潮，提高村民爱护家园的意识。
具体做法:1、在村委会宣传栏张贴环境卫生整治倡议书;2、通过村委会广播有关环境卫生方面的知识;3、组织村委会成员到先进村参观学习。
（二）清理死角，治理环境。
全面清理村内积存垃圾。
"""


def test_ways_numbered_in_one_line_are_items() -> None:
    # Round 83 turned x314_11 二/(二): numbers running from 1 inside a paragraph after 「具体做法:」 are items
    # (round 34)
    assert _numbers(_WAYS) == ["一/一/1", "一/一/2", "一/一/3", "一/二"]


def test_things_listed_after_a_colon_are_text() -> None:
    # near miss: a list of things 「宣传材料包括:1、…;2、…」 is the paragraph's own list (no lead-in of work)
    ways = _WAYS.split("\n")[4]
    text = _WAYS.replace(ways, "宣传材料包括:1、环境卫生整治倡议书;2、环境卫生知识手册;3、宣传挂图。")
    assert _numbers(text) == ["一/一", "一/二"]
