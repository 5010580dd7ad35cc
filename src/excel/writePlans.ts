/* global Excel */
/**
 * Writes sheet plans as new sheets, all or nothing: nothing the user typed is
 * changed, and if any request fails the workbook is put back as it was before
 * the error reaches the pane.
 *
 * The requests of a build:
 * 1. Read the workbook: sheets (name, id), names (name, formula), tables, the
 *    active sheet. A plan whose sheet exists and was not confirmed for
 *    replacing stops the build here, before anything changed.
 * 2. Prepare, first in the next request. Each sheet being replaced is renamed to a
 *    temporary name ("~bsc1 Balanced Scorecard Details"): Excel rewrites
 *    every reference to a renamed sheet, so the old summary keeps reading the
 *    old details and nothing stops computing. Its tables whose names the new
 *    plans use get temporary names too (table names and defined names share
 *    one namespace). Then every new sheet is added under its final name, so
 *    that no formula is ever written naming a sheet that does not exist yet
 *    (Excel binds a reference to a sheet, not to a name: a reference written
 *    before its sheet exists is not guaranteed to find it later).
 * 3. Write each plan (chunked syncs). A name a plan defines that already
 *    exists and refers to a sheet being replaced (the previous build's
 *    BSC_Overall_...) is kept, not added again under another name.
 * 4. Commit, in one request: the kept names are pointed at the new sheets
 *    (NamedItem.formula), the renamed old sheets are deleted, the first new
 *    sheet is activated.
 *
 * Failure before the commit: every sheet the build added is deleted (every
 * sheet whose id was not there before), the old sheets and tables get their
 * names back (references follow them back), names the build added are
 * deleted, kept names get back their formula, the sheet that was active is
 * activated again. The commit deletes sheets, which cannot be undone: when
 * the commit request failed after Excel ran it (its answer lost) or ran part
 * of it, an old sheet is already gone, so the build goes forward instead
 * (finishes the commit) and reports success.
 *
 * What a rebuild does to the user's own formulas elsewhere in the workbook:
 * - A formula that refers to a replaced sheet directly ('Balanced Scorecard'!I13)
 *   follows the old sheet to its temporary name and shows #REF! once it is
 *   deleted: it becomes `=#REF!I13` for good, as whenever a sheet is deleted
 *   in Excel. It does not move to the new sheet.
 * - A formula that uses a name the build defines (=BSC_Overall_Balanced_Scorecard)
 *   keeps computing: the name is kept and pointed at the new sheet.
 * - A name the user defined on a replaced sheet, and a structured reference to
 *   one of its tables, become #REF! like a direct reference.
 */
import { SheetPlan, blockFirstRow } from "../scorecard/plan";
import type { BuildProgress, BuildResult } from "../scorecard/workbookService";
import { DEFAULT_SYNC_BUDGET_BYTES, chunkRows } from "./chunks";
import { reasonOf, runExcel, runIdempotent } from "./excelRun";
import { WorkbookError } from "./messages";
import { sheetOfName } from "./readSource";
import { SyncBatcher } from "./syncBatcher";
import { NamePointer, writeSheet } from "./writeSheet";

/** A build that failed: a code of src/excel's catalogue (messages.ts) and its parameters. */
export class BuildError extends WorkbookError {}

const lower = (name: string) => name.toLowerCase();

function temporaryName(name: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const candidate = `~bsc${i} ${name}`.slice(0, 31).trimEnd();
    if (!taken.has(lower(candidate))) {
      taken.add(lower(candidate));
      return candidate;
    }
  }
}

/** A valid, unused table name for an old table while its sheet is replaced. */
function temporaryTableName(name: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const candidate = `bsc_old${i}_${name}`.slice(0, 255);
    if (!taken.has(lower(candidate))) {
      taken.add(lower(candidate));
      return candidate;
    }
  }
}

function countChunks(plans: readonly SheetPlan[], budget: number): number {
  return plans.reduce(
    (n, p) =>
      n + 1 + p.blocks.reduce((m, b) => m + chunkRows(b.cells, budget, blockFirstRow(b)).length, 0),
    0
  );
}

