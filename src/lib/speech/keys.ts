/**
 * Keyboard shortcuts for listening. Letters only (Space and bare arrows scroll the page), never
 * with Ctrl, Alt or Meta (browser and system shortcuts), never while typing in a field.
 */

export type KeyAction =
	'toggle' | 'previousSentence' | 'nextSentence' | 'previousParagraph' | 'nextParagraph' | 'help';

const actions: Record<string, KeyAction> = {
	k: 'toggle',
	K: 'toggle',
	j: 'previousSentence',
	l: 'nextSentence',
	J: 'previousParagraph',
	L: 'nextParagraph',
	'[': 'previousParagraph',
	']': 'nextParagraph',
	'?': 'help'
};

/** What the help popover lists. */
export const keyHelp: { keys: string[]; action: string }[] = [
	{ keys: ['k'], action: 'Play or pause' },
	{ keys: ['j'], action: 'Previous sentence (twice quickly: one further back)' },
	{ keys: ['l'], action: 'Next sentence' },
	{ keys: ['Shift+J', '['], action: 'Previous paragraph' },
	{ keys: ['Shift+L', ']'], action: 'Next paragraph' },
	{ keys: ['?'], action: 'Show or hide these keys' }
];

/** The parts of a KeyboardEvent this needs, so it can be tested without a DOM. */
export interface KeyLike {
	key: string;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	isComposing?: boolean;
	target: unknown;
}

function isTyping(target: unknown): boolean {
	if (typeof target !== 'object' || target === null) return false;
	const element = target as { tagName?: string; isContentEditable?: boolean };
	return (
		element.isContentEditable === true ||
		['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName ?? '')
	);
}

/** The listening action for a key press, or undefined to leave the key to the page. */
export function keyAction(event: KeyLike): KeyAction | undefined {
	if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return undefined;
	if (isTyping(event.target)) return undefined;
	return Object.hasOwn(actions, event.key) ? actions[event.key] : undefined;
}
