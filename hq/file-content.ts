/**
 * `GET /v1/files/:sha256/content` for both stores (docs/sync-protocol.md
 * §14.6): a complete file's size when an item of the asking branch names it,
 * and the stored chunks that overlap the slice asked for, cut to it. Chunks
 * are stored back to back (an upload only continues where the last ended),
 * so the overlapping ones, in order, are the slice. The SQL differs only in
 * placeholders and the byte-length function, so both stores share it.
 */
export function servedFileSql(placeholder: (n: number) => string): string {
  return `SELECT f.size_bytes AS "sizeBytes" FROM files f
     WHERE f.sha256 = ${placeholder(1)} AND f.complete = 1
       AND EXISTS (SELECT 1 FROM items i WHERE i.file_sha256 = f.sha256 AND i.branch_id = ${placeholder(2)})`;
}

export function chunkRangeSql(placeholder: (n: number) => string, byteLength: 'length' | 'octet_length'): string {
  return `SELECT byte_offset AS "offset", data FROM file_chunks
     WHERE sha256 = ${placeholder(1)} AND byte_offset < ${placeholder(2)} AND byte_offset + ${byteLength}(data) > ${placeholder(3)}
     ORDER BY byte_offset`;
}

/** The bytes `[from, to)` of the file, from the chunks that overlap them. */
export function sliceOf(chunks: readonly { readonly offset: number | string; readonly data: Buffer }[], from: number, to: number): Buffer {
  const parts: Buffer[] = [];
  for (const chunk of chunks) {
    const start = Number(chunk.offset);
    parts.push(chunk.data.subarray(Math.max(0, from - start), Math.max(0, Math.min(chunk.data.length, to - start))));
  }
  return Buffer.concat(parts);
}
