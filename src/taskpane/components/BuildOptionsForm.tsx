/**
 * The build's settings, as one list: text and numbers in Inputs, a choice
 * among several in a Dropdown, a setting that is on or off in a Checkbox (all
 * apply when Build is pressed). A setting that depends on another sits
 * indented under it and shows only when that one is checked. Add a setting as
 * one more row here and one more field of `OptionsDraft`.
 * Main settings: title, sheet language, rating scheme, formulas or values,
 * clamping, one sheet per employee, GCR, grade down, roll-up, CSS weights, replace.
 */
import {
  Checkbox,
  Dropdown,
  Field,
  InfoLabel,
  Input,
  LabelProps,
  makeStyles,
  mergeClasses,
  Option,
  tokens,
} from "@fluentui/react-components";
import { isRatingScheme } from "../../core/rating";
import { isLanguage } from "../../core/language";
import type { OptionErrors, OptionField, OptionsDraft } from "../hooks/useBuildOptions";
import { Strings, useStrings } from "../i18n";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    "& .fui-Input": { minWidth: 0 },
  },
  indent: { paddingInlineStart: tokens.spacingHorizontalXXL },
  triple: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    "& .fui-Input": { minWidth: 0 },
  },
  checkbox: { marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/**
 * From this many sheets per employee on, the option warns: every sheet is
 * written, saved and loaded with the workbook, and a workbook of hundreds of
 * sheets opens, saves and recalculates slowly (a judgement, not an Excel limit:
 * Excel allows as many sheets as memory holds).
 */
export const MANY_SHEETS = 100;

export interface BuildOptionsFormProps {
  readonly draft: OptionsDraft;
  readonly errors: OptionErrors;
  readonly severalEmployees: boolean;
  /** How many scorecards the table holds (employees, or employees × periods): the sheets one per employee adds. */
  readonly scorecards?: number;
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

/** A label with an explanation of its domain term (CSS, GCR). */
export function infoLabel(s: Strings, text: string, info: string) {
  return {
    children: (_: unknown, slot: LabelProps) => (
      <InfoLabel {...slot} info={info} infoButton={{ "aria-label": s.moreInfo }}>
        {text}
      </InfoLabel>
    ),
  };
}

export function BuildOptionsForm({
  draft,
  errors,
  severalEmployees,
  scorecards = 0,
  hasUnits = false,
  hasUnitWeights = false,
  onChange,
}: BuildOptionsFormProps) {
  const s = useStrings();
  const styles = useStyles();
  const text = (
    field: OptionField,
    label: string | ReturnType<typeof infoLabel>,
    numeric = false
  ) => (
    <Field label={label} required size="small" {...validation(s, errors, field)}>
      <Input
        size="small"
        value={draft[field]}
        inputMode={numeric ? "decimal" : undefined}
        onChange={(_, data) => onChange({ [field]: data.value })}
      />
    </Field>
  );
  const choice = <V extends string>(
    label: string,
    value: V,
    options: readonly (readonly [V, string])[],
    pick: (value: string) => void,
    hint?: string
  ) => (
    <Field label={label} size="small" hint={hint}>
      <Dropdown
        size="small"
        clearButton={{ "aria-label": s.dropdownClear }}
        value={options.find(([v]) => v === value)?.[1] ?? ""}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => data.optionValue && pick(data.optionValue)}
      >
        {options.map(([v, name]) => (
          <Option key={v} value={v}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  const check = (
    label: string,
    checked: boolean,
    set: (checked: boolean) => void,
    hint?: string,
    warning?: string
  ) => {
    const box = (
      <Checkbox
        className={styles.checkbox}
        label={label}
        checked={checked}
        onChange={(_, data) => set(data.checked === true)}
      />
    );
    if (warning)
      return (
        <Field validationState="warning" validationMessage={warning} size="small">
          {box}
        </Field>
      );
    return hint ? (
      <Field hint={hint} size="small">
        {box}
      </Field>
    ) : (
      box
    );
  };

  return (
    <div className={styles.list}>
      {text("title", s.optionsTitle)}
      {choice(
        s.optionsSheetLanguage,
        draft.language,
        [
          ["en", s.languageEn],
          ["id", s.languageId],
        ],
        (v) => isLanguage(v) && onChange({ language: v })
      )}
      {choice(
        s.optionsScheme,
        draft.scheme,
        [
          ["achievement", s.schemeAchievement],
          ["csi", s.schemeCsi],
        ],
        (v) => isRatingScheme(v) && onChange({ scheme: v })
      )}
      {choice(
        s.optionsMode,
        draft.mode,
        [
          ["formulas", s.modeFormulas],
          ["values", s.modeValues],
        ],
        (v) => onChange({ mode: v === "values" ? "values" : "formulas" })
      )}
      {check(s.optionsClamp, draft.clamp, (clamp) => onChange({ clamp }), s.optionsClampHint)}
      {draft.clamp && (
        <div className={mergeClasses(styles.pair, styles.indent)}>
          {text("floor", s.optionsFloor, true)}
          {text("cap", s.optionsCap, true)}
        </div>
      )}
      {severalEmployees &&
        check(
          s.optionsSheetPerEmployee,
          draft.sheetPerEmployee,
          (sheetPerEmployee) => onChange({ sheetPerEmployee }),
          scorecards > 0 ? s.optionsSheetPerEmployeeHint({ count: scorecards }) : undefined,
          scorecards >= MANY_SHEETS
            ? s.optionsSheetPerEmployeeMany({ count: scorecards })
            : undefined
        )}
      {check(s.optionsGcr, draft.gcr, (gcr) => onChange({ gcr }))}
      {draft.gcr && (
        <div className={styles.indent}>
          {text("gcrMinimum", infoLabel(s, s.optionsGcrMinimum, s.infoGcr), true)}
        </div>
      )}
      {check(
        s.optionsGradeDown,
        draft.gradeDown,
        (gradeDown) => onChange({ gradeDown }),
        s.optionsGradeDownHint
      )}
      {draft.gradeDown && (
        <div className={mergeClasses(styles.pair, styles.indent)}>
          {text("gradeDownThreshold", s.optionsGradeDownThreshold, true)}
          {text("gradeDownPeriods", s.optionsGradeDownPeriods, true)}
        </div>
      )}
      {hasUnits &&
        choice(
          s.optionsRollup,
          draft.rollup,
          [
            ["mean", s.rollupMean],
            ...(hasUnitWeights ? ([["weighted", s.rollupWeighted]] as const) : []),
            ["off", s.rollupOff],
          ],
          (v) => onChange({ rollup: v === "weighted" ? "weighted" : v === "off" ? "off" : "mean" }),
          hasUnitWeights ? undefined : s.rollupWeightedHint
        )}
      <Field label={infoLabel(s, s.optionsCssWeights, s.infoCss)} size="small">
        <div className={styles.triple}>
          {text("cssKpi", s.optionsCssKpi, true)}
          {text("cssAssessment", s.optionsCssAssessment, true)}
          {text("cssDevelopment", s.optionsCssDevelopment, true)}
        </div>
      </Field>
      {check(s.optionsReplace, draft.replace, (replace) => onChange({ replace }))}
    </div>
  );
}
