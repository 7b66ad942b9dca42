import { bootHold } from './start-after-paint.js';

type HeldWindow = Record<string, unknown>;

/**
 * Now that the app runs: stop keeping taps (src/lib/boot/start-after-paint.js) and click again,
 * once each, every button tapped before, so no tap made as the text appeared is lost.
 */
export function replayEarlyTaps(): void {
	const held = window as unknown as HeldWindow;
	(held[`${bootHold.tapsGlobal}Stop`] as (() => void) | undefined)?.();
	const taps = held[bootHold.tapsGlobal];
	held[bootHold.tapsGlobal] = [];
	if (!Array.isArray(taps)) return;
	for (const button of taps) {
		if (!(button instanceof HTMLElement)) continue;
		button.removeAttribute(bootHold.pendingAttribute);
		button.removeAttribute('aria-busy');
		if (button.isConnected) button.click();
	}
}
