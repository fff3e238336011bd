"""Round 49: a short name is cut at a word's end, never ten characters into a longer run (made-up titles).

The rule (desktop/core/parse/shortname_cut.py): an object of up to twelve characters stays whole; a longer one is
cut after a head noun (项目/机制/体系/设施/中心…), before a particle or a list mark, after a closed quote, before a
number or a verb inside it — never inside a number, a quote or a bracket — keeping its end (the head) when it can.
"""

from __future__ import annotations

from desktop.core.parse.shortname import suggest_short_name as name
from desktop.core.parse.shortname_cut import balanced, word_cut


# --- an object of 11–12 characters is kept whole, not cut at ten --------------------------------------
def test_a_twelve_character_object_stays_whole():
    assert name("建立社区助老志愿服务协商机制") == "社区助老志愿服务协商机制"         # not 社区助老志愿服务协商
    assert name("市交通委加快建设全市停车资源共享信息平台") == "全市停车资源共享信息平台"
    assert name("开展村居公共服务设施提档升级") == "村居公共服务设施提档升级"


# --- a longer object keeps its head: the end after a word boundary ----------------------------------------
def test_a_long_object_keeps_its_head():
    assert name("实施城乡道路照明设施智能化改造") == "照明设施智能化改造"
    assert name("深化小微企业融资担保服务专项治理") == "融资担保服务专项治理"
    assert name("推进滨河新区九年一贯制学校建设") == "九年一贯制学校建设"            # not 滨河新区九年一贯制
    assert name("加快长江沿线危险化学品运输车辆联网联控信息系统建设") == "联网联控信息系统建设"
    assert name("完善街镇垃圾分类长效管理工作体系") == "垃圾分类长效管理工作体系"      # after a place


def test_a_count_before_the_object_is_no_part_of_it():
    assert name("实施12个老旧小区雨污管网改造") == "老旧小区雨污管网改造"
    assert name("开展一次防汛应急演练") == "防汛应急演练"


# --- never inside a number, a quote, a numbered article -----------------------------------------------------
def test_never_inside_a_number():
    assert name("城镇居民人均可支配收入增长6.5%左右") == "城镇居民人均可支配收入"
    assert name("全年新增城镇就业岗位3000个以上") == "全年新增城镇就业岗位"
    assert name("违反本条例第二十七条第一款规定") == "违反本条例第二十七条"          # not 违反本条例第二十七条第


def test_a_quoted_title_is_kept_whole_or_not_opened():
    assert name("落实《历史风貌区保护管理办法》") == "历史风貌区保护管理办法"
    assert name("推广“一网通办”政务服务") == "“一网通办”政务服务"
    got = name("落实《上海市历史风貌区和优秀历史建筑保护条例》")
    assert balanced(got) and 4 <= len(got) <= 12


# --- a clause cut before the word it goes on with -----------------------------------------------------------
def test_a_clause_is_cut_before_its_predicate():
    assert name("小微企业贷款担保方式以信用为主") == "小微企业贷款担保方式"       # not 小微企业贷款担保方式以
    assert name("有关景区要认真开展节前安全检查") == "节前安全检查"


# --- near misses: names that were right stay -----------------------------------------------------------------
def test_names_already_right_stay():
    assert name("推进养老服务立法") == "养老服务立法"
    assert name("建设街道养老服务中心") == "街道养老服务中心"
    assert name("推动老年助餐服务点和社区食堂建设") == "老年助餐服务点"                # the first of a list, as before
    assert name("县教育局应当加强对校车安全工作的监督") == "校车安全工作"
    assert name("建设一批区域医疗中心") == "一批区域医疗中心"                        # 一批 is the task's size


# --- word_cut on its own -------------------------------------------------------------------------------------
def test_word_cut_pieces():
    assert word_cut("社区助老志愿服务协商机制") == "社区助老志愿服务协商机制"            # fits: whole
    assert word_cut("嘉兴路街道菊园新区九年一贯制学校") == "菊园新区九年一贯制学校"     # after a place word
    assert word_cut("河道管理单位应当对堤防进行巡查") != "河道管理单位"                  # no unit as a name
    assert not word_cut("某某某某某某某某某某某某某某", fallback=False)                  # no boundary: nothing
    assert word_cut("某某某某某某某某某某某某某某") == ""        # nor with it: no ten cut inside a word (w53e, ux53)


def test_no_name_ends_on_a_time_or_opens_a_clause():
    got = word_cut("受理窗口收到申请后进行初审并上报街道复审")
    assert not got.endswith(("后", "前", "时")) and not got.startswith(("在", "为", "于"))
