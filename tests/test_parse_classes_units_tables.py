"""Issue 10's failure classes of the plan parser: units and their roles, task tables, numbering, plans
cut off, short names and file reading.

Each class on a short text of its own, then the real case (the scorer covers whole plans:
tests/test_parse_score.py)."""

from __future__ import annotations

import pytest
from helpers_parse import units

from desktop.core.model import Task
from desktop.core.parse import parse_file, parse_text
from desktop.core.parse.read import read_plan_file
from desktop.core.parse.shortname import suggest_short_name

# --- 1. plans without units, plans cut off ----------------------------------------------

def test_a_plan_naming_no_units_imports_from_a_file(tmp_path):
    p = tmp_path / "plan.txt"
    p.write_text("2024年某镇工作方案\n一、工作目标\n二、主要任务\n（一）整治河道。\n（二）清理垃圾。\n",
                 encoding="utf-8")
    plan = parse_file(p)
    assert [t.key for t in plan.tasks] == ["二.一", "二.二"]
    assert all(not t.lead_units and not t.responsible_units for t in plan.tasks)
    assert any("列中逐项填写" in w for w in plan.warnings)        # says where: the review table


def test_a_plan_cut_off_inside_a_bracket_keeps_what_is_there():
    plan = parse_text("某市方案\n一、任务\n1.建设中心。（牵头单位：市民政局；责任单位：市财政局）\n"
                      "2.加强宣传。做好解读（牵头单位：市委宣传部；责任单位：市")
    assert units(plan) == [("一.1", ["市民政局"], ["市财政局"]), ("一.2", ["市委宣传部"], [])]
    assert any("括号中间中断" in w and "一.2" in w for w in plan.warnings)


# --- 2. lead conventions -------------------------------------------------------------------

@pytest.mark.parametrize("rule", ["列第一位者为工作牵头单位或汇总单位", "排在第一位的部门为牵头部门，下同"])
def test_first_listed_lead_rules(rule):
    plan = parse_text(f"某市方案\n一、任务\n（一）稳就业。（人社局、财政局负责，{rule}）\n"
                      "（二）促创业。（财政局、人社局负责）\n")
    assert units(plan) == [("一.一", ["人社局"], ["财政局"]), ("一.二", ["财政局"], ["人社局"])]
    assert all("第一位" not in u.name and u.name != "下同" for u in plan.units)


def test_role_words_in_brackets():
    plan = parse_text("某市方案\n一、任务\n（一）甲。（市民政局负责）\n（二）乙。（市发改委会同市财政局负责）\n"
                      "（三）丙。（市商务局牵头，市税务局参与）\n（四）丁。（商务部指导，供销合作总社参与）\n"
                      "（五）戊。（负责部门：市卫健委；适用范围：全市养老机构）\n（六）己。（农业农村部、工业和信息化部牵头负责）\n")
    assert units(plan) == [
        ("一.一", [], ["市民政局"]), ("一.二", ["市发改委"], ["市财政局"]), ("一.三", ["市商务局"], ["市税务局"]),
        ("一.四", [], ["供销合作总社"]), ("一.五", [], ["市卫健委"]),
        ("一.六", ["农业农村部", "工业和信息化部"], [])]


# --- 3. words that are not units, compound names ------------------------------------------

def test_phrases_are_not_units_and_compound_names_stay_whole():
    plan = parse_text("某省方案\n（列第一位者为牵头单位）\n一、任务\n"
                      "（一）甲。（省民政厅、省财政厅等，各县（市、区）政府（管委会）按职责分工负责）\n"
                      "（二）乙。（省教育厅负责，下同）\n（三）丙。（省住建厅负责，不再做分工）\n")
    assert units(plan) == [("一.一", ["省民政厅"], ["省财政厅", "各县（市、区）政府（管委会）"]),
                           ("一.二", ["省教育厅"], []), ("一.三", ["省住建厅"], [])]
    assert not {"管委会", "下同", "不再做分工", "按职责分工负责"} & {u.name for u in plan.units}


# --- 4. units for a run of items, section units inherited -----------------------------------

