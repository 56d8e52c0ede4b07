/**
 * Jest reporter: after the run, one line naming the suites whose tests skipped because ../shared/data is not beside
 * the checkout (scripts/testing/shared-data.ts). Plain JavaScript because jest loads reporters without transforming.
 */
const SKIPPED_TITLE = 'needs ../shared/data'; // as in shared-data.ts
const path = require('node:path');

class SharedDataReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.suites = new Map(); // suite path -> skipped placeholder count
  }

  onTestResult(_test, result) {
    const skipped = result.testResults.filter((t) => t.status === 'pending' && t.title.startsWith(SKIPPED_TITLE));
    if (skipped.length) this.suites.set(path.relative(this.rootDir, result.testFilePath), skipped.length);
  }

  onRunComplete() {
    if (!this.suites.size) return;
    const names = [...this.suites.keys()].sort();
    process.stderr.write(
      `Skipped for want of ../shared/data (not beside this checkout; LAO_MINSTD_REQUIRE_SHARED=1 makes it a failure): ` +
        `${[...this.suites.values()].reduce((a, b) => a + b, 0)} block(s) in ${names.length} suite(s): ${names.join(', ')}\n`,
    );
  }
}

module.exports = SharedDataReporter;
