/**
 * When this build ran, for what needs a date the content does not give (the feed). Reproducible
 * builds set SOURCE_DATE_EPOCH (seconds since 1970), the common convention for such dates.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
	const epoch = Number(env.SOURCE_DATE_EPOCH);
	return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}
