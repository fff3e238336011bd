"""Round 66 (p66d): lists an article holds that give no work of their own, and an article's paragraphs led by bodies.

- The terms a contract must stipulate 「在作业合同中，应当约定以下作业要求及违约责任：⏎（一）…⏎1.…」, in groups of
  lines: one task with its closing paragraph, the parties its terms name no units (Round 86's (a)) — not work a
  contract's terms call for 「按照合同约定做好以下工作：」 over lines that each name a body by 负责.
- The grades an act sorts results into 「…通过综合计分，确定…考核等级。考核等级分为…：⏎（一）考核等级优秀：
  90分≤…≤100分；」: the article one task, its band lines text.
- What a kind of work covers 「河道巡查包括下列内容：⏎（一）…情况；」 with the paragraph after it: one task — not lines
  that open with work 「（一）开展…」, nor a check's parts after a sentence of work 「…进行考核。考核包括以下内容：」.
- Cases sorted into a class with no 之一 「下列情形属于一般违约行为：」: no task, a body inside a case no unit — not
  lines that bind a party by 应当.
- Kinds of information by their source 「…信息的主要来源如下：」 and what a kind holds 「作业基本信息包括…等。」, and a
  heading 「（巡查目的和意义）」: no tasks.
- An article whose line holds only its number and heading 「第八条（数据库管理）」 over paragraphs each led by a body:
  the article one task, every body its unit.
- A short name the document defines for a body beside a kind 「市局和局属各单位应制定…」: both doers (the short name
  alone stays the placed reader's) — not where they only guide others 「…应当指导作业企业开展自查」 (rule 3).
- A party's registration of a change 「建设用地使用权人办理转移登记时，应当提供…意见」: its filing, no unit — not the
  party's own work 「…应当按照约定开展项目建设」.
- A level's own name beside the levels sharing its head 「市、区水务部门…实施。…由区水务部门制定…」: both names, as
  printed — one name where only the shared one is printed.
- What a kind of information holds as the article's whole text: no task — not where a later sentence gives a party work.
- A recurring quarter 「每年的第一季度内」: no deadline — not a plain 「第一季度内」.
- The body's own finding told to the party 「处理结果应当及时告知异议申请人」: an undated duty — not a paper served
  「应当书面告知作业企业」 with no finding named.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_RULES = """关于印发《某市河道保洁作业管理办法》的通知

各区水务局、各有关单位:

现将《某市河道保洁作业管理办法》印发给你们，请遵照执行。

某市水务局

2023年3月1日

某市河道保洁作业管理办法

第一条（目的和依据）

为了规范河道保洁作业，根据有关规定，制定本办法。

第二条（巡查目的和意义）

河道巡查的目的是，及时掌握河道保洁状况，为提升水环境质量提供依据。

第三条（职责分工）

市水务局负责全市河道保洁作业的监督管理。

区水务局负责本区河道保洁作业的组织实施。

市水务局负责制定保洁作业质量标准。

第四条（巡查内容）

河道巡查包括下列内容：

（一）水面漂浮物及变化情况，包括种类、数量和分布等状况；

（二）岸坡垃圾堆放情况；

（三）沿岸排口状况。

进行水面漂浮物巡查时，应当重点巡查汛期前后的变化情况。

第五条（作业合同）

加强保洁作业的合同管理。在作业合同中，应当约定以下作业要求及违约责任：

（一）一级河道

1.作业人员不得少于每公里2人。

2.保洁企业须保持作业船只完好。

（二）二级河道

1.作业人员不得少于每公里1人。

2.确需转包的，只能由区水务局指定的企业承接。

发生违反约定擅自转包的，应当按照合同约定予以处置。

第六条 保洁质量评价依据作业标准，通过综合计分，确定保洁企业年度考核等级。考核等级分为优秀、合格和不合格三个等级：

（一）考核等级优秀：90分≤考核分值≤100分；

（二）考核等级合格：60分≤考核分值＜90分；

（三）考核等级不合格：考核分值＜60分。

第七条 下列情形属于一般违约行为：

（一）未按要求报送作业日志；

（二）作业船只被区水务局责令限期维修，逾期未维修；

（三）不配合水务部门依法实施检查。

第八条 保洁作业信息的主要来源如下：

（一）水务部门在巡查工作中发现的信息；

（二）社会组织和公众举报的信息；

（三）保洁企业自行报送的信息。

第九条 作业基本信息包括企业名称、作业范围、作业人员和作业船只等。

第十条 区水务局应当每月对保洁作业情况进行考核，并将考核结果报市水务局。

