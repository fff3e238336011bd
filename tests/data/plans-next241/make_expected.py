# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next241/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c241, round 48: eight page openings of plans from outside Shanghai — 常熟's
第二十三届 防治碘缺乏病宣传日 活动方案 (a compilation's piece: 主办单位 and 组织领导 fields, 三 1.–3. with a span
「自5月10日起至6月30日止」 and a day 「5月15日」, CUT); 河北省卫生计生委's 2014 世界母乳喂养周 notice (三 headed points with
要, general calls, CUT); a 兴化 镇's 2021 美国白蛾 防控 notice (戴政发〔2021〕33号, run in on one line, 「各村、各有关单位要…落实措施」,
CUT); a 贺兰县 xx镇's 20xx 春季植树造林 实施方案 (masked years and days, 「由xx镇统一安排,林业站组织实施」, dated stages, CUT);
an XX镇's 2024 植树造林工作方案 (rates 「100%」「80%以上」, a 指挥所 set up, 「各村要将…落实到地段到农户」, CUT); 张家界's 2025
长江十年禁渔 实施方案 under its cover (张政办发〔2025〕16号; one item whose unit bracket the page cuts 「(市农业农」); a 区's
2013 马路市场集中整治方案 (a 范文 site's copy; a dated stage, 「由市中办事处在16日前做10块告示牌」, CUT); 海东市平安区's 2017
退耕还林 notice (平政辦〔2017〕42號, inline pinyin, 「一,、」 numbers, a campaign span 「從4月1日起,利用一個月時間」, CUT)): never
tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–51 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c241.

    PYTHONPATH=. python tests/data/plans-next241/make_expected.py tests/data/plans-next241
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on page, a number glued to a stray comma): the line where the nth
# marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…, a designation; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 36/45: hired persons; round 42: 干部 are persons; round 30: 领导)"
CALL = "各地／各单位／各有关单位 are general calls (rounds 32, 33), no units with any verb"
MASKED = "the year is masked 「20xx」 (and the day 「x日」): the deadline is not checked (round 48: only what is printed is read)"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x241_01_changshu-di23-diquefabing-xuanchuanri-huodong-fangan.txt"
Y01 = ("the year 2016 is read from the plan's own ordinal 「为做好第二十三届防治碘缺乏病宣传日活动」 (the first 防治碘缺乏病日 was "
       "1994, so the 23rd is 2016): round 49 (x230_02) — an ordinal of a yearly day fixes the plan's year where no year is "
       "printed; here without 今年, naming the plan's own activity (RULING? 1)")
