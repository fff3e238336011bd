"""Page openings (round 63, p63e): a preview's first chunk that prints the title twice (the second time with a piece
mark run into the preamble) is a chunk, its 1、 no item; a point's lead-in 完成时限 dates the items under it; a page's
titles — the site's spaced file-name words over the text's own title with its year (printed or masked), a model
text's piece head 「…方案范文 篇1」 or 「…方案范文(通用N篇)1」 under the site's shorter headline, rules a cover issues
in 《》 (…规定(试行)) printed below it, a rules' title line 「…制度」 under the site's shorter headline (an article line
第N条 never a title). Made-up texts."""

from desktop.core.parse import parse_text

_FILLER = "全面推进人居环境整治,统筹各方力量,建设整洁有序、美丽宜居的乡村," * 3

CHUNKED = ("1、东坡社区美化方案 东坡社区美化方案二为改善社区面貌,根据街道工作部署,经社区两委研究," + _FILLER
           + "特制定本方案。 一、主要任务 (一)开展环境整治。全面清理楼道杂物和卫生死角,三清完成时限:2031年9月底。 "
           "1、清楼道。 工作要求。彻底清理楼道内堆放的杂物,疏通消防通道,消灭卫生\n"
           "2、死角。 工作标准。楼道内无堆放杂物。 2、清绿地。 工作要求。清理绿地内的建筑垃圾和生活垃圾,补种缺损苗木。"
           " 工作标准。绿地整洁无垃圾。" + _FILLER + "社区居民共同参与,形成长效机制,巩固整治成果,持续提升居民满意度,"
           "把社区建设成为环境优美、秩序井然的美好家园。 3、清外墙。 工作要求。清除外墙小广告和乱涂乱画,做到墙面整洁\n"
           "3、干净。 (二)开展绿化提升。在社区空地补植花木,做到应绿尽绿。")


def test_a_chunked_preview_that_prints_its_title_twice_reads_its_own_items() -> None:
    plan = parse_text(CHUNKED)
    assert plan.title == "东坡社区美化方案"
    titles = [t.title for t in plan.tasks]
    assert titles[:3] == ["清楼道", "清绿地", "清外墙"]
    by_title = {t.title: t for t in plan.tasks}
    for name in ("清楼道", "清绿地", "清外墙"):      # the lead-in's 完成时限 dates the items under it
        assert by_title[name].deadline is not None and by_title[name].deadline.startswith("2031-09")
    assert "卫生死角" in by_title["清楼道"].text     # the chunk mark 2、 cut a word: no item


SPACED = ("2031 重阳节 敬老 系列 活动 方案\n"
          "XX年重阳节敬老系列活动方案 一、活动主题 关爱老人,弘扬敬老美德。二、活动内容 (一)各村要开展走访慰问活动,"
          "看望辖区内高龄老人。(二)镇卫生院要组织医务人员为老人义诊。\n")


def test_spaced_file_name_words_over_the_texts_title_with_a_masked_year() -> None:
    assert parse_text(SPACED).title == "XX年重阳节敬老系列活动方案"


MODEL = """清明节文明祭扫的宣传方案范文 篇1
为倡导文明祭扫新风,营造清明节期间安全有序的良好氛围,结合本镇实际,制定本方案。
一、广泛开展宣传活动
各村要利用广播、标语等多种方式宣传文明祭扫。
二、加强巡查值守
镇林业站要组织人员在重点林区开展巡查。
"""

COUNTED = """河湾村环境整治方案

2031-03-02 方案

下面是小编整理的河湾村环境整治方案范文(通用8篇),希望对大家有所帮助。

河湾村环境整治方案范文(通用8篇)1

为改善村容村貌,结合本村实际,制定本方案。

一、清理村内垃圾

村委会要组织人员清理村内积存垃圾。
"""


def test_a_model_texts_piece_head_less_its_counter_is_the_title() -> None:
    assert parse_text(MODEL).title == "清明节文明祭扫的宣传方案范文"
    assert parse_text(COUNTED).title == "河湾村环境整治方案范文"


RULES_COVER = """各村(居)委会、各科室、有关单位:
《东岭镇消防安全工作职责规定(试行)》已经镇党委会研究同意,现予印发,请认真贯彻执行。
东岭镇人民政府
2031年5月6日
东岭镇消防安全工作职责规定(试行)
为了明确消防安全工作职责,结合本镇实际,制定本规定。
一、镇长消防安全职责
1.每年至少组织召开1次消防安全工作会议,研究消防安全重大问题。
2.督促各村落实消防安全责任。
"""


