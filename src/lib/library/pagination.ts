/** The path of library page `page`: the home page is page 1. */
export function libraryPagePath(page: number): string {
	return page === 1 ? '/' : `/page/${page}/`;
}
