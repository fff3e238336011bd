"""Round 35 structure classes (p35b): page shapes. A page that opens inside a table whose header is on the page
before; a cover notice's own 一、二、三 over the document it issues in articles; one-line articles after an article
with （一） children on a page that opens inside an article's list; a PDF page whose articles run into one line.
Made-up snippets written the way such pages are written."""

from __future__ import annotations

from desktop.core.parse import parse_text


def by_key(plan):
    return {"/".join([*t.path, t.number]): t for t in plan.tasks}


# ---- a page opening inside a table (its header on the page before) ----

TABLE_PAGE = ("3 拔河比赛 体育局\n"
              "教育局\n"
              "卫健局 体育局\n"
              "4 猜灯谜 文化馆\n"
              "妇 联\n"
              "工 商联 文化馆 每队10人,限时30分钟\n"
              "5 舞龙表演 文广旅局 文广旅局 上午9:00开始\n"
              "五、工作要求\n"
              "1.精心组织。各承办单位要认真筹备。\n"
              "2.保障安全。现场秩序由区公安分局负责。\n")


def test_page_opening_inside_a_table_reads_its_rows():
    plan = parse_text(TABLE_PAGE)
    got = by_key(plan)
    assert got["3"].lead_units == ["体育局"]
    assert got["3"].responsible_units == ["体育局", "教育局", "卫健局"]
    # a name broken by a blank (妇 联 / 工 商联) is one name
    assert got["4"].lead_units == ["文化馆"]
    assert got["4"].responsible_units == ["文化馆", "妇联", "工商联"]
    assert got["5"].lead_units == ["文广旅局"] and got["5"].responsible_units == ["文广旅局"]
    assert "五/2" in got


def test_numbered_lines_of_figures_are_no_table_rows():
    # lines opening with a number and a blank that name no body: the plan's own text, no rows
    text = ("1 月份完成摸底 共计 20 户\n2 月份完成整改 共计 15 户\n3 月份完成验收 共计 10 户\n"
            "一、工作任务\n（一）开展摸底。由街道办事处负责。\n（二）组织整改。由社区居委会负责。\n")
    plan = parse_text(text)
    assert not any(t.number in {"1", "2", "3"} and not t.path for t in plan.tasks)


# ---- a cover notice's own points over the document it issues in articles ----

AMENDING = ("关于修订《某区节水改造补助办法》的通知\n\n各街道办事处、区各有关部门:\n\n"
            "现对《某区节水改造补助办法》修订如下:\n\n"
            "一、在第五条（补助标准）中将补助标准调整为每户300元。\n\n"
            "二、在第六条（申报材料）中增加产权证明。\n\n"
            "某区水务局\n\n2024年3月1日\n\n"
            "某区节水改造补助办法\n\n"
            "第一条（目的）\n\n为推进节水改造，制定本办法。\n\n"
            "第二条（职责分工）\n\n（一）区水务局负责补助资金的审核和拨付。\n\n（二）各街道办事处负责组织居民申报。\n\n"
            "第三条（监督管理）\n\n（一）区财政局负责对补助资金的使用进行监督检查。\n\n"
            "（二）区审计局负责对补助资金开展年度审计。\n\n"
            "第四条（附则）\n\n本办法自2024年4月1日起施行。\n")


def test_issued_documents_articles_are_the_tasks():
    plan = parse_text(AMENDING)
    got = by_key(plan)
    keys = set(got)
    assert any(k.endswith("（一）") or k.endswith("一") for k in keys)
    units = {u for t in plan.tasks for u in t.responsible_units}
    assert {"区水务局", "各街道办事处", "区财政局", "区审计局"} <= units


SECTIONS_OVER_ARTICLES = ("某镇环境卫生管理办法\n\n一、总则\n\n第一条 为加强环境卫生管理，制定本办法。\n\n"
                          "二、职责\n\n第二条 镇城管办负责以下工作：\n（一）组织道路清扫保洁；\n"
                          "（二）督促各村开展整治。\n\n"
                          "第三条 各村委会负责本村环境卫生的日常管理。\n")


def test_sections_over_articles_stay_sections():
    # near-miss: 一、 over 第一条 with no signature between — the articles stand under the sections, as before
    plan = parse_text(SECTIONS_OVER_ARTICLES)
    assert all(t.path and t.path[0] in {"一", "二"} for t in plan.tasks)


# ---- one-line articles after an article with children, on a page opening inside an article's list ----

