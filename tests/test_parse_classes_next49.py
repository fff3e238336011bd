"""Classes of plans-next49 / next44 / next41 / next46 (round 25, helper p44), each with made-up wordings other
than the plans' own, and near-misses that must not fire."""
from __future__ import annotations

from desktop.core.parse import parse_text


def _units(*items: str, head: str = "某县2024年重点工作方案\n一、重点任务\n") -> dict[str, tuple[list[str], list[str]]]:
    marks = "一二三四五六七八九十"
    text = head + "\n".join(f"（{marks[i]}）{t}" for i, t in enumerate(items))
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


# x49_04: a unit label read by its shape — a role word before a kind of body — not only by a list of labels
def test_labels_read_by_their_shape():
    got = _units("推进改厕。完成改厕1000户。（牵头推进部门：县农业农村局；配合实施单位：各乡镇人民政府）",
                 "整治河道。清淤河道20公里。（具体责任单位：县水利局、县财政局）",
                 "规范执法。开展联合执法。（牵头指导科室：局法规科）",
                 "加强监管。开展抽查检查。（主责处室：市局稽查处、执法总队）",
                 "宣传。（责任单位：县委宣传部）")
    assert got["一.一"] == (["县农业农村局"], ["各乡镇人民政府"])
    assert got["一.二"] == ([], ["县水利局", "县财政局"])
    assert got["一.三"] == (["局法规科"], [])
    assert got["一.四"] == (["市局稽查处", "执法总队"], [])


def test_a_label_that_only_guides_names_no_unit_doing_the_work():
    got = _units("推进改厕。完成改厕1000户。（业务指导部门：市农业农村委；责任单位：各乡镇）",
                 "整治河道。清淤河道20公里。（指导处室：市局水资源处）",
                 "宣传。（责任单位：县委宣传部）")
    assert got["一.一"] == ([], ["各乡镇"])
    assert got["一.二"] == ([], [])


def test_units_named_for_a_role_inside_a_label_and_carried_by_xiatong():
    got = _units("强化抽查。开展抽查。（牵头推进处室：市局质量处，各区市场监管局、执法总队为实施单位，下同）",
                 "强化标准。制定标准。（牵头推进处室：市局标准处）",
                 "强化宣传。开展宣传。",
                 "强化认证。开展认证监管。（牵头推进处室：市局认证处、市局质量处）")
    assert got["一.一"] == (["市局质量处"], ["各区市场监管局", "执法总队"])
    assert got["一.二"] == (["市局标准处"], ["各区市场监管局", "执法总队"])
    assert got["一.三"] == ([], [])                # no units of its own: 下同 repeats a bracket, none here
    assert got["一.四"] == (["市局认证处", "市局质量处"], ["各区市场监管局", "执法总队"])


def test_without_xiatong_the_named_units_stay_in_their_own_task():
    got = _units("强化抽查。开展抽查。（牵头单位：市局质量处，各区市场监管局作为配合单位）",
                 "强化标准。制定标准。（牵头单位：市局标准处）")
    assert got["一.一"] == (["市局质量处"], ["各区市场监管局"])
    assert got["一.二"] == (["市局标准处"], [])


def test_shaped_label_near_misses():
    # a heading with a role word before a colon, a sentence after a group label, a verb phrase before 责任单位
    text = ("某县2024年安全生产工作方案\n一、重点任务\n（一）明确责任处：各乡镇要落实属地责任。\n"
            "（二）压实责任。各责任单位：要按照分工抓好落实。\n"
            "（三）开展排查。全面开展隐患排查。（责任单位：县应急局）\n")
    got = {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}
    # round 31: CONVENTIONS.md rule 2 (round-30 clarification) — 「各区要落实…」: a group named by a kind with 落实 is
    # a doer; the heading 「明确责任处」 is still no label (nothing of it is read as a name)
    assert got["一.一"] == ([], ["各乡镇"])
    assert got["一.二"] == ([], [])             # 各责任单位: a call to all, no label
    assert got["一.三"] == ([], ["县应急局"])


# x44_03: a list of problems issued after the notice's signature (no 附件 line) is not the plan's work
_NOTICE = ("关于印发《全区燃气企业安全隐患清单》的通知\n各街道、各有关单位：\n"
           "现将《全区燃气企业安全隐患清单》印发给你们，"
           "请对照整改。\n一、开展自查\n各街道要督促企业对照清单开展自查，建立台账。\n二、推进整改\n"
           "到2024年底，隐患整改率达到100%。\n"
           "三、加强督查\n区应急局要定期开展督查。\n某区应急管理局\n2024年5月6日\n（此件主动公开）\n")


