// @ts-check
/**
 * `npm run test:mutation`: how well the unit tests guard the rules that decide who sees what and
 * whether the record holds (issue 11). StrykerJS 9 (10.x needs Node 22) with the vitest runner,
 * over the unit project only; the HTML report lands in reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'shared/auth/access.ts',
    'shared/audit/chain.ts',
    'shared/audit/anchor.ts',
    'shared/domain/transitions.ts',
  ],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'html', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
