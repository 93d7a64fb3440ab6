import { notFound } from 'next/navigation'

/** Any other address under a language: its 404, in that language (not-found.tsx beside it). */
export default function UnknownPage() {
  notFound()
}
