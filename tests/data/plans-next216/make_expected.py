# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next216/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c216, round 46: eight page openings of plans from outside Shanghai — a 街道's
电动车 专项治理 方案 (a 范文 site's 第一篇: a goal, then 二、组织领导 with 「具体工作由安监站统筹落实」 and a set-up group's
duties); a 龙岗 街道's 深化电动自行车 消防安全综合治理 方案 (a document site's chunks 「1、」「2、」「3、」, a preamble span
「自即日起至2023年8月」, goals and scope items run in, 三、治理内容 CUT); a 镇's 春运 方案 (masked 20xx, 一是… with a masked-year
date, the site's 「此处隐藏13163个字」 line, then another 篇's 「二、主要工作措施 1、」 CUT); the 中央防汛物资储备管理细则 (traditional, a
law site's one-line copy, articles 第壹條…第十壹條 run on, CUT); a city 发展改革委's 2019 民心工程 充电桩 notice (a spam word in
the addressees, one paragraph of work, 「10月底前」); 梁子湖区's 2025 电动自行车公共充电棚 建设 方案 (cover, 建设目的 (一)–(三), a
set-up group, CUT); 接龙镇's 春运 方案 (a document site's garbled one-line copy: cover, items 3、–7、 whose parents are lost, 四/(一)
CUT); a 市's 物业小区 电动自行车 专项整治 方案 (a 范文 site's 第一篇: (一)(二) with 督促 and 在A指导下, CUT)): never tune the parser on
them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at`` where an item
does not start its line); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1,
rule 2 and the rulings of rounds 30–46 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither
the parser nor the scorer was run on these plans by c216.

    python tests/data/plans-next216/make_expected.py tests/data/plans-next216
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item that does not start its line: the line where the nth marker ends and the first eight characters after it,
# stopping at the line's end.
at = partial(at_line_in, DIR)


def para(file, words):
    """An unnumbered paragraph named by its first words: its line and its first eight characters."""
    d = at_in(DIR, file, words, 1, skip=-len(words))
    d["title_starts"] = d["title_starts"].split("\n")[0]
    return d


