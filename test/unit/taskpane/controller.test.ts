// The task pane's controller over a hand-written gateway: what each action reads, computes and
// writes, and what staff are told.
import { lostItems } from "../../../src/core/plans/remediation.js";
import { analyseWorkbook } from "../../../src/core/pipeline.js";
import type { SheetPlan } from "../../../src/core/types.js";
import type { Finding } from "../../../src/core/findings.js";
import { FakeExcel, fakeExcelGateway } from "../../../src/excel/fake/index.js";
import { GatewayError } from "../../../src/excel/gateway.js";
import { TaskPaneController } from "../../../src/taskpane/controller.js";
import type { TaskPaneState } from "../../../src/taskpane/state.js";
import { render } from "../../../src/taskpane/i18n.js";
import { GatewayDouble } from "./gatewayDouble.js";
import { communeFramework, frameworkSheet, unitSheets } from "./fixtures.js";

async function started(g: GatewayDouble): Promise<TaskPaneController> {
  const c = new TaskPaneController(g, { yieldToUi: async () => {} });
  await c.init();
  return c;
}

const notice = (s: TaskPaneState, lang: "vi" | "en" = "vi") =>
  s.notice ? s.notice.messages.map((m) => render(lang, m)).join(" ") : "";
const error = (s: TaskPaneState) => (s.error?.message ? render("vi", s.error.message) : (s.error?.text?.vi ?? ""));
const written = (g: GatewayDouble, i = 0) => g.calls.filter((c) => c.method === "writePlans")[i].args[0] as SheetPlan[];

describe("criteria set", () => {
  test("a framework sheet in the workbook is chosen on opening, with its name, legal basis and problems", async () => {
    const fw = communeFramework();
    fw.name = "Bộ tiêu chí cấp xã tỉnh Quảng Ninh";
    fw.legalBasis = "Quyết định số 12/QĐ-UBND";
    fw.sample = false;
    fw.areas[0].children[0].children[0].max += 1;
    fw.areas[0].children[0].max += 1;
    fw.areas[0].max += 1;
    const c = await started(new GatewayDouble([frameworkSheet(fw, "Bộ tiêu chí", false), ...unitSheets(3)]));
    const s = c.getState();
    expect(s.choice).toEqual({ kind: "sheet", sheet: "Bộ tiêu chí" });
    expect(s.framework?.name).toBe("Bộ tiêu chí cấp xã tỉnh Quảng Ninh");
    expect(s.framework?.legalBasis).toBe("Quyết định số 12/QĐ-UBND");
    expect(s.frameworkFindings.map((f) => [f.rule, f.severity, f.sheet])).toEqual([
      ["framework-total", "error", "Bộ tiêu chí"],
    ]);
    expect(s.units.map((u) => u.sheet)).toEqual(["P. Hồng Hà", "X. Dân Chủ", "P. Hồng Hải"]);
    expect(s.skipped).toEqual([{ sheet: "Bộ tiêu chí", reason: "framework" }]);
  });

  test("without a framework sheet the built-in commune sample is used", async () => {
    const c = await started(new GatewayDouble(unitSheets(2)));
    expect(c.getState().choice).toEqual({ kind: "builtin", id: "mau-cap-xa" });
    expect(c.getState().frameworkFindings).toEqual([]);
    expect(c.getState().settings.groupsText).toBe("Phường, Xã, Đặc khu");
  });

  test("a chosen sheet that cannot be read as a criteria set says what the sheet needs", async () => {
    const g = new GatewayDouble([
      { name: "Bộ tiêu chí", originRow: 0, originCol: 0, values: [["Ghi chú"], ["chưa có gì"]] },
      ...unitSheets(2),
    ]);
    const c = await started(g);
    expect(c.getState().framework).toBeNull();
    expect(render("vi", c.getState().frameworkProblem!)).toContain(
      "Không đọc được bộ tiêu chí nào từ trang “Bộ tiêu chí”",
    );
    await c.chooseFramework({ kind: "builtin", id: "mau-cap-xa" });
    expect(c.getState().framework?.id).toBe("mau-cap-xa");
    expect(c.getState().units).toHaveLength(2);
  });

  test("groups typed in the pane stay on re-reading, until the framework sheet itself changes them", async () => {
    const fw = communeFramework();
    const g = new GatewayDouble([frameworkSheet(fw, "Bộ tiêu chí", false), ...unitSheets(2)]);
    const c = await started(g);
    c.updateSettings({ groupsText: "Phường, Xã" });
    await c.rescan();
    expect(c.getState().settings.groupsText).toBe("Phường, Xã");
    fw.groups = ["Phường", "Xã", "Đặc khu", "Thị trấn"];
    g.sheets[0] = frameworkSheet(fw, "Bộ tiêu chí", false);
    await c.rescan();
    expect(c.getState().settings.groupsText).toBe("Phường, Xã, Đặc khu, Thị trấn");
  });

  test("inserting the sample writes one framework sheet and chooses it; an earlier one is replaced only after asking", async () => {
    const g = new GatewayDouble(unitSheets(2));
    const c = await started(g);
    await c.insertFrameworkSheet();
    expect(written(g).map((p) => p.kind)).toEqual(["framework"]);
    expect(c.getState().choice).toEqual({ kind: "sheet", sheet: "Bộ tiêu chí" });
    expect(notice(c.getState())).toContain("Đã chèn trang “Bộ tiêu chí” và chọn làm bộ tiêu chí");

    await c.chooseFramework({ kind: "builtin", id: "mau-cap-xa" });
    await c.insertFrameworkSheet();
    expect(c.getState().confirm).toEqual({ kind: "replace-framework", sheet: "Bộ tiêu chí" });
    expect(g.count("writePlans")).toBe(1);
    c.cancelConfirm();
    expect(c.getState().confirm).toBeNull();
    await c.insertFrameworkSheet(true);
    expect(g.count("writePlans")).toBe(2);
  });

  test("the blank template is written for the chosen group", async () => {
    const g = new GatewayDouble([]);
    const c = await started(g);
    await c.insertTemplate("Xã");
    const [plan] = written(g);
    expect(plan.kind).toBe("template");
    expect(notice(c.getState())).toBe("Đã chèn trang “Mẫu tự đánh giá”. Gửi trang này cho các đơn vị để tự đánh giá.");
  });
});

