/**
 * The pane's layout, wired to its hooks (each component gets plain props): the
 * steps in the order the user meets them, scrolling (1. the KPI data with its
 * columns and problems, 2. the preview, the options collapsed), and a footer
 * that always stays in view with the overall result and Build.
 *
 * Focus follows the user's next step: after a read the user asked for (Use
 * selection, a source, Refresh, a template), the problems when there are
 * errors, else Build.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { ReactNode, useEffect, useMemo, useRef } from "react";
import type { Language } from "../../core/language";
import { useStrings } from "../i18n";
import { useAnalysis, usePreview } from "../hooks/useAnalysis";
import { useBuild } from "../hooks/useBuild";
import { useBuildOptions } from "../hooks/useBuildOptions";
import { useMapping } from "../hooks/useMapping";
import { usePeriodSources } from "../hooks/usePeriodSources";
import { useSelectCell } from "../hooks/useSelectCell";
import { useSelectionAddress } from "../hooks/useSelectionAddress";
import { useSources } from "../hooks/useSources";
import { scorecardKey } from "../../scorecard/scorecards";
import { BuildFooter } from "./BuildFooter";
import { DataChecks } from "./DataChecks";
import { OptionsAccordion } from "./OptionsAccordion";
import { PreviewPanel } from "./PreviewPanel";
import { Section } from "./Section";
import { SourcePicker } from "./SourcePicker";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minHeight: 0,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxSizing: "border-box",
  },
  scroll: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
  },
});

export interface ScorecardStepsProps {
  readonly language: Language;
  /** What comes above the steps (the intro and the language). */
  readonly intro?: ReactNode;
}

export function ScorecardSteps({ language, intro }: ScorecardStepsProps) {
  const s = useStrings();
  const styles = useStyles();
  const sources = useSources();
  const { source } = sources;
  const { mapping, setColumn, rematch } = useMapping(source);
  const periods = usePeriodSources(source);
  const readSelectionAddress = useSelectionAddress();
  const analysis = useAnalysis(source, mapping, periods.inputs);
  const scorecards = useMemo(
    // Scorecards: employees, or employees × periods.
    () => new Set(analysis.table?.rows.map(scorecardKey) ?? []).size,
    [analysis.table]
  );
  const severalEmployees = scorecards > 1;
  const options = useBuildOptions(language, severalEmployees);
  const preview = usePreview(analysis, options.options, language);
  const selectCell = useSelectCell();
  const build = useBuild();

  const blockedReason =
    analysis.errorCount > 0
      ? s.buildDisabledErrors
      : !analysis.table
        ? s.buildDisabledNoData
        : !options.valid
          ? s.buildDisabledOptions
          : undefined;

  // After a read the user asked for, focus goes where the next step is.
  const problemsRef = useRef<HTMLHeadingElement>(null);
  const buildRef = useRef<HTMLButtonElement>(null);
  const errors = analysis.errorCount;
  useEffect(() => {
    if (sources.completed === 0 || sources.status !== "idle" || !source) return;
    (errors > 0 ? problemsRef.current : buildRef.current)?.focus();
    // Only a completed read moves the focus, not later edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sources.completed]);

  return (
    <main className={styles.root} lang={language}>
      <div className={styles.scroll}>
        {intro}
        <Section title={s.sourceHeading}>
          <SourcePicker
            state={sources}
            onRead={sources.read}
            onRefresh={sources.refresh}
            onUseSelection={sources.readSelection}
            onInsertTemplate={sources.insertTemplate}
          />
          {source && (
            <DataChecks
              source={source}
              mapping={mapping}
              onColumn={setColumn}
              onRematch={rematch}
              periods={periods}
              readSelectionAddress={readSelectionAddress}
              analysis={analysis}
              onSelect={selectCell.select}
              selectFailure={selectCell.failure}
              problemsRef={problemsRef}
            />
          )}
        </Section>
        {source && preview && (
          <Section title={s.previewHeading}>
            <PreviewPanel preview={preview} />
          </Section>
        )}
        <OptionsAccordion
          draft={options.draft}
          errors={options.errors}
          severalEmployees={severalEmployees}
          scorecards={scorecards}
          hasUnits={mapping.unit !== undefined}
          hasUnitWeights={mapping.unitWeight !== undefined}
          onChange={options.update}
        />
      </div>
      <BuildFooter
        build={build}
        preview={preview}
        blockedReason={blockedReason}
        buttonRef={buildRef}
        onBuild={() => {
          if (analysis.table)
            void build.start(analysis.table, options.options, options.draft.replace);
        }}
      />
    </main>
  );
}
