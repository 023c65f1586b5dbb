// Hands the controller, its state and a translator to every component of the pane.
import { createContext, ReactNode, useContext, useSyncExternalStore } from "react";
import type { TaskPaneController, TaskPaneState } from "./controller.js";
import { formatNumber, Message, MessageKey, ParamsOf, render, translate } from "./i18n.js";

const PaneContext = createContext<TaskPaneController | null>(null);

export function PaneProvider(props: { controller: TaskPaneController; children: ReactNode }) {
  return <PaneContext.Provider value={props.controller}>{props.children}</PaneContext.Provider>;
}

type Translate = <K extends MessageKey>(key: K, ...args: ParamsOf<K>) => string;

export interface Pane {
  c: TaskPaneController;
  state: TaskPaneState;
  t: Translate;
  /** Renders a stored message in the current language. */
  r: (m: Message) => string;
  /** A number in the current language's notation. */
  n: (x: number, digits?: number) => string;
}

/** The controller, its current state (re-rendering on change) and translation helpers. */
export function usePane(): Pane {
  const c = useContext(PaneContext);
  if (!c) throw new Error("usePane outside PaneProvider");
  const state = useSyncExternalStore(c.subscribe, c.getState, c.getState);
  const lang = state.lang;
  const t: Translate = (key, ...args) => translate(lang, key, ...args);
  return { c, state, t, r: (m) => render(lang, m), n: (x, d) => formatNumber(lang, x, d) };
}
