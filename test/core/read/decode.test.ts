import { decodeText } from '../../../src/core/read/decode';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8('序号\n责任单位'))).toEqual({ ok: true, value: { text: '序号\n责任单位', encoding: 'utf-8' }, warnings: [] });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('附件')))).toMatchObject({ ok: true, value: { text: '附件', encoding: 'utf-8' } });
  });

  it('reads UTF-16 little- and big-endian when they start with a BOM', () => {
    expect(decodeText(utf16('名\u2002称\r\n', true))).toMatchObject({ value: { text: '名\u2002称\n', encoding: 'utf-16le' } });
    expect(decodeText(utf16('名\u2002称\r\n', false))).toMatchObject({ value: { text: '名\u2002称\n', encoding: 'utf-16be' } });
  });

  it('reads GB18030, four-byte sequences included', () => {
    // 名 U+2002 称 𠀀 as written by `iconv -t gb18030`; Node's 'gbk' decoder would garble the four-byte ones.
    const text = bytes(0xc3, 0xfb, 0x81, 0x36, 0xa3, 0x38, 0xb3, 0xc6, 0x95, 0x32, 0x82, 0x36);
    expect(decodeText(text)).toMatchObject({ ok: true, value: { text: '名\u2002称\u{20000}', encoding: 'gb18030' } });
    expect(decodeText(bytes(0xd6, 0xd0, 0xce, 0xc4))).toMatchObject({ value: { text: '中文', encoding: 'gb18030' } });
  });

  it('turns CRLF and lone CR line ends into LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n\r\nd'))).toMatchObject({ value: { text: 'a\nb\nc\n\nd' } });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeText(bytes(0x41, 0xff, 0xff, 0x42))).toEqual({
      ok: false,
      error: {
        code: 'undecodable',
        message: '无法识别文件的文字编码（不是 UTF-8、UTF-16 或 GB18030 文本），可能是二进制文件。请在 Word 中另存为 .docx 或「纯文本」后再导入。',
      },
      warnings: [],
    });
  });

  it('refuses a UTF-16 BOM followed by a broken code unit', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41))).toEqual({
      ok: false,
      error: { code: 'undecodable', message: '文件开头标明是 UTF-16LE 编码，但内容无法按此编码读取，文件可能已损坏。', args: { encoding: 'UTF-16LE' } },
      warnings: [],
    });
  });

  it('refuses text with NUL or other control characters', () => {
    const refusal = {
      ok: false,
      error: {
        code: 'binary',
        message: '文件中含有控制字符，不是纯文本（可能是 Word 的 .doc、压缩包或其他二进制文件）。请另存为 .docx 或纯文本后再导入。',
      },
      warnings: [],
    };
    expect(decodeText(bytes(0x41, 0x00, 0x42))).toEqual(refusal);
    expect(decodeText(utf8('责任单位\u0007'))).toEqual(refusal);
  });

  it('keeps tabs and form feeds, which Word text exports contain', () => {
    expect(decodeText(utf8('\t序号\f\v'))).toMatchObject({ ok: true, value: { text: '\t序号\f\v' } });
  });

  it('reads UTF-16 without a BOM, little- and big-endian, from where its zero bytes fall, and says so', () => {
    const text = '\t序号\r\n\t责任单位\r\n\t1\r\n\t县应急局\r\n';
    for (const littleEndian of [true, false]) {
      const read = decodeText(utf16(text, littleEndian).subarray(2));
      expect(read).toMatchObject({ ok: true, value: { text: text.replace(/\r\n/g, '\n'), encoding: littleEndian ? 'utf-16le' : 'utf-16be' } });
      expect(read.warnings).toEqual([
        { code: 'utf16-no-bom', message: expect.stringContaining('没有字节顺序标记（BOM）'), args: { encoding: littleEndian ? 'UTF-16LE' : 'UTF-16BE' } },
      ]);
    }
  });

  it('says precisely what it found when BOM-less UTF-16 does not decode', () => {
    const broken = utf16('\t序号\r\n\t责任单位\r\n', true).subarray(2);
    broken.set([0x01, 0xdc], 4); // a lone low surrogate, U+DC01
    expect(decodeText(broken)).toMatchObject({ ok: false, error: { code: 'undecodable', message: expect.stringContaining('零字节像是 UTF-16LE 文本，但按 UTF-16LE 读出的内容有无效的字符') } });
  });
});
