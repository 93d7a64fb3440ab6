import type { CodeBlock as CodeBlockData } from '@/payload-types'

import { codeLanguageNames } from './config'

export function CodeBlock({ language, code }: CodeBlockData) {
  const name: string | undefined = (codeLanguageNames as Record<string, string>)[language]
  return (
    <figure className="code-block">
      {name && <figcaption>{name}</figcaption>}
      <pre tabIndex={0}>
        <code className={`language-${language}`}>{code}</code>
      </pre>
    </figure>
  )
}
