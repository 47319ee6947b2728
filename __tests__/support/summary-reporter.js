/**
 * Ends every run with one plain line, `jest: N passed, N failed, N skipped`, that CI logs can be
 * read by. Written at process exit so it comes after the default reporter's summary.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
