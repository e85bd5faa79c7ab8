import type { CommandName } from "./formats.js";

const COMMON = `
Input:
  FILE...               text files (one document each), .jsonl files (one {"text", "id"?} per line),
                        folders (every .txt/.jsonl file inside, sorted), or - / nothing for stdin
  --input text|jsonl    how to read stdin and files without a known extension (default: text)
  --lossy               replace invalid UTF-8 with U+FFFD and warn, instead of failing
  --skip-invalid        skip malformed JSONL lines and invalid UTF-8, count them in the summary

Output:
  -o, --output FILE     write FILE (via a temporary file renamed when complete) instead of stdout
  --errors FILE         write a JSONL report of every skipped record and stage error
  --resume              continue an interrupted run of the same command into the same -o FILE
  --strict              stop at the first stage error instead of recording it on the document

Running:
  --workers N           spread documents over N worker threads (default 0: this thread)
  --concurrency N       documents in flight at once (default 4; with --workers, 4 per worker)
  -q, --quiet           no progress bar and no summary on stderr
  -h, --help            show this help

Exit status: 0 done, 1 bad input or a stage error under --strict, 2 usage error,
130/143 interrupted by SIGINT/SIGTERM (partial output kept aside for --resume).
Environment: NO_COLOR disables colour on stderr.`;

export const MAIN_HELP = `Usage: qalam <command> [options] [FILE...]

Arabic NLP from the shell: normalization, tokens, entities, citations.

Commands:
  normalize   fold spelling variants and strip marks (--preset search|display)
  tokenize    mixed-script tokens and sentences
  tag         entities: people, organisations, products, places, dates, amounts
  cite        article metadata and a formatted reference
  run         several stages at once, JSONL out (--stages normalize,tokenize,tag,metadata,attributions,cite)

Options:
  -h, --help      show help (also: qalam <command> --help)
  -V, --version   show the version

Examples:
  cat article.txt | qalam normalize --preset search
  qalam tag --format html article.txt -o article.html
  qalam run --stages normalize,tag,cite corpus.jsonl > out.jsonl
  qalam run articles/ -o out.jsonl --errors errors.jsonl --workers 2
`;

export const COMMAND_HELP: Record<CommandName, string> = {
  normalize: `Usage: qalam normalize [options] [FILE...]

Normalizes Arabic text for search or display.

  --preset search|display   normalization preset (default: search)
  -f, --format text|json|jsonl
                            text: the normalized text; json/jsonl: also the edits (offset map)
${COMMON}`,
  tokenize: `Usage: qalam tokenize [options] [FILE...]

Splits text into tokens (clitics separated) and sentences.

  -f, --format text|json|jsonl|conll
                            text: "start end kind token" per line; conll: CoNLL-U with TokenRange
${COMMON}`,
  tag: `Usage: qalam tag [options] [FILE...]

Finds entities: PERSON ORG PRODUCT LOCATION DATE TIME MONEY PERCENT.

  -f, --format text|json|jsonl|html|conll
                            text: "start end type text canonical id value" per line;
                            html: the text with entities marked; conll: token and BIO tag
${COMMON}`,
  cite: `Usage: qalam cite [options] [FILE...]

Extracts title, author, date and outlet from an article and formats a reference.

  --style apa|mla|chicago   citation style, or a comma list (default: apa)
  --locale ar|en            language of the reference, or a comma list (default: ar)
  -f, --format text|json|jsonl|html
                            text/html: the references; json: the CSL-JSON items
${COMMON}`,
  run: `Usage: qalam run [options] [FILE...]

Runs several stages and writes one JSON document per input document.

  --stages LIST             comma list of normalize,tokenize,tag,metadata,attributions,cite
                            (default: all of them; cite implies metadata)
  --preset search|display   preset of the normalize stage (default: search)
  --style LIST              styles of the cite stage (default: apa,chicago)
  --locale LIST             locales of the cite stage (default: ar,en)
  -f, --format jsonl|json
${COMMON}`,
};
