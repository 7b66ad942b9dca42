/** A problem with one article source; the message names the file so the build log points at it. */
export class ArticleError extends Error {
	constructor(
		readonly file: string,
		readonly reason: string
	) {
		super(`${file}: ${reason}`);
		this.name = 'ArticleError';
	}
}
