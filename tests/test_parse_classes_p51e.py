"""Round 51 (p51e): tasks not found — a safeguards item that names the body leading the work. In a plan whose labels
name leads, the items of its 保障措施 section are left out (the seeds' convention, seed 001), but one written as work
(a heading line over its paragraph, or run into it) that designates its accountable body (round 32) or names the body
leading the work by rule 2 「由A、B牵头推进实施」 is a task (round 29, CONVENTIONS rule 2; x70_03 四/（一）, x51_04
四/(一)); an item whose body only joins others to set up a coordinating group 「A会同有关部门组建…」 stays left out
(c03 四/（一）) (``headed_points.accountable_work``)."""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = ("某区老旧小区改造实施方案\n"
        "一、工作目标\n到2030年，完成老旧小区改造100个。\n"
        "二、主要任务\n"
        "（一）推进屋面修缮。完成屋面修缮50个小区。（牵头单位：区住建委；配合单位：各街道）\n"
        "（二）推进管网更新。完成雨污管网更新30公里。（牵头单位：区水务局；配合单位：各街道）\n"
        "（三）推进加装电梯。完成加装电梯200台。（牵头单位：区房管局；配合单位：各街道）\n"
        "三、保障措施\n")


def _tasks(body: str) -> dict[str, tuple[list[str], list[str]]]:
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units)
            for t in parse_text(HEAD + body).tasks}


def test_a_safeguards_item_naming_the_lead_of_the_work_is_a_task():
    got = _tasks("（一）组织保障\n本区老旧小区改造工作由区住建委、区房管局牵头推进实施，各街道具体落实，"
                 "建立工作协调机制，定期通报进展。\n"
                 "（二）资金保障\n改造所需资金通过政府投入、社会资金多渠道筹集，适度加大投入。\n")
    assert {"二/一", "二/二", "二/三"} <= set(got)
    assert got["三/一"][0] == ["区住建委", "区房管局"]
    assert "三/二" not in got           # (a fund's sources: no body leads, left out)


def test_a_heading_line_of_two_phrases_over_its_paragraph():
    got = _tasks("（一）强化组织领导,落实改造责任\n区成立老旧小区改造工作领导小组，领导小组下设办公室。"
                 "由领导小组办公室牵头,制定改造考核办法,定期开展督查。\n"
                 "（二）加强宣传引导\n通过多种方式宣传改造政策，营造良好氛围。\n")
    assert got["三/一"][0] == ["领导小组办公室"]
    assert "三/二" not in got


def test_near_miss_a_body_joining_others_to_set_up_a_group_stays_left_out():
    got = _tasks("（一）加强组织领导。区住建委会同有关部门组建协调小组和专家委员会，建立工作协调机制，"
                 "共同指导推进改造工作。\n"
                 "（二）加大资金支持。鼓励各街道统筹运用相关政策，支持改造工作。\n")
    assert not any(k.startswith("三") for k in got)
    assert len(got) == 3


def test_near_miss_a_lead_named_only_as_a_person_stays_left_out():
    got = _tasks("（一）组织保障\n建立由分管副区长牵头的联席会议制度，定期研究解决改造中的问题。\n")
    assert not any(k.startswith("三") for k in got)


# --- an article sorting its objects into counted classes 「…分为四类：(一)…类，…」 is one task (Round 49, p46b) -----

RULES = ("某区应急专家管理办法\n"
         "第一条 为加强应急专家管理，制定本办法。\n"
         "第二条 区应急局负责专家库的建设和管理。\n"
         "第三条 {body}\n"
         "第四条 区应急局应当每年对专家工作情况进行评定。\n"
         "第五条 本办法自2031年1月1日起施行。\n")


def _articles(body: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(RULES.format(body=body)).tasks]


def test_counted_classes_are_the_articles_text():
    got = _articles("根据专家擅长领域，将专家总体分为三类：\n(一)技术咨询类，涉及政策咨询、技术论证等;\n"
                    "(二)现场救援类，涉及水上救援、陆地救援;\n(三)专项预案类，各专项预案制定单位根据预案推荐，不少于2人。")
    assert "3" in got
    assert not any(n.startswith("3/") for n in got)


def test_near_miss_a_list_of_work_after_the_classes_stays_items():
    got = _articles("区应急局应当做好以下工作：\n(一)组织专家参与应急处置;\n(二)组织专家开展培训;\n"
                    "(三)建立专家考核档案。")
    assert {"3/一", "3/二", "3/三"} <= set(got)


def test_near_miss_lines_not_named_by_their_class_stay_items():
    got = _articles("专家工作分为三类：\n(一)区应急局组织专家参与应急处置;\n(二)区应急局组织专家开展培训;\n"
                    "(三)区应急局建立专家考核档案。")
    assert {"3/一", "3/二", "3/三"} <= set(got)


# --- a forwarding cover whose plan is not printed: its own dated paragraph is its task (rounds 38, 39) ------------

COVER = ("关于开展第9次全国“护眼日”宣传活动的通知\n各镇(街道)残联：\n"
         "为加大宣传教育力度，根据省残联的通知精神，结合我市实际，围绕活动主题，现将我市第9次全国护眼日宣传活动方案"
         "印发给你们，请各地加强领导，认真组织实施。\n"
         "{work}\n"
         "附件：1.某市第9次全国护眼日宣传活动方案\n")


def test_a_forwarding_covers_dated_paragraph_after_the_grounds_is_a_task():
    plan = parse_text(COVER.format(work="宣传活动结束后，请各地认真总结，并同宣传活动资料于2031年3月6日前"
                                        "报市残联康复部。"))
    assert [t.number for t in plan.tasks] == ["宣传活动结束后"]
    assert plan.tasks[0].deadline == "2031-03-06"


def test_near_miss_a_covers_call_to_all_without_a_date_is_none():
    plan = parse_text(COVER.format(work="今年是全面落实规划的关键之年。全市各级各部门要坚持稳中求进，对照本方案抓紧制定"
                                        "实施方案，细化时间表、任务书、路线图，推动各项工作落细落实。"))
    assert plan.tasks == []
