"""Answers for plans-next209: eight page openings of plans from outside Shanghai, built BLIND by helper c209
(round 45): 甘肃省人民政府办公厅's 2016 欠薪 治理 opinion (甘政辦發〔2016〕46號, traditional with the site's inline
pinyin); a 镇's 2013 安全生产月 plan; 头闸镇 (平罗, 宁夏) 2017 安全生产月 plan; 郎溪县's 2021 河(湖)长制
plan (labelled items, a coefficient and a count target); a 乡镇's 2018 安全生产月 plan (a PDF copy with
scrambled lines); a 卫生院's 2013 安全生产月 plan printed on one line; 莒南县卫生健康局's 2019 安全生产月 plan
under its cover; 鹤岗市's 2025 府院联动 opinion under its cover: never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py; given by hand
where an item's number does not open its line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of rounds 30–45 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c209.

    python tests/data/plans-next209/make_expected.py tests/data/plans-next209
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
SPAN = ("round 36/37: an activity's span stated once for the whole action is a stage span, its end the deadline of "
        "items with no date of their own")
CLOSED = "round 30: rule 2's forms are a closed list"

# ---------------------------------------------------------------------------------------------------------
X01 = "x209_01_gansu-2016-quanmian-zhili-tuoqian-nongmingong-gongzi-shishi-yijian.txt"
plan(X01,
     title="甘肅省人民政府辦公廳關(guān)于全面治理拖欠農(nóng)民工工資問題的實施意見",
     title_note="line 3, as printed with the site's inline pinyin 「(guān)」「(nóng)」 (round 39: kept as printed)",
     doc_no="甘政辦發(fā)〔2016〕46號 (as printed)", issuer="甘肃省人民政府办公"
            "厅", date="2016-04-20 (the site's 時間 line)",
     level="province (甘肃省人民政府办公厅)",
     source=page_source("http://shennongbaicaogaogw.com/html/1275/2016-04-20/content-116261.html"),
     style="a provincial government office's 实施意见 on an economic-information site, in TRADITIONAL characters with "
           "the "
           "site's INLINE PINYIN 「經(jīng)濟」「目標(biāo)任務(wù)」: the site's chrome (welcome line, breadcrumb, 「"
           "• 時間」「• 點擊」"
           "「• 來源」 bullets), the title, the number, the addressees, a preamble, 一、目標任務 (a goal paragraph wit"
           "h "
           "「到2020年」), 二、嚴格落實企業工資支付主體責任 (一)明確責任主體 — CUT in (一) at 「在工程建設」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、目標任務"],
     samples=[
        S(["二", "(一)"], [], ["各類企業(yè)"], lead_alternatives=[["各類企業(yè)"]],
          note=CUT + "; round 39: 「A承担…主体责任」 designates A as a doer — 「各類企業對招用農民工的工資支付負有主體"
                     "責任」 under the "
                     "heading 「明確責任主體」 is that designation (負有 = 承担; round 34: a regulated party named by "
                     "a kind is a "
                     "doer with a designation): 各類企業, as printed (round 36: names as printed, traditional kept)"
                     "; " + ONE +
                     "; 「按月足額支付」 is a rhythm of paying wages, no reporting duty and no deadline; 「到2020年」 "
                     "in 一、目標任務 "
                     "is the goal's date, not this item's (round 44, decided): no deadline"
                     "; the name with the site's inline pinyin 「各類企業(yè)」, as printed (aligned in round 46 by "
                     "Round 39 rulings, Names: the site's inline pinyin is kept as printed)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一) (CUT); 一、目標任務 is a childless goal section (plans-dev rule; no doer: 「"
            "政府依法監管」"
            " is a principle of roles, round 41)",
            "「國辦發〔2016〕1號」 is a document number; 「到2020年…基本無拖欠」 carries no figure (no plan target)",
            "the welcome line, breadcrumb and the three bullets 「• 時間:2016-04-20」「• 點擊:371」「• 來源:」 are th"
            "e site's "
            "chrome (371 is a hit count)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x209_02_zhen-2013-anquan-shengchanyue-shishi-fangan.txt"
DL02 = dict(dl="6月1日??6月30日", dln="2013-06-30")
plan(X02,
     title="乡镇安全生产月实施方案",
     title_note="line 3, as printed (the site's headline for the piece; the piece itself speaks of 「我镇」)",
     doc_no="", issuer="a 镇 (not named; 「结合我镇实际」「全镇」, a 市 above it)",
     date="2013 (「根据市2013年“安全生产月”活动方案」; the page's 「发布时间:2023-09-17」 is the site's)",
     level="town (a 镇, not named)",
     source=page_source("http://m.creditsailing.com/HuoDongFangAn/563054.html"),
     style="a 范文 site's page: the site's 「活动方案」 line, the headline, 「发布时间」, a preamble, 一、总体要求, 二"
           "、活动主题, "
           "三、活动时间 「6月1日??6月30日」 (the page lost the dash, printing 「??」), 四、组织机构 (a leading group "
           "of persons "
           "and the town's offices as members, its office 「设在镇安监办,具体负责…同时负责组织实施全镇性活动」), 五、"
           "活动内容 "
           "1、 (a run-in heading, 「各部门要利用…开设…」) and 2、 「镇“安全生产月”活动领导小组将组织相关职能部门…开展"
           "一次…」 — "
           "CUT in 2、 at 「主题宣」; paragraphs indented with two spaces",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、活动主题", "三、活动时间", "四、组织机构"],
     samples=[
        S(["五", "1"], [], [], **DL02,
          note="「开办安全生产宣传专栏。各部门要利用广播、墙报,开设…专栏,刊登…」 — 各部门 is a kind (round 44: a doer "
               "only "
               "with a rule-2 verb), but 利用／开设／刊登 are no rule-2 verbs "
               "(" + CLOSED + "): lead [], responsible []; " + SPAN +
               " — 三、活动时间 「6月1日??6月30日」, the year 2013 from the cited 「市2013年“安全生产月”活动方案」 th"
               "e town's plan "
               "follows (as x177_04 took its year from the city plan it follows): 2013-06-30"),
        S(["五", "2"], [], ["镇“安全生产月”活动领导小组"], lead_alternatives=[["镇“安全生产月”活动领导小组"]], **DL02,
          note=CUT + " (「…主题宣」); " + R2 + ": 「镇“安全生产月”活动领导小组将组织相关职能部门在人员聚集场所开展…」 "
                     "— 「A组织B＋verb」"
                     " (round 30): A is the doer, 相关职能部门 (the object of 组织) is no unit; the group was set up b"
                     "y 四、组织"
                     "机构 — round 36: bodies a plan set up earlier are doers in later items; the name as printed here"
                     ", with "
                     "镇 and the quotes (round 32: no alias is rewritten)"
                     "; " + ONE + "; 「一次」 has no comparison word (no "
                     "target); 「安全生产活动期间」 — " + SPAN + ": 2013-06-30"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 五/1, 五/2 (CUT); 3 accepted (四、组织机构 read as a task — it names no rule-2 doer"
            ": the group "
            "of persons and its office are set up by the item, and the office 「设在镇安监办」 「负责…组织实施」 is th"
            "e subject "
            "of 负责 — round 35's set-up bodies, round 45: where an office sits is no doer); 一、–三、 are sections (a"
            "ims, "
            "theme, time)",
            "三、活动时间 「6月1日??6月30日」 is the campaign's span (one span, no stages: no phase); 「??」 is the pa"
            "ge's, where a "
            "dash was lost",
            "四、组织机构's member list (宣传办、政法办、…、供电所以及各办、村、企业分管安全工作的领导) names members "
            "of a group "
            "the item sets up (rule 3: members are no units)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x209_03_toucha-zhen-2017-anquan-shengchanyue-wanlixing-huodong-shishi-fangan.txt"
plan(X03,
     title="头闸镇关于开展2017年“安全生产月”和“安全生产万里行”活动实施方案",
     title_note="line 2, as printed",
     doc_no="", issuer="头闸镇人民政府 (平罗县, 石嘴山, 宁夏; the county site's page)", date="2017 (title)",
     level="town (头闸镇, 平罗县, 宁夏)",
     source=page_source("https://pingluo.gov.cn/xxgk/zfxxgkml/yjgl/201808/t20180822_1014070.html"),
     style="a town's plan on the county government's open-information site: a stray 「|」 line, the title, a preamble "
           "citing "
           "「平安委办〔2017〕10号」, 一、总体要求 (a paragraph broken mid-word over two lines 「公众安」/「全教育行动"
           "」), 二、活动主题和"
           "时间 (field lines 「活动主题:」「活动时间:2017年6月1日至30日。」), 三、组织领导 (a leading group of person"
           "s, its office "
           "「设在综治中心…主要负责活动的组织实施和指导、协调」), 四、活动形式 (一) a heading line over its own field "
           "line 「活动时间:"
           "6月1日-30日。」 — CUT at 「活动」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、活动主题和时间", "三、组织领导"],
     samples=[
        S(["四", "(一)"], [], [], dl="6月1日-30日", dln="2017-06-30",
          note=CUT + "; the heading 「开展习近平总书记关于安全生产重要讲话精神专题宣贯活动」 has no subject (开展 is n"
                     "o rule-2 verb "
                     "either, " + CLOSED + "): lead [], responsible []; round 35: 「活动时间:」 under the item is a fi"
                     "eld of "
                     "that item — its own time 「6月1日-30日」 in the 2017 plan (the title's and 二、's year): 2017-06"
                     "-30 (round 37: "
                     "an item's own date wins over the activity's span; here they agree)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 四/(一) (CUT); 2 accepted (三、组织领导 read as a task — it names no rule-2 doer: th"
            "e group of "
            "persons 贾华荣, 田生元 and its office 「设在综治中心」, subject of 负责, are set up by the item, rounds 3"
            "5/45); "
            "一、总体要求 and 二、活动主题和时间 are sections",
            "二、「在各村(社区)和驻镇单位同时开展」: 开展 is no rule-2 verb; the span 2017年6月1日至30日 is one span ("
            "no phase)",
            "「平安委办〔2017〕10号」 is a document number"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x209_04_langxi-xian-2021-hehu-zhangzhi-gongzuo-fangan.txt"
plan(X04,
     title="郎溪县2021年河(湖)长制工作方案",
     title_note="line 1, as printed",
     doc_no="", issuer="郎溪县 (宣城, 安徽; the issuing office is not printed on the page)", date="2021 (title)",
     level="county (郎溪县, 安徽)",
     source=page_source("http://boyangjiancai.com/OpennessContent/show/2134474.html"),
     style="a county's yearly 河(湖)长制 plan on a mirror of an open-government page: title, preamble citing two 办〔…"
           "〕号 "
           "documents, 一、指导思想, 二、工作目标 (「6月底前,各级河湖长责任河湖“四乱”问题基本消除」), 三、工作任务 (一"
           ") heading line, "
           "1. with a closing label 「(责任单位:县水利局、县统计局、县科技经信局、县发改委,各乡镇)」, 2. with 「达到0."
           "525以上」 and "
           "「2021年创建省级节水型企业3家」 — CUT in 2. before its label",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "(一)", "1"], [], ["县水利局", "县统计局", "县科技经信局", "县发改委", "各乡镇"],
          note=R1 + ": the closing label 「(责任单位:县水利局、县统计局、县科技经信局、县发改委,各乡镇)」 — split on "
                    "、 and , "
                    "(the comma before 各乡镇 as printed); 责任单位 names no lead: lead []; 「“十四五”期间」 is a pla"
                    "n period's "
                    "name and 「建平项目区、凌笪项目区」 place names (no targets); the year 2021 is printed only in th"
                    "e title — "
                    "round 38/45: a period in the title alone dates nothing: no deadline"),
        S(["三", "(一)", "2"], [], [], targets=[(0.525, ""), (3, "家")], dl="2021年", dln="2021-12",
          note=CUT + " (before its label: the page ends at 「推进节水型机关、节水型园」): lead [], responsible [] (no "
                     "label, no "
                     "clause of rule 2); round 30's line: 「农田灌溉水有效利用系数达到0.525以上」 — 达到／以上: a targ"
                     "et 0.525 "
                     "(a coefficient, no unit); round 44: a count of work done 「创建省级节水型企业3家」 is a target ("
                     "3 家); "
                     "「2021年创建…3家」 dates the item's work by its year, read as 年底前 (December, round 44's year "
                     "opening an "
                     "item) — RULING? the year stands inside the item, not at its opening (round 44 decided only an it"
                     "em that "
                     "OPENS with a year); a reader who keeps round 44's letter gives no deadline"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 三/(一)/1 and 三/(一)/2 (CUT before its label); (一) has children (no leaf); 一、指"
            "导思想 and "
            "二、工作目标 are sections",
            "二、工作目标 「6月底前,…“四乱”问题基本消除」 is the goal's date (round 44, decided: a goal date in a 目"
            "标 section is "
            "no item's deadline)",
            "「办〔2017〕71号」「办〔2018〕119号」 are document numbers (their issuer's prefix lost on the page)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x209_05_xiangzhen-2018-anquan-shengchanyue-gongzuo-fangan.txt"
DL05 = dict(dl="XX年6月1日至30日 (scrambled on the page)", dln="2018-06-30")
SPAN05 = ("the span: line 11 is a PDF copy's scrambled line 「三、主要活动内容日在全镇村委会、30月1日至XX“安全生产月”"
          "活动月于年6 "
          "行业领域、各企业同时开展。」, read back as 「XX年“安全生产月”活动于6月1日至30日在全镇村委会、行业领域、各企"
          "业同时开展」; "
          + SPAN + "; the span's year is masked 「XX」 but the plan is 2018's (its title 「…工作方案2018」): 2018-06-3"
                   "0 — RULING? "
          "a masked year in the span beside the plan's year in its title (x177_02 left a masked span unchecked where n"
          "o year "
          "stood anywhere)")
plan(X05,
     title_note="title not checked: the page is a site's compilation (line 1 「2018年乡镇“安全生产月”工作方案与2018年"
                "乡镇义务"
                "植树造林实施方案汇编」) and the plan's own title is scrambled by the PDF copy 「 年乡镇“安全生产月”工"
                "作方案2018」 "
                "(line 7)",
     doc_no="", issuer="a 乡镇 (not named; 「全镇」「镇将组织」; 「打造田园城市,构建幸福」 with its place name lost)",
     date="2018 (the title's 2018; the span's year is masked 「XX」)", level="town (a 镇, not named)",
     source=page_source("https://www.youxiua.com/show-32-267984-1.html"),
     style="a compilation page on a 范文 site copied from a PDF: the compilation's title twice, 「来源:初二 发布时间…"
           "」, the plan's "
           "scrambled title 「 年乡镇“安全生产月”工作方案2018」, 一、指导思想 run in after its number, then ONE LINE h"
           "olding 二、活动主题 "
           "(its theme), 三、主要活动内容 with a scrambled span 「日在全镇村委会、30月1日至XX“安全生产月”活动月于年6 "
           "行业领域…」 "
           "and item 1、宣传条幅 (with the PDF's page line 「页共页第 1 8」 inside a slogan), then 2、宣传挂图 and 3、"
           "开展安全生产"
           "知识培训 on lines of their own (heading line, then text) — CUT in 3、 at 「重点学习新《安」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题"],
     samples=[
        S(["三", "1"], [], [], **DL05, line=11, title_starts="宣传条幅。在全镇",
          note="round 34: items numbered inside one paragraph that run in order are items as if each number stood at a "
               "line start — 1、 stands inside line 11 after 二、 and 三、 (line and first words given by hand); 「在"
               "全镇各个"
               "主要道路、各村委会所在地悬挂…宣传条幅」 has no subject: lead [], responsible []; " + SPAN05),
        S(["三", "2"], [], [], **DL05, line=13, title_starts="宣传挂图。", not_targets=[(15, "幅")],
          note="a heading line 「2、宣传挂图。」 over its text: 「各个生产单位订购安全生产宣传挂图15幅,张挂在…」 — 订"
               "购／张挂 are no "
               "rule-2 verbs (" + CLOSED + "): lead [], responsible []; round 44: supplies an item hands out or collec"
               "ts are "
               "means, no target (15 幅, and no comparison word); " + SPAN05),
        S(["三", "3"], [], [], targets=[(1, "期")], **DL05, line=17, title_starts="开展安全生产知识",
          note=CUT + "; 「镇将组织各个生产单位进行安全生产培训」 — round 44: 「镇将…组织…」, 镇 standing alone is a pl"
                     "ace, no doer "
                     "(the objects of 组织 are no units either, round 30); 「特别是码头、漂流、电站等特种行业的安全生"
                     "产单位要举办一期"
                     "以上的…专题培训」 — 举办 is no rule-2 verb: lead [], responsible []; round 30's line: 「一期以上"
                     "」 — 以上: a "
                     "target 1 期; 「全体涉业人员」 are persons; " + SPAN05),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 三/1 (inside line 11), 三/2, 三/3 (CUT); 一、指导思想 and 二、活动主题 are section"
            "s (二、 shares "
            "line 11 with 三、 and 1、)",
            "the order of line 11 is the PDF copy's, kept as found; 「页共页第 1 8」 inside the slogans of 1、 is the "
            "PDF's page "
            "line; 「来源:初二」 is the site's category",
            "the span's year is masked 「XX」; the title's 2018 dates it (RULING? in the samples' notes)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x209_06_weishengyuan-2013-anquan-shengchanyue-huodong-fangan.txt"
plan(X06,
     title="卫生院安全生产月活动方案",
     title_note="line 1, as printed (the site's headline; the text says 「特制订2013年安全生产月活动方案」)",
     doc_no="", issuer="a 卫生院 (a township hospital under a 县卫生局; 「本院」「全院」「大溪卫〔2013〕16号」)",
     date="2013 (「特制订2013年安全生产月活动方案」)",
     level="a body's own (a township hospital, 卫生院, under 县卫生局; the place 大溪 from the cited 大溪卫〔2013〕16"
           "号)",
     source=page_source("https://yiyuan.7en.cn/viewhtml/2014-10-19/fid31279.asp"),
     style="a member site's PREVIEW: the headline, two bullets 「• 点击查看:3分钟在线开通会员查看此文章!」 and 「• 范"
           "文预览:」 — the "
           "whole preview on ONE LINE (line 4): the addressees 「各科室:」, a preamble, 一、指导思想, 二、总体目标 (「"
           "无各类人员伤亡"
           "事故…」), 三、组织领导 (「本院安全生产领导小组负责…。各职能科室的安全生产年活动领导小组负责…」), 四、具体"
           "活动内容 — "
           "CUT at 「根据县卫」; then the site's 「其他相关文章: 最新增加文章:」. The page is short (1,310 bytes): the "
           "preview is all the site shows",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、总体目标"],
     samples=[
        S(["三"], [], ["安全生产领导小组", "安全生产年活动领导小组"],
          responsible_alternatives=[["本院安全生产领导小组", "各职能科室的安全生产年活动领导小组"]],
          line=4, title_starts="组织领导依照大溪",
          note="round 34: points numbered inside one paragraph that run in order (一、…四、 in line 4) are items as i"
               "f each "
               "stood at a line start (line and first words given by hand); round 34 early: a childless headed point w"
               "hose "
               "text gives work to a rule-2 doer is a task; " + R2 + ": 「本院安全生产领导小组负责全院安全生产月活动的"
               "组织领导」 "
               "and 「各职能科室的安全生产年活动领导小组负责本科室活动的组织领导督查监管和贯彻落实」 — two 负责 clause"
               "s, both "
               "doers (standing groups, not set up by the item), in printed order; names: round 43 drops 本局 before a"
               "nother "
               "body's name (本院 likewise) and round 32's 的-rule keeps the name after the last 的 — the printed form"
               "s are "
               "accepted beside them; 「全院要加强对活动的组织领导」 — 全院 a scope, 组织领导 a noun (round 45), no do"
               "er; "
               "lead [] (no 牵头); " + NODATE + " (the 2013 plan prints no span)"),
        S(["四"], [], [], line=4, title_starts="具体活动内容根据",
          note=CUT + " (「四、具体活动内容根据县卫」): the activity section whose work the page does not show; counte"
                     "d as a task "
                     "(the count 1 without it is accepted): lead [], responsible []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 三 and 四 (CUT at once); 1 accepted (四 read as a heading whose work is cut off); "
            "一、指导思想 "
            "and 二、总体目标 are sections (二、 a goal with no figure: 「无…事故」)",
            "the whole plan is on line 4, with the site's bullet 「• 范文预览:」 before the addressees 「各科室:」",
            "「大溪卫〔2013〕16号」 is a document number"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x209_07_junan-weijianju-2019-anquan-shengchanyue-huodong-shishi-fangan.txt"
DL07 = dict(dl="6月1日至6月30日", dln="2019-06-30")
plan(X07,
     title="2019年“安全生产月”活动实施方案（莒南县卫生健康局关于印发《2019年“安全生产月”活动实施方案》的通知）",
     title_note="the plan's title, line 24 (its cover notice's title on line 5; the scorer accepts either)",
     doc_no="莒南卫健发〔2019〕25号", issuer="莒南县卫生健康局", date="2019-05-30",
     level="a body's own (county bureau: 莒南县卫生健康局, 临沂, 山东)",
     source=page_source("http://junan.gov.cn/info/5466/139715.htm"),
     style="a county bureau's plan on the county government's site: the site's chrome (「欢迎访问莒南县政府网站」, 长"
           "者模式 lines, "
           "「政策文件」), the cover notice (title, 文号/成文日期 and 发布日期 lines, the number again, addressees 「"
           "各镇街(园区)卫生院,"
           "…局属各单位:」, one forwarding sentence, signature, date, 「(此件公开发布)」), the plan's title, a preambl"
           "e, 一、活动重点、"
           "主题和时间安排 (「于6月1日至6月30日统一开展」), 二、总体思路, 三、“安全生产月”活动内容 (一) heading line o"
           "ver a "
           "paragraph, (二) — CUT at 「开展」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、活动重点、主题和时间安排", "二、总体思路"],
     samples=[
        S(["三", "(一)"], [], [], **DL07,
          note="heading line 「(一)上一堂“安全生产公开培训课”」 over 「组织我系统安全生产专家讲一堂…」 — 组织 with no "
               "subject "
               "(round 41: a subjectless heading or sentence gives no doer; 我系统 names the field, the experts are pe"
               "rsons): "
               "lead [], responsible []; 「一堂」 has no comparison word (no target)"
               "; " + SPAN + " — 一、「于6月1日至6月30日统一"
               "开展」 of the 2019 plan: 2019-06-30"),
        S(["三", "(二)"], [], [], **DL07,
          note=CUT + " (「(二)开展」 and nothing more): lead [], responsible []; " + SPAN + ": 2019-06-30; the count 1 "
                     "without it is accepted"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 三/(一) and 三/(二) (CUT at once); 1 accepted; 一、 (theme and time) and 二、总体思"
            "路 are "
            "sections",
            "cover: 「请认真抓好贯彻落实」 is the cover's instruction (no task, round 25); it asks for no dated sendin"
            "g (no duty)",
            "「第18个“安全生产月”」 and 「新中国成立70周年」 are ordinals and names (no targets); 「一级及以上民营医疗"
            "机构」 in the "
            "addressees is a class of body"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x209_08_hegang-2025-wanshan-fuyuan-liandong-jizhi-yijian.txt"
plan(X08,
     title="鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见",
     title_note="lines 8–9, as printed (the issuers' line over the 关于… line, the name the cover quotes in 《》); th"
                "e cover's "
                "own title is lines 2–3",
     doc_no="鹤政发〔2025〕4号", issuer="鹤岗市人民政府, 鹤岗市中级人民法院 (jointly)", date="2025-04-30",
     level="city (鹤岗市, 黑龙江: the city government with the city's intermediate court)",
     source=page_source("https://www.hgds.gov.cn/hegang/hzf/202505/74521.shtml"),
     style="a city government's and court's joint opinion on the city's site: the number, the cover's title on two lin"
           "es, "
           "addressees 「各县(区)人民政府、法院,市政府各部门:」, one forwarding sentence (「已经市政府十七届61次常务会"
           "议审议通过」), "
           "the two issuers and the date, the opinion's title on two lines, a preamble, 一、指导思想, 二、重点任务 (一"
           ") a run-in "
           "heading 「完善重大事项事前研判机制。」 over an option 「各级政府及其工作部门…可根据工作需要邀请法院工作人"
           "员参与论证」 and "
           "「法院要积极参与…提供司法服务,提出…建议」, (二) — CUT at 「建立重大案件沟通协调」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [],
          note="「各级政府及其工作部门在作出重大行政决策…过程中,可根据工作需要邀请法院工作人员参与论证」 — an option ("
               "round 34/40: "
               "可 reaches every verb joined to it), and 法院工作人员 are persons; 「法院要积极参与政府决策过程,通过参"
               "与论证、提供"
               "法律咨询意见…提供司法服务,提出合理化建议」 — 参与／提供／提出 are no rule-2 verbs "
               "(" + CLOSED + "; round 37's "
               "参与 needs a doer in the item): lead [], responsible []; " + NODATE),
        S(["二", "(二)"], [], [],
          note=CUT + " (the heading 「建立重大案件沟通协调」 and nothing more): lead [], responsible []"
                     "; " + NODATE + "; the "
                     "count 1 without it is accepted"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/(一) and 二/(二) (CUT at once); 1 accepted; 一、指导思想 is a section",
            "「十七届61次」「十三届第94次」 are meeting ordinals (no targets); the cover's 「请认真贯彻执行」 is no ta"
            "sk (round 25)",
            "the preamble's roles 「党委领导、人大监督、政府支持、法院主导、部门联动、社会参与」 are a principle of ro"
            "les (round 40/41): "
            "no units"])

write_collected(DIR)