def test_rules_a_cover_issues_in_marks_and_prints_below_give_the_title() -> None:
    assert parse_text(RULES_COVER).title == "东岭镇消防安全工作职责规定(试行)"


HEADLINE_RULES = """某某范文网 范文大全

消防管理制

发布时间:2031-04-01 10:20:30 来源:范文大全 收藏本文

某街道消防管理制度

第一章

总则

第一条 为了加强消防安全管理,结合本街道实际,制定本制度。

第二条 社区居委会应当按照本制度落实消防安全责任。

第三条 消防管理责任分工

街道办事处对辖区消防安全工作负领导责任。
"""

GRID = """社区网格员管理制度
某镇某社区网格员管理制度
一、网格长:负责对本网格员的日常管理。
二、网格员:负责本网格内信息的收集、上报。
"""


def test_a_rules_title_below_the_sites_shorter_headline_and_no_article_line() -> None:
    assert parse_text(HEADLINE_RULES).title == "某街道消防管理制度"
    assert parse_text(GRID).title == "某镇某社区网格员管理制度"


NEAR_MISSES = [
    # a headline that is the title with no fuller line below it stays the title
    ("社区志愿服务管理制度\n一、志愿者要按时参加服务活动。\n二、社区居委会负责志愿者的登记和管理。\n",
     "社区志愿服务管理制度"),
    # a plan's own piece head with its plan word keeps its counter left out as before
    ("农村人居环境整治方案 篇1\n为改善人居环境,制定本方案。\n一、各村要清理垃圾。\n", "农村人居环境整治方案"),
]


def test_near_misses_keep_their_titles() -> None:
    for text, title in NEAR_MISSES:
        assert parse_text(text).title == title


ROLE_DUTIES = """某镇某社区楼栋管理制度
社区楼栋管理实行两级管理:
社区居民委员会
楼栋长
一、社区居民委员会:负责组织对楼栋长的培训和考核。
二、楼栋长:在做好本职工作的同时,认真做好楼栋内的走访、登记等基础工作,并负责收集居民意见。
三、楼栋长的职责
1、熟悉本楼栋住户基本情况。
2、负责本楼栋安全隐患的排查、上报。
"""


def test_a_role_headed_duty_list_gives_a_task_to_each_holder() -> None:
    plan = parse_text(ROLE_DUTIES)
    by_path = {"/".join([*t.path, t.number]): t for t in plan.tasks}
    assert set(by_path) == {"一", "二", "三/1", "三/2"}
    assert by_path["一"].responsible_units == ["社区居民委员会"]
    assert by_path["二"].responsible_units == []          # a post is a person, no unit


ARTICLES = """某镇消防安全责任制度
第一条 为了加强消防安全管理,制定本制度。
第二条 村委及其相关站所是消防安全监督管理工作的主体,应当对本区域内的消防安全工作承担监督管理责任。
第三条 镇消防办应当每月组织一次消防安全检查。
"""


def test_a_body_named_the_subject_of_the_work_is_its_doer() -> None:
    plan = parse_text(ARTICLES)
    second = next(t for t in plan.tasks if t.number == "2")
    assert second.responsible_units == ["村委", "相关站所"]


COLUMNS = ("某县春节文化活动实施方案 一、活动主题 欢乐祥和过大年,丰富群众节日文化生活,营造喜庆氛围。"
           "二、主办单位 县委宣传部、县文化局 三、活动内容 要求及责任单位 (一)举办书画展览内容要求:组织书画作品征集,"
           "2031年1月在县文化馆集中展出。各乡镇要做好作品推荐工作。责任单位:县文化馆责任人:张某 "
           "(二)举办灯谜竞猜内容要求:2031年1")


def test_a_heading_naming_the_items_columns_is_no_unit() -> None:
    plan = parse_text(COLUMNS)
    units = {t.number: t.responsible_units for t in plan.tasks}
    assert units == {"一": ["县文化馆"], "二": []}


ORGANISATION = """某镇清明节文明祭扫工作方案
为做好清明节文明祭扫工作,制定本方案。
一、指导思想
以安全文明为目标,倡导绿色祭扫新风尚。
二、组织机构
为加强对文明祭扫工作的领导,特成立清明节文明祭扫工作领导小组,其组成人员如下:组长由镇长担任,副组长由分管副镇长担任,各村党支部书记为成员。
领导小组下设办公室在镇民政办,由民政办主任兼任办公室主任,负责对整个祭扫活动进行统筹协调。
三、工作内容
(一)加强宣传。各村要通过广播宣传文明祭扫。
(二)加强巡查。镇林业站要组织人员在重点林区巡查。
"""

ROSTER_ONLY = ORGANISATION.replace("兼任办公室主任,负责对整个祭扫活动进行统筹协调。\n", "兼任办公室主任。\n")


