const DATE_HEURE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

export const formatDateHeure = (iso: string) => DATE_HEURE.format(new Date(iso));

// A calendar day (AAAA-MM-JJ) as the editor gave it, whatever the reader's time zone.
export const formatJour = (jour: string) => DATE.format(new Date(`${jour}T00:00:00Z`));
