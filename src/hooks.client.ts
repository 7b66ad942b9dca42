import type { ClientInit } from '@sveltejs/kit';

/** Hydrate in a task of its own after the modules are evaluated: two short tasks, not one long. */
export const init: ClientInit = () => new Promise((resume) => setTimeout(resume));
