"""Round 32 (p32t): the round-32 target rulings of CONVENTIONS.md, figures in a task table's own columns, and a table
with two unit columns and no 牵头 word. Each class is tested in wordings of its own, with near misses that must not
change."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.read import table_lines
from desktop.core.parse.targets import find_targets


def _got(text: str) -> set[tuple[float, str]]:
    return {(t.value, t.unit) for t in find_targets(text, 2025)}


# --- 1. the round-32 comparison words join the threshold line --------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("绿化带透光率均大于60%的，可不设遮挡。", (60, "%")),
    ("临时堆场应设置在30米以内的范围。", (30, "米")),
    ("对入住率不足40%的养老机构开展专项评估。", (40, "%")),
    ("工期不到2年的项目不纳入本次清查。", (2, "年")),
    ("补贴期限最长3年。", (3, "年")),
    ("每季度最多组织2次联合检查。", (2, "次")),
    ("承租期最长延期6个月。", (6, "个月")),
    ("遮阳设施高度在5米以内。", (5, "米")),
    ("路面宽度大于8米的需要办理手续。", (8, "米")),
])
def test_the_round_32_words_join_the_line(text, figure):
    assert figure in _got(text), _got(text)


@pytest.mark.parametrize("text", [
    "排放量小于500立方米的小型项目实行属地管理。",
    "口径≤200mm的支管改造为球墨铸铁管。",
    "服务半径≥300米的社区公园。",
    "年用水量大于5000吨且小于等于20000吨的单位。",
])
def test_the_round_32_words_inside_the_noun_of_a_class_give_no_target(text):
    # (Round 58 rulings: a band inside the noun of the class a piece of work picks is a class)
    assert _got(text) == set(), _got(text)


def test_the_round_32_words_join_the_line_in_chinese_numerals():
    assert (3, "年") in _got("可申请最长三年的人才公寓租赁补贴。")
    assert (6, "个月") in _got("整改期限最长为六个月。")
    assert (1, "年") in _got("工期不足一年的项目不纳入清查。")
    assert _got("为期三个月。") == set() and _got("五年内完成。") == set()


@pytest.mark.parametrize("text, figure", [
    ("问题最多的10个小区列入重点整治。", (10, "个")),      # 最多的: the most, a noun's measure
    ("采用DN150mm管道。", (150, "mm")),                    # a pipe's size, no word
    ("管径150mm的管道采用沟槽连接。", (150, "mm")),          # a kind, no word
    ("配置3吨或5吨电动清运车辆。", (3, "吨")),               # a kind of truck
])
def test_no_round_32_word_no_target(text, figure):
    assert figure not in _got(text), _got(text)


# --- the round-32 exceptions: grade bands and penalties stay out; a range gives its lower edge -----------------------

@pytest.mark.parametrize("text, figure", [
    ("评价结果分为优秀（85分及以上）、合格（60-84分）、不合格（59分及以下）。", (59, "分")),
    ("年度得分80分以上为优秀。", (80, "分")),
    ("未按期完成的，区级奖补资金比例扣减2%。", (2, "%")),
    ("考核不合格的，每项扣除奖励资金5万元。", (50000, "元")),
    ("对违规单位处2000元以上1万元以下的罚款。", (2000, "元")),
])
def test_grade_bands_and_penalties_are_no_targets(text, figure):
    assert figure not in _got(text), _got(text)


@pytest.mark.parametrize("text, figure", [
    ("考核得分不低于85分。", (85, "分")),                  # a score to reach stays a target
    ("补助比例下调至40%。", (40, "%")),                     # a policy's own rate
    ("每个站点配备2-3名管理员。", (2, "名")),               # a range at its lower edge
])
def test_near_misses_stay_targets(text, figure):
    assert figure in _got(text), _got(text)


def test_a_range_gives_no_upper_edge():
    assert (3, "名") not in _got("每个站点配备2-3名管理员。")


# --- 2. a quantity cell in a figure column of a task table is a target of its row ------------------------------------

_HEADER = ["序号", "工作任务", "责任单位", "检查比例", "检查数量", "备注"]


def test_quantity_cells_are_the_rows_figures():
    lines = table_lines([_HEADER, ["1", "对加油站开展安全检查", "区应急局", "8%", "4家(以实际为准)", "无"]])
    assert lines == ["1.对加油站开展安全检查。检查比例8%，检查数量4家。(责任单位:区应急局)"]


def test_a_cell_with_no_unit_or_of_words_adds_nothing():
    lines = table_lines([_HEADER, ["1", "对加油站开展安全检查", "区应急局", ">=1", "视情况确定", "无"]])
    assert lines == ["1.对加油站开展安全检查。(责任单位:区应急局)"]


def test_a_column_of_what_was_is_no_figure_column():
    header = ["序号", "工作任务", "责任单位", "现状数量", "实际完成比例"]
    lines = table_lines([header, ["1", "建设社区食堂", "区民政局", "12个", "80%"]])
    assert lines == ["1.建设社区食堂。(责任单位:区民政局)"]


def test_a_table_with_figure_columns_gives_targets():
    text = ("某区2025年专项检查计划\n序号 | 检查事项 | 责任单位 | 抽查比例 | 抽查数量\n"
            "1 | 对餐饮单位的行政检查 | 区市场监管局 | 3% | 6户 |\n2 | 对药店的行政检查 | 区市场监管局 | 10% | 2户 |\n")
    plan = parse_text(text)
    assert [sorted((t.value, t.unit) for t in task.targets) for task in plan.tasks] == [
        [(3.0, "%"), (6.0, "户")], [(2.0, "户"), (10.0, "%")]]


# --- 3. two unit columns with no 牵头 word: both are the row's units, in order, no lead -------------------------------

def test_two_unit_columns_with_no_lead_word():
    text = ("某县2025年抽查工作计划\n序号 | 检查主体 | 检查内容 | 责任股室 | 抽查比例\n"
            "1 | 某县市场监督管理局 | 对电梯使用单位的行政检查 | 特种设备股 | 5% |\n"
            "2 | 某县市场监督管理局 | 对食品经营者的行政检查 | 食品股 | 5% |\n")
    plan = parse_text(text)
    assert [(t.lead_units, t.responsible_units) for t in plan.tasks] == [
        ([], ["某县市场监督管理局", "特种设备股"]), ([], ["某县市场监督管理局", "食品股"])]


def test_a_cooperating_second_column_stays_the_partner():
    lines = table_lines([["序号", "工作任务", "责任单位", "配合单位"],
                         ["1", "开展燃气安全检查", "区住建委", "各街镇"]])
    assert lines == ["1.开展燃气安全检查。(牵头单位:区住建委;责任单位:各街镇)"]


# --- 4. a regulated party's filing with a regulator is no duty (round 32) --------------------------------------------

def _duties(text: str) -> list[tuple[str | None, str | None]]:
    from desktop.core.parse.duties import find_duties
    return [(d.due, d.every) for d in find_duties(text, 2025)]


@pytest.mark.parametrize("text", [
    "重点排污单位应当于每月10日前向市生态环境局报送上月自行监测数据。",
    "施工单位应于每年1月底前向区建设管理委提交上年度安全生产报告。",
    # (a standing filing on a yearly day; a one-off day of its own 「…要在6月30日前将自查表报送…」 is a dated duty the
    # notice asks of the bodies it tasks: Round 64 rulings on x180_01, round 43 turned — test_parse_classes_p54e)
    "各加油站经营企业要在每年6月30日前将自查表报送区商务委。",
    "用人单位应当每季度向区人力资源社会保障局报告用工情况。",
])
def test_a_regulated_partys_filing_is_no_duty(text):
    assert _duties(text) == []


@pytest.mark.parametrize("text", [
    "各街镇应于每年3月底前向区生态环境局报送上年度工作总结。",          # a plan unit's sending
    "各区指导企业于每年3月底前向区生态环境局报送年度报告。",            # the unit's work of getting them in
    "相关企业于每月5日前将整改情况报送区整治办。",                      # to the campaign's office
    "重点企业每季度将推进情况报送领导小组办公室。",                      # to the leading group
    "电网企业于每年4月底前将项目实际发电量报送我委。",                  # to the issuer
    "区经信委会同相关企业于每月5日前报送工作进展。",                    # a unit opens the sentence
])
def test_a_sending_of_the_plans_units_or_to_its_office_stays_a_duty(text):
    assert _duties(text) != []


# --- a page's marks: a hidden-text marker's count is no figure; a unit broken over a line is one unit ---------------

@pytest.mark.parametrize("text", ["（三）小餐饮：建筑面积100平方米以 ……此处隐藏3208个字……",
                                  "加强宣传教育。…此处省略120字…"])
def test_a_hidden_text_markers_count_is_no_target(text):
    assert not {u for _, u in _got(text)} & {"个", "字"}, _got(text)


def test_a_unit_broken_over_a_line_is_one_unit():
    assert (500, "平方米") in _got("新建仓库建筑面积不少于500平方\n米。")
    assert (20, "立方米") in _got("储罐储量达到20立方\n米以上。")
    # (not two lines each with its own figure)
    assert (3, "个") in _got("新建3个\n米粉加工点。")


# --- a ceiling on a rhythm 「每年…不超过1次」 is a bound the item sets (plans-next100 class 5) ----------------

def test_a_ceiling_on_a_rhythm_is_a_target():
    assert (1, "次") in _got("原则上每季度对同一企业的现场检查不超过1次，确有必要的不超过3次。")
    assert (1, "次") in _got("每月最多组织1次集中约谈。")


@pytest.mark.parametrize("text", ["每年组织1次应急演练。", "每季度召开1次联席会议。"])
def test_a_plain_rhythm_s_held_event_is_counted(text):
    # (Round 59 rulings, governs over round 35's floor: the events a rhythm holds are counted work, 1 次 included)
    assert (1, "次") in _got(text)


# --- how long a system keeps or looks back, with no comparison word, is a norm (plans-next99 class 7) ----------------

@pytest.mark.parametrize("text", ["监控平台数据可支持6个月回溯。", "执法记录仪影像资料保存12个月。"])
def test_a_systems_retention_norm_is_no_target(text):
    assert _got(text) == set(), _got(text)


@pytest.mark.parametrize("text, figure", [("影像资料保存期限不少于6个月。", (6, "个月")),
                                          ("录像资料保存3个月以上。", (3, "个月")),
                                          ("完成3个月专项巡查。", (3, "个月"))])
def test_a_retention_joined_to_the_line_stays_a_target(text, figure):
    assert figure in {(t.value, t.unit) for t in find_targets(text, 2025, relaxed=True)}


# --- a count closing a list of named things, with no verb of work before it (plans-next98 class 5) -----------------

@pytest.mark.parametrize("text, figure", [
    ("“食品经营许可”“药品零售许可”等12个事项的办事指南同步更新。", (12, "个")),
    ("《消防法》《安全生产法》等5部法律的学习材料已印发。", (5, "部")),
])
def test_a_count_of_named_things_is_no_target(text, figure):
    assert figure not in {(t.value, t.unit) for t in find_targets(text, 2025, relaxed=True)}


@pytest.mark.parametrize("text, figure", [
    ("新建“滨江公园”“世纪公园”等3个口袋公园。", (3, "个")),
    ("完成“一网通办”“一网统管”等不少于6个应用场景建设。", (6, "个")),
])
def test_a_count_of_named_things_to_make_stays_a_target(text, figure):
    assert figure in {(t.value, t.unit) for t in find_targets(text, 2025, relaxed=True)}


# --- a plan unit's sending to the plan's office, dated, blank-dated or not; 交于 a named office ---------------------

@pytest.mark.parametrize("text", [
    "各成员单位要制定具体方案，并将方案和联络员名单报领导小组办公室。",
    "各乡镇于月日前将整治情况上报县安全生产专项整治领导小组办公室。",
    # (left: a year's 「工作总结」 with its date left blank goes the summary's way, which wants a date)
    "台账由各社区每月10日前交于镇综治办。",
])
def test_a_sending_to_the_plans_office_is_a_duty(text):
    assert _duties(text) != []


@pytest.mark.parametrize("text", ["成立专项行动领导小组，领导小组办公室设在区市场监管局。",
                                  "各成员单位要积极配合领导小组办公室开展工作。"])
def test_no_sending_no_duty(text):
    assert _duties(text) == []
