"""Round 39 classes of unit labels, unit headings, names and flattened tables (plans-next148–155's BASELINE.md):
a task table run together on one line gives each row its 责任单位 cell; an article's run-in label 「（具体职责）」 is no
part of a name; fields sharing one head are one name in sentence readers too; a lone unit heading 「（一）县X局。主要
负责…」 under a 职责分工 heading, with the bodies its text 会同; a heading that designates its bodies 「A、B对…分别负…
责任」; an article 「政府职责」 over the body its text names. Made-up snippets written the way plans write."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.designation_headings import designated
from desktop.core.parse.shared_heads import share_heads
from desktop.core.parse.unit_labels import drop_run_in_label
from desktop.core.parse.units import split_units


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


FLAT = ("某市民政局关于印发《某市社区养老服务提升分工方案》的通知\n\n"
        "    —2 — 某市社区养老服务提升分工方案 序号 主要任务 主要内容 具体内容及目标 责任单位 一 完善服务 网络 "
        "1.建设社 区养老服 务中心。 ①每个街道建成 1 个综合养老服务中心。 "
        "市民政局、财 政局、住建局,各区 人民政府。"
        "列在首 位的为牵头单位, 其他单位按职责 分工负责,下同; 以下均需各区 人民政府落实,不再列出。 "
        "②推进社区嵌入式服务设施建设。 "
        "2.发展老 年助餐服 务。 新建老年助餐点 20 个,提高助餐服务覆盖面。 市民政局、市场 监管局 "
        "3.加强人 才培养。 开展养老护理员培训 500 人次。 市人社局、民政局\n")


def test_a_table_run_together_on_one_line_gives_each_row_its_units_cell():
    got = _units(FLAT)
    assert got["1"] == (["市民政局"], ["财政局", "住建局", "各区人民政府"])
    assert got["2"] == (["市民政局"], ["市场监管局", "各区人民政府"])   # (以下均需…落实: every later row)
    assert got["3"] == (["市人社局"], ["民政局", "各区人民政府"])


def test_without_a_units_column_a_sentence_of_names_is_no_label():
    plain = FLAT.replace(" 具体内容及目标 责任单位", " 具体内容及目标")
    # (the cell's names are no label there; the standing line is read as before)
    assert all(not lead and "市民政局" not in resp for lead, resp in _units(plain).values())


def test_an_articles_run_in_label_is_no_part_of_the_name():
    assert drop_run_in_label("（具体职责）运营单位") == "运营单位"
    assert drop_run_in_label("（工作职责）市公安局") == "市公安局"
    assert drop_run_in_label("（具体职责）") == "（具体职责）"          # (nothing after it: kept)
    assert drop_run_in_label("（区）住建委") == "（区）住建委"            # (a level, no label)
    assert split_units("（职责分工）区交通委")[0] == ["区交通委"]


def test_fields_before_one_head_are_one_name_in_sentence_readers():
    text = "各区建设、交通行政管理部门要根据职责分工，会同轨道交通企业建立联合巡查机制。"
    assert share_heads(["各区建设", "交通行政管理部门"], text) == ["各区建设、交通行政管理部门"]
    # (two bodies, each with its own head: apart)
    apart = ["区建设局", "交通行政管理部门"]
    assert share_heads(apart, "区建设局、交通行政管理部门要…") == apart


LONE = ("某县校园安全治理实施方案\n\n为加强校园安全工作，制定本方案。\n\n一、工作目标\n\n全面提升校园安全水平。\n\n"
        "二、{head}\n\n（一）县卫健委。主要负责落实全县校园卫生监管责任，加强指导和监督；会同县市场监管局指导督促学校严格落实"
        "食品安全管理制度，及时向县政府报告。\n")


def test_a_lone_unit_heading_under_a_duty_heading_with_its_partners_of_huitong():
    got = _units(LONE.format(head="细化职责分工"))
    assert got["二.一"] == (["县卫健委"], ["县市场监管局"])            # (学校, the object of 督促: no unit)
    assert _units(LONE.format(head="工作措施")).get("二.一", ([], []))[0] == []   # (no duty heading: not so read)


def test_a_heading_that_designates_its_bodies():
    assert designated("建设单位、监理单位对工程质量安全分别负总体责任和监理责任") == ["建设单位", "监理单位"]
    assert designated("区供水企业对供水设施安全运行负主体责任") == ["区供水企业"]
    assert designated("加强对企业的监管责任") == []
    assert designated("各地对本地区安全负总责") == []


ARTICLE = ("某区某某管理办法\n\n第一条 目的\n\n为加强管理，制定本办法。\n\n第二条 政府职责\n\n"
           "区人民政府加强对本区某某工作的领导，建立健全统筹协调机制。\n\n第三条 部门职责\n\n"
           "区规划资源部门负责本区某某设立使用权相关工作。\n\n"
           "区人民政府其他有关职能部门以及各镇人民政府、街道办事处和相关管理局(管委会)按照各自职责，协同做好相关工作。\n\n"
           "第四条 施行日期\n\n本办法自2025年1月1日起施行。\n")


def test_an_article_of_a_bodys_duties_names_the_body_its_text_names_and_every_listed_body():
    got = _units(ARTICLE)
    assert got["2"][1] == ["区人民政府"]
    assert got["3"][1] == ["区规划资源部门", "区人民政府其他有关职能部门", "各镇人民政府", "街道办事处",
                           "相关管理局(管委会)"]


def test_review_leftovers_slogans_are_no_places_and_short_names_are_a_copy():
    from desktop.core.parse.defined_names import short_names
    from desktop.core.parse.unit_headings import place_heading
    assert place_heading("工业强市。加快推进…") == [] and place_heading("科教兴省。推进…") == []
    assert place_heading("江苏省。在已完成…") == ["江苏省"] and place_heading("嘉兴市。推进…") == ["嘉兴市"]
    text = "区住建委（以下简称“住建委”）负责…"
    short_names(text)["住建委"] = "别的"
    assert short_names(text) == {"住建委": "区住建委"}