/** What a build changed so far: enough to undo it, or to finish its commit. */
interface BuildState {
  /** Sheets (id, name) and the active sheet's id before the build. */
  before?: { readonly ids: ReadonlySet<string>; readonly active: string };
  /** The prepare request was sent: the workbook may have changed from here on. */
  prepared: boolean;
  /** Old sheets being replaced: id, name, temporary name. */
  readonly swaps: { id: string; name: string; temporary: string }[];
  /** Old tables renamed while their sheets are replaced. */
  readonly tables: { name: string; temporary: string }[];
  /** Existing names the plans define again: kept, with their formula before the build. */
  readonly kept: { name: string; formula: string }[];
  /** Where the commit points the kept names. */
  readonly pointers: NamePointer[];
  /** Names the build added (queued). */
  readonly added: string[];
}

const freshState = (): BuildState => ({
  prepared: false,
  swaps: [],
  tables: [],
  kept: [],
  pointers: [],
  added: [],
});

export async function writePlans(
  plans: readonly SheetPlan[],
  replace: readonly string[] = [],
  onProgress?: (p: BuildProgress) => void,
  budget: number = DEFAULT_SYNC_BUDGET_BYTES
): Promise<BuildResult> {
  const state = freshState();
  let syncs = 0;
  const total = countChunks(plans, budget);
  let done = 0;
  const progress = () => onProgress?.({ done: Math.min(done, total), total });
  const first = plans[0]?.name ?? "";
  const result = (): BuildResult => ({ sheets: plans.map((p) => p.name), activated: first, syncs });
  try {
    return await runExcel(async (context) => {
      // runExcel never runs a batch twice (src/excel/excelRun.ts): a build meets only its own state.
      const batcher = new SyncBatcher(context, budget, progress);
      const worksheets = context.workbook.worksheets.load("items/name, items/id");
      const names = context.workbook.names.load("items/name, items/formula");
      const tables = context.workbook.tables.load("items/name, items/worksheet/name");
      const active = context.workbook.worksheets.getActiveWorksheet().load("id");
      await batcher.sync();
      state.before = { ids: new Set(worksheets.items.map((s) => s.id)), active: active.id };

      const existing = new Map(worksheets.items.map((s) => [lower(s.name), s]));
      const replacing = new Set(replace.map(lower));
      for (const plan of plans) {
        if (existing.has(lower(plan.name)) && !replacing.has(lower(plan.name)))
          throw new BuildError("sheetExists", { sheet: plan.name });
      }
      const replaced = plans.flatMap((p) => existing.get(lower(p.name)) ?? []);
      const replacedNames = new Set(replaced.map((s) => lower(s.name)));
      const sheetNames = new Set([...existing.keys(), ...plans.map((p) => lower(p.name))]);
      // Defined names and table names: one namespace in Excel.
      const taken = new Set([...names.items, ...tables.items].map((n) => lower(n.name)));

      const defined = new Set(plans.flatMap((p) => p.names.map((n) => lower(n.name))));
      for (const n of names.items) {
        const sheet = sheetOfName(n.formula);
        if (defined.has(lower(n.name)) && sheet !== undefined && replacedNames.has(lower(sheet)))
          state.kept.push({ name: n.name, formula: n.formula });
      }
      const planTables = new Set(plans.flatMap((p) => p.tables.map((t) => lower(t.name))));
      for (const t of tables.items) {
        if (!replacedNames.has(lower(t.worksheet.name)) || !planTables.has(lower(t.name))) continue;
        state.tables.push({ name: t.name, temporary: temporaryTableName(t.name, taken) });
        taken.delete(lower(t.name));
      }
      // The plans' names are final (buildPlans made them unique in the workbook it was shown): one
      // taken since, other than those this build keeps or moves out of the way, stops the build here.
      const keep = new Set(state.kept.map((k) => lower(k.name)));
      for (const plan of plans) {
        for (const { name } of [...plan.tables, ...plan.names]) {
          if (taken.has(lower(name)) && !keep.has(lower(name)))
            throw new BuildError("nameTaken", { name });
        }
      }

      // 2. Prepare: old sheets and tables out of the way, every new sheet added.
      for (const s of replaced) {
        const temporary = temporaryName(s.name, sheetNames);
        state.swaps.push({ id: s.id, name: s.name, temporary });
        context.workbook.worksheets.getItem(s.id).name = temporary;
      }
      for (const t of state.tables) context.workbook.tables.getItem(t.name).name = t.temporary;
      const sheets = plans.map((p) => context.workbook.worksheets.add(p.name));
      // No sync of its own: these actions go first in the next request, so every sheet exists
      // before any formula is written, and the workbook may change from that request on.
      state.prepared = true;

      // 3. Write.
      for (let i = 0; i < plans.length; i++) {
        const written = await writeSheet(context, batcher, sheets[i], plans[i], keep, () => done++);
        state.added.push(...written.added);
        state.pointers.push(...written.pointers);
        done++;
      }

      // 4. Commit.
      commit(context, state, first);
      await batcher.sync();
      syncs = batcher.syncs;
      progress();
      return result();
    });
  } catch (error) {
    const reason = reasonOf(error);
    if (!state.prepared) throw new BuildError("nothingChanged", { reason });
    const outcome = await recover(state, first);
    if (outcome === "committed") {
      progress();
      return result();
    }
    if (outcome === "restored") throw new BuildError("nothingChanged", { reason });
    throw new BuildError("removeByHand", {
      reason,
      sheets: plans.map((p) => p.name),
      renames: state.swaps.map((s) => ({ from: s.temporary, to: s.name })),
    });
  }
}

