import { configDefaults, defineConfig } from 'vitest/config';

// Component suites install Pulumi's mock monitor (test/components/mocks.ts), which is process-wide
// state held for the whole file: each of them gets a fresh process, as before.
const COMPONENT_SUITES = ['test/components/**/*.test.ts'];

export default defineConfig({
  test: {
    // Forks, not threads: some suites change the working folder (process.chdir), which workers cannot.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...COMPONENT_SUITES],
          // Every other suite shares its worker's module cache with the suites before it, so TypeScript
          // transforms, js-yaml, Ajv and (for the plan suites) @pulumi/* load once per worker instead of
          // once per file: half the suite's CPU time (docs/performance.md, "The test loop"). The plan
          // runner resets Pulumi's mocks for every plan (generators/plan/mocks.ts), and suites restore
          // what they change (spies, process.exitCode, PATH, the working folder) in finally blocks.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'components', include: COMPONENT_SUITES } },
    ],
  },
});
