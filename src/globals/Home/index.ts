import type { GlobalConfig } from 'payload'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { publishedGlobalOrEditor } from '@/access/publishedGlobalOrEditor'
import { CallToActionBlock } from '@/blocks/CallToAction/config'
import { CaseStudiesBlock } from '@/blocks/CaseStudies/config'
import { HeroBlock } from '@/blocks/Hero/config'
import { LatestArticlesBlock } from '@/blocks/LatestArticles/config'
import { ServicesBlock } from '@/blocks/Services/config'
import { TestimonialsBlock } from '@/blocks/Testimonials/config'
import { revalidateSiteGlobal } from '@/hooks/revalidateSite'
import { adminText, fieldHelp, fieldLabel } from '@/i18n/admin/text'
import { homePreviewUrl } from '@/lib/preview-url'

/**
 * The home page as content: blocks the owner orders and fills, per language (each language has
 * its own list). Drafts with autosave, so live preview shows the page as it is being edited, and
 * nothing is public until it is published.
 */
export const Home: GlobalConfig = {
  slug: 'home',
  label: adminText((t) => t.home),
  access: {
    read: publishedGlobalOrEditor,
    readVersions: isAdminOrEditor,
    update: isAdminOrEditor,
  },
  admin: {
    preview: (_doc, { locale }) => homePreviewUrl(locale),
  },
  versions: { drafts: { autosave: { interval: 1000 } }, max: 50 },
  hooks: { afterChange: [revalidateSiteGlobal] },
  fields: [
    {
      name: 'layout',
      label: fieldLabel('layout'),
      type: 'blocks',
      localized: true,
      admin: { description: fieldHelp('homeLayout'), initCollapsed: false },
      blocks: [
        HeroBlock,
        ServicesBlock,
        CaseStudiesBlock,
        TestimonialsBlock,
        LatestArticlesBlock,
        CallToActionBlock,
      ],
    },
  ],
}
