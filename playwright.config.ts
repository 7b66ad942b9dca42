import { defineConfig } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from './scripts/browser-path.js';

const executablePath = chromiumPath();

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
	reporter: process.env.CI ? [['list'], ['./tests/support/summary-reporter.ts']] : 'list',
	use: {
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: quietChromiumArgs
		},
		trace: 'retain-on-failure'
	}
});
