/**
 * The formula engine behind the workbook: HyperFormula, plus what makes bulk
 * writes affordable. Writes are queued and applied lazily, when something
 * needs computed values (or before a structural change): a small batch goes
 * through `setCellContents` inside `batch()`, a batch larger than the
 * workbook itself rebuilds the engine from its serialized contents (several
 * times faster per cell). Spilled arrays are tracked so that a rebuild does
 * not turn spilled values into constants.
 *
 * References to a deleted sheet. Excel binds a sheet reference to the sheet,
 * not to its name: when the sheet is deleted the reference is kept with a
 * sheet that "cannot be found" (MS-XLSB 2.5.173 Xti, MS-XLS 2.5.344 XTI:
 * firstSheet / itabFirst -1) and shows as `#REF!` in place of the sheet name,
 * `=Details!B2` becoming `=#REF!B2` (the text Excel writes, also for names:
 * `=#REF!$B$2`, as Office.js reports a name's formula in
 * OfficeDev/office-js#3583). Such a reference is #REF! for good: a sheet added
 * or renamed later to the old name does not bring it back. HyperFormula keeps
 * references by sheet name and re-attaches them (see TOOLCHAIN.md), so before
 * it removes a sheet the engine renames it to DELETED_SHEET, a name no Excel
 * sheet can have (it contains "*"): every formula and named expression that
 * referred to the sheet now refers to a sheet that never comes back. Formulas
 * read back show `#REF!` for it, and a formula written with `#REF!B2` (as read
 * back) is stored the same way.
 */
import {
  DetailedCellError,
  FunctionPluginDefinition,
  HyperFormula,
  RawCellContent,
} from "hyperformula";
import { Rect, cellCount, intersect } from "./address";
import { SheetBounds } from "./bounds";

export type RawContent = number | string | boolean | null;
export type CellOut = number | string | boolean;
export interface CellErrorInfo {
  readonly code: string;
  readonly message: string;
}

interface PendingWrite {
  readonly sheet: string;
  readonly r0: number;
  readonly c0: number;
  readonly rows: RawContent[][];
}

const REBUILD_MIN_CELLS = 100_000;

/** The engine's name for "a deleted sheet": never a worksheet's name ("*" is forbidden in sheet names). */
export const DELETED_SHEET = "*REF*";
const DELETED_PREFIX = `'${DELETED_SHEET}'!`;
const REF = "#REF!";

/** Applies `replace` to the parts of a formula outside string literals ("..." with "" inside). */
function outsideStrings(formula: string, replace: (code: string) => string): string {
  if (!formula.includes('"')) return replace(formula);
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const quote = formula.indexOf('"', i);
    if (quote < 0) {
      out += replace(formula.slice(i));
      break;
    }
    out += replace(formula.slice(i, quote));
    let end = quote + 1;
    for (;;) {
      const next = formula.indexOf('"', end);
      if (next < 0) {
        end = formula.length;
        break;
      }
      if (formula[next + 1] === '"') end = next + 2;
      else {
        end = next + 1;
        break;
      }
    }
    out += formula.slice(quote, end);
    i = end;
  }
  return out;
}

/** Formula text as Excel shows it: a reference to a deleted sheet is `#REF!B2`. */
export function excelFormulaText(formula: string): string {
  return formula.includes(DELETED_PREFIX)
    ? outsideStrings(formula, (code) => code.split(DELETED_PREFIX).join(REF))
    : formula;
}

/** `#REF!` followed by a cell, row or column reference ("#REF!B2", "#REF!$A:$A", "#REF!3:3"). */
const REF_WITH_ADDRESS = /#REF!(?=\$?[A-Za-z]{1,3}\$?\d|\$?[A-Za-z]{1,3}:|\$?\d+:)/gi;

/** Formula text as the engine stores it: `#REF!B2` refers to the deleted sheet. */
export function engineFormulaText(formula: string): string {
  return formula.includes("#") && /#REF!/i.test(formula)
    ? outsideStrings(formula, (code) => code.replace(REF_WITH_ADDRESS, DELETED_PREFIX))
    : formula;
}

