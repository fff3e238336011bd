# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next178/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c178, round 41: eight page openings of plans from outside Shanghai — 昌江黎族自治县's
2012 防灾减灾日 活动方案 (one line; a field block 「1.活动内容:」 under (一), CUT); a 区's 2024 防灾减灾日 宣传方案 on a
template site (「牵头单位:」「参与单位:」 lines, masked days 「5月_日」); 安徽省's 2020 世界粮食日和全国粮食安全宣传周 实施方案
(traditional, one line; 负责同志／负责人 persons, 25个左右, 3-5个); a 团市委's 学雷锋 志愿服务月 notice (the site's title says
2023, the text 2019; 支持和鼓励 no doer); 珠海市卫生局's 2012 爱国卫生工作要点 (「由市爱卫办组织每季度…」, 「各区要在四月份…组织
开展」, 年内); 武进高新区's 2004 冬季征兵 意见 (one line; village quotas; 「由…征兵办公室批准入伍」); a 乡's 创建双拥模范 实施方案
(one line; persons, 不少于两次, a yearly 述职报告); 井口镇's 2010 全国科普日 活动 (traditional; field blocks 「主辦:井口鎮科協」)):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at`` where the
number is not at its line's start); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md`
(rule 1, rule 2 and the rulings of rounds 30–41 are cited in the notes; readings CONVENTIONS does not settle say RULING?).
Neither the parser nor the scorer was run on these plans by c178.

    python tests/data/plans-next178/make_expected.py tests/data/plans-next178
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a page run into one line): the line where marker ends and the first
# eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30: 负责同志／负责人; round 34: 负责人, 专人; round 36)"
MASKED = "the day or year is masked or not on the page (「5月_日」, no year printed): the deadline is not checked"
SPAN = ("round 36/37: an activity's or campaign's span stated once for the whole action is a stage span, its end the "
        "deadline of items with no date of their own")
