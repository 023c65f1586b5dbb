import { buildPlans, resolveHeader, runPipeline } from "../../../../src/core/pipeline";
import { documentInfoOf, readDocumentInfo, textDate } from "../../../../src/core/inputs/documentInfo";
import { bodyAbbreviation, documentHeader, documentNumber, headOf } from "../../../../src/core/plans/builder";
import { SheetPlan, SheetSnapshot } from "../../../../src/core/types";
import { parseHeader } from "../../../../src/taskpane/settings";
import { communeFramework, planToSnapshot, sampleUnits } from "../../../helpers/fixtures";

// The document header of the generated sheets (issue 17, Nghị định 30/2020/NĐ-CP): numbered and
// signed by the office, settable in the pane and the command line, and kept in the workbook on a
// sheet "Thông tin văn bản" that a colleague who opens the workbook (or runs the CLI on it) gets.

const texts = (p: SheetPlan) => p.cells.flat().map((c) => c?.value);

function infoSheet(rows: (string | number | null)[][], name = "Thông tin văn bản"): SheetSnapshot {
  return { name, originRow: 0, originCol: 0, values: rows };
}

describe("numbers and signatures of the office's documents", () => {
  it("abbreviates the body as in document numbers, without its place", () => {
    expect(bodyAbbreviation("Sở Nội vụ")).toBe("SNV");
    expect(bodyAbbreviation("SỞ NỘI VỤ TỈNH QUẢNG NINH")).toBe("SNV");
    expect(bodyAbbreviation("Phòng Nội vụ")).toBe("PNV");
    expect(bodyAbbreviation("Ủy ban nhân dân tỉnh Quảng Ninh")).toBe("UBND");
    expect(documentNumber(documentHeader({ issuingBody: "Sở Nội vụ" }), "BC")).toBe("Số: …/BC-SNV");
    expect(documentNumber(documentHeader({ number: "125/BC-SNV" }), "BC")).toBe("Số: 125/BC-SNV");
    expect(documentNumber(documentHeader({ number: "Số: 7/KH-SNV" }), "KH")).toBe("Số: 7/KH-SNV");
  });

  it("signs for a body by its kind", () => {
    expect(headOf("Sở Nội vụ")).toEqual(["GIÁM ĐỐC"]);
    expect(headOf("Phòng Nội vụ")).toEqual(["TRƯỞNG PHÒNG"]);
    expect(headOf("Ủy ban nhân dân huyện Vân Đồn")).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
  });

  const fw = communeFramework();
  const { sheets } = sampleUnits(fw, 4, { seed: 7, problems: false });
  const header = {
    issuingBody: "Sở Nội vụ",
    parentBody: "Ủy ban nhân dân tỉnh Quảng Ninh",
    sign: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer: "Nguyễn Văn An",
    date: { year: 2025, month: 12, day: 15 },
  };
  const plans = runPipeline({ sheets }, { framework: fw, header }).plans;

  it.each(["summary", "ranking", "plan"])("the %s sheet carries a number line, the signature and Nơi nhận", (kind) => {
    const p = plans.find((x) => x.kind === kind)!;
    const t = texts(p);
    expect(t).toEqual(
      expect.arrayContaining([
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
        "SỞ NỘI VỤ",
        kind === "plan" ? "Số: …/KH-SNV" : "Số: …/BC-SNV",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
        "Nơi nhận:",
        "- Ủy ban nhân dân tỉnh Quảng Ninh (để báo cáo);",
      ]),
    );
    expect(t).not.toContain("NGƯỜI LẬP BIỂU");
  });

  it("prints the summary's signature inside its print area", () => {
    const p = plans.find((x) => x.kind === "summary")!;
    const signRow = p.cells.findIndex((r) => r.some((c) => c?.value === "KT. GIÁM ĐỐC"));
    const lastPrinted = Number(/(\d+)$/.exec(p.print!.area!)![1]) - 1;
    expect(signRow).toBeGreaterThan(0);
    expect(lastPrinted).toBeGreaterThanOrEqual(p.cells.findIndex((r) => r.some((c) => c?.value === "Nguyễn Văn An")));
  });
});

