/**
 * An article's images that cannot load (offline, and not kept on this device) keep their box,
 * which then shows the alt text (./figures.css): never a broken-image icon. One that loads later
 * (back online) shows again. Returns the function that stops watching.
 */
export function watchMissingImages(root: HTMLElement): () => void {
	const frameOf = (target: EventTarget | null) =>
		target instanceof HTMLImageElement ? target.closest('.frame') : null;
	const failed = (event: Event) => frameOf(event.target)?.setAttribute('data-missing', '');
	const loaded = (event: Event) => frameOf(event.target)?.removeAttribute('data-missing');
	// Neither event bubbles: listen as they go down.
	root.addEventListener('error', failed, true);
	root.addEventListener('load', loaded, true);
	// Those that failed before the page's script ran.
	for (const image of root.querySelectorAll<HTMLImageElement>('.frame img'))
		if (image.complete && image.naturalWidth === 0)
			image.closest('.frame')?.setAttribute('data-missing', '');
	return () => {
		root.removeEventListener('error', failed, true);
		root.removeEventListener('load', loaded, true);
	};
}
