/**
 * The live loop's Lambda code, bundled from `runtime/entry/index` with esbuild at plan time (the
 * Pulumi program runs it; the client's CI therefore needs esbuild, a pinned dependency).
 *
 * Everything is bundled, the AWS SDK v3 included, instead of taking the SDK the nodejs22.x
 * runtime carries: the runtime's copy changes under a deployed function whenever AWS updates it,
 * while a bundled one is the version the tests ran against (AWS's own advice for production:
 * "Lambda runtimes", "Using the SDK for JavaScript"). The price is a larger archive (about a
 * megabyte) and a slightly longer cold start, once per instance.
 *
 * Deterministic: no source maps, no comments (they would carry paths), a fixed working
 * directory, so the same sources give the same bytes and `pulumi up` sees no change.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** runtime/entry/index.ts from the sources (tests, tsx), index.js from dist/ (an installed Plan B). */
export function entryFile(root: string = ROOT): string {
  for (const ext of ['.ts', '.js']) {
    const file = path.join(root, 'runtime', 'entry', `index${ext}`);
    if (fs.existsSync(file)) return file;
  }
  throw new Error(`the live loop's entry runtime/entry/index is missing under ${root}; reinstall Plan B`);
}

let cached: Promise<string> | undefined;

/** The bundle's JavaScript (CommonJS, Node.js 22), built once per process. */
export function bundleFunctions(): Promise<string> {
  cached ??= build(entryFile());
  return cached;
}

async function build(entry: string): Promise<string> {
  // Loaded here, not at the top: the documents and the analysis never need esbuild.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const out = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: path.dirname(path.dirname(path.dirname(entry))),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    sourcemap: false,
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
