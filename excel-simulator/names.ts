/**
 * Defined names (NamedItem), kept as HyperFormula named expressions so that
 * formulas can use them; workbook or worksheet scope.
 *
 * Rules, each stricter than or equal to Excel's:
 * - Syntax (Microsoft support, "Define and use names in formulas", "Learn about
 *   syntax rules for names"): the first character is a letter, "_" or "\"
 *   (the host refuses "\": see VALID_NAME); the others letters, numbers,
 *   periods and "_" (no spaces); at most 255 characters; not the same as a
 *   cell reference such as Z$100 or R1C1; not "C", "c", "R" or "r". MS-XLSB
 *   2.5.166 XLNameWideString adds: not TRUE or FALSE, and not *beginning*
 *   with an R1C1 reference ("R2D2", "C3PO"). Any 1-3 letters followed by
 *   digits is refused (Excel accepts "XFE1", past the last column XFD:
 *   stricter).
 * - Case-insensitive and unique in its scope (the same page: "Sales" and
 *   "SALES" cannot both exist); names and table names share one namespace
 *   (tables.ts refuses a table named like a name; a name named like a table
 *   is refused here). `names.add` of a name that exists fails with
 *   ItemAlreadyExists, "A resource with the same name or identifier already
 *   exists." (Microsoft, "Error handling with the application-specific
 *   JavaScript APIs": ItemAlreadyExists, the resource being created already
 *   exists; the message as Excel answers names.add, OfficeDev/office-js#2875).
 *   It never renames or replaces the existing name.
 * - A formula refers to a name by its text: deleting the name makes the
 *   formulas that use it #NAME? (Microsoft support, "How to correct a #NAME?
 *   error": the formula refers to a name that does not exist), and adding a
 *   name with that text again makes them compute (HyperFormula does both).
 * - A name that refers to a deleted sheet keeps its formula with `#REF!` in
 *   place of the sheet (`=#REF!$B$2`, see ./engine): its `type` is "Error" and
 *   its `value` "#REF!" (NamedItem.type: the type of the value the name's
 *   formula returns, NamedItemType "Error").
 */
import { DetailedCellError } from "hyperformula";
import { formatAddress, parseAddress } from "./address";
import { engineFormulaText, excelFormulaText } from "./engine";
import { ErrorCode, hostError, invalidArgument, itemNotFound } from "./errors";
import type { SheetModel } from "./sheet";
import type { NameModel, RangeModel, Workbook } from "./workbook";

/**
 * Letters are any Unicode letters, as the support page's "letters" and
 * MS-XLSB's Unicode-character allow. Excel also accepts a leading "\": the
 * formula engine cannot hold such a name, so the host refuses it (stricter).
 */
const VALID_NAME = /^[\p{L}_][\p{L}\p{Nd}_.]*$/u;
const MAX_NAME = 255;

/** Why `text` cannot be a defined name, or undefined when it can. */
export function invalidNameReason(text: string): string | undefined {
  if (text.length === 0) return "A name cannot be empty.";
  if (text.length > MAX_NAME) return `A name has at most ${MAX_NAME} characters.`;
  if (!VALID_NAME.test(text))
    return "A name starts with a letter or '_' and has only letters, numbers, '.' and '_'.";
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(text)) return "A name cannot be a cell reference.";
  if (/^[rc]$/i.test(text) || /^r\d*c\d*$/i.test(text) || /^[rc]\d/i.test(text))
    return "A name cannot be or begin with an R1C1 reference, nor be R or C.";
  if (/^(true|false)$/i.test(text)) return "A name cannot be TRUE or FALSE.";
  return undefined;
}

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
  return engineFormulaText(reference.startsWith("=") ? reference : `=${reference}`);
}

export function addName(
  wb: Workbook,
  sheet: SheetModel | undefined,
  name: unknown,
  reference: unknown,
  comment?: unknown
): NameModel {
  const text = String(name);
  const reason = invalidNameReason(text);
  if (reason) throw invalidArgument(`'${text}' is not a valid name. ${reason}`);
  const key = text.toLowerCase();
  if (
    wb.names.some((n) => n.sheet === sheet && n.name.toLowerCase() === key) ||
    wb.tables.some((t) => t.name.toLowerCase() === key)
  ) {
    throw hostError(
      ErrorCode.itemAlreadyExists,
      `A resource with the same name or identifier already exists. (name '${text}')`
    );
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

/** The name's formula as Excel shows it (`=#REF!$B$2` once its sheet is deleted). */
export function nameFormula(wb: Workbook, n: NameModel): string {
  return excelFormulaText(wb.engine.hf.getNamedExpressionFormula(n.name, scopeId(wb, n)) ?? "");
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
