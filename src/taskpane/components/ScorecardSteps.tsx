/** The steps of the pane, wired to their hooks: each component gets plain props. */
import { Text } from "@fluentui/react-components";
import { useMemo } from "react";
import { useLanguage, useStrings } from "../i18n";
import { useAnalysis, usePreview } from "../hooks/useAnalysis";
import { useBuild } from "../hooks/useBuild";
import { useBuildOptions } from "../hooks/useBuildOptions";
import { useMapping } from "../hooks/useMapping";
import { usePeriodSources } from "../hooks/usePeriodSources";
import { useSelectCell } from "../hooks/useSelectCell";
import { useSelectionAddress } from "../hooks/useSelectionAddress";
import { useSources } from "../hooks/useSources";
import { BuildSection } from "./BuildSection";
import { scorecardKey } from "../../scorecard/scorecards";
import { BuildOptionsForm } from "./BuildOptionsForm";
import { ColumnMapper } from "./ColumnMapper";
import { PeriodSourceEditor } from "./PeriodSourceEditor";
import { PreviewPanel } from "./PreviewPanel";
import { ProblemsList } from "./ProblemsList";
import { Section } from "./Section";
import { SourcePicker } from "./SourcePicker";

export function ScorecardSteps() {
  const s = useStrings();
  const [language] = useLanguage();
  const sources = useSources();
  const { source } = sources;
  const { mapping, setColumn, rematch } = useMapping(source);
  const periods = usePeriodSources(source);
  const readSelectionAddress = useSelectionAddress();
  const analysis = useAnalysis(source, mapping, periods.inputs);
  const severalEmployees = useMemo(
    // Several scorecards: employees, or periods of one employee.
    () => new Set(analysis.table?.rows.map(scorecardKey) ?? []).size > 1,
    [analysis.table]
  );
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

  return (
    <>
      <Section title={s.sourceHeading}>
        <SourcePicker
          state={sources}
          onRead={sources.read}
          onRefresh={sources.refresh}
          onUseSelection={sources.readSelection}
          onInsertTemplate={sources.insertTemplate}
        />
      </Section>
      {source && (
        <Section title={s.mappingHeading}>
          <ColumnMapper
            headers={source.headers}
            left={source.left}
            mapping={mapping}
            onChange={setColumn}
            onRematch={rematch}
          />
          <PeriodSourceEditor
            source={source}
            mapping={mapping}
            inputs={periods.inputs}
            status={periods.status}
            error={periods.error}
            onApply={periods.apply}
            onRemove={periods.remove}
            readSelectionAddress={readSelectionAddress}
          />
        </Section>
      )}
      {source && (
        <Section title={s.problemsHeading}>
          <ProblemsList
            problems={analysis.problems}
            errorCount={analysis.errorCount}
            warningCount={analysis.warningCount}
            onSelect={selectCell.select}
            selectFailure={selectCell.failure}
          />
        </Section>
      )}
      {source && (
        <Section title={s.previewHeading}>
          {preview ? <PreviewPanel preview={preview} /> : <Text block>{s.previewUnavailable}</Text>}
        </Section>
      )}
      <Section title={s.optionsHeading}>
        <BuildOptionsForm
          draft={options.draft}
          errors={options.errors}
          severalEmployees={severalEmployees}
          hasUnits={mapping.unit !== undefined}
          hasUnitWeights={mapping.unitWeight !== undefined}
          onChange={options.update}
        />
      </Section>
      <Section title={s.buildHeading}>
        <BuildSection
          build={build}
          blockedReason={blockedReason}
          onBuild={() => {
            if (analysis.table)
              void build.start(analysis.table, options.options, options.draft.replace);
          }}
        />
      </Section>
    </>
  );
}