/** HyperFormula only calls functions its language package names: ours are named as themselves. */
function registerNames(plugins: FunctionPluginDefinition[]): void {
  const names: Record<string, string> = {};
  for (const plugin of plugins)
    for (const id of Object.keys(plugin.implementedFunctions)) names[id] = id;
  HyperFormula.getLanguage("enGB").extendFunctions(names);
}

function config(plugins: FunctionPluginDefinition[]): Record<string, unknown> {
  registerNames(plugins);
  return {
    licenseKey: "gpl-v3",
    maxRows: 1048576,
    maxColumns: 16384,
    useArrayArithmetic: true,
    evaluateNullToZero: true,
    undoLimit: 0,
    // Values as computed, every digit. HyperFormula's default rounds each value it
    // gives out to 10 significant digits (precisionRounding); Excel keeps a result's
    // double and Office.js returns it (the 15-digit precision of "Excel
    // specifications and limits" is what Excel shows, and keeps of a typed number).
    // Rounded, a sheet's 57.84980754823007 read 57.849807548, hiding any error under 1e-9.
    smartRounding: false,
    dateFormats: ["MM/DD/YYYY", "MM/DD/YY", "YYYY-MM-DD", "YYYY/MM/DD"],
    functionPlugins: [...HyperFormula.getAllFunctionPlugins(), ...plugins],
  };
}

export class Engine {
  hf: HyperFormula;
  private plugins: FunctionPluginDefinition[];
  private pending: PendingWrite[] = [];
  private pendingCells = 0;
  /** Array formulas per sheet: anchor "r,c" → spill rectangle. */
  private readonly arrays = new Map<string, Map<string, Rect>>();
  readonly bounds = new Map<string, SheetBounds>();
  readonly stats = { flushes: 0, rebuilds: 0 };

  constructor(plugins: FunctionPluginDefinition[] = []) {
    this.plugins = plugins;
    this.hf = HyperFormula.buildEmpty(config(plugins));
  }

