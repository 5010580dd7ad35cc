/**
 * The progress line of a run over many files, on a terminal only: files
 * done, rows written, time left (from the bytes of the files done against
 * those to go), redrawn in place at most every 200 ms, cleared at the end.
 * Where stderr is not a terminal (a pipe, a log, CI) the run makes no
 * ProgressLine and prints nothing of the kind.
 */
import type { Format } from "../core/catalogue";
import { cliText } from "./messages";

export class ProgressLine {
  private filesDone = 0;
  private bytesDone = 0;
  private rows = 0;
  private lastDrawn = 0;
  private readonly started: number;

  constructor(
    private readonly write: (text: string) => void,
    private readonly f: Format,
    private readonly files: number,
    private readonly bytes: number,
    private readonly now: () => number = Date.now
  ) {
    this.started = now();
  }

  rowsWritten(rows: number): void {
    this.rows += rows;
    this.draw(false);
  }

  fileDone(bytes: number): void {
    this.filesDone++;
    this.bytesDone += bytes;
    this.draw(true);
  }

  /** The line as it stands (tests read it). */
  text(): string {
    const elapsed = this.now() - this.started;
    const left =
      this.bytesDone > 0 && this.filesDone < this.files
        ? Math.round(((this.bytes - this.bytesDone) * elapsed) / this.bytesDone / 1000)
        : undefined;
    return cliText(this.f, "progress", {
      done: this.filesDone,
      files: this.files,
      rows: this.rows,
      secondsLeft: left,
    });
  }

  private draw(force: boolean): void {
    const now = this.now();
    if (!force && now - this.lastDrawn < 200) return;
    this.lastDrawn = now;
    this.write(`\r${this.text()}\x1b[K`);
  }

  /** Clears the line (the summary is printed after). */
  end(): void {
    this.write("\r\x1b[K");
  }
}
