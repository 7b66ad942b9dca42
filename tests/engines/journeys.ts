// The core journeys, written once against EngineDriver and run in every engine by
// tests/engines.spec.ts. Each says what it needs; each throws (through expect) when the engine
// does not do what a reader on that engine's phones would see.
import { expect } from '@playwright/test';
import { type SiteServer, StaticServer } from '../support/static-server';
import { pictureArticle } from '../../scripts/tools/picture-library';
import { storageKeys } from '../support/stored';
import { type EngineDriver, type EngineName, waitFor } from './driver';

export const firstArticle = '/articles/us-ukraine-florida-talks/';
const title = 'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks';

export type JourneyContext = {
	driver: EngineDriver;
	/** The site's own server: stopping it is the plane taking off. */
	site: SiteServer;
	/** The same sources built under another version name: the update's v2. */
	secondBuildDir: string;
	/** The build with the app's scripts removed: what the pre-paint script does alone. */
	noScriptsDir: string;
};

export type Journey = {
	name: string;
	/** A real speech engine: the null audio sink's environment for Chromium and Firefox. */
	speech?: boolean;
	/** Open the browser with an iPhone's user agent where the driver can. */
	iPhone?: boolean;
	/** Serve the library with pictures (scripts/tools/picture-library.ts) instead of the site's. */
	build?: 'pictures';
	run(context: JourneyContext): Promise<void>;
};

/** Wait until the app has started (SvelteKit adds its route announcer once mounted). */
const appStarted = (driver: EngineDriver) =>
	waitFor(driver, 'the app to start', () => Boolean(document.getElementById('svelte-announcer')));

const pageText = (driver: EngineDriver) => driver.run(() => document.body.innerText);

/**
 * Wait until the page has started, its fonts have loaded and its network has been quiet for
 * half a second (as Playwright's "networkidle"), as a reader sees a page before moving on.
 * Firefox reports every load still in flight when a page is left as an error of that page ("A
 * ServiceWorker intercepted the request and encountered an unexpected error", "error loading
 * dynamically imported module"), online and offline alike; and Kit loads its error page's
 * module just after it starts.
 */
async function settled(driver: EngineDriver): Promise<void> {
	await appStarted(driver);
	await waitFor(driver, 'the fonts to load', () => document.fonts.status === 'loaded');
	const loads = () => driver.run(() => performance.getEntriesByType('resource').length);
	let quiet = 0;
	for (let last = await loads(); quiet < 5;) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		const now = await loads();
		quiet = now === last ? quiet + 1 : 0;
		last = now;
	}
}

/** Wait until the service worker controls the page and the reader says it is saved. */
async function savedForOffline(driver: EngineDriver): Promise<void> {
	await waitFor(
		driver,
		'"Saved for offline" with a controlling service worker',
		() =>
			Boolean(navigator.serviceWorker.controller) &&
			document.body.innerText.includes('Saved for offline'),
		undefined,
		30_000
	);
}

/** The article's body sentences (in paragraphs, not headings), in order. */
const bodySentences = (driver: EngineDriver) =>
	driver.run(() => [...document.querySelectorAll('article > p .sentence[id]')].map((s) => s.id));

/** The id of the sentence crossing the top of the viewport. */
const topSentence = (driver: EngineDriver) =>
	driver.run(
		() =>
			[...document.querySelectorAll('article .sentence[id]')].find(
				(s) => s.getBoundingClientRect().bottom > 1
			)?.id
	);

async function expectArticle(driver: EngineDriver): Promise<void> {
	await waitFor(driver, 'the article', () => Boolean(document.querySelector('article h1')));
	expect(await driver.run(() => document.querySelector('article h1')?.textContent?.trim())).toBe(
		title
	);
	const sentences = await bodySentences(driver);
	expect(sentences).toHaveLength(18);
	expect(new Set(sentences).size).toBe(18);
	for (const id of sentences) expect(id).toMatch(/^b\d+-\d+$/);
}

