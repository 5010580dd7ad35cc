/**
 * NamedItem and NamedItemCollection (workbook.names, worksheet.names).
 */
import { itemNotFound } from "./errors";
import * as names from "./names";
import { TypeDef, objectMethod, typeDef, valueMethod, voidMethod } from "./schema";
import { Range } from "./schemaRange";
import { Worksheet } from "./schemaWorksheet";
import type { SheetModel } from "./sheet";
import type { NameModel, Workbook } from "./workbook";

interface Scope {
  readonly sheet?: SheetModel;
}

export const NamedItem: TypeDef = typeDef<NameModel>({
  name: "NamedItem",
  props: {
    name: { get: (n) => n.name },
    type: { get: (n, wb) => names.nameType(wb, n) },
    value: { get: (n, wb) => names.nameValue(wb, n) },
    formula: {
      get: (n, wb) => names.nameFormula(wb, n),
      set: (n, v, wb) => names.setNameFormula(wb, n, v),
    },
    comment: { get: (n) => n.comment, set: (n, v) => (n.comment = String(v ?? "")) },
    visible: { get: (n) => n.visible, set: (n, v) => (n.visible = v === true) },
    scope: { get: (n) => (n.sheet ? "Worksheet" : "Workbook") },
  },
  nav: {
    worksheet: {
      type: () => Worksheet,
      get: (n) => {
        if (!n.sheet) throw itemNotFound("the name has workbook scope");
        return n.sheet;
      },
    },
    worksheetOrNullObject: { type: () => Worksheet, get: (n) => n.sheet ?? null },
  },
  methods: {
    getRange: objectMethod<NameModel>(
      () => Range,
      (n, _a, wb) => names.nameRange(wb, n, false)
    ),
    getRangeOrNullObject: objectMethod<NameModel>(
      () => Range,
      (n, _a, wb) => names.nameRange(wb, n, true),
      true
    ),
    delete: voidMethod<NameModel>((n, _a, wb) => names.deleteName(wb, n)),
  },
});

const inScope = (wb: Workbook, s: Scope): NameModel[] =>
  wb.names.filter((n) => n.sheet === s.sheet);

export const NamedItemCollection: TypeDef = typeDef<Scope>({
  name: "NamedItemCollection",
  props: {},
  items: { type: () => NamedItem, list: (s, wb) => inScope(wb, s) },
  methods: {
    add: objectMethod<Scope>(
      () => NamedItem,
      (s, [name, reference, comment], wb) => names.addName(wb, s.sheet, name, reference, comment)
    ),
    addFormulaLocal: objectMethod<Scope>(
      () => NamedItem,
      (s, [name, formula, comment], wb) => names.addName(wb, s.sheet, name, formula, comment)
    ),
    getItem: objectMethod<Scope>(
      () => NamedItem,
      (s, [name], wb) => names.getName(wb, s.sheet, name, false)
    ),
    getItemOrNullObject: objectMethod<Scope>(
      () => NamedItem,
      (s, [name], wb) => names.getName(wb, s.sheet, name, true),
      true
    ),
    getCount: valueMethod<Scope>((s, _a, wb) => inScope(wb, s).length),
  },
});
