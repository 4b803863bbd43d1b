import type { Template } from 'sanity'

/** Initial-value templates that fill in the parent an editor is standing in. */
export const initialValueTemplates: Template[] = [
  {
    id: 'measure-under-goal',
    title: 'Nytt tiltak under dette målet',
    schemaType: 'measure',
    parameters: [{ name: 'goalId', type: 'string' }],
    value: ({ goalId }: { goalId: string }) => ({
      goal: { _type: 'reference', _ref: goalId },
      status: { _type: 'measureStatus', light: 'unreported' },
    }),
  },
  {
    id: 'goal-under-focus-area',
    title: 'Nytt mål under dette strategiområdet',
    schemaType: 'goal',
    parameters: [{ name: 'focusAreaId', type: 'string' }],
    value: ({ focusAreaId }: { focusAreaId: string }) => ({
      focusArea: { _type: 'reference', _ref: focusAreaId },
    }),
  },
  {
    id: 'person-naeringsteam',
    title: 'Ny person i næringsteamet',
    schemaType: 'person',
    value: { naeringsteam: true },
  },
]
