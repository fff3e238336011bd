"""Round 68 (p68d): township, village and community page openings.

- An assessment's list of weighted work lines 「（一）、支部建设（20分）⏎1、建立…制度并公示。（4分）⏎2、…（6分）」, each
  line stating work and carrying only its weight at its end, under a heading weighted the same way (no 小计): tasks
  (Round 97's governs on x356_03, with Round 95's x350_01; ``scored_rows._weighted_work``) — not a scheme's criteria
  that judge 「…是否到位；（30分）」 or write what a criterion earns 「…得2分」, nor rows under a 小计 heading.
- A preview page run into one line 「…应急预案一、概况…。二、…。三、组织机构1、工作小组成立…名单职务姓名…成员王某2、
  人员职责当…。3、…」: the title's 预案 ends a title a first point runs into, and an item 「N、」 run into the words
  before it is the list's where N+1 follows after a stop, no section number between (``heading_markers``) — not a
  「2、」 with no 3、 after it, nor a number inside a name 「附表2、」.
- A childless point whose work follows the setting it is done in 「三、在“平安家庭”创建中,组建一支…队伍。…」: its
  heading read after the setting (``shortname.SETTING`` in ``task_choice._action_heading``), a task as its neighbours
  are — not a setting before no work 「三、在…创建中,居民的参与热情。」.
- A site's piece number after a contingency plan's title 「2023年某村防汛应急预案 篇12」: no part of the title
  (``titles._SITE_SUFFIX``; 预案 ends a title as the plan words do) — not after a name that ends in no plan word.
- A body's posts set with their head counts 「可设会长1人,秘书长1人,理事3—5人」: its make-up, no targets
  (``figure_targets``) — not a head count to reach 「发展志愿者不少于30人」.
- A problem the public raised, told up 「对辖区居民反映集中的难点问题及时向上级反映」: an undated duty (the public
  inside the problem's 的-phrase, ``duty_sentences.problem_sent``) — not the public's own channel
  「居民发现问题可及时向社区反映」.
- A body entrusting a person named by post with work 「社区居委会委托社区安全负责人负责…」: the body a doer, as
  「A委托B＋verb」 (round 35; ``doer_roles.entrusted``) — not a person the body names inside a noun 「…委托的负责人…」.
- A contingency plan's piece head 「社区防汛抗旱应急预案篇一」 under a compilation's headline 「…预案(热门12篇)」: the
  piece's title less its mark (Round 83 on x314_06; ``collection_pieces``, 预案 a piece's name as the plan words are) —
  not a piece head that names no plan 「社区防汛抗旱工作篇一」.
- A body a division section defines 「一、应急领导机构和职责 ⏎ 防汛应急指挥机构为办事处防汛指挥部。其职责是:…」: no unit
  (round 30: 「领导机构为…」; Round 97 on x356_04; ``divisions._DEFINED_AS``) — not a body given its duties there.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_ASSESS = ("某镇2020年村级工作目标考核办法\n"
           "各村党支部:\n为推动各村工作落实,经研究,制订本办法。\n"
           "一、考核对象:各村两委全体干部\n二、考核内容\n"
           "(一)、支部建设(20分)\n"
           "1、建立完善支部工作制度并公示。(4分)\n"
           "2、建立党员联系户台帐,并及时更新。(6分)\n"
           "3、开展主题党日活动,全年不少于6次。(10分)\n"
           "(二)、村务管理(10分)\n"
           "1、落实村务公开制度,按季度公开财务。(5分)\n"
           "2、调解邻里纠纷,做好矛盾排查。(5分)\n")


def test_an_assessments_weighted_work_lines_are_tasks():
    tasks = _tasks(_ASSESS)
    assert {"二/一/1", "二/一/2", "二/一/3", "二/二/1", "二/二/2"} <= set(tasks)


def test_near_miss_a_schemes_judging_criteria_stay_text():
    text = _ASSESS.replace("1、建立完善支部工作制度并公示。(4分)", "1、支部工作制度是否完善并公示;(4分)") \
        .replace("2、建立党员联系户台帐,并及时更新。(6分)", "2、党员联系户台帐是否及时更新;(6分)") \
        .replace("3、开展主题党日活动,全年不少于6次。(10分)", "3、主题党日活动每开展1次得2分,最高得10分。(10分)")
    tasks = _tasks(text)
    assert not {"二/一/1", "二/一/2", "二/一/3"} & set(tasks)


def test_near_miss_rows_under_a_subtotal_heading_stay_text():
    text = _ASSESS.replace("(一)、支部建设(20分)", "(一)、支部建设(小计20分)")
    tasks = _tasks(text)
    assert not {"二/一/1", "二/一/2", "二/一/3"} & set(tasks)


_RUN = ("某镇某村山洪灾害转移避险应急预案.docx\n"
        "《某镇某村山洪灾害转移避险应急预案.docx》由会员分享,可在线阅读,更多相关内容请在本站搜索。\n"
        "某镇某村山洪灾害转移避险应急预案一、基本情况全村面积12平方公里,辖区内有2条溪流。二、危险区分布山洪危险区2处,"
        "涉及5户18人。三、组织机构与职责1、工作小组成立由镇包村领导、村两委组成的防汛工作小组,组长由村支部书记担任。"
        "工作小组名单职务姓名电话组长王某成员李某成员赵某2、人员职责接到暴雨预警后,工作小组成员应立即到岗,组长负责"
        "指挥全村转移工作,成员协助组长做好群众转移。3、网格员职责网格员按照工作小组的安排,负责本网格群众的转移和"
        "安置工作,转移前检查转移路线,确保安全。四、预警与转移1、值班值守汛期村委会安排专人值班,接到预警后及时"
        "通知各户。2、转移安置接到转移指令后,网格员组织群众按路线转移到安置点。")


def test_a_run_together_preview_is_read_by_its_points_and_items():
    tasks = _tasks(_RUN)
    assert {"三/2", "三/3", "四/1"} <= set(tasks)


def test_near_miss_a_run_in_two_with_no_three_after_it_stays_text():
    text = _RUN.replace("3、网格员职责", "网格员职责")
    tasks = _tasks(text)
    assert "三/2" not in tasks and "三/3" not in tasks


_POINTS = ("某社区年度工作计划\n今年,本社区在街道的领导下,为推进“平安社区”建设,做了以下安排:\n"
           "一、建立健全治安巡逻队和矛盾调解小组。组长由书记担任,对居民反映的问题及时处理。\n"
           "二、加强安全宣传,充分利用宣传栏开展安全知识宣传活动,并及时更换宣传内容。\n"
           "三、在“平安家庭”创建中,组建一支志愿者服务队伍。在居民中发动党员骨干,组成巡查、调解志愿者队伍,"
           "积极开展邻里互助服务。\n"
           "四、消防安全方面:建立一套楼道巡查制度。\n"
           "(1)加强楼道消防设施检查。定期检查灭火器和消防栓,及时更换过期器材。\n"
           "(2)加强楼道堆物清理。发动楼组长每月清理一次楼道堆物。\n")


def test_a_points_work_after_the_setting_it_is_done_in_is_a_task():
    assert "三" in _tasks(_POINTS)


def test_near_miss_a_setting_before_no_work_stays_a_section():
    text = _POINTS.replace("三、在“平安家庭”创建中,组建一支志愿者服务队伍。", "三、在“平安家庭”创建中,居民的参与热情。")
    assert "三" not in _tasks(text)


def test_a_sites_piece_number_after_a_contingency_plans_title_is_no_part_of_it():
    text = ("您的当前位置:首页正文\n\n2023年某村防汛应急预案 篇12\n\n2023-05-10 来源:某某网\n"
            "一、组织机构\n村成立防汛工作小组,村主任任组长。\n二、预警转移\n接到预警后,村委会组织群众转移。\n")
    assert parse_text(text).title == "2023年某村防汛应急预案"


def test_near_miss_a_title_whose_last_word_is_no_plan_word_keeps_its_number():
    text = ("您的当前位置:首页正文\n\n某村防汛值班记录 篇3\n\n2023-05-10 来源:某某网\n"
            "一、组织机构\n村成立防汛工作小组,村主任任组长。\n二、预警转移\n接到预警后,村委会组织群众转移。\n")
    assert parse_text(text).title != "某村防汛值班记录"


_POSTS = ("某镇移风易俗工作方案\n一、工作目标\n年底前各村全部建立红白理事会。\n二、工作措施\n"
          "(一)加强红白理事会建设。\n红白理事会可根据各村人数设会长1人,秘书长1人,理事3—5人。"
          "各村要在6月底前完成理事会组建,全年开展宣传活动不少于4次。\n")


def _targets(text: str) -> list[str]:
    return [f"{g.value:g}{g.unit}" for t in parse_text(text).tasks for g in t.targets]


def test_a_bodys_posts_set_with_their_head_counts_are_no_targets():
    targets = _targets(_POSTS)
    assert "1人" not in targets and "3人" not in targets and "4次" in targets


def test_near_miss_a_head_count_to_reach_stays_a_target():
    text = _POSTS.replace("设会长1人,秘书长1人,理事3—5人", "发展志愿者不少于30人")
    assert "30人" in _targets(text)


_TOLD_UP = ("某社区年度工作计划\n一、建立社区矛盾调解小组。组长由书记担任,对辖区居民反映集中的难点问题及时向上级反映,"
            "落实整改措施。\n二、加强法制宣传,开展法律知识讲座。\n")


def test_a_problem_the_public_raised_told_up_is_an_undated_duty():
    duties = parse_text(_TOLD_UP).duties
    assert any("及时向上级反映" in d.text for d in duties)


def test_near_miss_the_publics_own_channel_is_no_duty():
    text = _TOLD_UP.replace("对辖区居民反映集中的难点问题及时向上级反映", "居民发现问题可及时向社区反映")
    assert not any("反映" in d.text for d in parse_text(text).duties)


_ENTRUST = ("某社区安全生产工作制度\n一、总则\n为加强社区安全生产工作,制定本制度。\n二、安全生产责任\n"
            "1.社区居委会是社区安全生产的主要责任单位,负责社区内的安全生产工作。\n2.{}\n"
            "3.社区居民要遵守安全生产制度。\n")


def test_a_body_entrusting_a_person_with_work_is_its_doer():
    tasks = _tasks(_ENTRUST.format("社区居委会委托社区消防安全负责人负责消防检查工作的组织和落实。"))
    assert tasks["二/2"] == ["社区居委会"]


def test_near_miss_a_person_the_body_names_inside_a_noun_gives_it_no_work():
    tasks = _tasks(_ENTRUST.format("社区居委会委托的消防安全负责人每月开展一次消防检查。"))
    assert tasks["二/2"] == []


def test_a_contingency_plans_piece_head_under_a_compilations_headline_is_its_title():
    text = ("防汛抗旱应急预案(热门12篇)\n\n字号:\n\n    当我们做好准备时,我们会意识到计划的重要性。\n"
            "    社区防汛抗旱应急预案篇一\n    为做好防汛工作,确保居民人身和财产安全,制定本预案。\n"
            "    1、网格员统一听从社区防汛小组指挥,负责本网格的巡查。\n    2、社区居委会负责转移安置工作。\n")
    assert parse_text(text).title == "社区防汛抗旱应急预案"


def test_near_miss_a_piece_head_that_names_no_plan_is_no_title():
    text = ("防汛抗旱应急预案(热门12篇)\n\n字号:\n\n    当我们做好准备时,我们会意识到计划的重要性。\n"
            "    社区防汛抗旱工作篇一\n    为做好防汛工作,确保居民人身和财产安全,制定本预案。\n"
            "    1、网格员统一听从社区防汛小组指挥,负责本网格的巡查。\n    2、社区居委会负责转移安置工作。\n")
    assert parse_text(text).title != "社区防汛抗旱工作"


_DIVIDED = ("2015年某街道防洪应急预案\n各社区:\n为做好防汛工作,特制定本预案。\n一、应急领导机构和职责\n"
            "{}接受党工委、办事处关于防洪救灾的各项指令;部署组织实施抗洪和救灾工作。\n"
            "各社区负责本辖区的防汛抢险和救灾工作,组织本辖区各单位做好防洪抢险工作。\n"
            "二、各社区职责\n甲社区负责水库的汛期值班。乙社区负责河段巡逻。\n")


def test_a_body_a_division_section_defines_is_no_unit():
    tasks = _tasks(_DIVIDED.format("防汛应急指挥机构为办事处防汛指挥部。其职责是:"))
    assert tasks["一"] == ["各社区"]


def test_near_miss_a_body_given_its_duties_stays_a_unit():
    tasks = _tasks(_DIVIDED.format("办事处防汛指挥部负责:"))
    assert "办事处防汛指挥部" in tasks["一"]
