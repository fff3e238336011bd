"""Round 69 (p69c): units of duty lists and headings, a one-of pointer, a stage's start year, the addressee call-back.

- The zone's operating firm in a lead-in over a duty list 「各镇、公司（开发区）履行以下职责：」: the bracket says which
  firm is meant, kept whole with the towns (Round 99's turned x361_02 第八条) — not the bare kind 「各镇、公司履行…」,
  which names no one.
- A party's duty heading with 管理 between the party and 职责 「（一）监理单位管理职责」 over 1.… lines: the party, as
  「（一）监理单位职责」 is — not a field's duties 「（一）安全管理职责」.
- A party named by its role over its duties 「（一）房屋业主管理职责」, 「（一）住宅房屋所有权人」 under a duty section
  「一、明确职责」: the party (Round 95's x349_03 二、（一）) — not the same words under a section that is no duty
  section.
- A long list of named bureaus closed by kinds 「A、B、…、H及其他有关行业主管部门或综合监管部门应…」 (six names or
  more, past 64 characters): each bureau and each kind joined by 或 (Round 99 on x361_02 第七条) — not a bare call
  「…及其他有关部门」.
- A one-of pointer to conditions with no kind word 「符合以下任一条，…需要改线：」 over 1.2. lines: the lines are the
  conditions, one task — not a work lead-in 「做好以下工作：」 over lines of work.
- A stage headed by the day it starts 「1.市级码头（2021年3月1日开始实施）」 over 「3月1日前完成…」: the year-less day
  takes the start's year (Round 99 on x364_03 四、（三）1.) — a day printed with its year keeps it.
- The cover's addressee line printed again whole as the subject 「各镇、街道残联，市视力康复中心要…组织开展…」: a call
  back, no unit (Round 98's turned x230_02 一, x249_06 一) — not one addressee named alone 「市视力康复中心要…」.
- A title line the text cut to its tail 「计量及结算管理的实施意见」 under a cover quoting the whole name 「…印发《关于
  推进…的实施意见》的通知」: the quoted name (Round 99 on x364_03) — a whole title line stays.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_ARTICLES = """某县小型工程安全管理办法

第一章　总则

第一条　为规范小型工程安全管理，制定本办法。

第二章　职责分工

第五条　{lead}履行以下职责：

（一）负责辖区小型工程日常安全管理，健全工作制度；

（二）组织开展巡查和安全检查，对发现的问题及时处置；

第六条　县住建委负责行业指导和业务培训。
"""


def test_zone_firm_kept_whole_in_a_duty_list_lead_in() -> None:
    got = _tasks(_ARTICLES.format(lead="各镇、公司（开发区）"))
    assert got["5/一"] == ["各镇", "公司（开发区）"]
    assert got["5/二"] == ["各镇", "公司（开发区）"]


def test_bare_firm_kind_names_no_one() -> None:
    got = _tasks(_ARTICLES.format(lead="各镇、公司"))
    assert got["5/一"] == []


_PARTIES = """某县小型工程安全管理办法

第一章　总则

第一条　为规范小型工程安全管理，制定本办法。

第十条　参建各方管理职责

（一）{first}

1.开工前依法办理登记手续，接受监督检查。

2.经常了解工程安全状况，发现问题的及时报告。

（二）设计单位职责

1.按照强制性标准进行设计。

第十一条　县住建委负责行业指导。
"""


def test_party_management_duties_heading() -> None:
    got = _tasks(_PARTIES.format(first="监理单位管理职责"))
    assert got["10/一/1"] == ["监理单位"]
    assert got["10/二/1"] == ["设计单位"]


def test_role_party_duties_heading() -> None:
    got = _tasks(_PARTIES.format(first="房屋业主管理职责"))
    assert got["10/一/1"] == ["房屋业主"]
    assert got["10/一/2"] == ["房屋业主"]


def test_field_duties_heading_names_no_one() -> None:
    got = _tasks(_PARTIES.format(first="安全管理职责"))
    assert got["10/一/1"] == []


_OPINION = """关于做好老旧小区燃气管道改线工作的指导意见

各街道办事处、燃气企业：

为做好老旧小区燃气管道改线工作，制定本意见。

一、{section}

（一）住宅房屋所有权人

住宅房屋所有权人应主动向燃气企业咨询管线情况，未查明前不得开挖。

（二）燃气企业

对所有权人提出的管线咨询需求，应及时、准确予以答复。做好日常管道巡查和监护。

二、办理流程

（一）{step}

燃气企业接到申请后进行现场勘察。{lead}

1.新建外墙距燃气管道净距不足2米；

2.改造完成后不满足管道维护要求。

（二）竣工验收

