import { createHash } from 'node:crypto';

/**
 * Reading needs no JavaScript, so the app's JavaScript must not compete with the first paint.
 * SvelteKit starts its client at once and preloads every module in <head>; this rewrites a
 * prerendered page so the client starts after the page's load event and first paint, and drops the
 * module preloads. The boot script's CSP hash is replaced to match. A SvelteKit upgrade that
 * changes the boot script's shape fails the build here rather than shipping a broken page.
 */

const bootStart = 'Promise.all([';
const bootThen = ']).then(([kit, app]) =>';
// After the load event and the first contentful paint (paint timing, or the next frame where
// that is missing); at most 3 s after load in any case, for a tab that is never painted.
const afterLoad = [
	'new Promise((go) => {',
	'const start = () => {',
	'setTimeout(go, 3000);',
	"if (!(self.PerformanceObserver && PerformanceObserver.supportedEntryTypes || []).includes('paint')) return requestAnimationFrame(() => setTimeout(go));",
	"new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && setTimeout(go)).observe({ type: 'paint', buffered: true });",
	'};',
	"document.readyState === 'complete' ? start() : addEventListener('load', start, { once: true });",
	'}).then(() => Promise.all(['
].join('\n');

// Between evaluating the modules and hydrating: two shorter tasks instead of one long one.
const yieldToBrowser = '.then((modules) => new Promise((go) => setTimeout(() => go(modules))))';

function cspSource(script: string): string {
	return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

function countOf(text: string, part: string): number {
	return text.split(part).length - 1;
}

/** Rewrite one prerendered page; pages without SvelteKit's boot script pass unchanged. */
export function deferHydration(html: string): string {
	const boot = /<script>([^<]*__sveltekit_[\s\S]*?)<\/script>/.exec(html);
	if (!boot) return html;
	const script = boot[1];
	if (countOf(script, bootStart) !== 1 || countOf(script, bootThen) !== 1) {
		throw new Error('defer-hydration: SvelteKit’s boot script has an unexpected shape');
	}
	const deferred = script
		.replace(bootStart, () => afterLoad)
		.replace(bootThen, () => `]))${yieldToBrowser}${bootThen.slice(2)}`);
	const oldHash = cspSource(script);
	if (!html.includes(oldHash))
		throw new Error('defer-hydration: the boot script’s CSP hash is missing');
	return html
		.replace(boot[0], () => `<script>${deferred}</script>`)
		.replace(oldHash, () => cspSource(deferred))
		.replace(/[ \t]*<link href="[^"]+" rel="modulepreload">\n?/g, '');
}
