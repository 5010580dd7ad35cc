/**
 * Advanced: a KPI row's actual from period data. The user picks the row, the
 * numerator (and denominator) ranges and the aggregation, then applies it.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Button,
  Dropdown,
  Field,
  makeStyles,
  mergeClasses,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import { AccordionPanel } from "./AccordionPanel";
import { useFlushStyles } from "./flush";
import { useState } from "react";
import type { Aggregation, ColumnMapping, PeriodSource, SourceTable } from "../../scorecard/types";
import type { PeriodInput } from "../../scorecard/analyse";
import { useStrings } from "../i18n";
import type { PeriodsStatus } from "../hooks/usePeriodSources";
import { AddressField } from "./AddressField";

const AGGREGATIONS: readonly Aggregation[] = ["meanOfRatios", "ratioOfSums", "sum", "mean", "last"];
const NEEDS_DENOMINATOR: readonly Aggregation[] = ["meanOfRatios", "ratioOfSums"];

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface PeriodSourceEditorProps {
  readonly source: SourceTable;
  readonly mapping: ColumnMapping;
  readonly inputs: ReadonlyMap<number, PeriodInput>;
  readonly status: PeriodsStatus;
  /** What the read failed with: rendered in the pane's language. */
  readonly error?: unknown;
  readonly onApply: (row: number, periods: PeriodSource) => void;
  readonly onRemove: (row: number) => void;
  readonly readSelectionAddress: () => Promise<string>;
}

export function PeriodSourceEditor(props: PeriodSourceEditorProps) {
  const { source, mapping, inputs, status, error, onApply, onRemove, readSelectionAddress } = props;
  const s = useStrings();
  const flush = useFlushStyles();
  const styles = useStyles();
  const [row, setRow] = useState<number | undefined>(undefined);
  const [numerator, setNumerator] = useState("");
  const [denominator, setDenominator] = useState("");
  const [aggregation, setAggregation] = useState<Aggregation>("meanOfRatios");

  const kpiOf = (i: number) => {
    const cell = mapping.kpi === undefined ? undefined : source.values[i]?.[mapping.kpi];
    return cell === null || cell === undefined || cell === "" ? "—" : String(cell);
  };
  const rowLabel = (i: number) => s.periodsRowOption({ row: source.top + i + 2, kpi: kpiOf(i) });
  const needsDenominator = NEEDS_DENOMINATOR.includes(aggregation);
  const denominatorMissing = needsDenominator && denominator.trim() === "";
  const canApply = row !== undefined && numerator.trim() !== "" && !denominatorMissing;

  const apply = () => {
    if (!canApply || row === undefined) return;
    const den = denominator.trim();
    onApply(row, {
      numerator: numerator.trim(),
      aggregation,
      ...(needsDenominator && den !== "" ? { denominator: den } : {}),
    });
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="periods">
        <AccordionHeader as="h3" size="small" button={{ className: flush.button }}>
          {s.periodsHeading}
        </AccordionHeader>
        <AccordionPanel className={mergeClasses(styles.panel, flush.panel)}>
          <Text block>{s.periodsIntro}</Text>
          <Field label={s.periodsRow}>
            <Dropdown
              clearButton={{ "aria-label": s.dropdownClear }}
              value={row === undefined ? "" : rowLabel(row)}
              selectedOptions={row === undefined ? [] : [String(row)]}
              onOptionSelect={(_, data) =>
                setRow(data.optionValue ? Number(data.optionValue) : undefined)
              }
            >
              {source.values.map((_, i) => (
                <Option key={i} value={String(i)} text={rowLabel(i)}>
                  {rowLabel(i)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <AddressField
            label={s.periodsNumerator}
            value={numerator}
            onChange={setNumerator}
            readSelectionAddress={readSelectionAddress}
          />
          <Field label={s.periodsAggregation}>
            <Dropdown
              clearButton={{ "aria-label": s.dropdownClear }}
              value={s.aggregation({ kind: aggregation })}
              selectedOptions={[aggregation]}
              onOptionSelect={(_, data) => setAggregation(data.optionValue as Aggregation)}
            >
              {AGGREGATIONS.map((a) => (
                <Option key={a} value={a}>
                  {s.aggregation({ kind: a })}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {needsDenominator && (
            <AddressField
              label={s.periodsDenominator}
              value={denominator}
              onChange={setDenominator}
              readSelectionAddress={readSelectionAddress}
              required
            />
          )}
          {denominatorMissing && numerator.trim() !== "" && (
            <Text block>{s.periodsDenominatorRequired}</Text>
          )}
          <Button onClick={apply} disabled={!canApply || status === "reading"}>
            {s.periodsApply}
          </Button>
          <div role="status" aria-live="polite">
            {status === "reading" && <Text>{s.periodsReading}</Text>}
            {status === "error" && error !== undefined && (
              <Text>{s.periodsReadError({ error })}</Text>
            )}
          </div>
          {inputs.size > 0 && (
            <>
              <Text weight="semibold">{s.periodsApplied}</Text>
              <ul className={styles.list}>
                {[...inputs.entries()].map(([i, input]) => (
                  <li key={i} className={styles.item}>
                    <Text>
                      {s.periodsAppliedItem({
                        row: source.top + i + 2,
                        kpi: kpiOf(i),
                        aggregation: input.source.aggregation,
                        numerator: input.source.numerator,
                      })}
                    </Text>
                    <Button size="small" appearance="subtle" onClick={() => onRemove(i)}>
                      {s.periodsRemove({ row: source.top + i + 2 })}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
