/* global Excel */
/**
 * Queues writes and syncs when the queued payload reaches the budget, with
 * calculation suspended for each batch, and counts syncs for the caller.
 */
import { DEFAULT_SYNC_BUDGET_BYTES } from "./chunks";
import { supportsExcelApi } from "./excelRun";

export class SyncBatcher {
  private pending = 0;
  syncs = 0;
  /** The estimated bytes of each request this batcher sent (src/excel/wireCost.ts). */
  readonly estimates: number[] = [];
  private readonly suspend: boolean;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number = DEFAULT_SYNC_BUDGET_BYTES,
    private readonly afterSync?: () => void
  ) {
    this.suspend = supportsExcelApi("1.6");
  }

  /** Call before queuing `bytes` more: syncs first when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.sync();
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    if (this.suspend) this.context.application.suspendApiCalculationUntilNextSync();
    this.estimates.push(this.pending);
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
    this.afterSync?.();
  }

  /** Syncs whatever is queued. */
  async flush(): Promise<void> {
    if (this.pending > 0) await this.sync();
  }
}
