"""Round 58 (p58a): the task structure of whole city rules written as headed articles.

- A childless article under a bracketed heading line is read as the rule's other articles are, whatever the heading's
  length: the brackets of 「（…）」 are marks, not words of the heading (``rule_chapters.headed_prose``). Before, a
  heading of 21 characters with its brackets left the article out when no declaration chose it.
- An item or article that only says what an applicant hands in — every sentence a case of applying (or of the
  papers' kind) then 提交／提供 with no subject but the applicant, or the applicant's option, the lines under
  「提交以下材料：」 the list's — is a rule for the applicant, no task (Round 74 rulings on x292_03 第六–十条; round
  52's applicant's own steps; ``applicant_steps.applicant_papers``). Not an item where a body of the plan acts
  「…的，由区交易中心出具证明」 nor one that answers the applicant 「…的，向申请人提供…」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

_RULE = """上海市某类住房合同备案操作规定
第一条 （目的和依据）
为规范本市某类住房合同备案行为，依据有关规定，制定本规定。
第二条 （适用范围）
本市行政区域内的某类住房合同备案适用本规定。
第三条 （职责分工）
市房屋行政管理部门负责全市备案工作的统筹协调、监督管理。
第四条 （备案程序）
（一）受理 区房地产交易中心核验申请材料，材料齐全的，予以受理。
（二）备案 区房地产交易中心为当事人办理备案，打印备案通知书。
第五条 （{heading}）
本市保障性租赁住房合同备案由区住房保障机构负责实施。实施机构对申请人租赁行为的真实性负责。申请人通过区住房保障机构备案的，由区住房保障机构打印备案通知书。
第六条 （资料管理）
备案所形成的相关业务资料，由区住房保障机构妥善保存。
第七条 （数据共享）
市房屋行政管理部门将备案有关信息对接本市大数据中心，实现与有关部门数据共享。
第八条 （施行日期）
本规定自2020年1月1日起施行。
"""


def _tasks(heading: str) -> list:
    return parse_text(_RULE.format(heading=heading)).tasks


def test_an_article_under_a_long_bracketed_heading_is_a_task_as_its_siblings() -> None:
    # 19 words in the heading, 21 characters with its brackets
    heading = "保障性租赁住房、公共租赁住房实物房源备案"
    assert len(heading) == 20
    tasks = _tasks(heading)
    numbers = ["/".join([*t.path, t.number]) for t in tasks]
    assert numbers == ["3", "4/一", "4/二", "5", "6", "7"]
    fifth = next(t for t in tasks if t.number == "5")
    assert fifth.responsible_units == ["区住房保障机构"]
    assert fifth.lead_units == []
    assert fifth.deadline is None


def test_a_short_heading_reads_the_same() -> None:
    tasks = _tasks("实物房源备案")
    assert ["/".join([*t.path, t.number]) for t in tasks] == ["3", "4/一", "4/二", "5", "6", "7"]


def test_a_bracketed_heading_longer_than_an_articles_stays_none() -> None:
    # (the near miss was: a bracketed line of more than twenty words is no article's heading, the article left out;
    # since round 60 a bracketed heading may be three times as long — 「第十九条（公安机关适用《中华人民共和国治安管理
    # 处罚法》处罚的情形）」, plans-next305 x305_04, whose answers count such articles — and the article is a task; a
    # bracketed line of more than sixty words stays none)
    heading = "本市保障性租赁住房、公共租赁住房和廉租实物配租房源合同备案"
    assert 20 < len(heading) <= 60
    assert "5" in [t.number for t in _tasks(heading)]
    assert "5" not in [t.number for t in _tasks(heading * 3)]


_PAPERS = """上海市某类住房合同备案操作规定
第一条 （目的和依据）
为规范本市某类住房合同备案行为，依据有关规定，制定本规定。
第二条 （职责分工）
市房屋行政管理部门负责全市备案工作的统筹协调、监督管理。
第三条 （备案程序）
（一）受理 区房地产交易中心核验申请材料，材料齐全的，予以受理。
（二）备案 区房地产交易中心为当事人办理备案，打印备案通知书。
第四条 （新增备案）
（一）双方当事人向区房地产交易中心提出备案申请的，提交以下材料：
1.合同备案申请书（收取原件）；
2.身份证明（核验原件）。
（二）双方当事人通过经纪机构完成网签后，可由一方当事人向区房地产交易中心提出备案申请，提交以下材料：
1.合同备案申请书（收取原件）；
2.身份证明（核验原件）。
第五条 （身份证明）
（一）本国公民申请备案的，提交有效身份证。无身份证的，提交护照等身份证明。
（二）外国自然人申请备案的，提交护照。如果证件用外国文字书写，同时提交中文译本。
（三）{third}
第六条 （资料管理）
备案所形成的相关业务资料，由区房地产交易中心妥善保存。
第七条 （施行日期）
本规定自2020年1月1日起施行。
"""


def _paths(third: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(_PAPERS.format(third=third)).tasks]


def test_items_that_only_say_what_an_applicant_hands_in_are_no_tasks() -> None:
    tasks = parse_text(_PAPERS.format(third="境内法人申请备案的，提交营业执照。")).tasks
    assert ["/".join([*t.path, t.number]) for t in tasks] == ["2", "3/一", "3/二", "6"]
    kept = next(t for t in tasks if t.number == "2")
    assert kept.responsible_units == ["市房屋行政管理部门"]
    assert kept.lead_units == []
    assert kept.deadline is None


def test_an_applicants_option_is_no_task_either() -> None:
    assert "5/三" not in _paths("当事人一方不配合办理的，可由另一方单方申请注销备案。")


def test_an_item_where_a_body_acts_stays_a_task() -> None:
    # (the near misses: a body of the plan issues the paper, or answers the applicant)
    assert "5/三" in _paths("无法提交住房证明的，由区房地产交易中心出具相应证明文件。")
    assert "5/三" in _paths("所申请公开的信息可以公开的，向申请人提供该信息。")


_NOTICE = """关于规范某类新建租赁住房建筑设计的通知

