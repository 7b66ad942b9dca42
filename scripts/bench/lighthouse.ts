// Lighthouse 12 runs (mobile preset, simulated throttling) against a URL, in Debian Chromium.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../../tests/setup/browser-path.js';

export interface LighthouseFigures {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	fcp: number;
	lcp: number;
	speedIndex: number;
	cls: number;
	tbt: number;
	totalBytes: number;
	jsBytes: number;
}

/** One Lighthouse run; scores are 0-100, times in ms, bytes as transferred. */
export async function runLighthouse(url: string): Promise<LighthouseFigures> {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-dev-shm-usage',
			'--disable-background-networking'
		]
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
		if (!result) throw new Error(`lighthouse gave no result for ${url}`);
		const { categories, audits } = result.lhr;
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
		const resources =
			(
				audits['resource-summary']?.details as {
					items?: { resourceType: string; transferSize: number }[];
				}
			)?.items ?? [];
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			fcp: numeric('first-contentful-paint'),
			lcp: numeric('largest-contentful-paint'),
			speedIndex: numeric('speed-index'),
			cls: numeric('cumulative-layout-shift'),
			tbt: numeric('total-blocking-time'),
			totalBytes: numeric('total-byte-weight'),
			jsBytes: resources.find((item) => item.resourceType === 'script')?.transferSize ?? 0
		};
	} finally {
		await chrome.kill();
	}
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of each figure over several runs. */
export function medians(runs: LighthouseFigures[]): LighthouseFigures {
	const keys = Object.keys(runs[0]) as (keyof LighthouseFigures)[];
	return Object.fromEntries(
		keys.map((key) => [key, median(runs.map((run) => run[key]))])
	) as unknown as LighthouseFigures;
}
