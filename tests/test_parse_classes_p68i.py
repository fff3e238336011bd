"""Round 68 (p68i): a licensed party's owed steps, records placed in a platform, and more.

- What a party the rules license must do when its standing changes 「在…资质有效期内，…单位的名称、地址等发生变更的，
  应当…向市X局提交变更申请」「…需要承继原单位资质的，应当申请重新核定…资质」: owed work, a task naming none (Round 97's
  x353_03 第二十、二十一条; Round 84's p61a-2) — not an employer's filing on its fund account 「单位名称…发生变更
  的，应当…向管理部办理变更登记」 (Round 52: no task).
- Records placed in the platform that gathers them 「并将相关信息纳入市X信用信息共享平台」: a sending, an undated duty
  (Round 97's x353_03 第二十八条) — not firms placed in a review 「将企业纳入…考核」.
- Owed reports after when, how and by what rule they are sent 「A接报…后，应当依照“…”的原则向B报告」
  「A应当在接到…后30分钟内以口头方式、1小时内以书面方式，向B报告」「A应当每月上报B」: no doer (Round 97's x353_02
  第五条) — not a report and then the party's own act 「A应当立即向B报告，并采取避险措施」 (x307_04 第九条).
- A party's part in the investigation or check made of itself 「A、B应当积极配合事故调查处理工作」: names none
  (Round 83's x315_03 第七条 form; Round 97's x353_02 第四条) — not its part in an audit of its project 「A应当配合
  审计工作，向…提供…」 (x221_04 第三十四条).
- A case named by the work done on it 「市、区人民政府组织调查的事故，…」「由A组织调查的事故，…」, a group's members
  sent 「由A、B等部门派员参加」 and a post described at length 「组长由A…的部门负责人担任」: no units (round 30; rule 3;
  Round 97's x353_02 第十二条) — not 「A组织调查燃气事故」, A's work.
- A body's own other word that prevails, as a case 「A对…另有指令的，执行其指令」: names none (rule 3; Round 97's
  x353_02 第八条) — not 「A对…组织调查」, A's work.
- A loss band inside the grade of accident a clause picks 「造成50万元以下直接经济损失的一般事故，由A组织
  调查」: a class, no target (Round 97's x353_02 第八条; Round 93's x344_04) — not a bar on the loss itself
  「直接经济损失控制在50万元以下」.
- An article dividing duties, each of three or more paragraphs opening with its body 「A负责…。⏎B负责…。⏎C负责…。⏎
  审计部门依法对…进行审计监督。」: every paragraph's subject a doer, a field's department with no level too (round 44;
  Round 97's governs on x353_04 第五条) — not an article of two paragraphs, nor one whose paragraph opens with a case.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.article_subjects import paragraph_subjects
from desktop.core.parse.class_figures import noun_class
from desktop.core.parse.duty_headings import divided_doers
from desktop.core.parse.headings import build_items
from desktop.core.parse.opening_subjects import opening_subject


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_LICENCE = """某市园林绿化养护单位资质管理细则

第一条（目的） 为了规范园林绿化养护单位资质管理，制定本细则。

第二条（职责） 市绿化局负责本市园林绿化养护单位资质的许可和管理工作。

第三条（变更） 在养护单位资质有效期内，养护单位的名称、地址等发生变更的，\
应当在变更事项发生后15日内向市绿化局提交变更申请，办理资质证书变更手续。

第四条（合并） 养护单位发生合并、分立，且需要承继原单位资质的，应当申请重新核定养护单位资质。

第五条（监督） 市绿化局应当加强对养护单位的监督检查。
"""

_ACCOUNT = """某市住房公积金缴存管理办法

第一条（目的） 为了规范住房公积金缴存，制定本办法。

第二条（职责） 市公积金中心负责本市住房公积金的归集和管理。

第三条（变更） 单位名称、地址等登记事项发生变更的，应当在变更事项发生后30日内向管理部办理变更登记。

第四条（监督） 市公积金中心应当加强对缴存情况的监督检查。
"""


def test_licensed_party_change_is_a_task() -> None:
    assert _tasks(_LICENCE) == {"2": ["市绿化局"], "3": [], "4": [], "5": ["市绿化局"]}


def test_employer_account_change_stays_no_task() -> None:
    assert _tasks(_ACCOUNT) == {"2": ["市公积金中心"], "4": ["市公积金中心"]}


_PLATFORM = """某市园林绿化养护单位信用管理办法

第一条（目的） 为了规范养护单位信用管理，制定本办法。

