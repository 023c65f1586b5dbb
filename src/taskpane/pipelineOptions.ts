// The engine's options for scoring and planning, from the settings typed in the pane and the
// workbook as just read (last year's results come from a sheet staff chose).
import { readPreviousResults } from "../core/index.js";
import type { Framework, PipelineOptions, WorkbookSnapshot } from "../core/index.js";
import { PaneProblem } from "./errors.js";
import { msg } from "./i18n.js";
import { parseHeader, parseUnitInputs, parseYear, Settings, UnitOverride } from "./settings.js";
import { parseSurveyParts, SurveyUnit } from "./surveyInputs.js";

/** What the options are built from: the effective framework, the settings, the listed units and their corrections. */
export interface PipelineOptionsSource {
  framework: Framework;
  settings: Settings;
  units: readonly SurveyUnit[];
  overrides: Record<string, UnitOverride>;
}

/** Pipeline options from the settings, with how many of last year's results were read (null when no sheet was chosen). */
export function pipelineOptions(
  source: PipelineOptionsSource,
  snapshot: WorkbookSnapshot,
): { options: PipelineOptions; previousCount: number | null } {
  const { framework, settings, units, overrides } = source;
  const inputs = parseUnitInputs(settings.inputs, units);
  const parts = parseSurveyParts(settings, units, framework);
  for (const [sheet, surveyParts] of Object.entries(parts)) inputs[sheet] = { ...inputs[sheet], surveyParts };
  let previous: PipelineOptions["previous"];
  if (settings.previousSheet) {
    const sheet = snapshot.sheets.find((x) => x.name === settings.previousSheet);
    if (!sheet) throw new PaneProblem(msg("sheetGone", { sheet: settings.previousSheet }));
    previous = readPreviousResults(sheet);
  }
  const year = parseYear(settings.year);
  const options: PipelineOptions = {
    framework,
    overrides,
    inputs,
    ...(previous ? { previous } : {}),
    header: parseHeader(settings),
    ...(year !== undefined ? { year } : {}),
    counted: settings.counted,
  };
  return { options, previousCount: previous ? previous.length : null };
}