R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NO_TITLE = "title not checked: the page prints no title of its own"
NOPLAN = "no unit anywhere on the page: every numbered leaf is a task (plans-dev 08; rounds 25/27)"
ART = ("the article's label is written 第N条 (the page prints 第N條) so that the scorer's article label reads it "
       "(parse_score._article reads 条 only) — RULING? (paths are written as printed elsewhere)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x216_01_jiedao-diandongche-huozai-yinhuan-paicha-zhengzhi-xingdong-fangan.txt"
plan(X01,
     title_note="title not checked: line 1 is the site's collection title 「电动车火灾隐患排查整治行动工作方案范本(优质4篇)」 and line 3 "
                "the same title with the site's label 【第一篇】; the document names itself only 「方案」 in its preamble",
     doc_no="", issuer="a 街道 (「__街道决定在辖区范围内组织开展…」; the name is blanked 「__」)", date="not shown",
     level="street (a 街道, name blanked)",
     source=page_source("https://alatiku.com/fanwen/fangan/3xl89k.html"),
     style="a 范文 site's page: the collection title, the site's blurb, 【第一篇】, a preamble with blanks 「__」 and a mask 「xxx」, "
           "一、工作目标 (a goal paragraph, 「三个显著减少」「一个不发生」), 二、组织领导 (「街道成立…领导小组,具体工作由安监站统筹落实:」, "
           "组长／副组长／成员 lines, the office 「设在街道安监站」, 「领导小组主要职责:…」) — the page ends with the group's duties",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二"], [], ["安监站"], lead_alternatives=[["安监站"]],
          note="round 34 (early) / round 33: a childless point whose text names a doer by rule 2 is a task (a 组织领导 item "
               "with a doer in its sentence names a unit); " + R2 + ": 「具体工作由安监站统筹落实」 — 由A＋落实 (a verb of doing): "
               "安监站, a standing station, not set up by the item; " + ONE + ". Not units: the 领导小组 the item sets up and "
               "its 职责 (round 35: a body the item sets up; round 41: 「设置…领导小组…，分别负责…」), its members 「成员:__派出所、"
               "…和各社区居委会」 (rule 3: members), 组长／副组长 (persons), 「办公室设在街道安监站」 (round 45: where an office "
               "sits is no doer); count 0 accepted (二 read as a section that only sets up a group, round 35/41); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二、组织领导 (childless; a doer by 由A落实). 一、工作目标 is a goal section (plans-dev: childless "
            "目标 points are sections). 0 accepted",
            "「三个显著减少」「一个不发生」 name goals, not targets; the group's 「定期研究、分析、通报…」 are the duties of a group the "
            "item sets up: no duty of the plan's units is checked",
            "「__」 blanks and 「xxx」 are the 范文 site's; 【第一篇】 is its label"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x216_02_jiedao-shenhua-diandong-zixingche-xiaofang-anquan-zonghe-zhili-fangan.txt"
SPAN2 = ("the preamble's 「街道安全生产委员会、消防安全委员会决定自即日起至2023年8月,在全街道范围内组织开展…」 is the campaign span "
         "the plan sets for its work (round 37; round 44 decided: 「自X起至Y」 dates items with no date of their own): 2023-08")
plan(X02,
     title_note="title not checked: the title 「街道深化电动自行车领域消防安全综合治理方案」 runs into the preamble on line 2 after the "
                "site's chunk opener 「1、」 (no line of its own), and line 1 is the site's blurb with the file name 「….docx」",
     doc_no="", issuer="a 街道 of 龙岗区, Shenzhen (「根据龙岗区深化电动自行车领域消防安全综合治理方案(深龙消防委通字(2022)86号)」; the "
     "street is not named)", date="not shown (2022–2023: the span ends 2023年8月)", level="street (a 街道 of 龙岗区, Shenzhen, Guangdong)",
     source=page_source("https://m.yzwku.com/doc/667117.html"),
     style="a document site's preview: its blurb line, then the text in the site's chunks 「1、」「2、」「3、」 (chrome, round 40), "
           "each chunk one line: the title run into the preamble (a span 「自即日起至2023年8月」), 一、治理目标 (「到2023年8月底」, "
           "「三个确保」 (一)–(三)), 二、治理范围 (一)–(五) (kinds of places and firms), 三、治理内容 (一) — CUT at 「电动自行车及其充」",
     leaf_tasks=4, count_alternatives=[1, 3, 9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], dl="自即日起至2023年8月", dln="2023-08", **at(X02, "(一)"),
          note="round 34: items numbered inside one line are items when their numbers run from (一); the site's 「1、」「2、」「3、」 "
               "are its chunk openers (round 40: chrome); " + NOPLAN + " (the goal items of 一 are leaves, as plans-dev 08 counts "
               "建设目标's); 「确保电动自行车集中停放、充电设施基本实现全覆盖并规范化运行」 — no body: " + NONE + "; the preamble's "
               "committees 「街道安全生产委员会、消防安全委员会决定…组织开展」 give units to no item (round 40: a plan's preamble); "
               + SPAN2 + " (一's own 「到2023年8月底」 is the goal's date, round 44, and the same month)"),
        S(["一", "(三)"], [], [], dl="自即日起至2023年8月", dln="2023-08", **at(X02, "(三)"),
          note=NOPLAN + "; 「确保社会消防宣传全覆盖,群众消防安全意识得到明显提升…」 — no body: " + NONE + "; " + SPAN2),
        S(["三", "(一)"], [], [], dl="自即日起至2023年8月", dln="2023-08", **at(X02, "三、治理内容(一)"),
          note=CUT + " — only 「电动自行车及其充」 is on the page: no body (round 41: a word cut at the page end is read as "
                     "nothing); " + SPAN2 + "; count 3 without it accepted"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一/(一)–(三) (goals, leaves of a plan naming no unit, plans-dev 08) and 三/(一) (CUT). 二、治理范围 (一)–(五) "
            "only say on whom the work bears (round 44: fields, no tasks; round 46's focus points). Accepted: 3 (三/(一) read as "
            "nothing), 1 (the goal items read as a 目标 section's text), 9 (the scope items counted too)",
            "「深龙消防委通字(2022)86号」 is a document number; 「三个确保」 names goals; no quantity on the page",
            "the site's chunk openers 「1、」「2、」「3、」 cut words 「管\\n控」 and 「汽车库\\n。」: kept as the tool gave them"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x216_03_xiangzhen-chunyun-gongzuo-fangan.txt"
plan(X03,
     title_note="title not checked: lines 1, 4 and 6 are the site's title 「乡镇春运工作方案」 and line 10 its label 「乡镇春运工作方案1」 "
                "(a collection); the document's own title is not printed",
     doc_no="", issuer="a 镇 (「我镇」「镇政府成立…」, persons named 宁亮, 彭连江, 黄小利; the town is not named)",
     date="not shown (masked 「20xx年」; the site's date 2023-04-27)", level="town (a 镇, not named)",
     source=page_source("https://xzjiemi.com/fanwenxiezuo/gongzuofangan/63885.html"),
     style="a 范文 site's page: the site's title three times, a time line, a blurb, 「乡镇春运工作方案1」, a preamble with a masked span "
           "「20xx年春运工作从1月26日开始至3月6日结束」, 一、工作目标, 二、组织领导 (a group of persons; 「各村及有关部门也要成立相应的"
           "工作机构…」), 三、工作措施 (一) with 「一是召开一次部署大会。20xx年1月26日前,我镇要召开…」, then the site's 「……此处隐藏13163个字"
           "……」 and the tail of another 篇: 「二、主要工作措施」 「1、加强对从事春运客运车辆的管理。」 — CUT",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、组织领导"],
     samples=[
        S(["三", "(一)"], [], [], skip_deadline=True,
          note="heading line 「(一)落实整治措施,强化道路交通安全源头监管」 over 「一是…」 (round 37: 一是… inside a numbered item are its "
               "text, one task; the item runs into the site's hidden text); " + NOPLAN + "; 「我镇要召开一次…动员…」 — 召开 without "
               "组织 is no rule-2 verb (round 30), and 我镇 standing alone is a place (round 43): " + NONE + "; deadline NOT CHECKED: "
               "「20xx年1月26日前」 has a masked year and the document prints no title with a year (round 46 decided: a masked year "
               "takes only the plan's own printed title's year; x177_02 stays unreadable)"),
        S(["二", "1"], [], [],
          note=CUT + "; after the site's 「……此处隐藏13163个字……」 the page shows the tail of a later 篇 (「二、主要工作措施」 "
                     "「1、加强对从事春运客运车辆的管理。」): its item 1 is counted as the page gives it; 「组织力量对客运车辆进行排查」 — "
                     "组织 with no subject gives no doer (round 41: a run-in heading with no subject): " + NONE + "; count 1 "
                     "without it accepted (the later 篇's fragment read as no part of the plan); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/(一) (its 一是… text, cut by the site's hidden-text line) and 二/1 of the later 篇 (CUT). 一、工作目标 and "
            "二、组织领导 (a group of persons; 「各村及有关部门也要成立…,明确…,制定…,扎实开展…」 — no rule-2 verb) are sections. "
            "Accepted: 1 (the later 篇 left out), 3 (二、组织领导 read as a task: it gives work with 「要…」)",
            "the masked span 「20xx年春运工作从1月26日开始至3月6日结束」 is the season's, with no readable year: no date is checked",
            "「三超一疲劳」 names violations; 「(见附件)」 refers to an attachment not on the page; 「值班电话xx」 is masked"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x216_04_zhongyang-fangxun-wuzi-chubei-guanli-xize.txt"
plan(X04,
     title_note=NO_TITLE + " (the page opens at 「壹、總則第壹條」; the rules name themselves 「本細則」 under the 《中央防汛物資儲備及其"
                "資金管理辦法》)",
     doc_no="", issuer="国家防汛抗旱总指挥部办公室 (「國家防汛辦」「國家防辦」「國防辦」 in the text; the 细则 of the central flood-supply "
     "reserve)", date="not shown", level="central (a national headquarters' office's own rules; traditional)",
     source=page_source("http://crsrw.com/falvzixun/118831.html"),
     style="a law-advice site's copy in traditional characters on ONE line: chapter headings 「壹、總則」「二。采購與驗收」「三。儲存與"
           "管理」 run in, articles 第壹條…第十壹條 run on (第壹條 purpose, 第二條 definition, 第三條 ownership), then 「國家防總委托…」, "
           "「…由國家防辦負責」, 「各托運倉庫應及時會同生產廠家代表進行驗收」, 「代儲單位應當…」, 「受托倉庫應當…」 — CUT in 第十壹條 at 「防」",
     leaf_tasks=7, count_alternatives=[8, 9, 10, 11], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第四条"], [], ["國家防總"], lead_alternatives=[["國家防總"]], **at(X04, "第四條"),
          note=ART + "; round 44 decided: in rules written as articles a named body as the subject of the article's verb of "
                     "doing is a doer: 「國家防總委托有關省、自治區、直轄市防汛抗旱辦公室和流域機構(以下簡稱代儲單位)指定代儲」 — "
                     "國家防總 commissions (round 33/35: 「A委托B＋verb」 makes A the doer; B, the pivot's object, is no unit); "
                     + ONE + "; " + NODATE),
        S(["第五条"], [], ["國家防辦"], lead_alternatives=[["國家防辦"]], **at(X04, "第五條"),
          note=ART + "; " + R2 + ": 「中央防汛物資的采購由國家防辦負責」 — 由A負責: the name as printed here (國家防辦; the text "
                     "defines 國家防汛辦 in 第三條 and prints 國家防辦／國防辦 later: no alias is rewritten, round 38); " + ONE
                     + "; 「按照儲備定額」 names a norm, no figure; " + NODATE),
        S(["第六条"], ["各托運倉庫"], ["各托運倉庫"], lead_alternatives=[[]], **at(X04, "第六條"),
          note=ART + "; " + R2 + ": 「各托運倉庫應及時會同生產廠家代表進行驗收」 — 「A會同B＋verb」: lead A (lead [] accepted, round "
                     "30); B 生產廠家代表 are persons of a body (round 45: 「由市环保局专家…」; round 46: experts are persons), so "
                     "responsible is 各托運倉庫 alone; 「與生產廠家代表協商解決」 is a liaison (round 38); the sending 「驗收後,應盡快向"
                     "國防辦提交驗收報告」 is read as a duty (round 44: a sending the rules ask of the bodies they task when a case "
                     "arises), no unit (round 46 turned: 提交 gives no doer); " + NODATE),
        S(["第八条"], [], ["國家防辦"], lead_alternatives=[["國家防辦"]], **at(X04, "第八條"),
          note=ART + "; " + R2 + ": 「國家防辦負責對委托儲存單位和倉庫的儲存管理進行指導、監督和檢查」 — A負責 (round 30: 「A负责指导」 "
                     "is 「A负责…」); 「國家防辦每年向委托倉庫支付壹定數額的儲備管理費」 is a payment (a cost verb: a payer, round 37) and "
                     "no report (每年 is no duty's rhythm here); the warehouses, objects of the guidance, are no units; " + ONE
                     + "; " + NODATE),
        S(["第九条"], [], ["代儲單位"], lead_alternatives=[["代儲單位"]], **at(X04, "第九條"),
          note=ART + "; round 44 decided (articles): 「代儲單位應當嚴格執行防汛物資管理及相關法律法規」 — the defined name (第四條's "
                     "「(以下簡稱代儲單位)」, given where it is printed, round 43) as the subject of 執行: a doer; 「…要追究有關單位和"
                     "人員的責任」 has no subject; " + ONE + "; " + NODATE),
        S(["第十条"], [], ["受托倉庫"], lead_alternatives=[["受托倉庫"]], **at(X04, "第十條"),
          note=ART + "; round 44 decided (articles): 「受托倉庫應當將中央防汛物資儲存在專門倉庫,有專人負責,健全規章制度,建立物資臺帳"
                     "和物資管理檔案」 — 受托倉庫 (a kind of body, round 34) the subject of 儲存／健全／建立: a doer; 專人 is a person "
                     "(round 34); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "驗收報告(防汛物資到貨驗收後,各托運倉庫向國防辦提交)", "when": "驗收後,應盡快", "when_norm": None}],
     notes=["7 leaves: 第四條–第十條 (articles that give work). 第壹條 (purpose and basis), 第二條 (what the supplies are) are general "
            "provisions (round 30); 第三條 states ownership and forbids 「任何單位和個人」 (a statement of having and a prohibition to all, "
            "round 44 / round 36): no task. 第十壹條 is CUT at 「防汛物資倉庫要求有保溫、防」 (倉庫 to have…: no doer, round 33's article "
            "with no work). Accepted: 8 (第十壹條 counted), 9 and 10 (第三條 and the general provisions counted), 11 (every article)",
            "第七條 (國防辦 settles with the makers, 「生產廠家不負責的,由委托保管倉庫負責」) is a task not sampled: whether 結算相關費用 is a "
            "payer's cost verb is not ruled",
            "the chapter headings use 「二。」「三。」 with a full stop and 「壹、」 with the formal numeral; article numbers 第壹條 and 第十壹條 "
            "use 壹 — kept as printed",
            "one duty: the acceptance report to 國防辦 after delivery (undated, round 44); the yearly 儲備管理費 is a payment, no duty"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x216_05_shi-fagaiwei-2019-minxin-gongcheng-xiaoqu-gonggong-chongdianzhuang-jianshe-jihua-tongzhi.txt"
plan(X05,
     title="2019年民心工程小区公共充电桩第一批建设计划（关于下发2019年民心工程小区公共充电桩第一批建设计划的通知）",
     title_note="lines 2–3 joined, as printed (the title is broken over two lines); written as round 45's 「plan（notice）」 pair "
                "since round 48 (r48d) — Round 49 rulings, Titles, decided (q46c): the notice's title stands and the name it "
                "issues 「2019年民心工程小区公共充电桩第一批建设计划」 is accepted beside it (as x06)",
     doc_no="not shown", issuer="a city's 发展改革委 (「我委」, addressees 「各区发展改革委」; 「民心工程」 is Tianjin's word; the city's name in "
     "「国网…电力公司」 is replaced by the site's spam)", date="2019-06-11", level="a city body's own (a 市发展改革委, city not named)",
     source=page_source("https://bjmssf.com/fzgg/zwgk_47325/zfxxgk1/fdzdgknr1/zdmsxx/202012/t20201219_5071689"),
     style="a copied gov page (947 bytes, the whole page): 「无障碍 简体| 繁体」 chrome, the notice title over two lines, the "
           "addressees with the spam words 「365bet网上娱乐_365BETAPP官网_365体育平台网址」 inside 「国网…电力公司」, a paragraph that "
           "explains (「我委组织各企业进行了现场勘查」), ONE paragraph of work (「请各区发展改革委尽快组织和督促承建企业加快建设进度,确保10月"
           "底前完成。…」), a 附件 line, the date, 「(此件主动公开)」 and an empty 「附件:」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["按照要求,请各区发"], [], ["各区发展改革委"], lead_alternatives=[["各区发展改革委"]], dl="10月底前", dln="2019-10-31",
          **para(X05, "按照要求,请各区发"),
          note="round 38: unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks (paths by first "
               "words); " + R2 + ": 「请各区发展改革委尽快组织和督促承建企业加快建设进度」 — 请A组织… is the request form of 「A组织…」 "
               "(round 30), A组织B＋verb: A a doer (各区发展改革委, a kind, round 32), 承建企业, the object of 组织／督促, no unit "
               "(round 30); 「各承建单位要按照规范高标准完成…」 (完成 no rule-2 verb) and 「各级电力企业…积极服务好…」 (no rule-2 verb) "
               "name no doer; " + ONE + "; deadline 「确保10月底前完成」: the year from the notice's title and date (2019年, "
               "2019年6月11日): 2019-10-31; 「本年度」 is the same year"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task: the paragraph 「按照要求,…」. The paragraph before it explains the notice (「我委组织各企业进行了现场勘查」 reports "
            "what was done: 了) and gives no work; 2 accepted (it read as a task). The 附件 (第一批拟建小区汇总表) has no rows on the page",
            "「前期各区上报」 is a past sending: no duty",
            "the spam in the addressees and the chrome line are the page's; the page is short (947 bytes), not cut"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x216_06_liangzihu-qu-2025-diandong-zixingche-gonggong-chongdianpeng-jianshe-shishi-fangan.txt"
plan(X06,
     title="梁子湖区电动自行车公共充电棚建设实施方案",
     title_note="line 5, as printed (the cover's title is not on the page; its text opens with the plan's name in 《》)",
     doc_no="not shown", issuer="梁子湖区人民政府办公室 (鄂州市, Hubei)", date="2025-05-08",
     level="district (梁子湖区, 鄂州市, Hubei)",
     source=page_source("https://www.liangzh.gov.cn/lzhxxgk/bmptlj/qzbm/lzhqtyjrswj/zc/qtzdgkwj/202507/t20250718_714058.html"),
     style="a district government page: the cover's text 「…已经区政府研究同意,现印发给你们,请认真贯彻执行。」, 「特此通知。」, signature and "
           "date, the plan's title, a preamble (「梁子湖区2025年十大民生实事」), 一、指导思想, 二、建设目的 (一)–(三) (run-in headings over "
           "aims), 三、组织机构 (a leading group set up, 「负责统筹…」, 组长／副组长 persons, 成员 bodies) — CUT inside the member list",
     leaf_tasks=3, count_alternatives=[0, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "三、组织机构"],
     samples=[
        S(["二", "(一)"], [], [],
          note=NOPLAN + " (the aims of 二、建设目的 are its leaves, as plans-dev 08 counts 建设目标's and x201_08 its aims); 「集中规范"
               "电动自行车充电行为,杜绝私拉乱接电线充电现象…」 — no subject: " + NONE + "; the preamble names no doer (round 40); "
               + NODATE),
        S(["二", "(二)"], [], [],
          note=NOPLAN + "; 「满足居民…充电需求,缓解…问题,分担居民集中充电费用…」 — no subject; 分担…费用 is a cost verb (round 30: a "
               "payer, and no payer is named): " + NONE + "; " + NODATE),
        S(["二", "(三)"], [], [],
          note=NOPLAN + "; 「引导电动自行车有序停放,改善公共区域乱停乱放现象…」 — no subject: " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一)–(三). 一、指导思想 is a section; 三、组织机构 only sets up a group (round 35/41: the group is the subject "
            "of 负责, no unit; its members are members, rule 3) — no task. Accepted: 0 (二's aims read as a 目的/目标 section's text, "
            "no tasks), 4 (三 read as a task)",
            "no date in the items: 「2025年十大民生实事」 names a programme; the cover's 2025年5月8日 dates the notice",
            "「组 长:余 俊」「成 员:」 keep the page's spaces; 余俊 and 郑利京 are persons"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x216_07_jielong-zhen-2023-chunyun-jiaotong-pingan-guanli-shishi-fangan.txt"
LOST7 = ("items 3、–7、 stand inside one line with their parent heading lost in the page's garble (round 34: items numbered "
         "inside one paragraph; round 42: a number whose brackets or parents were lost keeps its own number) — RULING? they "
         "do not run from 1 (the tail 「…的要收回有关牌证和手续…」 before 3、 is item 2's, its number lost); the path is the item's own "
         "number")
plan(X07,
     title_note="title not checked: the page runs the site's page marker 「第1页共11页」, the file name 「接龙府发春运交通工作方案」 and the "
                "notice title 「XX县区接龙镇人民政府关于印发接龙镇2023年度春运交通平安管理实施方案的通知」 together on one line; the plan's "
                "own title is printed only after 「附:」",
     doc_no="not shown (「接龙府发」 without a number)", issuer="接龙镇人民政府 (「XX县区」 masked; 接龙镇党政办公室 prints it)",
     date="the cover's 「二o一一年三月二十三日」 beside 2023 in the titles (the template's year was replaced)",
     level="town (接龙镇, its county/district masked 「XX县区」)",
     source=page_source("https://www.wnwk.com/doc/537625.html"),
     style="a document site's copy with the page order GARBLED, all on one line: the cover notice (addressees 「各村(居)委会、镇辖各单位、"
           "部门」, 「请认真组织实施」, 「附:…」, a date of 2011, 主题词, 印发 line), then the tail of a lost item 2 (「…的要收回有关牌证和手续」) "
           "and items 3、–7、 of a lost section, the page marker 「第2页共11页」 inside a word of 7、, then 四、具体措施 (一) — CUT at "
           "「部署春运交通平安」",
     leaf_tasks=6, count_alternatives=[1, 7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["3"], [], [], **at(X07, "3、"),
          note=LOST7 + "; 「公安派出部门要坚决予以打击」 — 打击 is no rule-2 verb (round 30's closed list; x201_05's 「派出所要坚决查处打击」): "
                       + NONE + "; " + NODATE),
        S(["4"], [], ["公路等相关部门"], **at(X07, "4、"),
          note=LOST7 + "; 「公路等相关部门要配合车站催促和抓好参运车辆的按序排班」 — the subject of 配合 as the main verb of its own "
                       "clause is a doer (round 46 governs: 「A应当配合B做好…」, rounds 42/44), 「公路等相关部门」 one name as printed (round "
                       "31: 「商务等部门」, 等 kept inside); 车站, the body served, is no unit; lead [] (no 牵头); " + NODATE),
        S(["5"], [], ["各村"], lead_alternatives=[["各村"]], **at(X07, "5、"),
          note=LOST7 + "; 「各村、各单位要积极配合农机、公路部门…;要组织人员深入村组,向…宣讲平安常识」 — the subject of 配合 (round 46) "
                       "and of 组织＋work (round 34; the subject carries over after ;, round 34's elided subject): 各村, a kind (round "
                       "32); 各单位 is a general call (round 33: no kind); 农机、公路部门, the bodies served, are no units; " + ONE
                       + "; " + NODATE),
        S(["6"], [], [], **at(X07, "6、"),
          note=LOST7 + "; 「各村、各单位要严厉打击…,凡发现…的客车,要及时上报相关部门,按…进行处分」 — 打击／上报／处分 are no rule-2 "
                       "verbs: " + NONE + "; the sending to 相关部门 when such a bus is found is read as an undated duty (round 44: a "
                       "sending the rules ask of the bodies they task when a case arises); " + NODATE),
        S(["7"], [], [], **at(X07, "7、"),
          note=LOST7 + "; 「要充分利用信息站、显示屏、宣传标语等舆论手段…」 — no subject: " + NONE + "; the site's 「第2页共11页」 stands "
                       "inside 「充分」 (kept); " + NODATE),
        S(["四", "(一)"], [], [], **at(X07, "(一)"),
          note=CUT + "; run-in heading 「开展春运交通平安宣传教育」 (round 35) then 「各村、居直相关单位要提前筹划、部署春运交通平安」 — 筹划／"
                     "部署 are no rule-2 verbs: " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现超时、超载运行的客车,及时上报相关部门", "when": "及时", "when_norm": None}],
     notes=["6 leaves: 3、–7、 (a lost section) and 四/(一) (CUT). Accepted: 7 (the tail before 3、 read as item 2), 1 (3、–7、 read "
            "as text because they do not run from 1, round 34)",
            "the cover's 「请认真组织实施」 is no task (round 25); 「二o一一年三月二十三日」 and 「2023年1月1日-12」 are garbled dates that "
            "date no item",
            "「二、三轮摩托车」 names vehicles (not a heading); 「“三品〞」 names goods; the page prints 〞 for a closing quote"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x216_08_shi-wuye-xiaoqu-diandong-zixingche-xiaofang-anquan-zhuanxiang-zhengzhi-fangan.txt"
plan(X08,
     title_note="title not checked: line 1 is the site's collection title 「电动自行车消防安全的责任与义务汇聚精彩5篇」 and line 7 the same "
                "with 【第一篇】; the document names itself 「本方案」",
     doc_no="", issuer="a city (「我市物业小区」「各县(市)区房管(住建)局」; its 物业 administration, not named)", date="not shown",
     level="city (a 市, not named)",
     source=page_source("https://alatiku.com/fanwen/zongjie/892rvz.html"),
     style="a 范文 site's page: the collection title, 「网友 分享 时间:」, the site's blurb, 【第一篇】, a preamble, an unnumbered goal "
           "paragraph, then (一) and (二) (run-in headings; their 一、 heading lost): 「各县(市)区房管(住建)局要督促物业服务企业落实…」, "
           "「物业服务企业、业主及业主委员会要在属地消防、建设、电力部门的指导下…」 — CUT at 「推动建设电动自行车充电设」",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], [],
          note=NOPLAN + "; " + R2 + ": 「各县(市)区房管(住建)局要督促物业服务企业落实…责任,…开展…排查」 — 督促 is a pivot outside rule 2's "
               "list (round 30): its subject is no doer by it and its object 物业服务企业 is no unit (no work heading here, round 37); "
               "「对劝阻和制止无效的,物业服务企业要立即向属地消防、城管等主管部门报告处置」 — a case (rule 3) and 报告 no rule-2 verb, the "
               "departments only receive; 「同时,要制定…」 — 制定 no rule-2 verb: " + NONE + "; the case report is a regulated "
               "party's (round 32), no duty; " + NODATE),
        S(["(二)"], [], [],
          note=CUT + "; 「物业服务企业、业主及业主委员会要在属地消防、建设、电力部门的指导下,规范设置…,推动建设…」 — 设置／推动 are no "
                     "rule-2 verbs, and 「在A指导下」 names a guide (rule 3): " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: (一) and (二) (CUT; their top-level heading is not on the page). Accepted: 1 ((二) read as nothing), 3 (the "
            "unnumbered goal paragraph 「通过开展…实现…」 read as a task)",
            "no unit is a doer anywhere on the page: every body is a pivot's object, a receiver, a guide or the subject of a verb "
            "outside rule 2's list",
            "「网友 分享 时间:」 and 【第一篇】 are the site's"])

write_collected(DIR)
