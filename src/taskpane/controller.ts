// The task pane's state and actions, apart from the components so they can be tested without a
// browser. Every action that needs the workbook reads it once, computes with the engine, and
// writes once; Excel is reached only through the ExcelGateway given to the constructor.
import { analyseWorkbook, Band, buildPlans, builtinFrameworks, defaultFrameworkChoice, Finding, Framework, frameworkSheetPlan, lostItems, parseLocaleNumber, PipelineOptions, readPreviousResults, Severity, SheetPlan, SheetSummary, submissionTemplatePlan, UnitInputs, UnitScore, validateWorkbook, WorkbookSnapshot, WorkbookValidation } from "../core/index.js";
import type { CountedRule } from "../core/index.js";
import { ExcelGateway, GatewayError, ImportFile, OnProgress, WrittenSheet } from "../excel/gateway.js";
import { languageOf, Lang, Message, msg } from "./i18n.js";
import { carriedInputs, FrameworkChoice, frameworkSheets, generatedFrameworkSheet, resolveFramework } from "./workbook.js";

export type StepId = "framework" | "units" | "check" | "score" | "plans";
export const STEPS: readonly StepId[] = ["framework", "units", "check", "score", "plans"];

/** A long operation under way: what it is and, when Excel reports it, how far it got. */
export interface Busy {
  label: Message;
  done?: number;
  total?: number;
  /** Excel's own step label (Vietnamese), when it gives one. */
  detail?: string;
}

/** What went wrong, in both languages (from Excel) or as a catalog message, with a code for support. */
export interface ErrorState {
  text?: { vi: string; en: string };
  message?: Message;
  code?: string;
}

export interface Notice {
  intent: "success" | "info" | "warning";
  messages: Message[];
}

/** One unit sheet as checked: who it is, its counts and its findings. */
export interface UnitCheck extends SheetSummary {
  findings: Finding[];
}

export interface FindingFilter {
  severities: Severity[];
  /** Rule id, or null for every rule. */
  rule: string | null;
}

/** Settings of the scoring step, as typed (parsed when used, so a half-typed number is never lost). */
export interface Settings {
  groupsText: string;
  bands: { label: string; labelEn?: string; minText: string }[];
  inputs: Record<string, { survey?: string; bonus?: string; penalty?: string }>;
  previousSheet: string;
  year: string;
  issuingBody: string;
  parentBody: string;
  place: string;
  /** Which score counts (the engine's rule). */
  counted: CountedRule;
}

export type InputField = "survey" | "bonus" | "penalty";

export interface TaskPaneState {
  lang: Lang;
  step: StepId;
  /** True once the workbook was read for the first time. */
  ready: boolean;
  busy: Busy | null;
  error: ErrorState | null;
  notice: Notice | null;
  canImport: boolean;
  builtins: { id: string; name: string }[];
  choice: FrameworkChoice;
  framework: Framework | null;
  frameworkFindings: Finding[];
  frameworkProblem: Message | null;
  frameworkSheets: string[];
  /** The framework sheet the add-in made earlier, which inserting again replaces. */
  generatedFrameworkSheet: string | null;
  /** A pending question before a destructive action. */
  confirm: { kind: "replace-framework"; sheet: string } | null;
  /** Every sheet name, in order. */
  sheets: string[];
  units: UnitCheck[];
  skipped: { sheet: string; reason: string }[];
  overrides: Record<string, { unit?: string; group?: string }>;
  filter: FindingFilter;
  carried: Record<string, UnitInputs>;
  settings: Settings;
  results: UnitScore[] | null;
  previousCount: number | null;
  written: WrittenSheet[];
  planTarget: string;
}

export interface ControllerOptions {
  /** Lets the browser paint between long computations (tests pass an immediate one). */
  yieldToUi?: () => Promise<void>;
  /** Sheets validated between two yields. */
  chunk?: number;
}

const ALL_SEVERITIES: Severity[] = ["error", "warning", "info"];

/** Raised for a problem staff can fix, with the catalog message that says how. */
export class PaneProblem extends Error {
  readonly problem: Message;
  constructor(problem: Message) {
    super(problem.key);
    this.name = "PaneProblem";
    this.problem = problem;
  }
}

