import { type BrowserContext, expect } from '@playwright/test';

/** What every page of a context did against the site's policy, for the whole context's life. */
export interface PolicyRecord {
	/** Content Security Policy violations, each with the page's address. */
	violations: string[];
	/** Requests to any origin other than the site's. */
	foreignRequests: string[];
}

/**
 * Record every CSP violation any page of `context` reports, in every document it opens (a
 * reload or a navigation included), and every request that leaves `origin`. The shared fixtures
 * fail a test on any of either (tests/support/fixtures.ts). `site` is any address on the site.
 */
export async function guardPolicy(context: BrowserContext, site: string): Promise<PolicyRecord> {
	const origin = new URL(site).origin;
	const record: PolicyRecord = { violations: [], foreignRequests: [] };
	context.on('request', (request) => {
		const url = request.url();
		if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) {
			record.foreignRequests.push(url);
		}
	});
	await context.exposeBinding('__folioPolicyViolation', ({ page }, text: string) => {
		record.violations.push(`${page.url()}: ${text}`);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __folioPolicyViolation?: (text: string) => void })
				.__folioPolicyViolation;
			report?.(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ` +
					`(${event.sourceFile || 'the page'}:${event.lineNumber}) ${event.sample}`
			);
		});
	});
	return record;
}

/** Fail on anything `record` holds (for contexts a test makes itself). */
export function expectNoPolicyBreaks(record: PolicyRecord): void {
	expect(record.violations, 'Content Security Policy violations').toEqual([]);
	expect(record.foreignRequests, 'requests to other origins').toEqual([]);
}
