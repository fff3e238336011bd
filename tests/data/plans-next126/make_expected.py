# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next126/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c126, round 35: eight page openings of plans from outside Shanghai — 南浦街道
(温州 鹿城)'s 2007 民间划龙舟 安全保卫方案 with a 「(二)职能分工」 of three 「A负责…」 items, 常山县安委办's 2010 元旦春节
安全生产 notice of headed points (「各乡镇、各部门和单位要…认真组织开展」), the cover and 第一条–第五条 of 福州's 2023 地下热水
(温泉) 管理办法实施细则 (第四条: 「A会同B,牵头负责…」 and four bodies 负责), 沙县文体和旅游局's 2019 春节元宵 文化活动
安全防范预案 (activities as field blocks with 「(六)安全责任单位:沙县博物馆」), a county 疾控中心's 全国疟疾日 宣传 方案
(七、组织、分工 1–4), the cover and opening of 麻城's 2010 第二届杜鹃文化旅游节 总体方案 (points run on one line), a
province's (masked xx省) 群众性龙舟赛 方案 with 二、工作分工 (预赛/总决赛, 「A负责…」), and a school's 视力监测 工作预案
(四、工作内容 「…办公室负责…」「各班主任负责…」): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (``locate`` of ../plans/expected_tools.py, ``article_in`` for
the article, ``at_in`` for an item numbered inside a paragraph); every answer was written here by reading the texts
under `tests/data/CONVENTIONS.md` (rules 1–4 of round 29, the round-30 clarifications, the round-31 to round-35 rulings,
cited in the notes). Neither the parser nor the scorer was run on these plans by c126.

    python tests/data/plans-next126/make_expected.py tests/data/plans-next126
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, article_in, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
POINTS = ("round 34 (early ruling): in a document of headed points, a childless point whose text gives work is a "
          "task")
HEADING = ("round 35 (headings that give out work): under a 职责分工／工作分工／职能分工 heading every body the text "
           "gives work is a unit, in printed order")
PIVOT = ("(ruled round 36) a body the heading's item gives work through a pivot 「A协调／协助B做好…」 read as round 35's "
         "「A指导B开展…」 under such a heading — A and B")
EVENT = "「节前」 is a time from an event (round 34: 「考试前」「接报后」 are no deadline): no deadline"

# ---------------------------------------------------------------------------------------------------------
X01 = "x126_01_nanpu-jiedao-2007-minjian-hualongzhou-anquan-baowei-fangan.txt"
ALIGN36 = ("aligned round 36: an activity's span 「活动时间」 is a stage span (round 36 rulings, Dates): its end is "
           "the deadline of items with no date of their own")

