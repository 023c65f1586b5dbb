import { leaves } from "../framework/model.js";
import { Framework } from "../types.js";
import { round } from "../util/numbers.js";
import { LeafEntry, SheetQuirks, UnitSheetSpec } from "./unitSheet.js";

/** A small deterministic PRNG (mulberry32), so sample data is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WARDS = ["Hồng Hà", "Hồng Hải", "Bạch Đằng", "Trần Hưng Đạo", "Yết Kiêu", "Hà Khẩu", "Cao Xanh", "Hà Tu", "Hà Phong", "Giếng Đáy", "Tuần Châu", "Việt Hưng", "Đại Yên", "Hoành Bồ", "Cẩm Phả", "Mông Dương", "Quang Hanh", "Cửa Ông", "Uông Bí", "Vàng Danh"];
const COMMUNES = ["Dân Chủ", "Quảng La", "Bằng Cả", "Thống Nhất", "Sơn Dương", "Lê Lợi", "Kỳ Thượng", "Đồng Lâm", "Đồng Sơn", "Vũ Oai", "Hòa Bình", "Tân Dân", "Hải Lạng", "Đông Ngũ", "Quảng Tân", "Đầm Hà", "Quảng Hà", "Đường Hoa", "Cái Chiên", "Vân Đồn"];
const EVIDENCE = ["Kế hoạch số 15/KH-UBND ngày 10/01/2025", "Quyết định số 42/QĐ-UBND ngày 20/02/2025", "Báo cáo số 118/BC-UBND ngày 12/6/2025", "Công văn số 305/UBND-VP ngày 03/4/2025", "Thông báo số 21/TB-UBND ngày 15/3/2025", "Biên bản kiểm tra ngày 28/8/2025"];
const NOTES = ["Tài liệu kiểm chứng chưa đầy đủ", "Số liệu công khai thấp hơn báo cáo (49.533/62.027 hồ sơ)", "Ban hành kế hoạch chậm so với quy định", "Chưa có báo cáo kết quả thực hiện", "Tỷ lệ hồ sơ trực tuyến toàn trình dưới 80%"];

/** The allowed scores of a leaf, from its scale (or quarter steps up to its maximum). */
export function allowedScores(max: number, scale?: { values?: number[]; step?: number }): number[] {
  if (scale?.values && scale.values.length) return [...scale.values].sort((a, b) => a - b);
  const step = scale?.step && scale.step > 0 ? scale.step : Math.min(0.25, max);
  const out: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(round(v, 6));
  return out;
}

/** What a unit of a given quality (0..1) scores itself, and what the appraiser gives, leaf by leaf. */
export function randomEntries(fw: Framework, rand: () => number, quality: number, appraise: boolean): Map<string, LeafEntry> {
  const out = new Map<string, LeafEntry>();
  for (const leaf of leaves(fw)) {
    if (leaf.source !== "self") continue;
    const allowed = allowedScores(leaf.max, leaf.scale);
    const top = allowed.length - 1;
    // Most units claim the maximum; weaker ones fall a step or two more often.
    const drop = rand() < quality ? 0 : rand() < 0.6 ? 1 : 2;
    const selfIdx = Math.max(0, top - drop);
    const self = allowed[selfIdx];
    const e: LeafEntry = { self };
    if (self > 0) e.evidence = EVIDENCE[Math.floor(rand() * EVIDENCE.length)];
    if (appraise) {
      // Appraisers lower about one score in eight, by one step, and say why.
      if (selfIdx > 0 && rand() < 0.12) {
        e.appraised = allowed[selfIdx - 1];
        e.note = NOTES[Math.floor(rand() * NOTES.length)];
      } else e.appraised = self;
    }
    out.set(leaf.code, e);
  }
  return out;
}

export interface SampleOptions {
  seed?: number;
  /** Plant the typical problems of DOMAIN.md in a few units (default true). */
  problems?: boolean;
  /** Fill the appraisal columns (default true). */
  appraise?: boolean;
  year?: number;
}

/** Unit name number `i` of a sample: phường and xã alternate; names repeat with a suffix past 40. */
export function sampleUnitName(i: number): string {
  const ward = i % 2 === 0;
  const list = ward ? WARDS : COMMUNES;
  const k = Math.floor(i / 2);
  const base = list[k % list.length];
  const round_ = Math.floor(k / list.length);
  return `${ward ? "Phường" : "Xã"} ${base}${round_ ? ` ${round_ + 1}` : ""}`;
}

function sheetNameOf(unit: string): string {
  return unit.replace(/^Phường /, "P. ").replace(/^Xã /, "X. ").slice(0, 31);
}

/**
 * `count` realistic phường and xã submissions under a framework, the same on every run for a seed.
 * With problems on, a few units carry the typical defects (numeric codes, text scores, broken
 * subtotal, NFD titles, a missing criterion, an over-max score, missing evidence, "đạt" as a score).
 */
export function sampleUnitSpecs(fw: Framework, count: number, opts: SampleOptions = {}): UnitSheetSpec[] {
  const rand = prng(opts.seed ?? 2025);
  const specs: UnitSheetSpec[] = [];
  const selfLeaves = leaves(fw).filter((l) => l.source === "self");
  const parents = fw.areas.flatMap((a) => a.children.filter((c) => c.children.length > 0));
  for (let i = 0; i < count; i++) {
    const unitName = sampleUnitName(i);
    const quality = 0.55 + 0.43 * rand();
    const entries = randomEntries(fw, rand, quality, opts.appraise !== false);
    const quirks: SheetQuirks = {};
    if (opts.problems !== false && count >= 4) {
      const pick = () => selfLeaves[Math.floor(rand() * selfLeaves.length)].code;
      switch (i % 12) {
        case 1:
          quirks.numericCodes = true;
          quirks.textScores = true;
          break;
        case 3:
          quirks.twoRowHeader = true;
          quirks.nfdTitles = true;
          quirks.spacerRows = true;
          break;
        case 4:
          if (parents[0]) quirks.brokenSubtotals = [parents[0].code];
          break;
        case 7: {
          const code = pick();
          const e = entries.get(code)!;
          const max = selfLeaves.find((l) => l.code === code)!.max;
          e.self = max + 0.5;
          if (e.appraised !== undefined) e.appraised = undefined;
          break;
        }
        case 9: {
          const code = pick();
          entries.get(code)!.self = "đạt";
          entries.get(code)!.appraised = undefined;
          quirks.omitCodes = [selfLeaves[selfLeaves.length - 1].code];
          break;
        }
        case 10:
          for (let k = 0; k < 3; k++) {
            const e = entries.get(pick())!;
            if (typeof e.self === "number" && e.self > 0) e.evidence = undefined;
          }
          quirks.hiddenCodes = [selfLeaves[2].code];
          break;
        case 8:
          if (parents[1]) quirks.wrongSubtotal = { code: parents[1].code, value: parents[1].max + 1 };
          break;
      }
    }
    specs.push({ sheetName: sheetNameOf(unitName), unitName, year: opts.year ?? fw.year, entries, quirks });
  }
  return specs;
}

