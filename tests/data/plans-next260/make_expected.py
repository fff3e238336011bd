# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next260/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c260, round 51): eight page openings of county, township and street plans from
outside Shanghai, taken from the `search` tool's `pages` corpus — 水墩镇's 2018 夏秋季征兵 方案 (二、职责分工 (一)–(五)); a
街道's 社区消防安全整治 方案 (a 范文 page, 1.–4., 「此项工作由街道流动人口服务管理所牵头」); 湯溝鎮's 2014 城鄉低保核查 方案 (traditional
with inline pinyin, a 核查時間 span, a dated stage); 中和镇's 2025 森林防灭火 攻坚行动方案 (two dated stages with work, 三、核心攻坚任务
1.–3.); an xx鎮 of 耒陽市's 禁毒宣傳 活動實施方案 (traditional with inline pinyin, 「鎮政府將組織…」); page 2 of a 县's 计划生育
基础服务 方案 (二、工作职责 1、县级 2、乡(镇)级 3、村级); page 2 of a 县's 2010 安全生產月 方案 (黔西 by its streets; (五)–(十二)
each with a 責任單位 line); an XX镇's 2023 秋冬季森林防灭火 实施方案 (a PDF preview: lines broken mid-word, the site's 摘要
repeating the opening on one line). Never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py); every answer was
written here by reading the texts under tests/data/CONVENTIONS.md (rule 1, rule 2 and the rulings of rounds 30–58 are
cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these
plans by c260.

    PYTHONPATH=. python tests/data/plans-next260/make_expected.py tests/data/plans-next260
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

R1 = "CONVENTIONS rule 1 (the label decides: a unit label gives its units, sentences in the item add nothing)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…, designations; round 30: a closed list, round 44: outside articles): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
WORK = ("a heading that gives out work (round 35: 职责分工／工作职责／责任分工; round 38: 「工作职责」): every body the text gives "
        "work is a unit, the subject of any verb of doing (round 34) and the objects of 督促／协助／协调／指导 that are given "
        "work (rounds 35, 36, 37)")
NOYEAR = "no year is printed on the page (a year only in the site's address dates nothing, round 45): the deadline is not checked"
PERSON = "a person is never a unit (round 30; round 42: 干部 are persons; rounds 36/45: hired persons such as 宣传员)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x260_01_shuidun-zhen-2018-xiaqiuji-zhengbing-gongzuo-fangan.txt"
P01 = "水墩镇2018年夏秋季征兵工作方案"
NODATE01 = ("no date in the item; 「2018年夏秋季」 is printed only in the title and the cover's purpose (round 38: a plan's period "
            "printed in its title dates nothing): " + NODATE)
plan(X01,
     title=P01 + "（中共水墩镇委关于印发《" + P01 + "》的通知）",
     title_note="the plan's own title (line 5) or the cover notice's title (line 1): either (round 45's 通知 cover pair)",
     doc_no="", issuer="中共水墩镇委员会 (紫金县, 广东 by the site and 「《广东省征兵工作责任制规定》」)",
     date="not shown (2018 by the title)", level="town (水墩镇)",
     source=page_source("http://www.zijin.gov.cn/zfxxgkml/sdzrmzf/gzwj/content/post_235734.html"),
     style="a town government site's page: the cover notice (title, addressees 各村、镇直各部门, 「现将《…》印发给你们」, the party "
           "committee's name), the plan's title, 一、指导思想 (a stance), 二、职责分工 with a lead-in paragraph (「各单位要…，各村定期打电话、"
           "上门走访…」) and (一) a leading group set up, (二) 「征兵办公室负责日常工作，会同有关单位做好…」, (三) 派出所 (three sentences, "
           "「…协助村做好…」), (四) 「镇卫生院做好…」, (五) 「镇纪委掌握有关廉洁」 — CUT",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(二)"], ["征兵办公室"], ["征兵办公室"], lead_alternatives=[[]],
          note=R2 + ": 「征兵办公室负责日常工作，会同有关单位做好宣传、…学历初查」 — A负责 and A会同B＋verb: lead A (round 30: "
               "「（由）A会同B＋verb」, lead [] accepted); 有关单位 is the catch-all with no kind, no unit (round 43: 「会同有关单位」); "
               "the office is not set up by this item, so it is a doer (round 36: bodies a plan set up earlier are doers in later "
               "items); " + WORK + "; " + NODATE01),
        S(["二", "(三)"], [], ["派出所", "村"], responsible_alternatives=[["派出所"]],
          note=WORK + ": 「派出所依照…规定。制定政治考核工作计划，组织人员对应征公民进行政治考核…。协助村做好辖区…调查摸底」 — the "
               "subject 派出所 carries over inside the paragraph (round 34), 组织 with persons then a verb makes it a doer (round "
               "30), and under a work heading 「A协助B做好…」 gives both A and B (round 36): 村 as printed; [派出所] alone (the "
               "pivot's object no unit, round 30) is accepted; " + NODATE01),
        S(["二", "(四)"], [], ["镇卫生院"], lead_alternatives=[["镇卫生院"]],
          note=WORK + ": 「镇卫生院做好应征青年体检工作准备…严格把关，确保送县体检青年的合格率」 — 做好 is a verb of doing under the "
               "职责分工 heading (round 34), so 镇卫生院 is a unit; " + ONE + "; 合格率 has no figure; " + NODATE01),
        S(["二", "(五)"], [], ["镇纪委"], lead_alternatives=[["镇纪委"]],
          note=WORK + ": 「镇纪委掌握有关廉洁[cut]」 — the verb 掌握 is printed before the cut, so the subject under the work heading is "
               "a unit (round 45: even a subject the page cuts before its verb under such a heading is one); " + ONE + "; " + CUT
               + "; " + NODATE01),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/(二)–(五) ((五) CUT). 二/(一) RULING? 1: 「成立镇征兵工作领导小组，领导组织开展征兵工作」 only sets up the leading group and "
            "says it leads: no task where it tells no one to act (round 57 turned, x255_06 一/1; round 42's plan-level field); the "
            "count 5 with it is accepted. 一、指导思想 is a stance, a section (rounds 49, 58). 二's lead-in paragraph (「各单位要…，"
            "各村定期打电话、上门走访…」) opens the section and is no task; its 各村 reaches no item (every task item names its own "
            "body, rule 4)",
            "the page prints no document number and no date; the notice is issued by the town's party committee"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x260_02_jiedao-shequ-xiaofang-anquan-zhengzhi-fangan.txt"
NODATE02 = "no date in the item (「两年来」 reports the past; the page prints no year): " + NODATE
plan(X02,
     title_note="title not checked: the page has no title line; the site's 前言 names the piece 「街道社区消防安全整治方案范文」",
     doc_no="", issuer="a 街道 (not named; 「《*区出租居住房屋消防安全管理暂行规定》」 masks its district)",
     date="not shown (the site's path 201001)", level="street (a 街道, not named)",
     source=page_source("https://1mishu.com/article/xzgaoshou/gongzhuo/201001/432975.html"),
     style="a 范文 site's page: the site's 前言, then 一、清查大行动的目的及内容 (一)内容 1.–4. (long paragraphs, 「我街道…」, "
           "「各村、社区、企事业单位要完善…台帐」, 「此项工作由街道流动人口服务管理所牵头，街道与各村居、社区、相关单位密切配合…」, "
           "「街道对这一类企业进行彻底排查…」) — CUT in 4.",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], [], [],
          note="「…我们要在原有成果的基础上，进一步加强排查和整治力度，进一步消除我街道“三合一”现象…」 — 我们／我街道 is the street "
               "speaking of itself, a place (round 43; round 52: a bare 街道 where the street speaks of itself): " + NONE + "; "
               + NODATE02),
        S(["一", "(一)", "2"], ["街道流动人口服务管理所"], ["街道流动人口服务管理所", "各村居", "社区"], [(1, "次")],
          responsible_alternatives=[["街道流动人口服务管理所"], ["街道流动人口服务管理所", "街道", "各村居", "社区"]],
          not_targets=[(5, "人"), (10, "人")],
          note=R2 + ": 「此项工作由街道流动人口服务管理所牵头，街道与各村居、社区、相关单位密切配合有关工作」 — 由A牵头: lead A; 配合 after "
               "a doer makes the partners responsible (round 34): 各村居 and 社区 (kinds), 相关单位 is a catch-all (round 33) and "
               "the bare 街道 the street itself, a place (round 52); the reading with A alone and the one keeping 街道 are "
               "accepted; 「各村、社区、企事业单位要完善…台帐」 — 完善 is no rule-2 verb (round 30; not a work heading); targets: "
               "「再进行一次彻底排查」 — an event the item holds is its own number of work, 1 次 (round 58 turned, 「五个一」); "
               "「“单户住宿5人以上、连片住宿10人以上”的出租房」 — figures inside a noun naming the class the work picks: not targets "
               "(round 58 turned: no exception for objects picked; round 51); " + NODATE02),
        S(["一", "(一)", "3"], [], [],
          note="「街道对这一类企业进行彻底排查、要求其整改的同时，要及时指导做好…」 — the bare 街道 is the street speaking of itself, a "
               "place (round 52), and 进行／指导 name no doer outside articles (rounds 30, 44): " + NONE + "; " + NODATE02),
        S(["一", "(一)", "4"], [], [],
          note="「集中开展消防控制室专项检查，进一步深化前期开展高层和地[cut]」 — no subject: " + NONE + "; " + CUT + "; " + NODATE02),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一/(一)/1–4 (4 CUT); 一 and (一)内容 are headings with children",
            "the 前言 line is the site's chrome (round 40), no text of the plan"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x260_03_tanggou-zhen-2014-chengxiang-dibao-hecha-gongzuo-fangan.txt"
