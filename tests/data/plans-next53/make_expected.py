# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next53/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 25 (built by c52): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``art``, ``expected_tools.article_in``: every path starts with an
article); every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set
by its builder: the lead scores it first.

    python tests/data/plans-next53/make_expected.py tests/data/plans-next53
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    align30,
    article_in,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

P, U = prose_and_listed(PROSE_ACTORS)
src = shanghai_source

KIND = ("the actors are kinds or roles (管理责任人, 建设单位, 施工 / 监理 / 项目管理服务单位, 机关、团体、企业、事业单位, "
        "消防安全重点单位, 居民委员会, 物业服务企业 …) acting in sentences, no unit named for the item")
LIST = ("the article's lead-in (「X…履行以下职责：」 / 「X消防工作职责：」) names the unit whose duties its numbered items are: "
        "every item is given that unit (a duty list, as plans-next25 x25_06)")
FIRST = ("the item's first words are a named unit followed by its work (「X负责…」 / 「X应…」): that unit "
         "(plans-next25's duty-list reading)")
GOAL = "会同 / 牵头 in the item: lead = [], the first unit accepted as lead (plans-dev 03 on 会同)"
NONE_ALL = "a catch-all item (「法律、法规、规章规定的其他…职责」): a leaf by the numbering rule, no work of its own"


art = partial(article_in, DIR)    # the line and first words of an article path


def binder(file):
    """The sample helper of one file: a prose sample (no ``unit``) or a listed one, located by ``art``."""
    def A(path, *args, unit=None, **kw):
        if unit is None:
            return P(path, *args, **kw, **art(file, path))
        alts = kw.pop("lead_alternatives", None)
        d = U(path, unit, *args, **kw, **art(file, path))
        if alts:
            d["lead_alternatives"] = alts
        elif alts == []:
            d.pop("lead_alternatives", None)
        return d
    return A


# ---------------------------------------------------------------------------------------------------------
X01 = "x53_01_pudong-2023-renfang-gongcheng-guanli-ruogan-guiding.txt"
A = binder(X01)
QY = "区域管理单位"
GDB = "浦东新区国防动员办公室"

