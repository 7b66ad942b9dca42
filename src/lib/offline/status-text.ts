import type { SaveState } from './offline.svelte';

/** The words on the offline chip: the connection first when it is gone, then readiness. */
export function statusText(online: boolean, save: SaveState): string {
	const readiness: Record<SaveState, string> = {
		saved: 'Saved for offline',
		saving: 'Saving for offline',
		failed: 'Not saved for offline',
		unsupported: 'Not available offline',
		checking: online ? 'Online' : 'Offline'
	};
	if (online || save === 'checking') return readiness[save];
	return `Offline · ${save === 'saved' ? 'everything saved' : readiness[save].toLowerCase()}`;
}
