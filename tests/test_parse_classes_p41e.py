"""Round 41 (p41e), names: where a unit's name begins and ends in a sentence. 各自 after a name is no part of it
(「由各社区和各单位各自负责」), 或 joins two names as 和 does (「由业主单位或使用权人负责」), 「县乡两级」 is one group
(Round 41 continued), 共青团组织 a body, a tail of fields joined by 、 「等宣传、文旅部门」 closes the list before
it, a short 的-phrase before 由's agent 「由相应的养护单位负责」 is no part of the name, and 「由A联系B」 ends A's name
at 联系. Made-up sentences written the way plans print them, each with the near misses that must not change."""

from __future__ import annotations

from desktop.core.parse.sentence_units import doer_units


def _units(text: str) -> list[str]:
    lead, responsible = doer_units(text)
    return list(dict.fromkeys(lead + responsible))


def test_each_own_after_a_name_is_no_part_of_it():
    assert _units("由各社区和各单位各自负责，做好节日期间的值班值守") == ["各社区"]
    assert _units("由街道办事处和物业公司各自负责，做好排查") == ["街道办事处", "物业公司"]
    # near miss: 各自 inside the work, after the verb, changes nothing
    assert _units("由街道办事处负责各自辖区内的排查工作") == ["街道办事处"]


def test_two_names_joined_by_or():
    assert _units("由土地所有权人或使用权人负责复垦") == ["土地所有权人", "使用权人"]
    assert _units("由街道办事处或建设主体书面告知相关居民") == ["街道办事处", "建设主体"]
    assert _units("由街道办事处或物业公司负责复核") == ["街道办事处", "物业公司"]
    # a bare role the plan never sets up is a body named by its role, a unit as printed (Round 51 rulings, p47c,
    # turned over round 34's x25_02 reading — this near miss read it as no name before that ruling; w54c)
    assert _units("由实施主体负责复核") == ["实施主体"]
    # near miss: a person's role stays none (round 30)
    assert _units("由项目负责人负责复核") == []


def test_two_levels_as_one_group():
    assert _units("排查发现的危房由县乡两级负责核查") == ["县乡两级"]
    assert _units("由市县两级负责组织实施") == ["市县两级"]
    # near miss: a level named with a kind of body after it is that body
    assert _units("由县级住建部门负责核查") == ["县级住建部门"]


def test_youth_league_organisation_is_a_body():
    assert _units("共青团组织负责引导青年团员参加志愿服务") == ["共青团组织"]
    # near miss: the group 各级团组织 read as before
    assert _units("各级团组织要组织青年参加志愿服务") == ["各级团组织"]


def test_a_tail_of_fields_closes_the_list():
    assert _units("区文旅局、区科委、区投促办等宣传、招商部门负责组织实施") == ["区文旅局", "区科委", "区投促办"]
    # near miss: the one-field tail read as before
    assert _units("区文旅局、区科委、区投促办等部门负责组织实施") == ["区文旅局", "区科委", "区投促办"]
    # near miss: 、 between verbs after the tail is no field list (they only supervise and guide, round 30)
    assert _units("区城管局会同区住建委等部门监督、指导施工单位落实扬尘管控措施") == []


def test_a_described_agent_of_by():
    assert _units("设施建成后，由相应的养护单位负责日常维护") == ["养护单位"]
    assert _units("由具备资质的第三方机构负责检测") == ["第三方机构"]
    # near misses: without a doer's own 负责/牵头 after the name the 的-phrase is not read past (a case's agent,
    # a party the applicant picks), and a 的-phrase with a verb of its own describes a meeting or a party
    assert _units("发现路面破损的，由相应的道路养护机构处置") == []
    assert _units("由申请人自行寻找有资质的设计单位负责编制") == []
    assert _units("由驻村干部参加的动员会负责部署") == []


def test_contact_ends_the_name():
    assert _units("由院团委联系各系团总支，给予支持和配合") == ["院团委"]
    # near misses: a body whose name opens with 联系 is kept whole; 联系 as the work after 负责 changes nothing
    assert _units("由联系点单位负责组织实施") == ["联系点单位"]
    assert _units("由院团委负责联系各系团总支") == ["院团委"]
