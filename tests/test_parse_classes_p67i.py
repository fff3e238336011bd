"""Round 67 (p67i): names that run on or stop short, duty sections and scopes, work taken on, cases by object.

- A thing a project needs before 由 「…项目所需用地指标由各区安排落实」: 所 of 所需, no name's end (派出所) — the
  doer after 由 read — not a 所's own name 「各派出所负责…」.
- A body named by who designates it 「由A或区政府指定机构按约定价格回购」: 「区政府指定机构」 one name, closed before
  按 — not a person designated 「由区政府指定专人负责…」 (the government the doer).
- A section headed 「工作职责和分工」 over points with their own headings, each over paragraphs led by bodies: every
  body the text gives work is a unit (round 34's 职责分工) — not a plain work heading 「工作措施」.
- Under such a heading, a body's duty scope before its verb 「A在…职责范围内承担…」: A a doer, as 「A在…范围内负责…」.
- A body's charge over the place's work 「A（以下简称B）主管本市…工作」: 主管 a verb after the name — not 主管 inside a
  name 「区交通主管部门负责…」.
- The terms a body acts by after 按 alone 「由A、B按养护合同处理」: the names end before 按, as before 按照.
- 承担 with the work named after a 的 「由A承担规划深化的具体实施」: work (rule 2), as 「由A负责…的…」 — not a thing
  described 「由A承担建设的设施，应当…」.
- A party whose own case the modal answers by its own hand 「X迁址或者停止经营的，应当自行拆除…」: X a doer — not
  without 自行 「…的，应当拆除…」 (the case names its party, no subject of the modal).
- Levels that keep the places joined by 、 before a kind 「市管、区管路段产权单位应…」: one name as printed, also where
  the document defines 「市管路段」 as a short name — not fields of work 「设计、施工、监理等单位」.
- A shorter name the registry joins to a longer one printed in the same item only as another party 「商务部门会同…
  牵头…。B应配合商务主管部门…」: kept as printed (round 43: no name rewritten) — a short name the document defines
  「某市商务委员会（以下简称市商务委）」 reads as before.
- A consequence pointed to other texts with no agent 「违反…规定，X…的，按照《…条例》相关规定予以处理」: a general
  provision, no task (round 60, w52b; x325_01 第二十五条 turned) — not where a body answers it 「…的，由A按照…处理」.
- Cases that divide the work by the object it is done on 「对X进行深化的，由A…。对Y进行深化的，由B…」 beside a later
  sentence of work: every agent (round 40's work split by its objects) — not a contingency 「确需调整的，由B协调」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_HEAD = "某市支持制造业发展用地保障的实施意见\n\n一、重点任务\n\n"


def test_needed_thing_before_by() -> None:
    got = _tasks(_HEAD + "1.保障重点项目用地。重点项目所需建设用地由各区统筹落实，确有困难的由市级协调。\n\n"
                 "2.加强治安巡查。各派出所负责辖区内园区的治安巡查。\n")
    assert got["一/1"] == ["各区"]
    assert got["一/2"] == ["各派出所"]


def test_designated_body_name() -> None:
    got = _tasks(_HEAD + "1.规范厂房回购。回购的厂房由园区运营主体或区政府指定机构按评估价格优先回购。\n\n"
                 "2.规范厂房回购。回购事项由区政府指定专人负责跟踪。\n")
    assert got["一/1"] == ["园区运营主体", "区政府指定机构"]
    assert got["一/2"] == ["区政府"]


_DUTIES = """某市仓储设施建设管理指导意见

一、工作措施

（一）统筹仓储布局

由市商务委牵头，会同市规划资源局制定仓储布局规划。

（二）加强建设管理

建设单位应当按照规定申请施工许可。

二、{heading}

（一）落实企业和园区主体责任

企业应当按照有关规定和技术标准对仓储设施进行设计和建设，建立安全管理制度。

各物流园区结合园区主导产业，统筹仓储需求，配合做好布局规划的编制工作。

（二）落实相关管理部门责任

市商务委会同市规划资源局，牵头编制仓储设施布局规划。

消防救援部门在法律法规规定的职责范围内承担仓储设施的消防监督检查，督促企业落实防火措施。

市、区交通管理部门根据本市标准，对物流车辆通行开展监督管理。
"""


def test_duties_and_division_section() -> None:
    got = _tasks(_DUTIES.format(heading="工作职责和分工"))
    assert got["二/一"] == ["企业", "各物流园区"]
    assert "消防救援部门" in got["二/二"] and "市、区交通管理部门" in got["二/二"]
    plain = _tasks(_DUTIES.format(heading="工作要求"))
    assert plain.get("二/一", []) == []
    assert "消防救援部门" not in plain.get("二/二", [])


_ARTICLES = """某市道路设施规划实施操作规程

