import Link from 'next/link'

/** An article, tag or comparison that does not exist (or is not published). */
export default function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>The page you were looking for does not exist or has moved.</p>
      <p>
        <Link href="/">Go to the home page</Link> or{' '}
        <Link href="/articles">browse all articles</Link>.
      </p>
    </section>
  )
}
