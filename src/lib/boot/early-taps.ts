import { bootHold } from './start-after-paint.js';

/** What the inline script keeps on window until the app runs (start-after-paint.js). */
interface HeldTaps {
	taps: unknown[];
	stop: () => void;
}

/**
 * Now that the app runs: stop keeping taps (src/lib/boot/start-after-paint.js) and click again,
 * once each, every button tapped before, so no tap made as the text appeared is lost.
 */
export function replayEarlyTaps(): void {
	const held = window as unknown as Record<string, HeldTaps | undefined>;
	const kept = held[bootHold.tapsGlobal];
	held[bootHold.tapsGlobal] = undefined;
	if (!kept) return;
	kept.stop();
	for (const button of kept.taps) {
		if (!(button instanceof HTMLElement)) continue;
		button.removeAttribute(bootHold.pendingAttribute);
		button.removeAttribute('aria-busy');
		if (button.isConnected) button.click();
	}
}
