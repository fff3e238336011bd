"""Round 63 (p63c): which articles, points and lines of whole rules are tasks.

- A penalty article whose response names its body and a fine straight after 处 「…的，由A处一千元以上一万元以下罚款」
  is a task (the body's step after a breach, round 30/34); the officials' liability 「由A对直接责任人员给予处分」 too.
- A list of breaches under a lead-in that imposes the fine itself, each line only adding the fine's band 「（一）…的，
  处以…罚款」, is the lead-in's text, one task (Round 78's (b)); lines with a response of their own 「…的，由B责令
  改正」 stay items (round 51 q47b).
- A list under 「下列单位应当…：」 whose lines only class the bodies is one task (Round 78's (b)).
- A duty list's catch-all 「上级机关认为应当由A承担的其他职责」 is text.
- Rules for any one person or a guardian, standards things must meet, referrals 「…应当遵守…规定」 with bans to no one,
  the city's calls 「鼓励…行业组织…」 and a right-holder's options are no tasks where the plan's tasks name units.
- An article whose paragraphs each open with a body's duty 「A承担…职责，负责…。⏎B负责…⏎C负责…」 is one task.
- 「设置X应当符合下列要求：」: a line that limits or acts is a task, a line stating only the state asked is text.
- A one-cell-a-line task table whose header names its work 「任务区分」 and its bodies 「实施部门」 beside 「牵头部门」:
  its rows are tasks ["附件", "<row no.>"] with their leads and bodies.
- A yearly total of days 「…的天数，一年内累计不超过60天」 is a target; a bar inside the noun a limit allows 「仅限于
  高度不超过24米的建筑外墙面」 is a class, no target.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def _task(text: str, number: str):  # type: ignore[no-untyped-def]
    return next(t for t in parse_text(text).tasks if "/".join([*t.path, t.number]) == number)


_HEAD = """某市公共设施管理条例

第一章  总则

第一条  为了加强本市公共设施管理，制定本条例。

第二条  市市容管理部门负责本条例的组织实施。区市容管理部门负责本辖区内公共设施的日常监督管理。

第三条  市容管理部门应当会同交通部门定期开展公共设施安全检查。

"""

_PENALTIES = _HEAD + """第二章  法律责任

第四条  经营场所在营业期间擅自进行明火作业的，由市容管理部门处一千元以上一万元以下罚款。

第五条  违反本条例规定，有下列行为之一的，由区市容管理部门给予警告，责令限期改正，可以并处罚款：
（一）擅自占用公共绿地的，处以一千元以上一万元以下罚款；
（二）损坏公共设施的，对个人处以二百元以上二千元以下罚款，对单位处以二千元以上二万元以下罚款；造成损失的，依法予以赔偿。

第六条  违反本条例规定，有下列行为之一的，由区人民政府或者有关部门对直接负责的主管人员和其他直接责任人员给予行政处分：
（一）市容管理部门未按照规定制定应急预案的；
（二）管理单位不及时报告设施损坏情况的。

第七条  违反本条例规定，有下列行为之一的，按照下列规定处理：
（一）擅自拆除公共设施的，由市容管理部门责令恢复原状；
（二）擅自迁移公共设施的，由交通部门责令限期改正。

第八条  本条例自2025年1月1日起施行。
"""


def test_penalty_articles_and_fined_cases() -> None:
    numbers = _numbers(_PENALTIES)
    assert "4" in numbers and "5" in numbers and "6" in numbers       # each one task
    assert not any(n.startswith("5/") for n in numbers)                # the fined cases: the lead-in's text
    assert not any(n.startswith("6/") for n in numbers)
    assert "7/一" in numbers and "7/二" in numbers                     # lines answered by their own body: items


def test_fined_cases_need_the_lead_in_fine() -> None:
    # (a lead-in that imposes no fine: the lines' fines are their own responses, items as before)
    text = _PENALTIES.replace("由区市容管理部门给予警告，责令限期改正，可以并处罚款：", "按照下列规定处理：")
    numbers = _numbers(text)
    assert "5/一" in numbers and "5/二" in numbers


_CLASSES = _HEAD + """第四条  下列单位应当建立专职安全队伍，承担本单位的安全保障工作：
（一）大型港口、机场、铁路枢纽、长途客运站、城市公共交通综合维修基地；
（二）生产、储存危险化学品的大型企业；
（三）与最近的消防站相距超过十公里的其他大型企业。

第五条  市容管理部门履行下列职责：
（一）组织编制公共设施专项规划；
（二）负责公共设施的日常巡查；
（三）上级机关认为应当由市容管理部门承担的其他职责。

第六条  本条例自2025年1月1日起施行。
"""


def test_classed_bodies_and_catch_all() -> None:
    numbers = _numbers(_CLASSES)
    assert "4" in numbers and not any(n.startswith("4/") for n in numbers)
    assert "5/一" in numbers and "5/二" in numbers and "5/三" not in numbers


_NO_WORK = _HEAD + """第四条  任何个人都应当爱护公共设施，学习必要的安全常识。
监护人应当对被监护人进行安全教育。

第五条  公共设施的隔音性能应当符合国家标准；没有国家标准的，应当符合地方标准。

