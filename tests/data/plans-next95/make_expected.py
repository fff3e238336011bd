# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next95/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 30 (built by helper c95): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next95/make_expected.py tests/data/plans-next95
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    article_in,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
R2BY = "CONVENTIONS.md units rule 2 (the agent of 由 with a verb of doing is a doer: responsible, lead [] / a single unit accepted as lead)"
R2SUBJ = "CONVENTIONS.md units rule 2 (the subject of 负责／实施／落实／组织实施 is a doer; several clauses: all their bodies in order)"
R2WITH = "CONVENTIONS.md units rule 2 (「（由）A会同B＋verb」: lead A, lead [] accepted; responsible A, B)"
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (加强, 开展, 提出, "
          "下达, 审核, 进行, 办理, 征求, 建立, 拨付 …) is not a unit")
R3 = "CONVENTIONS.md units rule 3 (a body that only receives, approves or guides is no unit)"
COST = "CONVENTIONS.md round 30: 「由A承担／保障」 with a cost as object names a payer, not a doer"
CASE = "CONVENTIONS.md round 30: an item whose whole work is the response to a case takes the doer of that response"
ROLE = "申报单位 / 用能单位 / 出资方 are applicants named by their part (roles, as plans-next88 read 申报单位): no unit"
THR = "CONVENTIONS.md targets: quantities of the policy (ceilings 最高不超过, rates 每平方米…元, thresholds with 及以上／以上／以下) are targets (round 25, round 30 thresholds by the comparison word)"
GENART = ("CONVENTIONS.md round 30 (articles of general provision — purpose/basis, scope, definitions, the interpreting body, "
          "entry into force — are not tasks; a count that includes them is accepted)")
REL = "a time limit counted from an event (no date can be resolved): the deadline is not checked"


def A(file, path, *args, units=None, at_path=None, **kw):
    """A sample located by its article label and item markers (``article_in``)."""
    where = art(file, at_path or path)
    if units is None:
        return P(path, *args, **kw, **where)
    return U(path, units, *args, **kw, **where)


# ---------------------------------------------------------------------------------------------------------
X01 = "x95_01_xuhui-2024-jieneng-jianpai-jiangtan-zhuanxiang-zijin-guanli-banfa.txt"
A3 = "第三条(资金来源)"
A4 = "第四条(扶持内容)"
A5 = "第五条(部门职责)"
A6 = "第六条(申报流程)"
A7 = "第七条(附则)"

