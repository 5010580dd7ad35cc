/* global require */
/**
 * ExcelJS's streaming writer (`stream.xlsx.WorkbookWriter`) with the two
 * things the command line's output needs and ExcelJS 4.4 leaves out of it:
 * tables (its worksheet writer has no `addTable`) and the workbook's
 * "recalculate everything on load" flag (its workbook part is written with
 * empty calculation properties). Both are written with ExcelJS's own parts
 * (its Table defaults, TableXform, ContentTypesXform, WorkbookXform), so a
 * streamed file says what ExcelJS's in-memory writer says.
 *
 * ExcelJS's internals are reached through the narrow interfaces below, in
 * this one file; package.json pins ExcelJS ^4.4 and the tests compare the
 * streamed file with the in-memory writer's (test/export/streamWorkbook.test.ts).
 */
import ExcelJS from "exceljs";
const Table = require("exceljs/lib/doc/table");
const TableXform = require("exceljs/lib/xlsx/xform/table/table-xform");
const ContentTypesXform = require("exceljs/lib/xlsx/xform/core/content-types-xform");
const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform");
const RelType = require("exceljs/lib/xlsx/rel-type");

/** A table as ExcelJS models it (doc/table.js after validation). */
export interface TableModel {
  name: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean }[];
  style?: Record<string, unknown>;
  id?: number;
  target?: string;
  rId?: string;
}

interface SheetRelsWriter {
  addRelationship(rel: { Type: string; Target: string }): string;
}

/** The worksheet writer's parts this module uses. */
export interface StreamSheet extends ExcelJS.Worksheet {
  _sheetRelsWriter: SheetRelsWriter;
  _merges: string[];
  _writeLegacyData(): void;
  stream: { write(text: string): void };
  conditionalFormatting: ExcelJS.ConditionalFormattingOptions[];
  committed: boolean;
}

interface WriterInternals {
  _worksheets: (StreamSheet | undefined)[];
  sharedStrings: unknown;
  commentRefs: unknown;
  media: unknown;
  zip: { append(data: string, options: { name: string }): void };
  _definedNames: { model: unknown };
  views: ExcelJS.WorkbookView[];
  addContentTypes(): Promise<void>;
  addWorkbook(): Promise<void>;
}

/**
 * A table's model with ExcelJS's defaults (doc/table.js validate), without
 * writing its rows into cells (the rows are only counted).
 */
export function tableModel(model: {
  name: string;
  ref: string;
  rows: number;
  columns: { name: string; filterButton?: boolean }[];
  style: Record<string, unknown>;
}): TableModel {
  const noCells = { getRow: () => ({ getCell: () => ({}) }) };
  const table = new Table(noCells, {
    name: model.name,
    displayName: model.name,
    ref: model.ref,
    headerRow: true,
    totalsRow: false,
    style: model.style,
    columns: model.columns,
    rows: new Array(model.rows),
  });
  const validated = table.model as TableModel & { rows?: unknown; tl?: unknown };
  delete validated.rows;
  return validated;
}

export class StreamingWorkbook {
  readonly writer: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly tables: TableModel[] = [];
  /** Tables by the sheet they belong to, written when the sheet is committed. */
  private readonly sheetTables = new Map<StreamSheet, TableModel[]>();
  fullCalcOnLoad = false;

  constructor(file: string) {
    this.writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useStyles: true,
      useSharedStrings: true,
    });
    const internals = this.writer as unknown as WriterInternals;
    internals.addContentTypes = () => this.addContentTypes();
    internals.addWorkbook = () => this.addWorkbook();
  }

  addWorksheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions>): StreamSheet {
    const sheet = this.writer.addWorksheet(name, options) as unknown as StreamSheet;
    const writeLegacy = sheet._writeLegacyData.bind(sheet);
    // tableParts come after legacyDrawing in a worksheet part (ECMA-376 CT_Worksheet).
    sheet._writeLegacyData = () => {
      writeLegacy();
      this.writeTables(sheet);
    };
    return sheet;
  }

  /**
   * Adds a table (an ExcelJS table model: tableModel(), or one read from a
   * file) to `sheet`, written when the sheet is committed: the sheet's
   * relationships part is a stream the zip waits on until it ends, so opening
   * it before the rows would hold every row in memory until the commit.
   */
  addTable(sheet: StreamSheet, table: TableModel): void {
    const list = this.sheetTables.get(sheet) ?? [];
    list.push(table);
    this.sheetTables.set(sheet, list);
  }

  /** The sheet's tables: their parts, relationships and the worksheet's tableParts. */
  private writeTables(sheet: StreamSheet): void {
    const tables = this.sheetTables.get(sheet) ?? [];
    if (!tables.length) return;
    const internals = this.writer as unknown as WriterInternals;
    const written = tables.map((table) => {
      const id = this.tables.length + 1;
      const model: TableModel = { ...table, id, target: `table${id}.xml` };
      model.rId = sheet._sheetRelsWriter.addRelationship({
        Type: RelType.Table,
        Target: `../tables/${model.target}`,
      });
      const xform = new TableXform();
      xform.prepare(model, {});
      internals.zip.append(xform.toXml(model), { name: `xl/tables/${model.target}` });
      this.tables.push(model);
      return model;
    });
    const parts = written.map((t) => `<tablePart r:id="${t.rId}"/>`).join("");
    sheet.stream.write(`<tableParts count="${written.length}">${parts}</tableParts>`);
  }

  private addContentTypes(): Promise<void> {
    const internals = this.writer as unknown as WriterInternals;
    const model = {
      worksheets: internals._worksheets.filter(Boolean),
      sharedStrings: internals.sharedStrings,
      commentRefs: internals.commentRefs,
      media: internals.media,
      tables: this.tables,
    };
    internals.zip.append(new ContentTypesXform().toXml(model), { name: "[Content_Types].xml" });
    return Promise.resolve();
  }

  private addWorkbook(): Promise<void> {
    const internals = this.writer as unknown as WriterInternals;
    const model = {
      worksheets: internals._worksheets.filter(Boolean),
      definedNames: internals._definedNames.model,
      views: internals.views,
      properties: {},
      calcProperties: this.fullCalcOnLoad ? { fullCalcOnLoad: true } : {},
    };
    const xform = new WorkbookXform();
    xform.prepare(model);
    internals.zip.append(xform.toXml(model), { name: "/xl/workbook.xml" });
    return Promise.resolve();
  }

  set views(views: ExcelJS.WorkbookView[]) {
    (this.writer as unknown as WriterInternals).views = views;
  }

  async commit(): Promise<void> {
    await this.writer.commit();
  }
}
