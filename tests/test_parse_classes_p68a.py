"""Round 68 (p68a): the parties of a public purchase, and what a rule's articles hold that is no work.

- The parties of a public purchase named by their side 「采购人应当…」「购买主体应当…」「承接主体应当…」 as the subject
  of an article's verb of doing, in any paragraph: doers, as a tender's 招标人 — not the same words in a plan
  written outside articles (rule 2's closed list), nor their staff 「采购人员」.
- What a report must hold 「事故报告应当包括下列内容：⏎（一）…」 (a report named as a noun opening the sentence): the
  contents of a paper, one task — not a body's list of checks 「区水务局应当对下列事项进行检查：」, items.
- What the members of a panel must bring 「事故调查组成员应当具有…所需要的知识和专长，并与…没有直接利害关系」, the
  article's whole text: a state of persons, no task — not members' acts 「…成员应当如实记录调查情况」.
- The ways a lead-in lets its party choose 「…可采取下列方式：」 over lines with run-in headings: a line whose first
  force is 有权／可以 is an option, no task; 负责／应 owe the act — and a lead-in with no 可 「应当采取下列方式：」
  keeps every line.
- A principle article that names its bodies and their acts 「（基本原则）市、区政府坚持“…”的原则，依法开展…工作」: a
  task — not a principle naming no body 「…管理应当遵循公开、公平、公正的原则」 (no task).
- The standards an applicant must meet with their details 「申请X资质的单位，应当满足…的具体要求，其中：⏎
  （一）…」: the applicant's terms, no task — not a body's own work set out the same way
  「区水务局应当按照下列要求开展检查，其中：」.
- A service's principles listed with no 的 「政府购买X服务应当遵循预算约束、…讲求绩效原则」: no task — not a body's
  「区民政局应当遵循…原则组织购买服务」.
- The mode a scheme is run in, bare 「本市X实行A与B相结合的管理模式」: no task — not one naming its
  body 「…实行清单管理，由市民政局负责编制清单」.
- Who may take part 「…可以作为政府购买X服务的承接主体」: no task — not a body set to act
  「区民政局可以作为…的购买主体，负责组织实施…」.
- The conditions a party meets, with options on them 「承接主体应当符合…规定的条件。购买主体可以…规定承接主体的具体
  条件，但不得…」: no task — not with an act beside 「…条件，并按照合同约定提供服务」.
- What may not be brought under a scheme 「以下各项不得纳入…范围：⏎（一）…」: the lines text, the article one task with
  the paragraph after them its work — not a body's checks 「区民政局应当对下列事项进行检查：」.
- A party barred from acts named before the list 「禁止承接主体从事下列活动：」: the lines text, one task — not a
  body's own activities 「区民政局组织开展下列活动：」.
- A matter left to the law's own level 「…的实施，按照国家有关规定执行」 and liability ending with
  「移送监察、司法机关处理」 or 「依照有关法律法规予以处理处罚」: no task — not a body's own work
  「区民政局应当按照国家有关规定执行年度考核」.
- A case named by the work done on it 「由A组织调查的事故，应当…」: A inside the noun, no unit — not
  「由A组织开展…工作」.
- The ways a lead-in names, each line defining one 「…通过下列措施进行：⏎（一）整体预留，即…；」: the article one task —
  not lines of a body's work 「（一）现场检查，由区财政局组织实施；」.
- A body's own check of how the rules are carried out under a heading of oversight 「第N条 监督检查 ⏎
  A应当加强对…政策执行情况的监督检查」: a task, A its unit — not an oversight article naming no such check.
- A thing's own steps kept to a named law 「X合同的签订、履行、变更，应当遵循《…》的相关规定」: no task — not a body
  bound so 「区民政局应当遵守《…》的相关规定」.
- Money named inside the case a clause picks 「对于…、经费来源稳定的项目，可以…」 makes no money article: limits on
  contracts 「…履行期限一般不超过1年」 stay a task — not a fund's own source 「…资金来源于市级财政预算」 (no task).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_PURCHASE = """某市政府购买公共服务实施办法

