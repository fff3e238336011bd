# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next35/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 22 (built by corpus35): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py,
or ``article`` below for x35_03's 「第N条」 paths); every answer was written here by reading the texts. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next35/make_expected.py tests/data/plans-next35
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    align29,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

PROSE = PROSE_ACTORS
GOAL = ("a 牵头 actor in a sentence (no label): lead = [], that unit accepted as lead (plans-next25/27/30/33 "
        "convention)")
SUBSIDY = ("the ceilings the measure sets (给予单个项目…不超过N万元支持) are its targets, as plans-next30 x30_01 and "
           "plans-next17/20 read subsidy sums")


src = shanghai_source


P, U = prose_and_listed(PROSE)


def article(file, path):
    """Line and first words for a path whose first part is an article 「第N条」 (as plans-next4's ``article``)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = 0
    while not lines[i].strip().startswith(path[0]):
        i += 1
    for part in path[1:]:
        pat = re.compile(rf"^{part}\s*[.．、]")
        i += 1
        while not pat.match(lines[i].strip()):
            i += 1
    line = lines[i].strip()
    after = re.sub(r"^(第[一二三四五六七八九十]+条|\d{1,3}\s*[.．、])", "", line)
    return {"line": i + 1, "title_starts": after.strip()[:8]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x35_01_pudong-2024-huanbao-guanjia-fuwu-zhidao-yijian.txt"
SCOPE = "a scope / definition item (numbered, so a leaf by EXPECTED.md's rule, but it gives no work) — "

plan(X01,
     title="浦东新区关于推进环保管家服务工作的指导意见（关于印发《浦东新区关于推进环保管家服务工作的指导意见》的通知）",
     title_note="the opinion's title after the cover (printed over two lines: 「浦东新区关于推进环保管家服务工作的」 / "
                "「指导意见」), or the notice title (printed again over two lines under the first): either is accepted",
     doc_no="浦环规〔2024〕7号 (from the index; the stored text prints no number)",
     issuer="上海市浦东新区生态环境局（水务局、海洋局、绿化和市容管理局） (the index); the cover is signed 浦东新区生态环境局",
     date="2024-12-16",
     level="district bureau (Shanghai Pudong)",
     source=src("工程建设管理", "关于印发《浦东新区关于推进环保管家服务工作的指导意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070335111&siteId=0070", 4198),
     style="district guiding opinion (规范性文件) after a cover (the notice title twice, the second over two lines; "
           "addressees 各管理局（管委会），各街道办事处、镇政府; one sentence; 「附件：…指导意见」; signature, date "
           "2024年12月13日, 「（此件主动公开）」, a printing line with a run of spaces); the opinion's title over two lines, a "
           "preamble; 一、适用范围 1.–2. (「N. 」 dot and space; scope); 二、工作目标 two paragraphs; 三、工作要求 （一）–（三） "
           "heading lines with several paragraphs of text each; 四、保障机制 one paragraph with 一是…四是 (no numbers); "
           "五、附则 （一）名词解释 1.–7. (definitions with （1）–（5） inline), （二）解释权, （三）施行日期; then an 附件 list "
           "1.–3. (three 指南, not in the text); NO unit labels: 区生态环境局, 街镇, 产业园区管理机构, 生态环境监管部门 and the "
           "环保管家 (service providers) act in sentences",
     leaf_tasks=14, task_section_leaves=3, count_alternatives=[4, 7],
     attachment_task_rows=0,
     childless_top_level_sections=["二、工作目标", "四、保障机制"],
     samples=[
        P(["一", "1"], note=SCOPE + "defines 环保管家服务 (bought by 区生态环境局、街镇、产业园区管理机构 from third parties); "
          + NODATE),
        P(["一", "2"], note=SCOPE + "the 自贸试验区 areas excluded; " + NODATE),
        P(["三", "（一）"],
          note="heading line 「（一）明确服务内容」, six paragraphs below it: what the district, 街镇 and 产业园区 环保管家 "
               "(service providers) do, 「协助区生态环境局…」; 生态环境监管部门 (a category) 「可以…动态增补」 / 「应规范…」; "
               "「环保管家服务标准化指南另行制定」 names a guide to come, no date; " + NODATE),
        P(["三", "（二）"],
          note="「区生态环境局…组织建设全区统一的环保管家信息平台」 and 「区生态环境局、街镇、产业园区管理机构…录入区环保管家"
               "信息平台」: units act in sentences (no label, no 牵头); 「动态更新」 no rhythm; " + NODATE),
        P(["三", "（三）"],
          note="「环保管家服务机构每年对服务情况进行自查评估」 (a provider's yearly self-assessment) and 「区生态环境局…开展"
               "季度、年度考核评价」 (assessment of providers) are evaluation rhythms, not reports to a unit (no duty); "
               + NODATE),
        P(["五", "（一）", "1"], note=SCOPE + "defines 产业园区管理机构 (张江管理局、金桥管理局、相关镇政府 named as examples, "
          "not units of the item); " + NODATE),
        P(["五", "（一）", "2"], note=SCOPE + "「D级」 a credit grade; （1）（2） inline conditions; " + NODATE),
        P(["五", "（一）", "6"], not_targets=[(30, "吨"), (2500, "吨")],
          note=SCOPE + "「大于1吨且小于等于30吨」, 「大于250吨且小于等于2500吨」, 「大于10吨且小于等于100吨」 are the bounds of a "
               "definition (thresholds), not targets; 「四项大气污染物」 a count in a definition; " + NODATE),
        P(["五", "（一）", "7"], not_targets=[(20, "张")],
          note=SCOPE + "行业代码 62 / 732 / 734 / 811 / 842 / 8432 are codes; 「床位数大于等于1张小于等于20张」 and "
               "「小于10吨」 are thresholds; " + NODATE),
        P(["五", "（二）"], note="「本指导意见由浦东新区生态环境局负责解释」: the interpreting body, not work; " + NODATE),
        P(["五", "（三）"],
          note="「本意见自2025年1月1日起实施，有效期至2029年12月31日」 is the validity period, not a deadline (as "
               "plans-next33 x33_01); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: by EXPECTED.md's rule every numbered leaf of the body counts: 一、 1.–2. 2, 三、 （一）–（三） 3, 五、 "
            "（一） 1.–7. 7 + （二） + （三） 2 → 14 (二、 and 四、 have no numbered children: sections). The leaves that give work "
            "are 三、's three (task_section_leaves = 3). Accepted too: 4 (三、 3 + 四、保障机制 read as a task) and 7 (三、 3 + "
            "四、's 一是…四是 read as four tasks)",
            "samples: every leaf that gives work (三、 （一）–（三）) and eight of the eleven scope / definition leaves (the "
            "ones with figures or names that look like units); 五、（一） 3.–5. (short definitions without figures) are left out",
            "no unit label anywhere: lead and responsible are none for every sample; 四、's 「区生态环境局加强监督指导和统筹"
            "协调」 is in a section that is no task here",
            "no date except the cover's, the printing line's and the validity period (2025-01-01 – 2029-12-31): no deadline, "
            "no phases; no report to a unit (自查评估, 考核评价 are assessments): no duties; 二、工作目标 has no figure: no "
            "plan targets",
            "the three 「…指南另行制定」 sentences and the 附件 list name guides not in the stored text"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x35_02_changning-2024-xiandaihua-chanye-tixi-shishi-yijian.txt"
LAB = "「(责任部门：…)」 closes each paragraph (ASCII brackets, full-width colon); no lead named: lead = []"
UNION = ("the item's paragraphs each close with their own 责任部门 label: responsible = the union of the labels "
         "(each unit once), lead = []")
SW, TC, KW, SJ, SF, SC, RS, FG, CZ = ("区商务委", "区投促办", "区科委", "区数据局", "区司法局", "区市场监管局", "区人社局",
                                      "区发改委", "区财政局")

plan(X02,
     title="长宁区加快构建现代化产业体系促进经济高质量发展的实施意见(试行)（关于印发《长宁区加快构建现代化产业体系促进经济高质量发展的实施意见（试行）》的通知）",
     title_note="the opinion's title after the cover (printed over two lines: 「长宁区加快构建现代化产业体系」 / 「促进经济"
                "高质量发展的实施意见(试行)」, ASCII brackets), or the notice title (full-width 「（试行）」): either is accepted",
     doc_no="长发改规〔2024〕4号 (from the index; the stored text prints no number)",
     issuer="上海市长宁区发展和改革委员会 with nine district bodies (the cover is signed by ten: 区发展和改革委员会, 人才工作局, "
            "商务委员会, 科学技术委员会, 司法局, 财政局, 人力资源和社会保障局, 市场监督管理局, 数据局, 投资促进办公室)",
     date="2024-11-15",
     level="district bureau (Shanghai Changning; ten bodies jointly)",
     source=src("工程建设管理", "关于印发《长宁区加快构建现代化产业体系促进经济高质量发展的实施意见（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=007477151&siteId=0074", 6030),
     style="district support policy (规范性文件) after a cover (addressees, one sentence, 特此通知, ten signing bodies two a "
           "line separated by runs of spaces, date); the title over two lines; 一、总体要求 (a paragraph); 二、基本原则 ASCII "
           "「(一)heading。text」 (three); 三、产业发展方向 (one sentence); 四、政策内容 (一)/(二) group headings over items "
           "「N.heading」 on a line of their own, 1.–7. running on across the groups, 2. with 「(1)…」 sub-headings; the text is "
           "paragraphs below the headings, EACH paragraph closing with 「(责任部门：…)」 — 1. and (1)–(4) have two or three "
           "paragraphs with different labels; 五、保障措施 「(一)heading。text」 (four) without labels; a closing sentence "
           "with the validity (有效期至2026年11月14日)",
     leaf_tasks=17, count_alternatives=[14, 24, 21],
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "三、产业发展方向"],
     samples=[
        P(["二", "(一)"], note="a principle 「有利于…」 (no actor); " + NODATE),
        P(["二", "(三)"], note="a principle; 「第一资源」 an ordinal in a phrase; " + NODATE),
        U(["四", "(一)", "1"], [SW, KW, TC, SF, SC, RS, SJ], targets=[(1, "亿元"), (3000, "万元")],
          note="heading line 「1.做大做强高能级主体」; two paragraphs, labels 「区商务委、区科委、区投促办、区司法局、区市场"
               "监管局、区人社局、区数据局」 and 「区投促办」 — " + UNION + " (the second label adds nothing); 「每年不超过1亿元」, "
               "「每年不超过3000万元」: " + SUBSIDY + "; 「四大」 a count of clusters in a name; " + NODATE),
        U(["四", "(一)", "2", "(1)"], [SW, TC, KW, SJ], targets=[(1000, "万元")],
          note="sub-heading 「(1)智能互联网产业」 over two paragraphs (「促进“互联网+”…」 区商务委、区投促办; 「推动人工智能"
               "产业…」 区科委、区数据局、区投促办) — " + UNION + "; 1000万元 in both: " + SUBSIDY + "; " + NODATE),
        U(["四", "(一)", "2", "(2)"], [SW, TC], targets=[(1000, "万元")],
          note="two paragraphs, both labelled 区商务委、区投促办 — " + UNION + "; 「eVTOL(电动垂直起降飞行器)」 a name; "
               + NODATE),
        U(["四", "(一)", "2", "(3)"], [SW, TC, KW], targets=[(1000, "万元"), (500, "万元")],
          note="three paragraphs (区商务委、区投促办 / 区商务委、区投促办 / 区科委、区投促办) — " + UNION + "; 1000万元 "
               "(商贸), 500万元 (时尚创意, 生命健康): " + SUBSIDY + "; " + NODATE),
        U(["四", "(一)", "2", "(4)"], [SF, TC, SC, RS], targets=[(500, "万元"), (300, "万元")],
          note="three paragraphs (区司法局、区投促办 / 区投促办 / 区市场监管局、区人社局、区投促办) — " + UNION + "; "
               "「“虹桥财富管理走廊”」 a name; " + NODATE),
        U(["四", "(二)", "3"], ["区人才工作局"], targets=[(500, "万元")],
          note="label 「区人才工作局及相关部门」: 「及相关部门」 is a category tail, not a unit (EXPECTED.md: 等建设主管部门) — "
               + LAB + "; " + NODATE),
        U(["四", "(二)", "4"], [KW], targets=[(2000, "万元")],
          note=LAB + "; 「小巨人(培育)工程」 a programme's name; " + NODATE),
        U(["四", "(二)", "5"], [SW, FG, CZ], targets=[(500, "万元")],
          note=LAB + "; 「“专精特新”」 「“工业上楼”」 「“智造空间”」 names; " + NODATE),
        U(["四", "(二)", "6"], [FG], targets=[(500, "万元")],
          note=LAB + "; 「“零碳+”」 a name; " + NODATE),
        U(["四", "(二)", "7"], [SC], targets=[(100, "万元")],
          note=LAB + "; 「“上海标准”」 a name; " + NODATE),
        P(["五", "(一)"], note="「各部门、街镇、园区要…」: groups in a sentence, no label; " + NODATE),
        P(["五", "(二)"], note="「“三级三系”」 a name (三 no quantity); 「“服务包”」 a name; " + NODATE),
        P(["五", "(四)"], note="「实施政策效能综合评估」 an evaluation, no rhythm or date; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 and 三、 are sections (a paragraph each); 二、 (一)–(三) 3; 四、 (一) 1. + 2.(1)–(4) = 5, (二) "
            "3.–7. 5 → 10; 五、 (一)–(四) 4 → 17. Accepted: 14 (二、's principles read as a section), 24 (四、 read by its "
            "labelled paragraphs: 1. 2 + (1) 2 + (2) 2 + (3) 3 + (4) 3 + 3.–7. 5 = 17, with 二、 3 and 五、 4) and 21 (the "
            "same without 二、)",
            "samples: every leaf of 四、 (10, all labelled) and five unlabelled leaves of 二、 / 五、",
            "units: no lead rule anywhere, so lead = [] and a single-unit label is accepted as lead (the U helper); the short "
            "names are kept as printed (区商务委, 区投促办, 区市场监管局, 区人社局 …), and the cover's full names are the signing "
            "bodies, not units of any item",
            "「有效期至2026年11月14日」 in the closing sentence is the validity period, not a deadline; 「十一届区委常委会第139次"
            "会议」 a meeting's number; no item has a date: no deadlines, no phases, no duties; no plan-level figure",
            "the ceilings 「不超过N万元」 / 「每年不超过1亿元」 are read as targets (see SUBSIDY); nothing else in the items is a "
            "figure"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x35_03_wusong-jiedao-2024-xiane-yixia-jianshe-gongcheng-guanli-yijian.txt"
ROLE = ("the parties of a small project (建设单位或经营者, 施工单位, 监理单位, 现场负责人) are roles in sentences, no unit "
        "label — ")
RULE13 = "a rule for the site under 第十三条 安全管理细则 (no actor named; the 施工单位's rules) — "


def A(path, *args, **kw):
    """A sample under an article path, its line and first words found by ``article``."""
    return P(path, *args, **kw, **article(X03, path))


plan(X03,
     title="吴淞街道限额以下建设工程管理若干意见（试行）（关于印发《吴淞街道限额以下建设工程管理若干意见（试行）》的通知）",
     title_note="the opinion's title after the cover (「吴淞街道限额以下建设工程管理若干意见」 with 「（试行）」 on a line of "
                "its own), or the notice title: either is accepted",
     doc_no="宝吴街办〔2024〕10号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区人民政府吴淞街道办事处 (the cover's signature; the index: 上海市宝山区吴淞街道办事处)",
     date="2024-09-24 (the cover; the index's date is 2024-10-08)",
     level="street (Shanghai Baoshan, Wusong street)",
     source=src("工程建设管理", "关于印发《吴淞街道限额以下建设工程管理若干意见（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=c9de9d98-2f04-4c6c-b2e2-efe0921ef29d&siteId=0078", 3458),
     style="street-level management opinion written as articles after a cover (addressees 各科室（部门）、各基层单位, one "
           "sentence, 特此通知, signature, date 2024年9月24日); the title with 「（试行）」 on its own line; 「第N条　heading」 "
           "(a full-width space U+3000 between article and heading) on a line of its own, text in the next paragraph; "
           "第一条–第十二条 without numbered children, 第十三条 安全管理细则 with 「N、」 items 1、–14、 (rules for the site); an "
           "附件 list 1.–7. of forms (not in the text); NO unit labels: the street's offices (建管中心, 综合行政执法队, 城运中心, "
           "营商办), the police station, residents' committees and the district's 区建管委 act in sentences",
     leaf_tasks=23, count_alternatives=[26, 14, 10],
     attachment_task_rows=0,
     childless_top_level_sections=["第一条", "第二条", "第三条"],
     samples=[
        A(["第四条"], lead_alternatives=[["建管中心"]],
          note="「资料齐全后由建管中心牵头，营商办、城运中心、综合行政执法队等部门参与审核…」 — " + GOAL + "; the "
               "applicants (建设单位或经营者) and the 综合行政执法队窗口 act in sentences too; 「每月定期汇总报送区建管委」 is "
               "a monthly report (see duties); 「一工地一档案」 no quantity; " + NODATE),
        A(["第五条"], note=ROLE + "「定期…检查」 no rhythm with a date; " + NODATE),
        A(["第六条"], note=ROLE + NODATE),
        A(["第七条"], note=ROLE + "「第一责任人」 an ordinal in a title; " + NODATE),
        A(["第八条"], note=ROLE + NODATE),
        A(["第九条"], note=ROLE + "《上海市建设工程文明施工管理规定》 a title; " + NODATE),
        A(["第十条"],
          note="「由街道行政综合执法队窗口向建设单位…告知…并发放安全生产告知书」: the street's office acts in a sentence "
               "(「由X」, no label, no 牵头) — lead and responsible none; 「小型工程备案开工前」 an event of each project, no "
               "date; " + NODATE),
        A(["第十一条"], lead_alternatives=[["建管中心"]],
          note="two paragraphs: 「建管中心、城运中心、综合行政执法队、公安派出所等职能部门与各居民区、厂区、经济开发公司等应建立"
               "日常联动机制」 and 「建管中心将…牵头组织综合行政执法队、公安派出所等相关职能部门…并报区建管委」 — " + GOAL
               + "; 「并报区建管委」 a report (see duties); " + NODATE),
        A(["第十二条"],
          note="「城运中心网格监督员、市容第三方服务人员、属地居委及开发公司（厂区）负责巡查…及时上报街道综合行政执法队」 and "
               "「街道综合行政执法队负责…现场执法处置」: 负责 in sentences, no label — lead and responsible none; the 上报 is a "
               "duty (see duties); " + NODATE),
        A(["第十三条", "1"], note=RULE13 + "「第一责任人」 an ordinal; " + NODATE),
        A(["第十三条", "3"],
          note=RULE13 + "「工程现场作业人员发现事故隐患应立即报告，现场负责人应及时组织处理」: a worker's report to the site's "
               "head inside the site, not a report to a unit (not a duty here); " + NODATE),
        A(["第十三条", "4"], note=RULE13 + "「台帐」 「存档备查」 records, not a report; " + NODATE),
        A(["第十三条", "10"], note=RULE13 + NODATE),
        A(["第十三条", "14"], note=RULE13 + "the last item; 「用水、用电、用油、用气」 no quantity; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "建管中心将符合要求并发放施工铭牌的小型工程每月定期汇总报送区建管委", "when": "每月定期",
              "when_norm": "monthly"},
             {"what": "对拒不整改的，建管中心牵头组织相关职能部门采取综合管理措施，并报区建管委", "when": "及时（发生时）",
              "when_norm": None},
             {"what": "发现商户未按图纸施工的，通知先停工并及时上报街道综合行政执法队处置", "when": "及时",
              "when_norm": None}],
     notes=["counting: the articles are the top level; 第一条 目的和依据, 第二条 适用范围 and 第三条 管理原则 give no work "
            "(sections); 第四条–第十二条 9 articles of work without numbered children (leaves) + 第十三条 1、–14、 14 → 23. "
            "Accepted: 26 (every article a leaf, 第一条–第三条 included), 14 (only the numbered items, every article read as a "
            "section, as plans-next4 w06 reads its childless articles) and 10 (第四条–第十三条 as ten articles, 第十三条 one "
            "task)",
            "samples: all nine work articles 第四条–第十二条 and five of 第十三条's fourteen rules (1, 3, 4, 10, 14)",
            "no unit label anywhere: lead and responsible none; two 牵头 in sentences (第四条, 第十一条: 建管中心) accepted as "
            "lead",
            "第二条's 「投资额在100万元以下、建筑面积在300平方米以下」 defines the scope (thresholds, in a section); no plan "
            "targets, no phases, no date in any article (the cover's 2024年9月24日 only)",
            "duties: 第四条's monthly report to 区建管委, 第十一条's report to 区建管委 and 第十二条's 上报 to the 执法队 (EXPECTED.md: "
            "report, submit, file); 第十一条's 「做好现场检查记录」 and 第十三条 4's 「存档备查」 are records, 第十三条 3's 「立即"
            "报告」 is inside the site (see its sample)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x35_04_yangpu-2024-gongcheng-jianshe-yingshang-huanjing-xingdong-jihua.txt"
RB = "「（责任部门：…）」 closes the item (full-width brackets and colon); no lead named: lead = []"
GROUP = ("「（责任部门：各有关部门）」: the group as printed is the only unit (as plans-next30 keeps 各相关部门); "
         "lead = [], the group accepted as lead")
JS, GH, LR, ST, GD, JJ, ZF = ("区建设管理委", "区规划资源局", "区绿化市容局", "区生态环境局", "区国动办", "区交警支队",
                              "区住房保障房屋管理局")
YQ = "各有关部门"

plan(X04,
     title="杨浦区关于创新引领、数字赋能，持续提升工程建设领域营商环境的行动计划（关于印发《杨浦区关于创新引领、数字赋能，持续提升工程建设领域营商环境的行动计划》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="杨建委〔2024〕38号 (from the index; the stored text prints no number)",
     issuer="上海市杨浦区建设和管理委员会 with 杨浦区发展和改革委员会 and 杨浦区规划和自然资源局 (the cover's three signatures)",
     date="2024-08-21",
     level="district bureau (Shanghai Yangpu; three bureaus jointly, passed by the district government)",
     source=src("工程建设管理", "关于印发《杨浦区关于创新引领、数字赋能，持续提升工程建设领域营商环境的行动计划》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00776ad4103ab701361eb623cf3835171cb2&siteId=0077", 5480),
     style="district action plan after a cover (addressees 各有关单位, one sentence, three signing bureaus one a line, date "
           "2024年8月21日); the title, a preamble citing documents with 【】 brackets (沪府办发【2024】1号); 一、指导思想 (a "
           "paragraph); 二、主要举措 （一）–（三） group headings over 「N、heading。text（责任部门：…）」 items, numbering "
           "restarting (7 + 3 + 4); 三、保障措施 1、–4、 with labels too; every item closes with 「（责任部门：…）」, ten "
           "with named district units (one to seven, 「等」 tails twice, 各街道 once) and eight with 「各有关部门」; an 附件 "
           "form (分期验收行业审查意见: fields one a line, 「2024年X月X日」, 「一、质量安全监督意见：」 …) that is no task list",
     leaf_tasks=18,
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        U(["二", "（一）", "1"], [JS, GH, LR, "区卫生健康委", GD, JJ],
          note=RB + "; six units; 「一站式」 「“一个系统”」 no quantity; " + NODATE),
        U(["二", "（一）", "2"], [JS, GH], note=RB + "; " + NODATE),
        U(["二", "（一）", "3"], [JS, "区数据局"],
          note=RB + "; 「“水电气网联合报装”一件事」 a name (一 no quantity); 「一口申请」; " + NODATE),
        U(["二", "（一）", "4"], [GH, ST, JS, "区文化旅游局"],
          note=RB + "; the first-listed unit here is 区规划资源局 (no rule makes it lead); 「多审合一、多测合一、多证合一」 "
               "names; " + NODATE),
        U(["二", "（一）", "5"], [JS, "各街道"], not_targets=[(100, "万元"), (300, "平方米")],
          note=RB + "; 各街道 is a group in the label (kept); 「总投资100万元以下且建筑面积300平方米以下」 defines the "
               "general projects (thresholds, not targets); 区建设管理部门 acts in a sentence; " + NODATE),
        U(["二", "（一）", "6"], [JS], note=RB + "; one unit; 「预留份额」 no figure; " + NODATE),
        U(["二", "（一）", "7"], [GH, JS, LR, "区税务局"],
          note=RB + "; 「区税务局等」: the 等 tail dropped; 「两证合一」 「“两个免交”」 「一件事一次办」 names (no "
               "quantity); " + NODATE),
        U(["二", "（二）", "1"], [YQ], note=GROUP + "; 「“办不成事”」 「“一网通办”」 「“接诉即办”」 names; " + NODATE),
        U(["二", "（二）", "2"], [YQ], skip_deadline=True,
          note=GROUP + "; 「一季度完成资质改革政策宣贯及实操培训」: a deadline whose year is not printed (the plan is dated "
               "2024-08-21, so the next first quarter, 2025-03, is likely but not stated): not checked; 「“一类事”」 a "
               "name"),
        U(["二", "（二）", "3"], [YQ],
          note=GROUP + "; 区审批审查中心 is a venue (依托…), not a unit of the item; 「市、区两级」 levels; " + NODATE),
        U(["二", "（三）", "1"], [YQ], note=GROUP + "; " + NODATE),
        U(["二", "（三）", "2"], [JS, LR, ZF], targets=[(100, "%")],
          note=RB + "; 「区住房保障房屋管理局等」: 等 dropped; 「智慧监管抽查比例100%」 the item's target; 「监管平台每月自动"
               "汇总生成数据看板」 a platform's output, not a unit's report (no duty); " + NODATE),
        U(["二", "（三）", "3"], [JS, GH, ST, LR, ZF, GD, JJ], note=RB + "; seven units; " + NODATE),
        U(["二", "（三）", "4"], [JS],
          note=RB + "; 社会投资项目 / 政府（国企）投资项目 / 建设单位 are objects; 「提高绿色建材应用比例」 names no figure; "
               + NODATE),
        U(["三", "1"], [YQ],
          note=GROUP + "; 「区建管委要发挥日常协调作用，细化任务分工」 a unit in a sentence (协调, not in the label); 「各单位"
               "要…」 a group; " + NODATE),
        U(["三", "4"], [YQ], note=GROUP + "; 「考核迎评」 an assessment, not a report; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、指导思想 a section; 二、 （一） 1、–7、 7, （二） 1、–3、 3, （三） 1、–4、 4 → 14; 三、保障措施 1、–4、 4 → "
            "18 (the 、 numbers restart under each group heading)",
            "samples: every item of 二、 (14) and two of 三、 (1, 4; 2 and 3 are like them, labelled 各有关部门)",
            "units: no lead rule, so lead = [] and a single unit (or the group 各有关部门) is accepted as lead; 「等」 tails "
            "dropped (二/（一）/7, 二/（三）/2); names kept as printed (区建设管理委 in the labels, 区建管委 in 三/1's sentence)",
            "the only date in an item is 二/（二）/2's 「一季度」 without a year (not checked); the cover's 2024年8月21日 and the "
            "form's 「2024年X月X日」 are no deadlines; no phases; no report by a unit: no duties",
            "figures: 100% (二/（三）/2) is the only target; 100万元 / 300平方米 (二/（一）/5) are thresholds; 「第94次常务会议」 "
            "a meeting's number; 「四高城区」 「四大服务」 names; no plan-level figure",
            "the 附件 is a blank form (分期验收行业审查意见: 编号, 项目名称 …, 「1」 as a row number of the form, 「一、质量安全"
            "监督意见：」 「二、消防验收（备案）意见：」 「三：规划资源验收意见：」); none of it is a task"])


# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("x35_03", ["第十二条"], [], ["街道综合行政执法队"], "「街道综合行政执法队负责对未批先建及未按图施工的情况进行现场执法处置」: the subject of 负责 is responsible, no lead (A alone accepted as lead); 网格监督员 / 第三方服务人员 are persons, and their 「负责巡查区域时，发现…」 is a case (rule 3); 街道综合行政执法队 also receives their reports", alt=[["街道综合行政执法队"]], rule="2 and 3")

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x35_01", ["三", "（二）"], [], ["区生态环境局", "街镇", "产业园区管理机构"], "「区生态环境局…组织建设全区统一的环保管家信息平台」: the subject of 组织＋verb; 「区生态环境局、街镇、产业园区管理机构根据…梳理…，并录入区环保管家信息平台实施动态管理」: the subjects of 实施; responsible in order, no lead; 环保管家服务机构 共享/更新 are verbs rule 2 does not list")
align30("x35_03", ["第四条"], ["建管中心"], ["建管中心", "营商办", "城运中心", "综合行政执法队"], "「资料齐全后由建管中心牵头，营商办、城运中心、综合行政执法队等部门参与审核…」: 「由A牵头」 with 「B、C参与」 after it (a step of the procedure, not a contingency), lead A, responsible A, B, C in order; 区建管委 receives the monthly report (rule 3)", rule="2 and 3")
align30("x35_03", ["第六条"], [], ["施工单位"], "「施工单位应建立健全工程施工现场管理体系，落实工程质量保证体系、安全生产规章制度和文明施工管理要求」: the subject of 落实, the doer of the article's work, responsible, no lead (A alone accepted)", alt=[["施工单位"]])
align30("x35_03", ["第七条"], [], ["施工单位"], "「施工单位应落实项目负责人为…第一责任人的安全生产责任制度，严格落实各项安全生产管理要求」: the subject of 落实, responsible, no lead (A alone accepted); 项目负责人 / 第一责任人 are persons (rule 3)", alt=[["施工单位"]], rule="2 and 3")
align30("x35_03", ["第九条"], [], ["施工单位"], "「施工单位应按照《上海市建设工程文明施工管理规定》，落实施工告示牌、围闭设置…等方面文明施工管理要求」: the subject of 落实, responsible, no lead (A alone accepted)", alt=[["施工单位"]])

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x35_04', ['二', '（一）', '5'], [(100, '万元'), (300, '平方米')],
                   '「总投资100万元以下且建筑面积300平方米以下的其他建设工程为一般项目」: both joined to 以下, thresholds picking the projects')
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x35_01', ['五', '（一）', '6'], 'comparison words',
        '「年排放量的和大于1吨且小于等于30吨」「全年废水日均排放量大于250吨且小于等于2500吨」: figures joined to 大于／小于 (小于等于 is ≤), '
        'thresholds that pick the sources (a band that picks objects keeps both edges; the answer checks the upper ones it held)',
        to_target=[(30, '吨'), (2500, '吨')])
align32('x35_01', ['五', '（一）', '7'], 'comparison words',
        '「床位数大于等于1张小于等于20张的」「年危废产生量小于10吨的」: joined to 大于等于／小于等于／小于, thresholds that pick the units',
        to_target=[(20, '张'), (10, '吨')])
# round 45 (al47b): the Round 47 ruling q44c (governs) — role-like kinds (建设单位, 施工单位, 监理单位, 设计单位 …) as the
# subjects of articles are doers of any verb of doing (round 44's article rule; round 34); a filing, an option, a cost
# verb and a person's role stay none (CONVENTIONS.md "Round 47 rulings, written early"; README, "Aligned round 45 (al47b)")
from expected_tools import _sample32, align34_units  # noqa: E402


def align45_q44c(file, path, lead, resp, why, alt=None, drop_alt=False):
    """One sample aligned to q44c, noted 「aligned round 45 (Round 47 q44c): <why> (old → new)」 before the earlier
    note; ``drop_alt`` drops a single body's accepted lead where the item now has two doers."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 45 (Round 47 q44c): ", 1)
    if drop_alt:
        s.pop("lead_alternatives", None)


