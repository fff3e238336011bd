"""Round 64, p64f: township, village and community pages — their structure, titles, units, dates and figures.

Made-up plans in each class's shape (none copied from a set), with near misses that must not change.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.targets import find_targets

# a document site's preview in three chunks 「1、」「2、」「3、」 that cut words, the first ending on an opening quote;
# the title with the addressees run in after it; 「通知如下一、」; items 1 2 3 with no mark after their number
_CHUNK_1 = ("1、某某镇关于做好春季森林防火工作的方案各村、镇属各单位为切实做好春季森林防火工作,维护全镇森林资源和人民"
            "群众生命财产"
            "安全,确保不发生较大森林火灾。现就认真做好今年2019年春季森林防火工作通知如下一、工作目标深入贯彻落实上级"
            "部署,坚持预防为"
            "主、积极消灭的方针,以提升火灾防控和扑救能力为重点,强化各项防控措施,有效减少森林火灾,坚决遏制重特大森林火"
            "灾发生,确保全镇"
            "森林防火形势持续稳定。二、工作任务及措施(一)聚焦“")
_CHUNK_2 = ("2、重点”防大火。突出林区、景区、墓区三类重点区域,落实严防严管措施。1全面开展隐患排查整治。各村要在各自辖"
            "区逐个山头、逐个片区"
            "开展排查,镇直各单位在本行业内进行排查,摸清重点区域的数量、防火设施状况及管护责任落实等情况,建立台账,2019"
            "年“清明”前,必须全"
            "部完成林区、墓区两类区域的排查工作。2严格落实属地监管责任。对有主管部门的,按照“谁主管谁负责”的要求由相关"
            "主管部门负责监管;对"
            "林区,由镇林业站负责监管;对景")
_CHUNK_3 = "3、区、墓区,由各村各单位负责监管。3逐一落实人防物防技防措施。镇安办要督促各单位落实主体责任,明确专人"


def test_preview_chunks_cut_on_an_opening_quote_title_with_addressees_and_bare_numbers() -> None:
    plan = parse_text("\n".join([_CHUNK_1, _CHUNK_2, _CHUNK_3]))
    assert plan.title == "某某镇关于做好春季森林防火工作的方案"
    got = [(t.path, t.number, t.title) for t in plan.tasks]
    assert got == [(["二", "一"], "1", "全面开展隐患排查整治"), (["二", "一"], "2", "严格落实属地监管责任"),
                   (["二", "一"], "3", "逐一落实人防物防技防措施")]
    # 「按照“…”的要求由A负责」 after an objects' 的-clause: A's, as 「…的,由A负责」
    assert plan.tasks[1].responsible_units == ["相关主管部门", "镇林业站", "各村各单位"]
    assert plan.tasks[0].deadline is not None and plan.tasks[0].deadline.startswith("2019")


def test_preview_chunk_ending_in_a_stop_is_no_cut_chunk() -> None:
    # near miss: chunks that end in a stop and do not carry on are a plan's own 1、 2、 paragraphs, read as items
    text = ("1、加强组织领导。各村要成立森林防火工作小组,明确专人负责,落实值班制度,确保责任到人。\n"
            "2、强化隐患排查。各村要对辖区林区开展排查,建立台账,及时整改发现的隐患。\n")
    plan = parse_text("某镇森林防火工作方案\n" + text)
    assert [t.number for t in plan.tasks] == ["1", "2"]


def test_a_year_then_an_event_in_quotes_then_qian_dates_the_year() -> None:
    assert [d.date for d in find_deadlines("2018年全国“两会”前,必须全部完成排查工作。", None)] == ["2018-12-31"]
    assert [d.date for d in find_deadlines("2019年“七一”前完成评选。", None)] == ["2019-12-31"]
    # near misses: around the event, or its first stage — no limit
    assert find_deadlines("2016年“七一”前后开展评比活动。", None) == []
    assert find_deadlines("总结2016年“两学一做”前期成果。", None) == []


def test_duties_of_a_body_the_section_sets_up_with_its_roster_name_none() -> None:
    plan = parse_text("某村防汛应急预案\n一、工作原则\n(一)以人为本。防汛工作实行领导负责制。\n二、组织指挥机构\n"
                      "(一)村防汛指挥部\n指挥长:张某\n副指挥长:李某\n成员:王某、赵某\n指挥部主要职责:\n"
                      "1、接到汛情后,立即报告指挥长,同时报告镇防汛办。\n2、提出抢险救灾方案的建议。\n"
                      "(二)村应急服务队\n队伍主要职责:\n1、负责巡查河道堤防险情。\n2、负责转移受困群众。\n")
    got = [(t.path, t.number, t.responsible_units) for t in plan.tasks if t.path[:1] == ["二"]]
    # the set-up headquarters names none; the team with no roster keeps its heading's name
    assert got == [(["二", "一"], "1", []), (["二", "一"], "2", []),
                   (["二", "二"], "1", ["村应急服务队"]), (["二", "二"], "2", ["村应急服务队"])]


def test_duties_under_a_lead_in_naming_a_rostered_body() -> None:
    plan = parse_text("某村森林防火应急预案\n一、工作原则\n(一)以人为本。森林防火实行领导负责制。\n二、指挥组织机构\n"
                      "(一)村森林防火指挥部\n指挥长:张某\n副指挥长:李某\n成员:王某、赵某\n指挥部主要职责:\n"
                      "1、了解火情后,立即报告指挥长和主管领导。\n2、提出处理扑救方案的建议。\n")
    assert [t.responsible_units for t in plan.tasks if t.path[:1] == ["二"]] == [[], []]


def _targets(text: str, relaxed: bool = False) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, None, relaxed=relaxed)]


def test_a_team_the_work_forms_is_sized_by_its_aim() -> None:
    assert _targets("各村各组建50人以上的防汛抢险队伍,为水库组建30人以上的抢险队伍。") == [(50.0, "人"), (30.0, "人")]
    # near miss: a size naming the kind of firm a check picks stays a class
    assert _targets("对从业人员100人以上的企业开展检查。") == []


def test_days_of_drought_a_goal_sets() -> None:
    assert _targets("确保全镇农田30天不雨不旱,确保50天无雨人畜饮水安全。") == [(30.0, "天"), (50.0, "天")]
    # near miss: a trigger, no goal
    assert _targets("连续30天不雨的,启动抗旱应急预案。") == []


def test_counts_of_the_places_divided_among_doers_and_of_the_doers_are_no_targets() -> None:
    assert _targets("将全镇26个行政村分别由镇领导干部、8个镇属单位负责人进行包村指导。", relaxed=True) == []
    # near miss: the whole area's places as the aim of the work
    assert _targets("完成全镇26个行政村的整治。", relaxed=True) == [(26.0, "个")]


_CAMPAIGN = ("某镇2021年村庄清洁行动实施方案\n为全面提升我镇农村人居环境质量,结合实际,特制定本方案。\n一、总体目标\n{"
             "aims}\n"
             "二、行动方式\n{manner}\n三、主要任务\n(一)开展垃圾清理。全面清理村内积存垃圾,做到日产日清。\n"
             "(二)开展杂物清理。全面清理农户房前屋后乱堆杂物,确保巷道畅通。\n")


def test_a_manner_point_with_an_instruction_and_an_aims_date_of_the_tasks_completion() -> None:
    plan = parse_text(_CAMPAIGN.format(
        aims="在2021年6月底前实现全镇村庄环境明显改善,辖区各村“三清一改”任务基本完成,全面达到干净整洁标准。",
        manner="采取包村负责的方式,将全镇26个行政村分别由镇领导干部进行包村指导,包村干部要到所包村开展清洁行动。"))
    assert [(t.path, t.number, t.deadline) for t in plan.tasks] == [
        ([], "二", "2021-06-30"), (["三"], "一", "2021-06-30"), (["三"], "二", "2021-06-30")]
    assert plan.tasks[0].targets == []


def test_a_manner_point_with_no_instruction_and_aims_of_a_state_alone() -> None:
    plan = parse_text(_CAMPAIGN.format(aims="到2021年6月底,全镇村庄环境明显改善,村民卫生意识普遍提高。",
                                       manner="采取包村负责的方式,由镇领导干部进行包村指导。"))
    assert [(t.path, t.number, t.deadline) for t in plan.tasks] == [(["三"], "一", None), (["三"], "二", None)]


_LEVELS = ("某街道防汛应急响应职责清单\n\nⅣ级响应\n\n(1)加强值班值守,街道防汛办主任进岗到位。\n\n(2)各村进行防汛防台"
           "检查。\n\n"
           "Ⅲ级响应\n\n(1)街道防汛办向副指挥报告汛情,落实防御措施。\n\n{second}进一步强化各项防御措施:①组织撤离水上作"
           "业人员,"
           "做好撤离准备;②部署落实危旧房、建筑工地等防御措施。\n")


def test_an_item_that_lost_its_opening_bracket_and_circled_marks_named_as_no_unit() -> None:
    plan = parse_text(_LEVELS.format(second="2)"))
    assert [(t.number, t.title, t.responsible_units) for t in plan.tasks] == [
        ("1", "加强值班值守,街道防汛办主任进岗到位", []), ("2", "各村进行防汛防台检查", []),
        ("1", "街道防汛办向副指挥报告汛情,落实防御措施", []), ("2", "进一步强化各项防御措施", [])]


def test_a_half_bracket_number_where_the_full_one_follows_stays_text() -> None:
    # near miss: 「2)」 where 「(2)」 stands at a line start after it is no lost bracket of that list
    plan = parse_text("某街道防汛工作方案\n\n(1)加强值班值守,落实防御措施。\n2)其中重点部位要专人值守。\n\n(2)各村进"
                      "行防汛检查。\n")
    assert [t.number for t in plan.tasks] == ["1", "2"]


def test_persons_the_agent_fields_stay_its_number_of_work() -> None:
    # near miss of the doers' count: 「由A组织8名…人员负责…」 — A fields them, the figure its work's
    assert _targets("由某某工程公司组织8名技术人员负责现场技术指导。", relaxed=True) == [(8.0, "名")]


def test_a_contents_point_of_specs_with_yao_stays_a_section() -> None:
    # near miss of the manner point: 「二、项目内容 …一要增设…二要加装…」 says what the project holds, no task
    plan = parse_text("某区充电场所消防改造实施方案\n为改善小区消防安全环境,特制定本方案。\n一、工作目标\n持续改善小"
                      "区消防安全环境。\n"
                      "二、项目内容\n原则上选取100平方米以上的充电场所进行改造。一要增设简易喷淋系统，末端压力不小于0"
                      ".03MPa。"
                      "二要加装火灾探测器，火灾报警信号反馈至物业。\n三、职责分工\n区应急局负责统筹开展项目建设。区消"
                      "防救援局负责协调指导"
                      "项目推进。\n四、实施步骤\n(一)第一季度:做好项目立项工作,制定项目实施方案。\n(二)第二季度:完成"
                      "项目审批和招投标工作。\n")
    assert [(t.path, t.number) for t in plan.tasks] == [(["四"], "一"), (["四"], "二")]
