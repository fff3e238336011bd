"""Round 57 (p57d): activity pages — which headings are tasks. Every text here is made up.

- A point that only says who hosts the event (「由A主办，B承办」, or 主办／承办／协办单位 lines) is
  plan-level: no task and no item units (CONVENTIONS.md round 48 r48b, round 54), in three forms the
  host-point reader missed: headed 「活动组织」; a host line whose body's own name holds 和
  (「县卫生和计划生育局」); a host clause broken over two lines (「由A主办,B ⏎ 协办,C承办」).
  A point headed so that gives work (负责＋work) stays a task.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tops(text: str) -> list[str]:
    return [t.path[0] if t.path else t.number for t in parse_text(text).tasks]


def _task(text: str, first: str):
    return next(t for t in parse_text(text).tasks if (t.path[0] if t.path else t.number) == first
                or t.number == first)


def _page(hosts: str) -> str:
    return f"""某县第三届乡村文化节活动方案

为丰富群众文化生活，经研究，决定举办第三届乡村文化节。现将有关事项通知如下。
一、活动主题
文化润乡村
二、活动时间
2031年9月~10月
{hosts}
四、活动形式
1.本次活动于9月中旬在城关镇举行开幕式；
2.各镇组成演出小组，开展巡回演出。
五、活动要求
1.所有节目均由县文化馆负责编排。
2.各镇负责提供演出场地和设备。
"""


def test_host_point_headed_organisation_is_no_task() -> None:
    text = _page("三、活动组织\n本次文化节由县委宣传部、县文广旅局主办,各镇文化站承办")
    tops = _tops(text)
    assert "三" not in tops
    assert len(parse_text(text).tasks) == 4
    assert _task(text, "五").responsible_units in (["县文化馆"], ["县文化馆", "各镇"])


def test_host_lines_with_he_inside_a_name_are_no_task() -> None:
    text = _page("三、主办单位:\n县委宣传部、县文明办。\n承办单位:城关镇人民政府。\n"
                 "协办单位:县卫生和计划生育局、县教育局、县文明建设和旅游发展局。")
    assert "三" not in _tops(text)
    assert len(parse_text(text).tasks) == 4


def test_host_clause_broken_over_two_lines_is_no_task() -> None:
    text = _page("三、组织实施\n由县委宣传部、县文广旅局主办,各镇及赞助单位\n协办,县文化馆承办")
    assert "三" not in _tops(text)
    assert len(parse_text(text).tasks) == 4


def test_organisation_point_that_gives_work_stays_a_task() -> None:
    # near miss: headed 活动组织, but its clause gives work to a body (负责＋work): a task with its unit
    text = _page("三、活动组织\n县文化馆负责节目的编排和演员的培训")
    assert "三" in _tops(text)
    assert _task(text, "三").responsible_units == ["县文化馆"]


def test_names_joined_by_he_that_are_no_bodies_stay_a_task() -> None:
    # near miss: 「A和B承办」 where the pieces are no bodies' names: not a host point
    text = _page("三、活动组织\n由县委宣传部主办,节目编排和舞台搭建承办")
    assert "三" in _tops(text)


# - A ceremony's block 「六、启动仪式 1、时间:… 2、地点:… 3、参加人员:… 4、准备:(1)… 5、程序:(1)…」: its
#   preparations and running order are fields of the one event (round 35's field blocks; round 52's
#   programme), so the block is one task, not one task a line. Phases 「1、准备阶段:…」 are no such
#   fields: they stay items.
CEREMONY = """某市文艺演出进社区活动方案

一、活动时间
2031年9月至10月
二、启动仪式
1、时间:9月1日下午2:30
2、地点:城东社区广场
3、参加人员:宣传部、文化局、所在街道等有关领导
4、准备:
(1)舞台搭设
(2)音响设备安装
5、程序:
(1)文化局领导主持
(2)文艺演出
三、活动要求
1、各街道负责安排好演出场地和观众的组织。
2、演出节目内容健康向上。
"""


def test_ceremony_block_with_preparations_and_order_is_one_task() -> None:
    tasks = parse_text(CEREMONY).tasks
    second = [t for t in tasks if (t.path[:1] or [t.number]) == ["二"] or t.number == "二"]
    assert len(second) == 1
    assert second[0].lead_units == [] and second[0].responsible_units == []
    assert len(tasks) == 3


def test_phases_named_preparation_stay_items() -> None:
    text = CEREMONY.replace("4、准备:\n(1)舞台搭设\n(2)音响设备安装\n5、程序:\n(1)文化局领导主持\n(2)文艺演出\n", "") \
        .replace("""二、启动仪式
1、时间:9月1日下午2:30
2、地点:城东社区广场
3、参加人员:宣传部、文化局、所在街道等有关领导
""", """二、工作步骤
1、准备阶段:8月底前,市文化局负责制定演出方案。
2、实施阶段:9月至10月,各街道负责组织演出。
""")
    tasks = parse_text(text).tasks
    second = [t for t in tasks if t.path[:1] == ["二"]]
    assert [t.responsible_units for t in second] == [["市文化局"], ["各街道"]]


# - A 「重点责任:A、B」 line after an item's paragraph is its units label (rule 1: the label decides; responsible in
#   printed order, no lead), over the paragraph's own 「B、A要组织…」; inside a sentence 「明确重点责任:」 it is none.
def _street(label_line: str) -> str:
    return f"""某街道端午节活动方案

