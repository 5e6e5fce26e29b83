// typescript-eslint's RuleTester, for our rules: valid inputs give no flag; each invalid input gives
// exactly the flags listed, stated by code, row and column (and, where given, severity and units).

import type { Flag } from '../../../src/core/audit/flag';
import type { AuditInput, Rule } from '../../../src/core/audit/rule';

export interface ExpectedFlag {
  row: number;
  column: number;
  severity?: Flag['severity'];
  units?: string[];
  /** Words the message must contain. */
  says?: string[];
}

export interface RuleCases {
  valid: Array<{ name: string; input: AuditInput }>;
  invalid: Array<{ name: string; input: AuditInput; flags: ExpectedFlag[] }>;
}

export function runRule(rule: Rule, cases: RuleCases): void {
  describe(rule.code, () => {
    test.each(cases.valid)('gives no flag when $name', ({ input }) => {
      expect(rule.check(input)).toEqual([]);
    });
    test.each(cases.invalid)('flags the cell when $name', ({ input, flags }) => {
      const found = rule.check(input);
      expect(found.map((f) => ({ code: f.code, row: f.row, column: f.column }))).toEqual(
        flags.map((f) => ({ code: rule.code, row: f.row, column: f.column })),
      );
      found.forEach((flag, i) => {
        const expected = flags[i] as ExpectedFlag;
        if (expected.severity) expect(flag.severity).toBe(expected.severity);
        if (expected.units) expect(flag.units).toEqual(expected.units);
        for (const words of expected.says ?? []) expect(flag.message).toContain(words);
        expect(flag.message).toMatch(/[\u4e00-\u9fff]/);
        expect(flag.suggestion).toMatch(/[\u4e00-\u9fff]/);
      });
    });
  });
}
