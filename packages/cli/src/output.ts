import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Running totals; they are saved in the journal so a resumed run adds up over both runs. */
export interface Counts {
  /** Input records handled (documents + invalid records). */
  records: number;
  /** Documents written to the output. */
  written: number;
  /** Records that were not documents (invalid UTF-8, malformed JSONL), sent to the error report. */
  invalid: number;
  /** Written documents that also carry a stage error (listed in the error report too). */
  withErrors: number;
}

interface JournalState extends Counts {
  outBytes: number;
  errBytes: number;
}

/** A file written under a temporary name beside its final name, renamed only when complete. */
class TempFile {
  readonly tempPath: string;
  private fd: number;
  position: number;

  constructor(
    readonly finalPath: string,
    resumeAt: number | undefined,
  ) {
    this.tempPath = join(dirname(finalPath), `.${basename(finalPath)}.partial`);
    if (resumeAt !== undefined && existsSync(this.tempPath)) {
      this.fd = openSync(this.tempPath, "r+");
      // Drop whatever was written after the last journal entry (a record cut off by a hard kill).
      ftruncateSync(this.fd, resumeAt);
      this.position = resumeAt;
    } else {
      this.fd = openSync(this.tempPath, "w");
      this.position = 0;
    }
  }

  write(data: string | Uint8Array): void {
    if (data.length === 0) return;
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.position + done);
    this.position += bytes.length;
  }

  /** Makes the content durable, then gives it its final name. */
  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tempPath, this.finalPath);
  }

  close(): void {
    closeSync(this.fd);
  }
}

export interface RunOutputOptions {
  /** Final output file; undefined writes to stdout (then nothing can be resumed). */
  outputPath: string | undefined;
  /** Final error report (JSONL); undefined reports errors on stderr. */
  errorsPath: string | undefined;
  resume: boolean;
  /** Identifies the arguments; a resume with other arguments is refused. */
  fingerprint: string;
  /** Called with each error record when there is no error file. */
  onErrorWithoutFile: (line: string) => void;
}

export class ResumeMismatchError extends Error {
  override readonly name = "ResumeMismatchError";
}

/**
 * Output of one run, with a journal that makes it resumable: output (and
 * error report) go to temporary files beside their final names; after each
 * flush a journal line records how many input records are done and the byte
 * length of both files at that point. A rerun with `resume` truncates the temp
 * files to the last journal entry and skips that many input records, so no
 * document is lost or written twice, even after a hard kill. `finish` renames
 * the files into place and deletes the journal.
 */
export class RunOutput {
  readonly counts: Counts;
  /** Records already handled by an earlier, interrupted run. */
  readonly resumedRecords: number;
  private readonly out: TempFile | undefined;
  private readonly errors: TempFile | undefined;
  private readonly journalPath: string | undefined;
  private journalFd: number | undefined;
  /** Strings, or UTF-8 bytes as worker threads send JSONL lines (written as they are, never decoded). */
  private outBuffer: (string | Uint8Array)[] = [];
  /** Gives back the memory of buffered worker lines once they are copied out (see JsonlResult.release). */
  private releases: (() => void)[] = [];
  private errBuffer: string[] = [];
  private bufferedChars = 0;
  private bufferedRecords = 0;

  private constructor(
    private readonly options: RunOutputOptions,
    state: JournalState | undefined,
  ) {
    this.counts = { records: state?.records ?? 0, written: state?.written ?? 0, invalid: state?.invalid ?? 0, withErrors: state?.withErrors ?? 0 };
    this.resumedRecords = this.counts.records;
    this.out = options.outputPath === undefined ? undefined : new TempFile(options.outputPath, state?.outBytes);
    this.errors = options.errorsPath === undefined ? undefined : new TempFile(options.errorsPath, state?.errBytes);
    if (options.outputPath !== undefined) {
      this.journalPath = journalPathOf(options.outputPath);
      this.journalFd = openSync(this.journalPath, state === undefined ? "w" : "a");
      if (state === undefined) writeSync(this.journalFd, JSON.stringify({ qalam: 1, fingerprint: options.fingerprint }) + "\n");
    }
  }

