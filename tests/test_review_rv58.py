"""Review rv58 of round 58's wave in the plan parser (made-up texts). Each test fails on the branch it names, at the
commit named in its comment, and on main at c688c684 after the merges (p58b 3ebcf212, p58a 489e12c1, p58c 88a66760,
p58e 6840b16f, p58d c2a56ae5); all but the last passed on main at 113d4205, before the wave (the last's rule is new)."""

from __future__ import annotations

import time

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, object]:
    return {"/".join([*t.path, t.number]): t for t in parse_text(text).tasks}


# 1. p58b, section_kinds.no_work_part / PAPERS_SECTION (b5755c32): a heading of papers now drops every item under it
# at any level, whatever the items say. A plan's own step 「（二）报送材料」 over its bodies' work — each item names a
# doer by 负责 (rule 2) — loses both tasks with their units; only an applicant's list of papers is no work (round 35's
# materials lists). Main keeps 二/二/1 [各区发展改革委] and 二/二/2 [市发展改革委].

def test_p58b_a_plan_step_headed_papers_keeps_its_bodies_work() -> None:
    got = _tasks("某市2031年节能技术改造项目申报工作方案\n\n一、支持范围\n（一）工业企业节能技术改造项目。\n"
                 "二、工作安排\n"
                 "（一）组织申报。各区发展改革委负责组织辖区企业申报，2031年5月31日前完成。\n（二）报送材料\n"
                 "1.各区发展改革委负责对辖区项目进行初审，于2031年6月30日前将初审意见报送市发展改革委。\n"
                 "2.市发展改革委负责组织专家评审，2031年7月31日前完成。\n")
    assert got["二/二/1"].responsible_units == ["各区发展改革委"]
    assert got["二/二/2"].responsible_units == ["市发展改革委"]


def test_p58b_a_phase_preparing_papers_keeps_its_bodies_work() -> None:
    got = _tasks("某区2031年文明村镇评选工作方案\n\n一、实施步骤\n（一）准备材料\n"
                 "1.各街道负责组织辖区各村收集创建台账，2031年3月31日前完成。\n2.区文明办负责汇总各街道推荐名单。\n"
                 "（二）组织评审\n1.区文明办负责组织专家评审，2031年5月31日前完成。\n2.区财政局负责落实奖励资金。\n")
    assert got["一/一/1"].responsible_units == ["各街道"]
    assert got["一/一/2"].responsible_units == ["区文明办"]


# 2. p58d, option_items._OPTION_OPEN / drop_option_items (a0b777a6): any sentence opening with 可 is an option, so a
# noun that opens with 可 — 可燃物, 可回收物 — makes an item of plain work an "option" and drops it, its unit with it
# (no check of item.unit). 「可燃物由各村负责组织清理」 names 各村 by 由A负责 (rule 2); main keeps 一/2 [各村].

def test_p58d_an_item_opening_with_a_noun_in_ke_is_no_option() -> None:
    got = _tasks("某镇2031年春季森林防火工作方案\n\n一、工作任务\n1.开展防火宣传。镇林业站负责在各村张贴防火标语。\n"
                 "2.可燃物由各村负责组织清理。\n3.组织巡山护林。镇派出所负责组织巡逻。\n二、工作要求\n各村要高度重视。\n")
    assert "一/2" in got
    assert got["一/2"].responsible_units == ["各村"]


def test_p58d_recyclables_line_is_no_option() -> None:
    got = _tasks("某区2031年生活垃圾分类工作方案\n\n一、工作任务\n1.开展分类宣传。各街道负责组织入户宣传。\n"
                 "2.可回收物由区再生资源公司负责统一收运。\n3.建设分类投放点。各街道负责组织建设。\n")
    assert "一/2" in got
    assert got["一/2"].responsible_units == ["区再生资源公司"]


# 3. p58a, applicant_steps.applicant_papers / _HANDS_IN (f0c01aca): 「^[^。；;]*?…的，提交」 lets any subject stand
# before the case, so a plan body's own review and sending on reads as "what an applicant hands in" and the item is
# dropped. A review of an application and its passing on name no unit but the item stays a task (Round 74 on x292_03
# 第五条（二）, Round 77 on x302_05 第六条). Main keeps 一/二.

def test_p58a_a_street_offices_review_and_sending_on_stays_a_task() -> None:
    got = _tasks("某区2031年公共租赁住房保障工作方案\n\n一、工作任务\n"
                 "（一）区住房保障中心负责全区公共租赁住房的统筹管理。\n"
                 "（二）街道对居民提出的申请进行初审，符合条件的，提交区住房保障中心复核。\n"
                 "（三）区财政局负责落实保障资金。\n")
    assert "一/二" in got
    assert got["一/二"].responsible_units == []


# 4. p58b, doer_words._DESIGNATION (7144c9ca): 「(?:行政|行业)?主管部门」 right after 为 reads 为 as "is" even where
# it is the preposition "for": 「区大数据中心为行业主管部门提供…支撑」 names no doer (提供 is outside rule 2's
# list outside articles, Round 74 on x292_04; a designation needs 为／是 with a role, Round 75 p57a-1, Round 77 on
# x299_04 第四条). Main gives none.

