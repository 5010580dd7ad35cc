/**
 * Reading the simulated workbook from outside Office.js (tests, benchmarks,
 * the playground's grid): values, formulas, per-cell formats, errors with
 * their messages, charts, conditional formats, tables, names, selection,
 * freeze panes, and a deterministic snapshot for "unchanged" comparisons.
 */
import { Rect, colToLetters, formatAddress, formatRect } from "./address";
import { readFormulas, readText, readValues } from "./cells";
import { CellErrorInfo, CellOut } from "./engine";
import { BORDER_EDGES, FormatValue } from "./formats";
import { nameFormula } from "./names";
import { usedRect } from "./rangeOps";
import type { Bag, SheetModel } from "./sheet";
import type { RangeModel, Workbook } from "./workbook";

export interface BorderInfo {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

export interface CellFormat {
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: string;
  readonly strikethrough: boolean;
  readonly fontColor: string;
  readonly fontSize: number;
  readonly fontName: string;
  /** Fill color, or null for no fill. */
  readonly fill: string | null;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  readonly indentLevel: number;
  readonly style: string;
  /** Edges with a line (style other than "None"). */
  readonly borders: Readonly<Record<string, BorderInfo>>;
  readonly columnWidth: number;
  readonly rowHeight: number;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
  readonly tabColor: string;
  readonly showGridlines: boolean;
  readonly frozen: { rows: number; columns: number };
  readonly usedRange: string | null;
  /** Non-empty or formatted cells, row by row: value, formula (when one), non-default format keys. */
  readonly cells: Record<string, { v: CellOut; f?: string; fmt?: Record<string, FormatValue> }>;
  readonly columnWidths: Record<string, number>;
  readonly rowHeights: Record<string, number>;
  readonly hiddenRows: number[];
  readonly hiddenColumns: number[];
  readonly merges: string[];
  readonly hyperlinks: Record<string, unknown>;
  readonly charts: Bag[];
  readonly conditionalFormats: Bag[];
  readonly pageLayout: Bag;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export class Inspector {
  constructor(readonly workbook: Workbook) {}

  protected range(sheet: string, address: string): RangeModel {
    return this.workbook.resolveAddress(address, this.workbook.requireSheet(sheet));
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  getValues(sheet: string, address: string): CellOut[][] {
    return readValues(this.workbook, this.range(sheet, address));
  }

  /** The value of one cell. */
  getValue(sheet: string, address: string): CellOut {
    return this.getValues(sheet, address)[0][0];
  }

  getFormulas(sheet: string, address: string): CellOut[][] {
    return readFormulas(this.workbook, this.range(sheet, address));
  }

  getText(sheet: string, address: string): string[][] {
    return readText(this.workbook, this.range(sheet, address));
  }

  /** The Excel error in a cell with the message behind it (e.g. a custom function's), or undefined. */
  getCellError(sheet: string, address: string): CellErrorInfo | undefined {
    const { sheet: s, rect } = this.range(sheet, address);
    return this.workbook.engine.error(s.name, rect.r0, rect.c0);
  }

  getCellFormat(sheet: string, address: string): CellFormat {
    const { sheet: s, rect } = this.range(sheet, address);
    const get = (key: string): FormatValue => s.formats.get(rect.r0, rect.c0, key);
    const borders: Record<string, BorderInfo> = {};
    for (const edge of BORDER_EDGES) {
      const style = String(get(`border.${edge}.style`));
      if (style !== "None")
        borders[edge] = {
          style,
          color: String(get(`border.${edge}.color`)),
          weight: String(get(`border.${edge}.weight`)),
        };
    }
    return {
      numberFormat: String(get("numberFormat")),
      bold: get("font.bold") === true,
      italic: get("font.italic") === true,
      underline: String(get("font.underline")),
      strikethrough: get("font.strikethrough") === true,
      fontColor: String(get("font.color")),
      fontSize: Number(get("font.size")),
      fontName: String(get("font.name")),
      fill: get("fill.color") as string | null,
      horizontalAlignment: String(get("horizontalAlignment")),
      verticalAlignment: String(get("verticalAlignment")),
      wrapText: get("wrapText") === true,
      indentLevel: Number(get("indentLevel")),
      style: String(get("style")),
      borders,
      columnWidth: s.columnWidth(rect.c0),
      rowHeight: s.rowHeight(rect.r0),
    };
  }

  /** The used range's address ("Sheet1!A1:C3"), or null for an empty sheet. */
  usedRange(sheet: string, valuesOnly = false): string | null {
    const s = this.workbook.requireSheet(sheet);
    const rect = usedRect(this.workbook, s, valuesOnly);
    return rect ? formatAddress(s.name, rect) : null;
  }

  charts(sheet: string): Bag[] {
    return this.workbook.requireSheet(sheet).charts.map((c) => clone({ id: c.id, ...c.bag }));
  }

  conditionalFormats(sheet: string): Bag[] {
    return [...this.workbook.requireSheet(sheet).conditionalFormats]
      .sort((a, b) => a.priority - b.priority)
      .map((cf) =>
        clone({
          id: cf.id,
          type: cf.type,
          range: formatAddress(cf.sheet.name, cf.rect),
          priority: cf.priority,
          stopIfTrue: cf.stopIfTrue,
          ...cf.settings,
        })
      );
  }

  tables(): {
    name: string;
    sheet: string;
    address: string;
    showHeaders: boolean;
    showTotals: boolean;
    style: string;
  }[] {
    return this.workbook.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: formatAddress(t.sheet.name, t.rect),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      style: t.style,
    }));
  }