第一条  为了规范政府购买公共服务，根据有关规定，制定本办法。

第二条  市财政局负责全市政府购买公共服务的监督管理。

第三条  在服务采购项目中，供应商的企业类型不作要求。

采购人应当结合项目特点，按照分类目录确定服务项目属性。

第四条  购买主体应当加强服务项目履约管理，及时掌握项目进度。

第五条  承接主体应当建立服务项目台账，记录保存项目实施资料。

第六条  采购人员应当遵守廉洁纪律。

第七条  本办法自2024年1月1日起施行。
"""


def test_parties_of_a_purchase_act_in_articles() -> None:
    tasks = _tasks(_PURCHASE)
    assert tasks["3"] == ["采购人"]
    assert tasks["4"] == ["购买主体"]
    assert tasks["5"] == ["承接主体"]


def test_purchase_staff_are_no_party() -> None:
    # (near miss: a purchaser's staff 「采购人员」 are persons, no party)
    assert "采购人员" not in _tasks(_PURCHASE).get("6", [])
    assert "采购人" not in _tasks(_PURCHASE).get("6", [])


def test_purchaser_outside_articles_names_none() -> None:
    # (near miss: outside articles rule 2's list is closed — a purchaser's 应当 names none)
    tasks = _tasks("某区政府采购工作方案\n\n一、加强履约管理\n\n"
                   "（一）采购人应当加强履约验收内控管理，完善内部机制。\n\n（二）区财政局负责做好监督检查。\n")
    assert tasks["一/一"] == []
    assert tasks["一/二"] == ["区财政局"]


_RULES = """某市供水事故调查处理办法

第一条（目的依据）为规范供水事故调查处理，根据有关规定，制定本办法。

第二条（基本原则）市、区政府坚持“统一领导、分级负责”的原则，依法开展供水事故调查处理工作，及时查清事故原因。

第三条（工作原则）供水事故调查处理应当遵循公开、公平、公正的原则。

第四条（报告内容）供水事故报告应当包括下列内容：

（一）事故发生的时间和地点；

（二）事故的简要经过；

（三）已经采取的措施。

第五条（人员要求）事故调查组成员应当具有供水事故调查所需要的知识和专长，并与所调查的事故没有直接利害关系。

第六条（检查事项）区水务局应当对下列事项进行检查：

（一）供水设施运行情况；

（二）应急预案落实情况。

第七条（记录要求）事故调查组成员应当如实记录调查情况，并及时整理调查材料。

第八条（技术人员）申请供水维修资质的单位，应当满足各等级对应技术人员的具体要求，其中：

（一）技术人员分为技术负责人和技术工人两类。

（二）技术负责人以其参与完成的维修业绩为证明材料。

第九条（检查要求）区水务局应当按照下列要求开展检查，其中：

（一）区水务局负责每季度检查一次。

（二）街道办事处负责督促整改。

第十条（施行日期）本办法自2024年1月1日起施行。
"""


def test_report_contents_one_task() -> None:
    tasks = _tasks(_RULES)
    assert "4" in tasks and not any(k.startswith("4/") for k in tasks)


def test_check_list_keeps_items() -> None:
    # (near miss: a body's checks over lines stay items, each its body's)
    tasks = _tasks(_RULES)
    assert tasks["6/一"] == ["区水务局"] and tasks["6/二"] == ["区水务局"]


def test_members_qualification_no_task() -> None:
    tasks = _tasks(_RULES)
    assert "5" not in tasks
    assert "7" in tasks     # (near miss: the members' own acts)


def test_principle_naming_bodies_is_a_task() -> None:
    tasks = _tasks(_RULES)
    assert "2" in tasks
    assert "3" not in tasks     # (near miss: a principle naming no body)


def test_applicant_standards_no_task() -> None:
    tasks = _tasks(_RULES)
    assert not any(k == "8" or k.startswith("8/") for k in tasks)
    assert tasks["9/一"] == ["区水务局"] and tasks["9/二"] == ["街道办事处"]   # (near miss: a body's own work)


_WAYS = """某市供水事故调查处理办法

