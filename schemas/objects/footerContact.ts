import { EnvelopeIcon } from '@sanity/icons/Envelope'
import { defineField, defineType } from 'sanity'
import { emailField } from '../fields/emailField'
import { phoneField } from '../fields/phoneField'
import { urlField } from '../fields/urlField'
import { WEB_SCHEMES } from '../validation/contact'

/** The contact block in the site footer. */
export const footerContact = defineType({
  name: 'footerContact',
  title: 'Kontakt i bunnteksten',
  type: 'object',
  icon: EnvelopeIcon,
  fields: [
    defineField({
      name: 'organisation',
      title: 'Organisasjon',
      type: 'reference',
      to: [{ type: 'organisation' }],
    }),
    defineField({ name: 'text', title: 'Tekst', type: 'text', rows: 3 }),
    emailField({ name: 'email', title: 'E-post' }),
    phoneField({ name: 'phone', title: 'Telefon' }),
    urlField({ name: 'website', title: 'Nettsted', schemes: WEB_SCHEMES }),
  ],
  preview: {
    select: { title: 'organisation.name', subtitle: 'email' },
  },
})
