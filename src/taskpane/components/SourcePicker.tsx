/** Source step: pick a table, named range or the selection; or insert a template. */
import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Option,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Strings, useStrings } from "../i18n";
import { choiceKey, SourcesState } from "../hooks/useSources";
import type { SourceChoice } from "../../scorecard/workbookService";

const useStyles = makeStyles({
  // The button sits beside the dropdown, not beside the hint under it, so the hint can wrap freely.
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  refresh: {
    flexShrink: 0,
    marginTop: `calc(${tokens.lineHeightBase200} + ${tokens.spacingVerticalXXS})`,
  },
  grow: { flexGrow: 1, minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  status: { color: tokens.colorNeutralForeground2 },
});

export interface SourcePickerProps {
  readonly state: SourcesState;
  readonly onRead: (choice: SourceChoice) => void;
  readonly onRefresh: () => void;
  readonly onUseSelection: () => void;
  readonly onInsertTemplate: (kind: "empty" | "example") => void;
}

/** A source's name in the pane's language ("KPIs (tabel)"). */
function choiceLabel(s: Strings, choice: SourceChoice): string {
  if (choice.kind === "selection" || choice.kind === "range") return s.sourceSelection;
  return s.sourceChoice({ kind: choice.kind, name: choice.id });
}

export function SourcePicker({
  state,
  onRead,
  onRefresh,
  onUseSelection,
  onInsertTemplate,
}: SourcePickerProps) {
  const s = useStrings();
  const styles = useStyles();
  const busy = state.status === "loading";
  const selected = state.choices.find((c) => choiceKey(c) === state.selectedKey);
  const onlySelection =
    state.status === "idle" && !state.choices.some((c) => c.kind !== "selection");

  return (
    <>
      <div className={styles.row}>
        <Field className={styles.grow} label={s.sourceLabel} hint={s.sourceHint} size="small">
          <Dropdown
            size="small"
            clearButton={{ "aria-label": s.dropdownClear }}
            className={styles.dropdown}
            placeholder={s.sourcePlaceholder}
            value={selected ? choiceLabel(s, selected) : ""}
            selectedOptions={selected ? [state.selectedKey] : []}
            onOptionSelect={(_, data) => {
              const choice = state.choices.find((c) => choiceKey(c) === data.optionValue);
              if (choice) onRead(choice);
            }}
          >
            {state.choices.map((c) => (
              <Option key={choiceKey(c)} value={choiceKey(c)}>
                {choiceLabel(s, c)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button
          className={styles.refresh}
          size="small"
          onClick={() => !busy && onRefresh()}
          disabledFocusable={busy}
        >
          {s.sourceRefresh}
        </Button>
      </div>
      {/* disabledFocusable, not disabled: a button pressed keeps the focus while the pane reads. */}
      <div className={styles.buttons}>
        <Button onClick={() => !busy && onUseSelection()} disabledFocusable={busy}>
          {s.sourceUseSelection}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton disabledFocusable={busy}>{s.templateInsert}</MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => onInsertTemplate("empty")}>{s.templateEmpty}</MenuItem>
              <MenuItem onClick={() => onInsertTemplate("example")}>{s.templateExample}</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <div role="status" aria-live="polite" className={styles.status}>
        {busy && <Spinner size="tiny" label={s.sourceLoading} />}
        {!busy && state.insertedSheet && (
          <Text block>{s.templateInserted({ sheet: state.insertedSheet })}</Text>
        )}
        {!busy && state.source && (
          <Text block>
            {s.sourceLoaded({ rows: state.source.values.length, label: state.source.label })}
          </Text>
        )}
        {!busy && !state.source && onlySelection && <Text block>{s.sourceNone}</Text>}
      </div>
      {state.status === "error" && state.error !== undefined && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>{s.sourceError({ error: state.error })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
