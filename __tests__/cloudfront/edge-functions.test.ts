import { TerraformVariable } from 'cdktf';
import {
  BehaviorOptions,
  CloudFrontFunction,
  FunctionEventType,
  HttpOrigin,
  KeyGroup,
  LambdaEdgeEventType,
  VideoDistribution,
} from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

const origin = new HttpOrigin('origin.example.com');
const LAMBDA = 'arn:aws:lambda:us-east-1:111122223333:function:rewrite-manifest:7';
const viewerFunction = CloudFrontFunction.fromFunctionArn('arn:aws:cloudfront::111122223333:function/headers');

function distribution(extra: Partial<BehaviorOptions>): Record<string, any> {
  const stack = testStack();
  new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin }, additionalBehaviors: { '*.m3u8': { origin, ...extra } } });
  return onlyResource(synthJson(stack), 'aws_cloudfront_distribution').ordered_cache_behavior[0];
}

const build = (extra: Partial<BehaviorOptions>) => () => distribution(extra);

describe('edge functions and key groups on a behavior', () => {
  it('renders key groups, CloudFront Functions and Lambda@Edge in the provider blocks', () => {
    const behavior = distribution({
      trustedKeyGroups: [KeyGroup.fromKeyGroupId('5b5d8f2e-3c6a-4e1b-9f2d-7a8b9c0d1e2f')],
      functionAssociations: [{ function: viewerFunction, eventType: FunctionEventType.VIEWER_RESPONSE }],
      edgeLambdas: [{ functionVersionArn: LAMBDA, eventType: LambdaEdgeEventType.ORIGIN_REQUEST, includeBody: true }],
    });
    expect(behavior.trusted_key_groups).toEqual(['5b5d8f2e-3c6a-4e1b-9f2d-7a8b9c0d1e2f']);
    expect(behavior.function_association).toEqual([{ event_type: 'viewer-response', function_arn: viewerFunction.functionArn }]);
    expect(behavior.lambda_function_association).toEqual([{ event_type: 'origin-request', lambda_arn: LAMBDA, include_body: true }]);
  });

  it('refuses an unqualified, $LATEST, alias or other-region Lambda ARN, naming the behavior', () => {
    const lambda = (functionVersionArn: string) =>
      build({ edgeLambdas: [{ functionVersionArn, eventType: LambdaEdgeEventType.ORIGIN_RESPONSE }] });
    expect(lambda('arn:aws:lambda:us-east-1:111122223333:function:rewrite-manifest')).toThrow(
      /^'additionalBehaviors\["\*\.m3u8"\]\.edgeLambdas\[0\]\.functionVersionArn' has no version \(an unqualified ARN\), got: "arn:aws:lambda:us-east-1:111122223333:function:rewrite-manifest"\. Publish a version/,
    );
    expect(lambda(`${LAMBDA.replace(':7', ':$LATEST')}`)).toThrow(/names \$LATEST, not a numbered version/);
    expect(lambda(`${LAMBDA.replace(':7', ':prod')}`)).toThrow(/names the alias prod/);
    expect(lambda(LAMBDA.replace('us-east-1', 'eu-west-1'))).toThrow(/is in eu-west-1, but Lambda@Edge functions must be in us-east-1/);
  });

  it('refuses a body on response events, two functions on one event, CloudFront Functions on origin events', () => {
    expect(
      build({ edgeLambdas: [{ functionVersionArn: LAMBDA, eventType: LambdaEdgeEventType.ORIGIN_RESPONSE, includeBody: true }] }),
    ).toThrow(/'additionalBehaviors\["\*\.m3u8"\]\.edgeLambdas\[0\]\.includeBody' is true on origin-response, but only request events/);
    expect(
      build({
        edgeLambdas: [
          { functionVersionArn: LAMBDA, eventType: LambdaEdgeEventType.ORIGIN_REQUEST },
          { functionVersionArn: LAMBDA, eventType: LambdaEdgeEventType.ORIGIN_REQUEST },
        ],
      }),
    ).toThrow(
      /'additionalBehaviors\["\*\.m3u8"\]\.edgeLambdas\[1\]' is a second edge function on origin-request \(edgeLambdas\[0\] is there already\)/,
    );
    expect(build({ functionAssociations: [{ function: viewerFunction, eventType: 'origin-request' as FunctionEventType }] })).toThrow(
      /functionAssociations\[0\]\.eventType' is not a viewer event; CloudFront Functions run on viewer-request and viewer-response only/,
    );
  });

  it('refuses a CloudFront Function and Lambda@Edge on viewer events of one behavior, but allows Lambda@Edge on origin events', () => {
    expect(
      build({
        functionAssociations: [{ function: viewerFunction, eventType: FunctionEventType.VIEWER_REQUEST }],
        edgeLambdas: [{ functionVersionArn: LAMBDA, eventType: LambdaEdgeEventType.VIEWER_RESPONSE }],
      }),
    ).toThrow(/edgeLambdas\[0\]\.eventType' is viewer-response, but this behavior runs CloudFront Functions on viewer events/);
    expect(
      build({
        functionAssociations: [{ function: viewerFunction, eventType: FunctionEventType.VIEWER_REQUEST }],
        edgeLambdas: [{ functionVersionArn: LAMBDA, eventType: LambdaEdgeEventType.ORIGIN_REQUEST }],
      }),
    ).not.toThrow();
  });

  it('refuses more than 4 key groups on a behavior', () => {
    const groups = Array.from({ length: 5 }, (_, index) => KeyGroup.fromKeyGroupId(`5b5d8f2e-3c6a-4e1b-9f2d-7a8b9c0d1e2${index}`));
    expect(build({ trustedKeyGroups: groups })).toThrow(
      /'additionalBehaviors\["\*\.m3u8"\]\.trustedKeyGroups' has 5 key groups, more than CloudFront allows on one behavior \(4\)/,
    );
  });

  it('a Lambda ARN known only at apply (a token) does not throw', () => {
    const stack = testStack();
    const arn = new TerraformVariable(stack, 'lambda', { type: 'string' });
    expect(
      () =>
        new VideoDistribution(stack, 'cdn', {
          defaultBehavior: {
            origin,
            edgeLambdas: [{ functionVersionArn: arn.stringValue, eventType: LambdaEdgeEventType.ORIGIN_REQUEST }],
          },
        }),
    ).not.toThrow();
  });
});
