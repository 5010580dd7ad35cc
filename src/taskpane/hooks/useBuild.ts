/**
 * Build step: plans the sheets against the workbook's names (planBuild), asks
 * before replacing existing ones, writes them through the service and reports
 * progress, success or the error.
 */
import { useCallback, useRef, useState } from "react";
import { PlannedBuild, planBuild } from "../../scorecard/buildPlans";
import type { BuildOptions, KpiTable } from "../../scorecard/types";
import type { BuildProgress, BuildResult } from "../../scorecard/workbookService";
import { useWorkbookService } from "./WorkbookServiceContext";

export type BuildPhase = "idle" | "preparing" | "confirming" | "running" | "success" | "error";

export interface BuildState {
  readonly phase: BuildPhase;
  readonly progress?: BuildProgress;
  readonly result?: BuildResult;
  /** Sheets the last build replaced (the user confirmed); the others it created. */
  readonly replaced?: readonly string[];
  /** What the build failed with (a code and its parameters): rendered in the pane's language when shown. */
  readonly error?: unknown;
  /** Existing sheets the build would replace, while the user is asked. */
  readonly toReplace?: readonly string[];
}

export function useBuild() {
  const service = useWorkbookService();
  const [state, setState] = useState<BuildState>({ phase: "idle" });
  const pending = useRef<PlannedBuild | undefined>(undefined);

  const run = useCallback(
    async ({ plans, replace }: PlannedBuild) => {
      const replaced = replace;
      pending.current = undefined;
      setState({ phase: "running", progress: { done: 0, total: plans.length } });
      try {
        const result = await service.build(plans, replace, (progress) =>
          setState((s) => (s.phase === "running" ? { ...s, progress } : s))
        );
        setState({ phase: "success", result, replaced });
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
        const planned = planBuild(table, options, await service.workbookNames(), replace);
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