第一条（目的依据）为规范供水事故调查处理，根据有关规定，制定本办法。

第二条（职责）区水务局负责本区供水事故调查处理的组织工作。

第三条（调查方式）事故调查组有权向有关单位了解情况。事故调查取证可采取下列方式：

（一）现场勘查。现场勘查由事故调查组负责组织，做好供水设施所处位置的勘查记录，固定相关物证；

（二）调查询问。事故调查组有权向有关单位和个人调查了解与事故有关的情况，有关单位和个人应当如实说明情况，不得拒绝；

（三）查询档案。事故调查组有权调阅供水企业与事故相关的档案资料；

（四）技术鉴定。需要对供水设施进行技术鉴定的，事故调查组应委托有资质的机构进行鉴定；

（五）专家论证。事故原因较为复杂的，可以组织相关专家进行论证，并出具论证意见。

第四条（检查方式）区水务局应当采取下列方式开展检查：

（一）现场检查。区水务局负责组织现场检查；

（二）调阅资料。区水务局有权调阅有关资料。

第五条（施行日期）本办法自2024年1月1日起施行。
"""


def test_ways_offered_keep_owed_lines_only() -> None:
    tasks = _tasks(_WAYS)
    assert "3/一" in tasks and "3/四" in tasks
    assert not any(k in tasks for k in ("3/二", "3/三", "3/五"))


def test_ways_owed_keep_every_line() -> None:
    # (near miss: 应当采取下列方式 — no option in the lead-in)
    tasks = _tasks(_WAYS)
    assert "4/一" in tasks and "4/二" in tasks


_SERVICE = """某市政府购买养老服务管理办法

第一条  为了规范政府购买养老服务，根据有关规定，制定本办法。

第二条  政府购买养老服务应当遵循预算约束、公开择优、讲求绩效原则。

第三条  本市政府购买养老服务实行目录清单与负面清单相结合的管理模式。

第四条  市民政局负责政府购买养老服务的统筹管理，区民政局负责本区政府购买养老服务的组织实施。

第五条  依法登记的养老机构、社会组织，以及具备条件的企业可以作为政府购买养老服务的承接主体。

第六条  承接主体应当符合民事主体和政府采购有关法律法规规定的条件。

购买主体可以结合项目特点规定承接主体的具体条件，但不得以不合理的条件对承接主体实行差别待遇。

第七条  以下各项不得纳入政府购买养老服务范围：

（一）不属于政府职责范围的服务事项；

（二）融资行为；

（三）其他不得购买的事项。

各区民政局应当结合实际，对上述禁止性事项予以细化。

第八条  禁止承接主体从事下列活动：

（一）将服务项目整体转包给其他单位；

（二）伪造服务记录。

第九条（投诉处理）由区民政局组织调查的投诉事项，应当成立由本单位负责人组成的调查组。

第十条  涉密养老服务项目的实施，按照国家有关规定执行。

第十一条  购买主体、承接主体违反本办法规定的，依照有关法律法规予以处理处罚；涉嫌犯罪的，移送监察、司法机关处理。

第十二条  本办法自2024年1月1日起施行。
"""

_SERVICE_NEAR = """某市政府购买养老服务管理办法

第一条  为了规范政府购买养老服务，根据有关规定，制定本办法。

第二条  区民政局应当遵循公开择优、讲求绩效原则组织购买服务。

第三条  本市养老服务实行清单管理，由市民政局负责编制清单。

第四条  市民政局负责政府购买养老服务的统筹管理。

