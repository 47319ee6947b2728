/**
 * Code a behavior runs at the edge: CloudFront Functions and Lambda@Edge, and the rules CloudFront
 * applies to them at apply time (terraform plan accepts every one of these mistakes).
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html
 */
import { lambdaEdgeVersionArnProblem } from '../validation/aws-identifiers';
import { MAX_KEY_GROUPS_PER_BEHAVIOR } from '../validation/signing-keys';
import { SettingProblem } from '../validation/value-rule';
import { ICloudFrontFunction } from './cloudfront-function';
import { IKeyGroup } from './key-group';

/** The events a CloudFront Function can run on: viewer events only. */
export enum FunctionEventType {
  VIEWER_REQUEST = 'viewer-request',
  VIEWER_RESPONSE = 'viewer-response',
}

/** The events a Lambda@Edge function can run on. */
export enum LambdaEdgeEventType {
  VIEWER_REQUEST = 'viewer-request',
  VIEWER_RESPONSE = 'viewer-response',
  ORIGIN_REQUEST = 'origin-request',
  ORIGIN_RESPONSE = 'origin-response',
}

/** A CloudFront Function on one event of a behavior. */
export interface FunctionAssociation {
  readonly function: ICloudFrontFunction;
  readonly eventType: FunctionEventType;
}

/** A Lambda@Edge function on one event of a behavior. */
export interface EdgeLambda {
  /** A numbered version in us-east-1 (`aws_lambda_function.qualified_arn` with `publish = true`). */
  readonly functionVersionArn: string;
  readonly eventType: LambdaEdgeEventType;
  /** Expose the request body to the function: request events only. @default false */
  readonly includeBody?: boolean;
}

const VIEWER_EVENTS: readonly string[] = [FunctionEventType.VIEWER_REQUEST, FunctionEventType.VIEWER_RESPONSE];
const LAMBDA_EVENTS: readonly string[] = Object.values(LambdaEdgeEventType);
const BODY_EVENTS: readonly string[] = [LambdaEdgeEventType.VIEWER_REQUEST, LambdaEdgeEventType.ORIGIN_REQUEST];

/** What a behavior runs and trusts at the edge. */
export interface EdgeSettings {
  readonly trustedKeyGroups?: readonly IKeyGroup[];
  readonly functionAssociations?: readonly FunctionAssociation[];
  readonly edgeLambdas?: readonly EdgeLambda[];
}

/**
 * CloudFront's rules for one behavior's edge code: CloudFront Functions on viewer events only; one
 * function per event; CloudFront Functions and Lambda@Edge never both on viewer events; a
 * version-qualified Lambda ARN in us-east-1; the body only on request events; at most 4 key groups.
 */
export function edgeSettingsProblems(settings: EdgeSettings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const keyGroups = settings.trustedKeyGroups ?? [];
  if (keyGroups.length > MAX_KEY_GROUPS_PER_BEHAVIOR) {
    problems.push({
      prop: 'trustedKeyGroups',
      problem: `has ${keyGroups.length} key groups, more than CloudFront allows on one behavior (${MAX_KEY_GROUPS_PER_BEHAVIOR})`,
      fix: 'Put the public keys into fewer key groups (5 keys each).',
    });
  }
  const taken = new Map<string, string>();
  const claim = (eventType: string, prop: string) => {
    const holder = taken.get(eventType);
    if (holder !== undefined) {
      problems.push({
        prop,
        problem: `is a second edge function on ${eventType} (${holder} is there already)`,
        fix: 'CloudFront runs one function per event of a behavior: merge the two, or move one to another event.',
      });
    }
    taken.set(eventType, prop);
  };
  (settings.functionAssociations ?? []).forEach((association, index) => {
    const prop = `functionAssociations[${index}].eventType`;
    if (!VIEWER_EVENTS.includes(association.eventType)) {
      problems.push({
        prop,
        problem: 'is not a viewer event; CloudFront Functions run on viewer-request and viewer-response only',
        fix: 'Use FunctionEventType.VIEWER_REQUEST or VIEWER_RESPONSE, or Lambda@Edge (edgeLambdas) for origin events.',
      });
    }
    claim(association.eventType, `functionAssociations[${index}]`);
  });
  const functionsOnViewerEvents = (settings.functionAssociations ?? []).length > 0;
  (settings.edgeLambdas ?? []).forEach((lambda, index) => {
    const prop = `edgeLambdas[${index}]`;
    const arnProblem = lambdaEdgeVersionArnProblem(lambda.functionVersionArn);
    if (arnProblem) problems.push({ prop: `${prop}.functionVersionArn`, ...arnProblem });
    if (!LAMBDA_EVENTS.includes(lambda.eventType)) {
      problems.push({
        prop: `${prop}.eventType`,
        problem: `is not one of ${LAMBDA_EVENTS.join(', ')}`,
        fix: 'Use a LambdaEdgeEventType.',
      });
    }
    if (lambda.includeBody === true && !BODY_EVENTS.includes(lambda.eventType)) {
      problems.push({
        prop: `${prop}.includeBody`,
        problem: `is true on ${lambda.eventType}, but only request events (viewer-request, origin-request) see a body`,
        fix: 'Leave includeBody out on response events.',
      });
    }
    if (functionsOnViewerEvents && VIEWER_EVENTS.includes(lambda.eventType)) {
      problems.push({
        prop: `${prop}.eventType`,
        problem: `is ${lambda.eventType}, but this behavior runs CloudFront Functions on viewer events, and CloudFront never combines the two there`,
        fix: 'Move the Lambda@Edge function to origin-request or origin-response, or do its work in the CloudFront Function.',
      });
    }
    claim(lambda.eventType, prop);
  });
  return problems;
}
