/**
 * The pane's footer, always in view: the overall result of the preview, the
 * Build button (it says why when the build cannot run), the build's progress
 * and outcome, and the confirmation before replacing sheets.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { RefObject, useId } from "react";
import type { ScorecardPreview } from "../../scorecard/types";
import { formatFixed } from "../../scorecard/numberText";
import type { useBuild } from "../hooks/useBuild";
import { useStrings } from "../i18n";
import { useNumbers } from "../i18n/numbers";
import { BuildButton } from "./BuildButton";
import { BuildStatus } from "./BuildStatus";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { RatingBadge } from "./RatingBadge";

const useStyles = makeStyles({
  footer: {
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    maxHeight: "50%",
    overflowY: "auto",
  },
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  overall: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  score: { fontVariantNumeric: "tabular-nums" },
  // Build keeps its one line; the result beside it wraps first.
  build: { flexShrink: 0, whiteSpace: "nowrap" },
});

export interface BuildFooterProps {
  readonly build: ReturnType<typeof useBuild>;
  readonly preview?: ScorecardPreview;
  readonly blockedReason?: string;
  readonly buttonRef?: RefObject<HTMLButtonElement>;
  readonly onBuild: () => void;
}

export function BuildFooter({
  build,
  preview,
  blockedReason,
  buttonRef,
  onBuild,
}: BuildFooterProps) {
  const s = useStrings();
  const numbers = useNumbers();
  const styles = useStyles();
  const employees = preview?.employees ?? [];
  const reasonId = useId();
  const one = employees.length === 1 ? employees[0] : undefined;
  return (
    <footer className={styles.footer} aria-label={s.buildHeading}>
      <BuildStatus
        phase={build.phase}
        progress={build.progress}
        result={build.result}
        replaced={build.replaced}
        error={build.error}
        onDismiss={build.dismiss}
      />
      <div className={styles.row}>
        <div className={styles.overall} data-testid="footer-overall">
          {one && (
            <>
              <Text size={200}>{s.previewOverall}</Text>
              <Text weight="semibold" size={400} className={styles.score}>
                {formatFixed(one.overall, numbers)}
              </Text>
              <RatingBadge rating={one.rating} band={one.band} />
            </>
          )}
          {employees.length > 1 && (
            <Text size={200}>{s.footerEmployees({ count: employees.length })}</Text>
          )}
        </div>
        <BuildButton
          ref={buttonRef}
          className={styles.build}
          label={s.buildButton}
          blockedReason={blockedReason}
          reasonId={reasonId}
          busy={build.busy}
          onBuild={onBuild}
        />
      </div>
      {blockedReason && (
        <Text id={reasonId} size={200}>
          {blockedReason}
        </Text>
      )}
      <ConfirmReplaceDialog
        sheets={build.phase === "confirming" ? build.toReplace : undefined}
        onConfirm={() => void build.confirm()}
        onCancel={build.cancel}
      />
    </footer>
  );
}
