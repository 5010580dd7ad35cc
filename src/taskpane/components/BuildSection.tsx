/** Build step: the button, the confirmation before replacing sheets, and the outcome. */
import type { useBuild } from "../hooks/useBuild";
import { useStrings } from "../i18n";
import { BuildButton } from "./BuildButton";
import { BuildStatus } from "./BuildStatus";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";

export interface BuildSectionProps {
  readonly build: ReturnType<typeof useBuild>;
  readonly blockedReason?: string;
  readonly onBuild: () => void;
}

export function BuildSection({ build, blockedReason, onBuild }: BuildSectionProps) {
  const s = useStrings();
  return (
    <>
      <BuildButton
        label={s.buildButton}
        blockedReason={blockedReason}
        busy={build.busy}
        onBuild={onBuild}
      />
      <BuildStatus
        phase={build.phase}
        progress={build.progress}
        result={build.result}
        error={build.error}
        onDismiss={build.dismiss}
      />
      <ConfirmReplaceDialog
        sheets={build.phase === "confirming" ? build.toReplace : undefined}
        onConfirm={() => void build.confirm()}
        onCancel={build.cancel}
      />
    </>
  );
}
