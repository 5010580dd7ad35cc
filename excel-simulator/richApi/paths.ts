/**
 * Object paths → the simulated objects they reach. One request's paths are
 * resolved once each, in the order the request instantiates them, so a path
 * with a side effect (`worksheets.add("X")`) runs exactly once and before the
 * actions that use it. A path whose parent is a null object is a null object.
 */
import { ErrorCode, hostError, itemNotFound } from "../errors";
import type { TypeDef } from "../schema";
import type { Workbook } from "../workbook";
import { ArgumentInfo, ObjectPathInfo, PathType, memberName } from "./protocol";
import type { References } from "./references";

export interface Resolved {
  readonly def: TypeDef;
  /** The model behind the object, or null for a null object. */
  readonly model: unknown;
}

/** The type of an object the client already knows to be null: every member of it is null. */
const NULL_TYPE: TypeDef = { name: "NullObject", props: {} };

/** An error raised while resolving or running something, with where it happened (`Type.member`). */
export function located(error: unknown, location: string): unknown {
  if (error && typeof error === "object" && !("location" in error))
    Object.assign(error, { location });
  return error;
}

export class PathResolver {
  private readonly done = new Map<number, Resolved>();

  constructor(
    private readonly wb: Workbook,
    private readonly paths: Record<string, ObjectPathInfo>,
    private readonly root: TypeDef,
    private readonly references: References
  ) {}

  resolve(id: number): Resolved {
    let resolved = this.done.get(id);
    if (!resolved) {
      const info = this.paths[String(id)];
      if (!info)
        throw hostError(
          ErrorCode.invalidObjectPath,
          `The request names object path ${id}, which it does not define.`
        );
      resolved = this.compute(info);
      this.done.set(id, resolved);
    }
    return resolved;
  }

  /** Arguments with the object paths among them replaced by their models. */
  arguments(info: ArgumentInfo | undefined): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => (refs[i] ? this.resolve(refs[i]).model : arg));
  }

  private compute(info: ObjectPathInfo): Resolved {
    switch (info.ObjectPathType) {
      case PathType.globalObject:
        return { def: this.root, model: this.wb };
      case PathType.property:
        return this.property(this.parent(info), info.Name);
      case PathType.method:
        return this.method(this.parent(info), info);
      case PathType.indexer:
        return this.method(this.parent(info), { ...info, Name: "GetItem" });
      case PathType.referenceId:
        return this.references.get(info.Name);
      case PathType.nullObject:
        return { def: NULL_TYPE, model: null };
      default:
        throw hostError(
          ErrorCode.notImplemented,
          `Object path type ${info.ObjectPathType} ('${info.Name}') is not simulated.`
        );
    }
  }

  private parent(info: ObjectPathInfo): Resolved {
    if (info.ParentObjectPathId === undefined)
      throw hostError(ErrorCode.invalidObjectPath, `Object path ${info.Id} has no parent.`);
    return this.resolve(info.ParentObjectPathId);
  }

  private property(parent: Resolved, wire: string): Resolved {
    const name = memberName(wire);
    const nav = parent.def.nav?.[name];
    if (!nav) throw notSimulated(parent.def, name);
    if (parent.model === null) return { def: nav.type(), model: null };
    try {
      return { def: nav.type(), model: nav.get(parent.model, this.wb) ?? null };
    } catch (error) {
      throw located(error, `${parent.def.name}.${name}`);
    }
  }

  private method(parent: Resolved, info: ObjectPathInfo): Resolved {
    const name = memberName(info.Name);
    const method = parent.def.methods?.[name];
    if (!method || method.kind !== "object" || !method.type) throw notSimulated(parent.def, name);
    const type = method.type();
    if (parent.model === null) return { def: type, model: null };
    const args = this.arguments(info.ArgumentInfo);
    try {
      const model = method.run(parent.model, args, this.wb) ?? null;
      if (model === null && !method.nullable) throw itemNotFound(`${parent.def.name}.${name}`);
      return { def: type, model };
    } catch (error) {
      throw located(error, `${parent.def.name}.${name}`);
    }
  }
}

export function notSimulated(def: TypeDef, member: string): unknown {
  return located(
    hostError(ErrorCode.notImplemented, `${def.name}.${member} is not simulated by this host.`),
    `${def.name}.${member}`
  );
}
