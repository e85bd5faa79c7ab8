/** What the progress line shows. */
export interface ProgressState {
  docs: number;
  bytesRead: number;
  /** Total input bytes, when known (files); unknown for stdin. */
  totalBytes: number | undefined;
  elapsedMs: number;
}

/**
 * One progress line: a bar when the total is known, documents/s, and an ETA
 * from the byte rate (documents vary in size, bytes predict time better).
 */
export function renderProgress(state: ProgressState, width = 24): string {
  const seconds = Math.max(state.elapsedMs / 1000, 1e-3);
  const rate = state.docs / seconds;
  const parts: string[] = [];
  if (state.totalBytes !== undefined && state.totalBytes > 0) {
    const fraction = Math.min(1, state.bytesRead / state.totalBytes);
    const filled = Math.round(fraction * width);
    parts.push(`[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%`);
    const bytesPerSecond = state.bytesRead / seconds;
    const eta = bytesPerSecond > 0 ? (state.totalBytes - state.bytesRead) / bytesPerSecond : Number.NaN;
    parts.push(`${state.docs} docs`, `${rate.toFixed(0)} docs/s`, `ETA ${formatDuration(eta)}`);
  } else {
    parts.push(`${state.docs} docs`, `${rate.toFixed(0)} docs/s`);
  }
  return parts.join("  ");
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/**
 * Draws the progress line on a terminal at most 10 times a second. It is
 * created only when stderr is a TTY, so pipes and log files never get it.
 */
export class ProgressBar {
  private lastDraw = 0;
  private readonly started = Date.now();
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly totalBytes: number | undefined,
  ) {}

  update(docs: number, bytesRead: number): void {
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const line = renderProgress({ docs, bytesRead, totalBytes: this.totalBytes, elapsedMs: now - this.started });
    // A terminal that reports no width (0, e.g. some pseudo-terminals) gets the usual 80 columns.
    const columns = this.stream.columns || 80;
    this.stream.write(`\r${line.slice(0, Math.max(10, columns - 1))}\x1b[K`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write("\r\x1b[K");
    this.drawn = false;
  }
}
