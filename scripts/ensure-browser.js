// Makes sure the browser tests have a Chromium. On Debian as root, installs the `chromium`
// package when no browser is found, so a fresh machine needs nothing by hand.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.js';

function playwrightHasBrowser() {
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

const found = chromiumPath();
if (found) {
	if (!existsSync(found)) {
		console.error(`ensure-browser: CHROME_PATH=${found} does not exist`);
		process.exit(1);
	}
} else if (!playwrightHasBrowser()) {
	const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
	if (!isDebian || process.getuid?.() !== 0) {
		console.error(
			'ensure-browser: no Chromium found. Set CHROME_PATH, install Chromium, ' +
				'or run `npx playwright install chromium`.'
		);
		process.exit(1);
	}
	console.log('ensure-browser: installing Debian chromium...');
	/** @type {import('node:child_process').ExecFileSyncOptions} */
	const apt = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
	execFileSync('apt-get', ['update', '-qq'], apt);
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], apt);
}
