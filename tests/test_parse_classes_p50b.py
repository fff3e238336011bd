"""Round 50 first wave (p50b), task counts in plans written as sections (一、（一）1.): a scoring scheme flattened
into numbered rows whose marks are written in the rows' text (「…大于等于400兆瓦得6分」「…最高得2分」); an applicant's
own filing steps in a notice's procedure (Round 52 rulings on x236_03); a duty table flattened one cell a line whose
header is printed on one line and names the body before its duties (「序号 涉及部门 职责分工」). Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text

WORK = ("关于开展某项目竞争配置的工作方案\n一、实施程序\n1.发布公告。服务单位制定工作文件，在门户网站发布公告。\n"
        "2.组织评审。服务单位组织专家对申报材料进行评审，报市发展改革委。\n3.公布结果。市发展改革委确认投资主体并向社会公布。\n")


def titles(text: str) -> list[str]:
    return [t.title for t in parse_text(text).tasks]


# --- a scoring scheme whose marks are in the rows' text -------------------------------------------------------


def test_rows_giving_their_marks_in_their_text_are_no_tasks():
    text = WORK + ("二、评分标准\n（一）企业能力\n"
                   "1.资质业绩。按建成运营项目规模评分，大于等于300兆瓦得5分，低于300兆瓦按比例得分。\n"
                   "2.技术能力。获得省部级表彰的，每项得1分，最高3分。\n3.保供履约。年供电量大于等于50亿千瓦时的，得4分。\n")
    assert titles(text) == ["发布公告", "组织评审", "公布结果"]


def test_rows_of_a_scoring_scheme_giving_a_body_work_stay_tasks():
    # near miss: a row that tells a body to do work is work, whatever marks it carries
    text = WORK + ("二、考核内容\n1.台账管理。各街道负责建立健全管理台账，得5分。\n"
                   "2.日常巡查。各街道负责组织开展日常巡查，得5分。\n")
    assert len(titles(text)) == 5


def test_one_item_with_a_mark_is_no_scoring_scheme():
    # near miss: a lone item that mentions points among items of work is no table
    text = WORK + ("二、工作要求\n1.加强培训。组织开展业务培训，考试合格得60分以上方可上岗。\n"
                   "2.加强宣传。利用多种媒体开展宣传。\n")
    assert len(titles(text)) == 5


# --- an applicant's own steps in a procedure --------------------------------------------------------------------

CALL = "关于开展充电示范站申报工作的通知\n各区交通管理部门：\n现就有关事项通知如下。\n一、申报流程\n"


def test_an_applicant_s_own_filing_steps_are_no_tasks():
    text = CALL + ("1、项目建设单位在5月31日之前填写《示范站申请书》，会同相关资料报所在区交通管理部门。\n"
                   "2、区交通管理部门收到申请后，会同区发展改革委组织验收，并于6月15日之前将验收意见报市交通委。\n"
                   "3、市交通委收到验收意见后，组织专家对申报项目进行确认，并对外发布认定情况。\n")
    assert [t.number for t in parse_text(text).tasks] == ["2", "3"]


def test_signing_up_and_drawing_up_papers_are_the_applicant_s_steps():
    text = ("某项目竞争配置工作方案\n一、实施程序\n1.发布公告。服务单位制定工作文件，在门户网站发布公告。\n"
            "2.报名申请。公告发布5个工作日内，有意向参与的企业向服务单位进行报名并领取工作文件，逾期不再受理。\n"
            "3.编制申报材料。申报企业应在报名截止后10个工作日内，编制项目实施方案，形成项目申报材料。\n"
            "4.专家评审。申报企业递交申报材料后，服务单位组织开展专家评审，报市发展改革委。\n")
    assert [t.number for t in parse_text(text).tasks] == ["1", "4"]


def test_a_body_getting_the_applicants_in_is_work():
    # near miss: a plan body organising the enterprises' filings does work (its description of them holds the body)
    text = CALL + ("1、各区发展改革委组织符合条件、有意向的企业开展示范站方案申报。\n"
                   "2、市交通委组织专家对申报项目进行评审，并发布年度计划。\n")
    assert [t.number for t in parse_text(text).tasks] == ["1", "2"]


def test_an_applicant_s_terms_and_a_case_are_no_filing_steps():
    # near miss: what the applicant must promise, a cap it must keep and a case with its sanction are not read as its
    # filing steps here (other readers decide them)
    text = CALL + ("1、申报企业应承诺申报材料的真实性、合法性。\n2、申报企业申报电价不得高于基准电价。\n"
                   "3、市交通委组织专家对申报项目进行评审。\n")
    assert "1" in [t.number for t in parse_text(text).tasks]


def test_a_project_unit_drawing_up_its_papers_is_not_read_as_an_applicant():
    # near miss: 项目单位 is often a public body doing the plan's own project (tests/test_parse_classes_p32s.py too)
    text = ("某区水利项目管理办法\n一、项目实施\n（一）项目申报。项目单位按年度计划编制申报材料。\n"
            "（二）竣工验收。区水务局组织竣工验收。\n")
    assert [t.number for t in parse_text(text).tasks] == ["一", "二"]


def test_a_list_of_applicant_steps_alone_is_kept():
    # near miss: a notice that only tells applicants how to apply keeps its steps (no step of a plan body beside them)
    text = CALL + ("1、申报单位填写《示范站申请书》，报所在区交通管理部门。\n"
                   "2、申报单位编制项目实施方案，形成项目申报材料。\n")
    assert [t.number for t in parse_text(text).tasks] == ["1", "2"]


# --- a duty table: its header on one line, the body's column first ------------------------------------------------

DUTIES = ("校园饮水安全管理\n序号 涉及部门 职责分工\n"
          "1\n区教育局\n负责校园饮水安全管理工作，指导学校建立饮水卫生制度。\n"
          "2\n区卫生健康委\n负责组织开展校园饮水卫生监测，指导学校做好疾病防控。\n"
          "3\n区水务局\n负责督促供水单位保障水质，依法查处违法供水行为。\n相关依据:\n1.《生活饮用水卫生标准》\n")


def test_a_one_line_header_over_rows_one_cell_a_line_reads_the_rows():
    tasks = parse_text(DUTIES).tasks
    assert [t.responsible_units for t in tasks] == [["区教育局"], ["区卫生健康委"], ["区水务局"]]
    assert tasks[0].title.startswith("负责校园饮水安全管理工作")


def test_the_header_one_cell_a_line_reads_the_same():
    tasks = parse_text(DUTIES.replace("序号 涉及部门 职责分工", "序号\n涉及部门\n职责分工")).tasks
    assert [t.responsible_units for t in tasks] == [["区教育局"], ["区卫生健康委"], ["区水务局"]]


def test_a_spaced_line_of_other_words_is_no_header():
    # near miss: 「序号 名称 数量」 names no task and no unit column: not split, the rows are not read as a task table
    text = DUTIES.replace("序号 涉及部门 职责分工", "序号 名称 数量")
    assert [t.responsible_units for t in parse_text(text).tasks] != [["区教育局"], ["区卫生健康委"], ["区水务局"]]
