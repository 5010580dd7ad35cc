/**
 * Advanced mapping: actuals computed from period data. For a KPI row the user
 * gives the numerator (and denominator) ranges; this hook reads them through
 * the service and keeps one `PeriodInput` per data row for `analyseSource`.
 */
import { useCallback, useState } from "react";
import type { PeriodInput } from "../../scorecard/analyse";
import type { PeriodSource, SourceLabel, SourceTable, SourceValue } from "../../scorecard/types";
import { useWorkbookService } from "./WorkbookServiceContext";

export type PeriodsStatus = "idle" | "reading" | "error";

interface PeriodsState {
  /** The source the inputs belong to: they are dropped when another source is read. */
  readonly source?: SourceTable;
  readonly inputs: ReadonlyMap<number, PeriodInput>;
  readonly status: PeriodsStatus;
  /** What the read failed with: rendered in the pane's language when shown. */
  readonly error?: unknown;
}

const EMPTY: ReadonlyMap<number, PeriodInput> = new Map();

/** The same source read again (its label: kind, name and address). */
const sameLabel = (a: SourceLabel | undefined, b: SourceLabel | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** A range read as one row or one column, flattened in reading order. */
export function flatten(values: readonly (readonly SourceValue[])[]): SourceValue[] {
  return values.reduce<SourceValue[]>((all, row) => all.concat(row), []);
}

export function usePeriodSources(source: SourceTable | undefined) {
  const service = useWorkbookService();
  const [state, setState] = useState<PeriodsState>({ inputs: EMPTY, status: "idle" });
  let current = state;
  if (state.source !== source && !sameLabel(state.source?.label, source?.label)) {
    current = { source, inputs: EMPTY, status: "idle" };
    setState(current);
  }
  const apply = useCallback(
    async (row: number, periods: PeriodSource) => {
      setState((s) => ({ ...s, status: "reading", error: undefined }));
      try {
        const numerators = flatten(await service.readValues(periods.numerator));
        const denominators = periods.denominator
          ? flatten(await service.readValues(periods.denominator))
          : undefined;
        setState((s) => {
          const inputs = new Map(s.inputs);
          inputs.set(row, { source: periods, numerators, denominators });
          return { ...s, inputs, status: "idle" };
        });
      } catch (error) {
        setState((s) => ({ ...s, status: "error", error }));
      }
    },
    [service]
  );

  const remove = useCallback((row: number) => {
    setState((s) => {
      const inputs = new Map(s.inputs);
      inputs.delete(row);
      return { ...s, inputs };
    });
  }, []);

  return {
    inputs: current.inputs,
    status: current.status,
    error: current.error,
    apply,
    remove,
  };
}