describe("unit files", () => {
  test("importing files inserts their sheets and lists the units found, in plain words", async () => {
    const g = new GatewayDouble(unitSheets(1));
    const [a, b] = unitSheets(3).slice(1);
    g.files = { "phuong-hong-hai.xlsx": [b], "xa-dan-chu.xlsx": [a] };
    const c = await started(g);
    await c.importFiles([
      { fileName: "xa-dan-chu.xlsx", base64: "UEsDBA==" },
      { fileName: "phuong-hong-hai.xlsx", base64: "UEsDBA==" },
    ]);
    expect(g.calls.find((x) => x.method === "importWorkbooks")!.args[0]).toEqual([
      { fileName: "xa-dan-chu.xlsx", base64: "UEsDBA==" },
      { fileName: "phuong-hong-hai.xlsx", base64: "UEsDBA==" },
    ]);
    expect(c.getState().units.map((u) => u.unit)).toEqual(["Phường Hồng Hà", "Xã Dân Chủ", "Phường Hồng Hải"]);
    expect(notice(c.getState())).toBe("Đã nhập 2 trang từ 2 tệp: X. Dân Chủ, P. Hồng Hải.");
  });

  test("files with nothing to import are reported as such", async () => {
    const g = new GatewayDouble([]);
    const c = await started(g);
    await c.importFiles([{ fileName: "trong.xlsx", base64: "" }]);
    expect(c.getState().notice?.intent).toBe("warning");
    expect(notice(c.getState())).toBe("Các tệp đã chọn không có trang nào để nhập.");
  });

  test("a corrected name and group are used for scoring, without reading Excel again", async () => {
    const g = new GatewayDouble(unitSheets(3));
    const c = await started(g);
    const reads = g.count("readWorkbook");
    c.setUnitName("X. Dân Chủ", "Xã Dân Chủ (cũ)");
    c.setUnitGroup("X. Dân Chủ", "Đặc khu");
    expect(g.count("readWorkbook")).toBe(reads);
    expect(c.getState().units.find((u) => u.sheet === "X. Dân Chủ")).toMatchObject({
      unit: "Xã Dân Chủ (cũ)",
      group: "Đặc khu",
    });
    await c.score();
    expect(c.getState().results!.find((u) => u.sheet === "X. Dân Chủ")).toMatchObject({
      unit: "Xã Dân Chủ (cũ)",
      group: "Đặc khu",
      rank: 1,
    });
  });
});

