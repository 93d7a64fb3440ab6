import type { Author } from '@/payload-types'

export function Byline({ author }: { author: Author }) {
  return (
    <p className="byline">
      By <span className="author-name">{author.name}</span>
      {', '}
      <span className="author-role">{author.role}</span>
      {author.city && <span className="author-city"> in {author.city}</span>}
    </p>
  )
}
