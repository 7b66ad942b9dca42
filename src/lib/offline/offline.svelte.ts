import { online } from 'svelte/reactivity/window';
import { afterLoad } from '$lib/idle';
import type { OfflinePack } from './precache';

/** Where the reader stands on working offline. */
export type SaveState = 'unsupported' | 'checking' | 'saving' | 'saved' | 'failed';

/**
 * Offline readiness for the whole app: the connection, the progress of saving the reader for
 * offline use, a waiting update, and persistent storage. One instance, started in the browser.
 */
class OfflineStatus {
	/** The browser's word on the connection (Svelte's reactive `online`); true when prerendering. */
	get online(): boolean {
		return online.current ?? true;
	}
	#save = $state<SaveState>('checking');
	#settle: () => void = () => {};
	/** Resolves once saving for offline is over, one way or another (saved, failed, none). */
	readonly settled = new Promise<void>((resolve) => (this.#settle = resolve));
	/** Files of the offline pack stored so far, and in all. */
	stored = $state(0);
	total = $state(0);
	updateReady = $state(false);
	persisted = $state<boolean | undefined>(undefined);
	#started = false;
	#poll: ReturnType<typeof setInterval> | undefined;
	#pack: OfflinePack | undefined;
	#precache: typeof import('./precache') | undefined;

	/** Begin watching; does nothing on the server or when called again. */
	start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		// The worker and its bridge wait until the page has loaded and the browser is idle:
		// nothing about offline use may compete with the first paint or the article's own code.
		afterLoad(() => this.#watchWorker().catch(() => (this.save = 'failed')));
	}

	get save(): SaveState {
		return this.#save;
	}
	private set save(state: SaveState) {
		this.#save = state;
		if (state !== 'checking' && state !== 'saving') this.#settle();
	}

	/** Reload into the waiting version. */
	async acceptUpdate(): Promise<void> {
		const bridge = await import('./sw-bridge');
		await bridge.acceptUpdate();
	}

	/** Put the update off until the next visit. */
	dismissUpdate(): void {
		this.updateReady = false;
	}

	async #watchWorker(): Promise<void> {
		if (!('serviceWorker' in navigator) || typeof caches === 'undefined') {
			this.save = 'unsupported';
			return;
		}
		// Loaded with the bridge, after the page: none of this is needed to read.
		const [bridge, precache] = await Promise.all([import('./sw-bridge'), import('./precache')]);
		this.#precache = precache;
		const pack = await precache.loadPack();
		this.#pack = pack;
		this.total = pack?.files.length ?? 0;
		await bridge.registerWorker({
			onInstalling: () => this.#startPolling(),
			onInstalled: () => void this.#refresh(true),
			onUpdateReady: () => (this.updateReady = true)
		});
		if (await bridge.hasActiveWorker()) await this.#refresh(false);
		else if (this.save === 'checking') this.#startPolling();
	}

	#startPolling(): void {
		this.save = 'saving';
		this.#poll ??= setInterval(() => void this.#count(), 250);
	}

	async #count(): Promise<number> {
		const pack = this.#pack;
		const precache = this.#precache;
		this.stored = pack && precache ? precache.countSaved(pack, await precache.cachedPaths()) : 0;
		return this.stored;
	}

	/** Check what is stored; the first complete save also asks for persistent storage. */
	async #refresh(justInstalled: boolean): Promise<void> {
		clearInterval(this.#poll);
		this.#poll = undefined;
		const stored = await this.#count();
		const complete = this.#pack ? stored === this.total : justInstalled;
		this.save = complete ? 'saved' : 'saving';
		if (complete) await this.#persist(justInstalled);
	}

	async #persist(ask: boolean): Promise<void> {
		const storage = navigator.storage;
		if (!storage?.persisted) return;
		this.persisted = await storage.persisted();
		if (!this.persisted && ask && storage.persist) this.persisted = await storage.persist();
	}
}

export const offline = new OfflineStatus();
