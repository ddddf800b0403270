/**
 * An error crossing from the plan's thread to the main one. A thread can send an Error, but not its
 * class beyond the built-in ones, and the CLI's exit status depends on what was thrown
 * (cli/exit-codes.ts: a component refusing its arguments is an invalid blueprint, a TypeError or a
 * LoaderGapError is a bug). So the error travels as its name, message and stack, and is made again
 * on arrival with the same name and, for the built-in kinds, the same class.
 */
export type SentError = { name: string; message: string; stack: string } | { thrown: string };

/** The plan's thread ended without an answer (killed, out of memory): a bug, not the blueprint's fault. */
export class PlanThreadError extends Error {
  override name = 'PlanThreadError';
}

const BUILT_IN: Readonly<Record<string, ErrorConstructor>> = {
  TypeError,
  RangeError,
  ReferenceError,
  SyntaxError,
  EvalError,
  URIError,
};

export function sendableError(error: unknown): SentError {
  if (!(error instanceof Error)) return { thrown: String(error) };
  return { name: error.name, message: error.message, stack: error.stack ?? `${error.name}: ${error.message}` };
}

/** The error as it was thrown in the other thread; a throw that was no Error stays none. */
export function receivedError(sent: SentError): unknown {
  if ('thrown' in sent) return sent.thrown;
  const error = new (BUILT_IN[sent.name] ?? Error)(sent.message);
  if (error.name !== sent.name) Object.defineProperty(error, 'name', { value: sent.name, configurable: true, writable: true });
  error.stack = sent.stack;
  return error;
}
