// Without imports: the article page starts with it, the settings' schema loads later.

/**
 * The reader's size shortcut in `event`: Ctrl or Cmd with + (or =) is 1 step up, with - one
 * down, with 0 back to the default; anything else is undefined.
 */
export function sizeShortcut(event: KeyboardEvent): 1 | -1 | 0 | undefined {
	if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
	if (event.key === '+' || event.key === '=') return 1;
	if (event.key === '-' || event.key === '_') return -1;
	if (event.key === '0') return 0;
	return undefined;
}