  private id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`Engine has no sheet ${sheet}`);
    return id;
  }

  addSheet(name: string): void {
    this.hf.addSheet(name);
    this.arrays.set(name, new Map());
    this.bounds.set(name, new SheetBounds());
  }

  /** Removes a sheet; every reference to it becomes #REF! for good (see the header). */
  removeSheet(name: string): void {
    this.flush();
    const id = this.id(name);
    this.hf.renameSheet(id, DELETED_SHEET);
    this.hf.removeSheet(id);
    this.arrays.delete(name);
    this.bounds.delete(name);
  }

  renameSheet(from: string, to: string): void {
    this.flush();
    this.hf.renameSheet(this.id(from), to);
    for (const map of [this.arrays, this.bounds] as Map<string, unknown>[]) {
      map.set(to, map.get(from));
      map.delete(from);
    }
  }

  /** Queues a write of raw contents (formulas as "=...", forced text as "'..."). */
  write(sheet: string, r0: number, c0: number, rows: RawContent[][]): void {
    if (rows.length === 0 || rows[0].length === 0) return;
    rows = rows.map((row) =>
      row.some(isRefFormula) ? row.map((v) => (isRefFormula(v) ? engineFormulaText(v) : v)) : row
    );
    this.pending.push({ sheet, r0, c0, rows });
    this.pendingCells += rows.length * rows[0].length;
    this.bounds.get(sheet)!.noteWrite(r0, c0, rows);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Applies queued writes to HyperFormula. */
  flush(): void {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    const existing = this.hf.getSheetNames().reduce((n, s) => {
      const d = this.hf.getSheetDimensions(this.id(s));
      return n + d.width * d.height;
    }, 0);
    this.pending = [];
    const cells = this.pendingCells;
    this.pendingCells = 0;
    this.stats.flushes++;
    if (cells >= REBUILD_MIN_CELLS && cells >= existing) this.rebuild(pending);
    else {
      this.hf.batch(() => {
        for (const w of pending)
          this.hf.setCellContents(
            { sheet: this.id(w.sheet), row: w.r0, col: w.c0 },
            w.rows as RawCellContent[][]
          );
      });
    }
    this.trackArrays(pending);
  }

  /** Rebuilds HyperFormula (same sheets, names and plugins) with `pending` applied. */
  rebuild(pending: PendingWrite[] = []): void {
    this.stats.rebuilds++;
    const names = this.hf.getSheetNames();
    const sheets: Record<string, RawContent[][]> = {};
    for (const name of names) {
      const data = this.hf.getSheetSerialized(this.id(name)) as RawContent[][];
      for (const [key, rect] of this.arrays.get(name) ?? []) {
        const [ar, ac] = key.split(",").map(Number);
        for (let r = rect.r0; r <= rect.r1; r++)
          for (let c = rect.c0; c <= rect.c1; c++)
            if ((r !== ar || c !== ac) && data[r]) data[r][c] = null;
      }
      sheets[name] = data;
    }
    for (const w of pending) {
      const data = sheets[w.sheet];
      for (let i = 0; i < w.rows.length; i++) {
        const row = data[w.r0 + i] ?? (data[w.r0 + i] = []);
        const src = w.rows[i];
        for (let j = 0; j < src.length; j++) row[w.c0 + j] = src[j];
      }
    }
    for (const data of Object.values(sheets))
      for (let r = 0; r < data.length; r++) if (!data[r]) data[r] = [];
    const named = this.hf.getAllNamedExpressionsSerialized().map((n) => ({
      ...n,
      scopeName: n.scope === undefined ? undefined : this.hf.getSheetName(n.scope),
    }));
    const next = HyperFormula.buildFromSheets(
      sheets as Record<string, RawCellContent[][]>,
      config(this.plugins)
    );
    for (const n of named) {
      const scope = n.scopeName === undefined ? undefined : next.getSheetId(n.scopeName);
      next.addNamedExpression(n.name, n.expression as RawCellContent, scope, n.options);
    }
    this.hf.destroy();
    this.hf = next;
  }

  /** Replaces the function plugins (custom functions) and recomputes everything. */
  setPlugins(plugins: FunctionPluginDefinition[]): void {
    this.flush();
    this.plugins = plugins;
    this.rebuild();
    this.rescanArrays();
  }

  private rescanArrays(): void {
    for (const name of this.hf.getSheetNames()) {
      const formulas = this.hf.getSheetFormulas(this.id(name));
      const map = this.arrays.get(name)!;
      map.clear();
      formulas.forEach((row, r) =>
        row.forEach((f, c) => f !== undefined && this.probeArray(name, `${r},${c}`, map))
      );
      this.bounds.get(name)!.markDirty();
    }
  }

  private trackArrays(pending: PendingWrite[]): void {
    for (const w of pending) {
      const map = this.arrays.get(w.sheet);
      if (!map) continue;
      const rect: Rect = {
        r0: w.r0,
        c0: w.c0,
        r1: w.r0 + w.rows.length - 1,
        c1: w.c0 + w.rows[0].length - 1,
      };
      if (map.size > 0) {
        for (const [key, spill] of [...map]) {
          const [ar, ac] = key.split(",").map(Number);
          if (intersect(spill, rect)) {
            map.delete(key);
            if (!(ar >= rect.r0 && ar <= rect.r1 && ac >= rect.c0 && ac <= rect.c1))
              this.probeArray(w.sheet, key, map);
            this.bounds.get(w.sheet)!.markDirty();
          }
        }
      }
      w.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (typeof v === "string" && v.charCodeAt(0) === 61 /* = */)
            this.probeArray(w.sheet, `${w.r0 + i},${w.c0 + j}`, map);
        })
      );
    }
  }

  private probeArray(sheet: string, key: string, map: Map<string, Rect>): void {
    const [r, c] = key.split(",").map(Number);
    const id = this.id(sheet);
    if (this.hf.getCellType({ sheet: id, row: r, col: c }) !== "ARRAYFORMULA") return;
    let r1 = r;
    let c1 = c;
    const part = (row: number, col: number): boolean => {
      if (!this.hf.isCellPartOfArray({ sheet: id, row, col })) return false;
      const f = this.hf.getCellFormula({ sheet: id, row, col });
      return f === undefined;
    };
    while (part(r1 + 1, c)) r1++;
    while (part(r, c1 + 1)) c1++;
    const rect = { r0: r, c0: c, r1, c1 };
    map.set(key, rect);
    if (cellCount(rect) > 1) this.bounds.get(sheet)!.grow(rect);
  }

  values(sheet: string, rect: Rect): CellOut[][] {
    this.flush();
    const raw = this.hf.getRangeValues({
      start: { sheet: this.id(sheet), row: rect.r0, col: rect.c0 },
      end: { sheet: this.id(sheet), row: rect.r1, col: rect.c1 },
    });
    return raw.map((row) => row.map(toOut));
  }

  /** Raw contents as Office.js `formulas` reports them (formula text, or the constant). */
  formulas(sheet: string, rect: Rect): CellOut[][] {
    this.flush();
    const id = this.id(sheet);
    const raw = this.hf.getRangeSerialized({
      start: { sheet: id, row: rect.r0, col: rect.c0 },
      end: { sheet: id, row: rect.r1, col: rect.c1 },
    });
    return raw.map((row) =>
      row.map((v) => {
        if (v === null || v === undefined) return "";
        if (typeof v === "string" && v.charCodeAt(0) === 39 /* ' */) return v.slice(1);
        if (typeof v === "string" && v.charCodeAt(0) === 61 /* = */) return excelFormulaText(v);
        return v as CellOut;
      })
    );
  }

  error(sheet: string, r: number, c: number): CellErrorInfo | undefined {
    this.flush();
    const v = this.hf.getCellValue({ sheet: this.id(sheet), row: r, col: c });
    return v instanceof DetailedCellError ? { code: v.value, message: v.message } : undefined;
  }

  isFormula(sheet: string, r: number, c: number): boolean {
    this.flush();
    return this.hf.doesCellHaveFormula({ sheet: this.id(sheet), row: r, col: c });
  }

  /** Bounding box of non-empty cells (spills included). */
  contentBounds(sheet: string): Rect | undefined {
    const b = this.bounds.get(sheet)!;
    if (b.dirty) {
      this.flush();
      b.recompute(this.hf.getSheetSerialized(this.id(sheet)) as RawContent[][]);
    }
    return b.rect;
  }

  /** Copies contents (formulas with relative references adjusted) like Excel's copy and paste. */
  copyPaste(from: string, rect: Rect, to: string, r: number, c: number): void {
    this.flush();
    const src = this.id(from);
    this.hf.copy({
      start: { sheet: src, row: rect.r0, col: rect.c0 },
      end: { sheet: src, row: rect.r1, col: rect.c1 },
    });
    this.hf.paste({ sheet: this.id(to), row: r, col: c });
    this.bounds.get(to)!.markDirty();
    this.rescanArrays();
  }

  validateFormula(formula: string): boolean {
    return this.hf.validateFormula(engineFormulaText(formula));
  }
}

/** A formula that mentions #REF! (so may refer to a deleted sheet as Excel writes it). */
function isRefFormula(v: RawContent): v is string {
  return (
    typeof v === "string" && v.charCodeAt(0) === 61 /* = */ && v.includes("#") && /#REF!/i.test(v)
  );
}

function toOut(v: unknown): CellOut {
  if (v === null || v === undefined) return "";
  if (v instanceof DetailedCellError) return v.type === "CYCLE" ? 0 : v.value;
  return v as CellOut;
}
