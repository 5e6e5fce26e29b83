import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILE_BYTES, readSourceFiles } from '../../src/cli/read-files';

const SEED = join(__dirname, '../../seeds/004_e49c03a3eb7a1052.txt');

describe('readSourceFiles', () => {
  let stderr: string[];
  beforeEach(() => {
    stderr = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr.push(String(chunk));
      return true;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('reads documents in the order given, naming each by its file name alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-files-'));
    const plain = join(dir, '分工表.txt');
    writeFileSync(plain, '一、任务\n\t序号\n\t责任单位\n\n\t1\n\t县应急局\n');
    const { documents, failed } = await readSourceFiles([plain, SEED]);
    expect(failed).toBe(0);
    expect(stderr).toEqual([]);
    expect(documents.map((d) => [d.source, d.tables.length])).toEqual([
      ['分工表.txt', 1],
      ['004_e49c03a3eb7a1052.txt', 1],
    ]);
  });

  it('keeps a document that yields no task, counts it as unread and says why', async () => {
    const plain = join(mkdtempSync(join(tmpdir(), 'read-files-')), '通知.txt');
    writeFileSync(plain, '关于做好安全生产工作的通知\n各单位要高度重视，认真落实。\n');
    const { documents, failed, unread } = await readSourceFiles([plain, SEED]);
    expect({ failed, unread, read: documents.map((d) => d.source) }).toEqual({ failed: 0, unread: 1, read: ['通知.txt', '004_e49c03a3eb7a1052.txt'] });
    expect(stderr).toEqual([expect.stringMatching(/^.*通知\.txt: 没有读到任何任务：[^\n]*\n[^\n]*请改用原始的 \.docx 文件或网页/)]);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const big = join(mkdtempSync(join(tmpdir(), 'read-files-')), 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    expect(await readSourceFiles([big])).toEqual({ documents: [], failed: 1, unread: 0 });
    expect(stderr).toEqual([`${big}: 文件太大（50.0 MB，上限 50 MB）/ file too large\n`]);
  });

  it('reports an empty file and a missing one, and counts both', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'read-files-')), 'empty.txt');
    writeFileSync(empty, '');
    expect(await readSourceFiles([empty, join(empty, 'below-a-file.txt')])).toEqual({ documents: [], failed: 2, unread: 0 });
    expect(stderr).toEqual([`${empty}: 文件是空的（0 字节）。\n`, `${join(empty, 'below-a-file.txt')}: 找不到文件 / file not found\n`]);
  });
});
