// The count line under a table (`8 hits`, `350 documents`, `3 people; 1 with titles that differ`):
// a message about the output, not part of it, so it goes where the program says (the CLI: stderr,
// unless --no-summary), never into the table's own stream: `vnews kwic … | wc -l` counts hits.

let sink: ((line: string) => void) | undefined;

/** Where count lines go from now on (undefined: nowhere, as for a library caller). */
export function sendCountLinesTo(to: ((line: string) => void) | undefined): void {
  sink = to;
}

/** Hand a table's count line to the sink; returns '' so a renderer can put it where the line used to be. */
export function countLine(line: string): string {
  sink?.(line);
  return '';
}
