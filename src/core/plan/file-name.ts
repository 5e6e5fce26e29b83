// File names for the per-bureau workbooks that are safe on Windows, macOS and Linux: no reserved
// characters or device names (CON, COM1…), no trailing dot or space, short enough for every file
// system (255 bytes in UTF-8, a Chinese character being 3), and unique ignoring case and Unicode form.
// Invisible characters that change how a name reads (bidi overrides such as U+202E that make
// 「局gpj.xlsx」 look like 「局xlsx.jpg」, zero-width spaces and joiners, the BOM) are dropped, and so is
// a leading 「~$」, which Office and collect take for a lock file.

const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Bidi embeddings, overrides and isolates, marks, zero-width characters, word joiner, soft hyphen, BOM. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\u00ad\ufeff]/g;
const LOCK_FILE = /^([\s.]*~\$)+/;
const DEVICE = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/i;
/** Leaves room for a numbering suffix and the extension within 255 bytes, and for long paths. */
const MAX_BASE_BYTES = 180;

const utf8 = new TextEncoder();

export class FileNames {
  private readonly taken = new Set<string>();

  constructor(private readonly extension: string) {}

  claim(wanted: string): string {
    const base = legalBase(wanted);
    let name = base;
    for (let n = 2; this.taken.has(key(name)); n++) name = `${base}(${n})`;
    this.taken.add(key(name));
    return name + this.extension;
  }
}

function legalBase(wanted: string): string {
  const cleaned = wanted.normalize('NFC').replace(INVISIBLE, '').replace(LOCK_FILE, '').replace(FORBIDDEN, '_').replace(/\s+/g, ' ');
  const cut = trimEnds(cutToBytes(trimEnds(cleaned), MAX_BASE_BYTES));
  if (cut === '') return '单位';
  // A device name is reserved with any extension too (CON.xlsx), and so is its stem before a dot.
  return DEVICE.test(cut.split('.')[0] ?? '') ? `_${cut}` : cut;
}

function trimEnds(name: string): string {
  return name.replace(/^[\s.]+|[\s.]+$/g, '');
}

function cutToBytes(value: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of value) {
    bytes += utf8.encode(ch).length;
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

function key(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
