# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next314/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c314, round 61: eleven page openings of township (镇／乡), street (街道) and
community (社区) work from outside Shanghai, in fields other than festivals — 江池镇 (丰都县) 冬春火灾防控“百日攻坚” (a cover
notice, 一 aims with 50 %以上 / 100 %, 二 a 工作专班 set up, CUT); a 某镇 矛盾纠纷“大排查大起底大化解” plan (a document site's
preview: 二 aims with 80%以上, 四、工作机制 (一) 「由镇平安办牵头」, (二) monthly and twice-monthly sendings, (三) CUT); a 镇 2024
春季禁种铲毒 plan (一 a span 2024年3月15日-5月31日, 三 a 领导小组 and an office 设在镇禁毒办, 四/(一) 各村); 木老元乡 2017 禁毒宣传
(木政发〔2017〕71号; 一 and 二 aims, 三 CUT); a 社区 防汛 预案 篇1 (廣豐三村社區; traditional; 二、職責分工 1–6 with A/B teams,
「由物業部組織」); a 社区 防汛 预案 篇一 (traditional with the site's inline pinyin; 1、2、 by persons); 剑斗镇 矛盾纠纷 (剑政〔2020〕41号;
cover, 一, 二/(一) CUT); a 镇 禁种铲毒 plan with no title (二 a group, (3) 「各村…组织…」「镇禁毒工作站…组织…」); 东溪乡 2018 征兵
(东政〔2018〕10号; stages 2月-6月, 6月-7月; 67 %, 18 %, 100 %); a 乡镇 2018 征兵 plan's page 2 (3. 4. terms, 四/(一)–(四)); a 乡's
村 环境卫生整治 plan (永乡乡, a compilation's 篇1; 二/(一)/1–2, (二), (三)/1 CUT)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate``, ``at_line_in`` of ../plans/expected_tools.py); every
answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the
notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c314.

    PYTHONPATH=. python tests/data/plans-next314/make_expected.py tests/data/plans-next314
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, PAGES, S, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post (round 43; Round 77's x299_02 责任人) however the clause is built"
SETUP = ("a body the item itself sets up is none there, its 负责 included (rule 3; round 73; Round 74 continued on x298_03 二; "
         "Round 77's x303_08; Round 81's x308_02)")
AIMS = ("a childless top-level aims point (目标, 目标任务, 工作目标, 指导思想, 总体要求) is a section unless a clause of it makes a body a "
        "doer by rule 2 (Round 80's p59d-1, turned: plans-dev EXPECTED.md lines 21–25 and round 27), no task and no sample")
NOUNITS = ("the page names no unit by the ruled forms anywhere, so every numbered leaf that gives work is a task (plans-dev 08, "
           "seed 003)")
SPAN = "(Round 77's x303_04: a campaign span the plan sets for its work dates the items with no date of their own, by its end)"


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone by json.loads, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x314_01_jiangchi-zhen-dongchun-huozai-fangkong-bairi-gongjian-xingdong-gongzuo-fangan.txt"
T01 = "江池镇冬春火灾防控“百日攻坚”行动工作方案"
plan(X01,
     title=T01 + "（丰都县江池镇人民政府关于印发《" + T01 + "》的通知）",
     title_note="line 16, the notice's title line, the page's only title line (the plan's own title line is not reached): in "
                "the pair form 「plan（notice）」 the scorer reads (Round 78's p58e-1; `_title_ok`: either passes); the site's "
                "metadata block (lines 3–14) is chrome",
     doc_no="江池府发〔2025〕60号", issuer="丰都县江池镇人民政府 (重庆)", date="2025-11-24 (成文日期; published 2025-12-01)",
     level="town (江池镇; 各村(社区)、镇级各岗位)",
     source=source("http://www.cqfd.gov.cn/jz/jcz/zwgk_36102/fdzdgknr_36105/lzyj_36106/zcwj_36107/202512/t20251201_15199346.html"),
     style="a town site's policy page: the metadata block printed twice, the notice's title, the addressees, a preamble "
           "(「特制定本方案」), 一、工作目标 (one paragraph with 50%以上 and 100%), 二、组织机构 (a 工作专班 and its office, CUT at 「日常」)",
     leaf_tasks=1, count_alternatives=[0, 2], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二"], [], [],
          note="「二、组织机构 成立镇冬春火灾防控“百日攻坚”行动工作专班,由镇长任组长,分管应急工作的副镇长任副组长,镇安全生产岗、经济发展岗、社会事务岗、派出所"
               "及各村(社区)主要负责人为成员。工作专班下设办公室于镇安全生产岗,负责统筹协调、督导检查、信息汇总等日常」 (" + CUT + ") — a point that sets "
               "up a group and gives its office work (统筹协调、督导检查、信息汇总) gives work (Round 77's x300_05), a task. The 专班 and its "
               "office are set up by the item: " + SETUP + "; 镇安全生产岗 only says where the office sits (round 73: the body an office "
               "sits in is no doer; Round 77's x304_01); the members' list (负责人) is a composition and persons (rule 3; " + PERSONS +
               ") — " + NONE + ". RULING? 1: a point that only composes the group (Round 74's x294_07) is the alternative, accepted "
               "by count 0. " + NODATE + " (「百日攻坚」 prints no start; the cover's 2025-11-24 is its issue date)"),
     ],
     plan_targets=[(50, "%"), (100, "%")], phases=[], duties=[],
     notes=["1 leaf: 二 (CUT). 一、工作目标 is aims: " + AIMS + ". Accepted: 0 (二 a composition only, RULING? 1) and 2 (一 counted)",
            "plan targets: 「火灾起数同比下降50%以上」 (以上, round 30's line) and 「重大火灾隐患100%整改」 in 一's aims — figures in a point that is "
            "no task are the plan's (round 62's w52b); 「四大重点区域」 counts the places the work goes to (Round 77's x303_06: not a "
            "target), unchecked; 「三位一体」 a name"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x314_02_mouzhen-maodun-jiufen-da-paicha-da-qidi-da-huajie-zhuanxiang-xingdong-shishi-fangan.txt"
PA = "镇平安办"
plan(X02,
     title="关于某镇集中开展矛盾纠纷“大排查大起底大化解”专项行动实施方案",
     title_note="line 1, the page's only title line, as printed (关于 kept; only what is printed is read, round 48); the "
                "site's 「更新时间…来源:网友投稿」 line is chrome",
     doc_no="", issuer="a 某镇 (镇平安办; 各村居)", date="not shown (the site's 2023-08 is its update)",
     level="town (某镇; 镇平安办, 各村居)",
     source=source("https://laobiganer.com/gongwen/92544.html"),
     style="a 公文 site's preview: the title, the site's line, 一's paragraph with its heading 「一、指导思想」 not printed, 二、工作目标 "
           "(two run-in paragraphs, 80%以上), 「---此处隐藏3140字,下载后查看---」 (三 hidden), 四、工作机制 (一)–(三) (CUT at 「对」)",
     leaf_tasks=3, count_alternatives=[4, 5], attachment_task_rows=0, childless_top_level_sections=["二、工作目标"],
     samples=[
        S(["四", "(一)"], [PA], [PA, "重点任务责任部门", "各村居"], lead_alternatives=[[]],
          responsible_alternatives=[[PA]],
          note="「(一)建立完善专班推进机制。专项行动由镇平安办牵头,重点任务责任部门和各村居要坚持党委领导、属地管理、条块结合,组建工作专班,细化工作方案,落实任务"
               "分工,确保专项行动有序有效开展。」 — " + R2 + ": 「由A牵头」 gives lead 镇平安办; 「重点任务责任部门和各村居要…落实任务分工」 makes its "
               "subjects doers by 落实 (rule 2's list; 要 changes nothing, Round 74's x295_03), 和 joining two names (round 34; Round "
               "77's x301_01 三/（一）), 重点任务责任部门 a kind and 各村居 a group named by a kind (round 30: 「各区要落实…」 a doer; Round "
               "77's x303_02 各村(居)); 组建工作专班 sets up a group, 细化 is outside the list. A run-in heading alone gives no work (round "
               "63's x268_03); the item is read by its words. Lead [镇平安办], responsible in printed order. RULING? 2: [镇平安办] alone "
               "(the partners' 落实任务分工 read as how the 专班 works, not the item's work) is accepted, and lead [] (the 牵头 read as "
               "the action's, not the item's). " + NODATE),
        S(["四", "(二)"], [], [],
          note="「(二)建立完善情况报送机制。村居每月向镇平安办报送专项推进情况,各村居每半个月(每个月14日、30日)前,将本辖区矛盾纠纷分析研判情况及专项行动统计表"
               "(附件)报镇平安办。重大突发情况随时报送。」 — every clause is a sending to 镇平安办, and a sending names no doer (Round 75's "
               "p57a-2; Round 74's x297_04), the receiver no unit (rule 3: 报A) — " + NONE + ". The sendings are duties with their "
               "rhythms (below); a recurring date is a rhythm, not the item's deadline (round 34; Round 79): " + NODATE + "; "
               "「随时报送」 in a case (重大突发情况) is a contingency (rule 3), no duty written"),
        S(["四", "(三)"], [], [],
          note="「(三)建立完善案例示范机制。各村居注意总结成功经验和典型做法,分析挖掘典型案例,举一反三,加强宣传,不断提高群众知晓率、认可度。对不成功案件要系统分析、"
               "对」 (" + CUT + ") — 总结, 分析挖掘, 加强 are outside rule 2's closed list (round 30), so 各村居 is no doer here — " +
               NONE + ". " + NODATE),
     ],
     plan_targets=[(80, "%")], phases=[],
     duties=[{"what": "村居每月向镇平安办报送专项推进情况", "when": "每月", "when_norm": "monthly"},
             {"what": "各村居每半个月(每个月14日、30日)前,将本辖区矛盾纠纷分析研判情况及专项行动统计表(附件)报镇平安办",
              "when": "每半个月(每个月14日、30日)前", "when_norm": "twice a month (by the 14th and the 30th)"}],
     notes=["3 leaves: 四/(一)–(三) ((三) CUT). 一's paragraph prints no heading (the page's 「一、指导思想」 is not printed: only what is "
            "printed is read, round 48), a stance; 二、工作目标 with two run-in paragraphs (优化组织架构。… 有效化解各类矛盾纠纷。…) is aims: "
            + AIMS + "; 三 is hidden by the site. Accepted: 4 (二 counted) and 5 (二's two run-in paragraphs counted)",
            "plan target: 「化解率保持在80%以上」 (以上, round 30's line) in 二's aims, the plan's (round 62's w52b)",
            "duties: the monthly report 「村居每月向镇平安办报送专项推进情况」 and the twice-monthly one 「各村居每半个月(每个月14日、30日)前…报镇平安办」 — "
            "sendings with their days each period are duties with that rhythm (Round 79, from round 41), written apart because "
            "they send different things. RULING? 3: one duty with the shorter rhythm (Round 79's 「一计划两报告」 line) is the "
            "alternative. The twice-monthly rhythm is written in words the scorer reads as none of its rhythms (checked by the "
            "duty's words, as Round 81 left x305_03's half-year)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x314_03_zhen-2024-chunji-jinzhong-chandu-gongzuo-shishi-fangan.txt"
plan(X03,
     title="镇2024年春季禁种铲毒工作实施方案",
     title_note="line 1, the page's title line as printed; the site's 「如若转载…」 line at the end is chrome",
     doc_no="", issuer="a 镇 (镇综治中心, 镇禁毒办; 各村)", date="not shown",
     level="town (镇; 各村)",
     source=source("https://kuaisuzugao.com/112247.html"),
     style="a 范文 site's page: the title, a preamble, 一、时间安排 (one line: 2024年3月15日-2024年5月31日), 二、任务目标 (a paragraph), "
           "三、组织领导 (a 领导小组, its office 设在镇禁毒办, the villages' own groups), 四、工作措施 (一) (a paragraph) and 「(二」 CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、时间安排", "二、任务目标"],
     samples=[
        S(["三"], [], [], dl="2024年3月15日-2024年5月31日", dln="2024-05-31",
          note="「三、组织领导 为加强…领导,成立镇春季禁种铲毒工作领导小组,由镇党委副书记、镇长*任领导小组组长,…。领导小组下设办公室,镇综治中心专职副主任*兼任办公室"
               "主任,办公室设在镇禁毒办,负责全镇禁种铲毒工作的组织、协调和督导。各村要成立相应的春季禁种铲毒工作领导小组,负责本辖区具体工作的组织开展。」 — a "
               "childless point that sets up groups and gives them work (组织、协调和督导; 组织开展) gives work (Round 77's x300_05; round "
               "36), a task. The 领导小组, its 办公室 and the villages' groups are set up by the item: " + SETUP + "; 镇禁毒办 only says "
               "where the office sits (round 73; Round 77's x304_01), 镇综治中心 names a person's post (" + PERSONS + "); 各村要成立 "
               "is a set-up (成立 outside rule 2's list, round 30) — " + NONE + ". RULING? 4: a point that only composes groups "
               "(Round 74's x294_07), no task, is accepted by count 1. Date: 一's span 2024-03-15 — 05-31 " + SPAN + ": 2024-05-31"),
        S(["四", "(一)"], [], ["各村"], lead_alternatives=[["各村"]], responsible_alternatives=[[]],
          dl="2024年3月15日-2024年5月31日", dln="2024-05-31",
          note="「(一)广泛开展禁种宣传,营造浓厚氛围。各村要充分利用宣传车、…广泛开展禁种铲毒宣传,…。落实举报奖励制度,积极动员和鼓励广大群众举报非法种植行为,…。"
               "各村要对重点区域开展重点宣传,…要逐人走访,谈话教育,发放告知书,凡有重复种植的要依法从重处理。」 — 利用, 开展 (without 组织) are "
               "outside rule 2's list (round 30), but 「落实举报奖励制度」 has no subject of its own and carries the subject standing "
               "before it in its paragraph, across a full stop (rounds 34, 49 p46d; Round 77's x303_02 (三); Round 81's x306_06), "
               "and 落实 with a 制度 to put into effect is rule 2's (Round 81's x310_01 落实主体责任): 各村, a group named by a kind "
               "(round 30), is a doer — " + R2 + ": responsible [各村], lead [] (the single doer accepted as lead, plans-dev 03). "
               "RULING? 5: none (落实 read as part of a run of the villages' 开展-work) is accepted. Date: 一's span " + SPAN +
               ": 2024-05-31"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三, 四/(一). 一、时间安排 is a time field alone (Round 74's x297_02; Round 77's x303_04: a field is a line of "
            "time alone), no task; 二、任务目标 is aims: " + AIMS + " (严格落实 there has no subject and makes no doer). 「(二」 at the "
            "page's end is a cut mark with no text, no item (round 71; Round 80's p59d-2). Accepted: 1 (三 a composition, RULING? 4)",
            "phases: none — 一 prints one span for the whole campaign, no stages",
            "「零收获」 is an aim with no figure; no targets on the page"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x314_04_mulaoyuan-xiang-2017-jindu-xuanchuan-fangan.txt"
T04 = "木老元乡2017年禁毒宣传方案的通知"
plan(X04,
     title=T04 + "（木老元布朗族彝族乡人民政府" + T04 + "）",
     title_note="line 6, the notice's title line under the number line (line 4) and the issuer's line (line 5): in the pair "
                "form 「title line（issuer + title line）」 (Round 78's p58e-1: the issuer's line above a title is read with it, "
                "the number line no part of it; either passes); the site's index table (lines 1–3) is chrome",
     doc_no="木政发〔2017〕71号", issuer="木老元布朗族彝族乡人民政府 (施甸县, 保山)", date="2017-06-09 (the site's 发布日期; no "
                                                                                     "date printed in the text)",
     level="township (木老元乡)",
     source=source("https://shidian.gov.cn/info/3576/2602653.htm"),
     style="a county site's 乡镇 page: an index table, the number line, the issuer, the title 「…方案的通知」, a preamble (「特制定本工作方案」), "
           "一、指导思想 (a paragraph), 二、目标任务 (a paragraph), 三、组织领导 CUT at 「为加强全乡预防」",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、目标任务"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["0 leaves: 一、指导思想 and 二、目标任务 are aims: " + AIMS + " (二's 「加强对…宣传月活动的组织实施」 and 「全面推进…“六进”活动」 "
            "have no subject; 组织实施 there is a noun after 对…的, no clause of rule 2); 「在乡禁毒工作领导小组组织协调下」 in 一 is a guide "
            "(rule 3). 三、组织领导 is cut at 「为加强全乡预防」 before any verb of work: a cut line gives no work (round 71; Round 80's "
            "p59d-2). RULING? 6: accepted 1 (三 counted as the point it heads) and 2 (二 counted as a work point, the page "
            "naming no unit, plans-dev 08's older reading)",
            "「六进」 names a programme, no target; the page prints no date of work; no samples (no item gives work)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x314_05_guangfeng-sancun-shequ-fangxun-yingji-yuan-pian1.txt"
GRP = "社區防汛防旱領導小組"
LEADIN = ("二's lead-in 「防汛防臺工作由社區防汛防旱領導小組統一安排,實行分級分村負責,具體職責分工如下:」 names the group by 由A＋a verb of doing "
          "(安排; rule 2), the group 一 names standing before the items (Round 74: a group set up earlier is a doer in later points by "
          "its name; Round 78 on x293_01), and a section's lead-in gives its items units only when they name none of their own "
          "(rule 4)")
plan(X05,
     title="社區防汛的應急預案",
     title_note="line 11, the piece line 「社區防汛的應急預案 篇1」 less its piece mark (Round 81 on x308_01, x308_08: a compilation's "
                "piece mark after a title is chrome); lines 1, 5 and 9 print the same words as the site's headline; traditional "
                "characters kept as printed",
     doc_no="", issuer="廣豐三村社區 (江蘇; 「區街文件精神」)", date="not shown (the site's 2022-09-17 is its posting)",
     level="community (社區; 物業部) under a 街道",
     source=source("http://huarezs.com.cn/yingjiyuan/3174730.html"),
     style="a 范文 site's compilation page in traditional characters: the headline, the site's time line, an editor's note, the piece "
           "line 篇1, a preamble, 一、組織領導 (the group's name alone), 二、職責分工 (a lead-in, 1、–6、, 6's lettered teams A, B; B CUT "
           "at 「負責緊急」)",
     leaf_tasks=7, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=["一、組織領導"],
     samples=[
        S(["二", "1"], [], [GRP], lead_alternatives=[[GRP]], responsible_alternatives=[[]],
          note="「1、防汛防臺工作由社區主任負總責。」 — 社區主任 is a person: " + PERSONS + ", so the item names no unit of its own; " + LEADIN +
               ": responsible [" + GRP + "], lead [] (the single unit accepted as lead). RULING? 7: none (the lead-in read as a "
               "general statement, not a units clause) is accepted. " + NODATE + " (汛期 is a season)"),
        S(["二", "2"], [], ["社區領導小組"], lead_alternatives=[["社區領導小組"]],
          note="「2、社區領導小組負責全社區的防洪澇、防臺風、防暴潮工作。」 — " + R2 + ": the subject of 负责 — the name as printed "
               "(rounds 33, 43: no name rewritten into the one 一 prints), under 職責分工 a unit whatever its verb too (rounds 34, 35); "
               "the item names its own, so the lead-in adds nothing (rule 4). Responsible [社區領導小組], lead [] (the single doer "
               "accepted as lead). " + NODATE),
        S(["二", "3"], [], ["社區"], lead_alternatives=[["社區"]],
          note="「3、社區負責做好轄區范圍內的防汛防臺工作。」 — " + R2 + ": 社區 is the subject of 负责, a body named by its kind (round 30: "
               "「由办公室负责」); its own unit, so the lead-in adds nothing (rule 4). Responsible [社區], lead [] (accepted as lead). " + NODATE),
        S(["二", "4"], [], [GRP], lead_alternatives=[[GRP]], responsible_alternatives=[[]],
          note="「4、社區各工作人員按照各自職責做好防汛防臺工作,并相互配合,全力協作。」 — 工作人員 are persons (" + PERSONS + "), 做好 and 配合 "
               "with persons as subjects name no body; the item names no unit: " + LEADIN + ". RULING? 7 (none accepted). " + NODATE),
        S(["二", "5"], [], [GRP], lead_alternatives=[[GRP]], responsible_alternatives=[[]],
          note="「5、社區防汛防旱領導小組人員在防洪澇、防臺風、防暴潮工作中,按各自防汛防旱工作職責執行,社區領導責任人在汛期不得同時外出,第一責任人外出時應向第二責任人布置好工作。」 — "
               "the group's members, its 責任人 and the 第一／第二責任人 are persons (" + PERSONS + "); 執行 with persons as subject "
               "names none; the item names no unit: " + LEADIN + ". RULING? 7 (none accepted). " + NODATE),
        S(["二", "6", "A"], [], [], responsible_alternatives=[["宣傳、救護組"]], **at(X05, "A "),
          note="「A 宣傳、救護組:負責深入居民做好宣傳、動員群眾配合抗洪搶險作出的防御部署,負責受傷人員的'治療,匯總上報災情。」 under 「6、搶險隊伍的組織。」 — the "
               "lettered lines are 6's items (plans-dev EXPECTED.md lines 19–25: the lines of a list are its items; only what is "
               "printed is read, the stray 「'」 kept). The teams are the ones 6 organises (搶險隊伍的組織), set up by the item: " +
               SETUP + "; the label 「宣傳、救護組:」 names such a group, not a standing body, and the lead-in's group is not read in "
               "where 6 sets up its own doers (rule 4 reaches items naming none, and these name their set-up teams). " + NONE +
               ". RULING? 8: [宣傳、救護組] (the label read as a unit-colon item, rule 1) is accepted. 上報災情 is a sending with no "
               "time, undated and not written as a duty (it belongs to a set-up team). " + NODATE),
        S(["二", "6", "B"], [], ["物業部"], lead_alternatives=[["物業部"]], responsible_alternatives=[[]], **at(X05, "B "),
          note="「B 搶險組:由物業部組織,負責緊急」 (" + CUT + ") — the team is set up by 6 (" + SETUP + "), but 「由物業部組織」 is the "
               "agent of 由 with a verb of doing (rule 2; round 30's clarification: 由A统一指导、集中认定 alike), 物業部 a standing body "
               "of the community the item does not set up: responsible [物業部], lead [] (the single doer accepted as lead). "
               "RULING? 9: none (组织 read as forming the team, rule 3's 「成立由A…的」 member-body) is accepted. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 二/1–5, 二/6/A, 二/6/B (B CUT). 一、組織領導 prints only the group's name (a composition; Round 74's x294_07), "
            "a section. Accepted: 6 (6 one leaf, its lettered lines its text) — RULING? 10",
            "the preamble's 原則 and 《江蘇省防汛防臺抗旱條例》 are basis and stance; no date, no figure on the page"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x314_06_shequ-yufang-honglao-zaihai-yingji-yuan-pian1.txt"
plan(X06,
     title="預(yù)防洪澇災(zāi)害應(yīng)急預(yù)案",
     title_note="line 6, the piece line 「預(yù)防洪澇災(zāi)害應(yīng)急預(yù)案篇一」 less its piece mark 篇一 (Round 81 on x308_01 and x308_08: "
                "chrome); line 1's 「(熱門18篇)」 is the site's; the site's inline pinyin is kept as printed (round 39; Round 77's x300_06). "
                "The preamble's 「特制定20xx年xxx社區(qū)防汛應(yīng)急預(yù)案」 is a name inside the words, no title line (Round 77's x303_02). "
                "RULING? 11: the headline (line 1) as printed, 「(熱門18篇)」 kept, is the alternative, not written as accepted",
     doc_no="", issuer="a 社區 (xxx社區) under 「xxxxx街辦事處」", date="not shown (「20xx年」 masked)",
     level="community (社區; 網格管理員, 網格責任人)",
     source=source("http://m.p719.cn/14523950.html"),
     style="a 范文 site's page in traditional characters with inline pinyin: the headline (熱門18篇), 字號, an editor's note, the piece "
           "line 篇一, a preamble, a paragraph of principles, 組長／副組長／組員 (xxx), 1、 and 2、 (2、 CUT at 「有關(guān)情況」)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     samples=[
        S(["1"], [], [], not_targets=[(12, "員")],
          note="「1、十個網(wǎng)格管理員統(tǒng)一聽從社區(qū)防汛應(yīng)急小組指揮,各網(wǎng)格管理員要負(fù)責(zé)實施每網(wǎng)格12員開展防范應(yīng)急工作。同時,啟動社區(qū)五級應(yīng)急預(yù)案,組織、指揮、協(xié)調(diào)"
               "防汛及抗洪工作。配合做好…」 — the 網格管理員 are persons (" + PERSONS + "), their 負責實施 and the carried 組織、指揮 naming no "
               "body; 「聽從A指揮」 is a guide (rule 3: 在A指导下), the 應急小組 the plan's group (組長／組員 above) — " + NONE + ". " +
               NOUNITS + ". Not targets: 「每網格12員」 is a staffing norm per grid (round 30's 「按500户配1名」), RULING? 12 (a number "
               "of work, round 55's x245_05, is the alternative); 「十個網格管理員」 counts persons (unchecked); 「五級」 names a level. " + NODATE),
        S(["2"], [], [],
          note="「2、各網(wǎng)格責(zé)任人要立即啟動應(yīng)急預(yù)案,在控制事態(tài),組織搶險救援的同時,及時匯總相關(guān)信息并迅速報告到組長。不得遲報、謊報、瞞報和漏報。…應(yīng)急處"
               "置過程中也要及時續(xù)報有關(guān)情況」 (" + CUT + ") — 網格責任人 are persons (責任人 a person's role, Round 77's x299_02), "
               "their 組織搶險救援 naming no body (" + PERSONS + ") — " + NONE + ". The report to 組長 is a sending, an undated duty "
               "(Round 74's Duties; plans-dev 01 and 04 「及时」 → none). " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "及時匯總相關(guān)信息并迅速報告到組長", "when": "迅速", "when_norm": None}],
     notes=["2 leaves: 1、, 2、 (2、 CUT). The paragraph 「精心組織,統(tǒng)籌安排,…力求做到萬無一失。」 is unnumbered principles before the "
            "group (a stance, round 68), and 組長／副組長／組員 are the group's composition (xxx): no tasks. " + NOUNITS + ". No "
            "alternative count",
            "「20xx年」 is masked: no date (round 57's x255_08)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x314_07_jiandou-zhen-maodun-jiufen-jizhong-paicha-huajie-zhuanxiang-xingdong-gongzuo-fangan.txt"
T07 = "剑斗镇开展矛盾纠纷集中排查化解专项行动工作方案"
plan(X07,
     title=T07 + "（关于印发《" + T07 + "》的通知）",
     title_note="lines 52–54, the plan's own title printed over two lines (a stored break joins nothing, rounds 34, 61), in the pair "
                "form with the notice's title (lines 5 and 28–30; Round 78's p58e-1; either passes; no issuer line stands above "
                "the notice's title — 剑斗镇人民政府 is the site's metadata and the cover's signature)",
     doc_no="剑政〔2020〕41号", issuer="安溪县剑斗镇人民政府 (泉州)", date="2020-08-03 (the cover's date)",
     level="town (剑斗镇; 各村(场)、镇直各单位)",
     source=source("http://www.fjax.gov.cn/zwgk/zfxxgkzl/xzzfxxgk/jdz/zfxxgkml/202008/t20200810_2402928.htm"),
     style="a county site's 镇 page: metadata bullets, the notice's title, many blank lines, the number 「剑政202041」, the notice's "
           "title over two lines, the addressees, one forwarding sentence, the issuer and date, the plan's title over two lines, a "
           "preamble (「自即日起至年底…集中组织开展…专项行动」), 一、指导思想 (a paragraph), 二、工作原则 and 「(一)」 CUT",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["0 leaves: 一、指导思想 is aims (" + AIMS + "); 二、工作原则's 「(一)」 stands alone at the page's end, a cut number with no "
            "text, no item (round 71; Round 80's p59d-2); the preamble's 「自即日起至年底…集中组织开展…」 has no subject (经研究决定) and is "
            "no item. RULING? 6: accepted 1 (二 or its cut (一) counted) and 2 (一 counted too)",
            "the campaign span 「自即日起至年底」 (2020-08-03 — 2020-12-31) would date the items it reaches; none is printed"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x314_08_zhen-jinzhong-chandu-zhuanxiang-xingdong-fangan.txt"
plan(X08,
     doc_no="", issuer="a 镇 (镇禁毒办, 镇禁毒工作站; 各村)", date="not shown",
     level="town (镇; 各村, 镇禁毒工作站, 派出所)",
     source=source("https://ceshi.taolaoshi.top/gongwen/173057.html"),
     style="a 公文 site's preview with no title: 一's text with its heading not printed, 二、组织领导 (a 领导小组 and its office), 三、工作目标 "
           "run in, 「---此处隐藏931字,下载后查看---」, (3) (a paragraph whose parent is hidden), 「五、工作要」 CUT",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["二、组织领导", "三、工作目标"],
     samples=[
        S(["(3)"], [], ["各村", "镇禁毒工作站"], responsible_alternatives=[["各村", "镇禁毒工作站", "派出所"]],
          note="「(3)摸底排查,严厉打击。各村要在镇党委政府的统一领导下,根据本辖区实际情况,适时组织镇村队干部、护林员及群众深入田间地头、农家院落,开展拉网式检查铲除行动。…"
               "镇禁毒工作站适时组织相关人员对各村踏查铲毒情况进行督促检查,不留死角,彻底消除。发现苗头及时联系派出所,派出所要坚决查处打击…违法犯罪活动,…」 — the path is "
               "the number printed (its parent hidden; only what is printed is read, round 48). " + R2 + ": 「A组织B＋verb」 names A "
               "(round 30; Round 77's x303_01 「要求镇林业站组织所有护林员…开展」), twice — 各村 (a group named by a kind) and "
               "镇禁毒工作站; the persons organised and 各村 as 督促检查's object are no units (round 30's pivot); 「在镇党委政府的统一领导下」 "
               "is a guide (rule 3); 联系派出所 names none, and 派出所's 查处打击 is outside rule 2's closed list (round 30). "
               "Responsible [各村, 镇禁毒工作站], lead []. RULING? 13: + 派出所 (查处 read as a verb of doing) is accepted. " +
               NODATE + " (适时, 及时)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["no title checked: the page prints no title line (Round 77 on x303_05 and x303_07: only what is printed is read; a "
            "title made up from the text is none)",
            "1 leaf: (3). 一's text (its heading not printed) is a stance; 二、组织领导 only composes the group and its office "
            "(镇禁毒办决定成立…; 内勤X负责日常工作 a person; Round 74's x294_07), a section; 三、工作目标 is aims (" + AIMS + "); (1) and "
            "(2) are hidden; 「五、工作要」 is cut before any work. Accepted: 2 (二 counted)",
            "「零产量」「零种植」 are aims with no figure"])

# ---------------------------------------------------------------------------------------------------------
X09 = "x314_09_dongxi-xiang-2018-zhengbing-gongzuo-shishi-fangan.txt"
plan(X09,
     title="东溪乡2018年征兵工作实施方案",
     title_note="line 8, the plan's own title line (the cover prints the name only inside its words 《…》, no title line of its "
                "own, Round 77's x303_02); 「朗读」 (line 1) is the site's",
     doc_no="东政〔2018〕10号", issuer="东溪乡人民政府 (泰顺县, 温州)", date="2018-06-25 (the cover's date)",
     level="township (东溪乡; 各村、乡属各单位)",
     source=source("http://nbxinxi.com/a/taishunxian/20210530/122537.html"),
     style="a local news site's copy of a 乡's notice: 「朗读」, the number line, addressees, the forwarding sentence, issuer and "
           "date, the plan's title, a preamble, 一、指导思想 (67 %, 18 %), 二、组织领导 (names), 三、征集政策 (一)(二), 四、实施步骤 (a lead-in, "
           "第一阶段 with its line, 第二阶段 CUT after its heading)",
     leaf_tasks=2, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导"],
     samples=[
        S(["四", "第一阶段"], [], [], targets=[(100, "%")], not_targets=[(18, "周岁")], dl="2月-6月", dln="2018-06",
          **at(X09, "第一阶段 "),
          note="「第一阶段 兵役登记阶段(2月-6月)。 / 对辖区户籍人口年满18周岁的适龄青年开展兵役登记工作,登记率达到100%。」 — a stage that names its work, "
               "its line its text, a task; 开展 without 组织 names no doer (round 30) — " + NONE + "; " + NOUNITS + ". Target: "
               "「登记率达到100%」 (达到, round 30's line). Not target: 「年满18周岁」, an age naming the persons (round 31). Date: the "
               "stage's end 6月 in the plan's 2018 (round 35; round 44 decided: a stage dates its items by its span's end): 2018-06"),
        S(["四", "第二阶段"], [], [], dl="6月-7月", dln="2018-07", **at(X09, "第二阶段 "),
          note="「第二阶段 宣传发动阶段(6月-7月)。」 at the page's end (" + CUT + ") — a stage heading that names its work (宣传发动), as "
               "x308_03 二/(一)'s stage was read (Round 81 decided its dates), a task naming no unit (" + NONE + "). Date: its end "
               "7月, 2018: 2018-07"),
     ],
     plan_targets=[(67, "%"), (18, "%")],
     phases=[{"name": "兵役登记阶段", "start": "2018-02", "end": "2018-06"},
             {"name": "宣传发动阶段", "start": "2018-06", "end": "2018-07"}],
     duties=[],
     notes=["2 leaves: 四/第一阶段, 四/第二阶段 (CUT). 一、指导思想 is aims (" + AIMS + "); 二、组织领导 only composes the group and sets up "
            "an office headed by a person (Round 74's x294_07), a section; 三、征集政策 (一) who is called up (「征集的主体对象为…,优先征集"
            "大学生…」) and (二) the age conditions are the scheme's terms — who qualifies, no act of the plan's bodies (Round 75's "
            "p57f-1; Round 78's (a) definitions) — no tasks. RULING? 14: 4 (三's two counted as tasks naming none) is accepted",
            "plan targets: 「大学生征集比例不低于67%、大学毕业生征集比例不低于18%」 in 一's aims (不低于, round 30's line), the plan's (round 62's "
            "w52b). Not checked: 三/(二)'s ages 18至22周岁, 24周岁, 17周岁 (age bands, round 31; items that are no tasks)",
            "phases: the two stages printed, 兵役登记阶段 2018-02 → 2018-06 and 宣传发动阶段 2018-06 → 2018-07 (the plan's 2018); the "
            "lead-in's 五个阶段 are not all printed"])

# ---------------------------------------------------------------------------------------------------------
X10 = "x314_10_xiangzhen-2018-zhengbing-gongzuo-shishi-fangan-di2ye.txt"
plan(X10,
     title="乡镇2018年征兵工作实施方案",
     title_note="line 1, the title the page prints above its text (a page 2, `_2.html`); a heading stands where the file prints it "
                "(round 65's x275_03; Round 74's x295_02). RULING? 15: no title checked (the site's running head on a later "
                "page, Round 77's x303_07) is the alternative",
     doc_no="", issuer="a 镇 (镇征兵办; 各村、镇直单位)", date="not shown (2018 in the title)",
     level="town (镇; 各村、镇直单位, 镇征兵办)",
     source=source("https://guanchang.qwyd.net/gongzuo/shishifangan/329515_2.html"),
     style="a 范文 site's page 2: the title, 3.征集条件 and 4.征集办法 (their parent on page 1), 四、工作要求 (一)–(四) ((四) CUT inside "
           "its list of 不准)",
     leaf_tasks=4, count_alternatives=[3, 6], attachment_task_rows=0,
     samples=[
        S(["四", "(一)"], [], [],
          note="「(一)统一思想,提高认识。各村、镇直单位要从讲政治、顾大局的高度出发,进一步加强对征兵工作重要性的认识,…。征兵工作期间,相关征兵单位主管、工作人员要服从镇征兵办"
               "工作调度安排,全力以赴完成各项征兵工作任务。」 — 加强, 增强 are outside rule 2's closed list (round 30); 主管 and 工作人员 are "
               "persons (" + PERSONS + "); 「服从A调度安排」 is a guide's direction (rule 3: 在A指导下), no doer — " + NONE + ". " +
               NOUNITS + " (工作要求 items naming none are tasks here, the seeds' EXPECTED.md lines 3–5 reading only plans whose tasks "
               "name units). " + NODATE + " (征兵工作期间)"),
        S(["四", "(二)"], [], [],
          note="「(二)严格标准,确保兵员质量。各单位要适应新形势、新要求,认真执行上级指示精神,…切实把好政治,身体、文化和年龄关,确保兵员质量。」 — 各单位 is a general "
               "call whatever its verb (round 30; Round 77's x301_04) — " + NONE + ". " + NODATE),
        S(["四", "(三)"], [], [],
          note="「(三)加强宣传,营造良好氛围。要结合当前国际国内形势,多措并举,广泛进行宣传发动,…」 — no subject; 进行 is outside rule 2 — " + NONE +
               ". " + NODATE),
        S(["四", "(四)"], [], [],
          note="「(四)廉洁征兵,杜绝不正之风。征兵工作期间,必须遵守以下纪律:不准放宽征兵条件、降低标准,将不合格青年征入部队;不准将青年从…征入部队;」 (" + CUT +
               ") — discipline binding the plan's own conscription work (放宽, 征入 are the conscripting bodies' acts), a limit on what "
               "the work may do (Round 74's x296_01 三、（二）; Round 77), not a ban to 「任何单位和个人」 (Round 80's p59a-1), so a task "
               "naming no unit — " + NONE + ". RULING? 16: text (a list of bans with no party, Round 80's form) is accepted by "
               "count 3. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 四/(一)–(四). 3.征集条件 (conditions by reference: 「按照…执行」) and 4.征集办法 (where one enlists; 「由县人民政府征兵办公室"
            "批准入伍」, a decision on an application, none, Round 77's x302_04; 「批准的时间统一填写2018年9月1日」, a form's date) are "
            "the scheme's terms for the applicants (Round 75's p57f-1; round 30's applicant), no tasks. Accepted: 3 ((四) as "
            "text, RULING? 16) and 6 (3. and 4. counted, RULING? 14's reading on this page)",
            "「居住证3年以上的」 picks persons who may enlist (round 31; Round 81 on x306_08's 200米以上者): no target, in an item "
            "that is no task (unchecked)"])

# ---------------------------------------------------------------------------------------------------------
X11 = "x314_11_yongxiang-xiang-cun-huanjing-weisheng-zhengzhi-shishi-fangan-pian1.txt"
plan(X11,
     title="乡镇人居环境整治计划实施方案",
     title_note="line 4, the piece's title 「乡镇人居环境整治计划实施方案篇1」 (run into the compilation's headline before it and the "
                "preamble after it) less its piece mark (Round 81 on x308_01, x308_08); line 2 is the compilation's headline (8篇). "
                "RULING? 17: line 1 「镇农村环境卫生综合整治工作实施方案」 (the document site's own headline) is the alternative; the "
                "preamble's 「永乡乡__村环境卫生整治实施方案」 is a name inside the words, no title line (Round 77's x303_02)",
     doc_no="", issuer="a 村 of 永乡乡 (阿寺村; 「我乡」「我村」)", date="not shown (「三月份」)",
     level="village under a township (永乡乡 阿寺村; 村委会)",
     source=source("https://www.360docs.net/doc/727746171.html"),
     style="a document site's preview of a compilation: the site's headline, the compilation's headline, 篇1's title run into its "
           "preamble, 一 run in (aims), 二、主要措施(一) run in, 1、 and 2、 (2、 run in after 「保洁员:」), (二) with 具体做法 1、2、3、 inside "
           "one line, (三) with 1、 run in, CUT",
     leaf_tasks=4, count_alternatives=[3, 5, 6], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想和工作目标"],
     samples=[
        S(["二", "(一)", "1"], [], [], **at(X11, "\n1、"),
          note="「1、为加强该项工作的领导,成立阿寺村环境卫生整治领导小组:组长:成员:保洁员:」 — a numbered leaf under 「(一)加强领导,明确职责,成立工作机构。」 "
               "that sets a group up (成立, the measure its heading names) — a task naming no unit: the group is set up by the item (" +
               SETUP + ") and the page names no unit (" + NOUNITS + "). RULING? 18: a line that only composes a group (Round 74's "
               "x294_07), no task, is accepted by count 3. " + NODATE),
        S(["二", "(一)", "2"], [], [], **at(X11, "保洁员:2、"),
          note="「2、明确职责,阿寺村环境卫生整治领导小组组长负责统筹管理全村环境卫生以及与上级有关部门的沟通协调。 / 组内成员负责具体落实各项工作,保洁员负责日常环境卫生的维护"
               "工作。」 — the 组长, the 组内成员 and the 保洁员 are persons (" + PERSONS + "), their 负责 naming no body, and the group is the "
               "one 1、 sets up (" + SETUP + ") — " + NONE + ". " + NODATE),
        S(["二", "(二)"], [], [], **at(X11, "(二)"),
          note="「(二)加强宣传,提高思想认识。 / 针对目前我村环境卫生中存在的问题,…在全村内掀起环境卫生整治的风潮,… / 具体做法:1、在村委会宣传栏张贴…倡议书;2、通过村委会广播…;"
               "3、组织村委会成员等到环境卫生先进村参观学习,吸收经验。」 — 具体做法's 1、2、3、 stand inside one line after a colon, 「;」 between "
               "them: the item's text (x308_07's 一是–五是 inside one paragraph), RULING? 19 (three items, count 6, accepted); 村委会 "
               "names a place (宣传栏) and a means (广播), and 组织 in 3、 has no subject (round 30: 组织＋work names its subject only) — " +
               NONE + ". 「“__是我家,环境靠大家”」 is a slogan. " + NODATE),
        S(["二", "(三)", "1"], [], [], **at(X11, "(三)环境卫生综合整治1、"),
          note="「(三)环境卫生综合整治1、清理死角,治理环境。 / 彻底清理果园内遗留的反光膜等杂物;全面清理村内、村村交界处的积存垃圾、死角」 (" + CUT + ") — "
               "the 1、 printed after (三)'s heading on its line; the work with no subject — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/(一)/1, 二/(一)/2, 二/(二), 二/(三)/1 (CUT). 一、指导思想和工作目标 (run in) is aims: " + AIMS + ". " + NOUNITS +
            ". Accepted: 3 ((一)/1 a composition, RULING? 18), 5 (一 counted) and 6 ((二)'s 1、2、3、 as items, RULING? 19)",
            "「三月份工作会议」 names a past meeting, no date; 「__」 masks names; no figures"])

# Round 61 (align83): answers aligned to tests/data/CONVENTIONS.md "Round 83 rulings, written early" (README, round 61)
from aligned_rulings import align83  # noqa: E402

_W05 = ("「二、職責分工 防汛防臺工作由社區防汛防旱領導小組統一安排,實行分級分村負責,具體職責分工如下:」 over 二/{}, whose doers are persons: a "
        "lead-in gives its body only where it is about its items' work; 「…由…领导小组统一安排」 over others' duties is about other work and "
        "gives nothing (round 44's own form) (RULING? 7)")
_Y05 = ("Units, turned: round 44's lead-in about other work over rule 4 as c314 read it; [社區防汛防旱領導小組] → none (accepted "
        "already), the group stays accepted")
for _n in ("1", "4", "5"):
    align83("x314_05", ["二", _n], _W05.format(_n), _Y05, resp=[], resp_alt=[[GRP]])
align83("x314_06", ["1"], "「各網格管理員要負責實施每網格12員開展防范應急工作」 (1、): a count per place the item sets for its work is its number of work (round 62's 「每乡镇4场」); round 30's norm is a ratio the staffing follows 「按500户配1名」, and Round 81 kept 「按…每户一桶的要求」 one (RULING? 12)",
        "Targets, turned: round 62's 「每乡镇4场」 and Round 81's x308_05 over round 30's norm; (12, 員) not_target → target",
        targets=[(12, "員")], not_targets=[])
align83("x314_11", ["二", "(一)", "1"], "「1、为加强该项工作的领导,成立阿寺村环境卫生整治领导小组:组长:成员:保洁员:」 (二/(一)/1): a group's composition is no task, its work given by a verb is (in 2、), and plans-dev 08 counts leaves that give work (Round 81's x308_06) (RULING? 18)",
        "Tasks, turned: Round 74's x295_04 and x294_07 1、 over plans-dev 08 read as every leaf; task → no task",
        drop=True)
align83("x314_11", ["二", "(二)"], "「具体做法:1、在村委会宣传栏张贴…;2、通过村委会广播…;3、组织…」 on one line (二/(二)): numbers that run in order from 1 inside a paragraph are items as if each stood at a line start (round 34; round 42's x216_07), so (二) is no leaf and its three items are (each naming none: 村委会 a place and a means, 组织 in 3、 with no subject; not sampled); with 二/(一)/1 no task the count is 5 (RULING? 19)",
        "Tasks and counts, turned: round 34's items numbered inside one paragraph over c314's text; (二) one leaf → its three; 4 → 5 (accepted already), 4 stays accepted",
        drop=True, counts={"leaf_tasks": 5, "count_alternatives": [3, 4, 6]})

write_collected(DIR)