def test_a_problem_list_after_the_signature_is_not_the_work():
    for head in ("全区燃气企业安全隐患清单\n问题类别\n具体表现\n", "典型问题清单\n", "燃气安全存在问题汇总表\n"):
        text = _NOTICE + head + ("1.用气场所：\n1.未安装燃气泄漏报警装置；\n2.软管长度超过2米；\n3.软管穿墙敷设。\n"
                                 "2.管理制度：\n1.未建立安全管理制度；\n2.未开展员工培训。\n")
        got = [t.key for t in parse_text(text).tasks]
        assert got == ["一", "二", "三"], head


def test_a_list_after_the_signature_that_labels_units_is_still_read():
    # an 整改清单 whose items name who corrects them and by when: the work it issues
    text = _NOTICE + "全区燃气安全问题整改清单\n" + (
        "1.未安装燃气泄漏报警装置。（责任单位：各街道；整改时限：2024年6月底）\n"
        "2.软管长度超过2米。（责任单位：区市场监管局；整改时限：2024年7月底）\n"
        "3.未开展员工培训。（责任单位：区应急局；整改时限：2024年8月底）\n"
        "4.未建立安全管理制度。（责任单位：区建管委；整改时限：2024年9月底）\n")
    got = {t.key: t.responsible_units for t in parse_text(text).tasks}
    assert got.get("1") == ["各街道"] or got.get("附件.1") == ["各街道"], got
    # and a plan issued after the signature (not a list of problems) is read as before
    plan = _NOTICE + ("全区燃气安全专项整治方案\n1.开展排查。（责任单位：各街道）\n2.集中整治。（责任单位：区应急局）\n"
                      "3.巩固提升。（责任单位：区市场监管局）\n4.总结评估。（责任单位：区建管委）\n")
    assert "1" in {t.key for t in parse_text(plan).tasks}


def test_a_closing_report_date_is_not_the_last_items_deadline():
    text = ("某区2024年燃气安全整治工作方案\n一、开展排查\n各街道要开展排查。\n二、集中整治\n"
            "各街道要集中整治隐患，年底前完成。\n"
            "三、加强督查\n区应急局要定期开展督查。\n请各街道于6月15日前将排查和整治情况报区应急局。\n")
    got = {t.key: t.deadline for t in parse_text(text).tasks}
    assert got["三"] is None
    assert got["二"] == "2024-12-31"
    # the work's own date before a report of the work stays the work's
    text2 = text.replace("请各街道于6月15日前将排查和整治情况报区应急局。", "区应急局于6月15日前将督查制度印发各街道。")
    assert parse_text(text2).tasks[-1].deadline == "2024-06-15"


def _targets(sentence: str) -> list[tuple[float, str]]:
    text = f"某区2024年消防安全工作方案\n一、重点任务\n（一）加强培训。{sentence}\n（二）开展检查。全年检查100家。\n"
    return [(g.value, g.unit) for g in parse_text(text).tasks[0].targets]


def test_the_first_of_two_low_figures_before_one_de_is_a_threshold():
    figures = _targets("各区要将持证人数不足3人、中级操作员持证数不足2人的单位列为重点督办对象，年底前培训200人。")
    # (round 32 (p32t), CONVENTIONS.md comparison words: 不足 joins the line — thresholds picking the units: targets)
    assert (3, "人") in figures and (2, "人") in figures
    assert (200, "人") in figures
    # (round 31 (mt31), CONVENTIONS.md thresholds: 低于 is a word of the line, 不足 is not:
    # 「低于500万元或…低于5万元的」 are targets)
    # (Round 66 rulings, Targets, governs over round 48; Round 68 rulings: a money band inside a noun naming projects,
    # works, contracts or firms is a class, whatever step follows — no target, the class kept): firms named
    # by their bands are a class, the count of the work stays
    assert _targets("将年产值低于500万元或亩均税收低于5万元的企业列入提升名单，全年完成提升30家。") == [(30, "家")]
    # figures joined by 、 that are aims stay aims
    figures = _targets("每个街道配备专职人员不少于3人、兼职人员不少于5人。")
    assert (3, "人") in figures and (5, "人") in figures
    assert (3, "人") in _targets("培训持证人员3人、新增操作员不足的单位2家。")


