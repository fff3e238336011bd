"""Round 31 review of m84 (rm84): its structure rules read in other wordings — a sentence of work that ends in
废止 / 停止执行 is no closing clause, an article that gives work after its scope or purpose is no general provision,
a short name 《实施方案》 is not the basis document cited before it, a heading of work on a standard is work."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text, tasks as tasks_module
from desktop.core.parse.titles import find_title


def keys(plan):
    return [t.key for t in plan.tasks]


@pytest.fixture(params=[False, True], ids=["reader-off", "reader-on"])
def reader(request, monkeypatch):
    monkeypatch.setattr(tasks_module, "READ_DOERS", request.param)
    return request.param


RULE = ("某县农村公路养护管理办法\n"
        "第一条 为了规范养护管理，制定本办法。\n"
        "第二条 职责分工\n（一）县交通运输局负责统筹。\n（二）各乡镇负责日常巡查。\n"
        "第三条 资金\n县财政局负责养护资金保障，按季度拨付。\n")


# --- work that repeals or stops something is work; a repeal of a document is a closing clause ---------------------

@pytest.mark.parametrize("article", [
    "第四条 文件清理\n县司法局负责清理现行规范性文件，对与本办法不一致的予以废止。\n",
    "第四条 文件清理\n县司法局应当对相关文件进行清理，不符合规定的予以废止。\n",
    "第四条 监督\n（一）对骗取养护补助的，由县财政局追回资金，相关扶持政策停止执行。\n（二）县审计局负责审计。\n",
    "第四条 监督\n（一）县司法局负责清理与本办法不一致的文件，并予以废止。\n（二）县审计局负责审计。\n",
])
def test_work_ending_in_a_repeal_stays_a_task(article, reader):
    plan = parse_text(RULE + article + "第五条 本办法自2024年1月1日起施行。\n")
    assert any(k.startswith("4") for k in keys(plan))
    assert "5" not in keys(plan)


@pytest.mark.parametrize("article", [
    "第四条 本办法自2024年1月1日起施行，原《某县农村公路养护办法》同时废止。\n",
    "第四条 其他\n（一）本办法自2024年1月1日起施行。\n（二）此前印发的有关文件相应停止执行。\n",
    "第四条 附则\n（一）本办法由县交通运输局负责解释。\n（二）原《某县养护暂行办法》（某政发〔2019〕5号）同时废止。\n",
])
def test_a_repeal_of_a_document_stays_a_closing_clause(article, reader):
    plan = parse_text(RULE + article)
    assert not any(k.startswith("4") for k in keys(plan))


# --- an article that gives work after its scope or purpose is a task ------------------------------------------

OPEN = "某县农村公路养护管理办法\n第一条 为了规范养护管理，制定本办法。\n"
REST = "第三条 县财政局负责养护资金保障，按季度拨付。\n第四条 县审计局负责审计监督。\n"


@pytest.mark.parametrize("second", [
    "第二条 本办法适用于全县农村公路养护。县交通运输局负责统筹推进，各乡镇负责日常巡查。\n",
    "第二条 适用范围\n本办法适用于全县农村公路养护。各乡镇负责辖区内路段的排查和上报。\n",
    "第二条（适用范围）\n本办法适用于全县农村公路。县交通运输局会同县财政局组织实施。\n",
])
def test_scope_then_work_is_a_task(second, reader):
    assert "2" in keys(parse_text(OPEN + second + REST))


@pytest.mark.parametrize("second", [
    "第二条 本办法适用于全县农村公路养护。本办法所称农村公路，是指县道、乡道和村道。\n",
    "第二条 适用范围\n本办法适用于由县交通运输局负责组织实施的农村公路养护项目。\n",
    "第二条 本办法适用于全县农村公路养护。专用公路的养护按有关规定执行。\n",
])
def test_scope_alone_stays_general(second, reader):
    assert "2" not in keys(parse_text(OPEN + second + REST))


# --- a short name in 现将《实施方案》印发 is not the document the notice cites as its basis ---------------------------

@pytest.mark.parametrize("text,title", [
    ("各街镇：\n根据《某市推进垃圾分类工作实施方案》要求，结合我区实际，区绿化市容局制定了《实施方案》。"
     "现将《实施方案》印发给你们，请认真贯彻执行。\n一、工作任务\n", "实施方案"),
    ("各街镇：\n为贯彻落实《某市关于加强物业管理的指导意见》，区房管局起草了《某区关于加强物业管理的指导意见》。"
     "现将《指导意见》印发给你们，请认真贯彻执行。\n一、总体要求\n", "某区关于加强物业管理的指导意见"),
    ("关于印发某区推进垃圾分类实施方案的通知\n各街镇：\n按照《某市推进垃圾分类工作实施方案》，我区制定了"
     "《实施方案》。现将《实施方案》印发给你们，请认真贯彻执行。\n一、工作任务\n", "某区推进垃圾分类实施方案"),
])
def test_a_short_name_is_not_the_basis_document(text, title):
    assert find_title(text) == title


# --- a heading of work on a standard (严格执行 / 建立 / 加快制定 …标准) is work; a standard named by its noun is not --

SIDE = ("某区关于加强公共厕所管理的意见\n各街镇：\n"
        "一、加强公共厕所配套建设\n各街镇要注重公厕布局规划，配置足够的公共厕所，提升如厕便利度。\n"
        "二、{heading}\n新建、改建公共厕所应当设置无障碍厕间，做到基本设施配置到位，空间分布合理。\n"
        "三、提升公共厕所管理服务\n要巩固提升公厕文明创建水平，提高行业整体服务质量，严格执行保洁规范。\n"
        # (its （一）（二） lines carry their own steps: a list of conditions answered once in its lead-in would be
        # text, Round 60 rulings on x94_02 三, and the plan would number no deeper)
        "四、推进公共厕所开放\n具备以下条件的公厕应实行24小时开放：\n（一）各街镇负责落实自助开关门改造；\n"
        "（二）区绿化市容局组织配置明显标识。\n")


@pytest.mark.parametrize("heading,work", [
    ("严格执行公厕保洁标准", True), ("建立公厕服务评价标准", True), ("加快制定公厕地方标准", True),
    ("验收标准", False), ("公厕建设标准", False),
])
def test_a_heading_of_work_on_a_standard(heading, work):
    assert ("二" in keys(parse_text(SIDE.format(heading=heading)))) is work
