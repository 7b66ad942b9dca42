import type { Page } from '@playwright/test';
import { fakeVoices, installFakeSpeech, spoken } from './support/fake-speech';
import { expect, firstArticle, test } from './support/fixtures';
import { positionsKey, storedPosition } from './support/reading';
import { hydrated, openPanel, settingsKey } from './support/settings';
import { storageKeys } from './support/stored';

const listeningKey = storageKeys.listening;
const slug = 'us-ukraine-florida-talks';

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
	'JSON cut short': '{"v":1,"data":{"theme":"da',
	'JSON nested 100,000 deep': '['.repeat(100_000) + ']'.repeat(100_000),
	'an array': '[1,2,3]',
	'a bare string': '"sepia"',
	'wrong types everywhere': JSON.stringify({
		v: '1',
		data: { theme: 7, fontSize: '30', font: ['mono'], customText: { r: 1 }, align: null }
	}),
	'numbers out of every range': JSON.stringify({
		v: 1,
		data: { fontSize: 1e308, lineHeight: -1, measure: 'NaN', letterSpacing: 1e-320 }
	}),
	'prototype-pollution shapes':
		'{"v":1,"__proto__":{"polluted":1},"data":{"__proto__":{"theme":"black"},' +
		'"constructor":{"prototype":{"polluted":1}},"theme":"contrast"}}',
	// The format from before the envelope ({ version, settings }), which an update still reads.
	'the older format, with wrong types': JSON.stringify({
		version: 1,
		settings: { theme: 7, fontSize: '30', font: ['mono'] }
	}),
	'CSS injection attempts': JSON.stringify({
		v: 1,
		data: {
			customText: '#000000; background: url(https://evil.example/x)',
			font: 'mono"; } * { display: none } {',
			theme: 'custom'
		}
	})
};

test('settings storage holding garbage: the page renders, works, and logs no error', async ({
	page
}) => {
	// One page through every kind of garbage: each is stored, then the page is loaded anew.
	const errors = watchErrors(page);
	await page.goto(firstArticle);
	for (const [name, text] of Object.entries(garbage)) {
		await test.step(name, async () => {
			await page.evaluate(([key, value]) => localStorage.setItem(key, value), [settingsKey, text]);
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-folio-theme', /^[a-z]+$/);
			expect(
				await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
				name
			).toBe(undefined);
			await expectUsable(page);
			expect(errors, name).toEqual([]);
		});
	}
});

/** What survives of the garbage: a position to continue from, a stored speed. */
interface Survivors {
	listen?: 'Listen' | 'Continue listening';
	rate?: number;
}

/** Listening opens from the article page and speaks at the speed stored, with a voice. */
async function expectListeningUsable(page: Page, { listen = 'Listen', rate = 1 }: Survivors = {}) {
	const dock = page.getByRole('region', { name: 'Listen' });
	await dock.getByRole('button', { name: listen, exact: true }).click();
	await expect(dock.getByRole('group', { name: 'Listening controls' })).toBeVisible();
	await expect(dock.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	const [first] = await spoken(page);
	expect(first.rate).toBe(rate);
	expect(fakeVoices.map((voice) => voice.voiceURI)).toContain(first.voiceURI);
}

/** The library lists the articles, shows each one's state once loaded, and sorts. */
async function expectLibraryUsable(page: Page) {
	await hydrated(page);
	const entry = page.locator('.entry').filter({ hasText: 'Florida' });
	await expect(entry.locator('.entry-state')).toHaveText(/^(New|Read|\d+% · \d+ min left)$/);
	await page.getByRole('combobox', { name: 'Sort' }).selectOption('In progress first');
	await expect(page.locator('.entry').first()).toBeVisible();
	await page.getByRole('checkbox', { name: 'Unread only' }).check();
	await expect(page.getByRole('checkbox', { name: 'Unread only' })).toBeChecked();
	// The unread articles, or the message that there are none.
	await expect(page.getByRole('listitem').first()).toBeVisible();
}

const polluted = (page: Page) =>
	page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted);

