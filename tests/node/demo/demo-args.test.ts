import { describe, expect, it } from 'vitest';
import { parsePreviewArgs } from '../../../electron/preview/args';

describe('npm run preview -- --demo', () => {
  it('loads the demo only when asked', () => {
    expect(parsePreviewArgs([]).demo).toBe(false);
    expect(parsePreviewArgs(['--demo'])).toEqual({ dataDir: null, port: 0, build: true, demo: true });
    expect(parsePreviewArgs(['--data-dir', '/tmp/x', '--demo', '--no-build'])).toEqual({
      dataDir: '/tmp/x',
      port: 0,
      build: false,
      demo: true,
    });
  });

  it('still refuses unknown options', () => {
    expect(() => parsePreviewArgs(['--demo-data'])).toThrow('Unknown option --demo-data');
  });
});
