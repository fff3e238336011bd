# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""What the answers of plans-next377 share: the folder, the sources, the article labels and the notes citing
CONVENTIONS.md's rules (the form of plans-next371's shared371.py)."""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import article_in  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all three files (as plans-next341–371)
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the notice's title line, kept as line 1); the text was typed from "
          "the tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/工程建设管理/{path} (official page {url}) — {STORED} ({chars} characters stored)"


def lab(file, head):
    """The article's label as printed. x377_03 prints 「第N条（heading）」 on a line of its own; x377_01 and x377_02 print
    「第N条」 with the text after it on the same line (then the label is 「第N条」 itself)."""
    for line in (DIR / file).read_text(encoding="utf-8").split("\n"):
        s = line.strip()
        if s.startswith(head + "（"):
            return s[:s.index("）") + 1]
        if s.startswith(head + " ") or s.startswith(head + "\u3000"):
            return head
    raise KeyError(head)


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44: in 第X条 articles a body named by a kind, or a party by role, standing as the subject of the "
           "article's verb of doing is a doer whatever the verb (Round 92's governs on x182_03 第七条; Round 99's "
           "x359_01 第二十二条, x359_02 第十九条; Round 100's first bullet keeps round 44 in articles)")
SENDING = ("a sending — 报告, 报送, 告知, 通知, 提供资料, 申报, 报…备案 — names no doer, in articles too, and an article whose only "
           "acts are owed sendings is a task naming no unit (Round 83's x313_01 第十一条; Round 85's turned x322_04 第七条; "
           "Round 98's confirmed x353_02 第十七条)")
REVIEW = ("a decision on a party's application and its steps name none, in articles too, 由 before the decider changing "
          "nothing (Round 85's x321_02 and turned x317_03 第九条（一）; Round 94's turned x240_04 第二十四条; Round 105's governs "
          "on x376_01 第十五、十九条), while a review placed by 负责, 实施 or 组织＋verb names its body (Round 88's x325_02 第四条; "
          "Round 92's form; Round 104's x371_02 第八条)")
OPTION = "可／可以／有权 give an option, no work (round 49 p46b; Round 99's x364_01 第十条; Round 104's governs on x371_02 第十六条)"
LIMIT = ("a time counted from an event, 内 alone or 前／以前／提前 joining no comparison word, is no target and dates nothing "
         "(round 33; Round 97's x355_03 五、（二））")
FINE = ("what a breach costs is no target, a fine's band included (round 32; Round 85's turned x321_03 第五条（三））")
PENALTY = ("a penalty a named enforcing body imposes on regulated parties is its enforcement, a task (Round 91's x340_02 "
           "第二十六条; Round 77's x299_04 第二十八条; Round 101's governs on x365_04 第五十四条)")
LICENSED = ("what a party the rules license must do when its standing changes is owed work, a task naming none where "
            "its only acts are sendings (Round 84's p61a-2; Round 97's x353_03 第二十、二十一条; Round 95's x347_02)")
POINTER = ("a role word naming the bodies an earlier article gave the part points back and adds no unit (Round 93's "
           "x341_03 第七条; Round 87's x323_02 第二十一条), the role word accepted (Round 97's x353_04 第六条 gives a role word "
           "as printed where its own article designates it)")
NOTICE = ("a notice of the body's own finding, decision or measure to the body or party that acts on it or that it "
          "concerns is a duty (Round 93's x345_04 第十七条; Round 97's x358_01 第七、十、十一、十二条; Round 101's x365_01 "
          "第十六条), one duty whichever way the decision goes (Round 105's decided x376_01 第十九条)")
FILING = ("a body the rules task sending the result of the work they give it (a rectification report, a plan, a report "
          "of its own work) has a duty (round 48; Round 91's filings by bodies the scheme tasks; Round 101's confirmed "
          "filings; Round 104's governs on x371_03 第九条); round 42's filing is a firm's on its own business")
OWNBIZ = ("a licensed firm's filing, declaration or notice on its own business — its changes, its works, its statistics, "
          "its own operations — is round 42's filing, no duty (Round 85's x322_04 第二十四条; Round 91's governs on "
          "x339_04 第十一条; Round 95's x352_01 第十三条; Round 101: plans-next359's car-park operators file their own)")
DANGER = ("a report of a danger or an event on the works the rules govern, sent to the body that acts on it, is a duty "
          "whoever sends (round 44; Round 91's governs on x335_01 第三十条; Round 93's x342_03 二/2)")
CASES = ("lines that only class the cases the article's act reaches are its text, one task with the act (Round 78's (b); "
         "Round 91's x337_01 第六、七条; Round 105's x376_02 三、（三）1、), and a figure in a line of a list of cases is no "
         "target (Round 93's turned x346_02 第七条（四）; Round 95's governs on x352_01 第十条)")