MID_RULE_PAGE = ("（三）场地的安全设施情况；\n（四）人员疏散的预备措施。\n"
                 "第十二条 展会场地应符合以下条件：\n（一）交通便利；\n（二）有固定场地和配套设施。\n"
                 "第十三条 主办单位负责展会现场的组织管理工作，并将有关情况报主管部门备案。\n"
                 "第十四条 参展企业应当遵守展会的各项规定。\n"
                 "第十五条 区商务局应会同区公安分局做好展会期间的安全保卫工作。\n")


def test_childless_articles_after_an_article_with_items_are_tasks():
    plan = parse_text(MID_RULE_PAGE)
    got = by_key(plan)
    assert got["13"].responsible_units == ["主办单位"]
    assert got["15"].lead_units == ["区商务局"]


# ---- a PDF page whose articles run into one line ----

RUN_ON = ("河道保洁管理暂行办法.pdf\n\n"
          "  1. 1、本文档共5页,可阅读全部内容。\n"
          "  2. 2、本站所有文档均由网友上传,本站不对文档的完整性做任何保证,付费前请自行鉴别。\n"
          "  3. 3、如文档侵犯版权,请点击版权申诉,本站将及时处理,不退款。\n"
          "  4. 4、下载文档前请确认,VIP会员可免费下载本站文档。\n"
          "查看更多\n"
          "河道保洁管理暂行办法 第一章 总则 第一条 为加强河道保洁管理,根据有关规定,结合我县实际,制定本办 法。"
          " 第二条 本办法适用于本县境内所有河道 第三条 各镇人民政府负责辖区内河道的日常保洁,县水利局负责 "
          "业务指导。 第四条 县财政局负责保洁经费的保障,按照第二条规定的范围核拨。 \n")


def test_articles_run_into_one_line_are_read():
    plan = parse_text(RUN_ON)
    got = by_key(plan)
    assert "3" in got and "各镇人民政府" in got["3"].responsible_units
    assert "4" in got and got["4"].responsible_units == ["县财政局"]
    # the site's numbered notices are no items
    assert not any("本文档" in t.title for t in plan.tasks)


def test_article_named_in_a_sentence_is_no_cut():
    # near-miss: 「按照第二条规定」「依照第三条」 inside sentences are text, not articles
    text = ("某县河道保洁办法 为加强管理,按照第二条规定和第三条要求,依照第四条执行,制定本办法,"
            "各镇人民政府负责辖区内河道的日常保洁,县水利局负责业务指导,县财政局负责保洁经费的保障。\n")
    plan = parse_text(text)
    assert not any(t.number in {"2", "3", "4"} for t in plan.tasks)


# ---- a childless point that names its doers between points holding numbered items ----

POINTS_WITH_ITEMS = ("关于本市社区食堂执行优惠电价的通知\n\n各区发展改革委、各供电企业：\n\n现就有关事项通知如下：\n\n"
                     "一、适用范围\n\n本通知所称社区食堂，是指为老年人提供助餐服务的场所。\n\n"
                     "二、价格标准\n\n1、社区食堂用电按居民生活类价格标准计费，暂不实行阶梯电价。\n\n"
                     "2、社区食堂供电配套工程收费按规定标准的80%执行。\n\n"
                     "三、认定办理\n\n社区食堂实行清单制管理，由区民政局核实并确定清单。市民政局会同各供电企业明确具体"
                     "办理流程，并向社会公开。\n\n"
                     "四、工作分工\n\n1、各级价格部门负责对政策落实情况开展监督检查。\n\n"
                     "2、各供电企业负责做好政策宣传和业务受理工作。\n\n"
                     "五、保障措施\n\n各区民政局负责做好宣传解释工作，确保政策落实到位。\n\n"
                     "六、其他事项\n\n1、本通知自2024年1月1日起执行。\n\n2、原有规定同时废止。\n")


def test_childless_point_with_doers_between_points_with_items_is_a_task():
    plan = parse_text(POINTS_WITH_ITEMS)
    got = by_key(plan)
    assert "三" in got
    assert "区民政局" in got["三"].responsible_units
    # near-miss: the scope point stays a section; the safeguards point names a rule-2 doer 「各区民政局负责…」, a task
    # by the round-36 ruling (a childless 保障措施 point that names a doer, p36h — it was a near-miss in round 35)
    assert "一" not in got
    assert "五" in got and got["五"].responsible_units == ["各区民政局"]
