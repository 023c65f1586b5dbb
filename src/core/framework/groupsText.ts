// The framework's ranking groups as a cell writes them: "Phường; Xã; Đặc khu", each group optionally
// followed by the keywords that put a unit in it, in brackets: "Phòng có chức năng giải quyết TTHC
// (từ khóa: Tư pháp, Tài chính - Kế hoạch); Phòng không có chức năng giải quyết TTHC (Nội vụ)".
import type { Framework } from "../types.js";
import { splitList } from "./layout.js";

/** The groups and, where given, each group's keywords. */
export function parseGroupsText(text: string): { groups: string[]; keywords: Record<string, string[]> } {
  const groups: string[] = [];
  const keywords: Record<string, string[]> = {};
  for (const item of splitList(text)) {
    const m = /^(.*?)\s*\(\s*(?:(?:từ khóa|từ khoá|tu khoa|gồm|keywords?)\s*:\s*)?([^()]*)\)$/iu.exec(item);
    if (m && m[1] !== "") {
      groups.push(m[1]);
      const kws = m[2]
        .split(/\s*,\s*/)
        .map((k) => k.trim())
        .filter(Boolean);
      if (kws.length) keywords[m[1]] = kws;
    } else groups.push(item);
  }
  return { groups, keywords };
}

/** The groups cell of a framework sheet: "Group (từ khóa: a, b); Other". */
export function formatGroupsText(fw: Pick<Framework, "groups" | "groupKeywords">): string {
  return fw.groups
    .map((g) => {
      const kws = fw.groupKeywords?.[g] ?? [];
      return kws.length ? `${g} (từ khóa: ${kws.join(", ")})` : g;
    })
    .join("; ");
}
