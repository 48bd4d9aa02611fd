/**
 * Short form labels for every field the editor shows, in German and English, by
 * `collection.field` (and `collection.field.sub` for the parts of an object). The
 * longer help under each field comes from the field reference that also writes
 * CONTRIBUTING.md's tables (src/lib/field-reference.ts). A schema field without a
 * label here, or a label without a field, fails tests/unit/editor/drift.test.ts.
 */
export type Label = { de: string; en: string };

export const FIELD_LABELS: Readonly<Record<string, Label>> = {
  'entries.title': { de: 'Titel', en: 'Title' },
  'entries.summary': { de: 'Zusammenfassung', en: 'Summary' },
  'entries.kind': { de: 'Art', en: 'Kind' },
  'entries.lang': { de: 'Sprache', en: 'Language' },
  'entries.mentors': { de: 'Mentor:innen', en: 'Mentors' },
  'entries.published': { de: 'Veröffentlicht am', en: 'Published on' },
  'entries.updated': { de: 'Überarbeitet am', en: 'Updated on' },
  'entries.review': { de: 'Prüfen bis', en: 'Review by' },
  'entries.tags': { de: 'Themen', en: 'Topics' },
  'entries.goals': { de: 'Unternehmensziele', en: 'Company goals' },
  'entries.level': { de: 'Erfahrungsstufe', en: 'Experience level' },
  'entries.ring': { de: 'Radar-Ring', en: 'Radar ring' },
  'entries.history': { de: 'Frühere Ringe', en: 'Earlier rings' },
  'entries.history.date': { de: 'Datum', en: 'Date' },
  'entries.history.ring': { de: 'Ring', en: 'Ring' },
  'entries.history.note': { de: 'Notiz', en: 'Note' },
  'entries.platforms': { de: 'Plattformen', en: 'Platforms' },
  'entries.links': { de: 'Weiterführende Links', en: 'Further reading' },
  'entries.links.title': { de: 'Linktext', en: 'Link text' },
  'entries.links.url': { de: 'Adresse (https://…)', en: 'Address (https://…)' },
  'entries.sources': { de: 'Quellen', en: 'Sources' },
  'entries.sources.title': { de: 'Titel der Quelle', en: 'Source title' },
  'entries.sources.url': { de: 'Adresse (https://…)', en: 'Address (https://…)' },
  'entries.sources.accessed': { de: 'Gelesen am', en: 'Accessed on' },
  'entries.cover': { de: 'Titelbild', en: 'Cover image' },
  'entries.cover.src': { de: 'Bilddatei', en: 'Image file' },
  'entries.cover.alt': { de: 'Alternativtext', en: 'Alt text' },
  'entries.related': { de: 'Verwandte Einträge', en: 'Related entries' },
  'entries.translationOf': { de: 'Übersetzung von (Slug des Originals)', en: 'Translation of (slug of the original)' },
  'entries.featured': { de: 'Hervorheben', en: 'Featured' },
  // Not „Entwurf“/“Draft”: that is the first column of Decap's editorial workflow, a different thing.
  'entries.draft': { de: 'Versteckt', en: 'Hidden' },
  'entries.body': { de: 'Text', en: 'Text' },

  'mentors.name': { de: 'Name', en: 'Name' },
  'mentors.role': { de: 'Rolle', en: 'Role' },
  'mentors.team': { de: 'Team', en: 'Team' },
  'mentors.since': { de: 'Im Programm seit', en: 'In the program since' },
  'mentors.languages': { de: 'Sprachen', en: 'Languages' },
  'mentors.topics': { de: 'Lieblingsthemen', en: 'Favourite topics' },
  'mentors.avatar': { de: 'Profilbild', en: 'Profile picture' },
  'mentors.avatar.src': { de: 'Bilddatei', en: 'Image file' },
  'mentors.avatar.alt': { de: 'Alternativtext', en: 'Alt text' },
  'mentors.contact': { de: 'Kontakt', en: 'Contact' },
  'mentors.active': { de: 'Aktiv im Programm', en: 'Active in the program' },
  'mentors.body': { de: 'Kurze Vorstellung', en: 'Short bio' },

  'paths.title': { de: 'Titel', en: 'Title' },
  'paths.description': { de: 'Beschreibung', en: 'Description' },
  'paths.level': { de: 'Erfahrungsstufe', en: 'Experience level' },
  'paths.entries': { de: 'Einträge', en: 'Entries' },
  'paths.lang': { de: 'Sprache', en: 'Language' },

  'glossary.id': { de: 'Kennung', en: 'Id' },
  'glossary.term': { de: 'Begriff', en: 'Term' },
  'glossary.aka': { de: 'Andere Schreibweisen', en: 'Other spellings' },
  'glossary.meaning': { de: 'Bedeutung', en: 'Meaning' },
  'glossary.meaning.de': { de: 'auf Deutsch', en: 'in German' },
  'glossary.meaning.en': { de: 'auf Englisch', en: 'in English' },
  'glossary.example': { de: 'Beispielsatz', en: 'Example sentence' },
  'glossary.entries': { de: 'Einträge', en: 'Entries' },
};

/** Collection names, singular and plural. */
export const COLLECTION_LABELS: Readonly<Record<string, { de: [string, string]; en: [string, string] }>> = {
  entries: { de: ['Eintrag', 'Einträge'], en: ['Entry', 'Entries'] },
  mentors: { de: ['Mentor:in', 'Mentor:innen'], en: ['Mentor', 'Mentors'] },
  paths: { de: ['Lernpfad', 'Lernpfade'], en: ['Learning path', 'Learning paths'] },
  glossary: { de: ['Glossar', 'Glossar'], en: ['Glossary', 'Glossary'] },
};