def test_units_after_a_run_of_items_belong_to_all_of_them():
    plan = parse_text("某局方案\n一、任务\n（一）管道整治\n1.压实主体责任。督促企业。\n2.强化检验。做好检验。\n"
                      "3.落实属地监管。开展排摸。（市局特种设备处牵头，各单位按职责分工负责，以下各项工作均需要各单位负责，不再单独列出）\n"
                      "（二）气瓶整治\n1.开展检查。依法查处。（市局特种设备处牵头）\n")
    assert units(plan) == [("一.一.1", ["市局特种设备处"], ["各单位"]), ("一.一.2", ["市局特种设备处"], ["各单位"]),
                           ("一.一.3", ["市局特种设备处"], ["各单位"]), ("一.二.1", ["市局特种设备处"], ["各单位"])]


# --- 6. task tables one cell a line ---------------------------------------------------------

def test_task_table_flattened_one_cell_a_line():
    plan = parse_text("某区行动方案\n一、任务\n（一）推进更新。（责任单位：区建管委）\n"
                      "（二）加强保障。（责任单位：区财政局）\n"
                      "附件：重点任务清单\n序号\n工作任务\n推进单位\n1\n推进走马塘片区规划研究\n区规划资源局、区发展改革委\n"
                      "2\n完成既有多层住宅加装电梯700台\n3\n推进海绵城市建设，40%的区域达到要求。\n区绿化市容局\n"
                      "片区\n面积\n4.42\n")
    table = [(t.key, t.responsible_units) for t in plan.tasks if t.path == ["附件"]]
    assert table == [("附件.1", ["区规划资源局", "区发展改革委"]), ("附件.2", ["区规划资源局", "区发展改革委"]),
                     ("附件.3", ["区绿化市容局"])]
    assert [(x.value, x.unit) for x in plan.tasks[3].targets] == [(700, "台")]


# --- short name, file reading ----------------------------------------------------------------

def test_short_name_is_suggested_and_kept_in_json():
    assert suggest_short_name("推进养老服务立法") == "养老服务立法"
    assert suggest_short_name("建设街道养老服务中心") == "街道养老服务中心"
    plan = parse_text("某市方案\n一、任务\n（一）推进养老服务立法。（市民政局负责）\n")
    task = plan.tasks[0]
    assert task.short_name == "养老服务立法"
    data = task.to_json()
    assert data["short_name"] == "养老服务立法"
    assert Task.from_json(data) == task
    old = {k: v for k, v in data.items() if k != "short_name"}
    assert Task.from_json(old).short_name == ""


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path, encoding):
    text = "某县养老服务工作方案\n一、主要任务\n（一）建设养老服务中心。（县民政局负责）\n"
    p = tmp_path / "plan.txt"
    p.write_bytes(text.encode(encoding))
    assert read_plan_file(p) == text
    assert parse_file(p).tasks[0].responsible_units == ["县民政局"]


