// Every page is prerendered to static HTML; folders with index.html match the trailing slash.
export const prerender = true;
export const trailingSlash = 'always';