第六条  路灯、座椅的安装、维护，应当符合技术规范。
鼓励在公园内安装智能照明设备。

第七条  地下车库的经营者、管理单位或者使用人应当遵守有关地下空间安全的管理规定。

第八条  运输危险化学品的，应当遵守国家和本市有关安全管理规定。
禁止携带危险化学品进入公园。

第九条  本市鼓励公共设施管理技术创新。鼓励科研机构和行业组织参与公共设施智能化改造。

第十条  建设用地使用权人可以申请使用其用地范围内的地下空间。建设用地使用权人使用地下空间的，应当符合规划要求。

第十一条  公共设施的铺设应当符合技术规范。
承担铺设的单位，应当具备相应资质并建立质量自查制度。

第十二条  本条例自2025年1月1日起施行。
"""


def test_articles_with_no_work() -> None:
    numbers = _numbers(_NO_WORK)
    for n in ("4", "5", "6", "7", "8", "9", "10"):
        assert n not in numbers, n
    assert "11" in numbers              # (a body bound beside the standard: a task)
    assert "2" in numbers and "3" in numbers


_DIVISION = _HEAD.replace("第三条  市容管理部门应当会同交通部门定期开展公共设施安全检查。",
                          """第三条  市市容管理部门承担公共设施管理的统筹协调职责，负责规划管理。
市交通管理部门负责道路附属设施的监督管理。
市绿化管理部门负责公园设施的监督管理。
市房屋管理部门负责住宅小区公共设施的监督管理。""") + "第四条  本条例自2025年1月1日起施行。\n"


def test_division_article_is_one_task() -> None:
    numbers = _numbers(_DIVISION)
    assert numbers.count("3") == 1 and not any(n.startswith("3/") or n.startswith("3.") for n in numbers)
    units = _task(_DIVISION, "3")
    names = [*units.lead_units, *units.responsible_units]
    assert "市交通管理部门" in names and "市房屋管理部门" in names


_SETUP = """某市临时宣传设施设置管理办法

第一条（目的）
为了规范临时宣传设施的设置，制定本办法。

第二条（管理部门）
市市容管理部门负责临时宣传设施设置的监督管理。

第三条（设置期限）
临时宣传设施每次批准的设置期限最长不超过20天。
同一位置设置临时宣传设施的天数，一年内累计不超过60天。

第四条（灯箱的设置要求）
设置灯箱类临时宣传设施应当符合下列要求：
（一）仅限于高度不超过24米的建筑外墙面；
（二）单块面积不大于2平方米；
（三）式样应当统一，并与周边环境相协调。

第五条（申请材料）
申请设置临时宣传设施的，申请人应当向市市容管理部门提交下列材料：
（一）设置方案；
（二）申请表。
设置方案中应当包含效果图和安全评估报告。

第六条（日常维护）
区市容管理部门应当定期检查临时宣传设施的设置情况，发现损坏的，责令设置者及时修复。

第七条（施行日期）
本办法自2025年1月1日起施行。
"""


def test_setup_requirement_lines() -> None:
    numbers = _numbers(_SETUP)
    assert "4/一" in numbers and "4/二" in numbers and "4/三" not in numbers
    assert "5" not in numbers and "6" in numbers
    days = sorted(t.value for t in _task(_SETUP, "3").targets)
    assert days == [20.0, 60.0]
    assert not _task(_SETUP, "4/一").targets
    assert [t.value for t in _task(_SETUP, "4/二").targets] == [2.0]


def test_standards_list_without_limits_stays_text() -> None:
    # (a 设置 list whose lines only state the state asked: the standard's text, one task as before)
    text = _SETUP.replace("（一）仅限于高度不超过24米的建筑外墙面；\n（二）单块面积不大于2平方米；\n",
                          "（一）灯箱结构牢固、安全可靠；\n（二）照明符合技术规范；\n")
    numbers = _numbers(text)
    assert "4" in numbers and not any(n.startswith("4/") for n in numbers)


_ANNEX_TABLE = """关于开展某某领域跨部门联合监管工作的通知

各区市场监管局：
一、工作目标
建立跨部门联合监管机制，提升监管效能。
二、工作任务
1.建立工作架构。由市局法规处牵头，各区市场监管局配合，建立联合监管工作架构。
2.形成联合检查制度。各区市场监管局要按照任务分工表开展联合检查（详见附件1）。

附件：1.联合监管工作任务分工表

某市市场监督管理局
2024年5月6日

附件1

联合监管工作任务分工表

序号
监管事项名称
任务区分
牵头部门
实施部门
时间节点

1
食品生产许可
食品生产企业现场核查（城区）
许可处
稽查局、各区市场监管局
2024年12月底前完成联合检查一次。

食品生产企业现场核查（郊区）
许可处
执法总队、各区市场监管局

2
药品经营许可
药品零售企业现场核查
药品处
各区市场监管局
"""


def test_annex_table_with_work_and_doing_columns() -> None:
    numbers = _numbers(_ANNEX_TABLE)
    assert "附件/1" in numbers and "附件/2" in numbers
    first = _task(_ANNEX_TABLE, "附件/1")
    assert first.lead_units == ["许可处"] and "稽查局" in first.responsible_units
    assert _task(_ANNEX_TABLE, "附件/2").lead_units == ["药品处"]
