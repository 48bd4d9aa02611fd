/**
 * Finds Debian's (or any installed) Chromium and launches it headless the way this
 * workplace needs, for the browser tests and `npm run search-eval`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

export const chromePath: string | undefined = [process.env.CHROME_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
export const INSTALL_HINT = 'no Chromium found: install it with `apt-get install -y chromium` or set CHROME_PATH';

export async function launch(): Promise<Browser> {
  if (!chromePath) throw new Error(INSTALL_HINT);
  return chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
    // Playwright gives every launch a fresh, empty profile (its own --user-data-dir).
  });
}
