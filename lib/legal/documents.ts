/** The legal documents of content/legal/<locale>/<doc>.md. */
export const legalDocuments = ['agreement', 'privacy', 'cookies'] as const;
export type LegalDocumentName = (typeof legalDocuments)[number];

export function isLegalDocumentName(value: string): value is LegalDocumentName {
  return (legalDocuments as readonly string[]).includes(value);
}
