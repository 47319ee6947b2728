import { MediaConvertQueue as MediaConvertQueueResource } from '@cdktf/provider-aws/lib/media-convert-queue';
import { Construct } from 'constructs';
import { invalid } from '../private/invalid';
import { uniqueResourceName } from '../private/names';
import { isUnresolved } from '../private/tokens';

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
    if (props.queueName !== undefined && !isUnresolved(props.queueName) && !/^[A-Za-z0-9_-]{1,128}$/.test(props.queueName)) {
      invalid(
        'queueName',
        'must be 1-128 letters, digits, hyphens or underscores',
        props.queueName,
        'Rename it, or leave it out to get a generated unique name.',
      );
    }
    const concurrentJobs = props.concurrentJobs;
    if (concurrentJobs !== undefined && !isUnresolved(concurrentJobs) && (!Number.isInteger(concurrentJobs) || concurrentJobs < 1)) {
      invalid(
        'concurrentJobs',
        'must be a whole number, at least 1',
        concurrentJobs,
        'Use a positive integer within your MediaConvert quota, or leave it out.',
      );
    }
    this.resource = new MediaConvertQueueResource(this, 'Resource', {
      name: props.queueName ?? uniqueResourceName(this, 128),
      description: props.description,
      pricingPlan: 'ON_DEMAND',
      status: props.paused ? 'PAUSED' : 'ACTIVE',
      concurrentJobs,
      tags: props.tags ? { ...props.tags } : undefined,
    });
    this.queueArn = this.resource.arn;
    this.queueName = this.resource.name;
  }
}
