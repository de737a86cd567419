// The loop every command that reads articles shares: read each input in turn, turn it into a
// document, hand it to the renderer as soon as it is done; report an input that failed on
// stderr and to the renderer (ndjson puts an error line in its place), and go on.
import { readInputs } from '../io/inputs.js';
import type { Renderer } from '../render/index.js';
import { EXIT_INPUT_ERROR, EXIT_OK, reportInputError, write } from './output.js';

/** Render every input; the exit status: 0, or 2 when some input failed. */
export async function renderInputs<D>(inputs: readonly string[], renderer: Renderer<D>, toDocument: (text: string, path: string) => D): Promise<number> {
  let failed = false;
  await write(renderer.begin());
  for await (const loaded of readInputs(inputs)) {
    if ('error' in loaded) {
      failed = true;
      reportInputError(loaded.path, loaded.error);
      await write(renderer.error({ path: loaded.path, message: loaded.error }));
      continue;
    }
    await write(renderer.document(toDocument(loaded.text, loaded.path)));
  }
  await write(renderer.end());
  return failed ? EXIT_INPUT_ERROR : EXIT_OK;
}
