"""Review rv59 of round 59's parser rules: near misses that test each new rule at its own edge (the near misses the
branches wrote stop at an older check before they reach the new one).

- ``task_choice._bare_heading``: the （N） lines under a heading of a few words are its tasks; a long heading line
  with no text of its own is a line of work, its parts kept under it.
- ``task_choice._dividing_section``: a work heading naming 职责 over one paragraph whose sentences give two bodies
  their parts is a task; over one sentence giving one body its part, none (one 「A负责」 divides nothing).
- ``collection_pieces._NAMED``: a description line that ends in its plan word names the piece; one with a mark after
  the plan word 「…方案二」 names none.
- ``target_filters.MADE_OF_BEFORE`` / ``MADE_OF_AFTER``: groups a body is set up with 「下设…等6个工作组」 are its
  composition; groups the work forms 「各社区要组建6个工作组」 are an aim.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

_LABELLED = """某镇创建文明城市实施方案
为做好创建工作,结合本镇实际,特制定本实施方案。
一、工作任务
(一)突出整治,夯实基础
1、{heading}
(1)垃圾定点投放,垃圾桶完好、整洁,清运及时。
(2)河道有效治理,无漂浮物。
(3)定期开展集中整治,重点对集市、公共厕所等场所进行治理。
(责任部门:镇环境办、镇城建办完成时限:2023年12月31日)
2、提升乡风文明
开展文明家庭评选活动。(责任部门:镇宣传办)
"""


def test_parts_under_a_short_heading_are_tasks_under_a_long_line_not() -> None:
    keys = [t.key for t in parse_text(_LABELLED.format(heading="整治村容村貌")).tasks]
    assert keys == ["一.一.1.1", "一.一.1.2", "一.一.1.3", "一.一.2"]
    # (near miss: a line of more than a few words with no stop is a line of work of its own, its parts its text)
    long_line = "整治村容村貌和集镇环境卫生及农村人居环境的全面提升行动"
    keys = [t.key for t in parse_text(_LABELLED.format(heading=long_line)).tasks]
    assert keys == ["一.一.1", "一.一.2"]


_NOTICE = """某市关于贯彻落实《服务规定》的通知
各区文旅局，市文物局：
现将有关事项通知如下：
一、提高认识，加强学习宣传
各单位要高度重视，认真组织服务企业学习《规定》。
二、明确职责，加强市区联动
{body}
三、健全制度，加强指导监督
市、区文旅管理部门督促指导企业建立健全服务制度。
四、注重管理，加强机制建设
（一）强化检查督查。市、区文旅管理部门要加强企业服务检查。
（二）实施年度考核。各区文旅局应在每年12月25日前，向市文旅局书面报告该年度工作情况。
"""


def test_one_sentence_giving_one_body_its_part_divides_nothing() -> None:
    two = "市文旅局负责实施市级演出企业的监督管理工作。市文物局负责实施市级博物馆的监督管理工作。"
    assert [t.key for t in parse_text(_NOTICE.format(body=two)).tasks] == ["一", "二", "三", "四.一", "四.二"]
    one = "市文旅局负责实施市级演出企业的监督管理工作，指导各区开展检查。"
    assert [t.key for t in parse_text(_NOTICE.format(body=one)).tasks] == ["一", "三", "四.一", "四.二"]


_PIECE = """文档介绍:某镇创建文明城市包保工作方案{mark}
   为深化创建工作,特制定本方案。
  一、工作重点 持续提高群众素质。开展文明宣传活动,开展规范守则教育实践活动。
  二、环境整治 督促各村落实门前责任制,集中整治乱扔垃圾等问题。
"""


def test_a_description_line_with_a_mark_after_its_plan_word_names_no_piece() -> None:
    assert parse_text(_PIECE.format(mark="")).title == "某镇创建文明城市包保工作方案"
    assert parse_text(_PIECE.format(mark="二")).title == ""


_SET_UP = """某街道应对疫情应急预案
为做好疫情防控工作,制定本预案。
一、基本原则
坚持常态化精准防控与局部应急处置相结合,统一指挥、分级负责,科学有序实施管控应对。
二、适用范围
本预案适用于本街道辖区内的疫情防控工作。
三、应急指挥机构及职责
成立街道疫情防控指挥部,承担应急指挥调度工作。指挥部下设综合组、防控组、保障组等6个工作组。{more}街道综合办承担指挥部办公室职责,组织研判疫情防控风险,研究制定应急预案。
"""


def test_working_groups_a_body_is_set_up_with_are_no_target_groups_to_form_are() -> None:
    three = next(t for t in parse_text(_SET_UP.format(more="")).tasks if t.key == "三")
    assert three.targets == []
    more = "各社区要组建8个工作组,开展入户排查。"
    three = next(t for t in parse_text(_SET_UP.format(more=more)).tasks if t.key == "三")
    assert [(t.value, t.unit) for t in three.targets] == [(8.0, "个")]


_RULES = """上海市某类设备管理办法
第一条 目的
为加强某类设备管理，制定本办法。
第二条 管理职责
市某某办公室负责本市某类设备的管理。
第三条 监督检查
市某某办公室对某类设备质量开展监督检查。
第四条 {heading}
{text}
第五条 施行日期
本办法自2025年1月1日起施行。
"""


def test_a_reference_article_to_any_fields_rules_is_no_task() -> None:
    # (``closing_clauses._DEFERS``: 「有关X规定执行」 points to other rules whatever the field X, round 34's 参照)
    for text in ("某类设备的消防设计审查和验收，按照国家和本市有关消防管理规定执行。",
                 "某类设备档案的管理，按照本市相关档案规定执行。"):
        tasks = parse_text(_RULES.format(heading="参照执行", text=text)).tasks
        assert [t.number for t in tasks] == ["2", "3"]
    # (near miss: a body doing work by those rules is a task)
    text = "各街道应当加强辖区内某类设备的消防检查，按照本市有关消防规定执行。"
    tasks = parse_text(_RULES.format(heading="消防检查", text=text)).tasks
    assert [t.number for t in tasks] == ["2", "3", "4"]
    assert tasks[-1].responsible_units == ["各街道"]
