<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../../forms/backups_dialog.ui" line="6" />
        <source>备份与恢复</source>
        <translation>Backups and restore</translation>
    </message>
    <message>
        <location filename="../../../forms/backups_dialog.ui" line="10" />
        <source>每天第一次打开、升级程序、导入方案之前，落实都会自动备份工作区，只保留最近的 10 份。恢复某一份备份之前，会先把现在的工作区另存一份，恢复错了还可以再恢复回来。</source>
        <translation>Luoshi backs the workspace up on the first start of each day, before an upgrade and before a plan import, keeping the latest 10. Before restoring a backup it saves the current workspace as another backup, so a wrong restore can be undone.</translation>
    </message>
    <message>
        <location filename="../../../forms/backups_dialog.ui" line="29" />
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../../forms/backups_dialog.ui" line="30" />
        <source>打开备份文件夹(&amp;O)</source>
        <translation>&amp;Open backup folder</translation>
    </message>
    <message>
        <location filename="../../../forms/backups_dialog.ui" line="32" />
        <source>恢复所选备份(&amp;R)…</source>
        <translation>&amp;Restore selected backup…</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../../forms/conflicts_dialog.ui" line="6" />
        <source>版本冲突</source>
        <translation>Version conflicts</translation>
    </message>
    <message>
        <location filename="../../../forms/conflicts_dialog.ui" line="10" />
        <source>下面这些月份办公室已经接受，之后单位又发来了新的版本。两个版本都保存着，请对照后决定保留哪一个；决定之前，该月仍以已接受的版本为准。黄色标出的任务两版内容不同。</source>
        <translation>The office had accepted these months when the unit sent a new version. Both versions are kept: compare them and decide which to keep; until then the accepted version counts. Tasks marked in yellow differ between the two.</translation>
    </message>
    <message>
        <location filename="../../../forms/conflicts_dialog.ui" line="25" />
        <source>已接受的版本</source>
        <translation>Accepted version</translation>
    </message>
    <message>
        <location filename="../../../forms/conflicts_dialog.ui" line="31" />
        <source>新收到的版本</source>
        <translation>Version received since</translation>
    </message>
    <message>
        <location filename="../../../forms/conflicts_dialog.ui" line="41" />
        <source>须告知单位的月份（办公室保留了代填的版本）</source>
        <translation>Months to tell the unit about (the office kept the version it entered)</translation>
    </message>
    <message>
        <location filename="../../../forms/conflicts_dialog.ui" line="74" />
        <source>保留已接受的版本(&amp;K)</source>
        <translation>&amp;Keep the accepted version</translation>
    </message>
    <message>
        <location filename="../../../forms/conflicts_dialog.ui" line="75" />
        <source>采用新版本并接受(&amp;N)…</source>
        <translation>Adopt and accept the &amp;new version…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../../forms/crash_dialog.ui" line="6" />
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../../forms/crash_dialog.ui" line="10" />
        <source>落实遇到了一个程序错误。已输入的内容都已保存为草稿。请把下面的详细信息复制给技术支持人员；关闭本窗口后可以继续使用，必要时重新启动程序。</source>
        <translation>Luoshi hit a program error. What you typed is saved as a draft. Please copy the details below to your support contact; you can keep working after closing this window, or restart the program.</translation>
    </message>
    <message>
        <location filename="../../../forms/crash_dialog.ui" line="24" />
        <source>复制详细信息(&amp;C)</source>
        <translation>&amp;Copy details</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../forms/dashboard_page.ui" line="15" />
        <source>导入工作方案(&amp;I)…</source>
        <translation>&amp;Import work plan…</translation>
    </message>
    <message>
        <location filename="../../../forms/dashboard_page.ui" line="32" />
        <source>即将到期</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <location filename="../../../forms/dashboard_page.ui" line="41" />
        <source>指标完成进度</source>
        <translation>Target progress</translation>
    </message>
    <message>
        <location filename="../../../forms/dashboard_page.ui" line="50" />
        <source>各单位报送情况</source>
        <translation>Submissions by unit</translation>
    </message>
    <message>
        <location filename="../../../forms/dashboard_page.ui" line="58" />
        <source>复制催报通知(&amp;C)</source>
        <translation>&amp;Copy reminder</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="9" />
        <source>草稿由各月填报自动起草。左侧按章节列出各段，选中一段即可在右侧修改；光标所在的句子标黄，下方说明它出自哪条月度填报。</source>
        <translation>The draft is written from the monthly entries. The left lists the paragraphs by section: select one to edit it on the right. The sentence under the cursor is marked yellow; below, the monthly entry it came from.</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="30" />
        <source>从光标所在的句子起另起一段。</source>
        <translation>Start a new paragraph at the sentence under the cursor.</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="30" />
        <source>拆分段落(&amp;S)</source>
        <translation>&amp;Split paragraph</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="31" />
        <source>把本段接到上一段后面。</source>
        <translation>Join this paragraph to the one before it.</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="31" />
        <source>并入上一段(&amp;M)</source>
        <translation>&amp;Merge with previous</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="32" />
        <source>填写本期的主要做法（一条一行），写入“二、主要做法”，下次起草也会用上。</source>
        <translation>Write this period's main practices (one a line): they go into the practices section and into later drafts.</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="32" />
        <source>主要做法(&amp;P)…</source>
        <translation>&amp;Practices…</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="33" />
        <source>放弃保存在工作区里的修改，按各月填报重新起草。</source>
        <translation>Drop the changes kept in the workspace and draft again from the monthly entries.</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="33" />
        <source>放弃修改(&amp;D)…</source>
        <translation>&amp;Discard changes…</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="45" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="73" />
        <source>导出为 Word 文档并打开；同名文件已存在时另起一个带编号的文件名，不会覆盖。</source>
        <translation>Export as a Word document and open it; an existing file of the same name is never overwritten (the new one gets a number).</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="73" />
        <source>导出(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="74" />
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../../forms/draft_dialog.ui" line="75" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../forms/import_dialog.ui" line="6" />
        <source>导入工作方案</source>
        <translation>Import work plan</translation>
    </message>
    <message>
        <location filename="../../../forms/import_dialog.ui" line="10" />
        <source>选择工作方案文件（.txt 或 .docx），或把方案全文粘贴到下面。下一步会先列出识别出的任务，核对无误后才保存。</source>
        <translation>Choose a work plan file (.txt or .docx) or paste its full text below. The next step lists the tasks found; nothing is saved until you have reviewed them.</translation>
    </message>
    <message>
        <location filename="../../../forms/import_dialog.ui" line="16" />
        <source>方案文件路径</source>
        <translation>Path of the plan file</translation>
    </message>
    <message>
        <location filename="../../../forms/import_dialog.ui" line="17" />
        <source>选择文件(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../../forms/import_dialog.ui" line="22" />
        <source>或粘贴方案全文(&amp;T)：</source>
        <translation>Or paste the full &amp;text:</translation>
    </message>
</context>
<context>
    <name>KeyChangesDialog</name>
    <message>
        <location filename="../../../forms/key_changes_dialog.ui" line="6" />
        <source>密钥变更</source>
        <translation>Key changes</translation>
    </message>
    <message>
        <location filename="../../../forms/key_changes_dialog.ui" line="28" />
        <source>已电话核对，接受新密钥(&amp;A)…</source>
        <translation>Checked by telephone: &amp;accept the new key…</translation>
    </message>
    <message>
        <location filename="../../../forms/key_changes_dialog.ui" line="29" />
        <source>拒绝新密钥(&amp;R)…</source>
        <translation>&amp;Reject the new key…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../forms/main_window.ui" line="6" />
        <source>落实 — 工作方案落实跟踪与报送</source>
        <translation>Luoshi — work plan tracking and reporting</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="15" />
        <source>尚未导入工作方案</source>
        <translation>No work plan imported yet</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="37" />
        <source>公文字体设置…</source>
        <translation>Document fonts…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="43" />
        <source>知道了</source>
        <translation>Got it</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="44" />
        <source>关闭这条提示（以后在“设置 → 公文字体”中仍可更改）</source>
        <translation>Close this notice (fonts can still be changed in Settings → Document fonts)</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="59" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="77" />
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="83" />
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="91" />
        <source>报告(&amp;R)</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="100" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="112" />
        <source>导入工作方案(&amp;I)…</source>
        <translation>&amp;Import work plan…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="113" />
        <source>Ctrl+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="116" />
        <source>打开工作区(&amp;O)…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="117" />
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="120" />
        <source>导入交换包（方案包、报送包、回执）(&amp;P)…</source>
        <translation>Import &amp;packages (plan, submission, receipt)…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="123" />
        <source>导出本月报送包(&amp;E)…</source>
        <translation>&amp;Export this month's submission…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="126" />
        <source>导出方案包（发给各单位）(&amp;X)…</source>
        <translation>E&amp;xport plan package (for the units)…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="129" />
        <source>收到的报送（审核）(&amp;V)…</source>
        <translation>Recei&amp;ved submissions (review)…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="132" />
        <source>导出回执(&amp;R)…</source>
        <translation>Export &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="135" />
        <source>处理版本冲突(&amp;C)…</source>
        <translation>Resolve version &amp;conflicts…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="138" />
        <source>处理密钥变更(&amp;K)…</source>
        <translation>Decide on &amp;key changes…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="141" />
        <source>备份与恢复(&amp;B)…</source>
        <translation>&amp;Backups and restore…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="144" />
        <source>立即备份(&amp;N)</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="147" />
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="148" />
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="151" />
        <source>身份与联络员(&amp;R)…</source>
        <translation>&amp;Role and liaison…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="154" />
        <source>单位名册(&amp;U)…</source>
        <translation>&amp;Units roster…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="155" />
        <source>方案的单位、简称、单位组成员、联络员和已登记的密钥</source>
        <translation>The plan's units, other names, group members, liaisons and registered keys</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="158" />
        <source>方案信息与阶段(&amp;P)…</source>
        <translation>&amp;Plan information and phases…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="159" />
        <source>更正已保存方案的标题、文号、发文机关、成文日期、月度报送要求和工作阶段；导入修订稿时保留您的更正</source>
        <translation>Correct the saved plan's title, document number, issuer, date, monthly reporting duty and phases; a revised plan keeps your corrections</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="162" />
        <source>工作台(&amp;D)</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="163" />
        <source>Ctrl+1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="166" />
        <source>任务(&amp;T)</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="167" />
        <source>Ctrl+2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="170" />
        <source>月度填报(&amp;M)</source>
        <translation>&amp;Monthly entry</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="171" />
        <source>Ctrl+3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="174" />
        <source>搜索任务(&amp;F)</source>
        <translation>&amp;Find tasks</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="175" />
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="178" />
        <source>本月工作信息（Word）(&amp;M)…</source>
        <translation>&amp;Monthly information (Word)…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="181" />
        <source>半年工作小结（Word）(&amp;H)…</source>
        <translation>&amp;Half-year summary (Word)…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="184" />
        <source>年度工作总结（Word）(&amp;Y)…</source>
        <translation>&amp;Year-end report (Word)…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="187" />
        <source>进度台账（Excel）(&amp;L)…</source>
        <translation>Progress &amp;ledger (Excel)…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="190" />
        <source>报送情况统计（Excel）(&amp;S)…</source>
        <translation>&amp;Submission status (Excel)…</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="193" />
        <source>打开日志文件夹(&amp;L)</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../../forms/main_window.ui" line="196" />
        <source>关于落实(&amp;A)</source>
        <translation>&amp;About Luoshi</translation>
    </message>
</context>
<context>
    <name>MonthlyArticles</name>
    <message>
        <location filename="../../../forms/monthly_articles.ui" line="12" />
        <source>新建信息(&amp;N)</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_articles.ui" line="13" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_articles.ui" line="20" />
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_articles.ui" line="22" />
        <source>撰稿人：</source>
        <translation>Author:</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_articles.ui" line="24" />
        <source>审核人：</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_articles.ui" line="26" />
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_articles.ui" line="27" />
        <source>yyyy-MM-dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../forms/monthly_articles.ui" line="28" />
        <source>正文：</source>
        <translation>Body:</translation>
    </message>
</context>
<context>
    <name>MonthlyPage</name>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="8" />
        <source>月份(&amp;Y)：</source>
        <translation>Month (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="13" />
        <source>检查并提交本月(&amp;S)</source>
        <translation>Check and &amp;submit month</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="14" />
        <source>重新打开(&amp;R)…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="33" />
        <source>任务进展</source>
        <translation>Task progress</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="42" />
        <source>状态(&amp;Z)：</source>
        <translation>Status (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="44" />
        <source>本月进展(&amp;J)：</source>
        <translation>Done this month (&amp;J):</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="46" />
        <source>指标累计值(&amp;V)：</source>
        <translation>Cumulative &amp;values:</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="48" />
        <source>存在问题(&amp;W)：</source>
        <translation>Problems (&amp;W):</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="50" />
        <source>下步打算(&amp;X)：</source>
        <translation>Next steps (&amp;X):</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="52" />
        <source>佐证材料：</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="58" />
        <source>添加文件(&amp;A)…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="59" />
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="60" />
        <source>提交前可以删除；提交后本月锁定，不能删除</source>
        <translation>Can be removed before submitting; a submitted month is locked</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="72" />
        <source>工作信息</source>
        <translation>Information articles</translation>
    </message>
    <message>
        <location filename="../../../forms/monthly_page.ui" line="60" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PlanInfoDialog</name>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="6" />
        <source>修改方案信息</source>
        <translation>Correct plan information</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="10" />
        <source>改正解析错的方案信息、月度报送要求和工作阶段。您的修改会保留：以后导入修订稿时不会被悄悄改回。</source>
        <translation>Correct plan information, the monthly reporting duty and phases the import read wrong. Your corrections are kept: importing a revised plan later never silently reverts them.</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="16" />
        <source>方案标题(&amp;T)：</source>
        <translation>Plan &amp;title:</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="18" />
        <source>文号(&amp;N)：</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="19" />
        <source>如“×府办〔2024〕12号”，没有可留空</source>
        <translation>e.g. “×府办〔2024〕12号”; leave empty if none</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="20" />
        <source>发文机关(&amp;I)：</source>
        <translation>&amp;Issued by:</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="22" />
        <source>成文日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="23" />
        <source>写成 2024-03-01；报送月份从这个日期算起</source>
        <translation>as 2024-03-01; reporting months count from this date</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="24" />
        <source>月度报送(&amp;M)：</source>
        <translation>&amp;Monthly report:</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="28" />
        <source>如“每月10日前报送上月工作进展”；留空按每月5日前报送上月情况计</source>
        <translation>e.g. “每月10日前报送上月工作进展”; empty: the 5th of the next month</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="32" />
        <source>其他报送：</source>
        <translation>Other reports:</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="38" />
        <source>工作阶段（月份写成 2024-03；不分阶段的方案可以没有）：</source>
        <translation>Phases (months as 2024-03; a plan without phases may have none):</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="45" />
        <source>阶段名称</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="46" />
        <source>开始月份</source>
        <translation>From month</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="47" />
        <source>结束月份</source>
        <translation>To month</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="52" />
        <source>添加阶段(&amp;A)</source>
        <translation>&amp;Add phase</translation>
    </message>
    <message>
        <location filename="../../../forms/plan_info_dialog.ui" line="53" />
        <source>删除所选阶段(&amp;R)</source>
        <translation>&amp;Remove selected phase</translation>
    </message>
</context>
<context>
    <name>PracticesDialog</name>
    <message>
        <location filename="../../../forms/practices_dialog.ui" line="6" />
        <source>本期主要做法</source>
        <translation>This period's practices</translation>
    </message>
    <message>
        <location filename="../../../forms/practices_dialog.ui" line="10" />
        <source>一条一行，例如“强化统筹调度，建立月调度、季通报机制，编发工作简报12期。”写入报告的“主要做法”，排在从月度填报中归纳的做法之前。</source>
        <translation>One a line, e.g. “强化统筹调度，建立月调度、季通报机制，编发工作简报12期。” They go into the report's practices, before those gathered from the monthly entries.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="6" />
        <source>核对工作方案</source>
        <translation>Review work plan</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="18" />
        <source>方案信息与阶段(&amp;P)…</source>
        <translation>&amp;Plan information and phases…</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="19" />
        <source>改正解析错的方案标题、文号、发文机关、成文日期、月度报送要求和工作阶段</source>
        <translation>Correct the plan's title, document number, issuer, date, monthly reporting duty and phases if the import read them wrong</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="57" />
        <source>点一项可跳到它的任务行；勾选的一项改用新方案的写法，不勾选则保留您之前的修改</source>
        <translation>Click an item to go to its task's row; ticked: take the new plan's wording, unticked: keep your earlier correction</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="76" />
        <source>原文：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="82" />
        <source>方案中的单位（可多选后合并，或展开单位组）(&amp;U)：</source>
        <translation>&amp;Units of the plan (select several to merge, or expand a group):</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="91" />
        <source>合并为同一单位(&amp;M)</source>
        <translation>&amp;Merge as one unit</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="91" />
        <source>选中的第一个单位作为正式名称，其余作为别名</source>
        <translation>The first unit selected keeps its name; the others become its aliases</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="92" />
        <source>展开单位组(&amp;E)</source>
        <translation>&amp;Expand group</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="92" />
        <source>把所选单位组在各任务中替换为它的成员单位</source>
        <translation>Replace the selected group by its member units on every task</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="93" />
        <source>设为本任务牵头单位(&amp;L)</source>
        <translation>Make &amp;lead unit of this task</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="94" />
        <source>设为本任务责任单位(&amp;R)</source>
        <translation>Make &amp;responsible unit of this task</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="95" />
        <source>填写单位组成员(&amp;G)…</source>
        <translation>Enter &amp;group members…</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="95" />
        <source>方案只写了“各成员单位”等统称时，在这里列出具体包括哪些单位</source>
        <translation>When the plan names a group such as “各成员单位” only, list the units it stands for here</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="107" />
        <source>双击单元格或按回车可修改：单位之间用“、”分隔，指标写成“不少于500张；达到90%以上”。标黄的行有待确认的问题。</source>
        <translation>Double-click a cell or press Enter to edit: separate units with “、”, write targets like “不少于500张；达到90%以上”. Rows in yellow have something to check.</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="113" />
        <source>下一处待核对(&amp;N)</source>
        <translation>&amp;Next row to check</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="114" />
        <source>跳到下一行标黄、需要核对的任务（F8）</source>
        <translation>Go to the next highlighted task that needs checking (F8)</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="120" />
        <source>本行无误(&amp;K)</source>
        <translation>Row is correct (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="121" />
        <source>对照原文核对过、这一行没有问题：不再标黄，“下一处待核对”也不再停在这里（这一行的问题有变化时重新标黄）</source>
        <translation>Checked against the text, this row is right: no longer tinted, and Next row to check no longer stops here (tinted again when the row's problems change)</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="127" />
        <source>撤销(&amp;Z)</source>
        <translation>Und&amp;o</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="128" />
        <source>撤销上一步修改（Ctrl+Z）</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="134" />
        <source>重做(&amp;Y)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../../forms/review_dialog.ui" line="135" />
        <source>重做刚撤销的修改（Ctrl+Y）</source>
        <translation>Redo the change just undone (Ctrl+Y)</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="6" />
        <source>选择身份</source>
        <translation>Choose your role</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="10" />
        <source>请选择您在本工作方案中的身份。以后可以在“设置 → 身份与联络员”中修改。</source>
        <translation>Choose your role in this work plan. You can change it later under Settings → Role and liaison.</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="16" />
        <source>责任单位联络员（填报本单位的月度进展和工作信息）(&amp;U)</source>
        <translation>Liaison of a responsible &amp;unit (enters the unit's monthly progress and information)</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="22" />
        <source>本单位与联络员</source>
        <translation>My unit and liaison</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="24" />
        <source>本单位(&amp;N)：</source>
        <translation>My u&amp;nit:</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="26" />
        <source>联络员姓名(&amp;L)：</source>
        <translation>&amp;Liaison name:</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="28" />
        <source>联系电话(&amp;P)：</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="30" />
        <source>还没有导入工作方案：导入并核对后再选择本单位。</source>
        <translation>No work plan yet: choose your unit after importing and reviewing one.</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="36" />
        <source>领导小组办公室（查看各单位报送情况、催报、汇总）(&amp;O)</source>
        <translation>Leading group &amp;office (sees every unit's submissions, sends reminders, writes summaries)</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="41" />
        <source>办公室全称与联系人（用于全市报告、简报和汇编的落款）</source>
        <translation>Office's full name and contact (signs the city-wide reports, bulletins and volumes)</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="43" />
        <source>办公室全称(&amp;F)：</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="44" />
        <source>例如：武汉市推进老年友好型城市建设工作领导小组办公室</source>
        <translation>e.g. Wuhan Age-Friendly City Leading Group Office</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="45" />
        <source>联系人(&amp;C)：</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="47" />
        <source>联系电话(&amp;T)：</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="49" />
        <source>简报名称(&amp;B)：</source>
        <translation>&amp;Bulletin name:</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="51" />
        <source>代哪个单位填报(&amp;E)：</source>
        <translation>&amp;Enter progress for:</translation>
    </message>
    <message>
        <location filename="../../../forms/role_dialog.ui" line="53" />
        <source>办公室设在某个单位内（如市民政局）时，选中它，就可以在“月度填报”中填写该单位牵头任务的进展，提交后直接计入汇总，无须导出报送包。</source>
        <translation>When the office sits inside a unit (e.g. the civil affairs bureau), choose it to enter that unit's progress on its tasks under Monthly entry; submitted months count at once, no package needed.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="6" />
        <source>单位名册</source>
        <translation>Units roster</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="28" />
        <source>查找单位、简称、联络员…</source>
        <translation>Find a unit, other name or liaison…</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="44" />
        <source>修改单位组成员(&amp;M)…</source>
        <translation>Edit group &amp;members…</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="44" />
        <source>选中一个单位组（如“各县市区”），列出它包括哪些单位：成员单位即以本单位名义承担该组的任务并报送</source>
        <translation>Select a group (such as all districts) and list its units: each member takes the group's tasks and reports under its own name</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="45" />
        <source>增加单位(&amp;N)…</source>
        <translation>Add a u&amp;nit…</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="46" />
        <source>增加简称(&amp;A)…</source>
        <translation>Add another n&amp;ame…</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="46" />
        <source>同一个单位的另一种写法，如“市卫生健康委”与“市卫健委”</source>
        <translation>Another way the same unit is written</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="47" />
        <source>设置联络员(&amp;L)…</source>
        <translation>Set the &amp;liaison…</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="49" />
        <source>导入登记文件(&amp;I)…</source>
        <translation>&amp;Import a registration file…</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="49" />
        <source>单位发来的密钥登记文件（.json）：登记其密钥；名册中还没有的单位，按文件写明的单位组一键加入</source>
        <translation>A unit's key registration file (.json): registers its key; a unit not yet in the roster joins the group its file names with one click</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="50" />
        <source>导出本单位登记文件(&amp;E)…</source>
        <translation>&amp;Export this unit's registration file…</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="50" />
        <source>内含本单位名称、所属单位组和密钥指纹，交给领导小组办公室</source>
        <translation>Holds this unit's name, its group and key fingerprint, for the leading group office</translation>
    </message>
    <message>
        <location filename="../../../forms/roster_dialog.ui" line="62" />
        <source>变更记录（随下一次导出的方案包带给各单位）</source>
        <translation>Changes (sent to the units with the next plan package)</translation>
    </message>
</context>
<context>
    <name>TaskEditDialog</name>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="6" />
        <source>修改任务</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="15" />
        <source>编号(&amp;N)：</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="16" />
        <source>只写本级编号（如 1A）仍在原标题下；写完整编号（如 二.二.5）可移到别的标题下</source>
        <translation>Its own numeral (1A) keeps it under its heading; a full number (二.二.5) moves it</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="17" />
        <source>任务名称(&amp;T)：</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="19" />
        <source>简称(&amp;S)：</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="20" />
        <source>用在列表和报告里，可不填</source>
        <translation>Used in lists and reports; optional</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="21" />
        <source>牵头单位(&amp;L)：</source>
        <translation>&amp;Lead units:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="22" />
        <location filename="../../../forms/task_edit_dialog.ui" line="24" />
        <source>多个单位用“、”分隔</source>
        <translation>Separate units with “、”</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="23" />
        <source>责任单位(&amp;R)：</source>
        <translation>&amp;Responsible units:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="25" />
        <source>责任领导(&amp;P)：</source>
        <translation>Leading officials (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="26" />
        <source>人名，如“张明副区长”，多个用“、”分隔；不写单位，可不填</source>
        <translation>People, e.g. “张明副区长”, separated with “、”; no units; optional</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="27" />
        <source>量化指标(&amp;G)：</source>
        <translation>Tar&amp;gets:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="28" />
        <source>如“不少于500张；达到90%以上”，多个用“；”分隔</source>
        <translation>e.g. “不少于500张；达到90%以上”; separate several with “；”</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="29" />
        <source>完成时限(&amp;D)：</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="30" />
        <source>写成 2024-12-31 或“2024年12月底前”，不限则留空</source>
        <translation>Write 2024-12-31 or 2024年12月底前; leave empty for none</translation>
    </message>
    <message>
        <location filename="../../../forms/task_edit_dialog.ui" line="35" />
        <source>修改记录（以后导入修订稿时，您的修改会保留，不会被悄悄改回）：</source>
        <translation>History of changes (a revised plan imported later keeps your corrections):</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../../forms/tasks_page.ui" line="8" />
        <source>搜索任务和进展（Ctrl+F）</source>
        <translation>Search tasks and progress (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../forms/tasks_page.ui" line="9" />
        <source>只看本单位(&amp;M)</source>
        <translation>&amp;My unit only</translation>
    </message>
    <message>
        <location filename="../../../forms/tasks_page.ui" line="10" />
        <source>状态(&amp;S)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../../forms/tasks_page.ui" line="12" />
        <source>只看滞后(&amp;L)</source>
        <translation>&amp;Late only</translation>
    </message>
    <message>
        <location filename="../../../forms/tasks_page.ui" line="28" />
        <source>修改任务(&amp;E)…</source>
        <translation>&amp;Edit task…</translation>
    </message>
    <message>
        <location filename="../../../forms/tasks_page.ui" line="28" />
        <source>更正任务名称、简称、单位、指标或时限；每次修改都记入这项任务的修改记录</source>
        <translation>Correct the task's title, short name, units, targets or deadline; every change is kept in its history</translation>
    </message>
    <message>
        <location filename="../../../forms/tasks_page.ui" line="32" />
        <source>指标与进度</source>
        <translation>Targets and progress</translation>
    </message>
    <message>
        <location filename="../../../forms/tasks_page.ui" line="34" />
        <source>各月进展</source>
        <translation>Monthly history</translation>
    </message>
</context>
</TS>