/** Selects a problem's cell in the workbook; remembers the last failure to show it. */
import { useCallback, useState } from "react";
import { useWorkbookService } from "./WorkbookServiceContext";

export interface SelectFailure {
  readonly address: string;
  /** What the selection failed with: rendered in the pane's language when shown. */
  readonly error: unknown;
}

export function useSelectCell() {
  const service = useWorkbookService();
  const [failure, setFailure] = useState<SelectFailure | undefined>(undefined);
  const select = useCallback(
    async (address: string) => {
      setFailure(undefined);
      try {
        await service.select(address);
      } catch (error) {
        setFailure({ address, error });
      }
    },
    [service]
  );
  return { select, failure };
}
