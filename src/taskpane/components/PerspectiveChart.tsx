/**
 * Weighted score per perspective as horizontal bars from a zero line (scores
 * can be negative: seed 003's customer perspective is -13.37). Plain divs; the
 * numbers are in the text, so screen readers get the same content.
 */
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { PerspectivePreview } from "../../scorecard/types";
import { formatFixed } from "../../scorecard/numberText";
import { useNumbers } from "../i18n/numbers";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  track: {
    position: "relative",
    height: "12px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: { position: "absolute", top: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  positive: { backgroundColor: tokens.colorBrandBackground },
  negative: { backgroundColor: tokens.colorPaletteRedBackground3 },
  zero: {
    position: "absolute",
    top: "-2px",
    bottom: "-2px",
    width: "1px",
    backgroundColor: tokens.colorNeutralStroke1,
  },
  value: { fontVariantNumeric: "tabular-nums", textAlign: "end" },
});

export function PerspectiveChart(props: {
  title: string;
  perspectives: readonly PerspectivePreview[];
}) {
  const styles = useStyles();
  const numbers = useNumbers();
  const titleId = useId();
  const values = props.perspectives.map((p) => p.weighted);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const span = max - min || 1;
  const pct = (x: number) => `${((x - min) / span) * 100}%`;

  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <Text as="p" weight="semibold" id={titleId} className={styles.title}>
        {props.title}
      </Text>
      <ul className={styles.list}>
        {props.perspectives.map((p) => {
          const from = Math.min(0, p.weighted);
          const to = Math.max(0, p.weighted);
          return (
            <li key={p.perspective} className={styles.row}>
              <Text className={styles.label} title={p.perspective}>
                {p.perspective}
              </Text>
              <div className={styles.track} aria-hidden="true">
                <div
                  className={mergeClasses(
                    styles.bar,
                    p.weighted < 0 ? styles.negative : styles.positive
                  )}
                  style={{ left: pct(from), width: `calc(${pct(to)} - ${pct(from)})` }}
                />
                <div className={styles.zero} style={{ left: pct(0) }} />
              </div>
              <Text className={styles.value}>{formatFixed(p.weighted, numbers)}</Text>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
