// Which Chromium the browser tests and the benchmark drive: $CHROME_PATH, else Debian's, else
// undefined (Playwright's own download, where that works).
import { existsSync } from 'node:fs';
import { providedBy } from './test-packages.js';

const debianChromium = providedBy('chromium');
/**
 * Debian's headless shell of the same Chromium: the same Blink and V8 without the browser's own
 * UI and services, which is what Playwright drives for headless tests where it downloads its
 * own. A test takes about a third less machine time in it here than in the full browser.
 */
const debianHeadlessShell = providedBy('chromium-headless-shell');

/** Flags that keep Chromium quiet on a closed network (no sandbox: tests run as root). */
export const quietChromiumArgs = [
	'--no-sandbox',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update'
];

/** The full browser: for speech through speech-dispatcher, the bench and the screens. */
export function chromiumPath() {
	if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
	if (existsSync(debianChromium)) return debianChromium;
	return undefined;
}

/** The browser for the Playwright suite: the headless shell where Debian has it. */
export function testChromiumPath() {
	if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
	if (existsSync(debianHeadlessShell)) return debianHeadlessShell;
	return chromiumPath();
}
