// Interactive as soon as readable: on a mid-range phone profile, how long after the first
// contentful paint the article's controls answer, and whether one tap made right after the
// paint is kept. Each run is a first visit in a fresh context.
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumPath } from '../../tests/setup/browser-path.js';
import { fakeVoices, installFakeSpeech } from '../../tests/support/fake-speech.ts';
import { median } from './lighthouse.ts';

/** The profile of issue 18: 4x CPU, 150 ms round trip, 1.6 Mbps down, 390x844. */
export const phoneProfile = {
	cpuSlowdown: 4,
	latencyMs: 150,
	downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
	uploadBytesPerSecond: (750 * 1024) / 8,
	viewport: { width: 390, height: 844 }
};

/** A control, how to tap it, and what shows that it answered. */
interface Control {
	name: string;
	path: string;
	tap: (page: Page) => ReturnType<Page['locator']>;
	answered: (page: Page) => ReturnType<Page['locator']>;
	/** The same answer as a CSS selector, watched in the page at every frame for its time. */
	answerSelector: string;
	/** At the article's end, and put in the page by the app: no tap before the app is possible. */
	atEnd?: boolean;
}

export const controls: Control[] = [
	{
		name: 'Text and display',
		path: 'article',
		tap: (page) => page.getByRole('button', { name: 'Text and display' }),
		answered: (page) => page.getByRole('dialog', { name: 'Text and display' }),
		answerSelector: 'dialog[open]'
	},
	{
		name: 'Listen',
		path: 'article',
		tap: (page) => page.getByRole('button', { name: 'Listen', exact: true }),
		// The first sentence highlighted (the fake engine speaks; taps after it may pause).
		answered: (page) => page.locator('.sentence.is-speaking'),
		answerSelector: '.sentence.is-speaking'
	},
	{
		name: 'Share',
		path: 'article',
		tap: (page) => page.getByRole('button', { name: /^Share/ }),
		answered: (page) => page.getByRole('status').filter({ hasText: /link/i }),
		answerSelector: '.share-message:not(:empty)',
		atEnd: true
	},
	{
		name: 'Library: Text and display',
		path: 'home',
		tap: (page) => page.getByRole('button', { name: 'Text and display' }),
		answered: (page) => page.getByRole('dialog', { name: 'Text and display' }),
		answerSelector: 'dialog[open]'
	}
];

/** A fresh page (a first visit) on the phone profile, with the fake speech engine. */
async function phonePage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: phoneProfile.viewport });
	const page = await context.newPage();
	await installFakeSpeech(page, { voices: fakeVoices, autoEndMs: 3000 });
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: phoneProfile.cpuSlowdown });
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: phoneProfile.latencyMs,
		downloadThroughput: phoneProfile.downloadBytesPerSecond,
		uploadThroughput: phoneProfile.uploadBytesPerSecond
	});
	return page;
}

/** The page's clock at its first contentful paint, once there is one. */
async function firstPaint(page: Page): Promise<number> {
	const handle = await page.waitForFunction(
		() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
		undefined,
		{ polling: 10, timeout: 30_000 }
	);
	return (await handle.jsonValue()) as number;
}

