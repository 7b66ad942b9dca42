// What a phone in a pocket sees of listening, watched from the test: the keep-audible element,
// the Media Session (lock-screen controls), and the page going out of view and back.
import type { Page } from '@playwright/test';

type Details = { seekTime?: number };
type Watched = {
	handlers: Record<string, (details: Details & { action: string }) => void>;
	positions: (MediaPositionState | null)[];
};

/**
 * The keep-audible element's state: none in the page, paused, started but not sounding yet (its
 * tone still loading), or playing, its time moving. The player takes a pause for someone else's
 * only once the tone has sounded (KeepAudible.svelte), so a test pausing it from outside waits for
 * 'playing', not for `paused` to turn false, which it does the moment play() is called.
 */
export function keepAudible(page: Page): Promise<'none' | 'paused' | 'starting' | 'playing'> {
	return page.evaluate(() => {
		const audio = document.querySelector<HTMLAudioElement>('audio[data-folio-keep-audible]');
		if (!audio) return 'none';
		if (audio.paused) return 'paused';
		return audio.currentTime > 0 ? 'playing' : 'starting';
	});
}

/** Record the action handlers and position states the page gives navigator.mediaSession. */
export async function watchMediaSession(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const session = navigator.mediaSession;
		const watched: Watched = { handlers: {}, positions: [] };
		Object.defineProperty(window, '__media', { value: watched });
		const setActionHandler = session.setActionHandler.bind(session);
		session.setActionHandler = (action, handler) => {
			if (handler) watched.handlers[action] = handler as Watched['handlers'][string];
			else delete watched.handlers[action];
			setActionHandler(action, handler);
		};
		const setPositionState = session.setPositionState.bind(session);
		session.setPositionState = (state) => {
			watched.positions.push(state ?? null);
			setPositionState(state);
		};
	});
}

/** What the lock screen would show: metadata, playback state, the last position, the actions. */
export function lockScreen(page: Page) {
	return page.evaluate(() => {
		const session = navigator.mediaSession;
		const watched = (window as unknown as { __media: Watched }).__media;
		const metadata = session.metadata;
		return {
			title: metadata?.title,
			artist: metadata?.artist,
			album: metadata?.album,
			artwork: metadata?.artwork.map((art) => [art.src, art.sizes]),
			playbackState: session.playbackState,
			position: watched.positions.at(-1),
			actions: Object.keys(watched.handlers).sort()
		};
	});
}

/** Press a lock-screen control: call the handler the page registered for `action`. */
export async function pressOnLockScreen(page: Page, action: string, details: Details = {}) {
	await page.evaluate(
		({ action, details }) => {
			const watched = (window as unknown as { __media: Watched }).__media;
			const handler = watched.handlers[action];
			if (!handler) throw new Error(`no handler for ${action}`);
			handler({ action, ...details });
		},
		{ action, details }
	);
}

/**
 * The page goes out of view (the screen locks) or comes back, as far as the page can tell:
 * document.visibilityState and a visibilitychange event. Headless Chromium keeps every page
 * visible, so this is the only way to show the page a locked screen here.
 */
export async function setPageHidden(page: Page, hidden: boolean): Promise<void> {
	await page.evaluate((hidden) => {
		const state = hidden ? 'hidden' : 'visible';
		Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
		Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	}, hidden);
}

/** Whether the sentence being spoken is in the window, above the listening bar. */
export function spokenSentenceInView(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const sentence = document.querySelector('.is-speaking')?.getBoundingClientRect();
		const bar = document.querySelector('.listen-dock')!.getBoundingClientRect();
		return sentence !== undefined && sentence.top >= 0 && sentence.bottom <= bar.top;
	});
}
