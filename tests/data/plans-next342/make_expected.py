# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next342/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c342, round 65, for round 66: seven page openings of festival-season plans and
notices from outside Shanghai — a 镇's 2022 春節期間 新冠肺炎疫情防控 方案 with five 工作分工 groups labelled 牽頭單位／成員單位
(公田鎮, traditional); a 镇's 春節期間安全工作安排方案 with four 工作專班 and a 檢查分工 point (關壩鎮, traditional, year masked); a
乡镇's 清明节期间森林防火工作方案 (篇一; 一–三 with 1.–3. each, 四 CUT); a 县总工会's 五一 notice (钟山县, 一–三); a 区总工会's 五一
notice (洛江区, 一–五 with 由…主办、…承办、…协办 and 联合); a 镇党委's 七一 系列活动 notice (才溪, 活动安排 1、2、 CUT); and a 县's
国庆、中秋 校园疫情防控和安全 notice to its schools (淳安县, 一–四, 四 CUT)): never tune the parser on them (see README.md). Only
`line` and `title_starts` are looked up in the text (by ``locate`` and ``at_line_in`` of ../plans/expected_tools.py); every
answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the
notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c342.

    PYTHONPATH=. python tests/data/plans-next342/make_expected.py tests/data/plans-next342
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
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post (round 43; Round 87's x324_07 负责人) however the clause is built"
NOUNITS = ("the page names no unit by the ruled forms anywhere, so every numbered leaf that gives work is a task (plans-dev 08, "
           "seed 003)")
NOYEAR = ("no year is printed anywhere in the text (a site's date, a masked 20__／20xx or a cited document's number is no plan's "
          "year): only what is printed is read (round 48), a missing year is filled only from a fact the text prints (round 50; "
          "Round 85 on x318_02 and x320_07; Round 89 on x330_05): the deadline is written as printed and not checked")
CALL = ("a kind is a doer only by a rule-2 verb (Round 80's p59c-1; Round 83 on x316_01 十), 要 changing nothing (Round 74's "
        "x295_03); 开展 without 组织, 举办, 举行, 进行, 召开 without 组织, 制定, 做好, 加强 are outside the closed list (round 30; "
        "Round 85 on x318_05, x318_06; Round 91 on x335_03 六)")
FEST = ("a festival's period in an item's own text dates it by the festival's month in the plan's year, and the holiday the "
        "notice prints fixes which (round 46's p44e; Round 87 turned x324_07 二; Round 89 on x330_02; Round 90 on x126_02)")
SETUP = ("a point that sets a group up and gives it work by a verb (负责) is a task naming none, the group and its roster no "
         "units (rule 3; round 73; Round 84's p61d-2; Round 88 on x288_07; Round 90's p64f: a body set up with its roster gives "
         "its 职责 none)")
BRACKET = ("a bracket that gives the body of the same kind in other areas is dropped wherever it stands in the name (Round 89 "
           "turned x331_02's 村（居）民委员会 and confirmed 各街道（镇））, the printed name accepted")
RUNHEAD = ("a numbered point whose heading line names the activity and whose paragraph holds its work is one leaf, the paragraph "
           "its body (round 32)")
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 88's governs on p63e-1; "
           "Round 91 on x338_02 「三、加强基」)")
