import { expect, firstArticle, test } from './support/fixtures';
import { watchPolicy } from './support/policy-watch';

test('pages ship a strict CSP, break none of it, and ask nothing of other origins', async ({
	page,
	site
}) => {
	const watch = await watchPolicy(page, site.url);
	for (const path of ['/', firstArticle, '/no-such-page/']) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).not.toContain('unsafe-inline');
		expect(policy).not.toContain('unsafe-eval');
		expect(await watch.violations()).toEqual([]);
	}
	expect(watch.foreignRequests).toEqual([]);
});
