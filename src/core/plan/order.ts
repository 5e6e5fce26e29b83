// Sorting that gives the same plan on every machine.

/** Code-point order, unlike locale collation, which differs between ICU versions. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
