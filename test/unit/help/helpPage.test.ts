/** @jest-environment jsdom */
// The user guide (help.html, help-en.html) as the build writes it (src/help/index.ts): the whole
// workflow in both languages, every rule of the catalogue with its meaning, the usual problems, the
// pane's own labels, and screenshots only where the build has them.
import * as fs from "node:fs";
import * as path from "node:path";
import { RULE_CATALOGUE, type RuleMeta } from "../../../src/core/index.js";
import { GUIDE_EN } from "../../../src/help/guide.en.js";
import { GUIDE_VI } from "../../../src/help/guide.vi.js";
import { helpPage } from "../../../src/help/index.js";
import { escapeHtml, renderHelp, SHOTS_FOLDER } from "../../../src/help/render.js";
import { CATALOG } from "../../../src/taskpane/i18n.js";

const ALL_SHOTS = [...GUIDE_VI.sections, ...GUIDE_EN.sections].flatMap((s) => (s.shots ?? []).map((x) => x.file));

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const page = (lang: "vi" | "en", shots: readonly string[] = []) =>
  parse(helpPage({ helpLang: lang, helpShots: shots, version: "1.2.3" }));
const text = (doc: Document) => (doc.body.textContent ?? "").replace(/\s+/g, " ");
const norm = (s: string) => s.replace(/\s+/g, " ");

