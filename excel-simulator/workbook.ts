/**
 * The workbook model: sheets (order, active sheet, selection), tables, names
 * and application settings around the formula engine. Everything here is
 * plain state plus the rules Excel enforces (unique sheet names, at least one
 * visible sheet...); cell contents live in ./cells, tables in ./tables.
 */
import type { Separators } from "./numberFormat";
import type { FunctionPluginDefinition } from "hyperformula";
import { Rect, parseAddress } from "./address";
import { renameChartSheet } from "./chartParts";
import { Engine } from "./engine";
import { invalidArgument, invalidOperation, itemNotFound, hostError, ErrorCode } from "./errors";
import { ExcelCompatPlugin } from "./excelCompat";
import { SheetModel } from "./sheet";

export interface RangeModel {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheet: SheetModel;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

export interface NameModel {
  readonly name: string;
  /** Worksheet scope; undefined for workbook scope. */
  readonly sheet?: SheetModel;
  comment: string;
  visible: boolean;
}

export interface Culture extends Separators {
  /** BCP 47 tag, as Excel's `cultureInfo.name` ("en-US", "id-ID"). */
  readonly name: string;
}

/** A locale's culture with the separators Intl gives it. */
export function cultureOf(name: string): Culture {
  const parts = new Intl.NumberFormat(name).formatToParts(12345.6);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { name, decimal: part("decimal") || ".", group: part("group") };
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

export class Workbook {
  readonly engine: Engine;
  sheets: SheetModel[] = [];
  active!: SheetModel;
  tables: TableModel[] = [];
  names: NameModel[] = [];
  readonly application = { calculationMode: "Automatic", calculationEngineVersion: 0 };
  /** The workbook's locale (Excel's cultureInfo) and the separators its cells show. */
  culture: Culture = cultureOf("en-US");
  private readonly counters = { sheet: 0, table: 0, chart: 0, cf: 0 };

  constructor() {
    this.engine = new Engine([ExcelCompatPlugin]);
  }

  setCustomFunctionPlugin(plugin: FunctionPluginDefinition | undefined): void {
    this.engine.setPlugins(plugin ? [ExcelCompatPlugin, plugin] : [ExcelCompatPlugin]);
  }

  nextId(kind: "table" | "chart" | "cf"): number {
    return ++this.counters[kind];
  }

  sheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  requireSheet(name: string): SheetModel {
    const s = this.sheet(name);
    if (!s) throw itemNotFound(`worksheet '${name}'`);
    return s;
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  private checkName(name: string, except?: SheetModel): void {
    if (
      name.length === 0 ||
      name.length > 31 ||
      INVALID_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    ) {
      throw invalidArgument(`'${name}' is not a valid worksheet name.`);
    }
    const clash = this.sheet(name);
    if (clash && clash !== except)
      throw hostError(ErrorCode.itemAlreadyExists, `A worksheet named '${name}' already exists.`);
  }

  addSheet(name?: string): SheetModel {
    let finalName = name;
    if (finalName === undefined || finalName === "") {
      let n = this.sheets.length + 1;
      while (this.sheet(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    this.checkName(finalName);
    const n = ++this.counters.sheet;
    const id = `{00000000-0001-0000-${n.toString(16).toUpperCase().padStart(4, "0")}-000000000000}`;
    const sheet = new SheetModel(id, finalName);
    this.engine.addSheet(finalName);
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  /**
   * Renames a sheet. Excel rewrites every reference to it: formulas and names
   * (the engine does both) and charts' sources and series (here).
   */
  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.checkName(name, sheet);
    this.engine.renameSheet(sheet.name, name);
    for (const s of this.sheets)
      for (const c of s.charts) renameChartSheet(c.bag, sheet.name, name);
    sheet.name = name;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (this.sheets.length === 1 || (visible.length === 1 && visible[0] === sheet)) {
      throw invalidOperation("A workbook must contain at least one visible worksheet.");
    }
    const index = this.sheets.indexOf(sheet);
    // Every reference to the sheet becomes #REF! for good: formulas and names (the engine),
    // charts on other sheets (here). Its own charts, tables and sheet-scoped names go with it.
    this.engine.removeSheet(sheet.name);
    for (const s of this.sheets)
      if (s !== sheet) for (const c of s.charts) renameChartSheet(c.bag, sheet.name, null);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    this.names = this.names.filter((n) => n.sheet !== sheet);
    if (this.active === sheet) {
      this.active =
        this.sheets
          .slice(index)
          .concat(this.sheets.slice(0, index).reverse())
          .find((s) => s.visibility === "Visible") ?? this.sheets[0];
    }
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw invalidArgument(`Position ${position} is out of range.`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: string): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility))
      throw invalidArgument(`Unknown visibility '${visibility}'.`);
    if (
      visibility !== "Visible" &&
      this.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0
    ) {
      throw invalidOperation("A workbook must contain at least one visible worksheet.");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.active === sheet)
      this.active = this.sheets.find((s) => s.visibility === "Visible")!;
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible")
      throw invalidOperation(`Worksheet '${sheet.name}' is hidden.`);
    this.active = sheet;
  }

  select(range: RangeModel): void {
    this.activate(range.sheet);
    range.sheet.selection = range.rect;
  }

  selected(): RangeModel {
    return { sheet: this.active, rect: this.active.selection };
  }

  /** A1 address (optionally sheet-qualified) or defined name → range; `sheet` is the default sheet. */
  resolveAddress(address: string, sheet: SheetModel | undefined): RangeModel {
    const parsed = parseAddress(address);
    if (parsed) {
      const target =
        parsed.sheet !== undefined ? this.requireSheet(parsed.sheet) : (sheet ?? this.active);
      return { sheet: target, rect: parsed.rect };
    }
    const name = this.findName(address, sheet);
    if (name) {
      const formula = this.engine.hf.getNamedExpressionFormula(
        name.name,
        name.sheet ? this.engine.hf.getSheetId(name.sheet.name) : undefined
      );
      const target = formula ? parseAddress(formula.replace(/^=/, "")) : undefined;
      // A name whose sheet was deleted (=#REF!$B$2) refers to no range.
      const targetSheet = target?.sheet !== undefined ? this.sheet(target.sheet) : undefined;
      if (target && targetSheet) return { sheet: targetSheet, rect: target.rect };
    }
    throw invalidArgument(`'${address}' is not a valid range address.`);
  }

  findName(name: string, scope?: SheetModel): NameModel | undefined {
    const key = name.toLowerCase();
    return (
      this.names.find((n) => n.name.toLowerCase() === key && n.sheet === scope) ??
      this.names.find((n) => n.name.toLowerCase() === key && n.sheet === undefined)
    );
  }
}
