/**
 * What a form control says about its error to assistive technology: whether it is invalid, and
 * which hint and error paragraphs describe it (the ids FieldError and Field give them).
 */
/** The id of a field's error paragraph. */
export const errorIdOf = (field: string) => `${field}-error`

export type ErrorAria = { 'aria-invalid': boolean; 'aria-describedby': string | undefined }

export function errorAria(field: string, error: string | undefined, hintId?: string): ErrorAria {
  return {
    'aria-invalid': Boolean(error),
    'aria-describedby':
      [hintId, error ? errorIdOf(field) : null].filter(Boolean).join(' ') || undefined,
  }
}
