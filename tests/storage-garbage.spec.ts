import type { Page } from '@playwright/test';
import { expect, firstArticle, test } from './support/fixtures';
import { hydrated, openPanel, settingsKey } from './support/settings';

/** Console errors and uncaught exceptions, for the life of `page`. */
function watchErrors(page: Page) {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** The page renders, hydrates, and the settings panel opens and changes the page. */
async function expectUsable(page: Page) {
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Florida');
	await expect(page.locator('article > p[id]')).toHaveCount(9);
	await hydrated(page);
	const panel = await openPanel(page);
	await panel.getByLabel('Sepia').check();
	await expect(page.locator('html')).toHaveAttribute('data-folio-theme', 'sepia');
	await panel.getByRole('slider', { name: 'Size' }).fill('30');
	await expect(page.locator('article > p[id]').first()).toHaveCSS('font-size', '30px');
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
}

const garbage: Record<string, string> = {
	'a 2 MB string': 'x'.repeat(2_000_000),
	'JSON cut short': '{"version":1,"settings":{"theme":"da',
	'JSON nested 100,000 deep': '['.repeat(100_000) + ']'.repeat(100_000),
	'an array': '[1,2,3]',
	'a bare string': '"sepia"',
	'wrong types everywhere': JSON.stringify({
		version: '1',
		settings: { theme: 7, fontSize: '30', font: ['mono'], customText: { r: 1 }, align: null }
	}),
	'numbers out of every range': JSON.stringify({
		version: 1,
		settings: { fontSize: 1e308, lineHeight: -1, measure: 'NaN', letterSpacing: 1e-320 }
	}),
	'prototype-pollution shapes':
		'{"version":1,"__proto__":{"polluted":1},"settings":{"__proto__":{"theme":"black"},' +
		'"constructor":{"prototype":{"polluted":1}},"theme":"contrast"}}',
	'CSS injection attempts': JSON.stringify({
		version: 1,
		settings: {
			customText: '#000000; background: url(https://evil.example/x)',
			font: 'mono"; } * { display: none } {',
			theme: 'custom'
		}
	})
};

for (const [name, text] of Object.entries(garbage)) {
	test(`settings storage holding ${name}: the page renders, works, and logs no error`, async ({
		page
	}) => {
		const errors = watchErrors(page);
		await page.goto(firstArticle);
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [settingsKey, text]);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-folio-theme', /^[a-z]+$/);
		expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBe(
			undefined
		);
		await expectUsable(page);
		expect(errors).toEqual([]);
	});
}

test('storage that throws on every call: the page renders, works, and logs no error', async ({
	page
}) => {
	await page.addInitScript(() => {
		const denied = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		const broken = {
			getItem: denied,
			setItem: denied,
			removeItem: denied,
			clear: denied,
			key: denied
		};
		Object.defineProperty(window, 'localStorage', { configurable: true, get: () => broken });
	});
	const errors = watchErrors(page);
	await page.goto(firstArticle);
	await expectUsable(page);
	expect(errors).toEqual([]);
});

test('storage that cannot even be reached: the page renders, works, and logs no error', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			}
		});
	});
	const errors = watchErrors(page);
	await page.goto(firstArticle);
	await expectUsable(page);
	expect(errors).toEqual([]);
});
