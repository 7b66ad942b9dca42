import { chromium } from '@playwright/test';
import { expect, firstArticle, test } from './support/fixtures';
import { waitForServiceWorker } from './support/offline';
import { expectNoPolicyBreaks, guardPolicy } from './support/policy-guard';

test('Chromium finds Folio installable, with no installability errors', async ({
	site,
	browserName
}, testInfo) => {
	expect(browserName).toBe('chromium');
	// Installability needs a real profile: Playwright's default contexts count as incognito.
	const profile = testInfo.outputPath('profile');
	const launchOptions = testInfo.project.use.launchOptions ?? {};
	const context = await chromium.launchPersistentContext(profile, {
		...launchOptions,
		headless: true
	});
	const policy = await guardPolicy(context, site.url);
	try {
		const page = await context.newPage();
		await page.goto(site.url + firstArticle);
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const { url, errors } = await cdp.send('Page.getAppManifest');
		expect(url).toMatch(/\/manifest\.webmanifest$/);
		expect(errors).toEqual([]);
		expectNoPolicyBreaks(policy);
	} finally {
		await context.close();
	}
});

test('the web app manifest has what a rich install sheet needs', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await request.get(href ?? '')).json();
	expect(manifest).toMatchObject({
		id: '/',
		name: 'Folio',
		short_name: 'Folio',
		lang: 'en',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: expect.any(String),
		background_color: expect.any(String),
		categories: expect.arrayContaining(['books'])
	});
	const icons = manifest.icons.map(
		(i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`
	);
	expect(icons).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	expect(manifest.screenshots.map((s: { form_factor: string }) => s.form_factor).sort()).toEqual([
		'narrow',
		'wide'
	]);
	for (const image of [...manifest.icons, ...manifest.screenshots]) {
		const response = await request.get(image.src);
		expect(response.status(), image.src).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
	}
	await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
		'href',
		/\/apple-touch-icon-180x180\.png$/
	);
	await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute(
		'content',
		'yes'
	);
});

test('the Install button follows beforeinstallprompt and hides when installed', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('button', { name: /Saved for offline/ })).toBeVisible();
	const install = page.getByRole('button', { name: 'Install' });
	await expect(install).toBeHidden();
	await page.evaluate(() => {
		const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
			prompt: async () => {},
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(event);
	});
	await expect(install).toBeVisible();
	await install.click();
	await expect(install).toBeHidden();
});

test.describe('on iPhone Safari', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
	});

	test('explains Share, then Add to Home Screen, behind the Install button', async ({ page }) => {
		await page.goto('/');
		const hint = page.getByText('To install Folio, tap Share, then Add to Home Screen.');
		await expect(hint).toBeHidden();
		await page.getByRole('button', { name: 'Install' }).click();
		await expect(hint).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(hint).toBeHidden();
	});
});

test.describe('running as an installed app', () => {
	test('shows no Install button', async ({ page }) => {
		await page.addInitScript(() => {
			const original = window.matchMedia.bind(window);
			window.matchMedia = (query: string) =>
				query === '(display-mode: standalone)'
					? ({
							...original(query),
							matches: true,
							media: query,
							addEventListener() {}
						} as MediaQueryList)
					: original(query);
		});
		await page.goto('/');
		await expect(page.getByRole('button', { name: /Saved for offline/ })).toBeVisible();
		await page.evaluate(() => window.dispatchEvent(new Event('beforeinstallprompt')));
		await expect(page.getByRole('button', { name: 'Install' })).toBeHidden();
	});
});
