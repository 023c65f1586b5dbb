// The preview page (npm run preview): the real task pane beside a plain rendering of an in-memory
// workbook (the adapter's fake) loaded with sample data, so anyone can try the add-in without Excel.
// window.__parPreview lets the browser test read the workbook and the selected cell.
import {
  Checkbox,
  FluentProvider,
  Link,
  makeStyles,
  Select,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import { ExcelGateway } from "../excel/gateway.js";
import { FakeExcel, fakeExcelGateway, type FakeDump } from "../excel/fake/index.js";
import { TaskPaneController } from "../taskpane/controller.js";
import { mainThreadEngine } from "../taskpane/engine.js";
import { workerEngine } from "../taskpane/engineClient.js";
import { startEngineWorker } from "../taskpane/startEngineWorker.mjs";
import { Lang, translate } from "../taskpane/i18n.js";
import { Shell } from "../taskpane/Shell.js";
import { initialSheets, sampleFiles } from "./sample.js";
import { WorkbookView } from "./WorkbookView.js";

declare global {
  interface Window {
    __parPreview?: {
      dump: () => FakeDump;
      selection: () => { sheet: string; address: string } | null;
      sheetNames: () => string[];
      /** Number of gateway calls finished, to wait on. */
      calls: () => number;
    };
  }
}

const params = new URLSearchParams(location.search);
const fake = new FakeExcel({
  sheets: initialSheets(),
  // A round trip per sync, as Excel on the web; ?delay=0 for tests.
  delayMs: Number(params.get("delay") ?? 60),
  displayLanguage: params.get("lang") === "en" ? "en-US" : "vi-VN",
});

/** Counts finished gateway calls so the workbook view re-renders after each. */
const changes = {
  n: 0,
  listeners: new Set<() => void>(),
  bump() {
    this.n++;
    for (const l of this.listeners) l();
  },
};

function observed(g: ExcelGateway): ExcelGateway {
  const wrap =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      try {
        return await f(...a);
      } finally {
        changes.bump();
      }
    };
  return {
    readWorkbook: wrap(g.readWorkbook.bind(g)),
    writePlans: wrap(g.writePlans.bind(g)),
    selectCell: wrap(g.selectCell.bind(g)),
    highlightFindings: wrap(g.highlightFindings.bind(g)),
    clearHighlights: wrap(g.clearHighlights.bind(g)),
    importWorkbooks: wrap(g.importWorkbooks.bind(g)),
    canImport: () => g.canImport(),
    displayLanguage: () => g.displayLanguage(),
  };
}

const gateway = observed(fakeExcelGateway(fake));
// As in Excel, the engine runs in a Web Worker (?worker=0: on the main thread, the fallback).
const mainThread = mainThreadEngine({ yieldToUi: () => new Promise((r) => setTimeout(r, 0)) });
const controller = new TaskPaneController(gateway, {
  engine: params.get("worker") === "0" ? mainThread : workerEngine(startEngineWorker, mainThread),
});

window.__parPreview = {
  dump: () => fake.dump(),
  selection: () => {
    const sel = fake.state.selection;
    const sheet = sel && fake.state.sheets.find((s) => s.id === sel.sheetId);
    return sel && sheet ? { sheet: sheet.name, address: sel.address } : null;
  },
  sheetNames: () => fake.sheetNames(),
  calls: () => changes.n,
};

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "minmax(320px, 400px) 1fr",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  pane: { borderRight: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: "auto", maxHeight: "100vh" },
  side: { display: "flex", flexDirection: "column", gap: "8px", padding: "12px", minWidth: 0 },
  bar: { display: "flex", flexWrap: "wrap", gap: "12px", alignItems: "center" },
});

function Preview() {
  const s = useStyles();
  const version = useSyncExternalStore(
    (l) => {
      changes.listeners.add(l);
      return () => changes.listeners.delete(l);
    },
    () => changes.n,
  );
  const pane = useSyncExternalStore(controller.subscribe, controller.getState);
  const lang: Lang = pane.lang;
  const [dark, setDark] = useState(params.get("theme") === "dark");
  const [sheet, setSheet] = useState(() => fake.sheetNames()[0]);
  const files = useMemo(() => sampleFiles(), []);
  const links = useMemo(
    () =>
      files.map((f) => ({
        name: f.fileName,
        url: URL.createObjectURL(new Blob([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))])),
      })),
    [files],
  );
  // Follow Excel: after every call, show the sheet Excel has active (a selected cell, a new sheet).
  useEffect(() => {
    const active = fake.state.sheets.find((x) => x.id === fake.state.activeSheetId);
    // The fake workbook is an external store changed outside React; following its active sheet after
    // each change is a sync from that store, not derived state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (active) setSheet(active.name);
  }, [version]);
  const t = (k: "previewTitle" | "previewIntro" | "previewLanguage" | "previewDark" | "previewSampleFiles") =>
    translate(lang, k);
  // ?pane=only: the task pane alone, as wide as the window (the browser test sizes it to 320 and 350 px,
  // the widths of Excel's task pane).
  if (params.get("pane") === "only")
    return (
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
        <Shell host="excel" gateway={gateway} controller={controller} dark={dark} />
      </FluentProvider>
    );
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={s.page}>
        <div className={s.pane}>
          <Shell host="excel" gateway={gateway} controller={controller} dark={dark} />
        </div>
        <div className={s.side}>
          <Text as="h1" size={500} weight="semibold">
            {t("previewTitle")}
          </Text>
          <Text>{t("previewIntro")}</Text>
          <div className={s.bar}>
            <label>
              {t("previewLanguage")}{" "}
              <Select
                value={lang}
                onChange={(_, d) => controller.setLanguage(d.value as Lang)}
                style={{ display: "inline-block", minWidth: 120 }}
              >
                <option value="vi">Tiếng Việt</option>
                <option value="en">English</option>
              </Select>
            </label>
            <Checkbox checked={dark} onChange={(_, d) => setDark(Boolean(d.checked))} label={t("previewDark")} />
          </div>
          <Text size={200}>
            {t("previewSampleFiles")}{" "}
            {links.map((l) => (
              <Link key={l.name} href={l.url} download={l.name} style={{ marginRight: 8 }}>
                {l.name}
              </Link>
            ))}
          </Text>
          <WorkbookView fake={fake} sheet={sheet} onSheet={setSheet} lang={lang} version={version} />
        </div>
      </div>
    </FluentProvider>
  );
}

const container = document.getElementById("container");
if (container) createRoot(container).render(<Preview />);
