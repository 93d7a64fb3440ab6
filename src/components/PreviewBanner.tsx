import { LivePreviewRefresh } from './LivePreviewRefresh.client'

type Props = { path: string; isDraft: boolean }

/** Shown to a signed-in editor in draft mode: what they are looking at, and the way out. */
export function PreviewBanner({ path, isDraft }: Props) {
  const exit = `/api/exit-preview?${new URLSearchParams({ to: path })}`
  return (
    <div className="preview-banner" role="status">
      <strong>{isDraft ? 'Draft preview' : 'Preview'}</strong>
      <span>You are seeing unpublished changes.</span>
      <a href={exit}>Exit preview</a>
      <LivePreviewRefresh />
    </div>
  )
}
