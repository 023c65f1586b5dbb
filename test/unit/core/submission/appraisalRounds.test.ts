// Appraisal rounds (issue 14): "Điểm thẩm định lần 1 / lần 2", "vòng 1 / vòng 2", "… sau giải trình",
// "Điểm HĐTĐ": the latest round with a value counts, criterion by criterion; the unit's reply columns
// ("Giải trình", "Ý kiến của đơn vị", "Đề xuất mức điểm") are the unit's, never the appraiser's note.
import { countedFormula } from "../../../../src/core/plans/detailSheet";
import { scoreUnit } from "../../../../src/core/scoring/score";
import { findHeader } from "../../../../src/core/submission/header";
import { Grid } from "../../../../src/core/submission/grid";
import { validateSheet } from "../../../../src/core/submission/validate";
import type { CellValue, CriterionNode } from "../../../../src/core/types";
import { miniFramework } from "../../../helpers/fixtures";
import { EVIDENCE, FormColumn, formCell, formSheet, fullPoints, MAX, SELF, STT, TITLE } from "../../../helpers/forms";

const fw = miniFramework();
const title = (code: string) =>
  fw.areas
    .flatMap(function all(n): CriterionNode[] {
      return [n, ...n.children.flatMap(all)];
    })
    .find((n) => n.code === code)!.title;
/** A1 of a column (0-based) on a criterion's row. */
const at = (sheet: ReturnType<typeof scoringAppReport>, code: string, col: number) => formCell(sheet, title(code), col);

/** An appraisal column: full marks except where `changed` says (code → value; "" leaves it empty). */
function round(header: FormColumn["header"], changed: Record<string, CellValue> = {}, filled = true): FormColumn {
  return {
    header,
    cell: (n: CriterionNode) =>
      n.code in changed
        ? changed[n.code]
        : filled && !(n.children.length === 0 && n.source !== "self")
          ? fullPoints(n)
          : "",
  };
}

// A scoring app's report: round 1 took 1.1.2 down to 1,5 and 2.3 to 0; round 2 (after the unit's
// explanation) gave 1.1.2 back 1,75, left 2.3 at 0 and wrote only what it changed.
function scoringAppReport() {
  const r1 = round(["Điểm thẩm định", "Lần 1"], { "1.1.2": 1.5, "1.1": 2.5, "1": 5.5, "2.3": 0, "2": 9 });
  const r2 = round(["Điểm thẩm định", "Lần 2"], { "1.1.2": 1.75, "1.1": 2.75, "1": 5.75 }, false);
  const reply: FormColumn = { header: "Giải trình", cell: () => "" };
  const proposal: FormColumn = { header: "Đề xuất mức điểm", cell: () => "" };
  const note: FormColumn = { header: "Ý kiến thẩm định", cell: () => "" };
  const columns = [STT, TITLE, MAX, SELF, EVIDENCE, r1, reply, proposal, r2, note];
  return formSheet(fw, {
    name: "Bảng điểm",
    title: ["Đơn vị: Phường Hồng Hà - Năm 2024", "BÁO CÁO KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC"],
    columns,
    set: {
      "1.1.2": { 6: "Đã ban hành đủ 12 báo cáo, kèm theo", 7: 2, 9: "Chấp nhận một phần" },
      "2.3": { 6: "Đề nghị xem xét lại", 7: 1, 9: "Giữ nguyên" },
    },
    tail: [["", "TỔNG ĐIỂM", 20, 16, "", 14.5, "", "", 14.75, ""]],
  });
}

