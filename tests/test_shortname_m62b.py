"""Round 62 (m62b, finding 3): a short name ends at a word a reader accepts — never on the first half of a
two-character word holding a list mark (参与's 与, 及时's 及, 和谐's 和, 平等's 等, 并网's 并), which the cut
took for the mark 「民营企业参」. Real task titles of several shapes (from the tuned plans and plans as written)."""

from __future__ import annotations

import pytest

from desktop.core.parse.shortname import suggest_short_name as name
from desktop.core.parse.shortname_cut import bound_mark, strip_marks, word_cut


@pytest.mark.parametrize(("title", "short"), [
    # who takes part and in what: whole where it fits, else what they take part in
    ("支持民营企业参与重大项目建设", "民营企业参与重大项目建设"),
    ("引导支持民间投资参与重点领域建设", "民间投资参与重点领域建设"),
    ("推动民营企业参与城市更新行动", "民营企业参与城市更新行动"),
    ("支持民营企业参与国有企业混合所有制改革", "国有企业混合所有制改革"),
    ("积极引导社会力量参与公共文化服务体系建设", "公共文化服务体系建设"),
    ("推动民营企业参与“一带一路”建设", "“一带一路”建设"),
    ("动员全乡干部群众参与义务植树,增强生态环保意识", "全乡干部群众参与义务植树"),
    ("鼓励群众参与", "群众参与"),
    # (judged in shortname_judged.json: 「社会力量广泛参」 bad, 「社会力量广泛参与文物」 usable)
    ("社会力量广泛参与文物保护利用的格局基本形成", "社会力量广泛参与文物保护"),
    ("倡导绿色低碳全民参与", "倡导绿色低碳全民参与"),
    # a word with a mark at the name's start or end: kept whole
    ("持续深入开展和谐劳动关系创建工作", "和谐劳动关系创建工作"),
    ("优化并网验收要求", "并网验收要求"),
    ("项目未开设农民工工资专用账户或未及时撤销农民工工资专用账户", "撤销农民工工资专用账户"),
])
def test_a_word_holding_a_mark_is_never_cut_in_half(title, short):
    assert name(title) == short


@pytest.mark.parametrize("title", [
    "支持民营企业参与重大项目建设", "鼓励民营企业参与养老服务设施建设和运营", "鼓励社会资本参与养老服务体系建设",
    "鼓励企业积极参与现有装置中含PFOS类泡沫库存产品的环境无害化销毁处置示范工作",
    "区生态环境局负责对应急救援事故现场的应急监测，并派出相关专家参与事故调查处理",
    "行业壁垒造成准入规则不平等", "改建、扩建建筑涉及建筑围护结构或者建筑用能系统的",
])
def test_no_name_ends_on_half_a_word(title):
    short = name(title)
    assert not short.endswith(("参", "不平", "涉"))
    assert not any(short.endswith(word[0]) and title[title.find(short) + len(short):].startswith(word[1])
                   for word in ("参与", "平等", "涉及", "及时", "和谐") if short and short in title)


def test_a_list_is_still_cut_at_its_marks():
    assert name("完善城乡居民基本医疗保险和大病保险制度") == "城乡居民基本医疗保险"      # (a list's 和: as before)
    assert name("推进生活垃圾分类处理设施建设和运营管理") == "运营管理"
    assert name("落实民营企业参与政府采购的支持政策") == "支持政策"


def test_the_word_pieces():
    assert bound_mark("民营企业参与", 5) and bound_mark("及时撤销", 0) and not bound_mark("设施和设备", 2)
    assert strip_marks("民营企业参与", "的和与及") == "民营企业参与"
    assert strip_marks("和养老服务的", "的和与及") == "养老服务"
    assert strip_marks("和养老服务的", "的和与及", left=False) == "和养老服务"
    # no cut between 不平|等 nor 参|与: no boundary is found rather than half a word
    assert word_cut("行业壁垒造成准入规则不平等", 12) == ""
    assert word_cut("民营企业参与国家重大战略实施方案的编制", 12) != "民营企业参"