describe("check", () => {
  test("checking all reads the workbook once, writes nothing and counts the units ready to score", async () => {
    const g = new GatewayDouble(unitSheets(14));
    const c = await started(g);
    const reads = g.count("readWorkbook");
    await c.validate();
    expect(g.count("readWorkbook")).toBe(reads + 1);
    expect(g.count("writePlans")).toBe(0);
    const s = c.getState();
    const ready = s.units.filter((u) => u.ready).length;
    expect(s.units).toHaveLength(14);
    expect(ready).toBeGreaterThan(0);
    expect(ready).toBeLessThan(14);
    expect(notice(s)).toBe(`Đã kiểm tra 14 đơn vị: ${ready} đơn vị sẵn sàng chấm điểm; ${14 - ready} đơn vị còn lỗi.`);
    expect(notice(s, "en")).toBe(`Checked 14 units: ${ready} ready to score; ${14 - ready} units have errors.`);
  });

  test("checking one sheet re-reads only what it needs and replaces that unit's findings", async () => {
    const g = new GatewayDouble(unitSheets(14));
    const c = await started(g);
    const blocked = c.getState().units.find((u) => !u.ready)!;
    // The ward fixes the cell: the fresh sheet without problems replaces the old one.
    const clean = unitSheets(14, { problems: false }).find((s) => s.name === blocked.sheet)!;
    g.sheets = g.sheets.map((s) => (s.name === blocked.sheet ? clean : s));
    await c.validate(blocked.sheet);
    const after = c.getState().units.find((u) => u.sheet === blocked.sheet)!;
    expect(after.ready).toBe(true);
    expect(c.getState().units).toHaveLength(14);
    expect(notice(c.getState())).toMatch(new RegExp(`^Đã kiểm tra ${blocked.unit}: không có lỗi`));
  });

  test("checking a sheet that is not a submission says so", async () => {
    const g = new GatewayDouble([
      ...unitSheets(2),
      { name: "Ghi chú", originRow: 0, originCol: 0, values: [["Danh sách cán bộ"]] },
    ]);
    const c = await started(g);
    await c.validate("Ghi chú");
    expect(error(c.getState())).toContain("Trang “Ghi chú” không phải bảng tự đánh giá");
  });

  test("highlighting follows the filter: by default errors and warnings, never the notes", async () => {
    const g = new GatewayDouble(unitSheets(14));
    const c = await started(g);
    const all = c.getState().units.flatMap((u) => u.findings);
    expect(all.some((f) => f.severity === "info")).toBe(true);
    await c.highlight();
    const sent = g.calls.find((x) => x.method === "highlightFindings")!.args[0] as Finding[];
    expect(sent).toEqual(all.filter((f) => f.severity !== "info" && f.cell));
    // Notes ticked: their cells are coloured too.
    c.toggleSeverity("info");
    await c.highlight();
    const second = g.calls.filter((x) => x.method === "highlightFindings")[1].args[0] as Finding[];
    expect(second).toEqual(all.filter((f) => f.cell));
  });

  test("highlighting fills the cells of the findings shown by the filter; clearing restores them", async () => {
    const g = new GatewayDouble(unitSheets(14));
    const c = await started(g);
    c.toggleSeverity("warning");
    await c.highlight();
    const sent = g.calls.find((x) => x.method === "highlightFindings")!.args[0] as Finding[];
    const errors = c.getState().units.flatMap((u) => u.findings.filter((f) => f.severity === "error"));
    expect(sent).toEqual(errors);
    expect(notice(c.getState())).toBe(`Đã tô màu ${errors.length} ô có vấn đề. Bấm “Bỏ tô màu” để trả lại màu cũ.`);
    await c.clearHighlights();
    expect(notice(c.getState())).toBe(`Đã trả lại màu cũ cho ${errors.length} ô.`);
  });

  test("selecting a cell that Excel refuses shows Excel's message and keeps the pane usable", async () => {
    const g = new GatewayDouble(unitSheets(14));
    const c = await started(g);
    const f = c.getState().units.flatMap((u) => u.findings)[0];
    g.failures.selectCell = new GatewayError("Không tìm thấy trang tính.", "Sheet not found.", "ItemNotFound");
    await c.selectFinding(f);
    expect(c.getState().error).toEqual({
      text: { vi: "Không tìm thấy trang tính.", en: "Sheet not found." },
      code: "ItemNotFound",
    });
    await c.selectFinding(f);
    expect(c.getState().error).toBeNull();
    expect(g.selected).toEqual({ sheet: f.sheet, cell: f.cell });
  });
});

