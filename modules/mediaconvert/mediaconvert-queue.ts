import { MediaConvertQueue as MediaConvertQueueResource } from '@cdktf/provider-aws/lib/media-convert-queue';
import { Construct } from 'constructs';
import { uniqueResourceName } from '../private/names';
import { checkValue } from '../private/check-value';
import { tagsBlock } from '../private/tags';
import { resourceNameProblem } from '../validation/names';
import { ValueRule } from '../validation/value-rule';

/** How many jobs a queue runs at once: a whole number from 1 (the account's quota caps it). */
export const concurrentJobsProblem: ValueRule<number> = (jobs) =>
  Number.isInteger(jobs) && jobs >= 1
    ? undefined
    : { problem: 'must be a whole number, at least 1', fix: 'Use a positive integer within your MediaConvert quota, or leave it out.' };

export interface MediaConvertQueueProps {
  /** @default derived from the stack and construct path (queue names are per account and region) */
  readonly queueName?: string;
  /** @default no description */
  readonly description?: string;
  /**
   * Jobs the queue runs at once; capped by the account's MediaConvert quotas.
   * @default MediaConvert's default for on-demand queues
   */
  readonly concurrentJobs?: number;
  /** Create the queue paused: jobs submitted to it wait until it is activated. @default false */
  readonly paused?: boolean;
  /** @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * An on-demand MediaConvert queue (billed per output minute). Reserved queues need a purchased
 * commitment, which is bought in the console, not declared here.
 */
export class MediaConvertQueue extends Construct {
  public readonly queueArn: string;
  public readonly queueName: string;
  /** Escape hatch: the provider resource. */
  public readonly resource: MediaConvertQueueResource;

  constructor(scope: Construct, id: string, props: MediaConvertQueueProps = {}) {
    super(scope, id);
    checkValue('queueName', props.queueName, resourceNameProblem);
    const concurrentJobs = props.concurrentJobs;
    checkValue('concurrentJobs', concurrentJobs, concurrentJobsProblem);
    this.resource = new MediaConvertQueueResource(this, 'Resource', {
      name: props.queueName ?? uniqueResourceName(this, 128),
      description: props.description,
      pricingPlan: 'ON_DEMAND',
      status: props.paused ? 'PAUSED' : 'ACTIVE',
      concurrentJobs,
      tags: tagsBlock(props.tags),
    });
    this.queueArn = this.resource.arn;
    this.queueName = this.resource.name;
  }
}
