"""Round 68 (p68e): rules' articles that list places and kinds of information, and what they give their bodies.

- A body's name before its colon over its office's street address 「某区水务局：某市某某路12号，2楼，受理窗口；」 (where
  papers are handed in): a contact line, no paragraph of the body's duties — the article one task naming none, its
  list of papers folded in — not bodies' colon paragraphs of duties 「某区水务局：负责…」.
- A body's decision, its reasons or what the papers lack, told to the applicant
  「…应当将延长期限的理由告知申请人」「…应一次性告知申请人补正相关材料」
  「作出是否予以修复的决定，并书面告知信用信息主体」: an undated duty (Round 97 on x358_01, x358_03) — not a paper
  served with no decision named 「…应当书面告知作业企业」, nor a decision named as the case
  「作出不予许可决定的，应当书面告知申请人」 (p67e), nor parties told 「…告知当事人、利害关系人」 (p66e).
- An article's duty heading printed as its first line 「（管理部门和职责）⏎A负责…；B负责…」: the heading labels the
  doers and names none, its kind 管理部门 no unit — the bodies below it stay.
- A role said two ways joined by 即 before its defined name
  「由原处罚作出部门即原行政行为作出单位（部门）（以下简称责任部门），负责…」: the defined name is its only name —
  not a body printed before its short name 「由某市水务执法总队（以下简称执法总队），负责…」.
- A liability article whose consequence a body of the rules gives after the case
  「因项目实施单位工作不力…的，某市水务局将根据情节轻重采取责令限期整改、通报批评…等处罚」: its enforcement on
  the parties the rules task, a task naming it (Round 97 on x358_02 第二十三条) — not a sanction given by the
  breaker's own superiors 「…的，由其所在单位给予处分」.
- A kind of work that 实行 a system the later articles set 「…维护项目实行项目法人责任制，实施…全过程管理」: a
  bare statement, no task (Round 93's x346_01 第六条) — not where a body carries it 「区水务局实行…制，负责…」.
- A lead-in pointing at kinds of information a rule then covers
  「涉及以下严重失信行为的信用信息，在三年内不可修复：⏎1.…被行政机关处以…的行政处罚信息。」: the lines are classes
  of information, folded into the article with the cases it sorts, a body inside a line 「被行政机关处以…」 no
  unit — not lines that give work 「1.区水务局负责…。」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_HEAD = """某市水务局关于印发《某市水务信用修复办法》的通知

现将《某市水务信用修复办法》印发给你们，请认真执行。

2022年3月1日

某市水务信用修复办法

第一条（目的）

为了规范信用修复，根据有关规定，制定本办法。

"""

_ADDRESSES = _HEAD + """第二条（提出申请）

申请人可以通过网上平台提出修复申请。

线下提交修复申请的办理地点如下：

某市水务局：某市长江路12号，某市水务局2楼，政务服务受理窗口；

某市水务检测站：某市黄河路305号，某市水务检测站1楼，受理大厅；

某市水务工程质量监督站：某市淮河路8号，某市水务工程质量监督站3楼，受理大厅。

申请人提出修复申请的，应当提交以下材料：

（一）修复申请表；

（二）信用修复承诺书；

（三）其他需要提供的材料。

第三条（受理）

某市水务局应当在3个工作日内审查申请材料。
"""

_DUTIES = _HEAD + """第二条（分工）

线下申请的分工如下：

某市水务局：负责全市水务信用修复的组织实施和监督管理工作；

某市水务检测站：负责检测领域信用修复的受理和审核工作；

某市水务工程质量监督站：负责工程质量领域信用修复的受理和审核工作。

第三条（受理）

某市水务局应当在3个工作日内审查申请材料。
"""


def test_address_lines_are_no_duties() -> None:
    tasks = _tasks(_ADDRESSES)
    assert tasks == {"2": [], "3": ["某市水务局"]}, tasks
    addresses = next(t for t in parse_text(_ADDRESSES).tasks if t.number == "2")
    assert "长江路12号" in addresses.text and "修复申请表" in addresses.text


def test_colon_paragraphs_of_duties_stay_bodies() -> None:
    tasks = _tasks(_DUTIES)
    assert tasks["3"] == ["某市水务局"]
    assert [u for units in tasks.values() for u in units].count("某市水务检测站") == 1, tasks


_INFO = _HEAD + """第二条（修复条件）

某市水务局将定期发布信用修复标准，各区水务局按照标准开展信用修复工作。

失信信息修复分别适用以下情形：

（一）情节轻微的失信行为信息，修复应符合以下条件：已改正失信行为；作出信用承诺。

（二）涉及以下严重失信行为的信用信息，在三年查询期限内不可修复：

1.因工程质量被行政机关处以吊销许可证的行政处罚信息。

2.因虚假申报等行为，被行政机关处以责令停业的行政处罚信息。

3.法律规定不可修复的其他信息。

第三条（受理）

