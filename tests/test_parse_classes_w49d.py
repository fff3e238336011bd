"""Round 49 second wave (w49d): the childless point of work (``desktop.core.parse.childless_points``) narrowed —
Round 51 rulings stand (a childless point that instructs a named doer is a task), but a general call to all 「各部门、
村应…」 (CONVENTIONS.md rule 3) and a notice's own closing calls to carry out the measures it issued 「三、认真抓好组织
实施」 (round 25: cover-notice instructions are no tasks; round 39: a closing section that only calls is none) are
not; a point whose heading line is itself a sentence is read whole. Made-up texts in the shapes of the page openings."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.childless_points import childless_work, point_text
from desktop.core.parse.headings import build_items


def _keys(text: str) -> list[str]:
    return [t.key for t in parse_text(text).tasks]


def _point(text: str, number: str):
    return next(i for i in build_items(text).items if i.parent is None and i.number == number)


RULES = """关于印发《某镇农村房屋管理办法》的通知
一、适用范围
本办法适用于本镇农村村民的房屋管理。
二、房屋修缮
（一）修缮条件
1.房屋属危旧涉及居住安全。
2.在合法审批建筑范围内修缮。
（二）办理程序
1.农户向村委会提出书面申请。
2.村委会接到申请后进行公示。
三、房屋翻建
（一）翻建条件
1.遵循一户一宅原则。
2.建筑占地面积不超过90平方米。
四、档案管理
各部门、村应按照档案工作规章制度，做好档案管理工作，村民建房资料做到一户一档，对所保存的档案严格按照规定整理和保管。
"""


def test_a_general_call_to_all_is_no_task():
    # 「各部门、村应…」: the call opens with 各部门 (all departments), rule 3's general call — no task
    assert "四" not in _keys(RULES)
    point = _point(RULES, "四")
    assert not childless_work(point, points=True)
    for call in ("各地区、各部门要", "各级各部门要", "各单位要"):
        assert not childless_work(_point(RULES.replace("各部门、村应", call), "四"), points=True), call


def test_a_kind_of_body_instructed_is_a_task():
    # near misses: a kind of body 「各村要…」「各乡镇、各部门和单位要…」 is a doer (round 34), the point work
    for who in ("各村要", "各乡镇、各部门和单位要", "镇规建办要"):
        assert childless_work(_point(RULES.replace("各部门、村应", who), "四"), points=True), who
    # … and a general call beside a rule-2 doer 「由镇规建办负责…」 is work by its doer
    doer = RULES.replace("对所保存的档案", "由镇规建办负责对所保存的档案")
    assert childless_work(_point(doer, "四"), points=True)


NOTICE = """国务院办公厅关于推广某批改革举措的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
现就有关事项通知如下：
一、推广的改革举措（共4项）
（一）知识产权保护方面2项：知识产权案件快速审判机制；专利保险机制。
（二）科技金融创新方面2项：区域性股权市场设置科技创新专板；中小企业商标质押贷款模式。
二、高度重视推广工作
各省（区、市）人民政府要深刻领会推广改革举措的重大意义，将其作为推进经济高质量发展的重要抓手，加快政府职能转变。
三、认真抓好组织实施
各省（区、市）人民政府要把推广改革举措列为本地区重点工作，研究制定推广工作方案。要加强督促检查，确保改革举措落地生根。国务院各有关部门要积极协调、指导推进复制推广工作。
"""


def test_a_notices_closing_calls_after_its_measures_are_no_tasks():
    keys = _keys(NOTICE)
    assert "二" not in keys and "三" not in keys
    assert {"一.一", "一.二"} <= set(keys)


def test_a_closing_call_with_a_date_or_doer_of_its_own_is_work():
    # near misses: the same closing point with a date of its own, or a body doing the work by rule 2
    dated = NOTICE.replace("研究制定推广工作方案。", "于2019年3月底前研究制定推广工作方案。")
    assert "三" in _keys(dated)
    doer = NOTICE.replace("国务院各有关部门要积极协调", "由国家发展改革委负责协调")
    assert "三" in _keys(doer)


ALL_POINTS = """某县安全生产委员会办公室关于做好两节期间安全生产工作的通知
各乡镇人民政府，县直各部门：
一、高度重视，认真部署两节期间安全生产工作
岁末年初，各行各业生产任务繁重。为保持社会稳定，各乡镇、各部门和单位要牢固树立安全发展的理念，切实增强做好节日期间安全生产工作的责任感，制定工作方案。
二、落实责任，认真开展节前安全生产大检查
各乡镇、各部门和单位要认真组织开展节前的安全生产大检查，制定详细的检查工作方案，深入基层排查隐患。
三、强化措施，抓好重点行业安全监管
（一）县交通局要加强道路运输安全监管。
"""


def test_a_call_heading_that_opens_the_work_stays_work():
    # near miss: 「一、高度重视…」 before any numbered work, in a notice whose work is its points: the plan's work
    keys = _keys(ALL_POINTS)
    assert "一" in keys and "二" in keys


DEEPER = """关于完善某项设施设置工作的意见
各区绿化市容局，各特定区域管理机构：
一、编制方案应当符合相关规划要求，并应贯彻以下原则：
1.合法性原则。方案编制应依据相关法规。
2.规范性原则。方案编制应按规定流程做好提交、审查、公示等工作。
二、方案应按以下流程开展编制：
1.提出需求。建筑所有权人应向区绿化市容局提出需求。
2.区级审查。区绿化市容局收到材料后应开展审查。
三、各区绿化市容局和特定区域管理机构在主动为市场主体提供服务的同时应加强日常监管，对未按规定设置的设施，应及时移送城管执法部门查处。案件移送后，管理部门应与城管执法部门加强沟通，及时掌握查处进度。
四、各类设施的设置应符合安全要求，对存在安全隐患的设施应及时予以整改，确保市容环境整洁有序。
"""


def test_a_sentence_heading_is_read_whole():
    # 三、's heading line is its first sentence, instructing named bodies: read whole, a task in a plan that numbers
    # its work deeper (Round 51: a childless point that instructs a named doer)
    point = _point(DEEPER, "三")
    assert point_text(point).startswith("各区绿化市容局和特定区域管理机构")
    assert childless_work(point, points=False)
    assert "三" in _keys(DEEPER)
    # near miss: 四、 instructs no body named — in a plan numbering its work deeper it stays as read (a task only in
    # a document whose work is its points: an instruction with no doer, Round 51)
    point = _point(DEEPER, "四")
    assert not childless_work(point, points=False)
    assert childless_work(point, points=True)
    # near miss: the same instruction under a heading of its own 「三、日常监管」: a headed point's instruction to a
    # kind of body stays as read where the plan numbers its work deeper (rule 2 doers only)
    headed = DEEPER.replace("三、各区绿化市容局", "三、日常监管\n各区绿化市容局")
    assert not childless_work(_point(headed, "三"), points=False)


def test_a_heading_run_into_its_text_is_not_read_as_a_sentence():
    # near miss: 「二、宣传内容《…》等法律法规…」 a heading noun run into its list of contents (no instruction): its
    # text after the heading, and no work
    text = ("一、宣传主题\n本次宣传周的主题是“职业健康先行”。\n"
            "二、宣传内容《职业病防治法》等法律法规和配套规章、标准;用人单位职业病防治的法定责任;劳动者依法享有的权利等。\n"
            "三、活动形式\n（一）各乡镇要组织开展宣传活动。\n（二）市疾控中心要开展咨询活动。\n")
    point = _point(text, "二")
    assert not point_text(point).startswith("宣传内容")
    assert not childless_work(point, points=True)
    assert "二" not in _keys(text)


LABELLED = """某乡除“四害”工作实施方案
一、目标:通过集中力量开展一系列防治工作,有效减少蚊蝇鼠蚤对群众的危害,提高农村环境卫生水平。
二、组织机构:成立乡除“四害”工作小组,由乡政府主导,相关部门协同配合,设立工作专班负责具体工作。
三、宣传教育:开展广泛的宣传教育活动,提高群众对“四害”防治的认识和重视程度,引导群众自觉参与防治工作。
四、重点工作内容:
1. 蚊虫防治:及时清除蚊虫滋生的水源。
2. 老鼠防治:定期进行老鼠密度监测。
"""


def test_a_label_run_into_verb_first_clauses_is_a_task():
    # 「三、宣传教育:开展…,提高…,引导…」: the label's text after its colon, its clauses the work (Round 51)
    point = _point(LABELLED, "三")
    assert point_text(point).startswith("开展广泛的宣传教育活动")
    keys = _keys(LABELLED)
    assert "三" in keys and {"四.1", "四.2"} <= set(keys)
    # near misses: the aims and the plan's body set up after their labels stay none
    assert "一" not in keys and "二" not in keys


def test_a_label_over_a_description_or_one_act_is_no_task():
    # near misses: contents listed after the label; one act and a description
    for text in ("法律法规和配套规章、标准;用人单位职业病防治的法定责任;劳动者依法享有的职业卫生保护权利。",
                 "开展宣传教育活动,内容包括法律法规、防治知识和典型案例等方面。"):
        work = "开展广泛的宣传教育活动,提高群众对“四害”防治的认识和重视程度,引导群众自觉参与防治工作。"
        item = _point(LABELLED.replace(work, text), "三")
        assert not childless_work(item, points=True), text


def test_a_body_setting_up_a_group_is_no_name_with_its_verb():
    # 「各村成立以…任组长…的绿化工作小组,具体负责…」: 成立 is no part of a name (the group set up does the work, rule
    # 3); near miss: 「由各村负责…」 after it still names 各村
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("各村成立以总支书记任组长,分管负责人任副组长的绿化工作小组,具体负责植树造林工作。") == ([], [])
    assert doer_units("各村成立绿化工作小组,由各村负责植树造林工作。")[1] == ["各村"]


def test_a_subject_following_a_rule_with_bare_an_carries_to_its_later_verb():
    # 「各村、企事业单位按镇统一要求制定…,建立…,落实…经费」: the name ends before 按…要求 (no 「企事业单位按镇」), and
    # the subject carries to 落实 in its sentence (round 34); near miss: no rule-2 verb after it, no doer
    from desktop.core.parse.sentence_names import read_names
    from desktop.core.parse.sentence_units import doer_units
    assert read_names("各村、企事业单位按镇统一要求制定全年计划")[0] == ["各村", "企事业单位"]
    doers = doer_units("各村、企事业单位按镇统一要求制定全年计划,建立健全责任制,落实工作经费。")[1]
    assert doers == ["各村", "企事业单位"]
    assert doer_units("各村、企事业单位按镇统一要求制定全年计划,建立健全责任制。") == ([], [])
    # near miss: 按期 still ends a name as before
    assert read_names("区卫生健康委按期完成评估")[0] == ["区卫生健康委"]


def test_the_plans_own_place_before_a_kind_is_no_name():
    # 「镇及各村组织…培训班学习」: the town speaking of itself is a place (rounds 44, 45), 各村 the doer by 组织＋work
    from desktop.core.parse.sentence_names import read_names
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("召开全镇发动会议,镇及各村组织防控技术培训班学习,利用广播开展宣传。")[1] == ["各村"]
    # near misses: a body named with its place stays whole; a place before no kind reads no name
    assert doer_units("镇政府及各村组织防控技术培训班学习。")[1] == ["镇政府", "各村"]
    assert read_names("镇及村民代表参加会议")[0] == []


def test_a_list_of_kinds_ends_before_hai_yao():
    # 「各县(市)、乡(镇)还要通过…」: the list ends before 还要 (both names, as printed); near miss: 还 inside a name
    from desktop.core.parse.sentence_names import read_names
    assert read_names("各县(市)、乡(镇)还要通过设置宣传咨询点")[0] == ["各县(市)", "乡(镇)"]
    assert read_names("各县(市)要通过设置宣传咨询点")[0] == ["各县(市)"]


EVENT = """某市博物馆日策划方案
1、活动主题
博物馆与社会变革。
2、时间安排
**年5月16日至5月18日。
3、活动内容
广场集中宣传。5月18日在市博物馆广场开展集中宣传活动，发放宣传资料。
新闻宣传活动。充分利用电视、网络集中宣传文物法律法规。
4、职责分工
新闻报道、接待服务等工作，由综合科负责。现场布置、材料发放，由文物科负责。
"""


def test_a_time_heading_over_only_its_dates_is_a_field():
    keys = _keys(EVENT)
    assert "2" not in keys and "1" not in keys
    assert "4" in keys
    # near miss: a time heading over dated work 「时间安排⏎5月16日前，各馆完成布展；…」 stays as read before
    work = EVENT.replace("**年5月16日至5月18日。", "5月16日前，各馆要完成布展工作；5月18日开展集中宣传。")
    assert "2" in _keys(work)


def test_a_sites_doubled_mark_between_names_is_one_join():
    # 「各乡镇政府,、相关部门要严格落实…」: the site's 「,、」 joins two names (the comma no clause break); near miss:
    # a real clause break 「各乡镇政府,相关部门要…」 leaves the first name outside the clause
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("各乡镇政府,、相关部门要严格落实禁牧制度。")[1] == ["各乡镇政府", "相关部门"]
    assert doer_units("加大管护力度,相关部门要严格落实禁牧制度。")[1] == ["相关部门"]


def test_what_a_named_body_will_do_is_work():
    # 「二、活动组织形式⏎…各县区成立领导小组,编制宣传方案。市文物局将对县区宣传方案进行审核、指导…」: the plan's work
    # stated as what a body it names will do — a childless point of work in a document of points (Round 51)
    text = ("二、活动组织形式\n根据各县区工作实际，宣传活动采取市局统一组织、县区分头开展的形式，各县区成立领导小组，"
            "编制宣传方案。市文物局将对县区宣传方案进行审核、指导，并对县区宣传活动进行跟踪评比。\n")
    assert childless_work(_point(text, "二"), points=True)
    # near miss: 将 as the object marker 「将评比成绩纳入年度考核」, no body named before it
    text = ("二、活动组织形式\n根据各县区工作实际，宣传活动采取统一组织、分头开展的形式，评比成绩将纳入年度考核，"
            "以求达到争先创优、百花齐放的效果。\n")
    assert not childless_work(_point(text, "二"), points=True)


def test_a_set_phrase_with_ying_is_no_instruction_of_a_heading_line():
    # near miss: 「一、防疫病种及指标坚持…应免尽免的原则,…」 is a run-in heading, not a sentence instructing (应免尽免 a
    # set phrase): its text after the heading is read, as before
    point = _point("一、防疫病种及指标坚持预防为主、应免尽免的原则,对3种动物疫病实行强制免疫。"
                   "畜禽免疫密度保持在95%以上。\n二、组织实施\n（一）制定方案。\n", "一")
    assert point_text(point).startswith("畜禽免疫密度")
