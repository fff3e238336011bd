"""Classes of the round-26 misfire hunt h4 (made-up whole plans) mended by m54, each with OTHER wordings of the
class and near-misses that must not fire.

h4-1  decimal numbering (1.1 / 1.2 / 2.1.1, a bare 「2 重点任务」 over its 2.1): each number is an item of its own
      level — not figures (1.5万元 / 2.5亿 / 3.2%), dates (2024.4.15) nor 「1.9月30日前」 (item 1, a date)
h4-2  第X章 / 第X节 chapters whose items restart at 一、: every chapter's items are kept, the chapters are the first
      elements of their paths; a chapter of safeguards is a section; a cover notice's points stay out
h4-3  (part) a closing bracket with the units AND the time: 「（区市场监管局，2024年3月底前）」
"""
from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [("/".join(t.path + [t.number]), t.title, t.lead_units, t.responsible_units)
            for t in parse_text(text).tasks]


# ---- h4-1 decimal numbering --------------------------------------------------------------------------------

def test_decimal_items_under_a_section_are_one_task_each() -> None:
    text = ("安溪县2025年供水保障工作方案\n一、主要任务\n"
            "1.1、改造供水管网。年底前改造管网15公里。（责任单位：县住建局）\n"
            "1.2、建设应急水源。（责任单位：县水利局）\n1.3、开展水质抽检。（责任单位：县卫健局）\n")
    got = _tasks(text)
    assert [g[0] for g in got] == ["一/1.1", "一/1.2", "一/1.3"]
    assert [g[3] for g in got] == [["县住建局"], ["县水利局"], ["县卫健局"]]
    assert got[0][1] == "改造供水管网"


def test_three_level_decimals_with_bare_top_numbers() -> None:
    text = ("宁远县2025年校园安全工作方案\n1 工作目标\n全年校园安全事故零发生。\n2 重点工作\n2.1 食品安全\n"
            "2.1.1 开展食堂检查。每学期检查1次。（牵头单位：县市场监管局）\n"
            "2.1.2 落实陪餐制度。（牵头单位：县教育局）\n"
            "2.2 交通安全\n2.2.1 整治校车。（牵头单位：县公安局）\n")
    got = _tasks(text)
    assert [g[0] for g in got] == ["2/2.1/2.1.1", "2/2.1/2.1.2", "2/2.2/2.2.1"]
    assert [g[2] for g in got] == [["县市场监管局"], ["县教育局"], ["县公安局"]]


def test_decimals_under_dotted_items_and_bracket_sections() -> None:
    text = ("城关镇2025年环境整治方案\n（一）农村垃圾治理\n1.1 配齐保洁员。（责任单位：镇农业办）\n"
            "1.2 清理积存垃圾。（责任单位：镇城建办）\n"
            "（二）农村污水治理\n2.1 建设污水管网。（责任单位：镇城建办）\n"
            "2.2 改造户厕。改造户厕200户。（责任单位：镇卫生院）\n")
    got = _tasks(text)
    assert [g[0] for g in got] == ["一/1.1", "一/1.2", "二/2.1", "二/2.2"]
    text2 = ("城关镇2025年环境整治方案\n1.农村垃圾治理\n1.1 配齐保洁员。（责任单位：镇农业办）\n"
             "1.2 清理积存垃圾。（责任单位：镇城建办）\n"
             "2.农村污水治理\n2.1 建设污水管网。（责任单位：镇城建办）\n2.2 改造户厕。（责任单位：镇卫生院）\n")
    got = _tasks(text2)
    assert [g[0] for g in got] == ["1/1.1", "1/1.2", "2/2.1", "2/2.2"]
    assert [g[3] for g in got] == [["镇农业办"], ["镇城建办"], ["镇城建办"], ["镇卫生院"]]


def test_figures_and_dates_at_line_starts_are_no_decimal_items() -> None:
    text = ("江口县2025年产业发展方案\n一、工作目标\n1.5万元以上的项目全部入库。\n2.5亿元专项资金全部下达。\n"
            "3.2%的增速目标。\n二、重点任务\n1.培育龙头企业。（责任单位：县农业农村局）\n"
            "2.建设产业园。（责任单位：县发改局）\n")
    got = _tasks(text)
    assert [g[0] for g in got] == ["二/1", "二/2"]
    # 「1.9月30日前…」 is item 1 with its date; 2024.4.15 in text stays a date
    text2 = ("江口县2025年防汛工作方案\n一、重点任务\n1.9月30日前完成堤防除险加固。（责任单位：县水利局）\n"
             "2.开展汛前检查，2024.4.15前完成。（责任单位：县应急局）\n")
    plan = parse_text(text2)
    assert [(t.number, t.deadline) for t in plan.tasks][0] == ("1", "2025-09-30")
    assert [t.number for t in plan.tasks] == ["1", "2"]
    # a dotted date on a line of its own stays out of the numbering
    text3 = ("江口县2025年防汛工作方案\n一、重点任务\n1.开展检查。（责任单位：县水利局）\n2024.4.15\n"
             "2.开展汛前检查。（责任单位：县应急局）\n")
    assert [g[0] for g in _tasks(text3)] == ["一/1", "一/2"]


def test_one_stray_decimal_is_no_scheme() -> None:
    # only 1.1 at a line start, no 1.2 beside it: the numbering stays as it is read without the rule
    text = ("江口县2025年道路建设方案\n一、重点任务\n1.新建道路。（责任单位：县交通局）\n1.1公里以上路段全部硬化。\n"
            "2.养护道路。（责任单位：县公路中心）\n")
    assert [g[0] for g in _tasks(text)] == ["一/1", "一/2"]


