/**
 * The compiled KB ships gzipped: as plain JSON it outgrew the 5 MB that Firefox's add-on linter
 * parses (and made the package four times larger). Browsers and Node both gunzip it natively.
 */
export const KB_ASSET = 'kb.json.gz';

/** The text of a gzipped stream (the fetched `kb.json.gz`). Rejects on anything that is not gzip. */
export function gunzipText(gzipped: ReadableStream<BufferSource>): Promise<string> {
  return new Response(gzipped.pipeThrough(new DecompressionStream('gzip'))).text();
}