plan(X01,
     title="南浦街道民间划龙舟活动安全保卫方案",
     title_note="line 2 (line 1 is the site's 「朗读」 button)",
     doc_no="温鹿南浦办〔2007〕35号", issuer="南浦街道办事处 (Zhejiang, 温州市鹿城区)", date="2007 (the document number)",
     level="subdistrict (街道, Zhejiang, 温州 鹿城 南浦街道)",
     source=page_source("http://nbxinxi.com/a/luchengqu/20210529/116172.html"),
     style="a local-news site's copy: 「朗读」, the title, the document number, a preamble, then SECTIONS (一)–(三) with "
           "bracketed numbers: (一)基本情况 (the boats, 「龙舟共16只」, the area and the days 「6月14日—6月19日」 in "
           "unnumbered lines), (二)职能分工 with 「1、南浦街道办事处负责…,协助公安、体育等部门加强现场管理…」「2、南浦派出所"
           "负责…」「3、村民委员会负责…」, (三)指挥机构及力量分配 (a 指挥部 of named persons) — CUT at 「1、南塘村组」; the stored "
           "opening is shorter than the usual 2,000 bytes (1,500)",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["(一)基本情况"],
     samples=[
        S(["(二)", "1"], [], ["南浦街道办事处", "公安、体育等部门"],
          dl="6月14日—6月19日", dln="2007-06-19",
          note=ALIGN36 + " (「活动时间要求:…划龙舟时间为:6月14日—6月19日」 in (一); the year 2007 "
               "the plan's, as the answer's date reads it; was no deadline); the earlier reading: "
               + HEADING + ": 「南浦街道办事处负责民间划龙舟活动的组织管理、督促…,协助公安、体育等部门加强现场管理,维护现场秩序」 — "
               "the 办事处 (负责) and, " + PIVOT + ", 「公安、体育等部门」 (given 加强现场管理; fields sharing one head with 等, "
               "one name as printed, round 31); lead [] (no 牵头); the activity's days are in (一), not in the item: " + NODATE),
        S(["(二)", "2"], [], ["南浦派出所"], lead_alternatives=[["南浦派出所"]],
          dl="6月14日—6月19日", dln="2007-06-19",
          note=ALIGN36 + " (「活动时间要求:…划龙舟时间为:6月14日—6月19日」 in (一); the year 2007 "
               "the plan's, as the answer's date reads it; was no deadline); the earlier reading: " + HEADING + "; " + R2 + ": 「南浦派出所负责这次民间划龙舟活动的治安管理,监督…,维护现场秩序」 — responsible, " + ONE
               + "; " + NODATE),
        S(["(二)", "3"], [], ["村民委员会"], lead_alternatives=[["村民委员会"]],
          dl="6月14日—6月19日", dln="2007-06-19",
          note=ALIGN36 + " (「活动时间要求:…划龙舟时间为:6月14日—6月19日」 in (一); the year 2007 "
               "the plan's, as the answer's date reads it; was no deadline); the earlier reading: " + HEADING + "; " + R2 + ": 「村民委员会负责…的组织和教育,督促…,协助维护现场秩序」 (协助 with no body after it) — "
               "a body named by a kind, responsible, " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: (二)/1–3; (一)基本情况 is a section of facts (unnumbered lines, 「龙舟共16只」 a present figure, round 33: "
            "no target); (三) sets up a 指挥部 of persons (rule 3) and its 1、 is cut at 「南塘村组」 — 4 accepted (that line "
            "counted)",
            "「〔2007〕3号」「[2007]3号」 document numbers, 「6月14日—6月19日」 the activity's days (in (一), no task): no "
            "targets, no deadlines"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x126_02_changshan-2010-yuandan-chunjie-anquan-shengchan-tongzhi.txt"
GEN = ("「各部门和单位」: 和 joins two names (round 34) — 各部门, a general call addressed to all without a kind (round 30: "
       "「各部门要加强…」), and 单位, bare like 各单位 (round 33): no units; 各乡镇 is a kind (round 32: 各街镇)")
plan(X02,
     title="关于加强元旦、春节期间安全生产工作的通知",
     title_note="line 3 (line 1 is the issuer's letterhead 「常山县安全生产委员会办公室文件」, line 2 the document number)",
     doc_no="常安办[2010]21号", issuer="常山县安全生产委员会办公室 (Zhejiang, 衢州 常山县)", date="2010 (the number; 「2011年元旦、春节将至」)",
     level="county (Zhejiang, 常山县; the 安委会's office)",
     source=page_source("http://www.nbxinxi.com/a/changshanxian/20210623/332494.html"),
     style="a local-news site's copy of a county notice: letterhead, number, title, addressees, a preamble, then HEADED "
           "POINTS 「一、高度重视,认真部署…」「二、落实责任,认真开展节前安全生产大检查」 (paragraphs under each) and 「三、强化措施,"
           "突出抓好重点行业和领域的安全监管」 with 「1、切实加强道路交通安全监管。各相关职能部」 — CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各乡镇"], lead_alternatives=[["各乡镇"]],
          note=POINTS + " (「…要牢固树立…,加强领导,落实责任」); " + R2 + ": 「各乡镇、各部门和单位要…落实责任,强化措施,确保工作落实」 "
               "— 落实 makes 各乡镇 a doer; " + GEN + "; " + ONE + "; " + NODATE),
        S(["二"], [], ["各乡镇"], lead_alternatives=[["各乡镇"]],
          note=POINTS + "; " + R2 + ": 「各乡镇、各部门和单位要…认真组织开展节前的安全生产大检查」 (组织开展) — " + GEN + "; the "
               "second paragraph 「要认真组织好…的安全检查」 has no subject of its own (round 34: an elided subject carries over "
               "inside one paragraph only) and 「主要负责人要亲自带队」 is a person; " + ONE + "; " + EVENT),
        S(["三", "1"], [], [],
          note=CUT + " at 「各相关职能部」 (no verb): lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 一、 and 二、 (childless headed points that give work, round 34's early ruling) and 三/1 (cut); 2 "
            "accepted (the cut item left out)",
            "「三违」「三超」 name kinds of breach: no targets; 2010/2011 are years"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x126_03_fuzhou-2023-dixia-reshui-wenquan-guanli-banfa-shishi-xize.txt"
plan(X03,
     title="《福州市地下热水(温泉)管理办法》实施细则（福州市人民政府关于印发《福州市地下热水(温泉)管理办法》实施细则的通知）",
     title_note="line 8 (the forwarded document's title) and line 1 (the notice's): either (a forwarding notice and the "
                "document it forwards are one plan)",
     doc_no="榕政规〔2023〕6号", issuer="福州市人民政府 (Fujian)", date="2023-05-09", level="city (Fujian, 福州)",
     source=page_source("https://shuipu.net/law/v?id=v79v01f3c102114ddf5b09b93ce200f07125e1f394dffdbfb416&title=%E7%A6%8F%E5%B7%9E%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%85%B3%E4%BA%8E%E5%8D%B0%E5%8F%91%E7%A6%8F%E5%B7%9E%E5%B8%82%E5%9C%B0%E4%B8%8B%E7%83%AD%E6%B0%B4%E6%B8%A9%E6%B3%89%E7%AE%A1%E7%90%86%E5%8A%9E%E6%B3%95%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99%E7%9A%84%E9%80%9A%E7%9F%A5"),
     style="a law site's copy: the notice's title, number, addressees, one sentence 「现印发给你们」, issuer and date, "
           "「(此件主动公开)」, the 细则's title, 第一章 总则 with 第一条 (purpose; a line break inside 「《⏎福州市…》」), 第二条 "
           "(scope), 第三条 (principles), 第四条 (「市建设行政主管部门会同资源规划、水利等主管部门,牵头负责…。福州市地热管理处具体"
           "负责…」 and four paragraphs 「市X行政主管部门负责／指导…」), 第二章 — CUT in 第五条 「温泉实行统一」",
     leaf_tasks=1, count_alternatives=[2, 4, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第四条"], ["市建设行政主管部门"],
          ["市建设行政主管部门", "资源规划、水利等主管部门", "福州市地热管理处", "市水行政主管部门", "市文化旅游行政主管部门",
           "市卫生健康行政主管部门"], **article_in(DIR, X03, ["第四条"]),
          note=R2 + ", several clauses over the article's paragraphs: 「市建设行政主管部门会同资源规划、水利等主管部门,牵头负责…」 "
               "(会同 and 牵头: lead A, responsible A, B; 「资源规划、水利等主管部门」 fields sharing one head with 等, one name as "
               "printed, round 31), 「福州市地热管理处具体负责…的实施」, 「市水行政主管部门负责…」, 「市文化旅游行政主管部门负责编制…」, "
               "「市卫生健康行政主管部门负责…」; RULING?: 「市资源规划行政主管部门指导温泉勘查、温泉动态监测等工作」 — 指导 without "
               "负责 is no verb of rule 2 (round 30: 「A负责指导」 is; the article has no 职责 heading, round 34/35) — not a unit; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task: 第四条 (an article that gives work to bodies); 第一条 (purpose), 第二条 (scope) are general provisions and "
            "第三条 a principle (round 30, round 33: not tasks in a plan whose tasks name units, a count with them accepted); "
            "第五条 is cut at 「温泉实行统一」; accepted 2 (第五条 counted), 4 (第一条–第四条), 5 (all five)",
            "the cover's 「请认真贯彻落实」 is no task; the 城区 districts in 第二条 are places: no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x126_04_shaxian-wentiju-2019-chunjie-yuanxiao-wenhua-huodong-anquan-fangfan-yuan.txt"
FIELDS = ("round 35 (field blocks): an activity 「一、name」 whose lines 「(一)活动时间」「(二)活动地点」「(三)预计观众人数」「(四)"
          "安全防范重点」「(五)安全防范措施」「(六)安全责任单位:」 are its fields is one task, its 责任单位 line its units label "
          "(" + R1 + ", responsible); RULING?: the 措施 field here has numbered lines 1.–4. of its own — read as the field's "
          "content, not tasks")
plan(X04,
     doc_no="", issuer="沙县文体和旅游局 (Fujian, 三明 沙县)", date="2019 (the preamble; the site's path 201902/t20190221)",
     level="county bureau (Fujian, 沙县)",
     source=page_source("https://www.fjsx.gov.cn/wzq/bmwz/wtlyj/zfxxgkzl/zfxxgkml/bmwj_9257/201902/t20190221_1267465.htm"),
     style="a county site's page with NO TITLE line (two empty lines, then the preamble 「…文化活动共有七项,…特制定以下安全防范"
           "预案:」): activities 「一、昆虫文化展」 and 「二、“礼赞新中国…”迎春灯展」, each with FIELD lines (一)–(六) on their own "
           "lines and the value below (「1月26日—2月19日(每周二至周日)」, 「…最多控制在150人以内」), 安全防范措施 numbered 1.–4. with "
           "ASCII full stops, 「(六)安全责任单位:沙县博物馆。」 — CUT in 二/(五)/4",
     leaf_tasks=2, count_alternatives=[6, 17], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["沙县博物馆"], targets=[(150, "人"), (6, "名")], not_targets=[(1600, "平方米"), (500, "人")],
          lead_alternatives=[["沙县博物馆"]], dl="1月26日—2月19日", dln="2019-02-19",
          note=FIELDS + ": 「(六)安全责任单位:沙县博物馆。」 — responsible, " + ONE + " (「疏导人员负责…」 persons, adding nothing "
               "anyway); targets: 「同一时段参观人数最多控制在150人以内」 (最多／以内, the thresholds line) and 「每天安排工作人员6名」 "
               "(a quantity the item sets, round 25); 「展厅面积1600平方米」 a present figure (round 33) and 「预计每天…500--1000人」 "
               "a forecast without a comparison word: not targets; the activity's span 「1月26日—2月19日」, the year from the "
               "preamble: its end 2019-02-19 (round 34: the latest date)"),
        S(["二"], [], [], targets=[(2, "名")], dl="1月30日—2月22日", dln="2019-02-22",
          note=CUT + " (before any 责任单位 line); " + FIELDS + "; on the page no label, and 「要求灯组制作单位…安装」「要求灯组制作"
                     "单位安排2名工作人员…巡查」 make the 制作单位 the object of the pivot 要求 (round 30: not a unit): lead = [], "
                     "responsible = []; target 「安排2名工作人员」 (round 25); 「15米至40米」 describes the layout in the place field "
                     "and 「6000—12000人次」「可能达到2000人」 are forecasts: not sampled; the span's end 2019-02-22 (clock times "
                     "18:00—22:30 not checked)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: the activities 一、 and 二、 (cut), as field blocks (round 35); accepted 6 (the 措施 lines 一/(五)/1–2 and "
            "二/(五)/1–4 as the tasks) and 17 (every numbered leaf on the page)",
            "no title on the page; the preamble's 「七项」 counts the activities (a present figure)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x126_05_xian-jikong-quanguo-nuejiri-xuanchuan-huodong-fangan.txt"
SPLIT = ("(ruled round 36) the heading 「七、组织、分工:」 read as round 35's 工作分工 heading (分工 after 组织): every body its items "
         "give work is a unit, whatever the verb (搞好, 做好)")
plan(X05,
     doc_no="", issuer="a county 疾病预防控制中心's 健康教育科 (signed 「键教科」, as printed; 「县古井商城广场」)",
     date="20xx-04-23 (the year masked)", level="county institution (疾控中心, masked county)",
     source=page_source("https://m.010zaixian.com/shiyongwen/gongzuojihua/930652.htm"),
     style="a 范文 site's copy of a short whole 方案 with NO TITLE line: sections 一、宣传主题 … 七、组织、分工 on their own lines, "
           "items 「1、…」 under 三、地点, 五、形式, 六、内容 (places, forms, materials), 七、组织、分工 「1、疾控中心健教科牵头协调联系广电局"
           "新闻跟踪采访,…」「2、防疫二科认真搞好…」「3、键教科负责做好…」「4、办公室做好…」, the signature 「键教科」 and 「20xx年4月23日」 "
           "— the whole page (1,037 bytes)",
     leaf_tasks=4, count_alternatives=[14, 16], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["七", "1"], ["疾控中心健教科"], ["疾控中心健教科", "广电局"],
          note=R2 + ": 「疾控中心健教科牵头协调联系广电局新闻跟踪采访,以及…总结评价工作」 — A牵头: lead A; " + SPLIT + " — 广电局 is "
               "given 新闻跟踪采访 (" + PIVOT + "); the day 「4月26日」 is in 二、 (the year masked), not in the item: " + NODATE),
        S(["七", "2"], [], ["防疫二科"], lead_alternatives=[["防疫二科"]],
          note=SPLIT + ": 「防疫二科认真搞好宣传、咨询、资料发放」 — responsible, " + ONE + "; " + NODATE),
        S(["七", "3"], [], ["键教科"], lead_alternatives=[["键教科"]],
          note=R2 + ": 「键教科负责做好标语制作,悬挂横幅工作」 — 键教科 as printed (the 健教科 of 七/1, misspelt by the page; a name "
               "as printed, round 34), " + ONE + "; " + NODATE),
        S(["七", "4"], [], ["办公室"], lead_alternatives=[["办公室"]],
          note=SPLIT + ": 「办公室做好宣传车辆的配备服务工作」 — a body named by a kind (round 30: 办公室), " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 tasks: 七/1–4, the items that give work to bodies; 一、–六、 are the activity's fields (theme, day, places, "
            "participants, forms, materials: round 35's field blocks at the plan's level) — RULING?; accepted 14 (五/1–5 and "
            "六/1–5 counted as well) and 16 (三/1–2 too)",
            "「五百余份」 (六/1, not a task) is not checked; 「4月26日」 is the event's day with a masked year"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x126_06_macheng-2010-dierjie-dujuan-wenhua-lvyoujie-zongti-fangan.txt"
plan(X06,
     title="第二届中国•麻城杜鹃文化旅游节总体方案",
     title_note="line 4 (the notice's own title is not printed: the page opens with the number 「麻发〔2010〕2号」)",
     doc_no="麻发〔2010〕2号", issuer="中共麻城市委、麻城市人民政府 (Hubei, 黄冈 麻城市)", date="2010-01-10",
     level="city (county-level, Hubei, 麻城)",
     source=page_source("http://www.mcfcw.com/wen/show.ASP?id=724"),
     style="a local site's copy: the number, addressees and the cover sentence 「现将《…总体方案》印发给你们」 on one line, the "
           "issuers and date, the 方案's title, then ONE PARAGRAPH holding the preamble and the points 「一、指导思想 …」 to "
           "「六、主要活动安排 (一)第二届中国•麻城杜鹃文化旅游节开幕式暨大型文艺演出 主题:… 时间:2010年4月28日 」, the numbers "
           "inside the line after blanks — CUT after the first activity's date",
     leaf_tasks=1, count_alternatives=[2, 5, 6], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["六", "(一)"], [], [], dl="2010年4月28日", dln="2010-04-28", **at_in(DIR, X06, "六、主要活动安排 (一)"),
          note="round 34: items numbered inside one paragraph are items when the numbers run in order; round 35 (field "
               "blocks): the activity 「(一)…开幕式暨大型文艺演出」 with its fields 「主题:…」「时间:…」 is one task; CUT before any "
               "承办单位 line: lead = [], responsible = []; the activity's date 「时间:2010年4月28日」: deadline 2010-04-28"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task: 六/(一), the one activity on the page; 一、指导思想 a section; 二、时间 (the festival's span 2010年4月25日至5月10日), "
            "三、主题, 四、会徽、会旗、会歌 (「继续使用…」, no body) and 五、举办单位 (「主办单位:麻城市人民政府 冠名单位:招商待定」, "
            "a list of organisers) state the festival's particulars; accepted 2 (四、 counted, an instruction), 5 (二、–五、 and "
            "六/(一), every numbered leaf but the 指导思想) and 6 (every leaf)",
            "the festival's span is no phase (no stage); 「2008年4月」 a past date; no targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x126_07_sheng-qunzhongxing-longzhousai-zongjuesai-cehua-fangan.txt"
PREFS = "「各市(州)…」 is printed once before the 、 list: the names as printed, split on 、 (round 31: separate heads)"
plan(X07,
     doc_no="", issuer="a province's 文明委 / 委宣传部 (masked 「xx省」; 「屈原杯」 and 市(州) suggest 湖北)",
     date="20XX (masked; 「定于20XX年6月16—XX日」)", level="province (masked)",
     source=page_source("https://helloknj.com/gongwen/fangan/478476.html"),
     style="a 范文 site's page 「龙舟比赛策划方案范文(通用10篇)」: the site's lines, then 「龙舟比赛策划方案 1」 — a notice-like plan "
           "with NO TITLE of its own (「现将有关活动方案通知如下:」): 一、组织机构 (一) 「成立…组委会,负责…」 (二) 「各市(州)…,由文明办"
           "牵头,会同有关单位参照成立组委会,…并明确一名联络人上报至本次大赛组委会秘书处」, 二、工作分工 (一)预赛分工 1、–3、 and "
           "(二)总决赛分工 1、–3、, each 「A负责…」 — CUT in (二)/3 「赛前预」",
     leaf_tasks=7, count_alternatives=[8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(二)"], ["文明办"], ["文明办"],
          note=R2 + ": 「由文明办牵头,会同有关单位参照成立组委会」 — lead 文明办 (由A牵头, the doer of the item's work 成立, rule 3's "
               "set-up exception); 有关单位 is a general call (round 33); 「负责组织协调本地有关工作」 is the set-up 组委会's (rule 3); "
               "the liaison's sending to the 组委会秘书处 is a duty (undated); masked dates only: " + NODATE),
        S(["二", "(一)", "1"], [], ["各市(州)委宣传部", "文明办"],
          note=HEADING + ": 「各市(州)委宣传部、文明办在组委会的领导下,负责…,制订下发…」 — " + PREFS + "; 「在组委会的领导下」 "
               "names a guide (rule 3); lead [] (no 牵头); " + NODATE),
        S(["二", "(一)", "2"], [], ["各市(州)体育(教体、文体)局", "组委会"],
          note=HEADING + ": 「各市(州)体育(教体、文体)局…负责预赛的竞赛组织…,并协助组委会做好食宿、交通工作」 — the 局 (the bracket "
               "stays with its name, round 34) and, " + PIVOT + ", 组委会 (set up by 一/(一), another item); lead []; " + NODATE),
        S(["二", "(一)", "3"], [], ["各市(州)组委会", "当地公安、交通、工商、食品监督等部门"],
          note=HEADING + ": 「各市(州)组委会负责协调当地公安、交通、工商、食品监督等部门做好相关工作」 — the 组委会 (set up by 一/(二), "
               "another item) and, " + PIVOT + ", the 部门 (fields sharing one head with 等, one name as printed with 当地, round "
               "31); lead []; " + NODATE),
        S(["二", "(二)", "1"], [], ["省委宣传部", "省文明办"],
          note=HEADING + "; " + R2 + ": 「省委宣传部、省文明办负责本次大赛的.组织、协调工作,负责审定…,负责起草、报送简报」 (the "
               "stray 「.」 is the page's) — two heads, two names; lead []; " + NODATE),
        S(["二", "(二)", "2"], [], ["省体育局"], lead_alternatives=[["省体育局"]],
          note=HEADING + "; " + R2 + ": 「省体育局负责制订竞赛规程、…以及本次大赛招商工作」 — " + ONE + "; " + NODATE),
        S(["二", "(二)", "3"], [], ["广播电视台"], lead_alternatives=[["广播电视台"]],
          note=CUT + "; " + R2 + ": 「广播电视台负责制定整体宣传报道方案,组织总决赛直播…」 — " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "明确一名联络人上报至本次大赛组委会秘书处", "when": None, "when_norm": None}],
     notes=["7 tasks: 一/(二) (names a doer), 二/(一)/1–3, 二/(二)/1–3; 一/(一) sets up the 组委会 (rule 3, no unit) in "
            "组织机构: no task (round 27); 8 accepted (一/(一) counted)",
            "duty: the liaison named and sent to the 组委会秘书处 (一/(二); a plan unit's sending to the plan's office, round "
            "32), no date",
            "no title checked: 「龙舟比赛策划方案 1」 is the site's heading of its first sample text; the dates are masked "
            "(「20XX年6月16—XX日」)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x126_08_xiaoxue-shili-jiance-gongzuo-yuan.txt"
TEACHER = "各班主任 are the class teachers, persons (round 34: a person's role is never a unit)"
plan(X08,
     title="小学视力监测工作预案模板",
     title_note="line 1 (the stored document's name; three lines of the site's notices follow)",
     doc_no="", issuer="a primary school (「我校」, unnamed)", date="(no date on the page)", level="school (unnamed)",
     source=page_source("https://360docs.net/doc/0e25032539.html"),
     style="a document site's page: the title, three 「- 1、…」 site notices, then 一、预案背景 (a paragraph), 二、工作目标 1.–3., "
           "三、组织机构 1.–2. (「成立…领导小组,负责…」「设立视力监测工作办公室,负责…」), 四、工作内容 1.–6. (「1. 视力监测工作办公室"
           "负责联系相关部门,协调…进⏎行视力检测。」, 「2. 各班主任负责组织学生…」, lines broken inside words) and 五、工作流程 1.–3. — "
           "CUT at 「3. 检」",
     leaf_tasks=9, count_alternatives=[8, 12, 13, 14], attachment_task_rows=0, childless_top_level_sections=["一、预案背景"],
     samples=[
        S(["四", "1"], [], ["视力监测工作办公室"], lead_alternatives=[["视力监测工作办公室"]],
          note=R2 + ": 「视力监测工作办公室负责联系相关部门,协调眼科医院或专业视力检测机构进行视力检测」 — the office set up by 三/2, "
               "another item (round 34: only a body the item itself sets up is rule 3), is a doer; 相关部门 and the 医院／机构 "
               "are objects of 联系／协调 (round 30: the pivot's object is no unit); " + ONE + "; " + NODATE),
        S(["四", "2"], [], [],
          note="「各班主任负责组织学生参加视力检测,并确保…」 — " + TEACHER + ": lead = [], responsible = []; " + NODATE),
        S(["五", "1"], [], [],
          note="「视力监测工作办公室提前一个月向各班主任通知视力检测工作」 — 通知 is no verb of rule 2 (a closed list, round 30): "
               "lead = [], responsible = []; 「提前一个月」 is counted from the check (a time from an event, round 34): no deadline"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 tasks: 四/1–6 and 五/1–3 (五/3 cut at 「检」); 二、工作目标 1.–3. and 三、组织机构 1.–2. name no unit (三's "
            "bodies are the ones the items set up, rule 3): not tasks (round 27); accepted 8 (五/3 left out), 12 (二/1–3 "
            "counted), 14 (三/1–2 too)",
            "no figure on the page but 「提前一个月」; the site's 「9:00-18:30」 is chrome"])

write_collected(DIR)
# Round 64 (rul90): x126_02 一, 二 aligned to tests/data/CONVENTIONS.md "Round 90 rulings" (Dates, governs: a holiday
# period or 节前 in an item's own text dated by the festival the notice prints, p64e-1) (README, round 64)
from aligned_rulings import FESTIVAL90, align90  # noqa: E402

align90("x126_02", ["一"], "「…切实增强做好节日期间安全生产工作的责任感…」 under 「一、高度重视,认真部署两节期间安生工作」, the preamble 「2011年元旦、春节将至」 (x126_02 一): the item's own 节日期间／两节期间, the notice's 元旦 and 春节, the later (春节, 3 February 2011)",
        FESTIVAL90 + "; none → 2011-02", dln="2011-02", dl="节日期间")
align90("x126_02", ["二"], "「…认真组织开展节前的安全生产大检查…要认真组织好节日期间仍从事生产经营单位的安全检查」 (x126_02 二): 节前 and 节日期间 in the item's own text, the festival the notice prints (2011年元旦、春节, the later)",
        FESTIVAL90 + "; none → 2011-02", dln="2011-02", dl="节前")

write_collected(DIR)
