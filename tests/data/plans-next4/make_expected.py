# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next4/expected.json from the hand-written answers below.

These plans are THE never-tuned set of round 10 (built by corpusI): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or by
``article`` below for paths that start with an article 「第N条」, which ``locate`` does not know); every answer was
written here by reading the texts, before the parser or the scorer was run on them.

    python tests/data/plans-next4/make_expected.py tests/data/plans-next4
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    S,
    align29,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"
WHOLE = ("the stored text (read with read_file); only the repository's wrapper was removed (YAML front matter, the two "
         "`>` disclaimer lines and the blank lines around them, the `# ` marker before the notice title); the "
         "reconstructed file has the stored file's character count")
PROSE = "no unit is named for the item (the subjects in the text are prose or roles): lead = [], responsible = []"
PERIOD = "no date in the item (the plan's period is implicit in its title): the deadline is not checked"
HEAD = ("the unit opens the item 「N.X负责…」 (the article is the plan's 职责分工): a unit as the item's heading, "
        "responsible = [X], no lead named (lead = [])")


def src(path, url):
    return f"{REPO} @ {C49}, {path} (official page {url}) — {WHOLE}"


def article(file, path):
    """line and first words for a path whose first part is an article 「第N条」 (then ``locate`` rules)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = 0
    while not lines[i].strip().startswith(path[0]):
        i += 1
    for part in path[1:]:
        bare = re.sub(r"[（()）]", "", part)
        if part.startswith(("（", "(")):
            pat = re.compile(rf"^[（(]{re.escape(bare)}[)）]")
        else:
            pat = re.compile(rf"^{bare}\s*[.．、]")
        i += 1
        while not pat.match(lines[i].strip()):
            i += 1
    line = lines[i].strip()
    after = re.sub(r"^(第[一二三四五六七八九十]+条|[（(][^)）]{1,3}[)）]|\d{1,3}\s*[.．、])", "", line)
    return i + 1, after.strip()[:8]


def A(file, path, *args, **kw):
    if not path[0].startswith("第"):
        return S(path, *args, **kw)
    line, starts = article(file, path)
    return S(path, *args, line=line, title_starts=starts, **kw)


# ---------------------------------------------------------------------------------------------------------
W01 = "w01_wujing-2023-chubei-yongdi-linshi-liyong-guanli-shishi-fangan.txt"


def wj(path, resp=(), targets=(), note="", **kw):
    note = (note + "; " if note else "") + (HEAD if resp else PROSE)
    if "skip_deadline" not in kw and "dln" not in kw:
        note += "; " + NODATE
    return A(W01, path, [], list(resp), targets, note=note, **kw)


plan(W01,
     title="吴泾镇储备用地临时利用管理实施方案（关于印发《吴泾镇储备用地临时利用管理实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="闵吴府发〔2023〕15号", issuer="上海市闵行区吴泾镇人民政府", date="2023-11-01",
     level="town (Shanghai Minhang, Wujing town)",
     source=src("docs/规划与土地/关于印发《吴泾镇储备用地临时利用管理实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b0356277-5ade-4ca6-85ab-f1d649399483&siteId=0079"),
     style="WHOLE town implementation plan written as articles: notice title, doc number, addressees, cover, signature, "
           "date, plan title, preamble; 「第一条 适用范围」…「第九条 利用要求」 (article and its heading on one line, "
           "NO 、 after 第N条) with items 「1.」 or 「（一）heading」 (text in the next line), 第六条 four levels "
           "（二）/1./（1）; then 「十、附则」 (the style changes to 一、) with 1.–5.; 「附件：1.… / 2.…」 (the "
           "attachments are not in the text). 第五条 职责分工 is a list 「N.镇X办负责…」 (units as item headings); "
           "第四条 is a procedure whose steps name actors (吴泾镇, 区土地储备中心) in prose; fees 4.7万元/亩/年, 4万元/亩",
     leaf_tasks=50, task_section_leaves=14, attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        wj(["第一条", "1"], note="scope item (what land the plan covers)"),
        wj(["第二条", "（二）"], note="a principle; heading line 「（二）依法合规原则」, text in the next line; 闵行区国土资源主管部门 / 土地储备中心 are prose"),
        wj(["第二条", "（五）"], note="a principle; 借地单位 is prose"),
        wj(["第三条", "（一）"], note="a category of use"),
        wj(["第四条", "1"], note="a step of the procedure: 「吴泾镇会同用地单位制定…」, the town itself (the issuer) and the land user in prose, not a unit label"),
        wj(["第四条", "2"], note="区土地储备中心 reviews (a step's actor in prose)"),
        wj(["第四条", "3"], note="「（以三重一大会议为准）」 is a name; 「（起止年月日）」 is a field, not a date"),
        wj(["第四条", "6"], note="区土地储备中心 issues the certificate (prose)"),
        wj(["第五条", "1"], ["镇规建生态办"], note="区土地储备中心 is the office it liaises with (prose)"),
        wj(["第五条", "2"], ["镇信访办"]),
        wj(["第五条", "3"], ["镇行政执法队"]),
        wj(["第五条", "4"], ["镇拆违办"]),
        wj(["第五条", "5"], ["镇城运中心"], note="12345 is the hotline's number, not a figure"),
        wj(["第五条", "6"], ["镇财政所"]),
        wj(["第五条", "7"], ["临时用地所属地村委会"], note="the village committee of the land in question, kept whole; 镇财政 is prose"),
        wj(["第五条", "8"], ["镇动迁办"]),
        wj(["第六条", "（二）", "1", "（1）"], targets=[(4.7, "万元/亩/年"), (4, "万元/亩")],
           note="the fee standards the item fixes: 管护费4.7万元/亩/年, 场地复原费4万元/亩 (both 暂定); 吴泾镇财政所 is the account, prose"),
        wj(["第六条", "（二）", "2", "（2）"], note="「不超过二年」「不超过四年」 are the longest terms of an agreement (Chinese numerals, ceilings), not targets"),
        wj(["第七条", "3"], not_targets=[(30, "个工作日")], skip_deadline=True,
           note="「在期满之日前 30 个工作日进行重新申报」: a time limit counted back from each agreement's expiry (relative, no date: not checked); 30 个工作日 is not a figure to reach"),
        wj(["第八条", "2"], note="区土地储备中心、吴泾镇与用地单位 jointly inspect (prose)"),
        wj(["第九条", "2"], note="区绿容局 / 区交通委 / 区教育局 are offices to be consulted (prose)"),
        wj(["十", "2"], note="「每三年调整一次」 is how often the price is revised, not a reporting duty"),
        wj(["十", "4"], ["吴泾镇财政所", "规建生态办"],
           note="「本实施意见由吴泾镇财政所、规建生态办负责解释」: 「X负责」 names the responsible units (plans-dev 03), no lead"),
        wj(["十", "5"], note="「自下发之日起执行，有效期五年」: start and validity, not a deadline"),
     ],
     plan_targets=[{"number": 4.7, "unit": "万元/亩/年"}],
     phases=[],
     duties=[{"what": "土地临时利用协议签订后及到期后，抄告各相关职能部门", "when": "签订后及到期后", "when_norm": None}],
     notes=["counting: 第一条 1.–4. 4, 第二条 （一）–（六） 6, 第三条 （一）–（三） 3, 第四条 1.–6. 6, 第五条 1.–8. 8, 第六条 "
            "（一） 1 + （二）1.（1）–（2） 2 + （二）2.（1）–（3） 3, 第七条 1.–4. 4, 第八条 1.–2. 2, 第九条 1.–6. 6, 十、附则 "
            "1.–5. 5 = 50; the articles that hold tasks (第四条 the procedure, 第五条 the division of duties) 14",
            "the articles 第一条… have no 、 after them and carry their heading on the same line; 「十、附则」 switches to the "
            "一、 style; 「第七条土地收回」 in 第二条（六） is a cross-reference, not an item",
            "the 附件 line lists two attachments (the district opinion, a sample agreement) that are not in the text",
            "the preamble cites 闵征收〔2023〕12号: a document number, not a figure"])

# ---------------------------------------------------------------------------------------------------------
W02 = "w02_wujing-2021-chengzhen-fangwu-anquan-yinhuan-paicha-zhengzhi-gongzuo-fangan.txt"
JS = ("「各居村、相关责任单位」 are the prose subjects of the item (every village and every unit concerned), not a unit "
      "label: lead = [], responsible = []")
SEC = ("the deadline 「于2022年12月20日前完成」 stands in （二）'s opening paragraph, not in the item: whether it is the "
       "item's own is not certain, so the deadline is not checked")
DUTY_UNITS = ["房管所", "规建生态办", "经发办", "机关事务办", "社发办", "社区办", "城运中心", "城建中心", "平安办",
              "公安派出所", "安监所", "综合行政执法队", "财政所", "文体中心", "经发中心", "养老服务办",
              "新吴泾投资经营有限公司", "吴泾市场所", "吴泾司法所"]


def fw(path, lead=(), resp=(), note="", **kw):
    return S(path, list(lead), list(resp), note=note, **kw)


plan(W02,
     title="吴泾镇城镇房屋安全隐患排查整治工作方案（关于印发《吴泾镇城镇房屋安全隐患排查整治工作方案》的通知）",
     title_note="the plan's title after the cover (over two lines: 「吴泾镇城镇房屋安全隐患排查整治」 / 「工作方案」), or the "
                "notice title (written twice at the top): either is accepted",
     doc_no="闵吴府发〔2021〕5号 (from the repository's metadata; not in the text)",
     issuer="上海市闵行区吴泾镇人民政府", date="2021-07-02",
     level="town (Shanghai Minhang, Wujing town)",
     source=src("docs/房屋与住房/关于印发《吴泾镇城镇房屋安全隐患排查整治工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=3178a437-6789-44b7-a6b8-3313144d503c&siteId=0079"),
     style="WHOLE town work plan: notice title twice, addressees, cover, 特此通知, signature, date, plan title over two "
           "lines, preamble; 一、工作目标 a paragraph; 二、工作任务 （一）/（二） heading lines with an opening paragraph "
           "(（二）'s holds a deadline) and items 「1.title。text」 with dates 「于2021年6月20日前」, inline 「（1）…（5）」 "
           "lists inside one item, （三） without children; 三、保障措施 （一）–（五）, （二）细化职责分工 a run of UNNUMBERED "
           "paragraphs 「X、Y负责牵头组织…」「X负责…」 (19 units); then 附件 a leading-group list with personal names",
     leaf_tasks=14, attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        fw(["二", "（一）", "1"], dl="于2021年6月20日前", dln="2021-06-20",
           note=JS + "; 「（1）小梁薄板房屋；（2）…（5）…」 are an inline list of the scope inside the item's paragraph, not items"),
        fw(["二", "（一）", "2"], dl="于2021年12月20日前", dln="2021-12-20", note=JS),
        fw(["二", "（一）", "3"], note=JS + "; 镇城运中心 / 系统维护单位（数交公司） act in prose; " + NODATE),
        fw(["二", "（二）", "1"], skip_deadline=True, note="镇政府 commissions the assessment (prose): " + PROSE + "; " + SEC + "; 城住字〔84〕第 678 号, JGJ125-2016, DG/TJ08-79-2008 are document and standard numbers"),
        fw(["二", "（二）", "2"], skip_deadline=True, note=PROSE + "; 沪府令 39 号 is a document number; " + SEC),
        fw(["二", "（二）", "3"], skip_deadline=True, note=PROSE + "; 「报镇房管所备案」 is a filing rule for each responsible person's plan (镇房管所 receives it, prose); " + SEC),
        fw(["二", "（二）", "4"], skip_deadline=True, note=JS + "; " + SEC),
        fw(["二", "（二）", "5"], skip_deadline=True, note=PROSE + "; 「完成一项、销号一项」 is a phrase; " + SEC),
        fw(["二", "（三）"], skip_deadline=True,
           note=PROSE + "; 「力争用4年左右时间完成」: a span from the plan's date (about 2025), not a dated deadline: not checked"),
        fw(["三", "（一）"], note="the units 镇党政办、经发办… are MEMBERS of the leading group the item sets up, not the item's "
                                 "units: " + PROSE + "; " + NODATE),
        fw(["三", "（二）"], ["房管所", "规建生态办"], DUTY_UNITS,
           note="the item is the plan's division of duties, written as unnumbered paragraphs: 「房管所、规建生态办负责牵头组织城镇房屋"
                "安全隐患排查整治工作」 names the leads (牵头), then 「X负责…」 paragraphs name 17 more units; all 19 are "
                "responsible, 房管所 and 规建生态办 lead. 镇房屋安全隐患排查整治工作领导小组 (the first paragraph's subject) is "
                "the leading group, not a unit of the list; 「各职能部门分工若有遗漏，以镇拓展网格划分为准」 is a rule; " + NODATE),
        fw(["三", "（三）"], note=PROSE + "; " + NODATE),
        fw(["三", "（四）"], note=PROSE + "; holds the reporting duties (重要情况及时报告区领导小组; 立即向镇有关部门报告 险情); " + NODATE),
        fw(["三", "（五）"], note=PROSE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "重要情况及时报告区领导小组", "when": "及时", "when_norm": None}],
     notes=["counting: 二、（一）1.–3. 3, （二）1.–5. 5, （三） 1; 三、（一）–（五） 5 = 14; 一、工作目标 is a section",
            "the attachment (the leading group's members, with personal names, and a liaison to be named by each member "
            "unit) is outside the body: no tasks, no duties taken from it",
            "「用4年左右时间」 (一、 and 二、（三）) is a span, not a target",
            "沪房规范〔2021〕3号 and 闵府办发〔2021〕18号 in the preamble are document numbers"])

# ---------------------------------------------------------------------------------------------------------
W03 = "w03_xinzhuang-2025-yeweihui-guifanhua-yunzuo-zonghe-pinggu-shishi-fangan.txt"
ROUND = ("the rounds of the assessment are dated in 三、's opening paragraph (第一轮 to the end of 2025, 第二轮 2026–2027), "
         "not in the item: the deadline is not checked")


def xz(path, targets=(), note="", **kw):
    note = (note + "; " if note else "") + PROSE
    if "skip_deadline" not in kw:
        note += "; " + NODATE
    return S(path, [], [], targets, note=note, **kw)


plan(W03,
     title="莘庄镇住宅小区业委会规范化运作综合评估工作实施方案（莘庄镇人民政府关于印发《莘庄镇住宅小区业委会规范化运作综合评估工作实施方案》的通知）",
     title_note="the plan's title after the cover (over two lines), or the notice title: either is accepted",
     doc_no="闵莘府发〔2025〕4号", issuer="上海市闵行区莘庄镇人民政府", date="2025-11-07",
     level="town (Shanghai Minhang, Xinzhuang town)",
     source=src("docs/房屋与住房/莘庄镇人民政府关于印发《莘庄镇住宅小区业委会规范化运作综合评估工作实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00ddcfe7-f49c-443a-87a8-a8bb435885ca&siteId=0079"),
     style="WHOLE short town implementation plan (an assessment scheme): notice title, doc number, addressees, cover "
           "(names the 2025年9月5日 meeting), signature, date, plan title over two lines; 一、 a paragraph, 二、 1.–6., "
           "三、 an opening paragraph with two dated rounds then （一）（二） with shares 80% / 20%, 四、 a formula, 五、 score "
           "bands, 六、（一）1.–2. rewards in 元, （二）; 附件 line (not in the text), 公开属性, 印发 line",
     leaf_tasks=11, attachment_task_rows=0,
     childless_top_level_sections=["一、评估对象", "四、评估计分规则", "五、评估结果运用"],
     samples=[
        xz(["二", "1"], note="a principle of the assessment; 莘庄镇人民政府 / 居委会 / 业主大会 are prose"),
        xz(["二", "2"]),
        xz(["二", "3"]),
        xz(["二", "4"], note="物业服务企业 is prose"),
        xz(["二", "5"]),
        xz(["二", "6"]),
        xz(["三", "（一）"], [(80, "%")], skip_deadline=True,
           note="「占评估总分80%」: the weight of the basic assessment; 第三方评估机构 is prose; 「四大类」 is a count in words; " + ROUND),
        xz(["三", "（二）"], [(20, "%")], skip_deadline=True, note="居民区党组织 is prose; " + ROUND),
        xz(["六", "（一）", "1"], [(10000, "元"), (5000, "元"), (2000, "元")],
           note="the reward per five-, four- and three-star committee"),
        xz(["六", "（一）", "2"], [(20000, "元/例")], note="「奖励标准为20000元/例」; 「一案一议」 is a phrase"),
        xz(["六", "（二）"]),
     ],
     plan_targets=[{"number": 80, "unit": "%"}],
     phases=[{"name": "第一轮评估", "start": None, "end": "2025-12"},
             {"name": "第二轮评估", "start": "2026-01", "end": "2027-12"}],
     duties=[],
     notes=["counting: 二、1.–6. 6, 三、（一）（二） 2, 六、（一）1.–2. 2 + （二） 1 = 11; 一、四、五、 are sections without items",
            "phases: 「第一轮评估截止至2025年底，第二轮评估自2026年起，截止至2027年底，以此类推」 (a two-year cycle); the first "
            "round's start is not given",
            "五、: 60 / 79 / 80 / 89 / 90 分 are score bands (not targets); 「运作满六个月」 is a condition",
            "the cover's 2025年9月5日 is the meeting that adopted the plan; 第11次 is a meeting's number"])

# ---------------------------------------------------------------------------------------------------------
W04 = "w04_xianghua-2024-nongcun-jiti-zichan-zulin-guanli-gongzuo-fangan.txt"


def xh(path, resp=(), note="", **kw):
    note = (note + "; " if note else "") + ("「X负责」 names the responsible unit, no lead (plans-dev 03)" if resp else PROSE)
    return S(path, [], list(resp), note=note + "; " + NODATE, **kw)


plan(W04,
     title="向化镇加强农村集体资产租赁管理的工作方案（关于印发《向化镇加强农村集体资产租赁管理的工作方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪崇向府〔2024〕47号 (from the repository's metadata; not in the text)",
     issuer="上海市崇明区向化镇人民政府", date="2024-12-17",
     level="town (Shanghai Chongming, Xianghua town)",
     source=src("docs/房屋与住房/关于印发《向化镇加强农村集体资产租赁管理的工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=test_ae7feea6-9cc3-47c0-aa02-da1cf5f2decb&siteId=0085"),
     style="WHOLE short town work plan that reads like a rule, blank lines between paragraphs: notice title, addressees, "
           "cover (its preamble repeats the plan's), 特此通知, signature, date, plan title, preamble; 一、二、 paragraphs "
           "(二、 names the 责任主体 and 实施主体 in prose), 三、租赁程序 （一）–（四） heading lines with text below, 四、租赁价格 "
           "four paragraphs of price floors and coefficients (1万元/亩, 500平方米, 0.8元, 10-30%), 五、六、 paragraphs, "
           "七、其他事项 （一）（二） one line each",
     leaf_tasks=6, attachment_task_rows=0, count_alternatives=[11],
     childless_top_level_sections=["一、适用范围", "二、责任主体及其职责", "四、租赁价格", "五、租赁期限", "六、监督管理"],
     samples=[
        xh(["三", "（一）"], note="镇集体资产监督管理委员会 (who reviews) and 合作社理事会 / 村党组织 are the procedure's actors in prose"),
        xh(["三", "（二）"], note="「不少于 5个工作日的公示」 is a minimum period of each notice (not checked)"),
        xh(["三", "（三）"], note="「三资」 is a name"),
        xh(["三", "（四）"], note="「不少于5个工作日」 as in （二）"),
        xh(["七", "（一）"], note="「本方案自2025年1月1日起试行」 is when the plan takes effect, not a deadline"),
        xh(["七", "（二）"], ["镇集体资产监督管理委员会"], note="「本方案由镇集体资产监督管理委员会负责解释」"),
     ],
     plan_targets=[{"number": 1, "unit": "万元/亩"}],
     phases=[], duties=[],
     notes=["counting: 三、（一）–（四） 4, 七、（一）（二） 2 = 6; 一、二、四、五、六、 are sections without numbered items (11 "
            "if each is taken as a task, accepted: most of the plan's rules stand in them)",
            "plan-level figure: 「农村集体建设用地租赁价格不低于每年1万元/亩」 (四、); the other prices (1元, 0.8元, 0.5元 per "
            "平方米 and day), coefficients (0-0.5, 0-0.3, 0.2-0.5) and ranges (10-30%) are not checked",
            "「一个租赁周期原则上不超过5年」 (五、) is a ceiling, not checked",
            "沪崇农规〔2022〕2号 is a document number"])

# ---------------------------------------------------------------------------------------------------------
W05 = "w05_touqiao-jiedao-2024-jianshe-yongdi-jianlianghua-shishi-fangan.txt"


def tq(path, targets=(), note="", **kw):
    return S(path, [], [], targets, skip_deadline=True, note=(note + "; " if note else "") + PROSE + "; " + PERIOD + " (2025-2027)", **kw)


plan(W05,
     title="头桥街道建设用地减量化工作实施方案(2025-2027年)（上海市奉贤区人民政府头桥街道办事处关于印发《头桥街道建设用地减量化工作实施方案（2025年—2027年）》的通知）",
     title_note="the plan's title after the cover (ASCII brackets), or the notice title: either is accepted",
     doc_no="奉头街〔2024〕13号 (from the repository's metadata; not in the text)",
     issuer="上海市奉贤区人民政府头桥街道办事处", date="2024-12-19",
     level="street (Shanghai Fengxian, Touqiao street office)",
     source=src("docs/规划与土地/上海市奉贤区人民政府头桥街道办事处关于印发《头桥街道建设用地减量化工作实施方案（2025年—2027.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0084985&siteId=0084"),
     style="WHOLE street implementation plan with ASCII brackets 「(一)」 and 「1、」, blank lines between paragraphs: "
           "notice title, addressees, cover, date (no signature), plan title, preamble; 一、 a paragraph; 二、 (一)–(三) "
           "principles; 三、组织领导 with the joint meeting's members FLATTENED ONE CELL A LINE (role / 「：」 / name / post; "
           "then 成员单位 and 11 村委会); 四、 two 「1、」 scope items; 五、工作步骤 six undated 「(一)…阶段」; 六、 three "
           "services with fee caps; 七、资金拨付流程 「1、」–「3、」 with 30% / 40% / 30%; 八、工作要求 (一)–(四); 九、 a paragraph",
     leaf_tasks=21, attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "三、组织领导", "九、其他"],
     samples=[
        tq(["二", "(一)"], note="a principle; 「198」 is a zone's name"),
        tq(["二", "(二)"], note="a principle; 各村及营商办 are encouraged (prose)"),
        tq(["四", "1"], note="a scope category; 区经委 is prose"),
        tq(["四", "2"], note="a scope category"),
        tq(["五", "(一)"], note="a step (phase) without a date; 「一地一档」 is a name"),
        tq(["五", "(二)"], note="a step without a date"),
        tq(["五", "(三)"], note="a step without a date"),
        tq(["五", "(四)"], note="a step without a date; 区规资局 is prose"),
        tq(["五", "(五)"], note="「各职能部门按照职责，分别牵头…」: no unit is named"),
        tq(["五", "(六)"], note="a step without a date; 市规资局 is prose"),
        tq(["六", "(一)"], [(5, "万元")], note="「服务费用不超过5万元/每份」: the cap of the service fee per report"),
        tq(["六", "(二)"], [(16, "元/平方米")], note="「服务费用不超过16元/平方米」"),
        tq(["六", "(三)"], [(70, "元/平方米")], note="「服务费用不超过70元/平方米」"),
        tq(["七", "1"], [(30, "%")], note="the first 30% of the funds; 联席办 / 区财政局 / 管理办 / 各村 act in prose"),
        tq(["七", "2"], [(40, "%")], note="the next 40%"),
        tq(["七", "3"], [(30, "%")], note="「剩余的30%资金」"),
        tq(["八", "(一)"]),
        tq(["八", "(二)"], note="「谁主管、谁负责」 is a phrase; 联席办 is prose"),
        tq(["八", "(三)"]),
        tq(["八", "(四)"], note="「定期进行通报」: a reporting rhythm without a date (a duty)"),
     ],
     plan_targets=[{"number": 40, "unit": "%"}],
     phases=[{"name": "前期准备阶段", "start": None, "end": None},
             {"name": "方案制定阶段", "start": None, "end": None},
             {"name": "第三方招投标阶段", "start": None, "end": None},
             {"name": "申请立项阶段", "start": None, "end": None},
             {"name": "全面实施阶段", "start": None, "end": None},
             {"name": "验收考核阶段", "start": None, "end": None}],
     duties=[{"what": "对减量化工作的进展情况定期进行通报", "when": "定期", "when_norm": None}],
     notes=["counting: 二、(一)–(三) 3, 四、1、2、 2, 五、(一)–(六) 6, 六、(一)–(三) 3, 七、1、–3、 3, 八、(一)–(四) 4 = 21; "
            "一、三、九、 are sections (三、's member list is not a task table)",
            "phases: the six steps of 五、 have names ending in 阶段 but no dates (start and end null); the plan's period "
            "2025-2027 is in its title only",
            "三、: personal names and posts of the joint meeting, 11 village committees as member units: no tasks",
            "the preamble's 沪府发〔2014〕14号, 沪规土资综〔2015〕88号, 沪奉府发〔2014〕88号 and 「198」 are not figures; "
            "《奉贤区减量化五年(2019—2023年)行动计划任务分解表》 is a document's name",
            "the cover is dated 2024年12月19日 (the page says 2024-12-23)"])

# ---------------------------------------------------------------------------------------------------------
W06 = "w06_zhaoxiang-2025-nongcun-wushui-sheshi-yunxing-weihu-kaohe-shishi-fangan.txt"


def zx(path, targets=(), note="", **kw):
    return A(W06, path, [], [], targets, note=(note + "; " if note else "") + PROSE + "; " + NODATE, **kw)


plan(W06,
     title="赵巷镇农村生活污水处理设施运行维护考核实施方案（试行）（青浦区赵巷镇人民政府关于印发《赵巷镇农村生活污水处理设施运行维护考核实施方案（试行）》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="赵府〔2025〕7号 (from the repository's metadata; not in the text)",
     issuer="上海市青浦区赵巷镇人民政府", date="2025-09-23",
     level="town (Shanghai Qingpu, Zhaoxiang town)",
     source=src("docs/市政与基础设施/青浦区赵巷镇人民政府关于印发《赵巷镇农村生活污水处理设施运行维护考核实施方案（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00831337176&siteId=0083"),
     style="WHOLE short town assessment plan written as articles 「第一条  …」 (two spaces, no heading), blank lines between "
           "paragraphs: notice title, addressees, cover, 特此通知, signature, date, plan title; 第三条 with （一）–（六） "
           "heading lines and text below, （三） with 1.–6. 「name：standard」; 第四条 a pass mark (80分); then 附件 a "
           "scoring table FLATTENED ONE CELL A LINE (序号 / 类别 / 主要项目 / 检查标准 / 分值 / 扣分 / 备注, 18 rows, "
           "category cells merged over rows, 「/」 cells, a 合计 row) — a checklist of deductions, not tasks",
     leaf_tasks=11, attachment_task_rows=0, count_alternatives=[16, 29, 34],
     childless_top_level_sections=["第一条", "第二条", "第四条", "第五条", "第六条"],
     samples=[
        zx(["第三条", "（一）"], note="heading line 「（一）组织管理」, text in the next paragraph"),
        zx(["第三条", "（二）"]),
        zx(["第三条", "（三）", "1"], note="a standard of upkeep 「收集系统：…」 (a facility, not a unit)"),
        zx(["第三条", "（三）", "2"]),
        zx(["第三条", "（三）", "3"]),
        zx(["第三条", "（三）", "4"], note="MBR is a membrane's name"),
        zx(["第三条", "（三）", "5"]),
        zx(["第三条", "（三）", "6"]),
        zx(["第三条", "（四）"]),
        zx(["第三条", "（五）"], note="上级相关部门 is prose"),
        zx(["第三条", "（六）"], [(100, "%")], note="「出水水质达标率要求达到100%」"),
     ],
     plan_targets=[{"number": 100, "unit": "%"}],
     phases=[], duties=[],
     notes=["counting: 第三条 （一）（二） 2, （三）1.–6. 6, （四）–（六） 3 = 11; 第一条、第二条、第四条–第六条 are articles without "
            "items (16 if each is taken as a task, accepted); the scoring table's 18 rows are deductions, not tasks (29 / "
            "34 with them accepted)",
            "第四条: 80分 is the pass mark of the assessment, not checked; the table's 分值 and 扣分 figures are not targets",
            "青水〔2022〕131号, 青水〔2019〕46号, 赵府〔2019〕42号 are document numbers",
            "「每季镇自检出水水质监测报告」 in the table is a check the town makes, in the attachment (not taken as a duty)"])

# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("w01_wuji", ["十", "4"], [], [], "「本实施意见由吴泾镇财政所、规建生态办负责解释」: the interpreting bodies of a closing article are no units", rule="3")
align29("w04_xian", ["七", "（二）"], [], [], "「本方案由镇集体资产监督管理委员会负责解释」: the interpreting body of a closing article is no unit", rule="3")

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """``align29`` of round 30: the note reads "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was, now = f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — "
    s["note"] = s["note"].replace(was, now, 1)