ONELINE = "the page runs the plan into one line: the item's number stands inside the line (located by its marker)"
FIELDS = ("round 35 (field blocks): the lines under a numbered activity 「活動內容:」「活動時間:」「活動地點:」「主辦:」 are its "
          "fields, not tasks; its 主辦 line is its units label (responsible; plans-next139 read 「主办单位:」 so)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x178_01_changjiang-xian-2012-fangzai-jianzai-ri-huodong-fangan.txt"
plan(X01,
     title="昌江黎族自治县防灾减灾日活动方案（昌江黎族自治县人民政府办公室关于印发昌江黎族自治县防灾减灾日活动方案的通知）",
     title_note="the plan's name and the cover notice's title, both inside line 2 (the page runs everything into one line); "
                "either is accepted (plan（notice）)",
     doc_no="", issuer="昌江黎族自治县人民政府办公室 (Hainan; cover to 各乡镇人民政府,县政府直属有关单位)", date="2012-05-09 (二〇一二年五月九日)",
     level="county (昌江黎族自治县, Hainan)",
     source=page_source("https://code.fabao365.com/law_583755_1.html"),
     style="a law site's page: a stray 「|」 line, then the cover notice, the plan's title, preamble, 一、指导思想, 二、活动时间 "
           "(「5月7日~13日为全县…宣传活动周」), 三、活动主题, 四、活动内容 (一) with a field 「1.活动内容:」 — ALL ON ONE LINE, CUT in "
           "(一) at 「组织有」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动时间", "三、活动主题"],
     samples=[
        S(["四", "(一)"], [], [], dl="5月7日~13日", dln="2012-05-13", **at(X01, "(一)"),
          note=CUT + "; " + ONELINE + "; " + FIELDS.split(":")[0] + ": 「1.活动内容:」 is (一)'s field, not a task (a parser "
                     "that keeps 1. as the leaf finds the same one task); no body is named before the cut (「在全县中小学校开展一次"
                     "…」 has no subject; 「组织有」 loses its object and has no subject): lead [], responsible []; " + SPAN +
                     " — 二、活动时间 「5月7日~13日」 in the notice of 2012: 2012-05-13; 「开展一次」 has no comparison word: no "
                     "target"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 四/(一) (CUT); 一、指导思想, 二、活动时间 (the span), 三、活动主题 (「要充分调动公众参与…」, no "
            "body) are sections (round 34 early: in a plan whose work sits in numbered items the childless aims stay sections)",
            "no phase is written for the one span 「5月7日~13日」 (a 宣传活动周, no stages)",
            "「琼民明电〔2012〕14号」 is a document number; 「第四个」 an ordinal"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x178_02_qu-2024-fangzai-jianzai-ri-xuanchuan-fangan-jingpin1.txt"
NAME = "区国房局(地震局)"
plan(X02,
     title_note="title not checked: the page shows the site's collection heading 「2024防灾减灾日宣传方案精品9篇」 and the "
                "piece label 「2024防灾减灾日宣传方案精品1」, not a plan's own title",
     doc_no="", issuer="a 区 (not named; 「全区」, 「渝西广场」 points to 永川区, Chongqing — not printed)",
     date="2024 in the site's heading only (the days are masked 「5月_日」)", level="district (a 区, not named)",
     source=page_source("https://www.jingyanben.com/bangongwenmi/238681.html"),
     style="a template site's page: site lines (订单查询, sizes, a 导语), the piece label, 一、活动时间 (masked days), 二、活动内容 "
           "with a lead-in 「全区将重点开展以下“七个一”活动:」, (一)–(三) each a heading, a paragraph and separate "
           "「牵头单位:」/「参与单位:」 (「参加单位:」, 「牵头部门:」/「参与部门:」) lines; (三) has 1、 — CUT in its 参与部门 line",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、活动时间"],
     samples=[
        S(["二", "(一)"], ["区新闻社", "区广电传媒集团"],
          ["区新闻社", "区广电传媒集团", "区政府应急办", NAME, "区安监局", "区卫生局", "区气象局", "区水务局", "区林业局",
           "相关部门"],
          responsible_alternatives=[["区新闻社", "区广电传媒集团", "区政府应急办", NAME, "区安监局", "区卫生局", "区气象局",
                                     "区水务局", "区林业局"]],
          skip_deadline=True,
          note=R1 + ": 「牵头单位:区新闻社、区广电传媒集团。」 (lead, the final 。 dropped) and 「参与单位:…、区林业局等相关部门。」 "
                    "(responsible; round 35: 「A、B、C等部门」 with separate heads drops the 等… tail); 「区国房局(地震局)」 keeps "
                    "its bracket of one alias (round 34/37); 「__日报、__电视台等媒体」 in the text are masked names and add "
                    "nothing under a label (rule 1); 「在5月7日至_日期间」: " + MASKED + "; aligned round 53 to CONVENTIONS.md "
                    "\"Round 64 rulings\" (turned): a bare catch-all closing a list of whole names 「…等相关部门」 is kept as a "
                    "group name (plans-dev 05, 02; round 58's drop withdrawn) (responsible + 相关部门, last); the earlier reading "
                    "stays accepted (the list without it)"),
        S(["二", "(二)"], ["区政府应急办"],
          ["区政府应急办", "区安监局", NAME, "区水务局", "区气象局", "区林业局", "区卫生局", "区交通局", "区公安交警支队",
           "区公安消防支队"], skip_deadline=True,
          note=R1 + ": 「牵头单位:区政府应急办」 and 「参加单位:…、区公安消防支队等部门。」 (参加单位 read as 参与单位, responsible; "
                    "the 等部门 tail dropped, round 35); 「开展一次」 has no comparison word (no target); 「在5月_日」: " + MASKED),
        S(["二", "(三)", "1"], [NAME], [NAME, "区级各部门"], skip_deadline=True,
          note=CUT + "; " + R1 + ": 「牵头部门:区国房局(地震局)」 (lead) and 「参与部门:区级各部门(特别是」 — the name 区级各部门 is "
                     "whole, a kind (round 33: 各部门 kept in labels), only its bracket is cut: kept without the cut bracket "
                     "(round 36 drops a name the page cuts off; here the name itself is printed whole) — RULING? a reader who "
                     "drops the whole cut entry gives 区国房局(地震局) alone; 「动员城区各机关、学校…进行…演练」 — the objects of "
                     "动员 are no units (the pivot rule, round 30); 「5月_日」: " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 二/(一), 二/(二), 二/(三)/1 (CUT); 一、活动时间 (masked days) is a section; 二's lead-in names "
            "the 「七个一」 activities (a programme name, no target)",
            "「纪念“5.12”地震一周年」 is a date in a name; 「474.2KB 6页」「9.96k 8.62k」 are the site's",
            "the same text with 永川 names is qdfww 289072 and jingyanben 127399 (other copies, not taken)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x178_03_anhui-2020-liangshiri-liangshi-anquan-xuanchuanzhou-huodong-shishi-fangan.txt"
WEEK42 = ("aligned round 41: a week named by a day it contains 「10月16日所在周」 dates the items in it to that day's "
          "month (CONVENTIONS.md \"Round 42 rulings, written early\" → Dates and duties): the items of the 宣传周's "
          "二、活動安排 are due 2020-10 (the deadline was not checked); the builder's note was: ")
WEEK = ("the 宣传周 is given only as 「10月16日所在周」 in 一、活動主題 (no 活動時間 line, no end date printed), and the item writes "
        "no date: the deadline is not checked (RULING? whether such a week is the items' span)")
plan(X03,
     title_note="title not checked: the page opens at the preamble (「為做好2020年…,現制定我省…實施方案。」); no title line",
     doc_no="", issuer="安徽省 (the provincial 糧食和物資儲備局 with 農業農村廳, 教育廳, 科學技術廳, 婦女聯合會; 「我省」)",
     date="2020 (「2020年10月16日是第40個世界糧食日」; the page's address holds 2020-11/09)", level="province (Anhui)",
     source=page_source("http://www.rfsp99.com/html/zt/sjlsr2020/2020-11/09/content_261906.shtml"),
     style="a news site's topic page in traditional characters, ONE LINE: preamble, 一、活動主題 (the 宣传周 = 「10月16日所在周」), "
           "二、活動安排 (一) run-in heading + paragraph 「由省糧食和儲備局負責同志率隊參加…」, (二) 「安徽省糧食和物資儲備局、…婦女聯合會"
           "…擬…確定發布第二批…(25個左右),并擇優…推薦3-5個…」, (三) with 1. 「協同省委宣傳部做好…。由…相關處室負責人為大學生講授…」 — CUT",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、活動主題"],
     samples=[
        S(["二", "(一)"], [], [], dl="10月16日所在周", dln="2020-10", **at(X03, "(一)"),
          note=WEEK42 + ONELINE + "; " + R2 + ": 「由省糧食和儲備局負責同志率隊參加…」 — the agent of 由 is 負責同志, a person (" + PERSON +
                         "); 「號召全省糧食和物資儲備系統觀看…」 — 號召 is no rule-2 verb: lead [], responsible []; " + WEEK),
        S(["二", "(二)"], [], [], targets=[(25, "個"), (3, "個")], not_targets=[(10, "個")], dl="10月16日所在周", dln="2020-10",
          **at(X03, "(二)"),
          note=WEEK42 + R2 + ": the five bodies are the subject of 「擬…確定發布」 and 「擇優…推薦」 — 確定／發布／推薦 are no rule-2 verbs "
                    "(round 30: a closed list; 制定／明确／完成 are not either) and no 由／負責／組織 stands with them: lead [], "
                    "responsible []; 「國家糧食和物資儲備局」 only receives (rule 3); targets: 「第二批…基地(25個左右)」 the item's own "
                    "number to name (round 37; 左右 = about), 「推薦3-5個」 a range read at its lower edge (round 32): 3 個; "
                    "「第一批已確定發布10個」 is a past figure (round 33): not a target; 「皖糧辦聯﹝2020﹞68號」 a document number; "
                    + WEEK),
        S(["二", "(三)", "1"], [], [], dl="10月16日所在周", dln="2020-10", **at(X03, "1."),
          note=WEEK42 + CUT + "; " + ONELINE + "; 「協同省委宣傳部做好…」 has no subject (round 39: 協同 with no doer names none) and "
                     "做好 is no rule-2 verb; 「由省糧食和儲備局相關處室負責人為大學生講授…」 — the agent of 由 is 負責人, a person ("
                     + PERSON + "): lead [], responsible []; " + WEEK),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 二/(一), 二/(二), 二/(三)/1 (CUT); 一、活動主題 is a section; (三)'s heading has the child 1.",
            "「第40個」 is an ordinal; 「國糧發﹝2020﹞210號」 uses the small-form brackets ﹝﹞",
            "every item names its actors through persons (負責同志, 負責人) or through verbs outside rule 2's list: no unit on "
            "the page"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x178_04_tuanshiwei-2019-xueleifeng-zhiyuan-fuwuyue-xilie-huodong-fangan.txt"
MARCH = ("「决定在 3 月份开展“学雷锋” 志愿服务月系列活动」 — the action's span stated once (round 40; round 36/37): its end is the "
         "deadline of items with no date; the year is the text's 「2019 年 3 月 5 日是第 56 个学雷锋日」 (the 56th 学雷锋日 is "
         "2019), not the site's heading 「2023年…」 (RULING?): 2019-03")
plan(X04,
     title="2023年学雷锋志愿服务月系列活动方案",
     title_note="line 1, as printed by the site (the text's own year is 2019: a site's heading kept as the page's title)",
     doc_no="", issuer="a 团市委 (masked 「xx」; addressees 各县(市、区)团(工)委、各直属团组织、市青少年宫)",
     date="2019 (the text; the site says 发布 2020-01-21 and heads the page 2023)", level="city (a 团市委, a body's own notice)",
     source=page_source("http://tudiao.com/a/2001/479567.html"),
     style="a document site's page: the site's title with a wrong year, a 发布 line, addressees, a preamble broken in two "
           "lines (「…在 3 月份开。」/「展“学雷锋” 志愿服务月…」), 一、指导思想。 二、活动主题。 三、活动内容。 (一) heading + paragraph "
           "(「支持和鼓励各类青年社会组织…」「广泛邀请…」), (二) heading + paragraph — CUT; masks 「***」「xx」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想。", "二、活动主题。"],
     samples=[
        S(["三", "(一)"], [], [], dl="3 月份", dln="2019-03",
          note=R2 + ": no clause has a doer — 「支持和鼓励各类青年社会组织自发性义务宣传」 (round 40: 「鼓励A…」「支持A…」 name no "
                    "doer), 「广泛邀请…专家、学者…走进青少年群体」 has no subject (and invited persons are no units): lead [], "
                    "responsible []; " + MARCH),
        S(["三", "(二)"], [], [], dl="3 月份", dln="2019-03",
          note=CUT + "; 「助力“河长制”“林长制”实施…, 加强生态环保志愿队」 has no subject: lead [], responsible []; 「河长制」「林长制」 "
                     "are names; " + MARCH),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 三/(一), 三/(二) (CUT); 一、指导思想。 and 二、活动主题。 are sections (their numbers end in 。)",
            "「第 56 个学雷锋日」 is an ordinal; the spaces around the figures 「2019 年 3 月 5 日」 are the page's",
            "「***」 and 「xx」 are the page's masks; 「团的十八大」 an ordinal"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x178_05_zhuhai-2012-aiguo-weisheng-gongzuo-yaodian.txt"
plan(X05,
     title="2012年珠海市爱国卫生工作要点（珠海市卫生局关于印发2012年珠海市爱国卫生工作要点的通知）",
     title_note="the plan's own name on line 13, the notice's title on lines 2 and 4 (plan（notice）: either accepted)",
     doc_no="", issuer="珠海市卫生局 (cover to 各区爱卫会、市爱卫会各委员单位)", date="2012-03-16 (二〇一二年三月十六日)",
     level="city (珠海市, Guangdong; a city bureau)",
     source=page_source("http://fsou.com/html/text/lar/173690/17369043.html"),
     style="a law site's page: the site's name line, the notice title twice, addressees, the cover sentence and date, the "
           "plan's title, an unnumbered 总体要求 paragraph, 一、 (1., 2.), 二、 (3. — CUT at 「香洲区南」); numbers 1.–3. run on "
           "across the sections; lines indented with two spaces",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["市爱卫办"], lead_alternatives=[["市爱卫办"]], targets=[(1, "期")], dl="年内", dln="2012-12",
          note=R2 + ": 「由市爱卫办组织每季度随机抽查2个区…开展社区爱卫工作考核」 — 由A＋组织 (a verb of doing): 市爱卫办; the "
                    "各区／各级爱卫工作人员 are objects: " + ONE + "; 「年内组织1-2期培训」 — a range read at its lower edge (round "
                    "32): 1 期; 「抽查2个区」「4个社区」 are the sampling norm of the checks (round 36: 「按10%抽查」, no comparison "
                    "word) — not checked either way; the quarterly 抽查 is an inspection rhythm, no deadline and no reporting duty "
                    "(round 34; plans-dev 08); 「年内」 is December of the plan's year (round 34): 2012-12 (the one-off date "
                    "inside a rhythm, round 35)"),
        S(["一", "2"], [], ["各区"], lead_alternatives=[["各区"]], dl="四月份", dln="2012-04",
          note=R2 + ": 「各区要在四月份…组织开展一次让群众受益的爱国卫生活动」 — 各区, a kind (round 32/33), with 组织开展 (round 34: "
                    "组织＋work): " + ONE + "; 「四月份」 in the plan of 2012: 2012-04; 「60周年」 an anniversary, 「一次」 no "
                    "comparison word (no target)"),
        S(["二", "3"], [], [], dl="年内", dln="2012-12",
          note=CUT + "; " + R2 + ": 「继续开展创建…工作」 has no subject; 「年内积极推动高新区唐家湾镇、万山区担杆镇开展…创建」 — the "
                     "towns are objects of the pivot 推动 (round 30/34: no units); 「斗门区井岸镇申报国家卫生镇」 is an applicant "
                     "(round 30: 由A申报 no unit): lead [], responsible []; 「年内」 (round 34): 2012-12"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 一/1, 一/2, 二/3 (CUT); the 总体要求 paragraph is unnumbered (no task); the cover 「请认真贯彻执行」 "
            "is no task",
            "「纪念爱国卫生运动60周年」 is an anniversary, not a target"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x178_06_wujin-gaoxinqu-2004-dongji-zhengbing-gongzuo-yijian.txt"
plan(X06,
     title_note="title not checked: the page opens at the addressees 「各村(居委会):」; the title is not on the page",
     doc_no="", issuer="武进高新区 (「我区」「高新区」, under 武进区, 常州市, Jiangsu; the villages 南夏墅村… are its own)",
     date="2004 (「我区2004年冬季征兵工作」)", level="a development zone's own (武进高新区, over its villages)",
     source=page_source("https://www.wj.gov.cn/html/czwj/2014/EHEJPQEQ_0619/57295.html"),
     style="a district site's page, ONE LINE: addressees, preamble, 一、主要目标和要求 (50%以上), 二、任务分配 (「征集数为30人」 and a "
           "flattened list of villages with their quotas 「南夏墅村1人 凤墅村2人 …」), 三、征集对象、办法、条件 with 1、征集对象 2、征集办法 "
           "(「由武进区人民政府征兵办公室批准入伍」) 3、征集条件 (age, culture and politics conditions) — CUT at 「政治条件:按」",
     leaf_tasks=2, count_alternatives=[3, 4, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、主要目标和要求"],
     samples=[
        S(["二"], [], [], targets=[(30, "人"), (2, "人")], **at(X06, "二、"),
          note=ONELINE + "; round 34 (early) / round 36: a childless headed point that gives work is a task — 二 gives the "
                         "zone's quota out to its villages; " + R2 + ": 「现根据我区的状况,将各单位…完成任务数分配如下:」 — the "
                         "issuer is the subject of 分配 (no rule-2 verb) and the villages are what the numbers are given to (no "
                         "label, no column head): lead [], responsible [] — RULING? a reader who takes the village list as a "
                         "flattened 责任单位 column gives the 26 names (南夏墅村 … 邱墅村, 「庙桥居委会和南夏墅镇居委会」); targets: "
                         "「征集数为30人」 and the villages' quotas (「凤墅村2人」 …) are the item's own numbers (round 37); "
                         + NODATE),
        S(["三"], [], ["武进区人民政府征兵办公室"], lead_alternatives=[["武进区人民政府征兵办公室"]],
          not_targets=[(17, "周岁")], **at(X06, "三、"),
          note=ONELINE + "; round 35: lists that give no work (who may enlist, the conditions an applicant must meet) are "
                         "text, so 1、–3、 are 三's text and 三 is one task (4 or 5 accepted: 1、–3、 read as items); " + R2 +
                         ": 「经体检合格,政治审查合格后,由武进区人民政府征兵办公室批准入伍」 — 由A＋a verb of doing (round 34; round "
                         "30: 审批／核发): " + ONE + "; 「适龄青年应…报名应征」 are applicants (round 30); 「军龄一律从12月1日算起」 is "
                         "a date of effect, not a deadline; ages 「18至20周岁」「年满17周岁的应届高中毕业生」 name groups of "
                         "persons (round 31): not targets; " + NODATE),
     ],
     plan_targets=[{"number": 50, "unit": "%"}], phases=[], duties=[],
     notes=["2 leaves: 二 and 三 (三's 1、–3、 are lists of who and how, round 35); 一、主要目标和要求 is a section (round 36: a "
            "childless 工作目标／总体要求 point without a doer); accepted: 3 (一 read as a task by its 「要…」, round 34 early), 4 "
            "(三's 1、–3、 as items), 5 (both)",
            "plan target: 「党团员和高中以上文化程度比例达50%以上」 in 一 (以上, round 30's line)",
            "「十六届四中全会」 is an ordinal; the village list is a flattened table of quotas run into the line"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x178_07_xiang-chuangjian-shuangyong-mofan-huodong-shishi-fangan.txt"
plan(X07,
     title_note="title not checked: 「乡创建双拥模范活动实施方案」 is run into the preamble on the one line (no break)",
     doc_no="", issuer="a 乡 (not named; 「乡政府」「全乡」「我乡」)", date="not shown (科学发展观 → 2003–2012)",
     level="township (a 乡, not named)",
     source=page_source("https://3366ai.com/p-3939982c1262b3ff.html"),
     style="a document site's preview, ONE LINE with no spaces: title run into the preamble, 一、指导思想, 二、目标要求, 三、工作措施 "
           "(一) a run-in heading and a paragraph of persons, a group set up, 「乡党委、政府每年研究双拥工作不少于两次」, 「民政办要尽心尽责」, "
           "「双拥领导小组成员单位,要认真履行职责」 and a yearly 述职报告, (二) — CUT at 「在春节」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、目标要求"],
     samples=[
        S(["三", "(一)"], [], [], targets=[(2, "次")], **at(X07, "(一)"),
          note=ONELINE + "; " + R2 + ": no clause has a rule-2 form — 「乡政府要深刻领会…,把…摆上…,成立…领导小组」 (领会／摆上, and "
                         "成立 sets a body up, round 35), 「主要领导亲自抓,分管领导具体抓」 (persons), 「乡党委、政府每年研究…」 (研究), "
                         "「民政办要尽心尽责,…出主意,抓建设」 (尽心尽责 is not 负责), 「双拥领导小组成员单位,要认真履行职责」 (round 38: "
                         "履行 names no doer; members of the group the item sets up, round 35): lead [], responsible []; 「每年研究"
                         "双拥工作不少于两次」 — a frequency with a floor (round 35): 2 次; 「指定一名领导」 a person; the yearly "
                         "述职报告 is a duty (below); " + NODATE + " (yearly rhythms only, round 34)"),
        S(["三", "(二)"], [], [], skip_deadline=True, **at(X07, "(二)"),
          note=CUT + "; 「要把…纳入全民教育计划,要利用一切宣传媒体大力宣传…」 has no subject: lead [], responsible []; 「在春节」 is "
                     "cut and the plan's year is not on the page (round 40 dates a festival by the plan's year): not checked"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各成员单位履行职责情况作述职报告", "when": "每年应作一次", "when_norm": "yearly"}],
     notes=["2 leaves on the page: 三/(一), 三/(二) (CUT); 一、指导思想 and 二、目标要求 are sections",
            "duty: 「各成员单位履行职责情况,每年应作一次述职报告」 — a yearly report of the plan's member units (round 40: a "
            "standing rhythm of reporting is a duty, whoever sends it)",
            "「同呼吸、共鸣与、心连心」 (for 共命运) and 「显着」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x178_08_jingkou-zhen-2010-quanguo-kepuri-huodong-fangan.txt"
plan(X08,
     title_note="title not checked: the page shows the site's heading 「科普日活動方案」 and 「科普日活動方案一」; 「井口鎮2010年"
                "全國科普日活動」 is 一、活動名稱's value with its heading lost",
     doc_no="", issuer="井口镇 (Chongqing by its 區科協 and 涌泉廣場 — not printed; 「鎮科協」「我鎮」)",
     date="2010 (「2010年9月18日——24日」)", level="town (井口鎮)",
     source=page_source("http://www.yhwg8.com/fangancehua/59196.html"),
     style="a 范文 site's page in traditional characters: site lines (時間:, 小龍, 方案策劃), 「科普日活動方案一」, the event's name "
           "without its 一、 heading, 二、活動宗旨 … 六、活動地點 (childless), 七、具體活動安排 with FIELD BLOCKS 「1、活動內容:…」 / "
           "「活動時間:9月18日 8:30-11:30」 / 「活動地點:」 / 「主辦:井口鎮科協」, 2、 — CUT in its 活動時間 「7月30日——1」",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["二、活動宗旨", "三、活動主題", "四、時間安排", "五、活動方式", "六、活動地點"],
     samples=[
        S(["七", "1"], [], ["井口鎮科協"], lead_alternatives=[["井口鎮科協"]], dl="9月18日", dln="2010-09-18",
          note=FIELDS + ": 「主辦:井口鎮科協」: responsible 井口鎮科協 (as printed, traditional), " + ONE + "; the item's own "
                        "day 「活動時間:9月18日 8:30-11:30」 wins over the span (round 37), the year 2010 from 四、時間安排: "
                        "2010-09-18; 8:30-11:30 are clock times (not targets)"),
        S(["七", "2"], [], [], skip_deadline=True,
          note=CUT + " (in its 活動時間 line, before any 主辦 line): lead [], responsible []; 「7月30日——1」 loses its end: the "
                     "deadline is not checked; 「第一屆」 an ordinal"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 七/1, 七/2 (CUT); 3 accepted (五、活動方式 read as a task: 「組織動員全區科技…工作者…」 gives work "
            "but names no doer, round 40); 二–六 are sections",
            "the span 「2010年9月18日——24日」 is a section's text (no phase: one span, no stages)",
            "bytes: the copy is 1,413 bytes — the tool's excerpt ended there (inside 2、's 活動時間); the same site's page in "
            "plans-next161 (x161_07) was 1,499 bytes, so this site's stored pages are short, not a lost copy"])

write_collected(DIR)
