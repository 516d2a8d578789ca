// axe-core on the main screen and the dialogs: no serious or critical violation.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// The app's Content-Security-Policy allows no injected script: axe is the tests' own, not the app's.
test.use({ bypassCSP: true });

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * The one violation left, known and not this branch's to restructure: the plan list's options hold their buttons
 * (nested-interactive), in renderer/features/plans (issue 15's). Named here so that no other one gets past.
 */
const KNOWN = new Set(['nested-interactive: li:nth-child(1), li:nth-child(2)']);

/** The serious and critical violations axe finds on the page as it is, each with where it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    .filter((v) => !KNOWN.has(v));
}

test('the main screen with a plan open has no serious or critical axe violation', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dialogs have no serious or critical axe violation', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  for (const [button, name] of [
    ['列设置', '列设置'],
    ['导出…', '导出'],
    ['排序…', '排序'],
  ] as const) {
    await app.button(button).click();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    expect(await seriousViolations(page), name).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});
