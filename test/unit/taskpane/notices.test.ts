// What staff are told after an action, in both languages.
import { Lang, render } from "../../../src/taskpane/i18n.js";
import {
  checkedNotice,
  checkedOneNotice,
  importedNotice,
  plannedNotice,
  scoredNotice,
} from "../../../src/taskpane/notices.js";
import type { Notice } from "../../../src/taskpane/state.js";

const said = (n: Notice, lang: Lang = "vi") => n.messages.map((m) => render(lang, m)).join(" ");
const WRITTEN = [{ name: "Tổng hợp" }, { name: "Xếp hạng" }];

test("importing: sheets and distinct files are counted; nothing imported is a warning", () => {
  const n = importedNotice([
    { fileName: "xa-dan-chu.xlsx", name: "X. Dân Chủ" },
    { fileName: "phuong.xlsx", name: "P. Hồng Hải" },
    { fileName: "phuong.xlsx", name: "P. Cao Xanh" },
  ]);
  expect(n.intent).toBe("success");
  expect(said(n)).toBe("Đã nhập 3 trang từ 2 tệp: X. Dân Chủ, P. Hồng Hải, P. Cao Xanh.");
  expect(importedNotice([])).toEqual({ intent: "warning", messages: [{ key: "importedNothing" }] });
});

test("checking every unit: a success only when every unit is ready", () => {
  expect(checkedNotice([{ ready: true }, { ready: true }]).intent).toBe("success");
  const n = checkedNotice([{ ready: true }, { ready: false }, { ready: true }]);
  expect(n.intent).toBe("warning");
  expect(said(n)).toBe("Đã kiểm tra 3 đơn vị: 2 đơn vị sẵn sàng chấm điểm; 1 đơn vị còn lỗi.");
});

test("checking one unit names it", () => {
  const n = checkedOneNotice({ unit: "Xã Dân Chủ", ready: false, errors: 2, warnings: 1 });
  expect(n.intent).toBe("warning");
  expect(said(n)).toContain("Xã Dân Chủ");
});

test("scoring: units ranked and not, the sheets written, and last year's results", () => {
  const scores = [{ rank: 1 }, { rank: null }, { rank: 2 }];
  const n = scoredNotice(scores, WRITTEN, { sheet: "KQ 2024", count: 2 });
  expect(n.intent).toBe("warning");
  expect(said(n)).toBe(
    "2 đơn vị đã xếp hạng; 1 đơn vị còn lỗi (chưa xếp hạng). Đã ghi các trang: Tổng hợp, Xếp hạng. Đọc được kết quả năm trước của 2 đơn vị từ trang “KQ 2024”.",
  );
  expect(scoredNotice([{ rank: 1 }], WRITTEN, null)).toMatchObject({
    intent: "success",
    messages: [{ key: "scoredSummary" }, { key: "wroteSheets" }],
  });
});

test("scoring with a chosen sheet that holds no results says there was no comparison", () => {
  expect(said(scoredNotice([{ rank: 1 }], WRITTEN, { sheet: "Ghi chú", count: 0 }))).toContain(
    "Trang “Ghi chú” không có bảng “Đơn vị | Tổng điểm | Xếp hạng”",
  );
});

test("planning, for every unit or one", () => {
  expect(said(plannedNotice(12, { units: 6 }, [{ name: "Kế hoạch khắc phục" }]))).toBe(
    "Đã lập kế hoạch khắc phục: 12 tiêu chí bị mất điểm ở 6 đơn vị, kèm phân tích. Đã ghi các trang: Kế hoạch khắc phục.",
  );
  expect(said(plannedNotice(1, { unit: "Xã Dân Chủ" }, [{ name: "KH X. Dân Chủ" }]), "en")).toBe(
    "Remediation plan drawn up for Xã Dân Chủ: 1 criterion with lost points. Wrote the sheets: KH X. Dân Chủ.",
  );
});
