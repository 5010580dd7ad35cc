/**
 * Executes one request's actions in order on the workbook, as Excel does:
 * each action sees the effects of the ones before it; the first that fails
 * stops the request, and what ran before it stays done (a sync is not a
 * transaction). Results are answered by action id; on failure the response
 * carries the error (with the failing action's index) and no results.
 */
import { ErrorCode, OfficeError } from "../errors";
import type { TypeDef } from "../schema";
import type { Workbook } from "../workbook";
import { PathResolver, Resolved, located, notSimulated } from "./paths";
import {
  ActionInfo,
  ActionKind,
  ActionResult,
  ErrorInfo,
  RequestBody,
  memberName,
} from "./protocol";
import { identity, queryResult } from "./query";
import type { References } from "./references";

/** HTTP status Excel answers with for an error code (the client keeps it as `httpStatusCode`). */
const STATUS: Record<string, number> = {
  [ErrorCode.itemNotFound]: 404,
  [ErrorCode.generalException]: 500,
  [ErrorCode.notImplemented]: 501,
  AccessDenied: 403,
};

export function errorInfo(error: unknown, actionIndex?: number): ErrorInfo {
  const location = (error as { location?: string } | null)?.location;
  const base =
    error instanceof OfficeError
      ? { Code: error.code, Message: error.message }
      : {
          Code: ErrorCode.generalException,
          Message: `An internal error has occurred. (${error instanceof Error ? error.message : String(error)})`,
        };
  return {
    ...base,
    HttpStatusCode: STATUS[base.Code] ?? 400,
    ...(location ? { Location: location } : {}),
    ...(actionIndex === undefined ? {} : { ActionIndex: actionIndex }),
  };
}

export interface Execution {
  readonly results: ActionResult[];
  readonly error?: ErrorInfo;
}

/** Runs `body` on `wb`. Never throws: a failure is the `error` of the execution. */
export function execute(
  wb: Workbook,
  root: TypeDef,
  references: References,
  body: RequestBody
): Execution {
  const paths = new PathResolver(wb, body.ObjectPaths ?? {}, root, references);
  /** Object paths the request asked to keep, with their reference ids. */
  const kept = new Map<number, string>();
  const results: ActionResult[] = [];
  const actions = body.Actions ?? [];
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    try {
      const value = run(action, paths, kept, references, wb);
      if (value !== NO_RESULT) results.push({ ActionId: action.Id, Value: value });
    } catch (error) {
      return { results: [], error: errorInfo(error, i) };
    }
  }
  return { results };
}

const NO_RESULT = Symbol("no result");

function run(
  action: ActionInfo,
  paths: PathResolver,
  kept: Map<number, string>,
  references: References,
  wb: Workbook
): unknown {
  switch (action.ActionType) {
    case ActionKind.instantiate: {
      const object = paths.resolve(action.ObjectPathId);
      if (object.model === null) return null;
      const reference = kept.get(action.ObjectPathId);
      return {
        ...identity(object.def, object.model, wb),
        ...(reference ? { _ReferenceId: reference } : {}),
      };
    }
    case ActionKind.query:
      return queryResult(paths.resolve(action.ObjectPathId), action.QueryInfo, wb);
    case ActionKind.setProperty:
      setProperty(paths.resolve(action.ObjectPathId), action, paths, wb);
      return NO_RESULT;
    case ActionKind.method:
      return method(paths.resolve(action.ObjectPathId), action, paths, kept, references, wb);
    case ActionKind.trace:
      return NO_RESULT;
    default:
      throw new OfficeError(
        ErrorCode.notImplemented,
        `Action type ${action.ActionType} is not simulated by this host.`
      );
  }
}

function setProperty(
  object: Resolved,
  action: ActionInfo,
  paths: PathResolver,
  wb: Workbook
): void {
  const wire = memberName(action.Name);
  const name = object.def.aliases?.[wire] ?? wire;
  const prop = object.def.props[name];
  if (!prop?.set) throw notSimulated(object.def, name);
  if (object.model === null) return;
  const [value] = paths.arguments(action.ArgumentInfo);
  try {
    prop.set(object.model, value, wb);
  } catch (error) {
    throw located(error, `${object.def.name}.${name}`);
  }
}

function method(
  object: Resolved,
  action: ActionInfo,
  paths: PathResolver,
  kept: Map<number, string>,
  references: References,
  wb: Workbook
): unknown {
  // Protocol members of every object: keeping and releasing references.
  if (action.Name === "_KeepReference") {
    if (object.model !== null && !kept.has(action.ObjectPathId))
      kept.set(action.ObjectPathId, references.keep(object));
    return null;
  }
  if (action.Name === "_RemoveReference") {
    const [id] = paths.arguments(action.ArgumentInfo);
    references.remove(String(id));
    return null;
  }
  const name = memberName(action.Name);
  const def = object.def.methods?.[name];
  if (!def || def.kind === "object") throw notSimulated(object.def, name);
  if (object.model === null) return null;
  const args = paths.arguments(action.ArgumentInfo);
  try {
    const value = def.run(object.model, args, wb);
    return def.kind === "value" && value !== undefined ? value : null;
  } catch (error) {
    throw located(error, `${object.def.name}.${name}`);
  }
}
