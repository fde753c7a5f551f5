/**
 * Test support: headless Chromium from the system (Debian's `chromium` package, found with
 * `which chromium`; .ci/run installs it when missing) driven by playwright-core. Nothing is ever
 * downloaded. `inPage` collects console errors, failed requests and error responses, and saves a
 * screenshot under test-results/ when the test body throws.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The system Chromium, or an error that says how to install it. */
export function chromiumPath(): string {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium is required for the browser tests: `apt-get install -y chromium` (Debian/Ubuntu); .ci/run installs it when missing');
  }
}

/** Launches headless Chromium with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Where failing browser tests leave their screenshots. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/browser/', import.meta.url));

/** Problems a page reported: console errors, uncaught exceptions, failed requests, HTTP errors. */
export interface PageProblems { errors: string[] }

/** Opens a page, runs `body`, and on failure saves a full-page screenshot named after the test. */
export async function inPage(browser: Browser, name: string, body: (page: Page, problems: PageProblems) => Promise<void>): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: PageProblems = { errors: [] };
  page.on('console', (message) => { if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.errors.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => { if (response.status() >= 400) problems.errors.push(`HTTP ${response.status()}: ${response.url()}`); });
  try {
    await body(page, problems);
  } catch (error) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    (error as Error).message += `\n(screenshot: ${file})`;
    throw error;
  } finally {
    await page.close();
  }
}
