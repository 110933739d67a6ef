// OpenAPI path templates: `/orders/{orderId}` and `/orders/{id}` are the same path to OpenAPI,
// because only the placeholders' positions matter, not their names.

const placeholder = /\{([^}]+)\}/g;

/** `/orders/{orderId}:cancel` → `/orders/{}:cancel`: equal for templates OpenAPI treats as one path. */
export function templateShape(path: string): string {
  return path.replace(placeholder, '{}');
}

/** The placeholder names in order: `/a/{x}/b/{y}` → ["x", "y"]. */
export function placeholders(path: string): string[] {
  return [...path.matchAll(placeholder)].map((m) => m[1]!);
}
