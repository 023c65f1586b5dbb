// Consistency checks of a criteria framework, linter-style: each rule has a stable id, a severity,
// a Vietnamese and an English message and, when the framework came from a sheet, the cell at fault.
import { CriterionNode, Finding, Framework, Severity } from "../types.js";
import { a1 } from "../util/a1.js";
import { parentCode } from "../util/codes.js";
import { formatVi, round, sum } from "../util/numbers.js";
import { foldLoose, foldText } from "../util/text.js";
import { FRAMEWORK_SHEET_NAME, FrameworkColumn, MetaKey, gridCol } from "./layout.js";

/** Where a framework's parts sit in the sheet it was read from, so findings can name cells. */
export interface FrameworkLocation {
  /** Absolute 0-based column of each framework column present in the sheet. */
  columns: Partial<Record<FrameworkColumn, number>>;
  /** A1 address of the value cell of each metadata field present in the sheet. */
  meta?: Partial<Record<MetaKey, string>>;
  /** A1 address of the total row's maximum, when the sheet has a total row. */
  totalCell?: string;
}

/** The location of the sheet frameworkToGrid writes, placed at A1. */
export function defaultFrameworkLocation(): FrameworkLocation {
  const columns: Partial<Record<FrameworkColumn, number>> = {};
  for (const k of ["code", "title", "max", "scale", "source", "evidence", "appliesTo"] as const) columns[k] = gridCol(k);
  return { columns };
}

const EPS = 1e-9;
const vi = (x: number) => formatVi(x);

/** A finding about a framework; `file` is added by callers that know it. */
function make(
  rule: string,
  severity: Severity,
  sheet: string,
  cell: string,
  message: string,
  messageEn: string,
  extra: { code?: string; expected?: string | number | null; actual?: string | number | null } = {},
): Finding {
  const f: Finding = { rule, severity, sheet, cell, message, messageEn };
  if (extra.code !== undefined) f.code = extra.code;
  if (extra.expected !== undefined) f.expected = extra.expected;
  if (extra.actual !== undefined) f.actual = extra.actual;
  return f;
}

/**
 * Checks that maxima add up (parents, total 100), codes are unique, numbered without gaps and sit
 * under their parent, scales fit their maximum and bands are usable. Never throws.
 * Cells come from node.sourceRow and `where` (defaults to the written layout at A1); nodes without
 * a sourceRow (e.g. from JSON) get an empty cell.
 */