SPAN01 = "「1.本次活动自5月10日起至6月30日止」 (round 36/37: an activity's span; its end dates items with no date of their own)"
plan(X01,
     title="第23个全国碘缺乏病宣传日方案",
     title_note="line 4 「【第23个全国碘缺乏病宣传日方案1】」 is the compilation's piece header; round 49 (x231_07: 「附:2017年世界人口日"
                "活动方案1」) drops the marks 【】 and the piece's number; line 1 「第23个防治碘缺乏病日主题」 is the site's headline "
                "over a Q&A (lines 2–3)",
     doc_no="", issuer="常熟市 (「巩固常熟市实现消除碘缺乏病防治成果」; 主办单位 常熟市盐务管理局、常熟市卫生局、常熟市教育局; Jiangsu: "
                       "「江苏省持续消除碘缺乏病行为计划」)",
     date="not shown (第二十三届: 2016 by the ordinal; RULING? 1)", level="city (常熟市, a county-level city of 苏州)",
     source=page_source("http://gkzzy.com/jieri/xisu/555240.html"),
     style="a 节日 site's page: a headline and a two-line Q&A (「主题暂时还没有明确」), then the piece 【…方案1】: a preamble, 一、主办单位 "
           "(three bodies), 二、组织领导 (a 宣传领导小组 of persons, 「各成员单位认真履行…职责」), 三、活动时间与内容安排 1.–3. — 1. a span "
           "「自5月10日起至6月30日止」 with a work paragraph, 2.启动仪式 (5月15日, persons, media), 3. CUT after its heading",
     leaf_tasks=3, count_alternatives=[4, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、主办单位", "二、组织领导"],
     samples=[
        S(["三", "1"], [], [], dl="自5月10日起至6月30日止", dln="2016-06-30",
          note="「本次活动自5月10日起至6月30日止。」 then 「开展好本次活动,积极开展创新工作,结合省局布置的…活动…序时开展」 — the item "
               "gives work (开展, no subject; 省局／省盐务局、卫生厅、教育厅 only issued the notices it follows, a noun's description, round "
               "30): " + NONE + "; the plan-level host field 一、主办单位 gives no item units (rounds 41, 42); its own span's end: "
               + Y01),
        S(["三", "2"], [], [], dl="本次5月15日", dln="2016-05-15",
          note="启动仪式: 「本次5月15日现场设在…,要精心布置…,并由盐政执法人员讲解…。…市盐务局、市卫生局、市教育局领导将分别作重要讲话…"
               "常熟市广播电台、电视台、报纸将对本次活动作有关报道」 — 由 persons (执法人员), the bodies' 领导 are persons (" + PERSON
               + "), 作报道 is no rule-2 verb: " + NONE + "; the item's own day wins over the span (round 37): " + Y01),
        S(["三", "3"], [], [], dl="自5月10日起至6月30日止", dln="2016-06-30",
          note="「3.做好“千家万户送碘盐活动”」 — the heading only (" + CUT + "); 做好 is no rule-2 verb: " + NONE + "; no date of its "
               "own, so the activity's span " + SPAN01 + ": " + Y01),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/1–3 (3 CUT after its heading). 一、主办单位 only names the hosts of the whole event and 二、组织领导 sets up a "
            "领导小组 of persons whose members are called to 履行职责、主动参与 (no 要, no rule-2 verb): plan-level fields (round 42: "
            "a count with them as tasks is accepted; round 49 on x228_01). Accepted: 4 (with 一 or 二), 5 (with both)",
            "「具体负责本次活动部署工作」 has the group the item sets up as its subject (rule 3; round 41) and 「分管领导具体抓好落实」 "
            "persons: no units anywhere in the plan's items",
            "dates: the page prints no year; " + Y01])

# ---------------------------------------------------------------------------------------------------------
X02 = "x241_02_hebei-2014-shijie-muru-weiyang-zhou-tongzhi.txt"
plan(X02,
     title="河北省卫生计生委关于开展2014年世界母乳喂养周活动的通知",
     title_note="line 1 as printed",
     doc_no="冀卫办妇幼函〔2014〕12 号 (a space before 号, as printed)", issuer="河北省卫生计生委",
     date="not shown (2014 by the title and the number)", level="province (河北省卫生计生委)",
     source=page_source("https://shijiazhuang.baogaosu.com/xinwen/%E5%B9%B4%E4%B8%96%E7%95%8C%E6%AF%8D%E4%B9%B3%E5%96%82%E5%85%BB/22462723"),
     style="a news aggregator's copy of a province's notice: title, number, addressees (各设区市和定州、辛集市卫生计生委(卫生局),省直有关"
           "卫生计生单位), a preamble, three headed points 一、二、三 each a paragraph of 要 clauses, then an unnumbered closing "
           "paragraph 「各地、各相关省直卫生计生单位,要认真总结世界母」 — CUT",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="每年8月1-7日为“世界母乳喂养周”", dln="2014-08",
          not_targets=[(6, "个月")],
          note="round 34 early / round 51: a childless headed point that gives work (要…开展) is a task; 「各地、各单位要以世界母乳喂养周为"
               "契机,…积极开展母乳喂养宣传」 — " + CALL + "; 开展 without 组织 is no rule-2 verb (round 30): " + NONE + "; date: the "
               "item names the week's own work and states the week 「每年8月1-7日」 as a calendar fact, so it is dated by the week's "
               "month in the plan's year (round 51 on x210_05; rounds 43, 46, 48): 2014-08; 「6个月以内纯母乳喂养率」 names a group of "
               "infants by an age band (round 31), no target"),
        S(["二"], [], [],
          note="「各级卫生计生(卫生)行政部门要通过12320等公共卫生公益电话,为群众提供…咨询指导。各级爱婴医院要按要求开设…咨询门诊和咨询热线」 "
               "— 提供 and 开设 are no rule-2 verbs (round 30's closed list, round 44: it stands outside articles), 倡导 neither: "
               + NONE + "; 12320 is a telephone number (a name with digits, no target); standing services with no date, no span "
               "set by the notice (the week is a calendar fact; round 44 decided): " + NODATE),
        S(["三"], [], [], dl="今年我省将组织开展爱婴医院复核工作", dln="2014-12",
          note="「今年我省将组织开展爱婴医院复核工作」 — 我省 standing alone as a subject is a place (round 43: 「我市将…组织…」), no doer; "
               "「各地、各单位要提前做好爱婴医院复核准备工作,开展明察暗访,…提出限期整改意见」 — " + CALL + "; 「经省卫生计生委核准后取消」 — "
               "an approver (rule 3: 经A同意): " + NONE + "; the closing paragraph 「各地、各相关省直卫生计生单位,要认真总结…」 (CUT) is "
               "this point's body (round 32: a trailing paragraph that gives work), 总结 no rule-2 verb (round 47); date: the work is "
               "to be ready for this year's review, 今年 = 2014, read as 「年内」 (round 34; round 46 decided: a year inside an item "
               "that says when its work is done) — RULING? 4"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: the childless headed points 一、二、三 each give work by 要 (round 34 early; round 51 confirmed). The unnumbered "
            "closing paragraph (CUT) is read as 三's body (round 32); the count 4 that makes it one more task (round 40: a closing "
            "paragraph that gives the section's work) is accepted",
            "no unit: every doer is a general call (各地, 各单位) or the subject of a verb outside rule 2's list (提供, 开设); 我省 is "
            "a place; no duty is on the page (the summary's sending is cut)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x241_03_xinghua-zhen-2021-meiguo-baie-fangkong-tongzhi.txt"
plan(X03,
     title="关于切实做好美国白蛾防控工作的通知",
     title_note="line 2 as printed (line 1 is the document number)",
     doc_no="戴政发〔2021〕33号", issuer="a 镇 of 兴化市 (「结合我镇实际」; 「戴政发」: the town's name begins 戴; 「《兴化市外来林业有害生物"
                                      "灾害防控应急预案》(兴政办发〔2020〕22号)」; Jiangsu)",
     date="not shown (2021 by the number)", level="town (a 镇 of 兴化市, Jiangsu)",
     source=page_source("https://www.xhssy.com.cn/forum.php?extra=page%3D1&mod=viewthread&tid=10740"),
     style="a local forum's copy: number, title, then ONE line: addressees 「各村(居)民委员会,各办局中心:」, a preamble, 一、提高认识,强化领导 "
           "(a paragraph), 二、加强监测,群防群治 (a lead-in paragraph) (一)加强疫情普查监测。… (二)针对虫情科学防治。… — CUT; the "
           "points are run in after single spaces",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各村"], lead_alternatives=[["各村"]], not_targets=[(3, "代")], **at(X03, "一、"),
          note="round 34 early: a childless headed point that gives work is a task; 「各村、各有关单位要充分认识…重要性和紧迫性,强化领导,明确"
               "责任,落实措施」 — 落实 is in rule 2's list whatever its object (round 49 decided), and its subject is a doer where it is a "
               "kind: 各村 (a kind, round 43 「各村要组织…」), while 各有关单位 is the bare catch-all, a general call (round 33); " + ONE
               + "; 「美国白蛾在我省一年发生3代,发生期一般从4月中下旬至10月中下旬」 states the pest's cycle (a figure with no comparison "
               "word, no target) and a focus period that dates no standing measure (round 44): " + NODATE + "; the count 2 without "
               "this point (round 44: a 「…充分认识…重要性」 point) is accepted"),
        S(["二", "(一)"], [], [], **at(X03, "(一)"),
          note="「各村、各单位要安排监测人员,对…进行全面细致地普查,…农业农村局要按照《…应急预案》(兴政办发〔2020〕22号)要求,制定美国白蛾"
               "防控工作预案」 — 安排 and 制定 are no rule-2 verbs (round 30: 制定 named as outside the list); 各单位 a general call: "
               + NONE + "; the lead-in of 二 (「各村、各有关单位要遵循…原则,实行…,坚持…,制定…」) has no rule-2 clause to give (rule 4); the "
               "document number is no target; " + NODATE),
        S(["二", "(二)"], [], [], **at(X03, "(二)"),
          note="「农业农村局要加强防治技术指导,…制定针对性的防治措施,指导科学防治,」 — 加强／制定／指导 are no rule-2 verbs (「A负责指导」 "
               "would be one, round 30): " + NONE + "; 「普防第一代、围歼第二代、控制第三代」 names generations, no figures; " + CUT
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一 (a childless headed point, round 34 early) and 二/(一), 二/(二) (CUT); 二's lead-in paragraph is the parent's "
            "text. Accepted: 2 (without 一, round 44's 「充分认识…重要性」 point)",
            "the whole body is one line; paths are found with the markers 一、 (一) (二) inside it",
            "the addressees 各村(居)民委员会,各办局中心 receive the notice; 「根据市防控工作领导小组工作要求」 is the basis, not a unit"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x241_04_helan-xx-zhen-chunji-zhishu-zaolin-shishi-fangan.txt"
XXZ = ("「由xx镇统一安排,林业站组织实施」: 由A＋a verb of doing (安排, round 34) and 组织实施 (rule 2) — the town named by its name, "
       "its name masked and kept as printed (round 44: masked names kept; round 47: 「XXX鄉黨委」), is a body, as a district named "
       "by its name is (round 48 on 崇明区); only 我镇／镇 standing alone is a place (rounds 43, 44) — RULING? 6; responsible "
       "[xx镇, 林业站] in printed order, lead [] (no 牵头); [林业站] alone is accepted (round 37: a masked name is no name)")
plan(X04,
     title="xx镇20xx年春季植树造林实施方案",
     title_note="line 1 as printed, masks kept (round 44)",
     doc_no="", issuer="an xx镇 of 贺兰县 (「紧紧围绕贺兰县总体规划」; Ningxia), masked", date="masked (「20xx年」)",
     level="town (xx镇 of 贺兰县, masked)",
     source=page_source("https://m.07608.cn/qihuawenan/115882.html"),
     style="a 文案 site's copy with masks 「xx」「20xx」「x日」: title, addressees 各村、各驻镇企业, 一、建设任务 (a paragraph: the county's "
           "quota 「任务面积xx亩」), 二、工程布局 (一)–(五) headings over paragraphs (three with 「由xx镇统一安排,林业站组织实施」), 三、实施"
           "步骤 「分三个阶段进行」 (一)规划设计阶段(2月x日—3月x日) (二)林地整治阶段(3月x日—3月x日) with work, (三)春季造林及抚育管护"
           "(3月xx日—4 — CUT",
     leaf_tasks=7, count_alternatives=[8, 9], attachment_task_rows=0, childless_top_level_sections=["一、建设任务"],
     samples=[
        S(["二", "(一)"], [], [],
          note="「以xx村、xx村20xx年秋季农田方实施农田林网建设,…规划造林xx亩」 — no subject: " + NONE + "; 「xx亩」 is masked (no "
               "figure); no date of its own and no campaign span set for the work (三's dated stages are phases, not a span stated once, "
               "round 47 on x214_02; 「今春」 is no date): " + NODATE),
        S(["二", "(二)"], [], ["xx镇", "林业站"], responsible_alternatives=[["林业站"]],
          note=R2 + ": " + XXZ + "; " + NODATE),
        S(["二", "(四)"], [], ["xx镇", "林业站"], responsible_alternatives=[["林业站"]],
          note=R2 + ": 「全部由xx镇统一安排,林业站组织实施」 — " + XXZ + "; 「xx智慧农业园区、xx村产业园区等企业」 are the objects of the "
               "greening, no units; " + NODATE),
        S(["二", "(五)"], [], [],
          note="「我镇将对20xx年之前造林成活率低于xx%的林带实施补植」 — 我镇 standing alone as a subject is a place (round 43), so 实施 "
               "names no doer: " + NONE + "; 「低于xx%」 is masked (no figure); " + NODATE),
        S(["三", "(一)"], [], [], skip_deadline=True,
          note="a stage written as a name and a time with its work under it is a phase and a task (rounds 32, 33); 「组织技术人员提前做好…"
               "规划设计…」 — 组织 with no subject standing before it names no doer (round 41's run-in 组织): " + NONE + "; " + MASKED),
        S(["三", "(二)"], [], [], skip_deadline=True,
          note="「各村要按照规划设计要求,于3月xx日前完成…准备工作;各驻镇企业要做好…造林规划设计工作」 — 完成 and 做好 are no rule-2 "
               "verbs (round 30): " + NONE + "; a stage with work (rounds 32, 33); the item's own 「3月xx日前」 has a masked day and "
               "year: " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 二/(一)–(五) (the works' parts, each giving work) and 三/(一), 三/(二) (stages with work: phases and tasks, "
            "round 33); 一、建设任务 is a childless goals section (the county's quota, round 36); 三/(三) is cut inside its time "
            "「(3月xx日—4」 before any work: a phase only (round 32). Accepted: 8 (with 一, or with 三/(三)), 9 (with both)",
            "phases: the three stages have masked years 「20xx」 and days 「x日」: no phase is checked",
            "no target: every figure is masked (「xx亩」「xx%」)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x241_05_xx-zhen-2024-zhishu-zaolin-gongzuo-fangan.txt"
plan(X05,
     title="XX镇2024年植树造林工作方案",
     title_note="line 1 as printed (mask kept)",
     doc_no="", issuer="an XX镇 (masked; roads 李宋公路、华鲇公路; province not named)", date="not shown (2024 by the title)",
     level="town (XX镇, masked)",
     source=page_source("https://m.wanshu.net/fanwen/a1/329808.html"),
     style="a 范文 site's copy: title, 一、指导思想, 二、组织领导 (a 镇绿化工作指挥所 set up: persons XX and 「林业服务站、农技推广中心…等单位"
           "一把手为成员」), 三、基本原则 (「坚持…的原则」), 四、工作要求 1、(rates 100%, 80%以上) 2、, 五、工作措施 1、–4、 run-in headings "
           "(4. broken over two lines by the page) — CUT",
     leaf_tasks=6, count_alternatives=[5, 7], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导", "三、基本原则"],
     samples=[
        S(["四", "1"], [], [], targets=[(100, "%"), (80, "%")],
          note="「村、组沟渠、公路100%绿化,宜林的荒山、荒地全部绿化,农户四旁绿化率达80%以上」 — a 工作要求 item that sets the rates the "
               "work must reach is a task (round 40: a point that sets a rate to reach; round 39: 工作要求 items that give work): "
               + NONE + "; targets: 100% (the plan's own goal rate, round 25) and 80% (达…以上, round 30's line); no date in the "
               "item and no span (round 44 decided): " + NODATE),
        S(["四", "2"], [], [],
          note="「完成面上绿化提质,…进行补植补造,…对2024、2024年所植苗木加强管护及时补植」 — no subject: " + NONE + "; 「2024、2024年"
               "所植苗木」 names the seedlings by the year they were planted (a noun's description, no deadline, round 46 on past "
               "facts): " + NODATE),
        S(["五", "1"], [], [],
          note="「加强组织领导。各村成立以总支书记任组长,分管林业负责人任副组长的绿化工作小组,具体负责植树造林工作」 — 成立 is no rule-2 "
               "verb and the subject of 负责 is the group the item sets up (rule 3; round 41: 「设置…领导小组…,分别负责…」); 总支书记 and "
               "负责人 are persons (" + PERSON + "): " + NONE + "; " + NODATE),
        S(["五", "3"], [], ["各村"], lead_alternatives=[["各村"]],
          note=R2 + ": 「各村要将镇分配的任务,制定的方案,落实到地段到农户」 — 落实 is a rule-2 verb and 各村 a kind (rounds 43, 49); "
               "镇 inside 「镇分配的任务」 describes the task (round 30); " + ONE + "; 「要高标准搞好补植工作」 no rule-2 verb; " + NODATE),
        S(["五", "4"], [], [],
          note="「严格标准。布局上要充分结合实际,…禁止新增欧美黑杨面积;…要采取多树种混交造林,…」 — instructions with no subject "
               "(the line break inside 「科学 / 布局」 is the page's): " + NONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 四/1–2 and 五/1–4 (4 CUT). 一、指导思想, 三、基本原则 (principles, no task in any plan, round 49) and 二、组织领导 "
            "(it only sets up the 指挥所 and names its members, rule 3; round 35) are sections. Accepted: 7 (with 二), 5 (without 五/1, "
            "whose only work is given to the group it sets up)",
            "only 五/3 names a unit (各村 by 落实); the other items give work with no doer and are tasks too (rounds 40, 44: a plan "
            "whose key works name no unit)",
            "no item is dated: the plan's year 2024 (title) dates nothing by itself (round 44 decided)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x241_06_zhangjiajie-2025-changjiang-shinian-jinyu-shishi-fangan.txt"
plan(X06,
     title="张家界市坚定不移推进长江十年禁渔工作实施方案（关于印发《张家界市坚定不移推进长江十年禁渔工作实施方案》的通知）",
     title_note="the plan's own title (lines 11–12, broken over two lines by the page) with the cover notice's title (lines 2–3, "
                "broken too) in brackets: round 30 (two documents under one cover: the forwarded document's title or the "
                "notice's), the scorer's 「plan（notice）」 pair (round 45)",
     doc_no="张政办发〔2025〕16号 (ZJJCR—2025—01006)", issuer="张家界市人民政府办公室 (Hunan)", date="2025年9月28日 (2025-09-28)",
     level="city (张家界市)",
     source=page_source("https://www.keceyun.com/policy/newsdetail/344235.html"),
     style="a policy site's copy: the cover (issuer, title over two lines, number, register number, addressees 各区县人民政府,市政府"
           "各局委, 「…现印发给你们,请认真贯彻执行」, signature, date, 「(此件公开发布)」), then the plan: title over two lines, preamble, "
           "一、目标任务 (a paragraph of goals), 二、工作措施 (一)优化工作推进机制 1.建立工作协调机制。… ending in a unit bracket the "
           "page cuts 「(市农业农」 — CUT",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、目标任务"],
     samples=[
        S(["二", "(一)", "1"], [], ["各区县人民政府", "其他有关部门"], responsible_alternatives=[[]],
          note="RULING? 2: the item's unit bracket is cut inside its first name 「(市农业农[cut]」 — a name the page cuts off is dropped "
               "(round 36; round 42: only a torn name is dropped), so the bracket gives no name and the item is read by rule 2 (" + R2
               + "): 「各区县人民政府要切实承担主体责任」 designates 各区县人民政府 a doer (round 39: A承担…主体责任); 「其他有关部门要按职责分工"
               "主动配合落实」 after a doer makes 其他有关部门 (a kind, rounds 47, 48) responsible (rounds 34, 39); 「各项重点任务牵头部门"
               "要充分发挥牵头抓总作用」 refers back to the lead departments the items' brackets name (round 34: 「各牵头单位要…」 adds no "
               "unit), so no lead; 「并将责任压实到乡镇(街道)」 outside a work heading (round 42 reads 「将…责任落实到A」 only under one) and "
               "「发挥村(社区)前哨作用」 give none; the reading that the torn label decides and names nothing (rule 1) is accepted "
               "(responsible []); no date in the item and no span: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一)/1 (its unit bracket CUT). 一、目标任务 is a childless goals section (round 36); the cover's "
            "「请认真贯彻执行」 is no task (What is a task)",
            "「“四清”指…」「“四无”指…」 define the goal's terms (no figures); 国办发〔2024〕12号 and 湘政办发〔2025〕14号 are document "
            "numbers (no targets)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x241_07_qu-2013-malu-shichang-jizhong-zhengzhi-fangan.txt"
plan(X07,
     title="马路市场集中整治方案",
     title_note="line 25, the plan's own title line; lines 19 and 21 are the site's 「…方案范文」 headings",
     doc_no="", issuer="a 区人民政府 (「经区人民政府研究」; 「我区筹建了东关蔬菜农民直销市场」; streets 市中办事处, 环北办事处; the city "
                       "not named)",
     date="not shown (the stage's 2013年7月)", level="district (a 区, not named)",
     source=page_source("https://meizhang.com/fangan/csglfa/624295.html"),
     style="a 范文 site's copy (美章网; blank lines between paragraphs): the site's breadcrumb and blurb, the title, a preamble, 一、基本情况 "
           "(past facts), 二、工作目标 (a paragraph), 三、工作步骤及措施 (一)宣传动员阶段(2013年7月16日—18日) 1.「由市中办事处在16日前"
           "做10块告示牌…」 2.「环北办事处、市中办事处各抽5人从16日下午18:00时」 — CUT",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、基本情况", "二、工作目标"],
     samples=[
        S(["三", "(一)", "1"], [], ["市中办事处"], lead_alternatives=[["市中办事处"]], targets=[(10, "块")],
          dl="在16日前", dln="2013-07-16",
          note=R2 + ": 「由市中办事处在16日前做10块告示牌,摆放在…醒目位置,向市民宣传…」 — the agent of 由 with a verb of doing (做, round "
               "34); " + ONE + "; the item's own date 「16日前」 in its stage's month and year 「(2013年7月16日—18日)」 (round 37: an "
               "item's own date wins over its stage's span); 10块告示牌 are things the item makes, its own number of work (round 49 "
               "p46f: things it makes are targets; round 44's means are supplies handed out)"),
        S(["三", "(一)", "2"], [], [], targets=[(5, "人")], dl="宣传动员阶段(2013年7月16日—18日)", dln="2013-07-18",
          note="「环北办事处、市中办事处各抽5人从16日下午18:00时[cut]」 — 抽 is no rule-2 verb and the clause is cut before the verb of "
               "the work (round 43: a clause cut before its verb names nothing after the cut): " + NONE + "; 5人 is the number each "
               "office draws for the work (round 49: the number an item selects, 「抽选20名公众代表」); 18:00 is a clock time (no "
               "target); 「从16日…」 is a start, so the stage's span gives the deadline (round 35): its end 2013-07-18; " + CUT),
     ],
     plan_targets=[],
     phases=[{"name": "宣传动员阶段", "start": "2013-07", "end": "2013-07",
              "note": "「(一)宣传动员阶段(2013年7月16日—18日)」: a named, dated stage with items under it (rounds 32, 33); the later "
                      "stages are cut"}],
     duties=[],
     notes=["2 leaves: 三/(一)/1, 三/(一)/2 (CUT); (一) is a stage (a phase) whose items are the tasks; 一、基本情况 (past facts: "
            "「我区筹建了…」, round 50: review sections give no work) and 二、工作目标 are sections",
            "「按照市人民政府的统一安排部署」 and 「经区人民政府研究」 in the preamble give no unit (round 40: a preamble gives units to no "
            "item)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x241_08_haidong-pingan-qu-2017-tuigeng-huanlin-tongzhi.txt"
SPAN08 = ("the campaign span the preamble sets 「決定從4月1日起,利用一個月時間」 (round 45: 「决定从…开展」 is the campaign's span; "
          "round 39: 「自2017年4月起，利用一个月时间」 ends in 2017-05), the year from the title 「全區2017年度」")
XS = "(「鄉(xiāng)」 — the site's inline pinyin kept as printed in names, round 39)"
plan(X08,
     title="關(guān)于開展全區(qū)2017年度退耕還林工作的通知",
     title_note="line 46 as printed, inline pinyin kept (round 39); the issuer's line 45 「海東市平安區(qū)人民政府辦公室」 stands above it "
                "(round 46 on x210_03 accepts either form; this answer writes the 「關于…」 line)",
     doc_no="平政辦〔2017〕42號", issuer="海東市平安區人民政府辦公室 (Qinghai)", date="not shown (2017 by the title and the number)",
     level="county-level district (平安區 of 海東市)",
     source=page_source("http://www.hdrcby.com/public/zfbwj/1181.html"),
     style="a copy in traditional characters with INLINE PINYIN on some characters 「區(qū)」「鄉(xiāng)鎮(zhèn)」 and stray commas "
           "「,,」「一,、」「整地,、」: number, issuer, title, addressees, a preamble with the campaign span 「從4月1日起,利用一個月時間」, "
           "三 headed points 一,、加強組織領導。 二,、加強協作配合。 三,、加大管護力度。 each one paragraph — CUT in 三",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各鄉(xiāng)鎮(zhèn)政府"], lead_alternatives=[["各鄉(xiāng)鎮(zhèn)政府"]],
          dl="從4月1日起,,利用一個月時間", dln="2017-05", **at(X08, "一,、"),
          note=R2 + ": 「各鄉鎮政府要認真組織退耕農戶開展退耕地塊造林工作」 — 「A组织B＋verb」: A is the doer, B (退耕農戶) no unit (round "
               "30); 「區林業局編制的《…實施方案》」 is a noun's description (round 30); " + ONE + " " + XS + "; the point's number is "
               "printed 「一,、」 (a stray comma before 、); date: " + SPAN08 + "; 「確保在2017年造林檢查驗收順利通過」 is a 確保 clause "
               "of aim (round 44) naming the year of others' acceptance check, read as no date of the item's own — RULING? 3 (2017-12 "
               "by round 46's year inside an item)"),
        S(["二"], [], ["各鄉(xiāng)鎮(zhèn)", "區(qū)林業(yè)局"], dl="從4月1日起,,利用一個月時間", dln="2017-05",
          **at(X08, "二,、"),
          note=R2 + ": 「各鄉鎮負責退耕還林工程造林工作組織發動和宣傳引導工作」 and 「區林業局負責退耕還林工程造林技術指導」 — two 負責 "
               "clauses, both doers in printed order (rule 2: several clauses), lead [] " + XS + "; 「各鄉鎮政府、相關部門要切實做好聯系協調"
               "工作」 — 做好 is no rule-2 verb (round 30), so they add nothing; date: " + SPAN08),
        S(["三"], [], ["各鄉(xiāng)鎮(zhèn)政府", "相關(guān)部門"], skip_deadline=True, **at(X08, "三,、"),
          note=R2 + ": 「各鄉鎮政府,、相關部門要嚴格落實禁牧制度」 — 落實 is in rule 2's list whatever its object (round 49 decided); "
               "各鄉鎮政府 and 相關部門 are kinds (rounds 32, 33), two names joined by 「,、」 as printed " + XS + "; 「要採取有效措施…並建立"
               "林木管護責任制」 adds no doer (採取, 建立); lead []; " + CUT + "; the deadline is not checked: the point's work is standing "
               "care after planting (管護, 禁牧) and the page is cut before any date, so whether the planting campaign's span "
               "(2017-05) dates it is left open"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: the childless headed points 一、二、三 (each gives work to doers; round 34 early), printed 「一,、」「二,、」「三,、」",
            "the campaign span 「決定從4月1日起,利用一個月時間」 is stated once in the preamble for the whole action (round 45's 决定从…; "
            "round 39's one month from April: 2017-05)",
            "names keep the page's inline pinyin (round 39); the stray commas 「,,」「,、」 are the page's"])


# Round 58 (rul78): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58e-1, governs; README, round 58)
from aligned_rulings import align78  # noqa: E402

align78("x241_08", None, "the number line 「平政辦〔2017〕42號」, the issuer's line 「海東市平安區(qū)人民政府辦公室」 and the title line 「關(guān)于開展全區(qū)2017年度退耕還林工作的通知」 (inline pinyin kept, round 39): the issuer's line above a title is read with the title, the issuer in front, the number line no part of it; the title line alone stays accepted (Round 74's x295_02) — one rule for x241_08, x43_06, x74_03 and x295_02, written in the pair form the scorer reads",
        "Titles, governs: round 46's x210_03, round 62 decided, round 67's x282_03 and Round 74's x295_02",
        title="關(guān)于開展全區(qū)2017年度退耕還林工作的通知（海東市平安區(qū)人民政府辦公室關(guān)于開展全區(qū)2017年度退耕還林工作的通知）",
        title_note="aligned round 58 to CONVENTIONS.md \"Round 78 rulings\" (p58e-1, governs: round 46's x210_03, round 62 decided, round 67's x282_03 and Round 74's x295_02): the issuer's line above a title is read with the title, the issuer in front (海東市平安區(qū)人民政府辦公室關(guān)于開展全區(qū)2017年度退耕還林工作的通知), the number line no part of it, and the title line alone stays accepted — written in the pair form the scorer reads 「title line（issuer + title line）」, either passing")

write_collected(DIR)
