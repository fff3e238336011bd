"""The five seed plans parse as seeds/EXPECTED.md says: meta, tasks, units, targets, schedule."""

from __future__ import annotations

import json

import pytest
from helpers_seeds import seed_path

from desktop.core.parse import parse_file, parse_text


@pytest.fixture(scope="module")
def plans():
    return {k: parse_file(seed_path(k)) for k in ("000", "001", "002", "003", "004")}


def task(plan, key):
    found = [t for t in plan.tasks if t.key == key]
    assert found, f"no task {key}; have {[t.key for t in plan.tasks]}"
    return found[0]


def targets(t):
    return [(x.value, x.unit, x.comparator) for x in t.targets]


@pytest.mark.parametrize("key,count", [("000", 11), ("001", 21), ("002", 22), ("003", 28), ("004", 23)])
def test_task_counts(plans, key, count):
    assert len(plans[key].tasks) == count


@pytest.mark.parametrize("key,title,doc_number,issuer,date", [
    ("000", "市政协十四届三次会议3号建议案办理工作方案", "武政办〔2024〕20号", "武汉市人民政府办公厅", "2024-03-01"),
    ("001", "市十四届人大六次会议2号议案办理工作方案", "", "武汉市人民政府办公厅", "2021-04-01"),
    ("002", "启东市推进基本养老服务体系建设实施方案", "启政办发〔2024〕44号", "启东市人民政府办公室", "2024-12-01"),
    ("003", "2024年全市民政工作要点", "", "武汉市民政局", "2024-03-07"),
    ("004", "十堰市“一老一小”整体解决方案", "十政办发〔2022〕56号", "十堰市人民政府办公室", "2022-12-24"),
])
def test_meta(plans, key, title, doc_number, issuer, date):
    p = plans[key]
    assert (p.title, p.doc_number, p.issuer, p.date) == (title, doc_number, issuer, date)


# --- 000 -------------------------------------------------------------------------

def test_000_structure_and_units(plans):
    p = plans["000"]
    assert [h.number for h in p.headings if h.level == 1] == ["一", "二", "三", "四"]
    assert [t.number for t in p.tasks] == [str(i) for i in range(1, 12)]
    assert [t.path[1] for t in p.tasks] == ["一"] * 3 + ["二"] * 3 + ["三"] * 3 + ["四"] * 2
    t1 = p.tasks[0]
    assert (t1.path, t1.number, t1.title) == (["二", "一"], "1", "凝聚社会共识")
    assert t1.lead_units == ["市民政局", "市住房和城市更新局", "市残联"]
    assert t1.responsible_units == ["领导小组各成员单位"]
    assert t1.source.startswith("(牵头单位:") and "牵头单位" not in t1.text
    assert t1.text.startswith("凝聚社会共识。深化共同缔造理念")
    t4 = task(p, "二.二.4")
    assert t4.title == "强化规划引领"
    assert t4.lead_units == ["市民政局", "市自然资源和城乡建设局", "市残联"]
    assert len(t4.responsible_units) == 11
    assert t4.responsible_units[0] == "市教育局" and t4.responsible_units[-1] == "各区人民政府"
    t6 = task(p, "二.二.6")
    assert len(t6.lead_units) == 3 and len(t6.responsible_units) == 21
    assert t6.responsible_units[0] == "市委社工部" and t6.responsible_units[-1] == "各区人民政府"
    assert "中国人民银行湖北省分行营管部" in t6.responsible_units
    assert "中国铁路武汉局集团" in t6.responsible_units
    t11 = task(p, "二.四.11")
    assert t11.lead_units == ["市数据局"] and len(t11.responsible_units) == 18
    units = {u.name: u for u in p.units}
    assert units["各区人民政府"].note == "含开发区、长江新区、风景区管委会,下同"
    assert units["各区人民政府"].is_group and units["领导小组各成员单位"].is_group
    assert not units["市民政局"].is_group
    assert not any("开发区" == n or "长江新区" == n for n in units)   # a note never makes units
    assert p.units[0].name == "市民政局"


def test_000_schedule_and_duties(plans):
    p = plans["000"]
    assert [(ph.name, ph.start, ph.end) for ph in p.phases] == [
        ("动员部署阶段", "2024-01", "2024-03"), ("办理落实阶段", "2024-04", "2024-09"),
        ("总结汇报阶段", "2024-10", "2024-12")]
    duties = {d.kind: d for d in p.duties}
    assert duties["plan_filing"].due == "2024-03-31" and "备案" in duties["plan_filing"].text
    assert duties["half_year_summary"].due == "2024-06-30"
    assert duties["year_end_report"].due == "2024-11-30"
    assert duties["monthly_info"].every == "month" and duties["monthly_info"].due is None
    assert "联络员" in duties["liaison"].text


