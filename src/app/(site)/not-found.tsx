import Link from 'next/link'

export default function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        The page you were looking for does not exist. <Link href="/">Go to the home page</Link>.
      </p>
    </section>
  )
}
