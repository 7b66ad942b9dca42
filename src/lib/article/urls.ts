/** Where an article's files are: its page, its page data, and its sentences for the player. */
export const articlePath = (slug: string) => `/articles/${slug}/`;
export const articleDataPath = (slug: string) => `/articles/${slug}/__data.json`;
export const listeningFilePath = (slug: string) => `/articles/${slug}/listen.json`;