# --- 001 -------------------------------------------------------------------------

def test_001_tasks_restart_per_group(plans):
    p = plans["001"]
    per_group = [sum(1 for t in p.tasks if t.path == ["二", g]) for g in ("一", "二", "三", "四", "五")]
    assert per_group == [4, 5, 3, 4, 5]
    assert all(t.lead_units and t.responsible_units for t in p.tasks)
    t = task(p, "二.一.3")
    assert t.lead_units == ["市民政局"]
    assert t.responsible_units == ["市市场监管局", "市公安局", "市卫生健康委", "市应急管理局",
                                   "市地方金融工作局", "市消防救援支队"]
    t = task(p, "二.二.2")
    assert t.lead_units == ["各区人民政府"]
    assert t.responsible_units == ["市民政局", "市发展改革委", "市财政局", "市自然资源和规划局", "市城乡建设局"]
    assert task(p, "二.二.4").lead_units == ["各新城区人民政府"]


def test_001_targets(plans):
    p = plans["001"]
    t = task(p, "二.二.2")
    assert [(x.value, x.unit) for x in t.targets] == [(8, "个"), (20, "个"), (100, "个"), (300, "个")]
    assert t.targets[1].subject == "街道养老服务综合体"
    assert t.targets[2].subject.startswith("社区老年人服务中心")
    t = task(p, "二.二.5")
    assert targets(t) == [(2000, "户", None)] and t.targets[0].deadline == "2021-12-31"
    assert t.deadline == "2021-12-31"
    t = task(p, "二.三.1")
    assert targets(t) == [(90, "%", ">=")] and t.targets[0].deadline == "2021-12-31"
    assert "医养结合率" in t.targets[0].subject
    t = task(p, "二.四.2")
    assert targets(t) == [(500, "张", ">=")] and t.targets[0].deadline == "2021-12-31"
    assert "家庭养老照护床位" in t.targets[0].subject
    t = task(p, "二.五.2")
    assert targets(t) == [(10000, "人次", None)] and t.targets[0].deadline == "2021-12-31"


def test_001_schedule_duties_people(plans):
    p = plans["001"]
    assert [(ph.name, ph.start, ph.end) for ph in p.phases] == [
        ("动员部署阶段", "2021-04", "2021-04"), ("办理落实阶段", "2021-05", "2021-10"),
        ("督促检查阶段", "2021-11", "2021-11")]
    duties = {d.kind: d for d in p.duties}
    assert duties["plan_filing"].due == "2021-04-15"
    assert duties["half_year_summary"].due == "2021-06-30"
    assert duties["monthly_info"].every == "month"
    assert duties["quarterly_report"].every == "quarter" and "季通报" in duties["quarterly_report"].text
    assert "liaison" in duties
    assert len(p.people) == 43
    assert [x.role for x in p.people].count("组长") == 1
    assert [x.role for x in p.people].count("副组长") == 2
    assert [x.role for x in p.people].count("成员") == 40
    head = p.people[0]
    assert (head.name, head.unit, head.post, head.role) == ("陈红辉", "市人民政府", "副市长", "组长")
    li = next(x for x in p.people if x.name == "李涛")          # padded "李\u2002 涛"
    assert (li.unit, li.post) == ("市人民政府", "副秘书长")
    group = next(u for u in p.units if u.name == "领导小组各成员单位")
    assert group.members[0] == "市委网信办" and group.members[-1] == "新洲区人民政府"
    assert "市民政局" in group.members and len(group.members) == len(set(group.members)) == 40


# --- 002 -------------------------------------------------------------------------

def test_002_units_by_duty(plans):
    p = plans["002"]
    assert [t.number for t in p.tasks[:18]] == [str(i) for i in range(1, 19)]
    assert [t.key for t in p.tasks[18:]] == ["三.一", "三.二", "三.三", "三.四"]
    assert all(t.lead_units == [] for t in p.tasks)
    assert task(p, "二.一.2").responsible_units == ["市民政局", "市人力资源社会保障局", "市卫生健康委", "市医保局"]
    t16 = task(p, "二.五.16")
    assert len(t16.responsible_units) == 8
    assert "国家金融监管局启东支局" in t16.responsible_units and "生命健康科技园" in t16.responsible_units
    assert task(p, "二.一.1").responsible_units == ["市老龄工作委员会成员单位"]
    assert task(p, "三.一").responsible_units == ["市老龄工作委员会成员单位"]
    assert not any(u.endswith("等") for t in p.tasks for u in t.responsible_units)
    assert "体球网" not in "".join(u.name for u in p.units)
    group = next(u for u in p.units if u.name == "市老龄工作委员会成员单位")
    assert group.is_group
    dev = next(u for u in p.units if u.name == "市发展改革委")
    assert "市发改委" in dev.aliases                    # task 12 writes 市发改委


