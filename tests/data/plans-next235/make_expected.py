# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next235/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c235, round 47: eight page openings of plans from outside Shanghai — an XX縣氣象局's
3.23世界氣象日活動方案 (traditional; 20** masked, 「今年3月23日是世界氣象日第52個紀念日」; fields 一–四, 五、活動內容 1、–4、 with
(1)(2) run in, CUT); 成都 市人口計生委's 2014 “7.11”世界人口日 主題宣傳活動方案 (traditional with the site's inline pinyin
「活動(dòng)」; 二、活動要求 (一)(二) run-in headings, 「開展好1-2項」, CUT); 焦作's 文化和自然遗产日活动方案篇1 (a compilation's piece;
20__ masked; 四、活动内容 (一)(二) with 时间／地点／内容 fields, CUT); a 縣's 全國碘缺乏病防治日活動方案篇一 (traditional with inline
pinyin; 20xx masked, 「今年5月15日是全國第23屆」; 四 (一) 「縣文化體育廣播影視局負責…」 (二) 「縣衛(wèi)生局、教育局、鹽務(wù)局等單位牽頭」, CUT);
a 地区's 2016 第23个防治碘缺乏病日活动方案 (one day; 参加人员 lists; 四、活动分工 1 「xx市负责…」 2 「地、市各相关成员部门负责制作横幅」
with a list of 14 slogans each with a body in brackets, CUT); a 区's 2017年卫生局 碘缺乏病防治日 宣传活动方案 (three headed points,
「区疾控中心将联合区盐务局…开展」, a dated sending 「于5月20日前…报疾控中心防疫科」; the ordinal says 2016); a 县疾控中心's
世界狂犬病日宣传活动实施方案 (20** masked, 「第5个」; a lead-in 「各乡镇(中心)卫生院、社区卫生服务中心要…组织…」 over 1、–4、, 「至少一条
横幅」, CUT); an xx市's “5.18”國際博物館日活動方案 篇1 (traditional with inline pinyin; items 一–六 each followed by 「承辦單位:…」,
no year in the text, CUT)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–49 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c235.

    PYTHONPATH=. python tests/data/plans-next235/make_expected.py tests/data/plans-next235
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (numbers run in inside one paragraph): the line where the nth marker
# ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同／联合B…; round 30: a closed list, which stands outside articles, round 44): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 43: 参加人员 names persons; round 42: 干部／领导 are persons)"
ORDINAL = ("RULING? 1: the year is masked in the text; the ordinal of the yearly day the preamble prints fixes the plan's year "
           "(round 49, x230_02 「今年3月3日是第18次…」), and a masked year is filled from the year the plan fixes (round 46, x209_05)")
MASKED = "the year is masked 「20__」 and the day's ordinal too 「第__个」: nothing fixes the year, the deadline is not checked"
NOYEAR = ("no year is printed in the text (the piece header's 「2025年」 is the site's heading, and its year dates nothing: "
          "rounds 45, 48, 49 on x222_05 and x231_07): the deadline is not checked")
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x235_01_xx-xian-qixiangju-shijie-qixiangri-huodong-fangan.txt"
SPAN01 = ("round 42 (continued) and round 37: 二、活動時間 「20**年3月17日至3月23日」 is the activity's span stated once for the whole "
          "activity, so an item with no date of its own is due at its end, 3月23日; " + ORDINAL + ": 第52個 → 2012")
