# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next366/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c366, round 69, for round 70: seven page openings of festival-season plans and
notices from outside Shanghai — 彬县文体广电局's 元宵节 灯谜 方案 on a 范文 site (一–七, 六 1、–3、 the officers' duties, 七 cut);
an XX市XX小学's 2019 清明节 系列活动 notice on a document site (四 (一)–(六)); a 蜀山区 education-system unit's 建党99周年
「七一」 方案 on a 范文 site (二 (一) 1、–3、, (二) 1.–2., cut); a 范文 page holding 苍龙小学's 中秋节 放假 notice and, after it, a
second school's (cut); 古饶中学's 重阳节 感恩活动 方案 on a 范文 site (四 1、–4、, cut); 塔石's school 大队部 重阳节 敬老院 方案
(unnumbered, whole short page); 太仓市委老干部局's 敬老月 「七项活动」 (news form, 一是–七是)): never tune the parser on them
(see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_line_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited
in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by
c366.

    PYTHONPATH=. python tests/data/plans-next366/make_expected.py tests/data/plans-next366
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, PAGES, S, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
PERSON = "a person is never a unit, and his body is not read in for him (round 30; Round 81's x305_01; Round 99 on x360_07 1.)"
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
CALLBACK = ("a word for all the addressees, or the addressee line printed again, calls the notice's addressees back: a call to "
            "all, no doers, whatever verb follows (Round 89's governs on x330_02; Round 91's on x336_02; Round 98 turned x230_02 "
            "一 and x249_06 一 so)")
WORKCOUNT = ("the events an item holds, 一 as any number, are its own number of work (round 37; round 49's 「改造100户」; Round 93 "
             "on x342_06 「召开一次」; Round 99 confirmed x362_01 一/3's 1 次)")
NOYEAR = ("no year of the text's own is printed, and a missing year is not filled from a site's field, a compilation's "
          "heading or a cited document (round 48; Round 78's p58d-2; Round 93 on x342_07; Round 99 confirmed x360_02 2、–4、 "
          "and x360_04 二、 unchecked)")
FIELDS = ("lines that only say where, when, in what form or by what rules the one event the plan sets is held are its fields "
          "and give no work of their own (Round 89 decided x330_05; Round 97's governs on x354_07; Round 99 confirmed x360_01 "
          "二/(一) 0)")
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 88's governs on p63e-1; "
           "Round 93 on x342_03)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x366_01_binxian-wentiguangdianju-yuanxiao-caidengmi-huodong-fangan.txt"
DATE01 = ("「正月十五」 with the plan's own time field 「20xx年3月5日(正月十五)晚7:00」: the year is masked (「20xx」), but 3月5日 "
          "printed with 正月十五 fixes one year, 2015 (Round 77's x300_07; Round 95's turned x348_02): 2015-03-05 — turned by "
          "\"Round 102 rulings, written early\" (unchecked → 2015-03-05; aligned by p70e in round 70; a deadline check keeps no "
          "alternative)")

plan(X01,
     title="元宵节猜灯谜主题活动方案范文",
     title_note="line 5 「元宵节猜灯谜主题活动方案范文 篇1」 less its piece mark, the same words as the page's headline (line 1): a "
                "compilation's head that names the piece's own kind is its title once 篇1 is taken off, 范文 kept as printed (Round "
                "99 confirmed x360_01, x360_04 and x362_06 so; Round 91's x336_01)",
     doc_no="", issuer="彬县文体广电局 (咸阳, 陕西; 「三、主办单位:彬县文体广电局」 with 承办单位 彬县文化馆) — the piece's own sponsor line",
     date="not shown (「20xx年3月5日」; the site's 2024-04-03)",
     level="county bureau (文体广电局) and its 文化馆",
     source=source("http://diyifanwen.cache2.idcadmin.com/get.php?url=https%3A%2F%2Fm.diyifanwen.com%2Ffanwen%2Fhuodongfangan%2F15054766.html"),
     style="a 范文 site's page (through a cache address): headline, date line, the piece head 「…篇1」, then 一、–七、 each with a "
           "two-space indent and blank lines between: 一 theme, 二 time and place, 三 sponsor and organiser, 四 活动内容 1、–3、 "
           "(form, rules, prizes), 五 组织机构 (组长／副组长／成员 left blank, then one line on the group's members), 六 工作职责 (a "
           "lead-in, 1、–3、 the deputy directors' charges), 七 几点要求 1、–2、, 2、 CUT at 「以认」",
     leaf_tasks=4, count_alternatives=[5, 7], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间地点", "三、主办单位:彬县文体广电局", "五、组织机构:"],
     samples=[
        S(["六", "1"], [], ["文化馆"], responsible_alternatives=[[]], dl="正月十五下午5点钟前", dln="2015-03-05",
          note="「1、副局长具体负责抽调局机关文化市场执法大队队员配合文化馆具体负责赶正月十五下午5点钟前布置好灯谜活动现场及悬挂好谜条等工作,具体工作由文化馆馆长王晓荣负责。」 — "
               "a numbered line of the 工作职责 section giving work: a task. Units: 副局长 and 馆长王晓荣 are persons (" + PERSON
               + "); the team's 队员 are persons, and 文化市场执法大队 stands inside the noun that describes them (round 30: a body "
               "inside a noun's description is no doer); but 「配合文化馆具体负责…布置好…工作」 prints 文化馆 as the subject of 具体负责 "
               "(rule 2's 「A负责…」; round 30: 具体负责 is in the list), the 队员 assisting it (round 41's assisting the named, "
               "as Round 98 read it): responsible [文化馆], lead [] (no 牵头). RULING? 1: 文化馆 read as the object of 配合, a "
               "partner the persons help, with no clause of its own, gives none — accepted. Deadline: " + DATE01),
        S(["六", "2"], [], [], dl="正月十五晚上", dln="2015-03-05",
          note="「2、副局长郭亚军具体负责抽调文化市场执法大队全体人员具体负责配合公安交警做好正月十五晚上灯谜活动的现场秩序维护和安全保卫工作,保证灯谜活动谜条不被观众撕走。」 — "
               "a task. Units: the deputy director is a person (" + PERSON + "); 「执法大队全体人员」 are persons, the team inside "
               "the noun (round 30); 公安交警 is only the object of 配合 (the staff help the police; round 30's pivot line: the "
               "object of a verb outside the list is no unit): " + NONE + ". Deadline: " + DATE01),
        S(["六", "3"], [], ["文化馆"], responsible_alternatives=[[]], dl="正月十五", dln="2015-03-05",
          note="「3、副局长王秀娟协调文化馆具体负责做好整个灯谜活动的一切细节工作。」 — a task. Units: the deputy director is a "
               "person (" + PERSON + "); under 六、工作职责, a work heading (round 38), the body 协调 reaches is given 具体负责做好…, "
               "as 六/1 gives the same body its work through 配合 (round 57's x255_03; round 63's x272_07; Round 100's second "
               "bullet): responsible [文化馆], lead [] — turned by \"Round 102 rulings, written early\" (none → [文化馆]; aligned by "
               "p70e in round 70); c366's none (the object of the pivot 协调 outside the list, round 30) stays accepted. "
               "Deadline: the item prints no date; the event's own time field is 正月十五 — " + DATE01),
        S(["七", "1"], ["文体局"], ["文体局"], lead_alternatives=[[]], dl="正月十五", dln="2015-03-05",
          note="「1、本次元宵节灯谜活动由文体局牵头负责,各成员单位要按照分工,全力以赴做好配合工作。」 — an item of 几点要求 that names a "
               "unit is a task (seeds lines 3–5). Units: 「由A牵头负责」 gives lead A and responsible A (rule 2); 「各成员单位要…做好配合"
               "工作」 is a general call (各成员单位, members: rule 3): lead [文体局], responsible [文体局]. Deadline: the item's work is "
               "the whole event, dated by its time field: " + DATE01),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 六/1–3 and 七/1. 一 (the theme), 二 (time and place) and 三 (sponsor and organiser lines: plan-level fields, no "
            "label on any item, rule 1) are childless sections. 四 1、活动形式 「以开元广场彩灯立柱通道为悬挂谜条的场地,共悬挂3000条…灯谜」, "
            "2、活动规则 (how guessers take part) and 3、奖项设置 are " + FIELDS + ": no task; the rules bind the guessers, "
            "the public (round 30's applicant, a beneficiary). 7 (the three counted) accepted",
            "五 组织机构: a group with its names left blank and 「领导小组所有人员负责协调…」, whose doers are the group's persons: a "
            "composition, a section (Round 84's governs, p61d-2; Round 99 confirmed x362_02 so). 六's lead-in 「…在领导小组统一领导下"
            "组织实施」 places the work under the group's lead, rule 3's guide (在A领导下), and gives no units (rule 4)",
            "七 2、 「全体人员必须高度重视、…统一调配,以认」 (" + CUT + ") binds persons to conduct and names no unit: in a plan whose "
            "tasks name units, a 要求 item naming none is not a task (seeds lines 3–5; Round 93's governs on x343_04); 5 (it "
            "counted) accepted",
            "「3000条」「3000个」 and 「五元」 stand in the fields (no task); 「5点钟」「7:00」 are clock times (head: not targets)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x366_02_xiaoxue-2019-qingmingjie-miandai-geming-xianlie-xilie-huodong-tongzhi.txt"
SPAN02 = "2019年4月1日至4月4日"
NOUNIT02 = ("the notice names no unit anywhere (its doers are classes of pupils, 「参与班级:」 fields, and the addressees "
            "「全体班主任:」 are persons): " + NONE)
plan(X02,
     title="举行“缅怀革命先烈,争当新时代好少年” 清明节系列活动的通知（XX市XX小学举行“缅怀革命先烈,争当新时代好少年” 清明节系列活动的通知）",
     title_note="lines 2–3: the issuer's line 「XX市XX小学」 over the title line 「举行“缅怀革命先烈,争当新时代好少年” 清明节系列活动的通知」: "
                "the title with the issuer in front (Round 94's governs on x344_05 and x265_08; as c360 wrote x360_02), the title "
                "line alone accepted; the space inside is whitespace (the scorer squashes it); line 1 is the site's 导语 naming "
                "the piece 《小学举行“缅怀革命先烈,争当新时代好少年”清明节活动》, not a title line",
     doc_no="", issuer="a primary school (「XX市XX小学」, masked; 「淇艺楼」, 「升旗广场」 its buildings) — not named",
     date="2019 (「2019年4月1日至4月4日」, the notice's own time field); no date line",
     level="primary school (its 班主任 and classes)",
     source=source("https://wddqxz.cn/50d30aa6f321dd36a32d7375a417866fb94ac040.html"),
     style="a document site's page: the site's 导语 line, the issuer line, the title, addressee 「全体班主任:」, preamble, 一、活动目的, "
           "then 「二、活动时间」 and 「三、活动主题」 each run on at the end of the line before (after a space), 四、活动内容及安排 with "
           "(一)–(六) each one line or two, its fields 参与班级／活动时间／活动地点 run on after spaces, 「五、活动要求」 run on after "
           "(六)'s time, its paragraph, and the site's 「本文来源:」 line (cut)",
     leaf_tasks=6, count_alternatives=[7], attachment_task_rows=0,
     childless_top_level_sections=["一、活动目的", "二、活动时间", "三、活动主题", "五、活动要求"],
     samples=[
        S(["四", "(一)"], [], [], dl="4月1日", dln="2019-04-01",
          note="「(一)“话清明,缅英烈”的主题班会 参与班级:全校学生 活动时间:4月1日班会进行」 — an activity of the school's 活动内容及安排: a "
               "numbered leaf of a plan that names no unit is a task (plans-dev 08; seed 003). Units: " + NOUNIT02 + ". Deadline: its "
               "own time field 4月1日, the year by the notice's own 「二、活动时间 " + SPAN02 + "」 (round 44: the plan's own span gives "
               "the year): 2019-04-01"),
        S(["四", "(二)"], [], [], dl=SPAN02, dln="2019-04-04",
          note="「(二)“清明习俗,缅怀先烈”的主题黑板报 参与班级:一二年级」 — a task (plans-dev 08). Units: " + NOUNIT02 + "; 「一二年级」 "
               "names the classes taking part (round 31: a group of persons, no target). Deadline: no date of its own; the plan's "
               "own span 「" + SPAN02 + "」 is over it (round 43; round 44): 2019-04-04"),
        S(["四", "(三)"], [], [], dl="4月4日下午", dln="2019-04-04",
          note="「(三)“清明节古诗背诵”活动 参与班级:三年级 活动时间:4月4日下午 活动地点:升旗广场」 — a task. Units: " + NOUNIT02
               + ". Deadline: 4月4日 with the notice's own 2019: 2019-04-04"),
        S(["四", "(四)"], [], [], dl=SPAN02, dln="2019-04-04",
          note="「(四)“追忆英雄故事,争做新时代好少年”讲故事活动 / 参与班级:四年级 活动地点:本班级」 — a task; its fields on the next line "
               "are its body. Units: " + NOUNIT02 + ". Deadline: no date of its own; the plan's own span: 2019-04-04"),
        S(["四", "(五)"], [], [], dl="4月3日下午", dln="2019-04-03",
          note="「(五)“缅怀革命先烈,诵读红色家书”活动 参与班级:五六年级 活动地点:淇艺楼 活动时间:4月3日下午」 — a task. Units: "
               + NOUNIT02 + ". Deadline: 4月3日 with the notice's 2019: 2019-04-03"),
        S(["四", "(六)"], [], [], dl="4月1日--4月4日", dln="2019-04-04",
          note="「(六)“给烈士写封信,网上祭英烈”活动 参与班级:全校学生 / 活动时间:4月1日--4月4日」 — a task (the run-on 「五、活动要求」 "
               "after its time opens the next section). Units: " + NOUNIT02 + ". Deadline: the latest date the item prints is its "
               "deadline (round 34): 4月4日 with 2019: 2019-04-04"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 四/(一)–(六). 一 活动目的 (aims, p51e), 二 活动时间 (the plan's span) and 三 活动主题 are childless sections; "
            "「二、」 and 「三、」 stand after a space at the end of the line before (the site joined the lines) and are read as the "
            "headings they are (a page that lost a break leaves its item an item, round 37)",
            "五 活动要求 「各班级要把清明节主题活动作为近期…工作重点,广泛发动、积极参与…」 is a childless top-level section of "
            "requirements with a general call (各班级, rule 3): a section (plans-dev lines 21–25); 7 (it counted, in a plan naming "
            "no unit, plans-dev 08) accepted",
            "the last line 「本文来源:https://www.wddqxz.cn/5」 is the site's (cut)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x366_03_shushan-qu-xuexiao-jiandang-99-zhounian-qiyi-huodong-fangan.txt"
DAY03 = ("「“七一”当天」 (the 集中活动's heading paragraph) is 7月1日, but the piece prints no year: 99周年 is an anniversary, not a "
         "date, and the headline's 2023 is the compilation's — " + NOYEAR + ": written as printed, not checked (RULING? 12: plans-dev "
         "EXPECTED.md resolves an implicit year from the plan's title, 2023-07-01; or 99周年 of 1921 gives 2020-07-01)")
RESP03 = "「负责人:」 after the line names a person, or is left blank: persons are never units (round 30)"
plan(X03,
     title="2023年庆祝七一活动方案范文",
     title_note="line 5 「2023年庆祝七一活动方案范文 篇1」 less its piece mark, the page's heading (line 3) in the same words; a "
                "compilation's head that names the piece's kind is its title, and a year in the head that the body's facts do not "
                "fit (建党99周年 is 2020) is still the head as printed (Round 99 on x360_01, x360_04, x362_06; 范文 kept, Round 91's "
                "x336_01)",
     doc_no="", issuer="a unit of 蜀山区's education system (合肥, 安徽: 「根据区教体局《关于开展建党99周年纪念活动的通知》」, 「“招生咨询”」, "
                       "「蜀山区教育工作」; 「魅力蜀山、首要之区」) — not named, likely a school's party branch",
     date="not shown (建党99周年: 2020 by the anniversary; the headline's 2023)",
     level="school (a 蜀山区 unit under the 区教体局)",
     source=source("https://zuowenba.net/word/734939.html"),
     style="a 范文 site's page: breadcrumb, heading, the piece head 「…篇1」, a preamble, 一、指导思想 (one paragraph), 二、活动安排 with a "
           "lead-in, (一)集中活动 (a paragraph, 服务时间, 「服务内容:1、…」 then 2、, 3、 each followed by a blank 「负责人:」 line), "
           "(二)系列活动 1. (with 「负责人:夏守恒」) and 2. CUT at 「蜀山区教育工作」; blank lines between",
     leaf_tasks=3, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], dl="“七一”当天", skip_deadline=True,
          note="「(一)集中活动 “七一”当天,开展“招生咨询”集中为民服务日活动。…服务时间:上午8:40—11:30 服务内容:1、政策法规宣传(含“招生咨询”) "
               "负责人: 2、志愿劳动 负责人: 3、慰问帮扶困难群众 负责人:」 — one task of fields: the three lines are noun parts of "
               "the one service day the block opens, held at its one time, and a blank 负责人 line names a person's field and gives "
               "no work of its own (round 70's x288_03; round 52's turned x238_03; round 50's x234_02) — turned by \"Round 102 "
               "rulings, written early\" (the three samples 1、–3、 → one, count 5 → 3; aligned by p70e in round 70); c366's "
               "reading, 1、–3、 three leaves (plans-dev 08), stays accepted in the count. Units: " + RESP03 + "; " + NONE
               + ". Deadline: " + DAY03),
        S(["二", "(二)", "1"], [], [],
          note="「1.开展学党史明党情强党性活动。通过举办党史专题报告会、集中学习党的重要文献、观看电教片、参观见学等多种形式,加深党员对党史党情的了解,…转化为跨越发展、促进和谐的精神动力。 / 负责人:夏守恒」 — "
               "a task. Units: 夏守恒 is a person (" + PERSON + "); 开展 without 组织 is outside the list (round 30): " + NONE
               + ". Deadline: 「“七一”前后」 in 二's lead-in is a span round a day with no year, and the item prints no date: "
               + NODATE),
        S(["二", "(二)", "2"], [], [],
          note="「2.召开纪念座谈会。邀请老干部、老党员、优秀共产党员、“两代表一委员”、群众代表,畅谈在党的领导下蜀山区教育工作」 (" + CUT
               + ") — " + CUTVERB + ": a task. Units: 召开 without 组织 (round 30); the guests are persons: " + NONE + ". 「一次」 "
               "is not printed; 「两代表一委员」 is a name (head: names with digits are not targets). " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves (turned from 5 by \"Round 102 rulings, written early\"): 二/(一), one task of fields, and 二/(二) 1.–2. (2. "
            "CUT). 一 指导思想 is guiding ideas (p51e), a childless section. 二's "
            "lead-in 「庆祝建党*周年纪念活动分为…」 says how the work is divided. (一)'s paragraph 「“七一”当天,开展…活动。…参加活动党员"
            "应统一佩戴党徽。」 and 「服务时间:上午8:40—11:30」 are the heading's body and a field; the 1、–3、 under it are the one "
            "service day's parts, its fields (c366 read them as its leaves, count 5, accepted)",
            "「99周年」 is an anniversary, 「8:40—11:30」 a clock time (head: not targets); 「*」 and 「xx」 are the site's masks"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x366_04_canglong-xiaoxue-zhongqiujie-fangjia-tongzhi.txt"
ADDR04 = "the addressee line 「各级各类学校:」"
PERIOD04 = ("「节假日期间」／「中秋节期间」 in the item's own text name the holiday the notice prints, 9月15日至17日 (p44e; Round 90's "
            "governs on x126_02), but the year is masked (「20xx年」), and the piece head's 「2017年」 is the compilation's — the "
            "calendar 「9月18日(星期日)」 fits 2016 and not 2017 (Round 99 on x360_04: a weekday fixes a year only where the printed "
            "facts agree) — " + NOYEAR + ": written as printed, not checked")
plan(X04,
     title="2017年小学关于中秋节放假的通知",
     title_note="line 5 「2017年小学关于中秋节放假的通知范文一」, the first piece's head, less its piece mark 范文一 (as 篇1; Round 99 "
                "on x360_01, x360_04: a year in the head that the body's facts do not fit is still the head as printed); the text "
                "holds two notices, and the first's title is the plan's — RULING? 5 (the page's headline 「小学关于中秋节放假的通知范文"
                "精选」, line 1, the other)",
     doc_no="", issuer="苍龙小学 (「书面报苍龙小学办公室」, 「送交苍龙小学李远鹏同志处」: the school that writes to 各级各类学校, a central "
                       "school over its schools) for the first notice; the second is a 中职 school's (「各专业系(部)」, 「花都校车」, 广州) — "
                       "neither place printed beyond these",
     date="not shown (「20xx年xx月XX日」; the site's 2021-09-30)",
     level="school (a central primary school over 各级各类学校), and a vocational school (the second notice)",
     source=source("http://huaxiashiwen.com/xuexi/tongzhi/749933.html"),
     style="a 范文 site's page: headline, the site's time line, 「…范文一」, addressee, preamble, 一、 calendar, 二、 and 三、 one "
           "paragraph each, a masked date line; then 「…范文二」, addressee 「各处(室)、各专业系(部):」, preamble, 一、放假时间 1、–3、, "
           "二、具体事项安排 (一) CUT at 「将各班留校人」; blank lines between",
     leaf_tasks=3, count_alternatives=[2, 4], attachment_task_rows=0, childless_top_level_sections=["一、中秋节放假调休安排"],
     samples=[
        S(["二"], [], [], dl="节假日期间", skip_deadline=True,
          note="「二、节假日期间,各级各类学校务必要安排部署好政务值班和应急值守工作,实行24小时值班制,并提前将值班人员及值班电话书面报苍龙小学办公室;中秋节期间要加强值班工作联系,遇有紧急重大情况和突发事件,要按规定及时报告值班室(电话:xxxxx)并妥善处置。」 — "
               "a childless top-level point that gives work by 要 in a notice of numbered points is a task (Round 84's p61c-1; "
               "c360's x360_06). Units: 各级各类学校 repeats " + ADDR04 + " (" + CALLBACK + "); 苍龙小学办公室 and 值班室 receive "
               "(rule 3): " + NONE + ". 「24小时」 is the duty's form, a norm of the rota (round 30's norm; head: no target). "
               "Deadline: " + PERIOD04 + ". The duty list sent to the 办公室 is a duty (below)"),
        S(["三"], [], [], dl="中秋节期间", skip_deadline=True,
          note="「三、各级各类学校要按照有关要求统筹安排好中秋节期间的安全稳定和其他各项工作,尤其在放假前务必开展好具有针对性的安全教育,并将相关资料送交苍龙小学李远鹏同志处,确保师生祥和平安度过节日假期。」 — "
               "a task (Round 84's p61c-1). Units: " + CALLBACK + "; 李远鹏 is a person: " + NONE + ". Deadline: " + PERIOD04
               + " (the latest period it names, 中秋节期间 with 放假前 before it). The papers sent are a duty (below)"),
        S(["二", "(一)"], [], [], dl="9月12日12:00前", skip_deadline=True, **at(X04, "(一)"),
          note="the second notice (「2017年小学关于中秋节放假的通知范文二」): 「(一)做好学生的留校情况登记。9月12日12:00前,各班主任将本班级留校生的登记表交到学生处,学生处在9月12日下午16:30前将各班留校人」 (" + CUT + ") — "
               "when one text holds two documents each with its own title and numbering, the tasks of both are counted, in order "
               "(CONVENTIONS, What is a task); the path is the second notice's own numbering (line given). A task. Units: the "
               "班主任 are persons; 学生处 is the subject of 将 (a sending, outside rule 2's list, round 30): " + NONE + ". Deadline: "
               "「9月12日12:00前」 (the latest printed, 16:30前, is the cut onward sending; round 34) with the year masked "
               "(「20x年」): " + NOYEAR + " — not checked"),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "各级各类学校 send the duty staff and duty telephone numbers in writing to 苍龙小学办公室 (in advance, 提前)",
              "when": None, "when_norm": None},
             {"what": "各级各类学校 send the safety-teaching papers (相关资料) to 苍龙小学's 李远鹏", "when": None, "when_norm": None},
             {"what": "各班主任将本班级留校生的登记表交到学生处 (second notice)", "when": "9月12日12:00前",
              "when_norm": None}],
     notes=["3 leaves: the first notice's 二、 and 三、, and the second's 二/(一) (CUT). The first notice's 一、 「9月15日至17日放假调休,共3天。"
            "9月18日(星期日)上课。」 is a holiday calendar, no work (Round 89 on x330_01; Round 99 confirmed x360_02 1、): a childless "
            "section. The second's 一、放假时间 1、 (the dates), 2、 (「…没有工作安排的教职工可提前离校,…整改完毕后方能放假离校」: when staff "
            "may leave, part of the calendar) and 3、 (the school bus's time) give no work of their own — RULING? 6: 2、 read as a "
            "rule on the staff's conduct (Round 91 on x336_07 一/4) gives 4 — accepted; 2 (the first notice alone, the second "
            "read as another page's piece) accepted",
            "「3天」「3.5天」 are the calendars' lengths; 「24小时」 a rota's form; 「12:00」「16:30」「14:40」 clock times (head)",
            "duties: sendings of lists and papers to the body that gathers them are the notice's duties (round 49's p46c; Round "
            "97's x353_03; Round 99 on x363_01), undated where no time is printed; the second notice's register is dated "
            "with no year (no norm)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x366_05_guorao-zhongxue-chongyangjie-ganen-huodong-fangan.txt"
TIME05 = ("「四、活动过程:重阳节前后两天及重阳节当日。」 (the site moved 二 活动时间's value there) spans the items, but no year is "
          "printed (the headline's 2021 is the compilation's): " + NOYEAR + " — written as printed, not checked")
NOUNIT05 = ("no unit is named anywhere in the piece (校, 学生会, 各班级 are the school itself, its pupils' council and its classes, "
            "each the subject of a verb outside rule 2's list — 利用, 下发, 围绕…设计: round 30): " + NONE)
plan(X05,
     title="中学重阳节活动方案",
     title_note="line 13 「中学重阳节活动方案1」, the piece head, less its piece mark 1 (Round 99 on x360_01, x360_04: a compilation's "
                "piece head naming the piece's kind is its title once the mark is off) — RULING? 7 (the page's headline "
                "「2021中学重阳节活动方案范文」, lines 5 and 11, the other)",
     doc_no="", issuer="古饶中学 (「通过活动展现古饶中学孝老爱亲的良好精神风貌」; 古饶镇, 三江县, 广西) — its own words",
     date="not shown (the headline's 2021)",
     level="school (中学) for its pupils",
     source=source("https://www.boxueka.com/xzgwxz/fangan/711q4o.html"),
     style="a 范文 site's page: breadcrumb, headline, the site's 推荐人／来源／阅读 line, the site's preamble, the headline again, the "
           "piece head 「中学重阳节活动方案1」, 一、活动目的 (a paragraph), 二、活动时间: and 三、活动对象: left empty, 「四、活动过程:」 with "
           "the time and the participants the site moved there, a paragraph, then 1、–4、 (4、 CUT inside 「孝亲承诺语」)",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活动目的", "二、活动时间:", "三、活动对象:"],
     samples=[
        S(["四", "1"], [], [], dl="重阳节前后两天及重阳节当日", skip_deadline=True,
          note="「1、认真做好宣传工作:校利用周一的国旗下讲话,大力向广大学生宣传重阳节敬老活动的重要目的和意义;学生会下发活动倡议书」 — a "
               "numbered leaf of a plan that names no unit is a task (plans-dev 08; seed 003). Units: " + NOUNIT05 + ". Deadline: "
               + TIME05),
        S(["四", "2"], [], [], dl="重阳节前后两天及重阳节当日", skip_deadline=True,
          note="「2、开展“爱在重阳,贵在行动”主题班会活动,各班级围绕主题,自主设计活动方案。」 — a task. Units: " + NOUNIT05
               + ". Deadline: " + TIME05),
        S(["四", "3"], [], [], dl="重阳节前后两天及重阳节当日", skip_deadline=True,
          note="「3、利用校园广播,通过学生自主探究,搜集重阳节典故,在广播站交流重阳节传统习俗及敬老的感人故事」 — a task. Units: " + NOUNIT05
               + ". Deadline: " + TIME05),
        S(["四", "4"], [], [], targets=[(1, "件"), (1, "张"), (1, "句")], dl="重阳节前后两天及重阳节当日", skip_deadline=True,
          note="「4、在广大学生中开展“四个一活动,让夕阳更灿烂”活动。即:为老人做一件好事、听老人讲过去的故事、为老人制作一张“感恩卡”、为老人写一句“孝亲承诺语」 (" + CUT
               + ") — " + CUTVERB + ": a task. Units: " + NOUNIT05 + ". Targets: the per-pupil counts of work the item gives, "
               "一件好事, 一张“感恩卡”, 一句 (printed before the cut) — " + WORKCOUNT + "; per-person quantities as c360 read x360_07 "
               "3's 一份: 1 件, 1 张, 1 句; 「四个一」 is the activity's name (head: names with digits are not targets) — RULING? 8 "
               "(the 一s read as the name's four parts, a slogan, give no targets). Deadline: " + TIME05),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 四/1–4 (4 CUT, its verb printed). 一 活动目的 (aims, p51e); 二 活动时间: and 三 活动对象: are empty fields; 四's "
            "value 「重阳节前后两天及重阳节当日。全校学生。」 holds 二's and 三's values (the site's slip, kept), and its paragraph "
            "「活动以学校、班级为单位,…」 says how the work is done, the heading's body",
            "the site's preamble 「为了确保活动有序有力开展,…希望对大家有所帮助。」 and its 推荐人 line are chrome; 「2.04W」 a view count"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x366_06_tashi-xuexiao-chongyangjie-jinglaoyuan-weiwen-huodong-fangan.txt"
plan(X06,
     title="《岁岁重阳,今又重阳》学校重阳节活动方案",
     title_note="line 5, the piece's own title line (round 48: the title as printed, its book-title marks kept); line 1 is the site's "
                "heading 「学校重阳节活动方案」, line 3 its tag, line 4 its date — the heading accepted as the other reading "
                "(RULING? 9)",
     doc_no="", issuer="a school's 大队部 and 团组织 at 塔石 (「我们塔石大队部及团组织」, 「塔石镇敬老院」; 塔石镇, 龙游县, 浙江) — not named",
     date="not shown (the site's 2011/9/23; 10月5日 重阳 fits 2011)",
     level="school (its Young Pioneers' brigade and Youth League)",
     source=source("https://www.027art.com/fanwen/chongyangjie/320070.html"),
     style="a 范文 site's short page, whole: heading, tag 「重阳节」, date, the piece's title, three unnumbered paragraphs (the festival, "
           "why the old are honoured, the brigade's visit), then two field lines 「时间:」 and 「人员:」 (the second with the site's "
           "「(转载自第一范文网…)」 mark inside a word)",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["0 leaves. The piece has no numbering. Its paragraphs state the festival (「10月5日是…重阳节。」), the custom and the duty "
            "to honour the old (text), and the one event it plans — 「…我们塔石大队部及团组织准备参加“《岁岁重阳,今又重阳》”主题活动,为塔石"
            "敬老院的老爷爷、老奶奶带上我们的关爱和节日的慰问。」 — inside a paragraph that opens with the custom; 「时间:…」 and 「人员:…」 are "
            "that event's " + FIELDS + ". The plan's one event is the plan itself, not an item of it (as x360_01's venues). "
            "RULING? 10: the paragraph that announces the visit read as the text's one unnumbered paragraph giving work (round "
            "38; Round 65 on x277_07) gives 1 — accepted",
            "「10月26日中午12:00」 is the event's time field (no year printed; " + NOYEAR + "); 「1989年」 a past year; 「21世纪」 a "
            "name; 「九九」 the festival's day"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x366_07_taicang-shiwei-laoganbuju-jinglaoyue-qixiang-huodong.txt"
ACT07 = ("a labelled activity the bureau's piece announces (「太仓市委老干部局举办“七项活动”喜庆“敬老月”」), each an act of its "
         "programme for the festival: a task (Round 91 on x336_04; Round 95 confirmed x348_02 1、–9、; Round 99 confirmed c360's "
         "x360_07 1.–5.); the label 一是 that opens the line is its path element (Round 89's x330_06 一是; Round 99 on x361_01's 情况一)")
LEAD07 = ("the lead-in's subject 太仓市委老干部局 acts by 举办, outside rule 2's list, so the paragraph gives the items no units (rule 4; "
          "Round 99 confirmed x360_07 2.)")
DATE07 = ("the piece prints no year (「江苏省第23个敬老日」「全国第一个敬老月」 are ordinals of names; the site's page is not in the "
          "excerpt): " + NOYEAR + " — written as printed, not checked")
plan(X07,
     doc_no="", issuer="太仓市委老干部局 (苏州, 江苏; the piece on 中共苏州市委老干部局's site)",
     title_note="no title: the page's opening as the corpus holds it starts with the lead-in paragraph (no menu, headline or date "
                "line), so no title is checked",
     date="not shown (重阳 on 10月16日 with 全国第一个敬老月: 2010, not printed)",
     level="county-level city bureau (市委老干部局) for the city's retired cadres",
     source=source("http://www.lgbj.suzhou.gov.cn/Info_Detail.aspx?id=4256"),
     style="a bureau site's news piece in the form of a programme: a lead-in paragraph, 一是–七是 each one line, and a lone 「|」 "
           "(the page's table edge)",
     leaf_tasks=7, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一是"], [], [], targets=[(1, "部")], dl="10月8日下午", skip_deadline=True, **at(X07, "一是"),
          note="「一是放映一部电影。10月8日下午在老干部活动中心常青藤报告厅内放映电影《人在囧途》。」 — " + ACT07 + ". Units: no subject: "
               + NONE + "; " + LEAD07 + ". Target: 「一部」, " + WORKCOUNT + ": 1 部. Deadline: " + DATE07),
        S(["二是"], [], [], **at(X07, "二是"),
          note="「二是举办各项老干部棋牌球类比赛。各老干部协会分别举行桌球、象棋、麻将、桥牌等比赛。」 — " + ACT07 + ". Units: 各老干部协会 is "
               "the subject of 举行, outside rule 2's list (round 30): " + NONE + ". " + NODATE),
        S(["三是"], [], [], dl="10月12日下午1:00", skip_deadline=True, **at(X07, "三是"),
          note="「三是开设各项咨询服务。10月12日下午1:00在活动中心大院内专设医疗、心理、婚姻、法律、理财等方面咨询服务及理发服务。」 — " + ACT07
               + ". " + NONE + ". Deadline: " + DATE07),
        S(["四是"], [], [], targets=[(1, "场")], dl="10月12日下午1:30", skip_deadline=True, **at(X07, "四是"),
          note="「四是举办全省第23个敬老日暨太仓市委老干部局成立30周年庆祝活动。10月12日下午1:30在常青藤报告厅举行庆祝活动,…庆祝大会上市委书记浦荣皋作专题讲话,副书记、组织部长秦建明主持,…出席大会。之后,由老干部工作者、老干部、老干部社区服务中心志愿者共同编排了一场精彩的文艺汇演。」 — "
               + ACT07 + ". Units: the speakers and chairs are persons; 「由A共同编排」 names as agents 老干部工作者, 老干部 and the "
               "centre's 志愿者, all persons (" + PERSON + "; the centre stands inside the noun, round 30): " + NONE + ". Target: "
               "「一场」 文艺汇演, " + WORKCOUNT + ": 1 场; 「第23个」「30周年」 are a name's ordinal and an anniversary. Deadline: " + DATE07),
        S(["五是"], [], [], targets=[(10, "位")], dl="在敬老日庆祝大会上", skip_deadline=True, **at(X07, "五是"),
          note="「五是向85周岁以上老干部送“寿”字。特聘著名书法家为全市85周岁以上老干部书写“寿”字,装裱后,在敬老日庆祝大会上,市委、市政府领导向10位85周岁以上老干部代表送“寿”,其余近六十幅“寿”字,逐日由工作人员分别送致老干部手中,…」 — "
               + ACT07 + ". Units: 市委、市政府领导 are persons (the bodies inside the noun, round 30; Round 99 on x360_07 1.), and 工作人员 "
               "are persons: " + NONE + ". Targets: 「10位…代表」, the number the item's own presenting reaches, " + WORKCOUNT
               + ": 10 位; 「85周岁以上」 is an age band naming a group of persons (round 31: no target); 「近六十幅」 is an "
               "approximate remainder, no number the item sets (RULING? 11: 60 幅 read as a second figure of work). Deadline: "
               "「在敬老日庆祝大会上」 points to 四是's event (10月12日), with no year: " + DATE07),
        S(["六是"], [], [], targets=[(1, "场")], **at(X07, "六是"),
          note="「六是举办一场健康知识讲座,特邀江苏省委老干部局县市处朱义豪处长为老干部作“树信心、保健康、促长寿”健康知识讲座。」 — " + ACT07
               + ". Units: the invited speaker is a person (his 处 inside the noun, round 30): " + NONE + ". Target: 「一场」, "
               + WORKCOUNT + ": 1 场. " + NODATE),
        S(["七是"], [], [], targets=[(1, "次")], **at(X07, "七是"),
          note="「七是举办一次国防报告会,特邀请南京政治学院上海分院博士导师奚纪荣大校为老干部作新军事变革与中国国防现代化报告会。」 — " + ACT07
               + ". Units: the speaker is a person: " + NONE + ". Target: 「一次」, " + WORKCOUNT + ": 1 次. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 一是–七是. The lead-in 「今年10月16日是…重阳节,又是江苏省第23个敬老日,…太仓市委老干部局举办“七项活动”喜庆“敬老月”。」 "
            "gives the occasion; 「七项」 counts the programme's parts (a plan-level count in a lead-in, not checked); 「第23个」「第一个」 "
            "are ordinals of names (head)",
            "二是, 六是, 七是 print no date and the 敬老月 names the occasion (as c360 read x360_07's 老年节): no deadline; the last "
            "line 「|」 is the page's table edge"])

write_collected(DIR)