def test_002_targets_and_no_schedule(plans):
    p = plans["002"]
    t5 = task(p, "二.二.5")
    assert targets(t5) == [(580, "张", ">="), (75, "%", ">=")]
    assert [x.deadline for x in t5.targets] == ["2025-12-31", "2025-12-31"]
    t15 = task(p, "二.五.15")
    assert targets(t15) == [(80, "%", ">="), (50, "%", ">=")]
    assert t15.targets[0].deadline == "2025-12-31"
    assert p.phases == [] and p.duties == []


# --- 003 -------------------------------------------------------------------------

def test_003_work_points(plans):
    p = plans["003"]
    assert [t.number for t in p.tasks][:3] == ["一", "二", "三"]
    assert p.tasks[-1].number == "二十八" and p.tasks[-1].path == ["九"]
    assert [h.number for h in p.headings if h.level == 1] == list("一二三四五六七八九")
    assert all(not t.lead_units and not t.responsible_units for t in p.tasks)
    assert p.tasks[0].title == "深入学习贯彻习近平新时代中国特色社会主义思想"   # "社会 主义" rejoined
    assert not any("试行" in h.number or h.number in ("站", "服务点") for h in p.headings)
    t11 = next(t for t in p.tasks if t.number == "十一")
    assert [(x.value, x.unit) for x in t11.targets] == [(20, "个"), (30, "个"), (20, "个"), (50, "个"), (1210, "户")]
    assert t11.targets[0].subject.startswith("街道(乡镇)养老服务综合体")
    assert targets(next(t for t in p.tasks if t.number == "十三")) == [(10000, "人次", ">=")]
    assert targets(next(t for t in p.tasks if t.number == "十五")) == [(7000, "家", ">=")]
    assert targets(next(t for t in p.tasks if t.number == "十六")) == [(4, "%", ">="), (3, "%", ">=")]
    t17 = next(t for t in p.tasks if t.number == "十七")
    assert t17.targets == [] and "6.19" in t17.text
    assert p.units == [] and p.phases == []


# --- 004 -------------------------------------------------------------------------

def test_004_sections_and_units(plans):
    p = plans["004"]
    per_section = [sum(1 for t in p.tasks if t.path == [s]) for s in ("三", "四", "五", "六", "七")]
    assert per_section == [7, 5, 4, 3, 4]
    assert not any(t.path[0] in ("一", "二") for t in p.tasks)
    t = task(p, "三.6")
    assert t.lead_units == ["各县市区"]
    assert t.responsible_units == ["市发改委", "市财政局", "市地方金融工作局", "十堰银保监分局"]
    t = task(p, "四.3")
    assert t.lead_units == ["市卫健委"] and t.responsible_units == ["市教育局", "团市委", "市妇联"]
    t = task(p, "三.1")
    assert t.lead_units == [] and t.responsible_units[-1] == "各县市区"
    assert sum(1 for t in p.tasks if t.lead_units) == 2


def test_004_plan_targets(plans):
    p = plans["004"]
    got = [(x.value, x.unit, x.comparator) for x in p.plan_targets]
    assert got[:3] == [(28000, "张", ">="), (60, "%", ">="), (2600, "户", None)]
    assert (4.5, "个", ">=") in got and (14445, "个", ">=") in got
    assert all(x.deadline == "2025-12-31" for x in p.plan_targets)
    assert "养老床位总数" in p.plan_targets[0].subject
    t = task(p, "五.4")
    assert (2000, "人", ">=") in targets(t) and t.deadline == "2025-12-31"


def test_json_contract(plans):
    # its speed is the bench's plan_parse_ms.seed_004 figure, against a floor in the same run
    text = seed_path("004").read_text(encoding="utf-8")
    plan = parse_text(text)
    data = json.loads(json.dumps(plan.to_json(), ensure_ascii=False))
    assert data["tasks"][0]["path"] == ["三"] and data["tasks"][0]["number"] == "1"
    assert data["units"][0] == "市民政局"
    assert plan.source_text == text