plan(X03,
     title_note="title not checked: line 2 「城鎮(zhèn)低保的考察方案」 is the site's related-item headline (under 「相關推薦」), and the "
                "plan's own name 《湯溝鎮(zhèn)2014年度城鄉(xiāng)低保核查工作方案》 is printed only inside the preamble",
     doc_no="", issuer="湯溝鎮 (its 民政辦; the province not named)", date="not shown (2014 by the text)",
     level="town (湯溝鎮)",
     source=page_source("http://m.okwtrl.com/a/201810/1772274.html"),
     style="a copying site's page in traditional characters with INLINE PINYIN 「鎮(zhèn)」「鄉(xiāng)」「領(lǐng)導(dǎo)」: 相關推薦, a headline, "
           "the preamble naming the plan, 一、核查對象 (one sentence of work), 二、核查時間 「2014年7月4日至2014年7月18日」 (a span), "
           "三、實施步驟 1、宣傳發動(6月30日至7月3日) with two paragraphs (a leading group set up, 「各村也要成立…領導小組…並把領導"
           "小組名單上報鎮民政辦。各村…要及時組織…會議」, 「采取各村自查和鎮核查相結合的形式。各村要…逐戶核查…」), 2、鎮村公示(7月25日—8 — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["二、核查時間:"],
     samples=[
        S(["一"], [], [], [(1, "次")], dl="2014年7月4日至2014年7月18日", dln="2014-07-18",
          note="「一、核查對象: 對全鎮正在享受的城鄉低保戶進行一次全面核查」 — a childless point whose words give work by a verb (進行…"
               "核查), RULING? 2: read by its words, not its heading (round 56; rounds 47, 48: points that each give work by a verb are items; "
               "round 34 early): a task; the count 1 that reads it as a field of the work's objects (round 44) is accepted; no "
               "subject: " + NONE + "; 「一次全面核查」 — the item's own number of work, 1 次 (round 58 turned); deadline: 二、核查時間 "
               "「2014年7月4日至2014年7月18日」 is a 时间 field stated once for the whole action, a campaign span (rounds 37, 44 "
               "decided): its end"),
        S(["三", "1"], [], ["各村"], lead_alternatives=[["各村"]], dl="(6月30日至7月3日)", dln="2014-07-03",
          note=R2 + ": 「各村在核查工作中，要及時組織由村支兩委成員、老黨員、村民代表等參加召開的低保核查工作會議」 — 組織＋work makes "
               "各村 (a kind, round 32) a doer (rounds 34, 43: 组织 whatever its object); the town's leading group and the "
               "villages' groups are bodies the item sets up (rule 3; round 35), the 「具體負責此次的低保核查工作」 after 「成立…"
               "領導小組」 is the group's remit (round 41: a set-up group as the subject of 负责), and persons (鎮長, 支部書記) are "
               "no units (round 30); 「各村要集中時間…登門入戶…進行逐戶核查」 has no rule-2 verb; " + ONE + "; the unnumbered "
               "paragraph 「采取各村自查和鎮核查相結合的形式。…」 goes on with item 1 before 2 (round 32; round 55: a paragraph that "
               "goes on with the item before it is its body); a stage with work written under it is a task and a phase (rounds "
               "32, 33), and the span in its own line is the item's own date (round 55 governs: 2014年 from the text)"),
     ],
     plan_targets=[],
     phases=[{"name": "宣傳發(fā)動", "start": "2014-06", "end": "2014-07",
              "note": "「1、宣傳發(fā)動(6月30日至7月3日)」 under 三、實施步驟 (round 33: a stage written as a name and a time is a phase; "
                      "with work under it also a task); the year from the text (2014). 2、鎮(zhèn)村公示(7月25日—8 is cut inside its "
                      "time, so its end cannot be read: not checked"}],
     duties=[{"what": "各村把領(lǐng)導(dǎo)小組名單上報鎮(zhèn)民政辦", "when": None, "when_norm": None,
              "note": "三/1: the villages send their group's name list to the town's 民政辦 (a plan body's sending to the issuer's "
                      "office, round 32; a list, round 55's x249_02), no date of its own"}],
     notes=["2 leaves: 一 (a point of work) and 三/1 (a stage with work). 二、核查時間 only gives the time, a field (round 42 "
            "continued) and the campaign span (round 37). 三/2 「鎮(zhèn)村公示(7月25日—8」 is a stage line cut inside its time with no "
            "work written: a phase, no task (round 32). Accepted: 1 (一 read as a field of the check's objects, round 44)",
            "inline pinyin is the site's (round 39: kept as printed); names are given as printed"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x260_04_zhonghe-zhen-2025-senlin-fangmiehuo-gongjian-xingdong-fangan.txt"
NOSPAN04 = ("一、工作目标's 「确保2025年3月24日-5月31日期间…“零发生”」 is the goal's period, not a span for every item (round 44 "
            "decided); 二's stages are phases, not a span stated once for the whole action (round 47: x214_02)")
plan(X04,
     title="中和镇2025年森林防灭火工作攻坚行动方案",
     title_note="line 8, the plan's own title after the cover (the cover prints the name only inside 《》)",
     doc_no="(the page's 文号 cell is empty)", issuer="中共中和镇委员会、中和镇人民政府 (三都县, 贵州: 「《黔南州森林草原防灭火工作导则》」)",
     date="2025-03-24 (the cover; the site's 成文日期 2025-04-01)", level="town (中和镇)",
     source=page_source("https://www.sandu.gov.cn/xzjdbsc/zhz_5713000/zcwj_5712950/202504/t20250401_87326134.html"),
     style="a county government site's page: the site's table rows (索引号, 文号, 发布机构 with empty cells), the cover (addressees, "
           "「现印发给你们」, the two issuers, 「2025年3月24 日」), the title, a preamble, 一、工作目标 (aims with a period), 二、阶段划分 "
           "(一)部署阶段(3月24日-3月28日) and (二)攻坚阶段(3月24日-5月31日), each with a paragraph of work, 三、核心攻坚任务 (一)立体化宣传教育 "
           "1.–3. with labels 「线上+线下覆盖:」「重点人群教育:」「群防群治:」 — CUT in 3.; no unit anywhere",
     leaf_tasks=5, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], [], dl="(3月24日-3月28日)", dln="2025-03-28", not_targets=[(3, "级")],
          note="a stage written as a name and a time with its work under it 「镇村组全面开展动员宣传，签订镇、村、户三级防火责任书。对防火"
               "物资进行清点，补充…」: a phase and a task (rounds 32, 33); 镇村组 joins the town (a place standing alone, round 44) "
               "with the villages and groups, and 开展／签订／进行 are no rule-2 verbs: " + NONE + "; the stage's own span gives its "
               "end (round 55; the year from the title and the text, 2025); 「三级防火责任书」 — a figure explaining a name's make-up, "
               "no target (round 37)"),
        S(["二", "(二)"], [], [], [(3, "级")], dl="(3月24日-5月31日)", dln="2025-05-31",
          note="a stage with its work 「三级及以上高火险天气，全镇启动预警响应，实行攻坚队伍全员按预案开展工作」: a phase and a task "
               "(round 33); no subject (全镇 a scope): " + NONE + "; RULING? 3: 「三级及以上高火险天气」 is read as the event that "
               "triggers the step (rounds 30, 40: a figure in a condition of a case or an event is a target), not a class of "
               "objects the work picks (round 58); the stage's own end"),
        S(["三", "(一)", "1"], [], [], dl="清明节前", dln="2025-04",
          note="「线上+线下覆盖:每日通过…推送防火警示；清明节前开展“文明祭祀”主题宣传活动；网格内召开…；全覆盖开展新一轮“敲门行动”」 — "
               "the label 「线上+线下覆盖:」 names the work, no body: " + NONE + "; deadline: a festival in the item's own text dates it "
               "by the festival's month in the plan's year (rounds 40, 46: 「在春节前」; 清明 2025 is 4月4日), a one-off date inside "
               "the item's daily rhythm (round 35); " + NOSPAN04),
        S(["三", "(一)", "2"], [], [], [(100, "%")],
          note="「重点人群教育:对重点人员开展入户宣讲，签订承诺书100%覆盖」: " + NONE + "; 100% is the item's own level of work, a target "
               "without a comparison word (round 55 decided: a goal's own level; round 25); " + NODATE + " (" + NOSPAN04 + ")"),
        S(["三", "(一)", "3"], [], [], [("50-100", "元")],
          note="「群防群治:推行“火情举报有奖”制度(奖励50-100元)，举报[cut]」: " + NONE + "; the reward is the scheme's own rate, a target "
               "(round 25: per-unit rates; both edges read alike, round 29); " + CUT + "; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "部署阶段", "start": "2025-03", "end": "2025-03",
              "note": "二/(一) 「部署阶段(3月24日-3月28日)」 (year 2025 from the title and the text)"},
             {"name": "攻坚阶段", "start": "2025-03", "end": "2025-05",
              "note": "二/(二) 「攻坚阶段(3月24日-5月31日)」"}],
     duties=[],
     notes=["5 leaves: 二/(一), 二/(二) (stages with work: tasks and phases, rounds 32–33) and 三/(一)/1–3 (3 CUT); 一、工作目标 a "
            "section of aims (rounds 49, 58); accepted: 3 (the stages read as phases only)",
            "the site's table rows (索引号, 文号, 发布机构) are chrome; the cover's addressees and issuers are no units of any item"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x260_05_zhen-jindu-xuanchuan-huodong-shishi-fangan.txt"
TOWN = "鎮(zhèn)政府"
NODATE05 = "no date in the item and no year anywhere on the page: " + NODATE
plan(X05,
     title_note="title not checked: line 1 「方案」 is the tail of the site's headline; the plan calls itself 「我鎮(zhèn)活動實施方案」",
     doc_no="", issuer="an xx鎮 of 耒陽市 (湖南; 「耒陽市禁毒辦」「耒陽市十鄉百村禁毒騎行宣傳活動」)", date="not shown (no year)",
     level="town (an xx鎮, masked)",
     source=page_source("http://tmatonline.com/fanwen470287"),
     style="a copying site's page in traditional characters with INLINE PINYIN 「鎮(zhèn)」「領(lǐng)導(dǎo)」「內(nèi)容」: 「方案」 (a headline's tail), "
           "a preamble, 一、指導思想, 二、組織領導 (a leading group set up, posts only), 三、活動內容 1.–3. (「鎮政府將在…設點，開展…」, "
           "「鎮政府將組織在鎮中心完小開展禁毒宣傳活動:…」, 「鎮政府統一組織，在每一個村都寫了…，要求每一個村…張貼不少於5條…」), 四、活動要求 "
           "1. 「各村、各單位要高度重視禁毒宣傳工作，精」 — CUT",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、指導(dǎo)思想", "二、組織領(lǐng)導(dǎo)"],
     samples=[
        S(["三", "1"], [], [],
          note="「鎮政府將在全鎮繁華、人群集中地設點，開展形式多樣的禁毒宣傳等活動，…懸掛橫幅和廣貼標語」 — 將 with 設點／開展／懸掛, none of "
               "them a rule-2 verb (round 42: 「A将举办…」 without 由 names no doer outside articles): " + NONE + "; " + NODATE05),
        S(["三", "2"], [], [TOWN], lead_alternatives=[[TOWN]],
          note=R2 + ": 「鎮(zhèn)政府將組織在鎮(zhèn)中心完小開展禁毒宣傳活動」 — 组织＋work, a place between allowed (round 34), and 將 "
               "before it changes nothing (round 47, p45c); the name as printed with the site's pinyin (round 39); 鎮領導 are "
               "persons and 學校 only 要求 (no rule-2 verb); " + ONE + "; 「寫一封禁毒信」 is each student's letter, not the item's "
               "number of work (not checked); " + NODATE05),
        S(["三", "3"], [], [], [(5, "條")], responsible_alternatives=[[TOWN]],
          note="RULING? 4: 「鎮(zhèn)政府統一組織，在每一個村都寫了一條永久性的禁毒宣傳標語，要求每一個村…書寫並張貼不少於5條的…標語口號」 — "
               "组织 stands before a comma with no object, as 「精心组织，认真做好…」 does (round 41: 组织 with no object gives no "
               "doer): " + NONE + "; the reading that takes the comma's clause as 组织's work ([" + TOWN + "], round 43) is "
               "accepted; the villages are the object of 要求 (round 30: a pivot's object); target 「不少於5條」 (不少于, round "
               "30's line): 5 條, the unit as printed; 「都寫了一條」 reports what was done (not checked); " + NODATE05),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/1–3. 二、組織領導 only sets up the leading group and lists its posts: a field, no task (round 57 turned; "
            "round 42). 四/1 as printed 「各村、各單位要高度重視禁毒宣傳工作，精[cut]」 is only a call (高度重视 is no work verb, round 49 "
            "p46d): no task; the count 4 with it is accepted",
            "「發(fā)展?fàn)I造」 in 一 is the site's garbled pinyin, kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x260_06_xian-jihua-shengyu-jichu-fuwu-gongzuo-zhize-ye2.txt"
plan(X06,
     title_note="title not checked: the page is the plan's PAGE 2 (it opens at 二、工作职责); the title is on page 1, not stored",
     doc_no="", issuer="a 县 (not named; its 县人口计生部门, 县计生站, 乡(镇)计生站)", date="not shown", level="county (a 县, page 2)",
     source=page_source("http://ask.fsou.com/html/text/lar/173135/17313538_2.html"),
     style="a document site's PAGE 2 of a county's 计划生育基础服务 plan: 二、工作职责 1、县级职责: 2、乡(镇)级职责: 3、村级职责: — each "
           "one long paragraph of a level's duties (「县人口计生部门负责…，协调有关部门做好…。…督促乡(镇)计生站发放…。指导县计生站为…提供"
           "…」; 「乡(镇)政府负责…。指导乡镇计生站搞好…，…村级宣传员培训全年不少于12次。…及时上报…」; 「村两委班子…做好…。村级宣传员负责"
           "…，每月及时上报变动信息…不少于6次。…协助乡(镇)计生」) — CUT in 3",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "1"], [], ["县人口计生部门", "有关部门", "乡(镇)计生站", "县计生站", "基层服务站"],
          responsible_alternatives=[["县人口计生部门"]], not_targets=[(8, "个")],
          note=WORK + ": 「县人口计生部门负责…」 (负责), 「协调有关部门做好…」 (under a work heading the body 协调 gives work, round 36; "
               "有关部门 a kind, round 33), 「督促乡(镇)计生站发放到农户」 (the object of 督促 given work, round 37), 「指导县计生站为育龄群众"
               "提供…服务」 and 「指导基层服务站开展“三查”工作」 (「A指导B开展…」 under a work heading, round 35), in printed order, each "
               "once; 「指导乡站台帐报表等业务工作」 names 乡站 inside the object noun (round 30: a body inside a noun's description); "
               "the subject carries over inside the paragraph (round 34); the level label 「县级职责:」 names a level, not a body; "
               "[县人口计生部门] alone (the pivots' objects no units, round 30) is accepted; 「“八个一”温馨服务」 — a figure in a "
               "name's make-up, no target (round 37); " + NODATE),
        S(["二", "2"], [], ["乡(镇)政府", "乡镇计生站"], [(12, "次")], responsible_alternatives=[["乡(镇)政府"]],
          skip_deadline=True,
          note=WORK + ": 「乡(镇)政府负责全乡…的领导」 and 「指导乡镇计生站搞好…调查工作」 (B given work under the heading, round 35); "
               "「指导村级计划生育工作及人员培训」 names no body; [乡(镇)政府] alone is accepted; target 「村级宣传员培训全年不少于12次」 "
               "(不少于, round 30): 12 次; 「全年」 is the plan's year (round 39), but page 2 prints no year (round 47: x217_07), so "
               "the deadline is not checked; the 「16种登记册」 is not checked"),
        S(["二", "3"], [], ["村两委班子"], [(6, "次")], responsible_alternatives=[[]],
          note=WORK + ": RULING? 5: 「村两委班子在乡党委、政府的统一领导下，做好人口计生基础工作」 — 村两委班子 is read as the village "
               "committees' leading body (a body by its kind, a doer under the heading, round 34), 乡党委、政府 only lead (rule 3: "
               "「在A指导下」); none is accepted (班子 as persons, round 48's teams); 村级宣传员 is a hired person (" + PERSON + "); "
               "target 「讲计划生育政策、法律法规不少于6次」 (不少于): 6 次; 「每月…进行一次…宣传教育」 is a rhythm (not checked); "
               + CUT + " (「协助乡(镇)计生」); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "乡(镇)及时上报变动育龄妇女全员信息化台帐，汇总上报各类统计报表", "when": "及时", "when_norm": None,
              "note": "二/2: information sent up by a plan body (rounds 35, 44); no date or rhythm"},
             {"what": "村级宣传员每月及时上报变动信息", "when": "每月", "when_norm": "monthly",
              "note": "二/3: a standing monthly sending of information is a duty whoever sends it (round 40)"}],
     notes=["3 leaves: 二/1–3 (3 CUT); page 2 opens at 二, so 一 and the title are not on it",
            "the level labels 「县级职责:」「乡(镇)级职责:」「村级职责:」 name levels, not bodies: the units come from the paragraphs under "
            "the work heading 二、工作职责 (round 38)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x260_07_xian-2010-anquan-shengchanyue-huodong-fangan-ye2.txt"
LABEL = R1 + ": the 「責(zé)任單位:」 line after the item is its label (round 38: a units line closing an item); 责任单位 names no lead"
plan(X07,
     title_note="title not checked: the page is the plan's PAGE 2 (it opens at (五)); the title is on page 1, not stored",
     doc_no="", issuer="a 縣's 安委會／安委辦 (黔西, 贵州 by its streets 蓮城大道、水西大道 and 貴畢路)",
     date="not shown (2010 only in the site's path 201006; the text says 「今年」)", level="county (a 縣, page 2)",
     source=page_source("http://jycdxd.com/Files/Plan/201006/43703_2.shtml"),
     style="a site's PAGE 2 of a county's 安全生產月 plan in traditional characters with INLINE PINYIN 「鄉(xiāng)鎮(zhèn)」「責(zé)任」: items "
           "(五)–(十一), each a dated line of work 「6月1日前，…」「6月13日，縣安委辦、縣安監局牽頭，會同有關單位…」 followed by its own "
           "「責(zé)任單位:…」 line; (十二) cut at its heading 「事故應(yīng)急救援預(yù)」",
     leaf_tasks=8, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(五)"], [], ["各鄉(xiāng)鎮(zhèn)政府", "縣安委會成員單位"], skip_deadline=True,
          note=LABEL + ": 「各鄉鎮政府，縣安委會成員單位」, names as printed with the site's pinyin (round 39); 「6月1日前」 — " + NOYEAR),
        S(["(六)"], [], ["縣建設(shè)局", "城管局"], [(1, "幅")], skip_deadline=True,
          note=LABEL + ": 「縣建設(shè)局、城管局」 (the text's 縣安監(jiān)局配合 adds nothing, rule 1); target 「1幅以上」 (以上, round 30): 1 幅; "
               "「6月8日前」 — " + NOYEAR),
        S(["(七)"], [], ["縣安監(jiān)局", "有關(guān)單位"], skip_deadline=True,
          note=LABEL + ": 「縣安監局及有關單位」 — 及 joins two names (round 34), and a label keeps a catch-all it prints (round 48: "
               "x227_07; round 37: a unit column keeps 各有关单位); the flags, balloons and arches it puts up (100面, 10個, 2個) are "
               "not checked; 「6月9日前」 — " + NOYEAR),
        S(["(八)"], [], ["縣安委辦", "安委會成員單位"], not_targets=[(9, "時")],
          lead_alternatives=[["縣安委辦", "縣安監(jiān)局"]],
          responsible_alternatives=[["縣安委辦", "縣安監(jiān)局", "安委會成員單位"]], skip_deadline=True,
          note=LABEL + ": 「縣安委辦及安委會成員單位」; RULING? 6: the sentence 「縣安委辦、縣安監局牽頭，會同有關單位開展…」 names leads "
               "the label does not mark, and rule 1 says sentences add nothing where a label stands: lead []; the reading that takes "
               "the sentence's 牵头 as the lead (and 縣安監局 with it) is accepted; 「上午9:00時」 is a clock time, no target (round "
               "25); 「6月13日」 — " + NOYEAR),
        S(["(九)"], [], ["縣文廣局", "電視臺"], [(1, "期")], skip_deadline=True,
          note=LABEL + ": 「縣文廣局、電視臺」 as printed (the text's 縣電視臺 adds nothing, rule 1; no alias rewritten, round 38); "
               "「制作一期…專題報(bào)道」 — a thing the item makes, its own number of work (round 52: 「五个一」; round 58): 1 期; "
               "「6月1日至30日」 — " + NOYEAR),
        S(["(十)"], [], ["縣電信公司", "移動公司", "聯(lián)通公司"], skip_deadline=True,
          note=LABEL + ": 「縣電信公司、移動公司、聯通公司」; 「6月8日前」 — " + NOYEAR),
        S(["(十一)"], [], ["縣安委辦", "安委會成員單位", "各鄉(xiāng)鎮(zhèn)"], lead_alternatives=[["縣安委辦"]], skip_deadline=True,
          note=LABEL + ": 「縣安委辦，安委會成員單位及各鄉鎮」 (及 joins two names, round 34); the sentence's 「由縣安委辦制定方案，牽頭組織"
               "開展…」 marks no lead in the label (RULING? 6): lead [], [縣安委辦] accepted; 「6月1至30日」 — " + NOYEAR),
        S(["(十二)"], [], [], skip_deadline=True,
          note="「(十二)事故應(yīng)急救援預(yù)[cut]」 — the page ends inside the item's heading; no label is printed for it: " + NONE + "; "
               + CUT + "; the count 7 without it is accepted"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves on the page: (五)–(十二) ((十二) CUT at its heading); accepted: 7 (without the cut (十二))",
            "every deadline is left out: the days are printed (「6月1日前」「6月13日」) but no year (「今年」), and the site's path "
            "201006 dates nothing (round 45); a parser that reads them with a year of its own is not checked"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x260_08_xx-zhen-2023-qiudongji-senlin-fangmiehuo-shishi-fangan.txt"
NODATE08 = "no date in the item (「秋冬季」 names a season in the title; round 38): " + NODATE
plan(X08,
     title="XX 镇2023 年秋冬季森林防灭火工作实施方案",
     title_note="line 9, the document's own title line as printed (spaces are the PDF's); line 1 「镇2023年…」 is the site's file "
                "title with the mask dropped, and line 35 repeats the title inside the site's 摘要",
     doc_no="", issuer="an XX镇 (masked; 「县防灭办」)", date="not shown (2023 by the title; the site's date 2023-11-28)",
     level="town (an XX镇, masked)",
     source=page_source("https://51gongwen.com/doc/804.html"),
     style="a document site's preview of a PDF: the site's title, chrome (VIP专免, a date, 999+, 13.27KB, 6 页, 海报, 侵权投诉), the "
           "title, lines broken mid-word (「统\\n一部署」「森\\n林防灭火」), 一、指导思想, 二、工作要点 (一)群防群控。(二)突出重点。 run-in "
           "headings with work, 三、责任分工 (一)「各村负责辖区内防灭火工作。管理好本村的 20 人应急队伍…将火」 — CUT; then the site's "
           "标签, 「摘要:」「展开>>」「收起<<」 and line 35, the 摘要 repeating the opening (一、…二、…(一)…) on one line",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [],
          note="a run-in heading 「群防群控。」 with work 「加强森林防灭火应急队伍的建设，实行联片领导包片、驻村干部包村、村两委干部包组、"
               "党员组长包户包山头，动员…」: a task (round 35: run-in headings are items; round 47: they give work though no body is "
               "named); the 包 duties fall on persons (" + PERSON + "; round 57 decided: 包 is no rule-2 verb): " + NONE + "; "
               + NODATE08),
        S(["二", "(二)"], [], [],
          note="「突出重点。XX 村、…XXX 公路沿线是…重点部位，需要巡查监控到位；加强防火宣传教育、严格野外用火管理。…是…防控重点对象，"
               "要时时监管到位」 — the places and persons the work bears on are named (round 44's focus points) but the point also "
               "gives work by verbs (巡查监控, 加强, 严格, 监管): a task (round 48: points that give work by a verb are items, not bare "
               "fields); no subject: " + NONE + "; " + NODATE08),
        S(["三", "(一)"], [], ["各村"], lead_alternatives=[["各村"]], not_targets=[(20, "人")],
          note=R2 + ": 「各村负责辖区内防灭火工作」 — 负责 (and 三、责任分工 is a work heading, round 35); " + ONE + "; 「管理好本村的 20 "
               "人应急队伍」 — the team's size inside the noun that names it, not a number the item must reach (rounds 34, 51, 58: a "
               "figure inside a noun naming a kind): not a target; " + CUT + " (「将火」); " + NODATE08),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一), 二/(二), 三/(一) (CUT). 一、指导思想 a section. Line 35 is the site's 摘要 (a summary the site prints "
            "under 「摘要:」「展开>>」「收起<<」), chrome like a site's chunk numbers or breadcrumbs (round 40) and page marks (round 53): "
            "its 一、二、(一) are no items and add no count (RULING? 7)",
            "spaces inside the title and before figures 「XX 镇2023 年」「20 人」 are the PDF's"])

write_collected(DIR)
