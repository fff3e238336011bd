"""Round 38 (p38b), the structure of rules and notices: lists that give no work (cases a consequence follows, the
acts a rule forbids, the reasons that allow a step, the objects a rule covers, the exceptions to a prohibition) are
their item's text, the item one task, an article too where it is the only one with items; childless headed points
that give an instruction 「应…」 are tasks in a document of headed points; penalty articles whose response names its
body 「…的，由A责令改正」 are tasks; a notice that numbers nothing gives its paragraphs of work as tasks.
Made-up snippets written the way 规定, 条例 and 通知 are written."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[tuple[list[str], str]]:
    return [(t.path, t.number) for t in parse_text(text).tasks]


POINTS = ("某市关于加强绿色建筑项目管理的若干规定\n\n"
          "为进一步规范绿色建筑项目管理，特制定以下规定。\n\n"
          "一、申报绿色建筑的住宅项目，应以规划许可中的全部建筑作为申报范围，其中面积小于1000平方米的单体建筑原则上"
          "不列入申报范围。\n\n"
          "二、绿色建筑项目在竣工时因出租等原因无法落实技术要求的，应由建设单位作出承诺，并在合同中明确相关要求。\n\n"
          "三、项目设计中应正确选用国家和地方标准，并在设计文件中注明所用标准的名称。\n\n"
          "四、区建设管理部门将不定期组织对在建项目进行抽查，建设单位应当配合，并提供以下资料：\n\n"
          "（一）施工图纸资料。\n\n（二）材料性能检测报告。\n\n"
          "五、咨询机构在开展技术服务时，应按照现行标准开展工作。咨询机构有下列行为之一的，由市建设管理部门通报其名单，"
          "不再采信其报告。\n\n"
          "（一）弄虚作假的。\n\n（二）随意转包技术服务的。\n")


def test_childless_points_that_give_instructions_are_tasks_and_their_lists_text():
    numbers = _numbers(POINTS)
    # every point one task; the materials of 四 and the cases of 五 (a lead-in closed by a full stop) are text
    assert numbers == [([], "一"), ([], "二"), ([], "三"), ([], "四"), ([], "五")]
    five = parse_text(POINTS).tasks[-1]
    assert "随意转包" in five.text


CASES_AS_ITEMS = POINTS.replace("咨询机构有下列行为之一的，由市建设管理部门通报其名单，不再采信其报告。",
                                "下列机构由市建设管理部门负责监管。")


def test_a_list_not_announced_as_cases_keeps_its_items():
    # near miss: 「下列机构…负责…。」 names no cases — the (一)(二) lines stay items of 五
    numbers = _numbers(CASES_AS_ITEMS)
    assert ([], "五") not in numbers
    assert (["五"], "一") in numbers and (["五"], "二") in numbers


ARTICLES = ("某市绿地管理条例\n\n第一章 总则\n\n"
            "第一条 为了加强绿地管理，制定本条例。\n"
            "第二条 市绿化管理部门负责本市绿地的管理工作。\n"
            "第二章 管理\n\n"
            "第三条 下列绿地建设项目，应当通过招标方式确定施工单位：\n"
            "（一）使用国有资金投资的绿地建设项目；\n（二）使用外国政府贷款的绿地建设项目。\n"
            "第四条 禁止擅自砍伐树木。\n因下列原因确需砍伐树木的，养护单位应当向区绿化管理部门提出申请：\n"
            "（一）严重影响居住安全；\n（二）发生检疫性病虫害。\n"
            "第五条 禁止下列损坏绿化的行为：\n（一）践踏花草；\n（二）在绿地内倾倒垃圾。\n"
            "第六条 区绿化管理部门应当履行下列职责：\n（一）组织编制绿地建设计划；\n（二）负责绿地的监督检查。\n"
            "第三章 法律责任\n\n"
            "第七条 违反本条例第四条第一款规定，擅自砍伐树木的，由区绿化管理部门责令改正，处补偿标准三倍的罚款。\n"
            "第八条 对违反本条例情节较轻的，管理人员有权制止其违法行为。\n"
            "第九条 本条例自2025年1月1日起施行。\n")


def test_an_articles_lists_of_objects_reasons_and_prohibitions_are_text():
    numbers = _numbers(ARTICLES)
    assert not any(path in (["3"], ["4"], ["5"]) for path, _ in numbers)    # no such list read as items
    assert ([], "3") in numbers and ([], "4") in numbers
    assert (["6"], "一") in numbers and (["6"], "二") in numbers           # a list of duties stays items


def test_a_penalty_article_naming_its_responder_is_a_task():
    numbers = _numbers(ARTICLES)
    assert ([], "7") in numbers
    # near miss: no body named for the response (有权制止), and the entry into force: no tasks
    assert ([], "8") not in numbers and ([], "9") not in numbers


def test_a_rules_catch_all_sanction_is_no_task():
    # 「违反本办法规定的，由A责令改正」 names no case (no article, no act): what befalls a breaker of the whole rule
    text = ARTICLES.replace("第八条 对违反本条例情节较轻的，管理人员有权制止其违法行为。",
                            "第八条 违反本条例规定的，由区绿化管理部门责令改正。")
    numbers = _numbers(text)
    assert ([], "7") in numbers and ([], "8") not in numbers


DEFINITION = ("某区排水监测实施细则\n\n"
              "第一条 为了规范排水监测，制定本细则。\n"
              "第二条 区水务局负责排水监测的组织实施。\n"
              "第三条 本细则所称的重点监测对象是指已领取排水许可证，且符合以下条件之一的排水户：\n"
              "（一）纳入重点排污单位名录；\n（二）排水量超过200m3/d。\n"
              "区水务局负责每年确定本区重点监测对象。\n"
              "第四条 本细则自发布之日起施行。\n")


def test_the_only_article_with_a_list_of_conditions_is_one_task():
    numbers = _numbers(DEFINITION)
    assert ([], "3") in numbers
    assert not any(path == ["3"] for path, _ in numbers)


EXCEPTED = ("关于加强夜间施工管理的通知\n\n各有关单位：\n\n现就有关事项通知如下：\n\n"
            "一、适用范围\n\n本区建设工程的夜间施工管理。\n\n"
            "二、可以夜间施工的作业\n\n确需夜间施工的单位，应当办理夜间施工证明。除下列工序外，禁止夜间施工：\n\n"
            "（一）需连续浇筑的混凝土施工；\n\n（二）抢修抢险作业。\n\n"
            "三、办理部门\n\n夜间施工证明由区建设管理部门负责办理。\n\n"
            "四、工作要求\n\n（一）施工单位应当优化施工方案。\n\n（二）监理单位要加强监管。\n")


def test_the_exceptions_to_a_prohibition_are_text():
    numbers = _numbers(EXCEPTED)
    assert (["二"], "一") not in numbers and (["二"], "二") not in numbers


NOTICE = ("各乡镇人民政府，区直各单位：\n"
          "为做好防汛工作，确保人民群众安全，区防汛指挥部现就近期防汛工作通知如下：\n"
          "各乡镇、区直各单位务必立即开展隐患排查，全面落实值班值守制度，确保6月30日前完成所有隐患点整改。\n"
          "区应急管理局务必加强物资储备，会同各乡镇做好抢险队伍的调度和应急处置工作。\n"
          "某区防汛抗旱指挥部\n"
          "2024年6月1日\n")


def test_a_notices_unnumbered_paragraphs_of_work_are_its_tasks():
    tasks = parse_text(NOTICE).tasks
    assert len(tasks) == 2
    assert tasks[0].title.startswith("各乡镇、区直各单位务必立即开展隐患排查")
    assert tasks[1].title.startswith("区应急管理局务必加强物资储备")
    assert "防汛抗旱指挥部" not in tasks[1].text


def test_a_notice_with_a_paragraph_of_no_work_is_left_whole():
    # near miss: the paragraphs after 「如下：」 include background, no instruction: no tasks read from them
    text = NOTICE.replace("区应急管理局务必加强物资储备，会同各乡镇做好抢险队伍的调度和应急处置工作。",
                          "今年以来全区降雨量较常年同期偏多三成，部分河道水位持续偏高。")
    assert parse_text(text).tasks == []


RATES = ("某区节能专项资金管理办法\n\n"
         "第一条 为了规范专项资金管理，制定本办法。\n"
         "第二条 区发改委负责专项资金的统筹管理。\n"
         "第三条 支持标准\n"
         "（一）可再生能源项目支持标准如下：\n"
         "1. 光伏项目。按照装机容量给予补贴，补贴力度不超过0.3元/瓦，最高不超过200万元。\n"
         "2. 储能项目。按照项目投资额给予不超过20%的一次性补贴，最高不超过300万元。\n"
         "（二）节能改造支持标准如下：\n"
         "1. 技术改造项目。给予不超过1:1的区级资金匹配，单个项目补贴不超过100万元。\n"
         "2. 节能产品应用。按照设备采购金额的10%给予补贴。\n"
         "第四条 区财政局负责按照审核结果拨付资金。\n"
         "第五条 申报单位应当提交下列材料：\n（一）申请表；\n（二）项目投资证明。\n"
         "第六条 本办法自印发之日起施行。\n")



def test_an_article_of_subsidy_rates_is_one_task():
    numbers = _numbers(RATES)
    assert ([], "3") in numbers
    assert not any(path and path[0] == "3" for path, _ in numbers)


def test_an_article_of_work_items_keeps_them():
    # near miss: items that give work, no grant or sum in them, stay the article's items
    text = RATES.replace("1. 光伏项目。按照装机容量给予补贴，补贴力度不超过0.3元/瓦，最高不超过200万元。",
                         "1. 区发改委负责组织项目评审。").replace(
        "2. 储能项目。按照项目投资额给予不超过20%的一次性补贴，最高不超过300万元。", "2. 区财政局负责资金拨付。")
    numbers = _numbers(text)
    assert ([], "3") not in numbers


KINDS = ("某校垃圾分类工作方案\n\n一、工作目标\n\n全校垃圾分类知晓率达到100%。\n\n二、分类标准：\n"
         "1.可回收垃圾：\n主要包括废纸、塑料、玻璃和金属。\n"
         "2.厨余垃圾：\n包括剩菜剩饭、果皮等食品类废物。\n"
         "3.其他垃圾：\n包括难以回收的废弃物。\n"
         "三、责任分工：\n"
         "1.学校领导小组负责制定垃圾分类工作方案，统一部署相关工作。\n"
         "2.总务处负责垃圾桶的配置和更换。\n"
         "3.各班主任负责本班学生的宣传教育。\n")


def test_a_list_of_defined_kinds_is_text():
    numbers = _numbers(KINDS)
    assert not any(path == ["二"] for path, _ in numbers)
    assert (["三"], "1") in numbers and (["三"], "3") in numbers


FIRST_AFTER_CHAPTER = ("某区重点用能单位管理办法\n\n第一章  总则\n\n"
                       "第一条  为了加强节能管理，制定本办法。\n\n"
                       "第二条  区发展改革委负责本区节能工作的统筹协调。\n\n"
                       "第二章  考核\n\n"
                       "第三条  在市级名单的基础上，区发展改革委会同区统计局根据本区实际调整并公布"
                       "年度考核名单。\n\n"
                       "第四条  考核总分为100分，90分以上为合格。具体考核细则由区发展改革委另行制定。\n\n"
                       "第五条  考核结果分为优秀、合格和不合格三个等级。\n\n"
                       "第六条  重点用能单位应当履行下列义务：\n\n（一）建立能源统计制度；\n\n"
                       "（二）按时报送能源利用状况报告。\n\n"
                       "第七条  本办法自2025年1月1日起施行。\n")


def test_run_on_articles_naming_a_doer_are_tasks():
    numbers = _numbers(FIRST_AFTER_CHAPTER)
    assert ([], "3") in numbers and ([], "4") in numbers
    # near miss: a statement of grades with no doer and no instruction stays none
    assert ([], "5") not in numbers


SYSTEM = ("某区轨道交通安全保障工作方案\n\n"
          "一、加强安全责任体系\n\n"
          "在区委、区政府领导下，各相关部门共同做好轨道交通安全保障工作。\n\n"
          "区交通委负责轨道交通运营安全监督管理。\n\n"
          "区应急局负责轨道交通安全生产的综合监督管理。\n\n"
          "区消防救援支队负责依法开展消防监督检查工作。\n\n"
          "二、强化隐患排查\n\n"
          "（一）区交通委要组织开展隐患排查整治。\n\n"
          "（二）区公安分局要加强站点巡逻防控。\n")


def test_a_section_on_the_responsibility_system_is_one_task():
    tasks = parse_text(SYSTEM).tasks
    one = next(t for t in tasks if t.path == [] and t.number == "一")
    assert {"区交通委", "区应急局", "区消防救援支队"} <= set(one.responsible_units)
    assert not any(t.path == ["一"] for t in tasks)
