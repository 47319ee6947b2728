// main.ts of a CDK Terrain project, after
//   npm install video-cdn-cdktn cdktn@0.24.0 constructs@10.7.2 @cdktn/provider-aws@25.7.0
// (Written against the cdktf flavor, so this repository type-checks it; the test suite rewrites its
// imports as the cdktn build does, cdktf -> cdktn, and runs it in a fresh CDK Terrain project.)
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { App, TerraformOutput } from 'cdktf';
import {
  AccessLogDestination,
  AlarmTopic,
  MediaStoreLiveCdn,
  MediaStoreLiveOrigin,
  MkioCdn,
  SecurityPolicyProtocol,
  VideoCdnStack,
} from 'video-cdn-cdktf';

const app = new App();
const stack = new VideoCdnStack(app, 'live-channel', { awsRegion: 'eu-west-1' });

// The project's own resource, next to the library's in one stack: both from the same provider
// bindings, so Terraform gets one hashicorp/aws pin.
const posters = new S3Bucket(stack, 'posters', { bucketPrefix: 'posters-' });

const live = new MkioCdn(stack, 'mkio', {
  streamingEndpointHostName: 'production.westeurope.streaming.mediakind.com',
  originShieldRegion: 'eu-west-1',
  // On hashicorp/aws 6 the certificate and the alarms sit in us-east-1 through their own `region`
  // argument: no second provider block.
  customDomain: { domainName: 'live.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' },
  distribution: { minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_3_2025 },
  observability: {
    accessLogs: { destination: AccessLogDestination.newBucket() },
    alarms: { topic: AlarmTopic.create({ email: 'oncall@example.com' }) },
  },
});
new TerraformOutput(stack, 'playback-url', { value: live.playbackUrl('<locator-id>') });
new TerraformOutput(stack, 'posters-bucket', { value: posters.bucket });

// A channel still on MediaStore, in a stack of its own: synth warns that AWS ended MediaStore and
// that hashicorp/aws 6 deprecates its resources.
const legacy = new VideoCdnStack(app, 'legacy-channel', { awsRegion: 'eu-west-1' });
new MediaStoreLiveCdn(legacy, 'mediastore', {
  origin: MediaStoreLiveOrigin.existingEndpoint('abcdefghijklmn.data.mediastore.eu-west-1.amazonaws.com'),
});

app.synth();
