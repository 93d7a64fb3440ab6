/**
 * Payload's list item converter writes `value` on every <li>, but HTML allows `value` only on the
 * items of an <ol> (the Nu HTML checker reports each one inside a <ul>). This is the same
 * converter (richtext-lexical 3.90.1, ListJSXConverter.listitem) with `value` kept for <ol> only;
 * the rest of the markup, check lists included, is unchanged.
 */
import type { SerializedListItemNode } from '@payloadcms/richtext-lexical'
import type { JSXConverter } from '@payloadcms/richtext-lexical/react'

import { isList } from '@/lib/lexical'

export const listItemConverter: JSXConverter<SerializedListItemNode> = ({
  node,
  nodesToJSX,
  parent,
}) => {
  const hasSubLists = node.children.some((child) => child.type === 'list')
  const children = nodesToJSX({ nodes: node.children })
  // Payload's list converter renders a list as <ol> only when its tag says so (else <ul>).
  const value = isList(parent) && parent.tag === 'ol' ? node.value : undefined

  if (isList(parent) && parent.listType === 'check') {
    const id = crypto.randomUUID()
    return (
      <li
        aria-checked={node.checked ? 'true' : 'false'}
        className={`list-item-checkbox${node.checked ? ' list-item-checkbox-checked' : ' list-item-checkbox-unchecked'}${hasSubLists ? ' nestedListItem' : ''}`}
        role="checkbox"
        style={{ listStyleType: 'none' }}
        tabIndex={-1}
        value={value}
      >
        {hasSubLists ? (
          children
        ) : (
          <>
            <input checked={node.checked} id={id} readOnly type="checkbox" />
            <label htmlFor={id}>{children}</label>
            <br />
          </>
        )}
      </li>
    )
  }
  return (
    <li
      className={hasSubLists ? 'nestedListItem' : ''}
      style={hasSubLists ? { listStyleType: 'none' } : undefined}
      value={value}
    >
      {children}
    </li>
  )
}
