/**
 * A chart the workbook holds, drawn over the grid where Excel would place it:
 * a plain bar or column chart of its first series (the host stores charts but
 * does not draw them; this is the playground's sketch of it). Its data is read
 * here, while drawing: a source that cannot be read throws to the chart's own
 * error boundary (Grid), which shows the error in the chart's place.
 */
import { memo, useMemo } from "react";
import type { SimulatedHost } from "../../excel-simulator";
import { Separators, formatValue } from "../../excel-simulator/numberFormat";
import { ChartInfo, readChartData } from "./hostView";
import { PX_PER_PT } from "./layout";

export interface ChartOverlayProps {
  readonly host: SimulatedHost;
  readonly chart: ChartInfo;
  readonly top: number;
  readonly left: number;
  /** The workbook's separators, for the data labels. */
  readonly separators: Separators;
}

const BAR = "#4472C4";
/** Width of a data label's character at the chart's 11 px font, generous. */
const LABEL_PX_PER_CHAR = 7;
/** Height of a data label's line. */
const LABEL_PX = 16;

export const ChartOverlay = memo(function ChartOverlay({
  host,
  chart,
  top,
  left,
  separators,
}: ChartOverlayProps) {
  const data = useMemo(() => readChartData(host, chart), [host, chart]);
  const width = Math.round(chart.widthPt * PX_PER_PT);
  const height = Math.round(chart.heightPt * PX_PER_PT);
  const n = Math.max(1, data.values.length);
  const min = Math.min(0, ...data.values);
  const max = Math.max(0, ...data.values, 1e-9);
  const texts = data.values.map((v) => formatValue(v, "0.00", separators));
  // Room for the data labels beyond the bars' ends, inside the chart ("122.45", never "122.").
  const room = chart.horizontal
    ? Math.max(...texts.map((t) => t.length), 1) * LABEL_PX_PER_CHAR + 6
    : LABEL_PX + 4;
  const pad = { top: 36, right: 12, bottom: 24, left: chart.horizontal ? 120 : 40 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  // The bars' axis, inside the room left for labels on the side(s) where bars end.
  const below = min < 0 ? room : 0;
  const above = max > 0 ? room : 0;
  const span = (chart.horizontal ? plotW : plotH) - below - above;
  const scale = (v: number) =>
    (below + ((v - min) / (max - min)) * span) / (chart.horizontal ? plotW : plotH);
  const bars = data.values.map((v, i) => {
    const label = data.categories[i] ?? "";
    const text = texts[i];
    if (chart.horizontal) {
      const band = plotH / n;
      const y = pad.top + i * band + band * 0.2;
      const x0 = pad.left + scale(0) * plotW;
      const x1 = pad.left + scale(v) * plotW;
      return (
        <g key={i}>
          <text x={pad.left - 6} y={y + band * 0.35} textAnchor="end" dominantBaseline="middle">
            {label}
          </text>
          <rect
            x={Math.min(x0, x1)}
            y={y}
            width={Math.abs(x1 - x0)}
            height={band * 0.6}
            fill={BAR}
          />
          <text
            x={v < 0 ? x1 - 4 : x1 + 4}
            y={y + band * 0.35}
            textAnchor={v < 0 ? "end" : "start"}
            dominantBaseline="middle"
          >
            {text}
          </text>
        </g>
      );
    }
    const band = plotW / n;
    const x = pad.left + i * band + band * 0.2;
    const y0 = pad.top + (1 - scale(0)) * plotH;
    const y1 = pad.top + (1 - scale(v)) * plotH;
    return (
      <g key={i}>
        <rect x={x} y={Math.min(y0, y1)} width={band * 0.6} height={Math.abs(y1 - y0)} fill={BAR} />
        <text x={x + band * 0.3} y={height - 8} textAnchor="middle">
          {label}
        </text>
        <text x={x + band * 0.3} y={v < 0 ? y1 + 12 : y1 - 4} textAnchor="middle">
          {text}
        </text>
      </g>
    );
  });
  const axis = chart.horizontal ? pad.left + scale(0) * plotW : pad.top + (1 - scale(0)) * plotH;
  return (
    <figure
      className="chart"
      style={{ top, left, width, height }}
      aria-label={`Chart: ${chart.title}`}
    >
      <svg width={width} height={height} role="img" aria-label={chart.title}>
        <text x={width / 2} y={22} textAnchor="middle" className="chart-title">
          {chart.title}
        </text>
        {bars}
        {chart.horizontal ? (
          <line x1={axis} x2={axis} y1={pad.top} y2={pad.top + plotH} stroke="#999" />
        ) : (
          <line x1={pad.left} x2={pad.left + plotW} y1={axis} y2={axis} stroke="#999" />
        )}
      </svg>
    </figure>
  );
});
