/** Ends every run (on stderr, after the default reporter) with one plain line, `jest: N passed, N failed, N skipped`, that CI logs can be read by. */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stderr.write(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`);
  }
}
module.exports = SummaryReporter;
