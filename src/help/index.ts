// html-webpack-plugin's template for the user guide (webpack.config.js): run at build time, in Node,
// it returns the whole page of one language. The build passes the language, the version from
// package.json and the screenshots it found (see webpack.config.js); the findings come from the rule
// catalogue of the engine the add-in ships.
import { RULE_CATALOGUE } from "../core/index.js";
import { GUIDE_EN } from "./guide.en.js";
import { GUIDE_VI } from "./guide.vi.js";
import { renderHelp, type HelpLang } from "./render.js";

/** What webpack.config.js passes as templateParameters. */
export interface HelpTemplateParameters {
  helpLang: HelpLang;
  helpShots: readonly string[];
  version: string;
}

/** The guide of `p.helpLang`. */
export function helpPage(p: HelpTemplateParameters): string {
  return renderHelp({
    guide: p.helpLang === "en" ? GUIDE_EN : GUIDE_VI,
    catalogue: RULE_CATALOGUE,
    shots: new Set(p.helpShots),
    version: p.version,
  });
}

export default helpPage;
