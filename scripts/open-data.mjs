// The open-data folder of a build: `<build>/open-data/` (the data file, its JSON Schema, the
// translations, one CSV per item type, index.json), written by the core's own CLI
// (`mflm-data open-data`, core/src/open_data/) from the build's copy of data/framework.json,
// so the downloads can never drift from the data the app shows. The CLI validates the data
// first and writes nothing if it has a problem, which fails the build.
//
// Called by scripts/postbuild.mjs before it lists the build's files, so the service worker
// precaches these too and the Open data page works offline. (Not a Trunk hook of its own: Trunk
// starts the hooks of one stage all at once, so it could not be ordered before postbuild.mjs.
// Under `trunk serve` it writes only into Trunk's staging folder inside dist/ and into Cargo's
// target folder, both of which Trunk's watcher ignores, so it cannot start a rebuild loop.)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes `<dir>/open-data/` from `<dir>/data/framework.json` (and `<dir>/data/i18n/`). */
export function writeOpenData(dir) {
  const args = ['run', '-q', '-p', 'mflm-core', '--features', 'schema', '--bin', 'mflm-data', '--',
    'open-data', join(dir, 'open-data'), join(dir, 'data', 'framework.json')];
  const run = spawnSync('cargo', args, { cwd: root, stdio: 'inherit' });
  if (run.error) throw new Error(`[open-data] cannot run cargo: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`[open-data] mflm-data open-data failed (exit ${run.status}); see above`);
}
