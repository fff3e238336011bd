# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next168/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c168, round 40: eight page openings of plans from outside Shanghai — 蘇州市殘聯's
第十六次 全國助殘日 活動方案 in TRADITIONAL characters (「市殘聯將組織…記者…進行采訪」, a site line inside 一), page 2 of a 乡's
敬老月 plan for its schools (「各学校要…组织本校的初选工作,于10月11日前把…作品报白泥乡中心学校」), a 市's 2011 孝亲敬老月 notice
forwarded by its 市教体局, run on under a document site's chunk numbers (「各乡镇(街道)和部门(单位)要…组织开展各类活动」), the
20xx 春运 疫情防控 and 运输服务保障 plan on a 范文 site cut by the site's 「……此处隐藏53390个字……」, a 学院's 全民义务植树 plan
(「由院青志协负责…」「由各班募款买树苗」) with a 街道's piece after it, a 区's 2015 全民健身日 plan with 主办/承办单位 fields and a
schedule item 「1.8月8日」, 河口's 全民健身日 plan with masked dates (「比赛项目由各村(社区)…自行安排」) and 沙坡头区's 2022
防范非法集资宣传月 notice (卫沙处非办发〔2022〕3号) whose requirements give work with no rule-2 verb): never tune the parser on
them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in``
where the number is not at its line's start); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rules 1–4 on units and the rulings of rounds 30–40 are cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c168.

    python tests/data/plans-next168/make_expected.py tests/data/plans-next168
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (a number not at its line's start, or a run-together line), the first words cut at the
# line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's own title"
NOYEAR = "the year is masked or not printed: the date cannot be resolved, not checked"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋verb, 牵头, 会同/协同/联合, a "
         "designation; rounds 30, 34, 37, 38, 39, 40)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NONE_NAMED = "no body named in a rule-2 form: lead = [], responsible = []"
CALL = "a general call (round 30/33: 各单位/有关单位 name no kind, or the verb is not rule 2's)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x168_01_suzhou-shi-canlian-di16ci-quanguo-zhucanri-huodong-fangan.txt"
plan(X01,
     title="第次全國助殘日活動方案",
     title_note="line 1 as printed (the site's title: the number of 「第十六次」 is lost, 「第次」 kept as printed)",
     doc_no="", issuer="蘇州市殘聯 (Jiangsu; 「蘇州市殘聯將開展以下活動」)",
     date="2006 by the text's 「第十六次法定“全國助殘日”」 and 「“十一五”發展綱要」 — not printed (「2022-04-12」 is the site's time)",
     level="city body (蘇州市殘聯, Jiangsu)",
     source=page_source("http://www.uv63h8.cn/article/xzgaoshou/gongzhuo/200704/83747.html"),
     style="a 范文 site's page in TRADITIONAL characters: the site's title, time and 導語 lines, a preamble (「蘇州市殘聯要求各地…各級"
           "殘聯要…抓緊制定…盡早部署落實」), a lead-in 「助殘日前后,蘇州市殘聯將開展以下活動:」, then six dated activities 一、–六、 "
           "each on its own line (the site's 「公務員之家版權所有」 run onto the end of 一) — CUT in 六 「舉辦全市肢殘」",
     leaf_tasks=6, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="“助殘日”前", skip_deadline=True,
          note=R2 + ": 「“助殘日”前,召開蘇州市殘聯主席團及…工作會議。回顧總結…;審議通過…;調整…;報告…;部署“助殘日”活動。」 — "
               "召開 without a subject (the lead-in 「蘇州市殘聯將開展以下活動」 is 開展 without 組織, no rule-2 verb, so it gives no "
               "unit by rule 4 either; the preamble's 「各級殘聯要…盡早部署落實」 stands before the first item and gives units to no "
               "item, round 40): " + NONE_NAMED + "; 蘇州市殘聯主席團 is a meeting's name; 「公務員之家版權所有」 is the site's line "
               "inside the item's text; 「“助殘日”前」 is the day the plan fixes (5月21日, round 36/40), but the year is not "
               "printed: " + NOYEAR),
        S(["二"], [], ["市殘聯"], dl="4月中旬至5月底", lead_alternatives=[["市殘聯"]], skip_deadline=True,
          note=R2 + ": 「市殘聯將組織蘇州市各新聞媒體的部分記者,…對全市開展…工作和…代表進行采訪,并在新聞媒體上進行宣傳」 — "
               "A組織B＋verb: A a doer (round 30; 將 a modal, no part of the name), the reporters (persons) and the media the "
               "objects of 組織, not units: responsible 市殘聯 (as printed), " + ONE + "; 「助殘日當天,在蘇州日報專稿宣傳…」 a "
               "step of the same item (蘇州日報 a place of publication); the span 「4月中旬至5月底」 ends 5月底, the year is not "
               "printed: " + NOYEAR),
        S(["三"], [], [], dl="5月上旬", skip_deadline=True,
          note=R2 + ": 「5月上旬,邀請市政府領導走訪慰問貧困殘疾人家庭,看望并慰問…工作人員」 — 邀請 with no subject, 市政府領導 "
               "persons (round 30): " + NONE_NAMED + "; " + NOYEAR),
        S(["四"], [], [], dl="5月21日", skip_deadline=True,
          note=R2 + ": 「5月21日,在市殘疾人活動中心舉辦…發展成果展。舉辦…專場演出。」 — 舉辦 with no subject; 市殘疾人活動中心 "
               "a place (在A); 蘇州市殘疾人藝術團 inside the show's name: " + NONE_NAMED + "; 「“十五”」 a plan period's name; "
               + NOYEAR),
        S(["五"], [], [], dl="4月下旬至5月上旬", skip_deadline=True,
          note=R2 + ": 「昆山市、吳江市、吳中區將邀請中國殘疾人藝術團“千手觀音”等節目與市民見面演出。同時,開展愛心募捐。」 — "
               "邀請 and 開展 without 組織 are no rule-2 verbs (" + VERBS + "): " + NONE_NAMED + " (a reader who takes the "
               "three places as the doers of the item answers 昆山市, 吳江市, 吳中區 — the closed list says no); 中國殘疾人藝術團 "
               "the object of 邀請; " + NOYEAR),
        S(["六"], [], [], dl="5月下旬", skip_deadline=True,
          note=CUT + "; " + R2 + ": 「市殘疾人各專門協會將開展豐富多彩的系列“助殘日”活動。5月上旬,市殘疾人各專門協會召開…座談會。"
               "5月下旬,舉辦全市肢殘[…]」 — 開展 and 召開 without 組織 (no rule-2 verb, round 30): " + NONE_NAMED + "; the "
               "latest date 「5月下旬」 (round 34: several dates, the latest), the year not printed: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 一–六 (each a dated activity on its own line, the plan's only structure; 六 cut); only 二 names a doer "
            "(市殘聯 組織…記者): 1 (the unit-less items left out, round 40) accepted",
            "no date is checked: the plan prints no year (the 16th 全國助殘日 fell on 2006-05-21; the site's 2022 is its own)",
            "「第十六次」「“十五”」「“十一五”」「千手觀音」 are names (no targets)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x168_02_bainixiang-xuexiao-jinglaoyue-huodong-fangan-di2ye.txt"
plan(X02,
     title_note=NO_TITLE + " (the page is page 2 of the plan; it opens at 「二、活动主题和时间」)",
     doc_no="", issuer="白泥乡中心学校 (by its 「报白泥乡中心学校」 and 「全乡各中小学校」; province not named)",
     date="20XX (masked: 「20XX年10月1日至10月31日」)", level="school (a 乡's central school, 白泥乡)",
     source=page_source("https://m.liuxue86.com/a/2568667_2.html"),
     style="a study-abroad site's page 2 of an article: 「二、活动主题和时间」 (the theme and a masked span as two lines), 「三、活动"
           "对象」, 「四、活动内容」 (one paragraph), 「五、有关要求」 with 「1. 」 and 「2、」 (two number styles), then the site's "
           "「小编精心推荐」 twice; a whole short page (889 bytes)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["二、活动主题和时间", "三、活动对象"],
     samples=[
        S(["四"], [], [], skip_deadline=True,
          note="round 34 (a childless headed point whose text gives the plan's work, in a page of headed points where only 五 has "
               "children, is a task; 2 without it accepted); " + R2 + ": 「开展“孝文化”进学校活动,在“敬老月”活动期间开展以…为主题的"
               "中小学生征文活动」 — 开展 with no subject: " + NONE_NAMED + "; 「在“敬老月”活动期间」 refers to the span 「20XX年10月1日"
               "至10月31日」 (round 36), its year masked: " + NOYEAR),
        S(["五", "1"], [], ["各学校"], dl="于10月11日前", lead_alternatives=[["各学校"]], skip_deadline=True,
          note="round 39 (a 工作要求/有关要求 section whose items give work is the plan's work); " + R2 + ": 「各学校要高度重视…,制定好"
               "…方案,组织本校的初选工作,…」 — 组织＋work (round 34: 组织 followed by a verb-noun 初选工作, modifiers between "
               "allowed) by a kind (round 32): responsible 各学校, " + ONE + "; 白泥乡中心学校 receives the works (rule 3: 报A, not "
               "a unit); the sendings 「于10月11日前把选拔的优秀作品报白泥乡中心学校」 and 「活动结束后将活动开展情况上报」 are duties "
               "(round 35); deadline 「于10月11日前」 with the masked year 20XX: " + NOYEAR),
        S(["五", "2"], [], [], skip_deadline=True,
          note="round 39 (有关要求 items that give work are tasks); " + R2 + ": 「各校在活动期间召开…主题班会,并在要求做好相关记录。"
               "中心校敬老助老要求带五、六年级学生到白泥乡敬老院进行活动月活动体验」 — 召开 without 组织, 做好, 要求, 带 are no rule-2 "
               "verbs (" + VERBS + "): " + NONE_NAMED + "; 白泥乡敬老院 a place; 「五、六年级」 names grades (no target); 「在活动"
               "期间」 is the masked span: " + NOYEAR),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "于10月11日前把选拔的优秀作品报白泥乡中心学校", "when": "于10月11日前", "when_norm": None},
             {"what": "活动结束后将活动开展情况上报", "when": "活动结束后", "when_norm": None}],
     notes=["3 leaves: 四 (a childless point giving work), 五/1, 五/2; 2 (without 四) accepted; 二 (a theme and a masked span) "
            "and 三 (the object, 全乡各中小学校) are fields, not tasks (round 35's field blocks)",
            "duties: the two sendings of 五/1 (round 35: a plan body's sending to another body of the plan), undated (the year is "
            "masked; 「活动结束后」 counts from an event)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x168_03_shi-2011-shoujie-xiaoqin-jinglaoyue-huodong-tongzhi.txt"
plan(X03,
     title="关于开展市首届“孝亲敬老月”活动的通知",
     title_note="the forwarded notice's title, run on in line 8 after the forwarding note of 市教体局 (「各学校:现将市委宣?2011?81号"
                "关于开展…的通知转发给予你们…市教体局10、9」); 「2023年孝亲敬老月活动方案.docx」 (line 1) is the site's file name",
     doc_no="市委宣?2011?81号 (the brackets lost to 「?」)",
     issuer="a 市's 委宣传部 (「市委宣?2011?81号」; 「各乡镇、街道,市直各部门和单位」; forwarded by the 市教体局 to 各学校; not named)",
     date="2011 (「四、活动时间2011年10月1日31日」; the forwarding note 「10、9」 is 10月9日)", level="市 (a county-level 市, not named)",
     source=page_source("https://taowenge.com/p-81725400.html"),
     style="a document site's page: the file name, five score-image lines, the site's sentence, then the text RUN ON with the "
           "site's chunk numbers 「1、」「2、」 at line starts (round 40: chrome, not items): 「…活动方案共1」 (site), the forwarding note "
           "of 市教体局 to 各学校, the notice's addressees and preamble, 「一、活动宗旨…二、活动原则 …三、活动主题…四、活动时间2011年10月"
           "1日31日五、活动内容1、知」 — CUT in 五/1",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、活动宗旨", "三、活动主题", "四、活动时间"],
     samples=[
        S(["二"], [], ["各乡镇(街道)", "部门(单位)"], dl="2011年10月1日31日", dln="2011-10", **at(X03, "二、"),
          note="round 36 (a childless 基本原则 point is a section unless it names a doer: this one does) and round 34 (a childless "
               "point that gives work is a task); " + R2 + ": 「各乡镇(街道)和部门(单位)要坚持…原则,坚持…相结合,充分发挥…作用,…有计划、"
               "有步骤地组织开展各类活动」 — 组织开展 (rule 2) by kinds, the subject carried across the paragraph's clauses (round "
               "34); 「A和B」 gives two names, 各 not shared, each bracket kept (round 34): responsible 各乡镇(街道), 部门(单位), no 牵头: "
               "lead = []; deadline: the item has no date of its own; 「四、活动时间2011年10月1日31日」 (the 至 lost) is the "
               "activity's span (round 36): its end 2011-10; 「每年10月」 (the notice's yearly rhythm) is no deadline (round 34)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二 (a 原则 point naming doers) and 五/1 (cut after 「知」: no sample); 1 (without the cut item) accepted; "
            "一、活动宗旨 (「广泛动员各部门…」: 动员 no rule-2 verb), 三 (a theme) and 四 (a span) are sections",
            "the forwarding note's 「请结合学校开展的孝德教育,积极组织各类教育活动」 is a cover instruction (no task; the forwarded "
            "notice is printed, round 39); 「10、9」 is the note's date 10月9日 and 「1、」「2、」 the site's chunk numbers, not items"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x168_04_20xx-chunyun-yiqing-fangkong-he-yunshu-fuwu-baozhang-gongzuo-fangan.txt"
plan(X04,
     title="春运工作方案",
     title_note="the site's heading 「春运工作方案」 (lines 1, 4, 6) and its piece 「春运工作方案1」 (line 10; the site's piece number "
                "dropped); the plan's own title is not printed",
     doc_no="", issuer="national (not named: 「为指导各地切实做好综合运输春运疫情防控和运输服务保障相关工作,制定本方案」)",
     date="20xx (masked; 「从1月17日开始,至2月25日结束」)", level="national (not named)",
     source=page_source("https://mainiugu.com/shiyongfanwen/gongzuofangan/118754.html"),
     style="a 范文 site's page: the site's heading three times, a time line and the site's paragraph, the piece 「春运工作方案1」 with "
           "its preamble (a masked-year span), 「一、科学精准做好疫情防控」 (一) (run-in heading and a paragraph of "
           "「X部门要…」 clauses) (二) CUT by the site's 「确 ……此处隐藏53390个字……」, then the tail of a hidden item and 「(七)物价"
           "部门要加强春运期间的运价监督,严厉查处」 (cut)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["人力资源社会保障、交通运输、公安、卫生健康等相关部门", "交通运输部门"], skip_deadline=True,
          note=R2 + ": 「各地要…」 is a general call (round 32: 各地 names no body); 「人力资源社会保障、交通运输、公安、卫生健康等相关"
               "部门要加强工作协同,完善…,适时组织开行…“点对点”运输」 — 组织＋work (round 34) by fields sharing one head, one name as "
               "printed with its 等 (round 31: 「人事、卫生等部门」); 「交通运输部门要统筹…,做好…,对在春运期间有集中运输需求的,通过开行"
               "包车…等方式组织“点对点”有序运输」 — 组织＋a verb-noun (round 34); the 「对…的」 clause picks the objects of the item's "
               "own work, not a contingency (round 40's split by objects) — responsible in printed order; NOT units: "
               "人力资源社会保障部门要收集提供 (收集), 卫生健康部门要加强, 公安部门要加强 (" + VERBS + "); no 牵头: lead = []; no "
               "date of its own, the 春运 span 「从1月17日开始,至2月25日结束」 has the masked year 20xx: " + NOYEAR),
        S(["一", "(二)"], [], [], skip_deadline=True,
          note=CUT + " (by the site's 「……此处隐藏53390个字……」, after which the tail of a hidden item follows with no number); "
               + R2 + ": the run-in heading 「组织高校学生避峰放假开学。」 has no subject, and 「教育部门要根据…,优化调整…,错峰安排…」 "
               "uses no rule-2 verb: " + NONE_NAMED + " — RULING? (a reader who gives the heading's 组织 the body named after it "
               "answers 教育部门; round 34 carries an elided subject forward, not back); " + NOYEAR),
        S(["(七)"], [], [], skip_deadline=True,
          note=CUT + "; the site's hidden text drops the numbers between (二) and (七) (the page's (七) is read where it stands, "
               "its parent unknown; a path 一/(七) is the same item); " + R2 + ": 「物价部门要加强春运期间的运价监督,严厉查处」 — "
               "要加强 (no rule-2 verb): " + NONE_NAMED + "; 「春运期间」 names the masked span: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一/(一), 一/(二) (cut by the site's hidden-text line) and (七) (cut; its parent hidden); 2 (without the item "
            "after the hidden text) accepted",
            "「共计40天」 restates the span (no target); 「“点对点”」 a name"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x168_05_xueyuan-quanmin-yiwu-zhishu-shishi-fangan.txt"
plan(X05,
     title="全民义务植树实施方案",
     title_note="line 4, the collection's title (its piece 「全民义务植树实施方案 篇1」 on line 10; a second piece 「篇2」 begins on "
                "line 62)",
     doc_no="", issuer="a 学院's student bodies (「XXXX学院」, 院青志协, 院团委; not named); 篇2 a 街道 (桥头社区, 学坡社区; not named)",
     date="(no year in 篇1: 「三月十四日」 and 「三月十二日」; 篇2 「20xx年3月12日」 masked)", level="school (a 学院; 篇2 a 街道)",
     source=page_source("https://elanp.com/article/604054.html"),
     style="a 范文 site's page (breadcrumb 「倚栏轩 > 百科 > 方案大全 > 正文」, the site's date and sentence), 「篇1」 with field sections "
           "「一、活动主题:」「三、活动时间:」「四、活动地点:」「五、活动宣传:」「七、活动经费:」, aims 二/1–3, 「六、活动过程:」 1、–6、 "
           "(5、 with (1)(2), 6、注意事项 with a) b)), then 「篇2」 (a 街道's plan: fields 一–三, 四、活动方式 1、 CUT)",
     leaf_tasks=8, count_alternatives=[6, 7, 9], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题:", "三、活动时间:", "四、活动地点:", "五、活动宣传:", "七、活动经费:",
                                   "一、活动时间", "二、活动地点", "三、参加人员"],
     samples=[
        S(["六", "1"], [], ["院青志协"], lead_alternatives=[["院青志协"]], skip_deadline=True,
          note=R2 + ": 「由院青志协负责向院团委提出申请,给予宣传和经费支助」 — 由A负责 (rule 2): responsible 院青志协, " + ONE +
               "; 院团委 receives the application and gives the support (rule 3: 向A申请, not a unit) — RULING? (round 30's "
               "applicant 「由A提出申请」 is a policy's beneficiary applying for itself; here the plan's organiser 负责 the "
               "application for the plan's own event: read as a doer); no date: the activity's day 「三月十四日」 has no year "
               "anywhere in 篇1: " + NOYEAR),
        S(["六", "2"], [], ["各班"], lead_alternatives=[["各班"]], skip_deadline=True,
          note=R2 + ": 「通知各班团支书,由各班募款买树苗,活动当天种在学校空地,并挂上各班取得名字」 — 由A＋a verb of doing (round 34; "
               "募款/买 are no cost verbs of round 35's list, so no payer): responsible 各班 (a kind, round 32), " + ONE + "; 团支书 "
               "persons, the object of 通知 (round 30); 「活动当天」 the activity's day, no year: " + NOYEAR),
        S(["六", "3"], [], ["院青志协"], lead_alternatives=[["院青志协"]], skip_deadline=True,
          note=R2 + ": 「由院青志协联系各系青志协,给予支持和配合」 — 由A＋a verb of doing (round 34): responsible 院青志协, " + ONE +
               "; 各系青志协 is the object of 联系, a liaison partner (round 38/40: 「与A对接」 no unit), and 「给予支持和配合」 makes "
               "配合 a noun after 给予, not 「B配合」 (round 34) — RULING? (a reader who reads the contacted bodies as 配合 partners "
               "adds 各系青志协); " + NOYEAR),
        S(["六", "4"], [], [], dl="三月十二日", skip_deadline=True,
          note=R2 + ": 「三月十二日举行,“绿色校园、绿色家园”的签字仪式」 — 举行 with no subject: " + NONE_NAMED + "; 「三月十二日」 "
               "(a date of its own; 三、活动时间 says 三月十四日) has no year: " + NOYEAR),
        S(["六", "5", "(2)"], [], [], [("5", "名"), ("10", "名")], skip_deadline=True,
          note=R2 + ": 「由老师和学生会代表投票选出…班级五名,…树苗名字十名」 — 由A＋verb, but 老师 and 学生会代表 are persons (round "
               "30/34: a person is never a unit): " + NONE_NAMED + "; targets: the item's own numbers to choose (round 37: an item's "
               "own number to appoint or build) 「五名」 → 5名, 「十名」 → 10名; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves: 篇1 六/1, 2, 3, 4, 5/(1), 5/(2), 6 (注意事项, its a) b) its text) and 篇2 四/1 (cut) — two documents on one "
            "page, each with its title and numbering, counted in order (round 30); accepted: 7 (篇1 alone), 9 (a) b) read as "
            "items), 6 (篇1 without the 注意事项 item, round 27)",
            "二/1–3 (活动目的及意义) are aims naming no unit (round 27: not tasks); the field sections (主题, 时间, 地点, 宣传, 经费; "
            "篇2's 时间, 地点, 参加人员) are sections; 七's 「500元」「180元」「680元」 are a budget (no item, not answered)",
            "六/5/(1) 「各班自己设计图形,然后将树苗种在空地」 (设计/种: no rule-2 verb) names no unit; 六/6 names none"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x168_06_qu-2015-quanmin-jianshen-ri-huodong-fangan.txt"
plan(X06,
     title="全民健身日活动方案",
     title_note="line 1 (the site's 「时间:」「小龙」「方案策划」 lines follow)",
     doc_no="", issuer="XX市XX区人民政府 (「四、主办单位」; 「新鹤城」, 红星街道办事处; masked)",
     date="2015 (「2015年XX区“全民健身日”活动启动仪式」; the committee is named 「XX区2012年“全民健身日”活动组委会」)",
     level="区 (masked 「XX区」)",
     source=page_source("http://plansum.cn/fangancehua/54751.html"),
     style="a 方案 site's page: title, the site's lines, 一、指导思想 (a paragraph), 二、活动主题, 三、组织机构 (a committee of persons "
           "and its office), 「四、主办单位:XX市XX区人民政府」 and 「五、承办单位:区总工会、区体育局、区城市办、红星街道办事处」 as "
           "heading-colon fields, 六、活动安排 「1.8月8日上午8:30,…」 (the number 「1.」 runs into the date 「8月8日」) 「2.8月11日、12日…」, "
           "七、活动要求 1. — CUT 「精心组」 (a short stored excerpt, 1,659 bytes)",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题", "三、组织机构", "四、主办单位:XX市XX区人民政府",
                                   "五、承办单位:区总工会、区体育局、区城市办、红星街道办事处"],
     samples=[
        S(["六", "1"], [], [], dl="8月8日", dln="2015-08", not_targets=[("1.8", "月")],
          note=R2 + ": 「8月8日上午8:30,在区政府广场举行2015年XX区“全民健身日”活动启动仪式;…进行体育活动表演;…进行拔河比赛」 — "
               "举行/进行 with no subject: " + NONE_NAMED + "; the plan's 「五、承办单位:区总工会、区体育局、区城市办、红星街道办事处」 is "
               "a field of the whole plan, not a label on 六 or a heading over it (rule 1 gives a label only to the item it stands "
               "on or to the items under it) — RULING? (a reader who reads the plan's 承办单位 field as the units of its activities "
               "answers those four responsible, as round 38 reads 「承办单位：」 beside 「牵头单位：」 on an item); deadline 「8月8日」 "
               "of the ceremony named 2015: 2015-08; 「1.」 runs into 「8月8日」: 「1.8月」 is no quantity (not_target); the clock "
               "times 8:30, 9:00, 10:00 are not targets (round 25, not answered)"),
        S(["六", "2"], [], [], dl="8月11日、12日", dln="2015-08",
          note=R2 + ": 「8月11日、12日在红星街道办事处举行乒乓球、羽毛球比赛」 — 举行 with no subject, 红星街道办事处 a place (在A): "
               + NONE_NAMED + " (the 承办单位 field: see 六/1, RULING?); deadline: the latest date 12日 (round 34), the year the "
               "schedule's (六/1's 2015; 三's 「2012年」 is part of the committee's name): 2015-08"),
        S(["七", "1"], [], [],
          note=CUT + "; round 39 (a 工作要求/活动要求 section whose items give work is the plan's work); " + R2 + ": the run-in "
               "heading 「认真组织参赛队伍。」 has no subject and 组织's object is teams (persons), not work (round 34: 组织＋work); "
               "「各参赛单位要按照组委会的统一要求…,切实加强对…的组织领导,精心组[织]」 — 加强 is no rule-2 verb, 组织领导 a noun, and "
               "「精心组」 is cut inside its verb before any object (round 39: a clause cut before its verb names no doer) — "
               + NONE_NAMED + " (RULING?: a reader who reads 各参赛单位 — a kind, round 34 — as the doer of the cut 组织 answers "
               "各参赛单位); 组委会 gives the requirements (rule 3); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 六/1, 六/2, 七/1 (cut); 一–五 are sections (三 sets up a committee of persons, rule 3; 四 and 五 are the "
            "plan's 主办/承办 fields)",
            "the plan names no unit by rule 1 or 2 on the page (see RULING? on the 承办单位 field); every numbered leaf is a task"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x168_07_hekou-zhen-quanmin-jianshen-ri-huodong-fangan.txt"
plan(X07,
     title="全民健身日活动方案",
     title_note="line 2, the piece 「全民健身日活动方案篇1」 (the site's piece number dropped) after the site's sentence on line 1",
     doc_no="", issuer="a town (「全镇」, 「场镇」, 「镇上比赛」, 「构建和谐河口」: 河口; province not named)",
     date="20xx (masked: 「20xx年x月」, 「x月x日」)", level="town (河口)",
     source=page_source("https://m.360gzh.com/shuzhibaogao/59668.html"),
     style="a 范文 site's page: the site's sentence, the piece title, 一、指导思想, 二、活动主题, 三、活动原则 (paragraphs), 四、活动内容 "
           "1、 (a heading line over a paragraph) 2、 (1)(2) (run-in headings), 五、活动时间 (a schedule of masked dates on three "
           "lines), 六、乒乓球比赛报名 (报名时间/报名办法 lines), 七、活动要求 (一) — CUT",
     leaf_tasks=4, count_alternatives=[3, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题", "三、活动原则", "五、活动时间", "六、乒乓球比赛报名"],
     samples=[
        S(["四", "1"], [], [], skip_deadline=True,
          note=R2 + ": 「宣传活动」 over 「向群众宣传“全民健身条例”,印发宣传资料,发放全民健身手册;同时,利用广播向全镇村民进行宣传」 — "
               "no subject: " + NONE_NAMED + "; 五's 「x月x日…全民健身日集中宣传」 is masked: " + NOYEAR),
        S(["四", "2", "(1)"], [], [], skip_deadline=True,
          note=R2 + ": 「群众乒乓球比赛。比赛项目:男女单打。」 — no body: " + NONE_NAMED + "; 五's 「x月x日——x月22日乒乓球比赛」 has "
               "a masked month and year: " + NOYEAR),
        S(["四", "2", "(2)"], [], ["各村(社区)"], lead_alternatives=[["各村(社区)"]], skip_deadline=True,
          note=R2 + ": 「比赛项目由各村(社区)结合实际情况自行安排」 — 由A＋a verb of doing (round 34) by a kind with its bracket "
               "(rounds 32, 34): responsible 各村(社区), " + ONE + "; 五's 「x月中旬——x月下旬村(社区)趣味体育活动」 is masked: "
               + NOYEAR),
        S(["七", "(一)"], [], ["各村(社区)"], lead_alternatives=[["各村(社区)"]], skip_deadline=True,
          not_targets=[("3", "个")],
          note=CUT + "; round 39 (a 工作要求/活动要求 section whose items give work is the plan's work); " + R2 + ": 「场镇各单位、"
               "各村(社区)要高度重视,…充分认识组织这项活动的重要意义,切实加强领导,精心组织本单位职工、群众参加镇上比赛」 — A组织B＋verb "
               "(round 30): A a doer, the staff and the public its objects; 各村(社区) a kind (round 32); 「场镇各单位」 is 各单位 "
               "with a place (the town seat), no kind, a general call (round 33/34: only a kind before 单位 makes a kind) — "
               "RULING? (a reader who takes 场镇 for a kind answers 场镇各单位 too): responsible 各村(社区), " + ONE + "; the first "
               "组织 stands inside a noun phrase (「认识组织这项活动的…意义」), not the verb; 「“三个代表”」 is a name (3个 as "
               "not_target); no date: the plan's dates are masked: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 四/1, 四/2/(1), 四/2/(2), 七/(一) (cut); 3 (without the 活动要求 item) and 5 (with 六、乒乓球比赛报名 as a "
            "childless point) accepted; 六 sets rules for entrants (「每个单位、村(社区)团体组1队,由领队1名,运动员1-3名组成」: members, "
            "rule 3; an entry list, round 35's lists that give no work)",
            "五、活动时间's three lines are a schedule with masked dates (no phase answered: no year, no month)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x168_08_shapotou-qu-2022-fangfan-feifa-jizi-xuanchuanyue-tongzhi.txt"
plan(X08,
     title="关于开展2022年防范非法集资宣传月活动的通知",
     title_note="line 7 (the site's metadata lines 1–6 before it; the document number again on line 8)",
     doc_no="卫沙处非办发〔2022〕3号", issuer="沙坡头区 处非办 (Ningxia, 中卫市沙坡头区; published by 沙坡头区财政局)",
     date="2022-06-14", level="区 (沙坡头区, Ningxia)",
     source=page_source("https://www.spt.gov.cn/xxgk/bmxxgkml/sptqczj/fdzdgknr_51345/bmxzwj_51375/202206/t20220614_3561916.html"),
     style="a government site's page: metadata bullets (索引号, 文号, 发布机构, 有效, 日期) with leading blanks, the title, the number, "
           "the site's time and share lines, addressees 「区处非领导小组各成员单位:」, a preamble, 「一、活动主题和时间」 (一)主题 (二)时间 "
           "(indented), 「二、工作要求」 (一)(二) run-in headings over 「各成员单位要…」 — CUT in (二)",
     leaf_tasks=2, count_alternatives=[3, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)"], [], [], dl="2022年6月全月", dln="2022-06",
          note="round 39 (a 工作要求 section whose items give work is the plan's work); " + R2 + ": 「各成员单位要充分发挥…作用,细化"
               "宣传方案,明确职责任务,积极部署和督促指导本行业、本领域做好…工作,要以…为契机,…融合…,加强…」 — a kind (各成员单位, "
               "round 35) but with 发挥/细化/明确/部署/督促指导/融合/加强, none of rule 2's verbs (" + VERBS + "; 督促 a pivot, round "
               "30): " + NONE_NAMED + "; the heading 「加强组织领导」 holds 组织领导 as a noun; deadline: no date of its own, the "
               "宣传月 「2022年6月全月」 is the activity's span (round 36): 2022-06; 「常态化、长效化」 no rhythm"),
        S(["二", "(二)"], [], [], dl="2022年6月全月", dln="2022-06",
          note=CUT + "; round 39; " + R2 + ": 「各成员单位要重点针对养老、涉农等领域开展宣传活动,特别是要结合…专项行动,采用…方式,"
               "通过开展…,“点对点”提示风险」 — 开展 without 组织, 结合, 采用, 提示: no rule-2 verb: " + NONE_NAMED + "; the span's "
               "end (round 36): 2022-06"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), 二/(二) (cut); 一's (一) 活动主题 and (二) 活动时间 are the notice's fields (round 35's field blocks: "
            "3, with 一 as one task, accepted; 4, with (一) and (二) as leaves of a notice that names no unit by rule 2 — "
            "「6月15日为集中宣传日,各成员单位要集中发声」 — accepted)",
            "「为期7天」 (一/(二)) restates a national quiz's length (not answered); no sample names a unit: every clause of the "
            "page gives work to 各成员单位 with verbs outside rule 2's closed list"])

write_collected(DIR)
