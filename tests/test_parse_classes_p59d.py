"""Round 59 (p59d): the structure of a page opening — where its tasks start and what the page's title is.

- A later page that opens on a short tail of item N-1 「…的落实。」 and goes on 「6、…」…「10、…」 to the next
  section's heading 「二、…」: the run is the first section's items (its heading on the page before), tasks with paths
  as printed (``page_openings.runs_into_section``). Not a run that stops before a heading numbered 一、, nor one
  under a lead-in line that ends in a colon.
- A bare heading line 「1、整治镇容镇貌」 over （1）–（4） and one units line after （4）: each （N） line is a task
  with the units (Round 77 governs on x303_05; ``task_choice._unfold``). A sentence heading 「1、完善设施，具体包括：」
  keeps them.
- A page's only title line above the cover's addressees, the cover quoting another name 「现将《X》印发给…」: the line
  printed is the title (Round 77 on x303_02; ``printed_titles.title_above_cover``); a notice's title line stays the
  cover's.
- A document site's description line 「文档介绍:…方案」 with the piece's name alone: its title
  (``collection_pieces``).
- A preamble's 「决定自5月24日起开展为期100天的…行动」: the campaign ends on its hundredth day, dating items with no
  date of their own, in the year the text writes before it (Round 77 on x303_04; ``counted_dates.days_deadline``).
"""

from __future__ import annotations

from desktop.core.parse import parse_text

_PAGE2 = """做好经费保障的落实。
6、加强道路维护。对辖区破损道路实施修补,改善居民出行环境。
7、加强市场秩序整治。依法取缔占道经营,确保市场有序。
8、做好投诉受理工作。建立受理机制,全年受理率达100%,办结率达90%以上。
二、 主要工作措施
1、加强领导,形成合力
街道把城市管理工作列入目标管理之中,同考核,同管理
"""


def test_second_page_run_before_the_next_section_is_tasks() -> None:
    plan = parse_text(_PAGE2)
    assert [t.key for t in plan.tasks] == ["6", "7", "8", "二.1"]
    eight = plan.tasks[2]
    assert [(t.value, t.unit) for t in eight.targets] == [(100.0, "%"), (90.0, "%")]
    assert all(not t.lead_units and not t.responsible_units and t.deadline is None for t in plan.tasks)


def test_run_under_a_colon_lead_in_is_no_cut_page() -> None:
    # the preamble ends in a colon: a lead-in of the list, not the tail of an item cut by a page
    plan = parse_text(_PAGE2.replace("做好经费保障的落实。", "现将有关事项通知如下:"))
    assert "6" not in [t.key for t in plan.tasks]


def test_run_into_section_one_is_no_cut_page() -> None:
    # the run stops before 一、: the text's own first section follows, no section before it was cut
    plan = parse_text(_PAGE2.replace("二、 主要工作措施", "一、 主要工作措施"))
    assert "6" not in [t.key for t in plan.tasks]


_LABELLED = """某镇创建文明城市实施方案
为做好创建工作,结合本镇实际,特制定本实施方案。
一、工作任务
(一)突出整治,夯实基础
1、整治村容村貌
(1)垃圾定点投放,垃圾桶完好、整洁,清运及时。
(2)河道有效治理,无漂浮物。
(3)定期开展集中整治,重点对集市、公共厕所等场所进行治理。
(责任部门:镇环境办、镇城建办完成时限:2023年12月31日)
2、提升乡风文明
开展文明家庭评选活动。(责任部门:镇宣传办)
"""


def test_labelled_lines_under_a_bare_heading_are_tasks() -> None:
    plan = parse_text(_LABELLED)
    keys = [t.key for t in plan.tasks]
    assert keys == ["一.一.1.1", "一.一.1.2", "一.一.1.3", "一.一.2"]
    for task in plan.tasks[:3]:
        assert task.responsible_units == ["镇环境办", "镇城建办"]
        assert task.lead_units == []
        assert task.deadline == "2023-12-31"
    assert plan.tasks[3].responsible_units == ["镇宣传办"]


