/**
 * The contact form's Field: the label, hint and error markup and the aria attributes that tie them
 * to the control, exactly as the form rendered them before the component existed.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { errorAria } from '@/components/contact/error-aria'
import { Field } from '@/components/contact/Field'

const textarea: Parameters<typeof Field>[0]['children'] = ({ id, aria }) =>
  createElement('textarea', { id, rows: 7, ...aria })

// Field holds no state, so calling it renders the same element React would.
const render = (props: { error?: string; hint?: string; hidden?: boolean }) =>
  renderToStaticMarkup(Field({ id: 'message', label: 'Message', ...props, children: textarea }))

describe('errorAria', () => {
  it('points at the hint, then at the error when there is one', () => {
    expect(errorAria('email', undefined)).toEqual({
      'aria-invalid': false,
      'aria-describedby': undefined,
    })
    expect(errorAria('email', 'Bad')).toEqual({
      'aria-invalid': true,
      'aria-describedby': 'email-error',
    })
    expect(errorAria('message', 'Short', 'message-hint')).toEqual({
      'aria-invalid': true,
      'aria-describedby': 'message-hint message-error',
    })
  })
})

describe('Field', () => {
  it('renders label, control and nothing else when all is well', () => {
    expect(render({})).toBe(
      '<div class="field"><label for="message">Message</label>' +
        '<textarea id="message" rows="7" aria-invalid="false"></textarea></div>',
    )
  })

  it('adds the hint and the error, described in that order', () => {
    expect(render({ hint: 'Tell me more.', error: 'Too short' })).toBe(
      '<div class="field"><label for="message">Message</label>' +
        '<textarea id="message" rows="7" aria-invalid="true" aria-describedby="message-hint message-error"></textarea>' +
        '<p id="message-hint" class="hint">Tell me more.</p>' +
        '<p id="message-error" class="field-error">Too short</p></div>',
    )
  })

  it('can be hidden', () => {
    expect(render({ hidden: true })).toMatch(/^<div class="field" hidden="">/)
  })
})
