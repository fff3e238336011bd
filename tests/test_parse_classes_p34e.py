"""Round 34 structure classes (p34e): a plan whose work sits in numbered items under a chapter named for its tasks is
no document of headed points; a 参照 clause names no doer; 参照 provisions and 「本办法的具体应用，由A负责解释」 are
closing clauses, no task (CONVENTIONS.md, "Round 34 ruling, written early" and "Round 34 rulings" → Tasks).
Made-up snippets written the way such plans are written."""

from __future__ import annotations

from desktop.core.parse import parse_text


def keys(plan):
    return ["/".join([*t.path, t.number]) for t in plan.tasks]


def _plan(task_title: str) -> str:
    return ("某区背街小巷环境整治实施方案\n\n为提升背街小巷环境面貌，制定本方案。\n\n"
            "一、工作目标\n\n到2026年底，完成全区背街小巷环境整治，群众满意度明显提高。\n\n"
            "二、整治标准\n\n背街小巷要达到路面平整、照明完好、标识清晰的基本标准，整治完成后应组织验收。\n\n"
            f"三、{task_title}\n\n（一）摸底排查\n\n各街道对辖区背街小巷进行全面排查，形成问题清单。\n\n"
            "（二）制定方案\n\n各街道根据排查结果，一巷一策制定整治方案。\n\n"
            "（三）组织实施\n\n各街道按照方案推进整治，区建管委加强技术指导。\n\n"
            "四、经费保障\n\n整治经费由区财政统筹安排，各街道负责编制年度预算并报区财政局审核。\n\n"
            "五、长效管理\n\n整治完成后，由各街道负责日常养护，区城管执法局加强执法巡查。\n\n"
            "六、保障措施\n\n各部门要加强协作，形成工作合力。\n")


def test_plan_with_a_tasks_chapter_keeps_its_childless_points_sections():
    # the work sits in 三、工作任务's numbered items; round 36 (CONVENTIONS.md, early rulings → Tasks): a childless
    # top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too, so 四、经费保障
    # (各街道负责编制…) is one (round 34 left it a section); 一、工作目标 and 二、整治标准 name no doer: sections
    got = keys(parse_text(_plan("工作任务")))
    assert got[:3] == ["三/一", "三/二", "三/三"]
    assert "四" in got
    assert "一" not in got and "二" not in got


def test_near_miss_chapter_not_named_for_tasks_still_reads_headed_points():
    # the same plan with its numbered chapter named for a topic (三、分类整治): most points are childless, so the
    # points that give work to a doer are tasks, as the early ruling reads them
    got = keys(parse_text(_plan("分类整治")))
    assert got[:3] == ["三/一", "三/二", "三/三"]
    assert "四" in got


RULES = ("某区建筑垃圾运输管理办法\n\n"
         "第一条（目的依据）\n\n为规范本区建筑垃圾运输管理，根据有关规定，制定本办法。\n\n"
         "第二条（管理部门）\n\n（一）区绿化市容局负责本区建筑垃圾运输的监督管理。\n\n"
         "（二）区交通委负责运输车辆的行业管理。\n\n"
         "第三条（运输要求）\n\n运输单位应当使用密闭车辆，按照规定的时间和路线运输，区城管执法局负责查处违规运输行为。\n\n"
         "第四条（参照管理）\n\n实行工程总承包的，对总承包单位的管理参照建设单位的相关规定执行。\n\n"
         "第五条（应用解释）\n\n本办法的具体应用，由区绿化市容局负责解释。\n\n"
         "第六条（施行日期）\n\n本办法自2025年5月1日起施行。\n")


def test_refers_article_and_interpretation_are_no_tasks():
    got = keys(parse_text(RULES))
    assert got == ["2/一", "2/二", "3"]      # 第四条 (参照), 第五条 (解释), 第六条 (施行) are no tasks


def test_near_miss_standard_with_a_figure_stays_a_task():
    # 「…定额参考…的80%执行，…参照…执行」: the first clause sets a standard (no 参照), so the article is work
    text = RULES.replace("实行工程总承包的，对总承包单位的管理参照建设单位的相关规定执行。",
                         "运输费用定额参考市级运输定额的80%执行，作业标准参照区环卫部门相关规定执行。")
    assert keys(parse_text(text)) == ["2/一", "2/二", "3", "4"]


NOTICE = ("某市关于执行差别电价有关事项的通知\n\n各区人民政府，市有关部门：\n\n"
          "为促进节约用电，现将有关事项通知如下：\n\n"
          "一、执行对象\n\n（一）单位产品能耗超过限额标准的企业。\n\n（二）列入淘汰类目录的企业。\n\n"
          "二、加价标准\n\n由市属电网供电的上述企业，按用电量加收电费，由区属电网供电的企业，"
          "由各区参照市属电网区域内的相关规定执行差别电价。\n\n"
          "三、操作程序\n\n（一）认定\n\n各区经信部门负责认定拟执行差别电价的企业名单，报市经信委。\n\n"
          "（二）退出\n\n企业完成整改后，可向所在区经信部门申请退出。\n\n"
          "四、监督管理\n\n市经信委负责对各区执行情况进行监督检查。\n\n"
          "本通知自2025年1月1日起实施。\n")


def test_refers_clause_names_no_doer_of_a_headed_point():
    # 二、's only doer is in its 参照 clause: no task; 四、 names a doer (负责): a task
    got = keys(parse_text(NOTICE))
    assert "二" not in got
    assert got[-1] == "四"


SITE = ("某县关于做好秋季防火工作的通知\n合集下载\n"
        "- 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。\n"
        "- 2、“仅部分预览”的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款。\n"
        "- 3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理。\n\n"
        "各乡镇人民政府，县直有关部门：\n\n为做好今年秋季防火工作，现将有关事项通知如下：\n\n"
        "一、落实防火责任\n\n各乡镇要落实属地责任，县应急管理局负责统筹协调全县防火工作。\n\n"
        "二、加强隐患排查\n\n县林业局负责组织开展林区火灾隐患排查，发现问题及时整改。\n")


def test_document_site_notices_under_the_title_are_no_items():
    # a document site's numbered notices about its documents (下载文档 / 预览 / 客服) printed under the page's title
    assert keys(parse_text(SITE)) == ["一", "二"]


def test_near_miss_plan_items_speaking_of_documents_stay_items():
    # items of the plan itself that speak of documents, after its first heading: its own
    text = SITE.replace("二、加强隐患排查\n\n", "二、加强档案管理\n\n1、各乡镇负责整理防火文档，做好存档。\n\n"
                        "2、县档案馆负责文档数字化，提供在线预览。\n\n3、县应急管理局负责文档报送。\n\n")
    assert keys(parse_text(text))[-3:] == ["二/1", "二/2", "二/3"]