  /** Opens the output; under `resume`, continues an earlier run's journal if there is one. */
  static open(options: RunOutputOptions): { output: RunOutput; resumed: boolean } {
    let state: JournalState | undefined;
    if (options.resume && options.outputPath !== undefined) {
      state = readJournal(journalPathOf(options.outputPath), options.fingerprint);
    }
    return { output: new RunOutput(options, state), resumed: state !== undefined };
  }

  /** Whether the output starts empty (a format header must be written). */
  get isFresh(): boolean {
    return this.resumedRecords === 0 && (this.out?.position ?? 0) === 0;
  }

  writeOutput(data: string | Uint8Array, release?: () => void): void {
    this.outBuffer.push(data);
    if (release !== undefined) this.releases.push(release);
    this.bufferedChars += data.length;
  }

  writeError(line: string): void {
    if (this.errors === undefined) this.options.onErrorWithoutFile(line);
    else {
      this.errBuffer.push(line);
      this.bufferedChars += line.length;
    }
  }

  /** Marks one input record as fully handled; flushes now and then. */
  async recordDone(): Promise<void> {
    this.counts.records++;
    this.bufferedRecords++;
    if (this.bufferedChars >= 1 << 20 || this.bufferedRecords >= 100) await this.flush();
  }

  /** Writes buffered output, then the journal entry that vouches for it. */
  async flush(): Promise<void> {
    const outText = joinOutput(this.outBuffer);
    for (const release of this.releases) release();
    this.releases = [];
    const errText = this.errBuffer.join("");
    this.outBuffer = [];
    this.errBuffer = [];
    this.bufferedChars = 0;
    this.bufferedRecords = 0;
    if (this.out === undefined) await writeStdout(outText);
    else this.out.write(outText);
    this.errors?.write(errText);
    if (this.journalFd !== undefined) {
      const entry = [this.counts.records, this.out?.position ?? 0, this.errors?.position ?? 0, this.counts.written, this.counts.invalid, this.counts.withErrors];
      writeSync(this.journalFd, JSON.stringify(entry) + "\n");
    }
  }

  /** Completes the run: flushes, renames temp files to their final names, removes the journal. */
  async finish(footer: string): Promise<void> {
    this.writeOutput(footer);
    await this.flush();
    if (this.journalFd !== undefined) closeSync(this.journalFd);
    this.errors?.commit();
    this.out?.commit();
    if (this.journalPath !== undefined) rmSync(this.journalPath, { force: true });
  }

  /** Stops early (signal or bad input): flushes what is complete and leaves temp files and journal for `--resume`. */
  async abandon(): Promise<void> {
    await this.flush();
    if (this.journalFd !== undefined) closeSync(this.journalFd);
    this.out?.close();
    this.errors?.close();
  }

  /** Where the temp output lives (for messages). */
  get tempOutputPath(): string | undefined {
    return this.out?.tempPath;
  }
}

export function journalPathOf(outputPath: string): string {
  return join(dirname(outputPath), `.${basename(outputPath)}.journal`);
}

function readJournal(path: string, fingerprint: string): JournalState | undefined {
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, "utf8").split("\n");
  let header: { fingerprint?: string } | undefined;
  try {
    header = JSON.parse(lines[0] ?? "") as { fingerprint?: string };
  } catch {
    return undefined;
  }
  if (header.fingerprint !== fingerprint) {
    throw new ResumeMismatchError(
      `the interrupted run of this output used other arguments; rerun it with the same arguments, or without --resume to start over`,
    );
  }
  let state: JournalState = { records: 0, outBytes: 0, errBytes: 0, written: 0, invalid: 0, withErrors: 0 };
  for (const line of lines.slice(1)) {
    // The last line may be cut off by a hard kill: it is ignored, and the state before it holds.
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (!Array.isArray(entry) || entry.length !== 6 || !entry.every((n) => Number.isInteger(n))) continue;
    const [records, outBytes, errBytes, written, invalid, withErrors] = entry as number[];
    state = { records: records!, outBytes: outBytes!, errBytes: errBytes!, written: written!, invalid: invalid!, withErrors: withErrors! };
  }
  return state;
}

/** One string when every part is a string (the usual case in-process), else one byte buffer. */
function joinOutput(parts: (string | Uint8Array)[]): string | Uint8Array {
  if (parts.every((part) => typeof part === "string")) return parts.join("");
  return Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : part)));
}

async function writeStdout(text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return;
  if (!process.stdout.write(text)) {
    await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
  }
}
