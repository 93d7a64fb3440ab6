import type { CodeBlock as CodeBlockData } from '@/payload-types'

import { codeLanguages } from './config'

export function CodeBlock({ language, code }: CodeBlockData) {
  const label = codeLanguages.find((option) => option.value === language)?.label ?? language
  return (
    <figure className="code-block">
      <figcaption>{label}</figcaption>
      <pre tabIndex={0}>
        <code className={`language-${language}`}>{code}</code>
      </pre>
    </figure>
  )
}
