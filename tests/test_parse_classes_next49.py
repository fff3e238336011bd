"""Classes of plans-next49 / next44 / next41 / next46 (round 25, helper p44), each with made-up wordings other
than the plans' own, and near-misses that must not fire."""
from __future__ import annotations

from desktop.core.parse import parse_text


def _units(*items: str, head: str = "某县2024年重点工作方案\n一、重点任务\n") -> dict[str, tuple[list[str], list[str]]]:
    marks = "一二三四五六七八九十"
    text = head + "\n".join(f"（{marks[i]}）{t}" for i, t in enumerate(items))
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


# x49_04: a unit label read by its shape — a role word before a kind of body — not only by a list of labels
def test_labels_read_by_their_shape():
    got = _units("推进改厕。完成改厕1000户。（牵头推进部门：县农业农村局；配合实施单位：各乡镇人民政府）",
                 "整治河道。清淤河道20公里。（具体责任单位：县水利局、县财政局）",
                 "规范执法。开展联合执法。（牵头指导科室：局法规科）",
                 "加强监管。开展抽查检查。（主责处室：市局稽查处、执法总队）",
                 "宣传。（责任单位：县委宣传部）")
    assert got["一.一"] == (["县农业农村局"], ["各乡镇人民政府"])
    assert got["一.二"] == ([], ["县水利局", "县财政局"])
    assert got["一.三"] == (["局法规科"], [])
    assert got["一.四"] == (["市局稽查处", "执法总队"], [])


def test_a_label_that_only_guides_names_no_unit_doing_the_work():
    got = _units("推进改厕。完成改厕1000户。（业务指导部门：市农业农村委；责任单位：各乡镇）",
                 "整治河道。清淤河道20公里。（指导处室：市局水资源处）",
                 "宣传。（责任单位：县委宣传部）")
    assert got["一.一"] == ([], ["各乡镇"])
    assert got["一.二"] == ([], [])


def test_units_named_for_a_role_inside_a_label_and_carried_by_xiatong():
    got = _units("强化抽查。开展抽查。（牵头推进处室：市局质量处，各区市场监管局、执法总队为实施单位，下同）",
                 "强化标准。制定标准。（牵头推进处室：市局标准处）",
                 "强化宣传。开展宣传。",
                 "强化认证。开展认证监管。（牵头推进处室：市局认证处、市局质量处）")
    assert got["一.一"] == (["市局质量处"], ["各区市场监管局", "执法总队"])
    assert got["一.二"] == (["市局标准处"], ["各区市场监管局", "执法总队"])
    assert got["一.三"] == ([], [])                # no units of its own: 下同 repeats a bracket, none here
    assert got["一.四"] == (["市局认证处", "市局质量处"], ["各区市场监管局", "执法总队"])


def test_without_xiatong_the_named_units_stay_in_their_own_task():
    got = _units("强化抽查。开展抽查。（牵头单位：市局质量处，各区市场监管局作为配合单位）",
                 "强化标准。制定标准。（牵头单位：市局标准处）")
    assert got["一.一"] == (["市局质量处"], ["各区市场监管局"])
    assert got["一.二"] == (["市局标准处"], [])


def test_shaped_label_near_misses():
    # a heading with a role word before a colon, a sentence after a group label, a verb phrase before 责任单位
    text = ("某县2024年安全生产工作方案\n一、重点任务\n（一）明确责任处：各乡镇要落实属地责任。\n"
            "（二）压实责任。各责任单位：要按照分工抓好落实。\n"
            "（三）开展排查。全面开展隐患排查。（责任单位：县应急局）\n")
    got = {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}
    assert got["一.一"] == ([], [])
    assert got["一.二"] == ([], [])
    assert got["一.三"] == ([], ["县应急局"])
