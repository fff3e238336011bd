"""Round 38 (p38a), page openings and run-together text: items run together in one line with their fields glued to
their names, a 「十 三、」 split by a space, a page opening mid-list under the site's line, a first item run into its
section heading where the page ends inside it, items numbered inside a paragraph after a lead-in that sets work
going, and a first 「一)」 that lost its opening bracket. Made-up snippets written the way such pages are printed."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.run_together import break_glued_fields, join_split_tens, lost_open_brackets


def _by_number(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.number: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


# a site's chunk lines 1、 2、 3、, each holding several run-together items with their fields
CHUNKS = ("1、庆祝国庆系列活动方案 一、举办文艺汇演活动 区文化馆组织文艺骨干排练节目,丰富群众文化生活。时间:9月下旬"
          "责任单位:区文化馆 二、开展敬老慰问活动时间:10月份 责任单位:区民政局、区老龄办 三、组织升旗仪式活动 各学校按"
          "要求组织师生参加升旗仪式,弘扬爱国精神。 时间:10月1日 责任单位:区教育局 四、开展志愿服务活动 结合社区实际,"
          "组织开展志愿服务活动。时间:待定 责任单位:团区委 五、开展\n"
          "2、“书香社区读书活动 各社区组织居民开展读书分享会时间:9月下旬责任单位:区图书馆 参与单位:各社区 六、举办"
          "全区第五届职工运动会时间:10月份 牵头单位:区总工会承办单位:区体育中心 七、组织开展“我和我的祖国征文活动时间:"
          "9-10月份责任单位:区文联 八、开展安全生产宣传活动时间:9月份 责任单位:区应急局 九、区工商联开展“企业开放日"
          "活动时间:10月上旬 牵头单位:区工商联 十、区妇联开展“最美家庭评选活动时间:10月中旬牵头单位:区妇联 "
          "十一、区青年\n"
          "3、商会开展“青春建功活动时间:10月下旬牵头单位:团区委 十二、举办“国庆主题座谈会时间:9月30日"
          "责任单位:区委宣传部十 "
          "三、开展“红色观影周活动时间:10月上旬牵头单位:区委宣传部 参与单位:各街道十 四、举办“少年宣讲团活动时间:10月 "
          "牵头单位:团区委承办单位:区少工委 十五、开展“送")


def test_run_together_items_read_with_their_glued_fields():
    tasks = _by_number(CHUNKS)
    assert len(tasks) == 15
    assert tasks["二"] == ([], ["区民政局", "区老龄办"])
    assert tasks["六"] == (["区总工会"], ["区体育中心"])
    assert tasks["七"] == ([], ["区文联"])          # (时间:9-10月份责任单位:…: the units label glued after a range)
    assert tasks["八"] == ([], ["区应急局"])
    assert tasks["十二"] == ([], ["区委宣传部"])     # (not 「区委宣传部十」: the 十 is 十三's)
    assert tasks["十三"][0] == ["区委宣传部"]
    assert tasks["十四"] == (["团区委"], ["区少工委"])


def test_split_tens_joined_only_after_a_word():
    assert join_split_tens("责任单位:区民政局十 三、开展") == "责任单位:区民政局十三、开展"
    # (第十 三、 / 二十 三、 / a 十 after a space: no next number's start)
    assert join_split_tens("第十 三、开展") == "第十 三、开展"
    assert join_split_tens("共二十 三、开展") == "共二十 三、开展"
    assert join_split_tens("十 三、开展") == "十 三、开展"


def test_glued_time_field_only_before_a_units_label():
    assert break_glued_fields("二、开展敬老慰问活动时间:10月份责任单位:区民政局") == \
        "二、开展敬老慰问活动\n时间:10月份\n责任单位:区民政局"
    # near misses: no units label after the time; a line that opens with no item number
    assert break_glued_fields("二、开展敬老慰问活动时间:10月份。") == "二、开展敬老慰问活动时间:10月份。"
    assert break_glued_fields("开展敬老慰问活动时间:10月份责任单位:区民政局") == \
        "开展敬老慰问活动时间:10月份责任单位:区民政局"


PAGE_TWO = ("发布时间:2019-07-02 09:15 来源:区双拥办\n"
            "4、国庆期间,举办军民联欢晚会,丰富官兵文化生活。具体工作由区文化馆负责,区双拥办配合。\n"
            "5、9月20日,组织青少年参观国防教育基地。具体工作由团区委负责,区教育局配合。\n"
            "6、9月下旬,组织医疗队为重点优抚对象义诊。具体工作由区卫健局负责,区人民医院配合。\n"
            "三、活动要求\n"
            "1、加强领导。各单位要高度重视,精心组织。\n"
            "2、注重实效。各承办单位要认真实施,务求实效。\n")


def test_page_opening_mid_list_under_the_site_line():
    tasks = [t for t in parse_text(PAGE_TWO).tasks if not t.path]
    assert [t.number for t in tasks] == ["4", "5", "6"]
    assert tasks[1].responsible_units == ["团区委", "区教育局"]


def test_page_opening_mid_list_under_a_sentence_stays_preamble():
    text = PAGE_TWO.replace("发布时间:2019-07-02 09:15 来源:区双拥办", "为做好国庆期间双拥工作,特制定本方案。")
    assert not any(t.number == "4" and not t.path for t in parse_text(text).tasks)


ONE_LINE = ("2022年镇环境整治专项工作方案为深入推进人居环境整治,特制定本方案。一、工作目标全镇所有村庄达到"
            "干净整洁有序。"
            "二、重点任务(一)抓好“三清”工作1.清理村内垃圾。各村要组织保洁员每周清扫一次,确保每个村有3名保洁员,年底前实现全覆盖,"
            "每月开展集中清理2次以上")


def test_first_item_run_into_its_heading_where_the_page_ends():
    plan = parse_text(ONE_LINE)
    paths = [(t.path, t.number) for t in plan.tasks]
    assert (["二", "一"], "1") in paths


def test_items_inside_a_paragraph_after_a_work_lead_in():
    text = ("某镇安全宣传方案\n一、宣传内容\n（一）法规宣传。广泛宣传安全生产法律法规。\n二、宣传形式\n（一）集中宣传\n"
            "集中宣传由镇安委办组织,重点开展“三个一”活动:1.办好一期宣传栏。各村利用宣传阵地张贴海报。"
            "2.悬挂一批横幅;各村在醒目位置悬挂横幅。3.组织一次宣讲活动。组织干部进村入户宣讲。\n"
            "（二）网络宣传。利用微信群推送安全知识。\n")
    numbers = [(t.path, t.number) for t in parse_text(text).tasks]
    assert (["二", "一"], "1") in numbers and (["二", "一"], "3") in numbers
    # a near miss: a list of things (包括:) stays the paragraph's text
    listed = text.replace("重点开展“三个一”活动:", "宣传材料包括:")
    assert (["二", "一"], "1") not in [(t.path, t.number) for t in parse_text(listed).tasks]


def test_first_item_lost_its_opening_bracket():
    assert lost_open_brackets("标题\n一)\n改厕工作\n各地要…\n(二)\n垃圾治理\n") == \
        "标题\n（一）\n改厕工作\n各地要…\n(二)\n垃圾治理\n"
    # no （二） after it: text
    assert lost_open_brackets("标题\n一)\n改厕工作\n各地要…\n") == "标题\n一)\n改厕工作\n各地要…\n"


STAGES = ("某镇专项整治实施方案 为推进专项整治,制定本方案。 一、指导思想 以新发展理念为指引,推进专项整治。 "
          "二、方法步骤 "
          "这次专项整治分为两个阶段: 第一阶段:排查摸底阶段(2023年3月至6月) 结合实际,制定工作方案;深入排查,建立台账。 "
          "第二阶段:集中整治阶段(2023年7月至12月) 对排查出的问题逐项整改,确保整改到位。 三、工作要求 各村要高度重视,"
          "精心组织,确保整治工作取得实效。")


def test_stage_paragraphs_inside_a_run_together_section_are_its_items():
    numbers = [(t.path, t.number) for t in parse_text(STAGES).tasks]
    assert (["二"], "第一阶段") in numbers and (["二"], "第二阶段") in numbers


def test_one_stage_alone_stays_text():
    one = STAGES.replace("这次专项整治分为两个阶段: ", "").replace(
        " 第二阶段:集中整治阶段(2023年7月至12月) 对排查出的问题逐项整改,确保整改到位。", "")
    assert not any(t.number.startswith("第") for t in parse_text(one).tasks)
