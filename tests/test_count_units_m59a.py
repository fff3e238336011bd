"""Units of count a county plan uses (ux58 finding 8): 「迁移或生态化改造坟墓2000穴」 was not read, and typed by the
clerk it was refused as having no unit. Each unit of count is read by the one target reader, by the parser in a
plan's task, and by the review's typed targets; a phrase still refused says which part could not be read."""

from __future__ import annotations

import pytest

from desktop.core import review_edits as logic
from desktop.core.parse import read_target

# (phrase, value, unit): one line per unit of count, each as a county plan writes it
COUNTS = [
    ("迁移或生态化改造坟墓2000穴", 2000, "穴"),
    ("增殖放流鱼苗100万尾", 1000000, "尾"),
    ("新建家禽养殖场存栏5000羽", 5000, "羽"),
    ("改造危桥3孔", 3, "孔"),
    ("发展肉牛养殖500头", 500, "头"),
    ("新建机井20眼", 20, "眼"),
    ("整治山塘12座", 12, "座"),
    ("新建水窖30口", 30, "口"),
    ("办结信访积案15宗", 15, "宗"),
    ("补植行道树800棵", 800, "棵"),
    ("栽种苗木2000株", 2000, "株"),
    ("整治乱堆乱放300处", 300, "处"),
    ("拆除违章建筑40间", 40, "间"),
    ("改造农房50栋", 50, "栋"),
    ("新建安置房6幢", 6, "幢"),
    ("完成改厕1500户", 1500, "户"),
    ("复垦土地120亩", 120, "亩"),
    ("新增马匹养殖200匹", 200, "匹"),
]


@pytest.mark.parametrize(("phrase", "value", "unit"), COUNTS)
def test_a_unit_of_count_is_read(phrase: str, value: int, unit: str) -> None:
    target = read_target(phrase, 2024)
    assert target is not None, phrase
    assert (target.value, target.unit) == (value, unit)


@pytest.mark.parametrize(("phrase", "value", "unit"), COUNTS)
def test_a_unit_of_count_typed_in_the_review_is_taken(phrase: str, value: int, unit: str) -> None:
    [target] = logic.parse_targets(phrase, [], 2024)
    assert (target.value, target.unit) == (value, unit)


def test_the_plans_task_reads_the_graves(tmp_path) -> None:
    from desktop.core.parse import parse_text

    text = ("文成县“三边三化”专项整治三年行动方案\n一、工作任务\n"
            "1.整治“青山白化”，迁移或生态化改造坟墓2000穴。（牵头单位：县民政局；责任单位：各乡镇人民政府）\n"
            "2.开展增殖放流，放流鱼苗100万尾。（牵头单位：县农业农村局）\n")
    plan = parse_text(text)
    found = [(t.value, t.unit) for task in plan.tasks for t in task.targets]
    assert (2000, "穴") in found and (1000000, "尾") in found


@pytest.mark.parametrize("word", ["穴位按摩", "尾号限行", "羽毛球场", "孔径", "匹配"])
def test_a_word_that_only_starts_with_the_unit_is_no_count(word: str) -> None:
    target = read_target(f"完成3{word}", 2024)
    assert target is None or target.unit not in ("穴", "尾", "羽", "孔", "匹"), word


def test_a_refusal_says_which_part_it_could_not_read() -> None:
    with pytest.raises(logic.EditError) as refused:
        logic.parse_targets("修缮古民居20进", [], 2024)
    assert "“20”" in refused.value.message and "“进”" in refused.value.message


def test_a_refusal_of_a_number_in_chinese_says_to_write_it_in_figures() -> None:
    with pytest.raises(logic.EditError) as refused:
        logic.parse_targets("完成坟墓迁移两千余穴位", [], 2024)
    assert "阿拉伯数字" in refused.value.message


@pytest.mark.parametrize("sentence", ["特别是1000羽以上养殖大户要全面免疫，免疫率达到100%。",
                                      "特別是1000羽以上養(yǎng)殖大戶要全面免疫，免疫率達到100%。",
                                      "特别是500头以上养殖场要做好消毒，免疫率达到100%。"])
def test_a_farm_counted_over_a_size_is_a_threshold_not_a_target(sentence: str) -> None:
    from desktop.core.parse import parse_text

    plan = parse_text(f"某乡防治预案\n一、工作任务\n1.做好免疫。{sentence}（责任单位：乡畜牧站）\n")
    assert [(t.value, t.unit) for task in plan.tasks for t in task.targets] == [(100, "%")]
