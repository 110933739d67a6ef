// Tags are the docs' sections. Two section names occur in two product areas ("Orders",
// "System Settings"); tag names must be unique, so those carry the area in the name and show
// the section name through Redocly's x-displayName.
import type { DocTag, ProductArea } from '../nue-reference/model.js';

export interface TagEntry {
  name: string;
  displayName?: string;
  description: string;
  area: ProductArea;
  doc: DocTag;
}

export function buildTags(tags: DocTag[], areas: ProductArea[]): TagEntry[] {
  return tags.map((tag) => {
    const area = areas.find((a) => a.slug === tag.area)!;
    const ambiguous = tags.filter((t) => t.name === tag.name).length > 1;
    return {
      name: ambiguous ? `${tag.name} (${area.title})` : tag.name,
      ...(ambiguous ? { displayName: tag.name } : {}),
      description: tag.description,
      area,
      doc: tag,
    };
  });
}

export function tagFor(entries: TagEntry[], area: string, section: string): TagEntry {
  const entry = entries.find((e) => e.doc.area === area && e.doc.name === section);
  if (!entry) throw new Error(`no tag ${section} in ${area}`);
  return entry;
}