def test_a_group_set_up_whose_office_is_charged_is_a_task_naming_none() -> None:
    tasks = parse_text(ORGANISATION).tasks
    second = [t for t in tasks if t.number == "二" and not t.path]
    assert len(second) == 1 and second[0].responsible_units == []
    # a composition with an office seated and no verb of work stays a section
    assert not [t for t in parse_text(ROSTER_ONLY).tasks if t.number == "二" and not t.path]


VISITS = """某镇春节走访慰问方案
一、慰问时间
2031年1月20日至1月28日。
二、慰问对象
1、困难党员、低保户等困难群众。
2、离退休老干部。
三、工作要求
1、各村要安排专人陪同慰问。
2、镇财政所负责慰问资金的拨付。
"""


COUNTED_VISITS = VISITS.replace("2、离退休老干部。", "2、离退休老干部15人,具体人员由各村确定。")


def test_a_list_of_whom_the_work_visits_gives_no_tasks() -> None:
    paths = {"/".join([*t.path, t.number]) for t in parse_text(VISITS).tasks}
    assert paths == {"三/1", "三/2"}
    # a list that counts whom it names and sets who picks them is read as ever
    counted = {"/".join([*t.path, t.number]) for t in parse_text(COUNTED_VISITS).tasks}
    assert {"二/1", "二/2"} <= counted


REQUIREMENTS = """某区2031年重点工作任务分解方案
一、重点任务
(一)新建社区养老服务设施8个。牵头单位:区民政局。完成时限:12月底前。
(二)新增城镇就业1万人。牵头单位:区人社局。完成时限:12月底前。
二、工作要求
(一)压实工作责任。各牵头单位要细化工作措施,于3月10日前将落实方案报区政府督查室备案。
(二)按时报送情况。各牵头单位于6月20日前报送半年工作总结,11月20日前报送全年工作总结。
(三)强化督查考核。区政府督查室对各项任务落实情况实行月调度、季通报。
"""

STAGES = """某区2031年环境整治方案
一、整治任务
(一)清理垃圾。各街道要清理辖区内积存垃圾。
二、工作步骤
(一)动员部署阶段。各街道于3月10日前完成动员部署。
(二)集中整治阶段。各街道于6月30日前完成集中整治。
(三)总结验收阶段。各街道于11月20日前完成总结验收。
"""


def test_a_requirements_sections_dated_paragraphs_are_no_phases() -> None:
    assert parse_text(REQUIREMENTS).phases == []
    assert len(parse_text(STAGES).phases) == 3            # named stages with their dates stay the plan's phases


SCOPE = """某村环境卫生管理方案
一、工作任务
1. 村委会要组织保洁员每日清扫村内道路。
2. 村委会要每月开展一次卫生检查。
二、适用范围
本方案适用于本村范围内的各类环境卫生事项,主要包括:
1. 道路卫生:如村内主干道、巷道的
"""


def test_the_cases_a_scope_section_lists_are_no_tasks() -> None:
    paths = {"/".join([*t.path, t.number]) for t in parse_text(SCOPE).tasks}
    assert paths == {"一/1", "一/2"}


CUT_PAGE = """某镇防汛工作方案
一、主要任务
1. 对辖区内河道堤坝进行全面检查。
2. 储备足够的防汛抢险物资。
二、应急处置
1. 启动应急预案,各级领导立即到岗到位;
2. 组织力量巡查险情;
3. 及时向"""

CUT_WITH_VERB = CUT_PAGE[:-3] + "对受灾群众进行转移"


def test_a_line_the_page_cut_before_its_verb_is_no_leaf() -> None:
    paths = {"/".join([*t.path, t.number]) for t in parse_text(CUT_PAGE).tasks}
    assert "二/3" not in paths and {"一/1", "一/2", "二/1", "二/2"} <= paths
    # a cut line that prints its verb of work stays a leaf
    assert "二/3" in {"/".join([*t.path, t.number]) for t in parse_text(CUT_WITH_VERB).tasks}


HOLIDAY = """各科室、各站所:
根据上级通知精神,2031年劳动节放假时间为:5月1日至5日放假,共5天。现将节日期间有关事项通知如下:
一、严格值班制度
节假日期间,各科室要安排好值班,值班电话要保持畅通。
二、卫生工作
放假前一天,全体干部职工要彻底清扫办公区域内外卫生。
特此通知。
2031年4月28日
"""


def test_the_day_before_the_holiday_the_plan_prints() -> None:
    tasks = {t.number: t for t in parse_text(HOLIDAY).tasks}
    assert tasks["二"].deadline == "2031-04-30"
