// Which word segmenter the corpus tools use: RDRsegmenter's model (`rdr`, the default: about three
// times fewer word errors than vntk's) or vntk's CRF model (`vntk`, vntk's words exactly). One
// setting per thread: the command line sets it (--segmenter), and tasks carry it to the workers.

export const SEGMENTERS = ['rdr', 'vntk'] as const;
export type SegmenterName = (typeof SEGMENTERS)[number];
export const DEFAULT_SEGMENTER: SegmenterName = 'rdr';

let current: SegmenterName = DEFAULT_SEGMENTER;

/** Segment with `name` from now on (in this thread). */
export function useSegmenter(name: SegmenterName): void {
  if (!(SEGMENTERS as readonly string[]).includes(name)) throw new Error(`no segmenter ${JSON.stringify(name)} (${SEGMENTERS.join(', ')})`);
  current = name;
}

/** The segmenter in use. */
export function segmenterInUse(): SegmenterName {
  return current;
}
