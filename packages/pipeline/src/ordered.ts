/** Options of `mapOrdered`. */
export interface MapOrderedOptions {
  /** Calls of `fn` in flight at once; also how far input is read ahead. Default 4. */
  concurrency?: number;
  /** Stops reading input; the iteration then throws the signal's reason. */
  signal?: AbortSignal;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Maps `fn` over an iterable or async iterable with at most `concurrency` calls
 * in flight, yielding results in input order. Input is pulled only while fewer
 * than `concurrency` results wait to be consumed, so a slow consumer slows the
 * reading (backpressure) and memory stays bounded on unbounded input. An error
 * from `fn` or from the input ends the iteration with that error, after the
 * results before it have been yielded. Breaking out of the loop closes the input.
 */
export async function* mapOrdered<T, R>(
  input: Iterable<T> | AsyncIterable<T>,
  fn: (item: T, index: number) => R | Promise<R>,
  options: MapOrderedOptions = {},
): AsyncGenerator<R, void, undefined> {
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError("mapOrdered: `options.concurrency` must be a positive integer");
  }
  const { signal } = options;
  const iterator = openIterator(input);
  // Results in input order; the head is yielded first. Its length is the number in flight.
  const queue: Promise<Settled<R>>[] = [];
  let inputDone = false;
  let index = 0;
  try {
    for (;;) {
      while (!inputDone && queue.length < concurrency) {
        signal?.throwIfAborted();
        const next = await iterator.next();
        if (next.done) {
          inputDone = true;
          break;
        }
        const item = next.value;
        const itemIndex = index++;
        // Settle into a value so a rejection waiting behind the head is never "unhandled".
        queue.push(
          (async (): Promise<Settled<R>> => {
            try {
              return { ok: true, value: await fn(item, itemIndex) };
            } catch (error) {
              return { ok: false, error };
            }
          })(),
        );
      }
      const head = queue.shift();
      if (head === undefined) return;
      const settled = await head;
      if (!settled.ok) throw settled.error;
      signal?.throwIfAborted();
      yield settled.value;
    }
  } finally {
    if (!inputDone) await iterator.return?.();
  }
}

function openIterator<T>(input: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> | Iterator<T> {
  if (input != null && typeof (input as AsyncIterable<T>)[Symbol.asyncIterator] === "function") {
    return (input as AsyncIterable<T>)[Symbol.asyncIterator]();
  }
  if (input != null && typeof (input as Iterable<T>)[Symbol.iterator] === "function") {
    return (input as Iterable<T>)[Symbol.iterator]();
  }
  throw new TypeError("`input` must be an iterable or an async iterable");
}
