// The one binary search of the engine and the glue.

/**
 * The first index in [0, length) where `before(i)` is false, or `length`: `before` must hold for
 * a prefix of the indexes and fail for the rest (sorted data), e.g. `(i) => starts[i] <= x`.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
