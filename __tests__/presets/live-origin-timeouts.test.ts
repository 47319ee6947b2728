import { liveOriginTimeouts } from '../../modules';

describe('liveOriginTimeouts', () => {
  it.each([
    // segment, LL-HLS, attempts, connection timeout, read timeout
    [1, false, 1, 1, 2],
    [2, false, 1, 1, 2],
    [4, false, 2, 1, 4],
    [6, false, 3, 1, 6],
    [10, false, 2, 2, 10],
    [30, false, 2, 7, 30],
    [2, true, 1, 1, 7],
    [6, true, 3, 1, 19],
    [30, true, 2, 7, 60],
  ])('%i s segments (LL-HLS %s): %i attempts of %i s, read %i s', (segment, lowLatencyHls, attempts, connect, read) => {
    expect(liveOriginTimeouts({ segmentDurationSeconds: segment, lowLatencyHls })).toEqual({
      connectionAttempts: attempts,
      connectionTimeoutSeconds: connect,
      readTimeoutSeconds: read,
    });
  });

  it('gives up on an unreachable origin within half a segment, on a silent one within about a segment', () => {
    for (let segment = 1; segment <= 30; segment++) {
      const timeouts = liveOriginTimeouts({ segmentDurationSeconds: segment });
      expect(timeouts.connectionAttempts * timeouts.connectionTimeoutSeconds).toBeLessThanOrEqual(Math.max(1, segment / 2));
      expect(timeouts.readTimeoutSeconds).toBeLessThanOrEqual(Math.max(2, Math.ceil(segment)));
    }
  });

  it('refuses a segment duration out of range', () => {
    expect(() => liveOriginTimeouts({ segmentDurationSeconds: 0 })).toThrow(/^'segmentDurationSeconds' must be from 1 to 30 seconds/);
  });
});
