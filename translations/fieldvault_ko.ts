<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fieldvault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline, encrypted case book for field research on people at risk. Nothing leaves this computer: no network connection is ever made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook is derived from the KINU report on North Korean workers in Russia&apos;s Maritime Province (2016). The demo interviews are fiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU Affero General Public License, version 3 or later. Fonts: NanumGothic (SIL Open Font License), DejaVu Sans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Unit of agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case codes, e.g. W-001 W-002 (empty: all cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute agreement (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent agreement, Cohen&apos;s kappa (two coders) and Krippendorff&apos;s alpha over units coded by at least two coders. A dash: undefined (one coder, or nobody applied the theme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the coders differ (select a theme row above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the coders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the table shows the previous result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{themes} themes over {cases} cases, unit: {unit}. Select a theme to see where the coders differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a theme row (not Overall) and a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two coders coded {code}; nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} stretches of {code} where the coders differ on {theme}. Enter opens one in the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coders agree on {theme} everywhere in {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the agreement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agreement table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {name}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the table to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Every change you confirmed is saved. If it happens again, lock the vault and restart Fieldvault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Attribute &apos;{name}&apos; takes yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty for a random code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkflowDialog</name>
    <message>
        <source>Review workflow — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (needed when returning a case: say what to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return with comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark e&amp;xported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal codings to coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End blind coding on this case: every coder sees every coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} “{title}” is {status}. You are {role} here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings on this case are revealed to every coder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case that is {status} does not move any further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As {role} you cannot move it from here; next it goes to {next}, which another member does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from {a} to {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every coder may now see all codings of this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Filter by code, title, place, person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected case (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected case in the workbench (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit, review, return or approve the selected case (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {cases} cases with {codings} codings and {memos} memos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookPage</name>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos on this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;trieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. work.night_shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Korean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n coding(s) and its subthemes move to the chosen theme; then “{name}” is deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge {name} into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”? Its subthemes move up one level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move its codings to another theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete its %n coding(s) too</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n coding(s). Choose what happens to them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingListModel</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. interviews-2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name or initials, as shown to reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the vault a name (no slashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault with this name already exists in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Fieldvault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Import a REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file will contain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}: {cases} cases, {codings} codings, {memos} memos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBundle</name>
    <message>
        <source>Wrote {file} ({size}) for {to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} real identities travel inside, readable only by the supervisors among the recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the file by any means (USB stick, shared folder, e-mail); only the recipients can open it, and they will see if it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Send cases as a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, title or status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the real &amp;identities of the people in these cases (readable only by supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the bundle (…{s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chosen members can open the bundle; it is signed with your key so they know it comes from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member can receive bundles yet: add their identity text under Review → Members first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bundle to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldvault bundles (*{s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encrypting and signing %n case(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} pages. Content digest (SHA-256): {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak check: {n} withheld values searched for in the finished PDF with two text extractors; none was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with the vault&apos;s export key {key}. Give the recipient its public key separately (Import/Export → Export signing key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the recipient checks it, in the folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  or: fieldvault verify FOLDER --key PUBLIC_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to exported: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a redacted PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases (full redacted transcripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme report (coded passages of the ticked themes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes (for a theme report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal: every identifying category withheld, no codings or memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor: direct identifiers withheld, codings and memos included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom: choose below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include co&amp;dings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is for, as printed on the cover (no real names of interviewees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move approved cases to “exported”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only passages from these cases (none ticked: all cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the export is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacting, writing and checking the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Export written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is written, checked and signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the export is and how to check it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBundle</name>
    <message>
        <source>Imported the bundle from {sender}: {new} new cases, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cases: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated cases: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {old} arrived, but that code was taken here: it is {new} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added or changed: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it was new to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} conflicts: records were changed on both sides. Both versions are kept; see Review → Conflicts to reconcile them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and merging {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the bundle added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Export signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients check that an export comes from this vault and is unchanged with this public key (key ID {id}). Give it to them by a different way than the export itself, e.g. read it out by phone or hand it over in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key for minisign -P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key file (minisign.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a minisign.pub file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import/Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON Lines file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;REFI-QDA project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a redacted PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a REFI-QDA &amp;project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fieldvault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldvault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault and deriving its key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault folder (NAME.fieldvault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo vault; its passphrase is “{p}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldvault — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo vault (the first time builds it)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldvault — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ctrl+L locks. Locks by itself after %n minute(s) without input.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import interviews (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the transcript edits first; then change the language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy identity text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;my role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My role here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this line with the members you exchange cases with; compare the fingerprint with them by phone or in person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected member&apos;s role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity text to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the identity text the member sent you (one line starting with fieldvault-member:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as their text says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {role} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint: {s}
Encryption key fingerprint: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a member&apos;s identity text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are now {role} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoModel</name>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <source>Memo text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassageModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage in context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show real &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unseal and show the names behind the codes; they are hidden again when you untick this or lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy the identity key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone the interviews mention appears under a random code; the link to a real identity is sealed with the vault&apos;s identity key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s). The identity key exists.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s). The identity key is destroyed or was never made: codes cannot be linked to anyone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Destroying the identity key permanently erases, in this vault:
• the real identities of {ids} people (names, spellings in every script, contacts, notes);
• the sealed text of {versions} earlier transcript versions in {cases} cases (the versions that still held real names).

The {people} pseudonym codes, the current pseudonymised transcripts, codings and memos stay. Afterwards nobody can tell from this vault who a code stands for, no new person can be named, and names can no longer be replaced by codes. Backups made before still hold the key. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the identity key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Destroy the key and %n identity(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing the key and scrubbing the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity key destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The identity key and %n sealed identity(ies) are gone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo-localisation (longer, accented text, for testing layouts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember recently opened vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of recent vaults is kept in the settings file unencrypted; anyone who can read this computer sees the vault folder names. Turning it off forgets the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyModels</name>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(on an older version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Open a case in the workbench, then come here to review what identifies people in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest names, places, numbers and other identifying details. Nothing is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: suggested · solid: accepted (withheld) · dotted: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of the selected detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of newly named people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category for the text selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always treat as this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the selected text (or the selected detail&apos;s text) for every later scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text selection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case in the workbench first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case is no longer in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} — {title} (version {version}): {open} suggestions to decide, {accepted} accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a detail in the list (or click it in the text) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted “{t}” as {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected “{t}”: it stays in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{t}” is now {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggested {c} detail(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the text to withhold in the transcript first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withholding “{t}” as {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a term in the transcript (or a detail in the list) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on every scan treats “{t}” as {c}. Scan again to apply it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for names, places and numbers in {code}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning… (the first scan loads the language models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s). Accept, reject or correct each; nothing is replaced until you pseudonymise.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scan cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept at least one PERSON detail first: nothing is replaced without acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace %n accepted name(s) in {code} by their pseudonym codes ({pairs})?

A new transcript version is saved with the codes and codings follow the text. Earlier versions, which hold the names, are sealed under the identity key and blanked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pseudonymise names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n name(s); version {v} is current. Sealed earlier versions: {sealed}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <source>Transcript with identifying details marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge submitted cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mode: once a case is submitted and sent, delete it from this laptop so a search at a border finds nothing. Only cases sent as submitted, and unchanged since, can be purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet: cannot be purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is submitted, so there is nothing to purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the cases to purge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This permanently destroys on this laptop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {code} “{title}”: {t} transcript versions, {c} codings, {m} memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their text is then scrubbed from the vault files and cannot be recovered here. Copies remain only in the bundles you sent and in the recipients&apos; vaults. People and themes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting and scrubbing %n case(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be placed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict} by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this code on paper and keep it apart from the computer. It opens the vault if the passphrase is forgotten. It is shown only now and is not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionModel</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetrievePage</name>
    <message>
        <source>Themes to retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;subthemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieve the passages of the selected themes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes (Ctrl+click for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more themes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click opens one in the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity and conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send cases (write a bundle)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge submitted cases (field mode)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case on the Cases page (or open one in the workbench) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldvault bundles (*.fvbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged {codes}: {t} transcript versions, {c} codings and {m} memos are gone from this laptop, and the vault files were scrubbed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModels</name>
    <message>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known by name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known by name only (from imported data). Add their identity text to exchange bundles with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa needs exactly two coders; a dash means it is undefined here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units applied per coder: {applied}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall (all themes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript was edited on both sides; the other edit is kept as side version {v}. Save a version that reconciles both, then resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coding was changed on both sides; the incoming one ({theme}, {start}–{end}) was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person code {code} is used by someone else here; the incoming person was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>How many codings a supervisor judged valid or invalid. The valid share leaves out codings not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity per coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After reconciling the case, mark the selected conflict resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts from imported bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Enter or double-click opens the case.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every import merged cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot; or a prefix* — any of English, 한국어, русский</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases coded with theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases with attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (first {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s){more}. Enter or double-click opens a hit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the transcript: select a passage with the mouse or with Shift and the arrow keys, then apply a theme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Fieldvault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted case book for interviews. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a vault folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add more words or characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a fourth or fifth word would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <source>Report: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <source>Type a theme: quota, 할당, норма…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching themes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings of the theme and all its subthemes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Code as {theme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-theme as {theme}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any passphrase slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidityModel</name>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Review of the selected coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the coder (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Valid (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the coding valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Invalid (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the coding invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a coding in the list to judge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” ({theme}, by {coder}): not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” ({theme}, by {coder}): judged {verdict} by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <source>Open a case from the Cases page (Enter or double-click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the transcript. Ctrl+S saves a new version; Escape discards the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all codings of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a coding to see its memos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent theme {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case from the Cases page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {code} is no longer in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} — {title} (version {version}, {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind coding: you see only your own codings on this case until a supervisor reveals it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos on “{text}” ({theme})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage first, then apply a theme (Ctrl+T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a theme to the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded as {theme}. Recent themes: {recent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a coding in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme for this coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings not carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version {version} is saved. %n coding(s) could not be placed in the new text and are listed greyed in the codings list:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version {version}; {carried} codings carried over, {lost} not placed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