各有关单位：

现将规范某类新建租赁住房建筑设计的有关要求通知如下。

一、总体布局

本通知适用于本市产业园区中新建租赁住房的建设，包括以下两类情况。

1.交通组织：道路的宽度应当满足消防车通行要求。

2.机电设备：设计配电房时应预留扩容空间。

二、单体建筑

1.单体建筑的走廊、门厅等公共空间，应具有自然通风条件。

2.单体建筑的污废水应经过室外管网汇集后排至区块内管网。

三、卫生设施

1.每个居住单元应设置独立卫生设施。

2.排水系统应采取防止水封破坏的技术措施。

四、其他

其他结构设计、消防设计等内容，按《某某建筑设计标准》及其他相关标准执行。
{after}
特此通知。

某某委员会

2023年8月14日
"""


def _notice_paths(after: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(_NOTICE.format(after=after)).tasks]


def test_a_closing_point_whose_later_paragraph_instructs_is_one_task() -> None:
    after = "\n设计单位应当积极做好对委托业主的政策宣传和引导工作，按照本通知的要求做好建筑方案设计。\n"
    tasks = parse_text(_NOTICE.format(after=after)).tasks
    assert [t.number for t in tasks if not t.path] == ["四"]
    closing = next(t for t in tasks if t.number == "四")
    assert "做好建筑方案设计" in closing.text
    assert closing.lead_units == []
    assert closing.responsible_units == []
    assert closing.deadline is None
    assert len(tasks) == 7


def test_a_closing_point_that_only_points_to_other_rules_stays_none() -> None:
    # (the near miss: no paragraph after the 参照 sentence — a reference, no work)
    assert "四" not in _notice_paths("")
    assert len(_notice_paths("")) == 6


_GUIDE = """某类住房交换操作业务指南

一、适用范围

本指南适用于本市某类住房的交换业务。

二、交换条件

（一）居民进行交换必须符合下列条件：
1.交换当事人应当书面承诺，不会因为交换造成新的居住困难。
2.交换前，原承租人应当取得同住成年人的书面同意。

（二）本指南所称家庭是指具有本市常住户口的居民家庭。

三、征询

交换双方当事人达成交易意向后，应持租用凭证、本人有效身份证件，向出租人提出征询，出租人应当在5个工作日内出具征询表。

四、住房状况查询

{step}

五、交易申请

（一）交换的双方当事人，持下列材料，共同向区房地产交易中心申请交易审核：
1.交换申请书（原件）；
2.交换合同（原件）。

（二）申请人提交的申请材料齐备的，区房地产交易中心应当即时出具收件收据。

六、交易审核

区房地产交易中心应当在收到查询结果2个工作日内，对以下情况进行审核：
1.转让人是否是凭证记载的承租人。
2.受让人是否符合受让条件。

七、资料管理

交易审核部门在交换中形成的资料，应当按照档案管理的要求归档保存。

八、实施衔接

本指南自2020年1月1日起施行。
"""


def _guide_tasks(step: str) -> list:
    return parse_text(_GUIDE.format(step=step)).tasks


def test_a_guides_point_where_named_bodies_take_the_procedures_steps_is_a_task() -> None:
    step = ("各区房地产交易中心受理交换申请后，将受让人信息通过信息系统传至市房屋状况信息中心。"
            "市房屋状况信息中心对受让人名下拥有住房情况进行查询，并在3个工作日内将查询结果反馈区房地产交易中心。")
    tasks = _guide_tasks(step)
    assert "四" in [t.number for t in tasks]
    point = next(t for t in tasks if t.number == "四")
    # (outside 第X条 articles rule 2's list stays closed: 传至, 进行查询, 反馈 name no unit — Round 74)
    assert point.lead_units == []
    assert point.responsible_units == []
    assert point.deadline is None


def test_a_point_that_only_describes_a_body_stays_none() -> None:
    # (the near miss: a body named, but no step of the procedure taken)
    step = "市房屋状况信息中心是本市房屋状况信息的归集机构，其查询结果作为交易审核的依据。"
    assert "四" not in [t.number for t in _guide_tasks(step)]
