// What a run did, for the one line vnews prints on stderr when it ends on a terminal (or with
// --summary): the files read, those that failed, and what was found in them.

interface RunStats {
  /** A command read articles (or partials): help, --version and usage errors print no summary. */
  ran: boolean;
  files: number;
  failed: number;
  /** What was found, by noun (`officials`, `words`, `findings`), in the order first counted. */
  found: Map<string, number>;
}

const stats: RunStats = { ran: false, files: 0, failed: 0, found: new Map() };

/** Inputs read: `files` articles (a batch folded in a worker counts each of its articles), `failed` of them not. */
export function countInputs(files: number, failed = 0): void {
  stats.ran = true;
  stats.files += files;
  stats.failed += failed;
}

/** `n` more things of this kind found: `noun` in the plural (`figures`); 0 names the kind, so the line says `0 figures`. */
export function countFound(noun: string, n: number): void {
  stats.ran = true;
  stats.found.set(noun, (stats.found.get(noun) ?? 0) + n);
}

const number = (n: number) => n.toLocaleString('en-US');

/** `vnews: 5 files read, 1 failed; found 40 officials, 249 figures`, or undefined when no command ran. */
export function summaryLine(): string | undefined {
  if (!stats.ran) return undefined;
  const read = `${number(stats.files)} file${stats.files === 1 ? '' : 's'} read, ${number(stats.failed)} failed`;
  const found = [...stats.found].map(([noun, n]) => `${number(n)} ${n === 1 ? noun.replace(/s$/, '') : noun}`);
  return `vnews: ${read}${found.length > 0 ? `; found ${found.join(', ')}` : ''}`;
}
