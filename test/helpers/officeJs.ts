// Microsoft's own Excel client runtime (@microsoft/office-js, dist/excel-web-16.00.debug.js) loaded
// offline in a Node vm with a minimal window, document and navigator. Its `Excel.RequestContext`
// builds the genuine requests the add-in would send; here `sync` hands them to a stand-in executor
// that records each request as office.js serialises it (the JSON body, measured in UTF-8 bytes) and
// answers with fabricated results, processed by office.js itself, so the adapter's batches run
// unchanged on the real proxies. No host, no network.
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import type { XRequestContext } from "../../src/excel/api";

const RUNTIME = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[] };
}

/** A request as office.js built it. */
export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPath>;
}

/** One step of an object's path from the workbook: a property, an indexer or a method, with its arguments. */
export interface PathStep {
  kind: "property" | "indexer" | "method" | "root" | "other";
  name: string;
  args: unknown[];
}

/**
 * What the stand-in Excel answers: the value of a load (`select` are the properties asked, as
 * office.js names them) or of a method returning a value; `null` makes an *OrNullObject a null object.
 */
export type Responder = (path: PathStep[], request: { select?: string[]; method?: string; args: unknown[] }) => unknown;

/** One recorded sync. */
export interface RecordedRequest {
  bytes: number;
  actions: number;
  body: RequestBody;
}

type ExcelNamespace = { RequestContext: new () => OfficeRequestContext };
interface OfficeRequestContext {
  workbook: unknown;
  sync(): Promise<unknown>;
  _requestExecutor: unknown;
}

let excel: ExcelNamespace | undefined;

/** Excel's namespace from office.js (loaded once). */
export function officeExcel(): ExcelNamespace {
  if (excel) return excel;
  const noop = () => undefined;
  const win: Record<string, unknown> = {
    location: { href: "https://localhost/taskpane.html", protocol: "https:", hostname: "localhost" },
    navigator: { userAgent: "node" },
    addEventListener: noop,
    removeEventListener: noop,
    setTimeout,
    clearTimeout,
    console: { log: noop, warn: noop, error: noop, info: noop },
  };
  win.window = win;
  win.self = win;
  win.document = {
    addEventListener: noop,
    getElementsByTagName: () => [],
    createElement: () => ({ setAttribute: noop, style: {} }),
    readyState: "complete",
    cookie: "",
  };
  const context = createContext(win);
  runInContext(readFileSync(RUNTIME, "utf8"), context, { filename: "excel-web-16.00.debug.js" });
  excel = (context as { Excel: ExcelNamespace }).Excel;
  return excel;
}

function pathOf(body: RequestBody, id: number): PathStep[] {
  const steps: PathStep[] = [];
  let p: ObjectPath | undefined = body.ObjectPaths[String(id)];
  while (p) {
    const kind = (["other", "root", "other", "method", "property", "indexer"] as const)[p.ObjectPathType] ?? "other";
    steps.unshift({ kind, name: p.Name, args: p.ArgumentInfo?.Arguments ?? [] });
    p = p.ParentObjectPathId === undefined ? undefined : body.ObjectPaths[String(p.ParentObjectPathId)];
  }
  return steps;
}

/** An XRequestContext on office.js's genuine proxies, recording every request. */
export function officeContext(respond: Responder): { ctx: XRequestContext; requests: RecordedRequest[] } {
  const rc = new (officeExcel().RequestContext)();
  const requests: RecordedRequest[] = [];
  rc._requestExecutor = {
    executeAsync(_customData: unknown, _flags: unknown, message: { Body: RequestBody }) {
      const body = message.Body;
      const text = JSON.stringify(body);
      requests.push({ bytes: Buffer.byteLength(text, "utf8"), actions: body.Actions.length, body });
      const results: { ActionId: number; Value: unknown }[] = [];
      for (const a of body.Actions) {
        const path = pathOf(body, a.ObjectPathId);
        const last = path[path.length - 1];
        if (a.ActionType === 1 && last?.name.endsWith("OrNullObject")) {
          // Instantiating an *OrNullObject tells whether it is null.
          const v = respond(path, { args: last.args });
          results.push({ ActionId: a.Id, Value: v === null ? null : {} });
        } else if (a.ActionType === 2) {
          const v = respond(path, { select: a.QueryInfo?.Select, args: last?.args ?? [] });
          results.push({ ActionId: a.Id, Value: v });
        } else if (a.ActionType === 3) {
          const v = respond(path, { method: a.Name, args: a.ArgumentInfo?.Arguments ?? [] });
          if (v !== undefined) results.push({ ActionId: a.Id, Value: v });
        }
      }
      return Promise.resolve({ ErrorCode: null, HttpStatusCode: 200, Headers: {}, Body: { Results: results } });
    },
  };
  const ctx: XRequestContext = { workbook: rc.workbook as XRequestContext["workbook"], sync: () => rc.sync() };
  return { ctx, requests };
}

/** "items/id,name" → { Id: v("id"), Name: v("name") } with nested paths ("protection/protected") as objects. */
export function pascalObject(select: readonly string[], value: (path: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const raw of select) {
    const parts = raw.split("/");
    let target = out;
    parts.forEach((p, i) => {
      const key = p.charAt(0).toUpperCase() + p.slice(1);
      if (i === parts.length - 1) target[key] = value(raw);
      else target = (target[key] ??= {}) as Record<string, unknown>;
    });
  }
  return out;
}
