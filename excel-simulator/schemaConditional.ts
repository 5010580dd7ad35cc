/**
 * Conditional formats: stored with their type, range, priority and settings
 * (rules and formats as property bags), not evaluated. A new format gets
 * priority 0 and pushes the sheet's others down, as in Excel.
 */
import { formatAddress, intersect } from "./address";
import { normalizeColor } from "./colors";
import { ENUMS } from "./enums";
import { invalidArgument, itemNotFound } from "./errors";
import {
  NavDef,
  PropDef,
  TypeDef,
  bagType,
  objectMethod,
  subBag,
  typeDef,
  valueMethod,
  voidMethod,
} from "./schema";
import { Range } from "./schemaRange";
import type { Bag, ConditionalFormatModel } from "./sheet";
import type { RangeModel, Workbook } from "./workbook";

const colorProp = (): PropDef<Bag> => ({
  get: (b) => b.color ?? null,
  set: (b, v) => (b.color = v === null || v === "" ? null : normalizeColor(v)),
});

const CfFill = typeDef<Bag>({
  name: "ConditionalRangeFill",
  props: { color: colorProp() },
  methods: { clear: voidMethod<Bag>((b) => (b.color = null)) },
});
const CfFont = typeDef<Bag>({
  name: "ConditionalRangeFont",
  props: {
    color: colorProp(),
    ...Object.fromEntries(
      ["bold", "italic", "strikethrough", "underline"].map((k) => [
        k,
        { get: (b: Bag) => b[k] ?? null, set: (b: Bag, v: unknown) => (b[k] = v) },
      ])
    ),
  },
  methods: { clear: voidMethod<Bag>((b) => Object.keys(b).forEach((k) => delete b[k])) },
});
const CfBorder = bagType("ConditionalRangeBorder", ["style", "color", "sideIndex"]);
const CfBorders = typeDef<Bag>({
  name: "ConditionalRangeBorderCollection",
  props: {},
  methods: {
    getItem: objectMethod<Bag>(
      () => CfBorder,
      (b, [index]) => subBag(b, String(index))
    ),
  },
  nav: Object.fromEntries(
    ["top", "bottom", "left", "right"].map((k) => [
      k,
      { type: () => CfBorder, get: (b: Bag) => subBag(b, k) },
    ])
  ),
});
const CfFormat = bagType("ConditionalRangeFormat", ["numberFormat"], {
  fill: () => CfFill,
  font: () => CfFont,
  borders: () => CfBorders,
});
const CfRule = bagType("ConditionalFormatRule", ["formula", "formulaLocal", "formulaR1C1"]);

/** A type-specific view (cellValue, custom, iconSet...) of a conditional format's settings. */
function view(name: string, props: string[], nav: Record<string, () => TypeDef> = {}): TypeDef {
  return bagType(name, props, nav);
}
const VIEWS: Record<string, { type: string; def: TypeDef }> = {
  cellValue: {
    type: "CellValue",
    def: view("CellValueConditionalFormat", ["rule"], { format: () => CfFormat }),
  },
  custom: {
    type: "Custom",
    def: view("CustomConditionalFormat", [], { rule: () => CfRule, format: () => CfFormat }),
  },
  iconSet: {
    type: "IconSet",
    def: view("IconSetConditionalFormat", [
      "style",
      "reverseIconOrder",
      "showIconOnly",
      "criteria",
    ]),
  },
  colorScale: {
    type: "ColorScale",
    def: view("ColorScaleConditionalFormat", ["criteria", "threeColorScale"]),
  },
  dataBar: {
    type: "DataBar",
    def: view(
      "DataBarConditionalFormat",
      [
        "axisColor",
        "axisFormat",
        "barDirection",
        "lowerBoundRule",
        "upperBoundRule",
        "showDataBarOnly",
      ],
      {
        positiveFormat: () =>
          bagType("ConditionalDataBarPositiveFormat", ["fillColor", "gradientFill", "borderColor"]),
        negativeFormat: () =>
          bagType("ConditionalDataBarNegativeFormat", [
            "fillColor",
            "borderColor",
            "matchPositiveFillColor",
            "matchPositiveBorderColor",
          ]),
      }
    ),
  },
  topBottom: {
    type: "TopBottom",
    def: view("TopBottomConditionalFormat", ["rule"], { format: () => CfFormat }),
  },
  preset: {
    type: "PresetCriteria",
    def: view("PresetCriteriaConditionalFormat", ["rule"], { format: () => CfFormat }),
  },
  textComparison: {
    type: "ContainsText",
    def: view("TextConditionalFormat", ["rule"], { format: () => CfFormat }),
  },
};

