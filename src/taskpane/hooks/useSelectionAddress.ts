/**
 * The address of the workbook's current selection, for address fields: read
 * as a source (its header row is simply the first row of the range).
 */
import { useCallback } from "react";
import { qualified, rangeA1 } from "../../scorecard/a1";
import { SELECTION_CHOICE } from "./useSources";
import { useWorkbookService } from "./WorkbookServiceContext";

export function useSelectionAddress() {
  const service = useWorkbookService();
  return useCallback(async (): Promise<string> => {
    const range = await service.readSource(SELECTION_CHOICE);
    const columns = Math.max(range.headers.length, 1);
    return qualified(
      range.sheetName,
      rangeA1(range.top, range.left, range.values.length + 1, columns)
    );
  }, [service]);
}
