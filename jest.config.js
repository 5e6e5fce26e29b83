/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', isolatedModules: true, esModuleInterop: true } }],
    '^.+\\.js$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', allowJs: true, isolatedModules: true, esModuleInterop: true } }],
  },
  // htmlparser2 and its helpers ship as ES modules only; compile them to CommonJS like our own files.
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|domhandler|domelementtype|domutils|dom-serializer|entities)/)'],
  testTimeout: 60000,
};