const nav: Record<string, NavDef<ConditionalFormatModel>> = {};
for (const [key, { type, def }] of Object.entries(VIEWS)) {
  nav[key] = {
    type: () => def,
    get: (cf) => {
      if (cf.type !== type)
        throw invalidArgument(`This conditional format is of type ${cf.type}, not ${type}.`);
      return cf.settings;
    },
  };
  nav[`${key}OrNullObject`] = {
    type: () => def,
    get: (cf) => (cf.type === type ? cf.settings : null),
  };
}

const rangeOf = (cf: ConditionalFormatModel): RangeModel => ({ sheet: cf.sheet, rect: cf.rect });

export const ConditionalFormat: TypeDef = typeDef<ConditionalFormatModel>({
  name: "ConditionalFormat",
  props: {
    id: { get: (cf) => cf.id },
    type: { get: (cf) => cf.type },
    priority: {
      get: (cf) => cf.priority,
      set: (cf, v) => {
        const list = cf.sheet.conditionalFormats
          .filter((x) => x !== cf)
          .sort((a, b) => a.priority - b.priority);
        list.splice(Math.max(0, Math.min(Number(v), list.length)), 0, cf);
        list.forEach((x, i) => (x.priority = i));
      },
    },
    stopIfTrue: { get: (cf) => cf.stopIfTrue, set: (cf, v) => (cf.stopIfTrue = v === true) },
  },
  nav,
  methods: {
    getRange: objectMethod<ConditionalFormatModel>(() => Range, rangeOf),
    getRangeOrNullObject: objectMethod<ConditionalFormatModel>(() => Range, rangeOf, true),
    delete: voidMethod<ConditionalFormatModel>((cf) => removeFormat(cf)),
  },
});

function removeFormat(cf: ConditionalFormatModel): void {
  cf.sheet.conditionalFormats = cf.sheet.conditionalFormats.filter((x) => x !== cf);
  cf.sheet.conditionalFormats
    .sort((a, b) => a.priority - b.priority)
    .forEach((x, i) => (x.priority = i));
}

function addFormat(wb: Workbook, range: RangeModel, type: unknown): ConditionalFormatModel {
  const match = Object.values(ENUMS.ConditionalFormatType).find(
    (t) => t.toLowerCase() === String(type).toLowerCase()
  );
  if (!match) throw invalidArgument(`'${String(type)}' is not a conditional format type.`);
  for (const cf of range.sheet.conditionalFormats) cf.priority++;
  const cf: ConditionalFormatModel = {
    id: String(wb.nextId("cf")),
    type: match,
    sheet: range.sheet,
    rect: range.rect,
    priority: 0,
    stopIfTrue: false,
    settings: {},
  };
  range.sheet.conditionalFormats.push(cf);
  return cf;
}

const within = (range: RangeModel): ConditionalFormatModel[] =>
  range.sheet.conditionalFormats
    .filter((cf) => intersect(cf.rect, range.rect))
    .sort((a, b) => a.priority - b.priority);

export const ConditionalFormatCollection: TypeDef = typeDef<RangeModel>({
  name: "ConditionalFormatCollection",
  props: {},
  items: { type: () => ConditionalFormat, list: within },
  methods: {
    add: objectMethod<RangeModel>(
      () => ConditionalFormat,
      (range, [type], wb) => addFormat(wb, range, type)
    ),
    getCount: valueMethod<RangeModel>((range) => within(range).length),
    getItem: objectMethod<RangeModel>(
      () => ConditionalFormat,
      (range, [id]) => {
        const found = within(range).find((cf) => cf.id === String(id));
        if (!found)
          throw itemNotFound(
            `conditional format ${String(id)} in ${formatAddress(range.sheet.name, range.rect)}`
          );
        return found;
      }
    ),
    getItemAt: objectMethod<RangeModel>(
      () => ConditionalFormat,
      (range, [i]) => within(range)[Number(i)] ?? null
    ),
    clearAll: voidMethod<RangeModel>((range) => within(range).forEach(removeFormat)),
  },
});
