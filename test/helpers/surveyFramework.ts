import { CriterionNode, Framework } from "../../src/core/types";
import { miniFramework } from "./miniFramework";

/**
 * The mini framework with an impact area as the provincial set scores it: SIPAS 4, the leaders'
 * survey 3 (3.1, 3.2), and a criterion whose maximum differs by group (1.2: Phường 1, Xã 2).
 */
export function surveyFramework(opts: { rescale?: boolean; groupMaxima?: boolean } = {}): Framework {
  const fw = miniFramework();
  const survey = (code: string, title: string, max: number): CriterionNode => ({
    code,
    title,
    max,
    children: [],
    source: "survey",
    evidenceRequired: false,
  });
  fw.areas[2] = {
    ...fw.areas[2],
    max: 7,
    children: [
      survey("3.1", "Mức độ hài lòng của người dân (SIPAS)", 4),
      survey("3.2", "Đánh giá của lãnh đạo, quản lý về kết quả CCHC", 3),
    ],
  };
  if (opts.rescale) fw.surveyMissingRule = "rescale";
  if (opts.groupMaxima) {
    const area1 = fw.areas[0];
    const c12 = area1.children.find((c) => c.code === "1.2")!;
    c12.maxByGroup = { Phường: 1, Xã: 2 };
  }
  return fw;
}
