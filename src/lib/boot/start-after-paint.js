// The app's start, put after the first paint without dropping a tap. Reading needs no
// JavaScript, so nothing of the app may compete with the text's first paint; but a reader who
// taps a control as soon as the text shows must not find it dead. This inline script (hashed
// for the CSP in svelte.config.js, put into app.html by src/hooks.server.ts):
//  - holds SvelteKit's boot script, which src/lib/server/boot/hold-kit-start.ts made inert,
//    and runs its exact text (so Kit's own CSP hash still allows it) once the page has loaded
//    and painted;
//  - asks for every module the app starts with at once at that moment (Kit's module list,
//    kept off <head> so nothing is fetched before the paint): one round trip, not a waterfall;
//  - keeps taps on buttons made before the app runs: each is marked pressed at once and
//    clicked again when the app is ready (src/lib/boot/early-taps.ts).
// Plain JavaScript and self-contained: the page embeds the function's own text.
import { inlineSource } from '../inline-source.js';

/** Where the held boot script is, and how the early taps are handed to the app. */
export const bootHold = {
	/** On <html> from the first paint: scripts run, so the app's own controls are shown. */
	appAttribute: 'data-folio-app',
	scriptId: 'folio-kit-start',
	modulesAttribute: 'data-modules',
	/** Modules a first tap needs (the settings panel, the player), asked for after the app's. */
	laterAttribute: 'data-later',
	pendingAttribute: 'data-folio-pending',
	/** On window: `{ taps, stop }`, the buttons tapped so far and how to stop keeping them. */
	tapsGlobal: '__folioEarlyTaps'
};

/**
 * Start the app after the load event and the first contentful paint (paint timing, or the next
 * frame where that is missing; at most 3 s after load for a tab never painted).
 * @param {typeof bootHold} hold
 */
export function startAfterPaint(hold) {
	document.documentElement.setAttribute(hold.appAttribute, '');
	/** @type {Element[]} */
	var taps = [];

	/** Before the app runs, a tap on a button is kept for it and shown pressed at once. */
	function keepTap(/** @type {Event} */ event) {
		var target = /** @type {Element | null} */ (event.target);
		var button = target && target.closest ? target.closest('button') : null;
		if (!button || /** @type {HTMLButtonElement} */ (button).disabled) return;
		event.preventDefault();
		if (taps.indexOf(button) < 0) taps.push(button);
		button.setAttribute(hold.pendingAttribute, '');
		button.setAttribute('aria-busy', 'true');
		// WebKit (Safari, every iPhone browser) speaks only from a tap: a silent utterance now
		// lets the app speak later. Other engines need none.
		if (
			button.hasAttribute('data-folio-speaks') &&
			window.speechSynthesis &&
			navigator.vendor === 'Apple Computer, Inc.'
		) {
			try {
				speechSynthesis.speak(new SpeechSynthesisUtterance(''));
			} catch {
				// No speech here: the app explains that when it starts.
			}
		}
	}
	function stop() {
		document.removeEventListener('click', keepTap, true);
	}
	document.addEventListener('click', keepTap, true);
	/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window))[hold.tapsGlobal] = {
		taps: taps,
		stop: stop
	};

	/** Ask for a module or a stylesheet now, at low priority if `low`. */
	function preload(/** @type {string} */ href, /** @type {boolean} */ low) {
		if (!href) return;
		var link = document.createElement('link');
		if (/\.css$/.test(href)) {
			link.rel = 'preload';
			link.as = 'style';
		} else link.rel = 'modulepreload';
		link.href = href;
		if (low) link.setAttribute('fetchpriority', 'low');
		document.head.appendChild(link);
	}

	var started = false;
	function start() {
		if (started) return;
		started = true;
		var held = document.getElementById(hold.scriptId);
		if (!held || !held.parentNode) {
			// A page with no app to start: its buttons are the browser's again.
			stop();
			return;
		}
		(held.getAttribute(hold.modulesAttribute) || '').split(' ').forEach(function (href) {
			preload(href, false);
		});
		(held.getAttribute(hold.laterAttribute) || '').split(' ').forEach(function (href) {
			preload(href, true);
		});
		// The same text in a new element beside the old one: Kit finds its place through
		// document.currentScript.parentElement.
		var boot = document.createElement('script');
		boot.textContent = held.textContent;
		held.parentNode.insertBefore(boot, held.nextSibling);
	}
	function afterPaint() {
		setTimeout(start, 3000);
		var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
		if (types.indexOf('paint') < 0) {
			requestAnimationFrame(function () {
				setTimeout(start);
			});
			return;
		}
		new PerformanceObserver(function (list) {
			if (list.getEntriesByName('first-contentful-paint').length) setTimeout(start);
		}).observe({ type: 'paint', buffered: true });
	}
	if (document.readyState === 'complete') afterPaint();
	else addEventListener('load', afterPaint, { once: true });
}

/**
 * The inline script's text, without the <script> tags: the function's source without its
 * comments and indentation (it is sent in every page), called with `bootHold`.
 */
export const startAfterPaintScript = `(${inlineSource(startAfterPaint)})(${JSON.stringify(bootHold)});`;
