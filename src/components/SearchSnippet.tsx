import { MATCH_END, MATCH_START } from '@/search/document-text'

const MATCHES = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, 'g')

/**
 * A search result's passage with its matches marked. The passage is plain text from the
 * database: React escapes it, and only the markers the index puts around matches become `<mark>`.
 */
export function SearchSnippet({ snippet }: { snippet: string }) {
  const parts = snippet.replaceAll('<\u200b', '<').split(MATCHES)
  return (
    <p className="search-snippet">
      {parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}
    </p>
  )
}