def test_p58b_wei_for_an_authority_is_no_designation() -> None:
    got = _tasks("某区2031年数字政府建设工作方案\n\n一、工作任务\n"
                 "（一）区大数据中心为行业主管部门提供数据共享技术支撑。\n"
                 "（二）区财政局负责落实建设资金。\n")
    assert got["一/一"].responsible_units == []
    assert got["一/一"].lead_units == []


# 5. p58d, two_documents.NEXT_PIECE / next_pieces (5a3b39f3): a line 「方案二：…」 inside the last item of an
# activity page — the second of two rain plans — is taken for a compilation's next piece header: every task is renamed
# 文件1/…, the item loses the text from 方案二 on, and a warning says another plan was printed. One plan, one numbering
# (CONVENTIONS head: two documents need their own titles and numbering).

def test_p58d_an_alternative_plan_line_is_no_next_piece() -> None:
    got = _tasks("某镇2031年元宵节文化活动方案\n\n一、活动内容\n1.举办灯谜会。镇文化站负责组织实施。\n"
                 "2.组织舞龙表演。镇文化站负责组织各村舞龙队参演。\n二、安全保障\n1.镇派出所负责现场秩序维护。\n"
                 "2.如遇雨雪天气，分别按以下方案执行：\n方案一：舞龙表演改在镇文化中心礼堂举行。\n"
                 "方案二：灯谜会延至2月10日举行，由镇文化站负责另行通知。\n某镇人民政府\n2031年1月20日\n"
                 "元宵晚会节目单\n1.开场舞《龙腾盛世》\n2.舞龙表演\n3.歌曲《春天的故事》\n")
    assert not any(key.startswith("文件") for key in got)
    assert "方案二" in got["二/2"].text


# 6. p58e, doer_forms.PERSONS_POSTED (bd802c35): 「(?:[、和及][^，,、]{1,12}?)*」 — the inner run may itself hold
# 和／及, so a clause listing persons joined by 和 backtracks exponentially when it does not end in 负责人／责任人.
# A 320-character item takes 3.5–8.9 s on p58e (0.01 s on main before it), ×4 for every two more pairs.

def test_p58e_a_long_list_of_persons_parses_fast() -> None:
    pairs = ["镇长和分管副镇长", "各村党支部书记和村主任", "镇派出所所长和指导员", "镇卫生院院长和副院长",
             "镇中心学校校长和副校长", "镇林业站站长和护林员", "镇水利站站长和技术员", "镇综治办主任和专干",
             "镇司法所所长和调解员", "镇财政所所长和会计", "镇文化站站长和干事"] * 2
    text = ("某镇2031年春季森林防火工作方案\n\n一、工作任务\n1.召开防火动员会。镇党委负责组织召开全镇森林防火动员会，"
            "镇党委书记、" + "、".join(pairs) + "参加。\n2.开展巡山。镇林业站负责组织巡山。\n")
    start = time.perf_counter()
    got = _tasks(text)
    assert time.perf_counter() - start < 1.0      # (main before the wave: 0.01 s)
    assert got["一/2"].responsible_units == ["镇林业站"]


# 7. p58c, targets._FIGURE_WRAPPED (61f00c8e): any digit at a line's end is joined to a measure opening the next line,
# so a schedule printed one cell a line 「序号 ⏎ 活动名称 ⏎ 1 ⏎ 元宵节猜灯谜」 gives the row numbers as sums, 1 元 and
# 3 元 (元宵 opens with 元). Row numbers are no quantities (CONVENTIONS Targets: numbers that only name or order); main
# gives no target.

def test_p58c_row_numbers_over_yuanxiao_are_no_sums() -> None:
    got = _tasks("某镇2031年元宵节文化活动方案\n\n一、活动安排\n"
                 "（一）举办元宵系列活动。镇文化站负责组织实施，具体安排如下：\n"
                 "序号\n活动名称\n1\n元宵节猜灯谜\n2\n家庭才艺展示\n3\n元宵晚会\n"
                 "（二）做好安全保卫。镇派出所负责活动现场安全保卫。\n")
    assert [(x.value, x.unit) for x in got["一/一"].targets if x.unit == "元"] == []


# 8. p58c, target_filters._TEMPERATURE_TRIGGER (17ecda38): the trigger is read only when a comma follows 时／情况下,
# so the same condition without the comma loses its figure. Round 74 on x293_01 3.2.1 （1）: a quantity joined to a
# comparison word in a condition that triggers a step is a target (round 30's line), however the clause is punctuated.

def test_p58c_a_temperature_trigger_without_a_comma_is_a_target() -> None:
    got = _tasks("某区2031年道路冲洗保洁应急预案\n\n一、应急措施\n"
                 "（一）低温天气。在气温低于4℃情况下，停止道路冲洗作业。\n"
                 "（二）高温天气。气温高于35℃时停止户外冲洗作业。\n"
                 "（三）冰冻天气。当气温低于4℃的情况下停止冲洗作业，改为人工清扫。\n二、保障措施\n区绿化市容局负责物资保障。\n")
    assert (4.0, "℃") in [(x.value, x.unit) for x in got["一/一"].targets]
    assert (35.0, "℃") in [(x.value, x.unit) for x in got["一/二"].targets]
    assert (4.0, "℃") in [(x.value, x.unit) for x in got["一/三"].targets]
