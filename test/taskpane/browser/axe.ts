// axe-core in a page of the pane: injected inline (nothing is fetched, so it runs in the offline file
// too) and run over the whole document. What counts as a failure: any serious or critical violation, and
// the three lesser ones issue 19 found (headings skipping a level, two landmarks of one name).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ALWAYS_FAILS = ['heading-order', 'landmark-unique', 'label-content-name-mismatch'];

/** One line per failing rule and element ("rule (impact): element — what is wrong"); empty when the page passes. */
export async function accessibilityFailures(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const results = (await page.evaluate(() => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }))) as AxeResults;
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical' || ALWAYS_FAILS.includes(violation.id))
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`));
}
