/**
 * Build progress and outcome. The outcome takes the focus when it appears, so
 * keyboard and screen-reader users land on it after pressing Build.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { BuildPhase } from "../hooks/useBuild";
import type { BuildProgress, BuildResult } from "../../scorecard/workbookService";
import { useStrings } from "../i18n";

export interface BuildStatusProps {
  readonly phase: BuildPhase;
  readonly progress?: BuildProgress;
  readonly result?: BuildResult;
  /** Sheets the build replaced; the result's other sheets it created. */
  readonly replaced?: readonly string[];
  /** What the build failed with: rendered in the pane's language. */
  readonly error?: unknown;
  readonly onDismiss: () => void;
}

export function BuildStatus({
  phase,
  progress,
  result,
  replaced = [],
  error,
  onDismiss,
}: BuildStatusProps) {
  const s = useStrings();
  const outcome = useRef<HTMLDivElement>(null);
  const done = phase === "success" || phase === "error";
  // Sheet names are the same whatever their case (Excel's rule).
  const isReplaced = (name: string) => replaced.some((r) => r.toLowerCase() === name.toLowerCase());

  useEffect(() => {
    if (done) outcome.current?.focus();
  }, [done, phase]);

  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {s.buildDismiss}
        </Button>
      }
    />
  );

  // Fluent announces a MessageBar when it appears; the progress has its own live region.
  return (
    <>
      <div role="status" aria-live="polite">
        {(phase === "running" || phase === "preparing") && (
          <Field
            label={s.buildRunning}
            validationState="none"
            validationMessage={
              progress && progress.total > 0
                ? s.buildProgress({ done: progress.done, total: progress.total })
                : undefined
            }
          >
            <ProgressBar
              value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
              thickness="large"
            />
          </Field>
        )}
      </div>
      {phase === "success" && result && (
        <MessageBar intent="success" ref={outcome} tabIndex={-1} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.buildSuccessTitle}</MessageBarTitle>
            {s.buildSuccess({
              created: result.sheets.filter((n) => !isReplaced(n)),
              replaced: result.sheets.filter(isReplaced),
            })}
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      )}
      {phase === "error" && (
        <MessageBar intent="error" ref={outcome} tabIndex={-1} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.buildErrorTitle}</MessageBarTitle>
            {s.buildError({ error })}
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      )}
    </>
  );
}
