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
import { renderProblem } from "../../scorecard/messages";
import type { SelectFailure } from "../hooks/useSelectCell";
import { useFormat, useStrings } from "../i18n";

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
  const f = useFormat();
  const styles = useStyles();
  return (
    <>
      <Text block role="status" aria-live="polite">
        {problems.length === 0
          ? s.problemsNone
          : s.problemsSummary({ errors: errorCount, warnings: warningCount })}
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
                {renderProblem(p, f)}{" "}
                {p.address && (
                  <Link
                    as="button"
                    aria-label={s.problemSelect({ address: p.address })}
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
            {s.problemSelectError({
              address: selectFailure.address,
              error: selectFailure.error,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
