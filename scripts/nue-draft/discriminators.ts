// "allOf - discriminator: AssetChangeRequest.changeType" says which base a schema extends and
// which property tells the variants apart, but not which value picks which variant. The
// mapping is inferred from the names: the variant whose name contains the enum value
// (AdjustPrice → AdjustPriceChangeRequest, Renew → SubscriptionRenewalRequest).
import type { DocSchema } from '../nue-reference/model.js';

export interface Discriminator {
  base: string;
  property: string;
  /** enum value → variant schema name */
  mapping: Record<string, string>;
  variants: string[];
}

export function findDiscriminators(schemas: DocSchema[]): Map<string, Discriminator> {
  const result = new Map<string, Discriminator>();
  for (const schema of schemas) {
    const found = schema.allOf?.discriminator;
    if (!found) continue;
    const entry = result.get(found.schema) ?? { base: found.schema, property: found.property, mapping: {}, variants: [] };
    if (!entry.variants.includes(schema.name)) entry.variants.push(schema.name);
    result.set(found.schema, entry);
  }
  for (const entry of result.values()) {
    const base = schemas.find((s) => s.name === entry.base);
    const values = base?.enums.filter((e) => e.property === entry.property).map((e) => e.value) ?? [];
    for (const variant of entry.variants) {
      const matches = values.filter((v) => variant.includes(v)).sort((a, b) => b.length - a.length);
      if (matches[0]) entry.mapping[matches[0]] = variant;
    }
  }
  return result;
}

/** `assetChanges [oneOf]` in AssetBulkChangeOrderRequest: the variants of the base its name extends. */
export function oneOfVariants(schemaName: string, discriminators: Map<string, Discriminator>): string[] | undefined {
  const base = [...discriminators.keys()].filter((b) => schemaName.startsWith(b)).sort((a, b) => b.length - a.length)[0];
  return base ? discriminators.get(base)!.variants : undefined;
}
