'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'

/** What the field says, in the page's language. */
type SearchBoxTexts = {
  label: string
  button: string
  /** "{count} results": read out when the list changes. */
  found: string
  nothing: string
}

type Hit = { title: string; url: string; kind: string }

export type SearchBoxProps = {
  locale: string
  action: string
  texts: SearchBoxTexts
  /** What the field held before this code arrived (HeaderSearch.client.tsx). */
  initialQuery: string
  /** Whether the field had the focus then: this one takes it over, the caret at the end. */
  focus: boolean
}

const DEBOUNCE_MS = 200
const MIN_LENGTH = 2

/**
 * The header's search field with results as the reader types (debounced, from /api/search, no
 * index downloaded): arrows move through them, Enter opens the one chosen (or, with none chosen,
 * the results page), Escape closes them. On the search page itself the address follows the field.
 * Pages don't ship this: HeaderSearch.client.tsx renders the plain form (the same markup) and
 * loads this on the field's first focus or input, then this takes the field's place.
 */
export function SearchBox({ locale, action, texts, initialQuery, focus }: SearchBoxProps) {
  const [query, setQuery] = useState(initialQuery)
  const [hits, setHits] = useState<Hit[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const listId = useId()
  const router = useRouter()
  const latest = useRef(0)
  const field = useRef<HTMLInputElement>(null)

  // Taking over the focused field: the reader goes on typing where they were.
  useLayoutEffect(() => {
    const input = field.current
    if (!focus || !input) return
    input.focus()
    input.setSelectionRange(input.value.length, input.value.length)
  }, [focus])

  useEffect(() => {
    const text = query.trim()
    // Too short to search: the list is not shown (see `shown`), nothing to ask.
    if (text.length < MIN_LENGTH) return
    const request = ++latest.current
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?${new URLSearchParams({ q: text, locale })}`, {
          signal: controller.signal,
        })
        if (!response.ok || request !== latest.current) return
        const body = (await response.json()) as { hits?: Hit[] }
        setHits(Array.isArray(body.hits) ? body.hits : [])
        setActive(-1)
        setOpen(true)
        // On the results page, the address follows the field (Enter shows its results).
        if (window.location.pathname === action) {
          window.history.replaceState(null, '', `${action}?${new URLSearchParams({ q: text })}`)
        }
      } catch {
        // Aborted, or offline: the form still submits to the results page.
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query, locale, action])

  const shown = open && query.trim().length >= MIN_LENGTH
  const optionId = (index: number) => `${listId}-${index}`

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault()
      setOpen(true)
      setActive((index) => (index + 1) % hits.length)
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault()
      setActive((index) => (index <= 0 ? hits.length - 1 : index - 1))
    } else if (event.key === 'Enter' && shown && active >= 0 && hits[active]) {
      event.preventDefault()
      router.push(hits[active].url)
      setOpen(false)
    } else if (event.key === 'Escape' && shown) {
      // Closes the list; only a second Escape clears the field (the browser's own).
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }

  return (
    <form role="search" action={action} method="get" className="site-search">
      <label htmlFor="site-search">{texts.label}</label>
      <div className="site-search__field">
        <input
          ref={field}
          id="site-search"
          type="search"
          name="q"
          maxLength={200}
          autoComplete="off"
          role="combobox"
          aria-expanded={shown && hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setOpen(true)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={texts.label}
          hidden={!shown || hits.length === 0}
        >
          {hits.map((hit, index) => (
            <li key={hit.url} id={optionId(index)} role="option" aria-selected={index === active}>
              <a href={hit.url} tabIndex={-1}>
                {hit.title}
              </a>
            </li>
          ))}
        </ul>
        {/* Only while the list is open: one live region on the page, not one on every page. */}
        {shown && (
          <span className="site-search__status" role="status">
            {hits.length ? texts.found.replace('{count}', String(hits.length)) : texts.nothing}
          </span>
        )}
      </div>
      <button type="submit">{texts.button}</button>
    </form>
  )
}