第五条  区民政局可以作为政府购买养老服务的购买主体，负责组织实施购买活动。

第六条  承接主体应当符合有关规定的条件，并按照合同约定提供服务。

第七条  区民政局应当对下列事项进行检查：

（一）服务合同履行情况；

（二）服务质量情况。

第八条  区民政局组织开展下列活动：

（一）组织服务质量评估；

（二）组织开展满意度调查。

第九条（投诉处理）由区民政局组织开展投诉处理工作。

第十条  区民政局应当按照国家有关规定执行年度考核。

第十一条  本办法自2024年1月1日起施行。
"""


def test_service_rules_with_no_work() -> None:
    tasks = _tasks(_SERVICE)
    for article in ("2", "3", "5", "6", "10", "11"):
        assert article not in tasks, article
    assert tasks["7"] == ["各区民政局"]
    assert "8" in tasks and not any(k.startswith(("7/", "8/")) for k in tasks)


def test_service_rules_near_misses_keep_work() -> None:
    tasks = _tasks(_SERVICE_NEAR)
    assert tasks["2"] == ["区民政局"] and tasks["3"] == ["市民政局"] and tasks["5"] == ["区民政局"]
    assert tasks["6"] == ["承接主体"] and tasks["10"] == ["区民政局"]
    assert "7/一" in tasks and "8/一" in tasks


def test_case_named_by_its_work_names_none() -> None:
    assert doer_units("由燃气企业组织调查的事故，应当成立由本单位负责人组成的调查组。")[1] == []
    assert doer_units("由区民政局组织开展投诉处理工作。")[1] == ["区民政局"]


_PROCUREMENT = """某市政府采购支持小微企业实施办法

第一条  目的依据

为了支持小微企业发展，根据有关规定，制定本办法。

第二条  预留措施

预留采购份额通过下列措施进行：

（一）整体预留，即将整个采购项目专门面向小微企业采购；

（二）预留采购包，即在采购项目中设置部分采购包面向小微企业采购。

第三条  检查方式

区财政局应当采取下列措施开展检查：

（一）现场检查，由区财政局组织实施；

（二）书面检查，由街道办事处负责督促整改。

第四条  监督检查

区财政局应当加强对政府采购支持小微企业政策执行情况的监督检查。

第五条  监督检查

有关部门发现违法行为的，依照有关规定处理。

第六条  实施时间

本办法自2024年1月1日起施行。
"""


def test_defined_ways_one_task() -> None:
    tasks = _tasks(_PROCUREMENT)
    assert "2" in tasks and not any(k.startswith("2/") for k in tasks)
    assert tasks["3/一"] == ["区财政局"] and "3/二" in tasks     # (near miss: a body's work by line)


def test_oversight_article_with_a_bodys_check() -> None:
    tasks = _tasks(_PROCUREMENT)
    assert tasks["4"] == ["区财政局"]
    assert "5" not in tasks     # (near miss: an oversight article naming no body's check)


_CONTRACTS = """某市政府购买养老服务合同管理办法

第一条  为了规范政府购买养老服务合同管理，根据有关规定，制定本办法。

第二条  市民政局负责政府购买养老服务合同的监督管理。

第三条  政府购买养老服务合同的签订、履行、变更，应当遵循《中华人民共和国民法典》的相关规定。

第四条  区民政局应当遵守《中华人民共和国民法典》的相关规定。

第五条  养老服务合同履行期限一般不超过1年；对于内容固定、经费来源稳定的项目，可以签订期限不超过3年的合同。

第六条  养老服务补贴资金来源于市级财政预算，实行专款专用。

第七条  本办法自2024年1月1日起施行。
"""


def test_law_kept_and_money_in_a_case() -> None:
    tasks = _tasks(_CONTRACTS)
    assert "3" not in tasks and tasks["4"] == ["区民政局"]
    assert "5" in tasks and "6" not in tasks
