import { translator } from '@/i18n/translate'
import type { Locale } from '@/lib/locales'

import { LivePreviewRefresh } from './LivePreviewRefresh.client'

type Props = { path: string; isDraft: boolean; locale: Locale }

/** Shown to a signed-in editor in draft mode: what they are looking at, and the way out. */
export function PreviewBanner({ path, isDraft, locale }: Props) {
  const t = translator(locale, 'preview')
  const exit = `/api/exit-preview?${new URLSearchParams({ to: path })}`
  return (
    <div className="preview-banner" role="status">
      <strong>{isDraft ? t('draft') : t('preview')}</strong>
      <span>{t('unpublished')}</span>
      <a href={exit}>{t('exit')}</a>
      <LivePreviewRefresh />
    </div>
  )
}
