# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next185/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c185, round 42: eight page openings of plans from outside Shanghai — 红寺堡区's
2017 3·15 实施方案 under the district office's cover (「由A、B牵头,C及D参加」, 「(A牵头,各有关单位配合)」, a span 3月1日–16日);
an XX市 20xx 3.15 plan, 篇1 of a 范文 collection (「由市消协主办」, 「由市消协牵头,联合…」 cut); 山西省文化和旅游厅's own 2021
宪法日／宪法宣传周 plan (a content list, 「牵头单位:政策法规处」); an xx镇's 八五普法 规划 with a hidden middle and three dated stages;
保定市's 2023 普法依法治理 工作要点 opening at its preamble (〔责任单位:A、B、C等市有关部门,各县(市、区)法宣办(含…,下同)〕); 芜湖市's
2023 工作要点 under its leading group's cover (items with no units); a school's 反詐騙 plan in traditional characters with the
site's chunk lines and broken brackets 「。1)」; a 街道's 2023 宪法日 plan with unnumbered headings and dash bullets): never tune
the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or by ``at_line``
below for the paths under unnumbered headings); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of rounds 30–42 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c185.

    python tests/data/plans-next185/make_expected.py tests/data/plans-next185
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


def at_line(file, heading, number):
    """Line (1-based) and first eight characters of the item 「number. …」 after the line that is only ``heading`` (an
    unnumbered section heading, plans-dev 11: its text is the path's first element)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = lines.index(heading)
    pat = re.compile(rf"^{number}\s*[.．、]\s*")
    while not pat.match(lines[i].strip()):
        i += 1
    return {"line": i + 1, "title_starts": pat.sub("", lines[i].strip())[:8]}


NO_TITLE = "title not checked: the page opening prints no title of the plan"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
SPAN = ("rounds 36/37: an activity's span stated once for the whole action is a stage span, its end the deadline of "
        "items with no date of their own")
NOYEAR = "the year is not printed (masked 「20xx」, or left implicit with no plan date on the page): the deadline is not checked"
NOUNIT_PLAN = ("rounds 25/27: in a plan that names no units at all every numbered leaf is a task (plans-dev 08); "
               "no doer by rule 2: lead [], responsible []")
SANCAN = ("RULING? 参加 read as rule 2's 参与 (「由A牵头，B、C配合／参与／协助」; round 37: 「…参与确定…」 in an item with a doer "
          "makes the partners responsible): the participants are responsible; a reader who keeps rule 2's closed list to the "
          "word 参与 gives the hosts only (accepted: responsible_alternatives)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x185_01_hongsibu-qu-2017-315-xuanchuan-zixun-fuwu-huodong-shishi-fangan.txt"
SPAN01 = SPAN + " — 二、活动时间 「从3月1日起至3月16日结束」 (2017, the cover's and the text's year): 2017-03-16"
plan(X01,
     title="红寺堡区“3·15”国际消费者权益日宣传咨询服务活动实施方案",
     title_note="lines 5–6, as printed on two lines (the cover cites it as 《红寺堡区“3·15”…活动实施方案》)",
     doc_no="", issuer="吴忠市红寺堡区人民政府办公室 (the cover, 「现将…印发给你们,请抓好贯彻落实」)", date="2017-03-07 (the cover)",
     level="county (红寺堡区, a district of 吴忠市, 宁夏)",
     source=page_source("https://www.hongsibu.gov.cn/zzb/zcwj_67318/201710/t20171027_535906.html"),
     style="a district government's page: the office's cover (addressees 「各乡(镇)人民政府,区政府各部门,…区属驻红各单位:」, "
           "「请抓好贯彻落实」, 2017年3月7日), the plan's title on two lines, a preamble, 一、活动目的, 二、活动时间 (a span 「从3月1日起至"
           "3月16日结束,其中3月15日为集中宣传日」), 三、活动内容 (一)–(三) run-in headed paragraphs: (一) 「3月15日上午九时,由A、B牵头,"
           "C及D参加」, (二) a closing label 「(市场监管分局牵头,各有关单位配合)」, (三) CUT at 「围绕“网」",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、活动目的", "二、活动时间"],
     samples=[
        S(["三", "(一)"], ["市场监管分局", "消费者协会"], ["市场监管分局", "消费者协会", "消费者协会各成员单位", "相关企业"],
          responsible_alternatives=[["市场监管分局", "消费者协会"]], dl="3月15日", dln="2017-03-15",
          note=R2 + ": 「由市场监管分局、消费者协会牵头,消费者协会各成员单位及相关企业参加」 — 「由A、B牵头」: both the lead (round 36: "
                    "two bodies that 牵头); 「A及B」 two names (round 34); 消费者协会各成员单位 a group named by a kind (round 35), "
                    "相关企业 a kind (企业; only the bare 相关单位 is a general call, round 33); " + SANCAN + "; 「组织本地企业进行…"
                    "展示」 — the object of 组织 is no unit (round 30); the item's own day 「3月15日上午九时」 (round 37: an item's "
                    "own date wins over the span): 2017-03-15; 九时 is a clock time (no target)"),
        S(["三", "(二)"], ["市场监管分局"], ["市场监管分局", "各有关单位"], dl="“3·15”活动期间", dln="2017-03-16",
          note=R1 + ": the closing label 「(市场监管分局牵头,各有关单位配合)」 — lead 市场监管分局; a label keeps every name it "
                    "prints less the four no-kind words (round 33; round 37: a unit column keeps 「各有关单位」): 各有关单位 "
                    "responsible; the sentences 「各相关部门抽调人员组成宣传队」「组织沿街经营户…发布」 add nothing (rule 1); 「“3·15”"
                    "活动期间」 is the activity's whole span, no day of its own: " + SPAN01),
        S(["三", "(三)"], [], [], dl=None, dln="2017-03-16",
          note=CUT + " (at 「围绕“网」, before any doer or label): lead [], responsible []; " + SPAN01),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 三/(一)–(三) (run-in headed paragraphs; (三) CUT); 2 accepted ((三) cut before its work); "
            "一、活动目的 (aims) and 二、活动时间 (a field: the span) are sections",
            "the cover's 「请抓好贯彻落实」 is no task (round 25) and the cover has no dated sending",
            "二、活动时间 is one span 「3月1日起至3月16日」 with a day named in it 「3月15日为集中宣传日」: no phase (one span, no named "
            "stages, round 42: phases need named stages)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x185_02_shi-20xx-315-xiaofeizhe-quanyiri-xuanchuan-zixun-fuwu-huodong-fangan.txt"
plan(X02,
     title="国际消费者权益日活动方案",
     title_note="lines 3, 7 and 9 as printed, less the collection's 「(通用6篇)」 and the piece's 「 篇1」 (the plan's own name; "
                "二、活动名称 names the activity 「XX市20xx年“3.15”…活动」, not the document)",
     doc_no="", issuer="an XX市 (masked; 「XX市20xx年」「由市消协主办」「XX区、XX区消协」)", date="20xx (masked)",
     level="city (masked XX市)",
     source=page_source("https://jdfwg.com/jrqd/xiaofei/9p4gmw.html"),
     style="篇1 of a 范文 collection: breadcrumb 「当前位置:经典范文谷>节日庆典>消费者权益日>」, the collection's title twice, 「阅读"
           "(1.84W)」, the piece's heading 「…活动方案 篇1」, one blank line between paragraphs; 一、指导思想, 二、活动名称, 三、活动主题, "
           "四、活动时间 「3月上旬至中旬」, 五、活动内容 1、 (a run-in heading, 「由市消协主办」, participants, several paragraphs of fields "
           "「会场设置:」「活动时间为3月15日上午9点至12点」「协办企业:。」 and a masked 「由XX区、XX区消协主办」) and 2、 「由A和B联合主办」, "
           "「由市消协牵头,联合市网通、市移动公司、市联通公司」 — CUT",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动名称", "三、活动主题", "四、活动时间"],
     samples=[
        S(["五", "1"], ["市消协"], ["市消协", "市政府有关职能部门", "生产和销售企业"], lead_alternatives=[[]],
          responsible_alternatives=[["市消协"]], skip_deadline=True, not_targets=[(100, "家")],
          note=R2 + ": 「由市消协主办,在…举办…活动」 — round 40: 「由A主办、B承办的…活动」 naming the item's own event gives A as "
                    "the lead (由A＋a verb of doing, round 34); lead [] accepted (主办 alone, no 承办 beside it); 「市政府有关职能部门"
                    "和市区100余家生产和销售企业参加活动」 — 「A和B」 two names (round 34), 「生产和销售企业」 one name (fields sharing "
                    "one head, round 31), the place and the count before it dropped (round 42: a quantifier before a name is no "
                    "part of it, like 本市) — " + SANCAN + "; persons are no units (「市人大、市政府、市政协的领导」, invited, round "
                    "30); 「政府职能部门…宣传」「市消协统一印发」 — no rule-2 verb; 「协办企业:。」 is a blank field and 「由XX区、"
                    "XX区消协主办」 masked (round 37: a masked name is no name); the paragraphs after 1、 up to 2、 are its body "
                    "(round 32); the day 「3月15日上午9点至12点」 of 20xx: " + NOYEAR + "; 「100余家」 counts participants with no "
                    "comparison word (余 is not in the line's list, rounds 30/32): not a target"),
        S(["五", "2"], ["市消协"], ["市消协", "市电视台", "市网通", "市移动公司", "市联通公司"],
          lead_alternatives=[["市消协", "市电视台"]], skip_deadline=True,
          note=CUT + "; " + R2 + ": 「由市消协和市电视台联合主办…晚会」 — 由A和B＋a verb of doing: both doers (round 30: 「由A与B共同"
                     "＋verb」); 「本次晚会将由市消协牵头,联合市网通、市移动公司、市联通公司」 — 由A牵头: lead 市消协; 「A联合B」 reads "
                     "as 会同 (rounds 34, 39): the partners responsible, the clause's verb lost to the cut (round 39: a 由 clause "
                     "whose verb is lost still names its doers); 市联通公司 stands whole before the cut; the two co-hosts as the "
                     "lead (round 40's 主办) accepted; 「邀请…领导参加」 — persons; no date of its own, the span 「3月上旬至中旬」 "
                     "of 20xx: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 五/1, 五/2 (CUT); 一、–四、 are sections (guiding thought, name, theme, time: fields)",
            "the paragraphs between 1、 and 2、 (「活动设主、分会场。…」「会场设置:…」「活动时间为…」「协办企业:。…」「分会场设在…」) are 1、's "
            "body, not items",
            "「1.84W」 is the site's reading count; 「(通用6篇)」「篇1」 are the collection's"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x185_03_shanxi-wenlvting-2021-xianfari-xianfa-xuanchuanzhou-xilie-huodong-shishi-fangan.txt"
SPAN03 = SPAN + " — 二、时间安排 「11月29日(周一)至12月5日(周日)」 of 2021 (the title): 2021-12-05"
plan(X03,
     title="2021年“12·4”国家宪法日和宪法宣传周系列活动实施方案",
     title_note="line 8, as printed (the cover's title line 1 cites it as 《2021年“12·4”…实施方案》)",
     doc_no="", issuer="山西省文化和旅游厅 (its office's cover, 2021年11月24日; 「我厅制定了…」)", date="2021-11-24 (the cover)",
     level="a body's own (province department: 山西省文化和旅游厅)",
     source=page_source("http://fz.lyyqjc.org.cn/show-29415.html"),
     style="a province department's own plan on a law-news site: the cover's title as the page title, a site line 「时间:2022-02-25 "
           "作者: 来源:」, addressees 「机关各处室、厅属各单位:」, 「请认真组织实施」, the date, 「(此件主动公开)」, the plan's title, a "
           "preamble, 一、宣传主题, 二、时间安排 (a week), 三、重点宣传内容 (一)–(五) (a list of topics), 四、活动安排 (一)参加省级活动 "
           "1. with a label line 「牵头单位:政策法规处」, 2. — CUT at 「2.参加省直」",
     leaf_tasks=2, count_alternatives=[1, 7, 6], attachment_task_rows=0,
     childless_top_level_sections=["一、宣传主题", "二、时间安排"],
     samples=[
        S(["四", "(一)", "1"], ["政策法规处"], ["政策法规处"], dl="11月29日(周一)至12月5日(周日)", dln="2021-12-05",
          note=R1 + ": the label line after the item 「牵头单位:政策法规处」 — lead and responsible 政策法规处 (a 处 of the issuing "
                    "department, as printed); 「学习相关单位工作经验」 names none; no date of its own: " + SPAN03),
        S(["四", "(一)", "2"], [], [], dl="11月29日(周一)至12月5日(周日)", dln="2021-12-05",
          note=CUT + " (at 「2.参加省直」, before its label line): lead [], responsible []; " + SPAN03),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 四/(一)/1, 四/(一)/2 (CUT); 1 accepted (2. cut to four characters), 7 and 6 accepted (三、重点宣传"
            "内容 (一)–(五) read as items)",
            "三、重点宣传内容 (一)–(五) is a list of topics (习近平法治思想; 六中全会精神; …; “八五”普法规划) that gives no work: text, "
            "not items or tasks (round 35: lists that give no work); no sample is written on it",
            "the cover's 「请认真组织实施」 is no task (round 25); 一、宣传主题 and 二、时间安排 are fields (round 42 continued: a "
            "section that only gives the time or theme of the activity is a field, no task)",
            "「第八个国家宪法日,第四个宪法宣传周」 are ordinals (no targets); 「12·4」 is a day's name"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x185_04_zhen-2021-2025-bawu-pufa-guihua.txt"
STEP = "round 33: a stage written as a name and a time in a 工作步骤 section is a phase, and a task where work is written under it"
plan(X04,
     title="在全镇公民中开展法治宣传教育的第八个五年规划(2021-2025)",
     title_note="line 1, as printed",
     doc_no="", issuer="an xx镇 (masked; 「xx镇根据县委、县政府、县普法办的部署」)", date="2021 (the plan runs 2021–2025; the site's "
     "「更新时间:2023-02」 is its own)", level="township (a 镇, masked)",
     source=page_source("https://laobiganer.com/gongwen/53677.html"),
     style="a 公文 site's page: the title, 「更新时间:2023-02 来源:网友投稿」, a preamble, 一、指导思想和主要目标 (一)指导思想 (二)主要目标 — "
           "then the site's 「---此处隐藏5076字,下载后查看---」 hides the rest of 一 and all of 二, 三、对象和要求 (a childless "
           "paragraph), 四、工作步骤 with three stages, each a heading line 「(一)宣传发动阶段(2021年12月底前)」 over a paragraph of "
           "work (a 备案 sending to 县普法办 in (一)), 五、组织领导和工作保障 (一) — CUT mid-sentence, one line broken 「纳入党委政府\\n\\n"
           "综合目标考核、」",
     leaf_tasks=6, count_alternatives=[4, 5, 3], attachment_task_rows=0,
     childless_top_level_sections=["三、对象和要求"],
     samples=[
        S(["一", "(一)"], [], [],
          note=NOUNIT_PLAN + " — 「坚持稳中求进、守正创新,启动实施八五普法规划」 has no subject; the count without 一's items "
                             "(4) is accepted (round 38: work items under 一、总体要求); " + NODATE + " (the period in the "
                             "title dates nothing, round 38)"),
        S(["四", "(一)"], [], [], dl="2021年12月底前", dln="2021-12-31",
          note=STEP + "; 「开展动员部署,本乡镇、全面贯彻落实…,结合实际制定…规划或实施方案,并报县普法办备案」 — no subject; 县普法办 "
                      "only receives (rule 3: 报A备案): lead [], responsible []; the stage's own date 「2021年12月底前」: 2021-12-31"),
        S(["四", "(二)"], [], [], dl="2021年12月至2025年上半年", dln="2025-06",
          note=STEP + "; 「每年制定年度…计划并组织实施,推进年度考核和专项督查,2023年开展中期督查」 — no subject (组织实施 with none): "
                      "lead [], responsible []; round 34: several dates in one item, the latest is its deadline — the stage's end "
                      "「2025年上半年」 (2025-06-30), after the step 「2023年开展中期督查」; 「每年」 is a rhythm (no deadline)"),
        S(["四", "(三)"], [], [], dl="2025年下半年", dln="2025-12",
          note=STEP + "; 「认真总结、迎接检查…认真做好普法工作台账,开展自检自查工作」 — no subject: lead [], responsible []; the stage's "
                      "end 「2025年下半年」: 2025-12-31; 「(员穿全年度工作)」 is the page's garble (贯穿), kept as found"),
        S(["五", "(一)"], [], [],
          note=CUT + " (mid-sentence 「纳入党委政府\\n\\n综合目标考核、」, a line broken by the page); 「把法治宣传教育纳入当地经济社会发展"
                     "规划」 has no subject: lead [], responsible []; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "宣传发动阶段", "start": None, "start_alt": "2021-01", "end": "2021-12"},
             {"name": "组织实施阶段", "start": "2021-12", "end": "2025-06"},
             {"name": "检查验收阶段", "start": "2025-07", "end": "2025-12"}],
     duties=[{"what": "制定本乡镇第八个法治宣传教育五年规划或实施方案,并报县普法办备案", "when": "2021年12月底前",
              "when_norm": "2021-12-31"}],
     notes=["6 leaves on the page: 一/(一), 一/(二) (its text hidden by the site), 四/(一)–(三) (stages with work, round 33), "
            "五/(一) (CUT); accepted 4 (一's two items read as aims, round 38), 5 (五/(一) cut), 3 (both); 三、对象和要求 is a "
            "childless section (who the plan is for); 二 is hidden",
            "the plan names no unit on the page (县委、县政府、县普法办 only direct or receive): every leaf is a task (rounds 25/27)",
            "phases: the three stages of 四、工作步骤 (round 33: stages in any time form); 宣传发动阶段 starts with the plan "
            "(「从2021年开始实施」, month not given: start null, 2021-01 accepted); 检查验收阶段 「2025年下半年」 = 2025-07 → 2025-12",
            "duty: the town's own plan sent to 县普法办 for 备案 within the first stage — round 42 (turned): a dated sending by a "
            "body the plan tasks inside its own campaign is a dated duty, and a 备案 is such a sending (plans-dev 06 lists a "
            "方案 报…备案 as a duty)",
            "「---此处隐藏5076字,下载后查看---」 is the site's line (5076 is no figure of the plan); 2021-2025 in the title dates "
            "nothing (round 38)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x185_05_baoding-shi-2023-pufa-yifa-zhili-gongzuo-yaodian.txt"
plan(X05,
     title_note=NO_TITLE + " (the page opens at the preamble 「2023年是全面贯彻落实党的二十大精神开局之年,…」)",
     doc_no="", issuer="保定市 (the city's 普法依法治理 leadership; 「全市」「法治保定」; the page is on 保定市司法局's site)",
     date="2023 (the text)", level="city (保定, 河北)",
     source=page_source("http://sfj.baoding.gov.cn/info_show.asp?infoid=4173++++++++++++++++++++"),
     style="a city bureau's site page of the city's 2023 普法依法治理 工作要点, from its preamble (no title): one long paragraph, "
           "一、(a whole-sentence heading), 1. a run-in item closing with a label in tortoise-shell brackets 「〔责任单位:市委组织部、"
           "市委宣传部、市司法局等市有关部门,各县(市、区)法宣办(含高新区、白沟新城党群工作部,下同)〕」, then 「2.」 alone — CUT",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["市委组织部", "市委宣传部", "市司法局", "各县(市、区)法宣办"],
          responsible_alternatives=[["市委组织部", "市委宣传部", "市司法局", "各县(市、区)法宣办(含高新区、白沟新城党群工作部,下同)"],
                                    ["市委组织部", "市委宣传部", "市司法局", "市有关部门", "各县(市、区)法宣办"]],
          note=R1 + ": the closing label 〔责任单位:…〕 — responsible only, no lead; 「市委组织部、市委宣传部、市司法局等市有关部门」: "
                    "separate heads before 等… give A, B, C, the tail dropped (round 35); 「各县(市、区)法宣办(含高新区、白沟新城党群"
                    "工作部,下同)」 — the inner 「(市、区)」 stays as printed, the bracket 「(含…,下同)」 that lists the bodies the kind "
                    "also covers is dropped (round 37: 「各化工园区（A、B、C）」) — RULING? 含 adds bodies beyond the kind (两个党群工作部) "
                    "and 下同 makes it a standing rule; the name kept whole with its bracket, or 市有关部门 kept as a name, are "
                    "accepted; the sentences 「组织全市普法依法治理战线…学习」「组织召开…座谈会」 add nothing (rule 1); " + NODATE
                    + " (a 2023 工作要点: the year alone dates no item); 「两个确立」「四个意识」「四个自信」「两个维护」 are names"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 一/1; 「2.」 stands alone at the cut (2 accepted, the bare number read as an item)",
            "「下同」 in the label's bracket says the bracket's bodies go with 各县(市、区)法宣办 in every later label; the page shows "
            "no later label"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x185_06_wuhu-shi-2023-pufa-yifa-zhili-gongzuo-yaodian-tongzhi.txt"
NOUNIT06 = ("no unit is named on the page (no label, no rule-2 doer: 「通过多种形式,…发挥…作用,推动…」 has no subject): lead [], "
            "responsible []; the items are the plan's work (round 38/39: items that give work are tasks, with units or without)")
plan(X06,
     title="2023年全市普法依法治理工作要点（关于印发2023年全市普法依法治理工作要点的通知）",
     title_note="line 6 the plan's title; line 1 the notice's (the site's 「-九游会真人第一品牌」 after it is chrome)",
     doc_no="", issuer="芜湖市法治宣传教育工作领导小组 (the cover, 2023年3月31日)", date="2023-03-31 (the cover)",
     level="city (芜湖, 安徽)",
     source=page_source("https://uyert.com/op6596371/37865701.html"),
     style="a spam-titled mirror of the city's notice: the notice's title with a casino site's name appended, addressees "
           "「各县市区法治宣传教育工作领导小组,…市直、驻芜各单位:」, 「请结合实际认真贯彻落实」, the leading group and date, the plan's "
           "title, a 总体要求 paragraph, 一、(a whole-sentence heading) 1.–3. run-in items with a space after 「1.」 — CUT at 「3. 突出"
           "学习宣传宪」",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], note=NOUNIT06 + "; 「把…作为首要政治任务,切实把思想和行动统一到…」; " + NODATE),
        S(["一", "2"], [], [], note=NOUNIT06 + "; 「推动习近平法治思想进农村、进社区…走深走实」 — places, no bodies; " + NODATE),
        S(["一", "3"], [], [], note=CUT + " (at 「突出学习宣传宪」); " + NOUNIT06 + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 一/1–3 (3. CUT); 2 accepted (3. cut to its heading's first words)",
            "the cover's 「请结合实际认真贯彻落实」 is no task (round 25); the opening 总体要求 paragraph is no item",
            "「九游会真人第一品牌」 on line 1 is the mirror site's chrome, not part of the title"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x185_07_xuexiao-fangfan-dianxin-zhapian-xuanchuan-jiaoyu-huodong-fangan.txt"
NODOER07 = "no rule-2 doer: lead [], responsible []"
SPAN07 = ("the activity's span 「9月23日—10月15日」 (round 36/37) would date it, but its year is not printed (「本月」; the site's "
          "「2022-10-28」 is its posting time, not the plan's date): the deadline is not checked")
plan(X07,
     title="反詐騙活動宣傳策劃方案",
     title_note="lines 5 and 9 as printed (traditional), the piece's heading 「反詐騙活動宣傳策劃方案1」 on line 13 (the site's "
                "collection 「(精選20篇)」)",
     doc_no="", issuer="a school (not named; 「結合我校實際」「學校」「區教育局」 above it)", date="not printed (「本月」; the site posted "
     "the collection 2022-10-28)", level="a body's own (a school under a 區教育局)",
     source=page_source("http://crossfitfinalpush.com/word/fanzhapianhuodongxuanchuanchfa.html"),
     style="a 范文 site's page in TRADITIONAL characters: the site's numbered chunk lines 「1. <rp id=\"zsypk\"></rp>」「2. 歡迎"
           "來到瑞文網!」 (chrome), the collection's title and date line, indentation kept, the piece 「…方案1」: a preamble, 一、活動主題, "
           "二、活動之間 (sic) 「9月23日—10月15日」, 三、活動安排 1、–7、, where 6、's sub-points print as 「。1)」「。2)」「(3)」 (the opening "
           "brackets lost) — CUT in 7、",
     leaf_tasks=9, count_alternatives=[7], attachment_task_rows=0,
     childless_top_level_sections=["一、活動主題", "二、活動之間"],
     samples=[
        S(["三", "1"], [], [], skip_deadline=True,
          note="「轉發區教育局《…通知》」 — no subject; 區教育局 is named only inside a document's title (rule 3): " + NODOER07
               + "; " + SPAN07),
        S(["三", "2"], [], [], skip_deadline=True,
          note="「學校在校園宣傳欄內張貼有關的宣傳資料」 — the school speaking of itself would be a unit (round 30: 「本局」) but 張貼 is no "
               "rule-2 verb (the closed list, round 30): " + NODOER07 + "; " + SPAN07),
        S(["三", "4"], [], [], skip_deadline=True,
          note="「學校利用廣播對全體學生進行防范的宣傳教育」 — 進行 is no rule-2 verb (round 37: 進行 is not 实施): " + NODOER07 + "; "
               + SPAN07),
        S(["三", "6", "(3)"], [], [], skip_deadline=True,
          note="the third sub-point of 6、 (its siblings print as 「。1)」「。2)」 with their opening brackets lost — read as "
               "(1) (2), round 42: a bare digit whose brackets were lost is the lower item); 「利用班隊會課對學生進行專題教育」 — no "
               "subject: " + NODOER07 + "; " + SPAN07),
        S(["三", "7"], [], [], skip_deadline=True,
          note=CUT + " (at 「…反詐倡議書》、」); 「向每一位學生家長印發《…》」 — no subject: " + NODOER07 + "; " + SPAN07),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 leaves on the page: 三/1–5, 三/6/(1)–(3), 三/7 (CUT); 7 accepted (6、 read as one item, its 「。1)」「。2)」「(3)」 "
            "as text); 一、活動主題 and 二、活動之間 are fields (round 42 continued)",
            "the site's 「1.」「2.」 chunk lines before the text are chrome, not items (round 40)",
            "no body is given work by a rule-2 form anywhere on the page: the school's own verbs are 張貼／解讀／進行／開展 (round 30's "
            "closed list); 各班開展 — 開展 without 組織",
            "「反詐中心官方APP」 and 「(精選20篇)」 carry no plan figures"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x185_08_jiedao-2023-guojia-xianfari-xuanchuan-huodong-fangan.txt"
SPAN08 = ("round 42 continued / rounds 36–37: the activity's time stated once under 活动时间 「2023年12月4日(国家宪法日)及前后一周」 "
          "is its span; items with no date of their own are due at its end, in December 2023 (the week after 12月4日): 2023-12")
NOUNIT08 = ("rounds 25/27: the page names no unit anywhere, so every numbered leaf is a task (plans-dev 08); lead [], "
            "responsible []")
plan(X08,
     title_note=NO_TITLE + " (the page opens at the preamble 「为深入贯彻党的二十大精神,…特制定本活动方案。」)",
     doc_no="", issuer="a 街道 (not named; 「结合本街道实际情况」)", date="2023 (「2023年12月4日」)", level="street (a 街道)",
     source=page_source("http://www.szpxe.com/jxfw/202505/245246.html"),
     style="a site's page of a 街道's 2023 宪法日 plan with NO numbered top level: unnumbered heading lines 活动主题, 活动时间, 活动目标, "
           "活动内容, 活动要求; items 「1. …」 under 活动目标 (3), 活动内容 (6, each a heading line over two 「- 」 dash bullets) and "
           "活动要求 (3) — CUT at 「3. 注重」",
     leaf_tasks=12, count_alternatives=[9, 11, 8], attachment_task_rows=0, childless_top_level_sections=["活动主题", "活动时间"],
     samples=[
        S(["活动内容", "1"], [], [], dl="2023年12月4日(国家宪法日)及前后一周", dln="2023-12", **at_line(X08, "活动内容", 1),
          note=NOUNIT08 + "; 「邀请法律专家或律师举办宪法知识讲座」 — no subject, the invited are persons (round 30); the dash bullets "
                          "are the item's text (not items); 「可采用线上线下相结合」 an option; " + SPAN08),
        S(["活动内容", "2"], [], [], dl="2023年12月4日(国家宪法日)及前后一周", dln="2023-12", **at_line(X08, "活动内容", 2),
          note=NOUNIT08 + "; 「组织街道工作人员、社区干部进行宪法宣誓活动」 — 组织 with no subject; its objects are persons "
                          "(round 30: the pivot's object is no unit); " + SPAN08),
        S(["活动内容", "4"], [], [], dl="2023年12月4日(国家宪法日)及前后一周", dln="2023-12", **at_line(X08, "活动内容", 4),
          note=NOUNIT08 + "; 「设立法律咨询台,邀请专业律师现场解答」 — no subject; 「提供免费的法律咨询服务」: " + SPAN08),
        S(["活动内容", "6"], [], [], dl="2023年12月4日(国家宪法日)及前后一周", dln="2023-12", **at_line(X08, "活动内容", 6),
          note=NOUNIT08 + "; 「利用街道微信公众号、微博等新媒体平台,推送…」 — 街道 is named inside the means (no subject); " + SPAN08),
        S(["活动要求", "1"], [], [], dl="2023年12月4日(国家宪法日)及前后一周", dln="2023-12", **at_line(X08, "活动要求", 1),
          note="round 39: a 工作要求 section whose items give work holds tasks; 「各部门要高度重视,精心组织,确保活动顺利开展」 — a "
               "general call, and 组织 with no object gives no doer (round 41: 「…精心组织」): lead [], responsible []; " + SPAN08),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["12 leaves on the page: 活动目标/1–3, 活动内容/1–6, 活动要求/1–3 (3. CUT); accepted 9 (活动目标's aims read as no tasks), "
            "11 (the cut 3. 「注重」 not counted) and 8 (both); 活动主题 and 活动时间 are fields (round 42 continued)",
            "paths: the unnumbered heading is the path's first element (plans-dev 11); the 「- 」 bullets are text of the item above",
            "「2023年12月4日(国家宪法日)及前后一周」 is the only date: no phase (one span)"])

# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in any plan
# (CONVENTIONS.md "Round 49 rulings", governs; round 27; in a plan naming no units the old count stays accepted) —
# samples dropped, count without them (README, "Round 50: aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('x185_04', [['一', '(一)']],
             '一、指导思想和主要目标 (一)指导思想 (二)主要目标 state aims and goals: no tasks in any plan (CONVENTIONS.md "Round 49 ruli'
             'ngs", governs); in a plan naming no units round 33\'s count with them stays accepted (6; 5, 3 as befo'
             're)',
             4, [3, 5, 6])
write_collected(DIR)
