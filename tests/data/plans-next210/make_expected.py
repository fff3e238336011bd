# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next210/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c210, round 45: eight page openings of plans from outside Shanghai — 范镇's
防灾减灾宣传周 plan on a 范文 site (20XX masked, 五、宣传内容 with no doer, 六、(一)准备阶段 1、2、, 「镇政府应急办负责」, CUT);
西宁市's 20xx 全民健身日 plan from its preamble (three events as items with 内容／时间／地点 lines, masked days); 王益街道办事处's
2025 「清洁乡村、和美家园」 notice (a title over three lines under its number, 「1、 时间安排」 with a span, 3、(一) CUT); a
masked **鎮's 2019 防震減災 plan in traditional characters (「鎮政府牽頭,各村(社區)、各單位…懸掛…1—2幅」, 「鎮執法辦等有關部門…
組織開展」, CUT); 黃溪口鎮's 2024 防災減災日 notice in traditional characters (a forwarding paragraph, then one unnumbered
paragraph of work, CUT); 西昌市图书馆's 世界读书日 plan (plan-level 主办／承办 fields, items with 主办单位／承办单位 lines, the
year lost 「年4月23日」); an xx区's 20xx 防灾减灾日 集中宣传 notice (a host field, 五、活动内容, 六、工作分工 with unit-colon items,
CUT); 临渭区's 防灾减灾日宣传周 notice (「由A、B…参与」, 「一是由A牵头,B、C等部门配合」 run in a paragraph, a dated sending)):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at`` where the
item is an unnumbered paragraph or a run-in 「一是」); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–45 are cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c210.

    python tests/data/plans-next210/make_expected.py tests/data/plans-next210
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an unnumbered paragraph or a run-in 「一是」 inside a paragraph: the line where marker ends and the first eight
# characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page opening prints no title of the plan itself"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
MASKED = "the year is masked on the page (「20XX年」「20xx年」「xx月xx日」): the deadline is not checked"
LOST = ("the year is lost on the page (「年4月23日」, the blank before 年; 「第27个“世界读书日”」 points to 2022 only by "
        "inference): the deadline is not checked")
SPAN = ("round 36/37: an activity's or campaign's span stated once for the whole action is a stage span, its end the "
        "deadline of items with no date of their own")
UNITLESS = ("round 40: items naming no unit in a plan with units elsewhere are tasks where they give work (a count "
            "without them is accepted)")
