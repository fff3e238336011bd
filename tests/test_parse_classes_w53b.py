"""Round 53 second wave (w53b): a notice's headed points that give work.

- A childless point headed by a call for awareness 「一、提高认识，…」「一、充分认识…的重大意义」 whose
  text gives work beyond the awareness (「…要…，进一步完善…制度，健全…机制」「采取切实有力的措施，
  认真做好…工作」) is a task naming no unit, in a plan of numbered items too (CONVENTIONS.md "Round 62
  rulings": x257_01 一; rounds 34 early, 51 p47b); one that only calls for awareness 「要充分认识…，切实
  增强责任感」 or states why 「…对于…具有重要意义」 stays none (round 39), and 发挥…作用 is a role, no
  work (Round 62 on x264_03 七/（七））.
- A childless 「三、组织机构」 whose bodies set up are given work in the next sentence 「…应当建立…领导小组。
  领导小组应当…，负责具体实施工作」 is a task, in a plan whose items name no unit too (Round 57's x253_06;
  x264_03 三); one that only sets the group up and fills its posts stays none (round 35).
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = "某市应急管理局关于贯彻实施新修订的《某某条例》的通知\n各区应急管理局：\n现就有关事项通知如下。\n"
# (二、 items restating the rules, some instructing; 三、 a childless closing point of work: x267_01's shape)
WORK = ("二、把握重点，切实提高依法行政水平\n"
        "新修订的条例进行了较大修改，要重点把握以下内容：\n"
        "（一）增加处罚种类。条例第九条新增通报批评等处罚种类。具体执法时要将两者结合考虑。\n"
        "（二）提高简易程序金额。条例第五十一条规定，对公民处以二百元以下罚款的，可以当场作出决定。\n"
        "（三）完善听证制度。条例第六十三条扩大听证范围。在执法中应当更加重视听证笔录的制作。\n"
        "三、多措并举，确保条例得到严格执行\n"
        "要高度重视条例的学习、宣传、培训，通过举办培训班等方式系统学习条例条款。要加强执法管理，及时对执法文书进行"
        "适应性修改。市应急局也将适时组织相关培训活动。\n")


def paths(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def first_point(point: str) -> bool:
    return "一" in paths(HEAD + point + WORK)


def test_awareness_point_that_goes_on_to_work_is_a_task() -> None:
    assert first_point("一、提高认识，统筹做好条例实施工作\n新修订的条例完善了执法制度，具有重要意义。"
                       "各级应急管理部门要"
                       "充分认识条例修订的重要价值，以学习条例为契机，进一步完善执法制度，健全执法机制，"
                       "加强执法管理。\n")


def test_awareness_of_meaning_with_measures_and_work_done_is_a_task() -> None:
    assert first_point("一、充分认识新条例颁布实施的重大意义\n新条例的颁布是一件大事。各单位要充分认识新条例颁布实施的"
                       "重大意义，切实增强紧迫感和责任感，采取切实有力的措施，认真做好新条例学习宣传工作。\n")


def test_awareness_heading_with_a_general_call_and_a_second_paragraph_of_work() -> None:
    assert first_point("一、切实提高对安全培训工作重要性的认识\n各地区、各部门、各单位要深入学习有关论述，"
                       "树牢安全理念。"
                       "要充分认识培训工作的基础性作用。\n要严格培训监管执法，落实企业培训主体责任，"
                       "做到先培训后上岗。\n")


def test_near_miss_awareness_only_stays_none() -> None:
    assert not first_point("一、切实提高对安全培训工作重要性的认识\n各地区、各部门要充分认识培训工作的基础性作用，"
                           "切实增强责任感和使命感。\n")


def test_near_miss_statement_before_the_call_and_roles_only_stay_none() -> None:
    # (work words in the statement of why, before the first 要; 发挥…作用 and 抓紧 after it: no work)
    assert not first_point("一、充分认识赋予科研人员自主权的重要意义\n深入推进体制改革、切实减轻科研人员负担，对于释放"
                           "创新活力具有十分重要的意义。各地区、各部门要进一步统一思想，充分发挥市场的决定性作用，"
                           "抓紧解决政策落实中的突出问题。\n")


def test_near_miss_a_point_headed_by_work_is_read_as_before() -> None:
    assert paths(HEAD + "一、加强宣传\n要通过多种方式宣传条例。\n" + WORK) == ["二/一", "二/二", "二/三", "三"]


ORG_HEAD = ("某区限额以下小型建设工程管理办法\n为加强管理，制定本办法。"
            "\n一、适用范围\n本办法适用于本区限额以下小型建设工程。\n")
ORG_WORK = ("四、管理责任\n"
            "（一）建设单位要认真履行项目建设的主体责任，加强现场质量安全管理。\n"
            "（二）各镇政府要落实属地管理职责，制定实施细则。\n"
            "五、事中事后监管\n"
            "（一）区建管委要加强对承包商的履约评价。\n"
            "（二）各镇政府要定期开展专项检查。\n")


def test_organisation_point_whose_group_is_given_work_is_a_task() -> None:
    point = ("三、组织机构\n区相关职能部门及各镇政府应当建立健全小型工程管理工作领导小组架构以及相应工作机制。"
             "领导小组应当"
             "按照分级分类管理的原则，认真履行现场监管等职责，并明确工作部门，负责具体实施工作。\n")
    assert "三" in paths(ORG_HEAD + point + ORG_WORK)


def test_near_miss_organisation_point_that_only_fills_posts_stays_none() -> None:
    point = "三、组织机构\n成立小型工程管理工作领导小组，由区长任组长，分管副区长任副组长，各镇镇长为成员。\n"
    got = paths(ORG_HEAD + point + ORG_WORK)
    assert "三" not in got and "四/一" in got