align30('w01_wujing', ['第四条', '1'], ['吴泾镇'], ['吴泾镇', '用地单位'], '「吴泾镇会同用地单位制定临时土地利用方案」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B', alt=[[]])
align30('w02_wujing', ['二', '（一）', '3'], [], ['镇城运中心', '系统维护单位（数交公司）'], "「未在政务微信和网格化系统用户中心开通的人员，由镇城运中心开通账号」「系统维护单位（数交公司）负责给上述账号赋予…权限」: the agent of 由 and the subject of 负责, in printed order, no lead (the 「…的」 clause divides the item's own work by the staff it serves, not a contingency); 各居村、相关责任单位 提供 has no rule-2 verb")
align30('w02_wujing', ['二', '（二）', '4'], [], ['各居村', '相关责任单位'], '「各居村、相关责任单位应…加大…督促力度，…协调区相关部门，落实申请主体」: the subjects of 落实 (groups of bodies) are responsible, no lead')
align30('w02_wujing', ['三', '（一）'], [], ['各居村', '相关责任单位'], '「各居村、相关责任单位要建立城镇房屋安全隐患排查整治工作小组，落实排查、整治工作主体责任」: the subjects of 落实 are responsible, no lead; the leading group the item sets up and its members are not units (rule 3)', rule='2 and 3')
align30('w03_xinzhuang', ['三', '（一）'], [], ['第三方评估机构'], "「由第三方评估机构进行现场资料检查」: the agent of 由 with a verb of doing (the doer of the item's assessment) is responsible, no lead (A alone accepted as lead)", alt=[['第三方评估机构']])
align30('w05_touqiao', ['六', '(一)'], [], ['街道'], '「所有减量化项目的可研报告编制单位由街道统一招标确定，并签署服务合同」: the agent of 由 with a verb of doing is responsible, no lead (A alone accepted as lead)', alt=[['街道']])
align30('w05_touqiao', ['六', '(二)'], [], ['街道'], '「所有减量化项目由街道统一招标确定服务单位，并签署服务合同」: the agent of 由 with a verb of doing is responsible, no lead (A alone accepted as lead)', alt=[['街道']])
align30('w05_touqiao', ['六', '(三)'], [], ['街道'], '「所有减量化项目由街道统一招标确定服务单位，并签署服务合同」: the agent of 由 with a verb of doing is responsible, no lead (A alone accepted as lead); 街道主任办公会或党工委会 decide (approvers, rule 3)', alt=[['街道']], rule='2 and 3')
align30('w05_touqiao', ['七', '1'], [], ['联席办', '管理办'], '「由联席办向区财政局申请立项资金，…由管理办核对校准后，通知各村申请资金」: the agents of 由 with verbs of doing, in printed order, no lead; 区财政局 receives the request (rule 3); 各村…申请 has no rule-2 verb', rule='2 and 3')
align30('w05_touqiao', ['七', '2'], [], ['各村', '管理办'], '「由各村向联席办上报拆平情况」「由管理办向区财政局申请拆平资金，…由管理办核对校准后」: the agents of 由 with verbs of doing, in printed order, no lead; 联席办 / 区财政局 receive (rule 3); 「地上物未拆除干净或有隐蔽工程的，由监理公司…」 a case clause (rule 3)', rule='2 and 3')
align30('w05_touqiao', ['七', '3'], [], ['联席办', '管理办'], '「由联席办向区财政局申请验收资金，…由管理办核对校准后，通知各村申请金额」: the agents of 由 with verbs of doing, in printed order, no lead; 区财政局 receives the request (rule 3)', rule='2 and 3')
align30('w05_touqiao', ['五', '(五)'], ['各职能部门'], ['各职能部门'], '「各职能部门按照职责，分别牵头完成协议签订、搬迁补偿、土地复垦、资金拨付、减量化指标使用等具体工作」: 「A牵头」, lead and responsible A')

