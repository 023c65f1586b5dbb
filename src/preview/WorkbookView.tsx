// A plain picture of the in-memory workbook beside the pane: sheet tabs and a grid of the active
// sheet showing values (formula text where the fake has no result), fills, and the selected cell.
import { makeStyles, tokens, Text } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { FakeExcel, FakeSheet } from "../excel/fake/index.js";
import { a1, colLetter, parseA1 } from "../core/index.js";
import { MARKER_PROPERTY } from "../excel/markers.js";
import { formatNumber, Lang, MessageKey, ParamsOf, translate } from "../taskpane/i18n.js";

const MAX_ROWS = 250;
const MAX_COLS = 30;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0, height: "100%" },
  tabs: { display: "flex", flexWrap: "wrap", gap: "2px", borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: "none",
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: "3px 8px",
    cursor: "pointer",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
  },
  tabActive: {
    background: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `2px solid ${tokens.colorBrandStroke1}`,
  },
  tabGenerated: { fontStyle: "italic" },
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    maxHeight: "calc(100vh - 170px)",
  },
  grid: {
    borderCollapse: "collapse",
    fontFamily: "'Times New Roman', serif",
    fontSize: "12px",
    "& td, & th": {
      border: `1px solid ${tokens.colorNeutralStroke3}`,
      padding: "1px 4px",
      maxWidth: "260px",
      overflow: "hidden",
      textOverflow: "ellipsis",
      whiteSpace: "nowrap",
    },
    "& th": {
      background: tokens.colorNeutralBackground3,
      fontWeight: "normal",
      color: tokens.colorNeutralForeground3,
      position: "sticky",
      top: 0,
    },
  },
  formula: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  selected: { outline: `2px solid ${tokens.colorPaletteGreenBorderActive}`, outlineOffset: "-2px" },
  status: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** The text a cell shows: its value, else its formula (the fake does not calculate). */
function shown(lang: Lang, value: unknown, formula: string | undefined): { text: string; formula: boolean } {
  if (value === undefined || value === null) return { text: formula ?? "", formula: formula !== undefined };
  if (typeof value === "number") return { text: formatNumber(lang, value), formula: false };
  if (typeof value === "object") return { text: String((value as { error: string }).error), formula: false };
  return { text: typeof value === "string" || typeof value === "boolean" ? String(value) : "", formula: false };
}

function extent(sheet: FakeSheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const k of sheet.cells.keys()) {
    rows = Math.max(rows, Math.floor(k / 16_384) + 1);
    cols = Math.max(cols, (k % 16_384) + 1);
  }
  return { rows, cols };
}

export function WorkbookView(props: {
  fake: FakeExcel;
  sheet: string;
  onSheet: (name: string) => void;
  lang: Lang;
  version: number;
}) {
  const s = useStyles();
  const t = <K extends MessageKey>(k: K, ...a: ParamsOf<K>) => translate(props.lang, k, ...a);
  const state = props.fake.state;
  const visible = state.sheets.filter((x) => x.visibility === "Visible");
  const sheet = visible.find((x) => x.name === props.sheet) ?? visible[0];
  const sel = state.selection && state.sheets.find((x) => x.id === state.selection!.sheetId);
  const selCell = sel && sel === sheet ? parseA1(state.selection!.address.split(":")[0]) : null;
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  // Scrolls the grid alone to the selected cell: scrollIntoView would scroll every scrollable
  // ancestor, the page and the pane's column too, and the pane would leave the view.
  useEffect(() => {
    const cell = selectedRef.current;
    const box = scrollerRef.current;
    if (!cell || !box) return;
    const c = cell.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    box.scrollTop += c.top - b.top - box.clientHeight / 2 + c.height / 2;
    box.scrollLeft += c.left - b.left - box.clientWidth / 2 + c.width / 2;
  }, [props.version, props.sheet]);
  const size = sheet ? extent(sheet) : { rows: 0, cols: 0 };
  const rows = Math.min(size.rows, MAX_ROWS);
  const cols = Math.min(size.cols, MAX_COLS);
  return (
    <section className={s.root} aria-label={t("previewWorkbook")}>
      <Text weight="semibold">{t("previewWorkbook")}</Text>
      <div className={s.tabs} role="tablist" aria-label={t("previewSheets")}>
        {visible.map((x) => {
          const kind = x.customProperties.get(MARKER_PROPERTY.toLowerCase())?.value;
          return (
            <button
              key={x.id}
              type="button"
              role="tab"
              aria-selected={x === sheet}
              title={kind ? t("previewGenerated", { kind }) : x.name}
              className={[s.tab, x === sheet ? s.tabActive : "", kind ? s.tabGenerated : ""].join(" ")}
              onClick={() => props.onSheet(x.name)}
              data-sheet={x.name}
            >
              {x.name}
            </button>
          );
        })}
      </div>
      <div className={s.status} data-testid="preview-selection">
        {state.selection && sel
          ? t("previewSelected", { sheet: sel.name, cell: state.selection.address })
          : t("previewNoSelection")}
        {size.rows > rows || size.cols > cols ? ` · ${t("previewTruncated", { rows, cols })}` : ""}
      </div>
      <div className={s.scroller} ref={scrollerRef} data-testid="preview-grid">
        {sheet && rows > 0 ? (
          <table className={s.grid} data-sheet={sheet.name}>
            <thead>
              <tr>
                <th />
                {Array.from({ length: cols }, (_, c) => (
                  <th key={c} scope="col">
                    {colLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th scope="row">{r + 1}</th>
                  {Array.from({ length: cols }, (_, c) => {
                    const cell = sheet.cells.get(r * 16_384 + c);
                    const v = shown(props.lang, cell?.value, cell?.formula);
                    const isSel = selCell !== null && selCell !== undefined && selCell.row === r && selCell.col === c;
                    const fill = cell?.fill?.color;
                    return (
                      <td
                        key={c}
                        ref={isSel ? selectedRef : undefined}
                        data-cell={a1(r, c)}
                        className={[v.formula ? s.formula : "", isSel ? s.selected : ""].join(" ")}
                        style={{
                          background: fill && fill !== "#FFFFFF" ? fill : undefined,
                          color: fill ? "#000" : undefined,
                          fontWeight: cell?.font?.bold ? "bold" : undefined,
                          textAlign: typeof cell?.value === "number" ? "right" : undefined,
                        }}
                        title={cell?.formula ?? v.text}
                      >
                        {v.text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Text>{t("previewEmpty")}</Text>
        )}
      </div>
    </section>
  );
}