function settingsFor(fw: Framework | null, old?: Settings): Settings {
  return {
    groupsText: (fw?.groups ?? []).join(", "),
    bands: [...(fw?.bands ?? [])].sort((a, b) => b.min - a.min).map((b) => ({ label: b.label, labelEn: b.labelEn, minText: String(b.min) })),
    inputs: old?.inputs ?? {},
    previousSheet: old?.previousSheet ?? "",
    year: fw?.year !== undefined ? String(fw.year) : (old?.year ?? ""),
    issuingBody: old?.issuingBody ?? "",
    parentBody: old?.parentBody ?? "",
    place: old?.place ?? "",
    counted: old?.counted ?? "appraised-else-self",
  };
}

/** Findings of the checked units that pass the filter, units in order. */
export function visibleFindings(units: readonly UnitCheck[], filter: FindingFilter): Finding[] {
  return units.flatMap((u) => u.findings.filter((f) => passes(f, filter)));
}

export function passes(f: Finding, filter: FindingFilter): boolean {
  return filter.severities.includes(f.severity) && (filter.rule === null || f.rule === filter.rule);
}

function toChecks(v: WorkbookValidation): UnitCheck[] {
  return v.sheets.map((s) => ({ ...s.summary, findings: s.findings }));
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The task pane's state and every action staff can take, over an ExcelGateway. */
export class TaskPaneController {
  private state: TaskPaneState;
  private readonly listeners = new Set<() => void>();
  private readonly yieldToUi: () => Promise<void>;
  private readonly chunk: number;
  private readonly gateway: ExcelGateway;

  constructor(gateway: ExcelGateway, opts: ControllerOptions = {}) {
    this.gateway = gateway;
    this.yieldToUi = opts.yieldToUi ?? nextFrame;
    this.chunk = opts.chunk ?? 10;
    const builtins = builtinFrameworks();
    let lang: Lang = "vi";
    try {
      lang = languageOf(gateway.displayLanguage());
    } catch {
      // Vietnamese when Office cannot say.
    }
    this.state = {
      lang,
      step: "framework",
      ready: false,
      busy: null,
      error: null,
      notice: null,
      canImport: false,
      builtins: builtins.map((f) => ({ id: f.id, name: f.name })),
      choice: defaultFrameworkChoice(null),
      framework: null,
      frameworkFindings: [],
      frameworkProblem: null,
      frameworkSheets: [],
      generatedFrameworkSheet: null,
      confirm: null,
      sheets: [],
      units: [],
      skipped: [],
      overrides: {},
      filter: { severities: [...ALL_SEVERITIES], rule: null },
      carried: {},
      settings: settingsFor(null),
      results: null,
      previousCount: null,
      written: [],
      planTarget: "",
    };
  }

  /** The current state (a new object after every change). */
  getState = (): TaskPaneState => this.state;

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<TaskPaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  // -------------------------------------------------------------------------------------------
  // Running actions

  /** Runs one action: one at a time, a progress bar while it lasts, its failure shown as a message. */
  private async run(label: Message, task: (progress: OnProgress) => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.set({ busy: { label }, error: null, notice: null, confirm: null });
    try {
      await task(this.progressFor(label));
    } catch (e) {
      this.set({ error: errorState(e) });
    } finally {
      this.set({ busy: null });
    }
  }

  private progressFor(label: Message): OnProgress {
    return (p) => this.set({ busy: { label, done: p.done, total: p.total, detail: p.label } });
  }

  private phase(label: Message): OnProgress {
    this.set({ busy: { label } });
    return this.progressFor(label);
  }

  private async read(): Promise<WorkbookSnapshot> {
    const snapshot = await this.gateway.readWorkbook(this.phase(msg("opReading")));
    this.snapshot = snapshot;
    this.set({ sheets: snapshot.sheets.map((s) => s.name) });
    return snapshot;
  }

  private async write(plans: SheetPlan[]): Promise<WrittenSheet[]> {
    const written = await this.gateway.writePlans(plans, this.phase(msg("opWriting")));
    this.set({ written });
    return written;
  }

  /** Shows the first sheet written (the summary, the plan), as staff expect after creating it; a failure here is not the action's. */
  private async show(written: WrittenSheet[]): Promise<void> {
    if (!written[0]) return;
    try {
      await this.gateway.selectCell(written[0].name, "A1");
    } catch {
      // The sheets are written; staying on the current sheet is harmless.
    }
  }

  /** The last snapshot read, for recomputing after an edit in the pane without reading Excel again. */
  private snapshot: WorkbookSnapshot | null = null;
  private started = false;
  /** The criteria set's groups, bands and year the settings were taken from. */
  private settingsSource = "";

  // -------------------------------------------------------------------------------------------
  // Navigation and messages

  /** Reads the language and what Excel can do, then the workbook. */
  async init(): Promise<void> {
    if (this.started) return;
    this.started = true;
    let canImport = false;
    try {
      canImport = this.gateway.canImport();
    } catch {
      canImport = false;
    }
    this.set({ canImport });
    await this.rescan(true);
  }

  setLanguage(lang: Lang): void {
    this.set({ lang });
  }

  goTo(step: StepId): void {
    this.set({ step });
  }

  dismissError(): void {
    this.set({ error: null });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  private notify(intent: Notice["intent"], ...messages: Message[]): void {
    this.set({ notice: { intent, messages } });
  }

  // -------------------------------------------------------------------------------------------
  // Step 1: criteria set

  /** Reads the workbook again: framework sheets, the chosen criteria set as it is now, the unit sheets. */
  async rescan(first = false): Promise<void> {
    await this.run(msg("opReading"), async () => {
      const snapshot = await this.read();
      let choice = this.state.choice;
      if (first) choice = defaultFrameworkChoice(snapshot);
      await this.applySnapshot(snapshot, choice, first);
    });
    if (first) this.set({ ready: true });
  }

  /** Uses another criteria set, read from the workbook as it is now; the units are checked against it. */
  async chooseFramework(choice: FrameworkChoice): Promise<void> {
    await this.run(msg("opReading"), async () => {
      const snapshot = await this.read();
      await this.applySnapshot(snapshot, choice, true);
    });
  }

  private async applySnapshot(snapshot: WorkbookSnapshot, choice: FrameworkChoice, resetSettings: boolean): Promise<void> {
    const resolved = resolveFramework(choice, snapshot);
    // Groups, bands and year follow the criteria set whenever the set itself changes them (a new
    // choice, or staff edited the framework sheet); otherwise what was typed in the pane stays.
    const source = resolved.framework ? JSON.stringify([resolved.framework.groups, resolved.framework.bands, resolved.framework.year]) : "";
    const follow = resetSettings || source !== this.settingsSource;
    this.settingsSource = source;
    const settings = follow ? settingsFor(resolved.framework, this.state.settings) : this.state.settings;
    this.set({
      choice,
      framework: resolved.framework,
      frameworkFindings: resolved.findings,
      frameworkProblem: resolved.problem ?? null,
      frameworkSheets: frameworkSheets(snapshot),
      generatedFrameworkSheet: generatedFrameworkSheet(snapshot),
      sheets: snapshot.sheets.map((s) => s.name),
      carried: carriedInputs(snapshot),
      settings,
    });
    if (!resolved.framework) {
      this.set({ units: [], skipped: [] });
      return;
    }
    const v = await this.validateAll(snapshot, this.effectiveFramework(resolved.framework));
    this.set({ units: toChecks(v), skipped: v.skipped.map((s) => ({ sheet: s.sheet, reason: s.reason })) });
  }

  /** Inserts the chosen built-in sample as an editable framework sheet and chooses that sheet. */
  async insertFrameworkSheet(confirmed = false): Promise<void> {
    const existing = this.state.generatedFrameworkSheet;
    if (existing && !confirmed) {
      this.set({ confirm: { kind: "replace-framework", sheet: existing }, notice: null, error: null });
      return;
    }
    await this.run(msg("opInserting"), async () => {
      const fw = this.state.framework ?? resolveFramework({ kind: "builtin", id: this.state.builtins[0].id }, null).framework;
      if (!fw) throw new PaneProblem(msg("unexpectedError"));
      const [sheet] = await this.write([frameworkSheetPlan(fw)]);
      await this.show([sheet]);
      const snapshot = await this.read();
      await this.applySnapshot(snapshot, { kind: "sheet", sheet: sheet.name }, true);
      this.notify("success", msg("insertedFramework", { sheet: sheet.name }));
    });
  }

  cancelConfirm(): void {
    this.set({ confirm: null });
  }

  /** Inserts a blank self-assessment template of the chosen criteria set, for one group or all. */
  async insertTemplate(group = ""): Promise<void> {
    await this.run(msg("opInserting"), async () => {
      const fw = this.requireFramework();
      const year = this.year();
      const plan = submissionTemplatePlan(fw, { ...(group ? { group } : {}), ...(year !== undefined ? { year } : {}) });
      const [sheet] = await this.write([plan]);
      await this.show([sheet]);
      this.notify("success", msg("insertedTemplate", { sheet: sheet.name }));
    });
  }

  private requireFramework(): Framework {
    const fw = this.state.framework;
    if (!fw) throw new PaneProblem(this.state.frameworkProblem ?? msg("frameworkUnreadable", { sheet: this.state.choice.kind === "sheet" ? this.state.choice.sheet : "" }));
    return this.effectiveFramework(fw);
  }

  // -------------------------------------------------------------------------------------------
  // Step 2: unit files

  /** Inserts the sheets of the picked .xlsx files, then reads the workbook again to list the units. */
  async importFiles(files: ImportFile[]): Promise<void> {
    if (files.length === 0) return;
    await this.run(msg("opImporting"), async (progress) => {
      const imported = await this.gateway.importWorkbooks(files, progress);
      const snapshot = await this.read();
      await this.applySnapshot(snapshot, this.state.choice, false);
      if (imported.length === 0) this.notify("warning", msg("importedNothing"));
      else this.notify("success", msg("imported", { sheets: imported.length, files: new Set(imported.map((i) => i.fileName)).size, names: imported.map((i) => i.name) }));
    });
  }

  /** Corrects the unit name read from a sheet (used for scoring; the sheet is never changed). */
  setUnitName(sheet: string, unit: string): void {
    this.override(sheet, { unit });
  }

  /** Puts a unit sheet in another ranking group. */
  setUnitGroup(sheet: string, group: string): void {
    this.override(sheet, { group });
  }

  private override(sheet: string, patch: { unit?: string; group?: string }): void {
    const merged = { ...this.state.overrides[sheet], ...patch };
    for (const k of ["unit", "group"] as const) if (merged[k] !== undefined && merged[k]!.trim() === "") delete merged[k];
    this.set({ overrides: { ...this.state.overrides, [sheet]: merged } });
    // Re-reads that one sheet from the last snapshot: a group decides which criteria apply.
    const fw = this.state.framework;
    const snap = this.snapshot?.sheets.find((s) => s.name === sheet);
    if (!fw || !snap || !this.snapshot) return;
    try {
      const v = validateWorkbook({ source: this.snapshot.source, sheets: [snap] }, this.effectiveFramework(fw), { overrides: this.state.overrides });
      const [check] = toChecks(v);
      if (check) this.set({ units: this.state.units.map((u) => (u.sheet === sheet ? check : u)) });
    } catch (e) {
      this.set({ error: errorState(e) });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Step 3: check

  /** Checks every unit sheet (or only `sheet`) as the workbook is now. */
  async validate(sheet?: string): Promise<void> {
    await this.run(msg("opValidating"), async () => {
      const fw = this.requireFramework();
      const snapshot = await this.read();
      const target = sheet === undefined ? snapshot : { ...snapshot, sheets: snapshot.sheets.filter((s) => s.name === sheet) };
      const v = await this.validateAll(target, fw);
      const checks = toChecks(v);
      if (sheet === undefined) {
        this.set({ units: checks, skipped: v.skipped.map((s) => ({ sheet: s.sheet, reason: s.reason })), sheets: snapshot.sheets.map((s) => s.name) });
        const ready = checks.filter((u) => u.ready).length;
        this.notify(ready === checks.length ? "success" : "warning", msg("checkedSummary", { units: checks.length, ready, blocked: checks.length - ready }));
        return;
      }
      const one = checks[0];
      if (!one) throw new PaneProblem(snapshot.sheets.some((x) => x.name === sheet) ? msg("sheetNotUnit", { sheet }) : msg("sheetGone", { sheet }));
      const known = this.state.units.some((u) => u.sheet === sheet);
      this.set({ units: known ? this.state.units.map((u) => (u.sheet === sheet ? one : u)) : [...this.state.units, one] });
      this.notify(one.ready ? "success" : "warning", msg("checkedOne", { unit: one.unit, errors: one.errors, warnings: one.warnings }));
    });
  }

  /** Validates in chunks of sheets, letting the pane repaint and report progress in between. */
  private async validateAll(snapshot: WorkbookSnapshot, fw: Framework): Promise<WorkbookValidation> {
    const label = msg("opValidating");
    const total = snapshot.sheets.length;
    const out: WorkbookValidation = { sheets: [], skipped: [], findings: [] };
    this.set({ busy: { label, done: 0, total } });
    for (let i = 0; i < total; i += this.chunk) {
      await this.yieldToUi();
      const part = validateWorkbook({ source: snapshot.source, sheets: snapshot.sheets.slice(i, i + this.chunk) }, fw, { overrides: this.state.overrides });
      out.sheets.push(...part.sheets);
      out.skipped.push(...part.skipped);
      out.findings.push(...part.findings);
      this.set({ busy: { label, done: Math.min(total, i + this.chunk), total } });
    }
    return out;
  }

  setFilter(patch: Partial<FindingFilter>): void {
    this.set({ filter: { ...this.state.filter, ...patch } });
  }

  toggleSeverity(s: Severity): void {
    const has = this.state.filter.severities.includes(s);
    this.setFilter({ severities: has ? this.state.filter.severities.filter((x) => x !== s) : ALL_SEVERITIES.filter((x) => x === s || this.state.filter.severities.includes(x)) });
  }

  /** Selects the finding's cell in Excel. */
  async selectFinding(f: Finding): Promise<void> {
    if (!f.cell || this.state.busy) return;
    try {
      this.set({ error: null });
      await this.gateway.selectCell(f.sheet, f.cell);
      this.notify("info", msg("selectedCell", { sheet: f.sheet, cell: f.cell }));
    } catch (e) {
      this.set({ error: errorState(e) });
    }
  }

  /** Fills the cells of the findings shown under the current filter. */
  async highlight(): Promise<void> {
    await this.run(msg("opHighlighting"), async () => {
      const n = await this.gateway.highlightFindings(visibleFindings(this.state.units, this.state.filter).filter((f) => f.cell));
      this.notify("success", msg("highlighted", { n }));
    });
  }

  /** Restores the original fill of every highlighted cell. */
  async clearHighlights(): Promise<void> {
    await this.run(msg("opClearing"), async () => {
      const n = await this.gateway.clearHighlights();
      this.notify("success", msg("cleared", { n }));
    });
  }

  // -------------------------------------------------------------------------------------------
  // Step 4: settings, score and rank

  updateSettings(patch: Partial<Omit<Settings, "inputs" | "bands">>): void {
    this.set({ settings: { ...this.state.settings, ...patch } });
  }

  setBandMin(index: number, minText: string): void {
    const bands = this.state.settings.bands.map((b, i) => (i === index ? { ...b, minText } : b));
    this.set({ settings: { ...this.state.settings, bands } });
  }

  setInput(sheet: string, field: InputField, text: string): void {
    const inputs = { ...this.state.settings.inputs, [sheet]: { ...this.state.settings.inputs[sheet], [field]: text } };
    this.set({ settings: { ...this.state.settings, inputs } });
  }

  /** The framework with the groups and bands of the settings. */
  private effectiveFramework(fw: Framework): Framework {
    const s = this.state.settings;
    const groups = s.groupsText.split(/[,;\n]/).map((g) => g.trim()).filter(Boolean);
    const bands: Band[] = [];
    for (const b of s.bands) {
      const min = parseLocaleNumber(b.minText.trim());
      if (min === null || min < 0 || min > 100) throw new PaneProblem(msg("bandsInvalid"));
      bands.push({ label: b.label, ...(b.labelEn ? { labelEn: b.labelEn } : {}), min });
    }
    return { ...fw, groups: groups.length ? groups : fw.groups, bands: bands.length ? bands : fw.bands };
  }

  private year(): number | undefined {
    const y = Number(this.state.settings.year.trim());
    return this.state.settings.year.trim() && Number.isInteger(y) ? y : undefined;
  }

  /** Pipeline options from the settings, reading last year's results from the snapshot. */
  private pipelineOptions(snapshot: WorkbookSnapshot): PipelineOptions {
    const s = this.state.settings;
    const framework = this.requireFramework();
    const inputs: Record<string, UnitInputs> = {};
    for (const u of this.state.units) {
      const typed = s.inputs[u.sheet];
      if (!typed) continue;
      const entry: UnitInputs = {};
      for (const field of ["survey", "bonus", "penalty"] as const) {
        const text = (typed[field] ?? "").trim();
        if (!text) continue;
        const n = parseLocaleNumber(text);
        if (n === null || n < 0) throw new PaneProblem(msg("inputInvalid", { unit: u.unit, field, value: text }));
        entry[field] = n;
      }
      if (Object.keys(entry).length) inputs[u.sheet] = entry;
    }
    let previous: PipelineOptions["previous"];
    this.set({ previousCount: null });
    if (s.previousSheet) {
      const sheet = snapshot.sheets.find((x) => x.name === s.previousSheet);
      if (!sheet) throw new PaneProblem(msg("sheetGone", { sheet: s.previousSheet }));
      previous = readPreviousResults(sheet);
      this.set({ previousCount: previous.length });
    }
    const header: PipelineOptions["header"] = {};
    if (s.issuingBody.trim()) header.issuingBody = s.issuingBody.trim();
    if (s.parentBody.trim()) header.parentBody = s.parentBody.trim();
    if (s.place.trim()) header.place = s.place.trim();
    const year = this.year();
    return { framework, overrides: this.state.overrides, inputs, ...(previous ? { previous } : {}), header, ...(year !== undefined ? { year } : {}), counted: s.counted };
  }

  /** Scores and ranks every unit and writes the summary, ranking and detail sheets. */
  async score(): Promise<void> {
    await this.run(msg("opScoring"), async () => {
      this.requireFramework();
      const snapshot = await this.read();
      const opts = this.pipelineOptions(snapshot);
      this.phase(msg("opScoring"));
      await this.yieldToUi();
      const analysis = analyseWorkbook(snapshot, opts);
      if (analysis.scores.length === 0) throw new PaneProblem(msg("noUnitsToScore"));
      const plans = buildPlans(analysis, snapshot, opts, {});
      const written = await this.write(plans);
      await this.show(written);
      const ranked = analysis.scores.filter((u) => u.rank !== null).length;
      this.set({ results: analysis.scores, units: toChecks(analysis.validation) });
      const messages: Message[] = [msg("scoredSummary", { ranked, blocked: analysis.scores.length - ranked }), msg("wroteSheets", { names: written.map((w) => w.name) })];
      const prev = this.state.previousCount;
      if (this.state.settings.previousSheet && prev !== null) messages.push(prev > 0 ? msg("previousRead", { n: prev, sheet: this.state.settings.previousSheet }) : msg("previousEmpty", { sheet: this.state.settings.previousSheet }));
      this.notify(ranked === analysis.scores.length ? "success" : "warning", ...messages);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Step 5: remediation plans

  /** "" for every unit (with the analysis), else a unit sheet for its own plan. */
  setPlanTarget(sheet: string): void {
    this.set({ planTarget: sheet });
  }

  /** Writes the remediation plan and analysis for every unit, or one unit's plan; staff entries are kept. */
  async plan(): Promise<void> {
    const target = this.state.planTarget;
    await this.run(msg("opPlanning"), async () => {
      this.requireFramework();
      const snapshot = await this.read();
      const opts = this.pipelineOptions(snapshot);
      this.phase(msg("opPlanning"));
      await this.yieldToUi();
      const analysis = analyseWorkbook(snapshot, opts);
      if (analysis.scores.length === 0) throw new PaneProblem(msg("noUnitsToScore"));
      if (target && !analysis.validation.sheets.some((v) => v.submission.sheet === target)) throw new PaneProblem(msg("sheetGone", { sheet: target }));
      const plans = buildPlans(analysis, snapshot, opts, target ? { unitPlans: [target] } : { remediation: true });
      const written = await this.write(plans);
      await this.show(written.filter((w) => w.kind === "plan" || w.kind === "unit-plan"));
      this.set({ results: analysis.scores, units: toChecks(analysis.validation) });
      const items = lostItems(analysis, target || undefined).length;
      const unit = analysis.scores.find((u) => u.sheet === target)?.unit ?? target;
      this.notify(
        "success",
        target ? msg("plannedOne", { unit, items }) : msg("plannedAll", { items, units: analysis.scores.length }),
        msg("wroteSheets", { names: written.map((w) => w.name) }),
      );
    });
  }
}

/** The error state of anything thrown: Excel's message in both languages, a pane problem, or an unexpected error. */
export function errorState(e: unknown): ErrorState {
  if (e instanceof GatewayError) return { text: { vi: e.messageVi, en: e.messageEn }, code: e.code };
  if (e instanceof PaneProblem) return { message: e.problem };
  // Not expected: still say what to do, and keep the details for support.
  console.error(e);
  return { message: msg("unexpectedError"), code: e instanceof Error ? e.name : "Unknown" };
}
