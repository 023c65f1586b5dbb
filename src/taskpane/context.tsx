// Hands the controller, its state and the language helpers to every component of the pane.
import { createContext, ReactNode, useContext, useMemo, useSyncExternalStore } from "react";
import type { TaskPaneController } from "./controller.js";
import {
  formatNumber as formatIn,
  Lang,
  Message,
  MessageKey,
  ParamsOf,
  render as renderIn,
  translate,
} from "./i18n.js";
import type { TaskPaneState } from "./state.js";

const PaneContext = createContext<TaskPaneController | null>(null);

/** Makes the controller available to every component below. */
export function PaneProvider(props: { controller: TaskPaneController; children: ReactNode }) {
  return <PaneContext.Provider value={props.controller}>{props.children}</PaneContext.Provider>;
}

/** A catalog message by key, in the current language. */
export type CatalogText = <K extends MessageKey>(key: K, ...args: ParamsOf<K>) => string;

/** What every component of the pane works with. */
export interface Pane {
  /** The actions staff can take. */
  controller: TaskPaneController;
  /** What the pane shows (components re-render when it changes). */
  state: TaskPaneState;
  /** A catalog message by key, in the current language. */
  text: CatalogText;
  /** A stored message (a notice, an error) in the current language. */
  render: (m: Message) => string;
  /** A number in the current language's notation ("87,26" or "87.26"). */
  formatNumber: (x: number, digits?: number) => string;
}

/** The language helpers for one language. */
function helpersFor(lang: Lang): Pick<Pane, "text" | "render" | "formatNumber"> {
  return {
    text: (key, ...args) => translate(lang, key, ...args),
    render: (m) => renderIn(lang, m),
    formatNumber: (x, digits) => formatIn(lang, x, digits),
  };
}

/** The controller, its current state (re-rendering on change) and the language helpers. */
export function usePane(): Pane {
  const controller = useContext(PaneContext);
  if (!controller) throw new Error("usePane outside PaneProvider");
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  const helpers = useMemo(() => helpersFor(state.lang), [state.lang]);
  return { controller, state, ...helpers };
}
