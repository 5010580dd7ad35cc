/** Mapping step: one dropdown of the source's headers per field, required ones marked. */
import {
  Button,
  Dropdown,
  Field,
  InfoLabel,
  LabelProps,
  makeStyles,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import { COLUMN_KEYS, ColumnKey, ColumnMapping, REQUIRED_COLUMNS } from "../../scorecard/types";
import { columnLetter } from "../../scorecard/a1";
import { Strings, useStrings } from "../i18n";

/** Fields whose name is a domain term, with its explanation. */
const INFO: Partial<Record<ColumnKey, "infoValueAt50" | "infoValueAt100">> = {
  valueAt50: "infoValueAt50",
  valueAt100: "infoValueAt100",
};

/** A field's label: its name, with an InfoLabel where the name is a domain term. */
function fieldLabel(s: Strings, key: ColumnKey) {
  const name = s.column({ key });
  const info = INFO[key];
  if (!info) return name;
  return {
    children: (_: unknown, slot: LabelProps) => (
      <InfoLabel {...slot} info={s[info]} infoButton={{ "aria-label": s.moreInfo }}>
        {name}
      </InfoLabel>
    ),
  };
}

const NOT_MAPPED = "";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(128px, 1fr))",
    gap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalM,
  },
  dropdown: { minWidth: 0, width: "100%" },
  reset: { alignSelf: "flex-start" },
});

export interface ColumnMapperProps {
  readonly headers: readonly string[];
  /** 0-based sheet column of the first header, to name untitled columns by letter. */
  readonly left: number;
  readonly mapping: ColumnMapping;
  readonly onChange: (key: ColumnKey, column: number | undefined) => void;
  readonly onRematch: () => void;
}

export function ColumnMapper({ headers, left, mapping, onChange, onRematch }: ColumnMapperProps) {
  const s = useStrings();
  const styles = useStyles();
  const headerText = (i: number) => headers[i]?.trim() || columnLetter(left + i);

  return (
    <>
      <Text block size={200}>
        {s.mappingIntro}
      </Text>
      <div className={styles.grid}>
        {COLUMN_KEYS.map((key) => {
          const column = mapping[key];
          const value = column === undefined ? NOT_MAPPED : String(column);
          return (
            <Field
              key={key}
              size="small"
              label={fieldLabel(s, key)}
              required={REQUIRED_COLUMNS.includes(key)}
            >
              <Dropdown
                size="small"
                clearButton={{ "aria-label": s.dropdownClear }}
                className={styles.dropdown}
                value={column === undefined ? s.mappingNotMapped : headerText(column)}
                selectedOptions={[value]}
                onOptionSelect={(_, data) =>
                  onChange(key, data.optionValue ? Number(data.optionValue) : undefined)
                }
              >
                <Option value={NOT_MAPPED}>{s.mappingNotMapped}</Option>
                {headers.map((_, i) => (
                  <Option key={i} value={String(i)}>
                    {headerText(i)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
      </div>
      <Button className={styles.reset} appearance="subtle" size="small" onClick={onRematch}>
        {s.mappingReset}
      </Button>
    </>
  );
}
