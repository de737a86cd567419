// Binary search over sorted offsets and spans (offsets into the normalized text).

/** The index of the first of `items` for which `before` is false; it must hold for a prefix of them and for none after. */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Of spans sorted by start that do not overlap (so their ends rise too), the first that overlaps [start, end), if any. */
export function firstOverlap<S extends { start: number; end: number }>(sorted: readonly S[], start: number, end: number): S | undefined {
  const s = sorted[partitionPoint(sorted, (x) => x.end <= start)];
  return s !== undefined && s.start < end ? s : undefined;
}
