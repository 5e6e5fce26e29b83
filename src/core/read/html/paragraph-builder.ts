// Text of HTML as a browser renders it, paragraph by paragraph: runs of HTML whitespace collapse to
// one space, and a line break between two CJK characters disappears (CSS segment-break rules), since
// Word's HTML export wraps long lines in the middle of Chinese text.

/** HTML's whitespace: not U+00A0 (&nbsp;) nor U+3000, which are text. */
const WHITESPACE = /[ \t\n\r\f]+/g;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

export class ParagraphBuilder {
  private readonly done: string[] = [];
  private current = '';
  private pendingSpace = false;
  private pendingNewline = false;

  /** `onParagraph` hears each finished non-empty paragraph (the table collector's headings). */
  constructor(private readonly onParagraph: (text: string) => void) {}

  text(raw: string): void {
    let at = 0;
    for (const match of raw.matchAll(WHITESPACE)) {
      this.word(raw.slice(at, match.index));
      this.pendingSpace = true;
      this.pendingNewline ||= /[\n\r]/.test(match[0]);
      at = match.index + match[0].length;
    }
    this.word(raw.slice(at));
  }

  /** Ends the paragraph (block boundary or <br>). */
  break(): void {
    const text = this.current.trim();
    if (text !== '') {
      this.done.push(text);
      this.onParagraph(text);
    }
    this.current = '';
    this.pendingSpace = this.pendingNewline = false;
  }

  /** Adds finished paragraphs as they are (a nested table's rows), without reporting them. */
  append(paragraphs: readonly string[]): void {
    this.break();
    this.done.push(...paragraphs.filter((text) => text !== ''));
  }

  /** The finished paragraphs (call break() first to finish the last one). */
  paragraphs(): string[] {
    return this.done;
  }

  private word(word: string): void {
    if (word === '') return;
    if (this.pendingSpace && this.current !== '') {
      const joinsWide = this.pendingNewline && WIDE.test(this.current[this.current.length - 1]) && WIDE.test(word[0]);
      if (!joinsWide) this.current += ' ';
    }
    this.current += word;
    this.pendingSpace = this.pendingNewline = false;
  }
}
