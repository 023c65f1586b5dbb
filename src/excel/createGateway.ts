// The ExcelGateway over any `run` (Excel.run in Office, the fake's run in tests and the preview).
// It remembers what the last read or write learnt about the sheets (ids, markers, tables), so that
// read → write costs no extra inspection: a full pipeline is 3 syncs to read and 1 to write for
// typical data. If the workbook changed in between so that the write cannot apply (a sheet gone or
// a name taken), the write is rolled back, the workbook inspected afresh, and the write tried once more.
import { parseA1 } from "../core/index.js";
import type { Finding, SheetPlan, WorkbookSnapshot } from "../core/index.js";
import type { RunBatch, XRequestContext } from "./api.js";
import { officeCode, toGatewayError } from "./errors.js";
import {
  type ExcelGateway,
  GatewayError,
  type ImportedSheet,
  type ImportFile,
  type OnProgress,
  type WrittenSheet,
} from "./gateway.js";
import { clearHighlightsIn, highlightIn } from "./highlights.js";
import { formulasAtRisk } from "./formulasAtRisk.js";
import { importIn } from "./importSheets.js";
import { inspectWorkbook, type WorkbookInfo } from "./inspect.js";
import { readWorkbookIn } from "./readWorkbook.js";
import { writePlansIn } from "./writePlans.js";

export interface GatewayOptions {
  run: RunBatch;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported: (name: string, version: string) => boolean;
  /** Office.context.displayLanguage. */
  displayLanguage: () => string;
  /** Per-sync budget in bytes (tests lower it). */
  budget?: number;
  /** Generated kinds whose contents readWorkbook returns (default: framework and template). */
  readGenerated?: readonly string[];
}

const what = {
  read: { vi: "Không đọc được sổ tính", en: "Could not read the workbook" },
  select: { vi: "Không chọn được ô", en: "Could not select the cell" },
  highlight: { vi: "Không tô màu được các ô có lỗi", en: "Could not highlight the cells" },
  clear: { vi: "Không bỏ tô màu được", en: "Could not remove the highlights" },
};

/** An ExcelGateway running its batches through `options.run`. */
export function createExcelGateway(options: GatewayOptions): ExcelGateway {
  const { run } = options;
  let known: WorkbookInfo | undefined;
  let lastRead: { snapshot: WorkbookSnapshot; info: WorkbookInfo } | undefined;

  const attempt = async <T>(
    label: { vi: string; en: string },
    batch: (ctx: XRequestContext) => Promise<T>,
  ): Promise<T> => {
    try {
      return await run(batch);
    } catch (e) {
      throw toGatewayError(e, label);
    }
  };

  const write = (plans: SheetPlan[], info: WorkbookInfo | undefined, onProgress?: OnProgress) =>
    run(async (ctx) => {
      const base = info ?? (await inspectWorkbook(ctx, () => undefined)).info;
      return writePlansIn(ctx, plans, base, { onProgress, budget: options.budget });
    });

  return {
    async readWorkbook(onProgress?: OnProgress): Promise<WorkbookSnapshot> {
      const { snapshot, info } = await attempt(what.read, (ctx) =>
        readWorkbookIn(ctx, {
          onProgress,
          budget: options.budget,
          readGenerated: options.readGenerated,
          merges: options.isSetSupported("ExcelApi", "1.13"),
        }),
      );
      known = info;
      lastRead = { snapshot, info };
      return snapshot;
    },

    async writePlans(plans: SheetPlan[], onProgress?: OnProgress): Promise<WrittenSheet[]> {
      const cached = known;
      known = undefined;
      try {
        const { written, info } = await write(plans, cached, onProgress);
        known = info;
        return written;
      } catch (e) {
        const stale =
          cached !== undefined && e instanceof GatewayError && ["ItemNotFound", "ItemAlreadyExists"].includes(e.code);
        if (!stale) throw toGatewayError(e);
        try {
          const { written, info } = await write(plans, undefined, onProgress);
          known = info;
          return written;
        } catch (again) {
          throw toGatewayError(again);
        }
      }
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      if (!parseA1(cell))
        throw new GatewayError(
          `Địa chỉ ô "${cell}" không hợp lệ.`,
          `"${cell}" is not a cell address.`,
          "InvalidArgument",
        );
      try {
        await run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await ctx.sync();
        });
      } catch (e) {
        if (officeCode(e) === "ItemNotFound") {
          throw new GatewayError(
            `Không tìm thấy trang tính "${sheet}"; có thể nó đã bị đổi tên hoặc xoá. Hãy kiểm tra lại.`,
            `Sheet "${sheet}" was not found; it may have been renamed or deleted.`,
            "ItemNotFound",
            { cause: e },
          );
        }
        throw toGatewayError(e, what.select);
      }
    },

    highlightFindings(findings: Finding[]): Promise<number> {
      return attempt(what.highlight, (ctx) => highlightIn(ctx, findings, options.budget));
    },

    clearHighlights(): Promise<number> {
      return attempt(what.clear, (ctx) => clearHighlightsIn(ctx, options.budget));
    },

    canImport(): boolean {
      return options.isSetSupported("ExcelApi", "1.13");
    },

    async importWorkbooks(files: ImportFile[], onProgress?: OnProgress): Promise<ImportedSheet[]> {
      if (!options.isSetSupported("ExcelApi", "1.13")) {
        throw new GatewayError(
          "Phiên bản Excel này chưa hỗ trợ chèn trang tính từ tệp (cần ExcelApi 1.13: Microsoft 365, Excel 2021 trở lên hoặc Excel trên web). Hãy mở từng tệp của đơn vị và sao chép trang tính vào sổ này bằng tay.",
          "This Excel cannot insert sheets from files (needs ExcelApi 1.13: Microsoft 365, Excel 2021 or later, or Excel on the web). Open each unit's file and copy its sheet into this workbook by hand.",
          "ApiNotFound",
        );
      }
      known = undefined;
      try {
        return await run((ctx) => importIn(ctx, files, onProgress, options.budget));
      } catch (e) {
        throw toGatewayError(e);
      }
    },

    formulasAtRisk(plans: SheetPlan[]) {
      return lastRead ? formulasAtRisk(lastRead.snapshot, lastRead.info, plans) : [];
    },

    displayLanguage(): string {
      return options.displayLanguage();
    },
  };
}
