/* global process */
/**
 * A child process of a run over many files (src/cli/batch.ts): builds the
 * files it is sent, one at a time, and sends back each outcome and, as it
 * goes, the rows written. It ends when the parent disconnects.
 */
import { formatFor } from "../core/catalogue";
import type { Language } from "../core/language";
import { ROWS_PER_MESSAGE, WorkerMessage, WorkerTask } from "./batch";
import { buildFile } from "./buildFile";

export function runWorker(language: Language): Promise<number> {
  const f = formatFor(language);
  const send = (message: WorkerMessage) => process.send?.(message);
  return new Promise((resolve) => {
    process.on("message", async (task: WorkerTask) => {
      let rows = 0;
      const { file } = task;
      const outcome = await buildFile(file.input, file.output, file.shown, task.options, f, {
        scores: false,
        progress: () => {
          if (++rows % ROWS_PER_MESSAGE === 0) send({ id: task.id, rows: ROWS_PER_MESSAGE });
        },
      });
      send({ id: task.id, outcome });
    });
    process.on("disconnect", () => resolve(0));
  });
}
