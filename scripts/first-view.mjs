// The first view of index.html: the default page of results (no URL parameters, English,
// the bundled data) as the app draws it, written by the core's own CLI (`mflm-data
// prerender`, core/src/prerender.rs) from the build's copy of data/framework.json, between
// the `<!-- first-view -->` and `<!-- /first-view -->` markers of index.html. Replaces what is
// there, so running it again on its own output changes nothing. Called by
// scripts/postbuild.mjs; like scripts/open-data.mjs it runs the CLI with `cargo run`, which
// the open-data step has just built, so it costs well under a second on a warm build.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MARKERS = /(<!-- first-view -->)[\s\S]*?(<!-- \/first-view -->)/;

/** `html` with the default view of `<dir>/data/framework.json` between the markers. */
export function withFirstView(html, dir) {
  if (!MARKERS.test(html)) throw new Error('[first-view] index.html has no <!-- first-view --><!-- /first-view --> markers');
  const args = ['run', '-q', '-p', 'mflm-core', '--features', 'schema', '--bin', 'mflm-data', '--',
    'prerender', join(dir, 'data', 'framework.json')];
  const run = spawnSync('cargo', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.error) throw new Error(`[first-view] cannot run cargo: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`[first-view] mflm-data prerender failed (exit ${run.status}); see above`);
  const view = run.stdout.trim();
  if (!view.includes('<article class="result"') && !view.includes('class="empty-state"')) {
    throw new Error('[first-view] mflm-data prerender printed no results');
  }
  return html.replace(MARKERS, (_, start, end) => start + view + end);
}
