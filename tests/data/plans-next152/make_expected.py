# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next152/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c152, round 38: eight page openings of plans from outside Shanghai — 广东省's 2009
notice forwarding the 国办 notice on the 第二次全国地名普查 pilot (one paragraph of work: 「省民政厅负责…,省海洋渔业局负责…」),
黄沙街镇's 2025 汛前安全大检查 实施方案 (traditional script with inline pinyin, headed points, 「由農(nóng)業(yè)綜合服務(wù)中心
負(fù)責(zé)實(shí)施」), a 街道机关's 2018 生活垃圾分类 实施方案 (a dated stage with items, no unit), a hospital's 生活垃圾分类 实施方案
(「各科室为各自垃圾分类责任部门, 物业公司 为…责任单位」), 上浦镇's 出租房消防安全综合整治 实施方案 (a dated stage, 镇政府),
罗江镇's 2019 出租屋 消防安全管理 工作方案 (three dated stages with bodies, 「压实单位责任」), a 南昌 安全生产月 活动方案 on a
template site (「此项工作由A负责组织协调」) and a city 卫生系统 平安生产月 活动方案 (no body named): never tune the parser on them
(see README.md).
Only `line` and `title_starts` are looked up in the text (``locate`` of ../plans/expected_tools.py; ``at`` and
``starting`` below for a number inside a line and an unnumbered paragraph); every answer was written here by reading the
texts under `tests/data/CONVENTIONS.md` (rules 1–4 of round 29, the round-30 clarifications, the round-31 to round-38
rulings, cited in the notes). Neither the parser nor the scorer was run on these plans by c152.

    python tests/data/plans-next152/make_expected.py tests/data/plans-next152
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
MASK = "the year is masked on the page (「xx年」): the deadline is not checked"
NOUNIT = "no body is named as the doer (rule 2's closed list): lead = [], responsible = []"


# For items locate cannot find (a number inside a line), the first words cut at the line's end.
at = partial(at_line_in, DIR)


