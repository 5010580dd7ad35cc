/** Asks before existing sheets are replaced by the build. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useStrings } from "../i18n";

export interface ConfirmReplaceDialogProps {
  /** Sheets to replace; the dialog is open while defined. */
  readonly sheets?: readonly string[];
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ConfirmReplaceDialog({ sheets, onConfirm, onCancel }: ConfirmReplaceDialogProps) {
  const s = useStrings();
  return (
    <Dialog
      open={sheets !== undefined}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.confirmTitle}</DialogTitle>
          <DialogContent>{s.confirmBody({ sheets: sheets ?? [] })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {s.confirmReplace}
            </Button>
            <Button onClick={onCancel}>{s.confirmCancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
