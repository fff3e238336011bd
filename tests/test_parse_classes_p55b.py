"""Round 55 (p55b): responsible units written in sentences — names cut at the wrong place, a pivot's object read as
a subject, and a group of concerned departments as an article's subject.

- A party named by its role 「招标人」「出让人」 before 、 shares no head with the name after it: 「由招标人与施工
  单位依法签订合同」 gives two doers (round 30's 「由A与B签订」), not one name 「招标人、施工单位」
  (``shared_heads``); fields before one head 「建设、施工单位」 stay one name.
- A time limit between an agent and its verb 「由项目建设单位两周内移交区水务局、区城建档案馆…」 ends the name: the
  agent is the doer, the receivers after 移交 none (rule 3) (``sentence_names._LIMIT``); 签署 ends a name as 签订
  does.
- In 第X条 articles a pivot verb opening a clause 「由发展办牵头，协调各职能部门加强…」 makes no subject of its object
  (round 30's pivot) (``article_subjects._NOT_A_NAME``).
- 「各相关行政管理部门应…」 as an article's subject: the group of concerned departments is a doer by the article's verb
  (rounds 44, 58: a kind, 各有关部门); a bare 「相关监督管理部门应当…」 with no 各 still names none (the older answers).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_names import read_agents, read_names
from desktop.core.parse.sentence_units import doer_units
from desktop.core.parse.shared_heads import share_heads

_HEAD = ("某街道小型建设工程管理细则\n\n"
         "第一条 为规范小型建设工程管理，制定本细则。\n"
         "第二条 街道建设办负责小型工程的日常管理。\n"
         "第三条 街道财政所应当按合同及时拨付工程款。\n")


def _articles(*bodies: str) -> dict[str, tuple[list[str], list[str]]]:
    """Each article's (lead, responsible) by its number, the made-up rules holding ``bodies`` as 第四条, 第五条…"""
    nums = "四五六七八九"
    text = _HEAD + "".join(f"第{nums[k]}条 {b}\n" for k, b in enumerate(bodies)) + "第十条 本细则自印发之日起施行。\n"
    return {t.number: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_a_party_by_its_role_shares_no_head_with_the_next_name():
    assert share_heads(["招标人", "施工单位"], "由招标人、施工单位依法签订合同") == ["招标人", "施工单位"]
    assert read_agents("招标人、施工单位依法签订合同", 0)[0] == ["招标人", "施工单位"]
    # near miss: fields before one head stay one name
    assert read_names("建设、施工单位负责现场管理")[0] == ["建设、施工单位"]
    got = _articles("施工合同由招标人与施工单位依法签订，签订的合同必须按照招标文件订立。")
    assert got["4"] == ([], ["招标人", "施工单位"])


def test_a_time_limit_ends_the_agents_name():
    assert read_agents("项目建设单位两周内移交区水务局、区城建档案馆各一套", 0) == (["项目建设单位"], 6)
    assert read_agents("建设单位3个工作日内报送区住建委", 0) == (["建设单位"], 4)
    assert read_agents("监理单位、施工单位签署确定", 0)[0] == ["监理单位", "施工单位"]
    # near miss: no time limit, the list stays whole
    assert read_agents("监理单位、施工单位共同签署确定", 0)[0] == ["监理单位", "施工单位"]
    assert read_names("区水务局、区城建档案馆负责保管")[0] == ["区水务局", "区城建档案馆"]


def test_a_pivots_object_after_a_lead_is_no_subject():
    got = _articles("事中事后监管，街道由发展办牵头，协调各职能部门加强对工程项目的现场监管。")
    assert got["4"] == (["发展办"], [])        # (the task's responsible list holds the units beside its leads)
    # near miss: the same group as the subject of its own sentence is a doer
    got = _articles("事中事后监管由发展办牵头。各职能部门应当加强对工程项目的现场监管。")
    assert [*got["4"][0], *got["4"][1]] == ["发展办", "各职能部门"]


def test_a_group_of_concerned_departments_is_an_articles_doer():
    got = _articles("各相关行政管理部门应提高行政效能，及时办理项目相关手续。",
                    "相关监督管理部门应当指导和督促产权人建立日常检查制度。")
    assert got["4"] == ([], ["各相关行政管理部门"])
    # near miss: a bare kind with no 各 names none (as the older answers keep it)
    assert got["5"] == ([], [])


def _doers(text: str) -> tuple[list[str], list[str]]:
    return doer_units(text)


def test_a_helper_by_xietong_peihe_is_a_unit_beside_the_lead():
    assert _doers("区规划资源局牵头建立项目清单。区水务局协同配合项目清单的建立、实施。") \
        == (["区规划资源局"], ["区规划资源局", "区水务局"])
    assert _doers("区规划资源局牵头建立项目清单，区水务局协同配合。") \
        == (["区规划资源局"], ["区规划资源局", "区水务局"])
    # near miss: 协同 with a partner stays rule 2's joint form (lead A, partner B)
    assert _doers("区水务局协同区民政局开展检查。") == (["区水务局"], ["区水务局", "区民政局"])


def test_a_role_with_one_alias_in_brackets_is_one_agent():
    assert _doers("开工条件具备后，由项目法人（建设单位）自主确定工程开工。") == ([], ["项目法人（建设单位）"])
    # near misses: a bracket that is no body (a person, a note) makes no name
    assert _doers("开工条件具备后，由项目法人（项目负责人）自主确定工程开工。") == ([], [])
    assert _doers("开工条件具备后，由项目法人（试行）自主确定工程开工。") == ([], [])


def test_an_option_reaches_the_clauses_after_it():
    assert _doers("建设单位根据区水务局出具的意见，可开展方案设计，委托第三方评估机构开展综合评估。") == ([], [])
    # near miss: with no option the subject does the later work (由A委托B without 由, round 35)
    assert _doers("建设单位根据区水务局出具的意见，开展方案设计，委托第三方评估机构开展综合评估。") \
        == ([], ["建设单位"])


def test_an_agent_before_zuochu_is_a_doer():
    assert _doers("违反土地管理法律规定，阻扰征收土地的，由区人民政府作出责令交出土地决定。") == ([], ["区人民政府"])
    assert _doers("由区征地事务机构作出补偿决定。") == ([], ["区征地事务机构"])
    # near miss: a receiver of the statement is no doer (rule 3)
    assert _doers("被征收人应当向区人民政府作出书面说明。") == ([], [])


def _items(lead_in: str) -> list[list[str]]:
    text = (_HEAD + f"第四条 {lead_in}\n（一）遵守本市停车管理的有关规定；\n（二）在显著位置公示停车收费标准；\n"
            "（三）做好固定车位使用情况登记。\n第五条 本细则自印发之日起施行。\n")
    return [t.lead_units + t.responsible_units for t in parse_text(text).tasks if t.key.startswith("4.")]


def test_items_of_a_work_clause_by_listed_requirements_take_its_subject():
    assert _items("物业服务企业应当按照以下要求提供停车管理服务：") == [["物业服务企业"]] * 3
    # near misses: what a party hands in or meets names no work of a body
    assert not any(_items("申请人应当按照以下要求提交申请材料："))
    assert not any(_items("停车场应当符合下列条件："))


def test_a_railway_or_road_section_office_is_a_body():
    assert _doers("漳州铁路车务段牵头负责辖区内铁路系统安全生产专项督查。") == (["漳州铁路车务段"], ["漳州铁路车务段"])
    assert _doers("县公路管理段负责国省道日常养护。") == ([], ["县公路管理段"])
    # near misses: a stage or a stretch of road is no body
    assert _doers("第一阶段负责摸底排查。") == ([], [])
    assert _doers("重点路段负责设置警示标志。") == ([], [])