def starting(file, start):
    """Line and first eight characters of the one line that starts with ``start`` (an unnumbered paragraph)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, ln in enumerate(lines) if ln.strip().startswith(start)]
    assert len(hits) == 1, (file, start, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0]].strip()[:8]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x152_01_guangdong-2009-dierci-diming-pucha-shidian-zhuanfa-tongzhi.txt"
plan(X01,
     title="转发国务院办公厅关于开展第二次全国地名普查试点的通知",
     title_note="line 2 (line 1 is the site's 「首页 > 财政法规」)",
     doc_no="", issuer="广东省人民政府办公厅 (the signature; forwarding 国办发〔2009〕58号, printed 「〔200958号」)",
     date="2009-11-25 (the signature 「○○九年十一月二十五日」)", level="province (Guangdong)",
     source=page_source("https://www.hxacc.com/index.php/site/account_law/content_show/29407/0"),
     style="a finance-law site's page: the notice's title, addressees, 「现将…转发给你们,请认真贯彻执行。」, ONE unnumbered paragraph "
           "of work (「省有关部门和有普查试点任务的地区要…认真组织实施」, the 领导小组 and its office set up, 「省民政厅负责…,省海洋渔业局"
           "负责…」, 「各成员单位要…密切配合」, 「经费由当地财政…安排」), the 附件 line, the signature and date, then the attached "
           "member list (persons with their posts) — cut in it",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["地名普查是一项公益性"], [], ["省有关部门", "省民政厅", "省海洋渔业局", "各成员单位", "当地财政"], nodl=True,
          **starting(X01, "地名普查是一项"),
          note="round 38 (unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks; path by first "
               "words); " + R2 + ", several clauses in printed order: 「省有关部门和有普查试点任务的地区要…认真组织实施」 (组织＋work, "
               "round 34; 有关部门 a kind, round 33; RULING?: 「有普查试点任务的地区」 gives by round 34's 的 rule 地区, read as the "
               "no-kind word of round 32 (各地区) and dropped — the other reading keeps 地区), 「省民政厅负责…」, 「省海洋渔业局负责…」 "
               "(subjects of 负责), 「各成员单位要根据职责分工,密切配合」 (round 34: 配合 in an item with a doer makes B responsible; "
               "round 35: 各成员单位 a group named by a kind), 「地名普查试点工作经费由当地财政根据实际情况安排,并…按时拨付」 (RULING?: "
               "由A＋安排 — 安排／拨付 are no cost verbs of round 37's closed list (承担／分担／保障／列支／提供／投保), so A is a doer; "
               "the other reading makes 当地财政 a payer, no unit); 「省成立由省民政厅、海洋渔业局等有关单位组成的…领导小组」 are "
               "members and 「领导小组办公室设在省民政厅,负责日常工作」 the office the item sets up (rule 3: not units); lead [] (no "
               "牵头); 「任务完成后」 is an event: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task: the paragraph of work after 「现将…转发给你们,请认真贯彻执行。」 (the cover's instruction, no task); 0 accepted "
            "(the paragraph read as the cover of a forwarded notice not on the page); the attached member list names persons "
            "(no task, no unit)",
            "no figures but the document number and the date"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x152_02_huangshajie-zhen-2025-xunqian-anquan-dajiancha-shishi-fangan.txt"
PINYIN = ("RULING?: names are kept as printed, the page's inline pinyin included (round 36: 「As printed」 — 「公安廳」 not "
          "「省公安廳」); the other reading strips the pinyin (農業綜合服務中心, 鎮汛前大檢查工作領導小組)")
plan(X02,
     doc_no="", issuer="黄沙街镇 (「鎮防指…制定2025年汛前安全大檢查實施方案」; the town's 防汛抗旱指挥部)",
     date="2025 (the preamble and 三、's dates)", level="town (黄沙街镇; Hunan, 汨罗 by its name — not on the page)",
     source=page_source("http://www.nbjoybaby.com/37584/38154/38157/38161/38248/40416/content_2285595.html"),
     style="a page in traditional script with inline pinyin after many characters 「鎮(zhèn)」 (the site's), opening at the "
           "addressees 「各村(社區(qū)):」 (no title line), a preamble, then headed points over paragraphs: 一、組織領導 (the "
           "領導小組 of persons and its office), 二、工作目標, 三、檢查時間 (dates and 「由…負責實施」「…領導小組組織…開展復查」), "
           "四、檢查範圍, 五、檢查重點 — CUT in 五、",
     title_note="not checked: the page has no title line (the plan's name stands in the preamble)",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、組織領導", "二、工作目標", "四、檢查範圍"],
     samples=[
        S(["三"], [], ["農(nóng)業(yè)綜合服務(wù)中心", "鎮(zhèn)汛前大檢查工作領(lǐng)導(dǎo)小組"],
          dl="2025年3月21日結束…3月24日下午5點前…3月25日起", dln="2025-03",
          note="round 34 (a childless headed point whose text gives work to a rule-2 doer is a task): " + R2 + " — 「小型水庫、排澇泵站"
               "汛前檢查由農業綜合服務中心負責實施」 (由A負責實施) and 「3月25日起鎮汛前大檢查工作領導小組組織對各村排查整改情況開展復查」 "
               "(組織＋work, round 34; the group set up in 一、 is a doer in a later item, round 36) — in printed order; 各村 only "
               "have a 自查時間 (no rule-2 verb); lead [] (no 牵头); " + PINYIN + "; dates 「自2025年3月17日開始,至2025年3月21日"
               "結束」, 「3月24日下午5點前上報」 and 「3月25日起」 (a start) — every reading of round 34's latest date falls in 2025-03, "
               "so the deadline is checked at the month; 「5點」 a clock time (not a target)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "上報(bào)汛前大檢查臺(tái)賬報(bào)表至鎮(zhèn)汛前大檢查工作領(lǐng)導(dǎo)小組辦公室",
              "when": "3月24日下午5點(diǎn)前", "when_norm": "2025-03-24",
              "note": "round 35: a plan body's (the villages', elided) sending to the plan's office is a duty; the year from "
                      "the same paragraph 「2025年3月17日」"}],
     notes=["1 task: 三、檢查時間 (the only point naming doers); 2 accepted (五、檢查重點 read as a childless point giving work "
            "「重點檢查…」, cut, no body); 一、 sets up the group and its office (persons; rule 3), 二、 and 四、 name no body and "
            "give no work to a body (aims, scope)",
            "no targets: 「2025年」, dates and 「5點」 only"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x152_03_jiedao-jiguan-2018-shenghuo-laji-fenlei-gongzuo-shishi-fangan.txt"
STAGE3 = ("round 35 (a stage's span gives its items their deadline, the span's end): 「(一)准备阶段(2018年5月31日至6月24日)」 — "
          "2018-06-24")
NAMES3 = ("the plan names no unit (一、 sets up the 领导小组 of persons and its office 「设在党政办,负责…」 — rule 3, round 35: "
          "bodies an item sets up stay no unit): every numbered leaf is a task (plans-dev 08, seed 003); " + NOUNIT)
plan(X03,
     title="街道机关生活垃圾分类工作实施方案",
     title_note="line 1 (line 8 repeats it run into the addressees 「…实施方案机关各科室:」)",
     doc_no="", issuer="a 街道 (its 机关; 「根据…(x城管〔2018〕x号)」, the district masked 「xx区」)",
     date="2018 (the stage's dates)", level="street (街道机关; place masked)",
     source=page_source("https://360docs.net/doc/0416232126.html"),
     style="a document site's page: the title, the site's 「合集下载」 and three numbered notices 「1. 1、…」, the title run into "
           "the addressees, a preamble, 一、组织领导及职责分工 (two paragraphs: the group of persons, the office 「设在党政办,负责…」), "
           "二、实施步骤 (一)准备阶段(2018年5月31日至6月24日) 1.–3. (run-in headings) — CUT in 3. (「1/ 4」), the site's "
           "「相关文档 / 最新文档」",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、组织领导及职责分工"],
     samples=[
        S(["二", "(一)", "1"], [], [], dl="2018年5月31日至6月24日", dln="2018-06-24",
          note="「1.制定实施方案。根据机关实际情况,制定专项工作方案…」 — " + NAMES3 + "; " + STAGE3),
        S(["二", "(一)", "2"], [], [], dl="2018年5月31日至6月24日", dln="2018-06-24",
          note="「2.召开动员会议。召开街道机关生活垃圾分类动员会议…」 (召开 without 组织 is no rule-2 verb, round 30) — " + NAMES3
               + "; " + STAGE3),
        S(["二", "(一)", "3"], [], [], dl="2018年5月31日至6月24日", dln="2018-06-24",
          note=CUT + " (「完成各分类点1/ 4」 — 「1/ 4」 the site's page count, not a target); " + NOUNIT + "; " + STAGE3),
     ],
     plan_targets=[],
     phases=[{"name": "准备阶段", "start": "2018-05", "end": "2018-06"}],
     duties=[],
     notes=["3 tasks: 二/(一)/1–3 (the stage (一) has numbered items: a phase, its items the tasks, round 32/33); 4 accepted "
            "(一、 read as a childless point giving work to the office, round 34) — RULING?: 「职责分工」 in 一、's heading is a "
            "work heading (round 35), but the only body given work is the office the item sets up (round 35: 「下设…推进组,负责…」 "
            "stays rule 3), so it is read as naming no unit; 党政办 only houses the office",
            "the page's notices 「1. 1、…」 before the title are site chrome (no items)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x152_04_yiyuan-shenghuo-laji-fenlei-gongzuo-shishi-fangan.txt"
plan(X04,
     title="医院关于生活垃圾分类工作实施方案（医院关于生活垃圾分类实施工作方案）",
     title_note="the document's own title is split over lines 10 and 12 「医院关于生活垃圾分类 / 工作实施方案」; the site's headline "
                "(lines 3 and 5) reads 「…实施工作方案」: either accepted (the 「X（Y）」 form)",
     doc_no="", issuer="a hospital (masked 「**** 医院」, the city 「**** 市」)", date="(no date on the page)",
     level="hospital (masked)",
     source=page_source("https://www.jqkq.cn/wenku/rrdcv/lVqw997BvE"),
     style="a travel site's document page: the site's lines, the headline, 「来源:吉趣旅游网」「word」, the title in two lines, a "
           "preamble broken into pieces (「医院高度」「现结合我院实情, 制」), 一、组织保障 (the 领导小组, 督导队 and 志愿者队 set up), "
           "二、工作目标, 三、生活垃圾分类要求 with 「(一)实施范围 医院所有区域。 (二)管理模式」 on ONE line, the site's 「...」 and "
           "「word」, (二)'s text, (三)设施配置及分类流程 1、 — CUT in 1、",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、组织保障", "二、工作目标"],
     samples=[
        S(["三", "(二)"], [], ["各科室", "物业公司"], nodl=True, **at(X04, "(二)"),
          note="round 34 (items numbered inside one paragraph: (一), (二) run in order inside line 30); its text is the paragraph "
               "after the site's 「...」 and 「word」 (round 32/34: an unnumbered paragraph after the item that gives work is its "
               "body); round 32/33 (designations hold whoever is designated): 「各科室为各自垃圾分类责任部门, 物业公司 为大院内公共"
               "区域责任单位(有二次分类等责任)」 — 各科室, 物业公司 (the bracket describes the duty, not a name); lead [] (no 牵头); "
               + NODATE),
        S(["三", "(三)", "1"], [], [], targets=[(1, "组")], nodl=True,
          note=CUT + "; 「在医院门诊楼前、…分别布置 1 足有害垃圾桶…。在医院住院楼一至三层过道分别布 置 1 组有害垃圾桶…」 — round 35 "
               "(a 要求 section holding the plan's own content is read like any section: an item giving work is a task); "
               + NOUNIT + "; round 37 (an item's own number to build is a target): 1 组 (「1 足」, the page's typo, is the same "
               "figure); 「一至三层」 names floors (no target); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 三/(二) and 三/(三)/1; 3 accepted (三/(一) 「实施范围 医院所有区域」 — a scope with no work, round 30/33 — "
            "counted); 一、 sets up the group, the 督导队 and the 志愿者队 (rule 3; 「各科室负责人」 persons), 二、 names no body"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x152_05_shangpu-zhen-chuzufang-xiaofang-anquan-zonghe-zhengzhi-shishi-fangan.txt"
plan(X05,
     doc_no="", issuer="上浦镇 (「平安上浦」; Zhejiang, 上虞 by the site's path — not in the text)",
     date="2009 (the campaign 「从2009年12月至2010年10月」)", level="town (上浦镇)",
     source=page_source("http://nbxinxi.com/a/shangyuqu/20210602/202891.html"),
     style="a news site's page: 「朗读」, addressees 「各村、企事业单位:」 (no title line), a preamble, headed points 一、指导思想, "
           "二、工作目标, 三、整治重点, 四、方法和步骤 with a lead-in (「以镇政府为具体工作单位和考核责任单位…分四个阶段进行」) and "
           "「(一)宣传发动阶段(2009年12月)。…」 — CUT in (一)",
     title_note="not checked: the page has no title line",
     leaf_tasks=1, attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标", "三、整治重点"],
     samples=[
        S(["四", "(一)"], [], ["镇政府"], lead_alternatives=[["镇政府"]], dl="2009年12月", dln="2009-12",
          note=CUT + "; round 33 (a stage line with its work after the time is a phase and a task); " + R2 + ": 「镇政府将适时召集…"
               "会议,广泛发动,明确职责分工,落实责任,认真组织实施」 (落实, 组织实施 with the subject 镇政府) and 「要认真组织辖区派出所、"
               "安监所、专职消防队等基层力量和村(居)委员会,在…张贴」 — the elided subject is 镇政府 (round 34), and the objects of "
               "组织 (派出所, 安监所, 专职消防队, 村(居)委员会) are not units (round 30's pivot: 「A组织B＋verb」); the lead-in's "
               "「以镇政府为具体工作单位和考核责任单位」 (a designation, round 38) names the same body (rule 4: the item names its own); "
               + ONE + "; the stage's own month 「(2009年12月)」"),
     ],
     plan_targets=[],
     phases=[{"name": "宣传发动阶段", "start": "2009-12", "end": "2009-12"}],
     duties=[],
     notes=["1 task: 四/(一) (the page ends in it; the other three stages are not on the page); 一、–三、 name no body "
            "(aims, the objects of the work); 四、's lead-in is a lead-in (no task, round 33)",
            "「3人以上」 in 三、整治重点 picks the objects (a class the rule covers, rounds 34/38): not a target, and in no task; "
            "「一年左右」 a time, 「附件1」 a name"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x152_06_luojiang-zhen-2019-chuzuwu-xiaoyuan-zhoubian-xiaofang-anquan-guanli-gongzuo-fangan.txt"
CALL6 = ("RULING?: 「镇级相关单位(部门)」 read as a kind (round 34: a kind before 单位 makes a kind — 镇级; the bare 相关单位 is a "
         "general call, round 33), its bracket kept (round 34)")
plan(X06,
     title="罗江镇加强出租屋及校园周边经营场所消防安全管理的工作方案",
     title_note="line 1", doc_no="", issuer="罗江镇 (Sichuan, 达州市通川区; under 通区安办[2019]90号)",
     date="2019 (the stages)", level="town (Sichuan, 通川 罗江镇)",
     source=page_source("http://www.tchuan.gov.cn/xxgk-show-9873.html"),
     style="a district government site's page: the title, a preamble, 一、工作目标, 二、时间和步骤 with three stages "
           "「(一)动员部署阶段(2019年9月10日前)。…」 each with its work and bodies, 三、工作措施及要求 with run-in headings "
           "「(一)加强组织领导。…」「(二)压实单位责任。…」 — CUT in (二)",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], ["各村(社区)", "辖区单位(部门)"], dl="2019年9月10日前", dln="2019-09",
          note="round 33 (a stage with its work after the time is a phase and a task); " + R2 + ": 「各村(社区)、辖区单位(部门)分析"
               "研判…,全面组织发动,广泛开展宣传」 — 组织＋work (组织发动, round 34); 「辖区单位」 a kind (round 34), the brackets kept; "
               "lead [] (no 牵头); the stage's date, checked at the month (「10日前」: the 10th or the 9th)"),
        S(["二", "(二)"], [], ["各村(社区)", "镇安办", "派出所", "规建办"], dl="2019年9月10日至2019年9月30日",
          dln="2019-09-30",
          note="round 33 (stage and task); " + R2 + ": 「各村(社区)、镇安办、派出所、规建办等相关单位(部门)组织开展…消防联合检查」 "
               "(组织开展) — round 35: 「A、B、C等相关…」 with separate heads gives A, B, C (the 等… tail dropped); lead [] (no 牵头); "
               "the span's end"),
        S(["二", "(三)"], [], [], dl="2019年10月", dln="2019-10",
          note="round 33 (stage and task); 「各村(社区)、镇级相关单位(部门)对…工作进行汇总分析,总结经验做法,研究建立…」 — 「A对…进行…」 "
               "names no doer (round 37), 总结／研究建立 are no rule-2 verbs: " + NOUNIT + "; the stage's month"),
        S(["三", "(一)"], [], ["各村(社区)", "镇级相关单位(部门)"], nodl=True,
          note="round 30 (a 工作要求 item naming a doer is a task, round 33); " + R2 + ": 「各村(社区)、镇级相关单位(部门)要高度重视,"
               "…明确…职责分工。根据…特点,落实相关措施…」 — 落实 with the elided subject carried inside the paragraph (round 34); "
               + CALL6 + "; lead [] (no 牵头); 三、 stands under no stage: " + NODATE),
        S(["三", "(二)"], [], ["各村(社区)", "镇级相关单位(部门)"], nodl=True,
          note=CUT + "; round 37/38 (「压实…责任」 is a heading that gives out work: every body given work under it is a unit): "
               "「各村(社区)、镇级相关单位(部门)要督促辖区出租屋和校园…」 — the object of 督促 「辖区出租屋和校园…」 is cut before its "
               "work (round 36: a name the page cuts off is dropped; RULING?: 辖区出租屋, printed whole, read as given no visible "
               "work — not a unit); " + CALL6 + "; lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "动员部署阶段", "start": None, "end": "2019-09"},
             {"name": "集中整治阶段", "start": "2019-09", "end": "2019-09"},
             {"name": "总结固化阶段", "start": "2019-10", "end": "2019-10"}],
     duties=[],
     notes=["5 tasks: 二/(一)–(三) (stages with work: phases and tasks, round 33) and 三/(一)–(二) (run-in headings naming "
            "doers); 4 accepted (三/(一) read as a general call 「要高度重视…」 with 落实 not carried over)",
            "phases: 动员部署阶段 has only an end (「2019年9月10日前」: start null); 「70周年」 and 「[2019]90号」 are not targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x152_07_nanchang-anquan-shengchanyue-huodong-fangan.txt"
plan(X07,
     doc_no="", issuer="南昌市 (「…和南昌市政府联合下发的…通知…,结合我市实际」; addressees 「各县区人民政府,各开发区(新区)管委会,市直有关部门」)",
     date="(the year masked 「xx年」; the site's 「2024-11-19」 is its posting date)", level="city (Jiangxi, 南昌)",
     source=page_source("https://www.wangkeheji.com/niangongzuojihua/74506.html"),
     style="a template site's page 「开展安全生产月活动方案模板8篇」: the site's lines, then 「开展安全生产月活动方案篇1」 — addressees and a "
           "lead-in on one line, 一、活动主题, 二、活动时间 (「6月1日至30日…(6月13日)…」), 三、活动内容 「(一)宣传报道 1、…」 (1、 inside "
           "(一)'s line), 2、, 3、 each closed by 「此项工作由A负责…」 — CUT in 3、",
     title_note="not checked: the page's headline names the template collection 「…模板8篇」, and 「…方案篇1」 is its number",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "(一)", "1"], [], ["市委宣传部新闻处", "市安监局综合处"], targets=[(1, "名")], skip_deadline=True,
          **at(X07, "1、"),
          note="round 34 (items numbered inside one paragraph: 1、 runs from 1 inside (一)'s line); " + R2 + ": 「此项工作由市委宣传部"
               "新闻处、市安监局综合处负责组织协调」 (由A、B负责) — lead [] (no 牵头); 「与省安全生产月活动指导委员会办公室联合召开」 has "
               "no subject (the partner of 联合 is no doer without one); 「南昌日报、南昌晚报、市电视台、市电台各派1—2名记者参加」 — 派 is no "
               "rule-2 verb (round 30: 派出), and round 32 (a range read at its lower edge): 1 名; 「6月1日上午」 — " + MASK),
        S(["三", "(一)", "2"], [], ["市委宣传部", "各新闻单位", "市安监局综合处"], skip_deadline=True,
          note=R2 + ", several clauses in printed order: 「此项工作由市委宣传部部署,各新闻单位落实,市安监局综合处负责协调」 — 由A＋a "
               "verb of doing (部署, round 34), the subject of 落实 (各新闻单位, a kind), the subject of 负责; 「经市领导同意后」 an "
               "approval (rule 3); lead [] (no 牵头); 「6月2日至30日」 — " + MASK),
        S(["三", "(一)", "3"], [], ["南昌移动公司", "南昌联通公司"], skip_deadline=True,
          note=CUT + " (「此项工作由南昌移动公司、南昌联通公司和」): RULING?: the closing 「此项工作由A、B和…」 of the run's pattern is "
               "read as rule 2's 由A＋verb though the verb is cut off; the third name is cut (round 36: dropped); lead [] (no 牵头); "
               "「6月2日至30日」 — " + MASK),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 三/(一)/1–3 (the page ends in 3、); 一、活动主题 and 二、活动时间 are sections (二、 gives the activity's span "
            "and the 宣传咨询日, no work)",
            "the theme 「安全发展,预防为主」 and 「6月13日」 as the second Sunday point to 2010, but the year is masked on the page: "
            "no deadline is checked; 「8篇」「篇1」 are the site's"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x152_08_weisheng-xitong-pingan-shengchanyue-huodong-fangan.txt"
SPAN8 = ("round 36 (an activity's span 「活动时间」 gives its end to items with no date of their own): 「2023年6月1日至30日」 — "
         "2023-06-30")
NONE8 = ("the plan names no unit (四、 sets up the 领导小组 of persons, rule 3): every numbered leaf is a task (plans-dev 08, "
         "seed 003); ")
plan(X08,
     title="卫生系统XX年平安生产月活动方案",
     title_note="line 12 (lines 7–11 are the site's tags 「2023 / 卫生系统 / 安全生产 / 活动 / 方案」); 「平安」 for 「安全」 and "
                "「XX年」 are the page's",
     doc_no="", issuer="a city 卫生局 (「市卫生局成立…领导小组」; the city not named)",
     date="2023 (三、活动时间 「2023年6月1日至30日」, as the page prints it)", level="city bureau (卫生局; place not named)",
     source=page_source("https://wnwk.com/doc/872614.html"),
     style="a document site's page: four notices, the site's contact, tags, the title, a preamble, 一、总体要求, 二、活动主题, "
           "三、活动时间 (「活动时间。2023年6月1日至30日。」), 四、组织机构 (the group of persons), 五、活动内容安排 (一)–(二) — CUT in (二)",
     leaf_tasks=2, attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、活动主题", "三、活动时间", "四、组织机构"],
     samples=[
        S(["五", "(一)"], [], [], dl="2023年6月1日至30日", dln="2023-06-30",
          note=NONE8 + "「开展习近平总书记关于平安生产重要讲话精神…,广泛开展…宣传工作」 has no subject: " + NOUNIT + "; " + SPAN8),
        S(["五", "(二)"], [], [], dl="6月18日", dln="2023-06-18",
          note=CUT + "; " + NONE8 + "「根据市安监局统一安排,6月18日卫生局将派出卫生执法监督所参加“平安…」 — 派出 is no rule-2 verb "
               "(round 30), its object 卫生执法监督所 is no unit, 「根据A统一安排」 a circumstance (rule 3): " + NOUNIT + "; round 37 "
               "(an item's own date wins over its activity's span): 2023-06-18"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 五/(一)–(二); 一、–四、 are childless sections (aims, theme, time, the group set up)",
            "no targets: 「十八届三中、四中、五中」 are names, 「2023」 a year"])


# Round 62 (align85): x152_02 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: a group's
# set-up point that gives it work, governs, p61d-2 — named there for a later alignment) (README, round 62)
from aligned_rulings import align76  # noqa: E402

align76('x152_02', None, "「一、組織領導 成立黃沙街鎮汛前大檢查工作領導小組,由鎮長…任組長,…為成員,領導小組下設辦公室,由江兵同志任辦公室主任,負責領導小組日常工作。」 (x152_02 一): the office's 「負責領導小組日常工作」 is work by 負責, the group's routine included (Round 84: 「负责小组日常工作」), so the set-up point is a task naming none (rule 3), not a composition alone; not sampled",
        "Tasks and counts, governs: round 57's x255_06 一/2, Round 83's x314_03 三 and Round 85's x320_04 二/(一) over the older answer's section (p61d-2); named by Round 84 for a later alignment, aligned by align85; section → task, 1 → 2, 1 stays accepted (and 3: 五、檢查重點 counted too, the builder's 2 on the new count)",
        ruling="Round 84 rulings", rnd=62, counts={'leaf_tasks': 2, 'count_alternatives': [1, 3], 'childless_top_level_sections': ['二、工作目標', '四、檢查範圍']})

write_collected(DIR)
