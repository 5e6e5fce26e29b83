// What Office.js gives for a range's values (strings, numbers, booleans, empty) as the text each cell
// shows, which is what every reader of the core takes.

export function cellTexts(values: unknown[][]): string[][] {
  return values.map((row) => row.map((value) => (value === null || value === undefined ? '' : String(value))));
}
