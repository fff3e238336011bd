"""Failure classes of tests/data/plans-next13/, -next14/, -next15/, -next18/ and -next19/ BASELINE.md taken in
round 19 (parser24), each with made-up wordings of the same shape (the real cases are scored by
tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.targets import find_targets


# 「力争一季度…」「确保二季度…」「三季度全面完成」: a bare quarter aimed at or with what is done in it is a deadline
def test_a_bare_quarter_aimed_at_is_a_deadline():
    assert [d.date for d in find_deadlines("力争二季度完成主体工程建设", 2027)] == ["2027-06-30"]
    assert [d.date for d in find_deadlines("确保三季度首批示范点投入运行", 2027)] == ["2027-09-30"]
    assert [d.date for d in find_deadlines("新建站点四季度全面建成", 2027)] == ["2027-12-31"]
    assert [d.date for d in find_deadlines("争取在一季度启动招标", 2026)] == ["2026-03-31"]


def test_a_bare_quarter_in_passing_is_still_no_deadline():
    assert find_deadlines("一季度经济运行情况较好，二季度招商项目集中签约", 2027) == []
    assert find_deadlines("每季度报送一次，逐季度分析", 2027) == []
    assert find_deadlines("比上年一季度增长5%", 2027) == []


# (a page's 发布日期 cell as the year of a page that writes none was tried for plans-next19 x19_06 ⑶: a site's
# posted date is page chrome, and tests/test_parse_variants.py's web_chrome variant holds that chrome changes
# nothing — left)


# 「年产120亿只手套等项目」「日处理300吨的垃圾焚烧厂」: a plant named by its output is no target; a capacity to reach
# (形成年产…的能力, 新增年产…) still is
def test_a_plant_named_by_its_output_is_no_target():
    for text in ("推动年产50万套汽车零部件、智能家居等项目落地投产",
                 "加快日处理300吨生活垃圾焚烧发电厂建设",
                 "支持年加工8万吨茶叶精深加工基地扩能改造"):
        assert find_targets(text, 2027, relaxed=True) == [], text


def test_a_capacity_to_reach_is_still_a_target():
    for text, value in (("到2027年底形成年产10万吨的生产能力", 100000),
                        ("新增年产5万吨精制茶叶", 50000),
                        ("全县粮食年产量达到45万吨", 450000)):
        assert [t.value for t in find_targets(text, 2027, relaxed=True)] == [value], text


# a document site's preview: 《…计划(共4页).doc》由会员分享 — the file's name without the site's page count, or the
# text's own title when the preview opens with it (after the site's banner) and it names the plan more fully
def test_a_shared_files_page_count_is_no_part_of_its_title():
    text = ("某街道2027年垃圾分类工作方案(共3页).docx\n"
            "《某街道2027年垃圾分类工作方案(共3页).docx》由会员分享,可在线阅读,更多相关请在某某文库上搜索。\n"
            "1、一、工作目标全街道垃圾分类覆盖率达到100%。二、工作措施(一)加强宣传。\n")
    assert parse_text(text).title == "某街道2027年垃圾分类工作方案"


def test_the_previews_own_fuller_title_after_the_sites_banner():
    text = ("东坡社区2026年控烟工作计划(共5页).doc\n"
            "《东坡社区2026年控烟工作计划(共5页).doc》由会员分享,可在线阅读,更多相关请在某某文库上搜索。\n"
            "1、精选优质文档-----倾情为你奉上某市某区东坡社区2026年控烟工作计划为进一步做好控烟工作,结合社区实际,"
            "制定本计划。一、工作目标社区控烟知晓率达到90%以上。二、主要措施(一)开展宣传。\n")
    assert parse_text(text).title == "某市某区东坡社区2026年控烟工作计划"


def test_a_shorter_title_in_the_preview_keeps_the_files_name():
    text = ("2026年河道保洁工作方案.doc\n"
            "《2026年河道保洁工作方案.doc》由会员分享,可在线阅读,更多相关请在某某文库上搜索。\n"
            "1、河道保洁工作方案河道保洁工作方案为了改善河道环境,制定本方案。一、工作目标全年河道保洁率达到95%。\n")
    assert parse_text(text).title == "2026年河道保洁工作方案"


# 「…每季度报送进展情况，12月25日前报告全年落实情况」: the whole year's account, sent by its own date, is a duty
# of its own beside the quarterly one; 「各季度及全年完成情况…前报送」 stays one quarterly sending
def test_the_years_account_by_its_date_beside_quarterly_reports():
    from desktop.core.parse.duties import find_duties
    duties = find_duties("各街道要于每季度末月20日前向区委办报送工作进展情况,11月30日前上报全年工作完成情况。", 2027)
    assert any(d.every == "quarter" for d in duties)
    assert any(d.due == "2027-11-30" for d in duties)
    duties = find_duties("各单位将各季度及全年完成情况于4月8日、7月8日、10月8日及12月8日前报送至区政府督查室。", 2027)
    assert all(d.due != "2027-12-08" for d in duties)


# a ceiling a rule allows (可出租不超过30%) and a low figure picking out which ones (低于3万元/亩的用地, 不足20%的村)
# are no targets; a ceiling to keep to and a figure to reach still are
def test_an_allowed_ceiling_and_a_low_figure_of_which_ones_are_no_targets():
    # (round 31 (mt31), CONVENTIONS.md thresholds: 不超过 and 低于 are words of the line:
    # 「可出租不超过30%」「低于3万元/亩的」「可上浮不超过10%」
    # are targets; 不足 is not one: 「不足20%的小区」 stays none)
    for text, value, unit in (("园区内配套用房可出租不超过30%，其余部分自持", 30, "%"),
                              ("租金可上浮不超过10%", 10, "%")):
        assert [(t.value, t.unit) for t in find_targets(text, 2027, relaxed=True)] == [(value, unit)], text
    # firms named by their tax band 「亩均税收低于3万元/亩的存量企业」: (Round 66 rulings, Targets, governs over round
    # 48; Round 68 rulings: a money band inside a noun naming projects, works, contracts or firms is a class, whatever
    # step follows — no target, the class kept)
    assert find_targets("对单位产值能耗高于标准、亩均税收低于3万元/亩的存量企业实施差别化电价", 2027,
                        relaxed=True) == []
    # (round 32 (p32t), CONVENTIONS.md comparison words: 不足 joins the line — 「不足20%的小区」 is a target)
    assert [(t.value, t.unit) for t in find_targets("对垃圾分类达标率不足20%的小区开展专项督导", 2027,
                                                    relaxed=True)] == [(20, "%")]


def test_a_ceiling_to_keep_to_and_a_share_to_reach_are_still_targets():
    for text, value in (("全区PM2.5年均浓度不超过30微克/立方米", 30),
                        ("农村生活垃圾无害化处理率不低于95%", 95),
                        ("力争闲置率低于5%", 5)):
        assert [t.value for t in find_targets(text, 2027, relaxed=True)] == [value], text


# a notice quoting 《某区…方案》 over the plan's own title line 「某市某区…方案」: the plan's line (it names the city)
def test_the_plans_own_title_naming_the_city_before_the_quoted_name():
    text = ("某市某区人民政府办公室关于印发本区老旧小区改造提升工作方案的通知\n\n各街道办事处，区政府各部门：\n\n"
            "《某区老旧小区改造提升工作方案》已经区政府同意，现印发给你们，请认真贯彻执行。\n\n2027年3月1日\n\n"
            "江北省某市某区老旧小区改造提升工作方案\n\n一、主要任务\n\n（一）完成改造。2027年底前完成改造小区20个。"
            "（责任单位：区住房城乡建设局）\n")
    assert parse_text(text).title == "江北省某市某区老旧小区改造提升工作方案"


def test_a_title_line_with_other_words_before_the_quoted_name_is_not_taken():
    text = ("某区人民政府关于印发某区老旧小区改造提升工作方案的通知\n\n各街道办事处：\n\n"
            "《某区老旧小区改造提升工作方案》已经区政府同意，现印发给你们。\n\n2027年3月1日\n\n"
            "关于推进某区老旧小区改造提升工作方案\n\n一、主要任务\n\n（一）完成改造。（责任单位：区住房城乡建设局）\n")
    assert parse_text(text).title != "关于推进某区老旧小区改造提升工作方案"


# a notice issuing a set of plans (《某县…等“五大提升行动”实施方案》) on the page of one of them: that one's title
def test_one_plan_of_a_set_issued_together_keeps_its_own_title():
    text = ("某县农村饮水安全提升行动实施方案\n"
            "某乡振组发〔2027〕2号 关于印发《某县农村饮水安全提升等“五大提升行动”实施方案》的通知 各乡镇: "
            "《某县农村饮水安全提升等“五大提升行动”实施方案》已经县委同意,现印发给你们。 2027年3月1日 "
            "某县农村饮水安全提升行动实施方案 为巩固农村饮水安全成果,特制定本方案。 "
            "一、工作目标 到2027年底,农村自来水普及率达到95%。\n")
    assert parse_text(text).title == "某县农村饮水安全提升行动实施方案"


def test_a_single_quoted_plan_with_deng_in_its_name_keeps_the_quoted_name():
    text = ("某区工作动态\n关于印发《某区养老、托育等民生服务提升行动方案》的通知\n各街道:\n"
            "《某区养老、托育等民生服务提升行动方案》已经区政府同意,现印发给你们。\n2027年3月1日\n"
            "一、工作目标\n到2027年底,新增托位300个。\n")
    assert parse_text(text).title == "某区养老、托育等民生服务提升行动方案"


# an item's heading line, then 「由A承办,B、C配合。」: A (承办, the unit that carries it) leads, B and C take part
def test_units_and_roles_on_the_line_after_an_items_heading():
    plan = parse_text("某镇2027年农贸市场整治工作方案\n各村、镇有关部门:\n"
                      "一、整治市场环境\n由镇市场监管所承办,镇城管中队、镇卫生院配合。\n整治目标:\n市场保洁覆盖率达100%。\n"
                      "二、规范经营秩序\n由镇城管中队主办,镇派出所协办。\n整治目标:\n占道经营全部清理。\n")
    assert [t.lead_units for t in plan.tasks] == [["镇市场监管所"], ["镇城管中队"]]
    assert plan.tasks[0].responsible_units == ["镇城管中队", "镇卫生院"]
    assert plan.tasks[1].responsible_units == ["镇派出所"]


def test_a_heading_line_then_a_sentence_is_no_units_line():
    plan = parse_text("某镇2027年农贸市场整治工作方案\n"
                      "一、整治市场环境\n由于市场设施陈旧,镇里将配合上级完成改造。\n（责任单位：镇市场监管所）\n"
                      "二、规范经营秩序\n清理占道经营。（责任单位：镇城管中队）\n")
    assert plan.tasks[0].lead_units == []
    assert plan.tasks[0].responsible_units == ["镇市场监管所"]


# a task table with a units column after 牵头单位 and 参与单位 (… | 责任单位): its units are the row's too; zones named
# bare before the one whose 党工委和管委会 are written once share those bodies
def test_a_third_units_column_is_read_too():
    from desktop.core.parse.read import table_lines
    rows = [["序号", "重点任务", "牵头单位", "配合单位", "责任单位"],
            ["1", "推进污水管网建设", "县住建局", "县财政局", "各乡镇人民政府"],
            ["2", "开展河道清淤", "县水利局", "", "经济开发区、高新区党工委和管委会"]]
    lines = table_lines(rows)
    assert "各乡镇人民政府" in lines[0] and "县财政局" in lines[0]
    plan = parse_text("某县2027年水环境整治工作方案\n一、主要任务\n" + "\n".join(lines) + "\n")
    assert plan.tasks[0].responsible_units == ["县财政局", "各乡镇人民政府"]
    assert plan.tasks[1].responsible_units == ["经济开发区、高新区党工委和管委会"]


def test_zones_listed_with_units_of_their_own_stay_apart():
    from desktop.core.parse.units import split_units
    assert split_units("经济开发区、高新区管委会")[0] == ["经济开发区", "高新区管委会"]
    assert split_units("县发展改革委、经济开发区党工委和管委会")[0] == ["县发展改革委", "经济开发区党工委和管委会"]


def test_the_documents_own_title_broken_above_its_addressees_on_a_preview():
    text = ("社区养老服务提升年度实施方案.docx\n\n"
            "《社区养老服务提升年度实施方案.docx》由会员分享,可在线阅读,更多相关请在某某文库上搜索。\n\n"
            "社区养老服务提升年度实施方案.docx\n\n社区养老服务提升年度实施方案\n\n"
            "2026年度推进“社区养老服务”\n\n提升实施方案\n\n\n各社区居委会、有关科室:\n\n"
            "为做好社区养老服务工作,制定本方案。\n一、新建幸福食堂\n全年新建幸福食堂3个。\n")
    assert parse_text(text).title == "2026年度推进“社区养老服务”提升实施方案"


# an essay site's compilation: its heading, then 「…方案 第一篇」, then the first article's own title above its text
def test_the_first_articles_own_title_on_an_essay_sites_compilation():
    text = ("首页 > 实用文档 > 工作方案 >\n\n社区消防安全工作方案\n\n编辑: 某某   发布时间:03-15\n\n"
            "社区消防安全工作方案 第一篇\n\n××社区2026年消防安全专项整治工作方案\n\n"
            "为切实做好社区消防安全工作,制定本方案。\n\n一、整治内容\n(一)清理楼道堆物。\n")
    assert parse_text(text).title == "××社区2026年消防安全专项整治工作方案"


def test_an_article_counter_without_a_title_below_changes_nothing():
    text = ("社区消防安全工作方案\n\n社区消防安全工作方案 第一篇\n\n为切实做好社区消防安全工作,制定本方案。\n\n"
            "一、整治内容\n(一)清理楼道堆物。\n")
    assert parse_text(text).title == "社区消防安全工作方案"
