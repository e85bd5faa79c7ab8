import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { mapOrdered, pipeline, toJsonlLine } from "@qalam/pipeline";
import type { Message, QalamDoc } from "@qalam/pipeline";
import { createWorkerPool, DOCUMENTS_IN_FLIGHT_PER_WORKER } from "@qalam/pipeline/node";
import type { WorkerPool } from "@qalam/pipeline/node";
import { UsageError, stagesFor } from "./commands.js";
import { FORMATS, formatterFor } from "./formats.js";
import type { CommandName, FormatName } from "./formats.js";
import { COMMAND_HELP, MAIN_HELP } from "./help.js";
import { InputError, readRecords, resolveInputs } from "./input.js";
import type { InputRecord } from "./input.js";
import { ResumeMismatchError, RunOutput, journalPathOf } from "./output.js";
import { ProgressBar } from "./progress.js";
import { version } from "../package.json";

/** Exit codes of the `qalam` command. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** One processed document: its JSONL line when the output is JSONL, else the document to format. */
interface Rendered {
  line?: string | undefined;
  /** The JSONL line as UTF-8, when worker threads made it (written as is). */
  bytes?: Uint8Array;
  /** Gives `bytes`' memory back to the worker once written. */
  release?: () => void;
  doc?: QalamDoc;
  id?: string | number;
  messages: Message[];
}

const COMMANDS = ["normalize", "tokenize", "tag", "cite", "run"] as const;
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
  output: { type: "string", short: "o" },
  format: { type: "string", short: "f" },
  errors: { type: "string" },
  input: { type: "string" },
  lossy: { type: "boolean" },
  "skip-invalid": { type: "boolean" },
  resume: { type: "boolean" },
  strict: { type: "boolean" },
  workers: { type: "string" },
  concurrency: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  preset: { type: "string" },
  style: { type: "string" },
  locale: { type: "string" },
  stages: { type: "string" },
} as const;

// Options that only some commands take; anything else is a usage error there.
const COMMAND_OPTIONS: Record<CommandName, string[]> = {
  normalize: ["preset"],
  tokenize: [],
  tag: [],
  cite: ["style", "locale"],
  run: ["preset", "style", "locale", "stages"],
};

interface Colors {
  red(text: string): string;
  yellow(text: string): string;
}

function colorsFor(stream: NodeJS.WriteStream): Colors {
  // https://no-color.org: any non-empty NO_COLOR turns colour off; so does a non-terminal.
  const on = stream.isTTY === true && !process.env.NO_COLOR;
  const wrap = (code: number) => (text: string) => (on ? `\x1b[${code}m${text}\x1b[39m` : text);
  return { red: wrap(31), yellow: wrap(33) };
}

/**
 * Runs the `qalam` command with the given arguments (without `node` and the
 * script) and resolves to the exit code. Output goes to stdout or `-o`;
 * diagnostics, progress and the summary go to stderr.
 */
export async function main(argv: string[]): Promise<number> {
  const colors = colorsFor(process.stderr);
  const say = (text: string): void => void process.stderr.write(`qalam: ${text}\n`);
  const fail = (text: string): void => say(`${colors.red("error:")} ${text}`);
  try {
    return await runCommand(argv, say, fail, colors);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      fail(`${(error as Error).message}\nTry 'qalam --help'.`);
      return EXIT.usage;
    }
    if (error instanceof ResumeMismatchError) {
      fail(error.message);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      fail(error.message);
      return EXIT.badInput;
    }
    throw error;
  }
}