describe("the header kept in the workbook (sheet Thông tin văn bản)", () => {
  const sheet = infoSheet([
    ["THÔNG TIN VĂN BẢN", null],
    ["Mục", "Giá trị"],
    ["Cơ quan cấp trên", "Ủy ban nhân dân tỉnh Quảng Ninh"],
    ["Cơ quan ban hành (thẩm định)", "Sở Nội vụ"],
    ["Số, ký hiệu văn bản", "125/BC-SNV"],
    ["Địa danh", "Hạ Long"],
    ["Ngày ban hành", 46006],
    ["Thẩm quyền ký", "KT. Giám đốc / Phó Giám đốc"],
    ["Người ký", "Nguyễn Văn An"],
  ]);

  it("reads each label's value; dates as Excel serials, dd/mm/yyyy or words", () => {
    expect(readDocumentInfo(sheet)).toEqual({
      parentBody: "Ủy ban nhân dân tỉnh Quảng Ninh",
      issuingBody: "Sở Nội vụ",
      number: "125/BC-SNV",
      place: "Hạ Long",
      date: { year: 2025, month: 12, day: 15 },
      sign: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      signer: "Nguyễn Văn An",
    });
    expect(textDate("15/12/2025")).toEqual({ year: 2025, month: 12, day: 15 });
    expect(textDate("ngày 06 tháng 5 năm 2022")).toEqual({ year: 2022, month: 5, day: 6 });
    expect(textDate("31/02/2025")).toBeUndefined();
    expect(readDocumentInfo(infoSheet([["Ngày", "… /12/2025"]]))).toEqual({ dateText: "ngày … /12/2025" });
    expect(readDocumentInfo(infoSheet([["Cơ quan ban hành", "Sở Nội vụ"]], "Sheet1"))).toBeNull();
  });

  const fw = communeFramework();
  const { sheets } = sampleUnits(fw, 3, { seed: 7, problems: false });

  it("is not read as a unit, and gives the header when nothing else is set", () => {
    const { analysis, plans } = runPipeline({ sheets: [...sheets, sheet] }, { framework: fw });
    expect(analysis.validation.sheets).toHaveLength(3);
    expect(analysis.validation.findings.filter((f) => f.sheet === sheet.name)).toEqual([]);
    const summary = texts(plans.find((p) => p.kind === "summary")!);
    expect(summary).toEqual(
      expect.arrayContaining(["SỞ NỘI VỤ", "Số: 125/BC-SNV", "Hạ Long, ngày 15 tháng 12 năm 2025", "PHÓ GIÁM ĐỐC"]),
    );
    // A user's own sheet is read, never written over.
    expect(plans.some((p) => p.kind === "document")).toBe(false);
  });

  it("gives way to what the pane or the command line sets, and the framework's body is the last resort", () => {
    const h = resolveHeader({ sheets: [sheet] }, { header: { place: "Cẩm Phả", signer: undefined } });
    expect(h).toMatchObject({ place: "Cẩm Phả", issuingBody: "Sở Nội vụ", signer: "Nguyễn Văn An" });
    expect(resolveHeader({ sheets: [] }, {}, "UBND tỉnh Quảng Ninh").parentBody).toBe("UBND tỉnh Quảng Ninh");
    expect(resolveHeader({ sheets: [sheet] }, {}, "UBND tỉnh X").parentBody).toBe("Ủy ban nhân dân tỉnh Quảng Ninh");
  });

  it("is written back when set, so the next run (a colleague's) prints the same header", () => {
    const header = parseHeader({
      issuingBody: "Sở Nội vụ",
      place: "Hạ Long",
      dateText: "… /12/2025",
      sign: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC",
      number: "99/BC-SNV",
    });
    expect(header).toMatchObject({ dateText: "ngày … /12/2025", sign: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] });
    const first = runPipeline({ sheets }, { framework: fw, header });
    const kept = first.plans.find((p) => p.kind === "document")!;
    expect(kept.name).toBe("Thông tin văn bản");
    const snapshot = { sheets: [...sheets, planToSnapshot(kept)] };
    expect(documentInfoOf(snapshot.sheets)).toMatchObject({ issuingBody: "Sở Nội vụ", number: "99/BC-SNV" });
    // The colleague's pane has nothing typed.
    const again = runPipeline(snapshot, { framework: fw });
    const summary = texts(again.plans.find((p) => p.kind === "summary")!);
    expect(summary).toEqual(expect.arrayContaining(["SỞ NỘI VỤ", "Số: 99/BC-SNV", "Hạ Long, ngày … /12/2025"]));
    expect(again.plans.some((p) => p.kind === "document")).toBe(true);
    // Nothing set and nothing kept: no sheet is added.
    expect(buildPlans(first.analysis, { sheets }, { framework: fw }).some((p) => p.kind === "document")).toBe(false);
  });
});
