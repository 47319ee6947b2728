import { ValueRule } from './value-rule';

/** A port CloudFront connects to an origin on: 80, 443 or 1024-65535. */
export const originPortProblem: ValueRule<number> = (port) =>
  Number.isInteger(port) && (port === 80 || port === 443 || (port >= 1024 && port <= 65535))
    ? undefined
    : { problem: 'is a port CloudFront cannot connect to', fix: 'Use 80, 443 or a port from 1024 to 65535.' };
