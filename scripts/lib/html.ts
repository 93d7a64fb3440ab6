/**
 * The tags of an HTML page with their attributes (names lower-cased, entities decoded), read by
 * htmlparser2 rather than by hand: for the scripts and tests that look at what the site serves.
 */
import { Parser } from 'htmlparser2'

export type Tag = { name: string; attributes: Record<string, string> }

/** Every opening tag called one of `names` (lower case), in document order. */
export function tagsIn(html: string, names: string[]): Tag[] {
  const tags: Tag[] = []
  const parser = new Parser({
    onopentag(name, attributes) {
      if (names.includes(name)) tags.push({ name, attributes })
    },
  })
  parser.end(html)
  return tags
}