plan(X01,
     title="浦东新区人防工程管理若干规定（浦东新区人民政府关于印发《浦东新区人防工程管理若干规定》的通知）",
     title_note="the rule's title after the cover, or the notice title (the first line): either is accepted",
     doc_no="浦府管规〔2023〕6号 (from the index; the stored text prints no number)",
     issuer="上海市浦东新区人民政府",
     date="2023-12-25 (the cover; the index's date is 2023-12-27)",
     level="district government (Shanghai Pudong), a 规定 written as articles",
     source=src("消防与人防", "浦东新区人民政府关于印发《浦东新区人防工程管理若干规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070321504&siteId=0070", 2584),
     style="district rule after a cover (addressees with ASCII brackets 「各管理局(管委会)」, one sentence, a date, no "
           "signature); 第一条–第十五条, each 「第N条  (heading)」 (two spaces, ASCII brackets) on a line of its own, the "
           "text in the next paragraphs; 第四条 a lead-in 「区域管理单位根据国防动员工作要求履行以下职责：」 and (一)–(四) "
           "ending 「;」; 区国动办 and 区域管理单位 defined by 「(以下简称“…”)」 in 第三条; a validity 2024-02-01 – 2029-01-31",
     leaf_tasks=14, count_alternatives=[18, 11, 12],
     attachment_task_rows=0,
     childless_top_level_sections=["第一条  (目的和依据)", "第二条  (工作原则)", "第五条  (管理责任人)", "第十五条  (施行日期)"],
     samples=[
        S(["第三条  (主管部门职责)"], [], [GDB], lead_alternatives=[[GDB], ["区国动办"]],
          note=FIRST + "; the unit as printed 「浦东新区国防动员办公室(以下简称“区国动办”)」 (the short name accepted as "
               "lead); 街道办事处, 镇人民政府 and 管理局(管委会) are named as those it guides (区域管理单位); " + NODATE,
          **art(X01, ["第三条  (主管部门职责)"])),
        A(["第四条  (区域管理单位职责)", "(一)"], unit=[QY],
          note=LIST + "; 「区域管理单位」 is the document's name for the streets, towns and 管理局(管委会) with this work (a "
               "group of units, as 各街镇); " + NODATE),
        A(["第四条  (区域管理单位职责)", "(三)"], unit=[QY], note=LIST + "; 「及时处置并向区国动办报告」 (see duties); " + NODATE),
        A(["第六条  (日常指导和检查)"], unit=[QY],
          note=FIRST + " (each of its three paragraphs opens with 区域管理单位); 「每季度至少一次」 a check rhythm (neither a "
               "target nor a report; not checked as either); 「将检查情况及时报送区国动办」 (see duties); " + NODATE),
        A(["第七条  (档案信息移交)"], not_targets=[(10, "日")],
          note=KIND + " (人防工程建设单位, 人防工程管理责任人; 区国动办 and 区域管理单位 act in later sentences); 「自…投入"
               "使用之日起10日内…申请办理备案」 a time limit counted from an event: not a target and no date; " + NODATE),
        A(["第九条  (平战转换)"], note=KIND + "; 「临战前」 no date; " + NODATE),
        A(["第十条  (物联设施设备接入和信息推送)"],
          note="the item opens with a condition (「新建人防工程…的，」); 区国动办和区域管理单位 then act in the sentence: "
               "read as prose (none); a reader may give the two units; " + NODATE),
        A(["第十一条  (考核评价)"], unit=["区国动办"], note=FIRST + "; 「纳入年度绩效考核」 an assessment, not a report; "
          + NODATE),
        A(["第十二条  (信用监管)"], unit=[QY, "区国动办"], lead_alternatives=[],
          note=FIRST + ": its two paragraphs open with 区域管理单位 and 区国动办 (both, no lead); 「报送区国动办汇总后上报"
               "市国防动员办公室」 (see duties); " + NODATE),
        A(["第十三条  (社会监督)"], note="a prohibition for anyone (「任何单位或者个人不得…」), no unit; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区域管理单位发生突发事件时及时处置并向区国动办报告", "when": "发生突发事件时（及时）", "when_norm": None},
             {"what": "区域管理单位检查后填写人防工程安全使用日常检查单，将检查情况及时报送区国动办",
              "when": "检查后及时（检查每季度至少一次）", "when_norm": None},
             {"what": "人防工程管理责任人自人防工程投入使用之日起10日内向区国动办申请办理备案手续",
              "when": "投入使用之日起10日内", "when_norm": None},
             {"what": "区域管理单位相关信用信息报送区国动办汇总后上报市国防动员办公室", "when": None, "when_norm": None}],
     notes=["counting (articles are the top level): 第一条 (目的), 第二条 (原则), 第五条 (a definition of 管理责任人) and "
            "第十五条 (施行日期) give no work (sections); 第三条 1 + 第四条 (一)–(四) 4 + 第六条–第十四条 9 → 14. Accepted: 18 "
            "(every article a leaf), 11 (第四条 one leaf) and 12 (第十三条's prohibition and 第十四条's legal pointer not tasks)",
            "samples: 第三条, two of 第四条's four items, 第六条, 第七条, 第九条–第十三条",
            "units: 第四条's items by their lead-in; articles opening with a named unit (第三条, 第六条, 第十一条, 第十二条); "
            "roles (管理责任人, 建设单位) are none; 第十条 opens with a condition (prose)",
            "dates: no dated item; 「本规定自2024年2月1日起施行，有效期至2029年1月31日」 a validity; the cover's 2023年12月25日",
            "figures: 10日 a time limit (not a target); 「一套…档案」 no figure; no target"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x53_02_huangpu-2023-tuichu-xulie-gongyong-renfang-gongcheng-yinhuan-zhengzhi-guanli-banfa.txt"
A = binder(X02)
GROUP = "工程隐患整治工作小组"
CENTRE = "黄浦区民防工程管理中心"

plan(X02,
     title="黄浦区退出序列公用人民防空工程隐患整治管理办法（黄浦区人民政府关于印发修订后的《黄浦区退出序列公用人民防空工程隐患整治管理办法》的通知）",
     title_note="the measures' title after the cover, or the notice title (the first line): either is accepted",
     doc_no="黄府规〔2023〕7号 (from the index; the stored text prints no number)",
     issuer="上海市黄浦区人民政府",
     date="2023-12-19",
     level="district government (Shanghai Huangpu), measures written as chapters and articles",
     source=src("消防与人防", "黄浦区人民政府关于印发修订后的《黄浦区退出序列公用人民防空工程隐患整治管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=25562ed7-919d-4994-a85c-12e8e2dc66df&siteId=0071", 3180),
     style="district measures after a cover (addressees, one sentence, 特此通知, signature, date); 第一章–第七章 heading "
           "lines; 「第N条 text」 on one line; 第四条 a paragraph (区地空联) and a lead-in naming the 工作小组 「具体履行以下职责：」 "
           "with （一）–（五）; 第五条 区国动办 （一）–（五） and a closing paragraph naming four more bodies; 第六条 the 管理中心 "
           "（一）–（四）; later articles open with a unit, a role (施工 / 监理 / 项目管理服务单位) or a condition; standard "
           "numbers (GB 50300-2013, GB50210-2018); a validity 2024-01-18 – 2029-01-17",
     leaf_tasks=32, count_alternatives=[37, 21, 26],
     attachment_task_rows=0,
     childless_top_level_sections=["第一条", "第二条", "第三条", "第二十五条", "第二十六条"],
     samples=[
        A(["第四条", "（一）"], unit=[GROUP], lead_alternatives=[[GROUP], ["工作小组"]],
          note=LIST + "; the group as printed 「由区国动办、区建管委、区应急局、区房管局等部门组成的工程隐患整治工作小组（以下"
               "简称“工作小组”）」: the group, not its members (the short name accepted as lead); " + NODATE),
        A(["第四条", "（三）"], unit=[GROUP], lead_alternatives=[[GROUP], ["工作小组"]], note=LIST + "; " + NODATE),
        A(["第五条", "（一）"], unit=["区国动办"], note=LIST + " (「区国动办是工程隐患整治的实施单位，具体履行以下职责：」); "
          + NODATE),
        A(["第五条", "（二）"], unit=["区国动办"],
          note=LIST + "; the 监测 / 检测 / 勘查单位 are contractors named as kinds; " + NODATE),
        A(["第六条", "（一）"], unit=[CENTRE], lead_alternatives=[[CENTRE], ["管理中心"]],
          note=LIST + "; 「黄浦区民防工程管理中心（以下简称“管理中心”）」 as printed (the short name accepted as lead); "
               + NODATE),
        A(["第六条", "（三）"], unit=[CENTRE], lead_alternatives=[[CENTRE], ["管理中心"]],
          note=LIST + "; 「日常巡查」 a rhythm of work; " + NODATE),
        A(["第七条"], unit=["区国动办"], note=FIRST + "; 《…政府采购法》 titles; " + NODATE),
        A(["第八条"], note=KIND + " (采购代理机构); " + NODATE),
        A(["第十条"], note="a rule (「三级管理制度」: 工作小组, 区国动办, 监理方 named as its levels), no work given to a "
          "unit; 三级 is no target; " + NODATE),
        A(["第十一条"], unit=["工作小组"], note=FIRST + " (printed by its short name here); 「逾期不改正的」 no date; "
          + NODATE),
        A(["第十三条"], note=KIND + " (施工单位); 「报送监理单位进行审核」 a submission to a contractor (listed as a duty); "
          + NODATE),
        A(["第十六条"], note=KIND + " (监理单位); 「每月对工程进度进行检查、考评，并将结果报区国动办」 (see duties); " + NODATE),
        A(["第十七条"], unit=["区国动办"], note=FIRST + "; 「向区财政局提交专项资金申请」 an application for funds; " + NODATE),
        A(["第十九条"], unit=["区国动办"], note=FIRST + "; 「每月召开工程推进会」 and 「每季度向工作小组汇报」 (see duties); "
          + NODATE),
        A(["第二十一条"], note="a rule for acceptance (the standards GB 50300-2013, GB50210-2018 are standard numbers, "
          "not figures); no actor; " + NODATE),
        A(["第二十三条"], note=KIND + " (项目管理服务单位); 「“一项目一档案”」 a principle, no figure; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "施工单位制定工程隐患整治应急防范工作预案，并报送监理单位进行审核", "when": None, "when_norm": None},
             {"what": "监理单位每月对工程进度进行检查、考评，并将结果报区国动办", "when": "每月", "when_norm": "monthly"},
             {"what": "区国动办每月召开工程推进会通报预算执行情况以及相关工作要求", "when": "每月", "when_norm": "monthly"},
             {"what": "区国动办每季度向工作小组汇报项目资金的管理和使用情况", "when": "每季度", "when_norm": "quarterly"},
             {"what": "工程竣工验收后项目管理服务单位将归档资料移交区国动办，区国动办向工作小组进行备案", "when": "竣工验收后",
              "when_norm": None}],
     notes=["counting: 第一条–第三条 (目的, 定义, 适用范围) and 第二十五条 (解释), 第二十六条 (施行, 有效期) give no work "
            "(sections); 第四条 （一）–（五） 5 + 第五条 （一）–（五） 5 + 第六条 （一）–（四） 4 + 第七条–第二十四条 18 → 32 (the "
            "unnumbered paragraphs of 第四条 and 第五条 are parts of articles that have numbered children). Accepted: 37 "
            "(every article a leaf), 21 (第四条–第六条 one leaf each), 26 (both)",
            "samples: two items of each duty list (第四条–第六条) and ten of the eighteen later articles",
            "units: the three duty lists by their lead-ins (the group, 区国动办, the centre as printed); articles opening with a "
            "named unit (第七条, 第十一条, 第十七条, 第十九条); roles (施工 / 监理 / 项目管理服务单位, 采购代理机构) are none; "
            "第十五条 (「区国动办、项目管理服务单位应当…」, a unit and a role) and articles opening with a condition "
            "(第二十条, 第二十二条, 第二十四条) were not sampled",
            "dates: no dated item; 「本办法自2024年1月18日起施行，有效期至2029年1月17日」 a validity; the cover's 2023年12月19日",
            "figures: none (三级, standard numbers, 「一项目一档案」)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x53_03_changning-2020-xiaofang-anquan-zerenzhi-shishi-xize.txt"
A = binder(X03)
GOV = ["区政府"]
DEPTS = ["区政府各工作部门"]

plan(X03,
     title="长宁区消防安全责任制实施细则（上海市长宁区人民政府办公室关于转发区消防救援支队制订的《长宁区消防安全责任制实施细则》的通知）",
     title_note="the rules' title after the cover, or the notice title (the first line): either is accepted",
     doc_no="长府办〔2020〕75号 (from the index; the stored text prints no number)",
     issuer="上海市长宁区人民政府办公室 (forwarding rules drawn up by 区消防救援支队)",
     date="2020-10-30 (the cover; the index's date is 2020-11-02)",
     level="district government office (Shanghai Changning), rules written as chapters and articles",
     source=src("消防与人防", "上海市长宁区人民政府办公室关于转发区消防救援支队制订的《长宁区消防安全责任制实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=007452622&siteId=0074", 11952),
     style="district rules after a cover (addressees, a sentence citing a meeting 「2020年10月26日区政府第147次常务会议」, "
           "特此通知, signature, date, 「(此件公开发布)」); 第一章–第六章 heading lines (a full-width space U+3000, 第三章 an ASCII "
           "space); 「第N条　text」 (U+3000; 第一条–第三条 two ASCII spaces); items 「(一)…」 with ASCII brackets and ASCII "
           "「;」 inside; 第六条 / 第七条 区政府, 第八条 街道办事处及镇政府, 第九条 区政府各工作部门 as lead-ins of duty lists; "
           "第十条 (一)–(二十八) each opening with its bureau 「区X负责…」 (some items add a second or third unit in later "
           "sentences); 第十一条–第二十条 duty lists of kinds (机关、团体、企业、事业单位, 消防安全重点单位, 火灾高危单位, 居民委员会, "
           "业主大会、业主委员会, 物业服务企业); 第六章 articles",
     leaf_tasks=120, count_alternatives=[122, 67],
     attachment_task_rows=0,
     childless_top_level_sections=["第一条", "第二条"],
     samples=[
        A(["第三条"], note="「加强消防工作领导。」 a heading, then 「区各部门(单位)、街镇应…」: groups after the heading, prose; "
          "「每半年应当至少召开 1 次专题会议」 a meeting rhythm (see duties; not checked as a target); " + NODATE),
        A(["第五条"], note=KIND + " (机关、团体、企业、事业等单位 after the heading 「明确单位主体责任。」); " + NODATE),
        A(["第六条", "(一)"], unit=GOV, note=LIST + " (「区政府应当落实消防工作责任制，履行下列共同职责：」); " + NODATE),
        A(["第六条", "(四)"], unit=GOV, not_targets=[(7, "个工作日")],
          note=LIST + "; 「在7个工作日内作出同意或不同意的决定」 a time limit for each request (not a target, no date); "
               + NODATE),
        A(["第六条", "(七)"], unit=GOV, note=LIST + "; 「定期组织开展演练」 no date; " + NODATE),
        A(["第六条", "(十三)"], unit=GOV, note=LIST + "; " + NONE_ALL + "; " + NODATE),
        A(["第七条", "(一)"], unit=GOV, note=LIST + "; 「每年向市人民政府专题报告本区消防工作情况」: a yearly report (see "
          "duties), no date: " + NODATE),
        A(["第八条", "(一)"], unit=["街道办事处", "镇政府"],
          note=LIST + " (「街道办事处及镇政府消防工作职责：」: two units joined by 及, split as EXPECTED.md splits its "
               "joiners; no lead); 「区临空办参照…」 after the list is a paragraph of the article, not an item; " + NODATE),
        A(["第八条", "(四)"], unit=["街道办事处", "镇政府"], note=LIST + "; 居民委员会 the body it helps; " + NODATE),
        A(["第九条", "(一)"], unit=DEPTS, note=LIST + " (「区政府各工作部门应当…履行下列共同职责：」, a group of units); "
          + NODATE),
        A(["第九条", "(五)"], unit=DEPTS, note=LIST + "; 「每年至少组织一次全员应急疏散演练」 a drill rhythm (not checked); "
          + NODATE),
        A(["第十条", "(一)"], unit=["区发展改革委"], note=FIRST + "; " + NODATE),
        A(["第十条", "(二)"], unit=["区商务委"], note=FIRST + "; " + NODATE),
        A(["第十条", "(三)"], unit=["区教育局"], targets=[(4, "课时"), (1, "次")],
          note=FIRST + "; 「每学期…开展4课时以上消防安全教育和1次以上逃生疏散演练」: minimums the item sets (targets, round "
               "25's rule on a policy's quantities); 「每学期」 no date; " + NODATE),
        A(["第十条", "(五)"], unit=["区民族宗教办"], note=FIRST + "; " + NODATE),
        A(["第十条", "(七)"], unit=["区民政局"], note=FIRST + "; " + NODATE),
        A(["第十条", "(九)"], unit=["区人力资源社会保障局", "区消防救援支队"], lead_alternatives=[["区人力资源社会保障局"]],
          note=FIRST + "; 「区人力资源社会保障局会同区消防救援支队开展…」: " + GOAL + "; " + NODATE),
        A(["第十条", "(十)"], unit=["区规划资源局"], note=FIRST + "; " + NODATE),
        A(["第十条", "(十三)"], unit=["区房管局"], note=FIRST + "; 「指导各街镇…」 names those it guides; " + NODATE),
        A(["第十条", "(十七)"], unit=["区应急局"],
          note=FIRST + "; 「及时将重大灾害事故预警信息通报区消防救援支队」 (see duties); " + NODATE),
        A(["第十条", "(十九)"], unit=["区国资委"], note=FIRST + "; " + NODATE),
        A(["第十条", "(二十二)"], unit=["区城管执法局"], note=FIRST + "; " + NODATE),
        A(["第十条", "(二十四)"], unit=["区投促办(区金融办)"],
          note=FIRST + "; 「区投促办(区金融办)」 kept whole (a bracketed second name, as EXPECTED.md's 区公安分局（交管）); "
               "上海银保监局 and the 金融管理部门 are those it works with; " + NODATE),
        A(["第十条", "(二十五)"], note=KIND + " (「负责公共消防设施维护管理的单位」, a kind); " + NODATE),
        A(["第十条", "(二十六)"], unit=["区城运中心"], note=FIRST + "; " + NODATE),
        A(["第十条", "(二十八)"], unit=["区消防救援支队"], note=FIRST + "; " + NODATE),
        A(["第十一条", "(一)"], note=KIND + " (机关、团体、企业、事业单位, the article's lead-in); 「定期组织…」 no date; "
          + NODATE),
        A(["第十一条", "(三)"], targets=[(2, "人")],
          note=KIND + "; 「每班不少于2人」 a staffing minimum the item sets (a target by round 25's rule); 「24小时值班制度」 "
               "names the duty system and 「每年至少进行一次全面检测」 is a rhythm (neither checked); " + NODATE),
        A(["第十一条", "(九)"], note=KIND + "; 「“一网统管”」 a name; " + NODATE),
        A(["第十二条", "(五)"], note=KIND + " (消防安全重点单位); 「每年至少…一次」 / 「每半年至少…一次」 training rhythms (not "
          "checked); " + NODATE),
        A(["第十三条", "(五)"], note=KIND + " (火灾高危单位); 「每季度…自评估，每年…评估，并将评估报告报属地消防救援机构备案」 "
          "(see duties); " + NODATE),
        A(["第十四条"], note=KIND + " (the users of one building, 物业服务单位); " + NODATE),
        A(["第十八条", "(一)"], note=KIND + " (居民委员会, the article's lead-in: a kind of body, not a named unit); " + NODATE),
        A(["第十八条", "(六)"], note=KIND + "; 「登记造册」 a record, not a report; " + NODATE),
        A(["第十九条", "(四)"], note=KIND + " (业主大会、业主委员会); 「年度消防演练计划」 a plan, no date; " + NODATE),
        A(["第二十条", "(三)"], note=KIND + " (物业服务企业); 「每日…防火巡查，每月至少进行一次防火检查」 rhythms of work; "
          "「立即向…报告」 on an event (a reaction, not a reporting duty); " + NODATE),
        A(["第二十一条"], unit=GOV, note=FIRST + "; 「组织年度消防工作考核」 an assessment; " + NODATE),
        A(["第二十二条"], unit=["区消防安全委员会"], note=FIRST + "; 「定期召开成员单位会议」 (see duties); " + NODATE),
        A(["第二十四条"], unit=GOV, note=FIRST + "; " + NODATE),
        A(["第二十七条"], note="opens with 「坚持“管行业必须管安全”的要求，」; 各街镇及所辖居委会 (groups) then act; "
          "「须及时抄告行业主管部门…」 a referral of hazards (not a report to the issuer); prose; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区各部门(单位)、街镇每半年至少召开1次专题会议分析行业或辖区消防安全形势",
              "when": "每半年", "when_norm": None},
             {"what": "区政府每年向市人民政府专题报告本区消防工作情况", "when": "每年", "when_norm": "yearly"},
             {"what": "区应急局及时将重大灾害事故预警信息通报区消防救援支队", "when": "及时", "when_norm": None},
             {"what": "火灾高危单位每年委托机构开展一次消防安全评估，并将评估报告报属地消防救援机构备案",
              "when": "每年", "when_norm": "yearly"},
             {"what": "区消防安全委员会定期召开成员单位会议，分析研判消防安全形势", "when": "定期", "when_norm": None}],
     notes=["counting: 第一条 (目的) and 第二条 (适用范围) give no work (sections); 第三条–第五条 3 + 第六条 (一)–(十三) 13 + "
            "第七条 (一)–(三) 3 + 第八条 (一)–(四) 4 + 第九条 (一)–(八) 8 + 第十条 (一)–(二十八) 28 + 第十一条 12 + 第十二条 8 + "
            "第十三条 6 + 第十四条–第十七条 4 + 第十八条 8 + 第十九条 6 + 第二十条 9 + 第二十一条–第二十八条 8 → 120. Accepted: "
            "122 (第一条 and 第二条 too) and 67 (without 第四章 and 第五章's 53 leaves: duties of kinds of organisation and of "
            "residents' bodies, which a reader may take for rules rather than tasks of the plan)",
            "samples: 40 — every chapter: 第三条, 第五条; four of 第六条's thirteen items, 第七条(一), two of 第八条, two of "
            "第九条; fifteen of 第十条's twenty-eight bureau items; six items or articles of 第四章, four of 第五章; four "
            "articles of 第六章",
            "units: duty lists by their lead-ins (区政府, 街道办事处 / 镇政府, 区政府各工作部门); 第十条's items by their first "
            "unit; kinds of organisation and residents' bodies are none; 第十条's items that name a second or third unit in "
            "a later sentence ((四) 区科委 / 区科协 / 区信息委, (六) 区公安分局 / 公安派出所, (十二) 区建设管理委 / 区交通委 / "
            "区水务局) were not sampled (two fair readings)",
            "dates: no dated item; the meeting's 2020年10月26日 and the cover's 2020年10月30日",
            "figures: 4课时 / 1次 (第十条(三)) and 2人 (第十一条(三)) are minimums the items set; 7个工作日 a time limit; "
            "「第147次常务会议」 a meeting's number; rhythms (每半年 1 次, 每年至少一次, 每两小时一次) not checked"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x53_04_fengxian-2020-xiaofang-anquan-zerenzhi-shishi-banfa.txt"
A = binder(X04)
TOWN = ["镇级人民政府"]
BUR = ["区政府工作部门"]

plan(X04,
     title="奉贤区消防安全责任制实施办法（上海市奉贤区人民政府办公室关于印发《奉贤区消防安全责任制实施办法》的通知）",
     title_note="the measures' title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪奉府办发〔2020〕20号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区人民政府办公室 (the index names 上海市奉贤区人民政府)",
     date="2020-07-20 (the cover; the index's date is 2020-08-26)",
     level="district government office (Shanghai Fengxian), measures written as chapters and articles",
     source=src("消防与人防", "上海市奉贤区人民政府办公室关于印发《奉贤区消防安全责任制实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0084a2772a57797589e1cdfd76a8c9726ab2&siteId=0084", 9139),
     style="district measures after a cover (addressees, one sentence, 特此通知, a date, no signature); 第一章–第五章 "
           "heading lines and 「第N条　text」 (a full-width space U+3000); items 「(一)…」 with ASCII brackets; 第一条–第五条 "
           "purpose, scope and three principles 「坚持…」; 第六条 区政府 (一)–(十四), 第七条 镇级人民政府 (一)–(七) with a "
           "paragraph giving 街道办事处 five of them, 第十条 区政府工作部门 (一)–(八) as lead-ins of duty lists; 第十一条 "
           "(一)–(三十一) each opening with its bureau, several with a bracketed second name 「区经委(区商务委、区粮食物资"
           "储备局)」; 第四章 articles; 第五章 a definition",
     leaf_tasks=70, count_alternatives=[73, 76, 68],
     attachment_task_rows=0,
     childless_top_level_sections=["第一条", "第二条", "第三条", "第四条", "第五条", "第二十条"],
     samples=[
        A(["第六条", "(一)"], unit=GOV, note=LIST + " (「区政府应当落实消防工作责任制，履行下列职责：」); " + NODATE),
        A(["第六条", "(四)"], unit=GOV, not_targets=[(7, "个工作日")],
          note=LIST + "; 「在7个工作日内作出…决定」 a time limit for each request (not a target, no date); " + NODATE),
        A(["第六条", "(九)"], unit=GOV, note=LIST + "; 「每季度开展消防科普宣传教育活动」 a rhythm of work, not a report; "
          + NODATE),
        A(["第六条", "(十三)"], unit=GOV, note=LIST + "; 「每年向市人民政府专题报告本区消防工作情况」 a yearly report (see "
          "duties), no date: " + NODATE),
        A(["第七条", "(一)"], unit=TOWN,
          note=LIST + " (「镇级人民政府消防工作职责：」, the towns as a tier of government; the closing paragraph gives "
               "街道办事处 items (一), (四)–(七) too — not read into the items' units); " + NODATE),
        A(["第七条", "(六)"], unit=TOWN, lead_alternatives=[TOWN],
          note=LIST + "; 「部署并牵头开展…季度区域隐患排查整治工作」: 牵头 in the item (lead = [], the unit accepted); "
               "「季度」 a rhythm of work; " + NODATE),
        A(["第八条"], note="a rule of reference (「…等承担区域经济社会管理职能的镇级机构，参照镇级人民政府职能执行」): kinds, no "
          "unit; " + NODATE),
        A(["第九条"], note="posts (主要负责人, 分管消防安全的负责人, 班子其他成员), no unit; " + NODATE),
        A(["第十条", "(二)"], unit=BUR, note=LIST + " (「区政府工作部门应当…履行下列共同职责：」, a group of units); " + NODATE),
        A(["第十条", "(五)"], unit=BUR, note=LIST + "; 「每年至少组织一次…演练」 a drill rhythm (not checked); " + NODATE),
        A(["第十一条", "(一)"], unit=["区应急管理局"], note=FIRST + "; " + NODATE),
        A(["第十一条", "(二)"], unit=["区消防救援支队"], note=FIRST + "; " + NODATE),
        A(["第十一条", "(四)"], unit=["区经委(区商务委、区粮食物资储备局)"],
          note=FIRST + "; the bracketed second names kept whole with the unit (as EXPECTED.md's 区公安分局（交管）): one "
               "unit; " + NODATE),
        A(["第十一条", "(五)"], unit=["区教育局"], targets=[(4, "课时"), (1, "次")],
          note=FIRST + "; 「每学期…开展4课时以上消防安全教育和1次以上逃生疏散演练」: minimums the item sets (targets by "
               "round 25's rule); " + NODATE),
        A(["第十一条", "(十)"], unit=["区司法局"], note=FIRST + " (no 负责: 「区司法局将…纳入…」); " + NODATE),
        A(["第十一条", "(十一)"], unit=["区财政局(区金融办)"], note=FIRST + "; bracketed name kept whole; " + NODATE),
        A(["第十一条", "(十三)"], unit=["区规划资源局"], note=FIRST + "; " + NODATE),
        A(["第十一条", "(十五)"], unit=["区建设管理委(区交通委)"], note=FIRST + "; bracketed name kept whole; " + NODATE),
        A(["第十一条", "(十八)"], unit=["区农业农村委"], note=FIRST + "; " + NODATE),
        A(["第十一条", "(二十二)"], unit=["区退役军人局"], note=FIRST + "; " + NODATE),
        A(["第十一条", "(二十六)"], unit=["区绿化市容局"], note=FIRST + "; ASCII 「;」 between clauses; " + NODATE),
        A(["第十一条", "(二十八)"], unit=["区气象局"],
          note=FIRST + "; 「及时将气象预警信息通报消防救援机构」 (see duties); " + NODATE),
        A(["第十一条", "(三十)"], unit=["区城运中心"], note=FIRST + "; 「市12345」 a hotline's number, not a figure; "
          + NODATE),
        A(["第十一条", "(三十一)"], note="「各级政府组织、团体等」: kinds, no unit; " + NODATE),
        A(["第十二条"], unit=GOV, note=FIRST + "; 「组织年度消防工作考核」 an assessment; " + NODATE),
        A(["第十三条"], unit=["区消防安全委员会"], note=FIRST + "; 「定期召开成员单位会议」 (see duties); " + NODATE),
        A(["第十四条"], note="「各有关部门应当…」: a group of departments as kinds, no named unit; " + NODATE),
        A(["第十五条"], unit=GOV, note=FIRST + "; " + NODATE),
        A(["第十九条"], note="opens with a condition (「发生造成人员伤亡…的一般或较大火灾事故，由区政府组织调查处理」): prose; "
          + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区政府每年向市人民政府专题报告本区消防工作情况", "when": "每年", "when_norm": "yearly"},
             {"what": "区消防安全委员会定期召开成员单位会议，分析研判消防安全形势", "when": "定期", "when_norm": None},
             {"what": "区气象局及时将气象预警信息通报消防救援机构", "when": "及时", "when_norm": None}],
     notes=["counting: 第一条 (目的), 第二条 (适用范围), 第三条–第五条 (principles 「坚持…」) and 第二十条 (a definition) give no "
            "work (sections); 第六条 (一)–(十四) 14 + 第七条 (一)–(七) 7 + 第八条 第九条 2 + 第十条 (一)–(八) 8 + 第十一条 "
            "(一)–(三十一) 31 + 第十二条–第十九条 8 → 70. Accepted: 73 (第三条–第五条 as leaves), 76 (every article a leaf) "
            "and 68 (第八条's reference and 第九条's posts not tasks)",
            "samples: 29 — four of 第六条's fourteen items, two of 第七条, 第八条, 第九条, two of 第十条, fourteen of 第十一条's "
            "thirty-one bureau items, and five articles of 第四章",
            "units: duty lists by their lead-ins (区政府, 镇级人民政府, 区政府工作部门); 第十一条's items by their first unit, a "
            "bracketed second name kept whole; kinds and posts are none; 第十一条(八) (区公安分局 / 公安派出所) and 第十七条 (three "
            "units bound by conduct rules) were not sampled",
            "dates: no dated item; the cover's 2020年7月20日",
            "figures: 4课时 / 1次 minimums (targets); 7个工作日 a time limit; 12345 a hotline; rhythms (每季度, 每年至少一次) not "
            "checked"])


# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x53_01", ["第七条  (档案信息移交)"], ["区域管理单位"], ["区域管理单位", "区国动办"],
        "「区域管理单位应当会同区国动办进行现场查验、核对」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 「向区国动办申请办理备案」 a receiver, 「配合区国动办开展…查验」 names no 牵头 of rule 2, 「告知」 no verb of rule 2", alt=[[]], rule="2 and 3")
align30("x53_03", ["第五条"], [], ["消防安全重点单位"],
        "「消防安全重点单位应当确定消防安全管理人，组织实施本单位消防安全工作」: the subject of 组织实施 (a kind of body) is responsible, no lead (A alone accepted as lead); 「法定代表人、主要负责人或实际控制人…全面负责」 are persons (rule 3)", alt=[["消防安全重点单位"]], rule="2 and 3")
align30("x53_03", ["第二十七条"], ["行业主管部门"], ["行业主管部门"],
        "「…消防安全隐患，须及时抄告行业主管部门或属地派出所和消防救援机构，由行业主管部门牵头对消防隐患进行查处」: 「由A牵头」, lead and responsible A (the article's own work under 「管行业必须管安全」, not a case clause 「…的，由A」); the bodies 抄告 receive the referral (rule 3)", rule="2 and 3")
align30("x53_04", ["第十九条"], [], ["区政府"],
        "「发生造成人员伤亡或产生社会影响的一般或较大火灾事故，由区政府组织调查处理」: the article's whole work is the response to the case (the round-30 clarification: such an item takes A), the agent of 由 with 组织＋verb is responsible, no lead (A alone accepted as lead); 「一般委托区消防救援支队…」 names no agent of rule 2, 「也可由政府直接组织…」「案情简单的，可由区消防救援支队独立组成…」 are options inside it", alt=[["区政府"]], rule="2 and 3")
# round 31: answers aligned (ro31) to tests/data/CONVENTIONS.md — checks the sentence-unit reader (on from round 31)
# reads by the ruling that the answers, written before it, read as prose (README, "Round 31: answers aligned (ro31)")
from expected_tools import align31  # noqa: E402

align31('x53_03', ['第十四条'], [], ['物业服务单位'], "「物业服务单位应当按照合同、协约等约定落实消防安全防范服务」: a kind of body (rule 2's A names 物业服务企业) with 落实 is a doer; the first paragraph's 「所有、管理、使用各方」 act in a case (同一建筑物由两个以上单位管理或使用的) and are parties, no bodies; responsible, no lead")  # noqa: E501

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x53_02', None, 'a regulated party\'s filing is no duty', '「施工单位制定工程隐患整治应急防范工作预案，并报送监理单位进行审核」: a project party\'s filing in the rules for works', drop_duties=['施工单位制定'])
align32('x53_03', None, 'a regulated party\'s filing is no duty', '「火灾高危单位…将评估报告报属地消防救援机构备案」: the regulated premises file with the fire authority', drop_duties=['火灾高危单位'])

# round 32: answers aligned (p32u) to tests/data/CONVENTIONS.md — a designation is a doer (round 32) and rule 2's
# doers read past a modal and an adverb (README, "Round 32: answers aligned (p32u)")
from expected_tools import align32_units  # noqa: E402

align32_units('x53_03', ['第五条'], [], ['机关、团体、企业、事业等单位', '消防安全重点单位'], '「机关、团体、企业、事业等单位是消防安全的责任主体」: a designation is a doer (round 32), one name as printed (kinds sharing the head 等单位, round 31), before 「消防安全重点单位应当…组织实施本单位消防安全工作」 (the subject of 组织实施); persons stay none (reader still differs: it splits the name)', alt=None)  # noqa: E501

# round 45 (al47b): the Round 47 ruling q44c (governs) — role-like kinds (建设单位, 施工单位, 监理单位, 设计单位 …) as the
# subjects of articles are doers of any verb of doing (round 44's article rule; round 34); a filing, an option, a cost
# verb and a person's role stay none (CONVENTIONS.md "Round 47 rulings, written early"; README, "Aligned round 45 (al47b)")
from expected_tools import _sample32, align34_units  # noqa: E402


def align45_q44c(file, path, lead, resp, why, alt=None, drop_alt=False):
    """One sample aligned to q44c, noted 「aligned round 45 (Round 47 q44c): <why> (old → new)」 before the earlier
    note; ``drop_alt`` drops a single body's accepted lead where the item now has two doers."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 45 (Round 47 q44c): ", 1)
    if drop_alt:
        s.pop("lead_alternatives", None)


align45_q44c('x53_02', ['第十三条'], [], ['施工单位'],
             "「施工单位应当制定工程隐患整治应急防范工作预案」 — the subject of the article's 制定 is a doer; 「并报送监理单位进行审核」 is a filing to its reviewer (round 46: a sending names no doer; 监理单位 receives it)",
             alt=[['施工单位']], drop_alt=False)
align45_q44c('x53_02', ['第十六条'], [], ['监理单位'],
             "「监理单位应当建立工程进度考核机制，每月对工程进度进行检查、考评」 — the subject of the article's 建立／检查 is a doer; 「并将结果报区国动办」 a filing (区国动办 receives it)",
             alt=[['监理单位']], drop_alt=False)
align45_q44c('x53_01', ['第七条  (档案信息移交)'], ['区域管理单位'], ['人防工程建设单位', '区域管理单位', '区国动办'],
             "「人防工程建设单位应当配合区国动办开展人防工程现场查验、核对工作，提供项目工程基础信息，向人防工程管理责任人提供一套…档案」 — the subject of the article's 配合／提供 (information and records, not money: no cost verb) is a doer, as printed with its field; the lead 区域管理单位 (会同) kept; 人防工程管理责任人 (a 责任人 the set reads as a role that may be a person, not one of the ruling's kinds) stays none",
             alt=None, drop_alt=False)

# Round 50 (al50): answers aligned to tests/data/CONVENTIONS.md, "Round 56 rulings" → Tasks (turned: rounds 34, 44, 47
# q44c, 50 over x53_03's set rule 「the actors are kinds, no units」), read at the items' text (README, "Round 50")
from expected_tools import align33_units as _align33_50  # noqa: E402

_R56 = ("a duty list 「X应当履行下列职责／责任：（一）…」 is read by its items: each item that gives work is a task, its subject "
        "the lead-in's (round 50), a doer where X is a body named by a kind (rounds 30, 41, 46); the set's rule 「the actors are "
        "kinds, no units」 (before round 34) is dropped; no 牵头: lead []")


def _align50(file, path, resp, why, alt_resp=None):
    """One sample's units aligned (lead [], a single body as lead accepted as the set writes it; ``alt_resp`` the
    accepted responsible sets); the note starts 「aligned round 50 to CONVENTIONS.md "Round 56 rulings" (turned): <why>
    (old → new); the earlier reading: …」."""
    _align33_50(file, path, [], resp, _R56 + " — " + why, alt=[list(resp)] if len(resp) == 1 else None)
    s = _sample32(file, path)[1]
    if len(resp) > 1:
        s.pop("lead_alternatives", None)
    if alt_resp is not None:
        s["responsible_alternatives"] = alt_resp
        s["note"] = s["note"].replace("; the earlier reading: ", f"; accepted responsible {alt_resp}; the earlier reading: ", 1)
    s["note"] = s["note"].replace("aligned round 33: ", 'aligned round 50 to CONVENTIONS.md "Round 56 rulings" (turned): ', 1)


_ORG = ["机关、团体、企业、事业单位"]
_W11 = ("「第十一条　机关、团体、企业、事业单位应当落实消防安全主体责任，履行下列职责：」 — the lead-in's kinds, one name as printed "
        "(fields sharing the head 单位, round 31), the doer of each item that gives work")
_align50('x53_03', ['第十一条', '(一)'], _ORG, _W11 + ": 「明确…责任人…，制定本单位的消防安全制度…。定期组织开展…演练」")
_align50('x53_03', ['第十一条', '(三)'], _ORG, _W11 + ": 「…配备消防设施和器材，设置消防安全标志，定期组织检验维修…」")
_align50('x53_03', ['第十一条', '(九)'], _ORG, _W11 + ": 「积极应用消防物联网技术，联入消防大数据应用平台…」")
_align50('x53_03', ['第十二条', '(五)'], ['消防安全重点单位'],
         "「第十二条　消防安全重点单位除履行第十一条规定的职责外，还应当履行下列职责：」: 「组织员工进行岗前消防安全培训…每半年至少"
         "组织一次疏散演练」")
_align50('x53_03', ['第十三条', '(五)'], ['人员密集场所', '易燃易爆单位', '高层、地下公共建筑'],
         "「第十三条　容易造成群死群伤火灾的人员密集场所、易燃易爆单位和高层、地下公共建筑等火灾高危单位…还应当履行下列消防安全职责：」 "
         "— round 35's 等 tail: the kinds printed before 等 (「高层、地下公共建筑」 one name, fields sharing the head 公共建筑); "
         "「建立消防安全评估制度，每季度开展一次消防安全自评估，每年委托…机构开展一次消防安全评估」 (the 备案 a filing, no duty)",
         alt_resp=[["火灾高危单位"]])
_W18 = ("「第十八条　居民委员会应当协助政府及其派出机关做好消防安全工作，具体内容包括：」 — the lead-in's body named by a kind "
        "(协助 the lead-in's verb; the items give it work)")
_align50('x53_03', ['第十八条', '(一)'], ['居民委员会'], _W18 + ": 「制定消防安全工作制度，组织建立居民防火公约。…组织开展防火安全检查」")
_align50('x53_03', ['第十八条', '(六)'], ['居民委员会'], _W18 + ": 「对所在区域内的孤寡老人…登记造册，加大…帮扶和宣传力度」")
_align50('x53_03', ['第十九条', '(四)'], ['业主大会', '业主委员会'],
         "「第十九条　业主大会、业主委员会应当履行下列住宅物业消防安全责任：」: 「制定对业主、物业使用人的…宣传教育和年度消防演练"
         "计划」; none accepted (rounds 46, 47: owners' bodies)", alt_resp=[[]])
_align50('x53_03', ['第二十条', '(三)'], ['物业服务企业'],
         "「第二十条　物业服务企业应当履行下列消防安全责任：」: 「每日对…共用部位进行防火巡查，每月至少进行一次防火检查，消除火灾隐患…」")

# aligned round 51 (p51a) to CONVENTIONS.md "Round 51 rulings" (q47b, turned): an officials' liability article with no agent
# states a consequence — no task, no doer (as x225_04 第三十五条). x53_04 第十八条 「…失职渎职的政府及有关部门负责人和工作人员
# 实行问责，涉嫌犯罪的，移送司法机关处理」 is one: 70 → 69 (each accepted count one less: 72, 75, 67).
from expected_tools import PLANS  # noqa: E402

for _p in PLANS:
    if _p["file"] == X04:
        _p["leaf_tasks"], _p["count_alternatives"] = 69, [72, 75, 67]
        _p["notes"][0] = ('aligned round 51 to CONVENTIONS.md "Round 51 rulings" (q47b, turned): 第十八条 (officials\' '
                          'liability with no agent 「…负责人和工作人员实行问责，涉嫌犯罪的，移送司法机关处理」) states a consequence, '
                          'no task: 70 → 69, each accepted count one less (72, 75, 67); the earlier reading: ' + _p["notes"][0])

# aligned round 51 (p51a) to CONVENTIONS.md "Round 36 rulings, written early" (Tasks: 「Prohibitions to the public with no body
# named are text」): x53_01 第十三条 (社会监督) 「任何单位或者个人不得实施擅自拆除、破坏、占用人防工程等行为。对…的行为，任何单位
# 或者个人都有权制止并向区国动办举报。」 is a prohibition and a right of everyone, no body doing work — no task: its sample is
# dropped, 14 → 13 (accepted 17, 10, 12: each reading without it).
for _p in PLANS:
    if _p["file"] == X01:
        _p["samples"] = [_s for _s in _p["samples"] if _s["path"] != ["第十三条  (社会监督)"]]
        _p["leaf_tasks"], _p["count_alternatives"] = 13, [17, 10, 12]
        _p["notes"][0] = ('aligned round 51 to CONVENTIONS.md "Round 36 rulings, written early" (prohibitions to the public '
                          'with no body named are text): 第十三条 (「任何单位或者个人不得…」「…任何单位或者个人都有权制止并向区国动办'
                          '举报」) no task, its sample dropped: 14 → 13, accepted 17, 10, 12; the earlier reading: ' + _p["notes"][0])

# aligned round 52 (al52) to CONVENTIONS.md "Round 60 rulings" (Tasks, turned; rv51): x53_01 第十四条 （指引条款）
# 「违反本规定的行为，…依照有关法律、法规、规章处理」 only points to the law — a general provision (round 34's 参照 article;
# round 48) and a consequence with no agent (rounds 48, 51 q47b): no task, 13 → 12 (README, "Round 52").
for _p in PLANS:
    if _p["file"] == X01:
        _p["leaf_tasks"], _p["count_alternatives"] = 12, [13, 17, 10, 9]
        _p["notes"][0] = ('aligned round 52 to CONVENTIONS.md "Round 60 rulings" (turned): 第十四条 （指引条款） 「违反本规定的行为，'
                          '…依照有关法律、法规、规章处理」 only points to the law, a general provision and a consequence with no '
                          'agent (rounds 34, 48, 51 q47b): no task (no sample on it): leaf_tasks 13 → 12, count_alternatives '
                          '[17, 10, 12] → [13, 17, 10, 9]; 13, 17 and 10 stay accepted (round 30), 9 joins them; the earlier '
                          'reading: ' + _p["notes"][0])


# aligned round 52 (al53) to CONVENTIONS.md "Round 62 rulings" (turned), read at the items' text (README, "Round 52")
from expected_tools import align33_units as _align33  # noqa: E402


def align62_units(file, path, lead, resp, why):
    """One sample's units aligned to a turned reading of "Round 62 rulings"; the earlier reading is not accepted."""
    _align33(file, path, lead, resp, why)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 33: ", 'aligned round 52 to CONVENTIONS.md "Round 62 rulings" (turned): ', 1)
    s["note"] = s["note"].replace("; the earlier reading: ", "; the earlier reading (not accepted): ", 1)


align62_units('x53_02', ['第八条'], [], ['采购代理机构'],
              "in 第X条 articles a party named by a kind is a doer by any verb of doing (round 54); 「采购代理机构应当严格按照…规定的政府采购方式和程序进行」: a kind with a verb of "
              "doing")
align62_units('x53_02', ['第二十三条'], [], ['项目管理服务单位'],
              "in 第X条 articles a party named by a kind is a doer by any verb of doing (round 54); 「项目管理服务单位应当建立健全信息档案收集制度」: a kind "
              "with a verb of doing")
align62_units('x53_03', ['第三条'], [], ['区各部门(单位)', '街镇'],
              "「区各部门(单位)、街镇应加强对消防工作的领导，…做好…」: a run-in heading does not make its article's sentences "
              "prose; 加强 and 做好 are verbs of doing in an article (round 57), 区各部门(单位) a kind with its bracket (rounds 34, "
              "52) and 街镇 the district's streets and towns, a kind (rounds 30, 45)")


# round 53 (al54): aligned to CONVENTIONS.md "Round 64 rulings" (turned; round 34's 参照 article over x53_04's reading; x53a):
# x53_04 第八条 「…等承担区域经济社会管理职能的镇级机构，参照镇级人民政府职能执行」 gives no work of its own — it says to whom
# 第七条's duties also apply, a scope by reference (round 34; round 60's x53_01 第十四条): no task, its sample dropped. The
# ruling counts 70 → 69 on the reading before round 51; with round 51's 第十八条 already out that is 69 → 68 here; the old
# count and the reading without 第八、九条 (the ruling's 70 and 68: 69 and 67 here) stay accepted (README, "Round 53").
for _p in PLANS:
    if _p["file"] == X04:
        _p["samples"] = [_s for _s in _p["samples"] if _s["path"] != ["第八条"]]
        _was = f"leaf_tasks {_p['leaf_tasks']}, count_alternatives {_p['count_alternatives']}"
        _p["leaf_tasks"], _p["count_alternatives"] = 68, [69, 72, 75, 67]
        _p["notes"][0] = ('aligned round 53 to CONVENTIONS.md "Round 64 rulings" (turned): 第八条 「…等承担区域经济社会管理职能的'
                          '镇级机构，参照镇级人民政府职能执行」 gives no work of its own, a scope by reference (round 34\'s 参照 '
                          "article; round 60's x53_01 第十四条): no task, its sample dropped (" + _was + " → leaf_tasks 68, "
                          "count_alternatives [69, 72, 75, 67]; the ruling's 70 → 69 counted before round 51's 第十八条); the "
                          "earlier reading stays accepted; " + _p["notes"][0])

# Round 61 (rul84): x53_03 第六条（十三） and five like lines, x53_02 第四–六条' and x53_04 第六、十条' last lines aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: the duty lists' catch-all last lines, governs, p61a-1) (README, round 61)
from aligned_rulings import CATCHALL84, align84  # noqa: E402

align84("x53_03", ["第六条", "(十三)"], "「(十三)法律、法规、规章规定的其他消防工作职责。」 (第六条（十三）) and the same last lines 第九条（八）, 第十一条（十二）, 第十八条（八） 「完成街镇部署的其他消防工作任务」, 第十九条（六）, 第二十条（九）: a last line of a duty list naming no act of its own, only duties other texts set or work others hand down, is text, no task",
        CATCHALL84 + "; sample dropped, 120 → 114, 120 stays accepted", drop=True, counts={"leaf_tasks": 114, "count_alternatives": [120, 122, 67]})
align84("x53_02", None, "「（五）承办区地空联交办的其他工作。」 (第四条（五）), 「（五）承办工作小组交办的其他事项。」 (第五条（五）), 「（四）承办区国动办交办的其他事项。」 (第六条（四）): last lines of duty lists naming only work others hand down: text, no tasks; not sampled",
        CATCHALL84 + "; 32 → 29, 32 stays accepted", counts={"leaf_tasks": 29, "count_alternatives": [32, 37, 21, 26]})
align84("x53_04", None, "「(十四)法律、法规、规章规定的其他消防工作职责。」 (第六条（十四）) and 「(八)法律、法规、规章和国家、本市、本区规定的其他消防安全职责。」 (第十条（八）): last lines of duty lists naming no act of their own: text, no tasks; not sampled",
        CATCHALL84 + "; 68 → 66, 68 stays accepted", counts={"leaf_tasks": 66, "count_alternatives": [68, 69, 72, 75, 67]})

# Round 62 (rul86): x53_04 第七条's closing paragraph aligned to tests/data/CONVENTIONS.md "Round 86 rulings" (Tasks and counts, governs: the paragraph after an article's items, p62c) (README, round 62)
from aligned_rulings import CLOSING86, align86  # noqa: E402

align86("x53_04", None, "「街道办事处应当履行前款第(一)、(四)、(五)、(六)、(七)项职责，并保障消防工作经费。」 (第七条, after (七)): another body bound by 应当 to named duties and 保障…经费 — work of its own, not a 参照 scope (Round 64's 第八条): one more task of the article; not sampled",
        CLOSING86 + "; 66 → 67, 66 stays accepted", counts={"leaf_tasks": 67, "count_alternatives": [66, 68, 69, 72, 75]})

write_collected(DIR)
