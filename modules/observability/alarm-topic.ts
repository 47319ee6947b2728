import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { Construct } from 'constructs';
import { checkValue } from '../private/check-value';
import { uniqueResourceName } from '../private/names';
import { tagsBlock } from '../private/tags';
import { usEast1 } from '../private/us-east-1-provider';
import { alarmTopicArnProblem, emailAddressProblem } from '../validation/observability';

/** Where alarms notify: an SNS topic in us-east-1, created (with an email subscription) or yours. */
export class AlarmTopic {
  /** A topic created for the alarms; `email` gets a subscription to confirm. */
  public static create(props: { readonly email?: string } = {}): AlarmTopic {
    checkValue('email', props.email, emailAddressProblem);
    return new AlarmTopic((scope, tags) => {
      const east = usEast1(scope);
      const topic = east.place(
        new SnsTopic(scope, 'alarm-topic', { ...east.config, name: uniqueResourceName(scope, 256), tags: tagsBlock(tags) }),
      );
      if (props.email) {
        east.place(
          new SnsTopicSubscription(scope, 'alarm-email', { ...east.config, topicArn: topic.arn, protocol: 'email', endpoint: props.email }),
        );
      }
      return topic.arn;
    });
  }

  /** A topic of yours, in us-east-1 where CloudFront's alarms are. */
  public static fromTopicArn(topicArn: string): AlarmTopic {
    checkValue('topicArn', topicArn, alarmTopicArnProblem);
    return new AlarmTopic(() => topicArn);
  }

  private constructor(private readonly create: (scope: Construct, tags?: Readonly<Record<string, string>>) => string) {}

  /** The topic's ARN, creating it under `scope` when it is the library's. */
  public bind(scope: Construct, tags?: Readonly<Record<string, string>>): string {
    return this.create(scope, tags);
  }
}
