// Text written straight into UTF-8 bytes, a row at a time: a sheet kept as one string would hold a
// short-lived string per cell until the end (hundreds of MB, and most of the time spent collecting
// them, for a 20,000-task workbook); as bytes it costs its size and goes to the zip as it is.

const encoder = new TextEncoder();

export class ByteSink {
  private buffer = new Uint8Array(64 * 1024);
  private length = 0;

  write(text: string): void {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
