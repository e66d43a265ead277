/**
 * Checks shared by the specs: no serious accessibility violations (axe-core) in a page or a part
 * of it, and a screenshot kept as a test artifact.
 */
import type { Page, TestInfo } from '@playwright/test';

// The one axe check lives in axe.ts; specs that also keep screenshots import both from here.
export { expectNoSeriousViolations } from './axe';

/** A screenshot of the page named `name`, attached to the test's report. */
export async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}
