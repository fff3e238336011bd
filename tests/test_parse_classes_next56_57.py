"""Classes of plans-next56 and plans-next57 (round 26), each in made-up wordings, with near-misses that must not
fire: a table copied one cell a line with bar lines between cells, …"""

from __future__ import annotations

from desktop.core.parse import parse_text


def bars(*rows: list[str], close: str = "|\n|\n") -> str:
    """Rows as a web page's table copied one cell a line: a bar line after each cell, a second after each row."""
    out = ""
    for row in rows:
        out += "".join(f"{cell}\n|\n" for cell in row) + "|\n"
    return out


def tasks(plan):
    return [(t.title, t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks]


# ---- a task table one cell a line, bar lines between cells, no 序号 column ------------------------------------

def test_bar_line_table_without_number_column_gives_one_task_a_row():
    text = ("某县安全生产目标任务分解表\n" + bars(
        ["主要任务", "责任单位", "协办单位", "完成时限"],
        ["开展危化品企业专项检查。", "县应急管理局", "县公安局、县交通运输局", "6月底前"],
        ["完成老旧燃气管道改造12公里。", "县住建局\n县城管局", "—", "年底前"],
        ["建立隐患排查台账", "县应急管理局", "", "长期坚持"]))
    got = tasks(parse_text(text))
    assert [g[0] for g in got] == ["开展危化品企业专项检查", "完成老旧燃气管道改造12公里", "建立隐患排查台账"]
    assert got[0][1:3] == (["县应急管理局"], ["县公安局", "县交通运输局"])
    assert got[1][1] == ["县住建局", "县城管局"]     # two units stacked in one cell: both lead


def test_bar_line_table_a_wrapped_sentence_cell_is_one_text():
    text = ("某区重点工作分解表\n" + bars(
        ["重点工作", "牵头单位", "完成时间"],
        ["推进老旧小区改造，\n年内完成改造小区20个。", "区住建委", "12月底前"],
        ["新建社区食堂5家。", "区民政局", "9月底前"]))
    got = parse_text(text).tasks
    assert got[0].title.startswith("推进老旧小区改造，年内完成")     # one sentence, not a list
    assert any(g.value == 20 for g in got[0].targets)
    assert got[1].lead_units == ["区民政局"]


def test_bar_line_table_cut_last_row_keeps_its_cells_and_drops_a_cut_name():
    text = ("某市防汛工作任务分解表\n" + bars(
        ["工作任务", "完成时间", "牵头部门", "配合部门"],
        ["修订防汛应急预案。", "5月底前", "市水利局", "市应急局"])
        + "开展防汛应急演练。\n|\n6月底前\n|\n市应急局\n|\n市水利局、市气象局、市广")
    got = tasks(parse_text(text))
    assert got[1][0] == "开展防汛应急演练"
    assert got[1][1:3] == (["市应急局"], ["市水利局", "市气象局"])


def test_bar_line_unit_cell_naming_units_later_names_none():
    text = ("某市工作任务分解表\n" + bars(
        ["工作任务", "完成时间", "牵头部门", "配合部门"],
        ["收集基础数据。", "9月底前", "市统计局", "按市政府通知另行确定"],
        ["编制实施方案。", "年内", "市发改委", "待定"]))
    got = tasks(parse_text(text))
    assert [g[1:3] for g in got] == [(["市统计局"], []), (["市发改委"], [])]


def test_bar_line_tables_that_are_not_task_tables_stay_as_written():
    figures = bars(["指标", "2023年", "2024年"], ["地区生产总值（亿元）", "120", "130"],
                   ["常住人口（万人）", "45", "46"])
    roster = bars(["单位", "联系人", "电话"], ["县应急管理局", "张三", "12345678"], ["县公安局", "李四", "87654321"])
    schedule = bars(["阶段", "时间", "内容"], ["动员部署", "3月", "制定方案，召开动员会"],
                    ["集中整治", "4月至9月", "开展全面排查"])
    for table in (figures, roster, schedule):
        text = "某县工作方案\n一、工作安排\n" + table
        plan = parse_text(text)
        assert not any(t.lead_units for t in plan.tasks), table
        assert not any("|" in t.title for t in plan.tasks)


def test_a_lone_bar_line_in_prose_is_no_table():
    text = ("某县工作方案\n一、主要任务\n1.开展专项检查。\n|\n牵头单位：县应急管理局\n"
            "2.完成整改。（责任单位：县住建局）\n")
    got = tasks(parse_text(text))
    assert [g[0][:4] for g in got] == ["开展专项", "完成整改"]


# ---- a plan run into one line: the next section after a cut word, items opening with a number ---------------------

def run_in(body: str) -> list[tuple[list[str], str]]:
    return [(t.path, t.number) for t in parse_text("某镇秋季植树工作方案\n\n" + body).tasks]


def test_next_section_run_into_a_cut_word_then_its_items():
    body = ("为做好秋季植树工作,制定本方案:一、植树任务:全镇完成植树1200亩(具体见附表一)。二、苗木安排:苗木由镇里统一"
            "运至各村,数量见附表二三、植树方式及要求1、甲村、乙村的植树由各村自行负责。2、105国道两侧的植树由县林业局"
            "负责。3、河道两岸的植树由镇水利站负责。4、各村要选好2个示范点。")
    got = run_in(body)
    assert [n for p, n in got if p == ["三"]] == ["1", "2", "3", "4"]


def test_numbers_in_a_run_in_line_that_are_no_items():
    body = ("为做好改造工作,制定本方案:一、改造任务:完成1、2、3号楼改造。二、时间安排:第1、2季度完成设计,3、5、7月"
            "分批施工,2024.3.15前完工。三、改造方式1、各村要加强宣传。2、3月底前完成摸底。")
    got = run_in(body)
    # 2、3月底前: a month, not item 2 opening with a number; 1、2、3号楼, 第1、2季度, 3、5、7月 and the date no items
    assert not any(n in ("2", "3", "5", "7") for _p, n in got)


def test_counted_prizes_and_sectors_are_no_run_in_sections():
    body = ("为做好评选工作,制定本方案:一、评选范围:全县各村。二、奖项设置:设一、二、三等奖,鼓励二、三产业融合,"
            "评选第二、三批示范村。")
    got = parse_text("某县示范村评选方案\n\n" + body)
    assert not any(t.number in ("三",) for t in got.tasks)


def test_a_preview_shared_without_its_file_ending_drops_its_chunk_numbers():
    text = ("某村冬季防火工作方案\n\n资源描述:\n\n《某村冬季防火工作方案》由会员上传分享,免费在线阅读\n\n"
            "1、某村冬季防火工作方案为做好冬季防火工作,制定本方案:一、工作措施1、加强巡查,由村治保会负责。2、清理"
            "山林可燃物,由各组负\n\n2、责。3、开展宣传,由村委会负责。")
    got = [(t.number, t.title) for t in parse_text(text).tasks]
    assert [n for n, _ in got] == ["1", "2", "3"]
    assert got[1][1].startswith("清理山林可燃物")


# ---- a lead and its responsible units written in a sentence of the item -------------------------------------------

def units_of(item: str) -> list[tuple[list[str], list[str]]]:
    text = ("某市养老服务提升实施意见\n一、主要任务\n（一）完善服务网络\n" + item
            + "\n（二）加强队伍建设\n开展护理员培训。\n")
    return [(t.lead_units, t.responsible_units) for t in parse_text(text).tasks][:1]


def test_a_sentence_opening_with_the_lead_names_it_and_its_responsible_units():
    got = units_of("按照全市统一标准,将养老机构划分为三类。市民政局牵头负责,以各区、县(市)为实施主体,开展等级评定工作。"
                   "建立统一名录。")
    assert got == [(["市民政局"], ["各区、县(市)"])]
    got = units_of("统筹推进社区养老服务设施建设。市民政局负责牵头组织实施,在全市推开。")
    assert got == [(["市民政局"], [])]


def test_a_lead_sentence_that_names_no_unit_or_two_leads_gives_none():
    assert units_of("统筹推进社区养老服务设施建设。各地负责牵头组织,以社区为单元推进。") == [([], [])]
    # round 31: CONVENTIONS.md rule 2 — several 「A负责牵头」 clauses in one item: all their bodies, in order
    assert units_of("推进设施建设。市民政局负责牵头组织,推进建设。市卫健委负责牵头组织,推进医养结合。") == \
        [(["市民政局", "市卫健委"], [])]


# ---- a project table: the task's title from 项目名称, the aim column its text and figures ---------------------------

def rows_of(table: str) -> list[tuple[str, str, list[float]]]:
    return [(t.title, t.text, [g.value for g in t.targets]) for t in parse_text("某县2024年重点项目表\n" + table).tasks]


def test_project_name_column_is_the_title_and_the_content_column_its_text():
    got = rows_of("| 序号 | 项目名称 | 建设内容 | 牵头单位 | 完成时间 |\n"
                  "| 1 | 城东污水厂扩建 | 新增处理能力2万吨/日 | 县水务局 | 2024年12月底 |\n"
                  "| 2 | 口袋公园建设 | 建成口袋公园6个 | 县住建局 | 2024年10月底 |\n")
    assert [g[0] for g in got] == ["城东污水厂扩建", "口袋公园建设"]
    assert "建成口袋公园6个" in got[1][1] and 6 in got[1][2]


def test_a_named_row_table_keeps_its_aim_column():
    got = rows_of("序号\t工程名称\t目标要求\t责任单位\t完成时限\n"
                  "1\t农村公路提升\t改造农村公路30公里\t县交通运输局\t2024年11月\n"
                  "2\t校舍改造\t完成校舍加固5所\t县教育局\t2024年8月\n")
    assert [g[0] for g in got] == ["农村公路提升", "校舍改造"]
    assert 30 in got[0][2] and 5 in got[1][2]


def test_a_task_column_before_its_content_stays_the_title():
    got = rows_of("| 序号 | 任务名称 | 工作内容 | 牵头单位 |\n| 1 | 河道保洁 | 保洁河道12条 | 县水务局 |\n")
    assert got[0][0] == "河道保洁"
    got = rows_of("| 序号 | 工作任务 | 项目名称 | 牵头单位 |\n| 1 | 完成河道整治 | 城西河整治工程 | 县水务局 |\n")
    assert got[0][0] == "完成河道整治"


# ---- review r52: the lead sentence keeps its work; a second unit's part or a partner is not lost -------------------

def items_of(item: str):
    text = ("某市2024年养老服务提升实施意见\n一、主要任务\n（一）完善服务网络。" + item
            + "\n（二）加强队伍建设\n开展护理员培训。\n")
    t = parse_text(text).tasks[0]
    return t.lead_units, t.responsible_units, t.deadline, [(x.value, x.unit) for x in t.targets], t.text


def test_a_lead_sentence_leaves_its_work_figures_and_deadline_in_the_text():
    lead, resp, deadline, targets, text = items_of(
        "区民政局负责牵头组织，以各街道为责任单位，新建社区食堂30家，9月底前完成。")
    assert (lead, resp, str(deadline)[5:], targets) == (["区民政局"], ["各街道"], "09-30", [(30.0, "家")])
    assert "新建社区食堂30家" in text and "区民政局" not in text and "责任单位" not in text
    lead, resp, deadline, targets, text = items_of("县卫健委牵头负责落实，统筹推进医养结合，年底前建成护理床位200张。")
    assert (lead, str(deadline)[5:], targets) == (["县卫健委"], "12-31", [(200.0, "张")])
    assert "统筹推进医养结合" in text


def test_a_lead_sentence_with_a_partner_reads_it_as_responsible():
    lead, resp, _d, _t, text = items_of("区民政局负责牵头组织，会同区卫健委开展评估，全年评估老人800人次。")
    assert (lead, resp) == (["区民政局"], ["区卫健委"])
    assert "会同区卫健委开展评估" in text
    lead, resp, *_ = items_of("区民政局负责牵头推进，区财政局配合，完成适老化改造100户。")
    assert (lead, resp) == (["区民政局"], ["区财政局"])


def test_a_lead_sentence_near_misses_name_no_partner_and_two_units_parts_give_none():
    lead, resp, *_ = items_of("区民政局负责牵头组织，会同研究制定补贴办法，完成适老化改造100户。")
    assert (lead, resp) == (["区民政局"], [])      # (会同 a verb: no unit)
    lead, resp, *_ = items_of("区民政局负责牵头组织，会同有关方面研究制定办法。")
    assert lead == ["区民政局"] and resp in ([], ["有关方面"])
    lead, resp, _d, _t, text = items_of("区民政局负责牵头组织，区财政局负责资金保障。")
    # round 31: CONVENTIONS.md rule 2 — 「A负责牵头」 lead A and 「B负责…」 responsible B (负责 is rule 2's verb: not
    # the payer form 「由B承担／保障＋cost」); the clause stays in the text
    assert (lead, resp) == (["区民政局"], ["区财政局"]) and "区财政局负责资金保障" in text


def test_a_numbered_attachment_or_table_in_a_run_in_line_is_no_next_section():
    body = ("一、工作目标确保安全度汛。二、工作任务1、各村按要求填报，表格详见附件三、附件四填报要求：每月5日前报送。"
            "2、做好值班。三、保障措施（一）加强领导。（二）强化值守。")
    got = run_in(body)
    assert [n for p, n in got if p == ["二"]] == ["1", "2"]
    assert [n for p, n in got if p == ["三"]] == ["一", "二"]
    body = ("一、工作目标确保安全度汛。二、工作任务1、各村按要求填报，格式见附表三、报送要求：每月5日前报送。"
            "2、做好值班。")
    assert [n for p, n in run_in(body) if p == ["二"]] == ["1", "2"]
    # a cut word before the number, and the section's own 三、 after a stop further on: this one is none
    body = ("一、工作目标确保安全度汛。二、工作任务1、各村按要求填报，清单详见附O三、附O四填报要求：每月5日前报送。"
            "2、做好值班。三、保障措施（一）加强领导。")
    assert [n for p, n in run_in(body) if p == ["三"]] == ["一"]


def test_bar_line_table_a_task_cell_wrapped_over_many_lines_keeps_the_rows_after_it():
    long_cell = "\n".join(["推进供水管网改造，", "更换老旧管道，", "新建加压泵站，", "完善水质监测，",
                           "开展二次供水整治，",
                           "建立巡检制度，", "提升供水保障能力。"])
    text = ("某县城乡供水保障工作任务分解表\n" + bars(
        ["主要任务", "完成时间", "牵头单位", "配合单位"],
        ["编制供水规划。", "3月底前", "县水利局", "县发改局"],
        [long_cell, "年底前", "县水务公司", "县住建局"],
        ["开展水源地巡查。", "6月底前", "县生态环境局", "各乡镇"]))
    got = tasks(parse_text(text))
    assert [g[0] for g in got] == ["编制供水规划", "推进供水管网改造", "开展水源地巡查"]
    assert [str(g[3])[-5:] if g[3] else None for g in got][0] in ("03-31", None)
    assert got[2][1] == ["县生态环境局"]


def test_bar_line_table_a_task_cell_ending_in_a_unit_like_word_is_one_sentence():
    text = ("某县卫生健康重点任务分解表\n" + bars(
        ["主要任务", "责任单位", "完成时限"],
        ["建设村卫生室\n12所", "县卫健委\n县财政局", "年底前"],
        ["推进县中医院\n康复中心", "县卫健委", "10月底前"]))
    got = tasks(parse_text(text))
    assert [g[0] for g in got] == ["建设村卫生室12所", "推进县中医院康复中心"]
    assert got[0][1:3] in ((["县卫健委", "县财政局"], []), ([], ["县卫健委", "县财政局"]))


def test_a_unit_cell_naming_its_unit_before_another_time_keeps_the_unit():
    def partners(cell: str) -> list[str]:
        text = ("某市2024年城市管理工作方案\n\n序号 | 任务名称 | 具体内容 | 牵头单位 | 配合单位\n"
                f"1 | 开展专项整治 | 整治违建100处 | 市城管局 | {cell}\n"
                "2 | 推进数字化 | 建设平台1个 | 市大数据局 | 市财政局\n")
        return parse_text(text).tasks[0].responsible_units
    assert partners("县住建局另行明确") == ["县住建局"]
    assert partners("由县政府另行确定") == []          # (the one who will name it: no unit of the task)
    assert partners("按市政府通知另行下达") == []
    assert partners("另行确定") == []


def test_an_item_opening_with_its_year_or_a_hotline_number_is_the_next_item():
    body = ("为推进公路建设,制定本方案:一、工作目标:全年新改建公路80公里。二、主要任务:1、完成县乡道改造40公里。"
            "2、2025年底前完成村道硬化30公里。3、12345热线诉求按期办结。4、推进桥梁加固。")
    assert [n for p, n in run_in(body) if p == ["二"]] == ["1", "2", "3", "4"]


def test_a_year_list_or_range_after_a_number_is_no_item():
    body = ("为推进公路建设,制定本方案:一、工作目标:全年新改建公路80公里。二、主要任务:完成县乡道改造40公里。"
            "2、2024年、2025年分两批实施。3、2024年至2025年推进桥梁加固。")
    assert [n for p, n in run_in(body) if p == ["二"]] == []


def test_a_unit_name_column_is_no_title_column():
    text = ("某市2024年重点工作任务分解\n\n序号 | 单位名称 | 工作内容 | 完成时限\n"
            "1 | 市发改委 | 开展营商环境评价，力争进入全省前10名 | 2024年底\n"
            "2 | 市财政局 | 完成预算绩效评价 | 2024年底\n")
    assert all(t.title not in ("市发改委", "市财政局") for t in parse_text(text).tasks)
