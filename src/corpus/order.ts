// Orders the corpus summaries share, so that results never depend on the order inputs came in.

/** Compare strings by code point (not locale), for stable sorting. */
export function byCodePoint(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The most frequent key of a count table; ties go to the first in code-point order. */
export function mostFrequent(counts: Record<string, number>): string {
  return Object.entries(counts).sort((x, y) => y[1] - x[1] || byCodePoint(x[0], y[0]))[0]?.[0] ?? '';
}
