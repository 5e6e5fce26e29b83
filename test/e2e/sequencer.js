// Jest's order (failed first, then slowest first, or largest when not yet timed), except that the two
// suites that wait for the e2e build (global-setup.ts) go last: the others run while it builds.
const Sequencer = require('@jest/test-sequencer').default;

const WAIT_FOR_THE_BUILD = ['/test/taskpane/browser/', '/test/scripts/bench.test.ts'];

class BuildLastSequencer extends Sequencer {
  sort(tests) {
    const waits = (test) => WAIT_FOR_THE_BUILD.some((path) => test.path.replaceAll('\\', '/').includes(path));
    const sorted = super.sort(tests);
    return [...sorted.filter((test) => !waits(test)), ...sorted.filter(waits)];
  }
}

module.exports = BuildLastSequencer;