为弘扬传统文化，街道将组织开展“我们的节日·端午”主题活动。
一、活动主题
传承文明，欢度端午。
二、活动内容
(一)开展民俗文化活动。组织居民包粽子、制香囊。社区、文化站要组织编排文艺节目在广场演出。
{label_line}
(二)开展经典诵读活动。在节日期间,组织市民诵读诗歌。
"""


def test_key_duty_line_labels_the_item() -> None:
    tasks = parse_text(_street("重点责任:文化站、各社区")).tasks
    first = next(t for t in tasks if t.title.startswith("开展民俗文化活动"))
    assert first.lead_units == []
    assert first.responsible_units == ["文化站", "各社区"]
    assert len(tasks) == 2


def test_key_duty_inside_a_sentence_is_no_label() -> None:
    tasks = parse_text(_street("要明确重点责任:做好场地保障和安全工作。")).tasks
    first = next(t for t in tasks if t.title.startswith("开展民俗文化活动"))
    assert "做好场地保障和安全工作" not in first.responsible_units
    assert all("重点责任" not in u for u in first.responsible_units)


# - 「五、主办、支持、承办单位⏎主办单位:A⏎B⏎支持单位:C⏎承办单位:D⏎某村」 under the plan's own numbered
#   heading are the plan's host fields (no site footer: the text goes on to 「六、责任分工」), a plan-level
#   point (no task), a village among the hosts included; the 责任分工 section of 「A:负责…;」 paragraphs
#   after them is one task naming every body in order (rounds 32, 54).
# - A 活动内容 section whose first line is the opening ceremony and whose other lines are short lines of one show or
#   service is the running order of one event: one task of fields (round 52's x238_03). Activities each given by a
#   sentence of work stay items (round 51's x168_05).
def _square(content: str) -> str:
    return f"""“欢度端午”文化广场活动方案

经研究，将于6月12日举办“欢度端午”文化广场活动。

一、活动时间

2031年6月12日9:00-11:00

二、活动地点

城关镇文化广场

三、活动内容

{content}

四、主办、支持、承办单位

主办单位:某县文化旅游局

城关镇人民政府

支持单位:某县中医药学会

承办单位:某县文化馆

城关镇新华村

五、责任分工

某县文化旅游局:负责综合协调工作;

城关镇人民政府:负责现场安全保障和组织群众参与活动;

某县文化馆:负责文艺演出的组织工作。
"""


PROGRAMME = """1.启动仪式:

县文化旅游局局长主持;

县领导讲话;

县领导宣布开始。

2.义诊咨询;

3.赠送香囊、发放宣传单等;

4.县文化馆文艺演出;

5.舞龙舞狮表演。"""


def test_host_fields_then_duty_section_and_programme() -> None:
    tasks = parse_text(_square(PROGRAMME)).tasks
    assert [t.number for t in tasks] == ["三", "五"]
    content, duties = tasks
    assert content.lead_units == [] and content.responsible_units == []
    assert content.deadline == "2031-06-12"
    assert duties.lead_units == []
    assert duties.responsible_units == ["某县文化旅游局", "城关镇人民政府", "某县文化馆"]


def test_activities_given_by_sentences_stay_items() -> None:
    activities = """1.组织群众开展包粽子比赛,由城关镇人民政府负责组织报名和场地布置;

2.开展经典诵读活动,由县文化馆负责组织各村文艺骨干参加;

3.开展“送温暖”慰问活动,慰问留守儿童和空巢老人。"""
    tasks = parse_text(_square(activities)).tasks
    content = [t for t in tasks if t.path[:1] == ["三"]]
    assert len(content) == 3
    assert content[0].responsible_units == ["城关镇人民政府"]


def test_ceremony_then_work_sentences_stay_items() -> None:
    # near miss: a ceremony first, but the other lines give work in sentences (longer than a show's line)
    activities = PROGRAMME.replace(
        "2.义诊咨询;", "2.由县卫生健康局负责组织县中医院专家开展义诊咨询,并做好药品和器械的准备工作;")
    tasks = parse_text(_square(activities)).tasks
    content = [t for t in tasks if t.path[:1] == ["三"]]
    assert len(content) == 5
    assert content[1].responsible_units == ["县卫生健康局"]


def test_host_labels_alone_on_their_lines() -> None:
    # 「主办单位:」 alone on its line over the names below it: the same host fields, no task
    text = _square(PROGRAMME).replace("主办单位:某县文化旅游局", "主办单位:\n\n某县文化旅游局") \
        .replace("承办单位:某县文化馆", "承办单位:\n\n某县文化馆")
    tasks = parse_text(text).tasks
    assert [t.number for t in tasks] == ["三", "五"]
    assert tasks[1].responsible_units == ["某县文化旅游局", "城关镇人民政府", "某县文化馆"]
