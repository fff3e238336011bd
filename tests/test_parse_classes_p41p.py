"""Round 41 (p41p), whole documents in articles and the sentence reader:

- a text in articles none of which numbers items of its own (第一条 目的和依据 … 第十二条 其他, each article a heading
  line over its paragraphs): every article of work is a task, not only the one whose paragraphs name units
  (rule_chapters._childless_articles; before, the articles were read as headings and all but the unit one dropped).

- a building's or a work's size with its band naming the kind of project a rule covers
  「总建筑面积2万平方米及以下的新建产业项目」「设计规模小于3万立方米/日的…泵站工程」
  「建筑面积3000平方米及以下，无地下室的…配套用房」: a class, no target (round 34 / 39; threshold_line._sized_class).
- the agent of a modal 由 described by a 的-phrase 「报告应由具备资质的第三方检测机构出具」: the name after the last 的
  is the rule's doer (round 32 / 34), whatever its verb (name_edges.MODAL_BY).

Near misses that must not change: the opening articles (目的和依据, 适用范围, 原则) and the closing ones (实施时间) stay
no tasks, nor a closing 其他 that says who interprets the text (本实施意见由区交通委负责解释); a size the work
builds or carries out (新建建筑面积…以上的厂房), a ceiling (建筑面积不超过…), bands joined by 且 and a grant's
condition stay targets; a described agent of 由 with no modal 「由相应的道路管理机构处置」 stays a case's.
Made-up snippets written the way such plans are printed."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units
from desktop.core.parse.targets import find_targets

_HEADED = """关于印发《某区公共停车设施建设管理实施意见》的通知

各有关单位：

现将《某区公共停车设施建设管理实施意见》印发给你们，请认真遵照执行。

2024年3月1日

某区公共停车设施建设管理实施意见

第一条 目的和依据

为规范本区公共停车设施建设管理，根据有关规定，制定本实施意见。

第二条 适用范围

本实施意见适用于本区行政区域内公共停车设施的规划、建设和管理。

第三条 部门职责

区交通委负责统筹推进公共停车设施建设，协调解决相关问题。

区规划资源局负责在控制性详细规划中落实公共停车设施用地。

区财政局负责落实政府投资停车设施建设资金。

第四条 规划编制

应根据全区交通发展规划编制公共停车设施专项规划，明确设施布局和建设时序。

第五条 项目审批

建设单位在项目立项阶段，应同步明确停车设施配建标准和建设内容。

第六条 竣工验收

停车设施竣工后，由区交通委会同相关部门组织专项验收，验收不合格的不得投入使用。

第七条 运营管理

停车设施运营单位应建立健全管理制度，配备专人管理，保障设施安全运行。

第八条 实施时间

本实施意见自2024年4月1日起施行，有效期至2029年3月31日。

第九条 其他

本实施意见由区交通委负责解释。
"""


def _titles(text: str) -> list[str]:
    return [t.title for t in parse_text(text).tasks]


def test_headed_articles_all_tasks() -> None:
    titles = _titles(_HEADED)
    for work in ("部门职责", "规划编制", "项目审批", "竣工验收", "运营管理"):
        assert any(work in t for t in titles), (work, titles)
    # the opening and closing articles stay no tasks
    for general in ("目的和依据", "适用范围", "实施时间", "其他"):
        assert not any(general in t for t in titles), (general, titles)


def test_headed_article_reads_its_doer() -> None:
    tasks = {t.title: t for t in parse_text(_HEADED).tasks}
    check = next(t for title, t in tasks.items() if "竣工验收" in title)
    assert "区交通委" in check.lead_units + check.responsible_units


def _figures(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, 2025)]


def test_sized_kind_is_a_class() -> None:
    assert _figures("总建筑面积2万平方米及以下的新建、改建产业项目，应执行联合审查制度。") == []
    assert _figures("设计规模小于3万立方米/日的小型排水泵站工程，可简化审查。") == []
    assert _figures("建筑面积3000平方米及以下的水利工程配套用房；建筑面积3000平方米及以下，无地下室的公园配套用房，"
                    "由建设单位自行选择审查方式。") == []


def test_sized_kind_near_misses() -> None:
    # the work builds, carries out or reaches the size: a target
    assert (20000.0, "平方米") in _figures("年内新建建筑面积2万平方米以上的标准厂房。")
    assert (3000.0, "平方米") in _figures("在园区内落实计容建筑面积3000平方米以上的绿色建筑试点。")
    # a ceiling, a standard to meet
    assert (150.0, "平方米") in _figures("每户宅基地建筑面积不超过150平方米。")
    # bands joined by 且 inside the noun of a class (round 31; Round 58 rulings: a band inside the noun of the class a
    # piece of work picks is a class): none
    assert (200.0, "平方米") not in _figures("总投资50万元以下且建筑面积200平方米以下的小型工程实行简易备案。")
    # a grant's condition (round 30)
    assert (8000.0, "平方米") in _figures("单体建筑面积8000平方米及以上的既有建筑改造项目，"
                                           "改造后经认定，每平方米补贴5元。")


def test_described_agent_after_modal_by() -> None:
    assert doer_units("竣工图纸（含变更说明），应由符合资质要求的图审机构复核。")[1] == ["图审机构"]
    assert doer_units("检测报告应由具备相应资质的第三方检测机构出具。")[1] == ["第三方检测机构"]


def test_described_agent_near_misses() -> None:
    # no modal before 由: a case's agent, unread (round 34)
    assert doer_units("由相应的道路管理机构处置。")[1] == []
    assert doer_units("井盖破损的，由相应的管养单位处置。")[1] == []

