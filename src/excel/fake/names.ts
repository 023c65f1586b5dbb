// The fake's names and custom properties: a worksheet's custom properties (the adapter's markers)
// and the workbook's defined names, with the refusals Excel makes for bad or taken keys and names.
import type {
  XNamedItem,
  XNamedItemCollection,
  XRange,
  XWorksheetCustomProperty,
  XWorksheetCustomPropertyCollection,
} from "../api.js";
import { FakeProxy, OpQueue, type Staged } from "./context.js";
import type { FakeHost } from "./host.js";
import { rangeTargetOf } from "./rangeTarget.js";
import { type FakeName, type FakeSheet, type FakeWorkbookState, officeError, qualified } from "./state.js";

type PropTarget = { sheet: FakeSheet; key: string };

/** The custom properties of one worksheet. */
export class FakeCustomPropertyCollectionProxy
  extends FakeProxy<FakeSheet>
  implements XWorksheetCustomPropertyCollection
{
  constructor(q: OpQueue, sheet: () => FakeSheet) {
    super(q, "WorksheetCustomPropertyCollection", sheet);
  }

  get items(): FakeCustomPropertyProxy[] {
    return this.read("items");
  }

  protected override get(prop: string, sub: string, staged: Staged[]): unknown {
    const sheet = this.target();
    return [...sheet.customProperties.values()].map((p) => {
      const item = new FakeCustomPropertyProxy(this.q).bindNow({ sheet, key: p.key });
      if (sub) item.stage(sub.split(","), staged);
      return item;
    });
  }

  add(key: string, value: string): FakeCustomPropertyProxy {
    return new FakeCustomPropertyProxy(this.q).bindFrom("customProperties.add", [key, value], () => {
      const sheet = this.target();
      if (key.length === 0 || key.length > 255)
        throw officeError("InvalidArgument", "A custom property key has 1 to 255 characters.");
      if (typeof value !== "string") throw officeError("InvalidArgument", "A custom property value is a string.");
      sheet.customProperties.set(key.toLowerCase(), { key, value });
      return { sheet, key };
    });
  }

  getItemOrNullObject(key: string): FakeCustomPropertyProxy {
    return new FakeCustomPropertyProxy(this.q).bindFrom("customProperties.getItemOrNullObject", key, () => {
      const sheet = this.target();
      return sheet.customProperties.has(key.toLowerCase()) ? { sheet, key } : null;
    });
  }
}

/** One custom property of a worksheet. */
class FakeCustomPropertyProxy extends FakeProxy<PropTarget> implements XWorksheetCustomProperty {
  constructor(q: OpQueue) {
    super(q, "WorksheetCustomProperty");
  }
  /** Binds this proxy through a queued command (FakeProxy.bindWith, made public to the proxy families). */
  bindFrom(label: string, payload: unknown, resolve: () => PropTarget | null): this {
    return this.bindWith(label, payload, resolve);
  }
  protected override isGone(t: PropTarget): boolean {
    return t.sheet.deleted === true || !t.sheet.customProperties.has(t.key.toLowerCase());
  }
  protected override loadable(): string[] {
    return ["key", "value"];
  }
  protected override get(prop: string): unknown {
    const t = this.target();
    const p = t.sheet.customProperties.get(t.key.toLowerCase())!;
    return prop === "key" ? p.key : p.value;
  }
  get key(): string {
    return this.read("key");
  }
  get value(): string {
    return this.read("value");
  }
  set value(v: string) {
    this.command("value", v, (t) => (t.sheet.customProperties.get(t.key.toLowerCase())!.value = v));
  }
  delete(): void {
    this.command("delete", undefined, (t) => t.sheet.customProperties.delete(t.key.toLowerCase()));
  }
}

/** The workbook's defined names. */
export class FakeNamedItemCollectionProxy extends FakeProxy<FakeWorkbookState> implements XNamedItemCollection {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
  ) {
    super(q, "NamedItemCollection", () => host.state);
  }

  get items(): FakeNamedItemProxy[] {
    return this.read("items");
  }

  protected override get(_prop: string, sub: string, staged: Staged[]): unknown {
    return this.host.state.names.map((n) => {
      const item = new FakeNamedItemProxy(this.q, this.host).bindNow(n);
      if (sub)
        item.stage(
          sub.split(",").map((x) => x.replace(/^items\//, "")),
          staged,
        );
      return item;
    });
  }

  override load(propertyNames?: string): this {
    const props = (propertyNames ?? "").split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.q.queue("names.load", propertyNames, (staged) => this.stage([`items/${props.join(",")}`], staged));
    return this;
  }

  add(name: string, reference: XRange | string, comment?: string): FakeNamedItemProxy {
    return new FakeNamedItemProxy(this.q, this.host).bindFrom(
      "names.add",
      [name, typeof reference === "string" ? reference : null, comment ?? null],
      () => {
        const state = this.host.state;
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
          throw officeError("InvalidArgument", `"${name}" is not a valid name.`);
        if (
          state.names.some((n) => n.name.toLowerCase() === name.toLowerCase()) ||
          state.tables.some((t) => t.name.toLowerCase() === name.toLowerCase())
        ) {
          throw officeError("ItemAlreadyExists", `The name "${name}" already exists.`);
        }
        let formula: string;
        if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
        else {
          const { sheet, b } = rangeTargetOf(reference);
          formula = `=${qualified(sheet, b).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
        }
        const item: FakeName = { name, formula, visible: true, comment };
        state.names.push(item);
        return item;
      },
    );
  }

  getItem(name: string): FakeNamedItemProxy {
    return new FakeNamedItemProxy(this.q, this.host).bindFrom("names.getItem", name, () => {
      const n = this.host.state.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!n) throw officeError("ItemNotFound", `The name "${name}" does not exist.`);
      return n;
    });
  }
}

/** One defined name. */
class FakeNamedItemProxy extends FakeProxy<FakeName> implements XNamedItem {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
  ) {
    super(q, "NamedItem");
  }
  /** Binds this proxy through a queued command (FakeProxy.bindWith, made public to the proxy families). */
  bindFrom(label: string, payload: unknown, resolve: () => FakeName | null): this {
    return this.bindWith(label, payload, resolve);
  }
  protected override isGone(n: FakeName): boolean {
    return !this.host.state.names.includes(n);
  }
  protected override loadable(): string[] {
    return ["name", "formula", "visible"];
  }
  protected override get(prop: string): unknown {
    const n = this.target();
    return prop === "name" ? n.name : prop === "formula" ? n.formula : n.visible;
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): unknown {
    return this.read("formula");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: boolean) {
    this.command("visible", v, (n) => (n.visible = v));
  }
  delete(): void {
    this.command("delete", undefined, (n) => {
      const names = this.host.state.names;
      names.splice(names.indexOf(n), 1);
    });
  }
}
