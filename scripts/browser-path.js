// Which Chromium the browser tests and the benchmark drive: $CHROME_PATH, else Debian's
// /usr/bin/chromium, else undefined (Playwright's own download, where that works).
import { existsSync } from 'node:fs';

export const debianChromium = '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a closed network (no sandbox: tests run as root). */
export const quietChromiumArgs = [
	'--no-sandbox',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update'
];

/** @returns {string | undefined} */
export function chromiumPath() {
	if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
	if (existsSync(debianChromium)) return debianChromium;
	return undefined;
}