/** The commit's actions: kept names to the new sheets, old sheets deleted, the first sheet active. */
function commit(context: Excel.RequestContext, state: BuildState, first: string): void {
  for (const p of state.pointers) context.workbook.names.getItem(p.name).formula = p.formula;
  for (const s of state.swaps) context.workbook.worksheets.getItem(s.id).delete();
  if (first) context.workbook.worksheets.getItem(first).activate();
}

/**
 * After a failed request: puts the workbook back as it was ("restored"), or,
 * when an old sheet is already deleted (the commit ran, at least in part),
 * finishes the commit ("committed"). "failed" when that did not work either.
 */
async function recover(
  state: BuildState,
  first: string
): Promise<"restored" | "committed" | "failed"> {
  try {
    // Reads what is there before it changes anything: safe to run again while Excel edits a cell.
    return await runIdempotent(async (context) => {
      const worksheets = context.workbook.worksheets.load("items/name, items/id");
      const names = context.workbook.names.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const ids = new Map(worksheets.items.map((s) => [s.id, s.name]));
      const nameSet = new Set(names.items.map((n) => lower(n.name)));
      if (state.swaps.some((s) => !ids.has(s.id))) {
        for (const p of state.pointers)
          if (nameSet.has(lower(p.name)))
            context.workbook.names.getItem(p.name).formula = p.formula;
        for (const s of state.swaps)
          if (ids.has(s.id)) context.workbook.worksheets.getItem(s.id).delete();
        if (first) context.workbook.worksheets.getItem(first).activate();
        await context.sync();
        return "committed";
      }
      const before = state.before!;
      for (const s of worksheets.items) if (!before.ids.has(s.id)) s.delete();
      for (const s of state.swaps)
        if (ids.get(s.id) !== s.name) context.workbook.worksheets.getItem(s.id).name = s.name;
      const tableSet = new Set(tables.items.map((t) => lower(t.name)));
      for (const t of state.tables)
        if (tableSet.has(lower(t.temporary)))
          context.workbook.tables.getItem(t.temporary).name = t.name;
      for (const name of state.added)
        if (nameSet.has(lower(name))) context.workbook.names.getItem(name).delete();
      for (const k of state.kept)
        if (nameSet.has(lower(k.name))) context.workbook.names.getItem(k.name).formula = k.formula;
      context.workbook.worksheets.getItem(before.active).activate();
      await context.sync();
      return "restored";
    });
  } catch {
    return "failed";
  }
}