第二条（信用） 市绿化局应当建立养护单位信用评价制度，并{tail}。
"""


def test_records_placed_in_platform_a_duty() -> None:
    duties = parse_text(_PLATFORM.format(tail="将相关信息纳入市公共信用信息服务平台")).duties
    assert [(d.due, d.every) for d in duties] == [(None, None)]
    assert duties[0].text.endswith("将相关信息纳入市公共信用信息服务平台")


def test_firms_placed_in_review_no_duty() -> None:
    assert parse_text(_PLATFORM.format(tail="将养护单位纳入年度考核")).duties == []


_REPORTS = """某市燃气事故报告规定

第一条（目的） 为了规范燃气事故报告，制定本规定。

第二条（报告） 供气企业接报事故信息后，应当依照“快报事实”的原则向区燃气管理部门报告。

第三条（时限） 造成人员死亡的事故，区燃气管理部门应当在接到报告后30分钟内以口头方式、1小时内以书面方式，\
向市燃气管理部门报告；其他事故，区燃气管理部门应当每月上报市燃气管理部门。

第四条（排险） 供气企业应当立即向街道办事处报告，并采取避险防范措施。

第五条（配合） 事故单位、供气企业应当积极配合事故调查处理工作，如实提供有关资料。

第六条（审计） 项目单位应当配合审计工作，向审计机构及时提供相关资料。
"""


def test_owed_reports_and_own_checks_name_none() -> None:
    tasks = _tasks(_REPORTS)
    assert tasks["2"] == [] and tasks["3"] == [] and tasks["5"] == []


def test_report_then_own_act_and_audit_keep_party() -> None:
    tasks = _tasks(_REPORTS)
    assert tasks["4"] == ["供气企业"] and tasks["6"] == ["项目单位"]


_GROUP = """某市燃气事故调查规定

第一条（目的） 为了规范燃气事故调查，制定本规定。

第二条（组成） 市、区人民政府组织调查的燃气事故，调查组织部门应当在3日内成立事故调查组。\
事故调查组由公安、应急、市场监管等部门派员参加。事故调查组组长由市、区人民政府授权组织调查的部门负责人担任。

第三条（调查） 区人民政府组织调查燃气事故，并公布调查结果。
"""


def test_case_members_and_posts_name_none() -> None:
    tasks = _tasks(_GROUP)
    assert tasks["2"] == [] and tasks["3"] == ["区人民政府"]


_DIVIDED = """某市养老服务管理办法

第一章　总则

第一条 为了规范养老服务，制定本办法。

第二条 市民政部门负责制定市级养老服务制度，指导各区、各市级部门养老服务工作。

区民政部门负责本区养老服务管理工作，制定区级养老服务制度。

市、区各部门负责建立本部门养老服务工作机制，规范开展养老服务工作。

审计部门依法对本市养老服务资金进行审计监督。

第三条 市民政部门负责制定市级养老服务制度，指导各区、各市级部门养老服务工作。

审计部门依法对本市养老服务资金进行审计监督。

第四条 市民政部门应当履行下列职责：

（一）编制养老服务设施布局规划；

（二）组织开展养老服务监督检查。

第二章　附则

第五条 本办法自2024年1月1日起施行。
"""


def test_article_dividing_duties_reads_every_paragraph() -> None:
    articles = {i.number: i for i in build_items(_DIVIDED).items}
    assert divided_doers(articles["2"], lambda item: ([], ["市民政部门"])) == (
        [], ["市民政部门", "区民政部门", "市、区各部门", "审计部门"])
    # (two paragraphs only: the sentence reader's doers as they were)
    assert divided_doers(articles["3"], lambda item: ([], ["市民政部门"])) == ([], ["市民政部门"])


def test_other_instruction_a_case() -> None:
    assert paragraph_subjects("市、区人民政府对其调查的个案另有指令的，执行其指令。", set(), opening_subject) == []
    assert paragraph_subjects("区人民政府对辖区内的燃气事故组织调查。", set(), opening_subject) == ["区人民政府"]


def test_loss_band_of_accident_grade_a_class() -> None:
    text = "造成50万元以下直接经济损失的一般燃气事故，由区人民政府组织调查"
    at = text.find("50")
    assert noun_class(text, at, at + len("50万元"), "元", "以下")
    bar = "全年燃气事故直接经济损失控制在50万元以下"
    at = bar.find("50")
    assert not noun_class(bar, at, at + len("50万元"), "元", "以下")
