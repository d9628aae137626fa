// How much peers.mjs repeats at each size; keystrokes.mjs times our app on the same steps.
// At 1000x ItemsJS takes seconds per query: every 4th step of the sequence, once.
export function plan(scale) {
  if (scale <= 1) return { builds: 5, passes: 3, every: 1 };
  if (scale <= 10) return { builds: 3, passes: 3, every: 1 };
  if (scale <= 100) return { builds: 3, passes: 2, every: 1 };
  return { builds: 1, passes: 1, every: 4 };
}
