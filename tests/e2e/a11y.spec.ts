// axe-core on the main screen and the dialogs: no serious or critical violation.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { DIALOGS } from './support/dialogs';

// The app's Content-Security-Policy allows no injected script: axe is the tests' own, not the app's.
test.use({ bypassCSP: true });

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** The serious and critical violations axe finds on the page as it is, each with where it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the main screen with a plan open has no serious or critical axe violation', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dialogs have no serious or critical axe violation', async ({ app, page }) => {
  test.slow();
  await app.openPlan(/百日攻坚行动.*配档表/);
  for (const { name, open } of DIALOGS) {
    await open(app);
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    expect(await seriousViolations(page), name).toEqual([]);
    // Esc from the dialog itself (联系分组 keeps Esc typed in its text boxes).
    await dialog.focus();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});