plan(X01,
     title="徐汇区节能减排降碳专项资金管理办法",
     title_note="the notice has no title of its own: the first line (the 办法's title, printed again after the cover)",
     doc_no="徐发改规〔2024〕2号 (from the index; the stored text prints no number)",
     issuer="上海市徐汇区发展和改革委员会",
     date="2024-10-25",
     level="district commission (Shanghai Xuhui 区发展改革委), subsidy rules with the offices' duties",
     source=shanghai_source("工程建设管理", "徐汇区节能减排降碳专项资金管理办法.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0073112&siteId=0073", 3562),
     style="a short cover (addressees ending with an ASCII colon); 第一条(label)–第七条(label) with ASCII brackets on their own "
           "lines; 第四条 (一)–(九) with 1.… subsidy scales; 第五条 部门职责 and 第六条 申报流程 in 「X负责」 / 「X会同Y」 sentences; "
           "ASCII 「;」 and 「(含)」 inside sentences",
     leaf_tasks=34, count_alternatives=[38, 33],
     leaf_tasks_by_section={"第三条": 1, "第四条": 22, "第五条": 4, "第六条": 4, "第七条": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X01, [A3], note="「本专项资金由区级财政预算安排」: a budget as the source of the money, no body doing the work (" + COST + "); " + NODATE),
        A(X01, [A4, "(一)", "1"], at_path=[A4, "(一)", "1."],
          targets=[(30, "吨标准煤"), (45, "吨二氧化碳"), (600, "元"), (50, "万元"), (30, "%")],
          note="「年节能量30吨标准煤及以上或年降碳量45吨二氧化碳及以上」, 「600元/吨标煤」, 「最高不超过50万元，且不超过投资额的30%」 ("
               + THR + "); " + ROLE + "; " + NODATE),
        A(X01, [A4, "(二)", "2"], at_path=[A4, "(二)", "2."],
          targets=[(1, "万平方米"), (6, "个月"), (5, "%"), (15, "元"), (150, "万元")],
          note="「单体建筑面积1万平方米及以上」, 「运行6个月以上」, band edges 「下降5%(含)至10%」 read alike (round 29), 「每平方米面积可补贴15元」, "
               "「最高不超过150万元」 (" + THR + "); " + NODATE),
        A(X01, [A4, "(四)", "1"], at_path=[A4, "(四)", "1."],
          targets=[(1200, "元"), (1500, "元"), (150, "万元"), (300, "元"), (30, "万元")],
          note="rates per 千瓦 and ceilings (" + THR + "); 出资方 / 产权单位 receive the award (" + ROLE + "); " + NODATE),
        A(X01, [A4, "(四)", "4"], at_path=[A4, "(四)", "4."], targets=[(5, "兆瓦"), (2, "兆瓦"), (2, "元"), (20, "万元")],
          note="「达到5兆瓦及以上…达到2兆瓦及以上」 (达到 / 及以上: round 30), 「2元/千瓦时」, 「年度奖励最高不超过20万元」 (" + THR + "); "
               + NODATE),
        A(X01, [A4, "(五)", "1"], at_path=[A4, "(五)", "1."], targets=[(20, "万元"), (10, "万元"), (5, "万元")],
          note="one-off awards by level (" + THR + "); " + NODATE),
        A(X01, [A4, "(六)", "4"], at_path=[A4, "(六)", "4."], note="「按实际发生费用予以支持」: no figure, no doer; " + NODATE),
        A(X01, [A4, "(七)"], note="(七) has no numbered children: a leaf; no doer; " + NODATE),
        A(X01, [A4, "(九)", "2"], at_path=[A4, "(九)", "2."],
          note="「对于区委区政府确定的其他…项目，按照区委区政府要求给予支持」: 区委区政府 inside a noun's description and as the source "
               "of the requirement (CONVENTIONS.md round 30, a body inside a noun's description is not a doer); " + NODATE),
        S([A5, "(一)"], ["区发展改革委"], ["区发展改革委", "各项目主管单位"], lead_alternatives=[[]], **art(X01, [A5, "(一)"]),
          note="「区发展改革委会同各项目主管单位编制年度预算，并开展…」 — " + R2WITH + "; " + NODATE),
        A(X01, [A5, "(二)"], units=["各项目主管单位"],
          note="「各项目主管单位负责本领域项目的资金使用计划申报…」 — " + R2SUBJ + " (a group named by a kind with a verb of rule 2, round 30); " + NODATE),
        A(X01, [A5, "(四)"], units=["区审计局"], note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区审计局加强对专项资金的审计监督」 — responsible 区审计局 (under the 部门职责 heading besides, round 34/35); formerly: " "「区审计局加强对专项资金的审计监督」: " + CLOSED + "; " + NODATE),
        A(X01, [A6, "(二)"], note="「申报单位向各项目主管单位提供相关材料」: " + ROLE + "; 各项目主管单位 receive (" + R3 + "); " + NODATE),
        A(X01, [A6, "(三)"], units=["各项目主管单位"],
          note="「各项目主管单位负责项目初审」 — " + R2SUBJ + "; 「区发展改革委…开展复审」 (开展 without 组织) and 「可委托第三方…评审」: " + CLOSED + "; " + NODATE),
        A(X01, [A6, "(四)"], units=["区发展改革委", "区财政局"],
          note="「区发展改革委、区财政局按程序落实资金拨付」 — " + R2SUBJ + " (two bodies as printed); " + NODATE),
        A(X01, [A7, "(二)"], note="「将追究扶持对象的责任」: no body named as the doer; 扶持对象 an applicant (" + ROLE + "); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf; an article without numbered children is a leaf): 第一–三条 3; 第四条 (一) 1.2. 2 + (二) 2 + "
            "(三) 2 + (四) 1.–4. 4 + (五) 2 + (六) 1.–5. 5 + (七) 1 + (八) 1 + (九) 1.–3. 3 = 22; 第五条 (一)–(四) 4; 第六条 (一)–(四) 4; "
            "第七条 (一)–(五) 5 → 38 by numbering. " + GENART + ": 第一条 (目的和依据), 第二条 (适用对象 = scope), 第七条(四) (施行, "
            "有效期) and 第七条(五) (区发展改革委负责解释) are left out → **34**. Accepted: 38 (with them), 33 (第三条 资金来源 read as a "
            "provision too)",
            "samples: sixteen of 34, from 第三条 to 第七条; none on a general-provision article (round 30)",
            "units: " + R2SUBJ + "; " + R2WITH + "; " + CLOSED + "; " + ROLE,
            "not sampled for doubt: none — the doubtful clauses are in the samples' notes",
            "dates: none in any item (2024年12月1日 / 2026年11月30日 are entry into force and validity, 第七条(四), a general "
            "provision); no phases; no duties (申报 is an application, not a report)",
            "figures: the subsidy scales of 第四条 are targets (round 25 / round 30); 「1:0.5比例」 ratios are not sampled",
            "the same kind of document as plans-next88 x88_04 (静安 2025 实施办法) and x95_03 (静安 2022 资金管理办法); taken in the "
            "index's order (README)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x95_02_shanghai-lvrongju-2024-yuanlin-lvhua-gongcheng-jianshe-guanli-banfa.txt"
GZ = "上海市绿化和市容（林业）工程安全质量监督管理站"

plan(X02,
     title="上海市园林绿化工程建设管理办法（上海市绿化和市容管理局关于印发《上海市园林绿化工程建设管理办法》的通知）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪绿容规〔2024〕2号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2024-01-18",
     level="city bureau (Shanghai 市绿化市容局), rules for green-space construction projects",
     source=shanghai_source("工程建设管理", "上海市绿化和市容管理局关于印发《上海市园林绿化工程建设管理办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=3794d7ff-a92a-4f95-a16e-9ea99305d8c1&siteId=0039", 3085),
     style="a cover without a colon after the addressees; 第一章–第五章 over 第一条（label）–第十九条（label） on their own lines, "
           "no numbered items; work in sentences (「…监督管理站…负责…」, 「由建设单位负责组织实施」, 「由市绿化市容局和相关执法部门…追究」), "
           "thresholds 400万元 / 100万元 with 及以上 and spaces around them",
     leaf_tasks=16, count_alternatives=[19],
     leaf_tasks_by_section={"第一章 总则 (第三条)": 1, "第二章 第四–十条": 7, "第三章 第十一–十六条": 6, "第四章 第十七条": 1,
                            "第五章 第十八条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第三条（职责与分工）"], units=[GZ, "各区绿化管理部门"],
          note="「…监督管理站受市绿化市容局委托负责…具体实施」 and 「各区绿化管理部门…负责本辖区的园林绿化工程建设管理」 — " + R2SUBJ
               + "; 市绿化市容局 「是…行政主管部门」 (a statement) and the body that entrusts: no doer. An article in 总则 that gives work "
               "to a body is a task (round 30); " + NODATE),
        A(X02, ["第四条（项目信息报送）"], skip_deadline=True,
          note="「建设单位应当在建设工程发包前，按规定报送…项目信息」: " + CLOSED + "; 「发包前」 counts from an event (" + REL + "); the "
               "sending is a duty"),
        A(X02, ["第六条（合同信息报送）"], not_targets=[(400, "万元"), (100, "万元")],
          note="aligned round 53 to CONVENTIONS.md \"Round 64 rulings\" (turned): a band inside a noun naming the class of works "
               "a rule picks, and the step it puts the class through (需办理合同信息报送), is a class, not a target (rounds 51, 58, "
               "60) (targets 400万元, 100万元 → not_target); the earlier reading: "
               "「施工合同价在 400万元及以上…单项合同价在 100万元及以上」 pick the projects (" + THR + "); no doer; " + NODATE),
        A(X02, ["第八条（竣工验收）"], units=["建设单位", "上海市绿化和市容（林业）工程安全质量监督管理站"],
          note="aligned round 50 (w50d): an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list, as 第十五、十六条 were aligned): 「上海市绿化和市容（林业）工程安全质量监督管理站应当对…竣工验收进行监督」 — the station, the subject of 进行监督, is a doer after 建设单位 in printed order; formerly: 「竣工验收由建设单位负责组织实施」 — " + R2BY + " (建设单位 a kind of body, as plans-next89 read it); 「…监督管理站应当对…"
               "竣工验收进行监督」: " + CLOSED + "; " + NODATE),
        A(X02, ["第十条（竣工结算文件备案）"],
          note="「建设单位和施工单位应当及时进行竣工结算」, 「建设单位应当…进行竣工结算文件备案」: " + CLOSED + "; the filing is a duty; "
               + NODATE),
        A(X02, ["第十五条（监管人员管理）"], units=["质量和安全监督管理部门"], note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「质量和安全监督管理部门应当健全…，加强…」 — the subject is a doer (one body, 和 inside one head); formerly: " + "「质量和安全监督管理部门应当健全…，加强…」: " + CLOSED + "; 监督管理人员 persons; " + NODATE),
        A(X02, ["第十六条（信用记录）"], units=["质量和安全监督管理部门"], note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「质量和安全监督管理部门应当建立信用信息数据库…」 — the subject is a doer; formerly: " + "「质量和安全监督管理部门应当建立信用信息数据库…实行分类管理」 (实行, not 实施): " + CLOSED + "; " + NODATE),
        A(X02, ["第十七条（相关责任追究）"], units=["市绿化市容局", "相关执法部门"],
          note="「…有违反…行为的，由市绿化市容局和相关执法部门…依法对相关责任单位和个人追究责任」 — " + CASE + " (the whole article); "
               + R2BY + " (two agents joined by 和, as 「由A与B＋verb」, round 30); " + NODATE),
        A(X02, ["第十八条（立体绿化工程）"], note="「立体绿化工程参照实施」: no doer; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "建设单位应当在建设工程发包前，按规定报送园林绿化工程项目信息", "when": "建设工程发包前", "when_norm": None},
             {"what": "建设单位应当按《上海市建设工程竣工结算文件备案管理办法》的规定进行竣工结算文件备案", "when": "竣工后",
              "when_norm": None}],
     notes=["counting: every article is a leaf (none has numbered children): 第一–十九条 19 by numbering. " + GENART + ": 第一条 (目的), "
            "第二条 (适用范围) and 第十九条 (有效期) are left out → **16**; accepted: 19",
            "samples: nine of 16, from 第三条 to 第十八条",
            "units: " + R2SUBJ + "; " + R2BY + "; " + CASE + "; " + CLOSED,
            "not sampled for doubt: 第十一条 (the subject of 落实 is 「园林绿化工程的建设、勘察、设计、施工、监理、检测等单位」: one group or "
            "six kinds), 第十三条 (「施工单位应当制定专项施工技术方案并严格实施」: 实施 at the end of a 应当 sentence)",
            "dates: none (the cover's 2024年1月8日 / 2月1日 / 3月1日 and 第十九条's 2029年2月28日 are the notice's and validity); no phases",
            "duties: two filings of the 建设单位 at an event (第四条 发包前, 第十条 竣工后); 开工备案 / 综合竣工验收备案 (第七、九条) are "
            "procedures (办理) and were not written as duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x95_03_jingan-2022-jieneng-jianpai-jiangtan-zhuanxiang-zijin-guanli-banfa.txt"
B5 = "第五条（支持范围）"

plan(X03,
     title="静安区节能减排降碳专项资金管理办法（关于印发《静安区节能减排降碳专项资金管理办法》的通知）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="静发改委规〔2022〕1号 (from the index; the stored text prints no number)",
     issuer="上海市静安区发展和改革委员会、上海市静安区财政局",
     date="2022-07-20 (index; the cover is signed 2022年7月12日)",
     level="district commission and finance bureau (Shanghai Jing'an), fund-management rules with the offices' duties",
     source=shanghai_source("工程建设管理", "关于印发《静安区节能减排降碳专项资金管理办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=1bcedcfa-70a6-4d14-a109-5dfbbc5b39cb&siteId=0072", 3425),
     style="第一章–第六章 (two spaces after the number, one in 第四章) over 第一条（label）–第十七条（label） on their own lines; "
           "「1、」 items in 第四、五条; 第七条 职责分工 in three 「X负责」 paragraphs; 第八–十六条 a budget procedure in 「由X…」 sentences "
           "and a quarterly report",
     leaf_tasks=24, count_alternatives=[28, 26],
     leaf_tasks_by_section={"第二、三条": 2, "第五条": 11, "第六–十六条": 11},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X03, ["第二条（遵循原则）"], note="a principle: not among round 30's general provisions, a leaf; no doer; " + NODATE),
        A(X03, ["第三条（资金来源）"],
          note="「区级财政根据…保障…资金需求」: " + CLOSED + " (保障 a cost, " + COST + "); " + NODATE),
        A(X03, [B5, "5"], at_path=[B5, "5、"], note="a kind of project supported, no work of a unit; " + NODATE),
        A(X03, [B5, "9"], at_path=[B5, "9、"], note="kinds of work supported, no doer; " + NODATE),
        A(X03, ["第六条（支持方式）"], note="the forms of support; no doer; " + NODATE),
        A(X03, ["第七条（职责分工）"],
          units=["区节能减排工作领导小组办公室", "区发改委", "区财政局", "区商务委", "区建管委", "区文旅局", "区机管局", "区政府明确的其他部门", "区审计局"],
          note="three 负责 clauses: 「区节能减排工作领导小组办公室（以下简称“区节能办”）负责…」, 「区发改委、…、区机管局以及区政府明确的其他部门"
               "（以下统称“项目管理部门”）负责本办法的具体操作实施」, 「区审计局等部门…负责做好…审计和监督工作」 — " + R2SUBJ
               + "; names as printed (the short name 区节能办 and the collective 项目管理部门 are the text's own aliases, not more bodies; "
               "「区政府明确的其他部门」 kept whole as a group; 等部门 dropped); " + NODATE),
        A(X03, ["第八条（计划申报）"], units=["各行业主管部门", "行业主管部门", "项目管理部门"],
          note="「由各行业主管部门汇总初审后报区节能办」, 「由行业主管部门初审并报区机管局审核汇总后报区节能办」, 「由项目管理部门经论证"
               "审核后报区节能办」 — " + R2BY + " (three clauses, names as printed); 「各项目管理部门应…编制提出…计划，报区节能办汇总」: "
               + CLOSED + "; 区节能办 / 区机管局 receive (" + R3 + "); 「企业组织实施…的项目」「公共机构实施的…项目」「各项目管理部门负责组织"
               "推进的…项目」 are bodies inside a noun's description (round 30); " + NODATE),
        A(X03, ["第十条（计划下达）"], units=["区节能办", "区财政局"],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区节能办根据…，下达项目年度计划」「区财政局根据…进行审核后拨付资金」 — both subjects are doers, in order; no 牵头: lead []; formerly: " "「区节能办…下达项目年度计划」, 「区财政局…进行审核后拨付资金」: " + CLOSED + "; " + NODATE),
        S(["第十二条（项目管理）"], ["各项目管理部门"], ["各项目管理部门", "相关部门"], lead_alternatives=[[]],
          **art(X03, ["第十二条（项目管理）"]),
          note="「各项目管理部门会同相关部门负责…监督、检查和评估验收」 — " + R2WITH + "; 「需要委托…的，须由…节能服务机构承担」 is a case "
               "(CONVENTIONS.md rule 3); " + NODATE),
        A(X03, ["第十三条（政府采购与投资管理）"], units=["项目管理部门"], note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「项目管理部门应严格执行…」 — the subject of 执行 is a doer (the project departments this 办法 tasks); formerly: " + "「项目管理部门应严格执行…」: " + CLOSED + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "项目管理部门每季度向区节能办提交项目进展和资金使用情况", "when": "每季度", "when_norm": "quarterly"},
             {"what": "各项目管理部门编制提出相关领域下一年度专项资金使用计划，报区节能办汇总", "when": "根据财政预算安排时间",
              "when_norm": None}],
     notes=["counting (every numbered leaf; an article without numbered children is a leaf): 第一–三条 3; 第四条 1、2、 2; 第五条 1、–11、 11; "
            "第六–十七条 12 → 28 by numbering. " + GENART + ": 第一条 (设立依据), 第四条 (适用对象 = scope, its two items) and 第十七条 (办法生效) "
            "are left out → **24**. Accepted: 28 (with them), 26 (第四条's items kept)",
            "samples: ten of 24, from 第二条 to 第十三条",
            "units: " + R2SUBJ + "; " + R2BY + "; " + R2WITH + "; " + CLOSED,
            "not sampled for doubt: 第九条 (「区节能办牵头区财政局…组成审核小组」 sets up a group, and 「由区节能办报区政府常务会议审议」), "
            "第十一条 (its 由 / 组织 / 牵头 clauses stand in cases: 「因特殊原因需…的」「替补项目有困难的」「如新增项目金额超过…」), "
            "第十四条 (「企业和公共机构对上报材料的真实性负责」), 第十五条 (「审核通过的项目，由区财政统一拨付」: a case or the item's work), "
            "第十六条 (「审计等部门…负责」: 审计 alone is no name)",
            "dates: none (2022年8月19日 / 2027年8月18日 are entry into force and validity); no phases",
            "duties: the quarterly report of 第十一条 and the yearly plan of 第八条 (its time is the budget calendar)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x95_04_shanghai-lvrongju-2023-juzhuqu-lvhua-tiaozheng-shishi-banfa.txt"
C13 = "第十三条  树木迁移或砍伐的程序"

plan(X04,
     title="上海市居住区绿化调整实施办法（关于印发修订后的《上海市居住区绿化调整实施办法》的通知）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪绿容规〔2023〕1号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局、上海市房屋管理局",
     date="2023-01-10",
     level="city bureaus (Shanghai 市绿化市容局 with 市房屋管理局), rules for adjusting the green space of housing estates",
     source=shanghai_source("市容绿化与景观", "关于印发修订后的《上海市居住区绿化调整实施办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=1bdfe31d-ac8b-46c1-bebc-c13fde2dd987&siteId=0039", 4082),
     style="第一章–第四章 (「第一章   总  则」, spaced) over 「第一条  目的和依据」 (two spaces, no brackets) to 第二十条; （一）… in "
           "第九–十一条, 「1.迁移或砍伐方案拟订：」 procedure steps in 第十三、十五条; doers 业主委员会 / 绿化养护单位 in 「由X负责」 sentences; "
           "times in Chinese numerals (五天, 五个工作日, 三分之二)",
     leaf_tasks=24, count_alternatives=[28],  # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — 第九、十、十一条 (「符合下列条件之一的」「应当符合以下条件」) one task each (was 28; [32])
     leaf_tasks_by_section={"第四–八条": 5, "第九条": 1, "第十条": 1, "第十一条": 1, "第十二条": 1, "第十三条": 5, "第十四条": 1,
                            "第十五条": 5, "第十六–十九条": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X04, ["第五条  实施主体"], units=["业主委员会", "绿化养护单位"],
          note="「由业主委员会（…）负责居住区绿化调整方案征集…」 — " + R2BY + "; 「绿化养护单位…负责实施…」 — " + R2SUBJ + "; 「没有成立"
               "业主委员会的可由相应居民委员会代履行」 a case in brackets (rule 3); " + NODATE),
        A(X04, ["第六条  实施经费"], note="「绿化调整资金由业主（业主大会）承担」: " + COST + "; " + NODATE),
        A(X04, ["第七条  调整原则"], note="principles; no doer; " + NODATE),
        A(X04, ["第八条  修剪的条件"], units=["绿化养护单位"],
          note="「…业主或房屋使用人提出修剪请求的，绿化养护单位应当…按照…的技术措施及要求实施」 — " + CASE + "; the subject of 实施 ("
               + R2SUBJ + "); " + NODATE),
        A(X04, ["第九条  树木迁移的条件"], note="aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — （一）–（三） are its text (was 第九条/（二）); a condition of the application; no doer; " + NODATE),
        A(X04, ["第十一条  绿地内部布局调整条件"], note="aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — （一）（二） are its text (was 第十一条/（一）); 「调整后的绿地面积不得少于原有的绿地面积」: no figure, no doer; " + NODATE),
        A(X04, [C13, "2"], at_path=[C13, "2."], targets=[(5, "天")],
          note="「无约定的，时间不少于五天」: a floor with 不少于 (" + THR + "; Chinese numeral 五); no doer; " + NODATE),
        A(X04, [C13, "3"], at_path=[C13, "3."], note="「业主委员会就调整方案依法征求业主意见」: " + CLOSED + "; " + NODATE),
        A(X04, [C13, "5"], at_path=[C13, "5."], units=["区绿化市容管理部门"], skip_deadline=True, not_targets=[(5, "个工作日")],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区绿化市容管理部门应在五个工作日内予以办理」 — the bureau is the subject of the article's 办理, a doer as 审定 is in the ruling (业主委员会, the applicant, stays no unit); formerly: " + "「业主委员会…向区绿化市容管理部门办理…审批手续」 and 「区绿化市容管理部门应在五个工作日内予以办理」: " + CLOSED
               + " (the bureau approves, " + R3 + "); 五个工作日内 counts from the application (" + REL + "), a time limit, not a target"),
        A(X04, ["第十七条  树木迁移或砍伐、绿地内部布局调整的实施"], units=["绿化养护单位"],
          note="「由绿化养护单位选择施工单位进行施工」 — " + R2BY + "; 「施工单位应当…告示」: " + CLOSED + "; 属地绿化市容管理部门 guides ("
               + R3 + "); " + NODATE),
        A(X04, ["第十九条  处罚"], note="「按照《上海市绿化条例》的有关规定给予处罚」: no doer; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "由业主委员会或其委托的绿化养护单位向属地绿化市容管理部门报告", "when": "发生自然灾害或突发性事故时",
              "when_norm": None}],
     notes=["counting (every numbered leaf; an article without numbered children is a leaf): 第一–八条 8; 第九条 （一）–（三） 3; 第十条 "
            "（一）（二） 2; 第十一条 （一）（二） 2; 第十二条 1; 第十三条 1.–5. 5; 第十四条 1; 第十五条 1.–5. 5; 第十六–二十条 5 → 32 by numbering. "
            + GENART + ": 第一条 (目的和依据), 第二条 (适用范围), 第三条 (定义) and 第二十条 (施行日期) are left out → **28**; accepted: 32",
            "samples: eleven of 28, from 第五条 to 第十九条",
            "units: " + R2BY + "; " + R2SUBJ + "; " + CASE + "; " + COST + "; " + CLOSED + "; 业主委员会 (a committee) and 绿化养护单位 "
            "(defined in 第三条 as the owners' body or the firm it appoints) are kinds of body; 业主 / 房屋使用人 are persons",
            "not sampled for doubt: 第四条 (「各乡、镇人民政府和街道办事处应…支持配合实施本办法」: 配合 before 实施, and one name or two), "
            "第十二条 (its second paragraph 「前款以外需要进行回缩修剪的」: a case or the item's work), 第十四条 and 第十八条 (persons and "
            "bodies joined in one 由 clause of a case), 第十六条 (fractions 三分之二 / 四分之三 with 以上)",
            "dates: none (the cover's dates and 第二十条's 2023年3月1日 / 2028年2月29日); no phases",
            "duties: the report of 第十八条 in an emergency (no date); 公示 / 公告 periods are steps, not reports"])

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x95_02', None, 'a regulated party\'s filing is no duty', '「建设单位应当在建设工程发包前，按规定报送园林绿化工程项目信息」「建设单位应当按…的规定进行竣工结算文件备案」: the builders the 办法 regulates file with the regulator', drop_duties=['建设单位应当在', '建设单位应当按'])
align32('x95_04', None, 'a regulated party\'s filing is no duty', '「由业主委员会或其委托的绿化养护单位向属地绿化市容管理部门报告」: the owners\' committee (a regulated party, like an applicant) reports to the regulator', drop_duties=['由业主委员会'])

# aligned round 52 (al53) to CONVENTIONS.md "Round 62 rulings" (Tasks, turned; p52a, w52b): a fund's source or budget
# article names a payer, states the scheme's terms and points other funds to the rules — no task (x95_01 第三条, x95_03
# 第三条, with x95_03 第二条（遵循原则）, a principle); x95_04 第十九条 (处罚) only points to the law for a consequence with no
# agent, a general provision. Their samples are dropped (round 30); the old counts stay accepted (README, "Round 52").
from expected_tools import PLANS  # noqa: E402

_R62 = 'aligned round 52 to CONVENTIONS.md "Round 62 rulings" (turned): '
for _p in PLANS:
    if _p["file"] == X01:
        _p["samples"] = [_s for _s in _p["samples"] if _s["path"] != [A3]]
        _p["leaf_tasks"], _p["count_alternatives"] = 33, [34, 38]
        _p["leaf_tasks_by_section"].pop("第三条", None)
        _p["notes"][0] = (_R62 + "第三条（资金来源） 「本专项资金由区级财政预算安排。…参照本办法进行管理」 names a payer, states the "
                          "scheme's terms with no doer and no 要／应, and points other funds to the rules: no task, its sample "
                          "dropped: leaf_tasks 34 → 33 (accepted already), count_alternatives [38, 33] → [34, 38]; 34 stays "
                          "accepted; the earlier reading: " + _p["notes"][0])
    elif _p["file"] == X03:
        _p["samples"] = [_s for _s in _p["samples"] if _s["path"] not in (["第二条（遵循原则）"], ["第三条（资金来源）"])]
        _p["leaf_tasks"], _p["count_alternatives"] = 22, [24, 28, 26]
        _p["leaf_tasks_by_section"].pop("第二、三条", None)
        _p["notes"][0] = (_R62 + "第三条（资金来源） 「区级财政根据…保障…资金需求」 names a payer (保障 with money), the scheme's terms, "
                          "and 第二条（遵循原则） is a principle (rounds 49, 58): no tasks, their samples dropped: leaf_tasks "
                          "24 → 22, count_alternatives [28, 26] → [24, 28, 26]; 24 stays accepted; the earlier reading: "
                          + _p["notes"][0])
    elif _p["file"] == X04:
        _p["samples"] = [_s for _s in _p["samples"] if _s["path"] != ["第十九条  处罚"]]
        _p["leaf_tasks"], _p["count_alternatives"] = 23, [24, 28]
        _p["leaf_tasks_by_section"]["第十六–十九条"] = 3
        _p["notes"][0] = (_R62 + "第十九条（处罚） 「违反本办法的相关规定，按照《上海市绿化条例》的有关规定给予处罚」 only points to the "
                          "law for a consequence with no agent, as x53_01 第十四条 (round 60): a general provision, no task, its "
                          "sample dropped: leaf_tasks 24 → 23, count_alternatives [28] → [24, 28]; 24 stays accepted; the earlier "
                          "reading: " + _p["notes"][0])


# round 53 (al54): aligned to CONVENTIONS.md "Round 64 rulings" (turned; rounds 46, 60, 62 over x95_03's leaf reading; p53c):
# a fund's 支持范围 lines name the classes of project it pays for and 支持方式 its forms of support — the scheme's terms, with
# no doer and no 要／应, text as x159_01 第三条 reads: x95_03 第五条 1、–11、 and 第六条 are no tasks, their samples dropped,
# 22 → 10; the old counts stay accepted (README, "Round 53").
_R64 = 'aligned round 53 to CONVENTIONS.md "Round 64 rulings" (turned): '
for _p in PLANS:
    if _p["file"] == X03:
        _p["samples"] = [_s for _s in _p["samples"]
                         if _s["path"] not in ([B5, "5"], [B5, "9"], ["第六条（支持方式）"])]
        _p["leaf_tasks"], _p["count_alternatives"] = 10, [22, 24, 28, 26]
        _p["leaf_tasks_by_section"].pop("第五条")
        _p["leaf_tasks_by_section"].pop("第六–十六条")
        _p["leaf_tasks_by_section"]["第七–十六条"] = 10
        _p["notes"][0] = (_R64 + "第五条（支持范围） 1、–11、 name the classes of project the fund pays for and 第六条（支持方式） its "
                          "forms of support: the scheme's terms, with no doer and no 要／应 (rounds 46, 60, 62; text as x159_01 "
                          "第三条), no tasks, their samples (第五条/5, 第五条/9, 第六条) dropped: leaf_tasks 22 → 10, "
                          "count_alternatives [24, 28, 26] → [22, 24, 28, 26]; the earlier reading stays accepted; "
                          + _p["notes"][0])


# Round 58 (rul78): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58b-1, turned), read at the text (README)
from aligned_rulings import align78  # noqa: E402

align78("x95_02", ["第三条（职责与分工）"], "「上海市绿化和市容管理局（以下简称市绿化市容局）是本市园林绿化工程建设的行政主管部门。…监督管理站受市绿化市容局委托负责…，各区绿化管理部门…负责…」: 「A是／为…的主管部门」 designates A wherever it stands (Round 75's p57a-1; x290_01 第四条 gives the designated body first, its 「（以下简称…）」 dropped and the full name kept); the entrusting 「受A委托」 adds nothing beside it",
        "turned: Round 75's p57a-1 over the answer's 「a statement」; the old list stays accepted",
        resp=["上海市绿化和市容管理局", GZ, "各区绿化管理部门"], resp_alt=[[GZ, "各区绿化管理部门"]])

write_collected(DIR)
