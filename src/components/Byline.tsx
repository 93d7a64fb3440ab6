import type { Author } from '@/payload-types'
import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'

export function Byline({ author, locale }: { author: Author; locale: Locale }) {
  const t = translator(locale, 'article')
  return (
    <p className="byline">
      {t('by')} <span className="author-name">{author.name}</span>
      {author.role && (
        <>
          {', '}
          <span className="author-role">{author.role}</span>
        </>
      )}
      {author.city && <span className="author-city">{t('inCity', { city: author.city })}</span>}
    </p>
  )
}
