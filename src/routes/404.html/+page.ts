// Prerendered as build/404.html, the file static hosts (and `npm start`) send for unknown paths.
export const trailingSlash = 'never';
