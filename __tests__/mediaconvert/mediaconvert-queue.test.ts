import { MediaConvertQueue } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

describe('MediaConvertQueue', () => {
  it('minimal: on demand, active, a unique generated name', () => {
    const stack = testStack('vod');
    new MediaConvertQueue(stack, 'queue');
    const queue = onlyResource(synthJson(stack), 'aws_media_convert_queue');
    expect(queue).toMatchObject({ pricing_plan: 'ON_DEMAND', status: 'ACTIVE' });
    expect(queue.name).toMatch(/^vod-queue-[0-9a-f]{8}$/);
    expect(queue.concurrent_jobs).toBeUndefined();
  });

  it('maximal: name, description, concurrency, paused, tags', () => {
    const stack = testStack();
    new MediaConvertQueue(stack, 'queue', {
      queueName: 'vod_hd',
      description: 'HD',
      concurrentJobs: 50,
      paused: true,
      tags: { team: 'video' },
    });
    expect(onlyResource(synthJson(stack), 'aws_media_convert_queue')).toMatchObject({
      name: 'vod_hd',
      description: 'HD',
      concurrent_jobs: 50,
      status: 'PAUSED',
      pricing_plan: 'ON_DEMAND',
      tags: { team: 'video' },
    });
  });

  it.each([
    [{ queueName: 'has space' }, /'queueName' must be 1-128 letters/],
    [{ concurrentJobs: 0 }, /'concurrentJobs' must be a whole number, at least 1, got: 0/],
    [{ concurrentJobs: 2.5 }, /'concurrentJobs' must be a whole number/],
  ])('rejects %j', (props, message) => {
    expect(() => new MediaConvertQueue(testStack(), 'queue', props)).toThrow(message);
  });

  it('two stacks get different queue names (names are per account and region)', () => {
    const names = ['prod', 'staging'].map((id) => {
      const stack = testStack(id);
      new MediaConvertQueue(stack, 'q');
      return onlyResource(synthJson(stack), 'aws_media_convert_queue').name;
    });
    expect(names[0]).toMatch(/^prod-q-/);
    expect(names[1]).toMatch(/^staging-q-/);
  });
});
