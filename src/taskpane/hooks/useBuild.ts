/**
 * Build step: plans the sheets, asks before replacing existing ones, writes
 * them through the service and reports progress, success or the error.
 */
import { useCallback, useRef, useState } from "react";
import { buildPlans } from "../../scorecard/buildPlans";
import type { SheetPlan } from "../../scorecard/plan";
import type { BuildOptions, KpiTable } from "../../scorecard/types";
import type { BuildProgress, BuildResult } from "../../scorecard/workbookService";
import { useWorkbookService } from "./WorkbookServiceContext";

export type BuildPhase = "idle" | "preparing" | "confirming" | "running" | "success" | "error";

export interface BuildState {
  readonly phase: BuildPhase;
  readonly progress?: BuildProgress;
  readonly result?: BuildResult;
  /** What the build failed with (a code and its parameters): rendered in the pane's language when shown. */
  readonly error?: unknown;
  /** Existing sheets the build would replace, while the user is asked. */
  readonly toReplace?: readonly string[];
}

interface Pending {
  readonly plans: readonly SheetPlan[];
  readonly replace: readonly string[];
}

const lower = (name: string) => name.toLowerCase();

/**
 * The plans and the existing sheets they replace. Without `replace`, plans get
 * fresh names; with it, a plan keeps its name and the sheet of that name is
 * replaced, except the sheet holding the data, which is never replaced.
 */
export function planBuild(
  table: KpiTable,
  options: BuildOptions,
  existing: readonly string[],
  replace: boolean
): Pending {
  if (!replace) return { plans: buildPlans(table, options, existing), replace: [] };
  const plans = buildPlans(table, options, [table.source.sheetName]);
  const taken = new Set(existing.map(lower));
  return { plans, replace: plans.map((p) => p.name).filter((name) => taken.has(lower(name))) };
}

export function useBuild() {
  const service = useWorkbookService();
  const [state, setState] = useState<BuildState>({ phase: "idle" });
  const pending = useRef<Pending | undefined>(undefined);

  const run = useCallback(
    async ({ plans, replace }: Pending) => {
      pending.current = undefined;
      setState({ phase: "running", progress: { done: 0, total: plans.length } });
      try {
        const result = await service.build(plans, replace, (progress) =>
          setState((s) => (s.phase === "running" ? { ...s, progress } : s))
        );
        setState({ phase: "success", result });
      } catch (error) {
        setState({ phase: "error", error });
      }
    },
    [service]
  );

  /** Plans the build; asks first when existing sheets would be replaced. */
  const start = useCallback(
    async (table: KpiTable, options: BuildOptions, replace: boolean) => {
      setState({ phase: "preparing" });
      try {
        const planned = planBuild(table, options, await service.sheetNames(), replace);
        if (planned.replace.length > 0) {
          pending.current = planned;
          setState({ phase: "confirming", toReplace: planned.replace });
          return;
        }
        await run(planned);
      } catch (error) {
        setState({ phase: "error", error });
      }
    },
    [service, run]
  );

  const confirm = useCallback(async () => {
    if (pending.current) await run(pending.current);
  }, [run]);

  const cancel = useCallback(() => {
    pending.current = undefined;
    setState({ phase: "idle" });
  }, []);

  const dismiss = useCallback(() => setState({ phase: "idle" }), []);

  return {
    ...state,
    busy: state.phase === "preparing" || state.phase === "running",
    start,
    confirm,
    cancel,
    dismiss,
  };
}
