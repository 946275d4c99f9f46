/** Memoisation on argument identity: the pure pipeline recomputes a result only when one of its inputs changed. Pure. */

/**
 * Wrap `fn` so that a call with the same arguments (compared with Object.is, one by one) as one of the last
 * `size` calls returns that call's result instead of computing it again.
 */
export function memo<A extends readonly unknown[], R>(fn: (...args: A) => R, size = 1): (...args: A) => R {
  const cache: { args: A; result: R }[] = [];
  return (...args: A): R => {
    const hit = cache.findIndex((entry) => entry.args.length === args.length && entry.args.every((a, i) => Object.is(a, args[i])));
    if (hit >= 0) {
      const entry = cache[hit]!;
      if (hit > 0) cache.unshift(...cache.splice(hit, 1));
      return entry.result;
    }
    const result = fn(...args);
    cache.unshift({ args, result });
    cache.length = Math.min(cache.length, size);
    return result;
  };
}
