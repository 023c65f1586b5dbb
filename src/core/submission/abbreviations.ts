// Vietnamese administrative abbreviations and their spelled-out forms: the one list. A sheet that
// writes "cải cách hành chính" where the framework writes "CCHC" names the same criterion.
import { foldLoose } from "../util/text.js";

/** Abbreviation → spelled-out form, as written in official texts. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  CCHC: "cải cách hành chính",
  TTHC: "thủ tục hành chính",
  UBND: "ủy ban nhân dân",
  HĐND: "hội đồng nhân dân",
  CBCCVC: "cán bộ, công chức, viên chức",
  CBCC: "cán bộ, công chức",
  CCVC: "công chức, viên chức",
  ĐTXHH: "điều tra xã hội học",
  XHH: "xã hội học",
  "KT-XH": "kinh tế - xã hội",
  KTXH: "kinh tế - xã hội",
  CNTT: "công nghệ thông tin",
  DVC: "dịch vụ công",
  DVCTT: "dịch vụ công trực tuyến",
  VBQPPL: "văn bản quy phạm pháp luật",
  QPPL: "quy phạm pháp luật",
  HCNN: "hành chính nhà nước",
  CQNN: "cơ quan nhà nước",
  CQĐT: "chính quyền điện tử",
  CSDL: "cơ sở dữ liệu",
  NSNN: "ngân sách nhà nước",
  PAKN: "phản ánh, kiến nghị",
  "TN&TKQ": "tiếp nhận và trả kết quả",
  "BP TN&TKQ": "bộ phận tiếp nhận và trả kết quả",
  MTTQ: "mặt trận tổ quốc",
};

// Folded abbreviation (as foldLoose leaves it: "KT-XH" → "kt xh") → folded spelled-out form, longest first.
const FOLDED: [RegExp, string][] = Object.entries(ABBREVIATIONS)
  .map(([abbr, full]) => [foldLoose(abbr), foldLoose(full)] as const)
  .filter(([abbr]) => abbr !== "")
  .sort((a, b) => b[0].length - a[0].length)
  .map(([abbr, full]) => [new RegExp(`(?<![a-z0-9])${abbr}(?![a-z0-9])`, "g"), full]);

const cache = new Map<string, string>();

/**
 * A title folded for matching (foldLoose) with every abbreviation spelled out: "Công tác chỉ đạo,
 * điều hành CCHC" and "công tác chỉ đạo, điều hành cải cách hành chính" fold the same.
 */
export function foldTitle(s: string): string {
  const known = cache.get(s);
  if (known !== undefined) return known;
  let t = foldLoose(s);
  for (const [re, full] of FOLDED) t = t.replace(re, full);
  if (s.length <= 1000) {
    if (cache.size >= 20_000) cache.clear();
    cache.set(s, t);
  }
  return t;
}