align45_q44c('x35_03', ['第八条'], [], ['施工单位'],
             "「施工单位应当在施工现场建立消防安全责任制度，确定消防安全责任人，制定…制度和操作规程，设置消防通道、消防水源，配备消防设施和灭火器材」 — the subject of the article's verbs of doing is a doer; the person it appoints (消防安全责任人) is none (round 30)",
             alt=[['施工单位']], drop_alt=False)

# round 46 (al48): answers aligned to CONVENTIONS.md "Round 48 rulings, written early", read at the items
from expected_tools import align48_units  # noqa: E402

align48_units('x35_02', ['四', '(二)', '3'], [], ['区人才工作局', '相关部门'],
              "governs (rounds 34, 47 over the round-23 tail; q44a): the label 「(责任部门：区人才工作局及相关部门)」 — 及 joins two "
              "names (round 34) and 相关部门 is a kind (round 47), no general call; only a 等 tail is dropped — two units, no 牵头: "
              "lead []", alt=[])

# round 51 (p51d): answers aligned to tests/data/CONVENTIONS.md "Round 58 rulings" (Targets, turned)
from expected_tools import align58_targets  # noqa: E402

align58_targets("x35_04", ["二", "（一）", "5"], "「总投资100万元以下且建筑面积300平方米以下的其他建设工程为一般项目，试点告知承诺方式备案」: both bands stand inside the noun naming the class of works the procedure picks, named by the ruling", to_not=[(100, "万元"), (300, "平方米")])
# round 52 (al52): CONVENTIONS.md "Round 60 rulings" (Tasks, turned; p51e), README "Round 52"