def test_sentence_heading_keeps_its_parts() -> None:
    text = _LABELLED.replace("1、整治村容村貌", "1、完善设施,具体包括:")
    keys = [t.key for t in parse_text(text).tasks]
    assert "一.一.1" in keys and "一.一.1.1" not in keys


_COVER = """登录 | 注册
某乡镇清明节期间森林防火实施方案
字数:1085 字
各村(居)委会、驻镇各单位:
  为强化森林防火措施,现将《某镇森林防火工作方案》印发给你们,请认真贯彻落实。
  一、工作重点
  (一)加强巡查。各村(居)要加大巡查力度,全面禁止野外用火。
  (二)加强宣传。镇林业站组织开展防火宣传。
"""


def test_title_line_above_the_cover_over_the_quoted_name() -> None:
    assert parse_text(_COVER).title == "某乡镇清明节期间森林防火实施方案"


def test_notice_title_stays_the_covers() -> None:
    text = _COVER.replace("某乡镇清明节期间森林防火实施方案", "关于印发某镇森林防火工作方案的通知")
    assert parse_text(text).title == "某镇森林防火工作方案"


def test_description_line_names_the_piece() -> None:
    text = """文档介绍:某镇创建文明城市包保工作方案
   为深化创建工作,特制定本方案。
  一、工作重点 持续提高群众素质。开展文明宣传活动,开展规范守则教育实践活动。
  二、环境整治 督促各村落实门前责任制,集中整治乱扔垃圾等问题。
"""
    assert parse_text(text).title == "某镇创建文明城市包保工作方案"


_CAMPAIGN = """某镇环境整治百日行动方案
2024-05-16
2022年是全面提升人居环境的关键一年。经镇党委研究同意,决定自5月24日起开展为期100天的环境整治行动,制定如下方案:
一、行动目标
围绕建设美丽乡村,开展环境整治行动,全面提升镇容镇貌。
二、行动重点
对达标项目要巩固成果,对未达标项目要抓实做细,全力达标。
三、行动要求
各村要加强自查,及时整改发现的问题。
"""


def test_start_with_days_dates_the_campaign() -> None:
    plan = parse_text(_CAMPAIGN)
    assert [(t.key, t.deadline) for t in plan.tasks] == [
        ("一", "2022-08-31"), ("二", "2022-08-31"), ("三", "2022-08-31")]


def test_start_without_length_dates_nothing() -> None:
    plan = parse_text(_CAMPAIGN.replace("开展为期100天的", "开展"))
    assert [t.deadline for t in plan.tasks][:2] == [None, None]


# - A section headed 「X机构及职责」 whose text opens by setting up the plan's body 「成立…指挥部。指挥部下设…
#   等N个工作组」: the heading's kind of body and the members of the groups set up are no units, a standing office
#   given duties there by 承担 and a rule-2 verb is (Round 77 on x303_03 三; ``unit_headings.set_up_doers``); the
#   groups counted are its composition, no target (``target_filters.MADE_OF_BEFORE``).
_SET_UP = """某街道应对疫情应急预案
为做好疫情防控工作,制定本预案。
一、基本原则
坚持常态化精准防控与局部应急处置相结合,统一指挥、分级负责,一旦发生疫情,科学有序实施管控应对,最大限度防止疫情扩散蔓延。
二、适用范围
本预案适用于本街道辖区内的疫情防控工作。
三、应急指挥机构及职责
成立街道疫情防控指挥部,承担应急指挥调度工作。指挥部下设综合组、防控组、保障组等6个工作组,必要时根据处置需要增加相应工作专班。各组成员单位按照职责规定切实履职,积极参与会商,主动加强沟通,密切配合,形成合力。街道综合办承担指挥部办公室职责,组织研判疫情防控风险,研究制定应急预案。
四、应急准备
(一)物资准备。一旦发生疫情,及时调配口罩、消毒液等防控物资。
"""


def test_set_up_section_names_the_standing_office_only() -> None:
    plan = parse_text(_SET_UP)
    two = next(t for t in plan.tasks if t.key == "三")
    assert two.responsible_units == ["街道综合办"]
    assert two.lead_units == []
    assert two.targets == []


