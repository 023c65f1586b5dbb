// The task pane's own names for its steps and buttons, for the guide to quote: the guide says what
// the pane shows, in the pane's language, and follows when a label changes.
import { CATALOG, type Catalog, type Lang, type MessageKey } from "../taskpane/i18n.js";
import { escapeHtml } from "./render.js";

/** A message of the pane that is plain text (a step, a button, a setting). */
export type Label = { [K in MessageKey]: Catalog[K] extends string ? K : never }[MessageKey];

/** The pane's label `key` in `lang`, bold, as HTML. */
export function labels(lang: Lang): (key: Label) => string {
  const catalog = CATALOG[lang];
  return (key) => `<b>${escapeHtml(catalog[key])}</b>`;
}
