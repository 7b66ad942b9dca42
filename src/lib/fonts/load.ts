/**
 * Wait until the regular and bold faces of the font stack `stack` are loaded, or `limit` ms
 * have passed, so a chosen font can be shown only once it is ready. Resolves at once where
 * the Font Loading API is missing; never rejects.
 */
export async function loadFaces(stack: string, limit = 3000): Promise<void> {
	if (typeof document === 'undefined' || !document.fonts) return;
	const faces = Promise.all([
		document.fonts.load(`400 1em ${stack}`),
		document.fonts.load(`700 1em ${stack}`)
	]).catch(() => undefined);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, limit)));
	await Promise.race([faces, timeout]);
	clearTimeout(timer);
}
