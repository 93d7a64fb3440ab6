import Link from 'next/link'

/** What every 404 says: what happened, and two ways back. */
export function NotFoundMessage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>The page you were looking for does not exist or has moved.</p>
      <p>
        <Link href="/">Go to the home page</Link> or{' '}
        <Link href="/articles">browse all articles</Link>.
      </p>
    </>
  )
}
