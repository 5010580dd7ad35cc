/**
 * Inside the data step, once a source is read: its columns (collapsed when
 * every required field is matched), period data (advanced, collapsed) and the
 * problems found, all of them at once. The problems' heading takes the focus
 * when a read finds errors.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { AccordionPanel } from "./AccordionPanel";
import { useFlushStyles } from "./flush";
import { RefObject, useEffect, useId, useRef, useState } from "react";
import type { Analysis } from "../../scorecard/problems";
import { COLUMN_KEYS, ColumnKey, ColumnMapping, SourceTable } from "../../scorecard/types";
import type { usePeriodSources } from "../hooks/usePeriodSources";
import type { SelectFailure } from "../hooks/useSelectCell";
import { useStrings } from "../i18n";
import { ColumnMapper } from "./ColumnMapper";
import { PeriodSourceEditor } from "./PeriodSourceEditor";
import { ProblemsList } from "./ProblemsList";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  problems: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface DataChecksProps {
  readonly source: SourceTable;
  readonly mapping: ColumnMapping;
  readonly onColumn: (key: ColumnKey, column: number | undefined) => void;
  readonly onRematch: () => void;
  readonly periods: ReturnType<typeof usePeriodSources>;
  readonly readSelectionAddress: () => Promise<string>;
  readonly analysis: Analysis;
  readonly onSelect: (address: string) => void;
  readonly selectFailure?: SelectFailure;
  readonly problemsRef: RefObject<HTMLHeadingElement>;
}

/** Problems of the mapping itself: the columns panel opens for them. */
const MAPPING_CODES = new Set(["missingColumn", "duplicateColumn"]);

export function DataChecks(props: DataChecksProps) {
  const { source, mapping, analysis, periods } = props;
  const s = useStrings();
  const flush = useFlushStyles();
  const styles = useStyles();
  const headingId = useId();
  const mapped = COLUMN_KEYS.filter((k) => mapping[k] !== undefined).length;
  const mappingWrong = analysis.problems.some(
    (p) => p.severity === "error" && MAPPING_CODES.has(p.code)
  );
  const [open, setOpen] = useState<string[]>(mappingWrong ? ["columns"] : []);
  // A new source opens the columns when its mapping needs the user, else closes them; a
  // mapping that goes wrong opens them, and fixing it leaves them open where the user is.
  const shownSource = useRef(source);
  useEffect(() => {
    const fresh = shownSource.current !== source;
    shownSource.current = source;
    if (mappingWrong) setOpen((o) => (o.includes("columns") ? o : [...o, "columns"]));
    else if (fresh) setOpen([]);
  }, [source, mappingWrong]);

  return (
    <>
      <Accordion
        collapsible
        openItems={open}
        onToggle={(_, data) => setOpen(data.openItems as string[])}
      >
        <AccordionItem value="columns">
          <AccordionHeader as="h3" size="small" button={{ className: flush.button }}>
            {s.mappingSummary({ mapped, total: COLUMN_KEYS.length })}
          </AccordionHeader>
          <AccordionPanel className={mergeClasses(styles.panel, flush.panel)}>
            <ColumnMapper
              headers={source.headers}
              left={source.left}
              mapping={mapping}
              onChange={props.onColumn}
              onRematch={props.onRematch}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <PeriodSourceEditor
        source={source}
        mapping={mapping}
        inputs={periods.inputs}
        status={periods.status}
        error={periods.error}
        onApply={periods.apply}
        onRemove={periods.remove}
        readSelectionAddress={props.readSelectionAddress}
      />
      <section className={styles.problems} aria-labelledby={headingId}>
        <h3 id={headingId} tabIndex={-1} ref={props.problemsRef} className={styles.heading}>
          {s.problemsHeading}
        </h3>
        <ProblemsList
          problems={analysis.problems}
          errorCount={analysis.errorCount}
          warningCount={analysis.warningCount}
          onSelect={props.onSelect}
          selectFailure={props.selectFailure}
        />
      </section>
    </>
  );
}
