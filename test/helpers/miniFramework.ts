import { CriterionNode, Framework } from "../../src/core/types";

const leaf = (code: string, title: string, max: number, extra: Partial<CriterionNode> = {}): CriterionNode => ({
  code,
  title,
  max,
  children: [],
  source: "self",
  evidenceRequired: true,
  ...extra,
});
const node = (code: string, title: string, children: CriterionNode[]): CriterionNode => ({
  code,
  title,
  max: children.reduce((t, c) => t + c.max, 0),
  children,
  source: "self",
  evidenceRequired: false,
});

/** A small framework with every shape the reader must handle: sub-criteria, leaf criteria,
 *  ten criteria in one area (so 1.10 exists beside 1.1), scales, and a survey leaf. */
export function miniFramework(): Framework {
  const area2 = Array.from({ length: 10 }, (_, i) =>
    leaf(`2.${i + 1}`, `Nhiệm vụ cải cách thể chế số ${i + 1}`, 1, { scale: { values: [0, 0.5, 1] } }),
  );
  return {
    id: "mini",
    name: "Bộ tiêu chí thử (mẫu)",
    legalBasis: "",
    year: 2025,
    level: "Cấp xã",
    sample: true,
    notApplicableRule: "rescale",
    groups: ["Phường", "Xã"],
    bands: [
      { label: "Xuất sắc", min: 90 },
      { label: "Tốt", min: 80 },
      { label: "Khá", min: 70 },
      { label: "Trung bình", min: 50 },
      { label: "Yếu", min: 0 },
    ],
    areas: [
      node("1", "Công tác chỉ đạo, điều hành CCHC", [
        node("1.1", "Kế hoạch cải cách hành chính năm", [
          leaf("1.1.1", "Ban hành kế hoạch CCHC đúng thời hạn", 1, { scale: { values: [0, 0.5, 1] } }),
          leaf("1.1.2", "Mức độ thực hiện kế hoạch CCHC", 2, { scale: { step: 0.25 } }),
        ]),
        leaf("1.2", "Báo cáo CCHC định kỳ đầy đủ, đúng hạn", 1, { scale: { values: [0, 1] } }),
        node("1.3", "Kiểm tra công tác CCHC", [
          leaf("1.3.1", "Ban hành kế hoạch kiểm tra", 1),
          leaf("1.3.2", "Xử lý tồn tại sau kiểm tra", 1, { evidenceRequired: false }),
        ]),
      ]),
      node("2", "Cải cách thể chế", area2),
      node("3", "Tác động của CCHC", [
        leaf("3.1", "Mức độ hài lòng của người dân (SIPAS)", 4, { source: "survey", evidenceRequired: false }),
      ]),
    ],
  };
}