# known misreads of round 24: a heading line glued to the next line's units; 「X负责组织实施」 read as no unit
def test_a_heading_line_over_a_units_line_is_no_part_of_the_lead():
    text = ("某县2024年城建工作方案\n一、推进老旧小区改造\n县住建局牵头，各街道配合。\n（一）改造小区20个。\n"
            "（二）加装电梯50部。\n"
            "二、整治城市河道\n由县水利局负责，各乡镇配合。\n（一）清淤河道20公里。\n")
    got = {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}
    assert got["一.一"] == (["县住建局"], ["各街道"])
    assert got["一.二"] == (["县住建局"], ["各街道"])
    assert got["二.一"][1][-1] == "各乡镇" and all("\n" not in n for n in got["二.一"][0] + got["二.一"][1])


def test_a_role_with_how_the_work_is_done_is_read():
    got = _units("新建水厂。县水利局负责组织实施。",
                 "新建水厂。新建水厂1座，县水利局负责组织实施。",
                 "整治河道。清淤河道20公里，县水利局牵头组织实施，各乡镇配合。",
                 "改厕。完成改厕1000户。（县农业农村局牵头负责组织实施，各乡镇配合落实）",
                 "推进改厕。县农业农村局负责落实。")
    assert got["一.一"] == ([], ["县水利局"])
    assert got["一.二"] == ([], ["县水利局"])
    assert got["一.三"] == (["县水利局"], ["各乡镇"])
    assert got["一.四"] == (["县农业农村局"], ["各乡镇"])
    assert got["一.五"] == ([], ["县农业农村局"])


def test_a_modal_before_the_role_is_a_rule_for_all():
    got = _units("整治河道。各乡镇要负责组织实施。", "整治河道。各乡镇要负责。",
                 "整治河道。清淤河道20公里，各村须负责落实。",
                 "宣传。（责任单位：县委宣传部）")
    # round 31: CONVENTIONS.md rule 2 (round-30 clarification) — a group named by a kind with a verb of rule 2
    # after a modal 「各区要落实…」 is a doer, not a rule for all (that is 「各地要…」「各单位应…」 without a kind)
    assert got["一.一"] == ([], ["各乡镇"])
    assert got["一.二"] == ([], ["各乡镇"])
    assert got["一.三"] == ([], ["各村"])
    got = _units("整治河道。各地要负责组织实施。", "整治河道。各单位须负责落实。", "宣传。（责任单位：县委宣传部）")
    assert got["一.一"] == got["一.二"] == ([], [])


# x49_03: 「N人（含）以上的」 before a noun picks which ones, as 「N人以上的」 does; （含）以上 alone is an aim
def test_a_band_with_han_before_a_noun_is_a_condition():
    # (round 30, CONVENTIONS.md thresholds: the band before 的 and the things it picks is a target)
    assert _targets("死亡3人（含）以上的较大火灾事故信息随时上报。") == [(3, "人")]
    assert _targets("对受伤10人(含)以上的事故开展挂牌督办。") == [(10, "人")]
    assert _targets("全年培训消防安全管理人员500人（含）以上。") == [(500, "人")]


# x41_01: an area already marked out (已划定 / 已公布) is what exists, not an aim
def test_what_is_already_marked_out_is_no_target():
    assert _targets("聚焦已划定的60万亩粮食生产功能区，到2025年完成新增建设8万亩。") == [(80000, "亩")]
    assert _targets("对已公布的12个历史风貌区开展保护，新划定风貌区3个。") == [(3, "个")]
    assert _targets("年内划定10个生态保护区。") == [(10, "个")]


# x44_02: 「2023年4底前」 — 月 left out before 底前
def test_a_month_end_with_yue_left_out():
    text = ("某区2023年消防工作方案\n一、重点任务\n（一）开展排查。2023年4底前完成排查。\n"
            "（二）集中整治。2023年10底之前完成整治。\n"
            "（三）巩固提升。新建微型消防站4个。\n")
    got = {t.key: t.deadline for t in parse_text(text).tasks}
    assert got["一.一"] == "2023-04-30"
    assert got["一.二"] == "2023-10-31"
    assert got["一.三"] is None


