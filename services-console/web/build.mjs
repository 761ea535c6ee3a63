// Bundles the console into the module's class path (SLS_CONSOLE_OUT, set by Maven) or dist/.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = process.env.SLS_CONSOLE_OUT || 'dist';
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  outfile: `${out}/console.js`,
  logLevel: 'warning',
});
for (const file of ['index.html', 'console.css']) {
  copyFileSync(`src/${file}`, `${out}/${file}`);
}
