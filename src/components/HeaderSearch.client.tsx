'use client'

import { type ComponentType, useId, useRef, useState, useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'

import type { SearchBoxProps } from './SearchBox.client'

type Loaded = {
  SearchBox: ComponentType<SearchBoxProps>
  query: string
  focused: boolean
}

const noSubscription = () => () => {}

/**
 * The header's search field as every page ships it: a plain GET form to the search page (all a
 * reader without JavaScript needs), in the same markup as SearchBox.client.tsx. The results as you
 * type are not part of the page: SearchBox is fetched on the field's first focus or input and
 * then takes the field's place, with what was typed so far and the focus.
 */
export function HeaderSearch(props: Omit<SearchBoxProps, 'initialQuery' | 'focus'>) {
  const { action, texts } = props
  const [loaded, setLoaded] = useState<Loaded>()
  const field = useRef<HTMLInputElement>(null)
  const loading = useRef(false)
  const listId = useId()
  // Until the script runs, the field is a plain search box (no list to announce).
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )

  function load() {
    if (loading.current) return
    loading.current = true
    import('./SearchBox.client').then(
      ({ SearchBox }) => {
        const input = field.current
        // Read what was typed and swap in the same task, so no keystroke falls in between.
        flushSync(() =>
          setLoaded({
            SearchBox,
            query: input?.value ?? '',
            focused: input !== null && document.activeElement === input,
          }),
        )
      },
      () => {
        // Offline: the form still submits to the results page; the next focus tries again.
        loading.current = false
      },
    )
  }

  if (loaded) {
    return <loaded.SearchBox {...props} initialQuery={loaded.query} focus={loaded.focused} />
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
          {...(hydrated && {
            role: 'combobox',
            'aria-expanded': false,
            'aria-controls': listId,
            'aria-autocomplete': 'list' as const,
          })}
          onFocus={load}
          onInput={load}
        />
        <ul id={listId} role="listbox" aria-label={texts.label} hidden />
      </div>
      <button type="submit">{texts.button}</button>
    </form>
  )
}
