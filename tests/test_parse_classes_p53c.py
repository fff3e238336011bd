"""Round 53 first wave (p53c): task counts.

Round 62 rulings (x113_03 第十一条; rounds 36 / 38 / 54): a list of rates or fees by class under a lead-in
naming the scale 「…具体标准如下：（一）对…，每吨50元。（二）…」 is text of its article (or item); the article is one
task by its own work 「X产生单位应当设置…」, the rates its targets. Near misses: a fine scale whose lines
each carry their own response 「…的，处一万元罚款」 stays items (Round 52 rulings, written early); lines that each
give a body work stay items; a marking scale 「…评分增加0.5分」 is no rate list. Also a scope or definitions
article's items, enforcement staff's own requirements, a 【】 heading's closing article, who a fund supports, and
cases a sentence points to 「对存在以下情况的项目…」 (rounds 30, 35, 45, 54). Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def tasks(text: str) -> list[tuple[tuple[str, ...], list[str], list[float]]]:
    return [((*t.path, t.number), t.responsible_units, [x.value for x in t.targets]) for t in parse_text(text).tasks]


def rules(article_three: str) -> str:
    return ("某区餐厨垃圾处理费收费管理办法\n"
            "第一条（目的依据）\n为规范餐厨垃圾处理费的征收管理，根据有关规定，制定本办法。\n"
            "第二条（征收单位）\n区环卫中心负责餐厨垃圾处理费的征收工作，各街道协助做好相关工作。\n"
            f"第三条（收费标准）\n{article_three}\n"
            "第四条（监督检查）\n区城管局应当加强对收费工作的监督检查。\n"
            "第五条（施行日期）\n本办法自2026年1月1日起施行。\n")


def test_a_list_of_rates_by_class_is_its_articles_text():
    text = rules("餐厨垃圾处理费按吨计收，具体标准如下：\n"
                 "（一）对宾馆、饭店产生的餐厨垃圾，定额内每吨50元，定额外每吨90元。\n"
                 "（二）对机关、学校食堂产生的餐厨垃圾，定额内每吨30元，定额外每吨70元。\n"
                 "餐厨垃圾产生单位应当设置专用收集容器，并保持容器完好。")
    got = tasks(text)
    three = [t for t in got if t[0][-1] == "3"]
    assert [t[0][-1] for t in got] == ["2", "3", "4"]
    assert three[0][1] == ["餐厨垃圾产生单位"]
    assert {50.0, 90.0, 30.0, 70.0} <= set(three[0][2])


def test_fees_announced_by_an_item_are_its_text():
    text = rules("（一）收费方式。按月计收。\n"
                 "（二）收费标准。处理费收费标准为：\n"
                 "1.餐饮企业每桶45元；\n"
                 "2.集体食堂每桶25元。\n"
                 "区环卫中心负责按月开具收费凭证。")
    got = {t[0]: t for t in tasks(text)}
    assert ("3", "二", "1") not in got and ("3", "二", "2") not in got
    assert got[("3", "二")][1] == ["区环卫中心"] and got[("3", "二")][2] == [45.0, 25.0]


def test_a_fine_scale_whose_lines_respond_stays_items():
    text = rules("产生单位未按规定交费的，由区城管局责令限期改正；逾期不改正的，按以下标准处罚：\n"
                 "（一）欠费在一万元以下的，处二千元罚款；\n"
                 "（二）欠费在一万元以上的，处五千元以上一万元以下罚款。")
    numbers = [t[0][-1] for t in tasks(text)]
    assert numbers.count("一") + numbers.count("二") == 2


def test_lines_that_each_give_a_body_work_stay_items():
    text = rules("处理费的收缴分工如下：\n"
                 "（一）区环卫中心负责收取宾馆、饭店的处理费，每吨50元；\n"
                 "（二）各街道负责收取集体食堂的处理费，每吨30元。")
    numbers = [t[0][-1] for t in tasks(text)]
    assert "一" in numbers and "二" in numbers


def test_a_marking_scale_is_no_rate_list():
    text = rules("报价以基准价为基础，加分扣分标准如下：\n"
                 "（一）报价每低于基准价1元，评分增加0.5分；\n"
                 "（二）报价每高于基准价1元，评分扣减0.5分。\n"
                 "区环卫中心负责组织评分。")
    numbers = [t[0][-1] for t in tasks(text)]
    assert "一" in numbers and "二" in numbers


# --- a scope or definitions article over items that give no work (round 30; round 35) -------------------------------


def scope_rules(article_two: str) -> str:
    return ("某区小型工程安全管理办法\n"
            "第一条（目的依据）\n为加强小型工程安全管理，根据有关规定，制定本办法。\n"
            f"第二条{article_two}\n"
            "第三条（监督检查）\n区建管委负责对小型工程开展安全检查。\n"
            "第四条（协同配合）\n各街镇应当配合区建管委做好巡查工作。\n"
            "第五条（施行日期）\n本办法自2026年3月1日起施行。\n")


def test_the_kinds_a_scope_article_covers_are_no_tasks():
    text = scope_rules("（适用范围）\n本办法适用于下列工程：\n"
                       "（一）投资额在100万元以下的房屋修缮工程；\n"
                       "（二）投资额在50万元以下的道路养护工程。")
    assert [t[0] for t in tasks(text)] == [("3",), ("4",)]


def test_the_kinds_a_definition_holds_are_no_tasks_however_its_lead_in_runs():
    text = scope_rules("本办法所称安全违法行为，按照有关规定的原则认定，重点情形包括：\n"
                       "（一）未依法取得施工许可擅自施工的；\n"
                       "（二）未按规定对作业人员进行安全培训，免除其依法应承担的责任的；\n"
                       "（三）其他安全违法行为。")
    assert [t[0] for t in tasks(text)] == [("3",), ("4",)]


def test_a_scope_article_whose_items_give_work_keeps_them():
    text = scope_rules("（适用范围）\n本办法适用于下列工程：\n"
                       "（一）房屋修缮工程，由各街镇负责日常巡查；\n"
                       "（二）道路养护工程，由区建管委负责日常巡查。")
    numbers = [t[0] for t in tasks(text)]
    assert ("2", "一") in numbers and ("2", "二") in numbers


# --- the conduct required of enforcement staff (persons, rounds 45 / 46) ----------------------------------------------


def test_the_requirements_of_enforcement_staff_are_no_tasks():
    text = scope_rules("（执法人员）\n执法人员必须符合以下要求：\n"
                       "（一）具备相应的法律知识，取得执法证件；\n"
                       "（二）从事执法活动，按规定着装，出示证件；\n"
                       "（三）严格按照法定程序实施检查，不得滥用职权。")
    assert [t[0] for t in tasks(text)] == [("3",), ("4",)]


def test_a_body_whose_staff_must_act_keeps_its_article():
    text = scope_rules("（执法要求）\n区建管委执法人员应当严格按照法定程序实施检查，并做好检查记录。")
    assert ("2",) in [t[0] for t in tasks(text)]


# --- a heading in 【】 run into the article's text ------------------------------------------------------------------


def square_rules(closing: str) -> str:
    return ("某区小型工程安全管理实施细则\n"
            "第一条【目的依据】为加强小型工程安全管理，根据有关规定，制定本细则。\n"
            "第二条【监督检查】区建管委负责对小型工程开展安全检查。\n"
            "第三条【协同配合】各街镇应当配合区建管委做好巡查工作。\n"
            f"第四条{closing}\n")


def test_a_closing_article_under_a_square_bracket_heading_is_no_task():
    text = square_rules("【实施效力】本细则自2026年3月1日起施行，有效期至2031年2月28日。")
    assert [t[0] for t in tasks(text)] == [("2",), ("3",)]


def test_a_square_bracket_article_that_gives_work_stays_a_task():
    text = square_rules("【档案管理】区建管委应当建立小型工程安全档案。")
    assert ("4",) in [t[0] for t in tasks(text)]


# --- who a fund supports, and cases pointed to by a sentence that ends in 。 (rounds 30, 35, 54) ---------------------


def fund_rules(article_two: str) -> str:
    return ("某区服务业引导资金管理细则\n"
            "第一条（目的依据）\n为规范引导资金管理，根据有关规定，制定本细则。\n"
            f"第二条{article_two}\n"
            "第三条（项目评审）\n区发改委负责组织项目评审。\n"
            "第四条（监督管理）\n区财政局应当加强对资金使用的监督检查。\n"
            "第五条（施行日期）\n本细则自2026年1月1日起施行。\n")


def test_who_a_fund_supports_and_its_exclusions_are_no_tasks():
    text = fund_rules("（支持对象）\n支持的对象为在本区登记注册的服务业企业申报的项目。\n以下项目不予支持：\n"
                      "（一）获得过其他区级财政资金支持过的同类申报项目；\n"
                      "（二）上年年末净资产为负；\n"
                      "（三）其他不符合支持条件的项目。")
    numbers = [t[0] for t in tasks(text)]
    assert not any(n[0] == "2" for n in numbers) and ("4",) in numbers


def test_cases_a_sentence_points_to_are_its_articles_text():
    text = fund_rules("（验收标准）\n项目验收由区发改委组织。对存在以下情况的项目验收不予通过，限期收回已拨付资金。\n"
                      "（一）项目实施条件发生重大变化，导致项目无法继续实施；\n"
                      "（二）项目单位擅自变更项目建设内容；\n"
                      "（三）其他依照有关规定，应当予以撤销项目的情形。")
    numbers = [t[0] for t in tasks(text)]
    assert ("2",) in numbers and ("2", "一") not in numbers


def test_items_that_each_give_a_body_work_under_a_case_pointer_stay_items():
    text = fund_rules("（验收处理）\n对存在以下情况的项目，分别处理。\n"
                      "（一）项目延期的，由区发改委负责督促整改；\n"
                      "（二）资金违规的，由区财政局负责收回资金。")
    numbers = [t[0] for t in tasks(text)]
    assert ("2", "一") in numbers and ("2", "二") in numbers
