/**
 * The one bridge to the service worker (workbox-window). No other module touches
 * navigator.serviceWorker. Loaded lazily, in the browser only.
 */
import { Workbox } from 'workbox-window';

export interface WorkerEvents {
	/** The worker is installing for the first time (nothing cached yet). */
	onInstalling(): void;
	/** The first worker finished installing: the whole precache is stored. */
	onInstalled(): void;
	/** A new version has installed and waits for the reader's consent. */
	onUpdateReady(): void;
}

let workbox: Workbox | undefined;
let accepted = false;

/** Register /sw.js with scope / and report its life cycle. Safe to call once per page. */
export async function registerWorker(events: WorkerEvents): Promise<void> {
	if (workbox || !('serviceWorker' in navigator)) return;
	const container = navigator.serviceWorker;
	// Was some version of Folio already installed before this page registered?
	const hadWorker = Boolean((await container.getRegistration('/'))?.active);
	workbox = new Workbox('/sw.js', { scope: '/' });
	workbox.addEventListener('installing', (event) => {
		if (!event.isUpdate) events.onInstalling();
	});
	workbox.addEventListener('installed', (event) => {
		if (!event.isUpdate) events.onInstalled();
	});

	let updateReported = false;
	const reportUpdate = () => {
		if (updateReported) return;
		updateReported = true;
		events.onUpdateReady();
	};
	workbox.addEventListener('waiting', reportUpdate);

	// Once the reader accepts, reload as soon as the new worker is in charge. A page that was
	// never controlled gets no `controlling` event from workbox-window, so `activated` counts too.
	const reloadIfAccepted = () => {
		if (accepted) window.location.reload();
	};
	workbox.addEventListener('activated', (event) => {
		if (event.isUpdate) reloadIfAccepted();
	});
	container.addEventListener('controllerchange', () => {
		if (accepted) reloadIfAccepted();
		// A newer version took this page over unasked (it was uncontrolled and no other tab
		// held the old worker): this page's code is now the old one, so offer the reload.
		else if (hadWorker) reportUpdate();
	});

	const registration = await workbox.register();
	// A worker that was already installing when this page registered never reaches
	// workbox-window's events: follow it here.
	const installing = registration?.installing;
	if (registration?.active && installing) {
		installing.addEventListener('statechange', () => {
			if (installing.state === 'installed' && registration.waiting === installing) reportUpdate();
		});
	}
}

/** Tell the waiting worker to take over and reload when it has; reload now if it already has. */
export async function acceptUpdate(): Promise<void> {
	accepted = true;
	const registration = await navigator.serviceWorker.getRegistration('/');
	if (workbox && registration?.waiting) workbox.messageSkipWaiting();
	else window.location.reload();
}

/** Whether a worker already controls or serves this origin (a returning visit). */
export async function hasActiveWorker(): Promise<boolean> {
	if (!('serviceWorker' in navigator)) return false;
	const registration = await navigator.serviceWorker.getRegistration('/');
	return Boolean(registration?.active);
}
