# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next170/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c170, round 40: eight page openings of plans from outside Shanghai — 德化县市场监督管理局's
2022 安全用药月 notice (its 活动方案 not printed; 活动要求 (一)(二), no body named), a 区县's 2023 学雷锋志愿服务月 实施方案 (a
span, items with no subject), a 市's 防灾减灾日 策划方案 for its schools (「各学校要认真组织开展…」), a 市's first 防灾减灾日 宣传周
方案 (三、职责分工 (一)–(九), unit-colon items with 「协调B开展」 and 「市有关部门配合」, no year on the page), a 区's 2023 全民国家
安全教育日 活动方案 (a span 「即日起至4月30日」, no body), 常州市武进区水利局's 2010 城市节约用水宣传周 notice (武水〔2010〕46号,
points 1、–5、), and the 2021 山东省 and 2023 陕西省 世界粮食日和全国粮食安全宣传周 方案 (「省粮食和储备局会同…」): never tune the
parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (``locate`` of ../plans/expected_tools.py); every answer was written
here by reading the texts under `tests/data/CONVENTIONS.md` (rules 1–4 of round 29, the round-30 clarifications, the round-31
to round-40 rulings, cited in the notes). Neither the parser nor the scorer was run on these plans by c170.

    python tests/data/plans-next170/make_expected.py tests/data/plans-next170
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOUNIT = "no body is named as the doer (rule 2's closed list): lead = [], responsible = []"
NOBODY = "the plan names no unit: every numbered leaf is a task (plans-dev 08, seed 003); "
SPAN = "round 36 (an activity's span gives its end to items with no date of their own)"
HEADED = ("round 34, written early (a document written as headed points, most of them childless: a childless point whose "
          "text gives work — a rule-2 doer or an instruction — is a task)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x170_01_dehua-shijianju-2022-anquan-yongyaoyue-huodong-tongzhi.txt"
SPAN1 = SPAN + ": 一、时间安排 「2022 年安全用药月活动时间:11月1日至11月30日」 — 2022-11-30"
plan(X01,
     title="德化县市场监督管理局关于印发开展2022年“安全用药月”活动方案的通知",
     title_note="line 5 (the site's title line); lines 8 and 10 print the same title split in two",
     doc_no="德市监明传〔2022〕33号", issuer="德化县市场监督管理局 (Fujian, 泉州)", date="2022-11-14 (公文生成日期)",
     level="county bureau (德化县市场监督管理局)",
     source=page_source("http://www.dehua.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/scjdglj/fdzdgknr/202301/t20230111_2836518.htm"),
     style="a county government site's page: the metadata lines 「• 索 引 号:…」「• 备注/文号:…」, the title, 「时间:…」, the "
           "title again in two lines, the addressees 「各股(室)、市场监管所、执法大队:」, a notice whose 活动方案 is its 附件 (not "
           "printed) and whose own points are 一、时间安排 (a span), 二、活动主题, 三、宣传重点 (a paragraph), 四、活动要求 (一)(二) — "
           "CUT in (二); lines indented with blanks",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、时间安排", "二、活动主题"],
     samples=[
        S(["三"], [], [], dl="11月1日至11月30日", dln="2022-11-30",
          note=HEADED + ": 三、宣传重点 「多种形式宣传…,进社区、进学校,…切实发挥执业药师的药学服务作用」 gives work (2 accepted, "
               "reading it as a section); round 39 (a forwarding notice's own points are the tasks when the plan it forwards "
               "is not printed); " + NOBODY + NOUNIT + "; " + SPAN1),
        S(["四", "(一)"], [], [], dl="11月1日至11月30日", dln="2022-11-30",
          note="round 39 (a 要求 section whose items give work is the plan's work); 「根据《…》…,精心策划开展安全用药月活动」 "
               "has no subject; 「鼓励和引导社会团体、企业、新闻媒体…积极参与」 names no doer (round 40: 「鼓励A…」); " + NOUNIT
               + "; " + SPAN1),
        S(["四", "(二)"], [], [], dl="11月1日至11月30日", dln="2022-11-30",
          note=CUT + " (「动员广大公众积极参与“药品安全网络知」); no subject: " + NOUNIT + "; " + SPAN1),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 三 (a childless point that gives work, round 34) and 四/(一)–(二) (the notice's 活动要求, round 39); 2 "
            "accepted without 三; 一、 (the span) and 二、 (the theme) are childless sections",
            "the cover's 「请认真组织实施」 is addressed to 各股(室)、市场监管所、执法大队 as a whole: a cover instruction, no task and "
            "no unit of an item",
            "no targets: 「QZ11119-1200-2022-00092」 an index number, 「〔2022〕33号」 a document number, dates and years"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x170_02_quxian-2023-xueleifeng-zhiyuan-fuwuyue-jizhong-huodong-shishi-fangan.txt"
SPAN2 = SPAN + ": 一、活动时间 「2023年3月5日至4月5日」 — 2023-04-05"
plan(X02,
     title="2023年区县学雷锋志愿服务月集中活动实施方案",
     title_note="line 1, as printed (「区县」 stands for the 区's name)",
     doc_no="", issuer="a 区 (「根据区委区政府统一部署,决定在全区范围内开展」; the province masked 「xx省」)",
     date="2023 (一、活动时间)", level="district (区, not named)",
     source=page_source("https://biganzizhijia.cn/fanwen/jhfa/43530.html"),
     style="an essay site's page: the title, a preamble with masked names (「_新时代…」「_xx大精神」「__关于」「xx省、xx市」), "
           "一、活动时间 (a span), 二、活动内容 (一)(二) — each a heading line over a paragraph — CUT in (二)",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=["一、活动时间"],
     samples=[
        S(["二", "(一)"], [], [], dl="2023年3月5日至4月5日", dln="2023-04-05",
          note=NOBODY + "「广泛开展…生态环保活动。组织广大志愿者、志愿服务组织…宣传环保知识」 — 组织 with no subject names no "
               "body, and its objects (志愿者, 志愿服务组织) are not units (round 30: the pivot's object): " + NOUNIT + "; "
               + SPAN2),
        S(["二", "(二)"], [], [], dl="2023年3月5日至4月5日", dln="2023-04-05",
          note=CUT + "; " + NOBODY + NOUNIT + "; 「“一助一”或“多助一”」 are names of a form of help, not targets; " + SPAN2),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 二/(一), 二/(二) (the page ends in it); 一、活动时间 is a childless section (the span)",
            "the same text as the leftover xiezuofangchengshi 55000 (one line there, ending at (一) with the site's 「...」): this "
            "fuller copy was taken instead, one of the two (round 36: near twins are not both taken)",
            "not targets: 「第60个」 a name of the day, 「2023年」 a year"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x170_03_shi-xuexiao-fangzai-jianzai-ri-huodong-cehua-fangan.txt"
NOYEAR3 = ("no year on the page and the dates masked (「今年5月12日」, 「5月x日至x日为防灾减灾宣传周」): the deadline is not "
           "checked")
plan(X03,
     title="防灾减灾日活动策划方案",
     title_note="line 2 (the collection's title) and line 4 「防灾减灾日活动策划方案1」 (the piece, numbered by the site): the "
                "piece's name without the site's number",
     doc_no="", issuer="a 市 (its education bureau by the text: 「全市学校师生」「我市广大师生」; not named)",
     date="(no year on the page)", level="city (education system; not named)",
     source=page_source("https://yuwen.net/cehuashu/986341.html"),
     style="an essay site's page: 「- 相关推荐」, the collection's title, the site's lead-in, the piece's title 「…1」, a preamble "
           "with masks (「第x个」「“xx”」「5月x日至x日」), then headed points 一、二、 each a heading line over one paragraph, 三、 "
           "cut in its heading (「三、修订完」)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各学校"], lead_alternatives=[["各学校"]], skip_deadline=True,
          note=HEADED + "; " + R2 + ": 「各学校要认真组织开展“防灾减灾日”主题活动」 — 组织开展 with a kind as subject (round 32: "
               "各学校 is a kind, like 各街镇; round 30's 「区教育局组织各学校开展…」 names the same kind); the elided subject "
               "carries to 「要积极动员广大中小学生…」 in the same paragraph (round 34; 动员 is no rule-2 verb anyway); " + ONE + "; "
               + NOYEAR3),
        S(["二"], [], [], skip_deadline=True,
          note=HEADED + "; 「要深入开展校园灾害风险评估…动员全体师生…集中力量对学校进行一次全面隐患排查…要切实落实防灾减灾措施」 — "
               "no subject in this paragraph (round 34: an elided subject carries over inside one paragraph only, so 一's "
               "各学校 does not reach 二): " + NOUNIT + "; 「一次」 (进行一次…排查, no comparison word) is not answered as a "
               "target; " + NOYEAR3),
        S(["三"], [], [], skip_deadline=True,
          note=CUT + " (its heading 「修订完」: a leaf with text, counted; 2 accepted without it); " + NOUNIT + "; " + NOYEAR3),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: the headed points 一、二、三 (三 cut in its heading; 2 accepted); no childless section (every point gives "
            "work)",
            "not targets: 「5月12日」 the day, 「第x个」 a masked name"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x170_04_shi-fangzai-jianzai-ri-xuanchuanzhou-huodong-fangan.txt"
DUTIES4 = ("round 35 (a 职责分工 heading gives out work: every body the text gives work is a unit) and rule 1 (the unit-colon "
           "label 「A:负责…」 gives A, responsible; plans-dev 12 二/（一）)")
NOYEAR4 = ("no year on the page (「今年5月12日是我国首个“防灾减灾日”」 — 2009 by what the day is, not by the text; 一、活动时间 "
           "「5月7日至5月13日」): the deadline is not checked")
plan(X04,
     title="防灾减灾日宣传周活动方案",
     title_note="lines 1 and 5 (the shop's file name and the document's own title)",
     doc_no="", issuer="a 市 (「结合我市实际」; 「市、镇新闻媒体」, 「团市委」, 「“三防办”」 — Guangdong or Hainan by the 三防办; not named)",
     date="(no year on the page; the first 防灾减灾日, 2009)", level="city (county-level by its 镇; not named)",
     source=page_source("https://360docs.net/doc/6415402717.html"),
     style="a document shop's preview: the file name, the shop's three notice lines 「- 1、…」「- 2、\"仅部分预览\"…」「- 3、…」 "
           "(ASCII quotes), the title, a preamble, 一、活动时间 (a span without year), 二、活动内容 (a paragraph with 「由相关职能部门"
           "负责整理并提供…」), 三、职责分工 (一)–(九) each a unit-colon item 「(一)市委宣传部、文广新局:负责…。市有关部门配合。」 — "
           "CUT in (九)",
     leaf_tasks=10, count_alternatives=[9], attachment_task_rows=0, childless_top_level_sections=["一、活动时间"],
     samples=[
        S(["二"], [], ["相关职能部门"], lead_alternatives=[["相关职能部门"]], skip_deadline=True,
          note="round 36 (a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered "
               "items too; 9 accepted reading 二、活动内容 as a section); " + R2 + ": 「具体宣传内容由相关职能部门负责整理并提供…材料」 "
               "— the agent of 由 with 负责 (相关职能部门 a kind, round 33: 相关部门 is a kind); " + ONE + "; " + NOYEAR4),
        S(["三", "(一)"], ["市委宣传部", "文广新局"], ["市委宣传部", "文广新局", "市、镇新闻媒体", "市有关部门"],
          skip_deadline=True,
          note=DUTIES4 + "; round 38/40 (a unit-colon label with partners 「A:…B配合」 gives A lead and B responsible): 「市有关部门"
               "配合」 — lead 市委宣传部, 文广新局 (the label's two names, separate heads); round 36 (under a heading that gives out "
               "work, 「A协调B做好…」 gives A and B): 「负责协调市、镇新闻媒体开展防灾减灾知识宣传」 — 「市、镇新闻媒体」 is given work, one "
               "name as printed (round 30: 「市、区X部门」 is one name); " + NOYEAR4),
        S(["三", "(二)"], [], ["民政局", "红十字会"], skip_deadline=True,
          note=DUTIES4 + ": 「民政局、红十字会:负责灾后救济工作宣传,并提供相关材料给其他部门」 — two names; 其他部门 only receive the "
               "materials (rule 3); lead [] (no 牵头); " + NOYEAR4),
        S(["三", "(三)"], [], ["教育局"], lead_alternatives=[["教育局"]], skip_deadline=True,
          note=DUTIES4 + "; 「在全市大、中、小学、幼儿园利用课堂…开展…宣传」 — the schools are where the bureau works, not bodies given "
               "work; " + ONE + "; " + NOYEAR4),
        S(["三", "(四)"], [], ["信息产业局", "中国移动", "中国电信", "中国联通"], lead_alternatives=[["信息产业局"]],
          skip_deadline=True,
          note=DUTIES4 + "; round 36 (under a heading that gives out work, the bodies 协调 sets to work are units): 「负责协调中国"
               "移动、中国电信、中国联通等单位利用手机短信、互联网等工具进行…宣传」 — 中国移动, 中国电信, 中国联通 (round 35: 「A、B、C等"
               "部门」 with separate heads gives A, B, C, the 等… tail dropped); lead [] (no 牵头 and no 配合), the label's body "
               "信息产业局 as the lead accepted (as round 38 gives a unit-colon label's body the lead over its partners); "
               + NOYEAR4),
        S(["三", "(五)"], [], ["团市委"], lead_alternatives=[["团市委"]], skip_deadline=True,
          note=DUTIES4 + "; 「负责组织团员、青年志愿者在宣传周开展…」 — the objects of 组织 are persons (no unit; round 30: a person is "
               "never a unit); " + ONE + "; 「在宣传周」 is the span 一、 gives (no year): " + NOYEAR4),
        S(["三", "(八)"], [], ["地震办"], lead_alternatives=[["地震办"]], skip_deadline=True,
          note=DUTIES4 + "; 「并提供相关材料给其他部门」 — the receivers are no units (rule 3); " + ONE + "; " + NOYEAR4),
        S(["三", "(九)"], [], ["国土资源局"], lead_alternatives=[["国土资源局"]], skip_deadline=True,
          note=CUT + " (「国土资源局:负责地质灾害知识的宣」); " + DUTIES4 + "; " + ONE + "; " + NOYEAR4),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 tasks: 二 (a childless point with a rule-2 doer, round 36; 9 accepted without it) and 三/(一)–(九) (unit-colon "
            "items; (九) cut); 一、活动时间 is a childless section (the span)",
            "三/(六) 「“三防办”:」 (the name printed in quotes) and 三/(七) 「气象局:」 are not sampled; 「提供相关材料给其他部门」 in "
            "(二)(六)(七)(八) gives material for the publicity, not a report: no duty",
            "phases not written: the span 5月7日至5月13日 has no year on the page (a phase is YYYY-MM)",
            "not targets: 「9:00-18:30」 the shop's hours, 「首个」 a name of the day"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x170_05_qu-2023-quanmin-guojia-anquan-jiaoyuri-jiaoyuyue-huodong-fangan.txt"
SPAN5 = (SPAN + ": 二、活动时间 「即日起至4月30日结束」 — 2023-04-30 (the year from the title; 「4月15日前形成声势」 is a step "
         "inside the span, round 34: the latest date is the deadline)")
plan(X05,
     title="2023年全民国家安全教育日暨“国家安全教育月”活动方案",
     title_note="lines 3 and 9 (the site's article title and the plan's own, after the notice's lead-in)",
     doc_no="", issuer="a 区's education bureau (「教育系统广大干部职工、师生」, 「全区中小学」; not named)",
     date="2023 (the title)", level="district (education system; not named)",
     source=page_source("https://jcfwb.com/yongwen/huodong/2v3q8n.html"),
     style="an essay site's page: the site's menu line, the title, 「栏目: 活动方案 / 发布于: / 人气:1.63W」, the notice's lead-in "
           "「现将…有关事项通知如下:」, the title again, 一、活动主题, 二、活动时间 (「即日起至4月30日结束」), 三、活动内容 (一)–(三) "
           "each a heading line over a paragraph — CUT in (三)",
     leaf_tasks=3, attachment_task_rows=0, childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "(一)"], [], [], dl="即日起至4月30日", dln="2023-04-30",
          note=NOBODY + "「组织开展国家安全教育讲座,…同时,要教会学生…」 — 组织开展 with no subject: " + NOUNIT + "; " + SPAN5),
        S(["三", "(二)"], [], [], dl="即日起至4月30日", dln="2023-04-30",
          note=NOBODY + "「按照《…》要求,组织开展全区中小学国家安全教育教学微课堂竞赛」 — no subject (全区中小学 is what the "
               "contest is for): " + NOUNIT + "; " + SPAN5),
        S(["三", "(三)"], [], [], dl="即日起至4月30日", dln="2023-04-30",
          note=CUT + "; " + NOBODY + NOUNIT + "; " + SPAN5),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 三/(一)–(三); 一、 (the theme) and 二、 (the span) are childless sections",
            "not targets: 「1.63W」 the site's view count, 「4月15日」 a date"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x170_06_wujin-shuiliju-2010-chengshi-jieshui-xuanchuanzhou-tongzhi.txt"
SPAN6 = (SPAN + ": point 1、 「2010年全国“城市节约用水宣传周”活动时间为5月15日至5月21日」 — 2010-05-21")
plan(X06,
     title="关于做好二○一○年“城市节约用水宣传周”宣传工作的通知",
     title_note="line 3 (after the issuer, line 1, and the document number, line 2)",
     doc_no="武水〔2010〕46号", issuer="常州市武进区水利局 (Jiangsu)", date="2010-05-10 (二〇一〇年五月十日)",
     level="district bureau (常州市武进区水利局)",
     source=page_source("https://www.wj.gov.cn/html/czwj/2010/JAKKPPBM_0517/5445.html"),
     style="a district government site's page: the issuer, the number, the title, the addressees 「各镇(街办)水利站、各有关单位:」, "
           "a lead-in, points 1、–5、 (1、 the week's dates and theme), 「附件:…宣传口号」, the date and 「主题词:」; the page goes on "
           "after 「主题词:节水 宣传 通知」 (the opening ends with that line's newline)",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], [], dl="城市节水宣传周期间", dln="2010-05-21",
          note="RULING?: 「各站、各有关单位要全面部署、精心组织,认真做好各项节水宣传活动」 — 组织 stands alone before the comma "
               "(「全面部署、精心组织」 say how; the work is 做好, no rule-2 verb), so it is read as no 组织＋work (round 34) and the "
               "item names no doer (各有关单位 is a general call, round 33); the other reading takes 「精心组织,认真做好…活动」 as "
               "组织＋work (a verb after it, a modifier between) and 各站 (the addressees' 各镇(街办)水利站, by a short name) as a "
               "doer: " + NOUNIT + "; " + SPAN6),
        S(["3"], [], [], dl="城市节水宣传周期间", dln="2010-05-21",
          note="round 40 (items naming no unit in a plan with units elsewhere are tasks where they give work; 4 is the count "
               "with them): 「要加强政府机关、事业单位的节水宣传,使政府机关及其工作人员带头节约用水」 — no subject; the 机关 are "
               "the objects of the publicity: " + NOUNIT + "; " + SPAN6),
        S(["4"], [], [], dl="城市节水宣传周期间", dln="2010-05-21",
          note="round 40 (as 3); 「积极推动学校和社区的节水宣传…鼓励社区居民积极参与」 — no subject; 鼓励 names no doer (round 40): "
               + NOUNIT + "; " + SPAN6),
        S(["5"], [], [], dl="城市节水宣传周期间", dln="2010-05-21",
          note="aligned round 41: households and the public 「生活用水户要落实…」 are regulated parties, no units, even with 落实 "
               "(CONVENTIONS.md \"Round 41 rulings, continued\") — no unit; the builder's reading was: "
               "RULING?: " + R2 + ": 「生活用水户要落实全面普及使用节水型生活用水器具」 — the subject of 落实, a party named by a kind "
               "(round 34: rule 2 does not ask who the body is, like 经营主体); the other reading takes 用水户 as the public "
               "(persons, round 36: rules for the public are text) and answers no unit; 「工业用水户要…实行…」 (要实行, round 30: "
               "no rule-2 verb) and 「有条件的用水单位要积极推广利用中水,要积极开展创建…」 (推广, 开展 without 组织) name no doer; "
               + ONE + "; 「零排放」 is a name of a goal, not a figure; " + SPAN6),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 tasks: points 2、–5、; point 1、 (the week's dates and theme, no work) is not a task in a plan whose tasks name "
            "units (round 33: an article with no work among articles of work; 5 accepted with it)",
            "the addressees 「各镇(街办)水利站、各有关单位」 and the cover-like lead-in give no unit to the points (a notice's "
            "preamble, round 40)",
            "no targets: 「〔2010〕2号」「〔2010〕46号」 document numbers, dates and years"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x170_07_shandong-2021-liangshiri-liangshi-anquan-xuanchuanzhou-huodong-fangan.txt"
WEEK = ("「宣传周期间」: the plan writes the day 世界粮食日 (10月16日) but not the week's dates (the week is 「10月16日所在周」 by the "
        "national notice, not on this page): the deadline is not checked")
HUITONG = "rule 2 (「（由）A会同B＋verb」: lead A, lead [] accepted; responsible A, B)"
plan(X07,
     title="山东省2021年世界粮食日和全国粮食安全宣传周活动方案",
     title_note="line 1", doc_no="", issuer="山东省粮食和物资储备局 (with 省发展改革委, 省农业农村厅, 教育厅, 科技厅, 妇联)",
     date="2021 (the page's date 2021-11-15)", level="province (山东省粮食和物资储备局)",
     source=page_source("http://www.lswz.gov.cn/html/zt/sjlsr2021/2021-11/15/content_268237.shtml"),
     style="a topic page of the national grain bureau's site: the title, 「2021年11月15日 【字号:」, 一、活动目的, 二、活动主题, "
           "三、活动内容及组织形式 (一)–(四) each a run-in heading 「(一)下发通知安排部署。…」 — CUT in (四)",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=["一、活动目的", "二、活动主题"],
     samples=[
        S(["三", "(一)"], ["省粮食和储备局"],
          ["省粮食和储备局", "省发展改革委", "省农业农村厅", "教育厅", "科技厅", "妇联有关部门"], lead_alternatives=[[]], nodl=True,
          note=HUITONG + ": 「省粮食和储备局会同省发展改革委、省农业农村厅、教育厅、科技厅、妇联有关部门联合下发《…通知》」; "
               "RULING?: 「妇联有关部门」 is kept as printed, one name (round 38: no name rewritten; no 等 to drop as round 35's "
               "tail); the other reading gives 妇联 and drops 有关部门 as a tail of the whole list; 「安排部署各地认真组织开展…」 — "
               "各地 names no body (round 32); " + NODATE + " (「国粮发〔2021〕167号」「鲁粮字〔2021〕56号」 are document numbers)"),
        S(["三", "(二)"], ["省粮食和储备局"],
          ["省粮食和储备局", "省发展改革委", "农业农村厅", "教育厅", "科技厅", "妇联", "省粮食行业协会", "济南市政府"],
          lead_alternatives=[[]], skip_deadline=True,
          note=HUITONG + ": 「省粮食和储备局会同省发展改革委、农业农村厅、教育厅、科技厅、妇联,省粮食行业协会,以及济南市政府,在洪楼广场"
               "设立…,举办…」 — the partners as printed (the short names 农业农村厅 here beside 省农业农村厅 in (一): round 38, no "
               "alias rewritten), split on 、 and , and at 以及; " + WEEK),
        S(["三", "(三)"], ["省粮食和储备局"], ["省粮食和储备局", "有关部门"], lead_alternatives=[[]],
          targets=[(20, "个"), (5, "个")], skip_deadline=True,
          note=HUITONG + ": 「省粮食和储备局在各市推荐基础上,会同有关部门评审确定…」 — 有关部门 a kind (round 33); 各市 only "
               "recommend (a circumstance 「在…基础上」, no doer); round 37 (an item's own number to name is a target): 「评审确定"
               "第三批…基地”20个」 → 20 个, 「择优推荐5个教育基地」 → 5 个; 「第三批」 a name; " + WEEK),
        S(["三", "(四)"], [], [], nodl=True,
          note=CUT + "; round 34 (an item whose only verbs are 配合／结合 names no doer): 「配合做好…。积极配合做好农业农村部、国家"
               "发展改革委、国家粮食和储备局和山东省政府在济南主办的国际粮食减损大会相关工作」 — the bodies that host the conference "
               "stand inside a noun's description (round 30: 「参加由A组织的培训」): " + NOUNIT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 tasks: 三/(一)–(四); 一、活动目的 and 二、活动主题 are childless sections",
            "not targets: 「〔2021〕167号」「〔2021〕56号」 document numbers, 「10月16日」 the day, 「第三批」 a name"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x170_08_shaanxi-2023-liangshiri-liangshi-anquan-xuanchuanzhou-gongzuo-fangan.txt"
plan(X08,
     title="陕西省2023年世界粮食日和全国粮食安全宣传周活动工作方案",
     title_note="line 1", doc_no="", issuer="陕西省粮食和物资储备局 (二、主办单位: with 省农业农村厅, 省教育厅, 省科学技术厅, 省妇女联合会)",
     date="2023 (the page's date 2023-10-26)", level="province (陕西省粮食和物资储备局)",
     source=page_source("http://www.tsingsong.com?html/zt/sjlsr2023/2023-10/26/content_277038.shtml"),
     style="a copy of the national grain bureau's topic page (the path html/zt/sjlsr2023): the title, 「2023年10月26日 【字号:」, a "
           "preamble, 一、活动主题 (two long paragraphs), 二、主办单位 (a list of bodies), 三、工作安排 (一)活动组织 — a heading line "
           "and a paragraph CUT after 「组织策划省级」",
     leaf_tasks=1, attachment_task_rows=0, childless_top_level_sections=["一、活动主题", "二、主办单位"],
     samples=[
        S(["三", "(一)"], ["省粮食和物资储备局"], ["省粮食和物资储备局", "省级有关部门单位"], lead_alternatives=[[]],
          dl="10月16日所在周", dln="2023-10",
          note=CUT + "; rule 2 (「A会同B＋verb」: lead A, lead [] accepted; responsible A, B): 「省粮食和物资储备局会同省级有关部门"
               "单位负责制定全省活动总体方案,组织策划省级…」; RULING?: 「省级有关部门单位」 is read as a kind (部门 makes it one, round "
               "33; 省级 names the level), as printed; the other reading takes it as the catch-all 「有关单位」 / 「各有关部门、单位」 "
               "(rounds 33 and 38: a general call) and gives 省粮食和物资储备局 alone; 二、主办单位 lists the plan's hosts and gives "
               "no unit to the item (a plan-level list, like a preamble, round 40); aligned round 42: a week named by a day it "
               "contains 「10月16日所在周」 dates the items in it to that day's month (Round 42 rulings, written early) — no "
               "deadline → 2023-10"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task: 三/(一) (the page ends in it); 一、活动主题 and 二、主办单位 are childless sections",
            "not targets: 「〔2023〕152号」 a document number, 「10月16日」 the day"])

write_collected(DIR)
