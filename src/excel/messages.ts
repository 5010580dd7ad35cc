/**
 * What src/excel says when Excel did not do what the user asked (a build that
 * failed, a source that cannot be read), in English and Indonesian, in the
 * one catalogue form (core/catalogue.ts). src/excel throws `WorkbookError`s
 * (a code and its parameters, never a sentence); the pane renders them in its
 * language.
 *
 * Excel's own error messages (OfficeExtension.Error.message) are Excel's text
 * in Excel's language: they are a parameter, shown quoted (“...”) after our
 * sentence, never turned into one of ours. Names of sheets are the user's:
 * quoted as they are.
 */
import {
  Catalogue,
  CodeArgs,
  Coded,
  CodedError,
  Format,
  NoParams,
  renderCoded,
} from "../core/catalogue";

export interface WorkbookMessageParams {
  /** A plan's sheet exists and the user did not confirm replacing it. */
  sheetExists: { readonly sheet: string };
  /** A defined name or table name of the plan was taken in the workbook after the plan was made. */
  nameTaken: { readonly name: string };
  /** Excel refused the request while the user edits a cell (InvalidOperationInCellEditMode). */
  cellEdit: NoParams;
  /**
   * Excel refused a request: its error code (ItemNotFound), its message in
   * Excel's language (shown quoted) and where (debugInfo.errorLocation).
   */
  excelRefused: {
    readonly code?: string;
    readonly detail?: string;
    readonly location?: string;
  };
  /** Something that is not Excel's error (a bug): its text, quoted. */
  unexpected: { readonly detail: string };
  /** A build failed and everything it did was undone. */
  nothingChanged: { readonly reason: Reason };
  /** A build failed and some of it could not be undone: what the user must do by hand. */
  removeByHand: {
    readonly reason: Reason;
    /** The new sheets to delete. */
    readonly sheets: readonly string[];
    /** Old sheets to rename back: temporary name → their own. */
    readonly renames: readonly { readonly from: string; readonly to: string }[];
  };
  /** The source's range (or the used part of it) has nothing in it. */
  emptySource: { readonly address: string };
  notAnAddress: { readonly address: string };
}

/** Why a request failed: nested in a build's outcome. */
export type Reason = Coded<
  WorkbookMessageParams,
  "sheetExists" | "nameTaken" | "cellEdit" | "excelRefused" | "unexpected"
>;

const REASONS: ReadonlySet<string> = new Set([
  "sheetExists",
  "nameTaken",
  "cellEdit",
  "excelRefused",
  "unexpected",
]);

export function isReason(coded: Coded<WorkbookMessageParams>): coded is Reason {
  return REASONS.has(coded.code);
}

const reason = (f: Format, r: Reason): string =>
  renderCoded<WorkbookMessageParams>(WORKBOOK_MESSAGES, f, r);

/** "(ItemNotFound, WorksheetCollection.getItem)": Excel's code and where, as Excel names them. */
const codeAndPlace = (p: WorkbookMessageParams["excelRefused"]): string => {
  const parts = [p.code, p.location].filter((x) => x);
  return parts.length ? ` (${parts.join(", ")})` : "";
};

const detail = (f: Format, text: string | undefined): string => (text ? `: ${f.quote(text)}` : ".");

const names = (sheets: readonly string[]) => sheets.join(", ");

export const WORKBOOK_MESSAGES = {
  en: {
    sheetExists: (p) => `A sheet named "${p.sheet}" already exists.`,
    nameTaken: (p) => `A name "${p.name}" already exists.`,
    cellEdit: "Excel is editing a cell: press Enter or Esc to finish, then try again.",
    excelRefused: (p, f) => `Excel refused the request${codeAndPlace(p)}${detail(f, p.detail)}`,
    unexpected: (p, f) => `Something unexpected went wrong${detail(f, p.detail)}`,
    nothingChanged: (p, f) =>
      `The scorecard could not be written: ${reason(f, p.reason)} Nothing in your workbook was changed.`,
    removeByHand: (p, f) =>
      `The scorecard could not be written: ${reason(f, p.reason)} Some changes could not be undone: ` +
      `delete the new sheets (${names(p.sheets)})` +
      (p.renames.length
        ? ` and rename ${p.renames.map((r) => `"${r.from}" back to "${r.to}"`).join(", ")}.`
        : "."),
    emptySource: (p) => `${p.address} is empty.`,
    notAnAddress: (p) => `"${p.address}" is not a cell or range address.`,
  },
  id: {
    sheetExists: (p) => `Lembar bernama "${p.sheet}" sudah ada.`,
    nameTaken: (p) => `Nama "${p.name}" sudah ada.`,
    cellEdit:
      "Excel sedang menyunting sel: tekan Enter atau Esc untuk menyelesaikannya, lalu coba lagi.",
    excelRefused: (p, f) => `Excel menolak permintaan${codeAndPlace(p)}${detail(f, p.detail)}`,
    unexpected: (p, f) => `Terjadi kesalahan tak terduga${detail(f, p.detail)}`,
    nothingChanged: (p, f) =>
      `Scorecard tidak dapat ditulis: ${reason(f, p.reason)} Tidak ada yang berubah di buku kerja Anda.`,
    removeByHand: (p, f) =>
      `Scorecard tidak dapat ditulis: ${reason(f, p.reason)} Sebagian perubahan tidak dapat dibatalkan: ` +
      `hapus lembar baru (${names(p.sheets)})` +
      (p.renames.length
        ? ` dan ubah nama ${p.renames.map((r) => `"${r.from}" kembali menjadi "${r.to}"`).join(", ")}.`
        : "."),
    emptySource: (p) => `${p.address} kosong.`,
    notAnAddress: (p) => `"${p.address}" bukan alamat sel atau rentang.`,
  },
} satisfies Catalogue<WorkbookMessageParams>;

/** An error of src/excel: a code of the catalogue above and its parameters. */
export class WorkbookError extends CodedError<WorkbookMessageParams> {
  constructor(...args: CodeArgs<WorkbookMessageParams>) {
    super(WORKBOOK_MESSAGES, ...args);
  }
}
