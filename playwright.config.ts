import { defineConfig } from '@playwright/test';
import { quietChromiumArgs, testChromiumPath } from './tests/setup/browser-path.js';

const executablePath = testChromiumPath();

/** Browser tests run against the built site (build/), served by tests/support/static-server.ts. */
export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	globalSetup: './tests/support/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: true,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	// Every run leaves a report to read afterwards: an HTML one with each failure's trace, and
	// JSON; the summary names the slowest tests and ends with one line of counts.
	reporter: [
		['list'],
		['html', { open: 'never', outputFolder: 'test-report/browser' }],
		['json', { outputFile: 'test-report/browser.json' }],
		['./tests/support/summary-reporter.ts']
	],
	use: {
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: quietChromiumArgs
		},
		// The trace keeps the DOM at each step but not a screencast: recording frames throughout
		// every test took 40 % of the time on a two-core machine (the a11y and theme specs took
		// 2 min 46 s with it, 1 min 39 s without). A failure still gets one screenshot.
		trace: { mode: 'retain-on-failure', screenshots: false },
		screenshot: 'only-on-failure'
	}
});