/** Tap the middle of `locator`'s box, as a finger would (no waiting for the app). */
async function tapAt(page: Page, box: { x: number; y: number; width: number; height: number }) {
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Tap `control` every 50 ms from the first paint until it answers; the time from the paint to
 * the frame that first showed the answer, on the page's clock.
 */
export async function timeToRespond(browser: Browser, url: string, control: Control) {
	const page = await phonePage(browser);
	try {
		await page.goto(url, { waitUntil: 'commit' });
		const paint = await firstPaint(page);
		const shown = page.waitForFunction(
			(selector) => document.querySelector(selector) !== null && performance.now(),
			control.answerSelector,
			{ polling: 'raf', timeout: 35_000 }
		);
		const target = control.tap(page);
		// At the article's end: the reader is there from the paint on (the control may not be
		// in the page yet; it is tapped as soon as it is).
		if (control.atEnd) {
			await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
		}
		const answered = control.answered(page);
		const deadline = Date.now() + 30_000;
		while (!(await answered.isVisible())) {
			if (Date.now() > deadline) throw new Error(`${control.name}: no answer in 30 s`);
			// The control may come or go between two taps (Listen becomes the player).
			const box = await target.boundingBox({ timeout: 50 }).catch(() => null);
			if (box) await tapAt(page, box);
			// The method: a tap every 50 ms, as an impatient reader would.
			await page.waitForTimeout(50);
		}
		const at = (await (await shown).jsonValue()) as number;
		return Math.round(at - paint);
	} finally {
		await page.context().close();
	}
}

/** One tap right after the first paint: does it take effect within `waitMs`? */
export async function earlyTapKept(
	browser: Browser,
	url: string,
	control: Control,
	waitMs = 10_000
) {
	const page = await phonePage(browser);
	try {
		await page.goto(url, { waitUntil: 'commit' });
		await firstPaint(page);
		const box = await control.tap(page).boundingBox({ timeout: 10_000 });
		if (!box) throw new Error(`${control.name}: not on screen`);
		await tapAt(page, box);
		try {
			await control.answered(page).waitFor({ state: 'visible', timeout: waitMs });
			return true;
		} catch {
			return false;
		}
	} finally {
		await page.context().close();
	}
}

/** Medians over `runs` of each interaction's time once the app is ready. */
async function measureAfterReady(browser: Browser, url: string, runs: number) {
	const all: number[][] = [];
	for (let run = 0; run < runs; run++) all.push(await timesAfterReady(browser, url));
	return Object.fromEntries(
		interactions.map(({ name }, i) => {
			const times = all.map((times) => times[i]);
			return [name, { median: median(times), all: times }];
		})
	);
}

export async function measureInteractivity(pages: Record<string, string>, runs: number) {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking']
	});
	try {
		const results: Record<string, { median: number; all: number[]; earlyTapKept: boolean | null }> =
			{};
		for (const control of controls) {
			const all: number[] = [];
			for (let run = 0; run < runs; run++) {
				all.push(await timeToRespond(browser, pages[control.path], control));
			}
			// Nothing at the article's end can be tapped before the reader scrolls there.
			const kept = control.atEnd ? null : await earlyTapKept(browser, pages[control.path], control);
			results[control.name] = { median: median(all), all, earlyTapKept: kept };
			console.log(`interactive ${control.name}:`, JSON.stringify(results[control.name]));
		}
		const afterReady = await measureAfterReady(browser, pages.article, runs);
		console.log('interactive after ready:', JSON.stringify(afterReady));
		return { firstTap: results, afterReady };
	} finally {
		await browser.close();
	}
}

/** An interaction once the app is ready: what to tap, and what shows it answered. */
interface Interaction {
	name: string;
	tap: (page: Page) => ReturnType<Page['locator']>;
	answerSelector: string;
}

export const interactions: Interaction[] = [
	{
		name: 'open the panel',
		tap: (page) => page.getByRole('button', { name: 'Text and display' }),
		answerSelector: 'dialog[open]'
	},
	{
		name: 'change a setting (Dark)',
		tap: (page) => page.getByRole('dialog').locator('label:has(input[value="dark"])'),
		answerSelector: 'html[data-folio-theme="dark"]'
	},
	{
		name: 'close the panel',
		tap: (page) => page.getByRole('dialog').getByRole('button', { name: 'Close' }),
		answerSelector: 'html:not(:has(dialog[open]))'
	},
	{
		name: 'Listen to the first highlight',
		tap: (page) => page.getByRole('button', { name: 'Listen', exact: true }),
		answerSelector: '.sentence.is-speaking'
	}
];

/**
 * Once the app is ready and the page quiet: from each tap (its pointerdown) to the frame that
 * first shows the answer, on the page's clock, in order on one page.
 */
export async function timesAfterReady(browser: Browser, url: string): Promise<number[]> {
	const page = await phonePage(browser);
	try {
		await page.goto(url);
		// Quiet: the app running and the reader saved for offline (the precache fetched).
		await page.getByRole('button', { name: /Saved for offline/ }).waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		const times: number[] = [];
		for (const interaction of interactions) {
			await page.evaluate(() => {
				const held = window as unknown as { __tapAt?: number };
				held.__tapAt = undefined;
				addEventListener('pointerdown', (event) => (held.__tapAt = event.timeStamp), {
					once: true,
					capture: true
				});
			});
			const shown = page.waitForFunction(
				(selector) => document.querySelector(selector) !== null && performance.now(),
				interaction.answerSelector,
				{ polling: 'raf', timeout: 10_000 }
			);
			shown.catch(() => undefined);
			const target = interaction.tap(page);
			await target.scrollIntoViewIfNeeded({ timeout: 10_000 });
			const box = await target.boundingBox({ timeout: 10_000 });
			if (!box) throw new Error(`${interaction.name}: not on screen`);
			await tapAt(page, box);
			const at = (await (
				await shown.catch(() => {
					throw new Error(`${interaction.name}: no answer in 10 s`);
				})
			).jsonValue()) as number;
			const tappedAt = await page.evaluate(
				() => (window as unknown as { __tapAt: number }).__tapAt
			);
			times.push(Math.round(at - tappedAt));
		}
		return times;
	} finally {
		await page.context().close();
	}
}