燃气企业组织竣工验收并归档。
"""


def test_role_party_heading_under_a_duty_section() -> None:
    got = _tasks(_OPINION.format(section="明确职责", step="现场勘察", lead="符合以下任一条，燃气管道需要改线："))
    assert got["一/一"] == ["住宅房屋所有权人"]
    assert got["一/二"] == ["燃气企业"]


def test_role_party_heading_outside_a_duty_section() -> None:
    got = _tasks(_OPINION.format(section="基本情况", step="现场勘察", lead="符合以下任一条，燃气管道需要改线："))
    assert got.get("一/一", []) == []


def test_one_of_pointer_lines_are_conditions() -> None:
    got = _tasks(_OPINION.format(section="明确职责", step="现场勘察", lead="符合以下任一条，燃气管道需要改线："))
    assert "二/一" in got
    assert "二/一/1" not in got


def test_work_lead_in_lines_stay_items() -> None:
    got = _tasks(_OPINION.format(section="明确职责", step="现场勘察", lead="燃气企业做好以下工作："))
    assert "二/一/1" in got


_BUREAUS = """某县小型工程安全管理办法

第一章　总则

第一条　为规范小型工程安全管理，制定本办法。

第二章　职责分工

第六条　县住建委负责行业指导。

第七条　{subject}应根据“管行业必须管安全”的要求，依据各自职责分工，加强本行业领域的安全管理工作。
"""

_SEVEN = "县发改委、县教育局、县民政局、县交通委、县水务局、县卫健委、县应急局、县体育局"


def test_long_list_closed_by_other_kinds() -> None:
    got = _tasks(_BUREAUS.format(subject=_SEVEN + "及其他有关行业主管部门或综合监管部门"))
    assert got["7"] == [*_SEVEN.split("、"), "其他有关行业主管部门", "综合监管部门"]


def test_list_closed_by_a_bare_call_names_no_kind() -> None:
    got = _tasks(_BUREAUS.format(subject="县发改委、县教育局及其他有关部门"))
    assert "其他有关部门" not in got["7"]


_STAGES = """关于推进某市建筑垃圾计量管理的实施意见

为规范建筑垃圾计量管理，提出如下意见。

一、工作安排

结合实际情况，分两步落实本意见：

1.{first}

由市废管处组织各码头，{when}完成计量装置安装工作。

2.区级码头（2021年5月1日开始实施）

各区市容管理部门督促码头经营单位安装计量装置。
"""


def _deadlines(text: str) -> dict[str, str | None]:
    return {"/".join([*t.path, t.number]): t.deadline for t in parse_text(text).tasks}


def test_stage_headed_by_its_start_day_gives_its_year() -> None:
    got = _deadlines(_STAGES.format(first="市级码头（2021年3月1日开始实施）", when="3月1日前"))
    assert got["一/1"] == "2021-03-01"


def test_stage_without_a_start_day_keeps_the_plan_year() -> None:
    got = _deadlines(_STAGES.format(first="市级码头", when="2021年3月1日前"))
    assert got["一/1"] == "2021-03-01"


_CALLED = """关于开展“爱眼日”宣传活动的通知

各镇、街道残联，市视力康复中心：

现就有关宣传活动通知如下：

一、结合主题开展宣传

{subject}要围绕今年主题，认真组织开展宣传活动，多渠道加强宣传。

二、及时做好活动总结

县残联负责汇总各地活动情况，于6月10日前形成总结。
"""


def test_addressee_line_printed_again_calls_back() -> None:
    got = _tasks(_CALLED.format(subject="各镇、街道残联，市视力康复中心"))
    assert got["一"] == []


def test_part_of_the_addressees_stays_a_doer() -> None:
    got = _tasks(_CALLED.format(subject="市视力康复中心"))
    assert got["一"] == ["市视力康复中心"]


_CUT_TITLE = """某市市容局关于印发《关于推进本市建筑垃圾码头计量及结算管理的实施意见》的通知

各区市容管理部门：

现将《关于推进本市建筑垃圾码头计量及结算管理的实施意见》印发给你们，请遵照执行。

{title}

一、工作要求

（一）市废管处负责码头计量装置的安装和维护。

（二）各区市容管理部门负责辖区码头的日常监管。
"""


def test_title_line_cut_to_its_tail_reads_the_quoted_name() -> None:
    got = parse_text(_CUT_TITLE.format(title="计量及结算管理的实施意见")).title
    assert got == "关于推进本市建筑垃圾码头计量及结算管理的实施意见"


def test_whole_title_line_stays() -> None:
    got = parse_text(_CUT_TITLE.format(title="关于推进本市建筑垃圾码头计量及结算管理的实施意见")).title
    assert got == "关于推进本市建筑垃圾码头计量及结算管理的实施意见"