describe("score and rank", () => {
  test("survey points typed with a decimal comma count; a wrong one stops before anything is written", async () => {
    const g = new GatewayDouble(unitSheets(4, { problems: false }));
    const c = await started(g);
    c.setInput("P. Hồng Hà", "survey", "8,5");
    c.setInput("X. Dân Chủ", "survey", "tám");
    await c.score();
    expect(error(c.getState())).toBe(
      "Điểm điều tra XHH của Xã Dân Chủ (“tám”) không phải là số không âm. Hãy sửa hoặc để trống.",
    );
    expect(g.count("writePlans")).toBe(0);
    c.setInput("X. Dân Chủ", "survey", "");
    await c.score();
    const r = c.getState().results!;
    expect(r.find((u) => u.sheet === "P. Hồng Hà")!.survey).toBe(8.5);
    expect(r.find((u) => u.sheet === "X. Dân Chủ")!.survey).toBeNull();
    expect(notice(c.getState())).toContain("4 đơn vị đã xếp hạng.");
  });

  test("the chosen scoring rule reaches the engine: self scores only are never below the default", async () => {
    const g = new GatewayDouble(unitSheets(4, { problems: false }));
    const c = await started(g);
    await c.score();
    const byDefault = new Map(c.getState().results!.map((u) => [u.sheet, u.appraisedPoints]));
    c.updateSettings({ counted: "self" });
    await c.score();
    const bySelf = c.getState().results!;
    expect(bySelf.every((u) => u.appraisedPoints === u.selfPoints)).toBe(true);
    expect(bySelf.some((u) => u.appraisedPoints > byDefault.get(u.sheet)!)).toBe(true);
  });

  test("changed band thresholds classify the units; a threshold that is not a number is refused", async () => {
    const g = new GatewayDouble(unitSheets(4, { problems: false }));
    const c = await started(g);
    const bands = c.getState().settings.bands;
    expect(bands.map((b) => b.label)).toEqual(["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"]);
    bands.forEach((b, i) => c.setBandMin(i, b.label === "Yếu" ? "0" : "1"));
    await c.score();
    // Every unit now reaches the highest band with a positive threshold.
    expect(new Set(c.getState().results!.map((u) => u.band))).toEqual(new Set(["Xuất sắc"]));
    c.setBandMin(0, "chín mươi");
    await c.score();
    expect(error(c.getState())).toBe("Ngưỡng xếp loại phải là số từ 0 đến 100.");
  });

  test("last year's results are read from the chosen sheet and compared", async () => {
    const prev = {
      name: "KQ 2024",
      originRow: 0,
      originCol: 0,
      values: [
        ["Đơn vị", "Tổng điểm", "Xếp hạng"],
        ["Phường Hồng Hà", 80, 2],
        ["Xã Dân Chủ", 75.5, 1],
      ],
    };
    const g = new GatewayDouble([...unitSheets(4, { problems: false }), prev]);
    const c = await started(g);
    c.updateSettings({ previousSheet: "KQ 2024", issuingBody: "SỞ NỘI VỤ TỈNH QUẢNG NINH", place: "Hạ Long" });
    await c.score();
    expect(notice(c.getState())).toContain("Đọc được kết quả năm trước của 2 đơn vị từ trang “KQ 2024”.");
    const summary = written(g).find((p) => p.kind === "summary")!;
    const texts = summary.cells
      .flat()
      .map((x) => x?.value)
      .filter((v) => typeof v === "string");
    expect(texts).toContain("SỞ NỘI VỤ TỈNH QUẢNG NINH");
    expect(texts.some((t) => String(t).startsWith("Hạ Long, ngày"))).toBe(true);
  });

  test("after scoring the summary sheet is shown; if Excel cannot show it, the result still stands", async () => {
    const g = new GatewayDouble(unitSheets(4, { problems: false }));
    const c = await started(g);
    await c.score();
    expect(g.selected).toEqual({ sheet: "Tổng hợp", cell: "A1" });
    g.selected = null;
    g.failures.selectCell = new GatewayError("Không chọn được ô.", "Could not select.", "GeneralException");
    await c.score();
    expect(c.getState().error).toBeNull();
    expect(notice(c.getState())).toContain("4 đơn vị đã xếp hạng.");
  });

  test("with no unit sheets, scoring says where to bring them in", async () => {
    const c = await started(new GatewayDouble([]));
    await c.score();
    expect(error(c.getState())).toContain("Chưa có đơn vị nào để chấm điểm");
  });
});

