import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** How many of the slowest tests the summary names. */
const slowestShown = 15;

/**
 * Ends the run with the slowest tests and one plain line, "browser: N passed, N failed,
 * N skipped", for CI logs (where the HTML and JSON reports of test-report/ are not seen).
 */
export default class SummaryReporter implements Reporter {
	#counts = { passed: 0, failed: 0, skipped: 0 };
	#durations: { title: string; ms: number }[] = [];

	onTestEnd(test: TestCase, result: TestResult) {
		if (result.retry < test.retries && result.status !== 'passed') return;
		if (result.status === 'passed') this.#counts.passed++;
		else if (result.status === 'skipped') this.#counts.skipped++;
		else this.#counts.failed++;
		const [, , file, ...titles] = test.titlePath();
		const title = `${file}:${test.location.line} › ${titles.join(' › ')}`;
		this.#durations.push({ title, ms: result.duration });
	}

	onEnd(result: FullResult) {
		const slowest = this.#durations.toSorted((a, b) => b.ms - a.ms).slice(0, slowestShown);
		if (slowest.length > 0) console.log(`\nThe ${slowest.length} slowest browser tests:`);
		for (const { title, ms } of slowest)
			console.log(`${(ms / 1000).toFixed(1).padStart(7)} s  ${title}`);
		const { passed, failed, skipped } = this.#counts;
		console.log(
			`\nbrowser: ${passed} passed, ${failed} failed, ${skipped} skipped (${result.status}) ` +
				`in ${(result.duration / 60_000).toFixed(1)} min; reports in test-report/`
		);
	}

	printsToStdio() {
		return false;
	}
}
