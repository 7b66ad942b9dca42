// Makes sure the browser tests have what they need: Chromium, a real speech engine, WebKit and
// Firefox. On
// Debian as root, installs the missing packages (tests/setup/test-packages.js), so a fresh machine
// needs nothing by hand; anywhere else, fails with the command to run. Never skips a test.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.js';
import { installCommand, packagesToInstall } from './test-packages.js';

function playwrightHasBrowser() {
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

const named = process.env.CHROME_PATH;
if (named && !existsSync(named)) {
	console.error(`ensure-test-packages: CHROME_PATH=${named} does not exist`);
	process.exit(1);
}
const otherBrowser = Boolean(named) || (!chromiumPath() && playwrightHasBrowser());
const missing = packagesToInstall({ otherBrowser });

if (missing.length > 0) {
	const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
	if (!isDebian || process.getuid?.() !== 0) {
		console.error(
			`ensure-test-packages: missing ${missing.map((pkg) => pkg.provides).join(', ')}.\n` +
				`On Debian, as root: apt-get update && ${installCommand(missing)}\n` +
				'(For the browser alone, CHROME_PATH or `npx playwright install chromium` also do.)'
		);
		process.exit(1);
	}
	console.log(`ensure-test-packages: installing ${missing.map((pkg) => pkg.name).join(' ')}...`);
	/** @type {import('node:child_process').ExecFileSyncOptions} */
	const apt = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
	execFileSync('apt-get', ['update', '-qq'], apt);
	execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map((pkg) => pkg.name)], apt);
}