/** Garbage for any key. */
const anyGarbage: Record<string, string> = {
	'a 2 MB string': 'x'.repeat(2_000_000),
	'JSON nested 100,000 deep': '['.repeat(100_000) + ']'.repeat(100_000)
};
const positionsGarbage: Record<string, string> = {
	...anyGarbage,
	'JSON cut short': `{"v":2,"data":{"${slug}":{"sentenceId":"b4-1","progress":0.`,
	'wrong types everywhere': JSON.stringify({
		v: 2,
		data: {
			[slug]: { sentenceId: 41, offset: 'top', progress: [0.5], title: { t: 1 }, readAt: true },
			other: 'b1-1',
			list: [1, 2, 3]
		}
	}),
	'numbers out of every range': JSON.stringify({
		v: 2,
		data: {
			[slug]: { sentenceId: 'b4-1', offset: 1e308, progress: -1, readingMinutes: -5, updatedAt: -1 }
		}
	}),
	'prototype-pollution shapes':
		'{"v":2,"__proto__":{"polluted":1},"data":{"__proto__":{"sentenceId":"b1-1",' +
		'"progress":0.5},"constructor":{"prototype":{"polluted":1}},' +
		`"${slug}":{"sentenceId":"b4-1","progress":0.3,"updatedAt":2}}}`,
	// The format from before the envelope ({ v, positions }), which an update still reads.
	'the older format, with a valid position among garbage': JSON.stringify({
		v: 2,
		positions: { [slug]: { sentenceId: 'b4-1', progress: 0.3, updatedAt: 2 }, other: 7 }
	})
};
const listeningGarbage: Record<string, string> = {
	...anyGarbage,
	'JSON cut short': '{"v":1,"data":{"rate":1.5,"voices":{"en":"fake-en-ne',
	'wrong types everywhere': JSON.stringify({
		v: 1,
		data: { rate: '2', voices: ['fake-en-net'], wakeLock: 'yes' }
	}),
	'numbers out of every range': JSON.stringify({
		v: 1,
		data: { rate: 1e308, voices: { en: 'x'.repeat(600), de: 7 }, wakeLock: -1 }
	}),
	'prototype-pollution shapes':
		'{"v":1,"__proto__":{"polluted":1},"data":{"__proto__":{"rate":3},"rate":1.5,"voices":' +
		'{"__proto__":{"en":"fake-en-net"},"constructor":{"prototype":{"polluted":1}},"en":"fake-fr"},' +
		'"wakeLock":true}}',
	// The format from before the envelope ({ v, rate, … }), which an update still reads.
	'the older format, with a valid speed among garbage': JSON.stringify({
		v: 1,
		rate: 1.5,
		voices: 'fake-en-net',
		wakeLock: 'yes'
	})
};
/** Where a valid part sits among the garbage, the page must use it: proof the garbage was read. */
const survivors: Record<string, Record<string, Survivors>> = {
	[positionsKey]: {
		'numbers out of every range': { listen: 'Continue listening' },
		'prototype-pollution shapes': { listen: 'Continue listening' },
		'the older format, with a valid position among garbage': { listen: 'Continue listening' }
	},
	[listeningKey]: {
		'prototype-pollution shapes': { rate: 1.5 },
		'the older format, with a valid speed among garbage': { rate: 1.5 }
	}
};
const garbageByKey = { [positionsKey]: positionsGarbage, [listeningKey]: listeningGarbage };

for (const [key, values] of Object.entries(garbageByKey)) {
	test(`${key} holding garbage: article, listening and library work, and log no error`, async ({
		context
	}) => {
		test.setTimeout(90_000);
		// One context through every kind of garbage, a page of its own for each.
		for (const [name, text] of Object.entries(values)) {
			await test.step(name, async () => {
				const page = await context.newPage();
				const errors = watchErrors(page);
				await installFakeSpeech(page, { voices: fakeVoices });
				// Before every page's own scripts: each page starts from the garbage.
				await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [key, text]);
				await page.goto(firstArticle);
				await expect(page.getByRole('heading', { level: 1 })).toContainText('Florida');
				await hydrated(page);
				await expectListeningUsable(page, survivors[key]?.[name]);
				// Changes after the garbage are stored, and readable: a speed, and the article read.
				await page.getByLabel('Speed').selectOption('2');
				await page.getByRole('button', { name: 'Close' }).click();
				await page.evaluate(() =>
					window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' })
				);
				await expect(page.getByText('✓ Read')).toBeVisible();
				await expect
					.poll(() => storedPosition(page, slug))
					.toMatchObject({ progress: 1, readAt: expect.any(Number) });
				const prefs = await page.evaluate((k) => localStorage.getItem(k), listeningKey);
				expect(JSON.parse(prefs ?? 'null')).toMatchObject({ v: 1, data: { rate: 2 } });
				expect(await polluted(page)).toBeUndefined();

				await page.goto('/');
				await expectLibraryUsable(page);
				expect(await polluted(page)).toBeUndefined();
				expect(errors).toEqual([]);
				await page.evaluate(() => localStorage.clear());
				await page.close();
			});
		}
	});
}

/** With storage broken by an init script: article, listening and library work, no error logged. */
async function expectAllUsable(page: Page) {
	await installFakeSpeech(page, { voices: fakeVoices });
	const errors = watchErrors(page);
	await page.goto(firstArticle);
	await expectUsable(page);
	await expectListeningUsable(page);
	await page.goto('/');
	await expectLibraryUsable(page);
	expect(errors).toEqual([]);
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
	await expectAllUsable(page);
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
	await expectAllUsable(page);
});
