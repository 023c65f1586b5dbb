import { parseBandItem } from "../../../../src/core/framework/bandsText";
import { readFrameworkSheet, frameworkToGrid } from "../../../../src/core/framework/frameworkSheet";
import { parseBandsText } from "../../../../src/core/framework/scaleText";
import { scoreUnit } from "../../../../src/core/scoring/score";
import { validateSheet } from "../../../../src/core/submission/validate";
import type { CellValue, SheetSnapshot } from "../../../../src/core/types";
import { fullMarks, miniFramework, unitSheet } from "../../../helpers/fixtures";

// Bands as provinces write them (issue 15, item 7).

const mins = (text: string) => parseBandsText(text).bands.map((b) => [b.label, b.min]);

describe("bands as provinces write them", () => {
  it("reads ranges, keeping each band's lower bound; an upper bound alone starts at 0", () => {
    expect(mins("Xuất sắc: ≥ 90; Tốt: 80 – < 90; Khá: 65 – < 80; Trung bình: 50 – < 65; Yếu: < 50")).toEqual([
      ["Xuất sắc", 90],
      ["Tốt", 80],
      ["Khá", 65],
      ["Trung bình", 50],
      ["Yếu", 0],
    ]);
    expect(mins("Nhóm A: 90; Nhóm B: 80")).toEqual([
      ["Nhóm A", 90],
      ["Nhóm B", 80],
    ]);
    expect(mins("Nhóm A: ≥ 90%; Nhóm B: 80 – < 90%")).toEqual([
      ["Nhóm A", 90],
      ["Nhóm B", 80],
    ]);
    expect(mins("A ≥ 90%, B từ 80% đến dưới 90%")).toEqual([
      ["A", 90],
      ["B", 80],
    ]);
    expect(mins("Xuất sắc: từ 90 điểm trở lên\nTốt: từ 80,5 đến dưới 90 điểm")).toEqual([
      ["Xuất sắc", 90],
      ["Tốt", 80.5],
    ]);
    expect(mins("Xuất sắc: ≥ 90; Tốt: 80 – < 90; …")).toEqual([
      ["Xuất sắc", 90],
      ["Tốt", 80],
    ]);
  });

  it("still refuses what is not a band", () => {
    expect(parseBandsText("Tốt: abc; Khá 50 hay 60; : 40").bad).toEqual(["Tốt: abc", "Khá 50 hay 60", ": 40"]);
    expect(parseBandItem("90")).toBeNull();
  });

  it("read from the framework sheet's “Xếp loại:” cell without a finding", () => {
    const fw = miniFramework();
    const grid: CellValue[][] = frameworkToGrid(fw);
    const r = grid.findIndex((row) => row[0] === "Xếp loại:");
    grid[r][1] = "Nhóm A: ≥ 90%; Nhóm B: 80 – < 90%";
    const sheet: SheetSnapshot = { name: "Bộ tiêu chí", originRow: 0, originCol: 0, values: grid };
    const read = readFrameworkSheet(sheet);
    expect(read.framework?.bands.map((b) => [b.label, b.min])).toEqual([
      ["Nhóm A", 90],
      ["Nhóm B", 80],
    ]);
    expect(read.findings.filter((f) => f.rule === "framework-band-invalid" && f.severity === "error")).toEqual([]);
  });
});

describe("a unit below the lowest band", () => {
  it("is “Không xếp loại”, never blank; a unit held back by errors has no band", () => {
    const fw = { ...miniFramework(), bands: [{ label: "Nhóm A", min: 90 }] };
    const entries = fullMarks(fw);
    for (const [code, e] of entries) if (code.startsWith("1.")) entries.set(code, { ...e, self: 0, appraised: 0 });
    const v = validateSheet(unitSheet(fw, { entries }), fw);
    const s = scoreUnit(v, fw);
    expect(s.index).toBeLessThan(90);
    expect(s.band).toBe(s.blocked ? null : "Không xếp loại");
    expect(s.blocked).toBe(false);
    expect(scoreUnit(validateSheet(unitSheet(fw), fw), fw, { survey: 4 }).band).toBe("Nhóm A");
  });
});
