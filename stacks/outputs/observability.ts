import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { Observability } from '../../modules';

/** Where an operator finds a stack's signals: the log bucket or the statement to add to one's own, the stream, the topic, the dashboard. */
export function observabilityOutputs(scope: Construct, observability: Observability | undefined): void {
  if (!observability) return;
  const logs = observability.accessLogs;
  if (logs?.bucket) new TerraformOutput(scope, 'access-log-bucket-name', { value: logs.bucket.bucket });
  if (logs?.logGroup) new TerraformOutput(scope, 'access-log-group-name', { description: 'In us-east-1', value: logs.logGroup.name });
  if (logs?.bucketPolicyStatementJson) {
    new TerraformOutput(scope, 'access-log-bucket-policy-statement', {
      description: 'Add this statement to the log bucket policy: the log delivery of this distribution writes there',
      value: logs.bucketPolicyStatementJson,
    });
  }
  if (observability.realtimeLogs) {
    new TerraformOutput(scope, 'realtime-log-stream-name', {
      description: 'Kinesis data stream of the real-time log records (with the CMCD fields)',
      value: observability.realtimeLogs.stream.name,
    });
  }
  if (observability.alarms) new TerraformOutput(scope, 'alarm-topic-arn', { value: observability.alarms.topicArn });
  if (observability.dashboard) {
    new TerraformOutput(scope, 'dashboard-name', {
      description: 'CloudWatch dashboard (us-east-1)',
      value: observability.dashboard.resource.dashboardName,
    });
  }
}
