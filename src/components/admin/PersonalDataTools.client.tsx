'use client'

import { useState } from 'react'

/**
 * Above the leads list: answer a GDPR request for one address (download everything stored, or
 * delete it all).
 */
export function PersonalDataTools() {
  const [email, setEmail] = useState('')
  const [result, setResult] = useState('')

  const erase = async () => {
    if (!window.confirm(`Delete every request from ${email}? This cannot be undone.`)) return
    const response = await fetch('/api/leads/personal-data', {
      method: 'DELETE',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'include',
      body: JSON.stringify({ email }),
    })
    const body = await response.json()
    setResult(response.ok ? `Deleted ${body.deleted} request(s) from ${body.email}.` : body.message)
    if (response.ok) window.location.reload()
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
        <a
          className="btn btn--style-secondary btn--size-small"
          href={`/api/leads/personal-data?email=${encodeURIComponent(email)}`}
        >
          Export all data
        </a>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={erase}
          disabled={!email}
        >
          Delete all data
        </button>
      </div>
      {result && <p role="status">{result}</p>}
    </details>
  )
}
