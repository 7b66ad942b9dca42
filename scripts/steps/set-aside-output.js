// Moves the last build's intermediate output (.svelte-kit/output) aside and deletes it in the
// background, before `vite build`, which would otherwise delete it first and wait: 12 s for the
// 83,000 files of a 20,000-article library, on the one core the build is not using yet.
// The site's own folder (build/) is left to the adapter (static-adapter.js sets it aside in its
// turn): a build that fails keeps the last one.
//   node scripts/steps/set-aside-output.js
import { join } from 'node:path';
import { setAside } from '../plugins/set-aside.js';

setAside(join(process.cwd(), '.svelte-kit', 'output'), 'output-old-');
