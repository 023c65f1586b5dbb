// Highlighting the cells of findings and taking the highlights off: original fills come back
// exactly, a user's fills are never lost, values and formulas are never touched.
import type { Finding } from "../../../src/core/findings";
import { FakeExcel, fakeExcelGateway } from "../../../src/excel/fake/index";
import { GatewayError } from "../../../src/excel/gateway";
import { HIGHLIGHT_COLORS } from "../../../src/excel/highlights";
import { contentOf } from "./helpers";

const finding = (sheet: string, cell: string, severity: Finding["severity"] = "error"): Finding => ({
  rule: "score-over-max",
  severity,
  sheet,
  cell,
  message: "Điểm tự đánh giá vượt điểm tối đa",
  messageEn: "Self score above the maximum",
});

function workbook(): FakeExcel {
  const fake = new FakeExcel({
    sheets: [
      {
        name: "P. Hồng Hà",
        values: [
          ["STT", "Nội dung", "Tối đa", "Tự chấm"],
          ["1.1", "Kế hoạch", 1, 1.5],
          ["1.2", "Báo cáo", 2, 2],
          [null, "Tổng", 3, 3.5],
        ],
        formulas: [[], [], [], [null, null, "=SUM(C2:C3)", "=SUM(D2:D3)"]],
        fills: { D2: "#FFFF00" },
      },
      { name: "X. Dân Chủ", values: [["STT"], ["1.1", "x", 1, "đạt"]] },
    ],
  });
  // A user's patterned fill with tints, which a plain colour could not restore.
  fake.cell("P. Hồng Hà", "D3")!.fill = {
    color: "#C6EFCE",
    pattern: "Gray25",
    patternColor: "#006100",
    tintAndShade: 0.4,
    patternTintAndShade: -0.2,
  };
  return fake;
}

const findings = [
  finding("P. Hồng Hà", "D2"),
  finding("P. Hồng Hà", "D3", "warning"),
  finding("P. Hồng Hà", "D4", "info"),
  finding("X. Dân Chủ", "D2"),
];

describe("highlights", () => {
  it("fills the cells of findings by severity without touching values or formulas", async () => {
    const fake = workbook();
    const content = [contentOf(fake, "P. Hồng Hà"), contentOf(fake, "X. Dân Chủ")];
    const n = await fakeExcelGateway(fake).highlightFindings(findings);
    expect(n).toBe(4);
    expect(fake.cell("P. Hồng Hà", "D2")?.fill).toMatchObject({ color: HIGHLIGHT_COLORS.error, pattern: "Solid" });
    expect(fake.cell("P. Hồng Hà", "D3")?.fill).toMatchObject({
      color: HIGHLIGHT_COLORS.warning,
      pattern: "Solid",
      tintAndShade: 0,
    });
    expect(fake.cell("X. Dân Chủ", "D2")?.fill).toMatchObject({ color: HIGHLIGHT_COLORS.error, pattern: "Solid" });
    expect([contentOf(fake, "P. Hồng Hà"), contentOf(fake, "X. Dân Chủ")]).toEqual(content);
    expect(fake.syncCount).toBe(3);
    // The originals live in a very hidden sheet of the add-in, so they survive closing the task pane.
    expect(fake.sheet("_ParIndex_highlights")?.visibility).toBe("VeryHidden");
  });

  it("restores every original fill exactly on clear (a user's yellow, a patterned fill, no fill), even from a new session", async () => {
    const fake = workbook();
    const before = fake.dump();
    await fakeExcelGateway(fake).highlightFindings(findings);
    // Task pane closed and opened again: a new gateway with nothing in memory.
    const restored = await fakeExcelGateway(fake).clearHighlights();
    expect(restored).toBe(4);
    expect(fake.dump()).toEqual(before);
  });

  it("keeps the original when a cell is highlighted twice, the most severe finding winning", async () => {
    const fake = workbook();
    const before = fake.dump();
    const gateway = fakeExcelGateway(fake);
    await gateway.highlightFindings([finding("P. Hồng Hà", "D2", "info")]);
    expect(
      await gateway.highlightFindings([
        finding("P. Hồng Hà", "D2", "warning"),
        finding("P. Hồng Hà", "$D$2", "error"),
        finding("P. Hồng Hà", "D3"),
      ]),
    ).toBe(1);
    expect(fake.cell("P. Hồng Hà", "D2")?.fill?.color).toBe(HIGHLIGHT_COLORS.error);
    await gateway.clearHighlights();
    expect(fake.dump()).toEqual(before);
  });

  it("leaves a fill the user changed after highlighting", async () => {
    const fake = workbook();
    const gateway = fakeExcelGateway(fake);
    await gateway.highlightFindings(findings);
    const blue = {
      color: "#00B0F0",
      pattern: "Solid",
      patternColor: "#000000",
      tintAndShade: 0,
      patternTintAndShade: 0,
    };
    fake.cell("P. Hồng Hà", "D2")!.fill = { ...blue };
    expect(await gateway.clearHighlights()).toBe(3);
    expect(fake.cell("P. Hồng Hà", "D2")?.fill).toEqual(blue);
    expect(fake.cell("X. Dân Chủ", "D2")?.fill).toBeUndefined();
  });

  it("ignores findings on sheets or cells that do not exist, and clearing with nothing highlighted does nothing", async () => {
    const fake = workbook();
    const before = fake.dump();
    const gateway = fakeExcelGateway(fake);
    expect(await gateway.highlightFindings([finding("Không có", "A1"), finding("P. Hồng Hà", "")])).toBe(0);
    expect(await gateway.clearHighlights()).toBe(0);
    expect(fake.dump()).toEqual(before);
  });

  it("refuses, in Vietnamese and before changing anything, to highlight on a protected sheet", async () => {
    const fake = workbook();
    fake.protect("X. Dân Chủ");
    const before = fake.dump();
    const err = await fakeExcelGateway(fake)
      .highlightFindings(findings)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: "AccessDenied", messageVi: expect.stringContaining("X. Dân Chủ") });
    expect(fake.dump()).toEqual(before);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const fake = workbook();
    await fakeExcelGateway(fake).selectCell("X. Dân Chủ", "D2");
    expect(fake.dump()).toMatchObject({ activeSheet: "X. Dân Chủ", selection: { sheet: "X. Dân Chủ", address: "D2" } });
    expect(fake.syncCount).toBe(1);
  });

  it("names the missing sheet in Vietnamese", async () => {
    const fake = workbook();
    await expect(fakeExcelGateway(fake).selectCell("P. Cũ", "A1")).rejects.toMatchObject({
      code: "ItemNotFound",
      messageVi: expect.stringContaining("P. Cũ"),
    });
    await expect(fakeExcelGateway(fake).selectCell("P. Hồng Hà", "không phải ô")).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});
