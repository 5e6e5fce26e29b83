// Keeps the rule set honest (typescript-eslint's docs and index meta-tests): every flag code of the
// fixed vocabulary has a rule file named after it, a test file, and a line in index.ts.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAG_CODES } from '../../../src/core/audit/flag';
import { RULES } from '../../../src/core/audit/index';
import type { Rule } from '../../../src/core/audit/rule';

const ROOT = join(__dirname, '../../..');
const DESIGN = join(ROOT, '../shared/design.md');

/** The codes in design.md's 「Flag codes:」 paragraph, each written as `code`. */
function designCodes(): string[] {
  const text = readFileSync(DESIGN, 'utf8');
  const paragraph = text.slice(text.indexOf('Flag codes:')).split(/\n\s*\n/)[0] ?? '';
  return [...paragraph.matchAll(/`([a-z-]+)`/g)].map((m) => m[1] ?? '');
}

test('design.md and FLAG_CODES list the same flag codes', () => {
  expect([...designCodes()].sort()).toEqual([...FLAG_CODES].sort());
});

describe.each([...FLAG_CODES])('the %s rule', (code) => {
  test('has a rule file named after its code, whose rule carries that code', () => {
    const file = join(ROOT, 'src/core/audit', `${code}.ts`);
    expect(existsSync(file)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = Object.values(require(file) as Record<string, Rule>);
    expect(exported.map((rule) => rule.code)).toEqual([code]);
  });

  test('has a test file', () => {
    expect(existsSync(join(__dirname, `${code}.test.ts`))).toBe(true);
  });

  test('is listed in index.ts', () => {
    expect(RULES.filter((rule) => rule.code === code)).toHaveLength(1);
    const index = readFileSync(join(ROOT, 'src/core/audit/index.ts'), 'utf8');
    expect(index).toContain(`from './${code}';`);
  });
});

test('index.ts lists no rule outside the vocabulary', () => {
  expect(RULES.map((rule) => rule.code).sort()).toEqual([...FLAG_CODES].sort());
});
