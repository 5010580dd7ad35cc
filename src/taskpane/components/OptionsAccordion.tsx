/**
 * The options, collapsed behind their defaults: the header says what the
 * sheet will be (its title and language); the settings list opens under it.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import { AccordionPanel } from "./AccordionPanel";
import { useFlushStyles } from "./flush";
import { useStrings } from "../i18n";
import { BuildOptionsForm, BuildOptionsFormProps } from "./BuildOptionsForm";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  summary: { color: tokens.colorNeutralForeground3 },
  panel: { paddingBlockEnd: tokens.spacingVerticalS },
});

export function OptionsAccordion(props: BuildOptionsFormProps) {
  const s = useStrings();
  const flush = useFlushStyles();
  const styles = useStyles();
  const invalid = Object.keys(props.errors).length > 0;
  return (
    <Accordion collapsible defaultOpenItems={invalid ? ["options"] : []}>
      <AccordionItem value="options">
        <AccordionHeader as="h2" expandIconPosition="end" button={{ className: flush.button }}>
          <span className={styles.header}>
            <Text weight="semibold">{s.optionsHeading}</Text>
            <Text size={200} className={styles.summary}>
              {s.optionsSummary({ title: props.draft.title, language: props.draft.language })}
            </Text>
          </span>
        </AccordionHeader>
        <AccordionPanel className={mergeClasses(styles.panel, flush.panel)}>
          <BuildOptionsForm {...props} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
