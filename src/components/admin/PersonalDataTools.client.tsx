'use client'

/**
 * Above the leads list: answer a GDPR request for one address (download everything stored, or
 * delete it all, after confirming in Payload's own modal).
 */
import { Button, ConfirmationModal, toast, useModal } from '@payloadcms/ui'
import { useState } from 'react'

import { erasePersonalData } from './erase-personal-data'

const confirmDeletion = 'confirm-personal-data-deletion'

export function PersonalDataTools() {
  const [email, setEmail] = useState('')
  const [result, setResult] = useState('')
  const { openModal } = useModal()

  const erase = async () => {
    try {
      const outcome = await erasePersonalData(email)
      setResult(outcome.message)
      if (outcome.ok) window.location.reload()
    } catch {
      toast.error(`The request to delete the data of ${email} failed; try again.`)
    }
  }

  return (
    <details style={{ margin: '0 0 1.5rem' }}>
      <summary>Personal data requests (GDPR)</summary>
      <div
        style={{
          display: 'flex',
          gap: '0.75rem',
          alignItems: 'center',
          flexWrap: 'wrap',
          marginTop: '0.75rem',
        }}
      >
        <label htmlFor="gdpr-email">Email address</label>
        <input
          id="gdpr-email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          style={{ padding: '0.4rem', minWidth: '18rem' }}
        />
        <Button
          el="anchor"
          url={`/api/leads/personal-data?email=${encodeURIComponent(email)}`}
          buttonStyle="secondary"
          size="small"
        >
          Export all data
        </Button>
        <Button
          buttonStyle="secondary"
          size="small"
          onClick={() => openModal(confirmDeletion)}
          disabled={!email}
        >
          Delete all data
        </Button>
      </div>
      {result && <p role="status">{result}</p>}
      <ConfirmationModal
        modalSlug={confirmDeletion}
        heading="Delete all data"
        body={`Delete every request from ${email}? This cannot be undone.`}
        confirmLabel="Delete"
        onConfirm={erase}
      />
    </details>
  )
}
