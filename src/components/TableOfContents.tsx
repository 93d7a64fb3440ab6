import type { Heading } from '@/lib/headings'

/** Contents from the h2/h3 headings, as anchor links. */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  const items = headings.filter((heading) => heading.level <= 3)
  if (items.length < 2) return null
  return (
    <nav aria-labelledby="toc-title" className="toc">
      <h2 id="toc-title">Contents</h2>
      <ol>
        {items.map((heading) => (
          <li key={heading.id} className={heading.level === 3 ? 'toc-sub' : undefined}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