export const journeys: Journey[] = [
	{
		name: 'read: the library links to the article, which renders every sentence',
		async run({ driver }) {
			await driver.goto('/');
			await appStarted(driver);
			expect(await driver.run(() => document.querySelector('h1')?.textContent?.trim())).toBe(
				'Library'
			);
			await driver.click(title, 'link');
			await waitFor(driver, 'the article URL', (path) => location.pathname === path, firstArticle);
			await expectArticle(driver);
			await driver.goto(firstArticle);
			await expectArticle(driver);
			await appStarted(driver);
		}
	},
	{
		name: 'typography: Dark and a larger size, kept and applied from the first paint',
		async run({ driver, noScriptsDir }) {
			await driver.goto(firstArticle);
			await appStarted(driver);
			const textSize = () =>
				driver.run(() => getComputedStyle(document.querySelector('article > p')!).fontSize);
			const before = await textSize();
			await driver.click('Text and display');
			await waitFor(driver, 'the panel', () =>
				document.querySelector('[aria-labelledby="settings-title"]')?.checkVisibility()
			);
			await driver.click('Dark', 'radio');
			await driver.run(() => {
				const label = [...document.querySelectorAll('label')].find(
					(l) => l.textContent?.trim() === 'Size'
				);
				(label?.control as HTMLElement).focus();
			});
			for (let step = 0; step < 3; step++) await driver.press('ArrowRight');
			await driver.press('Escape');
			const looks = () =>
				driver.run(() => ({
					theme: document.documentElement.getAttribute('data-folio-theme'),
					background: getComputedStyle(document.documentElement).backgroundColor,
					size: getComputedStyle(document.querySelector('article > p')!).fontSize
				}));
			const chosen = await looks();
			expect(chosen.theme).toBe('dark');
			expect(parseFloat(chosen.size)).toBeGreaterThan(parseFloat(before));

			await driver.reload();
			await appStarted(driver);
			expect(await looks()).toEqual(chosen);
			expect(await driver.problems()).toEqual([]);

			// The settings the panel stored, on a site with the app's scripts gone (another origin,
			// so nothing of the app is cached there): only the pre-paint script, inline and allowed
			// by its hash, can apply them.
			const stored = await driver.run((key) => localStorage.getItem(key), storageKeys.settings);
			expect(stored).toContain('dark');
			const bare = await StaticServer.start(noScriptsDir);
			try {
				await driver.goto(`${bare.url}${firstArticle}`);
				await driver.run(([key, value]) => localStorage.setItem(key, value!), [
					storageKeys.settings,
					stored
				] as const);
				await driver.reload();
				await waitFor(driver, 'the article', () => Boolean(document.querySelector('article > p')));
				expect(await looks()).toEqual(chosen);
				expect(await driver.run(() => Boolean(document.getElementById('svelte-announcer')))).toBe(
					false
				);
				// Leave the page, so every failed load of its missing scripts has been reported.
				await driver.goto('about:blank');
				// Only the missing scripts may be complained about.
				const problems = await driver.problems();
				expect(
					problems.filter((problem) => !/_app\/|module|import|status of 404/i.test(problem))
				).toEqual([]);
			} finally {
				await bare.stop();
			}
		}
	},
	{
		name: 'search: the library finds a word of the body as the reader types, and /search/?q= finds it with the server gone',
		async run({ driver, site }) {
			const found = (where: string) =>
				waitFor(
					driver,
					`the article among the results (${where})`,
					(wanted) =>
						[...document.querySelectorAll('[aria-label="Search results"] a')].some(
							(link) => link.textContent?.trim() === wanted
						),
					title
				);
			await driver.goto('/');
			await savedForOffline(driver);
			await appStarted(driver);
			// "/" goes to the field; the word is typed key by key, as a reader would.
			await driver.press('/');
			await waitFor(driver, 'the search field focused', () =>
				document.activeElement?.matches('input[type="search"]')
			);
			for (const key of 'Umerov') await driver.press(key);
			await found('the library, online');
			await settled(driver);

			await site.stop();
			await driver.goto('/search/?q=Umerov');
			await found('the search page, offline');
			expect(await driver.run(() => document.querySelector('mark')?.textContent)).toMatch(
				/^Umerov/
			);
		}
	},
	{
		name: 'pictures: the lead shows its AVIF or WebP variant, and shows again with the server gone',
		build: 'pictures',
		async run({ driver, site }) {
			await driver.goto(`/articles/${pictureArticle}/`);
			await savedForOffline(driver);
			await settled(driver);
			const lead = () =>
				driver.run(() => {
					const img = document.querySelector<HTMLImageElement>('figure.lead img');
					return {
						src: img ? new URL(img.currentSrc).pathname : '',
						width: img?.naturalWidth ?? 0,
						missing: Boolean(img?.closest('[data-missing]'))
					};
				});
			const first = await lead();
			expect(first.src).toMatch(/^\/images\/[0-9a-f]{16}-\d+\.(avif|webp)$/);
			expect(first.width).toBeGreaterThan(0);
			// The first load came before the worker; the next goes through it, which keeps it.
			await driver.reload();
			await settled(driver);
			await waitFor(
				driver,
				'the lead picture kept by the worker',
				async (src) =>
					(await (await caches.open('folio-images')).keys()).some(
						(request) => new URL(request.url).pathname === src
					),
				(await lead()).src
			);
			await site.stop();

			await driver.reload();
			await appStarted(driver);
			await waitFor(driver, 'the lead picture, offline', () => {
				const img = document.querySelector<HTMLImageElement>('figure.lead img');
				return Boolean(img?.complete && img.naturalWidth > 0);
			});
			expect((await lead()).missing).toBe(false);
		}
	},
	{
		name: 'offline: after one visit, the article, the library and an unknown address work with the server gone',
		async run({ driver, site }) {
			await driver.goto(firstArticle);
			await savedForOffline(driver);
			await settled(driver);
			await site.stop();

			await driver.reload();
			await expectArticle(driver);
			await appStarted(driver);
			// To the library by its link, in the page (no reload): a marker left in the window survives.
			await driver.run(() => ((window as unknown as { __stay: boolean }).__stay = true));
			await driver.click('Folio', 'link');
			await waitFor(
				driver,
				'the library, reached in the page',
				() =>
					document.querySelector('h1')?.textContent?.trim() === 'Library' &&
					(window as unknown as { __stay?: boolean }).__stay === true
			);
			expect(await pageText(driver)).toContain(title);
			await settled(driver);

			await driver.goto('/never-saved/');
			await waitFor(
				driver,
				'the offline page at the address asked for',
				() =>
					location.pathname === '/never-saved/' &&
					document.querySelector('h1')?.textContent?.trim() ===
						'This page is not saved for offline reading'
			);
			await settled(driver);

			// The reading face comes from the worker: the article shows Literata.
			await driver.goto(firstArticle);
			await expectArticle(driver);
			const faces = await driver.run(async () => {
				await document.fonts.ready;
				return [...document.fonts]
					.filter(
						(face) => face.family.replaceAll('"', '') === 'Literata' && face.status === 'loaded'
					)
					.map((face) => `${face.weight} ${face.style}`);
			});
			expect(faces).toContain('400 normal');
			expect(
				await driver.run(() => getComputedStyle(document.querySelector('article > p')!).fontFamily)
			).toMatch(/^"?Literata/);
		}
	},
	{
		name: "listen: the engine's real voices speak title and sentences, the highlight follows, sentences queued ahead where the engine queues, the tone while speaking, pause and play",
		speech: true,
		async run({ driver }) {
			await driver.goto(firstArticle);
			await appStarted(driver);
			await waitFor(
				driver,
				'voices',
				() => speechSynthesis.getVoices().length > 0,
				undefined,
				30_000
			);
			// Watch the utterances beside Folio's own handlers. On the prototype, not the object:
			// WebKit may collect the wrapper of an object no script holds (speechSynthesis, until
			// Listen) and make a new one, without a function set on the old one.
			await driver.run(() => {
				type Heard = { type: string; text: string; error?: string };
				const heard: Heard[] = [];
				(window as unknown as { __heard: Heard[] }).__heard = heard;
				const synthesis = Object.getPrototypeOf(speechSynthesis) as SpeechSynthesis;
				const speak = synthesis.speak;
				synthesis.speak = function (utterance) {
					const text = utterance.text;
					heard.push({ type: 'speak', text });
					for (const type of ['start', 'end', 'error'])
						utterance.addEventListener(type, (event) =>
							heard.push({ type, text, error: (event as SpeechSynthesisErrorEvent).error })
						);
					speak.call(this, utterance);
				};
			});
			type Heard = { type: string; text: string; error?: string };
			const heard = () => driver.run(() => (window as unknown as { __heard: Heard[] }).__heard);
			// On a timeout, say what the engine did.
			const highlighted = (id: string) =>
				waitFor(
					driver,
					`the highlight on ${id}`,
					(id) => document.querySelector('.sentence.is-speaking')?.id === id,
					id,
					60_000
				).catch(async (error) => {
					const events = (await heard()).map(
						(h) => `${h.type}:${h.text.slice(0, 20)}:${h.error ?? ''}`
					);
					throw new Error(`${error.message}; utterance events: ${events.join(', ')}`);
				});

			await driver.click('Listen');
			await highlighted('b0-1');
			await highlighted('b1-1');
			const spoken = async () =>
				(await heard()).filter((h) => h.type === 'speak').map((h) => h.text);
			const sentence = (id: string) =>
				driver.run((id) => document.getElementById(id)!.textContent!.trim(), id);
			// One utterance a sentence, in order: the title, then the body; the title was heard whole.
			expect((await spoken()).slice(0, 2)).toEqual([title, await sentence('b1-1')]);
			expect((await heard()).filter((h) => h.text === title).map((h) => h.type)).toEqual([
				'speak',
				'start',
				'end'
			]);

			// Chromium and Gecko get the next sentences while this one speaks (their speech services
			// speak on with the page held back); WebKit, whose queue lives in the page's process, one
			// at a time. The keep-audible tone plays exactly while speaking.
			const pocket = () =>
				driver.run(() => {
					const audio = document.querySelector<HTMLAudioElement>('audio[data-folio-keep-audible]');
					return {
						pending: speechSynthesis.pending,
						tone: audio ? (audio.paused ? 'paused' : 'playing') : 'none'
					};
				});
			if (driver.engine === 'webkit') {
				expect(await pocket()).toEqual({ pending: false, tone: 'playing' });
				expect(await spoken()).toHaveLength(2);
			} else {
				await waitFor(driver, 'the next sentence queued', () => speechSynthesis.pending);
				expect((await pocket()).tone).toBe('playing');
				expect((await spoken()).slice(2, 3)).toEqual([await sentence('b1-2')]);
			}

			await driver.click('Pause');
			await waitFor(driver, 'the Play button', () =>
				[...document.querySelectorAll('button')].some(
					(b) => b.textContent?.trim() === 'Play' || b.getAttribute('aria-label') === 'Play'
				)
			);
			const paused = await driver.run(() => document.querySelector('.sentence.is-speaking')?.id);
			expect((await pocket()).tone).toBe('paused');
			expect(paused).toMatch(/^b1-/);
			const before = (await heard()).length;
			await driver.click('Play');
			// Play speaks the paused sentence again, from its start.
			const again = await sentence(paused!);
			await waitFor(
				driver,
				'the paused sentence spoken again',
				({ before, again }) =>
					(window as unknown as { __heard: Heard[] }).__heard
						.slice(before)
						.some((h) => h.type === 'start' && h.text === again),
				{ before, again },
				30_000
			);
			const resumed = (await heard()).slice(before).find((h) => h.type === 'speak');
			expect(resumed?.text).toBe(again);
			// A cancel answers `interrupted` or `canceled`, which is no error to Folio.
			const errors = (await heard()).filter((h) => h.type === 'error').map((h) => h.error);
			expect(errors.filter((e) => e !== 'interrupted' && e !== 'canceled')).toEqual([]);
			expect(await pageText(driver)).not.toContain('Listening stopped');
			expect(await driver.run(() => document.querySelectorAll('[role="alert"]').length)).toBe(0);
			await driver.click('Pause');
		}
	},
	{
		name: 'pocket: the lock screen shows the article and drives listening; back in view, the highlight is on the sentence that started last',
		speech: true,
		async run({ driver }) {
			await driver.goto(firstArticle);
			await appStarted(driver);
			await waitFor(
				driver,
				'voices',
				() => speechSynthesis.getVoices().length > 0,
				undefined,
				30_000
			);
			// The lock screen's handlers as the page registers them, and the utterances' starts.
			await driver.run(() => {
				type Watch = { handlers: Record<string, () => void>; starts: string[] };
				const watch: Watch = { handlers: {}, starts: [] };
				(window as unknown as { __pocket: Watch }).__pocket = watch;
				// On the prototypes, as in the listen journey: a wrapper WebKit makes anew loses
				// what was set on the old one.
				const session = Object.getPrototypeOf(navigator.mediaSession) as MediaSession;
				const setActionHandler = session.setActionHandler;
				session.setActionHandler = function (action, handler) {
					if (handler) watch.handlers[action] = handler as () => void;
					setActionHandler.call(this, action, handler);
				};
				const synthesis = Object.getPrototypeOf(speechSynthesis) as SpeechSynthesis;
				const speak = synthesis.speak;
				synthesis.speak = function (utterance) {
					utterance.addEventListener('start', () => watch.starts.push(utterance.text));
					speak.call(this, utterance);
				};
			});
			type Watch = { handlers: Record<string, () => void>; starts: string[] };
			const press = (action: string) =>
				driver.run((action) => {
					(window as unknown as { __pocket: Watch }).__pocket.handlers[action]();
				}, action);
			const starts = () =>
				driver.run(() => (window as unknown as { __pocket: Watch }).__pocket.starts.length);
			const highlightOn = (id: string) =>
				waitFor(
					driver,
					`the highlight on ${id}, started`,
					(id) => {
						const sentence = document.querySelector('.sentence.is-speaking');
						const started = (window as unknown as { __pocket: Watch }).__pocket.starts;
						return sentence?.id === id && started.at(-1) === sentence.textContent?.trim();
					},
					id,
					60_000
				);
			const buttonShown = (name: string) =>
				waitFor(
					driver,
					`the ${name} button`,
					(name) =>
						[...document.querySelectorAll('button')].some(
							(b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name
						),
					name
				);

			await driver.click('Listen');
			await highlightOn('b0-1');
			expect(
				await driver.run(() => [
					navigator.mediaSession.metadata?.title,
					navigator.mediaSession.metadata?.album,
					navigator.mediaSession.playbackState
				])
			).toEqual([title, 'Folio', 'playing']);
			await press('seekforward');
			await highlightOn('b1-1');
			await press('nexttrack');
			await highlightOn('b2-1');
			await press('pause');
			await buttonShown('Play');
			expect(await driver.run(() => navigator.mediaSession.playbackState)).toBe('paused');
			await press('play');
			await buttonShown('Pause');
			await highlightOn('b2-1');

			// Out of view while a sentence or two start, then back.
			const before = await starts();
			await driver.run(() => {
				Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
				document.dispatchEvent(new Event('visibilitychange'));
			});
			for (let waited = 0; (await starts()) < before + 1; waited += 250) {
				if (waited > 60_000) throw new Error(`${driver.engine}: no sentence started while hidden`);
				await new Promise((resolve) => setTimeout(resolve, 250));
			}
			await driver.run(() => {
				Object.defineProperty(document, 'visibilityState', {
					value: 'visible',
					configurable: true
				});
				document.dispatchEvent(new Event('visibilitychange'));
			});
			await waitFor(driver, 'the sentence started last highlighted, in view above the bar', () => {
				const sentence = document.querySelector('.sentence.is-speaking');
				const started = (window as unknown as { __pocket: Watch }).__pocket.starts;
				if (!sentence || started.at(-1) !== sentence.textContent?.trim()) return false;
				const { top, bottom } = sentence.getBoundingClientRect();
				return (
					top >= 0 && bottom <= document.querySelector('.listen-dock')!.getBoundingClientRect().top
				);
			});
			// Speech went on while away: nothing to pick up, so no note saying it was.
			expect(await pageText(driver)).not.toContain('Speech stopped while the screen was off');
			await driver.click('Pause');
		}
	},
	{
		name: 'place: scroll to a paragraph, reload, and the same paragraph is at the top',
		async run({ driver }) {
			await driver.goto(firstArticle);
			await appStarted(driver);
			await waitFor(driver, 'the reading progress', () =>
				Boolean(document.querySelector('progress[aria-label="Reading progress"]'))
			);
			await driver.run(() => {
				const top = document.getElementById('b7-1')!.getBoundingClientRect().top;
				window.scrollBy({ top: top + 2, behavior: 'instant' });
			});
			expect(await topSentence(driver)).toBe('b7-1');
			await waitFor(
				driver,
				'the place to be saved',
				(key) => (localStorage.getItem(key) ?? '').includes('"sentenceId":"b7-1"'),
				storageKeys.positions
			);
			// The faces the scrolled-to text needs may still be loading: a reload then cancels them,
			// which Firefox reports as a page error ("downloadable font: download failed").
			await driver.run(async () => {
				await document.fonts.ready;
			});
			await driver.reload();
			await waitFor(driver, 'the note', () =>
				document.body.innerText.includes('Continued where you left off.')
			);
			await waitFor(
				driver,
				'b7-1 at the top',
				() =>
					[...document.querySelectorAll('article .sentence[id]')].find(
						(s) => s.getBoundingClientRect().bottom > 1
					)?.id === 'b7-1'
			);
		}
	},
	{
		name: 'update: v1 works offline until Reload, and Reload brings v2',
		async run({ driver, site, secondBuildDir }) {
			const version = () =>
				driver.run(() => document.querySelector('.site-footer .version')?.textContent?.trim());
			await driver.goto('/');
			await savedForOffline(driver);
			const v1 = await version();
			// The footer names the version: a content hash.
			expect(v1).toMatch(/^[0-9a-f]{12}$/);

			await site.stop();
			await site.resume(secondBuildDir);
			await driver.run(async () => {
				await (await navigator.serviceWorker.getRegistration('/'))?.update();
			});
			await waitFor(driver, 'the update prompt', () =>
				document.body.innerText.includes('A new version is ready.')
			);

			// Until the reader accepts, v1 works, offline included.
			await site.stop();
			await driver.goto(firstArticle);
			await expectArticle(driver);
			expect(await version()).toBe(v1);
			await site.resume(secondBuildDir);

			await waitFor(driver, 'the update prompt', () =>
				document.body.innerText.includes('A new version is ready.')
			);
			await driver.click('Reload');
			// v2 is the second build of the same sources, its version name marked "-v2".
			await waitFor(
				driver,
				'v2',
				() =>
					/-v2$/.test(document.querySelector('.site-footer .version')?.textContent?.trim() ?? ''),
				undefined,
				30_000
			);
		}
	},
	{
		name: 'install: the home-screen signals are served, and the install control fits the engine',
		iPhone: true,
		async run({ driver }) {
			await driver.goto('/');
			await appStarted(driver);
			const head = await driver.run(() => ({
				capable: document
					.querySelector('meta[name="apple-mobile-web-app-capable"]')
					?.getAttribute('content'),
				title: document
					.querySelector('meta[name="apple-mobile-web-app-title"]')
					?.getAttribute('content'),
				icon: new URL(document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]')!.href)
					.pathname,
				manifest: new URL(document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href)
					.pathname
			}));
			expect(head).toEqual({
				capable: 'yes',
				title: 'Folio',
				icon: '/apple-touch-icon-180x180.png',
				manifest: '/manifest.webmanifest'
			});
			const served = await driver.run(
				async (paths) => {
					const out: string[] = [];
					for (const path of paths) {
						const response = await fetch(path);
						out.push(`${response.status} ${response.headers.get('content-type')}`);
					}
					return out;
				},
				[head.icon!, head.manifest!]
			);
			expect(served[0]).toBe('200 image/png');
			expect(served[1]).toMatch(/^200 application\/manifest\+json/);

			const ua = await driver.run(() => navigator.userAgent);
			if (/iPhone/.test(ua)) {
				// iOS installs only from Safari's Share menu: Install explains how.
				await driver.click('Install');
				await waitFor(driver, 'the Add to Home Screen hint', () =>
					Boolean(document.getElementById('ios-install-hint')?.matches(':popover-open'))
				);
				expect(
					await driver.run(() => document.getElementById('ios-install-hint')!.innerText)
				).toContain('Add to Home Screen');
			} else {
				// Where the browser offers no install prompt (Firefox never does; a test
				// profile in Chromium is not installable), no Install button is shown.
				const offered = await driver.run(() => 'onbeforeinstallprompt' in window);
				await savedForOffline(driver);
				const buttons = await driver.run(() =>
					[...document.querySelectorAll('button')].map((b) => b.textContent?.trim())
				);
				expect(buttons).not.toContain('Install');
				expect({ engine: driver.engine, offered }).toEqual({
					engine: driver.engine,
					offered: driver.engine === 'chromium'
				});
			}
		}
	}
];

export type { EngineName };
