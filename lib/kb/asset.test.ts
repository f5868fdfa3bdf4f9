import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipText } from './asset';

const streamOf = (bytes: Uint8Array): ReadableStream<BufferSource> => new Blob([new Uint8Array(bytes)]).stream();

describe('the gzipped KB asset', () => {
  it('reads back the JSON it was made from, whatever its characters', async () => {
    const json = JSON.stringify({ label: 'Қазақстан — Kazakhstan', names: ['Астана', 'Zürich'] });
    expect(await gunzipText(streamOf(gzipSync(json)))).toBe(json);
  });

  it('rejects bytes that are not gzip', async () => {
    await expect(gunzipText(streamOf(new TextEncoder().encode('{"format":1}')))).rejects.toThrow();
  });
});
