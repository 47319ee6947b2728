/** How long and how often CloudFront tries an origin: the ranges CloudFront accepts. */
import { wholeNumberBetween } from './numbers';

export const connectionAttemptsProblem = wholeNumberBetween(1, 3, 'CloudFront tries an origin 1 to 3 times.');
export const connectionTimeoutProblem = wholeNumberBetween(1, 10, 'CloudFront waits 1 to 10 seconds for a connection.');
export const readTimeoutProblem = wholeNumberBetween(1, 60, 'Use 1-60 seconds, or ask AWS for a quota increase and raise it later.');
export const keepaliveTimeoutProblem = wholeNumberBetween(1, 60, 'Use 1-60 seconds.');
