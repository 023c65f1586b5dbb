// The scoring step's settings as staff type them, and how they are read. Text is kept as typed
// (a half-typed "8," is never lost) and parsed only when used; a number that cannot be read stops
// the action with a message naming the field, before anything is written.
import { parseLocaleNumber, textDate } from "../core/index.js";
import type { CountedRule, DocumentHeader, Framework, UnitInputs } from "../core/index.js";
import { PaneProblem } from "./errors.js";
import { msg } from "./i18n.js";

/** Points typed per unit besides the self-assessment. */
export type InputField = "survey" | "bonus" | "penalty";

/** The fields of a unit's typed points, in the pane's order. */
export const INPUT_FIELDS: readonly InputField[] = ["survey", "bonus", "penalty"];

/** Settings of the scoring step, as typed (parsed when used, so a half-typed number is never lost). */
export interface Settings {
  groupsText: string;
  bands: { label: string; labelEn?: string; minText: string }[];
  inputs: Record<string, Partial<Record<InputField, string>>>;
  /** Survey points typed per component: unit sheet → leaf code → text (see surveyInputs.ts). */
  surveyParts: Record<string, Record<string, string>>;
  previousSheet: string;
  year: string;
  issuingBody: string;
  parentBody: string;
  place: string;
  /** The document's number ("125/BC-SNV"), date ("15/12/2025", or "… /12/2025" left open), signature lines ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") and signer. */
  number: string;
  dateText: string;
  sign: string;
  signer: string;
  /** Which score counts (the engine's rule). */
  counted: CountedRule;
}

/** A unit's name or group as corrected in the pane (blank means "as read from the sheet"). */
export interface UnitOverride {
  unit?: string;
  group?: string;
}

/** Settings taken from a criteria set (groups, bands highest first, year), keeping what staff typed otherwise. */
export function settingsFor(fw: Framework | null, old?: Settings): Settings {
  return {
    groupsText: (fw?.groups ?? []).join(", "),
    bands: [...(fw?.bands ?? [])]
      .sort((a, b) => b.min - a.min)
      .map((b) => ({ label: b.label, labelEn: b.labelEn, minText: String(b.min) })),
    inputs: old?.inputs ?? {},
    surveyParts: old?.surveyParts ?? {},
    previousSheet: old?.previousSheet ?? "",
    year: fw?.year !== undefined ? String(fw.year) : (old?.year ?? ""),
    issuingBody: old?.issuingBody ?? "",
    parentBody: old?.parentBody ?? "",
    place: old?.place ?? "",
    number: old?.number ?? "",
    dateText: old?.dateText ?? "",
    sign: old?.sign ?? "",
    signer: old?.signer ?? "",
    counted: old?.counted ?? "appraised-else-self",
  };
}

/** The framework's part of the settings (groups, bands, year) as one key: when it changes, the settings follow the framework again. */
export function frameworkSettingsKey(fw: Framework | null): string {
  return fw ? JSON.stringify([fw.groups, fw.bands, fw.year]) : "";
}

/** The settings with one band's threshold retyped. */
export function withBandMin(settings: Settings, index: number, minText: string): Settings {
  return { ...settings, bands: settings.bands.map((b, i) => (i === index ? { ...b, minText } : b)) };
}

/** The settings with one unit's survey, bonus or penalty points retyped. */
export function withInput(settings: Settings, sheet: string, field: InputField, text: string): Settings {
  return { ...settings, inputs: { ...settings.inputs, [sheet]: { ...settings.inputs[sheet], [field]: text } } };
}

/** The ranking groups typed as a list ("Phường, Xã; Đặc khu" or one per line), blanks dropped. */
export function parseGroups(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((g) => g.trim())
    .filter(Boolean);
}

/** The year typed, or undefined when it is blank or not a whole number. */
export function parseYear(text: string): number | undefined {
  const trimmed = text.trim();
  const y = Number(trimmed);
  return trimmed && Number.isInteger(y) ? y : undefined;
}

/** The typed survey, bonus and penalty points of the listed units as numbers ("8,5" or "8.5"); blanks are left out. */
export function parseUnitInputs(
  typed: Settings["inputs"],
  units: readonly { sheet: string; unit: string }[],
): Record<string, UnitInputs> {
  const inputs: Record<string, UnitInputs> = {};
  for (const u of units) {
    const fields = typed[u.sheet];
    if (!fields) continue;
    const entry: UnitInputs = {};
    for (const field of INPUT_FIELDS) {
      const text = (fields[field] ?? "").trim();
      if (!text) continue;
      const n = parseLocaleNumber(text);
      if (n === null || n < 0) throw new PaneProblem(msg("inputInvalid", { unit: u.unit, field, value: text }));
      entry[field] = n;
    }
    if (Object.keys(entry).length) inputs[u.sheet] = entry;
  }
  return inputs;
}

/** The header fields of the settings. */
export type HeaderSettings = Pick<
  Settings,
  "issuingBody" | "parentBody" | "place" | "number" | "dateText" | "sign" | "signer"
>;

/**
 * The document header typed, trimmed; a blank field keeps what the workbook keeps on its sheet
 * "Thông tin văn bản", else the engine's default. A date that is not a whole day ("… /12/2025",
 * left open for the signing day) is printed as typed.
 */
export function parseHeader(settings: Partial<HeaderSettings>): Partial<DocumentHeader> {
  const header: Partial<DocumentHeader> = {};
  const t = (k: keyof HeaderSettings) => (settings[k] ?? "").trim();
  if (t("issuingBody")) header.issuingBody = t("issuingBody");
  if (t("parentBody")) header.parentBody = t("parentBody");
  if (t("place")) header.place = t("place");
  if (t("number")) header.number = t("number");
  if (t("signer")) header.signer = t("signer");
  if (t("sign"))
    header.sign = t("sign")
      .split("/")
      .map((x) => x.trim().toLocaleUpperCase("vi"))
      .filter(Boolean);
  const date = t("dateText");
  if (date) {
    const day = textDate(date);
    if (day) header.date = day;
    else header.dateText = /^ngày\b/iu.test(date) ? date : `ngày ${date}`;
  }
  return header;
}

/** The overrides with one unit's name or group corrected; a blank value goes back to what the sheet says. */
export function withOverride(
  overrides: Record<string, UnitOverride>,
  sheet: string,
  patch: UnitOverride,
): Record<string, UnitOverride> {
  const merged: UnitOverride = { ...overrides[sheet], ...patch };
  for (const k of ["unit", "group"] as const) if (merged[k]?.trim() === "") delete merged[k];
  return { ...overrides, [sheet]: merged };
}
