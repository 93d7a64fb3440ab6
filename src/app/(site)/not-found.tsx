import { NotFoundMessage } from '@/components/NotFoundMessage'

/** An article, tag or comparison that does not exist (or is not published). */
export default function NotFound() {
  return (
    <section>
      <NotFoundMessage />
    </section>
  )
}
