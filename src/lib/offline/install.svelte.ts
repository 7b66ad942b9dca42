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
