/** A form field's error message, with the id its control's aria-describedby points to. */
export function FieldError({ field, message }: { field: string; message?: string }) {
  if (!message) return null
  return (
    <p id={`${field}-error`} className="field-error">
      {message}
    </p>
  )
}
