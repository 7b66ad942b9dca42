import { origin } from '$lib/server/origin';
import { robotsTxt } from '$lib/server/syndication/sitemap';

export const prerender = true;

export function GET() {
	return new Response(robotsTxt(origin), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
