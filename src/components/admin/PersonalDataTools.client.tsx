'use client'

/**
 * Above the leads list: answer a GDPR request for one address (download everything stored, or
 * delete it all, after confirming in Payload's own modal).
 */
import { Button, ConfirmationModal, toast, useModal, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { adminTranslator } from '@/i18n/admin/text'

import { erasePersonalData, UnexpectedAnswer } from './erase-personal-data'

const confirmDeletion = 'confirm-personal-data-deletion'

export function PersonalDataTools() {
  const [email, setEmail] = useState('')
  const [result, setResult] = useState('')
  const { openModal } = useModal()
  const { i18n } = useTranslation()
  const t = adminTranslator(i18n.language, 'personalData')

  const erase = async () => {
    try {
      const outcome = await erasePersonalData(email)
      if (outcome.ok) {
        setResult(t('deleted', { count: outcome.deleted, email: outcome.email }))
        window.location.reload()
      } else setResult(outcome.message)
    } catch (error) {
      toast.error(
        error instanceof UnexpectedAnswer
          ? `${t('deleteFailed', { email })} ${t('unexpected', { status: error.status })}`
          : t('deleteFailed', { email }),
      )
    }
  }

  return (
    <details style={{ margin: '0 0 1.5rem' }}>
      <summary>{t('summary')}</summary>
      <div
        style={{
          display: 'flex',
          gap: '0.75rem',
          alignItems: 'center',
          flexWrap: 'wrap',
          marginTop: '0.75rem',
        }}
      >
        <label htmlFor="gdpr-email">{t('email')}</label>
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
          {t('export')}
        </Button>
        <Button
          buttonStyle="secondary"
          size="small"
          onClick={() => openModal(confirmDeletion)}
          disabled={!email}
        >
          {t('delete')}
        </Button>
      </div>
      {result && <p role="status">{result}</p>}
      <ConfirmationModal
        modalSlug={confirmDeletion}
        heading={t('delete')}
        body={t('confirmDelete', { email })}
        confirmLabel={t('confirm')}
        onConfirm={erase}
      />
    </details>
  )
}
