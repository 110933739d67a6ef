// JSON pointers (RFC 6901) into a bundled document: how the validator addresses a schema.

/** One path segment as a pointer needs it: `/` and `~` escaped (`/orders/{id}` → `~1orders~1{id}`). */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
