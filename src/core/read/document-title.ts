// The document's own title, as a clerk names it (「2025年全县安全生产、防灾减灾救灾和消防工作要点」),
// read from its first page, in order of trust:
//   1. the notice title 「关于印发《…》的通知」, often broken over two or three lines;
//   2. the covering sentence 「现将《…》印发给你们」 or 「《…》已经…同意」;
//   3. the plan's own title line above its body (「…工作要点」「…实施方案」).
// A line broken mid-phrase leaves a gap (「安全生产 防灾」/「减灾」): the gap becomes 「、」 when the
// document writes the phrase that way elsewhere, and is closed otherwise.

/** The title is on the first page: lines further down are body text. */
const HEAD_LINES = 40;
/** A notice title spans at most this many lines. */
const NOTICE_LINES = 4;
const NOTICE_START = /关于(?:印发|转发)/;
const NOTICE_END = '的通知';
const COVERING = /(?:^|现将|转发)《([^《》]+)》(?:印发|已经|已|经)/;
/** What a plan's title ends with. */
const PLAN_KIND = /(?:要点|方案|计划|意见|办法|规划|细则|安排|措施|清单)$/;
/** A title line broken after a conjunction or an enumeration comma continues on the next line. */
const BROKEN_AFTER = /[、与和及暨并]$/;
/** A line with sentence punctuation is body text. */
const SENTENCE = /[。；;！!？?：:，,]/;
/** 「一、」「（一）」「1.」: the body has begun, so the plan's title is above. */
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])/;
/** 「（2024—2026年）」 after the name is the plan's span: clerks name the plan without it. */
const SPAN = /\s*[（(]\s*\d{4}\s*年?\s*[—–\-－~～至]+\s*\d{4}\s*年?\s*[)）]$/;
const SHORTEST = 4;
const LONGEST = 80;

/**
 * The title, or undefined when nothing reads as one. `preferred` are texts that name the document
 * outright (an HTML page's <title>, its first <h1>): each is tried alone, as one line, before the paragraphs.
 */
export function documentTitle(paragraphs: readonly string[], preferred: readonly string[] = []): string | undefined {
  let joined: string | undefined;
  const evidence = () => (joined ??= paragraphs.join('\n'));
  for (const text of preferred) {
    const title = titleIn([headLines([text]).join(' ')], evidence);
    if (title) return title;
  }
  return titleIn(headLines(paragraphs), evidence);
}

function titleIn(lines: readonly string[], evidence: () => string): string | undefined {
  const found = noticeTitle(lines) ?? coveringTitle(lines) ?? planTitleLine(lines);
  if (found === undefined) return undefined;
  const title = closeGaps(found.trim(), evidence).replace(SPAN, '');
  return title.length >= SHORTEST && title.length <= LONGEST && /[\u4e00-\u9fff]/.test(title) ? title : undefined;
}

/** 「关于印发X的通知」, possibly over several lines: X without its 《》. */
function noticeTitle(lines: readonly string[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i].search(NOTICE_START);
    // 「根据《关于印发…的通知》」 in a sentence cites another document.
    if (start < 0 || SENTENCE.test(lines[i].slice(0, start)) || lines[i].slice(0, start).includes('《')) continue;
    const pieces = [lines[i].slice(start).replace(NOTICE_START, '')];
    for (let j = i + 1; j < Math.min(lines.length, i + NOTICE_LINES) && !pieces.join('').includes(NOTICE_END); j++) pieces.push(lines[j]);
    const joined = pieces.join(' ');
    const end = joined.indexOf(NOTICE_END);
    const inner = end >= 0 ? joined.slice(0, end) : /^\s*《[^《》]+》/.exec(joined)?.[0];
    if (inner !== undefined) return unquote(inner);
  }
  return undefined;
}

function coveringTitle(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const match = COVERING.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/** The first line before the body that ends like a plan's name, with the line it continues. */
function planTitleLine(lines: readonly string[]): string | undefined {
  for (let i = 0; i < lines.length && !NUMBERED_HEADING.test(lines[i]); i++) {
    if (!PLAN_KIND.test(lines[i]) || SENTENCE.test(lines[i])) continue;
    const previous = lines[i - 1];
    return previous !== undefined && BROKEN_AFTER.test(previous) && !SENTENCE.test(previous) ? `${previous} ${lines[i]}` : lines[i];
  }
  return undefined;
}

function unquote(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('《') && trimmed.endsWith('》') ? trimmed.slice(1, -1) : trimmed;
}

/** Each gap between words: kept between Latin letters or digits, else 「、」 if the document shows it there, else closed. */
function closeGaps(title: string, evidence: () => string): string {
  return title.replace(/ +/g, (gap: string, at: number) => {
    const before = title.slice(0, at).replace(/ /g, '');
    const after = title.slice(at + gap.length).replace(/ /g, '');
    if (/[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after)) return ' ';
    return evidence().includes(`${before.slice(-4)}、${after.slice(0, 4)}`) ? '、' : '';
  });
}

/** The first lines with something on them, each with its whitespace runs (full-width spaces too) made one space. */
function headLines(paragraphs: readonly string[]): string[] {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    for (const raw of paragraph.split(/\r?\n/)) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (line !== '') lines.push(line);
      if (lines.length === HEAD_LINES) return lines;
    }
  }
  return lines;
}
