"""Round 67 (p67d): short village and community pages run together on one line.

- A first point's numeral typed as a dash 「…。—、本村概况…。二、…」 (一 and — look alike): the point 一、, so that the
  points after it go on in order — not a dash with no 二、 after it, nor one where a 一、 point stands already.
- A run of steps whose first number the page lost, cut after its third 「…。2、转移群众:…。3、 转移信号:…」 to the
  text's end: items 2 and 3, each opening with its short label and colon — not unlabelled lines, nor a run whose
  last item goes on far past the cut's reach.
- A one-line page that opens with the site's file name 「…应急预案.doc某县…应急预案根据…」: the title after the file
  name (a 预案 among the kinds a run-on title ends in) — not a file name with no title after it.
- A top point headed by the place's situation 「一、本村概况全村现有人口…」: a section, no task — not one whose text
  names a doer by 负责.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.heading_markers import split_inline
from desktop.core.parse.lost_numerals import restore_dash_one
from desktop.core.parse.opening_titles import run_on_title


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


def test_dash_typed_for_the_first_numeral() -> None:
    text = "为做好防汛工作,制定本方案。—、本村概况全村现有人口1200人。二、工作任务村委会负责组织巡查。"
    assert "。一、本村概况" in restore_dash_one(text)
    # near misses: no 二、 after the dash; a 一、 point already printed before 二、
    alone = "为做好防汛工作,制定本方案。—、本村概况全村现有人口1200人。"
    assert restore_dash_one(alone) == alone
    printed = "一、总体要求做好防汛。—、本村概况全村现有人口1200人。二、工作任务村委会负责组织巡查。"
    assert restore_dash_one(printed) == printed


_CUT_STEPS = ("三、应急措施传送信息:采用广播、电话等方式及时通知村民。2、转移群众:接到预报后,村两委组织人员迅速转移"
              "受影响的群众。3、 转移信号:规定转移信号为鸣锣,群众听到锣声时应")


def test_lost_run_cut_after_its_third_item() -> None:
    lines = [ln for ln in split_inline(_CUT_STEPS).split("\n") if ln.strip()]
    assert [ln[:2] for ln in lines] == ["三、", "2、", "3、"]
    # near miss: the same run without the labels stays in its point's line
    bare = _CUT_STEPS.replace("转移群众:", "").replace(" 转移信号:", "")
    assert len([ln for ln in split_inline(bare).split("\n") if ln.strip()]) == 1
    # near miss: the last item runs on far past a cut's reach
    long = _CUT_STEPS + "迅速撤离," * 80
    assert len([ln for ln in split_inline(long).split("\n") if ln.strip()]) == 1


def test_title_after_the_sites_file_name() -> None:
    page = ("村级防汛应急预案.doc某县某镇某村防汛应急预案根据《中华人民共和国防洪法》,为做好本村防汛工作,特制定本预案。"
            "一、组织机构成立村防汛工作组,负责全村防汛工作。二、工作措施村委会负责组织巡查,及时发现险情。" * 3)
    assert run_on_title(page, "") == "某县某镇某村防汛应急预案"
    # near miss: the file name and no title after it
    bare = page.replace("某县某镇某村防汛应急预案根据", "根据", 1)
    assert run_on_title(bare, "") == ""


def test_situation_point_is_no_task() -> None:
    text = ("某村环境整治工作方案\n一、本村概况全村现有农户320户,人口1200人,耕地800亩,山林1500亩。\n"
            "二、工作任务\n1、村委会负责清理村道两侧的垃圾。\n2、村卫生室负责做好饮用水消毒。\n")
    tasks = _tasks(text)
    assert "一" not in tasks and tasks["二/1"] == ["村委会"]
    # near miss: a situation point that names a doer by 负责 is a task
    named = text.replace("一、本村概况全村现有农户320户,人口1200人,",
                         "一、本村概况:全村现有农户320户,村委会负责编印人口情况,")
    assert _tasks(named)["一"] == ["村委会"]
