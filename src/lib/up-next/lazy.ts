/**
 * Everything Up next offers the rest of the app, as one module its users import lazily: the
 * library (the list, Play all unread), the article's end tools (Listen next, Listen later) and
 * the player (going on through the list). One entry keeps its code in one chunk, loaded only
 * by them, instead of in the startup's shared chunk.
 */
export { sharedUpNext } from './up-next.svelte';
export { playAllUnread } from './play-all';
export { default as UpNextSection } from './UpNextSection.svelte';
export { default as QueueButtons } from './QueueButtons.svelte';
