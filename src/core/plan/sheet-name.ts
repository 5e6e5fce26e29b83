// Sheet names Excel accepts and that clobber nothing: at most 31 characters, none of \ / ? * [ ] :,
// no apostrophe at either end, not the reserved 「History」, and unique ignoring case, both among
// the new sheets and the sheets already in the workbook. An apostrophe inside a name becomes ’:
// Excel allows it, but ExcelJS quotes the print-titles reference without doubling it.

const MAX_LENGTH = 31;
// '!' is legal in Excel but ends the sheet part of a 'Sheet'!A1 link in some readers, so it goes too.
const FORBIDDEN = /[\\/?*[\]:!\u0000-\u001f\u007f]/g;
const RESERVED = new Set(['HISTORY']);

/** The wanted name made legal (not yet unique). */
export function legalSheetName(wanted: string): string {
  const cleaned = wanted.replace(FORBIDDEN, '_').replace(/\s+/g, ' ');
  const trimmed = trimEnds(cleaned).replace(/'/g, '’');
  const named = trimmed === '' ? '工作表' : trimmed;
  return RESERVED.has(key(named)) ? `${named}_` : truncate(named, MAX_LENGTH);
}

/** Kept at a long document title's end: the kind of plan (「…消防工作要点」「…行动实施方案」). */
const TITLE_TAIL = 6;

/**
 * A document title that fits a sheet name: when too long, its beginning (year, place, subject) and
 * its end, with 「…」 between. The leading year stays: a clerk often has two years' plans side by side.
 */
export function documentSheetName(title: string): string {
  if (title.length <= MAX_LENGTH) return title;
  const tail = title.slice(-TITLE_TAIL).replace(/^[\udc00-\udfff]/, '');
  return `${truncate(title, MAX_LENGTH - TITLE_TAIL - 1)}…${tail}`;
}

/** Hands out names one by one, never one already taken (case-insensitive). */
export class SheetNames {
  private readonly taken = new Set<string>();

  constructor(existing: Iterable<string>) {
    for (const name of existing) this.taken.add(key(name));
  }

  claim(wanted: string): string {
    const base = legalSheetName(wanted);
    let name = base;
    for (let n = 2; this.taken.has(key(name)); n++) {
      const suffix = `(${n})`;
      name = trimEnds(truncate(base, MAX_LENGTH - suffix.length)) + suffix;
    }
    this.taken.add(key(name));
    return name;
  }
}

function key(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

function trimEnds(name: string): string {
  return name.replace(/^['\s]+|['\s]+$/g, '');
}

/** Cut to `max` UTF-16 units (Excel's measure) without splitting a surrogate pair. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