export function checkFramework(fw: Framework, sheetName: string = FRAMEWORK_SHEET_NAME, where: FrameworkLocation = defaultFrameworkLocation()): Finding[] {
  const out: Finding[] = [];
  const cell = (n: CriterionNode, col: FrameworkColumn): string => {
    if (n.sourceRow === undefined) return "";
    const c = where.columns[col] ?? where.columns.code ?? 0;
    return a1(n.sourceRow - 1, c);
  };
  const meta = (k: MetaKey) => where.meta?.[k] ?? "";
  const push = (...args: Parameters<typeof make>) => out.push(make(...args));
  const validMax = (n: CriterionNode) => Number.isFinite(n.max) && n.max >= 0;

  // Maxima that are not numbers, or negative.
  const walk = (n: CriterionNode, fn: (n: CriterionNode, parent: CriterionNode | null) => void, parent: CriterionNode | null) => {
    fn(n, parent);
    for (const c of n.children) walk(c, fn, n);
  };
  const each = (fn: (n: CriterionNode, parent: CriterionNode | null) => void) => fw.areas.forEach((a) => walk(a, fn, null));

  each((n) => {
    if (!validMax(n)) {
      const actual = Number.isFinite(n.max) ? n.max : null;
      push(
        "framework-max-invalid", "error", sheetName, cell(n, "max"),
        `Mã ${n.code}: điểm tối đa không hợp lệ (${actual === null ? "không phải số" : vi(actual)}).`,
        `Code ${n.code}: the maximum is not valid (${actual === null ? "not a number" : actual}).`,
        { code: n.code, actual },
      );
    }
  });
  for (const k of ["bonusMax", "penaltyMax"] as const) {
    const x = fw[k];
    if (x !== undefined && !(Number.isFinite(x) && x >= 0)) {
      const label = k === "bonusMax" ? ["Điểm thưởng tối đa", "Bonus maximum"] : ["Điểm trừ tối đa", "Penalty maximum"];
      push("framework-max-invalid", "error", sheetName, meta(k), `${label[0]} không hợp lệ.`, `${label[1]} is not valid.`, {
        actual: Number.isFinite(x) ? x : null,
      });
    }
  }

  // Parents whose maximum is not the sum of their children's.
  each((n) => {
    if (n.children.length === 0 || !validMax(n) || !n.children.every(validMax)) return;
    const s = sum(n.children.map((c) => c.max));
    if (Math.abs(s - round(n.max, 6)) > EPS) {
      push(
        "framework-parent-sum", "error", sheetName, cell(n, "max"),
        `Mã ${n.code}: điểm tối đa ${vi(n.max)} khác tổng điểm tối đa của các mục con (${vi(s)}).`,
        `Code ${n.code}: maximum ${n.max} differs from the sum of its children's maxima (${s}).`,
        { code: n.code, expected: s, actual: n.max },
      );
    }
  });

  // The total must be 100 points.
  if (fw.areas.length > 0 && fw.areas.every(validMax)) {
    const total = sum(fw.areas.map((a) => a.max));
    if (Math.abs(total - 100) > EPS) {
      push(
        "framework-total", "error", sheetName, where.totalCell ?? "",
        `Tổng điểm tối đa của bộ tiêu chí là ${vi(total)}, không phải 100.`,
        `The framework's total maximum is ${total}, not 100.`,
        { expected: 100, actual: total },
      );
    }
  } else if (fw.areas.length === 0) {
    push("framework-total", "error", sheetName, where.totalCell ?? "", "Bộ tiêu chí không có lĩnh vực nào.", "The framework has no areas.", {
      expected: 100,
      actual: 0,
    });
  }

  // Duplicate codes.
  const seen = new Set<string>();
  each((n) => {
    if (seen.has(n.code)) {
      push(
        "framework-duplicate-code", "error", sheetName, cell(n, "code"),
        `Mã ${n.code} bị trùng: mã này đã có ở dòng trên.`,
        `Code ${n.code} is a duplicate: it already appears above.`,
        { code: n.code },
      );
    }
    seen.add(n.code);
  });

  // Codes that do not sit under their parent's code (or areas that are not level 1).
  each((n, parent) => {
    const expectedParent = parent ? parent.code : null;
    if (parentCode(n.code) !== expectedParent) {
      push(
        "framework-orphan", "error", sheetName, cell(n, "code"),
        expectedParent === null
          ? `Mã ${n.code} không có mục cha ${parentCode(n.code)} trong bộ tiêu chí.`
          : `Mã ${n.code} nằm dưới mục ${expectedParent} nhưng không phải mã con của mục đó.`,
        expectedParent === null
          ? `Code ${n.code} has no parent ${parentCode(n.code)} in the framework.`
          : `Code ${n.code} sits under ${expectedParent} but is not one of its codes.`,
        { code: n.code, expected: expectedParent, actual: parentCode(n.code) },
      );
    }
  });

  // Gaps in numbering among siblings (1.1, 1.3 without 1.2).
  const gaps = (siblings: CriterionNode[], prefix: string | null) => {
    const numbered = siblings
      .filter((s) => parentCode(s.code) === prefix)
      .map((s) => ({ n: s, k: Number(s.code.slice(s.code.lastIndexOf(".") + 1)) }))
      .sort((a, b) => a.k - b.k);
    let next = 1;
    for (const { n, k } of numbered) {
      if (k > next) {
        const missing: string[] = [];
        for (let m = next; m < k; m++) missing.push(prefix === null ? String(m) : `${prefix}.${m}`);
        push(
          "framework-numbering-gap", "warning", sheetName, cell(n, "code"),
          `Thiếu mã ${missing.join(", ")} trước mã ${n.code}.`,
          `Code${missing.length > 1 ? "s" : ""} ${missing.join(", ")} missing before ${n.code}.`,
          { code: n.code, expected: missing.join(", "), actual: n.code },
        );
      }
      next = Math.max(next, k + 1);
    }
  };
  gaps(fw.areas, null);
  each((n) => {
    if (n.children.length > 0) gaps(n.children, n.code);
  });

  // Scales that allow more than the leaf's maximum, or are not scales at all.
  each((n) => {
    if (n.children.length > 0 || !n.scale || !validMax(n)) return;
    const { values, step } = n.scale;
    const bad = (values ?? []).filter((x) => !Number.isFinite(x) || x < 0);
    if (bad.length > 0 || (step !== undefined && !(Number.isFinite(step) && step > 0))) {
      push(
        "framework-scale-invalid", "warning", sheetName, cell(n, "scale"),
        `Mã ${n.code}: thang điểm có giá trị không hợp lệ.`,
        `Code ${n.code}: the scale has invalid values.`,
        { code: n.code, actual: n.scale.text ?? null },
      );
      return;
    }
    const over = (values ?? []).filter((x) => x > n.max + EPS);
    if (over.length > 0) {
      const top = Math.max(...over);
      push(
        "framework-scale-over-max", "error", sheetName, cell(n, "scale"),
        `Mã ${n.code}: thang điểm cho tới ${vi(top)} điểm, vượt điểm tối đa ${vi(n.max)}.`,
        `Code ${n.code}: the scale allows ${top} points, above the maximum ${n.max}.`,
        { code: n.code, expected: n.max, actual: top },
      );
    } else if (step !== undefined && step > n.max + EPS) {
      push(
        "framework-scale-over-max", "error", sheetName, cell(n, "scale"),
        `Mã ${n.code}: bước điểm ${vi(step)} lớn hơn điểm tối đa ${vi(n.max)}.`,
        `Code ${n.code}: the step ${step} is larger than the maximum ${n.max}.`,
        { code: n.code, expected: n.max, actual: step },
      );
    }
  });

  // Empty titles.
  each((n) => {
    if (n.title.trim() === "") {
      push("framework-title-empty", "warning", sheetName, cell(n, "title"), `Mã ${n.code}: chưa có nội dung tiêu chí.`, `Code ${n.code}: the title is empty.`, {
        code: n.code,
      });
    }
  });

  // Groups named in "applies to" that the framework does not declare.
  if (fw.groups.length > 0) {
    const known = new Set(fw.groups.map(foldLoose));
    each((n) => {
      const unknown = (n.appliesTo ?? []).filter((g) => !known.has(foldLoose(g)));
      if (unknown.length > 0) {
        push(
          "framework-group-unknown", "warning", sheetName, cell(n, "appliesTo"),
          `Mã ${n.code}: nhóm “${unknown.join("; ")}” không có trong danh sách nhóm đơn vị (${fw.groups.join("; ")}).`,
          `Code ${n.code}: group “${unknown.join("; ")}” is not among the framework's groups (${fw.groups.join("; ")}).`,
          { code: n.code, expected: fw.groups.join("; "), actual: unknown.join("; ") },
        );
      }
    });
  }

  out.push(...checkBands(fw, sheetName, meta("bands")));
  return out;
}

