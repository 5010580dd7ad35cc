/**
 * Defined names (NamedItem), kept as HyperFormula named expressions so that
 * formulas can use them; workbook or worksheet scope.
 */
import { DetailedCellError } from "hyperformula";
import { formatAddress, parseAddress } from "./address";
import { ErrorCode, hostError, invalidArgument, itemNotFound } from "./errors";
import type { SheetModel } from "./sheet";
import type { NameModel, RangeModel, Workbook } from "./workbook";

const VALID_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function scopeId(wb: Workbook, n: { sheet?: SheetModel }): number | undefined {
  return n.sheet ? wb.engine.hf.getSheetId(n.sheet.name) : undefined;
}

function toFormula(reference: unknown): string {
  if (typeof reference === "object" && reference !== null && "rect" in reference) {
    const r = reference as RangeModel;
    return `=${formatAddress(r.sheet.name, r.rect, true)}`;
  }
  if (typeof reference === "number" || typeof reference === "boolean")
    return `=${String(reference).toUpperCase()}`;
  if (typeof reference !== "string" || reference === "")
    throw invalidArgument("A name needs a Range or a formula.");
  return reference.startsWith("=") ? reference : `=${reference}`;
}

export function addName(
  wb: Workbook,
  sheet: SheetModel | undefined,
  name: unknown,
  reference: unknown,
  comment?: unknown
): NameModel {
  const text = String(name);
  if (!VALID_NAME.test(text) || /^[A-Za-z]{1,3}[0-9]+$/.test(text) || /^r\d*c\d*$/i.test(text))
    throw invalidArgument(`'${text}' is not a valid name.`);
  if (wb.names.some((n) => n.sheet === sheet && n.name.toLowerCase() === text.toLowerCase())) {
    throw hostError(ErrorCode.itemAlreadyExists, `The name '${text}' already exists.`);
  }
  const formula = toFormula(reference);
  const model: NameModel = {
    name: text,
    sheet,
    comment: comment === undefined || comment === null ? "" : String(comment),
    visible: true,
  };
  wb.engine.flush();
  try {
    wb.engine.hf.addNamedExpression(text, formula, scopeId(wb, model));
  } catch (e) {
    throw invalidArgument(
      `The name '${text}' cannot refer to '${formula}': ${e instanceof Error ? e.message : String(e)}`
    );
  }
  wb.names.push(model);
  return model;
}

export function getName(
  wb: Workbook,
  sheet: SheetModel | undefined,
  name: unknown,
  nullable: boolean
): NameModel | null {
  const key = String(name).toLowerCase();
  const found = wb.names.find((n) => n.sheet === sheet && n.name.toLowerCase() === key);
  if (found) return found;
  if (nullable) return null;
  throw itemNotFound(`name '${String(name)}'`);
}

export function nameFormula(wb: Workbook, n: NameModel): string {
  return wb.engine.hf.getNamedExpressionFormula(n.name, scopeId(wb, n)) ?? "";
}

export function setNameFormula(wb: Workbook, n: NameModel, reference: unknown): void {
  wb.engine.flush();
  wb.engine.hf.changeNamedExpression(n.name, toFormula(reference), scopeId(wb, n));
}

export function deleteName(wb: Workbook, n: NameModel): void {
  wb.engine.flush();
  wb.engine.hf.removeNamedExpression(n.name, scopeId(wb, n));
  wb.names = wb.names.filter((x) => x !== n);
}

function rangeTarget(wb: Workbook, n: NameModel): RangeModel | undefined {
  const parsed = parseAddress(nameFormula(wb, n).replace(/^=/, ""));
  const sheet = parsed?.sheet !== undefined ? wb.sheet(parsed.sheet) : undefined;
  return parsed && sheet ? { sheet, rect: parsed.rect } : undefined;
}

export function nameType(wb: Workbook, n: NameModel): string {
  if (rangeTarget(wb, n)) return "Range";
  wb.engine.flush();
  const v = wb.engine.hf.getNamedExpressionValue(n.name, scopeId(wb, n));
  if (typeof v === "number") return "Double";
  if (typeof v === "string") return "String";
  if (typeof v === "boolean") return "Boolean";
  if (v instanceof DetailedCellError) return "Error";
  return Array.isArray(v) ? "Array" : "String";
}

export function nameValue(wb: Workbook, n: NameModel): unknown {
  if (rangeTarget(wb, n)) return nameFormula(wb, n).replace(/^=/, "");
  wb.engine.flush();
  const v = wb.engine.hf.getNamedExpressionValue(n.name, scopeId(wb, n));
  return v instanceof DetailedCellError ? v.value : v;
}

export function nameRange(wb: Workbook, n: NameModel, nullable: boolean): RangeModel | null {
  const target = rangeTarget(wb, n);
  if (target) return target;
  if (nullable) return null;
  throw invalidArgument(`The name '${n.name}' does not refer to a range.`);
}
