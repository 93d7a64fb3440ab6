import type { Heading } from '@/lib/headings'
import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'

type Section = { heading: Heading; subsections: Heading[] }

/** h3s nest under the h2 before them. */
function sectionsOf(headings: Heading[]): Section[] {
  const sections: Section[] = []
  for (const heading of headings) {
    if (heading.level === 2 || sections.length === 0) sections.push({ heading, subsections: [] })
    else if (heading.level === 3) sections[sections.length - 1].subsections.push(heading)
  }
  return sections
}

/** Contents from the h2/h3 headings, as anchor links. */
export function TableOfContents({ headings, locale }: { headings: Heading[]; locale: Locale }) {
  const sections = sectionsOf(headings)
  if (headings.filter((heading) => heading.level <= 3).length < 2) return null
  return (
    <nav aria-labelledby="toc-title" className="toc">
      <h2 id="toc-title">{translator(locale, 'article')('contents')}</h2>
      <ol>
        {sections.map(({ heading, subsections }) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>{heading.text}</a>
            {subsections.length > 0 && (
              <ul>
                {subsections.map((sub) => (
                  <li key={sub.id}>
                    <a href={`#${sub.id}`}>{sub.text}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