describe("remediation plans", () => {
  test("the plan for every unit comes with the analysis; the summary counts the criteria that lost points", async () => {
    const g = new GatewayDouble(unitSheets(6));
    const c = await started(g);
    await c.plan();
    const kinds = written(g).map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(["summary", "ranking", "detail", "plan", "analysis"]));
    expect(g.count("readWorkbook")).toBe(2);
    const fw = communeFramework();
    const items = lostItems(analyseWorkbook({ sheets: unitSheets(6) }, { framework: fw })).length;
    expect(notice(c.getState())).toContain(
      `Đã lập kế hoạch khắc phục: ${items} tiêu chí bị mất điểm ở 6 đơn vị, kèm phân tích.`,
    );
  });

  test("one unit's plan is its own sheet", async () => {
    const g = new GatewayDouble(unitSheets(6));
    const c = await started(g);
    c.setPlanTarget("X. Dân Chủ");
    await c.plan();
    const plans = written(g);
    expect(plans.filter((p) => p.kind === "unit-plan").map((p) => p.name)).toEqual(["KH X. Dân Chủ"]);
    expect(plans.some((p) => p.kind === "plan")).toBe(false);
    expect(notice(c.getState())).toMatch(/^Đã lập kế hoạch khắc phục cho Xã Dân Chủ: \d+ tiêu chí bị mất điểm\./);
  });
});

describe("long operations", () => {
  test("progress from Excel and from checking is shown while an action runs, and a second action waits its turn", async () => {
    const g = new GatewayDouble(unitSheets(12));
    const c = new TaskPaneController(g, { yieldToUi: async () => {}, chunk: 5 });
    const seen: string[] = [];
    c.subscribe(() => {
      const b = c.getState().busy;
      if (b?.total) seen.push(`${b.label.key} ${b.done}/${b.total}`);
    });
    const first = c.init();
    await c.validate(); // ignored: the first action is still running
    await first;
    expect(seen).toEqual(
      expect.arrayContaining([
        "opReading 1/1",
        "opValidating 0/12",
        "opValidating 5/12",
        "opValidating 10/12",
        "opValidating 12/12",
      ]),
    );
    expect(g.count("readWorkbook")).toBe(1);
    expect(c.getState().busy).toBeNull();
  });
});

describe("users' formulas on generated sheets", () => {
  test("scoring again lists the user's cells whose formulas pointed at the replaced sheets", async () => {
    const fake = new FakeExcel({ sheets: unitSheets(3, { problems: false }) });
    const gateway = fakeExcelGateway(fake);
    let writes = 0;
    const write = gateway.writePlans.bind(gateway);
    gateway.writePlans = (...a) => (writes++, write(...a));
    const c = new TaskPaneController(gateway, { yieldToUi: async () => {} });
    await c.init();
    await c.score();
    const summary = c.getState().written.find((w) => w.kind === "summary")!.name;
    expect(notice(c.getState())).not.toContain("#REF!");
    fake.addSheet({ name: "Báo cáo riêng", values: [[null]], formulas: [[`='${summary}'!A1`]] });
    const before = writes;
    await c.score();
    // Asked before anything is replaced: nothing written yet, the cell named in the question.
    expect(writes).toBe(before);
    const ask = c.getState().confirm;
    expect(ask).toMatchObject({ kind: "formulas-at-risk", action: "score" });
    expect(ask?.kind === "formulas-at-risk" ? ask.cells : []).toEqual([`Báo cáo riêng!A1 → ${summary}`]);
    c.cancelConfirm();
    expect(c.getState().confirm).toBeNull();
    expect(writes).toBe(before);
    // Staff answer yes: written, and the notice after the write lists the same cell.
    await c.score(true);
    expect(writes).toBe(before + 1);
    expect(c.getState().notice?.intent).toBe("warning");
    expect(notice(c.getState())).toContain(`Báo cáo riêng!A1 → ${summary}`);
    expect(notice(c.getState(), "en")).toContain("#REF!");
  });
});
