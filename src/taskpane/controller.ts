// The task pane's store and the actions of its five steps, apart from the components so they can
// be tested without a browser. Every action that needs the workbook reads it once, computes with
// the engine, and writes once; Excel is reached only through the ExcelGateway given to the
// constructor. The pure parts live beside it: state.ts, settings.ts, effectiveFramework.ts,
// pipelineOptions.ts, findingFilters.ts, notices.ts and errors.ts. The engine's long computations
// (checking every sheet, scoring, building the sheets) go through an Engine (engine.ts): a Web Worker
// in the pane (engineClient.ts), the main thread a few sheets at a time where no worker can start.
import {
  builtinFrameworks,
  defaultFrameworkChoice,
  frameworkSheetPlan,
  groupTablesOf,
  lostItems,
  submissionTemplatePlan,
  validateWorkbook,
} from "../core/index.js";
import type {
  Analysis,
  Finding,
  Framework,
  PlanSelection,
  Severity,
  SheetPlan,
  WorkbookSnapshot,
  WorkbookValidation,
} from "../core/index.js";
import type { ExcelGateway, ImportFile, OnProgress, WrittenSheet } from "../excel/gateway.js";
import { askOffice, errorsKey } from "./controllerHelpers.js";
import { effectiveFramework, requireFramework } from "./effectiveFramework.js";
import { Engine, EngineCancelled, EngineProgress, mainThreadEngine } from "./engine.js";
import { errorState, PaneProblem } from "./errors.js";
import { FindingFilter, toggleSeverity, visibleFindings } from "./findingFilters.js";
import { languageOf, Lang, Message, msg } from "./i18n.js";
import { pipelineOptions } from "./pipelineOptions.js";
import { checkedNotice, checkedOneNotice, importedNotice, plannedNotice, scoredNotice } from "./notices.js";
import {
  frameworkSettingsKey,
  InputField,
  parseYear,
  Settings,
  settingsFor,
  UnitOverride,
  withBandMin,
  withInput,
  withOverride,
} from "./settings.js";
import { Busy, initialState, Notice, scoringGate, skippedSheets, StepId, TaskPaneState, unitChecks } from "./state.js";
import { missingSurveys, withSurveyPart } from "./surveyInputs.js";
import { FrameworkChoice, resolveFramework, workbookLists } from "./workbook.js";

/** How the controller paces long computations. */
export interface ControllerOptions {
  /** Lets the browser paint between long computations (tests pass an immediate one). */
  yieldToUi?: () => Promise<void>;
  /** Sheets validated between two yields. */
  chunk?: number;
  /** Where the engine runs (the pane passes its Web Worker); default: the main thread, paced as above. */
  engine?: Engine;
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The task pane's state and every action staff can take, over an ExcelGateway. */
export class TaskPaneController {
  private state: TaskPaneState;
  private readonly listeners = new Set<() => void>();
  private readonly yieldToUi: () => Promise<void>;
  private readonly chunk: number;
  private readonly gateway: ExcelGateway;
  private readonly engine: Engine;
  /** Stops the running action while it can still stop (before it writes); null when it cannot. */
  private abort: AbortController | null = null;
  /** The last snapshot read, for recomputing after an edit in the pane without reading Excel again. */
  private snapshot: WorkbookSnapshot | null = null;
  private started = false;
  private atRisk: { sheet: string; cell: string; target: string }[] = [];
  /** The criteria set's groups, bands and year the settings were taken from (frameworkSettingsKey). */
  private settingsKey = "";
  /** The framework errors staff accepted (their rules, cells and messages): new errors ask again. */
  private acceptedKey = "";

