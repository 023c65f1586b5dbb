// What went wrong, as staff read it: Excel's own message in both languages, a catalog message for
// a problem staff can fix in the pane, or a plain "something unexpected" with a code for support.
import { GatewayError } from "../excel/gateway.js";
import { Message, msg } from "./i18n.js";

/** What went wrong, in both languages (from Excel) or as a catalog message, with a code for support. */
export interface ErrorState {
  text?: { vi: string; en: string };
  message?: Message;
  code?: string;
}

/** Raised for a problem staff can fix, with the catalog message that says how. */
export class PaneProblem extends Error {
  readonly problem: Message;
  constructor(problem: Message) {
    super(problem.key);
    this.name = "PaneProblem";
    this.problem = problem;
  }
}

/** The error state of anything thrown: Excel's message in both languages, a pane problem, or an unexpected error. */
export function errorState(e: unknown): ErrorState {
  if (e instanceof GatewayError) return { text: { vi: e.messageVi, en: e.messageEn }, code: e.code };
  if (e instanceof PaneProblem) return { message: e.problem };
  // Not expected: still say what to do, and keep the details for support.
  console.error(e);
  return { message: msg("unexpectedError"), code: e instanceof Error ? e.name : "Unknown" };
}
