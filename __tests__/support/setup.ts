import { setupJest } from 'cdktf/lib/testing/adapters/jest';

setupJest();

/**
 * cdktf records the stack trace of every token it creates (shown only when a token cannot be
 * resolved). Under jest each trace goes through source-map-support, which made the synth-heavy
 * suites twice as slow; outside jest the app keeps cdktf's behavior. No test reads those traces.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tokenStackTraces: { captureStackTrace: () => string[] } = require('cdktf/lib/tokens/private/stack-trace');
tokenStackTraces.captureStackTrace = () => [];