  names(): { name: string; formula: string; scope: string; comment: string }[] {
    return this.workbook.names.map((n) => ({
      name: n.name,
      formula: nameFormula(this.workbook, n),
      scope: n.sheet ? n.sheet.name : "Workbook",
      comment: n.comment,
    }));
  }

  activeSheet(): string {
    return this.workbook.active.name;
  }

  selection(): { sheet: string; address: string } {
    const { sheet, rect } = this.workbook.selected();
    return { sheet: sheet.name, address: formatAddress(sheet.name, rect) };
  }

  setSelection(sheet: string, address: string): void {
    this.workbook.select(this.range(sheet, address));
  }

  frozen(sheet: string): { rows: number; columns: number } {
    return { ...this.workbook.requireSheet(sheet).frozen };
  }

  merges(sheet: string): string[] {
    return this.workbook.requireSheet(sheet).merges.map((m) => formatRect(m));
  }

  pageLayout(sheet: string): Bag {
    return clone(this.workbook.requireSheet(sheet).pageLayout);
  }

  /** A deterministic, JSON-serialisable dump of one sheet (contents, formats, objects). */
  snapshot(sheet: string): SheetSnapshot {
    const s = this.workbook.requireSheet(sheet);
    const used = usedRect(this.workbook, s, false);
    return {
      name: s.name,
      position: this.workbook.sheets.indexOf(s),
      visibility: s.visibility,
      tabColor: s.tabColor,
      showGridlines: s.showGridlines,
      frozen: { ...s.frozen },
      usedRange: used ? formatRect(used) : null,
      cells: used ? this.cells(s, used) : {},
      columnWidths: Object.fromEntries(
        [...s.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [colToLetters(c), w])
      ),
      rowHeights: Object.fromEntries(
        [...s.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r + 1), h])
      ),
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
      merges: s.merges.map((m) => formatRect(m)).sort(),
      hyperlinks: Object.fromEntries([...s.hyperlinks].sort().map(([k, v]) => [k, clone(v)])),
      charts: this.charts(sheet),
      conditionalFormats: this.conditionalFormats(sheet),
      pageLayout: this.pageLayout(sheet),
    };
  }

  private cells(s: SheetModel, rect: Rect): SheetSnapshot["cells"] {
    const range = { sheet: s, rect };
    const values = readValues(this.workbook, range);
    const formulas = readFormulas(this.workbook, range);
    const out: SheetSnapshot["cells"] = {};
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values[i].length; j++) {
        const fmt = s.formats.cellFormat(rect.r0 + i, rect.c0 + j);
        const f = formulas[i][j];
        const hasFormula =
          typeof f === "string" &&
          f.startsWith("=") &&
          this.workbook.engine.isFormula(s.name, rect.r0 + i, rect.c0 + j);
        if (values[i][j] === "" && !hasFormula && Object.keys(fmt).length === 0) continue;
        out[`${colToLetters(rect.c0 + j)}${rect.r0 + i + 1}`] = {
          v: values[i][j],
          ...(hasFormula ? { f: f as string } : {}),
          ...(Object.keys(fmt).length ? { fmt } : {}),
        };
      }
    }
    return out;
  }

  /** Snapshots of every sheet plus workbook-level state. */
  snapshotWorkbook(): {
    sheets: SheetSnapshot[];
    active: string;
    tables: unknown[];
    names: unknown[];
  } {
    return {
      sheets: this.sheetNames().map((n) => this.snapshot(n)),
      active: this.activeSheet(),
      tables: this.tables(),
      names: this.names(),
    };
  }

  /** Engine statistics (flushes, full rebuilds) for benchmarks. */
  engineStats(): { flushes: number; rebuilds: number } {
    return { ...this.workbook.engine.stats };
  }
}
