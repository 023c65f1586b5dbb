// Scale options written as rows under a criterion (issue 14): "a)", "b)", "c)", "i)", "ii)", "-", "+"
// are part of the criterion above them, never criteria, never Roman-numeral areas.
import { miniFramework } from "../../../helpers/fixtures";
import { layoutSheet, readLayout, rowWith } from "./layouts";

const fw = miniFramework();
const title = ["ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ", "BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024"];

describe("scale options as rows", () => {
  it("reads a clean sheet with lettered and Roman options under leaves as the unit's criteria only", () => {
    const sheet = layoutSheet(fw, {
      title,
      after: {
        "1.1.2": [
          ["a)", "Hoàn thành 100% kế hoạch: 2 điểm", 2, ""],
          ["b)", "Từ 80% đến dưới 100%: 1 điểm", 1, ""],
          ["c)", "Dưới 80%: 0 điểm", 0, ""],
        ],
        "1.2": [
          ["i)", "Có báo cáo đầy đủ, đúng hạn: 1 điểm", 1, "x"],
          ["ii)", "Không: 0 điểm", 0, ""],
        ],
        "1.3.1": [
          ["iii)", "Có kế hoạch", 1, ""],
          ["iv)", "Không có", 0, ""],
          ["v)", "Ban hành muộn", 0.5, ""],
        ],
        "2.10": [
          ["-", "Có", 1, ""],
          ["+", "Không", 0, ""],
        ],
      },
    });
    const r = readLayout(sheet, fw);
    expect(r.unit).toBe("Phường Hồng Hà");
    expect(r.points).toBe(16);
    expect(r.blocked).toBe(false);
    expect(r.findings).toEqual([]);
    const options = r.v.submission.reading.options;
    expect(options.map((o) => [o.label, o.under, o.cell])).toEqual([
      ["a", "1.1.2", `A${rowWith(sheet, "a)") + 1}`],
      ["b", "1.1.2", `A${rowWith(sheet, "b)") + 1}`],
      ["c", "1.1.2", `A${rowWith(sheet, "c)") + 1}`],
      ["i", "1.2", `A${rowWith(sheet, "i)") + 1}`],
      ["ii", "1.2", `A${rowWith(sheet, "ii)") + 1}`],
      ["iii", "1.3.1", `A${rowWith(sheet, "iii)") + 1}`],
      ["iv", "1.3.1", `A${rowWith(sheet, "iv)") + 1}`],
      ["v", "1.3.1", `A${rowWith(sheet, "v)") + 1}`],
      ["-", "2.10", `A${rowWith(sheet, "-") + 1}`],
      ["+", "2.10", `A${rowWith(sheet, "+") + 1}`],
    ]);
    // Not criteria: 1.2 is read on its own row, and no criterion 100, 1 or 2 comes from "c)", "i)", "ii)".
    expect(r.v.submission.byCode.get("1.2")!.row).toBe(rowWith(sheet, "1.2"));
    expect(r.v.submission.byCode.get("1")!.row).toBe(rowWith(sheet, "I"));
    expect(r.v.submission.byCode.get("2")!.row).toBe(rowWith(sheet, "II"));
  });

  it("reads options whose label starts the title when the code cell is empty", () => {
    const sheet = layoutSheet(fw, {
      title,
      after: {
        "1.2": [
          ["", "a) Có: 1 điểm", 1, "x"],
          ["", "b) Không: 0 điểm", 0, ""],
        ],
      },
    });
    const r = readLayout(sheet, fw);
    expect(r.findings).toEqual([]);
    expect(r.points).toBe(16);
    expect(r.v.submission.reading.options.map((o) => [o.label, o.under, o.cell])).toEqual([
      ["a", "1.2", `B${rowWith(sheet, "a) Có: 1 điểm") + 1}`],
      ["b", "1.2", `B${rowWith(sheet, "b) Không: 0 điểm") + 1}`],
    ]);
  });

  it("keeps capital Roman areas written with a bracket or a dot, decided by the rows around them", () => {
    const sheet = layoutSheet(fw, { title });
    // Areas typed "I)", "II.", "III)": the areas of the framework, not options of the leaf above.
    sheet.values[rowWith(sheet, "I")][0] = "I)";
    sheet.values[rowWith(sheet, "II")][0] = "II.";
    sheet.values[rowWith(sheet, "III")][0] = "III)";
    const r = readLayout(sheet, fw);
    expect(r.findings).toEqual([]);
    expect(r.v.submission.reading.options).toEqual([]);
    expect(["1", "2", "3"].map((c) => r.v.submission.byCode.get(c)?.row)).toEqual([
      rowWith(sheet, "I)"),
      rowWith(sheet, "II."),
      rowWith(sheet, "III)"),
    ]);
  });

  it("reads a capital Roman option under a leaf as an option when it does not name the area", () => {
    const sheet = layoutSheet(fw, {
      title,
      after: {
        "1.2": [
          ["I)", "Đạt", 1, ""],
          ["II)", "Không đạt", 0, ""],
        ],
      },
    });
    const r = readLayout(sheet, fw);
    expect(r.findings).toEqual([]);
    expect(r.v.submission.reading.options.map((o) => [o.label, o.under])).toEqual([
      ["i", "1.2"],
      ["ii", "1.2"],
    ]);
    expect(r.v.submission.byCode.get("2")!.row).toBe(rowWith(sheet, "II"));
  });

  it("still reads a criterion whose code cell holds a bullet but whose title names it", () => {
    const sheet = layoutSheet(fw, { title });
    sheet.values[rowWith(sheet, "1.2")][0] = "-";
    const r = readLayout(sheet, fw);
    expect(r.findings).toEqual([]);
    expect(r.v.submission.byCode.get("1.2")!.row).toBe(rowWith(sheet, "-"));
    expect(r.points).toBe(16);
  });
});
