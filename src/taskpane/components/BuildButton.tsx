/**
 * The Build button. When the build cannot run it stays focusable (so keyboard
 * and screen-reader users reach it) and is described by the reason, which the
 * footer shows under it (`reasonId`).
 */
import { Button } from "@fluentui/react-components";
import { forwardRef } from "react";

export interface BuildButtonProps {
  readonly label: string;
  readonly className?: string;
  /** Why the build cannot run; undefined when it can. */
  readonly blockedReason?: string;
  /** Id of the element that shows the reason. */
  readonly reasonId?: string;
  readonly busy: boolean;
  readonly onBuild: () => void;
}

export const BuildButton = forwardRef<HTMLButtonElement, BuildButtonProps>(function BuildButton(
  { label, className, blockedReason, reasonId, busy, onBuild },
  ref
) {
  const blocked = blockedReason !== undefined || busy;
  return (
    <Button
      ref={ref}
      className={className}
      appearance="primary"
      disabledFocusable={blocked}
      aria-describedby={blockedReason ? reasonId : undefined}
      onClick={() => {
        if (!blocked) onBuild();
      }}
    >
      {label}
    </Button>
  );
});