  constructor(gateway: ExcelGateway, opts: ControllerOptions = {}) {
    this.gateway = gateway;
    this.yieldToUi = opts.yieldToUi ?? nextFrame;
    this.chunk = opts.chunk ?? 10;
    this.engine = opts.engine ?? mainThreadEngine({ yieldToUi: this.yieldToUi, chunk: this.chunk });
    const lang: Lang = askOffice(() => languageOf(gateway.displayLanguage()), "vi"); // Vietnamese when Office cannot say.
    this.state = initialState(lang, builtinFrameworks());
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

  // ---- Running actions ----

  /**
   * Runs one action: one at a time, a progress bar while it lasts, its failure shown as a message. A
   * cancellable action can be stopped (cancel()) until it starts writing: it then writes nothing.
   */
  private async run(label: Message, task: (progress: OnProgress) => Promise<void>, cancellable = false): Promise<void> {
    if (this.state.busy) return;
    this.abort = cancellable ? new AbortController() : null;
    this.set({ busy: this.busyWith({ label }), error: null, notice: null, confirm: null });
    try {
      await task(this.progressFor(label));
    } catch (e) {
      if (e instanceof EngineCancelled) this.notify("info", msg("cancelled"));
      else this.set({ error: errorState(e) });
    } finally {
      this.abort = null;
      this.set({ busy: null });
    }
  }

  /** Stops the running action if it can still stop (it has not started writing): the workbook stays as it was. */
  cancel(): void {
    if (!this.abort || this.abort.signal.aborted) return;
    this.abort.abort();
    if (this.state.busy) this.set({ busy: { ...this.state.busy, cancellable: false } });
  }

  /** Throws EngineCancelled when staff cancelled the running action. */
  private checkCancelled(): void {
    if (this.abort?.signal.aborted) throw new EngineCancelled();
  }

  private busyWith(b: Busy): Busy {
    return this.abort && !this.abort.signal.aborted ? { ...b, cancellable: true } : b;
  }

  private progressFor(label: Message): OnProgress {
    return (p) => this.set({ busy: this.busyWith({ label, done: p.done, total: p.total, detail: p.label }) });
  }

  private phase(label: Message): OnProgress {
    this.set({ busy: this.busyWith({ label }) });
    return this.progressFor(label);
  }

  /** The engine's progress as the pane shows it, under the action's own label while it analyses. */
  private engineProgress(label: Message): (p: EngineProgress) => void {
    return (p) => {
      const shown = p.phase === "validating" ? msg("opValidating") : p.phase === "building" ? msg("opBuilding") : label;
      this.set({ busy: this.busyWith({ label: shown, done: p.done, total: p.total }) });
    };
  }

  private async read(): Promise<WorkbookSnapshot> {
    const snapshot = await this.gateway.readWorkbook(this.phase(msg("opReading")));
    this.checkCancelled();
    this.snapshot = snapshot;
    this.set({ sheets: snapshot.sheets.map((s) => s.name) });
    return snapshot;
  }

  /**
   * Asks first when users' formulas point at generated sheets the plans would replace (Excel turns them
   * into #REF!, it cannot move a reference to the new sheet); true when the write must wait for staff.
   */
  private askBeforeBreaking(plans: SheetPlan[], action: "score" | "plan", confirmed: boolean): boolean {
    if (confirmed) return false;
    const risk = this.gateway.formulasAtRisk?.(plans) ?? [];
    if (risk.length === 0) return false;
    const cells = risk.slice(0, 10).map((r) => `${r.sheet}!${r.cell} → ${r.target}`);
    this.set({ confirm: { kind: "formulas-at-risk", action, cells, more: risk.length - cells.length } });
    return true;
  }

  private async write(plans: SheetPlan[]): Promise<WrittenSheet[]> {
    // The last moment to stop: from here on the workbook changes, so the cancel button goes away.
    this.checkCancelled();
    this.abort = null;
    // Users' formulas pointing at the generated sheets about to be replaced (they become #REF!),
    // found before writing from the last read; staff were asked first, and the notice after the write lists them.
    this.atRisk = this.gateway.formulasAtRisk?.(plans) ?? [];
    const written = await this.gateway.writePlans(plans, this.phase(msg("opWriting")));
    this.set({ written });
    return written;
  }

  /** The notice, with the list of users' formulas the last write put at risk. */
  private withAtRisk(notice: Notice): Notice {
    if (this.atRisk.length === 0) return notice;
    const cells = this.atRisk.slice(0, 10).map((r) => `${r.sheet}!${r.cell} → ${r.target}`);
    const more = this.atRisk.length - cells.length;
    return { intent: "warning", messages: [...notice.messages, msg("formulasAtRisk", { cells, more })] };
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

  private notify(intent: Notice["intent"], ...messages: Message[]): void {
    this.set({ notice: { intent, messages } });
  }

  // ---- Navigation and messages ----

  /** Reads the language and what Excel can do, then the workbook. */
  async init(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.set({ canImport: askOffice(() => this.gateway.canImport(), false) });
    await this.rescan(true);
  }

  /** Shows the pane in another language. */
  setLanguage(lang: Lang): void {
    this.set({ lang });
  }

  /** Opens a step. */
  goTo(step: StepId): void {
    this.set({ step });
  }

  /** Closes the error message. */
  dismissError(): void {
    this.set({ error: null });
  }

  /** Closes the notice of what was done. */
  dismissNotice(): void {
    this.set({ notice: null });
  }

  // ---- Step 1: criteria set ----

  /** Reads the workbook again: framework sheets, the chosen criteria set as it is now, the unit sheets. */
  async rescan(first = false): Promise<void> {
    await this.run(
      msg("opReading"),
      async () => {
        const snapshot = await this.read();
        const choice = first ? defaultFrameworkChoice(snapshot) : this.state.choice;
        await this.applySnapshot(snapshot, choice, first);
      },
      true,
    );
    if (first) this.set({ ready: true });
  }

  /** Uses another criteria set, read from the workbook as it is now; the units are checked against it. */
  async chooseFramework(choice: FrameworkChoice): Promise<void> {
    await this.run(
      msg("opReading"),
      async () => {
        const snapshot = await this.read();
        await this.applySnapshot(snapshot, choice, true);
      },
      true,
    );
  }

  private async applySnapshot(
    snapshot: WorkbookSnapshot,
    choice: FrameworkChoice,
    resetSettings: boolean,
  ): Promise<void> {
    const resolved = resolveFramework(choice, snapshot);
    // Groups, bands and year follow the criteria set whenever the set itself changes them (a new
    // choice, or staff edited the framework sheet); otherwise what was typed in the pane stays.
    const key = frameworkSettingsKey(resolved.framework);
    const settings =
      resetSettings || key !== this.settingsKey
        ? settingsFor(resolved.framework, this.state.settings)
        : this.state.settings;
    this.settingsKey = key;
    // An acceptance holds for the errors staff saw: other errors (a new choice, an edited sheet) ask again.
    const accepted = this.state.frameworkAccepted && errorsKey(resolved.findings) === this.acceptedKey;
    this.set({
      choice,
      framework: resolved.framework,
      frameworkAccepted: accepted,
      frameworkFindings: resolved.findings,
      frameworkProblem: resolved.problem ?? null,
      ...workbookLists(snapshot),
      settings,
    });
    if (!resolved.framework) {
      this.set({ units: [], skipped: [] });
      return;
    }
    const fw = effectiveFramework(resolved.framework, settings);
    const v = await this.validateAll(snapshot, fw);
    this.set({ units: unitChecks(v), skipped: skippedSheets(v), surveyMissing: missingSurveys(snapshot, v, fw) });
  }

  /** Inserts the chosen built-in sample as an editable framework sheet and chooses that sheet. */
  async insertFrameworkSheet(confirmed = false): Promise<void> {
    const existing = this.state.generatedFrameworkSheet;
    if (existing && !confirmed) {
      this.set({ confirm: { kind: "replace-framework", sheet: existing }, notice: null, error: null });
      return;
    }
    await this.run(msg("opInserting"), async () => {
      const fw =
        this.state.framework ?? resolveFramework({ kind: "builtin", id: this.state.builtins[0].id }, null).framework;
      if (!fw) throw new PaneProblem(msg("unexpectedError"));
      const [sheet] = await this.write([frameworkSheetPlan(fw)]);
      await this.show([sheet]);
      const snapshot = await this.read();
      await this.applySnapshot(snapshot, { kind: "sheet", sheet: sheet.name }, true);
      this.notify("success", msg("insertedFramework", { sheet: sheet.name }));
    });
  }

  /** Asks staff to confirm that they score with the framework's errors (acceptFrameworkErrors(true) confirms). */
  acceptFrameworkErrors(confirmed = false): void {
    const errors = scoringGate({ ...this.state, frameworkAccepted: false }).errors;
    if (errors.length === 0) return;
    if (!confirmed) {
      this.set({ confirm: { kind: "accept-framework-errors", errors: errors.length }, notice: null, error: null });
      return;
    }
    this.acceptedKey = errorsKey(this.state.frameworkFindings);
    this.set({ frameworkAccepted: true, confirm: null });
  }

  /** Takes back the acceptance: scoring stops again until the framework is fixed. */
  withdrawFrameworkAcceptance(): void {
    this.acceptedKey = "";
    this.set({ frameworkAccepted: false });
  }

  /** Drops the pending question (nothing is replaced). */
  cancelConfirm(): void {
    this.set({ confirm: null });
  }

  /** Inserts a blank self-assessment template of the chosen criteria set, for one group or all. */
  async insertTemplate(group = ""): Promise<void> {
    await this.run(msg("opInserting"), async () => {
      const fw = requireFramework(this.state);
      const year = parseYear(this.state.settings.year);
      const plan = submissionTemplatePlan(fw, { ...(group ? { group } : {}), ...(year !== undefined ? { year } : {}) });
      const [sheet] = await this.write([plan]);
      await this.show([sheet]);
      this.notify("success", msg("insertedTemplate", { sheet: sheet.name }));
    });
  }

  // ---- Step 2: unit files ----

  /** Inserts the sheets of the picked .xlsx files, then reads the workbook again to list the units. */
  async importFiles(files: ImportFile[]): Promise<void> {
    if (files.length === 0) return;
    await this.run(msg("opImporting"), async (progress) => {
      const imported = await this.gateway.importWorkbooks(files, progress);
      const snapshot = await this.read();
      await this.applySnapshot(snapshot, this.state.choice, false);
      this.set({ notice: importedNotice(imported) });
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

  private override(sheet: string, patch: UnitOverride): void {
    this.set({ overrides: withOverride(this.state.overrides, sheet, patch) });
    // Re-reads that one sheet from the last snapshot: a group decides which criteria apply.
    const fw = this.state.framework;
    const snap = this.snapshot?.sheets.find((s) => s.name === sheet);
    if (!fw || !snap || !this.snapshot) return;
    try {
      const v = validateWorkbook(
        { source: this.snapshot.source, sheets: [snap] },
        effectiveFramework(fw, this.state.settings),
        { overrides: this.state.overrides, groupTables: groupTablesOf(this.snapshot) },
      );
      const [check] = unitChecks(v);
      if (check) this.set({ units: this.state.units.map((u) => (u.sheet === sheet ? check : u)) });
    } catch (e) {
      this.set({ error: errorState(e) });
    }
  }

  // ---- Step 3: check ----

  /** Checks every unit sheet (or only `sheet`) as the workbook is now. */
  async validate(sheet?: string): Promise<void> {
    await this.run(
      msg("opValidating"),
      async () => {
        const fw = requireFramework(this.state);
        const snapshot = await this.read();
        const target =
          sheet === undefined ? snapshot : { ...snapshot, sheets: snapshot.sheets.filter((s) => s.name === sheet) };
        const v = await this.validateAll(target, fw);
        const checks = unitChecks(v);
        if (sheet === undefined) {
          this.set({
            units: checks,
            skipped: skippedSheets(v),
            sheets: snapshot.sheets.map((s) => s.name),
            notice: checkedNotice(checks),
            surveyMissing: missingSurveys(snapshot, v, fw),
          });
          return;
        }
        const one = checks[0];
        if (!one)
          throw new PaneProblem(
            snapshot.sheets.some((x) => x.name === sheet)
              ? msg("sheetNotUnit", { sheet })
              : msg("sheetGone", { sheet }),
          );
        const known = this.state.units.some((u) => u.sheet === sheet);
        this.set({
          units: known ? this.state.units.map((u) => (u.sheet === sheet ? one : u)) : [...this.state.units, one],
          notice: checkedOneNotice(one),
        });
      },
      true,
    );
  }

  /** Validates every sheet with the engine (off the pane's thread where it can), reporting progress. */
  private validateAll(snapshot: WorkbookSnapshot, fw: Framework): Promise<WorkbookValidation> {
    return this.engine.validate(snapshot, fw, this.state.overrides, {
      onProgress: this.engineProgress(msg("opValidating")),
      signal: this.abort?.signal,
    });
  }

  /** Changes which findings are shown. */
  setFilter(patch: Partial<FindingFilter>): void {
    this.set({ filter: { ...this.state.filter, ...patch } });
  }

  /** Shows or hides the findings of one severity. */
  toggleSeverity(severity: Severity): void {
    this.set({ filter: toggleSeverity(this.state.filter, severity) });
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
      const n = await this.gateway.highlightFindings(
        visibleFindings(this.state.units, this.state.filter).filter((f) => f.cell),
      );
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

  // ---- Step 4: settings, score and rank ----

  /** Changes settings typed in the scoring step (kept as typed; read when scoring). */
  updateSettings(patch: Partial<Omit<Settings, "inputs" | "bands" | "surveyParts">>): void {
    this.set({ settings: { ...this.state.settings, ...patch } });
  }

  /** Changes the lowest index of one band, as typed. */
  setBandMin(index: number, minText: string): void {
    this.set({ settings: withBandMin(this.state.settings, index, minText) });
  }

  /** Changes a unit's survey, bonus or penalty points, as typed. */
  setInput(sheet: string, field: InputField, text: string): void {
    this.set({ settings: withInput(this.state.settings, sheet, field, text) });
  }

  /** Changes a unit's survey points for one component (leaf code), as typed. */
  setSurveyPart(sheet: string, code: string, text: string): void {
    this.set({ settings: withSurveyPart(this.state.settings, sheet, code, text) });
  }

  /** The shared start of scoring and planning: read the workbook, take the settings, analyse every unit, build the sheets. */
  private async prepare(label: Message, select: PlanSelection): Promise<{ analysis: Analysis; plans: SheetPlan[] }> {
    const framework = requireFramework(this.state);
    const gate = scoringGate(this.state);
    if (gate.blocked) throw new PaneProblem(msg("frameworkBlocksScoring", { errors: gate.errors.length }));
    const snapshot = await this.read();
    const { options, previousCount } = pipelineOptions(
      { framework, settings: this.state.settings, units: this.state.units, overrides: this.state.overrides },
      snapshot,
    );
    if (gate.errors.length) options.acceptedFrameworkErrors = gate.errors;
    this.set({ previousCount });
    this.phase(label);
    const { analysis, plans } = await this.engine.analyse(snapshot, options, select, {
      onProgress: this.engineProgress(label),
      signal: this.abort?.signal,
    });
    if (analysis.scores.length === 0) throw new PaneProblem(msg("noUnitsToScore"));
    return { analysis, plans };
  }

  /**
   * Scores and ranks every unit and writes the summary, ranking and detail sheets; asks first when users'
   * formulas point at the sheets it replaces (`confirmed` answers yes).
   */
  async score(confirmed = false): Promise<void> {
    await this.run(
      msg("opScoring"),
      async () => {
        const { analysis, plans } = await this.prepare(msg("opScoring"), {});
        if (this.askBeforeBreaking(plans, "score", confirmed)) return;
        const written = await this.write(plans);
        await this.show(written);
        const { previousCount, settings } = this.state;
        const previous =
          settings.previousSheet && previousCount !== null
            ? { sheet: settings.previousSheet, count: previousCount }
            : null;
        this.set({
          results: analysis.scores,
          units: unitChecks(analysis.validation, analysis.scores),
          notice: this.withAtRisk(scoredNotice(analysis.scores, written, previous)),
          surveyMissing: analysis.validation.findings.filter((f) => f.rule === "survey-missing"),
        });
      },
      true,
    );
  }

  // ---- Step 5: remediation plans ----

  /** "" for every unit (with the analysis), else a unit sheet for its own plan. */
  setPlanTarget(sheet: string): void {
    this.set({ planTarget: sheet });
  }

  /** Writes the remediation plan and analysis for every unit, or one unit's plan; staff entries are kept (asks first like score). */
  async plan(confirmed = false): Promise<void> {
    const target = this.state.planTarget;
    await this.run(
      msg("opPlanning"),
      async () => {
        const { analysis, plans } = await this.prepare(
          msg("opPlanning"),
          target ? { unitPlans: [target] } : { remediation: true },
        );
        if (target && !analysis.validation.sheets.some((v) => v.submission.sheet === target))
          throw new PaneProblem(msg("sheetGone", { sheet: target }));
        if (this.askBeforeBreaking(plans, "plan", confirmed)) return;
        const written = await this.write(plans);
        await this.show(written.filter((w) => w.kind === "plan" || w.kind === "unit-plan"));
        const items = lostItems(analysis, target || undefined).length;
        const unit = analysis.scores.find((u) => u.sheet === target)?.unit ?? target;
        const notice = this.withAtRisk(
          plannedNotice(items, target ? { unit } : { units: analysis.scores.length }, written),
        );
        this.set({ results: analysis.scores, units: unitChecks(analysis.validation, analysis.scores), notice });
      },
      true,
    );
  }
}