GENERAL = "各单位／各單位 is a general call (round 33: the bare 各单位 names no kind of body)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x210_01_fanzhen-20xx-fangzai-jianzai-ri-xuanchuanzhou-fangan.txt"
plan(X01,
     title_note=NO_TITLE + " (the page prints the site's collection title 「乡镇防灾减灾日宣传方案(精选6篇)」 and the heading "
     "「乡镇防灾减灾日宣传方案1」; the plan's own name is only cited in 六/(一)/1: 《范镇“5·12”防灾减灾宣传周活动实施方案》)",
     doc_no="", issuer="范镇 (a 镇; 「为范镇和谐安全稳定创造良好社会环境」, 《范镇“5·12”防灾减灾宣传周活动实施方案》; province not named)",
     date="20XX (masked)", level="town (范镇, not placed)",
     source=page_source("https://helloknj.com/fangan/5038489.html"),
     style="a 范文 site's page (time line, 「我要投稿」, 「• 相关推荐」, the collection title twice, the site's intro paragraph, "
           "the heading 「乡镇防灾减灾日宣传方案1」, lines indented with two spaces): 一、指导思想, 二、活动时间 「20XX年5月12日—5月18日」, "
           "三、活动主题, 四、活动目标 (fields), 五、宣传内容 (一)–(三) (what to publicise, no doer), 六、活动安排 (一)准备阶段(20XX年5月11日前) "
           "1、方案制定 (「各单位要…拟定本单位实施方案」) 2、资料准备 (「镇政府应急办负责准备镇级宣传资料、」) — CUT there",
     leaf_tasks=5, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动时间", "三、活动主题", "四、活动目标"],
     samples=[
        S(["五", "(一)"], [], [], skip_deadline=True,
          note=UNITLESS + " — 「宣传介绍…,普及…」 gives the publicity's work with no doer: lead [], responsible []; the "
               "count 2 without 五's items is accepted; the activity's span 二、「20XX年5月12日—5月18日」 would date it (" + SPAN
               + "): " + MASKED),
        S(["五", "(三)"], [], [], skip_deadline=True,
          note=UNITLESS + "; no doer: lead [], responsible []; " + MASKED),
        S(["六", "(一)", "1"], [], [], skip_deadline=True,
          note="「各单位要根据《…实施方案》,结合实际拟定本单位实施方案」 — " + GENERAL + ", and 拟定 is no rule-2 verb (round 30's "
               "closed list): lead [], responsible []; the stage (一)准备阶段(20XX年5月11日前) would date it (round 35: a stage's "
               "span gives its items their deadline): " + MASKED),
        S(["六", "(一)", "2"], [], ["镇政府应急办"], lead_alternatives=[["镇政府应急办"]], skip_deadline=True,
          note=CUT + "; " + R2 + ": 「镇政府应急办负责准备镇级宣传资料、」 — A负责…: responsible 镇政府应急办 as printed; " + ONE
               + "; the stage's 「20XX年5月11日前」: " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves on the page: 五/(一)–(三) (unit-less items that give the publicity's work, round 40) and 六/(一)/1–2 "
            "(2 CUT); 2 accepted (五's items read as a list of contents, no tasks); 一、–四、 are sections and fields (round 42: "
            "a section that only gives the time, aim or theme is a field)",
            "六/(一) 准备阶段(20XX年5月11日前) is a stage with its own items (round 33: a stage in a 活动安排 section with work under "
            "it is a phase); its year is masked, so no phase is written (as x177_02's masked span)",
            "the site's lines (time stamp, 我要投稿, 相关推荐, the intro 「为了确保事情…希望可以帮助到有需要的朋友」) are chrome; a stray "
            "back-quote 「应急预案的`重要内容」 is the page's"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x210_02_xining-shi-20xx-quanmin-jianshen-ri-huodong-fangan.txt"
plan(X02,
     title_note=NO_TITLE + " (the opening starts at the preamble 「为了进一步加快和推动西宁市全民健身事业的发展,…具体方案如下:」)",
     doc_no="", issuer="西宁市 (with 青海省体育局: 「省体育局和西宁市人民政府决定在全市组织…」)",
     date="20xx (masked; 「第四个“全民健身日”」)", level="city (西宁, 青海)",
     source=page_source("https://qdfww.com/qita/321920.html"),
     style="a 范文 site's copy from the preamble (no title): 一、指导思想, 二、活动主题, 三、活动内容、时间和地点 with three events 1、–3、 "
           "each written as field lines 「内容:…」「时间:20xx年xx月xx日…」「地点:…」, 四、组织机构 — CUT in its first sentence",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题", "四、组织机构"],
     samples=[
        S(["三", "1"], [], [], skip_deadline=True,
          note="an event written as its fields (内容／时间／地点; round 35: the field lines of one item make one task): no unit "
               "line and no doer — the preamble's 「省体育局和西宁市人民政府决定在全市组织…」 gives units to no item (round 40: a "
               "plan's preamble before its first section): lead [], responsible []; 「20xx年xx月xx日上午9时整」: " + MASKED
               + "; 9时 is a clock time (no target)"),
        S(["三", "2"], [], [], skip_deadline=True,
          note="as 三/1 (fields only): lead [], responsible []; 「20xx年全国万人全民健身操推广赛」 — 万人 is part of a name (no "
               "target); " + MASKED),
        S(["三", "3"], [], [], skip_deadline=True,
          note="as 三/1: lead [], responsible []; 「下午14时30分」 a clock time; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 三/1–3 (events with field lines); 4 accepted (四、组织机构 read as a task: the page cuts it "
            "in its first sentence 「为了推动…」, before any body or work); 一、指导思想 and 二、活动主题 are a section and a field "
            "(round 42)",
            "the slogan 「每天锻炼一小时,健康生活一辈子」 is a theme (no target); 「第四个“全民健身日”」 is an ordinal",
            "plans-next202's walk left hbshangdie 1489553 (西宁 20xx, traditional, masked) for a later set; this is a copy in "
            "simplified characters on another site (qdfww 321920), taken instead (the traditional copy did not come back)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x210_03_wangyi-jiedao-2025-qingjie-xiangcun-hemei-jiayuan-zhuanxiang-xingdong-tongzhi.txt"
plan(X03,
     title="铜川市王益区王益街道办事处关于深入开展“清洁乡村、和美家园”村庄建设专项行动的通知",
     title_note="lines 2–4 joined (the issuer's line 「铜川市王益区王益街道办事处」 then 「关于深入开展“清洁乡村、和美家园”」 / "
                "「村庄建设专项行动的通知」) — RULING? a reader who leaves the issuer's line out gives 「关于深入开展…专项行动的通知」",
     doc_no="铜王益办发〔2025〕2号", issuer="铜川市王益区王益街道办事处", date="2025 (「2025年1月10日开始」)",
     level="street (王益街道, 铜川市王益区, 陕西)",
     source=page_source("http://www.tcwy.gov.cn/resources/site/151/html/zfxxgk/qzfbmhzbxxgk/wyb/bmwj/202504/880985.html"),
     style="a district site's page of a street office's notice: the number first, the title over three lines, 「各村:」, a preamble "
           "(「街道办决定在春节前后深入开展…」), then points numbered 「1、 」 with a space: 1、 时间安排 (「2025年1月10日开始,2025年2月28日"
           "结束。」), 2、 行动目标, 3、 重点任务 (一)开展“净美庭院”行动 — CUT in (一)",
     leaf_tasks=1, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["1、 时间安排", "2、 行动目标"],
     samples=[
        S(["3", "(一)"], [], [], dl="2025年2月28日结束", dln="2025-02-28",
          note=CUT + "; 「组织群众开展庭院大扫除大整理」 — 组织 with no subject (the notice speaks to 各村 only as addressees; a "
                     "subject is carried only inside one paragraph, round 34): lead [], responsible []; " + SPAN + ": 1、 "
                     "时间安排 「2025年1月10日开始,2025年2月28日结束」 → 2025-02-28; 「门窗净、…厕所净」 are no figures"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 3/(一) (CUT); 1、 时间安排 is a field (the campaign's span) and 2、 行动目标 a section (round 42; "
            "plans-dev: a childless 工作目标 stays a section); 3 accepted (a reader who counts 1、 and 2、 as points)",
            "「八清一改」 is a programme name; no quantity on the page",
            "the campaign's span 2025-01-10 → 2025-02-28 is stated once in 1、 时间安排 for the whole action; no named stages, so "
            "no phase is written"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x210_04_zhen-2019-fangzhen-jianzai-gongzuo-shishi-fangan-tongzhi.txt"
plan(X04,
     title="**鎮關于2019年防震減災工作的實施方案的通知",
     title_note="line 1, as printed (traditional; the town's name masked 「**」 by the site)",
     doc_no="", issuer="a 鎮 (masked 「**鎮」; 「各村(社區):」)", date="2019 (title; the preamble says 「2018年度」)",
     level="town (masked, province not named)",
     source=page_source("http://www.tmdps.cn/a1/c154ba9dc2c9d6fd.html"),
     style="a document site's page in traditional characters: the notice-as-plan title, 「各村(社區):」, a preamble, 一、指導思想, 二、強化宣傳 "
           "(a childless point: 「廣泛發動機關、企事業單位…共同參與」, no subject), 三、活動安排 (一)–(三) run-in headings 「開展…活動。」 "
           "over one sentence each — CUT in (三)",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、指導思想", "二、強化宣傳"],
     samples=[
        S(["三", "(一)"], ["鎮政府"], ["鎮政府", "各村(社區)"], targets=[(1, "幅")],
          note=R2 + ": 「鎮政府牽頭,各村(社區)、各單位結合本單位工作實際,在主要街道懸掛宣傳標語1—2幅」 — 「A牵头，B、C＋verb」 with a "
               "comma (round 34: as 「由A牵头B、C＋verb」): lead 鎮政府 (a body: 鎮政府, not the bare place 镇 of round 43/44); "
               "responsible 鎮政府, 各村(社區) (a kind) — " + GENERAL + "; round 32: a range is read at its lower edge: "
               "「1—2幅」 → 1 幅 (banners to hang, work done, not supplies handed out, round 44); " + NODATE),
        S(["三", "(二)"], [], [],
          note="「在宣傳月活動期間,在全鎮中小學校開展…主題活動」 — no subject: lead [], responsible []; 「宣傳月活動期間」 names no "
               "month (round 39: 「…期间」 gives no deadline): " + NODATE),
        S(["三", "(三)"], [], ["鎮執法辦"], lead_alternatives=[["鎮執法辦"]],
          note=CUT + "; " + R2 + ": 「鎮執法辦等有關部門要對…組織開展安全隱患排查治理行動」 — 組織＋work (round 34): the subject "
                     "「A等有關部門」 gives A, the 等… tail dropped (round 35: 「A、B、C等部門」 with separate heads); " + ONE + "; "
                     + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 三/(一)–(三) ((三) CUT); 4 accepted (二、強化宣傳 read as a task: a childless point giving "
            "work with no doer, round 34 early; the count without it reads it as the section that frames the campaign, its "
            "only verb 發動 outside rule 2's list)",
            "the title says 2019, the preamble 「為切實做好2018年度防震減災工作」 — a real inconsistency of the page; no item is "
            "dated, so neither year is used",
            "the town's name is masked 「**鎮」 on the page (round 40: masked names kept as printed)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x210_05_huangxikou-zhen-2024-fangzai-jianzai-ri-gongzuo-tongzhi.txt"
P05 = "根據國家、省、市、縣減災委員會辦公室的統一部署"
plan(X05,
     title="關于印發《黃溪口鎮人民政府關于做好2024年全國防災減災日有關工作》的通知",
     title_note="line 4, as printed (traditional); line 1 is the site's headline with the column tag 「【救災】」",
     doc_no="黃政發〔2024〕13號", issuer="辰溪縣黃溪口鎮人民政府", date="2024-05-07 (the page's 發布時間)",
     level="town (黃溪口鎮, 辰溪縣, 懷化, 湖南)",
     source=page_source("http://m.kaojiao.com.cn/chenxi/c136391/202405/aa1efa0c836d4560ae11ed381a645d62.shtml"),
     style="a county site's page in traditional characters: the headline 「【救災】關于印發《…》的通知」, 發布時間, the number, the "
           "title, 「各村(社區)、鎮直各單位:」, a forwarding paragraph (the day, the theme, 「5月11日至17日為防災減災宣傳周」, four higher "
           "notices 「轉發給你們,請結合實際,認真貫徹落實」), then ONE unnumbered paragraph of requirements — CUT mid-word 「圍繞主」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S([P05], [], [], dl="5月11日至17日為防災減災宣傳周", dln="2024-05-17", responsible_alternatives=[["各村(社區)"]],
          **at(X05, "認真貫徹落實。\n"),
          note=CUT + "; Round 98 (turned, aligned round 68 to CONVENTIONS.md \"Round 98 rulings\"; p68b): the addressee line printed again whole calls the notice's addressees back, whatever verb follows (Round 89's governs on x330_02; Round 91's on x336_02; Round 95's x348_01; Round 97's x354_03 3、, 5、) — over the old reading of the subjects as doers by rule 2: [各村(社區)] → none (under 「各村(社區)、鎮直各單位:」, found by rul98's grep for the class; the old list stays accepted); the earlier reading: round 38: unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks (path by "
                     "first words); " + R2 + ": 「各村(社區)、鎮直各單位要…精心組織開展全國防災減災日宣傳教育各項活動」 — 組織＋work "
                     "(round 34): 各村(社區), a kind, is a doer; 鎮直各單位 is a general call (round 41: 「场镇各单位」 and like "
                     "各…单位 forms); the lead-in 「根據國家、省、市、縣減災委員會辦公室的統一部署」 names the issuers of higher notices, "
                     "no doers; lead []; the week 「5月11日至17日」 stated once for the whole action (round 37's span; round 43: "
                     "「宣传周期间」 is dated by the week) in the 2024 notice: 2024-05-17"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task on the page: the unnumbered paragraph after the forwarding one (CUT); the forwarding paragraph 「現將…轉發給"
            "你們,請結合實際,認真貫徹落實」 is the cover's instruction, no task (round 25)",
            "「第16個」 is an ordinal; no quantity on the page; no dated sending before the cut"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x210_06_xichang-shi-tushuguan-423-shijie-dushuri-quanmin-yuedu-huodong-fangan.txt"
plan(X06,
     title="西昌市图书馆开展4·23世界读书日系列特色全民阅读活动",
     title_note="lines 3–4 joined, as printed; lines 1–2 「世界」「读书日」 are a banner's words",
     doc_no="", issuer="西昌市图书馆 (its own plan; 「西昌市图书馆计划开展系列特色全民阅读活动」)",
     date="2022 by inference (「第27个“世界读书日”」; the year is blank in 「年4月23日」)",
     level="a body's own (西昌市图书馆, 凉山州, 四川)",
     source=page_source("http://bbs.xichangzx.com/showtopic-6085.aspx"),
     style="a forum's copy of a city library's plan: a banner's two words, the title on two lines, a preamble with masked "
           "words 「第九次*代会」, 一、主题, 二、时间 (「贯穿全年」), 三、组织机构 (plan-level 主办单位／承办单位 fields), 四、活动安排 (一)–(三), each "
           "a heading line over field lines 活动时间／活动地点／主办单位／承办单位／具体内容, the year lost 「年4月23日」, 「4?23」 for 4·23 — CUT "
           "at (三)'s 「具体」",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、主题", "二、时间", "三、组织机构"],
     samples=[
        S(["四", "(一)"], [], [], dl="年4月23日15:30-16:00", skip_deadline=True,
          note="an event with field lines (round 35/44: its fields make one task); no 主办／承办 line of its own — 三、组织机构's "
               "「主办单位:西昌市文化广播电视和旅游局、西昌市总工会」「承办单位:西昌市图书馆」 is stated once for the whole event and "
               "gives no item units (rounds 41/42: a plan-level host field); 「组织第七届…获奖人员到场」 — 组织 with no subject "
               "(and persons as its object): lead [], responsible []; " + LOST + "; 第七届／第八届 are ordinals"),
        S(["四", "(二)"], ["中国图书馆学会", "国家图书馆"], ["中国图书馆学会", "国家图书馆", "西昌市图书馆"],
          dl="年4月23日启动", skip_deadline=True,
          note=R1 + ": the item's own label lines 「主办单位:中国图书馆学会、国家图书馆」「承办单位:西昌市图书馆」 read as 「由A主办、B"
                    "承办」 (round 44): lead A (both 主办 bodies), responsible A and B; the 各级各类图书馆 of 具体内容 are named inside "
                    "a description (参与此次活动的…), no units; " + LOST),
        S(["四", "(三)"], [], [], dl="全年", skip_deadline=True,
          note=CUT + "; fields only (活动时间:全年, 活动地点: five dated places), no unit line, no doer: lead [], responsible []; "
                     "round 39: 「全年」 is the plan's year — the year is not printed (" + LOST + ")"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 四/(一)–(三) ((三) CUT); 4 accepted (三、组织机构 read as a task: round 42 — a point that only "
            "says who hosts the whole event is a plan-level field, a count with it accepted); 一、主题 and 二、时间 are fields",
            "the year is blank before every 「年4月23日」 on the page; 「第27个“世界读书日”」 gives 2022 only by counting from 1996, so "
            "no deadline is checked",
            "「*代会」 masks a character as the page prints it; 「4?23」 is the page's"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x210_07_qu-20xx-fangzai-jianzai-ri-jizhong-xuanchuan-huodong-tongzhi.txt"
plan(X07,
     title_note=NO_TITLE + " (the page prints the site's collection title 「防灾减灾日宣传活动通知(通用14篇)」 and the heading "
     "「防灾减灾日宣传活动通知 1」)",
     doc_no="", issuer="an xx区's 减灾委员会办公室 (区减灾委办; 李庄镇／李庄古镇 place it in 宜宾市翠屏区, 四川, not named)",
     date="20xx (masked; 「5月10日(星期三)」)", level="district body (区减灾委办, not named)",
     source=page_source("https://jy135.com/tongzhi/2255114.html"),
     style="a 范文 site's page (「- 相关推荐」, the collection title, the site's intro on what a 通知 is): the heading 「防灾减灾日宣传活动通知 "
           "1」, 「尊敬的xx区管委会:」, a preamble, 一、活动主题, 二、活动时间 「20xx年5月10日(星期三)上午9:00--11:30」, 三、活动地点, "
           "四、活动组织和参与单位 (「本次活动由区减灾委员会办公室主办,区应急局、…承办,…协办」), 五、活动内容 (one paragraph of work), "
           "六、工作分工 (一)–(五) unit-colon items 「(一)区减灾委办公室(区应急局):负责…」 — CUT in (五)",
     leaf_tasks=6, count_alternatives=[5, 7], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间", "三、活动地点", "四、活动组织和参与单位"],
     samples=[
        S(["五"], [], [], skip_deadline=True,
          note="round 34 early / round 40: a childless point giving work with no doer is a task (a count without it is "
               "accepted); 「集中向市民发放…;播放…;组织防灾减灾救灾装备器材的展示;…」 — 组织 with no subject: lead [], "
               "responsible []; the activity's single day 二、「20xx年5月10日」 (round 42 continued: a single day under 活动时间 is "
               "the activity's span): " + MASKED),
        S(["六", "(一)"], [], ["区减灾委办公室(区应急局)"], lead_alternatives=[["区减灾委办公室(区应急局)"]], skip_deadline=True,
          note=R1 + ": a unit-colon item under 工作分工 — the unit before the colon, its bracket of the same body's other name "
                    "kept as printed (round 34: a bracket after a name stays with it; round 42: other hats of the same body); "
                    + ONE + "; " + MASKED),
        S(["六", "(二)"], [], ["区红十字会"], lead_alternatives=[["区红十字会"]], skip_deadline=True,
          note=R1 + ": 「区红十字会:对家庭常用急救知识进行演示及讲解」 — the label gives the unit whatever the verb; " + ONE + "; "
                    + MASKED),
        S(["六", "(三)"], [], ["区消防救援大队"], lead_alternatives=[["区消防救援大队"]], skip_deadline=True,
          note=R1 + ": unit-colon item; 「协助开展油锅灭火演练」 names no partner; " + ONE + "; " + MASKED),
        S(["六", "(四)"], [], ["李庄古镇景区管委会"], lead_alternatives=[["李庄古镇景区管委会"]], skip_deadline=True,
          note=R1 + ": unit-colon item; " + ONE + "; " + MASKED),
        S(["六", "(五)"], [], ["李庄镇"], lead_alternatives=[["李庄镇"]], skip_deadline=True,
          note=CUT + "; " + R1 + ": unit-colon item 「李庄镇:负责落实…」 — a named town as a body of the plan (not the bare 镇 "
                     "of round 43/44, a place); " + ONE + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves on the page: 五、活动内容 (a childless point giving work) and 六/(一)–(五) ((五) CUT); 5 accepted (五 read "
            "as a field of the event), 7 accepted (四、活动组织和参与单位 read as a task: round 42 — a point that only says who hosts "
            "the whole event is a plan-level field, a count with it accepted); 一、–三、 are fields",
            "四's 「由区减灾委员会办公室主办,区应急局、李庄古镇景区管委会、李庄镇承办,区红十字会、区消防救援大队、政安消防协办」 is the "
            "plan-level host field: it gives units to no item (rounds 41/42)",
            "the preamble's 「在各镇(街道)、区减灾委各成员单位按照职能分工落实分散宣传的同时」 describes other work; 「尊敬的xx区管委会:」 "
            "is the page's addressee line"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x210_08_linwei-qu-fangzai-jianzai-ri-xuanchuanzhou-gongzuo-tongzhi.txt"
U08 = ["区民政局", "住建局", "安监局", "交通局", "教育局", "卫计局", "药监局", "农业局", "林业局", "水务局", "环保局", "气象局",
       "国土分局", "临渭交警大队"]
NOYEAR = ("the text prints no year: 「2021年」 stands only in the site's headline (round 45: a year printed only in a site's "
          "headline dates nothing) and 「第八个防灾减灾日」 points to 2016 only by inference: the deadline is not checked")
plan(X08,
     title_note=NO_TITLE + " (the site's headline 「2021年关于做好防灾减灾日宣传周工作通知」 adds a year the text does not print; "
     "the notice's own title line is not on the page)",
     doc_no="", issuer="临渭区人民政府 (渭南, 陕西; 「各镇人民政府,各街道办事处,区政府各工作部门」, 临渭交警大队)",
     date="not printed (「第八个防灾减灾日」; the site's headline says 2021)", level="district (临渭区, 渭南, 陕西)",
     source=page_source("http://m.xiandaiyuwen.com/news/dtxw/553690.html"),
     style="a news site's copy of a district notice: 「动态新闻」, the site's headline, 发布时间, the addressees, a preamble (「5月11日至17日"
           "为防灾减灾宣传周」), 一、活动时间及地点 (一)(二) (each opening with its days, 「5月11日?17日」 with 「?」 for a dash), 二、工作"
           "要求和任务 — one paragraph, a general call then run-in items 「一是由A牵头,B、C等部门配合,…;二是由D牵头,E、F等部门配合,」 — CUT",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["各街镇", "各部门"], dl="5月11日?17日", skip_deadline=True,
          note=R2 + ": 「各街镇、各部门根据职责和行业特点,组织开展防灾减灾日主题活动」 — 组织＋work (round 34); 各街镇 and 各部门 "
                    "are kinds (round 32; round 44: 各部门 alone with a rule-2 verb is a doer): responsible, lead []; the item's "
                    "own days 5月11日–17日: " + NOYEAR),
        S(["一", "(二)"], [], U08, dl="5月12日", skip_deadline=True,
          note=R2 + ": 「由区民政局、住建局、…、临渭交警大队参与,在中心广场东侧开展…集中宣传活动」 — the agents of 由 with a verb of "
                    "doing (round 34: 由A＋any verb of doing), names as printed (区 only before the first, round 36) — RULING? "
                    "参与 standing alone after 由 (no 牵头 beside it) read as a verb of doing; a reader who reads 参与 as taking "
                    "part only (round 43 reads 参加 as 参与 in a 牵头 split) gives none; 「区应急办对各部门活动开展情况进行检查」 — 进行"
                    "检查 without 由 names no doer (round 37); lead []; the item's own day 5月12日: " + NOYEAR),
        S(["二", "一"], ["区安监局"], ["区安监局", "区工信局", "国土资源分局"], skip_deadline=True, **at(X08, "一是"),
          note="round 36: run-in 「一是…二是…」 that are a section's only structure are its items (path 二/一); " + R2
               + ": 「由区安监局牵头,区工信局、国土资源分局等部门配合」 — lead A; responsible A, B, C in order, the 等部门 tail "
               "dropped (round 35); the week 「5月11日至17日」 (" + SPAN + "): " + NOYEAR),
        S(["二", "二"], ["临渭交警大队"], ["临渭交警大队", "区交通局", "安监局"], skip_deadline=True, **at(X08, "二是"),
          note=CUT + " (after 「配合,」); " + R2 + ": 「由临渭交警大队牵头,区交通局、安监局等部门配合」 — lead A; responsible A, B, C "
                     "(安监局 as printed, without 区); round 45: a clause cut after every name still gives them; " + NOYEAR),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "各部门将5.12防灾减灾日宣传活动情况以书面形式报区应急办", "when": "5月15日12:00前", "when_norm": None}],
     notes=["4 leaves on the page: 一/(一), (二) and 二's run-in 一是, 二是 (二是 CUT); 3 accepted (二's paragraph read as one "
            "task: round 37 reads 「一是…二是…」 inside a numbered item's paragraph as its text)",
            "duty: 「各部门要于5月15日12:00前,将5.12防灾减灾日宣传活动情况以书面形式报区应急办」 — a one-off dated sending the notice asks "
            "of the bodies it tasks (round 43, turned: a dated duty); its year is not printed, so when_norm is left empty (the "
            "duty's words are checked, not its date)",
            "「上午9:00至下午4:00」「8:30前」 are clock times; no quantity on the page; 「第八个」 is an ordinal",
            "the preamble's 「5月11日至17日为防灾减灾宣传周」 is the campaign's span (no named stages: no phase)"])

# Round 51 (rul51): answers aligned to tests/data/CONVENTIONS.md, "Round 51 rulings" (README, "Round 51")
from expected_tools import _sample32 as _s51  # noqa: E402

_p51, _ = _s51("x210_05", None)
_q51 = _p51["samples"][0]
_q51["deadline"], _q51["deadline_norm"] = "今年5月12日是我國第16個全國防災減災日", "2024-05"
_q51["note"] = ("Round 51: CONVENTIONS.md Round 51 rulings → Dates (a week a preamble states): 「5月11日至17日為防災減災宣傳周」 "
                "states a calendar fact, like 「今年6月是第24个全国安全生产月」 (round 47), not a span the plan sets with 定于 (round "
                "48); the item names the day's activities 「全國防災減災日宣傳教育各項活動」, dated by the day's month (rounds 43, 46, "
                "48): 2024-05-17 → 2024-05; the earlier reading: " + _q51["note"])
_p51["notes"].append("Round 51: the preamble's week is a stated fact, not the campaign's span; the item is dated 2024-05 by the "
                     "named day (CONVENTIONS.md Round 51 rulings → Dates)")

write_collected(DIR)