function checkBands(fw: Framework, sheet: string, cell: string): Finding[] {
  const out: Finding[] = [];
  const rule = "framework-band-invalid";
  if (fw.bands.length === 0) {
    out.push(make(rule, "warning", sheet, cell, "Bộ tiêu chí chưa khai báo các mức xếp loại.", "The framework declares no classification bands."));
    return out;
  }
  const badMin = fw.bands.filter((b) => !Number.isFinite(b.min) || b.min < 0 || b.min > 100);
  for (const b of badMin) {
    out.push(
      make(rule, "error", sheet, cell, `Mức xếp loại “${b.label}”: ngưỡng phải từ 0 đến 100.`, `Band “${b.label}”: the threshold must be between 0 and 100.`, {
        actual: Number.isFinite(b.min) ? b.min : null,
      }),
    );
  }
  const mins = new Map<number, string>();
  const labels = new Set<string>();
  for (const b of fw.bands) {
    const other = mins.get(b.min);
    if (other !== undefined) {
      out.push(
        make(
          rule, "error", sheet, cell,
          `Mức xếp loại “${b.label}” có cùng ngưỡng ${vi(b.min)} với “${other}”.`,
          `Band “${b.label}” has the same threshold ${b.min} as “${other}”.`,
          { actual: b.min },
        ),
      );
    } else mins.set(b.min, b.label);
    const l = foldText(b.label);
    if (l === "" || labels.has(l)) {
      out.push(make(rule, "error", sheet, cell, `Tên mức xếp loại “${b.label}” bị trống hoặc trùng.`, `Band label “${b.label}” is empty or repeated.`, { actual: b.label }));
    }
    labels.add(l);
  }
  const valid = fw.bands.filter((b) => Number.isFinite(b.min));
  if (badMin.length === 0 && valid.length > 0 && Math.min(...valid.map((b) => b.min)) > 0) {
    const lowest = Math.min(...valid.map((b) => b.min));
    out.push(
      make(
        rule, "warning", sheet, cell,
        `Không có mức xếp loại bắt đầu từ 0: đơn vị đạt dưới ${vi(lowest)} sẽ không được xếp loại.`,
        `No band starts at 0: a unit below ${lowest} gets no classification.`,
        { expected: 0, actual: lowest },
      ),
    );
  }
  return out;
}
