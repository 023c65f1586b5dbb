// Bonus and penalty rows in the unit's own sheet (issue 14, reading side): "Điểm thưởng", "Điểm cộng",
// "Điểm trừ", "Điểm phạt", numbered or not, are read as the unit's bonus and penalty, never as unknown
// criteria. (Counting them, capped by the framework, is not done yet: points are the criteria's.)
import { miniFramework } from "../../../helpers/fixtures";
import { layoutSheet, readLayout, rowWith } from "./layouts";

const fw = miniFramework();
const title = ["Đơn vị: UBND phường Hồng Hà - Năm 2024"];

describe("bonus and penalty rows", () => {
  it("reads numbered rows after the total (a scoring app's report) as bonus and penalty, not criteria", () => {
    const sheet = layoutSheet(fw, {
      title,
      tail: [
        ["IX", "Điểm thưởng", 2, 1],
        ["X", "Điểm phạt", "", 0.5],
        ["", "Tổng cộng (tổng điểm + điểm thưởng - điểm phạt)", 100, 16.5],
      ],
    });
    const r = readLayout(sheet, fw);
    expect([r.unit, r.points, r.blocked]).toEqual(["Phường Hồng Hà", 16, false]);
    expect(r.findings).toEqual([]);
    const adj = r.v.submission.reading.adjustments;
    expect(
      adj.map((a) => [a.kind, a.cell, a.title, a.self?.addr, a.self?.num.kind === "number" && a.self.num.value]),
    ).toEqual([
      ["bonus", `B${rowWith(sheet, "Điểm thưởng") + 1}`, "Điểm thưởng", `D${rowWith(sheet, "Điểm thưởng") + 1}`, 1],
      ["penalty", `B${rowWith(sheet, "Điểm phạt") + 1}`, "Điểm phạt", `D${rowWith(sheet, "Điểm phạt") + 1}`, 0.5],
    ]);
    expect(r.v.submission.totalRow!.row).toBe(rowWith(sheet, "TỔNG ĐIỂM"));
  });

  it("reads 'Điểm cộng' / 'Điểm trừ' with the number inside the title, or a bullet in the code cell", () => {
    const noCode = layoutSheet(fw, {
      title,
      codeInTitle: true,
      tail: [
        ["4. Điểm cộng", 2, 0.5],
        ["5. Điểm trừ (vi phạm kỷ luật)", "", 1],
      ],
    });
    const r = readLayout(noCode, fw);
    expect(r.findings).toEqual([]);
    expect(r.v.submission.reading.adjustments.map((a) => [a.kind, a.cell])).toEqual([
      ["bonus", `A${rowWith(noCode, "4. Điểm cộng") + 1}`],
      ["penalty", `A${rowWith(noCode, "5. Điểm trừ (vi phạm kỷ luật)") + 1}`],
    ]);
    const bullet = layoutSheet(fw, { title, tail: [["-", "Điểm thưởng", 2, 1]] });
    const b = readLayout(bullet, fw);
    expect(b.findings).toEqual([]);
    expect(b.v.submission.reading.adjustments.map((a) => a.kind)).toEqual(["bonus"]);
    expect(b.v.submission.reading.options).toEqual([]);
  });
});