def test_a_plan_that_is_a_task_table_one_cell_a_line():
    plan = parse_text("2024年政府工作报告重点工作任务分解表\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
                      "1\n地区生产总值增长6%左右。\n市发改委\n市统计局\n2024年12月\n"
                      "2\n新建2.8万张养老床位。\n市民政局\n市财政局、市住建局\n2024年11月底前\n")
    assert [(t.key, t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks] == [
        ("1", ["市发改委"], ["市统计局"], "2024-12-31"), ("2", ["市民政局"], ["市财政局", "市住建局"], "2024-11-30")]
    assert [(x.value, x.unit, x.text) for x in plan.tasks[1].targets] == [(28000, "张", "新建2.8万张养老床位")]


@pytest.mark.parametrize("table", [
    "序号\n工作任务\n责任领导\n牵头单位\n责任单位\n完成时限\n"
    "1\n新建农村公路50公里。\n张三\n县交通运输局\n各乡镇人民政府\n2024年12月\n"
    "2\n改造老旧小区10个。\n李四副县长、王五\n县住建局\n县财政局、城关镇\n2024年10月底前\n",
    "| 序号 | 工作任务 | 责任领导 | 牵头单位 | 责任单位 | 完成时限 |\n|---|---|---|---|---|---|\n"
    "| 1 | 新建农村公路50公里。 | 张三 | 县交通运输局 | 各乡镇人民政府 | 2024年12月 |\n"
    "| 2 | 改造老旧小区10个。 | 李四副县长、王五 | 县住建局 | 县财政局、城关镇 | 2024年10月底前 |\n",
])
def test_a_breakdown_table_with_a_leaders_column(table):
    plan = parse_text("某县2024年政府工作报告重点工作任务分解表\n" + table)
    assert [(t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks] == [
        (["县交通运输局"], ["各乡镇人民政府"], "2024-12-31"), (["县住建局"], ["县财政局", "城关镇"], "2024-10-31")]
    assert not {"张三", "李四副县长", "王五"} & {u.name for u in plan.units}


@pytest.mark.parametrize("bracket,lead,resp", [
    ("（区生态环境局牵头落实，各街道配合）", ["区生态环境局"], ["各街道"]),
    ("（区人社局牵头实施，区民政局协助落实）", ["区人社局"], ["区民政局"]),
    ("（区应急局、各街道按职责分工负责，区应急局牵头）", ["区应急局"], ["各街道"]),   # no unit twice
    ("（区政务服务中心负责牵头，区大数据局共同推进）", ["区政务服务中心"], ["区大数据局"]),
])
def test_role_words_written_with_their_verbs(bracket, lead, resp):
    plan = parse_text(f"某区方案\n一、任务\n1.改善环境。{bracket}\n2.加强宣传。（区委宣传部负责）\n")
    assert units(plan)[0] == ("一.1", lead, resp)


def test_a_task_table_one_cell_a_line_with_numbered_group_rows():
    plan = parse_text("某县人民政府关于印发2024年政府工作报告重点工作任务分解方案的通知\n某政发〔2024〕2号\n各乡镇：\n"
                      "附件\n2024年政府工作报告重点工作任务分解方案\n序号\n工作任务\n牵头单位\n责任单位\n完成时限\n"
                      "一、稳增长\n1\n地区生产总值增长6.5%左右。\n县发改局\n县统计局、各乡镇\n2024年12月底\n"
                      "2\n固定资产投资增长8%。\n县发改局\n县住建局、\n县交通运输局\n2024年12月底\n"
                      "二、惠民生\n3\n新增城镇就业1200人。\n县人社局\n各乡镇\n2024年11月底\n")
    assert [(t.key, t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks] == [
        ("1", ["县发改局"], ["县统计局", "各乡镇"], "2024-12-31"),
        ("2", ["县发改局"], ["县住建局", "县交通运输局"], "2024-12-31"),
        ("3", ["县人社局"], ["各乡镇"], "2024-11-30")]


def test_a_table_of_measures_with_a_guiding_column_and_rows_left_out():
    plan = parse_text("国务院办公厅关于推广改革举措的通知\n国办发〔2018〕126号\n各省人民政府：\n"
                      "一、推广的主要内容\n（一）知识产权保护方面2项。\n（二）管理体制创新方面1项。\n"
                      "附件：改革举措推广清单\n附件\n改革举措推广清单\n"
                      "序号\n改革举措\n主 要 内 容\n指导部门\n推广范围\n一、知识产权保护方面（共2项）\n"
                      "1\n专利保险机制\n开发包括专利代理责任险在内的险种。\n国家知识产权局、中国银保监会\n全国\n"
                      "2\n技术调查官制度\n法院审理知识产权案件时，可以引入技术调查官。\n最高人民法院\n8个改革试验区域\n"
                      "二、管理体制创新方面（共3项）\n"          # rows 3 and 4 left out of the page
                      "5\n职称评审自主权\n将职称评审自主权下放给地方高校。\n教育部\n全国\n")
    rows = [t for t in plan.tasks if t.path == ["附件"]]
    assert [(t.number, t.title, t.lead_units, t.responsible_units) for t in rows] == [
        ("1", "专利保险机制", [], []), ("2", "技术调查官制度", [], []), ("5", "职称评审自主权", [], [])]
    assert not any(t.targets for t in rows)                     # 推广范围 8个改革试验区域 is a scope
    assert {u.name for u in plan.units} == set()                # 指导部门 guide; they are not the doers


def test_the_real_table_of_measures_of_the_corpus():
    from parse_score import CORPUS_DIR
    path = CORPUS_DIR / "c07_guoban-2018-dierpi-zhichi-chuangxin-gaige-jucuo-tongzhi.txt"
    if not path.is_file():
        pytest.skip("c07 is not in the corpus yet")
    rows = [t for t in parse_text(path.read_text(encoding="utf-8")).tasks if t.path == ["附件"]]
    assert [t.number for t in rows] == [str(n) for n in [*range(1, 15), 21, 22, 23]]


def test_leaders_on_a_line_of_their_own_and_roles_written_as_a_sentence():
    plan = parse_text("2021年某省重点任务分工方案\n一、主要预期目标\n1.地区生产总值增长6%以上。\n\n"
                      "分管省领导:林克庆\n\n部门分工:省发展改革委牵头,各地、各部门配合。\n\n2.进出口实现正增长。\n\n分管省领导:张新\n\n"
                      "部门分工:省商务厅牵头,海关总署广东分署配合。\n")
    # (round 33: a label keeps its names less 各地／各地区／各方面／有关方面, which name no body)
    assert units(plan) == [("一.1", ["省发展改革委"], ["各部门"]), ("一.2", ["省商务厅"], ["海关总署广东分署"])]
    assert not {"林克庆", "张新"} & {u.name for u in plan.units}


@pytest.mark.parametrize("bracket,lead,resp", [
    ("（省发展改革委牵头，省财政厅、省商务厅）", ["省发展改革委"], ["省财政厅", "省商务厅"]),
    # people's roles first, then the lead, then a list the page cuts off inside
    ("（分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省", ["省发展改革委"], ["省工业和信息化厅"]),
])
def test_units_after_the_lead_take_part(bracket, lead, resp):
    plan = parse_text(f"某省方案\n一、任务\n（一）稳增长。{bracket}\n")
    assert units(plan) == [("一.一", lead, resp)]


def test_the_real_report_breakdowns_of_the_corpus():
    from parse_score import CORPUS_DIR
    p04 = CORPUS_DIR / "p04_guangdong-2021-sheng-zhengfu-gongzuo-baogao-zhongdian-renwu-fengong-fangan.txt"
    plan = parse_text(p04.read_text(encoding="utf-8"))
    assert plan.title == "2021年省《政府工作报告》重点任务分工方案"
    assert units(plan)[0] == ("一.1", ["省发展改革委"], ["各部门"])     # (各地 names no body, round 33)


def test_a_lead_in_prose_is_not_a_units_list():
    """「由A牵头，定期召开联席会议」 ends in work, not in a role: no units list; in a bracket it is the lead."""
    rest = "\n（二）宣传。（区委宣传部负责）\n"
    prose = parse_text("某区方案\n一、任务\n（一）建立机制。由区政府办公室牵头，定期召开联席会议。" + rest)
    # round 31: CONVENTIONS.md rule 2 — 「由A牵头」 in the item's sentence: lead A (read as a doer, not as a list)
    assert units(prose)[0] == ("一.一", ["区政府办公室"], [])
    bracket = parse_text("某区方案\n一、任务\n（一）建立机制。（区政府办公室牵头，定期召开联席会议）" + rest)
    assert units(bracket)[0] == ("一.一", ["区政府办公室"], [])


# --- round 2: a task table pasted one row a line after the notice that issues it ---------------

def test_a_task_table_one_row_a_line_after_a_signed_notice():
    """The notice's own points (一、…三、) end at its signature and date; the table after it — a header
    whose cells are letter-spaced (工 作 任 务), rows of number, task and unit separated by spaces, a
    task with a space of its own — is the plan's task list."""
    plan = parse_text("某省人民政府办公厅关于印发2024年重点指标任务分工的通知\n各市人民政府，省直有关部门：\n"
                      "现将任务分工印发给你们，并通知如下：\n一、各有关部门要抓紧制定工作方案。\n"
                      "二、各牵头部门每季度末将进展情况报送省政府督查室。\n某省人民政府办公厅\n2024年3月1日\n"
                      "2024年重点指标任务分工\n序号 工 作 任 务 牵头单位\n1 地区生产总值增长6%左右 省发展改革委\n"
                      "2 新增城镇就业 80万人以上 省人力资源社会保障厅\n3 完成造林100万亩 省林业局\n")
    assert [(t.key, t.lead_units, [(x.value, x.unit) for x in t.targets]) for t in plan.tasks] == [
        ("1", ["省发展改革委"], [(6.0, "%")]), ("2", ["省人力资源社会保障厅"], [(800000.0, "人")]),
        ("3", ["省林业局"], [(1000000.0, "亩")])]
    assert any("督查室" in d.text for d in plan.duties)        # the notice's points still give duties


def test_without_a_signature_the_points_keep_their_items():
    plan = parse_text("某区方案\n一、任务\n1.整治河道。（区水务局负责）\n2.清理垃圾。（区城管局负责）\n"
                      "二、要求\n1.加强领导。（区政府办负责）\n")
    assert [t.key for t in plan.tasks] == ["一.1", "一.2", "二.1"]


def test_the_real_table_one_row_a_line_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    tuning = CORPUS_DIR.parent / "plans-heldout"
    path = tuning / "x07_guoban-2016-zhengfu-gongzuo-baogao-lianghua-zhibiao-renwu-fengong.txt"
    plan = parse_text(path.read_text(encoding="utf-8"))
    assert [t.key for t in plan.tasks] == [str(n) for n in range(1, 11)]
    assert (plan.tasks[2].lead_units, plan.tasks[5].lead_units) == (["财政部"], ["工业和信息化部"])


# --- round 2: the first-listed rule in a bracket after the last unit ---------------------------

@pytest.mark.parametrize("units_line", [
    "责任单位:市经信局、市财政局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)",
    "（市经信局、市财政局、市税务局〔排在第一位的为牵头部门，下同〕）",
])
def test_a_rule_bracket_after_the_last_unit_keeps_that_unit(units_line):
    plan = parse_text(f"某市方案\n一、任务\n1.支持企业。做好工作。\n{units_line}\n"
                      "2.稳物价。做好。\n责任单位:市发展改革委、市市场监管局\n")
    assert units(plan) == [("一.1", ["市经信局"], ["市财政局", "市税务局"]),
                           ("一.2", ["市发展改革委"], ["市市场监管局"])]


def test_the_real_rule_bracket_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    tuning = CORPUS_DIR.parent / "plans-heldout"
    plan = parse_text((tuning / "x01_huzhou-2020-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie.txt")
                      .read_text(encoding="utf-8"))
    assert units(plan)[0] == ("一.1", ["市经信局"],
                              ["市财政局", "市发展改革委", "市人力社保局", "市金融办", "市税务局"])


@pytest.mark.parametrize("table,rows", [
    # every header cell letter-spaced
    ("序 号 工 作 任 务 牵 头 单 位\n1 地区生产总值增长6%左右 省发展改革委\n2 新增城镇就业80万人 省人社厅\n",
     [("1", ["省发展改革委"], []), ("2", ["省人社厅"], [])]),
    # the last unit column listing several units with spaces; a task cell with a space of its own
    ("序号 工作任务 牵头单位 责任单位\n1 地区生产总值增长6%左右 县发改局 县统计局 县财政局\n"
     "2 新增城镇 就业1200人 县人社局 各乡镇\n",
     [("1", ["县发改局"], ["县统计局", "县财政局"]), ("2", ["县人社局"], ["各乡镇"])]),
])
def test_variants_of_a_table_one_row_a_line(table, rows):
    plan = parse_text("2024年重点任务分工\n" + table)
    assert units(plan) == rows


# --- round 3 (tuned on tests/data/plans-fresh too): a table one cell a line, each cell with its bar --

@pytest.mark.parametrize("header", [
    # the header names columns the task does not need (进展, 说明), and a unit column in words of its own
    "序号 |\n工作任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n1-6月进展 |\n说明 |\n",
    # plain 牵头单位 / 配合单位, no leader, bars doubled
    "序号 ||\n主要任务 ||\n牵头单位 ||\n配合单位 ||\n",
])
def test_a_table_one_cell_a_line_with_a_bar_after_each_cell(header):
    rows = ("7 |\n新建口袋公园12个。 |\n张三 |\n区绿化市容局 |\n区建管委、各街镇 |\n已完成8个。 |\n||\n"
            "8 |\n改造老旧小区30个。 |\n李四 |\n区房管局 |\n区财政局 |\n已开工。 |\n|\n")
    if "分管" not in header:
        rows = rows.replace("张三 |\n", "").replace("李四 |\n", "").replace("已完成8个。 |\n", "")\
            .replace("已开工。 |\n", "")
    plan = parse_text("2024年区民生实事项目推进情况\n" + header + rows)
    assert units(plan) == [("7", ["区绿化市容局"], ["区建管委", "各街镇"]), ("8", ["区房管局"], ["区财政局"])]
    assert [(t.value, t.unit) for t in plan.tasks[0].targets] == [(12.0, "个")]   # 已完成8个 is progress


def test_the_real_barred_table_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR.parent / "plans-fresh"
                       / "f06_chongchuan-2023-qu-zhengfu-zhongdian-minsheng-shishi-xiangmu-biao.txt")
                      .read_text(encoding="utf-8"))
    assert [t.key for t in plan.tasks] == ["24", "25", "26"]
    assert plan.tasks[1].lead_units == ["城管局"] and "环卫处" in plan.tasks[1].responsible_units


# --- round 3: a unit's name cut by the end of the text ---------------------------------------------

@pytest.mark.parametrize("last_line,lead,resp", [
    ("责任单位:区", [], []),
    ("牵头单位：市发展改革委\n责任单位：市财政局、市", ["市发展改革委"], ["市财政局"]),
    ("责任单位：县住建局、县交", [], ["县住建局"]),
])
def test_a_unit_cut_by_the_end_of_the_text_is_dropped_and_warned(last_line, lead, resp):
    plan = parse_text("2023年某区目标任务分解方案\n一、主要目标\n（一）地区生产总值增长7%\n责任单位:区发展和改革局\n"
                      f"（二）固定资产投资增长12%以上\n{last_line}\n")
    assert units(plan)[-1] == ("一.二", lead, resp)
    assert any("中断" in w and "一.二" in w for w in plan.warnings)


def test_a_whole_last_unit_gives_no_such_warning():
    plan = parse_text("2023年某区目标任务分解方案\n一、主要目标\n（一）地区生产总值增长7%\n责任单位:区发展和改革局\n")
    assert units(plan) == [("一.一", [], ["区发展和改革局"])]
    assert not any("中断" in w for w in plan.warnings)


def test_the_real_cut_unit_of_round_3():
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR.parent / "plans-fresh"
                       / "f02_caidian-2023-zhengfu-gongzuo-baogao-mubiao-renwu-zeren-fenjie.txt")
                      .read_text(encoding="utf-8"))
    last = plan.tasks[-1]
    assert last.title.startswith("工业投资增长12%") and not last.lead_units and not last.responsible_units


# round 22 (parser31): a kind of area is no unit wherever a name is judged, as a kind of housing estate is
def test_a_kind_of_area_is_no_unit_in_looks_like_unit():
    from desktop.core.parse.units import looks_like_unit
    for place in ("城市形象重点建设片区", "历史风貌保护地区", "生态环境敏感区域", "老旧住宅小区"):
        assert not looks_like_unit(place)
    for body in ("临港新片区", "各功能片区", "区住建委", "浦东新区"):
        assert looks_like_unit(body)


# round 22 (parser31): the office endings prose readers take a name by are units.OFFICE_END, one list; a
# paragraph of duties led by 科 / 处 / 署 is read as by 所 / 局, a room (会议室) is no unit
def test_unit_duties_take_any_office_ending_and_no_room():
    from desktop.core.parse.declarations import find_declaration
    decl = find_declaration("各部门共同做好汛期安全工作。镇规划科:负责排查危房;镇城管中队:负责清理河道;"
                            "区水务署:负责调度。")
    assert decl is not None and decl.resp == ["镇规划科", "镇城管中队", "区水务署"]
    assert find_declaration("各部门共同做好汛期安全工作。会议室:布置会场。") is None
