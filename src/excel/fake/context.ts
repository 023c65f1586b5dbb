// Office's proxy semantics for the fake: every method call and property write only queues a
// command; `load` queues a read whose result becomes visible after `sync()`; reading a property
// that was not loaded and synced throws PropertyNotLoaded, as in Excel.
import { estimateBytes, OP_OVERHEAD } from "../payload.js";
import { FakeOfficeError, officeError } from "./state.js";

/** A loaded value waiting for the end of a successful sync. */
export interface Staged {
  bytes: number;
  commit(): void;
}

export interface Op {
  label: string;
  bytes: number;
  run(staged: Staged[]): void;
}

/** What runs a context's queued commands (FakeExcel). */
export interface OpExecutor {
  execute(ops: Op[]): Promise<void>;
}

/** The queue of one request context. */
export class OpQueue {
  private ops: Op[] = [];

  constructor(private readonly executor: OpExecutor) {}

  /** Queues a command; `payload` is what it sends to Excel (for the request size). */
  queue(label: string, payload: unknown, run: (staged: Staged[]) => void): void {
    this.ops.push({ label, bytes: OP_OVERHEAD + (payload === undefined ? 0 : estimateBytes(payload)), run });
  }

  get pending(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    await this.executor.execute(ops);
  }
}

function notLoaded(kind: string, prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${kind} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/**
 * A proxy for one Excel object. It is bound to its target when the command that creates it runs
 * (getItem, getRange, add…), or derives it from its parent (format, fill, protection…).
 */
export abstract class FakeProxy<T> {
  private bound: T | null | undefined;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly q: OpQueue,
    protected readonly kind: string,
    private readonly derive?: () => T,
  ) {}

  /** Queues the command that finds or creates the target (null: a null object). */
  protected bindWith(label: string, payload: unknown, resolve: () => T | null): this {
    this.q.queue(label, payload, () => {
      this.bound = resolve();
    });
    return this;
  }

  /** Binds immediately (items of a loaded collection). */
  bindNow(target: T): this {
    this.bound = target;
    return this;
  }

  /** The target, at command time; a null object or a deleted item throws ItemNotFound. */
  target(): T {
    if (this.derive) return this.derive();
    if (this.bound === undefined) throw new Error(`fake: ${this.kind} used before the command creating it ran`);
    if (this.bound === null) throw officeError("ItemNotFound", `The requested ${this.kind} does not exist.`);
    if (this.isGone(this.bound)) throw officeError("ItemNotFound", `The ${this.kind} no longer exists.`);
    return this.bound;
  }

  protected isGone(_t: T): boolean {
    return false;
  }

  private isNull(): boolean {
    return !this.derive && this.bound === null;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  /** A loaded property; throws PropertyNotLoaded before load + sync. */
  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(this.kind, prop);
    return this.loaded.get(prop) as V;
  }

  load(propertyNames?: string): this {
    const props = (propertyNames ?? "")
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    for (const p of props) this.checkLoadable(p.split("/"));
    this.q.queue(`${this.kind}.load(${props.join(",")})`, propertyNames, (staged) => this.stage(props, staged));
    return this;
  }

  /** Runs a load at command time: reads from the target, makes it visible when the sync succeeds. */
  stage(props: string[], staged: Staged[]): void {
    const values = new Map<string, unknown>([["isNullObject", this.isNull()]]);
    if (!this.isNull()) {
      const nested = new Map<string, string[]>();
      for (const p of props) {
        const [head, ...rest] = p.split("/");
        if (rest.length > 0 && head !== "items") nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
        else values.set(head, this.get(head, rest.join("/"), staged));
      }
      for (const [head, sub] of nested) this.child(head).stage(sub, staged);
    }
    staged.push({
      bytes: estimateBytes([...values.values()].filter((v) => !(v instanceof Array && v[0] instanceof FakeProxy))),
      commit: () => values.forEach((v, k) => this.loaded.set(k, v)),
    });
  }

  /** The current value of a scalar property (or, for "items", the item proxies loaded with `sub`). */
  protected abstract get(prop: string, sub: string, staged: Staged[]): unknown;

  /** Throws at load() time for a property the fake does not model (a programming error). */
  protected checkLoadable(path: string[]): void {
    const [head, ...rest] = path;
    if (head === "items" || head === "isNullObject") return;
    if (rest.length > 0) {
      this.child(head);
      return;
    }
    if (!this.loadable().includes(head)) throw new Error(`fake: ${this.kind}.${head} cannot be loaded`);
  }

  protected loadable(): string[] {
    return [];
  }

  protected child(name: string): FakeProxy<unknown> {
    throw new Error(`fake: ${this.kind} has no navigation property ${name}`);
  }

  /** Queues a property write or a method call applied to the target. */
  protected command(label: string, payload: unknown, apply: (target: T) => void): void {
    this.q.queue(`${this.kind}.${label}`, payload, () => apply(this.target()));
  }
}

/** A value computed by Excel (`ClientResult`), readable after the sync. */
export class FakeClientResult<V> {
  private ready = false;
  private v: V | undefined;

  get value(): V {
    if (!this.ready) throw notLoaded("ClientResult", "value");
    return this.v as V;
  }

  stage(v: V, staged: Staged[]): void {
    staged.push({
      bytes: estimateBytes(v),
      commit: () => {
        this.v = v;
        this.ready = true;
      },
    });
  }
}
