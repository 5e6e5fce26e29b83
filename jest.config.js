// Two projects, both run by `npm test` (`npx jest --selectProjects unit` for the quick ones alone):
//  - unit: the core, the readers, the renderers against the fake Excel, the pane's logic and the CLI's
//    commands, in-process (each command also once as a child process);
//  - e2e: what needs a real program beside node: the pane's production build (made once by the global
//    setup and shared), Chromium, LibreOffice, and the bench run as `npm run bench` runs it.
// Suites of the two run side by side, one per core (the test machine has two); the build runs beside
// the first suites, and the suites that need it come last (test/e2e/sequencer.js).

/** The suites of the e2e project (every suite of test/taskpane/browser/, the pane in Chromium); every other suite is a unit one. */
const E2E = [
  '<rootDir>/test/taskpane/browser/**/*.test.ts',
  '<rootDir>/test/scripts/bench.test.ts',
  '<rootDir>/test/libreoffice/workbook-in-libreoffice.test.ts',
  '<rootDir>/test/xlsx/collect-round-trip.test.ts',
];

/** @type {import('jest').Config} */
const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', isolatedModules: true, esModuleInterop: true } }],
    '^.+\\.js$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', allowJs: true, isolatedModules: true, esModuleInterop: true } }],
  },
  // htmlparser2 and its helpers ship as ES modules only; compile them to CommonJS like our own files.
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|domhandler|domelementtype|domutils|dom-serializer|entities)/)'],
};

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 2,
  testTimeout: 60000,
  testSequencer: '<rootDir>/test/e2e/sequencer.js',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.test.ts', '**/*.test.tsx'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/taskpane/browser/', ...E2E.slice(1)] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: E2E,
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
    },
  ],
};
