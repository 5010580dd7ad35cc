/**
 * The state of one worksheet that the formula engine does not hold: identity,
 * tab settings, formats, sizes, merges, freeze panes, page layout, charts and
 * conditional formats (the last three stored as plain property bags).
 */
import { Rect } from "./address";
import { FormatStore } from "./formats";

export type Bag = Record<string, unknown>;

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface ConditionalFormatModel {
  readonly id: string;
  readonly type: string;
  readonly sheet: SheetModel;
  rect: Rect;
  priority: number;
  stopIfTrue: boolean;
  /** Type-specific settings, e.g. { rule: {formula1, operator}, format: { fill: {color} } }. */
  readonly settings: Bag;
}

export interface ChartModel {
  readonly id: string;
  readonly sheet: SheetModel;
  /** name, chartType, seriesBy, sourceData, top/left/width/height, position, title, legend, axes, series... */
  readonly bag: Bag;
}

/** Excel's defaults, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function defaultPageLayout(): Bag {
  return {
    orientation: "Portrait",
    zoom: { scale: 100 },
    printArea: null,
    printTitleRows: null,
    printTitleColumns: null,
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    printComments: "NoComments",
    printErrors: "AsDisplayed",
    printOrder: "DownThenOver",
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: "",
    paperSize: "Letter",
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
  };
}

export class SheetModel {
  name: string;
  visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  showHeadings = true;
  deleted = false;
  readonly formats = new FormatStore();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: Rect[] = [];
  readonly hyperlinks = new Map<string, Hyperlink>();
  frozen = { rows: 0, columns: 0 };
  pageLayout: Bag = defaultPageLayout();
  charts: ChartModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  selection: Rect = { r0: 0, c0: 0, r1: 0, c1: 0 };

  constructor(
    readonly id: string,
    name: string
  ) {
    this.name = name;
  }

  columnWidth(c: number): number {
    return this.hiddenColumns.has(c) ? 0 : (this.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
  }

  rowHeight(r: number): number {
    return this.hiddenRows.has(r) ? 0 : (this.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
  }
}
