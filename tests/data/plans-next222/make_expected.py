# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next222/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c222, round 46: eight page openings of plans from outside Shanghai — an xx省
教育厅's 2019 安全生产月 工作安排 (a PDF preview: characters doubled, punctuation lost, 「一 举行…启动仪式…拟于6月3日举行」 — CUT);
a Fujian college 科协's 2020 全国科普日 forwarding notice (1、–5、, dated sendings 「9月15日前」「10月11日前」「9月12日前」, ceilings
「不超过7000元」「不超过…50%」); 重庆市科协's 2020 科普日 填报 notice (一、二、 then 3. 4., 「请各区县科协于9月4日前…填报」 — CUT);
金东区's 2017 世界无烟日 plan (fields, 活动时间 5月25-31日, 三、活动安排 1、–5、, a dated sending to the 疾控中心); a 定王台街道
社区卫生服务中心 爱耳日 plan (a 范文 page: no year of its own, 第一项–第四项, 六、其他事项 1、–3、 with 做好／搭建好, a second plan
cut); a 县's 2015 全国爱眼日 plan (traditional with inline pinyin, 活動時間 one day, 三、活動形式 1、–4、); a 柳州 新区's 2018 世界艾滋病日 plan
(masked names; one event whose field block holds 主办／承办／协办单位 labels — CUT); an xx市's (淄博) 2009 世界艾滋病日 系列宣传活动方案 (a site's
page 2: a meeting point, an event with a 参加单位 label, 「3块以上宣传牌」, a dated sending by 11月27日, 「市疾控中心负责…」 — CUT)): never
tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line or under a heading ``locate`` cannot read); every answer was written here by
reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–47 are cited in the notes;
readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c222.

    python tests/data/plans-next222/make_expected.py tests/data/plans-next222
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on page, a document site's chunk line) or under a heading locate
# cannot read (「第二项:」): the line where the nth marker ends and the first eight characters after it, stopping at the
# line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, round 44: outside articles): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOUNITS = ("no item on the page names a unit in the ruled forms, so every numbered leaf that gives work is a task "
           "(plans-dev 08; rounds 25/27)")
