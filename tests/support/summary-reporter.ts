import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Ends the run with one plain line, "browser: N passed, N failed, N skipped", for CI logs. */
export default class SummaryReporter implements Reporter {
	#counts = { passed: 0, failed: 0, skipped: 0 };

	onTestEnd(test: TestCase, result: TestResult) {
		if (result.retry < test.retries && result.status !== 'passed') return;
		if (result.status === 'passed') this.#counts.passed++;
		else if (result.status === 'skipped') this.#counts.skipped++;
		else this.#counts.failed++;
	}

	onEnd(result: FullResult) {
		const { passed, failed, skipped } = this.#counts;
		console.log(
			`\nbrowser: ${passed} passed, ${failed} failed, ${skipped} skipped (${result.status})`
		);
	}

	printsToStdio() {
		return false;
	}
}