function positiveInt(value: string | undefined, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${option} must be an integer ≥ ${min} (got "${value}")`);
  return n;
}

async function runCommand(argv: string[], say: (text: string) => void, fail: (text: string) => void, colors: Colors): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const [commandArg, ...files] = positionals;
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (commandArg === undefined) {
    if (values.help) {
      process.stdout.write(MAIN_HELP);
      return EXIT.ok;
    }
    throw new UsageError("missing command (normalize, tokenize, tag, cite or run)");
  }
  if (!(COMMANDS as readonly string[]).includes(commandArg)) throw new UsageError(`unknown command "${commandArg}"`);
  const command = commandArg as CommandName;
  if (values.help) {
    process.stdout.write(COMMAND_HELP[command]);
    return EXIT.ok;
  }
  for (const option of ["preset", "style", "locale", "stages"] as const) {
    if (values[option] !== undefined && !COMMAND_OPTIONS[command].includes(option)) {
      throw new UsageError(`"qalam ${command}" has no --${option} option`);
    }
  }
  const format = (values.format ?? FORMATS[command][0]) as FormatName;
  if (!FORMATS[command].includes(format)) {
    throw new UsageError(`--format for "qalam ${command}" must be one of ${FORMATS[command].join(", ")} (got "${format}")`);
  }
  if (values.input !== undefined && values.input !== "text" && values.input !== "jsonl") {
    throw new UsageError(`--input must be text or jsonl (got "${values.input}")`);
  }
  if (values.resume && values.output === undefined) throw new UsageError("--resume needs -o FILE (stdout cannot be resumed)");
  const workers = positiveInt(values.workers, "--workers", 0) ?? 0;
  const concurrency = positiveInt(values.concurrency, "--concurrency", 1) ?? (workers > 0 ? workers * DOCUMENTS_IN_FLIGHT_PER_WORKER : 4);
  const stageList = stagesFor({ command, format, preset: values.preset, styles: values.style, locales: values.locale, stages: values.stages });
  const strict = values.strict ?? false;
  const skipInvalid = values["skip-invalid"] ?? false;
  const quiet = values.quiet ?? false;

  const specs = await resolveInputs(files, values.input);
  const formatter = formatterFor(command, format);
  // What the output depends on: a resume with anything else would mix two different outputs.
  const fingerprint = JSON.stringify({
    command,
    format,
    inputs: specs.map((spec) => [spec.path, spec.kind, spec.size]),
    stages: stageList.map((stage) => stage.spec),
    lossy: values.lossy ?? false,
    strict,
    errors: values.errors ?? null,
  });

  if (values.resume && values.output !== undefined && existsSync(values.output) && !existsSync(journalPathOf(values.output))) {
    // No journal but a final file: the earlier run completed, and its output must not be redone.
    if (!quiet) say(`${values.output} is already complete; nothing to resume`);
    return EXIT.ok;
  }

  let shownErrors = 0;
  let hiddenErrors = 0;
  const { output, resumed } = RunOutput.open({
    outputPath: values.output,
    errorsPath: values.errors,
    resume: values.resume ?? false,
    fingerprint,
    onErrorWithoutFile: (line) => {
      if (shownErrors < 20) {
        shownErrors++;
        const record = JSON.parse(line) as { source: string; line?: number; reason: string };
        say(`${colors.yellow("warning:")} ${record.source}${record.line === undefined ? "" : `:${record.line}`}: ${record.reason}`);
      } else hiddenErrors++;
    },
  });
  if (values.resume && !quiet) {
    say(resumed ? `resuming after ${output.resumedRecords} records` : `nothing to resume for ${values.output}; starting from the beginning`);
  }
  if (output.isFresh) output.writeOutput(formatter.header);

  const p = pipeline(...stageList);
  let pool: WorkerPool | undefined;
  let stopSignal: string | undefined;
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    // A second signal means "now": the temp file stays aside, the final name is never written.
    if (stopSignal !== undefined) process.exit(SIGNAL_EXIT[signal] ?? 1);
    stopSignal = signal;
    controller.abort(new Error(`interrupted by ${signal}`));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const totalBytes = specs.every((spec) => spec.size !== undefined) ? specs.reduce((sum, spec) => sum + (spec.size ?? 0), 0) : undefined;
  const progress = process.stderr.isTTY && !quiet ? new ProgressBar(process.stderr, totalBytes) : undefined;
  const started = Date.now();
  const skip = output.resumedRecords;
  let exitCode: number = EXIT.ok;
  let stoppedAt: InputRecord | undefined;

  async function* pending(): AsyncGenerator<InputRecord> {
    for await (const record of readRecords(specs, values.lossy ?? false)) if (record.index >= skip) yield record;
  }

  try {
    if (workers > 0) pool = await createWorkerPool({ spec: p.spec! }, workers);
    // JSONL output is the document as one JSON line: workers serialize and UTF-8-encode it
    // themselves, so the main thread gets bytes to write instead of rebuilding the whole document
    // (measured: it was the main thread's largest cost per document, and it limits the speed-up
    // of --workers).
    const render = async (doc: NonNullable<InputRecord["doc"]>): Promise<Rendered> => {
      if (format === "jsonl") {
        if (pool) {
          const result = await pool.runJsonl(doc, { strict });
          return { bytes: result.bytes, release: () => result.release(), id: result.id, messages: result.messages };
        }
        const done = await p.run(doc, { strict });
        return { line: toJsonlLine(done), id: done.id, messages: done.messages };
      }
      const done = await (pool ? pool.run(doc, { strict }) : p.run(doc, { strict }));
      return { doc: done, id: done.id, messages: done.messages, line: undefined };
    };
    const results = mapOrdered(
      pending(),
      async (record) => ({ record, result: record.doc === undefined ? undefined : await render(record.doc) }),
      { concurrency, signal: controller.signal },
    );
    let lastYield = Date.now();
    for await (const { record, result } of results) {
      const where = { source: record.source, ...(record.line === undefined ? {} : { line: record.line }) };
      if (result === undefined) {
        if (!skipInvalid) {
          stoppedAt = record;
          break;
        }
        output.writeError(JSON.stringify({ ...where, kind: "invalid", reason: record.error }) + "\n");
        output.counts.invalid++;
      } else {
        output.writeOutput(result.bytes ?? result.line ?? formatter.item(result.doc!, output.counts.written), result.release);
        output.counts.written++;
        const stageErrors = result.messages.filter((message) => message.rule === "stage-error");
        if (stageErrors.length > 0) {
          output.counts.withErrors++;
          const reason = stageErrors.map((message) => `${message.stage}: ${message.reason}`).join("; ");
          output.writeError(JSON.stringify({ ...where, ...(result.id === undefined ? {} : { id: result.id }), kind: "stage-error", reason }) + "\n");
        }
      }
      await output.recordDone();
      progress?.update(output.counts.records - skip, record.bytesRead);
      // Synchronous stages resolve in microtasks only; let signal handlers and stdout run now and then.
      if (Date.now() - lastYield > 50) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = Date.now();
      }
      if (stopSignal !== undefined) break;
    }
  } catch (error) {
    if (stopSignal === undefined) {
      progress?.clear();
      await output.abandon();
      fail(error instanceof Error ? error.message : String(error));
      return EXIT.badInput;
    }
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await pool?.close();
    progress?.clear();
  }

  const counts = output.counts;
  if (stoppedAt !== undefined || stopSignal !== undefined) {
    await output.abandon();
    if (stoppedAt !== undefined) {
      const hint = stoppedAt.error?.startsWith("invalid UTF-8") ? "--lossy to replace it, or --skip-invalid to skip it" : "--skip-invalid to skip such records";
      fail(`${stoppedAt.source}${stoppedAt.line === undefined ? "" : `:${stoppedAt.line}`}: ${stoppedAt.error} (use ${hint})`);
      exitCode = EXIT.badInput;
    } else {
      exitCode = SIGNAL_EXIT[stopSignal!] ?? 1;
      say(`interrupted by ${stopSignal} after ${counts.records} records`);
    }
    if (output.tempOutputPath !== undefined) say(`partial output kept in ${output.tempOutputPath}; rerun with --resume to finish`);
    return exitCode;
  }
  await output.finish(formatter.footer);
  if (hiddenErrors > 0) say(`… ${hiddenErrors} more errors not shown (use --errors FILE)`);
  // One document from a pipe needs no tally; batches, files and anything skipped get one.
  const worthASummary = counts.records > 1 || counts.invalid > 0 || counts.withErrors > 0 || values.output !== undefined;
  if (!quiet && worthASummary) {
    const seconds = (Date.now() - started) / 1000;
    const done = counts.records - skip;
    say(
      `${counts.records} records: ${counts.written} written, ${counts.invalid} invalid skipped, ` +
        `${counts.withErrors} with stage errors${values.errors === undefined ? "" : ` (see ${values.errors})`}; ` +
        `${done} this run in ${seconds.toFixed(1)} s (${(done / Math.max(seconds, 1e-3)).toFixed(0)} docs/s)`,
    );
  }
  return exitCode;
}