某市水务局应当在3个工作日内审查申请材料。
"""


def test_pointed_information_is_the_articles_text() -> None:
    tasks = _tasks(_INFO)
    assert list(tasks) == ["2", "3"], tasks
    assert "被行政机关" not in tasks["2"] and "某市水务局" in tasks["2"], tasks


def test_lines_of_work_under_information_stay_items() -> None:
    text = _INFO.replace("1.因工程质量被行政机关处以吊销许可证的行政处罚信息。",
                         "1.区水务局负责核查工程质量信息。") \
        .replace("2.因虚假申报等行为，被行政机关处以责令停业的行政处罚信息。", "2.区市场监管局负责核查申报信息。") \
        .replace("3.法律规定不可修复的其他信息。", "3.市水务局负责汇总全部信息。")
    tasks = _tasks(text)
    assert len([k for k in tasks if k.startswith("2/")]) >= 3, tasks


_NOTICES = _HEAD + """第二条（受理）

申请材料不齐全的，受理窗口应在三个工作日内一次性告知申请人补正相关材料。

第三条（期限）

不能在规定期限内作出决定的，受理窗口应当将延长期限的理由告知申请人。

第四条（决定）

某市水务局应当自受理之日起5个工作日内作出是否予以修复的决定，并书面告知信用信息主体。

第五条（检查）

某市水务局发现作业企业违反合同约定的，应当书面告知作业企业，并组织开展调查。
"""


def test_decision_told_to_the_applicant_is_a_duty() -> None:
    duties = parse_text(_NOTICES).duties
    assert [(d.due, d.every) for d in duties] == [(None, None)] * 3, duties
    assert [d.text[:6] for d in duties] == ["申请材料不齐", "不能在规定期", "某市水务局应"]


def test_paper_served_with_no_decision_is_no_duty() -> None:
    text = _HEAD + "第二条（检查）\n\n某市水务局发现作业企业违反合同约定的，应当书面告知作业企业，并组织开展调查。\n"
    assert parse_text(text).duties == []


_HEADED = _HEAD + """第二条（管理部门和职责）

局规划处负责项目的立项审批；局财务处负责资金审核、拨付；局相关业务处室负责实施过程监管。

第三条（受理）

某市水务局应当在3个工作日内审查申请材料。
"""


def test_duty_heading_line_names_no_unit() -> None:
    assert _tasks(_HEADED)["2"] == ["局规划处", "局财务处", "局相关业务处室"]


def test_body_under_a_plain_heading_stays() -> None:
    text = _HEADED.replace("（管理部门和职责）", "（项目管理）")
    assert _tasks(text)["2"] == ["局规划处", "局财务处", "局相关业务处室"]


_ROLE = _HEAD + """第二条（实施主体）

信用修复按照“谁产生，谁修复”原则，由原处罚作出部门即原行政行为作出单位（部门）（以下简称责任部门），负责信用修复工作。

某市水务局负责信用修复的组织实施。

第三条（受理）

责任部门应当在3个工作日内审查申请材料。
"""


def test_role_said_two_ways_takes_its_defined_name() -> None:
    assert _tasks(_ROLE)["2"] == ["责任部门", "某市水务局"]


def test_body_before_its_short_name_stays_printed() -> None:
    text = _ROLE.replace("由原处罚作出部门即原行政行为作出单位（部门）（以下简称责任部门），负责信用修复工作。",
                         "由某市水务执法总队（以下简称执法总队），负责信用修复工作。")
    assert _tasks(text)["2"][0] in ("某市水务执法总队", "执法总队")


_LIABLE = _HEAD + """第二条（项目管理）

区水务局负责项目的立项审批。区水务局应当组织项目竣工验收。

第三条（实行制度）

河道维护项目实行项目法人责任制，实施项目立项、招投标、竣工验收全过程管理和实施情况反馈等。

第四条（责任追究）

因项目实施单位工作不力导致工程质量、进度等方面出现问题的，某市水务局将根据情节轻重采取责令限期整改、通报批评、暂缓拨付资金等处罚。

第五条（档案管理）

区水务局负责项目档案的收集、整理、归档工作。
"""


def test_a_body_sanctioning_the_tasked_parties_is_a_task() -> None:
    assert _tasks(_LIABLE) == {"2": ["区水务局"], "4": ["某市水务局"], "5": ["区水务局"]}


def test_a_sanction_by_the_breakers_superiors_is_no_task() -> None:
    text = _LIABLE.replace("某市水务局将根据情节轻重采取责令限期整改、通报批评、暂缓拨付资金等处罚",
                           "由其所在单位或者上级主管部门给予行政处分")
    assert "4" not in _tasks(text)


def test_a_body_carrying_a_system_stays_a_task() -> None:
    text = _LIABLE.replace("河道维护项目实行项目法人责任制，实施", "区水务局实行项目法人责任制，负责")
    assert _tasks(text)["3"] == ["区水务局"]
