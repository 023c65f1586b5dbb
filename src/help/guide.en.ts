// The user guide in English (help-en.html), section for section the Vietnamese one (guide.vi.ts). The
// task pane's names are given in English with the Vietnamese the pane shows by default.
import { labels } from "./labels.js";
import type { Guide } from "./render.js";

const ui = labels("en");

export const GUIDE_EN: Guide = {
  lang: "en",
  title: "PAR Index for Excel – User guide",
  intro: `<p>PAR Index (Chỉ số CCHC) is an Excel add-in for the Home Affairs staff who appraise the administrative-reform
self-assessment sheets of wards, communes and departments: load the province's criteria set, check each sheet down to
the cell, score, index, rank and classify with Excel formulas inside the workbook, print the results and draw up the
remediation plans. Everything happens in the open workbook; no data leaves the computer.</p>
<p>To open it: on Excel's <b>Home</b> tab, group <b>Chỉ số CCHC</b>, click <b>Chấm điểm CCHC</b>. The task pane opens
on the right with five steps: ${ui("stepFramework")}, ${ui("stepUnits")}, ${ui("stepCheck")}, ${ui("stepScore")}, ${ui("stepPlans")}. It speaks English when Office's display language is English, Vietnamese
otherwise. If the button is missing, ask IT (the add-in is deployed as the software's README describes).</p>`,
  contents: "Contents",
  otherLanguage: { href: "help.html", label: "Tiếng Việt", hreflang: "vi" },
  sections: [
    {
      id: "criteria-set",
      title: "1. Preparing the criteria sheet",
      body: `<p>The criteria set is the provincial People's Committee's decision for the year and the level of units
(departments, or communes and wards). In step ${ui("stepFramework")}, choose either:</p>
<ul>
<li><b>A built-in sample</b>, to try things with; it is not any province's official set.</li>
<li><b>A criteria sheet in the workbook</b>, the province's set. Quickest: click ${ui("insertFramework")}, then edit the new “Bộ tiêu chí” sheet to match the province's decision.</li>
</ul>
<p>A criteria sheet holds:</p>
<ul>
<li>A few label/value rows at the top: <code>Tên bộ tiêu chí:</code> (name), <code>Mã:</code> (code),
<code>Căn cứ:</code> (the decision's number and date), <code>Năm:</code> (year), <code>Cấp áp dụng:</code> (level),
<code>Quy tắc không áp dụng:</code> (not-applicable rule: drop the item's maximum and rescale to 100, or award the
maximum), <code>Nhóm đơn vị:</code> (ranking groups), <code>Xếp loại:</code> (bands and their % thresholds),
<code>Điểm thưởng tối đa:</code> / <code>Điểm trừ tối đa:</code> (bonus and penalty caps).</li>
<li>A header row with <b>Mã</b> (code), <b>Nội dung</b> (title), <b>Điểm tối đa</b> (maximum) and, as needed,
<b>Thang điểm</b> (scale), <b>Nguồn điểm</b> (self-scored or survey), <b>Tài liệu kiểm chứng</b> (evidence),
<b>Áp dụng cho</b> (the groups a criterion applies to).</li>
<li>One row per area, criterion and sub-criterion, coded by position: <code>I</code> or <code>1</code>,
<code>1.1</code>, <code>1.1.1</code>. A parent's maximum is the sum of its children's; the total is usually 100.</li>
</ul>
<p>After editing, click ${ui("reread")}. The pane shows the areas, criteria, total, groups and bands it
read, or lists every problem with the cell to fix (see <a href="#findings">What the findings mean</a>, criteria
sheet table).</p>
<p>For the units, click ${ui("insertTemplate")} (per group if groups have criteria
of their own): a sheet with the codes, titles, maxima and the columns units fill in.</p>`,
      shots: [{ file: "01-bo-tieu-chi", caption: "Step 1: the chosen criteria set and what was read from it." }],
    },
    {
      id: "unit-files",
      title: "2. Collecting the unit files",
      body: `<p>Each unit returns an Excel file (.xlsx) with its self-assessment: code, title, maximum, <b>self
score</b>, <b>evidence</b> and explanations. The add-in reads the usual forms: merged title rows, Roman numerals for
areas, codes inside titles (“2.1. Chỉ số SIPAS”), scores typed as text with a decimal comma (“0,5”), exports of the
online system with the sheet name “Sheet1”.</p>
<p>In step ${ui("stepUnits")}:</p>
<ul>
<li>Click ${ui("importFiles")} and pick one or more files: each self-assessment sheet is copied into
the open workbook as a sheet of its own. The original files are not changed.</li>
<li>Where this Excel cannot do that (it needs ExcelApi 1.13), the pane says so: open the unit's file, right-click
the sheet tab → <b>Move or Copy…</b> → the appraisal workbook, tick <b>Create a copy</b>, then click <b>Read the
workbook again</b>.</li>
</ul>
<p>The pane lists the self-assessment sheets it found, with the unit name and group read from the sheet's title
(“Đơn vị: UBND phường Hồng Hà”) or its name. Correct a name or a group in the table if needed: it is used for
scoring only and never changes the unit's sheet. Sheets that are not self-assessments (the criteria set, the
add-in's own sheets, sheets without a score column) are listed apart, with the reason.</p>`,
      shots: [{ file: "02-ho-so-don-vi", caption: "Step 2: two unit files imported into the workbook." }],
    },
    {
      id: "check",
      title: "3. Checking",
      body: `<p>In step ${ui("stepCheck")}, click ${ui("checkAll")} (or pick a sheet and ${ui("checkOne")}). Each sheet
is compared with the criteria set: missing or extra criteria, titles and maxima that differ, scores that are empty,
not numbers, negative, over the maximum or off the scale, broken formulas (<code>#REF!</code>), totals that do not add
up, missing evidence…</p>
<ul>
<li>Every finding has a severity: <b>Error</b> (must be fixed; a unit with errors is listed but <b>not ranked</b>),
<b>Warning</b> (worth a look), <b>Note</b> (for information).</li>
<li>Click a finding (or press Enter on it): Excel selects that very cell on the unit's sheet.</li>
<li>Filter by severity or by rule; the first line says how many units are <b>ready to score</b>.</li>
<li>${ui("highlight")} colours them on the units' sheets; ${ui("clearHighlights")} puts the
old colours back. Apart from these colours, the add-in never changes what a unit submitted.</li>
</ul>
<p>What each finding means: <a href="#findings">What the findings mean</a>. When a unit sends a corrected file,
import it again (or copy it over the old sheet) and check again.</p>`,
      shots: [
        { file: "08-english", caption: "Step 3 in English: the check results, by unit." },
        { file: "04-chon-o", caption: "Choosing a finding selects its cell in the workbook." },
        { file: "05-to-mau", caption: "The cells with problems highlighted on a unit's sheet." },
      ],
    },
    {
      id: "appraisal",
      title: "4. Appraising",
      body: `<p>The appraisal council accepts or adjusts each self score. On each unit's sheet, type the appraised score
in the <b>Điểm thẩm định</b> (appraised score) column and the reason in <b>Ý kiến thẩm định</b> (appraisal note);
where the unit's form has no such columns, add two with these names right after the self-score column. A decimal
comma or point both work.</p>
<ul>
<li>The counted score is the <b>appraised score</b>; items not yet appraised count their self score. In step 4,
${ui("countingChoice")} can count appraised scores only (items not appraised score 0), or show what the units
gave themselves. The pane says how many units are fully, partly or not yet appraised.</li>
<li>Check again after appraising: an adjusted item is the note <code>appraisal-adjusted</code>; an appraised score
above the self score is the warning <code>appraisal-above-self</code>.</li>
<li>Items marked not applicable (<code>KAD</code>, “không áp dụng”, “không phát sinh”) follow the criteria set's
not-applicable rule.</li>
<li>Survey points (SIPAS and others) are not scored by the units: type them in step 4 (<b>Survey, bonus and penalty
points</b>), or on the summary sheet, or keep a sheet with a table of two columns “Đơn vị” (unit) and “Điểm điều tra
XHH” (survey points).</li>
</ul>`,
    },
    {
      id: "score",
      title: "5. Scoring and ranking",
      body: `<p>In step ${ui("stepScore")}, review the settings, then click ${ui("scoreButton")}:</p>
<ul>
<li>${ui("settingsGroups")}: the ranking groups (each ranked on its own; equal points share a rank) and each band's
% threshold, taken from the criteria set.</li>
<li>${ui("settingsInputs")} per unit (within the criteria set's caps).</li>
<li>${ui("settingsPrevious")}: pick last year's result sheet (a table “Đơn vị | Tổng điểm | Xếp hạng”) for the
change in points and rank.</li>
<li>${ui("settingsDocument")}: the year, the appraising body, its parent body, the place, for the printed header.</li>
</ul>
<p>The add-in writes the sheets <b>Tổng hợp</b> (summary: one row per unit with area points, total, index %, rank,
band), <b>Xếp hạng</b> (ranking: one table per group, as published) and <b>Điểm chi tiết</b> (every criterion of every
unit). They are <b>Excel formulas</b>: change an appraised score on a unit's sheet and the totals, indices and ranks
follow. A re-run replaces the add-in's own sheets and never overwrites a sheet of yours. A unit with errors stays in
the summary as “Chưa xếp hạng” (not ranked).</p>`,
      shots: [{ file: "06-xep-hang", caption: "Step 4: the ranking by group and the sheets written." }],
    },
    {
      id: "printing",
      title: "6. Printing",
      body: `<p>The summary, ranking, detail, remediation-plan and analysis sheets come set up for <b>A4</b> as official
documents (Decree 30/2020/NĐ-CP): Times New Roman; a header with the issuing body on the left and “CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc” on the right, then the place and date; the print area is the tables;
column headings repeat on every page; wide tables print landscape, fitted to the page width.</p>
<ol>
<li>Fill in ${ui("settingsDocument")} in step 4 (appraising body, parent body, place) before creating the sheets.</li>
<li>Go to the sheet, <b>File → Print</b> (Ctrl+P), check the preview, choose the printer and copies, <b>Print</b>.
For a PDF, pick “Microsoft Print to PDF” or <b>File → Export → PDF</b>.</li>
<li>Adjust margins or orientation on Excel's <b>Page Layout</b> tab if needed; a re-run of step 4 rebuilds the sheet
and drops such changes.</li>
</ol>`,
    },
    {
      id: "plans",
      title: "7. The remediation plans",
      body: `<p>After the results are announced, each unit plans how to recover every point it lost. In step
${ui("stepPlans")}, choose ${ui("planAll")} or ${ui("planOne")}, then click
${ui("planButton")}.</p>
<ul>
<li>With ${ui("planAll")}: the <b>Kế hoạch khắc phục</b> sheet lists, by unit and area, every criterion below its maximum: code, criterion,
maximum, achieved, points lost, and columns to fill in: <b>cause</b>, <b>remedy</b>, <b>output</b>, <b>lead unit</b>,
<b>partner unit</b>, <b>deadline</b> (a date) and <b>status</b> (from a list).</li>
<li>With ${ui("planOne")}: the sheet “KH &lt;the unit’s sheet name&gt;”, that unit’s own plan as a document: header, the criteria to keep and to recover, recipients and
signature.</li>
<li>The <b>Phân tích</b> (analysis) sheet shows the criteria that cost the most points and how many units lost points
there.</li>
<li>Drawing the plans up again (after a second appraisal round, say) <b>keeps</b> what staff typed (causes, remedies,
deadlines…).</li>
</ul>`,
      shots: [{ file: "07-ke-hoach", caption: "Step 5: remediation plans for every unit, with the analysis." }],
    },
  ],
  findings: {
    id: "findings",
    title: "8. What the findings mean",
    intro: `<p>Every finding of the check has a fixed rule id (e.g. <code>score-over-max</code>), a severity, the sheet
and cell, the criterion code, an explanation, and the expected and actual values. An <b>Error</b> must be fixed
before the unit is ranked; a <b>Warning</b> is worth a look; a <b>Note</b> is for information. The tables below are
generated from the software's rule catalogue, so they always hold every rule. A finding on a unit's sheet is
corrected by the unit (or settled by the appraised score); a finding on the criteria sheet is fixed there, then
${ui("reread")}.</p>`,
    submissionTable: "Units' self-assessment sheets and the workbook",
    frameworkTable: "The criteria sheet",
    columns: { id: "Rule id", severity: "Severity", title: "Finding", meaning: "When it is reported" },
    severity: { error: "Error", warning: "Warning", info: "Note" },
  },
  faq: {
    id: "problems",
    title: "9. Usual problems",
    items: [
      {
        q: "There is no Chấm điểm CCHC button on the Home tab.",
        a: `The add-in is not deployed to this account or computer yet, or was just deployed (up to 24 hours). With a
shared-folder catalog: <b>Home → Add-ins → More Add-ins → SHARED FOLDER</b> → Chỉ số CCHC → <b>Add</b>. Otherwise
ask IT.`,
      },
      {
        q: "The pane says “This Excel is too old”.",
        a: `The add-in needs ExcelApi 1.12: Microsoft 365, Excel 2021 or later, retail Excel 2019 once updated, Excel
for Mac 16.40 or later, or Excel on the web. Ask IT to update Office, open the workbook in Excel on the web, or use the
<code>par-index</code> command line, which does the same on .xlsx files.`,
      },
      {
        q: "The pane is blank, or says “Open it in Excel”.",
        a: `“Open it in Excel” means the page was opened in a browser, not in Excel: open it from the ribbon button. If
the pane is blank, close and reopen it; if it stays blank, close Excel, clear
<code>%LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\</code> and reopen, or ask IT to check the HTTPS server.`,
      },
      {
        q: "“Import unit files” is not available.",
        a: `This Excel cannot insert sheets from a file (it needs ExcelApi 1.13). Copy the sheets by hand: open the
unit's file, right-click the sheet tab → <b>Move or Copy…</b> → the appraisal workbook → <b>Create a copy</b>, then
${ui("reread")}.`,
      },
      {
        q: "A unit's sheet is not recognised as a self-assessment.",
        a: `The sheet needs, within its first 30 rows, a header row with a code or title column and a maximum, self
score or appraised score column. Check the column names (e.g. “Điểm tự đánh giá”, “Điểm thẩm định”), remove blank
rows between header rows, then ${ui("reread")}.`,
      },
      {
        q: "A unit's name or group is read wrong.",
        a: `Correct it in step 2's table (used for scoring only), or fix the sheet's “Đơn vị: …” title line, or rename
the sheet.`,
      },
      {
        q: "Code 1.10 became 1.1.",
        a: `Excel turns a code typed as a number 1.10 into 1.1. The add-in recovers it from the row's title and position
(the note <code>code-ambiguous</code>); to avoid it, format the code column as Text in the template sent to units.`,
      },
      {
        q: "A unit's total is 0.01 off the published figure.",
        a: `Published components are often rounded to two decimals, so they may add to 85.79 while the total reads
85.78. A gap within rounding is only the warning <code>sum-rounding</code> and the unit is still ranked; a larger gap
is the error <code>sum-mismatch</code>.`,
      },
      {
        q: "A unit is in the summary but marked “Chưa xếp hạng” (not ranked).",
        a: `It still has at least one error. Look in step 3 (filter on Error), fix it or ask the unit to, then create
the sheets again.`,
      },
      {
        q: "I edited the summary sheet and a re-run lost it.",
        a: `The add-in's own sheets are replaced on every run. Type survey, bonus and penalty points in step 4 or in
their columns on the summary sheet (these are kept); keep notes of your own on a sheet of yours.`,
      },
      {
        q: "This computer has no recent Excel: is there another way?",
        a: `Yes: the <code>par-index</code> command line runs on any computer with Node.js 20 and does the same checks,
scores, rankings and plans on .xlsx files, e.g. <code>npx par-index score --out ket-qua.xlsx ho-so/*.xlsx</code>.
Its workbook opens in Excel or LibreOffice.`,
      },
    ],
  },
  noShots:
    "This build carries no screenshots; the guide is complete in words. (The browser test takes them from the preview page and the build adds them when present.)",
  shotsNote:
    "The screenshots come from the software's preview page: on the left the task pane as in Excel, on the right a simulated workbook standing in for Excel.",
  footer: (version) => `PAR Index for Excel, version ${version}. This page is generated when the add-in is built.`,
};