def test_duty_heading_that_sets_nothing_up_keeps_its_bodies() -> None:
    text = _SET_UP.replace("成立街道疫情防控指挥部,承担应急指挥调度工作。", "街道疫情防控指挥部承担应急指挥调度工作。")
    two = next(t for t in parse_text(text).tasks if t.key == "三")
    assert "各组成员单位" in two.responsible_units


def test_groups_a_body_is_set_up_with_are_no_target_but_groups_to_form_are() -> None:
    text = _SET_UP.replace("各组成员单位按照职责规定切实履职,积极参与会商,主动加强沟通,密切配合,形成合力。",
                           "各社区要组建6个志愿服务小分队,开展入户排查。")
    two = next(t for t in parse_text(text).tasks if t.key == "三")
    assert [(t.value, t.unit) for t in two.targets] == [(6.0, "个")]


# - 「并及时将有关情况上镇防汛应急指挥部」: a page's 上 for 上报 before the receiving body is a sending, an undated duty
#   (README's x303_08; ``account_reports._UP_TO_BODY``); 「将宣传标语上墙」 sends nothing.
_FLOOD = """某村防汛应急预案
一、工作原则
以防为主,防抢结合。
二、防汛办主要职责
1、执行镇防汛指挥部下达的命令,组织实施避险转移,并及时将有关情况{verb}。
2、汛情信息。村防汛领导小组应及时预警,通知有关区域做好相关准备。
"""


def test_up_to_a_body_is_a_sending() -> None:
    duties = parse_text(_FLOOD.format(verb="上镇防汛应急指挥部")).duties
    assert len(duties) == 1 and "上镇防汛应急指挥部" in duties[0].text and duties[0].due is None


def test_up_onto_a_wall_is_no_sending() -> None:
    assert parse_text(_FLOOD.format(verb="上墙公示")).duties == []


# - 「要求镇林业站组织所有护林员,…,开展…宣传攻势」: 要求A＋verb is the request form, read as 请A (round 30; Round 77 on
#   x303_01 一); 「要求严格落实…」 names no body.
_ASKED = """某镇禁烧秸秆实施方案
各村(社区):
为有效遏制野外用火,出台以下实施方案。
一、加强领导,搞好宣传
镇政府成立禁烧领导组,全面负责督查禁烧工作。{asked}
二、明确责任,细化分工
对照职责要求和任务清单,逐村落实责任。
"""


def test_request_form_names_the_body_asked() -> None:
    plan = parse_text(_ASKED.format(asked="要求镇农技站组织所有农技员,以农户为单位,在各自片区深入村组,开展宣传。"))
    one = plan.tasks[0]
    assert one.key == "一" and one.responsible_units == ["镇农技站"] and one.lead_units == []


def test_request_without_a_body_names_none() -> None:
    plan = parse_text(_ASKED.format(asked="要求严格落实禁烧措施,做到家喻户晓。"))
    assert [(t.key, t.responsible_units) for t in plan.tasks] == [("一", []), ("二", [])]


# - 「二、实施范围全镇主要河道和沟塘。」: a scope point run into its text says where the plan runs, no task, as 整治范围
#   (rounds 60, 66; Round 74's x298_02); 「实施范围和重点」 may hold work.
_SCOPE = """某镇河道整治实施方案
为改善全镇河道生态环境,结合我镇实际,特制定本实施方案。
一、清理河道垃圾。组织保洁人员对河道垃圾进行全面清理,做到日产日清。
二、{scope}
三、拆除违章建筑。对沿河违章建筑进行全面排查,依法拆除。
"""


def test_run_in_scope_point_is_no_task() -> None:
    plan = parse_text(_SCOPE.format(scope="实施范围全镇主要河道和沟塘。"))
    assert [t.key for t in plan.tasks] == ["一", "三"]


def test_scope_and_focus_point_stays() -> None:
    plan = parse_text(_SCOPE.format(scope="实施范围和重点对全镇主要河道和沟塘开展集中整治,做到水清岸绿。"))
    assert [t.key for t in plan.tasks] == ["一", "二", "三"]
