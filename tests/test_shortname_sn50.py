"""Round 50: a short name is the work, not its setting, its doer, nor a clause's predicate (made-up titles).

The shapes (desktop/core/parse/shortname.py): a level heading before the work (区级层面：建立…), a subject's resolve
before the work (思想高度重视，切实加强…), a day before the verb (3月21日下午召开…), a subject and its predicate
(人数比例提高, 水面环境卫生干净, 政策得到落实, 食用碘盐是安全的), a purpose before the thing (为…实施的…项目), a list
summed up by a noun after 等 (…、…等公共服务设施), a thing given to a unit (…由县运管局负责组织). Each shape has a
near miss whose name was already right and stays.
"""

from __future__ import annotations

from desktop.core.parse.shortname import suggest_short_name as name


# --- a level heading is the setting: the work after it is the name -----------------------------------------
def test_a_level_heading_before_the_work_gives_way():
    assert name("区级层面：建立区级垃圾中转场地专项协调机制") == "垃圾中转场地专项协调机制"
    assert name("镇级层面：一是加强日常巡查") == "日常巡查"            # (一是 is no part of the work)


def test_a_level_heading_alone_stays():
    assert name("区级层面") == "区级层面"
    assert name("意见建议方面") == "意见建议方面"


# --- a subject's resolve before the work --------------------------------------------------------------
def test_a_resolve_before_the_work_gives_way():
    assert name("思想高度重视，切实加强安全检查组织领导") == "安全检查组织领导"
    assert name("全社会共同努力，持续消除地方病危害") == "消除地方病危害"


def test_a_resolve_alone_stays():
    assert name("务必高度重视") == "高度重视"
    assert name("高度重视，加强领导") == "高度重视"        # (no subject: the title's words, not a slogan's)


# --- a day before the verb ---------------------------------------------------------------------------
def test_a_day_before_the_verb_goes():
    assert name("3月21日下午召开全区防汛工作专题会议，进行再部署") == "全区防汛工作专题会议"
    assert name("4月8日公布评选结果") == "评选结果"


def test_a_day_that_is_the_name_stays():
    assert name("6月16日当天") == "6月16日当天"
    assert name("6月底前完成全县排水管网排查") == "全县排水管网排查"       # (a deadline: as before)


# --- a subject and its predicate: the subject -----------------------------------------------------------
def test_a_subject_and_its_predicate_keep_the_subject():
    assert name("城镇职工参加志愿服务的人数比例提高") == "城镇职工参加志愿服务比例"   # whose share
    assert name("学生体质健康优良率提高") == "学生体质健康优良率"
    assert name("消防救援实力得到增强") == "消防救援实力"
    assert name("居民文明素养逐步提高，社会氛围更好") == "居民文明素养"
    assert name("河道水面环境卫生干净、整洁") == "河道水面环境卫生"
    assert name("食用碘盐是安全的") == "食用碘盐安全"


def test_a_work_or_a_quality_name_stays():
    assert name("提升社区服务水平") == "社区服务水平"          # a verb opens it: the object, as before
    assert name("教师专业能力提升") == "教师专业能力提升"       # 能力提升 is a name, no quantity before 提升
    assert name("高速公路养护质量提升") == "高速公路养护质量提升"   # (质量: a quality, not a quantity)
    assert name("送审材料是否完整") == "送审材料是否完整"        # a question, not a statement


# --- a purpose before the thing ------------------------------------------------------------------------
def test_a_purpose_before_the_thing_gives_way():
    assert name("为提高资源利用率、促进节能降耗发展实施的节能降耗项目") == "节能降耗项目"
    assert name("对经鉴定由施工质量问题引起的房屋安全整改处置费用") == "房屋安全整改处置费用"


# --- a list summed up by a noun after 等 -------------------------------------------------------------
def test_a_list_summed_up_by_a_noun():
    assert name("营利性的文化、教育、体育、养老福利、菜场等公共服务设施") == "公共服务设施"
    assert name("大型商业综合体、批发市场、学校、商住混合体等人员密集场所") == "人员密集场所"


def test_a_list_with_a_generic_or_a_clause_after_its_deng_stays_as_before():
    # 等工作机制 is generic; 等方式入市 and 等作业或者动用明火 are the clause going on: not the name
    assert name("县农业农村局务必落实好专家技术团队、领导干部抓片和技术人员包乡等工作机制") == "专家技术团队"
    assert "入市" not in name("农村集体经营性建设用地以出让、租赁、作价出资等方式入市的")


# --- a thing given to a unit ---------------------------------------------------------------------------
def test_a_thing_given_to_a_unit_is_the_thing():
    assert name("医疗卫生人员由县卫健局负责组织") == "医疗卫生人员组织"
    assert name("各村的山下造林任务由各村负责") == "山下造林任务"
    assert name("举办科技创新讲座由县科委牵头") == "科技创新讲座"
    assert name("本实施意见由某某街道办事处负责解释") == "本实施意见解释"
    assert name("场站保安、保洁工作应由具备资质的专业单位负责") == "场站保安、保洁工作"


def test_a_unit_doing_the_work_stays_as_before():
    assert name("区教育局负责做好校舍安全隐患排查") == "校舍安全隐患排查"


# --- an article headed in 【】 --------------------------------------------------------------------------
def test_a_heading_in_square_brackets_loses_them():
    assert name("【变更情形】") == "变更情形"
    assert name("（项目储备）") == "项目储备"
