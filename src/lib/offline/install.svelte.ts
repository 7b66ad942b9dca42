/** The event Chromium fires when Folio may be installed; not yet in TypeScript's DOM types. */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** iPhone and iPad Safari install only through Share → Add to Home Screen. */
function isIosSafari(): boolean {
	const ua = navigator.userAgent;
	const ios =
		/iPad|iPhone|iPod/.test(ua) || (ua.includes('Macintosh') && navigator.maxTouchPoints > 1);
	return ios && !/CriOS|FxiOS|EdgiOS/.test(ua);
}

/**
 * Link the web app manifest. It is not in app.html: a browser fetches a linked manifest, and the
 * icon it names, as soon as the page has loaded, which on a fast load is before the first paint.
 * Reading needs neither, and installing needs the app (its service worker) running anyway.
 */
function linkManifest(): void {
	if (document.querySelector('link[rel="manifest"]')) return;
	const link = document.createElement('link');
	link.rel = 'manifest';
	link.href = '/manifest.webmanifest';
	document.head.append(link);
}

/** Whether Folio can be installed here, and how. One instance, started in the browser. */
class Install {
	/** Chromium offered an install prompt. */
	canPrompt = $state(false);
	/** iOS Safari: show the Share → Add to Home Screen hint instead. */
	iosHint = $state(false);
	/** Already running as an installed app. */
	standalone = $state(false);
	#event: BeforeInstallPromptEvent | undefined;
	#started = false;

	start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		linkManifest();
		const standalone = window.matchMedia('(display-mode: standalone)');
		this.standalone =
			standalone.matches || (navigator as { standalone?: boolean }).standalone === true;
		standalone.addEventListener('change', (event) => (this.standalone = event.matches));
		this.iosHint = isIosSafari();
		window.addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#event = event as BeforeInstallPromptEvent;
			this.canPrompt = true;
		});
		window.addEventListener('appinstalled', () => {
			this.canPrompt = false;
			this.#event = undefined;
		});
	}

	/** Show the browser's install dialog. */
	async prompt(): Promise<void> {
		const event = this.#event;
		if (!event) return;
		await event.prompt();
		const { outcome } = await event.userChoice;
		if (outcome === 'accepted') this.canPrompt = false;
		this.#event = undefined;
	}
}

export const install = new Install();
