/** "4 min": whole minutes, never below one, for reading and listening times. */
export function formatMinutes(minutes: number): string {
	return `${Math.max(1, Math.round(minutes))} min`;
}
