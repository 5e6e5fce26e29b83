// Keeps the rule set honest (typescript-eslint's docs and index meta-tests): every flag code of the
// fixed vocabulary has a rule file named after it, a test file, and a line in index.ts.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAG_CODES } from '../../../src/core/audit/flag';
import { RULES } from '../../../src/core/audit/index';
import type { Rule } from '../../../src/core/audit/rule';

const ROOT = join(__dirname, '../../..');
/** design.md's fixed vocabulary, kept in the repository so that the test needs nothing beside it. */
const VOCABULARY = join(ROOT, 'docs/vocabulary.md');

/** The codes in the vocabulary's 「Flag codes:」 paragraph, each written as `code`. */
function vocabularyCodes(): string[] {
  const text = readFileSync(VOCABULARY, 'utf8');
  const paragraph = text.slice(text.indexOf('Flag codes:')).split(/\n\s*\n/)[0] ?? '';
  return [...paragraph.matchAll(/`([a-z-]+)`/g)].map((m) => m[1] ?? '');
}

test('the fixed vocabulary (docs/vocabulary.md, as in design.md) and FLAG_CODES list the same flag codes', () => {
  expect([...vocabularyCodes()].sort()).toEqual([...FLAG_CODES].sort());
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