NOYEAR = ("no year of the plan's own is printed (「2017年全国爱耳日活动方案【一】」 is the 范文 site's headline and its "
          "numbering of the pieces it gathers; round 45: a site's headline fills nothing): the deadline is not checked")
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x222_01_xx-sheng-jiaoyu-xitong-2019-anquan-shengchanyue-huodong-gongzuo-anpai.txt"
plan(X01,
     title_note=NO_TITLE + "the document's own title is printed with every run of characters doubled "
                "(「20192019 年教育系统年教育系统 安全生产月安全生产月 …活动工作安排活动工作安排」, line 14, a PDF's text layer); "
                "lines 1–5 are the site's page captions 「…活动工作安排_第N页」",
     doc_no="x 安委办 2019 x 号 (the province's plan it follows; its own number is not shown)",
     issuer="an xx省's 教育厅 (masked; its addressees 「各市教育局 xx 示范区教育局 西咸新区教育 卫体局 … 厅属有关单位」 — Shaanxi "
            "by 西咸新区, not named)",
     date="not shown (2019 by its title and text)", level="province body (an xx省's 教育厅, masked)",
     source=page_source("https://www.renrendoc.com/p-68068450.html"),
     style="a document site's preview of a PDF: five page captions, site chrome (全文预览已结束, 下载本文档, 版权说明, 文档简介), "
           "then ONE line of text with the punctuation lost and the title's characters doubled; 「一 总体思路」 (a section), "
           "「二 主要内容 2019 年教育系统 安全生产月 活动时间为 6 月 1 日至 30 日 活动内容如下」 and, after the PDF's page mark "
           "「第 2 页 共 5 页」, 「一 举行 安全生产月 启动仪式 根据省安 委办安排 拟于 6 月 3 日举行 …」 — CUT at 「安排部署 20」; "
           "numbers without brackets or 、 (round 36: 「一针对…」 are item numbers); no unit",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一 总体思路"],
     samples=[
        S(["二", "一"], [], [], dl="拟于 6 月 3 日举行", dln="2019-06-03", **at(X01, "5 页 一 "),
          note="「一 举行 安全生产月 启动仪式 根据省安 委办安排 拟于 6 月 3 日举行 2019 年 xx 省安全生 产月活动启动仪式」 — the "
               "page lost the brackets of 「（一）」 (round 36: numbers without brackets are item numbers; round 37: a number the "
               "page lost); no subject: " + NONE + "; " + NOUNITS + "; round 36: a day the plan fixes for the item's event "
               "(「返校报到」「正式开学」) is its deadline, and an item's own date wins over the activity's span 「6 月 1 日至 30 日」 "
               "(round 37); the year 2019 from the title and from 「2019 年教育系统 安全生产月 活动时间为…」 (EXPECTED.md: a year "
               "the text leaves implicit is resolved from the plan's title); 「2019 年 xx 省安全生产月活动」 is a name; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二/一 (the ceremony, CUT). 一 总体思路 is a childless section (plans-dev: 指导思想／总体要求 sections; "
            "「推动教育系统落实安全生产责任」 — 推动 is a pivot, no doer, round 30). Accepted: 2 (with 一 总体思路 as a task)",
            "the activity's span 「6 月 1 日至 30 日」 (2019) stands in 二's lead-in; no stage is named, so no phase",
            "「第 1 页 共 5 页」「第 2 页 共 5 页」 are the PDF's page marks inside the text (chrome, no item)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x222_02_xueyuan-kexie-2020-quanguo-kepuri-huodong-zhuanfa-tongzhi.txt"
SPAN02 = ("round 36: an activity's span 「活动时间」 is a stage span, its end the deadline of items with no date of their own — "
          "「活动时间定于2020年9月19-25日」 (item 1, stated once for the whole activity, round 37)")
plan(X02,
     title_note=NO_TITLE + "the page opens at the addressees; the notice prints no title of its own (the forwarded 通知's "
                "title 「关于举办2020年全国科普日活动的通知」 is the attachment's)",
     doc_no="", issuer="a college's 科学技术协会 in Fujian (its name replaced by the site's spam 「正规beat365旧版绿色」; 科技处 "
                       "receives the papers)",
     date="2020年8月25日", level="a body's own (a Fujian college's 科协)",
     source=page_source("https://kqlcn.net/info/1016/1185.html"),
     style="a forwarding notice whose forwarded document is not printed (「请查收附件」): addressees, 「相关注意事项通知如下」, "
           "1、 (the day's theme and 活动时间 — a field), 2、 (the work), 3、 (a dated registration of the activities), 4、 "
           "(a dated sending of the summary, 「在科技处备案」), 5、 (an application for a grant with ceilings and a date), "
           "联系人, 材料报送地址, 附件 line, signature, date; whole page (1,637 bytes)",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], [], dl="活动时间定于2020年9月19-25日", dln="2020-09-25",
          note="round 39: a forwarding notice's own numbered requirements are tasks when the document it forwards is not "
               "printed; 「请结合本单位实际,积极开展全国科普日系列联合行动…」 — 请 with 开展 (not 负责／牵头／组织, round 30's request "
               "form): " + NONE + "; " + SPAN02),
        S(["3"], [], [], dl="于2020年9月15日前", dln="2020-09-15",
          note="「及时汇总本单位…重点活动,于2020年9月15日前注册并登陆全国科普日网站…填报活动信息」 — no subject; 汇总／填报 are no rule-2 "
               "verbs: " + NONE + "; the item's own date; the registration sends information about the activities (a dated duty, "
               "rounds 35, 42, 43; RULING? 2); the site address 「url.cn/5GXxUrC」 and 「www.kepuri.org」 hold no figure"),
        S(["4"], [], [], dl="在2020年10月11日前", dln="2020-10-11",
          note="「各活动开展单位在2020年10月11日前将活动电子总结材料…在全国科普日网站提交,并在科技处备案」 — 提交／备案 are no rule-2 "
               "verbs (the closed list stands outside articles, round 44), 科技处 receives (rule 3): " + NONE + "; a one-off "
               "dated sending the notice asks of the bodies it tasks is a dated duty (round 43 turned; round 42), its date the "
               "item's deadline"),
        S(["5"], [], [], targets=[(7000, "元"), (50, "%")], dl="请于2020年9月12日前报送", dln="2020-09-12",
          note="「需要申请资助的科普活动须填报《重点活动资助申请表》…资助经费不超过7000元,且实际资助经费不超过实际支出总经费的50%。请于"
               "2020年9月12日前报送」 — the grant's ceilings are targets (round 25: subsidy ceilings; round 30: 不超过); the "
               "sending is an application for the grant (round 30: an applicant; round 46: a body sending its own project for a "
               "decision takes a step of approval), so no duty; no subject: " + NONE + "; the item's own date"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "汇总本单位2020年全国科普日重点活动,注册并登陆全国科普日网站或科普中国客户端填报活动信息",
              "when": "于2020年9月15日前", "when_norm": "2020-09-15",
              "note": "item 3: a one-off dated sending of information the notice asks of the bodies it tasks (rounds 42, 43; "
                      "round 45: a duty sends a report or information); RULING? 2"},
             {"what": "各活动开展单位将活动电子总结材料在全国科普日网站提交,并在科技处备案",
              "when": "在2020年10月11日前", "when_norm": "2020-10-11",
              "note": "item 4: a dated sending of the activity's summary (round 43 turned: 「于5月6日前将…报…备案」 is a dated duty)"}],
     notes=["4 leaves: 2、–5、 (round 39: a forwarding notice's own requirements are tasks when the forwarded plan is not "
            "printed). 1、 gives only the day's theme and its 活动时间 (round 42 continued: a field, no task). Accepted: 5 (with 1、)",
            "no unit anywhere on the page: 请／须／各活动开展单位 give work with verbs outside rule 2's closed list",
            "「联系人:陈老师」 (a person), 「材料报送地址」 and the 附件 line are the notice's close, no items"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x222_03_chongqing-kexie-2020-quanguo-kepuri-zhongdian-tese-huodong-tianbao-tongzhi.txt"
APPLY = ("the activities are sent in for the 市科协 to choose from 「择优纳入／择优进行展示」 (a 申报, round 30's applicant; "
         "round 46: a body sending its own project for a decision takes a step of approval): no duty (RULING? 3)")
plan(X03,
     title="关于填报2020年重庆市全国科普日重点、特色活动的通知",
     title_note="lines 1 and 4 (the site's headline and the notice's own title line, alike)",
     doc_no="(科协发普字〔2020〕14号 is the national notice it follows)", issuer="重庆市科学技术协会 (「转载 重庆科协」)",
     date="2020-08-27 (the site's line 「转载 重庆科协 2020-08-27」)", level="province-level city body (重庆市科协)",
     source=page_source("https://kpcq.cqast.cn/web/article/1375163376219160576/web/content_1375163376219160576.html"),
     style="a 科协 site's notice: headline, breadcrumb, title, 「转载 重庆科协 2020-08-27」, addressees, preamble; 一、重点活动申报: "
           "「请各区县科协于9月4日前…填报…(或重点活动,限1项)」 二、网络活动申报 (the same date) then the numbering turns to "
           "「3.“云游科普基地”项目申报」 「4.其他事项:为便于后期对工作扎」 — CUT; no unit by the ruled forms",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="于9月4日前", dln="2020-09-04",
          note="「请各区县科协于9月4日前按附件1要求填报本地区全国科普日确定开展的主场活动(或重点活动,限1项),市科协将择优纳入…予以宣传"
               "推介」 — 请A填报 (填报 is not 负责／牵头／组织, round 30's request form), 「市科协将择优纳入」 (纳入 no rule-2 verb): "
               + NONE + "; " + NOUNITS + "; the item's own date, the year from the title (2020); 「限1项」 has no comparison word "
               "of the line (RULING? 4: not checked); " + APPLY),
        S(["二"], [], [], dl="于9月4日前", dln="2020-09-04",
          note="「请各区县科协,市级学会…及有关单位于9月4日前将策划开展的各类网络科普活动…按附件2要求填报」: " + NONE + "; the item's "
               "own date (2020); " + APPLY),
        S(["3"], [], [], dl="于9月4日前", dln="2020-09-04", not_targets=[(360, "度")],
          note="「3.“云游科普基地”项目申报」 after 二、 — the page turns from 一、二、 to 3. 4.; the items run on in one sequence "
               "(paths as printed); 「请具备线上展厅资源(360度全景、VR、AR等)的相关科普基地于9月4日前…填报资源信息…,市科协将在…开设…专栏」 "
               "— 请A填报, and 市科协's 开设 is no rule-2 verb: " + NONE + "; 「360度全景」 names a kind of resource, no comparison "
               "word (round 30: a figure that only names a kind is no target); the item's own date; " + APPLY),
        S(["4"], [], [], skip_deadline=True,
          note="「4.其他事项:为便于后期对工作扎」 — cut before its work: " + NONE + "; a leaf with text in a plan naming no units "
               "(plans-dev 08; the count 3 without it is accepted); the page ends before any date: " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一、二、3.、4. (4. CUT). Accepted: 3 (without the cut 4.)",
            "「市科协将择优纳入…」「市科协将在…开设…专栏」 are the issuer's own steps with verbs outside rule 2 (round 30; round 43: "
            "「我市将…」 is a place, but 市科协 is a body — it is simply no doer by 纳入／开设)",
            "the addressees 「各区县(自治县)科协、…有关单位」 receive the notice; no unit"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x222_04_jindong-qu-2017-shijie-wuyanri-huodong-fangan.txt"
SPAN04 = ("round 36: the activity's span 「二、活动时间: 5月25-31日」 is a stage span, its end the deadline of items with no date "
          "of their own; the year 2017 from the plan's own text 「2017年5月31日是世界无烟日…今年的主题」 (EXPECTED.md; round 42: "
          "the text's own year)")
plan(X04,
     title="世界无烟日活动方案策划大纲",
     title_note="line 9, the plan's own title after its preamble (line 5, the same words, is the site's headline)",
     doc_no="", issuer="金东区 (Jinhua, Zhejiang) — by 「报金东区疾病预防控制中心健康教育科」 and 「全区各乡镇卫生院」; the issuing "
                       "body is not named", date="not shown (2017 by its own text)", level="district (金东区)",
     source=page_source("https://www.tiaonei.com/fangan/huodongzongjie/8ro4yv.html"),
     style="a 范文 site's page: site name, breadcrumb, headline; a preamble with the year 「2017年5月31日是世界无烟日」; the title "
           "again; 一、活动参与对象: 全区各乡镇卫生院 (a field), 二、活动时间: 5月25-31日 (a field, the activity's span), 三、活动安排 "
           "1、–5、 (5、 a dated sending 「活动结束后于2017年6月1日将签名单和活动总结报金东区疾病预防控制中心健康教育科」); whole page",
     leaf_tasks=5, count_alternatives=[7], attachment_task_rows=0,
     childless_top_level_sections=["一、活动参与对象", "二、活动时间"],
     samples=[
        S(["三", "1"], [], [], dl="5月25-31日", dln="2017-05-31",
          note="「制作与悬挂主题横幅,内容为: “提高烟草税,保护下一代”」 — no subject: " + NONE + "; " + NOUNITS + " (「全区各乡镇卫生院」 "
               "is a plan-level field of who takes part: no item units, rounds 41, 42); " + SPAN04),
        S(["三", "2"], [], [], dl="5月25-31日", dln="2017-05-31",
          note="「开展咨询话动,…组织开展“携手灭烟,拥抱晴天”无烟环境倡导等宣传活动」 — 组织开展 with no subject gives no doer (round 41: "
               "a run-in 「组织高校学生…」 with no subject), and the plan-level field of participants is no subject (round 44): "
               + NONE + "; " + SPAN04),
        S(["三", "3"], [], [], dl="5月25-31日", dln="2017-05-31",
          note="「在各行政村张贴戒烟宣传画报」 — 各行政村 is a place of the work, not its subject: " + NONE + "; " + SPAN04),
        S(["三", "5"], [], [], dl="于2017年6月1日", dln="2017-06-01",
          note="「活动结束后于2017年6月1日将签名单和活动总结报金东区疾病预防控制中心健康教育科」 — the receiver is no unit (rule 3: 报A): "
               + NONE + "; a dated sending of the activity's summary is a dated duty (rounds 35, 42, 43), its date the item's "
               "deadline (its own date wins over the span, round 37)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "活动结束后将签名单和活动总结报金东区疾病预防控制中心健康教育科", "when": "于2017年6月1日",
              "when_norm": "2017-06-01", "note": "三/5: a one-off dated sending of a summary (round 43 turned; round 45)"}],
     notes=["5 leaves: 三/1–5. 一、活动参与对象 and 二、活动时间 are fields that say on whom and when (round 42 continued; round 44). "
            "Accepted: 7 (with the two fields as tasks)",
            "「话动」 (for 活动) and the space in 「内容为: “…」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x222_05_dingwangtai-jiedao-2017-quanguo-aierri-huodong-fangan.txt"
plan(X05,
     title="2017年全国爱耳日活动方案",
     title_note="line 1 (the site's headline) and line 3 with the site's piece number 「【一】」 left out (round 44: a site's "
                "mark after a title line is left out). RULING? 1: the year is the site's; the plan prints none of its own",
     doc_no="", issuer="定王台街道社区卫生服务中心 (长沙, Hunan: 「定王台街道丰泉古井社区」), with 湖南省人民医院 and a TV programme",
     date="not shown", level="street (a 定王台街道 health service centre's event)",
     source=page_source("http://mip.010zaixian.com/gongwen/huiyifangan/2956540.htm"),
     style="a 范文 site's page gathering pieces 「【一】」「【二】」: 一、活动主题 (a field), 二、活动内容 (one paragraph: the event on "
           "「2月28日上午9点」), 三、活动地点 (a field), 四、活动环节 with 「第一项:」–「第四项:」 segments (第二项 with 1、2、), 五、活动场地"
           "要求 (a list of equipment), 六、其他事项 1、–3、 (「定王台街道社区卫生服务中心做好组织工作」「卫生服中心和人民医院做好…」「医院和社区"
           "搭建好…」); then piece 【二】 begins (「一、 爱耳日活动主题 预防…健」) — CUT",
     leaf_tasks=9, count_alternatives=[5, 6, 8, 10], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "三、活动地点", "五、活动场地要求"],
     samples=[
        S(["二"], [], [], skip_deadline=True,
          note="a childless point that gives the event's work 「…的专家、定王台街道社区卫生服务中心将和…栏目一起来到社区,进行“全国爱耳日”"
               "健康宣教和义诊活动」 (round 34 early; round 36): a task; 进行 without 由 is no rule-2 verb (round 43 reads only "
               "由A进行), 专家 are persons: " + NONE + "; 「2月28日上午9点」 — " + NOYEAR),
        S(["四", "第二项", "1"], [], [], skip_deadline=True, not_targets=[(20, "题")],
          **at(X05, "第二项:健康知识有奖问答\n1、"),
          note="「1、共计20题。栏目出10道生活常识题,…专家出10道与耳朵有关的题」 — 第一项–第四项 number the programme's segments (the "
               "plan's own numbering; paths keep the heading 「第二项」 as printed, the scorer reads its numbers only); 栏目 and 专家 "
               "give with 出, no rule-2 verb: " + NONE + "; 「共计20题」 is the quiz's size, a bare count with no comparison word and "
               "no work to reach (round 44: means, no target); " + NOYEAR),
        S(["四", "第四项"], [], [], skip_deadline=True, **at(X05, "第四项:"),
          note="「第四项:助听器佩戴讲解暨助听器赠送仪式 环节内容:请5名受赠者上台,…专家赠予并进行佩戴讲解」 — persons (受赠者, 主持人, "
               "专家; round 30): " + NONE + "; " + NOYEAR),
        S(["六", "1"], [], [], skip_deadline=True, responsible_alternatives=[["定王台街道社区卫生服务中心"]],
          note="「定王台街道社区卫生服务中心做好组织工作」 — the verb is 做好, and 组织工作 is its object noun (organising work), not "
               "组织＋work (round 34: 组织 followed by a verb or verb-noun) nor 负责; 做好 is outside rule 2's closed list (round "
               "30; round 34's 做好 reads only under a heading that gives out work, and 其他事项 is none): " + NONE + "; the centre "
               "as the doer is accepted (RULING? 1); " + NOYEAR),
        S(["六", "3"], [], [], skip_deadline=True,
          note="「医院和社区搭建好义诊台(桌椅),如果条件允许,请另外给《有请名医》栏目准备一个宣传台」 — 搭建好／准备 are no rule-2 verbs: "
               + NONE + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 leaves of piece 【一】: 二 (the event, a childless point that gives work), 四/第一项, 四/第二项/1–2, 四/第三项, "
            "四/第四项 (the programme's segments, numbered 第N项), 六/1–3. 一 (theme), 三 (place) are fields (round 42 continued); "
            "五、活动场地要求 lists equipment (舞台／技术), a list that gives no work (round 35). Piece 【二】 is a second plan under its "
            "own header, cut after its first field 「一、 爱耳日活动主题」: no task. Accepted: 5 (四 one task of programme fields, "
            "round 35's field block), 6 (第N项 not read as numbers: 四/1–2 under 四), 8 (四/第二项's 1、2、 as the quiz's text), 10 "
            "(with 五)",
            "names, figures and goods in the programme 「田七牙膏1支」「20份」「5名受赠者」 are means, no targets (round 44); 肖旭平 "
            "and 刘斌 are persons",
            "no deadline is checked in this file: the plan prints no year of its own (RULING? 1)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x222_06_xian-2015-quanguo-aiyanri-qingshaonian-yongyan-jiankang-jiaoyu-fangan.txt"
DAY06 = ("round 42 continued: a single day stated once for the whole activity under 活动时间 「2015年6月6日上午8點(diǎn)-11點(diǎn)…」 is "
         "the activity's span, one day long: items with no date of their own are due that day")
plan(X06,
     title="全國愛(ài)眼日青少年用眼健康教育方案計劃",
     title_note="line 1 as printed, inline pinyin kept (round 39: the site's inline pinyin is kept as printed)",
     doc_no="", issuer="a 县 (「我縣居民」, 「xx鎮幼兒園」; not named)", date="not shown (2015 by its own text)",
     level="county (a 县, not named)",
     source=page_source("http://m.07471a17.com/gongwen/gongzuojihua/16174.html"),
     style="a 范文 site's page in traditional characters with INLINE PINYIN 「愛(ài)眼日」「活動(dòng)」: title, a preamble with the "
           "day 「2015年6月6日是第二十個(gè)全國愛(ài)眼日」 and a masked theme 「\"XXX\"」, 一、活動目的 1、2、 (aims), 二、活動時間 "
           "(one day, 2015年6月6日), 三、活動形式 1、–4、, then the site's 「相關(guān)文章」 links with dates 「01-22」",
     leaf_tasks=4, count_alternatives=[6], attachment_task_rows=0,
     childless_top_level_sections=["二、活動(dòng)時(shí)間"],
     samples=[
        S(["三", "1"], [], [], dl="2015年6月6日", dln="2015-06-06",
          note="「以講座的形式在中小學(xué)進(jìn)行宣傳教育」 — no subject: " + NONE + "; " + NOUNITS + "; " + DAY06),
        S(["三", "3"], [], [], dl="2015年6月6日", dln="2015-06-06",
          note="「倡導教師用講課的形式進(jìn)行宣傳中小學(xué)生如何保護視力健康」 — 倡導 is no rule-2 verb and 教師 are persons (round 30): " + NONE + "; " + DAY06),
        S(["三", "4"], [], [], dl="2015年6月6日", dln="2015-06-06",
          note="「向群眾介紹糖尿病并發(fā)眼底病變的知識」: " + NONE + "; " + DAY06),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 三/1–4. 一、活動目的 1、2、 state the activity's aims (round 42 continued: an aim section is a field, no "
            "task) and 二、活動時間 its time. Accepted: 6 (the aims as the leaves of a plan naming no units, plans-dev 08)",
            "the clock times 「上午8點(diǎn)-11點(diǎn)」「下午2點(diǎn)-4點(diǎn)」 are no targets (clock times, round 25); 「第二十個(gè)」 counts the day's issues",
            "the 「相關(guān)文章」 lines after 三/4 are the site's links (chrome), not items or text of 三/4"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x222_07_xinqu-2018-shijie-aizibingri-xuanchuan-huodong-fangan.txt"
plan(X07,
     title_note=NO_TITLE + "the page prints no title: line 1 「2018年」 is the site's (it closes the piece again on line 33), "
                "and the text opens at its preamble",
     doc_no="", issuer="an xx市's xx新区 管理委员会 (masked; 雒容镇, 洛埠镇, 「xx壮族自治区」: 柳州's 柳东新区 in Guangxi by the place "
                       "names, not named)", date="not shown (2018 by its own text)", level="city district (a 新区's 管委会, masked)",
     source=page_source("https://www.neimou.com/article/7383886.html"),
     style="a site's copy: 「2018年」, a preamble 「2018年12月1日是第31个“世界艾滋病日”…决定在…前后组织开展系列…宣传活动」, 一、活动目标 "
           "and 二、活动主题 (fields), 三、活动内容 (一)举办一场…文艺汇演、现场咨询宣传活动 with its field block 1.汇演时间 (2018年11月30日) "
           "2.汇演地点 3.主办单位:／承办单位:／协办单位: (masked names, two alike 「xx镇人民政府」) 4.参加人员 (1)–(5) 5. 活动流程 (a "
           "time table) — CUT at 「艾滋病宣传文艺汇」; then 「2018年」 and the site's 声明",
     leaf_tasks=1, count_alternatives=[5, 9], attachment_task_rows=0,
     childless_top_level_sections=["一、活动目标", "二、活动主题"],
     samples=[
        S(["三", "(一)"], ["xx市xx新区管理委员会"],
          ["xx市xx新区管理委员会", "xx市xx新区社会事务局", "xx市xx新区疾病预防控制中心", "xx镇人民政府"],
          dl="2018年11月30日", dln="2018-11-30", not_targets=[(5, "人")],
          note=R1 + ": the item's field block (round 35: 1.时间 2.地点 3.承办单位 4.参加人员 are the fields of one item, which is "
               "one task); its label lines 「主办单位:A」「承办单位:B」 read as 「由A主办、B承办」 — lead A, responsible A, B (round 44), "
               "and 「协办单位:C / D / E」 are responsible beside them (round 47: 協辦單位 with 主办／承办); the masked names are kept as "
               "printed (round 44: 「**中学」), the two alike 「xx镇人民政府」 once (the answer is a set); 参加人员 names persons and "
               "groups that attend (round 43: a 参加人员 field names no units); the item's own date 「1.汇演时间 2018年11月30日」; "
               "「各5人参加」「各1人参加」 are bare quotas with no comparison word (round 30: a norm, no target); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 三/(一) (its numbered lines 1.–5. and 4.'s (1)–(5) are the fields of one event, round 35; CUT). 一、活动目标 "
            "(an aim) and 二、活动主题 are fields (round 42 continued). Accepted: 5 (the fields 1.–5. as leaves), 9 (with 4.'s "
            "(1)–(5) instead of 4.)",
            "「决定在“世界艾滋病日”前后组织开展…」 in the preamble has no subject and no date of its own; 「(2017-2020年)」 is a "
            "cited plan's period",
            "the time table 「时间 / 内容 / 9:00-9:30 / 签到 …」 is the programme (clock times, no targets)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x222_08_shi-zhangdian-2009-shijie-aizibingri-xilie-xuanchuan-huodong-fangan.txt"
YEAR08 = ("the year is the text's own, 2009 (「今年12月1日是第22个“世界艾滋病日”」, 「鲁艾办发[2009]3号」, 「xx市暨张店区2009年世界"
          "艾滋病日大型广场宣传活动」); the site's headline year 2017 fills nothing (rounds 42, 45)")
plan(X08,
     title_note=NO_TITLE + "the plan prints no title line: 「2017年世界艾滋病日宣传主题及宣传口号(2)」 is the site's headline and "
                "「世界艾滋病日宣传主题活动方案二」 the site's caption of the second piece; the text names itself only in its "
                "preamble 「特制定xx市“世界艾滋病日”系列宣传活动方案如下」",
     doc_no="", issuer="an xx市 (masked; 张店区, 「驻淄大中专院校」: 淄博, Shandong by 「鲁艾办发」), its 防治艾滋病工作委员会 and 防艾办",
     date="not shown (2009 by its own text)", level="city (xx市 with its 张店区, masked)",
     source=page_source("http://m.xuexila.com/jieri/aizibing/2975818_2.html"),
     style="a site's page 2 of a compilation: breadcrumb, headline, byline, the caption 「世界艾滋病日宣传主题活动方案二」, a preamble, "
           "一、召开市人民政府防治艾滋病工作委员会全体成员会议 (a point with work; 「会议时间、地点另行通知」), 二、组织大型广场宣传活动 with a "
           "field block 1、活动名称 2、活动地点 3、活动时间 (12月1日) 4、参加单位 5、活动方法 6、活动要求 (1) (a dated sending 「于11月27日前"
           "…报市防艾办及区县防艾办」, 「3块以上宣传牌」) (2) 「市疾控中心负责布置幕布、…发放各种宣传」 — CUT; lines indented by two spaces",
     leaf_tasks=2, count_alternatives=[3, 7, 8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], nodl=True,
          note="a childless point that gives work 「召开…全体成员会议,总结2009年…工作情况,分析形势,研究部署2010年…工作任务」 (round 34 "
               "early; round 36): a task; 召开 without 组织 names no doer (round 30): " + NONE + "; 「会议时间、地点另行通知」: the "
               "meeting has no date; 2009 is the year of the work it reviews (a past fact) and 2010 the year of the tasks it plans "
               "(a name of the work's year, not when the meeting is due; round 46 decided reads only a year that says when the "
               "item's own work is done), and the plan sets no campaign span: no deadline (round 44 decided)"),
        S(["二"], [], ["市及张店区、高新区防治艾滋病工作委员会全体成员单位", "驻张店区区级以上医疗卫生机构", "驻淄大中专院校"],
          targets=[(3, "块")], dl="12月1日上午9:00-11:30", dln="2009-12-01", not_targets=[(2, "米")],
          note=R1 + ": the point's numbered lines 1、–6、 are the fields of one event (round 35: 时间／地点／参加单位 lines make one task; "
               "round 42: a 参加单位 list inside one item's fields is its responsible units; round 44: 活动内容 fields with a 参与单位 "
               "line); the label keeps every name it prints (round 33), 「市及张店区、高新区…全体成员单位」 one name (places sharing one "
               "head, rounds 31, 41), 「A和B」 two names (round 34); lead [] (no 牵头); 「市疾控中心负责布置幕布…」 in 6、(2) adds "
               "nothing once the label decides (rule 1; the count 3 that reads 6、's (1)(2) as tasks is accepted); 「本单位展位前应设立"
               "3块以上宣传牌」 — a floor the item must meet (round 30: 以上; round 47: supplies with a comparison word are targets), "
               "「规格为高1.20米,长2米」 a size with no comparison word (round 45: no target); the latest date of the item, "
               "「12月1日」 (its 活动时间, and 「12月1日上午8:30前到达」), is its deadline (round 34: several dates, the latest), the "
               "sending by 11月27日 a step; " + YEAR08 + "; " + CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各参加宣传活动单位将宣传展板数量及参加人数报市防艾办及区县防艾办", "when": "于11月27日前",
              "when_norm": "2009-11-27",
              "note": "二/6、(1): a one-off dated sending of information the plan asks of the bodies it tasks (rounds 42, 43; round "
                      "45: a duty sends a report or information — the numbers of boards and people, not the boards)"}],
     notes=["2 leaves: 一 (a childless point that gives work) and 二 (one event whose 1、–6、 are its fields, round 35; CUT in "
            "6、(2)). Accepted: 3 (一 and 6、's (1)(2) as the work under fields), 7 (一 and 二's 1、–6、 as leaves), 8 (一, 1、–5、 "
            "and 6、's (1)(2))",
            "「市卫生局展位前签到」 names a place; 市防艾办／区县防艾办 receive (rule 3)",
            "the two-space indents and 「--」 in the theme are the page's"])

write_collected(DIR)