# x46_04: 「X%以上的面积达到…目标要求」: the share of the whole that is to reach the aim
def test_a_share_of_the_whole_reaching_an_aim_is_a_target():
    assert _targets("到2025年底，全区建成区45%以上的面积达到海绵城市建设目标要求。") == [(45, "%")]
    assert _targets("到2025年，全区60%以上的行政村达到美丽乡村建设标准。") == [(60, "%")]
    # (who qualifies: the share picks out which ones that a measure is for — a target too by round 30's line)
    assert _targets("对60%以上的面积达到绿色建筑标准的小区给予奖励。") == [(60, "%")]


# x49_03: a kind of body heading a part of 职责分工 (（一）市场监管部门) over a paragraph naming the unit
def test_a_kind_heading_gives_way_to_the_unit_its_paragraph_names():
    text = ("关于建立校园食品安全联动机制的通知\n一、职责分工\n（一）教育部门\n"
            "区教育局负责统筹指导全区学校落实食品安全管理责任。\n"
            "各中小学校依职责承担食堂日常管理工作。\n（二）市场监管部门\n区市场监管局负责组织开展学校食堂监督检查。\n"
            "（三）卫生健康部门\n要加强食源性疾病监测。\n")
    got = {t.key: t.responsible_units for t in parse_text(text).tasks}
    assert got["一.一"] == ["区教育局"]
    assert got["一.二"] == ["区市场监管局"]
    assert got["一.三"] == ["卫生健康部门"]        # nothing named under it: the heading's kind stays


def test_a_named_unit_heading_stays_the_unit():
    text = ("关于建立校园食品安全联动机制的通知\n一、职责分工\n（一）区教育局\n各学校负责食堂日常管理。\n"
            "（二）区市场监管局\n各市场监管所负责学校食堂监督检查。\n")
    got = {t.key: t.responsible_units for t in parse_text(text).tasks}
    assert got["一.一"] == ["区教育局"]
    assert got["一.二"] == ["区市场监管局"]


def _duties(sentence: str) -> list[str]:
    text = f"某区2024年工作方案\n一、重点任务\n（一）开展排查。{sentence}\n（二）开展检查。全年检查100家。\n"
    return [d.text for d in parse_text(text).duties]


# x44_02 / x46_01 / x41_02: a sending an event sets off, with the unit sent to named first; 转交 to a unit
def test_an_event_driven_sending_to_a_named_unit_is_a_duty():
    assert _duties("各街道完成整改后向区应急局填报《隐患整改销号表》。")
    assert _duties("项目信息发生变化的，由企业提出申请，各区住建部门审核汇总后向市住建委报备。")
    assert _duties("检查结束后向区消防救援支队报送检查情况。")
    assert _duties("形成处理意见，书面答复当事人，同时转交区信访办。")


def test_forms_and_hand_overs_that_are_no_sending_to_a_unit():
    assert _duties("申请企业通过平台在线填报《项目申请表》。") == []
    assert _duties("做好档案交接工作，确保转交手续齐全。") == []
    assert _duties("验收合格后向社会公布名单。") == []
    assert _duties("对群众来信，转交相关部门办理。") == []


# x41_01: a floor the plan holds, named 底线/红线 after two figures joined by 、
def _plan_figures(aims: str) -> list[tuple[float, str]]:
    text = (f"某区耕地保护工作方案\n一、总体要求\n{aims}\n二、重点任务\n"
            f"（一）加强监测。每季度开展一次耕地监测。（责任单位：区农业农村委）\n"
            "（二）严格执法。查处违法用地。（责任单位：区规划资源局）\n")
    return [(t.value, t.unit) for t in parse_text(text).plan_targets]


def test_a_floor_named_as_a_bottom_line_is_a_plan_target():
    got = _plan_figures("坚决守住耕地红线，确保至2035年全区12万亩耕地、8万亩永久基本农田保护底线。")
    assert (120000, "亩") in got and (80000, "亩") in got
    assert (50000, "亩") in _plan_figures("坚决守住全区5万亩耕地保护红线。")
    # a red line's own area drawn (a figure after 红线) and a stock said of the line are not floors held
    assert (100, "平方公里") not in _plan_figures("已划定生态保护红线面积100平方公里，严格管控。")


def test_a_manner_word_before_the_role_names_no_unit():
    text = ("2024年某区重点工作通知\n一、落实责任\n年底前完成改造。\n二、加强配合\n各单位密切配合。\n"
            "三、形成合力\n各部门积极配合。\n四、协同推进\n区住建局牵头，各街道积极配合。\n")
    got = {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}
    assert got.get("二", ([], [])) == ([], []) and got.get("三", ([], [])) == ([], [])