_p = _sample32("x35_02", None)[0]
for _path in (["二", "(一)"], ["二", "(三)"]):
    _p["samples"].remove(_sample32("x35_02", _path)[1])
_p["leaf_tasks"], _p["count_alternatives"] = 14, [17, 24, 21]
_p["notes"].append('aligned round 52 to CONVENTIONS.md "Round 60 rulings" (turned): 基本原则 items that state a stance or a '
                   "principle give no work, no tasks in any plan (rounds 49, 58): 二、基本原则 (一)–(三) are not counted and the "
                   "samples on 二/(一), 二/(三) are dropped (leaf_tasks 17 → 14, count_alternatives [14, 24, 21] → [17, 24, 21]); "
                   "the earlier count 17 stays accepted (round 33)")


# Round 58 (rul79): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58b-3 / p58a-1, governs), the samples it
# named and left for a later alignment, read at their words (README, round 58)
from aligned_rulings import align78  # noqa: E402

_G78 = ("Tasks and counts, governs: rounds 30, 35, 56, 60's x36_02, 66's x81_04 and 72 over the every-leaf samples; "
        "the old counts stay accepted")
align78("x35_01", ["一", "1"], "「一、适用范围 1. 本指导意见所称的环保管家服务，是指…」: a definition in a scope point (round 30; round 66's x81_04), no task and no sample on it", _G78, drop=True)
align78("x35_01", ["一", "2"], "「2. 除…区域外，浦东新区辖区内环保管家服务工作适用本意见」: a scope point (round 30; round 60's x36_02), no task", _G78, drop=True)
for _n in ("1", "2", "6", "7"):
    align78("x35_01", ["五", "（一）", _n], "「五、附则 （一）名词解释 1.–7.」: definitions in the closing points are general provisions (round 30; Round 74's x297_04 五、), no tasks", _G78, drop=True)
align78("x35_01", ["五", "（二）"], "「（二）解释权 本指导意见由浦东新区生态环境局负责解释」: the interpreting body, a general provision (round 30), no task", _G78, drop=True)
align78("x35_01", ["五", "（三）"], "「（三）施行日期 本意见自2025年1月1日起实施，有效期至2029年12月31日」: entry into force, a general provision (round 30), no task", _G78, drop=True,
        counts={"leaf_tasks": 3, "count_alternatives": [14, 4, 7]})

write_collected(DIR)
