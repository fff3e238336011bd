"""Classes found on plans-next82/83 and round 27's page sets plans-next74/75, round 29 (p76) — made-up wordings,
never the sets' own words."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _barred(cells: list[str], bar: str = " |") -> str:
    return "\n".join(c + bar for c in cells)


# --- a task table one cell a line, each cell with the bar a web page left after it, no 序号 and no row number ------

_LEDGER = ["活动名称", "责任单位", "工作内容",
           "背街小巷清洗", "县环卫所", "每周冲洗背街小巷路面一次，做到无积尘、无污渍。",
           "广告牌匾规范", "县城管执法大队", "拆除破损、违规设置的户外广告牌匾，统一更换门头招牌。",
           "农贸市场周边秩序", "县市场监管局", "清理市场周边占道摆摊，设置临时疏导点。"]


@pytest.mark.parametrize("bar", [" |", "|", " ｜"])
def test_barred_cell_table_with_a_name_column_rows_are_tasks(bar):
    plan = parse_text("某县2025年城乡环境整治工作安排\n" + _barred(_LEDGER, bar)
                      + "\n附则:\n本安排自印发之日起执行。\n")
    got = [(t.title, t.responsible_units) for t in plan.tasks]
    assert got == [("背街小巷清洗", ["县环卫所"]), ("广告牌匾规范", ["县城管执法大队"]),
                   ("农贸市场周边秩序", ["县市场监管局"])]
    # the row's work is its text
    assert "每周冲洗" in plan.tasks[0].text


def test_barred_cell_table_a_name_the_cell_wrapped_is_one_word():
    cells = ["项目名称", "牵头单位", "任务和目标",
             "河道保洁提升 工程", "镇水务站", "完成镇域河道保洁全覆盖，消除黑臭水体。",
             "公厕改造提升 工程", "镇环卫所", "改造镇区公厕，达到二类以上标准。"]
    plan = parse_text("某镇2024年人居环境工作台账\n" + _barred(cells) + "\n")
    assert [t.title for t in plan.tasks] == ["河道保洁提升工程", "公厕改造提升工程"]
    assert [t.lead_units or t.responsible_units for t in plan.tasks] == [["镇水务站"], ["镇环卫所"]]


def test_barred_cell_table_with_the_task_column_first():
    cells = ["工作任务", "责任单位", "完成时限",
             "完成老旧小区雨污分流改造3个", "区住建局", "2025年10月底",
             "新建口袋公园2处", "区绿化市容局", "2025年12月底"]
    plan = parse_text("某区2025年民生实事分解\n" + _barred(cells) + "\n")
    assert [(t.responsible_units, t.deadline) for t in plan.tasks] == [
        (["区住建局"], "2025-10-31"), (["区绿化市容局"], "2025-12-31")]


def test_barred_cell_table_near_misses():
    # a table of figures printed the same way: no task column, no unit column — its rows are no tasks
    data = ["名称", "数量", "金额（万元）", "垃圾清运车", "12辆", "360", "果皮箱", "200个", "40"]
    plan = parse_text("某县2024年环卫设施配置情况\n" + _barred(data) + "\n")
    assert not any(t.title.startswith(("垃圾清运车", "果皮箱")) for t in plan.tasks)
    # a contacts list: a unit column, but no work
    contacts = ["单位名称", "联系人", "联系电话", "县环卫所", "王某", "12345678", "县城管执法大队", "李某", "87654321"]
    plan = parse_text("某县城乡环境整治联络表\n" + _barred(contacts) + "\n")
    assert not any(t.responsible_units for t in plan.tasks)
    # a name column and a unit column with a phone column, no work: a contacts list too
    contacts = ["名称", "责任单位", "联系电话", "背街小巷清洗", "县环卫所", "12345678",
                "广告牌匾规范", "县城管执法大队", "87654321"]
    plan = parse_text("某县城乡环境整治联络表\n" + _barred(contacts) + "\n")
    assert not any(t.responsible_units for t in plan.tasks)


# --- titles of shop and essay pages -----------------------------------------------------------------------------------

def test_shop_preview_line_led_by_the_file_name_gives_the_title():
    text = ("下载此文档\n\n某镇秸秆禁烧工作方案.docx\n\n页数:约3页\n1/3 下载此文档\n"
            "某镇秸秆禁烧工作方案.docx:..某镇秸秆禁烧工作方案为切实做好今年秸秆禁烧工作，特制定本方案。"
            "一、工作目标全镇不发生秸秆焚烧火点。二、工作措施各村要落实网格责任。\n")
    assert parse_text(text).title == "某镇秸秆禁烧工作方案"


def test_a_shop_button_is_no_title():
    text = "下载此文档\n\n一、工作目标\n全镇不发生秸秆焚烧火点。\n二、工作措施\n各村要落实网格责任。\n"
    assert parse_text(text).title != "下载此文档"


@pytest.mark.parametrize("label", ["【2024年防汛工作方案2】", "【2024年防汛工作方案（3）】"])
def test_collection_piece_heading_in_brackets_named_by_the_blurb(label):
    text = ("汛期将至，做好防汛准备十分重要。下面是小编搜集的2024年防汛工作方案，欢迎大家参考！\n" + label + "\n"
            "为切实做好2024年防汛工作，结合我村实际，制定本方案。\n一、组织领导\n成立防汛工作小组。\n")
    assert parse_text(text).title == "2024年防汛工作方案"


def test_bracketed_line_not_named_by_a_blurb_is_no_title():
    text = ("某县2024年防汛工作方案\n【字体：大 中 小】\n为切实做好2024年防汛工作，制定本方案。\n"
            "一、组织领导\n成立防汛工作小组。\n")
    assert parse_text(text).title == "某县2024年防汛工作方案"


@pytest.mark.parametrize("opening", ["针对近期用电负荷持续攀升的情况", "根据上级有关要求"])
def test_one_line_page_title_run_into_a_preamble(opening):
    text = ("某县加强夏季用电管理意见" + opening + "，为保障居民生活用电，特制定本意见。一、加强组织领导，"
            "成立工作专班，由县发改局牵头。二、加强负荷管理，严格执行有序用电方案。\n")
    assert parse_text(text).title == "某县加强夏季用电管理意见"


def test_shop_heading_without_its_year_then_the_fuller_title():
    text = ("社区年度消防安全工作计划(精选) 社区 2025 年度消防安全工作计划 针对冬季火灾多发的情况，结合社区实际，"
            "制定本计划。一、指导思想 坚持预防为主。二、工作任务 1、开展消防安全检查。2、组织消防演练。\n")
    assert parse_text(text).title == "社区2025年度消防安全工作计划"
    # two different plans side by side: not taken as one plan's copies
    text = ("社区消防安全工作计划(精选) 社区2025年度禁毒宣传工作计划 针对冬季火灾多发的情况，结合社区实际，"
            "制定本计划。一、指导思想 坚持预防为主。二、工作任务 1、开展消防安全检查。2、组织消防演练。\n")
    assert parse_text(text).title != "社区2025年度禁毒宣传工作计划"


# --- standing sendings with no date ----------------------------------------------------------------------------------

def _duties(item: str) -> list[str]:
    plan = parse_text("某镇2024年防汛工作方案\n一、工作任务\n（一）" + item + "\n（二）加强宣传。\n")
    return [d.text for d in plan.duties]


@pytest.mark.parametrize("item", ["镇水利站负责全镇水情监测，向镇政府报告汛情情况。",
                                  "镇应急办负责隐患排查，并向县应急管理局及镇政府报送排查进展。",
                                  "由街道牵头，会同社区排查，确定名单，上报区领导小组办公室。"])
def test_standing_sending_of_the_body_in_charge_is_a_duty(item):
    assert any(item[:6] in d for d in _duties(item))


@pytest.mark.parametrize("item", ["镇农技站负责技术指导，向县农业农村局申请项目资金。",   # an application
                                  "镇农技站负责技术指导，向社会公布监测情况。",             # the public, no body
                                  "镇农技站负责技术指导，向镇政府报告。",                   # nothing reported on
                                  "各村负责本村清扫，上报率达到100%。",                     # a rate, no sending
                                  "由镇司法所牵头，向群众宣传调解情况。"])                   # telling the people
def test_standing_sending_near_misses(item):
    assert _duties(item) == []


# --- unnumbered paragraphs headed by announced kinds, run into one line -----------------------------------------------

_ONE_LINE = ("某县畜禽养殖区域划定方案为加强畜禽养殖污染防治，特制定本方案。一、工作目标到2025年底完成划定工作。"
             "二、工作任务为科学规划养殖布局，将全县划分为禁养区、限养区两个区域，实行分区管理。"
             "禁养区:饮用水水源保护区、城镇居民区等区域，禁止建设养殖场，已建的依法关闭或搬迁。"
             "限养区:禁养区以外的河道两侧500米范围，由县农业农村局会同各乡镇核定养殖规模，严格控制新增养殖场。"
             "三、保障措施各乡镇要加强组织领导，确保工作落实到位。")


def test_announced_kinds_paragraphs_are_items():
    plan = parse_text(_ONE_LINE + "\n")
    got = [t.text[:3] for t in plan.tasks]
    assert "禁养区" in got and "限养区" in got
    # a zone is no body
    assert all("禁养区" not in t.responsible_units and "限养区" not in t.responsible_units for t in plan.tasks)
    # the last paragraph ends before the next section run into the line
    assert not any("保障措施" in t.text for t in plan.tasks if t.text.startswith("限养区"))


@pytest.mark.parametrize("text", [
    # the count the sentence gives is not the number of kinds named
    _ONE_LINE.replace("两个区域", "三个区域"),
    # the kinds are named, but no paragraph opens with them (a list of places follows)
    ("某县畜禽养殖区域划定方案为加强畜禽养殖污染防治，特制定本方案。一、工作任务将全县划分为禁养区、限养区两个区域，"
     "实行分区管理，禁养区内禁止建设养殖场，限养区内严格控制规模。二、保障措施各乡镇要加强组织领导，确保工作落实到位，"
     "县农业农村局要加强督促检查，发现问题及时整改，确保划定工作按期完成。"),
])
def test_announced_kinds_near_misses(text):
    plan = parse_text(text + "\n")
    assert not any(t.text.startswith(("1.禁养区", "禁养区:")) for t in plan.tasks)


def test_a_zone_label_is_no_unit():
    from desktop.core.parse.units import looks_like_unit
    assert not any(looks_like_unit(z) for z in ("严控区", "禁养区", "禁燃区", "限建区"))
    assert all(looks_like_unit(u) for u in ("浦东新区", "静安区", "各区", "区政府"))


def test_a_plan_word_before_its_aptness_is_no_title():
    # 「…工作方案针对性…」: a sentence about plans, not a title run into a preamble
    text = ("进一步增强工作方案针对性和可操作性，各村要结合实际细化措施。一、加强领导，成立工作小组。"
            "二、强化督查，定期通报进展。三、严格考核，纳入年度考评。\n")
    assert parse_text(text).title != "进一步增强工作方案"
