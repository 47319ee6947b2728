/** Names of account-scoped AWS objects the library creates (policies, queues, roles). */
import { ValueRule } from './value-rule';

const GENERATED = 'Rename it, or leave it out to get a generated unique name.';

/** CloudFront cache, origin request and response headers policy names, and MediaConvert queue names. */
export const resourceNameProblem: ValueRule<string> = (name) =>
  /^[A-Za-z0-9_-]{1,128}$/.test(name) ? undefined : { problem: 'must be 1-128 letters, digits, hyphens or underscores', fix: GENERATED };

/** An IAM role name. */
export const iamRoleNameProblem: ValueRule<string> = (name) =>
  /^[\w+=,.@-]{1,64}$/.test(name) ? undefined : { problem: 'must be 1-64 letters, digits or + = , . @ - _', fix: GENERATED };

/** CloudFront function and key value store names. */
export const edgeNameProblem: ValueRule<string> = (name) =>
  /^[A-Za-z0-9_-]{1,64}$/.test(name) ? undefined : { problem: 'must be 1-64 letters, digits, hyphens or underscores', fix: GENERATED };
