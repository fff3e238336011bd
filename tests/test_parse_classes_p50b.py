"""Round 50 first wave (p50b), task counts in plans written as sections (一、（一）1.): a scoring scheme flattened
into numbered rows whose marks are written in the rows' text (「…大于等于400兆瓦得6分」「…最高得2分」). Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text

WORK = ("关于开展某项目竞争配置的工作方案\n一、实施程序\n1.发布公告。服务单位制定工作文件，在门户网站发布公告。\n"
        "2.组织评审。服务单位组织专家对申报材料进行评审，报市发展改革委。\n3.公布结果。市发展改革委确认投资主体并向社会公布。\n")


def titles(text: str) -> list[str]:
    return [t.title for t in parse_text(text).tasks]


# --- a scoring scheme whose marks are in the rows' text -------------------------------------------------------


def test_rows_giving_their_marks_in_their_text_are_no_tasks():
    text = WORK + ("二、评分标准\n（一）企业能力\n1.资质业绩。按建成运营项目规模评分，大于等于300兆瓦得5分，低于300兆瓦按比例得分。\n"
                   "2.技术能力。获得省部级表彰的，每项得1分，最高3分。\n3.保供履约。年供电量大于等于50亿千瓦时的，得4分。\n")
    assert titles(text) == ["发布公告", "组织评审", "公布结果"]


def test_rows_of_a_scoring_scheme_giving_a_body_work_stay_tasks():
    # near miss: a row that tells a body to do work is work, whatever marks it carries
    text = WORK + ("二、考核内容\n1.台账管理。各街道负责建立健全管理台账，得5分。\n"
                   "2.日常巡查。各街道负责组织开展日常巡查，得5分。\n")
    assert len(titles(text)) == 5


def test_one_item_with_a_mark_is_no_scoring_scheme():
    # near miss: a lone item that mentions points among items of work is no table
    text = WORK + "二、工作要求\n1.加强培训。组织开展业务培训，考试合格得60分以上方可上岗。\n2.加强宣传。利用多种媒体开展宣传。\n"
    assert len(titles(text)) == 5