WORKCOUNT = ("a quantity of the plan's own work is its target (round 49's 「改造100户」; Round 91 on x336_01 「15000份」 and "
             "x339_02 「52个」), the events an item holds included, 一 as any number (Round 84's p61e-1; Round 87 on x328_02 「一次」)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x342_01_gongtian-zhen-2022-chunjie-xinguan-yiqing-fangkong-gongzuo-fangan-fanti.txt"
LABELS01 = ("the group's field lines label its units: 「牽頭單位:X」 gives the lead X (rule 1: a unit label on the item decides; "
            "rule 2's 「由A牵头」: lead A), and 「成員單位:…」 inside the same item's fields gives its responsible units after the "
            "lead (round 42's field inside an item; Round 91 turned x336_04 (五)'s 「參加單位:」 line so; Round 83 decided "
            "x312_04's 承办单位 labels); 牽頭領導 and 組長 are persons (" + PERSONS + "). RULING? 1: 成員單位 read as the group's "
            "members, a composition (rule 3 「成员单位为…」; Round 89 decided x330_05's 参与单位 field), gives the lead alone — "
            "accepted. " + BRACKET + ": 各村(居) → 各村")
DEAD01 = ("the item prints no date or period of its own; the title's 「2022年春節期間」 names the plan's subject, and the "
          "preamble's festival dates only items whose own text names a period (Round 89 on x330_02; Round 90 on x126_02): "
          + NODATE + " (RULING? 2)")
plan(X01,
     title="關于切實加強2022年春節期間新冠肺炎疫情防控工作的方案",
     title_note="line 1, the plan's own title line (traditional as stored, 關于 as printed); the site's 「來源:公田鎮」 and 「瀏覽量」 lines follow it",
     doc_no="", issuer="公田鎮 (岳阳县, 湖南: 「縣二人民醫院」, 「甘田衛生院」) — from the page's 來源 line",
     date="2022-01-07 (the page's line 2; the title prints 2022年春節期間)",
     level="town (鎮) over its villages and residents' committees (各村(居)委會、部門單位)",
     source=source("http://www.traumarecoveryconnection.com/37584/38154/38157/38161/38239/40344/content_1909329.html"),
     style="a mirror of a town's site, traditional script: title, 來源 and 瀏覽量 lines, addressee line, preamble, 一、工作目標 (one "
           "paragraph), 二、工作分工 / (一)–(五) groups each with field lines 牽頭領導／組長／牽頭單位／成員單位／具體負責, one a line with "
           "blank lines between; CUT in (五) after its 牽頭領導 line",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=["一、工作目標"],
     samples=[
        S(["二", "(一)"], ["社會事業綜合服務中心"], ["社會事業綜合服務中心", "派出所", "縣二人民醫院", "甘田衛生院", "各村"],
          responsible_alternatives=[["社會事業綜合服務中心", "派出所", "縣二人民醫院", "甘田衛生院", "各村(居)"], ["社會事業綜合服務中心"]],
          note="「(一)信息綜合組 / 牽頭領導:宋子帥 / 組    長:熊  剛 / 牽頭單位:社會事業綜合服務中心 / 成員單位:派出所、縣二人民醫院、甘田衛生院、各村(居) / 具體負責:工作預案制訂;上下信息溝通對接;數據排查核實。」 — "
               + LABELS01 + "; names split on 、 (round 30), 縣二人民醫院 kept as printed. " + DEAD01),
        S(["二", "(二)"], ["社會事業綜合服務中心"], ["社會事業綜合服務中心", "派出所", "衛生院", "市場所", "各村"],
          responsible_alternatives=[["社會事業綜合服務中心", "派出所", "衛生院", "市場所", "各村(居)"], ["社會事業綜合服務中心"]],
          note="「(二)疫情監測組 / … / 牽頭單位:社會事業綜合服務中心 / 成員單位:派出所、衛生院、市場所、各村(居) / 具體負責:國外和國內中高風險疫情輸入防范工作;準確掌握重點人群情況,實施有效管控。(核酸檢測外勤人員:馬山丹、李星光、付子滔)」 — "
               + LABELS01 + "; the bracket of 核酸檢測外勤人員 names persons (" + PERSONS + "). 實施 has no subject printed. " + DEAD01),
        S(["二", "(三)"], ["社會事業綜合服務中心"], ["社會事業綜合服務中心", "縣二人民醫院", "甘田衛生院", "鐵山醫院"],
          responsible_alternatives=[["社會事業綜合服務中心"]],
          note="「(三)醫療救治組 / … / 牽頭單位:社會事業綜合服務中心 / 成員單位:縣二人民醫院、甘田衛生院、鐵山醫院 / 具體負責:“三區兩通道”落實;人員檢測;病人救治及轉診等工作。」 — "
               + LABELS01 + ". 「三區兩通道」 is a name with numerals, no target (EXPECTED.md). " + DEAD01),
        S(["二", "(四)"], ["市場所"], ["市場所", "社會治安和應急管理辦", "農業綜合服務中心", "林業站", "各村"],
          responsible_alternatives=[["市場所", "社會治安和應急管理辦", "農業綜合服務中心", "林業站", "各村(居)"], ["市場所"]],
          note="「(四)市場管控組 / 牽頭領導:周  海 / 組    長:湛  強 / 牽頭單位:市場所 / 成員單位:社會治安和應急管理辦、農業綜合服務中心、林業站、各村(居) / 具體負責:鎮域企業、餐館、超市、農貿市場、藥店、診所等單位疫情防控工作。」 — "
               + LABELS01 + "; the firms and shops listed are the objects of the work (rule 3). " + DEAD01),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/(一)–(四). 一、工作目標 is one paragraph of aims 「堅持…策略…確保人民群眾過上…春節」, a childless aims point "
            "(plans-dev EXPECTED.md lines 21–25; Round 80's aims form), a section. (五)公共場所防控組 is cut after 「牽頭領導:周  海」: "
            "its heading names a group and the only field printed is a person, no verb of work (round 71; Round 88's governs on "
            "p63e-1: a cut line is a task only where it prints a verb of work) — no task; RULING? 3: the group's name 「…防控組」 read "
            "as naming its work (a cut point kept as far as printed, round 41) gives 5, accepted",
            "RULING? 1 (成員單位) and RULING? 2 (the title's 春節期間 as the plan's span) are written out in README.md",
            "the five groups are the plan's own working groups with a roster (組長) and a standing body labelled 牽頭單位: the label is "
            "read before Round 90's p64f set-up reading, which reaches a 职责 heading over a body the section sets up and no label "
            "(rule 1: the label decides)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x342_02_guanba-zhen-chunjie-qijian-anquan-gongzuo-anpai-fangan-fanti.txt"
ZB = ("the 專班 is a team the point sets up under the 領導小組 with its roster 組長／成員 (the members are staff, 「…全體成員」「…有關同志」, "
      "persons: " + PERSONS + ") and gives it work by 「主要職責:負責做好…」: " + SETUP + " — lead [], responsible []")
PERIOD02 = ("「春節前、節中」 in the item's own text: " + FEST + "; the plan's year is masked (「20__年」 in the group's name, 「20xx年」 in "
            "二/(一)): " + NOYEAR)
plan(X02,
     title="春節期間安全工作安排方案",
     title_note="line 2, the piece's own head 「春節期間安全工作安排方案 篇1」 less its piece mark (Round 83 on x314_06; Round 87 on x326_03); line 1 is the compilation's headline 「…(通用9篇)」 over the same words",
     doc_no="", issuer="關壩鎮 (its 鎮黨委, 鎮人大常委會, 應急辦) — named in the text; county not shown",
     date="not shown (「20__年」, 「20xx年1月24日至20xx年2月15日」 masked)",
     level="town (鎮) over its villages and communities (各村(社區))",
     source=source("http://letgol.com/fanwen/gongzuofangan/17022180.html"),
     style="a 范文 site's compilation page, traditional script: headline, piece head 「…篇1」, 一、組織領導 (a 領導小組 one member a line, "
           "its office, then 「設4個工作專班:」 over (一)–(四), each with 組長／成員／主要職責 lines, and an unnumbered paragraph after (四)), "
           "二、工作安排 / (一)檢查時間 (a masked span) and (二)檢查分工 CUT in its second paragraph at 「春節期」",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], dl="春節前、節中", skip_deadline=True,
          note="「(一)森林防火專班 / 組長:付應凱 / 成員:農服中心全體成員 / 主要職責:負責做好春節前、節中森林防火工作的部署、落實、檢查、督查和氣象預警信息發布。」 — "
               + ZB + ". Publishing weather warnings is disclosure, no duty (round 55's x247_01). " + PERIOD02),
        S(["一", "(二)"], [], [], dl="春節前、節中", skip_deadline=True,
          note="「(二)道路交通專班 / 組長:張渝龍 / 成員:綜合執法辦全體成員、派出所有關同志 / 主要職責:負責做好春節前、節中道路交通安全工作的部署、落實、檢查、督查和低溫天氣氣象預警信息發布。」 — "
               + ZB + "; 派出所有關同志 are persons of another body lent to the team, members (rule 3). " + PERIOD02),
        S(["一", "(四)"], [], [], dl="春節前、節中", skip_deadline=True,
          note="「(四)消防專班 / 組長:張強 / 成員:應急辦全體成員、派出所有關同志 / 主要職責:負責做好春節前、節中的消防安全工作的部署、落實、檢查、督查。 / 其他行業領域,由各分管領導牽頭,科室負責人具體負責做好本行業領域春節前、節中的安全工作的部署、…」 — "
               + ZB + ". The unnumbered paragraph after (四) is (四)'s body in headed points (round 32; Round 85 on x322_03), and its "
               "牽頭 and 具體負責 are persons' (分管領導, 科室負責人: " + PERSONS + "; round 30: 「由分管副区长牵头」 gives no lead). " + PERIOD02),
        S(["二", "(二)"], [], ["各村"], responsible_alternatives=[["各村(社區)"], ["關壩鎮", "各村"]], targets=[(13, "個")],
          dl="20xx年2月15日", skip_deadline=True,
          note="「(二)檢查分工 / 關壩鎮成立13個檢查工作組,負責全鎮各村(社區)安全專項督查工作,同時,由主要領導和分管領導帶隊對各行業領域春節期間安全開展檢查工作(詳見附件1)。 / 各村(社區)嚴格落實安全工作網格化管理要求,扎實開展春節期」 ("
               + CUT + ") — the second paragraph is (二)'s body (round 32): 落實 with requirements as its object is rule 2's (Round 87 on "
               "x324_04 二; Round 91 on x335_04 三/（一）), so 各村(社區) is a doer, a kind named with a rule-2 verb (no addressee line "
               "prints it here); " + BRACKET + ": 各村(社區) → 各村. The 13 groups the town sets up are none and their 負責 theirs "
               "(rule 3); 由主要領導和分管領導帶隊 names persons (" + PERSONS + "). RULING? 4: 關壩鎮 read as the subject of 負責 across "
               "the comma (rounds 34, 49 p46d) gives [關壩鎮, 各村] — accepted. Target: 「成立13個檢查工作組」, " + WORKCOUNT + ". "
               "Deadline: (一)檢查時間 「20xx年1月24日至20xx年2月15日」 is the checks' span, dating (二) by its end (round 37; Round 77's "
               "x303_04), but the year is masked: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一/(一)–(四) and 二/(二) (CUT). 一's opening lines (the 領導小組, its office 「負責統籌協調…」) are the text that "
            "leads into (一)–(四), not a leaf (plans-dev EXPECTED.md lines 19–25: items that have numbered children are not "
            "leaves). 二/(一) 「檢查時間 / 20xx年1月24日至20xx年2月15日。」 only gives the span of the work (二) divides: a line giving only "
            "the time of work other points describe is that work's time rule, no task (Round 85 on x319_03 四) — 6 with it, "
            "accepted (RULING? 5)",
            "the masked 「20__」「20xx」 are kept as printed; the cut 「春節期」 is kept as printed",
            "no duty: the 專班's 「氣象預警信息發布」 is publishing (round 55's x247_01)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x342_03_xiangzhen-qingmingjie-senlin-fanghuo-gongzuo-fangan-pian1.txt"
TOPIC = ("「清明节期间」 in 一/1 is what the propaganda is about, not the period of the work (a festival named only as the kind of "
         "activity names no period, Round 89 on x330_03)")
plan(X03,
     title="乡镇清明节期间森林防火工作方案",
     title_note="line 1, the piece's own head 「乡镇清明节期间森林防火工作方案 篇一」 less its piece mark (Round 83 on x314_06; Round 91 on x336_01)",
     doc_no="", issuer="not shown (a 乡镇's plan in general form: 「乡镇应制定…」「根据乡镇的实际情况」)",
     date="not shown",
     level="township／town (乡镇) — a 范文 site's model plan, no place named",
     source=source("http://8v4.cn/wenan/202305043314180.html"),
     style="a 文案 site's page: piece head 「… 篇一」, one preamble paragraph, 一、–三、 each with 1.–3. run-in headed lines "
           "「1. 加强宣传力度:…」 (ASCII period and a space), 「四、加强执法力」 CUT at the page's end",
     leaf_tasks=10, count_alternatives=[9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "2"], [], [],
          note="「2. 发放宣传资料:制作防火宣传册、宣传画,向游客和村民发放,提醒大家注意森林防火,不随意燃放烟花爆竹,不乱扔烟蒂,不野外露天用火。」 — "
               + NOUNITS + " — " + NONE + "; 游客和村民 receive (rule 3). No year is printed anywhere and the item prints no date: "
               + NODATE),
        S(["二", "2"], [], [],
          note="「2. 安装监控设备:在森林防火重点区域安装监控设备,实时监测火情,一旦发现火情立即报警并派人前往处置。」 — " + NONE + ". The alarm "
               "raised when the plan's own watch finds a fire is a report the plan asks when a case arises, an undated duty (round "
               "44; Round 89 on x330_01 「遇到重大突发事件,要…及时报告」; 立即 as 及时 prints no time, Round 83 on x316_01 一); Round 85 "
               "turned x317_03 第十四条 only for an order to anyone who finds a fire. " + NODATE),
        S(["三", "3"], [], [],
          note="「3. 组织应急演练:定期组织防火应急演练,提高各级人员的应急处置能力,…」 — 组织 with no subject printed names none (" + NONE
               + "). 「定期」 prints no period and no date (round 34's recurring dates; Round 84's p61e-1: a period is no deadline): "
               + NODATE),
        S(["四"], [], [],
          note="「四、加强执法力」 (" + CUT + "; " + CUTVERB + ": 加强) — a heading cut at the page's end, kept as a leaf, a task naming "
               "none. " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "一旦发现火情立即报警并派人前往处置", "when": "立即", "when_norm": None}],
     notes=["10 leaves: 一/1–3, 二/1–3, 三/1–3 and 四 (CUT, " + CUTVERB + "). RULING? 6: 「四、加强执法力」 read as a noun fragment "
            "(「执法力[度]」 cut inside its object, Round 87 turned x324_03's 「对七星广场、世昌」) gives 9, accepted",
            "every leaf names its work in a run-in heading 「加强宣传力度:」 over its sentence; the lines are tasks naming none: "
            + NOUNITS + ". " + TOPIC,
            "no figures anywhere; no year, no date"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x342_04_zhongshan-xian-zonggonghui-wuyi-xilie-huodong-tongzhi.txt"
ISSUER04 = ("the issuer 县总工会 acts only by 开展, 进行 and 初定于…开展 (" + CALL + "): the issuer speaking of itself is a unit only as "
            "the subject of a rule-2 verb (round 30) — " + NONE)
plan(X04,
     title="工会五一活动通知",
     title_note="line 9, the piece's own head 「工会五一活动通知 篇1」 less its piece mark (Round 83 on x314_06); the site's breadcrumb, 《…汇编三篇》 and 「…(通用3篇)」 lines above it are chrome and a compilation's headline (Round 91 on x336_01)",
     doc_no="", issuer="钟山县总工会 (广西: 「新钟山」「广西精神」) — 「县总工会决定…」", date="not shown (no year printed)",
     level="county union (县总工会) over its 基层工会",
     source=source("https://www.dawenxue.cn/fanwen/tongzhi/743/743800.html"),
     style="a 范文 site's compilation page: breadcrumb, headlines, piece head 「…篇1」, addressee 「各基层工会:」, two preamble "
           "paragraphs, 一、–三、 each a heading line over one paragraph (blank lines between), 三's 「活动宣传的先进集体:…」 CUT",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="4月20—22日", skip_deadline=True,
          note="「一、举办钟山县第五届职工庆“五一”气排球赛 / 为丰富和活跃…,县总工会初定于4月20—22日开展庆“五一”气排球比赛。报名方式及时间另行文通知。」 — "
               + RUNHEAD + "; " + ISSUER04 + ". 「第五届」 is a name with a digit (EXPECTED.md). Deadline: the latest day printed, 4月22日 "
               "(Round 82's p60e-3), but " + NOYEAR),
        S(["二"], [], [], targets=[(33, "名")], dl="4月24日—4月26日", skip_deadline=True,
          note="「二、开展“关爱劳模”慰问活动 / 为了充分体现…,县总工会拟定于4月24日—4月26日,对全县33名全国、自治区、市劳模进行走访慰问。」 — " + RUNHEAD + "; "
               + ISSUER04 + ". Target: the 33 劳模 the item's own visits reach, " + WORKCOUNT + " (RULING? 7: Round 87 left x324_05's "
               "「…6户」 unchecked as a count of whom a list names in a point that is no task). Deadline 4月26日, but " + NOYEAR),
        S(["三"], [], [], dl="“五一”国际劳动节期间", skip_deadline=True,
          note="「三、开展以“弘扬劳模、尊重劳动”为主题的系列宣传活动 / “五一”国际劳动节期间,利用新闻媒体开展系列宣传活动,…动员广大职工…。 / 活动宣传的先进集体:县环卫站清扫班、县自来水公司经营」 ("
               + CUT + ") — " + RUNHEAD + "; 开展 with no subject (" + NONE + "). 「活动宣传的先进集体:」 lists the collectives the "
               "publicity honours, the objects of the work, no unit label (rule 3; round 30: a body inside a noun's description). "
               "Deadline: " + FEST + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一–三 (三 CUT inside its list of honoured collectives). The preamble's 「请各基层工会组织职工群众踊跃参加」 calls "
            "back the addressee line 「各基层工会:」 (Round 89's governs on x330_02; Round 91 on x336_02), and a notice's preamble is no "
            "section lead-in (rule 4): no units to the items",
            "「为“”建功立业」 is printed with empty quotation marks (the site lost the words); kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x342_05_luojiang-qu-zonggonghui-wuyi-qingzhu-huodong-tongzhi.txt"
ISSUER05 = "区总工会 acts by 举行／举办／召开 (" + CALL + ")"
plan(X05,
     title="关于五一活动通知",
     title_note="line 5, the piece's own head 「关于五一活动通知【一】」 less its piece mark (Round 81's x308_01 【第一篇】; Round 83 on x314_06); line 1 「最新关于五一活动通知」 is the site's headline over the compilation",
     doc_no="", issuer="洛江区总工会 (泉州) — 「区总工会决定…」", date="not shown (the site's 2021-05-07 is no plan's year; 泉洛工〔20xx〕18号 masked)",
     level="district union (区总工会) over 各乡镇(街道)工(委)会、系统工会",
     source=source("http://huaxiashiwen.com/xuexi/fjtz/728620.html"),
     style="a 范文 site's page: headline, the site's date line, piece head 「…【一】」, addressee line, preamble, 一、–五、 each a "
           "heading line naming the event over one paragraph (blank lines between), CUT in 五",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], ["区总工会"], ["区总工会", "区围棋协会", "泉州市新春印刷有限公司"], lead_alternatives=[[]],
          responsible_alternatives=[["区总工会"]], dl="4月23日-24日", skip_deadline=True,
          note="「一、洛江区庆五一“新春杯”职工象棋比赛 / …,4月23日-24日,区总工会将举行象棋比赛。本次比赛由区总工会主办、区围棋协会承办、泉州市新春印刷有限公司协办。(具体事项另行通知)」 — "
               + RUNHEAD + ". The agent of 由 with a verb of doing is a doer (rule 2), and one 由 reaches the three pairs 「A主办、B承办、C协办」: "
               "the host leads and those who undertake and assist are responsible after it, in printed order, as the labels 主办单位／"
               "承办单位／协办单位 are read (Round 91 on x336_04; Round 83 decided x312_04; round 30: 协助 after a doer); lead [] "
               "accepted (rule 2: a doer by 由A is responsible, A alone may be the lead). RULING? 8: 承办 and 协办 read as no verbs of "
               "rule 2 gives [区总工会] alone — accepted. Deadline 4月24日 (the latest day, Round 82's p60e-3), but " + NOYEAR),
        S(["二"], [], [], targets=[(1, "场")], dl="4月25日", skip_deadline=True,
          note="「二、洛江区庆“五一”职工趣味运动会 / 为增强…,区总工会将于4月25日在泉州第十一中学举办一场趣味运动会。(竞赛规程附后)」 — " + RUNHEAD
               + "; " + ISSUER05 + " — " + NONE + ". Target: 「举办一场」, " + WORKCOUNT + "; 第十一中学 is a name with a digit "
               "(EXPECTED.md). Deadline 4月25日, but " + NOYEAR),
        S(["三"], ["区总工会"], ["区总工会", "区文体旅游新闻出版局"], lead_alternatives=[[]], not_targets=[(5, "局")],
          dl="4月26日", skip_deadline=True,
          note="「三、洛江区庆“五一”职工乒乓球赛 / 4月26日区总工会将联合区文体旅游新闻出版局在区职工活动中心(原万安水厂)举行职工乒乓球赛。…采取五局三胜制。…比赛裁判员由区总工会选派。」 — "
               + RUNHEAD + ". 「A联合B＋verb」 reads as 会同 (round 34; Round 87 turned x327_03 三/3): lead A (lead [] accepted), "
               "responsible A, B; 会同 reaches any verb but a review (Round 85 on x321_01 五、（二））; 由区总工会选派 names the same body. "
               "Not a target: 「五局三胜制」 names a kind of match (round 30's 「3吨或5吨货车」; Round 87 on x324_08 「24小时值班制度」); "
               "「二男一女」 are persons per team, a norm. Deadline 4月26日, but " + NOYEAR),
        S(["五"], [], [], not_targets=[(18, "号")], dl="4月30日", skip_deadline=True,
          note="「五、洛江区庆“五一”职工书画摄影作品展 / 根据《…》(泉洛工〔20xx〕18号)文件精神,区总工会将于4月30日举办职工书画摄影作品展,通过展览丰富职工群众的」 ("
               + CUT + ") — " + RUNHEAD + "; " + ISSUER05 + " — " + NONE + ". Not a target: the cited document's number (EXPECTED.md). "
               "Deadline 4月30日, but " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一–五 (五 CUT). 四 「4月27日起,区总工会将召开劳模座谈会,并对患病和困难劳模进行走访慰问」 names none (召开 without "
            "组织; 进行) and prints a start, no end",
            "the preamble 「区总工会决定在4月下旬举办一系列庆祝活动」 is the notice's, no section lead-in (rule 4); 「(具体事项另行通知)」 and "
            "「(竞赛规程附后)」 name later papers, no duty"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x342_06_zhen-qiyi-jiandangjie-xilie-jinian-huodong-tongzhi.txt"
YEAR06 = ("the notice prints its year in the preamble, 「2012年是中国共产党建党周年」 (the anniversary's number lost), and 「时间定在6月27日」 "
          "is read in it (round 50: a year filled from a fact the text prints; Round 91 on x338_04 「2010年度」): 2012-06-27. RULING? 9: "
          "the preamble's other facts — 《才溪乡调查》75周年 (1933 + 75), 改革开放30周年, 抗震救灾, 十七大 — point to 2008; only what "
          "is printed is read (round 48), so the printed 2012 is taken; the other reading leaves it unchecked")
plan(X06,
     title="七一建党节系列活动通知",
     title_note="line 7, the piece's own title line under the site's headline 「七一建党节系列活动通知范文」 (Round 87 on x326_04: a line under the piece head that titles it wins; Round 89 on x330_05)",
     doc_no="", issuer="a 镇's 党委 (「经党委研究」「全镇各党支部」「镇党校」; 才溪, 上杭县, 福建) — not named",
     date="2012 as printed in the preamble (RULING? 9)",
     level="town party committee (镇党委) over 各党支部",
     source=source("https://meizhang.com/jieri/qyjdj/619252.html"),
     style="a 范文 site's page: headline, the site's blurb, the notice's title line, addressee 「各党支部:」, preamble, unnumbered "
           "headings 「指导思想」 (one paragraph) and 「活动安排」 over 1、2、, each one paragraph; 2、 CUT at 「6月27日上」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["指导思想"],
     samples=[
        S(["活动安排", "1"], [], [], targets=[(1, "次"), (5, "个"), (48, "名"), (16, "名")], dl="6月27日上午", dln="2012-06-27",
          **at(X06, "\n1、"),
          note="「1、召开一次“一先两优”表彰大会。表彰一批先进基层党组织、优秀共产党员和优秀党务工作者。本次表彰大会根据…,将表彰先进党支部5个、优秀共产党员48名、优秀党务工作者16名。(具体名额安排见附表1,…附表3、4、5,…)时间定在6月27日上午,地点在镇党校。」 — "
               "the heading 「活动安排」 has no number, so its text is the path's first element (plans-dev EXPECTED.md; the file 11 form). "
               "No body is named as a doer (召开 without 组织; 表彰): " + NONE + ". Targets: the meeting and the awards the item's work "
               "makes, " + WORKCOUNT + " (RULING? 10: the awards read as a count of whom the work names, Round 87's x324_05 「…6户」, "
               "unchecked); 「一先两优」 and 附表1–5 are names with digits (EXPECTED.md). " + YEAR06),
        S(["活动安排", "2"], [], [], targets=[(1, "场")], dl="6月27日上", dln="2012-06-27", **at(X06, "\n2、"),
          note="「2、举行一场党员重温入党誓词宣誓仪式。通过重温入党誓词,引导教育新党员…。时间定在6月27日上」 (" + CUT + ") — " + NONE
               + " (举行). Target: 「举行一场」, " + WORKCOUNT + ". The day is printed before the cut: " + YEAR06),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 活动安排/1, 2 (2 CUT). 「指导思想」 is an unnumbered heading over one paragraph of aims (「以党的十七大精神为指导…」), "
            "a section (plans-dev EXPECTED.md lines 21–25; p51e)",
            "the page names no unit by the ruled forms (各党支部 is the addressee line, 全镇各党支部 the ground of the quotas): the two "
            "leaves are tasks naming none (plans-dev 08)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x342_07_chunan-xian-guoqing-zhongqiu-xiaoyuan-yiqing-fangkong-anquan-tongzhi.txt"
YEAR07 = ("no year is printed for the notice: the cited 杭防组办〔2020〕36号 is another document's number and the site's 2024-09-04 "
          "its own date (round 48; round 50; RULING? 11)")
plan(X07,
     title="关于做好国庆、中秋假期淳安县校园疫情防控和安全工作的通知",
     title_note="line 4, the notice's own title line; lines 1–3 are the site's headline (another article's, 「2020杭州桐庐普通话考试公告…」) and date lines",
     doc_no="", issuer="淳安县's education authority (「校园」「各学校」「根据省市教育部门和防控办相关文件要求」) — not named",
     date="not shown (杭防组办〔2020〕36号 cited; 国庆 and 中秋 on one holiday)",
     level="county (淳安县) education authority over its schools",
     source=source("http://shenbaike.com/jiaoyu/ace482088cce6b10dc6af91817768319.html"),
     style="a 百科 site's page: another article's headline, the site's date lines, the notice's title line, preamble (no addressee "
           "line printed), 一、–四、 each one paragraph on one line; 四 CUT at 「及时报送紧」",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], targets=[(1, "次")], dl="放假前", skip_deadline=True,
          note="「一、放假前,各学校要集中开展一次安全教育,教育师生员工合理选择安排外出区域和行程,…对准备在假期内出省、出国、出境的师生员工进行校方登记备案和跟踪管理,…引导家长…做好心理疏导。」 — "
               + CALL + " — " + NONE + "; 师生员工 and 家长 are the persons the schools' work reaches (" + PERSONS + "). Target: "
               "「开展一次安全教育」, " + WORKCOUNT + ". Deadline: 「放假前」 in the item's own text dates it by the holiday the notice "
               "prints (" + FEST + "; Round 91 on x336_03 「在放假前」), but " + YEAR07),
        S(["三"], [], ["各校"], not_targets=[(36, "号")], dl="“国庆”“中秋”假期", skip_deadline=True,
          note="「三、各校严格按照节假日期间领导干部值班备勤工作要求,加强“国庆”“中秋”假期值班值守,强化门卫管理,严格…“测温+亮码”等防控措施落实。假期结束后,各校要按照《…》(杭防组办〔2020〕36 号),落实相应的卫生防护措施,以保障学校开学平稳有序。」 — "
               "落实 with measures as its object is rule 2's (Round 87 on x324_04 二; Round 89 decided x330_01 「重点落实…措施」), so 各校, a "
               "kind (no addressee line is printed for it to call back; Round 91 on x336_07 二 「各学校单位要…落实…」), is a doer: "
               "[各校], lead [] (rule 2). The first sentence's 「…防控措施落实」 is a noun (Round 81's x308_09). Not a target: the cited "
               "document's number (EXPECTED.md). Deadline: the holiday named in the item's own text (" + FEST + "), but " + YEAR07),
        S(["四"], [], [], dl="“国庆”“中秋”放假期间", skip_deadline=True,
          note="「四、严格落实紧急信息报送制度。“国庆”“中秋”放假期间,要保持通讯和信息畅通,遇有突发紧急情况要第一时间妥善处置,并按规定及时报送紧」 ("
               + CUT + ") — 落实 with no subject printed names none (" + NONE + "). The report of emergencies is a report the plan asks "
               "when a case arises, an undated duty (round 44; Round 89 on x330_01; Round 91 on x336_07). Deadline: the holiday "
               "period in the item's own text (" + FEST + "), but " + YEAR07),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "遇有突发紧急情况要第一时间妥善处置,并按规定及时报送", "when": "及时", "when_norm": None}],
     notes=["3 leaves: 一, 三, 四 (四 CUT). 二 「确需出国、出境的师生员工,入境后要严格落实境外疫情输入防控的相关政策要求和管控措施。仅有澳门旅居史的入境人员,"
            "不在此管控范围。」 binds persons on their own travel in their own time (Round 87 turned x324_07 四: cautions to staff on "
            "their own conduct give the plan's bodies no work), text. RULING? 12: 二 read as the notice's instruction to the schools' "
            "own staff and students (Round 89 on x333_01's case officers) gives 4, accepted",
            "「现就就」 in the preamble is printed so"])

write_collected(DIR)
