// Jest reporter: writes the run's counts to a file that scripts/test.js turns into the plain
// "N passed, N failed" line CI reads. (Jest's --json can fail to serialise some errors.)
const fs = require("fs")

class SummaryReporter {
  constructor(_globalConfig, options) {
    this.file = options.file
  }

  onRunComplete(_contexts, results) {
    fs.writeFileSync(
      this.file,
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests,
        broken_suites: results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      })
    )
  }
}

module.exports = SummaryReporter
