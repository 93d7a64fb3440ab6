import Link from 'next/link'

import { paths } from '@/lib/paths'

/** What every 404 says: what happened, and two ways back. */
export function NotFoundMessage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>The page you were looking for does not exist or has moved.</p>
      <p>
        <Link href={paths.home}>Go to the home page</Link> or{' '}
        <Link href={paths.articles}>browse all articles</Link>.
      </p>
    </>
  )
}
