/** Problems of the mapped data, errors first, each with a link to its cell. */
import {
  Badge,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Problem } from "../../scorecard/types";
import { problemMessage } from "../../scorecard/messages";
import { useNumbers } from "../i18n/numbers";
import type { SelectFailure } from "../hooks/useSelectCell";
import { format, useLanguage, useStrings } from "../i18n";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  badge: { flexShrink: 0 },
});

export interface ProblemsListProps {
  readonly problems: readonly Problem[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly onSelect: (address: string) => void;
  readonly selectFailure?: SelectFailure;
}

export function ProblemsList({
  problems,
  errorCount,
  warningCount,
  onSelect,
  selectFailure,
}: ProblemsListProps) {
  const s = useStrings();
  const [language] = useLanguage();
  const numbers = useNumbers();
  const styles = useStyles();
  return (
    <>
      <Text block role="status" aria-live="polite">
        {problems.length === 0
          ? s.problemsNone
          : format(s.problemsSummary, {
              errors: errorCount,
              errorWord: s.problemsErrorWords[errorCount === 1 ? 0 : 1],
              warnings: warningCount,
              warningWord: s.problemsWarningWords[warningCount === 1 ? 0 : 1],
            })}
      </Text>
      {problems.length > 0 && (
        <ul className={styles.list}>
          {problems.map((p, i) => (
            <li key={`${p.code}-${p.address ?? ""}-${i}`} className={styles.item}>
              <Badge
                className={styles.badge}
                appearance="tint"
                color={p.severity === "error" ? "danger" : "warning"}
                size="small"
              >
                {p.severity === "error" ? s.problemError : s.problemWarning}
              </Badge>
              <Text>
                {problemMessage(p, language, numbers)}{" "}
                {p.address && (
                  <Link
                    as="button"
                    aria-label={format(s.problemSelect, { address: p.address })}
                    onClick={() => onSelect(p.address as string)}
                  >
                    {p.address}
                  </Link>
                )}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {selectFailure && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {format(s.problemSelectError, {
              address: selectFailure.address,
              message: selectFailure.message,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
