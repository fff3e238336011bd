"""Round 45 names class (q45b): a body's name with the clause's words glued before it, and a role's noun cut.

「…拆解前市交通委组织…」 read as …前市交通委, a table's
活动内容 cell run into its 负责单位 cell (…健步走活动市体育局, …展示大会武术协会), 「以项目为单位开立」 before the doer,
and an article's short title whose space was lost (法律责任区…). The name begins after them where what follows is a
body's name; names holding such words as their own stay whole. And 「各级城市更新实施主体优先纳入…」 is no body
「各级城市更新」 doing 实施. Made-up snippets written the way city notices and town plans are laid out."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.glued_heads import unheaded
from desktop.core.parse.glued_tails import unglued


def test_the_clause_before_a_name_is_none_of_it():
    assert unheaded("设备验收前区市场监管局") == "区市场监管局"
    assert unheaded("车辆报废后市交通委") == "市交通委"
    assert unheaded("全民健身日万人长跑活动县体育局") == "县体育局"
    assert unheaded("青少年篮球比赛启动大会篮球协会") == "篮球协会"
    assert unheaded("工资账户以施工项目为单位开立施工总承包单位") == "施工总承包单位"
    assert unheaded("法律责任区纪检监察机关") == "区纪检监察机关"
    # (unglued, the names' one funnel, takes both ends off)
    assert unglued("设备验收前区市场监管局") == "区市场监管局"


def test_names_holding_such_words_as_their_own_stay_whole():
    for name in ("自由贸易试验区管委会", "中国（上海）自由贸易试验区管理委员会", "前滩管委会", "区青少年活动中心",
                 "全国人民代表大会常务委员会", "区人大常委会", "市体育总会", "市老年大学", "区总工会",
                 "监督管理局", "区市场监督管理局", "县武术协会", "区文化活动中心", "法律援助中心"):
        assert unheaded(name) == name, name
    # (what follows the clause is no body's name: the name is left as it is)
    assert unheaded("除雪工作由群众") == "除雪工作由群众"
    # (「其中宣传工作由镇团委负责」: a part of the work named before 由 is left as read, p43d)
    assert unheaded("宣传工作由镇团委") == "宣传工作由镇团委"
    assert unheaded("验收前市场") == "验收前市场"
    assert unheaded("启动仪式现场") == "启动仪式现场"


NOTICE = ("关于做好某项工作的通知\n\n各区住房城乡建设管理部门：\n\n一、工作要求\n\n（一）落实责任\n{}\n\n"
          "（二）加强保障\n区财政局负责落实工作经费。\n\n二、其他\n\n本通知自印发之日起施行。\n")


def units(sentence: str) -> list[str]:
    task = parse_text(NOTICE.format(sentence)).tasks[0]
    return task.responsible_units


def test_sentences_give_the_body_after_a_time_glued_before_it():
    assert units("设备拆除前区市场监管局组织人员到现场核查，并出具核查意见。") == ["区市场监管局"]


def test_a_role_noun_after_a_kind_is_no_body_doing_its_verb():
    assert units("对体检发现的限时解决类问题，各级城市更新实施主体优先纳入年度计划并保障资源投入。") == []
    # (near miss: a body before 实施 as a verb still does the work)
    assert units("区住房城乡建设管理委实施年度更新计划，统筹推进各项工作。") == ["区住房城乡建设管理委"]