plan(X01,
     title="3.23世界氣象日活動方案",
     title_note="lines 5 and 9 (the page prints the plan's name twice, before and after the preamble); line 1 is the site's name, "
                "line 3 its breadcrumb",
     doc_no="", issuer="XX縣氣象局 (masked; 「我局」, 「XX縣氣象局全體職工」; its 市局 and 省氣象局 above it; the province not named)",
     date="masked (「20**年3月17日至3月23日」; 「世界氣象日第52個紀念日」 and the theme 《天氣、氣候和水為未來增添動力》 are 2012's)",
     level="county body (XX縣氣象局, masked)",
     source=page_source("https://jjfwb.com/zh-hk/fangan/cehua/mrme91.html"),
     style="a 範文 site's page in traditional characters: site name, breadcrumb, title, preamble (「今年3月23日是世界氣象日第52個紀念日」, "
           "「20**年」 masked), the title again, 一、活動主旨 (an aim), 二、活動時間 (a span), 三、活動地點, 四、參加人員 (fields), 五、活動內容 "
           "1、 with (1)(2) run in inside its paragraph, 2、 「XX縣科協聯合開展…,計劃接待小學生300-500人」, 3、, 4、 — CUT in 4、; no unit in "
           "a ruled form anywhere",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、活動主旨", "二、活動時間", "三、活動地點", "四、參加人員"],
     samples=[
        S(["五", "1", "(1)"], [], [], dl="3月18日", dln="2012-03-18", **at(X01, "(1)"),
          note="round 34: numbers inside one paragraph that run from 1 are items as if each stood at a line start, so 1、's (1)(2) "
               "are its items (the count 4 that keeps 1、 one task is accepted); 「3月18日邀請XX市局同行來局座談」 — no subject, 邀請 is no "
               "rule-2 verb, and the invited body is no unit (rule 3; round 40: invited overseers): " + NONE + "; the item's own date "
               "(round 37: an item's own date wins over the span); " + ORDINAL + ": 2012"),
        S(["五", "1", "(2)"], [], [], dl="3月23日", dln="2012-03-23", **at(X01, "(2)"),
          note="「3月23日邀請縣科協.縣農委等部門座談…,並觀模我局…」 — the invited bodies are no units (rule 3; round 40): " + NONE
               + "; the item's own date; " + ORDINAL + ": 2012"),
        S(["五", "2"], [], [], [(300, "人")], dl="(3月17日至3月23日)", dln="2012-03-23",
          responsible_alternatives=[["XX縣科協"]],
          note="「XX縣科協聯合開展XX縣氣象科普開放周活動」: 聯合 with no object is an adverb and the verb decides (round 43: 「A、B联合印发」); "
               "開展 is no rule-2 verb: " + NONE + " (RULING? 2: [XX縣科協] accepted, for a reader who takes the issuer as 聯合's "
               "dropped partner, round 34's 「A联合B＋verb」); 「計劃接待小學生300-500人」 — the persons the item's work reaches are its "
               "target (round 44 「改造100户」; round 49: the number an item selects or visits), and a range is read at its lower edge "
               "(round 32): 300 人; the item's own span's end; " + ORDINAL + ": 2012"),
        S(["五", "3"], [], [], dl="20**年3月17日至3月23日", dln="2012-03-23",
          note="「發放氣象小常識宣傳冊。通過發放…」 — a run-in item with no subject: " + NONE + "; no number is written (supplies "
               "are means anyway, round 44); " + SPAN01),
        S(["五", "4"], [], [], dl="20**年3月17日至3月23日", dln="2012-03-23",
          note="「宣傳氣象知識及氣象探測環境保護相關法律法規。…」: " + NONE + "; " + CUT + "; " + SPAN01),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 五/1/(1), 五/1/(2), 五/2, 五/3, 五/4 (CUT). 一、活動主旨 states an aim (round 49 turned: aims give no work), "
            "二–四 only say when, where and who takes part (round 42 continued; round 44; 參加人員 are persons, round 43): sections. "
            "Accepted: 4 (1、 one task with (1)(2) as its text)",
            "no body is named in a ruled form anywhere on the page: a plan naming no units, every leaf that gives work a task "
            "(rounds 25/27, 47, 49)",
            "the year: 「20**」 masked; 「今年3月23日是世界氣象日第52個紀念日」 fixes 2012 (World Meteorological Day is kept from 1961; the "
            "theme 《天氣、氣候和水為未來增添動力》 is 2012's) — RULING? 1",
            "「縣科協.縣農委」 (an ASCII full stop between names), 「控討」「觀模」 and 「氣 象」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x235_02_chengdu-2014-shijie-renkouri-zhuti-xuanchuan-huodong-fangan.txt"
plan(X02,
     title="2014“7.11”世界人口日主題宣傳活動(dòng)方案",
     title_note="line 1 as printed, the site's inline pinyin 「(dòng)」 kept (round 39: kept as printed)",
     doc_no="", issuer="成都 市人口計生委 (「成都篇章」, 「市人口計生委將…」; addressed to 各區(市)縣人口計生局、高新區社會事業局)",
     date="not shown (2014: 「2014年7月11日是第25個世界人口日」)", level="city (成都, its 市人口計生委)",
     source=page_source("http://fuchuonang.cn/cehuashu/54803.html"),
     style="a copy in traditional characters with the site's INLINE PINYIN after many characters 「活動(dòng)」「計(jì)生局」 and a stray "
           "「?」 (「成都篇章?tīng)I(yíng)造」): title, addressees, preamble (2014), 一、活動主題 (a field), 二、活動要求 (一)(二) run-in headings "
           "over paragraphs 「(一)加強領導,周密部署。世界人口日前後,市人口計生委將…各區(市)縣人口計生局要…開展好1-2項…」 — CUT in (二)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、活動(dòng)主題"],
     samples=[
        S(["二", "(一)"], [], [], [(1, "項")], dl="世界人口日前後", dln="2014-07",
          note="「市人口計生委將通過舉辦專家講座…等形式廣泛宣傳…」 — 宣傳 is no rule-2 verb, 將 changes nothing; 「各區(市)縣人口計生局要"
               "高度重視,統一部署,協調相關部門積極參與,…扎實開展好1-2項社會宣傳活動」 — 部署／協調／開展 are no rule-2 verbs (round 30's "
               "closed list), the object of 協調 is no unit (the pivot rule, round 30) and 參與 with no doer gives nothing (round 46): "
               + NONE + "; 「開展好1-2項」 — a range of a number to do read at its lower edge (round 32; round 49): 1 項; "
               "12356 is a hotline's number (a name with digits, not a target); round 49 (x231_06 二): 「世界人口日前後」 in the item's "
               "own text dates it by the day's month in the year the text prints: 2014-07"),
        S(["二", "(二)"], [], [],
          note="「整合資源,營造氛圍。各地要以世界人口日為契機,…大力宣傳…」 — 各地 is a general call and names no kind (round 32): "
               + NONE + "; 「以世界人口日為契機」 names the day as an occasion, not a period the work is done in (no 前後／期間, round "
               "49), and the preamble's calendar fact sets no span (round 47): " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/(一), 二/(二) (CUT); 一、活動主題 is a field (round 42 continued: a section that only gives the "
            "theme)",
            "the pinyin glosses and the stray 「?」 are the site's; kept as printed (round 39)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x235_03_jiaozuo-wenhua-yichanri-huodong-fangan-pian1.txt"
plan(X03,
     title="文化和自然遗产日活动方案",
     title_note="line 4, the compilation's piece header 「文化和自然遗产日活动方案篇1」 less its number 「篇1」 (round 48 on x222_05, round 49 "
                "on x231_07 and x231_08: a compilation's number is a mark, dropped like 【一】 and 【篇一】); lines 1–2 are the site's "
                "headline 「…(10篇)」",
     doc_no="", issuer="焦作 (「举办焦作市庆祝…」; a city's culture body, not named)", date="masked (「20__年6月9日至6月20日」, 「第__个」)",
     level="city (焦作市)",
     source=page_source("https://yfs8.com/news/1072698.html"),
     style="a 范文 site's compilation: headline, intro, piece header 「…篇1」, preamble (「20__年6月13日是我国第__个“文化遗产日”」), "
           "一、活动宗旨 (an aim), 二、活动主题, 三、时间安排 (a masked span), 四、活动内容 (一)(二) each a heading with 时间／地点／内容 "
           "field lines — CUT in (二)'s 内容",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活动宗旨", "二、活动主题", "三、时间安排"],
     samples=[
        S(["四", "(一)"], [], [], skip_deadline=True, not_targets=[(30, "年")],
          note="round 35: numbered lines that are the fields of one item (时间／地点／内容) are that item's fields, so (一) is one task; "
               "「召开市文博考古学会年会和…座谈会」「内容:开展学术研讨…」 — no subject, 开展 no rule-2 verb: " + NONE + "; 「从事文化遗产"
               "保护工作30年老同志」 names a group of persons by a span of service, with no comparison word (round 31: a kind of person): "
               "not a target; 「时间:6月9日—10日」 is the item's own date but " + MASKED),
        S(["四", "(二)"], [], [], skip_deadline=True,
          note="「举办焦作市庆祝…免费开放仪式」 with fields; 「拟请市领导颁发…」 — persons; 「仪式前组织部分非物质文化遗产项目展演」 — "
               "组织 with no subject names no doer (round 41: a run-in item with no subject); 「各县市区主管领导,文化局局长、…副局长」 "
               "— persons (" + PERSON + "): " + NONE + "; 「时间:6月13日上午8:30」 (a clock time is no target) — " + MASKED + "; "
               + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 四/(一), 四/(二) (CUT), each with its 时间／地点／内容 field lines (round 35); 一、活动宗旨 (an aim, round 49 "
            "turned), 二、活动主题 and 三、时间安排 (fields, round 42 continued) are sections",
            "the years and ordinals are masked 「20__」「第__个」: no deadline is checked; the line break inside 「组织部 / 分」 is the page's"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x235_04_xian-quanguo-dianquefabing-fangzhiri-huodong-fangan-pianyi.txt"
SPAN04 = ("round 42 (continued), round 37: 三、活動日期 「20xx年5月15日至26日」 is the activity's span stated once for the whole "
          "activity, so an item with no date of its own is due at its end; " + ORDINAL + ": 「今年5月15日是全國第23屆」 → 2016 (the "
          "day is kept from 1994; x235_05 prints 「2016年5月15日是我国第23个」): 2016-05-26")
plan(X04,
     title="全國碘缺乏病防治日活動方案",
     title_note="line 2, the compilation's piece header 「全國碘缺乏病防治日活動方案篇一」 less its number 「篇一」 (round 48 on x222_05, round "
                "49 on x231_07: 【篇一】 and the like are marks); line 1 is the site's intro",
     doc_no="", issuer="a 縣 (not named; 「全縣」「我縣」, 「國家和自治區的防治政策」: an autonomous region)",
     date="masked (「20xx年5月15日至26日」; 「今年5月15日是全國第23屆」: 2016)", level="county (a 縣, not named)",
     source=page_source("http://mlvmservice.com/zuowen/12957534.html"),
     style="a 作文 site's page in traditional characters with the site's INLINE PINYIN after some characters 「實(shí)施」「負(fù)責(zé)」 (also "
           "inside names: 「縣衛(wèi)生局」「鹽務(wù)局」): a site intro, the piece header 「…篇一」, preamble (「今年5月15日是全國第23屆」, 20xx masked), "
           "一、宣傳活動的目的。 (an aim), 二、活動主題。, 三、活動日期 (a masked span), 四、宣傳活動安排。 (一) 「縣文化體育廣播影視局負責…」 (二) "
           "「縣衛生局、教育局、鹽務局等單位牽頭,通過…」 — CUT at a lone 「(」",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、宣傳活動的目的。", "二、活動主題。", "三、活動日期"],
     samples=[
        S(["四", "(一)"], [], ["縣文化體育廣播影視局"], lead_alternatives=[["縣文化體育廣播影視局"]], dl="20xx年5月15日至26日",
          dln="2016-05-26",
          note=R2 + ": 「縣文化體育廣播影視局負(fù)責(zé)播放專題宣傳節目和電視宣傳字幕」 — the subject of 負責 (the pinyin after 負 and 責 "
               "is the site's); " + ONE + "; " + SPAN04),
        S(["四", "(二)"], ["縣衛(wèi)生局", "教育局", "鹽務(wù)局"], ["縣衛(wèi)生局", "教育局", "鹽務(wù)局"], dl="20xx年5月15日至26日",
          dln="2016-05-26",
          note=R2 + ": 「縣衛(wèi)生局、教育局、鹽務(wù)局等單位牽頭,通過設置宣傳咨詢點,…組織專家現場咨詢…」 — A、B、C牽頭: lead and responsible "
               "A, B, C (round 35: 「A、B、C等部門」 with separate heads give A, B, C, the 等… tail dropped; round 36: bodies that 牵头 "
               "are all leads); names as printed with the site's inline pinyin (round 39: kept as printed); the experts organised are "
               "persons; " + SPAN04),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 四/(一), 四/(二); the page ends on a lone 「(」 (a third item whose number and text are lost: no item); "
            "一、宣傳活動的目的。 (an aim, round 49 turned), 二、活動主題。 and 三、活動日期 (fields, round 42 continued) are sections. "
            "Accepted: 3 (with the cut 「(」)",
            "RULING? 1: the masked 「20xx」 filled with 2016 from 「今年…第23屆」"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x235_05_diqu-2016-fangzhi-dianquefabingri-huodong-fangan.txt"
DAY05 = ("round 42 (continued): 一、活动时间 「2016年5月17日上午11∶30」 — a single day stated once for the whole activity is its span, "
         "one day long: items with no date of their own are due that day (the clock time is no target; 「活动结束后」 is a time "
         "from an event, round 34)")
BANNERS = ["地、市各相关成员部门", "卫生局", "广电局", "残联", "工商局", "妇儿工委", "质监局", "关心下一代工委会", "经贸委", "盐务局",
           "教育局", "计生委", "妇联", "发改委"]
plan(X05,
     title="2016第23个防治碘缺乏病日活动方案",
     title_note="line 1, the page's only title",
     doc_no="", issuer="a 地区 (not named; 「地区卫生局…盐务局」, 「xx市」 under it; 「汉、维文」 banners: Xinjiang)",
     date="2016 (「2016年5月15日是我国第23个…」; the activity on 2016年5月17日)", level="prefecture (a 地区, with its xx市)",
     source=page_source("http://aihuau.com/a/9359471/941123417.html"),
     style="a copy: title, preamble, 一、活动时间 (one day), 二、活动地点 (「由xx市安排布置」 in a bracket), 三、参加人员 1、–3、 (persons), "
           "四、活动分工 1、 「xx市负责宣传活动的具体实施…」 2、 「地、市各相关成员部门负责制作横幅…横幅内容:」 then (一)–(十四) slogans each "
           "with a body in brackets 「(卫生局)」 — CUT in (十四)",
     leaf_tasks=2, count_alternatives=[5, 15, 18], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间", "二、活动地点"],
     samples=[
        S(["四", "1"], [], ["xx市"], lead_alternatives=[["xx市"]], dl="2016年5月17日", dln="2016-05-17",
          note=R2 + ": 「xx市负责宣传活动的具体实施」 — the subject of 负责, under 四、活动分工 (a 「X分工」 heading that gives out work, "
               "round 37); the mask is kept as printed (round 44); 「安排地、市有关领导及媒体记者午餐」 — persons (" + PERSON + "); " + ONE
               + "; " + DAY05),
        S(["四", "2"], [], ["地、市各相关成员部门"], lead_alternatives=[["地、市各相关成员部门"]],
          responsible_alternatives=[BANNERS],
          dl="2016年5月17日", dln="2016-05-17",
          note=R2 + ": 「地、市各相关成员部门负责制作横幅…」 — a group named by a kind with 负责 (round 35: 「各成员单位按照责任分工落实」 a "
               "doer, as printed; round 30: 「市、区X部门」 one name); 「要求分管领导按时参加活动」 — persons; RULING? 3: the slogans "
               "(一)–(十四) are the banners' contents — a list of what the banners say, text of the item (round 37/45: a list of what "
               "a document contains is one task), so their bracketed bodies 「(卫生局)」 are not labels of items: the reading that "
               "adds the 13 bodies printed (the 14th is cut) is accepted, and so are the counts 15/18 that take the slogans as "
               "items; " + ONE + "; " + DAY05),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 四/1, 四/2 (the slogans (一)–(十四) its text, RULING? 3). 一、活动时间 and 二、活动地点 are fields (round 42 "
            "continued; 「由xx市安排布置」 only says who sets up the place); 三、参加人员 1、–3、 list the persons who attend (round 43: "
            "参加人员 names persons; round 44: who takes part in the whole event is plan-level): no tasks. Accepted: 5 (with 三's "
            "three), 15 (the slogans as 四/2's items), 18 (both)",
            "「各1名分管领导」 are persons attending (no target checked); 「11∶30」 is a clock time"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x235_06_qu-2017-weishengju-dianquefabing-fangzhiri-xuanchuan-fangan.txt"
YEAR06 = ("RULING? 4: the year is not settled — the title line prints 2017, the preamble's 「5月15日是我国第23个“防治碘缺乏病日”」 "
          "is 2016's (x235_05 prints 2016 for the 23rd), and the title line may be the site's heading (round 45: a year in a site's "
          "headline dates nothing); the deadline is not checked")
plan(X06,
     title="2017年卫生局全国碘缺乏病防治日宣传活动方案",
     title_note="line 1, the page's only title (it may be the site's heading — RULING? 4; the text calls itself 「防治碘缺乏病宣传活动"
                "方案」)",
     doc_no="", issuer="a 区 (「我区」; its 卫生局 by the title; 市卫生局 and 市盐务局 above it)",
     date="not settled (title 2017; 「第23个」 is 2016)", level="district (a 区, not named)",
     source=page_source("http://shancun.net/ziyuan/show-7302.html"),
     style="a copy with the site's watermark inside a sentence 「围绕山村阅读3lian.com/zl/转载请保留“科学补碘 ”的宣传主题」: title, preamble, "
           "three headed points with no numbered child — 一、组织领导 (「各单位要加强组织领导,…深入开展…宣传」), 二、活动要求 (two "
           "paragraphs: 「5月15日上午,各街道、社区卫生院要…设立…,区疾控中心将联合区盐务局…开展街头宣传活动…」「…邀请区电视台参与…」), "
           "三、信息报告 (「各单位请于5月20日前将宣传活动总结及宣传照片报疾控中心防疫科」); the whole page (1,459 bytes)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note="round 34 (early): in a document of headed points, a childless point that gives work (「要…深入开展核心信息知识宣传」, an "
               "instruction to the plan's bodies) is a task; the count 2 that reads 组织领导 as a call is accepted (round 39, round 44); "
               "「各单位要加强组织领导」 — 各单位 is a general call (round 33) and 加强组织领导 a noun phrase (round 45): " + NONE + "; "
               + NODATE),
        S(["二"], ["区疾控中心"], ["区疾控中心", "区盐务局"], lead_alternatives=[[]], skip_deadline=True,
          note=R2 + ": 「区疾控中心将联合区盐务局在城区繁华地段开展街头宣传活动」 — 「A联合B＋verb」 reads as 「A会同B」 (round 34, closed in "
               "round 39; round 48 turned x227_01: 将 between changes nothing): lead A (lead [] accepted, round 30), responsible A, B; "
               "「各街道、社区卫生院要…设立宣传咨询台开展咨询活动」 — 设立／开展 are no rule-2 verbs; 「邀请区电视台参与活动现场的录制」 — "
               "an invited body is no unit (rule 3; round 40: invited overseers; 参与 needs a doer of its own clause); the item's own "
               "date 「5月15日上午」 — " + YEAR06),
        S(["三"], [], [], skip_deadline=True,
          note="「宣传活动结束后,各单位请于5月20日前将宣传活动总结及宣传照片报疾控中心防疫科」 — 各单位 a general call (round 33), the "
               "receiver no unit (rule 3): " + NONE + "; a childless point that gives work (round 34 early); the sending's date is the "
               "duty's and, the summary being the result of the item's own one-off work, the item's too (round 49, p46c) — " + YEAR06),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各单位于5月20日前将宣传活动总结及宣传照片报疾控中心防疫科", "when": "于5月20日前", "when_norm": None,
              "note": "三、信息报告: a dated sending the plan asks of the bodies it tasks (round 43 turned; round 42) — a duty; its "
                      "year is not settled (RULING? 4), so only the duty is checked, not its date"}],
     notes=["3 leaves: the three headed points 一、二、三 (round 34 early: a document of headed points, each giving work); accepted: "
            "2 (without 一, read as a call, rounds 39/44)",
            "the watermark 「山村阅读3lian.com/zl/转载请保留」 inside 一's sentence is the site's; kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x235_07_xian-jikong-zhongxin-shijie-kuangquanbingri-xuanchuan-shishi-fangan.txt"
LEADIN07 = ("rule 4 (a section's lead-in; round 40: closed in round 39): 二's lead-in 「各乡镇(中心)卫生院、社区卫生服务中心要在宣传日前后"
            "组织一次集中宣传活动,具体工作要求如下:」 — 组织＋work (round 34; round 43: whatever its object) makes them doers, and the "
            "item names none of its own by a label or rule 2 (round 48), so it takes them: lead [], responsible [各乡镇(中心)卫生院, "
            "社区卫生服务中心] (各 not shared, round 34; the bracket stays with the name as printed, round 34)")
DATE07 = ("round 49 (x231_06 二): the lead-in's 「在宣传日前后」 — the named day's period (世界狂犬病日, 9月28日) — dates the work, and a "
          "heading's or lead-in's date is inherited by its items with none of their own (round 37): the day's month; "
          + ORDINAL + ": 「20**年9月28日是第5个“世界狂犬病日”」 → 2011 (the day is kept from 2007): 2011-09")
UNITS07 = ["各乡镇(中心)卫生院", "社区卫生服务中心"]
plan(X07,
     title="县疾控中心世界狂犬病日宣传活动实施方案",
     title_note="lines 3 and 7 (the site prints the name twice, around its date line); the page's only title",
     doc_no="", issuer="a 县疾控中心 (not named; 湖南 益阳: 「湖南省卫生厅湘卫疾控函[20**]93号」, 「益阳市卫生局」)",
     date="masked (「20**年9月28日是第5个“世界狂犬病日”」: 2011)", level="county body (a 县疾控中心, Hunan)",
     source=page_source("http://zaixiangufen.com/fangan/1488505.html"),
     style="a 高考 site's page: chrome line, title, site date, title again, preamble (20** masked, 「第5个」), 一、提高认识,部门配合 (a "
           "childless point: facts on the disease and a call), 二、认真落实各项宣传措施 with a lead-in 「各乡镇(中心)卫生院、社区卫生服务中心"
           "要在宣传日前后组织一次集中宣传活动,具体工作要求如下:」 and 1、–4、 (「4、…悬挂至少一条横幅」) — CUT in 4、",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=["一、提高认识,部门配合"],
     samples=[
        S(["二", "1"], [], UNITS07, dl="在宣传日前后", dln="2011-09",
          note="「组织一次宣传咨询活动。如:乡镇(中心)卫生院、社区卫生服务中心要深入…开展…咨询活动」 — its own 组织 has no subject in "
               "its paragraph (round 34: a subject carries only inside one paragraph), and 开展 is no rule-2 verb, so the item names "
               "no unit of its own; " + LEADIN07 + "; " + DATE07),
        S(["二", "2"], [], UNITS07, dl="在宣传日前后", dln="2011-09",
          note="「组织一次以狂犬病防治为主题的健康讲座」 — no subject; " + LEADIN07 + "; " + DATE07),
        S(["二", "3"], [], UNITS07, dl="在宣传日前后", dln="2011-09",
          note="「出一期狂犬病防治内容的宣传栏」 — no subject; " + LEADIN07 + "; " + DATE07),
        S(["二", "4"], [], UNITS07, [(1, "条")], dl="在宣传日前后", dln="2011-09",
          note="「在主要街道或人口密集区域悬挂至少一条横幅」 — no subject; " + LEADIN07 + "; 「至少一条」 — a floor on what the item must put "
               "up is its standard (round 47: 「至少1000份」; round 30's line): 1 条; " + CUT + "; " + DATE07),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/1–4 (4 CUT). 一、提高认识,部门配合 is a childless point that states facts and calls 「要进一步提高认识,加强…"
            "协调和配合,…搞好…宣传活动」 with no rule-2 verb: a section in a plan whose work sits in numbered items (round 36; round 39: "
            "a point that only calls); the count 5 with it is accepted (round 44: 「各街镇要充分认识…」)",
            "一's 「多数在3-5天,很少有超过10天的,病死率为100%」 describe the disease (present facts, round 33; round 31: figures that "
            "describe a hazard) — no targets; 一 is no task anyway",
            "「急性*染病」 (a masked character) and 「带的`唾液」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x235_08_xx-shi-guoji-bowuguanri-huodong-fangan-pian1.txt"


def host(unit):
    return (R1 + ": the line 「承辦單位:" + unit + "」 under the item is its label (round 38: 承办单位 a label; round 44: item label "
            "lines; round 48, x226_02: a host line inside the section over the items is theirs), so responsible [" + unit + "]; "
            + ONE)


plan(X08,
     title="2025年“5.18”國際博物館日活動方案",
     title_note="line 1, the piece header 「2025年“5.18”國際博物館日活動方案 篇1」 less its number 「篇1」 (round 49 on x231_07: a "
                "compilation's number is a mark); the header is the site's, so its 「2025年」 dates nothing (round 48, round 49)",
     doc_no="", issuer="an xx市 (masked; 「我市」; 江寧織造博物館, 甘熙故居, 秦淮區, 梅園新(村): 南京 by the places, not named)",
     date="not shown (no year in the text; the header's 2025 is the site's)", level="city (xx市, masked)",
     source=page_source("http://www.liu27.cn/fangan/237915.html"),
     style="a copy in traditional characters with the site's INLINE PINYIN 「事業(yè)」「內(nèi)容」 and garbled characters 「送展到;顒,」: "
           "piece header, preamble (「我市將在國際博物館日前後…舉行…」), field lines 活動主題／活動時間:5月18日前後／活動內容:, then items "
           "一、–六、 each dated with no year and each followed by a line 「承辦單位:…」 — CUT in 六",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["xx市文化廣電新聞出版局"], lead_alternatives=[["xx市文化廣電新聞出版局"]], skip_deadline=True,
          note="「5月12日,在江寧織造博物館舉辦xx市文博系統講解員大賽」 — no subject; " + host("xx市文化廣電新聞出版局") + "; the mask "
               "is kept as printed (round 44); the item's own date 「5月12日」 — " + NOYEAR),
        S(["二"], [], ["xx市博物館總館"], lead_alternatives=[["xx市博物館總館"]], skip_deadline=True,
          note="「5月15日至6月30日在江寧織造博物館開展…系列活動」: " + host("xx市博物館總館") + "; " + NOYEAR),
        S(["三"], [], ["xx市民俗博物館"], lead_alternatives=[["xx市民俗博物館"]], skip_deadline=True,
          note="「5月18日在甘熙故居開展非遺傳承人專題展示活動…;開展白局白話專場演出」: " + host("xx市民俗博物館") + "; " + NOYEAR),
        S(["五"], [], ["太平天國歷史博物館"], lead_alternatives=[["太平天國歷史博物館"]], skip_deadline=True,
          note="「5月18日,在金陵科技學院開展“太平天國歷史陳列”送展到;顒,…」 (the garbled characters are the page's): "
               + host("太平天國歷史博物館") + "; " + NOYEAR),
        S(["六"], [], [], skip_deadline=True,
          note="「5月18日上午,在梅園新[cut]」 — the page ends before the item's 承辦單位 line, and nothing printed names a body: " + NONE
               + " (a name the page cuts off is dropped, round 36; round 43: nothing is read after the cut); " + CUT + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 一–六 (六 CUT); the lines 活動主題／活動時間／活動內容 before them are fields (round 42 continued), and each "
            "「承辦單位:」 line is the label of the item above it",
            "四's 「九名…大師的九個項目…共計108件藝術作品」 counts what the exhibition shows (not sampled: neither a count of work the "
            "rules settle nor a class)",
            "no deadline is checked: the items' dates 「5月12日」「5月15日至6月30日」 have no year in the text"])

write_collected(DIR)
