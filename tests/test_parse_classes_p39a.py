"""Round 39 (p39a), page structure: a document of run-in points with no headings (each point a task where it gives
work), items numbered inside a heading's line, unnumbered run-in headed paragraphs filling a section, and a page's
breadcrumb line. Made-up snippets written the way such pages are printed, each with a near miss that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


# an opinion of ten-odd points with no headings, each run into its paragraph(s), one over a list of matters
RUN_IN = """某市交通运输局关于推进远程监管试点的实施意见

一、为进一步提升监管效能，减少对经营主体的干扰，结合本市实际，制定本实施意见。
二、本实施意见适用于本市各级交通运输主管部门开展远程监管的活动；所称远程监管，是指运用信息化手段开展的监管方式。
三、交通运输主管部门建设统一的远程监管平台，逐步整合各类监管数据，提升远程发现问题的能力。
健全数据安全制度，明确查询权限。对工作中知悉的商业秘密，监管人员应当严格保密。
四、交通运输主管部门可以在以下事项中先行试点远程监管：
（一）对未按规定报送运营数据的监管；
（二）对车辆年审逾期的监管；
（三）对驾驶员资格过期的监管。
五、对远程监管中发现的违法行为，区交通执法大队依法实施处罚，并督促整改到位。
六、监管人员开展远程询问时，应当全程录音录像，并告知当事人相关权利。
七、市交通运输局加强对各区远程监管工作的业务指导。
各级监管人员不得以远程监管替代法定的现场检查。
八、本实施意见由市交通运输局负责解释，自2024年1月1日起施行。试点期间，市交通运输局会同市大数据中心适时完善相关规定。
"""


def test_run_in_points_that_give_work_are_tasks():
    tasks = _tasks(RUN_IN)
    # 三 (an instruction 应当), 五 (a rule-2 doer), 六 (应当), 七 (不得), 八 (会同 after the interpreting clause)
    for key in ("三", "五", "六", "七", "八"):
        assert key in tasks, key
    assert tasks["五"] == ([], ["区交通执法大队"])
    assert tasks["八"] == (["市交通运输局"], ["市大数据中心"])
    # (purpose and scope: general provisions, no tasks; 四's list of matters under its lead-in)
    assert "一" not in tasks and "二" not in tasks


def test_run_in_point_of_principle_is_no_task():
    # near miss: a point that states a principle, no doer and no instruction
    text = RUN_IN.replace("六、监管人员开展远程询问时，应当全程录音录像，并告知当事人相关权利。",
                          "六、远程监管坚持依法合规、公平公正，做到处罚与教育相结合，违法行为轻微的不予处罚。")
    tasks = _tasks(text)
    assert "六" not in tasks and "五" in tasks and "七" in tasks


SPLIT_IN_HEADING = """某市安全生产月活动方案

一、活动主题
人人讲安全。

二、活动内容

(一)宣传报道 1、6月1日上午,召开新闻发布会。此项工作由市委宣传部新闻处、市应急局综合处负责组织协调。

2、6月2日至30日,开设专栏。此项工作由市委宣传部负责。

3、6月2日至30日,播发标语。此项工作由市通信管理局负责。

(二)咨询日活动
1、6月15日组织咨询。此项工作由市应急局负责。
2、各县区同步开展。此项工作由各县区安委办负责。

三、管理要求 (一)实施范围 全市所有企业。 (二)管理模式
各企业为本单位安全生产责任主体,由市应急局负责督导检查。
(三)考核办法
市应急局负责组织年度考核。
"""


def test_items_numbered_inside_a_heading_line_are_split():
    tasks = _tasks(SPLIT_IN_HEADING)
    assert tasks["二.一.1"] == ([], ["市委宣传部新闻处", "市应急局综合处"])
    assert tasks["二.一.2"] == ([], ["市委宣传部"])
    assert tasks["二.一.3"] == ([], ["市通信管理局"])
    assert "二.一" not in tasks
    # (三、's (一) and (二) in its heading line: each an item, (二) with its paragraph)
    assert tasks["三.二"] == ([], ["市应急局"])
    assert "三.一" in tasks and "三.三" in tasks


def test_month_number_inside_a_sentence_stays_text():
    # near miss: 「1、6月」 inside a sentence after a comma, with no 2、 going on: no item
    text = """某镇工作方案

一、工作内容
(一)宣传发动 全镇于今年开展宣传,重点时段为1、6月两个月。此项工作由镇宣传办负责。
(二)排查整治 各村开展排查。此项工作由镇安办负责。
"""
    tasks = _tasks(text)
    assert len(tasks) == 2


HEADED_PARAGRAPHS = """某镇2024年优化营商环境实施方案

一、指导思想
深入贯彻落实上级决策部署,坚持以人为本,优化发展环境,推动全镇经济高质量发展。
二、目标任务
着力优化项目环境,加快发展步伐。一是维护重点项目建设秩序,及时协调解决施工中的各类矛盾。二是整治企业周边环境。
着力优化政务环境,提升服务效能。进一步精简办事流程,大力推行一窗受理、一次办结,提高群众满意度。
三、工作措施
建立健全工作责任机制。各村、镇直各单位要切实加强领导,落实责任,将优化营商环境工作列入重要议事日程。
"""


def test_run_in_headed_paragraphs_under_a_section_are_tasks():
    texts = {t.text[:8]: t for t in parse_text(HEADED_PARAGRAPHS).tasks}
    assert len(texts) == 3
    assert any(k.startswith("着力优化项目环境") for k in texts)
    assert any(k.startswith("着力优化政务环境") for k in texts)
    assert any(k.startswith("建立健全工作责任") for k in texts)


def test_principles_in_run_in_paragraphs_stay_a_section():
    # near miss: 坚持… paragraphs under 基本原则 are the plan's principles, not items
    text = HEADED_PARAGRAPHS.replace("二、目标任务", "二、基本原则").replace("着力优化项目环境,加快发展步伐。",
                                                                 "坚持项目优先,加快发展步伐。")
    assert not any(t.text.startswith("坚持项目优先") for t in parse_text(text).tasks)


def test_breadcrumb_line_is_no_item():
    text = """1. 首页> 工作计划 >正文

某县生活物资保供方案

为保障全县生活物资供应,制定本方案。

(一)统一指挥,分级负责。县商务局负责统筹协调全县保供工作。
(二)加强监测,及时预警。县发改局负责价格监测,每日报送监测数据。
"""
    tasks = parse_text(text).tasks
    assert [t.number for t in tasks] == ["一", "二"]
    assert not any("首页" in t.text for t in tasks)
    # near miss: 首页 inside a sentence is text
    kept = parse_text(text.replace("1. 首页> 工作计划 >正文", "").replace("县商务局负责统筹协调全县保供工作。",
                                                                       "县商务局负责在网站首页>公告栏发布保供信息。"))
    assert "首页" in kept.tasks[0].text
