/** What erasure (lib/privacy) writes in place of a person: not a person, visibly so. Mail and documents skip it. */
export const ANONYMISED = 'ANONYMISED';
export const anonymisedEmail = 'anonymised@invalid.karvan';
