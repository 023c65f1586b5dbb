import { appraisalProposal } from "../../../../src/core/rules/submission/appraisalProposal";
import type { CriterionNode } from "../../../../src/core/types";
import { miniFramework } from "../../../helpers/fixtures";
import { EVIDENCE, FormColumn, formCell, formSheet, fullPoints, MAX, SELF, STT, TITLE } from "../../../helpers/forms";
import { reports } from "./submissionRule";

const fw = miniFramework();
const full = (n: CriterionNode) => (n.children.length === 0 && n.source !== "self" ? "" : fullPoints(n));
const appraised: FormColumn = { header: "Điểm thẩm định", cell: full };
const reply: FormColumn = { header: "Ý kiến của đơn vị", cell: () => "" };
const proposal: FormColumn = { header: "Đề xuất mức điểm", cell: () => "" };
const note: FormColumn = { header: "Ý kiến thẩm định", cell: () => "" };
const columns = [STT, TITLE, MAX, SELF, EVIDENCE, appraised, reply, proposal, note];
const title = ["Đơn vị: Xã An Sinh"];

describe("appraisal-proposal", () => {
  it("reports a proposed score other than the appraised one, at the proposal cell, quoting the unit's reply", () => {
    const sheet = formSheet(fw, {
      title,
      columns,
      set: { "1.2": { 5: 0, 6: "Đã gửi đủ 4 báo cáo quý", 7: "1", 8: "Báo cáo quý IV gửi muộn" } },
    });
    const row = "Báo cáo CCHC định kỳ đầy đủ, đúng hạn";
    expect(reports(appraisalProposal, sheet, fw)).toEqual([
      {
        rule: "appraisal-proposal",
        severity: "info",
        sheet: "Sheet1",
        cell: formCell(sheet, row, 7),
        code: "1.2",
        message: `Tiêu chí 1.2: đơn vị đề xuất 1 điểm, điểm thẩm định 0 (ô ${formCell(sheet, row, 5)}) (Đã gửi đủ 4 báo cáo quý).`,
        messageEn: `Criterion 1.2: the unit proposes 1, the appraised score is 0 (cell ${formCell(sheet, row, 5)}) (Đã gửi đủ 4 báo cáo quý).`,
        expected: 0,
        actual: 1,
      },
    ]);
  });

  it("does not report a proposal equal to the appraised score, an empty one, or one without an appraised score", () => {
    const sheet = formSheet(fw, {
      title,
      columns,
      set: { "1.2": { 7: 1 }, "2.1": { 7: "" }, "2.2": { 5: "", 7: 0.5 } },
    });
    expect(reports(appraisalProposal, sheet, fw)).toEqual([]);
  });

  it("does not read the unit's reply as the appraiser's note", () => {
    const sheet = formSheet(fw, { title, columns, set: { "1.2": { 5: 0.5, 6: "Đơn vị giải trình", 7: 1 } } });
    const f = reports(appraisalProposal, sheet, fw);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("(Đơn vị giải trình)");
  });
});
