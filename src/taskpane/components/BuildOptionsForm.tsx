/** Options step: title, rating scheme, sheet language, formulas or values, clamping, GCR, CSS weights, replace. */
import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Radio,
  RadioGroup,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { isRatingScheme } from "../../core/rating";
import { isLanguage } from "../../core/language";
import type { OptionErrors, OptionField, OptionsDraft } from "../hooks/useBuildOptions";
import { Strings, useStrings } from "../i18n";

const useStyles = makeStyles({
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalM },
  indent: { paddingInlineStart: tokens.spacingHorizontalXXL },
  triple: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr 1fr",
    columnGap: tokens.spacingHorizontalS,
  },
});

export interface BuildOptionsFormProps {
  readonly draft: OptionsDraft;
  readonly errors: OptionErrors;
  readonly severalEmployees: boolean;
  /** The mapping has a unit column (the roll-up is offered) and a roll-up weight column (it may be weighted). */
  readonly hasUnits?: boolean;
  readonly hasUnitWeights?: boolean;
  readonly onChange: (patch: Partial<OptionsDraft>) => void;
}

function validation(s: Strings, errors: OptionErrors, field: OptionField) {
  const key = errors[field];
  return key
    ? ({ validationState: "error", validationMessage: s[key] } as const)
    : ({ validationState: "none" } as const);
}

export function BuildOptionsForm({
  draft,
  errors,
  severalEmployees,
  hasUnits = false,
  hasUnitWeights = false,
  onChange,
}: BuildOptionsFormProps) {
  const s = useStrings();
  const styles = useStyles();
  const text = (field: OptionField, label: string, numeric = false) => (
    <Field label={label} required {...validation(s, errors, field)}>
      <Input
        value={draft[field]}
        inputMode={numeric ? "decimal" : undefined}
        onChange={(_, data) => onChange({ [field]: data.value })}
      />
    </Field>
  );

  return (
    <>
      {text("title", s.optionsTitle)}
      <Field label={s.optionsScheme}>
        <RadioGroup
          value={draft.scheme}
          onChange={(_, data) => isRatingScheme(data.value) && onChange({ scheme: data.value })}
        >
          <Radio value="achievement" label={s.schemeAchievement} />
          <Radio value="csi" label={s.schemeCsi} />
        </RadioGroup>
      </Field>
      <Field label={s.optionsSheetLanguage}>
        <RadioGroup
          layout="horizontal"
          value={draft.language}
          onChange={(_, data) => isLanguage(data.value) && onChange({ language: data.value })}
        >
          <Radio value="en" label={s.languageEn} />
          <Radio value="id" label={s.languageId} />
        </RadioGroup>
      </Field>
      <Field label={s.optionsMode}>
        <RadioGroup
          value={draft.mode}
          onChange={(_, data) =>
            onChange({ mode: data.value === "values" ? "values" : "formulas" })
          }
        >
          <Radio value="formulas" label={s.modeFormulas} />
          <Radio value="values" label={s.modeValues} />
        </RadioGroup>
      </Field>
      <Field hint={s.optionsClampHint}>
        <Switch
          label={s.optionsClamp}
          checked={draft.clamp}
          onChange={(_, data) => onChange({ clamp: data.checked })}
        />
      </Field>
      {draft.clamp && (
        <div className={mergeClasses(styles.pair, styles.indent)}>
          {text("floor", s.optionsFloor, true)}
          {text("cap", s.optionsCap, true)}
        </div>
      )}
      {severalEmployees && (
        <Checkbox
          label={s.optionsSheetPerEmployee}
          checked={draft.sheetPerEmployee}
          onChange={(_, data) => onChange({ sheetPerEmployee: data.checked === true })}
        />
      )}
      <Switch
        label={s.optionsGcr}
        checked={draft.gcr}
        onChange={(_, data) => onChange({ gcr: data.checked })}
      />
      {draft.gcr && (
        <div className={styles.indent}>{text("gcrMinimum", s.optionsGcrMinimum, true)}</div>
      )}
      <Field hint={s.optionsGradeDownHint}>
        <Switch
          label={s.optionsGradeDown}
          checked={draft.gradeDown}
          onChange={(_, data) => onChange({ gradeDown: data.checked })}
        />
      </Field>
      {draft.gradeDown && (
        <div className={mergeClasses(styles.pair, styles.indent)}>
          {text("gradeDownThreshold", s.optionsGradeDownThreshold, true)}
          {text("gradeDownPeriods", s.optionsGradeDownPeriods, true)}
        </div>
      )}
      {hasUnits && (
        <Field label={s.optionsRollup} hint={hasUnitWeights ? undefined : s.rollupWeightedHint}>
          <RadioGroup
            value={draft.rollup}
            onChange={(_, data) =>
              onChange({
                rollup:
                  data.value === "weighted" ? "weighted" : data.value === "off" ? "off" : "mean",
              })
            }
          >
            <Radio value="mean" label={s.rollupMean} />
            <Radio value="weighted" label={s.rollupWeighted} disabled={!hasUnitWeights} />
            <Radio value="off" label={s.rollupOff} />
          </RadioGroup>
        </Field>
      )}
      <Field label={s.optionsCssWeights}>
        <div className={styles.triple}>
          {text("cssKpi", s.optionsCssKpi, true)}
          {text("cssAssessment", s.optionsCssAssessment, true)}
          {text("cssDevelopment", s.optionsCssDevelopment, true)}
        </div>
      </Field>
      <Checkbox
        label={s.optionsReplace}
        checked={draft.replace}
        onChange={(_, data) => onChange({ replace: data.checked === true })}
      />
    </>
  );
}
