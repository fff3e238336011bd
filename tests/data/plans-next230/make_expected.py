# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next230/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c230, round 47: eight page openings of plans from outside Shanghai — a college
科研促进部's 2024 科普日 notice (two numbered requests, a dated sending 「截止时间为2024年10月7日」, a preamble span 「定于9月15日
至25日」); 晋江's 市残联 2017 爱耳日 notice from a compilation (【1】, 「市残联联合市医院、…等单位…开展」, 「请…街道残联组织好…」, a
dated sending with no year in the text); a Shaanxi university 科研处's 2020 科普日 notice (a 时间 field 2020年9月20日至9月25日,
「由科研处牵头…」「由医学院牵头…」「由农生学院牵头…」, CUT); 天津市残联's 2017 第一次残疾预防日 notice (three sendings, two dated, a
list of publicity content, CUT); a district's 世界精神卫生日 策划书 (a 宣传时间 with no year, 「由区疾控中心负责更换…」, 「组织动员…」, a
sending 「于10月20日前…上报至区疾控中心健慢科」); 桦川县's 2015 全国高血压日 方案 (a single activity day, 活动目的 items, persons
「…宣传人员要准时到…」, CUT); 赵庄镇中心卫生院's 2016 高血压日 方案 (one line, 「每村张贴不少于10幅标语」, 「本次活动有…领导组负责组织
实施」); 三亚's 2015 聯合國糖尿病日 notice (traditional, a one-day 活動時間, 「各區衛計局負責…」「市疾病預防控制中心負責…」, CUT)): never
tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–48 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c230.

    PYTHONPATH=. python tests/data/plans-next230/make_expected.py tests/data/plans-next230
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a page printed on one line): the line where the nth marker ends and the
# first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list; round 44: it stands outside articles): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 43: 参加人员 are persons; round 45/46: staff and experts)"
NOYEAR = "no year is printed in the text (a site's headline or date fills nothing, rounds 45, 46, 48): the deadline is not checked"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x230_01_xueyuan-2024-quanguo-kepuri-huodong-tongzhi.txt"
plan(X01,
     title_note=NO_TITLE + "the page opens with the addressees 「全院各单位:」; no title is printed (the notice's own headline is "
                "the site's, not on the page)",
     doc_no="", issuer="科研促进部 of a college (「全院各单位」; site cyky.jmu.edu.cn, Fujian: 「福建省科协等21部门」)",
     date="2024年9月2日 (the signature)", level="a body's own (a college's 科研促进部, Fujian)",
     source=page_source("http://cyky.jmu.edu.cn/info/1138/2272.htm"),
     style="a short notice, the whole page (866 bytes): addressees, a preamble with the span 「定于9月15日至25日集中开展…」 and an "
           "option 「院内各单位可…合理安排」, a lead-in 「请各活动举办单位及时提供活动进展成果信息:」 over 1. (results sent by e-mail, "
           "「截止时间为2024年10月7日」, 「每个活动不超过五张/段」) 2. (「如果开展线上活动,须…在活动开始前提供网址信息」) 3. (联系人, a field); "
           "附件 line, the office, the date",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [], targets=[(5, "张/段")], dl="活动成果材料截止时间为2024年10月7日", dln="2024-10-07",
          note="the lead-in 「请各活动举办单位及时提供…」 is the request form of a clause (round 30), and its verb 提供 is no rule-2 verb, so it "
               "gives the items no doer (rule 4 gives only what a rule-2 clause gives); 发送 has no subject: " + NONE + "; the "
               "item's own date (a year printed) is its deadline, and it wins over the preamble's span (round 37); 「每个活动不超过五张/段」 "
               "is a ceiling of the item's own standard with 不超过 (round 30's line; round 47: a ceiling on what the item hands in), a "
               "target of 5 张/段; the e-mail 「kycjb2015@163.com」 is a name with digits (no target)"),
        S(["2"], [], [], skip_deadline=True,
          note="「如果开展线上活动,须另外在活动开始前提供网址信息」: no subject, 提供 no rule-2 verb: " + NONE + "; 「活动开始前」 is a time "
               "counted from an event (round 34: no deadline); whether the preamble's span 「定于9月15日至25日」 (round 48: 定于 fixes "
               "the plan's own activity) dates it instead (2024-09-25) is RULING? 1, so the deadline is not checked; the sending "
               "of the 网址信息 is an undated duty (information sent to the issuer, rounds 43, 45)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "活动成果(活动图片视频、新闻报道链接等)发送至邮箱,活动成果材料截止时间为2024年10月7日",
              "when": "活动成果材料截止时间为2024年10月7日", "when_norm": "2024-10-07",
              "note": "1.: a one-off dated sending the notice asks of the bodies it tasks is a dated duty (round 43 turned; round 45)"},
             {"what": "开展线上活动须另外在活动开始前提供网址信息,以便发送至全国科普平台", "when": "活动开始前", "when_norm": None,
              "note": "2.: information sent to the issuer to pass on to the national platform (round 45 on x222_02's 科普日 website); "
                      "a time from an event, so no date"}],
     notes=["2 leaves: 1. and 2.; 3.联系人 is a contact field that gives no work (round 35: fields are no tasks); accepted: 3 (every "
            "numbered line a leaf, plans-dev 08, the notice naming no unit)",
            "the preamble's 「院内各单位可根据文件要求…合理安排宣传活动」 is an option (可, round 40) and no numbered item",
            "the 附件 line closes the notice (the attachment is a PDF's name only)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x230_02_jinjiang-2017-aierri-xuanchuan-huodong-tongzhi.txt"
plan(X02,
     title="关于2017年3月3日“爱耳日”宣传活动的通知",
     title_note="line 1, the site's headline, which is the compilation's piece header 「…的通知【1】」 (line 7) less its 【1】: round 48 "
                "lets such a header stand as the title less its number, but it is not the plan's own title line, so its year dates "
                "nothing",
     doc_no="", issuer="市残联 of 晋江 (「晋江市残疾人服务中心广场」, 「根据省、泉州市残联…」; Fujian)",
     date="not printed in the text (the site's 发布时间 2017-02-15 and the header's 2017 are the site's)",
     level="city (a county-level city's 残联: 晋江市, inferred from the text)",
     source=page_source("http://yuwenmi.com/baike/54502.html"),
     style="a compilation page: headline, the site's 发布时间 line, an editor's blurb, the piece header 【1】, addressees 「各镇、街道残联,"
           "市聋儿语训部:」, a preamble (「今年3月3日是第18次“全国爱耳日”」, no year), three headed points 一、–三、 each a heading line over "
           "one paragraph, then the header of piece 【2】 and its first words — CUT; lines indented with two spaces",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], lead_alternatives=[["各镇、街道残联", "市聋儿语训部"]],
          responsible_alternatives=[["各镇、街道残联", "市聋儿语训部"]],
          note="Round 98 (turned, aligned round 68 to CONVENTIONS.md \"Round 98 rulings\"; p68b): the addressee line printed again whole calls the notice's addressees back, whatever verb follows (Round 89's governs on x330_02; Round 91's on x336_02; Round 95's x348_01; Round 97's x354_03 3、, 5、) — over the old reading of the subjects as doers by rule 2: [各镇、街道残联, 市聋儿语训部] → none (under 「各镇、街道残联,市聋儿语训部:」; the old list, as responsible or lead, stays accepted); the earlier reading: round 34 (early): a childless headed point whose text gives work is a task; " + R2 + ": 「各镇、街道残联,市聋儿语训部要…"
               "认真组织开展宣传活动」 — 组织＋work (round 34) makes the subjects doers; 「各镇、街道残联」 is one name as printed (two "
               "levels sharing the head 残联, like 「市、区X部门」, round 30), 「市聋儿语训部」 a second (round 35: separate heads); lead [] "
               "(no 牵头), the two as the lead accepted; the item has no date, and 「今年3月3日是第18次“全国爱耳日”」 states a calendar "
               "fact, not a span (round 47): " + NODATE),
        S(["二"], ["市残联"], ["市残联", "市医院", "助听器验配中心", "泉州福德假肢验配中心", "青阳、梅岭、西园、罗山街道残联"],
          lead_alternatives=[[]],
          responsible_alternatives=[["市残联", "市医院", "助听器验配中心", "泉州福德假肢验配中心"]],
          not_targets=[(30, "分")], skip_deadline=True,
          note=R2 + ": 「市残联联合市医院、助听器验配中心、泉州福德假肢验配中心等单位,于3月3日…开展…活动」 — 「A联合B＋verb」 reads as "
               "「A会同B」 (round 34; round 47 turned x227_01): lead 市残联 (lead [] accepted, round 30), the partners responsible, the "
               "等单位 tail dropped (round 35); 「请青阳、梅岭、西园、罗山街道残联组织好辖区对象到现场参加义诊活动」 — the request form "
               "(round 30) with 组织＋work (round 43: whatever its object; 辖区对象 are persons), a doer, one name as printed (places "
               "sharing the head 街道残联, round 35 「秭归县、夷陵区…政府」, round 41); the reading without it is accepted (RULING? 2); "
               "「9时30分」 is a clock time, no target; 3月3日 has no year in the text: " + NOYEAR),
        S(["三"], [], [], skip_deadline=True,
          note="「各镇、街道残联要认真做好…总结。及时收集整理…,将活动总结…于3月5日前报送市残联康复中心」 — 做好, 收集整理 and 报送 are no "
               "rule-2 verbs (round 30's closed list; round 48: a sending names no doer): " + NONE + "; the sending to 市残联康复中心 is "
               "a dated duty whose year is not printed (RULING? 3); " + NOYEAR),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "将活动总结及活动的相关图片于3月5日前报送市残联康复中心", "when": "于3月5日前", "when_norm": None,
              "note": "三: a one-off dated sending the notice asks of the bodies it addresses (round 43 turned); the year is not printed, "
                      "so only the duty is checked, not its date"}],
     notes=["3 leaves: 一、二、三、 (childless headed points that give work, round 34 early); piece 【2】 starts after them and is cut "
            "before any item (its 「201X年」 masked)",
            "the two-space indents and the space in 「3月3 日」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x230_03_shaanxi-gaoxiao-2020-quanguo-kepuri-huodong-tongzhi.txt"
SPAN03 = ("the activity's span 「时 间:2020 年 9 月20日至9月25日」 under 一、主题和时间 dates items with no date of their own by its "
          "end (round 36; round 37): 2020-09-25")
plan(X03,
     title_note=NO_TITLE + "the page opens with the addressees 「各二级学院:」; no title is printed",
     doc_no="", issuer="科研处 of a Shaanxi university (陕科协发〔2020〕普字28号 cited; 白河县, 秦巴生物标本馆, a 医学院 and a 农生学院)",
     date="not shown (the activity 2020年9月20日至9月25日)", level="a body's own (a university's 科研处, Shaanxi)",
     source=page_source("https://theoldenorthchapel.com/info/1021/43118.html"),
     style="addressees, a preamble 「科研处将组织各二级学院开展2020年全国科普日活动」, 一、主题和时间 (主 题 / 时 间 fields, spaces inside), "
           "二、活动内容 (一)–(三) (run-in themes that give work by verbs), 三、主要活动 (一)–(四) heading lines over paragraphs "
           "「由科研处牵头…」「由医学院牵头,…」「由农生学院牵头…」 — CUT in (四)",
     leaf_tasks=7, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、主题和时间"],
     samples=[
        S(["二", "(一)"], [], [], dl="2020 年 9 月20日至9月25日", dln="2020-09-25",
          note="「弘扬科学精神,展现科学价值。着力传播…引导公众…」 — a run-in item of 活动内容 that gives work by verbs is a task (round 47: "
               "publicity 方面 that give work are items; round 35 run-in headings); the count 4 that reads 二 as content, no tasks, is "
               "accepted; no subject: " + NONE + "; " + SPAN03),
        S(["二", "(三)"], [], [], dl="2020 年 9 月20日至9月25日", dln="2020-09-25",
          note="「聚焦脱贫攻坚,决胜全面小康。…提供精准科技科普服务」: " + NONE + "; " + SPAN03),
        S(["三", "(一)"], [], [], dl="2020 年 9 月20日至9月25日", dln="2020-09-25",
          note="heading 「(一)校园科普行动」 over 「围绕主题,以展板展示…等形式,展示我校…新成果」 — no subject: " + NONE + "; the preamble's "
               "「科研处将组织各二级学院开展…」 gives units to no item (round 40: a plan's preamble before its first section); " + SPAN03),
        S(["三", "(二)"], ["科研处"], ["科研处"],
          dl="2020 年 9 月20日至9月25日", dln="2020-09-25",
          note=R2 + ": 「由科研处牵头组织相关学院教师在白河县等贫困县开展…讲座」 — 由A牵头: lead 科研处, responsible 科研处; the teachers, "
               "the object of 组织, are persons (round 30's pivot; " + PERSON + "); 白河县 is a place; " + SPAN03),
        S(["三", "(三)"], ["医学院"], ["医学院"], dl="2020 年 9 月20日至9月25日", dln="2020-09-25",
          note=R2 + ": 「由医学院牵头,组织相关教师到各二级学院开展健康科普讲座」 — 由A牵头 with a comma (round 34): lead 医学院; the "
               "carried 组织 is 医学院's (round 34: an elided subject in one paragraph), its object persons; 各二级学院 is where the "
               "talks go, no unit; 「2020届新生」 names a cohort, no target; " + SPAN03),
        S(["三", "(四)"], ["农生学院"], ["农生学院"], dl="2020 年 9 月20日至9月25日", dln="2020-09-25",
          note=R2 + ": 「由农生学院牵头开放秦巴生物标本馆,组织我校学生观摩[cut]」 — lead 农生学院; the students are persons; " + CUT
               + "; " + SPAN03),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 二/(一)–(三) and 三/(一)–(四) (CUT); 一、主题和时间 is a field (round 42 continued: a section that only gives the "
            "time or theme); accepted: 4 (二's themes read as content, no tasks)",
            "「主 题」「时 间」「2020 年 9 月20日」 and 「普字 28 号」 keep the page's spaces"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x230_04_tianjin-canlian-2017-canji-yufangri-huodong-tongzhi.txt"
plan(X04,
     title="天津市残联关于开展第一次 “残疾预防日”活动的通知",
     title_note="line 1 as printed (the space before 「“残疾预防日”」 is the page's)",
     doc_no="", issuer="天津市残联", date="not shown (2017: 「2017年8月25日是第一个“残疾预防日”」)",
     level="city (天津市, a province-level city; its 残联)",
     source=page_source("https://tianjin.baogaosu.com/xinwen/%E6%AE%8B%E8%81%94%E5%85%B3%E4%BA%8E%E5%BC%80%E5%B1%95%E7%AC%AC%E4%B8%80%E6%AC%A1%E6%AE%8B%E7%96%BE%E9%A2%84%E9%98%B2/60109782"),
     style="title, addressees 「各区残联、市残联各部室、各直属单位:」, a preamble with a general request 「请围绕主题,…精心组织,深入开展…」, "
           "points 一、–五、 written as sentences: a dated sending (一), a website and an option (二), 三、重要宣传内容 1.–7. (a list of "
           "what to publicise), an undated sending (四), a summary due 「于9月1日前报市残」 (五) — CUT",
     leaf_tasks=4, count_alternatives=[5, 11], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="于8月15日前", dln="2017-08-15",
          note="「请各区残联、市残联各部室、各直属单位于8月15日前报送本区、本部室、本单位活动计划」 — the request form (round 30) with 报送, a "
               "sending, no rule-2 verb (round 48: a sending names no doer): " + NONE + "; the item's own date, the year from the text "
               "(「2017年8月25日是第一个…」); the plan sent to inform, not for a decision, is a dated duty (round 43 turned; round 46)"),
        S(["二"], [], [],
          note="「市残联官方网站将设立…专栏,…予以发布。有条件的区残联、直属单位在…设立…专栏进行宣传」 — a website is no body, 设立 and 发布 "
               "are no rule-2 verbs (予以 reaches only 落实, round 47), and 有条件的 makes the second sentence an option for some (round "
               "40's 可): " + NONE + "; no date, and 「2017年8月25日是第一个“残疾预防日”」 states a fact, not a span (round 47): " + NODATE),
        S(["四"], [], [],
          note="「请各区残联、市残联各部室、各直属单位将活动信息及时报送市残联宣文部和信息中心」 — a sending, no doer (round 48): " + NONE
               + "; an undated duty (及时, round 35); " + NODATE),
        S(["五"], [], [], dl="于9月1日前", dln="2017-09-01",
          note="「活动结束后,请认真做好总结,及时收集整理…。活动总结和相关资料于9月1日前报市残[cut]」 — no subject, no rule-2 verb: " + NONE
               + "; the item's own date (「活动结束后」 is a time from an event, round 34, and the later dated step decides), the year "
               "from the text; " + CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "请各区残联、市残联各部室、各直属单位于8月15日前报送本区、本部室、本单位活动计划", "when": "于8月15日前",
              "when_norm": "2017-08-15", "note": "一: a one-off dated sending the notice asks of the bodies it tasks (round 43 turned)"},
             {"what": "将活动信息及时报送市残联宣文部和信息中心", "when": "及时", "when_norm": None,
              "note": "四: information sent to the issuer's offices (rounds 35, 40); no date or rhythm"},
             {"what": "活动总结和相关资料于9月1日前报市残联", "when": "于9月1日前", "when_norm": "2017-09-01",
              "note": "五: the summary sent to the issuer by a date (round 43 turned); the receiver's name is cut 「报市残」"}],
     notes=["4 leaves: 一、二、四、五 (points written as sentences that give work, round 34 early); 三、重要宣传内容 1.–7. lists what the "
            "publicity bears on (titles of rules, kinds of content; only 4. has a verb), a field like round 44's points on what the work "
            "bears on, no task (RULING? 4). Accepted: 5 (三 one task), 11 (1.–7. as items)",
            "no unit is checked in this file: every point is a request to the addressees with a verb outside rule 2 (报送, 做好, 收集整理)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x230_05_qu-shijie-jingshen-weishengri-fangan-cehuashu.txt"
SPAN05 = ("「三、宣传时间 10月8日-10月16日」 is the activity's span, but no year is printed anywhere (the site's 「更新时间」 is blank): the "
          "deadline is not checked")
plan(X05,
     title="世界精神卫生日方案策划书",
     title_note="lines 3 and 7 (the site's headline and the piece's heading, the same words)",
     doc_no="", issuer="a district's health bodies (「全区」, 「区疾控中心」, 「区疾控中心健慢科」; district and province not named)",
     date="not shown (no year on the page)", level="district (a 区, not named)",
     source=page_source("http://gkmao.com/xuexi/cehuashu/643502.html"),
     style="a template site's page: breadcrumb 「高考猫 > 策划书 > 列表」, headline, a blank 更新时间, the heading again; 一、宣传主题, "
           "二、目标人群, 三、宣传时间 「10月8日-10月16日」 (fields), 四、宣传要求 (一)–(三) headed paragraphs, 五、工作要求 (一)–(三) run "
           "in, then 「联系」 — CUT",
     leaf_tasks=6, count_alternatives=[2, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、宣传主题", "二、目标人群", "三、宣传时间"],
     samples=[
        S(["四", "(一)"], [], [], skip_deadline=True,
          note="「各社区卫生服务中心(卫生院)要结合实际,…开展宣传活动」 — 开展 without 组织 is no rule-2 verb (round 30): " + NONE + "; a "
               "task though it names no unit (round 40: items that give work in a plan with units elsewhere; a count without them "
               "accepted); " + SPAN05),
        S(["四", "(二)"], [], ["区疾控中心"], lead_alternatives=[["区疾控中心"]], skip_deadline=True,
          note=R2 + ": 「全区范围内的大型宣传栏由区疾控中心负责更换…,并制作…宣传折页」 — 由A负责: responsible 区疾控中心; " + ONE + "; "
               "「各社区卫生服务中心(卫生院)…制作传单…」 — 制作 is no rule-2 verb; 「宣传活动期间」 dates by the span: " + SPAN05),
        S(["四", "(三)"], [], [], skip_deadline=True,
          note="「各社区卫生服务中心(卫生院)要充分利用…方式开展精神卫生主题宣传」: " + NONE + "; " + SPAN05),
        S(["五", "(一)"], [], [], skip_deadline=True,
          note="「各社区卫生服务中心(卫生院)结合本辖区实际,制订…方案,…开展…宣教」 — 制订 and 开展 are no rule-2 verbs: " + NONE + "; an "
               "item of 工作要求 that gives work is a task (round 39; round 40: the count without it accepted); " + SPAN05),
        S(["五", "(二)"], [], ["各社区卫生服务中心"], lead_alternatives=[["各社区卫生服务中心"]], skip_deadline=True,
          note=R2 + ": 「各社区卫生服务中心要做好社区宣传,组织动员相关人员积极参与…」 — the subject carries to 组织 inside one paragraph "
               "(round 34), and 组织＋work (组织动员) makes it a doer (rounds 34, 43); a group named by a kind is a doer with a rule-2 verb "
               "(round 32); the name as printed here, without the 「(卫生院)」 of the other items (round 38: no alias rewritten); the "
               "persons mobilised are no unit; " + ONE + "; " + SPAN05),
        S(["五", "(三)"], [], [], skip_deadline=True,
          note="「活动结束后,请各社区卫生服务中心(卫生院)于10月20日前将…资料上报至区疾控中心健慢科」 — a sending, no doer (round 48): "
               + NONE + "; a dated duty whose year is not printed; " + NOYEAR),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "请各社区卫生服务中心(卫生院)于10月20日前将精神卫生日宣传活动方案、总结、照片等资料上报至区疾控中心健慢科",
              "when": "于10月20日前", "when_norm": None,
              "note": "五/(三): a one-off dated sending the plan asks of the bodies it tasks (round 43 turned); no year, so only the duty "
                      "is checked"}],
     notes=["6 leaves: 四/(一)–(三) (headings over paragraphs) and 五/(一)–(三); 一–三 are fields (theme, target group, time: round 42 "
            "continued). Accepted: 2 (only the items that name a unit, 四/(二) and 五/(二): round 40's count without the others), 4 "
            "(without 五's items that name none)",
            "「联系」 at the end is the start of a contact field, cut"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x230_06_huachuan-xian-2015-gaoxueyari-xuanchuan-huodong-fangan.txt"
DAY06 = ("round 42 (continued): the single day stated once for the whole activity 「二、活动时间和地点 2015年10月8日上午…」 is its span, "
         "one day long, so items with no date of their own are due that day: 2015-10-08")
plan(X06,
     title_note=NO_TITLE + "the page prints the site's 「全国高血压日活动方案」 (lines 1, 5, 9) and a list heading 「县全国高血压日宣传活动方案」 "
                "(line 7); the plan names itself 《桦川县2015年全国高血压日宣传活动方案》 only inside 四/1",
     doc_no="", issuer="桦川县's health bodies (「县卫生局、县疾控中心…」; 黑龙江: 「按照黑龙江省卫生厅…黑卫疾发〔2015〕223号」)",
     date="not shown (the site's 2022-07-04 is the site's; the activity 2015年10月8日)", level="county (桦川县, Heilongjiang)",
     source=page_source("https://www.pincai.com/article/593645.htm"),
     style="a 范文 site's page: headings printed three times, the site's time line, a list heading 「县全国高血压日宣传活动方案」; a "
           "preamble 「…结合我县实际特制定本方案,望各医疗单位精心组织、认真实施」; 一、活动目的 1、–3、 (aims), 二、活动时间和地点 (one day, "
           "a field), 三、活动内容和方式 (a childless paragraph of work with no subject), 四、活动要求 1、2、 — CUT in 2、",
     leaf_tasks=6, count_alternatives=[3, 5, 7], attachment_task_rows=0, childless_top_level_sections=["二、活动时间和地点"],
     samples=[
        S(["一", "1"], [], [], dl="2015年10月8日", dln="2015-10-08",
          note="「提高居民高血压防治意识,培养健康的生活方式」 — an aim; no unit is named anywhere on the page (persons and a subjectless "
               "组织 only), so every numbered leaf is a task (round 27; plans-dev 08; x208_06's 工作目标 items); the count 3 without the "
               "aims is accepted (RULING? 5): " + NONE + "; " + DAY06),
        S(["三"], [], [], dl="2015年10月8日", dln="2015-10-08",
          note="「三、活动内容和方式」 with no numbered child: a childless point whose paragraph gives work 「组织县心血管专家到社区开展义诊…"
               "设计制作…邀请…」 is a task (round 34 early; round 47: a notice whose work is given in verbs outside rule 2 reads every "
               "leaf that gives work as a task); the counts without it are accepted; 组织 with no subject gives no doer (round 41), the "
               "experts and the 领导 are persons, the invited 县新闻媒体 the object of 邀请 (no unit, round 40): " + NONE + "; " + DAY06),
        S(["四", "1"], [], [], dl="10月8日上午8时30分", dln="2015-10-08", not_targets=[(30, "分")],
          note="「各医疗单位要…积极开形势多样的宣传活动」 (开 for 开展, a misprint read as printed, round 43) — no rule-2 verb; 「县卫生局、"
               "县疾控中心、县人民医院、县中医院、县悦来镇卫生院宣传人员要准时到万福源广场参加宣传活动」 — the publicity staff of those bodies "
               "are persons (" + PERSON + "), and 参加 gives nothing without a doer (round 34): " + NONE + "; the item's own date "
               "「10月8日上午8时30分」 with the year of the text; 「8时30分」 is a clock time (no target)"),
        S(["四", "2"], [], [], dl="2015年10月8日", dln="2015-10-08",
          note="「各医疗单位要悬挂宣传横幅、…现场设咨询台开展健康咨询活动,携[cut]」 — no rule-2 verb: " + NONE + "; " + CUT + "; " + DAY06),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 一/1–3 (aims, counted in a plan that names no unit), 三 (a childless point of work), 四/1–2 (2 CUT); 二、活动时间和地点 "
            "is a field (round 42 continued). Accepted: 3 (without the aims), 5 (without 三), 7 (二 as a task: it also says who holds "
            "the event)",
            "「县直各医疗单位(社区卫生服务中心)在万福源超市广场举办大型宣传活动」 in 二: 举办 without 由 names no doer (round 42)",
            "the activity's goals share their wording with x230_07's (15–19 % by 8-character shingles); the two are different documents "
            "(a county's plan and a township health centre's plan)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x230_07_zhaozhuang-zhen-weishengyuan-gaoxueyari-huodong-fangan.txt"
plan(X07,
     title_note=NO_TITLE + "the piece's heading 「全国高血压日活动方案1」 runs straight into its preamble (「…活动方案1为提高…」) on one line "
                "after the site's line",
     doc_no="", issuer="赵庄镇中心卫生院 (its 防保站; the province not named)", date="not shown (the activity 2016年10月8日)",
     level="a township body's own (赵庄镇中心卫生院)",
     source=page_source("https://m.yzwku.com/doc/399983.html"),
     style="a document site's preview: the site's line, then the whole plan on ONE line: preamble 「我赵庄镇中心卫生院防保站将开展…」, "
           "一、活动目的 1、–3、, 二、活动内容和形式 1、–5、 (「1、现场咨询:2016年10月8日上午…」, 「3、…并要求村卫生室每村张贴不少于10幅标语」, "
           "「4、主办黑板报,5、发放宣传单」), 三、宣传标语 and 四、字幕内容 (texts to print, 「20xx年」 masked), 五、组织实施 「本次活动有赵庄镇"
           "慢性病防治领导组负责组织实施」 (有 for 由)",
     leaf_tasks=8, count_alternatives=[5, 9], attachment_task_rows=0,
     childless_top_level_sections=["三、宣传标语", "四、字幕内容", "五、组织实施"],
     samples=[
        S(["一", "1"], [], [], **at(X07, "活动目的1、"),
          note="「提高居民高血压防治意识,培养健康的生活方式」 — an aim; no item names a unit (五 is a plan-level field), so every numbered leaf "
               "is a task (round 27; plans-dev 08); the count 5 without the aims is accepted (RULING? 5): " + NONE + "; numbers inside one "
               "line run in order (round 34); no date, and 「今年10月8日是我国的第XX个…」 states a fact (round 47): " + NODATE),
        S(["二", "1"], [], [], dl="2016年10月8日上午", dln="2016-10-08", **at(X07, "1、", 2),
          note="「现场咨询:2016年10月8日上午在赵庄镇集贸市场现场咨询…,同时免费测量血压」 — no subject: " + NONE + "; the item's own date"),
        S(["二", "3"], [], [], targets=[(10, "幅")], **at(X07, "3、", 2),
          note="「张贴标语,并要求村卫生室每村张贴不少于10幅标语」 — 要求 is a pivot, no rule-2 verb, and 村卫生室, its object, is no unit (round "
               "30): " + NONE + "; 「不少于10幅」 is a floor on what the item must put up (round 30's line; round 47: supplies with a "
               "comparison word are targets), 10 幅; " + NODATE),
        S(["二", "5"], [], [], **at(X07, "5、"),
          note="「5、发放宣传单」 after a comma inside 4's sentence 「4、主办黑板报,5、…」: numbers in order inside a paragraph are items "
               "(round 34): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves: 一/1–3 and 二/1–5; 三、宣传标语 and 四、字幕内容 are texts to print (fields, no work), 五、组织实施 「本次活动有赵庄镇慢性病"
            "防治领导组负责组织实施」 only says who carries out the whole event (round 42: a plan-level field, no task, no item units; 有 "
            "read as printed, round 43). Accepted: 5 (without the aims), 9 (五 as a task)",
            "「20xx年10月8日」 in 四、字幕内容 is the caption's masked text and dates nothing"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x230_08_sanya-2015-tangniaobingri-xuanchuan-huodong-tongzhi.txt"
DAY08 = ("round 42 (continued): 「二、活動時間 2015年11月14日」, a single day stated once for the whole activity, is its span: items "
         "with no date of their own are due that day, 2015-11-14")
plan(X08,
     title_note=NO_TITLE + "the page opens with the compilation's marker 「【第一篇】」; no title is printed",
     doc_no="", issuer="三亚's health bodies (「我市」; 「農墾三亞醫院」, 「解放軍總醫院海南分院」; Hainan)",
     date="not shown (2015: 「2015年11月14日是第9個…」)", level="city (三亚市, inferred from the text)",
     source=page_source("http://cnleizhuo.com/yulu/sanwen/171470.html"),
     style="traditional characters; 【第一篇】 of a compilation: a preamble (國衛辦疾控函〔2015〕726號), 一、活動目的 (一)–(三) (aims), "
           "二、活動時間 「2015年11月14日」, 三、活動要求 (一)–(三) (requests to 各單位), 四、活動開展單位 (a list of bodies, plan-level), "
           "五、其他事項 (一)「各區衛計局負責…」 (二)「市疾病預防控制中心負責…」 — CUT in (二)",
     leaf_tasks=5, count_alternatives=[2, 6, 8], attachment_task_rows=0,
     childless_top_level_sections=["二、活動時間", "四、活動開展單位"],
     samples=[
        S(["三", "(一)"], [], [], dl="于11月14日", dln="2015-11-14",
          note="「請各單位于11月14日在單位門前…設立咨詢點,開展…主題活動」 — 各單位 is a general call (round 33), 設立 and 開展 no rule-2 "
               "verbs: " + NONE + "; the item's own day with the year of the text; an item of 活動要求 that gives work is a task "
               "(round 39; the count 2 without the items naming no unit is accepted, round 40)"),
        S(["三", "(二)"], [], [], dl="于11月14日之前", dln="2015-11-14",
          note="「請各單位于11月14日之前圍繞糖尿病主題更新一期宣傳欄」: " + NONE + "; the item's own date"),
        S(["三", "(三)"], [], [], dl="2015年11月14日", dln="2015-11-14",
          note="「各單位要充分利用報刊、廣播、電視等…擴大活動宣傳范圍」 — a general call: " + NONE + "; " + DAY08),
        S(["五", "(一)"], [], ["各區衛計局"], lead_alternatives=[["各區衛計局"]], dl="2015年11月14日", dln="2015-11-14",
          note=R2 + ": 「各區衛計局負責對轄區內衛生院…宣傳活動當天活動的協調及監督」 — the subject of 負責 (a kind, round 32): responsible "
               "各區衛計局 as printed (round 36: names as printed, traditional kept); " + ONE + "; the bodies overseen are no units; "
               "「對工作開展不力的單位予以通報批評」 is a penalty clause, no work of a unit (round 32); 「當天」 is the activity's day: "
               + DAY08),
        S(["五", "(二)"], [], ["市疾病預防控制中心"], lead_alternatives=[["市疾病預防控制中心"]], dl="于11月14日前", dln="2015-11-14",
          note=R2 + ": 「市疾病預防控制中心負責宣傳日的宣傳手冊…等相關資料發放工作」 — responsible 市疾病預防控制中心; " + ONE + "; 「各單位"
               "請于11月14日前到…慢病科領取…[cut]」 — a general call collecting the materials (receiving, no duty); the date 11月14日前 is "
               "the item's (the latest, round 34); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 三/(一)–(三), 五/(一)–(二) (CUT). 一、活動目的's (一)–(三) are aims that name no unit in a plan whose tasks name "
            "units (round 27: no tasks); 二、活動時間 is a field (a day, round 42 continued); 四、活動開展單位 lists who takes part in the "
            "whole event (round 44: a plan-level point; the items take none of its units). Accepted: 2 (only the items naming a unit, "
            "round 40), 6 (四 as a task), 8 (with the aims)",
            "「一期」 in 三/(二) is not sampled as a target (a bare count of one issue, no comparison word)"])

write_collected(DIR)