describe.each([
  ["vi", GUIDE_VI],
  ["en", GUIDE_EN],
] as const)("the %s guide", (lang, guide) => {
  const doc = page(lang);

  it("is in its language and links to the other one", () => {
    expect(doc.documentElement.lang).toBe(lang);
    const other = doc.querySelector<HTMLAnchorElement>("a.lang")!;
    expect(other.getAttribute("href")).toBe(lang === "vi" ? "help-en.html" : "help.html");
  });

  it("covers the whole workflow in order, then the findings and the usual problems", () => {
    const headings = [...doc.querySelectorAll("main h2")].map((h) => h.textContent);
    expect(headings).toHaveLength(9);
    const topics =
      lang === "vi"
        ? [
            /bộ tiêu chí/i,
            /tệp của đơn vị/,
            /Kiểm tra/,
            /Thẩm định/,
            /Chấm điểm và xếp hạng/,
            /In kết quả/,
            /Kế hoạch khắc phục/,
            /phát hiện/,
            /vấn đề thường gặp/,
          ]
        : [
            /criteria sheet/,
            /unit files/,
            /Checking/,
            /Appraising/,
            /Scoring and ranking/,
            /Printing/,
            /remediation/,
            /findings/,
            /problems/,
          ];
    topics.forEach((t, i) => expect(headings[i]).toMatch(t));
    // The contents link to every section, and every id is unique.
    const links = [...doc.querySelectorAll<HTMLAnchorElement>("nav a")].map((a) => a.getAttribute("href")!.slice(1));
    expect(links).toHaveLength(9);
    for (const id of links) expect(doc.getElementById(id)).not.toBeNull();
    const ids = [...doc.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Links inside the text point at sections that exist.
    for (const a of doc.querySelectorAll<HTMLAnchorElement>("main a[href^='#']"))
      expect(doc.getElementById(a.getAttribute("href")!.slice(1))).not.toBeNull();
  });

  it("explains every rule of the catalogue, in this language, generated from it", () => {
    const rows = [...doc.querySelectorAll<HTMLTableRowElement>("tr[id^='rule-']")];
    expect(rows.map((r) => r.id.slice("rule-".length)).sort()).toEqual(RULE_CATALOGUE.map((r) => r.id).sort());
    for (const rule of RULE_CATALOGUE) {
      const cells = [...(doc.getElementById(`rule-${rule.id}`) as HTMLTableRowElement).cells].map((c) =>
        norm(c.textContent ?? ""),
      );
      expect(cells).toEqual([
        rule.id,
        guide.findings.severity[rule.severity],
        rule.title[lang],
        rule.description[lang],
      ]);
    }
    // The criteria-set rules in their own table.
    const [units, framework] = [...doc.querySelectorAll("table")];
    expect([...framework.querySelectorAll("tbody tr")].every((r) => r.id.startsWith("rule-framework-"))).toBe(true);
    expect([...units.querySelectorAll("tbody tr")].some((r) => r.id.startsWith("rule-framework-"))).toBe(false);
  });

  it("quotes the pane's own names for its steps and buttons", () => {
    const t = CATALOG[lang];
    const body = text(doc);
    for (const label of [
      t.stepFramework,
      t.stepUnits,
      t.stepCheck,
      t.stepScore,
      t.stepPlans,
      t.reread,
      t.insertFramework,
      t.insertTemplate,
      t.importFiles,
      t.checkAll,
      t.highlight,
      t.clearHighlights,
      t.scoreButton,
      t.settingsDocument,
      t.planButton,
    ])
      expect(body).toContain(label);
  });

  it("answers the usual problems, the too-old Excel and the command line among them", () => {
    const questions = [...doc.querySelectorAll("dl dt")];
    expect(questions.length).toBeGreaterThanOrEqual(8);
    for (const dt of questions) expect(norm(dt.nextElementSibling?.textContent ?? "").length).toBeGreaterThan(40);
    const answers = text(doc);
    expect(answers).toContain("ExcelApi 1.12");
    expect(answers).toContain("par-index");
    expect(answers).toContain("ExcelApi 1.13");
  });

  it("has no script and reads whole without screenshots, saying so", () => {
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    expect(doc.querySelectorAll("img")).toHaveLength(0);
    expect(text(doc)).toContain(guide.noShots);
    expect(text(doc)).toContain("1.2.3");
  });

  it("shows the screenshots the build has, and only those", () => {
    const own = guide.sections.flatMap((s) => (s.shots ?? []).map((x) => x.file));
    const [first, second] = own;
    const withShots = page(lang, [first, second, "99-not-in-the-guide"]);
    const imgs = [...withShots.querySelectorAll("img")];
    expect(imgs.map((i) => i.getAttribute("src"))).toEqual([
      `${SHOTS_FOLDER}/${first}.png`,
      `${SHOTS_FOLDER}/${second}.png`,
    ]);
    for (const i of imgs) expect(i.getAttribute("alt")!.length).toBeGreaterThan(10);
    expect(text(withShots)).not.toContain(guide.noShots);
    expect(text(withShots)).toContain(guide.shotsNote);
    expect(text(doc)).not.toContain(guide.shotsNote);
    // Each section's text is the same with or without pictures.
    for (const s of guide.sections)
      expect(norm(withShots.getElementById(s.id)!.querySelector("h2 ~ *")!.textContent ?? "")).toBe(
        norm(doc.getElementById(s.id)!.querySelector("h2 ~ *")!.textContent ?? ""),
      );
  });
});

it("escapes the catalogue's text", () => {
  const rule: RuleMeta = {
    id: "x-<b>",
    severity: "error",
    title: { vi: "<script>alert(1)</script> & co", en: "t" },
    description: { vi: 'a "quoted" <i>', en: "d" },
  };
  const html = renderHelp({ guide: GUIDE_VI, catalogue: [rule], shots: new Set(), version: "1" });
  expect(html).not.toContain("<script>");
  expect(html).toContain(escapeHtml("<script>alert(1)</script> & co"));
  const doc = parse(html);
  expect((doc.getElementById("rule-x-<b>") as HTMLTableRowElement).cells[2].textContent).toBe(
    "<script>alert(1)</script> & co",
  );
});

it("names only screenshots the browser test takes of the preview page", () => {
  const browserTest = fs.readFileSync(
    path.join(__dirname, "..", "..", "system", "browser", "workflow.test.ts"),
    "utf8",
  );
  expect(ALL_SHOTS.length).toBeGreaterThanOrEqual(7);
  for (const file of ALL_SHOTS) expect(browserTest).toContain(`shot("${file}")`);
});
