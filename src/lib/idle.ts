/**
 * Run `task` once the page has loaded, when the browser is idle (at most two seconds later):
 * for work the reader does not wait on, so it never competes with the page or its first paint.
 */
export function afterLoad(task: () => void): void {
	const whenIdle = () =>
		'requestIdleCallback' in window
			? requestIdleCallback(task, { timeout: 2000 })
			: setTimeout(task, 1);
	if (document.readyState === 'complete') whenIdle();
	else window.addEventListener('load', whenIdle, { once: true });
}