第十一条 本办法自2023年4月1日起施行。
"""

_NEAR = """某市河道保洁作业管理办法

第一条（目的和依据）

为了规范河道保洁作业，根据有关规定，制定本办法。

第二条（作业合同）

区水务局应当按照合同约定做好以下工作：

（一）区水务局负责组织作业考核；

（二）街道办事处负责督促作业企业整改。

第三条（巡查内容）

河道巡查包括下列内容：

（一）开展水面漂浮物巡查；

（二）建立岸坡垃圾台账。

第四条 下列情形属于重点监管情形：

（一）作业企业应当每日报送作业日志；

（二）作业企业应当配备作业船只。

第五条 区水务局应当每月对保洁作业情况进行考核。
"""


_NAMES = """某市水务局信息安全管理办法

第一条（目的依据）

为规范某市水务局（以下简称“市局”）信息安全管理，制定本办法。

第二条（培训）

市局和局属各单位应制定年度安全培训计划，积极开展形式多样的宣传工作。

第三条（登记）

各类用地应当以合同约定的范围进行登记。建设用地使用权人办理转移登记时，应当提供出让人同意的意见。

第四条（调查实施）

全国性的专项调查，市、区水务部门应当根据上级要求实施。

区的专项调查，由区水务部门制定计划和方案。

第五条（信息内容）

作业基本信息包括企业名称、作业范围和作业船只等。

作业企业应当及时更新本企业的基本信息。

第六条（普查）

全市的专项调查，市、区水务部门应当按要求实施。

第七条（建设）

建设用地使用权人应当按照约定开展项目建设。

第八条（数据库管理）

市水务局应当建立全市统一的河道数据库。

市水务局应当制定数据库管理的制度和标准。

区水务局应当及时更新本区河道数据。

市水务局应当对区水务局数据更新情况进行抽检。

第九条（指导）

发现作业隐患的，市局和局属各单位应当指导作业企业开展自查。
"""


def test_names_in_articles() -> None:
    assert _tasks(_NAMES) == {"2": ["市局", "局属各单位"], "3": [], "4": ["市、区水务部门", "区水务部门"],
                              "5": ["作业企业"], "6": ["市、区水务部门"], "7": ["建设用地使用权人"],
                              "8": ["市水务局", "区水务局"], "9": []}


def test_recurring_quarter_no_deadline() -> None:
    assert find_deadlines("市水务局应当在每年的第一季度内向社会公布上年度河道保洁情况。", 2023) == []
    assert [d.date for d in find_deadlines("市水务局应当在第一季度内完成河道普查。", 2023)] == ["2023-03-31"]


def test_rules_articles_each_one_task_or_none() -> None:
    assert _tasks(_RULES) == {"3": ["市水务局", "区水务局"], "4": [], "5": [], "6": [], "10": ["区水务局"]}


def test_contract_terms_folded_with_their_figures() -> None:
    plan = parse_text(_RULES)
    terms = next(t for t in plan.tasks if t.number == "5")
    assert [(g.value, g.unit) for g in terms.targets] == [(2.0, "人"), (1.0, "人")]
    assert "违约" in terms.text and "只能由区水务局指定的企业承接" in terms.text


def test_lists_of_work_stay_items() -> None:
    assert _tasks(_NEAR) == {"2/一": ["区水务局"], "2/二": ["街道办事处"], "3/一": [], "3/二": [],
                             "4/一": ["作业企业"], "4/二": ["作业企业"], "5": ["区水务局"]}


_OBJECTION = """某市水务局异议处理办法

第一条 为了规范异议处理，制定本办法。

第二条 作业企业有异议的，可以提出异议申请，市水务局应当在5个工作日内进行处理，处理结果应当及时告知异议申请人。

第三条 市水务局发现作业企业违反合同约定的，应当书面告知作业企业，并组织开展调查。
"""


def test_finding_told_is_a_duty() -> None:
    duties = parse_text(_OBJECTION).duties
    assert [(d.due, d.every) for d in duties] == [(None, None)]
    assert duties[0].text.endswith("处理结果应当及时告知异议申请人")


def test_contents_after_a_sentence_of_work_stay_items() -> None:
    text = _NEAR.replace("河道巡查包括下列内容：\n\n（一）开展水面漂浮物巡查；\n\n（二）建立岸坡垃圾台账。",
                         "区水务局每月组织河道巡查。巡查包括下列内容：\n\n（一）水面漂浮物情况；\n\n（二）岸坡垃圾情况。")
    assert [k for k in _tasks(text) if k.startswith("3")] == ["3/一", "3/二"], list(_tasks(text))
