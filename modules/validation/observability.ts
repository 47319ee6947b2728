/** The values of logs, metrics and alarms CloudFront and CloudWatch accept. */
import { noDuplicates } from './lists';
import { allOf, ValueRule } from './value-rule';

/** The retention periods CloudWatch Logs accepts, in days. */
export const LOG_RETENTION_DAYS: readonly number[] = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/** A percentage of requests a real-time log samples: a whole number from 1 to 100. */
export const samplingRateProblem: ValueRule<number> = (rate) =>
  Number.isInteger(rate) && rate >= 1 && rate <= 100
    ? undefined
    : {
        problem: 'must be a whole percentage from 1 to 100',
        fix: 'Sample a share of requests (10 is plenty for player analytics); the cost grows with it.',
      };

/** How long a log group keeps access logs: one of CloudWatch's periods. */
export const logGroupRetentionProblem: ValueRule<number> = (days) =>
  LOG_RETENTION_DAYS.includes(days)
    ? undefined
    : { problem: 'is not a retention period CloudWatch Logs offers', fix: `Use one of ${LOG_RETENTION_DAYS.join(', ')} days.` };

/** How long a log bucket keeps access logs: whole days. */
export const logBucketRetentionProblem: ValueRule<number> = (days) =>
  Number.isInteger(days) && days >= 1 && days <= 3650
    ? undefined
    : { problem: 'must be a whole number of days from 1 to 3650', fix: 'Keep logs as long as you query them, e.g. 30 days.' };

/** A Firehose stream CloudFront's log delivery can write to: it must be in us-east-1, with the delivery. */
export const logFirehoseArnProblem: ValueRule<string> = (arn) => {
  const match = /^arn:aws[a-z-]*:firehose:([a-z0-9-]+):\d{12}:deliverystream\/[A-Za-z0-9_.-]{1,64}$/.exec(arn);
  if (!match)
    return { problem: 'is not a Firehose delivery stream ARN', fix: 'Use arn:aws:firehose:us-east-1:<account>:deliverystream/<name>.' };
  return match[1] === 'us-east-1'
    ? undefined
    : {
        problem: `is in ${match[1]}, but CloudFront delivers its logs from us-east-1 to a stream in us-east-1`,
        fix: 'Create the delivery stream in us-east-1 (it can write to a bucket elsewhere).',
      };
};

/** An SNS topic CloudWatch alarms on CloudFront metrics can notify: alarms live in us-east-1, and so must the topic. */
export const alarmTopicArnProblem: ValueRule<string> = (arn) => {
  const match = /^arn:aws[a-z-]*:sns:([a-z0-9-]+):\d{12}:[A-Za-z0-9_-]{1,256}$/.exec(arn);
  if (!match) return { problem: 'is not an SNS topic ARN', fix: 'Use arn:aws:sns:us-east-1:<account>:<topic>.' };
  return match[1] === 'us-east-1'
    ? undefined
    : {
        problem: `is in ${match[1]}, but CloudFront metrics and their alarms are in us-east-1, which can only notify a topic there`,
        fix: 'Use a topic in us-east-1, or leave topicArn out to get one.',
      };
};

/** An email address an SNS subscription can confirm. */
export const emailAddressProblem: ValueRule<string> = (email) =>
  /^[^@\s"<>]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(email)
    ? undefined
    : { problem: 'is not an email address', fix: 'Write it like oncall@example.com.' };

/** The fields of a log: at least one, each once. */
export const logFieldsProblem: ValueRule<readonly string[]> = allOf<readonly string[]>(
  (fields) =>
    fields.length > 0 ? undefined : { problem: 'is an empty list', fix: 'Name the fields to keep, or leave it out for the default set.' },
  (fields) => {
    const bad = fields.find((field) => !/^[A-Za-z0-9()_-]{1,64}$/.test(field));
    return bad === undefined
      ? undefined
      : {
          problem: `contains "${bad}", which is not a log field name`,
          fix: 'Use the names in the CloudFront log field reference, e.g. sc-status or cmcd-buffer-length.',
        };
  },
  noDuplicates('Name each field once.'),
);

/** A percentage threshold of an alarm. */
export const percentageProblem: ValueRule<number> = (value) =>
  typeof value === 'number' && value > 0 && value <= 100
    ? undefined
    : { problem: 'must be a percentage above 0, at most 100', fix: 'Use e.g. 5 for 5 %.' };
