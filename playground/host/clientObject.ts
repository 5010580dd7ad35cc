/**
 * Proxy objects as Office.js has them: property writes and method calls are
 * queued on the request context; property reads return what the last sync
 * loaded (or what was set locally) and throw PropertyNotLoaded otherwise.
 * One class per simulated type is generated from its TypeDef.
 */
import { ErrorCode, hostError, propertyNotLoaded } from "./errors";
import type { LoadTree } from "./load";
import type { TypeDef } from "./schema";

/** What a proxy needs from its request context. */
export interface ProxyContext {
  queueSet(target: ClientObject, name: string, value: unknown): void;
  queueCall(target: ClientObject, name: string, args: unknown[]): unknown;
  queueLoad(target: ClientObject, spec: unknown): void;
  nextId(): number;
}

let resolving = 0;

export class ClientObject {
  readonly _id: number;
  _model: unknown = undefined;
  _resolved = false;
  _isNull = false;
  _nullKnown = false;
  readonly _values = new Map<string, unknown>();
  readonly _nav = new Map<string, ClientObject>();

  constructor(
    readonly _ctx: ProxyContext,
    readonly _def: TypeDef,
    /** Computes the model at sync time: from the parent's model, or by running the creating method. */
    private readonly _resolver: () => unknown
  ) {
    this._id = _ctx.nextId();
  }

  get context(): unknown {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (!this._nullKnown) throw propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  /** The model this proxy stands for (null for a null object), resolved once. */
  _resolve(): unknown {
    if (!this._resolved) {
      if (resolving > 200)
        throw hostError(ErrorCode.invalidObjectPath, "The object path is too deep.");
      resolving++;
      try {
        const m = this._resolver();
        this._model = m;
        this._isNull = m === null || m === undefined;
        this._resolved = true;
      } finally {
        resolving--;
      }
    }
    return this._isNull ? null : this._model;
  }

  _read(name: string): unknown {
    if (this._values.has(name)) return this._values.get(name);
    if (this._nullKnown && this._isNull) return null;
    throw propertyNotLoaded(`${this._def.name}.${name}`);
  }

  _child(name: string): ClientObject {
    let child = this._nav.get(name);
    if (!child) {
      const nav = this._def.nav![name];
      child = createProxy(this._ctx, nav.type(), () => {
        const m = this._resolve();
        return m === null ? null : nav.get(m, ctxWorkbook(this._ctx));
      });
      this._nav.set(name, child);
    }
    return child;
  }

  load(spec?: unknown): this {
    this._ctx.queueLoad(this, spec);
    return this;
  }

  /** Sets several properties at once, nested objects going to navigation properties. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties ?? {})) {
      if (this._def.nav?.[key] && typeof value === "object" && value !== null)
        this._child(key).set(value as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  toJSON(): unknown {
    if (this._def.items) {
      const items = this._values.get("items") as ClientObject[] | undefined;
      return { items: items ? items.map((i) => i.toJSON()) : [] };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._values) out[k] = v;
    for (const [k, child] of this._nav) {
      const json = child.toJSON() as Record<string, unknown>;
      if (Object.keys(json).length > 0) out[k] = json;
    }
    return out;
  }
}

/** The workbook model behind a context (set by the context when it is created). */
const workbooks = new WeakMap<ProxyContext, unknown>();
export function bindWorkbook(ctx: ProxyContext, wb: unknown): void {
  workbooks.set(ctx, wb);
}
export function ctxWorkbook<W = never>(ctx: ProxyContext): W {
  return workbooks.get(ctx) as W;
}

const classes = new WeakMap<
  TypeDef,
  new (ctx: ProxyContext, def: TypeDef, resolver: () => unknown) => ClientObject
>();

function proxyClass(
  def: TypeDef
): new (ctx: ProxyContext, def: TypeDef, resolver: () => unknown) => ClientObject {
  const cached = classes.get(def);
  if (cached) return cached;
  const cls = class extends ClientObject {};
  Object.defineProperty(cls, "name", { value: def.name });
  const proto = cls.prototype as unknown as Record<string, unknown>;
  for (const [name, prop] of Object.entries(def.props)) {
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: ClientObject) {
        return this._read(name);
      },
      set: prop.set
        ? function (this: ClientObject, value: unknown) {
            this._values.set(name, value);
            this._ctx.queueSet(this, name, value);
          }
        : undefined,
    });
  }
  for (const name of Object.keys(def.nav ?? {})) {
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: ClientObject) {
        return this._child(name);
      },
    });
  }
  for (const name of Object.keys(def.methods ?? {})) {
    proto[name] = function (this: ClientObject, ...args: unknown[]) {
      return this._ctx.queueCall(this, name, args);
    };
  }
  if (def.items) {
    Object.defineProperty(proto, "items", {
      configurable: true,
      get(this: ClientObject) {
        return this._read("items");
      },
    });
  }
  classes.set(def, cls);
  return cls;
}

export function createProxy(
  ctx: ProxyContext,
  def: TypeDef,
  resolver: () => unknown
): ClientObject {
  const Cls = proxyClass(def);
  return new Cls(ctx, def, resolver);
}

/** Mirrors `OfficeExtension.ClientResult`: `value` is available after the next sync. */
export class ClientResult<T = unknown> {
  private _value: T | undefined;
  private _ready = false;

  get value(): T {
    if (!this._ready) {
      throw hostError(
        ErrorCode.valueNotLoaded,
        'PropertyNotLoaded: The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    }
    return this._value as T;
  }

  _set(value: T): void {
    this._value = value;
    this._ready = true;
  }
}

export type { LoadTree };
