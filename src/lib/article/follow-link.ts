/**
 * Go to `path` as a tap on a link to it would: SvelteKit's router takes the click, with no
 * reload. Used instead of goto(), whose code would otherwise join the startup's shared chunk.
 */
export function followLink(path: string): void {
	const link = document.createElement('a');
	link.href = path;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
}
