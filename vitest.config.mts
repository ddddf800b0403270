import { configDefaults, defineConfig } from 'vitest/config';

// Component suites install Pulumi's mock monitor (test/components/mocks.ts), process-wide state held
// for the whole file, so they run in the threads pool, one file after another in the same worker,
// each waiting for the registrations of the one before to finish before it installs its own mocks.
// They share the worker's module cache (isolate: false): each loading @pulumi/* again in a fresh
// thread cost about 20 s of CPU in all.
const COMPONENT_SUITES = ['test/components/**/*.test.ts'];

// Long, CPU-bound suites that need nothing of the shared worker (no working-folder change, no spies
// on the process): they run in the threads pool too, beside the component suites, so that the second
// core works while the forks pool's one worker runs everything else (docs/performance.md, "The test
// loop, a faster loop"). Each pays its own module loading (a second or two); what it takes off the
// forks worker is its whole body.
const CPU_SUITES = [
  'test/loader/canary.test.ts',
  'test/analysis/deep-chains.test.ts',
  'test/loader/properties.test.ts',
  'test/analysis/i18n/phrases.test.ts',
  'test/loader/limits.test.ts',
  'test/generators/html/html.test.ts',
  'test/generators/documents/generate.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    poolOptions: {
      // Every other suite shares its worker's module cache with the suites before it, so TypeScript
      // transforms, js-yaml, Ajv and (for the plan suites) @pulumi/* load once per worker instead of
      // once per file: about half the suite's CPU time (docs/performance.md, "The test loop"). The plan
      // runner installs fresh mocks for every plan (generators/plan/mocks.ts), and suites restore what
      // they change (spies, process.exitCode, PATH, the working folder) in finally blocks.
      forks: { isolate: false },
      threads: { isolate: false },
    },
    projects: [
      {
        extends: true,
        // Forks, not threads: some suites change the working folder (process.chdir), which threads cannot.
        test: {
          name: 'shared',
          pool: 'forks',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...COMPONENT_SUITES, ...CPU_SUITES],
        },
      },
      { extends: true, test: { name: 'components', pool: 'threads', include: COMPONENT_SUITES } },
      { extends: true, test: { name: 'alone', pool: 'threads', include: CPU_SUITES } },
    ],
  },
});
