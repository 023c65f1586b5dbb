// The user guide (help.html, help-en.html: the manifest's support page) as one static HTML page per
// language, written at build time by webpack (src/help/index.ts is html-webpack-plugin's template).
// The workflow text is in guide.vi.ts / guide.en.ts; the meaning of every finding comes from the
// rule catalogue, so a new rule appears in the guide without anyone editing it. Screenshots are the
// browser test's pictures of the preview page, shown only when the build found them: the page reads
// whole without them. The page has no script.
import type { RuleMeta, Severity } from "../core/index.js";

export type HelpLang = "vi" | "en";

/** A screenshot of the preview page that the browser test writes (test/system/browser). */
export interface Shot {
  /** File name without .png, as the browser test saves it ("03-kiem-tra"). */
  file: string;
  caption: string;
}

/** One part of the workflow: a heading, its text (authored HTML) and the screenshots that show it. */
export interface GuideSection {
  id: string;
  title: string;
  /** Trusted HTML written in guide.*.ts (paragraphs, lists); never user or catalogue text. */
  body: string;
  shots?: readonly Shot[];
}

/** Everything of one language's guide except the findings, which come from the catalogue. */
export interface Guide {
  lang: HelpLang;
  title: string;
  /** Trusted HTML: what the add-in is and who it is for. */
  intro: string;
  contents: string;
  /** The link to the other language's page. */
  otherLanguage: { href: string; label: string; hreflang: HelpLang };
  sections: readonly GuideSection[];
  findings: {
    id: string;
    title: string;
    /** Trusted HTML before the tables. */
    intro: string;
    submissionTable: string;
    frameworkTable: string;
    columns: { id: string; severity: string; title: string; meaning: string };
    severity: Record<Severity, string>;
  };
  faq: { id: string; title: string; items: readonly { q: string; a: string }[] };
  /** Where the screenshots are, when the build has none (a sentence). */
  noShots: string;
  /** What the screenshots show, when the build has some (a sentence). */
  shotsNote: string;
  footer: (version: string) => string;
}

/** What the build gives the page. */
export interface HelpInput {
  guide: Guide;
  catalogue: readonly RuleMeta[];
  /** The screenshots the build copied into help/ (file names without .png). */
  shots: ReadonlySet<string>;
  version: string;
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** The folder, relative to the page, that holds the screenshots in the build. */
export const SHOTS_FOLDER = "help";

function figures(shots: readonly Shot[] | undefined, present: ReadonlySet<string>): string {
  return (shots ?? [])
    .filter((s) => present.has(s.file))
    .map(
      (s) =>
        `<figure><img src="${SHOTS_FOLDER}/${escapeHtml(s.file)}.png" alt="${escapeHtml(s.caption)}" loading="lazy">` +
        `<figcaption>${escapeHtml(s.caption)}</figcaption></figure>`,
    )
    .join("\n");
}

function ruleRows(rules: readonly RuleMeta[], guide: Guide): string {
  const lang = guide.lang;
  return rules
    .map(
      (r) =>
        `<tr id="rule-${escapeHtml(r.id)}" class="sev-${r.severity}">` +
        `<td><code>${escapeHtml(r.id)}</code></td>` +
        `<td>${escapeHtml(guide.findings.severity[r.severity])}</td>` +
        `<td>${escapeHtml(r.title[lang])}</td>` +
        `<td>${escapeHtml(r.description[lang])}</td></tr>`,
    )
    .join("\n");
}

function ruleTable(caption: string, rules: readonly RuleMeta[], guide: Guide): string {
  const c = guide.findings.columns;
  return (
    `<table><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(c.id)}</th><th scope="col">${escapeHtml(c.severity)}</th>` +
    `<th scope="col">${escapeHtml(c.title)}</th><th scope="col">${escapeHtml(c.meaning)}</th></tr></thead>\n` +
    `<tbody>\n${ruleRows(rules, guide)}\n</tbody></table>`
  );
}

const STYLE = `
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.45; max-width: 52em;
  margin: 1.5em auto; padding: 0 1em; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.3em; margin-top: 1.8em; border-bottom: 1px solid #bbb; }
nav ol { columns: 2; } code, kbd { font-family: Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: 0.92em; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
th, td { border: 1px solid #999; padding: 0.25em 0.45em; vertical-align: top; text-align: left; }
thead th { background: #eef1f5; } td:nth-child(2) { white-space: nowrap; } tr.sev-error td:nth-child(2) { color: #a4262c; font-weight: bold; }
tr.sev-warning td:nth-child(2) { color: #8a5300; }
figure { margin: 1em 0; } figure img { max-width: 100%; border: 1px solid #ccc; }
figcaption { font-style: italic; font-size: 0.9em; } dt { font-weight: bold; margin-top: 0.8em; } dd { margin-left: 1.2em; }
.lang { float: right; } footer { margin-top: 3em; font-size: 0.85em; color: #555; }
@media print { nav, .lang { display: none; } h2 { break-after: avoid; } figure, tr { break-inside: avoid; } }
`;

/** The whole page: every workflow section, every rule of the catalogue, the usual problems. */
export function renderHelp(input: HelpInput): string {
  const { guide, catalogue, shots, version } = input;
  const framework = catalogue.filter((r) => r.id.startsWith("framework-"));
  const submission = catalogue.filter((r) => !r.id.startsWith("framework-"));
  const anyShots = guide.sections.some((s) => (s.shots ?? []).some((x) => shots.has(x.file)));
  const toc = [...guide.sections, guide.findings, guide.faq]
    .map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`)
    .join("");
  const sections = guide.sections
    .map(
      (s) =>
        `<section id="${s.id}">\n<h2>${escapeHtml(s.title)}</h2>\n${s.body}\n${figures(s.shots, shots)}\n</section>`,
    )
    .join("\n");
  const faq = guide.faq.items.map((i) => `<dt>${escapeHtml(i.q)}</dt><dd>${i.a}</dd>`).join("\n");
  const o = guide.otherLanguage;
  return `<!doctype html>
<html lang="${guide.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(guide.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<a class="lang" href="${o.href}" hreflang="${o.hreflang}" lang="${o.hreflang}">${escapeHtml(o.label)}</a>
<h1>${escapeHtml(guide.title)}</h1>
${guide.intro}
<p><small>${escapeHtml(anyShots ? guide.shotsNote : guide.noShots)}</small></p>
</header>
<nav aria-label="${escapeHtml(guide.contents)}"><h2>${escapeHtml(guide.contents)}</h2><ol>${toc}</ol></nav>
<main>
${sections}
<section id="${guide.findings.id}">
<h2>${escapeHtml(guide.findings.title)}</h2>
${guide.findings.intro}
${ruleTable(guide.findings.submissionTable, submission, guide)}
${ruleTable(guide.findings.frameworkTable, framework, guide)}
</section>
<section id="${guide.faq.id}">
<h2>${escapeHtml(guide.faq.title)}</h2>
<dl>
${faq}
</dl>
</section>
</main>
<footer>${escapeHtml(guide.footer(version))}</footer>
</body>
</html>
`;
}