describe("appraisal rounds", () => {
  it("finds every round of a two-row header, earliest first, and the reply columns as the unit's", () => {
    const sheet = scoringAppReport();
    const h = findHeader(new Grid(sheet))!;
    expect(h.rounds.map((x) => [x.label, x.col])).toEqual([
      ["Điểm thẩm định Lần 1", 5],
      ["Điểm thẩm định Lần 2", 8],
    ]);
    expect([h.columns.explanation, h.columns.proposal, h.columns.note]).toEqual([6, 7, 9]);
  });

  it.each([
    [
      ["Điểm thẩm định vòng 2", "Điểm thẩm định vòng 1"],
      ["Điểm thẩm định vòng 1", "Điểm thẩm định vòng 2"],
    ],
    [
      ["Điểm thẩm định sau giải trình", "Điểm thẩm định"],
      ["Điểm thẩm định", "Điểm thẩm định sau giải trình"],
    ],
    [
      ["Điểm HĐTĐ", "Điểm thẩm định"],
      ["Điểm thẩm định", "Điểm HĐTĐ"],
    ],
  ])("orders %j as %j", (headers, order) => {
    const sheet = formSheet(fw, {
      title: ["Đơn vị: Xã An Sinh"],
      columns: [
        STT,
        TITLE,
        MAX,
        SELF,
        ...headers.map((h) => round(h)),
        { header: "Ý kiến của đơn vị", cell: () => "" },
      ],
    });
    const h = findHeader(new Grid(sheet))!;
    expect(h.rounds.map((x) => x.label)).toEqual(order);
    expect(h.columns.explanation).toBe(4 + headers.length);
    expect(h.columns.note).toBeUndefined();
  });

  it("counts the latest round with a value, criterion by criterion, and says which round counted", () => {
    const sheet = scoringAppReport();
    const v = validateSheet(sheet, fw);
    const m = v.submission.byCode;
    expect([m.get("1.1.2")!.appraised!.addr, m.get("2.3")!.appraised!.addr, m.get("1.2")!.appraised!.addr]).toEqual([
      at(sheet, "1.1.2", 8),
      at(sheet, "2.3", 5),
      at(sheet, "1.2", 5),
    ]);
    const s = scoreUnit(v, fw);
    // 16 at full marks, less 0,25 on 1.1.2 (round 2) and 1 on 2.3 (round 1, unchanged in round 2).
    expect([s.unit, s.appraisedPoints, s.blocked]).toEqual(["Phường Hồng Hà", 14.75, false]);
    expect(s.rounds).toEqual([
      { label: "Điểm thẩm định Lần 1", cell: "F5", criteria: 14 },
      { label: "Điểm thẩm định Lần 2", cell: "I5", criteria: 1 },
    ]);
    // Subtotals stated per round add up as that round left its rows; the total (round 2) too.
    expect(v.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell])).toEqual([]);
  });

  it("lists where the unit proposes another score than the appraised one (appraisal-proposal), never as the note", () => {
    const sheet = scoringAppReport();
    const v = validateSheet(sheet, fw);
    const proposals = v.findings.filter((f) => f.rule === "appraisal-proposal");
    expect(proposals.map((f) => [f.cell, f.code, f.expected, f.actual])).toEqual([
      [at(sheet, "1.1.2", 7), "1.1.2", 1.75, 2],
      [at(sheet, "2.3", 7), "2.3", 0, 1],
    ]);
    expect(proposals[0].message).toBe(
      `Tiêu chí 1.1.2: đơn vị đề xuất 2 điểm, điểm thẩm định 1,75 (ô ${at(sheet, "1.1.2", 8)}) (Đã ban hành đủ 12 báo cáo, kèm theo).`,
    );
    const adjusted = v.findings.find((f) => f.rule === "appraisal-adjusted" && f.code === "2.3")!;
    expect(adjusted.message).toBe("Tiêu chí 2.3: tự chấm 1, thẩm định 0 (Giữ nguyên).");
  });

  it("gives a live formula that takes round 2, else round 1, else the self score", () => {
    const v = validateSheet(scoringAppReport(), fw);
    const r = v.submission.byCode.get("1.1.2")!.row + 1;
    expect(countedFormula("Bảng điểm", v.submission.byCode.get("1.1.2")!)).toBe(
      `=IF('Bảng điểm'!I${r}="",IF('Bảng điểm'!F${r}="",'Bảng điểm'!D${r},'Bảng điểm'!F${r}),'Bảng điểm'!I${r})`,
    );
    expect(countedFormula("Bảng điểm", v.submission.byCode.get("1.1.2")!, "appraised")).toBe(
      `=IF('Bảng điểm'!I${r}="",IF('Bảng điểm'!F${r}="",0,'Bảng điểm'!F${r}),'Bảng điểm'!I${r})`,
    );
  });

  it("reads one appraisal column as before", () => {
    const sheet = formSheet(fw, {
      title: ["Đơn vị: Xã An Sinh"],
      columns: [STT, TITLE, MAX, SELF, round("Điểm thẩm định")],
    });
    const v = validateSheet(sheet, fw);
    expect(v.submission.byCode.get("1.2")!.rounds).toBeUndefined();
    expect(scoreUnit(v, fw).rounds).toEqual([]);
    const r = v.submission.byCode.get("1.2")!.row + 1;
    expect(countedFormula("Sheet1", v.submission.byCode.get("1.2")!)).toBe(
      `=IF('Sheet1'!E${r}="",'Sheet1'!D${r},'Sheet1'!E${r})`,
    );
  });
});
