/**
 * The Build button. When the build cannot run it stays focusable (so keyboard
 * and screen-reader users reach it) and says why.
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    alignItems: "flex-start",
  },
  reason: { color: tokens.colorNeutralForeground3 },
});

export interface BuildButtonProps {
  readonly label: string;
  /** Why the build cannot run; undefined when it can. */
  readonly blockedReason?: string;
  readonly busy: boolean;
  readonly onBuild: () => void;
}

export function BuildButton({ label, blockedReason, busy, onBuild }: BuildButtonProps) {
  const styles = useStyles();
  const reasonId = useId();
  const blocked = blockedReason !== undefined || busy;
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        size="large"
        disabledFocusable={blocked}
        aria-describedby={blockedReason ? reasonId : undefined}
        onClick={() => {
          if (!blocked) onBuild();
        }}
      >
        {label}
      </Button>
      {blockedReason && (
        <Text id={reasonId} className={styles.reason}>
          {blockedReason}
        </Text>
      )}
    </div>
  );
}