# round 34 (p34h): answers aligned to CONVENTIONS.md "Round 34 rulings" by reading the items
from expected_tools import align34_units  # noqa: E402

align34_units('w03_xinzhuang', ['三', '（二）'], [], ['居民区党组织'],
              '「特色评估…由居民区党组织评估」 — 由A＋any verb of doing is rule 2 whatever the verb (CONVENTIONS.md round 34)')  # noqa: E501


# Round 58 (rul78): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58b-3 / p58a-1, governs; README, round 58)
from aligned_rulings import align78  # noqa: E402

_G78 = "Tasks and counts, governs: rounds 30, 35, 56, 60's x36_02, 66's x81_04 and 72 over the every-leaf samples; 50 and the task sections' 14 stay accepted; 第二条's principles are round 51's, not asked here"
align78("w01_wujing", ["第一条", "1"], "「第一条 适用范围 本实施意见所指的储备用地，为…：1.…4.」: a scope point that defines what the plan covers and lists its kinds is a general provision (round 30; round 60's x36_02; round 66's x81_04), no task", _G78, drop=True)
align78("w01_wujing", ["第三条", "（一）"], "「第三条 利用用途 …临时利用用途是指…：（一）…（三）」: a definition with its kinds is a general provision (round 30; round 66's x81_04), no task", _G78, drop=True)
align78("w01_wujing", ["十", "4"], "「十、附则 …4.本实施意见由吴泾镇财政所、规建生态办负责解释。」: the interpreting clause is a general provision (round 30), no task", _G78, drop=True)
align78("w01_wujing", ["十", "5"], "「十、附则 …3.如遇…出台或调整相关政策法规，按…执行。…5.本实施意见自下发之日起执行，有效期五年。」: a conflict rule and entry into force are general provisions (round 30; Round 74's x297_04 五、), no tasks — 第一条 1.–4., 第三条 （一）–（三） and 十、3.–5. off (10)", _G78, drop=True,
        counts={"leaf_tasks": 40, "count_alternatives": [50]})

align78("w04_xiangh", ["七", "（一）"], "「七、其他事项 （一）本方案自2025年1月1日起试行，如与…不一致的，再行调整。」: entry into force and a conflict rule are general provisions (round 30; Round 74's x297_04 五、), no task", _G78.replace("50 and the task sections' 14 stay accepted; 第二条's principles are round 51's, not asked here", "6 and 11 stay accepted"), drop=True)
align78("w04_xiangh", ["七", "（二）"], "「（二）本方案由镇集体资产监督管理委员会负责解释。」: the interpreting clause is a general provision (round 30), no task — 七、 (一)(二) off", _G78.replace("50 and the task sections' 14 stay accepted; 第二条's principles are round 51's, not asked here", "6 and 11 stay accepted"), drop=True,
        counts={"leaf_tasks": 4, "count_alternatives": [6, 11, 9]})

write_collected(DIR)
