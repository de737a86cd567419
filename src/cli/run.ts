// The loop every command that reads articles shares: read each input in turn, turn it into a
// document, hand it to the renderer as soon as it is done; report an input that failed on
// stderr and to the renderer (ndjson puts an error line in its place), and go on.
import { readInputs } from '../io/inputs.js';
import type { Renderer } from '../render/index.js';
import { EXIT_INPUT_ERROR, EXIT_OK, reportInputError, write } from './output.js';

/** What to do with each input: its document, or the error that stopped it. */
export interface InputHandlers {
  document(text: string, path: string): Promise<void> | void;
  error(path: string, message: string): Promise<void> | void;
}

/** Read every input in turn; an input that failed is reported on stderr too. The exit status: 0, or 2 when some input failed. */
export async function eachInput(inputs: readonly string[], handlers: InputHandlers): Promise<number> {
  let failed = false;
  for await (const loaded of readInputs(inputs)) {
    if ('error' in loaded) {
      failed = true;
      reportInputError(loaded.path, loaded.error);
      await handlers.error(loaded.path, loaded.error);
      continue;
    }
    await handlers.document(loaded.text, loaded.path);
  }
  return failed ? EXIT_INPUT_ERROR : EXIT_OK;
}

/** Render every input as soon as it is done; the exit status as for `eachInput`. */
export async function renderInputs<D>(inputs: readonly string[], renderer: Renderer<D>, toDocument: (text: string, path: string) => D): Promise<number> {
  await write(renderer.begin());
  const status = await eachInput(inputs, {
    document: (text, path) => write(renderer.document(toDocument(text, path))),
    error: (path, message) => write(renderer.error({ path, message })),
  });
  await write(renderer.end());
  return status;
}
