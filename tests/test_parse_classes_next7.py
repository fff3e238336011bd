"""Failure classes of tests/data/plans-next7/BASELINE.md and tests/data/plans-next10/BASELINE.md (round 15,
parser17), each with made-up wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text

# next7 class 1: a units line labelled with a group's name (相关部门： / 有关单位： / 涉及部门：) after the item's
# paragraphs is the item's units
GROUP_LABEL_LINES = ("某区2026年背街小巷环境整治工作方案\n\n一、主要任务\n\n"
                     "（一）清理占道堆物\n\n对背街小巷占道堆物开展集中清理，建立长效巡查机制。\n\n"
                     "有关单位：区城管执法局、区绿化市容局、各街道等。\n\n"
                     "（二）修复破损路面\n\n对破损路面和人行道板开展排查修复。\n\n"
                     "涉及部门：区建设管理委、区交通委。\n\n"
                     "（三）规范店招店牌\n\n协调各相关部门：按照统一标准规范店招店牌设置。\n")


def test_a_units_line_labelled_with_a_group_name_gives_the_item_its_units():
    plan = parse_text(GROUP_LABEL_LINES)
    rows = {t.number: t for t in plan.tasks}
    assert rows["一"].responsible_units == ["区城管执法局", "区绿化市容局", "各街道"]
    assert rows["二"].responsible_units == ["区建设管理委", "区交通委"]
    assert rows["二"].lead_units == []
    # a group named inside a sentence, a colon after it, is no label
    assert rows["三"].responsible_units == []


# next7 class 2: numbers that set a condition or a scope are no targets — a trigger (「…天内仍未…」), the field
# the work picks from (「N所学校中…」), the size each chosen thing must have (「单体建筑面积应不低于…」)
CONDITIONS = ("某区2026年占道经营整治方案\n\n一、工作任务\n\n"
              "（一）限期整改。对责令整改的商户，超过15个工作日仍未整改的，依法予以处罚；在2个月内没有完成整改的，"
              "纳入重点监管名单。全年完成整改商户120户。（责任单位：区城管执法局）\n\n"
              "（二）抽查复核。从全区46所学校中抽取10所开展周边环境复核。（责任单位：区教育局）\n\n"
              "（三）示范创建。示范点单体建筑面积原则上应不低于2000平方米，全年创建示范点8个。（责任单位：区商务委）\n")


def test_a_trigger_a_field_and_a_size_criterion_are_no_targets():
    plan = parse_text(CONDITIONS)
    got = {t.number: {(x.value, x.unit) for x in t.targets} for t in plan.tasks}
    assert (120, "户") in got["一"]
    # (round 31 (mt31), CONVENTIONS.md thresholds: 「超过15个工作日仍未整改的」 is joined to 超过: a target;
    # 「在2个月内没有完成整改的」 has no word)
    assert (15, "个工作日") in got["一"] and not {u for _, u in got["一"]} & {"个月"}
    assert (10, "所") in got["二"] and (46, "所") not in got["二"]
    assert (8, "个") in got["三"] and (2000, "平方米") in got["三"]      # (round 31: 不低于, a target)


# next7 class 6 / next10 class 2: sendings that an event or a case sets off, or that are due once by a day
# written without 前, are duties — 「一经发现…立即…上报」, 「对…的，须将…报…」, 「应及时向…报备」,
# 「9月15日完成…并将…报送…」
EVENT_DUTIES = ("某区2026年燃气安全专项整治方案\n\n一、工作任务\n\n"
                "（一）隐患排查。对排查出的重大隐患，街镇应在确认后立即以书面形式上报区应急局。\n\n"
                "（二）方案调整。对确需调整整治方案的燃气企业，须将调整理由和新方案一并报区建设管理委。\n\n"
                "（三）信息变更。燃气企业联系人发生变化的，各街镇应及时向区应急局报备。\n\n"
                "（四）复核。各街镇9月15日完成自查复核并同步将复核清单报送区应急局。\n\n"
                "（五）宣传。对外宣传口径统一，报送口径和标准一致。\n")


def test_sendings_set_off_by_an_event_or_a_case_or_due_by_a_bare_day_are_duties():
    plan = parse_text(EVENT_DUTIES)
    got = {d.text[:10]: d.due for d in plan.duties}
    assert "对排查出的重大隐患，街" in {d.text[:11] for d in plan.duties}
    assert any(t.startswith("对确需调整整治方案") for t in got)
    assert any(t.startswith("燃气企业联系人发生") for t in got)
    assert got.get("各街镇9月15日完成") == "2026-09-15"
    assert not any("口径" in d.text for d in plan.duties)      # 报送口径: a word, no sending


# next10 class 3: a notice that issues a plan the text does not hold (a list kept apart) and gives its own
# points (「有关事项通知如下：」 一、…) is itself the document: its title is the notice's; where the plan follows
# with its own title line, the plan's name stays the title
NOTICE_ONLY = ("关于印发某市2026年充电设施建设项目计划的通知\n\n各区发展改革委：\n\n"
               "经各区申报，现将纳入计划的项目清单予以公布。有关事项通知如下：\n\n"
               "一、加快项目建设。各区要在2026年10月底前完成计划内项目开工。\n\n"
               "二、做好信息报送。各区每月5日前报送项目进展情况。\n\n某市发展和改革委员会\n\n2026年3月2日\n")
NOTICE_AND_PLAN = ("关于印发某市2026年充电设施建设工作方案的通知\n\n各区发展改革委：\n\n"
                   "现将《某市2026年充电设施建设工作方案》印发给你们，请认真贯彻执行。\n\n"
                   "某市发展和改革委员会\n\n2026年3月2日\n\n某市2026年充电设施建设工作方案\n\n"
                   "一、加快项目建设。各区要在2026年10月底前完成计划内项目开工。（责任单位：各区政府）\n")


def test_a_notice_without_the_plan_it_issues_keeps_its_own_title():
    assert parse_text(NOTICE_ONLY).title == "关于印发某市2026年充电设施建设项目计划的通知"
    assert parse_text(NOTICE_AND_PLAN).title == "某市2026年充电设施建设工作方案"


# next10 class 5: power written in SI letters (MW, kW, GWh, MWp) is a countable unit
POWER = ("某区2026年公共机构光伏推广方案\n\n一、工作目标\n\n到2026年底，全区公共机构新增光伏装机容量不低于35MW，"
         "年发电量达到4000万kWh。\n\n二、主要任务\n\n（一）屋顶光伏。新建屋顶分布式光伏项目8MWp。（责任单位：区机管局）\n")


def test_power_in_si_letters_is_a_target_unit():
    plan = parse_text(POWER)
    every = {(t.value, t.unit) for t in plan.plan_targets} | {(t.value, t.unit) for x in plan.tasks for t in x.targets}
    assert {(35, "MW"), (40000000, "kWh"), (8, "MWp")} <= every


# next7 class 4: a year before the plan's that says which things are meant (「2005年以前建成的…」) is no deadline
WHICH_ONES = ("某区2026年既有住宅电梯安全整治方案\n\n一、工作任务\n\n"
              "（一）排查老旧电梯。对辖区内2005年以前安装的电梯开展全面排查。（责任单位：区市场监管局）\n\n"
              "（二）完成加装。2026年10月底前完成2010年底前竣工的多层住宅加装电梯评估。（责任单位：区房管局）\n")


def test_a_year_that_says_which_things_is_no_deadline():
    plan = parse_text(WHICH_ONES)
    got = {t.number: t.deadline for t in plan.tasks}
    assert got["一"] is None
    assert got["二"] == "2026-10-31"


# next7 class 3: of several dates, the later one a case is allowed (「…较多的，可延期至…」) is not the work's deadline
ALLOWED = ("某区2026年农村人居环境整治方案\n\n一、工作任务\n\n"
           "（一）户厕改造。各镇原则上在2026年9月底前完成户厕改造。\n\n"
           "改造户数超过500户的镇，确有困难的，可延期至2027年6月底前完成。（责任单位：区农业农村委）\n\n"
           "（二）河道清淤。2026年6月底前完成第一批，2026年11月底前完成第二批。（责任单位：区水务局）\n")


def test_a_later_date_a_case_is_allowed_is_not_the_deadline():
    plan = parse_text(ALLOWED)
    got = {t.number: t.deadline for t in plan.tasks}
    assert got["一"] == "2026-09-30"
    assert got["二"] == "2026-11-30"


# next7 class 5: a stage dated only by its end starts after the stage before, unless a stage before runs on into
# its end month (the stages overlap; its start is not said)
OVERLAP = ("某镇2026年河长制工作方案\n\n一、工作任务\n\n（一）落实巡河。各村每周巡河一次。（责任单位：镇水务站）\n\n"
           "二、实施步骤\n\n（一）动员部署阶段（2026年1-2月）。制定方案。\n\n"
           "（二）全面整治阶段（2026年3-10月）。开展整治。\n\n（三）中期检查阶段（2026年6月）。开展检查。\n\n"
           "（四）考核验收阶段（2026年10月底前）。组织考核。\n\n（五）总结提升阶段（2026年12月底前）。形成总结。\n")


def test_a_stage_dated_by_its_end_has_no_start_where_the_stages_before_overlap_it():
    got = {p.name: (p.start, p.end) for p in parse_text(OVERLAP).phases}
    assert got["考核验收阶段"] == (None, "2026-10")
    assert got["总结提升阶段"] == ("2026-11", "2026-12")      # after every stage before: it follows on


# review of round 15: a size reached (「园区规模达到1000亩」) is a target; only a size each chosen thing must have,
# a per-item word or a modal before the comparison, is a criterion
def test_a_size_to_reach_is_a_target_and_a_size_each_must_have_is_not():
    from desktop.core.parse.targets import sentence_targets
    for sentence, value, unit in (("到2025年，产业园区规模达到1000亩。", 1000, "亩"),
                                  ("年内签约项目规模达到50亿元以上。", 5e9, "元"),
                                  ("力争园区面积达到3平方公里。", 3, "平方公里")):
        assert (value, unit) in {(t.value, t.unit) for t in sentence_targets(sentence, None)}, sentence
    # (round 31 (mt31), CONVENTIONS.md thresholds: the size each chosen thing must have, joined to 不小于 / 不低于,
    # is a target)
    for sentence, value, unit in (("原则上项目面积应不小于5亩。", 5, "亩"), ("每宗地块用地面积不低于30亩。", 30, "亩"),
                                  ("园区面积须不小于2平方公里。", 2, "平方公里")):
        assert [(t.value, t.unit) for t in sentence_targets(sentence, None)] == [(value, unit)], sentence


# review of round 15: a notice that hands the plan over (印发给你们 … 通知如下：一、…) takes the plan's name as the
# title, the plan's title line after an 附件： label or written in another word order
def test_a_notice_that_hands_a_plan_over_gives_the_plans_title():
    notice = ("关于印发某区2025年垃圾分类工作方案的通知\n各街镇、区各有关部门：\n"
              "现将方案印发给你们，请认真贯彻执行。现就有关事项通知如下：\n"
              "一、高度重视。各单位要把垃圾分类作为重要工作。\n二、按时报送。请于每月5日前报送工作进展。\n"
              "某区人民政府办公室\n2025年3月1日\n{}\n一、主要任务\n（一）推进源头减量。各街镇开展源头减量宣传。\n")
    for line in ("附件：某区2025年垃圾分类工作方案", "附件\n某区2025年垃圾分类工作方案", "2025年某区垃圾分类工作方案"):
        assert parse_text(notice.format(line)).title.endswith("垃圾分类工作方案"), line
        assert not parse_text(notice.format(line)).title.startswith("关于"), line
    unsaid = notice.replace("现将方案印发给你们，请认真贯彻执行。", "经区政府同意，")
    unsaid = unsaid.format("附件：某区2025年垃圾分类工作方案")
    assert parse_text(unsaid).title == "某区2025年垃圾分类工作方案"


# review of round 15: a group's name before a colon that opens a sentence (「有关单位：要严格执行…」
# 「相关部门：各街镇要做好…」) is no units label
def test_a_group_label_before_a_sentence_gives_no_units():
    plan = parse_text("某区2025年防汛工作方案\n一、主要任务\n（一）落实值班值守。各单位落实汛期值班。\n"
                      "有关单位：要严格执行领导带班制度，确保信息畅通。\n"
                      "（二）推进加装电梯。年内完成加装电梯100台。（相关部门：各街镇要做好群众工作）\n"
                      "（三）完善配套设施。\n涉及部门：区建设管理委、区应急管理局。\n")
    rows = {t.number: t for t in plan.tasks}
    assert rows["一"].responsible_units == [] and rows["二"].responsible_units == []
    assert rows["三"].responsible_units == ["区建设管理委", "区应急管理局"]


# review of round 15: a later date is the one a case is allowed only after 「…的，可…」 or a putting off
# (延期/延长/推迟); 「预计可于2025年底前全部完工」 is the work's own deadline
def test_a_bare_ke_before_a_date_is_the_works_deadline():
    plan = parse_text("某区2025年道路整治方案\n一、主要任务\n"
                      "（一）推进道路整治。2025年6月底前完成方案编制，预计可于2025年底前全部完工。（责任单位：区建设管理委）\n"
                      "（二）推进管网改造。2025年6月底前完成设计，确有困难的，可延期至2026年6月底前完成。"
                      "（责任单位：区水务局）\n")
    got = {t.number: t.deadline for t in plan.tasks}
    assert got["一"] == "2025-12-31" and got["二"] == "2025-06-30"


# review of round 15: a sending a case sets off may follow an item's marker or its subject (「（一）对…」
# 「各街镇对…」); asking for approval or praise (报请…表彰, 报…审批, 报…同意) is no sending
def test_a_case_sending_after_a_marker_or_subject_and_no_asking_for_approval():
    base = ("某区2025年既有建筑节能改造工作方案\n一、主要任务\n（一）推进公共建筑改造。完成改造面积10万平方米。"
            "（责任单位：区建设管理委）\n二、工作要求\n{}\n（二）加强宣传。各街镇做好宣传。\n")
    for sending in ("（一）对不具备改造条件的项目，需将理由说明并报区建设管理委。",
                    "（一）各街镇对不具备改造条件的项目，需将理由说明并报区建设管理委。"):
        assert any("不具备改造条件" in d.text for d in parse_text(base.format(sending)).duties), sending
    for asking in ("（一）对工作成绩突出的单位和个人，要报请区政府予以表彰奖励。",
                   "（一）凡变更建设内容的，须报区发展改革委审批。",
                   "（一）因特殊原因需延期的，应报区领导小组办公室同意。"):
        assert parse_text(base.format(asking)).duties == [], asking


# review of round 15: 「9月1日将召开推进会」 is a day something happens on, not the day a sending is due by
def test_a_day_something_will_happen_on_is_no_due_date():
    plan = parse_text("某区2025年既有建筑节能改造工作方案\n一、主要任务\n"
                      "（一）推进公共建筑改造。完成改造面积10万平方米。\n"
                      "（二）推进居住建筑改造。完成改造2万户。\n二、工作要求\n"
                      "（一）区建设管理委9月1日将召开推进会，各街镇会后将整改情况报送区建设管理委。\n"
                      "（二）加强宣传。各街镇做好宣传。\n")
    assert not any(d.due == "2025-09-01" for d in plan.duties)


# review of round 15: SI power and energy in any letter case (KWH, kw·h, mw) are the same units as kWh, MW
def test_power_and_energy_in_any_letter_case_are_target_units():
    from desktop.core.parse.targets import sentence_targets
    for sentence, value, unit in (("年发电量达到5000KWH。", 5000, "kWh"), ("年发电量达到80万kW·h。", 800000, "kWh"),
                                  ("年节电量达到80万kw·h。", 800000, "kWh"), ("新增装机2mw。", 2, "MW"),
                                  ("新建光伏电站120MW。", 120, "MW")):
        assert (value, unit) in {(t.value, t.unit) for t in sentence_targets(sentence, None)}, sentence


# review of round 15: the field the work picks from is known by the picking verb after it too (「在120个行政村里
# 选择10个」「对全区46所学校进行抽查，抽取10所」), not only by 中; a count built before a choice stays a target
def test_the_field_before_a_picking_verb_is_no_target():
    def targets(sentence: str) -> set[tuple[float, str]]:
        plan = parse_text("某区2026年试点方案\n一、主要任务\n（一）开展试点。" + sentence + "（责任单位：区农委）\n"
                          "（二）总结推广。（责任单位：区农委）\n")
        return {(t.value, t.unit) for t in plan.tasks[0].targets}
    assert targets("在120个行政村里选择10个开展试点。") == {(10, "个")}
    assert targets("对全区46所学校进行抽查，抽取10所开展复核。") == {(10, "所")}
    assert targets("全区120个行政村，选取10个开展试点。") == {(10, "个")}
    assert targets("建成12个示范点，选择4个开展评比。") == {(12, "个"), (4, "个")}
