/**
 * Writes sheet plans as new sheets, all or nothing: nothing the user typed is
 * changed, and if any step fails every sheet and name this build created is
 * removed before the error reaches the pane. Replacing a sheet (confirmed by
 * the user) writes the new one under a temporary name first and swaps only
 * when everything else has been written.
 */
import type { SheetPlan } from "../scorecard/plan";
import type { BuildProgress, BuildResult } from "../taskpane/services/workbookService";
import { DEFAULT_SYNC_BUDGET_BYTES, chunkRows } from "./chunks";
import { describeError, runExcel } from "./excelRun";
import { SyncBatcher } from "./syncBatcher";
import { Taken, writeSheet } from "./writeSheet";

export class BuildError extends Error {}

function temporaryName(name: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const candidate = `~bsc${i} ${name}`.slice(0, 31);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function countChunks(plans: readonly SheetPlan[], budget: number): number {
  return plans.reduce(
    (n, p) => n + 1 + p.blocks.reduce((m, b) => m + chunkRows(b.cells, budget).length, 0),
    0
  );
}

export async function writePlans(
  plans: readonly SheetPlan[],
  replace: readonly string[] = [],
  onProgress?: (p: BuildProgress) => void,
  budget: number = DEFAULT_SYNC_BUDGET_BYTES
): Promise<BuildResult> {
  const created: string[] = [];
  const addedNames: string[] = [];
  let syncs = 0;
  const total = countChunks(plans, budget);
  let done = 0;
  const progress = () => onProgress?.({ done: Math.min(done, total), total });
  try {
    return await runExcel(async (context) => {
      const batcher = new SyncBatcher(context, budget, progress);
      const worksheets = context.workbook.worksheets.load("items/name");
      const names = context.workbook.names.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      await batcher.sync();
      const sheetNames = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
      const taken: Taken = {
        names: new Set(names.items.map((n) => n.name.toLowerCase())),
        tables: new Set(tables.items.map((t) => t.name.toLowerCase())),
      };
      const replacing = new Set(replace.map((n) => n.toLowerCase()));
      const swaps: { temporary: string; final: string }[] = [];
      for (const plan of plans) {
        let target = plan.name;
        if (sheetNames.has(plan.name.toLowerCase())) {
          if (!replacing.has(plan.name.toLowerCase()))
            throw new BuildError(`A sheet named "${plan.name}" already exists.`);
          target = temporaryName(plan.name, sheetNames);
          swaps.push({ temporary: target, final: plan.name });
        }
        sheetNames.add(target.toLowerCase());
        const sheet = context.workbook.worksheets.add(target);
        created.push(target);
        const added = await writeSheet(context, batcher, sheet, plan, taken, () => done++);
        addedNames.push(...added);
        done++;
      }
      for (const swap of swaps) {
        context.workbook.worksheets.getItem(swap.final).delete();
        context.workbook.worksheets.getItem(swap.temporary).name = swap.final;
      }
      const first = plans[0]?.name;
      if (first)
        context.workbook.worksheets
          .getItem(swaps.find((s) => s.final === first)?.final ?? first)
          .activate();
      await batcher.sync();
      syncs = batcher.syncs;
      progress();
      return { sheets: plans.map((p) => p.name), activated: first ?? "", syncs };
    });
  } catch (error) {
    const rollback = await removeCreated(created, addedNames);
    const reason = error instanceof BuildError ? error.message : describeError(error);
    throw new BuildError(
      rollback
        ? `The scorecard could not be written: ${reason} Nothing in your workbook was changed.`
        : `The scorecard could not be written: ${reason} Some new sheets could not be removed (${created.join(", ")}); delete them by hand.`
    );
  }
}

/** Deletes the sheets and names a failed build created; true when that worked. */
async function removeCreated(
  sheets: readonly string[],
  names: readonly string[]
): Promise<boolean> {
  if (sheets.length === 0 && names.length === 0) return true;
  try {
    await runExcel(async (context) => {
      for (const name of names) context.workbook.names.getItemOrNullObject(name).delete();
      for (const sheet of sheets) context.workbook.worksheets.getItemOrNullObject(sheet).delete();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
