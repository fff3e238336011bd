"""Round 35 structure class (p35f): lists that give no work. Conditions an applicant must meet, materials to hand
in, the persons a grade holds and an article whose items are only cases are the text of the item that announces
them — one task — never items of their own (CONVENTIONS.md, round 35 rulings, "Lists that give no work"). A list
of work 「做好以下工作：」 stays items. Made-up snippets written the way such rules are written."""

from __future__ import annotations

from desktop.core.parse import parse_text


def keys(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def by_key(text: str):
    return {"/".join([*t.path, t.number]): t for t in parse_text(text).tasks}


CONDITIONS = ("某区老旧厂房改造扶持办法\n"
              "一、扶持对象\n"
              "（一）申请扶持须同时符合以下条件：\n"
              "1.项目位于本区范围内；\n"
              "2.项目已取得立项批复；\n"
              "3.近两年内无重大安全事故。\n"
              "（二）区经委负责组织项目评审，评审结果报区政府审定。\n"
              "（三）区财政局负责拨付扶持资金。\n")


def test_conditions_are_the_text_of_the_item_announcing_them():
    got = keys(CONDITIONS)
    assert got == ["一/一", "一/二", "一/三"]
    first = by_key(CONDITIONS)["一/一"]
    assert "立项批复" in first.text and first.responsible_units == []
    assert by_key(CONDITIONS)["一/二"].responsible_units == ["区经委"]


MATERIALS = ("某区户外招牌设置办法\n"
             "第八条（设置申请）\n"
             "设置招牌的，设置人应当向区绿化市容局提出申请，并提交下列材料：\n"
             "（一）申请书；\n"
             "（二）营业执照复印件；\n"
             "（三）招牌设计图。\n"
             "第九条（审批）\n"
             "区绿化市容局应当自受理之日起10个工作日内作出决定。\n"
             "第十条（监督检查）\n"
             "区城管执法局负责对招牌设置进行监督检查。\n")


def test_materials_to_hand_in_fold_into_their_article():
    got = keys(MATERIALS)
    assert len(got) == 3
    assert not any("/" in k for k in got)


CASES = ("某区景观灯光管理规定\n"
         "第五条（禁止设置的情形）\n"
         "有下列情形之一的，不得设置景观灯光：\n"
         "（一）影响交通信号识别的；\n"
         "（二）在居民住宅窗户正对面的。\n"
         "第六条（维护）\n"
         "区绿化市容局负责组织对景观灯光进行日常巡查。\n")


def test_an_article_whose_items_are_only_cases_is_one_task():
    assert len(keys(CASES)) == 2


MEMBERS = ("某街道困难家庭补助办法\n"
           "一、认定标准\n"
           "以下人员属本办法所称的困难对象：\n"
           "（一）至公告之日，有下列情形之一的：\n"
           "1.享受最低生活保障的人员。\n"
           "2.持残疾证的人员。\n"
           "（二）年满八十周岁的老人。\n"
           "二、办理程序\n"
           "（一）居委会收到申请后进行初审。\n"
           "（二）街道办事处负责审核认定并公示。\n")


def test_the_persons_of_a_grade_are_text_even_with_lists_inside():
    got = keys(MEMBERS)
    assert "二/一" in got and "二/二" in got
    assert not any(k.startswith("一/") for k in got)


WORK = ("某区河道整治工作方案\n"
        "一、工作任务\n"
        "（一）各街镇要做好以下工作：\n"
        "1.开展河道排查，建立问题清单；\n"
        "2.落实河长巡河制度；\n"
        "3.完成整治项目验收。\n"
        "（二）区水务局负责组织技术指导。\n")


def test_a_list_of_work_stays_items():
    # near miss: 以下 before 工作, not a kind of list that gives no work — its items are tasks
    assert keys(WORK) == ["一/一/1", "一/一/2", "一/一/3", "一/二"]


STANDARDS = ("某镇农房修缮管理办法\n"
             "一、房屋修缮\n"
             "（一）修缮标准要求：\n"
             "1.在合法审批范围内予以修缮，不超高、不超宽；\n"
             "2.村委会负责组织现场核查。\n"
             "（二）镇规建办负责组织验收。\n")


def test_standards_to_follow_stay_items():
    # near miss: a heading of standards (标准要求), not conditions: its items stay tasks
    assert keys(STANDARDS) == ["一/一/1", "一/一/2", "一/二"]


# (under a section: given_lists' conditions fold leaves 「但下列情形除外：」 alone. In an article the lines are an
# article's bare list of cases, folded as round 35 reads them (``_bare_article_list``) — 第十条 opening the text was
# not an article until m51 (rv51 F5), which kept this near miss passing there)
EXCEPTIONS = ("某区集体土地流转办法\n"
              "一、土地转让\n"
              "受让人可依法转让土地使用权，但下列情形除外：\n"
              "（一）未按合同约定完成开发投资的；\n"
              "（二）土地权属有争议的。\n"
              "二、监管\n"
              "区规划资源局负责组织监督检查。\n")
IN_ARTICLES = ("某区集体土地流转办法\n第{}条（转让）\n受让人可依法转让土地使用权，但下列情形除外：\n"
               "（一）未按合同约定完成开发投资的；\n（二）土地权属有争议的。\n第{}条（监管）\n区规划资源局负责组织监督检查。\n")

OBJECTS = ("某区屋顶光伏推进方案\n"
           "一、实施条件\n"
           "具备以下条件的公共建筑，均应积极实施光伏建设。\n"
           "1.屋顶面积不小于500平方米；\n"
           "2.建筑结构安全。\n"
           "二、保障措施\n"
           "1.区发改委负责组织项目验收。\n")


def test_exceptions_and_conditions_that_pick_the_work_stay_items():
    # near misses: the exceptions to a rule 「但下列情形除外：」 and conditions that pick the work's objects
    # 「具备以下条件的公共建筑，均应积极实施…。」 (a sentence that goes on to give work) are not folded
    titles = [t.title for t in parse_text(EXCEPTIONS).tasks]
    assert any(t.startswith("未按合同约定") for t in titles) and any(t.startswith("土地权属") for t in titles)
    assert "一/1" in keys(OBJECTS) and "一/2" in keys(OBJECTS)
    # an article's list reads the same whichever article opens the text
    first, tenth = (parse_text(IN_ARTICLES.format(a, b)).tasks for a, b in (("一", "二"), ("十", "十一")))
    assert [(t.title, t.text) for t in first] == [(t.title, t.text) for t in tenth]
