/**
 * What the ExcelJS reader says when it cannot read a source (the command
 * line shows it), in English and Indonesian, in the one catalogue form
 * (core/catalogue.ts). Names of sheets and tables are the file's: quoted as
 * they are.
 */
import { Catalogue, CodeArgs, CodedError, NoParams } from "../core/catalogue";

export interface SourceErrorParams {
  noSheets: NoParams;
  /** `known`: the workbook's sheets. */
  noSheet: { readonly name: string; readonly known: readonly string[] };
  /** `known`: the workbook's tables (none: it has none). */
  noTable: { readonly name: string; readonly known: readonly string[] };
  notAnAddress: { readonly address: string };
  emptySheet: { readonly sheet: string };
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

export const SOURCE_ERRORS = {
  en: {
    noSheets: "The workbook has no sheets.",
    noSheet: (p) => `There is no sheet "${p.name}" (sheets: ${quoted(p.known)}).`,
    noTable: (p) =>
      `There is no table "${p.name}"` +
      `${p.known.length ? ` (tables: ${quoted(p.known)})` : " (the workbook has no tables)"}.`,
    notAnAddress: (p) => `"${p.address}" is not a cell or range address.`,
    emptySheet: (p) => `Sheet "${p.sheet}" is empty.`,
  },
  id: {
    noSheets: "Buku kerja ini tidak memiliki lembar.",
    noSheet: (p) => `Tidak ada lembar "${p.name}" (lembar yang ada: ${quoted(p.known)}).`,
    noTable: (p) =>
      `Tidak ada tabel "${p.name}"` +
      `${p.known.length ? ` (tabel yang ada: ${quoted(p.known)})` : " (buku kerja ini tidak memiliki tabel)"}.`,
    notAnAddress: (p) => `"${p.address}" bukan alamat sel atau rentang.`,
    emptySheet: (p) => `Lembar "${p.sheet}" kosong.`,
  },
} satisfies Catalogue<SourceErrorParams>;

/** Why no source could be read: a sheet, table or range that does not exist ("notFound"), or nothing to read ("empty"). */
export class SourceError extends CodedError<SourceErrorParams> {
  constructor(...args: CodeArgs<SourceErrorParams>) {
    super(SOURCE_ERRORS, ...args);
  }

  get kind(): "notFound" | "empty" {
    return this.code === "noSheets" || this.code === "emptySheet" ? "empty" : "notFound";
  }
}
