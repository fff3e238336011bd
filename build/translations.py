"""English for the client's menus and dialogs: pyside6-lupdate → fill from ENGLISH → pyside6-lrelease.

``python build/translations.py`` rewrites desktop/ui/i18n/luoshi_en.ts and compiles
luoshi_en.qm (loaded when LUOSHI_LANG=en). The source language is Chinese; a form string
missing from ENGLISH is reported and stays Chinese. Qt's own Chinese for standard buttons
(qtbase_zh_CN.qm) ships with PySide6 and is loaded by desktop.ui.app.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "desktop" / "ui" / "i18n"
TS = OUT / "luoshi_en.ts"
QM = OUT / "luoshi_en.qm"
UNTRANSLATED = {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+F", "Ctrl+I", "Ctrl+O", "Ctrl+Q", "yyyy-MM-dd"}

ENGLISH = {
    # main window
    "落实 — 工作方案落实跟踪与报送": "Luoshi — work plan tracking and reporting",
    "尚未导入工作方案": "No work plan imported yet",
    "文件(&F)": "&File", "查看(&V)": "&View", "设置(&S)": "&Settings", "帮助(&H)": "&Help",
    "导入工作方案(&I)…": "&Import work plan…", "打开工作区(&O)…": "&Open workspace…", "退出(&Q)": "&Quit",
    "身份与联络员(&R)…": "&Role and liaison…",
    "单位名册(&U)…": "&Units roster…", "方案的单位、简称、单位组成员、联络员和已登记的密钥":
        "The plan's units, other names, group members, liaisons and registered keys",
    # roster dialog
    "单位名册": "Units roster", "查找单位、简称、联络员…": "Find a unit, other name or liaison…",
    "修改单位组成员(&M)…": "Edit group &members…",
    "选中一个单位组（如“各县市区”），列出它包括哪些单位：成员单位即以本单位名义承担该组的任务并报送":
        "Select a group (such as all districts) and list its units: each member takes the group's tasks "
        "and reports under its own name",
    "增加单位(&N)…": "Add a u&nit…", "增加简称(&A)…": "Add another n&ame…",
    "同一个单位的另一种写法，如“市卫生健康委”与“市卫健委”": "Another way the same unit is written",
    "设置联络员(&L)…": "Set the &liaison…", "导入登记文件(&I)…": "&Import a registration file…",
    "单位发来的密钥登记文件（.json）：登记其密钥；名册中还没有的单位，按文件写明的单位组一键加入":
        "A unit's key registration file (.json): registers its key; a unit not yet in the roster joins "
        "the group its file names with one click",
    "导出本单位登记文件(&E)…": "&Export this unit's registration file…",
    "内含本单位名称、所属单位组和密钥指纹，交给领导小组办公室":
        "Holds this unit's name, its group and key fingerprint, for the leading group office",
    "变更记录（随下一次导出的方案包带给各单位）": "Changes (sent to the units with the next plan package)",
    "导入交换包（方案包、报送包、回执）(&P)…": "Import &packages (plan, submission, receipt)…",
    "导出本月报送包(&E)…": "&Export this month's submission…",
    "导出方案包（发给各单位）(&X)…": "E&xport plan package (for the units)…", "工作台(&D)": "&Dashboard",
    "任务(&T)": "&Tasks",
    "月度填报(&M)": "&Monthly entry", "搜索任务(&F)": "&Find tasks", "打开日志文件夹(&L)": "Open &log folder",
    "关于落实(&A)": "&About Luoshi",
    "报告(&R)": "&Reports", "本月工作信息（Word）(&M)…": "&Monthly information (Word)…",
    "半年工作小结（Word）(&H)…": "&Half-year summary (Word)…", "年度工作总结（Word）(&Y)…": "&Year-end report (Word)…",
    "进度台账（Excel）(&L)…": "Progress &ledger (Excel)…", "报送情况统计（Excel）(&S)…": "&Submission status (Excel)…",
    "收到的报送（审核）(&V)…": "Recei&ved submissions (review)…",
    "提交前可以删除；提交后本月锁定，不能删除": "Can be removed before submitting; a submitted month is locked",
    "导出回执(&R)…": "Export &receipt…", "处理版本冲突(&C)…": "Resolve version &conflicts…",
    "处理密钥变更(&K)…": "Decide on &key changes…", "备份与恢复(&B)…": "&Backups and restore…",
    "立即备份(&N)": "Back up &now",
    # backups dialog
    "备份与恢复": "Backups and restore",
    "每天第一次打开、升级程序、导入方案之前，落实都会自动备份工作区，只保留最近的 10 份。恢复某一份备份之前，"
    "会先把现在的工作区另存一份，恢复错了还可以再恢复回来。":
        "Luoshi backs the workspace up on the first start of each day, before an upgrade and before a plan "
        "import, keeping the latest 10. Before restoring a backup it saves the current workspace as another "
        "backup, so a wrong restore can be undone.",
    # conflicts and key changes dialogs
    "版本冲突": "Version conflicts",
    "下面这些月份办公室已经接受，之后单位又发来了新的版本。两个版本都保存着，请对照后决定保留哪一个；决定之前，该月仍以已接受的版本为准。黄色标出的任务两版内容不同。":
        "The office had accepted these months when the unit sent a new version. Both versions are kept: "
        "compare them and decide which to keep; until then the accepted version counts. Tasks marked in "
        "yellow differ between the two.",
    "已接受的版本": "Accepted version", "新收到的版本": "Version received since",
    "须告知单位的月份（办公室保留了代填的版本）":
        "Months to tell the unit about (the office kept the version it entered)",
    "保留已接受的版本(&K)": "&Keep the accepted version", "采用新版本并接受(&N)…": "Adopt and accept the &new version…",
    "密钥变更": "Key changes", "已电话核对，接受新密钥(&A)…": "Checked by telephone: &accept the new key…",
    "拒绝新密钥(&R)…": "&Reject the new key…",
    "立即备份(&B)": "&Back up now", "打开备份文件夹(&O)": "&Open backup folder",
    "恢复所选备份(&R)…": "&Restore selected backup…",
    # crash dialog
    "程序出错": "Program error",
    "落实遇到了一个程序错误。已输入的内容都已保存为草稿。请把下面的详细信息复制给技术支持人员；关闭本窗口后可以继续使用，必要时重新启动程序。":
        "Luoshi hit a program error. What you typed is saved as a draft. Please copy the details below "
        "to your support contact; you can keep working after closing this window, or restart the program.",
    "复制详细信息(&C)": "&Copy details",
    # role dialog
    "选择身份": "Choose your role",
    "请选择您在本工作方案中的身份。以后可以在“设置 → 身份与联络员”中修改。":
        "Choose your role in this work plan. You can change it later under Settings → Role and liaison.",
    "责任单位联络员（填报本单位的月度进展和工作信息）(&U)":
        "Liaison of a responsible &unit (enters the unit's monthly progress and information)",
    "本单位与联络员": "My unit and liaison", "本单位(&N)：": "My u&nit:", "联络员姓名(&L)：": "&Liaison name:",
    "联系电话(&P)：": "&Phone:",
    "办公室全称与联系人（用于全市报告、简报和汇编的落款）":
        "Office's full name and contact (signs the city-wide reports, bulletins and volumes)",
    "办公室全称(&F)：": "&Full name:",
    "例如：武汉市推进老年友好型城市建设工作领导小组办公室":
        "e.g. Wuhan Age-Friendly City Leading Group Office",
    "联系人(&C)：": "&Contact:", "联系电话(&T)：": "&Telephone:", "简报名称(&B)：": "&Bulletin name:",
    "代哪个单位填报(&E)：": "&Enter progress for:",
    "办公室设在某个单位内（如市民政局）时，选中它，就可以在“月度填报”中填写该单位牵头任务的进展，"
    "提交后直接计入汇总，无须导出报送包。":
        "When the office sits inside a unit (e.g. the civil affairs bureau), choose it to enter that unit's "
        "progress on its tasks under Monthly entry; submitted months count at once, no package needed.",
    "还没有导入工作方案：导入并核对后再选择本单位。":
        "No work plan yet: choose your unit after importing and reviewing one.",
    "领导小组办公室（查看各单位报送情况、催报、汇总）(&O)":
        "Leading group &office (sees every unit's submissions, sends reminders, writes summaries)",
    # import and review
    "导入工作方案": "Import work plan",
    "选择工作方案文件（.txt 或 .docx），或把方案全文粘贴到下面。下一步会先列出识别出的任务，核对无误后才保存。":
        "Choose a work plan file (.txt or .docx) or paste its full text below. The next step lists the "
        "tasks found; nothing is saved until you have reviewed them.",
    "方案文件路径": "Path of the plan file", "选择文件(&B)…": "&Browse…",
    "或粘贴方案全文(&T)：": "Or paste the full &text:",
    "核对工作方案": "Review work plan", "原文：": "Source:",
    "方案中的单位（可多选后合并，或展开单位组）(&U)：":
        "&Units of the plan (select several to merge, or expand a group):",
    "合并为同一单位(&M)": "&Merge as one unit", "选中的第一个单位作为正式名称，其余作为别名":
        "The first unit selected keeps its name; the others become its aliases",
    "展开单位组(&E)": "&Expand group", "把所选单位组在各任务中替换为它的成员单位":
        "Replace the selected group by its member units on every task",
    "设为本任务牵头单位(&L)": "Make &lead unit of this task",
    "填写单位组成员(&G)…": "Enter &group members…",
    "方案只写了“各成员单位”等统称时，在这里列出具体包括哪些单位":
        "When the plan names a group such as “各成员单位” only, list the units it stands for here",
        "设为本任务责任单位(&R)": "Make &responsible unit of this task",
    "下一处待核对(&N)": "&Next row to check",
    "本行无误(&K)": "Row is correct (&K)",
    "对照原文核对过、这一行没有问题：不再标黄，“下一处待核对”也不再停在这里（这一行的问题有变化时重新标黄）":
        "Checked against the text, this row is right: no longer tinted, and Next row to check no longer stops "
        "here (tinted again when the row's problems change)",
    "跳到下一行标黄、需要核对的任务（F8）": "Go to the next highlighted task that needs checking (F8)",
    "双击单元格或按回车可修改：单位之间用“、”分隔，指标写成“不少于500张；达到90%以上”。标黄的行有待确认的问题。":
        "Double-click a cell or press Enter to edit: separate units with “、”, write targets like "
        "“不少于500张；达到90%以上”. Rows in yellow have something to check.",
    "点一项可跳到它的任务行；勾选的一项改用新方案的写法，不勾选则保留您之前的修改":
        "Click an item to go to its task's row; ticked: take the new plan's wording, unticked: keep your "
        "earlier correction",
    "撤销(&Z)": "Und&o", "撤销上一步修改（Ctrl+Z）": "Undo the last change (Ctrl+Z)",
    "重做(&Y)": "&Redo", "重做刚撤销的修改（Ctrl+Y）": "Redo the change just undone (Ctrl+Y)",
    # task edit dialog
    "修改任务": "Edit task", "任务名称(&T)：": "&Title:", "简称(&S)：": "&Short name:",
    "编号(&N)：": "&Number:",
    "只写本级编号（如 1A）仍在原标题下；写完整编号（如 二.二.5）可移到别的标题下":
        "Its own numeral (1A) keeps it under its heading; a full number (二.二.5) moves it",
    "用在列表和报告里，可不填": "Used in lists and reports; optional", "牵头单位(&L)：": "&Lead units:",
    "多个单位用“、”分隔": "Separate units with “、”", "责任单位(&R)：": "&Responsible units:",
    "责任领导(&P)：": "Leading officials (&P):",
    "人名，如“张明副区长”，多个用“、”分隔；不写单位，可不填":
        "People, e.g. “张明副区长”, separated with “、”; no units; optional",
    "量化指标(&G)：": "Tar&gets:", "如“不少于500张；达到90%以上”，多个用“；”分隔":
        "e.g. “不少于500张；达到90%以上”; separate several with “；”",
    "完成时限(&D)：": "&Deadline:",
    "写成 2024-12-31 或“2024年12月底前”，不限则留空": "Write 2024-12-31 or 2024年12月底前; leave empty for none",
    "修改记录（以后导入修订稿时，您的修改会保留，不会被悄悄改回）：":
        "History of changes (a revised plan imported later keeps your corrections):",
    "修改任务(&E)…": "&Edit task…",
    "更正任务名称、简称、单位、指标或时限；每次修改都记入这项任务的修改记录":
        "Correct the task's title, short name, units, targets or deadline; every change is kept in its history",
    # tasks page
    "搜索任务和进展（Ctrl+F）": "Search tasks and progress (Ctrl+F)", "只看本单位(&M)": "&My unit only",
    "状态(&S)：": "&Status:", "只看滞后(&L)": "&Late only", "指标与进度": "Targets and progress",
    "各月进展": "Monthly history",
    # monthly page
    "月份(&Y)：": "Month (&Y):", "检查并提交本月(&S)": "Check and &submit month", "重新打开(&R)…": "&Reopen…",
    "任务进展": "Task progress", "状态(&Z)：": "Status (&Z):", "本月进展(&J)：": "Done this month (&J):",
    "指标累计值(&V)：": "Cumulative &values:", "存在问题(&W)：": "Problems (&W):", "下步打算(&X)：": "Next steps (&X):",
    "佐证材料：": "Evidence:", "添加文件(&A)…": "&Add files…", "打开": "Open", "工作信息": "Information articles",
    "新建信息(&N)": "&New article", "删除": "Delete", "标题：": "Title:", "撰稿人：": "Author:",
    "审核人：": "Reviewer:",
    "日期：": "Date:", "正文：": "Body:",
    # draft editor
    "草稿由各月填报自动起草。左侧按章节列出各段，选中一段即可在右侧修改；光标所在的句子标黄，下方说明它出自哪条月度填报。":
        "The draft is written from the monthly entries. The left lists the paragraphs by section: select one "
        "to edit it on the right. The sentence under the cursor is marked yellow; below, the monthly entry it "
        "came from.",
    "拆分段落(&S)": "&Split paragraph", "从光标所在的句子起另起一段。":
        "Start a new paragraph at the sentence under the cursor.",
    "并入上一段(&M)": "&Merge with previous", "把本段接到上一段后面。": "Join this paragraph to the one before it.",
    "主要做法(&P)…": "&Practices…", "填写本期的主要做法（一条一行），写入“二、主要做法”，下次起草也会用上。":
        "Write this period's main practices (one a line): they go into the practices section and into later drafts.",
    "放弃修改(&D)…": "&Discard changes…", "放弃保存在工作区里的修改，按各月填报重新起草。":
        "Drop the changes kept in the workspace and draft again from the monthly entries.",
    "来源": "Source", "导出(&E)": "&Export", "另存为(&A)…": "Save &as…", "关闭": "Close",
    "导出为 Word 文档并打开；同名文件已存在时另起一个带编号的文件名，不会覆盖。":
        "Export as a Word document and open it; an existing file of the same name is never overwritten "
        "(the new one gets a number).",
    "本期主要做法": "This period's practices",
    "一条一行，例如“强化统筹调度，建立月调度、季通报机制，编发工作简报12期。”写入报告的“主要做法”，排在从月度填报中归纳的做法之前。":
        "One a line, e.g. “强化统筹调度，建立月调度、季通报机制，编发工作简报12期。” They go into the report's "
        "practices, before those gathered from the monthly entries.",
    # dashboard
    "即将到期": "Coming up", "指标完成进度": "Target progress", "各单位报送情况": "Submissions by unit",
    "复制催报通知(&C)": "&Copy reminder",
    # plan information in review
    "修改方案信息": "Correct plan information",
    "改正解析错的方案信息、月度报送要求和工作阶段。您的修改会保留：以后导入修订稿时不会被悄悄改回。":
        "Correct plan information, the monthly reporting duty and phases the import read wrong. "
        "Your corrections are kept: "
        "importing a revised plan later never silently reverts them.",
    "方案标题(&T)：": "Plan &title:", "文号(&N)：": "Document &number:",
    "如“×府办〔2024〕12号”，没有可留空": "e.g. “×府办〔2024〕12号”; leave empty if none",
    "发文机关(&I)：": "&Issued by:", "成文日期(&D)：": "&Date:",
    "写成 2024-03-01；报送月份从这个日期算起": "as 2024-03-01; reporting months count from this date",
    "工作阶段（月份写成 2024-03；不分阶段的方案可以没有）：":
        "Phases (months as 2024-03; a plan without phases may have none):",
    "阶段名称": "Phase", "开始月份": "From month", "结束月份": "To month",
    "添加阶段(&A)": "&Add phase", "删除所选阶段(&R)": "&Remove selected phase",
    "方案信息与阶段(&P)…": "&Plan information and phases…",
    "更正已保存方案的标题、文号、发文机关、成文日期、月度报送要求和工作阶段；导入修订稿时保留您的更正":
        "Correct the saved plan's title, document number, issuer, date, monthly reporting duty and phases; "
        "a revised plan keeps your corrections",
    "改正解析错的方案标题、文号、发文机关、成文日期、月度报送要求和工作阶段":
        "Correct the plan's title, document number, issuer, date, monthly reporting duty and phases "
        "if the import read them wrong",
    "月度报送(&M)：": "&Monthly report:",
    "其他报送：": "Other reports:",
    "公文字体设置…": "Document fonts…",
    "知道了": "Got it",
    "关闭这条提示（以后在“设置 → 公文字体”中仍可更改）":
        "Close this notice (fonts can still be changed in Settings → Document fonts)",
    "如“每月10日前报送上月工作进展”；留空按每月5日前报送上月情况计":
        "e.g. “每月10日前报送上月工作进展”; empty: the 5th of the next month",
}


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    forms = sorted(str(p) for p in (ROOT / "forms").glob("*.ui"))
    subprocess.run([tool("pyside6-lupdate"), *forms, "-no-obsolete", "-source-language", "zh_CN",
                    "-target-language", "en", "-ts", str(TS)], check=True, capture_output=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        english = ENGLISH.get(source)
        if english is None:
            if source not in UNTRANSLATED:
                missing.append(source)
            continue
        translation.text = english
        translation.attrib.pop("type", None)          # no longer "unfinished"
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    print(f"wrote {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")
    if missing:
        print("not translated yet (stay Chinese): " + "；".join(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
