/**
 * The request context: queues what proxies do, and `sync()` executes the
 * queue in order against the workbook model, then makes loaded values and
 * ClientResults available. Each sync is measured (the queued operations
 * serialized as JSON, in UTF-8 bytes) and reported to the host, which may
 * refuse it before anything runs (payload limit, injected failure).
 *
 * When an operation fails, the operations before it stay applied (as in
 * Excel), the rest are dropped, and nothing that sync loaded is delivered.
 */
import {
  ClientObject,
  ClientResult,
  ProxyContext,
  bindWorkbook,
  createProxy,
} from "./clientObject";
import { ErrorCode, OfficeError, hostError } from "./errors";
import { LoadTree, parseLoadSpec } from "./load";
import type { TypeDef } from "./schema";
import type { Workbook } from "./workbook";

export interface SyncHooks {
  readonly workbook: Workbook;
  /** Called before a sync executes anything; throwing fails the sync with nothing applied. */
  beginSync(request: { bytes: number; operations: number }): void;
}

interface Operation {
  readonly kind: "instantiate" | "set" | "call" | "load";
  readonly target: ClientObject;
  readonly name: string;
  readonly payload: unknown[];
  readonly child?: ClientObject;
  readonly result?: ClientResult;
  readonly tree?: LoadTree;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const wire = (v: unknown): unknown => (v instanceof ClientObject ? { $ref: v._id } : v);
const unwrap = (v: unknown): unknown => (v instanceof ClientObject ? v._resolve() : v);

export class RequestContext implements ProxyContext {
  readonly workbook: ClientObject;
  readonly application: ClientObject;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Operation[] = [];
  private ids = 0;

  constructor(
    private readonly hooks: SyncHooks,
    workbookType: TypeDef
  ) {
    bindWorkbook(this, hooks.workbook);
    this.workbook = createProxy(this, workbookType, () => hooks.workbook);
    this.application = this.workbook._child("application");
  }

  nextId(): number {
    return ++this.ids;
  }

  queueSet(target: ClientObject, name: string, value: unknown): void {
    this.queue.push({ kind: "set", target, name, payload: [value] });
  }

  queueCall(target: ClientObject, name: string, args: unknown[]): unknown {
    const method = target._def.methods![name];
    const wb = this.hooks.workbook;
    if (method.kind === "object") {
      const child = createProxy(this, method.type!(), () => {
        const model = target._resolve();
        return model === null ? null : method.run(model, args.map(unwrap), wb);
      });
      this.queue.push({ kind: "instantiate", target, name, payload: args, child });
      return child;
    }
    const result = method.kind === "value" ? new ClientResult() : undefined;
    this.queue.push({ kind: "call", target, name, payload: args, result });
    return result;
  }

  queueLoad(target: ClientObject, spec: unknown): void {
    this.queue.push({
      kind: "load",
      target,
      name: "load",
      payload: spec === undefined ? [] : [spec],
      tree: parseLoadSpec(target._def, spec),
    });
  }

  /** The older `context.load(object, properties)` form. */
  load(object: ClientObject, spec?: unknown): ClientObject {
    return object.load(spec);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const request = ops.map((op) => [
      op.kind,
      op.target._id,
      op.name,
      op.payload.map(wire),
      op.child?._id ?? 0,
    ]);
    this.hooks.beginSync({
      bytes: ops.length === 0 ? 0 : utf8Length(JSON.stringify(request)),
      operations: ops.length,
    });
    const staged: (() => void)[] = [];
    const touched = new Set<ClientObject>();
    for (const op of ops) {
      try {
        this.execute(op, staged, touched);
      } catch (e) {
        throw this.asOfficeError(e, op);
      }
    }
    for (const obj of touched) obj._nullKnown = true;
    for (const apply of staged) apply();
    await Promise.resolve();
  }

  private execute(op: Operation, staged: (() => void)[], touched: Set<ClientObject>): void {
    const wb = this.hooks.workbook;
    if (op.kind === "instantiate") {
      op.child!._resolve();
      touched.add(op.child!);
      return;
    }
    const model = op.target._resolve();
    touched.add(op.target);
    if (op.kind === "load") return this.load_(op.target, op.tree!, staged, touched);
    if (model === null) {
      if (op.result) staged.push(() => op.result!._set(null));
      return;
    }
    if (op.kind === "set") {
      op.target._def.props[op.name].set!(model, op.payload[0], wb);
      return;
    }
    const value = op.target._def.methods![op.name].run(model, op.payload.map(unwrap), wb);
    if (op.result) staged.push(() => op.result!._set(value));
  }

  private load_(
    obj: ClientObject,
    tree: LoadTree,
    staged: (() => void)[],
    touched: Set<ClientObject>
  ): void {
    const wb = this.hooks.workbook;
    const def = obj._def;
    const model = obj._resolve();
    touched.add(obj);
    if (model === null) return;
    if (def.items) {
      const itemType = def.items.type();
      const items = def.items.list(model, wb).map((m) => {
        const item = createProxy(this, itemType, () => m);
        item._resolve();
        touched.add(item);
        this.load_(item, tree, staged, touched);
        return item;
      });
      staged.push(() => obj._values.set("items", items));
      return;
    }
    const names = tree.all
      ? Object.keys(def.props).filter((p) => !def.lazy?.includes(p))
      : [...tree.props];
    for (const name of names) {
      const value = def.props[name].get(model, wb);
      staged.push(() => obj._values.set(name, value));
    }
    for (const [name, sub] of tree.nav) this.load_(obj._child(name), sub, staged, touched);
  }

  private asOfficeError(e: unknown, op: Operation): OfficeError {
    const location = `${op.target._def.name}.${op.name}`;
    if (e instanceof OfficeError) return new OfficeError(e.code, e.message, location);
    const message = e instanceof Error ? e.message : String(e);
    return hostError(
      ErrorCode.generalException,
      `An internal error has occurred. (${message})`,
      location
    );
  }
}