# ---- h4-2 chapters -----------------------------------------------------------------------------------------

def test_every_chapter_keeps_its_items() -> None:
    text = ("湘潭市“十四五”文化旅游发展规划\n第一章 提升公共文化服务\n"
            "一、建设图书馆分馆。建成分馆30个。（市文旅局牵头）\n"
            "二、推进文化下乡。（市文旅局牵头，各县市区政府负责）\n第二章 发展文旅产业\n"
            "一、培育旅游景区。（市文旅局牵头）\n"
            "二、发展夜间经济。（市商务局牵头）\n第三章 保障措施\n一、加强组织领导。\n二、加大资金投入。\n")
    got = _tasks(text)
    assert [g[0] for g in got] == ["第一章/一", "第一章/二", "第二章/一", "第二章/二"]
    assert got[3][2] == ["市商务局"]


def test_sections_under_a_chapter() -> None:
    text = ("湘潭市数字政府建设规划\n第三章 主要任务\n第一节 夯实基础\n一、建设政务云。（市数据局牵头）\n"
            "第二节 深化应用\n一、推进一网通办。（市政务服务中心牵头）\n二、推进一网统管。（市数据局牵头）\n")
    assert [g[0] for g in _tasks(text)] == ["第三章/第一节/一", "第三章/第二节/一", "第三章/第二节/二"]


def test_a_cover_notice_points_stay_out_before_a_chaptered_plan() -> None:
    text = ("湘潭市人民政府办公室关于印发湘潭市文化旅游发展规划的通知\n各县市区人民政府，市直各单位：\n"
            "现将《湘潭市文化旅游发展规划》印发给你们，请认真贯彻执行。\n一、提高认识。各单位要高度重视。\n"
            "二、抓好落实。各单位要细化措施。\n湘潭市人民政府办公室\n2025年3月1日\n湘潭市文化旅游发展规划\n"
            "第一章 提升公共文化服务\n一、建设图书馆分馆。（市文旅局牵头）\n第二章 发展文旅产业\n"
            "一、培育旅游景区。（市文旅局牵头）\n二、发展夜间经济。（市商务局牵头）\n")
    got = _tasks(text)
    assert [g[1] for g in got] == ["建设图书馆分馆", "培育旅游景区", "发展夜间经济"]


def test_one_chapter_line_in_prose_changes_nothing() -> None:
    text = ("某县2025年普法工作方案\n一、重点任务\n（一）学习宪法。组织学习第一章总纲。（责任单位：县司法局）\n"
            "（二）学习民法典。（责任单位：县法院）\n")
    assert [g[0] for g in _tasks(text)] == ["一/一", "一/二"]


# ---- h4-3 units and time in one closing bracket ------------------------------------------------------------

def test_units_and_time_in_one_bracket() -> None:
    text = ("临川区2025年优化营商环境工作方案\n一、重点任务\n"
            "（一）压缩开办时间。开办时间压缩至1个工作日。（区市场监管局，2025年3月底前）\n"
            "（二）推行电子发票。（区税务局、区财政局；2025年12月底前）\n"
            "（三）优化用水报装。（区水务集团，长期坚持）\n")
    plan = parse_text(text)
    assert [t.responsible_units for t in plan.tasks] == [["区市场监管局"], ["区税务局", "区财政局"], ["区水务集团"]]
    assert [t.deadline for t in plan.tasks][:2] == ["2025-03-31", "2025-12-31"]


def test_a_bracket_of_time_and_no_unit_names_no_unit() -> None:
    text = ("临川区2025年优化营商环境工作方案\n一、重点任务\n（一）压缩开办时间。（试点先行，2025年3月底前）\n"
            "（二）推行电子发票。（全区推开；2025年12月底前）\n（三）优化报装。（区水务集团，2025年6月底前）\n")
    plan = parse_text(text)
    assert [t.responsible_units for t in plan.tasks] == [[], [], ["区水务集团"]]


def test_decimal_headings_opening_with_a_measure_like_word() -> None:
    # 2.1人居环境整治 / 1.2项目管理: 人 and 项 open headings here, the scheme (1.1 1.2 2.1) says so
    text = ("丰城县2025年乡村建设方案\n一、重点任务\n1.1 粮食生产。（牵头单位：县农业农村局）\n"
            "1.2 项目管理。（牵头单位：县发改局）\n2.1 人居环境整治\n2.1.1 农村改厕。（牵头单位：县卫健局）\n"
            "2.1.2 垃圾治理。（牵头单位：县住建局）\n")
    assert [g[0] for g in _tasks(text)] == ["一/1.1", "一/1.2", "一/2.1/2.1.1", "一/2.1/2.1.2"]


def test_a_rule_in_articles_keeps_its_paths_across_chapters() -> None:
    # 第一章 总则 over 第一条 …, the articles numbered on across chapters: no chapter in the paths
    text = ("某区安全生产责任规定\n第一章 总则\n第一条 为落实安全生产责任，制定本规定。\n第二章 部门职责\n"
            "第二条 区应急局负责综合监管。\n第三条 区住建局负责建筑施工安全。\n"
            "第三章 附则\n第四条 本规定自印发之日起施行。\n")
    assert all(not t.path or not t.path[0].startswith("第") or "章" not in t.path[0] for t in parse_text(text).tasks)
