"""Round 45 names class (p45d): a body's name with the doer's own words glued after it. A noun later in the
sentence that ends like a body (网站, 平台, 防汛防台) carried 应在/负责/结合/聘请/会同 into the name; 「会同各部门分级
实施」 left 各部门分级. The name ends before those words where what stands before ends as a body does; names that hold
them as their own stay whole. Made-up snippets written the way district rules and town plans are laid out."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.glued_tails import unglued

RULES = ("某区某某项目管理办法\n\n第一条（目的依据）\n为规范某某项目管理工作，制定本办法。\n第二条（职责分工）\n"
         "区规划资源局负责项目管理的组织实施，区财政局负责经费保障。\n第三条（具体工作）\n{}\n"
         "第四条（施行日期）\n本办法自2025年1月1日起施行。\n")


def doers(sentence: str) -> tuple[list[str], list[str]]:
    task = next(t for t in parse_text(RULES.format(sentence)).tasks if t.number == "3")
    return task.lead_units, task.responsible_units


def test_a_modal_or_the_doers_words_end_the_name_before_them():
    assert unglued("区规划资源局应在区人民政府门户网站") == "区规划资源局"
    assert unglued("市防指结合全市防汛防台") == "市防指"
    assert unglued("区相关部门负责初审园区平台") == "区相关部门"
    assert unglued("镇河长办聘请第三方专业保洁公司") == "镇河长办"
    assert unglued("区民政局会同街道办事处") == "区民政局"
    assert unglued("各部门分级") == "各部门"


def test_names_holding_such_words_as_their_own_stay_whole():
    for name in ("医养结合机构", "综合协调组", "区分级诊疗中心", "区应急管理局", "市应对气候变化领导小组办公室",
                 "负责人", "区财政局", "项目实施单位", "区绿化市容局"):
        assert unglued(name) == name
    # (the words after a name that does not end as a body are left: 「镇协调…」 is no cut of a one-place name)
    assert unglued("镇协调陆渠局") == "镇协调陆渠局"


def test_sentences_give_the_body_not_the_noun_that_ends_like_one():
    assert doers("市防指结合全市防汛防台检查，组织相关部门开展隐患排查。") == ([], ["市防指"])
    assert doers("区发展改革委会同区相关部门负责初审园区平台物业转让，并报区政府审定。") == (
        ["区发展改革委"], ["区相关部门"])
    assert doers("区人民政府应当会同各部门分级实施相应的能源、土地政策。") == (["区人民政府"], ["各部门"])


def test_near_misses_keep_their_names():
    assert doers("区发展改革委会同区卫生健康委、区民政局负责医养结合机构的审核。") == (
        ["区发展改革委"], ["区卫生健康委", "区民政局"])
    assert doers("区应急管理局负责组织开展隐患排查。") == ([], ["区应急管理局"])