第一条（目的）

为规范道路设施规划实施，制定本规程。

第二条（职责分工）

某市交通管理局（以下简称市交通局）主管本市道路设施规划实施的监督管理工作。

对控制性详细规划进行深化的，由所在区规划部门负责。对专项规划进行深化的，由相关行业主管部门承担规划深化的具体实施，履行相关程序。

第三条（违规处理）

养护单位擅自更改检测数据的，一经查实，由市交通局、区道路管理部门按养护合同处理。

第四条（回购）

由区道路管理部门承担建设的设施，应当按期移交。
"""


def test_charge_terms_and_taken_work() -> None:
    got = _tasks(_ARTICLES)
    assert "某市交通管理局" in got["2"]
    assert "所在区规划部门" in got["2"] and "相关行业主管部门" in got["2"]
    assert got["3"] == ["市交通局", "区道路管理部门"]
    assert got.get("4", []) == []


def test_charge_and_terms_near_misses() -> None:
    # 主管 inside a name stays the name's; 按 before no terms is no name's end of itself
    assert doer_units("区交通主管部门负责道路巡查。")[1] == ["区交通主管部门"]
    assert doer_units("市交通局主管全市道路设施的监督管理工作，负责协调。")[1] == ["市交通局"]
    assert doer_units("由区道路管理部门按养护合同约定处理。")[1] == ["区道路管理部门"]
    # a contingency after the rule stays the old reading: only the body the rule names
    assert doer_units("道路设施由区道路管理部门负责养护。确需调整的，由市交通局协调。")[1] == ["区道路管理部门"]


_PARTIES = """某市户外广告牌设置管理办法

第一条（目的）

为规范户外广告牌设置，制定本办法。

第二条（职责分工）

某市市容管理局（以下简称市市容局）负责本市户外广告牌设置的监督管理。某市市容管理处具体负责市属道路沿线（以下简称市管路段）的日常巡查。

第三条（自行拆除）

设置单位迁址或者停止经营的，应当自行拆除广告牌。

第四条（拆除）

设置单位迁址或者停止经营的，应当拆除广告牌。

第五条（场地维护）

市管、区管路段产权单位应保持广告牌周围场地的整洁，维护行人通行的秩序。

第六条（施工）

建设单位应当组织竣工验收。设计、施工、监理等单位应当保持现场整洁，维护通行秩序。
"""


def test_own_removal_and_shared_places() -> None:
    got = _tasks(_PARTIES)
    assert got["3"] == ["设置单位"]
    assert got.get("4", []) == []
    assert got["5"] == ["市管、区管路段产权单位"]
    assert got["6"] == ["建设单位"]      # (fields of work before a kind: no qualifiers of a level)


_SHORTER = """某市仓储设施布局指导意见

一、工作措施

（一）统筹仓储布局

由商务主管部门牵头，会同规划资源部门制定仓储布局规划。

二、职责分工

（一）落实部门责任

商务部门会同规划资源部门，牵头编制仓储设施布局规划。规划资源部门应配合商务主管部门做好用地保障。
"""


def test_shorter_name_kept_as_printed() -> None:
    got = {"/".join([*t.path, t.number]): t.lead_units for t in parse_text(_SHORTER).tasks}
    assert got["一/一"] == ["商务主管部门"]
    assert got["二/一"] == ["商务部门"]


_DEFINED = """某市仓储设施布局指导意见

一、工作措施

（一）统筹仓储布局

某市商务委员会（以下简称市商务委）统筹仓储布局。由市商务委牵头，会同规划资源部门制定仓储布局规划。

（二）加强用地保障

由市商务委牵头，会同规划资源部门做好用地保障。
"""


def test_defined_short_name_unchanged() -> None:
    got = {"/".join([*t.path, t.number]): t.lead_units for t in parse_text(_DEFINED).tasks}
    assert got["一/一"] == ["市商务委"] and got["一/二"] == ["市商务委"]


_POINTERS = """某市户外广告牌设置管理办法

第一条（目的）

为规范户外广告牌设置，制定本办法。

第二条（职责）

市市容局负责本市户外广告牌设置的监督管理。

第三条（处罚）

违反本办法第二条规定，设置单位未履行相关责任的，按照《某市市容环境卫生管理条例》相关规定予以处理。

第四条（处罚）

设置单位违反承诺的，由市市容局按照本市告知承诺管理相关规定予以处理。
"""


def test_consequence_pointed_elsewhere() -> None:
    got = _tasks(_POINTERS)
    assert "3" not in got
    assert got["4"] == ["市市容局"]
