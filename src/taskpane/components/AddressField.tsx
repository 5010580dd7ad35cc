/** A range address typed by the user, or taken from the workbook's selection. */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  // Fluent's Field is a grid: its column may shrink below the row's content.
  field: { gridTemplateColumns: "minmax(0, 1fr)", minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, minWidth: 0 },
  input: { flexGrow: 1, minWidth: 0 },
  // The button keeps its one line; the address box gives way in a narrow pane.
  button: { flexShrink: 0, whiteSpace: "nowrap", minWidth: "auto" },
});

export interface AddressFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly readSelectionAddress: () => Promise<string>;
  readonly required?: boolean;
}

export function AddressField({
  label,
  value,
  onChange,
  readSelectionAddress,
  required,
}: AddressFieldProps) {
  const s = useStrings();
  const styles = useStyles();
  // What the read failed with (rendered in the pane's language when shown).
  const [failure, setFailure] = useState<{ error: unknown } | undefined>(undefined);
  const useSelection = async () => {
    setFailure(undefined);
    try {
      onChange(await readSelectionAddress());
    } catch (error) {
      setFailure({ error });
    }
  };
  return (
    <Field
      className={styles.field}
      label={label}
      required={required}
      hint={s.periodsAddressHint}
      validationState={failure ? "error" : "none"}
      validationMessage={failure ? s.periodsReadError({ error: failure.error }) : undefined}
    >
      <div className={styles.row}>
        <Input
          className={styles.input}
          value={value}
          onChange={(_, data) => onChange(data.value)}
        />
        <Button
          className={styles.button}
          aria-label={s.periodsUseSelectionFor({ field: label })}
          onClick={useSelection}
        >
          {s.periodsUseSelection}
        </Button>
      </div>
    </Field>
  );
}
