/**
 * PageLayout (print settings), stored in the sheet's page-layout bag; print
 * areas and titles are kept as addresses ("Sheet1!A1:F20").
 */
import { formatAddress } from "./address";
import { invalidArgument } from "./errors";
import { PropDef, TypeDef, bagType, objectMethod, typeDef, voidMethod } from "./schema";
import { Range } from "./schemaRange";
import type { SheetModel } from "./sheet";
import type { RangeModel, Workbook } from "./workbook";

const SETTINGS = [
  "centerHorizontally",
  "centerVertically",
  "printGridlines",
  "printHeadings",
  "printComments",
  "printErrors",
  "printOrder",
  "blackAndWhite",
  "draftMode",
  "firstPageNumber",
  "paperSize",
  "topMargin",
  "bottomMargin",
  "leftMargin",
  "rightMargin",
  "headerMargin",
  "footerMargin",
];

function setting(name: string): PropDef<SheetModel> {
  return { get: (s) => s.pageLayout[name], set: (s, v) => (s.pageLayout[name] = v) };
}

function toAddress(wb: Workbook, sheet: SheetModel, target: unknown): string | null {
  if (target === null || target === undefined || target === "") return null;
  const range =
    typeof target === "string" ? wb.resolveAddress(target, sheet) : (target as RangeModel);
  return formatAddress(range.sheet.name, range.rect);
}

function rangeAt(
  wb: Workbook,
  sheet: SheetModel,
  key: string,
  nullable: boolean
): RangeModel | null {
  const address = sheet.pageLayout[key];
  if (typeof address === "string") return wb.resolveAddress(address, sheet);
  if (nullable) return null;
  throw invalidArgument(`The worksheet has no ${key}.`);
}

const props: Record<string, PropDef<SheetModel>> = Object.fromEntries(
  SETTINGS.map((n) => [n, setting(n)])
);
props.orientation = {
  get: (s) => s.pageLayout.orientation,
  set: (s, v) => {
    if (v !== "Portrait" && v !== "Landscape")
      throw invalidArgument(`'${String(v)}' is not an orientation.`);
    s.pageLayout.orientation = v;
  },
};
props.zoom = {
  get: (s) => ({ ...(s.pageLayout.zoom as object) }),
  set: (s, v) => {
    if (typeof v !== "object" || v === null)
      throw invalidArgument(
        "zoom must be an object such as { scale: 80 } or { horizontalFitToPages: 1, verticalFitToPages: 0 }."
      );
    s.pageLayout.zoom = { ...(v as object) };
  },
};

const HeadersFooters = bagType("HeaderFooterGroup", ["state", "useSheetMargins", "useSheetScale"], {
  defaultForAllPages: () =>
    bagType("HeaderFooter", [
      "leftHeader",
      "centerHeader",
      "rightHeader",
      "leftFooter",
      "centerFooter",
      "rightFooter",
    ]),
});

export const PageLayout: TypeDef = typeDef<SheetModel>({
  name: "PageLayout",
  props,
  nav: {
    headersFooters: {
      type: () => HeadersFooters,
      get: (s) => (s.pageLayout.headersFooters ??= {}),
    },
  },
  methods: {
    setPrintArea: voidMethod<SheetModel>(
      (s, [target], wb) => (s.pageLayout.printArea = toAddress(wb, s, target))
    ),
    getPrintArea: objectMethod<SheetModel>(
      () => Range,
      (s, _a, wb) => rangeAt(wb, s, "printArea", false)
    ),
    getPrintAreaOrNullObject: objectMethod<SheetModel>(
      () => Range,
      (s, _a, wb) => rangeAt(wb, s, "printArea", true),
      true
    ),
    setPrintTitleRows: voidMethod<SheetModel>(
      (s, [target], wb) => (s.pageLayout.printTitleRows = toAddress(wb, s, target))
    ),
    setPrintTitleColumns: voidMethod<SheetModel>(
      (s, [target], wb) => (s.pageLayout.printTitleColumns = toAddress(wb, s, target))
    ),
    setPrintMargins: voidMethod<SheetModel>((s, [unit, margins]) => {
      const factor = unit === "Inches" ? 72 : unit === "Centimeters" ? 72 / 2.54 : 1;
      for (const [k, v] of Object.entries((margins ?? {}) as Record<string, number>))
        s.pageLayout[`${k}Margin`] = v * factor;
    }),
  },
});
