/**
 * Mapping step: which source column holds each field. Pre-filled by
 * `matchColumns` whenever the source's headers change; the user corrects it.
 */
import { useCallback, useState } from "react";
import { matchColumns } from "../../scorecard/headers";
import type { ColumnKey, ColumnMapping, SourceTable } from "../../scorecard/types";

interface MappingState {
  readonly headers?: readonly string[];
  readonly mapping: ColumnMapping;
}

function sameHeaders(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((h, i) => h === b[i]);
}

export function useMapping(source: SourceTable | undefined) {
  const [state, setState] = useState<MappingState>({ mapping: {} });
  let current = state;
  if (!sameHeaders(state.headers, source?.headers)) {
    // Derived state: reset during render so no render sees a mapping of other headers.
    current = { headers: source?.headers, mapping: source ? matchColumns(source.headers) : {} };
    setState(current);
  }

  const setColumn = useCallback((key: ColumnKey, column: number | undefined) => {
    setState((s) => {
      const mapping: Record<string, number> = { ...s.mapping };
      if (column === undefined) delete mapping[key];
      else mapping[key] = column;
      return { ...s, mapping };
    });
  }, []);

  const rematch = useCallback(() => {
    setState((s) => ({ ...s, mapping: s.headers ? matchColumns(s.headers) : {} }));
  }, []);

  return { mapping: current.mapping, setColumn, rematch };
}
