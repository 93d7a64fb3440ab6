/** A plain text field as paragraphs: a blank line starts a new one. */
export function Paragraphs({ text }: { text: string | null | undefined }) {
  const paragraphs = (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </>
  )
}
