// Every page and state a reader meets, for the layout check (tests/layout.spec.ts) and the
// screens for review (scripts/tools/screens.ts). Each is shown from a fresh load of `path`.
import type { Page } from '@playwright/test';
import { scrollToSentence } from './reading';
import { hydrated } from './settings';
import { seed, storageKeys } from './stored';

export const firstArticle = '/articles/us-ukraine-florida-talks/';

/** The first article read to its seventh paragraph, as the positions store holds it. */
export const inProgress = {
	v: 2,
	data: {
		'us-ukraine-florida-talks': {
			sentenceId: 'b7-1',
			offset: 0.2,
			progress: 0.45,
			title: 'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks',
			updatedAt: 1
		}
	}
};

/** A state: a page of the site (or, with `build: 'pictures'`, of the library with pictures). */
export type State = {
	name: string;
	path: string;
	build?: 'pictures';
	show?: (page: Page) => Promise<void>;
};

export const states: State[] = [
	{ name: 'library, nothing in progress', path: '/' },
	{
		name: 'library, an article in progress',
		path: '/',
		show: async (page) => {
			await seed(page, storageKeys.positions, inProgress);
			await page.reload();
			await hydrated(page);
			await page.getByRole('region', { name: 'Continue reading' }).waitFor();
		}
	},
	{
		name: 'library, with Up next',
		path: '/',
		show: async (page) => {
			// Three queued articles, one a long title that must wrap, not push the buttons off.
			const items = [
				{
					slug: 'us-ukraine-florida-talks',
					title: 'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks',
					minutes: 3.4
				},
				{ slug: 'a-second-story', title: 'A second story', minutes: 7 },
				{ slug: 'a-third', title: 'Quarterly figures, region by region', minutes: 12.5 }
			];
			await seed(page, storageKeys.upNext, { v: 1, data: items });
			await page.reload();
			await hydrated(page);
			await page.getByRole('region', { name: 'Up next' }).scrollIntoViewIfNeeded();
		}
	},
	{
		name: 'article, at its end, with Up next',
		path: firstArticle,
		show: async (page) => {
			const item = { slug: 'us-ukraine-florida-talks', title: 'U.S. and Ukraine', minutes: 3 };
			await seed(page, storageKeys.upNext, {
				v: 1,
				data: [{ slug: 'another', title: 'Another', minutes: 2 }, item]
			});
			await page.reload();
			await hydrated(page);
			await page.getByText('In Up next, 2 of 2').scrollIntoViewIfNeeded();
		}
	},
	{ name: 'article', path: firstArticle },
	{
		name: 'article, scrolled',
		path: firstArticle,
		show: (page) => scrollToSentence(page, 'b7-1')
	},
	{
		name: 'article, at its end',
		path: firstArticle,
		show: (page) =>
			page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }))
	},
	{
		name: 'article, settings open',
		path: firstArticle,
		show: async (page) => {
			await page.getByRole('button', { name: 'Text and display' }).click();
			await page.getByRole('dialog', { name: 'Text and display' }).waitFor();
		}
	},
	{
		name: 'article, listening',
		path: firstArticle,
		show: async (page) => {
			await page.getByRole('button', { name: 'Listen', exact: true }).click();
			await page.locator('.sentence.is-speaking').waitFor();
		}
	},
	{
		name: 'article, listening options open',
		path: firstArticle,
		show: async (page) => {
			await page.getByRole('button', { name: 'Listen', exact: true }).click();
			await page.locator('.sentence.is-speaking').waitFor();
			await page.getByRole('button', { name: 'More' }).click();
			await page.getByRole('group', { name: 'Listening options' }).waitFor();
		}
	},
	{
		name: 'article, "Continued where you left off"',
		path: firstArticle,
		show: async (page) => {
			// Stored from the library, not from the article: an article leaving (a reload) saves
			// its own place, which could land after this one on a busy machine and replace it.
			await page.goto('/');
			await seed(page, storageKeys.positions, inProgress);
			await page.goto(firstArticle);
			await page.getByText('Continued where you left off.').waitFor();
			// The note stands on the Listen dock's height, which the dock publishes a frame after
			// it changes (ListenButton.svelte: the guard against a ResizeObserver loop). At 320 px
			// the dock grows to two rows as "Continue listening" appears: on a busy machine the
			// check could land in that frame. Check the settled page.
			await page.waitForFunction(() => {
				const dock = document.querySelector<HTMLElement>('.listen-dock');
				const published = document.documentElement.style.getPropertyValue('--folio-listen-height');
				return dock !== null && published === `${dock.offsetHeight}px`;
			});
		}
	},
	{
		name: 'library, searching',
		path: '/',
		show: async (page) => {
			const field = page.getByRole('searchbox', { name: 'Search articles' });
			await field.click();
			await field.pressSequentially('peace talks');
			await page
				.getByRole('region', { name: 'Search results' })
				.getByRole('link')
				.first()
				.waitFor();
		}
	},
	{
		name: 'search page, results',
		path: '/search/?q=Umerov',
		show: async (page) => {
			await page
				.getByRole('region', { name: 'Search results' })
				.getByRole('link')
				.first()
				.waitFor();
		}
	},
	{
		name: 'search page, nothing found',
		path: '/search/?q=zzzzqqq',
		show: async (page) => {
			await page.getByText('No articles match').waitFor();
		}
	},
	{ name: 'article with pictures', path: '/articles/a-day-on-the-river/', build: 'pictures' },
	{
		name: 'article with pictures, at its figures',
		path: '/articles/a-day-on-the-river/',
		build: 'pictures',
		show: async (page) => {
			const market = page.locator('figure', { has: page.locator('img[alt^="Stalls"]') });
			await market.scrollIntoViewIfNeeded();
			await market
				.locator('img')
				.evaluate(
					(img: HTMLImageElement) =>
						img.complete || new Promise((resolve) => img.addEventListener('load', resolve))
				);
		}
	},
	{ name: 'offline page', path: '/offline/' },
	{ name: 'not found', path: '/no-such-page/' }
];
