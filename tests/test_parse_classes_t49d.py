"""Round 49 (t49d): units in notices and activity plans — a section's lead-in naming the doers of its items
with a time before the verb 「A要在宣传日前后组织…」 (rule 4), a roles label written as prose
「任务分工：A负责…，B负责…」, and 组织 with no object (round 41)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def units(text):
    return [(t.number, t.lead_units, t.responsible_units) for t in parse_text(text).tasks]


LEAD_IN = ("某县世界狂犬病日宣传活动实施方案\n一、提高认识\n防治狂犬病是全社会共同的责任。\n二、落实宣传措施\n"
           "{lead}，具体要求如下：\n1、组织一次宣传咨询活动。\n2、举办一次健康讲座。\n3、县疾控中心负责制作宣传材料。\n"
           "三、工作要求\n各单位要高度重视。\n")


@pytest.mark.parametrize("when", ["在宣传日前后", "在宣传日当天", "在活动周期间"])
def test_a_lead_in_with_a_time_before_its_verb_gives_its_doers(when):
    lead = f"各乡镇卫生院、社区卫生服务中心要{when}组织一次集中宣传活动"
    assert units(LEAD_IN.format(lead=lead)) == [
        ("1", [], ["各乡镇卫生院", "社区卫生服务中心"]), ("2", [], ["各乡镇卫生院", "社区卫生服务中心"]),
        ("3", [], ["县疾控中心"])]      # (an item naming its own doer keeps it)


@pytest.mark.parametrize("lead", [
    "县疾控中心要在宣传日前后到各乡镇卫生院开展义诊",     # (开展 is no verb of rule 2; the 卫生院 a venue)
    "各乡镇卫生院要在宣传日前后精心组织",                 # (组织 with no object, round 41)
])
def test_a_lead_in_without_a_doer_of_rule_2_gives_none(lead):
    assert units(LEAD_IN.format(lead=lead)) == [("1", [], []), ("2", [], []), ("3", [], ["县疾控中心"])]


ROLES = ("某市气象局世界气象日活动方案\n一、活动内容\n（一）开展气象台站开放日活动\n活动内容：向公众开放气象台。\n"
         "{labels}（二）开展气象科技下乡活动\n责任分工：市公共气象服务中心牵头，市局、各县局配合。\n")


def test_a_roles_label_written_as_prose_adds_nothing_beside_unit_labels():
    labels = ("牵头单位：市气象学会\n参与单位：市气象台、办公室\n"
              "责任分工：市气象学会负责联系学校，安排讲解员讲解；办公室负责活动宣传，各县局自行组织。\n")
    assert units(ROLES.format(labels=labels)) == [
        ("一", ["市气象学会"], ["市气象台", "办公室"]), ("二", ["市公共气象服务中心"], ["市局", "各县局"])]


def test_a_roles_label_written_as_prose_alone_is_read_as_sentences():
    labels = "任务分工：市气象台负责接待参观，办公室负责活动宣传，各县局自行组织。\n"
    assert units(ROLES.format(labels=labels)) == [
        ("一", [], ["市气象台", "办公室"]), ("二", ["市公共气象服务中心"], ["市局", "各县局"])]


def test_organise_with_no_object_names_no_doer():
    text = ("某区活动方案\n一、活动安排\n1.开展义诊活动。各社区卫生服务中心自行组织。\n"
            "2.开展讲座。区卫健委组织开展健康讲座。\n")
    assert units(text) == [("1", [], []), ("2", [], ["区卫健委"])]



JOINT = ("某市精神卫生日宣传活动方案\n一、活动主题\n心理健康，社会和谐。\n二、活动地点\n"
         "(一)主会场:市安定医院门诊楼前广场\n"
         "(二)分会场:{text}\n三、主会场活动安排\n(一)活动时间:10月10日上午\n(二)活动内容:领导致辞。\n")


def joint(text):
    return [(t.lead_units, t.responsible_units) for t in parse_text(JOINT.format(text=text)).tasks if t.path == ["二"]]


@pytest.mark.parametrize("partners,expected", [
    ("本辖区民政、公安和残联等部门", "民政、公安和残联等部门"),     # (the scope dropped; fields closed by one head)
    ("民政、公安、残联等部门", "民政、公安、残联等部门"),
])
def test_partners_of_a_joint_clause_sharing_one_head(partners, expected):
    assert joint(f"各区县卫生行政部门会同{partners},根据本方案要求,组织各区县分会场主题宣传活动") == [
        (["各区县卫生行政部门"], [expected])]


def test_named_partners_after_a_scope_stay_separate():
    assert joint("区卫生局会同本辖区民政局、公安局,根据本方案要求,组织各区县分会场主题宣传活动") == [
        (["区卫生局"], ["民政局", "公安局"])]


def test_a_venue_after_a_doer_is_no_unit():
    # (「到本辖区各乡镇卫生院开展义诊」: where the work is done, not who does it)
    lead = "县卫生局要在宣传日前后组织开展集中宣传活动"
    text = LEAD_IN.format(lead=lead).replace("县疾控中心负责制作宣传材料", "县疾控中心负责到本辖区各乡镇卫生院开展义诊")
    assert units(text)[-1] == ("3", [], ["县疾控中心"])


NOTICE = ("关于举办统计开放日活动的通知\n各新城经普办:\n现将活动安排通知如下。\n一、活动主题\n走进经济普查。\n"
          "三、活动安排\n"
          "(一){text}\n(二)各新城要结合实际创新活动形式。\n")


@pytest.mark.parametrize("text,expected", [
    # (两个主体由「与」相连，「联合」 no object: an adverb before 组织＋work, round 43)
    ("新区本级与沣东新城联合组织统计开放日活动,其余新城在9月20日举办本地开放日活动。", ["新区本级", "沣东新城"]),
    ("区统计局与区经普办联合组织开展统计开放日活动。", ["区统计局", "区经普办"]),
    ("市本级组织开展统计开放日活动。", ["市本级"]),
])
def test_joint_subjects_of_an_adverb_joint_verb(text, expected):
    tasks = parse_text(NOTICE.format(text=text)).tasks
    assert [(t.lead_units, t.responsible_units) for t in tasks if t.number == "一"] == [([], expected)]


@pytest.mark.parametrize("text,lead,resp", [
    ("区统计局联合区经普办组织开展统计开放日活动。", ["区统计局"], ["区经普办"]),   # (联合B: as 会同, round 34)
    ("区统计局、区经普办联合印发活动通知。", [], []),                               # (印发 no rule-2 verb, round 43)
    ("五个新城举办本地开放日活动。", [], []),                                       # (a count of places; 举办 no verb)
])
def test_near_misses_of_the_joint_verb(text, lead, resp):
    tasks = parse_text(NOTICE.format(text=text)).tasks
    assert [(t.lead_units, t.responsible_units) for t in tasks if t.number == "一"] == [(lead, resp)]


ACTS = ("关于开展科普日活动的通知\n各学院:\n现将有关事项通知如下。\n一、活动主题\n科学普及。\n二、活动内容\n"
        "(一){text}\n(二)各学院要结合实际创新活动形式。\n")


@pytest.mark.parametrize("text,lead,resp", [
    # (what a lead opens is no body it leads: 开放…馆)
    ("由生命学院牵头开放生物标本馆,组织学生观摩。", ["生命学院"], []),
    # (负责＋领导署名文章: the work, not the post 负责领导)
    ("宣传部负责领导署名文章,校办公室负责协调报社。", [], ["宣传部", "校办公室"]),
    ("学生处负责领导全校科普活动。", [], ["学生处"]),
    # near misses: the post 负责领导, 组织领导 a noun
    ("各学院负责领导要亲自抓,加强组织领导。", [], []),
    ("由教务处牵头图书馆制定开放方案。", ["教务处"], ["图书馆"]),
])
def test_activity_lines_name_no_work_as_units(text, lead, resp):
    tasks = parse_text(ACTS.format(text=text)).tasks
    assert [(t.lead_units, t.responsible_units) for t in tasks if t.number == "一"] == [(lead, resp)]


@pytest.mark.parametrize("text,resp", [
    ("各区（管委会）要积极有序组织试点街道开展屋顶光伏建设。", ["各区（管委会）"]),   # (积极有序: a manner)
    ("各区要有序推进试点街道屋顶光伏建设。", []),                                   # (推进 no rule-2 verb)
])
def test_a_manner_before_organise(text, resp):
    tasks = parse_text(ACTS.format(text=text)).tasks
    assert [t.responsible_units for t in tasks if t.number == "一"] == [resp]


RUN = ("防治日活动方案\n四、宣传活动安排。\n(一)县文化局负责播放专题宣传节目。\n(二){text}\n(三)各乡镇要加强宣传。\n")


@pytest.mark.parametrize("text,lead,resp", [
    ("县卫生局、教育局、盐务局等单位牵头,通过设置宣传咨询点,向群众宣传防治知识。",
     ["县卫生局", "教育局", "盐务局"], []),
    ("县卫生局牵头,教育局、盐务局配合,向群众宣传防治知识。", ["县卫生局"], ["教育局", "盐务局"]),
    # (near miss: the names are objects of the work, no run that 牵头 closes)
    ("县卫生局负责联系教育局、盐务局,向群众宣传防治知识。", [], ["县卫生局"]),
])
def test_a_run_of_names_before_lead(text, lead, resp):
    tasks = parse_text(RUN.format(text=text)).tasks
    assert [(t.lead_units, t.responsible_units) for t in tasks if t.number == "二"] == [(lead, resp)]
