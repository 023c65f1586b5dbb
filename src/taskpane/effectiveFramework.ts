// The criteria set as the pane scores with it: the framework read from the workbook (or the
// built-in sample) with the ranking groups and band thresholds typed in the scoring step.
import { parseLocaleNumber } from "../core/index.js";
import type { Band, Framework } from "../core/index.js";
import { PaneProblem } from "./errors.js";
import { Message, msg } from "./i18n.js";
import { parseGroups, Settings } from "./settings.js";
import type { FrameworkChoice } from "./workbook.js";

/** The typed band thresholds as bands; a threshold that is not a number from 0 to 100 is refused. */
export function parseBands(bands: Settings["bands"]): Band[] {
  return bands.map((b) => {
    const min = parseLocaleNumber(b.minText.trim());
    if (min === null || min < 0 || min > 100) throw new PaneProblem(msg("bandsInvalid"));
    return { label: b.label, ...(b.labelEn ? { labelEn: b.labelEn } : {}), min };
  });
}

/** The framework with the groups and bands of the settings; blank settings keep the framework's own. */
export function effectiveFramework(fw: Framework, settings: Pick<Settings, "groupsText" | "bands">): Framework {
  const groups = parseGroups(settings.groupsText);
  const bands = parseBands(settings.bands);
  return { ...fw, groups: groups.length ? groups : fw.groups, bands: bands.length ? bands : fw.bands };
}

/** What decides the criteria set to check and score with: the one read, why there is none, what was chosen, the settings. */
export interface FrameworkSource {
  framework: Framework | null;
  frameworkProblem: Message | null;
  choice: FrameworkChoice;
  settings: Pick<Settings, "groupsText" | "bands">;
}

/** The chosen criteria set with the settings' groups and bands; without one, the problem that says why. */
export function requireFramework(source: FrameworkSource): Framework {
  const { framework, frameworkProblem, choice, settings } = source;
  if (!framework)
    throw new PaneProblem(
      frameworkProblem ?? msg("frameworkUnreadable", { sheet: choice.kind === "sheet" ? choice.sheet : "" }),
    );
  return effectiveFramework(framework, settings);
}
