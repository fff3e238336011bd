"""Round 58 (p58d): activity and festival pages (plans-next294's class) — a compilation page that runs on into the
site's next piece (both read, ``two_documents.next_pieces``), the days a line of activities gives after the activity's
name (``timed_days``), and another field after a units label's list (``units.label_value_end``). Made-up texts of
the forms, each with a near miss that must not fire."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [("/".join([*t.path, t.number]), t.deadline, t.lead_units + t.responsible_units)
            for t in parse_text(text).tasks]


# --- a page that runs on into the compilation's next piece --------------------------------------------------------

_FIRST = ("三、活动安排\n"
          "1、开展一次知识竞赛。以安全生产为主题,由县应急局统一组织竞赛。\n"
          "2、开展一次宣传展览。由县文化馆组织展览,时间为一周。\n")
_SECOND = ("今年是安全生产月活动开展的第二十个年头。为做好活动组织工作,特制定本方案。\n"
           "一、活动主题\n人人讲安全,个个会应急\n"
           "二、主要活动\n1、由镇安监站组织开展隐患排查。\n2、由镇文化站组织开展文艺宣传。\n")


def test_a_next_piece_header_keeps_both_pieces():
    for header in ("【二】2021年乡镇安全生产月活动方案", "篇二:2021年乡镇安全生产月活动方案",
                   "2021年乡镇安全生产月活动方案【第二篇】"):
        tasks = _tasks(_FIRST + header + "\n" + _SECOND)
        paths = [p for p, _d, _u in tasks]
        assert paths == ["文件1/三/1", "文件1/三/2", "文件2/二/1", "文件2/二/2"], header
        assert [u for _p, _d, u in tasks] == [["县应急局"], ["县文化馆"], ["镇安监站"], ["镇文化站"]]
        # the header and the next piece's preamble are no part of the first piece's last item
        last = parse_text(_FIRST + header + "\n" + _SECOND).tasks[1]
        assert "安全生产月活动方案" not in last.text and "第二十个年头" not in last.text


def test_without_a_piece_header_one_run_is_kept():
    # a plain title line between two runs is no compilation's piece header: one run is kept, as before
    tasks = _tasks(_FIRST + "2021年乡镇安全生产月活动方案\n" + _SECOND)
    assert not any(p.startswith("文件") for p, _d, _u in tasks)
    assert len(tasks) == 2


# --- the days a line of activities gives after the activity's name ---------------------------------------------

_ACTIVITIES = ("2019年元宵节群众文化活动方案\n"
               "一、活动内容\n"
               "1、猜灯谜活动,2月18日,19日,群众在文化广场猜灯谜。\n"
               "2、舞龙表演,2月19日。各村舞龙队在主街巡游。\n"
               "3、书画展览,2月15日、16日,在镇文化站展出。\n"
               "4、灯会活动,2月19日前完成布灯。\n"
               "5、组织开展志愿服务,2月10日,12日,各村安排志愿者值守。\n")


def test_the_days_after_an_activitys_name_date_it_at_the_last():
    got = {p: d for p, d, _u in _tasks(_ACTIVITIES)}
    assert got["一/1"] == "2019-02-19"
    assert got["一/2"] == "2019-02-19"
    assert got["一/3"] == "2019-02-16"
    # a limit 「…前」 is the dates' readers' (the day itself)
    assert got["一/4"] == "2019-02-19"


def test_days_after_a_verbs_clause_are_no_activitys_days():
    # the item opens with a clause of work (组织开展…), not an activity's name: the form does not fire
    got = {p: d for p, d, _u in _tasks(_ACTIVITIES)}
    assert got["一/5"] is None


# --- another field after a units label ---------------------------------------------------------------------------

_FIELDS = ("某镇文化活动方案\n"
           "(一)推进文化工程建设\n"
           "1、编印书画作品集。征稿范围:本镇书画作品;承办单位:镇文化站、县书画院;经费预算:20000元。\n"
           "2、开展送戏下乡。承办单位:镇文化站、县剧团;联系电话:12345678。\n"
           "3、开展文艺汇演。承办单位:镇文化站;县群艺馆:负责节目辅导。\n")


def test_a_field_after_the_units_closes_the_list():
    got = {p: u for p, _d, u in _tasks(_FIELDS)}
    assert got["一/1"] == ["镇文化站", "县书画院"]
    assert got["一/2"] == ["镇文化站", "县剧团"]


def test_a_body_with_a_colon_after_the_units_is_no_field():
    # 「;县群艺馆:…」: a body's name before the colon, no field's name — the list is not cut there
    got = {p: u for p, _d, u in _tasks(_FIELDS)}
    assert "镇文化站" in got["一/3"]
